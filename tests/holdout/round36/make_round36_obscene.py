#!/usr/bin/env python3
"""Generate the round-36 BLIND hold-out corpus for the obscene-language module.

Setting: an integrated (mixed Catholic and Protestant) secondary school in Belfast.
Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Fully deterministic: fixed dates, Message-IDs and MIME boundaries, so running it
twice gives byte-identical output.

    python3 tests/holdout/round36/make_round36_obscene.py

Blind corpus: never use it for tuning the filter.
"""
import base64
import csv
import hashlib
import html
import io
import os
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people
STAFF = {
    "mccann": ("Gráinne McCann", "g.mccann", "Principal"),
    "irvine": ("David Irvine", "d.irvine", "Vice-Principal (Pastoral)"),
    "nibhriain": ("Siobhán Ní Bhriain", "s.nibhriain", "Head of Irish"),
    "boyd": ("Colin Boyd", "c.boyd", "Head of History"),
    "ferris": ("Neil Ferris", "n.ferris", "Teacher of History"),
    "dsl": ("Heather Gilmore", "dsl", "Designated Teacher for Child Protection"),
    "mulholland": ("Ciarán Mulholland", "c.mulholland", "PE & Gaelic Games"),
    "kerr": ("Stuart Kerr", "s.kerr", "PE / Rugby"),
    "reid": ("Alan Reid", "a.reid", "PE / Cricket"),
    "quinn": ("Róisín Quinn", "r.quinn", "Head of English"),
    "wylie": ("Mark Wylie", "m.wylie", "Teacher of English"),
    "devlin": ("Aoife Devlin", "a.devlin", "Head of Science"),
    "mcgrath": ("Conor McGrath", "c.mcgrath", "Teacher of Biology"),
    "office": ("Lorraine Patterson", "office", "Office Manager"),
    "hamilton": ("Gareth Hamilton", "g.hamilton", "ICT Technician / C2k Manager"),
    "ohare": ("Niamh O'Hare", "n.ohare", "Teacher of Geography"),
    "agnew": ("Tom Agnew", "t.agnew", "Geography / Trips & DofE"),
    "senco": ("Karen Beattie", "senco", "SENCO"),
    "fitzpatrick": ("Eoin Fitzpatrick", "e.fitzpatrick", "Head of RE / Community Relations"),
    "crawford": ("Alison Crawford", "a.crawford", "Teacher of RE"),
    "armstrong": ("Julie Armstrong", "j.armstrong", "Home Economics"),
    "craig": ("Andrew Craig", "a.craig", "Head of Mathematics"),
    "attendance": ("Claire Magee", "attendance", "Attendance Officer"),
    "exams": ("Paul Stewart", "exams", "Examinations Officer"),
    "hughes": ("Denise Hughes", "d.hughes", "Head of Year 10"),
    "lavery": ("Sinéad Lavery", "s.lavery", "Head of Year 8"),
    "blair": ("Jonny Blair", "j.blair", "Head of Music"),
    "boyle": ("Rachel Boyle", "r.boyle", "Head of Drama"),
    "ferguson": ("Chloe Ferguson", "c.ferguson", "Modern Languages"),
    "estates": ("Declan Rafferty", "estates", "Site Manager"),
    "careers": ("Ruth McKeown", "careers", "Careers Leader"),
    "bursar": ("Philip Morrow", "p.morrow", "Bursar"),
    "moore": ("Gillian Moore", "g.moore", "Head of Learning for Life and Work"),
    "library": ("Wendy Orr", "library", "School Librarian"),
    "firstaid": ("Brenda Shaw", "b.shaw", "First Aid and Medical Co-ordinator"),
    "cover": ("Val Kerr", "cover", "Cover Manager"),
}


def st(key):
    name, local, _role = STAFF[key]
    return (name, f"{local}@{DOM}")


def pu(local, name):
    return (name, f"{local}@{PUP}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

# ------------------------------------------------------------------ header encoding
ATEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")


def _qbyte(b):
    c = chr(b)
    if b < 128 and (c.isalnum() or c in "!*+-/"):
        return c
    if c == " ":
        return "_"
    return "=%02X" % b


def encoded_words(text, mode="Q"):
    """RFC 2047 encoded words (UTF-8), each at most 75 characters."""
    prefix, suffix = f"=?UTF-8?{mode}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words = []
    if mode == "B":
        maxb = (room // 4) * 3
        cur = b""
        for ch in text:
            b = ch.encode("utf-8")
            if len(cur) + len(b) > maxb:
                words.append(cur)
                cur = b""
            cur += b
        words.append(cur)
        return [prefix + base64.b64encode(w).decode("ascii") + suffix for w in words]
    cur = ""
    for ch in text:
        e = "".join(_qbyte(b) for b in ch.encode("utf-8"))
        if len(cur) + len(e) > room:
            words.append(cur)
            cur = ""
        cur += e
    words.append(cur)
    return [prefix + w + suffix for w in words]


def fold_plain(name, value):
    """Fold an ASCII header at spaces so lines stay within 78 characters."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 78 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def subject_header(subject, mode=None):
    if mode is None and all(ord(c) < 128 for c in subject):
        return fold_plain("Subject", subject)
    words = encoded_words(subject, mode or "Q")
    return "Subject: " + "\n ".join(words)


def fmt_addr(pair):
    name, email = pair
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if set(name) <= ATEXT:
            return f"{name} <{email}>"
        esc = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{esc}" <{email}>'
    return " ".join(encoded_words(name, "Q")) + f" <{email}>"


def addr_header(hname, pairs):
    items = [fmt_addr(p) for p in pairs]
    line = f"{hname}: "
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line.strip() != f"{hname}:" and len(line) + len(piece) + 1 > 78:
            out.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    out.append(line.rstrip())
    return "\n".join(out)


# -------------------------------------------------------------------- body encoding
SOFT = "\x00"  # marker: force a quoted-printable soft line break at this point


def qp_encode(text):
    """Quoted-printable with 76-char lines; SOFT forces a soft line break."""
    out_lines = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == SOFT:
                toks.append(None)
                continue
            for b in ch.encode("utf-8"):
                c = chr(b)
                if (33 <= b <= 126 and c != "=") or c in " \t":
                    toks.append(c)
                else:
                    toks.append("=%02X" % b)
        # trailing whitespace must be encoded
        i = len(toks) - 1
        while i >= 0 and toks[i] is None:
            i -= 1
        if i >= 0 and toks[i] in (" ", "\t"):
            toks[i] = "=%02X" % ord(toks[i])
        cur = ""
        for t in toks:
            if t is None:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\n".join(out_lines)


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii")


def wrap_text(text, width=74):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">"):
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+\.|[a-j]\))\s+)", line)
        indent = " " * len(m.group(1)) if m else ""
        out.append(textwrap.fill(line, width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def encode_text(text, cte):
    """Return (cte_header_value, encoded_body) for a text part."""
    if cte == "qp":
        return "quoted-printable", qp_encode(text)
    plain = text.replace(SOFT, "")
    if cte == "base64":
        return "base64", b64_lines(plain.encode("utf-8")).rstrip("\n")
    wrapped = wrap_text(plain)
    if all(ord(c) < 128 for c in wrapped):
        return "7bit", wrapped
    return "8bit", wrapped


# ------------------------------------------------------------------ HTML renderers
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
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
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
OUTLOOK_TAIL = """</div>
</body>
</html>
"""

OUTLOOK_QUOTE_START = re.compile(r"^(From: .+|-----Original Message-----)$")


def outlook_html(text):
    # SOFT markers are kept: the QP encoder turns them into soft breaks, others drop them
    lines = text.split("\n")
    out = [OUTLOOK_HEAD]
    in_quote = False
    for ln in lines:
        if not in_quote and OUTLOOK_QUOTE_START.match(ln):
            in_quote = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            continue
        esc = html.escape(ln, quote=False)
        m = re.match(r"^(From|Sent|To|Cc|Subject):(.*)$", ln) if in_quote else None
        if m:
            esc = "<b>%s:</b>%s" % (m.group(1), html.escape(m.group(2), quote=False))
        out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>\n')
    if in_quote:
        out.append("</div>\n")
    out.append(OUTLOOK_TAIL)
    return "".join(out)


def gmail_html(text):
    lines = text.split("\n")
    body, quote_attr, quoted = [], None, []
    for i, ln in enumerate(lines):
        if quote_attr is None and re.match(r"^On .+ wrote:$", ln):
            quote_attr = ln
            quoted = [l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[i + 1:]]
            break
        body.append(ln)
    while body and body[-1] == "":
        body.pop()
    out = ['<div dir="ltr">']
    for ln in body:
        if ln == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % html.escape(ln, quote=False))
    out.append("</div>")
    if quote_attr:
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   + html.escape(quote_attr, quote=False) + "<br></div>")
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out.append("<br>".join(html.escape(q, quote=False) for q in quoted if q is not None))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ tiny PDF maker
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# ------------------------------------------------------------------ message builder
def msg_date(y, mo, d, h, mi, s=0):
    naive = datetime(y, mo, d, h, mi, s)
    bst = datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 1)
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(naive.replace(tzinfo=tz))


def _hash(n, salt=""):
    return hashlib.sha1(f"round36-obscene-{n}-{salt}".encode()).hexdigest()


def message_id(n, client, salt=""):
    h = _hash(n, salt)
    if client == "gmail":
        tok = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CAF{tok}@mail.gmail.com>"
    if client == "app":
        return f"<{h[:16]}.{h[16:24]}@mailer.example-school.org.uk>"
    return (f"<DB9PR02MB{int(h[:6], 16) % 9000 + 1000}{h[6:12].upper()}"
            f"{int(h[12:16], 16) % 100:02d}@DB9PR02MB{int(h[16:20], 16) % 9000 + 1000}"
            f".eurprd02.prod.outlook.com>")


def text_part(ctype, text, cte):
    cte_val, body = encode_text(text, cte)
    return (f'Content-Type: {ctype}; charset="utf-8"\n'
            f"Content-Transfer-Encoding: {cte_val}\n\n{body}\n")


def attachment_part(att):
    fname, ctype, data = att["filename"], att["ctype"], att["data"]
    if isinstance(data, str):
        data = data.encode("utf-8")
        ctype_line = f'Content-Type: {ctype}; charset="utf-8"; name="{fname}"'
    else:
        ctype_line = f'Content-Type: {ctype}; name="{fname}"'
    return (f"{ctype_line}\n"
            f'Content-Disposition: attachment; filename="{fname}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64_lines(data)}")


def multipart(sub, boundary, parts, preamble=False):
    head = f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"\n\n'
    if preamble:
        head += "This is a multi-part message in MIME format.\n\n"
    body = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return head + body + f"--{boundary}--\n"


MESSAGES = []


def add(n, label, slug, frm, to, subject, date, text, note, cc=(), fmt="plain",
        cte="auto", client="outlook", html_body=None, atts=(), subj_mode=None,
        reply_to_n=False, extra=()):
    MESSAGES.append(dict(n=n, label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, text=text, note=note, fmt=fmt,
                         cte=cte, client=client, html_body=html_body, atts=list(atts),
                         subj_mode=subj_mode, reply=reply_to_n, extra=list(extra)))


def build(m):
    n = m["n"]
    h = _hash(n, "b")
    if m["client"] == "gmail":
        b_alt, b_mix = f"000000000000{h[:12]}", f"000000000000{h[12:24]}"
    else:
        b_alt = f"_000_DB9PR02MB{h[:8].upper()}{h[8:14]}_"
        b_mix = f"_004_DB9PR02MB{h[14:22].upper()}{h[22:28]}_"
    text = m["text"]
    cte = m["cte"]
    if m["fmt"] == "plain":
        entity = text_part("text/plain", text, cte)
    elif m["fmt"] == "html":
        hb = m["html_body"] or outlook_html(text)
        entity = text_part("text/html", hb, cte if cte != "auto" else "qp")
    else:  # alt
        if m["html_body"]:
            hb = m["html_body"]
        elif m["client"] == "gmail":
            hb = gmail_html(text)
        else:
            hb = outlook_html(text)
        pcte = cte if cte != "auto" else "qp"
        entity = multipart("alternative", b_alt,
                           [text_part("text/plain", text, pcte), text_part("text/html", hb, pcte)])
    if m["atts"]:
        entity = multipart("mixed", b_mix, [entity] + [attachment_part(a) for a in m["atts"]],
                           preamble=(m["client"] != "gmail"))
    hdrs = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    hdrs.append(subject_header(m["subject"], m["subj_mode"]))
    hdrs.append("Date: " + msg_date(*m["date"]))
    hdrs.append("Message-ID: " + message_id(n, m["client"]))
    if m["reply"]:
        parent = message_id(n, "gmail" if m["client"] != "gmail" else "outlook", "parent")
        hdrs.append("In-Reply-To: " + parent)
        hdrs.append("References: " + parent)
    for e in m["extra"]:
        hdrs.append(e)
    if m["client"] == "outlook":
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if m["atts"] else ""))
    elif m["client"] == "app":
        hdrs.append("X-Mailer: SchoolComms Bulk Mailer 4.2")
    hdrs.append("MIME-Version: 1.0")
    raw = "\n".join(hdrs) + "\n" + entity
    return raw.encode("utf-8")


# ==================================================================================
# The messages.  Staff sign-offs are written out in each message.
# ==================================================================================

SIG_OFFICE = """\
Lorraine Patterson
Office Manager
Example School
Park Row, LS1 4AP
Tel: 01632 960000
"""

# 001 ------------------------------------------------------------------ clean, everyday
add(1, "clean", "y11_parent_teacher_booking", st("office"), [JANE, SAM, ALI],
    "Year 11 Parent-Teacher Consultations – Thursday 13 November", (2025, 10, 24, 14, 5),
    """\
Dear Parent/Carer,

Year 11 Parent-Teacher Consultations will take place on Thursday 13 November from 3.45pm to 7.00pm. As last year, appointments are booked through SchoolCloud, and meetings will be held in person in the Assembly Hall and the Learning Resource Centre.

Booking opens at 6pm on Monday 3 November and closes at noon on Wednesday 12 November. Each appointment is five minutes long, so please leave a couple of minutes between slots to move between rooms. If you need an interpreter, or would prefer a phone call rather than coming in, please let the office know by Friday 7 November and we will arrange it.

This is an important evening for Year 11. Teachers will be able to talk through the results of the October assessments and what your young person needs to focus on before the mock examinations in January.

Parking is limited, so please use the lower car park and the Park Row entrance; the staff car park at the back will be closed to visitors after 3.30pm.

If you have any difficulty logging in, reply to this email or ring the office on 01632 960000.

Kind regards,

""" + SIG_OFFICE,
    "parents' evening booking letter to parents", fmt="alt")

# 002 ------------------------------------------------------------------ clean, hard
add(2, "clean", "geography_causeway_dykes", st("ohare"), [JANE, SAM, ALI],
    "Year 11 Geography fieldwork – Giant's Causeway, Thursday 2 October", (2025, 9, 22, 15, 37),
    """\
Dear Parents and Carers,

As part of the CCEA GCSE Geography fieldwork requirement, Year 11 geographers will visit the Giant's Causeway and the coast at Portballintrae on Thursday 2 October. The coach leaves school at 8.45am sharp and we expect to be back by 3.30pm.

The morning will be spent on the rock platform at the Causeway itself. Pupils will measure and sketch the basalt columns and look at the dolerite dykes that cut through the lava flows around Port Ganny. These dykes come up in the 'Restless Earth' questions every year, so seeing them in the field really helps. In the afternoon we move to Portballintrae for the beach profile and sediment survey that forms the basis of their fieldwork report.

Pupils should wear sturdy footwear (trainers with a good grip, not fashion trainers) and bring a waterproof coat, a packed lunch and a drink. The rocks are very slippery when wet, and we will be strict about staying behind the guide line on the Grand Causeway.

The cost of the trip, including the coach and the visitor centre, is £12, payable through ParentPay by Friday 26 September. If cost is a difficulty, please contact me in confidence and we will make sure nobody misses out.

Many thanks,

Niamh O'Hare
Teacher of Geography
Example School | Park Row | LS1 4AP
01632 960000
""",
    "geography trip letter: dolerite dykes at the Causeway", fmt="alt")

# 003 ------------------------------------------------------------------ FLAG plain
add(3, "flag", "c2k_laptop_fucking", st("hamilton"), [st("craig")],
    "RE: Projector in M4", (2025, 9, 9, 10, 52),
    """\
Andrew,

Had a look at it at break. It's not the projector, it's the fucking C2k laptop again - the display driver got rolled back in last night's update and now half the machines on the maths corridor won't mirror. I've logged it with the C2k service desk but you know yourself how long that takes.

In the meantime use the spare in M2, I've left it on the trolley with the HDMI adaptor. Sorry, I know it's a pain in the arse with your Year 9s period 3.

Gareth

-----Original Message-----
From: Andrew Craig <a.craig@example-school.org.uk>
Sent: 09 September 2025 08:31
To: Gareth Hamilton <g.hamilton@example-school.org.uk>
Subject: Projector in M4

Morning Gareth, projector in M4 showing 'no signal' again. Any chance you
could look at it before period 3?
Thanks
Andrew
""",
    "IT technician venting to colleague: 'fucking', 'pain in the arse'", reply_to_n=True)

# 004 ------------------------------------------------------------------ clean, everyday
add(4, "clean", "maths_homework_reply_pupil", st("craig"), [pu("22ejohnston", "Erin Johnston")],
    "Re: M4 homework question 7", (2025, 10, 1, 19, 12),
    """\
Hi Erin,

Good question. In 7(b) you've found the gradient correctly (−3/4) but then used it as the gradient of a perpendicular line. The question asks for the line parallel to AB, so the gradient stays the same. Your method after that is fine: substitute the point (4, −1) into y = mx + c and solve for c.

You should get y = −3/4 x + 2. If you want more practice, exercise 14C in the textbook has similar ones; do the odd numbers and check the answers in the back.

See you Friday.

Mr Craig

On Wed, 1 Oct 2025 at 18:40, Erin Johnston <22ejohnston@pupils.example-school.org.uk> wrote:
> Sir I dont get 7b, I got the gradient of AB but my answer doesnt match
> the one in the back of the book. Can you help? Thanks Erin
""",
    "teacher answers pupil's maths homework question", reply_to_n=True)

# 005 ------------------------------------------------------------------ clean, hard
add(5, "clean", "dsl_report_sectarian_quote", st("blair"), [st("dsl")],
    "Concern - Year 9 pupils at the front gate bus stop (confidential)", (2025, 9, 18, 16, 20),
    """\
Heather,

I've filled in the green concern form and left it in your tray, but wanted to get this to you today.

At about 3.35pm, on bus duty at the front gates, I heard shouting from the group at the Metro stop. A Year 9 boy, Kyle Dobbin (9K), was standing over Aoife McErlean (9M) and I heard him say, word for word, "get back to your own side ya fenian bitch" and then "we'll burn yous out". Two other boys were laughing and filming on a phone. I can't say for certain who they were, though I think one was Jamie Stitt (9K).

I separated them and brought Kyle back into school. When I asked him what he had said he told me "it was only a joke, she called me a hun first". Aoife was upset and said this has been happening on the bus "since the start of term". Her mum collected her; I did not speak to her mum.

Kyle was collected by his granda at 4.10pm. I have not spoken to his family about it.

Given what's been going on in the area over the summer, the "burn yous out" comment may be more than name-calling, so I thought you'd want it straight away rather than through SIMS tomorrow.

Jonny

Jonny Blair
Head of Music | Form tutor 9K
Example School
""",
    "report to DSL quoting pupil's sectarian abuse word for word (staff only)",
    cc=[st("irvine")])

# 006 ------------------------------------------------------------------ clean, everyday
CLOSURE_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#222222">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#1d3d6b;color:#ffffff;padding:12px 16px;font-size:16pt"><b>Example School</b> &ndash; important notice</td></tr></table>
<p>Dear Parents and Carers,</p>
<p>I am sorry to let you know that <b>the school will be closed to pupils tomorrow, Wednesday 19 November</b>.</p>
<p>The main boiler failed this afternoon and, although our site team and the engineers have been working on it since lunchtime, we have been told that the replacement part will not arrive until tomorrow morning. With the forecast for tonight, classrooms will simply be too cold to open safely.</p>
<ul>
<li>Pupils should log in to Google Classroom or Teams for work set by their teachers; it will be posted by 9.30am.</li>
<li>Year 12 and Year 14 pupils with practical assessments tomorrow will be contacted by their teachers about new dates.</li>
<li>The payment deadline for the Year 8 Christmas trip to the pantomime is extended to Friday.</li>
<li>Pupils entitled to free school meals can collect a packed lunch from the front office between 11.30am and 1pm.</li>
</ul>
<p>We fully expect to reopen as normal on Thursday, and I will confirm this by text and on the school app by 7.30am.</p>
<p>Thank you for your understanding.</p>
<p>Mrs G McCann<br>Principal</p>
<p style="font-size:9pt;color:#666666">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</body>
</html>
"""
add(6, "clean", "closure_heating_failure", st("mccann"), [JANE, SAM, ALI],
    "School closed tomorrow (Wednesday 19 November) – heating failure", (2025, 11, 18, 17, 48),
    "", "HTML-only closure notice to parents", fmt="html", cte="qp", client="app",
    html_body=CLOSURE_HTML)

# 007 ------------------------------------------------------------------ FLAG asterisk masks
add(7, "flag", "risk_assessment_fcking_masked", st("ohare"), [st("agnew")],
    "f*cking risk assessment (again)", (2025, 9, 25, 13, 2),
    """\
Tom,

The f*cking risk assessment for the Causeway has come back from the EVC AGAIN. This time it's because I didn't list 'tide times' as a separate hazard, even though it's literally in the paragraph about the rock platform. Three times now. This is sh*t - the trip is next Thursday and I can't book the coach until it's signed off.

Any chance you could read over it before I resubmit? You've done the Causeway one for years without any of this.

N
""",
    "staff venting with asterisk-masked 'f*cking' (also subject) and 'sh*t'")

# 008 ------------------------------------------------------------------ clean, hard
add(8, "clean", "home_ec_regional_dishes", st("armstrong"),
    [pu("23kmcilroy", "Katie McIlroy"), pu("23dogorman", "Darragh O'Gorman"),
     pu("23aspence", "Abbie Spence"), pu("23tcurran", "Tiernan Curran")],
    "Year 10 Home Economics – regional dishes project", (2025, 11, 10, 16, 15),
    """\
Hi everyone,

As promised in class, here is the list for the regional dishes project. You each need to choose ONE dish, research where it comes from and why, and plan how you would make a healthier version of it. Practical lessons for this start on Monday 24 November.

Northern Ireland / Ireland: Ulster fry, champ, boxty, soda farls, Irish stew, yellowman
Scotland: cock-a-leekie soup, Cullen skink, cranachan
Wales: cawl, Welsh rarebit, bara brith
England: Lancashire hotpot, faggots with mushy peas (Black Country), spotted dick with custard, Cornish pasty

A few of you were giggling at some of the names on Friday. Yes, faggots are a kind of meatball made from pork and offal, and spotted dick is a steamed suet pudding with currants ("spotted" because of the fruit). Both are proper traditional dishes and would make really interesting projects if you want a challenge.

For the healthier version, think about swapping lard or suet for rapeseed oil, cutting the salt, adding vegetables, and portion size. Use the planning sheet in Google Classroom and have your choice to me by Friday 14 November.

Mrs Armstrong
Home Economics
Example School
""",
    "home economics: faggots, spotted dick, cock-a-leekie, rapeseed oil", fmt="alt")

# 009 ------------------------------------------------------------------ clean, everyday
add(9, "clean", "monday_briefing_notes", st("irvine"),
    [st("boyd"), st("quinn"), st("devlin"), st("craig"), st("kerr"), st("ferguson"), st("wylie")],
    "Briefing notes - Monday 6 October", (2025, 10, 6, 8, 5),
    """\
Morning all,

Notes from this morning's briefing for those on duty or who missed it:

1. Fire drill this week - unannounced, but it'll be before lunch. Please make sure your registers are printed or on your phone, and remember the new assembly point for the mobiles is the back pitch, not the car park.
2. Year 14 UCAS - the internal deadline for Oxbridge, medicine and dentistry applications is Wednesday. Form tutors, please chase anyone who hasn't uploaded.
3. Cover - Miss Ferguson is out on Thursday (CCEA standardisation). Cover slips will be in pigeonholes on Wednesday afternoon.
4. The bus lane outside the front gate is being resurfaced from Tuesday to Friday. Translink buses will drop at the side gate on Park Row; bus duty staff please move round.
5. Staff flu vaccines are on Thursday 16 October in the medical room, 1-3pm. Sign up on the sheet in the staffroom.
6. Well done to everyone involved in Open Evening on Thursday. Over 300 families came through, and the feedback about the pupils who gave tours was lovely.

Have a good week.

David

David Irvine
Vice-Principal (Pastoral)
Example School, Park Row, LS1 4AP | 01632 960000
""",
    "staff briefing notes")

# 010 ------------------------------------------------------------------ clean, hard
LAKES_PDF = make_pdf([
    "Example School - Year 10 Lake District Residential, 18-20 March 2026",
    "",
    "Consent and medical form",
    "",
    "Pupil name: ______________________   Form: ______",
    "I give consent for my child to take part in the residential to Keswick,",
    "Cockermouth (Wordsworth House) and Clitheroe Castle.",
    "Medical conditions / allergies: _______________________________",
    "Emergency contact name and number: ____________________________",
    "Signed (parent/carer): ____________________  Date: ___________",
    "",
    "Please return to Mr Agnew by Friday 9 January 2026.",
])
add(10, "clean", "lake_district_cockermouth_clitheroe", st("agnew"), [JANE, SAM, ALI],
    "Year 10 Lake District residential – March 2026 (letter attached)", (2025, 12, 3, 12, 40),
    """\
Dear Parents/Carers,

I'm delighted to confirm that the Year 10 Geography and English residential to the Lake District will run again this year, from Wednesday 18 to Friday 20 March 2026. The consent form is attached, and a summary is below.

Travel: we sail on the overnight Stena Line ferry from Belfast to Birkenhead on the Tuesday evening (17 March - so pupils will miss the St Patrick's Day evening at home, I'm afraid) and travel by coach to our hostel near Keswick.

Programme:
- Wednesday: river study on the Upper Derwent and a visit to the flood defences in Keswick.
- Thursday: morning at Wordsworth House in Cockermouth for the English group's poetry work. Cockermouth is where Wordsworth was born, and the town was badly flooded in 2009, which ties in nicely with the geography. Afternoon: guided walk around Derwentwater.
- Friday: leave the Lakes after breakfast, with a stop at Clitheroe Castle and museum in Lancashire on the way to the evening ferry from Liverpool.

Cost: £285, which includes ferries (with cabins), coach, two nights' full board and all entry fees. A £60 deposit is due by Friday 9 January via ParentPay, with the balance by 27 February. If the cost is a barrier, please speak to me or to Mrs Hughes in confidence; help is available.

Pupils will need photo ID (a passport or a Translink yLink card) for the ferry.

Please return the consent and medical form by 9 January.

Best wishes,

Tom Agnew
Geography / Trips Co-ordinator
Example School, Park Row, LS1 4AP
Tel 01632 960000
""",
    "trip letter naming Cockermouth and Clitheroe, PDF consent form", fmt="alt",
    atts=[dict(filename="Y10_Lakes_consent_form.pdf", ctype="application/pdf", data=LAKES_PDF)])

# 011 ------------------------------------------------------------------ FLAG plain
add(11, "flag", "referee_wanker_bellend", st("kerr"), [st("mulholland")],
    "Saturday", (2025, 9, 15, 7, 48),
    """\
Ciaran,

Cheers for giving us a hand on the touchline Saturday, much appreciated, especially with your lot playing the day after.

That ref was an absolute wanker. Three yellows for our boys and not a thing when their 7 was lying all over the ball for the whole second half. And the wee bellend on their bench giving our 10 dog's abuse for 40 minutes. I've half a mind to email their coach but I'll let it lie.

Anyway, the lads were brilliant considering. The Schools' Cup draw is Monday week, fingers crossed for a home tie.

Pint on Friday?

Stu
""",
    "PE teacher to colleague after rugby match: 'wanker', 'bellend'")

# 012 ------------------------------------------------------------------ clean, everyday
add(12, "clean", "lost_blazer_reply", st("office"), [ALI],
    "RE: Lost blazer", (2025, 9, 16, 9, 22),
    """\
Dear Mr Guardian,

Thank you for your email. I've had a good look through lost property this morning and I think we have it: a size 34 blazer with a GAA club badge sewn on the top pocket, which matches your description. There's no name in it, so I'd be grateful if you could ask your son to call into the front office at break tomorrow to check it's his before we hand it over.

It might be worth writing his name on the inside label once it's back; we get around forty unnamed blazers a term!

Kind regards,

""" + SIG_OFFICE + """
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 15 September 2025 21:14
To: Office <office@example-school.org.uk>
Subject: Lost blazer

Hi, my son (Year 9) lost his blazer after PE on Friday. It's navy with a GAA club badge sewn on the pocket, no name in it unfortunately. Could someone check lost property? Thanks, Ali Guardian
""",
    "office reply to parent about lost property", fmt="alt", reply_to_n=True)

# 013 ------------------------------------------------------------------ clean, hard
add(13, "clean", "irish_conversation_club", st("nibhriain"),
    [pu("25mmccartan", "Méabh McCartan"), pu("24rgreer", "Rebecca Greer"),
     pu("23cosullivan", "Cian O'Sullivan"), pu("25jboyd", "Jacob Boyd")],
    "Ciorcal Comhrá – Irish conversation club starts Wednesday", (2025, 9, 8, 12, 30),
    """\
A chairde,

Dia daoibh! Ciorcal Comhrá, our Irish conversation club, starts again this Wednesday at lunchtime in room L6. Everybody is welcome, whether you take Irish for GCSE, dropped it after Year 9, or just want to learn a few words. Is fearr Gaeilge bhriste ná Béarla cliste (broken Irish is better than clever English)!

This term we are going to:
- learn the basics for ordering in a café (an bhfuil tae agat? cupán caife, le do thoil),
- play 'Focal an Lae' (word of the day). This week's focal is 'fuinneog', a window,
- get ready for the Slógadh competitions in the spring,
- and plan a trip to the Cultúrlann on the Falls Road for a ceol agus craic session before Christmas.

Bring your lunch; there will be biscuits. If you have any questions, come and find me in L6.

Go raibh maith agaibh,

Iníon Ní Bhriain
Múinteoir Gaeilge / Head of Irish
Example School, Park Row, LS1 4AP
01632 960000
""",
    "Irish-language club notice to pupils (focal, craic), encoded subject/name",
    cc=[st("fitzpatrick")], fmt="alt")

# 014 ------------------------------------------------------------------ clean, everyday
add(14, "clean", "ulster_museum_history_trip", st("boyd"), [JANE, SAM, ALI],
    "Year 12 History – Ulster Museum visit, Tuesday 14 October", (2025, 10, 1, 11, 3),
    """\
Dear Parents and Carers,

Year 12 GCSE History pupils will visit the Ulster Museum on Tuesday 14 October to support their study of Northern Ireland and its neighbours, 1965–1998. We will spend the morning in 'The Troubles and Beyond' gallery, where pupils will work with objects, photographs and oral testimony relating to the civil rights movement, internment, Bloody Sunday and the road to the Good Friday Agreement.

Some of the material in the gallery is upsetting, and for some families these events are part of their own history. We prepare pupils carefully for the visit, and the focus throughout is on evidence, different perspectives and respect. If there is anything you would like us to be aware of, please contact me directly; any conversation will be treated sensitively.

We will travel by Translink bus from school at 9.00am and return in time for period 5. There is no charge for the visit. Pupils should wear full school uniform and bring a packed lunch, which we will eat in the Botanic Gardens if the weather is kind.

Please complete the consent form on the school app by Friday 10 October.

Yours sincerely,

Mr C Boyd
Head of History
Example School, Park Row, LS1 4AP
Telephone 01632 960000
""",
    "history trip letter (Troubles gallery)", fmt="alt")

# 015 ------------------------------------------------------------------ FLAG Cyrillic homoglyphs
add(15, "flag", "practical_order_cyrillic", st("mcgrath"), [st("devlin")],
    "Y12 practical order", (2025, 11, 12, 15, 41),
    """\
Aoife,

Just found out the order for the Year 12 osmosis practical never went in. The supplier says they 'never received the PO', even though Philip has the confirmation email from three weeks ago. Fu\u0441king unbelievable. That means no potato cylinders, no sucrose, and the practical is supposed to be Monday for 12S and 12T.

I rang them and the tw\u0430t on the phone told me the earliest delivery is the 24th. I've said I'll pay for next-day out of the department budget if you're OK with that? Otherwise I'll run to Tesco for spuds and make up the solutions from what's in the prep room, but we're short on sucrose.

Let me know,
Conor
""",
    "staff venting, Cyrillic homoglyphs in 'fucking' and 'twat', QP body", cte="qp")

# 016 ------------------------------------------------------------------ clean, hard
add(16, "clean", "reply_parent_abuse_quoted", st("hughes"), [JANE],
    "RE: PE detention – absolutely ridiculous", (2025, 10, 3, 16, 30),
    """\
Dear Ms Parent,

Thank you for getting in touch, and I'm sorry you have been left so frustrated by this.

I have spoken to Mr Kerr and to your daughter this afternoon. The detention was given because she had not brought her PE kit for the third week running, which is in line with the department's policy. However, I understand from your email that her kit has been going missing from the changing rooms, which none of us knew about. In the circumstances I have cancelled Tuesday's detention, and Mr Kerr will give her a spare kit to use until we get to the bottom of what has happened to hers.

I would ask, though, that future emails to staff are kept courteous. Mr Kerr is a dedicated teacher and I don't think the language below reflects how we want to work together. I would be very happy to meet you in person if you'd like to discuss things further; just let me know a day and time that suits.

Kind regards,

Mrs D Hughes
Head of Year 10
Example School, Park Row, LS1 4AP
Tel: 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 02 October 2025 22:47
To: Denise Hughes <d.hughes@example-school.org.uk>
Subject: PE detention – absolutely ridiculous

This is absolute bullshit. My daughter has been given a detention because her kit was STOLEN out of your changing rooms and nobody in that PE department gives a shit. Mr Kerr is a useless prick who can't even keep an eye on a room full of 14 year olds. I want this detention cancelled or I'm coming up to the school.

Jane Parent
""",
    "polite reply to parent; swearing only in the parent's quoted email", fmt="alt",
    reply_to_n=True)

# 017 ------------------------------------------------------------------ clean, everyday
add(17, "clean", "attendance_absence_query", st("attendance"), [SAM],
    "Absence - Tuesday 16 September", (2025, 9, 17, 10, 15),
    """\
Dear Sam,

Our records show that Example Pupil Two was absent from school yesterday, Tuesday 16 September, and we haven't yet received a reason for the absence.

Could you please reply to this email, or ring the attendance line on 01632 960000 (option 2), to let us know why he was off? If it was for a medical or dental appointment, a copy of the appointment card would be helpful.

Thank you,

Claire Magee
Attendance Officer
Example School, Park Row, LS1 4AP
""",
    "attendance officer asks parent for absence reason")

# 018 ------------------------------------------------------------------ clean, hard
add(18, "clean", "u16_rugby_team_hooker", st("kerr"),
    [pu("22jmcauley", "Josh McAuley"), pu("22agault", "Adam Gault"), pu("22rlowry", "Ryan Lowry"),
     pu("22ptoner", "Pádraig Toner"), pu("22coneill", "Cillian O'Neill")],
    "U16 XV v Carnmoney Academy – team and arrangements for Saturday", (2025, 11, 20, 15, 55),
    """\
Lads,

Team for Saturday v Carnmoney Academy (home, KO 10.30, meet in the changing rooms at 9.30):

1 Loosehead prop - Ruairí Donnelly
2 Hooker - Josh McAuley
3 Tighthead prop - Cathal Brennan
4 Lock - Adam Gault (capt)
5 Lock - Oisín Ward
6 Blindside flanker - Jake Moore
7 Openside flanker - Pádraig Toner
8 No. 8 - Ben Whiteside
9 Scrum-half - Matthew Hanna
10 Out-half - Ryan Lowry
11 Left wing - Dara Kelly
12 Inside centre - Luke Crothers
13 Outside centre - Eoghan Magee
14 Right wing - Tom Steele
15 Full-back - Cillian O'Neill

Replacements: Sam Lyttle, Daniel Hughes, Conall Mallon, Ethan Spence, Aaron Irvine.

Josh - good work at hooker last week, the throwing in at the lineout was much better. Keep the same routine.

Kit: full match kit, gumshield (no gumshield, no game - no exceptions), boots with studs checked. Forwards, bring your own scrum caps if you have them. Could the front row help me carry the tackle bags and the ball bags down to the back pitch at 9.45?

And remember what Johnny Sexton always said about the basics: win the collisions, look after the ball, and the rest looks after itself.

Mr Kerr
""",
    "rugby team sheet to pupils: hooker, tackle bags, ball bags, Sexton")

# 019 ------------------------------------------------------------------ FLAG plain sectarian slur
add(19, "flag", "bursar_sectarian_taigs", st("bursar"), [st("office")],
    "that phone call", (2025, 9, 10, 11, 20),
    """\
Lorraine,

Sorry you got an earful from that father this morning. Typical taigs, want the whole place shut for Paddy's Day and then moan when the holiday list doesn't suit them. Don't give it another thought.

I'll draft a line for Gráinne to send him about the calendar being agreed by the governors - the EA guidance is clear enough. If he rings back, put him through to me.

P
""",
    "bursar's own sectarian slur 'taigs' about a parent, to colleague")

# 020 ------------------------------------------------------------------ clean, everyday
add(20, "clean", "ccea_entries_check", st("exams"),
    [st("boyd"), st("quinn"), st("devlin"), st("craig"), st("ferguson"), st("nibhriain")],
    "CCEA entries – final check by Friday 24 October", (2025, 10, 13, 9, 14),
    """\
Dear Heads of Department,

The provisional entries for the January and summer 2026 series are now on the shared drive (Exams > 2025-26 > Entries). Please check your department's list carefully and let me know of any changes by Friday 24 October. After that date CCEA charges late fees, which come out of department budgets.

In particular, please check:
- tiers (Foundation / Higher) for Maths, Science and Spanish;
- unit entries for modular subjects, especially Year 11 pupils sitting units early;
- any pupils who have joined or left since September;
- candidate names, which must match birth certificates or passports exactly (we've had a couple of cases where pupils are known by a shortened or Irish form of their name).

Access arrangements are being finalised with Mrs Beattie, so please don't change those yourselves.

Thanks for your help,

Paul Stewart
Examinations Officer
Example School, Park Row, LS1 4AP
T: 01632 960000
""",
    "exams officer: entries deadline to heads of department", fmt="alt")

# 021 ------------------------------------------------------------------ clean, hard
add(21, "clean", "senco_diplegia_tourettes", st("senco"),
    [st("craig"), st("wylie"), st("ferris"), st("mcgrath"), st("ferguson"), st("crawford")],
    "Two Year 9 pupils – information for staff teaching 9M (confidential)", (2025, 9, 2, 8, 40),
    """\
Dear colleagues,

Please read this before you teach 9M this week. The information is confidential and should not be shared with pupils.

1. Ethan Rowan (9M) has spastic diplegia, a form of cerebral palsy that mainly affects his legs. He walks with forearm crutches and tires easily over the day. He has a lift pass and leaves each lesson three minutes early to avoid the corridor rush; please let him go without comment. He uses a laptop for extended writing. Ethan is very clear that he doesn't want a fuss made, so treat him like everyone else.

2. Kacper Nowak (9M) has Tourette syndrome. His tics this term are mostly vocal (throat clearing, sniffing and repeating words) but he also has coprolalia, which means he sometimes shouts swear words involuntarily. The words staff have heard most often are "shit" and "fuck", and occasionally "wanker". These are NOT behaviour and must not be sanctioned or commented on. Tics increase when he is anxious or feels watched, so the best response is to carry on with the lesson as if nothing has happened. If other pupils react, deal with them, not with Kacper.

Kacper has a time-out card and can go to the Learning Support base (G4) at any time. He and his mum are happy for his class to be told about Tourette's in an age-appropriate way; I'll be doing a short session with 9M in form time next week.

Full support plans are on SIMS under 'Linked documents'. Please come and see me if you have any questions.

Many thanks,

Karen Beattie
SENCO / Head of Learning Support
Example School
Tel: 01632 960000
""",
    "SENCO briefing: spastic diplegia; Tourette's tics quoted (staff only)",
    fmt="alt", cte="base64")

# 022 ------------------------------------------------------------------ FLAG QP soft break inside word
add(22, "flag", "bus_driver_bastard_to_parent", st("mulholland"), [ALI],
    "RE: Bus home from Saturday's match", (2025, 11, 24, 8, 55),
    """\
Hi Ali,

Thanks for your email, and sorry the lads were so late back on Saturday. The honest answer is the driver was being a right bas\x00tard about the mud on the seats. He refused to leave Dungannon until every pair of boots was bagged, and then he took the long way round because of the roadworks on the M1. I was as annoyed as you were, believe me.

I've spoken to the coach company this morning and we won't be using that driver again. For the next away game I'll put a message out on the school app as soon as we leave, so nobody is standing in the car park for an hour.

Your son played really well, by the way - best game he's had for us.

Ciarán

Ciarán Mulholland
PE & Gaelic Games
Example School, Park Row, LS1 4AP
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 23 November 2025 19:02
To: Ciarán Mulholland <c.mulholland@example-school.org.uk>
Subject: Bus home from Saturday's match

Hi Mr Mulholland, just wondering what happened with the bus on Saturday? We were told 4pm and it was after 5.30 before it got back to school, with no word to anyone. Thanks, Ali
""",
    "teacher to parent calls driver 'a right bastard'; QP soft break inside the word",
    fmt="alt", cte="qp", reply_to_n=True)

# 023 ------------------------------------------------------------------ clean, everyday
add(23, "clean", "weekend_sport_roundup", st("mulholland"),
    [st("kerr"), st("reid"), st("irvine"), pu("20sdevlin", "Shauna Devlin"), pu("20mcraig", "Matthew Craig")],
    "Weekend sport round-up", (2025, 9, 29, 9, 10),
    """\
Hi all,

A busy weekend for our teams. Thanks to everyone who came along to support, and to the staff who gave up their Saturday.

Gaelic football: the U14 boys beat St Finian's High 3-09 to 1-07 in the first round of the Ulster Colleges league. Man of the match was Darragh Quinn, who kicked 1-04.

Camogie: the U16 girls drew 1-04 each with Ardmore College in a brilliant game in the pouring rain. The replay is next Saturday.

Rugby: the 1st XV lost 17-12 away to Castlegrange College after leading at half-time. The U14 girls won their tag rugby festival, unbeaten in five games.

Football: the Year 9 boys went out of the Schools' Cup on penalties after a 2-2 draw. Hard lines, lads.

Hockey: the U15 girls won 3-0, with two goals from Ellie Gray.

Sports captains, could you get any photos to the PE office by Wednesday for the app and the website? Please only send photos of pupils on the photo consent list, which is on the PE noticeboard.

Ciarán
""",
    "weekly sports results to staff and sports captains", fmt="alt", client="gmail")

# 024 ------------------------------------------------------------------ clean, hard
add(24, "clean", "a_level_fenian_essay", st("boyd"),
    [pu("20cbreen", "Ciara Breen"), pu("20jmoffett", "Jack Moffett"), pu("20lnugent", "Lauren Nugent"),
     pu("20fmcmullan", "Fionn McMullan")],
    "Y13 essay - Fenians", (2025, 11, 7, 13, 30),
    """\
Year 13,

As discussed, your next timed essay is due on Friday 21 November:

"The Fenian movement achieved nothing of lasting importance in the period 1858–1870." How far do you agree?

A few pointers:
- Be precise about who the Fenians were. The Irish Republican Brotherhood was founded in Dublin in 1858 and the Fenian Brotherhood in New York the following year; the name comes from the Fianna of Irish legend. In the nineteenth-century British press, 'Fenian' also becomes a term of abuse, so notice when a source is using it that way (the Punch cartoons are a good example) and comment on it.
- Cover the Rising of 1867, the Manchester Martyrs and the Clerkenwell explosion, and then Gladstone's "My mission is to pacify Ireland". Did Fenian violence push him towards disestablishment and the 1870 Land Act?
- Use at least two historians. Comerford and Kee are in the library; the Foster extract is in the Teams folder.

Remember the mark scheme rewards substantiated judgement, so tell me what you think and prove it.

Mr Boyd
""",
    "A-level history essay on the Fenian movement to pupils")

# 025 ------------------------------------------------------------------ clean, everyday
NEWS_TEXT = """\
EXAMPLE SCHOOL NEWSLETTER - SEPTEMBER 2025

A message from the Principal

Dear Parents and Carers,

What a start to the year! Our new Year 8s have settled in brilliantly, and it has been a joy to see them finding their way around (and occasionally getting lost in the science corridor). Welcome to them and to their families.

Summer results
Congratulations to our Year 12 and Year 14 pupils on their GCSE and A level results. Individual stories will follow in the Christmas newsletter, but we are very proud of every one of them, and grateful to the staff who supported them.

New staff
We welcome Mr Neil Ferris (History), Mrs Alison Crawford (RE) and Mrs Brenda Shaw, our new First Aid and Medical Co-ordinator.

Open Evening
Our Open Evening for prospective Year 8 families is on Thursday 2 October from 6.30pm. If you have a younger child, or know a family who is thinking about integrated education, please come along and spread the word.

Harvest collection
Our harvest collection for the local food bank runs until Friday 10 October. Tins, pasta, rice, tea and toiletries are all welcome, and can be left with form tutors.

Uniform
Thank you for your support with uniform. A reminder that plain black school shoes are required; trainers are only for PE.

Dates for the diary
- Thursday 2 October: Open Evening
- Monday 27 October - Friday 31 October: Halloween holiday
- Thursday 13 November: Year 11 Parent-Teacher Consultations
- Tuesday 16 December: Christmas Carol Service
- Friday 19 December: school closes at 12.30pm for Christmas

With best wishes,

Gráinne McCann
Principal

Example School, Park Row, LS1 4AP | 01632 960000 | office@example-school.org.uk
"""
NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Example School Newsletter &ndash; September 2025</title>
</head>
<body style="margin:0;padding:0;background:#eef1f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f5">
<tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222">
<tr><td style="background:#1d3d6b;color:#ffffff;padding:20px 24px;font-size:22px"><b>Example School Newsletter</b><br><span style="font-size:14px">September 2025</span></td></tr>
<tr><td style="padding:20px 24px">
<h2 style="color:#1d3d6b;font-size:18px;margin:0 0 8px">A message from the Principal</h2>
<p>Dear Parents and Carers,</p>
<p>What a start to the year! Our new Year 8s have settled in brilliantly, and it has been a joy to see them finding their way around (and occasionally getting lost in the science corridor). Welcome to them and to their families.</p>
<h2 style="color:#1d3d6b;font-size:18px;margin:16px 0 8px">Summer results</h2>
<p>Congratulations to our Year 12 and Year 14 pupils on their GCSE and A level results. Individual stories will follow in the Christmas newsletter, but we are very proud of every one of them, and grateful to the staff who supported them.</p>
<h2 style="color:#1d3d6b;font-size:18px;margin:16px 0 8px">New staff</h2>
<p>We welcome Mr Neil Ferris (History), Mrs Alison Crawford (RE) and Mrs Brenda Shaw, our new First Aid and Medical Co-ordinator.</p>
<h2 style="color:#1d3d6b;font-size:18px;margin:16px 0 8px">Open Evening</h2>
<p>Our Open Evening for prospective Year 8 families is on <b>Thursday 2 October from 6.30pm</b>. If you have a younger child, or know a family who is thinking about integrated education, please come along and spread the word.</p>
<h2 style="color:#1d3d6b;font-size:18px;margin:16px 0 8px">Harvest collection</h2>
<p>Our harvest collection for the local food bank runs until Friday 10 October. Tins, pasta, rice, tea and toiletries are all welcome, and can be left with form tutors.</p>
<h2 style="color:#1d3d6b;font-size:18px;margin:16px 0 8px">Uniform</h2>
<p>Thank you for your support with uniform. A reminder that plain black school shoes are required; trainers are only for PE.</p>
<h2 style="color:#1d3d6b;font-size:18px;margin:16px 0 8px">Dates for the diary</h2>
<ul>
<li>Thursday 2 October: Open Evening</li>
<li>Monday 27 October &ndash; Friday 31 October: Halloween holiday</li>
<li>Thursday 13 November: Year 11 Parent-Teacher Consultations</li>
<li>Tuesday 16 December: Christmas Carol Service</li>
<li>Friday 19 December: school closes at 12.30pm for Christmas</li>
</ul>
<p>With best wishes,</p>
<p><b>Gráinne McCann</b><br>Principal</p>
</td></tr>
<tr><td style="background:#f4f4f4;color:#666666;font-size:12px;padding:12px 24px">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk" style="color:#1d3d6b">office@example-school.org.uk</a></td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
add(25, "clean", "september_newsletter", st("mccann"), [JANE, SAM, ALI],
    "Example School Newsletter – September 2025", (2025, 9, 26, 15, 0),
    NEWS_TEXT, "principal's HTML newsletter to parents", fmt="alt", client="app",
    html_body=NEWS_HTML)

# 026 ------------------------------------------------------------------ FLAG repeated letters
add(26, "flag", "moderation_fuuuck_shiiite", st("wylie"), [st("quinn")],
    "moderation", (2025, 11, 27, 21, 37),
    """\
Róisín - fuuuuuck. Just realised I've marked the whole of 12W's controlled assessment against last year's criteria. Shiiiiite. 28 scripts.

Can I grab you before registration tomorrow? I think it's mostly just the band descriptors for AO3 that changed, but I need someone to tell me I haven't wrecked it.

M
""",
    "late-night note to HoD: 'fuuuuuck', 'Shiiiiite' with repeated letters")

# 027 ------------------------------------------------------------------ clean, hard
add(27, "clean", "ulster_scots_word_challenge", st("blair"),
    [pu("25eirwin", "Emily Irwin"), pu("25ckeenan", "Conor Keenan"), pu("25mmccartan", "Méabh McCartan"),
     pu("25hwilson", "Harry Wilson")],
    "Ulster-Scots Week - word challenge", (2025, 11, 25, 8, 30),
    """\
Hi Year 8,

It's Ulster-Scots Week, and as well as the fiddle, bodhrán and Lambeg drum workshop on Thursday (bring your ear defenders!), there's a word challenge running in form time. Lots of these words you'll already use without knowing they're Ulster-Scots. Can you match them to their meanings? Answers to me by Friday; there's a prize for the form with the most right.

1. thran
2. scundered
3. boke
4. dander
5. clarty
6. hallion
7. gulder
8. footer
9. wheen
10. sleekit

a) a big shout
b) stubborn
c) to fiddle about with something
d) a good number of
e) embarrassed
f) a stroll
g) sly, sneaky
h) to be sick, or feel like it
i) a good-for-nothing rascal
j) dirty, muddy

Bonus: what does 'houl yer wheesht' mean? And when your granny says you've 'a face on ye like a Lurgan spade', is that a compliment?

The word lists come from the Ulster-Scots Agency resources, which are on the school library page. Thon's it for now - away an' dae it!

Mr Blair
""",
    "Ulster-Scots dialect word quiz to Year 8 pupils", fmt="alt")

# 028 ------------------------------------------------------------------ clean, everyday
add(28, "clean", "y10_interim_reports", st("hughes"), [JANE, SAM, ALI],
    "Year 10 interim reports", (2025, 12, 4, 15, 20),
    """\
Dear Parents and Carers,

Year 10 interim reports are now available in the Parent App, under 'Documents'. The report shows your young person's current working grade, an effort grade and an attendance figure for each subject. There are no written comments on the interim report; the full written report follows in June.

In brief: the working grade shows where your young person is now, and the effort grade (1-4) shows how hard they are working in class and at home. An effort grade of 3 or 4 in any subject is worth a conversation at home.

Form tutors will talk to every pupil about their report during form time next week, and pupils will set two targets for the spring term.

If you have difficulty accessing the app, the office can print a copy. If you have any concerns about the report, please contact the form tutor in the first instance.

Kind regards,

Mrs D Hughes
Head of Year 10
Example School, Park Row, LS1 4AP
""",
    "head of year: interim reports available", client="app")

# 029 ------------------------------------------------------------------ FLAG plain (subject)
add(29, "flag", "eti_inspection_bollocks", st("boyd"), [st("ferris"), st("crawford")],
    "ETI - this is bollocks", (2025, 9, 30, 16, 10),
    """\
Folks,

Just out of SLT. ETI are coming in from Tuesday 14 October, the week of the Ulster Museum trip AND the Year 12 internal assessments. Absolute bollocks. Nobody asked us, nobody looked at the calendar, and apparently the museum trip "should go ahead as planned as it shows good practice".

So. Can we meet Thursday after school (3.45, H3) to get the schemes of work and the assessment folders into some kind of shape? I'll bring the biscuits and the good coffee.

Colin
""",
    "head of department venting about inspection: 'bollocks' in subject and body", fmt="alt")

# 030 ------------------------------------------------------------------ clean, hard
add(30, "clean", "forward_abusive_parent_email", st("quinn"), [st("mccann"), st("dsl")],
    "FW: Your teacher (inappropriate email from a parent)", (2025, 10, 14, 8, 10),
    """\
Gráinne, Heather,

Forwarding this as the staff handbook asks. It came in to my school account at 11.40 last night from the father of a Year 11 pupil in my class (he isn't on the MIS contact list; I think he's the non-resident dad). It's about the detention I gave on Friday.

I haven't replied and won't. I've let Denise know as Head of Year. I'm fine, just wanted it on record, and I'd rather not be the one to respond given the tone.

Róisín

-----Original Message-----
From: Dessie Gormley <dessie.gormley77@hotmail.co.uk>
Sent: 13 October 2025 23:40
To: Róisín Quinn <r.quinn@example-school.org.uk>
Subject: Your teacher

who the fuck do you think you are keeping my son back on a friday. your a stuck up wee bitch and everybody in that school knows it. if you ever speak to him like that again ill be up to see you myself and you wont like it
""",
    "teacher forwards abusive parent email to principal and DSL (staff only)", fmt="alt")

# 031 ------------------------------------------------------------------ clean, everyday
SCI_PDF = make_pdf([
    "Science Department Meeting - Thursday 11 September 2025, S1, 3.45pm",
    "Present: A Devlin (chair), C McGrath, M Adair, S Kane, J Dowds",
    "",
    "1. Year 8 baseline tests - complete by Fri 26 Sept; marks into tracker.",
    "2. GCSE Double Award - revised practical booklet (CMcG) by 19 Sept.",
    "3. Technician requests - 5 working days' notice until new technician starts.",
    "4. Eye protection - check goggle cabinets; replace perished straps.",
    "5. STEM Club restarts Wed 17 Sept, lunchtime, S2.",
    "6. AOB - Big Bang NI team; volunteers to AD.",
    "",
    "Next meeting: Thursday 9 October.",
])
add(31, "clean", "science_meeting_notes", st("devlin"),
    [st("mcgrath"), ("Michelle Adair", f"m.adair@{DOM}"), ("Stephen Kane", f"s.kane@{DOM}"),
     ("Joanne Dowds", f"j.dowds@{DOM}")],
    "Science department meeting – notes 11 September", (2025, 9, 11, 17, 5),
    """\
Hi all,

Thanks for a productive meeting today. Notes attached, but the main action points are:

- Year 8 baseline tests to be completed by Friday 26 September, with marks into the tracker.
- GCSE Double Award: Conor to share the revised practical booklet by the end of next week.
- Technician requests need to be in 5 working days ahead; Margaret is on her own until the new technician starts in October.
- Eye protection: please do a quick check of the goggle cabinet in your lab, a lot of the straps are perished.
- STEM Club restarts on Wednesday 17th (lunchtime, S2). If you'd like to help with the Big Bang NI competition team, let me know.

Next meeting Thursday 9 October.

Aoife

Dr Aoife Devlin
Head of Science
Example School, Park Row, LS1 4AP
01632 960000
""",
    "department meeting notes with PDF minutes",
    atts=[dict(filename="Science_dept_minutes_2025-09-11.pdf", ctype="application/pdf", data=SCI_PDF)])

# 032 ------------------------------------------------------------------ clean, hard
add(32, "clean", "eco_club_bird_survey_tits_shags", st("mcgrath"),
    [pu("24mbyrne", "Maeve Byrne"), pu("24obell", "Olivia Bell"), pu("23rhughes", "Rory Hughes"),
     pu("25ttaggart", "Tyler Taggart")],
    "Eco-Club bird survey results!", (2025, 11, 17, 16, 2),
    """\
Hi Eco-Club,

Thank you to everyone who came out for the bird survey on Thursday, even with the rain. Here are our totals for the school grounds and the walk down to the Lough shore.

School grounds: 14 blue tits, 6 great tits, 3 coal tits, two flocks of long-tailed tits (about 20 birds!), 11 house sparrows, 9 starlings, 4 magpies, a pair of bullfinches in the hedge behind the mobiles, and one very tame robin.

Lough shore: 30+ black-headed gulls, 6 oystercatchers, 4 redshanks, a grey heron, 3 cormorants and 2 shags on the old pier posts. Well spotted, Maeve: the shag is smaller than the cormorant, with a thinner bill and a green sheen, and it's unusual to see them this far up the Lough. And the highlight was a woodcock flushed from the scrub beside the path, which hardly anyone ever sees.

I've put the full list into the RSPB online form. Next job: we're going to build and put up six new nest boxes before February, because the tits start looking for nest sites earlier than you'd think. If you can bring in any untreated wood offcuts from home, please drop them to S4.

Mr McGrath
""",
    "eco-club bird survey: blue tits, great tits, shags, woodcock", fmt="alt", client="gmail")

# 033 ------------------------------------------------------------------ FLAG HTML entities / split tags
TENTS_HTML = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Declan,</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bad news on the tents. EA procurement have rejected the order again because the supplier isn't on their framework. I phoned and got some &#99;&#117;nt who told me to &quot;go through the proper channels&quot;. I AM the proper channels. Absolute sh<span style="color: rgb(0, 0, 0);">i</span>te.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Could you check whether the old Vango tents in the container are usable for the Bronze practice on the 18th? If we can get eight working ones we'll manage, and I'll get the pupils to pitch them on the back pitch on Thursday so we find the missing pegs before we're up a mountain.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Tom</div>
</body>
</html>
"""
add(33, "flag", "dofe_tents_html_entities", st("agnew"), [st("estates")],
    "DofE tents", (2025, 10, 8, 13, 27),
    "", "HTML-only; 'cunt' written with numeric entities, 'shite' split by a span",
    fmt="html", cte="qp", html_body=TENTS_HTML)

# 034 ------------------------------------------------------------------ clean, everyday
add(34, "clean", "coursework_extension_pupil", st("quinn"), [pu("20cbreen", "Ciara Breen")],
    "Re: Coursework extension", (2025, 12, 1, 7, 52),
    """\
Hi Ciara,

Thanks for letting me know, and I'm sorry to hear your granny has been so unwell. Of course you can have until Friday 12 December for the first full draft. Please don't worry about it this week.

If you need more time than that, just tell me; there's flexibility before the deadline in the spring. And if you'd like to talk to someone in school, your Head of Year or the school counsellor are both there for you.

Take care,
Ms Quinn

On Sun, 30 Nov 2025 at 20:18, Ciara Breen <20cbreen@pupils.example-school.org.uk> wrote:
> Hi Miss, my granny is in the Royal and we have been up and down to see her
> all week so I havent been able to finish my coursework draft for Wednesday.
> Is there any chance I could have a bit longer? Sorry. Ciara
""",
    "teacher grants coursework extension to pupil", reply_to_n=True)

# 035 ------------------------------------------------------------------ clean, hard
add(35, "clean", "visitors_hancock_cockburn_dickens", st("irvine"),
    [st("boyd"), st("quinn"), st("devlin"), st("craig"), st("hughes"), st("lavery"), st("office")],
    "Visitors and cover next week (24-28 November)", (2025, 11, 21, 14, 45),
    """\
Dear all,

A busy week of visitors, so for your information:

Monday to Friday: Mrs Hancock is with us on supply all week, covering Mr Agnew's Geography classes while he is on jury service. She'll be based in G7; please make her welcome and point her towards the staffroom kettle.

Tuesday: Mr Cockburn, the CCEA moderator for GCSE Moving Image Arts, will be in the Media suite from 9.00am. Year 12 MIA pupils will be called from class in small groups.

Wednesday: Dr Dickens from the School of Chemistry and Chemical Engineering at Queen's will give a talk to Year 13 and 14 chemists, period 5 in the lecture theatre: "Why does your paracetamol cost 2p?" Year 12s thinking about A level Chemistry are welcome; please let Aoife know numbers.

Thursday: two visitors from the Integrated Education Fund are coming in with two of our governors. They'll tour the school with the student council at 11.00.

Friday: Year 9 HPV vaccinations. The school nursing team will be in the sports hall all day, and form tutors have the schedule.

Thanks, everyone.

David
""",
    "staff notice naming visitors Mrs Hancock, Mr Cockburn, Dr Dickens")

# 036 ------------------------------------------------------------------ FLAG plain to pupil
add(36, "flag", "pupil_lazy_wee_shite", st("craig"), [pu("22rmccullough", "Ryan McCullough")],
    "Revision booklet", (2025, 11, 14, 16, 45),
    """\
Ryan,

That's the third week in a row the revision booklet hasn't been handed in, and the excuse today was the same as last week's. Stop being a lazy wee shite and get it done over the weekend, or I'm ringing home on Monday.

You're more than capable of a B in this and you're throwing it away.

Mr Craig
""",
    "teacher to pupil: 'lazy wee shite'")

# 037 ------------------------------------------------------------------ clean, everyday
add(37, "clean", "ucas_dates_careers_fair", st("careers"),
    [pu("19aquinn", "Aisling Quinn"), pu("19bmcdowell", "Ben McDowell"), pu("19nrooney", "Niamh Rooney"),
     pu("19jcampbell", "Jack Campbell"), pu("19smaguire", "Sarah Maguire")],
    "UCAS - key dates and the careers fair", (2025, 9, 29, 10, 20),
    """\
Hi Year 14,

A few reminders as we head into the busiest part of the UCAS cycle.

- 15 October (UCAS deadline): Oxford, Cambridge, medicine, dentistry and veterinary applicants. Your completed application needs to be with me by Wednesday 8 October so that references can be attached in time.
- Friday 28 November: our internal deadline for everyone else. This gives us time to write your reference and check everything before Christmas. The UCAS equal-consideration deadline is 14 January, but please don't leave it that late.
- Personal statements: remember the new format this year, three questions rather than one long statement. Drafts go to your form tutor first.

Careers fair: Thursday 16 October in the sports hall, 10.00-12.30. Queen's, Ulster University, Stranmillis, St Mary's, Belfast Met and SERC will all be there, plus several employers offering higher-level apprenticeships. Some GB universities are coming too, including Glasgow, Liverpool and Sussex, so if you're thinking of going across the water, come with questions about accommodation and student finance.

Mrs McKeown
Careers Leader
Example School, Park Row, LS1 4AP
01632 960000
""",
    "careers leader: UCAS deadlines and careers fair", fmt="alt")

# 038 ------------------------------------------------------------------ clean, hard
add(38, "clean", "rse_letter_year10", st("moore"), [JANE, SAM, ALI],
    "Year 10 Relationships and Sexuality Education (RSE) – information for parents",
    (2025, 11, 3, 11, 45),
    """\
Dear Parents and Carers,

During the second half of the autumn term, Year 10 pupils will follow the Relationships and Sexuality Education (RSE) unit of their Learning for Life and Work course. I am writing to let you know what will be covered, so that you can support the conversations your young person may want to have at home.

Over six lessons pupils will cover:
- puberty and emotional changes, and looking after their mental health;
- healthy and unhealthy relationships, including coercive control;
- consent, including what the law in Northern Ireland says about the age of consent (16) and why it exists;
- sexual intercourse, contraception and sexually transmitted infections, taught factually and using the correct anatomical terms (penis, vagina, and so on);
- the risks of sharing nude images, and how pornography can give a distorted picture of sex and relationships;
- respect for difference, including challenging homophobic, biphobic and transphobic bullying.

Our RSE policy, reviewed with parents and governors last year in line with CCEA and Department of Education guidance, is on the school website. Lessons are taught by trained LLW staff with the school nurse, and pupils' questions are answered honestly and in an age-appropriate way. The materials are available for you to look at; just ask.

As an integrated school, we recognise that families hold a range of views, including religious views, about some of these topics. If you would like to discuss the programme, or your right to withdraw your young person from part of it, please contact me.

Yours sincerely,

Mrs G Moore
Head of Learning for Life and Work
Example School, Park Row, LS1 4AP
Telephone: 01632 960000
""",
    "RSE programme letter to parents (anatomical terms, consent, pornography)", fmt="alt")

# 039 ------------------------------------------------------------------ FLAG text attachment
SET_CSV = """\
Surname,First name,Form,Target grade,Sept test %,Teacher notes
Bell,Lucy,11W,B,74,Flying. Move up.
Cassidy,Cormac,11W,B,71,Quiet but sharp - move up
Devlin,Shannon,11W,C,58,Fine where she is
Doherty,Jack,11W,C,41,Lazy as shite. Can't be arsed with anything that isn't football
Ewart,Zara,11W,C*,63,Good effort
Fleming,Owen,11W,C,39,Thinks he's God's gift. Wee prick to be honest
Gibson,Holly,11W,B,66,Solid
Hanvey,Aaron,11W,C,52,Needs pushing
Kearney,Orla,11W,C*,60,Lovely kid - keep
Lennon,Daniel,11W,C,47,Chats
McCartney,Eve,11W,B,69,Could go up after Christmas
Quigley,Sean,11W,C,44,Back row gang. Split them up
Rainey,Kyle,11W,C,43,Back row gang
Wallace,Amy,11W,C*,61,Fine
"""
add(39, "flag", "set_list_csv_notes", st("wylie"), [st("quinn")],
    "11W set list - notes for the moves", (2025, 9, 17, 22, 4),
    """\
Róisín,

Here's the 11W list with my notes for Monday's set changes meeting. Short version: I'd move Cormac and Lucy up, and I'd keep an eye on the back row.

Mark
""",
    "CSV attachment with teacher's own notes: 'lazy as shite', 'wee prick'",
    atts=[dict(filename="11W_set_notes.csv", ctype="text/csv", data=SET_CSV)])

# 040 ------------------------------------------------------------------ clean, everyday
add(40, "clean", "coach_booking_dofe", st("agnew"), [("Lagan Coach Hire", "bookings@example.com")],
    "Coach booking - DofE Bronze practice expedition, Mournes, 18-19 October", (2025, 10, 10, 11, 12),
    """\
Hi Gillian,

Following our call this morning, I'd like to confirm a booking for a 53-seater coach with luggage space, as follows:

Saturday 18 October: pick up at Example School, Park Row, at 7.30am; drop off at the Meelmore Lodge car park, Bryansford, by 9.00am.
Sunday 19 October: pick up from Carrick Little car park, Annalong, at 3.30pm; return to school for about 5.00pm.

There will be 42 pupils and 6 staff, plus rucksacks - about 48 large bags, so the luggage space matters more than usual.

Could you send the confirmation and invoice to our bursar, Mr Morrow (p.morrow@example-school.org.uk), quoting order number EXS-25-0412? On the day I'll have the school trip phone, 07700 900612, in case the driver needs to reach me.

Many thanks,

Tom Agnew
Geography / DofE Manager
Example School
Park Row, LS1 4AP
Tel: 01632 960000
""",
    "coach booking with outside company")

# 041 ------------------------------------------------------------------ clean, hard
add(41, "clean", "of_mice_and_men_language", st("quinn"),
    [st("wylie"), ("Hannah Maguire", f"h.maguire@{DOM}"), ("Patrick Doran", f"p.doran@{DOM}")],
    "Of Mice and Men – chapter 4 and the language", (2025, 9, 29, 7, 58),
    """\
Hi all,

Most of Year 11 will reach chapter 4 (Crooks' room) in the next fortnight, so a quick reminder of how we handle the language in the department:

- We don't read the n-word aloud, whether it's us or a pupil reading. Say "n-word" or pause. Talk to your class about this before you start the chapter and explain why: Steinbeck is showing us how casually the men dehumanise Crooks, and we don't need to repeat the word to see it. The short framing slide we used last year is in the Teams folder.
- Curley's wife: get them tracking how the men label her ('jail bait', 'tart', 'rattrap', 'tramp') and ask what it tells us that she is never given a name. Her exchange with Crooks in chapter 4, where she turns the power on him, is brilliant for the power and powerlessness question.
- 'God damn' and 'son-of-a-bitch' come up a fair bit in the dialogue. Usual approach: read them as written, no fuss, and move on. If a pupil is uncomfortable reading a part, swap the reader.

If anyone has a pupil for whom the racial language is likely to be particularly difficult, let me know and we can think about it together.

Róisín
""",
    "English HoD on teaching Of Mice and Men language (staff only)", fmt="alt")

# 042 ------------------------------------------------------------------ clean, everyday
add(42, "clean", "carol_service_invitation", st("blair"), [JANE, SAM, ALI],
    "Christmas Carol Service – Tuesday 16 December", (2025, 12, 2, 13, 15),
    """\
Dear Parents and Carers,

You are warmly invited to our Christmas Carol Service on Tuesday 16 December at 7.00pm. Following our tradition of alternating between churches, this year's service will be held in St Brigid's Church; last year we were at Holy Trinity.

The choir and orchestra have been rehearsing since October, and there will be readings from pupils in every year group, as well as the Irish carol 'Don Oíche Úd i mBeithil' and, by popular demand, the staff choir's annual attempt at 'O Holy Night'.

Choir and orchestra members should arrive at 6.15pm, in black and white (black trousers or skirt, white shirt). Music folders will be handed out at the church.

There will be a retiring collection for the Simon Community, who support people experiencing homelessness in Belfast.

We look forward to seeing you there.

Jonny Blair
Head of Music
Example School, Park Row, LS1 4AP
01632 960000
""",
    "carol service invitation to parents", fmt="alt")

# 043 ------------------------------------------------------------------ FLAG plain homophobic slur
add(43, "flag", "new_teacher_poof", st("kerr"), [st("mulholland")],
    "new Spanish fella", (2025, 9, 3, 20, 15),
    """\
Ciaran,

Met the new Spanish fella today, Aidan something. He's a bit of a poof but he seems sound enough, and he's offered to do the PA at the Schools' Cup games, which is more than we ever got out of the last one. Told him we'll take him for a pint Friday.

Also, can you make sure the U14 list is on the board before Friday? I'm getting asked every five minutes.

Stu
""",
    "homophobic slur 'poof' about a new colleague, staff to staff")

# 044 ------------------------------------------------------------------ clean, hard
add(44, "clean", "dsl_report_homophobic_online", st("ferguson"), [st("dsl")],
    "Concern – online abuse of a Year 12 pupil (Snapchat)", (2025, 11, 6, 11, 5),
    """\
Heather,

Leah Cunningham (12F, my form) came to me at break very upset and showed me messages she has been sent on Snapchat since Saturday, from an account called 'leah.exposed' that she believes is run by two girls in her year. I didn't take the phone or any screenshots myself, in line with the guidance; Leah still has them.

The messages I saw said (copied exactly, as far as I can remember):
"everybody knows ur a dyke"
"nobody wants a lezzer in the changing rooms"
"kill urself ya fat lesbo"

Leah said she came out to a couple of close friends in the summer and hasn't told her parents. She was very clear that she doesn't want her mum and dad to know about that part. She said she's "not going to do anything stupid", but she hasn't been sleeping and has been missing PE to avoid the changing rooms.

I've told her I have to pass this on to you and that you'd probably want to see her today. She is in Spanish with me period 5 (L2) if you want to collect her.

Chloe
""",
    "report to DSL quoting homophobic messages a pupil received (staff only)")

# 045 ------------------------------------------------------------------ clean, everyday
add(45, "clean", "library_overdue_books", st("library"), [pu("23nfinlay", "Niall Finlay")],
    "Overdue library books", (2025, 11, 25, 12, 48),
    """\
Hi Niall,

Just a reminder that you have two library books that are now three weeks overdue:

- The Boy in the Striped Pyjamas (John Boyne)
- Northern Ireland: A Very Short Introduction (Marc Mulholland)

There are no fines, but there's a waiting list for the Boyne, so could you bring them back to the library this week please? If you've lost one of them, just come and talk to me. It's not a problem.

Thanks,
Mrs Orr
School Librarian
""",
    "librarian reminds pupil about overdue books")

# 046 ------------------------------------------------------------------ FLAG dotted / spaced letters
add(46, "flag", "pitch_booking_dotted_letters", st("mulholland"), [st("kerr")],
    "3G pitch Thursday", (2025, 9, 8, 12, 40),
    """\
Stu,

That w.a.n.k.e.r in the council bookings office has double-booked the 3G for Thursday again. A five-a-side league has it from 4 till 6 and we're not getting it back. Third time this term.

b o l l o c k s to it, we'll train on the grass, and if it's a mudbath so be it.

Can your lot have the back pitch and we'll take the front? Or we swap at half time.

C
""",
    "staff venting with dotted 'w.a.n.k.e.r' and spaced 'b o l l o c k s'")

# 047 ------------------------------------------------------------------ clean, hard
add(47, "clean", "estates_ballcock_stopcock", st("estates"),
    [st("irvine"), st("office"), st("devlin"), st("craig"), st("quinn"), st("boyd")],
    "B block toilets and a few jobs", (2025, 11, 5, 8, 20),
    """\
Morning all,

1. The boys' toilets in B block (ground floor) are out of use today. The ballcock in the cistern has failed and it's been running all night, so I've had to turn the water off at the stopcock. The sinks in B1-B3 won't work either until the plumber's been, hopefully by lunchtime. Please send pupils to the A block toilets.

2. The door knob on S3 has come off in someone's hand again. It's on my list, but in the meantime please don't close that door fully or you'll need me to get you out.

3. Whoever is parking on the yellow hatching by the kitchen door: the food delivery lorry couldn't get in yesterday and the kitchen were short for lunch. Please use a bay.

4. Heating: the timer has been changed for the winter, so rooms should be warm by 8.15. If your room is still cold, email me the room number rather than turning the radiators up to max.

Thanks,
Declan

Declan Rafferty
Site Manager
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""",
    "site manager notice: ballcock, stopcock, door knob")

# 048 ------------------------------------------------------------------ clean, everyday
add(48, "clean", "school_meals_low_balance", st("bursar"), [JANE],
    "School meals account – low balance", (2025, 11, 11, 9, 30),
    """\
Dear Ms Parent,

This is a courtesy reminder that the school meals account for Example Pupil One currently has a balance of £1.35. A standard lunch costs £2.80, so there is not enough for tomorrow's meal.

You can top up the account through ParentPay in the usual way. Payments made before 9am are available at lunchtime the same day.

If you think your family may be entitled to free school meals, you can apply online through the Education Authority website, and the office will gladly help with the form.

Many thanks,

Philip Morrow
Bursar
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""",
    "bursar: low school meals balance to parent", fmt="alt")

# 049 ------------------------------------------------------------------ clean, hard
add(49, "clean", "cross_border_residential_muff", st("fitzpatrick"), [JANE, SAM, ALI],
    "Year 10 cross-border residential – Inishowen, February 2026", (2025, 11, 13, 14, 10),
    """\
Dear Parents and Carers,

As part of our Shared Education and community relations programme, Year 10 pupils are invited to a two-night residential from Wednesday 11 to Friday 13 February 2026, together with Year 10 pupils from our partner school in Derry~Londonderry.

We will stay at an outdoor education centre just outside the village of Muff, Co. Donegal, on the shore of Lough Foyle, about two hours from Belfast. The programme includes kayaking, orienteering on the Inishowen peninsula, a visit to the Grianán of Aileach, and two workshops run by a peace-building charity on identity, the border and what it means to grow up here today. Pupils will share rooms with pupils from both schools.

Practical points:
- Pupils do not need a passport to travel to Donegal, but should bring photo ID (a passport or a yLink card).
- Please send your young person's GHIC or EHIC card if they have one.
- Pocket money is in euro; we suggest no more than €40.
- Mobile phones may roam in Donegal, so please check your child's plan.

The cost is £95, which is heavily subsidised by Shared Education funding. A letter with the consent form will come home next week.

If you have any questions, please get in touch.

Eoin Fitzpatrick
Community Relations Co-ordinator
Example School, Park Row, LS1 4AP
01632 960000
""",
    "Shared Education residential near Muff, Co. Donegal", fmt="alt")

# 050 ------------------------------------------------------------------ FLAG RFC 2047 subject
add(50, "flag", "entries_encoded_subject", st("exams"), [st("irvine")],
    "Re: CCEA entries – what a fucking shambles", (2025, 10, 24, 16, 52),
    """\
David,

Five departments still haven't signed off their entries, the CCEA portal has been down since lunchtime, and I've just found two Year 12s entered for the wrong tier in Spanish. Late fees from Monday.

I'm staying until it's done. Could you have a word with the HoDs at Monday's meeting about getting it right first time next series? I'm not chasing people like this every year.

Paul
""",
    "swearing only in RFC 2047 Q-encoded subject ('fucking shambles')",
    subj_mode="Q", reply_to_n=True)

# 051 ------------------------------------------------------------------ clean, everyday
add(51, "clean", "c2k_mfa_setup", st("hamilton"),
    [st("irvine"), st("boyd"), st("quinn"), st("devlin"), st("office"), st("exams"), st("blair"),
     st("ohare")],
    "C2k passwords and multi-factor authentication – action needed this week", (2025, 9, 1, 7, 55),
    """\
Good morning all, and welcome back.

C2k are switching on multi-factor authentication (MFA) for all staff accounts from Monday 8 September. Please set it up this week so you aren't locked out next week.

1. Log in to My-School from a school machine.
2. When prompted, choose "Microsoft Authenticator" and scan the QR code with the app.
3. Approve the test notification.

If you would rather not use your personal phone, I have a small number of hardware tokens. Email me and I'll drop one to your room.

While you're at it, this is a good time to change your password if you've had the same one since the summer. At least 12 characters; a few random words strung together works well.

Finally, we've already had two phishing emails this term pretending to be from "C2k Support" and asking you to "verify your mailbox". C2k will never ask for your password by email. If you get one, forward it to me and delete it.

Gareth

Gareth Hamilton
ICT Technician / C2k Manager
Example School
""",
    "IT technician: MFA setup instructions to staff", fmt="alt")

# 052 ------------------------------------------------------------------ clean, hard
add(52, "clean", "ww1_propaganda_the_hun", st("ferris"),
    [pu("24lmorgan", "Lily Morgan"), pu("24dquinn", "Darragh Quinn"), pu("24kbrown", "Kai Brown"),
     pu("24gmcguigan", "Grace McGuigan")],
    "Year 9 History homework – WW1 propaganda posters", (2025, 11, 10, 15, 35),
    """\
Hi 9H,

For homework, analyse the two recruitment posters in the Teams folder using the COP method (Content, Origin, Purpose) we practised in class. Due Monday 17 November.

Poster A is the British 'Remember Belgium' poster. Notice how the Germans are shown as 'the Hun', a word British newspapers and posters used all the time in 1914-18 to make the enemy seem like savage barbarians. (The original Huns were the nomadic people led by Attila in the 5th century.) Ask yourself: why would the government want people to think of the Germans like that?

Poster B is the Irish poster 'Irishmen Avenge the Lusitania'. Think about why recruiting posters in Ireland looked different from the ones in England.

With Remembrance Day on Tuesday, also think about the 36th (Ulster) Division and the 16th (Irish) Division, who fought side by side at Messines in 1917. The Island of Ireland Peace Park at Messines remembers them together, and we'll talk about that in class.

Mr Ferris
""",
    "Year 9 history homework: WW1 propaganda 'the Hun'", fmt="alt", client="gmail")

# 053 ------------------------------------------------------------------ FLAG plain to parent
add(53, "flag", "science_detention_pissed_off", st("mcgrath"), [SAM],
    "RE: Science detention", (2025, 10, 9, 17, 40),
    """\
Dear Sam,

Thanks for your email. I appreciate you want to hear both sides, but to be honest I'm pretty pissed off about the whole thing. Three of the boys, including yours, were pissing about with the Bunsen burners while I was helping another group, and one of them singed the sleeve of another pupil's jumper. It could have been a lot worse.

The detention stands. It's on Tuesday from 3.30 to 4.15 in S4.

Regards,
Conor McGrath
Biology
Example School, Park Row, LS1 4AP | 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 09 October 2025 12:15
To: Conor McGrath <c.mcgrath@example-school.org.uk>
Subject: Science detention

Hello Mr McGrath, I've had a letter home about a detention for my son on Tuesday for "unsafe behaviour in the lab". He says he wasn't involved. Could you tell me what happened please? Thanks, Sam Carer
""",
    "teacher to parent: 'pissed off', 'pissing about'", fmt="alt", reply_to_n=True)

# 054 ------------------------------------------------------------------ clean, everyday
add(54, "clean", "bugsy_malone_rehearsals", st("boyle"),
    [pu("23ahenry", "Amy Henry"), pu("23oferguson", "Owen Ferguson"), pu("24cmcnally", "Cara McNally"),
     pu("22tgraham", "Thomas Graham"), pu("23rdonaghy", "Ruby Donaghy")],
    "Bugsy Malone - rehearsal schedule to half-term", (2025, 9, 12, 15, 50),
    """\
Hi everyone,

Congratulations again on getting your parts! Here is the rehearsal schedule up to half-term. All rehearsals are in the Drama studio unless it says otherwise.

Tuesdays 3.30-5.00: principals (Bugsy, Blousey, Tallulah, Fat Sam, Dandy Dan)
Wednesdays 3.30-4.30: full cast - songs with Mr Blair in the Music room
Thursdays 3.30-5.00: dancers and the Fat Sam's Grand Slam ensemble

Please know your Act 1 lines by Friday 10 October. Yes, all of them! Bring your script and a pencil to every rehearsal.

If you can't make a rehearsal, let me know in advance by email or tell me in school. Three missed rehearsals without a reason and we'll need to have a chat.

The show is 10-12 February, so there's plenty of time, but it goes faster than you think.

Miss Boyle
Head of Drama
""",
    "drama teacher: rehearsal schedule to cast")

# 055 ------------------------------------------------------------------ clean, hard [unsure]
add(55, "clean", "larkin_this_be_the_verse", st("wylie"),
    [st("quinn"), ("Hannah Maguire", f"h.maguire@{DOM}"), ("Patrick Doran", f"p.doran@{DOM}")],
    "Year 14 poetry workshop Thursday - choice of poems", (2025, 11, 4, 16, 25),
    """\
Hi all,

For Thursday's Year 14 comparison workshop (unseen poetry, period 3, E2) I was thinking of pairing Larkin's 'This Be The Verse' with Heaney's 'Mid-Term Break': two very different takes on family, grief and what we inherit, and the contrast in form is perfect for the AO2 work they struggle with.

Obviously the Larkin opens with "They fuck you up, your mum and dad", and it won't get past the first line without a reaction. I'm fine with that for Year 14 - they're 17 and 18, it's one of the most anthologised poems of the century, and the shock is the point of the first stanza - but I wanted to check nobody has a pupil in that group for whom the family theme is going to be raw at the moment. If so, I'll swap in 'An Arundel Tomb' and nobody's any the wiser.

Let me know by Wednesday.

Mark
""",
    "[unsure] staff-only mail quoting Larkin's first line for an A-level lesson")

# 056 ------------------------------------------------------------------ clean, everyday
add(56, "clean", "commendation_year8", st("lavery"), [SAM],
    "A well-deserved commendation", (2025, 11, 21, 12, 10),
    """\
Dear Sam,

I just wanted to drop you a quick note to say how pleased we are with how Example Pupil Two has settled into Year 8. This week he received his fifth commendation of the term, this time from Mr Blair for his solo in the Year 8 music showcase, and his form tutor tells me he has been a real help to a new boy who joined the form after half-term.

He'll receive a bronze certificate at next Friday's Year 8 assembly, and you'd be very welcome to come along at 9.00am if you're free.

Well done to him, and thank you for all your support at home.

Kind regards,

Miss S Lavery
Head of Year 8
Example School, Park Row, LS1 4AP
01632 960000
""",
    "head of year praises pupil to parent", fmt="alt")

# 057 ------------------------------------------------------------------ FLAG leetspeak/symbols, sectarian
add(57, "flag", "bonfire_pallets_leet_sectarian", st("estates"), [st("hamilton")],
    "back pitch", (2025, 10, 20, 7, 35),
    """\
Gareth,

Came in this morning to about forty pallets and half a sofa stacked along the back fence. The wee f3n1an b@st@rds from the estate are collecting for the Halloween bonfire again and they've cut the fence to get in. Second year running. Sh1te.

Can you pull the CCTV from camera 7 from Saturday night on? The PSNI want the footage before they'll do anything, and I need the fence fixed before the kids are out at break.

Cheers,
Declan
""",
    "site manager: leetspeak sectarian slur 'f3n1an b@st@rds', 'Sh1te'",
    fmt="alt", client="gmail")

# 058 ------------------------------------------------------------------ clean, hard
add(58, "clean", "re_shittim_wood_balaams_ass", st("crawford"),
    [pu("24emulholland", "Erin Mulholland"), pu("24jpatterson", "James Patterson"),
     pu("24smcardle", "Sophie McArdle"), pu("24bdoyle", "Ben Doyle")],
    "Year 9 RE homework – the Ark and Balaam", (2025, 10, 15, 14, 40),
    """\
Hi 9R,

Homework for next Wednesday (22 October): read Exodus 25:10-22 and Numbers 22:21-35 in the class Bibles (or online, NIV or King James, your choice) and answer the four questions on the sheet.

A couple of things that came up in class:
- In the King James Version the Ark of the Covenant is made of 'shittim wood'. Yes, we all laughed. Shittim is the Hebrew name for the acacia tree, a hard wood that grows in the Sinai desert, and newer translations just say 'acacia wood'.
- In the Balaam story, the King James calls the animal an 'ass', which simply means a donkey. The donkey sees the angel before Balaam does, and that's the whole point of the story: who is really seeing God here?

For question 4, I'd like you to think about why both Jewish and Christian traditions treat the Ark as so important, and write at least a paragraph.

Mrs Crawford
Religious Education
""",
    "RE homework: 'shittim wood', Balaam's 'ass'", fmt="alt")

# 059 ------------------------------------------------------------------ clean, everyday
COVER_PDF = make_pdf([
    "Cover work - Miss C Ferguson - Thursday 9 October 2025",
    "",
    "P1 10F French: vocab test (school subjects), answers in folder; then p.34.",
    "P2 12S Spanish: listening practice on Teams; headphones in cupboard.",
    "P3/4 14 Spanish: study periods - essay plans.",
    "P5 8C French: map of the French-speaking world (sheets in tray).",
    "",
    "Registers on SIMS please. Thank you!",
])
add(59, "clean", "cover_work_request", st("ferguson"), [st("cover")],
    "Cover work - Thursday 9 October", (2025, 10, 7, 15, 58),
    """\
Hi Val,

As you know I'm out on Thursday at the CCEA Spanish standardisation meeting. Cover work for all my classes is attached, and printed copies are in the tray in L2.

P1 10F French - vocab test on school subjects (answers in the folder), then the worksheet on p.34.
P2 12S Spanish - listening practice on Teams; they know how to log in. Headphones are in the cupboard.
P3/4 Year 14 Spanish - study periods; they have essay plans to finish.
P5 8C French - colouring the map of the French-speaking world. They'll love it.

Thanks,
Chloe
""",
    "cover request with PDF cover work",
    atts=[dict(filename="Cover_Thu_9_Oct_Ferguson.pdf", ctype="application/pdf", data=COVER_PDF)])

# 060 ------------------------------------------------------------------ FLAG base64 body, disability slur
add(60, "flag", "seating_plan_spacker_base64", st("ferris"), [st("wylie")],
    "10W seating", (2025, 10, 2, 12, 55),
    """\
Mark,

Saw the new seating plan for 10W. Please don't put Callum next to that wee spacker from 10F when they're together for LLW, they wind each other up something terrible. Callum's bad enough on his own. Put him at the front by the door and leave the other one with the classroom assistant.

Neil
""",
    "disability slur 'spacker' about a pupil, base64 text body", cte="base64")

# 061 ------------------------------------------------------------------ clean, hard
add(61, "clean", "french_faux_amis", st("ferguson"),
    [pu("23lmccann", "Lucy McCann"), pu("23jrobinson", "Jake Robinson"), pu("23adevine", "Anna Devine"),
     pu("23mkennedy", "Marc Kennedy")],
    "Year 10 French – faux amis (false friends)", (2025, 11, 19, 16, 5),
    """\
Bonjour 10F,

As promised, here is the list of faux amis from today's lesson: French words that look like English words but mean something different. These lose marks in the writing exam every single year, so learn them!

- actuellement = currently (not 'actually', which is 'en fait')
- une librairie = a bookshop (a library is 'une bibliothèque')
- la journée = the day (a journey is 'un voyage' or 'un trajet')
- sensible = sensitive (sensible is 'raisonnable')
- le raisin = grape (a raisin is 'un raisin sec')
- attendre = to wait for (to attend is 'assister à')
- excité(e): be careful! In French this usually means over-excited or even sexually excited, so for "I'm excited about the holidays" say "J'ai hâte d'être en vacances".
- un préservatif = a condom! If you want to say a food has no preservatives, it's 'sans conservateurs'.

The last two are the ones the examiners warn us about every year, usually with a very straight face.

The Quizlet set is on Google Classroom. Test on Friday.

Mlle Ferguson
""",
    "French false friends to pupils (excité, préservatif)", fmt="alt", client="gmail", cte="base64")

# 062 ------------------------------------------------------------------ clean, everyday
add(62, "clean", "shared_education_timetable", st("fitzpatrick"),
    [("Martina Donnelly", "m.donnelly@example.org")],
    "Shared Education - joint classes timetable for the autumn term", (2025, 9, 4, 16, 30),
    """\
Hi Martina,

Great to catch up at the cluster meeting. As agreed, here is the timetable for the joint Year 11 classes this term:

- Motor Vehicle and Road User Studies (your pupils come to us): Tuesdays, periods 5-6, starting 16 September, room T1.
- Irish (our pupils come to you): Thursdays, periods 3-4, starting 18 September. We'll send nine pupils, and Mrs Ni Bhriain will travel with them for the first fortnight.
- Joint LLW day: Friday 21 November, at a community venue in north Belfast - I'll confirm which once the booking is through.

Transport for the Irish group is covered by the partnership funding, as last year. Could you confirm your numbers for the MVRUS group by Friday so I can get visitor badges sorted at reception?

Best wishes,
Eoin

Eoin Fitzpatrick
Community Relations Co-ordinator
Example School, Park Row, LS1 4AP
01632 960000
""",
    "shared education timetable to partner school teacher")

# 063 ------------------------------------------------------------------ clean, hard
add(63, "clean", "good_relations_sectarian_terms_session", st("fitzpatrick"),
    [st("blair"), st("ferris"), st("crawford"), st("ohare"), ("Michelle Adair", f"m.adair@{DOM}")],
    "Good Relations Week – form-time session on sectarian language (please read)", (2025, 11, 17, 8, 15),
    """\
Dear Year 9 form tutors,

Thank you for agreeing to deliver Thursday's form-time session for Good Relations Week. The lesson plan and slides are in the CRED folder on the staff drive. A few notes, because this one needs a bit of care.

The session is about the words pupils use for each other, and we will be naming them. After the incident at the bus stop in September, and what the Youth Service are telling us about the estates, we agreed with the Principal and Mrs Gilmore that it's better to put the words on the table than pretend they don't exist. The slide lists the terms our pupils said (in the anonymous survey) they hear most: 'taig', 'Fenian', 'hun', 'Orangie', 'Prod', 'Jaffa' and 'papist', plus 'spide' and 'millie', which aren't sectarian but come up in the same conversations.

For each one, pupils look at where it came from ('taig' from the Irish name Tadhg, 'Fenian' from the 19th-century movement, 'Jaffa' from the oranges), how it is used today, and how it feels to be on the receiving end. Please don't let it become a list-reading exercise; the discussion questions on slide 6 are the important part.

Ground rules: pupils can say the words when discussing them in the lesson, but not at each other. If anything is disclosed, follow the usual child protection procedure and tell Heather the same day.

If you'd rather not deliver it, or you think your form isn't ready, let me know by Wednesday and I'll come in and co-deliver.

Thanks,

Eoin

Eoin Fitzpatrick
Head of RE / Community Relations Co-ordinator
Example School, Park Row, LS1 4AP
01632 960000
""",
    "community relations lesson notes listing sectarian terms (staff only)", fmt="alt")

# 064 ------------------------------------------------------------------ FLAG full-width letters
FW_TEXT = """\
Jonny,

The lighting desk died halfway through the dress rehearsal tonight. Completely dead. \uff26\uff35\uff23\uff2b\uff29\uff2e\uff27 \uff28\uff25\uff2c\uff2c. The showcase is on Wednesday and half the Year 10 dance piece is now in the dark.

Is the old desk still in the music store? If you can help me patch it in at lunchtime tomorrow I owe you a very large drink.

Rachel
"""
FW_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div dir="ltr" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Jonny,</p>
<p>The lighting desk died halfway through the dress rehearsal tonight. Completely dead. <b>\uff26\uff35\uff23\uff2b\uff29\uff2e\uff27 \uff28\uff25\uff2c\uff2c</b>. The showcase is on Wednesday and half the Year 10 dance piece is now in the dark.</p>
<p>Is the old desk still in the music store? If you can help me patch it in at lunchtime tomorrow I owe you a very large drink.</p>
<p>Rachel</p>
</div>
</body>
</html>
"""
add(64, "flag", "lighting_desk_fullwidth", st("boyle"), [st("blair")],
    "lighting desk", (2025, 12, 15, 22, 10), FW_TEXT,
    "full-width letters 'ＦＵＣＫＩＮＧ ＨＥＬＬ', base64 parts", fmt="alt", cte="base64",
    html_body=FW_HTML)

# 065 ------------------------------------------------------------------ clean, everyday
add(65, "clean", "year8_settling_in_evening", st("lavery"), [SAM],
    "Year 8 Settling-in Evening – Tuesday 23 September", (2025, 9, 10, 13, 25),
    """\
Dear Parents and Carers,

Thank you for all your support over the first two weeks of term. Our new Year 8s have made a great start, and we'd love to see you at our Settling-in Evening on Tuesday 23 September, 6.30-7.45pm, in the Assembly Hall.

The evening is a chance to meet your child's form tutor, hear how the first few weeks have gone, and find out more about homework, the school app and ParentPay. The Learning Support team, the school counsellor and the Irish-medium and Ulster-Scots clubs will also have stands, and Year 8 pupils will be serving tea and traybakes.

There is no need to book, and younger brothers and sisters are welcome.

If you have any worries about how your child is settling in before then, please don't wait: contact their form tutor or me by email.

Kind regards,

Miss S Lavery
Head of Year 8
Example School, Park Row, LS1 4AP
01632 960000
""",
    "Year 8 settling-in evening invitation", fmt="alt")

# 066 ------------------------------------------------------------------ clean, hard
add(66, "clean", "sweden_exchange_slut_infart", st("ferguson"), [JANE, ALI],
    "Turing Scheme visit to Sweden – information evening", (2025, 11, 24, 15, 15),
    """\
Dear Parents and Carers,

Thank you to everyone who returned the expression of interest form for the Turing Scheme visit to our partner school in Gothenburg, from 20 to 26 April 2026. We have 24 places for pupils in Years 9 and 10, and there will be an information evening on Thursday 4 December at 7pm in the Learning Resource Centre.

At the evening we'll cover the programme, host families, travel (we fly from Belfast International via Amsterdam), insurance and the code of conduct. Travel, accommodation and activities are fully funded by the Turing Scheme, so the only cost to families is pocket money; we suggest around 1,000 kronor (about £75).

Swedish teenagers speak excellent English, but we'll teach the group a few Swedish phrases beforehand: hej (hello), tack (thank you), hej då (goodbye). Fair warning that some Swedish words cause great hilarity among Belfast teenagers. 'Slut' simply means 'end' or 'final' (you'll see 'slutstation' on the trams and 'slutpris' in the shops), and 'infart' and 'utfart' are the entrance and exit to a car park. We'll have a chat with the group about laughing politely, and not filming every sign!

Please bring your young person's passport details to the evening if you can.

Best wishes,

Chloe Ferguson
Modern Languages / Trips Abroad
Example School, Park Row, LS1 4AP
01632 960000
""",
    "Sweden exchange letter: Swedish words 'slut', 'infart', 'utfart'", fmt="alt")

# 067 ------------------------------------------------------------------ FLAG plain gender/age slur
add(67, "flag", "pta_stupid_old_bitch", st("office"), [st("bursar")],
    "PTA raffle float", (2025, 11, 20, 11, 5),
    """\
Philip,

That stupid old bitch from the PTA has been on the phone three times this morning about the raffle float for the Christmas fair. I've told her twice it's in the safe and she can collect it from you on Friday. Now she's decided she needs it in coins, not notes.

Can you ring her back please before I lose the will to live? Her number's on the PTA contact sheet.

L
""",
    "office manager about a PTA volunteer: 'stupid old bitch' (gender/age)")

# 068 ------------------------------------------------------------------ clean, everyday
CARE_PDF = make_pdf([
    "Example School - Allergy / Anaphylaxis Care Plan",
    "",
    "Pupil name: ___________________  Form: _____  Date of birth: __________",
    "Allergies: _____________________________________________",
    "Medication held in school: adrenaline auto-injector (brand/dose): ________",
    "Expiry date: __________",
    "Signs of a reaction: ______________________________________",
    "Emergency contacts (name / relationship / number): _______________",
    "",
    "Parent/carer signature: ________________  Date: __________",
    "Return to: Mrs B Shaw, Medical Room",
])
add(68, "clean", "epipen_expiry_care_plan", st("firstaid"), [ALI],
    "Adrenaline auto-injector – expiry date", (2025, 9, 8, 11, 40),
    """\
Dear Mr Guardian,

As part of our start-of-year check of pupils' medication, I noticed that the spare adrenaline auto-injector (EpiPen) we hold in the medical room for your son expires at the end of this month (30/09/2025).

Could you please send a replacement in with him, in its original box with the pharmacy label? I'll return the old one to him at the end of the day so you can dispose of it at the pharmacy.

It's also a good time to check the one he carries in his bag, and to let us know if anything in his allergy care plan has changed over the summer: new allergies, a different dose, or new contact numbers. I've attached a blank copy of the care plan in case you'd like to update it.

Many thanks,

Brenda Shaw
First Aid and Medical Co-ordinator
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""",
    "first aider asks parent for replacement EpiPen, PDF form", fmt="alt",
    atts=[dict(filename="Allergy_care_plan_blank.pdf", ctype="application/pdf", data=CARE_PDF)])

# 069 ------------------------------------------------------------------ clean, hard
add(69, "clean", "incident_log_pupil_quoted", st("wylie"), [st("hughes")],
    "10W incident period 4 - logged on SIMS", (2025, 10, 8, 14, 20),
    """\
Denise,

For your information: I've logged this on SIMS, but wanted you to know today as it involved a supply teacher.

Period 4, 10W English, covered by Mrs Kane (supply) as I was at the moderation meeting. Liam Coulter refused to move seats. When she asked him a second time, he said to her, loud enough for the whole room to hear, "fuck off, you're not even a real teacher". When Josh Morrison laughed, Liam turned round and called him "a wee dick". He then walked out, and Mr Irvine found him in the toilets.

Mrs Kane was shaken but fine. She has written a statement, which is attached to the SIMS entry. I spoke to Liam this afternoon; he admits it, with no real remorse. Given it was a supply teacher, I think it's a Head of Year matter, and I'm happy to be at any meeting with home.

Mark
""",
    "behaviour report quoting what a pupil said to a supply teacher (staff only)")

# 070 ------------------------------------------------------------------ FLAG zero-width characters
add(70, "flag", "parent_meeting_zero_width", st("lavery"), [st("hughes")],
    "that meeting", (2025, 11, 28, 16, 40),
    """\
Denise,

Well, that was an hour of my life I'm not getting back. He's a complete arse\u200bhole. Shouting at me about "the state of this school" in front of his own child, and then telling me I'm too young to understand teenagers. F\u200buck\u200bing hell.

I've written it up and sent it to David. Coffee Monday?

S
""",
    "venting about a parent; zero-width spaces inside 'arsehole' and 'Fucking'")

# 071 ------------------------------------------------------------------ clean, everyday
add(71, "clean", "retirement_collection", st("office"),
    [st("irvine"), st("mccann"), st("boyd"), st("quinn"), st("devlin"), st("blair"), st("estates"),
     st("bursar"), st("attendance")],
    "Collection for Bernie - retirement", (2025, 12, 10, 10, 30),
    """\
Dear all,

As many of you know, Bernie McAteer in the canteen is retiring at Christmas after 31 years at Example School. She is now serving dinners to the children of some of her first pupils! There's a card and a collection envelope in the staffroom (on the table by the pigeonholes) until Wednesday 17 December.

We'll present her gift at the staff Christmas lunch on Friday 19th. If anyone has a favourite photo or story about Bernie, please send it to me for the card.

Thanks,
Lorraine
""",
    "staff collection for a retiring colleague", fmt="alt")

# 072 ------------------------------------------------------------------ clean, hard
add(72, "clean", "staff_quiz_place_names", st("exams"),
    [st("irvine"), st("mccann"), st("boyd"), st("quinn"), st("devlin"), st("blair"), st("estates"),
     st("kerr"), st("mulholland"), st("hamilton")],
    "Staff Christmas quiz - Round 4 answers (real or fake place names?)", (2025, 12, 12, 13, 5),
    """\
Hi everyone,

Thanks to all nine teams who came out to the quiz on Wednesday, and congratulations to Quiz Team Aguilera (Science), who won by half a point after a lengthy stewards' enquiry.

A few people asked for the answers to Round 4, "Real or fake? UK and Irish place names", which caused more arguments than any round in living memory. They are all real except two:

1. Twatt (Orkney) - REAL. From the Old Norse for a clearing.
2. Muff (Co. Donegal) - REAL. Half the Year 10s are going there in February.
3. Shitterton (Dorset) - REAL. The villagers clubbed together for a stone sign because the metal one kept getting stolen.
4. Penistone (South Yorkshire) - REAL.
5. Scunthorpe (Lincolnshire) - REAL.
6. Bitchfield (Lincolnshire) - REAL.
7. Cockermouth (Cumbria) - REAL. Wordsworth's birthplace, as the English department kept reminding us.
8. Ballygobackwards (Co. Antrim) - FAKE. Sorry, Declan.
9. Wetwang (East Yorkshire) - REAL.
10. Lower Crumpet (Co. Fermanagh) - FAKE.

Next year's quiz will be run by the team that came last, which I believe was SLT.

Paul
""",
    "staff quiz answers: Twatt, Shitterton, Penistone, Scunthorpe, Bitchfield", fmt="alt")

# 073 ------------------------------------------------------------------ clean, everyday
add(73, "clean", "y12_prescribed_practical", st("devlin"),
    [pu("21hmccoy", "Hannah McCoy"), pu("21dwatson", "Dylan Watson"), pu("21rmurray", "Rachel Murray"),
     pu("21eflanagan", "Eoin Flanagan")],
    "Year 12 Double Award - prescribed practical next week", (2025, 11, 26, 14, 50),
    """\
Hi 12S and 12T,

Next week you will complete the prescribed practical on rates of reaction (magnesium and hydrochloric acid) in your timetabled chemistry lesson. This counts towards your practical skills assessment, so please be prepared.

Before the lesson:
- read the method sheet on Google Classroom and complete the risk assessment table;
- write a prediction with a scientific reason;
- draw your results table (you can use the template).

On the day, bring a calculator, a pencil and a ruler. Long hair must be tied back, and goggles stay on until I say so, even when you're writing up.

If you are absent, there is a catch-up session on Thursday 11 December after school in S1. Missing both means your practical mark is incomplete, so please let me know in advance if there's a problem.

Dr Devlin
""",
    "science teacher: practical assessment instructions to pupils", fmt="alt", client="gmail")

# 074 ------------------------------------------------------------------ clean, hard
add(74, "clean", "cricket_nets_boxes_wankhede", st("reid"),
    [pu("22oirwin", "Oliver Irwin"), pu("21amehta", "Arjun Mehta"), pu("23cpollock", "Chloe Pollock"),
     pu("22zkhan", "Zain Khan")],
    "Winter nets, and a trip to watch Ireland", (2025, 12, 2, 16, 20),
    """\
Hi cricketers,

Winter nets start again in the sports hall on Tuesday 6 January, 3.30-5.00, for Years 9-14. Bring your own bat and pads if you have them; the school has helmets and a few sets of gloves. Boxes (abdominal guards) are compulsory for all batters in the hard-ball nets. The school can't lend these, for obvious reasons, so please get your own; they're about £8 in the sports shops.

Cricket Ireland have offered us a block of tickets for the women's T20 international at Stormont next summer. More details after Christmas, but put your name down with me if you're interested.

And for those of you who watched the highlights of the women's World Cup in India, with the final at the Wankhede Stadium in Mumbai: if anyone wants a project on the growth of women's cricket for GCSE PE, come and see me.

Mr Reid
PE / Cricket
""",
    "cricket club notice: boxes (abdominal guards), Wankhede Stadium")

# 075 ------------------------------------------------------------------ clean, everyday
add(75, "clean", "dofe_kit_list", st("agnew"),
    [JANE, ALI, pu("23kmcilroy", "Katie McIlroy"), pu("24lmorgan", "Lily Morgan")],
    "DofE Bronze practice expedition 18-19 October - kit list", (2025, 10, 9, 15, 45),
    """\
Dear Parents, Carers and Bronze participants,

The practice expedition in the Mournes is now only a week away. Groups will walk from Meelmore on Saturday, camp overnight at an approved site and finish at Carrick Little on Sunday afternoon. The coach leaves school at 7.30am sharp on Saturday.

Kit list (please label everything):
- rucksack (50-65 litres) with a waterproof liner or bin bag
- sleeping bag (3-season) and roll mat
- waterproof jacket AND waterproof trousers - no exceptions
- walking boots, worn in, and two pairs of walking socks
- warm layers (fleece or jumper, no cotton hoodies), hat and gloves
- head torch with spare batteries
- water bottle (at least 1 litre)
- personal first aid: plasters, blister pads, any medication
- food for Saturday lunch, Saturday dinner, Sunday breakfast and Sunday lunch, plus snacks (group menus were planned in school)

Tents, stoves and fuel are provided by the school and shared out within each group on Friday afternoon.

Mobile phones are allowed for emergencies only and must be kept switched off in a sealed bag. Staff will be checking in with every group at set points throughout both days.

If the Met Office issues a weather warning for the Mournes, we will postpone, and I will let you know through the school app by 6pm on Friday.

Thanks,

Tom Agnew
DofE Manager
Example School, Park Row, LS1 4AP
01632 960000
""",
    "DofE expedition kit list to parents and pupils", fmt="alt")

# 076 ------------------------------------------------------------------ clean, hard
add(76, "clean", "romeo_juliet_quotations", st("wylie"),
    [pu("23lcoulter", "Liam Coulter"), pu("23jmorrison", "Josh Morrison"), pu("23ewhite", "Ella White"),
     pu("23smcgrath", "Saoirse McGrath")],
    "Romeo and Juliet - Act 1 and 2 key quotations", (2025, 10, 16, 17, 10),
    """\
Hi 10W,

Here are the quotations to learn for the assessment on Friday 24 October. You don't need all of them word-perfect, but you should know who says each one, and when.

Act 1 Scene 1
"Do you bite your thumb at us, sir?" - Abram
"Draw thy tool" - Gregory to Sampson (yes, Shakespeare's audience would have found that one funny too)
"What, drawn, and talk of peace? I hate the word / As I hate hell, all Montagues, and thee." - Tybalt
"O brawling love, O loving hate" - Romeo

Act 1 Scene 5
"My only love sprung from my only hate" - Juliet

Act 2 Scene 2
"But soft, what light through yonder window breaks?" - Romeo
"What's in a name? That which we call a rose / By any other word would smell as sweet" - Juliet

Act 2 Scene 4
"the bawdy hand of the dial is now upon the prick of noon" - Mercutio to the Nurse. Mercutio is being crude on purpose here. Think about why Shakespeare gives him so many of these jokes, and what they show about how he sees love compared with Romeo.

Make flashcards, and test each other on the bus!

Mr Wylie
""",
    "Romeo and Juliet quotations to pupils ('Draw thy tool', 'prick of noon')",
    fmt="alt", client="gmail")

# 077 ------------------------------------------------------------------ clean, everyday
BOG_PDF = make_pdf([
    "Example School - Board of Governors",
    "Meeting: Thursday 20 November 2025, 6.30pm, Boardroom",
    "",
    "AGENDA",
    "1. Apologies; declarations of interest",
    "2. Minutes of 11 September 2025 and matters arising",
    "3. Principal's report",
    "4. Finance: budget monitoring to 31 October",
    "5. Admissions: September 2026",
    "6. Safeguarding annual report",
    "7. Policies for approval: RSE; Attendance",
    "8. AOB",
])
add(77, "clean", "governors_papers", st("mccann"),
    [("Trevor Lennox", "t.lennox@example.net"), ("Bernadette Hagan", "b.hagan@example.net"),
     ("Rev. Alan Moffett", "alan.moffett@example.org")],
    "Board of Governors - papers for the meeting on Thursday 20 November", (2025, 11, 13, 17, 30),
    """\
Dear Governors,

Please find attached the agenda for the Board of Governors meeting on Thursday 20 November at 6.30pm in the Boardroom; the full papers are in the usual Governor Hub folder. Tea and sandwiches from 6.00pm.

Agenda items include:
1. Minutes of the meeting of 11 September and matters arising
2. Principal's report (including feedback from the ETI visit)
3. Finance: budget monitoring to the end of October (Mr Morrow)
4. Admissions: applications for September 2026 and our enrolment number
5. Safeguarding annual report (Mrs Gilmore)
6. Policies for approval: Relationships and Sexuality Education; Attendance
7. AOB

Please let the office know by Monday if you are unable to attend, so that we can confirm we will be quorate.

Kind regards,

Gráinne McCann
Principal
Example School, Park Row, LS1 4AP
01632 960000
""",
    "principal sends governors' agenda (PDF)",
    atts=[dict(filename="BoG_agenda_2025-11-20.pdf", ctype="application/pdf", data=BOG_PDF)])

# 078 ------------------------------------------------------------------ clean, hard
add(78, "clean", "behaviour_policy_language_update", st("irvine"),
    [st("boyd"), st("quinn"), st("devlin"), st("craig"), st("hughes"), st("lavery"), st("kerr"),
     st("mulholland"), st("fitzpatrick"), st("senco")],
    "Language in corridors – changes to the behaviour policy from January", (2025, 12, 9, 16, 0),
    """\
Dear colleagues,

Following the staff consultation in November, the changes below to section 6 ('Language') of the Positive Behaviour Policy will apply from Monday 5 January. Thank you to everyone who filled in the survey; over 80% of you said that casual offensive language in corridors and changing rooms has got worse this year.

1. Discriminatory language. Any use of sectarian, racist, homophobic or disability-related terms, including the ones pupils insist are "just banter" such as "that's so gay", "retard", "spa" or "spastic", "taig" and "hun", will be recorded on SIMS under the new category 'Discriminatory language', even if nobody complains. First instance: a conversation and a restorative task with the form tutor. Repeated: Head of Year.

2. Swearing. Swearing directly at a member of staff ("f*** off" and the like) remains a Level 3 incident: remove from class and refer to the Head of Year. Swearing in conversation, not directed at anyone, should be challenged and noted, but doesn't automatically need a referral; use your judgement.

3. Staff modelling. Please avoid describing pupils' behaviour with words we would challenge from them ("mental", "psycho", "lame" and so on). A couple of pupils have picked us up on this, and they had a point.

The full updated policy will be on the staff drive by Friday. Any questions, come and see me.

David

David Irvine
Vice-Principal (Pastoral)
Example School, Park Row, LS1 4AP | 01632 960000
""",
    "behaviour policy memo quoting slurs and a masked swear (staff only)", fmt="alt")

# 079 ------------------------------------------------------------------ clean, everyday
add(79, "clean", "maths_set_move_reply", st("craig"), [SAM],
    "RE: Maths set – Year 8", (2025, 11, 17, 12, 35),
    """\
Dear Sam,

Thank you for taking the time to speak to me on the phone on Friday, and for your follow-up email.

As promised, I've looked again at the baseline and the November assessment results. Your son scored 78% in the November test, which is well above the threshold for set 2, and Miss Lavery and his form tutor both agree that he's ready. He will move to 8M2 from Monday 24 November. His new teacher, Mr Hutchinson, knows exactly what the class has covered so far; there's only one topic (prime factors) that he hasn't done, and I've given him the worksheet.

We will review all sets again after the January assessments, and I'll be in touch if anything changes.

Kind regards,

Andrew Craig
Head of Mathematics
Example School, Park Row, LS1 4AP
Tel: 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 14 November 2025 18:22
To: Andrew Craig <a.craig@example-school.org.uk>
Subject: Maths set – Year 8

Hi Mr Craig, thanks for the call this afternoon. Just to follow up in writing as you suggested - he is really keen to move up and has been doing extra practice at home every night. Let us know what you decide. Thanks, Sam
""",
    "head of maths confirms set move to parent, quoted thread", fmt="alt", reply_to_n=True)

# 080 ------------------------------------------------------------------ clean, hard
add(80, "clean", "panto_dick_whittington", st("office"), [SAM],
    "Year 8 Christmas trip - Dick Whittington at the Grand Opera House", (2025, 11, 10, 10, 0),
    """\
Dear Parents and Carers,

We are delighted to invite all Year 8 pupils to the Grand Opera House on Wednesday 10 December for a matinee performance of this year's pantomime, Dick Whittington. It has become one of the highlights of Year 8, and it's a lovely way for the new year group to finish their first term together.

Pupils will travel by coach after registration and return to school by 4.15pm, so please arrange collection for then, or let the form tutor know if your child normally gets the bus home.

The cost is £18, which covers the ticket and the coach. Please pay through ParentPay by Wednesday 19 November, and complete the consent form on the school app. Pupils may bring a small amount of money for the interval; ice cream is very popular!

If cost is a difficulty for your family, please contact Miss Lavery in confidence.

Kind regards,

""" + SIG_OFFICE,
    "Year 8 panto trip letter: Dick Whittington", fmt="html", cte="qp")


# ==================================================================================
README = """\
# Round 36 hold-out: obscene-language (blind)

**Blind test corpus. Never use it for tuning mailguard, its rules or its thresholds.**
It was written without reading the filter's code, rules, tests or documentation, so
that it measures how the filter does on mail nobody tuned it on.

## What it is

80 complete RFC 5322 messages (`NNN_<flag|clean>_<slug>.eml`) sent by staff of an
integrated (mixed Catholic and Protestant) secondary school in Belfast: CCEA exams,
GAA, rugby and cricket, the Troubles in history lessons, community-relations work
against sectarianism, Irish-language and Ulster-Scots words. Senders are staff at
example-school.org.uk; recipients are the three parents known to the school, pupils
at pupils.example-school.org.uk, colleagues, and outside bodies at example.com/.org/.net.
All people, addresses and numbers are invented (Ofcom drama ranges only).

`labels.csv` has `file,expected,sender,recipients,note`. `expected` is `flag` or `clean`
as the school's safeguarding lead would judge it under the policy section "staff must
not use obscene language or swear words, nor make offensive comments on grounds of
gender, race, disability, age, religion or sexual orientation". `recipients` is To + Cc.
Judgement calls are marked `[unsure]` in the note.

## How it was made

Written by hand for round 36 and emitted by `../make_round36_obscene.py` (Python 3.11,
standard library only). Dates, Message-IDs and MIME boundaries are fixed, so the
output is byte-identical on every run. Formats are mixed: text/plain,
multipart/alternative (Outlook- and Gmail-style HTML), HTML-only, attachments (PDF,
CSV), 7bit, 8bit, quoted-printable and base64 bodies, RFC 2047 encoded names and
subjects, replies and forwards with quoted text.

## Regenerate

    python3 tests/holdout/round36/make_round36_obscene.py

## Counts

| expected | count |
|----------|------:|
| flag     | {flag} |
| clean    | {clean} |
| total    | {total} |

Of the clean messages, 30 are ordinary school mail and 30 are hard negatives.

## Kinds of case

- **flag, plain:** staff-to-staff venting (fucking, bollocks, wanker, bellend, arse),
  a teacher calling a pupil a "lazy wee shite", a teacher telling a parent he is
  "pissed off", and slurs: sectarian ("taigs"), homophobic ("poof"), gender/age
  ("stupid old bitch").
- **flag, disguised:** asterisk masks (f*cking, sh*t), leetspeak and symbols
  (f3n1an b@st@rds, Sh1te), repeated letters, dotted/spaced letters, Cyrillic
  homoglyphs, full-width letters, zero-width spaces, numeric HTML entities and a word
  split by a span, a quoted-printable soft line break inside a word, a base64 body
  (disability slur), an RFC 2047 encoded subject, a CSV attachment of teacher notes.
- **clean, everyday:** letters home, trips, reports, attendance, ParentPay, exams
  entries, cover, meeting notes, IT notices, sport results, careers, newsletters,
  replies to parents and pupils.
- **clean, hard negatives:** reports to the designated teacher that quote pupils'
  sectarian or homophobic abuse word for word; a behaviour incident quoting a pupil;
  a forwarded abusive parent email; a polite reply with the parent's swearing only in
  the quoted text; community-relations lesson notes and a behaviour-policy memo
  naming slurs; SENCO notes (spastic diplegia, Tourette's tics); set texts (Of Mice
  and Men, Larkin, Romeo and Juliet); history (Fenians, "the Hun", Bloody Sunday);
  RE (shittim wood, Balaam's ass); place names (Muff, Cockermouth, Clitheroe, Twatt,
  Shitterton, Penistone, Scunthorpe, Bitchfield); surnames (Hancock, Cockburn,
  Dickens, Sexton, Wankhede); foods (faggots, spotted dick, cock-a-leekie); birds
  (tits, shags, woodcock); sports kit (hooker, ball bags, boxes); estates (ballcock,
  stopcock); RSE letter; French and Swedish words; Irish and Ulster-Scots words;
  Dick Whittington.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    names = []
    rows = []
    for m in sorted(MESSAGES, key=lambda x: x["n"]):
        fname = f"{m['n']:03d}_{m['label']}_{m['slug']}.eml"
        names.append(fname)
        data = build(m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        recips = " ".join(e for _n, e in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], recips, m["note"]])
    # remove stale .eml files from earlier runs of this generator only
    for old in os.listdir(OUT):
        if old.endswith(".eml") and re.match(r"^\d{3}_(flag|clean)_", old) and old not in names:
            os.remove(os.path.join(OUT, old))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    nflag = sum(1 for r in rows if r[1] == "flag")
    nclean = sum(1 for r in rows if r[1] == "clean")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README.format(flag=nflag, clean=nclean, total=len(rows)))
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean) to {OUT}")


if __name__ == "__main__":
    main()
