#!/usr/bin/env python3
"""Round 11 blind hold-out corpus for mailguard: module "obscene-language".

Setting: a large inner-city Catholic voluntary-aided 11-18 school ("Example School",
Park Row, Leeds LS1 4AP) working in partnership with an FE college (Northgate College).

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so two runs give
byte-identical output.

BLIND SET: written without looking at the filter or its rules. Never tune on it.
"""
import base64
import csv
import hashlib
import html
import io
import os
import quopri
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

D = "example-school.org.uk"
P = "pupils.example-school.org.uk"

# Forced quoted-printable soft line break marker (see enc_body).
SOFT = "\x00"


# --------------------------------------------------------------------------- helpers

def hx(seed, n=16, upper=True):
    s = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]
    return s.upper() if upper else s


def uid(seed, upper=True):
    u = str(uuid.UUID(bytes=hashlib.md5(seed.encode("utf-8")).digest()))
    return u.upper() if upper else u


def enc_word(s, mode="B"):
    """RFC 2047 encode s, split into several encoded words if long."""
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 30:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode("utf-8")
        if mode == "B":
            words.append("=?utf-8?B?" + base64.b64encode(b).decode("ascii") + "?=")
        else:
            out = []
            for byte in b:
                if byte == 0x20:
                    out.append("_")
                elif byte < 128 and (chr(byte).isalnum() or chr(byte) in "!*+-/.,"):
                    out.append(chr(byte))
                else:
                    out.append("=%02X" % byte)
            words.append("=?utf-8?Q?" + "".join(out) + "?=")
    return "\n ".join(words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def addr(p):
    name, email = p
    if not name:
        return email
    if not is_ascii(name):
        return f"{enc_word(name, 'Q')} <{email}>"
    if any(c in name for c in ',.;:()@'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def addr_list(ps):
    out, line = [], 0
    for i, p in enumerate(ps):
        a = addr(p)
        if i and line + len(a) > 60:
            out.append(",\n\t" + a)
            line = len(a)
        else:
            out.append((", " if i else "") + a)
            line += len(a) + 2
    return "".join(out)


def enc_body(text, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        assert is_ascii(text.replace(SOFT, "")), "7bit body with non-ASCII text"
        return text.replace(SOFT, "")
    if cte == "8bit":
        return text.replace(SOFT, "")
    if cte == "quoted-printable":
        q = quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")
        q = q.replace("=00", "=\n")
        return q if q.endswith("\n") else q + "\n"
    if cte == "base64":
        return base64.encodebytes(text.replace(SOFT, "").encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def leaf(subtype, text, cte, charset="utf-8", flowed=False):
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if flowed:
        ct = f"Content-Type: text/{subtype}; charset={charset.upper()}; format=flowed"
    return f"{ct}\nContent-Transfer-Encoding: {cte}\n\n" + enc_body(text, cte)


def attach_part(filename, ctype, data):
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f"Content-Description: {filename}\n"
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}\n'
            f"Content-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(data).decode("ascii"))


def multipart(subtype, parts, boundary, preamble=False):
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    if preamble:
        s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def make_pdf(lines):
    """A tiny valid one-page PDF with the given ASCII lines of text."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------------- rendering

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def e(s):
    return html.escape(s, quote=False)


def outlook_paras(text):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{e(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def br_paras(text):
    """Apple Mail / generic: lines joined with <br>, blank lines as empty divs."""
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{e(line)}</div>" if line.strip() else "<div><br></div>")
    return "\n".join(out)


def render_plain(m):
    body = m["body"].rstrip("\n")
    q = m.get("quote")
    if not q:
        return body + "\n"
    qt = q["text"].rstrip("\n")
    if q["style"] in ("outlook", "fwd"):
        hdr = "\n".join(f"{k}: {v}" for k, v in q["hdr"])
        sep = "\n\n________________________________\n" if q["style"] == "fwd" else "\n\n"
        return body + sep + hdr + "\n\n" + qt + "\n"
    # "wrote" style with > prefixes
    quoted = "\n".join(("> " + l) if l.strip() else ">" for l in qt.split("\n"))
    return body + "\n\n" + q["attr"] + "\n\n" + quoted + "\n"


def render_html(m):
    body = m["body"].rstrip("\n")
    q = m.get("quote")
    client = m["client"]
    if client == "outlook":
        h = OUTLOOK_HEAD + outlook_paras(body) + "\n"
        if q:
            qt = q["text"].rstrip("\n")
            if q["style"] in ("outlook", "fwd"):
                hdr = "<br>\n".join(f"<b>{k}:</b> {e(v)}" for k, v in q["hdr"])
                h += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                      f'<p class="MsoNormal">{hdr}<o:p></o:p></p>\n</div>\n'
                      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_paras(qt) + "\n")
            else:
                h += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                      f'<p class="MsoNormal">{e(q["attr"])}<o:p></o:p></p>\n'
                      '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n'
                      + outlook_paras(qt) + "\n</blockquote>\n")
        return h + "</div>\n</body>\n</html>\n"
    # apple / generic
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">\n' + br_paras(body) + "\n")
    if q:
        qt = q["text"].rstrip("\n")
        attr = q.get("attr") or "\n".join(f"{k}: {v}" for k, v in q["hdr"])
        h += (f'<div dir="ltr"><br><blockquote type="cite">{e(attr)}<br></blockquote></div>\n'
              '<blockquote type="cite"><div dir="ltr">\n' + br_paras(qt) + "\n</div></blockquote>\n")
    return h + "</body></html>\n"


CLIENT_HEADERS = {
    "outlook": [("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""),
                ("Content-Language", "en-GB"), ("Accept-Language", "en-GB, en-US")],
    "iphone": [("X-Mailer", "iPhone Mail (22D63)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "web": [("X-Mailer", "Example School Communications Hub 4.2")],
    "owa": [("X-Mailer", "Microsoft Outlook Web App"), ("Content-Language", "en-GB")],
}


def msg_id(m):
    seed = m["slug"] + m["subject"]
    c = m["client"]
    if c in ("outlook", "owa"):
        a, b = hx(seed, 14), hx(seed + "b", 14)
        return f"<LO2P265MB{a}{b[:4]}@LO2P265MB{b}.GBRP265.PROD.OUTLOOK.COM>"
    if c == "iphone":
        return f"<{uid(seed)}@{D}>"
    if c == "web":
        return f"<{hx(seed, 20, False)}.{m['n']:04d}@mailer.{D}>"
    return f"<{uid(seed, False)}@{D}>"


def boundary(m, kind):
    seed = m["slug"] + kind
    c = m["client"]
    if c in ("outlook", "owa"):
        code = {"alt": "000", "mixed": "004"}[kind]
        return f"_{code}_LO2P265MB{hx(seed, 14)}LO2P265MB{hx(seed + 'x', 6)}_"
    if c == "iphone":
        return f"Apple-Mail-{uid(seed)}"
    if c == "web":
        return f"----=_Part_{int(hx(seed, 8), 16) % 100000}_{int(hx(seed + 'y', 8), 16)}"
    return "------------" + hx(seed, 24, False)


def build(m):
    c = m["client"]
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "alt" if c in ("outlook", "owa") else "plain")
    flowed = c == "thunderbird"
    if fmt == "plain":
        top = leaf("plain", m.get("plain") or render_plain(m), cte, flowed=flowed)
    elif fmt == "html":
        top = leaf("html", m["html"], cte)
    else:
        plain = m.get("plain") or render_plain(m)
        htm = m.get("html") or render_html(m)
        top = multipart("alternative", [leaf("plain", plain, cte), leaf("html", htm, cte)],
                        boundary(m, "alt"))
    if m.get("attach"):
        parts = [top] + [attach_part(*a) for a in m["attach"]]
        top = multipart("mixed", parts, boundary(m, "mixed"), preamble=(c == "thunderbird"))

    subj = m["subject"]
    if m.get("subj_enc") or not is_ascii(subj):
        subj = enc_word(subj, m.get("subj_enc") or "Q")
    hdrs = [("From", addr(m["frm"])), ("To", addr_list(m["to"]))]
    if m.get("cc"):
        hdrs.append(("Cc", addr_list(m["cc"])))
    hdrs += [("Subject", subj), ("Date", m["date_str"]), ("Message-ID", m["mid"])]
    if m.get("irt"):
        hdrs += [("In-Reply-To", m["irt"]), ("References", m["irt"])]
    if c in ("outlook", "owa"):
        topic = m["subject"]
        for pre in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hdrs.append(("Thread-Topic", topic if is_ascii(topic) else enc_word(topic, "Q")))
    for k, v in CLIENT_HEADERS.get(c, []):
        if k == "X-MS-Has-Attach":
            v = "yes" if m.get("attach") else ""
        hdrs.append((k, v))
    for k, v in m.get("extra", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    text = "".join(f"{k}: {v}\n" if v != "" else f"{k}:\n" for k, v in hdrs) + top
    return crlf(text)


# --------------------------------------------------------------------------- people

def st(name, local):
    return (name, f"{local}@{D}")


def pu(name, local):
    return (name, f"{local}@{P}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

DOHERTY = st("Francis Doherty", "f.doherty")
GALLAGHER = st("Niamh Gallagher", "n.gallagher")
DSL = st("Designated Safeguarding Lead", "dsl")
NOWAK = st("Tomasz Nowak", "t.nowak")
CHAPLAIN = st("Bernadette Kowalski", "chaplaincy")
EZE = st("Chiamaka Eze", "c.eze")
BRENNAN = st("Liam Brennan", "l.brennan")
RAMAN = st("Priya Raman", "p.raman")
SIXTH = st("Sixth Form Office", "sixthform")
PRYCE = st("Gareth Pryce", "g.pryce")
MARSH = st("Helen Marsh", "h.marsh")
THACKERAY = st("Owen Thackeray", "o.thackeray")
KELLY = st("Shannon Kelly", "s.kelly")
SENCO = st("Rukhsana Begum", "senco")
ATTEND = st("Karen Whitworth", "attendance")
OFFICE = st("Example School Office", "office")
LOMAX = st("Denise Lomax", "d.lomax")
FINANCE = st("Paul Stirling", "finance")
STIRLING = st("Paul Stirling", "p.stirling")
MURPHY = st("Ciaran Murphy", "c.murphy")
FERRER = st("Lucía Ferrer", "l.ferrer")
VOGEL = st("Katrin Vogel", "k.vogel")
MENSAH = st("Joseph Mensah", "j.mensah")
ADEBAYO = st("Ruth Adebayo", "r.adebayo")
FEENEY = st("Donna Feeney", "d.feeney")
IT = st("IT Support", "itsupport")
HEWITT = st("Dan Hewitt", "d.hewitt")
EXAMS = st("Janet Howarth", "exams")
DELANEY = st("Rosa Delaney", "r.delaney")
QUINN = st("Siobhán Quinn", "s.quinn")
ZIELINSKI = st("Marek Zieliński", "m.zielinski")
COVER = st("Aoife Brady", "cover")
BRADY = st("Aoife Brady", "a.brady")
OGUNLEYE = st("Kevin Ogunleye", "k.ogunleye")
WHITAKER = st("Gemma Whitaker", "g.whitaker")
CATERING = st("Bev Sutcliffe", "catering")
QUIGLEY = st("Teresa Quigley", "t.quigley")
MOYNIHAN = st("Clare Moynihan", "c.moynihan")
OKONJO = st("Ade Okonjo", "a.okonjo")
COSTA = st("Rafael Costa", "r.costa")
HOLROYD = st("Craig Holroyd", "c.holroyd")
ARMITAGE = st("Steve Armitage", "s.armitage")
KENWORTHY = st("Rob Kenworthy", "r.kenworthy")
WHITFIELD = st("Aaron Whitfield", "a.whitfield")
LOCKWOOD = st("Jamie Lockwood", "j.lockwood")
LOWTHER = st("Hannah Lowther", "h.lowther")
GREENWOOD = st("Rachel Greenwood", "r.greenwood")
CROWTHER = st("Nathan Crowther", "n.crowther")
PICKERSGILL = st("Joanne Pickersgill", "j.pickersgill")
SITE = st("Phil Raine", "site")
REPRO = st("Reprographics", "repro")
ODUYA = st("Daniel Oduya", "d.oduya")
ALLSTAFF = st("All Staff", "allstaff")
TEACHING = st("Teaching Staff", "teachingstaff")
PARENTS = st("Parents and Carers", "parents")
HOYS = st("Heads of Year", "headsofyear")
Y9LIST = ("Year 9", f"year9@{P}")

CORPUS = []


def add(**m):
    m["n"] = len(CORPUS) + 1
    y, mo, d, H, M, S = m.pop("date")
    m["date_str"] = format_datetime(datetime(y, mo, d, H, M, S, tzinfo=timezone.utc))
    m["mid"] = msg_id(m)
    CORPUS.append(m)


def T(s):
    return s.strip("\n")


# Signatures (staff write them differently; many carry the school's number and postcode)
SIG_DOHERTY = T("""
Francis Doherty
Headteacher
Example School – a Catholic Voluntary Aided School (11–18)
in partnership with Northgate College
Park Row, Leeds LS1 4AP
Tel: 01632 960000 | www.example-school.org.uk
""")
SIG_GALLAGHER = T("""
Niamh Gallagher
Deputy Headteacher (Pastoral) | Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

CONFIDENTIALITY: This e-mail and any attachments are confidential and may contain
safeguarding information. It is intended solely for the addressee. If you have received
it in error please notify the sender and delete it.
""")
SIG_CHAPLAIN = T("""
Bernadette Kowalski
Lay Chaplain
Example School | Park Row | Leeds LS1 4AP
01632 960000 ext. 214
"Let the little ones come to me"
""")
SIG_RAMAN = T("""
Mrs P. Raman
Head of Sixth Form
Example School Sixth Form | Park Row, Leeds LS1 4AP | 01632 960000
""")
SIG_PRYCE = T("""
Gareth Pryce
Careers & Apprenticeships Lead
Example School in partnership with Northgate College
Park Row, Leeds LS1 4AP
T: 01632 960000 | M (work): 07700 900612
""")
SIG_SENCO = T("""
Mrs Rukhsana Begum
SENCo | Inclusion Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000 (ext. 240)
Working days: Monday – Thursday
""")
SIG_OFFICE = T("""
Denise Lomax
Office Manager
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
""")
SIG_QUINN = T("""
Ms S. Quinn
Head of Year 10
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")
SIG_NOWAK = T("""
Tomasz Nowak
Head of Religious Education
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""")
SIG_EZE = T("""
Ms C. Eze
Teacher of English | KS5 English Literature
Example School, Park Row, Leeds LS1 4AP
""")
SIG_THACKERAY = T("""
Mr O. Thackeray
Teacher of Geography
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

# =========================================================================== messages

# 001 clean everyday -------------------------------------------------------
add(label="clean", slug="ash_wednesday_liturgies", client="outlook",
    note="chaplaincy arrangements for Ash Wednesday year-group liturgies",
    frm=CHAPLAIN, to=[ALLSTAFF], cc=[NOWAK],
    subject="Ash Wednesday – arrangements for Wednesday 5th March",
    date=(2025, 3, 3, 7, 48, 12),
    body=T("""
Dear colleagues,

A quick note ahead of Ash Wednesday this week so that everyone knows where they need to be.

Fr Anthony will distribute ashes during year-group liturgies on Wednesday:

Period 1 – Year 7 and Year 8 (Sports Hall)
Period 2 – Year 9 and Year 10 (Sports Hall)
Period 3 – Year 11 (Sports Hall)
Period 4 – Sixth Form (Chapel, not the hall, as the college students are joining us)

Form tutors, please walk your forms down at the start of the period and sit with them. Readers and bidding prayers have been arranged with the RE department – Tomasz has the list – and the music group will lead the hymns; the words will be on the big screen.

Any pupil who does not wish to receive ashes can come forward for a blessing instead, or stay in their seat. Please don't make a thing of it either way. Staff are of course very welcome to come forward at any of the services.

The boxes for the Lenten appeal are already in form rooms. Last year we raised just over £3,000 and it would be lovely to beat that.

Thank you, as always, for your help with this.

God bless,
Bernadette

""") + SIG_CHAPLAIN)

# 002 FLAG plain ------------------------------------------------------------
add(label="flag", slug="dad_phone_call_venting", client="thunderbird", cte="8bit",
    note="HoY venting to colleague about a parent: 'absolute wanker' (plain)",
    frm=BRENNAN, to=[FEENEY],
    subject="Re: Isaac M – phone call",
    date=(2025, 2, 12, 13, 37, 5),
    irt=f"<9a1c33e0-0d2b-4f11-bb7e-2d51f0c1e6a1@{D}>",
    body=T("""
Donna,

Just got off the phone with Isaac's dad. Forty minutes. He's an absolute wanker – shouted at me for most of it, told me I "clearly have it in for" his son and that he's going to the diocese, the papers and his MP, in that order.

For the record the detention stands. Isaac told a supply teacher to "do one" and walked out of P4, which he doesn't even deny.

I've logged the call on CPOMS and added Kevin to the notes. Can you let me know if he rings your line as well? He's got both numbers off the website.

Need a brew.

L
"""),
    quote=dict(style="wrote", attr="On 12/02/2025 11:02, Donna Feeney wrote:", text=T("""
Hi Liam, heads up – Isaac M's dad rang reception twice this morning wanting you. Denise has told him you'll call back after period 3. He sounded very wound up.
D
""")))

# 003 clean hard: Cockermouth ----------------------------------------------
add(label="clean", slug="y10_geography_cockermouth", client="outlook",
    note="place name Cockermouth: Y10 geography flood fieldwork reply to parent",
    frm=THACKERAY, to=[JANE], cc=[OFFICE],
    subject="RE: Year 10 geography trip – Cockermouth",
    date=(2025, 1, 20, 16, 5, 44),
    irt="<CAJ8x2pPq7Wm3vKd0yZr5tGnE4bLh1sUo9aFc6iQe@mail.gmail.com>",
    body=T("""
Dear Mrs Parent,

Thank you for your email, and for getting the reply slip back so quickly.

To answer your questions: yes, the group will spend part of the day beside the river in Cockermouth, but only on the footpaths and viewing areas next to the flood defences – nobody goes near the water itself. We look at how the town was hit in 2009 and again in 2015, and at how the new flood walls and the glass panels along the Derwent were designed so that people could still see the river. After lunch the pupils carry out a land-use survey and a short questionnaire on Main Street, which becomes the data for their fieldwork write-up.

We should be back on Park Row by 6.30pm at the latest. If we are held up on the A66 I will post an update on the school app.

They will need a waterproof coat, sensible shoes or walking boots (not white trainers, please!), a packed lunch and a drink, something to lean on and a pencil. Pupils who receive free school meals can order a packed lunch from the canteen by Friday.

I have attached the itinerary and kit list again in case the first copy has gone astray in a school bag.

Kind regards,

""") + SIG_THACKERAY,
    quote=dict(style="outlook", hdr=[("From", "Jane Parent <jane.parent@gmail.com>"),
                                     ("Sent", "19 January 2025 20:14"),
                                     ("To", "Owen Thackeray <o.thackeray@example-school.org.uk>"),
                                     ("Subject", "Year 10 geography trip – Cockermouth")],
               text=T("""
Hi Mr Thackeray,

Example Pupil One is really looking forward to the trip. Just wondering will they be near the river at all and what do they need to bring?

Thanks,
Jane
""")),
    attach=[("Y10_Geography_Cockermouth_itinerary.pdf", "application/pdf", make_pdf([
        "Example School - Geography Department",
        "Year 10 Fieldwork: Cockermouth flood management - Wednesday 22 January 2025",
        "07:30  Meet at Park Row coach bay (registration by form)",
        "07:45  Depart for Cockermouth via A65 / A66",
        "11:00  Flood defences walk: Derwent and Cocker confluence",
        "12:30  Lunch (packed)",
        "13:15  Land-use survey and questionnaires, Main Street",
        "15:00  Depart Cockermouth",
        "18:30  Approximate return to school",
        "Kit: waterproof, sturdy shoes, packed lunch, drink, clipboard, pencil",
        "Emergency contact on the day: school office 01632 960000"]))])

# 004 clean everyday ------------------------------------------------------
add(label="clean", slug="attendance_follow_up", client="outlook", fmt="plain", cte="7bit",
    note="attendance officer follows up phone call with carer",
    frm=ATTEND, to=[SAM],
    subject="Example Pupil Two - attendance",
    date=(2025, 2, 5, 10, 21, 9),
    body=T("""
Dear Sam,

I hope you're well. I'm just following up our phone conversation on Monday about Example Pupil Two's attendance this half term.

As we discussed, their attendance is currently 88.4%, mostly because of odd days here and there rather than one long absence. I know some of those were hospital appointments, and if you can send me a copy of the appointment letters (a photo on your phone is fine) I can code those correctly, which will bring the figure up.

We agreed that:
 - you'll ring the absence line (01632 960000, option 1) before 8.45am on any day they are off;
 - they'll come and see me at break on Mondays for a quick check-in for the next four weeks;
 - we'll look at it again together after half term.

There's nothing formal happening here - it's about getting on top of it early. If anything is going on at home that makes mornings difficult, please do tell me, as there is often something we can do to help. Breakfast club starts at 8.00am in the canteen and is free.

Many thanks,

Karen Whitworth
Attendance Officer
Example School
Park Row, Leeds LS1 4AP | 01632 960000
"""))

# 005 FLAG masked ---------------------------------------------------------
add(label="flag", slug="repro_queue_masked", client="owa",
    note="asterisk-masked swearing to colleague: f*cking, sh*t",
    frm=MENSAH, to=[ZIELINSKI],
    subject="repro queue??",
    date=(2025, 1, 24, 12, 51, 30),
    body=T("""
Marek – is it just me or has the f*cking repro queue eaten everyone's jobs again? I sent my Y11 mock papers over on Thursday, 180 copies double sided, and the lad on the desk says there's nothing on the system. Mock is Monday P1.

If it's the print server again can you have a look before I lose my sh*t completely? I'm in M4 all afternoon.

Cheers
Joe
"""))

# 006 clean hard: safeguarding report quoting pupil ----------------------------
add(label="clean", slug="dsl_report_corridor_threat", client="outlook",
    note="TA's safeguarding report to DSL quoting a pupil's threat verbatim (staff-only)",
    frm=WHITAKER, to=[DSL], cc=[BRENNAN],
    subject="Concern – incident on the Year 9 corridor, lunch 11/03",
    date=(2025, 3, 11, 13, 14, 2),
    body=T("""
Niamh,

I've put this on CPOMS as well but wanted to make sure you saw it today as I'm worried about it.

At about 12.50pm on the Year 9 corridor outside H3 I saw T (9N) push J (9B) against the lockers and hold him there by his collar. When I went over, T let go and said to J, in front of about six other pupils: "Say that again and I'll fucking kill you. I know where you live, I'll get my cousins on you." J was shaking and crying. T then said to me "what you gonna do about it, miss?" and walked off towards the canteen.

I took J to the medical room. He has a red mark on the side of his neck but no other injuries I could see. He told me T has been messaging him on Snapchat "for weeks", and that last night T sent him a photo of J's house with the words "see you soon". J didn't want to tell his mum because "it'll make it worse".

J is in the medical room with Mrs Lomax until the end of lunch. He doesn't want to go to period 5 (PE). I've told him I have to pass this on and that someone will speak to him this afternoon.

Gemma

Gemma Whitaker
Teaching Assistant – Learning Support
Example School
01632 960000
"""))

# 007 clean everyday ------------------------------------------------------
add(label="clean", slug="personal_statement_draft3", client="outlook", fmt="plain",
    note="Head of Sixth Form feedback to Y13 pupil on UCAS statement",
    frm=RAMAN, to=[pu("Declan McBride", "18dmcbride")],
    subject="Your personal statement – draft 3",
    date=(2025, 1, 13, 8, 2, 51),
    body=T("""
Hi Declan,

Thanks for sending draft 3 through on Sunday. It's much tighter than the last version, and the paragraph about your week at the architects' practice is now doing real work: it shows what you did and what you took from it, which is exactly what admissions tutors are looking for.

A few things before it goes off:

1. The opening line is still a quotation. Cut it and start with your second sentence, which is far stronger.
2. You mention "a passion for design" three times. Once is plenty.
3. You're at 4,180 characters; the limit is 4,000 including spaces, so something has to go. The paragraph about the Duke of Edinburgh expedition could be halved without losing anything.
4. Ask Mr Thackeray to read the bit about urban regeneration in Holbeck – he'll know if any of the detail is off.

Our internal deadline is Friday 17th January so that Mr Doherty and I can attach the reference in good time. If you'd like to go through it together, come to the Sixth Form office at lunch on Wednesday.

Best wishes,

""") + SIG_RAMAN)

# 008 clean hard: menu ----------------------------------------------------
MENU_PLAIN = T("""
Hi all,

Here is the menu for Great British Week (w/c 24 March). Please could form tutors put it up on the screens during registration, and remind pupils that they can pre-order at break as usual.

MONDAY – Roast chicken, Yorkshire pudding, roast potatoes and seasonal veg (halal chicken as always)
Veg: Cauliflower cheese
Dessert: Jam roly-poly and custard

TUESDAY – Faggots, mash, mushy peas and onion gravy
Veg: Glamorgan sausages with mash and peas
Dessert: Apple crumble and custard

WEDNESDAY – Cottage pie with buttered cabbage
Veg: Cheese and onion pie
Dessert: Eton mess

THURSDAY – Lancashire hotpot with pickled red cabbage
Soup of the day: Cock-a-leekie, with crusty bread
Veg: Leek and potato bake
Dessert: Bakewell tart

FRIDAY – Fish and chips, as every Friday (veg option: battered halloumi)
Dessert: Lemon drizzle

Please note the faggots contain pork, so anyone who doesn't eat pork should go for the Glamorgan sausages on Tuesday. Full allergen information is on the board by the tills and on the school website.

Thanks,
Bev

Bev Sutcliffe
Catering Manager
Example School | 01632 960000 ext. 230
""")
MENU_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi all,</p>
<p>Here is the menu for <b>Great British Week</b> (w/c 24 March). Please could form tutors put it up on the screens during registration, and remind pupils that they can pre-order at break as usual.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#1F3864;color:#ffffff"><th>Day</th><th>Main</th><th>Vegetarian</th><th>Dessert</th></tr>
<tr><td>Monday</td><td>Roast chicken, Yorkshire pudding, roast potatoes and seasonal veg (halal chicken as always)</td><td>Cauliflower cheese</td><td>Jam roly-poly and custard</td></tr>
<tr><td>Tuesday</td><td>Faggots, mash, mushy peas and onion gravy</td><td>Glamorgan sausages with mash and peas</td><td>Apple crumble and custard</td></tr>
<tr><td>Wednesday</td><td>Cottage pie with buttered cabbage</td><td>Cheese and onion pie</td><td>Eton mess</td></tr>
<tr><td>Thursday</td><td>Lancashire hotpot with pickled red cabbage<br><i>Soup of the day: Cock-a-leekie, with crusty bread</i></td><td>Leek and potato bake</td><td>Bakewell tart</td></tr>
<tr><td>Friday</td><td>Fish and chips, as every Friday</td><td>Battered halloumi</td><td>Lemon drizzle</td></tr>
</table>
<p>Please note the faggots contain pork, so anyone who doesn&#39;t eat pork should go for the Glamorgan sausages on Tuesday. Full allergen information is on the board by the tills and on the school website.</p>
<p>Thanks,<br>Bev</p>
<p style="color:#595959;font-size:9pt">Bev Sutcliffe<br>Catering Manager<br>Example School | 01632 960000 ext. 230</p>
</body></html>
"""
add(label="clean", slug="great_british_week_menu", client="outlook",
    note="food: canteen menu with faggots, cock-a-leekie, roly-poly",
    frm=CATERING, to=[ALLSTAFF], cc=[DOHERTY],
    subject="Menu for Great British Week – w/c 24 March",
    date=(2025, 3, 17, 9, 30, 0),
    body=MENU_PLAIN, plain=MENU_PLAIN + "\n", html=MENU_HTML)

# 009 clean everyday ------------------------------------------------------
add(label="clean", slug="maths_homework_reminder", client="owa", fmt="plain", cte="7bit",
    note="maths teacher homework reminder to Y10 pupil",
    frm=MENSAH, to=[pu("Joy Mwangi", "21jmwangi")],
    subject="Online homework - missing tasks",
    date=(2025, 2, 24, 15, 46, 18),
    body=T("""
Hi Joy,

Just a reminder that last week's online homework is showing as 60% complete. Please finish the remaining tasks by Thursday - the questions on compound interest and reverse percentages are the important ones, as we are building on them in Friday's lesson.

If you're stuck on any of them, homework club runs in M4 on Tuesdays after school, or catch me at the start of the lesson and I'll go through one with you.

Mr Mensah
Maths Department
"""))

# 010 FLAG leet slur ------------------------------------------------------
add(label="flag", slug="vapes_shop_leet_slur", client="iphone", fmt="plain",
    note="racist slur and swearing disguised with symbols: p@ki, b@stard [slur]",
    frm=HOLROYD, to=[THACKERAY],
    subject="vapes again",
    date=(2025, 2, 4, 8, 41, 27),
    body=T("""
Owen - FYI three of your 8s got caught with vapes at the bus stop again this morning. They all said they got them from the p@ki shop on Cobden Street, the one next to the bookies. He's been warned twice by trading standards and the b@stard is still selling to 12 year olds.

Kevin's dealing with it but thought you'd want to know before the parents start ringing.

Craig

Sent from my iPhone
"""))

# 011 clean hard: King Lear ------------------------------------------------
add(label="clean", slug="king_lear_edmund_bastard", client="outlook",
    note="set text: King Lear, Edmund's 'stand up for bastards' quoted for A-level class",
    frm=EZE, to=[pu("Kemi Okafor", "18kokafor"), pu("Declan McBride", "18dmcbride"),
                 pu("Aoife Carroll", "18acarroll"), pu("Yusuf Patel", "18ypatel")],
    cc=[st("Marcus Hale", "m.hale")],
    subject="Lear – Edmund's soliloquy for Thursday",
    date=(2025, 2, 25, 17, 12, 40),
    body=T("""
Dear all,

For Thursday please re-read Act 1 Scene 2 and bring annotations on Edmund's opening soliloquy. I want us to look closely at how he takes the labels other people throw at him – "base" and "bastard" – and turns them into a kind of manifesto:

"Why bastard? Wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

And, of course, the ending: "Now, gods, stand up for bastards!"

Three things to think about:
1. Legitimacy and inheritance – what Edmund actually stands to lose under primogeniture, and why Gloucester's jokey introduction in 1.1 matters.
2. "Nature" versus "the plague of custom" – how Edmund's idea of nature differs from Lear's and from Cordelia's.
3. Sympathy – is the audience on his side at this point? Where does that change?

The critical extract on nature and custom is in the Teams folder. Please read it before the lesson, not during it.

A reminder too that the comparative essay draft is due next Friday. Mr Hale will be taking the Monday lesson while I'm at moderation.

Best wishes,

""") + SIG_EZE)

# 012 clean everyday ------------------------------------------------------
add(label="clean", slug="coach_invoice_remittance", client="outlook", fmt="plain",
    note="business manager remittance to coach company",
    frm=FINANCE, to=[("Aire Valley Coaches Accounts", "accounts@example.com")],
    subject="Invoice AV-20931 – remittance advice",
    date=(2025, 1, 30, 14, 2, 33),
    body=T("""
Good afternoon,

Please find attached the remittance advice for invoice AV-20931 (Year 10 Geography visit, 22 January, 2 x 53-seat coaches), paid by BACS today for £1,640.00.

Could I ask that future invoices quote our purchase order number? This one should have shown PO 24/1187. Our finance system won't release a payment without it, which is why this one took a little longer than usual – apologies for the delay.

We have the Year 8 York visit on 20 March and the Year 12 residential in April coming up; Denise in the office will send the bookings through separately.

Kind regards,

Paul Stirling
School Business Manager
Example School | Park Row | Leeds | LS1 4AP
Tel: 01632 960000
"""),
    attach=[("Remittance_AV-20931.pdf", "application/pdf", make_pdf([
        "Example School - Remittance Advice",
        "Supplier: Aire Valley Coaches",
        "Invoice: AV-20931   PO: 24/1187",
        "Amount paid: GBP 1,640.00 by BACS on 30/01/2025",
        "Enquiries: finance@example-school.org.uk / 01632 960000"]))])

# 013 clean hard: RSE ----------------------------------------------------
add(label="clean", slug="y8_rse_reply_to_carer", client="outlook",
    note="RSE: coordinator explains Y8 unit (puberty, anatomical names, consent) to carer",
    frm=QUIGLEY, to=[SAM],
    subject="RE: Sex education next term?",
    date=(2025, 3, 6, 16, 40, 3),
    irt="<PAXP193MB2204D1A7C2B54E2B8F1B2C91A9F02@PAXP193MB2204.EURP193.PROD.OUTLOOK.COM>",
    body=T("""
Dear Sam,

Thank you for getting in touch, and for asking rather than worrying – lots of parents and carers have similar questions at this stage.

Our Year 8 Relationships and Sex Education unit is taught in the summer term in PSHE and RE lessons. It follows the programme approved by the diocese and is taught in the context of the Church's teaching that every person is made in the image of God and that our bodies are a gift to be respected.

The Year 8 lessons cover:
• puberty and the changes to the body, including periods, erections and wet dreams, using the correct anatomical names (penis, testicles, vulva, vagina) so that young people can talk about their bodies safely and accurately;
• personal hygiene and looking after our health;
• friendship, respect and consent, including the law on the age of consent and on sharing images;
• the Church's teaching on marriage and sexual intimacy, and what it means to respect ourselves and each other.

Under the statutory guidance you can ask to withdraw Example Pupil Two from the sex education elements, but not from health education or from the science curriculum (human reproduction is part of Year 8 biology). Before you decide, I'd really welcome the chance to show you the materials. We're holding a session for parents and carers on Tuesday 25 March at 5.30pm in the Library, or I can meet you on your own at a time that suits you.

I've attached the parents' overview for the unit.

With best wishes,

Teresa Quigley
RSE & PSHE Coordinator
Example School – Catholic Voluntary Aided 11–18
Park Row, Leeds LS1 4AP · 01632 960000
"""),
    quote=dict(style="outlook", hdr=[("From", "Sam Carer <sam.carer@outlook.com>"),
                                     ("Sent", "05 March 2025 21:33"),
                                     ("To", "Teresa Quigley <t.quigley@example-school.org.uk>"),
                                     ("Subject", "Sex education next term?")],
               text=T("""
Hi, Example Pupil Two came home saying they're doing sex ed next term. What exactly are they going to be taught? I'm not comfortable with some of what I've read online.
Sam
""")),
    attach=[("Y8_RSE_overview_for_parents.pdf", "application/pdf", make_pdf([
        "Example School - Relationships and Sex Education",
        "Year 8 overview for parents and carers (Summer term)",
        "1. Growing up: puberty and the changing body",
        "2. Looking after my health and hygiene",
        "3. Friendship, respect and consent",
        "4. Staying safe online: sharing images and the law",
        "5. Marriage, love and the teaching of the Church",
        "Parents' information session: Tuesday 25 March, 5.30pm, Library",
        "Questions: t.quigley@example-school.org.uk / 01632 960000"]))])

# 014 FLAG plain to parent ------------------------------------------------
add(label="flag", slug="netball_cancelled_parent", client="outlook",
    note="PE teacher to parent: 'it's a shit situation' (plain)",
    frm=KELLY, to=[ALI],
    subject="RE: Netball tournament Saturday",
    date=(2025, 2, 27, 16, 58, 11),
    irt="<000f01db88e2$4a6b2c10$df418430$@btinternet.com>",
    body=T("""
Hi Mr Guardian,

Sorry, I know this is really late notice. The coach company rang at lunchtime to say the driver is off sick and they can't find anyone else, so we've had to pull out of Saturday's tournament in Wakefield. Honestly it's a shit situation and I'm gutted for the girls – they've been training for it since September.

I'm trying to get us a place in the regional round next month instead and I'll let everyone know as soon as I hear back. The coach money will be refunded through the online payments system by the end of next week.

Thanks for being so understanding,

Shannon Kelly
PE Department
Example School | 01632 960000
"""),
    quote=dict(style="outlook", hdr=[("From", "Ali Guardian <ali.guardian@btinternet.com>"),
                                     ("Sent", "27 February 2025 12:20"),
                                     ("To", "Shannon Kelly <s.kelly@example-school.org.uk>"),
                                     ("Subject", "Netball tournament Saturday")],
               text=T("""
Hi Miss Kelly, is the netball still on for Saturday? Example Pupil Three says they've heard it's cancelled. Thanks, Ali Guardian
""")))

# 015 clean everyday ------------------------------------------------------
add(label="clean", slug="ehcp_annual_review_invite", client="outlook",
    note="SENCo invites father to EHCP annual review",
    frm=SENCO, to=[ALI], cc=[WHITAKER],
    subject="Annual review of EHCP – Example Pupil Three",
    date=(2025, 2, 3, 11, 15, 26),
    body=T("""
Dear Mr Guardian,

I am writing to invite you to Example Pupil Three's annual review of their Education, Health and Care Plan, which will take place on Thursday 27 February at 3.45pm in the SEN base (Room L2, through the Library).

As well as yourself, I have invited:
– Example Pupil Three (for the first part of the meeting, so they can share their own views);
– Ms Feeney, Pastoral Manager for Year 11;
– Gemma Whitaker, their keyworker;
– the SEN caseworker from the local authority;
– a representative from Northgate College, as we will be talking about the move to post-16 and the support that would be in place there.

Because this is the Year 11 review, much of the meeting will be about transition, so it would be very helpful if you could have a think beforehand about the courses Example Pupil Three is interested in and any worries you have about next year.

I've attached the parent/carer views form. If you could return it by Thursday 20 February (or bring it along on the day) that would be great. You are very welcome to bring someone with you for support.

If the date or time is difficult, please let me know and I will do my best to rearrange.

Kind regards,

""") + SIG_SENCO,
    attach=[("EHCP_review_parent_views.pdf", "application/pdf", make_pdf([
        "Annual Review - Parent / Carer Views",
        "Child's name: ______________________   Year group: 11",
        "1. What has gone well this year?",
        "2. What has been difficult?",
        "3. What are your hopes for next year and beyond?",
        "4. Is there anything you would like to change in the plan?",
        "Please return to Mrs Begum, SENCo, Example School, Park Row, Leeds LS1 4AP"]))])

# 016 clean hard: polite reply, abuse in parent's quoted text ---------------------
add(label="clean", slug="blazer_reply_parent_quoted_abuse", client="outlook", cte="base64",
    note="polite HoY reply; 'fucking useless' only in the parent's quoted email",
    frm=QUINN, to=[JANE], cc=[GALLAGHER],
    subject="Re: Blazer ripped AGAIN",
    date=(2025, 2, 5, 8, 52, 37),
    irt="<CAN4t9wQm2XrYB7k1pLf0Zs8uVdEa3HnJc5oKi6gRb@mail.gmail.com>",
    body=T("""
Dear Mrs Parent,

Thank you for your email last night. I can hear how upset you are, and I'm sorry that Example Pupil One has come home in that state again – it isn't acceptable and I understand why you are angry.

I spoke to Example Pupil One at registration this morning. They have told me what happened on the bus on Monday and again yesterday, and I have already spoken to two of the pupils involved. Both will be in a restorative meeting with me on Thursday and their parents are being contacted today. I can't share other children's names with you, but I can promise you that it is being dealt with, and I will let you know the outcome.

The school will replace the blazer. Please send the damaged one in with Example Pupil One and Mrs Lomax in the office will swap it for a new one.

I would really like to meet you in person. I'm free tomorrow at 8.15am or at 3.30pm; if you ring the office on 01632 960000 they can book whichever suits you better.

Kind regards,

""") + SIG_QUINN,
    quote=dict(style="wrote", attr="On Tue, 4 Feb 2025 at 22:41, Jane Parent <jane.parent@gmail.com> wrote:", text=T("""
This is the third time this term she has come home with her blazer ripped and nobody at that school has done a thing. You are all fucking useless. I want the names of the kids who did it and I want to know what you're doing about it or I'm coming in tomorrow and I won't be polite.

Jane Parent
""")))

# 017 FLAG Cyrillic homoglyph -------------------------------------------------
add(label="flag", slug="wifi_s12_cyrillic", client="outlook",
    note="IT tech venting to colleague; 'fucking' with a Cyrillic es (homoglyph)",
    frm=HEWITT, to=[ZIELINSKI],
    subject="RE: Wi-Fi in the Sixth Form block",
    date=(2025, 3, 4, 10, 7, 55),
    body=T("""
Marek,

Yeah I know. The access point in S12 has died again and the replacement still hasn't come from the supplier – that's the third time I've chased them. It's a fu\u0441king joke, honestly.

I've put a temporary one on the shelf above the door so they should at least get a signal until the new one turns up. If the Y12s can't get on for the mock tomorrow, send them to the library PCs and I'll sort the logins first thing.

Dan

Dan Hewitt
IT Technician | Example School | ext. 205
"""),
    quote=dict(style="outlook", hdr=[("From", "Marek Zieliński <m.zielinski@example-school.org.uk>"),
                                     ("Sent", "04 March 2025 09:41"),
                                     ("To", "Dan Hewitt <d.hewitt@example-school.org.uk>"),
                                     ("Subject", "Wi-Fi in the Sixth Form block")],
               text=T("""
Hi Dan, Wi-Fi in S12 is down again, half of Y12 couldn't submit their coursework last period. Any news on the new one?
Marek
""")))

# 018 clean everyday ------------------------------------------------------
add(label="clean", slug="re_dept_meeting_notes", client="outlook", fmt="plain",
    note="RE department meeting notes",
    frm=NOWAK, to=[MOYNIHAN, OKONJO, st("Fiona Devlin", "f.devlin"), CHAPLAIN],
    subject="RE dept meeting notes – 15 January",
    date=(2025, 1, 16, 7, 55, 4),
    body=T("""
Morning all,

Notes from last night, as promised. Thanks for staying late.

1. Year 11 mocks
Paper 1 (Catholic Christianity) average grade 5.2, Paper 2 (Judaism and themes) 4.7. The 12-mark evaluation questions are still where we lose most marks – pupils describe both sides but don't weigh them. Clare to share her "so what?" sentence starters; all of us to use them with Y11 up to Easter.

2. Year 9 scheme of work
Ade has finished the new unit on Catholic Social Teaching. We'll trial it with 9R and 9N after half term and review at the March meeting.

3. Diocesan (Section 48) inspection
We are in the window from Easter. Francis wants a book look across KS3 before half term – please make sure books have the unit title pages in and that the marking policy is being followed (yes, the green pen).

4. Sixth Form core RE
Attendance at core RE in the college building has dropped to 71%. Priya is going to raise it with the college tutors. Fiona suggested moving it from period 6 on Friday, which I think everyone agreed with.

5. CPD
Diocesan RE network day on Thursday 6 February. Clare and Fiona are going; cover has been booked.

Actions
- Clare: sentence starters to the shared drive by Friday
- Ade: 9R/9N trial after half term
- Everyone: KS3 books ready for book look w/c 10 Feb
- Tomasz: speak to Priya about core RE slot

Next meeting: Wednesday 12 March, 3.30pm, R2.

Tomasz

""") + SIG_NOWAK)

# 019 clean hard: shittim wood --------------------------------------------------
add(label="clean", slug="y7_ark_shittim_wood", client="outlook",
    note="RE vocabulary: KJV 'shittim wood' and Balaam's ass in a Y7 scheme",
    frm=MOYNIHAN, to=[NOWAK], cc=[OKONJO, st("Fiona Devlin", "f.devlin")],
    subject="Y7 Old Testament unit – Ark lesson resources",
    date=(2025, 1, 28, 16, 22, 19),
    body=T("""
Hi Tomasz,

I've finished the slides for Lesson 4 (the Ark of the Covenant) and uploaded them to the shared area.

A heads-up for anyone teaching it from the old worksheet: it uses the King James text of Exodus 25:10, "And they shall make an ark of shittim wood". Shittim is just acacia, and the Jerusalem Bible and NRSV both say acacia, so I've switched the worksheet to the Jerusalem Bible to save us the giggles in 7C. Same with Lesson 6 (Balaam, Numbers 22) – the older translation has "the Lord opened the mouth of the ass", and I've gone with "donkey" throughout.

Could someone check the reading in the Year 7 Mass booklet for next month? Bernadette thinks it might still use the older translation.

Clare

Clare Moynihan
Teacher of RE | Example School
"""))

# 020 FLAG plain slur ------------------------------------------------------
add(label="flag", slug="five_a_side_homophobic_slur", client="iphone", fmt="plain", cte="7bit",
    note="homophobic slur about a colleague: 'a right poof' (plain) [slur]",
    frm=ARMITAGE, to=[HOLROYD],
    subject="5 a side Friday",
    date=(2025, 3, 12, 19, 3, 48),
    body=T("""
Craig, are we still on for 5-a-side Friday after school? Need numbers to the sports hall by Thursday.

Don't bother asking the new drama lad, he's a right poof, he'll only moan about his knees. Ask Joe and Marek instead.

Steve

Sent from my iPhone
"""))

# 021 clean everyday ------------------------------------------------------
POST16_PLAIN = T("""
Dear Mr Guardian,

Following our conversation at the Year 11 parents' evening, here are the details of our joint Post-16 evening with Northgate College.

Thursday 6 February, 5.00pm – 7.30pm, Main Hall and Sixth Form Centre

You'll be able to:
- talk to subject teachers about A levels in our Sixth Form;
- meet Northgate College staff about T Levels (Digital, Health, Construction and Engineering) and vocational courses;
- speak to local employers who take apprentices, including the hospital trust and two engineering firms;
- pick up the combined application form and bursary information.

Mrs Begum will be there from 5.30pm, so it would be a good chance to talk about the support Example Pupil Three would have on either site – both our Sixth Form and the college will work from the EHCP.

Applications for both the Sixth Form and the college's partnership courses close on Friday 28 February. Please don't worry if Example Pupil Three hasn't decided yet; they can apply for more than one route and decide after the results.

Kind regards,

""") + SIG_PRYCE
POST16_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Guardian,</p>
<p>Following our conversation at the Year 11 parents&#8217; evening, here are the details of our joint Post-16 evening with Northgate College.</p>
<p style="font-size:13pt;color:#1F3864"><b>Thursday 6 February, 5.00pm &ndash; 7.30pm, Main Hall and Sixth Form Centre</b></p>
<p>You&#8217;ll be able to:</p>
<ul>
<li>talk to subject teachers about A levels in our Sixth Form;</li>
<li>meet Northgate College staff about T Levels (Digital, Health, Construction and Engineering) and vocational courses;</li>
<li>speak to local employers who take apprentices, including the hospital trust and two engineering firms;</li>
<li>pick up the combined application form and bursary information.</li>
</ul>
<p>Mrs Begum will be there from 5.30pm, so it would be a good chance to talk about the support Example Pupil Three would have on either site &ndash; both our Sixth Form and the college will work from the EHCP.</p>
<p>Applications for both the Sixth Form and the college&#8217;s partnership courses close on <b>Friday 28 February</b>. Please don&#8217;t worry if Example Pupil Three hasn&#8217;t decided yet; they can apply for more than one route and decide after the results.</p>
<p>Kind regards,</p>
<p style="color:#595959;font-size:9.5pt">Gareth Pryce<br>Careers &amp; Apprenticeships Lead<br>Example School in partnership with Northgate College<br>Park Row, Leeds LS1 4AP<br>T: 01632 960000 | M (work): 07700 900612</p>
</body></html>
"""
add(label="clean", slug="post16_evening_invite", client="outlook",
    note="careers lead invites father to joint post-16 evening with FE college",
    frm=PRYCE, to=[ALI], cc=[SENCO],
    subject="Post-16 evening with Northgate College – Thursday 6 February",
    date=(2025, 1, 29, 12, 34, 50),
    body=POST16_PLAIN, plain=POST16_PLAIN + "\n", html=POST16_HTML)

# 022 clean hard: Scunthorpe --------------------------------------------------
add(label="clean", slug="scunthorpe_apprenticeship_assessment", client="outlook", fmt="plain",
    note="place name Scunthorpe: engineering apprenticeship assessment day for Y13",
    frm=PRYCE, to=[pu("Tyler Clarke", "18tclarke")], cc=[RAMAN],
    subject="Engineering apprenticeship – assessment day in Scunthorpe",
    date=(2025, 2, 26, 14, 9, 12),
    body=T("""
Hi Tyler,

Great news – Northmoor Steel have invited you to the assessment day for their Level 3 Maintenance Engineering apprenticeship, the one we talked about in December. Well done, they had over 300 applications.

The details:
- Tuesday 11 March, 9.00am to about 3.30pm
- Training Centre, Northmoor Steel, Brigg Road entrance, Scunthorpe
- Bring photo ID and copies of your GCSE certificates
- Wear smart, comfortable clothes. They will lend you boots and PPE for the site tour.

Travel: the 06:52 from Leeds gets you into Scunthorpe (change at Doncaster) at 08:21, and it's a ten-minute taxi from the station – the company will pay for the taxi if you keep the receipt. School will refund your train ticket, so hang on to that as well.

The day includes a numeracy and mechanical reasoning test, a group task and a short interview. I've put some practice tests in your careers folder on Teams. Come and see me on Thursday period 5 and we'll do a mock interview – bring your CV.

Mrs Raman has authorised the absence, so you don't need to do anything about that.

Best of luck – you've earned this one.

""") + SIG_PRYCE)

# 023 clean hard: homophobic language report ---------------------------------
add(label="clean", slug="dsl_homophobic_language_report", client="outlook",
    note="teacher's report to DSL/HoY quoting pupils' homophobic words verbatim (staff-only)",
    frm=OKONJO, to=[DSL, COSTA],
    subject="Homophobic language – 8T, period 2 today",
    date=(2025, 3, 5, 11, 2, 46),
    body=T("""
Hi Niamh, hi Rafael,

Logging this formally as it is the second time this half term.

During period 2 RE today (8T, Room R4), while the class were working in pairs, I heard M say to L: "Move, you faggot, nobody wants to sit next to you." Several others laughed, and A added, "He's a gay boy anyway, look at his bag." L put his head down and didn't say anything for the rest of the lesson.

I stopped the class, challenged the language and explained why it is not acceptable in our school or anywhere else. M was sent to the reflection room under the behaviour policy. A was spoken to after the lesson and apologised, though I'm not convinced how sincerely.

I spoke to L at the end of the lesson. He said it happens "all the time" in the PE changing rooms and on the year group chat, and that he's "used to it". He asked me not to tell his parents. I told him I had to pass it on to you, but that we would be careful about how it's handled.

It's on CPOMS under all three names (prejudice-related, homophobic). Happy to talk at break.

Ade

Ade Okonjo
Teacher of RE | Form Tutor 8T
Example School, Park Row, Leeds LS1 4AP
"""))

# 024 FLAG full-width -----------------------------------------------------
add(label="flag", slug="cover_day_fullwidth", client="iphone", fmt="plain", cte="8bit",
    note="cover manager venting; 'SHITSHOW' in full-width letters",
    frm=BRADY, to=[LOMAX],
    subject="today",
    date=(2025, 1, 22, 9, 12, 3),
    body=T("""
Denise, four staff off, both agencies have got nobody, and the \uff33\uff28\uff29\uff34\uff33\uff28\uff2f\uff37 that is the new cover app has sent half of the supply to the wrong rooms. I'm hiding in the cover office with a KitKat. If anyone asks I'm "in a meeting" 😂

A x

Sent from my iPhone
"""))

# 025 clean everyday HTML-only ------------------------------------------------
YORK_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Year 8 visit to York</title></head>
<body style="margin:0;padding:0;background:#f3f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">
<tr><td style="background:#6b1d2f;color:#ffffff;padding:18px 24px;font-size:18px"><b>Example School</b><br><span style="font-size:12px">A Catholic Voluntary Aided School 11&ndash;18 &middot; Park Row, Leeds LS1 4AP</span></td></tr>
<tr><td style="padding:24px">
<p>Dear Parent/Carer,</p>
<p><b>Year 8 visit to York &ndash; Thursday 20 March 2025</b></p>
<p>As part of their RE and History work on the Church in medieval England, all Year 8 pupils will be visiting York on Thursday 20 March. In the morning pupils will have a guided tour of York Minster, including the Undercroft; in the afternoon they will visit a historic convent chapel in the city and take part in a short walking trail along the city walls.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td><b>Depart:</b></td><td>8.30am from the Park Row coach bay (please arrive by 8.15am)</td></tr>
<tr><td><b>Return:</b></td><td>approximately 4.30pm</td></tr>
<tr><td><b>Cost:</b></td><td>&pound;18.00 (please speak to us in confidence if this is difficult)</td></tr>
<tr><td><b>Dress:</b></td><td>full school uniform and a warm waterproof coat</td></tr>
<tr><td><b>Bring:</b></td><td>packed lunch and a drink (no fizzy drinks or glass bottles)</td></tr>
</table>
<p>Please give consent and pay through the online payments system by <b>Friday 7 March</b>. If your child has any medical needs we are not already aware of, please tell the school office before the visit.</p>
<p style="text-align:center;margin:26px 0"><a href="https://www.example-school.org.uk/trips/y8-york" style="background:#6b1d2f;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px">Give consent and pay</a></p>
<p>Yours faithfully,</p>
<p>Mr R. Costa<br>Head of Year 8</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:12px 24px;font-size:11px;color:#666666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk<br>You are receiving this because you are a parent or carer of a pupil in Year 8.</td></tr>
</table></td></tr></table>
</body></html>
"""
add(label="clean", slug="y8_york_trip_letter", client="web", fmt="html",
    note="HTML-only trip letter from the office comms system",
    frm=OFFICE, to=[SAM],
    subject="Year 8 visit to York – Thursday 20 March",
    date=(2025, 2, 21, 15, 0, 0),
    body="", html=YORK_HTML)

# 026 clean hard: Clitheroe -------------------------------------------------
add(label="clean", slug="y10_retreat_clitheroe", client="outlook",
    note="place name Clitheroe: chaplaincy retreat day details to parent",
    frm=CHAPLAIN, to=[JANE],
    subject="RE: Year 10 retreat – Pendle View, near Clitheroe",
    date=(2025, 3, 18, 14, 47, 21),
    irt="<CAE7vRt2mXq9LkP0wZn3sYc8dHf1gBu6jOa4iNe5@mail.gmail.com>",
    body=T("""
Dear Mrs Parent,

Thank you for your message. Example Pupil One's place on the retreat is confirmed, and I have noted that they are vegetarian – the centre is very good about that.

The retreat is on Thursday 3 April at Pendle View Retreat House, which is just outside Clitheroe. We leave school at 8.30am and should be back by 5pm. The day is led by the retreat team together with Fr Anthony and me, and it's built around the theme "Who do you say I am?". There is time for reflection in small groups, a walk in the grounds if the weather is kind, an optional reconciliation service and Mass at the end of the day.

Mobile phones will be collected in at the start and handed back on the coach home – the pupils usually tell us afterwards that they enjoyed the break from them! If you need to reach your child during the day please ring the school office on 01632 960000 and they will contact me.

The cost is subsidised by the parishes, so there is no charge to families this year.

Please do get in touch if you have any other questions.

With best wishes,
Bernadette

""") + SIG_CHAPLAIN,
    quote=dict(style="outlook", hdr=[("From", "Jane Parent <jane.parent@gmail.com>"),
                                     ("Sent", "17 March 2025 19:55"),
                                     ("To", "Chaplaincy <chaplaincy@example-school.org.uk>"),
                                     ("Subject", "Year 10 retreat – Pendle View, near Clitheroe")],
               text=T("""
Hello, just checking Example Pupil One has a place on the retreat as I sent the form back late. Also they are vegetarian, will there be food for them? Thanks Jane
""")))

# 027 FLAG QP soft break inside word -------------------------------------------
MARKING_BODY = T("""
Chi,

Have you actually read the new marking policy? Purple pen for pupil responses, green for teacher, a "dialogue" sticker every third lesson, and all of it has to be visible in books for the learning walks. Absolute bol""" + SOFT + """locks. Nobody who wrote it has marked 32 Year 9 books on a Sunday night.

I'll say something more polite on the feedback form, obviously. Are you going to the union meeting on Wednesday?

C
""")
add(label="flag", slug="marking_policy_qp_softbreak", client="outlook", cte="quoted-printable",
    note="'bollocks' split by a quoted-printable soft line break, staff venting",
    frm=MURPHY, to=[EZE],
    subject="RE: New marking policy – feedback by Friday",
    date=(2025, 1, 27, 21, 14, 36),
    body=MARKING_BODY,
    quote=dict(style="outlook", hdr=[("From", "Chiamaka Eze <c.eze@example-school.org.uk>"),
                                     ("Sent", "27 January 2025 18:03"),
                                     ("To", "Ciaran Murphy <c.murphy@example-school.org.uk>"),
                                     ("Subject", "New marking policy – feedback by Friday")],
               text=T("""
Did you see the email from SLT? They want feedback on the new marking policy by Friday. What do you think?
C
""")))

# 028 clean everyday with CSV attachment -----------------------------------
AA_CSV = T("""
Candidate,Initials,Year,Form,Arrangement under review,Evidence needed from
4127,A.B.,11,11K,25% extra time,"English, Maths, Science"
4133,C.D.,11,11M,Reader,"English, History"
4152,E.F.,11,11R,Word processor,All subjects with extended writing
4178,G.H.,11,11N,Rest breaks,All subjects
4201,J.K.,11,11K,Separate room,Pastoral + SENCo
""") + "\n"
add(label="clean", slug="access_arrangements_deadline", client="outlook",
    note="exams officer: access-arrangement evidence deadline, clean CSV attached",
    frm=EXAMS, to=[TEACHING], cc=[SENCO],
    subject="Access arrangements – evidence needed by 28 February",
    date=(2025, 2, 10, 8, 15, 0),
    body=T("""
Dear colleagues,

The deadline for submitting access arrangement applications for the summer exam series is 21 March, so I need all the supporting evidence from departments by Friday 28 February.

For each pupil on the attached list, please record how the arrangement is their normal way of working in your subject – for example, that they use extra time in class assessments, work with a reader, or type extended answers. A short note in the shared spreadsheet is enough; you don't need to send me samples of work unless I ask for them.

The mocks are the best evidence we have, so please make sure arrangements were actually used in your mock papers and note it if a pupil chose not to use them.

Thank you, and sorry it's another thing to do.

Janet

Janet Howarth
Exams Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 219
"""),
    attach=[("AA_review_list_Y11.csv", "text/csv", AA_CSV.encode("utf-8"))])

# 029 clean hard: SEND terms -------------------------------------------------------
add(label="clean", slug="senco_tourettes_spastic_diplegia", client="outlook",
    note="SEND terms: coprolalia (Tourette's) and spastic diplegia in SENCo briefing",
    frm=SENCO, to=[st("7P Teachers", "7p-teachers")], cc=[ODUYA, WHITAKER],
    subject="7P – two new pupils, please read before Monday",
    date=(2025, 1, 9, 15, 55, 48),
    body=T("""
Dear all,

Two new pupils join 7P on Monday, both with support plans that are now on the SEN register. Please read their pupil passports (on their profile in the MIS) before you teach them. The short version:

R has Tourette's syndrome. His tics are mostly motor – blinking, shoulder shrugging and a throat-clearing sound – but he also has vocal tics, including coprolalia (involuntary swearing), which get worse when he is anxious or when attention is drawn to them. The swearing is not deliberate and must not be sanctioned under the behaviour policy. Please don't ask him to stop or comment on it in front of the class; just carry on with the lesson. He has a time-out card and may go to the SEN base at any point. If other pupils react, deal with their response, not with R.

K has cerebral palsy (spastic diplegia), which mainly affects her legs. She walks with crutches and uses a wheelchair for longer distances. She has a lift pass, leaves lessons five minutes early to avoid the busy corridors, and needs a seat near the door. In PE she follows an adapted programme agreed with her physiotherapist; Miss Kelly has the details. She is very bright and very independent – she'll tell you if she needs help, and she won't thank you for fussing.

Their keyworker is Gemma Whitaker. Mr Oduya (Head of Year 7) has already met both families.

Any questions, come and find me.

Rukhsana

""") + SIG_SENCO)

# 030 clean everyday ------------------------------------------------------
add(label="clean", slug="staff_briefing_friday", client="outlook",
    note="headteacher's weekly staff briefing notes",
    frm=DOHERTY, to=[ALLSTAFF],
    subject="Staff briefing – Friday 7 February",
    date=(2025, 2, 7, 7, 31, 15),
    body=T("""
Good morning everyone,

In place of briefing this morning (the hall is set up for the Year 11 mocks), a few notices:

Prayer intention this week: for Maureen in the finance office and her family, following the death of her father. The funeral is at St Joseph's on Thursday at 11am; anyone who wishes to attend should speak to Aoife about cover.

Welcome to Marta Sokolowska, who joins the Science department on Monday, and to Mr Kirk, who is covering in Maths until Easter. Please say hello.

Year 11 mock results go home in sealed envelopes on Tuesday. Form tutors, please hand them out at the end of the day, not in the morning.

Year 9 Options Evening is on Thursday 13 February, 5.00–7.00pm. All heads of department to have a stand please; the college are bringing their Digital and Construction staff.

Fire drill next week (day and time deliberately not announced). Remember to take your registers.

Lanyards: we had two visitors on site without a badge this week. If you see someone you don't know without a visitor lanyard, please politely direct them to reception.

And finally – bacon (and veggie) butties in the staffroom next Friday at break, courtesy of the PTA. Thank you for all your hard work this half term.

Francis

""") + SIG_DOHERTY)

# 031 FLAG plain to pupil ------------------------------------------------------
add(label="flag", slug="coursework_pupil_arse_pissing", client="owa", fmt="plain", cte="7bit",
    note="teacher to Y13 pupil: 'get your arse in gear', 'pissing about' (plain)",
    frm=KENWORTHY, to=[pu("Josh Finnegan", "18jfinnegan")],
    subject="Coursework",
    date=(2025, 3, 10, 16, 27, 40),
    body=T("""
Josh,

I've had nothing from you since October. The coursework deadline is Friday and at the moment you have an introduction and half a literature review.

You need to get your arse in gear and stop pissing about in the common room every free period, because I'm not signing it off as your own work if the whole thing appears at 11pm on Thursday.

I'm in B2 period 3 tomorrow. Be there.

Mr Kenworthy
Business & Economics
"""))

# 032 clean hard: behaviour policy language ----------------------------------------
add(label="clean", slug="behaviour_policy_language_tiers", client="outlook",
    note="staff-only draft behaviour policy quoting example swear phrases per sanction tier",
    frm=OGUNLEYE, to=[HOYS], cc=[GALLAGHER, SENCO],
    subject="Behaviour policy review – language section (draft for Thursday)",
    date=(2025, 2, 18, 17, 44, 29),
    body=T("""
Hi all,

Ahead of Thursday's pastoral meeting, here is my first draft of the revised section on language. The aim is to stop the inconsistency we've had this year, where the same word gets a warning in one classroom and a suspension in another.

Proposed tiers:

Tier 1 – Incidental swearing, not aimed at anyone (e.g. "oh shit, I've left my book", "this is crap"). Reminder, then C1 in class; repeated incidents → C2 and a call home.

Tier 2 – Swearing directed at another pupil (e.g. "shut up, you dickhead", "piss off"). C3, removal, restorative conversation before the pupil returns to that lesson.

Tier 3 – Swearing directed at a member of staff (e.g. "fuck off, sir", "you're a twat, miss"). Reflection room for the day and a parental meeting; suspension considered for repeat incidents.

Tier 4 – Discriminatory language of any kind (racist, homophobic, sexist, ableist, sectarian), whether or not it is "a joke". Logged as a prejudice-related incident on CPOMS, parents contacted the same day, an education session with me or the chaplaincy team, and reported to governors each term.

Two questions for Thursday:
1. Do we want different wording for the Sixth Form, given they share the college building with FE students who are on a different code of conduct?
2. Tourette's and other SEN needs – I've added a line saying that sanctions are always subject to the pupil's SEN plan. Rukhsana has checked the wording, but please read it.

Please come with comments rather than sending them by email – it'll be quicker to thrash it out in the room.

Kevin

Kevin Ogunleye
Assistant Headteacher – Behaviour & Attitudes
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""))

# 033 clean hard: birds ------------------------------------------------------
add(label="clean", slug="eco_club_birdwatch_results", client="outlook",
    note="animals/birds: eco club bird count (great tits, cocks and hens, shag)",
    frm=WHITFIELD, to=[pu("Linh Nguyen", "24lnguyen"), pu("Oisin Brennan", "22obrennan"),
                       pu("Maya Kowalczyk", "23mkowalczyk"), pu("Daniel Asante", "23dasante")],
    cc=[MARSH],
    subject="Big Garden Birdwatch – our results!",
    date=(2025, 1, 30, 15, 38, 9),
    body=T("""
Hi everyone,

Thank you to all fourteen of you who came out in the cold on Tuesday lunchtime. Here is our final count from the quad and the memorial garden:

Blue tit – 9
Great tit – 4
Coal tit – 1 (the first one we've ever recorded on site!)
Long-tailed tit – a flock of 7 in the silver birch
Woodpigeon – 12
Magpie – 3
Robin – 2
Blackbird – 5 (3 cocks and 2 hens)
Dunnock – 1
Herring gull – 6
Feral pigeon – we lost count

I've submitted it to the national survey. Linh has offered to make a chart for the eco board outside S4 – thank you Linh.

Looking ahead: the coastal trip in May is to the seabird cliffs on the Yorkshire coast, where we should see kittiwakes, gannets, puffins and, if we're lucky, a shag or two on the rocks at the bottom of the cliffs. Letters will go out after half term.

Please remember the feeder rota – it's Year 8's turn next week.

Mr Whitfield
Biology | Eco Club
"""))

# 034 clean everyday short -----------------------------------------------------
add(label="clean", slug="network_password_reset", client="owa", fmt="plain", cte="7bit",
    note="IT support: password reset note to Y12 pupil (short)",
    frm=IT, to=[pu("Aisha Hussain", "19ahussain")],
    subject="Your network password has been reset",
    date=(2025, 2, 11, 9, 4, 56),
    body=T("""
Hi Aisha,

I've reset your network password as requested. Your temporary password is with Mrs Raman in the Sixth Form office - please collect it in person. You'll be asked to change it when you first log in; it needs to be at least 12 characters.

Dan
IT Support, ext. 205
"""))

# 035 FLAG zero-width -----------------------------------------------------
add(label="flag", slug="diocese_visit_zero_width", client="outlook",
    note="'wanker' with a zero-width space inside, colleague chat about a visitor",
    frm=COSTA, to=[BRENNAN],
    subject="RE: this afternoon",
    date=(2025, 3, 13, 17, 20, 14),
    body=T("""
Ha, I saw. Did you catch the bit where the bloke from the diocese office said our "outcomes narrative lacked ambition"? Sat there for two hours with his laptop open doing his emails. Complete wan\u200bker.

Pint Friday?

R
"""),
    quote=dict(style="outlook", hdr=[("From", "Liam Brennan <l.brennan@example-school.org.uk>"),
                                     ("Sent", "13 March 2025 16:58"),
                                     ("To", "Rafael Costa <r.costa@example-school.org.uk>"),
                                     ("Subject", "this afternoon")],
               text=T("""
Well that was two hours of my life I won't get back.
""")))

# 036 clean hard: Spanish ------------------------------------------------------
add(label="clean", slug="spanish_false_friends", client="outlook", cte="base64",
    note="other languages: Spanish false friends (coger, embarazada, preservativo) for MFL team",
    frm=FERRER, to=[VOGEL, st("Tom Ashworth", "t.ashworth"), st("Nadia Benali", "n.benali")],
    subject="Y10 Spanish – vocab list & a few 'false friends'",
    date=(2025, 1, 15, 12, 48, 2),
    body=T("""
Hola equipo,

I've uploaded the new Y10 vocabulary list for Theme 2 (travel and tourism) to the shared drive. There are a few words I'd like us all to flag in lessons, because they come up every single year:

• coger – completely normal in Spain (coger el autobús, to catch the bus), but in much of Latin America it's a vulgar word for sex. The exam board uses the Spanish meaning. We have several pupils with family from Colombia and Mexico who will tell the class this, loudly, so better that we get in first and explain it calmly.
• embarazada – pregnant, not embarrassed (avergonzado/a).
• constipado – having a cold, not constipated.
• preservativo – a condom, not a preservative (that's conservante). Yes, it appeared in a Year 10 answer about jam last summer.
• éxito – success, not exit (salida).

If we agree on this now, nobody is caught on the hop in front of 10X3.

Also – Katrin, could you send me the German exchange dates when you have them, so we don't clash with the Madrid trip?

Nos vemos el jueves,
Lucía

Lucía Ferrer
Head of Modern Foreign Languages
Example School | Park Row | Leeds LS1 4AP | 01632 960000
"""))

# 037 clean everyday with ICS -------------------------------------------------
ICS = T("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example School//Parents Evening Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pe-y10-20250313-jane.parent@example-school.org.uk
DTSTAMP:20250303T090000Z
DTSTART:20250313T161000Z
DTEND:20250313T170000Z
SUMMARY:Year 10 Parents' Evening - Example School
LOCATION:Main Hall\\, Example School\\, Park Row\\, Leeds LS1 4AP
DESCRIPTION:Appointments from 16:10. Please sign in at reception.
END:VEVENT
END:VCALENDAR
""") + "\n"
add(label="clean", slug="y10_parents_evening_appointments", client="outlook",
    note="office confirms parents' evening appointments, .ics attached",
    frm=OFFICE, to=[JANE],
    subject="Year 10 Parents' Evening – your appointments",
    date=(2025, 3, 3, 9, 0, 12),
    body=T("""
Dear Mrs Parent,

Thank you for booking your appointments for the Year 10 Parents' Evening on Thursday 13 March. Your times are:

16:10  Mr Mensah – Mathematics – Main Hall, table 4
16:20  Ms Eze – English – Main Hall, table 9
16:30  Dr Marsh – Science – Main Hall, table 12
16:45  Mr Thackeray – Geography – Main Hall, table 17
16:55  Ms Quinn – Head of Year 10 – Library

Appointments are five minutes each, so please arrive a little early and sign in at reception. Example Pupil One is very welcome (and encouraged) to come with you.

There is no parking on the school site during the evening. The multi-storey on Kirkgate is a five-minute walk and is free after 6pm.

A calendar invitation is attached. If you need to change any of the times, reply to this email or ring us on 01632 960000.

Kind regards,

""") + SIG_OFFICE,
    attach=[("Parents_Evening_Y10.ics", "text/calendar", ICS.replace("\n", "\r\n").encode("utf-8"))])

# 038 clean hard: William the Bastard ---------------------------------------------
add(label="clean", slug="history_william_the_bastard", client="thunderbird", fmt="plain", cte="8bit",
    note="history: 'William the Bastard' explained to Y7 pupil who asked",
    frm=MURPHY, to=[pu("Linh Nguyen", "24lnguyen")],
    subject="Re: Question about William",
    date=(2025, 1, 21, 18, 6, 27),
    irt=f"<a3f0c2d1-6b7e-4e1a-9f3a-8c2e4b5d6f70@{P}>",
    body=T("""
Hi Linh,

Good question – and yes, it's true. Before 1066 William was often called "William the Bastard", because his parents, Duke Robert of Normandy and Herleva, the daughter of a tanner from Falaise, weren't married. In the eleventh century the word simply meant someone born to parents who weren't married; it wasn't a swear word in the way it is now. His enemies used it to argue that he had no right to be Duke at all, which is one reason he had such a hard time in Normandy as a boy.

After 1066 people started calling him "the Conqueror" instead – partly because it was safer!

In your essays, please call him William of Normandy (before 1066) or William I (after). If you want to show off a bit, you can mention that his birth made his claim to the English throne look even weaker, so he relied on Edward's promise and on the Pope's support.

See you on Thursday.

Mr Murphy
History Department
"""),
    quote=dict(style="wrote", attr="On 21/01/2025 16:40, Linh Nguyen wrote:", text=T("""
Hi sir, my brother said William the Conqueror was called William the Bastard, is that true? Are we allowed to say that in our essay?
Linh 7C
""")))

# 039 FLAG HTML-only split by tags / entities --------------------------------------
LIGHTING_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">
<p>Chi,</p>
<p>The lighting tech from the hire company has cancelled on us for the THIRD time this week, two days before the dress rehearsal. What an absolute <span style="font-weight:bold">arse</span><span style="font-weight:bold">hole</span>. I&#39;ve rung everyone I know and the only person free wants &pound;400 for two nights.</p>
<p>Their manager was a total b&#101;ll<!-- -->end about it on the phone as well &ndash; &ldquo;these things happen&rdquo;. Not to me they don&#39;t.</p>
<p>Can your Y12s run the desk if I give them a crash course on Thursday after school? Kacper and Grace did it for the Christmas concert and were brilliant.</p>
<p>Rosa</p>
<p style="color:#7f7f7f;font-size:9pt">Rosa Delaney | Head of Drama | Example School | 01632 960000</p>
</div>
</body></html>
"""
add(label="flag", slug="lighting_hire_html_split", client="owa", fmt="html",
    note="HTML-only; 'arsehole' split across tags, 'bellend' split by entity and comment",
    frm=DELANEY, to=[EZE],
    subject="Lighting for Guys and Dolls",
    date=(2025, 3, 24, 13, 2, 8),
    body="", html=LIGHTING_HTML)

# 040 clean everyday -----------------------------------------------------
add(label="clean", slug="guys_and_dolls_rehearsals", client="outlook",
    note="drama rehearsal schedule to cast",
    frm=DELANEY, to=[pu("Grace Oduya", "19goduya"), pu("Kacper Nowicki", "19knowicki"),
                     pu("Leah Byrne", "21lbyrne"), pu("Tom Byrne", "20tbyrne"),
                     pu("Amara Nwosu", "22anwosu")],
    subject="Guys and Dolls – rehearsals w/c 17 March",
    date=(2025, 3, 14, 15, 25, 33),
    body=T("""
Hi all,

Here's the schedule for show week minus one. Please check it carefully – there are changes from the version on the noticeboard.

Monday 17th, 3.30–5.30pm – Act 1, scenes 1–6 (full cast), Main Hall
Tuesday 18th, 3.30–5.00pm – Principals only: "Luck Be a Lady" and the Havana scene, Drama Studio
Wednesday 19th, 3.30–5.30pm – Act 2 (full cast), Main Hall
Thursday 20th – no rehearsal (Year 8 York trip, half the chorus is away)
Friday 21st, 3.30–6.00pm – Full run, costume where ready

Tech and dress rehearsals are the following Tuesday and Wednesday; the performances are Thursday 27 and Friday 28 March at 7pm. Tickets go on sale on Monday from the office.

Please bring water, and learn your lines – we are past the stage of scripts in hands for Act 1!

Grace and Kacper, can you stay for ten minutes after Friday's run to talk about the lighting desk?

Ms Delaney
Head of Drama
"""))

# 041 clean hard: rugby hooker, cricket box ---------------------------------------
add(label="clean", slug="u14_rugby_sevens_cricket_kit", client="outlook", fmt="plain",
    note="sports kit/positions: hooker, gum shield, cricket box (abdominal protector)",
    frm=LOCKWOOD, to=[pu("Oisin Brennan", "22obrennan"), pu("Felipe da Silva", "22fdasilva"),
                      pu("Kwame Boateng", "22kboateng"), pu("Harry Walsh", "22hwalsh")],
    cc=[KELLY],
    subject="U14 Sevens Saturday + cricket after Easter",
    date=(2025, 3, 6, 15, 51, 0),
    body=T("""
Hi all,

Saturday's Sevens festival at Roundwood RUFC – meet at the clubhouse at 8.45am, first game 9.30am. Parents are very welcome to come and watch; there's a café.

Starting seven for the first game:
Props – Kwame and Harry
Hooker – Oisin
Scrum-half – Felipe
Fly-half – Ethan
Centre – Ryan
Wing – Deji
We'll rotate the squad across the day so everyone gets plenty of time on the pitch.

Kit: school rugby shirt, black shorts, school socks, boots. A gum shield is compulsory – no gum shield, no game, I'm afraid. Scrum caps are optional.

Looking ahead to cricket after Easter: anyone who wants to play hard-ball cricket for the school needs their own box (abdominal protector). We have helmets, pads and gloves in the PE store, but for obvious reasons boxes are personal! The sports shop on Vicar Lane sells them for about £6, or tell me quietly if that's a problem and I'll sort one out.

Mr Lockwood
PE Department | Example School | 01632 960000
"""))

# 042 clean everyday --------------------------------------------------
S48_PLAIN = T("""
Dear colleagues,

As you know, we are now inside the window for our diocesan (Section 48) inspection, and we expect the call any time after Easter. I want to say clearly that there is nothing extra to prepare: the inspectors want to see us as we are.

They will look at three areas:

1. Catholic life and mission – how the Gospel values shape the life of the school: our chaplaincy, our pastoral care, our charity work, and how we treat one another.
2. Religious education – standards and teaching in RE, including core RE in the Sixth Form.
3. Collective worship – form prayer, liturgies and Masses, and how pupils themselves plan and lead worship.

What you can do:
- Keep form prayer going every morning. Inspectors often pop into registration.
- Make sure the prayer focus in your room is tidy and up to date for Lent.
- If you are asked, talk honestly about what the Catholic ethos means to you in your subject. There are no right answers.

Tomasz and Bernadette will run a short optional session for anyone who'd like to know more on Wednesday 26 March at 3.30pm in the Chapel.

Thank you for everything you already do.

Francis
""") + "\n\n" + SIG_DOHERTY
S48_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>As you know, we are now inside the window for our diocesan (Section 48) inspection, and we expect the call any time after Easter. I want to say clearly that there is <b>nothing extra to prepare</b>: the inspectors want to see us as we are.</p>
<p>They will look at three areas:</p>
<ol>
<li><b>Catholic life and mission</b> &ndash; how the Gospel values shape the life of the school: our chaplaincy, our pastoral care, our charity work, and how we treat one another.</li>
<li><b>Religious education</b> &ndash; standards and teaching in RE, including core RE in the Sixth Form.</li>
<li><b>Collective worship</b> &ndash; form prayer, liturgies and Masses, and how pupils themselves plan and lead worship.</li>
</ol>
<p>What you can do:</p>
<ul>
<li>Keep form prayer going every morning. Inspectors often pop into registration.</li>
<li>Make sure the prayer focus in your room is tidy and up to date for Lent.</li>
<li>If you are asked, talk honestly about what the Catholic ethos means to you in your subject. There are no right answers.</li>
</ul>
<p>Tomasz and Bernadette will run a short optional session for anyone who&#8217;d like to know more on Wednesday 26 March at 3.30pm in the Chapel.</p>
<p>Thank you for everything you already do.</p>
<p>Francis</p>
<p style="color:#595959;font-size:9.5pt">Francis Doherty<br>Headteacher<br>Example School &ndash; a Catholic Voluntary Aided School (11&ndash;18)<br>in partnership with Northgate College<br>Park Row, Leeds LS1 4AP<br>Tel: 01632 960000 | www.example-school.org.uk</p>
</body></html>
"""
add(label="clean", slug="section48_inspection_window", client="outlook",
    note="head to staff about the diocesan Section 48 inspection",
    frm=DOHERTY, to=[ALLSTAFF],
    subject="Section 48 inspection – what to expect",
    date=(2025, 3, 19, 16, 10, 45),
    body=S48_PLAIN, plain=S48_PLAIN + "\n", html=S48_HTML)

# 043 FLAG base64 body ---------------------------------------------------
add(label="flag", slug="practical_monitor_base64", client="outlook", fmt="plain", cte="base64",
    note="base64 text body; 'pissed off', 'total twat' about an external monitor",
    frm=MARSH, to=[WHITFIELD],
    subject="monitor visit",
    date=(2025, 3, 7, 15, 42, 17),
    body=T("""
Aaron,

Just had the call with the practical endorsement monitor. He's marked down our Y12 lab books because the dates are in the wrong format. The dates. I'm so pissed off I can't see straight. Total twat – he didn't even look at the methods sections, which are the best they've ever been.

I'll fill you in properly at the department meeting, but basically we need to re-check every lab book by Easter. Can you take the biology ones and I'll do chemistry with Nathan?

H

Dr Helen Marsh
Head of Science
"""))

# 044 clean hard: racist incident report -----------------------------------------
add(label="clean", slug="racist_incident_report_to_dsl", client="outlook",
    note="form tutor's prejudice-incident report to DSL quoting a racist slur verbatim (staff-only)",
    frm=LOWTHER, to=[DSL, OGUNLEYE], cc=[QUINN],
    subject="Racist incident – 10K, lunchtime 26/02",
    date=(2025, 2, 26, 14, 5, 31),
    body=T("""
Dear Niamh and Kevin,

I'm reporting a racist incident in line with the prejudice-related incident procedure. The form is attached to both pupils' records on CPOMS.

At about 12.40pm by the MUGA, Z (10K, my tutee) came to me very upset. He said that C (10M) had called him a "paki" and told him to "go back to your own country, you smell of curry", while two of C's friends filmed it on their phones. Z's family are of Bangladeshi heritage.

Two witnesses (names on CPOMS) independently confirmed those words. When I spoke to C with Ms Quinn, he denied "the P-word" but admitted "the curry bit" and said it was "just banter". He did not seem to understand why it was serious.

Actions so far:
- C removed to the reflection room for the afternoon.
- Both phones used to film were collected and handed to Mr Ogunleye, as per the policy.
- Z's dad informed by phone at 1.40pm; he is understandably angry and would like a meeting.
- C's mum has been asked to come in tomorrow morning.

Z is worried that the video will be on social media tonight. Could one of you advise whether we should ask the families to check, or whether this needs to go further?

Thanks,
Hannah

Hannah Lowther
Teacher of Maths | Form Tutor 10K
Example School, Park Row, Leeds LS1 4AP
"""))

# 045 clean everyday --------------------------------------------------
add(label="clean", slug="confirmation_sessions_parish", client="outlook", fmt="plain",
    note="chaplain to parish office arranging Confirmation sessions",
    frm=CHAPLAIN, to=[("St Joseph's Parish Office", "parish.office@example.org")], cc=[NOWAK],
    subject="Confirmation 2025 – sessions at school",
    date=(2025, 2, 20, 11, 29, 3),
    body=T("""
Dear Maureen,

Thank you for your call yesterday. Just to confirm what we agreed for this year's Confirmation programme:

- 23 candidates from Years 9 and 10 (the list is attached to the shared document you set up).
- Preparation sessions in the school chaplaincy on Tuesdays, 3.30–4.30pm, starting on 4 March and running for eight weeks (not the week after Easter).
- Sponsor forms and baptism certificates to come back to me by Friday 4 April; I'll pass them on to you in one batch.
- Retreat morning for candidates and sponsors on Saturday 10 May at the church hall.
- Rehearsal on Thursday 12 June at 6pm, and the Confirmation Mass with the Bishop on Sunday 15 June at 11am.

Fr Anthony has kindly offered to lead the session on the gifts of the Holy Spirit, and Tomasz will do the one on the history of the sacrament.

If anything changes at the parish end, my direct line is 01632 960000 ext. 214, or you can always reach me on this email.

With thanks and best wishes,
Bernadette

""") + SIG_CHAPLAIN)

# 046 clean hard: surnames ----------------------------------------------------------
add(label="clean", slug="supply_and_invigilators_surnames", client="outlook", fmt="plain",
    note="surnames Cockburn, Dickens, Hancock, Shufflebottom in cover notice",
    frm=COVER, to=[ALLSTAFF],
    subject="Supply staff and invigilators – w/c 10 March",
    date=(2025, 3, 7, 14, 26, 58),
    body=T("""
Hi all,

So you know who's who around school next week:

- Mr Alasdair Cockburn (pronounced "Co-burn") is covering Mrs Moynihan's RE classes Monday to Wednesday. He's taught in the diocese before, so knows the ropes.
- Mrs Pauline Dickens and Mr Roy Hancock are invigilating the Year 11 science mocks in the Sports Hall on Tuesday and Thursday.
- Mrs Hilary Shufflebottom is back with us as a reader for the access arrangements rooms all week.

All of them have been DBS-checked and will be wearing red supply lanyards. Please make them feel welcome, show them where the staffroom is, and make sure anyone covering in your area knows the fire procedure.

Cover work still needs to be on the shared drive by 8.00am, please – it makes a huge difference to whoever is picking up your classes.

Thanks,
Aoife

Aoife Brady
Cover & Timetable Manager
Example School | ext. 207
"""))

# 047 FLAG RFC 2047 encoded subject -----------------------------------------------
add(label="flag", slug="enrichment_budget_encoded_subject", client="outlook", subj_enc="B",
    note="swearing only in the RFC 2047 (base64) encoded subject",
    frm=RAMAN, to=[PRYCE],
    subject="Re: Sixth form enrichment budget – are they fucking serious?",
    date=(2025, 3, 20, 18, 35, 22),
    body=T("""
Gareth,

Paul's draft budget has the Sixth Form enrichment line at £1,200 for next year. That's down from £4,500, and it includes the minibus to the college site.

I'm seeing Francis tomorrow at 8. Could you dig out how many of last year's apprenticeship starts came through the enrichment programme (the employer talks, the site visits, the mock assessment centre)? If I can show it's actually getting kids into jobs it's much harder to cut.

Thanks
P
"""),
    quote=dict(style="outlook", hdr=[("From", "Gareth Pryce <g.pryce@example-school.org.uk>"),
                                     ("Sent", "20 March 2025 17:51"),
                                     ("To", "Priya Raman <p.raman@example-school.org.uk>"),
                                     ("Subject", "Sixth form enrichment budget")],
               text=T("""
Have you seen the draft budget Paul sent round? Page 4.
G
""")))

# 048 clean everyday -----------------------------------------------------
add(label="clean", slug="work_experience_placement_form", client="outlook", fmt="plain",
    note="careers lead chases Y10 work experience form",
    frm=PRYCE, to=[pu("Rosie Okeke", "21rokeke")],
    subject="Work experience – your placement form",
    date=(2025, 3, 12, 10, 44, 30),
    body=T("""
Hi Rosie,

Brilliant that you've found a placement at the Kirkgate Veterinary Centre – that's a hard one to get, and it fits really well with what you said about wanting to do Biology and Chemistry at A level.

Before I can confirm it, I need the placement form back with:
1. the employer's section completed and signed by the practice manager;
2. your parent or carer's signature on page 3;
3. your emergency contact details.

The form is attached again in case the first copy went missing. The deadline is Friday 14 March, because we then have to do the health and safety check with the practice before the placement week (7–11 July).

Any problems, pop in to the careers office at break.

Mr Pryce
"""),
    attach=[("Work_Experience_Placement_Form_2025.pdf", "application/pdf", make_pdf([
        "Example School - Year 10 Work Experience 2025",
        "Placement week: Monday 7 July - Friday 11 July",
        "Section A: Student details",
        "Section B: Employer details and signature",
        "Section C: Parent / carer consent",
        "Return to: Careers Office, Example School, Park Row, Leeds LS1 4AP"]))])

# 049 clean hard: Y8 reproduction ------------------------------------------------
add(label="clean", slug="y8_reproduction_lesson_guidance", client="outlook",
    note="science: Y8 reproduction topic vocabulary (penis, vagina, sperm) for science staff",
    frm=MARSH, to=[st("Science Department", "science")],
    subject="Y8 Reproduction – lesson 3 resources and the question box",
    date=(2025, 2, 28, 16, 3, 37),
    body=T("""
Hi all,

Year 8 reach the reproduction topic after half term, so a few notes before you start.

Lesson 3 (the reproductive systems) is on the shared drive, with the labelled diagrams. Please use the correct terms throughout, as in the specification: for the male system, penis, testes, scrotum, sperm duct, urethra and glands; for the female system, ovaries, oviducts, uterus, cervix and vagina. Lesson 4 then covers the menstrual cycle, fertilisation and implantation, and Lesson 5 the development of the foetus.

As usual we'll run the anonymous question box. Some guidance:
- Answer factual biology questions factually and calmly (e.g. "what is a wet dream?" or "can you get pregnant the first time?").
- Anything about relationships, sexual behaviour or values should be passed to Teresa for the RSE lessons, which are taught in the context of the school's Catholic ethos.
- Anything that sounds like a disclosure goes straight to the DSL, not into the box.

Marta, I'll go through it with you on Tuesday as it's your first time teaching it here.

Thanks,
Helen

Dr H. Marsh
Head of Science
Example School | Park Row | Leeds LS1 4AP | 01632 960000
"""))

# 050 FLAG plain gender/age ---------------------------------------------------------
add(label="flag", slug="timetable_lead_sexist_ageist", client="thunderbird", fmt="plain", cte="7bit",
    note="offensive remarks about a colleague's age and gender, no swear words [slur]",
    frm=ARMITAGE, to=[KENWORTHY],
    subject="timetable working party",
    date=(2025, 2, 19, 20, 48, 11),
    body=T("""
Rob,

Have you seen who's leading the timetable working party? Mrs H. Sixty-three and still can't work a spreadsheet. Should have been put out to pasture years ago - menopausal old bag, she nearly cried in the meeting when Paul questioned her numbers.

Women her age shouldn't be put in charge of anything with numbers in it. We'll end up with Year 11 having PE five times a week.

Steve
"""))

# 051 clean everyday ----------------------------------------------------
add(label="clean", slug="inhaler_expired_medical_form", client="outlook", fmt="plain",
    note="office asks carer for replacement inhaler and form",
    frm=LOMAX, to=[SAM],
    subject="Inhaler in school – expired",
    date=(2025, 1, 14, 11, 3, 20),
    body=T("""
Dear Sam,

During our termly check of medication we noticed that the spare inhaler we keep in the medical room for Example Pupil Two expired at the end of December.

Could you please send in a replacement, in its original box with the pharmacy label showing their name and dose? I've attached a fresh medication consent form as well – it only needs the top section and a signature.

Their own inhaler (the one they carry) is fine; this is just the spare one.

Many thanks,

""") + SIG_OFFICE,
    attach=[("Medication_Consent_Form.pdf", "application/pdf", make_pdf([
        "Example School - Parental agreement for school to administer medicine",
        "Name of child: ______________________  Form: ______",
        "Medicine (as on pharmacy label): ______________________",
        "Dosage and method: ______________________",
        "Signature of parent / carer: ______________________  Date: ________",
        "Return to the school office, Example School, Park Row, Leeds LS1 4AP"]))])

# 052 clean hard: head's reply, abuse only in Outlook-quoted parent text -------------------
add(label="clean", slug="head_reply_complaint_quoted_abuse", client="outlook",
    note="head's courteous reply; 'bollocks', 'twat' only in the father's quoted complaint",
    frm=DOHERTY, to=[ALI], cc=[GALLAGHER],
    subject="RE: Complaint",
    date=(2025, 3, 10, 12, 16, 5),
    irt="<001a01db9130$7d2e8b90$778ba2b0$@btinternet.com>",
    body=T("""
Dear Mr Guardian,

Thank you for your email of Sunday evening. I have read it carefully and I am sorry that you and your son have been left feeling this way.

I would like to respond to the two specific points you raise.

1. The detention on Friday was given under our uniform policy, which applies to all pupils. Having looked into it, I understand that it followed two earlier reminders that day. I am satisfied that it was given fairly, but I am happy to go through it with you.

2. You report a comment made by a member of staff. I take that seriously, and I have asked Mrs Gallagher to look into it. She will speak to your son, with his agreement, and to the member of staff concerned, and she will contact you by the end of next week.

I will not be responding to the personal remarks in your email. I would ask that future correspondence is kept courteous: our staff are entitled to work without abuse, in just the same way as our pupils are.

I would welcome the chance to meet you. Please ring my PA on 01632 960000 to arrange a time. If after that you remain unhappy, our complaints policy is on the school website and explains how to take the matter to the governors.

Yours sincerely,

""") + SIG_DOHERTY,
    quote=dict(style="outlook", hdr=[("From", "Ali Guardian <ali.guardian@btinternet.com>"),
                                     ("Sent", "09 March 2025 21:17"),
                                     ("To", "Francis Doherty <f.doherty@example-school.org.uk>"),
                                     ("Subject", "Complaint")],
               text=T("""
I've had enough of this bollocks. My son got a detention on Friday for having his top button undone and then that twat Kenworthy told him he'd "end up stacking shelves". Sort it out or I'm going to the diocese and the local paper.

Ali Guardian
""")))

# 053 clean everyday ---------------------------------------------------------
FAIR_PLAIN = T("""
Dear colleague,

We would be delighted to welcome you to our Careers & Apprenticeships Fair, which we are running jointly with Northgate College.

Wednesday 2 April 2025, 1.00pm – 4.00pm
Sports Hall, Example School, Park Row, Leeds LS1 4AP

Around 600 students from Years 10 to 13, together with college students on level 2 and 3 programmes, will attend across the afternoon. Last year 38 employers and training providers took part, and several of them recruited apprentices directly from the conversations on the day.

We will provide a table, two chairs, power, and refreshments for your team. Parking can be reserved on site.

If you would like a stand, please reply by Friday 21 March with:
- the name of your organisation and the number of people attending;
- any apprenticeship or work experience opportunities you will be promoting;
- whether you need a screen or extra space.

I look forward to hearing from you.

""") + SIG_PRYCE
FAIR_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear colleague,</p>
<p>We would be delighted to welcome you to our <b>Careers &amp; Apprenticeships Fair</b>, which we are running jointly with Northgate College.</p>
<p style="border-left:4px solid #6b1d2f;padding-left:10px"><b>Wednesday 2 April 2025, 1.00pm &ndash; 4.00pm</b><br>Sports Hall, Example School, Park Row, Leeds LS1 4AP</p>
<p>Around 600 students from Years 10 to 13, together with college students on level 2 and 3 programmes, will attend across the afternoon. Last year 38 employers and training providers took part, and several of them recruited apprentices directly from the conversations on the day.</p>
<p>We will provide a table, two chairs, power, and refreshments for your team. Parking can be reserved on site.</p>
<p>If you would like a stand, please reply by <b>Friday 21 March</b> with:</p>
<ul><li>the name of your organisation and the number of people attending;</li>
<li>any apprenticeship or work experience opportunities you will be promoting;</li>
<li>whether you need a screen or extra space.</li></ul>
<p>I look forward to hearing from you.</p>
<p style="color:#595959;font-size:9.5pt">Gareth Pryce<br>Careers &amp; Apprenticeships Lead<br>Example School in partnership with Northgate College<br>Park Row, Leeds LS1 4AP<br>T: 01632 960000 | M (work): 07700 900612</p>
</body></html>
"""
add(label="clean", slug="careers_fair_employer_invite", client="outlook",
    note="careers fair invitation to outside employers",
    frm=PRYCE, to=[("Early Careers Team", "earlycareers@example.com"),
                   ("HR Recruitment", "recruitment@example.net")],
    cc=[("Lisa Harper", "l.harper@example.org")],
    subject="Invitation – Careers & Apprenticeships Fair, Wednesday 2 April",
    date=(2025, 2, 17, 10, 2, 44),
    body=FAIR_PLAIN, plain=FAIR_PLAIN + "\n", html=FAIR_HTML)

# 054 clean hard: surnames / place names in sports round-up (HTML only) ---------------
SPORTS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Arial,sans-serif;font-size:11pt">
<p>Hi everyone,</p>
<p>A bumper week for sport &ndash; here&#8217;s the round-up for the staffroom screen and the bulletin.</p>
<h3 style="color:#6b1d2f;margin-bottom:4px">Cross-country</h3>
<p>At the county championships at Penistone on Saturday, our Year 9 girls came 2nd as a team, and Dev Wankhede (8N) won the Year 8 boys&#8217; race by nearly twenty seconds. Dev has now qualified for the regional finals in Sheffield &ndash; huge congratulations.</p>
<h3 style="color:#6b1d2f;margin-bottom:4px">Football</h3>
<p>Kieran O&#8217;Shea (10R) has been invited to a trial with the Scunthorpe United academy after scoring twice against them in the U15 friendly. The U13s drew 3&ndash;3 with St Wilfrid&#8217;s in the cup.</p>
<h3 style="color:#6b1d2f;margin-bottom:4px">Cricket</h3>
<p>Sixth former Ellie Hancock has been selected for the Yorkshire U18 women&#8217;s squad for the summer, and will be playing against Sussex and Middlesex in June.</p>
<h3 style="color:#6b1d2f;margin-bottom:4px">Netball</h3>
<p>Sadly Saturday&#8217;s tournament was cancelled because of transport problems. Miss Kelly is working on getting us into the regional round instead.</p>
<p>Thanks to all the staff who gave up their weekends to drive minibuses and stand in fields.</p>
<p>Jamie</p>
<p style="color:#7f7f7f;font-size:9pt">Jamie Lockwood | Head of PE | Example School | 01632 960000</p>
</body></html>
"""
add(label="clean", slug="sports_roundup_penistone_wankhede", client="owa", fmt="html",
    note="HTML-only; place names Penistone, Scunthorpe, Sussex; surnames Wankhede, Hancock",
    frm=LOCKWOOD, to=[ALLSTAFF], cc=[OFFICE],
    subject="Sports round-up – w/e 1 March",
    date=(2025, 3, 3, 12, 55, 9),
    body="", html=SPORTS_HTML)

# 055 FLAG repeated letters --------------------------------------------------------
add(label="flag", slug="register_wont_save_repeated", client="iphone", fmt="plain", cte="8bit",
    note="stretched swear words: 'Fuuuuuuck', 'Shiiiiite' to IT colleague",
    frm=ZIELINSKI, to=[HEWITT],
    subject="register",
    date=(2025, 2, 13, 9, 3, 41),
    body=T("""
Dan – the register won't save AGAIN. Fuuuuuuck. I've got 9X in front of me and half of them are already hammering the Chromebooks. Can you have a look?

Shiiiiite, fire alarm's just gone as well. Ignore, I'll come and find you after.

M

Sent from my iPhone
"""))

# 056 clean everyday newsletter ------------------------------------------------------
BULLETIN_PLAIN = T("""
FRIDAY BULLETIN – 14 March 2025

From the Headteacher
Dear parents and carers,

We are now well into Lent, and I have been so proud of the way our young people have thrown themselves into the Lenten appeal: Year 7 alone raised over £600 with their "walk to Emmaus" sponsored walk, and the Sixth Form have organised a sleep-out in the quad for next Friday.

Congratulations to our Year 13 students who have already received offers from universities and apprenticeship providers – more than 90% of the year group now have at least one offer.

A gentle reminder that school starts at 8.40am. Pupils arriving after 8.50am are recorded as late, and it does add up over a year.

With every good wish,
Francis Doherty, Headteacher

Dates for your diary
- Mon 17 March: St Patrick's Day Mass, 9.00am (all welcome)
- Thu 20 March: Year 8 visit to York
- Thu 27 & Fri 28 March: "Guys and Dolls", 7.00pm – tickets from the office
- Wed 2 April: Careers & Apprenticeships Fair with Northgate College
- Fri 4 April: school closes for Easter at 1.30pm

Uniform
Thank you for your support. Please could all items be clearly named – we have a mountain of unnamed jumpers in lost property.

Example School, Park Row, Leeds LS1 4AP · 01632 960000 · office@example-school.org.uk
""")
BULLETIN_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Friday Bulletin</title></head>
<body style="margin:0;background:#efefef">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222222">
<tr><td style="background:#6b1d2f;padding:20px 28px;color:#ffffff"><span style="font-size:24px">Friday Bulletin</span><br><span style="font-size:13px">14 March 2025 &middot; Example School</span></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:1.5">
<h2 style="font-size:18px;color:#6b1d2f">From the Headteacher</h2>
<p>Dear parents and carers,</p>
<p>We are now well into Lent, and I have been so proud of the way our young people have thrown themselves into the Lenten appeal: Year 7 alone raised over &pound;600 with their &ldquo;walk to Emmaus&rdquo; sponsored walk, and the Sixth Form have organised a sleep-out in the quad for next Friday.</p>
<p>Congratulations to our Year 13 students who have already received offers from universities and apprenticeship providers &ndash; more than 90% of the year group now have at least one offer.</p>
<p>A gentle reminder that school starts at 8.40am. Pupils arriving after 8.50am are recorded as late, and it does add up over a year.</p>
<p>With every good wish,<br><i>Francis Doherty, Headteacher</i></p>
<h2 style="font-size:18px;color:#6b1d2f">Dates for your diary</h2>
<ul>
<li><b>Mon 17 March</b>: St Patrick&#8217;s Day Mass, 9.00am (all welcome)</li>
<li><b>Thu 20 March</b>: Year 8 visit to York</li>
<li><b>Thu 27 &amp; Fri 28 March</b>: &ldquo;Guys and Dolls&rdquo;, 7.00pm &ndash; tickets from the office</li>
<li><b>Wed 2 April</b>: Careers &amp; Apprenticeships Fair with Northgate College</li>
<li><b>Fri 4 April</b>: school closes for Easter at 1.30pm</li>
</ul>
<h2 style="font-size:18px;color:#6b1d2f">Uniform</h2>
<p>Thank you for your support. Please could all items be clearly named &ndash; we have a mountain of unnamed jumpers in lost property.</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:12px 28px;font-size:11px;color:#666666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></body></html>
"""
add(label="clean", slug="friday_bulletin_14_march", client="web", fmt="alt",
    note="weekly parents' newsletter (HTML + plain)",
    frm=OFFICE, to=[PARENTS],
    subject="Friday Bulletin – 14 March 2025",
    date=(2025, 3, 14, 16, 0, 0),
    body=BULLETIN_PLAIN, plain=BULLETIN_PLAIN + "\n", html=BULLETIN_HTML)

# 057 clean hard: Romeo and Juliet ------------------------------------------------
add(label="clean", slug="romeo_juliet_bawdy_quotes", client="thunderbird", fmt="plain", cte="8bit",
    note="set text: Romeo and Juliet ('bite my thumb', 'prick of noon', 'maidenheads') for Y9",
    frm=EZE, to=[pu("Amara Nwosu", "22anwosu"), pu("Felipe da Silva", "22fdasilva"),
                 pu("Chloe Hartley", "22chartley")],
    subject="Romeo and Juliet – quotations for Monday",
    date=(2025, 3, 21, 16, 31, 50),
    body=T("""
Hi all,

As promised at the end of the lesson, here are the quotations we'll be working on on Monday. Please copy them into the back of your books before the lesson.

Act 1 Scene 1 – the servants' quarrel
"I will bite my thumb at them, which is a disgrace to them if they bear it."
"Do you bite your thumb at us, sir?"
Think about why Shakespeare opens a tragedy with jokes and insults between servants, and what it tells us about how easily the feud flares up. Sampson's jokes about the "maidenheads" of the Montague women are meant to show how crude and boastful the servants are – you can refer to that briefly.

Act 2 Scene 4 – Mercutio
"The bawdy hand of the dial is now upon the prick of noon."
Yes, Shakespeare's audience would have laughed at the double meaning, and yes, you can say so in an essay, maturely and in one sentence. The more important point is how Mercutio's constant wordplay makes his death in Act 3 so shocking.

Act 3 Scene 1
"A plague o' both your houses!"

Have a good weekend.

Ms Eze
"""))

# 058 clean everyday ---------------------------------------------------------
add(label="clean", slug="sixth_form_bursary_reply", client="outlook", fmt="plain",
    note="sixth form office answers pupil's bursary question",
    frm=SIXTH, to=[pu("Aisha Hussain", "19ahussain")],
    subject="RE: Bursary form",
    date=(2025, 1, 17, 13, 20, 2),
    body=T("""
Hi Aisha,

Yes, from what you've told me you should qualify for the discretionary bursary. Please bring the completed form to the Sixth Form office with:
- a copy of the letter showing your household's benefit or income;
- your bank details (an account in your own name);
- your bus pass number, if you want us to cover travel to the college site for your Psychology lessons.

Payments are made every half term, as long as your attendance stays above 95%. The next deadline for forms is Friday 31 January.

If you'd rather talk about it in private, book a slot with Mrs Raman – it's completely confidential.

Best wishes,
Sixth Form Office
Example School Sixth Form | Park Row, Leeds LS1 4AP | 01632 960000
"""),
    quote=dict(style="outlook", hdr=[("From", "Aisha Hussain <19ahussain@pupils.example-school.org.uk>"),
                                     ("Sent", "16 January 2025 21:02"),
                                     ("To", "Sixth Form Office <sixthform@example-school.org.uk>"),
                                     ("Subject", "Bursary form")],
               text=T("""
Hi miss, my mum has just started getting universal credit, does that mean I can get the bursary now? And what do I need to bring?
Thanks, Aisha 12C
""")))

# 059 FLAG letters separated by hyphens -------------------------------------------
add(label="flag", slug="car_park_hyphenated", client="owa", fmt="plain", cte="7bit",
    note="'c-u-n-t' spelled with hyphens, venting about a driver",
    frm=THACKERAY, to=[MURPHY],
    subject="car park",
    date=(2025, 2, 10, 15, 40, 9),
    body=T("""
Someone in a silver Audi has parked across the bottom of the staff car park AGAIN and blocked three of us in. If it's that c-u-n-t from the college building I'm going to lose it. Any idea whose it is? Denise says it's not a visitor.

Owen
"""))

# 060 clean hard: DSL referral quoting parent -------------------------------------
add(label="clean", slug="dsl_social_care_referral", client="outlook", fmt="plain",
    note="DSL's written referral to children's social care quoting the father's words [unsure: external recipient]",
    frm=DSL, to=[("Children's Social Work Service – Duty Team", "duty.team@example.org")],
    cc=[DOHERTY],
    subject="OFFICIAL-SENSITIVE: Referral confirmation – Child A (Year 8)",
    date=(2025, 3, 18, 11, 47, 3),
    body=T("""
OFFICIAL-SENSITIVE

Dear colleague,

Further to my telephone referral to the duty social worker at 10.20am today, I am confirming the details in writing as requested. The full referral form has also been submitted through the secure portal.

Child: A, Year 8 (full name, date of birth and address are on the portal form)
Referrer: Niamh Gallagher, Designated Safeguarding Lead, Example School

At 8.55am today A told her form tutor that her father hit her "across the legs with his belt" on Sunday evening after an argument about her phone. I spoke to A at 9.15am with her form tutor present. She repeated the account and said that while hitting her he shouted, "You're a useless little bitch, you're just like your whore of a mother." She said this is "what he always says" when he has been drinking. A has visible bruising on the back of both thighs, which the school nurse has seen and recorded on a body map (attached to the portal form).

A said she is frightened to go home tonight. Her mother does not live at the family address; A has given us a phone number for her maternal aunt.

A is in school and will remain with us until the end of the day (3.10pm). We have not contacted either parent, as agreed with the duty social worker.

Please contact me on 01632 960000 (ext. 201) or by reply today.

Regards,

""") + SIG_GALLAGHER)

# 061 clean everyday -------------------------------------------------------
add(label="clean", slug="absence_cover_work", client="outlook",
    note="teacher tells cover manager about absence and where cover work is",
    frm=MOYNIHAN, to=[COVER], cc=[NOWAK],
    subject="Absence tomorrow a.m. – hospital appointment",
    date=(2025, 2, 12, 16, 12, 38),
    body=T("""
Hi Aoife,

I've got a hospital appointment tomorrow morning (Thursday) that I can't move, so I'll miss P1 to P3. I should be back in time for P4.

Cover work is on the shared drive under Cover > Moynihan > 13 Feb:
P1 7C – Lesson 5 worksheet on the Covenant with Moses; Bibles are in the cupboard at the back of R3.
P2 9R – finish the Catholic Social Teaching case study from Tuesday; they know what they're doing.
P3 12 core RE (college building, room C14) – independent reading and the reflection questions; it's a small group.

Thanks, and sorry for the short notice.

Clare
"""))

# 062 clean hard: Shitterton --------------------------------------------------------
add(label="clean", slug="y12_dorset_fieldwork_shitterton", client="outlook",
    note="place name Shitterton (Dorset) in Y12 geography residential details",
    frm=THACKERAY, to=[pu("Aisha Hussain", "19ahussain"), pu("Ben Holt", "19bholt"),
                       pu("Grace Oduya", "19goduya")],
    cc=[RAMAN, st("Sarah Lindley", "s.lindley")],
    subject="Dorset fieldwork – final details",
    date=(2025, 3, 25, 15, 14, 21),
    body=T("""
Hi all,

Final details for the Dorset residential, Monday 28 April to Thursday 1 May (not "31 April", as the first letter said – apologies!).

We're staying at the field studies centre near Wareham. Rooms are shared, 4 per room, and you can put your preferences on the form in the Geography office by Friday.

Day 1 – travel down (about 6 hours with stops), evening briefing on sampling methods.
Day 2 – Studland sand dunes: vegetation succession transects. Wear old shoes; you will get sand everywhere.
Day 3 – Lulworth Cove and Durdle Door: coastal landforms and visitor pressure surveys.
Day 4 – Rural settlements: data collection in Bere Regis and the neighbouring hamlet of Shitterton, then home.

Before anyone asks: yes, that's its real name. It's in the Domesday Book, and the name comes from the Old English for a stream that was used as an open sewer. The village sign had to be set into a block of stone a few years ago because people kept stealing it, so please, no photos of you hugging it on the school Instagram.

Kit list and medical forms are attached to the Teams post. Ms Lindley is coming with us as the second member of staff.

Mr Thackeray
"""))

# 063 clean everyday ------------------------------------------------------
SOCIAL_PLAIN = T("""
Hi everyone!

It's nearly Easter (honestly) so let's celebrate surviving the spring term.

End of Term Quiz & Curry
Friday 4 April, from 4pm
The Old Wellington, Kirkgate (upstairs room)

£5 on the door, which includes a curry – veggie and halal options, and please tell me about any allergies. Teams of up to six; prize for the winners and the traditional wooden spoon for last place (Science, you know who you are).

There'll also be a raffle for the Lenten appeal. If you can donate a prize, drop it in to me in the English office.

Partners and former staff very welcome. Please let me know by Monday 31 March so I can give the pub numbers.

Rachel
Staff Social Committee
""")
SOCIAL_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi everyone!</p>
<p>It&#8217;s nearly Easter (honestly) so let&#8217;s celebrate surviving the spring term.</p>
<p style="font-size:16pt;color:#7030A0;text-align:center"><b>End of Term Quiz &amp; Curry</b><br><span style="font-size:12pt">Friday 4 April, from 4pm<br>The Old Wellington, Kirkgate (upstairs room)</span></p>
<p>&pound;5 on the door, which includes a curry &ndash; veggie and halal options, and please tell me about any allergies. Teams of up to six; prize for the winners and the traditional wooden spoon for last place (Science, you know who you are).</p>
<p>There&#8217;ll also be a raffle for the Lenten appeal. If you can donate a prize, drop it in to me in the English office.</p>
<p>Partners and former staff very welcome. Please let me know by <b>Monday 31 March</b> so I can give the pub numbers.</p>
<p>Rachel<br><span style="color:#7f7f7f">Staff Social Committee</span></p>
</body></html>
"""
add(label="clean", slug="end_of_term_quiz_social", client="outlook",
    note="staff social invitation",
    frm=GREENWOOD, to=[ALLSTAFF],
    subject="End of term quiz & curry – Friday 4 April",
    date=(2025, 3, 20, 12, 33, 52),
    body=SOCIAL_PLAIN, plain=SOCIAL_PLAIN + "\n", html=SOCIAL_HTML)

# 064 FLAG Greek homoglyph -------------------------------------------------
add(label="flag", slug="sports_hall_double_booked_greek", client="outlook",
    note="'bollocks' written with Greek omicrons (homoglyph), venting to colleague",
    frm=LOCKWOOD, to=[KELLY],
    subject="RE: Sports hall Thursday",
    date=(2025, 2, 25, 10, 58, 4),
    body=T("""
Shannon,

The college have double-booked the sports hall for Thursday again – their badminton club on top of our Y9 fixture. Their facilities manager told me it's "our system, not theirs". What a load of b\u03bfll\u03bfcks.

Can you grab Francis at break and I'll phone St Wilfrid's to see if they can host instead?

Jamie
"""),
    quote=dict(style="outlook", hdr=[("From", "Shannon Kelly <s.kelly@example-school.org.uk>"),
                                     ("Sent", "25 February 2025 10:31"),
                                     ("To", "Jamie Lockwood <j.lockwood@example-school.org.uk>"),
                                     ("Subject", "Sports hall Thursday")],
               text=T("""
Jamie, there's a college booking showing on the calendar for Thursday 3.30 in the sports hall – isn't that our Y9 netball/basketball fixture?
S
""")))

# 065 clean hard: German ------------------------------------------------------
add(label="clean", slug="german_exchange_false_friends", client="outlook", fmt="plain", cte="8bit",
    note="other languages: German words (Ausfahrt, Gift, dick) before the exchange",
    frm=VOGEL, to=[pu("Maya Kowalczyk", "23mkowalczyk"), pu("Chloe Hartley", "22chartley"),
                   pu("Harry Walsh", "22hwalsh")],
    cc=[FERRER],
    subject="Austausch – ein paar nützliche Wörter vor Hamburg",
    date=(2025, 3, 26, 14, 41, 26),
    body=T("""
Hallo zusammen!

Only three weeks until Hamburg! Ahead of Friday's meeting, here are a few words that always cause giggles on the exchange. Please get the giggling out of your system now, not in front of your host families 😊

• die Ausfahrt – motorway exit. You'll see it on every sign from the airport.
• das Gift – poison! A present is ein Geschenk. Don't tell your host mum you've brought her a Gift.
• dick – fat or thick. "Ein dickes Buch" is just a thick book.
• bekommen – to get or receive, not to become. "Ich bekomme ein Steak" means you'd like a steak, not that you're turning into one.
• das Handy – mobile phone.
• die Bäckerei – bakery. You'll be in one every morning; the Franzbrötchen are amazing.

Remember that your host families may not speak much English, so have a go – they will really appreciate it.

Friday's meeting is at 3.30pm in L4. Please bring your passport (or a photocopy) and the medical form if you haven't handed it in yet.

Bis Freitag!
Frau Vogel

Katrin Vogel
Teacher of German & Spanish
Example School | 01632 960000
"""))

# 066 clean everyday ---------------------------------------------------------
add(label="clean", slug="y11_mock_results_father", client="outlook",
    note="pastoral manager explains Y11 mock results to father",
    frm=FEENEY, to=[ALI], cc=[SENCO],
    subject="Example Pupil Three – mock results and next steps",
    date=(2025, 2, 11, 15, 33, 10),
    body=T("""
Dear Mr Guardian,

Example Pupil Three will bring home their mock results today, and I wanted to drop you a line alongside the envelope.

Overall these are a really encouraging set. English Language (5) and RE (6) are both at or above target, and the Science result (4-4) is a big step up from the summer. Maths came out at a 4, which is a pass, but we know they can secure a 5 with some focused work on the non-calculator paper.

They used their extra time in every paper, which is exactly what we want to see, as it is part of the evidence for the summer exams.

What happens next:
– Maths intervention on Tuesdays after school with Mr Mensah (starting next week);
– the Year 11 revision evening for parents on Wednesday 26 February, 6pm, where we'll talk about how to help at home;
– a short check-in with me every Friday until Easter.

Please do give me a ring if you'd like to talk any of it through. You should be very proud of how hard they have worked this year.

Kind regards,

Donna Feeney
Pastoral Manager – Year 11
Example School, Park Row, Leeds LS1 4AP
Direct line: 01632 960000 ext. 233
"""))

# 067 clean hard: graffiti report quoting words ----------------------------------
add(label="clean", slug="toilet_graffiti_report", client="iphone", fmt="plain",
    note="staff report to site manager/HoY quoting toilet graffiti verbatim (staff-only)",
    frm=GREENWOOD, to=[SITE], cc=[BRENNAN],
    subject="Graffiti – boys' toilets by S block",
    date=(2025, 1, 31, 12, 22, 45),
    body=T("""
Hi Phil,

There's new graffiti in the end cubicle of the first-floor boys' toilets by S block. Black marker on the back of the door: "BRENNAN IS A WANKER" and underneath it "KT 9N IS A SLAG" with a mobile number. Could it be removed before period 1 tomorrow please?

Liam – sorry you had to read that. The second one names a Year 9 girl, so I've logged it on CPOMS for Niamh as well. I took a photo for the record and covered the number. The writing looks the same as the stuff in there last month.

Rachel

Sent from my iPhone
"""))

# 068 clean everyday (very short) -------------------------------------------------
add(label="clean", slug="lost_pe_bag", client="owa", fmt="plain", cte="7bit",
    note="two-line lost property note to Y7 pupil",
    frm=LOMAX, to=[pu("Linh Nguyen", "24lnguyen")],
    subject="PE bag at reception",
    date=(2025, 2, 6, 10, 48, 0),
    body=T("""
Hi Linh, a blue PE bag with your name inside has been handed in to reception. Please come and collect it at break.
Mrs Lomax, School Office
"""))

# 069 FLAG plain disability slur -------------------------------------------------
add(label="flag", slug="set5_disability_slur", client="owa", fmt="plain", cte="7bit",
    note="ableist slur about pupils: 'proper retards' (plain) [slur]",
    frm=CROWTHER, to=[WHITFIELD],
    subject="swap Thursday?",
    date=(2025, 3, 5, 16, 45, 12),
    body=T("""
Aaron, any chance you'd swap me 9Y set 5 for your Y12s on Thursday P3? I can't do another lesson with that lot. Half of them are proper retards - I spent twenty minutes getting them to label a beaker. Honestly don't know why we're entering any of them for triple.

Nathan
"""))

# 070 clean hard: puddings ----------------------------------------------------
add(label="clean", slug="food_tech_british_puddings", client="outlook",
    note="food: spotted dick, toad in the hole, knickerbocker glory ingredient list to carer",
    frm=PICKERSGILL, to=[SAM],
    subject="Year 8 Food – ingredients for next half term",
    date=(2025, 2, 14, 14, 18, 25),
    body=T("""
Dear Sam,

Thank you for asking about ingredients – here is the list for Example Pupil Two's Food and Nutrition practicals after half term. Our theme is "Great British puddings and classics", to tie in with Great British Week in the canteen.

Week 1 – Spotted dick with custard: 100g self-raising flour, 50g vegetable suet, 50g currants, 25g sugar (custard provided)
Week 2 – Toad in the hole: 4 sausages (vegetarian or halal are fine), 1 egg, 100ml milk (flour provided)
Week 3 – Jam roly-poly: 2 tbsp jam (everything else provided)
Week 4 – Welsh rarebit: 2 slices of bread, 75g strong cheddar
Week 5 – Knickerbocker glory: a small tin of fruit and a named plastic tub to take it home in (ice cream provided)

We use vegetable suet, so the recipes are suitable for vegetarians. If buying ingredients is a problem in any week, please just let me know – we always keep a supply in school and no child will miss out.

Kind regards,

Mrs J. Pickersgill
Food & Nutrition
Example School | Park Row | Leeds LS1 4AP | 01632 960000
"""))

# 071 clean everyday --------------------------------------------------------
add(label="clean", slug="ucas_reference_extenuating", client="outlook", fmt="plain",
    note="head of sixth form sends extra information to a university admissions office",
    frm=RAMAN, to=[("Undergraduate Admissions", "ug.admissions@example.org")],
    subject="Additional information – applicant Kemi Okafor (UCAS Personal ID 123-456-7890)",
    date=(2025, 2, 4, 9, 37, 15),
    body=T("""
Dear Admissions Team,

I am writing, with Kemi's consent, in support of her application to your BA English Literature programme.

Her reference explains that Kemi missed a significant part of Year 12 because of a serious illness in her immediate family, during which she took on caring responsibilities at home. I would like to confirm that her predicted grades (A*AA) were set after she returned to full attendance and reflect her current work, and that her mock examination results in January were in line with them.

If it would help, I would be happy to provide any further information. I can be reached on 01632 960000 or at this address.

Yours faithfully,

Priya Raman
Head of Sixth Form
Example School Sixth Form
Park Row, Leeds LS1 4AP
"""))

# 072 FLAG text attachment (CSV) --------------------------------------------------
SEATING_CSV = T("""
Seat,Pupil,Notes
A1,Tyler W,"little shit, keep him away from the window"
A2,Marta K,EAL - sits with Dylan; can translate
A3,Dylan P,
B1,Kacey R,"gobby twat but very good at algebra, give her the extension"
B2,Jordan H,hearing aid - make sure he can see your face
B3,Ryan S,will piss about if he's anywhere near Kyle
C1,Kyle D,"send to Mr Costa if he starts, don't argue with him"
C2,Priya M,
C3,Hassan A,on report - sign his card at the end
""") + "\n"
add(label="flag", slug="seating_plan_csv_notes", client="outlook", fmt="plain",
    note="swearing in author's own notes column of an attached CSV seating plan; body clean",
    frm=ADEBAYO, to=[MENSAH],
    subject="10X4 tomorrow P2",
    date=(2025, 1, 23, 17, 2, 30),
    body=T("""
Joe,

Thanks so much for covering 10X4 tomorrow period 2. The work is simultaneous equations, exercise 4B in the textbook (answers are in the teacher's copy on my desk).

Seating plan attached – the notes column is for you, not for the board!

Ruth
"""),
    attach=[("10X4_seating_plan.csv", "text/csv", SEATING_CSV.encode("utf-8"))])

# 073 clean hard: A-level RE sexual ethics ---------------------------------------
add(label="clean", slug="alevel_re_sexual_ethics_reading", client="outlook",
    note="RE A-level sexual ethics reading list (homosexuality, contraception) for Y13",
    frm=NOWAK, to=[pu("Kemi Okafor", "18kokafor"), pu("Yusuf Patel", "18ypatel"),
                   pu("Niamh Doyle", "18ndoyle")],
    subject="Sexual ethics – reading for after half term",
    date=(2025, 2, 14, 15, 52, 7),
    body=T("""
Dear all,

After half term we begin the sexual ethics topic: premarital and extramarital sex, homosexuality, and the debates about contraception. Please do the following reading over the holiday:

1. Humanae Vitae, sections 11–14 (on the Teams page). Note the argument from natural law and the "unitive and procreative" ends of sex.
2. The Catechism of the Catholic Church, paragraphs 2357–2359 on homosexual persons. Read the language carefully: the distinction it draws between persons and acts, and the criticisms of that distinction from within and outside the Church.
3. The extract on utilitarian and situation-ethics approaches to sexual relationships (in your textbook, chapter 9).

You'll need to be able to explain and evaluate the natural law, situation ethics and utilitarian positions on each issue, and to use scholarly views accurately.

We'll agree some ground rules at the start of the first lesson. This is a topic that touches many people's lives, including people in our own community and families, so I expect discussion to be serious, honest and respectful.

Enjoy the break.

Mr Nowak

""") + SIG_NOWAK)

# 074 clean everyday ------------------------------------------------------
add(label="clean", slug="y8_friendship_reply_carer", client="thunderbird", fmt="plain", cte="8bit",
    note="HoY8 reassuring reply to carer about friendship worries",
    frm=COSTA, to=[SAM],
    subject="Re: Example Pupil Two – friendship worries",
    date=(2025, 3, 4, 19, 12, 3),
    body=T("""
Dear Sam,

Thank you for letting me know – it's really helpful when families tell us early.

I had a chat with Example Pupil Two at lunch today, just the two of us. They told me about the falling-out in their friendship group and that lunchtimes have been lonely this week. I've asked their form tutor, Mr Okonjo, to keep an eye on things, and I've invited them to the lunchtime games club in R2, which is a quieter space with some lovely Year 8s in it. They seemed keen.

I'll check in again on Friday and let you know how it's going. If things get worse in the meantime, please ring me on 01632 960000.

Best wishes,

Mr R. Costa
Head of Year 8
Example School
"""),
    quote=dict(style="wrote", attr="On 03/03/2025 20:44, Sam Carer wrote:", text=T("""
Hi Mr Costa, Example Pupil Two has been really upset the last few nights. They say their friends have stopped talking to them and they're eating lunch on their own. Can you keep an eye out please? I don't want to make a fuss.
Sam
""")))

# 075 clean hard: reply to pupil, swearing only in pupil's quoted text -------------------
add(label="clean", slug="detention_reply_pupil_quoted", client="owa", fmt="plain", cte="7bit",
    note="calm teacher reply; 'bullshit' only in the Y11 pupil's quoted message",
    frm=MENSAH, to=[pu("Tom Byrne", "20tbyrne")],
    subject="RE: detention",
    date=(2025, 3, 17, 18, 30, 44),
    body=T("""
Tom,

I'm not going to reply to the way you've written this, but I will reply to the point.

The detention is for three weeks of missing homework, not one. If the website isn't saving your work, come and show me on your phone or in the library at break tomorrow and I'll happily look at the history with you. If it turns out the work was done, the detention goes.

For the future: if you'd said this to my face in a lesson it would have been a much bigger issue. Think before you press send.

Mr Mensah
"""),
    quote=dict(style="outlook", hdr=[("From", "Tom Byrne <20tbyrne@pupils.example-school.org.uk>"),
                                     ("Sent", "17 March 2025 17:55"),
                                     ("To", "Joseph Mensah <j.mensah@example-school.org.uk>"),
                                     ("Subject", "detention")],
               text=T("""
sir this detention is bullshit i did the homework it just didnt save on the stupid website. not fair
""")))

# 076 clean everyday --------------------------------------------------------
add(label="clean", slug="repro_print_request_booklet", client="outlook",
    note="short reprographics print request with PDF",
    frm=MOYNIHAN, to=[REPRO],
    subject="Print request – Y7 RE booklet",
    date=(2025, 2, 21, 8, 20, 11),
    body=T("""
Hi,

Please could I have 210 copies of the attached booklet for Year 7 RE – A4, double-sided, stapled top left, by Monday lunchtime if possible.

Thank you!
Clare
Clare Moynihan | RE | R3
"""),
    attach=[("Y7_RE_Covenant_booklet.pdf", "application/pdf", make_pdf([
        "Year 7 RE - The Covenant",
        "Lesson 1: Abraham and the promise",
        "Lesson 2: Moses and the burning bush",
        "Lesson 3: The Ten Commandments",
        "Lesson 4: The Ark of the Covenant",
        "Lesson 5: The Covenant in the life of the Church today",
        "Name: __________________  Form: ______"]))])

# 077 FLAG plain in subject (forward) ----------------------------------------------
add(label="flag", slug="cover_again_subject_swear", client="outlook", fmt="plain",
    note="swearing in the plain subject of a forward to a colleague: 'for fuck's sake'",
    frm=KENWORTHY, to=[ARMITAGE],
    subject="FW: Cover - Period 5 today - for fuck's sake",
    date=(2025, 3, 6, 11, 4, 52),
    body=T("""
Third one this week. Haven't had a free since half term. Coffee at break?

R
"""),
    quote=dict(style="fwd", hdr=[("From", "Cover <cover@example-school.org.uk>"),
                                 ("Sent", "06 March 2025 10:58"),
                                 ("To", "Rob Kenworthy <r.kenworthy@example-school.org.uk>"),
                                 ("Subject", "Cover - Period 5 today")],
               text=T("""
Cover notification

Staff: Mr R. Kenworthy
Date: Thursday 6 March 2025
Period: 5 (14:10 – 15:10)
Class: 9Z/Gg1 (Geography)
Room: H5
Absent teacher: Mr O. Thackeray
Work: on the shared drive – Cover > Thackeray > 06 Mar

Please collect the register from H5 at the start of the lesson. Thank you.
""")))

# 078 clean hard: online safety report quoting messages ----------------------------
add(label="clean", slug="dsl_snapchat_group_concern", client="outlook",
    note="HoY's report to DSL quoting sexualised insults from a pupil group chat (staff-only)",
    frm=QUINN, to=[DSL], cc=[OGUNLEYE],
    subject="Online concern – Y10 group chat (possible image sharing)",
    date=(2025, 3, 12, 10, 26, 39),
    body=T("""
Niamh,

E (10K) came to see me at break with her mum's knowledge, to show me messages from a Year 10 Snapchat group over the weekend. I have only looked at the text messages on her phone; I have not viewed or asked for any images, in line with the guidance.

The messages I saw, word for word:
– R (10M): "send nudes or I'll tell everyone you're a slag anyway"
– R (10M), after E refused: "frigid bitch"
– another boy, D (10R): "she's a sket, everyone knows"

E says she has not sent any images. However, in the same chat R claims to have "a pic" of another girl, S (10R), and says he will "drop it" if she doesn't reply to him. I don't know whether such an image exists.

E is upset but calm; she has gone back to lessons and knows she can come to me at any time. Her mum would like a call this afternoon.

I haven't spoken to R, D or S yet, as I wanted your advice first on the possible image and whether police need to be involved. I've written everything up on CPOMS with screenshots of the text only.

Siobhán

""") + SIG_QUINN)

# 079 clean everyday ----------------------------------------------------------
OPTIONS_PLAIN = T("""
Dear Year 9,

Options Evening is next Thursday, 13 February, from 5.00pm to 7.00pm in the Main Hall. Please come with your parents or carers – it is the best chance you'll have to ask questions before you choose your GCSE subjects.

What you need to know:
- Everyone studies English Language and Literature, Maths, Science (combined or triple), RE (full course) and core PE.
- You then choose three further subjects, one of which should normally be a language, History or Geography.
- Northgate College will be there with taster information about the vocational courses that some of you can take on their site from Year 10.

The options booklet is on Teams and a paper copy will come home on Monday. Read it before the evening and write your questions down.

Option forms are due back by Friday 28 February.

See you there,
Mr Brennan
Head of Year 9
""")
OPTIONS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Year 9,</p>
<p><b>Options Evening is next Thursday, 13 February, from 5.00pm to 7.00pm in the Main Hall.</b> Please come with your parents or carers &ndash; it is the best chance you&#8217;ll have to ask questions before you choose your GCSE subjects.</p>
<p>What you need to know:</p>
<ul>
<li>Everyone studies English Language and Literature, Maths, Science (combined or triple), RE (full course) and core PE.</li>
<li>You then choose three further subjects, one of which should normally be a language, History or Geography.</li>
<li>Northgate College will be there with taster information about the vocational courses that some of you can take on their site from Year 10.</li>
</ul>
<p>The options booklet is on Teams and a paper copy will come home on Monday. Read it before the evening and write your questions down.</p>
<p>Option forms are due back by <b>Friday 28 February</b>.</p>
<p>See you there,<br>Mr Brennan<br>Head of Year 9</p>
</body></html>
"""
add(label="clean", slug="y9_options_evening", client="outlook",
    note="HoY9 reminds year group about GCSE options evening",
    frm=BRENNAN, to=[Y9LIST],
    subject="Options Evening – next Thursday",
    date=(2025, 2, 6, 12, 40, 20),
    body=OPTIONS_PLAIN, plain=OPTIONS_PLAIN + "\n", html=OPTIONS_HTML)

# 080 clean everyday (two-line reply) ------------------------------------------------
add(label="clean", slug="attendance_list_short_reply", client="outlook",
    note="two-line reply to attendance officer",
    frm=BRENNAN, to=[ATTEND],
    subject="RE: 9N attendance – pupils below 90%",
    date=(2025, 3, 14, 13, 5, 27),
    body=T("""
Thanks Karen – I'll ring the three families after period 5 and update CPOMS.
Liam
"""),
    quote=dict(style="outlook", hdr=[("From", "Karen Whitworth <attendance@example-school.org.uk>"),
                                     ("Sent", "14 March 2025 11:46"),
                                     ("To", "Liam Brennan <l.brennan@example-school.org.uk>"),
                                     ("Subject", "9N attendance – pupils below 90%")],
               text=T("""
Hi Liam,

Three pupils in 9N have dropped below 90% this half term (list on the attendance tab in the MIS). Could you or the form tutor make contact with home this week?

Thanks,
Karen
""")))


# =========================================================================== output

README = """# Round 11 hold-out corpus – obscene-language (BLIND)

**Blind test set. Never use it for tuning, never read it while changing rules, and
never add these messages to development tests.** It was written without looking at
mailguard's code, rules, tests or docs, so that it measures how the filter does on
mail nobody has tuned it against.

## What it is

80 complete RFC 5322 messages (`.eml`) of outgoing mail from staff at "Example School",
a large inner-city Catholic voluntary-aided 11–18 school in Leeds (Park Row, LS1 4AP,
01632 960000) that runs its post-16 and apprenticeship offer in partnership with an FE
college (Northgate College). The mail covers chaplaincy and liturgy, the RE department,
the sixth form, careers and apprenticeships, pastoral and safeguarding work, SEND,
cover, exams, trips and everyday admin.

Each message is labelled `flag` or `clean` for the policy line: staff must not use
obscene language or swear words, nor make offensive comments on grounds of gender,
race, disability, age, religion or sexual orientation. Labels follow the policy's
intent as a designated safeguarding lead would judge it: the staff author's **own**
words count; words a pupil or parent said, quoted by staff in a report, a reply or a
lesson resource, do not.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc,
space-separated; judgement calls are marked `[unsure]`, slurs `[slur]`).

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing / slurs in the author's own words | 8 |
| flag | disguised (masks, leetspeak, stretched letters, separators, homoglyphs, full-width, zero-width, HTML tags/entities, QP soft break, base64 body, RFC 2047 subject) | 12 |
| clean | everyday school mail | 30 |
| clean | hard negatives | 30 |
| **total** | | **80** (20 flag, 60 clean) |

## Kinds of case

Flags: staff-to-staff venting (about parents, visitors, the cover app, the marking
policy, the budget, a car park), a PE teacher's e-mail to a parent, a teacher's e-mail to
a Year 13 pupil, a swear word only in the subject, swearing only in the notes column
of an attached CSV seating plan, and four offensive remarks on protected grounds
(race, sexual orientation, disability, gender/age).

Hard negatives: place names (Cockermouth, Scunthorpe, Clitheroe, Penistone,
Shitterton, Sussex/Middlesex), surnames (Cockburn, Dickens, Hancock, Shufflebottom,
Wankhede), food (faggots, cock-a-leekie, spotted dick, knickerbocker glory), birds
(tits, cocks and hens, shag), sports kit and positions (hooker, box), science and
RSE vocabulary, SEND terms (coprolalia, spastic diplegia), RE and history vocabulary
("shittim wood", Balaam's ass, William the Bastard), set texts (King Lear, Romeo and
Juliet), Spanish and German false friends, safeguarding reports to the DSL that quote
pupils verbatim, a DSL referral to social care quoting a parent, toilet graffiti
reported to the site team, a draft behaviour policy quoting example phrases, and
polite replies where the abuse is only in the parent's or pupil's quoted message.

Formats: text/plain, multipart/alternative (Outlook and Apple Mail style), HTML-only
newsletters, Outlook "From/Sent/To/Subject" quote blocks, "On … wrote:" quotes,
forwards, PDF/CSV/ICS attachments, 7bit, 8bit, quoted-printable and base64 bodies,
RFC 2047 encoded subjects and display names. CRLF line endings.

## How it was made / regenerate

Written by hand as a deterministic Python 3.11 (standard library only) generator:

    python3 tests/holdout/round11/make_round11_obscene.py

It rewrites the `.eml` files, `labels.csv` and this README in
`tests/holdout/round11/obscene-language/`. Dates, Message-IDs and MIME boundaries are
fixed, so the output is byte-identical on every run. All people, addresses and phone
numbers are fictitious (Ofcom drama ranges; example.com/.org/.net for outside bodies).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for m in CORPUS:
        fname = f"{m['n']:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m))
        rcpts = [a[1] for a in m["to"]] + [a[1] for a in m.get("cc", [])]
        rows.append([fname, m["label"], m["frm"][1], " ".join(rcpts), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README)
    n_flag = sum(1 for r in rows if r[1] == "flag")
    print(f"wrote {len(rows)} messages ({n_flag} flag, {len(rows) - n_flag} clean) to {OUT}")


if __name__ == "__main__":
    main()
