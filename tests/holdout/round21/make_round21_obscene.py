#!/usr/bin/env python3
"""Generate the round-21 blind hold-out corpus for the obscene-language module.

Python 3.11 standard library only.  Deterministic: fixed dates, Message-IDs and
MIME boundaries, so running it twice gives byte-identical files.

    python3 tests/holdout/round21/make_round21_obscene.py

writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round21/obscene-language/.
"""
import base64
import calendar
import csv
import hashlib
import html as htmlmod
import os
import quopri
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ----------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------
STAFF = {
    "wragg": ("Karen Wragg", "k.wragg", "Head of Year 9"),
    "hinch": ("Dean Hinchliffe", "d.hinchliffe", "Teacher of PE"),
    "marsh": ("Kieran Marsh", "k.marsh", "Teacher of PE"),
    "lindley": ("Priya Lindley", "p.lindley", "Head of English"),
    "ackroyd": ("Gary Ackroyd", "g.ackroyd", "Lead Practitioner, The Bridge (Alternative Provision)"),
    "office": ("Janet Firth", "office", "Office Manager"),
    "broadhead": ("Steve Broadhead", "s.broadhead", "Head of Science"),
    "roebuck": ("Julie Roebuck", "j.roebuck", "Senior Science Technician"),
    "attendance": ("Lorraine Staniforth", "attendance", "Attendance Officer"),
    "dsl": ("Hayley Senior", "dsl", "Designated Safeguarding Lead"),
    "senior": ("Hayley Senior", "h.senior", "Assistant Headteacher & DSL"),
    "hepp": ("Tom Heppenstall", "t.heppenstall", "Director of Music & Band Leader"),
    "senco": ("Bev Gascoigne", "senco", "SENCo"),
    "qureshi": ("Imran Qureshi", "i.qureshi", "Teacher of Mathematics"),
    "hirst": ("Sue Hirst", "s.hirst", "Teaching Assistant & Allotment Lead"),
    "walton": ("Craig Walton", "c.walton", "Site Manager"),
    "ibbotson": ("Rachel Ibbotson", "r.ibbotson", "Head of Year 11"),
    "mellor": ("Paul Mellor", "p.mellor", "Deputy Headteacher"),
    "kowalczyk": ("Anya Kowalczyk", "a.kowalczyk", "Head of Modern Foreign Languages"),
    "dransfield": ("Lee Dransfield", "l.dransfield", "Teacher of Geography"),
    "begum": ("Nadia Begum", "n.begum", "Teacher of RE & PSHE Lead"),
    "gill": ("Ryan Gill", "r.gill", "IT Technician"),
    "armitage": ("Neil Armitage", "n.armitage", "Network Manager"),
    "exams": ("Pat Swallow", "exams", "Exams Officer"),
    "fretwell": ("Chloe Fretwell", "c.fretwell", "Teacher of History"),
    "pryce": ("Siân Pryce", "s.pryce", "Librarian"),
    "cover": ("Mandy Oxley", "cover", "Cover Manager"),
    "catering": ("Denise Cawthorne", "catering", "Catering Manager"),
    "head": ("Jonathan Whitworth", "head", "Headteacher"),
    "finance": ("Linda Marsden", "finance", "School Business Manager"),
    "ellison": ("Mark Ellison", "m.ellison", "Teacher of Design & Technology"),
    "rhodes": ("Gemma Rhodes", "g.rhodes", "Careers Leader"),
    "hague": ("Kerry Hague", "k.hague", "Learning Mentor, The Bridge"),
    "newbould": ("Josh Newbould", "j.newbould", "Teacher of Mathematics (ECT)"),
    "dyson": ("Jo Dyson", "j.dyson", "Teacher of German & French"),
}


def S(key):
    name, local, _ = STAFF[key]
    return (name, f"{local}@{SCHOOL}")


def LIST(local, name=""):
    return (name, f"{local}@{SCHOOL}")


def PUP(local, name=""):
    return (name, f"{local}@{PUPILS}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def X(name, addr):
    return (name, addr)


# ----------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------
def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def uk_date(y, mo, d, hh, mi, ss=0):
    """RFC 5322 date in UK local time (GMT or BST)."""
    def last_sunday(year, month):
        last = calendar.monthrange(year, month)[1]
        wd = datetime(year, month, last).weekday()
        return last - ((wd + 1) % 7)
    start = datetime(y, 3, last_sunday(y, 3), 1)
    end = datetime(y, 10, last_sunday(y, 10), 1)
    naive = datetime(y, mo, d, hh, mi, ss)
    off = 1 if start <= naive < end else 0
    return format_datetime(datetime(y, mo, d, hh, mi, ss, tzinfo=timezone(timedelta(hours=off))))


def fmt_addr(a):
    name, addr = a
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def enc_subject(s, force=None):
    try:
        s.encode("ascii")
        if not force:
            return s
    except UnicodeEncodeError:
        pass
    if force == "q":
        from email.charset import Charset, QP
        cs = Charset("utf-8")
        cs.header_encoding = QP
        return Header(s, cs).encode()
    return Header(s, "utf-8").encode()


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ----------------------------------------------------------------------------
# MIME parts
# ----------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, body, cte=None, charset="utf-8", disposition=None,
                 extra_params="", raw=False):
        self.ctype, self.body, self.charset = ctype, body, charset
        self.disposition, self.extra_params, self.raw = disposition, extra_params, raw
        if cte is None:
            if isinstance(body, bytes):
                cte = "base64"
            else:
                try:
                    body.encode("ascii")
                    cte = "7bit"
                except UnicodeEncodeError:
                    cte = "quoted-printable"
        self.cte = cte

    def headers(self):
        ct = self.ctype
        if self.charset and ct.startswith("text/"):
            ct += f'; charset="{self.charset}"'
        ct += self.extra_params
        out = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {self.cte}"]
        if self.disposition:
            out.append(f"Content-Disposition: {self.disposition}")
        return out

    def payload(self, ctx):
        b = self.body
        if self.raw:
            text = b
        elif self.cte in ("7bit", "8bit"):
            if self.cte == "7bit":
                b.encode("ascii")
            text = b
        else:
            data = b if isinstance(b, bytes) else b.encode(self.charset or "utf-8")
            if self.cte == "base64":
                text = base64.encodebytes(data).decode("ascii")
            elif self.cte == "quoted-printable":
                text = quopri.encodestring(data).decode("ascii")
            else:
                raise ValueError(self.cte)
        if not text.endswith("\n"):
            text += "\n"
        return text


class Multi:
    def __init__(self, subtype, parts, preamble=None):
        self.subtype, self.parts, self.preamble = subtype, parts, preamble
        self.boundary = None

    def headers(self):
        return [f"Content-Type: multipart/{self.subtype};\n\tboundary=\"{self.boundary}\""]

    def payload(self, ctx):
        out = []
        if self.preamble:
            out.append(self.preamble + "\n\n")
        for p in self.parts:
            out.append(f"--{self.boundary}\n")
            out.append("\n".join(p.headers()) + "\n\n")
            out.append(p.payload(ctx))
            out.append("\n")
        out.append(f"--{self.boundary}--\n")
        return "".join(out)


def assign_boundaries(part, slug, style, counter):
    if isinstance(part, Multi):
        n = counter[0]
        counter[0] += 1
        k = h(f"{slug}/{n}", 32)
        if style == "outlook":
            part.boundary = f"_00{n}_DB9PR03MB{k[:12].upper()}EURP_"
        elif style == "gmail":
            part.boundary = f"0000000000{k[:16]}"
        elif style == "apple":
            part.boundary = f"Apple-Mail={k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:20].upper()}-{k[20:32].upper()}"
        else:
            part.boundary = f"------------{int(k[:16], 16) % 10**24:024d}"
        for p in part.parts:
            assign_boundaries(p, slug, style, counter)


# --- HTML renderings of plain text ------------------------------------------
def _lines_to_blocks(text):
    """Split into ('n', lines) / ('q', lines) groups by leading '>'."""
    blocks = []
    for line in text.rstrip("\n").split("\n"):
        kind = "q" if line.startswith(">") else "n"
        if kind == "q":
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    return blocks


def html_gmail(text):
    out = ['<div dir="ltr">']
    for kind, lines in _lines_to_blocks(text):
        if kind == "n":
            for ln in lines:
                out.append((htmlmod.escape(ln, quote=False) if ln else "") + "<br>")
        else:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("\n".join(htmlmod.escape(ln, quote=False) + "<br>" for ln in lines))
            out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"


OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
    '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def html_outlook(text):
    out = [OUTLOOK_HEAD]
    for kind, lines in _lines_to_blocks(text):
        if kind == "q":
            out.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">')
        for ln in lines:
            if ln.strip():
                out.append(f'<p class="MsoNormal">{htmlmod.escape(ln, quote=False)}<o:p></o:p></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if kind == "q":
            out.append("</div>")
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def html_apple(text):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">']
    for kind, lines in _lines_to_blocks(text):
        if kind == "q":
            out.append('<blockquote type="cite">')
        for ln in lines:
            out.append(f"<div>{htmlmod.escape(ln, quote=False) if ln else '<br>'}</div>")
        if kind == "q":
            out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


HTMLERS = {"gmail": html_gmail, "outlook": html_outlook, "apple": html_apple}


def plain(text, cte=None, flowed=False):
    return Leaf("text/plain", text, cte, extra_params="; format=flowed" if flowed else "")


def alt(text, style, cte_text="quoted-printable", cte_html="quoted-printable", html=None):
    html = html if html is not None else HTMLERS[style](text)
    return Multi("alternative", [plain(text, cte_text), Leaf("text/html", html, cte_html)])


def htmlonly(html, cte=None):
    return Leaf("text/html", html, cte)


def mixed(*parts):
    return Multi("mixed", list(parts))


def att(filename, data, ctype, cte="base64", charset=None):
    extra = f'; name="{filename}"'
    lf = Leaf(ctype, data, cte, charset=charset,
              disposition=f'attachment;\n\tfilename="{filename}"', extra_params=extra)
    return lf


def tiny_pdf(lines):
    """A small but valid one-page PDF containing the given lines of text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 760
    ops = ["BT", "/F1 11 Tf", f"56 {y} Td", "14 TL"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ----------------------------------------------------------------------------
# Message assembly
# ----------------------------------------------------------------------------
MESSAGES = []


def msgid(slug, style):
    k = h("r21obscene/" + slug, 40)
    if style == "outlook":
        return f"<DB9PR03MB{k[:4].upper()}{k[4:18].upper()}@DB9PR03MB{k[18:22].upper()}.eurprd03.prod.outlook.com>"
    if style == "gmail":
        return f"<CAE{base64.b64encode(bytes.fromhex(k[:30])).decode().replace('/', 'x').replace('+', 'y')}@mail.gmail.com>"
    if style == "apple":
        return f"<{k[:8].upper()}-{k[8:12].upper()}-{k[12:16].upper()}-{k[16:20].upper()}-{k[20:32].upper()}@{SCHOOL}>"
    return f"<{k[:12]}.{k[12:20]}@{SCHOOL}>"


def m(label, kind, slug, frm, to, subject, date, body, note, cc=(), style="plain",
      subj_enc=None, in_reply_to=None, extra=()):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, kind=kind, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, note=note, style=style,
                         subj_enc=subj_enc, in_reply_to=in_reply_to, extra=list(extra)))


def render(msg):
    style = msg["style"]
    body = msg["body"]
    assign_boundaries(body, msg["slug"], style, [0])
    hdr = []
    if style == "outlook":
        pass
    hdr.append("From: " + fmt_addr(msg["frm"]))
    hdr.append("To: " + ",\n\t".join(fmt_addr(a) for a in msg["to"]) if len(msg["to"]) > 2
               else "To: " + ", ".join(fmt_addr(a) for a in msg["to"]))
    if msg["cc"]:
        hdr.append("Cc: " + ", ".join(fmt_addr(a) for a in msg["cc"]))
    hdr.append("Subject: " + enc_subject(msg["subject"], msg["subj_enc"]))
    hdr.append("Date: " + uk_date(*msg["date"]))
    hdr.append("Message-ID: " + msgid(msg["slug"], style))
    if msg["in_reply_to"]:
        irt = "<" + h("parent/" + msg["slug"], 24) + "@" + msg["in_reply_to"] + ">"
        hdr.append("In-Reply-To: " + irt)
        hdr.append("References: " + irt)
    if style == "outlook":
        topic = msg["subject"]
        for pre in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hdr.append("Thread-Topic: " + enc_subject(topic, msg["subj_enc"]))
        hdr.append("Thread-Index: " + base64.b64encode(bytes.fromhex(h("ti/" + msg["slug"], 44))).decode())
        hdr.append("Accept-Language: en-GB, en-US")
        hdr.append("Content-Language: en-GB")
        hdr.append("X-MS-Has-Attach: " + ("yes" if isinstance(body, Multi) and body.subtype == "mixed" else ""))
    elif style == "apple":
        hdr.append("X-Mailer: iPhone Mail (22D72)")
    elif style == "plain":
        hdr.append("User-Agent: Mozilla Thunderbird")
    hdr.extend(msg["extra"])
    hdr.append("MIME-Version: 1.0")
    hdr.extend(body.headers())
    text = "\n".join(hdr) + "\n\n" + body.payload(msg)
    return text.encode("utf-8")


# ============================================================================
# The messages
# ============================================================================
# Signatures -----------------------------------------------------------------
ADDR = "Example School, Park Row, Leeds LS1 4AP"


def sig(key, tel="01632 960000", extra=None):
    name, local, role = STAFF[key]
    lines = [name, role, ADDR, f"Tel: {tel}"]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error please tell the sender and delete it. "
              "Example School, Park Row, Leeds LS1 4AP.")

# ---------------------------------------------------------------------------
# CLEAN: everyday school mail (30)
# ---------------------------------------------------------------------------
m("clean", "everyday", "nonuniform_friday", S("office"), [JANE], "Re: non uniform day",
  (2025, 11, 12, 8, 51, 7), style="gmail", in_reply_to="mail.gmail.com",
  note="office answers parent about Children in Need non-uniform day",
  body=alt(T("""
    Hi Jane,

    Yes, it's this Friday (14th). £1 donation for Children in Need, either cash in the
    bucket on the front gate or on ParentPay if that's easier. Sensible shoes please as
    Year 9 still have PE period 3, and nothing with slogans on.

    Pyjamas are only for the Year 7s, before she asks. Their school council voted for
    it and nobody has had the heart to say no.

    Thanks
    Janet

    Janet Firth | Office Manager
    Example School, Park Row, Leeds LS1 4AP | 01632 960000

    On Tue, 11 Nov 2025 at 19:42, Jane Parent <jane.parent@gmail.com> wrote:
    > Hiya, is it non uniform this Friday or next? She's saying this Friday but
    > she said that last time an all and turned up in her trackie to find everyone
    > else in uniform. Thanks Jane
    """), "gmail"))

m("clean", "everyday", "attendance_orthotics", S("attendance"), [SAM], "Tuesday morning absence",
  (2026, 1, 22, 10, 17, 44), style="outlook",
  note="attendance officer records medical appointment, asks for appointment card",
  body=alt(T("""
    Dear Sam,

    Thank you for letting us know that he was at the hospital on Tuesday morning for
    his orthotics appointment. I've recorded that session as a medical appointment, so
    it won't count against his attendance.

    When you get a minute, could you reply with a photo of the appointment letter or
    card? We're asked to keep evidence on file for any appointments in school hours.
    No rush, end of the week is fine.

    His attendance this half term is 96.4%, which is lovely to see after the autumn,
    when that chest infection knocked him about for a fortnight.

    Kind regards

    Lorraine Staniforth
    Attendance Officer
    Example School, Park Row, Leeds LS1 4AP
    Attendance line: 01632 960000 (option 1)
    """), "outlook"))

m("clean", "everyday", "band_rehearsal_moved", S("hepp"),
  [PUP("23mwaring", "Maisie Waring"), PUP("22jholroyd", "Jack Holroyd"), PUP("24ohussain", "Omar Hussain"),
   PUP("21esykes", "Ellie Sykes"), PUP("25tdyson", "Tilly Dyson")],
  "Band - rehearsal moved to THURSDAY this week", (2026, 2, 9, 7, 58, 2),
  note="music teacher moves brass band rehearsal, dialect ('snap')",
  body=plain(T("""
    Band,

    Change for this week only: rehearsal is THURSDAY, not Wednesday, because the hall is
    being used for Year 9 parents' evening. Same time, 3.15 till 4.45, but in the main
    hall rather than the music block, so bring your own stands.

    Cornets, bars 40 to 56 of Deep Harmony were still ragged last week. Practise them
    slowly. Slowly! I know you all want to go at it like a bull at a gate but it won't
    get tidier by getting quicker.

    Maisie, please can you bring the spare 4B mouthpiece back. Jack, the strap off your
    tenor horn case has been on my desk since October.

    Eat your snap before you come. I'm not finding crisp packets in the timps again.

    Mr Heppenstall
    """)))

m("clean", "everyday", "allotment_rota", S("hirst"),
  [S("dransfield"), S("begum"), S("ackroyd")], "Allotment rota after Easter + manure Friday",
  (2026, 3, 25, 16, 2, 31), cc=[S("walton")], style="gmail",
  note="allotment rota, manure delivery via the snicket",
  body=alt(T("""
    Hiya all,

    Allotment rota for after Easter is below. If you can't do your week, swap with
    somebody and let me know, don't just not turn up, because the spuds won't water
    themselves.

    w/c 13 April - me + Year 7 nurture group
    w/c 20 April - Lee + eco club
    w/c 27 April - Nadia + the Bridge lads (Gary's sorting the minibus)
    w/c 4 May - me again

    Craig, the water butt by the greenhouse is leaking from the tap. Can you have a look
    when you've a minute?

    Also, Holroyd's farm are dropping a load of well-rotted manure on Friday afternoon.
    They'll tip it by the gate at the snicket end, so it might be a bit fragrant round
    there for the bus queue. Sorry in advance!

    Seed potatoes (Charlotte and Maris Piper) are chitting on the windowsill in D2.
    Please nobody move them, I know they look like a science experiment gone wrong.

    Sue x

    Sue Hirst
    Teaching Assistant & Allotment Lead
    Example School, Park Row, Leeds LS1 4AP
    """), "gmail"))

m("clean", "everyday", "prom_tickets", S("ibbotson"), [PUP("year11", "Year 11")],
  "Year 11 Prom – tickets on sale Monday 🎉", (2026, 4, 30, 12, 40, 3), style="outlook",
  note="prom ticket letter to Year 11 (RFC 2047 subject with emoji)",
  body=alt(T("""
    Hi Year 11,

    Prom tickets go on sale on Monday 4 May through ParentPay. They're £38, which
    covers the three-course meal at Wentworth Hall, the DJ and the photo booth. The
    prom committee have worked really hard to keep the price down, so please say thank
    you to Ellie, Zara and the others when you see them.

    The important bits:
    - Prom is Friday 26 June, 7pm to 11pm, arrivals from 6.45pm.
    - You need to meet the attendance and behaviour criteria we talked about in
      assembly. If you're not sure where you stand, come and see me. Don't sit at home
      worrying about it.
    - Dietary needs go on the ParentPay form. Halal, vegetarian and gluten-free are
      all available.
    - If cost is a problem at home, have a quiet word with me or Mrs Firth in the
      office. Nobody misses prom because of money. Nobody.

    Dress code is formal. And no, you can't arrive on a tractor. (Yes, somebody asked.
    No, I'm not saying who.)

    Miss Ibbotson
    Head of Year 11
    Example School, Park Row, Leeds LS1 4AP
    01632 960000
    """), "outlook"))

m("clean", "everyday", "friday_flyer_y9", S("office"), [LIST("y9parents", "Year 9 Parents")],
  "Friday Flyer - Week 22", (2026, 2, 6, 15, 30, 0),
  note="HTML-only weekly newsletter to Year 9 parents list",
  body=htmlonly(T("""
    <html><head><meta charset="utf-8"><title>Friday Flyer</title></head>
    <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
    <table width="640" align="center" cellpadding="12" style="border:1px solid #ddd">
    <tr><td style="background:#1d3b6e;color:#fff"><h1 style="margin:0">Friday Flyer</h1>
    <p style="margin:0">Example School &middot; Week 22 &middot; 6 February 2026</p></td></tr>
    <tr><td>
    <h2>Year 9 Options Evening &ndash; Thursday 12 February</h2>
    <p>Options evening runs from 5pm to 7.30pm in the main hall and the library. Heads of
    department will be on hand to talk about GCSE courses, and Mrs Rhodes will be there with
    careers information, including the apprenticeships talk at 6pm. Option forms are due back
    by Friday 6 March.</p>
    <h2>Brass band at Barnsley Town Hall</h2>
    <p>Huge well done to our junior band, who played at the Civic Schools Concert on Tuesday.
    The conductor from the visiting band described our cornet section as &ldquo;proper
    tidy&rdquo;, which from a Barnsley brass player is about the highest praise going.</p>
    <h2>Allotment stall</h2>
    <p>The first rhubarb of the year will be on sale at the front gate next Friday at 3pm,
    50p a bunch. All money goes back into seeds and tools.</p>
    <h2>Coats!</h2>
    <p>It is February. It is cold. Please make sure your child brings a coat. We know some of
    them think coats are for the nesh, but standing on the yard at break in a blazer is nobody&rsquo;s
    idea of fun.</p>
    <h2>Attendance</h2>
    <p>Year 9 attendance this week: <strong>94.1%</strong>. Form 9H topped the table for the third week
    running &ndash; breakfast on us next Friday.</p>
    <p style="color:#666;font-size:12px">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot;
    office@example-school.org.uk</p>
    </td></tr></table>
    </body></html>
    """)))

m("clean", "everyday", "maths_hw_code", S("qureshi"), [PUP("23aoldroyd", "Aimee Oldroyd")],
  "Re: homework question 4", (2025, 10, 2, 17, 12, 45), in_reply_to=PUPILS,
  note="maths teacher replies to pupil about homework code",
  body=plain(T("""
    Hi Aimee,

    You're right, the code for question 4 was wrong on the sheet, sorry. It should be
    7C, not 7G. Just do it on Sparx and write your working in your book as normal.

    For the parallel lines ones: Z for alternate angles (equal), F for corresponding
    (equal), C for co-interior (they add up to 180). Draw the letter on the diagram if
    it helps, I won't mind.

    Still due Tuesday.

    Mr Qureshi

    > sir the code for question 4 dosnt work and i dont know how to do the angle ones
    > aimee 9X2
    """)))

m("clean", "everyday", "science_practical_order", S("broadhead"), [S("roebuck")],
  "Y10 rates practical - kit for w/c 9 March", (2026, 2, 26, 13, 5, 19), cc=[S("finance")],
  style="outlook", note="science order for required practical, finance cc'd",
  body=alt(T("""
    Hi Julie,

    For the Year 10 rates of reaction required practical (w/c 9 March, all five groups)
    could we have:

    - 1M hydrochloric acid, about 3 litres
    - sodium thiosulfate 40 g/dm3, 3 litres
    - magnesium ribbon, the full roll please, we ran out halfway through last year
    - 60 conical flasks and the black-cross cards
    - stopwatches (the ones in the prep room drawer, not the broken ones in C6)

    Linda, I think we'll need to reorder the thiosulfate and the ribbon from Timstar.
    Julie will send you the quote. Can it go on the science budget code rather than
    the curriculum fund?

    Cheers
    Steve

    Steve Broadhead
    Head of Science
    Example School, Park Row, Leeds LS1 4AP
    01632 960000 ext. 231
    """), "outlook"))

m("clean", "everyday", "monday_briefing", S("mellor"), [LIST("allstaff", "All Staff")],
  "Briefing notes - Monday 8 September", (2025, 9, 8, 8, 2, 50),
  note="deputy head's staff briefing notes (retiring lollipop man called Dick)",
  body=plain(T("""
    Morning all, notes from this morning's briefing for those on duty or in late.

    1. Duties. New rota is on the staffroom board and in the shared drive. Please check
       it, particularly the bus bay at 3.10. Year 7s still don't know which bus is
       which and we had two end up in Wombwell on Friday.

    2. Fire drill. Wednesday, unannounced (well, announced now). Registers to your
       head of year on the field, not the yard, because of the building work.

    3. Year 11. Mock dates are confirmed: 1 to 12 December. Pat will send the full
       timetable once rooms are sorted.

    4. The Bridge. Gary has two new starters this week. If you teach them in
       mainstream sessions, he's asked that you read the one-page profiles before
       Thursday.

    5. Dick Hobson, our lollipop man on Station Road for twenty-two years, retires on
       Friday. There's a card in the office and a collection. He's seen half of you
       across that road as pupils, so dig deep.

    6. Allotment. Sue says the courgettes are out of control again. Help yourselves
       from the box in the staffroom before they take over.

    Have a good week.
    Paul

    Paul Mellor
    Deputy Headteacher
    Example School, Park Row, Leeds LS1 4AP | 01632 960000
    """)))

m("clean", "everyday", "heating_c_block", S("walton"), [LIST("allstaff", "All Staff")],
  "Heating in C block", (2025, 10, 20, 7, 31, 0),
  note="site manager, short, dialect 'nesh', 'owt'",
  body=plain(T("""
    Heating engineer is booked for Thursday. Before anybody says owt, yes I know it's
    nesh in C4 and C6.

    Portable heaters are in the site office. Two per room max, and don't plug them into
    extension leads.

    Craig
    Site Manager | 01632 960000
    """)))

m("clean", "everyday", "bridge_reintegration", S("ackroyd"), [ALI], "Reintegration plan - next steps",
  (2026, 1, 13, 15, 48, 20), cc=[S("mellor")], style="outlook",
  note="AP unit lead writes to father about reintegration timetable",
  body=alt(T("""
    Dear Ali,

    Thanks for coming in on Friday. As we agreed, from Monday 19 January he'll spend
    Tuesdays and Thursdays in mainstream lessons (English, maths, science and PE) and
    the rest of the week with us at the Bridge. Mr Mellor has copied the timetable
    into the attached plan and it'll be on the app by tonight.

    He'll check in with me at 8.35 on his mainstream days, and again at the end of
    lunch. If something goes wrong during the day, he knows he can come back to the
    Bridge rather than walking off site. That's the bit I'd like you to keep
    reinforcing at home.

    We'll review it together in six weeks, on Thursday 26 February at 3.30.

    I was pleased to see him up at the allotment on Saturday helping his grandad with
    the pigeon loft. He talked about it all Monday morning. It's the most I've heard
    him say in one go since September.

    Best wishes

    Gary Ackroyd
    Lead Practitioner, The Bridge (Alternative Provision)
    Example School, Park Row, Leeds LS1 4AP
    The Bridge direct line: 0114 496 0172
    """), "outlook"))

m("clean", "everyday", "y9_mining_museum_trip", S("fretwell"), [JANE], "Year 9 History trip - National Coal Mining Museum",
  (2026, 3, 3, 16, 22, 9), cc=[S("wragg")], style="outlook",
  note="trip letter to parent with PDF consent form",
  body=mixed(
      alt(T("""
        Dear Jane,

        Year 9 are visiting the National Coal Mining Museum for England on Wednesday 25
        March as part of our local history unit. Please find the letter and consent form
        attached.

        The underground tour goes about 140 metres down and is led by former miners,
        several of whom worked at the pits round here. It is cold and damp underground
        even in summer, so a warm coat and sensible shoes are essential. No watches or
        anything with a battery can go down the shaft (they'll be stored safely at the
        top).

        The coach leaves school at 8.45am and we'll be back for about 3.30pm. Please send
        a packed lunch. The cost is £12, payable on ParentPay by Friday 13 March.

        If your daughter has a grandparent or relative who worked down the pit and would be
        happy to talk to us about it, we'd love to hear from them.

        Kind regards

        Chloe Fretwell
        Teacher of History
        Example School, Park Row, Leeds LS1 4AP
        01632 960000
        """), "outlook"),
      att("Y9 Mining Museum letter and consent.pdf", tiny_pdf([
          "Example School - Year 9 History visit",
          "National Coal Mining Museum for England, Wednesday 25 March 2026",
          "Depart 8.45am, return approx 3.30pm. Cost: GBP 12 (ParentPay).",
          "",
          "I give permission for my child to attend.",
          "Name of pupil: ______________________  Form: ______",
          "Medical information: _______________________________",
          "Signed (parent/carer): ____________________  Date: __________",
      ]), "application/pdf")))

m("clean", "everyday", "y8_reports_published", S("office"), [SAM], "Year 8 progress reports",
  (2026, 3, 20, 14, 0, 0),
  note="short notice that reports are on the app",
  body=plain(T("""
    Dear Sam,

    Year 8 spring progress reports are now available on the MyChildAtSchool app under
    "Reports". If you have trouble logging in, reply to this email or ring the office
    and we'll reset it for you.

    Regards
    Janet Firth
    Office Manager, Example School
    01632 960000
    """)))

MOCK_CSV = T("""
    date,session,paper,duration,room
    2025-12-01,AM,English Language Paper 1,1h45,Sports Hall
    2025-12-01,PM,Geography Paper 1,1h30,Sports Hall
    2025-12-02,AM,Maths Paper 1 (non-calculator),1h30,Sports Hall
    2025-12-03,AM,Biology Paper 1 / Combined Science Biology 1,1h45 / 1h15,Sports Hall
    2025-12-04,AM,English Literature Paper 1,1h45,Sports Hall
    2025-12-04,PM,History Paper 1,2h00,Library
    2025-12-05,AM,Maths Paper 2 (calculator),1h30,Sports Hall
    2025-12-08,AM,Chemistry Paper 1 / Combined Science Chemistry 1,1h45 / 1h15,Sports Hall
    2025-12-09,AM,RE Paper 1,1h45,Sports Hall
    2025-12-10,AM,Physics Paper 1 / Combined Science Physics 1,1h45 / 1h15,Sports Hall
    2025-12-11,AM,Maths Paper 3 (calculator),1h30,Sports Hall
    2025-12-12,AM,French / German Listening and Reading,1h45,Library
    """)
m("clean", "everyday", "mock_timetable", S("exams"), [PUP("year11", "Year 11")],
  "Year 11 mock exam timetable", (2025, 11, 17, 9, 15, 27), cc=[S("ibbotson")],
  note="exams officer sends mock timetable as CSV attachment",
  body=mixed(plain(T("""
    Year 11,

    Your mock exam timetable is attached. Please check it carefully and tell me by
    Friday if you think you've got a clash or you're missing a paper.

    Mocks are run exactly like the real thing: clear pencil case, no phones or watches
    in the hall, arrive ten minutes before the start. If you have access arrangements
    (extra time, a reader, a laptop) you'll get a separate note from Mrs Gascoigne.

    Good luck with your revision.

    Mrs Swallow
    Exams Officer
    Example School, Park Row, Leeds LS1 4AP | 01632 960000
    """)), att("Y11_mocks_Dec2025.csv", MOCK_CSV.encode("utf-8"), "text/csv", cte="base64", charset="utf-8")))

m("clean", "everyday", "it_password_reset", S("gill"), [PUP("24lgreaves", "Logan Greaves")],
  "Your password", (2025, 9, 9, 11, 41, 3),
  note="IT tech tells pupil password has been reset",
  body=plain(T("""
    Hi Logan,

    I've reset your password as you asked at the IT office. The temporary one is on the
    slip I gave your form tutor. You'll be asked to change it the first time you log
    in. Make it at least 10 characters and please don't make it your football team
    again.

    Ryan
    IT Support
    """)))

ICS = T("""
    BEGIN:VCALENDAR
    PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
    VERSION:2.0
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:r21-ehcp-annual-review-0001@example-school.org.uk
    DTSTAMP:20260204T101500Z
    DTSTART:20260305T143000Z
    DTEND:20260305T153000Z
    SUMMARY:EHCP annual review
    LOCATION:SEN Base meeting room, Example School
    ORGANIZER;CN=Bev Gascoigne:mailto:senco@example-school.org.uk
    END:VEVENT
    END:VCALENDAR
    """).replace("\n", "\r\n")
m("clean", "everyday", "ehcp_review_invite", S("senco"), [SAM], "EHCP annual review - Thursday 5 March",
  (2026, 2, 4, 10, 15, 0), cc=[X("SEND Casework Team", "send.casework@localauthority.example.org")],
  style="outlook", note="SENCo invites carer to EHCP review, calendar attachment, LA cc'd",
  body=mixed(
      alt(T("""
        Dear Sam,

        His EHCP annual review is booked for Thursday 5 March at 2.30pm in the SEN Base
        meeting room. I've attached a calendar invite. His caseworker from the local
        authority is copied in and has said she'll join on Teams.

        Before the meeting, could you fill in the parent/carer views form I sent home in his
        bag last week? If it's gone missing (it usually has), I can go through it with you
        on the phone instead. It takes about twenty minutes.

        We'll also ask him for his views beforehand. He's already told me he wants "more
        time on the allotment and less French", which I think we can have a sensible
        conversation about.

        Kind regards
        Bev

        Bev Gascoigne
        SENCo
        Example School, Park Row, Leeds LS1 4AP
        01632 960000
        """), "outlook"),
      att("EHCP annual review.ics", ICS, "text/calendar", cte="7bit", charset="utf-8")))

m("clean", "everyday", "girls_football_fixture", S("hinch"),
  [X("Jen Pickersgill", "j.pickersgill@dearnevalleyacademy.example.org")],
  "RE: Y9 girls fixture Weds", (2025, 9, 23, 12, 30, 48), style="outlook",
  note="PE teacher confirms fixture with another school, Outlook quote block",
  body=alt(T("""
    Hi Jen,

    Wednesday's fine. Kick-off 3.30 on our 4G (come in the bottom gate on Barnsley Road,
    not the main entrance, or you'll be stuck behind the buses). We'll have a ref. Could
    you bring your own bibs? Ours are in the wash after the Year 7 tournament.

    Changing rooms will be open from 3.10. There's a brew in the PE office for you and
    your staff after.

    Cheers
    Dean

    Dean Hinchliffe
    Teacher of PE
    Example School, Park Row, Leeds LS1 4AP
    01632 960000

    From: Jen Pickersgill <j.pickersgill@dearnevalleyacademy.example.org>
    Sent: 23 September 2025 09:12
    To: Dean Hinchliffe <d.hinchliffe@example-school.org.uk>
    Subject: Y9 girls fixture Weds

    Hi Dean, are we still OK for Weds 1 Oct? We'll have 14 girls and a minibus.
    Half of them support Arsenal so they think they're going to win. Jen
    """), "outlook"))

m("clean", "everyday", "lost_coat_ginnel", S("office"), [ALI], "Re: lost coat",
  (2025, 12, 3, 11, 22, 37), in_reply_to="btinternet.com",
  note="office replies to father about lost coat found in the ginnel",
  body=plain(T("""
    Hi Ali,

    Good news: a black North Face coat with his initials on the label was handed in this
    morning. One of the dinner ladies found it on the wall in the ginnel behind the Co-op
    on her way in. It's a bit damp but otherwise fine. It's in the office, so he can
    collect it at break.

    Janet

    > Morning, he's come home without his coat AGAIN, black north face, name in it.
    > If its not found his mam will kill him. Cheers Ali
    """)))

m("clean", "everyday", "cover_request_german", S("kowalczyk"), [S("cover")], "Cover Thursday P3-4",
  (2026, 1, 27, 16, 9, 55),
  note="cover request, short",
  body=plain(T("""
    Hi Mandy,

    I'm at the exchange planning meeting in Sheffield on Thursday periods 3 and 4.
    Work is set on Teams for 8Y1 (vocab test, answers in the folder on my desk) and
    10Y2 (reading paper, practice 3). Neither class needs a specialist.

    Thank you!
    Anya
    """)))

m("clean", "everyday", "library_reading_challenge", S("pryce"), [PUP("year7", "Year 7")],
  "Spring Reading Challenge 📚", (2026, 1, 6, 8, 20, 0), style="gmail",
  note="librarian (accented name, RFC 2047 From) runs reading challenge",
  body=alt(T("""
    Hello Year 7!

    The Spring Reading Challenge starts today. Read five books before Easter, write
    two lines about each one on the card from the library, and you'll get a badge, a
    certificate in assembly and a go on the prize tub.

    Any book counts: graphic novels, football autobiographies, the one about the
    dragon that you've read three times already. Audiobooks count too.

    The library is open every lunchtime and on Tuesdays and Thursdays until 4pm.
    Come and see me if you don't know where to start. That is literally my job and I
    love it.

    Mrs Pryce
    Librarian
    Example School, Park Row, Leeds LS1 4AP
    """), "gmail"))

m("clean", "everyday", "praise_band_concert", S("wragg"), [JANE], "A quick well done",
  (2025, 12, 17, 17, 3, 22), style="gmail",
  note="head of year praises daughter to parent",
  body=alt(T("""
    Hi Jane,

    I just wanted to let you know how proud we were of her at the Christmas concert last
    night. When the Year 7 lad on second cornet froze before his solo, she leaned over,
    said something to him, and played the first two bars alongside him until he found his
    feet. Nobody in the audience would have noticed, but Mr Heppenstall did and so did I.

    She's getting a Head of Year commendation in assembly on Friday.

    Have a lovely Christmas,
    Karen

    Karen Wragg
    Head of Year 9
    Example School, Park Row, Leeds LS1 4AP
    01632 960000
    """), "gmail"))

m("clean", "everyday", "snow_procedure", S("head"), [LIST("allstaff", "All Staff")],
  "Severe weather - how we decide", (2026, 1, 8, 18, 45, 0),
  note="head explains snow closure procedure",
  body=plain(T("""
    Dear colleagues,

    With snow forecast overnight, a reminder of how this works.

    Craig and I will check the site and the roads from 5.45am. If we need to close or
    open late, I'll decide by 6.30am. The text service, the website and Radio Sheffield
    will all have it by 6.45am. Please don't ring the office before 7.30, nobody will be
    there to answer.

    If we're open and you can't get in safely, ring the absence line and tell Mandy.
    Those of you coming over the tops from Holmfirth and Penistone way know what the
    Woodhead can be like. Don't take risks to get here. A late start is fine.

    If you live in town and can walk in, I'd be grateful if you would, because the
    buses will be all over the place and we'll need people on the gate.

    Thank you
    Jonathan

    Jonathan Whitworth
    Headteacher
    Example School, Park Row, Leeds LS1 4AP | 01632 960000
    """)))

m("clean", "everyday", "governors_papers", S("finance"), [LIST("governors", "Governing Board")],
  "Papers for Resources Committee, 10 March", (2026, 3, 3, 9, 0, 12), style="outlook",
  note="business manager sends committee papers with PDF",
  body=mixed(
      alt(T("""
        Dear Governors,

        Please find attached the papers for the Resources Committee on Tuesday 10 March at
        5.30pm in the library.

        Agenda items:
        1. Budget monitoring, period 10
        2. Three-year budget forecast (first draft)
        3. Premises: C block roof and heating
        4. Lettings: brass band and community allotment agreements
        5. Any other business

        If you can't attend, please let me know so I can check we'll be quorate.

        Kind regards
        Linda Marsden
        School Business Manager
        Example School, Park Row, Leeds LS1 4AP
        01632 960000
        """), "outlook"),
      att("Resources Committee papers 10-03-2026.pdf", tiny_pdf([
          "Example School - Resources Committee - 10 March 2026",
          "1. Budget monitoring P10: forecast outturn within 0.4% of budget.",
          "2. Three-year forecast: draft attached for discussion.",
          "3. Premises: C block roof survey received; heating replacement quote.",
          "4. Lettings: brass band (Tues/Thurs evenings), allotment association.",
      ]), "application/pdf")))

m("clean", "everyday", "catering_allergy", S("catering"), [JANE], "Allergy information",
  (2025, 9, 15, 13, 44, 2),
  note="catering manager confirms allergy arrangements with parent",
  body=plain(T("""
    Dear Mrs Parent,

    Thank you for the updated allergy information from the hospital. I've added the
    sesame allergy to her record, so it'll come up on the till when she pays with her
    fingerprint, and all the kitchen staff have been told.

    Our bread rolls and the breadcakes we use for the bacon sandwiches at breakfast club
    are sesame-free, but the seeded bloomer on the salad bar isn't, so she should avoid
    that. I've also put a note on the Friday "pie and peas" counter because the pastry
    glaze changes supplier sometimes.

    If she's ever unsure, she should ask for me or Lynn at the counter. We'd much rather
    be asked.

    Kind regards
    Denise Cawthorne
    Catering Manager
    Example School, Park Row, Leeds LS1 4AP
    """)))

m("clean", "everyday", "prom_committee_minutes", S("ibbotson"),
  [PUP("21esykes", "Ellie Sykes"), PUP("21zahmed", "Zara Ahmed"), PUP("21kbarraclough", "Kayden Barraclough")],
  "Prom committee - notes from Tuesday", (2026, 3, 11, 16, 12, 0), cc=[S("office")],
  note="prom committee minutes to pupils",
  body=plain(T("""
    Hi all, notes from Tuesday.

    Present: Ellie, Zara, Kayden, Miss Ibbotson, Mrs Firth (for the money bit)

    1. Venue. Wentworth Hall confirmed for Friday 26 June. Deposit paid.
    2. Menu. Three options each course. Zara to collect Year 11's choices via a
       Form. Deadline 1 May.
    3. Theme. Vote was "Hollywood" (9) vs "Casino Royale" (7) vs "Under the Sea" (2).
       Hollywood it is. Kayden has stopped sulking.
    4. Photo booth. Quote from the company Ellie found was £280. Mrs Firth to check
       their insurance.
    5. Transport. Reminder that we can't organise or recommend limos/cars. That's a
       family thing. Will go in the parent letter.
    6. Fundraising. The cake sale made £143.60. The brass band has offered to play at
       the arrivals if we want them. Everyone said yes.

    Next meeting: Tuesday 24 March, 3.15, H3.

    Miss I
    """)))

m("clean", "everyday", "cpd_booking_forward", S("lindley"), [S("finance")],
  "Fwd: Booking confirmation - GCSE English Literature moderation training",
  (2025, 10, 14, 10, 3, 0), style="outlook",
  note="forwarded course booking confirmation to business manager",
  body=alt(T("""
    Hi Linda, forwarding the confirmation for the invoice. It should come out of English
    CPD. Thanks, Priya

    ________________________________
    From: Events Team <events@englishtraining.example.com>
    Sent: 13 October 2025 16:41
    To: Priya Lindley <p.lindley@example-school.org.uk>
    Subject: Booking confirmation - GCSE English Literature moderation training

    Dear Priya Lindley,

    Thank you for your booking.

    Course: GCSE English Literature - Marking and Moderation (Paper 2)
    Date: Thursday 20 November 2025, 9.30am - 3.30pm
    Venue: Holiday Inn, Sheffield M1 J36
    Delegates: 1
    Fee: £225 + VAT

    An invoice will be sent to the finance contact on your account.

    Kind regards
    The Events Team
    """), "outlook"))

m("clean", "everyday", "dt_nea_feedback", S("ellison"), [PUP("22jholroyd", "Jack Holroyd")],
  "NEA folder - feedback on section C", (2026, 1, 29, 19, 20, 0),
  note="DT teacher feedback to Year 10 pupil",
  body=plain(T("""
    Jack,

    I've read section C of your NEA folder. The good stuff first: your user research is
    excellent. Interviewing your grandad about what's hard to use in his shed was a
    great idea, and the photos of the old tools are really useful.

    What's missing:
    - Your specification points need to be measurable. "It must be strong" isn't a
      spec point. "It must hold a 5 kg load without bending" is.
    - You need at least three initial design ideas. You've got two, and the second is
      more or less the first one turned round.
    - Annotate your sketches. The examiner can't read your mind.

    Get those sorted and you'll be well into the top band for this section. Come to
    the DT room Tuesday after school if you want to go through it.

    Mr Ellison
    """)))

m("clean", "everyday", "staff_fish_and_chips", S("senior"), [LIST("allstaff", "All Staff")],
  "End of term chippy tea", (2025, 12, 10, 12, 31, 5), style="gmail",
  note="social email, dialect ('owt', 'snap')",
  body=alt(T("""
    Hi everyone,

    It's the end-of-term chippy tea on Friday 19th, staffroom, 12.30 (we finish at 1.15).
    Sign-up sheet is on the fridge door. Orders to me by Wednesday lunch so I can ring
    them through to Beverley's.

    £6.50 for fish, chips and peas; £5 for sausage or a pattie. If you want owt else,
    write it on. Veggie and halal options are there too, just say.

    Please don't bring snap that day, there's always too much food and Craig ends up
    taking cold chips home for the dog.

    Hayley x
    """), "gmail"))

m("clean", "everyday", "work_experience_garage", S("rhodes"),
  [X("Dave Hepworth", "dave@dearnevalleymotors.example.com")],
  "Work experience placement - June", (2026, 2, 18, 11, 5, 33), style="outlook",
  note="careers leader confirms work experience placement with local employer",
  body=alt(T("""
    Dear Dave,

    Thank you so much for agreeing to take one of our Year 10 students for work
    experience again this year. Kayla has asked specifically for a garage placement and
    she's mad keen on cars. Her dad's a mechanic at the bus depot, so she already knows
    her way round an engine bay better than I do.

    Dates: Monday 15 to Friday 19 June 2026, 8.30am to 4pm (she can stay later if you
    need her and she's happy to).

    I'll send the placement agreement and health and safety checklist next week. A
    member of staff will visit on the Wednesday, just a ten-minute chat, and I'll ring
    ahead.

    If there are any problems during the week, please ring me on 01632 960000 or my
    mobile for placement week, 07700 900318.

    Best wishes
    Gemma Rhodes
    Careers Leader
    Example School, Park Row, Leeds LS1 4AP
    """), "outlook"))

m("clean", "everyday", "band_stands_volunteer", S("hepp"),
  [X("Ken Holroyd", "grandad.ken.cornet@hotmail.co.uk")], "Thank you for the stands",
  (2025, 10, 23, 19, 5, 0), style="gmail",
  note="music teacher thanks a retired bandsman volunteer (personal webmail)",
  body=alt(T("""
    Ken,

    Just a quick note to say thank you for mending the music stands. The kids couldn't
    believe it when they came in on Wednesday and every one of them went up and down
    without collapsing. You've saved the department about two hundred quid.

    If you fancy coming in to hear them before the Christmas concert, you'd be more than
    welcome. Thursday rehearsals, 3.15 in the hall. Jack would be made up to have his
    grandad in, even if he'd never say so, and it would do the cornets good to play to
    somebody who was at Grimethorpe for thirty years.

    All the best
    Tom

    Tom Heppenstall
    Director of Music & Band Leader
    Example School, Park Row, Leeds LS1 4AP
    01632 960000
    """), "gmail"))

# ---------------------------------------------------------------------------
# CLEAN: hard negatives (30)
# ---------------------------------------------------------------------------
m("clean", "hard", "penistone_band_contest", S("hepp"), [JANE, ALI],
  "Youth band contest at Penistone - Saturday 7 March", (2026, 2, 23, 18, 2, 0), style="outlook",
  note="place name Penistone (brass band contest letter)",
  body=alt(T("""
    Dear Parents and Carers,

    Our youth band has been entered into the South Yorkshire Youth Brass Contest at the
    Penistone Paramount on Saturday 7 March. It's the first time we've competed since
    before Covid, and the band has been working really hard.

    The plan:
    - Coach leaves school at 8.15am. Please don't be late, we draw for the playing
      order at 9.30.
    - We play at roughly 11.40 (depending on the draw). Results are at about 4pm.
    - Back at school for approximately 5.30pm. I'll text the app when we leave
      Penistone.

    Uniform: black trousers or skirt, black shoes, white shirt and the band jacket. If
    you still haven't got a jacket that fits, see me this week. There's a rail of them in
    the music store.

    Tickets for families are £6 on the door at the Paramount. It's a lovely old cinema
    with a proper organ, well worth the trip even if brass isn't your thing.

    Many thanks
    Tom Heppenstall
    Director of Music & Band Leader
    Example School, Park Row, Leeds LS1 4AP
    Band mobile (on the day): 07700 900264
    """), "outlook"))

m("clean", "hard", "viking_place_names", S("dransfield"), [S("fretwell"), LIST("humanities", "Humanities")],
  "Y7 place-names lesson - resources", (2025, 11, 4, 16, 40, 0),
  note="geography lesson on Norse place names incl. Scunthorpe",
  body=plain(T("""
    Hi both,

    The Y7 settlement lesson on place names is in the shared drive (Geography > Y7 >
    Settlement > L4). Chloe, I've borrowed your Danelaw map, hope that's OK.

    The kids loved it last year. They work out the meanings of local places from the
    endings:
    -thorpe (Old Norse, a secondary settlement): Grimethorpe, Goldthorpe, Scunthorpe
    -by (a farmstead or village): Denaby, Barnby Dun, Selby
    -ley (Old English, a woodland clearing): Barnsley, Wombwell's neighbour Darfield
      doesn't fit, and that's a good discussion
    -ton (a farmstead or enclosure): Royston, Penistone (Penistone is a nice one
      because nobody agrees on the "Penis-" bit; probably a Celtic "pen" meaning a hill)

    Scunthorpe is supposed to come from "Skuma's thorp", Skuma being a Viking with a
    nickname, which goes down well.

    Extension task: they find their own street on the 1850s OS map and see what was
    there before the pit houses.

    Lee
    """)))

m("clean", "hard", "dofe_cockermouth", S("hinch"), [JANE, ALI], "Bronze DofE expedition - Lake District",
  (2026, 4, 21, 17, 0, 0), style="gmail",
  note="place names Cockermouth and Bassenthwaite in DofE letter",
  body=alt(T("""
    Dear Parents and Carers,

    The Bronze Duke of Edinburgh's Award qualifying expedition will take place from
    Friday 15 to Saturday 16 May in the northern Lake District. We'll base ourselves at
    a campsite just outside Cockermouth and walk a route round the back of Bassenthwaite
    Lake, camping overnight at a farm site near the lake.

    Kit list (also on the app):
    - Rucksack (about 50-60 litres, we can lend one)
    - Waterproof jacket AND waterproof trousers. Not optional. It's Cumbria.
    - Walking boots, worn in. Please don't buy new boots the week before.
    - Warm layers, hat and gloves, even in May
    - Sleeping bag, roll mat, head torch, water bottle
    - Food for two lunches, snacks and one evening meal (their group plans the menu)

    The coach leaves school at 6.30am on Friday and should be back by about 7pm on
    Saturday. I'll text the app when we're on the M62.

    Any questions, give me a shout.

    Dean Hinchliffe
    DofE Coordinator / Teacher of PE
    Example School, Park Row, Leeds LS1 4AP
    01632 960000 | Expedition mobile: 07700 900517
    """), "gmail"))

m("clean", "hard", "dorset_shitterton", S("attendance"), [S("wragg")], "back in one piece",
  (2025, 10, 27, 7, 49, 21),
  note="place name Shitterton in colleague's holiday chat",
  body=plain(T("""
    Morning Karen,

    Back from Dorset. Weather was grand, caravan was not. We drove through a village
    called Shitterton on the way to Bere Regis. Honestly, look it up. They've had to put
    a big stone sign up because people kept nicking the old one. Our Ben made us turn
    round so he could take a photo next to it. He's fifteen, what can you say.

    Coffee at break? I need to hear about Friday's parents' meeting.

    L
    """)))

m("clean", "hard", "orkney_twatt_question", S("dransfield"), [PUP("24ohussain", "Omar Hussain")],
  "Re: Orkney project", (2026, 5, 12, 15, 56, 10), in_reply_to=PUPILS,
  note="teacher answers pupil about Orkney place name Twatt (etymology) [unsure]",
  body=plain(T("""
    Hi Omar,

    Yes, it's a real place! Twatt is a small hamlet on Mainland Orkney, near the RSPB
    reserve at the Loons. The name comes from the Old Norse "thveit", meaning a small
    clearing or paddock. It's the same word that gives us "-thwaite" in place names in
    Cumbria and North Yorkshire, like Braithwaite or Bassenthwaite.

    So it's actually a good example for your project of how the Vikings named places
    in Orkney and in Yorkshire in the same way. Put it in, but keep it to the
    etymology and the birds, please, and leave out the jokes.

    The hen harriers on the reserve would be a good thing to research next.

    Mr Dransfield

    > sir is twatt actually a real place in orkney?? it came up on the map in the
    > library and everyone was laughing. can i put it in my project
    """)))

m("clean", "hard", "sussex_transfer", S("wragg"), [X("Admissions", "admissions@lewesacademy.example.org")],
  "In-year transfer - records and CTF", (2026, 4, 16, 14, 12, 4), style="outlook",
  note="county name Sussex in transfer records email",
  body=alt(T("""
    Dear Admissions Team,

    Further to your call yesterday, I can confirm that the pupil's last day with us is
    Friday 17 April. The family are moving to Lewes, East Sussex, and she'll start with
    you on Monday 20 April.

    The CTF has been uploaded to the School to School service this afternoon. Her SEN
    support plan and most recent reports are attached to the CTF. Our DSL will contact
    your DSL separately in the usual way.

    She is doing really well in maths and plays second cornet in our brass band. If you
    have a band or any music groups in East Sussex, she'd love to keep playing.

    With best wishes
    Karen Wragg
    Head of Year 9
    Example School, Park Row, Leeds LS1 4AP
    01632 960000
    """), "outlook"))

m("clean", "hard", "dickens_revision", S("lindley"), [PUP("year10", "Year 10")],
  "A Christmas Carol - revision for Monday", (2025, 12, 5, 14, 15, 0), style="outlook",
  note="surname Dickens in set-text revision",
  body=alt(T("""
    Year 10,

    Ahead of Monday's assessment on A Christmas Carol, please revise:

    1. How Dickens presents Scrooge's transformation across the five staves. Learn at
       least three quotations from Stave 1 and three from Stave 5.
    2. Dickens's purpose. Think about the 1834 Poor Law, the workhouses and "Ignorance
       and Want". Remember he called the novella a "sledgehammer" blow on behalf of the
       poor child.
    3. The Cratchits and Fezziwig as models of how to live.

    Top tip: the question will give you an extract, but you also have to write about the
    novella as a whole. Don't spend 40 minutes on the extract.

    Mrs Lindley
    Head of English
    """), "outlook"))

m("clean", "hard", "invigilator_rota_cockburn", S("exams"), [LIST("invigilators", "Invigilators")],
  "Invigilation rota - week of 11 May", (2026, 5, 6, 10, 33, 0),
  note="surnames Cockburn, Hancock, Balls in invigilation rota",
  body=plain(T("""
    Dear all,

    Here's the invigilation rota for the first week of the summer exams. Please check
    your sessions and let me know by Friday if there's a problem.

    Mon 11 May AM (Sports Hall, Biology 1) - Mrs Cockburn (lead), Mr Hancock, Mrs Booth
    Mon 11 May PM (Library, Geography 1) - Mrs Booth (lead), Mr Balls
    Tue 12 May AM (Sports Hall, English Lit 1) - Mr Hancock (lead), Mrs Cockburn, Mr Balls
    Wed 13 May AM (Sports Hall, Maths 1) - Mrs Cockburn (lead), Mrs Booth, Mr Hancock
    Thu 14 May AM (Sports Hall, RE 1) - Mr Balls (lead), Mrs Booth

    Please arrive 30 minutes before each session. Tea and biscuits are in the exams
    office as usual. Mrs Cockburn has kindly brought in another tin of parkin.

    Thank you
    Pat Swallow
    Exams Officer
    Example School, Park Row, Leeds LS1 4AP | 01632 960000
    """)))

m("clean", "hard", "cricket_wankhede", S("hinch"), [X("Rahul Wankhede", "r.wankhede@cricketfoundation.example.org")],
  "RE: Chance to Shine sessions - summer term", (2026, 3, 30, 13, 2, 0), style="outlook",
  note="surname Wankhede (visiting cricket coach)",
  body=alt(T("""
    Hi Rahul,

    Brilliant, thanks. Tuesdays work well for us. Year 8 girls periods 3-4, and then the
    after-school club from 3.15 to 4.30. I'll tell the kids it's Coach Wankhede from the
    county. A couple of the Year 8s play for the club down at the welfare ground, so you
    might recognise them.

    We've got stumps and soft balls, but not enough bats that aren't held together with
    tape. If you can bring some, that'd be great.

    Cheers
    Dean

    From: Rahul Wankhede <r.wankhede@cricketfoundation.example.org>
    Sent: 27 March 2026 10:20
    To: Dean Hinchliffe <d.hinchliffe@example-school.org.uk>
    Subject: Chance to Shine sessions - summer term

    Hi Dean, we can offer 6 weeks of sessions from w/c 20 April. Which day suits?
    Rahul Wankhede, Community Cricket Coach
    """), "outlook"))

m("clean", "hard", "canteen_heritage_menu", S("catering"), [LIST("allstaff", "All Staff")],
  "Heritage week menu", (2026, 3, 13, 11, 0, 0), cc=[S("office")], style="outlook",
  note="food words: faggots and peas, spotted dick, cock-a-leekie",
  body=alt(T("""
    Hi all,

    Next week is Heritage Week, so we're doing a traditional menu to go with the
    history and food tech work. Please tell your forms!

    Monday - Cock-a-leekie soup with a crusty roll; cottage pie
    Tuesday - Faggots, mash, mushy peas and onion gravy (veg option: Glamorgan sausages)
    Wednesday - Yorkshire pudding with roast beef or veggie sausage
    Thursday - Pie and peas; spotted dick and custard
    Friday - Fish, chips and scraps; jam roly-poly

    Pupils who are halal will have the chicken option every day as usual, and
    the allergy list is on the hatch.

    We're expecting the faggots to be a hard sell with Year 7, so if staff fancy
    setting an example, it's on us on Tuesday. Mrs Hirst has promised rhubarb from
    the allotment for Thursday's crumble as well.

    Denise
    Catering Manager
    """), "outlook"))

m("clean", "hard", "allotment_birds_hoes", S("hirst"),
  [PUP("25tdyson", "Tilly Dyson"), PUP("24lgreaves", "Logan Greaves"), PUP("23aoldroyd", "Aimee Oldroyd")],
  "Eco club - nest boxes and new hoes!", (2026, 4, 22, 15, 20, 0), style="gmail",
  note="animal and tool words: blue tits, great tits, cock pheasant, hoes",
  body=alt(T("""
    Hi eco club!

    Exciting news: the blue tits are back in the nest box on the shed, and Mr Dransfield
    thinks a pair of great tits have moved into the one on the hawthorn. Please keep
    away from both boxes. No peeking, even if you're being really quiet. We'll watch
    on the camera in the library instead.

    Also the cock pheasant is back, strutting about on the bottom field like he owns it.
    Don't chase him!

    We've got new tools thanks to the Co-op community fund: six hoes, four hand forks
    and a wheelbarrow that actually has air in the tyre. Hoes are for weeding between
    the rows, not for sword fights.

    This week: weeding the onion bed (the sow thistles are taking over) and planting out
    the sweet peas.

    Mrs Hirst
    """), "gmail"))

m("clean", "hard", "black_dyke_concert_trip", S("hepp"),
  [PUP("23mwaring", "Maisie Waring"), PUP("22jholroyd", "Jack Holroyd"), PUP("21esykes", "Ellie Sykes")],
  "Trip: Black Dyke Band at Huddersfield Town Hall", (2025, 11, 19, 16, 5, 0),
  cc=[JANE], style="outlook",
  note="brass band name 'Black Dyke' and Grimethorpe Colliery Band",
  body=alt(T("""
    Hi all,

    I've got 15 tickets for the Black Dyke Band's concert at Huddersfield Town Hall on
    Saturday 13 December. Black Dyke are probably the most famous brass band in the
    world, and you'll hear playing at a level that will make your jaw drop. Their
    principal cornet is unbelievable.

    Tickets are free for band members (the music hub is paying), and we'll go on the
    school minibus, leaving at 5.30pm and back for around 10.30pm.

    First come, first served. Reply to this email and bring the consent form back by
    Friday. Maisie's mum, thank you for offering to come as a second adult, I've copied
    you in.

    If you miss out, Grimethorpe Colliery Band are doing their Christmas concert at
    Barnsley Metrodome the week after, and I'll try to get tickets for that too.

    Mr Heppenstall
    """), "outlook"))

PE_CSV = T("""
    item,quantity,condition,action
    Cricket boxes (junior),8,2 cracked,replace 4 - hygiene: wash after every use
    Cricket boxes (senior),6,ok,none
    Cricket balls (match),12,6 worn,order 12
    Soft cricket balls,30,ok,none
    Shuttlecocks (feather),4 tubes,badly frayed,order 6 tubes
    Shuttlecocks (nylon),10 tubes,ok,none
    Netballs size 5,14,3 flat,pump/replace
    Rugby balls size 4,20,ok,none
    Hockey sticks,28,5 split,replace 5
    Bibs (red/blue/yellow),45,2 sets missing,chase after Y7 tournament
    """)
m("clean", "hard", "pe_kit_audit", S("hinch"), [S("marsh")], "Kit audit before summer term",
  (2026, 3, 27, 15, 40, 10),
  note="sports kit words: cricket boxes, balls, shuttlecocks, sports bras",
  body=mixed(plain(T("""
    Kieran,

    Kit audit attached. Main things:

    - We need new junior cricket boxes. Two are cracked, and honestly the rest need
      binning on hygiene grounds. Parents keep asking whether boys have to wear them
      for Kwik Cricket. Only with a hard ball, so Year 7 don't need them until June.
    - Shuttlecocks are a disgrace. The feather ones look like the pigeons have had them.
    - Three netballs are flat, just needs the pump from the cupboard.

    Separate thing: the Year 9 girls' council have asked about sports bras and the
    PE kit policy, a few of them are really self-conscious about the white polo
    shirts. Can we put it on the agenda for Thursday and ask Bev and Nadia to come
    along? I'd like to get a letter out before the summer term.

    Dean
    """)), att("PE kit audit March 2026.csv", PE_CSV.encode("utf-8"), "text/csv", cte="quoted-printable", charset="utf-8")))

m("clean", "hard", "y8_reproduction_letter", S("broadhead"), [SAM, LIST("y8parents", "Year 8 Parents")],
  "Year 8 Science - Human reproduction topic", (2026, 5, 18, 12, 0, 0), style="outlook",
  note="biology curriculum letter naming body parts",
  body=alt(T("""
    Dear Parents and Carers,

    After half term, Year 8 will start the Biology topic "Reproduction". This is part of
    the National Curriculum for Science, so all pupils take part. (It's separate from
    Relationships and Sex Education in PSHE, which you'll hear about from Mrs Begum.)

    The topic covers:
    - the structure and function of the male and female reproductive systems,
      including the penis, testes, sperm ducts, vagina, uterus and ovaries
    - the menstrual cycle
    - fertilisation, pregnancy and the development of the foetus
    - the effect of smoking, alcohol and drugs on the foetus
    - reproduction in flowering plants

    Lessons use scientific vocabulary and labelled diagrams. Pupils can ask questions
    anonymously using the question box. If you'd like to see the resources, just get in
    touch. We're very happy to share them.

    Kind regards
    Steve Broadhead
    Head of Science
    Example School, Park Row, Leeds LS1 4AP
    01632 960000
    """), "outlook"))

RSE_HTML = T("""
    <html><head><meta charset="utf-8"></head>
    <body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
    <p>Dear Parents and Carers,</p>
    <p>In the summer term, Year 10 PSHE lessons will cover the Relationships and Sex Education (RSE)
    topics set out in the statutory guidance. We want you to know what we teach and why.</p>
    <ul>
    <li><b>Consent</b>: what it means, how it is given and withdrawn, and the law</li>
    <li><b>Contraception</b>: the range of methods, including condoms, and where young people can get
    confidential advice locally</li>
    <li><b>Sexually transmitted infections</b>: prevention, testing and treatment</li>
    <li><b>Pornography</b>: how it can give a distorted picture of sex and relationships, and the law</li>
    <li><b>Sharing nudes and semi-nudes</b> ("sexting"): the law, the risks and how to get images removed</li>
    <li><b>Healthy and unhealthy relationships</b>, including coercive control</li>
    </ul>
    <p>You have the right to request that your child is withdrawn from some or all of the sex education
    delivered as part of RSE (but not from relationships education or from the Science curriculum). If you
    are thinking about this, please contact me first so we can talk it through. The resources are available
    to view at the Year 10 parents&rsquo; information evening on Tuesday 28 April.</p>
    <p>Kind regards<br>
    Nadia Begum<br>Teacher of RE &amp; PSHE Lead<br>
    Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
    </body></html>
    """)
m("clean", "hard", "rse_y10_letter", S("begum"), [LIST("y10parents", "Year 10 Parents")],
  "Year 10 Relationships and Sex Education (RSE) - summer term", (2026, 4, 14, 9, 30, 0),
  cc=[S("head")],
  note="RSE letter (HTML-only, base64) naming topics: condoms, pornography, sexting",
  body=htmlonly(RSE_HTML, "base64"))

m("clean", "hard", "tourettes_coprolalia", S("senco"),
  [S("lindley"), S("qureshi"), S("broadhead"), S("hinch"), S("kowalczyk")],
  "Y8 pupil with Tourette's - updated guidance (staff only)", (2025, 9, 10, 16, 45, 0),
  note="SENCo staff-only guidance quoting a pupil's involuntary tic words [unsure]",
  body=plain(T("""
    Dear colleagues,

    CONFIDENTIAL, staff only. You all teach LB in 8Y3, who has a diagnosis of Tourette's
    syndrome. Over the summer his tics have changed, and his consultant has confirmed
    he now has coprolalia, the involuntary saying of socially unacceptable words.

    What you might hear: at the moment it's mostly "fuck" and "shit", sometimes
    shouted, usually in clusters when he's anxious or excited (start of lessons,
    transitions, tests). These are NOT directed at anyone and are not a choice.

    What to do:
    - Do not sanction the tics or ask him to stop. It makes them worse.
    - Don't react. Carry on teaching. The class have been briefed (with his and his
      mum's agreement) and have been brilliant about it.
    - He has a time-out card and can go to the SEN Base whenever he needs to.
    - If another pupil copies or mocks him, that IS a behaviour issue. Follow the
      policy and log it.

    His one-page profile in the SEND register has been updated. Thanks all. He's a lovely
    lad and he's really worried about going back into lessons this year.

    Bev
    SENCo
    """)))

m("clean", "hard", "physio_spastic_diplegia", S("senco"),
  [X("Paediatric Physiotherapy", "paeds.physio@nhs.example.net")],
  "RE: Physiotherapy programme for school", (2025, 11, 26, 11, 10, 0), style="outlook",
  note="clinical term 'spastic diplegia' in physio report thread",
  body=alt(T("""
    Dear Helen,

    Thank you for the updated programme. I've shared it with his PE teachers and the TA
    who supports him, and we'll build the stretches into his morning check-in at the
    SEN Base. Could you let us know when you're next able to visit? We'd find it really
    helpful for you to see him on the stairs in C block, which are the biggest problem.

    Kind regards
    Bev Gascoigne
    SENCo
    Example School, Park Row, Leeds LS1 4AP | 01632 960000

    From: Paediatric Physiotherapy <paeds.physio@nhs.example.net>
    Sent: 24 November 2025 15:02
    To: SENCo <senco@example-school.org.uk>
    Subject: Physiotherapy programme for school

    Dear Mrs Gascoigne,
    Following review in clinic, diagnosis remains spastic diplegia (cerebral palsy),
    GMFCS level II. He walks independently but needs a rail on stairs. Please see
    the attached daily stretching programme (hamstrings and calf) and continue to
    allow him to leave lessons 5 minutes early.
    Helen Marsh, Paediatric Physiotherapist
    """), "outlook"))

m("clean", "hard", "dsl_threat_report", S("hague"), [S("dsl")],
  "Concern - Y10 pupil - verbal threat at break (CPOMS to follow)", (2026, 2, 3, 11, 18, 0),
  note="staff report to DSL quoting pupil's exact words",
  body=plain(T("""
    Hayley,

    Logging this now and will put it on CPOMS as soon as I'm back at a computer.

    At 10.55, on the yard by the Bridge door, RB (Y10) shouted at another Y10 girl
    (MH): "I'm gonna fucking batter you after school, you fat slag, and your brother
    can't save you." MH was visibly upset. RB was angry about a Snapchat post over the
    weekend that he says she shared.

    I separated them. RB is in the Bridge with Gary now. MH is with her head of year.
    I'm worried because RB said "after school", and they both walk home through the
    ginnel by the welfare. Could someone be on the Station Road gate at 3.10?

    Kerry
    Learning Mentor, The Bridge
    """)))

m("clean", "hard", "racist_incident_report", S("qureshi"), [S("mellor"), S("dsl")],
  "Racist incident - 8X2 - period 5", (2026, 3, 5, 15, 35, 0),
  note="teacher reports racist language used by a pupil, quoting it",
  body=plain(T("""
    Paul, Hayley,

    Reporting a racist incident from P5 today (I've also filled in the racist incident
    log form).

    During a group task, JW said to OH "shut up you Paki" and then, when I intervened,
    "it's just a word, sir, my grandad says it". Several pupils heard it. OH didn't
    respond in the lesson but was very quiet afterwards. I kept him back at the bell and
    he told me it has been happening on the bus as well, including "go back to your own
    country". OH was born in Barnsley.

    JW was removed to the Bridge for the rest of the lesson. I haven't contacted home yet
    because I wanted to check who's doing it.

    I'm happy to be part of any restorative meeting if that's the route.

    Imran
    """)))

m("clean", "hard", "homophobic_bus_forward", S("wragg"), [S("ibbotson"), S("dsl")],
  "FW: Incident on the 226 bus this morning", (2026, 2, 10, 9, 42, 0), style="outlook",
  note="forward of bus escort report quoting homophobic abuse, to HoY and DSL",
  body=alt(T("""
    Rachel, Hayley,

    See below from the bus escort. Three of mine (Y9) and a Y11 lad involved, so
    copying you both. I'll see the Y9s this morning and log it as homophobic bullying.
    Hayley, the boy on the receiving end has told me before that he's not out at home,
    so please can we be careful about what goes into any letter.

    Karen

    From: Bus Escort 226 <escort226@buscompany.example.com>
    Sent: 10 February 2026 08:55
    To: Karen Wragg <k.wragg@example-school.org.uk>
    Subject: Incident on the 226 bus this morning

    Mrs Wragg, on the way in this morning a group at the back were chanting "gay boy,
    gay boy" at a younger lad and one of the older ones called him a "faggot" and
    "batty boy" and threw his bag down the aisle. I moved the younger lad to the front
    with me. Names I know: the Lockwood twins and Kayden B. Driver has CCTV if you need it.
    Pauline
    """), "outlook"))

m("clean", "hard", "parent_abusive_reply_gmail", S("mellor"), [ALI], "Re: detention",
  (2026, 3, 10, 8, 14, 0), style="gmail", in_reply_to="btinternet.com",
  note="polite reply; swearing only in the parent's quoted message",
  body=alt(T("""
    Dear Mr Guardian,

    Thank you for your email. I can hear how frustrated you are, and I'm sorry that the
    detention letter reached you before anybody had phoned you.

    I've looked into it. The detention was given for leaving a lesson without
    permission, not for the uniform issue, and the time was moved because of the Year 10
    trip. I agree that should have been explained to you, and it wasn't.

    I'd like to meet you properly. Are you free on Thursday at 8.30, or after school?
    Gary will join us so that we can talk about how things are going at the Bridge too.

    I'd ask, though, that future emails stay civil. I know it's not how you'd speak to
    the staff if we were face to face.

    Yours sincerely
    Paul Mellor
    Deputy Headteacher
    Example School, Park Row, Leeds LS1 4AP | 01632 960000

    On Mon, 9 Mar 2026 at 22:51, Ali Guardian <ali.guardian@btinternet.com> wrote:
    > This detention is bollocks. Nobody rang me, nobody asked him what happened, and
    > now hes got an hour on friday when he has his boxing. Your system is a fucking
    > joke. You lot want him to fail so you can kick him out. Sort it.
    """), "gmail"))

m("clean", "hard", "parent_abusive_reply_outlook", S("qureshi"), [SAM], "RE: maths",
  (2026, 2, 12, 16, 30, 0), cc=[S("wragg")], style="outlook",
  note="polite reply; insult only in carer's quoted Outlook block",
  body=alt(T("""
    Dear Sam,

    Thank you for getting in touch, and I'm sorry he's been so upset about maths. That's
    the last thing I want.

    To explain what happened on Tuesday: he was moved from the table by the window
    because the light was giving him a headache (he told me this himself), not as a
    punishment. I should have explained that to the class more clearly. He's now on the
    front table nearest the door, which is in line with his SEN profile.

    I've copied in Mrs Wragg, and we'd both be very happy to meet with you. I'm free
    after school on Monday or Wednesday.

    Kind regards
    Imran Qureshi
    Teacher of Mathematics
    Example School, Park Row, Leeds LS1 4AP

    ________________________________
    From: Sam Carer <sam.carer@outlook.com>
    Sent: 11 February 2026 21:37
    To: Imran Qureshi <i.qureshi@example-school.org.uk>
    Subject: maths

    He came home crying again. You made him move in front of everyone. You're a
    useless prick who picks on kids with SEN because they can't answer back. I want
    him out of your class.
    """), "outlook"))

m("clean", "hard", "behaviour_policy_language", S("mellor"), [LIST("slt", "SLT"), S("wragg"), S("ibbotson")],
  "Behaviour policy review - language (for Thursday)", (2026, 4, 27, 17, 55, 0),
  note="deputy head discusses how the behaviour policy treats swearing, quoting examples [unsure]",
  body=plain(T("""
    Hi all,

    For Thursday's review, here's my draft of the section on language. The complaint
    from staff (fairly) is that we're not consistent: one teacher gives a C3 for
    something another lets go.

    Proposal:
    - Swearing in conversation, not directed at anyone ("shit, I've left my book at
      home"): C1 reminder, C2 if it carries on. We're not going to pretend our kids
      don't hear worse on the bus.
    - Swearing AT a member of staff or pupil ("piss off, sir", "fuck off" at a
      teacher): C3, removal to the Bridge, and a phone call home the same day.
    - Discriminatory language (racist, homophobic, sexist, disablist, including
      "that's so gay" and "retard"): always logged as a prejudice-related incident,
      whatever the intent, plus education via Nadia's restorative module.

    Question for us: does "bloody" count? I've had it argued both ways. My view is
    it's a C1 at most.

    Paul
    """)))

m("clean", "hard", "english_set_text_quotes", S("lindley"), [LIST("english", "English Department")],
  "Y11 Lit - quotations to push before the exam", (2026, 5, 5, 16, 10, 0), style="outlook",
  note="set texts quoted in English: 'bloody' (Remains), 'prick of noon' (R&J), 'damned spot'",
  body=alt(T("""
    Hi team,

    A few quotations the examiner reports keep saying are under-used. Please push these
    with your Y11 groups over the next fortnight.

    Remains (Armitage):
    "his bloody life in my bloody hands". Get them to unpick the double meaning: the
    literal blood and the casual swearing of the soldier's voice. Really good for AO2 on
    voice and colloquial language. Plenty of them will know a soldier or a veteran from
    round here, so handle it with care.

    Romeo and Juliet:
    Mercutio's "the bawdy hand of the dial is now upon the prick of noon" (2.4). Yes, the
    Year 11s will giggle. Use it: it's a good way into Mercutio's crude humour as a
    contrast with Romeo's Petrarchan language and the Nurse's bawdiness.

    Macbeth:
    "Out, damned spot! Out, I say!" Most of them know it but can't say anything about
    it beyond "she feels guilty". Push the imagery of blood and the prose/verse switch.

    Priya
    """), "outlook"))

m("clean", "hard", "mfl_false_friends", S("kowalczyk"), [LIST("mfl", "MFL Department")],
  "Y9 false friends starter + Rouen trip reminder", (2025, 10, 8, 15, 14, 0),
  note="foreign-language words (baiser, préservatif, Gift, Mist, Fahrt), 8bit UTF-8",
  body=plain(T("""
    Bonjour / Hallo all,

    I've uploaded the Y9 "faux amis" starter to the shared area (MFL > Y9 > Starters).
    It works really well as a warm-up before the reading paper. Some of the ones that
    always get a reaction, so be ready:

    French:
    - préservatif = condom, NOT preservative. "Sans conservateurs" is what's on the jam.
    - excité usually means over-excited/aroused. Use "j'ai hâte" for "I'm excited".
    - baiser as a verb is now vulgar. Teach "embrasser" for "to kiss" and move on quickly.
    - en retard = late (they love this one, obviously, but it's useful).

    German:
    - das Gift = poison, not a present. A good one for the Christmas unit.
    - der Mist = manure/rubbish, and it's a mild expletive, so it's worth a word about
      register.
    - die Fahrt = journey. Gute Fahrt! Yes, there will be sniggering.
    - bekommen = to get, not to become. Ich bekomme ein Steak, bitte.

    Rouen trip: passports to the office by Friday 17 October. Three still outstanding.

    Merci / Danke,
    Anya
    """), cte="8bit"))

m("clean", "hard", "maths_cumulative_frequency", S("newbould"), [PUP("year11", "Year 11")],
  "Revision: cumulative frequency and box plots", (2026, 4, 23, 17, 2, 0),
  note="maths vocabulary (cumulative, analysis) in revision email",
  body=plain(T("""
    Hi Year 11 (higher),

    As promised, the revision list for Thursday:

    1. Cumulative frequency. Plot at the END of each class interval, not the midpoint.
       Join with a smooth curve. Read off the median at n/2.
    2. Interquartile range from the curve: upper quartile at 3n/4, lower at n/4.
    3. Box plots. Compare two distributions using the median AND the IQR, in context:
       "On average, the Year 10 boys ran faster because their median time was lower,
       and their times were more consistent because the IQR was smaller."
    4. Histograms with unequal class widths. Frequency density = frequency / class width.

    The data analysis questions are worth a lot of marks and most of you lose them on the
    written comparison, not the drawing.

    Sparx code for the practice set: 11H-CF3.

    Mr Newbould
    """)))

m("clean", "hard", "science_revision_uranus", S("broadhead"), [PUP("year11", "Year 11")],
  "Triple science - last-minute revision pointers", (2026, 5, 20, 18, 30, 0), style="gmail",
  note="science vocabulary: erect image, titration, Uranus, Homo sapiens, asexual",
  body=alt(T("""
    Year 11,

    A few things that came up in today's revision session, for anyone who missed it.

    Physics
    - A magnifying glass (converging lens, object inside the focal length) gives a
      virtual, upright (erect), magnified image. The examiners accept "upright" or
      "erect". Say which side of the lens it's on.
    - Order of the planets: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus,
      Neptune. Yes, Uranus. Say it properly and get the mark.

    Chemistry
    - Titration required practical: rinse the burette with the acid, fill to the zero
      line, read from the bottom of the meniscus, swirl, add dropwise near the end
      point. Concordant results are within 0.10 cm3.

    Biology
    - Sexual vs asexual reproduction: meiosis vs mitosis, variation vs clones. Know two
      advantages of each.
    - Classification: Homo sapiens is the binomial name (genus then species, genus with
      a capital letter).

    You've got this.
    Mr Broadhead
    """), "gmail"))

m("clean", "hard", "miners_strike_scab", S("fretwell"), [LIST("allstaff", "All Staff")],
  "Miners' Strike oral history project - a sensitive one", (2026, 3, 5, 13, 0, 0),
  note="history project: 'scab' as historical term, sensitivity note",
  body=plain(T("""
    Dear colleagues,

    42 years ago today the strike started at Cortonwood, and as some of you know, Year 9
    are starting an oral history project on the 1984-85 Miners' Strike. They'll be
    interviewing family members and neighbours about the strike, the soup kitchens at
    the welfare, Orgreave and what happened to the town after the pit closed.

    A word of caution, because many of you grew up here and will know this already. The
    strike still divides families round here. Words like "scab" are still loaded, and
    some families were on different sides of the picket line. In lessons we're using
    the term "strike-breaker" as the neutral term, and we're discussing "scab" as
    historical vocabulary: who used it, why, and how it felt to be called one.

    If a pupil comes to you upset after an interview at home, please let me or their
    head of year know. If you'd be willing to be interviewed yourself, I'd love to hear
    from you.

    Chloe
    Teacher of History
    """)))

m("clean", "hard", "holocaust_memorial_assembly", S("begum"), [LIST("allstaff", "All Staff")],
  "Holocaust Memorial Day assemblies - 27 January", (2026, 1, 19, 15, 50, 0), style="outlook",
  note="RE/history words: Jews, Nazis, Roma, gay men, disabled people",
  body=alt(T("""
    Dear all,

    Holocaust Memorial Day assemblies will run across the week of 26 January, with each
    year group on its usual assembly day.

    This year's theme focuses on the individuals behind the numbers. We'll tell the story
    of a Jewish family from Frankfurt, and we'll be clear that the Nazis also persecuted
    and murdered Roma and Sinti people, disabled people (including through the Aktion T4
    programme), gay men and political opponents.

    Tutors: there's a 10-minute reflection activity in the tutor folder for the day after
    your year's assembly. Please don't skip it. Some of our pupils will have questions
    and some may repeat things they've picked up online. If anything antisemitic or
    otherwise prejudiced is said, log it on CPOMS in the usual way and let me know.

    Thank you
    Nadia Begum
    Teacher of RE & PSHE Lead
    """), "outlook"))

m("clean", "hard", "rainbow_club", S("senior"), [PUP("rainbowclub", "Rainbow Club")],
  "Rainbow Club - LGBT+ History Month", (2026, 2, 2, 12, 5, 0), style="gmail",
  note="LGBT+ club: gay, lesbian, bi, trans, queer used respectfully",
  body=alt(T("""
    Hi Rainbow Club!

    It's LGBT+ History Month, and you said you wanted to do a display in the library.
    Mrs Pryce has said yes!

    Ideas from last week:
    - Alan Turing (and the Bletchley link with the maths dept)
    - Lesbians and Gays Support the Miners, 1984. That one's got a local link with
      the strike, and Miss Fretwell says she can help.
    - Famous gay, lesbian, bi and trans sports people
    - A timeline of the law in the UK

    Someone asked if we can use the word "queer" on the display. Lots of people
    use it about themselves now, but some older people still hear it as an insult, so
    let's talk about that on Wednesday. It'll make for a good discussion.

    Wednesday lunch, H2 as usual. Biscuits provided.

    Miss Senior
    """), "gmail"))

# ---------------------------------------------------------------------------
# FLAG (20)
# ---------------------------------------------------------------------------
m("flag", "flag-plain", "data_meeting_bollocks", S("hinch"), [S("ackroyd")], "that meeting",
  (2025, 10, 8, 16, 41, 12),
  note="staff venting, 'bollocks'",
  body=plain(T("""
    Gaz,

    Did you sit through that data meeting? Forty minutes on "flight paths" for kids who
    can't get in the building half the time. Total bollocks. My Year 10s are down as a
    3 for PE theory because half of them were with you at the Bridge for the mock, and
    now I've got to write an "intervention plan".

    Pint at the welfare Friday? I need one.

    D
    """)))

m("flag", "flag-plain", "allotment_shed_bastard", S("hirst"), [S("walton")], "allotment shed AGAIN",
  (2026, 5, 11, 8, 2, 33),
  note="short complaint to site manager, 'bastard'",
  body=plain(T("""
    Craig, some bastard's had the padlock off the allotment shed again over the weekend.
    Strimmer gone and both big forks. Third time since Easter. Can you check the camera
    on the snicket side before it records over?

    Sue
    """)))

m("flag", "flag-plain", "parent_taking_the_piss", S("ackroyd"), [ALI], "Today",
  (2026, 2, 25, 15, 20, 0), style="outlook",
  note="AP lead to father: 'pissed off', 'taking the piss'",
  body=alt(T("""
    Ali,

    I'll be straight with you because we go back a long way. I'm pissed off. He walked
    out of the Bridge at ten o'clock again today, the third time this week, and when I
    rang your mobile it went to voicemail.

    I've bent over backwards for that lad. I put my neck on the line to get him back into
    mainstream two days a week, and he's taking the piss out of all of us, me, Mr Mellor
    and his teachers.

    I need you in on Thursday at 9. It's not optional this time.

    Gary

    Gary Ackroyd
    Lead Practitioner, The Bridge (Alternative Provision)
    Example School, Park Row, Leeds LS1 4AP
    """), "outlook"))

m("flag", "flag-plain", "prom_dj_shitshow", S("ibbotson"), [S("mellor"), S("office")],
  "Prom DJ has pulled out 🙄 absolute shitshow", (2026, 6, 8, 13, 10, 0), style="outlook",
  note="swearing in the subject ('shitshow'), RFC 2047 encoded because of emoji",
  body=alt(T("""
    Just had an email from "DJ Dazzle" (yes, really) saying he's double-booked on 26 June
    and he's "sure we'll understand". We paid the deposit in January.

    Janet, can you dig out the invoice and his terms? Paul, do you know anyone? Tom
    says the lad who did the band's Christmas do might be free.

    Not telling the committee until we've got a plan B.

    R
    """), "outlook"))

m("flag", "flag-plain", "dance_group_poof", S("hinch"), [S("marsh")], "Y8 groups next half term",
  (2026, 2, 12, 12, 48, 0),
  note="homophobic slur about a pupil",
  body=plain(T("""
    Kieran,

    The Allott lad in Y8 has asked to swap rugby for the dance group next half term. His
    dad'll go spare. To be fair he's always been a bit of a poof, so maybe it's for the
    best, we won't have him crying on the touchline every week.

    Can you sort the group lists with Priya's dance lot? She wants numbers by Friday.

    D
    """)))

m("flag", "flag-plain", "milk_run_slur", S("walton"), [S("office")], "milk",
  (2025, 11, 25, 10, 4, 0),
  note="racial slur in casual message [racial slur]",
  body=plain(T("""
    Janet, I'm nipping down to the Paki shop on Barnsley Road for milk and a paper, do
    you want owt? Back in 10.

    C
    """)))

m("flag", "flag-plain", "markbook_disablist", S("broadhead"), [LIST("science", "Science Department")],
  "Markbook + Friday", (2026, 1, 16, 16, 55, 0), style="outlook",
  note="disablist slurs ('retarded', 'spazzes') in department email",
  body=alt(T("""
    All,

    The new markbook update is totally retarded. It's wiped the Year 9 assessment columns
    again, so if you entered your Y9 test scores this week, check they're still there
    before you go home.

    And 9X5 were like a room full of spazzes this afternoon. I've had enough this week.
    Anyone for the Miners Arms at 5?

    Steve
    """), "outlook"))

m("flag", "flag-plain", "minibus_bay_twat", S("walton"), [LIST("allstaff", "All Staff")],
  "Minibus bay - AGAIN", (2025, 9, 22, 9, 12, 0),
  note="all-staff email calling a colleague a 'twat'",
  body=plain(T("""
    To whichever twat keeps parking their Qashqai in the minibus bay: the Year 7s were
    late for swimming this morning because the bus couldn't get out.

    It's a yellow hatched box with MINIBUS painted on it in letters a foot high.

    Next time I'm ringing the tow truck.

    Craig Walton
    Site Manager
    Example School, Park Row, Leeds LS1 4AP
    """)))

SEATING_CSV = T("""
    seat,pupil,notes
    A1,Kayleigh R,fine - good reader
    A2,Brandon T,little shit - do NOT let him sit near the window
    A3,Mia P,EAL - pair with Aimee
    B1,Aimee O,helpful
    B2,Connor H,gobby cow of a sister in Y11 - he's alright on his own
    B3,Jayden W,will try to leave for the toilet every 10 mins
    C1,Leah S,hearing aid - face her when talking
    C2,Reece D,fucking nightmare after lunch - keep him busy
    C3,Olivia M,quiet
    """)
m("flag", "flag-plain", "seating_plan_csv", S("wragg"), [S("cover")], "9X3 seating plan for tomorrow",
  (2025, 10, 15, 17, 40, 0), cc=[S("newbould")], style="outlook",
  note="swearing only in the .csv attachment's notes column",
  body=mixed(
      alt(T("""
        Hi Mandy, Josh,

        Seating plan for 9X3 tomorrow P2 attached. The notes column has the lowdown. Work
        is on Teams.

        Thanks
        Karen
        """), "outlook"),
      att("9X3 seating plan.csv", SEATING_CSV.encode("utf-8"), "text/csv", cte="base64", charset="utf-8")))

m("flag", "flag-disguised", "risk_assessment_asterisks", S("dransfield"), [S("fretwell")], "RA portal",
  (2026, 4, 29, 21, 3, 0), style="gmail",
  note="asterisk-masked swearing (f*cking, sh*t)",
  body=alt(T("""
    Chloe, the f*cking risk assessment portal has eaten my fieldwork RA for the third
    time. Three hours of work. Everything's sh*t today.

    Can I copy the coach bit from your Mining Museum one? Same company.

    Lee
    """), "gmail"))

m("flag", "flag-disguised", "pupil_symbol_mask", S("ackroyd"), [PUP("22rbeevers", "Reece Beevers")],
  "Monday", (2026, 3, 20, 15, 5, 0),
  note="to pupil, symbol-masked swearing (p!ssing, sh!t)",
  body=plain(T("""
    Reece,

    Stop p!ssing about on Snapchat in my sessions and get your sh!t sorted for Monday.
    Your English coursework is due and Mrs Lindley won't give you another extension.

    I'm in the Bridge from 8. Come in early and I'll sit with you.

    Mr Ackroyd
    """)))

m("flag", "flag-disguised", "server_cab_leet", S("gill"), [S("armitage")], "C block switch",
  (2026, 1, 14, 10, 36, 0),
  note="leetspeak swearing (b3llend, 5h1t)",
  body=plain(T("""
    Neil,

    Some b3llend has unplugged the switch in the C block cab to charge their phone. The
    whole first floor has been down since period 1 and I've had six people in the
    office asking if "the internet is broken". 5h1t like this is why I drink.

    I've put a cable tie on it. Can we get a lock on that cabinet door?

    Ryan
    """)))

m("flag", "flag-disguised", "trust_inspector_dots", S("hinch"), [S("ackroyd")], "today",
  (2025, 11, 20, 17, 22, 0),
  note="letters separated by dots/spaces (c.u.n.t, t w a t), base64 body",
  body=plain(T("""
    Gaz, that inspector from the trust was a right c.u.n.t. Walked into my Y10 theory
    lesson, stayed four minutes, and told me my questioning "lacked challenge".
    Then he had the nerve to ask where the staff toilets were. Absolute t w a t.

    Welfare, 6?
    """), cte="base64"))

m("flag", "flag-disguised", "prom_call_repeated", S("ibbotson"), [S("wragg")], "this day",
  (2026, 5, 21, 16, 58, 0), style="gmail",
  note="repeated letters (fuuuuuck, shiiiiite)",
  body=alt(T("""
    Fuuuuuck. Just spent forty minutes on the phone with a Year 11 mam about the prom
    criteria. Apparently counting attendance is "discrimination" and she's going to
    the Chronicle. What a shiiiiite end to the week.

    Tea. Now. My office.

    R x
    """), "gmail"))

m("flag", "flag-disguised", "coach_cancel_homoglyph", S("hepp"), [S("mellor")], "Band coach Saturday",
  (2026, 3, 4, 12, 15, 0), cc=[S("finance")], style="outlook",
  note="Greek/Cyrillic homoglyph letters in 'bollocks' and 'arsehole'",
  body=alt(T("""
    Paul,

    Dearne Coaches have just rung to say they can't do Saturday after all, "driver
    availability". Which is b\u03bfll\u03bfcks: they've taken a better-paying football
    job. The bloke on the phone was a proper \u0430rsehole about the deposit as well.

    I've got a quote from another firm for £40 more. Linda, can we go with it? I need to
    confirm by 3pm.

    Tom
    """), "outlook"))

m("flag", "flag-disguised", "allotment_fullwidth", S("hirst"), [S("wragg")], "allotment",
  (2026, 6, 15, 7, 12, 0), style="apple",
  note="full-width letters (shite, pissed off), 8bit UTF-8",
  body=plain(T(f"""
    Karen did you see the allotment?? Whole bottom bed under water, the spuds are
    rotting, it's {fullwidth('shite')}. And somebody has kicked the cold frame in. I'm
    proper {fullwidth('pissed off')}. I could cry.

    Sue x

    Sent from my iPhone
    """), cte="8bit"))

m("flag", "flag-disguised", "caseworker_zero_width", S("senco"), [S("senior")], "Annual review cancelled again",
  (2026, 3, 2, 16, 20, 0), style="outlook",
  note="zero-width characters inside 'wanker' and 'bullshit' (QP)",
  body=alt(T("""
    Hayley,

    The LA caseworker has cancelled the annual review AGAIN, the third time, with a
    one-line email at 4pm. What a wan\u200bker. And the "interim" letter they've sent the
    family is utter bull\u200dshit. It doesn't even have his name spelt right.

    I'm going to ring his manager tomorrow. Can you back me up if it goes to the Head?

    Bev
    """), "outlook"))

EXCHANGE_HTML = T("""
    <html><head><meta charset="utf-8"></head>
    <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
    <p>Jo,</p>
    <p>Just had the email from Frau Becker: the Bielefeld school have pulled out of the exchange
    for this year. Their head says it&#39;s &quot;insurance&quot;. Absolute <b>bol</b>locks, they just
    can&#39;t be bothered after last year&#39;s coach drama.</p>
    <p>Which leaves me with 23 Year 9s who&#39;ve paid a &pound;50 deposit and a f&#117;cking
    nightmare of a letter to write to parents. I&#39;ll draft it tonight. Can you sanity-check it
    before Paul sees it?</p>
    <p>Also the s<span style="color:#000000">hit</span>ty photocopier in the MFL office has jammed again.</p>
    <p>A</p>
    </div></body></html>
    """)
m("flag", "flag-disguised", "exchange_html_split", S("kowalczyk"), [S("dyson")], "Exchange",
  (2026, 1, 21, 18, 44, 0),
  note="HTML-only: swear words split by tags and entities",
  body=htmlonly(EXCHANGE_HTML, "7bit"))

# quoted-printable body built by hand so that a soft line break falls inside a word
MODERATION_QP = (
    "Karen,\n"
    "\n"
    "Moderation feedback is back for the Spoken Language endorsement. Two of the=\n"
    " sample were marked down because the recordings \"lack sufficient evidence of=\n"
    " audience response\". He was an absolute arse=\n"
    "hole on the phone about it, talked to me like I'd never taught a lesson in=\n"
    " my life.\n"
    "\n"
    "Can we have ten minutes at break tomorrow? I want the re-recording sorted=\n"
    " before Easter.\n"
    "\n"
    "P\n"
)
m("flag", "flag-disguised", "moderation_qp_softbreak", S("lindley"), [S("wragg")], "moderation",
  (2026, 3, 18, 17, 31, 0),
  note="quoted-printable soft line break inside 'arsehole'",
  body=Leaf("text/plain", MODERATION_QP, "quoted-printable", raw=True))

m("flag", "flag-disguised", "ex_at_gate_base64", S("wragg"), [JANE], "Today",
  (2025, 12, 4, 15, 40, 0), style="apple",
  note="to parent (friend outside school): 'wanker' about her ex, base64 body",
  body=plain(T("""
    Jane love, just seen him at the gate again shouting the odds. He's a proper wanker,
    that ex of yours, sorry but he is. Don't worry, Hayley had a word and he's gone.
    She's fine, she was in maths and didn't see owt.

    Ring me tonight if you want, I'm in after 7.

    K x

    Sent from my iPhone
    """), cte="base64"))


# ============================================================================
# Write everything
# ============================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MESSAGES, key=lambda d: (d["date"], d["slug"]))
    slugs = [d["slug"] for d in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    rows = []
    for i, d in enumerate(msgs, 1):
        fname = f"{i:03d}_{d['label']}_{d['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(render(d))
        rows.append([fname, d["label"], d["frm"][1],
                     " ".join(a[1] for a in d["to"] + d["cc"]), d["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {}
    for d in msgs:
        counts[d["kind"]] = counts.get(d["kind"], 0) + 1
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(counts, len(msgs)))
    print(f"wrote {len(msgs)} messages to {OUT}")


def readme(c, total):
    return T(f"""
    # Round 21 hold-out: obscene-language (blind)

    **Blind test corpus. Never use it for tuning rules, thresholds or word lists.**
    It was written without looking at mailguard's code, rules, tests or docs, only the
    school's e-mail policy, `config.example.yaml` and `directory/parents.csv`. If you
    tune the filter on these messages, they stop measuring anything.

    Setting for this round: an 11-16 school in a former mining town in South Yorkshire,
    with an alternative-provision unit ("the Bridge"), a brass band, a school allotment
    and a Year 11 prom. Many staff grew up locally and know the families, and local
    dialect (nowt, owt, nesh, snap, ginnel, snicket, mam) turns up in staff and parent mail.

    ## How it was made

    `../make_round21_obscene.py` (Python 3.11, standard library only) builds every
    message as raw RFC 5322 text, with fixed dates, Message-IDs and MIME boundaries,
    so the output is byte-identical on every run. Messages are numbered in date order
    (September 2025 to June 2026). All people, addresses and phone numbers are invented.
    Phone numbers are in the Ofcom drama ranges, third-party organisations use
    example.com/.org/.net, and the only parents are the three in `directory/parents.csv`.

    Regenerate (from the repository root):

        python3 tests/holdout/round21/make_round21_obscene.py

    `labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is `flag`
    or `clean`, and `recipients` is To + Cc separated by single spaces. Judgement calls are
    marked `[unsure]` in the note.

    ## Counts

    | expected | kind | count |
    |---|---|---|
    | flag | plain swearing or slur | {c.get('flag-plain', 0)} |
    | flag | disguised or encoded | {c.get('flag-disguised', 0)} |
    | clean | everyday school mail | {c.get('everyday', 0)} |
    | clean | hard negative | {c.get('hard', 0)} |
    | | **total** | **{total}** |

    ## Kinds of case

    - **flag, plain:** staff venting to colleagues (bollocks, bastard, twat,
      "taking the piss"), a swear word only in the subject (RFC 2047-encoded because
      of an emoji), swearing only in a .csv
      attachment, a message to a parent who is a friend outside school, and slurs:
      homophobic, racist and disablist.
    - **flag, disguised:** asterisk and symbol masks, leetspeak, letters separated by
      dots or spaces, repeated letters, Greek and Cyrillic homoglyphs, full-width letters,
      zero-width characters, words split by HTML tags or entities, a quoted-printable
      soft line break inside a word, and a base64 body.
    - **clean, everyday:** reminders, replies to parents, homework replies to pupils,
      staff admin, a newsletter, trip letters with PDF consent forms, an EHCP invitation
      (.ics), mock timetable (.csv), band, allotment and prom mail, and governors' papers.
    - **clean, hard negatives:** place names (Penistone, Scunthorpe, Cockermouth,
      Bassenthwaite, Shitterton, Twatt, Sussex), surnames (Dickens, Cockburn, Hancock,
      Balls, Wankhede), food (faggots, spotted dick, cock-a-leekie), birds and tools
      (blue tits, great tits, cock pheasant, hoes), sports kit (cricket boxes, balls,
      shuttlecocks, sports bras), science and maths vocabulary, the Black Dyke Band,
      a Year 8 reproduction letter and an RSE letter, SEND (Tourette's coprolalia,
      spastic diplegia), staff-only reports to the DSL that quote a pupil's exact words
      (threat, racist, homophobic), polite replies where the abuse is only in the
      parent's quoted text, a behaviour-policy discussion about language, set-text
      quotations (Remains, Romeo and Juliet, Macbeth), false friends in French and German,
      the Miners' Strike ("scab" as a historical term), Holocaust Memorial Day, and an
      LGBT+ club.
    """)


if __name__ == "__main__":
    main()
