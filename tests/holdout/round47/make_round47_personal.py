#!/usr/bin/env python3
"""Generate the round-47 BLIND held-out corpus for the personal-address-to-parent module.

Setting: an 11-18 secondary with a resourced provision for deaf pupils (Deaf Resource Base,
Teachers of the Deaf, communication support workers, BSL, Relay UK, radio aids, audiology).

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice gives
byte-identical files.

BLIND: nobody tuned the filter on these messages.  Never use them for tuning.
"""

import base64
import csv
import hashlib
import html
import io
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
CRLF = "\r\n"
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name):
    return (name, f"{local}@{PUPILS}")


# Year 7 (intake 2025)
P_AGRANT = pupil("25agrant", "Amelia Grant")
# Year 8
P_PMURPHY = pupil("24pmurphy", "Patrick Murphy")
# Year 9
P_FAHMED = pupil("23fahmed", "Faisal Ahmed")
P_JCOOPER = pupil("23jcooper", "Jasmine Cooper")
P_MWRIGHT = pupil("23mwright", "Mia Wright")
P_TBELL = pupil("23tbell", "Toby Bell")
P_OZIELINSKA = pupil("23ozielinska", "Ola Zielinska")
# Year 10
P_EOSEI = pupil("22eosei", "Efua Osei")
P_RHART = pupil("22rhart", "Reece Hart")
P_KPATEL = pupil("22kpatel", "Kiran Patel")
P_DMOSS = pupil("22dmoss", "Dylan Moss")
# Year 11
P_LNOWAK = pupil("21lnowak", "Lena Nowak")
P_TBARKER = pupil("21tbarker", "Tyler Barker")
P_SFINCH = pupil("21sfinch", "Sadie Finch")
P_AJAMA = pupil("21ajama", "Abdi Jama")
# Year 12
P_HSALEEM = pupil("20hsaleem", "Hamza Saleem")
P_RBAXTER = pupil("20rbaxter", "Rosie Baxter")
# Year 13
P_KDAVIES = pupil("19kdavies", "Keira Davies")
P_WCHEN = pupil("19wchen", "William Chen")
P_NHUSSAIN = pupil("19nhussain", "Nadia Hussain")


def staff(local, name):
    return (name, f"{local}@{SCHOOL}")


ST = {
    "hughes": staff("r.hughes", "Rachel Hughes"),
    "pritchard": staff("o.pritchard", "Owen Pritchard"),
    "lowe": staff("b.lowe", "Bethany Lowe"),
    "qureshi": staff("f.qureshi", "Farah Qureshi"),
    "greaves": staff("h.greaves", "Hannah Greaves"),
    "keane": staff("s.keane", "Siobhan Keane"),
    "ashworth": staff("t.ashworth", "Tom Ashworth"),
    "walsh": staff("g.walsh", "Gemma Walsh"),
    "okafor": staff("d.okafor", "Daniel Okafor"),
    "raman": staff("p.raman", "Priya Raman"),
    "attendance": staff("attendance", "Helen Marsh (Attendance)"),
    "office": staff("office", "Example School Office"),
    "dsl": staff("dsl", "Mark Fenwick (DSL)"),
    "fenwick": staff("m.fenwick", "Mark Fenwick"),
    "brennan": staff("s.brennan", "Sophie Brennan"),
    "carter": staff("l.carter", "Liam Carter"),
    "exams": staff("exams", "Exams Office"),
    "mensah": staff("k.mensah", "Kwame Mensah"),
    "price": staff("n.price", "Natalie Price"),
    "gledhill": staff("i.gledhill", "Ian Gledhill"),
    "booth": staff("a.booth", "Alison Booth"),
    "yates": staff("c.yates", "Chris Yates"),
    "hollis": staff("m.hollis", "Megan Hollis"),
    "farrant": staff("z.farrant", "Zoë Farrant"),
    "head": staff("head", "Ruth Oyelaran"),
    "thornton": staff("j.thornton", "Jack Thornton"),
    "begum": staff("a.begum", "Aisha Begum"),
    "armitage": staff("l.armitage", "Lucy Armitage"),
    "whitaker": staff("p.whitaker", "Paul Whitaker"),
    "library": staff("library", "School Library"),
    "cover": staff("cover", "Cover Office"),
    "careers": staff("careers", "Debbie Lister (Careers)"),
    "comms": staff("comms", "Emma Shaw"),
}
ALLSTAFF = ("All Staff", f"allstaff@{SCHOOL}")
BASETEAM = ("Deaf Resource Base Team", f"drb-team@{SCHOOL}")
ITHELP = ("IT Helpdesk", f"ithelp@{SCHOOL}")

SIG = {
    "hughes": "Rachel Hughes\nHead of Deaf Resource Base | Qualified Teacher of the Deaf\n"
              "Example School, Park Row, Leeds LS1 4AP\n"
              "Tel 01632 960000 (Relay UK: 18001 01632 960000)",
    "pritchard": "Owen Pritchard\nTeacher of the Deaf, Deaf Resource Base\n"
                 "Example School, Park Row, Leeds LS1 4AP\n01632 960000",
    "lowe": "Bethany Lowe\nCommunication Support Worker (BSL/English)\n"
            "Deaf Resource Base | Example School\nPark Row, Leeds LS1 4AP | 01632 960000",
    "qureshi": "Farah Qureshi\nDeaf Instructor & BSL Tutor\nExample School, Park Row, Leeds LS1 4AP\n"
               "I am Deaf - please contact me by email or through the Resource Base office "
               "(01632 960000).",
    "greaves": "Hannah Greaves\nTeacher of the Deaf (Key Stage 4)\n"
               "Example School | Park Row | Leeds | LS1 4AP\nSwitchboard: 01632 960000",
    "keane": "Siobhan Keane\nCommunication Support Worker\nExample School, Park Row, Leeds LS1 4AP",
    "ashworth": "Mr T. Ashworth\nHead of Year 7\nExample School\nPark Row, Leeds LS1 4AP\n"
                "t: 01632 960000",
    "walsh": "Miss G. Walsh\nTeacher of Science\nExample School, Park Row, Leeds LS1 4AP | 01632 960000",
    "okafor": "Daniel Okafor\nTeacher of Mathematics | Form Tutor 7DO\n"
              "Example School, Park Row, Leeds LS1 4AP\nTel: 01632 960000",
    "raman": "Priya Raman\nSENCo\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "attendance": "Helen Marsh\nAttendance Officer\nExample School, Park Row, Leeds LS1 4AP\n"
                  "Tel 01632 960000 (option 1 for absence) | attendance@example-school.org.uk",
    "office": "Karen Doyle\nOffice Manager\nExample School, Park Row, Leeds LS1 4AP\n"
              "01632 960000 | office@example-school.org.uk",
    "fenwick": "Mark Fenwick\nDeputy Headteacher | Designated Safeguarding Lead\n"
               "Example School, Park Row, Leeds LS1 4AP\n01632 960000",
    "brennan": "Ms S. Brennan\nEnglish Department\nExample School",
    "carter": "Mr L. Carter\nPE Department\nExample School, Park Row, Leeds LS1 4AP",
    "exams": "Joanne Whitfield\nExams Officer\nExample School, Park Row, Leeds LS1 4AP\n"
             "01632 960000 | exams@example-school.org.uk",
    "mensah": "Kwame Mensah\nHead of Sixth Form\nExample School Sixth Form, Park Row, Leeds LS1 4AP\n"
              "01632 960000",
    "price": "Natalie Price\nEducational Audiologist\n"
             "Sensory Support | Example School, Park Row, Leeds LS1 4AP\n01632 960000",
    "gledhill": "Ian Gledhill\nHead of Performing Arts\nExample School",
    "booth": "Alison Booth\nHR & Business Manager\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "yates": "Chris Yates\nGeography | Educational Visits Coordinator\n"
             "Example School, Park Row, Leeds LS1 4AP\n01632 960000",
    "hollis": "Megan Hollis\nTeaching Assistant, Deaf Resource Base\nExample School",
    "farrant": "Zoë Farrant\nComputing & Online Safety Lead\n"
               "Example School, Park Row, Leeds LS1 4AP | 01632 960000",
    "head": "Ruth Oyelaran\nHeadteacher\nExample School, Park Row, Leeds LS1 4AP\n"
            "01632 960000 | office@example-school.org.uk",
    "thornton": "Mr J. Thornton\nComputer Science\nExample School",
    "begum": "Aisha Begum\nPastoral Manager, Year 11\nExample School, Park Row, Leeds LS1 4AP",
    "armitage": "Lucy Armitage\nHead of Year 9\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "whitaker": "Paul Whitaker\nDofE Manager | PE\nExample School",
    "library": "Mrs P. Noble\nLibrarian\nExample School Library, Park Row, Leeds LS1 4AP",
    "cover": "Lisa Moran\nCover Manager\nExample School",
    "careers": "Debbie Lister\nCareers Adviser\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "comms": "Emma Shaw\nCommunications Officer\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
}

# ---------------------------------------------------------------------------
# MIME building (raw text, so every byte is under our control)
# ---------------------------------------------------------------------------


def h(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def when(y, mo, d, hh, mi, ss=0):
    """UK local time -> RFC 5322 date string (BST between the last Sundays of March and October)."""
    def last_sunday(year, month):
        dt = datetime(year, month, 31 if month in (3, 10) else 30)
        while dt.weekday() != 6:
            dt -= timedelta(days=1)
        return dt
    naive = datetime(y, mo, d, hh, mi, ss)
    bst = last_sunday(y, 3).replace(hour=1) <= naive < last_sunday(y, 10).replace(hour=1)
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(naive.replace(tzinfo=tz))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_word(s, mode="Q"):
    if mode == "B":
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "-!*+/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?UTF-8?Q?" + "".join(out) + "?="


def fmt_addr(p):
    name, addr = p
    if not name:
        return addr
    if not is_ascii(name):
        return f"{enc_word(name)} <{addr}>"
    if any(c in name for c in ',.;:()<>@[]"'):
        return '"' + name.replace('"', '') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fold_addrs(field, people):
    items = [fmt_addr(p) for p in people]
    line = f"{field}: "
    lines = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) > 76 and line.strip() != f"{field}:":
            lines.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    lines.append(line.rstrip())
    return lines


def subject_header(subj, encode=None):
    if encode is None:
        encode = None if is_ascii(subj) else "Q"
    if not encode:
        return [f"Subject: {subj}"]
    # split long encoded subjects into several encoded words
    words, cur = [], ""
    for ch in subj:
        if len((cur + ch).encode("utf-8")) > 30:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    enc = [enc_word(w, encode) for w in words]
    out = ["Subject: " + enc[0]]
    for e in enc[1:]:
        out.append(" " + e)
    return out


class Leaf:
    def __init__(self, ctype, text=None, data=None, cte=None, charset="utf-8", params=None,
                 filename=None, disposition=None, raw_encoded=None, extra=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.cte = cte
        self.charset = charset
        self.params = params or {}
        self.filename = filename
        self.disposition = disposition
        self.raw_encoded = raw_encoded
        self.extra = extra or []

    def render(self):
        if self.text is not None:
            body_text = self.text.replace("\r\n", "\n")
            if not body_text.endswith("\n"):
                body_text += "\n"
            cte = self.cte or ("7bit" if is_ascii(body_text) else "quoted-printable")
            ct = f'{self.ctype}; charset="{self.charset}"'
        else:
            cte = self.cte or "base64"
            ct = self.ctype
            if self.raw_encoded is not None:
                ct += f'; charset="{self.charset}"'
        for k, v in self.params.items():
            ct += f'; {k}="{v}"' if k != "method" else f"; {k}={v}"
        if self.filename:
            ct += f'; name="{self.filename}"'
        hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f'; filename="{self.filename}"'
            hdrs.append(f"Content-Disposition: {disp}")
        hdrs += self.extra
        if self.raw_encoded is not None:
            body = self.raw_encoded.replace("\r\n", "\n").replace("\n", CRLF)
            if not body.endswith(CRLF):
                body += CRLF
            return CRLF.join(hdrs) + CRLF + CRLF + body
        if self.text is not None:
            if cte == "7bit":
                assert is_ascii(body_text), "non-ASCII text in a 7bit part"
                body = body_text.replace("\n", CRLF)
            elif cte == "8bit":
                body = body_text.replace("\n", CRLF)
            elif cte == "quoted-printable":
                enc = quopri.encodestring(body_text.encode(self.charset)).decode("ascii")
                body = enc.replace("\n", CRLF)
            elif cte == "base64":
                raw = body_text.replace("\n", CRLF).encode(self.charset)
                body = base64.encodebytes(raw).decode("ascii").replace("\n", CRLF)
            else:
                raise ValueError(cte)
        else:
            if cte == "base64":
                body = base64.encodebytes(self.data).decode("ascii").replace("\n", CRLF)
            elif cte in ("7bit", "8bit"):
                body = self.data.decode("utf-8").replace("\r\n", "\n").replace("\n", CRLF)
            elif cte == "quoted-printable":
                body = quopri.encodestring(self.data.replace(b"\r\n", b"\n")).decode("ascii").replace("\n", CRLF)
            else:
                raise ValueError(cte)
        if not body.endswith(CRLF):
            body += CRLF
        return CRLF.join(hdrs) + CRLF + CRLF + body


class Multi:
    def __init__(self, subtype, parts, boundary, params=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or {}

    def header(self):
        ct = f'multipart/{self.subtype}; boundary="{self.boundary}"'
        for k, v in self.params.items():
            ct += f'; {k}="{v}"'
        return [f"Content-Type: {ct}"]

    def render_body(self):
        out = ""
        for p in self.parts:
            out += f"--{self.boundary}" + CRLF
            if isinstance(p, Multi):
                out += CRLF.join(p.header()) + CRLF + CRLF + p.render_body()
            else:
                out += p.render()
            out += CRLF
        out += f"--{self.boundary}--" + CRLF
        return out

    def render(self):
        return CRLF.join(self.header()) + CRLF + CRLF + self.render_body()


def to_html(text, style="outlook"):
    """Plain text -> simple HTML as a mail client would produce it."""
    paras = [p for p in text.replace("\r\n", "\n").split("\n\n")]
    chunks = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()) and any(l.strip() for l in lines):
            inner = "<br>".join(html.escape(l[1:].lstrip()) for l in lines)
            if style == "gmail":
                chunks.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                              'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            else:
                chunks.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' + inner + "</blockquote>")
            continue
        inner = "<br>".join(html.escape(l) for l in lines)
        if style == "gmail":
            chunks.append(f'<div dir="ltr">{inner}</div><div dir="ltr"><br></div>')
        else:
            chunks.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    if style == "gmail":
        return '<div dir="ltr">' + "\n".join(chunks) + "</div>\n"
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(chunks) + "\n</div>\n</body>\n</html>\n")


def tiny_pdf(title, lines):
    """A small, valid one-page PDF with some text (deterministic)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 12 Tf 50 780 Td 16 TL (" + esc(title) + ") Tj"
    for l in lines:
        content += " T* (" + esc(l) + ") Tj"
    content += " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# ---------------------------------------------------------------------------
# Message registry
# ---------------------------------------------------------------------------

MESSAGES = []


def add(slug, label, note, frm, to, subject, date, body=None, *, cc=(), fmt="plain", style="outlook",
        cte=None, html_body=None, html_cte="quoted-printable", attachments=(), reply_to=None,
        headers=(), in_reply_to=None, raw_plain=None, subject_encode=None, sig=True, mailer=None):
    """Register one message.

    frm: key of ST; to/cc: lists of (name, addr); fmt: plain | alt | html.
    body: plain text (signature appended if sig is True and body has no '{SIG}' marker).
    """
    assert label in ("flag", "clean")
    sender = ST[frm]
    if body is not None:
        body = body.strip("\n") + "\n"
        if "{SIG}" in body:
            body = body.replace("{SIG}", SIG.get(frm, ""))
        elif sig and frm in SIG:
            body = body.rstrip("\n") + "\n\n" + SIG[frm] + "\n"
    MESSAGES.append(dict(slug=slug, label=label, note=note, frm=sender, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt, style=style, cte=cte,
                         html_body=html_body, html_cte=html_cte, attachments=list(attachments),
                         reply_to=reply_to, headers=list(headers), in_reply_to=in_reply_to,
                         raw_plain=raw_plain, subject_encode=subject_encode, mailer=mailer))


def build(m, seq):
    key = m["slug"]
    if m["style"] == "gmail":
        mid = f"<CAF{h(key + 'g', 24)}+{h(key + 'x', 8)}@mail.{SCHOOL}>"
        bnd = lambda tag: "000000000000" + h(key + tag, 16)
    else:
        mid = f"<LO2P265MB{h(key, 12).upper()}{seq:03d}@LO2P265MB{h(key + 'h', 4).upper()}.GBRP265.PROD.OUTLOOK.COM>"
        bnd = lambda tag: "_00" + str(len(tag)) + "_LO2P265MB" + h(key + tag, 12).upper() + "_"

    # main text part(s)
    if m["fmt"] == "html":
        main = Leaf("text/html", text=m["html_body"], cte=m["html_cte"])
    else:
        if m["raw_plain"] is not None:
            plain = Leaf("text/plain", cte=m["cte"] or "quoted-printable", raw_encoded=m["raw_plain"])
        else:
            plain = Leaf("text/plain", text=m["body"], cte=m["cte"])
        if m["fmt"] == "alt":
            hb = m["html_body"] if m["html_body"] is not None else to_html(m["body"], m["style"])
            main = Multi("alternative", [plain, Leaf("text/html", text=hb, cte=m["html_cte"])], bnd("alt"))
        else:
            main = plain
    if m["attachments"]:
        root = Multi("mixed", [main] + m["attachments"], bnd("mixed"))
    else:
        root = main

    hdr = []
    hdr += fold_addrs("From", [m["frm"]])
    hdr += fold_addrs("To", m["to"])
    if m["cc"]:
        hdr += fold_addrs("Cc", m["cc"])
    if m["reply_to"]:
        hdr += fold_addrs("Reply-To", [m["reply_to"]])
    hdr += subject_header(m["subject"], m["subject_encode"])
    hdr.append(f"Date: {m['date']}")
    hdr.append(f"Message-ID: {mid}")
    if m["in_reply_to"]:
        irt = f"<{h(key + 'irt', 20)}@{m['in_reply_to']}>"
        hdr.append(f"In-Reply-To: {irt}")
        hdr.append(f"References: {irt}")
    for x in m["headers"]:
        hdr.append(x)
    if m["mailer"]:
        hdr.append(m["mailer"])
    elif m["style"] != "gmail":
        hdr.append("X-MS-Has-Attach: " + ("yes" if m["attachments"] else ""))
        hdr.append("Content-Language: en-GB")
    hdr.append("MIME-Version: 1.0")
    if isinstance(root, Multi):
        text = CRLF.join(hdr + root.header()) + CRLF + CRLF + root.render_body()
    else:
        text = CRLF.join(hdr) + CRLF + root.render()
    return text.encode("utf-8")


def att_pdf(filename, title, lines):
    return Leaf("application/pdf", data=tiny_pdf(title, lines), filename=filename)


# ---------------------------------------------------------------------------
# FLAGS: staff giving pupils/parents their OWN personal contact details
# ---------------------------------------------------------------------------

add("tod_own_mobile_text_me", "flag",
    "ToD tells parent to text his own mobile instead of the office",
    "pritchard", [JANE], "Hearing aid tubing - and a quicker way to reach me",
    when(2025, 9, 16, 8, 5), """
Dear Mrs Parent,

Thanks for letting me know about the split tubing on the left aid. I've
re-tubed it this morning in the Base and it's working fine again - she was
back in lessons by period 2 and didn't seem bothered at all. I've put a
couple of spare tubes in her pencil case in a little grey pot, and shown her
how to tell when one is starting to go (it goes cloudy and stiff).

I know it's been a struggle getting through on the school line first thing,
and the office can't always find me because I'm in and out of classrooms all
day. To be honest it's easiest if you just text me on my own mobile, 07700
900314, and I'll pick it up between lessons. I'm usually up early so anything
from 7 is fine.

Best wishes,
Owen
""")

add("csw_sms_plus44_deaf_parent", "flag",
    "CSW gives deaf parent her own number in +44 form for SMS and WhatsApp video",
    "lowe", [SAM], "RE: homework diary - Thursday",
    when(2025, 10, 7, 12, 48), """
Hi Sam,

Thank you for your message. Yes - I sign the science homework through with
him at the end of period 5 on Thursdays, so whatever is written in the diary
on a Thursday is what we went over together. This week it was labelling an
animal cell and a plant cell and saying what the differences are. He did
understand it in the lesson, I think he just panicked when he saw the sheet
on his own. I've printed him a copy with the BSL sign pictures next to the
key words (nucleus, membrane, cell wall, chloroplast) and put it in his bag.

I know Relay UK is slow and the office phone is no use to you. Please just
SMS me direct instead - +44 7700 900582 is my own phone so it comes straight
to me. I can also do a quick WhatsApp video if it's easier to explain
something in BSL than writing it all down.

Bethany

{SIG}

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: Monday, October 6, 2025 7:12 PM
To: Bethany Lowe <b.lowe@example-school.org.uk>
Subject: homework diary - Thursday

Hello Bethany, the diary says science homework on cells but he says he
didn't understand the question. Did you go through it with him in class?
Thanks, Sam
""", fmt="alt", in_reply_to="outlook.com")

add("csw_html_nbsp_own_mobile_sig", "flag",
    "HTML-only base64; CSW's own mobile in signature with &nbsp;, pupil told to message it",
    "keane", [P_LNOWAK], "Media vocab + poster analysis",
    when(2025, 11, 14, 15, 52), fmt="html", html_cte="base64", html_body="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Hi Lena,</p>
<p>Here&#39;s the vocab list from today&#39;s Media lesson. I&#39;ve put the signs we agreed for
<b>connotation</b>, <b>representation</b> and <b>mise-en-sc&egrave;ne</b> next to each word, and
Farah&#39;s videos of them are on the Base Teams page under &quot;Media Y11&quot;.</p>
<p>Mr Holt wants the poster analysis in by Wednesday. Remember he&#39;s looking for the
<i>why</i>, not just &quot;the colour is red&quot; &ndash; say what the red makes the audience think.</p>
<p>If you get stuck over the weekend just message me on my own mobile, the number&#39;s at
the bottom. I don&#39;t mind at all, it&#39;s easier than you sitting there stuck till Monday.</p>
<p>Siobhan x</p>
<p>&nbsp;</p>
<table style="font-size:9pt;color:#1f3864"><tr><td>
<b>Siobhan Keane</b><br>Communication Support Worker<br>
Example School, Park Row, Leeds LS1 4AP<br>
Mob&nbsp;(personal):&nbsp;07700&nbsp;900&nbsp;647
</td></tr></table>
</body>
</html>
""")

VCARD_OKAFOR = """BEGIN:VCARD
VERSION:3.0
N:Okafor;Daniel;;Mr;
FN:Daniel Okafor
ORG:Example School;Mathematics
TITLE:Teacher of Mathematics / Form Tutor 7DO
TEL;TYPE=CELL,VOICE:07700 900193
EMAIL;TYPE=HOME,INTERNET:dan.okafor84@gmail.com
EMAIL;TYPE=WORK,INTERNET:d.okafor@example-school.org.uk
NOTE:Text any time - evenings are fine.
END:VCARD
"""

add("tutor_vcard_mobile_home_email", "flag",
    "form tutor attaches vCard with own mobile and home gmail for parent",
    "okafor", [ALI], "Contact details as promised",
    when(2025, 9, 25, 20, 41), """
Dear Mr Guardian,

It was good to meet you at the Year 7 settling-in evening on Tuesday, and
thank you for explaining so clearly how the new hearing aids are going at
home. I've passed your notes on to Mrs Hughes in the Resource Base so that
everyone who teaches him knows to use the radio aid mic, and I've moved him
to the front left of the maths room so he can see my face and the board.

As promised I've attached my contact card. It has my mobile and my home
email on it, so you can get hold of me outside school hours without waiting
for the office to pass a message on - I know the relay calls have been a
pain for you. Text is fine, I'm usually around in the evenings.

He's settled really well in 7DO. He's already got a little group of friends
and he's been putting his hand up in maths, which for the first month of
Year 7 is great.

Kind regards,
Daniel Okafor
""", attachments=[Leaf("text/x-vcard", data=VCARD_OKAFOR.replace("\n", "\r\n").encode("utf-8"),
                        filename="Daniel Okafor.vcf", cte="base64")])

ICS_QURESHI = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251115T100000Z
DTEND:20251115T110000Z
DTSTAMP:20251110T163000Z
ORGANIZER;CN=Farah Q:mailto:farahq.signs@gmail.com
UID:6k9b2q1r0v7h3m5c8t4p2s1d0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=21lnowak@pupils.example-school.org.uk:mailto:21lnowak@pupils.example-school.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=21sfinch@pupils.example-school.org.uk:mailto:21sfinch@pupils.example-school.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=22eosei@pupils.example-school.org.uk:mailto:22eosei@pupils.example-school.org.uk
DESCRIPTION:BSL Level 2 practice - fingerspelling\\, numbers\\, directions.\\n
 Video call from my house. If the link plays up FaceTime me on 07700 900725.
LOCATION:Video call (link to follow)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BSL practice - Sat morning
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

add("bsl_tutor_ics_personal_gmail_facetime", "flag",
    "calendar invite from tutor's own gmail, FaceTime on own number in .ics description",
    "qureshi", [P_LNOWAK, P_SFINCH, P_EOSEI], "Saturday BSL practice - invite attached",
    when(2025, 11, 10, 16, 34), """
Hi all,

A few of you asked for extra practice before the Level 2 unit assessment on
the 24th, especially numbers and giving directions, which is where people
lost marks last year.

I'm going to run an informal session from home this Saturday, 10 till 11,
over video. The invite is attached - it comes from my own calendar because
the school one won't let me send invites to pupil accounts at weekends.
Just press accept. If the link doesn't work on the day the details for
reaching me are in the invite.

Efua, you don't need to be nervous about joining with two Deaf students -
it's the best practice you'll get!

Farah
""", attachments=[Leaf("text/calendar", data=ICS_QURESHI.replace("\n", "\r\n").encode("utf-8"),
                        params={"method": "REQUEST"}, filename="invite.ics", cte="base64")])

add("science_easter_replyto_home_gmail", "flag",
    "Reply-To set to teacher's home gmail for pupils over Easter [personal address only in header + 'home email' wording]",
    "walsh", [P_LNOWAK, P_TBARKER, P_SFINCH, P_AJAMA], "Easter revision - combined science",
    when(2026, 3, 27, 15, 20), """
Hi Year 11,

Happy Easter! A few things before you disappear:

1. Your revision packs are in your bags (the green one is Biology paper 2,
   the orange one Chemistry paper 2). Do the required practical pages first,
   they come up every year.
2. Lena, Sadie, Abdi - Mrs Greaves has put the signed versions of the
   practical videos on the Base Teams page, same as before.
3. Seneca is set up for the whole holiday, 20 minutes a day is plenty.

Hit reply if you're stuck on anything. Replies will come to my home email
over the break because I won't be logging into school mail until the 13th,
so don't worry if it looks different. I'll try to answer within a day.

Have a proper rest as well, you've earned it.

Miss Walsh
""", fmt="alt", reply_to=("Gemma Walsh", "g.walsh1983@gmail.com"))

add("english_cc_own_hotmail_halfterm", "flag",
    "teacher Cc's her own hotmail on mail to parent and invites replies there",
    "brennan", [JANE], "Reading book for half term",
    when(2025, 10, 24, 13, 5), """
Dear Mrs Parent,

Just a quick one before half term. She's been really enjoying Noughts &
Crosses in class and asked if she could take a copy home, so I've sent one
in her bag - no rush to return it, it's one of the spares.

The TV series is on iPlayer with subtitles if she wants to compare the
adaptation with the book; that would be brilliant preparation for the
comparison essay we're starting when we come back on the 3rd. The subtitles
are good on that one (not the auto-generated kind), so she shouldn't miss
anything.

I've copied my home email into this so I see your reply over the holiday -
feel free to use that one directly, I'll be checking it a lot more than this
one.

Have a lovely week,
Sophie Brennan
""", cc=[("Sophie Brennan", "sophiebrennan_88@hotmail.co.uk")], cte="quoted-printable")

add("ta_home_address_collect_transmitter", "flag",
    "TA gives parent her home address with postcode to collect equipment",
    "hollis", [SAM], "His radio aid transmitter",
    when(2025, 12, 3, 17, 22), """
Hi Sam,

I’m so sorry – I’ve just found his Roger transmitter in the bottom of my bag.
I must have scooped it up with the charging leads when we packed the Base
away last night. He’ll have been without it in lessons today, which is my
fault, and I’ve told Mr Pritchard.

I’m off tomorrow (hospital appointment) so I can’t bring it in until Friday.
If you’d rather not wait, you’re very welcome to pick it up from mine –
23 Wharfedale Rise, Horsforth, Leeds LS18 5QA. I’m in all evening and all
day tomorrow after 11. Bang on the door hard, the bell’s broken!

Again, really sorry.

Megan
""", cte="8bit")

add("drama_teacher_invites_pupil_home", "flag",
    "teacher invites pupil to his house, street address without postcode",
    "gledhill", [P_EOSEI], "Sign-song run through",
    when(2026, 1, 22, 21, 10), """
Efua,

Your signed verse in rehearsal today was lovely, honestly the best it's been.
The only bit that's still wobbly is the chorus where the handshapes get
rushed.

If you want a proper run-through before the dress on Thursday, come round to
mine on Saturday about 11 - 7 Bramble Close, the one with the blue door just
behind the Co-op on Otley Road. My daughter's doing BSL Level 1 so she can
watch and tell us if it's clear. Bring the backing track on your phone.

Mr G
""", sig=False)

add("pastoral_whatsapp_group_add_me", "flag",
    "pastoral manager sets up WhatsApp group with pupils, gives own number; RFC 2047 subject with emoji",
    "begum", [P_LNOWAK, P_SFINCH, P_AJAMA], "Year 11 signing group 📚 revision clips",
    when(2025, 9, 15, 18, 30), """
Hi you three,

Lovely to see you all in the Base at lunch today. As promised I've made a
WhatsApp group for our Year 11 signing group (and Kai when he's back from
hospital) so we can share the BSL revision clips that Mrs Greaves and Farah
are recording. You said Teams is too slow on your phones and the videos
keep buffering, so this should be easier.

Save my number, 07700 900271, and send me a quick "hi" so I can add you.
Please keep it for revision stuff and checking in - no memes at 2am!

Aisha
""", fmt="alt", subject_encode="B")

add("pe_snapchat_handle_pupil", "flag",
    "PE teacher asks sixth-former to add him on Snapchat/Instagram",
    "carter", [P_HSALEEM], "Saturday",
    when(2025, 11, 9, 19, 44), """
Great shift yesterday Hamza, your first touch was miles better than last
week. Add me on snap (coachlcarter9) and I'll send you the clips from the
game, easier than email. Same name on insta if you'd rather.

Mr C
""", sig=False, style="gmail", mailer="X-Mailer: iPhone Mail (22B91)")

add("tod_0044_own_number_summer", "flag",
    "base64 body; Head of Base gives parent her own number in 0044 form and WhatsApp for summer",
    "hughes", [ALI], "Transition visit - and over the summer",
    when(2025, 7, 18, 14, 10), """
Dear Mr Guardian,

Thank you for coming in with him for the second transition visit yesterday.
He was brilliant with the radio aid in the science lab, and Megan says he
was the first one to spot the flashing beacons for the fire alarm when we
did the walk-round.

The new hearing aids from the hospital should be fitted on 5 August, and I
know you were worried about the gap before term starts in case the settings
aren't right or the moulds rub. I'll be in Portugal for most of August but
I'm very happy to help if anything comes up: my own number is
0044 7700 900835. WhatsApp works best while I'm abroad - a video call is
fine, I know it's easier for you than relay.

Otherwise I'll see you both on Wednesday 3 September at 8.15 at the Base
entrance (the side gate on Park Row, not the main reception).

Have a lovely summer,
Rachel
""", cte="base64")

_ASHWORTH_BUS = """Dear Mr Guardian,

Thank you for your email last night, and I'm really sorry he had such an
upsetting journey home. I spoke to him first thing this morning with
Mr Pritchard signing so that nothing got lost, and he told us that two older
boys on the 56 were pulling at his hearing aids and throwing the
hat he wears over them up and down the bus.

Here is what we have done so far today:

- We know who the two boys are (Year 8) and Mr Fenwick and I have spoken to
  them both. Their parents are being contacted this afternoon.
- I have emailed the bus company with the date and time so they can keep
  the CCTV from that journey.
- He will leave by the Base door at 3.05 for the rest of the week so he can
  get on the bus first and sit near the driver.

He was a bit quiet this morning but he seemed fine by lunchtime. Mrs Hughes
has checked both aids and there's no damage.

I'd really like to talk this through with you properly tonight rather than
by email. If you ever need me direct, my mobile is 07700 900416 - text me
first and I'll ring back through Relay UK, or we can just text if that's
easier for you.

Kind regards,
Tom Ashworth
"""


def _qp_with_soft_break(text, number, split_at):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    assert number in enc
    return enc.replace(number, number[:split_at] + "=\n" + number[split_at:], 1)


add("hoy_qp_softbreak_own_mobile", "flag",
    "QP body with soft line break inside HoY's own mobile number, to parent",
    "ashworth", [ALI], "Bus home yesterday",
    when(2025, 12, 1, 16, 47), cc=[ST["fenwick"]], cte="quoted-printable",
    raw_plain=_qp_with_soft_break(_ASHWORTH_BUS + "\n" + SIG["ashworth"] + "\n", "07700 900416", 7))

add("senco_home_landline_split_line", "flag",
    "SENCo gives parent her home landline, split over a line break in the plain part",
    "raman", [JANE], "Draft EHCP - Section F",
    when(2025, 11, 19, 16, 20), """
Dear Jane,

The draft EHCP came back from the local authority this afternoon. Most of
it is fine and reflects what we agreed at the review, but I'm not happy
with Section F. It now says "access to a Teacher of the Deaf as required"
instead of the weekly 2 hours of direct ToD teaching plus CSW support in
all core lessons, which is what Mrs Hughes and the audiologist recommended.
"As required" is far too vague and we would struggle to hold them to it.

You have 15 days to respond, so there is time, but I'd much rather talk it
through properly than by email. I'm working from home tomorrow evening -
please ring me at home on 0113
496 0587 any time after 7. It's my home number so please don't pass it on.

Warm regards,
Priya
""", fmt="alt", html_body="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Jane,</p>
<p>The draft EHCP came back from the local authority this afternoon. Most of it is fine and reflects
what we agreed at the review, but I&#39;m not happy with Section F. It now says &quot;access to a
Teacher of the Deaf as required&quot; instead of the weekly 2 hours of direct ToD teaching plus CSW
support in all core lessons, which is what Mrs Hughes and the audiologist recommended. &quot;As
required&quot; is far too vague and we would struggle to hold them to it.</p>
<p>You have 15 days to respond, so there is time, but I&#39;d much rather talk it through properly
than by email. I&#39;m working from home tomorrow evening &ndash; please ring me at home on
<b>0113 496 0587</b> any time after 7. It&#39;s my home number so please don&#39;t pass it on.</p>
<p>Warm regards,<br>Priya</p>
<p style="color:#555">Priya Raman<br>SENCo<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</body></html>
""")

add("audiologist_obfuscated_icloud_pupil", "flag",
    "audiologist gives Year 13 pupil her personal icloud address written as [at]/[dot]",
    "price", [P_KDAVIES], "Uni audiology + keeping in touch",
    when(2026, 2, 10, 12, 15), """
Hi Keira,

Great news about the Newcastle offer - well done, you worked so hard for
that interview.

A few things to get moving on now rather than in August:

* Apply for DSA (Disabled Students' Allowance) as soon as your student
  finance application is in. Ask for a needs assessment and mention your
  radio aid, note-taker and captioning for recorded lectures.
* Your current Roger system is on loan from the service, so it stays with
  us when you leave. The DSA assessor can recommend your own.
* Register with the uni's disability team before you arrive, not in
  freshers' week when they're swamped.

Your school email stops working when you leave in the summer, so if you
want to keep in touch or ask me anything once you're up there, my personal
email is nat.price [at] icloud [dot] com. Happy to help, genuinely.

Natalie
""")

add("computing_personal_discord_server", "flag",
    "teacher invites Year 10 pupils to his personal Discord server",
    "thornton", [P_RHART, P_KPATEL, P_DMOSS, P_EOSEI], "GCSE CS revision server",
    when(2026, 1, 8, 17, 3), """
Hi 10C1,

Happy new year. With the mocks coming up I've set up a Discord server for
revision, so you can post questions in the evenings and help each other
out. There are channels for each topic (algorithms, binary/hex, networks,
Python) and I'll put past paper walk-throughs in #paper-2.

It's on my personal account rather than anything the school runs, so please
keep it sensible and use your real first name as your nickname so I know
who's who.

Invite: https://discord.gg/q7RthnCS

I'll be on most evenings between 7 and 9.

Mr Thornton
""", fmt="alt", html_body="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<p>Hi 10C1,</p>
<p>Happy new year. With the mocks coming up I&#39;ve set up a Discord server for revision, so you can
post questions in the evenings and help each other out. There are channels for each topic (algorithms,
binary/hex, networks, Python) and I&#39;ll put past paper walk-throughs in <code>#paper-2</code>.</p>
<p>It&#39;s on my personal account rather than anything the school runs, so please keep it sensible and
use your real first name as your nickname so I know who&#39;s who.</p>
<p><a href="https://discord.gg/q7RthnCS">Join the revision server</a></p>
<p>I&#39;ll be on most evenings between 7 and 9.</p>
<p>Mr Thornton<br>Computer Science<br>Example School</p>
</body></html>
""")

add("tod_facetime_dotted_number_deaf_parent", "flag",
    "ToD invites deaf parent to FaceTime her own iPhone, number written with dots",
    "greaves", [SAM], "Post-16 options - can we talk in BSL?",
    when(2025, 11, 6, 16, 10), """
Hi Sam,

Thank you for the questions about next year - they're all good ones and
exactly what we should be thinking about now.

Short answers: yes, he can stay on into our sixth form and keep CSW support
in lessons; yes, the course at Northfield College has a Deaf support team
too; and no, he doesn't have to decide before Christmas. The post-16
evening is on 27 November and I'll make sure there is an interpreter.

Honestly though, this is too big a conversation for email. I'd love to do
it in BSL so you can ask everything properly. FaceTime me on my iPhone -
07700.900.958 - it's my own phone, but I'd rather you could sign to me than
struggle through Relay. Any evening after 6 works.

Hannah
""", fmt="alt", cte="quoted-printable")

add("sixthform_signal_keep_between_us", "flag",
    "Head of Sixth Form gives young carer his own number for Signal, bracketed, 'keep it between us'",
    "mensah", [P_RBAXTER], "Checking in",
    when(2026, 2, 4, 22, 37), """
Hi Rosie,

Just wanted to check in after our chat today. You did the right thing
telling me how much you're doing at home with your mum at the moment, and
none of it changes how I see you - you're still on track for your
predicted grades.

I've spoken to Mrs Dean and your History coursework deadline is moved to
the 27th. Don't worry about period 1 on Tuesdays either, just come in when
you can and sign in at the sixth form office.

If things get hard at home in the evenings, message me on Signal any time:
(07700) 900 703. It's my personal phone so keep it between us - I don't
want the whole of 12B having it.

Mr Mensah
""", sig=False)

add("trips_facebook_friend_request_parent", "flag",
    "trips coordinator sends parent a Facebook friend request to message there; RFC 2047 subject",
    "yates", [ALI], "Year 7 Robin Hood’s Bay – photos",
    when(2025, 10, 12, 20, 2), """
Hi Mr Guardian,

Just to say what a brilliant few days we had at Robin Hood's Bay. He threw
himself into everything - rock-pooling, the night walk, even the
kayaking, where he was really sensible about taking his aids out and
putting them in the dry box before he got in.

I've sent you a friend request on Facebook (Chris Yates, profile picture
of a black and white collie). I've put all the trip photos on my own page
because the school website takes weeks, so accept it and you'll see the
lot - there's a great one of him signing "fish and chips" to the lady in
the chip shop. We can message on there too, which I think will be easier
for you than the relay service.

Cheers,
Chris
""", fmt="alt", style="outlook")

add("hoy_outlook_reply_text_me_nospaces", "flag",
    "HoY replies to parent in an Outlook thread, gives own mobile written without spaces",
    "armitage", [JANE], "RE: Upset after PE yesterday",
    when(2026, 1, 13, 7, 52), """
Dear Jane,

Thank you for letting me know, and I'm sorry she came home so upset. I've
spoken to Mr Carter and he's going to make sure the changing-room rule about
hearing aids is done properly - she should have been able to put them in
the Base dry box before the lesson, not leave them on the bench where the
others could mess about with them.

I'll see her at morning registration and we'll have a proper chat. Just text
me at 07700900462 if she's upset again tonight and I'll make sure someone
meets her at the gate in the morning.

Lucy

{SIG}

From: Jane Parent <jane.parent@gmail.com>
Sent: 12 January 2026 21:18
To: Lucy Armitage <l.armitage@example-school.org.uk>
Subject: Upset after PE yesterday

Hi Mrs Armitage,

She came home in tears today. Some of the girls in PE were passing her
hearing aids around the changing room and one ended up on the floor. It
still works but she's really shaken and says she doesn't want to do PE
any more.

Could someone ring me tomorrow? I'm on 07700 900123 all day.

Thanks,
Jane
""", fmt="alt", cc=[ST["carter"]], in_reply_to="mail.gmail.com")

# ---------------------------------------------------------------------------
# HARD NEGATIVES (clean)
# ---------------------------------------------------------------------------

add("theatre_trip_school_mobile", "clean",
    "trip letter gives the school-owned trip mobile (stated as school phone), venue postcode, times, price",
    "gledhill", [JANE], "Year 9 theatre trip - BSL integrated Frankenstein",
    when(2026, 3, 2, 12, 30), """
Dear Parent/Carer,

We are taking Year 9 drama students to see the BSL-integrated production of
Frankenstein at the Northern Light Theatre, 12 Vicar Row, Leeds LS2 7HL, on
Thursday 19 March. The company is Deaf-led and the whole performance is
captioned, so it's a wonderful chance for our Deaf and hearing students to
see the same show on equal terms.

- Meet in the main hall at 17:15; the coach leaves Park Row at 17:30.
- We expect to be back at school at about 22:30. Please collect your child
  from the Park Row gate.
- Cost: £14.50, payable on ParentPay by Friday 13 March.
- Students should bring a drink and a snack; no food in the auditorium.

On the night the school trip mobile will be switched on from 5pm until the
last student has been collected: 07700 900610. This is a school phone,
carried by the trip leader. It takes texts as well as calls, which I know
some families prefer.

The full letter and consent form are attached.

Best wishes,
Ian Gledhill
""", fmt="alt", attachments=[att_pdf("Y9 Frankenstein trip letter.pdf", "Year 9 theatre trip - Frankenstein",
                                     ["Thursday 19 March, Northern Light Theatre, Leeds", "Cost: 14.50",
                                      "School trip mobile (school phone): 07700 900610"])])

add("office_reads_back_parent_contact", "clean",
    "office reads back the parent's own mobile and email to confirm contact record",
    "office", [SAM], "Contact details - please check",
    when(2025, 9, 10, 11, 2), """
Dear Sam,

Thank you for filling in the data collection sheet. I have updated our
records as below - could you check it's all correct and let me know if
anything needs changing?

Main contact: Sam Carer (carer)
Mobile: 07700 900456 - SMS only, no voice calls
Email: sam.carer@outlook.com
Contact preference: email or text; phone calls through Relay UK only
Language: British Sign Language - interpreter needed for meetings

I've also added a note to the front of the file so that anyone ringing home
knows not to call your mobile directly.

Kind regards,
Karen
""")

add("attendance_relay_uk_school_number", "clean",
    "attendance explains reporting absence via Relay UK 18001 + school's own number",
    "attendance", [SAM], "Reporting absence - other ways to contact us",
    when(2025, 9, 23, 10, 14), """
Dear Sam,

Thank you for letting us know he was poorly yesterday - I've marked it as
illness, so no problem at all.

I understand it was tricky reporting it because our absence line is a voice
message. You have a few other options:

1. Email attendance@example-school.org.uk before 8.45am. This is checked
   first thing every morning, and you'll get a reply to say it's received.
2. Call through Relay UK: from the Relay UK app, or by dialling
   18001 01632 960000 from a textphone. A relay assistant will type what we
   say.
3. Text the Deaf Resource Base phone - Mrs Hughes sent details of this
   separately.

Any of these is fine; you don't need to do more than one.

Kind regards,
Helen Marsh
""")

add("teacher_refuses_personal_number_pupil", "clean",
    "teacher refuses pupil's request for her personal number; quoted pupil message",
    "walsh", [P_JCOOPER], "Re: project",
    when(2025, 10, 2, 8, 21), """
Hi Jasmine,

I'm afraid I can't give out my personal number - no teacher can, it's a
school rule to keep everyone safe (and I'd never get any peace!). Email me
here at school, that's absolutely fine, or come and find me in S4 at lunch
tomorrow and we'll sort the project out together.

If Teams isn't working on your phone, try logging in on a browser instead of
the app, or use one of the library computers before registration.

Miss Walsh

On Wed, 1 Oct 2025 at 21:14, Jasmine Cooper <23jcooper@pupils.example-school.org.uk> wrote:

> Miss can i have your number so i can message you about the project because
> teams isnt working on my phone and i dont know what to do for the
> poster
""", style="gmail", fmt="alt", in_reply_to="pupils.example-school.org.uk")

add("audiology_clinic_third_party_details", "clean",
    "audiologist gives parent the hospital clinic's phone, text line and address",
    "price", [JANE], "Audiology appointment - 14 October",
    when(2025, 9, 26, 13, 40), """
Dear Mrs Parent,

I've had a letter from the Children's Hearing Service confirming her
review appointment:

Tuesday 14 October, 2.15pm
Children's Audiology, Ground Floor, Ashgrove Health Centre,
18 Beckwith Road, Leeds LS9 7QZ

They'll re-test both ears and check the new moulds. If you need to change
the time, the clinic's number is 0113 496 0712, or they have a text line
for Deaf families, 07700 900877 (it's their clinic mobile, monitored in
office hours). Please quote her hospital number, which is on the letter.

She'll need to leave school at about 1.30. Bring the letter to the office
and we'll code it as a medical appointment. I'd be grateful if you could
ask the clinic to send me a copy of the new audiogram afterwards so I can
update the Base.

Kind regards,
Natalie
""", cte="quoted-printable")

add("interpreter_agency_parents_evening", "clean",
    "BSL interpreter agency's email and phone given for parents' evening; appointment times",
    "hughes", [SAM], "Parents' evening - interpreter booked",
    when(2025, 11, 10, 9, 5), """
Dear Sam,

Good news - we have booked a BSL/English interpreter for your Year 11
parents' evening appointments on Thursday 20 November.

Your appointments:
17:40  English (Ms Brennan)
17:50  Maths (Mr Okafor)
18:00  Science (Miss Walsh)
18:10  Deaf Resource Base (me and Mrs Greaves)

The interpreter is Deborah Ellis (RSLI) from Signpost Interpreting. If you
have any access needs for the evening, or you'd like to check anything
with the agency directly, their details are bookings@signpost.example.org
or 0113 496 0345. Deborah will meet you at reception at 17:30.

The hall has a hearing loop and we'll have the lights up rather than the
usual dimmed "evening" setting, so everyone can see faces and signing.

Best wishes,
Rachel
""", fmt="alt")

add("hr_new_csw_home_details_staff_only", "clean",
    "staff-only HR mail with a new CSW's home address, personal mobile and email",
    "hughes", [ST["booth"]], "New CSW starter - Tasha Bright",
    when(2025, 9, 1, 15, 30), """
Hi Alison,

Tasha Bright has accepted the CSW post (0.8 FTE, Level 3 BSL) and can start
on Monday 29 September. Her details for the contract and the
pre-employment checks:

Name: Natasha (Tasha) Bright
Home address: 14 Fernbank Avenue, Bramley, Leeds LS13 3PA
Mobile: 07700 900219
Personal email: tasha.bright@yahoo.co.uk
DBS: she has an enhanced certificate on the update service, number
001234567890 - she's happy for us to check it.
References: both received (email copies in the shared drive).

Could you send the contract and the new-starter pack to her home address?
She hasn't got a school account yet, obviously. I'll sort her induction
timetable and shadowing with Bethany.

Thanks,
Rachel
""")

add("staff_xmas_do_at_mine", "clean",
    "staff-only social invite with the CSW's home address and own mobile",
    "keane", [BASETEAM], "End of term do at mine!",
    when(2025, 12, 15, 12, 50), """
Hi all,

Thursday 18th, from 5pm - end of term food and drinks at mine. Partners
welcome, kids welcome until they get bored.

31 Moorfield Crescent, Pudsey LS28 7EX. It's the one with the ridiculous
inflatable snowman. Parking's easiest on the road behind.

Farah - I've put the flashing doorbell light back on, so you won't be stood
on the step for twenty minutes like last year!

Text me on 07700 900647 if you get lost or to tell me you're bringing
something so we don't end up with six trifles again.

Siobhan x
""", sig=False)

add("esafety_parent_newsletter_apps", "clean",
    "online safety newsletter names Snapchat, WhatsApp, TikTok, Discord, advises; no invitation",
    "farrant", [JANE, SAM, ALI], "Safer Internet Day - a note for families",
    when(2026, 2, 5, 15, 45), """
Dear families,

Safer Internet Day is next Tuesday, 10 February. Here are a few things
we'd ask you to look at with your child this half term.

Snapchat: Snap Map shows a child's location to "friends" unless Ghost Mode
is on. Please check it together.

WhatsApp: the minimum age is 13. Many of our Year 7s are in big class
groups; these are where most of the falling-outs we deal with start.

TikTok and YouTube: our Deaf students tell us they love the BSL creators
on there, which is great - but comments are open by default. Family
Pairing in TikTok lets you set limits.

Discord: popular with gamers. Servers can be joined from a link by anyone,
so please know which servers your child is in.

One thing every family should know: staff at Example School will never ask
to add your child on social media, give them a personal phone number, or
message them on WhatsApp, Snapchat or any other app. If anyone claiming to
be a member of staff does, please tell us straight away at
dsl@example-school.org.uk.

Best wishes,
Zoë Farrant
""", fmt="alt", html_cte="base64")

add("exams_candidate_centre_numbers", "clean",
    "exams officer gives pupil candidate/centre/UCI numbers, access arrangements, times",
    "exams", [P_LNOWAK], "Your mock exams - candidate number and arrangements",
    when(2025, 11, 3, 8, 40), """
Dear Lena,

Your mock exams run from Monday 17 November to Friday 28 November. Please
check the details below and keep this email somewhere safe - you'll use the
same numbers in the summer.

Candidate number: 4127
Centre number: 36915
UCI: 36915X25004127T

Your access arrangements (agreed by Mrs Hughes and the SENCo):
- 25% extra time
- a communication professional (BSL) for instructions and questions
- separate room: B12 (Deaf Resource Base)
- modified language papers where available

Your first paper is English Language Paper 1 on Monday 17 November, starting
at 09:00 (finishing 11:11 with extra time). Please be outside B12 by 08:45.

If anything here looks wrong, come and see me in the exams office before
Friday 7 November.

Joanne Whitfield
""")

add("trip_payment_bank_details", "clean",
    "office gives school fund sort code, account number, reference, invoice number",
    "office", [ALI], "Year 7 residential - payment",
    when(2025, 9, 8, 14, 20), """
Dear Mr Guardian,

Thank you for returning the consent form for the Year 7 residential to
Robin Hood's Bay (6-8 October).

The cost is £186.00. Most families pay through ParentPay, but you said it
would be easier by bank transfer, so here are the school fund details:

Account name: Example School Fund
Sort code: 30-94-57
Account number: 01234567
Reference: EP3-Y7RES (please use this so we can match the payment)

Invoice number INV-2025-0419 is attached for your records. You're welcome
to pay in instalments - £62.00 by 15 September, 22 September and
29 September would cover it.

If the cost is a worry, please speak to me in confidence - we do have
funds to help.

Kind regards,
Karen Doyle
""", attachments=[att_pdf("INV-2025-0419.pdf", "Example School Fund - Invoice INV-2025-0419",
                          ["Year 7 residential, Robin Hood's Bay, 6-8 October 2025", "Amount: 186.00",
                           "Reference: EP3-Y7RES"])])

_TEAMS_HTML = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Jane,</p>
<p>As discussed, here is the link for her annual review on <b>Wednesday 28 January at 3.30pm</b>.
Mrs Hughes, Natalie Price (audiologist) and the LA caseworker will be joining online; you&#39;re very
welcome to come into school instead if you&#39;d prefer &ndash; just let me know. Live captions will be
switched on.</p>
<p>I&#39;ll send round the draft outcomes a week before.</p>
<p>Priya</p>
<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">
________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">
<span style="font-size:24px;font-weight:700;color:#242424;">Microsoft Teams</span>
<a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>
<div style="margin-bottom:6px;"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YTk4" style="font-size:20px;font-weight:700;">Join the meeting now</a></div>
<div style="margin-bottom:6px;"><span style="color:#616161;">Meeting ID: </span><span>374 912 856 043</span></div>
<div style="margin-bottom:24px;"><span style="color:#616161;">Passcode: </span><span>qT7bX2</span></div>
<div><b>Dial in by phone</b></div>
<div><a href="tel:+442079460381,,518402377#">+44 20 7946 0381,,518402377#</a> United Kingdom, London</div>
<div><span>Phone conference ID: </span><span>518 402 377#</span></div>
<div style="width:100%;height:20px;"><span style="color:#5F5F5F;opacity:.36;">
________________________________________________________________________________</span></div>
<p style="color:#555">Priya Raman<br>SENCo<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</body></html>
"""

add("annual_review_teams_meeting_ids", "clean",
    "Teams invite: meeting ID, passcode, conference dial-in and ID; no personal details",
    "raman", [JANE], "Annual review - Teams link",
    when(2026, 1, 14, 11, 8), """
Dear Jane,

As discussed, here is the link for her annual review on Wednesday 28
January at 3.30pm. Mrs Hughes, Natalie Price (audiologist) and the LA
caseworker will be joining online; you're very welcome to come into school
instead if you'd prefer - just let me know. Live captions will be switched
on.

I'll send round the draft outcomes a week before.

Priya

________________________________________________________________________________
Microsoft Teams Need help? <https://aka.ms/JoinTeamsMeeting?omkt=en-GB>
Join the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YTk4>
Meeting ID: 374 912 856 043
Passcode: qT7bX2
________________________________
Dial in by phone
+44 20 7946 0381,,518402377# United Kingdom, London
Phone conference ID: 518 402 377#
________________________________________________________________________________

{SIG}
""", fmt="alt", html_body=_TEAMS_HTML)

add("deaf_youth_festival_coach_venue", "clean",
    "trip to Deaf youth festival: coach firm number, venue address and postcode, times",
    "yates", [JANE, SAM], "Deaf Youth Arts Festival, Manchester - Saturday 21 March",
    when(2026, 2, 23, 16, 0), """
Dear Parents and Carers,

Your child has a place on our trip to the Deaf Youth Arts Festival in
Manchester on Saturday 21 March. It's a full day of workshops (visual
vernacular, Deaf theatre, film-making) run by Deaf artists, and we've taken
students for the last three years - they always come back buzzing.

Timings
- Coach leaves Park Row at 08:15 (please arrive by 08:00)
- Festival: 10:00-16:00
- Back at school approx. 17:30

Venue
The Mill Arts Centre, 18 Weaver Street, Manchester M4 6FT

Coach
Dalesway Coaches. If the coach is delayed on the way back we'll text
everyone through the school messaging system, but the coach company's
office number is 0113 496 0455 if you can't reach school.

Students need a packed lunch, a water bottle, spare hearing aid/cochlear
implant batteries and a charged radio aid. There is no charge - the trip is
funded by the festival's schools programme.

Please return the consent slip by Friday 6 March.

Chris Yates
""", fmt="alt", attachments=[att_pdf("Deaf Youth Arts Festival consent.pdf", "Consent - Deaf Youth Arts Festival",
                                     ["Saturday 21 March", "Return by Friday 6 March"])])

add("partner_deaf_school_residential", "clean",
    "residential at partner Deaf school: boarding house phone, address; colleague Cc'd",
    "hughes", [JANE], "Deaf Identity Weekend at Hollins Park - details",
    when(2026, 1, 20, 17, 25), cc=[ST["lowe"]], body="""
Dear Jane,

Thank you for saying yes to the Deaf Identity Weekend - she'll love it.
Here are the practical details.

Dates: Friday 6 February (leave school 1pm) to Sunday 8 February (back at
school about 4pm)
Where: Hollins Park School for the Deaf, Wellstead Road, Birmingham B29 6QX
Staff going from us: me and Bethany Lowe (CSW)

The students stay in Hollins Park's boarding house, which has flashing
fire alarms and vibrating pillow alerts in every room. The boarding house
number is 0121 496 0233 - that's the house parents' line, staffed all
weekend, if you need to get a message to her and can't reach me through
school.

Kit list is attached. Please make sure she packs her charger for the
processors, her dry box and a copy of her medication.

Best wishes,
Rachel
""", attachments=[att_pdf("Kit list - Deaf Identity Weekend.pdf", "Kit list",
                          ["Sleeping bag optional", "Processor chargers", "Dry box"])])

add("base_sms_phone_school_owned", "clean",
    "Head of Base announces the Base's school-owned SMS mobile, stated as a school phone",
    "hughes", [JANE, SAM, ALI], "New text line for Deaf Resource Base families",
    when(2025, 9, 8, 16, 5), """
Dear families,

Several of you have told us that phoning the school is difficult - either
because you're Deaf yourselves, or because you can't ring during the
working day. From today the Deaf Resource Base has its own text line:

07700 900250

This is a school mobile, not a member of staff's own phone. It is kept in
the Base office and checked by staff between 8am and 4.30pm in term time.
Use it for quick things: your child is running late, a hearing aid needs
looking at, a change of pick-up. Please don't use it to report absence
(that still goes to attendance@example-school.org.uk) or for anything
urgent out of hours.

Staff won't text you from their own phones, and if anyone ever does, please
let me know.

Best wishes,
Rachel Hughes
""", fmt="alt")

add("set_texts_isbn_list", "clean",
    "English set text list with ISBNs, prices and dates",
    "brennan", [P_EOSEI, P_RHART, P_KPATEL, P_DMOSS], "Year 10 set texts",
    when(2025, 9, 4, 13, 10), """
Hi 10E2,

Here are the set texts for GCSE English Literature. You'll get a school copy
of each, but if you'd like your own to annotate, these are the editions we
use (the page numbers in lessons will match):

An Inspector Calls - J.B. Priestley, ISBN 978-0-435-23282-1 (about £8)
A Christmas Carol - Charles Dickens, ISBN 978-1-382-03613-4 (about £6)
Macbeth - Cambridge School Shakespeare, ISBN 978-1-107-61548-5 (about £9)
Power and Conflict poetry anthology - provided by school, don't buy

We start An Inspector Calls on Monday 15 September. There is a captioned
recording of the 2015 film in the Teams files if you want to watch it
before then, and Efua, the signed National Theatre version is there too.

Ms Brennan
""")

add("office_checks_parent_address_readback", "clean",
    "office reads back the parent's own home address before posting report",
    "office", [ALI], "Report - address check",
    when(2025, 12, 5, 10, 35), """
Dear Mr Guardian,

Autumn reports go out next Friday. You asked for a paper copy as well as the
email, so I'll post one, but I just want to check the address first, because
your email last week had a different postcode from the one on our system.

On our system: 16 Greenhow Walk, Leeds LS4 2QR
In your email: 16 Greenhow Walk, Leeds LS4 2QX

Which one is right? I'll update the record once you've let me know.

Thank you,
Karen
""")

add("dsl_signposts_deaf_youth_helpline", "clean",
    "DSL signposts a pupil to a charity's text line and freephone; own details not given",
    "dsl", [P_SFINCH], "Following up from today",
    when(2025, 11, 27, 15, 40), """
Hi Sadie,

Thank you for talking to me and Mrs Greaves today. I know that wasn't easy
and you were really brave.

As we said, we will check in with you every morning this week in the Base,
and you can come and find either of us at any time - you don't need to wait
for a lesson to finish.

You also asked about somewhere you could talk to outside school. These are
the people I mentioned:

Deaf Youth Support Line (a charity run by and for Deaf young people)
- text: 07700 900912
- freephone (with Relay UK): 0808 157 0240
- BSL video chat: www.deafyouthline.example.org, 4pm-10pm every day

If you ever feel unsafe, call 999, or text 999 if you've registered with
emergencySMS.

Mr Fenwick
""", sig=False)

add("radio_aid_serials_repair_refs", "clean",
    "radio aid repair: serial numbers, RMA, courier tracking - no phones",
    "pritchard", [ALI], "Radio aid repair",
    when(2025, 11, 12, 13, 15), """
Dear Mr Guardian,

Just to keep you in the loop: the microphone of his radio aid stopped
pairing with the receivers on Monday, so I've sent it off for repair. He's
using a loan system from the Base in the meantime, so he isn't missing out.

For your records (in case the hospital asks):
Roger Touchscreen Mic, serial 2034 8871 65 - sent for repair
Receivers, serials 1193-0457 (left) and 1193-0458 (right) - kept in school
Repair reference: RMA-0045129
Courier tracking: JD0002 1946 0327 8871

The repair centre says 10 working days, so we should have it back around
26 November. The loan mic is the same model, so nothing changes for him
in class.

Owen
""")

add("parents_evening_info_times_prices", "clean",
    "parents' evening newsletter: times, prices, hearing loop, interpreters; school number",
    "office", [JANE, SAM, ALI], "Parents' evening - Thursday 20 November",
    when(2025, 11, 3, 15, 30), """
Dear Parents and Carers,

Parents' evening for Years 7, 9 and 11 is on Thursday 20 November, 16:30
to 19:30, in the main hall. Appointments are 10 minutes; please book
through the online booking system by Friday 14 November.

Access
- BSL/English interpreters will be available from 17:00 to 19:00. If you
  need one, tick the box when booking and we will arrange your slots
  around them.
- The main hall and the library both have hearing loops.
- Staff will have name cards on the tables with their subjects, and
  the room lighting will be kept bright.

The PTA will be selling tea and coffee (£1.50, cake 50p) and raffle
tickets for the Christmas hamper (£1 a strip).

If you can't use the booking system, ring the office on 01632 960000 or
email office@example-school.org.uk and we'll book for you.

Kind regards,
Karen Doyle
Office Manager
""", sig=False, fmt="alt")

add("tod_declines_whatsapp_video_offers_teams", "clean",
    "ToD declines parent's request to WhatsApp video his own phone; parent's own number quoted",
    "pritchard", [SAM], "RE: video call?",
    when(2026, 1, 20, 8, 55), """
Hi Sam,

I'd really like to talk in BSL too - but I'm not allowed to use my own
phone with families, so I can't do WhatsApp. What I can do is a video call
on Teams from the Base on Thursday after school (3.30 or 4pm). I'll send
you a link to your email; you just click it, no app needed. Bethany will
be there as well.

Let me know which time suits.

Owen

{SIG}

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 19 January 2026 20:40
To: Owen Pritchard <o.pritchard@example-school.org.uk>
Subject: video call?

Hi Owen, can I WhatsApp video you about his new processor? Easier to sign
than write. My number 07700 900456. Thanks Sam
""", fmt="alt", in_reply_to="outlook.com")

add("sixthform_uni_disability_contacts", "clean",
    "Head of Sixth Form gives pupil a university disability service's contacts",
    "mensah", [P_KDAVIES], "Northbridge - disability service contacts",
    when(2026, 3, 16, 12, 5), """
Hi Keira,

As promised, here are the details for the disability service at Northbridge,
since it's your insurance choice and you said you hadn't contacted them yet:

Disability & Inclusion Service, Northbridge University
Email: disability@northbridge-uni.example.org
Text (for Deaf students): 07700 900983
Phone/Relay: 0161 496 0572
Drop-in: Student Hub, ground floor, Mon-Thu 10-2

Their Deaf student adviser is called Marcus, and he runs an applicant day
on 25 April with interpreters booked. Worth going if you can - it would be
good to see both uni options before results day.

Mr Mensah
""")

add("hoy_school_direct_dial_signature", "clean",
    "HoY signature has a school direct-dial 01632 960xxx as well as switchboard [unsure: DDI is school's own line, not in config]",
    "ashworth", [ALI], "RE: homework club",
    when(2025, 9, 30, 16, 25), """
Dear Mr Guardian,

Yes, he's very welcome at homework club. It runs in the library Monday to
Thursday, 3.10 to 4.15, and on Tuesdays and Thursdays there's a CSW there
from the Base, so those might be the best days for him.

He doesn't need to sign up - he can just turn up. Let me know if you'd like
him to be walked over from the Base at the end of the day for the first
couple of weeks.

Kind regards,

Tom Ashworth
Head of Year 7
Example School, Park Row, Leeds LS1 4AP
Switchboard: 01632 960000
Direct line (school): 01632 960147
""", sig=False)

add("dsl_warns_pupils_fake_staff_instagram", "clean",
    "DSL warns pupils about a fake staff Instagram account; staff never add pupils",
    "dsl", [P_FAHMED, P_JCOOPER, P_MWRIGHT, P_TBELL, P_OZIELINSKA], "Fake account pretending to be a teacher",
    when(2026, 1, 26, 12, 20), """
Dear Year 9,

We've been told that an Instagram account using a photo of Mr Pritchard has
been sending follow requests and messages to Year 9 students over the
weekend. It is NOT him. We have reported it and it should be taken down
soon.

Please remember:
- Staff at this school will never add you on Instagram, Snapchat, TikTok
  or any other app, and will never ask for your phone number.
- Don't accept the request, don't reply, and block and report the account.
- If you've already accepted or replied, you are not in trouble. Come and
  tell me, your Head of Year or anyone in the Base.

You can email me at this address or come to the safeguarding office
(next to reception) at any time.

Mr Fenwick
Designated Safeguarding Lead
""", sig=False, fmt="alt")

add("work_experience_employer_contacts", "clean",
    "careers adviser gives pupil placement employer's contact name, phone, email, address",
    "careers", [P_HSALEEM], "Work experience placement confirmed",
    when(2026, 2, 11, 14, 0), """
Hi Hamza,

Your work experience placement is confirmed - two weeks at Wharfe Valley
Sports Centre, Monday 29 June to Friday 10 July, shadowing the coaching
team.

Your supervisor is Gary Wainwright (Head Coach).
Address: Wharfe Valley Sports Centre, 2 Canal Wharf, Leeds LS11 5PS
Phone: 0113 496 0628
Email: g.wainwright@wharfevalley.example.com

Please email Gary before the end of March to introduce yourself and ask
about start times and what to wear. Copy me in so I know it's done.

They've done their risk assessment and health and safety check, and they
know you'll need to play for the centre's Sunday league team as a trial,
which I said you'd be delighted about.

Debbie
""")

add("english_reply_quotes_parent_signature", "clean",
    "teacher replies to parent; parent's own mobile appears only in her quoted signature",
    "brennan", [JANE], "Re: Christmas Carol essay",
    when(2025, 12, 9, 16, 45), """
Dear Jane,

Don't worry at all - it was due today but I'm happy to take it on Friday.
She's been doing really well with the Scrooge paragraphs in class, and I'd
rather she had time to finish the conclusion properly.

If she wants to, she can come to English catch-up in E3 on Thursday at
lunch and I'll look at a draft with her.

Best wishes,
Sophie Brennan

On Mon, 8 Dec 2025 at 20:03, Jane Parent <jane.parent@gmail.com> wrote:

> Hi Ms Brennan,
>
> She's had a rough week with the new processor settings and has been too
> tired in the evenings to finish her Christmas Carol essay. Could she have
> a couple more days?
>
> Thanks,
> Jane
>
> Jane Parent
> 07700 900123
""", sig=False, style="gmail", fmt="alt", in_reply_to="mail.gmail.com")

add("snow_phone_tree_staff_only", "clean",
    "staff-only snow-closure phone tree with staff personal mobiles",
    "head", [ALLSTAFF], "Snow - phone tree for tomorrow",
    when(2026, 1, 5, 18, 10), """
Dear colleagues,

The forecast for tonight is heavy snow. I'll make a decision about opening
by 6.30am tomorrow and it will go on the website and to parents by text.

As usual, staff will also hear via the phone tree. Team leaders, please
text your team as soon as you hear from me:

SLT -> team leaders: me
Deaf Resource Base: Rachel Hughes, 07700 900835
English/MFL: Sophie Brennan, 07700 900305
Maths/Science: Daniel Okafor, 07700 900193
Support staff: Karen Doyle, 07700 900542
Site team: Dave Bamford, 07700 900661

These are staff members' own numbers, shared for the phone tree only.
Please don't pass them on to anyone outside the staff team.

Thank you, and stay safe.
Ruth
""")

add("senco_relay_call_parent_number", "clean",
    "SENCo will ring the deaf parent via Relay UK, 18002 + parent's own mobile",
    "raman", [ALI], "Our call tomorrow",
    when(2025, 10, 16, 12, 45), """
Dear Mr Guardian,

Thank you for agreeing to talk through the support plan tomorrow. I'll ring
you at 4.15pm through Relay UK - I'll dial 18002 07700 900789, so the call
should come through to the Relay UK app on your phone with a relay
assistant typing what I say.

If that time no longer works, just reply to this email and we'll move it.
We can also do it face to face with an interpreter at school if you'd
prefer; I'd just need a few days' notice to book one.

Kind regards,
Priya Raman
SENCo
""", sig=False)

add("comms_official_school_instagram", "clean",
    "comms officer invites parents to follow the school's official Instagram/YouTube [unsure: official school account]",
    "comms", [JANE, SAM, ALI], "International Week of Deaf People - follow along",
    when(2025, 9, 22, 9, 30), """
Dear families,

This week is International Week of Deaf People, and our Deaf students have
been busy! Over the next five days we'll post a short BSL video each day
on the school's official channels - students teaching a sign of the day,
a Year 11 poetry piece and a behind-the-scenes look at the Resource Base.

You can follow along on the school's official Instagram (@exampleschoolleeds)
and the school YouTube channel (Example School Leeds). All the videos are
captioned, and only students whose families have given media consent will
appear.

Please don't share the videos to public groups outside the school community.

Emma Shaw
Communications Officer
""", sig=False, fmt="alt")

add("out_of_office_autoreply_pupil", "clean",
    "auto-reply to a pupil pointing to office number and a colleague's school email",
    "pritchard", [P_AJAMA], "Automatic reply: revision session tomorrow?",
    when(2026, 3, 19, 17, 2), """
Thank you for your email. I am on a training course and out of school until
Monday 23 March, with limited access to email.

For anything urgent about the Deaf Resource Base, please contact Rachel
Hughes (r.hughes@example-school.org.uk) or the school office on
01632 960000.

Owen Pritchard
Teacher of the Deaf
""", sig=False, headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# ---------------------------------------------------------------------------
# EVERYDAY CLEAN MAIL
# ---------------------------------------------------------------------------

add("science_homework_y9", "clean",
    "homework reminder to Year 9 pupils",
    "walsh", [P_FAHMED, P_JCOOPER, P_MWRIGHT, P_TBELL, P_OZIELINSKA], "Homework - due Monday",
    when(2025, 9, 17, 15, 25), """
Hi 9S3,

Reminder that the homework on Seneca (Particle model - states of matter) is
due on Monday. It should take about 25 minutes.

If you didn't finish the density practical write-up in class, please do the
conclusion at home as well - just the last two questions on the sheet.

Faisal, your radio aid receiver is in the Base, Mr Pritchard has it.

Miss Walsh
""")

add("attendance_medical_appointment_reply", "clean",
    "attendance officer replies to parent about audiology appointment absence",
    "attendance", [JANE], "Re: Absence Tuesday - hospital",
    when(2025, 9, 29, 9, 12), """
Dear Mrs Parent,

Thank you - I've recorded Tuesday afternoon as a medical appointment, so it
won't count against her attendance. If you could send a photo of the
appointment letter when you have it, that's all we need.

Kind regards,
Helen

On Sun, 28 Sep 2025 at 19:40, Jane Parent <jane.parent@gmail.com> wrote:

> Hello, just to let you know she'll be leaving at 1.30 on Tuesday for her
> audiology appointment at Ashgrove and won't be back that day.
> Thanks, Jane
""", style="gmail", fmt="alt", in_reply_to="mail.gmail.com")

add("geography_fieldwork_letter", "clean",
    "Year 9 fieldwork trip letter with PDF attachment",
    "yates", [JANE], "Year 9 Geography fieldwork - Malham",
    when(2026, 3, 9, 13, 45), """
Dear Parent/Carer,

Year 9 geographers will be visiting Malham on Wednesday 22 April as part of
their rivers and glaciation unit. Students will be collecting river
measurements and looking at the limestone pavement above the Cove.

We leave school at 8.30am and will be back for the end of the normal school
day. Students need a packed lunch, waterproofs, sturdy shoes (not trainers
if possible) and a pencil. It can be very cold up there even in April!

There is no charge for this trip. Please complete the consent form attached
and return it to your child's geography teacher by Friday 27 March.

For students from the Deaf Resource Base, a CSW will be coming with us and
the worksheets have been adapted with the key vocabulary signed.

Kind regards,
Mr C. Yates
""", attachments=[att_pdf("Malham fieldwork consent.pdf", "Year 9 Geography Fieldwork - Malham",
                          ["Wednesday 22 April", "Return by Friday 27 March"])])

_NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Example School Newsletter</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#123a6b;color:#fff"><h1 style="margin:0;font-size:22px">Example School Newsletter</h1>
<p style="margin:4px 0 0">Autumn Term &ndash; Issue 3 &ndash; 17 October 2025</p></td></tr>
<tr><td>
<h2 style="font-size:18px;color:#123a6b">From the Headteacher</h2>
<p>What a half term! Thank you to everyone who came to the open evening &ndash; over 400 visitors, and our
Year 8 BSL choir stole the show.</p>
<h2 style="font-size:18px;color:#123a6b">Sports round-up</h2>
<p>Year 10 girls&#39; football won 4&ndash;1 against Westfield. Congratulations to the under-14 Deaf
football squad, runners-up in the regional tournament in Sheffield.</p>
<h2 style="font-size:18px;color:#123a6b">Dates for your diary</h2>
<ul>
<li>Half term: Monday 27 &ndash; Friday 31 October</li>
<li>Return to school: Monday 3 November</li>
<li>Parents&#39; evening (Y7, 9, 11): Thursday 20 November</li>
<li>Winter concert: Wednesday 10 December</li>
</ul>
<h2 style="font-size:18px;color:#123a6b">Family BSL class</h2>
<p>Our free Tuesday evening BSL class for families starts again after half term, 6&ndash;7pm in the Base.
No need to book.</p>
<p style="font-size:12px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot;
office@example-school.org.uk</p>
</td></tr></table></td></tr></table>
</body></html>
"""

add("autumn_newsletter_html", "clean",
    "HTML newsletter to parents with dates and school contact details",
    "office", [JANE, SAM, ALI], "Example School Newsletter - Autumn Issue 3",
    when(2025, 10, 17, 15, 0), """
EXAMPLE SCHOOL NEWSLETTER
Autumn Term - Issue 3 - 17 October 2025

FROM THE HEADTEACHER
What a half term! Thank you to everyone who came to the open evening - over
400 visitors, and our Year 8 BSL choir stole the show.

SPORTS ROUND-UP
Year 10 girls' football won 4-1 against Westfield. Congratulations to the
under-14 Deaf football squad, runners-up in the regional tournament in
Sheffield.

DATES FOR YOUR DIARY
- Half term: Monday 27 - Friday 31 October
- Return to school: Monday 3 November
- Parents' evening (Y7, 9, 11): Thursday 20 November
- Winter concert: Wednesday 10 December

FAMILY BSL CLASS
Our free Tuesday evening BSL class for families starts again after half
term, 6-7pm in the Base. No need to book.

Example School, Park Row, Leeds LS1 4AP - 01632 960000 - office@example-school.org.uk
""", sig=False, fmt="alt", html_body=_NEWSLETTER_HTML, html_cte="base64")

add("cover_arrangements_staff", "clean",
    "cover manager's cover list to staff",
    "cover", [ALLSTAFF], "Cover - Friday 7 November",
    when(2025, 11, 6, 16, 40), """
Afternoon all,

Cover for tomorrow is below and on the board in the staffroom.

P1  9S3 Science (GWA) - S4 - Mr Okafor (free)
P2  11E1 English (SBR) - E2 - cover supervisor
P3  10C1 Computing (JTH) - IT3 - work set on Teams
P4  7DO Maths (DOK) - M1 - Mrs Armitage
P5  Y11 Base group (HGR) - B12 - Owen will take it

Bethany, please go with 11E1 in P2 as usual - the cover supervisor knows
you're coming.

Thanks,
Lisa
""")

add("base_team_meeting_notes", "clean",
    "Resource Base team meeting notes and actions",
    "hughes", [BASETEAM], "Base meeting notes - 11 September",
    when(2025, 9, 12, 13, 15), """
Hi all,

Notes from yesterday's meeting, with actions.

1. Timetables: CSW timetables are final apart from Year 10 science, where
   we're one CSW short on Wednesdays until Tasha starts. Owen to cover P3.
2. Radio aid checks: Natalie is doing full checks on all systems in the
   first two weeks. Please send students to B12 when called.
3. Captioning: Zoë is asking IT to turn on live captions in PowerPoint on
   every classroom PC. Let her know of any rooms where it doesn't work.
4. Deaf Awareness: International Week of Deaf People is 22-28 September.
   Farah is leading the assembly on the 22nd; Year 8 BSL choir to perform.
5. Annual reviews: Priya has the dates. ToD reports due two weeks before
   each review, please.

Actions
- Owen: cover Y10 science P3 Weds
- Bethany: sign vocab list for Y10 biology to Farah by 19 Sept
- Siobhan: update the Base noticeboard with the new rota
- Me: chase the LA about the second audiology room

Next meeting: Thursday 9 October, 3.30, B12.

Rachel
""", cte="quoted-printable")

add("y7_autumn_report", "clean",
    "Head of Year 7 sends autumn report PDF to parent",
    "ashworth", [ALI], "Autumn report",
    when(2025, 12, 12, 11, 30), """
Dear Mr Guardian,

Please find attached his autumn term report. I'm really pleased with how
he's settled in - his effort grades are 1s or 2s in every subject, and his
tutor comment says he's become one of the kindest members of 7DO.

Maths and Science are particular strengths. In English his teacher would
like him to read aloud a little more at home, but she knows that is harder
with the new aids and the Base are going to work on it with him too.

If you'd like to talk about any part of the report, just reply and we can
arrange a time, with an interpreter if you'd like.

Kind regards,
Tom Ashworth
""", attachments=[att_pdf("Autumn report Y7.pdf", "Example School - Autumn Report - Year 7",
                          ["Effort: 1-2 in all subjects", "Attendance: 97.4%"])])

add("english_feedback_pupil", "clean",
    "teacher gives a Year 9 pupil essay feedback",
    "brennan", [P_MWRIGHT], "Your poetry comparison",
    when(2025, 10, 8, 19, 5), """
Hi Mia,

I've marked your comparison of "Exposure" and "Bayonet Charge" - it's on
Teams with my comments. The overall mark is a 6, which is a big step up
from the last one.

What went well: your opening paragraph is excellent. You set up the
comparison straight away ("both poets show war as a battle against nature
as much as the enemy") and everything that follows links back to it.

To improve: in paragraph three you quote a lot but don't zoom in. Pick one
word - "cringing", for example - and spend two or three sentences on what
it suggests and why Owen chose it.

Have a go at redrafting just that paragraph and send it back by Friday.

Ms Brennan
""")

add("ucas_deadline_y13", "clean",
    "Head of Sixth Form UCAS deadline reminder to Year 13",
    "mensah", [P_KDAVIES, P_WCHEN, P_NHUSSAIN], "UCAS - final deadline",
    when(2026, 1, 5, 8, 30), """
Happy new year, Year 13.

A reminder that the UCAS equal-consideration deadline is Wednesday 14
January. Our internal deadline is this Friday, 9 January, so that your
references can be checked and sent in time.

If you haven't pressed "send to referee" yet, please do it today and come
and see me if there's anything holding you up - personal statement, choices,
anything. My door is open every lunchtime this week.

Mr Mensah
""")

add("english_spoken_language_bsl", "clean",
    "English teacher explains spoken language endorsement in BSL to deaf parent",
    "brennan", [SAM], "Spoken Language presentation - in BSL",
    when(2025, 10, 13, 15, 55), """
Dear Sam,

I wanted to let you know about the Spoken Language part of his GCSE English.
It's a short presentation to the class, recorded, and it gets a separate
grade on the certificate (Pass, Merit or Distinction).

He can do the whole thing in BSL. An interpreter voices it over for the
recording, and it's marked in exactly the same way as everyone else's.
We've done this for several students and it works really well.

He's chosen "Why Deaf people should run Deaf services", which I think is a
brilliant topic. We'll do it in the week of 8 December, and he'll have
lessons to plan it with Bethany beforehand.

If you have any questions, just email me and I'll make sure Bethany is
there when we talk about it.

Best wishes,
Sophie Brennan
""", fmt="alt")

add("radio_aid_check_pupil", "clean",
    "ToD reminds pupil to bring radio aid for a check",
    "pritchard", [P_LNOWAK], "Radio aid check - Tuesday",
    when(2025, 9, 22, 8, 10), """
Morning Lena,

Can you bring your radio aid (mic, both receivers and the charger) to B12
on Tuesday period 3? Natalie is doing the termly checks. It'll take about
15 minutes and I've told Mr Holt you'll be a bit late to Media.

Owen
""", sig=False)

add("bsl_twilight_staff_course", "clean",
    "Deaf instructor advertises staff BSL twilight course",
    "qureshi", [ALLSTAFF], "BSL Level 1 for staff - starts Wednesday",
    when(2025, 9, 8, 10, 20), """
Hello everyone,

Our staff BSL Level 1 course starts this Wednesday, 3.30-4.30, in B12. It
runs every Wednesday until the Easter holidays and it's free. At the end
you can sit the Level 1 assessment if you want to (the school pays).

You don't need any experience. Lots of you already know "good morning",
"toilet" and "sit down" - we'll start from there!

Why bother? We have 23 Deaf students in the school, and most of them use
BSL. Even a few signs in your lessons makes a huge difference to how
included they feel, and it helps you when there's no CSW in the room.

Please reply to this email so I know numbers.

Farah
""")

add("deaf_awareness_assembly_staff", "clean",
    "Head of Base briefs all staff on Deaf awareness week and classroom tips",
    "hughes", [ALLSTAFF], "International Week of Deaf People - 22 to 28 September",
    when(2025, 9, 15, 7, 45), """
Dear colleagues,

Next week is International Week of Deaf People. A few things:

Assemblies: Farah will lead each year group's assembly, in BSL with voice
over. Year 8's BSL choir will perform in the Years 7 and 8 assemblies.

Sign of the day: Farah and the students will post a sign of the day on the
staffroom screen and in the bulletin. Please try to use it with your
tutor groups.

Some reminders for every lesson, not just next week:
- Face the class when you talk - not the board.
- Use the radio aid mic and remember to mute it when you're talking to
  one student.
- Turn captions on for every video, and check they're accurate.
- Repeat questions from other students before you answer them.
- When a CSW is in the room, give them your slides beforehand.

Thank you - the students notice all of this.

Rachel
""", fmt="alt")

add("pe_kit_swimming_parents", "clean",
    "PE department kit reminder to parents incl. hearing aids and swimming",
    "carter", [JANE, ALI], "PE kit and swimming this half term",
    when(2025, 9, 3, 17, 0), """
Dear Parents and Carers,

Welcome back! A few reminders about PE this half term.

Kit: black shorts or leggings, school PE top, trainers and a warm layer for
outdoor lessons. Please label everything - we have a lost property mountain
already.

Swimming: Years 7 and 9 swim at Beckside Leisure Centre on their PE day for
the first six weeks. Students need a costume, towel and goggles.

Hearing aids and cochlear implant processors: students should take them
off and put them in the dry box in the Base before we leave. A CSW comes to
every swimming lesson and we use agreed visual signals in the pool, so
nobody misses anything.

If your child can't take part for medical reasons, please send a note.

Mr L. Carter
PE Department
""", sig=False)

add("uniform_reply_gmail_quote", "clean",
    "Head of Year replies to parent about blazer; quoted Gmail message",
    "armitage", [JANE], "Re: Blazer",
    when(2025, 9, 11, 12, 5), """
Dear Jane,

No problem at all - she can wear her jumper until the new blazer arrives.
I'll let her tutor know so nobody says anything.

Lucy

On Wed, 10 Sep 2025 at 22:31, Jane Parent <jane.parent@gmail.com> wrote:

> Hi Mrs Armitage, the uniform shop has run out of blazers in her size and
> says it'll be 2-3 weeks. Is it ok if she wears her school jumper until
> then? Thanks, Jane
""", style="gmail", fmt="alt", sig=False, in_reply_to="mail.gmail.com")

add("winter_concert_signed_choir", "clean",
    "performing arts letter to parents about winter concert and tickets",
    "gledhill", [JANE, SAM, ALI], "Winter Concert - Wednesday 10 December",
    when(2025, 11, 24, 16, 20), """
Dear Parents and Carers,

Our Winter Concert is on Wednesday 10 December at 7pm in the main hall.

This year the programme includes the school orchestra, the jazz band, the
Year 7 choir and, for the first time, a combined signing and singing choir
from Years 8 to 11. Every song will be performed in BSL and voice, and the
lyrics will be captioned on the big screen.

Tickets are £4 for adults and £2 for children, on sale through ParentPay
from Monday. Performers get in free, obviously!

Students in the concert need to be back in school at 6pm for a warm-up,
wearing black trousers or skirt and a white top.

We hope to see lots of you there.

Ian Gledhill
""")

add("maths_reply_simultaneous_equations", "clean",
    "maths teacher answers pupil's homework question",
    "okafor", [P_TBELL], "Re: question 4",
    when(2025, 10, 14, 17, 35), """
Hi Toby,

Good question. On question 4 you've got

  3x + 2y = 16
  x + 2y = 8

Both equations have +2y, so you subtract them instead of adding:

  (3x + 2y) - (x + 2y) = 16 - 8
  2x = 8
  x = 4

Then put x = 4 into the second one: 4 + 2y = 8, so 2y = 4 and y = 2.

Always check in the first equation: 3(4) + 2(2) = 12 + 4 = 16. Correct!

Have a go at 5 and 6 the same way and show me tomorrow.

Mr Okafor
""", sig=False)

add("library_overdue_books", "clean",
    "librarian reminds pupil about overdue books",
    "library", [P_PMURPHY], "Overdue library books",
    when(2025, 11, 5, 11, 0), """
Hi Patrick,

Our records show you have two books overdue:

- "Wonder" by R.J. Palacio - due 17 October
- "Football School Season 3" - due 17 October

Please bring them back to the library this week, or come and renew them if
you haven't finished. No fines - we just want them back for other readers!

Mrs Noble
""", sig=False)

_MOCKS_CSV = """Date,Session,Start,Paper,Duration,Duration (25% extra),Room (access)
17/11/2025,AM,09:00,English Language Paper 1,1h45,2h11,B12
18/11/2025,AM,09:00,Maths Paper 1 (Non-calculator),1h30,1h53,B12
18/11/2025,PM,13:15,Combined Science Biology 1,1h15,1h34,B12
19/11/2025,AM,09:00,English Literature Paper 1,1h45,2h11,B12
20/11/2025,AM,09:00,Maths Paper 2 (Calculator),1h30,1h53,B12
21/11/2025,AM,09:00,Combined Science Chemistry 1,1h15,1h34,B12
24/11/2025,AM,09:00,Geography Paper 1,1h30,1h53,B12
25/11/2025,AM,09:00,Combined Science Physics 1,1h15,1h34,B12
26/11/2025,AM,09:00,Maths Paper 3 (Calculator),1h30,1h53,B12
"""

add("mock_timetable_csv_y11", "clean",
    "exams office sends Year 11 mock timetable with CSV attachment",
    "exams", [P_LNOWAK, P_TBARKER, P_SFINCH, P_AJAMA], "Year 11 mock exam timetable",
    when(2025, 10, 20, 9, 45), """
Dear Year 11,

Your mock exam timetable is attached. Please check it carefully and tell me
straight away if you have a clash.

Students with access arrangements: your room and extra-time finish times
are in the last two columns. Deaf students sitting in B12 will have a
communication professional with them for every paper.

Equipment: black pens, pencil, ruler, calculator, clear pencil case. No
phones or smartwatches in the exam rooms - they go in your bag at the back.

Good luck with your revision over half term.

Mrs Whitfield
""", attachments=[Leaf("text/csv", data=_MOCKS_CSV.replace("\n", "\r\n").encode("utf-8"),
                        filename="Y11 mocks Nov 2025.csv", cte="base64")])

add("safeguarding_training_inset_staff", "clean",
    "DSL announces annual safeguarding training at INSET",
    "fenwick", [ALLSTAFF], "Safeguarding update - INSET day 1",
    when(2025, 8, 27, 10, 0), """
Dear colleagues,

I hope you've all had a restful summer.

Our annual safeguarding update will be the first session on INSET day,
Monday 1 September, 9.00-10.30 in the main hall. It covers the changes in
this year's Keeping Children Safe in Education, our updated online safety
policy, and a refresher on recording concerns on CPOMS.

There's a section specifically on Deaf and disabled children, who are more
vulnerable to abuse and less likely to be able to tell someone - Rachel and
Farah will lead that part. BSL interpreters are booked for the whole
session.

Before the session, please read Part 1 of KCSIE (link in the staff Teams
channel) and sign the declaration form.

Mark
""")

add("senco_support_plan_pdf", "clean",
    "SENCo sends parent a support plan and one-page profile",
    "raman", [ALI], "Support plan and one-page profile",
    when(2025, 10, 14, 16, 30), """
Dear Mr Guardian,

Thank you for meeting me and Mrs Hughes last week. As promised, I've
attached his SEN support plan and his one-page profile, which all of his
teachers now have.

The main points:
- Seat near the front, with a clear view of the teacher's face
- Radio aid mic used in every lesson
- Captions on for any video
- Pre-teaching of new vocabulary by the Base, twice a week
- A ToD check-in every Monday morning

We'll review it in January. If there's anything you'd like to add or
change, let me know.

Kind regards,
Priya Raman
""", attachments=[att_pdf("Support plan and one-page profile.pdf", "SEN Support Plan - Year 7",
                          ["Radio aid mic in every lesson", "Captions on all video",
                           "Review: January 2026"])])

add("attendance_late_marks_letter", "clean",
    "attendance officer writes to parent about late marks",
    "attendance", [JANE], "Late arrivals this half term",
    when(2026, 1, 30, 10, 50), """
Dear Mrs Parent,

I'm writing because she has been late to registration six times since we
came back in January. Most of these have been between 8.45 and 8.55, so
only a few minutes, but they do add up and she's missing the start of
tutor time.

I know mornings can be tricky - if there's something going on, or if the
bus times have changed, please let us know and we'll see if we can help.
She can also come in through the Base door if the main gate is busy.

There's nothing more you need to do for now, this is just to keep you
informed.

Kind regards,
Helen Marsh
""")

add("lost_ear_mould_staff", "clean",
    "TA tells staff about a lost ear mould found in the sports hall",
    "hollis", [ALLSTAFF], "Found - blue ear mould",
    when(2025, 10, 7, 12, 40), """
Hi all,

A small blue ear mould (no hearing aid attached) was found in the sports
hall after P2. It's in the Base now. If a student mentions they've lost one,
please send them to B12.

Thanks,
Megan
""", sig=False)

add("captions_it_request", "clean",
    "online safety lead asks IT to enable captions on classroom PCs",
    "farrant", [ITHELP], "Live captions on classroom PCs",
    when(2025, 9, 18, 14, 5), """
Hi team,

Could you please enable live captions/subtitles in PowerPoint (Present ->
Always use subtitles) on all classroom PCs? It's a Deaf Resource Base
request and SLT are happy with it.

The ones I know aren't working: S4, M1, E2 and IT3. In S4 the microphone
isn't being picked up at all, so the captions never start. Probably needs a
USB mic or the radio aid audio feed.

Happy to help test after school any day this week.

Thanks,
Zoë
""")

_HEAD_XMAS = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;font-size:12pt;color:#222;max-width:640px">
<p><img src="https://www.example-school.org.uk/img/crest.png" alt="Example School crest" width="80"></p>
<p>Dear Parents and Carers,</p>
<p>As we reach the end of the autumn term, I want to thank you for your support.</p>
<p>It has been a term to be proud of. Our Year 11s worked hard in their mocks, the Winter Concert was a sell-out
&ndash; the combined signing and singing choir moved many of us to tears &ndash; and our under-14 Deaf
football team reached the regional final.</p>
<p>School closes at 1.30pm on Friday 19 December and reopens for students on <b>Monday 5 January</b>.</p>
<p>Please remember that the office is closed over the holiday. If you have a safeguarding concern about a
child, please contact the local authority&#39;s children&#39;s services.</p>
<p>With best wishes for a peaceful Christmas and a happy new year,</p>
<p>Ruth Oyelaran<br>Headteacher</p>
<p style="font-size:9pt;color:#777">Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
"""

add("head_end_of_term_letter_html", "clean",
    "headteacher's end-of-term letter, HTML only",
    "head", [JANE, SAM, ALI], "End of term letter",
    when(2025, 12, 19, 10, 0), fmt="html", html_body=_HEAD_XMAS, html_cte="quoted-printable")

add("dofe_kit_list_y10", "clean",
    "DofE manager sends expedition kit list to Year 10 pupils",
    "whitaker", [P_EOSEI, P_RHART, P_KPATEL, P_DMOSS], "DofE Bronze practice expedition - kit",
    when(2026, 3, 25, 15, 10), """
Hi all,

Practice expedition is Saturday 18 to Sunday 19 April. Kit check is
Thursday 16 April after school in the sports hall - bring EVERYTHING packed
as you would for the walk.

Must have:
- rucksack (we can lend you one), sleeping bag, roll mat
- waterproof jacket AND trousers
- walking boots, worn in (not brand new on the day!)
- two warm layers, hat, gloves
- water bottle, food for two lunches and snacks
- torch, small first aid kit, any medication

If you wear hearing aids or a processor: spare batteries in a zip-lock bag,
and your dry box. Each group will have a visual signal card too.

No phones on the walk except for emergencies; staff will have the group
trackers.

Mr Whitaker
""")

add("csw_biology_signs_notes", "clean",
    "CSW shares agreed biology sign vocabulary with ToD colleagues",
    "lowe", [ST["pritchard"], ST["hughes"]], "Biology signs - agreed with Farah",
    when(2025, 11, 27, 16, 35), cc=[ST["qureshi"]], body="""
Hi both,

Farah and I met this afternoon to agree signs for the Y10 biology topic, so
we're all using the same ones across the CSWs:

- mitosis: agreed sign (Farah's video, "B2-01")
- meiosis: fingerspell M + the "divide" sign twice
- chromosome: local sign, same as last year
- enzyme: fingerspell E-N-Z then "key" sign (lock and key model)
- denature: "enzyme" + "change shape"

The videos are on the Base Teams page in the "Science signs" folder. If
you've been using anything different, shout and we'll talk about it at
Thursday's meeting.

Bethany
""", sig=False)

add("nea_extension_granted_pupil", "clean",
    "computing teacher grants a pupil a short extension",
    "thornton", [P_EOSEI], "Re: NEA extension",
    when(2026, 2, 6, 12, 30), """
Hi Efua,

That's fine - you can hand in the design section on Wednesday instead of
Monday. Thanks for letting me know early rather than on the day.

Don't spend the extra time making the flowcharts prettier, spend it on the
testing table.

Mr Thornton
""", sig=False)

add("school_photo_day_parents", "clean",
    "office announces school photograph day",
    "office", [JANE, SAM, ALI], "School photographs - Tuesday 23 September",
    when(2025, 9, 11, 15, 15), """
Dear Parents and Carers,

Individual school photographs will be taken on Tuesday 23 September.
Students should come in full school uniform.

Students who wear hearing aids or cochlear implant processors can keep them
on - the photographers know, and they will not ask anyone to take them off.

You'll receive a proof card a couple of weeks later with a code to order
online. There's no obligation to buy.

If your child is absent on the day, there is a catch-up session on
Thursday 2 October.

Kind regards,
Karen Doyle
Office Manager
""", sig=False)

add("forward_training_offer_staff", "clean",
    "Head of Base forwards an outside organisation's training offer to ToD colleagues",
    "hughes", [ST["pritchard"], ST["greaves"]], "FW: Spring training - auditory verbal approaches",
    when(2026, 2, 3, 9, 25), """
Owen, Hannah - one of you fancy this? It's in the CPD budget if so.

Rachel

{SIG}

From: Yorkshire Sensory Network <training@yorkshiresensory.example.org>
Sent: 02 February 2026 16:12
To: Rachel Hughes <r.hughes@example-school.org.uk>
Subject: Spring training - auditory verbal approaches

Dear colleague,

We are pleased to offer a one-day course for Teachers of the Deaf and
educational audiologists:

Auditory verbal approaches in mainstream secondary settings
Thursday 12 March 2026, 9.30-3.30
Venue: Northgate Conference Centre, 7 Northgate, Wakefield WF1 3BQ
Cost: £145 (members £110)

To book, reply to this email or call our office on 0113 496 0870.

Yorkshire Sensory Network
""")


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

README = """# Round 47 - personal-address-to-parent (BLIND held-out corpus)

**Blind: never use these messages for tuning rules, thresholds or code.** They were written
without reading mailguard's code, rules, tests or docs, so that they measure how the filter
does on mail nobody has tuned it on. If a message here is misjudged, fix the filter in
general terms and check it on other data; do not add these messages (or text from them) to
the training/tuning corpus.

## What it is

80 synthetic but realistic outgoing e-mails from staff at "Example School", an 11-18
mainstream secondary in Leeds with a resourced provision for deaf pupils (Deaf Resource
Base, Teachers of the Deaf, communication support workers, BSL, Relay UK text relay
(18001/18002), radio aids, audiology appointments). They exercise the policy rule that
staff must not give pupils or parents their own personal phone number, home address or
personal e-mail, or invite them onto a private channel (WhatsApp, Snapchat, Facebook, ...).

`labels.csv` has one row per file: `file,expected,sender,recipients,note`.
`expected` is `flag` or `clean`; `sender` is the envelope sender; `recipients` are the To
and Cc addresses separated by spaces. Judgement calls are marked `[unsure]` in the note.

All people, addresses and numbers are invented. Phone numbers are from Ofcom's drama
ranges (07700 900xxx, 0113 496 0xxx, 020 7946 0xxx, 0121 496 0xxx, 0161 496 0xxx,
0808 157 0xxx, 01632 960xxx). The school's own number is 01632 960000 and its postcode
LS1 4AP. Outside organisations use example.com / example.org / example.net.

## How it was made / how to regenerate

Written by hand as Python data in `../make_round47_personal.py` (standard library only),
which builds the raw RFC 5322 messages itself with fixed dates, Message-IDs and MIME
boundaries, so the output is byte-identical on every run:

    python3 tests/holdout/round47/make_round47_personal.py

The script rewrites every `.eml`, `labels.csv` and this README in this directory, then
parses each file back with `email.message_from_bytes(..., policy=email.policy.default)`
and checks the labels against the headers.

## Counts

{counts}

## Kinds of case

Flag (staff to a parent or pupil, giving out their OWN details or a private channel):
- personal mobile in the body, in many formats: plain, `+44`, `0044`, no spaces, dotted,
  bracketed area code, split over a hard line break, split by a quoted-printable soft break
- personal mobile in an HTML signature with `&nbsp;`; home landline
- personal e-mail in the Cc header, in the Reply-To header only, written as `[at]`/`[dot]`,
  in a vCard attachment, as the ORGANIZER of an .ics invitation (with FaceTime number)
- home address with and without a postcode (collect equipment, come round to rehearse)
- private channels: WhatsApp group, Snapchat/Instagram handle, Discord server, Signal,
  Facebook friend request, FaceTime
- formats: plain, multipart/alternative, HTML-only, base64, quoted-printable, 8bit,
  RFC 2047 subjects, Outlook and Gmail quoted replies

Clean, hard negatives:
- the school's own number, postcode, office/attendance addresses; Relay UK 18001 + school
  number; a school direct-dial line
- school-owned mobiles stated as such (trip phone, the Base's SMS text line)
- the parent's own number or address read back or quoted (incl. 18002 + parent's mobile)
- third parties' details given for a reason: audiology clinic, BSL interpreter agency,
  coach firm, festival venue, partner Deaf school's boarding house, university disability
  service, work-experience employer, a youth helpline, a training provider
- numbers that are not phones: candidate/centre/UCI numbers, ISBNs, sort code and account
  number, invoice and repair references, radio-aid serials, courier tracking, Teams meeting
  ID and conference dial-in, dates, times and prices
- staff-only mail with personal details: HR new starter, staff social at a home address,
  snow phone tree
- e-safety advice naming apps; a warning about a fake staff Instagram account; the school's
  official Instagram; staff refusing to give a personal number or to use WhatsApp video
- an out-of-office auto-reply

Clean, everyday: homework, feedback, reports, trip letters, newsletters, cover, meeting
notes, exam timetables, attendance, uniform, concerts, library, DofE, photo day, CPD.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    # remove our own previous output only
    for fn in os.listdir(OUT):
        if fn.endswith(".eml") or fn in ("labels.csv",):
            os.remove(os.path.join(OUT, fn))

    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 20, len(flags)
    assert len(cleans) == 60, len(cleans)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"

    order = list(MESSAGES)
    random.Random(47).shuffle(order)

    rows = []
    for i, m in enumerate(order, 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m, i)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        recips = [a for _, a in m["to"]] + [a for _, a in m["cc"]]
        rows.append([fn, m["label"], m["frm"][1], " ".join(recips), m["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    n_everyday = 30
    counts = ("| expected | count |\n|---|---|\n"
              f"| flag | {len(flags)} |\n"
              f"| clean (hard negatives) | {len(cleans) - n_everyday} |\n"
              f"| clean (everyday) | {n_everyday} |\n"
              f"| **total** | {len(MESSAGES)} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README.replace("{counts}", counts))

    verify(rows)
    for r in rows:
        print(r[0])


def verify(rows):
    import email
    import email.policy
    from email.utils import getaddresses
    for fn, label, sender, recips, note in rows:
        with open(os.path.join(OUT, fn), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert fn.split("_")[1] == label
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[hname] is not None, (fn, hname)
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == sender, (fn, frm, sender)
        got = [a for _, a in getaddresses([str(v) for v in (msg.get_all("To") or []) + (msg.get_all("Cc") or [])])]
        assert got == recips.split(), (fn, got, recips)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, fn
        text = body.get_content()
        assert len(text.strip()) > 20, fn
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        assert not msg.defects, (fn, msg.defects)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998, fn
    print(f"verified {len(rows)} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
