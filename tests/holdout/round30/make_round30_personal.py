#!/usr/bin/env python3
"""Generate the round-30 blind held-out corpus for the personal-address-to-parent module.

Setting: a selective girls' grammar school (11-18) in Buckinghamshire.
Writes NNN_<flag|clean>_<slug>.eml files and labels.csv into
tests/holdout/round30/personal-address-to-parent/ (next to this script).

Python 3.11 standard library only.  Fully deterministic: fixed dates, Message-IDs,
MIME boundaries and file order, so two runs give byte-identical output.

    python3 tests/holdout/round30/make_round30_personal.py

BLIND CORPUS: never use these messages to tune mailguard's rules.
"""
import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import os
import quopri
import random
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCH = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

STAFF = {
    "head": ("Dr Helen Ashworth", "head", "Headmistress"),
    "ellery": ("Mark Ellery", "m.ellery", "Deputy Head (Academic)"),
    "dsl": ("Naomi Fielding", "dsl", "Deputy Head (Pastoral) and Designated Safeguarding Lead"),
    "raman": ("Priya Raman", "p.raman", "Head of Sixth Form"),
    "fairbairn": ("Tom Fairbairn", "t.fairbairn", "Director of Rowing"),
    "whitlock": ("Caroline Whitlock", "c.whitlock", "Head of Lacrosse"),
    "marsh": ("Lucy Marsh", "l.marsh", "Director of Sport"),
    "dunn": ("Keeley Dunn", "k.dunn", "Graduate Sports Assistant"),
    "chalk": ("Dr Imogen Chalk", "i.chalk", "Head of Classics and Oxbridge Coordinator"),
    "travers": ("Hugo Travers", "h.travers", "Teacher of Latin and Greek"),
    "osei": ("Daniel Osei", "d.osei", "Teacher of Chemistry; Medicine, Dentistry and Vet Med applications"),
    "forbes": ("Dr Alasdair Forbes", "a.forbes", "Head of Biology"),
    "llewellyn": ("Rhys Llewellyn", "r.llewellyn", "Teacher of Physics"),
    "quayle": ("Deborah Quayle", "d.quayle", "Head of Mathematics"),
    "barraclough": ("Chloe Barraclough", "c.barraclough", "Teacher of Mathematics"),
    "adeyemi": ("Femi Adeyemi", "f.adeyemi", "Head of Computer Science"),
    "lund": ("Rebecca Lund", "r.lund", "Teacher of English; Debating Society"),
    "mehta": ("Sanjay Mehta", "s.mehta", "Teacher of History and Politics; Model United Nations"),
    "marchand": ("Élise Marchand", "e.marchand", "Head of French"),
    "hollis": ("Ben Hollis", "b.hollis", "Teacher of Geography; DofE Manager"),
    "mcallister": ("Fiona McAllister", "f.mcallister", "Head of Year 9"),
    "pemberton": ("Anna Pemberton", "a.pemberton", "Head of Year 7"),
    "okonjo": ("Sarah Okonjo", "s.okonjo", "SENCo"),
    "brandt": ("Oliver Brandt", "o.brandt", "Director of Music"),
    "office": ("Gwen Pritchard", "office", "School Office Manager"),
    "gwen": ("Gwen Pritchard", "g.pritchard", "School Office Manager"),
    "attendance": ("Lorraine Beck", "attendance", "Attendance Officer"),
    "exams": ("Harriet Dunmore", "exams", "Examinations Officer"),
    "finance": ("Joanna Kerslake", "finance", "Bursar"),
    "careers": ("Zara Haque", "careers", "Careers and Higher Education Adviser"),
    "webb": ("Marcus Webb", "m.webb", "Network Manager"),
    "hr": ("Ruth Abernethy", "hr", "HR Manager"),
    "nurse": ("Bridget Harland", "nurse", "School Nurse"),
    "library": ("Anya Sokolova", "library", "School Librarian"),
}


def S(key):
    """(display name, address) of a member of staff."""
    name, box, _ = STAFF[key]
    return (name, f"{box}@{SCH}")


def P(local, name):
    """A pupil."""
    return (name, f"{local}@{PUP}")


def X(addr, name=""):
    """Anyone else."""
    return (name, addr)


JANE = ("Jane Parent", "jane.parent@gmail.com")        # mother of Isobel (Y12)
SAM = ("Sam Carer", "sam.carer@outlook.com")           # carer of Maya (Y9)
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")  # father of Leila (Y13)

ISOBEL = P("20iparent", "Isobel Parent")
MAYA = P("23mthornton", "Maya Thornton")
LEILA = P("19lguardian", "Leila Guardian")
AMIRA = P("19akhoury", "Amira Khoury")
ELEANOR = P("19ewhitfield", "Eleanor Whitfield")
NIA = P("19nadebayo", "Nia Adebayo")
HANNAH = P("20hwestbrook", "Hannah Westbrook")
SOPHIA = P("20sbanerjee", "Sophia Banerjee")
CLEMMIE = P("20cmorrow", "Clementine Morrow")
TARA = P("20tkaur", "Tara Kaur")
LARA = P("20lmensah", "Lara Mensah")
RIYA = P("21rdesai", "Riya Desai")
FOLA = P("21folawale", "Folake Olawale")
TOMOE = P("22tnakamura", "Tomoe Nakamura")
GRETA = P("22glindqvist", "Greta Lindqvist")
HATTIE = P("22hcole", "Harriet Cole")
MARIAM = P("22mfarrah", "Mariam Farrah")
PHOEBE = P("23pokafor", "Phoebe Okafor")
JESS = P("23jrowe", "Jessica Rowe")
KITTY = P("24kbell", "Kitty Bell")

# --------------------------------------------------------------------------------------
# Dates, ids, boundaries
# --------------------------------------------------------------------------------------

BST = timezone(timedelta(hours=1))


def when(m, d, hh, mm, ss=0):
    """A date in the 2025 autumn term (BST until 26 October)."""
    tz = BST if (m < 10 or (m == 10 and d < 26)) else timezone.utc
    return format_datetime(datetime(2025, m, d, hh, mm, ss, tzinfo=tz))


def h(seed, n=16):
    return hashlib.sha256(("r30p:" + seed).encode()).hexdigest()[:n]


def message_id(slug, mailer):
    x = h(slug, 40).upper()
    if mailer == "outlook":
        return f"<LO4P265MB{x[:4]}{x[4:16]}@LO4P265MB{x[16:20]}.GBRP265.PROD.OUTLOOK.COM>"
    if mailer in ("gmail", "gmail-app"):
        b = base64.urlsafe_b64encode(bytes.fromhex(x[:36])).decode().rstrip("=")
        return f"<CAK{b}@mail.gmail.com>"
    if mailer == "iphone":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{SCH}>"
    if mailer == "bulk":
        return f"<{x[:24].lower()}.bulk@notify.{SCH}>"
    return f"<{x[:12].lower()}.{x[12:20].lower()}@{SCH}>"


def boundary(slug, i, mailer):
    x = h(f"{slug}/{i}", 28)
    if mailer == "outlook":
        return f"_{i:03d}_LO4P265MB{x[:4].upper()}{x[4:16].upper()}_"
    if mailer in ("gmail", "gmail-app"):
        return f"0000000000{x[:16]}"
    if mailer == "iphone":
        return f"Apple-Mail-{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}"
    return f"----=_Part_{i}_{int(x[:8], 16)}.{int(x[8:14], 16)}"


MAILER_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"],
    "gmail": [],
    "gmail-app": [],
    "iphone": ["X-Mailer: iPhone Mail (22A3354)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "bulk": ["X-Mailer: Example School Parent Messaging", "Precedence: bulk"],
}

# --------------------------------------------------------------------------------------
# MIME building (by hand, so every byte is under our control)
# --------------------------------------------------------------------------------------


class Leaf:
    def __init__(self, ctype, content, cte="7bit", filename=None, inline=False, cid=None,
                 params="", post=None, charset=True):
        self.ctype = ctype
        self.content = content
        self.cte = cte
        self.filename = filename
        self.inline = inline
        self.cid = cid
        self.params = params
        self.post = post          # function applied to the encoded body text
        self.charset = charset


class Multi:
    def __init__(self, subtype, parts, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.preamble = preamble


def encode_body(leaf):
    data = leaf.content.encode("utf-8") if isinstance(leaf.content, str) else leaf.content
    if leaf.cte in ("7bit", "8bit"):
        if leaf.cte == "7bit":
            assert max(data, default=0) < 128, "non-ASCII in a 7bit part"
        text = data.decode("utf-8")
        for line in text.split("\n"):
            assert len(line.encode("utf-8")) < 990, "line too long"
    elif leaf.cte == "quoted-printable":
        text = quopri.encodestring(data).decode("ascii")
    elif leaf.cte == "base64":
        text = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(leaf.cte)
    if leaf.post:
        text = leaf.post(text)
    if not text.endswith("\n"):
        text += "\n"
    return text


def render(part, slug, mailer, counter):
    if isinstance(part, Leaf):
        ct = f"Content-Type: {part.ctype}"
        if part.ctype.startswith("text/") and part.charset:
            ct += '; charset="utf-8"'
        if part.params:
            ct += "; " + part.params
        if part.filename:
            ct += f'; name="{part.filename}"'
        hdrs = [ct, f"Content-Transfer-Encoding: {part.cte}"]
        if part.filename:
            disp = "inline" if part.inline else "attachment"
            hdrs.append(f'Content-Disposition: {disp}; filename="{part.filename}"')
        if part.cid:
            hdrs.append(f"Content-ID: <{part.cid}>")
        return "\n".join(hdrs) + "\n\n" + encode_body(part)
    counter[0] += 1
    b = boundary(slug, counter[0], mailer)
    out = [f'Content-Type: multipart/{part.subtype};\n\tboundary="{b}"', ""]
    if part.preamble:
        out.append(part.preamble)
        out.append("")
    body = "\n".join(out) + "\n"
    for sub in part.parts:
        body += f"--{b}\n" + render(sub, slug, mailer, counter) + "\n"
    body += f"--{b}--\n"
    return body


def fmt_addr(pair):
    name, addr = pair
    return formataddr((name, addr), charset="utf-8") if name else addr


def addr_header(field, pairs):
    items = [fmt_addr(p) for p in pairs]
    line = f"{field}: "
    out = []
    cur = line
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if cur.strip() and len(cur) + len(piece) + 1 > 76 and cur != line:
            out.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    out.append(cur.rstrip())
    return "\n".join(out)


def subject_header(subject, encode=False):
    try:
        subject.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not encode:
        if len(subject) + 9 <= 78:
            return "Subject: " + subject
        return "Subject: " + Header(subject, header_name="Subject").encode(linesep="\n")
    return "Subject: " + Header(subject, "utf-8", header_name="Subject").encode(linesep="\n")


# --------------------------------------------------------------------------------------
# Text -> HTML, in the manner of the common mail clients
# --------------------------------------------------------------------------------------


def _blocks(text):
    """Split into ('p', lines) paragraphs and ('q', text) quoted blocks and ('hr', None)."""
    lines = text.rstrip("\n").split("\n")
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append(("p", list(para)))
            para.clear()

    def flush_quote():
        if quote:
            out.append(("q", "\n".join(quote)))
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            flush_para()
            quote.append(ln[1:][1:] if ln.startswith("> ") else ln[1:])
            continue
        flush_quote()
        if ln.strip() == "":
            flush_para()
        elif ln.startswith("________________") or ln.strip() == "-----Original Message-----":
            flush_para()
            out.append(("hr", None))
        else:
            para.append(ln)
    flush_para()
    flush_quote()
    return out


def _esc(s):
    return html.escape(s, quote=False)


def outlook_html(text, subs=(), logo_cid=None):
    parts = []
    for kind, val in _blocks(text):
        if kind == "p":
            inner = "<br>\n".join(_esc(x) for x in val)
            parts.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif kind == "hr":
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
        else:
            q = outlook_html_inner(val)
            parts.append(f'<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">{q}</div>')
    body = "\n".join(parts)
    if logo_cid:
        body += f'\n<p class="MsoNormal"><img width="120" height="40" src="cid:{logo_cid}" alt="Example School crest"></p>'
    doc = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n--></style>\n'
        '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )
    for a, b in subs:
        assert a in doc, a
        doc = doc.replace(a, b)
    return doc


def outlook_html_inner(text):
    out = []
    for kind, val in _blocks(text):
        if kind == "p":
            out.append('<p class="MsoNormal">' + "<br>\n".join(_esc(x) for x in val) + "</p>")
        elif kind == "hr":
            out.append("<hr>")
        else:
            out.append("<blockquote>" + outlook_html_inner(val) + "</blockquote>")
    return "\n".join(out)


def gmail_html(text, subs=()):
    def inner(t):
        out = []
        for kind, val in _blocks(t):
            if kind == "p":
                if len(val) == 1 and val[0].startswith("On ") and val[0].endswith("wrote:"):
                    out.append(f'<div dir="ltr" class="gmail_attr">{_esc(val[0])}<br></div>')
                    continue
                out.append("<div>" + "<br>".join(_esc(x) for x in val) + "</div><div><br></div>")
            elif kind == "hr":
                out.append("<hr>")
            else:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + inner(val) + "</blockquote>")
        return "".join(out)
    doc = '<div dir="ltr">' + inner(text) + "</div>\n"
    for a, b in subs:
        assert a in doc, a
        doc = doc.replace(a, b)
    return doc


def plain(text, cte="7bit"):
    return Leaf("text/plain", text, cte)


def alt(text, style="outlook", cte="quoted-printable", html_cte=None, subs=(), html_doc=None,
        plain_post=None, html_post=None, logo=False):
    if html_doc is None:
        html_doc = outlook_html(text, subs, "image001.png@01DC2A7B.5E3F1C20" if logo else None) \
            if style == "outlook" else gmail_html(text, subs)
    p = Leaf("text/plain", text, cte, post=plain_post)
    hp = Leaf("text/html", html_doc, html_cte or cte, post=html_post)
    if logo:
        img = Leaf("image/png", make_png(120, 40, (88, 28, 92)), "base64", filename="image001.png",
                   inline=True, cid="image001.png@01DC2A7B.5E3F1C20")
        return Multi("related", [Multi("alternative", [p, hp]), img])
    return Multi("alternative", [p, hp])


def mixed(body, *atts):
    return Multi("mixed", [body, *atts])


def att(ctype, filename, data, cte="base64", params=""):
    return Leaf(ctype, data, cte, filename=filename, params=params,
                charset=ctype.startswith("text/"))


# --------------------------------------------------------------------------------------
# Small binary attachments (deterministic)
# --------------------------------------------------------------------------------------


def make_png(w, hgt, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(hgt))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 790
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append(f"1 0 0 1 56 {y} Tm ({esc(ln)}) Tj")
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def ics_fold(text):
    """Fold iCalendar/vCard content lines at 75 octets and use CRLF."""
    out = []
    for line in text.strip("\n").split("\n"):
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            n = 75 if first else 74
            out.append((b"" if first else b" ") + b[:n])
            b = b[n:]
            first = False
        out.append((b"" if first else b" ") + b)
    return b"\r\n".join(out) + b"\r\n"


def qp_split(needle, at):
    """A post-processor that puts a QP soft line break inside `needle` (after `at` chars)."""
    def post(text):
        assert needle in text, needle
        i = text.index(needle) + at
        return text[:i] + "=\n" + text[i:]
    return post


# --------------------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------------------


def sig(key, style="full", extra=()):
    name, box, role = STAFF[key]
    if style == "full":
        lines = [name, role, *extra, "Example School", "Park Row, Leeds LS1 4AP",
                 "Tel: 01632 960000", "www.example-school.org.uk"]
    elif style == "bar":
        lines = [name, role, *extra, "Example School | Park Row, Leeds LS1 4AP | 01632 960000"]
    elif style == "short":
        lines = [name, role, *extra, "Example School | 01632 960000"]
    elif style == "disclaimer":
        lines = [name, role, *extra, "Example School, Park Row, Leeds LS1 4AP", "T: 01632 960000",
                 "", "This e-mail and any attachments are confidential and intended solely for the "
                 "addressee. If you have received it in error please tell the sender and delete it. "
                 "Example School is an academy trust registered in England."]
    else:
        raise ValueError(style)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------

MSGS = []


def add(label, slug, note, frm, to, subject, date, body, cc=(), reply_to=None, mailer="outlook",
        enc_subject=False, in_reply_to=None, extra_headers=()):
    assert label in ("flag", "clean")
    MSGS.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, reply_to=reply_to, mailer=mailer,
                     enc_subject=enc_subject, in_reply_to=in_reply_to, extra=list(extra_headers)))


# ======================================================================================
# FLAG: staff give parents / pupils their OWN personal contact details or a private channel
# ======================================================================================

add("flag", "rowing_mobile_linebreak",
    "rowing coach gives own mobile (wrapped over a line break) and offers Signal to parent + crew",
    S("fairbairn"), [JANE, ISOBEL, SOPHIA, CLEMMIE],
    "J18 quad - Saturday's head race, early start", when(10, 2, 19, 12),
    plain("""Hi all,

Quick one about Saturday. Boating is at 07:40, which means we need to be
at the boathouse by 06:45 to rig and get the trailer unloaded. The
minibus leaves the front of school at 06:15 sharp - please don't be late,
we can't wait this time because the marshals close the slipway at 07:30.

Jane - thank you for offering to bring the spare blades down in the
estate. If you could aim for the club car park by 06:50 that would be
perfect, and the girls will help you carry them down to the pontoon.

Bring: zephyr, all-in-one, hat, two water bottles, something warm for
after (it's forecast 6 degrees at dawn), and breakfast to eat on the bus.
No jewellery in the boat, and please check your own seat and footplate
before we leave school.

If anything goes wrong on the morning - gate locked, a car that won't
start, whatever - ring or text me on my own mobile, 07700
900312, as there's no signal for the school phone down at the boathouse
half the time. I'm on Signal as well if that's easier for any of you.

Let's have a tidy, relaxed piece. Remember what we worked on Tuesday:
long through the water, quiet on the recovery.

Tom

--
Tom Fairbairn
Director of Rowing
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""), mailer="thunderbird")

add("flag", "sixthform_mobile_sig_nbsp",
    "Head of Sixth Form invites parent to ring her mobile in the evenings; number in signature (&nbsp; in HTML)",
    S("raman"), [JANE], "RE: Isobel - dropping Further Maths?", when(10, 9, 12, 34),
    alt("""Dear Jane,

Thank you for your email, and for setting out Isobel's position so clearly. I have spoken to her this morning, and to Miss Barraclough, and I think we are broadly in agreement: she is finding the pace of Further Maths hard alongside three other A levels, rowing and Model UN, and she has not yet made up her mind whether she wants to apply for Economics or PPE.

My suggestion is that she continues until half term, sits the Further Maths assessment in the week of 20 October, and we review it then. If she does drop it she would still have three full A levels plus the EPQ, which is entirely competitive for the courses she is considering. Admissions tutors are far more interested in the grades than in the number of subjects, and the Oxford PPE page says as much.

I'm conscious that you and your husband would like to talk this through properly, and that evenings are easier for you while you are in court. Please do feel free to ring me on my mobile after 6pm any day this week - the number is below.

With best wishes,
Priya

Priya Raman
Head of Sixth Form
Mobile: 07700 900 547
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 08 October 2025 22:47
To: Priya Raman <p.raman@example-school.org.uk>
Subject: Isobel - dropping Further Maths?

Dear Mrs Raman,

I hope you don't mind me writing to you directly. Isobel came home in tears again on Monday after Further Maths and has asked whether she can drop it. My husband and I are not opposed in principle, but we want to be sure it will not disadvantage her if she decides to apply for PPE or Economics, and we would like to understand what the timetable implications would be (she has mentioned the EPQ).

Could we perhaps speak this week? I am in court until Thursday but could manage a call in the evening.

With thanks,
Jane Parent
""", subs=[("Mobile: 07700 900 547", "Mobile:&nbsp;07700&nbsp;900&nbsp;547")]),
    in_reply_to="<CAKj7d0Q2r9PparentJ@mail.gmail.com>")

add("flag", "reply_to_home_gmail",
    "Head of Year sets Reply-To to her personal gmail while on residential; tells carer to reply there",
    S("mcallister"), [SAM], "Maya - this week", when(10, 15, 17, 5),
    plain("""Dear Sam,

Thank you for letting me know about what happened on the bus on Tuesday. I’ve spoken to Maya at lunchtime today and she seemed much brighter than she was at the start of the week. She was clear that she’d like to sit with Tilly and Grace in form time for now, and I’ve quietly changed the seating plan so that can happen without any fuss.

I’ll speak to the other two girls tomorrow morning, separately, and I’ll let you know how that goes. I don’t think this needs to go any further at this stage, but if Maya tells you anything that worries you please let me know straight away.

A practical point: I’m away on the Year 9 residential from tomorrow until Sunday and won’t have my school laptop, so I’ve set this email to reply to my home address, which I can check on my phone. Just press reply and it will reach me.

Kind regards,

Fiona McAllister
Head of Year 9
Example School | 01632 960000
""", "quoted-printable"),
    reply_to=("Fiona McAllister", "fi.mcallister.home@gmail.com"))

add("flag", "debating_cc_hotmail",
    "debating teacher Cc's her personal hotmail on mail to parent and pupil, says replies to either reach her",
    S("lund"), [ALI], "Leila - schools' debating finals day, Saturday 15 November", when(11, 3, 16, 20),
    alt("""Dear Professor Guardian,

I'm delighted to let you know that Leila and Amira won their semi-final on Saturday, proposing "This House would abolish the House of Lords" against a very strong team from a London school - no small achievement. They are through to the finals day in Cambridge on Saturday 15 November.

Logistics: I'll take the two of them by train. We'll meet at High Wycombe station at 07:10 for the 07:31 to Marylebone and then go across to King's Cross. Motions for the early rounds are only released on the day, so there is no specific preparation beyond keeping up with the news; I'd encourage Leila to read a broadsheet and the Economist every day next week. If they reach the final it finishes at about 18:30 and we should be back in Wycombe by 21:30.

I'll need the trip consent form back by Friday (it was attached to the letter Leila brought home), and £38 for the rail fares through the online payment system.

I've copied in my personal email as well, as I'm on a course in London for most of next week and find it far easier to keep on top of things there than on the school system. Replies to either address will reach me, and Leila is very welcome to send practice speeches there too.

Warm regards,

Rebecca Lund
Teacher of English | Debating Society
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), cc=[LEILA, ("Rebecca Lund", "becca.lund.debates@hotmail.co.uk")])

add("flag", "cello_drop_at_my_house",
    "music director gives parent his home address (no postcode) to drop off a cello, porch unlocked",
    S("brandt"), [JANE], "Re: Isobel's cello", when(10, 24, 18, 41),
    plain("""Dear Jane,

So sorry you had a wasted journey - the music school is locked to everyone except the lettings people after five on a Friday, and I'd already gone.

If it's easier, you're very welcome to drop the cello off at my house at any point this weekend and I'll bring it in on Monday with mine. I'm at 4 Swan Meadow Cottages, Latchford Lane, Little Hartwell — the blue door at the end of the terrace, and there's room to pull in on the verge. If I'm out, just leave it in the porch; it isn’t locked.

The luthier in Henley has said he can look at the seam on the lower bout on Tuesday, so it should be back with Isobel in good time for the Remembrance concert rehearsal.

Best wishes,
Oliver

Oliver Brandt
Director of Music
Example School, Park Row, Leeds LS1 4AP — 01632 960000

On Fri, 24 Oct 2025 at 17:52, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Mr Brandt, I came to drop off Isobel's cello for the repair as agreed but
> the music school was all locked up. Is there anywhere else I can leave it? We're
> away from Monday so I would rather not keep it in the car all week.
> Many thanks, Jane
""", "8bit"), mailer="gmail")

add("flag", "mun_whatsapp_group",
    "Model UN teacher asks pupils to save his mobile and message him to join a WhatsApp group",
    S("mehta"), [AMIRA, ISOBEL, HANNAH, SOPHIA, ELEANOR, RIYA],
    "MUN delegation - committee allocations", when(9, 16, 15, 48),
    alt("""Hi all,

Thank you for your applications - I had far more strong ones than places, which is a nice problem to have. Here is the delegation for the conference at the end of November. We are representing Chile and Nigeria this year.

Chile
  Security Council - Amira
  Human Rights Council - Isobel
  ECOSOC - Hannah

Nigeria
  General Assembly (First Committee) - Sophia
  WHO - Eleanor
  UN Environment Programme - Riya (first conference, well done)

Position papers are due to me by Friday 17 October: two sides of A4 at most, footnoted, and please actually read your country's recent voting record rather than relying on a summary - the chairs can tell. We'll run mock committee sessions on Wednesday lunchtimes in H4 from 1 October.

I'm going to set up a WhatsApp group for the delegation so we can sort out trains and dress code nearer the time. Save my number - 07700 900618 - and send me a message so I can add you.

Mr Mehta

Sanjay Mehta
History and Politics | Model United Nations
Example School | 01632 960000
""", style="gmail"), mailer="gmail")

add("flag", "running_instagram_follow",
    "maths teacher invites a Y12 pupil to follow her personal Instagram and DM her",
    S("barraclough"), [CLEMMIE], "Re: Charity half marathon", when(9, 21, 20, 15),
    plain("""Ha - well done for signing up! Honestly the first six weeks are the hardest, after that it clicks. I'll dig out the plan I used and bring it in.

I post all my training runs on Insta (@chloeb_runs_miles) if you want to see what a normal week looks like - follow me and drop me a DM and I'll follow you back, then we can keep each other going 🙂

Miss B

Sent from my iPhone

> On 21 Sep 2025, at 18:02, Clementine Morrow <20cmorrow@pupils.example-school.org.uk> wrote:
>
> Hi Miss Barraclough, I've signed up for the Wycombe half in March for the hospice. Any tips on training? You said in class you'd done a few. Thanks, Clemmie
""", "quoted-printable"), mailer="iphone")

VCARD_WHITLOCK = ics_fold(r"""BEGIN:VCARD
VERSION:3.0
N:Whitlock;Caroline;;;
FN:Caroline Whitlock
ORG:Example School
TITLE:Head of Lacrosse
TEL;TYPE=CELL,VOICE:+447700900734
EMAIL;TYPE=HOME,INTERNET:caz.whitlock@icloud.com
EMAIL;TYPE=WORK,INTERNET:c.whitlock@example-school.org.uk
ADR;TYPE=HOME:;;12 Larkspur Way;Little Kimble Green;Buckinghamshire;HP17 0ZZ;United Kingdom
NOTE:Lacrosse - match days
END:VCARD
""")

add("flag", "lacrosse_vcard_home",
    "lacrosse coach attaches a vCard with her own mobile, home e-mail and home address to parents",
    S("whitlock"), [SAM],
    "U14A lacrosse - autumn fixtures and how to reach me", when(9, 8, 19, 30),
    mixed(plain("""Dear U14A parents,

Welcome back, and thank you to everyone who came to watch the trials session last week. I'm really pleased with the squad this year - lots of speed on the draw, and the girls who came up from the B team over the summer have made a big jump.

Autumn fixtures (Saturdays unless stated):

  13 Sep   v Chiltern Hills School (H)        10:00 start
  20 Sep   County tournament, Stoke Mandeville   all day
   4 Oct   v St Aldhelm's (A)                  coach 08:15
  18 Oct   v Beacon Hill School (H)            10:00 start
   8 Nov   South Schools tournament           coach 07:00
  15 Nov   v The Grange (A)                    coach 08:45

Team sheets go up on the sports noticeboard and on Teams by Thursday lunchtime. Please make sure your daughter has a mouthguard and goggles that meet the current standard - she will not be allowed to play without both.

Because so much of the season is at weekends, I've attached my contact card. It has my mobile and my home email on it, which are honestly the quickest way to get hold of me on a Saturday when I'm not checking school email. Please save it and text me if your daughter is ill or running late on a match morning.

Best,
Caroline

Caroline Whitlock
Head of Lacrosse
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""", "8bit"), att("text/vcard", "Caroline Whitlock.vcf", VCARD_WHITLOCK)),
    cc=[X("lucy.fenwick82@yahoo.co.uk", "Lucy Fenwick"), X("d.ambrose.home@hotmail.co.uk", "Diane Ambrose"),
        X("okafor.family.hw@gmail.com")])

ICS_DOFE = ics_fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000R30DOFE1210
DTSTAMP:20251001T121000Z
DTSTART:20251012T073000Z
DTEND:20251012T150000Z
SUMMARY:Bronze DofE practice walk
LOCATION:Minibus bay\, Example School
ORGANIZER;CN=Ben Hollis:mailto:b.hollis@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tomoe Nakamura:mailto:22tnakamura@pupils.example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Greta Lindqvist:mailto:22glindqvist@pupils.example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Harriet Cole:mailto:22hcole@pupils.example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mariam Farrah:mailto:22mfarrah@pupils.example-school.org.uk
DESCRIPTION:Meet 08:30 at the minibus bay\, back at school about 16:00.\nKit: full expedition rucksack packed as for the qualifier\, lunch\, 2 litres of water\, waterproofs\, hat and gloves\, completed route card for leg 2.\nRunning late or lost on the morning? Text my own mobile on 07700.900.874 - the school phone stays locked in the office at weekends.
BEGIN:VALARM
TRIGGER:-PT12H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")

add("flag", "dofe_ics_own_mobile",
    "DofE invite: the .ics DESCRIPTION gives the teacher's own mobile (dotted format) to pupils",
    S("hollis"), [TOMOE, GRETA, HATTIE, MARIAM],
    "Bronze DofE - practice walk Sunday 12 October", when(10, 1, 13, 10),
    mixed(alt("""Hi everyone,

Calendar invite attached for the practice walk on Sunday 12 October. We'll do the loop from Christmas Common down through the valley and back over the ridge - about 14 km, the same distance as day one of your qualifier, with a couple of decent climbs.

Meet 08:30 at the minibus bay; we should be back at school at around 16:00. Bring your full expedition rucksack packed as if for the real thing (we'll weigh them at the start - aim for under a quarter of your body weight), lunch, 2 litres of water, waterproofs, and your route card completed for the second leg. Greta and Harriet are navigating leg one, Tomoe and Mariam leg two.

Timings and the kit list are in the invite so that they're on your phone on the day. If your parents have any questions, they can email me here.

Mr Hollis

Ben Hollis
Geography | DofE Manager
Example School, Park Row, Leeds LS1 4AP | Tel 01632 960000
"""), att("text/calendar", "invite.ics", ICS_DOFE, params="method=REQUEST")))

add("flag", "physics_pat_whatsapp_b64",
    "physics teacher invites pupil to WhatsApp his number (+44 format); body base64",
    S("llewellyn"), [HANNAH], "PAT prep this weekend", when(10, 9, 21, 4),
    plain("""Hi Hannah,

Good session today - your mechanics is in really good shape now, and the pulley question was a sign error, not a misunderstanding, so don't lose sleep over it.

This weekend I'd do the 2019 and 2021 papers under timed conditions: two hours each, no calculator, and be strict with yourself about stopping. Mark them with the published solutions and write down every question where you weren't sure of the method, even if you got it right. Leave the 2022 paper for the weekend before the test.

If you get stuck on anything, rather than waiting until Tuesday, WhatsApp me on +44 7700 900233 - send a photo of your working and I'll send you a voice note back. Much quicker than email for this sort of thing.

Mr Llewellyn
""", "base64"))

_OSEI = """Dear Professor Guardian,

Leila came to find me at lunch with the news of her interview invitation - many congratulations to her, it's thoroughly deserved. As you know, the MMI is on Wednesday 17 December, after we break up, so I wanted to get the practice sorted before the end of term.

I've booked her in for two mock MMI circuits:
- Tuesday 9 December, 15:45-17:15, Lab S3 (with Dr Forbes and two of our medic alumnae)
- Friday 12 December, 13:10-13:50, a shorter ethics-focused station with me

She should revisit her work experience reflections, have a view on the current pressures in the NHS (waiting lists, GP access, the resident doctors' dispute), and practise the data-interpretation and role-play stations, which catch out more of our applicants than anything else.

As the interview itself falls in the holidays, it's probably simplest if you or Leila ring my personal mobile, 07700-900-481, if anything comes up - a change of time, a travel problem on the day, or if she just wants a last-minute run-through. I'm around for most of the Christmas break.

Best wishes,
Daniel Osei
Teacher of Chemistry | Medicine, Dentistry and Vet Med applications
Example School, Park Row, Leeds LS1 4AP
T: 01632 960000
"""

add("flag", "medicine_mmi_qp_softbreak",
    "chemistry teacher gives parent his personal mobile (hyphenated); QP soft line break splits the number",
    S("osei"), [ALI], "Leila - interview invitation and MMI practice", when(12, 2, 17, 45),
    alt(_OSEI, plain_post=qp_split("07700-900-481", 8), html_post=qp_split("07700-900-481", 7)),
    cc=[LEILA])

add("flag", "oxbridge_html_only_plus44",
    "HTML-only; Oxbridge coordinator offers pupils her own phone on interview days; +44 (0) in signature and tel: link",
    S("chalk"), [AMIRA, ELEANOR, LEILA, NIA], "Interview season - final arrangements", when(11, 28, 16, 30),
    Leaf("text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:11pt">
<p>Dear all,</p>
<p>Most of you now have interview dates, so a few final arrangements before the first week of December.</p>
<ul>
<li><b>Interviewing from school:</b> I have booked the Seminar Room and both library pods for every day from 1 to 12 December. Tell me your slot and I will make sure the room is yours for an hour either side. Mr Webb will set up a wired connection and a second screen.</li>
<li><b>Interviewing from home:</b> please do a test call with me on Teams this week, from the room you will actually use, at the time of day you will actually use it.</li>
<li><b>Pre-reading:</b> if you are sent a text or problem in advance, read it twice and then put it away. They want to see you think, not recite.</li>
<li><b>Lessons:</b> you are excused lessons on your interview day. Let your teachers know; you do not need to ask me.</li>
</ul>
<p>On your interview days I will keep my own phone switched on and with me - call or message me on it any time, before or after, even if it's just to talk it through once you're out. Far better than sitting on your own replaying every answer.</p>
<p>You have all worked extraordinarily hard. Enjoy the conversation.</p>
<p>Dr Chalk</p>
<p style="font-size:9pt;color:#555555">Dr Imogen Chalk<br>
Head of Classics and Oxbridge Coordinator<br>
M (personal): <a href="tel:+447700900395">+44 (0)7700 900 395</a><br>
Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
""", "quoted-printable"))

add("flag", "normandy_own_portable_0044",
    "French trip letter: school trip phone (ok) plus the teacher's own mobile in 0044 form for parents; WhatsApp",
    S("marchand"), [SAM, X("r.okafor.family@gmail.com"), X("helen.rowe77@hotmail.co.uk", "Helen Rowe")],
    "Séjour en Normandie – final details", when(10, 20, 18, 20),
    plain("""Dear parents and carers,

We leave for Normandy a week today, and the girls are very excited (so am I). Some final details:

Départ: Monday 27 October. Please have your daughter at the front of school by 05:15; the coach leaves at 05:30 for the Portsmouth–Caen crossing. Breakfast is on the ferry.
Retour: Thursday 30 October, arriving back at school at approximately 21:00. I’ll post updates on the school app as we go, including when we leave Portsmouth.

We are staying at the residential centre near Bayeux again. The programme includes the Bayeux Tapestry, Arromanches and the Mulberry harbour, the market in Caen (where the girls will have to buy their own picnic in French — non-negotiable!), a bakery workshop, and a day at Mont-Saint-Michel.

Please pack: passport (valid for at least three months after we return), GHIC card, any medication in its original box with a labelled dose, a small rucksack for day trips, and €40–60 pocket money. Phones are allowed but will be collected at 22:00 each night.

While we are away, the trip phone is 07700 900100 — it’s a school mobile and stays with me at all times. Reception around the centre can be patchy on UK networks, so if you can’t get through on it for any reason, my own portable is 0044 7700 900846 (WhatsApp works on that too).

Merci à tous, et à lundi,

Élise Marchand
Head of French
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "8bit"))

add("flag", "careers_text_me_nospace",
    "careers adviser asks pupil to text her personal mobile (written with no spaces)",
    S("careers"), [ELEANOR], "Re: Assessment centre!!", when(11, 12, 11, 2),
    alt("""Hi Eleanor,

Brilliant - a place at the assessment centre is a big step, very few applicants get that far. Definitely wear the suit; flats are absolutely fine. Remember STAR for the competency questions, and have two questions of your own ready about how the placement rotations work.

Text me on 07700900716 the minute you're out on Thursday - I'll be dying to know how it went!

Zara

Zara Haque
Careers and Higher Education Adviser
Example School | 01632 960000

On Wed, 12 Nov 2025 at 10:31, Eleanor Whitfield <19ewhitfield@pupils.example-school.org.uk> wrote:
> Miss Haque I got through to the assessment centre for the engineering degree apprenticeship!!! It's next Thursday in Reading. Do I wear the suit I wore for the interview?
""", style="gmail"), mailer="gmail")

add("flag", "senco_home_landline_brackets",
    "SENCo invites carer to ring her at home on her home landline (bracketed area code)",
    S("okonjo"), [SAM], "Maya - assessment report and next steps", when(11, 4, 15, 20),
    alt("""Dear Sam,

Thank you for your patience while we waited for the specialist assessor's report. I now have it and have read it carefully. The short version is that it confirms what we suspected: Maya's underlying ability is very strong (her verbal reasoning is in the top few percent nationally), but her processing speed and working memory scores are significantly below that, which explains why she runs out of time in tests and why copying from the board is such a struggle for her.

What this means in practice:
- I will add her to the learning support register and write a pupil passport, so that all her teachers know what helps (printed notes, extra time to copy down homework, not being asked to read aloud without warning).
- Her scores mean she is very likely to qualify for 25% extra time in public exams. We don't apply to the exam boards until Year 10, but we'll start using it in her internal assessments now so that it becomes her normal way of working, which the JCQ regulations require.
- I'd like her to try a laptop for extended writing in English and History from next week.

I know you had questions about the report itself, and some of the terminology is heavy going. I'm working from home on Thursday finishing reviews, so if it's easier to talk it through properly rather than squeeze it into a parents' evening slot, ring me at home on (0118) 496 0372 any time after 4 and I'll go through it with you.

With best wishes,

Sarah Okonjo
SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add("flag", "ps_draft_to_my_gmail",
    "biology teacher asks pupil to send her personal statement to his personal gmail",
    S("forbes"), [AMIRA], "Re: PS draft 4", when(10, 5, 19, 50),
    plain("""Amira,

This is much better. Your answer to the first question is now genuinely about why biochemistry, not a list of things you've read, and the enzyme kinetics practical works well as the hinge into the second. The third is still doing too little - you've got Model UN and the Nuffield project in there but you don't say what either taught you about how you work. Cut the sentence about "passion"; the tutors will have read it four hundred times this month.

One practical thing: the comments I put in your Word file didn't come through - the school system seems to be stripping them out of attachments to pupil accounts at the moment. Can you send draft 5 to my gmail instead, alasdair.forbes.bio@gmail.com, and I'll annotate it there and send it straight back? The Oxford deadline is the 15th, so we have ten days, which is plenty.

Dr Forbes

--
Dr Alasdair Forbes
Head of Biology
Example School | 01632 960000
""", "7bit"), mailer="thunderbird")

add("flag", "rome_trip_family_domain",
    "Latin teacher on paternity leave gives parent and pupil his family-domain home e-mail",
    S("travers"), [JANE, ISOBEL], "Classics trip to Rome - deposit, and who to contact over Christmas",
    when(12, 11, 16, 5),
    alt("""Dear Mrs Parent, dear Isobel,

Thank you for returning the form for the Rome trip (8-12 April). Isobel's place is confirmed. The £250 deposit is due by Friday 9 January through the online payment system, and the balance of £540 by 27 February.

A reminder of the outline: we fly from Heathrow on the Wednesday morning and stay in a small hotel near the Campo de' Fiori. The days are the Forum and the Palatine; Ostia Antica; the Vatican Museums (with a 07:30 entry, before the crowds); and a long day trip to Pompeii and Herculaneum on the Saturday. The girls will each give a ten-minute talk on site, which we'll allocate in January.

As you may have heard, I start paternity leave on Monday - our second is due on the 20th! - and I'm told my school account will just give an out-of-office while I'm away. Dr Chalk is looking after the trip administration in the meantime, but if you have any questions about the itinerary, or Isobel wants a hand with her Greek prose over the holidays, do write to me at home on hugo@travers-family.example, which I'll be checking from time to time.

With best wishes for Christmas,

Hugo Travers
Teacher of Latin and Greek
Example School | 01632 960000
"""))

add("flag", "u15_snapchat_group",
    "sports assistant asks squad pupils to add her on Snapchat for a match-day group",
    S("dunn"), [RIYA, FOLA, GRETA, HATTIE, MARIAM], "U15s tomorrow!!", when(11, 14, 16, 40),
    plain("""Hi girls!!

Great training this week. Meet at the sports hall 8.15 tomorrow, coach leaves 8.30, back for about 2. Mouthguards + goggles or you don't play, no exceptions!!

I've set up a snap group for match days so I can send updates if the coach is late etc - add me, I'm keeleyd_lax, and I'll add you all in tonight.

Let's goooo 💜

Miss Dunn
Graduate Sports Assistant
Example School
""", "quoted-printable"), mailer="gmail-app")

add("flag", "cs_discord_server",
    "CS teacher invites Y12 pupils to join his own Discord server (invite link, username)",
    S("adeyemi"), [ISOBEL, SOPHIA, TARA, LARA], "12C - a few things after today", when(9, 22, 12, 15),
    alt("""Hello 12C,

A few things after today's lesson:

1. The NEA doesn't start formally until the summer term, but you should now be thinking about a problem you would actually like to solve. The best projects usually have a real "client" - a parent's business, a club you belong to, a teacher with an annoying spreadsheet.

2. Please finish the recursion exercises in the department shared drive (Y12 > Week 3) by Friday. Question 6 (the Towers of Hanoi) is the one that matters.

3. Install VS Code and Python 3.12 on your home machine if you haven't already. Instructions are on Teams.

Lots of you said you get stuck in the evenings. I run a Discord server for my A-level groups where people post questions and I (or, more often, someone else) answer them. Join here: https://discord.gg/q7VmTr4Kp - I'm femi.codes on there. Please use your first name as your display name.

Mr Adeyemi

Femi Adeyemi
Head of Computer Science
Example School, Park Row, Leeds LS1 4AP
"""))

add("flag", "office_facebook_friend",
    "office manager asks a carer to find her on Facebook and send a friend request (private swap group)",
    S("gwen"), [SAM], "Uniform swap", when(12, 5, 12, 48),
    plain("""Hi Sam,

Lovely to chat at the gate this morning! As promised, here's the info about the blazer swap. We keep a rail of good second-hand blazers and kilts (clean, name tapes removed) in the Old Library, and it's open on the first Friday of every month from 8.15 until 9. Just come in through the main entrance and sign in at reception. Everything is free - we just ask for a donation to the PTA if you can.

Oh, and the Facebook group I mentioned for the local swap is private, so find me on Facebook (Gwen Pritchard, Chesham - the photo's me and the spaniel on the beach) and send me a friend request, then I can add you to it.

Have a lovely weekend,
Gwen

Gwen Pritchard
School Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
"""))


# ======================================================================================
# CLEAN, hard negatives: look like personal details, but are not the sender's own
# personal contact details given to a parent or pupil
# ======================================================================================

add("clean", "head_race_school_trip_mobile",
    "school-owned trip mobile stated as such; rowing club address with postcode",
    S("fairbairn"), [JANE, ISOBEL, SOPHIA, CLEMMIE, AMIRA],
    "Small Boats Head, Sunday 16 November - arrangements", when(11, 12, 18, 30),
    alt("""Dear parents and crews,

Arrangements for Sunday's Small Boats Head at Marlow.

Timings
- Minibus and trailer leave school at 07:00 (crews to help load from 06:45)
- Division 1 marshalling 09:15; the J18 quad and the two doubles are all in division 1
- Division 2 marshalling 12:30 (the senior four)
- Back at school at around 16:30, depending on the results and how quickly we de-rig

Venue
Ferry Reach Rowing Club, Lock Lane, Marlow SL7 1ZZ. Parking for spectators is in the field behind the clubhouse (£5, cash only). The best place to watch is the stretch of bank below the lock cut; the finish is at the club landing stage.

On the day
Please use the school trip mobile, 07700 900100, if you need to reach us. It's a school phone and will be with me on the bank all day. I won't be looking at my own phone while we're boating, and please don't ring the club - the office is unstaffed on race days.

The girls need all-in-ones, school splash tops, hats and plenty of food. Hot drinks and bacon rolls are available at the club from 08:00.

Many thanks,
Tom Fairbairn
Director of Rowing
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", logo=True))

add("clean", "attendance_parent_number_readback",
    "attendance officer reads back the parent's own new and old mobile numbers",
    S("attendance"), [JANE], "Isobel - absence today and contact details updated", when(11, 10, 9, 40),
    plain("""Dear Mrs Parent,

Thank you for ringing in this morning to let us know Isobel is unwell. I have recorded her as absent through illness for today. If she is still unwell tomorrow, please ring the absence line again before 8.30 (01632 960000, option 1) or report it through the parent app.

As you asked, I have also updated your contact details on our system. Your mobile number is now 07700 900123, and I've removed the old number (07700 900864) so that it won't be used again. Absence and emergency texts will go to the new number from today.

I hope Isobel feels better soon.

Kind regards,
Lorraine Beck
Attendance Officer
Example School
Park Row, Leeds LS1 4AP
01632 960000
"""), mailer="other")

add("clean", "predicted_grade_reply_outlook_quote",
    "deputy head replies to parent; quoted Outlook block contains the PARENT's mobile, work number and home address",
    S("ellery"), [ALI], "RE: Leila - predicted grade in Chemistry", when(10, 16, 10, 15),
    alt("""Dear Professor Guardian,

Thank you for your email of Monday, and for the care with which you have set out your concerns. I have now discussed Leila's Chemistry prediction with Mrs Raman and with the Head of Chemistry, and I want to explain how we arrived at it rather than simply restate it.

Our predicted grades are set by the subject teachers and then moderated by the head of department against a consistent body of evidence: the Year 12 summer examination, the two assessed practical write-ups, and the first three topic tests of this term. Leila's summer paper was a secure A (74%) and her topic tests since have been in the high A range. An A* prediction requires evidence of consistent A* performance, and in fairness to every other applicant we have not made exceptions to that principle, however strong the rest of a candidate's profile.

I understand entirely why this matters for a medicine application. I would make two points. First, the medical schools to which Leila is applying make offers of A*AA or AAA, and a predicted A in Chemistry alongside A* predictions in Biology and Mathematics meets the published criteria for all four. Second, her reference, which Mrs Raman has written, describes her academic potential in terms that are, frankly, as strong as any we have written this year.

If you would like to meet to discuss this further, I would be glad to. My PA, Mrs Holt, can arrange a time on 01632 960000.

Yours sincerely,

Mark Ellery
Deputy Head (Academic)
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 13 October 2025 21:58
To: Mark Ellery <m.ellery@example-school.org.uk>
Cc: Priya Raman <p.raman@example-school.org.uk>
Subject: Leila - predicted grade in Chemistry

Dear Mr Ellery,

I write regarding the predicted grade of A that Leila has been given in Chemistry. I should say at the outset that I have no wish to undermine her teachers, who have been excellent. However, I note that her most recent test scores (88% and 91%) would, on any reasonable reading of the published grade boundaries, sit comfortably within the A* band, and I would be grateful to understand the basis on which the prediction was made and whether it can be reviewed before her UCAS application is submitted on the 15th.

I am travelling for most of this week but can be reached on my mobile or at the department.

Yours sincerely,

Professor Ali Guardian
Department of Mechanical Engineering
Tel: 020 7946 0412 | Mob: 07700 900789
Home: 9 Cedar Walk, Beaconsfield HP9 2ZZ
"""))

add("clean", "lacrosse_away_coach_company",
    "away fixture: coach firm's duty office number, host school address/postcode, school sports mobile",
    S("whitlock"), [SAM, X("lucy.fenwick82@yahoo.co.uk", "Lucy Fenwick")],
    "U14A v St Aldhelm's - Saturday", when(9, 30, 17, 2),
    plain("""Dear U14A parents,

Saturday's fixture is away at St Aldhelm's. The coach (Chiltern Vale Travel) leaves from the sports hall car park at 08:15, so the girls should be there by 08:00 in full kit with their school tracksuit over the top. We play two 25-minute halves at 10:00 followed by a short 7s round, and the coach should be back at school at around 13:30.

If you are driving yourselves to watch, the address is St Aldhelm's School, Pennfield Road, Great Kimble HP17 9ZZ. Park on the main drive and follow the signs for the astro; the pitches are a five-minute walk from the car park.

If the coach is delayed on the way back, the team's phone is the sports department mobile, 07700 900105 (a school phone, it'll be with me), and Chiltern Vale's duty office can also tell you where the coach has got to on 0118 496 0540.

Team sheet:
GK Phoebe; D Jess, Maya, Anya; M Lottie, Priya, Ellen; A Grace, Tilly, Sasha, Ruby, Isla
Subs: Freya, Martha

Thank you,
Caroline Whitlock
Head of Lacrosse
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""", "8bit"))

add("clean", "exchange_host_family_details",
    "French exchange: gives the carer the host family's address and e-mail (third party, for a reason)",
    S("marchand"), [SAM], "Échange avec Caen – votre famille d'accueil", when(12, 1, 16, 55),
    alt("""Dear Sam,

I'm delighted to tell you that we have now matched all the girls for the Caen exchange in March, and Maya will be staying with the Delacroix family. Their daughter, Inès, is 14 and in her third year at the collège; she plays the flute, loves horses and — I'm told — is very keen to practise her English on Maya!

Their details, so that you can make contact before the visit:

Famille Delacroix (Sophie and Julien, Inès and her younger brother Louis)
7 allée des Charmilles, 14000 Caen
sophie.delacroix.caen@gmail.com

Madame Delacroix has said she would be very happy to hear from you before Christmas, in English or French. Many of our families exchange a few emails and a photo or two; the girls usually start messaging each other as soon as they have the details, so do keep an eye on that in the usual way.

Inès will come to us from 9 to 16 March and Maya will go to Caen from 23 to 30 April. I'll send a full information letter in January.

Bien à vous,

Élise Marchand
Head of French
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), enc_subject=True)

add("clean", "mock_candidate_number",
    "exams officer gives a pupil her candidate number, centre number, seat and room - numbers, not phones",
    S("exams"), [RIYA], "Your candidate number for the mocks", when(11, 20, 12, 5),
    plain("""Hi Riya,

As promised, here are your details for the Year 11 mocks, which start on Monday 24 November. Please copy them into your planner so you don't have to come and find me again!

Candidate number: 4127
Centre number: 61234
Candidate name as it appears on the seating plan: DESAI, Riya

Your seat in the Sports Hall is D14 for all papers except Computer Science (which is in the ICT suite, room L12, seat 22) and the French speaking exam (your slot is 10:40 on Wednesday 26 November in M3).

Remember: clear pencil case, black pen, no smartwatches, and your phone switched off in your bag at the back of the hall. If you are ill on the morning of an exam, your parent must ring 01632 960000 before 8.15.

Good luck - you'll be great.

Harriet Dunmore
Examinations Officer
Example School
"""), mailer="other")

add("clean", "english_reading_list_isbn",
    "reading list with ISBNs, prices and page numbers",
    S("lund"), [ISOBEL, CLEMMIE, TARA, LARA, SOPHIA], "Y12 English Literature - texts to buy", when(9, 3, 14, 5),
    alt("""Dear 12E,

Welcome to A-level English Literature! Please buy your own copies of the following, in these editions so that we are all on the same page numbers. You will be annotating them heavily, so second-hand is fine but library copies are not.

Tess of the d'Urbervilles, Thomas Hardy (Oxford World's Classics), ISBN 978-0-19-879367-6, about £8.99
The Handmaid's Tale, Margaret Atwood (Vintage), ISBN 978-0-09-974091-9, about £9.99
A Streetcar Named Desire, Tennessee Williams (Penguin Modern Classics), ISBN 978-0-14-119027-1, about £9.99
The Poems of Christina Rossetti - we will use the department anthology, so you don't need to buy this one

The school bookshop has a few copies of each at a discount (Tess is £6.50 there). If cost is a problem for any reason, please come and see me quietly - the department has a fund for exactly this and no one else needs to know.

Please have read the first two Phases of Tess (to the end of chapter 15, p. 104 in the OUP edition) by Monday 15 September.

Ms Lund

Rebecca Lund
Teacher of English
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", style="gmail"), mailer="gmail")

add("clean", "berlin_balance_bank_details",
    "bursar gives the school's bank sort code/account and payment reference for a trip balance",
    S("finance"), [ALI], "Year 13 History trip to Berlin - balance due", when(10, 7, 11, 20),
    plain("""Dear Professor Guardian,

Year 13 History trip to Berlin, 14-17 February 2026

Thank you for the deposit. The balance of £385.00 is now due and should reach us by Friday 31 October. The easiest way to pay is through the online payment system, where the trip appears under "Trips & Visits".

If you would prefer to pay by bank transfer, our details are:

Account name: Example School General Fund
Sort code: 30-94-71
Account number: 20458813
Reference: BERLIN26 GUARDIAN L

Please use the reference exactly as shown so that we can match the payment to Leila's account.

If you would like to spread the cost, or if there is any difficulty, please contact me in confidence on 01632 960000 or by replying to this email.

Yours sincerely,

Joanna Kerslake
Bursar
Example School, Park Row, Leeds LS1 4AP
""", "quoted-printable"), mailer="other")

ICS_TEAMS = ics_fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000R30OXBRIDGEEVE
DTSTAMP:20250924T090000Z
DTSTART:20251008T170000Z
DTEND:20251008T183000Z
SUMMARY:Oxbridge and competitive courses - information evening (online)
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Dr Imogen Chalk:mailto:i.chalk@example-school.org.uk
DESCRIPTION:Join on your computer or mobile app: https://teams.example.com/l/meetup-join/19%3ameeting_R30OxEve\nMeeting ID: 384 219 775 632\nPasscode: Xy7pQ2\nDial in by phone: +44 20 7946 0873\,\,914227561# United Kingdom\, London\nPhone conference ID: 914 227 561#
END:VEVENT
END:VCALENDAR
""")

add("clean", "oxbridge_evening_teams_ids",
    "online parents' evening: Teams meeting ID, passcode, conference dial-in number, dates and times (+ .ics)",
    S("chalk"), [JANE, ISOBEL], "Oxbridge and competitive courses - online information evening, Wed 8 Oct",
    when(9, 24, 10, 0),
    mixed(alt("""Dear Year 12 parents and students,

I'd like to invite you to our online information evening on applying to Oxford, Cambridge and other highly competitive courses (medicine, dentistry, veterinary science and law) on Wednesday 8 October, 18:00-19:30.

We'll cover:
- the timeline: from supercurricular reading in Year 12 to interviews in December of Year 13
- admissions tests, and which courses now use them
- how to choose a college, and whether it matters
- what the interview is, and what it isn't

Two of our alumnae (a current Cambridge medic and an Oxford historian) will join us for questions at the end.

Microsoft Teams meeting
Join on your computer or mobile app: https://teams.example.com/l/meetup-join/19%3ameeting_R30OxEve
Meeting ID: 384 219 775 632
Passcode: Xy7pQ2
Or call in (audio only): +44 20 7946 0873,,914227561#   Phone conference ID: 914 227 561#

A calendar invitation is attached. The session will be recorded for those who can't make it live.

With best wishes,
Dr Imogen Chalk
Head of Classics and Oxbridge Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), att("text/calendar", "meeting.ics", ICS_TEAMS, params="method=REQUEST")),
    cc=[HANNAH, SOPHIA])

add("clean", "declines_to_give_mobile",
    "teacher declines parent's request for her personal number; points to school office line",
    S("barraclough"), [JANE], "Re: Revision for the Further Maths assessment", when(11, 27, 16, 5),
    alt("""Dear Mrs Parent,

Thank you - I'm glad the extra session helped, and Isobel's last two homeworks have been a real step up.

I'm afraid I'm not able to give out my personal number; it's school policy, and honestly it protects all of us. The best way to reach me is by email here, which I check every school day, or through the office on 01632 960000, who will pass on a message and I'll ring you back from school.

For the revision itself, Isobel is very welcome at the Thursday clinic (16:00-17:00 in M5) between now and the assessment, and I'll put the two extra past papers we discussed on Teams tonight.

Best wishes,
Chloe Barraclough
Teacher of Mathematics
Example School | 01632 960000

On Thu, 27 Nov 2025 at 12:41, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Miss Barraclough,
> Thank you so much for staying late with Isobel on Tuesday. Could you possibly let me have your mobile number? It would be so much easier to text you quickly about her revision plan than to email, particularly as I am in court most days.
> Best wishes, Jane
""", style="gmail"), mailer="gmail")

add("clean", "esafety_parent_forum_apps",
    "DSL e-safety note to parents names Snapchat/WhatsApp/TikTok/Discord etc. without inviting anyone",
    S("dsl"), [JANE, SAM, ALI], "Parent Forum - staying safe online this term", when(9, 19, 15, 0),
    alt("""Dear members of the Parent Forum,

Thank you to everyone who came on Tuesday. As promised, here is a summary of what we discussed about the apps the girls are using this term.

What they use
In our survey of Years 7-11 last summer, the most used apps were WhatsApp, Snapchat, TikTok, Instagram and YouTube, with Discord growing quickly among the older girls (mostly for gaming and study servers). Most of these have a minimum age of 13; WhatsApp's is 13 in the UK.

What we see
The issues we deal with are rarely about strangers. They are much more often group chats that turn unkind, screenshots shared beyond the people they were meant for, and "streaks" and location sharing (Snap Map) that make it hard for girls to switch off.

What helps
- Keep phones out of bedrooms overnight; we know this is hard.
- Check Snap Map is set to "Ghost Mode", and that Instagram accounts are private.
- Talk about group chats: who is in them, and what they would do if one turned nasty.
- Ask your daughter to show you the apps rather than trying to police them from a distance.

A reminder about staff
Staff at Example School will never ask your daughter to follow them, add them, or message them on any personal account or app, and they will never give pupils their personal mobile numbers. All communication should come through school email, Teams or the school app. If this ever happens, please tell me straight away.

The slides and a list of useful guides are on the parent portal under Safeguarding.

With best wishes,
Naomi Fielding
Deputy Head (Pastoral) and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000 | dsl@example-school.org.uk
"""))

add("clean", "hr_new_starter_staff_only",
    "HR note to staff only containing a new teacher's home address, personal mobile and personal e-mail",
    S("hr"), [S("head"), S("office"), S("webb"), S("finance")],
    "New starter - Ms Anouk de Vries, Teacher of Spanish (from 3 November)", when(10, 22, 14, 30),
    plain("""Dear all,

Anouk de Vries joins us as Teacher of Spanish (0.8 FTE, maternity cover for Mrs Castell) on Monday 3 November. Her enhanced DBS has come back clear and her references are on file, so we are good to go.

For your records:

Home address: Flat 2, 18 Somerset Villas, Reading RG1 9ZZ
Personal mobile (for HR and emergencies only): 07700 900331
Personal email (payroll portal login until her school account is live): anouk.devries@protonmail.com
Emergency contact: Pieter de Vries (husband), 07700 900332

Marcus - please can she have a network account, laptop and Teams set up by Friday 31 October?
Gwen - ID badge and keys please; she'll come in for a photo on Thursday 30th at 2pm.
Joanna - payroll form and bank details are in the HR folder.

Please don't forward these details beyond those who need them.

Thanks,
Ruth

Ruth Abernethy
HR Manager
Example School
"""), mailer="other")

add("clean", "staff_drinks_at_mine",
    "end-of-term staff social at a teacher's home: address, postcode and mobile sent to colleagues only",
    S("lund"), [S("chalk"), S("travers"), S("mehta"), S("barraclough"), S("osei"), S("llewellyn")],
    "End of term drinks - Friday 19th, at ours", when(12, 8, 20, 14),
    plain("""Hello lovely people,

We survived! Or we will have by the 19th. Jonny and I would love you to come over for end-of-term drinks on Friday 19 December from about 7 - partners very welcome, and bring whoever else from the staffroom I've forgotten (sorry in advance).

27 Orchard Rise, Penn - HP10 8ZZ for the satnav, which will try to send you down a farm track, ignore it and take the second left after the pub. Parking on the road is fine.

There'll be mulled wine, too much cheese and Jonny's famous (infamous) curry. Let me know if you're veggie/vegan/anything else.

If you get lost, ring me on 07700 900577.

Bex x
"""), mailer="gmail")

add("clean", "medical_school_admissions_office",
    "teacher gives a pupil and her parent the medical school admissions office's phone and e-mail",
    S("osei"), [NIA], "Re: Deferred entry question", when(9, 25, 13, 20),
    alt("""Hi Nia,

Good question, and not one I can answer definitively for you - each medical school has its own policy on deferred entry, and some (including the one you're asking about) have changed theirs in the last two years.

The best thing is to ask them directly before you submit. Their admissions office is on 020 7946 0321 (Monday to Friday, 10:00-16:00) and the email is medadmissions@example.org. Have your UCAS Personal ID ready if you ring, and keep a note of who you spoke to and what they said, or better still get it in writing by email.

Whatever they say, your personal statement shouldn't mention a gap year unless you have a concrete plan for it.

Best,
Mr Osei

Daniel Osei
Teacher of Chemistry | Medicine, Dentistry and Vet Med applications
Example School, Park Row, Leeds LS1 4AP
T: 01632 960000
"""), cc=[X("rachel.adebayo@example.com", "Rachel Adebayo")])

add("clean", "nurse_helplines_camhs",
    "school nurse gives carer CAMHS, a freephone parent helpline and text service numbers",
    S("nurse"), [SAM], "Following up our conversation about Maya", when(11, 26, 13, 30),
    plain("""Dear Sam,

Thank you for coming in to see me yesterday. I know it wasn't an easy conversation, and I want to say again that you did exactly the right thing in raising it early.

As we agreed, I've let Mrs McAllister know in general terms that Maya is finding things hard at the moment, so that her teachers can be a little gentler about deadlines. I haven't shared any detail.

The services we talked about:

- Your GP is the first port of call for a referral; it's worth booking a double appointment and taking the notes you made.
- Bucks CAMHS single point of access: 0118 496 0650 (Monday to Friday, 9-5). Parents can self-refer.
- The parents' helpline I mentioned: 0808 157 0192 (freephone, weekdays 9.30-4). They are very good at helping you think about what to say.
- Kooth is a free, anonymous online counselling service for young people, which Maya can use herself.
- If Maya is ever in crisis out of hours, she can text SHOUT to 85258, or you should call 111 or go to A&E.

Maya knows she can come to the medical room at any break or lunchtime, and that she doesn't need to give a reason.

With best wishes,

Bridget Harland RGN
School Nurse
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "quoted-printable"))

add("clean", "colleague_school_direct_lines",
    "deputy head, away at a conference, gives parent the school's own direct-dial numbers for colleagues",
    S("ellery"), [JANE], "Isobel's timetable from 3 November", when(10, 21, 8, 5),
    alt("""Dear Mrs Parent,

Following Isobel's Further Maths assessment and her conversation with Mrs Raman, I'm writing to confirm the change to her timetable from Monday 3 November. She will stop Further Maths and use the four freed periods for her EPQ (supervised by Mr Mehta) and two supervised study periods in the library. Her Maths, Economics and History lessons are unchanged.

We will record the change with the exam board in January; there is no cost to you and nothing she needs to do.

I'm at a conference on Thursday and Friday this week. If you need anything before I'm back, my PA, Mrs Holt, is on her direct line 01632 960003, or the Sixth Form office on 01632 960021 can help with anything to do with the timetable itself.

Yours sincerely,

Mark Ellery
Deputy Head (Academic)
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
"""))

add("clean", "debate_at_other_school",
    "debate at another school: host school's address/postcode and switchboard number",
    S("lund"), [LEILA, AMIRA, RIYA, GRETA], "Friendly debate at Beechwood Park - Thursday 2 October", when(9, 23, 12, 50),
    plain("""Hi all,

The friendly against Beechwood Park is confirmed for Thursday 2 October. Two teams of two: Leila and Amira as the senior pair, Riya and Greta as the junior pair (your first outing against another school - exciting!).

The format is BP-style, four rounds, with motions released 15 minutes before each debate. We'll practise prep-time technique at Tuesday's club.

We'll go in the minibus from the sports hall car park at 15:50 and be back by about 20:00. Parents collecting from school, please be there at 20:00; if you'd rather collect from Beechwood, the address is Beechwood Park School, Amersham Road, High Wycombe HP13 9ZZ, and the debates are in the Old Library (follow signs from reception).

If we're running late I'll let the office know, and they'll text you. On the evening itself, Beechwood's reception is on 0118 496 0233 and will be staffed until 19:30.

Wear school uniform (blazers on for the debates, please). Bring water and something to eat - they're generous with biscuits but that's about it.

Ms Lund
"""), mailer="other")

add("clean", "ucas_ids_and_buzzword",
    "sixth form UCAS notice: UCAS Personal ID format, centre number, buzzword, dates - numbers not phones",
    S("raman"), [X(f"year13@{PUP}", "Year 13")], "UCAS - final checks before your application goes", when(9, 29, 8, 10),
    alt("""Dear Year 13,

We are now in the busiest fortnight of the application season, so please read this carefully.

1. Deadlines
- Oxford, Cambridge, medicine, dentistry, veterinary science: your application must be with me, complete, by Monday 6 October so that references can be attached before the national deadline of 15 October.
- All other courses: internal deadline Friday 21 November (the national deadline is 14 January, but we want everything away before Christmas).

2. Your UCAS Personal ID
This is the ten-digit number shown at the top of your UCAS Hub, in the format 123-456-7890. Write it down and keep it somewhere safe - universities will ask for it in every email, and so will I.

3. Linking to school
If you haven't already linked your application to the school, use the buzzword EXSCH2026 in the Hub. Our UCAS centre number is 26123.

4. Fee
The application fee is £28.95 for up to five choices. Pay it yourself in the Hub when you submit; if this is a problem, speak to me confidentially.

5. Personal statements
Please make sure the version in the Hub is the final one your tutor has approved; I will be checking each against the copy on Teams.

Come and see me in the Sixth Form office if anything is unclear.

Mrs Raman

Priya Raman
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
"""), mailer="outlook")

add("clean", "gold_dofe_expedition_phone",
    "DofE expedition: school-owned expedition mobile stated as such, campsite phone, grid references",
    S("hollis"), [JANE, ISOBEL, HANNAH, TARA], "Gold DofE practice expedition, 24-27 October", when(10, 13, 17, 40),
    alt("""Dear Gold participants and parents,

The practice expedition in the Brecon Beacons goes ahead over half term, from Friday 24 to Monday 27 October. Final details:

Departure: Friday 24 October, 07:30 from the minibus bay. Return: Monday 27 October, approximately 18:00.

Route: four days, about 80 km in total, camping each night. The start point is at SO 034 219 and the final checkpoint is at SN 982 247. The group's route cards have been checked and signed off.

Campsites:
Night 1 - Nant Ddu farm campsite (booked through the school)
Night 2 - wild camp with landowner's permission (not publicly listed)
Night 3 - Cwm Isaf campsite, 029 2018 0457

Emergency contact: the DofE expedition phone, 07700 900200, is a school-owned mobile carried by the supervising staff at all times. Please only use it in a genuine emergency; for anything else, the school office on 01632 960000 can pass messages to us during the day. The girls will not have phone signal for much of the route.

Kit check: Wednesday 22 October, 15:45 in G2. Anything missing after that will need to be sorted by the Friday morning.

Best wishes,

Ben Hollis
Geography | DofE Manager
Example School, Park Row, Leeds LS1 4AP | Tel 01632 960000
"""))

add("clean", "office_contact_record_readback",
    "office confirms the carer's own updated e-mail, landline and home address back to the carer",
    S("office"), [SAM], "Contact details updated", when(9, 12, 11, 45),
    plain("""Dear Sam,

Thank you for filling in the data collection sheet. I've updated Maya's record as follows:

Main contact email: sam.carer@outlook.com (replacing samcarer1979@hotmail.co.uk, which has now been removed)
Home telephone: 0118 496 0218
Mobile: 07700 900456
Home address: 14 Elm Grove, Chesham HP5 9ZZ

Please check these carefully and let me know if anything is wrong - it's the address we'll use for reports and the number the first-aid team will ring if Maya is unwell.

Kind regards,

Gwen Pritchard
School Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), mailer="other")

add("clean", "forward_club_welfare_officer",
    "forward of a rowing club notice: the club welfare officer's mobile and club e-mail (third party)",
    S("fairbairn"), [JANE, ISOBEL, CLEMMIE], "Fwd: Junior winter training at Ferry Reach RC", when(11, 3, 19, 5),
    alt("""Hi all,

Forwarding this from Ferry Reach, as a few of you asked about rowing at the club over the Christmas holidays when school training stops. It's entirely optional and separate from school rowing, so any questions about it should go to the club rather than to me.

Tom

---------- Forwarded message ---------
From: Juniors Coordinator <juniors@example.org>
Date: Mon, 3 Nov 2025 at 14:22
Subject: Junior winter training at Ferry Reach RC
To: Tom Fairbairn <t.fairbairn@example-school.org.uk>

Dear Tom,

We're running our junior winter training camp again from 22 to 24 December and 29 to 31 December, 09:00-13:00 each day, for J15-J18 athletes who can already scull competently. The cost is £75 for all six sessions (£15 for a single day). Athletes must be club members or take out a temporary membership (£10).

Bookings and questions: juniors@example.org.

The club welfare officer for the camp is Debbie Lane, who can be reached on 07700 900442 if parents have any safeguarding or welfare questions before booking.

Best wishes,
Alison Grey
Juniors Coordinator, Ferry Reach Rowing Club
"""))

add("clean", "visiting_singing_teacher",
    "music director passes on a self-employed visiting singing teacher's e-mail/mobile for lesson changes [unsure]",
    S("brandt"), [ALI], "Leila's singing lessons", when(9, 10, 9, 35),
    alt("""Dear Professor Guardian,

Thank you for letting me know that Leila would like to carry on with singing this year and work towards her Grade 8 in the spring. I'm very pleased - her performance at the summer concert was lovely.

Her teacher will again be Harriet Osgood, who teaches singing here on Tuesdays and Wednesdays. As you'll remember, our visiting instrumental teachers are self-employed and invoice families directly each term, so any questions about fees, lesson times or swapping a lesson around a UCAS interview should go to her:

Harriet Osgood
harriet.osgood.voice@gmail.com
07700 900688

Lessons restart on Tuesday 16 September. Leila's slot this term is 12:20 (period 4 rotates, so she won't miss the same lesson every week).

With best wishes,
Oliver Brandt
Director of Music
Example School | Park Row, Leeds LS1 4AP | 01632 960000
"""))

add("clean", "hospital_work_experience",
    "careers adviser gives a pupil the hospital medical education office's number and venue postcode",
    S("careers"), [SOPHIA], "Your work experience at Thames Valley General", when(12, 3, 10, 40),
    plain("""Hi Sophia,

Great news - the hospital has confirmed your placement for the week of 9 February (Monday to Thursday, 08:30-16:00). You'll spend two days with the care of the elderly team, one in outpatients and one shadowing the hospital pharmacy.

On the Monday, report to the Medical Education Centre, Level 2, Thames Valley General Hospital, London Road, Reading RG1 9ZZ, and ask for Mrs Joanne Pike. If you're delayed or unwell, ring the Medical Education Office on 0118 496 0777 (extension 4410) before 8.30, and also let the school know.

Before you go, you must:
- complete the hospital's online confidentiality module (link in the attached letter);
- return the signed placement agreement to me by Friday 16 January;
- bring photo ID on the first day.

Keep a reflective diary each evening - it will be invaluable for your personal statement and interviews.

Zara

Zara Haque
Careers and Higher Education Adviser
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""), mailer="other")

add("clean", "facebook_request_declined",
    "Head of Sixth Form politely declines a parent's Facebook friend request and explains the policy",
    S("raman"), [ALI], "Facebook", when(11, 18, 17, 50),
    alt("""Dear Professor Guardian,

I hope you won't mind me writing about something slightly awkward. Thank you for the friend request on Facebook yesterday - I do appreciate the thought, and it was lovely to chat at the Sixth Form concert.

I'm afraid I won't accept it, and I hope you won't take that personally. Staff here aren't able to be friends with parents or pupils on social media while they're at the school, and I keep my own accounts entirely private. It protects both sides, and it means there's never any question about how Leila's application is being handled.

Please do carry on emailing me here about anything at all - I'm always glad to hear from you.

With best wishes,
Priya Raman
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
"""))

add("clean", "rowing_kit_order_refs",
    "kit order confirmation: order reference, prices, collection times - numbers not phones",
    S("office"), [JANE], "Rowing kit order RK-2025-0419", when(11, 13, 14, 2),
    alt("""Dear Mrs Parent,

Thank you for your order for Isobel's rowing kit, which has now arrived.

Order reference: RK-2025-0419
1 x all-in-one (size 10), £46.50
1 x school splash top (size S), £38.00
1 x hat, £12.00
Total paid: £96.50 (payment ref 2025111308841)

The kit can be collected from the boathouse on Tuesday 18 November, 16:00-17:30, or from school reception any weekday, 08:15-16:30. If Isobel is collecting, she just needs to give her name.

Kind regards,

Gwen Pritchard
School Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", style="gmail"), mailer="gmail")

add("clean", "y9_residential_out_of_hours",
    "residential letter: 24-hour school trip mobile (stated as school-owned), outdoor centre's phone and postcode",
    S("mcallister"), [SAM, X("helen.rowe77@hotmail.co.uk", "Helen Rowe"), X("mark.j.bell@sky.com", "Mark Bell")],
    "Year 9 residential, 16-19 October - final information", when(10, 6, 16, 45),
    alt("""Dear parents and carers,

We are looking forward to the Year 9 residential at Kingsdown Outdoor Centre from Thursday 16 to Sunday 19 October. Final information is below.

Departure: Thursday 16 October, 08:30 from the front of school (please arrive by 08:15). Return: Sunday 19 October at approximately 15:00.

Address: Kingsdown Outdoor Centre, Moor Lane, Edale S33 9ZZ. The centre's office is on 0161 496 0384 during the day, but please don't ring the centre in the evenings - they are not able to pass on messages to the girls.

Emergency contact while we're away: our out-of-hours trip phone, 07700 900101. This is a school mobile, staffed 24 hours a day by the trip leaders. We'll post a short update and photos on the school app each evening.

Kit list: attached to the original letter and on the parent portal. Please label everything. Walking boots must be worn in before the trip.

Medication must be handed to Mrs Harland in the medical room, in its original packaging, by Tuesday 14 October, with the form.

Phones: girls may bring phones for the journey, but these will be collected on arrival and returned on Sunday. They will be allowed a short call home on Saturday evening if they wish.

With thanks,

Fiona McAllister
Head of Year 9
Example School | 01632 960000
"""))

add("clean", "regatta_entries_own_mobile_external",
    "rowing director gives his own mobile only to the external regatta organisers (no parent/pupil recipient) [unsure]",
    S("fairbairn"), [X("entries@example.org", "Small Boats Head Entries")], "Entries - Example School BC", when(10, 28, 9, 12),
    plain("""Dear Entries Secretary,

Please find our entries for the Small Boats Head on 16 November below. Payment of £168 (6 crews at £28) has been made by BACS today, reference EXSCHBC SBH.

J18 4x-   Example School BC (A)   stroke I. Parent
J18 2x    Example School BC (A)   stroke S. Banerjee
J18 2x    Example School BC (B)   stroke C. Morrow
J16 4x+   Example School BC       stroke M. Ruiz
W 4+      Example School BC       stroke A. Khoury
WJ15 4x+  Example School BC       stroke G. Lindqvist

Our coaches on the day will be me and Mrs Whitlock. We'll bring two launches' worth of umpiring volunteers if you need them. Please note our crews are all under 18; our safeguarding lead is on 01632 960000 in term time.

On the day itself my own mobile is the quickest way to reach me: 07700 900312.

Many thanks,

Tom Fairbairn
Director of Rowing
Example School, Park Row, Leeds LS1 4AP
""", "8bit"), mailer="thunderbird")

add("clean", "winter_ball_venue",
    "sixth form ball letter: hotel venue address/postcode and events team phone, taxi firm number",
    S("raman"), [JANE, ALI, X(f"year13@{PUP}", "Year 13")], "Sixth Form Winter Ball - Friday 12 December",
    when(11, 7, 12, 0),
    alt("""Dear parents and students,

Tickets for the Sixth Form Winter Ball are now on sale through the online payment system (£55, including a three-course dinner and the band). The Ball is on Friday 12 December, 19:00-23:30.

Venue: Hartley Grange Hotel, Hartley Lane, near Amersham HP7 9ZZ. There is plenty of parking. Please don't contact the hotel directly about tickets, seating or dietary requirements - all of that goes through the Sixth Form office (01632 960021). The hotel's events team (0118 496 0811) is happy to answer questions about access and step-free routes.

Dress code: black tie / evening dress.

Carriages at 23:30. If you are booking a taxi home, Amersham Cars (0118 496 0299) have offered a group rate and know the site; please book by 5 December.

As always, this is a school event and the school's behaviour and alcohol policies apply in full. Staff will be present throughout.

Best wishes,

Priya Raman
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
"""))

add("clean", "pupil_sent_her_number",
    "maths head replies to a pupil who e-mailed her own mobile; won't text, keeps to school e-mail",
    S("quayle"), [RIYA], "Re: Maths Challenge team", when(10, 14, 13, 25),
    alt("""Hi Riya,

Thank you - I'm delighted you'd like to be part of the Senior Team Maths Challenge squad, and yes, Year 11s are very welcome.

Just so you know, I won't be texting you: I keep all my contact with students to school email and Teams, so please don't worry about sending me your number. I've passed it to the office in case it needs updating on your record, and deleted it from here.

Practice sessions are on Thursdays at 16:00 in M2, starting this week. Bring a pencil and a friend if they're keen.

Mrs Quayle

Deborah Quayle
Head of Mathematics
Example School | 01632 960000

On Tue, 14 Oct 2025 at 11:08, Riya Desai <21rdesai@pupils.example-school.org.uk> wrote:
> Dear Mrs Quayle, I'd really like to try out for the maths challenge team. I'm often at netball after school so my number is 07700 900955 if it's easier to text me when practices are. Thank you, Riya
""", style="gmail"), mailer="gmail")

add("clean", "official_sport_instagram",
    "Director of Sport introduces the school's official sports Instagram, run by the school [unsure]",
    S("marsh"), [JANE, SAM, ALI], "Sport at Example School - new results page and official Instagram",
    when(9, 15, 9, 0),
    alt("""Dear parents and carers,

A quick note as the season gets under way. From this term all fixtures, results and team sheets will appear on the Sport page of the parent portal, updated on Monday mornings.

We have also launched an official school sports Instagram account, @exampleschoolsport, run by the marketing office. It will carry match photos and results. Photos of pupils are only used where we have your consent through the annual data collection; if you would like to change your consent, please let the office know.

Please remember that the account is for the school community to follow - staff don't follow or message pupils from it or from their own accounts, and we'd ask that girls don't tag individual staff in their own posts.

Finally, thank you to the many parents who came to support the first lacrosse and rowing fixtures. The girls notice, and it makes a difference.

Best wishes,

Lucy Marsh
Director of Sport
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), mailer="bulk")


# ======================================================================================
# CLEAN, everyday school mail
# ======================================================================================

add("clean", "y9_parents_evening_booking",
    "Year 9 parents' evening booking reminder (bulk, school details only)",
    S("office"), [SAM], "Year 9 Parents' Evening - Thursday 27 November", when(11, 17, 16, 0),
    alt("""Dear Parent/Carer,

Year 9 Parents' Evening will take place on Thursday 27 November from 16:30 to 19:30 in the Sports Hall.

Appointments are five minutes long and are booked through the online booking system, which opens tomorrow (Tuesday 18 November) at 18:00 and closes on Tuesday 25 November at midnight. You will need the email address we hold for you to log in.

Some tips from previous years:
- Book your daughter's tutor and the subjects you most want to discuss first; popular teachers fill quickly.
- Leave a five-minute gap between appointments if you can, to allow for queues.
- Your daughter is very welcome, and encouraged, to come with you.

Parking is available on the lower playground from 16:15. Please do not park in the staff car park or on Park Row.

If you are unable to attend in person, video appointments are available on request - please contact the school office.

Kind regards,

School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
""", cte="quoted-printable"), mailer="bulk")

add("clean", "chemistry_homework_reminder",
    "short homework reminder to Year 10 pupils",
    S("osei"), [TOMOE, GRETA, HATTIE, MARIAM, PHOEBE], "10C2 homework - rates of reaction", when(10, 8, 15, 32),
    plain("""10C2,

Reminder that the rates of reaction questions (Qs 1-6 on the sheet, it's also on Teams) are due on Friday. Q5 needs a graph - on graph paper please, with a line of best fit and the tangent drawn at t = 30 s.

Mr Osei
"""), mailer="other")

add("clean", "lacrosse_stick_reply",
    "reply to a carer about borrowing a lacrosse stick and goggles, Gmail quote",
    S("whitlock"), [SAM], "Re: Lacrosse kit for Maya", when(9, 4, 20, 10),
    alt("""Hi Sam,

No need to buy a stick straight away - we have plenty of club sticks and Maya is very welcome to borrow one until she knows she's going to stick with it (sorry). If she does carry on, I'd recommend waiting until the second-hand sale at the Christmas fair; there are always good ones for £20-30.

Goggles are a different matter: she'll need her own pair that meets the current standard (look for the SEI mark), and a mouthguard. The sports shop in Wycombe stocks both.

Training is Tuesday and Thursday after school, 15:45-17:00 on the astro. She'll be fine in her normal PE kit.

Best,
Caroline

Caroline Whitlock
Head of Lacrosse
Example School · 01632 960000

On Thu, 4 Sep 2025 at 19:22, Sam Carer <sam.carer@outlook.com> wrote:
> Dear Mrs Whitlock,
>
> Maya has come home full of enthusiasm about lacrosse, which she has never played before. Could you let me know what equipment she will need? I have looked online and the sticks seem to vary enormously in price. I'd rather not spend a fortune before we know whether it will last!
>
> Many thanks,
> Sam
""", style="gmail"), mailer="gmail")

add("clean", "cover_request_staff",
    "staff-only cover request from the deputy head",
    S("ellery"), [S("quayle"), S("llewellyn"), S("forbes"), S("travers")], "Cover - Thursday P3 to P5", when(10, 1, 7, 42),
    plain("""Morning all,

Mrs Castell is at a funeral on Thursday, so I need cover for the following. Work is set and will be on her desk in S7 and on Teams.

P3  9S2 Spanish  S7   - Deborah
P4  11S1 Spanish S7   - Rhys
P5  12 Spanish   S9   - Alasdair (A-level: they'll work independently on the past paper, just register them)

Hugo, you're first reserve for P5 if Alasdair's department meeting overruns.

Thank you - I know it's a heavy week.

Mark
"""), mailer="outlook")

add("clean", "sixth_form_bulletin",
    "weekly sixth form bulletin to year-group pupil lists (HTML)",
    S("raman"), [X(f"year12@{PUP}", "Year 12"), X(f"year13@{PUP}", "Year 13")], "Sixth Form Bulletin - w/c 13 October",
    when(10, 13, 7, 55),
    alt("""Sixth Form Bulletin - week beginning 13 October

This week
- Monday: Medical Society talk, "A day in the life of an F1 doctor", 13:10 in the Lecture Theatre. Everyone welcome, not only medics.
- Tuesday: EPQ proposal forms due to your supervisor.
- Wednesday: Model UN mock committee, 13:10 in H4.
- Thursday: Year 12 Futures assembly - our alumnae panel on law, consulting and the civil service.
- Friday: Non-uniform day for the lacrosse tour fund (£2).

UCAS
Oxford, Cambridge and medicine applicants: well done for getting everything in. Everyone else, your internal deadline is Friday 21 November. Your tutors have the checklist.

Study periods
A reminder that Year 12 study periods are supervised and held in the library. Please sign in with Mrs Sokolova. The Sixth Form Centre is for Year 13 study periods and lunch.

Lost property
Three lanyards, a blue Hydro Flask and an annotated copy of The Handmaid's Tale (heavily annotated - someone will miss this) are in the Sixth Form office.

Have a good week.

Mrs Raman
"""))

add("clean", "geography_fieldwork_letter_pdf",
    "Y12 geography fieldwork letter to a parent with the PDF letter attached",
    S("hollis"), [JANE], "Year 12 Geography residential fieldwork - March 2026", when(11, 21, 15, 10),
    mixed(alt("""Dear Mrs Parent,

Please find attached a letter about the Year 12 Geography residential fieldwork at the Field Studies Council centre at Slapton, Devon, from Monday 9 to Thursday 12 March 2026.

The trip is an essential part of the A-level course: the girls collect the data for their independent investigation (the NEA), which is worth 20% of the final grade. The cost is £395, which covers travel, full board and tuition from the FSC tutors.

Please complete the consent form through the online payment system by Friday 12 December. A deposit of £100 is due at the same time.

If you have any questions, please do get in touch.

Yours sincerely,

Ben Hollis
Teacher of Geography
Example School, Park Row, Leeds LS1 4AP | Tel 01632 960000
"""), att("application/pdf", "Y12 Geography Fieldwork Letter.pdf", make_pdf([
        "Example School, Park Row, Leeds LS1 4AP    Tel: 01632 960000",
        "",
        "21 November 2025",
        "",
        "Dear Parent/Carer,",
        "",
        "Year 12 Geography residential fieldwork, Slapton, 9-12 March 2026",
        "",
        "Students will travel by coach from school at 07:00 on Monday 9 March and return",
        "at approximately 19:00 on Thursday 12 March. They will stay at the Field Studies",
        "Council centre in shared rooms, with all meals provided.",
        "",
        "Cost: GBP 395 (deposit GBP 100 by 12 December, balance by 6 February).",
        "",
        "Students will need: waterproofs, walking boots, a clipboard, calculator and",
        "their fieldwork booklet. A full kit list will be issued in February.",
        "",
        "Yours faithfully,",
        "B. Hollis, Teacher of Geography",
    ]))))

add("clean", "hod_meeting_notes",
    "staff-only heads of department meeting notes",
    S("ellery"), [X(f"hods@{SCH}", "Heads of Department")], "HoD meeting notes - 6 October", when(10, 6, 17, 48),
    plain("""Dear all,

Notes from this afternoon, for those who were there and those who weren't.

1. Data drop 1 (Years 7-13): deadline is Friday 24 October. Years 12 and 13 need a working-at grade and a target; Years 7-11 the usual effort and progress codes. Please check your department's entries before the deadline, not after.

2. Predicted grades: the remaining Year 13 predictions (non-early applicants) are due to Priya by 7 November. Same evidence base as for the October applicants, please - summer exam, NEA/practical evidence, this term's assessments.

3. Reports: Year 9 interim reports go out on 21 November. Comments are optional this round; grades are not.

4. CPD: the twilight on 4 November is on retrieval practice (Sarah and Deborah leading). Please bring an example of a starter that works in your subject.

5. Oxbridge/medicine mock interviews: Imogen is still short of interviewers for chemistry, economics and modern languages. If you can give an hour in the week of 24 November, let her know.

6. AOB: the photocopier in the staffroom is being replaced on Thursday; please use the one in the library.

Next meeting: Monday 3 November, 16:00, Boardroom.

Mark
"""), mailer="outlook")

add("clean", "coursework_extension_reply",
    "English teacher replies to a parent about a coursework deadline",
    S("lund"), [JANE], "RE: Isobel - English coursework deadline", when(11, 25, 8, 20),
    alt("""Dear Mrs Parent,

Thank you for letting me know, and I'm sorry to hear Isobel has had such a rough fortnight.

I'm very happy to move her coursework draft deadline from this Friday to Wednesday 3 December. That still leaves time for me to give her full written feedback before Christmas, which is what matters. There is no need for her to get a note or anything formal - an email like yours is all I need for an internal deadline.

For what it's worth, the plan she showed me last week (Tess and The Handmaid's Tale on the idea of women's bodies as property) is excellent, and the first 800 words are already in good shape. She should prioritise the comparative paragraph before polishing anything else.

Best wishes,

Rebecca Lund
Teacher of English
Example School, Park Row, Leeds LS1 4AP
01632 960000

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 24 November 2025 21:14
To: Rebecca Lund <r.lund@example-school.org.uk>
Subject: Isobel - English coursework deadline

Dear Ms Lund,

Isobel has had a heavy cold for the last ten days and has fallen behind with her coursework draft, which I understand is due on Friday. Would it be possible for her to have a few extra days? She is very anxious about asking you herself.

Kind regards,
Jane Parent
"""))

add("clean", "mun_conference_consent",
    "Model UN conference consent letter to parents",
    S("mehta"), [JANE, X("s.banerjee@example.net", "Dr Sunita Banerjee"), X("hwestbrook.home@btinternet.com")],
    "Model United Nations conference - Saturday 29 November", when(10, 10, 14, 40),
    alt("""Dear parents,

Your daughter has been selected as part of the school's delegation to the Model United Nations conference on Saturday 29 November, hosted by a school in central London. Congratulations to her: competition for places was fierce this year.

The delegation will travel by train from High Wycombe, leaving at 07:31, and return on a train arriving at about 19:45. Students will be accompanied by me and Ms Lund throughout. The cost is £45, covering the conference fee and travel; lunch is provided.

Dress code is business formal. The girls know what this means but, judging by last year, it bears repeating: a suit or equivalent, no trainers.

Please give consent and pay through the online payment system by Friday 7 November.

Students have been allocated their committees and countries, and position papers are due on 17 October. I've been impressed by the early drafts.

With thanks,

Sanjay Mehta
Teacher of History and Politics | Model United Nations
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", style="gmail"), mailer="gmail")

add("clean", "y7_house_debating_results",
    "Head of Year 7 congratulates pupils on the house debating competition",
    S("pemberton"), [X(f"year7@{PUP}", "Year 7")], "House debating - the results!", when(11, 21, 15, 35),
    plain("""Dear Year 7,

What an afternoon! Thank you to every one of you who spoke in the house debating competition, and to everyone who cheered (loudly) from the audience.

The motion was "This House would ban homework in Year 7", and I have never heard a more passionate opposition from people who, I suspect, secretly agreed with the proposition.

Results:
1st  Austen   (proposition, 84 points)
2nd  Franklin (opposition, 79 points)
3rd  Curie    (proposition, 71 points)
4th  Seacole  (opposition, 68 points)

Best speaker: Ellie in Franklin, for her closing speech. Highly commended: Anousha (Austen) and Kitty (Curie).

Anyone who enjoyed it should come along to Junior Debating on Mondays at lunch in E4 - Ms Lund would love to see you.

Mrs Pemberton
Head of Year 7
"""), mailer="outlook")

add("clean", "absence_chase_short",
    "attendance officer asks a parent for a reason for a morning absence",
    S("attendance"), [ALI], "Leila - registration this morning", when(11, 6, 10, 12),
    plain("""Dear Professor Guardian,

Leila was not registered this morning (periods 1 and 2) and we have not received a reason for her absence. Could you let us know whether she is unwell, or reply if she has an appointment that we have missed?

Many thanks,
Lorraine Beck
Attendance Officer
Example School | 01632 960000
""", "base64"), mailer="other")

add("clean", "library_overdue",
    "two-line overdue library book reminder to a pupil",
    S("library"), [MAYA], "Overdue: The Hate U Give", when(11, 19, 11, 0),
    plain("""Hi Maya, The Hate U Give was due back last Wednesday - could you drop it into the library, or renew it at the desk if you're still reading it? Thanks!
Mrs Sokolova, Library
"""), mailer="other")

add("clean", "maths_set_change_long_reply",
    "Head of Maths replies at length to a carer's detailed complaint about set placement (Outlook quote)",
    S("quayle"), [SAM], "RE: Maya - maths set placement", when(9, 26, 16, 50),
    alt("""Dear Sam,

Thank you for your detailed email, and for the obvious care you have taken over it. I want to respond properly to each of your points.

First, the move itself. Maya has moved from Set 2 to Set 3 for Year 9 because our sets are reviewed every summer using the end-of-year examination, and her score (61%) placed her just below the cut-off for Set 2, which this year was 64%. I appreciate that three percentage points feels like an arbitrary line. It is, in a sense: every line is. But I would be more concerned about applying it inconsistently.

Second, the concern that Set 3 will limit her options. It won't. All three upper sets follow the same scheme of work and sit the same Higher tier GCSE; the difference is pace and the amount of extension material. Girls move between sets at every review point, in both directions, and four girls moved up from Set 3 last year.

Third, the point about her processing speed, which you rightly raise. I have spoken to Mrs Okonjo, and I agree that the summer exam may not have shown what Maya can do. Once her assessment is complete, any access arrangements will apply to her maths tests too, and we will look at her placement again at the February review with that in mind. I'd be very happy to see her in Set 2 if the evidence supports it.

In the meantime, Mr Pryor, her new teacher, tells me she has started very well and is asking excellent questions.

I hope that is helpful. I'd be glad to meet if you would like to talk it through.

Yours sincerely,

Deborah Quayle
Head of Mathematics
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 22 September 2025 23:05
To: Deborah Quayle <d.quayle@example-school.org.uk>
Subject: Maya - maths set placement

Dear Mrs Quayle,

I am writing about Maya's move from Set 2 to Set 3 in mathematics, of which we were not informed in advance and which Maya discovered from her timetable on the first day of term.

I should be grateful if you could explain: (i) the criteria used to allocate sets, and whether they are published; (ii) whether placement in Set 3 will affect the tier of GCSE paper she is entered for or her eligibility to study Mathematics at A level; and (iii) whether any account was taken of the fact that she is currently being assessed for a specific learning difficulty, which may well have affected her performance in a timed examination.

I do not wish to be difficult, and Maya is very happy at the school. But I think these are fair questions, and I would appreciate a written response.

Yours sincerely,
Sam Carer
"""))

add("clean", "oxbridge_mock_interview_schedule",
    "Oxbridge coordinator sends mock interview slots to Year 13 applicants",
    S("chalk"), [AMIRA, ELEANOR, LEILA, NIA], "Mock interviews - your slots", when(11, 10, 12, 30),
    alt("""Dear all,

Here are your mock interview slots. Each one is 25 minutes with a subject specialist, followed by 10 minutes of feedback. Please arrive five minutes early and bring whatever you submitted with your application.

Amira (Biochemistry) - Mon 24 Nov, 15:45, Dr Forbes and Mr Osei, Lab S2
Eleanor (English) - Tue 25 Nov, 13:10, Ms Lund and an external interviewer, Seminar Room
Leila (Medicine) - Wed 26 Nov, 15:45, Mr Osei and Dr Forbes, Lab S2
Nia (Classics) - Thu 27 Nov, 15:45, me and Mr Travers, C1

If your slot clashes with something you genuinely can't move, tell me today.

Don't over-prepare. The point is to practise thinking aloud with someone who knows more than you do - which is exactly what the real thing is.

Dr Chalk
"""))

add("clean", "carol_service_rota",
    "music director sends the carol service rota to choir pupils (encoded subject)",
    S("brandt"), [LEILA, ISOBEL, CLEMMIE, GRETA, PHOEBE, KITTY], "Carol service – rehearsals and timings 🎄",
    when(12, 1, 12, 15),
    plain("""Dear Chamber Choir,

The Carol Service is on Wednesday 17 December at 18:30 in St Mary's. Here are the rehearsals between now and then:

Tue 9 Dec, 16:00–17:00, Music School — full choir
Thu 11 Dec, 13:10–13:50, Music School — sopranos only (the descant in O Come, All Ye Faithful)
Mon 15 Dec, 16:00–17:30, St Mary's — full run with the orchestra
Wed 17 Dec, 17:00, St Mary's — warm-up; sandwiches provided

Solos: Kitty (verse 1, Once in Royal), Leila (In the Bleak Midwinter, verse 3). Greta is reading the fourth lesson.

Concert dress: black, long sleeves, no visible logos; hair tied back. Please collect your red folders from the music office and DON'T lose them — they're the only marked-up copies.

Thank you all; this is going to be lovely.

Mr Brandt
""", "8bit"))

MOCKS_CSV = """Date,Session,Subject,Paper,Duration,Room
Mon 24 Nov,AM,English Language,Paper 1,1h45,Sports Hall
Mon 24 Nov,PM,Biology,Paper 1,1h45,Sports Hall
Tue 25 Nov,AM,Mathematics,Paper 1 (non-calculator),1h30,Sports Hall
Tue 25 Nov,PM,History,Paper 1,2h00,Sports Hall
Wed 26 Nov,AM,Chemistry,Paper 1,1h45,Sports Hall
Wed 26 Nov,PM,French,Speaking,10 min,M3
Thu 27 Nov,AM,English Literature,Paper 1,1h45,Sports Hall
Thu 27 Nov,PM,Mathematics,Paper 2 (calculator),1h30,Sports Hall
Fri 28 Nov,AM,Physics,Paper 1,1h45,Sports Hall
Fri 28 Nov,PM,Geography,Paper 1,1h30,Sports Hall
"""

add("clean", "mocks_equipment_csv",
    "exams officer reminds Year 11 about equipment; timetable attached as CSV",
    S("exams"), [X(f"year11@{PUP}", "Year 11")], "Year 11 mocks - timetable and equipment", when(11, 14, 9, 30),
    mixed(plain("""Dear Year 11,

Your mock exams start on Monday 24 November. The timetable for the first week is attached; the second week will follow on Monday.

Equipment: black pens (several), pencil, ruler, rubber, protractor, compasses and a scientific calculator - with your name on it. All equipment in a clear pencil case. Water in a clear bottle with the label removed.

Not allowed: phones, smartwatches, earbuds, notes of any kind. These must be switched off and left in your bag at the back of the hall.

Please be outside the Sports Hall ten minutes before the start of each exam. If you are unwell, your parent must ring the school before 8.15.

Good luck with your revision.

Mrs Dunmore
Examinations Officer
"""), att("text/csv", "Y11 mocks week 1.csv", MOCKS_CSV, cte="quoted-printable")), mailer="outlook")

add("clean", "lacrosse_match_report",
    "lacrosse match report to the U14 team pupils",
    S("whitlock"), [MAYA, PHOEBE, JESS], "U14A v St Aldhelm's - match report", when(10, 6, 8, 10),
    plain("""Girls,

What a game. 9–7 down at half time, and then you won the second half 6–1. That's the most composed I've seen this team play, and the difference was simple: you stopped forcing passes into the middle and started using the width.

Stars of the match:
Phoebe — six saves in the second half, including that one from the free position.
Maya — in only her fourth game, marked their best attacker out of the second half completely. Brilliant.
Jess — hat-trick, and the assist for the winner.

Things to work on at Tuesday's training: ground balls (we lost too many in the first quarter) and clearing under pressure.

Final score: Example School 13, St Aldhelm’s 10. Next up, Beacon Hill at home on the 18th.

Mrs Whitlock
""", "8bit"), mailer="outlook")

add("clean", "password_reset_pupil",
    "network manager tells a Year 8 pupil her password was reset (no password by email)",
    S("webb"), [KITTY], "Your school account", when(9, 17, 10, 25),
    plain("""Hi Kitty,

Your school account was locked after too many wrong passwords, so I have unlocked it and reset the password. For security I don't send passwords by email - please come to the IT office (L12) at break and I'll give you a temporary one, which you'll be asked to change when you log in.

Tip: a short sentence you'll remember makes a better password than a word with numbers on the end.

Mr Webb
Network Manager
"""), mailer="other")

add("clean", "futures_evening_html_only",
    "HTML-only careers evening invitation asking parents to volunteer as speakers",
    S("careers"), [JANE, X("s.banerjee@example.net", "Dr Sunita Banerjee"), X("tkaur.family@gmail.com")],
    "Futures Evening for Year 12 - and a request for speakers", when(10, 3, 13, 0),
    Leaf("text/html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Futures Evening</title></head>
<body style="margin:0;padding:0;background:#f4f1f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222222">
<tr><td style="background:#58205c;color:#ffffff;font-size:20px"><b>Futures Evening 2025</b><br><span style="font-size:14px">Thursday 6 November, 18:00&ndash;20:00, Great Hall</span></td></tr>
<tr><td>
<p>Dear Year 12 parents,</p>
<p>Our annual Futures Evening gives Year 12 students the chance to talk to people who do the jobs they are curious about. Last year more than forty professionals came, many of them parents, and the students still talk about it.</p>
<p>This year we are particularly looking for speakers from <b>engineering, architecture, the creative industries, finance, the civil service</b> and <b>veterinary science</b>. We already have plenty of doctors and lawyers (thank you!).</p>
<p>If you would be willing to host a table for an hour, please reply to this email by Friday 24 October with your name, your job and a line about your route into it. No presentation is needed: the students come to you with questions.</p>
<p>Students should sign up for their three conversations on the Careers page on Teams.</p>
<p>With thanks,<br>Zara Haque<br>Careers and Higher Education Adviser</p>
</td></tr>
<tr><td style="font-size:11px;color:#777777;border-top:1px solid #dddddd">Example School &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; careers@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
""", "quoted-printable"), mailer="bulk")

add("clean", "y9_immunisation_consent",
    "school nurse tells Year 9 parents about the teenage booster and consent deadline",
    S("nurse"), [SAM], "Year 9 immunisations - Tuesday 2 December", when(11, 11, 9, 15),
    plain("""Dear Parent/Carer,

The school immunisation team will be in school on Tuesday 2 December to offer Year 9 students their teenage booster (Td/IPV, protecting against tetanus, diphtheria and polio) and the MenACWY vaccine (meningitis and septicaemia).

Please complete the online consent form by Friday 21 November, whether or not you want your daughter to be vaccinated. The link was sent by the immunisation team last week; if you can't find it, it is also on the parent portal under "Health".

If your daughter has had either vaccine elsewhere, please note this on the form.

On the day, she should have breakfast and wear a short-sleeved shirt or one that rolls up easily. Some girls feel a little faint; they will be able to sit in the medical room for as long as they need.

Kind regards,

Bridget Harland RGN
School Nurse
Example School
"""), mailer="outlook")

add("clean", "head_end_of_term_letter",
    "headmistress's end-of-term letter to parents (HTML, base64)",
    S("head"), [JANE, SAM, ALI], "End of the Michaelmas term", when(12, 18, 14, 0),
    alt("""Dear parents,

As we come to the end of a long and full term, I want to thank you for your support, and to share some of the moments that have made it memorable.

Our Year 13 students have submitted their university applications with great care, and we have had a record number of interview invitations for Oxford, Cambridge and medicine. Whatever the outcome in January, I am proud of how they have supported one another.

On the water, the J18 quad won their event at the Small Boats Head; on the pitch, the U14A lacrosse team are unbeaten in the county. Our debaters reached the finals day in Cambridge, and the Model United Nations delegation won two awards in London. The Carol Service last night, in a packed St Mary's, was a reminder of everything that is best about this community.

Some practical notes:
- Term ends at 12:30 tomorrow, Friday 19 December. Buses leave at 12:40.
- The Lent term begins on Tuesday 6 January for all year groups.
- Reports for Years 10 and 12 will be published on the parent portal on 9 January.

I wish you and your families a peaceful Christmas and a very happy New Year.

With warm wishes,

Dr Helen Ashworth
Headmistress
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", cte="base64", logo=True), mailer="outlook")

add("clean", "inset_day_agenda",
    "staff-only INSET day agenda",
    S("ellery"), [X(f"allstaff@{SCH}", "All Staff")], "INSET - Monday 5 January - agenda", when(12, 16, 15, 30),
    alt("""Dear colleagues,

Agenda for the INSET day on Monday 5 January. Tea and coffee from 08:30 in the Dining Hall.

08:45  Welcome and the term ahead - Helen
09:15  Safeguarding update (mandatory for all staff) - Naomi. Includes the new online safety guidance and a reminder on professional boundaries and communication with pupils and parents.
10:15  Break
10:35  Department time: Year 11 and 13 mock analysis
12:30  Lunch
13:15  Workshops (sign up on the staff Teams channel by 19 December):
       A. Retrieval practice in the sixth form - Sarah and Deborah
       B. Supporting girls with anxiety around exams - Bridget and Naomi
       C. Getting the most from the new reporting system - Marcus
14:45  Department and pastoral team meetings
16:00  Close

Support staff: Ruth will send a separate timetable, but please attend the safeguarding session at 09:15.

Thank you all for an extraordinary term.

Mark
"""))

add("clean", "tess_essay_feedback",
    "English teacher's written feedback on a pupil's essay",
    S("lund"), [CLEMMIE], "Your Tess essay", when(10, 17, 17, 20),
    plain("""Hi Clemmie,

I've marked your essay on the "Maiden No More" phase - it's on Teams with comments, but here's the headline.

What's working: your reading of the harvest scene is genuinely original. The point about the reaping machine "closing in" on the animals and Hardy's pastoral turning predatory is the best thing I've read from the group this term, and you support it closely.

What to work on: you have a habit of quoting at length and then paraphrasing the quotation. Quote less - a word or a phrase - and spend the space on what the language is doing. Also, your conclusion introduces a new argument (about Angel); save that for the next essay.

Level: a secure B at the moment, with the analysis of an A. Tighten the structure and you'll be there.

Ms Lund
"""), mailer="outlook")

add("clean", "ucat_reply_quoted",
    "medicine adviser replies to a parent's questions about UCAT score and choices (quoted thread)",
    S("osei"), [ALI], "Re: Leila - UCAT and where to apply", when(9, 11, 18, 5),
    alt("""Dear Professor Guardian,

Thank you for your email. In short: Leila's UCAT score of 2890 is excellent - comfortably in the top decile this year - and it opens up the medical schools that weight the UCAT most heavily. That should shape her four choices.

My suggestion, which I discussed with her today:
- Two schools that rank applicants for interview primarily on UCAT, where her score gives her a strong advantage.
- One school with a more holistic approach, where her work experience and the Model UN and debating background will tell.
- One school in a different region as a fourth choice, so she isn't relying on one style of interview.

She should use her fifth choice for a related science course (she mentioned Biomedical Sciences), which keeps her options open without signalling a lack of commitment.

We're aiming to have her application ready for Mrs Raman by 6 October, which leaves time for the reference.

Best wishes,
Daniel Osei

On Wed, 10 Sept 2025 at 22:31, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Dear Mr Osei,
>
> Leila received her UCAT result this morning (2890, SJT Band 1). We are, of course, delighted, but we are struggling to understand how the score should affect her choice of medical schools. I have read the websites of about fifteen of them and they appear to use the test in very different ways. Could you advise?
>
> With thanks,
> Ali Guardian
""", style="gmail"), mailer="gmail")

add("clean", "road_closure_forward",
    "office forwards a council notice about a road closure affecting drop-off",
    S("office"), [JANE, SAM, ALI], "Fwd: Temporary road closure - Park Row, 3 to 7 November", when(10, 30, 11, 10),
    plain("""Dear parents,

Please see the notice below from the council. During the closure, please use the Grange Road entrance for drop-off and pick-up, and allow extra time. The school buses will use the lower car park as normal.

Thank you for your patience.

School Office
Example School | 01632 960000

-------- Forwarded Message --------
Subject: Temporary traffic regulation order - Park Row
Date: Wed, 29 Oct 2025 16:02:11 +0000
From: Highways Notices <highways.notices@example.org>

Notice is hereby given that Park Row will be closed to through traffic between its junctions with Grange Road and Mill Lane from 09:30 on Monday 3 November until 15:00 on Friday 7 November 2025 to allow resurfacing works. Access to properties will be maintained where possible. The signed diversion route is via Grange Road and the High Street.
"""), mailer="thunderbird")

add("clean", "river_red_boards",
    "rowing director cancels water sessions due to river conditions",
    S("fairbairn"), [ISOBEL, SOPHIA, CLEMMIE, AMIRA, X(f"rowing-squad@{PUP}", "Rowing squad")],
    "Red boards - no water sessions this week", when(11, 24, 7, 5),
    plain("""Morning all,

The river went to red boards overnight after the weekend's rain and the Environment Agency expects it to stay high for the rest of the week, so there will be no water sessions until further notice.

Instead:
Tue and Thu 15:45-17:15 - ergs and circuits in the Sports Hall
Sat 08:00-10:00 - 2 x 5k on the erg (steady state, rate 20), then core

Bring indoor trainers, water and a towel. J18s, I'll post the erg pieces on Teams.

Tom
"""), mailer="thunderbird")

add("clean", "lost_blazer_short",
    "three-line note to a parent that her daughter's blazer has been found",
    S("office"), [JANE], "Isobel's blazer", when(10, 2, 12, 40),
    plain("""Dear Mrs Parent, Isobel's blazer (name tape inside) has been handed in to reception - she can collect it any time today.
Kind regards, Gwen
School Office, Example School
"""), mailer="other")

add("clean", "normandy_balance_reminder",
    "bursar reminds a carer of a trip balance",
    S("finance"), [SAM], "Normandy trip - balance reminder", when(10, 1, 10, 5),
    plain("""Dear Sam,

A gentle reminder that the balance of £120 for Maya's Year 9 trip to Normandy is due by Friday 10 October. You can pay through the online payment system under "Trips & Visits".

If you have already paid, thank you, and please ignore this email.

Kind regards,
Joanna Kerslake
Bursar
Example School | 01632 960000
""", "quoted-printable"), mailer="other")

add("clean", "house_cross_country",
    "Director of Sport announces the inter-house cross-country to pupils",
    S("marsh"), [X(f"year8@{PUP}", "Year 8"), X(f"year9@{PUP}", "Year 9")], "Inter-house cross-country - Wednesday!",
    when(10, 13, 8, 30),
    alt("""Hello Years 8 and 9,

The inter-house cross-country is on Wednesday afternoon (periods 5 and 6). Everyone runs - yes, everyone - and every finisher scores points for her house.

The course is 3 km: two laps of the playing fields and the woodland path. It will be muddy. Bring:
- trainers with grip (spikes are not allowed)
- house T-shirt, PE shorts or leggings
- a warm layer and a change of socks

Year 8 start at 13:50, Year 9 at 14:30. Spectators from other year groups are welcome on the bank by the finish.

Last year Seacole won by four points. Curie would like a word about that.

Mrs Marsh
Director of Sport
"""), mailer="outlook")

add("clean", "classics_book_order",
    "staff-only book order request to the librarian",
    S("travers"), [S("library")], "Book order for Classics", when(9, 9, 16, 40),
    plain("""Hi Anya,

Could we add these to the next order, please? The Greek ones are for the Year 12 set texts and we only have one copy of each at the moment.

- Homer, Odyssey Book 6 (Cambridge Greek and Latin Classics) x 3
- Mary Beard, SPQR x 2 (for the Year 9 enrichment box)
- Tom Holland, Rubicon x 1
- Natalie Haynes, Pandora's Jar x 2

The department budget code is CLA-25-04. Happy to collect when they arrive.

Thanks,
Hugo
"""), mailer="outlook")


# ======================================================================================
# Writing
# ======================================================================================

README = """# Round 30 hold-out corpus: personal-address-to-parent

**Blind test data. Never use it for tuning.** Nobody who wrote or tuned mailguard's rules
saw these messages before they were written, and nobody tuned anything against them. If a
message here fails, fix the rule for the general case (or record the miss); do not add
this message's wording, numbers or addresses to a rule, or the corpus stops measuring anything.

## What it is

{total} outgoing e-mails (RFC 5322 `.eml` files) from staff of a fictional selective girls'
grammar school (ages 11-18, Buckinghamshire: rowing, lacrosse, Model UN, debating, Oxbridge and
medicine applicants, a large sixth form, articulate parents), each labelled `flag` or `clean`
for the policy rule *staff must not give pupils or parents their own personal phone number,
home address or personal e-mail, nor invite them to private channels (WhatsApp, Snapchat,
Instagram, Facebook, Discord, Signal...)*.

`labels.csv` has the columns `file,expected,sender,recipients,note`: `sender` is the envelope
sender (the staff From address) and `recipients` the To and Cc addresses, space-separated. Judgement
calls are marked `[unsure]` in the note.

## How it was made

Written by hand by a helper who had not read mailguard's code, rules, tests or docs, working only from the school's
e-mail policy, `config.example.yaml` (the school's identity) and `directory/parents.csv` (the three
known parents). The generator `../make_round30_personal.py` (Python 3.11 standard library only) builds every
message byte by byte, with fixed dates, Message-IDs and MIME boundaries and a fixed shuffled order, so that it
is fully deterministic. All names, addresses and mailboxes are invented; phone numbers are in Ofcom's drama ranges
(apart from the real national services 111 and SHOUT 85258, quoted by the school nurse); third-party
organisations use example.com/.org/.net, and the one family mail domain uses the reserved .example TLD.

## Regenerate

    python3 tests/holdout/round30/make_round30_personal.py

The script rewrites this directory, then parses every `.eml` with
`email.message_from_bytes(..., policy=email.policy.default)` and checks it against `labels.csv`.
Running it twice gives byte-identical files.

## Counts

| expected | count |
|----------|------:|
{table}| total | {total} |

Formats: {formats}.

## Kinds of case

**flag** (staff mail to at least one parent or pupil giving the sender's own details):
- personal mobile in the body in many formats: spaces, no spaces, hyphens, dots, `+44`, `+44 (0)`,
  `0044`, split over a line break, split by a quoted-printable soft line break, in base64 bodies;
- mobile in an HTML signature with `&nbsp;`, in a `tel:` link, in an HTML-only message;
- home landline with a bracketed area code; home address (with and without postcode, and in a vCard);
- personal e-mail in the body (gmail), in `Cc` (hotmail), in `Reply-To` (gmail), on a family domain,
  and in a vCard attachment; mobile only inside an `.ics` invitation;
- invitations to private channels: WhatsApp group, Signal, Instagram follow/DM, Snapchat group,
  Discord server, Facebook friend request.

**clean, hard negatives**:
- the school's own number/postcode, school direct-dial lines, school-owned trip/expedition/sports mobiles
  stated as such;
- the parent's own details read back to them or quoted in a reply (mobile, home address, old e-mail),
  and a pupil's own number quoted while the teacher declines to text;
- third parties' details given for a reason: coach firm, host school, rowing club welfare officer, outdoor
  centre, hospital, medical school admissions, CAMHS and helplines, exchange host family, visiting
  self-employed music teacher, hotel venue, taxi firm;
- numbers that are not phones: candidate and centre numbers, UCAS IDs, ISBNs, prices, order and payment
  references, bank sort code and account, Teams meeting IDs and dial-in, grid references, dates and times;
- staff-only mail with personal details (HR new starter, staff social at a teacher's home);
- a teacher's own mobile sent only to an external regatta organiser;
- e-safety advice naming apps, the school's official sports Instagram, staff declining a personal number or
  a Facebook friend request.

**clean, everyday** (half of the clean set): reminders, homework, replies to parents, trip letters,
bulletins, meeting notes, cover, reports, newsletters, with the school's details in signatures.
"""


def build(m):
    mailer = m["mailer"]
    hdrs = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    if m["reply_to"]:
        hdrs.append(addr_header("Reply-To", [m["reply_to"]]))
    hdrs.append(subject_header(m["subject"], m["enc_subject"]))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: " + message_id(m["slug"], mailer))
    if m["in_reply_to"]:
        hdrs.append("In-Reply-To: " + m["in_reply_to"])
        hdrs.append("References: " + m["in_reply_to"])
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(MAILER_HEADERS.get(mailer, []))
    hdrs.extend(m["extra"])
    body = m["body"]
    if isinstance(body, Multi) and body.subtype in ("alternative", "related", "mixed"):
        if body.subtype == "mixed" or body.subtype == "related":
            body.preamble = "This is a multi-part message in MIME format." if mailer == "thunderbird" else None
    text = "\n".join(hdrs) + "\n" + render(body, m["slug"], mailer, [0])
    return text.encode("utf-8")


def mime_summary(msg):
    kinds = set()
    for part in msg.walk():
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "").lower()
        kinds.add(ct)
        if cte:
            kinds.add(cte)
    return kinds


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml") or name in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, name))
    order = list(MSGS)
    random.Random(3030).shuffle(order)
    slugs = [m["slug"] for m in order]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    rows = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(build(m))
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # ---- verification ----------------------------------------------------------------
    counts = {"flag": 0, "clean": 0}
    fmt = {"multipart/alternative": 0, "multipart/mixed": 0, "multipart/related": 0,
           "html-only": 0, "plain-only": 0, "quoted-printable": 0, "base64 body": 0, "8bit": 0}
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="") as f:
        labels = list(csv.DictReader(f))
    files = sorted(n for n in os.listdir(OUT) if n.endswith(".eml"))
    assert [r["file"] for r in labels] == files, "labels.csv does not match the files"
    for r in labels:
        raw = open(os.path.join(OUT, r["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (r["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
            if not part.is_multipart():
                part.get_content()
        frm = msg["From"].addresses[0].addr_spec
        assert frm == r["sender"] and frm.endswith("@" + SCH), r["file"]
        hdr_rcpts = [a.addr_spec for fld in ("To", "Cc") if msg[fld] for a in msg[fld].addresses]
        assert hdr_rcpts == r["recipients"].split(" "), (r["file"], hdr_rcpts)
        for fld in ("Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[fld], (r["file"], fld)
        assert r["expected"] in ("flag", "clean")
        assert r["file"].split("_")[1] == r["expected"]
        if r["expected"] == "flag":
            assert any(a.endswith("@" + PUP) or a in (JANE[1], SAM[1], ALI[1]) for a in hdr_rcpts), r["file"]
        counts[r["expected"]] += 1
        types = [p.get_content_type() for p in msg.walk()]
        ctes = [(p.get("Content-Transfer-Encoding") or "").lower() for p in msg.walk()]
        for t in ("multipart/alternative", "multipart/mixed", "multipart/related"):
            fmt[t] += t in types
        fmt["html-only"] += types == ["text/html"]
        fmt["plain-only"] += types == ["text/plain"]
        fmt["quoted-printable"] += "quoted-printable" in ctes
        fmt["base64 body"] += any(c == "base64" and p.get_content_maintype() == "text"
                                  and not p.get_filename() for c, p in zip(ctes, msg.walk()))
        fmt["8bit"] += "8bit" in ctes
    assert counts == {"flag": 20, "clean": 60}, counts
    table = "".join(f"| {k} | {v} |\n" for k, v in counts.items())
    formats = ", ".join(f"{k} {v}" for k, v in fmt.items())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=sum(counts.values()), table=table, formats=formats))
    print(f"wrote {len(files)} messages to {OUT}: {counts}; {formats}")


if __name__ == "__main__":
    main()
