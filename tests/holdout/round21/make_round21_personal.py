#!/usr/bin/env python3
"""Round 21 blind hold-out corpus: personal-address-to-parent.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
personal-address-to-parent/ next to this script. Python 3.11 stdlib only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so running it
twice gives byte-identical output.

Setting: an 11-16 school in a former mining town in South Yorkshire (the
school's registered address is the example one, Park Row, Leeds LS1 4AP).
All people, streets, businesses and mailboxes are invented; phone numbers are
from the Ofcom drama ranges only.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import random
import re
import struct
import textwrap
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUPDOM = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {
    "lindley": ("Gary Lindley", "g.lindley"),
    "stubbs": ("Darren Stubbs", "d.stubbs"),
    "ackroyd": ("Chloe Ackroyd", "c.ackroyd"),
    "hinchliffe": ("Mark Hinchliffe", "m.hinchliffe"),
    "chaudhry": ("Priya Chaudhry", "p.chaudhry"),
    "beverley": ("Tom Beverley", "t.beverley"),
    "beaumont": ("Lorraine Beaumont", "l.beaumont"),
    "fairburn": ("Joanne Fairburn", "j.fairburn"),
    "hardcastle": ("Bev Hardcastle", "b.hardcastle"),
    "whiteley": ("Callum Whiteley", "c.whiteley"),
    "marsden": ("Kev Marsden", "k.marsden"),
    "booth": ("Tracey Booth", "t.booth"),
    "gelder": ("Phil Gelder", "p.gelder"),
    "oldroyd": ("Amy Oldroyd", "a.oldroyd"),
    "hepworth": ("Karen Hepworth", "k.hepworth"),
    "sykes": ("Rachel Sykes", "r.sykes"),
    "rawlings": ("Josh Rawlings", "j.rawlings"),
    "fretwell": ("Leanne Fretwell", "l.fretwell"),
    "walsh": ("Sue Walsh", "s.walsh"),
    "senior": ("Adrian Senior", "a.senior"),
    "exams": ("Exams Office", "exams"),
    "attendance": ("Example School Attendance", "attendance"),
    "office": ("Example School Office", "office"),
    "dsl": ("Denise Royston (DSL)", "dsl"),
    "ogden": ("Steve Ogden", "s.ogden"),
    "finance": ("Sandra Goldthorpe", "finance"),
    "hr": ("Gill Hirst (HR)", "hr"),
    "dyson": ("Wayne Dyson", "w.dyson"),
    "khan": ("Nadia Khan", "n.khan"),
    "pickersgill": ("Lee Pickersgill", "l.pickersgill"),
    "moxon": ("Helen Moxon", "h.moxon"),
    "careers": ("Careers – Mrs Moxon", "careers"),
    "cover": ("Cover Office", "cover"),
    "library": ("Zoë Marsh (Library)", "library"),
    "baxter": ("Ryan Baxter", "r.baxter"),
    "lodge": ("Hannah Lodge", "h.lodge"),
    "aziz": ("Imran Aziz", "i.aziz"),
    "fieldsend": ("Neil Fieldsend", "n.fieldsend"),
    "bramall": ("Jo Bramall", "j.bramall"),
    "royston": ("Denise Royston", "d.royston"),
    "allstaff": ("All Staff", "allstaff"),
    "governors": ("Governing Body", "governors"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}

PUPILS = {
    # Year 11 (joined 2020)
    "20dwalker": "Dylan Walker", "20lshaw": "Lucy Shaw", "20nmellor": "Nathan Mellor",
    "20pjagger": "Poppy Jagger", "20ahussain": "Adam Hussain", "20abatty": "Amelia Batty",
    "20tcrossley": "Tom Crossley", "20kcarer": "Kian Carer",
    # Year 10
    "21ebrook": "Ellie Brook", "21oholt": "Owen Holt", "21sbegum": "Sana Begum",
    "21mwood": "Millie Wood", "21gpeel": "Grace Peel", "21tguardian": "Tyler Guardian",
    # Year 9
    "22rbarraclough": "Reece Barraclough", "22cdenton": "Charlie Denton",
    "22lmilner": "Liam Milner", "22jnaylor": "Jayden Naylor",
    # Year 8
    "23kfirth": "Kacey Firth", "23hwhittaker": "Harvey Whittaker", "23ebenn": "Evie Benn",
    # Year 7
    "24fparkin": "Freddie Parkin",
}


def A(key):
    """(display name, address) for a staff key, parent key, pupil local part or raw tuple."""
    if isinstance(key, tuple):
        return key
    if key in STAFF:
        name, local = STAFF[key]
        return (name, f"{local}@{DOM}")
    if key in PARENTS:
        return PARENTS[key]
    if key in PUPILS:
        return (PUPILS[key], f"{key}@{PUPDOM}")
    raise KeyError(key)


# --------------------------------------------------------------------------
# Low-level MIME helpers (raw text, so that output is fully deterministic)
# --------------------------------------------------------------------------
def hx(s, n):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def D(y, mo, d, h, mi, s=0):
    dt = datetime(y, mo, d, h, mi, s)
    bst = datetime(2025, 3, 30, 1, 0) <= dt < datetime(2025, 10, 26, 1, 0)
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0))))


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def fmt_addr_list(keys, header_len):
    items = [fmt_addr(A(k)) for k in keys]
    out, line = "", header_len
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if i and line + len(piece) + 1 > 76:
            out += "\n " + piece
            line = 1 + len(piece)
        else:
            out += (" " if i else "") + piece
            line += len(piece) + (1 if i else 0)
    return out


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith("\n") else body + "\n"

    def render(self):
        return "".join(f"{k}: {v}\n" for k, v in self.headers) + "\n" + self.body


def encode_body(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        text.encode("ascii")  # must be pure ASCII
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def text_part(text, subtype="plain", cte="quoted-printable", charset='"utf-8"', flowed=False):
    ct = f"text/{subtype}; charset={charset}"
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(text, cte))


def multipart(subtype, parts, boundary, extra=""):
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p.render() + "\n"
    body += f"--{boundary}--\n"
    return Part([("Content-Type", f'multipart/{subtype};{extra}\n\tboundary="{boundary}"')], body)


def attachment(data, ctype, filename, client):
    hdrs = [("Content-Type", f'{ctype}; name="{filename}"')]
    if client == "outlook":
        hdrs.append(("Content-Description", filename))
        hdrs.append(("Content-Disposition",
                     f'attachment; filename="{filename}"; size={len(data)};\n'
                     f'\tcreation-date="Mon, 06 Jan 2025 09:00:00 GMT";\n'
                     f'\tmodification-date="Mon, 06 Jan 2025 09:00:00 GMT"'))
    else:
        hdrs.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hdrs, base64.encodebytes(data).decode("ascii"))


# --------------------------------------------------------------------------
# Plain-text wrapping that never splits a phone number or postcode by accident
# --------------------------------------------------------------------------
_PROTECT = [
    (re.compile(r"(?<=\d) (?=\d)"), "\x00"),
    (re.compile(r"(?<=\d\)) (?=\d)"), "\x00"),
    (re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b"), "\\1\x00\\2"),
]


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        prot = line
        for rx, rep in _PROTECT:
            prot = rx.sub(rep, prot)
        for w in textwrap.wrap(prot, width=width, break_long_words=False, break_on_hyphens=False):
            out.append(w.replace("\x00", " "))
    return "\n".join(out)


# --------------------------------------------------------------------------
# HTML renderings of a plain body, in the style of the sending client
# --------------------------------------------------------------------------
def _nb(s, nbsp):
    s = html.escape(s, quote=False)
    if nbsp:
        s = re.sub(r"(?<=\d) (?=\d)", "&nbsp;", s)
    return s


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text, nbsp=False):
    out = [OUTLOOK_HEAD]
    in_hdr = False
    for line in text.rstrip("\n").split("\n"):
        if re.fullmatch(r"_{10,}", line.strip()):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            in_hdr = True
            continue
        m = re.match(r"^(From|Sent|To|Cc|Subject):\s?(.*)$", line)
        if in_hdr and m:
            out.append(f'<p class="MsoNormal"><b>{m.group(1)}:</b> {_nb(m.group(2), nbsp)}<o:p></o:p></p>')
            continue
        if in_hdr and not m:
            out.append("</div>")
            in_hdr = False
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{_nb(line, nbsp)}<o:p></o:p></p>')
    if in_hdr:
        out.append("</div>")
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def html_gmail(text, nbsp=False):
    lines = text.rstrip("\n").split("\n")
    main, attr, quoted = [], None, []
    for i, line in enumerate(lines):
        if attr is None and re.match(r"^On .+ wrote:$", line) and i + 1 < len(lines) and lines[i + 1].startswith(">"):
            attr = line
            continue
        if attr is not None:
            quoted.append(re.sub(r"^> ?", "", line))
        else:
            main.append(line)
    body = []
    for line in main:
        body.append("<div><br></div>" if not line.strip() else f"<div>{_nb(line, nbsp)}</div>")
    s = '<div dir="ltr">' + "\n".join(body) + "</div>"
    if attr:
        q = "<br>\n".join(_nb(x, nbsp) for x in quoted)
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + _nb(attr, False) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + q + "</blockquote></div>")
    return s + "\n"


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------
def message_id(client, slug):
    if client == "outlook":
        pr = "DB9PR01MB" + hx(slug + "pr", 4).upper()
        return f"<{pr}{hx(slug, 28).upper()}@{pr}.eurprd01.prod.exchangelabs.com>", pr
    if client == "gmail":
        raw = hashlib.sha256(slug.encode()).digest()
        tok = base64.b64encode(raw[:33]).decode().replace("/", "_").replace("=", "")
        return f"<CA{tok}@mail.gmail.com>", None
    u = hx(slug, 32).upper()
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{DOM}>", None


def boundary(client, slug, kind, pr=None):
    if client == "outlook":
        n = {"alt": "000", "mixed": "004"}[kind]
        return f"_{n}_{pr}{hx(slug + kind, 24).upper()}_"
    if client == "gmail":
        return "000000000000" + hx(slug + kind, 16)
    u = hx(slug + kind, 32).upper()
    return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"


PARENT_MSGID_DOMAIN = {
    "jane.parent@gmail.com": "mail.gmail.com",
    "sam.carer@outlook.com": "PAXPR08MB7012.eurprd08.prod.outlook.com",
    "ali.guardian@btinternet.com": "btinternet.com",
}

MESSAGES = []


def msg(label, slug, note, frm, to, subject, date, body, *, cc=(), fmt="plain", client="outlook",
        cte=None, html_body=None, attachments=(), reply_to=None, reply_of=None, nbsp=False,
        wrap=True, html_cte="quoted-printable", extra_headers=()):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt, client=client, cte=cte,
                         html_body=html_body, attachments=list(attachments), reply_to=reply_to,
                         reply_of=reply_of, nbsp=nbsp, wrap=wrap, html_cte=html_cte,
                         extra_headers=list(extra_headers)))


def build(m):
    slug, client = m["slug"], m["client"]
    mid, pr = message_id(client, slug)
    body = m["body"].lstrip("\n")
    ascii_ok = all(ord(c) < 128 for c in body)
    cte = m["cte"]
    if cte is None:
        if m["fmt"] == "plain" and client != "outlook":
            cte = "7bit" if ascii_ok else "8bit"
        elif client == "gmail":
            cte = "7bit" if ascii_ok else "quoted-printable"
        else:
            cte = "quoted-printable"
    plain = wrap_text(body) if (cte in ("7bit", "8bit") and m["wrap"]) else body
    charset = '"utf-8"' if client == "outlook" else '"UTF-8"'
    if client == "apple" and ascii_ok:
        charset = "us-ascii"

    if m["fmt"] == "plain":
        top = text_part(plain, "plain", cte, charset)
    elif m["fmt"] in ("alt", "html"):
        if m["html_body"] is not None:
            h = m["html_body"]
        elif client == "outlook":
            h = html_outlook(body, m["nbsp"])
        else:
            h = html_gmail(body, m["nbsp"])
        hp = text_part(h, "html", m["html_cte"], charset if charset != "us-ascii" else '"UTF-8"')
        if m["fmt"] == "html":
            top = hp
        else:
            top = multipart("alternative", [text_part(plain, "plain", cte, charset), hp],
                            boundary(client, slug, "alt", pr))
    else:
        raise ValueError(m["fmt"])

    if m["attachments"]:
        atts = [attachment(data, ctype, fn, client) for (fn, ctype, data) in m["attachments"]]
        top = multipart("mixed", [top] + atts, boundary(client, slug, "mixed", pr))

    frm = A(m["frm"])
    hdrs = [("From", fmt_addr(frm))]
    hdrs.append(("To", fmt_addr_list(m["to"], 4)))
    if m["cc"]:
        hdrs.append(("Cc", fmt_addr_list(m["cc"], 4)))
    hdrs.append(("Subject", enc_subject(m["subject"])))
    if client == "outlook":
        topic = re.sub(r"^(RE|Re|FW|Fwd|FW):\s*", "", m["subject"])
        hdrs.append(("Thread-Topic", enc_subject(topic)))
        hdrs.append(("Thread-Index", base64.b64encode(hashlib.sha256(("ti" + slug).encode()).digest()[:22]).decode()))
    hdrs.append(("Date", m["date"]))
    hdrs.append(("Message-ID", mid))
    if m["reply_of"]:
        addr = A(m["reply_of"])[1]
        dom = PARENT_MSGID_DOMAIN.get(addr, addr.split("@")[1])
        ref = f"<{hx(slug + 'parent', 20).upper()}@{dom}>"
        hdrs.append(("References", ref))
        hdrs.append(("In-Reply-To", ref))
    if m["reply_to"]:
        hdrs.append(("Reply-To", fmt_addr(A(m["reply_to"]))))
    for k, v in m["extra_headers"]:
        hdrs.append((k, v))
    if client == "outlook":
        hdrs.append(("Accept-Language", "en-GB, en-US"))
        hdrs.append(("Content-Language", "en-GB"))
        hdrs.append(("X-MS-Has-Attach", "yes" if m["attachments"] else ""))
        hdrs.append(("X-MS-TNEF-Correlator", ""))
    elif client == "apple":
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    hdrs.append(("MIME-Version", "1.0"))
    text = "".join(f"{k}: {v}\n" if v else f"{k}:\n" for k, v in hdrs)
    text += top.render()
    return text.encode("utf-8")


# --------------------------------------------------------------------------
# Attachment payload makers
# --------------------------------------------------------------------------
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20250106090000Z) >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def make_png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


# ==========================================================================
# FLAG: staff giving parents/pupils their own personal contact details
# ==========================================================================

msg("flag", "band_contest_mobile",
    "band leader gives parent his personal mobile for contest day",
    "lindley", ["jane"], "Saturday – Spring Festival at Doncaster", D(2025, 5, 15, 16, 48, 12), """
Hi Jane,

Thanks for sorting Maisie's form, she's all set for Saturday. We're meeting in the band room at 7.15 to load the instruments and the coach leaves at 7.45 sharp. If she's coming straight from her dad's that's fine, just make sure she's had summat to eat because it's a long morning and we don't play till about 11.40.

She'll need full uniform and black shoes (not trainers, I've had to send two home before now). The cornets are going on the van with me so she only needs to bring her mouthpiece.

Coming back we should be at school for about 4, but it depends on the results and how long the adjudicator takes. If we're running late or owt changes I'll ring round. If you need me on the day just ring my mobile, 07700 900312 - don't bother ringing school as there'll be nobody in the office on a Saturday.

Fingers crossed. They sounded grand on Tuesday.

Gary

Mr G Lindley
Director of Music & Band Leader
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", client="gmail")

msg("flag", "u14_whatsapp_group",
    "PE teacher sets up squad WhatsApp group via own mobile (+44 format), sent to pupils",
    "stubbs", ["22rbarraclough", "22cdenton", "22lmilner", "22jnaylor"],
    "U14 cup semi – Wednesday", D(2025, 3, 10, 12, 5, 40), """
Lads,

Well done Saturday, that second half was the best we've played all season.

Semi-final is Wednesday after school, away at Kirkby Main Academy, kick off 4pm. Minibus leaves from outside the sports hall at 3.20 so get changed at dinner and don't dawdle out of period 5 - I've told your teachers you're leaving a bit early.

I'm fed up of chasing folk round school every time a fixture changes, so I'm setting up a WhatsApp group for the squad. Send me a message on +44 7700 900544 with your name and I'll add you. Tell your mams and dads it's just for football stuff, times and kit and that.

Bring shin pads. Jayden, that means you.

Mr Stubbs

D Stubbs | PE Department
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", fmt="alt")

msg("flag", "coursework_own_hotmail",
    "English teacher asks pupil to send coursework photos to her personal hotmail",
    "ackroyd", ["21ebrook"], "Re: my story for the coursework", D(2025, 3, 23, 19, 12, 3), """
Hi Ellie,

Don't panic, nowt's been lost. The school email keeps bouncing big attachments at the minute (IT are on with it), so for tonight just send the photos of your draft to my own email, chloe.ackroyd88@hotmail.co.uk, and I'll have a look before school tomorrow.

From what you've said the ending sounds miles better already. Remember you only need the last two paragraphs redrafting, not the whole thing.

Miss Ackroyd

On Sun, 23 Mar 2025 at 18:40, Ellie Brook <21ebrook@pupils.example-school.org.uk> wrote:
> miss the photos wont attach it keeps saying its too big. ive done the
> ending again like you said. can i just bring it in tomorrow or will
> that be too late
""", client="gmail", reply_of="21ebrook")

msg("flag", "prom_replyto_gmail",
    "Reply-To header is Head of Year's personal gmail on mail to a parent",
    "hinchliffe", ["sam"], "Re: Prom – Kian's ticket", D(2025, 4, 29, 21, 37, 50), """
Hi Sam,

Thanks for getting back to me. Yes, paying in instalments is absolutely fine. We've got a few families doing it that way, so please don't feel awkward about it. The balance is due by the end of May, but if that's tight just let me know and we'll sort something out quietly - nobody else needs to know.

Kian's asked to sit with the lads from the band, which should be easy enough. Could you check with him whether he's having the roast or the veggie option? The hotel want numbers by Friday.

I'm mostly out of school on exam duties for the next few weeks, so just reply to this and it'll come straight to me.

Best wishes,
Mark

Mr M Hinchliffe
Head of Year 11
Example School · Park Row · Leeds LS1 4AP · 01632 960000
""", fmt="alt", client="gmail", reply_of="sam",
    reply_to=("Mark Hinchliffe", "markhinchliffe76@gmail.com"))

msg("flag", "senco_cc_home_yahoo",
    "SENCo copies her personal yahoo address to a parent and invites him to use it",
    "chaudhry", ["ali"], "Tyler – access arrangements paperwork", D(2025, 5, 8, 16, 20, 31), """
Dear Mr Guardian,

Thank you for coming in on Tuesday. It was really helpful to talk things through with you and Tyler together, and I thought he explained how exams feel for him really well.

As promised, here is a summary of what we agreed:

1. I will complete the access arrangements application this week so that Tyler can have 25% extra time and a reader in his GCSEs next summer. His assessment with Mrs Daley is booked for 19 June.
2. Tyler will use a laptop in English and History from after half term, as he already does in The Bridge.
3. You are going to ask the GP for a copy of the letter about his hearing, so we can add it to his file.

I've copied in my home email because I'm working from home on Friday to get the paperwork finished. If you can scan or photograph the GP letter, send it to either address and I'll pick it up.

Kind regards,

Mrs P Chaudhry
SENCo
Example School
Park Row, Leeds LS1 4AP
Tel 01632 960000
""", cc=[("Priya Chaudhry", "priya.chaudhry@yahoo.co.uk")])

msg("flag", "allotment_drop_at_mine",
    "science teacher gives two parents his home address and postcode to drop seedlings off",
    "beverley", ["jane", "sam"], "Allotment club – seedlings over Easter", D(2025, 4, 3, 15, 55, 9), """
Hello both,

Maisie and Kian have both said they'd like to take some of the tomato and courgette seedlings home to look after over the Easter holidays, which is brilliant. The greenhouse at school gets far too hot with nobody in to open the vents.

They'll bring them home on Friday in old margarine tubs. They just need a sunny windowsill and a splash of water every other day. They're a bit nesh at this stage, so if it turns cold at night pull them back from the glass.

School's shut over the holiday, so when they're ready to come back you can drop them off at mine: 27 Wharncliffe Terrace, Low Hollins, S63 9QT. Just leave them by the back door if I'm out - it's the house with the green gate at the bottom of the snicket.

Thanks ever so much,
Tom Beverley
Science / Allotment Club
Example School, Park Row, Leeds LS1 4AP
""", client="apple")

msg("flag", "ta_home_landline_qp",
    "TA gives parent her home landline to ring in the evenings (quoted-printable)",
    "beaumont", ["jane"], "Maisie’s reading this week", D(2025, 2, 7, 15, 41, 27), """
Hiya Jane,

Just a quick one to say Maisie’s done really well with her reading sessions this week – she read two whole chapters to me on Wednesday without stopping and she was dead proud of herself. I’ve put a sticker in her planner.

I know you said mornings are hard with your shifts at the care home, and I’m only in three days a week now so I’m not always about when you ring school. If you ever want a natter about how she’s getting on, ring me at home any evening after six on 0114 496 0732. I don’t mind at all, I’d rather that than you worrying.

Ta-ra love,
Lorraine

Mrs L Beaumont
Teaching Assistant
Example School • 01632 960000
""", cte="quoted-printable")

VCARD_FAIRBURN = crlf("""
BEGIN:VCARD
VERSION:3.0
N:Fairburn;Joanne;;Mrs;
FN:Joanne Fairburn
ORG:Example School;The Bridge
TITLE:Lead\\, Alternative Provision
TEL;TYPE=CELL,VOICE:07700 900628
EMAIL;TYPE=INTERNET,WORK:j.fairburn@example-school.org.uk
REV:2025-01-14T08:10:00Z
END:VCARD
""")

msg("flag", "ap_lead_vcard_mobile",
    "AP unit lead sends parent a vCard holding her own mobile and asks him to text her",
    "fairburn", ["ali"], "My contact details – Tyler's first week at The Bridge", D(2025, 1, 17, 16, 2, 44), """
Dear Ali,

It was good to meet you and Tyler on Monday. He's settled in better than either of us expected - he spent most of Thursday afternoon building a bird box with Kev and didn't want to go home.

As we said, the first few weeks are about getting him through the door every morning, so the most important thing is that we can get hold of each other quickly if he's having a bad start. I've attached my contact card with my mobile number on it. Save it in your phone and text me if he's not going to make it in, or if the morning's gone badly before he's left the house. I'd rather know before he gets here.

The Bridge timetable and the pick-up arrangements are on the letter he brought home.

Joanne

Joanne Fairburn
Lead, The Bridge (Alternative Provision)
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", fmt="alt", attachments=[("Joanne Fairburn.vcf", "text/x-vcard", VCARD_FAIRBURN)])

ICS_DOFE = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16011028T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:-0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:-0000
TZOFFSETTO:+0100
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250509T141200Z
DESCRIPTION:Bronze DofE practice walk.\\nMeet 08:30 at the school gates. Co
 llect 15:30 at Langsett Reservoir car park.\\nOn the morning\\, if anyone i
 s poorly or running late\\, ring or text Bev on my own mobile 07700 900734.
DTEND;TZID="GMT Standard Time":20250517T153000
DTSTAMP:20250509T141200Z
DTSTART;TZID="GMT Standard Time":20250517T083000
LAST-MODIFIED:20250509T141200Z
LOCATION:Example School main gates
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Bronze DofE practice walk
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000D0B1A2C3E4F5DB010000000000000000
 10000000A1B2C3D4E5F60718293A4B5C6D7E8F90
END:VEVENT
END:VCALENDAR
""")

msg("flag", "dofe_ics_own_mobile",
    "DofE lead's personal mobile inside an .ics invite sent to parents",
    "hardcastle", ["jane", "ali"], "Bronze DofE practice walk – Saturday 17 May", D(2025, 5, 9, 15, 14, 2), """
Dear parents,

Please find attached a calendar invite for the Bronze DofE practice walk on Saturday 17 May. We meet at the school gates at 8.30am and finish at Langsett Reservoir car park at around 3.30pm, where you'll need to collect.

Walking boots, waterproofs, a packed lunch and at least a litre of water, please. Check the forecast on Friday night and pack accordingly - if it's warm, suncream; if it's anything like last year, everything else.

I've put my number in the invite so you can let me know on the morning if anyone's poorly or running late.

Kind regards,
Mrs B Hardcastle
Geography & DofE Manager
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", attachments=[("Bronze practice walk.ics", "text/calendar", ICS_DOFE)])

HTML_WHITELEY = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Sam,</p>
<p>Thanks for your email. Kian's been working really hard in class since Christmas and his last assessment came out as a Grade&nbsp;4, so he's definitely heading the right way.</p>
<p>The after-school booster is on Tuesdays in M4 until 4.15. If he can't make Tuesdays because of his paper round, I'm happy to set him some extra bits on Sparx to do at home instead &ndash; just let me know which suits.</p>
<p>If it's easier to talk than email, my mobile is in my signature below, so feel free to give me a ring after school.</p>
<p>Many thanks,</p>
<table cellpadding="0" cellspacing="0" style="font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#1F3864">
<tr><td><b>Mr C Whiteley</b></td></tr>
<tr><td>Teacher of Mathematics</td></tr>
<tr><td>Example School, Park Row, Leeds LS1&nbsp;4AP</td></tr>
<tr><td>School:&nbsp;01632&nbsp;960000</td></tr>
<tr><td>Mobile:&nbsp;07700&nbsp;900&nbsp;271</td></tr>
</table>
<br>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Sam Carer &lt;sam.carer@outlook.com&gt;<br>
<b>Sent:</b> 03 February 2025 19:52<br>
<b>To:</b> Callum Whiteley &lt;c.whiteley@example-school.org.uk&gt;<br>
<b>Subject:</b> Kian - maths after school</p>
</div>
<p>Hi Mr Whiteley, Kian says he's been told to go to maths after school but he does his paper round Tuesdays. Is he doing alright? He says he's rubbish at it. Sam</p>
</body></html>
"""

msg("flag", "maths_html_sig_mobile",
    "ECT maths teacher offers parent his own mobile from an HTML-only signature (&nbsp;)",
    "whiteley", ["sam"], "RE: Kian - maths after school", D(2025, 2, 4, 16, 33, 18), "",
    fmt="html", html_body=HTML_WHITELEY, reply_of="sam")

msg("flag", "mentor_text_me_base64",
    "AP learning mentor gives a Year 11 pupil his own mobile (0044 format), base64 body",
    "marsden", ["20dwalker"], "half term", D(2025, 2, 14, 15, 27, 56), """
Alright Dylan,

Good week mate. You got in every day, which is the first full week since October, so be proud of that.

I know half term's hard when there's nowt to do and your lot are all kicking off. If you're getting wound up or you just want to talk, text me on 0044 7700 900 415 and I'll get back to you when I can. Don't go round to Shane's.

Back Monday 24th. Bring your boots, we're digging over the allotment.

Kev

K Marsden
Learning Mentor, The Bridge
Example School
""", cte="base64", client="gmail")

msg("flag", "netball_lift_dotted_mobile",
    "cover supervisor who knows the family gives parent her own mobile (dotted format) and offers a lift",
    "booth", ["jane"], "Netball Saturday - lift", D(2025, 3, 14, 13, 6, 22), """
Hi Jane

Lovely to see you in the Co-op the other day! Maisie says you're on a late on Saturday so can't get her to the tournament at Penistone. I go right past the end of your road so I can pick her up at half 8 if that helps? Just bring her to the top of the ginnel so I don't have to turn round on your street, it's murder with all the cars.

Text me on 07700.900.467 to let me know either way. Don't worry about getting her back, I'll drop her off after.

Trace x

Tracey Booth
Cover Supervisor / Netball
Example School
""", client="apple")

msg("flag", "hoy10_number_over_linebreak",
    "Head of Year 10 gives parent his own mobile, number split over a hard line break",
    "gelder", ["ali"], "Tyler – yesterday dinner time", D(2025, 3, 26, 17, 48, 5), """
Dear Mr Guardian,

I wanted to follow up our phone call yesterday afternoon in writing, so that
we've both got a record of what was said.

As I explained, Tyler was involved in an argument with another Year 10 lad on
the field at dinner time, which ended with some pushing and shoving. Nobody
was hurt, and from what the staff on duty saw, Tyler walked away when he was
told to, which is a massive improvement on where we were in the autumn. The
other boy's family have been spoken to as well.

Because of the pushing, Tyler has a 30 minute detention on Thursday, which he
has accepted. He was honest about his part in it and I told him that counts
for a lot.

I know from our chat that things have been difficult at home since his grandad
passed, and that he's been sleeping badly. Mrs Chaudhry and Mrs Fairburn are
both aware, and he knows he can go to The Bridge at break if the yard gets too
much for him.

I'm on a course Wednesday and Thursday next week, so if anything crops up and
you can't get me through the office, you can always get me on my mobile, 07700
900193. Don't feel you're mithering me, I'd much rather hear from you.

Kind regards,

Mr P Gelder
Head of Year 10
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", client="apple", wrap=False)

msg("flag", "drama_costumes_gmail_qp",
    "drama teacher asks cast parents to send photos to her personal gmail (QP multipart)",
    "oldroyd", ["jane", "sam"], "Bugsy Malone – costumes, can you help?", D(2025, 6, 2, 18, 22, 40), """
Dear parents,

Thank you so much for all the support so far with Bugsy Malone – rehearsals are going really well and the splurge gun scene is (finally) working!

We're now sorting out costumes. Please could you send me a photo of anything your child already has at home that might work: pinstripes, braces, flat caps, trilbies, long pearl necklaces, dropped-waist dresses, anything 1920s. The charity shops in town have been a goldmine so far.

It's much easier for me to sort through photos on my laptop at home in the evenings after rehearsals, so please send them to amy.oldroyd.drama@gmail.com rather than my school address, which is filling up fast. If you'd rather drop things in, Mrs Kershaw in the office will take them.

Performances are Wednesday 9 and Thursday 10 July at 7pm. Tickets £4 adults, £2 concessions, on sale from the office after half term.

Thank you!
Miss Oldroyd
Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", cc=["hepworth"])

msg("flag", "facebook_request_parent",
    "Head of Year sends a parent she knows a Facebook friend request and moves chat there",
    "hepworth", ["jane"], "Re: Maisie's options evening", D(2025, 2, 11, 7, 58, 30), """
Hi Jane,

No bother at all, I'll put Maisie down for the 6.10 slot with Mr Pickersgill for geography.

It was lovely to see your mam at the Gala on Sunday, she's not changed a bit since she used to do our dinners at St Mary's! I've sent you a friend request on Facebook - accept it and I'll message you the photos I took of the girls on the field.

Karen

Mrs K Hepworth
Head of Year 9
Example School · 01632 960000

On Mon, 10 Feb 2025 at 21:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Hepworth, sorry to be a pain, can Maisie have a later slot on
> Thursday as I don't finish work till half 5? Thanks, Jane
""", client="gmail", reply_of="jane")

msg("flag", "art_instagram_pupils",
    "art teacher invites GCSE pupils to follow and DM her personal Instagram",
    "sykes", ["20abatty", "20tcrossley", "21mwood", "21gpeel"],
    "GCSE Art – sharing your sketchbooks", D(2025, 4, 4, 14, 40, 0), """
Hi all,

Some of the work in your sketchbooks this term has been fantastic - the charcoal studies of the old headstocks in particular. I'd love you to see what other artists are doing with the same sort of industrial landscapes, so I've started posting bits on my own Instagram, @rachsykes.makes. Give it a follow, and send me a DM with photos of your pages over Easter and I'll give you feedback as you go. It's quicker than waiting for lessons.

Don't forget the final deadline for the mining heritage project is Friday 25 April.

Have a lovely break,
Miss Sykes
Head of Art
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt")

msg("flag", "computing_discord_invite",
    "computing teacher invites pupils onto his personal Discord server",
    "rawlings", ["21oholt"], "Re: python project help", D(2025, 1, 29, 20, 4, 11), """
Owen,

Good question. The bug is because your while loop never changes the value of lives, so it never ends. Have a look at line 14.

Tbh it's easier to help with this sort of thing on Discord than by email. I run a little server for coding with some mates, you're welcome to join - add me, I'm jrawlo#4417, and I'll send you the invite. Bring Sana too if she wants.

Mr R

On Wed, 29 Jan 2025 at 19:31, Owen Holt <21oholt@pupils.example-school.org.uk> wrote:
> sir my game just keeps going forever even when you die, i dont get
> why. ive attached it
""", client="gmail", cc=["21sbegum"], reply_of="21oholt")

msg("flag", "prom_committee_group_chat",
    "prom coordinator invites Y11 committee to text her own mobile, brackets format",
    "fretwell", ["20lshaw", "20nmellor", "20pjagger", "20ahussain"],
    "Prom committee 🎉 meeting Thursday", D(2025, 3, 4, 20, 45, 19), """
Hiya committee!

Quick reminder we're meeting Thursday dinner in T7. On the agenda: the photo booth quote, the after-party (NOT happening on school's behalf, before anyone asks), and the theme vote results - Hollywood won by a landslide, sorry Nathan.

Emailing each other about everything is taking ages, so I'm making us a group chat. Text me on (07700) 900356 with your name and I'll add you all tonight. Please keep it for prom stuff only!!

Miss F x

Miss L Fretwell
Year 11 Tutor & Prom Coordinator
Example School, Park Row, Leeds LS1 4AP • 01632 960000
""", fmt="alt", client="gmail")

msg("flag", "ta_home_address_no_postcode",
    "TA who lives locally tells parent to post a form through her door and gives her house address (no postcode)",
    "walsh", ["sam"], "Kian's bus pass form", D(2025, 6, 19, 12, 31, 47), """
Hi Sam,

Kian said you'd lost the form for his bus pass renewal again (he takes after you, that one!). I've printed you another and given it him, but I bet it doesn't make it home.

If it's easier, fill it in and pop it through my door on your way past - I'm at 9 Low Row, the end one that backs onto the rec, next to the old Miners' Welfare. I'll bring it in on Monday. Or give me a knock and I'll put the kettle on.

Sue

Mrs S Walsh
Teaching Assistant, The Bridge
Example School
""", client="gmail")

msg("flag", "exams_officer_nospace_mobile",
    "exams officer gives parent his own mobile (no spaces) in an Outlook reply",
    "senior", ["ali"], "RE: Tyler – mocks in the sports hall", D(2025, 5, 29, 10, 12, 36), """
Dear Mr Guardian,

Thank you for your email. I completely understand his worries about the sports hall - it's a big room and it can be a lot for some of our students.

I've spoken to Mrs Chaudhry and we can put Tyler in the small room next to The Bridge with two other students for all of his mocks, with the same 25% extra time he'll have next year. It'll be a good trial run.

The first paper is Maths on Monday 9 June at 9.00. If he's having a bad morning and you're not sure he'll make it, ring me on my mobile on 07700900582 before half eight. The office lines don't open until quarter past and I'd rather we sort something out than he misses the paper.

Kind regards,
Adrian Senior
Exams Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 28 May 2025 20:03
To: Adrian Senior <a.senior@example-school.org.uk>
Subject: Tyler – mocks in the sports hall

Hi, Tyler's really worked up about doing his mocks in the big sports hall with everyone. Is there anything that can be done? He gets himself in a right state. Thanks, Ali Guardian
""", fmt="alt", reply_of="ali")

# ==========================================================================
# CLEAN (hard): look like personal details, but are allowed
# ==========================================================================

msg("clean", "tutor_declines_mobile",
    "tutor refuses to give personal mobile, points to school number; parent's own mobile quoted",
    "baxter", ["jane"], "Re: Maisie's phone", D(2025, 3, 5, 8, 2, 14), """
Hi Jane,

Thanks for your message, and I'm glad Maisie's phone turned up - it was in the music block all along, under a euphonium case!

I'm sorry, but I'm not allowed to give my own mobile number out to parents. It's a rule for all staff rather than anything personal. If you need me urgently, please ring the office on 01632 960000 and they'll get a message to me, or pull me out of a lesson if it's important. Email here is fine for anything else and I check it every day.

Best wishes,
Mr Baxter
9RB Form Tutor
Example School, Park Row, Leeds LS1 4AP

On Tue, 4 Mar 2025 at 17:52, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Baxter, Maisie's found her phone so panic over. Is there a mobile
> I can get you on for quick things like this? Mine's 07700 900123 if you
> ever need me, I'm on shifts so don't always see emails. Thanks Jane
""", client="gmail", reply_of="jane")

msg("clean", "y9_fieldwork_trip_phone",
    "school-owned trip mobile, stated as such, on a trip letter to parents",
    "pickersgill", ["jane", "sam", "ali"], "Year 9 Geography fieldwork – Wednesday 11 June",
    D(2025, 6, 6, 11, 30, 0), """
Dear Parent/Carer,

A final reminder that the Year 9 geography fieldwork on the River Dearne at Low Hollins takes place on Wednesday 11 June. Students will be measuring the river's width, depth and velocity at three sites, which they'll need for their write-up next term.

We leave school at 9.00am and will be back for the end of the school day at 3.10pm. Students need:

- wellies, or old trainers they don't mind getting wet
- a waterproof coat (whatever the forecast says)
- a packed lunch and a drink - students entitled to free school meals will be given a lunch from the canteen
- a pencil, not a pen, because pens don't work in the rain

On the day, the school trip mobile is 07700 900050. This is a school phone carried by the trip leader, not a member of staff's own number, and it will be switched on from 8.30am until everyone is back. For anything before or after that, please ring the school office on 01632 960000.

Thank you,
Mr L Pickersgill
Head of Geography
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt", nbsp=True)

msg("clean", "attendance_readback_contact",
    "attendance officer reads parent's own new mobile, email and address back for checking",
    "attendance", ["sam"], "Updated contact details for Kian", D(2025, 1, 13, 10, 44, 51), """
Dear Sam,

Thank you for popping into reception this morning. I have now updated Kian's record with your new details:

Contact 1: Sam Carer (Carer, lives with student)
Mobile: 07700 900456
Email: sam.carer@outlook.com
Address: 14 Pit Lane Cottages, Low Hollins, S63 2XR

Please could you check these are right and let me know if anything is wrong.

Could you also send us a second emergency contact when you get a minute, as we only have you listed at the moment. A grandparent, aunt or neighbour is fine, as long as they're happy to be rung during the day.

Many thanks,
Mrs P Wragg
Attendance Officer
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000 (option 1 for absences)
""")

msg("clean", "whit_friday_coach_firm",
    "coach company depot number and timings on band letter to parents",
    "lindley", ["jane", "sam"], "Whit Friday – timings and coach", D(2025, 6, 5, 16, 10, 25), """
Dear band families,

Here are the arrangements for Whit Friday. This is the big one, so thank you in advance for getting everyone there!

Friday 13 June
2.00pm - meet in the band room, full uniform, instruments packed
2.30pm - coach leaves school (Hollinsworth Coaches)
from about 5pm - the street contests round the Saddleworth villages; we aim to play at five or six
approx. 11.30pm - back at school (yes, really)

Students will need money for chips and a drink - about £10 is plenty. Please make sure they've got a warm layer, because it gets cold up on the tops after dark, even in June.

If the coach is delayed coming back, the driver will phone ahead and we'll put an update on the school Facebook page. If you need the coach company on the night, their depot number is 0114 496 0281. Please don't ring the drivers directly while they're driving.

With thanks,
Mr G Lindley
Director of Music
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt", client="gmail")

msg("clean", "prom_venue_reply",
    "prom venue address/postcode, hotel reception number, times and ticket reference in reply to parent",
    "hinchliffe", ["sam"], "Re: prom - where and what time?", D(2025, 6, 16, 9, 15, 3), """
Hi Sam,

Of course - the prom is on Friday 27 June at the Cresswell Park Hotel, Manor Lane, Low Hollins, S63 8RW.

Arrivals are from 6.45pm (the red carpet bit, expect a lot of photos!), the meal is at 7.30pm and the disco runs until 11.30pm. Carriages at 11.30pm sharp please, from the front car park.

If you're dropping Kian off, satnav tends to take you to the back entrance on Mill Road, so use the postcode above and then follow the signs for the main car park. The hotel reception is 0114 496 0619 if you have any questions about access - they're very helpful and there's a lift up to the function suite.

Ticket balance outstanding: £20.00 (reference PROM25-114).

Best wishes,
Mark

Mr M Hinchliffe
Head of Year 11
Example School · Park Row · Leeds LS1 4AP · 01632 960000

On Sun, 15 Jun 2025 at 19:02, Sam Carer <sam.carer@outlook.com> wrote:
> Morning Mr Hinchliffe, where's the prom actually at and what time do I
> need to drop him and fetch him? He's told me nowt. Sam
""", client="gmail", reply_of="sam")

msg("clean", "dsl_wellbeing_referral",
    "DSL gives parent third-party wellbeing service and crisis line numbers",
    "dsl", ["ali"], "Following our conversation today", D(2025, 3, 19, 16, 52, 8), """
Dear Mr Guardian,

Thank you for talking to me so openly this afternoon. I know it wasn't an easy conversation, and I want to reassure you that you did exactly the right thing by letting us know how Tyler has been since his grandad died.

As agreed, I have made a referral to the Dearneside Young People's Wellbeing Service. They will contact you directly within ten working days. Their duty line is 0114 496 0418 (Monday to Friday, 9am–5pm) if you want to check on the referral.

In the meantime, if you are ever worried about Tyler's safety out of hours, the crisis line for young people is free on 0808 157 0262, and in an emergency please always ring 999.

The school counsellor, Mrs Ibbotson, has a space on Wednesday mornings and I've asked her to start seeing Tyler from next week. He knows about this and seemed fine with it.

Please do ring me at school on 01632 960000 if anything changes, however small.

With best wishes,

Mrs D Royston
Deputy Headteacher & Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
""")

msg("clean", "college_interview_pupil",
    "careers adviser gives pupil the college's address and admissions number",
    "careers", ["20nmellor"], "Dearneside College – your interview", D(2025, 2, 26, 11, 8, 49), """
Hi Nathan,

Great news - Dearneside College have offered you an interview for the Level 2 Motor Vehicle course! Details below.

Date: Tuesday 11 March 2025
Time: 4.30pm
Where: Engineering Centre, Dearneside College, Station Road, Kirkby Main, S63 6XF
Bring: your last report and your predicted grades sheet (I've put a copy in Mr Hinchliffe's pigeonhole for you)

If you can't make it, you need to ring their admissions team on 0114 496 0803 to rearrange. Don't just not turn up - they remember!

Come and see me in careers on Monday dinner and we'll practise some interview questions.

Mrs H Moxon
Careers Adviser
Example School
""", fmt="alt")

msg("clean", "exams_candidate_numbers",
    "candidate number, centre number, UCI, paper codes, dates and fees - no phones",
    "exams", ["20lshaw", "20pjagger", "20ahussain"], "Your statement of entry – please check by Friday",
    D(2025, 3, 24, 8, 35, 0), """
Dear all,

Your statements of entry are being handed out in tutor time tomorrow. Please check every line carefully: your name must match your birth certificate or passport exactly, and the tiers (Foundation or Higher) must be the ones your teachers have told you.

Your candidate number is the four-digit number at the top right. You'll need it for every exam, so learn it! The centre number on every paper is 36512.

This is what a line looks like:

Candidate number: 4127
UCI: 36512J240127X
8300/1F  Mathematics Paper 1 (Foundation)  Thu 15 May 2025  09:00  1h 30m

If anything is wrong, come to the exams office (next to S14) by Friday 28 March. After that the exam board charges a late amendment fee of £40.00 per paper.

Mr A Senior
Exams Officer
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt")

msg("clean", "band_weekend_bank_details",
    "band fund sort code, account number, costs and deadlines to parents",
    "finance", ["jane", "sam"], "Band weekend in Whitby – deposits", D(2025, 4, 30, 14, 2, 33), """
Dear parents and carers,

Thank you to everyone who has returned the consent form for the band weekend in Whitby (Friday 4 – Sunday 6 July). The full cost is £95, but thanks to the Christmas raffle and the bag pack at the supermarket, the Friends of the Band are knocking £40 off for every player, so it's £55 each.

A deposit of £20 is due by Friday 16 May. You can pay on ParentPay as usual, or if you'd rather pay by bank transfer, the band fund details are:

Account name: Example School Band Fund
Sort code: 20-45-77
Account number: 53781204
Reference: WHITBY + your child's surname

Please don't send cash into school with the students.

If money's tight, please have a quiet word with Mr Lindley or me. Nobody will miss out.

Mrs S Goldthorpe
School Business Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", fmt="alt")

msg("clean", "sen_review_teams_link",
    "Teams meeting ID, passcode and conference dial-in bridge for a review with a parent",
    "chaudhry", ["jane"], "Maisie – support plan review on Teams", D(2025, 3, 14, 12, 20, 57), """
Dear Jane,

As requested, here's the link for Maisie's support plan review on Thursday 20 March at 3.45pm. I know it's easier for you to join from work than to come in.

Mr Pickersgill and Mrs Beaumont will also join, as they see Maisie the most.

Kind regards,
Mrs P Chaudhry
SENCo
Example School

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE4MWQtYzQ5OC00MmY2LWI3NjEtOGJmNTMyYjQ2ZTg5%40thread.v2/0>
Meeting ID: 384 615 207 924
Passcode: Tk3pQ9
Dial in by phone
+44 20 7946 0738,,582094163# United Kingdom, London
Phone conference ID: 582 094 163#
________________________________________________________________________________
""", fmt="alt")

msg("clean", "set_text_isbns",
    "ISBNs, prices and a charity-shop tip in a book list to pupils",
    "ackroyd", ["21ebrook", "21oholt", "21mwood"], "Books for Year 11 – if you want your own copy",
    D(2025, 7, 9, 15, 25, 41), """
Hi all,

A few of you asked after the lesson which editions we use, in case you want your own copy to scribble in over the summer. You don't have to buy anything - you'll all get a school copy in September - but if you do, get these editions so the page numbers match mine:

An Inspector Calls (J. B. Priestley), school edition with notes - ISBN 978-1-915322-48-7
A Christmas Carol (Charles Dickens), annotated edition - ISBN 978-1-80372-116-3
Revision guide for both: ISBN 978-1-914609-03-9 (about £6.50)

Second-hand copies from the charity shop on Market Street are fine as long as they're the same edition. New ones are about £4 to £6 on most sites.

If you do nowt else this summer, read the play once through. It's short, I promise.

Miss Ackroyd
English
""", client="gmail")

msg("clean", "hr_staff_address_change",
    "HR confirms a staff member's own home address and mobile to him only (staff-only)",
    "hr", ["whiteley"], "Your change of address", D(2025, 4, 23, 10, 3, 29), """
Hi Callum,

Thanks for the form. I've updated your personnel record and passed the new details to payroll. Please check the following is right:

Address: Flat 3, 18 Colliery Road, Kirkby Main, S63 7PN
Home phone: none given
Mobile: 07700 900271
Emergency contact: Mrs Linda Whiteley (mother), 0113 496 0572

Your April payslip will go to the new address. If you're changing your bank as well, I'll need a separate form for that, as payroll won't accept bank details by email.

Thanks,
Gill

Mrs G Hirst
HR & Personnel Officer
Example School
""")

msg("clean", "staff_do_at_welfare",
    "staff-only end-of-year do; organiser gives her own mobile to colleagues",
    "beaumont", ["allstaff"], "End of year do – Friday 18 July 🍻", D(2025, 6, 23, 12, 40, 16), """
Hi all,

It's that time again! The end of year do is at the Miners' Welfare on Friday 18 July from 7pm. Pie and peas from Maureen at 8, and the quiz at 8.30 (Mr Lindley has promised not to do the music round again).

£8 a head for food - pay me or Tracey in the staffroom by Friday 11th. Partners welcome.

If you're part time or not in much before then, just text me on 07700 900318 and I'll put your name down. I'll be checking it over the holidays too, so you can let me know about the summer walk up to the reservoir as well.

Don't forget we're clubbing together for Sue's leaving present - the envelope's in the staffroom, top drawer.

Lorraine x
""", fmt="alt")

HTML_ESAFETY = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Online safety update</title></head>
<body style="margin:0;background:#f3f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1d3557;color:#ffffff;font-size:20px"><b>Online safety &ndash; summer term update</b></td></tr>
<tr><td>
<p>Dear parents and carers,</p>
<p>As Online Safety Lead, I wanted to share a few things we&rsquo;ve been dealing with in school this half term, so you can talk to your child about them at home.</p>
<h3 style="color:#1d3557">Snapchat &ndash; Snap Map</h3>
<p>A lot of our Year 7s and 8s have Snap Map switched on, which shows their exact location to everyone on their friends list &ndash; including people they have only ever met online. You can turn this off with &ldquo;Ghost Mode&rdquo; in the settings. It takes ten seconds.</p>
<h3 style="color:#1d3557">WhatsApp group chats</h3>
<p>Children are being added to big group chats by people they don&rsquo;t know, and some of what gets shared is not appropriate. Encourage them to leave any group that makes them uncomfortable and to tell an adult. The minimum age for WhatsApp in the UK is 13.</p>
<h3 style="color:#1d3557">TikTok, Instagram, Roblox and Discord</h3>
<p>Please check your child&rsquo;s accounts are set to private, and that they know how to block and report. Discord servers linked to games are where we see the most contact from adults who are not who they say they are.</p>
<p style="background:#fff3cd;padding:10px"><b>Please remember:</b> no member of staff will ever ask your child to follow them, add them or message them on any of these apps. If that ever happens, tell us straight away.</p>
<p>There&rsquo;s a parents&rsquo; drop-in on <b>Thursday 26 June at 5.30pm</b> in the library, with a brew and a biscuit. Bring your phone and we&rsquo;ll help you set up parental controls.</p>
<p>Mrs N Khan<br>Computing &amp; Online Safety Lead</p>
</td></tr>
<tr><td style="font-size:12px;color:#666;border-top:1px solid #ddd">Example School, Park Row, Leeds LS1&nbsp;4AP &middot; 01632&nbsp;960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""

msg("clean", "online_safety_apps_newsletter",
    "e-safety update names Snapchat/WhatsApp/TikTok/Discord without inviting anyone",
    "khan", ["jane", "sam", "ali"], "Online safety – a few things from this half term", D(2025, 6, 12, 15, 30, 0), """
Dear parents and carers,

As Online Safety Lead, I wanted to share a few things we've been dealing with in school this half term, so you can talk to your child about them at home.

SNAPCHAT - SNAP MAP
A lot of our Year 7s and 8s have Snap Map switched on, which shows their exact location to everyone on their friends list - including people they have only ever met online. You can turn this off with "Ghost Mode" in the settings. It takes ten seconds.

WHATSAPP GROUP CHATS
Children are being added to big group chats by people they don't know, and some of what gets shared is not appropriate. Encourage them to leave any group that makes them uncomfortable and to tell an adult. The minimum age for WhatsApp in the UK is 13.

TIKTOK, INSTAGRAM, ROBLOX AND DISCORD
Please check your child's accounts are set to private, and that they know how to block and report. Discord servers linked to games are where we see the most contact from adults who are not who they say they are.

Please remember: no member of staff will ever ask your child to follow them, add them or message them on any of these apps. If that ever happens, tell us straight away.

There's a parents' drop-in on Thursday 26 June at 5.30pm in the library, with a brew and a biscuit. Bring your phone and we'll help you set up parental controls.

Mrs N Khan
Computing & Online Safety Lead

Example School, Park Row, Leeds LS1 4AP - 01632 960000 - office@example-school.org.uk
""", fmt="alt", html_body=HTML_ESAFETY, client="gmail")

msg("clean", "office_bridge_direct_line",
    "office gives parent the AP unit's own school direct line (01632 960014) and main number",
    "office", ["ali"], "RE: Message for Mrs Fairburn", D(2025, 4, 24, 8, 51, 2), """
Dear Mr Guardian,

Thank you for your message. Mrs Fairburn is teaching in The Bridge this morning, but I've passed on that Tyler has an orthodontist appointment at 10.40 and will be back in for period 4.

For anything to do with The Bridge, the unit has its own direct line, 01632 960014, which goes straight through to the staff base there and is answered from 8.15am. Otherwise the main office number is 01632 960000 as usual.

Kind regards,
Dawn Kershaw
Office Manager
Example School, Park Row, Leeds LS1 4AP

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 24 April 2025 07:42
To: Example School Office <office@example-school.org.uk>
Subject: Message for Mrs Fairburn

Can you tell Mrs Fairburn Tyler is at the orthodontist at 10.40 this morning, I'll drop him back after. I couldn't get through to the Bridge. Thanks
""", fmt="alt", reply_of="ali")

msg("clean", "work_experience_placement",
    "careers gives pupil and parent the employer's address and supervisor's work number",
    "moxon", ["ali", "21tguardian"], "Tyler's work experience placement – w/c 7 July", D(2025, 6, 10, 13, 44, 18), """
Dear Mr Guardian and Tyler,

I'm pleased to confirm Tyler's work experience placement for the week beginning Monday 7 July:

Employer: Platts & Son Motor Repairs
Address: Unit 4, Old Colliery Yard, Kirkby Main, S63 7TG
Supervisor: Dave Platts
Phone: 0114 496 0357
Hours: 8.30am to 4.00pm, with half an hour for dinner

Tyler, you need to ring Mr Platts in the week before to introduce yourself. It's good practice, and Dave has asked for it specifically. You'll need steel toecap boots - the school can lend you a pair, come and see me.

I'll ring the garage mid-week to check in with Dave, and I'll visit on the Thursday.

Mrs H Moxon
Careers Adviser
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", fmt="alt")

msg("clean", "allotment_open_day_satnav",
    "allotment site postcode for satnav, times and plant prices to parents",
    "beverley", ["jane", "sam", "ali"], "Allotment open day & plant sale – Saturday 21 June", D(2025, 6, 13, 16, 5, 54), """
Dear families,

The allotment club would love to see you at our open day and plant sale on Saturday 21 June, 10am to 1pm. The students have grown everything themselves:

tomato plants - 50p
courgettes and squash - £1
strawberry runners - 3 for £1
the famous Year 8 rhubarb - free, we've got loads

The school allotment is on the Coronation Road allotment site, not at school - it's the plot by the water butts at the far end. For satnav use S63 9RA; parking is on the road. From school it's ten minutes' walk down the snicket past the chapel.

There'll be tea and cake from the band parents' committee, and the junior brass ensemble are playing from 11.

All money raised goes back into seeds and tools.

Mr T Beverley
Allotment Club
""", fmt="alt", client="apple")

msg("clean", "hoy_will_ring_parent_number",
    "Head of Year will ring the parent on the parent's own number, quoted from the parent",
    "gelder", ["ali"], "RE: Tyler - tomorrow", D(2025, 4, 2, 20, 10, 45), """
Dear Mr Guardian,

Thanks for letting me know. I'll give you a ring tomorrow at about 12.30 on 07700 900789 as you've asked. It'll be from school, so it may come up as a withheld number - please do pick up!

Kind regards,
Mr P Gelder
Head of Year 10
Example School, Park Row, Leeds LS1 4AP | Tel 01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 02 April 2025 19:26
To: Phil Gelder <p.gelder@example-school.org.uk>
Subject: Tyler - tomorrow

Mr Gelder, can you ring me tomorrow dinner time about what happened today? I'm on 07700 900789. I'm on earlies so 12 till 1 is best. Ali
""", fmt="alt", reply_of="ali")

msg("clean", "report_parent_friend_request",
    "teacher reports a parent's Facebook friend request to the DSL (staff-only)",
    "lodge", ["dsl"], "Friend request from a parent", D(2025, 2, 3, 7, 46, 12), """
Hi Denise,

Just logging this with you as per the policy. Last night I got a Facebook friend request and a message from the dad of a Year 8 boy in my form (I've put the name on CPOMS rather than in here). The message was friendly enough, thanking me for parents' evening, but I haven't accepted and I haven't replied.

We live in the same village so I do see him about, and I don't want it to get awkward. Should I say something next time I see him, or would you rather school sent out a general reminder?

He's also somehow got my personal mobile number - I've never given it out - and he rang it on Sunday. I didn't answer.

Thanks,
Hannah

Miss H Lodge
Teacher of Science
""", client="gmail")

msg("clean", "dofe_staff_briefing_mobiles",
    "staff-only expedition briefing listing staff mobiles, school expedition phone for parents",
    "hardcastle", ["pickersgill", "whiteley", "walsh"], "DofE qualifying expedition – staff briefing",
    D(2025, 6, 20, 16, 22, 7), """
Hi all,

Thanks again for volunteering for the Bronze qualifying expedition (Sat 28 - Sun 29 June). Final staff info below.

Staff mobiles for the weekend - please save these, and do NOT share them with students or parents. Families get the school expedition phone only.
Bev 07700 900734
Lee 07700 900185
Callum 07700 900271
Sue 07700 900669

Expedition phone (school-owned, in the first aid bag): 07700 900051. This is the number on the parents' letter.

Campsite: Hollin Bank Farm, Moor Lane, S36 4ZQ. The farmer is happy for us to park the minibus in the yard.

Rota: Lee and I will do checkpoints 1 and 3 on Saturday; Callum and Sue checkpoints 2 and 4. I'll send the grid references on Wednesday once the routes are signed off.

Forecast looks decent. Bring midge spray.

Bev
""")

msg("clean", "dad_email_added_readback",
    "office reads back the other parent's email address that the mother supplied",
    "office", ["jane"], "Re: Adding Maisie's dad to emails", D(2025, 5, 6, 14, 20, 38), """
Dear Jane,

Thanks for your email. I've added Maisie's dad to our contact list for school letters and reports, using the email address you gave us: craig.parent81@hotmail.co.uk. He'll start getting the newsletter and ParentPay messages from next week.

As you asked, he is down for letters only, not as an emergency contact or for collection. If that ever needs to change, we'll need it from you in writing.

Kind regards,
Dawn Kershaw
Office Manager
Example School

On 6 May 2025, at 13:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hiya, can you add Maisie's dad to get emails from school please, it's
> craig.parent81@hotmail.co.uk. Only for letters, not for picking her up.
> Thanks Jane
""", client="gmail", reply_of="jane")

msg("clean", "y9_group_chat_warning",
    "Head of Year warns parents about a pupil WhatsApp group, no invitation",
    "hepworth", ["jane", "sam"], "Year 9 group chat – please read", D(2025, 5, 21, 17, 3, 29), """
Dear parents and carers of Year 9,

I'm writing to ask for your help with something that has caused a lot of upset in Year 9 this week.

A WhatsApp group chat with over 80 members, some of whom are not at our school, has been used to share unkind comments and photos of students taken without their permission. A few students have come to us very upset, and it has spilled over into school.

Please could you sit down with your child tonight and ask whether they are in this group. If they are, we'd ask them to leave it, and not to forward anything from it. If anything has been shared that worries you, please don't pass it on - take a screenshot if you can and bring it to me or Mrs Royston.

We're not trying to ban anyone from their phones! But what happens on the chat at 11 o'clock at night walks through the doors at 8.40 the next morning, and we can only sort it out with your help.

Thank you,

Mrs K Hepworth
Head of Year 9
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt")

HTML_SOCIALS = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear parents and carers,</p>
<p>We&#39;ve had lots of questions about how to keep up with the band, sports results and the allotment over the summer holidays. The school has two official accounts, run by the office team, where we post news, photos (only of students whose parents have given photo consent) and any closure information:</p>
<ul>
<li><b>Facebook:</b> <a href="https://www.facebook.com/ExampleSchoolParkRow">facebook.com/ExampleSchoolParkRow</a></li>
<li><b>Instagram:</b> <a href="https://www.instagram.com/exampleschool_official/">@exampleschool_official</a></li>
</ul>
<p>These are the <u>only</u> official school accounts. Staff do not accept friend or follow requests from students or parents on their personal accounts, so please don&#39;t be offended if a request goes unanswered &ndash; it&#39;s school policy, not anything personal.</p>
<p>For anything urgent, please ring the office on 01632&nbsp;960000 or email <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a>.</p>
<p>Thank you,<br>
Mrs D Kershaw<br>
Office Manager</p>
<p style="color:#777;font-size:11px">Example School &middot; Park Row &middot; Leeds &middot; LS1&nbsp;4AP</p>
</div>
</body></html>
"""

msg("clean", "official_school_socials",
    "office promotes the school's official Facebook/Instagram pages (HTML only)",
    "office", ["jane", "sam", "ali"], "Follow the school over the summer", D(2025, 7, 14, 11, 0, 0), "",
    fmt="html", html_body=HTML_SOCIALS, client="gmail")

msg("clean", "finance_invoice_references",
    "invoice references, amounts and dates to a parent - no phone numbers",
    "finance", ["sam"], "Outstanding balance – Kian (ref INV-2025-0417)", D(2025, 5, 13, 9, 37, 21), """
Dear Sam,

Please find below a breakdown of the outstanding balance on Kian's ParentPay account.

Item                              Ref              Amount
Brass tuition (summer term)       MUS-SU25-0133    £36.00
Whitby band weekend deposit       BAND-WHT-0417    £20.00
Prom ticket balance               PROM25-114       £20.00
Total outstanding                                  £76.00

Kian is entitled to a 50% reduction on music tuition, and I have already applied this to the figure above.

Could the balance be cleared by Friday 30 May 2025, please? If you would like to set up a payment plan, just reply and we can spread it over three payments of £25.33.

Kind regards,
Mrs S Goldthorpe
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", cte="8bit", wrap=False)

HTML_PHONES = OUTLOOK_HEAD + """<p class="MsoNormal">Dear parents and carers,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Our main phone line was down for most of yesterday after a cable was damaged by the road works on Park Row. It has now been repaired, and you can ring us as normal on <b>01632&nbsp;960&nbsp;000</b>. If you&#8217;re ringing from a mobile abroad, the number is <b>+44&nbsp;1632&nbsp;960000</b>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If you tried to report an absence yesterday and couldn&#8217;t get through, please either ring again or email <a href="mailto:attendance@example-school.org.uk">attendance@example-school.org.uk</a>. Nobody will be marked as unauthorised because of the fault.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your patience, and apologies to everyone who spent the morning listening to the engaged tone.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mrs D Kershaw<o:p></o:p></p>
<p class="MsoNormal">Office Manager<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Example School, Park Row, Leeds LS1&nbsp;4AP&nbsp;|&nbsp;Tel&nbsp;01632&nbsp;960000<o:p></o:p></span></p>
</div>
</body>
</html>
"""

msg("clean", "phone_lines_restored",
    "school's own number with &nbsp; and in +44 international format",
    "office", ["jane", "sam", "ali"], "Phone lines back on", D(2025, 1, 22, 9, 4, 40), """
Dear parents and carers,

Our main phone line was down for most of yesterday after a cable was damaged by the road works on Park Row. It has now been repaired, and you can ring us as normal on 01632 960 000. If you're ringing from a mobile abroad, the number is +44 1632 960000.

If you tried to report an absence yesterday and couldn't get through, please either ring again or email attendance@example-school.org.uk. Nobody will be marked as unauthorised because of the fault.

Thank you for your patience, and apologies to everyone who spent the morning listening to the engaged tone.

Mrs D Kershaw
Office Manager
Example School, Park Row, Leeds LS1 4AP | Tel 01632 960000
""", fmt="alt", html_body=HTML_PHONES)

msg("clean", "ep_service_appointment",
    "SEND administrator gives parent the Educational Psychology Service's number and address",
    "bramall", ["jane"], "Educational Psychology visit for Maisie", D(2025, 6, 3, 11, 17, 9), """
Dear Jane,

The Educational Psychology Service have been in touch with a date for Maisie's assessment. Dr Ruth Ellison will see Maisie in school on Tuesday 24 June at 10.00am, and would like to speak to you afterwards at about 11.30, either in person here or by phone - whichever suits you.

If that time doesn't work, please contact the EP Service directly so they can rearrange:

Educational Psychology Service
Westgate House, Westgate, Kirkby Main, S63 7AB
Tel: 0114 496 0926
eps.admin@example.org

Mrs Chaudhry will have a copy of the report once it's written, usually within six weeks, and will go through it with you.

Kind regards,
Mrs J Bramall
SEND Administrator
Example School
Park Row, Leeds LS1 4AP
01632 960000
""", fmt="alt")

msg("clean", "allotment_supplier_own_mobile",
    "teacher gives his own mobile to a garden supplier only (no parent or pupil)",
    "beverley", [("Hollins Garden Supplies", "orders@example.com")],
    "Order – compost and manure for Example School allotment", D(2025, 2, 20, 13, 28, 33), """
Hello,

I'd like to order the following for delivery to our school allotment plot, please:

10 x 50L peat-free multipurpose compost
2 x bulk bags of well-rotted horse manure
1 x roll of weed membrane, 2m x 10m

Deliver to: Coronation Road Allotments, plot 14 (far end, by the water butts), S63 9RA.

There's nobody on site during school hours, so please ring me on my mobile, 07700 900647, about half an hour before you arrive and I'll nip down with the key to the gate. It's ten minutes from school.

Please invoice the school, FAO Mrs Goldthorpe, finance@example-school.org.uk, quoting PO 25/0388.

Thanks,
Tom Beverley
Science / Allotment Club
Example School, Park Row, Leeds LS1 4AP
""", client="apple")

msg("clean", "ap_declines_whatsapp",
    "AP lead declines parent's request to use WhatsApp/her own phone; offers school channels",
    "fairburn", ["sam"], "RE: can I WhatsApp you?", D(2025, 3, 11, 12, 47, 30), """
Hi Sam,

I completely understand why it would be easier - I know you're on the go all day. But I'm not allowed to use WhatsApp or my own phone with families, and honestly it protects both of us, because everything stays on record here.

What I can do is this: The Bridge's line goes to our staff base from 8.15am, so if Kian's struggling in the morning, ring school and ask for The Bridge, and whoever picks up will pass it on straight away. I also check this email at dinner and before I go home.

And for what it's worth, he was grand once he got in this morning. Bit mardy till break, then he helped Kev fix the polytunnel door and was all smiles.

Joanne

Joanne Fairburn
Lead, The Bridge (Alternative Provision)
Example School, Park Row, Leeds LS1 4AP
01632 960000

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 11 March 2025 07:48
To: Joanne Fairburn <j.fairburn@example-school.org.uk>
Subject: can I WhatsApp you?

Morning, is there a number I can WhatsApp you on? Kian's had a mardy morning again and I can never get through on the phones. Sam
""", fmt="alt", reply_of="sam")

msg("clean", "easter_revision_timetable",
    "revision timetable with dates, times, rooms and a calculator price - no phones",
    "aziz", ["20lshaw", "20pjagger", "20nmellor", "20ahussain"], "Easter revision sessions – maths",
    D(2025, 3, 31, 15, 20, 12), """
Hi Year 11,

Here are the maths revision sessions for the first week of the Easter holidays. They're optional, but the students who came last year went up on average by a grade, so I'd strongly recommend them.

Tue 8 April   09:30-11:30   M4   Paper 1 non-calculator (Foundation)
Tue 8 April   12:00-14:00   M5   Paper 1 non-calculator (Higher)
Wed 9 April   09:30-11:30   M4   Paper 2 calculator (Foundation)
Wed 9 April   12:00-14:00   M5   Paper 2 calculator (Higher)
Thu 10 April  10:00-12:00   M4   Your weakest topics - bring your QLA sheet

Sign up on the sheet outside M4 by Friday 4 April (max 24 per session). Toast and a brew provided at the start of each session.

Bring a scientific calculator. If you haven't got one, the maths office sells the Casio for £11.99, or you can borrow one on the day.

Mr I Aziz
Head of Maths
Example School, Park Row, Leeds LS1 4AP
""", cte="8bit", wrap=False, client="gmail")

msg("clean", "snicket_pcso_contact",
    "headteacher letter gives neighbourhood policing team's number about anti-social behaviour",
    "ogden", ["jane", "sam", "ali"], "Anti-social behaviour on the snicket to Coronation Road",
    D(2025, 2, 5, 14, 15, 0), """
Dear parents and carers,

I have had several reports from local residents, and from some of our own students, about groups of young people - not all of them ours - hanging about on the snicket between Coronation Road and the back of the Co-op after school. There has been some shouting and swearing at passers-by, and on Monday a younger student was pushed off his bike. Some of our Year 7s have said they now feel nervous walking that way home.

We have spoken to the Safer Neighbourhood Team, and PCSO Dean Lockwood will be around at the end of the school day for the next two weeks. If you or your child see anything that concerns you, you can contact the team directly on 0114 496 0260 (non-emergency) or through the online reporting form. In an emergency, always ring 999.

Staff will be on the main gate and at the top of the snicket from 3.10pm. Please remind your child to walk home in twos or threes where they can, and to come straight back into school if anything happens.

If your child has been involved in any of this, I would much rather hear it from you first. Please ring me on 01632 960000.

Yours sincerely,

Mr S Ogden
Headteacher
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt")

# ==========================================================================
# CLEAN (everyday): ordinary school mail
# ==========================================================================

msg("clean", "unexplained_absence",
    "attendance first-day absence query to parent",
    "attendance", ["ali"], "Tyler – absence today", D(2025, 1, 28, 9, 41, 7), """
Dear Mr Guardian,

Tyler has been marked absent this morning and we haven't received a reason. Please could you let us know why he is not in school today, either by replying to this email or by ringing the absence line on 01632 960000 (option 1).

If you have already spoken to someone in school, please ignore this message.

Many thanks,
Attendance Team
Example School
""", cte="7bit")

msg("clean", "rates_practical_homework",
    "science homework reminder to Year 10 pupils",
    "beverley", ["21oholt", "21ebrook", "21sbegum", "21mwood"], "Homework – rates of reaction write-up",
    D(2025, 1, 21, 15, 48, 3), """
Hi 10X2,

Just a reminder that your write-up of the rates of reaction practical (the disappearing cross one with the sodium thiosulfate) is due on Thursday.

Use the method template on Teams. A few things I want to see:

- a clear hypothesis at the start - what do you think will happen as the temperature goes up, and why?
- your results table with units in the headings, not in every box
- a graph of temperature against 1/time, with both axes labelled and a line of best fit (a curve is fine if that's what your points do!)
- a conclusion that actually uses your numbers

If you were off for the practical, the class results are on the last slide of Tuesday's lesson, so use those.

Owen and Millie - I still need your risk assessments from last week.

Mr Beverley
""", fmt="alt", client="gmail")

msg("clean", "band_sectionals_change",
    "band rehearsal change notice to pupils",
    "lindley", ["22rbarraclough", "22lmilner", "21sbegum", "20ahussain"], "No full band Tuesday – sectionals Wednesday instead",
    D(2025, 6, 30, 8, 12, 55), """
Morning all,

The hall's being used for the Year 6 transition evening on Tuesday so there's no full band this week. Instead:

Wednesday dinner - cornets and flugel in the band room
Wednesday after school (3.15-4.15) - horns, baritones, euphs and basses in the band room
Percussion - see me, we'll sort a time

Please take your parts home and look at the second movement of the test piece. Some of it was reyt rough on Thursday, and you know which bars I mean.

Mr L
""", client="gmail")

msg("clean", "monday_briefing_notes",
    "headteacher's staff briefing notes (staff-only)",
    "ogden", ["allstaff"], "Briefing notes – Monday 12 May", D(2025, 5, 12, 8, 58, 21), """
Morning all,

For those who missed briefing, the main points:

1. Year 11 exams - GCSEs start in earnest this week. The exam hall is out of use all week, so PE will be outside or in the sports hall. Please keep noise down on the corridor by the hall, particularly at changeover.

2. Fire drill - there will be a planned drill this week. I'm not saying which day. Please make sure your registers on Arbor are done within ten minutes of the start of each lesson so that we have an accurate roll.

3. The Bridge - Joanne's team have three new students starting after half term. If you teach them in mainstream for any subjects, Joanne will be in touch with their plans.

4. Prom duty - Mark still needs four more staff for the evening of Friday 27 June. It's a lovely night, and the food's good.

5. Allotment - Tom needs volunteers on the half term watering rota. Twenty minutes, and you get first pick of the strawberries.

6. Well done to the band for coming second at the Spring Festival on Saturday. Gary says the euphoniums were magnificent.

Have a good week,
Steve
""", client="gmail")

NEWSLETTER_TXT = """
EXAMPLE SCHOOL NEWSLETTER – SUMMER TERM 1

Dear parents and carers,

What a half term it has been! Here are some of the highlights, along with a few reminders for the weeks ahead.

BAND SUCCESS
Congratulations to the school brass band, who came second in their section at the Spring Festival in Doncaster – their best result for six years. Thank you to Mr Lindley and to all the parents who got players there for 7.15 on a Saturday morning.

ALLOTMENT CLUB
The allotment club have planted three rows of potatoes, two beds of onions and a lot of strawberries. The plant sale will be on Saturday 21 June; more details to follow.

YEAR 11
Good luck to all of our Year 11 students, who start their GCSEs this month. Please make sure your child is getting some sleep, some fresh air and a proper breakfast. Breakfast club runs every day during the exams from 8.00am, free for all Year 11 students.

PROM
The Year 11 prom will be on Friday 27 June. Final balances are due by the end of May.

UNIFORM
As the weather warms up, a reminder that blazers may be removed in lessons, but shirts must still be tucked in and ties worn. Trainers are not part of our uniform. The free pre-loved uniform rail is in reception every Friday.

DATES FOR YOUR DIARY
Mon 26 May – Fri 30 May: half term
Mon 2 June: students return
Wed 9 & Thu 10 July: Bugsy Malone, 7pm
Fri 18 July: last day of term, students finish at 1.30pm

As always, if you have any questions please contact the office on 01632 960000 or office@example-school.org.uk.

Mr S Ogden
Headteacher
"""

HTML_NEWSLETTER = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Example School Newsletter</title></head>
<body style="margin:0;padding:0;background:#eeeeee">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="620" cellspacing="0" cellpadding="18" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;line-height:1.5;color:#202020">
<tr><td style="background:#5b1a30;color:#ffffff"><span style="font-size:24px">Example School Newsletter</span><br><span style="font-size:14px">Summer Term 1 &middot; May 2025</span></td></tr>
<tr><td>
<p>Dear parents and carers,</p>
<p>What a half term it has been! Here are some of the highlights, along with a few reminders for the weeks ahead.</p>
<h2 style="font-size:18px;color:#5b1a30">Band success</h2>
<p>Congratulations to the school brass band, who came second in their section at the Spring Festival in Doncaster &ndash; their best result for six years. Thank you to Mr Lindley and to all the parents who got players there for 7.15 on a Saturday morning.</p>
<h2 style="font-size:18px;color:#5b1a30">Allotment club</h2>
<p>The allotment club have planted three rows of potatoes, two beds of onions and a lot of strawberries. The plant sale will be on Saturday 21 June; more details to follow.</p>
<h2 style="font-size:18px;color:#5b1a30">Year 11</h2>
<p>Good luck to all of our Year 11 students, who start their GCSEs this month. Please make sure your child is getting some sleep, some fresh air and a proper breakfast. Breakfast club runs every day during the exams from 8.00am, free for all Year 11 students.</p>
<h2 style="font-size:18px;color:#5b1a30">Prom</h2>
<p>The Year 11 prom will be on Friday 27 June. Final balances are due by the end of May.</p>
<h2 style="font-size:18px;color:#5b1a30">Uniform</h2>
<p>As the weather warms up, a reminder that blazers may be removed in lessons, but shirts must still be tucked in and ties worn. Trainers are not part of our uniform. The free pre-loved uniform rail is in reception every Friday.</p>
<h2 style="font-size:18px;color:#5b1a30">Dates for your diary</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td>Mon 26 May &ndash; Fri 30 May</td><td>Half term</td></tr>
<tr><td>Mon 2 June</td><td>Students return</td></tr>
<tr><td>Wed 9 &amp; Thu 10 July</td><td><i>Bugsy Malone</i>, 7pm</td></tr>
<tr><td>Fri 18 July</td><td>Last day of term, students finish at 1.30pm</td></tr>
</table>
<p>As always, if you have any questions please contact the office on 01632&nbsp;960000 or <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a>.</p>
<p>Mr S Ogden<br>Headteacher</p>
</td></tr>
<tr><td style="font-size:12px;color:#777777;background:#f7f7f7">Example School, Park Row, Leeds LS1&nbsp;4AP</td></tr>
</table></td></tr></table></body></html>
"""

msg("clean", "summer_newsletter",
    "half-termly HTML newsletter to parents",
    "office", ["jane", "sam", "ali"], "Example School Newsletter – Summer Term 1", D(2025, 5, 22, 15, 0, 0),
    NEWSLETTER_TXT, fmt="alt", html_body=HTML_NEWSLETTER, client="gmail", html_cte="base64")

PDF_MUSEUM = make_pdf([
    "Example School - Year 7 History",
    "Visit to the National Coal Mining Museum - Thursday 3 July 2025",
    "",
    "Student name: ______________________   Form: ______",
    "",
    "I give permission for my child to take part in the visit, including",
    "the underground tour.",
    "",
    "Medical needs / allergies: ______________________________________",
    "",
    "Signed (parent/carer): ____________________  Date: __________",
    "",
    "Return to Mr Fieldsend by Friday 20 June.",
    "Example School, Park Row, Leeds LS1 4AP - 01632 960000",
])

msg("clean", "y7_mining_museum_trip",
    "trip letter with consent form PDF attached",
    "fieldsend", ["sam", "ali"], "Year 7 History trip – National Coal Mining Museum", D(2025, 6, 9, 14, 26, 40), """
Dear Parent/Carer,

As part of our local history unit, Year 7 will be visiting the National Coal Mining Museum on Thursday 3 July. Students will go 140 metres underground with a former miner as their guide, and spend the afternoon in the galleries and the pit ponies' stables.

For many of our students this is their own family's story. Several of them have told me this term that their grandads or great-grandads worked at the pit, and a few have brought in lamps, tokens and photographs, which have been wonderful. If your family has any memories or objects you'd be happy to share, please let me know.

The trip costs £8, to cover the coach; please pay on ParentPay by Friday 20 June. No child will miss out because of cost - please speak to me in confidence if that's a worry.

Students should wear school uniform with sensible flat shoes and bring a warm layer, as it's about 12 degrees underground all year. They will need a packed lunch. No watches, phones or anything with a battery can go underground; these will be collected and locked away before the tour.

Please complete the attached consent form and return it to me by Friday 20 June.

Yours faithfully,

Mr N Fieldsend
Teacher of History
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt", attachments=[("Y7 mining museum consent form.pdf", "application/pdf", PDF_MUSEUM)])

msg("clean", "y9_reports_on_app",
    "Head of Year tells parents reports are published",
    "hepworth", ["jane"], "Year 9 reports now on the app", D(2025, 3, 28, 16, 5, 17), """
Dear parents and carers,

Year 9 spring reports have now been published on the parent app. You'll find them under Reports > Spring 2025.

The report shows your child's current working grade in each subject, their attitude to learning (on a scale of 1 to 4, where 1 is excellent) and their attendance since September. There are no written comments in this report; those come in the summer.

If you have any questions about a particular subject, please email the teacher directly - their addresses are on the report. For anything more general, you're very welcome to get in touch with me.

A reminder that Year 9 options forms need to be back by Friday 4 April.

Kind regards,
Mrs K Hepworth
Head of Year 9
Example School
""", fmt="alt")

msg("clean", "send_team_minutes",
    "SENCo's meeting notes to SEND team colleagues (staff-only)",
    "chaudhry", ["beaumont", "walsh", "fairburn", "bramall"], "Notes from Thursday's SEND team meeting",
    D(2025, 2, 28, 16, 44, 2), """
Hi all,

Notes from Thursday, as promised.

1. Reading interventions - the Year 9 group is going really well (Lorraine, the reading age gains are brilliant). We'll run it again after Easter with the next group. I'll send the list next week.

2. Access arrangements - testing for Year 10 starts after half term. Jo will book rooms. Please flag anyone who you think we've missed: anyone who's consistently running out of time, or whose handwriting is becoming illegible under pressure.

3. The Bridge - Joanne reported that two of the Year 11s are now attending full time, and that TG's attendance has gone up from 61% to 84% since January. Great work from everyone involved.

4. Paperwork - all support plans need reviewing before the end of March. Please make sure parent views are recorded; a phone call is fine, just write it up.

5. Training - the autism awareness session with the outreach team is on the INSET day in April. It's compulsory for TAs.

Next meeting Thursday 27 March, 3.30, in the SEND room. Biscuits are Sue's turn.

Priya
""")

msg("clean", "pe_kit_sizes_reply",
    "office reply to parent about PE kit and pre-loved uniform rail",
    "office", ["jane"], "Re: PE kit sizes", D(2025, 1, 9, 10, 12, 44), """
Hi Jane,

Thanks for your email. The school PE top comes up quite small, so most parents go up a size - if Maisie is in a 32" now, I'd go for the 34".

Before you buy anything, it's worth having a look at the pre-loved uniform rail in reception, which is out every Friday from 8.15 until 9. It's all free, and we had a big bag of PE tops handed in just before Christmas.

Plain black leggings are fine for PE in the winter months, as long as they don't have a big logo on.

Kind regards,
Dawn
Example School Office
01632 960000

On Wed, 8 Jan 2025 at 19:30, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, what size PE top should I get for Maisie, she's grown again over
> Christmas. Does it have to be the school one? Thanks, Jane
""", client="gmail", reply_of="jane")

PDF_FEEDBACK = make_pdf([
    "Spoken Language Endorsement - practice feedback",
    "Student: Ellie Brook    Teacher: Miss Ackroyd",
    "",
    "Topic: Why our town should keep its brass band",
    "",
    "Strengths: confident opening; strong personal anecdote about your",
    "grandad's band; good use of a rhetorical question.",
    "",
    "Next steps: slow down in the middle section; look up at the audience;",
    "answer the questions with full sentences.",
    "",
    "Working at: Merit (aiming for Distinction)",
])

msg("clean", "speech_feedback_pupil",
    "English teacher sends pupil feedback with PDF attached",
    "ackroyd", ["21ebrook"], "Feedback on your speech", D(2025, 5, 7, 16, 40, 3), """
Hi Ellie,

I've attached your feedback from today's practice speech. Honestly, the opening about your grandad's band was the best start I've heard all year, and you had the whole room listening.

The main thing to work on is the middle bit, where you sped up and read straight off your sheet. Practise that section out loud at home a couple of times and try to look up at the end of each sentence. It'll make a massive difference.

The real assessment is on Wednesday 21 May. You're well on track.

Miss Ackroyd
English
Example School
""", fmt="alt", client="gmail", attachments=[("Ellie Brook - speech feedback.pdf", "application/pdf", PDF_FEEDBACK)])

msg("clean", "leavers_hoodie_deadline",
    "Year 11 tutor chases leavers' hoodie orders",
    "fretwell", ["20lshaw", "20nmellor", "20pjagger", "20ahussain", "20kcarer"], "Leavers' hoodies – last chance!",
    D(2025, 4, 1, 12, 55, 10), """
Hi all,

Last chance for leavers' hoodies! The order goes in on Friday, and after that there will be no more, so don't come crying to me in June.

They're £22 on ParentPay (or £12 if you're on free school meals - the difference is paid from the leavers' fund, nobody will know).

You need to fill in the form on Teams with:
- your size (the sample hoodies are in my room, T7, come and try one on)
- the name you want on the back (your first name or a nickname - nothing rude, I check every one)
- your colour choice: maroon or black

So far 96 of you have ordered. There are 148 in the year. Sort it out!

Miss F
""", client="gmail")

msg("clean", "c_block_boiler",
    "site manager tells staff about heating fault (staff-only)",
    "dyson", ["allstaff"], "Heating in C block", D(2025, 2, 11, 7, 21, 40), """
Morning all,

Boiler in C block has packed up again. Engineer is booked for first thing tomorrow.

C3 to C7 will be cold today so tell the kids to keep their coats on - yes, I know, they'll say they're nesh anyway. Please DON'T bring fan heaters in from home, the circuits in that block can't take it and we'll lose the lights as well.

If anyone needs moving, Julie in cover has a few rooms free in A block.

Wayne
Site Manager
""", cte="7bit", client="apple")

msg("clean", "cover_thursday",
    "cover office asks two teachers to cover lessons (staff-only)",
    "cover", ["whiteley", "baxter"], "Cover – Thursday P3 & P4", D(2025, 3, 12, 14, 3, 27), """
Hi both,

Could you please cover the following on Thursday 13 March:

Callum - P3, 8Y3 Science (Mr Beverley), room S2. Work is on the desk: worksheet on food chains, answers in the folder.
Ryan - P4, 10X1 History (Mr Fieldsend), room H1. Students are writing up their source analysis; the slides are on Teams.

Thanks very much, and sorry it's another one this week.

Julie
Cover Office
""", cte="7bit")

msg("clean", "sports_day_letter",
    "PE department letter to parents about sports day",
    "stubbs", ["jane", "ali"], "Sports Day – Friday 11 July", D(2025, 7, 1, 13, 30, 8), """
Dear parents and carers,

Sports Day will take place on Friday 11 July on the school field, starting at 9.30am and finishing with the relay races at around 2.15pm. Parents are very welcome to come and watch from behind the rope on the bank side of the field.

Students should come to school in full PE kit, with their house colour T-shirt if they have one. Please make sure they have:
- suncream already on, and more in their bag
- a hat
- a water bottle (there will be refill stations)
- a packed lunch, or they can go to the canteen as normal

If the weather is bad, we will move the main events to Monday 14 July and let you know by text by 7.30am.

Every student is expected to take part in at least one event, but there's something for everyone - from the 1500m to the egg and spoon. Staff against Year 11 tug of war is at 1.45pm. We haven't lost for three years.

Thank you,
Mr D Stubbs
Head of PE
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", fmt="alt")

msg("clean", "homework_detention_notice",
    "tutor notifies parent of a homework detention",
    "baxter", ["jane"], "Homework detention – Wednesday", D(2025, 1, 27, 15, 52, 33), """
Dear Jane,

I'm writing to let you know that Maisie has a 30-minute homework detention on Wednesday after school, 3.10 to 3.40pm in room H4. She's missed three pieces of Sparx maths homework in a row.

I've spoken to her about it and she says she's been having trouble logging in at home. If that's the case, she can do her homework in the library at dinner time on any day, and I've told her that she can come and see me if she gets stuck with the login.

If Wednesday is a problem for getting home, just let me know and we can move it to Thursday.

Thanks,
Mr R Baxter
9RB Form Tutor
Example School
""")

msg("clean", "bridge_good_week_update",
    "AP unit weekly update to parent",
    "fairburn", ["sam"], "Kian's week at The Bridge", D(2025, 2, 28, 15, 31, 19), """
Hi Sam,

Just a quick round-up of Kian's week, because it's been a good one.

- He was in every day, and on time every day apart from Tuesday (the bus, not him).
- He finished his English practice paper on Wednesday and got 38 out of 80, which is his best yet. Miss Ackroyd was made up.
- He's been brilliant on the allotment with the younger ones - he showed two of the Year 8s how to double dig and didn't lose his rag once, even when one of them dug up the rhubarb.
- Thursday he was a bit flat after dinner. He said he'd had a falling out with his mates about the weekend, but he was fine by the end of the day.

Next week is a short one for him because of his college taster day on Tuesday. He needs to be at school by 8.30 that day for the minibus.

Have a good weekend,
Joanne
""", client="gmail")

PNG_SPUDS = make_png(8, 6, (96, 140, 60))

msg("clean", "spud_harvest_pupils",
    "allotment club note to pupils with a photo attached",
    "beverley", ["23kfirth", "23hwhittaker", "23ebenn", "22lmilner"], "Spud harvest Wednesday!",
    D(2025, 7, 7, 12, 15, 49), """
Hi allotment club,

The first earlies are ready! We're digging them up on Wednesday after school, 3.15 till about 4.30, meet at the allotment gate. Wear old shoes and something you don't mind getting muddy.

Everyone takes a bag home, and the rest go to the canteen for Friday's dinner.

Photo attached of what Liam found under one plant on Monday - that's just one plant!

Mr B
""", client="gmail", attachments=[("IMG_4127.png", "image/png", PNG_SPUDS)])

msg("clean", "y11_study_leave_parent",
    "Head of Year 11 explains study leave arrangements to a parent",
    "hinchliffe", ["sam"], "Year 11 study leave – what happens now", D(2025, 5, 19, 16, 14, 22), """
Dear Sam,

As the main exam season gets going, I wanted to explain how study leave will work for Kian.

From Monday 2 June, Year 11 students only need to be in school for their exams, and for any revision sessions they've been invited to. Their exam timetable shows the start times: morning exams start at 9.00am (students should be in the hall by 8.40am) and afternoon exams at 1.30pm (in by 1.10pm).

Breakfast club is open from 8.00am every exam day and is free for Year 11.

The Bridge will stay open for Kian and the other Bridge students throughout, so if he'd rather revise in school with Mrs Fairburn's team, he's very welcome. A lot of the lads find it easier than working at home.

If Kian is ill on the day of an exam, you must ring the school before 8.30am - missing an exam without a reason can mean he isn't entered for the next one.

The last exam for most students is on Friday 20 June, and the prom is the following Friday.

Best wishes,
Mr M Hinchliffe
Head of Year 11
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", fmt="alt")

msg("clean", "y10_parents_evening_booking",
    "office invites parent to book parents' evening slots",
    "office", ["ali"], "Year 10 parents' evening – booking now open", D(2025, 2, 24, 16, 0, 0), """
Dear Mr Guardian,

Year 10 parents' evening is on Thursday 6 March, 4.30pm to 7.30pm, in the sports hall.

Booking is now open on the parent app - go to Parents' Evening, choose your child's teachers and pick your times. Each appointment lasts five minutes, so please leave a gap between appointments if you can. Booking closes at midday on Wednesday 5 March.

If you can't come in person, you can choose a phone appointment instead, and the teacher will ring you at your chosen time from school.

Year 10 students are very welcome to come along with you, and we'd encourage it.

Kind regards,
Example School Office
""")

msg("clean", "lino_print_exhibition",
    "art teacher's praise email to parent",
    "sykes", ["jane"], "Maisie's lino print", D(2025, 5, 2, 15, 33, 4), """
Dear Jane,

I just wanted to let you know that Maisie's lino print of the pit wheel has been chosen for the Young Artists exhibition at the Civic Hall in June. Only twelve pieces were selected from across all the schools in the area, and hers was one of them.

She worked on it for weeks, and the detail in the spokes is really skilful. She should be very proud - I know I am.

The exhibition opens on Saturday 14 June and runs for three weeks. I'll send more details nearer the time.

Best wishes,
Miss R Sykes
Head of Art
Example School
""", fmt="alt")

msg("clean", "budget_monitoring_p9",
    "business manager's budget monitoring note to head (staff-only)",
    "finance", ["ogden"], "Budget monitoring – period 9", D(2025, 1, 15, 11, 48, 36), """
Hi Steve,

Period 9 monitoring attached in the usual format. Headlines:

- Forecast outturn is a deficit of £18,400 against a budgeted deficit of £25,000, so slightly better than planned.
- Supply is still the biggest pressure - £41,200 spent against a full-year budget of £45,000. If the long-term absence in science carries on past Easter, we'll go over.
- Energy has come in under, mainly because of the new boiler in A block (not C block, sadly).
- The Bridge income from the local authority for the three extra places is confirmed from April.
- The music hub grant for band instruments (£3,750) has arrived, and Gary has spent it already.

Can we go through it on Tuesday before the Finance Committee on the 28th?

Sandra
""")

msg("clean", "library_overdue_y7",
    "librarian reminds a Year 7 pupil about overdue books",
    "library", ["24fparkin"], "Overdue library books", D(2025, 3, 6, 13, 2, 18), """
Hi Freddie,

Just a friendly reminder that you have two library books that are now overdue:

- Wonder by R. J. Palacio (due 20 February)
- The Boy at the Back of the Class (due 27 February)

Could you bring them back to the library this week? If you've lost them, come and see me and we'll sort it out - you're not in trouble.

World Book Day is today, so come to the library at dinner for the quiz and the free book tokens!

Mrs Marsh
School Librarian
""", cte="7bit")

msg("clean", "lost_property_mountain",
    "office letter to parents about lost property",
    "office", ["jane", "sam", "ali"], "Lost property – please check before Friday 18 July", D(2025, 7, 10, 10, 30, 0), """
Dear parents and carers,

Our lost property mountain has reached new heights this term! We currently have more than 60 blazers, 40 jumpers, a lot of PE kit, eleven water bottles, a trombone mouthpiece and a single football boot (size 7).

Anything that is named will be returned to its owner before the end of term. Anything that isn't named will be washed and put on the pre-loved uniform rail after Friday 18 July.

Lost property is laid out in the foyer at dinner time every day next week, so please remind your child to come and have a look. You are also welcome to come in after school between 3.15 and 4pm.

And please - name everything!

Thank you,
Example School Office
""", fmt="alt", client="gmail")

msg("clean", "dentist_appointment_ack",
    "attendance acknowledges parent's note about a dental appointment",
    "attendance", ["jane"], "Re: Maisie dentist Thursday", D(2025, 4, 29, 9, 5, 12), """
Dear Jane,

Thank you for letting us know. I've recorded Maisie's dental appointment on Thursday 1 May. Please bring her to reception when you collect her at 10.15, and sign her out. If she's coming back in afterwards, she needs to sign in at reception too.

Many thanks,
Mrs P Wragg
Attendance Officer

On Tue, 29 Apr 2025 at 07:51, Jane Parent <jane.parent@gmail.com> wrote:
> Morning, Maisie has the dentist Thursday at 10.30 so I'll fetch her at
> quarter past 10 and bring her back after. Thanks Jane
""", client="gmail", reply_of="jane")

msg("clean", "y10_careers_fair_rota",
    "careers adviser's staff rota for the careers fair (staff-only)",
    "moxon", ["allstaff"], "Year 10 careers fair – Tuesday 25 March", D(2025, 3, 18, 15, 46, 0), """
Hi everyone,

Thanks so much for all your help with the careers fair next Tuesday in the sports hall, 9.00 to 12.30. We have 22 employers and providers coming this year, including the college, the fire service, the NHS trust, two engineering firms from the industrial estate, the council's apprenticeships team and the army.

Form groups will visit in this order:
9.15 - 10X1 and 10X2
10.00 - 10Y1 and 10Y2
11.00 - 10X3 and 10Y3
11.45 - The Bridge Year 10s, with Joanne and Kev

Tutors, please go down with your form and stay with them - the employers tell me this makes a big difference.

I still need two volunteers to meet employers at reception from 8.15 and show them to their tables. Tea and bacon sandwiches for helpers!

Helen
""")

msg("clean", "friendship_worry_reply",
    "Head of Year replies reassuringly to a parent's friendship worry, with quoted thread",
    "hepworth", ["jane"], "Re: Maisie and the girls in her form", D(2025, 6, 24, 16, 28, 9), """
Hi Jane,

Thank you for getting in touch, and I'm sorry Maisie has had such a rotten week.

I spoke to her this morning, and then to the other two girls separately. It seems to have started over a falling out on Saturday about a sleepover, and then it got worse in a group chat on Sunday. The other girls were honest about their part, and they've both apologised to Maisie. I've moved the seating in form so they're not sat together for a bit.

I'll check in with Maisie again on Friday, and her tutor Mr Baxter will keep an eye on her in the meantime. If she says anything at home that worries you, please let me know straight away - it's much easier to sort these things out early.

Kind regards,
Mrs K Hepworth
Head of Year 9
Example School

On Mon, 23 Jun 2025 at 20:41, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Hepworth, Maisie's been right mardy all week and tonight she
> finally told me some of the lasses in her form are leaving her out and
> saying stuff about her. She doesn't want me to make a fuss but I'm
> worried. Can you have a word? Thanks, Jane
""", fmt="alt", client="gmail", reply_of="jane")

msg("clean", "spring_concert_thanks",
    "headteacher's thank-you to parents after the spring concert",
    "ogden", ["jane", "sam", "ali"], "Thank you – Spring Concert", D(2025, 3, 21, 12, 10, 0), """
Dear parents and carers,

I wanted to say a huge thank you to everyone who came to the Spring Concert on Wednesday evening. The hall was packed, and the atmosphere was something else.

Our brass band opened the evening with a rousing march and finished it with "Deep Harmony", which I know brought a tear to more than a few eyes - including some of the old colliery band players sitting at the back. In between, we had the choir, two rock bands, a string quartet and a fantastic solo from one of our Year 8 cornet players.

The raffle raised £412 for the band's new uniforms. Thank you to everyone who donated prizes, bought tickets or served tea.

A special thank you to Mr Lindley and the music department, who spent weeks getting everyone ready, and to the site team, who stayed until nearly eleven to put the hall back together.

Yours sincerely,

Mr S Ogden
Headteacher
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt")

msg("clean", "fwd_safeguarding_inset",
    "DSL forwards local authority training details to staff (staff-only)",
    "royston", ["allstaff"], "Fwd: Safeguarding update training – September INSET", D(2025, 7, 15, 9, 40, 33), """
All,

Please see below. This year's annual safeguarding update will be delivered in school on the first INSET day, Monday 1 September, 9.00 to 11.30, in the library. It is compulsory for all staff, including part-time staff and TAs.

Please also read the new Keeping Children Safe in Education Part 1 before then. I'll send it out once it's published.

Denise

---------- Forwarded message ---------
From: LA Safeguarding Training <safeguarding.training@example.org>
Date: Mon, 14 Jul 2025 at 16:02
Subject: Safeguarding update training – September INSET
To: <dsl@example-school.org.uk>

Dear DSL,

Thank you for booking your whole-staff safeguarding update for Monday 1 September. Your trainer will be Mark Eastwood from the Education Safeguarding Team, who will arrive at 8.30am.

The session will cover the changes to statutory guidance, online safety, child-on-child abuse, and local themes from the last year. Please make sure a projector and a sign-in sheet are available.

Kind regards,
Education Safeguarding Team
""", client="gmail")

PDF_AGENDA = make_pdf([
    "Example School - Full Governing Body",
    "Wednesday 14 May 2025, 5.30pm, Library",
    "",
    "1. Apologies and declarations of interest",
    "2. Minutes of the meeting of 12 March 2025",
    "3. Headteacher's report",
    "4. Alternative provision (The Bridge) - expansion update",
    "5. Finance committee report - period 9 monitoring",
    "6. Safeguarding - annual report from the DSL",
    "7. Policies for approval: Attendance; Online Safety",
    "8. Any other business",
])

msg("clean", "governors_agenda",
    "headteacher sends governors' meeting agenda with PDF attached (school-domain recipients)",
    "ogden", ["governors"], "FGB agenda – Wednesday 14 May", D(2025, 5, 7, 17, 2, 14), """
Dear governors,

Please find attached the agenda for the Full Governing Body meeting next Wednesday, 14 May, at 5.30pm in the library. Papers are in the governors' folder on the shared drive.

Joanne Fairburn will give a short presentation on the expansion of The Bridge under item 4, and Denise will present the annual safeguarding report.

Tea, coffee and (I'm told) Sandra's flapjack will be available from 5.15.

Please let me know if you can't attend, so that I can check we're quorate.

With thanks,
Steve Ogden
Headteacher
""", fmt="alt", attachments=[("FGB agenda 14 May 2025.pdf", "application/pdf", PDF_AGENDA)])

msg("clean", "y8_fractions_homework",
    "maths teacher sets Year 8 homework and offers help club",
    "whiteley", ["23kfirth", "23hwhittaker", "23ebenn"], "8Y2 maths – this week's homework", D(2025, 6, 16, 16, 2, 51), """
Hi 8Y2,

This week's Sparx homework is on dividing fractions, which we started on Friday. It's due next Monday at 8am as usual. Remember to write your workings in your book - I'll be checking them in Tuesday's lesson, and bookwork codes count.

If you get stuck, there's homework club in M4 every Wednesday dinner. Bring your dinner with you, I don't mind.

Quick recap of the method: keep the first fraction, change the divide to a times, flip the second fraction. Then simplify if you can.

Well done to Harvey and Evie, who got 100% last week!

Mr Whiteley
""", client="gmail")


# ==========================================================================
# Output
# ==========================================================================
README = """# Round 21 hold-out corpus: personal-address-to-parent

**Blind hold-out set. Never use it for tuning rules, thresholds or code.** It was
written without looking at mailguard's code, rules, tests, docs or git history,
and mailguard was never run while it was written. Use it only to measure the
filter after the fact; if it is used for tuning it stops being a hold-out set.

## What it is

{total} complete RFC 5322 messages (`.eml`) sent by staff of "Example School"
(`@example-school.org.uk`), labelled by the intent of the school policy
("never use your own personal phone or e-mail to communicate with pupils or
parents; do not give pupils or parents your personal phone number, home address
or personal e-mail; do not add them as friends on social media"), judged as a
designated safeguarding lead would judge it.

Setting for this round: an 11-16 school in a former mining town in South
Yorkshire, with a large alternative-provision unit ("The Bridge"), a brass band,
a school allotment, the Year 11 prom, local dialect (nowt, owt, mardy, ginnel,
snicket, nesh) and staff who know families outside school. The school's own
identity (Park Row, Leeds LS1 4AP, 01632 960000, office@) is used in signatures.
All other people, streets, businesses and mailboxes are invented; every phone
number is from the Ofcom drama ranges. The three parents are the ones in
`directory/parents.csv` (their children are called Maisie, Kian and Tyler in the
mail). Pupils are `@pupils.example-school.org.uk`; third parties use example.com /
example.org; personal webmail uses consumer domains with made-up local parts.

## Counts

| expected | count |
|----------|------:|
| flag     | {flag} |
| clean    | {clean} |
| of which clean everyday mail | {everyday} |
| of which clean hard negatives | {hard} |
| **total** | **{total}** |

`labels.csv` has the columns `file,expected,sender,recipients,note`
(recipients = To + Cc addresses, space-separated; judgement calls are marked
`[unsure]` in the note).

## How it was made / how to regenerate

Written by hand as data in `../make_round21_personal.py` (Python 3.11, stdlib
only), which builds the raw MIME text itself with fixed dates, Message-IDs and
boundaries. Regenerate with:

    python3 tests/holdout/round21/make_round21_personal.py

Running it twice gives byte-identical files.

## Kinds of case

Flag (staff -> at least one parent or pupil, giving the sender's own details):
- personal mobile in many formats: plain, `+44`, `0044`, dots, brackets, no spaces,
  split over a hard line break, `&nbsp;` in an HTML-only signature
- home landline; home address with and without a postcode
- personal e-mail in the body (hotmail, gmail), in Cc (yahoo), in Reply-To only
- own mobile hidden in a vCard (.vcf) or calendar invite (.ics) attachment
- bodies in quoted-printable and base64, RFC 2047 subjects
- invitations to private channels: WhatsApp group, group chat, Facebook friend
  request, Instagram follow/DM, Discord

Clean, hard negatives:
- school number/postcode in all sorts of formats; the AP unit's own school line
- a school-owned trip / expedition phone, stated as such
- the parent's own number, address or e-mail read back or quoted in a reply
- third parties' details given for a reason: coach firm, hotel venue, college,
  employer, wellbeing service and crisis line, EP service, neighbourhood police
- numbers that are not phones: candidate/centre numbers, ISBNs, sort code and
  account number, Teams meeting ID and dial-in bridge, invoice references, times,
  prices, venue postcodes
- staff-only mail with personal details (HR record, staff do, expedition staff
  briefing, a report to the DSL); a teacher's own mobile given to a supplier
- e-safety advice naming apps; the school's official social media pages
- staff refusing to give a personal number or to use WhatsApp

Clean, everyday: reminders, homework, band notices, trip letters with consent
forms, newsletters, reports, meeting notes, cover, site notices, replies to
parents, praise, budget notes, governors' papers.
"""


def main():
    slugs = [m["slug"] for m in MESSAGES]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    order = list(MESSAGES)
    random.Random(2021).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv",):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rcpts = [A(k)[1] for k in m["to"]] + [A(k)[1] for k in m["cc"]]
        rows.append([fname, m["label"], A(m["frm"])[1], " ".join(rcpts), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in MESSAGES if m["label"] == "flag")
    nclean = len(MESSAGES) - nflag
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MESSAGES), flag=nflag, clean=nclean,
                               everyday=EVERYDAY_COUNT, hard=nclean - EVERYDAY_COUNT))
    print(f"wrote {len(MESSAGES)} messages ({nflag} flag, {nclean} clean) to {OUT}")


EVERYDAY_COUNT = 30

if __name__ == "__main__":
    main()
