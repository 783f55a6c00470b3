#!/usr/bin/env python3
"""Round 12 blind held-out corpus for the personal-address-to-parent module.

Setting: a special school (autism / SEMH, ages 5-19) federated with a small pupil
referral unit (the Park Row Centre). Writes 80 .eml files (20 flag, 60 clean),
labels.csv and nothing else into ./personal-address-to-parent/ next to this script.

BLIND: written without looking at mailguard's code, rules or tests. Never tune on it.

Deterministic: fixed dates, Message-IDs and MIME boundaries; raw RFC 5322 text is
built by hand, so running it twice gives byte-identical files. Python 3.11 stdlib only.
"""
import base64
import csv
import datetime
import hashlib
import html
import io
import os
import quopri
import random
import re
import zipfile
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

DOM = "example-school.org.uk"
PDOM = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people
PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}

PUPILS = {
    "idris": ("Idris Guardian", "20iguardian@" + PDOM),
    "kiran": ("Kiran Patel", "20kpatel@" + PDOM),
    "michael": ("Michael Okafor", "21mokafor@" + PDOM),
    "tyler": ("Tyler Brennan", "22tbrennan@" + PDOM),
    "aimee": ("Aimee Barker", "22abarker@" + PDOM),
    "darcy": ("Darcy Foster", "22dfoster@" + PDOM),
    "maya": ("Maya Carer", "23mcarer@" + PDOM),
    "lily": ("Lily White", "23lwhite@" + PDOM),
    "rehan": ("Rehan Khan", "23rkhan@" + PDOM),
    "jayden": ("Jayden Walsh", "24jwalsh@" + PDOM),
}

STAFF = {
    "marsh": ("Helen Marsh", "h.marsh@" + DOM),
    "kelly": ("Siobhan Kelly", "s.kelly@" + DOM),
    "dsl": ("Siobhan Kelly (DSL)", "dsl@" + DOM),
    "hughes": ("Rachel Hughes", "r.hughes@" + DOM),
    "mistry": ("Dev Mistry", "d.mistry@" + DOM),
    "holt": ("Kerry Holt", "k.holt@" + DOM),
    "lees": ("Hannah Lees", "h.lees@" + DOM),
    "reid": ("Callum Reid", "c.reid@" + DOM),
    "wainwright": ("Sophie Wainwright", "s.wainwright@" + DOM),
    "ellis": ("Bronwen Ellis", "b.ellis@" + DOM),
    "shah": ("Imran Shah", "i.shah@" + DOM),
    "nowak": ("Tomasz Nowak", "t.nowak@" + DOM),
    "lawton": ("Amy Lawton", "a.lawton@" + DOM),
    "whitlock": ("Karen Whitlock", "k.whitlock@" + DOM),
    "transport": ("Transport Office", "transport@" + DOM),
    "carter": ("Owen Carter", "o.carter@" + DOM),
    "osei": ("Leon Osei", "l.osei@" + DOM),
    "shortbreaks": ("Short Breaks Team", "shortbreaks@" + DOM),
    "kaminski": ("Jo Kaminski", "j.kaminski@" + DOM),
    "chandran": ("Priya Chandran", "p.chandran@" + DOM),
    "pryce": ("Gareth Pryce", "g.pryce@" + DOM),
    "briggs": ("Nathan Briggs", "n.briggs@" + DOM),
    "tran": ("Zoë Tran", "z.tran@" + DOM),
    "begum": ("Fatima Begum", "f.begum@" + DOM),
    "stead": ("Mark Stead", "m.stead@" + DOM),
    "fraser": ("Ewan Fraser", "e.fraser@" + DOM),
    "adebayo": ("Lucy Adebayo", "l.adebayo@" + DOM),
    "office": ("Example School Office", "office@" + DOM),
    "attendance": ("Attendance", "attendance@" + DOM),
    "akhtar": ("Ruth Akhtar", "r.akhtar@" + DOM),
    "pritchard": ("Siân Pritchard", "s.pritchard@" + DOM),
    "allstaff": ("All Staff", "allstaff@" + DOM),
    "escorts": ("Transport Escorts", "escorts@" + DOM),
}


def P(k):
    return PARENTS[k]


def U(k):
    return PUPILS[k]


def S(k):
    return STAFF[k]


# --------------------------------------------------------------------------- dates
def dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    # UK: BST from 30 March 2025 01:00 UTC
    if d >= datetime.datetime(2025, 3, 30, 2, 0, 0) and d < datetime.datetime(2025, 10, 26, 2, 0, 0):
        tz = datetime.timezone(datetime.timedelta(hours=1))
    else:
        tz = datetime.timezone.utc
    return d.replace(tzinfo=tz)


def rfcdate(s):
    return format_datetime(dt(s))


def gdate(s):
    """Gmail/Apple style attribution date: 'Tue, 14 Jan 2025 at 07:21'"""
    d = dt(s + ":00" if len(s) == 16 else s)
    return d.strftime("%a, %-d %b %Y at %H:%M")


def odate(s):
    """UK Outlook 'Sent:' date: '13 January 2025 19:42'"""
    d = dt(s + ":00" if len(s) == 16 else s)
    return d.strftime("%-d %B %Y %H:%M")


# --------------------------------------------------------------------------- headers
def _chunks(s, maxbytes):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > maxbytes:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _qword(b):
    r = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            r.append(ch)
        elif ch == " ":
            r.append("_")
        else:
            r.append("=%02X" % c)
    return "".join(r)


def enc_words(s, mode="B"):
    if s.isascii():
        return [s]
    words = []
    if mode == "B":
        for chunk in _chunks(s, 36):
            words.append("=?UTF-8?B?" + base64.b64encode(chunk.encode("utf-8")).decode() + "?=")
        return words
    cur = ""
    for ch in s:
        if len(_qword((cur + ch).encode("utf-8"))) > 60:
            words.append("=?utf-8?Q?" + _qword(cur.encode("utf-8")) + "?=")
            cur = ch
        else:
            cur += ch
    words.append("=?utf-8?Q?" + _qword(cur.encode("utf-8")) + "?=")
    return words


def fold_ascii(name, value):
    """fold an ASCII header value at spaces to keep lines under ~78 chars"""
    line = name + ": "
    out = []
    for i, w in enumerate(value.split(" ")):
        piece = w if i == 0 else " " + w
        if len(line) + len(piece) > 76 and line.strip() != name + ":":
            out.append(line)
            line = " " + w
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def subject_header(s, mode="B"):
    if s.isascii():
        return fold_ascii("Subject", s)
    return "Subject: " + "\n ".join(enc_words(s, mode))


def fmt_addr(pair, mode="B"):
    name, addr = pair
    if not name:
        return addr
    if not name.isascii():
        return " ".join(enc_words(name, mode)) + " <" + addr + ">"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"' + name.replace('"', '\\"') + '" <' + addr + ">"
    return name + " <" + addr + ">"


def addr_header(hname, pairs, mode="B"):
    items = [fmt_addr(p, mode) for p in pairs]
    line = hname + ": " + ", ".join(items)
    if len(line) <= 78:
        return line
    return hname + ": " + ",\n ".join(items)


# --------------------------------------------------------------------------- bodies
def unwrap(text):
    """join hard-wrapped source paragraphs into long lines (Outlook/Gmail style)"""
    out = []
    for line in text.split("\n"):
        listy = re.match(r"\s*([-*•>]|\d+[.)]\s)", line)
        if (out and out[-1] and line and not listy and len(out[-1]) >= 55
                and not out[-1].startswith(">") and re.search(r"[A-Za-z]", out[-1])):
            out[-1] = out[-1] + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def encode_body(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if cte == "7bit":
        assert data.isascii(), "7bit body must be ASCII"
        assert max(len(l) for l in text.split("\n")) < 990
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def pick_cte(text, cte):
    if cte:
        return cte
    data = text.encode("utf-8")
    if data.isascii() and max(len(l) for l in text.split("\n")) < 990:
        return "7bit"
    return "quoted-printable"


def leaf(ctype, text, cte=None, charset="utf-8", extra=None):
    cte = pick_cte(text, cte)
    cs = "us-ascii" if cte == "7bit" and charset == "utf-8" and ctype == "text/plain" and False else charset
    h = 'Content-Type: %s; charset="%s"' % (ctype, cs)
    if extra:
        h += extra
    h += "\nContent-Transfer-Encoding: " + cte + "\n"
    return h.encode() + b"\n" + encode_body(text, cte)


def attachment(filename, ctype, data, cte="base64", extra_ct="", inline=False):
    fnparam = filename
    if not filename.isascii():
        fnparam = "".join(enc_words(filename))
    h = 'Content-Type: %s; name="%s"%s\n' % (ctype, fnparam, extra_ct)
    h += 'Content-Disposition: %s; filename="%s"\n' % ("inline" if inline else "attachment", fnparam)
    h += "Content-Transfer-Encoding: " + cte + "\n"
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return h.encode() + b"\n" + body


def multipart(subtype, boundary, parts, preamble=None, extra=""):
    h = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n' % (subtype, extra, boundary)
    out = [h.encode(), b"\n"]
    if preamble:
        out.append(preamble.encode() + b"\n")
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    return b"".join(out)


# --------------------------------------------------------------------------- html
def _nbsp_digits(s):
    return re.sub(r"(?<=\d) (?=[\d(])", "&nbsp;", s)


def _esc(s):
    return html.escape(s, quote=False)


def gmail_html(body, sig=None, quote=None, quote_attr=None):
    out = ['<div dir="ltr">']
    for line in body.split("\n"):
        out.append("<div>%s</div>" % (_esc(line) if line else "<br>"))
    if sig:
        out.append('<div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">')
        out.append("<br>".join(_esc(l) for l in sig.split("\n")))
        out.append("</div></div>")
    out.append("</div>")
    if quote:
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   % _esc(quote_attr or ""))
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        ql = [re.sub(r"^> ?", "", l) for l in quote.split("\n")]
        out.append("<br>\n".join(_esc(l) for l in ql))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{color:#467886;
	text-decoration:underline;}
span.EmailStyle18
	{font-family:"Aptos",sans-serif;
	color:windowtext;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(body, sig=None, quote=None, sig_colour="#1F3864"):
    out = [OUTLOOK_HEAD]
    for line in body.split("\n"):
        if line:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % _esc(line))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    if sig:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        for i, line in enumerate(sig.split("\n")):
            t = _nbsp_digits(_esc(line))
            if i == 0:
                t = "<b>%s</b>" % t
            out.append('<p class="MsoNormal"><span style="font-size:10.0pt;color:%s">%s'
                       '<o:p></o:p></span></p>\n' % (sig_colour, t or "&nbsp;"))
    if quote:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        for line in quote.split("\n"):
            m = re.match(r"^(From|Sent|To|Cc|Subject):(.*)$", line)
            if m:
                out.append('<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>\n' % (m.group(1), _esc(m.group(2))))
            elif line:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % _esc(line))
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


# --------------------------------------------------------------------------- files
def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 790
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 %d Td" % y]
    for i, l in enumerate(lines):
        ops.append("(%s) Tj T*" % esc(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20250101090000Z) >>" % esc(title)).encode("cp1252"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def make_docx(paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 16, 20, 0))
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur = [], ""
    for ch in line:
        lim = 75 if not parts else 74
        if len((cur + ch).encode("utf-8")) > lim:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def ics_text(lines):
    return ("\r\n".join(ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def isbn13(stem12):
    digits = [int(c) for c in stem12 if c.isdigit()]
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return stem12 + str((10 - s % 10) % 10)


# --------------------------------------------------------------------------- builder
def H(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def msg_id(slug, client):
    h = H("r12p-mid", slug)
    if client == "outlook":
        host = "LO%dP265MB%04d" % (2 + int(h[0], 16) % 5, int(h[1:5], 16) % 10000)
        return "<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (host, h[5:37].upper(), host)
    if client == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:54])).decode().replace("/", "_")
        return "<CA+%s@mail.gmail.com>" % b
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if client == "apple":
        return "<%s@example-school.org.uk>" % u.upper()
    return "<%s@example-school.org.uk>" % u


def boundary(slug, n, client):
    h = H("r12p-b", slug, str(n))
    if client == "outlook":
        return "_%03d_LO2P265MB%s_" % (n * 4, h[:28].upper())
    if client == "gmail":
        return "0000000000%s" % h[:18]
    if client == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    return "------------%s" % h[:24]


def build(m):
    client = m.get("client", "outlook")
    slug = m["slug"]
    body = m["body"].strip("\n")
    if m.get("wrap", "soft") == "soft":
        body = unwrap(body)
    sig = m.get("sig")
    quote = m.get("quote")
    qattr = m.get("quote_attr")
    plain = body
    if sig:
        plain += ("\n\n-- \n" if client == "gmail" and m.get("sigdash") else "\n\n") + sig.strip("\n")
    if quote:
        quote = quote.strip("\n")
        if qattr:
            plain += "\n\n" + qattr + "\n" + quote
        elif client == "outlook":
            plain += "\n\n________________________________\n" + quote
        else:
            plain += "\n\n" + quote
    plain += "\n"

    fmt = m.get("fmt", "plain")
    htmltext = m.get("html")
    if fmt in ("alt", "html") and htmltext is None:
        if client == "outlook":
            htmltext = outlook_html(body, sig and sig.strip("\n"), quote)
        else:
            htmltext = gmail_html(body, sig and sig.strip("\n"), quote, qattr)
    if fmt == "plain":
        core = leaf("text/plain", plain, m.get("cte"))
    elif fmt == "html":
        core = leaf("text/html", htmltext, m.get("hcte", m.get("cte", "quoted-printable")))
    else:
        core = multipart("alternative", boundary(slug, 1, client), [
            leaf("text/plain", plain, m.get("cte", "quoted-printable")),
            leaf("text/html", htmltext, m.get("hcte", "quoted-printable")),
        ])
    atts = m.get("atts") or []
    if atts:
        core = multipart("mixed", boundary(slug, 2, client), [core] + atts)

    mode = m.get("hmode", "B")
    hdr = []
    if client == "gmail":
        hdr.append("MIME-Version: 1.0")
    hdr.append(addr_header("From", [m["frm"]], mode))
    hdr.append(addr_header("To", m["to"], mode))
    if m.get("cc"):
        hdr.append(addr_header("Cc" if client != "outlook" else "CC", m["cc"], mode))
    if m.get("reply_to"):
        hdr.append(addr_header("Reply-To", [m["reply_to"]], mode))
    hdr.append(subject_header(m["subject"], mode))
    if client == "outlook" and m["subject"].isascii():
        topic = re.sub(r"^(Re|RE|Fw|FW|Fwd): ", "", m["subject"])
        hdr.append(fold_ascii("Thread-Topic", topic))
    hdr.append("Date: " + rfcdate(m["date"]))
    hdr.append("Message-ID: " + msg_id(slug, client))
    if m["subject"].lower().startswith("re:"):
        ref = msg_id(slug + "-parent", "gmail" if "@gmail" in m["to"][0][1] else "apple")
        hdr.append("In-Reply-To: " + ref)
        hdr.append("References: " + ref)
    if client == "outlook":
        hdr.append("Accept-Language: en-GB, en-US")
        hdr.append("Content-Language: en-GB")
        hdr.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
    elif client == "apple":
        hdr.append("X-Mailer: iPhone Mail (22D72)")
    elif client == "thunderbird":
        hdr.append("User-Agent: Mozilla Thunderbird")
        hdr.append("Content-Language: en-GB")
    if client != "gmail":
        hdr.append("MIME-Version: 1.0")
    raw = ("\n".join(hdr) + "\n").encode() + core
    return raw


def recipients(m):
    return " ".join(a for _, a in (m["to"] + (m.get("cc") or [])))


# =========================================================================== signatures
SIG = {
    "hughes": "Rachel Hughes\nClass Teacher – Willow Class (Primary)\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000",
    "lees": "Hannah Lees\nClass Teacher, Maple Class (KS3) | Art Lead\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000",
    "reid": "Callum Reid\nPost-16 Pathways Tutor\nExample School, Park Row, Leeds LS1 4AP | 01632 960000",
    "ellis": "Bronwen Ellis\nSpeech and Language Therapist (HCPC SL12345)\nExample School | Park Row | Leeds | LS1 4AP",
    "nowak": "Tomasz Nowak\nOccupational Therapist\nExample School\nTel. 01632 960000",
    "chandran": "Priya Chandran\nFamily Liaison Officer\nExample School Federation (Example School & the Park Row Centre)\nPark Row, Leeds LS1 4AP\n01632 960000",
    "whitlock": "Karen Whitlock\nTransport Coordinator\nExample School, Park Row, Leeds LS1 4AP\nTel 01632 960000 (option 3)",
    "osei": "Leon Osei\nShort Breaks Team Leader\nBeech House | Example School\n01632 960000",
    "begum": "Fatima Begum\nSENCo / EHCP Coordinator\nExample School Federation\nPark Row, Leeds LS1 4AP\nT: 01632 960000  E: f.begum@example-school.org.uk",
    "stead": "Mark Stead\nPE & Forest School Lead\nExample School",
    "office": "Margaret Dunn\nOffice Manager\nExample School, Park Row, Leeds LS1 4AP\nT: 01632 960000 | E: office@example-school.org.uk",
    "attendance": "Joanne Firth\nAttendance Officer\nExample School\nPark Row, Leeds, LS1 4AP\nAbsence line: 01632 960000 (option 1)",
    "pryce": "Gareth Pryce\nHead of Centre\nPark Row Centre (part of the Example School Federation)\nPark Row, Leeds LS1 4AP\n01632 960000",
    "kelly": "Siobhan Kelly\nDeputy Headteacher & Designated Safeguarding Lead\nExample School Federation",
    "fraser": "Ewan Fraser\nIT Technician & Online Safety Lead\nExample School\nIT helpdesk: ithelp@example-school.org.uk",
    "adebayo": "Lucy Adebayo\nSchool Business Manager\nExample School Federation\nPark Row, Leeds LS1 4AP\n01632 960000",
    "akhtar": "Ruth Akhtar RN\nSchool Nurse (Tues – Thurs)\nExample School\n01632 960000",
    "lawton": "Amy Lawton\nMusic Therapist (HCPC registered)\nExample School",
    "pritchard": "Siân Pritchard\nEnglish Lead & Class Teacher, Rowan Class\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "marsh": "Helen Marsh\nExecutive Headteacher\nExample School Federation",
    "shah": "Imran Shah\nSpeech and Language Therapy Assistant\nExample School",
    "wainwright": "Sophie Wainwright\nLearning Support Assistant – Post-16\nExample School",
}

M = []  # all messages, appended in three groups then interleaved


def add(**kw):
    M.append(kw)


# =========================================================================== FLAGS (20)

add(kind="F", label="flag", slug="ta_reply_own_mobile_bad_night", client="apple", fmt="plain",
    frm=S("mistry"), to=[P("jane")], subject="Re: Freddie this morning", date="2025-01-14 12:48:09",
    note="TA reply to parent gives own mobile (07700 900318) to text before the bus",
    body="""
Hi Jane,

Thanks for letting us know. He was quite wobbly coming off the bus - hands
over his ears and he wouldn't take his coat off - but we let him have ten
minutes in the calm room with the ear defenders and his dinosaur book and he
came round. By snack time he was back with the group and he did his whole
phonics session sitting at the table, which is a big deal for him.

I think having a new escort on the bus probably threw him a bit. I've
mentioned it to Karen in transport.

If he has another rough night, just text me on my own phone before the bus
comes and I'll make sure we're ready for him at the door - 07700 900318.
Easier than waiting for the office to pass a message on.

Dev
""",
    quote_attr="On %s, Jane Parent <jane.parent@gmail.com> wrote:" % gdate("2025-01-14 07:21"),
    quote="""
> Morning, just a heads up Freddie was up from 3am and screaming when the bus
> came. He didn't want to get on. Can someone keep an eye on him please.
> Jane
""")

add(kind="F", label="flag", slug="short_breaks_whatsapp_photos", client="outlook", fmt="alt",
    frm=S("osei"), to=[P("sam")], subject="Maya's stay this weekend", date="2025-01-22 16:05:40",
    note="short breaks leader invites parent to WhatsApp his own phone (+44 7700 900614) for photos",
    body="""
Hi Sam,

Just to confirm Maya is booked in at Beech House from Friday after school
until Sunday teatime. She'll come straight over on the school minibus with
Jo, so there's no need to send her bag into school - drop it at the house any
time Thursday, or it can go on the bus with her.

We're planning the trampoline park on Saturday morning if she's up for it,
and a film night (she's already told me it has to be Encanto, again!).

I know last time you said you'd love to see what she gets up to. Add me on
WhatsApp - +44 7700 900614 - and I'll send you a few photos and videos over
the weekend so you're not left wondering. That's my own phone so it's a lot
quicker than going through the office.

If there are any changes to her meds, please bring the updated MAR sheet
with her bag.

Thanks
Leon
""", sig=SIG["osei"])

add(kind="F", label="flag", slug="escort_html_nbsp_own_mobile", client="outlook", fmt="html",
    frm=S("carter"), to=[P("ali")], subject="Minibus tomorrow - earlier pick up", date="2025-01-27 15:52:11",
    note="HTML-only: escort gives own mobile as 07700&nbsp;900&nbsp;572",
    body="", html=OUTLOOK_HEAD + """<p class="MsoNormal">Hi Mr Guardian,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Just a quick one as I know Idris was worried about the new route. Tomorrow we&#8217;re going the long way round because of the roadworks on Kirkstall Road, so pick up will be about 10 minutes earlier, around 7:50. He can still sit in his usual seat behind the driver and I&#8217;ll have his headphones charged.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If we&#8217;re running late or he&#8217;s not ready, don&#8217;t bother ringing the office as it&#8217;s not open till 8:30 &#8211; ring or text me instead on <b>07700&nbsp;900&nbsp;572</b>. It&#8217;s my own phone but I don&#8217;t mind, I always have it on me on the run.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cheers,<o:p></o:p></p>
<p class="MsoNormal">Owen<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Owen Carter | Transport Escort | Example School<o:p></o:p></span></p>
</div>
</body>
</html>
""")

add(kind="F", label="flag", slug="post16_tutor_personal_gmail", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("reid"), to=[U("kiran")], subject="Your portfolio over Easter", date="2025-04-02 14:31:57",
    note="tutor tells pupil to send work to his personal gmail over the holidays",
    body="""
Hi Kiran,

Good work today on your CV, that's a much stronger version. Just the
personal statement to finish now.

I know you want to keep going with the Unit 4 portfolio over Easter. The
school system sometimes blocks big attachments from home, so send your photos
and write-ups to my personal email instead: callumreid.tutor84@gmail.com.
I check that one every day so I'll get back to you quicker.

Don't worry if you don't get it all done - the deadline isn't until 9 May.
Enjoy the break and say hi to your nan for me.

Mr Reid
""", sig=SIG["reid"])

add(kind="F", label="flag", slug="salt_signature_personal_mobile", client="outlook", fmt="alt",
    frm=S("ellis"), to=[P("jane")], cc=[S("hughes")],
    subject="Freddie - speech and language this half term", date="2025-01-30 11:14:26",
    note="therapist's signature gives her personal mobile; body invites texts; cc class teacher",
    body="""
Dear Jane,

It was lovely to meet you at the review on Tuesday. As promised, here is a
summary of what we're working on with Freddie in speech and language this
half term:

• Attention Autism stage 3 in class, three times a week with Rachel and Dev
• modelling on his core vocabulary board – 'more', 'stop', 'go', 'help' and 'finished'
• Intensive Interaction sessions with me on Thursday mornings

At home, the main thing is to model the board without expecting him to copy
you yet. If you point to 'more' when you're pushing him on the swing, that's
perfect. Little and often.

I've attached a copy of the board to print. If you get stuck, or you want to
send me a quick video of him using it, the easiest thing is to text me – my
number is in my signature below. I'm in school Monday to Thursday so I may
not reply straight away on a Friday.

Best wishes,
Bronwen
""", sig=SIG["ellis"] + "\nSchool: 01632 960000\nMobile: 07700 900241 (personal – text is best)",
    atts=[attachment("Freddie core board.pdf", "application/pdf", make_pdf([
        "Core vocabulary board - Freddie (Willow Class)",
        "more | stop | go | help | finished | want | look | my turn",
        "Model, don't test. Point and say the word. Wait. Celebrate any attempt.",
        "Example School Speech and Language Therapy Service"], "Core board"))])

add(kind="F", label="flag", slug="teacher_reply_to_home_hotmail", client="thunderbird", fmt="plain",
    frm=S("lees"), to=[U("tyler")], reply_to=("Hannah Lees", "hannah.lees.art@hotmail.co.uk"),
    subject="Art coursework - photos of your sculpture", date="2025-02-06 15:40:02", wrap="hard",
    note="Reply-To set to teacher's personal hotmail; pupil told replies go to her home email",
    body="""
Hi Tyler,

Your clay sculpture came out of the kiln this afternoon and it's survived!
The glaze has gone a really nice deep blue. I've taken some photos for your
sketchbook and I'll print them on Monday.

My school inbox has hit its limit again, so I've set this up so that when you
reply it comes to my home email instead - just press reply as normal and it'll
reach me. Send me your written evaluation when you've done it and I'll look at
it over the weekend.

Remember the evaluation only needs three things: what you did, what went well,
and what you'd change next time. Use the sentence starters in the back of your
book if you get stuck.

Miss Lees
""")

add(kind="F", label="flag", slug="flo_cc_personal_yahoo_half_term", client="outlook", fmt="alt",
    frm=S("chandran"), to=[P("sam")], cc=[("Priya Chandran", "pri.chandran79@yahoo.co.uk")],
    subject="Half term - keeping in touch", date="2025-02-14 16:47:33",
    note="FLO copies her personal yahoo address so parent can contact her over half term",
    body="""
Hi Sam,

Thanks for your call yesterday. I know the last couple of weeks have been
really tough with Maya's sleep and the meltdowns after school, and I'm glad
you told me rather than trying to manage it all on your own.

As we discussed:
- I've made the referral to the Early Help hub and asked them to contact you about the sleep clinic
- Hannah will send the visual timetable for the week back after half term so Maya can look at it over the holiday
- I'll chase the short breaks team about the extra Saturday

I'm not working over half term but I don't want you to feel there's nobody
there. I've copied in my personal email on this message so you've got it -
if things get difficult you can drop me a line on there and I'll pick it up.

If you are ever worried about anyone's safety, please ring 999 or the
out-of-hours social care team.

Take care,
Priya
""", sig=SIG["chandran"])

add(kind="F", label="flag", slug="ot_collect_from_my_house", client="outlook", fmt="plain", cte="8bit",
    frm=S("nowak"), to=[P("ali")], subject="Wobble cushion and writing slope", date="2025-02-26 13:20:45",
    note="OT invites parent to collect equipment from his home address (no postcode)",
    body="""
Hello Mr Guardian,

Thank you for lending us the wobble cushion and writing slope from home while
Idris's own equipment was on order. The new ones arrived this week so I can
give yours back.

I'm not in school again until Thursday, but I live quite close to you, so
rather than send them home on the minibus (they don't really fit under the
seat) you're welcome to collect them from my house – 27 Cobbler's Fold,
Meanwood, the one with the green door. I'm usually in after 5pm. Or I can
drop them round at the weekend if that's easier, just let me know.

Idris has been doing really well with the slope. His handwriting is more even
and he's tolerating the pencil grip for longer — up to about ten minutes now.

Kind regards,
""", sig=SIG["nowak"])

VCARD_TRAN = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tran;Zoë;;;\r\nFN:Zoë Tran\r\n"
              "ORG:Park Row Centre\r\nTITLE:Teaching Assistant\r\n"
              "TEL;TYPE=CELL,VOICE:+447700900684\r\n"
              "EMAIL;TYPE=HOME,INTERNET:zoe.tran.93@icloud.com\r\n"
              "END:VCARD\r\n").encode("utf-8")

add(kind="F", label="flag", slug="pru_ta_vcard_contact_card", client="apple", fmt="plain", cte="quoted-printable",
    frm=S("tran"), to=[P("sam")], subject="Maya's first morning at the Centre 😊", date="2025-03-04 13:02:18",
    note="vCard attachment with TA's personal mobile and iCloud address; body says save me in your phone",
    body="""
Hi Sam,

Just to let you know Maya had a really good first morning with us at the Park
Row Centre. She was quiet to start with and stayed in the doorway for a bit,
but once she saw the art table she came in and did some painting with me and
Jess. She ate her snack and said goodbye to Nathan when the taxi came!

We'll keep things the same on Thursday - same room, same seat, art first.

I've attached my contact card so you can save me in your phone. Text me
whenever you like, it's much easier than ringing the Centre and waiting for
someone to pick up.

Zoë
""", atts=[attachment("Zoë Tran.vcf", "text/vcard", VCARD_TRAN, cte="base64", extra_ct="; charset=utf-8")])

ICS_WALK = ics_text([
    "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
    "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
    "DTSTART:20250322T093000Z", "DTEND:20250322T123000Z", "DTSTAMP:20250305T180000Z",
    "ORGANIZER;CN=Mark Stead:mailto:mark.stead.outdoors@gmail.com",
    "UID:5k2v9d8q1r3m7a6c4b0e2f1g9h@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jane.parent@gmail.com:mailto:jane.parent@gmail.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.carer@outlook.com:mailto:sam.carer@outlook.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ali.guardian@btinternet.com:mailto:ali.guardian@btinternet.com",
    "DESCRIPTION:Family sponsored walk round Golden Acre Park for the sensory garden fund. Meet in the main car park by the cafe at 9.30. Ear defenders and wellies recommended! If you're running late or can't find us on the day\\, call or text my mobile 07700 900913 - it's my own phone as the school trip phone is out with the Y9 residential that weekend.",
    "LOCATION:Golden Acre Park main car park",
    "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Sponsored walk - Example School families",
    "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])

add(kind="F", label="flag", slug="forest_school_ics_personal_organiser", client="gmail", fmt="alt",
    frm=S("stead"), to=[P("jane"), P("sam"), P("ali")],
    subject="Sponsored walk – Sat 22 March (invite attached)", date="2025-03-05 18:00:12",
    note=".ics invite to parents: organiser is teacher's personal gmail and description gives his own mobile",
    body="""
Hi all,

Thank you to everyone who said they'd come along to the family sponsored walk
for the sensory garden. I've put all the details into the calendar invite
attached so it goes straight into your phones - meeting point, times and what
to bring.

It's a flat route, about 2 miles, with plenty of benches, and there's a
quieter path round the back of the lake if anyone needs a break from the
crowds. Siblings and grandparents are very welcome.

Sponsor forms back to school by Friday 21st please.

Thanks,
Mark
""", sig=SIG["stead"],
    atts=[attachment("invite.ics", "text/calendar", ICS_WALK, cte="base64", extra_ct="; method=REQUEST; charset=UTF-8")])

add(kind="F", label="flag", slug="pru_mentor_add_me_on_snap", client="outlook", fmt="plain",
    frm=S("briggs"), to=[U("jayden")], subject="proud of you today", date="2025-02-05 15:41:30", wrap="hard",
    note="PRU learning mentor asks pupil to add him on Snapchat / Instagram",
    body="""
Jayden,

Just wanted to say I was proper proud of you today. When it kicked off at
dinner with Kyle you walked away and came and found me like we practised.
That's exactly what we talked about in our sessions. Three days in a row
now with nothing on your behaviour sheet.

I know you said school email is long and you never check it. Add me on snap
- nbriggs.ldn7 - or insta, same name, and you can message me if stuff is
going on at home at the weekend. Don't tell the others though or they'll
all want it lol

See you Monday. Football at break if it's dry.

Nathan
""")

add(kind="F", label="flag", slug="transport_mobile_split_linebreak", client="thunderbird", fmt="plain", cte="quoted-printable",
    frm=S("whitlock"), to=[P("sam")], subject="Taxi change from Monday 3 March", date="2025-02-27 10:26:51", wrap="hard",
    note="transport coordinator gives own mobile split over a line break (07700 / 900 427)",
    body="""
Dear Sam,

Further to our phone call, I can confirm that from Monday 3 March Maya
will be collected by Castle Cars instead of the council minibus. The
driver will be Pete and the passenger assistant will be Lorraine, who
Maya already knows from the swimming run. Pick up is 8.05am from home;
drop off at the Park Row Centre on Tuesdays and Thursdays and at main
school the rest of the week.

I've sent Maya's one-page profile and travel plan to the taxi firm so
they know she needs to sit behind the driver and not next to the window,
and about the seatbelt guard.

I know you were anxious about the first week. I'm not usually one for
giving my number out, but if anything goes wrong on Monday morning give
me a ring any time after 7.30 on my mobile, which is my own phone: 07700
900 427. Please keep it to yourself though, and use the transport office
number for anything else.

Kind regards

""", sig=SIG["whitlock"])

add(kind="F", label="flag", slug="residential_0044_whatsapp_base64", client="apple", fmt="plain", cte="base64",
    frm=S("kaminski"), to=[P("ali")], subject="Idris weekend stay - contact", date="2025-03-03 20:14:07",
    note="base64 body: residential worker gives own phone as 0044 7700 900155 and invites WhatsApp",
    body="""
Hi Ali,

Jo here from Beech House. Idris is booked with us for the weekend of 7-9 March
and I'm his key worker for the stay.

He told me at tea last time that he gets homesick on the Saturday night, so
we've agreed he can video call you after tea at about 7pm. The house tablet has
been really unreliable so I'll use my own phone for that - save my number, it's
0044 7700 900155, and if you want to check in with me over the weekend just
WhatsApp me on that.

Please send his inhaler and enough of his evening meds for two nights, in the
pharmacy boxes with the labels on.

Thanks
Jo

Jo Kaminski
Residential Support Worker, Short Breaks
Sent from my iPhone
""")

add(kind="F", label="flag", slug="music_therapist_html_dotted_mobile", client="gmail", fmt="html",
    frm=S("lawton"), to=[P("jane")], subject="Freddie's song!", date="2025-02-11 16:22:39",
    note="HTML-only: music therapist asks parent to text her mobile 07700.900.362 to get a video by WhatsApp",
    body="", html="""<div dir="ltr"><div>Hi Jane,</div><div><br></div><div>Freddie was amazing in music therapy today. He&#39;s started to fill in the gap at the end of the &quot;Hello&quot; song &ndash; I sing &quot;Hello Fred...&quot; and wait, and today he shouted &quot;DIE!&quot; and then laughed his head off. Then he did it again four more times just to make sure I&#39;d noticed.</div><div><br></div><div>I recorded a little bit of it and I&#39;d really love you to see it. The school system won&#39;t let me email the video because it&#39;s too big, so if you send a text to my mobile <b>07700.900.362</b> I&#39;ll WhatsApp it over to you tonight.</div><div><br></div><div>Same time next week, and I&#39;ll bring the big drum back out as he loved it.</div><div><br></div><div>Amy</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div style="color:#6a1b9a">Amy Lawton<br>Music Therapist (HCPC registered)<br>Example School</div></div></div>
""")

add(kind="F", label="flag", slug="it_tech_discord_server_pupils", client="gmail", fmt="alt",
    frm=S("fraser"), to=[U("tyler"), U("rehan"), U("darcy"), U("lily")],
    subject="Minecraft club over the holidays", date="2025-04-03 15:10:44",
    note="IT technician invites pupils to his own Discord server over Easter",
    body="""
Hi all,

Thanks for a brilliant term of Minecraft club. The castle build is incredible
and I've taken screenshots for the display board outside the library.

A few of you asked if we can keep building over Easter. The school server gets
switched off while school is closed, but I run my own server at home and
you're welcome to join. Join my Discord here: discord.gg/Fk8r2TqW and message
me (ewanf_builds) and I'll add you to the whitelist. Voice chat is optional.

Usual rules apply: be kind, no griefing, and don't share personal info in the
chat.

Mr Fraser
""", sig=SIG["fraser"], sigdash=True)

add(kind="F", label="flag", slug="forward_newsletter_home_address_landline", client="outlook", fmt="alt",
    frm=S("hughes"), to=[P("jane")], subject="FW: Willow Class news - w/e 7 February", date="2025-02-10 19:36:28",
    note="teacher forwards class news and adds home address with postcode and home landline (0113) 496 0872",
    body="""
Jane – forwarding this as you said the paper copy got lost in Freddie's bag.

And as I said on the phone, please don't feel you're on your own with all
this. You're welcome to come round to mine for a cuppa over half term if you
want to talk things through away from school – we're at 9 Alder Grove,
Bramley, LS13 2PX – or ring the house on (0113) 496 0872, I'm usually in
after six.

Rachel
""", quote="""
From: Rachel Hughes <r.hughes@example-school.org.uk>
Sent: %s
To: Willow Class Parents
Subject: Willow Class news - w/e 7 February

Dear families,

What a week! Our topic this half term is "Under the Sea" and the children
have loved the sensory tray with jelly, shells and blue rice. Freddie and
Ava spent ages finding the hidden sea creatures.

Reminders:
- Forest school is on Thursday this week, please send wellies
- PE kit on Tuesdays
- Please check diaries every night

Have a lovely weekend,
Rachel Hughes
Class Teacher – Willow Class
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""" % odate("2025-02-07 15:10"))

add(kind="F", label="flag", slug="ta_facebook_friend_request_panto_photos", client="outlook", fmt="plain",
    frm=S("holt"), to=[P("jane")], subject="RE: photos from the panto?", date="2025-01-16 17:03:55",
    note="TA sends parent a Facebook friend request to share pupil photos there",
    body="""
Hi Jane,

Sorry, I can't email the photos of Freddie from the panto as they're on the
class iPad and it won't let me send that many. I've just sent you a friend
request on Facebook though (Kerry Holt, profile pic is me and my dog on
Ilkley Moor!) - accept it and I'll message them across to you on there
tonight.

He had the best time, especially when the bubble machine came on. He didn't
even need the ear defenders for the second half.

Kerry x
""", quote="""
From: Jane Parent <jane.parent@gmail.com>
Sent: %s
To: Kerry Holt <k.holt@example-school.org.uk>
Subject: photos from the panto?

Hi Kerry, Freddie keeps talking about "the big bubbles", did anyone take any
photos? Would love to see them. Thanks, Jane
""" % odate("2025-01-16 08:44"))

add(kind="F", label="flag", slug="lsa_signature_out_of_hours_outlook", client="outlook", fmt="alt",
    frm=S("wainwright"), to=[U("michael")], cc=[S("reid")],
    subject="Travel training Thursday", date="2025-03-11 12:25:19",
    note="LSA to pupil; signature gives an out-of-hours personal outlook.com address; cc tutor",
    body="""
Hi Michael,

Great job on Tuesday – you found the right stop on your own and you showed
the driver your pass without me having to remind you.

For Thursday's travel training we'll do the route the other way round:
- meet me by the main office at 1.15
- walk down to the stop on Park Row
- number 18 bus into town, get off at the bus station
- buy a drink in the café on your own, then the 18 back

Bring your pass and your money card. If you start to feel stressed on the
bus, use your "I need a minute" card and I'll be right there.

Sophie
""", sig=SIG["wainwright"] + "\nOut of hours: sophie.wainwright22@outlook.com")

add(kind="F", label="flag", slug="salt_assistant_signal_number", client="outlook", fmt="plain", cte="8bit",
    frm=S("shah"), to=[P("ali")], subject="Idris – Talking Mats at home", date="2025-03-13 15:58:03",
    note="SLT assistant invites parent to message him on Signal at 07700900731 (no spaces)",
    body="""
Hi Mr Guardian,

Idris did a brilliant Talking Mat with me this week about going to college
next year. He put "travelling on the bus" and "new people" under "not sure",
but "cooking" and "computers" went straight under "like" – no hesitation!

He asked if he could show you his mat, so I've sent the photo home in his
bag. It would be really useful if you could try the same mat with him at
home and see if he puts things in the same place.

If you'd like to send me photos of his mat from home, I'm on Signal –
my number is 07700900731. It's encrypted so it's safer than ordinary texts
for anything about Idris.

Thanks,
""", sig=SIG["shah"])

add(kind="F", label="flag", slug="exam_text_me_plus44_encoded_subject", client="outlook", fmt="alt", hmode="Q",
    frm=S("pritchard"), to=[P("ali"), U("idris")],
    subject="Idris – Functional Skills speaking & listening assessment ✔", date="2025-03-18 09:47:21",
    note="RFC 2047 name/subject; teacher tells parent and pupil to text her own mobile +44 (0)7700-900-508",
    body="""
Dear Mr Guardian and Idris,

Idris's Functional Skills English speaking and listening assessment is next
Wednesday, 26 March, at 10.30 in the library. It's a small group discussion
with Michael and Kiran about planning a trip, and he's already practised it
twice with me, so there are no surprises.

Idris, remember you can use your prompt cards and you can ask for a
movement break if you need one.

If he's poorly on the morning, or the night before was a bad one, text me on
my own mobile, +44 (0)7700-900-508, before 8 and I'll rearrange it – there's
no point him sitting it on a bad day.

Diolch / thanks,
Siân
""", sig=SIG["pritchard"])


# =========================================================================== EVERYDAY CLEAN (30)

add(kind="E", label="clean", slug="office_spring_term_newsletter", client="outlook", fmt="html",
    frm=S("office"), to=[P("jane"), P("sam"), P("ali")],
    subject="Spring term newsletter", date="2025-01-10 14:02:33",
    note="everyday: termly newsletter to families, school number only",
    body="""
Dear parents and carers,

Happy new year and welcome back. The children and young people have settled
back in really well this week, and it was lovely to hear about everyone's
Christmas in morning circle.

Staff news
We are pleased to welcome Imran Shah, who joins the therapy team as a Speech
and Language Therapy Assistant, working mainly with Rowan class and Post-16.
Mrs Lawton's music therapy groups restart next week.

Dates for your diary
- Wednesday 29 January: Family coffee morning, 9.15 in the community room
- Monday 17 – Friday 21 February: half term
- Monday 24 February: INSET day (school closed to pupils)
- Wednesday 5 March: parents' evening (in person or by phone)
- Thursday 6 March: World Book Day – come as a character, or in comfy clothes
- Friday 4 April: last day of term, 1.30 finish

Home-school diaries
Please keep checking and writing in your child's diary every day. It really
helps us to know how the night and morning have gone, especially after a
change in routine.

Medication
If your child's medication changes, please let Ruth (school nurse) know and
send the new dose in its pharmacy packaging with a signed consent form.

As always, if you need to get a message to us, ring the office on
01632 960000 or email office@example-school.org.uk.

With best wishes,
""", sig=SIG["office"])

add(kind="E", label="clean", slug="willow_diary_settled_day", client="outlook", fmt="plain",
    frm=S("hughes"), to=[P("jane")], subject="Freddie's day", date="2025-01-08 15:34:12",
    note="everyday: short note home about a good day",
    body="""
Hi Jane,

The diary didn't make it into his bag so just a quick note - Freddie had a
lovely settled day. He used his now-and-next board all morning, ate all of
his pasta at lunch and even licked a grape (a first!).

He was a bit tired by the afternoon so he had some time on the swing in the
sensory room before home time.

Rachel
""")

add(kind="E", label="clean", slug="salt_staff_new_pecs_books", client="outlook", fmt="plain",
    frm=S("ellis"), to=[S("hughes"), S("mistry"), S("holt")],
    subject="New PECS books for Willow", date="2025-01-09 08:17:55",
    note="everyday: staff-only therapy resources",
    body="""
Morning all,

I've laminated and velcroed the new PECS books for Freddie, Ava and Harris -
they're on the shelf above the sink in the therapy room in a blue tray. The
old ones can go in the recycling once you've swapped over any symbols the
children particularly like (Harris is very attached to his "trampoline").

Could someone let me know by Friday if any symbols are missing from the
snack page? I'm doing another print run then.

Thanks,
Bronwen
""")

add(kind="E", label="clean", slug="ot_sensory_diet_plan_pdf", client="outlook", fmt="alt",
    frm=S("nowak"), to=[P("sam")], cc=[S("lees")],
    subject="Maya's sensory diet - updated plan", date="2025-01-15 12:41:08",
    note="everyday: OT plan attached (PDF) for parent, cc class teacher",
    body="""
Dear Sam,

Please find attached Maya's updated sensory diet for the spring term. The
main changes from last term are:

- a movement break before every lesson that involves sitting, not just maths
- heavy work jobs (carrying the PE bag, pushing the library trolley) built
  into her timetable at 10.30 and 1.45
- chewy tube available in her pencil case all day rather than at set times

We've noticed she seeks a lot of deep pressure when she's anxious, so the
weighted lap pad is now kept by her desk. At home, activities like carrying
shopping bags, pushing the hoover or helping to change the bed sheets all
give the same kind of input and can help her to settle in the evening.

Hannah and the Maple class team have a copy. Do let me know if anything in
the plan doesn't match what you see at home.

Kind regards,
""", sig=SIG["nowak"],
    atts=[attachment("Maya - sensory diet spring 2025.pdf", "application/pdf", make_pdf([
        "Sensory diet - Maya (Maple Class) - Spring term 2025",
        "08.50 Arrival: trampoline 5 mins, then heavy work (chairs down)",
        "10.30 Library trolley / PE bag job",
        "Before seated lessons: movement break (wall push-ups, animal walks)",
        "13.45 Heavy work job; weighted lap pad available at desk",
        "Chewy tube in pencil case - available all day",
        "Reviewed by T. Nowak, Occupational Therapist"], "Sensory diet"))])

add(kind="E", label="clean", slug="attendance_absence_no_reason", client="outlook", fmt="plain",
    frm=S("attendance"), to=[P("ali")], subject="Idris - absence today", date="2025-01-21 10:12:40",
    note="everyday: attendance first-day call-back request, school number",
    body="""
Dear Mr Guardian,

Idris has not arrived at school today and we have not received a reason for
his absence. The minibus crew said there was no answer at the door this
morning.

Could you please let us know as soon as possible that he is safe and the
reason he is off, either by replying to this email or by ringing the absence
line.

Many thanks,
""", sig=SIG["attendance"])

add(kind="E", label="clean", slug="short_breaks_confirm_spring_dates", client="outlook", fmt="alt",
    frm=S("shortbreaks"), to=[P("sam")], subject="Short breaks - spring term dates for Maya", date="2025-01-13 11:25:17",
    note="everyday: short-breaks booking confirmation",
    body="""
Dear Sam,

I'm pleased to confirm Maya's short break stays at Beech House for the rest of
this term:

- Friday 24 – Sunday 26 January
- Friday 28 February – Saturday 1 March (one night)
- Friday 21 – Sunday 23 March

As usual she'll travel to the house on the school minibus on the Friday and
we'll bring her home by 5pm on the last day. Please let us know by the
Wednesday before if she can't come, as we have a waiting list for cancelled
nights.

A reminder that her medication needs to come in the pharmacy packaging with
a current MAR chart.

Best wishes,
Michelle Ryder
Short Breaks Administrator
Beech House, Example School
""")

add(kind="E", label="clean", slug="post16_budget_homework_pupils", client="outlook", fmt="plain",
    frm=S("reid"), to=[U("idris"), U("michael"), U("kiran")],
    subject="Money skills - shopping task for Friday", date="2025-01-23 15:05:44",
    note="everyday: tutor homework reminder to post-16 pupils",
    body="""
Hi all,

A reminder that on Friday we're going to the supermarket for our money skills
session. Before then, please:

1. Plan a meal for two people (use the ideas sheet if you're stuck)
2. Write your shopping list
3. Estimate how much it will cost - your budget is £8

We'll check prices in the shop and see how close your estimates were. The
person who gets nearest wins the choice of music in the minibus on the way
back, so choose wisely.

Mr Reid
""", sig=SIG["reid"])

add(kind="E", label="clean", slug="deputy_lunchtime_rota_change", client="outlook", fmt="plain",
    frm=S("kelly"), to=[S("allstaff")], subject="Lunchtime rota from Monday", date="2025-01-24 13:10:02",
    note="everyday: staff-only rota changes",
    body="""
Hi everyone,

A few changes to the lunchtime rota from Monday while Leanne is on her phased
return:

- Dev moves from the dining hall to the sensory garden (12.00 – 12.40)
- Zoë covers the Maple quiet room on Mondays and Wednesdays
- Owen and Kerry swap days on the playground (Owen Tue/Thu, Kerry Mon/Wed/Fri)

Please remember that the regulation station in the hall needs restocking at
the end of each session - fidgets back in the box, timers back on the hook.

If you can't do your slot, please swap with someone and tell the office so
the board is accurate. Thank you all for being so flexible this term.

Siobhan
""", sig=SIG["kelly"])

add(kind="E", label="clean", slug="senco_annual_review_invite", client="outlook", fmt="alt",
    frm=S("begum"), to=[P("jane")], subject="Freddie - EHCP annual review", date="2025-01-28 09:31:50",
    note="everyday: EHCP annual review invitation with PDF form",
    body="""
Dear Jane,

Freddie's EHCP annual review is due this term and I'd like to hold the
meeting on Tuesday 11 March at 1.30pm in the meeting room by main reception.
It usually takes about an hour. If that date doesn't work for you, please let
me know and we'll find another.

Before the meeting, I'll send round reports from Rachel, Bronwen (speech and
language) and Tomasz (OT) so you have time to read them.

I've attached the "Parent and carer views" form. You don't have to fill in
every box – even a few notes about what's going well at home, what is hard
and what you'd like Freddie to be able to do next year are really helpful.
You can bring it on the day if that is easier.

Rachel and I will also do Freddie's own views with him in class using
symbols and photos.

Kind regards,
""", sig=SIG["begum"],
    atts=[attachment("Parent carer views form.pdf", "application/pdf", make_pdf([
        "EHCP Annual Review - Parent and carer views",
        "Child's name: ____________________   Date of review: ____________",
        "1. What is going well at home?",
        "2. What is difficult at the moment?",
        "3. What would you like your child to achieve in the next year?",
        "4. Any changes in health, family circumstances or other services?",
        "Example School Federation"], "Parent carer views"))])

add(kind="E", label="clean", slug="head_friday_briefing_notes", client="outlook", fmt="alt",
    frm=S("marsh"), to=[S("allstaff")], subject="Friday briefing - notes", date="2025-01-31 16:15:21",
    note="everyday: headteacher's staff briefing notes",
    body="""
Dear all,

Thank you for a busy week. For those who missed this morning's briefing:

Team Teach refresher
The two-day refresher for staff whose certificates expire before July is on
the INSET day (24 Feb) and the following Tuesday afternoon. Lucy has emailed
individual invitations – please check you've had yours.

Fire drill
We'll have an unannounced drill some time in the next fortnight. Class teams,
please make sure each child's evacuation profile is in the red folder by the
door, and that ear defenders are in the grab bag for those who need them.

Incident recording
A reminder that all physical interventions must be recorded on the system by
the end of the same day, and parents informed by phone or email the same day.
Siobhan is reviewing the records every Friday.

Wellbeing
The staffroom fridge has been cleaned (thank you Margaret!). Wellbeing walk
on Wednesday after school, meeting by the gate at 3.45 – all welcome.

Have a restful weekend. You've earned it.

Helen
""", sig=SIG["marsh"])

add(kind="E", label="clean", slug="flo_coffee_morning_reply", client="outlook", fmt="alt",
    frm=S("chandran"), to=[P("sam")], subject="RE: Coffee morning", date="2025-01-27 09:48:36",
    note="everyday: FLO reply to parent about coffee morning, quoted thread",
    body="""
Hi Sam,

Yes, absolutely bring Maya's little brother – lots of parents bring younger
ones and there's a box of toys and a quiet corner in the community room.

It's Wednesday at 9.15 and it's very informal. Bronwen from speech and
language is coming along to talk about using visuals at home, but mostly it's
just a chance to have a cuppa with other parents who understand.

Look forward to seeing you,
Priya
""", sig=SIG["chandran"], quote="""
From: Sam Carer <sam.carer@outlook.com>
Sent: %s
To: Priya Chandran <p.chandran@example-school.org.uk>
Subject: Coffee morning

Hi Priya, I saw the coffee morning in the newsletter. I'd like to come but
I'll have Leo with me (he's 3), is that ok? Sam
""" % odate("2025-01-26 21:12"))

add(kind="E", label="clean", slug="maple_reading_reply_to_pupil", client="outlook", fmt="plain",
    frm=S("lees"), to=[U("lily")], subject="RE: reading", date="2025-02-04 16:20:09",
    note="everyday: teacher answers pupil's homework question",
    body="""
Hi Lily,

Good question! You only need to read chapters 5 and 6 this week, not the whole
of part two. If you want to read on you can, but don't do the questions for
the later chapters yet because we'll do those together.

For question 3, think about how Auggie feels when he walks into the classroom
on his first day, and find one sentence that shows it.

Miss Lees
""", quote="""
From: Lily White <23lwhite@pupils.example-school.org.uk>
Sent: %s
To: Hannah Lees <h.lees@example-school.org.uk>
Subject: reading

miss do we have to read all of part two or just the chapters on the sheet. and
i dont get question 3
""" % odate("2025-02-04 15:55"))

add(kind="E", label="clean", slug="pe_swimming_kit_reminder", client="outlook", fmt="plain",
    frm=S("stead"), to=[P("jane"), P("sam")], subject="Swimming starts next week", date="2025-02-03 12:05:48",
    note="everyday: swimming kit reminder to parents",
    body="""
Dear parents and carers,

Swimming starts again next Monday for Willow and Maple classes. Please send
in a named bag with:

- swimming costume or trunks (no long shorts please)
- towel and a spare towel if your child likes to be wrapped up
- goggles if they use them
- any swim nappy or continence products needed
- a hairbrush and a snack for the bus back

We'll have the usual extra staff in the changing rooms and the private
changing cubicle is booked for anyone who needs it. If your child has any new
worries about the water or the noise in the pool, please write it in the
diary so we can plan for it.

Thanks,
""", sig=SIG["stead"])

add(kind="E", label="clean", slug="maple_trip_consent_letter_pdf", client="outlook", fmt="alt",
    frm=S("lees"), to=[P("sam")], subject="Maple Class trip to the sculpture park", date="2025-02-25 14:44:51",
    note="everyday: trip letter with consent form attachment",
    body="""
Dear Sam,

As part of our art topic, Maple class will be visiting the sculpture park on
Thursday 20 March. We'll leave school at 9.45 on the school minibus and be
back in time for the taxis.

We'll walk one of the shorter routes, have a picnic lunch in the indoor
space (it's quieter than the café), and the children will take photos and
make sketches for their sculpture project.

Please complete the attached consent form and return it in Maya's bag by
Friday 14 March. She will need a packed lunch, a coat and sensible shoes. We
will take a social story and photos of the park in beforehand so she knows
what to expect.

Thank you,
""", sig=SIG["lees"],
    atts=[attachment("Maple trip consent form.pdf", "application/pdf", make_pdf([
        "Maple Class - Visit to the Sculpture Park - Thursday 20 March 2025",
        "I give permission for my child ______________ to attend.",
        "Medical needs / medication to be taken on the trip: ____________",
        "Signed: ____________________  Date: __________",
        "Please return to school by Friday 14 March."], "Trip consent"))])

add(kind="E", label="clean", slug="post16_progress_report_pdf", client="outlook", fmt="alt",
    frm=S("reid"), to=[P("ali")], subject="Idris - spring progress report", date="2025-03-28 15:20:04",
    note="everyday: progress report PDF to parent",
    body="""
Dear Mr Guardian,

Please find attached Idris's progress report for the spring term.

He has had a really positive term. The highlights for me are his
independent travel (he now does the bus into town with only distance
supervision) and his confidence in the kitchen – his spaghetti bolognese was
the best the group has made this year.

His next steps are around managing unexpected changes, especially when staff
are absent, and starting to write a simple personal statement for his
college application.

Happy to talk through any of it at parents' evening or on the phone.

Best wishes,
""", sig=SIG["reid"],
    atts=[attachment("Idris Guardian - Spring report 2025.pdf", "application/pdf", make_pdf([
        "Post-16 Pathways - Spring Term Report 2025 - Idris Guardian",
        "Independent living: secure. Cooks a 2-course meal with visual recipe.",
        "Travel: uses the 18 bus with distance supervision.",
        "English (Functional Skills E3): working towards L1 speaking and listening.",
        "Maths (Functional Skills E3): money and time - secure.",
        "Next steps: coping with unexpected change; personal statement."], "Spring report"))])

add(kind="E", label="clean", slug="mdt_meeting_notes_staff", client="outlook", fmt="plain",
    frm=S("begum"), to=[S("ellis"), S("nowak"), S("lawton"), S("lees"), S("chandran")],
    subject="MDT meeting notes - 4 Feb", date="2025-02-04 17:02:26",
    note="everyday: staff-only multidisciplinary meeting notes (initials)",
    body="""
Hi all,

Notes from today's MDT, as ever please correct anything I've got wrong.

MC (Maple) – sleep still poor. PC to follow up Early Help referral. TN to
review sensory diet after half term. AL to offer an extra music therapy
session on Thursdays.

FP (Willow) – annual review 11 March. BE and TN reports to me by 28 Feb
please.

IG (Post-16) – college transition. CR arranging visits. BE to do Talking
Mat about college with IS.

TW (Rowan) – new to school; baseline assessments from all therapies by end
of March.

Next MDT: Tuesday 4 March, 3.45, therapy room.

Fatima
""", sig=SIG["begum"])

add(kind="E", label="clean", slug="nurse_care_plan_renewal", client="outlook", fmt="plain",
    frm=S("akhtar"), to=[P("jane")], subject="Freddie's healthcare plan", date="2025-02-18 10:30:55",
    note="everyday: school nurse asks parent to check and sign care plan",
    body="""
Dear Jane,

Freddie's individual healthcare plan for his eczema and his allergy to
peanuts is due for its yearly review. I've sent a paper copy home in his bag
after half term, with the changes from last year highlighted in yellow.

Could you check it, especially the name of the cream and the antihistamine
dose, sign the back and send it back in the diary? If anything has changed
since his last appointment with the dermatology clinic, just scribble it on
the form and I'll update it.

Also, his auto-injectors in school expire at the end of April, so we'll need
two new ones before then.

Many thanks,
""", sig=SIG["akhtar"])

add(kind="E", label="clean", slug="music_therapy_block_update", client="gmail", fmt="alt",
    frm=S("lawton"), to=[P("sam")], subject="Maya - music therapy update", date="2025-03-21 13:15:02",
    note="everyday: therapist end-of-block update to parent",
    body="""
Dear Sam,

We've come to the end of Maya's block of ten music therapy sessions, so I
wanted to give you a short update.

At the start Maya found it hard to be in the room for more than a few
minutes, and she mostly watched from the beanbag. Over the last few weeks
she's started to join in on the keyboard, and in the last session she
made up a tune and asked me to "do the drums" with her. She's also using
music to show how she's feeling – loud and fast when she's cross, very soft
when she's tired.

I'd like to offer her another block after Easter, and I'll talk this through
with Hannah and Fatima at the next MDT. If you have any questions or any
thoughts about what you've noticed at home, please reply to this email.

Warm wishes,
Amy
""", sig=SIG["lawton"], sigdash=True)

add(kind="E", label="clean", slug="pru_dual_placement_review", client="outlook", fmt="alt",
    frm=S("pryce"), to=[P("sam")], cc=[S("lees"), S("chandran")],
    subject="Maya's placement at the Park Row Centre - review", date="2025-03-17 16:32:40",
    note="everyday: PRU head confirms placement review meeting, cc colleagues",
    body="""
Dear Sam,

Thank you for coming in last week. As agreed, Maya will continue with two
mornings a week at the Park Row Centre (Tuesday and Thursday) until Easter,
and we'll review it at a meeting on Wednesday 2 April at 10am here at the
Centre. Hannah and Priya will both be there.

So far the reports from Zoë and Nathan have been very positive: Maya is
arriving calmly, joining in with the art and cooking sessions and she has
not needed the quiet room since the second week.

At the review we'll look at:
- whether the current days are still right for her
- the transport arrangements
- what support she needs on the days back at main school

If there is anything you'd like added to the agenda, just reply to this
email.

Kind regards,
""", sig=SIG["pryce"])

add(kind="E", label="clean", slug="it_password_reset_pupil", client="outlook", fmt="plain",
    frm=S("fraser"), to=[U("aimee")], subject="Your password has been reset", date="2025-02-12 09:05:13",
    note="everyday: IT resets a pupil's password",
    body="""
Hi Aimee,

Mrs Lees asked me to reset your password as you were locked out this
morning. Your new temporary password is:

  Purple-Kettle-Rain

You'll be asked to change it the first time you log in. Pick something you
can remember but other people can't guess, and please don't tell your
friends what it is – not even your best friend!

If it doesn't work, come and find me in the IT office at break.

Mr Fraser
""", sig=SIG["fraser"])

add(kind="E", label="clean", slug="office_lost_property_coat", client="outlook", fmt="plain",
    frm=S("office"), to=[P("jane")], subject="Freddie's coat", date="2025-02-07 11:48:30",
    note="everyday: office about a mixed-up coat",
    body="""
Dear Jane,

I think Freddie may have gone home yesterday in someone else's coat – a navy
one with a dinosaur on the zip. His own (green with his name in the back)
is in the office.

If you could pop the navy one in his bag on Monday, we'll swap them over.
Sorry for the muddle!

Kind regards,
""", sig=SIG["office"])

add(kind="E", label="clean", slug="star_of_the_week_html", client="gmail", fmt="alt", hcte="base64",
    frm=S("pritchard"), to=[P("ali")], subject="Star of the Week ⭐", date="2025-02-28 14:55:48",
    note="everyday: celebration message, RFC 2047 subject",
    body="""
Dear Mr Guardian,

I'm delighted to tell you that Idris is this week's Star of the Week for
Rowan and Post-16!

On Wednesday we had a supply teacher in for the morning, which is usually
really hard for Idris. This time he read his social story, told the teacher
he needed his headphones, and got on with his work. He then helped a younger
pupil in the dinner queue who was getting upset. I was so proud of him.

His certificate is in his bag, and he's chosen to have his photo on the
celebration board.

Best wishes,
Siân
""", sig=SIG["pritchard"], sigdash=True)

add(kind="E", label="clean", slug="short_breaks_packing_list", client="outlook", fmt="plain",
    frm=S("kaminski"), to=[P("sam")], subject="Packing for Friday", date="2025-03-19 15:18:21",
    note="everyday: residential packing list",
    body="""
Hi Sam,

Just a quick reminder of what Maya needs for her stay this weekend:

- 3 sets of clothes and pyjamas
- her weighted blanket (or we can use the house one, but she prefers hers)
- toothbrush and her own toothpaste (the strawberry one)
- her iPad and charger
- Bunny!
- medication in pharmacy boxes with the MAR chart

We're planning bowling on Saturday and a takeaway pizza night. If there's
anything she's worried about this time, let us know in the diary and we'll
make a plan with her.

Thanks,
Jo
Beech House
""")

add(kind="E", label="clean", slug="work_experience_well_done_pupil", client="outlook", fmt="plain",
    frm=S("reid"), to=[U("michael")], subject="Work experience - well done!", date="2025-02-14 12:12:30",
    note="everyday: tutor praises pupil after work experience week",
    body="""
Hi Michael,

I've just had a lovely phone call from the café about your work experience
week. They said you were always on time, you were brilliant at the dishwasher
and you were really polite to the customers. They've said you'd be welcome
back for another placement in the summer.

Let's write it up on your Pathways record when we're back after half term –
bring the photos on your phone if you took any.

Have a great half term.

Mr Reid
""")

add(kind="E", label="clean", slug="cover_request_hospital_appt", client="outlook", fmt="plain",
    frm=S("lees"), to=[S("kelly")], subject="Cover Thursday pm", date="2025-03-06 07:58:44",
    note="everyday: staff-only cover request",
    body="""
Hi Siobhan,

Sorry for the short notice – I've been given a hospital appointment for
Thursday afternoon (1.30) so I'll need to leave at 12.45. I've spoken to
Sophie and she's happy to lead the art session as it's a continuation of last
week. The plans are in the Maple folder on the shared drive.

Maya and Lily will need a heads-up about the change in the morning, so I'll
do the visual timetable with them first thing.

Thanks,
Hannah
""")

add(kind="E", label="clean", slug="attendance_dentist_authorised", client="outlook", fmt="plain",
    frm=S("attendance"), to=[P("ali")], subject="RE: Idris dentist tomorrow", date="2025-03-10 13:40:26",
    note="everyday: attendance reply to parent, Outlook quoted thread",
    body="""
Dear Mr Guardian,

Thank you for letting us know. I've recorded the appointment as an authorised
absence for the morning. I've also told the minibus team so they won't come
to the house, and Idris's tutor knows he'll be in after lunch.

Please bring Idris to main reception when you arrive so he can be signed in.

Kind regards,
""", sig=SIG["attendance"], quote="""
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: %s
To: Attendance <attendance@example-school.org.uk>
Subject: Idris dentist tomorrow

Hello, Idris has a dentist appointment tomorrow at 10.15 so he won't be on the
bus. I'll bring him in after, around 12.30. Thanks, Ali Guardian
""" % odate("2025-03-10 08:02"))

add(kind="E", label="clean", slug="forest_school_wellies_pupils", client="outlook", fmt="plain",
    frm=S("stead"), to=[U("lily"), U("rehan"), U("maya"), U("darcy")],
    subject="Forest school Thursday - bring wellies!", date="2025-03-12 14:30:18",
    note="everyday: forest school reminder to pupils",
    body="""
Hi Maple class,

Forest school is back on this Thursday! We're making a shelter big enough
for the whole group, so it will be muddy.

Please bring:
- wellies or old trainers
- a waterproof coat
- clothes you don't mind getting dirty

Hot chocolate round the fire pit at the end if we all work as a team.

Mr Stead
""")

add(kind="E", label="clean", slug="inset_trainer_logistics_external", client="outlook", fmt="alt",
    frm=S("adebayo"), to=[("Autism Training Bookings", "bookings@autismtraining.example.org")], cc=[S("kelly")],
    subject="INSET 24 February - arrangements for your trainer", date="2025-02-12 11:02:57",
    note="everyday: business manager to external training provider, school details only",
    body="""
Dear Bookings Team,

Thank you for confirming the PDA awareness training for our INSET day on
Monday 24 February. To help your trainer on the day:

- Arrival from 8.15; the session runs 9.00 – 3.00 with lunch at 12.15
- Parking: please use the visitors' bays at the front of main school and
  sign in at reception (photo ID and DBS details needed)
- Room: the hall, set out cabaret style for around 65 staff
- AV: projector and screen with HDMI; we also have a clicker and a roaming mic
- Lunch is provided for the trainer, please let us know of any dietary needs

Please send the invoice to finance@example-school.org.uk quoting our order
number PO-25-0318. If anything changes on the day, reception can be reached
on 01632 960000.

Kind regards,
""", sig=SIG["adebayo"])

add(kind="E", label="clean", slug="ta_reply_spare_clothes", client="outlook", fmt="plain",
    frm=S("mistry"), to=[P("jane")], subject="RE: spare clothes", date="2025-03-07 15:22:40",
    note="everyday: TA reply about spare clothes, Outlook quoted",
    body="""
Hi Jane,

No problem at all, these things happen. He was fine – he didn't seem bothered
and he was happy to get changed in the hygiene room with me.

We used his last set of spares today, so if you could send two more sets on
Monday (trousers, pants and socks) that would be great. I've put the wet
things in a bag in his rucksack.

Dev
""", quote="""
From: Jane Parent <jane.parent@gmail.com>
Sent: %s
To: Dev Mistry <d.mistry@example-school.org.uk>
Subject: spare clothes

Hi Dev, sorry, Freddie came home in the school joggers again. Has he had an
accident? Does he need more spares in his bag? Jane
""" % odate("2025-03-07 15:05"))

add(kind="E", label="clean", slug="escorts_training_reminder", client="outlook", fmt="plain",
    frm=S("whitlock"), to=[S("escorts")], cc=[S("carter")],
    subject="Escort training - Wednesday 12 March", date="2025-03-05 10:45:28",
    note="everyday: staff-only training reminder for transport escorts",
    body="""
Hi all,

A reminder that the annual training for all transport escorts is next
Wednesday, 12 March, 9.30 – 12.00 in the community room.

This year we'll cover:
- buccal midazolam refresher with Ruth (for the three pupils on the
  minibus runs who have an emergency plan)
- harness and seatbelt guard checks
- what to do if a pupil becomes distressed on the road
- the new incident form

It's paid time and counts towards your Team Teach hours. Please let me know
by Friday if you can't make it so I can book you onto the April session.

Thanks,
Karen
""", sig=SIG["whitlock"])


# =========================================================================== HARD NEGATIVES (30)

add(kind="H", label="clean", slug="trip_school_mobile_stated", client="outlook", fmt="alt",
    frm=S("hughes"), to=[P("jane")], subject="Willow trip to Tropical World - Wednesday", date="2025-03-10 16:05:31",
    note="school-owned trip mobile (07700 900050) stated as a school phone; office number",
    body="""
Dear Jane,

Just a reminder that Willow class are going to Tropical World on Wednesday.
We'll leave at 9.30 and be back for the end of the day, so Freddie will go
home on his usual bus.

Please send a packed lunch and a drink, and his ear defenders, as the
butterfly house can get quite loud when a school group is in there. We've
shown the children the photos and the social story, and Freddie is very
excited about the meerkats.

On the day, if you need to reach us, please ring the school trip mobile on
07700 900050. This is a school phone that the trip leader carries, and it will
be switched on from 9am until we're back on site. It isn't answered after the
trip, so for anything else please ring the office as normal.

Thanks,
""", sig=SIG["hughes"])

add(kind="H", label="clean", slug="office_contact_details_read_back", client="outlook", fmt="plain",
    frm=S("office"), to=[P("jane")], subject="Please check your contact details", date="2025-01-07 10:20:14",
    note="parent's own mobile/email read back, plus her emergency contact (grandparent landline)",
    body="""
Dear Jane,

As part of our new-year data check, please could you confirm the contact
details we hold for Freddie are still correct:

Contact 1: Jane Parent (Mother)
  Mobile: 07700 900123
  Email: jane.parent@gmail.com
Contact 2: Roy Parent (Grandfather)
  Home: 0113 496 0215
Doctor: Parkside Medical Practice

If anything is wrong or missing, just reply to this email with the changes.
If everything is right, there's no need to reply.

Thank you,
""", sig=SIG["office"])

add(kind="H", label="clean", slug="residential_coach_and_centre_numbers", client="outlook", fmt="alt",
    frm=S("reid"), to=[P("ali")], subject="Post-16 residential - final details", date="2025-03-24 15:40:02",
    note="third-party outdoor centre phone and postcode; prices and dates",
    body="""
Dear Mr Guardian,

Here are the final details for the Post-16 residential at Bay Ridge Outdoor
Centre, Monday 28 – Wednesday 30 April.

Travel
We're travelling on a coach from Aire Valley Coaches, leaving school at 9.00
and arriving at the centre around 11.30. The coach has seatbelts and a
toilet, and we'll stop once on the way.

Staying there
The centre is at Station Road, Robin Hood's Bay, YO22 4RT. Idris will share a
two-bed room with Michael, as they asked. Staff sleep on the same corridor.
The centre's office number is 0114 496 0377 if you need it while we're away,
and they will always get a message to us.

Cost
The remaining balance of £70 (total £95, less the £25 deposit) is due by
Friday 11 April. The kit list is attached to the letter that came home today.

Please remember to send Idris's medication with the signed form.

Best wishes,
""", sig=SIG["reid"])

add(kind="H", label="clean", slug="teacher_declines_personal_mobile", client="outlook", fmt="alt", cte="8bit",
    frm=S("lees"), to=[P("sam")], subject="RE: quick question", date="2025-01-20 16:52:10",
    note="teacher refuses parent's request for her personal mobile; offers school channels",
    body="""
Hi Sam,

I completely understand why it would be easier, and I'm sorry to say no, but
staff aren't allowed to use their personal phones to contact families, so I
can't give you my mobile number.

What works best for mornings like the one you describe:
- write a quick note in the home-school diary – we read them all as the
  children arrive
- ring the office before 8.45 and ask them to pass a message to Maple class
  (01632 960000) – they'll bring it straight down
- or email me here, I check it before registration

If it's something urgent about Maya's wellbeing, Priya (our family liaison
officer) can also help.

Best wishes,
Hannah
""", sig=SIG["lees"], quote="""
From: Sam Carer <sam.carer@outlook.com>
Sent: %s
To: Hannah Lees <h.lees@example-school.org.uk>
Subject: quick question

Hi Hannah, would it be ok to have your mobile number? Some mornings Maya is
really unsettled and it would be easier just to text you before she comes in
so you're ready for her. Thanks, Sam
""" % odate("2025-01-20 07:38"))

add(kind="H", label="clean", slug="esafety_apps_advice_parents", client="outlook", fmt="alt",
    frm=S("fraser"), to=[P("jane"), P("sam"), P("ali")],
    subject="Online safety update for parents and carers", date="2025-02-11 12:30:44",
    note="e-safety advice naming Snapchat/Discord/Roblox/WhatsApp without inviting anyone",
    body="""
Dear parents and carers,

It's Safer Internet Day today, so here is a short update on what we're
seeing in school.

Snapchat
Several of our older pupils have told us they use Snapchat. Please check
that Snap Map is set to "Ghost Mode" so their location isn't shared, and
that only friends can contact them.

Discord and Roblox
These are very popular with our pupils. Both have chat features where
children can be contacted by people they don't know. Roblox has parental
controls that let you turn chat off completely – we can help you set this up
if you'd like.

WhatsApp groups
Please keep an eye on group chats. Group messages late at night are one of
the biggest causes of upset we see on a Monday morning.

A reminder too that no member of staff will ever ask your child to add them
on social media or message them on a personal account. If that ever happens,
please tell us straight away.

We're running a drop-in on setting up parental controls on Wednesday 26
February, 2.30 – 3.15 in the library. Just bring your child's device.

Best wishes,
Ewan Fraser
""", sig=SIG["fraser"])

add(kind="H", label="clean", slug="flo_support_organisations_numbers", client="outlook", fmt="alt",
    frm=S("chandran"), to=[P("sam")], subject="Support organisations we talked about", date="2025-01-31 11:42:09",
    note="third-party helpline/support organisation numbers given to parent",
    body="""
Hi Sam,

It was good to see you at the coffee morning. As promised, here are the
details of the organisations I mentioned:

Aire Valley Parent Carer Forum
Peer support and monthly meet-ups for parents of children with SEND.
Tel 0113 496 0310, www.airevalleypcf.example.org

Carers' Support Line (freephone)
For anyone caring for a family member. Open 9am – 8pm weekdays.
0808 157 0262

Sleep Well Families
Free sleep advice sessions for families of autistic children. You can
self-refer on their website: www.sleepwellfamilies.example.org

Leeds Short Breaks Information Service
For information about holiday clubs and the Saturday schemes.
0113 496 0480

You don't need a referral from school for any of them, but if you'd like me
to make the first call with you, just let me know.

Take care,
""", sig=SIG["chandran"])

add(kind="H", label="clean", slug="hr_new_starter_details_staff_only", client="outlook", fmt="plain",
    frm=S("adebayo"), to=[S("osei")], cc=[S("kelly")],
    subject="New starter - Residential Support Worker", date="2025-02-19 10:05:33",
    note="staff-only HR: new starter's home address and mobile shared with line manager",
    body="""
Hi Leon,

All pre-employment checks are now complete for Jordan Pike, so he can start
at Beech House on Monday 3 March. His details for your rota and the
emergency contacts folder:

Name: Jordan Pike
Address: 14 Fernbank Avenue, Armley, Leeds LS12 3QD
Mobile: 07700 900836
Emergency contact: Carol Pike (mother), 0113 496 0561
Contract: 30 hours, sleep-ins as per rota

His DBS and references are on the SCR. Please don't share his personal
details beyond the house manager's folder. He'll need a lanyard and key fob
from the office on his first morning, and his induction with Siobhan is at
9.30 on the Monday.

Thanks,
""", sig=SIG["adebayo"])

add(kind="H", label="clean", slug="staff_social_at_my_house", client="gmail", fmt="alt",
    frm=S("holt"), to=[S("hughes"), S("mistry"), S("tran"), S("ellis"), S("lawton")],
    subject="End of term drinks at mine 🍕", date="2025-03-26 19:22:40",
    note="staff-only social invite with TA's home address and mobile",
    body="""
Hiya lovely people,

We survived another term (nearly)! I thought we could do something low-key
this time instead of going to the pub – pizza and drinks at mine on Friday
4 April from about 6.30.

Address is 41 Woodlea Rise, Horsforth, LS18 4HN – parking on the road is
fine after 6. Text me on 07700 900219 if you're coming so I know how many
pizzas to order, and let me know about any dietary stuff.

Partners welcome. No talking about EHCPs after 8pm, that's the rule.

Kerry xx
""")

add(kind="H", label="clean", slug="exam_centre_and_candidate_numbers", client="outlook", fmt="alt",
    frm=S("pritchard"), to=[U("idris"), U("michael"), U("kiran")],
    subject="Functional Skills reading exam - your details", date="2025-03-27 11:15:08",
    note="candidate numbers, centre number, dates and times to pupils",
    body="""
Hi all,

Your Functional Skills English reading exam (Level 1) is on Tuesday 13 May.
Here's everything you need to know:

- Time: 10.00 – 11.00 (plus your extra time if you have it)
- Room: P4, the small exam room next to the library
- Centre number: 36512
- Candidate numbers: Idris 4172, Michael 4175, Kiran 4178

Your candidate number will also be on a card on your desk, so don't worry if
you forget it. Bring a black pen and your reading ruler if you use one. You
can have a movement break – just put your hand up.

We'll do a practice paper in the same room on 6 May so you know what it feels
like.

Siân
""", sig=SIG["pritchard"])

add(kind="H", label="clean", slug="business_manager_bank_transfer_details", client="outlook", fmt="plain",
    frm=S("adebayo"), to=[P("ali")], subject="Paying for the residential by bank transfer", date="2025-03-25 09:35:20",
    note="school fund bank details: sort code, account number, amounts, reference",
    body="""
Dear Mr Guardian,

I'm sorry to hear ParentPay isn't letting you log in – we've reported it. In
the meantime you're very welcome to pay the balance for Idris's residential
by bank transfer:

Account name: Example School Fund
Sort code: 30-94-71
Account number: 48217730
Reference: GUARDIAN RES25
Amount: £70.00

The balance is due by Friday 11 April. I'll confirm by email once it shows
on our statement, which can take two or three working days.

Kind regards,
""", sig=SIG["adebayo"])

add(kind="H", label="clean", slug="teams_annual_review_dial_in", client="outlook", fmt="alt",
    frm=S("begum"), to=[P("ali")], cc=[S("reid")],
    subject="Idris annual review - Teams link", date="2025-02-20 14:10:51",
    note="Teams meeting ID, passcode and dial-in number (020 7946 0xxx) for a review",
    body="""
Dear Mr Guardian,

As you're working away that week, here is the Teams link for Idris's annual
review on Thursday 6 March at 2pm. You can join on a computer, a phone or
just by dialling in.

Callum, Idris and I will be in the meeting room at school, and the careers
adviser from the local authority will also join online.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 372 918 465 204
Passcode: Xk7mQp

Or call in (audio only)
+44 20 7946 0123,,918273645#   United Kingdom, London
Phone conference ID: 918 273 645#
________________________________________________________________________________

If the technology lets us down, we'll ring you on the number we have on file.

Kind regards,
""", sig=SIG["begum"])

add(kind="H", label="clean", slug="hydrotherapy_venue_address_postcode", client="outlook", fmt="plain",
    frm=S("stead"), to=[P("jane")], subject="Hydrotherapy open session - parking", date="2025-03-03 13:26:37",
    note="venue address with postcode and parking info for a parent",
    body="""
Dear Jane,

Thanks for saying you'd like to come and watch Freddie's hydrotherapy session
on Friday 14 March. Just so you know where you're going – it isn't at school,
it's at the pool we hire:

Aireside Hydrotherapy Pool
Unit 3, Kirkstall Works, Leeds LS4 2QB

The session starts at 10.45. Please park in the bays marked "Aireside" at the
back of the building (the front is a clinic car park and they do ticket).
There's a small viewing window next to the changing rooms, so Freddie won't
see you unless you want him to – we'll do whatever works best for him.

Thanks,
""", sig=SIG["stead"])

add(kind="H", label="clean", slug="camhs_clinic_appointment_info", client="outlook", fmt="plain",
    frm=S("akhtar"), to=[P("sam")], subject="Maya's CAMHS appointment", date="2025-02-05 11:55:06",
    note="third-party clinic phone and address given to parent",
    body="""
Dear Sam,

CAMHS have been in touch to say they've sent Maya an appointment with the
neurodevelopmental team for Tuesday 25 March at 2.15pm. In case the letter
hasn't arrived, the appointment is at:

Fairfield Child Health Centre
Ash Road, Leeds LS6 3HH

If you need to change the time, you'll have to ring the CAMHS booking line
directly on 0113 496 0599, as school can't rebook it for you.

Maya will be in school that morning, and we can let her go early at 1.15 if
you collect her from reception. Let me know if you'd like me to send the
school nurse summary for the clinician to read beforehand.

Best wishes,
""", sig=SIG["akhtar"])

add(kind="H", label="clean", slug="college_transition_sendco_contact", client="outlook", fmt="alt",
    frm=S("reid"), to=[P("ali")], cc=[("Sarah Amos", "s.amos@northleedscollege.example.org")],
    subject="College visit for Idris", date="2025-03-14 10:20:45",
    note="receiving college's learning support coordinator contact (third party) given to parent",
    body="""
Dear Mr Guardian,

Good news – North Leeds College have offered Idris a transition visit on
Tuesday 1 April, from 10.00 until 12.00. I'll take him in the school car and
stay with him throughout.

I've copied in Sarah Amos, who coordinates additional learning support at the
college. She'll be our host on the day and will be the person to talk to
about his support plan from September. Her direct line is 0113 496 0733, and
she's said she's happy for you to contact her about anything to do with the
application.

Idris has already seen photos of the kitchen and the IT suite and is
particularly keen to see "the big computers".

Best wishes,
""", sig=SIG["reid"])

add(kind="H", label="clean", slug="flo_school_work_mobile", client="outlook", fmt="alt",
    frm=S("chandran"), to=[P("jane")], subject="Keeping in touch", date="2025-01-17 14:30:55",
    note="FLO's school-issued work mobile (07700 900010) stated as a school phone with hours",
    body="""
Dear Jane,

It was lovely to meet you at Freddie's home visit. As promised, here's how to
get hold of me.

I have a school work mobile, 07700 900010. It's a school phone, not my own,
and it's switched on Monday to Friday, 8.00 – 4.00 in term time. You can ring
or text it, and if I'm with another family I'll call you back the same day.

Outside those times, please ring the office on 01632 960000 and leave a
message, or in an emergency contact the out-of-hours social care team.

I've put some information in Freddie's bag about the coffee mornings and
the sleep workshop.

Best wishes,
Priya
""", sig=SIG["chandran"])

add(kind="H", label="clean", slug="nurse_direct_line_school_extension", client="outlook", fmt="plain",
    frm=S("hughes"), to=[P("jane")], subject="Freddie's eczema cream", date="2025-02-25 15:45:59",
    note="colleague's official school direct line (01632 960014), not the teacher's own",
    body="""
Hi Jane,

Freddie's skin was quite sore and red on his hands today, so we put his cream
on at lunch and again at 2.30. He let us do it, which was great.

We're running low on the tube in school, so could you send a new one in?
If you want to talk to Ruth (our school nurse) about it, she's in Tuesday to
Thursday and has her own line in the medical room: 01632 960014. She'd like
to check which strength the GP has prescribed now.

Thanks,
Rachel
""")

add(kind="H", label="clean", slug="reading_books_isbn_list", client="outlook", fmt="alt",
    frm=S("lees"), to=[P("sam")], cc=[U("maya")], subject="Books for reading at home", date="2025-03-20 16:10:31",
    note="ISBNs (13-digit numbers) in a reading list to parent and pupil",
    body="""
Dear Sam (and Maya),

You asked about books that Maya could read at home over Easter. These are
the ones she's enjoyed in class or that I think she'd like. They're all
dyslexia-friendly editions with cream paper and a clear font:

- "The Dog Runner" – ISBN %s
- "Girl. Boy. Sea." (short edition) – ISBN %s
- "Wonder" – ISBN %s (she's reading this with us, so she could read ahead)

The library on Town Street has the first two, and Maya can borrow from our
class library too – she knows which shelf.

Maya, remember to fill in your reading log. Two pages counts!

Best wishes,
""" % (isbn13("978-1-80090-091-"), isbn13("978-1-78112-926-"), isbn13("978-0-552-56597-")),
    sig=SIG["lees"])

add(kind="H", label="clean", slug="pupil_uln_for_college_form", client="outlook", fmt="plain",
    frm=S("reid"), to=[U("kiran")], subject="Your ULN for the college form", date="2025-03-12 12:40:07",
    note="unique learner number (10 digits) and DOB given to pupil for application",
    body="""
Hi Kiran,

You asked for your ULN (unique learner number) for the college application.
It's 4829173650.

You'll need to type it in on page 2 of the form, along with your date of
birth (14/06/2007). Don't worry about the "previous qualifications" section
– we'll do that together on Monday in Pathways.

Keep the number safe somewhere, you'll need it again for your exams.

Mr Reid
""")

add(kind="H", label="clean", slug="cv_feedback_pupil_own_details", client="outlook", fmt="alt",
    frm=S("wainwright"), to=[U("michael")], subject="Your CV - comments", date="2025-03-10 16:21:33",
    note="pupil's own mobile/address in his CV (docx) read back by LSA; not staff's details",
    body="""
Hi Michael,

I've had a look through your CV and it's really good. I've made a few
changes in the attached copy:

- I changed the phone number at the top to your own mobile (07700 900882)
  rather than your mum's, because employers will want to ring you
- I moved your work experience at the café above your hobbies
- I fixed a couple of spellings ("responsible" and "customers")

Have a look and check your address is right – I wasn't sure if it was
Flat 2 or Flat 3. Then print it off in the library and we'll put a copy in
your Pathways folder.

Sophie
""", sig=SIG["wainwright"],
    atts=[attachment("Michael Okafor CV.docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     make_docx(["Michael Okafor",
                                "Flat 3, 22 Beckett Court, Leeds LS9 7TF",
                                "Mobile: 07700 900882   Email: 21mokafor@pupils.example-school.org.uk",
                                "Personal profile",
                                "I am a hard-working and polite young person. I like cooking and I am good with computers.",
                                "Work experience",
                                "The Corner Cafe (February 2025): washing up, clearing tables, serving customers.",
                                "Hobbies",
                                "Football, cooking, gaming."]))])

add(kind="H", label="clean", slug="ot_reply_quotes_parent_signature", client="outlook", fmt="alt",
    frm=S("nowak"), to=[P("ali")], subject="RE: Idris - chair at home", date="2025-01-29 12:04:18",
    note="reply quotes parent's Outlook message whose signature has parent's home address and mobile",
    body="""
Dear Mr Guardian,

Thank you, that's really helpful. From what you describe, it sounds like the
chair is too high for him rather than too big – if his feet are dangling he'll
keep shifting to find his balance. A sturdy box or a footstool under his feet
should help straight away.

I'm happy to do a home visit to look at his seating and the desk set-up, as
part of his OT review. I can do Tuesday 11 February at 4pm, with Priya from
family liaison. Let me know if that time suits.

Kind regards,
""", sig=SIG["nowak"], quote="""
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: %s
To: Tomasz Nowak <t.nowak@example-school.org.uk>
Subject: Idris - chair at home

Hi Tomasz,

Idris finds it really hard to sit at the table for tea or for his homework.
He keeps standing up and wandering. The chair is an ordinary kitchen chair.
Is there anything we could try?

Thanks
Ali Guardian
16 Brookfield Road, Leeds LS7 2ND
07700 900789
""" % odate("2025-01-28 20:51"))

add(kind="H", label="clean", slug="dsl_on_call_rota_slt_only", client="outlook", fmt="plain",
    frm=S("dsl"), to=[S("marsh"), S("pryce"), S("begum"), S("osei")],
    subject="Easter out-of-hours safeguarding rota", date="2025-04-01 17:02:12",
    note="staff-only: DSL shares SLT personal mobiles for the holiday on-call rota",
    body="""
Dear all,

Here is the out-of-hours safeguarding rota for the Easter holiday. The on-call
person carries the safeguarding phone, but in case of problems with it, here
are the personal mobiles you gave me – please keep these within SLT and the
Beech House manager only.

7 – 11 April: Siobhan – 07700 900602
14 – 17 April: Gareth – 07700 900745
22 – 25 April: Helen – 07700 900388

Beech House remains open for short breaks on 11 – 13 April, so Leon, please
make sure the house staff have the rota on the office wall.

Any referral made over the holiday must be logged on the system by the next
working day.

Thanks,
Siobhan
""", sig=SIG["kelly"])

add(kind="H", label="clean", slug="taxi_firm_and_driver_details", client="outlook", fmt="plain",
    frm=S("transport"), to=[P("ali")], subject="Temporary taxi for Idris this week", date="2025-03-17 07:45:11",
    note="third-party taxi firm number, driver name and vehicle reg given to parent",
    body="""
Dear Mr Guardian,

The school minibus that does Idris's run has failed its MOT on a brake
light, so for the rest of this week he will be picked up by taxi.

Firm: Castle Cars, 0113 496 0728
Driver: Martin
Vehicle: silver Skoda Octavia, registration YX71 KPD
Escort: Owen (as usual)

Pick up and drop off times will stay the same. Owen has shown Idris a photo
of the car and Martin this morning so it isn't a surprise.

Apologies for the change,
""", sig=SIG["whitlock"])

add(kind="H", label="clean", slug="climbing_centre_booking_staff_mobile", client="outlook", fmt="plain",
    frm=S("stead"), to=[("Dales Climbing Bookings", "bookings@dalesclimbing.example.com")],
    subject="Booking ref DC-4471 - Example School, Thurs 27 March", date="2025-03-24 12:11:50",
    note="[unsure] teacher gives own mobile, but only to an outside venue (no parent/pupil recipient)",
    body="""
Hi Becky,

Thanks for confirming our session on Thursday 27 March, 10.30 – 12.00, for
six Post-16 students and four staff.

As discussed, two of the group are autistic and find new places with echoes
difficult, so could we please use the smaller bouldering room to start with?
I'll send pupil profiles (first names and key needs only) on Wednesday.

If we're held up on the day you can get me on my mobile, 07700 900913.

Thanks,
Mark
""", sig=SIG["stead"])

add(kind="H", label="clean", slug="short_breaks_house_landline_address", client="outlook", fmt="html",
    frm=S("osei"), to=[P("jane")], subject="Freddie's tea visit at Beech House", date="2025-03-06 13:33:29",
    note="school-owned short-breaks house address and landline (01632 960077)",
    body="""
Dear Jane,

We're really looking forward to Freddie's first tea visit at Beech House
next Wednesday, 12 March. It's just two hours, 3.30 – 5.30, so he can get
used to the house before his first overnight stay.

The house is a short walk from main school:
Beech House, 3 Chapel Lane, Leeds LS6 2RX

He'll come over with Dev after school, and you can collect him at 5.30 from
the front door. There's parking on Chapel Lane.

The house has its own landline, 01632 960077. It's staffed 24 hours when
children are staying, so that's the number to use for anything about short
breaks.

Best wishes,
Leon
""", sig=SIG["osei"])

add(kind="H", label="clean", slug="teacher_refuses_instagram_follow", client="outlook", fmt="plain",
    frm=S("lees"), to=[U("lily")], subject="RE: insta", date="2025-02-20 17:31:44",
    note="pupil asks to follow teacher on Instagram; teacher refuses and explains why",
    body="""
Hi Lily,

That's a kind thing to ask, and I'm glad you like the art I showed the class.
But teachers aren't allowed to be friends with or follow pupils on social
media, so I won't be accepting any follow requests – it's not personal, it's
the same for everyone.

If you want to see more of the clay work, come to art club on Wednesday and
I'll show you the photos there.

Also, just a reminder from our online safety lessons: it's a good idea to keep
your account private and only accept people you know in real life.

Miss Lees
""", quote="""
From: Lily White <23lwhite@pupils.example-school.org.uk>
Sent: %s
To: Hannah Lees <h.lees@example-school.org.uk>
Subject: insta

miss whats your insta can i follow you, i want to see your art
""" % odate("2025-02-20 16:55"))

add(kind="H", label="clean", slug="parents_whatsapp_group_staff_decline", client="outlook", fmt="alt",
    frm=S("hughes"), to=[P("jane")], subject="RE: Willow parents WhatsApp", date="2025-01-23 16:08:57",
    note="parents' own WhatsApp group; teacher declines to join or share numbers",
    body="""
Hi Jane,

What a lovely idea – I know a lot of the parents have said they'd like to get
to know each other better, and it's great that you've set it up.

I'm afraid that neither Dev, Kerry nor I can join it, though. School staff
aren't allowed to be in WhatsApp groups with families or use their own phones
to contact parents. It also helps to keep things fair, as not every family
will be in the group.

For anything to do with Freddie or the class, the diary, this email address
and the office are still the best ways to get hold of us. And if there is
a question lots of parents are asking in the group, please feel free to pass
it on to me and I'll answer it in the Friday newsletter.

Best wishes,
Rachel
""", sig=SIG["hughes"], quote="""
From: Jane Parent <jane.parent@gmail.com>
Sent: %s
To: Rachel Hughes <r.hughes@example-school.org.uk>
Subject: Willow parents WhatsApp

Hi Rachel, a few of us mums have started a WhatsApp group for Willow class
parents. Would you or Dev like to join? It would be handy for quick questions.
Jane x
""" % odate("2025-01-22 20:17"))

add(kind="H", label="clean", slug="la_ehcp_caseworker_contact", client="outlook", fmt="plain",
    frm=S("begum"), to=[P("sam")], subject="Maya's EHCP - new caseworker", date="2025-03-04 10:58:16",
    note="local authority caseworker's phone/email and case reference given to parent",
    body="""
Dear Sam,

The local authority has let us know that Maya's SEND caseworker has changed.
Her new caseworker is Daniel Whitford:

Tel: 0113 496 0954
Email: daniel.whitford@sendteam.example.org
Case reference: EHC/2024/0917

Following the annual review in January, the LA must tell you by 28 March
whether they intend to amend Maya's plan. If you haven't heard by then, it's
worth giving Daniel a ring, quoting the reference above.

I've sent him our paperwork, including the request to add the Park Row
Centre mornings to Section I.

Kind regards,
""", sig=SIG["begum"])

add(kind="H", label="clean", slug="office_confirms_parent_new_address", client="outlook", fmt="plain", cte="base64",
    frm=S("office"), to=[P("sam")], subject="RE: Change of address", date="2025-02-03 09:12:44",
    note="office reads back parent's own new address, home landline and mobile",
    body="""
Dear Sam,

Thank you for letting us know about your move. I've updated Maya's records
with your new details:

Address: 7 Millbrook Way, Farnley, Leeds LS12 5TD
Home phone: 0113 496 0388 (new)
Mobile: 07700 900456 (no change)

I've also passed the new address to Karen in transport, who will arrange
for the taxi to pick Maya up from there from next Monday, and to Priya.

Good luck with the unpacking!

Kind regards,
""", sig=SIG["office"], quote="""
From: Sam Carer <sam.carer@outlook.com>
Sent: %s
To: office@example-school.org.uk
Subject: Change of address

Hello, we have moved house. New address is 7 Millbrook Way, Farnley, Leeds
LS12 5TD and we have a landline now 0113 496 0388. Mobile same. Sam Carer
""" % odate("2025-02-02 18:30"))

add(kind="H", label="clean", slug="work_experience_employer_contact", client="outlook", fmt="plain",
    frm=S("reid"), to=[U("michael")], subject="Your next placement - garden centre", date="2025-03-20 11:34:40",
    note="placement employer's name, phone and address given to pupil",
    body="""
Hi Michael,

Great news – Greenway Garden Centre have said yes to your work experience
placement for the week of 12 May. Here are the details:

Supervisor: Mrs Anita Shore
Phone: 0113 496 0655
Address: Otley Road, Adel, Leeds LS16 8AW

You'll start at 9.00 each day and finish at 2.30. Wear your work boots and
old clothes. I'll come with you on the first morning, and we'll practise the
journey on the bus before then.

Mrs Shore has said that if you're ever going to be late or ill, you or your
mum should ring her on the number above as well as telling school.

Mr Reid
""")

add(kind="H", label="clean", slug="forwarded_parent_forum_event", client="outlook", fmt="alt",
    frm=S("chandran"), to=[P("jane"), P("sam"), P("ali")],
    subject="FW: SEND transport drop-in - Aire Valley Parent Carer Forum", date="2025-02-26 09:20:37",
    note="forwarded third-party event with forum coordinator's mobile and venue postcode",
    body="""
Dear parents and carers,

Forwarding this from the Parent Carer Forum as a few of you have asked about
school transport. It's run by parents, for parents, and is independent of
school and the council.

Best wishes,
Priya
""", sig=SIG["chandran"], quote="""
From: Aire Valley Parent Carer Forum <hello@airevalleypcf.example.org>
Sent: %s
To: Priya Chandran <p.chandran@example-school.org.uk>
Subject: SEND transport drop-in

Hi Priya, could you share this with your families please?

SEND transport drop-in
Thursday 13 March, 10.00 – 12.00
Holbeck Community Centre, 2 Bridge Street, Leeds LS11 9UL

Come and find out about travel assistance, independent travel training and
how to appeal a transport decision. Officers from the council's passenger
transport team will be there to answer questions.

Free, no need to book. Children welcome – there will be a sensory corner.

For more information contact Bev Hollis, forum coordinator, on
07700 900941 or bev@airevalleypcf.example.org

Aire Valley Parent Carer Forum
""" % odate("2025-02-25 14:02"))


# =========================================================================== output
README = """# Round 12 held-out corpus: personal-address-to-parent

**BLIND: never use for tuning.** The messages were written without looking at mailguard's
code, rules, tests or documentation, from the school policy and the module brief alone. Use
them only to measure the filter; do not adjust rules or code to fit them. Once used for
tuning they stop being a held-out test.

## What it is

80 outgoing e-mails from staff of a fictional special school for pupils with autism and
social, emotional and mental health needs (ages 5-19), federated with a small pupil referral
unit (the Park Row Centre) and running a residential short-breaks house (Beech House).
Senders are teachers, teaching assistants, speech and language / occupational / music
therapists, transport escorts, residential workers, the family liaison officer, the SENCo,
office, attendance, nurse, IT and senior staff. Recipients are the three parents the filter
knows (jane.parent@gmail.com, sam.carer@outlook.com, ali.guardian@btinternet.com), pupils at
pupils.example-school.org.uk, colleagues and outside organisations (example.com/.org/.net).
The parents' children appear under invented first names: Freddie (Jane Parent's son,
Willow class), Maya (Sam Carer's daughter, Maple class and the Park Row Centre) and Idris
(Ali Guardian's son, Post-16).

Policy being tested: staff must not use personal devices or personal e-mail to communicate
with pupils or parents, must not give pupils or parents their personal phone number, home
address or personal e-mail, and must not add them on social media.

`labels.csv` columns: `file,expected,sender,recipients,note` (expected is `flag` or
`clean`; recipients are To+Cc; judgement calls are marked `[unsure]` in the note).

## How it was made / how to regenerate

Written by hand as data in `../make_round12_personal.py` (Python 3.11 standard library only),
which builds the raw RFC 5322 text itself with fixed dates, Message-IDs and MIME boundaries:

    python3 tests/holdout/round12/make_round12_personal.py

Running it twice gives byte-identical files. It rewrites the .eml files, labels.csv and this
README, and checks that every file parses with `email.policy.default` and matches labels.csv.
All phone numbers are Ofcom drama numbers; all names, addresses and non-school mailboxes are
invented.

## Counts

| group | expected | count |
|---|---|---|
| personal contact details to a parent or pupil | flag | %(F)d |
| ordinary everyday school mail | clean | %(E)d |
| hard negatives (look risky, are fine) | clean | %(H)d |
| **total** | | **%(T)d** |

Formats: %(fmt)s.

## Kinds of case

Flag (sender's own details to at least one parent or pupil):
- personal mobile in many forms: plain, `+44`, `0044` (base64 body), `+44 (0)` with hyphens,
  dots, no spaces, `&nbsp;` inside HTML-only mail, split across a line break (quoted-printable)
- personal mobile in a signature; personal e-mail in a signature, in the body, in Reply-To, in Cc
- home address (with and without postcode) and home landline in brackets, added to a forward
- vCard (.vcf) and calendar invite (.ics) attachments carrying the personal number / gmail organiser
- invitations to private channels: WhatsApp, Snapchat/Instagram, Facebook friend request,
  Discord server, Signal

Clean, everyday: newsletters, diary notes, therapy plans and reports (PDF), EHCP review
invitations, attendance, short-breaks bookings, homework and reminders to pupils, trip
letters, staff rotas, briefings, cover, MDT notes, training.

Clean, hard negatives:
- the school's own number/postcode/office address; a school trip mobile and the FLO's
  school work mobile stated as such; the short-breaks house's own landline and address;
  a colleague's school direct line
- the parent's own details read back or quoted (contact check, change of address, a quoted
  Outlook signature); a pupil's own number and address in his CV (.docx)
- third parties for a reason: outdoor centre, taxi firm and driver, clinic, helplines and
  support organisations, the receiving college, the LA caseworker, a work placement, a
  forwarded parent-forum event with the coordinator's mobile, a hydrotherapy venue postcode
- numbers that are not phones: candidate and centre numbers, ULN, ISBNs, bank sort code and
  account, Teams meeting ID / passcode / dial-in, prices, dates and times
- staff-only mail with personal details (HR new starter, staff party at home, SLT on-call
  rota); a teacher's own mobile given only to an outside venue [unsure]
- staff refusing: declining to give a mobile, declining a parents' WhatsApp group, declining
  a pupil's Instagram follow; e-safety advice naming apps
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(M)))
    random.Random(1212).shuffle(order)
    rows = []
    fmts = {}
    for n, i in enumerate(order, 1):
        m = M[i]
        name = "%03d_%s_%s.eml" % (n, m["label"], m["slug"])
        raw = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        rows.append((name, m["label"], m["frm"][1], recipients(m), m["note"]))
        fmts[m.get("fmt", "plain")] = fmts.get(m.get("fmt", "plain"), 0) + 1
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    kinds = {k: sum(1 for m in M if m["kind"] == k) for k in "FEH"}
    natt = sum(1 for m in M if m.get("atts"))
    fmt_txt = "%d text/plain only, %d multipart/alternative, %d HTML-only; %d with attachments" % (
        fmts.get("plain", 0), fmts.get("alt", 0), fmts.get("html", 0), natt)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README % dict(F=kinds["F"], E=kinds["E"], H=kinds["H"], T=len(M), fmt=fmt_txt))
    check(rows)


def check(rows):
    import email
    import email.policy
    names = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert names == sorted(r[0] for r in rows), "labels/files mismatch"
    assert len(rows) == 80 and sum(r[1] == "flag" for r in rows) == 20
    assert len({m["slug"] for m in M}) == len(M), "duplicate slug"
    for r in rows:
        with open(os.path.join(OUT, r[0]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert not msg.defects, (r[0], msg.defects)
        for part in msg.walk():
            assert not part.defects, (r[0], part.defects)
            if not part.is_multipart():
                part.get_content()
        assert msg["From"].addresses[0].addr_spec == r[2], r[0]
        rc = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert " ".join(rc) == r[3], (r[0], rc)
        assert msg["Date"] and msg["Message-ID"] and msg["Subject"] and msg["MIME-Version"]
        assert r[2].endswith("@" + DOM)
        if r[1] == "flag":
            assert any(a.endswith("@" + PDOM) or a in {p[1] for p in PARENTS.values()} for a in rc), r[0]
    print("wrote %d messages (%d flag, %d clean) to %s" % (
        len(rows), sum(r[1] == "flag" for r in rows), sum(r[1] == "clean" for r in rows), OUT))


if __name__ == "__main__":
    main()
