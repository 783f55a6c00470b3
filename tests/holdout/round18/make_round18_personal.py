#!/usr/bin/env python3
"""Round 18 blind hold-out corpus, module: personal-address-to-parent.

Setting: a rural federation of three village primary schools (Kelderby CE Primary,
Hebble Ashes Primary, Scarthwaite Primary) sharing one executive head.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ beside this script. Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so two runs give
byte-identical files.

BLIND: written without looking at the filter or its rules. Never use for tuning.
"""
import base64
import csv
import hashlib
import html
import io
import os
import random
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

GMT = timezone.utc
BST = timezone(timedelta(hours=1))


def dt(y, mo, d, h, mi, s=0):
    """UK local time: BST 31 Mar-27 Oct 2024 and 30 Mar-26 Oct 2025."""
    naive = datetime(y, mo, d, h, mi, s)
    bst = (datetime(2024, 3, 31, 1) <= naive < datetime(2024, 10, 27, 2)) or \
          (datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 2))
    return naive.replace(tzinfo=BST if bst else GMT)


# --------------------------------------------------------------------------- people

def st(name, local):
    return (name, f"{local}@{DOM}")


S = {
    "helen": st("Helen Ashworth", "h.ashworth"),
    "dsl": ("Helen Ashworth (DSL)", f"dsl@{DOM}"),
    "gemma": st("Gemma Sutcliffe", "g.sutcliffe"),
    "tom": st("Tom Pickering", "t.pickering"),
    "rosie": st("Rosie Dunn", "r.dunn"),
    "holly": st("Holly Nightingale", "h.nightingale"),
    "annette": st("Annette Dobson", "a.dobson"),
    "marcus": st("Marcus Lowther", "m.lowther"),
    "ffion": st("Ffion Griffiths", "f.griffiths"),
    "owen": st("Owen Pryce", "o.pryce"),
    "priya": st("Priya Rahman", "p.rahman"),
    "bernie": st("Bernadette Walsh", "b.walsh"),
    "office": ("Example School Federation Office", f"office@{DOM}"),
    "attendance": ("Attendance - Example School Federation", f"attendance@{DOM}"),
    "dan": st("Dan Fairburn", "d.fairburn"),
    "clubs": ("Jo Metcalfe (Clubs)", f"clubs@{DOM}"),
    "sheila": st("Sheila Thwaite", "s.thwaite"),
    "clerk": ("Alison Kirkby (Clerk to Governors)", f"clerk@{DOM}"),
    "kwame": st("Kwame Osei", "k.osei"),
    "catriona": st("Catriona Bell", "c.bell"),
    "kitchen": ("Maureen Sugden", f"kitchen@{DOM}"),
    "ravi": st("Ravi Chauhan", "r.chauhan"),
    "jack": st("Jack Holroyd", "j.holroyd"),
    "simon": st("Simon Ackroyd", "s.ackroyd"),
    "lorraine": st("Lorraine Bairstow", "l.bairstow"),
    "sarah": st("Sarah Iveson", "s.iveson"),
    "finance": ("Eleanor Pratt (Finance)", f"finance@{DOM}"),
    "sian": st("Siân Roberts", "s.roberts"),
    "wendy": st("Wendy Garside", "w.garside"),
    "denise": st("Denise Holmes", "d.holmes"),
    "pete": st("Pete Varley", "p.varley"),
    "allstaff": ("All Staff", f"allstaff@{DOM}"),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(name, local):
    return (name, f"{local}@{PUP}")


PUPILS = {
    "millie": pupil("Millie Harker", "18mharker"),
    "isla": pupil("Isla Ward", "18iward"),
    "josh": pupil("Josh Dawson", "18jdawson"),
    "evie": pupil("Evie Brennan", "18ebrennan"),
    "tariq": pupil("Tariq Hussain", "18thussain"),
    "freddie": pupil("Freddie Moss", "18fmoss"),
    "oscar": pupil("Oscar Jowett", "19ojowett"),
    "ruby": pupil("Ruby Kaur", "19rkaur"),
    "amelia": pupil("Amelia Shaw", "18ashaw"),
}

# --------------------------------------------------------------------------- signatures

SIG = {
    "helen": """Helen Ashworth
Executive Headteacher | Designated Safeguarding Lead
Example School Federation: Kelderby CE Primary, Hebble Ashes Primary and Scarthwaite Primary
Federation office: Park Row, Leeds LS1 4AP
Tel: 01632 960000 | www.example-school.org.uk""",
    "gemma": """Mrs Gemma Sutcliffe
Head of School (Scarthwaite) & Deputy DSL
Example School Federation
01632 960000 | office@example-school.org.uk""",
    "tom": """Tom Pickering
Head of School, Kelderby | Curlews Class (Y5/6)
Example School Federation, Park Row, Leeds LS1 4AP
T: 01632 960000""",
    "rosie": """Rosie Dunn
Owls Class Teacher (Y3/4) | Kelderby site
Example School Federation
School: 01632 960000
Park Row, Leeds LS1 4AP""",
    "holly": """Miss H. Nightingale
Kestrels Class Teacher (Mon–Wed), Hebble Ashes
Example School Federation | 01632 960 000""",
    "annette": """Mrs Annette Dobson
Kestrels Class Teacher (Thu–Fri), Hebble Ashes
Example School Federation""",
    "marcus": """Mr M. Lowther
Kingfishers (Y5/6), Hebble Ashes site
Example School Federation | 01632 960000 | LS1 4AP""",
    "ffion": """Ffion Griffiths
Wrens Class Teacher & EYFS Lead
Example School Federation, Park Row, Leeds LS1 4AP
01632 960000""",
    "owen": """Owen Pryce
Forest School Leader (Level 3)
Example School Federation
01632 960000
"Muddy boots, happy children\"""",
    "priya": """Priya Rahman
SENCo – Example School Federation
Working days: Mon, Tue, Thu
Tel: 01632 960000 | senco@example-school.org.uk""",
    "bernie": """Bernadette Walsh
School Business Manager
Example School Federation | Park Row | Leeds | LS1 4AP
01632 960000""",
    "karen": """Karen Hebden
Federation Office Manager
Example School Federation
Park Row, Leeds LS1 4AP
Tel 01632 960000
office@example-school.org.uk""",
    "linda": """Linda Crabtree
Attendance Officer
Example School Federation
01632 960000 (option 1 for absence)""",
    "dan": """Dan Fairburn
Site Manager / Minibus Driver
Example School Federation""",
    "jo": """Jo Metcalfe
Breakfast & After-School Club Lead
Example School Federation
Club bookings: clubs@example-school.org.uk""",
    "sheila": """Sheila Thwaite
Teaching Assistant, Kestrels
Hebble Ashes site, Example School Federation
01632 960000""",
    "alison": """Alison Kirkby
Clerk to the Governing Board
Example School Federation
clerk@example-school.org.uk""",
    "kwame": """Kwame Osei
PE & Sport Lead
Example School Federation
01632 960000""",
    "catriona": """Catriona Bell
Music Teacher (peripatetic)
Example School Federation""",
    "maureen": """Maureen Sugden
Cook in Charge
Example School Federation kitchens""",
    "ravi": """Mr R. Chauhan
Computing & Online Safety Lead | Skylarks (Y3/4), Scarthwaite
Example School Federation | 01632 960000""",
    "simon": """Simon Ackroyd
Swallows Class (Y5/6), Scarthwaite
Example School Federation
Park Row, Leeds LS1 4AP | 01632 960000""",
    "sarah": """Sarah Iveson
Reception Teacher, Lapwings – Scarthwaite
Example School Federation""",
    "eleanor": """Eleanor Pratt
Finance Officer
Example School Federation, Park Row, Leeds LS1 4AP
Tel: 01632 960000 (ext. 3)""",
    "sian": """Siân Roberts
Family Support Worker
Example School Federation
01632 960000 | Mon–Thu""",
    "wendy": """Wendy Garside
Oaks Class Teacher (Y3/4), Hebble Ashes
Example School Federation""",
    "denise": """Denise Holmes
HLTA – Kelderby site
Example School Federation""",
    "pete": """Pete Varley
After-School Club Assistant & Minibus Driver
Example School Federation
01632 960000""",
}

DISCLAIMER = """This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error please tell the sender and delete
it. Views expressed are not necessarily those of Example School Federation."""

# --------------------------------------------------------------------------- MIME parts


class Text:
    def __init__(self, text, subtype="plain", cte="7bit", charset=None, flowed=False):
        self.text, self.subtype, self.cte, self.charset, self.flowed = text, subtype, cte, charset, flowed


class Multi:
    def __init__(self, subtype, parts, params=""):
        self.subtype, self.parts, self.params = subtype, parts, params


class Attach:
    def __init__(self, ctype, filename, data, params="", inline=False):
        self.ctype, self.filename, self.data, self.params, self.inline = ctype, filename, data, params, inline


SOFT = "\x00"  # marker: force a quoted-printable soft line break here


def qp_encode(text):
    out = []
    for line in text.split("\n"):
        toks = []
        for byte in line.encode("utf-8"):
            if byte == 0:
                toks.append(None)
            elif byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                toks.append("=%02X" % byte)
            else:
                toks.append(chr(byte))
        real = [i for i, t in enumerate(toks) if t is not None]
        if real and toks[real[-1]] in (" ", "\t"):
            toks[real[-1]] = "=%02X" % ord(toks[real[-1]])
        cur = ""
        for t in toks:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


class Ctx:
    def __init__(self, seed, style):
        self.seed, self.style, self.n = seed, style, 0

    def boundary(self, kind):
        self.n += 1
        h = hashlib.sha1(f"{self.seed}|{self.n}".encode()).hexdigest()
        if self.style == "gm":
            return "0000000000" + h[:16]
        if self.style == "ap":
            u = h[:32].upper()
            return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
        pre = {"alternative": "000", "mixed": "004", "related": "003"}.get(kind, "005")
        return f"_{pre}_{h[:8].upper()}{h[8:20].upper()}EURPRD10PROD_"


def render(part, ctx):
    """Return the part as text: its headers, a blank line, its body."""
    if isinstance(part, Text):
        t = part.text
        if not t.endswith("\n"):
            t += "\n"
        clean = t.replace(SOFT, "")
        ascii_only = all(ord(c) < 128 for c in clean)
        cs = part.charset or ("us-ascii" if ascii_only and part.cte == "7bit" else "utf-8")
        if ctx.style == "gm" and cs == "utf-8":
            cs = "UTF-8"
        ct = f'text/{part.subtype}; charset="{cs}"'
        if part.flowed:
            ct += "; format=flowed"
        if part.cte == "7bit":
            assert ascii_only, "7bit part with non-ASCII text"
            body = clean
        elif part.cte == "8bit":
            body = clean
        elif part.cte == "quoted-printable":
            body = qp_encode(t.rstrip("\n")) + "\n"
        elif part.cte == "base64":
            body = b64_lines(clean.encode("utf-8")) + "\n"
        else:
            raise ValueError(part.cte)
        return f"Content-Type: {ct}\nContent-Transfer-Encoding: {part.cte}\n\n{body}"
    if isinstance(part, Attach):
        disp = "inline" if part.inline else "attachment"
        ct = f'{part.ctype}; name="{part.filename}"{part.params}'
        return (f"Content-Type: {ct}\nContent-Description: {part.filename}\n"
                f'Content-Disposition: {disp}; filename="{part.filename}"; size={len(part.data)}\n'
                f"Content-Transfer-Encoding: base64\n\n{b64_lines(part.data)}\n")
    if isinstance(part, Multi):
        b = ctx.boundary(part.subtype)
        out = [f'Content-Type: multipart/{part.subtype};\n\tboundary="{b}"{part.params}\n\n']
        for p in part.parts:
            out.append(f"--{b}\n")
            out.append(render(p, ctx))
            out.append("\n")
        out.append(f"--{b}--\n")
        return "".join(out)
    raise TypeError(part)


# --------------------------------------------------------------------------- HTML helpers

OL_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
.MsoChpDefault {font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def _group(text):
    items, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:].lstrip(" "))
                i += 1
            items.append(("quote", q))
        else:
            items.append(("line", lines[i]))
            i += 1
    return items


def text_to_html(text, style="ol"):
    items = _group(text.rstrip("\n"))
    if style == "gm":
        out = ['<div dir="ltr">']
        for kind, v in items:
            if kind == "line":
                out.append(f"<div>{html.escape(v, quote=False)}</div>" if v.strip() else "<div><br></div>")
            else:
                out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                out.append("<br>\n".join(html.escape(x, quote=False) for x in v))
                out.append("</blockquote></div>")
        out.append("</div>")
        return "\n".join(out) + "\n"
    out = [OL_HEAD]
    for kind, v in items:
        if kind == "line":
            body = html.escape(v, quote=False) if v.strip() else "&nbsp;"
            out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>\n')
        else:
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;'
                       'margin-left:4.8pt;margin-right:0cm">\n')
            for x in v:
                body = html.escape(x, quote=False) if x.strip() else "&nbsp;"
                out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>\n')
            out.append("</blockquote>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def alt(text, style="ol", cte="quoted-printable", html_text=None, html_cte=None):
    h = html_text if html_text is not None else text_to_html(text, style)
    return Multi("alternative", [Text(text, "plain", cte), Text(h, "html", html_cte or cte)])


def plain(text, cte="7bit", flowed=False):
    return Text(text, "plain", cte, flowed=flowed)


# --------------------------------------------------------------------------- attachment makers

def make_pdf(title, lines):
    """A small, valid one-page PDF with plain text lines (deterministic)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 790
    content = ["BT", "/F1 15 Tf", f"56 {y} Td", f"({esc(title)}) Tj", "/F1 11 Tf"]
    first = True
    for ln in lines:
        content.append(f"0 {-26 if first else -15} Td")
        first = False
        content.append(f"({esc(ln)}) Tj")
    content.append("ET")
    stream = ("\n".join(content) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Example School Federation office) "
        b"/CreationDate (D:20240101090000Z) >>",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        buf.write(f"{o:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def make_png(w=48, h=32):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 4:
                row += bytes((40, 90, 160))
            elif (x // 6 + y // 6) % 2 == 0 and y > 8:
                row += bytes((235, 235, 225))
            else:
                row += bytes((250, 250, 246))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


def isbn13(prefix):
    d = [int(c) for c in prefix if c.isdigit()]
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    return f"{prefix}-{(10 - s % 10) % 10}"


# --------------------------------------------------------------------------- header helpers

def enc_word_q(s):
    words, cur = [], ""
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            t = ch
        elif ch == " ":
            t = "_"
        else:
            t = "".join("=%02X" % b for b in ch.encode("utf-8"))
        if len(cur) + len(t) > 52:
            words.append(cur)
            cur = ""
        cur += t
    words.append(cur)
    return "\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)


def enc_word_b(s):
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 39:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def fmt_addr(p):
    name, addr = p
    if name is None:
        return addr
    return formataddr((name, addr), charset="utf-8")


def fmt_list(people):
    parts = [fmt_addr(p) for p in people]
    line = ", ".join(parts)
    if len(line) < 70:
        return line
    return ",\n ".join(parts)


def msg_id(slug, style):
    h = hashlib.sha1(("r18-personal|" + slug).encode()).hexdigest().upper()
    if style == "ol":
        return f"<DB9PR10MB{h[:4]}{h[4:28]}@DB9PR10MB{h[:4]}.EURPRD10.PROD.OUTLOOK.COM>"
    if style == "gm":
        b = base64.b64encode(bytes.fromhex(h[:30])).decode().replace("/", "_").replace("+", "-")
        return f"<CAH{b}{h[30:36].lower()}@mail.gmail.com>"
    if style == "ap":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{DOM}>"
    return f"<{h[:16].lower()}.{h[16:24].lower()}@{DOM}>"


def build(m):
    style = m.get("style", "ol")
    ctx = Ctx(m["slug"], style)
    hdr = []
    if m.get("prelude"):
        hdr.extend(m["prelude"])
    hdr.append(("From", fmt_addr(m["frm"])))
    hdr.append(("To", fmt_list(m["to"])))
    if m.get("cc"):
        hdr.append(("Cc", fmt_list(m["cc"])))
    if m.get("reply_to"):
        hdr.append(("Reply-To", fmt_addr(m["reply_to"])))
    subj = m["subject"]
    if not subj.isascii():
        subj = enc_word_b(subj) if m.get("subj_enc") == "B" else enc_word_q(subj)
    hdr.append(("Subject", subj))
    if style == "ol":
        topic = m["subject"]
        for pre in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        if topic.isascii():
            hdr.append(("Thread-Topic", topic))
        ti = base64.b64encode(hashlib.md5(m["slug"].encode()).digest() + b"\x01\xdb").decode()
        hdr.append(("Thread-Index", ti))
    hdr.append(("Date", format_datetime(m["date"])))
    hdr.append(("Message-ID", msg_id(m["slug"], style)))
    if m.get("in_reply_to"):
        irt = "<" + hashlib.sha1(m["in_reply_to"].encode()).hexdigest()[:24] + "@" + m["in_reply_to"].split("@")[-1] + ">"
        hdr.append(("In-Reply-To", irt))
        hdr.append(("References", irt))
    if style == "ol":
        hdr.append(("Accept-Language", "en-GB, en-US"))
        hdr.append(("Content-Language", "en-GB"))
        hdr.append(("X-MS-Has-Attach", "yes" if isinstance(m["body"], Multi) and m["body"].subtype == "mixed" else ""))
    for k, v in m.get("extra", []):
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" if v else f"{k}:\n" for k, v in hdr)
    return (head + render(m["body"], ctx)).encode("utf-8")


# =========================================================================== messages
M = []


def add(label, slug, note, frm, to, subject, date, body, **kw):
    d = dict(label=label, slug=slug, note=note, frm=frm, to=to, subject=subject, date=date, body=body)
    d.update(kw)
    M.append(d)


# ---------------------------------------------------------------- FLAGS (20)

add("flag", "ta_text_me_weekend", "TA gives own mobile to a parent: 'just text me on'", S["sheila"], [JANE],
    "Poppy and the harvest assembly", dt(2024, 10, 4, 16, 42), style="ol",
    body=plain("""Hi Jane,

Just a quick one before the weekend. Poppy was a bit teary at the end of the day about reading her line in the harvest service on Tuesday - she's decided everyone in church will laugh at her. She's absolutely fine with it in class, she just gets herself worked up about standing at the front.

We've practised it a few times at lunch and she's word perfect, so please don't make a big thing of it, but if you could have a little run through with her over the weekend that would help. It's only two lines ("We thank the farmers for the wheat and the barley, and the bees for the apples in our orchard") so not a lot to learn.

If she's really fretting about it over the weekend just text me on 07700 900318 and I'll have a chat with her on Monday morning before the bell. I honestly don't mind.

Have a lovely weekend,
Sheila

""" + SIG["sheila"].replace("–", "-")))

add("flag", "signature_personal_mobile", "teacher's signature carries her personal mobile (+44 (0) format, &nbsp; in HTML) in a reply to a carer",
    S["rosie"], [SAM], "RE: Alfie's spellings", dt(2024, 9, 18, 19, 15), style="ol", in_reply_to="x@outlook.com",
    body=alt("""Dear Sam,

Thank you for letting me know, and please don't worry – lots of the Owls find the 'ough' words a nightmare (I still do!). I've moved Alfie onto the Group 2 list for the next few weeks, which practises the same rule but with fewer of the tricky ones, and Mrs Holmes is going to do five minutes with him on Tuesday and Thursday mornings while the others are on early work.

The new list is in his yellow book. If you can do a couple of look-cover-write-check sessions at home that's plenty – he doesn't need to do all ten every night, and definitely not if it ends in tears.

I'll let you know how Friday's test goes.

Kind regards,

Rosie Dunn
Owls Class Teacher (Y3/4) | Kelderby site
Example School Federation
School: 01632 960000  |  Mobile: +44 (0)7700 900241
Park Row, Leeds LS1 4AP

From: Sam Carer <sam.carer@outlook.com>
Sent: 17 September 2024 19:58
To: Rosie Dunn <r.dunn@example-school.org.uk>
Subject: Alfie's spellings

Hi Miss Dunn, Alfie got really upset tonight doing his spellings, he says he can't do any of them and he's the only one who can't. Is there anything we can do at home? Thanks, Sam
""", html_text=OL_HEAD + """<p class="MsoNormal">Dear Sam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for letting me know, and please don&#8217;t worry &#8211; lots of the Owls find the &#8216;ough&#8217; words a nightmare (I still do!). I&#8217;ve moved Alfie onto the Group 2 list for the next few weeks, which practises the same rule but with fewer of the tricky ones, and Mrs Holmes is going to do five minutes with him on Tuesday and Thursday mornings while the others are on early work.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The new list is in his yellow book. If you can do a couple of look-cover-write-check sessions at home that&#8217;s plenty &#8211; he doesn&#8217;t need to do all ten every night, and definitely not if it ends in tears.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;ll let you know how Friday&#8217;s test goes.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#2F5233">Rosie Dunn</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Owls Class Teacher (Y3/4) | Kelderby site<br>Example School Federation<br>School:&nbsp;01632&nbsp;960000&nbsp;&nbsp;|&nbsp;&nbsp;Mobile:&nbsp;+44&nbsp;(0)7700&nbsp;900241<br>Park Row, Leeds LS1 4AP</span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Sam Carer &lt;sam.carer@outlook.com&gt;<br><b>Sent:</b> 17 September 2024 19:58<br><b>To:</b> Rosie Dunn &lt;r.dunn@example-school.org.uk&gt;<br><b>Subject:</b> Alfie's spellings<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Hi Miss Dunn, Alfie got really upset tonight doing his spellings, he says he can't do any of them and he's the only one who can't. Is there anything we can do at home? Thanks, Sam<o:p></o:p></p>
</div>
</body>
</html>
"""))

add("flag", "html_only_mobile_nbsp", "HTML-only mail: teacher's own mobile split by &nbsp; for a cross-country fixture",
    S["marcus"], [ALI], "Cross-country at Dale Head – Saturday 19th", dt(2024, 10, 16, 15, 55), style="ol",
    body=Text(OL_HEAD + """<p class="MsoNormal">Hi Ali,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Great news &#8211; Isaac has made the federation team for the Dales small schools&#8217; cross-country on Saturday (19 October) at Dale Head Academy. He ran brilliantly in the trial today and didn&#8217;t walk once on the hill, which is more than I can say for some of the staff.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Unfortunately the minibus is already full with the Y3/4 runners, so we&#8217;re asking Y5/6 families to bring their own children. Registration is 9.15 in the sports hall; the Y6 boys&#8217; race is at about 10.40. No spikes allowed &#8211; trainers or football boots are fine, and it will be muddy.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dale Head is a big site and the signs aren&#8217;t great. If you get lost or you&#8217;re running late, just ring me on my mobile: <b>07700&nbsp;900&nbsp;562</b>. I&#8217;ll be by the finish funnel all morning.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<o:p></o:p></p>
<p class="MsoNormal">Marcus<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Mr M. Lowther<br>Kingfishers (Y5/6), Hebble Ashes site<br>Example School Federation | 01632 960000 | LS1 4AP</span><o:p></o:p></p>
</div>
</body>
</html>
""", "html", "quoted-printable"))

add("flag", "reply_to_personal_gmail", "Reply-To header set to the teacher's personal gmail; body tells parent replies go to 'my own email'",
    S["holly"], [JANE], "Poppy – phonics and the reading café", dt(2025, 2, 7, 16, 20), style="ol",
    reply_to=("Holly Nightingale", "holly.nightingale93@gmail.com"),
    body=alt("""Hi Jane,

Just a quick update before I'm away. Poppy's phonics check practice has gone really well this half term – she got 34 out of 40 on Tuesday, up from 27 in December, and she's much more confident with the alien words now. Keep doing the flashcards at breakfast, it's clearly working.

We're running a reading café for Kestrels families on Wednesday 26 February at 2.30, in the hall at Hebble Ashes. It's very informal: come and share books with your child, and we'll show you the games we use for phonics so you can play them at home. Mrs Dobson will be running it as I'm on a course that day.

I'm off on the NPQ residential next week and then have two days of cover, so my school inbox won't be checked much. I've set this email up so that your reply comes through to my own email, which I'm on every day – so just hit reply if anything comes up.

Best wishes,
Holly

""" + SIG["holly"], cte="quoted-printable"))

add("flag", "cc_personal_hotmail", "forest school leader copies his personal hotmail into a mail to a carer and asks for replies there",
    S["owen"], [SAM], "Alfie at forest school", dt(2025, 3, 23, 18, 5), style="ol",
    cc=[("Owen Pryce", "owen.pryce.outdoors@hotmail.co.uk")],
    body=plain("""Hi Sam,

Just to say Alfie had a great session with us on Thursday - he and Harry built a shelter that actually stayed up in the wind (a first for the Owls!), and he was brilliant with the younger ones when we did the fire safety circle.

He did come back with soaking socks though, as his wellies have split at the left heel. No rush, but if you can get him another pair before next week that'd be good. We've got a box of spares if that's a problem - just let me know his size.

I'm away on my training Monday to Wednesday next week and can't get into the school system from the course, so I've copied in my personal email. If you need me before Thursday, reply to that one.

Cheers,
Owen

""" + SIG["owen"]))

add("flag", "home_address_postcode", "teacher (a neighbour) gives her home address with postcode to a parent to drop off a costume",
    S["ffion"], [JANE], "Nativity costume", dt(2024, 12, 2, 20, 11), style="ap",
    body=plain("""Hi Jane,

Thanks so much for offering to sort Poppy's shepherd costume - and for the spare tea towels, we're always short!

As we're practically neighbours, don't worry about sending it into school in her bag (they always come back looking like they've been through a hedge). Just drop it round to mine whenever suits: 4 Beck Side Cottages, Hebble Ashes, HG3 5ZW - the one with the blue door by the ford. I'm in most evenings after five, or leave it in the porch if the car's not there.

Dress rehearsal is Tuesday 10th in the village hall, so as long as I have it by the Monday we're fine.

Thanks again,
Ffion

Ffion Griffiths
Wrens Class Teacher & EYFS Lead
Example School Federation
"""))

add("flag", "home_address_no_postcode", "head of school tells a parent to collect boots from his house (address without postcode)",
    S["tom"], [ALI], "Isaac's football boots", dt(2024, 10, 17, 7, 58), style="ol",
    body=plain("""Ali,

Isaac's football boots ended up in the kit bag I took home after the match at Scarthwaite last night - sorry, I didn't notice until I emptied it this morning.

I'm not in school tomorrow (cluster heads' day at Dale Head) and I know he's got training on Saturday, so rather than wait till Monday, feel free to come and grab them. I'm at Holly Barn on Church Lane, the barn conversion opposite the lych gate. They'll be in a Co-op bag in the porch.

Well played to him by the way - two goals and a proper captain's performance in the second half.

Tom
"""))

VCARD_CATRIONA = crlf("""BEGIN:VCARD
VERSION:3.0
N:Bell;Catriona;;;
FN:Catriona Bell
TITLE:Violin & viola teacher
TEL;TYPE=CELL,VOICE:07700 900473
EMAIL;TYPE=HOME,INTERNET:catriona.bell.violin@gmail.com
NOTE:Lessons Tuesdays at Hebble Ashes. Text to swap a lesson.
REV:20240910T081500Z
END:VCARD""")

add("flag", "vcard_personal_mobile", "music teacher attaches a vCard with her personal mobile and gmail for a parent to save",
    S["catriona"], [JANE], "Poppy's violin lessons", dt(2024, 9, 10, 8, 21), style="ol",
    body=Multi("mixed", [plain("""Dear Jane,

Lovely to meet you at the music open morning. I'm very happy to take Poppy on for violin lessons – there's a space on Tuesdays at Hebble Ashes from 17 September, 10.20–10.40, which I'll share with one other Y2 pupil to begin with. The Music Hub will invoice you for the term directly.

Her quarter-size violin can come from the Hub's loan scheme; I'll bring it on the first week with the loan agreement for you to sign. Please don't worry about buying anything yet except a cheap music stand.

I'm only in school on Tuesdays, so emails to this address can sit for a while. I've attached my contact card – pop it in your phone and you can message me directly if she's ever off or you need to swap a lesson.

Best wishes,
Catriona Bell
Music Teacher
""", cte="8bit"), Attach("text/vcard", "Catriona Bell.vcf", VCARD_CATRIONA)]))

ICS_BBQ = crlf(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250712T150000Z
DTEND:20250712T190000Z
DTSTAMP:20250630T194000Z
ORGANIZER;CN=Gemma Sutcliffe:mailto:g.sutcliffe@example-school.org.uk
UID:r18-leavers-bbq-2025@example-school.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Ali
  Guardian:mailto:ali.guardian@btinternet.com
SUMMARY:Y6 leavers' barbecue
LOCATION:Ghyll House\, Scar Lane\, Scarthwaite HG4 3ZT
DESCRIPTION:Come up past the chapel and take the second left after the catt
 le grid. Park in the yard and walk up past the hen house to the top paddock
 . If you get lost ring the house on 0113 496 0881.
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

add("flag", "ics_home_address", "[unsure] head of school invites Y6 families to a leavers' BBQ at her home: address and home landline in the .ics",
    S["gemma"], [ALI], "Y6 leavers' barbecue – Saturday 12 July", dt(2025, 6, 30, 20, 40), style="gm",
    cc=[S["tom"]],
    body=Multi("mixed", [alt("""Dear Ali,

After the year they've had, Mike and I would love to host all the federation's Y6 children and their families for an end-of-year barbecue at our place on Saturday 12 July, from 4pm. Tom and some of the other staff will be there too. Bring a chair and a pudding to share if you can; we'll do the burgers.

The invitation is attached with directions – we're up past the chapel and the sat nav gets a bit confused, so do read them. The top paddock is flat enough for rounders, and the children are welcome to see the hens and the goats.

Please let me know numbers by Monday 7 July so we get enough sausages!

Gemma
""", style="gm"),
        Attach("application/ics", "invite.ics", ICS_BBQ)]))

add("flag", "base64_0044_mobile", "site manager gives his own mobile in 0044 format; base64-encoded body",
    S["dan"], [SAM], "Minibus back late Wednesday", dt(2025, 1, 20, 7, 12), style="ap",
    extra=[("X-Mailer", "iPhone Mail (22B91)")],
    body=plain("""Hi Sam,

The minibus back from swimming will be late on Wednesday – the pool's got a gala setting up so our session has been pushed to 11.00–11.45, and we'll be back at Kelderby about 12.30 instead of 11.45. Alfie will have his lunch when we get back so no need to change his order.

Also Mrs Holmes says his goggles are still under a seat on the minibus, I'll leave them with Karen in the office.

If you need me on the day, ring me direct on 0044 7700 900836, the office phone is always engaged first thing.

Thanks
Dan
""", cte="base64"))

add("flag", "qp_soft_break_in_number", "sports lead's own mobile for Saturday football; quoted-printable soft line break inside the number",
    S["kwame"], [SAM, ALI], "Saturday football at Kelderby", dt(2024, 9, 12, 12, 34), style="ol",
    body=plain("""Dear parents,

Thank you for signing your children up for Saturday football. We start this Saturday, 14 September, on the Kelderby field: 9.30–10.30 for Y3/4 and 10.30–11.30 for Y5/6. It's £2 a session towards the referee and the line-marking paint, cash on the day please, or you can pay for the whole term (£20) on ParentPay.

Shin pads are a must. Boots if they have them, trainers are fine if not. Please send a drink and a coat, it gets very windy on that field!

If you're running late on Saturday, or want to check whether the pitch is playable after all this rain, my mobile is 07700 9""" + SOFT + """00417 – text rather than ring, as I'll be refereeing the first game.

Thanks,
Kwame Osei
PE & Sport Lead
Example School Federation
01632 960000
""", cte="quoted-printable"))

add("flag", "number_across_line_wrap", "club lead's own mobile split across a hard line wrap, offered in preference to the club phone",
    S["clubs"], [SAM], "After-school club on Wednesdays", dt(2025, 1, 13, 17, 50), style="x",
    body=plain("""Hi Sam,

Just to confirm Alfie's now booked into after-school club every Wednesday
this term, starting this week. We finish at 5.45 but you're welcome to
collect any time from 4.30 - he'll have had his tea (it's jacket potatoes
on Wednesdays, which he seemed very pleased about).

I know you said the Moor road can be a nightmare when the tractors are out
and you might be cutting it fine some weeks. Please don't worry and don't
rush - if you're going to be late just let me know. My own mobile is 07700
900684, it's quicker than the club phone as I always have it on me.

See you Wednesday,
Jo

""" + SIG["jo"]))

add("flag", "cook_own_phone_brackets_dots", "cook gives a parent her own phone written as (07700) 900.735; menu PDF attached",
    S["kitchen"], [JANE], "Poppy's school dinners – gluten free menu", dt(2025, 1, 14, 10, 2), style="ol",
    body=Multi("mixed", [alt("""Dear Mrs Parent,

Thank you for the letter from the dietitian. I've set Poppy up on our gluten free menu from Monday, so she can have hot dinners with her friends instead of a packed lunch if you'd like. I make the GF version of everything on the same day, it just comes out of a separate oven, and the pudding on Fridays is a GF sponge that the whole school gets so nobody notices.

I've attached the GF menu for the next three weeks. Please tick the days you want and send it back in her book bag.

If you've any questions about ingredients, give me a ring on (07700) 900.735 – that's my own phone. I'm in the kitchen from 7.30 and can't get to the computer much, and messages left with the office don't always reach me!

Maureen Sugden
Cook in Charge
Example School Federation kitchens
""", cte="quoted-printable"),
        Attach("application/pdf", "GF menu weeks 1-3 spring.pdf", make_pdf("Gluten free menu - spring term weeks 1-3", [
            "Mon: GF pasta bake, garden peas / yoghurt",
            "Tue: Roast chicken, GF gravy, mash, carrots / fruit",
            "Wed: Jacket potato with cheese or beans / GF flapjack",
            "Thu: Shepherd's pie, broccoli / rice pudding",
            "Fri: Fish (GF batter), chips, peas / GF sponge and custard",
            "Please tick the days wanted and return in book bag."]))]))

add("flag", "whatsapp_group_own_number", "job-share teacher sets up a class WhatsApp group run from her own mobile and asks the class rep to pass the number on",
    S["annette"], [JANE], "Kestrels class rep – WhatsApp group", dt(2024, 9, 16, 19, 3), style="gm",
    body=alt("""Hi Jane,

Thank you so much for volunteering to be Kestrels' class rep this year – it makes such a difference, especially with Holly and me job-sharing.

I've had an idea to make things easier. I've set up a WhatsApp group for Kestrels parents so I can send quick reminders (forest school kit, PE days, "please send a jar for the harvest display" etc.) without everyone having to dig through emails. Could you pass this on to the other families when you do your welcome message? They just need to message me on 07700 900529 and I'll add them. You're already in!

I'll still put all the proper letters on email, of course.

Thanks again,
Annette
""", style="gm"))

add("flag", "instagram_follow_back", "forest school apprentice invites parents to follow his personal Instagram (photos taken on his own phone)",
    S["jack"], [SAM, ALI], "Fire-lighting week photos", dt(2025, 3, 14, 16, 12), style="gm",
    body=alt("""Hi both,

Just a quick one – Mr Pryce said you'd both asked about photos from fire-lighting week. The school ones will go on Google Classroom once the office have checked them, but I took some on my phone of the fire pit and the Kelly kettles (no faces, promise) and I've put them on my Instagram, @jackholroyd_wildwood. It's my own account so give it a follow and I'll follow you back – I post loads of bushcraft stuff the kids might like.

Alfie and Isaac were both brilliant with the flint and steel by the way. Isaac got his going first time.

Jack
Forest School Assistant (Apprentice)
Example School Federation
""", style="gm"))

add("flag", "pupils_told_use_home_yahoo", "teacher tells Y5/6 pupils to send holiday work to his personal yahoo address",
    S["simon"], [PUPILS["tariq"], PUPILS["ruby"], PUPILS["amelia"]], "River study over Easter", dt(2025, 4, 4, 15, 30), style="ol",
    body=plain("""Hi Swallows,

Have a brilliant Easter! A reminder that your river study write-ups (Scar Beck - the flow rate results, your sketch map and the invertebrate survey) are due on the first day back, Tuesday 22 April.

If you finish early and want me to have a look at it over the holidays, don't send it to my school email as I won't be checking it. Send it to my home one instead: s.ackroyd.1987@yahoo.co.uk and I'll get back to you.

Tariq, I've still got your photos of the caddisfly larvae, so I'll add them to your folder.

Mr Ackroyd
"""))

add("flag", "facebook_friend_request", "midday supervisor sends a parent a Facebook friend request and moves contact to Messenger",
    S["lorraine"], [JANE], "Bake sale – thank you!", dt(2024, 11, 18, 13, 25), style="ol",
    body=plain("""Hi Jane,

Just wanted to say a massive thank you for the lemon drizzles for Children in Need on Friday, they went in about ten minutes flat! We made £186.40 at Hebble Ashes altogether, which is amazing for a school our size.

I'm going to try and organise a little rota of bakers for the Christmas fair, as the same three people always end up doing everything. I've sent you a friend request on Facebook (Lorraine Bairstow – the profile picture is me and Bramble on Scar Top), so if you accept it we can sort it all out on Messenger, which is much easier than email for me.

Thanks again lovely,
Lorraine

Lorraine Bairstow
Midday Supervisor / TA, Hebble Ashes
""", cte="8bit"))

add("flag", "signature_friday_yahoo", "business manager's signature gives her personal yahoo and mobile 'for Fridays'; RFC 2047 subject",
    S["bernie"], [ALI], "Brackenfell residential – £60 balance outstanding", dt(2025, 5, 7, 11, 48), style="ol",
    body=plain("""Dear Ali,

Just a gentle reminder that there is a balance of £60.00 outstanding for Isaac's place on the Y6 residential to Brackenfell (2–4 June). The full cost is £185.00, and we have received the £50 deposit and two instalments of £37.50.

The final balance is due by Friday 16 May, as we have to pay the centre in full the following week. You can pay on ParentPay as usual. If the timing is difficult with it being such a busy time on the farm, please do let me know – we can spread it, and there is help available from the Friends of the Federation fund that nobody else needs to know about.

I'm only in school Monday to Thursday, so if you'd like to talk about it on a Friday please use my details below.

Kind regards,

Bernadette Walsh
School Business Manager
Example School Federation | Park Row | Leeds | LS1 4AP
01632 960000

Fridays (not in school): bernie.walsh61@yahoo.co.uk / 07700 900118
""", cte="8bit"))

add("flag", "discord_server_pupils", "computing lead invites Y5/6 pupils to his Discord server and to add him as a friend over half term",
    S["ravi"], [PUPILS["tariq"], PUPILS["freddie"], PUPILS["oscar"]], "Minecraft club over half term!", dt(2024, 10, 25, 15, 50), style="gm",
    body=alt("""Hi Minecraft club,

Brilliant work on the castle this half term – the drawbridge actually works now, which is more than I managed!

A few of you asked if we can keep building over half term. I've set up a Discord server for us so we can chat and plan the next build: join with this link https://discord.gg/kb7Hq2xR and then add me as a friend, I'm mr_chauhan_builds. Please don't share the link with anyone who isn't in club.

See you on there!
Mr C
""", style="gm"))

add("flag", "farm_house_phone_and_email", "reception teacher gives a carer her home (farm) landline and family btinternet address for the summer",
    S["sarah"], [SAM], "Daisy's home visit – September", dt(2025, 7, 10, 16, 5), style="ol",
    body=plain("""Dear Sam,

I'm so pleased Alfie's little sister Daisy will be joining us in Reception in September. As you know, Kelderby's Reception class was full this year, so her place is in Lapwings at Scarthwaite - we've got a lovely little group of eleven starting, and the minibus runs between the sites after school so she can go to club with Alfie.

We do home visits for all our new starters in the first week of September, so Daisy can meet me somewhere she feels safe. I've put you down for Wednesday 3 September at 10am. Mrs Nuttall, our TA, will come with me. It takes about half an hour; we bring a book and some play dough, and there's a short form to go through together.

I know it's a lot to take in, and second time round at a different site. I won't be checking my school email over the summer, so if you have any questions, please ring us at the farm on 0113 496 0561 - it's our house phone, so evenings are best - or email me on our farm account, ivesons.lowgill@btinternet.com.

Looking forward to meeting Daisy properly,

Sarah Iveson
Reception Teacher, Lapwings - Scarthwaite
Example School Federation
"""))

# ---------------------------------------------------------------- HARD NEGATIVES (30)

add("clean", "readback_parent_details", "hard negative: office reads back the parent's own mobile, email and address (plus grandparent/neighbour contacts)",
    S["office"], [JANE], "Poppy – updated contact details", dt(2024, 9, 19, 9, 47), style="ol",
    body=plain("""Dear Jane,

Thanks for popping into the office on Tuesday with your new details. I've updated Poppy's record on our system, and it now reads:

Contact 1: Jane Parent (Mother) – mobile 07700 900123, email jane.parent@gmail.com
Home address: 2 Mill Row, Hebble Ashes, HG3 5ZR
Contact 2: Mrs Eileen Parent (Grandmother) – 0113 496 0194
Contact 3: Mr Graham Lund (neighbour, collection only) – 07700 900902

Please could you check these carefully and reply to let me know they're right – we'd much rather find a typo now than when we need to ring someone in a hurry! Contact 3 can collect Poppy but won't be phoned about illness unless we can't reach you or Mrs Parent.

The first time Mr Lund collects, we'll ask him to show some ID at the gate, just until the staff know him.

Many thanks,

""" + SIG["karen"], cte="8bit"))

add("clean", "lambing_letter_trip_phone", "hard negative: lambing visit letter; farm address/phone (third party) and the school's trip mobile stated as such; PDF",
    S["gemma"], [JANE, SAM, ALI], "Lambing visits to Crake Hall Farm 🐑", dt(2025, 2, 28, 14, 40), style="ol", subj_enc="B",
    body=Multi("mixed", [alt("""Dear Parents and Carers,

Every spring Mr and Mrs Wray very kindly invite the whole federation up to Crake Hall Farm to see the lambing, and this year's visits are now booked. Each class goes on its own morning:

Wrens and Lapwings – Monday 17 March
Kestrels and Owls – Tuesday 18 March
Oaks and Skylarks – Wednesday 19 March
Curlews, Kingfishers and Swallows – Thursday 20 March

The farm is Crake Hall Farm, Scarthwaite Lane, Scarthwaite HG4 3ZQ (for anyone coming as a helper – it's the second farm track after the cattle grid, not the first). If you're helping and can't find it, Mrs Wray is on 0113 496 0372. Children will travel on the minibus and the Dalesway coach, leaving at 9.15 and back in time for lunch.

Please read the attached letter carefully, especially the health section. The vet's advice is that anyone who is pregnant, or might be, should not go near the lambing shed, and that includes parent helpers. Children will wash their hands with soap and water (not just gel) before eating and before getting back on the coach.

Children need wellies, a waterproof, and clothes you don't mind getting dirty. No food in the sheds.

On the day, if you need to reach the group, please ring the school office on 01632 960000 – they can get hold of us straight away. For helpers only: the school's trip mobile, 07700 900614, will be with the group leader each morning, but please only use it on the day itself.

If you have any questions about the visits, do get in touch.

Kind regards,

""" + SIG["gemma"]),
        Attach("application/pdf", "Lambing visit letter and consent 2025.pdf", make_pdf("Lambing visits - Crake Hall Farm, March 2025", [
            "Dear Parents and Carers,",
            "Your child's class will visit Crake Hall Farm to see lambing (dates in the covering e-mail).",
            "Health: anyone who is or may be pregnant must not attend or handle lambs.",
            "All children wash hands with soap and water before eating and on leaving.",
            "Travel: school minibus and Dalesway Coaches. Cost: free.",
            "Consent: please sign and return by Friday 7 March.",
            "Child's name: ____________________   Signed: ____________________"]))]))

add("clean", "refuses_personal_number", "hard negative: HLTA declines a carer's request for her mobile, points to office and school email",
    S["denise"], [SAM], "Re: Wednesday mornings", dt(2025, 2, 5, 7, 40), style="ap", in_reply_to="y@outlook.com",
    body=alt("""Hi Sam,

I completely understand why you'd like a quicker way to reach me on Wednesday mornings, especially with Alfie's swimming kit saga! I'm afraid I can't give out my personal mobile though – none of the staff can, it's a federation rule and honestly it's a good one, it protects everybody.

The best ways to get a message to me are:
- ring the office on 01632 960000 before 8.45 and Karen will pop it straight down to the classroom
- email me here – I check it before school and again at lunch

I'll make sure his goggles are in the lost property box by the door today so you can grab them at pick-up.

Thanks,
Denise

On 4 Feb 2025, at 19:52, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mrs Holmes, sorry to be a pain again about the swimming bag. Is there a
> number I can text you on on Wednesday mornings? By the time I get through
> to the office the minibus has usually gone. Thanks, Sam
""", style="gm"))

add("clean", "esafety_age_limits", "hard negative: Safer Internet Day letter naming WhatsApp, Snapchat, TikTok, Discord etc. with no invitation; says staff never friend parents",
    S["helen"], [JANE, SAM, ALI], "Safer Internet Day – apps and age limits", dt(2025, 2, 11, 15, 10), style="ol",
    body=alt("""Dear Parents and Carers,

It's Safer Internet Day today, and Mr Chauhan has been teaching lessons across all three sites about being kind and staying safe online. A few things came up in those lessons that I wanted to share with you.

Age limits
Several children told us they use apps that aren't meant for primary-aged children. For reference:
• WhatsApp – 13+ in the UK
• Snapchat, Instagram, TikTok, Facebook and Discord – 13+
• YouTube – 13+ for their own account (YouTube Kids is designed for younger children)
• Roblox – any age, but the chat features vary a lot, and parental controls are well worth setting up

We're not here to judge – lots of families use WhatsApp for keeping in touch with grandparents – but please do know who your child is talking to, and check the privacy settings together.

Group chats
Some of the upsets we deal with in school now start in group chats in the evening. If something is worrying your child, please screenshot it and let us know; don't reply to it.

Staff and social media
Your child may ask whether their teacher is on TikTok or Snapchat! Just so you know, staff in our federation never follow, friend or message pupils or parents on personal social media, and we won't accept requests. That isn't us being unfriendly; it's one of the ways we keep everyone safe. The school's own channels are this email, the website and Google Classroom.

If you'd like help setting up parental controls, Mr Chauhan is running a drop-in after school at Kelderby on Thursday 13 February, 3.15–4.00. You don't need to book.

With best wishes,

""" + SIG["helen"]))

add("clean", "staff_xmas_do_home_details", "hard negative: staff-only Christmas social; organiser gives her home address, mobile and home landline to colleagues",
    ("Karen Hebden", f"k.hebden@{DOM}"), [S["allstaff"]], "Christmas do – Friday 13th!", dt(2024, 11, 25, 12, 58), style="ol",
    body=plain("""Hi everyone,

Numbers for the Fleece are now 24 (plus Dave and the other long-suffering partners). The table's booked for 7.30 and I need your menu choices back by this Friday please, the Fleece are very strict about it:

Starter: leek and potato soup / chicken liver pâté / prawn cocktail
Main: turkey with all the trimmings / beef and ale pie / mushroom and chestnut Wellington
Pudding: Christmas pudding / sticky toffee / cheeseboard

Pre-drinks at ours from 6.30 for anyone who wants to – 9 Moorside, Kelderby, HG3 5ZL (the end house with the holly bush, very festive). It's a five-minute stagger to the pub from there.

Lifts: Dave has kindly offered to do two runs back to Hebble Ashes and Scarthwaite at about 11.30 in the people carrier. Let me know if you want a seat.

If you're running late or get lost on the night, my mobile's 07700 900266 – and if you can't get through, ring the house on 0113 496 0419 and one of the kids will answer (eventually).

Secret Santa: £5 limit, wrapped presents to the office by Wednesday 11th. Names went out last Monday – if you didn't get one, shout!

Karen x
""", cte="8bit"))

add("clean", "hr_change_of_address", "hard negative: teacher sends his new home address and mobile to the business manager (staff-only HR)",
    S["marcus"], [S["bernie"]], "Change of address and phone number", dt(2025, 1, 6, 16, 32), style="ol",
    body=alt("""Hi Bernie,

Finally moved at New Year, so here are my new details for the HR file and payroll:

Flat 2, 17 Station Road
Hebble Bridge
HG3 6ZA

New mobile: 07700 900645 (the old number's gone – it went in the beck at Scarthwaite in October, long story).

Emergency contact stays the same (Laura), but she's at the new address now too. Her number hasn't changed.

Do I need to fill in a form for payroll or can you just pass it on? And does this change my mileage for the cluster meetings now I'm a bit further out?

Thanks,
Marcus
"""))

add("clean", "bank_transfer_details", "hard negative: finance gives the school's sort code, account number and payment reference to a carer",
    S["finance"], [SAM], "Paying for breakfast club by bank transfer", dt(2025, 4, 29, 10, 15), style="ol",
    body=alt("""Dear Sam,

Thank you for your call this morning. As ParentPay isn't working for you at the moment, you're very welcome to pay for Alfie's breakfast club by bank transfer instead. Our details are:

Account name: Example School Federation – Clubs
Sort code: 40-11-62
Account number: 71829304
Reference: ALFIE C BKFST (please use this every time, so we can match it up)

The balance for this half term is £67.50 (15 sessions at £4.50, 22 April to 16 May). There's no rush to pay it all at once; if it's easier to pay weekly, that's absolutely fine.

If you'd prefer to pay in cash, the office can take it – just put it in an envelope with Alfie's name and "breakfast club" on the front.

Kind regards,

""" + SIG["eleanor"]))

add("clean", "teams_meeting_id", "hard negative: online parents' evening slot with Teams meeting ID and passcode",
    S["tom"], [ALI], "Parents' evening – Teams instead", dt(2024, 10, 1, 12, 31), style="ol",
    body=alt("""Hi Ali,

No problem at all – I know what it's like with the maize still to come in. Let's do Isaac's parents' evening slot on Teams instead: Tuesday 15 October at 6.40pm, after the in-person appointments finish. The link is in the calendar invite I've just sent, but if it gives you any trouble you can join from the Teams app with:

Meeting ID: 384 992 107 553
Passcode: Rm7wQ2

It'll be ten minutes like everyone else's. I'll share my screen so you can see his books – he's been working really hard on fractions, and there's a piece of writing about the ploughing match I'd like you to see.

Thanks,
Tom

""" + SIG["tom"]))

BOOKS = [
    ("The Hedgehog Who Lost His Prickles", "Mary Thornton", isbn13("978-1-915037-21")),
    ("Big Blue Tractor's Busy Harvest", "Peter Aldous", isbn13("978-0-9954813-6")),
    ("Night-time on Cold Fell", "Ruth Egglestone", isbn13("978-1-78344-208")),
    ("Scarecrow Sam and the Crows", "Joe Lambert", isbn13("978-1-84780-912")),
    ("A Year on Our Farm", "Hannah Dent", isbn13("978-0-694015-73")),
]

add("clean", "summer_reading_isbns", "hard negative: summer reading list with ISBNs and library dates",
    S["holly"], [JANE], "Summer reading ideas for Kestrels", dt(2025, 7, 18, 13, 10), style="ol", cc=[S["annette"]],
    body=alt("""Dear Kestrels families,

As promised at the end-of-year picnic, here are a few of the books the children have loved this year, in case you're looking for ideas for the summer. Hebble Bridge library has them all, and the Summer Reading Challenge starts there on Saturday 12 July – there are stickers and a medal!

""" + "\n".join(f"{t} – {a} (ISBN {i})" for t, a, i in BOOKS) + """

The last one is non-fiction and has a fold-out page about lambing, which went down very well after our visit to Crake Hall.

Please don't feel you have to buy anything. Reading the same favourite ten times is still reading, and so are comics, recipes and the back of the cereal box.

Have a wonderful summer, and thank you for all your support this year.

Holly and Annette

""" + SIG["holly"]))

add("clean", "audiology_clinic_details", "hard negative: family support worker passes on a clinic's address, booking line and appointment ref",
    S["sian"], [JANE], "Poppy's hearing appointment", dt(2024, 11, 13, 11, 5), style="ol",
    body=plain("""Dear Jane,

As we discussed on the phone, the school nurse has made the referral for Poppy's hearing test, and the appointment letter came to school this morning, so I'm passing on the details:

Paediatric Audiology Clinic
Hebble Bridge Health Centre, 14 Market Street, Hebble Bridge HG3 6ZD
Wednesday 27 November, 10.20am
Appointment reference: AUD/2231/0457

If the time doesn't suit, you'll need to ring the clinic direct on 0113 496 0730 (the booking line is open 9–12 on weekdays) and quote the reference. I'm afraid school can't change it for you.

It's fine for Poppy to come into school before or after – just sign her out and in at the office. In the meantime Miss Nightingale has moved her to the front table and is checking in with her after instructions.

Any worries, ring me on the school number, 01632 960000 – I'm in Monday to Thursday.

Siân

""" + SIG["sian"], cte="8bit"))

add("clean", "residential_centre_contacts", "hard negative: residential letter with centre's address and duty line (third party), school office number; kit list PDF",
    S["marcus"], [ALI, ("Helen Brennan", "hbrennan82@hotmail.co.uk"), ("Dawson Family", "dawsonfamily@virginmedia.com")],
    "Brackenfell residential – final details (2–4 June)", dt(2025, 5, 16, 15, 22), style="ol",
    body=Multi("mixed", [alt("""Dear Year 6 parents and carers,

Only two weeks to go! Here is everything you need for the Brackenfell residential. The kit list is attached – please use it, especially the bit about labelling.

Departure: Monday 2 June. Children from all three sites meet at Kelderby at 8.30am. The coach (Dalesway Coaches, who many of you know from swimming) leaves at 9.00 sharp.
Return: Wednesday 4 June, back at Kelderby at about 3.30pm. The office will send a text through the school messaging system when we're half an hour away.

Post: children love getting a letter on day two. Address it to:
[Your child's name], Example School Federation group
Brackenfell Outdoor Centre, Upper Dale Road, Brackenfell S33 9ZX

Contact during the week: during the school day please ring the school office on 01632 960000 – they can reach us immediately. Out of hours, the centre's duty line is 0114 496 0732, and they will fetch one of us.

Medicines: hand them to me at drop-off in the original packaging with the medicine form, not packed in suitcases.
Spending money: optional, maximum £10, in a named purse. There is a small shop.
Phones and devices: please don't send them. Homesickness is much worse with a phone, and we'll post photos on Google Classroom each evening.

Staff going: me, Mr Pickering, Mr Ackroyd, Mrs Holmes and Mr Osei.

If you have any last-minute worries, especially about sleep or food, please email me or catch me at the gate.

Marcus Lowther
""" + "\n".join(SIG["marcus"].split("\n")[1:])),
        Attach("application/pdf", "Brackenfell kit list 2025.pdf", make_pdf("Brackenfell residential - kit list", [
            "Sleeping bag and pillowcase (bedding NOT provided)",
            "2 pairs of old trousers (no jeans - they don't dry), 3 T-shirts, warm jumper/fleece",
            "Waterproof coat AND waterproof trousers",
            "Old trainers for the gorge walk (they will get soaked) plus wellies or walking boots",
            "Pyjamas, wash bag, towel x2, torch, named water bottle",
            "Everything labelled, please!"]))]))

add("clean", "secondary_transition_contacts", "hard negative: secondary school's Head of Y7 phone/email and academy address given to a parent",
    S["tom"], [ALI], "Dale Head transition days", dt(2025, 6, 10, 16, 48), style="ol",
    body=plain("""Hi Ali,

Dale Head have confirmed Isaac's transition days: Thursday 3 and Friday 4 July. He'll go over with the other eight from the federation who are going to Dale Head, on the academy bus from the Kelderby stop at 8.05.

Their Head of Year 7, Mrs Sade Okafor, is keen to talk to families of children coming from small schools, as the jump to 1,100 pupils can be a bit of a shock. You can reach her on 0114 496 0233 or at y7transition@daleheadacademy.example.org. Their new parents' evening is on Wednesday 9 July at 6pm at the academy (Moor Road, Hebble Bridge HG3 6ZF).

I've already sent over his records and had a good conversation with Mrs Okafor about him - she's put him in a form with two of the Scarthwaite lads, which I think he'll be happy about.

Tom
"""))

add("clean", "dsl_agency_helplines", "hard negative: DSL gives a kinship carer the Early Help, carers' network and out-of-hours numbers; base64 body",
    S["dsl"], [SAM], "Following our meeting today", dt(2024, 11, 28, 17, 5), style="ol",
    body=plain("""Dear Sam,

Thank you for coming in this afternoon. I know it wasn't an easy conversation, and I want to say again how much we can see you are doing for Alfie.

As promised, here are the details we talked about:

Hebble Valley Early Help Team – 0113 496 0555 (Monday to Friday, 9am–5pm). I've made the referral with your consent, so they should ring you within ten working days. If you haven't heard by 13 December, let me know and I'll chase it.

Dales Kinship Carers' Network – freephone 0808 157 0412. It's run by other kinship carers, and there's a support group that meets in Hebble Bridge library on the first Tuesday of the month.

Out of hours, if you are ever worried about Alfie's safety, the Emergency Duty Team is on 0113 496 0999, or ring 999 in an emergency.

In school, Mrs Roberts will see Alfie for his ELSA sessions on Monday afternoons, starting next week, and Miss Dunn will keep a quiet eye on him at the start of each day.

Please don't hesitate to contact me through the office (01632 960000) or by replying to this email.

With best wishes,

Helen Ashworth
Designated Safeguarding Lead
Example School Federation
Park Row, Leeds LS1 4AP
""", cte="base64"))

add("clean", "eleven_plus_candidate_number", "hard negative: 11+ candidate number, times and test-centre postcode",
    S["office"], [ALI], "11+ test – Saturday 14 September", dt(2024, 9, 9, 11, 20), style="ol",
    body=alt("""Dear Mr Guardian,

Haverdale Grammar School have sent through the details for Isaac's 11+ test and asked us to pass them on, as your application listed us as his current school:

Candidate number: 204517
Date: Saturday 14 September 2024
Arrival: 8.45am for a 9.15am start; finishes at approx. 12.15pm
Venue: Haverdale Grammar School, Station Road, Haverdale HG1 9ZN (entrance via the sports hall, Gate C)

He'll need two HB pencils, an eraser and a clear water bottle. No calculators, and phones are handed in on arrival. Candidates must bring their admission card, which the grammar school has posted to your home address.

If anything above doesn't match the letter you've received, please contact the grammar school's admissions office directly, as we can't change anything at our end.

Good luck to Isaac!

""" + SIG["karen"]))

add("clean", "whatsapp_groups_parent_run", "hard negative: letter saying class WhatsApp groups are parent-run and staff are not in them",
    S["gemma"], [JANE, SAM, ALI], "Class WhatsApp groups", dt(2024, 9, 27, 14, 15), style="ol",
    body=alt("""Dear Parents and Carers,

We know that many classes across the federation have a parents' WhatsApp group. They can be really useful – lost jumpers, who's got spare wellies, lift shares for swimming – and we have no objection to them at all.

Please do bear in mind, though, that these groups are set up and run by parents. They aren't school channels and no member of staff is (or will be) in them, so please don't use them to report an absence, book a club or raise a concern, because we won't see it.

In the last couple of weeks we've had a few rumours about things "happening in school" that turned out to have grown quite a lot on their way round the chats. If you hear something that worries you, the quickest way to get a straight answer is to ask us: speak to the class teacher at the gate, email them at their school address, or ring the office on 01632 960000.

Thank you, as always, for your support.

""" + SIG["gemma"]))

add("clean", "pupil_asks_tiktok_declined", "hard negative: pupil asks to follow teacher on TikTok; teacher refuses and explains",
    S["tom"], [PUPILS["millie"]], "Re: question", dt(2024, 11, 26, 20, 2), style="gm", in_reply_to="z@" + PUP,
    body=alt("""Hi Millie,

Ha – no, I'm not on TikTok, and even if I was, teachers don't follow or friend pupils on any app. That's a rule for everyone at school, not just me, and it's there to keep everyone safe. Also, TikTok is for 13 and over, so you've got a couple of years to wait anyway!

If you want to share your dance for the talent show, bring it in on a memory stick or ask your mum to email it to the office, and we'll play it in assembly.

Mr Pickering

On Tue, 26 Nov 2024 at 18:47, Millie Harker <18mharker@pupils.example-school.org.uk> wrote:
> mr pickering are you on tiktok?? can i follow you. my dance for the talent show is on there
""", style="gm"))

add("clean", "neighbour_keeps_to_school_channels", "hard negative: teacher who is a parent's neighbour asks her to use school email, not the garden wall",
    S["wendy"], [JANE], "Poppy moving up to Oaks", dt(2025, 6, 16, 17, 25), style="ol",
    body=plain("""Hi Jane,

Lovely to see you and Poppy at the show on Saturday – and congratulations on second prize for the jam. I'm still sulking about my scones.

I didn't want to talk shop in the tea tent, but you asked about Poppy moving up to Oaks in September. Honestly, she'll be fine: she already knows half the class from Brownies, and we do three move-up mornings in July, so she'll have met me properly in the classroom by then. I'll send the transition letter to all the Kestrels families next week.

One small thing, and please don't take it the wrong way: because we're neighbours, I try hard to keep school things at school, so nothing gets forgotten that was mentioned over the garden wall. If you ever have a question about Poppy, could you email me here or catch me at the gate? That way it's written down, and Miss Nightingale and the office can see it too.

See you at the gate,
Wendy

""" + SIG["wendy"], cte="8bit"))

add("clean", "minibus_school_mobile", "hard negative: tag rugby pick-up; rugby club address and the minibus's school-owned mobile stated as such",
    S["pete"], [SAM, ALI], "Tag rugby festival Wednesday – collection", dt(2025, 3, 24, 9, 5), style="ol",
    body=alt("""Dear parents,

A quick note about Wednesday's tag rugby festival at Hebble Bridge RUFC. The children will go from Kelderby on the minibus straight after lunch. Matches finish at about 4.15, and we'll bring everyone back to Kelderby for collection at 4.45 – or you can collect from the rugby club if that's easier. Please just tell Mr Osei in the morning if you're doing that, so we don't go hunting for anyone.

Hebble Bridge RUFC is at Riverside, Mill Lane, Hebble Bridge HG3 6ZH. Parking is in the top field.

If you need to get hold of us that afternoon, the minibus has its own mobile – it's a school phone that lives in the glovebox, so please only use it on the day: 07700 900 350. Otherwise ring the office on 01632 960000.

Kit: PE kit, trainers or astro boots (no studs), a water bottle, a warm top and a snack.

Thanks,

""" + SIG["pete"]))

add("clean", "chair_of_governors_contact", "hard negative [unsure]: clerk gives a parent governor the chair's vicarage number (a third party's, not the sender's)",
    S["clerk"], [JANE], "FGB Tuesday 26 November – papers and apologies", dt(2024, 11, 18, 14, 2), style="ol", cc=[S["helen"]],
    body=plain("""Dear Jane,

The papers for next Tuesday's Full Governing Board are now on GovernorHub – the meeting is at 6pm in the Kelderby staffroom. Can I draw your attention particularly to item 6 (the minibus replacement proposal) and item 9 (the draft admissions arrangements for 2026–27), as both need a vote.

You mentioned at the last meeting that you might be away with work on the 26th. If you can't make it, please send your apologies to me before the meeting. I'm on leave on Friday and Monday, so if it's after Thursday, please let the Chair know directly: Revd Michael Tranter, on 0113 496 0627 (the vicarage) – he's happy for governors to ring him – or at his governor address, gov.tranter@example-school.org.uk.

As a reminder, we're quorate with six and already have two apologies, so your attendance would be especially welcome.

Kind regards,

""" + SIG["alison"], cte="8bit"))

add("clean", "out_of_office_school_only", "hard negative: out-of-office auto-reply giving only the school office number and address",
    S["ravi"], [ALI], "Automatic reply: Isaac's Google Classroom login", dt(2025, 3, 6, 19, 44), style="ol",
    in_reply_to="a@btinternet.com",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=plain("""Thank you for your email. I am out of school on a computing course on Thursday 6 and Friday 7 March, returning on Monday 10 March.

For anything urgent, please contact the office on 01632 960000 or email office@example-school.org.uk. For Google Classroom log-in problems, Mrs Hebden in the office can reset passwords.

Mr R. Chauhan
Computing & Online Safety Lead
Example School Federation
"""))

add("clean", "forest_site_grid_reference", "hard negative: forest school moving to a wood: grid reference, car-park postcode, what3words; HTML-only",
    S["owen"], [JANE, SAM, ALI], "Forest school moving to Hebble Wood from Monday 4 November", dt(2024, 11, 1, 17, 30), style="ol",
    body=Text(OL_HEAD + """<p class="MsoNormal">Dear families,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">From Monday 4 November, while the field at Kelderby is being drained, all forest school sessions will take place in Hebble Wood, by kind permission of the Hebble Estate. Sessions run at the same times as now; the children will walk up from Hebble Ashes, and the Kelderby and Scarthwaite groups will go up on the minibus.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">For anyone volunteering or collecting from a session, the wood is easy to miss:<o:p></o:p></p>
<ul style="margin-top:0cm">
<li class="MsoNormal">Grid reference <b>SE 1043 5827</b> (the clearing is about 300&nbsp;m from the gate)</li>
<li class="MsoNormal">For sat navs, <b>HG3 5ZY</b> gets you to the lay-by on the Moor road &#8211; that&#8217;s the car park. Don&#8217;t follow the sat nav any further!</li>
<li class="MsoNormal">what3words for the gate: ///acorns.muddy.ladder</li>
</ul>
<p class="MsoNormal">Please don&#8217;t park on the verge by the cattle grid; the estate&#8217;s tractors need to get through.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The usual kit applies: waterproofs, wellies, spare socks, hat and gloves, and a named water bottle. We&#8217;ll light a fire most weeks now it&#8217;s colder, so hot chocolate is back on the menu.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Owen Pryce<br>Forest School Leader (Level 3)<br>Example School Federation<br>01632 960000<o:p></o:p></p>
</div>
</body>
</html>
""", "html", "quoted-printable"))

add("clean", "maths_homework_big_numbers", "hard negative: Y5/6 place-value homework full of seven-digit numbers written with spaces",
    S["simon"], [PUPILS["tariq"], PUPILS["ruby"], PUPILS["amelia"]], "Maths homework - big numbers (due Tuesday)", dt(2024, 9, 25, 15, 45), style="ol",
    body=plain("""Hi Swallows,

Here's this week's homework on place value. It's on Google Classroom too. Show your working where you can!

1. Write 4 072 905 in words.
2. Write "six million, eighty thousand and twelve" in digits.
3. What is the value of the 7 in 1 730 846?
4. Round 2 849 503 to the nearest 10 000, the nearest 100 000 and the nearest million.
5. Put these in order, smallest first: 3 008 900, 3 080 900, 3 800 090, 3 089 000.
6. The population of Scarthwaite parish is 1 186. The population of Haverdale is 74 239. How many more people live in Haverdale?
7. Challenge: using each of the digits 0, 7, 7, 0, 9, 1 and 2 once, make the largest odd number you can. Now the smallest one that doesn't start with 0.

Remember what we said about zeros as placeholders - question 1 is the sneaky one.

Mr Ackroyd
"""))

add("clean", "staff_only_text_me", "hard negative: teacher gives her personal mobile to colleagues only, about her own absence",
    S["rosie"], [S["denise"], S["tom"]], "Off tomorrow – Dad", dt(2025, 1, 19, 20, 31), style="ap", cc=[S["office"]],
    extra=[("X-Mailer", "iPhone Mail (22C152)")],
    body=plain("""Hi all,

Sorry for the Sunday night email. Dad's had a fall and they're operating on his hip tomorrow morning at the General, so I won't be in on Monday. I'll ring the absence line first thing as well, but wanted to give you a heads up.

Denise, all the plans for Monday are in the Owls folder on the shared drive (I sent them round on Friday). The only change is that the afternoon maths can turn into a times tables lesson if the grid method is going badly.

Tom, I'm supposed to be doing the multiplication check practice with the Curlews' TA on Tuesday – can that wait a week?

If anything crops up tomorrow, text me on 07700 900811 rather than emailing, as I won't be looking at my laptop in the hospital. Hopefully back Tuesday.

Rosie

Sent from my iPhone
""", cte="quoted-printable"))

add("clean", "parent_signature_in_quote", "hard negative: reply quotes the parent's own signature (his farm address and mobile) in an Outlook block",
    S["dan"], [ALI], "RE: Hedge along the playing field", dt(2024, 9, 24, 7, 35), style="ol", in_reply_to="b@btinternet.com",
    body=alt("""Morning Ali,

That's really kind of you, thank you. Mrs Ashworth is happy for you to go ahead. The best time would be half-term week (28 Oct – 1 Nov) when there are no children on site. If it has to be a school day, Wednesday afternoons are quietest because the field isn't used after lunch, but I'd need to be there and keep the children in.

The gate by the bins will be unlocked from 7.30. Could you let me know the day before so I can move the goals?

Thanks again – it's been on my list for two years.

Dan

""" + SIG["dan"] + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 23 September 2024 21:14
To: Dan Fairburn <d.fairburn@example-school.org.uk>
Subject: Hedge along the playing field

Hi Dan,

Noticed the hawthorn along the bottom of the school field is getting well out of hand. I'm flailing the roadside hedges down that way after harvest anyway, so I'm happy to do the school's at the same time, no charge. Let me know a day that suits and I'll bring the tractor round.

Cheers

Ali Guardian
A. Guardian Agricultural Contracting
Low Ridge Farm, Moor Lane, Kelderby HG3 5ZE
07700 900789 | ali.guardian@btinternet.com
"""))

add("clean", "official_facebook_page", "hard negative: harvest photos on the federation's official Facebook page; asks parents not to tag children",
    S["office"], [JANE, SAM, ALI], "Harvest photos", dt(2024, 10, 10, 13, 5), style="ol",
    body=alt("""Dear Parents and Carers,

Thank you to everyone who came to the Harvest Festival on Tuesday – St Oswald's was packed, and the singing was wonderful.

We've put a selection of photos on the federation website (Gallery > Harvest 2024) and on the federation's official Facebook page, facebook.com/ExampleSchoolFederation. As always, only children whose families have given photo consent are included, and we never put children's full names alongside pictures.

Please do share the posts, but we'd ask you not to tag or name other people's children in the comments, and not to post your own photos of other children from the service on social media. Some of our families have very good reasons for their children not to appear online.

If you'd like to change your photo consent, just ask the office for a form.

""" + SIG["karen"]))

add("clean", "remittance_parent_business", "hard negative: remittance advice to a parent's farm business: invoice, PO, amount, account ending",
    S["finance"], [ALI], "Remittance advice – invoice 0417 (straw bales)", dt(2024, 10, 14, 10, 12), style="ol",
    body=plain("""Dear Ali,

Please find below the remittance details for the straw bales and delivery for the harvest display.

Supplier: A. Guardian Agricultural Contracting
Your invoice: 0417, dated 09/10/2024
Our purchase order: PO-2024-0193
Amount: £85.00 (no VAT charged)
Paid by BACS on 14/10/2024 to account ending 6621
Our payment reference: EXSF-0193

It should show in your account within 2 working days. Thank you again for the bales – the display looked wonderful and the Reception children are still talking about the scarecrow.

Kind regards,

""" + SIG["eleanor"], cte="quoted-printable"))

add("clean", "welcome_site_lines_club_phone", "hard negative [unsure]: welcome letter listing the federation's other site lines and the school-owned club mobile",
    S["helen"], [SAM], "Welcome, and who's who", dt(2024, 9, 4, 16, 50), style="ol",
    body=alt("""Dear Sam,

It was lovely to meet you and Alfie on Monday, and I'm so pleased he has settled into Owls so quickly – Miss Dunn says he has already found the Lego and the best seat by the window.

As promised, here's a list of who to contact about what. We're three small schools with one office team, which can be confusing at first!

Absence: ring 01632 960000 and choose option 1, or email attendance@example-school.org.uk, before 9.15.
Kelderby office (Alfie's site): 01632 960000, option 2 – Mrs Hebden.
Hebble Ashes and Scarthwaite have their own site lines (01632 960045 and 01632 960031), but you shouldn't need those unless Alfie is at an event there.
Breakfast and after-school club: clubs@example-school.org.uk, or the club mobile on 07700 900290. This is a school phone that stays in the club room, so it's only answered 7.45–8.45 and 3.15–5.45.
Anything about Alfie's learning: Miss Dunn, r.dunn@example-school.org.uk.
Support for you as a family: Mrs Siân Roberts, our Family Support Worker, s.roberts@example-school.org.uk.

And of course my door is always open.

Warm wishes,

""" + SIG["helen"]))

add("clean", "forwarded_vet_advice", "hard negative: forward of the vet practice's lambing health advice with the practice's address and phone",
    S["office"], [JANE, SAM, ALI], "Fwd: Lambing visits – health advice", dt(2025, 3, 3, 14, 22), style="ol",
    body=alt("""Dear Parents and Carers,

Ahead of the lambing visits, Mr Wray asked his vet to send over some advice for families, which I'm forwarding below. Please read it, particularly if anyone in your household is pregnant.

Karen

---------- Forwarded message ---------
From: Moorside Veterinary Centre <farm@moorsidevets.example.com>
Date: Mon, 3 Mar 2025 at 11:02
Subject: Lambing visits – health advice
To: <office@example-school.org.uk>

Dear Mrs Hebden,

Dennis Wray at Crake Hall has asked us to pass on our usual advice for school visits during lambing. Lambing is a wonderful thing for children to see, and the risks are low provided some simple precautions are followed:

1. Women who are pregnant, or may be, should not attend lambing or handle newborn lambs, afterbirths or lambing clothing. Ewes can carry infections (including enzootic abortion, toxoplasmosis and Q fever) that can harm an unborn baby.
2. Everyone should wash their hands thoroughly with soap and warm water after touching animals, and before eating or drinking. Alcohol gel is not a substitute.
3. Children should not put their hands in their mouths, or eat, in the sheds.
4. Boots should be brushed off and washed when you get home.
5. Anyone who becomes unwell with a fever or a stomach upset in the following two weeks should mention the farm visit to their GP.

If you have any questions, please contact us.

Kind regards,

Anna Featherstone BVSc MRCVS
Moorside Veterinary Centre
3 Bridge End, Hebble Bridge HG3 6ZB
Farm office: 0113 496 0318
www.moorsidevets.example.com
"""))

ICS_REVIEW = crlf(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T153000Z
DTEND:20250306T161500Z
DTSTAMP:20250206T121500Z
ORGANIZER;CN=Priya Rahman:mailto:p.rahman@example-school.org.uk
UID:r18-sp-review-0306@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jane Paren
 t:mailto:jane.parent@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Holly Nigh
 tingale:mailto:h.nightingale@example-school.org.uk
SUMMARY:Poppy - support plan review
LOCATION:Hebble Ashes site - small meeting room (Example School Federation\,
  Park Row\, Leeds LS1 4AP)
DESCRIPTION:Review of Poppy's support plan with Miss Nightingale and Mrs Ra
 hman. Please bring the audiology letter if you have it. To rearrange\, ring
  the office on 01632 960000.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

add("clean", "ics_invite_school_location", "hard negative: SENCo meeting invite; .ics location is a school site, only the school number given",
    S["priya"], [JANE, S["holly"]], "Poppy – support plan review (Thu 6 March, 3.30pm)", dt(2025, 2, 6, 12, 15), style="ol",
    body=Multi("mixed", [alt("""Dear Jane,

As we discussed, I'd like to meet to review Poppy's support plan now that we have the audiology results. I've booked Thursday 6 March at 3.30pm in the small meeting room at Hebble Ashes – the calendar invitation is attached, so you can add it to your phone.

Miss Nightingale will join us. We'll look at how the changes in class are working (front table, the sound-field system, checking in after instructions) and agree the next targets. It should take no more than 45 minutes, and Poppy is very welcome to wait in after-school club, which is free for her that day.

If the time doesn't work, just let me know and we'll find another.

Kind regards,

""" + SIG["priya"]),
        Attach("text/calendar", "invite.ics", ICS_REVIEW, params='; method=REQUEST; charset="utf-8"')]))

VCARD_OFFICE = crlf("""BEGIN:VCARD
VERSION:3.0
N:;Example School Federation Office;;;
FN:Example School Federation Office
ORG:Example School Federation
TEL;TYPE=WORK,VOICE:01632 960000
EMAIL;TYPE=WORK,INTERNET:office@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk
NOTE:Office open 8.00-4.00 in term time. Absence line: option 1.
REV:20240905T090000Z
END:VCARD""")

add("clean", "vcard_school_office", "hard negative: vCard attachment holding only the school office's number, email and address",
    S["office"], [SAM], "Our contact details", dt(2024, 9, 5, 9, 12), style="ol",
    body=Multi("mixed", [plain("""Hi Sam,

As you asked at the gate this morning, I've attached our contact card so the office number goes straight into your phone. It's the main federation line and it's answered 8.00-4.00 in term time; outside those hours there's an answerphone that we check first thing.

Karen
Federation Office
"""), Attach("text/x-vcard", "Example School Federation Office.vcf", VCARD_OFFICE)]))

# ---------------------------------------------------------------- EVERYDAY CLEAN (30)

add("clean", "harvest_festival_reminder", "everyday: harvest festival arrangements at the village church",
    S["office"], [JANE, SAM, ALI], "Harvest Festival – Tuesday 8 October", dt(2024, 10, 3, 8, 55), style="ol",
    body=alt("""Dear Parents and Carers,

A quick reminder that our federation Harvest Festival will be held at St Oswald's Church, Kelderby on Tuesday 8 October at 2.00pm. All three schools are taking part this year, so it should be a lovely (and rather full!) church.

Donations
Everything we collect this year is going to the Hebble Valley Food Bank. They have asked specifically for tinned meat and fish, long-life milk, tinned tomatoes, rice, tea and coffee, and toiletries. Please don't send fresh produce unless it's for the display table – the marrows and giant pumpkins are very welcome, but they can't go to the food bank. Donations can come into your child's classroom any day from Thursday.

Getting there
Kelderby children will walk down to church with staff. Hebble Ashes children will come on the coach, and Scarthwaite children on the minibus (two runs). Everyone will be back at their own site in time for normal home time, so please collect as usual.

Parents, grandparents and neighbours are all very welcome at the service. Parking by the church is very limited, so if you can walk, please do – or use the village hall car park, which the parish council have kindly let us use for the afternoon.

Tea, coffee and harvest loaf will be served in church afterwards by the Friends of the Federation.

Many thanks,

""" + SIG["karen"]))

add("clean", "reading_book_reply", "everyday: teacher replies to a parent about a repeated reading book",
    S["holly"], [JANE], "Re: Poppy's reading book", dt(2024, 9, 18, 16, 2), style="gm", in_reply_to="c@gmail.com",
    body=alt("""Hi Jane,

Thanks for flagging this – you're right, she's had The Big Red Tractor twice now! That's my fault: we've just moved to the new reading scheme and the old labels are still on some of the book boxes. I've swapped it today and she's come home with two new ones from the green band.

She read to me really nicely this afternoon, by the way – lots more expression than before the summer, and she's sounding out the longer words without being prompted.

Keep writing in the reading record as you are, it's really helpful.

Holly

""" + SIG["holly"] + """

On Tue, 17 Sept 2024 at 20:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Nightingale,
> Just to let you know Poppy has brought home the same book as last week
> (the tractor one). She knows it off by heart now so I'm not sure she's
> actually reading it! Could she have a different one?
> Thanks, Jane
""", style="gm"))

add("clean", "persuasive_letter_homework", "everyday: Y5/6 homework reminder to pupils",
    S["tom"], [PUPILS["millie"], PUPILS["isla"], PUPILS["josh"]], "Persuasive letters - due Friday", dt(2024, 9, 23, 15, 40), style="ol",
    body=plain("""Hi Curlews,

Just a reminder that your persuasive letters to the county council about the number 74 bus are due in on Friday. Remember the checklist we made on the board:

- a clear opening that says what you want and why you're writing
- at least three reasons, each in its own paragraph
- evidence (you can use our survey of how many families use the bus)
- a counter-argument, and why it's wrong
- a polite but firm ending

You can hand it in on paper or upload it to the Curlews Google Classroom, whichever you prefer. If you're typing it, please use the font we agreed, not the one that looks like a circus poster (Josh, I'm looking at you).

The best three really will be sent to the council, so make them good!

Mr Pickering
"""))

add("clean", "inset_day_agenda", "everyday: executive head's INSET day agenda to all staff",
    S["helen"], [S["allstaff"]], "INSET Monday 2 September – agenda", dt(2024, 8, 29, 14, 10), style="ol",
    body=alt("""Dear all,

I hope you've all managed a proper rest. Here's the plan for Monday. We're all at Kelderby this time, as it's the only hall that fits everyone with the tables out – Scarthwaite and Hebble Ashes colleagues, please car share if you can, because parking will be tight with the builders still in the car park.

8.30  Coffee and bacon sandwiches (thank you, Maureen)
9.00  Welcome, new starters, federation priorities for the year
9.45  Safeguarding update – KCSIE 2024 changes and our referral process (all staff, including midday and club staff)
10.45 Break
11.00 Phonics – moving to the new scheme in KS1 (Gemma)
12.15 Lunch
1.00  Site time: classrooms, displays, and the forest school area safety check with Owen
3.00  First aid refresher for anyone on the list Bernie sent round

Please bring your signed Code of Conduct and acceptable use agreement – I'll have spares. If you haven't done the online Prevent module yet, Bernie will be chasing you.

Looking forward to seeing you all,

Helen

""" + SIG["helen"]))

NEWS_TXT = """EXAMPLE SCHOOL FEDERATION NEWSLETTER – CHRISTMAS 2024
Kelderby · Hebble Ashes · Scarthwaite

From the Executive Headteacher
What a term! Thank you for everything you've done to support the children since September: the harvest donations (14 crates for the food bank), the costumes, the lifts to cross-country, and the cakes. The Christmas fair in Kelderby village hall raised £1,142.60 for the minibus fund, which takes us past the halfway mark. Have a peaceful Christmas. – Mrs Ashworth

Nativity and carols
Wrens and Kestrels were wonderful in "The Little Shepherd" at Hebble Ashes village hall, KS2 led the carol service at St Oswald's, and Scarthwaite's Lapwings stole the show at the chapel Christingle. Thank you to Revd Tranter and the chapel stewards for having us.

Staff news
Congratulations to Mr Lowther, who got married over October half term. We welcome Mrs Holmes, our new HLTA at Kelderby, who has already been roped into swimming.

Spring term dates
Monday 6 January – INSET day (school closed to pupils)
Tuesday 7 January – children return
11 and 13 February – parents' evenings
17–21 February – half term
17–20 March – lambing visits to Crake Hall Farm
Friday 4 April – term ends at 2pm

Clubs
Breakfast and after-school club bookings for the spring term close on Friday 3 January. Please book on ParentPay.

Forest school
Forest school continues in Hebble Wood until the Kelderby field has dried out. Please keep sending spare socks!

Contact us
Example School Federation, Park Row, Leeds LS1 4AP
01632 960000 · office@example-school.org.uk
"""


def news_html():
    def sec(title, body):
        return (f'<tr><td style="padding:14px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333333">'
                f'<h2 style="margin:0 0 6px 0;font-size:17px;color:#2F5233">{title}</h2>{body}</td></tr>\n')
    rows = [
        '<tr><td style="background:#2F5233;padding:18px 24px;font-family:Arial,sans-serif;color:#ffffff">'
        '<div style="font-size:22px;font-weight:bold">Federation Newsletter &#8211; Christmas 2024</div>'
        '<div style="font-size:13px">Kelderby &middot; Hebble Ashes &middot; Scarthwaite</div></td></tr>\n',
        sec("From the Executive Headteacher",
            "<p>What a term! Thank you for everything you&#8217;ve done to support the children since September: the harvest "
            "donations (14 crates for the food bank), the costumes, the lifts to cross-country, and the cakes. The Christmas "
            "fair in Kelderby village hall raised <b>&pound;1,142.60</b> for the minibus fund, which takes us past the halfway "
            "mark. Have a peaceful Christmas. &#8211; Mrs Ashworth</p>"),
        sec("Nativity and carols",
            "<p>Wrens and Kestrels were wonderful in <i>The Little Shepherd</i> at Hebble Ashes village hall, KS2 led the carol "
            "service at St Oswald&#8217;s, and Scarthwaite&#8217;s Lapwings stole the show at the chapel Christingle. Thank you "
            "to Revd Tranter and the chapel stewards for having us.</p>"),
        sec("Staff news",
            "<p>Congratulations to Mr Lowther, who got married over October half term. We welcome Mrs Holmes, our new HLTA at "
            "Kelderby, who has already been roped into swimming.</p>"),
        sec("Spring term dates",
            "<table cellpadding=\"3\" style=\"font-size:14px\">"
            "<tr><td>Monday 6 January</td><td>INSET day (school closed to pupils)</td></tr>"
            "<tr><td>Tuesday 7 January</td><td>Children return</td></tr>"
            "<tr><td>11 and 13 February</td><td>Parents&#8217; evenings</td></tr>"
            "<tr><td>17&#8211;21 February</td><td>Half term</td></tr>"
            "<tr><td>17&#8211;20 March</td><td>Lambing visits to Crake Hall Farm</td></tr>"
            "<tr><td>Friday 4 April</td><td>Term ends at 2pm</td></tr></table>"),
        sec("Clubs", "<p>Breakfast and after-school club bookings for the spring term close on <b>Friday 3 January</b>. "
                     "Please book on ParentPay.</p>"),
        sec("Forest school", "<p>Forest school continues in Hebble Wood until the Kelderby field has dried out. Please keep "
                             "sending spare socks!</p>"),
        '<tr><td style="background:#EEF3EC;padding:14px 24px;font-family:Arial,sans-serif;font-size:12px;color:#555555">'
        'Example School Federation, Park Row, Leeds LS1 4AP<br>01632&nbsp;960000 &middot; '
        '<a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>\n',
    ]
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Federation Newsletter</title></head>\n'
            '<body style="margin:0;background:#f4f4f0">\n<table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center">\n<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            + "".join(rows) + "</table>\n</td></tr></table>\n</body></html>\n")


add("clean", "christmas_newsletter", "everyday: HTML end-of-term newsletter (multipart, emoji in RFC 2047 subject)",
    S["office"], [JANE, SAM, ALI], "Federation Newsletter – Christmas 2024 🎄", dt(2024, 12, 20, 11, 30), style="x", subj_enc="B",
    extra=[("X-Mailer", "Example School Federation messaging")],
    body=alt(NEWS_TXT, html_text=news_html()))

add("clean", "museum_trip_letter", "everyday: class trip letter to a carer with PDF consent form",
    S["rosie"], [SAM], "Owls trip to Haverdale Rural Life Museum – Thursday 28 November", dt(2024, 11, 12, 16, 25), style="ol",
    cc=[S["office"]],
    body=Multi("mixed", [alt("""Dear Sam,

Please find attached the letter and consent form for our Owls trip to Haverdale Rural Life Museum on Thursday 28 November, as part of our Stone Age to Iron Age topic. The children will do a workshop on Iron Age roundhouses and have a go at grinding grain with a quern stone, which I suspect Alfie will love.

We'll leave Kelderby at 9.15 on the coach and be back for 3.00pm. Children will need a packed lunch (or order one from Mrs Sugden by Friday 22nd), a waterproof coat and sensible shoes, as half the site is outdoors.

The voluntary contribution is £8.50, payable on ParentPay. Please return the consent form by Friday 22 November – the slip at the bottom of the letter is fine, or you can reply to this email to say yes.

We're also looking for two adult helpers. If you're free and already have a DBS check with us, do let me know!

Best wishes,

""" + SIG["rosie"]),
        Attach("application/pdf", "Owls trip letter - Haverdale museum.pdf", make_pdf("Owls trip - Haverdale Rural Life Museum", [
            "Date: Thursday 28 November. Leave Kelderby 9.15am, return by 3.00pm.",
            "Travel: Dalesway Coaches. Voluntary contribution: GBP 8.50 (ParentPay).",
            "Bring: packed lunch, waterproof coat, sensible shoes.",
            "I give permission for my child to attend the trip.",
            "Child's name: ____________________   Signed: ____________________"]))]))

add("clean", "end_of_year_report", "everyday: end-of-year report sent to a parent as a PDF",
    S["tom"], [ALI], "Isaac's end of year report", dt(2025, 7, 11, 15, 40), style="ol",
    body=Multi("mixed", [plain("""Dear Ali,

Isaac's end of year report is attached. His KS2 results are on the last page, along with a short explanation of what the scaled scores mean.

It's been a real pleasure teaching him this year. His writing about the farm diversification debate was one of the best pieces I've had from a Year 6 pupil, and he's grown into a very thoughtful captain on the football team. Maths has been hard work at times, but he never gave up on it, and his reasoning paper score shows that.

If you'd like to talk about anything in the report, there's an open afternoon in the Curlews classroom on Wednesday 16 July, 2.00-3.15.

Best wishes,
Tom

""" + SIG["tom"]),
        Attach("application/pdf", "Isaac G - Y6 report 2024-25.pdf", make_pdf("End of year report 2024-25 - Curlews (Y6)", [
            "Pupil: Isaac G.   Class teacher: Mr T. Pickering",
            "Attendance: 96.4%",
            "English: working at the expected standard, greater depth in writing.",
            "Maths: working at the expected standard.",
            "Science: working at the expected standard.",
            "Personal development: a kind, reliable and determined member of the class."]))]))

add("clean", "phonics_meeting_notes", "everyday: KS1 phonics meeting notes to colleagues",
    S["gemma"], [S["holly"], S["annette"], S["ffion"], S["sarah"], S["sheila"]], "Notes from KS1 phonics meeting 26.9",
    dt(2024, 9, 26, 17, 40), style="ol", cc=[S["helen"]],
    body=plain("""Hi all,

Thanks for staying on tonight, I know it was a long one after the photographer. Quick notes so we're all working from the same page:

1. Groupings - everyone is now grouped across the federation by phase, not year group. Lists are in the KS1 folder. Ffion to move the two Wrens who are ready for Phase 4 by next Monday.
2. Resources - the new decodable books arrived at Kelderby. Sarah and Holly to collect Hebble Ashes and Scarthwaite boxes on Friday (they're in the hall, labelled).
3. Keep-up sessions - same day, 10 minutes, after lunch. Sheila has offered to run Kestrels' on Tue/Wed. Annette will cover Thu/Fri.
4. Assessment - first tracker entries by 18 October. Please use the new sheet, not last year's.
5. Parents' workshop - Thursday 17 October, 2.45 at Hebble Ashes. I'll write the letter; could each class send me two photos of phonics in action (consent list is on the shared drive) by 10 October.

Next meeting: Thursday 7 November, 3.30, Scarthwaite.

Gemma
"""))

add("clean", "forest_school_kit_reminder", "everyday: forest school kit reminder to a class parent",
    S["annette"], [JANE], "Forest school on Thursdays – kit reminder", dt(2024, 11, 6, 15, 35), style="gm",
    body=alt("""Dear Kestrels families,

Now that the weather has turned, a quick reminder about kit for Thursday afternoon forest school with Mr Pryce in Hebble Wood. Please send, in a named bag:

- waterproof trousers and coat
- wellies (named inside, please – we have six identical green pairs)
- spare socks
- hat and gloves
- an old jumper or fleece to go under the waterproof

They will come home muddy, so a carrier bag for dirty clothes is a good idea. If your child doesn't have waterproofs, we have a small stock of pre-loved ones that they can borrow for the term, so just let me know quietly.

Thank you!
Mrs Dobson
""", style="gm"))

add("clean", "kitchen_menu_change", "everyday: cook to office staff about a menu change and allergen matrix",
    S["kitchen"], [S["office"], S["bernie"]], "Menu w/c 4 Nov + allergens", dt(2024, 10, 22, 14, 30), style="ol",
    body=Multi("mixed", [plain("""Karen, Bernie

After half term I need to swap Wednesday's roast for pumpkin soup and cheese scone, because Dales Fresh can't get the turkey crowns till the week after. Pudding stays the same. I've updated the allergen matrix (attached) - the scones have egg and milk, the soup has celery, so the three children on the list will have the jacket potato option.

Can one of you change it on the website and ParentPay menu? I can't get the login to work again.

Also the light in the Hebble Ashes hatch has gone, I've told Dan.

Thanks
Maureen
"""), Attach("application/pdf", "Allergen matrix w-c 4 Nov.pdf", make_pdf("Allergen matrix - week commencing 4 November", [
        "Mon: Sausage casserole - sulphites, mustard",
        "Tue: Fish fingers - fish, gluten",
        "Wed: Pumpkin soup - celery; cheese scone - gluten, egg, milk",
        "Thu: Chilli con carne - none of the 14",
        "Fri: Pizza - gluten, milk"]))]))

add("clean", "attendance_check_in", "everyday: gentle attendance letter to a parent (percentages, dates)",
    S["attendance"], [JANE], "Poppy's attendance", dt(2025, 3, 5, 10, 40), style="ol",
    body=plain("""Dear Mrs Parent,

I'm writing, as we do to every family whose child's attendance has dipped below 92%, just to check in. Poppy's attendance this year is currently 90.6%: she has missed 22 sessions (11 days) since September, mostly with the coughs and sickness bugs that went round Kestrels in January.

Please don't read this as a formal warning. We know the winter has been hard on lots of families, and we know how much Poppy has had going on with her hearing appointments. Appointments that are recorded with us count as authorised, and I've checked that all of hers have been.

If there is anything school can help with – getting Poppy in on time, worries at home, or transport from Mill Row on the bad mornings – please let me know, or speak to Mrs Roberts, our Family Support Worker.

Best wishes,

""" + SIG["linda"], cte="8bit"))

add("clean", "boiler_and_minibus_mot", "everyday: site manager to head and business manager about boiler and MOT",
    S["dan"], [S["helen"], S["bernie"]], "Scarthwaite boiler + minibus MOT", dt(2024, 11, 4, 7, 22), style="ol",
    body=plain("""Morning both,

Scarthwaite boiler was off again when I got in at 6.30. I've reset it and it's firing now, but the pressure keeps dropping. Moorland Heating are coming Wednesday between 8 and 12, job ref MH-30417. The classrooms should be warm by 8.30 today, but Gemma might want to keep the Lapwings' jumpers on this morning.

Minibus: MOT is due 29 Nov. I've booked it in at Hebble Bridge Motors on the 21st, so no minibus that day - I've told Jo and Kwame. Also the rear tyres are near the limit; quote is £236 + VAT for the pair. Bernie, OK to go ahead?

Dan
""", cte="8bit"))

add("clean", "senco_meeting_request", "everyday: SENCo asks a carer to meet about reading support",
    S["priya"], [SAM], "Alfie – reading support meeting", dt(2025, 2, 3, 13, 10), style="ol", cc=[S["rosie"]],
    body=alt("""Dear Sam,

Following Miss Dunn's conversation with you before Christmas, I'd like to meet to talk about Alfie's reading and spelling. We've done some screening in school which suggests he finds it hard to hold sounds in his memory while he's blending them. That isn't a diagnosis of anything, but it does tell us what sort of support is most likely to help, and I'd like to talk it through with you and hear what you notice at home.

Would any of these times suit?

Wednesday 12 February, 3.30pm
Friday 14 February, 8.30am (before school)
Monday 24 February, 3.30pm

We'd meet in the small meeting room at Kelderby. Miss Dunn will join us, and it should take about half an hour. Alfie is welcome at after-school club free of charge while we talk.

Kind regards,

""" + SIG["priya"]))

add("clean", "governors_committee_agenda", "everyday: clerk sends committee agenda to governors and staff",
    S["clerk"], [("Revd Michael Tranter", f"gov.tranter@{DOM}"), ("Pauline Addyman", f"gov.addyman@{DOM}"),
                 ("Richard Lambert", f"gov.lambert@{DOM}"), S["helen"], S["bernie"]],
    "Resources Committee – Tuesday 19 November, 6pm", dt(2024, 11, 12, 9, 45), style="ol",
    body=plain("""Dear all,

The Resources Committee will meet on Tuesday 19 November at 6pm in the Kelderby staffroom. Papers are on GovernorHub.

Agenda
1. Welcome and apologies
2. Declarations of interest
3. Minutes of 17 September and matters arising
4. Budget monitoring, period 6 (BW)
5. Minibus replacement – options paper (BW/DF)
6. Premises: Scarthwaite boiler and Hebble Ashes roof survey (DF)
7. Staffing update (confidential item – HA)
8. Health and safety: forest school risk assessment review
9. Policies for approval: charging and remissions; lettings (village hall joint-use agreement)
10. Any other business

Please send apologies to me by Monday. Tea and mince pies courtesy of Maureen.

Kind regards,

""" + SIG["alison"], cte="8bit"))

add("clean", "pupil_science_question", "everyday: teacher answers a pupil's science project question",
    S["marcus"], [PUPILS["evie"]], "Re: my volcano project", dt(2025, 2, 6, 16, 10), style="gm", in_reply_to="d@" + PUP,
    body=alt("""Hi Evie,

Great question! Yes, you can use bicarbonate of soda and vinegar – it's a classic for a reason. Please do the actual eruption at school, though, not on your mum's kitchen table (or ask her first if you want to test it at home).

For the write-up, yes, it needs a hypothesis. Remember the three things we talked about:
- what you're going to change (for example, the amount of vinegar)
- what you're going to measure (how high it goes, or how long it fizzes)
- what you'll keep the same to make it a fair test

Bring it in by Friday 14th and we'll set it off on the playground.

Mr L

On Thu, 6 Feb 2025 at 15:52, Evie Brennan <18ebrennan@pupils.example-school.org.uk> wrote:
> Mr Lowther can i do my volcano with vinegar and bicarb or is that to messy. and does it need a hypothesis. from Evie
""", style="gm"))

add("clean", "cross_country_results", "everyday: PE lead shares cross-country results with parents",
    S["kwame"], [SAM, ALI], "Cross-country results – well done!", dt(2024, 10, 21, 12, 15), style="ol",
    body=plain("""Dear parents,

What a morning at Dale Head on Saturday! Despite the mud (and the hail at 11 o'clock), every single one of our runners finished.

A few highlights: Isaac came 4th out of 62 in the Y6 boys' race, and Alfie was 11th in the Y3/4 race after losing a shoe on the first lap and going back for it. Overall the federation came second in the small schools' trophy, our best result ever.

Thank you to all the parents who drove, cheered and handed out jelly babies. Photos will be on the website later this week.

Kwame

""" + SIG["kwame"], cte="8bit"))

add("clean", "breakfast_club_spring_prices", "everyday: club prices, session times, booking deadline, childcare reference",
    S["clubs"], [JANE, SAM, ALI], "Breakfast & After-School Club – spring term bookings", dt(2024, 12, 13, 15, 20), style="ol",
    body=alt("""Dear Parents and Carers,

Bookings for breakfast and after-school club for the spring term are now open on ParentPay and close on Friday 3 January.

Prices are unchanged:
Breakfast club, 7.45–8.45am – £4.50 (includes breakfast)
After-school club, 3.15–5.45pm – £11.00 per session, or £6.50 if you collect by 4.30pm
Siblings – 10% off the second child

Club runs at Kelderby. Hebble Ashes and Scarthwaite children are brought over on the minibus at 3.20 and taken back to their own site after breakfast club.

Tax-Free Childcare and childcare vouchers are accepted. Our Tax-Free Childcare reference is SCH-FED-00719.

If your plans change in the term, please give us a week's notice to cancel a session, or it will still be charged.

Thank you, and Merry Christmas from all of us in club!

""" + SIG["jo"]))

add("clean", "nativity_village_hall", "everyday: nativity arrangements at the village hall; HTML-only",
    S["ffion"], [JANE], "Nativity – Thursday 12 December, Hebble Ashes Village Hall", dt(2024, 11, 22, 15, 50), style="ol",
    body=Text(OL_HEAD + """<p class="MsoNormal">Dear Wrens and Kestrels families,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Rehearsals for <b>The Little Shepherd</b> are well under way, and the children are singing the songs everywhere, including (I&#8217;m told) in the bath.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">There will be two performances at <b>Hebble Ashes Village Hall</b> on <b>Thursday 12 December</b>, at 10.00am and 2.00pm. Because the hall is small, each family can have two tickets for one performance. If you need more, put your name on the waiting list at the office and we&#8217;ll share out any spares on the Monday before.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Costume letters came home in book bags today. Please don&#8217;t buy anything &#8211; tea towels, dressing gowns and a bit of tinsel are perfect.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We ask that there is no filming or photography during the performance, as some children can&#8217;t appear online. There will be a photo call at the end for families with consent.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The Friends of the Federation will be serving mince pies and running a raffle (tickets &pound;1, prizes include a hamper from the farm shop).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">With thanks,<o:p></o:p></p>
<p class="MsoNormal">Miss Griffiths<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Wrens Class Teacher &amp; EYFS Lead<br>Example School Federation, Park Row, Leeds LS1 4AP<br>01632 960000</span><o:p></o:p></p>
</div>
</body>
</html>
""", "html", "quoted-printable"))

add("clean", "sats_week_information", "everyday: KS2 SATs timetable to a Y6 parent",
    S["tom"], [ALI], "KS2 SATs week – what to expect", dt(2025, 4, 28, 16, 5), style="ol",
    body=alt("""Dear Year 6 parents and carers,

SATs week is Monday 12 to Thursday 15 May. All federation Y6 children will sit the tests together at Kelderby – Hebble Ashes and Scarthwaite pupils will come over on the minibus each morning at 8.15.

Timetable
Monday – grammar, punctuation and spelling (45 minutes) and spelling (about 15 minutes)
Tuesday – reading (60 minutes)
Wednesday – maths paper 1, arithmetic (30 minutes) and paper 2, reasoning (40 minutes)
Thursday – maths paper 3, reasoning (40 minutes)

Breakfast club is free for all Y6 children that week from 8.00am, and we'll have toast and juice in the classroom before each test.

Please avoid booking appointments that week if you can, and make sure they get a good night's sleep. They've worked incredibly hard and they are ready. Friday is a well-earned rounders-and-ice-lolly afternoon.

Tom

""" + SIG["tom"]))

add("clean", "head_thanks_after_harvest", "everyday: head thanks all staff after harvest festival; base64 body",
    S["helen"], [S["allstaff"]], "Thank you – Harvest", dt(2024, 10, 9, 17, 20), style="ol",
    body=plain("""Dear all,

Just a note to say thank you for yesterday. Revd Tranter said it was the best-sung harvest he's had in twenty years at St Oswald's, and I think he meant it.

Particular thanks to Maureen and the kitchen team for the harvest loaves, to Dan for three minibus runs and the hay bales, and to Owen's forest school group for the scarecrow, which is now guarding the church porch. The food bank collected 14 crates and £212 from the collection.

There are biscuits in the Kelderby staffroom. Hebble Ashes and Scarthwaite, yours are coming over on the minibus tomorrow, I promise.

Helen
""", cte="base64"))

add("clean", "ukulele_club_spring", "everyday: music teacher announces ukulele club to parents",
    S["catriona"], [SAM, ALI], "Ukulele club – spring term", dt(2025, 1, 8, 12, 40), style="ol",
    body=alt("""Dear parents and carers,

Ukulele club for Y4–6 starts again on Tuesday 14 January, at lunchtime in the Kelderby hall. It's free, and the ukuleles come from the Music Hub's loan scheme, so children don't need their own. If they'd like to take one home to practise, there's a loan form to sign.

At the end of term the club will play two songs at the spring concert in St Oswald's (Thursday 3 April – more details nearer the time).

Places are limited to 16. If your child would like to join, please reply to this email by Friday.

Best wishes,
Catriona Bell
""" + "\n".join(SIG["catriona"].split("\n")[1:])))

add("clean", "lost_coat", "everyday: short note about a coat in lost property",
    S["office"], [ALI], "Isaac's coat", dt(2024, 10, 22, 11, 3), style="ol",
    body=plain("""Hi Ali,

Hebble Ashes have rung across - they've got a navy Regatta coat with ISAAC G written in the hood, left in their hall after the cross-country prize-giving. It's coming over on the minibus this afternoon, so it'll be in the Kelderby office from tomorrow morning.

Karen
"""))

add("clean", "weekly_plans_to_hlta", "everyday: class teacher sends next week's plans to the HLTA",
    S["rosie"], [S["denise"]], "Plans w/c 20 Jan", dt(2025, 1, 17, 16, 20), style="ol", cc=[S["priya"]],
    body=plain("""Hi Denise,

Plans for next week are in the Owls folder, but here's the short version:

English - The Iron Man, chapters 3 and 4. Wednesday is the hot-seating lesson; the costume box is in my cupboard.
Maths - multiplication, moving from arrays to the grid method. Tuesday's lesson has a lot of cutting out - maybe prep the squares at lunch on Monday?
Wednesday afternoon (my PPA) - science with you: soil types. Owen has put three buckets of soil from Hebble Wood by the back door.
Interventions - precision teaching for Alfie, Harry and Lily on Tuesday and Thursday at 8.50. Priya, I've copied you in as you wanted to see the new probe sheets.

Have a lovely weekend,
Rosie
""", cte="quoted-printable"))

add("clean", "reading_volunteer_dbs", "everyday: teacher thanks a parent for volunteering; office to do DBS",
    S["holly"], [JANE], "Re: Reading volunteer", dt(2024, 9, 24, 12, 40), style="ol", cc=[S["office"]],
    in_reply_to="e@gmail.com",
    body=alt("""Hi Jane,

Thank you so much for offering to come in and hear readers – it really does make a difference with a class of 24 and one adult!

Thursdays 1.15–2.15 would be perfect. You'd be hearing readers from Kestrels, though not Poppy's group (we always put parents with a different group, I hope that's OK).

Before you start, the office will need to do a DBS check and a short volunteer induction – mostly safeguarding basics and where everything is, about 20 minutes. I've copied in Karen, who will send you the forms. We'd hope to get you started after half term.

Thanks again,
Holly

""" + SIG["holly"]))

add("clean", "head_lice_notice", "everyday: short head lice notice to a class parent",
    S["annette"], [JANE], "A little visitor in Kestrels", dt(2025, 1, 15, 15, 10), style="gm",
    body=alt("""Dear Kestrels families,

Just a heads up (sorry!) that we've had a case of head lice in class this week. Please could you check your child's hair with a nit comb over the weekend and treat if needed? There's no need to keep anyone off school.

Thank you!
Mrs Dobson
""", style="gm"))

add("clean", "school_photographs", "everyday: photographer timings across the three sites",
    S["office"], [JANE, SAM, ALI], "School photographs – Tuesday 24 September", dt(2024, 9, 13, 10, 5), style="ol",
    body=alt("""Dear Parents and Carers,

Dalesview Photography will be taking individual and class photographs on Tuesday 24 September. They'll be visiting each site in turn:

Scarthwaite – 8.45 to 10.00
Hebble Ashes – 10.30 to 11.45
Kelderby – 12.45 to 3.00

Family photos of brothers and sisters at different sites will be taken at Kelderby from 8.00 to 8.40. Just bring the children into the hall and the photographer will take them; we'll then take the Hebble Ashes and Scarthwaite children across on the minibus.

Please send children in school uniform that day, even if it's usually their PE day – they can change afterwards.

Proofs will come home about two weeks later with a code for ordering online. There's no obligation to buy.

""" + SIG["karen"]))

add("clean", "snow_closure", "everyday: early-morning snow closure of one site; base64 from phone",
    S["helen"], [JANE, SAM, ALI], "Scarthwaite site CLOSED today (Thursday) - snow", dt(2025, 1, 9, 6, 48), style="ap",
    extra=[("X-Mailer", "iPhone Mail (22C152)")],
    body=plain("""Good morning,

Because of overnight snow and ice on the top road, the Scarthwaite site will be CLOSED today, Thursday 9 January. The gritter hasn't been up Scar Lane and the minibus can't get through safely.

Kelderby and Hebble Ashes are OPEN as normal, but please take care – the lanes are very icy.

Home learning for Scarthwaite children is on Google Classroom. Breakfast club at Kelderby is running as usual.

We'll update you by 3pm about tomorrow.

Helen Ashworth
Executive Headteacher
Example School Federation
""", cte="base64"))

add("clean", "lambing_diaries_pupils", "everyday: teacher praises pupils' lambing diaries, attaches a photo of the class chart",
    S["simon"], [PUPILS["tariq"], PUPILS["ruby"], PUPILS["amelia"]], "Your lambing diaries!", dt(2025, 3, 21, 14, 55), style="ol",
    body=Multi("mixed", [plain("""Swallows,

I've just finished reading your lambing diaries and I'm properly impressed. Tariq, your graph of lambs born each day was spot on, and Ruby, your description of the ewe licking her lamb dry made me feel like I was back in the shed.

Mr Wray told us that 31 lambs were born in the week we visited, including three sets of triplets. I've attached a photo of the chart we made on the whiteboard on Friday, so you can use it in your write-up.

Final versions in by Wednesday 26 March, please. Use your best handwriting for the front cover.

Mr Ackroyd
"""), Attach("image/png", "lambing_chart.png", make_png())]))

add("clean", "garden_supplies_order", "everyday: teacher orders garden supplies from an outside supplier",
    S["wendy"], [("Dales Garden Supplies", "orders@dalesgardensupplies.example.com")], "Order – Hebble Ashes school garden (PO 2025-0117)",
    dt(2025, 3, 10, 15, 50), style="ol", cc=[S["finance"]],
    body=plain("""Hello,

Please could we order the following for the school garden at Hebble Ashes, against purchase order PO 2025-0117:

4 x 50L peat-free multipurpose compost @ £7.99
2 x 2kg seed potatoes, Charlotte @ £5.49
1 x broad bean seeds, Aquadulce @ £2.49
1 x sunflower seeds, Giant Single @ £1.99
10 x 15cm plastic pots @ £0.60

Please deliver to Hebble Ashes Primary (Example School Federation), School Lane, Hebble Ashes, using the back gate by the polytunnel. Please don't deliver before 8.45 or between 3.00 and 3.30, when the children are arriving or leaving.

The invoice should go to our finance officer, finance@example-school.org.uk, quoting the PO number.

Many thanks,

""" + SIG["wendy"], cte="8bit"))

add("clean", "swimming_lessons_spring", "everyday: swimming lesson letter; HTML-only",
    S["denise"], [SAM], "Owls swimming – spring term", dt(2025, 1, 7, 16, 0), style="ol",
    body=Text(OL_HEAD + """<p class="MsoNormal">Dear Owls parents and carers,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Owls will be swimming at Hebble Bridge Leisure Centre on <b>Wednesday mornings for ten weeks from 15 January</b>. We leave Kelderby on the minibus at 9.10 and are back by 11.45.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please send, in a named bag:<o:p></o:p></p>
<ul style="margin-top:0cm">
<li class="MsoNormal">swimming costume or trunks (no long shorts, please)</li>
<li class="MsoNormal">a towel</li>
<li class="MsoNormal">goggles if your child wears them &#8211; they&#8217;re optional</li>
<li class="MsoNormal">a hat for the walk back to the minibus, as hair will be wet</li>
</ul>
<p class="MsoNormal">Long hair needs to be tied back, and no jewellery please. If your child has a verruca, they can still swim with a verruca sock.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">By the end of Year 6 all children should be able to swim 25 metres, so please encourage them even if they&#8217;re nervous &#8211; the instructors are brilliant with beginners.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you,<o:p></o:p></p>
<p class="MsoNormal">Mrs Holmes<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">HLTA &#8211; Kelderby site<br>Example School Federation</span><o:p></o:p></p>
</div>
</body>
</html>
""", "html", "quoted-printable"))


# =========================================================================== write out

README = """# Round 18 hold-out: personal-address-to-parent

**Blind hold-out corpus. Never use it for tuning** the filter, its rules or its thresholds, and do not
copy its messages or phrasing into development tests. It was written without looking at the filter,
its rules, its tests or its documentation, so that it measures how the filter does on mail nobody
tuned it for.

## What it is

{total} RFC 5322 messages (`.eml`) sent by staff of a fictional rural federation of three village
primary schools (Kelderby CE Primary, Hebble Ashes Primary and Scarthwaite Primary: one executive
head, mixed-age classes, forest school, breakfast and after-school club, a shared minibus, harvest
festival at the village church, lambing visits, nativity in the village hall), plus `labels.csv`.

Policy tested: staff must not use their personal phone or personal e-mail to communicate with pupils
or parents, must not give pupils or parents their own personal phone number, home address or
personal e-mail, and must not add pupils or parents on social media.

Labels are by the policy's intent, as the school's safeguarding lead would judge them. Judgement
calls are marked `[unsure]` in the note column.

## How it was made, how to regenerate

Written by hand as a Python 3.11 standard-library script, `../make_round18_personal.py`.
Dates, Message-IDs and MIME boundaries are fixed, so running it again gives byte-identical files:

    python3 tests/holdout/round18/make_round18_personal.py

`labels.csv` columns: `file,expected,sender,recipients,note` (sender is the envelope sender, the
staff From address; recipients are the To and Cc addresses separated by single spaces).

Identity: staff @example-school.org.uk, pupils @pupils.example-school.org.uk, the three parents
known to the directory (jane.parent@gmail.com, sam.carer@outlook.com, ali.guardian@btinternet.com).
All telephone numbers are in Ofcom's drama ranges; names, addresses and postcodes are invented;
third-party organisations use example.com/.org/.net.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give their own personal contact details / private channel to a parent or pupil | {flags} |
| clean | hard negatives (look like personal details, but are not a breach) | {hard} |
| clean | ordinary everyday school mail | {everyday} |
| | **total** | **{total}** |

## Kinds of case

Flags:
- personal mobile in the body ("text me on"), in a signature, in HTML with `&nbsp;`, in a base64
  body (0044 format), split by a quoted-printable soft break, split across a hard line wrap, written
  as `(07700) 900.735`
- personal e-mail in the Reply-To header, in Cc, in a signature (RFC 2047 subject), told to pupils
- home address with and without postcode; home address and home landline inside an `.ics` invite;
  farm "house phone" and family e-mail
- personal mobile and gmail inside an attached vCard
- private channels: class WhatsApp group on the teacher's own number, Instagram "follow back",
  Facebook friend request and Messenger, Discord server for pupils

Hard negatives (clean):
- the school's own number, postcode and e-mail in signatures and vCards; the school-owned trip
  phone, minibus phone and club phone stated as such; the federation's other site lines
- the parent's own details read back by the office or quoted from the parent's signature
- third parties: farm, vet practice, clinic, outdoor centre, secondary school, early-help and
  carers' helplines, chair of governors
- numbers that are not phones: bank sort code and account, invoice and PO numbers, Teams meeting
  ID, 11+ candidate number, ISBNs, grid reference and venue postcodes, seven-digit maths homework
- staff-only mail with personal details (Christmas social, HR change of address, absence)
- e-safety advice naming apps, a letter that parents' WhatsApp groups are not staff channels,
  the school's official Facebook page, staff refusing to give a personal number or to follow a
  pupil on TikTok, a neighbour-teacher asking to keep contact to school channels

Everyday: reminders, replies to parents, pupil homework and project mail, newsletters, trip and
residential letters, reports, meeting notes, governors' agendas, site and kitchen admin, snow
closure, club bookings.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv",):
            os.remove(os.path.join(OUT, f))
    flags = [m for m in M if m["label"] == "flag"]
    cleans = [m for m in M if m["label"] == "clean"]
    hard = [m for m in cleans if m["note"].startswith("hard negative")]
    assert len(flags) == 20, len(flags)
    assert len(cleans) == 60, len(cleans)
    assert len(hard) == 30, len(hard)
    assert len({m["slug"] for m in M}) == len(M)
    order = list(M)
    random.Random(1818).shuffle(order)
    rows = []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rcpts = [a for _, a in m["to"]] + [a for _, a in m.get("cc", [])]
        rows.append([name, m["label"], m["frm"][1], " ".join(rcpts), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(M), flags=len(flags), hard=len(hard), everyday=len(cleans) - len(hard)))
    print(f"wrote {len(M)} messages ({len(flags)} flag, {len(cleans)} clean) to {OUT}")


if __name__ == "__main__":
    main()
