#!/usr/bin/env python3
"""Generate the round 41 blind hold-out corpus for the personal-address-to-parent module.

Setting: an infant and junior school next to an Army garrison in Wiltshire
(service families, deployments, postings, the Service Pupil Premium, the HIVE,
welfare officers, BFPO addresses).

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice
gives byte-identical output.

All people, addresses, phone numbers and organisations are fictitious; phone
numbers are in Ofcom's drama ranges, third-party domains are example.com/.org/.net.
"""

import base64
import csv
import email
import email.policy
import hashlib
import html as htmlmod
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

STAFF = {
    # key: (display name, mailbox, role)
    "ashworth": ("Helen Ashworth", "h.ashworth", "Headteacher"),
    "okafor": ("Dan Okafor", "d.okafor", "Deputy Headteacher and Designated Safeguarding Lead"),
    "dsl": ("Designated Safeguarding Lead", "dsl", "Designated Safeguarding Lead"),
    "pritchard": ("Chloe Pritchard", "c.pritchard", "Year 2 Teacher, Kestrels Class"),
    "reddaway": ("Tom Reddaway", "t.reddaway", "Year 5 Teacher, Merlins Class"),
    "sandhu": ("Priya Sandhu", "p.sandhu", "SENCo"),
    "willis": ("Karen Willis", "k.willis", "School Business Manager"),
    "office": ("Example School Office", "office", "School Office"),
    "doyle": ("Gemma Doyle", "g.doyle", "Service Children's Support Lead and ELSA"),
    "maddox": ("Lewis Maddox", "l.maddox", "Year 6 Teacher and PE Lead"),
    "prothero": ("Siân Prothero", "s.prothero", "Reception Teacher, Robins Class"),
    "bello": ("Nkechi Bello", "n.bello", "Year 4 Teacher, Ospreys Class"),
    "farrant": ("Jo Farrant", "j.farrant", "Teaching Assistant, Year 1"),
    "griffiths": ("Aled Griffiths", "a.griffiths", "Year 3 Teacher and Music Lead"),
    "attendance": ("Maureen Tully", "attendance", "Attendance Officer"),
    "hollis": ("Ben Hollis", "b.hollis", "Computing and Online Safety Lead"),
    "ferreira": ("Rachel Ferreira", "r.ferreira", "Wraparound Care Manager"),
    "admissions": ("Lorna McBride", "admissions", "Admissions and Pupil Mobility Officer"),
    "whitlock": ("Zoë Whitlock", "z.whitlock", "Year 1 Teacher, Wrens Class"),
    "kettley": ("Fiona Kettley", "f.kettley", "Kitchen Manager"),
    "ure": ("Simon Ure", "s.ure", "Site Manager"),
    "nwosu": ("Amara Nwosu", "a.nwosu", "Family Support Worker"),
    "carrow": ("Beth Carrow", "b.carrow", "Year 6 Teacher and Educational Visits Coordinator"),
    "whitcombe": ("Pam Whitcombe", "p.whitcombe", "HLTA"),
    "brannigan": ("Kyle Brannigan", "k.brannigan", "Sports Coach"),
    "dunmore": ("Claire Dunmore", "c.dunmore", "Teaching Assistant, Reception"),
    "penhaligon": ("Josh Penhaligon", "j.penhaligon", "Year 3 Teacher, Kingfishers Class"),
    "kerslake": ("Abi Kerslake", "a.kerslake", "Teaching Assistant, Year 5"),
}


def staff(key, display=None):
    name, box, _ = STAFF[key]
    return (display or name, f"{box}@{SCHOOL}")


def s_addr(box):
    return f"{box}@{SCHOOL}"


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name=""):
    return (name, f"{local}@{PUPILS}")


# other (not in the MIS export) parents, all invented
OTHER_PARENTS = {
    "stanford": ("Kerry Stanford", "kerry.stanford91@hotmail.co.uk"),
    "hughes": ("Matt & Bex Hughes", "mattandbex.hughes@gmail.com"),
    "okonkwo": ("Dayo Okonkwo", "d.okonkwo.family@gmail.com"),
    "finch": ("Louise Finch", "lou.finch88@icloud.com"),
    "tapper": ("Ryan Tapper", "ryan.tapper.2rwr@yahoo.co.uk"),
    "kowalska": ("Natalia Kowalska", "nat.kowalska@outlook.com"),
    "baptiste": ("Marcia Baptiste", "marcia.baptiste@sky.com"),
    "mensah": ("Kofi Mensah", "kmensah.home@gmail.com"),
    "walsh": ("Siobhan Walsh", "siobhan.walsh22@live.co.uk"),
}


def op(key):
    return OTHER_PARENTS[key]


# ---------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------


def sig(key, style="full", name=None, role=None, closing=None):
    n, box, r = STAFF[key]
    n = name or n
    r = role or r
    mail = f"{box}@{SCHOOL}"
    if style == "full":
        s = f"{n}\n{r}\nExample School\nPark Row, LS1 4AP\nTel: 01632 960000"
    elif style == "full_web":
        s = (f"{n}\n{r}\nExample School | Park Row | LS1 4AP\n"
             f"T: 01632 960000 | E: {mail}\nwww.example-school.org.uk")
    elif style == "bar":
        s = f"{n} | {r} | Example School | 01632 960000"
    elif style == "disclaimer":
        s = (f"{n}\n{r}\nExample School, Park Row, LS1 4AP\nTelephone 01632 960000\n\n"
             "This e-mail and any attachments are confidential and intended for the named\n"
             "recipient only. If you have received it in error please tell the sender and\n"
             "delete it. Example School is part of the Chalkdown Vale Learning Trust.")
    elif style == "name":
        s = n
    else:
        raise ValueError(style)
    if closing:
        s = closing + "\n\n" + s
    return s


# ---------------------------------------------------------------------------
# MIME building (raw text, so boundaries and encodings are fixed)
# ---------------------------------------------------------------------------


class Leaf:
    def __init__(self, ctype, data, cte, charset=None, filename=None, disposition=None,
                 params=None, extra_headers=None):
        self.ctype = ctype
        self.data = data  # str for text, bytes for binary
        self.cte = cte
        self.charset = charset
        self.filename = filename
        self.disposition = disposition
        self.params = params or []
        self.extra_headers = extra_headers or []


class Multi:
    def __init__(self, subtype, parts):
        self.subtype = subtype
        self.parts = parts


def text(body, cte="quoted-printable", flowed=False):
    params = [("format", "flowed")] if flowed else []
    return Leaf("text/plain", body, cte, charset="utf-8", params=params)


def htmlpart(body, cte="quoted-printable"):
    return Leaf("text/html", body, cte, charset="utf-8")


def attach(filename, ctype, data, cte="base64", inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Leaf(ctype, data, cte, filename=filename,
                disposition="inline" if inline else "attachment")


def alt(plain, html_):
    return Multi("alternative", [plain, html_])


def mixed(*parts):
    return Multi("mixed", list(parts))


def encode_body(data, cte):
    if isinstance(data, str):
        raw = data.encode("utf-8")
    else:
        raw = data
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII content"
        out = raw.decode("ascii")
    elif cte == "8bit":
        out = raw.decode("utf-8")
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    if not out.endswith("\n"):
        out += "\n"
    for line in out.split("\n"):
        assert len(line.encode("utf-8")) <= 998, "line too long"
    return out


def boundary_for(seed, depth, style):
    h = hashlib.sha1(f"{seed}/{depth}".encode()).hexdigest()
    if style == "outlook":
        return f"_00{depth}_LO2P265MB{h[:4].upper()}{h[4:28].upper()}_"
    if style == "gmail":
        return f"0000000000{h[:16]}"
    if style == "apple":
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    return f"----=_NextPart_00{depth}_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}"


def render_part(part, seed, style, depth=0):
    """Return (header lines, body text) for a part."""
    if isinstance(part, Multi):
        b = boundary_for(seed, depth, style)
        hdrs = [f'Content-Type: multipart/{part.subtype};\n\tboundary="{b}"']
        chunks = []
        if depth == 0:
            chunks.append("This is a multi-part message in MIME format.\n")
        for i, sub in enumerate(part.parts):
            sh, sb = render_part(sub, seed + f".{i}", style, depth + 1)
            chunks.append(f"--{b}\n" + "\n".join(sh) + "\n\n" + sb)
        chunks.append(f"--{b}--\n")
        return hdrs, "\n".join(chunks)
    ct = part.ctype
    params = []
    if part.charset:
        params.append(("charset", part.charset))
    params += part.params
    if part.filename:
        params.append(("name", part.filename))
    ct_line = ct + "".join(f'; {k}="{v}"' for k, v in params)
    hdrs = [f"Content-Type: {ct_line}"]
    if part.disposition:
        hdrs.append(f'Content-Disposition: {part.disposition}; filename="{part.filename}"')
    hdrs.append(f"Content-Transfer-Encoding: {part.cte}")
    hdrs += part.extra_headers
    return hdrs, encode_body(part.data, part.cte)


def encoded_words(s, mode="B"):
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 39:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        raw = c.encode("utf-8")
        if mode == "B":
            words.append("=?UTF-8?B?" + base64.b64encode(raw).decode("ascii") + "?=")
        else:
            enc = ""
            for byte in raw:
                ch = chr(byte)
                if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    enc += ch
                elif ch == " ":
                    enc += "_"
                else:
                    enc += f"={byte:02X}"
            words.append("=?UTF-8?Q?" + enc + "?=")
    return "\n ".join(words)


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def fold_addrs(pairs):
    return ",\n\t".join(fmt_addr(p) for p in pairs)


# ---------------------------------------------------------------------------
# HTML rendering of plain bodies
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
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
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def esc(s):
    return htmlmod.escape(s, quote=False)


def plain_to_html(body, style):
    """Turn a plain body into the HTML a mail client would send alongside it."""
    paras = body.split("\n\n")
    out = []
    for para in paras:
        lines = para.split("\n")
        runs = []  # (quoted?, [lines])
        for line in lines:
            q = line.startswith(">")
            if runs and runs[-1][0] == q:
                runs[-1][1].append(line)
            else:
                runs.append((q, [line]))
        for q, ls in runs:
            if q:
                inner = "<br>\n".join(esc(l[1:].lstrip(" ")) for l in ls)
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                           f'padding-left:1ex">{inner}</blockquote>')
            elif style == "outlook":
                for l in ls:
                    out.append(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>')
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                inner = "<br>\n".join(esc(l) for l in ls)
                out.append(f"<div>{inner}</div><div><br></div>")
    inner = "\n".join(out)
    if style == "outlook":
        return OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                f'</head><body dir="auto">{inner}</body></html>\n')
    return f"<html><body>\n{inner}\n</body></html>\n"


def altp(body, style="outlook", cte="quoted-printable", html_cte="quoted-printable"):
    return alt(text(body, cte), htmlpart(plain_to_html(body, style), html_cte))


# ---------------------------------------------------------------------------
# Small attachment builders
# ---------------------------------------------------------------------------


def make_pdf(title, lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT\n/F1 14 Tf 56 790 Td 18 TL\n(" + pesc(title) + ") Tj T*\n/F1 10.5 Tf 14 TL T*\n"
    for l in lines:
        assert l.isascii()
        content += "(" + pesc(l) + ") Tj T*\n"
    content += "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({pesc(title)}) /Producer (Microsoft Word for Microsoft 365) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n") + "\r\n"


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

MESSAGES = []

GMT = timezone.utc


def M(label, slug, when, sender, to, subject, body, note, cc=(), style="outlook",
      subject_enc=None, reply_to=None, extra=(), mid=None):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, when=when, sender=sender, to=list(to),
                         cc=list(cc), subject=subject, body=body, note=note, style=style,
                         subject_enc=subject_enc, reply_to=reply_to, extra=list(extra), mid=mid))


def d(month, day, hh, mm):
    return datetime(2025, month, day, hh, mm, 0, tzinfo=GMT)


def message_id(m):
    h = hashlib.sha1(("r41p/" + m["slug"]).encode()).hexdigest().upper()
    style = m["style"]
    if m["mid"]:
        return m["mid"]
    if style == "outlook":
        return f"<LO2P265MB{h[:4]}{h[4:16]}{h[16:24]}@LO2P265MB{h[:4]}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{SCHOOL}>"
    if style == "gmail":
        return f"<CAF{h[:20].lower()}+{h[20:30].lower()}@mail.{SCHOOL}>"
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{SCHOOL}>"


def render(m):
    lines = []
    lines.append("From: " + fmt_addr(m["sender"]))
    lines.append("To: " + fold_addrs(m["to"]))
    if m["cc"]:
        lines.append("Cc: " + fold_addrs(m["cc"]))
    if m["reply_to"]:
        lines.append("Reply-To: " + fmt_addr(m["reply_to"]))
    subj = m["subject"]
    if m["subject_enc"] or not subj.isascii():
        subj = encoded_words(subj, m["subject_enc"] or "B")
    lines.append("Subject: " + subj)
    lines.append("Date: " + format_datetime(m["when"]))
    lines.append("Message-ID: " + message_id(m))
    for h in m["extra"]:
        lines.append(h)
    if m["style"] == "outlook":
        lines.append("Content-Language: en-GB")
        lines.append("X-MS-Has-Attach: " + ("yes" if isinstance(m["body"], Multi)
                                            and m["body"].subtype == "mixed" else ""))
    elif m["style"] == "apple":
        lines.append("X-Mailer: iPhone Mail (22D82)")
    elif m["style"] == "gmail":
        pass
    else:
        lines.append("User-Agent: Mozilla Thunderbird")
    lines.append("MIME-Version: 1.0")
    hdrs, body = render_part(m["body"], m["slug"], m["style"])
    lines += hdrs
    return ("\n".join(lines) + "\n\n" + body).encode("utf-8")



# ===========================================================================
# FLAG: staff give parents / pupils their own personal contact details
# ===========================================================================

# F1 -- own mobile, plain text
M("flag", "y2_teacher_mobile_deployment", d(1, 13, 16, 42),
  staff("pritchard"), [JANE], "Ellie this week",
  text("""\
Hi Jane,

Just a quick one to let you know Ellie has been a bit teary this week, mostly
at the end of the day when the other children are being collected. At story
time she told me Daddy has "gone on the big plane again" and she isn't sure
when he's coming back. That's completely normal in the first few weeks of a
deployment and she's been lovely in class, but I wanted you to know so we're
on the same page.

Mrs Doyle has a space in her Tuesday lunchtime group for children with a
parent away, if you're happy for Ellie to join. I've also said she can keep
her little heart keyring in her tray and hold it when she needs to.

If it's easier than email, honestly just text me on my own mobile, 07700 900314.
I know evenings are when you finally get a minute to yourself and I really
don't mind.

Chloe
""", "7bit"),
  "Y2 teacher gives own mobile to parent during a deployment, plain text")

# F2 -- WhatsApp, +44 format, Outlook multipart
M("flag", "slc_whatsapp_group_plus44", d(1, 16, 12, 58),
  staff("doyle"), [JANE], "Coffee morning for families with someone away",
  altp("""\
Dear Jane,

It was lovely to meet you properly at pick-up on Friday. As promised, here are
the details of the coffee morning for families with someone away on Op TANAGER:
Wednesday 5 February, 8.50 to 10.00am in the Compass Room (the old library,
through the blue door by the hall). Little ones are welcome, there will be
toys out.

A few of the mums and I have also started a WhatsApp group so people can share
the little things: lost parcels, the welfare box deadlines, who's going on the
HIVE trip to the panto. It isn't a school thing, it's just me, so add me on
WhatsApp and I'll pop you in: +44 7700 900 582.

Ellie and Alfie were both at Compass Club yesterday. Ellie is decorating a
"hug jar" for when her dad rings, it's gorgeous.

Best wishes,
Gemma

""" + sig("doyle", "full")),
  "Service children lead invites parent to her own WhatsApp, +44 mobile")

# F3 -- Reply-To personal gmail
M("flag", "senco_reply_to_gmail", d(1, 29, 17, 5),
  staff("sandhu", "Priya Sandhu"), [ALI], "RE: Reuben - reading assessment and next steps",
  altp("""\
Dear Sgt Guardian,

Thank you for replying from Kenya, I know the connection out there comes and
goes. I'm glad you and Mrs Guardian are happy for Reuben to have the fuller
reading assessment. I'll do it with him over two short sessions so he doesn't
get tired, and I'll write it up for his one-page profile.

I'm on the NASENCO course in Bath for most of next week, so I won't be
checking my school inbox much. I've set my email up so that replies to this
one come straight to me wherever I am, so just reply here with any questions
and I'll get back to you in the evening.

Kind regards,
Priya Sandhu

""" + sig("sandhu", "bar", name="Mrs P Sandhu")),
  "SENCo sets Reply-To to her personal gmail for a deployed parent's replies",
  reply_to=("Priya Sandhu", "priya.sandhu.home@gmail.com"),
  extra=["In-Reply-To: <CAJx8Ra1-reuben-kenya-0125@mail.gmail.com>",
         "References: <CAJx8Ra1-reuben-kenya-0125@mail.gmail.com>"])

# F4 -- Cc own hotmail to pupil + parent
M("flag", "pe_lead_cc_home_hotmail", d(2, 10, 15, 37),
  staff("maddox", "Mr L Maddox"), [pupil("18mguardian", "Maya Guardian"), ALI],
  "Maya - county cross-country final",
  text("""\
Hi Maya (and Mr Guardian),

Brilliant news: Maya finished 4th out of 62 in the area cross-country on
Saturday, which means she has qualified for the county final at Hawkridge Park
on Saturday 22 March. She ran a really clever race and overtook three girls on
the last hill.

I'll be doing all the county entries over half term and I'm not logging into
the school system from home, so I've copied in my home email. Please reply to
both addresses by Friday to say whether she can go. We'll need a parent or
carer to get her there for 9.30am and stay with her, as it isn't a school
trip.

Well done Maya, so proud of you!

Mr Maddox
PE Lead
""", "7bit"),
  "PE lead copies in his own hotmail on mail to a pupil and her father",
  cc=[("Lewis Maddox", "lewis.maddox.pe@hotmail.co.uk")], style="other")

# F5 -- home address with postcode
M("flag", "reception_costume_home_address", d(3, 3, 19, 12),
  staff("prothero"), [JANE], "Alfie's costume for Thursday",
  altp("""\
Hi Jane,

Please don't worry about the costume, you've got enough on with Lee away. I've
still got the Gruffalo onesie from when my two were little and it should fit
Alfie perfectly.

I'm home all tomorrow evening after 5 if you want to pop round and try it on
him: 14 Larkspur Close, Chalkdown St Mary, SP4 9QX. It's the house with the
green camper van on the drive. Then he's all set for Thursday.

Siân

Mrs S Prothero
Reception, Robins Class
Example School""", "gmail"),
  "Reception teacher gives parent her home address and postcode", style="gmail")

# F6 -- home address on the patch (SFA), no postcode, 8bit
M("flag", "ta_patch_home_address", d(2, 7, 15, 51),
  staff("farrant", "Jo Farrant"), [SAM], "Lily's reading folder",
  text("""\
Hi Sam,

Lily left her reading folder on the bench by the Year 1 door again – I've
got it with me so it doesn't end up in lost property over the weekend.

Rather than wait till Monday, just knock and grab it whenever suits. I'm only
round the corner from you on the patch, 27 Gunner Road, the one with the
trampoline in the front garden. Our Dylan's in Year 3 so you've probably seen
me at the gate with him. If I'm not in, my husband will be.

She read her book to me beautifully today by the way, no help at all with
"frightened"!

Jo
(Mrs Farrant, Year 1 TA)
""", "8bit"),
  "Y1 TA gives carer her married-quarter home address (no postcode)", style="other")

# F7 -- vCard attachment with personal mobile and yahoo
VCARD_NWOSU = crlf("""\
BEGIN:VCARD
VERSION:3.0
N:Nwosu;Amara;;Mrs;
FN:Amara Nwosu
ORG:Example School
TITLE:Family Support Worker
TEL;TYPE=CELL,VOICE:+447700900671
EMAIL;TYPE=INTERNET,HOME:amara.nwosu77@yahoo.co.uk
EMAIL;TYPE=INTERNET,WORK:a.nwosu@example-school.org.uk
NOTE:Mobile and personal email - WhatsApp fine
REV:20250128T090000Z
END:VCARD
""")
M("flag", "family_support_vcard_personal", d(1, 28, 9, 14),
  staff("nwosu"), [ALI], "Following our call - support for Maya and Reuben",
  mixed(
      altp("""\
Dear Mr Guardian,

Thank you for your time on the phone on Monday. I know it isn't easy trying to
sort things out from Kenya, and I could hear how worried you are about Maya.

As agreed, I will meet Mrs Guardian on Thursday at 9.15 to go through the
support plan for Maya and Reuben, and I'll send you the notes straight after.
Mrs Doyle will carry on seeing Maya on Monday and Wednesday lunchtimes.

I've attached my contact card so you've got a way of getting hold of me
directly. The school line is very busy at the start and end of the day, and
with you being three hours ahead it's hard to catch us. Please feel free to
message me at any time, I don't mind evenings.

Kind regards,

""" + sig("nwosu", "full_web")),
      attach("Amara Nwosu.vcf", "text/vcard", VCARD_NWOSU)),
  "Family support worker attaches vCard with her personal mobile and yahoo address")

# F8 -- .ics invitation to the teacher's home
ICS_CARROW = crlf("""\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:r41-leavers-disco-planning-20250306@example-school.org.uk
DTSTAMP:20250225T181500Z
DTSTART:20250306T193000Z
DTEND:20250306T210000Z
SUMMARY:Leavers' disco planning - first get-together
LOCATION:Beth's house\\, 6 Orchard Mews\\, Amesford SP4 7HD
DESCRIPTION:Cake provided! Park on the road rather than the shared drive pl
 ease. Any problems finding us\\, ring me on 07700 900 846.
ORGANIZER;CN=Beth Carrow:mailto:b.carrow@example-school.org.uk
ATTENDEE;CN=Ali Guardian;RSVP=TRUE:mailto:ali.guardian@btinternet.com
ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com
ATTENDEE;CN=Kofi Mensah;RSVP=TRUE:mailto:kmensah.home@gmail.com
END:VEVENT
END:VCALENDAR
""")
M("flag", "y6_teacher_ics_home_meeting", d(2, 25, 18, 15),
  staff("carrow"), [ALI, JANE, op("mensah")], "Leavers' disco committee - first meeting",
  mixed(
      text("""\
Hi all,

Thank you so much for volunteering for the leavers' disco committee, I was
worried nobody would after last year!

I've sent an invite for our first planning get-together. It'll be much more
relaxed round at mine than perched on tiny chairs in the staffroom, and there
will be cake. Address and everything else is in the invite. Partners and
little ones are very welcome, ours will be in their pyjamas.

Mr Guardian, I know you're still away, so don't feel you have to reply, but
Mrs Guardian said you'd want to be kept in the loop.

Beth
""", "7bit"),
      Leaf("text/calendar", ICS_CARROW, "base64", charset="utf-8",
           params=[("method", "REQUEST")], filename="invite.ics", disposition="attachment")),
  "Y6 teacher's .ics invite: meeting at her home address, personal mobile in description",
  style="outlook")

# F9 -- Snapchat to a pupil, base64 body
M("flag", "music_snapchat_pupil_base64", d(2, 13, 16, 20),
  staff("griffiths", "Mr A Griffiths"), [pupil("18tbaptiste", "Tobias Baptiste")],
  "Duet for the spring concert",
  text("""\
Hi Tobias,

Well done today, the duet is really coming together. Over half term try to
practise bars 9 to 24 a few times, slowly first and then with the backing
track I put on Google Classroom. Don't worry about the bit where it goes up
to the high G, we'll sort that together.

If you get stuck or want me to hear how it's going, just send me a video on
Snapchat, I'm mr.g.ukes on there. Probably quicker than email over the
holidays!

Mr Griffiths
""", "base64"),
  "Music lead invites a Y6 pupil to send videos via his Snapchat (base64 body)",
  style="other")

# F10 -- mobile in signature, &nbsp; in HTML, U+00A0 in plain, quoted-printable
F10_PLAIN = """\
Dear Sam,

Just wanted to share some good news. Callum has had a brilliant week. He read
his Victorian diary entry out to the whole class on Wednesday, with expression
and everything, and he's finally cracked his 7 times table (he was very proud
to tell me it's "the hardest one").

I know he's been counting down the days until his mum's R&R, so if he seems
a bit flat once she goes back, that's completely normal and we'll keep an eye
on him.

I've added my mobile to my signature now, so you can text me rather than
waiting for me to get to my emails. Much easier for quick things like PE kit!

Best wishes,

Ms N. Bello
Year 4 Teacher – Ospreys Class
Mobile: 07700\u00a0900\u00a0247 (text any time)
Example School | Park Row | LS1 4AP | 01632 960000
"""
F10_HTML = OUTLOOK_HEAD + """\
<p class="MsoNormal">Dear Sam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Just wanted to share some good news. Callum has had a brilliant week. He read his Victorian diary entry out to the whole class on Wednesday, with expression and everything, and he&#8217;s finally cracked his 7 times table (he was very proud to tell me it&#8217;s &#8220;the hardest one&#8221;).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I know he&#8217;s been counting down the days until his mum&#8217;s R&amp;R, so if he seems a bit flat once she goes back, that&#8217;s completely normal and we&#8217;ll keep an eye on him.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;ve added my mobile to my signature now, so you can text me rather than waiting for me to get to my emails. Much easier for quick things like PE kit!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best wishes,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="border:none;border-left:solid #1F6F8B 3.0pt;padding:0cm 0cm 0cm 6.0pt">
<p class="MsoNormal"><b><span style="color:#1F6F8B">Ms N. Bello</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Year 4 Teacher &#8211; Ospreys Class</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Mobile:&nbsp;07700&nbsp;900&nbsp;247&nbsp;(text any time)</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Example School | Park Row | LS1&nbsp;4AP | 01632&nbsp;960000</span><o:p></o:p></p>
</td></tr></table>
""" + OUTLOOK_TAIL
M("flag", "y4_teacher_signature_mobile_nbsp", d(2, 27, 16, 3),
  staff("bello", "Bello, Nkechi"), [SAM], "Callum - a great week!",
  alt(text(F10_PLAIN), htmlpart(F10_HTML)),
  "Y4 teacher adds own mobile to signature for carer; &nbsp;/U+00A0 separators, QP")

# F11 -- number split over a line break
M("flag", "y1_trip_mobile_linebreak", d(3, 12, 7, 48),
  staff("whitlock"), [SAM], "Lily - Wrens visit to Manor Farm on Friday",
  text("""\
Dear Sam,

Thank you for sending the form back for Friday. Lily is SO excited about
seeing the lambs, she has told me about it every day this week!

I know you were worried about her asthma with all the hay and straw. I'll
have her blue inhaler in my bag the whole time and the farm has said we can
eat our lunch in the visitor barn rather than the hay shed. We leave at 9.15
and should be back in school by 1.30.

If you want to check how she's doing while we're out, you can ring or text
my mobile on 07700
900865, I'll have it on me all morning.

Best wishes,
Zoë Whitlock
Wrens Class
""", "8bit"),
  "Y1 teacher gives her own mobile for a trip, number broken across a line",
  style="other")

# F12 -- 0044 WhatsApp, leaving member of staff
M("flag", "wraparound_leaving_0044_whatsapp", d(3, 14, 14, 26),
  staff("ferreira", "Rachel Ferreira"), [JANE, SAM, ALI],
  "Goodbye from Rachel (Early Birds & Owls)",
  altp("""\
Dear parents and carers,

As some of you already know, my husband has been posted to Cyprus and we fly
out on 28 March, so Friday 21st will be my last day running Early Birds and
Owls. Mrs Kettley will be looking after both clubs until the new manager starts
after Easter, and bookings carry on through the office exactly as now.

I have loved every minute of the last four years. Thank you for the cards and
the kind words, and for trusting me with your children at silly o'clock in the
morning!

Lots of you have asked to stay in touch, so I'll keep WhatsApp on my UK number,
0044 7700 900419 (it will still work out there). Send me photos of the little
ones on their sports days, I'll want to see how tall they're getting.

With love,
Rachel x
"""),
  "Departing wraparound manager gives parents her personal WhatsApp number (0044)",
  subject_enc="Q")

# F13 -- Facebook friend request
M("flag", "reception_ta_facebook_group", d(1, 24, 20, 7),
  staff("dunmore"), [JANE, op("stanford"), op("hughes")], "Robins parents - Facebook group",
  text("""\
Hi all,

Quite a few of you said at the stay-and-play that you'd like an easier way to
swap tips about the learning journal app and sort out party invites, so I've
set up a private Facebook group called "Robins Mums & Dads 2024-25".

If you send me a friend request (I'm Claire Dunmore, my profile picture is me
with a very muddy spaniel!) I'll accept you and add you to the group. Feel
free to pass this on to anyone in Robins I've missed.

See you all at the gate,
Claire
Reception TA
""", "7bit"),
  "Reception TA asks parents to friend her on Facebook to join a group",
  style="other")

# F14 -- Instagram to a pupil
M("flag", "sports_coach_instagram_pupil", d(3, 18, 12, 33),
  staff("brannigan", "Coach Brannigan"), [pupil("18okowalski", "Olek Kowalski")], "parkrun!",
  text("""\
Hey Olek,

Massive effort at junior parkrun on Sunday, 11:40 is a huge PB!

If you want to keep improving over the Easter hols, I post all my training
sessions on Instagram. Follow me @coach.k.brannigan and drop me a message with
your times each week and I'll send you some tips back.

Coach Kyle
""", "7bit"),
  "Sports coach invites a Y6 pupil to follow and message him on Instagram",
  style="other")

# F15 -- Discord server for pupils
M("flag", "minecraft_club_discord_pupils", d(2, 14, 15, 40),
  staff("reddaway", "Mr Reddaway"),
  [pupil("19rguardian", "Reuben Guardian"), pupil("19achapman", "Archie Chapman"),
   pupil("19dkaur", "Diya Kaur"), pupil("19ewalsh", "Evie Walsh"), pupil("19sbrook", "Sol Brook")],
  "Minecraft Club over half term",
  altp("""\
Hi Minecraft Club,

Loads of you asked whether we could keep building the Roman town over half
term, so I've made a Discord server just for us. Here's the invite link:

https://discord.gg/q7Rz9mPk

Ask a grown-up to help you set it up. I'll be on most afternoons from 2 until 4,
so we can build together and chat about the next bits (the bath house still
needs a roof, Archie!).

Please don't share the link with anyone who isn't in the club.

Have a great half term,
Mr Reddaway
""", "outlook"),
  "Y5 teacher invites pupils to his own Discord server over the holiday")

# F16 -- HTML-only, brackets, own phone for home working
F16_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<p>Dear Sam,</p>
<p>I hope you and the children are keeping well. I&#39;m writing because Lily&#39;s attendance has dipped to <b>86%</b> this half term, mostly odd Mondays and Fridays. I know things are a lot at the moment with her mum deployed, so I&#39;d much rather have a friendly chat than send the formal letter.</p>
<p>I work from home on Fridays now, so if that&#39;s the easiest day for you, ring me on my own phone on <span style="white-space:nowrap">(07700)&nbsp;<b>900733</b></span> any time between 9 and 3 and we&#39;ll have a proper natter.</p>
<p>Kind regards,</p>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#555">
<tr><td style="padding-right:10px;border-right:2px solid #2d5f8a"><b>Maureen Tully</b><br>Attendance Officer</td>
<td style="padding-left:10px">Example School, Park Row, LS1 4AP<br>01632 960000 (option 1 for absence)</td></tr>
</table>
</body></html>
"""
M("flag", "attendance_html_only_brackets", d(3, 5, 10, 11),
  staff("attendance", "Maureen Tully"), [SAM], "Lily's attendance - can we have a chat?",
  htmlpart(F16_HTML),
  "Attendance officer gives carer her own phone (brackets, &nbsp;, bold) in HTML-only mail",
  style="other")

# F17 -- home landline, hyphens, 8bit
M("flag", "hlta_home_landline_hyphens", d(2, 5, 16, 58),
  staff("whitcombe", "Mrs P Whitcombe"), [ALI], "Maya - reading group update",
  text("""\
Dear Mr Guardian,

Mrs Guardian mentioned at the gate that you'd like to hear how Maya is getting
on in the Year 6 reading group while you're away – so here goes!

She's doing really well. Her last practice paper was 31 out of 50, up from 22
in November, and she has finally stopped skipping the inference questions. Her
biggest win is confidence: she put her hand up to read aloud on Tuesday, which
she would never have done in the autumn.

I've got a pile of old practice papers at home that she's welcome to borrow.
If you'd like a proper chat about her when you're back on R&R, ring me at home
on 01632-960412 after six, I'm nearly always in.

With best wishes,
Pam Whitcombe
HLTA, Upper Key Stage 2
""", "8bit"),
  "HLTA gives deployed father her home landline (hyphenated)",
  style="other")

# F18 -- family-domain personal email
M("flag", "admissions_family_domain_email", d(1, 10, 13, 22),
  staff("admissions", "Lorna McBride"), [SAM], "Service Pupil Premium form for Callum and Lily",
  text("""\
Dear Sam,

Thank you for coming in on Wednesday. I've checked the paperwork and, now that
you are registered as Callum and Lily's carer while LCpl Hartley is deployed,
we just need the Service Pupil Premium declaration signed before the census
date next Thursday.

I'm working from home for the rest of this week and I can't get onto the
school's scanning folder from here, so the easiest thing is to take a photo of
the signed form and email it to my home address instead:
lorna@mcbride-family.example.net

I'll make sure it's logged on Monday.

Many thanks,
""" + sig("admissions", "full")),
  "Admissions officer asks carer to send a form to her family-domain home email")

# F19 -- iPhone reply, dotted mobile, quoted parent message
M("flag", "deputy_iphone_reply_dotted_mobile", d(3, 22, 9, 41),
  staff("okafor", "Dan Okafor"), [JANE], "Re: Families day tomorrow",
  altp("""\
Hi Jane,

No problem at all, Ellie can come over to the school stand whenever she likes,
we'll have the bubble machine going from 11. I'll be on the field all day but
it's chaos, so text me on 07700.900.958 when you get there and I'll come and
find you both.

Dan

Sent from my iPhone

> On 21 Mar 2025, at 20:14, Jane Parent <jane.parent@gmail.com> wrote:
>
> Hi Mr Okafor, Ellie wants to know if she can help on the school stand at the
> garrison families day tomorrow? She's been talking about it all week. Where
> will you be? Thanks, Jane
""", "apple"),
  "Deputy head replies from his phone with his own mobile (dots) on a Saturday",
  style="apple",
  extra=["In-Reply-To: <CAGp1e2x7-families-day@mail.gmail.com>",
         "References: <CAGp1e2x7-families-day@mail.gmail.com>"])

# F20 -- Signal, +447700 no spaces, RFC 2047 subject with emoji
M("flag", "ta_signal_photos_deployed_dad", d(3, 20, 18, 30),
  staff("kerslake", "Abi Kerslake"), [ALI], "Reuben's class assembly \U0001F3BA",
  altp("""\
Hi Mr Guardian,

Reuben was an absolute star in the Merlins assembly this morning! He played
the trumpet bit in the Roman march and didn't miss a note. Mrs Guardian was
there and I think she was a bit teary.

I know you were gutted to miss it. The school videos won't go on the website
for ages, and the email attachments never seem to get through to Kenya, so if
you message me on Signal (+447700900384) I'll send you the clips I took this
morning.

Abi Kerslake
Year 5 TA
"""),
  "Y5 TA offers deployed father pupil video clips via her personal Signal number",
  subject_enc="B")


FLAG_END = len(MESSAGES)

# ===========================================================================
# CLEAN, hard negatives
# ===========================================================================

# H1 -- school trip mobile, stated as school-owned
M("clean", "y6_trip_school_mobile", d(3, 3, 11, 20),
  staff("carrow"), [ALI, op("mensah"), op("baptiste"), op("kowalska")],
  "Year 6 visit to Hawkridge Iron Age Village - Tuesday 11 March",
  altp("""\
Dear Year 6 parents and carers,

As part of our "Stones and Bones" topic, both Year 6 classes are visiting
Hawkridge Iron Age Village on Tuesday 11 March. The children will take part in
a roundhouse-building workshop, try grinding flour and handle real finds from
the dig.

The coach leaves school at 8.45am sharp, so please have your child in class by
8.35. We aim to be back by 3.15pm, in time for normal collection. Children
need a packed lunch in a named, disposable bag, a waterproof coat and sensible
shoes: it will be muddy. School uniform, not PE kit.

The visit is covered by the Service Pupil Premium and school funds, so there
is no charge, but we do need consent on the parent app by Friday 7 March.

On the day, if you need to get a message to the group, please ring the school
office on 01632 960000. For urgent matters only, the school's educational
visits mobile is 07700 900500. That phone belongs to the school; it will be
with me all day and is switched off again when we are back.

Many thanks,

""" + sig("carrow", "full")),
  "Trip letter: school office number and school-owned trip mobile, stated as such")

# H2 -- office reads back the parent's own number and the BFPO address
M("clean", "office_readback_parent_mobile_bfpo", d(1, 20, 10, 4),
  staff("office"), [JANE], "RE: Change of contact details",
  text("""\
Dear Mrs Parent,

Thank you for letting us know. We've checked the contact details we hold and
they now read:

  Priority 1: Jane Parent (mother), mobile 07700 900123, jane.parent@gmail.com
  Priority 2: Cpl L Parent (father), currently deployed, post via
              BFPO 63 - please contact Mrs Parent first
  Priority 3: Mrs D Holloway (grandmother), landline 0117 496 0583

Could you let us know if anything changes when Cpl Parent returns, so we can
move him back up the list.

Kind regards,
Karen Willis
on behalf of the School Office
Example School | Park Row | LS1 4AP | 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 19 January 2025 21:37
To: Office <office@example-school.org.uk>
Subject: Change of contact details

Hi, please can you put me as first contact for Ellie and Alfie now that Lee
has deployed, my number is still 07700 900123. His mum is the back up, 0117
496 0583. Thanks Jane
"""),
  "Office reads back parent's own mobile, grandmother's landline and BFPO in a reply")

# H3 -- admissions acknowledges new married-quarter address (Gmail-style quote)
M("clean", "admissions_quoted_new_sfa_address", d(2, 3, 9, 2),
  staff("admissions", "Lorna McBride"), [SAM], "Re: New address",
  altp("""\
Hi Sam,

Thanks for letting us know, all updated. Letters and the census paperwork will
go to the new address from this week. I hope the march-in went smoothly and
that the kitchen is less damp than the last one!

Lorna

On Sun, 2 Feb 2025 at 19:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Lorna, just to let you know we've moved quarters. From today we're at
> 41 Bombardier Way, Chalkdown, SP4 8LT. Phone and email stay the same.
> Thanks, Sam
""", "gmail"),
  "Admissions reply quoting the carer's own new SFA address and postcode",
  style="gmail")

# H4 -- residential pack: centre phone and postcode, school residential mobile
RESI_PDF = make_pdf("Year 6 Residential - Haybarrow Activity Centre, 7-9 May 2025", [
    "Address: Haybarrow Activity Centre, Haybarrow Lane, Westbury BA13 9ZZ",
    "Centre reception: 0117 496 0455 (office hours)",
    "School residential mobile (school-owned, held by Mr Maddox): 07700 900911",
    "School office: 01632 960000",
    "",
    "Kit list: sleeping bag, pillowcase, 2 towels, wellies, old trainers,",
    "waterproof coat and trousers, 3 sets of old clothes, torch, named water bottle.",
    "No phones, tablets, smart watches or money, please.",
    "",
    "Medication: hand to Mrs Carrow in a named bag with the form, by Fri 2 May.",
    "Cost: GBP 168.00, payable in instalments on the parent app; SPP covers",
    "part of the cost for service children - ask the office.",
])
M("clean", "residential_pack_centre_details", d(3, 10, 16, 5),
  staff("maddox", "Lewis Maddox"), [ALI, op("mensah"), op("walsh"), op("tapper")],
  "Year 6 residential - information pack",
  mixed(altp("""\
Dear Year 6 families,

Please find attached the information pack for our residential to Haybarrow
Activity Centre from Wednesday 7 to Friday 9 May. It has the kit list, the
timetable and the medical form.

The centre's address and reception number are in the pack in case relatives
want to send a card; post is handed out at breakfast. While we are away the
quickest way to reach us is the school's residential mobile, 07700 900911,
which I'll carry for the three days. It is a school phone, so please don't
save it as mine! Otherwise ring the office as normal.

For those of you who are deployed or on exercise: we'll put a short daily
update on the parent app each evening, so you can follow along too.

Best wishes,
Lewis Maddox
Year 6
"""), attach("Y6 Residential Info Pack 2025.pdf", "application/pdf", RESI_PDF)),
  "Residential pack: activity centre phone/postcode, school-owned residential mobile")

# H5 -- the HIVE's details
M("clean", "slc_hive_contact_details", d(1, 15, 13, 45),
  staff("doyle"), [SAM], "Help while LCpl Hartley is away",
  altp("""\
Dear Sam,

It was good to chat on Monday. As promised, here are the people I mentioned
who can help with the practical side of things while Callum and Lily's mum is
deployed.

The HIVE Information Centre, Chalkdown
Building 14, Wellington Lines, Chalkdown Garrison, SP4 9HH
Telephone: 0117 496 0782
Email: hive.chalkdown@example.org
Open Monday to Thursday 9 to 4, Friday 9 to 12.

They can help with things like the families' welfare fund, housing repairs on
the patch, and the deployed families' activity programme (there's a free trip
to the panto on 1 February).

In school, I'm around every day except Thursday afternoon, so catch me at the
gate or ring the office and ask for me.

Best wishes,
Gemma

""" + sig("doyle", "full")),
  "Service children lead gives carer the garrison HIVE's address, phone and email")

# H6 -- Unit Welfare Officer's work mobile passed on with permission
M("clean", "uwo_mobile_passed_on", d(2, 12, 11, 17),
  staff("nwosu"), [SAM], "Contact for the welfare office",
  text("""\
Dear Sam,

I've spoken to Capt Harriet Moss, the Unit Welfare Officer for 2 RWR, about
the problem with the Hartleys' post not getting through. She said she is
very happy for you to contact her directly and asked me to pass on her welfare
office mobile: 07700 900640. She's in the office Monday to Friday and the
duty welfare officer has that phone at weekends.

She also mentioned that the unit can arrange an extra welfare call to LCpl
Hartley if Callum's birthday falls before the next scheduled one, so it's
worth asking her about that.

Kind regards,
Amara Nwosu
Family Support Worker
Example School, Park Row, LS1 4AP - 01632 960000
""", "7bit"),
  "FSW passes on the Unit Welfare Officer's duty mobile, with her permission",
  style="other")

# H7 -- numbers that are prices, dates and references
M("clean", "dinner_money_prices_dates", d(1, 10, 9, 30),
  staff("office"), [JANE, SAM, ALI, op("finch"), op("okonkwo")],
  "Spring term lunch and club payments",
  altp("""\
Dear parents and carers,

A reminder that spring term payments are now open on the parent app.

School meals (Years 3 to 6): £2.60 a day. The spring term has 58 school days,
so the full term is £150.80, or £75.40 if you pay by half term. Infant
children (Reception to Year 2) receive free school meals as usual.

Early Birds breakfast club: £4.50 a session (7.45 to 8.45am).
Owls after-school club: £9.00 to 5pm, £12.50 to 6pm.

Please make sure accounts are up to date by Friday 31 January. If your account
is more than £20.00 in arrears you will receive an automatic reminder; please
don't worry, just get in touch if things are difficult, especially if your
household income has changed because of a posting or deployment.

The app reference for Owls is OWL-SPR25 and for Early Birds EBC-SPR25 if you
pay by bank transfer.

With thanks,
The School Office
Example School, Park Row, LS1 4AP | 01632 960000
"""),
  "Office payment reminder full of prices, dates, times and references")

# H8 -- PTA bank details, sort code
H8_HTML = """\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#7a2048">Friends of Example School - Easter Raffle</h2>
<p>Dear families,</p>
<p>Thank you to everyone who has already sent in tickets for the Easter raffle. The draw will be at the Easter bonnet parade on <b>Friday 4 April at 2.30pm</b>. First prize is a family ticket to the garrison swimming pool for a year, kindly donated by the Sports Centre, and there are over 40 other prizes.</p>
<p>Tickets are &pound;1 each or &pound;5 a strip. If you can&#39;t get into school (lots of you have asked because of shifts and deployments), you can pay by bank transfer to the Friends&#39; account:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><td style="padding:2px 12px 2px 0">Account name</td><td>Friends of Example School</td></tr>
<tr><td style="padding:2px 12px 2px 0">Sort code</td><td>40-47-86</td></tr>
<tr><td style="padding:2px 12px 2px 0">Account number</td><td>71093358</td></tr>
<tr><td style="padding:2px 12px 2px 0">Reference</td><td>RAFFLE + your child&#39;s name and class</td></tr>
</table>
<p>We will write the tickets out for you and send them home in book bags.</p>
<p>Many thanks,<br>Karen Willis<br>School Business Manager, on behalf of the Friends committee<br>Example School, Park Row, LS1 4AP &middot; 01632 960000</p>
</body></html>
"""
M("clean", "friends_raffle_bank_details", d(3, 7, 12, 0),
  staff("willis"), [JANE, SAM, ALI, op("hughes")], "Friends of Example School – Easter raffle £££",
  htmlpart(H8_HTML, "base64"),
  "HTML-only raffle letter: PTA sort code and account number, prices, times",
  style="other")

# H9 -- Teams meeting for a deployed parent
M("clean", "teams_parents_evening_meeting_id", d(3, 12, 13, 55),
  staff("reddaway"), [ALI], "Parents' evening on Teams - Reuben",
  altp("""\
Dear Sgt Guardian,

Great that we can make this work while you're in Kenya. I've booked you into
the 5.30pm slot on Wednesday 19 March (8.30pm your time). Mrs Guardian will be
in the classroom with me and you can join on Teams from your phone:

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 385 204 117 693
Passcode: Xr4Lq2
Or call in (audio only): 020 7946 0188,,604719233#  United Kingdom, London
Phone conference ID: 604 719 233#
________________________________________________________________________________

If the connection drops I'll ring Mrs Guardian's phone and put you on speaker
instead, so we won't lose the appointment. Reuben's targets and his latest
maths assessment are on the parent app if you'd like to look beforehand.

Best wishes,
Tom Reddaway

""" + sig("reddaway", "disclaimer")),
  "Teams invitation for a deployed parent: meeting ID, passcode, Teams dial-in number")

# H10 -- teacher declines to give her personal number (Outlook quote)
M("clean", "y3_teacher_refuses_personal_number", d(2, 24, 17, 26),
  staff("penhaligon"), [ALI], "RE: Isla - quick question",
  altp("""\
Dear Sgt Guardian,

Thank you for your message, and it's great to hear from you. I completely
understand why it would be easier, but I'm afraid staff aren't allowed to give
out their personal mobile numbers or use WhatsApp with families, so I can't
send you mine.

What I can do: I'll add a short update about Isla to the parent app every
Friday afternoon, with a photo of her work (not of her), so you can see it
wherever you are. If anything urgent comes up, the office on 01632 960000 can
always get a message to me the same day, or you can email me here.

She's been working so hard on her Roman shield and can't wait to show you.

Kind regards,
Josh Penhaligon
Year 3, Kingfishers

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 23 February 2025 18:47
To: Josh Penhaligon <j.penhaligon@example-school.org.uk>
Subject: Isla - quick question

Hi Mr P, any chance you could let me have your mobile so I can WhatsApp you
now and then to see how Isla is doing? Email is a nightmare from here and I
only get signal in the evenings. Cheers, Ali
"""),
  "Teacher declines deployed parent's request for her personal mobile/WhatsApp",
  extra=["Thread-Topic: Isla - quick question"])

# H11 -- e-safety newsletter naming apps
H11_PLAIN = """\
ONLINE SAFETY UPDATE - Safer Internet Day, 11 February 2025

Dear parents and carers,

Today the children have been talking about staying safe online. Here are the
things the older children told us they use, and what you need to know.

WhatsApp - minimum age 13 in the UK. Group chats are where most of the
falling-out we deal with starts. If your child has an account, ask to see
which groups they are in.

Snapchat - minimum age 13. Turn on Ghost Mode so their location isn't shared
on the Snap Map, which matters on a garrison where every child lives close by.

TikTok and Instagram - minimum age 13. Set accounts to private.

Roblox and Discord - chat with strangers is the main risk. Use the parental
controls to switch chat off or limit it to friends.

A reminder that no member of our staff will ever ask your child to add them,
follow them or message them on any app or game. If that ever happens, please
tell us straight away.

If a deployed parent wants to keep in touch with your child through an app,
that's lovely - just set it up on a family device you can see.

Ben Hollis
Computing and Online Safety Lead
Example School | 01632 960000
"""
M("clean", "esafety_newsletter_apps", d(2, 11, 15, 30),
  staff("hollis"), [JANE, SAM, ALI, op("okonkwo"), op("stanford")],
  "Online safety update - Safer Internet Day",
  alt(text(H11_PLAIN), htmlpart(plain_to_html(H11_PLAIN, "outlook"))),
  "E-safety newsletter naming WhatsApp, Snapchat, TikTok, Discord with no invitation")

# H12 -- HR to a new member of staff (staff only), personal details
M("clean", "hr_new_starter_details_staff_only", d(1, 14, 14, 2),
  staff("willis"), [("Owen Pascoe", s_addr("o.pascoe"))], "Welcome - your starter details",
  text("""\
Hi Owen,

Welcome to Example School! Before payroll closes on the 20th, please could you
check the details we've got for you and let me know of any mistakes:

  Home address: Flat 3, 18 Saddler's Row, Amesford SP4 6RW
  Personal mobile: 07700 900308
  Personal email: owen.pascoe@outlook.com
  Emergency contact: Cpl Megan Pascoe (wife), 07700 900309

You'll also need to bring your passport and a utility bill for the right to
work check, and your DBS certificate if you have one on the update service.
Your school email is live now, and the IT login will be set up by Friday.

Any questions, just ask.

Karen
""" + "\n" + sig("willis", "bar"), "7bit"),
  "Business manager checks a new TA's home address and mobile, staff-only recipients",
  style="other")

# H13 -- staff social at a colleague's house (staff only)
M("clean", "staff_pancake_night_at_home", d(2, 28, 16, 12),
  staff("doyle", "Gemma Doyle"), [("All Staff", s_addr("staff"))], "Pancakes at mine - Tuesday!",
  text("""\
Hi everyone,

It's Shrove Tuesday next week and, since Rob's away and the house is far too
quiet, I'm doing pancakes and bubbles at mine after work. Come from 6.30,
bring a topping and a friend if you like.

It's 9 Kennet Walk, Amesford SP4 7BL, the end house with the blue door. Park
on the road, not the shared drive, or my neighbour will have words.

Text me on 07700 900 162 if you're coming so I know how much batter to make!

Gemma x
""", "8bit"),
  "Staff-only social invite with colleague's home address and mobile",
  style="other")

# H14 -- posting: the receiving school's details
M("clean", "posting_new_school_details", d(3, 17, 11, 40),
  staff("admissions", "Lorna McBride"), [JANE], "Ellie and Alfie - move to Ravensmoor",
  altp("""\
Dear Jane,

Thank you for confirming the posting dates. We'll be very sad to lose Ellie and
Alfie, they've both been such a big part of their classes.

Their last day with us will be Friday 4 April. I've spoken to the receiving
school and they're expecting both children after Easter:

Moorside Primary School
Garrison Road, Ravensmoor, North Yorkshire
Admissions: 0113 496 0327
admissions@moorside-primary.example.org
Contact: Mrs Kaur, Service Children's Lead

I'll send their records and Pupil Information Profiles across securely the
week before you go, and Mrs Doyle will do a "moving on" booklet with Ellie so
she can take photos of her friends and class with her.

If the march-out date changes, just let me know.

Best wishes,

""" + sig("admissions", "full_web")),
  "Admissions gives parent the receiving school's phone and email on posting")

# H15 -- class reader ISBN, pages, dates
M("clean", "y6_class_reader_isbn", d(1, 22, 12, 50),
  staff("maddox", "Mr Maddox"),
  [pupil("18mguardian"), pupil("18okowalski"), pupil("18tbaptiste"), pupil("18hmensah"),
   pupil("18ljarvis")],
  "Class reader and reading homework",
  text("""\
Hi Year 6,

Our new class reader is "The Letters Under the Floorboards" by Ruth Amberley.
If you'd like your own copy, the ISBN is 978-1-78344-105-2, and there are six
copies in the library too.

Reading homework for this week: chapter 7, pages 64 to 79. Answer questions
1 to 5 on the sheet in your homework book and hand it in by Tuesday 28 January.
Question 4 asks you to predict what is in the tin. Use evidence!

Mr Maddox
""", "7bit"),
  "Pupil homework with an ISBN, page numbers and dates", style="other")

# H16 -- venue postcode, sports festival
M("clean", "sports_festival_venue_postcode", d(3, 19, 8, 55),
  staff("brannigan", "Kyle Brannigan"),
  [SAM, ALI, pupil("20chartley", "Callum Hartley"), pupil("19rguardian", "Reuben Guardian")],
  "Sports festival – Wednesday 26 March",
  altp("""\
Dear Callum and Reuben, and families,

You've both been picked for the garrison schools' tag rugby festival next
Wednesday, 26 March. Well done!

Where: Garrison Sports Centre, Tedder Road, Chalkdown, SP4 9NY (the 3G pitch
behind the gym). We'll walk over together from school at 12.45.
When: matches 1.30 to 3.00pm; we'll walk back in time for normal home time.
Kit: school PE kit, football boots or trainers, water bottle, and a coat.

Families are very welcome to come and cheer. Parking is in the Sports Centre
car park; please bring photo ID, as the guardroom is checking passes at the
Tedder Road gate that week.

Coach Brannigan
Sports Coach
Example School
"""),
  "Sports festival letter with the venue's address and postcode", subject_enc="Q")

# H17 -- clinic details for a referral
M("clean", "senco_salt_clinic_details", d(2, 6, 14, 18),
  staff("sandhu"), [SAM], "Lily - speech and language appointment",
  altp("""\
Dear Sam,

Good news: the speech and language therapy referral for Lily has come through,
and she has been offered an initial assessment on Tuesday 25 February at 10.40.

Chalkdown Health Centre, Children's Therapy Team
Room B4, first floor (lift by the pharmacy)
Telephone: 0118 496 0612 (to confirm or change the appointment)

They'd like you to bring her red book and any letters from her previous
school in Germany. If you can't make the time, please ring them directly, as
they'll only hold the slot until Friday.

I'll mark her absence as a medical appointment, so there's no need to ring
attendance. Let me know how it goes.

Kind regards,

""" + sig("sandhu", "full")),
  "SENCo gives carer the NHS clinic's room and phone number for an appointment")

# H18 -- colleagues' official direct lines
M("clean", "deputy_colleague_direct_lines", d(1, 27, 18, 20),
  staff("okafor"), [ALI], "RE: Maya - who to contact",
  altp("""\
Dear Sgt Guardian,

Thank you for your email. It's completely understandable that you want to know
who is looking after Maya while you're away, and I'm glad you asked.

Maya's class teacher is Mr Maddox (l.maddox@example-school.org.uk). Day to day
she'll also see Mrs Doyle, our Service Children's Support Lead, who runs the
lunchtime group she goes to. Mrs Doyle's direct line in school is 01632 960014.
For anything about her wellbeing at home, our Family Support Worker, Mrs Nwosu,
is on 01632 960017 or a.nwosu@example-school.org.uk.

If anything worries you, you can of course always contact me through the main
school number, 01632 960000.

Kind regards,
Dan Okafor
Deputy Headteacher
"""),
  "Deputy gives deployed father colleagues' school direct lines and school emails")

# H19 -- Owls club mobile, school-owned
M("clean", "owls_club_school_mobile", d(1, 31, 15, 5),
  staff("ferreira"), [JANE], "Owls - late collection on Thursday",
  text("""\
Dear Jane,

No problem at all, I've booked Ellie and Alfie into Owls until 6pm on Thursday
so you can get back from the appointment in Salisbury.

If you're held up on the A-road, please ring the Owls club phone on
07700 900222. It's the school's club mobile that stays in the club cupboard
and is only switched on between 3.15 and 6pm, so it's the quickest way to
reach whoever is on shift. The office number won't be answered after 4.30.

See you Thursday,
Rachel Ferreira
Wraparound Care Manager
Example School | 01632 960000
"""),
  "Wraparound manager gives the school's club mobile, clearly school-owned",
  style="other")

# H20 -- Outlook-quoted parent signature with her own details
M("clean", "y4_reply_quoted_parent_signature", d(3, 6, 17, 2),
  staff("bello"), [SAM], "RE: Callum - football club letter",
  altp("""\
Hi Sam,

Thanks, all received. I've passed the form to Coach Brannigan and Callum is on
the list for Tuesdays after Easter. I'll put a copy of the club letter in his
bag tomorrow in case you need it for the HIVE's activity grant.

Best wishes,
Nkechi Bello
Year 4, Ospreys

From: Sam Carer <sam.carer@outlook.com>
Sent: 05 March 2025 21:11
To: Nkechi Bello <n.bello@example-school.org.uk>
Subject: Callum - football club letter

Hi Ms Bello,

Signed form for football club attached. Callum is over the moon.

Thanks
Sam

Sam Carer
41 Bombardier Way, Chalkdown SP4 8LT
07700 900456
"""),
  "Teacher's reply quotes the carer's own signature with her address and mobile")

# H21 -- BFPO address read back to deployed parent
M("clean", "office_bfpo_report_posting", d(3, 26, 11, 12),
  staff("office"), [ALI], "Maya, Reuben and Isla - spring reports by post",
  text("""\
Dear Sgt Guardian,

As requested, we'll post paper copies of the children's spring reports as well
as putting them on the parent app. They'll go in tomorrow's post to the BFPO
address you gave us:

  25123456 Sgt A Guardian
  B Coy 2 RWR
  BFPO 63

Mrs Guardian will have her copies in book bags on Friday. Please allow about
ten days for BFPO post.

Kind regards,
School Office
Example School, Park Row, LS1 4AP
Tel 01632 960000
""", "7bit"),
  "Office reads back the deployed father's own BFPO address (service number)",
  style="other")

# H22 -- helplines for deployed families
M("clean", "dsl_deployment_helplines", d(1, 20, 16, 40),
  staff("dsl", "Dan Okafor (DSL)"), [JANE, SAM, ALI, op("tapper"), op("walsh")],
  "Support for families during deployment",
  altp("""\
Dear parents and carers,

With a large number of families now separated by the current deployment, I
wanted to remind everyone of the support available, in and out of school.

In school: Mrs Doyle (Service Children's Support Lead) and Mrs Nwosu (Family
Support Worker) can both be contacted through the office on 01632 960000.

Outside school:
- Forces Families Line (freephone, 24 hours): 0808 157 0310
- Garrison duty welfare officer (evenings and weekends): 0117 496 0790
- Chalkdown Family Hub (parenting courses and drop-ins): 0118 496 0245
- Young Carers Wiltshire South (for children caring for a parent): 0306 999 0412

If you are ever worried that a child is at risk of harm, please contact me as
the Designated Safeguarding Lead, or ring the local children's services
front door on 0117 496 0111. In an emergency always ring 999.

Dan Okafor
Deputy Headteacher and Designated Safeguarding Lead
"""),
  "DSL letter listing helplines and welfare numbers (third parties)")

# H23 -- pupil e-safety follow-up
M("clean", "pupil_esafety_lesson_followup", d(2, 12, 14, 40),
  staff("hollis", "Mr Hollis"),
  [pupil("20chartley"), pupil("20pmarsh"), pupil("20ibrennan"), pupil("20zahmed"),
   pupil("20nfraser")],
  "What we learned on Safer Internet Day",
  text("""\
Hi Ospreys,

Thank you for all your brilliant ideas yesterday. Here are the rules you came
up with, so you can show them to your grown-ups:

1. Never share your address, phone number or school with someone online.
2. If someone you don't know wants to chat or be friends, tell a grown-up.
3. No grown-up from school will ever ask you to add them on an app or a game.
4. Think before you post: would you be happy for your nan to see it?
5. If something online upsets you, it's not your fault. Tell someone.

Well done for your posters, they are going on the wall outside the hall.

Mr Hollis
""", "7bit"),
  "E-safety follow-up to pupils: 'never share your phone number'", style="other")

# H24 -- teacher mentions her own husband is deployed, no contact details
M("clean", "reception_teacher_own_husband_deployed", d(1, 23, 16, 48),
  staff("prothero"), [JANE], "RE: Alfie at drop-off",
  altp("""\
Hi Jane,

Please don't apologise, it was one wobbly morning and he was absolutely fine by
the time we'd done the register. He spent most of choosing time building a
"plane to get Daddy" in the construction area, which I think says it all.

I do know how it feels; my husband is with 2 RWR as well and has been in
Estonia since November, and our two went through exactly this. It does get
easier once the routine settles down and the first parcel arrives.

We'll keep doing the "kiss and go" at the Robins gate and I'll give you a
thumbs up through the window once he's settled, so you're not left wondering
all morning.

Siân

Mrs S Prothero
Reception, Robins Class
Example School, Park Row, LS1 4AP | 01632 960000
"""),
  "Reception teacher says her own husband is deployed, no personal contact details")

# H25 -- SPP census declaration, service numbers etc
M("clean", "spp_census_declaration", d(1, 8, 10, 25),
  staff("willis", "Karen Willis"), [JANE, SAM, ALI, op("kowalska"), op("finch"), op("tapper")],
  "Service Pupil Premium - census declaration by 16 January",
  mixed(altp("""\
Dear parents and carers,

The January school census takes place on Thursday 16 January 2025. Each
year we have to confirm which children are eligible for the Service Pupil
Premium (SPP). For our school that is £350 per eligible child, and it pays for
Mrs Doyle's role, Compass Club, and the extra support we put in around
deployments and moves.

Your child is eligible if a parent or carer is serving in the regular Armed
Forces, or has served in the last six years, or is a spouse or civil partner
of a serving person who died in service.

If you have already returned the form this school year, you don't need to do
anything. Otherwise please complete the attached form. We need:

- the serving parent's name, rank and service number (e.g. 25012345)
- their unit
- whether the family lives in Service Family Accommodation

Forms can be handed in to the office or returned by replying to this email
by Thursday 16 January. Thank you: last year the forms you returned brought in
over £41,000 for our children.

Karen Willis
School Business Manager

""" + sig("willis", "full")),
        attach("SPP declaration form 2025.pdf", "application/pdf",
               make_pdf("Service Pupil Premium declaration 2024-25", [
                   "Child's name: ____________________  Class: ________",
                   "Serving parent: name ______________ rank ______ service no. __________",
                   "Unit: ______________________   Living in SFA: yes / no",
                   "Signed: ___________________   Date: ____/____/2025",
                   "Return to the School Office, Example School, Park Row, LS1 4AP",
               ]))),
  "SPP census letter: amounts, dates, example service number, school address")

# H26 -- the school's official Facebook page
M("clean", "head_official_school_facebook", d(1, 30, 13, 15),
  staff("ashworth"), [JANE, SAM, ALI, op("hughes"), op("baptiste")],
  "Our school Facebook page",
  altp("""\
Dear families,

Many of you have told us that when a parent is deployed or on exercise it's hard
to feel part of school life, so from February we are starting an official
school Facebook page, run by the office and me.

Search for "Example School Chalkdown" and like or follow the page. We will post
photos of events (only of children whose families have given photo consent),
reminders and good news. It is a public page, not a group, and staff will not
send or accept friend requests from parents or pupils on their personal
accounts; please don't be offended if you have sent one and it is ignored.

Messages to the page are not monitored, so please keep using the office
(01632 960000, office@example-school.org.uk) for anything about your child.

Best wishes,
Helen Ashworth
Headteacher
"""),
  "Head announces the school's official Facebook page; no personal accounts [unsure]")

# H27 -- parents' evening .ics with the school's address
ICS_PE = crlf("""\
BEGIN:VCALENDAR
PRODID:-//Example School//Parents Evening Booking//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:r41-pe-20250318-kestrels-1640@example-school.org.uk
DTSTAMP:20250304T101200Z
DTSTART:20250318T164000Z
DTEND:20250318T165000Z
SUMMARY:Parents' evening - Ellie Parent with Miss Pritchard
LOCATION:Kestrels classroom\\, Example School\\, Park Row\\, LS1 4AP
DESCRIPTION:Please arrive 5 minutes early and sign in at reception. To chang
 e your slot ring the office on 01632 960000.
END:VEVENT
BEGIN:VEVENT
UID:r41-pe-20250318-robins-1700@example-school.org.uk
DTSTAMP:20250304T101200Z
DTSTART:20250318T170000Z
DTEND:20250318T171000Z
SUMMARY:Parents' evening - Alfie Parent with Mrs Prothero
LOCATION:Robins classroom\\, Example School\\, Park Row\\, LS1 4AP
DESCRIPTION:Reception classroom is through the Early Years gate.
END:VEVENT
END:VCALENDAR
""")
M("clean", "parents_evening_ics_school_address", d(3, 4, 10, 12),
  staff("office"), [JANE], "Your parents' evening appointments",
  mixed(text("""\
Dear Mrs Parent,

Thank you for booking. Your appointments are:

  Tuesday 18 March, 4.40pm - Ellie, with Miss Pritchard (Kestrels)
  Tuesday 18 March, 5.00pm - Alfie, with Mrs Prothero (Robins)

A calendar file is attached if you'd like to add them to your phone.
Appointments are 10 minutes. If Cpl Parent would like to join by video from
Estonia, reply to this email and the teachers will send a Teams link.

School Office
Example School, Park Row, LS1 4AP | 01632 960000
""", "7bit"),
        Leaf("text/calendar", ICS_PE, "base64", charset="utf-8",
             params=[("method", "PUBLISH")], filename="parents-evening.ics",
             disposition="attachment")),
  "Booking confirmation with .ics: school address and office number only",
  style="other")

# H28 -- pointing to a third party's WhatsApp community
M("clean", "slc_signpost_families_forum_whatsapp", d(2, 20, 11, 30),
  staff("doyle"), [ALI], "Welcome back - and the families forum",
  altp("""\
Dear Sgt Guardian,

Mrs Guardian tells me you're back on R&R for a fortnight, so welcome home! The
children have been counting the sleeps.

You asked last time about how spouses and partners keep up with what's going on
while units are away. The Garrison Families Forum runs a WhatsApp community for
2 RWR families, with announcements from the welfare office about post, events
and deployment news. It's run by the forum, not the school. To join, ask the
HIVE (0117 496 0782, hive.chalkdown@example.org) and they'll check your
details and send the link.

For school matters please keep using the office or the parent app, so that
everything is on record.

Enjoy your time at home,
Gemma

""" + sig("doyle", "full")),
  "Signposts a garrison forum's WhatsApp community via the HIVE, not staff [unsure]")

# H29 -- coach delayed: coach firm's control room number
M("clean", "coach_delayed_operator_number", d(3, 11, 14, 52),
  staff("carrow", "Beth Carrow"), [ALI, op("mensah"), op("baptiste"), op("kowalska")],
  "Year 6 - coach running late",
  text("""\
Dear Year 6 families,

Quick update from Hawkridge: the coach has been held up by an accident on the
main road, so we will be back at school at about 4.00pm rather than 3.15.
Everyone is fine and has had a fantastic day. Owls will take any child who
usually goes home with a sibling from Year 5 or below.

If you need the latest arrival time, Vale Travel's control room are tracking
the coach and are happy to take calls on 0117 496 0231 (ask about job 4471),
or ring the school office on 01632 960000 until 4.30.

Thank you for your patience,
Mrs Carrow
""", "7bit"),
  "Trip delay message giving the coach firm's control-room number and job number",
  style="other")

# H30 -- the school's own vCard
VCARD_SCHOOL = crlf("""\
BEGIN:VCARD
VERSION:3.0
N:;Example School Office;;;
FN:Example School Office
ORG:Example School
TEL;TYPE=WORK,VOICE:01632 960000
EMAIL;TYPE=INTERNET,WORK:office@example-school.org.uk
EMAIL;TYPE=INTERNET,WORK:attendance@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;Chalkdown;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk
NOTE:Absence line: option 1. Office open 8.00am-4.30pm term time.
END:VCARD
""")
M("clean", "office_school_vcard_new_carer", d(1, 7, 11, 6),
  staff("office"), [SAM], "Welcome - school contact details",
  mixed(altp("""\
Dear Sam,

Welcome! We've now set you up as the main contact for Callum and Lily while
LCpl Hartley is deployed, so you'll receive school emails and texts from today.

To save you hunting for our details, we've attached the school's contact card,
which you can save straight to your phone. For absences please ring 01632
960000 and choose option 1 before 9am, or email attendance@example-school.org.uk.

Kind regards,
School Office
"""), attach("Example School Office.vcf", "text/vcard", VCARD_SCHOOL)),
  "vCard attachment with the school's own phone, address and office emails")


HARD_END = len(MESSAGES)

# ===========================================================================
# CLEAN, ordinary everyday school mail
# ===========================================================================

# E1
M("clean", "forest_school_wellies", d(1, 8, 15, 35),
  staff("prothero"), [JANE, op("stanford"), op("hughes"), op("finch")],
  "Robins - Forest School starts Thursday",
  altp("""\
Dear Robins families,

Happy New Year! Forest School starts again this Thursday and will run every
Thursday afternoon until Easter.

Please send your child in with:
- wellies (named, please, we have eleven pairs of identical black ones)
- a waterproof coat and, if you have them, waterproof trousers
- a warm hat and gloves
- a spare pair of socks in a carrier bag

They can wear their uniform as usual; we have all-in-one suits for the muddiest
bits. We'll be making bird feeders this week and looking for signs of winter
animals, so don't be surprised if your child comes home talking about owl
pellets.

If you have any old pans, wooden spoons or baking tins you don't need, our mud
kitchen would love them.

Thank you,
Mrs Prothero and the Robins team
"""),
  "Reception class reminder about Forest School kit")

# E2
M("clean", "star_of_the_week", d(2, 7, 15, 10),
  staff("pritchard"), [JANE], "Star of the week!",
  text("""\
Hi Jane,

Just so you know why Ellie came home with a giant sticker: she's Kestrels'
star of the week for being such a kind friend to our new girl, who arrived
from Cyprus on Monday and didn't know anyone. Ellie showed her everything,
even where the "good" pencils are kept.

Have a lovely weekend,
Chloe Pritchard
"""),
  "Short note to parent about star of the week", style="other")

# E3
LEAVE_PDF = make_pdf("Leave of absence - decision", [
    "Pupils: Callum Hartley (Year 4), Lily Hartley (Year 1)",
    "Dates requested: Monday 10 February to Friday 14 February 2025",
    "Reason: serving parent's post-operational leave (R&R)",
    "Decision: AUTHORISED (exceptional circumstances - service leave)",
    "Signed: H Ashworth, Headteacher      Date: 17 January 2025",
])
M("clean", "leave_request_post_op_leave", d(1, 17, 12, 30),
  staff("ashworth", "Helen Ashworth"), [SAM], "Leave of absence request - Callum and Lily",
  mixed(altp("""\
Dear Sam,

Thank you for your request for Callum and Lily to be absent from 10 to 14
February, while their mum is home on R&R. I'm pleased to say I have authorised
the absence, and the letter confirming this is attached for your records.

We recognise that time together during a deployment is precious and can't be
moved to the holidays. I'd ask only that the children keep reading each day, and
Callum might like to keep a short diary of what they get up to, which he can
share with the class when he's back.

Please pass on our best wishes to LCpl Hartley.

Kind regards,

""" + sig("ashworth", "disclaimer")),
        attach("Leave of absence - Hartley.pdf", "application/pdf", LEAVE_PDF)),
  "Head authorises term-time leave for a parent's R&R, PDF letter")

# E4
E4_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1f4e79;color:#fff"><h1 style="margin:0;font-size:22px">Example School Newsletter</h1><p style="margin:4px 0 0">Spring term, issue 2 &middot; 24 January 2025</p></td></tr>
<tr><td>
<p>Dear families,</p>
<p>What a busy start to the term! A special welcome to the eleven children who have joined us since January from Cyprus, Germany, Brunei and Catterick. Moving mid-year is never easy and our pupils have been brilliant at looking after them.</p>
<h3 style="color:#1f4e79">Compass Club</h3>
<p>Thirty-four children now come to Compass Club on Tuesday lunchtimes. This half term they are making &ldquo;deployment journals&rdquo; to share with parents when they come home. Thank you to 2 RWR for the donation of the new beanbags.</p>
<h3 style="color:#1f4e79">World Book Day &ndash; Thursday 6 March</h3>
<p>Children can come dressed as a character from a book. Please don&rsquo;t spend money: a hat or a home-made badge is plenty. Our book swap table opens the week before.</p>
<h3 style="color:#1f4e79">Dates for your diary</h3>
<ul>
<li>Wed 5 Feb &ndash; Coffee morning for families with someone deployed, 8.50am</li>
<li>Tue 11 Feb &ndash; Safer Internet Day</li>
<li>17&ndash;21 Feb &ndash; Half term</li>
<li>Tue 18 Mar &ndash; Parents&rsquo; evening (Teams appointments available for deployed parents)</li>
<li>Fri 4 Apr &ndash; Easter bonnet parade 2.30pm, school closes 2.00pm for Easter</li>
</ul>
<h3 style="color:#1f4e79">Attendance</h3>
<p>Well done to Ospreys, this fortnight&rsquo;s attendance winners with 98.6%.</p>
<p>With best wishes,<br>Helen Ashworth<br>Headteacher</p>
</td></tr>
<tr><td style="background:#e8eef4;font-size:12px;color:#555">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""
E4_PLAIN = """\
Example School Newsletter - Spring term, issue 2 - 24 January 2025

Dear families,

What a busy start to the term! A special welcome to the eleven children who
have joined us since January from Cyprus, Germany, Brunei and Catterick. Moving
mid-year is never easy and our pupils have been brilliant at looking after them.

COMPASS CLUB
Thirty-four children now come to Compass Club on Tuesday lunchtimes. This half
term they are making "deployment journals" to share with parents when they come
home. Thank you to 2 RWR for the donation of the new beanbags.

WORLD BOOK DAY - Thursday 6 March
Children can come dressed as a character from a book. Please don't spend money:
a hat or a home-made badge is plenty. Our book swap table opens the week before.

DATES FOR YOUR DIARY
* Wed 5 Feb - Coffee morning for families with someone deployed, 8.50am
* Tue 11 Feb - Safer Internet Day
* 17-21 Feb - Half term
* Tue 18 Mar - Parents' evening (Teams appointments available for deployed parents)
* Fri 4 Apr - Easter bonnet parade 2.30pm, school closes 2.00pm for Easter

ATTENDANCE
Well done to Ospreys, this fortnight's attendance winners with 98.6%.

With best wishes,
Helen Ashworth
Headteacher

Example School, Park Row, LS1 4AP - 01632 960000 - office@example-school.org.uk
"""
M("clean", "head_newsletter_spring2", d(1, 24, 15, 0),
  staff("ashworth", "Example School Newsletter"),
  [("Example School Parents", s_addr("parents")), JANE, SAM, ALI],
  "Newsletter – spring term issue 2",
  alt(text(E4_PLAIN, "7bit"), htmlpart(E4_HTML, "base64")),
  "Headteacher's fortnightly newsletter (HTML + plain)", style="other")

# E5
M("clean", "y5_fractions_homework", d(1, 15, 16, 10),
  staff("reddaway"),
  [pupil("19rguardian"), pupil("19achapman"), pupil("19dkaur"), pupil("19ewalsh"),
   pupil("19sbrook"), pupil("19jnkemelu")],
  "Maths homework - equivalent fractions",
  text("""\
Hi Merlins,

This week's maths homework is on Google Classroom: the equivalent fractions
sheet (the one with the pizzas). Do questions 1 to 12, and have a go at the
challenge if you're feeling brave. Due Monday.

Remember the trick we learned: whatever you do to the top, you do to the
bottom.

Mr Reddaway
""", "7bit"),
  "Short homework message to Y5 pupils", style="other")

# E6
M("clean", "start_of_term_admin_staff", d(1, 3, 14, 0),
  staff("willis"), [("All Staff", s_addr("staff"))], "Back on Monday - a few bits",
  altp("""\
Hi all,

Hope you've all had a restful break. A few things before Monday's INSET:

1. INSET starts at 8.45 in the hall with breakfast from 8.15 (bacon rolls
   courtesy of the Friends).
2. The new photocopier codes are on the staffroom noticeboard. Old codes stop
   working on Tuesday.
3. Please check your class lists on the MIS: we have eight new starters this
   week, most of them from the 32 Regiment posting, and two leavers who went to
   Germany over Christmas.
4. Payslips are now only on the portal. If you can't log in, come and see me.
5. The garrison has told us the Tedder Road gate will be pass-only on Monday
   morning; allow extra time if you come in that way.

Thanks,
Karen
"""),
  "Business manager's start-of-term admin note to staff")

# E7
M("clean", "slt_meeting_notes", d(1, 29, 18, 5),
  staff("okafor"), [("SLT", s_addr("slt"))], "SLT notes 29/01",
  altp("""\
Notes from today's SLT, for the record. Actions in capitals.

Present: HA, DO, PS, KW. Apologies: none.

1. Mobility. 19 arrivals and 14 leavers since September (17% of roll). The
   induction buddy system is working well. PS to review the PIP handover with
   receiving schools: two records went out late in December. ACTION PS.

2. SPP. Census returns are complete. KW estimates £41.3k for next year. HA to
   draft the spending report for governors by the March meeting. ACTION HA.

3. Deployment support. Compass Club numbers up to 34. GD has asked for a
   second group on Thursdays. Agreed in principle; DO to look at TA cover.
   ACTION DO.

4. Attendance. 94.8% overall, PA at 12%. MT is doing home visits for the six
   families above 20%. Nothing further needed from SLT at this stage.

5. Safeguarding. Nothing to minute here; see the DSL log.

Next meeting Wednesday 12 February.

Dan
"""),
  "Deputy's SLT meeting notes (staff only)")

# E8
M("clean", "y3_roman_day_costumes", d(2, 4, 15, 45),
  staff("griffiths"), [ALI, op("okonkwo"), op("walsh"), op("kowalska")],
  "Year 3 Roman Day - Thursday 13 February",
  altp("""\
Dear Year 3 families,

To finish our Romans topic, we're holding a Roman Day in school on Thursday
13 February. The children will be taking part in a Roman army training
session (with cardboard shields, which they'll be making next week), tasting
Roman food and performing our "Boudicca's revolt" songs for the Year 2 classes.

Children may come dressed as a Roman, a Celt or a Roman soldier if they want
to, but uniform is absolutely fine. An old white T-shirt with a belt makes a
very good tunic! Please don't buy anything.

We are also looking for empty cereal boxes and kitchen roll tubes for the
shields. Any donations can go in the box outside the Year 3 door.

Many thanks,
Mr Griffiths and Mr Penhaligon
"""),
  "Year 3 topic day letter")

# E9
REPORT_PDF = make_pdf("Spring Progress Report - Reuben Guardian, Year 5", [
    "Attendance this term: 97.2%",
    "Reading: working at the expected standard - secure",
    "Writing: working towards the expected standard - improving",
    "Maths: working at the expected standard",
    "",
    "Reuben has settled into Merlins brilliantly this term. He is a thoughtful",
    "member of the class and his contributions to our Roman topic were excellent.",
    "Next steps: use paragraphs consistently; learn 6, 7 and 8 times tables.",
    "",
    "Class teacher: Mr T Reddaway",
])
M("clean", "y5_spring_report", d(3, 27, 16, 30),
  staff("reddaway"), [ALI], "Reuben's spring report",
  mixed(altp("""\
Dear Sgt Guardian,

Please find attached Reuben's spring progress report. Mrs Guardian has a paper
copy too. I'm really pleased with how his term has gone, especially his
reading; he's gone up two book bands since Christmas.

If you'd like to talk anything through once you're home in April, just let me
know and we can find a time.

Best wishes,
Tom Reddaway
"""), attach("Spring report - Reuben Guardian.pdf", "application/pdf", REPORT_PDF)),
  "Class teacher sends a spring report PDF to a deployed father")

# E10
M("clean", "lost_jumper_reply", d(2, 25, 12, 14),
  staff("office", "School Office"), [JANE], "Re: Lost jumper",
  altp("""\
Dear Mrs Parent,

Good news: a jumper with "E PARENT" on the label has turned up in the hall
after Friday's PE. It's in the office now and we'll send it back with Ellie at
home time.

Kind regards,
School Office

On Mon, 24 Feb 2025 at 20:51, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, Ellie has come home without her school jumper again. It's got her name
> in it. Could someone check lost property please? Thank you
""", "gmail"),
  "Office reply to parent about a lost jumper", style="gmail")

# E11
M("clean", "senco_phonics_check_results", d(3, 13, 15, 50),
  staff("sandhu"), [JANE], "Ellie - reading assessment",
  altp("""\
Dear Jane,

As promised at the coffee morning, here is a summary of Ellie's reading
assessment from last week.

Ellie scored 33 out of 40 on the practice phonics check, which is above the
pass mark and a big jump from the autumn. Her blending is now secure. Where she
still hesitates is with longer words and with the "alternative" spellings
(ai/ay/a-e), which is very typical for Year 2.

Miss Pritchard will keep her in the small group for three mornings a week
until Easter, and then we'll review. At home, the most useful thing is
reading her book bag book every night, and letting her read signs and labels
when you're out.

No need for any further referral, and nothing to worry about.

Kind regards,
Priya Sandhu
SENCo
"""),
  "SENCo explains a phonics assessment to a parent")

# E12
M("clean", "compass_club_spring_programme", d(1, 9, 14, 20),
  staff("doyle"), [JANE, SAM, ALI, op("tapper"), op("kowalska"), op("walsh")],
  "Compass Club - spring term",
  altp("""\
Dear families,

Compass Club, our lunchtime club for service children, starts back next
Tuesday. This term we're doing:

- Deployment journals: each child makes a scrapbook to share with their
  serving parent when they come home (or to post out).
- Letters and drawings for the welfare boxes going out to Estonia on 31 January.
- "Moving on" booklets for children who are posting out at Easter.
- A visit from the garrison dog unit in March (to be confirmed).

Children don't need to sign up, they can just turn up at 12.30 at the Compass
Room. If your child finds deployments or moves hard, please let me know and I
can make sure they get a bit of extra time with me.

Best wishes,
Gemma Doyle

""" + sig("doyle", "full")),
  "Spring programme for the forces children's club")

# E13
M("clean", "admissions_welcome_from_cyprus", d(1, 7, 9, 48),
  staff("admissions", "Lorna McBride"), [op("okonkwo")], "Welcome to Example School",
  altp("""\
Dear Mr Okonkwo,

Welcome to Chalkdown, and to Example School. I hope the move from Cyprus went as
smoothly as these things ever do!

I'm pleased to confirm that Tolu will join Year 3 (Kingfishers, Mr Penhaligon)
and Bisi will join Reception (Robins, Mrs Prothero). We'd like them to start on
Monday 13 January, with a short visit on Friday afternoon to meet their
teachers and see the classrooms.

Uniform can be bought from the Friends' nearly-new rail in the hall on Friday
mornings, or online from the supplier (details on our website). Plain navy
jumpers and grey trousers or skirts from any shop are fine.

Could you also bring the children's red books, and any reports from their
school in Cyprus, on Friday. We'll request their records from the school
directly.

Mrs Doyle, our Service Children's Support Lead, will meet you at the visit.

Kind regards,

""" + sig("admissions", "full_web")),
  "Admissions welcomes a family posted in mid-year from Cyprus")

# E14
M("clean", "reception_alfie_settling", d(2, 3, 16, 15),
  staff("prothero"), [JANE], "Alfie - phonics",
  altp("""\
Hi Jane,

Just a quick note as you asked at pick-up. Alfie knows all his Phase 2 sounds
now and is starting on Phase 3 this week (ch, sh, th, ng). The little sound
cards in his book bag are for practising at home, just five minutes a day is
plenty. He loves being "the teacher" and testing you, so let him!

Siân
"""),
  "Reception teacher's short phonics update to parent")

# E15
M("clean", "y6_assembly_lines_reply", d(2, 26, 17, 35),
  staff("maddox", "Mr Maddox"), [pupil("18mguardian", "Maya Guardian")], "Re: my lines",
  text("""\
Hi Maya,

Yes, you can swap lines with Hope if you both want to, that's fine by me. Just
make sure you've both learned the new ones by Monday's rehearsal. And yes, you
can bring your dad's beret for the last scene, but please put your name in it!

Mr Maddox

> Mr Maddox can me and Hope swap lines in the assembly because she wants the
> long one and I want the one about the medals. Also can I bring my dads beret
> Maya
""", "7bit"),
  "Teacher replies to a Y6 pupil about assembly lines", style="other")

# E16
M("clean", "deputy_cover_arrangements", d(1, 14, 7, 52),
  staff("okafor"), [("Teaching Staff", s_addr("teachers"))], "Cover today",
  text("""\
Morning all,

Nkechi is off sick today. Cover as follows:

Ospreys AM - Pam (maths and English as planned, plans are on the shared drive)
Ospreys PM - me (PE hall slot stays the same)
Pam's Year 6 reading group moves to tomorrow.

Lunch duty: Jo, can you swap to the KS2 playground? Abi will take KS1.

Thanks everyone,
Dan
""", "7bit"),
  "Deputy's morning cover arrangements to teaching staff", style="other")

# E17
M("clean", "kitchen_dairy_free_menu", d(2, 24, 10, 40),
  staff("kettley"), [JANE], "Ellie's dairy-free lunches",
  altp("""\
Dear Mrs Parent,

Thank you for the updated letter from the dietitian. From Monday Ellie will be
on our dairy-free menu. There's a copy of the four-week menu on the school
website under "School meals" if you'd like to see what's coming up.

A couple of things so you know:
- Thursday's roast is dairy-free as it is; we'll do her a plain jacket on pasta
  bake day.
- Pudding will be fruit, dairy-free sponge or jelly.
- Her name and photo are on the allergy board in the kitchen, so any of my team
  serving her will know.

If her needs change, please let me or the office know in writing.

Kind regards,
Fiona Kettley
Kitchen Manager
"""),
  "Kitchen manager confirms a dairy-free menu for a pupil")

# E18
M("clean", "pe_days_changing_y4", d(1, 21, 13, 10),
  staff("brannigan", "Kyle Brannigan"), [SAM, op("walsh"), op("okonkwo")],
  "Year 4 PE days from next week",
  text("""\
Dear Year 4 parents and carers,

From Monday 27 January, Year 4 PE will be on Monday (indoor, gymnastics) and
Thursday (outdoor, tag rugby). Children should come to school in their PE kit
on those days: navy shorts or joggers, white T-shirt, trainers, and a warm top
for outdoors.

Earrings need to be removed or taped at home, please, as staff can't do this.

Thanks,
Coach Brannigan
""", "7bit"),
  "Sports coach tells Y4 families about the new PE days", style="other")

# E19
M("clean", "choir_easter_concert", d(3, 20, 12, 25),
  staff("griffiths"), [ALI, JANE, op("baptiste"), op("finch")],
  "Choir – Easter concert at the garrison church \U0001F3B6",
  altp("""\
Dear choir families,

The choir will be singing at the Easter service at St Alban's Garrison Church on
Sunday 30 March at 10.30am. The padre has kindly invited families to stay for
coffee afterwards.

Please have your child at the church by 10.00am in school uniform. There will be
a final rehearsal on Thursday 27 March at lunchtime, so no packed lunches on the
field that day please!

Hymn sheets are coming home in book bags this week, and the children have been
asked to practise "The Army of the Lord" (they know which verse...).

Thank you for all your support,
Mr Griffiths
"""),
  "Music lead gives choir families details of a church concert")

# E20
E20_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear parents and carers,</p>
<p>Booking for spring parents&rsquo; evening is now open on the parent app. Appointments are on <b>Tuesday 18 March</b> (3.30pm to 7pm) and <b>Thursday 20 March</b> (3.30pm to 6pm).</p>
<p>Each appointment is 10 minutes. If you have more than one child, please try to leave a gap between bookings so you can walk between classrooms.</p>
<p><b>Deployed or away on exercise?</b> When you book, tick &ldquo;video call&rdquo; and your child&rsquo;s teacher will send a Teams link. We can also arrange a call at a different time if the time difference makes the evening impossible.</p>
<p>Booking closes on Friday 14 March.</p>
<p>Kind regards,<br>School Office<br>Example School, Park Row, LS1 4AP &ndash; 01632 960000</p>
</body></html>
"""
M("clean", "parents_evening_booking_open", d(2, 26, 9, 0),
  staff("office"), [JANE, SAM, ALI, op("stanford"), op("mensah")],
  "Parents' evening booking now open",
  htmlpart(E20_HTML),
  "HTML-only notice that parents' evening booking is open", style="other")

# E21
M("clean", "y4_victorians_project_upload", d(3, 7, 11, 5),
  staff("bello"),
  [pupil("20chartley"), pupil("20pmarsh"), pupil("20ibrennan"), pupil("20zahmed"),
   pupil("20nfraser")],
  "Victorians project - uploading your work",
  text("""\
Hello Ospreys,

A reminder that your Victorian project is due on Friday 14 March. If you made a
model or poster, bring it in. If you did a PowerPoint or a video, please upload
it to the Victorians assignment on Google Classroom; don't email it to me, as
the files are too big.

I've already seen Zain's workhouse model and Isaac's amazing timeline, and I
can't wait to see the rest!

Ms Bello
"""),
  "Teacher reminds Y4 pupils how to hand in their project", style="other")

# E22
M("clean", "site_manager_parade_car_park", d(3, 13, 8, 5),
  staff("ure"), [("All Staff", s_addr("staff"))], "Car park closed Friday – homecoming parade",
  text("""\
Morning all,

Heads up: the garrison has asked us to keep the front car park clear on Friday
(14th) from 7am to 2pm for the 2 RWR homecoming parade, which forms up on Park
Row. Please park at the community centre and walk through the back gate. I'll
have it open from 7.15.

The Year 5 and Year 6 children will be watching from the front railings at
11am, so I'll put the barriers out on Thursday afternoon.

Also, the boiler engineer is in on Thursday, so the hall heating may go off
for an hour or so.

Cheers,
Simon
Site Manager
""", "8bit"),
  "Site manager tells staff about a car park closure for a homecoming parade",
  style="other")

# E23
M("clean", "dsl_safeguarding_update_inset", d(1, 6, 16, 30),
  staff("okafor"), [("All Staff", s_addr("staff"))], "Safeguarding - this morning's INSET",
  altp("""\
Dear all,

Thank you for your attention this morning, I know safeguarding updates straight
after the holidays aren't anyone's favourite.

For those who missed it, the slides are on the staff drive under
Safeguarding > INSET Jan 2025. Please read them by Friday and sign the
register in the staffroom. Key points:

- All concerns to go on the online log the same day, however small.
- Deployment, moves and reunions can all affect children's behaviour;
  log changes, even if they seem "just" to be about Dad or Mum being away.
- Reminder of the staff code of conduct: no contact with pupils or parents
  through personal phones, personal email or social media.
- The online safety refresher is due by half term (30 minutes on the
  training portal).

Any questions, come and find me or Helen.

Dan Okafor
DSL
"""),
  "DSL's INSET safeguarding summary to staff (mentions the code of conduct)")

# E24
M("clean", "head_lice_letter_y1", d(2, 6, 14, 55),
  staff("office", "School Office"), [SAM, op("hughes"), op("stanford")],
  "Year 1 - head lice",
  text("""\
Dear Year 1 parents and carers,

We've been made aware of a few cases of head lice in Year 1. Please check
your child's hair this weekend, using a fine-toothed comb on wet, conditioned
hair, and treat if you find anything. Long hair should be tied back for
school.

Please don't keep your child off school; head lice aren't a reason for
absence. The pharmacist can advise on treatments.

Thank you,
School Office
Example School
"""),
  "Standard head lice letter to Y1 parents", style="other")

# E25
M("clean", "head_spp_report_governors", d(3, 17, 19, 20),
  staff("ashworth"), [("Governors", s_addr("governors"))], "SPP report for Thursday's FGB",
  mixed(altp("""\
Dear governors,

Ahead of Thursday's full governing body meeting, please find attached the draft
Service Pupil Premium report for 2024-25.

In summary: we received £40,950 for 117 eligible pupils. The largest costs are
Mrs Doyle's post (Service Children's Support Lead, 0.8 FTE), Compass Club, and
the extra TA hours for children joining mid-year. The case studies on pages 3
and 4 have been anonymised.

I'd particularly welcome your views on the proposal to fund a second ELSA,
given the scale of this year's deployment.

With thanks,
Helen
"""), attach("SPP report 2024-25 DRAFT.pdf", "application/pdf",
             make_pdf("Service Pupil Premium report 2024-25 (draft)", [
                 "Eligible pupils: 117   Allocation: GBP 40,950",
                 "1. Service Children's Support Lead (0.8 FTE)",
                 "2. Compass Club and deployment journals",
                 "3. Additional TA hours for mid-year arrivals",
                 "4. Transition: Pupil Information Profiles and moving-on booklets",
             ]))),
  "Headteacher sends the SPP report to governors (staff/governors only)")

# E26
M("clean", "reading_volunteers_unit_liaison", d(2, 27, 10, 50),
  staff("doyle"), [("WO2 Craig Mather", "community.engagement@2rwr.example.org")],
  "Reading volunteers from 2 RWR",
  altp("""\
Dear WO2 Mather,

Thank you so much for offering soldiers from the battalion to come in as
reading volunteers after the homecoming. The children would love it, and it
would mean a lot to the families whose parents are still away.

A few practical things:
- Volunteers will need an enhanced DBS with a children's barred list check.
  If they already have one through the Army, we can check it on the update
  service with their consent.
- Sessions would be Tuesday and Thursday mornings, 9.15 to 10.15, in the
  library, and volunteers would always be in sight of a member of staff.
- We'd ask them to sign in at reception and wear our visitor lanyard.

Could we have a quick call to agree dates? The office can put you through to
me on 01632 960000.

Kind regards,
Gemma Doyle

""" + sig("doyle", "full")),
  "Service children lead arranges soldier reading volunteers with the unit")

# E27
M("clean", "y4_callum_countdown_chain", d(1, 13, 15, 55),
  staff("bello"), [SAM], "Callum - paper chain",
  altp("""\
Dear Sam,

Callum asked me to let you know that he has made a paper chain at school to
count down the days until his mum's R&R, and it's hanging up in our reading
corner. He takes a link off every morning at register and tells the class how
many are left; today it was 27!

He's been a bit quieter than usual at playtimes, so I've asked him to be one of
our playground buddies this week, which he seemed really pleased about.

Best wishes,
Nkechi Bello
Year 4, Ospreys
"""),
  "Teacher tells carer about a pupil's deployment countdown")

# E28
M("clean", "breakfast_club_booking_confirmation", d(1, 27, 7, 30),
  staff("ferreira"), [ALI], "Early Birds bookings - February",
  text("""\
Dear Sgt Guardian,

Thank you for your bookings for February, all confirmed:

Maya - Mondays, Tuesdays and Thursdays
Reuben - Mondays, Tuesdays and Thursdays
Isla - Tuesdays and Thursdays

Early Birds opens at 7.45am. Children come through the hall doors on the
playground side. The total for the month is £117.00 on the parent app.

Kind regards,
Rachel Ferreira
Wraparound Care Manager
""", "base64"),
  "Breakfast club booking confirmation (base64 body)", style="other")

# E29
M("clean", "world_book_day_y1", d(2, 28, 15, 20),
  staff("whitlock"), [SAM, op("hughes"), op("finch")],
  "World Book Day \U0001F4DA Thursday 6 March",
  altp("""\
Dear Wrens families,

Thursday is World Book Day! The children are welcome to come dressed as a
favourite book character, in pyjamas with their favourite bedtime story, or
in uniform. Whatever they're comfortable with is perfect.

We'll be sharing stories with Year 5 in the afternoon, so if your child would
like to bring their favourite book from home, please put their name inside it.

The book token will come home in book bags on Thursday.

Thank you,
Miss Whitlock and Mrs Farrant
"""),
  "Y1 World Book Day reminder, emoji subject")

# E30
M("clean", "attendance_certificate_maya", d(3, 28, 13, 40),
  staff("attendance"), [ALI], "100% attendance - well done Maya!",
  text("""\
Dear Sgt Guardian,

I'm delighted to let you know that Maya has had 100% attendance this term,
despite everything your family has had going on. She'll receive her
certificate in Friday's celebration assembly at 2.30pm.

Mrs Guardian is very welcome to come along, and if you'd like to watch, Mr
Maddox can set up a Teams call from the hall.

Kind regards,
Maureen Tully
Attendance Officer
Example School, Park Row, LS1 4AP
01632 960000 (option 1)
"""),
  "Attendance officer congratulates father on his daughter's attendance",
  style="other")


# ===========================================================================
# Output
# ===========================================================================

README = """\
# Round 41 hold-out corpus: personal-address-to-parent

**Blind hold-out data. Never use it for tuning rules, thresholds or code.**
It was written without reading mailguard's code, rules, tests or docs, so that
it measures how the filter does on mail nobody fitted it to. If a message here
is ever used to change the filter, this corpus stops being a hold-out and must
be replaced.

## What it is

{total} complete RFC 5322 messages (`.eml`) sent by staff of "Example School"
(staff domain `example-school.org.uk`, pupils at `pupils.example-school.org.uk`),
labelled for the policy rule *staff must not give pupils or parents their own
personal phone number, home address or personal e-mail, use personal devices or
accounts to contact them, or add them on social media*.

Setting for this round: an infant and junior school (ages 4 to 11) next to an
Army garrison in Wiltshire. Most families are service families: parents deployed
abroad (Estonia, Kenya), R&R, postings and mid-year moves, the Service Pupil
Premium, a forces children's club (Compass Club), the garrison HIVE, unit welfare
officers, BFPO addresses, staff married to serving soldiers.

`labels.csv` has the columns `file,expected,sender,recipients,note`:
`expected` is `flag` or `clean`, `sender` the envelope sender (the staff From
address), `recipients` the To and Cc addresses separated by single spaces.
Judgement calls carry `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give a parent or pupil their own personal contact details or private channel | {nflag} |
| clean | ordinary everyday school mail | {neveryday} |
| clean | hard negatives (look risky, are fine) | {nhard} |
| **total** | | **{total}** |

## Kinds of case

Flags (each has at least one parent or pupil recipient):
- own mobile in the body: spaced, `+44 7700 900 582`, `0044 ...`, dotted, no spaces
  (`+447700900384`), brackets in HTML-only mail with `&nbsp;`, split over a line break;
- own mobile in an HTML signature with `&nbsp;` (and U+00A0 in the plain part, QP);
- home landline (hyphenated, in the school's own 01632 960 range);
- home address with postcode, and a married-quarter address without one;
- personal e-mail in Reply-To only, in Cc, in a family-domain address in the body,
  inside a vCard attachment; an .ics invite whose location is the teacher's home;
- private channels: WhatsApp, Facebook friend request, Snapchat, Instagram,
  Discord server, Signal (photos of pupils to a deployed parent);
- encodings: base64 body, quoted-printable, 8bit, RFC 2047 subjects and names.

Hard negatives (clean):
- school-owned trip, residential and club mobiles, stated as such;
- the parent's own number, address, BFPO address or signature read back or quoted;
- third parties for a reason: HIVE, unit welfare officer's duty mobile, NHS clinic,
  activity centre, coach firm control room, receiving school, helplines;
- colleagues' official school direct lines and school e-mails;
- numbers that are not phones: prices, dates, times, sort code and account
  number, ISBN, Teams meeting ID and dial-in, service numbers, job references,
  venue postcodes;
- staff-only mail with personal details (HR starter details, a staff social);
- e-safety advice naming apps; a teacher refusing to give her personal number;
  the school's official Facebook page; a garrison forum's WhatsApp community
  reached through the HIVE; a teacher mentioning her own husband is deployed;
  the school's own vCard and an .ics with the school's address.

Everyday (clean): newsletters, trip and topic letters, homework to pupils,
reports, replies to parents, SEN and kitchen notes, attendance, wraparound care,
SLT notes, cover, site and safeguarding notices to staff, SPP report to governors.

## How it was made

Written by hand for round 41 by a helper working blind (it read only the school
policy, `config.example.yaml` and `directory/parents.csv`), and turned into
messages by `../make_round41_personal.py` (Python 3.11 standard library only).
Dates, Message-IDs and MIME boundaries are fixed, so output is byte-identical
on every run. All names, addresses and organisations are invented; phone numbers
are in Ofcom's drama ranges; third-party domains are example.com/.org/.net.
Children's first names are invented (the MIS export only has placeholder
pupil names).

## Regenerate

    python3 tests/holdout/round41/make_round41_personal.py

It rewrites every `.eml`, `labels.csv` and this README in
`tests/holdout/round41/personal-address-to-parent/`, then parses every
message back and checks it against the labels.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    msgs = sorted(MESSAGES, key=lambda m: (m["when"], m["slug"]))
    slugs = [m["slug"] for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    nflag = sum(m["label"] == "flag" for m in msgs)
    nclean = len(msgs) - nflag
    assert nflag == 20 and nclean == 60, (nflag, nclean)

    # remove stale .eml files from an older run
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))

    rows = []
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        raw = render(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        recips = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["sender"][1], recips, m["note"]])

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)

    hard = sum(1 for m in msgs if m["label"] == "clean" and MESSAGES.index(m) < HARD_END
               and MESSAGES.index(m) >= FLAG_END)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(msgs), nflag=nflag, nhard=hard,
                               neveryday=nclean - hard))
    verify()


def verify():
    with open(os.path.join(OUT, "labels.csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r["file"] for r in rows), "labels and files differ"
    for r in rows:
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert not msg.defects, (r["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
            if not part.is_multipart():
                part.get_content()  # must decode
        assert r["expected"] in ("flag", "clean")
        assert r["expected"] == r["file"].split("_")[1]
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == r["sender"] and frm.endswith("@" + SCHOOL), r["file"]
        rc = [a for _, a in getaddresses([str(x) for x in msg.get_all("To", [])
                                          + msg.get_all("Cc", [])])]
        assert rc == r["recipients"].split(" "), (r["file"], rc)
        for h in ("Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (r["file"], h)
        if r["expected"] == "flag":
            assert any(a in ("jane.parent@gmail.com", "sam.carer@outlook.com",
                             "ali.guardian@btinternet.com") or a.endswith("@" + PUPILS)
                       for a in rc), r["file"]
    print(f"ok: {len(rows)} messages, "
          f"{sum(r['expected'] == 'flag' for r in rows)} flag, "
          f"{sum(r['expected'] == 'clean' for r in rows)} clean")


if __name__ == "__main__":
    main()
