#!/usr/bin/env python3
"""Round 22 blind hold-out corpus: obscene-language module.

Setting: Example School's hospital and home-tuition service (ward teachers at
St Aidan's Children's Hospital, home tutors, CAMHS liaison at the Larchfield
Adolescent Unit, exam access arrangements, phased returns to mainstream).

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, and a fixed
shuffle seed, so two runs give byte-identical output.

BLIND corpus: never use it to tune the filter.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import random
import re
import textwrap
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people


class P:
    def __init__(self, name, addr, sig=""):
        self.name = name
        self.addr = addr
        self.sig = textwrap.dedent(sig).strip("\n")


SERVICE = "Example School - Hospital & Home Tuition Service"
FOOT = SERVICE + "\nPark Row, Leeds LS1 4AP | Tel: 01632 960000"

RH = P("Rachel Hughes", "r.hughes@" + DOM, """
    Rachel Hughes
    Ward Teacher - Ward 5 (Oncology & Haematology)
    Example School - Hospital & Home Tuition Service
    Ward Classroom, Level 3, St Aidan's Children's Hospital
    T: 0113 496 0412 | Main office: 01632 960000
    """)
BM = P("Beth Marsh", "b.marsh@" + DOM, """
    Beth Marsh
    Primary Ward Teacher - Wards 2 & 3
    Example School Hospital & Home Tuition Service
    Ward classroom 0113 496 0415 | Office 01632 960000
    """)
AK = P("Anya Kowalski", "a.kowalski@" + DOM, """
    Anya Kowalski
    Teaching Assistant, Ward Classroom
    Example School - Hospital & Home Tuition Service
    """)
MO = P("Mercy Okonjo", "m.okonjo@" + DOM, "Mercy Okonjo\nCover Teaching Assistant")
DO = P("Daniel Okafor", "d.okafor@" + DOM, """
    Daniel Okafor
    Home Tuition Tutor (Mathematics)
    Example School - Hospital & Home Tuition Service, Park Row, Leeds LS1 4AP
    Work mobile: 07700 900318 | Office: 01632 960000
    """)
KO = P("Kwame Osei", "k.osei@" + DOM, """
    Kwame Osei
    Home Tuition Tutor - Geography & Humanities
    Example School - Hospital & Home Tuition Service
    Work mobile 07700 900442 | Office 01632 960000
    """)
MB = P("Maeve Brennan", "m.brennan@" + DOM, """
    Maeve Brennan
    Head of Service
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP
    Tel: 01632 960000
    """)
DSL = P("Priya Sandhu", "dsl@" + DOM, """
    Priya Sandhu
    Deputy Head & Designated Safeguarding Lead
    Example School - Hospital & Home Tuition Service
    DSL line: 01632 960004 | Office: 01632 960000
    """)
OFF = P("Karen Whitlock", "office@" + DOM, """
    Karen Whitlock
    Office Manager
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP
    01632 960000 | office@example-school.org.uk
    """)
ATT = P("Gill Tranter", "attendance@" + DOM, """
    Gill Tranter
    Attendance & Admissions Officer
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP | 01632 960002 (direct) | 01632 960000 (main)
    """)
TN = P("Tom Nakamura", "t.nakamura@" + DOM, """
    Tom Nakamura
    Home Tuition Tutor - English
    Example School - Hospital & Home Tuition Service
    07700 900561 (work mobile)
    """)
SA = P("Sola Adeyemi", "s.adeyemi@" + DOM, """
    Sola Adeyemi
    Science Tutor (home & ward)
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP | 01632 960000 | work mobile 07700 900274
    """)
JP = P("Jack Pickering", "j.pickering@" + DOM, """
    Jack Pickering
    Reintegration Coordinator
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP
    Office 01632 960000 | Mobile 07700 900615
    """)
HL = P("Hannah Lloyd", "h.lloyd@" + DOM, """
    Hannah Lloyd
    SENDCo
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP | 01632 960000
    """)
EX = P("Bev Ashworth", "exams@" + DOM, """
    Bev Ashworth
    Exams Officer
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP
    01632 960006 (exams) | 01632 960000 (main office)
    """)
ED = P("Eilidh Doyle", "e.doyle@" + DOM, """
    Eilidh Doyle
    CAMHS Liaison Teacher - Larchfield Adolescent Unit
    Example School - Hospital & Home Tuition Service
    Unit classroom: 0113 496 0733 | Office: 01632 960000
    """)
LF = P("Luis Ferreira", "l.ferreira@" + DOM, """
    Luis Ferreira
    MFL Tutor (Spanish, German, Portuguese)
    Example School - Hospital & Home Tuition Service
    """)
GW = P("Graham Whitworth", "g.whitworth@" + DOM, """
    Graham Whitworth
    Business & IT Manager
    Example School - Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP | 01632 960000
    """)
NB = P("Nikhil Bhatt", "n.bhatt@" + DOM, """
    Nikhil Bhatt
    Home Tuition Tutor - History & RE
    Example School - Hospital & Home Tuition Service
    """)
SNB = P("Siobh\u00e1n N\u00ed Bhriain", "s.nibhriain@" + DOM, """
    Siobh\u00e1n N\u00ed Bhriain
    Creative Arts Tutor (ward & home)
    Example School \u2013 Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP \u00b7 01632 960000
    """)
ZO = P("Zo\u00eb Hartley", "z.hartley@" + DOM, """
    Zo\u00eb Hartley
    Assistant Head (Curriculum & Outreach)
    Example School \u2013 Hospital & Home Tuition Service
    Park Row, Leeds LS1 4AP | 01632 960000
    """)

ALLSTAFF = P("All Staff", "allstaff@" + DOM)
TUTORS = P("Home Tuition Team", "hometutors@" + DOM)
WARDTEAM = P("Ward Teaching Team", "wardteam@" + DOM)
GOVS = P("Chair of Governors", "chair.governors@" + DOM)

# parents (the only ones in the MIS export)
JANE = P("Jane Parent", "jane.parent@gmail.com")
SAM = P("Sam Carer", "sam.carer@outlook.com")
ALI = P("Ali Guardian", "ali.guardian@btinternet.com")

# pupils
TYLER = P("Tyler Collins", "24tcollins@" + PUP)
AISHA = P("Aisha Mirza", "23amirza@" + PUP)
ORLA = P("Orla Quinn", "23oquinn@" + PUP)
LEO = P("Leo Patel", "24lpatel@" + PUP)
EMAN = P("Eman Khan", "25ekhan@" + PUP)
RUBY = P("Ruby Darby", "23rdarby@" + PUP)
MAJA = P("Maja Nowak", "24mnowak@" + PUP)
JORDAN = P("Jordan Baptiste", "23jbaptiste@" + PUP)

# outside organisations (example.* only) and one or two private addresses
W5SISTER = P("Nicola Barraclough", "ward5.sister@staidans.example.org")
PLAY = P("Fern Adair", "f.adair@staidans.example.org")
PHYSIO = P("Rohan Wankhede", "r.wankhede@staidans.example.org")
ESTATES = P("Estates Helpdesk", "estates@staidans.example.org")
CAMHS = P("Dr Marcus Ellery", "m.ellery@camhs.example.org")
RIDGEWAY = P("Claire Dunmore", "c.dunmore@ridgewayhigh.example.com")
HOLME = P("Stuart Pryce", "s.pryce@holmebank.example.org")
EDPSYCH = P("Dr Yasmin Hale", "y.hale@edpsych.example.net")
AWARD = P("Special Consideration Team", "special.consideration@awardingbody.example.com")
WILFRID = P("St Wilfrid's Admin", "admin@stwilfrids.example.org")
FELLSIDE = P("Pupil Records", "records@fellside.example.org")
DOWNS = P("Inclusion Team", "inclusion@downsview.example.org")
LA = P("Medical Needs Team", "medicalneeds@council.example.org")
KIRSTY = P("Kirsty Mallinson", "kirsty.mallinson84@hotmail.co.uk")

# ---------------------------------------------------------------- encoding helpers


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def q_word(s, phrase=True):
    out = []
    for ch in s:
        for b in ch.encode("utf-8"):
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif phrase and c in "!*+-/":
                out.append(c)
            elif not phrase and c in "!*+-/.,:;'()&":
                out.append(c)
            else:
                out.append("=%02X" % b)
    return "".join(out)


def chunks_by_bytes(s, limit):
    cur, out = "", []
    for ch in s:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def enc_subject(s, how):
    if how == "B":
        words = ["=?UTF-8?B?%s?=" % base64.b64encode(c.encode()).decode()
                 for c in chunks_by_bytes(s, 39)]
    else:
        words = ["=?UTF-8?Q?%s?=" % q_word(c, phrase=False)
                 for c in chunks_by_bytes(s, 22)]
    return "\n ".join(words)


def fmt_addr(p):
    if not p.name:
        return p.addr
    if needs_enc(p.name):
        return "=?UTF-8?Q?%s?= <%s>" % (q_word(p.name), p.addr)
    if re.search(r"[,.;:'()@\"]", p.name):
        return '"%s" <%s>' % (p.name.replace('"', ""), p.addr)
    return "%s <%s>" % (p.name, p.addr)


def addr_list(ps):
    parts = [fmt_addr(p) for p in ps]
    return ",\n ".join(parts) if len(", ".join(parts)) > 60 else ", ".join(parts)


def fold_plain(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() not in (name + ":",):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def wrap_text(t):
    out = []
    for line in t.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)+)", line)
        prefix = m.group(1) if m else ""
        if prefix and not prefix.endswith(" "):
            prefix += " "
        content = line[len(m.group(1)) if m else 0:].lstrip(" ") if prefix else line
        ws = textwrap.wrap(content, width=76 - len(prefix),
                           break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + w for w in ws)
    return "\n".join(out)


def encode_body(text_or_bytes, cte, qp_split=()):
    if isinstance(text_or_bytes, bytes):
        raw = text_or_bytes
        text = None
    else:
        text = text_or_bytes
        raw = None
    if cte == "7bit":
        data = wrap_text(text).encode("ascii")
    elif cte == "8bit":
        data = wrap_text(text).encode("utf-8")
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw if raw is not None else text.encode("utf-8"))
        for word, cut in qp_split:
            enc = word.encode("ascii")
            lines = data.split(b"\n")
            done = False
            for i, ln in enumerate(lines):
                j = ln.find(enc)
                if j >= 0:
                    lines[i] = ln[:j + cut] + b"=\n" + ln[j + cut:]
                    done = True
            if not done:
                raise SystemExit("qp_split word %r not found" % word)
            data = b"\n".join(lines)
    elif cte == "base64":
        data = base64.encodebytes(raw if raw is not None else text.encode("utf-8"))
    else:
        raise ValueError(cte)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def leaf(ctype, content, cte, filename=None, qp_split=(), inline=False):
    h = []
    if ctype.startswith("text/"):
        ct = '%s; charset="utf-8"' % ctype
    else:
        ct = ctype
    if filename:
        ct += ';\n\tname="%s"' % filename
    h.append("Content-Type: " + ct)
    h.append("Content-Transfer-Encoding: " + cte)
    if filename:
        h.append('Content-Disposition: %s;\n\tfilename="%s"'
                 % ("inline" if inline else "attachment", filename))
    return ("\n".join(h), encode_body(content, cte, qp_split))


def multipart(subtype, boundary, parts):
    head = 'Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)
    body = b""
    for ph, pb in parts:
        body += ("--%s\n%s\n\n" % (boundary, ph)).encode("ascii") + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % boundary).encode("ascii")
    return (head, body)


# ---------------------------------------------------------------- HTML renderers

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{color:#0563C1;
\ttext-decoration:underline;}
.MsoChpDefault
\t{mso-style-type:export-only;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

HDR_RE = re.compile(r"^(From|Sent|To|Cc|Subject|Date):\s(.*)$")


def linkify(s):
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


def html_outlook(text):
    out = [OUTLOOK_HEAD]
    lines = text.rstrip("\n").split("\n")
    in_quote = False
    for i, ln in enumerate(lines):
        m = HDR_RE.match(ln)
        if m and ln.startswith("From: ") and (i == 0 or lines[i - 1].strip() in ("", "_" * 40)):
            if not in_quote:
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                           'padding:3.0pt 0cm 0cm 0cm">\n')
                in_quote = True
        if ln.strip() == "_" * 40:
            continue
        if m and in_quote and m.group(1) in ("From", "Sent", "To", "Cc", "Subject"):
            out.append('<p class="MsoNormal"><b><span lang="EN-US">%s:</span></b>'
                       '<span lang="EN-US"> %s<o:p></o:p></span></p>\n'
                       % (m.group(1), html.escape(m.group(2))))
            if m.group(1) == "Subject":
                out.append("</div>\n")
            continue
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % linkify(html.escape(ln, quote=False)))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_gmail(text):
    lines = text.rstrip("\n").split("\n")
    out = ['<div dir="ltr">']
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(re.sub(r"^> ?", "", lines[i]))
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("<br>".join(linkify(html.escape(x, quote=False)) for x in q))
            out.append("</blockquote>")
            continue
        if ln.strip() == "":
            out.append("<div><br></div>")
        elif re.match(r"^On .* wrote:$", ln):
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div></div>'
                       % html.escape(ln, quote=False))
        else:
            out.append("<div>%s</div>" % linkify(html.escape(ln, quote=False)))
        i += 1
    out.append("</div>\n")
    return "\n".join(out)


def html_apple(text):
    body = "<br>".join(linkify(html.escape(x, quote=False)) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">%s</div></body></html>\n' % body)


RENDER = {"outlook": html_outlook, "gmail": html_gmail, "apple": html_apple}

# ---------------------------------------------------------------- attachments


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 14 Tf", "72 770 Td", "16 TL", "(%s) Tj" % esc(title), "/F1 11 Tf", "T*"]
    for ln in lines:
        text.append("(%s) Tj T*" % esc(ln))
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Example School office) /CreationDate (D:20250101090000Z) >>"
         % esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


class Att:
    def __init__(self, filename, ctype, content, cte="base64"):
        self.filename, self.ctype, self.content, self.cte = filename, ctype, content, cte


def pdf(filename, title, body):
    return Att(filename, "application/pdf", make_pdf(title, textwrap.dedent(body).strip("\n").split("\n")))


def txt(filename, body, ctype="text/plain", cte="base64"):
    return Att(filename, ctype, textwrap.dedent(body).lstrip("\n"), cte)


# ---------------------------------------------------------------- message model

MSGS = []


def hid(s, n=12):
    return hashlib.sha256(("r22-obscene-" + s).encode()).hexdigest()[:n]


def add(kind, slug, frm, to, subject, date, body, note, cc=(), fmt="plain", cte="7bit",
        html_cte="quoted-printable", style="outlook", html_body=None, atts=(), subj_enc=None,
        reply=False, mailer=None, qp_split=(), sig=True):
    assert kind in ("flag", "clean")
    body = textwrap.dedent(body).strip("\n") + "\n"
    sigtext = frm.sig if sig is True else (textwrap.dedent(sig).strip("\n") if sig else "")
    if sigtext:
        # place the signature before any quoted thread
        marker = body.find("\n#SIG#\n")
        if marker >= 0:
            body = body.replace("#SIG#", sigtext, 1)
        else:
            body = body.rstrip("\n") + "\n\n" + sigtext + "\n"
    else:
        body = body.replace("\n#SIG#\n", "\n", 1)
    MSGS.append(dict(kind=kind, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     date=date, body=body, note=note, fmt=fmt, cte=cte, html_cte=html_cte,
                     style=style, html_body=html_body, atts=list(atts), subj_enc=subj_enc,
                     reply=reply, mailer=mailer, qp_split=qp_split))


def build(n, m):
    key = "%03d-%s" % (n, m["slug"])
    h = hid(key, 40)
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    style = m["style"]
    if style == "outlook":
        mid = "<LO2P265MB%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (h[:10].upper(), h[10:20].upper())
    elif style == "gmail":
        mid = "<CAK%s+%s@mail.gmail.com>" % (h[:18], h[18:30].upper())
    else:
        mid = "<%s-%s@example-school.org.uk>" % (h[:8].upper(), h[8:20].upper())
    hdr = ["From: " + fmt_addr(m["frm"]), "To: " + addr_list(m["to"])]
    if m["cc"]:
        hdr.append("Cc: " + addr_list(m["cc"]))
    subj = m["subject"]
    if m["subj_enc"] or needs_enc(subj):
        hdr.append("Subject: " + enc_subject(subj, m["subj_enc"] or "Q"))
    else:
        hdr.append(fold_plain("Subject", subj))
    hdr.append("Date: " + format_datetime(dt))
    hdr.append("Message-ID: " + mid)
    if m["reply"]:
        rid = "<%s@%s>" % (hid(key + "parent", 24), "mail.example.net")
        hdr.append("In-Reply-To: " + rid)
        hdr.append("References: " + rid)
    if style == "outlook":
        tt = subj if not needs_enc(subj) else None
        if tt and not m["subj_enc"]:
            hdr.append(fold_plain("Thread-Topic", re.sub(r"^(RE|Re|FW|Fwd): ", "", tt)))
        hdr.append("Thread-Index: AQH%s" % base64.b64encode(bytes.fromhex(h[:24])).decode().rstrip("="))
        hdr.append("Content-Language: en-GB")
        hdr.append("X-MS-Has-Attach: %s" % ("yes" if m["atts"] else ""))
    if m["mailer"]:
        hdr.append("X-Mailer: " + m["mailer"])
    hdr.append("MIME-Version: 1.0")

    text = m["body"]
    if m["fmt"] == "plain":
        main = leaf("text/plain", text, m["cte"], qp_split=m["qp_split"])
    else:
        hb = m["html_body"] if m["html_body"] is not None else RENDER[style](text)
        hpart = leaf("text/html", hb, m["html_cte"], qp_split=m["qp_split"])
        if m["fmt"] == "html":
            main = hpart
        else:
            tpart = leaf("text/plain", text, m["cte"], qp_split=m["qp_split"])
            main = multipart("alternative", "_alt_%s_" % h[:28], [tpart, hpart])
    if m["atts"]:
        parts = [main]
        for a in m["atts"]:
            parts.append(leaf(a.ctype, a.content, a.cte, filename=a.filename))
        main = multipart("mixed", "_mix_%s_" % h[12:40], parts)
    ph, pb = main
    raw = ("\n".join(hdr) + "\n" + ph + "\n\n").encode("ascii") + pb
    return raw


def fw(s):
    """full-width form of ASCII letters"""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ================================================================ FLAG messages
# ---- plain (undisguised) ----

add("flag", "day_room_overflow_bay", RH, [AK], "Day room", "2025-01-14 12:48:10", """
    Anya,

    Just been told by the bed manager that the day room is being turned into an overflow bay from tomorrow "for the foreseeable". So that's our classroom gone. Absolute bollocks - nobody asked us, nobody even told Nicola until this morning's huddle.

    I've put the Year 6 maths boxes and the reading trolley in the store cupboard by the parents' kitchen for now. Can you do bedside sessions only tomorrow and I'll try to grab ten minutes with Maeve about where we go next?

    Leo's mum asked if he can still carry on with the clay project - yes, just keep it to the over-bed table with the wipe-clean cover on, and check with the nurse first as he's neutropenic again.

    R
    """, "staff venting, 'bollocks' plain in body", sig=False)

add("flag", "dog_pissed_on_bag", DO, [KO], "Re: Visits in Armley this week", "2025-01-21 13:05:44", """
    Ha, you were right about the dog. Got through the door at 10, sat down at the kitchen table with Tyler and the thing cocked its leg and pissed all over my bag. Laptop's fine, marking not so much - three of his practice papers are drying out on the back seat of my car. Shit start to the morning.

    Session itself was decent once we got going. He's much steadier on simultaneous equations and managed 40 minutes before he needed a break, which is the longest since Christmas. Mum says the new meds are making him less foggy.

    Can you swap Thursday with me? I've got the access arrangements meeting at Ridgeway at 1.30 and I won't make it back across to Bramley for 2.

    D

    On Mon, 20 Jan 2025 at 17:02, Kwame Osei <k.osei@example-school.org.uk> wrote:
    > Watch out for the dog at the Collins house, it's friendly but it has no
    > boundaries whatsoever. Keep your bag on your knee.
    >
    > K
    """, "tutor venting to colleague: 'pissed', 'Shit'", fmt="alt", style="gmail", cte="quoted-printable",
    reply=True, sig=False)

add("flag", "la_tuition_hours_cut", MB, [ZO, GW], "RE: LA funding - tuition hours", "2025-01-21 18:34:02", """
    Zo\u00eb, Graham,

    I've read it twice and it's still fucking ridiculous. They want us to go from five hours a week to three for every KS4 pupil on the home tuition list "pending review", and the review isn't until June. That's three hours a week for a Year 11 who is sitting nine GCSEs from her bed.

    Graham - can you pull the numbers for how many of the current 41 are Year 10/11 and what the cut actually saves them? I want to go back with the cost of one young person leaving with nothing versus the cost of two extra hours.

    I'll draft something calmer for the LA tonight. Please don't forward this one.

    Maeve

    #SIG#

    From: Graham Whitworth <g.whitworth@example-school.org.uk>
    Sent: 21 January 2025 16:10
    To: Maeve Brennan <m.brennan@example-school.org.uk>; Zo\u00eb Hartley <z.hartley@example-school.org.uk>
    Subject: LA funding - tuition hours

    Maeve, this came from the medical needs team this afternoon - see the second paragraph. They're proposing the reduced hours from the start of next half term.

    Graham
    """, "head of service venting to SLT: 'fucking ridiculous', Outlook reply", fmt="alt",
    cte="quoted-printable", reply=True)

add("flag", "access_form_to_parent", EX, [SAM], "Access arrangements - Example Pupil Two", "2025-01-23 15:20:31", """
    Dear Sam,

    Thanks for sending the letter from Dr Okoro so quickly, it's exactly what I needed.

    I've started the application for extra time and supervised rest breaks. I'll be honest with you, the JCQ form is a bastard of a thing to fill in for a young person who hasn't been in a classroom for a year - half the boxes assume we've watched them sit tests in a hall. I'll get round it using evidence from the home tuition sessions and Mr Okafor's notes on how long Example Pupil Two can work before fatigue sets in.

    What I still need from you:
    - the signed candidate consent page (attached to my email last Friday)
    - confirmation that a room on their own at home is possible for the mocks, or whether you'd prefer us to use the small room at Park Row

    Once I have those I can submit, usually within a week.

    Kind regards,

    Bev
    """, "exams officer to parent: 'bastard of a thing'")

add("flag", "essay_intro_to_pupil", TN, [RUBY], "Your Inspector Calls draft", "2025-01-27 16:12:09", """
    Ruby,

    Got your essay draft, thanks. The middle two paragraphs on Mr Birling are really good - you're actually using the context now rather than bolting it on at the end.

    But you've rewritten the intro four times and it's still the same sentence in different clothes. Stop pissing about with it and write the conclusion; we'll come back to the intro on Thursday with fresh eyes.

    Reminder: Thursday's session is at 11, not 10, because you've got physio first.

    Mr N
    """, "tutor to pupil: 'pissing about'", sig=False)

add("flag", "retards_slur_holme_bank", JP, [HL], "Holme Bank meeting", "2025-02-04 15:47:26", """
    Hannah,

    Came out of the Holme Bank meeting and had to sit in the car for ten minutes.

    Their plan for Jordan's return is basically to put him in the learning support base all day "until he finds his feet". No timetable, no subject teachers, no mention of the cardiology letter about stairs. I said to Stuart that's not a phased return, that's parking a lad with a heart condition in with the retards and calling it inclusion. Probably not my finest moment but honestly.

    Can we talk tomorrow about whether you'd come to the next one? They listen to a SENDCo more than they listen to me, and I'd like his EHCP outcomes on the table before they decide anything.

    Jack
    """, "slur (disability) in own words, staff to staff", fmt="alt", cte="quoted-printable")

add("flag", "poof_about_needles", SA, [KO], "Ward 4 this morning", "2025-02-06 12:02:51", """
    Nikhil nearly passed out watching them put Kai's cannula in on Ward 4 this morning, had to go and sit in the corridor with a cup of sweet tea. Bit of a poof about needles isn't he. Don't tell him I told you.

    Are you coming to the science resources meeting at 3.30 or shall I send you the notes?

    S
    """, "slur (sexual orientation) as banter, staff to staff", sig=False, style="plain",
    mailer="iPhone Mail (22C152)")

add("flag", "handover_notes_attachment", BM, [MO], "Handover for next week - Wards 2 and 3", "2025-02-07 16:41:18", """
    Hi Mercy,

    Thanks so much for covering next week. Handover notes are attached - beds, reading levels and anything you need to know about families. Sister Barraclough knows you're coming and the ward classroom code hasn't changed.

    Ring me on the ward number if anything is unclear before 4 today.

    Beth
    """, "clean body; .txt attachment has 'pikey' slur and 'wanker' in author's own notes",
    atts=[txt("handover_wards2-3.txt", """
    HANDOVER - WARDS 2 & 3 - w/c 10 Feb
    (Beth Marsh, for Mercy)

    WARD 2
    Bed 4  - Poppy, Y2. Post-op, back on her feet. Reading band orange, loves the
             Oxford Owl books on the iPad. 20 mins max.
    Bed 7  - Kai, Y5. Sickle cell crisis, pain team involved. Good days and bad days,
             check with the nurse before starting. Doing fractions.
    Bed 9  - empty (expecting admission Tues)

    WARD 3
    Bed 11 - Lacey, Y4. Lovely girl. Dad is a gobby pikey, has been kicking off at
             the nurses' station all week - don't get drawn in, just walk away and
             tell Sister.
    Side room 2 - Harvey, Y6. Isolation, apron and gloves. SATs practice (reading).
             Mum's fine, but his stepdad is a total wanker on the phone, if he rings
             the classroom just take a message.

    Resources in the blue crate. Laminator is in the staff room, pouches in drawer 2.
    """)])

add("flag", "transport_woman_bitch", GW, [DO], "Mileage", "2025-02-11 10:15:37", """
    Dan,

    Spoke to the new transport woman at the council about the tutor mileage rate. Silly bitch wouldn't even look at the spreadsheet, just kept saying "policy is policy" like a broken record. Put a woman in charge of a budget and this is what you get.

    Anyway, December and January claims have gone through and should be in February pay. If yours isn't on your payslip let me know.

    G
    """, "gender-offensive comment + 'bitch', staff to staff", sig=False)

# ---- disguised ----

add("flag", "satnav_asterisk_mask", KO, [DO], "Otley", "2025-01-16 14:22:03", """
    Satnav took me up some farm track outside Otley and the car's covered in sh!t up to the wing mirrors. Got to Maja's 25 minutes late - f*cking brilliant start.

    Her mum was lovely about it though, and Maja had already done the river profile sketches from last week, so we went straight on to the flood hydrograph. She's clearly been reading ahead.

    Are you at Park Row on Friday? I owe you a coffee for the Thursday swap.

    K
    """, "asterisk/symbol masked swearing: f*cking, sh!t", fmt="alt", style="gmail",
    cte="quoted-printable", sig=False)

add("flag", "printer_leetspeak", SNB, [AK], "printer (again)", "2025-01-29 11:08:45", """
    Anya - the ward classroom printer is jammed AGAIN and the engineer who came out (total w4nk3r, talked to me like I'd never seen a sheet of paper before) says it's "user error".

    User error my @rse. It's b0ll0cks, the tray is cracked down one side, you can see it.

    Could you ask Graham if we can order a new one from the schools budget rather than waiting for the trust? The art portfolios for the Year 11s need printing by Friday.

    Thanks lovely x
    """, "leetspeak/symbols: w4nk3r, @rse, b0ll0cks", cte="quoted-printable", sig=False)

add("flag", "taxi_dotted_letters", LF, [NB], "Eman's taxi", "2025-02-05 13:30:19", """
    Nikhil,

    Third time this month the taxi firm have dropped Eman at the main hospital entrance instead of the Larchfield side door, so she walks through A&E on her own in her school uniform. When I rang the controller he told me it's "not his problem where the kid wants dropping". What a f.u.c.k.i.n.g shambles. The man is a t w a t.

    I've logged it with Gill for the transport contract meeting. If you're in with Eman on Thursday can you check she's alright? She went very quiet today.

    Luis
    """, "dotted and spaced letters: f.u.c.k.i.n.g, t w a t", fmt="alt", cte="quoted-printable")

add("flag", "mock_result_repeated_letters", DO, [AISHA], "Mock result!!", "2025-02-12 17:55:40", """
    Aishaaaa!

    Just seen the moderated mocks. You got a 6 - and you were TWO marks off a 7. Shiiiiiit that's close. I'm gutted for you and also massively proud, because in September you were sitting on a 4.

    The two marks are in Q14 (you forgot to square the radius) and Q19 (no units). Both fixable, both silly, neither of them about not understanding the maths.

    We'll do a bit on checking answers on Monday. Rest this weekend, you've earned it.

    Mr Okafor
    """, "tutor to pupil, repeated letters: Shiiiiiit")

add("flag", "it_contractor_cyrillic", ZO, [MB], "Laptop rollout", "2025-02-13 09:41:12", """
    Maeve,

    The IT contractor has just told Graham the new tutor laptops won't be imaged until after half term because "schools always want things yesterday". He is a proper b\u0435ll\u0435nd. Twenty-two tutors on personal phones for another fortnight - it's a fu\u0441king joke and a data protection problem waiting to happen.

    I've asked Graham to put it in writing to them today. Can you raise it with the trust at Thursday's meeting?

    Z
    """, "Cyrillic homoglyphs in 'bellend' and 'fucking', 8bit body", cte="8bit", sig=False)

add("flag", "ehcp_lost_fullwidth", HL, [JP], "Ridgeway and Ruby's EHCP", "2025-02-25 16:03:29", """
    Jack,

    Ridgeway have lost Ruby's EHCP paperwork AGAIN, the second time since November. Their SENCo says it "must be with the LA". The LA says they posted it to the school in December. Absolute """ + fw("shitshow") + """.

    I'll send them a PDF copy tonight and ask them to confirm receipt in writing. Can you make sure it goes on the agenda for the reintegration meeting on the 6th?

    H
    """, "full-width letters: 'shitshow'", fmt="alt", style="gmail", cte="quoted-printable", sig=False)

add("flag", "ward_round_zero_width", ED, [ZO], "Today's ward round", "2025-03-04 17:12:55", """
    Zo\u00eb,

    Just out of the Larchfield ward round. The new registrar announced in front of two of our Year 11s that "school is the least of their worries right now". Complete bull\u200bshit, and exactly the message we've spent six weeks undoing. Patronising tw\u200dat.

    I'll speak to Dr Ellery properly tomorrow - he's always been supportive of the education sessions. Could you come to the next multi-disciplinary meeting on the 18th? It might land better from SLT.

    Eilidh
    """, "zero-width characters inside 'bullshit' and 'twat'", cte="quoted-printable", sig=False)

add("flag", "moderator_html_split", TN, [SA], "Moderation feedback", "2025-03-06 20:14:07",
    "(html only)", "word split by HTML tags and entities, HTML-only: bellend, fucking",
    fmt="html", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Sola,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The external moderator has marked down Orla's creative writing piece because it's &quot;too dark for the age group&quot;. It's about being on a ward at night. She is fifteen and she has leukaemia. The man is a bell<span style="color:#1F3864">end</span>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I'm going to appeal it. I've been doing this twelve years and I've never been so &#102;<b></b>ucking angry about a moderation comment.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Can you check your Year 11 science samples went off with the right cover sheets? He's clearly in the mood to bounce things.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Tom</p>
</div></body></html>
""", sig=False)

add("flag", "tv_man_qp_softbreak", AK, [RH], "Leo this afternoon", "2025-03-11 15:36:48", """
    Rachel,

    The man who came to fix the bedside TV units told Leo to "stop crying, big lad" while he was being sick after his chemo. Complete arsehole. I told him to come back later and he rolled his eyes at me. I've told Nicola and she's going to ring the contractor.

    Leo's OK now, he's asleep. Mum wasn't there at the time - she'd gone down for a coffee - so I've told her what happened.

    We didn't get any maths done, obviously. I'll pick the fractions up with him tomorrow if he's up to it.

    Anya
    """, "quoted-printable soft line break inside 'arsehole' (both parts)", fmt="alt",
    cte="quoted-printable", qp_split=[("arsehole", 4)], sig=False)

add("flag", "taxi_base64_to_parent", JP, [ALI], "Pick-ups this week", "2025-03-13 12:20:16", """
    Dear Ali,

    I'm sorry the taxi company have been so shit about the pick-ups this week - leaving Example Pupil Three waiting outside Ridgeway for forty minutes in the cold, two days after surgery follow-up, is not acceptable and I've told them so.

    From Monday the council has moved the contract to a different firm for the afternoon run. The driver will be the same each day and will ring your mobile when he's five minutes away.

    The phased timetable stays as agreed: mornings only this week and next, then periods 1-4 from the 24th. If anything changes I'll let you know straight away.

    Kind regards,

    Jack
    """, "staff to parent, 'shit' in base64-encoded body (plain and HTML)", fmt="alt",
    cte="base64", html_cte="base64")

add("flag", "wifi_subject_rfc2047", GW, [OFF], "Ward 7 wifi is total shite again", "2025-03-19 08:52:30", """
    Karen,

    Could you log another ticket with the trust IT desk please? The guest wifi on Ward 7 dropped at about half eight and the tutors there can't get on to Teams for the morning sessions. It's the third time this month.

    Reference for the last one was INC0048812 if they ask.

    Thanks,
    Graham
    """, "swear word only in RFC 2047 base64-encoded subject", subj_enc="B", sig=False)

# ================================================================ CLEAN: everyday mail

add("clean", "ward_timetable_to_parent", RH, [JANE], "Ward 5 school sessions this week", "2025-01-13 08:47:22", """
    Dear Jane,

    Lovely to meet you on the ward on Friday. As promised, here are the school sessions I've pencilled in for Example Pupil One this week. Everything is flexible and built around the treatment plan, so if the nurses say it's not a good day we simply skip it - there is never any pressure.

    Monday 10.00-10.45 - reading and a bit of spelling (bedside)
    Wednesday 10.00-10.45 - maths: place value and times tables
    Friday 13.30-14.15 - topic work (we're doing the Romans this half term), in the ward classroom if they're allowed off the ward, otherwise bedside

    I've spoken to their class teacher at St Wilfrid's, who is going to send over the spelling list and the class reading book so things feel as familiar as possible. Their friends have also made a card, which I'll bring up on Wednesday.

    If you'd like to sit in on any session you're very welcome. The ward classroom is on Level 3 opposite the parents' kitchen.

    Best wishes,

    #SIG#
    """, "ward teacher to parent: weekly bedside timetable", fmt="alt", cte="quoted-printable")

add("clean", "visit_times_to_carer", KO, [SAM], "Home visits - next two weeks", "2025-01-08 16:30:05", """
    Dear Sam,

    Just confirming home tuition visits for the next fortnight:

    Tue 14 Jan, 1.30-2.15pm
    Thu 16 Jan, 1.30-2.15pm
    Tue 21 Jan, 1.30-2.15pm
    Thu 23 Jan, 1.30-2.15pm

    I've kept them to 45 minutes as we discussed, and we'll keep the pacing plan from the OT in front of us each time. If Example Pupil Two is having a crash day, please just text the work mobile in the morning and I'll rearrange - no need to explain.

    We'll start with the local study on flooding, as it can mostly be done from photos and maps, and see how the energy levels go.

    Best wishes,

    #SIG#
    """, "tutor confirms home visit times to carer")

add("clean", "mock_access_arrangements", EX, [ALI], "Mock exams - access arrangements for Example Pupil Three", "2025-01-15 11:02:47", """
    Dear Ali,

    Please find attached a summary of the access arrangements that will be in place for Example Pupil Three's mock exams, which start on Monday 3 February.

    In short:
    - 25% extra time on all papers
    - supervised rest breaks (the clock stops) - they can stand, stretch and walk round the room
    - a separate small room at Ridgeway with an invigilator we know
    - a height-adjustable chair and a foot rest, following the advice from the physiotherapist

    Ridgeway's exams officer has the same summary and we've agreed they'll sit in Room S4, which is on the ground floor near the lift.

    If anything about the recovery changes before then, let me know and we can review it. The mocks are a good chance to check that the arrangements actually work before the summer, so please ask Example Pupil Three to be honest with us afterwards about what helped and what didn't.

    Kind regards,

    #SIG#
    """, "exams officer to parent with PDF summary", fmt="alt", cte="quoted-printable",
    atts=[pdf("Access_arrangements_summary.pdf", "Access arrangements - mock exams Feb 2025", """
    Candidate: Example Pupil Three (Year 11)
    Centre: Ridgeway High School (home centre) with Example School HHTS
    Arrangements: 25% extra time; supervised rest breaks; separate room (S4);
    height-adjustable chair and foot rest (physiotherapy advice, Jan 2025).
    Review date: after mock exams, week beginning 17 February 2025.
    Contact: Bev Ashworth, Exams Officer, 01632 960006
    """)])

SPRING_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222} h1{color:#1b4f72;font-size:22px} h2{color:#1b4f72;font-size:17px;border-bottom:1px solid #d6e4f0}</style></head>
<body>
<table width="640" align="center" cellpadding="12" style="border:1px solid #d6e4f0"><tr><td>
<h1>Spring Bulletin &ndash; January 2025</h1>
<p>Welcome back, everyone, and a particular welcome to Mercy Okonjo, who joins us as a cover teaching assistant on the wards.</p>
<h2>Ward classrooms</h2>
<p>The Ward 5 classroom is temporarily working bedside-only while the day room is used as an overflow bay. Rachel will let us know when it's back. The Wards 2&nbsp;&amp;&nbsp;3 classroom now has a second iPad trolley, thanks to the Friends of St Aidan's.</p>
<h2>Home tuition</h2>
<p>We currently have 41 pupils on the home tuition list and 9 in the Larchfield Adolescent Unit. Please make sure every visit is logged on the same day, including cancellations and the reason.</p>
<h2>Dates for the diary</h2>
<ul>
<li>Tue 28 Jan &ndash; Level 3 safeguarding refresher (new staff), 3.45pm, Park Row</li>
<li>Mon 3 Feb &ndash; Year 11 mock exams begin</li>
<li>Thu 13 Feb &ndash; Small Stages theatre company on Wards 2, 3 and 5</li>
<li>17&ndash;21 Feb &ndash; half term (ward teaching continues on a reduced rota)</li>
</ul>
<h2>From the office</h2>
<p>Mileage claims for December and January need to be with me by <b>Friday 31 January</b>. Lanyards are now compulsory on all wards &ndash; if you've lost yours, come and see me.</p>
<p>Karen<br>Office Manager<br>Example School &ndash; Hospital &amp; Home Tuition Service, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</td></tr></table>
</body></html>
"""
SPRING_TEXT = """
    SPRING BULLETIN - JANUARY 2025

    Welcome back, everyone, and a particular welcome to Mercy Okonjo, who joins us as a cover teaching assistant on the wards.

    WARD CLASSROOMS
    The Ward 5 classroom is temporarily working bedside-only while the day room is used as an overflow bay. Rachel will let us know when it's back. The Wards 2 & 3 classroom now has a second iPad trolley, thanks to the Friends of St Aidan's.

    HOME TUITION
    We currently have 41 pupils on the home tuition list and 9 in the Larchfield Adolescent Unit. Please make sure every visit is logged on the same day, including cancellations and the reason.

    DATES FOR THE DIARY
    * Tue 28 Jan - Level 3 safeguarding refresher (new staff), 3.45pm, Park Row
    * Mon 3 Feb - Year 11 mock exams begin
    * Thu 13 Feb - Small Stages theatre company on Wards 2, 3 and 5
    * 17-21 Feb - half term (ward teaching continues on a reduced rota)

    FROM THE OFFICE
    Mileage claims for December and January need to be with me by Friday 31 January. Lanyards are now compulsory on all wards - if you've lost yours, come and see me.
    """
add("clean", "spring_bulletin", OFF, [ALLSTAFF], "Spring Bulletin \u2013 January 2025", "2025-01-17 12:00:00",
    SPRING_TEXT, "staff newsletter, HTML + text, encoded subject", fmt="alt", cte="quoted-printable",
    style="plain", html_body=SPRING_HTML, sig=False, subj_enc="B")

add("clean", "weekly_attendance_return", ATT, [HOLME], "Weekly attendance return - dual registered pupils", "2025-01-24 15:15:40", """
    Dear Stuart,

    Please find attached this week's attendance return for the Holme Bank pupils who are dual registered with us. Codes follow the usual DfE guidance - B for sessions with us, and I've noted where sessions were cancelled by us rather than by the family.

    Jordan had two sessions cancelled on Wednesday because of a cardiology appointment; the hospital letter is on file if you need it.

    Best wishes,

    #SIG#
    """, "attendance officer sends CSV return to mainstream school",
    atts=[txt("HoBank_attendance_w-c_20Jan2025.csv", """
    pupil_ref,year,sessions_offered,sessions_attended,code,notes
    HB-2231,11,6,4,B,2 cancelled (hospital appointment - cardiology)
    HB-2417,9,6,6,B,
    HB-2502,10,4,3,B,1 cancelled by service (tutor unwell)
    """, ctype="text/csv", cte="7bit")])

add("clean", "phased_return_plan", JP, [RIDGEWAY], "Phased return plan - Example Pupil Three", "2025-01-30 17:05:12", """
    Dear Claire,

    Thank you for hosting this afternoon's meeting. Notes and the agreed plan are below - please let me know if I've missed anything.

    Present: Claire Dunmore (SENCo, Ridgeway), Ali Guardian (parent), Jack Pickering (HHTS), Example Pupil Three (for the second half).

    Agreed plan
    Weeks 1-2 (from 10 Feb): mornings only, periods 1-2, arriving 8.50 via the student services entrance to avoid the main corridor crush.
    Weeks 3-4: periods 1-4, lunch in the library with a friend of their choice.
    Week 5 onwards: full days, reviewed at a meeting on 24 March.
    Home tuition continues on Tuesday and Thursday afternoons during weeks 1-4 (maths and science), then stops.

    Other points
    - Lift pass issued; PE is seated/observation only until the surgeon signs them off.
    - A named adult (Mr Hollins, head of year) will check in each morning.
    - Exams: access arrangements as already agreed with Bev Ashworth.

    Ali - I've copied you in so you have the same notes. Thank you for coming along.

    Kind regards,

    #SIG#
    """, "reintegration meeting notes to mainstream school and parent", cc=[ALI], fmt="alt",
    cte="quoted-printable")

add("clean", "poem_feedback_to_pupil", TN, [MAJA], "Feedback on your Remains comparison", "2025-02-03 15:41:33", """
    Hi Maja,

    I've read your comparison of Remains and Exposure - it's a real step up from the last one. Three things:

    1. Your opening paragraph is excellent. You go straight to the idea of memory and guilt, which is exactly what the question is about.
    2. You quote well but sometimes leave the quotation to do the work. After "probably armed, possibly not", tell me what the uncertainty does - why does Armitage let the doubt creep in so early?
    3. Try to compare within paragraphs rather than writing about one poem and then the other.

    Redo paragraph 3 if you have the energy this week, but only if you're feeling up to it after Wednesday's appointment.

    Mr Nakamura
    """, "English tutor to pupil; set-text quotation", sig=False)

add("clean", "rates_revision_links", SA, [JORDAN], "Rates of reaction - revision", "2025-02-04 12:18:56", """
    Hi Jordan,

    As promised, here are the bits for rates of reaction:

    - the practical write-up for the disappearing cross experiment (I've put a video of it on the Teams page, since we can't do it at your kitchen table)
    - 10 exam questions, starting easy and getting harder
    - the mark scheme (don't peek until you've had a go!)

    Try the first five before Thursday. If the graph questions feel tricky, just mark them with a star and we'll do them together.

    Mr Adeyemi
    """, "science tutor to pupil: revision resources", sig=False)

add("clean", "norovirus_ward4", MB, [ALLSTAFF], "Ward 4 closed - norovirus", "2025-02-10 07:32:41", """
    Good morning all,

    Infection control have closed Ward 4 to all non-essential visitors after confirmed cases of norovirus over the weekend. This includes us. No bedside teaching on Ward 4 until further notice; Rachel will keep in touch with the ward sister and let us know when it reopens (usually 72 hours after the last new case).

    Please:
    - do not go onto Ward 4, even to drop off work
    - wash hands with soap and water (not just gel) before and after every ward session - gel doesn't work on norovirus
    - if you have any symptoms yourself, stay at home until you've been clear for 48 hours, and let the office know

    Pupils on Ward 4 can have work sent up via the nurses in a sealed plastic wallet. Anya has prepared packs for the three who were in school sessions last week.

    Thank you,

    Maeve
    """, "head of service: infection control notice to all staff", fmt="alt", cte="quoted-printable", sig=False)

add("clean", "laminator_pouches", AK, [RH], "Laminator pouches", "2025-01-22 10:09:18", """
    Hi Rachel,

    We've run out of laminator pouches - I've put an order in through Karen, should be here Monday.

    Also, Poppy's mum asked if she can take the phonics flashcards home when they're discharged on Friday. I said I'd check with you, but I can't see why not.

    Anya
    """, "TA to ward teacher: short admin", sig=False)

add("clean", "larchfield_timetable_camhs", ED, [CAMHS], "Education timetable - Larchfield, spring 2", "2025-02-14 14:50:03", """
    Dear Marcus,

    As discussed at Tuesday's MDT, here is the draft education timetable for the second half of the spring term. I've built it around the fixed therapy slots you sent, so there are no clashes with group sessions or family work.

    Mon-Thu mornings: 9.30-11.00 core subjects (English, maths, science on rotation)
    Mon and Wed afternoons: 1.30-2.30 options/creative arts (Siobh\u00e1n)
    Friday morning: 10.00-11.00 independent study and exam preparation for Year 11s

    Young people who are on level 1 observations will be taught on the unit; those with leave can use the education room on the ground floor.

    Two young people have mock exams with their home schools in March. I'd like to do these in the education room with an invigilator from our service - could we talk about whether the quiet room is available for a morning in the week of the 10th?

    Many thanks,

    Eilidh
    """, "CAMHS liaison teacher to clinician: unit timetable", fmt="alt", cte="quoted-printable", sig=False)

add("clean", "training_reminder", DSL, [ALLSTAFF], "Safeguarding - training and KCSIE sign-off", "2025-01-20 08:15:27", """
    Dear colleagues,

    Two reminders:

    1. New staff and anyone whose Level 3 training expires this year: the refresher is on Tuesday 28 January at 3.45pm at Park Row (room 2). It runs until about 5.30. If you are on the wards that afternoon and can't get across, let me know and I'll book you onto the February online session.

    2. If you haven't yet signed to say you've read Part 1 of Keeping Children Safe in Education 2024, please do so on the form in the staff shared drive by the end of this week. Seven people still to go.

    A reminder that any concern, however small, should be logged the same day and you can always ring me on the DSL line. Working across three hospital sites and so many homes means small pieces of information matter more than ever.

    Thank you,

    Priya
    """, "DSL reminder about training", cte="quoted-printable", sig=False)

add("clean", "mileage_deadline", OFF, [TUTORS], "Mileage claims - deadline Friday", "2025-01-27 09:30:00",
    "(html only)", "office: short HTML-only reminder to tutors", fmt="html", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Morning all,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Just a reminder that December and January mileage claims need to be with me by <b>Friday 31 January</b> to go into February pay. Please use the new form (v3) &ndash; the old one doesn&#8217;t have the column for parking at St Aidan&#8217;s.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Receipts for hospital parking can be photos, as long as the date is readable.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks, Karen</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Karen Whitlock | Office Manager | Example School &#8211; Hospital &amp; Home Tuition Service | Park Row, Leeds LS1 4AP | 01632 960000</span></p>
</div></body></html>
""", sig=False)

add("clean", "device_loans", GW, [KO, DO], "Pupil laptop and dongle loans - spring term", "2025-01-09 13:44:50", """
    Kwame, Dan,

    Attached is the list of devices currently on loan to your home tuition pupils. Could you check it against what you see in the homes over the next couple of weeks and let me know of anything that's missing or broken?

    The 4G dongles on the old contract stop working on 28 February. The replacements are in the office - swap them at your next visit and bring the old ones back to me.

    Thanks,

    #SIG#
    """, "IT manager to tutors with CSV of device loans", cc=[OFF], fmt="alt", cte="quoted-printable",
    atts=[txt("device_loans_spring2025.csv", """
    asset,type,pupil_ref,tutor,issued,notes
    HHT-LT-031,laptop,HT-118,K Osei,2024-09-12,
    HHT-LT-044,laptop,HT-131,D Okafor,2024-10-01,charger replaced Nov
    HHT-4G-012,4G dongle,HT-118,K Osei,2024-09-12,old contract - swap by 28 Feb
    HHT-4G-019,4G dongle,HT-140,D Okafor,2024-11-20,old contract - swap by 28 Feb
    HHT-LT-052,laptop,HT-140,D Okafor,2024-11-20,
    """, ctype="text/csv")])

add("clean", "discharge_home_tuition_reply", DO, [JANE], "Re: Home tuition after discharge", "2025-02-19 19:21:38", """
    Dear Jane,

    That's wonderful news about Friday - please pass on my congratulations to Example Pupil One.

    Yes, home tuition can start straight away. I'll come on Tuesday 25th at 10am for the first visit, just to meet you both at home, see where they're comfortable working and agree a plan. After that we'll probably do two 45-minute sessions a week to start with, building up as the energy comes back.

    Rachel has sent me her notes from the ward, so I know where they'd got to with fractions.

    Best wishes,

    #SIG#

    On Wed, 19 Feb 2025 at 18:02, Jane Parent <jane.parent@gmail.com> wrote:
    > Hi Mr Okafor,
    > Rachel on Ward 5 said you'd be the home tutor once we're out. The consultant
    > says discharge Friday if the bloods stay up!! Can we start the week after or
    > is that too soon? They're desperate to see someone who isn't a nurse.
    > Thanks, Jane
    """, "tutor replies to parent; quoted parent message", reply=True)

add("clean", "reading_update_parent", BM, [KIRSTY], "Poppy's reading", "2025-01-31 15:25:19", """
    Dear Mrs Mallinson,

    Just a quick note to say Poppy read a whole orange band book to me this afternoon without any help with the tricky words - she was so proud she insisted on reading it to the nurse too.

    I've put two more books in her bedside locker for the weekend. If you can hear her read a few pages each day, that would be brilliant, but please don't worry if she's too tired.

    Have a good weekend,

    #SIG#
    """, "primary ward teacher to a (non-directory) parent: reading", fmt="alt", cte="quoted-printable")

add("clean", "ehcp_annual_review_edpsych", HL, [EDPSYCH], "EHCP annual review - HT-131", "2025-02-26 10:33:07", """
    Dear Dr Hale,

    Thank you for agreeing to contribute to the annual review for HT-131 (Year 9, home tuition since October). The review meeting is on Wednesday 19 March at 2pm, at the family home, with a Teams link for anyone who can't attend in person.

    We would particularly value your view on:
    - whether the cognition and learning outcomes still reflect the young person's needs since the change in medication;
    - the plan for a phased return to mainstream in the autumn, and what support would need to be named in Section F;
    - how we can best manage fatigue during assessments.

    Reports need to be circulated two weeks before the meeting, so if you could send yours by 5 March that would be ideal. I've attached nothing personal to this email; the previous review papers are in the shared LA folder.

    With thanks and best wishes,

    #SIG#
    """, "SENDCo to educational psychologist: annual review", fmt="alt", cte="quoted-printable")

add("clean", "special_consideration", EX, [AWARD], "Special consideration - centre 39512, candidate 4107", "2025-03-20 11:47:55", """
    Dear Special Consideration Team,

    I'm writing to check the status of an application submitted on 3 March for candidate 4107 at centre 39512 (Example School Hospital & Home Tuition Service). The candidate was admitted to hospital for emergency surgery two days before the science practical endorsement deadline and could not complete two of the required practicals.

    Supporting evidence from the consultant surgeon was uploaded with the application. Our reference is SC-25-0061.

    Could you confirm that the application has been received and is being processed, and whether there is anything further you need from the centre?

    Yours faithfully,

    #SIG#
    """, "exams officer to awarding body", cte="quoted-printable")

add("clean", "governors_agenda", MB, [GOVS], "Agenda for 26 February", "2025-02-12 18:40:26", """
    Dear Helen,

    Attached is the draft agenda for the full governing body on 26 February. I've added an item on the proposed reduction in home tuition hours, since we'll need governors' views before responding formally to the LA.

    Papers will follow by Friday 21st. Let me know if there's anything you'd like added.

    Best wishes,

    Maeve
    """, "head of service to chair of governors; PDF agenda", cc=[ZO], sig=False,
    atts=[pdf("FGB_agenda_26Feb2025.pdf", "Full Governing Body - 26 February 2025 - Draft agenda", """
    1. Welcome, apologies and declarations of interest
    2. Minutes of the meeting held on 4 December 2024 and matters arising
    3. Head of Service report (spring term)
    4. Proposed reduction in home tuition hours (LA consultation)
    5. Safeguarding report (DSL)
    6. Ward classroom accommodation at St Aidan's
    7. Finance: mid-year budget monitoring
    8. Policies for approval: attendance; accessibility plan
    9. Any other business
    """)])

add("clean", "virtual_fieldwork_pupil", KO, [EMAN], "Rivers fieldwork - the virtual version", "2025-03-03 11:10:42", """
    Hi Eman,

    Since we can't get you out to a river this term, we're going to do the fieldwork virtually. Don't worry, it still counts.

    Before Thursday, have a look at the River Wharfe map on the Teams page and see if you can find:
    - the source
    - one meander
    - a place where the river might flood (hint: look for a flat, wide valley floor)

    On Thursday we'll use photos and data from three sites along the river to measure how the width and depth change downstream. Bring a calculator if you've got one.

    See you then,
    Mr Osei
    """, "geography tutor to pupil", fmt="alt", style="gmail", cte="quoted-printable", sig=False)

add("clean", "spanish_speaking_practice", LF, [LEO], "Pr\u00e1ctica oral \u2013 jueves", "2025-01-28 14:05:50", """
    \u00a1Hola Leo!

    Our video call for speaking practice is on Thursday at 2pm. We'll practise the photo card and these three questions - try to prepare an answer with a reason and an opinion for each:

    1. \u00bfQu\u00e9 haces los fines de semana?
    2. \u00bfC\u00f3mo es tu casa?
    3. \u00bfQu\u00e9 hiciste el verano pasado?

    Don't worry if you're tired - if it's a bad day we'll just do five minutes and chat.

    \u00a1Hasta el jueves!
    Sr Ferreira
    """, "MFL tutor to pupil; Spanish; encoded subject; 8bit", cte="8bit", sig=False)

add("clean", "staff_meeting_notes", ZO, [ALLSTAFF], "Staff meeting notes - 4 March", "2025-03-04 19:02:11", """
    Dear all,

    Thank you for a productive meeting this afternoon, and to everyone who joined from the wards on Teams. Notes below.

    1. Ward accommodation
    The Ward 5 day room is back in use as a classroom from Monday 10 March. Estates are fitting a lockable cupboard. Rachel will share the new booking sheet.

    2. Home tuition hours
    Maeve updated on the LA consultation. Governors support our response. No change to hours before Easter.

    3. Year 11
    Mock results are back. Please use the tracker to flag any pupil who needs exam access arrangements reviewing - Bev needs names by 14 March.

    4. Phased returns
    Jack has 11 pupils on phased returns this term across nine schools. If you teach any of them, please keep sending him a two-line update after each session.

    5. Wellbeing
    Tea and cake in the ward classroom staffroom on Friday. The staff wellbeing survey closes on 21 March.

    6. AOB
    Lanyards, again. Please.

    Next meeting: Tuesday 1 April.

    Thanks,

    #SIG#
    """, "assistant head: staff meeting notes", fmt="alt", cte="quoted-printable")

add("clean", "car_wont_start", SA, [OFF], "Car won't start", "2025-02-27 08:11:03", """
    Karen, my car won't start - waiting for the RAC. Could you ring the Darby family and move Ruby's 9.30 to 11.30 if that suits them? Number is on the visit sheet.

    Thanks, Sola

    Sent from my iPhone
    """, "tutor to office: short, from phone", sig=False, style="plain", mailer="iPhone Mail (22D63)")

add("clean", "play_specialist_coordination", RH, [PLAY], "Bedside sessions and needle prep", "2025-01-29 12:37:45", """
    Hi Fern,

    Thanks for the chat on the corridor this morning. To save us doubling up, I've put the school sessions for Ward 5 in the shared calendar. I've avoided Tuesday and Thursday mornings so there's space for your needle prep work before the line changes.

    Could you let me know when you're planning the distraction work with the two younger ones in bay B? I'd love to tie our Romans topic into it if it helps - they're both very keen on the shields.

    Thanks,

    #SIG#
    """, "ward teacher to hospital play specialist")

add("clean", "theatre_visit_letter", SNB, [JANE, SAM, ALI], "Small Stages theatre visit \u2013 \u2018The Snow Queen\u2019", "2025-02-03 10:20:14", """
    Dear parents and carers,

    We are delighted that Small Stages theatre company will be visiting St Aidan's on Thursday 13 February to perform a short, interactive version of The Snow Queen on Wards 2, 3 and 5. The performance is about 25 minutes, and the actors are experienced in working with children in hospital - they'll adapt to bedside, isolation rooms and the ward classrooms.

    For pupils who are at home, we'll livestream the Ward 5 performance on Teams at 2pm. The link will be sent the day before.

    There is no cost. Please see the attached letter, and let me know if you'd prefer your child not to appear in any photos taken by the company.

    Warm wishes,

    #SIG#
    """, "creative arts tutor: trip-style letter to parents with PDF; encoded name and subject",
    fmt="alt", cte="quoted-printable",
    atts=[pdf("Small_Stages_visit_letter.pdf", "Small Stages - The Snow Queen - Thursday 13 February 2025", """
    Dear parents and carers,
    Small Stages will perform on Wards 2, 3 and 5 from 10.30am. The Ward 5 performance
    will be livestreamed to home tuition pupils at 2pm via Teams.
    All performers hold enhanced DBS checks and have completed the trust's visitor induction.
    Photographs will only be taken with written consent.
    Example School - Hospital & Home Tuition Service, Park Row, Leeds LS1 4AP. 01632 960000
    """)])

add("clean", "progress_report_parent", ZO, [JANE], "Spring term progress report", "2025-03-28 13:15:36", """
    Dear Jane,

    Please find attached Example Pupil One's spring term progress report. It pulls together comments from Rachel on Ward 5 and from Daniel since the home tuition started.

    Example Pupil One has made real progress this term, especially in reading and in their confidence with times tables. A copy has also gone to St Wilfrid's so their class teacher is up to date.

    Have a restful Easter,

    #SIG#
    """, "assistant head sends term report (PDF) to parent", cte="8bit",
    atts=[pdf("Progress_report_spring_2025.pdf", "Spring term progress report 2025", """
    Pupil: Example Pupil One   Year: 5   Home school: St Wilfrid's Catholic Primary
    Reading: secure at expected standard; reads aloud with expression.
    Maths: times tables to 8x secure; fractions (equivalence) developing.
    Topic: Romans - excellent contribution to the shield project on Ward 5.
    Attendance at offered sessions: 86% (treatment-related absence excluded).
    """)])

add("clean", "referral_acknowledgement", ATT, [WILFRID], "New referral - medical evidence needed", "2025-02-24 09:51:28", """
    Dear colleagues,

    Thank you for the referral received on Friday for a pupil in Year 3. Before we can allocate a tutor we need written medical evidence from a consultant or specialist confirming that the child is unable to attend school because of their health, and for roughly how long.

    A letter from the GP alone isn't usually enough under the LA's criteria, but the family's paediatrician at St Aidan's can provide one. I've sent the family the standard request form.

    Once we have it, we aim to start teaching within five school days.

    Kind regards,

    #SIG#
    """, "attendance/admissions officer acknowledges a referral", cte="quoted-printable")

add("clean", "cake_for_bev", AK, [ALLSTAFF], "Cake!", "2025-03-07 11:30:09", """
    Cake in the ward classroom staffroom at 3pm for Bev's birthday. Shh, it's a surprise.

    Anya
    """, "two-line social note", sig=False)

add("clean", "parking_permits_forward", OFF, [ALLSTAFF], "FW: Staff parking permits - changes from 1 March", "2025-02-18 10:04:33", """
    Hi all,

    Forwarding this from the hospital facilities team. If you park at St Aidan's, please re-register your car before the end of the month or you'll get a ticket. Our staff count as "partner organisation" on the form.

    Karen

    From: Facilities Helpdesk <facilities@staidans.example.org>
    Sent: 17 February 2025 15:22
    To: Partner Organisations <partners@staidans.example.org>
    Subject: Staff parking permits - changes from 1 March

    Dear colleagues,

    From 1 March 2025 all staff and partner organisation permits will move to the new number plate recognition system. Paper permits will no longer be valid.

    Please register each vehicle using the online form by 28 February. You will need your ID badge number and the vehicle registration.

    Multi-storey car park B remains reserved for patients and visitors between 9am and 4pm.

    Facilities Helpdesk
    St Aidan's Children's Hospital
    """, "office forwards hospital parking notice", fmt="alt", cte="quoted-printable", sig=False)

add("clean", "maths_certificate_pupil", DO, [TYLER], "Well done!", "2025-03-21 15:58:02", """
    Tyler,

    Your certificate for finishing the whole algebra unit is attached - print it out and stick it on the fridge, you've earned it. Forty minutes of simultaneous equations in January to a full unit by March is brilliant going.

    Next week we start on graphs. No homework this weekend.

    Mr Okafor
    """, "tutor to pupil with PDF certificate", sig=False,
    atts=[pdf("Certificate_algebra_unit.pdf", "Certificate of Achievement", """
    Awarded to Tyler Collins
    for completing the Year 10 algebra unit with determination and real skill.
    Mr D Okafor, Home Tuition Tutor (Mathematics)
    Example School - Hospital & Home Tuition Service, March 2025
    """)])

# ================================================================ CLEAN: hard negatives

add("clean", "mileage_scunthorpe_penistone", DO, [OFF], "Mileage - January (outside the usual patch)", "2025-01-29 17:26:14", """
    Hi Karen,

    My January mileage form is in your tray. Two entries are outside the usual Leeds patch, so I wanted to check before you process it:

    - Penistone, four visits (HT-140's family moved in with grandparents after the house flooded - 23 miles each way)
    - Scunthorpe, one trip on the 22nd for the handover meeting with the hospital teaching team who taught HT-140 while he was an inpatient there

    Are both claimable at the normal rate, or does Scunthorpe need Maeve's sign-off because it's out of county?

    Thanks,

    #SIG#
    """, "place names Penistone and Scunthorpe in a mileage query")

add("clean", "records_cockermouth_clitheroe", ATT, [FELLSIDE], "Request for pupil records - transfer to HHTS", "2025-02-06 10:40:57", """
    Dear colleagues,

    We have a Year 8 pupil who has been referred to our hospital and home tuition service following a long admission to St Aidan's. Their family tell us the pupil attended Fellside School in Cockermouth from 2022 until last summer, and before that a primary school in Clitheroe.

    Could you please send us, via secure transfer (S2S or encrypted email):
    - the most recent attendance and attainment information
    - any SEN records, including support plans
    - any safeguarding file, which should go directly to our DSL, Priya Sandhu (dsl@example-school.org.uk)

    The pupil's details are in the attached transfer request rather than in this email. Many thanks for your help.

    Kind regards,

    #SIG#
    """, "place names Cockermouth and Clitheroe in a records request", fmt="alt", cte="quoted-printable")

add("clean", "place_names_lesson_share", KO, [NB], "Place names lesson - for your Vikings unit?", "2025-02-11 20:07:41", """
    Nikhil,

    You mentioned the Year 7 and 10 Vikings/Anglo-Saxons work - I've put my place names lesson in the shared humanities folder if you want to borrow it. It goes down really well at the kitchen table because the kids can look up where their grandparents live.

    The idea is that place names are fossils of the languages people spoke:
    - Old English -ton, -ley, -ham: farms, clearings, homesteads
    - Old Norse -by and -thorpe: Selby, Whitby, and Scunthorpe (Skuma's outlying farm)
    - Penistone: probably "the farm by the hill called Penning" - good one for anyone who lives near Barnsley
    - -thwaite in Cumbria (Bassenthwaite) comes from Old Norse thveit, a clearing - and so does Twatt in Orkney and Shetland, which is the one that gets the laugh
    - Shitterton in Dorset, from Old English scitere, a stream used as an open sewer. The village sign was stolen so often that the residents clubbed together for a stone one.

    I'd keep the last two for the Year 10s, to be honest. The Year 7s get Scunthorpe and Whitby.

    K
    """, "place names Twatt, Shitterton, Scunthorpe, Penistone in a lesson share between tutors", sig=False)

add("clean", "ward5_new_consultant_names", RH, [WARDTEAM], "Ward 5 - new faces", "2025-01-10 13:19:05", """
    Hi all,

    A couple of changes on Ward 5 from Monday, for anyone who covers up there:

    - Dr Fiona Cockburn (pronounced "Co-burn") is the new lead consultant, taking over from Dr Ahmed. She's keen for school to be part of the daily routine and has asked us to pop our heads into the Thursday MDT if we can.
    - Rohan Wankhede is now the lead physio for the ward. He's happy for us to fit sessions around physio and will sometimes come to the ward classroom to do exercises in the chair during a lesson, so don't be surprised.
    - Nicola Barraclough is still ward sister (thank goodness).

    I'll put their photos on the staffroom board so everybody recognises them.

    #SIG#
    """, "surnames Cockburn and Wankhede", fmt="alt", cte="quoted-printable")

add("clean", "sussex_phased_return", JP, [DOWNS], "Transition information - pupil moving to East Sussex", "2025-03-10 14:28:33", """
    Dear colleagues,

    I understand from the family that a Year 10 pupil currently on our home tuition roll will be joining Downsview after Easter, following a move to Lewes. I coordinate reintegration for our service, so wanted to get in touch early.

    The pupil has been out of full-time school since October following treatment at St Aidan's. They have done very well with home tuition and are keen to return, but will need a phased start: in our experience mornings only for two weeks, with a lift pass and a quiet space at break.

    Would it be possible to arrange a Teams call with your SENCo before the move? Their consultant is also arranging transfer of care to the hospital in Brighton, and I'll pass on the contact once I have it.

    I'll send the education health care plan and our reports through the LA's secure transfer once East Sussex confirm the place.

    With best wishes,

    #SIG#
    """, "county name Sussex in a transition email to a new school", cte="quoted-printable")

add("clean", "cooking_club_menu", BM, [AK], "Cooking club Thursday", "2025-02-24 12:45:20", """
    Anya,

    For cooking club on Thursday we're doing "school dinners through history" to go with the Y5/6 topic. Plan:

    - microwave mug spotted dick (suet-free version, the dietitian has okayed it) with ready-made custard
    - toad in the hole is too much for the ward kitchen, so we'll look at pictures instead

    Kai's grandad has been telling him about faggots and mushy peas from when he was at school, and now he wants to know what they actually are. I've said we'll look it up together - we are not making them!

    Can you check the allergy list with Sister on Wednesday and pick up two packets of custard?

    Thanks,
    Beth
    """, "food vocabulary: spotted dick, faggots and mushy peas", sig=False)

add("clean", "birdwatch_results", SA, [RH, BM], "Big Garden Birdwatch - ward window results", "2025-01-27 16:02:48", """
    Hi both,

    Thank you for joining in with the birdwatch on the wards this weekend - the children loved it. Totals from the three ward windows and the courtyard:

    Blue tit 6
    Great tit 3
    Coal tit 1
    Robin 2
    Bullfinch 2 (a pair, on the feeder outside Ward 3)
    Woodpigeon 9
    Herring gull 14 (all on the roof, all shouting)
    Woodcock 1 - Kai spotted it on the grass by the helipad, which I wouldn't have believed if he hadn't got a photo
    Pheasant 1 - a cock pheasant wandering through the staff car park, very pleased with himself

    The Year 2s in bay A have asked about the blue-footed booby from the Attenborough clip, so I'll bring in some pictures and we'll compare feet.

    We've sent the results off to the RSPB. Next job: the kestrel that hunts over the car park.

    Sola
    """, "bird names: great tit, woodcock, cock pheasant, booby", fmt="alt", cte="quoted-printable",
    sig=False)

add("clean", "seated_activity_kit_order", ZO, [GW], "Order request - seated activity kit", "2025-02-20 11:17:39", """
    Graham,

    Could you raise an order for the following for the Larchfield unit and the ward classrooms? It's been agreed with the physios and infection control (everything must be wipe-clean - so no feather shuttlecocks).

    - 2 x seated badminton set: lightweight rackets and 24 plastic shuttlecocks
    - 12 x balloon balls (latex-free)
    - 1 x boccia set with soft balls
    - 1 x wipe-clean play parachute (3.5m)
    - 4 x resistance bands, light

    Budget code is CUR-PE-04. Quotes attached to the requisition on the shared drive.

    Thanks,
    Zo\u00eb
    """, "sports kit: shuttlecocks, balls", cte="8bit", sig=False)

add("clean", "biology_reproduction_topic_parent", SA, [ALI], "RE: Next biology topic", "2025-03-05 18:11:29", """
    Dear Ali,

    Thanks for your email, and I completely understand.

    Yes, the next topic on the GCSE biology specification is hormones and reproduction. It covers the male and female reproductive systems (penis, testes, sperm duct, vagina, uterus and ovaries), the menstrual cycle and the hormones that control it (FSH, LH, oestrogen and progesterone), contraception - both hormonal and barrier methods - and IVF. It's all examined content, and I teach it in a very matter-of-fact, scientific way, mostly using labelled diagrams and past paper questions.

    I know one-to-one at the kitchen table can feel more awkward than in a classroom of thirty. A few things that usually help: we work with the door open; I'm happy for you to be in the next room; and I'll let Example Pupil Three do the diagrams on the laptop first so they can get used to the vocabulary privately before we talk about it.

    If they'd rather do this section with a female colleague, I can arrange that too - just let me know.

    Kind regards,

    #SIG#

    From: Ali Guardian <ali.guardian@btinternet.com>
    Sent: 05 March 2025 14:40
    To: Sola Adeyemi <s.adeyemi@example-school.org.uk>
    Subject: Next biology topic

    Hi Mr Adeyemi, Example Pupil Three mentioned you're starting reproduction next week and is a bit embarrassed about it. Can you tell me what it involves? Thanks, Ali
    """, "biology vocabulary to parent (reproductive system)", fmt="alt", cte="quoted-printable", reply=True)

THERAPY_DOG_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear all,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">From Wednesday 5 March we&#8217;ll have a Pets as Therapy visitor in the Larchfield education room and the Ward 2/3 classroom every other Wednesday morning.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Meet <b>Bramble</b>: a seven-year-old golden retriever bitch, extremely calm, who has been visiting children&#8217;s wards for four years. Her owner, Margaret, is a retired primary teacher and has her DBS and trust volunteer induction.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A few things to know:</p>
<ul style="margin-top:0cm">
<li class="MsoNormal">Infection control have approved the visits for the classrooms only &#8211; <u>not</u> bedside, and not for any child who is neutropenic or in isolation.</li>
<li class="MsoNormal">Please check the allergy list and any fear of dogs before a child comes in; parents have been asked for consent.</li>
<li class="MsoNormal">Hand gel before and after stroking. Bramble is not allowed treats from the children.</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The reading-to-a-dog sessions we trialled at Larchfield last year made a real difference to some of our most anxious readers, so I&#8217;m delighted to have her back.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Maeve</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Maeve Brennan | Head of Service | Example School &#8211; Hospital &amp; Home Tuition Service<br>Park Row, Leeds LS1 4AP | 01632 960000</span></p>
</div></body></html>
"""
add("clean", "therapy_dog_visits", MB, [ALLSTAFF], "Pets as Therapy visits from 5 March", "2025-02-27 12:34:06",
    "(html only)", "animal vocabulary: therapy dog described as a 'bitch', HTML-only", fmt="html",
    html_body=THERAPY_DOG_HTML, sig=False)

add("clean", "william_the_bastard_history", NB, [AISHA], "Norman Conquest - revision for Tuesday", "2025-03-07 16:48:22", """
    Hi Aisha,

    For Tuesday, have a go at the 16-mark question on the succession crisis of 1066. A few pointers:

    - There were four claimants: Harold Godwinson, William of Normandy, Harald Hardrada and Edgar Aethling. You need to explain why each one thought they had the right to the throne.
    - William's claim rested on Edward's alleged promise in 1051 and Harold's oath in 1064. Remember the Bayeux Tapestry is Norman propaganda!
    - Contemporaries called him "William the Bastard" long before "the Conqueror". It wasn't just an insult - it meant his parents (Duke Robert and Herleva) weren't married, and that mattered because legitimacy was a big part of a claim to a throne. It's a good point to make when you compare his claim with Edgar's, who was Edward's closest blood relative.

    Aim for two pages, and don't worry about a conclusion if you run out of energy - we'll write one together.

    Mr Bhatt
    """, "history vocabulary: 'William the Bastard' to a pupil [unsure]", sig=False)

add("clean", "coastal_landforms_pupil", KO, [RUBY], "Holderness case study", "2025-01-22 15:30:51", """
    Hi Ruby,

    Here's the summary for the Holderness coast case study, so you've got it before Friday.

    Why it erodes so fast: the cliffs are made of boulder clay, which slumps when it's wet, and the waves have a long fetch across the North Sea.
    Landforms: Flamborough Head (chalk - caves, arches, stacks and stumps); Spurn Point, a spit formed by longshore drift carrying material south and dropping it where the coast changes direction.
    Management: groynes and a sea wall at Hornsea; rock armour at Mappleton, which protects the village but starves the cliffs further south of sediment.
    Key word from last week: a dyke is an earth embankment built to hold back water - you'll see them in the Humber estuary and the Fens.

    Have a look at the two photos on Teams and see if you can label the spit and the groynes.

    Mr Osei
    """, "geography vocabulary: spit, dyke", cte="quoted-printable", sig=False)

add("clean", "romeo_juliet_bawdy_pun", TN, [MAJA], "Romeo and Juliet - Mercutio and the Nurse", "2025-02-26 14:55:17", """
    Hi Maja,

    You asked on Monday why the class on your home school's Teams stream were laughing at Act 2 Scene 4. It's Mercutio teasing the Nurse:

    "the bawdy hand of the dial is now upon the prick of noon"

    Yes, it's a rude joke, and Shakespeare's audience would have loved it. You don't need to explain the joke in detail in an exam. What examiners do like is if you notice that Mercutio's crude, bawdy wordplay contrasts with the sonnet Romeo and Juliet share when they meet - love as physical joke versus love as something almost holy. That contrast tells us something about how Shakespeare presents different kinds of love.

    Try a paragraph comparing the two, using one quotation from each scene.

    Mr N
    """, "set-text quotation in English lesson (Romeo and Juliet, 'prick of noon')", sig=False)

add("clean", "re_afterlife_revision", NB, [ORLA], "RE revision - Christian beliefs about the afterlife", "2025-03-12 10:06:44", """
    Hi Orla,

    As promised, the key terms for the afterlife section. Learn a one-sentence definition for each:

    - Heaven: eternal life in the presence of God
    - Hell: eternal separation from God; traditionally a place of punishment, though many Christians today see it as a state rather than a place
    - Purgatory (Catholic teaching): a state of purification before entering heaven
    - Judgement: the belief that God will judge each person after death
    - Damnation: being condemned to hell
    - Resurrection: rising from the dead, body and soul

    For the 12-mark evaluation, use the Parable of the Sheep and the Goats (Matthew 25), where those who did not help others are sent "into the eternal fire", and contrast it with the idea of a loving God who would not condemn people forever.

    We'll do a timed question on Thursday if you're feeling well enough.

    Mr Bhatt
    """, "RE vocabulary: hell, damnation", fmt="alt", style="gmail", cte="quoted-printable", sig=False)

add("clean", "german_vocab_fahrt", LF, [EMAN], "Deutsch \u2013 W\u00f6rter f\u00fcr Mittwoch", "2025-01-20 13:37:29", """
    Hallo Eman!

    Here are the travel words for Wednesday. Learn them with the look-cover-write-check sheet.

    die Fahrt - journey (yes, I know. Everyone laughs. "Gute Fahrt!" means "have a good journey")
    die Ausfahrt - exit (on a motorway)
    der Bahnhof - station
    die F\u00e4hre - ferry
    das Gift - poison (not a present! "Geschenk" is a present)
    der Flughafen - airport
    umsteigen - to change (trains)

    Bis Mittwoch - und gute Besserung!
    Herr Ferreira
    """, "words in another language: German 'Fahrt', 'Gift'; encoded subject", cte="8bit", sig=False)

add("clean", "rshe_letter_parents", ZO, [JANE, SAM, ALI], "Relationships, sex and health education this term", "2025-01-16 15:00:44", """
    Dear parents and carers,

    As part of our curriculum, all pupils taught by our service receive relationships, sex and health education (RSHE), adapted to their age, their health and whether they are taught on the ward, at home or at Larchfield. This term's topics are:

    Primary (Years 5-6): friendships, families, puberty and changing bodies, including periods and personal hygiene.
    Secondary (Years 7-9): healthy and unhealthy relationships, consent, puberty, menstrual wellbeing, and online safety.
    Secondary (Years 10-11): consent and the law, contraception and sexual health (including sexually transmitted infections), the law on sharing nude or semi-nude images, and the impact of pornography on relationships and expectations.

    Lessons are taught by trained staff, and on the wards we work closely with the nursing team. We always take account of a young person's medical situation - for example, some treatments affect puberty or fertility, and the specialist nurses are happy to talk to families about this separately.

    You have the right to request that your child is withdrawn from sex education (but not from relationships or health education, or from the science curriculum). If you would like to discuss this, or to see the resources, please contact me.

    The attached leaflet gives more detail.

    Yours sincerely,

    #SIG#
    """, "RSE letter to parents with PDF leaflet", fmt="alt", cte="quoted-printable",
    atts=[pdf("RSHE_parent_leaflet_spring2025.pdf", "RSHE - information for parents and carers (spring 2025)", """
    What is taught: relationships, sex and health education, adapted for hospital and home settings.
    Who teaches it: trained staff, with support from the ward nursing teams.
    Your rights: you may request withdrawal from sex education (not relationships or health education,
    and not the science curriculum). Contact Zoe Hartley, Assistant Head, on 01632 960000.
    """)])

add("clean", "spastic_diplegia_physio", HL, [PHYSIO], "Seating and positioning - HT-152", "2025-02-18 11:23:56", """
    Dear Rohan,

    Thank you for seeing HT-152 on the ward yesterday. As you know, she has spastic diplegic cerebral palsy and is recovering from hip surgery, so she's with us on the ward for at least another three weeks before going home with tuition.

    Could you advise on positioning for writing? At the moment she's working from the bed with a slope board, but she tires after about ten minutes and her handwriting deteriorates quickly. Her EHCP names a laptop with predictive text, which we've now set up, but I'd like to know whether a supported chair in the ward classroom would be better for short periods.

    Rachel can fit sessions around your physio slots - she's copied in.

    Many thanks,

    #SIG#
    """, "clinical SEND term 'spastic diplegic cerebral palsy'", cc=[RH], fmt="alt", cte="quoted-printable")

add("clean", "dsl_report_verbatim_disclosure", RH, [DSL], "CONFIDENTIAL - concern, Ward 5 - please ring me", "2025-02-20 11:52:09", """
    Priya,

    Logging this straight away and I've put it on CPOMS too. Please ring me on the ward number when you get this.

    Pupil: Year 6 boy, Ward 5, bed 12 (initials C.H. - full details on CPOMS)
    Date/time: today, 20 February, approx. 10.40
    Where: bedside, during our maths session. Curtain partly drawn; no one else within earshot. Mum not on the ward at the time.

    What he said (his words, as exactly as I can remember them): "I don't want to go home. My stepdad calls me a fucking retard and says he'll batter me if I tell anyone about the belt."

    What I said: I told him he'd done the right thing telling me, that I couldn't keep it a secret and that I'd need to tell the person whose job it is to keep children safe. I didn't ask him anything else.

    What he did: went very quiet, then asked if his mum would be told. I said I didn't know yet but someone would talk to him about it.

    I've told Nicola (ward sister) that I'm reporting a concern but not the detail. Discharge was pencilled in for Monday.

    Rachel
    """, "staff-only report to DSL quoting a pupil's words verbatim (swearing + slur in quote)",
    cte="quoted-printable", sig=False)

add("clean", "dsl_report_online_messages", ED, [DSL], "Concern - Larchfield - messages on phone", "2025-03-14 15:09:37", """
    Priya,

    A Year 10 girl at Larchfield (S.W. on CPOMS) showed me messages on her phone during this morning's English session. They are from an account she says belongs to a boy in her year at her home school. I did not take any screenshots or photos and did not handle the phone; I read what was on the screen.

    The messages I saw, word for word:
    "send me a pic or everyone sees what you sent last time slag"
    "ugly fat bitch do everyone a favour and kill yourself"

    She says there are more, and that he has an image of her. She is very distressed and asked me not to tell her mum.

    Actions so far: I've told her I have to pass this on; I've informed the nurse in charge (Helen, band 6), who has increased her observations, and she has given the phone to the nursing staff for safekeeping. I've logged everything on CPOMS. I haven't contacted the home school.

    Could you advise on next steps, including the police/CEOP question and who speaks to the home school DSL?

    #SIG#
    """, "staff-only report to DSL quoting online abuse sent to a pupil", fmt="alt", cte="quoted-printable")

add("clean", "behaviour_log_quoted_words", AK, [RH], "Incident this morning - Connor", "2025-02-12 12:26:50", """
    Rachel,

    For the behaviour log, and so Maeve has it:

    This morning at about 9.50, when the HCA came to take Connor's obs during his reading session, he told her to "piss off and leave me alone" and called her a "stupid cow". He was in a lot of pain at the time and had been awake most of the night.

    I stopped the session and let the nurses settle him. He apologised to her himself about half an hour later, without being asked, and she was fine about it. I haven't done anything else - I thought we'd just note it and keep an eye, given the steroids and how poorly he is this week.

    Anya
    """, "staff-only behaviour log quoting a pupil's words", cc=[MB], sig=False)

add("clean", "polite_reply_parent_swore", MB, [ALI], "Re: Tutor for Example Pupil Three", "2025-01-10 09:14:26", """
    Dear Mr Guardian,

    Thank you for your email, and I'm sorry it has taken us longer than it should have to get home tuition started. I understand how frustrating the last three weeks have been for you both.

    Mr Sola Adeyemi, one of our science and maths tutors, has been allocated and will visit on Tuesday 14 January at 2pm. He'll bring the work that Ridgeway have sent across, and Mr Pickering will be in touch about the plan for a phased return once the surgeon is happy.

    The delay was caused by us waiting for the consultant's letter, which arrived on Wednesday. That's no excuse for not keeping you updated, and I've put in place a weekly check-in call from the office for new referrals so that this doesn't happen again.

    I'd be very happy to talk this through by phone if that would help - my direct line is 01632 960000 (ask for Maeve). I'd also ask, respectfully, that we keep our correspondence courteous on both sides; we all want the same thing for Example Pupil Three.

    Yours sincerely,

    #SIG#

    On Thu, 9 Jan 2025 at 21:47, Ali Guardian <ali.guardian@btinternet.com> wrote:
    > This is a fucking joke. Three weeks since the operation and nobody has been
    > to the house. You lot keep saying "we're allocating a tutor". Sort it out
    > or I'm going to the council and the papers.
    > Ali Guardian
    """, "polite reply to parent; swearing only in the parent's quoted text", fmt="alt", style="gmail",
    cte="quoted-printable", reply=True)

add("clean", "taxi_reply_quoted_parent", ATT, [SAM], "RE: Taxi AGAIN", "2025-03-11 10:02:58", """
    Dear Sam,

    I'm really sorry about yesterday. Fifty minutes is not acceptable, and I'm sorry Example Pupil Two was left waiting and upset.

    I've spoken to the council's transport team this morning. The driver was re-routed to another pick-up without anyone telling us. They have apologised and agreed that from next week the Monday run to Park Row will be a dedicated journey, with the same driver each week, who will text you when he sets off.

    If it happens again, please ring me directly on 01632 960002 and I'll chase it there and then.

    Kind regards,

    #SIG#

    From: Sam Carer <sam.carer@outlook.com>
    Sent: 10 March 2025 16:48
    To: Attendance <attendance@example-school.org.uk>
    Subject: Taxi AGAIN

    The taxi was 50 minutes late again today and Example Pupil Two was sat in the cold by the front door in tears by the time it came. It's a shit service and I'm sick of ringing about it. What are you going to do?
    Sam
    """, "polite reply; swearing only in quoted Outlook block from parent", cte="base64", reply=True)

add("clean", "behaviour_policy_language", ZO, [MB, DSL, JP], "Behaviour policy - language section (draft 2)", "2025-03-18 17:40:15", """
    Maeve, Priya, Jack,

    Here's draft 2 of the language section, after Tuesday's discussion. I've tried to reflect that our pupils are often in pain, frightened or very unwell, and that we don't want to treat a Year 9 swearing at a cannula the same way we'd treat a targeted insult.

    1. Incidental swearing - e.g. "this is shit" or "for fuck's sake" muttered in pain or frustration. Staff acknowledge the feeling and redirect. No sanction; not logged unless it becomes a pattern.

    2. Swearing directed at a person - e.g. telling a nurse or tutor to "fuck off", or calling someone a "twat". Staff stay calm, end the session if needed, and follow it up once the young person is well enough. Logged on CPOMS.

    3. Discriminatory language - racist, sexist, homophobic (including "gay" used as an insult) or disablist ("retard", "spaz") language. Always challenged, always logged, and reported to the DSL where it's aimed at a particular person or group.

    4. Tics. Pupils with Tourette's or tic disorders may swear involuntarily. This is not behaviour and must never be sanctioned. Staff should check the pupil's support plan.

    Priya - does point 3 need a line about online language too? Jack - can you check it fits what we say to mainstream schools at reintegration meetings?

    Zo\u00eb
    """, "staff-only discussion of the behaviour policy on language, with examples quoted", fmt="alt",
    cte="quoted-printable", sig=False)

add("clean", "anthology_poem_question", SNB, [MB], "Orla's poem for the anthology", "2025-03-17 13:03:38", """
    Maeve,

    A question for you before the anthology goes to print. Orla (Year 11, Ward 5) has written a really powerful poem called "Brave". It's about everyone telling her how brave she is. The last line is:

    "and I am so fucking tired of being brave."

    She's asked for it to go in exactly as written. I think it's the best thing in the collection, and the swear word is the whole point of the line, but the anthology goes to families, the hospital charity and the home schools.

    Options: (a) print as written with a note in the introduction; (b) ask her if she'd accept "so tired of being brave" (I suspect not, and I'd understand); (c) print it in the version for the ward and a different version for the charity.

    Could we talk on Wednesday? Her mum is happy either way.

    Siobh\u00e1n
    """, "staff-only: quotes a pupil's poem containing swearing, asks head for a decision [unsure]",
    cte="8bit", sig=False)

add("clean", "procedures_this_week", BM, [MO], "Wards 2 and 3 - procedures this week", "2025-03-03 08:20:42", """
    Morning Mercy,

    A few things for this week so you can plan round them:

    - Harvey (side room 2) is in theatre on Tuesday for an orchidopexy - an undescended testicle - so no session Tuesday or Wednesday. He's a bit embarrassed about it, so just say "your operation" if it comes up.
    - Poppy has a rectal suction biopsy on Thursday morning (they're checking for Hirschsprung's). Nil by mouth from midnight, so she'll be grumpy - keep it to stories that afternoon.
    - Lacey has had a stoma formed and is still getting used to the bag. She may need to leave suddenly to go to the toilet; just let her go, no questions.
    - Kai's catheter is out and he's allowed to walk to the classroom from Wednesday.

    Thanks - and thank you for last week, the parents have said lovely things.

    Beth
    """, "medical vocabulary: testicle, rectal biopsy, stoma, catheter (staff only)", sig=False)

add("clean", "ward_library_order", BM, [AK], "Ward library order", "2025-01-15 16:44:27", """
    Hi Anya,

    The Friends of St Aidan's have given us \u00a3250 for the ward library. Here's my list - can you check we don't already have any of them before I order?

    Younger ones
    - Spot's First Walk (board book, wipe-clean)
    - The Tiger Who Came to Tea
    - three Dick King-Smith: The Hodgeheg, The Sheep-Pig and Harry's Mad

    Years 5-6
    - A Christmas Carol - the Usborne version (Dickens is on the Y6 reading spine at two of our schools)
    - Moby-Dick graphic novel
    - Kensuke's Kingdom

    Audiobooks
    - The Wild Robot
    - Oliver Twist (abridged)

    Thank you!
    Beth
    """, "authors and titles: Dick King-Smith, Dickens, Moby-Dick", cte="8bit", sig=False)

add("clean", "new_staff_hancock_butt", OFF, [ALLSTAFF], "Welcome to our new colleagues", "2025-02-24 08:05:18", """
    Good morning everyone,

    Please give a warm welcome to three new colleagues who start with us this week:

    - Jess Hancock, cover teacher, based mainly at the Larchfield Adolescent Unit
    - Imran Butt, IT technician, Tuesdays and Thursdays (laptop and dongle issues to Imran from now on, please, rather than Graham)
    - Sean Cummings, home tuition tutor (maths and computer science), covering Dan's East Leeds visits while Dan is on paternity leave in March

    They'll each be shadowing for the first few days. Their photos and extensions are on the staffroom board and in the staff list on the shared drive.

    Karen
    """, "surnames Hancock, Butt, Cummings", fmt="alt", cte="quoted-printable", sig=False)

add("clean", "stopcock_ballcock_estates", GW, [ESTATES], "Leak - Ward 5 classroom (Level 3)", "2025-03-10 08:30:01", """
    Hello,

    Please could someone look at two plumbing problems in the school's Ward 5 classroom on Level 3 (the old day room, opposite the parents' kitchen):

    1. The sink is leaking from the pipe underneath. I've turned off the stopcock under the sink for now, so the sink can't be used.
    2. The cistern in the accessible toilet next door runs constantly - it looks as though the ballcock is sticking.

    Staff are in the room from 8.30 to 4. The key is at the nurses' station if you come earlier.

    Thanks,

    #SIG#
    """, "plumbing vocabulary: stopcock, ballcock")

add("clean", "lord_of_the_flies_quote", TN, [JORDAN], "Lord of the Flies - Piggy", "2025-03-25 15:21:46", """
    Hi Jordan,

    For Thursday's session on Piggy, have another look at chapter 1. Pick out three moments where the other boys (especially Ralph at first) make fun of him. Ralph's "Sucks to your ass-mar!" is an obvious one - think about what it shows about how quickly the group decides who's an outsider, and how Golding uses Piggy's asthma and glasses to mark him as different.

    Then find one moment later on where Piggy is right and nobody listens.

    Short notes are fine; we'll turn them into a paragraph together.

    Mr N
    """, "set-text quotation (Lord of the Flies, 'Sucks to your ass-mar')", sig=False)

add("clean", "new_referrals_vietnamese_name", ATT, [TUTORS], "New referrals \u2013 w/c 3 March", "2025-02-28 15:42:20", """
    Dear all,

    Three new referrals have been approved for home tuition from next week. Please let Maeve know by Tuesday if you can take any of them.

    1. Ph\u00fac Nguy\u1ec5n - Year 9, East Leeds. Acute lymphoblastic leukaemia, maintenance phase. The family speak Vietnamese at home; Dad's English is good, and we can book an interpreter for the first visit. Please check how Ph\u00fac likes his name pronounced - his home school says they've been getting it wrong for two years.
    2. Krist\u00f3f Horv\u00e1th - Year 7, Morley. Post-operative (spinal). Maths and English priority.
    3. Ella-Rose Tapsfield - Year 11, Otley. Chronic fatigue. Four GCSE subjects to keep going; the family have asked for a female tutor where possible.

    Full referral forms are in the secure referrals folder.

    Thank you,

    #SIG#
    """, "foreign-language personal names (Vietnamese 'Ph\u00fac'); encoded subject; base64 body", fmt="alt",
    cte="base64", html_cte="base64")

# ================================================================ output

# category by position of definition (before the shuffle)
for i, m in enumerate(MSGS):
    if i < 9:
        m["cat"] = "flag, plain"
    elif i < 20:
        m["cat"] = "flag, disguised/encoded"
    elif i < 50:
        m["cat"] = "clean, everyday"
    else:
        m["cat"] = "clean, hard negative"

README = """# Round 22 hold-out corpus - obscene-language module

**BLIND HOLD-OUT DATA. Never use these files to tune, train or adjust the filter or its rules.**
They exist only to measure mailguard on mail that nobody looked at while building it.

## What it is

{total} hand-written RFC 5322 messages ({nflag} `flag`, {nclean} `clean`) sent by staff of Example School's
hospital and home-tuition service: ward teachers at (fictional) St Aidan's Children's Hospital, home tutors,
the CAMHS liaison teacher at the Larchfield Adolescent Unit, the exams officer (access arrangements,
special consideration), the reintegration coordinator (phased returns to mainstream schools), the office,
attendance, the DSL and the SENDCo. Recipients are the three directory parents, pupils at
pupils.example-school.org.uk, colleagues and outside organisations on example.com/.org/.net domains.

Labels follow the intent of the school's electronic-communications policy ("Use obscene language or swear
words ... inappropriate comments which could cause offence ... on the grounds of gender, race, disability,
age, religion or sexual orientation"), judged as a safeguarding lead would: `flag` when the staff author's
**own** words (subject, body or a text attachment) contain swearing or a slur; `clean` otherwise, including
when the words are quoted from a pupil in a staff-only safeguarding report, sit only in a parent's quoted
text, are set-text quotations, place names, surnames, animals, food, clinical or subject vocabulary.
Judgement calls are marked `[unsure]` in the note column of labels.csv.

## How it was made

Written blind (without reading mailguard's code, rules, tests or docs, and without running it) from the
school policy, config.example.yaml and directory/parents.csv only. All names, addresses and organisations are
invented; phone numbers are from Ofcom's drama ranges or the school's own 01632 960000.

`../make_round22_obscene.py` (Python 3.11 standard library only) builds every message as raw MIME text with
fixed dates, Message-IDs and boundaries, so output is byte-identical on every run.

## Regenerate

    python3 tests/holdout/round22/make_round22_obscene.py

This rewrites the .eml files, labels.csv and this README in tests/holdout/round22/obscene-language/.

## Counts

| category | count |
|---|---|
{table}
| **total** | **{total}** |

Formats: {fmt_summary}.

## Kinds of case

- flag, plain: staff-to-staff venting (bollocks, pissed, shit, fucking, bastard), a tutor swearing to a
  pupil, an exams officer swearing in a letter to a parent, slurs on disability, sexual orientation, Gypsy/
  Traveller ethnicity and gender, swearing inside a .txt handover attachment.
- flag, disguised: asterisk/symbol masks (f*cking, sh!t), leetspeak (w4nk3r, b0ll0cks, @rse), dotted and
  spaced letters, repeated letters, Cyrillic homoglyphs, full-width letters, zero-width characters, words
  split by HTML tags and character entities, a quoted-printable soft line break inside a word, a base64
  body to a parent, a swear word only in an RFC 2047 (base64) subject.
- clean, everyday: bedside timetables, home visit times, access arrangements, newsletter, attendance
  return (CSV), phased-return notes, homework and revision mail to pupils, infection control, CAMHS
  timetable, training reminder, device loans, reports and certificates (PDF), referrals, parking forward.
- clean, hard negatives: place names (Scunthorpe, Penistone, Cockermouth, Clitheroe, Twatt, Shitterton,
  Sussex), surnames (Cockburn, Wankhede, Hancock, Butt, Cummings, Dick King-Smith, Dickens), food (spotted
  dick, faggots), birds (great tit, woodcock, cock pheasant, booby), a therapy dog described as a bitch,
  shuttlecocks and balls, reproductive-system vocabulary to a parent, RSHE letter, clinical terms (spastic
  diplegic cerebral palsy, orchidopexy, rectal biopsy), history (William the Bastard), RE (hell,
  damnation), geography (spit, dyke), set texts (Romeo and Juliet, Lord of the Flies), German words (Fahrt,
  Gift), a Vietnamese name (Phuc), staff-only reports to the DSL quoting pupils and online abuse verbatim,
  a behaviour log quoting a pupil, polite replies where only the parent's quoted text swears, a staff
  discussion of the behaviour policy on language, and a question to the head about a pupil's poem.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    order = list(MSGS)
    random.Random(22022).shuffle(order)
    rows = []
    fmts = {}
    for n, m in enumerate(order, 1):
        fname = "%03d_%s_%s.eml" % (n, m["kind"], m["slug"])
        raw = build(n, m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        rcpts = " ".join(p.addr for p in m["to"] + m["cc"])
        rows.append([fname, m["kind"], m["frm"].addr, rcpts, m["note"]])
        k = {"plain": "text/plain", "alt": "multipart/alternative", "html": "HTML only"}[m["fmt"]]
        fmts[k] = fmts.get(k, 0) + 1
        if m["atts"]:
            fmts["with attachment"] = fmts.get("with attachment", 0) + 1
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    cats = {}
    for m in MSGS:
        cats[m["cat"]] = cats.get(m["cat"], 0) + 1
    table = "\n".join("| %s | %d |" % (c, cats[c]) for c in
                      ("flag, plain", "flag, disguised/encoded", "clean, everyday", "clean, hard negative"))
    nflag = sum(1 for m in MSGS if m["kind"] == "flag")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), nflag=nflag, nclean=len(MSGS) - nflag, table=table,
                               fmt_summary=", ".join("%s %d" % (k, v) for k, v in sorted(fmts.items()))))
    print("wrote %d messages (%d flag, %d clean) to %s" % (len(MSGS), nflag, len(MSGS) - nflag, OUT))


if __name__ == "__main__":
    main()
