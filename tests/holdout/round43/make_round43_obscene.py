#!/usr/bin/env python3
"""Generate the BLIND round-43 hold-out corpus for mailguard's obscene-language module.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
obscene-language/ next to this script.  Written without reading the filter,
its rules or its tests: never use these messages for tuning.

Deterministic: fixed dates, Message-IDs and MIME boundaries, so two runs give
byte-identical files.  Python 3.11 standard library only.

    python3 tests/holdout/round43/make_round43_obscene.py
"""
import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "obscene-language"
DOMAIN = "example-school.org.uk"
PUPIL_DOMAIN = "pupils.example-school.org.uk"
CRLF = "\r\n"
SOFT = "\x01"  # marks a forced quoted-printable soft line break inside a word


# --------------------------------------------------------------------------- time

def when(y, mo, d, h, mi, s=0):
    naive = datetime(y, mo, d, h, mi, s)
    bst = (datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 1)
           or datetime(2026, 3, 29, 1) <= naive < datetime(2026, 10, 25, 1))
    return naive.replace(tzinfo=timezone(timedelta(hours=1)) if bst else timezone.utc)


def sha(s, n=40):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


# --------------------------------------------------------------------------- people

class Person:
    def __init__(self, name, email_addr, sig=""):
        self.name = name
        self.email = email_addr
        self.sig = sig.strip("\n")

    def hdr(self):
        if not self.name:
            return self.email
        return formataddr((self.name, self.email), charset="utf-8")


def pupil(local, name=""):
    return Person(name, f"{local}@{PUPIL_DOMAIN}")


def ext(name, addr):
    return Person(name, addr)


SCHOOL_LINE = "Example School, Park Row, LS1 4AP"

S = {}


def staff(key, name, local, sig):
    S[key] = Person(name, f"{local}@{DOMAIN}", sig)


staff("robson", "Craig Robson", "c.robson", """
Craig Robson
Head of Year 9 | Example School
Park Row, LS1 4AP
Tel: 01632 960000
""")
staff("nibhriain", "Siobhán Ní Bhriain", "s.nibhriain", """
Siobhán Ní Bhriain
KS5 Lead, English
Example School | Park Row | LS1 4AP | 01632 960000
""")
staff("office", "Lorraine Shotton", "office", """
Lorraine Shotton
Office Manager
Example School, Park Row, LS1 4AP
T: 01632 960000 | E: office@example-school.org.uk
""")
staff("charlton", "Gary Charlton", "g.charlton", """
Mr G Charlton
PE Department
Example School, Park Row, LS1 4AP - 01632 960000
""")
staff("raman", "Dr Priya Raman", "p.raman", """
Dr Priya Raman
Head of Science
Example School
Park Row, LS1 4AP
01632 960000
""")
staff("dsl", "Denise Armstrong", "dsl", """
Denise Armstrong
Assistant Headteacher and Designated Safeguarding Lead
Example School, Park Row, LS1 4AP
Tel: 01632 960000

If a child is in immediate danger, ring 999. Safeguarding concerns out of hours:
Sunderland Children's Services emergency duty team, 0191 498 0400.
""")
staff("milburn", "Kevin Milburn", "k.milburn", """
Kevin Milburn
Head of Geography
Example School | Park Row | LS1 4AP
01632 960000 ext. 231
""")
staff("bell", "Hayley Bell", "h.bell", """
Miss H. Bell
Teacher of History
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("dobson", "Tom Dobson", "t.dobson", """
Tom Dobson
Teacher of Mathematics
Example School
""")
staff("attendance", "Janine Purvis", "attendance", """
Janine Purvis
Attendance Officer
Example School, Park Row, LS1 4AP
Attendance line: 01632 960000 (option 1)
""")
staff("wardle", "Stephen Wardle", "s.wardle", """
Stephen Wardle
Deputy Headteacher (Behaviour and Attendance)
Example School, Park Row, LS1 4AP
T 01632 960000
""")
staff("forster", "Rachel Forster", "r.forster", """
Rachel Forster
SENCo
Example School, Park Row, LS1 4AP
01632 960000 (ext. 218)
Working days: Monday to Thursday
""")
staff("nowak", "Dariusz Nowak", "d.nowak", """
Mr D. Nowak
Head of Modern Foreign Languages
Example School · Park Row · LS1 4AP · 01632 960000
""")
staff("heslop", "Angela Heslop", "a.heslop", """
Angela Heslop
Catering Manager & Breakfast Club Coordinator
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("hedley", "Liam Hedley", "l.hedley", """
Liam Hedley
Network Manager, IT Services
Example School, Park Row, LS1 4AP
IT helpdesk: ext. 250 / 01632 960000
""")
staff("tait", "Carol Tait", "c.tait", """
Mrs C Tait
Head of RE and PSHE
Example School, Park Row, LS1 4AP
""")
staff("ridley", "Mark Ridley", "m.ridley", """
Mark Ridley
Head of Sixth Form | Teacher of Psychology
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("elliott", "Joanne Elliott", "head", """
Mrs Joanne Elliott
Headteacher
Example School
Park Row, LS1 4AP
Tel: 01632 960000
""")
staff("younger", "Kirsty Younger", "k.younger", """
Kirsty Younger
Head of Music and Performing Arts
Example School | 01632 960000
""")
staff("scorer", "Neil Scorer", "n.scorer", """
Neil Scorer
Site Manager
Example School, Park Row, LS1 4AP
Site mobile: 07700 900614
""")
staff("exams", "Bev Lamb", "exams", """
Bev Lamb
Exams Officer
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("qureshi", "Farah Qureshi", "f.qureshi", """
Farah Qureshi
Teacher of Biology | RSE Lead
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("errington", "Paul Errington", "p.errington", """
Paul Errington
Head of Design & Technology / Form tutor 10E
Example School, Park Row, LS1 4AP
""")
staff("fenwick", "Michelle Fenwick", "careers", """
Michelle Fenwick
Careers Leader
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("brannigan", "Dean Brannigan", "d.brannigan", """
Dean Brannigan
Head of Year 11
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("kerr", "Shannon Kerr", "s.kerr", """
Shannon Kerr
Teaching Assistant
""")
staff("lowes", "Jodie Lowes", "j.lowes", "")
staff("cairns", "Louise Cairns", "l.cairns", """
Louise Cairns
Head of Year 7
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("straughan", "Nicola Straughan", "n.straughan", """
Nicola Straughan
Head of Year 10
Example School
Park Row, LS1 4AP
Tel 01632 960000
""")
staff("hetherington", "Leanne Hetherington", "l.hetherington", """
Leanne Hetherington
Head of Girls' PE
Example School, Park Row, LS1 4AP
01632 960000
""")
staff("gibson", "Aaron Gibson", "a.gibson", """
Mr A Gibson
English Department
Example School, Park Row, LS1 4AP
""")
staff("oliver", "Dave Oliver", "d.oliver", "")
staff("rutherford", "Sue Rutherford", "s.rutherford", "")
staff("staff", "All Staff", "staff", "")
staff("english", "English Department", "english", "")
staff("science", "Science Department", "science", "")
staff("geography", "Geography Department", "geography", "")
staff("pe", "PE Department", "pe", "")
staff("tutors", "Form Tutors", "tutors", "")

JANE = Person("Jane Parent", "jane.parent@gmail.com")
SAM = Person("Sam Carer", "sam.carer@outlook.com")
ALI = Person("Ali Guardian", "ali.guardian@btinternet.com")

TRUST_FOOTER = """
--
Example School is part of the Wearside and Tyne Learning Trust.
This e-mail and any attachments are confidential and intended only for the
addressee. If you have received it in error please tell the sender and delete it.
"""


# --------------------------------------------------------------------------- encoders

def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or re.match(r"On .* wrote:$", line):
            out.append(line)
            continue
        prefix = ""
        rest = line
        while rest.startswith(">"):
            prefix += ">"
            rest = rest[1:]
            if rest.startswith(" "):
                prefix += " "
                rest = rest[1:]
        lead = len(rest) - len(rest.lstrip(" "))
        prefix += rest[:lead]
        rest = rest[lead:]
        bullet = ""
        mb = re.match(r"(-|\*|\d+\.|\d+\))\s+", rest)
        if mb:
            bullet = " " * mb.end()
        wrapped = textwrap.wrap(rest, width=width - len(prefix), break_long_words=False,
                                break_on_hyphens=False)
        for i, w in enumerate(wrapped):
            out.append(prefix + (bullet if i and bullet else "") + w)
    return "\n".join(out)


def qp_encode(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        toks = []
        for ch in line:
            if ch == SOFT:
                toks.append(None)
                continue
            for b in ch.encode("utf-8"):
                if b == 0x3D or b > 126 or (b < 32 and b != 9):
                    toks.append("=%02X" % b)
                else:
                    toks.append(chr(b))
        if toks and toks[-1] in (" ", "\t"):
            toks[-1] = "=%02X" % ord(toks[-1])
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
    return CRLF.join(out)


def b64_encode(data):
    enc = base64.b64encode(data).decode("ascii")
    return CRLF.join(enc[i:i + 76] for i in range(0, len(enc), 76))


def encoded_words(text, mode="B"):
    def enc(chunk):
        if mode == "B":
            return "=?utf-8?B?%s?=" % base64.b64encode(chunk.encode("utf-8")).decode("ascii")
        q = ""
        for b in chunk.encode("utf-8"):
            c = chr(b)
            if c == " ":
                q += "_"
            elif b < 128 and (c.isalnum() or c in "!*+-/"):
                q += c
            else:
                q += "=%02X" % b
        return "=?utf-8?Q?%s?=" % q
    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > 70:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def fold_plain_header(name, value):
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 77 and line.strip() != f"{name}:":
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return CRLF.join(out)


def subject_header(subject, mode=None):
    if mode is None and subject.isascii():
        return fold_plain_header("Subject", subject)
    words = encoded_words(subject, mode or "B")
    return "Subject: " + (CRLF + " ").join(words)


def addr_header(name, people):
    items = [p.hdr() for p in people]
    line = f"{name}:"
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + 1 + len(piece) > 78 and line != f"{name}:":
            out.append(line)
            line = " " + piece
        else:
            line += " " + piece
    out.append(line)
    return CRLF.join(out)


# --------------------------------------------------------------------------- MIME tree

class Leaf:
    def __init__(self, ctype, payload, cte="auto", charset="utf-8", filename=None,
                 disposition=None, wrap=True):
        self.ctype = ctype
        self.payload = payload
        self.cte = cte
        self.charset = charset
        self.filename = filename
        self.disposition = disposition
        self.wrap = wrap

    def render(self, ctx):
        p = self.payload
        if isinstance(p, str):
            p = p.replace("\r\n", "\n")
            if self.ctype == "text/plain" and self.wrap and self.cte in ("auto", "7bit", "8bit"):
                p = wrap_text(p)
            if not p.endswith("\n"):
                p += "\n"
        cte = self.cte
        if cte == "auto":
            cte = "7bit" if p.isascii() else "8bit"
        if isinstance(p, str) and cte in ("7bit", "8bit"):
            p = p.replace(SOFT, "")
        ctype = self.ctype
        if ctype.startswith("text/") and self.charset:
            cs = self.charset
            ctype += f'; charset="{cs}"'
        if self.filename:
            ctype += f'; name="{self.filename}"'
        hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f'; filename="{self.filename}"'
            hdrs.append(f"Content-Disposition: {disp}")
        if cte in ("7bit", "8bit"):
            body = p.rstrip("\n").replace("\n", CRLF)
        elif cte == "quoted-printable":
            body = qp_encode(p.rstrip("\n"))
        elif cte == "base64":
            data = p.encode("utf-8") if isinstance(p, str) else p
            body = b64_encode(data)
        else:
            raise ValueError(cte)
        return hdrs, body


class Multi:
    def __init__(self, subtype, *parts):
        self.subtype = subtype
        self.parts = parts

    def render(self, ctx):
        ctx["n"] += 1
        style = ctx["style"]
        key = ctx["key"]
        if style == "outlook":
            boundary = "_%03d_%s%s_" % (ctx["n"] * 2 - 2, sha(key, 24).upper(), "EURPRD03PRODOUTLOO")
        elif style == "iphone":
            u = sha(key + str(ctx["n"]), 32).upper()
            boundary = "Apple-Mail-%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
        elif style == "thunderbird":
            boundary = "------------%s" % sha(key + str(ctx["n"]), 24)
        else:
            boundary = "000000000000%s" % sha(key + str(ctx["n"]), 16)
        hdrs = [f'Content-Type: multipart/{self.subtype};{CRLF}\tboundary="{boundary}"']
        chunks = []
        for part in self.parts:
            ph, pb = part.render(ctx)
            chunks.append(f"--{boundary}{CRLF}" + CRLF.join(ph) + CRLF + CRLF + pb + CRLF)
        body = "".join(chunks) + f"--{boundary}--"
        return hdrs, body


def P(text, cte="auto", charset="utf-8", wrap=True):
    return Leaf("text/plain", text, cte=cte, charset=charset, wrap=wrap)


def H(markup, cte="quoted-printable"):
    return Leaf("text/html", markup, cte=cte)


def ATT(filename, ctype, data, cte="base64", charset=None):
    return Leaf(ctype, data, cte=cte, charset=charset, filename=filename,
                disposition="attachment")


def ALT(text, markup=None, style="outlook", pcte="quoted-printable", hcte="quoted-printable"):
    if markup is None:
        markup = to_html(text, style)
    return Multi("alternative", P(text, cte=pcte, wrap=(pcte != "quoted-printable")), H(markup, cte=hcte))


def MIXED(body, *atts):
    return Multi("mixed", body, *atts)


# --------------------------------------------------------------------------- HTML helpers

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}
span.EmailStyle20 {font-family:"Aptos",sans-serif; color:windowtext;}
.MsoChpDefault {font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = """</div>
</body>
</html>
"""


def _blocks(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
            blocks.append(None)
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    return blocks


def _html_inner(text, style):
    out = []
    esc = lambda s: html.escape(s, quote=False)
    for blk in _blocks(text):
        if blk is None:
            if style == "outlook":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append("<div><br></div>")
            continue
        if all(l.startswith(">") for l in blk):
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith("> ") or l == ">" else l[1:] for l in blk)
            out.append('<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append(_html_inner(inner, style))
            out.append("</blockquote>")
            continue
        for l in blk:
            if l.startswith("________________"):
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
                continue
            if style == "outlook":
                out.append(f'<p class="MsoNormal">{esc(l)}<o:p></o:p></p>')
            else:
                out.append(f"<div>{esc(l)}</div>")
    return "\n".join(out)


def to_html(text, style="outlook"):
    text = text.replace(SOFT, "")
    if style == "outlook":
        return OUTLOOK_HEAD + _html_inner(text, style) + "\n" + OUTLOOK_TAIL
    return '<div dir="ltr">\n' + _html_inner(text, style) + "\n</div>\n"


def html_page(inner, style="outlook"):
    if style == "outlook":
        return OUTLOOK_HEAD + inner.strip("\n") + "\n" + OUTLOOK_TAIL
    return '<div dir="ltr">\n' + inner.strip("\n") + "\n</div>\n"


# --------------------------------------------------------------------------- attachments

def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 15 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -26 Td",
               "14 TL", f"({esc(lines[0])}) Tj"]
    for ln in lines[1:]:
        content.append(f"({esc(ln)}) '")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# --------------------------------------------------------------------------- messages

MESSAGES = []


def add(label, slug, note, frm, to, subject, date, body, cc=(), subj_enc=None,
        style="outlook", in_reply_to=None, extra=()):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, subj_enc=subj_enc,
                         style=style, in_reply_to=in_reply_to, extra=list(extra)))


def render_message(m):
    key = m["slug"]
    ctx = {"n": 0, "style": m["style"], "key": key}
    body_hdrs, body = m["body"].render(ctx)
    h = sha("r43-obscene-" + key)
    if m["style"] == "outlook":
        mid = "<AS8PR03MB%s%s@AS8PR03MB%s.eurprd03.prod.outlook.com>" % (
            h[:4].upper(), h[4:28].upper(), h[:4].upper())
    elif m["style"] == "iphone":
        mid = "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                        h[16:20].upper(), h[20:32].upper(), DOMAIN)
    else:
        mid = "<%s.%s@%s>" % (h[:16], h[16:24], DOMAIN)
    hdrs = ["From: " + m["frm"].hdr(), addr_header("To", m["to"])]
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    hdrs.append(subject_header(m["subject"], m["subj_enc"]))
    hdrs.append("Date: " + format_datetime(m["date"]))
    hdrs.append("Message-ID: " + mid)
    if m["in_reply_to"]:
        hdrs.append("In-Reply-To: " + m["in_reply_to"])
        hdrs.append("References: " + m["in_reply_to"])
    if m["style"] == "outlook":
        hdrs.append("Content-Language: en-GB")
        has_att = isinstance(m["body"], Multi) and m["body"].subtype == "mixed"
        hdrs.append("X-MS-Has-Attach: yes" if has_att else "X-MS-Has-Attach:")
    elif m["style"] == "iphone":
        hdrs.append("X-Mailer: iPhone Mail (22C152)")
    elif m["style"] == "thunderbird":
        hdrs.append("User-Agent: Mozilla Thunderbird")
    hdrs.extend(m["extra"])
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(body_hdrs)
    return (CRLF.join(hdrs) + CRLF + CRLF + body + CRLF).encode("utf-8")


def sig(key):
    return S[key].sig


def outlook_quote(frm, sent, to, subject, body, cc=None):
    lines = ["________________________________",
             f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n" + body.strip("\n")


def gmail_quote(header, body):
    q = "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n"))
    return header + "\n" + q


# ===========================================================================
# The messages themselves are below.
# ===========================================================================

# =========================================================================== FLAG (20)

# F1 plain: derby sweepstake, Geordie "hadaway and shite" + "fucking"
add("flag", "derby_sweepstake",
    "staff-to-staff football banter with shite and fucking (plain)",
    S["charlton"], [S["dobson"]], "Re: derby sweepstake", when(2025, 12, 14, 19, 41),
    P("""Tom,

Hadaway and shite man, you did not have 1-0 in the sweepstake. I've got the sheet in front of me and you had 2-2 like half the staffroom. Paul's holding the money and he's not paying out till Lorraine's checked it.

And for the record that second half was the worst fucking 45 minutes I've sat through in years. Wor lass turned it off after 70 minutes and went round her mam's.

Fiver each again for the return game? I'll put a new sheet up in the PE office Monday.

Gaz

On Sun, 14 Dec 2025 at 19:02, Tom Dobson <t.dobson@example-school.org.uk> wrote:
> Pay up Gaz, 1-0 was mine. Canny game that.
> T
"""),
    cc=[S["errington"]], style="iphone",
    in_reply_to="<7A1C0E55-1B2D-4F0E-9C11-5D0A9E3B2F10@example-school.org.uk>")

# F2 plain: deputy head calls trust consultant a bellend
add("flag", "trust_visit_bellend",
    "deputy head vents to head: trust adviser is a bellend (plain, alternative QP)",
    S["wardle"], [S["elliott"]], "RE: Trust review visit - feedback", when(2025, 9, 30, 16, 48),
    ALT("""Jo,

Just back from the feedback meeting with the trust's school improvement partner. Honestly, the bloke is a bellend. Forty minutes telling me our behaviour data was "concerning" when he'd been reading last year's spreadsheet, the one from before we changed the reporting categories. I pointed it out twice and he carried on regardless.

The useful bits, for what they're worth:
- he liked the breakfast club and wants to send the head from Hetton to see it
- he wants the Year 10 attendance plan written up properly before half term
- he thinks sixth form tutor time is "underused" (fair, to be honest)

I'll write it up tomorrow without the editorial. Can we have twenty minutes on Thursday before SLT to agree what we actually send back to the trust?

Steve

""" + sig("wardle") + "\n" + TRUST_FOOTER),
    extra=["Thread-Topic: Trust review visit - feedback"])

# F3 plain: HoY reply to parent calls her complaint bollocks
_p1 = outlook_quote("Jane Parent <jane.parent@gmail.com>", "03 November 2025 21:14",
                    "Craig Robson <c.robson@example-school.org.uk>", "Detention on Friday", """
Mr Robson,

Example Pupil One has come home AGAIN with a detention from Mr Dobson. That is the third one this term and every time it is maths. I'm sorry but I think Mr Dobson has it in for him and I want to know what is being done about it. He says he was only talking to his friend.

He has football on Friday after school so he won't be able to do it anyway.

Jane Parent
""")
add("flag", "parent_reply_bollocks",
    "head of year to parent: her complaint is bollocks (plain, own words)",
    S["robson"], [JANE], "RE: Detention on Friday", when(2025, 11, 4, 22, 6),
    P("""Dear Mrs Parent,

Thank you for your email. I spoke to Mr Dobson and to your son this morning.

I'll be straight with you, because I think you'd rather I was: the idea that Mr Dobson "has it in for him" is bollocks. He has given your son more second chances this half term than I would have. The detention was for refusing to move seats after being asked three times, and for what he said to Mr Dobson on the way out of the room, which I won't repeat here.

The detention stands and will take place on Friday from 3.10 to 3.50pm in the Year 9 base. Football training doesn't start until 4pm so he can do both.

If you would like to come in and talk it through, I'm happy to meet after school on Wednesday or Thursday. Please ring the office on 01632 960000 to book a time.

Regards,

""" + sig("robson") + "\n\n" + _p1, cte="quoted-printable", wrap=False),
    cc=[S["dobson"]], in_reply_to="<CAJ8u1xQm4Rk2Lw9Tq0pVn3sYb7Hd5Fe6Gc1Za8Wx2Ny4Mv@mail.gmail.com>")

# F4 plain: PE teacher to pupils: piss poor, get your arses to training
add("flag", "cup_game_squad",
    "PE teacher to Y11 football squad (pupils): piss poor, arses (plain)",
    S["charlton"],
    [pupil("21rbrough"), pupil("21kwhitfield"), pupil("21jnesbitt"), pupil("21tcoulson"),
     pupil("21aali"), pupil("21mfoster")],
    "Cup game / training Thursday", when(2026, 1, 22, 21, 15),
    P("""Lads,

First half on Wednesday was as good as I've seen from this group. Second half was piss poor and you all know it. Heads went down after their second goal and nobody was talking. Three of you were walking back by the end.

Training Thursday 3.15 on the 3G, not the grass, the grass is clarts. Get your arses there on time with boots and shin pads, and no excuses about buses. If you can't make it tell me before Thursday, not after.

League game against St Aidan's is a week on Saturday. Win that and we're canny placed.

Mr Charlton

Sent from my iPhone
""", cte="quoted-printable", charset="us-ascii", wrap=False),
    style="iphone")

# F5 plain in attachment: seating plan CSV with abusive notes about pupils
_csv = """row,seat,pupil,notes
1,1,Kayden Brough,front row - hearing aid (left)
1,2,Lacey Thompson,
1,3,Riley Nesbitt,gobby little shit - keep him well away from Kayden
1,4,Maisie Grieves,
2,1,Tyler Ord,thick as mince but tries
2,2,Ellie-Mae Coates,
2,3,Jayden Pringle,mam is a nightmare - ring HoY not home
2,4,Ruby Swinburne,EAL - sit with Maisie
3,1,Connor Hume,sly little bastard - check phone is in his bag
3,2,Amber Lister,
3,3,Oliver Stobbart,
3,4,Skye Hutchinson,SEN support - extra time on tests
4,1,Harvey Tindle,
4,2,Jessica Marr,
4,3,Mason Gowland,
4,4,Leah Carr,
"""
add("flag", "seating_plan_csv",
    "CSV attachment (staff's own notes) calls pupils little shit / bastard",
    S["robson"], [S["dobson"]], "9X3 seating plan", when(2025, 10, 10, 15, 52),
    MIXED(P("""Tom,

New seating plan for 9X3 from Monday as we discussed. Notes column is just for you, don't put it up on the board.

Craig
"""), ATT("9X3_seating_plan.csv", "text/csv", _csv, cte="base64", charset="utf-8")))

# F6 plain in attachment: leaving speech with "fucking laminator"
_speech = """BRIAN - 31 YEARS
(draft 2 - roughly four minutes)

Thirty-one years. Brian started here when reception still had the old
miner's lamp display and the staffroom still had an ashtray.

In that time he has taught physics to something like six thousand bairns,
two of whom are now on the staff, which tells you everything you need to
know about our recruitment.

He has run chess club, led Duke of Edinburgh expeditions in every kind of
weather the Cheviots can throw at you, and reversed the minibus into the
same bollard at Washington services. Twice.

What he has never once managed, in thirty-one years, is to work the
fucking laminator. (Pause for laughs. Lorraine will nod.)

Brian, you're a proper gent. Gan canny, enjoy the allotment, and don't
be a stranger at the Friday quiz.
"""
add("flag", "leaving_speech_txt",
    "text attachment draft speech contains fucking (author's own words)",
    S["ridley"], [S["raman"]], "Brian's leaving do - speech draft", when(2025, 12, 16, 20, 31),
    MIXED(P("""Priya,

Draft for Friday attached. It's about four minutes read out loud. Tell me honestly if any of it is too much with his wife there - I can cut the bit about the minibus.

Mark
""", cte="quoted-printable", wrap=False),
          ATT("brian_speech_draft.txt", "text/plain", _speech, cte="quoted-printable",
              charset="utf-8")))

# F7 plain slur (disability): retard
add("flag", "supply_retard",
    "TA to TA: supply teacher 'like a total retard' (disability slur, plain)",
    S["kerr"], [S["lowes"]], "today", when(2026, 2, 3, 15, 44),
    P("""Jodie did you hear about period 4?? The supply in DT couldn't even find the register on the system, just stood there like a total retard for ten minutes while 8Y2 went feral. Paul had to come in from next door.

Honestly who are they sending us. Are you on bus duty tomorrow or am I? x
"""))

# F8 plain slur (race)
add("flag", "milk_run",
    "site manager: nipping to the 'paki shop' (racial slur, plain, 2 lines)",
    S["scorer"], [S["office"]], "milk", when(2025, 11, 18, 10, 2),
    P("""Lorraine, staffroom's out of milk again. I'm nipping up to the paki shop on Chester Road in ten minutes, want owt?

Neil
"""))

# F9 plain slur (sexual orientation)
add("flag", "new_dance_teacher",
    "PE teacher calls new colleague a 'little poof' (homophobic, alternative)",
    S["charlton"], [S["brannigan"]], "sports hall Tuesday", when(2025, 9, 8, 12, 37),
    ALT("""Dean, have you met the new dance lad in the drama block yet? Proper little poof, skinny jeans and a man bag. I give him till October half term with 10Y4.

Anyway, can I borrow the sports hall Tuesday P5? Mine's got the exam desks in for the Y11 tests.

G
""", style="gmail", pcte="7bit"), style="gmail")

# F10 masked: f*cking photocopier to all staff
add("flag", "photocopier_fcking",
    "office manager to all staff: 'f*cking photocopier' (asterisk mask)",
    S["office"], [S["staff"]], "Photocopier in the workroom", when(2025, 10, 14, 8, 12),
    ALT("""Hi all,

The f*cking photocopier in the workroom has jammed again (paper tray 2, same as last week) and the engineer can't come out till Thursday morning. Sorry for the language but I've been stood over it since half seven.

Until then please use the copier in the library, or send jobs to reprographics by 10am and Sharon will have them back to you by the end of the day.

Please, please do not try to fix it yourselves with a ruler. You know who you are.

Thanks,
Lorraine

""" + sig("office")))

# F11 leetspeak: b1tch / sh1t about trust HR woman (gendered insult)
add("flag", "hr_call_b1tch",
    "attendance officer calls HR woman a b1tch, sh1t (leetspeak digits)",
    S["attendance"], [S["exams"]], "that phone call", when(2026, 1, 13, 13, 5),
    P("""Bev,

The woman from trust HR rang back about my hours. Honestly she's a total b1tch, talked to me like I was something she'd stood in. Apparently the extra Monday I've been doing since September "wasn't authorised", even though Steve signed it off in writing.

I'm not taking any more sh1t off her. I'm printing the emails tonight and going to see the union rep.

Coffee at break? I need a moan.
J
"""))

# F12 repeated letters
add("flag", "concert_fuuuck",
    "music teacher to colleague: FUUUUUCK me, shiiiiite (repeated letters)",
    S["younger"], [S["bell"]], "last night!!", when(2025, 12, 18, 7, 58),
    ALT("""FUUUUUCK me Hayley what a night. I was convinced the Year 7 choir were going to be shiiiiite after Tuesday's rehearsal (half of them didn't know the second verse of Blaydon Races) and then they walked out and absolutely smashed it. Did you see Mr Wardle's face?!

Thank you sooo much for doing the door and the raffle. We made £412 for the breakfast club, which is mint.

Pint on Friday, my shout x
""", style="gmail", pcte="8bit", hcte="quoted-printable"), style="gmail")

# F13 dotted letters
add("flag", "staff_match_ref",
    "maths teacher: the ref was a complete w.a.n.k.e.r (dotted letters)",
    S["dobson"], [S["charlton"]], "Re: staff v sixth form", when(2025, 12, 19, 16, 40),
    P("""Ha. That ref was a complete w.a.n.k.e.r though, you can't tell me that second one was offside. Mr Ridley refereeing against his own sixth formers is a conflict of interest and I'll be raising it at the next union meeting.

Same time next year. Get some ice on that knee.

T

On Fri, 19 Dec 2025 at 16:22, Gary Charlton <g.charlton@example-school.org.uk> wrote:
> Well played today. We were robbed, or at least that's what I'm telling the kids.
> G
"""), style="iphone",
    in_reply_to="<3F2A91C4-88B0-4C6E-A1D7-0E94B5C2D7AA@example-school.org.uk>")

# F14 Cyrillic homoglyphs
add("flag", "laser_cutter_cyrillic",
    "DT head: extraction is bollocks, the same arse (Cyrillic o/a/e homoglyphs)",
    S["errington"], [S["oliver"]], "laser cutter", when(2026, 2, 24, 11, 18),
    P("""Dave,

Extraction on the laser cutter is b\u043ell\u043ecks again. Smoke everywhere in the Year 10 lesson and the fire alarm very nearly went. I've switched it off at the wall and put a sign on it.

Can you ring the company again? And tell them if they send the same \u0430rs\u0435 as last time, the one who "fixed" it with gaffer tape, I'm not letting him in the building.

Paul
"""))

# F15 full-width letters
add("flag", "firewall_fullwidth",
    "IT manager: the trust's firewall is shite (full-width letters)",
    S["hedley"], [S["milburn"]], "RE: wifi in G12", when(2025, 11, 25, 14, 27),
    P("""Kev,

Yes, I know. The trust's new firewall is """ + fullwidth("shite") + """ and I've told them so three times now. Every time they push an update it knocks out the access points in the humanities block. It's not your laptop.

I've logged it with them again (ref INC-204417). In the meantime plug into the wall port by the teacher desk; there's a blue cable in your top drawer.

Liam

""" + sig("hedley")),
    extra=["Thread-Topic: wifi in G12"])

# F16 zero-width space inside the word
add("flag", "cover_work_zwsp",
    "history teacher: absolute bas[ZWSP]tard of a day (zero-width char)",
    S["bell"], [S["tait"]], "Cover work for Thursday", when(2025, 12, 3, 18, 55),
    ALT("""Carol,

Cover work for Thursday is on the History shared drive under Cover > Y8 > Week 14. Textbook pages 54-57 (the Jarrow Crusade) and there's a worksheet to go with it. The class are lovely, you'll have no bother.

Sorry it's so late. Today has been an absolute bas\u200btard of a day: two parent phone calls, a fire drill in the middle of my Y11 mock and the projector in H3 finally died.

Thanks for sorting the cover, I owe you one.

Hayley

""" + sig("bell")))

# F17 swear words split by HTML tags / entities (HTML only)
add("flag", "mock_data_html_split",
    "HTML-only: bol</b>locks, wan</span><span>ker split by tags, &#115;hite entity",
    S["brannigan"], [S["wardle"]], "Y11 mocks - governors tomorrow", when(2026, 1, 27, 21, 40),
    H(html_page("""<p class="MsoNormal">Steve,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Just to warn you before tomorrow &ndash; the trust data lead wants us to present the Y11 mock grades as &quot;working at&quot; rather than the raw marks. Which is <b>bol</b>locks, frankly, because half of them sat Paper 2 in the sports hall with the heating off and the marks are what they are.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#39;ve done both versions of the slides. Can we agree which one we show before the meeting? I don&#39;t want to look like a <span style="color:#1F3864">wan</span><span style="color:#1F3864">ker</span> in front of the governors, changing slides halfway through because of that &#115;hite spreadsheet.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dean<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Dean Brannigan | Head of Year 11 | Example School, Park Row, LS1 4AP | 01632 960000</span><o:p></o:p></p>
""")))

# F18 quoted-printable soft line break inside the word
add("flag", "practical_deadline_qp",
    "head of science: moved the fuc=<soft break>king deadline (QP soft break in word)",
    S["raman"], [S["science"]], "Y13 practical endorsement - deadline moved",
    when(2026, 1, 19, 17, 3),
    P("""Hi all,

Just had the email from the exam board. They've moved the fuc""" + SOFT + """king deadline for the practical endorsement forward by a fortnight, so everything for Year 13 now needs signing off by Friday 6 February, not the 20th.

What I need from you:
- check your Y13 groups' lab books against the tracker by Wednesday
- flag anyone missing more than two practicals to me (not to the students yet)
- if you need the technicians to re-run a practical (realistically the rates of reaction one), book it through Sue by Monday

I know. I'm sorry. I've already replied to the board with my views, in slightly more polite words than the ones above.

Priya

""" + sig("raman"), cte="quoted-printable", wrap=False))

# F19 base64 body
add("flag", "timetable_base64",
    "MFL head: taking the piss, some arsehole (base64 body)",
    S["nowak"], [S["nibhriain"]], "timetable after Easter", when(2026, 3, 10, 19, 22),
    P("""Siobhán,

Have you seen the new timetable for after Easter? Year 10 French last two periods on a Friday, in the mobile, twice a fortnight. Whoever built that is taking the piss. I'm going to see Steve about it tomorrow morning.

Also some arsehole has walked off with the visualiser from M2 again. If it turns up in English can you send it home please.

Dziękuję,
Darek
""", cte="base64"), style="iphone")

# F20 RFC 2047 encoded subject carries the swear word
add("flag", "annual_reviews_subject_b64",
    "SENCo: swear word only in RFC 2047 base64 subject (total shitshow)",
    S["forster"], [S["wardle"]], "Annual reviews this week \u2013 total shitshow \U0001F643",
    when(2026, 2, 12, 16, 18),
    ALT("""Steve,

Quick update before you ask. Of the four annual reviews booked this week:

- Monday went ahead (Y7, all fine, paperwork back to the LA by Friday)
- Tuesday was cancelled by the LA caseworker twenty minutes before the start; the parent had taken a day off work
- Wednesday's EP didn't turn up and nobody let us know
- Thursday's has moved to after half term at the family's request

I've apologised to the Tuesday family and offered them a new date. I'd like to raise the caseworker cancellations at the next LA liaison meeting, as it's the third time this term.

Rachel

""" + sig("forster")),
    subj_enc="B")

# =========================================================================== CLEAN: everyday (30)

add("clean", "absence_query",
    "attendance officer asks parent for absence reason",
    S["attendance"], [SAM], "Absence \u2013 Monday 22 September", when(2025, 9, 24, 9, 18),
    P("""Dear Sam,

We haven't yet received a reason for Example Pupil Two's absence on Monday 22 September. Could you let us know why they were off, either by replying to this email or by ringing the attendance line on 01632 960000 (option 1)?

If they were poorly that's absolutely fine, we just need to record it. Absences without a reason are recorded as unauthorised after five school days.

Many thanks,

""" + sig("attendance")), subj_enc="Q")

add("clean", "weekly_newsletter",
    "weekly newsletter to parents: breakfast club, derby non-uniform day",
    S["office"], [JANE, SAM, ALI], "Example School \u2013 Weekly News, Friday 3 October",
    when(2025, 10, 3, 14, 30),
    ALT("""Dear Parents and Carers,

Here's what's been happening this week and what's coming up.

BREAKFAST CLUB
Breakfast club runs every morning from 7.45am in the dining hall. It's free for every pupil and there's no need to book. This week we served over 1,900 breakfasts! A huge thank you to Wearside Bakery for their weekly donation of stotties, and to our Year 12 volunteers who have been on the toaster since September. If your bairn isn't eating before school, please encourage them to pop in.

DERBY DAY NON-UNIFORM
On Friday 10 October pupils can come to school in their club colours, black and white or red and white, for a £1 donation to the Sunderland and Newcastle foodbanks. Anyone who supports neither is welcome to come in whatever they like (within reason!).

YEAR 11 INFORMATION EVENING
Tuesday 14 October, 6pm in the main hall. We'll cover the mock exam timetable, revision sessions and post-16 options, and the sixth form team will be there to answer questions.

LOST PROPERTY
We currently have 37 unnamed jumpers and a single football boot. Please, please label your child's uniform.

DATES FOR YOUR DIARY
- Mon 13 Oct: Year 7 flu vaccinations
- Tue 14 Oct: Year 11 Information Evening
- Fri 24 Oct: school closes for half term at 3pm
- Mon 3 Nov: school reopens

Have a canny weekend,

Mrs J Elliott
Headteacher

""" + sig("office")), subj_enc="B")

add("clean", "fractions_homework",
    "maths teacher to Y7 pupils: homework reminder",
    S["dobson"], [pupil("25ejohnson"), pupil("25lmcguire"), pupil("25hbatey"), pupil("25zkhan")],
    "7M2 homework - fractions", when(2025, 11, 6, 16, 2),
    P("""Hi 7M2,

Homework this week is on Sparx: adding and subtracting fractions. It's due on Tuesday. If you get stuck, watch the help video first before you ask your mam!

Homework club is in M4 on Wednesday lunchtime if you want a hand.

Mr Dobson
"""))

add("clean", "briefing_notes",
    "deputy head's staff briefing notes",
    S["wardle"], [S["staff"]], "Briefing notes \u2013 Monday 6 October", when(2025, 10, 6, 8, 52),
    ALT("""Morning all,

Notes from this morning's briefing for anyone who missed it:

1. Fire drill this week (not saying which day). Please make sure registers are done on Arbor by 9am every day so the office has an accurate list.
2. Year 9 HPV vaccinations have moved to Thursday. Craig will send round the list of pupils out of lessons.
3. Breakfast club needs two more staff volunteers for Tuesdays. Angela will buy you a bacon stottie.
4. Y10 progress reports are due on Arbor by Friday 17th.
5. Staff v Year 13 netball is on Friday after school. Spectators welcome, heckling discouraged.
6. Parking: please don't park on the yellow hatching by the kitchen; the delivery lorry can't get in and we ended up with no bread last Wednesday.

Have a good week,
Steve

""" + sig("wardle")), subj_enc="Q")

_beamish_pdf = make_pdf("Year 8 trip to Beamish - consent and medical form", [
    "Pupil name: ____________________   Form: ______",
    "I give permission for my child to attend the Year 8 trip to Beamish Museum",
    "on Thursday 20 November 2025.",
    "",
    "Medical conditions / allergies: ____________________________________",
    "Medication to be carried (e.g. inhaler, EpiPen): ___________________",
    "Emergency contact name: ______________________",
    "Emergency contact telephone: _________________",
    "",
    "Signed (parent/carer): ______________________   Date: __________",
    "",
    "Please return to the History office by Friday 7 November.",
    "Example School, Park Row, LS1 4AP - 01632 960000",
])
add("clean", "beamish_trip_letter",
    "Y8 Beamish trip letter to parents with PDF consent form",
    S["bell"], [JANE, SAM, ALI], "Year 8 trip to Beamish Museum \u2013 Thursday 20 November",
    when(2025, 10, 21, 12, 40),
    MIXED(ALT("""Dear Parent/Carer,

As part of our Year 8 topic on the Industrial Revolution in the North East, we are taking the whole year group to Beamish, the Living Museum of the North, on Thursday 20 November.

Pupils will visit the 1900s pit village and drift mine, the Edwardian town and Pockerley Old Hall, and will complete a workbook during the day which feeds into their next assessment. For many of them it's the first time they'll have been down a mine, and several have told me their great-grandads worked at Wearmouth or Easington.

Cost: £12, payable on ParentPay by Friday 7 November. If the cost is a difficulty, please contact the school office in confidence. No child will miss the trip because of cost.
Departure: 8.30am from the front of school (please be in the hall by 8.15).
Return: approximately 3.45pm.
What to bring: a packed lunch (a free school packed lunch can be ordered for pupils entitled to free school meals), a waterproof coat and sensible shoes. Much of the day is outdoors and it can get clarty underfoot.

Please complete the attached consent and medical form and return it to the History office by Friday 7 November.

Yours sincerely,

""" + sig("bell") + "\nYear 8 trip leader\n"),
          ATT("Y8_Beamish_consent_form.pdf", "application/pdf", _beamish_pdf)),
    subj_enc="B")

_shoes = outlook_quote("Sam Carer <sam.carer@outlook.com>", "17 September 2025 07:52",
                       "Louise Cairns <l.cairns@example-school.org.uk>", "School shoes", """
Morning Miss Cairns,
Just to let you know the sole has come off Example Pupil Two's school shoes and the new ones won't come till next week. Is it ok for them to wear black trainers till then?
Thanks
Sam
""")
add("clean", "shoes_reply",
    "head of year 7 replies to carer about trainers (Outlook quote)",
    S["cairns"], [SAM], "RE: School shoes", when(2025, 9, 17, 8, 31),
    ALT("""Hi Sam,

Thanks for letting me know, and no problem at all. Black trainers are fine until the new shoes arrive. I'll put a note on the system so nobody gives a uniform sanction in the meantime, but could you also pop a note in the planner so they can show it if anyone asks?

If money is tight with uniform at the moment, please do get in touch with the office. We have a uniform exchange and a small fund for shoes, and it's all done quietly.

Best wishes,

""" + sig("cairns") + "\n\n" + _shoes),
    in_reply_to="<DB7PR02MB4977E0A1C2B3D4F5A6B7C8D9E0F1A2B3C4D5@DB7PR02MB4977.eurprd02.prod.outlook.com>")

_mocks_pdf = make_pdf("Year 11 mock examinations - December 2025", [
    "Mon 1 Dec   AM English Language Paper 1 (1h45)   PM Maths Paper 1 (1h30)",
    "Tue 2 Dec   AM Combined Science Biology 1        PM History Paper 1",
    "Wed 3 Dec   AM Maths Paper 2 (calculator)        PM Geography Paper 1",
    "Thu 4 Dec   AM English Literature Paper 1        PM Combined Science Chemistry 1",
    "Fri 5 Dec   AM Maths Paper 3 (calculator)        PM RE Paper 1",
    "",
    "Venue: sports hall unless your access arrangements say otherwise.",
    "Arrive 10 minutes before the start. Clear pencil case only.",
])
add("clean", "y11_mock_timetable",
    "exams officer sends Y11 mock timetable to pupils with PDF",
    S["exams"], [pupil("21rbrough"), pupil("21hgibbon"), pupil("21cwatson"), pupil("21oahmed")],
    "Y11 mock exam timetable \u2013 December", when(2025, 11, 12, 10, 15),
    MIXED(P("""Dear Year 11,

Your mock exam timetable is attached. Please read it carefully, put the dates in your planner and show it to whoever you live with.

A few reminders:
- Mobile phones and smart watches must be handed in before you enter the exam room. Having one on you, even switched off, counts as malpractice in the real exams.
- Clear pencil cases only. Black pen, pencil, ruler, calculator where allowed.
- If you're ill on the day, your parent or carer must ring the school before 8.30am.

If you think there's a clash, or you have access arrangements and aren't sure where you should be, come and see me in the exams office (next to reception) before Friday.

Good luck with your revision.

""" + sig("exams")), ATT("Y11_mock_timetable_Dec2025.pdf", "application/pdf", _mocks_pdf)),
    cc=[S["brannigan"]], subj_enc="Q")

add("clean", "breakfast_rota",
    "breakfast club coordinator to staff: volunteer rota",
    S["heslop"], [S["staff"]], "Breakfast club rota after half term", when(2025, 10, 22, 15, 10),
    P("""Hi everyone,

Thank you so much to everyone who's helped at breakfast club this half term. We're now averaging 380 bairns a morning, which is up from about 250 this time last year, and for some of them it's the only hot thing they'll eat before dinner.

After half term I still need:
- one person on Tuesdays 7.40-8.30 (serving)
- two people on Thursdays (one serving, one on the door with the register)
- anyone who can do the odd Friday; Friday is bacon butties and it gets busy

The toaster on the left is on its last legs so please use the conveyor one. Neil has ordered a new one.

If you can help, just reply to this and I'll put you on the sheet. Staff who volunteer get a free breakfast, obviously!

Thanks pet,
Angela

""" + sig("heslop")))

add("clean", "ucas_deadline",
    "head of sixth form reminds Y13 of UCAS internal deadline",
    S["ridley"], [pupil("19lcraggs"), pupil("19mhussain"), pupil("19kpattinson"), pupil("19abell")],
    "UCAS - internal deadline this Friday", when(2025, 11, 24, 8, 5),
    ALT("""Morning Year 13,

A reminder that the internal deadline for UCAS applications is this Friday, 28 November. That means your personal statement answers should be finished, your reference request sent, and your application 'sent to referee' in the UCAS Hub.

If you're still stuck on the personal statement, I'm in the sixth form office every lunchtime this week. Bring what you've got, even if it's rough.

If you're not applying to university, that's completely fine, but I still need to know your plan (apprenticeship, employment, gap year) by the same date. The Nissan and Port of Tyne apprenticeship windows open in January and Mrs Fenwick can help with applications.

Mr Ridley

""" + sig("ridley")))

add("clean", "access_arrangements",
    "SENCo to parent: exam access arrangements",
    S["forster"], [ALI], "Access arrangements for mock exams", when(2025, 11, 4, 13, 26),
    P("""Dear Mr Guardian,

I'm pleased to let you know that following his assessment with our specialist assessor last week, Example Pupil Three qualifies for 25% extra time and the use of a reader in his exams. These arrangements will be in place for the Year 10 mocks in January and, subject to the exam boards' approval, for his GCSEs.

He will sit his exams in the small exam room (room L2) with a handful of other pupils. He'll be given his own copy of the timetable showing the room and the adjusted finish times.

We'll also make sure his teachers are using the same arrangements in class tests, so that it becomes his normal way of working.

If you have any questions, I'm in school Monday to Thursday. You can ring me on 01632 960000 or just reply to this email.

Kind regards,

""" + sig("forster")))

add("clean", "u14_fixture",
    "PE teacher to Y9 team: fixture details",
    S["charlton"], [pupil("23jrobinson"), pupil("23dmcardle"), pupil("23ljobling"), pupil("23kmoss"),
                     pupil("23bwilkinson")],
    "U14s v Hetton \u2013 Tuesday", when(2026, 2, 5, 17, 45),
    P("""Howay lads,

Team for Tuesday against Hetton is on the PE noticeboard. Kick-off 3.45 on their 3G. Minibus leaves from the sports hall at 3.10 sharp, so bring your kit and your bait and come straight down after period 5.

We should be back by about 5.30. Tell whoever's picking you up.

Black socks, shin pads, and please bring your school jacket back on the bus with you; I found three on the minibus last time.

Mr Charlton
"""), subj_enc="Q")

add("clean", "locked_out_reply",
    "IT manager helps colleague locked out of account",
    S["hedley"], [S["tait"]], "RE: Locked out", when(2025, 9, 4, 8, 19),
    P("""Morning Carol,

I've reset it. Your temporary password is on a sticky note in an envelope on my desk (not sending it by email). When you log in it'll ask you to set a new one and then set up the Authenticator app again, because the new phone doesn't have it.

If the app gives you grief, pop down to IT at break and I'll do it with you. Takes two minutes.

Liam
"""))

add("clean", "sports_hall_heating",
    "site manager: sports hall heating fault",
    S["scorer"], [S["staff"]], "Sports hall heating", when(2026, 1, 7, 7, 34),
    P("""All,

The boiler feeding the sports hall tripped overnight and the hall is cold this morning (about 11 degrees at 7am). The engineer is on his way. PE, please use the dance studio and the gym until lunch; I'll let you know when it's back up.

Main building heating is fine.

Neil
"""))

add("clean", "christmas_concert",
    "music head: Christmas concert letter to parents",
    S["younger"], [JANE, SAM, ALI], "Christmas concert \u2013 Wednesday 17 December",
    when(2025, 12, 1, 12, 20),
    ALT("""Dear Parents and Carers,

You're warmly invited to our Christmas concert at St Michael's Church, Front Street, on Wednesday 17 December at 6.30pm (doors 6pm).

This year we have the Year 7 choir, the brass group, the sixth form a cappella group and, by popular demand, the staff band. The evening will finish with everyone singing Blaydon Races, so please brush up on the words!

Tickets are free, but there will be a raffle and a bucket collection for the breakfast club. Mince pies and hot drinks will be on sale in the interval.

Performers need to be at the church by 5.30pm in school uniform with a Christmas jumper or a bit of tinsel if they like.

We hope to see you there.

Miss K Younger
Head of Music

""" + sig("younger"), style="gmail"), style="gmail", subj_enc="B")

add("clean", "end_of_term_thanks",
    "headteacher's short end-of-term thank you to staff",
    S["elliott"], [S["staff"]], "Thank you", when(2025, 12, 19, 15, 30),
    P("""Dear all,

Just a quick one before you go. This has been a long, hard term, and you've been brilliant: the Y11 mocks, the trust review, the concert, a flooded D-block and still over 30,000 breakfasts served.

Please switch off. Properly. Have a canny Christmas with your families and I'll see you on 5 January.

Jo
"""))

add("clean", "coastal_fieldwork_booking",
    "geography head books coastal fieldwork with outside organisation",
    S["milburn"], [ext("Education Team", "education@example.org")],
    "Year 12 coastal fieldwork \u2013 booking request", when(2026, 2, 18, 10, 47),
    P("""Dear Education Team,

I'd like to book a guided coastal fieldwork session for 24 Year 12 geographers at Seaham (Blast Beach and Nose's Point) on Wednesday 22 April, ideally from 10am to 2pm.

The students are working on their coursework, and we're particularly interested in:
- how the coastline has changed since colliery waste stopped being tipped on the beaches in the 1990s
- the Turning the Tide regeneration project and how it was measured
- any historic photographs or profile data you're able to share

We'll bring our own equipment (ranging poles, clinometers, quadrats) and we have our own risk assessment, but I'd be grateful for a copy of yours too. Could you let me know your availability and the cost?

Many thanks,

""" + sig("milburn")), subj_enc="Q")

add("clean", "practical_feedback",
    "science teacher: 3-line feedback to pupil",
    S["raman"], [pupil("22sforster")], "Your SHC practical write-up", when(2026, 3, 3, 12, 58),
    P("""Sophie, really good write-up of the specific heat capacity practical. Your graph is excellent. Next step: explain why your value is higher than the true value (think about heat lost to the surroundings).

Dr Raman
"""))

add("clean", "work_experience",
    "careers leader arranges work experience with engineering firm",
    S["fenwick"], [ext("Andrew Laidler", "a.laidler@example.com")],
    "Work experience \u2013 Year 10, week of 22 June", when(2026, 1, 15, 11, 4),
    ALT("""Dear Andrew,

Thank you for speaking to me at the Riverside business breakfast last week, and for your offer to host work experience students again this summer.

We have two Year 10 students who would love a placement with you in the week beginning 22 June. Both are interested in marine engineering; one has a grandad who was a plater at Austin & Pickersgill and has talked about nothing else since. I've attached nothing yet, but I'll send their details once you've confirmed you can take them.

Could you let me know:
- the hours you'd expect them to work
- any PPE they'll need to bring (we can fund steel toe-caps)
- a named supervisor and telephone number for our records

Our placement coordinator will also need a copy of your employer's liability insurance, as last year.

Kind regards,

""" + sig("fenwick")), subj_enc="Q")

add("clean", "cover_request",
    "two-line cover request between colleagues",
    S["brannigan"], [S["dobson"]], "P3 tomorrow?", when(2026, 3, 4, 16, 20),
    P("""Tom, any chance you could cover my Y11 P3 tomorrow? Work is set and on the desk. I've got a meeting at the LA. Ta.

Dean
"""))

add("clean", "parents_evening_booking",
    "parents' evening appointment confirmation (HTML only)",
    S["office"], [JANE], "Year 9 Parents' Evening \u2013 your appointments",
    when(2026, 2, 9, 9, 5),
    H(html_page("""<p class="MsoNormal">Dear Mrs Parent,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for booking. Your appointments for Year 9 Parents&#8217; Evening on <b>Thursday 26 February</b> are below. Appointments are five minutes each and take place in the main hall.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Time</th><th>Teacher</th><th>Subject</th></tr>
<tr><td>16:35</td><td>Mr T Dobson</td><td>Mathematics</td></tr>
<tr><td>16:45</td><td>Mr A Gibson</td><td>English</td></tr>
<tr><td>16:55</td><td>Dr P Raman</td><td>Science</td></tr>
<tr><td>17:10</td><td>Mr K Milburn</td><td>Geography</td></tr>
<tr><td>17:20</td><td>Mr C Robson</td><td>Head of Year 9</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If you need to change an appointment, please ring the office on 01632 960000.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Lorraine Shotton<br>Office Manager<br>Example School, Park Row, LS1 4AP<o:p></o:p></p>
""")), subj_enc="B")

add("clean", "fsm_reminder",
    "catering manager reminds carer about free school meals form",
    S["heslop"], [SAM], "Free school meals \u2013 application", when(2025, 9, 11, 11, 40),
    P("""Dear Sam,

I'm just following up on our chat at the gate last week. The free school meals application is done online through the council, and it only takes about ten minutes. You'll need your National Insurance number and the date of birth of each of your children.

Once it's approved, the school gets extra funding too, which helps pay for things like breakfast club and trips, so it's really worth doing even if Example Pupil Two takes a packed lunch most days.

If you'd like a hand with it, pop into the office any morning and Lorraine or I will sit down with you and do it there and then.

Best wishes,
Angela

""" + sig("heslop")), subj_enc="Q")

_report_pdf = make_pdf("Year 10 Progress Report - Autumn 2", [
    "Pupil: Example Pupil Three     Form: 10E     Attendance this term: 96.1%",
    "",
    "Subject            Working at   Target   Effort",
    "English Language   5            6        Good",
    "Mathematics        6            6        Excellent",
    "Combined Science   5-5          6-6      Good",
    "Geography          6            6        Good",
    "Design Technology  7            6        Excellent",
    "French             4            5        Requires improvement",
    "",
    "Tutor comment: A settled and positive term. Keep up the reading!",
])
add("clean", "progress_report",
    "head of year 10 sends progress report PDF to father",
    S["straughan"], [ALI], "Year 10 progress report", when(2025, 12, 12, 15, 48),
    MIXED(P("""Dear Mr Guardian,

Please find attached Example Pupil Three's Year 10 progress report for the autumn term.

Overall this is a really positive report. He's working at or above target in most subjects, and his DT teacher is particularly pleased with his design folder. French is the one to keep an eye on; Mr Nowak has suggested the free Duolingo for Schools class he runs on Tuesday lunchtimes.

If you'd like to discuss anything, you're very welcome to ring or email me.

Kind regards,

""" + sig("straughan")), ATT("Y10_Progress_Report_Autumn2.pdf", "application/pdf", _report_pdf)))

_minutes = """ENGLISH DEPARTMENT MEETING - WEDNESDAY 12 NOVEMBER 2025
Present: SNB (chair), AG, RH, LM, JW.  Apologies: KT

1. Y11 mock marking
   - Lang Paper 1 marking to be finished by 5 Dec. Moderation in the
     first meeting after that. AG to sample 10 scripts per teacher.

2. KS3 reading
   - Y7 reading age tests done; 41 pupils below chronological age.
   - RH to run the Y7 reading catch-up group Mon/Wed morning registration.
   - Library have ordered the class sets of "Boy 87" and "The Boy at the
     Back of the Class".

3. A level
   - Y13 NEA first drafts due 9 January.
   - SNB to meet Y12 about the trip to the Theatre Royal (A Streetcar
     Named Desire, March).

4. AOB
   - Please return the department's visualiser to E4 after use.
   - Christmas do: the Cluny, Friday 12 December.

Next meeting: Wednesday 26 November, E4, 3.20pm.
"""
add("clean", "dept_minutes",
    "English department meeting notes as .txt attachment",
    S["nibhriain"], [S["english"]], "English dept meeting \u2013 notes 12/11",
    when(2025, 11, 13, 7, 51),
    MIXED(P("""Hi all,

Notes from yesterday's meeting attached. Action points are in capitals next to names, so please have a look at yours.

Thanks for staying late, I know it ran over.

S.
"""), ATT("English_dept_minutes_12-11-25.txt", "text/plain", _minutes, cte="quoted-printable",
          charset="utf-8")),
    subj_enc="B")

_bulletin = outlook_quote("Trust Communications <comms@example.org>", "25 November 2025 12:00",
                          "All Trust Staff", "Wearside & Tyne Learning Trust \u2013 staff bulletin, November", """
Dear colleagues,

WELLBEING
The Employee Assistance Programme is available 24/7 on 0808 157 0123, free and confidential. Counselling, legal and financial advice are all included.

PAY
The November pay date is Thursday 27th. Payslips are available in the HR portal from Tuesday.

CPD
Places are still available on the "Supporting pupils with EAL" twilight at Washington on 4 December. Book via the CPD portal.

CHRISTMAS JUMPER DAY
Friday 12 December. Schools across the trust are collecting for the North East Children's Hospice.

With best wishes,
Trust Communications Team
""")
add("clean", "trust_bulletin_forward",
    "head forwards trust staff bulletin to staff",
    S["elliott"], [S["staff"]], "FW: Wearside & Tyne Learning Trust \u2013 staff bulletin, November",
    when(2025, 11, 25, 16, 2),
    ALT("""All,

Forwarding the trust bulletin. Please note the EAP number if you haven't already got it saved, and the EAL twilight, which I'd really recommend for tutors with new arrivals.

Jo

""" + sig("elliott") + "\n\n" + _bulletin), subj_enc="Q")

add("clean", "shipbuilding_homework",
    "history teacher sets Y8 homework on Wear shipbuilding",
    S["bell"], [pupil("24ncharlton"), pupil("24pheron"), pupil("24ykaur"), pupil("24tbrady")],
    "8H1 homework - shipbuilding on the Wear", when(2026, 3, 12, 15, 36),
    P("""Hi 8H1,

Your homework this week is a 300-word answer to the question:

"Why did shipbuilding on the River Wear decline after 1945?"

Use the fact sheet from Tuesday's lesson and at least two of these: competition from abroad, nationalisation, the size of new ships, and the closure of the last yards in 1988. If you have a relative who worked in the yards (or in the pits), ask them about it and include what they say. That makes an amazing answer.

Due next Thursday, on Teams or on paper.

Miss Bell
"""))

add("clean", "positive_phone_home",
    "form tutor sends positive note to father",
    S["errington"], [ALI], "A quick positive one!", when(2026, 2, 27, 15, 50),
    P("""Dear Mr Guardian,

Just a quick email to say what a canny week Example Pupil Three has had. He stayed behind twice to finish his clock project in DT, helped a new pupil find his way round all week, and was the only one in the form with 100% attendance this half term.

He's earned a postcard home and a breakfast voucher. Please tell him well done from me.

Best wishes,

""" + sig("errington")))

add("clean", "safeguarding_training",
    "DSL reminds staff of safeguarding refresher on INSET day",
    S["dsl"], [S["staff"]], "Safeguarding refresher \u2013 INSET Monday 5 January",
    when(2025, 12, 10, 12, 15),
    ALT("""Dear colleagues,

A reminder that our annual safeguarding refresher takes place on the INSET day, Monday 5 January, from 9.00 to 10.30am in the main hall. It's compulsory for all staff, including support staff and regular supply.

We'll cover this year's changes to Keeping Children Safe in Education, online safety and sextortion, the Prevent duty, and a refresher on recording concerns on CPOMS.

Before the session, please complete the short online quiz on the staff SharePoint (it takes about 15 minutes).

As always, if you have a concern about a child, don't wait for training. Log it on CPOMS and come and find me or one of the deputy DSLs.

Thank you,

""" + sig("dsl")), subj_enc="Q")

add("clean", "french_speaking_assessments",
    "MFL teacher: Y9 French speaking assessment schedule (base64)",
    S["nowak"], [pupil("23ecopeland"), pupil("23fmurray"), pupil("23gpaterson"), pupil("23ibarker")],
    "Y9 French \u2013 évaluation orale", when(2026, 3, 16, 9, 40),
    P("""Bonjour 9F2,

Your speaking assessments will be in lessons next week (Monday and Wednesday). You'll each have about four minutes with me at the back of the room while the others work on the reading task.

You'll need to:
1. describe a photo (qu'est-ce qu'il y a sur la photo ?)
2. answer three questions about your town: « Qu'est-ce qu'il y a dans ta ville ? », « Qu'est-ce que tu as fait le week-end dernier ? » and « Qu'est-ce que tu vas faire l'été prochain ? »

Use at least two tenses and give opinions with reasons (parce que c'est génial / parce que c'est nul). If you support a football team, you can absolutely talk about it!

Bon courage,
M. Nowak
""", cte="base64"), subj_enc="B")

add("clean", "lost_property",
    "office: lost property and bait boxes, field is clarts",
    S["office"], [S["staff"]], "Lost property, bait boxes and wellies", when(2026, 1, 30, 13, 25),
    P("""Hi all,

Could tutors please remind forms that lost property is in the cupboard by reception. We've got fourteen bait boxes (some of them are starting to smell, so they're going in the bin on Friday), about twenty coats and a trombone.

Also, with the field being clarts at the moment, can PE and anyone on lunch duty please keep the kids off it and on the yard. The cleaners spent all of Tuesday night on the corridor by the canteen.

Thanks,
Lorraine
"""))

add("clean", "university_taster",
    "head of sixth form: university taster day for Y12",
    S["ridley"], [pupil("20ahetherington"), pupil("20cbinns"), pupil("20dkumar"), pupil("20mthompson")],
    "Taster day at the university \u2013 Wednesday 11 March", when(2026, 2, 23, 12, 30),
    ALT("""Hi Year 12,

We've got 30 places on the university taster day on Wednesday 11 March. It's a full day on campus: two taster lectures in subjects you choose, a session on student finance, and lunch with current students (several of them ex-Example School).

To sign up, fill in the form on the sixth form Team by Friday. First come, first served. Transport is the Metro, so you'll need your pass. We'll meet at the station at 8.30am.

Information about the day is on the university's page: https://www.example.org/schools/taster-days

Mr Ridley

""" + sig("ridley"), style="outlook"), subj_enc="B")

# =========================================================================== CLEAN: hard negatives (30)

add("clean", "cockermouth_fieldwork",
    "hard neg: place names Cockermouth, Keswick - Y12 flood fieldwork letter",
    S["milburn"], [pupil("20ahetherington"), pupil("20rlawson"), pupil("20sakhtar"), pupil("20jdodds")],
    "Y12 residential \u2013 Cockermouth and Keswick", when(2026, 3, 2, 13, 10),
    ALT("""Hi Year 12 geographers,

Final details for the residential, 23-25 March.

We're based at the field centre just outside Keswick. On day one we'll be in Cockermouth looking at the flood defences built after the 2009 and 2015 floods (Storm Desmond). You'll measure channel width and depth at three sites on the Derwent and the Cocker, then interview people in the town centre about how the floods affected them. Day two is Keswick and the Greta, same methods, so you can compare a defended town with a less defended one.

Kit list:
- proper waterproofs (top AND bottoms) and walking boots or wellies; the riverbanks will be clarts
- a warm hat and gloves
- packed lunch for day one only; all other meals are provided
- any medication, clearly labelled

Coach leaves school at 7.45am on Monday. Please don't be late, we'll be going over the A66 and we need to be in Cockermouth by 10.

Mr Milburn

""" + sig("milburn")), subj_enc="B")

add("clean", "place_names_quiz",
    "hard neg: odd UK place names (Twatt, Shitterton, Penistone, Clitheroe) for geography club quiz",
    S["milburn"], [S["geography"]], "Y7 geography club \u2013 place names quiz", when(2025, 10, 16, 12, 50),
    P("""Hi all,

For the Y7 club quiz on Thursday I thought we'd do a map round on odd British place names. They have to find each one on the OS map and give a four-figure grid reference or the county. My shortlist:

- Pity Me (County Durham, just up the road, so they should get that one)
- Penistone (South Yorkshire)
- Clitheroe (Lancashire)
- Wetwang and Sledmere (East Yorkshire)
- Crackpot (Swaledale)
- Twatt (Orkney, and there's another one in Shetland)
- Shitterton (Dorset - the village that put its sign in a block of stone because people kept nicking it)
- Brokenwind (Aberdeenshire)
- Ugley (Essex)

Too much for Year 7? Happy to drop Twatt and Shitterton if anyone thinks so, but they're real places and they'll find them in the gazetteer anyway. The Shitterton story is actually a decent way into why place names are Old English.

Kev
"""), subj_enc="Q")

add("clean", "scunthorpe_tournament",
    "hard neg: Scunthorpe, Penistone in girls' football tournament letter",
    S["hetherington"], [pupil("22lgraham"), pupil("22tforrest"), pupil("22amcdonald"), pupil("21ecrozier")],
    "U16 girls' tournament in Scunthorpe \u2013 Saturday 7 March", when(2026, 2, 26, 18, 2),
    ALT("""Hi girls,

Brilliant news: we've qualified for the regional finals of the U16 cup, which are in Scunthorpe on Saturday 7 March. We're in a group with teams from Penistone, Hull and Doncaster, and the top two go through to the semis in the afternoon.

Coach leaves school at 7.00am (yes, really) and we should be back by about 6.30pm. Bring:
- full home kit, plus the black training tops
- shin pads, boots AND trainers (some pitches are 3G)
- packed lunch, lots of water and snacks
- a warm coat. It's Scunthorpe in March.

Please get the consent form on the PE Team signed and back to me by Wednesday. If cost is an issue, see me quietly; the trip is paid for by the PTA, but there's a small charge for the coach and nobody is missing out over it.

Howay the girls!
Miss Hetherington

""" + sig("hetherington")), cc=[S["pe"]], subj_enc="B")

add("clean", "careers_fair_surnames",
    "hard neg: careers fair speakers with surnames Cockburn, Hancock, Dickens, Butts; University of Sussex",
    S["fenwick"], [S["tutors"]], "Careers fair \u2013 speakers and room list", when(2026, 1, 20, 16, 30),
    P("""Hi tutors,

Here's the speaker list for Thursday's careers fair so you can talk it up with your forms in registration.

Sports hall (stalls, all day): local colleges, the army, the NHS, and four apprenticeship providers.

Talks in the library (20 minutes each, sign-up sheets on the library door):
- P1  Dr Helen Cockburn, marine engineer - offshore wind and why the Tyne is booming again
- P2  Sgt Jo Hancock, Northumbria Police - joining via the degree apprenticeship route
- P3  Cllr Peter Dickens - what a councillor actually does (and how to become one at 18)
- P4  Lisa Butts, theatre nurse - studied at the University of Sussex, back home in the North East since 2019
- P5  Ryan Shotton (ex-pupil, 2017) - electrician, runs his own firm now with four apprentices

Please make sure Y10 and Y11 have a sign-up done by Wednesday. Any questions, I'm in the careers office.

Thanks,
Michelle
"""), subj_enc="Q")

add("clean", "wankhede_box_plots",
    "hard neg: maths task with Wankhede Stadium, cumulative frequency",
    S["dobson"], [pupil("22bmorrison"), pupil("22chall"), pupil("22gsingh"), pupil("22nrowell")],
    "10M1 \u2013 cricket data task", when(2026, 3, 18, 14, 12),
    P("""Hi 10M1,

For Thursday's lesson you need the cricket data sheet (it's on Teams, under Files > Statistics). It has first-innings totals from 40 Test matches at Lord's and 40 at the Wankhede Stadium in Mumbai.

Tasks:
1. Draw a cumulative frequency graph for each ground on the same axes.
2. Use your graphs to find the median and the interquartile range.
3. Draw box plots and write two comparisons: one about the averages, one about the spread. Remember to write them in context ("scores at the Wankhede were typically higher...").

If you finish, have a go at the extension: is there any evidence of outliers? Use the 1.5 x IQR rule.

Mr Dobson
"""), subj_enc="B")

add("clean", "canteen_menu",
    "hard neg: menu with faggots and peas, spotted dick, pan haggerty (HTML only)",
    S["heslop"], [JANE, SAM, ALI], "School menu \u2013 weeks beginning 2 and 9 March",
    when(2026, 2, 27, 12, 5),
    H(html_page("""<p class="MsoNormal">Dear Parents and Carers,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Here is our menu for the next fortnight. Every day there is also a jacket potato bar, a vegetarian option, fresh fruit and a salad bar. Breakfast club runs from 7.45am as usual.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Aptos,sans-serif;font-size:10.5pt">
<tr style="background:#1F3864;color:white"><th>Day</th><th>Main</th><th>Vegetarian</th><th>Pudding</th></tr>
<tr><td>Monday</td><td>Mince and dumplings with carrots and swede</td><td>Veggie mince and dumplings</td><td>Spotted dick and custard</td></tr>
<tr><td>Tuesday</td><td>Faggots, mash, mushy peas and onion gravy</td><td>Cheese and onion pasty</td><td>Jam roly-poly</td></tr>
<tr><td>Wednesday</td><td>Roast chicken, Yorkshire pudding and stuffing</td><td>Quorn roast</td><td>Chocolate sponge and chocolate sauce</td></tr>
<tr><td>Thursday</td><td>Pan haggerty with ham</td><td>Pan haggerty with cheese</td><td>Stotty pizza slice (sixth form request!)</td></tr>
<tr><td>Friday</td><td>Fish, chips and peas</td><td>Veggie fingers, chips and peas</td><td>Eton mess</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If your child has an allergy or special diet and you haven&#8217;t already told us, please email me or ring the school on 01632 960000.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Angela Heslop<br>Catering Manager &amp; Breakfast Club Coordinator<br>Example School, Park Row, LS1 4AP<o:p></o:p></p>
""")), subj_enc="B")

add("clean", "farne_islands_birds",
    "hard neg: Farne Islands seabirds (shags, great tits, woodcock) ecology trip",
    S["qureshi"], [pupil("20lhudson"), pupil("20pwalton"), pupil("20ynaylor"), pupil("20ksharma")],
    "Y12 Biology \u2013 Farne Islands ecology day", when(2026, 4, 20, 11, 40),
    ALT("""Hi Year 12 biologists,

The boat to the Farnes is confirmed for Tuesday 12 May, leaving Seahouses harbour at 10am. We'll land on Inner Farne for about two hours.

What you'll see (we hope):
- puffins, obviously - the ranger will talk about the burrow census
- Arctic terns (wear a hat; they WILL dive at your head)
- guillemots and razorbills on the cliff ledges
- kittiwakes, the same species nesting on the Tyne Bridge
- shags and cormorants - the Farnes have one of the biggest shag colonies in England, and you need to be able to tell a shag from a cormorant for the ID task (crest, size, green sheen)
- eider ducks, known locally as Cuddy's ducks after St Cuthbert

Back at school, we'll compare this with our own nest-box data. The camera in the box by the science block has had great tits and blue tits nesting three years running, and someone saw a woodcock on the playing field in February.

Bring binoculars if you have them (we have eight pairs to lend), a waterproof and a packed lunch. Coach leaves school at 7.45am.

Miss Qureshi

""" + sig("qureshi")), subj_enc="Q")

add("clean", "technician_requisition",
    "hard neg: cockroaches, titration, sheep hearts in technician order",
    S["raman"], [S["rutherford"]], "Requisitions for next week", when(2025, 11, 20, 16, 48),
    P("""Hi Sue,

Requisitions for next week (I've also put them on the sheet in the prep room):

Mon P2, S3 - Y12 titration practical. 12 sets: burettes, 25 cm3 pipettes, conical flasks, 0.1 mol/dm3 NaOH and the unknown HCl. Phenolphthalein please, not methyl orange, the Y12s find the end point easier.

Tue P4, S1 - Y9 heart dissection. 15 sheep hearts from the butcher (I've ordered them, they'll arrive Monday afternoon, so fridge please), scalpels, dissection boards, aprons, gloves.

Wed lunchtime - science club. The Madagascan hissing cockroaches need fresh substrate and the stick insects need more bramble. Can you check the heat mat in the cockroach tank? It was cold on Wednesday.

Thu P5, S4 - Y11 required practical, rates of reaction (sodium thiosulfate and hydrochloric acid), the cross-on-paper method.

Thanks, and sorry the heart one is so soon.

Priya
"""))

add("clean", "rse_letter_y9",
    "hard neg: RSE letter to parents with anatomical terms, sex education, right to withdraw",
    S["qureshi"], [JANE], "Relationships and Sex Education \u2013 Year 9, spring term",
    when(2026, 1, 8, 14, 0),
    ALT("""Dear Parent/Carer,

I'm writing to let you know about the Relationships and Sex Education (RSE) lessons your child will have in PSHE this spring term. We think it's important that families know what's being taught, so that you can continue the conversations at home if you'd like to.

Topics this term:
- consent, and what it means in law and in real life
- healthy and unhealthy relationships, including controlling behaviour
- contraception, including condoms and where young people can get confidential advice
- sexually transmitted infections and how to protect yourself
- sharing nude images: the law, the risks, and what to do if it goes wrong
- pornography: why it isn't a realistic picture of sex or relationships

In line with the national guidance, we use the correct anatomical names for body parts (for example penis, vulva, vagina and testicles) so that pupils have the language to describe their bodies and, if ever necessary, to tell a trusted adult.

Parents have the right to request that their child is withdrawn from the sex education elements of RSE (but not from the relationships education or the biology taught in science). If you would like to discuss this, please contact me first; we'd always rather talk it through.

The lesson resources are on the school website under Curriculum > PSHE, and you're very welcome to come in and look at them.

Yours sincerely,

""" + sig("qureshi")), subj_enc="Q")

add("clean", "rse_question_box",
    "hard neg: PSHE lead to tutors quoting pupils' anonymous RSE question-box questions (wank, shag)",
    S["tait"], [S["tutors"]], "Y10 RSE lesson 4 \u2013 resources and question box",
    when(2026, 2, 2, 17, 20),
    P("""Hi Y10 tutors,

Resources for lesson 4 (contraception and sexual health) are in the PSHE folder. The sexual health service have lent us the condom demonstration kits again; they're in the box in my office, one per room, please return them on Friday.

As usual, the anonymous question box will come round at the end of Monday's lesson. I've gone through the questions from last year so you know the sort of thing to expect, with suggested answers in the doc. Some of the most common ones, word for word:

"is it bad to wank every day"
"can you get pregnant the first time you shag someone"
"how do you know if someone actually wants to"
"is it gay if you've thought about kissing your mate"

Please answer these factually and calmly, without giggling (I know). The suggested wording is in the doc. For example, masturbation is normal and not harmful, and yes, pregnancy can happen the first time.

If a question suggests a safeguarding concern, don't answer it in class. Log it on CPOMS and let Denise know.

Thanks,
Carol
"""), subj_enc="B")

add("clean", "tourettes_tics",
    "hard neg: SENCo staff note on pupil's Tourette's tics quoting involuntary swear words",
    S["forster"], [S["gibson"], S["dobson"], S["raman"], S["straughan"]],
    "Pupil support: Jack W (10Y2) - Tourette's", when(2025, 9, 12, 13, 35),
    ALT("""Dear colleagues,

You teach Jack W in 10Y2. This is confidential and for staff only, please don't forward it.

Over the summer Jack received a diagnosis of Tourette's syndrome. His tics tend to get worse when he's anxious, tired or trying hard to suppress them. At the moment they include:
- throat clearing and sniffing
- shoulder shrugging and head jerks
- saying the word "biscuit", sometimes loudly
- occasionally an involuntary swear word, most often "shit" or "fuck" (this is called coprolalia and is completely outside his control)

What helps:
- Please don't sanction tics or ask him to stop. It makes them worse.
- Don't react; carry on with the lesson. The class have been told by Jack himself (with his mam's permission) and have been brilliant.
- He has a time-out card. If he shows it, let him go to the SEN base, no questions asked.
- In tests and exams he'll be in a separate room.

If another pupil mocks or copies his tics, that IS a behaviour issue and should be logged and dealt with as bullying.

Thanks for your help with this. Any questions, come and find me.

Rachel

""" + sig("forster")))

add("clean", "ep_referral_send_terms",
    "hard neg: SEND referral with diagnostic terms incl. outdated 'mental retardation' in old report",
    S["forster"], [ext("Educational Psychology Service", "eps@example.org")],
    "Referral: Y8 pupil, consultation request", when(2026, 1, 21, 10, 5),
    P("""Dear colleagues,

I'd like to request a consultation for a Year 8 pupil (details on the attached referral form, sent separately via secure email).

Current needs:
- autism spectrum condition (diagnosed 2021)
- ADHD, combined presentation; on medication since September
- dyspraxia, affecting handwriting and organisation
- working memory and processing speed well below the average range on our last assessment

She moved to us from another authority in Year 6. Her oldest paediatric report (2014) records "mild mental retardation" under the ICD-10 coding that was in use at the time. Her more recent assessments don't support that at all, and her reading age is now within a year of her chronological age. Her mam is understandably upset that the term is still on her file, and we'd value an up-to-date cognitive assessment so that her EHCP reflects who she is now.

We're also seeing increasing anxiety and school avoidance since Christmas (attendance 81%).

I'm in school Monday to Thursday on 01632 960000, ext. 218.

Kind regards,

""" + sig("forster")))

add("clean", "racist_incident_report",
    "hard neg: TA's incident report to DSL quoting a pupil's racist abuse word for word (staff only)",
    S["kerr"], [S["dsl"]], "Incident at lunch - racist language - 11X", when(2026, 1, 14, 13, 2),
    P("""Denise,

Incident at lunch today that I need to report. I've also put it on CPOMS.

Time/place: about 12.40, by the tuck shop window.
Pupils: Callum R (11X) and Bilal H (10E).

I was on duty by the canteen doors. There was an argument in the queue because Bilal had pushed in (he says he was holding a place for his friend). Callum shouted at him, word for word: "get to the back you fucking paki, go back to where you came from". Several pupils heard it, including two Year 7s who were upset afterwards.

Bilal went to swing for him and I stepped in between them. Nobody was hurt. I took Callum to the Y11 office and Bilal to his head of year. Bilal was very upset and said it isn't the first time Callum has said things like that to him on the bus.

Witnesses: Ellie P (11Y), Mohammed S (10E), and Mr Hedley who came over from IT.

Shannon
"""), cc=[S["brannigan"]])

add("clean", "online_bullying_report",
    "hard neg: HoY7 to DSL quoting Snapchat bullying messages (slag, kill yourself)",
    S["cairns"], [S["dsl"]], "Snapchat group - Y7 girls - concern", when(2025, 11, 27, 16, 44),
    ALT("""Hi Denise,

Logging this with you as it's more than a falling-out. CPOMS entry done, screenshots attached there (not here).

This afternoon Example Pupil Two's friend, Mia T (7C), came to me with her mam's phone showing messages from a Snapchat group called "7C girls". Mia was added to the group and then the others posted about her over two nights. The messages include:

"nobody even likes u, you fat slag"
"everyone would be happier if u just killed yourself"
"dont come to school tomorrow or ur getting battered"

The second one is the one that worries me most. Mia says she's "fine" but she hasn't been eating at breakfast club this week, and Mrs Heslop noticed too.

Three girls have been identified from the usernames. I haven't spoken to them yet. I'd like to check with you first about the order we do things in, and whether we need to involve the police liaison officer given the threat.

Mia's mam is aware and is happy for us to ring her on 07700 900372.

Louise

""" + sig("cairns")))

add("clean", "disclosure_note",
    "hard neg: teacher's disclosure note to DSL quoting what stepdad called pupil",
    S["nibhriain"], [S["dsl"]], "Disclosure - Y10 pupil - please read today", when(2026, 3, 5, 15, 37),
    P("""Denise,

After period 5 today a Y10 pupil (Kayla, 10S) stayed behind and said she wanted to tell me something. I've written down what she said as close to word for word as I can, and logged it on CPOMS at 15.30.

She said: "My mam's boyfriend says I'm a useless little bitch and I should get out of the house. He says it all the time when she's at work. Last night he threw my school bag down the stairs and said he'd put me through the window."

She said he hasn't hit her but she is "scared of him when he's been drinking". She doesn't want her mam to know she told anyone.

I told her I couldn't keep it secret and that I'd have to pass it on to you, and that it was the right thing to tell me. She's gone home on the bus as normal. She has a younger brother in Year 7.

I'm in E4 until 5pm if you need me.

Siobhán
"""))

_angry = outlook_quote("Ali Guardian <ali.guardian@btinternet.com>", "09 February 2026 16:51",
                       "Head <head@example-school.org.uk>", "phone", """
This is a fucking joke. Your staff took my son's phone off him AGAIN today and he couldn't ring me to say he was staying for DT. I was sat outside for 40 minutes like an idiot. Your teachers are useless and your rules are ridiculous. I want the phone back tonight not tomorrow.
""")
add("clean", "head_reply_angry_parent",
    "hard neg: head's calm reply to parent; swearing only in parent's quoted email",
    S["elliott"], [ALI], "RE: phone", when(2026, 2, 10, 8, 26),
    ALT("""Dear Mr Guardian,

Thank you for your email, and I'm sorry you were left waiting yesterday. That's frustrating, and I understand why you were annoyed.

Our mobile phone policy means phones must be switched off and in bags during the school day. When a phone is seen, it's kept in the office until the end of the following day; that's the same for every pupil. I'm not able to make an exception, but I have asked the office to let pupils use the school phone after school whenever they need to contact home, and Mr Errington will make sure your son knows this.

I'd be happy to meet you to talk about it. Could you ring the office on 01632 960000 to arrange a time this week?

I'd also ask that future emails to staff are kept courteous. We want to work with you.

Yours sincerely,

""" + sig("elliott") + "\n\n" + _angry),
    in_reply_to="<2f9a61c4-3e0d-4b8c-9d7a-6b1e2a4c8f31@btinternet.com>")

_public = gmail_quote("On Thu, 22 Jan 2026 at 18:03, Bill Tweddle <bill.tweddle58@hotmail.co.uk> wrote:", """
Dear Sir/Madam

I was on the 4.10 bus from Park Row today with a group of your pupils (green blazers). For the whole journey they were effing and blinding at the top of their voices. One of them called the driver a "fat wanker" when he asked them to sit down and another told an elderly lady to "piss off" when she asked them to move their bags off the seat.

I know they are only kids but this is not acceptable and I'd like to know what the school is going to do about it.

Bill Tweddle
""")
add("clean", "reply_public_bus",
    "hard neg: deputy head replies to member of public; wanker/piss off only in quoted complaint",
    S["wardle"], [ext("Bill Tweddle", "bill.tweddle58@hotmail.co.uk")],
    "Re: Behaviour on the 4.10 bus", when(2026, 1, 23, 12, 14),
    P("""Dear Mr Tweddle,

Thank you for taking the time to write to us, and I'm very sorry for what you and the other passengers experienced yesterday. That's not how we expect our pupils to behave, in school or out of it.

I've spoken to the bus company this morning and they are sending us the CCTV from the journey. Once we've identified the pupils involved, they will be dealt with under our behaviour policy, and I'll make sure they write a letter of apology to the driver. I'll also be riding that bus myself next week.

If you'd be willing to let me know roughly where the pupils were sitting, that would help us a great deal.

Thank you again, and apologies once more.

Yours sincerely,

""" + sig("wardle") + "\n\n" + _public),
    in_reply_to="<AM6P191MB0321C4A8D2B74F11@AM6P191MB0321.EURP191.PROD.OUTLOOK.COM>")

_pupilmsg = gmail_quote("On Sun, 8 Mar 2026 at 20:47, Tyler Pearson <21tpearson@pupils.example-school.org.uk> wrote:", """
miss this essay question is shit i dont get what the fuck its asking. how can you "evaluate" how priestley presents responsibility if hes just saying it. im not doing it sorry
""")
add("clean", "reply_pupil_essay",
    "hard neg: teacher helps pupil; pupil's swearing only in quoted text below",
    S["gibson"], [pupil("21tpearson", "Tyler Pearson")], "Re: essay", when(2026, 3, 8, 21, 5),
    P("""Hi Tyler,

First of all, please watch your language when you email a teacher. I'll let it go this time because it's Sunday night and you're clearly stressed, but don't do it again.

Now, the question. "Evaluate" just means "how well does he do it, and how do you know?" So for responsibility:
1. What does Priestley want the audience to think? (We're all responsible for each other.)
2. Which characters does he use to show it? (The Inspector, Sheila, Eric - and Mr Birling as the opposite.)
3. How effective is it? Does the ending, with the phone call, make the audience feel it more?

Write one paragraph on the Inspector's final speech tonight and bring it to me tomorrow at break. That's all. You can do this.

Mr Gibson
""" + "\n" + _pupilmsg),
    in_reply_to="<CA+pL9xk2Tn7cQe1Hr4ZbV5sJ8u3Wm6gYf0Dn2Ai@pupils.example-school.org.uk>")

_abuse = outlook_quote("Kev Thirlwell <kev.thirlwell@hotmail.co.uk>", "16 March 2026 22:40",
                       "Craig Robson <c.robson@example-school.org.uk>", "my lad", """
Robson you fat bastard if you exclude my lad again ill come down that school and sort you out myself. Your a joke and so is that shithole you call a school. Dont bother ringing me.
""")
add("clean", "forward_abuse_to_dsl",
    "hard neg: HoY forwards abusive parent email to DSL and deputy, as policy requires",
    S["robson"], [S["dsl"]], "FW: my lad - threatening email from parent", when(2026, 3, 17, 7, 21),
    P("""Denise, Steve,

Forwarding the email below, which came in last night from Riley Thirlwell's dad. As per policy I'm reporting it to you in writing and I haven't replied.

I'm not overly worried for myself, but he has turned up at the gate before, and Riley's fixed-term exclusion meeting is on Thursday. Can we talk about whether he should come in for it, or whether we do it by phone?

Craig

""" + sig("robson") + "\n\n" + _abuse, cte="quoted-printable", wrap=False),
    cc=[S["wardle"]])

add("clean", "behaviour_policy_language",
    "hard neg: deputy head consults staff on behaviour policy for swearing, quoting examples",
    S["wardle"], [S["staff"]], "Behaviour policy review \u2013 language (your views please)",
    when(2026, 2, 4, 16, 15),
    ALT("""Dear colleagues,

As part of the behaviour policy review, we want consistency on how we respond to bad language. At the moment the same word gets a C1 in one room and a C3 in the next, and pupils notice. Here's the draft. Please read it and send me your views by Friday 13th.

Level 1 - swearing that isn't aimed at anyone (e.g. "oh shit" when they drop something): a quiet reminder, then C1 if repeated.

Level 2 - swearing aimed at another pupil (e.g. "shut up, you dick"): C2, and a conversation with the tutor.

Level 3 - swearing at or about a member of staff (e.g. "fuck off", "she's a cow"): C3, time in reflection, parents contacted.

Discriminatory language - racist, homophobic, sexist, disablist or religious abuse, including words pupils claim are "just banter" like "gay" used as an insult, "retard" or "spaz": always C3, always logged on CPOMS as a prejudice-related incident, and the head of year follows up with an educational conversation.

Two questions I'd particularly like your views on:
1. Should "bloody" and "crap" count as swearing at all?
2. Do we treat local dialect (e.g. "hadaway and shite") the same way?

Thanks,
Steve

""" + sig("wardle")), subj_enc="Q")

add("clean", "millers_tale",
    "hard neg: A-level English set text Chaucer's Miller's Tale quoted (ers, queynte, fart)",
    S["nibhriain"], [pupil("19hbarnes"), pupil("19omcgregor"), pupil("19rpatel"), pupil("19wfell")],
    "Miller's Tale \u2013 reading for Tuesday", when(2025, 10, 9, 17, 12),
    ALT("""Hi Year 13,

For Tuesday, please reread lines 3690-3810 (Absolon at the window) and annotate your copy for:

1. Chaucer's use of fabliau conventions: the cuckolded husband, the clever clerk, the "hende" Nicholas
2. Bawdy wordplay. Look at "queynte" (it means clever or elegant, but also something much ruder, and Chaucer knows exactly what he's doing) and the famous moment: "And at the wyndow out she putte hir hole... And Absolon... he kiste hir naked ers"
3. How the Miller's "quiting" of the Knight works. What is Chaucer doing by putting Nicholas's fart right after all that courtly love?

Yes, it's crude. That's the point. The question in the exam will almost always ask about comedy, morality or the role of women, so keep those in mind as you annotate.

Bring the Cambridge edition, not the modern translation.

Ms Ní Bhriain

""" + sig("nibhriain")), subj_enc="B")

add("clean", "larkin_nea",
    "hard neg [unsure]: colleague discussion of Larkin poem quoting 'They fuck you up, your mum and dad' for NEA",
    S["nibhriain"], [S["gibson"]], "Y13 NEA \u2013 Larkin?", when(2025, 11, 19, 19, 30),
    P("""Aaron,

Quick one. Ellie in my Y13 group wants to do her NEA comparison on Larkin's High Windows alongside Carol Ann Duffy's Mean Time. I think it's a good pairing. Family, time and disappointment, plenty to say.

She wants to open with "This Be The Verse", obviously: "They fuck you up, your mum and dad. / They may not mean to, but they do." She's asked whether she can quote it in full in the essay. My view is yes, it's a published poem and the board have had far worse, but I wanted a second opinion before I tell her, since you moderated last year.

The other thing is that it's a bit close to home for her (parents split up over the summer), so I'll check in with her about that separately.

S.
"""), subj_enc="Q")

add("clean", "romeo_juliet_bawdy",
    "hard neg: Romeo and Juliet quotes (prick of noon, draw thy tool, maidenheads) for Y10",
    S["gibson"], [pupil("22fcarr"), pupil("22kbell"), pupil("22odunn"), pupil("22vpatel")],
    "R&J \u2013 Mercutio and the bawdy humour", when(2026, 2, 10, 16, 5),
    P("""Hi 10E2,

As promised, here are the quotations we looked at today for the bawdy (rude) humour in Romeo and Juliet. Shakespeare's audience loved it, and it does an important job: it makes the violence and the tragedy land harder when they come.

Act 1 Scene 1 (Sampson and Gregory):
"I will cut off their heads ... the heads of the maids, or their maidenheads"
"Draw thy tool; here comes two of the house of Montagues"

Act 2 Scene 4 (Mercutio, teasing the Nurse):
"the bawdy hand of the dial is now upon the prick of noon"

For homework, choose ONE of these and write a paragraph explaining: what's the double meaning, and what does it tell us about the character's attitude to love? Remember to contrast it with how Romeo talks about Juliet.

Mr Gibson
"""), subj_enc="B")

add("clean", "essen_exchange",
    "hard neg: German exchange letter (Fahrt, Kunst, Ausfahrt, Schicht im Schacht), base64",
    S["nowak"], [JANE, ALI], "German exchange with Essen \u2013 Austausch 2026",
    when(2026, 1, 28, 17, 55),
    P("""Dear Parent/Carer,

I'm delighted to confirm that the exchange with our partner school in Essen, Sunderland's twin town, will go ahead this year. German students will stay with us from 20 to 27 April, and our Year 9 and 10 German students will visit Essen from 6 to 13 July.

Highlights of the programme (das Programm):
- a guided tour of the Zeche Zollverein, the old colliery that is now a UNESCO World Heritage Site. It's a fantastic link with our own mining history, and the miners' saying "Schicht im Schacht" (literally "shift in the shaft", meaning "that's it, we're done") will mean much more to the students afterwards.
- a visit to the Museum Folkwang and a Kunst workshop (Kunst = art) with the partner school's art department
- a Hafenrundfahrt (harbour boat tour) in Duisburg
- a day with host families

The coach journey (die Fahrt) is long, so please make sure students have snacks, water and a charged phone. On the motorway they'll see lots of signs for "Ausfahrt" (exit) - yes, they will laugh every single time.

The cost is £395, which covers travel, insurance and activities. Please contact me in confidence if cost is a concern; support is available.

Mit freundlichen Grüßen,

""" + sig("nowak"), cte="base64"), subj_enc="B")

add("clean", "miners_strike_oral_history",
    "hard neg: Y10 history oral-history project on miners' strike (scab, bloody)",
    S["bell"], [pupil("22dshaw"), pupil("22jlambert"), pupil("22mclark"), pupil("22twalker")],
    "Oral history project \u2013 the miners' strike", when(2026, 3, 9, 14, 40),
    ALT("""Hi 10H1,

Your oral history project starts this week. The task is to interview someone who remembers the 1984-85 miners' strike, or the closure of the pits in Durham and Sunderland afterwards: grandparents, great-aunts, neighbours, the man at the allotment.

Things to ask about: what life was like in the village during the strike, the soup kitchens and food parcels (some of the church halls that ran them are the same ones that run our food bank now), picket lines, Orgreave, how families got through the winter, and how people felt when Easington and Wearmouth closed.

A word of warning: people still feel very strongly about the strike. You may hear words like "scab" for miners who went back to work, and some strong language about Thatcher, the police or the Coal Board. That's part of the history. Write down what people say accurately and respectfully, and put it in quotation marks. We'll talk in class about how historians handle sources that are angry or one-sided.

Bring your interview plan to Thursday's lesson.

Miss Bell

""" + sig("bell")), subj_enc="Q")

add("clean", "re_revision",
    "hard neg: GCSE RE revision (Hell, damnation, jihad, sin, homosexuality as a topic)",
    S["tait"], [pupil("21abegum"), pupil("21cmaddison"), pupil("21jrichardson"), pupil("21soyelaran")],
    "RE revision \u2013 key words for Paper 1", when(2026, 4, 21, 10, 30),
    ALT("""Hi Year 11,

Here's your key-word checklist for Paper 1. You should be able to define each term AND use it in a 4-mark "explain two ways" answer.

Christianity:
- Heaven, Hell and purgatory; judgement; damnation and salvation
- original sin; atonement; "Jesus Christ is Lord"
- agape love; the Sermon on the Mount

Islam:
- Tawhid; Allah's 99 names; Akhirah (life after death)
- jihad - the greater jihad (the personal struggle to be a good Muslim) and the lesser jihad (defending Islam, with strict conditions). Don't confuse this with how the word is used in the news.

Relationships theme:
- marriage, divorce, cohabitation, contraception
- attitudes to homosexuality: the range of Christian views (e.g. the Church of England's prayers of blessing compared with Catholic teaching) and Muslim views
- gender equality and prejudice based on sex

Practice question for Thursday: "Religious believers should never discriminate." Evaluate this statement (12 marks).

Mrs Tait

""" + sig("tait")), subj_enc="B")

add("clean", "stopcock_ballcock",
    "hard neg: site manager on stopcock, ballcock, nuts and screws (plumbing)",
    S["scorer"], [S["staff"]], "Water off in science block 3.30-5pm", when(2026, 3, 11, 11, 55),
    P("""All,

Heads up: the water will be off in the science block from 3.30 to 5pm today.

The plumber from Tyneside Plumbing & Heating is replacing the stopcock under the prep room sink in S4 (it's seized solid), and while the water's off he's fixing the ballcock in the boys' toilets cistern on the first floor, which has been running all week.

He's also checking the big nuts on the radiator valves in S2, which have been weeping. If anyone finds a box of brass fittings or screws left lying about, it's his, not spare kit, so please don't let the kids pocket them.

Sinks in S1-S5 won't work after 3.30. Science staff, please plan practicals accordingly.

Neil
"""))

add("clean", "dick_whittington_panto",
    "hard neg: school panto Dick Whittington (Dick, Puss, King Rat) cast list",
    S["younger"], [JANE, SAM, ALI], "Panto cast list \u2013 Dick Whittington!",
    when(2025, 10, 1, 16, 40),
    ALT("""Dear Parents and Carers,

Thank you to everyone who auditioned for this year's Year 7 and 8 pantomime, Dick Whittington, which we'll perform on 10 and 11 December. The full cast list is on the drama noticeboard, but here are the main parts:

Dick Whittington - Harry B (8C)
Tommy the Cat - Amelia R (7S)
Alice Fitzwarren - Grace T (8E)
King Rat - Example Pupil Two (7S)
Sarah the Cook (our dame) - Mr Milburn, who volunteered far too quickly
Idle Jack - Noah P (8C)
The Sultan of Morocco - Sophia K (7E)

Rehearsals are Tuesdays and Thursdays, 3.15 to 4.30, in the drama studio. There will be a couple of Saturday mornings in late November.

Costumes: we'll provide most of them. Anyone in the rat chorus needs black leggings and a black top. Dick's costume (and his cat) are being made by the DT textiles group.

Thank you,
Miss Younger

""" + sig("younger"), style="gmail"), style="gmail", subj_enc="Q")

add("clean", "freud_psychosexual",
    "hard neg: A-level Psychology Freud terms (penis envy, anal stage, castration anxiety)",
    S["ridley"], [pupil("20hmoore"), pupil("20iaziz"), pupil("20lwatson"), pupil("20tcummings")],
    "Psychology \u2013 Freud revision", when(2026, 3, 24, 15, 5),
    P("""Hi Year 12,

Ahead of Thursday's approaches test, make sure you can explain Freud's psychosexual stages, in order, with the body area (erogenous zone) and one consequence of fixation for each:

oral (0-1) - fixation: smoking, nail biting, sarcasm
anal (1-3) - "anally retentive": tidy, mean, obsessive; "anally expulsive": messy, generous
phallic (3-6) - Oedipus complex, castration anxiety in boys; Freud's idea of "penis envy" in girls (be ready to evaluate it: gender bias, unfalsifiable)
latency (6 to puberty)
genital (puberty onwards)

Case study: Little Hans. Know what Freud concluded and why it's a weak basis for a theory (one boy, data collected by his dad, a fan of Freud).

Evaluation points to learn: unfalsifiable, case-study method, gender bias, but influential (the idea of the unconscious, and talking therapies).

Mr Ridley
"""), subj_enc="Q")

add("clean", "pe_kit_audit",
    "hard neg: PE kit audit (ball sacks, cricket boxes, sports bras, jockstraps)",
    S["hetherington"], [S["pe"]], "End of term kit audit + cricket", when(2026, 3, 26, 13, 10),
    P("""Hi team,

Kit audit before Easter, please. Results so far:

- Ball sacks: we're 5 short. Two were last seen at the Hetton fixture; can whoever took the U14s check the minibus?
- Footballs: 38 size 5, 20 size 4. Twelve need pumping or binning.
- Netball bibs: the GA and WD bibs are missing from the second set again.
- Cricket: we have 12 boxes (abdominal guards). For hygiene, each pupil in the cricket squads must bring their own box from now on. Please put that in the letter home. Lower-school boys' boxes come in junior sizes, and the girls' squad have the female guards. We'll keep a few new ones in their packets for anyone who can't afford one.
- Jockstraps: the two left in the lost property box since 2023 are going in the bin. Nobody is claiming them.

Also, a reminder to mention sports bras in the Y7 girls' kit letter; the school shop now stocks them in sizes 28-34 at cost price.

Thanks,
Leanne
"""))


# =========================================================================== output

README = """# Round 43 hold-out corpus: obscene-language

**BLIND. Never use these messages for tuning, rule-writing or debugging the filter.**
They are a held-out test set, written without reading mailguard's code, rules,
tests or documentation, so that the score on them says something about how the
filter handles mail nobody tuned it on.

## What it is

{total} outgoing e-mails ({flag} `flag`, {clean} `clean`) from staff at a fictional
11-18 academy on the Sunderland/Newcastle fringe, for the policy clause "staff must
not use obscene language or swear words, nor make offensive comments on grounds
of gender, race, disability, age, religion or sexual orientation, in any electronic
communication". The setting is the North East: Geordie and Mackem words (howay,
canny, bairn, gan, hinny, wor lass, clarts, bait), football on both sides of the
derby, shipbuilding and mining heritage, and a free breakfast club.

`labels.csv` has one row per file: `file,expected,sender,recipients,note`.
`expected` is how the school's safeguarding lead would judge the message
(`flag` = should be stopped for the DSL to review). `sender` is the envelope
sender (the staff From address), `recipients` the To and Cc addresses. Judgement
calls are marked `[unsure]` in the note.

## How it was made

`../make_round43_obscene.py` (Python 3.11, standard library only) builds every
message as raw RFC 5322 text: fixed dates, Message-IDs and MIME boundaries, so
the output is byte-identical on every run. After writing, it re-parses each file
with `email.message_from_bytes(..., policy=email.policy.default)`, decodes every
part and checks the labels against the files.

Regenerate (from the repository root):

    python3 tests/holdout/round43/make_round43_obscene.py

All people, addresses and numbers are invented. Parents are the three in
`directory/parents.csv`; third-party organisations use example.com/.org/.net;
phone numbers are Ofcom drama numbers (01632 960xxx, 07700 900xxx, 0191 498 0xxx,
0808 157 0xxx).

## Counts

| expected | kind | count |
|---|---|---|
{table}
| **total** | | **{total}** |

## Kinds of case

Flag (the author's own words):
- plain swearing in staff-to-staff venting (shite, fucking, bellend, bollocks), to a parent, and to a pupil squad (piss poor, arses)
- swearing and abuse of pupils inside a text attachment (CSV seating-plan notes, a .txt speech draft)
- slurs: disability ("retard"), race ("paki shop"), sexual orientation ("poof"), gender ("b1tch")
- disguised: asterisk mask, digits for letters, repeated letters, dotted letters, Cyrillic homoglyphs,
  full-width letters, a zero-width space inside the word, words split by HTML tags and an HTML entity,
  a quoted-printable soft line break inside the word, a base64 body, a swear word only in an RFC 2047 subject

Clean, everyday: newsletters, trip letters (with PDF forms), attendance and absence mail, homework,
reports, meeting notes, staff briefings, breakfast club rota, replies to parents, cover requests.

Clean, hard negatives:
- place names (Cockermouth, Scunthorpe, Penistone, Clitheroe, Twatt, Shitterton, Pity Me), surnames
  (Cockburn, Hancock, Dickens, Butts), the Wankhede Stadium
- food (faggots, spotted dick, pan haggerty), birds (shags, great tits, woodcock), PE kit (ball sacks,
  boxes, sports bras), plumbing (stopcock, ballcock), a Dick Whittington panto
- RSE letters and a PSHE question box, A-level Psychology (Freud), RE revision, history (miners' strike, "scab")
- set texts: Chaucer's Miller's Tale, Romeo and Juliet, Larkin (for NEA); German exchange vocabulary
- SEND: a Tourette's note quoting involuntary swear words, a referral quoting an outdated diagnostic term
- safeguarding reports to the DSL quoting pupils' or adults' words exactly (racist abuse, online bullying,
  a disclosure), a forwarded abusive parent e-mail, the behaviour policy's language ladder
- polite replies where the swearing is only in the quoted message below (parent, pupil, member of the public)
"""


def main():
    ordered = list(MESSAGES)
    random.Random(4343).shuffle(ordered)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, m in enumerate(ordered, 1):
        fname = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        (OUT / fname).write_bytes(render_message(m))
        rcpts = " ".join(p.email for p in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"].email, rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    (OUT / "labels.csv").write_text(buf.getvalue(), encoding="utf-8")

    counts = {}
    for m in MESSAGES:
        kind = "flag" if m["label"] == "flag" else (
            "hard negative" if m["note"].startswith("hard neg") else "everyday")
        counts[(m["label"], kind)] = counts.get((m["label"], kind), 0) + 1
    table = "\n".join(f"| {lab} | {kind} | {n} |" for (lab, kind), n in sorted(counts.items()))
    nflag = sum(1 for m in MESSAGES if m["label"] == "flag")
    (OUT / "README.md").write_text(README.format(total=len(MESSAGES), flag=nflag,
                                                 clean=len(MESSAGES) - nflag, table=table),
                                   encoding="utf-8")
    check(rows)
    print(f"wrote {len(rows)} messages ({nflag} flag, {len(rows) - nflag} clean) to {OUT}")


def check(rows):
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(r[0] for r in rows), "labels and files differ"
    slugs = [r[0].split("_", 2)[2] for r in rows]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    for fname, label, sender, rcpts, note in rows:
        assert fname.split("_")[1] == label
        raw = (OUT / fname).read_bytes()
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998, (fname, "line too long")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (fname, msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (fname, h)
        assert msg["From"].addresses[0].addr_spec == sender, fname
        got = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert got == rcpts.split(" "), (fname, got, rcpts)
        assert sender.endswith("@" + DOMAIN)
        for part in msg.walk():
            assert not part.defects, (fname, part.defects)
            if part.is_multipart():
                continue
            content = part.get_content()
            if isinstance(content, str):
                assert "\ufffd" not in content, (fname, "bad decode")
                assert SOFT not in content, (fname, "soft-break marker leaked")


if __name__ == "__main__":
    main()
