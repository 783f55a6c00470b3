#!/usr/bin/env python3
"""Generate the round-23 BLIND hold-out corpus for the obscene-language module.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/
(next to this script). Python 3.11 standard library only. Deterministic: fixed dates,
Message-IDs, boundaries and ordering, so two runs give byte-identical files.

Blind: written without looking at mailguard's code, rules or other tests. Never tune on it.
"""
import base64
import csv
import hashlib
import html
import io
import os
import re
import textwrap
import zipfile
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

MSGS = []


def M(**kw):
    MSGS.append(kw)


# --------------------------------------------------------------------------- people

def st(name, local):
    return (name, f"{local}@{SD}")


def pu(name, local):
    return (name, f"{local}@{PD}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

# staff
HUGHES = st("Rhys Hughes", "r.hughes")
OKAFOR = st("Adaeze Okafor", "a.okafor")
YILMAZ = st("Kerem Yılmaz", "k.yilmaz")
CAMPBELL = st("Desmond Campbell", "d.campbell")
AYODELE = st("Shanice Ayodele", "s.ayodele")
MENSAH = st("Theresa Mensah", "t.mensah")
JLEWIS = st("Jerome Lewis", "j.lewis")
DSL = st("Joanne Whitfield (DSL)", "dsl")
WHITFIELD = st("Joanne Whitfield", "j.whitfield")
ATTEND = st("Attendance Office", "attendance")
OFFICE = st("Example School Office", "office")
PGRANT = st("Pauline Grant", "p.grant")
ADEYEMI = st("Michael Adeyemi", "m.adeyemi")
BRENNAN = st("Laura Brennan", "l.brennan")
OCONNOR = st("Patrick O'Connor", "p.oconnor")
ASANTE = st("Nana Asante", "n.asante")
KAYA = st("Hakan Kaya", "h.kaya")
RICHARDS = st("Chantelle Richards", "c.richards")
HEAD = st("Graham Fairweather", "g.fairweather")
OSEI = st("Emmanuel Osei", "e.osei")
LOWE = st("Rebecca Lowe", "r.lowe")
ARSLAN = st("Fatma Arslan", "f.arslan")
THOMPSON = st("Imani Thompson", "i.thompson")
ITSUP = st("IT Support", "it.support")
BELLO = st("Yusuf Bello", "y.bello")
EXAMS = st("Exams Office", "exams")
LIBRARY = st("School Library", "library")
KELLY = st("Sean Kelly", "s.kelly")
COVER = st("Cover", "cover")
PRYCE = st("Dawn Pryce", "d.pryce")
QUINN = st("Bernadette Quinn", "b.quinn")
ROWE = st("Hannah Rowe", "h.rowe")
RAMAN = st("Priya Raman", "p.raman")
FENTON = st("Andrew Fenton", "a.fenton")
OFORI = st("Grace Ofori", "g.ofori")
AJAYI = st("Femi Ajayi", "f.ajayi")
LAWAL = st("Abimbola Lawal", "a.lawal")
KIRBY = st("Joel Kirby", "j.kirby")
MARSH = st("Sophie Marsh", "s.marsh")
ADAMS = st("Ruth Adams", "r.adams")
ALABI = st("Segun Alabi", "s.alabi")
BENNETT = st("Lloyd Bennett", "l.bennett")
WALTERS = st("Dionne Walters", "d.walters")
MCLEOD = st("Fiona McLeod", "f.mcleod")
FORBES = st("Winston Forbes", "w.forbes")
DOYLE = st("Gemma Doyle", "g.doyle")
WHITLOCK = st("Dan Whitlock", "d.whitlock")
CARVER = st("Lewis Carver", "l.carver")
BRIDGER = st("Tom Bridger", "t.bridger")
LOMAX = st("Craig Lomax", "c.lomax")
SUTCLIFFE = st("Neil Sutcliffe", "n.sutcliffe")
HALE = st("Martin Hale", "m.hale")
MARSDEN = st("Steve Marsden", "s.marsden")
KAMARA = st("Aisha Kamara", "a.kamara")
PRICE = st("Shauna Price", "s.price")
WHELAN = st("Gary Whelan", "g.whelan")
FLETCHER = st("Ryan Fletcher", "r.fletcher")
SOCIAL = st("Staff Social Committee", "social")
GREAVES = st("Natalie Greaves", "n.greaves")
PRITCHARD = st("Owen Pritchard", "o.pritchard")
BOYLE = st("Kieran Boyle", "k.boyle")
CLARKE = st("Simone Clarke", "s.clarke")
LARTEY = st("Kwesi Lartey", "k.lartey")

# lists
ALLSTAFF = st("All Staff", "allstaff")
ENGLISH = st("English Department", "english")
HISTORY = st("History Department", "history")
SCIENCE = st("Science Department", "science")
TUTORS = st("Form Tutors", "tutors")
Y7TUT = st("Year 7 Tutors", "y7tutors")
Y13TUT = st("Year 13 Tutors", "y13tutors")
SCITECH = st("Science Technicians", "scitech")
PSHE = st("PSHE Team", "pshe")
MFL = st("Languages Department", "mfl")
NEWSLETTER = st("Parents and Carers", "newsletter")
Y11 = pu("Year 11", "year11")
Y12 = pu("Year 12", "year12")

# pupils
KAAN = pu("Kaan Öztürk", "20kozturk")
AMA = pu("Ama Owusu", "20aowusu")
LEAH = pu("Leah Daniels", "20ldaniels")
TAYO = pu("Tayo Nwosu", "20tnwosu")
MARCUS = pu("Marcus Baptiste", "19mbaptiste")
TOBI = pu("Tobi Adebayo", "22tadebayo")
DWAYNE = pu("Dwayne Gayle", "22dgayle")
JADEN = pu("Jaden Francis", "23jfrancis")
RAHEEM = pu("Raheem Akinola", "23rakinola")
ESTHER = pu("Esther Okonkwo", "21eokonkwo")
SUDE = pu("Sude Şahin", "24ssahin")
MALACHI = pu("Malachi Reid", "25mreid")
ZEYNEP = pu("Zeynep Çelik", "21zcelik")

# outside organisations
STREETWISE = ("Marcus Da Costa", "m.dacosta@example.org")
ACADEMY = ("Hollins Park FC Academy", "academy@example.com")
BALLSKILLS = ("Nia Clarke-Hamilton", "nia@example.org")
AGENCY = ("Brightstaff Education Bookings", "bookings@example.com")


# --------------------------------------------------------------------------- encoding helpers

def encode_word(s, enc="Q", charset="UTF-8"):
    """RFC 2047 encoded-words (split so that each is at most 75 chars), folded."""
    words = []
    cur = ""

    def q(ch):
        out = ""
        for b in ch.encode(charset):
            c = chr(b)
            if c == " ":
                out += "_"
            elif c.isalnum() and b < 128:
                out += c
            elif c in "!*+-/" and b < 128:
                out += c
            else:
                out += "=%02X" % b
        return out

    def enc_len(text):
        if enc == "B":
            return len(base64.b64encode(text.encode(charset)))
        return len("".join(q(c) for c in text))

    overhead = len(f"=?{charset}?{enc}??=")
    for ch in s:
        if cur and enc_len(cur + ch) + overhead > 75:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == "B":
            body = base64.b64encode(w.encode(charset)).decode("ascii")
        else:
            body = "".join(q(c) for c in w)
        out.append(f"=?{charset}?{enc}?{body}?=")
    return "\n ".join(out)


def hdr_text(s, force=None):
    if force:
        return encode_word(s, force)
    if all(ord(c) < 128 for c in s):
        return s
    return encode_word(s, "Q")


SPECIALS = set('()<>@,;:\\".[]')


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    if any(ord(c) >= 128 for c in name):
        return f"{encode_word(name, 'Q')} <{addr}>"
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return f"{name} <{addr}>"


def fmt_addrs(pairs):
    return ",\n ".join(fmt_addr(p) for p in pairs)


SOFT = "\x01"  # marker: force a quoted-printable soft line break here


def qp_encode(text, charset="utf-8", maxlen=76):
    out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == SOFT:
                toks.append(None)
                continue
            o = ord(ch)
            if ch == "=" or o > 126 or (o < 32 and ch != "\t"):
                toks.append("".join("=%02X" % b for b in ch.encode(charset)))
            else:
                toks.append(ch)
        if toks and toks[-1] in (" ", "\t"):
            toks[-1] = "=%02X" % ord(toks[-1])
        cur = ""
        pending = []  # tokens of current line
        for t in toks:
            if t is None:
                out.append("".join(pending) + "=")
                pending = []
                continue
            if len("".join(pending)) + len(t) > maxlen - 1:
                # prefer to break after the last space in the final 25 tokens
                idx = None
                for i in range(len(pending) - 1, max(-1, len(pending) - 26), -1):
                    if pending[i] == " ":
                        idx = i
                        break
                if idx is not None and idx > 0:
                    out.append("".join(pending[: idx + 1]) + "=")
                    pending = pending[idx + 1:]
                else:
                    out.append("".join(pending) + "=")
                    pending = []
            pending.append(t)
        out.append("".join(pending))
    return "\n".join(out)


def b64_encode(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def wrap_plain(text, width=76):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        m = re.match(r"^((?:> ?)+)", line)
        prefix = m.group(1) if m else ""
        if prefix and not prefix.endswith(" "):
            prefix += " "
        content = line[len(m.group(1)):] if m else line
        bullet = re.match(r"^(\s*(?:[-•*]|\d+\.)\s+)", content)
        sub = prefix + (" " * len(bullet.group(1)) if bullet else "")
        lines.extend(textwrap.wrap(content, width=width, initial_indent=prefix,
                                   subsequent_indent=sub, break_long_words=False,
                                   break_on_hyphens=False))
    return "\n".join(lines)


# --------------------------------------------------------------------------- HTML renderers

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
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;}
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

HDR_RE = re.compile(r"^(From|Sent|To|Cc|Subject|Date):(\s.*)$")


def outlook_html(text):
    out = [OUTLOOK_HEAD]
    in_quote = False
    for line in text.split("\n"):
        if line.startswith("From: ") and not in_quote:
            in_quote = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        if line.strip() in ("-----Original Message-----", "---------- Forwarded message ---------"):
            out.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>\n')
            continue
        m = HDR_RE.match(line)
        if in_quote and m:
            out.append(f'<p class="MsoNormal"><b>{m.group(1)}:</b>{html.escape(m.group(2))}<o:p></o:p></p>\n')
        elif line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            out.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>\n')
    if in_quote:
        out.append("</div>\n")
    out.append(OUTLOOK_TAIL)
    return "".join(out)


def gmail_html(text):
    lines = text.split("\n")
    qi = None
    for i, line in enumerate(lines):
        if re.match(r"^On .+ wrote:$", line):
            qi = i
            break
    main = lines if qi is None else lines[:qi]
    while main and main[-1] == "":
        main = main[:-1]
    body = "<br>\n".join(html.escape(x) for x in main)
    out = f'<div dir="ltr">{body}</div>\n'
    if qi is not None:
        quoted = [re.sub(r"^> ?", "", x) for x in lines[qi + 1:]]
        qb = "<br>\n".join(html.escape(x) for x in quoted)
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{html.escape(lines[qi])}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                f"{qb}</blockquote></div>\n")
    return out


# --------------------------------------------------------------------------- MIME builders

CTE_NAME = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def text_part(body, subtype="plain", cte="7bit", charset="utf-8", wrap=True):
    body = body.rstrip("\n")
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and any(ord(c) > 127 for c in body):
            raise ValueError("non-ASCII text in a 7bit part: " + body[:60])
        payload = wrap_plain(body) if (wrap and subtype == "plain") else body
    elif cte == "qp":
        payload = qp_encode(body, charset)
    elif cte == "b64":
        payload = b64_encode(body.encode(charset))
    else:
        raise ValueError(cte)
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {CTE_NAME[cte]}\n\n{payload}\n")


def attach_part(filename, ctype, data):
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f"Content-Description: {filename}\n"
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)};\n'
            '\tcreation-date="Mon, 05 Jan 2026 09:00:00 GMT";\n'
            '\tmodification-date="Mon, 05 Jan 2026 09:00:00 GMT"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64_encode(data)}\n")


def multipart(subtype, parts, boundary):
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def make_pdf(lines):
    """A tiny but valid one-page PDF with the given text lines."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "".join(
        f"({esc(t.encode('latin-1', 'replace').decode('latin-1'))}) '\n" for t in lines) + "ET\n"
    cb = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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


def make_docx(paragraphs):
    """A minimal valid .docx (fixed timestamps so the bytes are stable)."""
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
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p)}</w:t></w:r></w:p>'
                    for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{paras}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels),
                           ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def h(seed):
    return hashlib.sha1(("r23-obscene:" + seed).encode()).hexdigest()


def message_id(slug, style):
    x = h(slug)
    if style == "phone":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{SD}>"
    host = f"LO{int(x[0:2], 16) % 6 + 2}P{int(x[2:4], 16) % 900 + 100}MB{int(x[4:8], 16) % 9000 + 1000}"
    return f"<{host}{x[8:20].upper()}{x[20:32].upper()}@{host}.GBRP{int(x[32:34], 16) % 900 + 100}.PROD.OUTLOOK.COM>"


def build(spec):
    slug = spec["slug"]
    x = h(slug)
    style = spec.get("style", "outlook")
    body = spec["body"]
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte", "8bit" if any(ord(c) > 127 for c in body) else "7bit")
    charset = spec.get("charset", "utf-8")
    if fmt == "plain":
        main = text_part(body, "plain", cte, charset)
    elif fmt == "html":
        hb = spec["html"] if "html" in spec else outlook_html(body)
        main = text_part(hb, "html", spec.get("html_cte", "qp"), charset)
    elif fmt == "alt":
        if "html" in spec:
            hb = spec["html"]
        elif style == "gmail":
            hb = gmail_html(body)
        else:
            hb = outlook_html(body)
        if style == "outlook":
            default_hcte = "qp"
        else:
            default_hcte = "qp" if any(ord(c) > 127 for c in hb) or max(len(l) for l in hb.split("\n")) > 900 else "7bit"
        p1 = text_part(body, "plain", cte, charset)
        p2 = text_part(hb, "html", spec.get("html_cte", default_hcte), charset)
        bnd = (f"_000_{x[:30].upper()}_" if style == "outlook" else f"000000000000{x[:16]}")
        main = multipart("alternative", [p1, p2], bnd)
    else:
        raise ValueError(fmt)
    atts = spec.get("attachments", [])
    if atts:
        bnd = (f"_004_{x[10:40].upper()}_" if style == "outlook" else f"000000000000{x[20:36]}")
        main = multipart("mixed", [main] + [attach_part(*a) for a in atts], bnd)

    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    H = []
    H.append(f"From: {fmt_addr(spec['frm'])}")
    H.append(f"To: {fmt_addrs(spec['to'])}")
    if spec.get("cc"):
        H.append(f"Cc: {fmt_addrs(spec['cc'])}")
    H.append(f"Subject: {hdr_text(spec['subject'], spec.get('subj_enc'))}")
    if style == "outlook":
        H.append(f"Thread-Topic: {hdr_text(re.sub(r'^((RE|FW|Fwd): ?)+', '', spec['subject'], flags=re.I), spec.get('subj_enc'))}")
        H.append("Thread-Index: " + base64.b64encode(bytes.fromhex(x[:32]) + bytes.fromhex(x[8:40])[:6]).decode())
    H.append(f"Date: {format_datetime(dt)}")
    H.append(f"Message-ID: {message_id(slug, style)}")
    if spec.get("in_reply_to"):
        irt = message_id(spec["in_reply_to"], "outlook")
        H.append(f"In-Reply-To: {irt}")
        H.append(f"References: {irt}")
    if style == "outlook":
        H.append("Accept-Language: en-GB, en-US")
        H.append("Content-Language: en-GB")
        H.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
    elif style == "phone":
        H.append("X-Mailer: iPhone Mail (22D82)")
    H.append("MIME-Version: 1.0")
    text = "\n".join(H) + "\n" + main
    return text.encode(spec.get("raw_charset", "utf-8")).replace(b"\n", b"\r\n")


def fw(s):
    """Full-width form of ASCII letters."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# =========================================================================== FLAGS (20)
# ---- plain (10)

M(label="flag", kind="plain", slug="coach_cancelled_bollocks", frm=HUGHES, to=[KAYA],
  date="2026-03-03 12:41:07", subject="Thursday's coach – cancelled", fmt="plain",
  note="plain 'bollocks' venting to colleague about a cancelled trip coach; Q-encoded subject",
  body="""Hakan,

Just had Cityline on the phone – they've cancelled Thursday's coach for the Year 9 Thames Barrier trip. Driver shortage, apparently. Absolute bollocks. We booked it in September and they've had the deposit since October.

I've tried two other firms. Redway can do a 49-seater but not until 9.30, which means we miss our 10.15 slot at the visitor centre. Could you ring the centre and see if they'd push us back to 11? If not it's the train from Charlton, and 87 Year 9s on the Southeastern in the rush hour is not my idea of a good morning.

Need to know by the end of lunch if possible – whichever way it goes, a letter has to go home tonight.

Rhys
""")

M(label="flag", kind="plain", slug="cover_work_shit", frm=DOYLE, to=[BRENNAN], cc=[KELLY],
  date="2026-02-04 07:12:44", subject="Cover for 10X3 tomorrow P4 - sorry!", fmt="alt", cte="qp",
  note="plain 'shit' about staffing in an Outlook text+HTML message to colleagues",
  body="""Hi Laura,

Sorry to dump this on you. The doctor has signed me off until Wednesday with this chest infection, so you've got 10X3 in the lab period 4 tomorrow.

Cover work is on the shared drive under Science > Cover > Y10 > Rates of reaction. They're doing the disappearing cross practical – sodium thiosulfate and hydrochloric acid. Trays are made up in prep room 2, Maxine knows. Goggles on the whole time please, and keep Dwayne well away from the sink, you'll see why.

Honestly the cover situation in this department is shit at the moment. Three of us off and not a single supply teacher booked. I've told Sean but he's got nobody either.

I owe you a coffee. Several coffees.

Gemma

Gemma Doyle
Teacher of Science
Example School | Park Row | LS1 4AP | 01632 960000
""")

M(label="flag", kind="plain", slug="parent_meeting_wanker", frm=WHITLOCK, to=[HUGHES],
  date="2026-01-26 08:31:19", subject="RE: FW: Jaden – detention on Friday", fmt="alt",
  in_reply_to="parent_meeting_wanker_prev", cte="8bit",
  note="plain 'wanker' about a parent, colleague reply above Outlook-quoted thread",
  body="""Rhys,

Yes I'll meet him, but I want you or Emmanuel in the room. The man is a complete wanker – he stood at reception on Friday shouting at Pauline for ten minutes because Jaden got a 30-minute detention for homework. Three missed pieces of homework, not one.

Tuesday 3.30 in the Year 9 office works for me. I'll bring the Satchel One record so he can see the dates.

Dan

Dan Whitlock
Teacher of Computing
Example School, Park Row, LS1 4AP | 01632 960000

From: Rhys Hughes <r.hughes@example-school.org.uk>
Sent: 26 January 2026 08:05
To: Dan Whitlock <d.whitlock@example-school.org.uk>
Subject: FW: Jaden – detention on Friday

Dan – see below from Jaden Francis's dad. Can we meet him together on Tuesday after school? He's calmer when there are two of us. R

From: Clive Francis <clive.francis77@hotmail.co.uk>
Sent: 24 January 2026 21:37
To: Rhys Hughes <r.hughes@example-school.org.uk>
Subject: Jaden – detention on Friday

Mr Hughes, I want a meeting with you and the computing teacher about the detention Jaden got on Friday. He says he handed the work in and nobody believes him. I am not happy with how this was dealt with.

Clive Francis
""")

M(label="flag", kind="plain", slug="ucas_statement_to_pupil", frm=CARVER, to=[MARCUS],
  date="2026-01-07 16:48:02", subject="Personal statement", fmt="plain",
  note="plain 'fucking' from a tutor to a Year 13 pupil",
  body="""Marcus,

The school deadline for personal statements was Friday. I've asked you in tutor time on Monday, Tuesday and again this morning. Ms Lowe can't write your reference until she's seen it, and she's got forty others to do before the 14th.

Get your fucking statement into the shared folder by 9am tomorrow or I'm ringing home. I'm not joking.

Mr Carver
""")

M(label="flag", kind="plain", slug="training_bellend", frm=ADEYEMI, to=[TOBI, DWAYNE],
  date="2026-02-11 12:05:33", subject="Training tonight + Saturday", fmt="plain", style="phone",
  note="plain 'bellend' in a PE coach's message to two pupils (banter register)",
  body="""Tobi, Dwayne,

Training tonight 4pm on the 3G. Two of the Hollins Park academy coaches are coming to watch the U16s so make it count.

Tobi – boots, shin pads, water bottle. Don't be a bellend and leave your boots on the 68 bus again like last week.

Dwayne – you're starting at left back on Saturday if you're at training tonight. Not late. Not "5 mins sir". On time.

Coach A

Sent from my iPhone
""")

M(label="flag", kind="plain", slug="pe_kit_piss_parent", frm=BRIDGER, to=[SAM],
  date="2026-01-29 16:20:51", subject="Re: Kemi PE kit", fmt="alt", style="gmail", cte="8bit",
  note="plain 'taking the piss' in a PE teacher's reply to a parent, parent's text quoted below [unsure] mild idiom",
  body="""Hi Sam,

Thanks for getting back to me. I'm afraid it isn't a one-off – Kemi has been without her PE kit seven times since Christmas. When I asked her about it today in front of the group she laughed and said she had "bare things going on, sir". Honestly, it feels like she's taking the piss a bit now, and the others are starting to copy her.

I don't want PE to turn into a battle for her, because she's a really good athlete when she joins in – she was one of the fastest in the 200m on sports day. Could we agree that her kit stays in her locker at school Monday to Friday? I'll make sure the changing room is unlocked from 8.30 so she can get to it.

If she's without it again next week it will be a detention, as per the policy.

Thanks,
Mr Bridger
PE Department
Example School | 01632 960000

On Wed, 28 Jan 2026 at 18:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Bridger, I got your message about Kemi's PE kit. I do pack it for her every morning, I don't know what happens to it after she leaves the house. I'll speak to her tonight.
> Sam
""")

M(label="flag", kind="plain", slug="set5_disability_slur", frm=LOMAX, to=[YILMAZ],
  date="2026-03-10 17:36:40", subject="8M5 next year", fmt="plain",
  note="plain disability slur ('retards') about a class, teacher to head of department",
  body="""Kerem,

Can we talk about timetabling for next year before it's set in stone? I really can't do 8M5 again.

I've done everything the department asked – new seating plan, positive phone calls home, the reward chart, differentiated starters every single lesson. Half of them still can't do their times tables and the other half are retards who won't even pick up a pen. I'm spending the whole hour on behaviour and getting nowhere.

Happy to take a bottom set in Year 10 or 11 instead, just not that group.

Craig
""")

M(label="flag", kind="plain", slug="parents_evening_racist_slur", frm=SUTCLIFFE, to=[HALE],
  date="2026-02-05 19:14:26", subject="tonight", fmt="plain", style="phone",
  note="plain racist slur about parents, staff to staff",
  body="""Martin,

Well that was a waste of three hours. Eleven appointments booked for my Year 10 group and four turned up. Half the wogs didn't even bother coming, and they'll be first in the queue to complain when the coursework grades come out.

Crown? I need a pint.

Neil

Sent from my iPhone
""")

M(label="flag", kind="plain", slug="marking_policy_twat", frm=MARSDEN, to=[KAYA],
  date="2026-01-21 07:02:55", subject="New feedback policy", fmt="alt", cte="7bit",
  note="plain 'twat' about a senior leader, Outlook text+HTML, colleague to colleague",
  body="""Hakan,

Did you read the new "feedback for learning" policy that landed at 10pm last night? Green pen for strengths, purple for next steps, pupils respond in red, and a sticker in every book every fortnight. On 28 periods a week. Whoever wrote this has never taught a full timetable.

And Fenton sat there in the meeting nodding along like a right twat, when in September he was standing up telling us workload was the priority this year.

I'm going to raise it at the union meeting on Thursday. You coming?

Steve
""")

SEATING_CSV = """Row,Seat,Pupil,Notes
1,1,Amira Haddad,Reliable - can hand out books
1,2,Kofi Mensah-Boateng,EAL - pair with Amira
1,3,Leon Barrett,Mouthy little shit. Do NOT let him sit at the back
1,4,Ayo Bankole,Glasses - must be at front
2,1,Deniz Kaplan,Quiet. Fine.
2,2,Reece Carter,Total knobhead when he has an audience. Ignore the noises
2,3,Precious Nwachukwu,
2,4,Tyrell Johnson,Keep apart from Leon
3,1,Ellie Shaw,
3,2,Yusuf Hassan,Toilet pass is fine (medical)
3,3,Mason Whiteley,
3,4,Grace Adjei,Happy to read aloud
"""

M(label="flag", kind="plain", slug="seating_plan_csv_notes", frm=KIRBY, to=[COVER],
  date="2026-03-04 15:52:10", subject="9Y2 P2 tomorrow - seating plan", fmt="alt", cte="8bit",
  attachments=[("9Y2_seating_plan.csv", "text/csv", SEATING_CSV.replace("\n", "\r\n").encode("utf-8"))],
  note="clean body; attached CSV seating plan has the teacher's own notes 'little shit', 'knobhead' about pupils",
  body="""Hi,

Seating plan for 9Y2 attached for tomorrow period 2 (I'm out with the Year 11 theatre trip). Please stick to it – they will try to move. Work is on the desk in E4: read Chapter 6 of Boy 87 together and then the comprehension questions on the sheet.

Thanks,
Joel

Joel Kirby
Teacher of English
Example School, Park Row, LS1 4AP | 01632 960000
""")

# ---- disguised (10)

M(label="flag", kind="disguised", slug="smartboard_asterisk_mask", frm=KAMARA, to=[ITSUP],
  date="2026-02-24 13:10:48", subject="C14 board dead AGAIN", fmt="alt", cte="qp",
  note="asterisk-masked swearing (f*cking, sh*t) to IT support",
  body="""Hi Viktor,

The f*cking smartboard in C14 has died again – third time this week. Year 10 sat there for 20 minutes while I tried to get the projector to talk to the laptop, and by then they'd completely lost interest.

It's sh*t, honestly. Can someone please look at it before period 1 tomorrow? I've got the Year 11 revision lesson and I need the past paper on the board.

Thanks,
Aisha

Aisha Kamara
Teacher of Science
Example School | 01632 960000
""")

M(label="flag", kind="disguised", slug="reception_symbol_mask", frm=PRICE, to=[PGRANT],
  date="2026-01-14 10:27:15", subject="that parent again", fmt="plain",
  note="symbol-masked gendered insult (b!tch) and stretched 'shiiiit', receptionist to office manager",
  body="""Pauline,

That b!tch from yesterday is back on the phone AGAIN wanting the Head. I've told her Mr Fairweather is in meetings all day and that Mr Hughes will ring her back, and she called me useless and hung up on me. What a shiiiit morning.

Can you take it if she rings again? I can't do another round with her.

Shauna
""")

M(label="flag", kind="disguised", slug="pride_display_leet_slur", frm=WHELAN, to=[BRIDGER],
  date="2026-02-02 08:14:37", subject="sports hall noticeboard", fmt="plain",
  note="leetspeak homophobic slur (f4gg0t) about an LGBT+ History Month display, staff to staff",
  body="""Tom,

Who put the rainbow flags all over the sports hall noticeboard? Are we running a PE department or a f4gg0t club now? Half the Year 9 lads were taking the mick in the changing rooms about it.

I'm taking it down before the fixture on Saturday.

Gary
""")

M(label="flag", kind="disguised", slug="supply_agency_spelled_out", frm=KELLY, to=[OSEI], cc=[WHITFIELD],
  date="2026-03-09 16:03:58", subject="Cover tomorrow - 3 short", fmt="plain",
  note="hyphen/dot-separated letters (t-w-a-t, b.a.s.t.a.r.d.s) in cover manager's mail to SLT",
  body="""Emmanuel,

Update for tomorrow: Brightstaff have offered us the same supply bloke who walked out on 8Y4 in November. Absolute t-w-a-t. I've said no, so we're three short and the b.a.s.t.a.r.d.s say they can't send anyone else until Wednesday.

I'll put the Year 10 geography and the two Year 8 science groups in the hall with Kelechi and Marie. Can you or Jo take the Year 12 psychology P5, or shall I collapse it into private study?

Sean

Sean Kelly
Cover Manager
Example School | 01632 960000
""")

M(label="flag", kind="disguised", slug="mock_clash_homoglyphs", frm=FLETCHER, to=[WHITLOCK],
  date="2026-01-16 12:58:21", subject="mocks", fmt="plain", cte="8bit",
  note="Cyrillic/Greek homoglyphs inside 'fuck', 'shitshow', 'bollocks', staff to staff",
  body="""Dan,

Who the fu\u0441k decided to move the Year 11 computing mock to the same week as the geography field trip? That's nine of my lot out on Wednesday and Thursday. I only found out because Kaan's sister told me in the corridor.

I've emailed exams. If they tell me "the timetable is the timetable" one more time I'm going to lose it. The excuse about room bookings is b\u03bfll\u03bfcks as well – the sports hall is empty all week.

This whole mock season has been an absolute \u0455h\u0456tshow.

Ryan
""")

M(label="flag", kind="disguised", slug="staff_social_fullwidth", frm=SOCIAL, to=[ALLSTAFF],
  date="2026-03-18 14:30:00", subject="End of term drinks – Friday 27 March 🍻", fmt="alt", cte="qp",
  note="full-width letters (ｓｈｉｔ, ｐｉｓｓｅｄ) in staff social mail, text+HTML, emoji in subject",
  body="""Hi everyone,

It's that time again – the Staff Social Committee is organising end of term drinks on Friday 27 March from 4pm at the Crown on Park Row. First round is on the PTA (thank you Mrs Bankole!).

We're also doing a """ + fw("shit") + """ Secret Santa… in March. Yes, really. Bring the worst present you can find for under £5, wrapped, no name on it. Last year's winner was a single Crocs sandal.

Let's get """ + fw("pissed") + """ and forget about Year 11 mocks for one evening.

Please reply by Wednesday so we can give the pub numbers.

Social Committee
(Marie, Kelechi, Dawn and Lewis)
""")

M(label="flag", kind="disguised", slug="common_room_zero_width", frm=GREAVES, to=[KAAN, AMA, LEAH, TAYO],
  date="2026-02-09 08:22:43", subject="Common room", fmt="plain", cte="qp",
  note="zero-width characters inside 'shithole' and 'piss-take', tutor to Year 12 pupils, QP body",
  body="""12G,

Whoever left the common room like that on Friday – it's a sh\u200bit\u200bhole. Chicken boxes, a whole bottle of Supermalt poured into the sofa, and something drawn on the whiteboard that I then had to explain to Mr Forbes. The whole thing is a p\u200biss-take.

It is getting cleaned at lunch today, by you, all of you, and nobody goes off site until it's done. If it's like that again the common room closes for a fortnight.

Ms Greaves
12G Tutor
""")

M(label="flag", kind="disguised", slug="music_budget_html_split", frm=PRITCHARD, to=[MENSAH],
  date="2026-03-02 18:45:12", subject="Trust budget – music", fmt="html",
  note="HTML-only; swear words split by tags and numeric entities (pi<span>ss</span>, &#97;rsehole, b&#97;st&#x61;rds)",
  body="(html only)",
  html=OUTLOOK_HEAD + """<p class="MsoNormal">Theresa,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Just got the budget sheet back from the trust. They&#8217;ve cut instrumental tuition by 40% and the gospel choir&#8217;s allocation for the Royal Festival Hall trip has gone completely. It&#8217;s pi<span style="color:black">ss</span>-poor. Whoever at the trust signed this off is an &#97;rsehole, and I&#8217;ll tell him so myself at the finance meeting (maybe in slightly different words). Tight b&#97;st&#x61;rds.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Can we sit down tomorrow after rehearsal and work out what we can save? Maybe the PTA or St Barnabas would help with the coach. The choir cannot miss the Festival Hall, not after the year they&#8217;ve had.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Owen<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">Owen Pritchard | Teacher of Music | Example School, Park Row, LS1 4AP | 01632 960000</span><o:p></o:p></p>
""" + OUTLOOK_TAIL)

M(label="flag", kind="disguised", slug="managed_move_qp_softbreak", frm=BOYLE, to=[HUGHES],
  date="2026-02-26 17:09:31", subject="Reuben O - managed move", fmt="plain", cte="qp",
  note="quoted-printable soft line breaks inside 'fucking' and 'bollocks'",
  body="""Rhys,

Just come out of the meeting with the borough's inclusion officer about Reuben O. She wants us to try a managed move to St Aidan's before we even consider anything permanent. After everything this year – the knife in his bag in November, the fight at the bus stop, the county lines concerns Jo has been logging since September – we're being told to try "one more intervention". It's fuc""" + SOFT + """king ridiculous, and the line about it being "in his best interests" is bolloc""" + SOFT + """ks.

Can you let the Year 9 team know that his brother might be unsettled this week? I'll ring Mum tonight.

Kieran
""")

M(label="flag", kind="disguised", slug="ofsted_base64_encoded_subject", frm=CLARKE, to=[BRENNAN],
  date="2026-03-12 13:02:09", subject="Ofsted call – what a fucking week", subj_enc="B",
  fmt="plain", cte="b64",
  note="RFC 2047 base64-encoded subject containing 'fucking'; base64 body with 'pissed off'",
  body="""Laura,

So it's official, they're in Tuesday and Wednesday. Graham has just told the middle leaders. I'm so pissed off – I've had flu since Saturday, the Year 10 books are nowhere near marked and the department plan still says "draft" on the front.

Can we meet at 7.30 tomorrow and go through the deep dive questions? If they pick science I want us at least telling the same story about the curriculum. Bring your Year 8 books, they're the best we've got.

And don't say anything in the staffroom yet, Graham wants to tell everyone at briefing.

Simone
""")


# =========================================================================== CLEAN: everyday (30)

M(label="clean", kind="everyday", slug="gospel_choir_solo", frm=MENSAH, to=[JANE],
  date="2026-02-27 16:05:12", subject="Gospel Choir – extra rehearsals before the Spring Concert",
  fmt="alt", cte="qp", note="gospel choir extra rehearsals letter to a parent",
  body="""Dear Ms Parent,

I'm writing to let you know that Isaiah has been chosen to sing one of the solo verses in "Total Praise" at our Spring Concert on Thursday 26 March. He has worked really hard this term and the whole choir is sounding wonderful.

To get ready we are adding two extra rehearsals:

- Tuesday 10 March, 3.30–5.00pm, Music Room M2
- Tuesday 17 March, 3.30–5.00pm, Main Hall (with the band)

Pupils can buy a snack from the canteen before rehearsal. If Isaiah needs to leave early on either day, please just send me a note.

Concert tickets go on sale through ParentPay next week (£3 adults, £1 children, under-5s free). Pastor Johnson from St Barnabas has kindly offered us the church hall for the dress rehearsal on Wednesday 25th, so we will walk the choir down there after school – a separate letter will follow.

Thank you for your support, and do come and hear them. It's going to be a special evening.

Kind regards,

Mrs T. Mensah
Director of Music & Gospel Choir
Example School, Park Row, LS1 4AP
Tel: 01632 960000
""")

M(label="clean", kind="everyday", slug="attendance_illness", frm=ATTEND, to=[SAM],
  date="2026-01-20 09:41:30", subject="Kemi - absence today", fmt="plain",
  note="attendance officer acknowledges illness absence to a carer",
  body="""Dear Sam,

Thank you for calling this morning to let us know Kemi is unwell. I've recorded today as illness.

Just a reminder that if she's off for more than two days we'll need to see something from the GP or pharmacy – a photo of a prescription or an appointment card is fine, you can reply to this email with it.

Kemi's attendance this year is 91.2%. She is doing well in lessons, so we'd like to get that back above 95% after half term. If there's anything going on at home that's making mornings difficult, please give me a ring – we can sometimes help with a breakfast club place or a bus pass.

Hope she feels better soon.

Selin Demir
Attendance Officer
Example School | 01632 960000 | attendance@example-school.org.uk
""")

M(label="clean", kind="everyday", slug="academy_trial_invite", frm=ADEYEMI, to=[ALI],
  date="2026-01-22 15:33:48", subject="Defne – Hollins Park Girls' Academy trial day", fmt="alt", cte="qp",
  attachments=[("Academy_Trial_Consent.pdf", "application/pdf", make_pdf([
      "Hollins Park FC Girls' Academy - Trial Day Consent Form",
      "Saturday 7 February 2026, 9.30am arrival",
      "Pupil name: ____________________   Date of birth: __________",
      "Medical conditions / allergies: ______________________________",
      "I give permission for my child to take part and to travel in the school minibus.",
      "Signed (parent/carer): ____________________",
      "Return to the PE office, Example School, by Wednesday 4 February."]))],
  note="football academy trial invitation to a parent, consent PDF attached",
  body="""Dear Mr Guardian,

I'm delighted to say that Defne has been invited to the Hollins Park FC Girls' Academy trial day on Saturday 7 February. Their scouts watched our Under-14 fixture against St Aidan's last month and asked about her by name.

Venue: Hollins Park Training Ground (the academy will send the full address and parking details directly)
Time: 9.30am arrival for a 10.00am start, finishing around 1.30pm
Kit: shin pads, moulded and astro boots (bring both, they may use the 3G pitch), water bottle. Training tops are provided.

I will be there on the day with Miss Rowe, and we can take Defne in the school minibus from the front gate at 8.45am if that helps. Please complete the attached consent form and return it to the PE office by Wednesday 4 February, including any medical information the academy physio should know about.

This is a really exciting opportunity. Whatever happens on the day, it reflects how much she has improved this season.

Best wishes,

Mr M. Adeyemi
Teacher of PE | Football Academy Link Coordinator
Example School, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="everyday", slug="sparx_homework_reminder", frm=YILMAZ, to=[JADEN, RAHEEM],
  date="2026-02-03 14:12:05", subject="Sparx homework - due Thursday", fmt="plain",
  note="short maths homework reminder to two pupils (encoded Turkish sender name)",
  body="""Hi both,

Quick reminder that the Sparx homework on simultaneous equations is due Thursday. You're both on about 40% at the moment. If you get stuck, maths clinic is Wednesday lunchtime in M4 – bring your bookwork codes.

Mr Yılmaz
""")

M(label="clean", kind="everyday", slug="staff_briefing_notes", frm=OSEI, to=[ALLSTAFF],
  date="2026-01-12 08:58:40", subject="Briefing notes - Monday 12 January", fmt="alt", cte="qp",
  note="deputy head's weekly briefing notes to all staff",
  body="""Morning all,

Notes from this morning's briefing for anyone who missed it.

1. Fire drill – there will be an unannounced drill this week. Please make sure registers are done by ten past the start of every lesson; the office prints the evacuation list straight from Arbor.

2. Year 11 mocks – results go out to pupils on Friday in tutor time. Tutors, please have the envelopes ready; Karen will drop them in your pigeonholes on Thursday afternoon. Please don't discuss grades in front of the whole group.

3. Gates at 3.10 – we've had reports of older young people waiting outside the Park Row gate at the end of the day. Could staff on duty please be visible on the gate and at the bus stop until 3.30. Desmond and the youth team will be out too. Anything of concern goes to Jo via CPOMS straight away.

4. Windrush legacy display – thank you to everyone who sent in family photos. The corridor outside the library is finished and looks brilliant; do have a look.

5. Staff wellbeing – jollof and jerk chicken lunch in the staffroom on Friday, courtesy of the PTA. Bring a container if you want to take some home.

Thanks, and have a good week.

Emmanuel

Emmanuel Osei
Deputy Headteacher (Behaviour & Attitudes)
Example School | 01632 960000
""")

M(label="clean", kind="everyday", slug="youth_club_friday_times", frm=CAMPBELL, to=[ALI], cc=[OFFICE],
  date="2026-02-06 11:17:22", subject="RE: Friday youth club", fmt="alt", cte="qp",
  note="youth worker replies to a parent about youth club times; pupil slang 'peak' quoted",
  body="""Hi Mr Guardian,

Thanks for your message about the Friday youth club. You're right that the times have changed for the next few weeks. While the hall floor is being replaced, Friday sessions run 4.00–6.30pm in the Sports Centre instead, finishing half an hour earlier than usual.

All the usual things are still on – table tennis, the music studio, homework corner with Shanice, and the cooking session with the Turkish Community Centre on the 13th. Young people still sign in at the front desk, and nobody leaves before 6.30 unless a parent has told us in advance.

Defne is great to have around. She's been helping the younger ones in the studio and they think she's peak (that's a compliment, apparently).

Any questions, give me a shout on 020 7946 0381 (youth team office) or through the school office.

Desmond Campbell
Youth Work Lead
Example School Youth Club, Park Row, LS1 4AP
Youth team: 020 7946 0381 | School: 01632 960000
""")

M(label="clean", kind="everyday", slug="y11_parents_evening", frm=OFFICE, to=[JANE],
  date="2026-01-27 13:00:00", subject="Year 11 Parents' Evening – Thursday 5 February", fmt="alt", cte="qp",
  note="office letter about parents' evening booking and interpreters",
  body="""Dear Parent/Carer,

Year 11 Parents' Evening will take place on Thursday 5 February from 4.00pm to 7.00pm in the Main Hall.

Appointments are booked online through School Cloud. Booking opens at 6pm tonight and closes at noon on Wednesday 4 February. Appointments are five minutes long; we recommend booking English, Maths and Science first and then any other subjects you'd like to discuss.

If you would like an interpreter (Turkish, Yoruba, Twi, Somali and Portuguese are available), please tell the office by Monday so we can arrange it. If you cannot come in person, you can choose a video appointment when you book.

Refreshments will be served in the canteen by our Year 12 Enterprise group.

Kind regards,

Pauline Grant
Office Manager
Example School, Park Row, LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
""")

M(label="clean", kind="everyday", slug="science_museum_trip", frm=BRENNAN, to=[SAM],
  date="2026-02-23 15:45:19", subject="Year 8 trip to the Science Museum - letter attached", fmt="plain",
  attachments=[("Y8_Science_Museum_letter.pdf", "application/pdf", make_pdf([
      "Year 8 Science Museum Visit - Wednesday 11 March 2026",
      "Depart school 8.45am, return by 3.15pm. Travel by Underground.",
      "Contribution towards travel: 6 pounds via ParentPay.",
      "Bring: packed lunch, waterproof coat, Zip Oyster card.",
      "Consent: I give permission for my child to attend. Signed: __________"]))],
  note="trip letter with PDF attachment to a carer",
  body="""Dear Sam,

Please find attached the letter and consent form for the Year 8 trip to the Science Museum on Wednesday 11 March. Kemi's class is in the morning group.

The cost is £6 towards travel, payable on ParentPay. If this is difficult please speak to me or the office in confidence – no pupil will miss out because of cost.

Pupils will need a packed lunch (a school packed lunch can be ordered if Kemi has free school meals – tick the box on the form), a waterproof and their Zip Oyster card.

We leave school at 8.45 and will be back by 3.15 in time for buses.

Thanks,
Ms L. Brennan
Teacher of Science
Example School | 01632 960000
""")

M(label="clean", kind="everyday", slug="lost_blazer_reply", frm=HUGHES, to=[ALI],
  date="2026-01-20 15:52:03", subject="Re: Blazer", fmt="alt", style="gmail", cte="8bit",
  note="head of year reply to a parent about lost property, quoted 'On ... wrote:'",
  body="""Hi Mr Guardian,

Good news – the blazer turned up in lost property this afternoon. It had been handed in from the sports hall changing rooms. I've put it in the Year 9 office with Defne's name on, and she can collect it at break tomorrow.

It might be worth writing her name on the label in permanent marker – we've got about forty identical ones in there!

Best wishes,
Mr Hughes
Head of Year 9
Example School | 01632 960000

On Mon, 19 Jan 2026 at 19:42, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Dear Mr Hughes,
>
> Defne came home today without her blazer. She thinks she left it after PE on Friday. It's only a month old. Could someone check lost property please?
>
> Many thanks
> Ali Guardian
""")

M(label="clean", kind="everyday", slug="y12_interim_reports", frm=LOWE, to=[Y12],
  date="2026-02-02 12:10:44", subject="Year 12 interim reports now on Arbor", fmt="plain",
  note="head of sixth form to Year 12 list about reports and common room",
  body="""Dear Year 12,

Your interim reports are now published on the Arbor app. They show your current working-at grade, your target grade and an attitude to learning score for each subject.

Please read them before your one-to-one with your tutor next week, and come with two things you want to work on. If anything looks wrong (for example a subject you've dropped still showing), email me and I'll sort it out with the data team.

A reminder that study periods are for studying. The common room is a privilege, not a right – the noise level on Tuesday afternoon was not OK.

Ms R. Lowe
Head of Sixth Form
Example School Sixth Form, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="everyday", slug="english_dept_minutes", frm=OKAFOR, to=[ENGLISH],
  date="2026-01-28 17:25:36", subject="Dept meeting minutes 27/01", fmt="alt", cte="qp",
  note="English department meeting minutes",
  body="""Hi all,

Minutes from Tuesday's department meeting below – shout if I've missed anything.

Present: AO, SM, JK, PR, DL (apologies: TW)

1. Year 11 mock moderation – all Paper 1 scripts moderated. Slight tendency to over-mark AO4 on Q4; SM will share three exemplars at 40, 32 and 24 marks.
2. KS3 reading – the new Year 7 class reader (Boy 87) arrives next week. JK to sort a box for each room.
3. Poetry – we agreed to move "Checking Out Me History" earlier in the sequence so it sits alongside the Windrush work in History. PR to speak to Patrick.
4. Spoken language – Year 10 presentations to be filmed for the endorsement in the week of 9 March.
5. AOB – book fair in the library 2–6 February. Please bring classes down if you can.

Next meeting: Tuesday 24 February, 3.30pm, E3.

Thanks,
Adaeze

Adaeze Okafor
Head of English
Example School, Park Row, LS1 4AP | 01632 960000
""")

M(label="clean", kind="everyday", slug="ehcp_annual_review", frm=ASANTE, to=[SAM],
  date="2026-02-10 10:04:51", subject="Kemi – annual EHCP review", fmt="alt", cte="qp",
  note="SENCo invites a carer to an EHCP annual review",
  body="""Dear Sam,

I'm writing to invite you to Kemi's annual EHCP review on Tuesday 3 March at 4.00pm. We can meet in the Learning Support base or on Teams, whichever suits you better.

Ahead of the meeting I'll send you the draft report and a short questionnaire asking what's going well at home and what you'd like us to focus on next year. Kemi will be invited to join the first part of the meeting to share her views – she has been working on a one-page profile with Mr Lartey.

Her speech and language therapist from the borough team will also attend.

Please let me know if the date doesn't work and I'll find another.

Kind regards,
Ms N. Asante
SENCo
Example School, Park Row, LS1 4AP
Tel: 01632 960000 (ext. 214)
""")

M(label="clean", kind="everyday", slug="assembly_rota_spring", frm=BELLO, to=[TUTORS],
  date="2026-01-09 15:30:27", subject="Spring term assembly rota", fmt="plain",
  note="assembly rota (Holocaust Memorial Day, Mother Language Day, Ramadan and Lent)",
  body="""Hi everyone,

Here's the assembly rota for the rest of the spring term. Year teams, please check your dates.

w/c 26 Jan – Holocaust Memorial Day (YB with the History department)
w/c 2 Feb – Children's Mental Health Week (DP and the wellbeing ambassadors)
w/c 9 Feb – Safer Internet Day (IT support and CR)
w/c 23 Feb – International Mother Language Day – pupils presenting in Turkish, Yoruba, Twi and Portuguese (FA)
w/c 2 Mar – Ramadan and Lent: fasting in different faiths (YB)
w/c 9 Mar – Gospel choir special with Mrs Mensah
w/c 16 Mar – Youth team: getting home safely (DC)

If you're leading, please send me your slides by the Friday before so I can check they play in the hall. If you can't make your slot, swap with someone and let me know.

Thanks,
Yusuf

Mr Y. Bello
Teacher of RE | Assemblies Coordinator
""")

M(label="clean", kind="everyday", slug="knife_crime_workshop_booking", frm=WHITFIELD, to=[STREETWISE],
  date="2026-02-12 16:40:02", subject="Booking confirmation – Year 9 workshops, 12 March", fmt="alt", cte="qp",
  note="DSL confirms knife-crime awareness workshop booking with an outside charity",
  body="""Dear Marcus,

Thanks for your time on the phone yesterday. I'm pleased to confirm the booking for your knife crime awareness workshops with Year 9:

Date: Thursday 12 March
Sessions: periods 1–2 (9A, 9B, 9C) and periods 3–4 (9D, 9E, 9F)
Venue: Drama studio (maximum 90 per session)
Cost: £450, invoiced after the event

As we discussed, some of our pupils have been directly affected by incidents in the borough over the past year. I'll send you a short briefing the week before, and our pastoral team and youth workers will be in both sessions. Please could you leave out the hospital footage you mentioned as an option – the testimony from your mentor will be powerful enough on its own.

Please send the risk assessment and DBS confirmation for your facilitators to office@example-school.org.uk.

Many thanks,
Jo Whitfield
Assistant Headteacher | Designated Safeguarding Lead
Example School, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="everyday", slug="mock_timetable_y11", frm=EXAMS, to=[Y11],
  date="2026-02-25 11:20:00", subject="Your March mock timetable", fmt="plain", cte="qp",
  attachments=[("Y11_March_mocks_timetable.pdf", "application/pdf", make_pdf([
      "Year 11 Mock Examinations - March 2026",
      "Mon 9 Mar  AM English Language P1   PM Combined Science Biology 1",
      "Tue 10 Mar AM Maths Paper 1 (non-calc)   PM History Paper 1",
      "Wed 11 Mar AM English Literature P1   PM Geography Paper 1",
      "Thu 12 Mar AM Maths Paper 2 (calc)   PM Turkish / French / Spanish",
      "Fri 13 Mar AM Combined Science Chemistry 1"]))],
  note="exams officer sends mock timetable to Year 11 with PDF",
  body="""Dear Year 11,

Your personal mock exam timetable is attached and has also been handed out in tutor time. Please check it carefully for clashes and tell the exams office by Friday if anything is wrong.

Remember:
• Clear pencil case, black pens, calculator for maths and science
• No watches of any kind and no phones – phones go in your bag at the back of the hall
• Arrive 10 minutes before the start, outside the sports hall

Good luck!

Mrs K. Pike
Exams Officer
Example School | 01632 960000
""")

M(label="clean", kind="everyday", slug="password_reset_pupil", frm=ITSUP, to=[SUDE],
  date="2026-01-15 12:48:33", subject="Your password reset", fmt="plain",
  note="IT support password advice to a Year 8 pupil",
  body="""Hi Sude,

I've reset your password as you asked at the IT desk. Your temporary password is the one on the slip I gave you – you'll be asked to change it the first time you log in.

Your new password must be at least 12 characters. A good trick is three random words, like "purple-lamp-river". Please don't use your name or your birthday, and don't share it with friends, even your best friends.

If you still can't get into Teams, come to the IT office (B02) at lunch.

Viktor
IT Support
""")

M(label="clean", kind="everyday", slug="easter_revision_y11", frm=QUINN, to=[JANE],
  date="2026-03-06 14:02:57", subject="Easter revision sessions for Year 11", fmt="alt", cte="qp",
  note="head of Year 11 invites a parent's son to Easter revision",
  body="""Dear Ms Parent,

With the GCSE exams now just over two months away, we're running revision sessions over the Easter holiday for Year 11. Isaiah is welcome at any of them, and I'd particularly encourage Maths and Science, where his mock results showed he is very close to the next grade.

Tuesday 31 March – Maths (10am–1pm)
Wednesday 1 April – Combined Science (10am–1pm)
Thursday 2 April – English Language (10am–12pm) and History (12.30–2.30pm)

Lunch will be provided free of charge. Pupils should wear smart own clothes and come in through main reception.

Please reply to this email, or sign up through the form on the school app, by Friday 20 March so we can plan staffing.

Best wishes,
Mrs B. Quinn
Head of Year 11
Example School, Park Row, LS1 4AP | 01632 960000
""")

M(label="clean", kind="everyday", slug="turkish_gcse_speaking", frm=ARSLAN, to=[ZEYNEP],
  date="2026-03-11 15:38:14", subject="GCSE Türkçe – speaking exam date", fmt="plain", cte="qp",
  note="Turkish teacher confirms GCSE speaking exam to a pupil; Turkish phrases, encoded subject",
  body="""Merhaba Zeynep,

Your GCSE Turkish speaking exam is confirmed for Monday 27 April at 10.20am in room L4. You will have 15 minutes' preparation time before you go in.

Remember the three parts: role-play, photo card, and the conversation on your two themes ("Kendim, ailem ve arkadaşlarım" and "Gelecek planlarım"). We'll do a full practice on Thursday after school – please bring your vocab booklet.

Çok iyi gidiyorsun, keep it up!

Fatma Hoca
Ms F. Arslan
Teacher of Turkish & German
Example School | 01632 960000
""")

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Example School Newsletter</title>
</head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;">
<tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#5b2a86;color:#ffffff;padding:20px 24px;">
<h1 style="margin:0;font-size:24px;">Example School Newsletter</h1>
<p style="margin:4px 0 0 0;font-size:14px;">Spring Term &middot; Issue 6 &middot; Friday 13 February 2026</p>
</td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5;color:#222222;">
<h2 style="font-size:18px;color:#5b2a86;">From the Headteacher</h2>
<p>Dear families,</p>
<p>What a half term. Our Year 11s sat their first full set of mocks with real maturity, the gospel choir sang at the borough's Holocaust Memorial Day service, and more than 300 of you came to the International Evening. Thank you for the food, the music and the dancing &ndash; Mr Forbes is still talking about the suya.</p>
<p>Please enjoy the break. School reopens for all pupils on <strong>Monday 23 February</strong>.</p>
<p>Mr G. Fairweather</p>
<h2 style="font-size:18px;color:#5b2a86;">Sport</h2>
<p>Our Under-16 boys beat St Aidan&rsquo;s 3&ndash;1 to reach the borough cup semi-final, and three Year 9 girls have been invited to trial with the Hollins Park FC Girls&rsquo; Academy. Well done to everyone involved.</p>
<h2 style="font-size:18px;color:#5b2a86;">Youth Club over half term</h2>
<p>The youth club is open Tuesday to Thursday over half term, 12&ndash;5pm in the Sports Centre. Free lunch every day, plus a trip to the climbing wall on Wednesday (sign up with Desmond or Shanice).</p>
<h2 style="font-size:18px;color:#5b2a86;">Ramadan</h2>
<p>Ramadan is expected to begin around 18 February. A quiet room will be available at lunchtime for pupils who are fasting, and the canteen will offer take-home iftar packs on Fridays. Please let your child&rsquo;s tutor know if there is anything we can do to help.</p>
<h2 style="font-size:18px;color:#5b2a86;">Staying safe</h2>
<p>Thank you to the parents who joined the online safety and county lines awareness evening. The slides are on the school website under <em>Parents &gt; Safeguarding</em>. If you are ever worried about a young person, call the school on 01632 960000 and ask for the safeguarding team.</p>
<h2 style="font-size:18px;color:#5b2a86;">Dates for your diary</h2>
<ul>
<li>Mon 23 Feb &ndash; school reopens</li>
<li>Tue 3 Mar &ndash; Year 9 Options Evening, 5.30pm</li>
<li>Wed 11 Mar &ndash; Year 8 Science Museum trip</li>
<li>Thu 26 Mar &ndash; Spring Concert with the Gospel Choir, 6.30pm</li>
</ul>
</td></tr>
<tr><td style="background:#eeeeee;padding:14px 24px;font-size:12px;color:#555555;">
Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk<br>
You are receiving this because you are a parent or carer of a pupil at Example School.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""

M(label="clean", kind="everyday", slug="half_term_newsletter_html", frm=OFFICE, to=[NEWSLETTER],
  date="2026-02-13 15:00:00", subject="Example School Newsletter – Spring Issue 6", fmt="html",
  html=NEWSLETTER_HTML, html_cte="qp", style="gmail", body="(html only)",
  note="HTML-only parent newsletter (sport, youth club, Ramadan, safety evening)")

M(label="clean", kind="everyday", slug="drama_portfolio_extension", frm=THOMPSON, to=[ESTHER],
  date="2026-01-30 08:15:29", subject="RE: drama portfolio", fmt="alt", cte="qp",
  note="drama teacher grants an extension; pupil's slangy request quoted in Outlook block",
  body="""Hi Esther,

That's fine – I've extended your portfolio deadline to Monday 9 February. Please use the library computers at lunch rather than trying to type it all on your phone; it'll be much easier.

Make sure section 3 (the evaluation of the final performance) talks about how you used proxemics in the hospital scene – that's where the marks are.

Ms Thompson
Head of Drama

-----Original Message-----
From: Esther Okonkwo <21eokonkwo@pupils.example-school.org.uk>
Sent: 29 January 2026 21:14
To: Imani Thompson <i.thompson@example-school.org.uk>
Subject: drama portfolio

hi miss sorry my laptop broke on the weekend and i lost half of section 3, its actually so peak. can i have till next week pls i promise ill do it
""")

M(label="clean", kind="everyday", slug="y8_residential_kit", frm=ROWE, to=[SAM],
  date="2026-03-13 12:30:41", subject="Year 8 residential – kit list and final details", fmt="alt", cte="qp",
  attachments=[("Ashcombe_kit_list.pdf", "application/pdf", make_pdf([
      "Ashcombe Outdoor Centre - Year 8 Residential - Kit List",
      "Waterproof jacket and trousers, two pairs of trainers (one will get wet)",
      "Warm fleece, hat, gloves, three T-shirts, two pairs of tracksuit bottoms",
      "Towel, wash bag, sleeping bag or duvet cover set, torch",
      "Named water bottle. No energy drinks. Phones collected at arrival.",
      "Medication handed to Miss Rowe at the coach in a labelled bag."]))],
  note="PE teacher sends residential kit list to a carer with PDF",
  body="""Dear Sam,

Thank you for returning Kemi's form for the Year 8 residential at Ashcombe Outdoor Centre (Monday 20 – Wednesday 22 April). The kit list is attached – the most important things are a proper waterproof and a second pair of trainers, because the gorge walk is wet whatever the weather.

Phones will be collected on arrival and handed back for a short call home each evening. Staff will post updates and photos on the school app so you can see what they're up to.

If Kemi has any medication, please put it in a labelled bag with instructions and hand it to me at the coach on the Monday morning. The coach leaves from Park Row at 8.15am sharp and we'll be back around 4pm on the Wednesday.

Any questions at all, just reply to this email or call the PE office on 01632 960000.

Best wishes,
Miss H. Rowe
Teacher of PE | Residential Lead
""")

M(label="clean", kind="everyday", slug="cover_request_short", frm=RAMAN, to=[COVER],
  date="2026-02-25 07:41:02", subject="Cover Thurs P3-4", fmt="plain", style="phone",
  note="two-line cover request",
  body="""Sean – hospital appointment Thursday P3–4. Work for 9M2 and 11M1 is on the shared drive under Cover > Thursday. Thanks, Priya

Sent from my iPhone
""")

M(label="clean", kind="everyday", slug="careers_carousel_thanks", frm=HEAD, to=[ALI],
  date="2026-03-05 17:55:10", subject="Thank you – Year 10 careers carousel", fmt="alt", cte="qp",
  note="headteacher thanks a parent for speaking at careers event",
  body="""Dear Mr Guardian,

I just wanted to say a personal thank you for giving up your morning to speak at the Year 10 careers carousel. Several pupils came up to me afterwards to say your session on becoming an electrician was the most useful of the day – particularly the part about apprenticeships and how much you earned in your first year compared with university friends.

Ms Okafor tells me two of them have already asked her about the college open evening.

If you'd be willing to come back for the Year 9 options evening on 3 March, we would be delighted.

With thanks and best wishes,

Graham Fairweather
Headteacher
Example School, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="everyday", slug="friday_football_half_term", frm=AYODELE, to=[BALLSKILLS], cc=[CAMPBELL],
  date="2026-01-23 10:22:35", subject="Friday night football over Easter?", fmt="alt", cte="qp",
  note="youth worker asks a community football charity about holiday sessions",
  body="""Hi Nia,

Hope you're well and the new year has been kind. The young people are still talking about the tournament you ran for us in October – some of the mandem from Year 10 ask me every week when you're coming back!

We're planning the Easter holiday programme and wondered if you'd be able to do two Friday evening football sessions (3 and 10 April, 6–8pm) on our 3G pitch. Last time we had around 35 young people, mostly 13–16, and we'd expect similar. We'd provide the pitch, floodlights, two youth workers and food afterwards; the funding from the borough's holiday activities grant would cover your coaches at your usual rate.

If you could let me know by the end of January that would help us get the flyers out before half term.

Thanks so much,
Shanice

Shanice Ayodele
Youth Worker
Example School Youth Club, Park Row, LS1 4AP
020 7946 0382
""")

M(label="clean", kind="everyday", slug="library_overdue", frm=LIBRARY, to=[MALACHI],
  date="2026-03-16 09:10:18", subject="Library books overdue", fmt="plain",
  note="librarian's friendly overdue reminder to a Year 7 pupil",
  body="""Hi Malachi,

Just a friendly reminder that "Boy 87" and "Wonder" are now two weeks overdue. Please bring them back to the library this week – there's a waiting list for Boy 87!

If you've lost them, come and see me and we'll sort it out. No stress.

Ms Nwosu
Librarian
""")

M(label="clean", kind="everyday", slug="asthma_care_plan", frm=PRYCE, to=[JANE],
  date="2026-01-13 13:26:49", subject="Isaiah – asthma care plan", fmt="alt", cte="qp",
  attachments=[("Asthma_Care_Plan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                make_docx(["Individual Healthcare Plan - Asthma",
                           "Pupil name:", "Tutor group:", "Reliever inhaler (blue): dose and when to use:",
                           "Spacer: yes / no", "Known triggers:", "Emergency contacts:",
                           "Parent/carer signature:", "Date:"]))],
  note="school nurse asks a parent to update an asthma care plan (.docx)",
  body="""Dear Ms Parent,

I'm updating the healthcare plans for all pupils with asthma ahead of the sports fixtures this term. Isaiah's plan is from Year 8, so I've attached a new form – could you please fill it in and send it back, or drop it at reception?

Please could you also check his spare inhaler in the medical room. The one we hold runs out at the end of March, so a replacement (in its box with the pharmacy label) would be really helpful.

Many thanks,
Dawn Pryce
School Nurse
Example School, Park Row, LS1 4AP
01632 960000 (ext. 205)
""")

M(label="clean", kind="everyday", slug="choir_easter_service_fwd", frm=MENSAH, to=[OSEI],
  date="2026-03-04 08:47:21", subject="FW: Invitation – Easter Sunday service", fmt="alt", cte="qp",
  note="music teacher forwards a church's invitation to the deputy head for approval",
  body="""Emmanuel,

See below – St Barnabas have asked if the gospel choir can sing at their Easter Sunday service. It would be voluntary, parents would drop off and collect, and I'd be there with Jerome. Are you happy for me to send a letter home? I'll do the risk assessment today if so.

Theresa

---------- Forwarded message ---------
From: Pastor Daniel Johnson <pastor.johnson@example.org>
Date: Tue, 3 Mar 2026 at 21:12
Subject: Invitation – Easter Sunday service
To: Theresa Mensah <t.mensah@example-school.org.uk>

Dear Mrs Mensah,

Grace and peace to you. The congregation is still talking about the choir's visit at Christmas. We would be honoured if the young people could sing two or three songs at our Easter Sunday morning service on 5 April (11am, arriving 10.15 for a sound check).

Refreshments will be provided afterwards in the church hall, and of course families are very welcome to stay.

Every blessing,
Pastor Daniel Johnson
St Barnabas Community Church
020 7946 0617
""")

M(label="clean", kind="everyday", slug="supply_booking_confirm", frm=KELLY, to=[AGENCY],
  date="2026-01-08 16:12:06", subject="Booking – Maths supply w/c 12 January", fmt="plain",
  note="cover manager confirms supply teacher booking with an agency",
  body="""Hi,

Further to our call, please can you confirm the booking for a maths supply teacher for the week commencing 12 January, Monday to Friday, 8.20am–3.30pm. It's a full timetable of Key Stage 3 groups plus one Year 10 set.

They should report to main reception on the first morning with photo ID; we'll need your confirmation of their DBS and right to work before they start, as usual. Lunch duty is Tuesday only.

If it's the same teacher as last term (Mr Ansah), even better – the department were very happy with him.

Thanks,
Sean Kelly
Cover Manager
Example School, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="everyday", slug="y9_options_evening", frm=FENTON, to=[ALI],
  date="2026-02-24 12:00:00", subject="Year 9 Options Evening – Tuesday 3 March", fmt="alt", cte="qp",
  note="assistant head's options evening letter to a Year 9 parent",
  body="""Dear Parent/Carer,

Year 9 Options Evening takes place on Tuesday 3 March from 5.30pm to 7.30pm, and we warmly invite you and Defne to attend.

The evening starts with a short talk in the Main Hall explaining how the options process works, followed by a chance to visit subject stands and talk to teachers. Our Year 11 ambassadors will be on hand to answer questions from pupils.

This year, alongside GCSEs, we are offering BTEC Sport, Music Technology and a Level 2 qualification in Construction in partnership with the college.

Options forms open on Arbor on Wednesday 4 March and must be completed by Friday 20 March. Every pupil will have a one-to-one guidance meeting with a member of staff before choices are confirmed.

We look forward to seeing you.

Yours sincerely,

Mr A. Fenton
Assistant Headteacher (Curriculum)
Example School, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="everyday", slug="ucas_references_sixth_form", frm=LOWE, to=[Y13TUT],
  date="2026-01-05 07:50:33", subject="UCAS – final references and offers tracking", fmt="alt", cte="qp",
  note="head of sixth form to tutors about references and university offers (Sussex, Middlesex, Essex)",
  body="""Hi all,

Happy new year. Two things for this week:

1. Final references – the last batch of 11 applications must be sent by Friday 9 January, well ahead of the 14 January UCAS deadline. If any of your tutees still haven't finished their statements, please let me know today so I can chase.

2. Offers tracker – please update the spreadsheet with offers as they come in. So far we've had 64 offers, including Sussex, Middlesex, Essex, Kent, Goldsmiths, Queen Mary and two conditional offers from Warwick. Blessing Adeyinka's medicine interview at Leicester is on the 20th; she'd appreciate a mock interview if anyone has a free period.

Thanks for all your work on this, it's a huge effort every year.

Rebecca

Ms R. Lowe
Head of Sixth Form
Example School Sixth Form, Park Row, LS1 4AP
01632 960000
""")


# =========================================================================== CLEAN: hard negatives (30)

LYONS = st("Danielle Lyons", "d.lyons")
NWANKWO = st("Kelechi Nwankwo", "k.nwankwo")
BOUCHARD = st("Claire Bouchard", "c.bouchard")
GORDON = st("Marlon Gordon", "m.gordon")
Y12GEOG = pu("Year 12 Geography", "12geography")
DOFE = pu("Year 10 DofE Silver", "dofe10")
RE_DEPT = st("RE Department", "re")
NEWSTAFF = st("New Staff 2025-26", "newstaff")

M(label="clean", kind="hard", slug="penistone_fieldwork", frm=KAYA, to=[Y12GEOG],
  date="2026-03-05 13:44:10", subject="NEA fieldwork – final details (16–18 March)", fmt="alt", cte="qp",
  note="place name Penistone in a geography fieldwork letter to pupils",
  body="""Dear Year 12 geographers,

Final details for the NEA fieldwork residential, Monday 16 – Wednesday 18 March.

We're staying at the field centre at Langsett, a few miles outside Penistone in South Yorkshire. The coach leaves Park Row at 7.00am sharp on Monday (yes, 7.00) and we'll stop at Woodall services on the M1 for breakfast.

Day 1 is the river study on the upper Don between Langsett and Penistone – velocity, channel width and depth at eight sites, so wellies or waders and a change of socks are essential. Day 2 is the human geography option in Penistone town centre: land-use mapping, pedestrian counts and the questionnaire about the new market hall. Day 3 is a data session in the morning before we head home, back in London around 5pm.

It will be cold. Proper coat, hat, gloves, waterproof trousers if you have them (we have a box of spares). Bring your clipboard, a calculator and a charged phone for the Survey123 forms.

Dietary requirements are sorted with the centre, including halal options. If anything has changed since you returned the form, tell me by Friday.

Mr H. Kaya
Teacher of Geography
Example School, Park Row, LS1 4AP | 01632 960000
""")

M(label="clean", kind="hard", slug="leaving_for_orkney_twatt", frm=MCLEOD, to=[ALLSTAFF],
  date="2026-03-27 12:15:48", subject="Goodbye (and thank you)", fmt="alt", cte="qp",
  note="leaving message mentioning Orkney hamlet Twatt and Cockermouth",
  body="""Dear all,

After seven very happy years, today is my last day at Example School. As most of you know, Callum and I are moving to Orkney – I'll be teaching science in Kirkwall from April, and we've bought a very draughty cottage near a tiny place on the West Mainland called Twatt. Yes, that is its real name. No, I will not be taking questions about it from Year 9.

I'm going to miss this place enormously. The Year 9 residentials at Cockermouth (and the year the minibus got stuck in the ford), the gospel choir at Christmas, Winston's announcements over the radio, the patties on a Friday, and the best science department anyone could ask for. Thank you for making a girl from Aberdeen feel at home in south London.

Please look after 11S2 for me – they are a lovely bunch under all the noise.

If you're ever up that way, the kettle is on.

Fiona x
""")

M(label="clean", kind="hard", slug="romeo_juliet_bawdy_lines", frm=MARSH, to=[ENGLISH],
  date="2026-02-26 16:31:55", subject="R&J Act 2 – the bawdy bits", fmt="plain",
  note="English teacher quotes Shakespeare's bawdy lines (prick of noon, naked weapon, maidenheads) for teaching",
  body="""Hi all,

Quick one before Year 10 start Act 2 next week. A few of you asked how to handle Mercutio in 2.4 – "the bawdy hand of the dial is now upon the prick of noon" always gets a reaction, as does the servants' exchange at the very start of 1.1 ("My naked weapon is out", "the heads of the maids, or their maidenheads").

We agreed last year that we don't cut these. Shakespeare's audience laughed at them, and the crude humour is part of how Mercutio and the servants are characterised – it's also a lovely contrast with the shared sonnet at the lovers' first meeting. My approach: gloss it briefly, acknowledge it's a sex joke, ask why Shakespeare gives this kind of language to Mercutio and never to Romeo in the balcony scene, and move on. If we don't make a big thing of it, they don't.

If any families have asked us to be careful with sexual content, speak to me and we'll look at it together.

Sophie

Sophie Marsh
Teacher of English | KS4 Coordinator
""")

M(label="clean", kind="hard", slug="y7_in_year_admissions", frm=OFORI, to=[Y7TUT], cc=[ARSLAN, MENSAH],
  date="2026-02-12 15:05:27", subject="In-year admissions – starting Monday 23 February", fmt="alt", cte="qp",
  note="surnames Dickens, Wankhede, Cockburn, Hancock in a new-starters list",
  body="""Hi team,

We have five in-year admissions starting on Monday 23 February. Please make them welcome and pick a buddy for each.

7A – Ruby Dickens (from a school in Lewisham; Mum says she's nervous about maths)
7B – Aarav Wankhede (arrived from Mumbai in January; good spoken English, will need support with extended writing)
7C – Ellis Cockburn (moved down from Glasgow; previous school flagged attendance, Selin is aware)
7D – Adwoa Mensah-Hancock (from a school in Croydon; strong singer – Theresa, she'd love to try the choir)
7E – Emre Koç (arrived from İzmir; early-stage EAL – Fatma will do his induction in Turkish)

Timetables will be in your pigeonholes on Friday. Please get them lanyards and planners on day one, and make sure someone walks them to the youth club on their first Friday.

Thanks,
Grace

Ms G. Ofori
Head of Year 7
Example School | 01632 960000
""")

M(label="clean", kind="hard", slug="big_schools_birdwatch", frm=AJAYI, to=[SCIENCE], cc=[MALACHI],
  date="2026-01-30 16:02:38", subject="Big Schools' Birdwatch – results", fmt="plain",
  note="bird names (great tits, long-tailed tit, woodcock, cock blackbird) in eco club results",
  body="""Hi all,

Results from the eco club's Big Schools' Birdwatch in the park at lunchtime yesterday – thank you to everyone who lent binoculars.

In an hour we recorded 14 species:
- blue tits (11) and great tits (6) at the feeders by the pond
- a flock of about 9 long-tailed tits in the hawthorn hedge
- cock and hen blackbird, 2 robins, a wren
- 3 ring-necked parakeets (of course)
- a grey heron and a cormorant on the island
- 2 jays, 5 magpies, and too many woodpigeons to count
- and the highlight: a woodcock flushed from the leaf litter under the plane trees. Malachi spotted it first, and the RSPB volunteer said it's the first she's seen in that park in ten years.

Yes, there was a lot of giggling about the great tits. I've told Year 7 that a good scientist uses the correct common name and moves on.

We'll submit the counts to the RSPB this week. If anyone wants the data for the Year 8 ecology lessons (sampling, tally charts, Simpson's index for the keen ones), it's on the shared drive.

Femi

Dr F. Ajayi
Head of Science
""")

M(label="clean", kind="hard", slug="international_food_fair_stalls", frm=LAWAL, to=[ALLSTAFF],
  date="2026-02-04 12:40:19", subject="International Food Fair – Friday stall list 🇯🇲🇳🇬🇬🇭🇹🇷", fmt="alt", cte="qp",
  note="food names (cock soup, spotted dick, faggots and peas, puff-puff) in food fair plans; emoji subject",
  body="""Hello everyone,

Here's the final stall list for Friday's International Food Fair (3.30–6pm, canteen and playground). All money raised goes to the Year 11 prom fund and the youth club's summer trip.

Jamaican stall (the 10F families): curry goat, rice and peas, festival, cock soup, bammy, carrot juice
Nigerian stall (Year 8 parents): jollof, puff-puff, chin chin, suya
Ghanaian stall (Mr Lartey's family): waakye, kelewele, kenkey with shito
Turkish stall (Fatma and the Turkish Community Centre): gözleme, lahmacun, simit, baklava
British stall (Food Tech): spotted dick and custard, sausage rolls, and Winston's nan's faggots and peas (he is from Wolverhampton and he insists)

Every dish needs an allergen label – blank labels are in the food room. Please remind the stalls that there are peanuts in the chin chin and in some of the suya.

I still need volunteers for cash tin duty. Reply to me if you can do half an hour.

Abimbola

Mrs A. Lawal
Teacher of Food Preparation & Nutrition
Example School | 01632 960000
""")

M(label="clean", kind="hard", slug="of_mice_and_men_language", frm=LYONS, to=[ENGLISH],
  date="2026-01-19 17:20:42", subject="OMAM ch. 3–4 – handling the language", fmt="alt", cte="qp",
  note="set-text quotations (Curley's 'bastard', 'son-of-a-bitch', 'tart') and guidance on the racial slur in Of Mice and Men",
  body="""Hi all,

As promised, some notes for the Year 10 Of Mice and Men unit, especially chapters 3 and 4.

The slur: Steinbeck uses a racial slur about Crooks repeatedly. Department line (agreed with Emmanuel and Jo): we never read it aloud and pupils don't either – we say "the n-word" when reading, and we discuss why Steinbeck uses it. Please frame this before chapter 4, not after someone has already read it out.

Other quotations pupils will pick up for essays:
- Curley to Lennie in chapter 3: "Come on, ya big bastard. Get up on your feet. No big son-of-a-bitch is gonna laugh at me." – good for Curley's insecurity and aggression.
- The men calling Curley's wife a "tart" and "jail bait" – link to objectification and to the fact she never gets a name.
- Crooks: "'Cause I'm black. They play cards in there but I can't play because I'm black. They say I stink."

For the essay question, push them towards Steinbeck's purpose: the language shows the cruelty and loneliness of the ranch, it isn't there for shock value. Several of our pupils will have heard language like this aimed at them, so keep an eye on how the discussion lands.

Danielle

Danielle Lyons
Teacher of English
Example School, Park Row, LS1 4AP
""")

WINDRUSH_TXT = """Y13 Coursework option: Commonwealth migration to Britain, 1948-1968
Source pack - extracts (teacher copy)

Source C (photograph, c.1960, boarding-house window, west London)
  Hand-written card: "No Irish, No Blacks, No Dogs"

Source F (Enoch Powell, speech to the Conservative Political Centre, Birmingham, 20 April 1968)
  Powell reads from a letter he says a constituent sent him, describing an elderly white woman:
  "...she is followed by children, charming, wide-grinning piccaninnies. They cannot speak
  English, but one word they know. 'Racialist', they chant."

Source H (Trinidad-born nurse, oral history recorded 2008)
  "You'd see the cards in the windows. You'd knock, and the face would change."

Discussion protocol: name the language as racist; do not repeat it gratuitously;
students may step out at any time and speak to their tutor.
"""

M(label="clean", kind="hard", slug="windrush_source_pack", frm=OCONNOR, to=[HISTORY],
  date="2026-03-02 08:10:05", subject="Y13 migration sources – please read before using", fmt="plain",
  attachments=[("Y13_migration_sources.txt", "text/plain; charset=utf-8",
                WINDRUSH_TXT.replace("\n", "\r\n").encode("utf-8"))],
  note="history teacher's source pack quotes historical racist language (No Blacks sign, Powell's 'piccaninnies'), body and .txt attachment",
  body="""Colleagues,

The source pack for the Year 13 coursework option on Commonwealth migration 1948–1968 is on the shared drive, and I've attached the text extracts here. Two things to flag before you use it.

Source C is the photograph of the "No Irish, No Blacks, No Dogs" card in a boarding-house window. Source F is the extract from Powell's 1968 Birmingham speech, including the passage where he quotes a constituent's letter about "wide-grinning piccaninnies" – it's the passage students most often analyse when they write about how the speech legitimised racist language.

Please use these with care. Many of our students have grandparents who came on the Windrush or the ships that followed, and some will have family stories about exactly this kind of abuse. Let's use the protocol from last year: we name the language as racist, we don't repeat it gratuitously, and students can step out if they need to.

Mrs Campbell-Brown's father has agreed to come in on 17 March to talk about arriving in Brixton in 1961. Let's make sure the Year 13s have done the source work before then.

Patrick

Mr P. O'Connor
Head of History
Example School, Park Row, LS1 4AP | 01632 960000
""")

RSE_HTML = OUTLOOK_HEAD + """<p class="MsoNormal">Dear Parent/Carer,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Relationships and Sex Education (RSE) &#8211; Year 9, Summer Term</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;m writing to let you know what Year 9 will be learning in RSE lessons after Easter, so that you can talk about it at home if you wish.<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Healthy and unhealthy relationships, including controlling behaviour and coercion</li>
<li class="MsoNormal">Consent &#8211; what it means, and the law</li>
<li class="MsoNormal">Contraception, including condoms, and where young people can get confidential sexual health advice</li>
<li class="MsoNormal">Sexually transmitted infections (STIs) such as chlamydia and gonorrhoea, and how to prevent them</li>
<li class="MsoNormal">Sexting and nude images &#8211; why creating or sharing a nude image of anyone under 18 is illegal, and what to do if it happens</li>
<li class="MsoNormal">Pornography &#8211; how it gives an unrealistic and often harmful picture of sex and relationships</li>
<li class="MsoNormal">LGBT+ relationships, including gay, lesbian, bisexual and trans people, and the Equality Act 2010</li>
</ul>
<p class="MsoNormal">Lessons are taught by trained staff using resources we are always happy to show you. The borough&#8217;s school nursing team will deliver the sexual health session.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">You have the right to request that your child is withdrawn from the sex education elements, but not from relationships education or from the biology of human reproduction taught in science. If you are considering this, please contact me first so that we can talk it through &#8211; many parents find it reassuring to see the materials.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Yours sincerely,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ms C. Richards<br>Lead for PSHE and RSE<br>Example School, Park Row, LS1 4AP<br>01632 960000<o:p></o:p></p>
""" + OUTLOOK_TAIL

M(label="clean", kind="hard", slug="rse_letter_year9", frm=RICHARDS, to=[ALI],
  date="2026-03-20 10:30:00", subject="RSE in Year 9 – summer term", fmt="html", html=RSE_HTML,
  body="(html only)",
  note="HTML-only RSE letter to a parent (condoms, STIs, sexting, pornography, LGBT+)")

M(label="clean", kind="hard", slug="tourettes_staff_briefing", frm=ASANTE, to=[HUGHES, BRENNAN, YILMAZ, MARSH],
  date="2026-01-23 14:18:50", subject="CONFIDENTIAL – Samuel (9C) – Tourette syndrome", fmt="alt", cte="qp",
  note="SENCo briefs teachers on a pupil's involuntary swearing tics (coprolalia), naming the words; staff only [unsure]",
  body="""Dear all,

You all teach Samuel in 9C. Following his diagnosis of Tourette syndrome last month (shared with his family's consent), here is a short briefing.

Samuel has motor tics (blinking, shoulder shrugs, head jerks) and vocal tics (sniffing, throat clearing, short words or phrases). For the last few weeks his vocal tics have included swear words – mainly "fuck" and occasionally "shit". This is called coprolalia. It is involuntary: he is not choosing to say them, and he is mortified when it happens.

What we're asking:
• Don't sanction tics, and don't ask him to stop – drawing attention to them makes them worse.
• If other pupils react, calmly say "that's a tic, let's carry on" and move on. Ms Walters will do a short session with his tutor group next week (Samuel asked for this and will help lead it).
• He has a time-out card and can go to the Learning Support base if he needs a break.
• Tics are often worse when he's tired, anxious or excited – exams and PE fixtures especially. He will sit assessments in a separate room.

Please don't record tics on the behaviour system. If you're unsure whether something is a tic or a choice, speak to me before doing anything.

Thanks,
Nana

Ms N. Asante
SENCo
Example School | 01632 960000 (ext. 214)
""")

M(label="clean", kind="hard", slug="dsl_report_threat_verbatim", frm=NWANKWO, to=[DSL],
  date="2026-02-10 13:21:14", subject="Concern – threat overheard at lunch (Y10/Y11)", fmt="plain",
  note="staff safeguarding report to DSL quoting a pupil's threat and swearing verbatim ('fucking pussy', 'shank')",
  body="""Jo,

Also on CPOMS, but sending straight to you because of the gate issue.

At about 12.50 today on the path between the canteen and the sports hall I heard Dwayne G (10F) shouting at another boy – I now know it was Isaac M in Year 11. I wrote down exactly what was said as soon as I got inside:

Dwayne: "I'm gonna shank you, you fucking pussy. Man's gonna catch you after school, watch."
Isaac: "Say less, bruv. Bring your mandem, I don't care."

Dwayne then made a stabbing motion with his hand. I told them both to stop and walked Dwayne to the Year 10 office; Isaac walked off towards the field. I didn't see a weapon and I didn't search anyone.

Dwayne said afterwards it was "just jokes, sir, it's long". He was shaking though, and I'm not convinced. I know from briefing that older boys have been waiting at the Park Row gate.

I'm on gate duty at 3.10 and will stay until the buses have gone.

Kelechi

Kelechi Nwankwo
Cover Supervisor
""")

M(label="clean", kind="hard", slug="homophobic_bullying_report", frm=HUGHES, to=[DSL], cc=[OSEI],
  date="2026-02-03 16:47:22", subject="Homophobic bullying – Year 9 – for the prejudice log", fmt="alt", cte="qp",
  note="head of year's report to DSL quoting homophobic slurs used by pupils ('batty boy', 'faggot')",
  body="""Jo, Emmanuel,

Logging this for the prejudice-related incident log and for your information. Everything is on CPOMS.

Over the last two weeks a Year 9 boy, T (9B), has been targeted by a group of four boys in his form after he joined the dance company. He told his tutor on Monday and wrote a statement yesterday. Words he reports, verbatim from his statement:

- "batty boy" and "battyman" – shouted in the corridor and on the 37 bus
- "faggot" – written on the back of his planner
- "you're gay, that's why you dance" – in the changing rooms

Two witnesses confirm the corridor comments. The planner has been photographed and is in my office.

Actions so far: all four boys interviewed separately, parents contacted, restorative meeting planned with T's agreement. Desmond is going to run a session with the form on homophobic language, including the lyrics some of them have been quoting.

T's mum is supportive but worried. She'd like a call from one of you this week.

Rhys

Mr R. Hughes
Head of Year 9
""")

M(label="clean", kind="hard", slug="racist_incident_log", frm=KAYA, to=[OSEI], cc=[DSL],
  date="2026-01-29 15:55:03", subject="Racist incident – 9D – Thursday P5", fmt="plain", cte="b64",
  note="teacher's racist-incident report quoting pupils' racist abuse verbatim; base64 body",
  body="""Emmanuel,

For the racist incident log – Thursday period 5, Geography, 9D.

During group work Kyle W said to Emir K (whose family is Turkish Cypriot): "Shut up, you dirty Turk, go back to your kebab shop", and then "terrorist" under his breath. When Kwabena A laughed at something else, Kyle turned on him with "what you laughing at, you African booty scratcher" and made monkey noises.

I removed Kyle and he went to the Year 9 office with Mr Hughes. Emir was very upset and spent the rest of the lesson in the pastoral base. Kwabena said he was "used to it", which worries me more than anything.

Both families need a call. Kyle's mum knows he was removed but not the detail yet.

Hakan

Mr H. Kaya
Teacher of Geography
""")

M(label="clean", kind="hard", slug="polite_reply_abusive_carer", frm=WALTERS, to=[SAM],
  date="2026-02-11 09:12:36", subject="Re: detention", fmt="alt", style="gmail", cte="qp",
  note="polite head-of-year reply; the carer's swearing ('fucking useless', 'wankers') is only in the quoted text",
  body="""Dear Sam,

Thank you for your email last night. I can hear how frustrated you are, and I'm sorry that Kemi came home so upset.

I've looked into what happened. Kemi was given a same-day detention for being late to period 1 three times this week. You're right that the text about the detention went to an old number – that's our mistake, and I've asked the office to update your details today. Because you didn't get the message, I have cancelled the detention and Kemi won't need to make it up.

I do want to work with you on the mornings. Selin in attendance has told me the bus from the estate has been unreliable; if you let us know on days it's cancelled, Kemi can have a late pass.

I'd be very happy to meet, or to talk on the phone – I'm free tomorrow after 3.30 on 01632 960000.

I'd ask that future emails are kept respectful, as our office staff also read this inbox.

Kind regards,
Ms D. Walters
Head of Year 8
Example School, Park Row, LS1 4AP

On Tue, 10 Feb 2026 at 22:47, Sam Carer <sam.carer@outlook.com> wrote:
> Nobody told me about this detention and Kemi had to walk home in the dark. You lot are fucking useless. 3 times I've rung about the bus and nobody does anything. Sort it out or I'm going to the council. Absolute wankers the lot of you.
""")

M(label="clean", kind="hard", slug="forwarded_parent_complaint", frm=PGRANT, to=[HUGHES],
  date="2026-03-18 07:58:41", subject="FW: My son's phone", fmt="alt", cte="qp",
  note="office forwards a (non-directory) parent's complaint; 'bollocks', 'piss-take' only in the forwarded parent text",
  body="""Rhys,

This came into the office inbox overnight. I haven't replied. Could you or Emmanuel give her a call this morning? She's asked for a call before 11.

Thanks,
Pauline

Pauline Grant
Office Manager
Example School, Park Row, LS1 4AP | 01632 960000

From: Tanya Whitmore <t.whitmore84@yahoo.co.uk>
Sent: 17 March 2026 23:58
To: Office <office@example-school.org.uk>
Subject: My son's phone

Your teacher took my son's phone AGAIN today and now he can't have it back till Friday. That's bollocks. I pay for that phone so I can reach him on the way home, you know what it's like round here with the stabbings. It's a piss-take. I want a call from his head of year tomorrow or I'm coming up there.

T Whitmore (Jayden W, 9E)
""")

M(label="clean", kind="hard", slug="behaviour_policy_language_draft", frm=OSEI, to=[ALLSTAFF],
  date="2026-01-14 17:02:11", subject="Behaviour policy – draft 'Language' section for comment", fmt="alt", cte="qp",
  note="deputy head's draft behaviour policy gives examples of pupil swearing and slurs by level",
  body="""Dear colleagues,

Following Monday's INSET discussion, here is the draft wording for the "Language" section of the revised behaviour policy. Please send comments by Friday.

We want to be consistent about swearing, because pupils tell us (rightly) that some staff ignore it and others send them out.

Level 1 – incidental swearing in conversation, not aimed at anyone ("this is shit", "oh f***, I forgot my book"): a reminder, then a C1 warning if it continues. Not a removal.
Level 2 – swearing at another pupil in a heated moment ("shut up, you dickhead"): C2, recorded on Arbor, restorative conversation.
Level 3 – swearing directed at a member of staff ("fuck off, sir"): removal to the Reflection Room and a phone call home.

Prejudice-related language – racist, homophobic, sexist, disablist or faith-based, including "gay" used as an insult, "batty", "retard", or slurs in any language – is never treated as ordinary swearing. It goes on CPOMS and the prejudice incident log, and parents are always told.

We also discussed slang. "Wagwan", "peak", "bare", "innit", "fam" and the rest are not swearing and shouldn't be sanctioned. If you're not sure what a word means, ask Desmond or Shanice before acting on it.

Emmanuel

Emmanuel Osei
Deputy Headteacher (Behaviour & Attitudes)
""")

M(label="clean", kind="hard", slug="slang_glossary_new_staff", frm=CAMPBELL, to=[NEWSTAFF],
  date="2026-01-07 12:33:29", subject="What are they saying? A quick slang guide", fmt="plain",
  note="youth worker's slang guide for new staff explains patois swear words (bloodclaat, bumbaclot) [unsure]",
  body="""Hi all,

A few of you asked at induction for a quick guide to what you'll hear in the corridors. This isn't official and it changes every term, but it should stop anyone sanctioning a kid for saying something nice!

Everyday (not rude):
- wagwan – what's going on / hello
- innit – isn't it (used for everything)
- peak – bad luck, unfortunate ("that's peak")
- bare – lots of, very ("bare people", "bare long")
- fam, bro, cuz – friend
- mandem / gyaldem – group of boys / girls
- long – tedious ("detention is long")
- say less – OK, understood
- allow it – leave it, stop
- wasteman – useless person (a mild insult)

Swearing you might not recognise (this IS swearing and the behaviour policy applies):
- bloodclaat, bumbaclot, rassclaat – Jamaican Patois swear words, about as strong as the f-word
- "your mum" with anything after it – usually a wind-up, stop it early

Tell Jo, don't just sanction:
- opps – rivals from another area or group
- shank, borer, "the ting" – a knife
- going country, running a line – county lines (more at Monday's training)

Any questions, grab me or Shanice at lunch in the youth club office.

Desmond
Youth Work Lead
""")

M(label="clean", kind="hard", slug="languages_week_false_friends", frm=BOUCHARD, to=[TUTORS], cc=[ARSLAN],
  date="2026-02-23 08:05:47", subject="Languages Week – « faux amis » quiz answers", fmt="alt", cte="qp",
  note="MFL false-friends quiz (Gift, Fahrt, préservatif, Dutch 'kunt', Swedish 'slut')",
  body="""Dear tutors,

For Languages Week, Wednesday's tutor-time quiz is "False Friends" – words that look like English but mean something completely different. Answers below so you're not caught out. A few of these will get a laugh; let them laugh and then move on, that's half the point.

German
- Gift = poison
- Fahrt = journey ("Ausfahrt" = motorway exit, "Gute Fahrt!" = have a good trip)
- Mist = rubbish, or a mild "oh no!"
- Handy = mobile phone

French
- préservatif = condom (NOT preservative – a classic on exchange trips)
- pain = bread, coin = corner

Dutch
- "je kunt" = you can

Swedish
- slut = end ("slutstation" = last stop on the train, "rea slut" = sale ends)

Turkish (thanks, Fatma!)
- pasta = cake (a gateau, not spaghetti)
- kafa = head

Prize for the winning tutor group is a box of baklava from Fatma's cousin's shop.

Merci beaucoup,
Claire

Mme C. Bouchard
Head of Modern Foreign Languages
""")

M(label="clean", kind="hard", slug="dofe_dorset_shitterton", frm=BENNETT, to=[DOFE],
  date="2026-03-19 15:12:08", subject="DofE Silver practice – Dorset final details", fmt="plain",
  note="place name Shitterton (Dorset) in a DofE expedition letter to pupils",
  body="""Hi everyone,

Final details for the Silver practice expedition in Dorset, Friday 24 – Sunday 26 April.

We're based at the campsite just outside Bere Regis: turn off by the church and it's down the lane past the hamlet of Shitterton. Yes, that really is its name. Yes, there's a sign. You can take ONE photo of it and then we're moving on (the village had to set the sign in stone because people kept stealing it, so don't get any ideas).

Routes:
Day 1 – Bere Regis to Wareham Forest (16 km)
Day 2 – Wareham Forest to Corfe Castle along the Purbeck ridge (18 km)

Route cards to me by Friday 17 April. No route card, no expedition.

Kit check is Wednesday 22 April, 3.30pm in the sports hall. Bring everything packed exactly as you'll carry it, including the trangia and your group's food. Last year someone brought a family-size trifle. Don't.

Mr L. Bennett
DofE Manager
Example School | 01632 960000
""")

M(label="clean", kind="hard", slug="u16_fixtures_arsenal_scunthorpe", frm=ADEYEMI, to=[TOBI, DWAYNE], cc=[ACADEMY],
  date="2026-02-27 12:20:54", subject="U16 spring fixtures", fmt="alt", cte="qp",
  note="fixture list mentioning Arsenal and Scunthorpe United",
  body="""Hi both (and copying in Hollins Park so everyone has the same dates),

Spring fixtures for the U16 squad:

Sat 7 Mar – v Arsenal development centre (home, 10am, 3G)
Sat 14 Mar – Borough Cup semi-final v St Aidan's (away, 11am)
Sat 21 – Sun 22 Mar – Schools' Academy Festival hosted by Scunthorpe United at Glanford Park. Overnight stay; the coach leaves on Friday 20th after school. Letters and consent forms go home on Monday.
Sat 28 Mar – v Hollins Park U16s (away, academy ground)

The academy coaches want everyone's GPS vests charged before the Arsenal game. And if you're injured, tell me or the physio – don't hide it and play through it.

Coach Adeyemi
Teacher of PE | Football Academy Link Coordinator
Example School | 01632 960000
""")

M(label="clean", kind="hard", slug="great_fire_walk_route", frm=ADAMS, to=[HISTORY],
  date="2026-03-10 16:44:30", subject="Y7 Great Fire walk – route", fmt="alt", style="gmail", cte="qp",
  note="London street names Pudding Lane, Cock Lane, Pie Corner in a history walk plan",
  body="""Hi all,

Route for the Year 7 Great Fire of London walk on Tuesday 24 March (7A/7B morning, 7C/7D afternoon):

1. The Monument – start here; 311 steps (we are not climbing it, whatever they tell you)
2. Pudding Lane – site of Thomas Farriner's bakery, plaque on the corner
3. Fish Street Hill and St Magnus the Martyr – the approach to old London Bridge
4. St Paul's – Wren's rebuild
5. Cock Lane and Pie Corner – the Golden Boy marks where the fire finally stopped. The street sign for Cock Lane gets a snigger every single time; use it. Preachers at the time said the fire began at Pudding Lane and ended at Pie Corner as a judgement on the sin of gluttony, which is a great way into contemporary explanations.
6. Back to St Paul's for the Central line

Worksheets are in the Y7 trip box. Pupils need Zip cards and a packed lunch; we eat in the churchyard at St Paul's if dry.

Ruth

Ms R. Adams
Teacher of History
""")

M(label="clean", kind="hard", slug="titration_prep_request", frm=ALABI, to=[SCITECH],
  date="2026-01-26 07:55:16", subject="Prep request – Y12 titration RP, Thurs P1-2, S7", fmt="plain",
  note="chemistry prep request (burette stopcocks, titres)",
  body="""Hi Maxine, Rob,

Prep request for Year 12 chemistry required practical 1 (acid–base titration), Thursday P1–2, lab S7, 18 students working in pairs.

Per pair:
- 50 cm3 burette with PTFE stopcock – please check the stopcocks, last year three of them leaked and ruined the titres
- burette stand, clamp and white tile
- 25 cm3 volumetric pipette and pipette filler
- 2 x 250 cm3 conical flasks
- small funnel

Bulk:
- 0.100 mol dm-3 NaOH, 2 litres
- approx. 0.1 mol dm-3 HCl, 2 litres, labelled "Acid X"
- phenolphthalein in dropper bottles
- distilled water wash bottles

They need concordant titres within 0.10 cm3, so I'll have them do a rough titre first. Spare burettes in the cupboard under the fume hood if any are damaged.

Thanks,
Segun
""")

M(label="clean", kind="hard", slug="re_religious_language_lesson", frm=BELLO, to=[RE_DEPT],
  date="2026-02-24 16:25:43", subject="Y9 lesson 4 – religious language used as insults", fmt="alt", cte="qp",
  note="RE planning on 'kafir', 'infidel', 'hell', 'damnation', 'Oh my God' as exclamations",
  body="""Hi both,

Planning for Year 9 "Religion, peace and conflict" – lesson 4 is about religious words that get misused as insults. A couple of things came up in 9B last week that I want us to be ready for.

- "Kafir" – in Islam, someone who rejects faith or a disbeliever. Some pupils have been using it at each other as an insult ("you're a kafir, bro"). We'll unpick where the word comes from and why using it as an insult hurts Muslim and non-Muslim pupils alike.
- "Infidel" – the same idea in a Christian historical context (the Crusades).
- "Hell" and "damnation" – they will giggle at "go to hell" being in the textbook. Teach the belief properly: eternal separation from God in Christian teaching, Jahannam in Islam.
- "Jesus Christ" and "Oh my God" as exclamations – several of our Pentecostal and Muslim pupils find this upsetting, and they're allowed to say so.

The lesson finishes with the class writing a charter for respectful language about faith. Last year 9A's was good enough to go in the corridor.

Yusuf

Mr Y. Bello
Teacher of RE
""")

M(label="clean", kind="hard", slug="misogyny_lesson_heads_up", frm=RICHARDS, to=[PSHE],
  date="2026-03-06 12:11:07", subject="Y10 PSHE – online misogyny lesson – heads up", fmt="plain",
  note="PSHE lead lists misogynistic terms pupils used ('slag', 'hoe', 'simp') for staff; staff only",
  body="""Hi team,

Ahead of next week's Year 10 PSHE lesson on online misogyny and influencer culture, here's a heads-up on what pupils are likely to say, so nobody is thrown.

In the pilot with 10F, pupils quoted or used: "slag", "hoe", "simp", "women belong in the kitchen", "she was asking for it", "high-value man", and a lot about Andrew Tate. Two boys said it was "just banter", and one girl said "everyone says it, miss, it's not deep".

The lesson plan handles this: don't ignore it, ask where they heard it, and unpick who makes money from the message. If a pupil aims any of these words at a classmate, that's a prejudice-related incident – follow the behaviour policy, log it, and tell Jo if there's any sign of sexual harassment.

Slides and the "spot the manipulation" cards are in the PSHE folder.

Chantelle
""")

M(label="clean", kind="hard", slug="u17_cricket_kit", frm=GORDON, to=[JANE],
  date="2026-01-21 14:37:52", subject="Isaiah – Under-17 cricket squad", fmt="alt", cte="qp",
  note="cricket kit letter (box/abdominal guard, hard balls, maiden overs)",
  body="""Dear Ms Parent,

Great news – Isaiah has been selected for the school's Under-17 cricket squad this season. Training is on Wednesdays 3.30–5.00pm in the sports hall nets until Easter, then outside on the park.

Kit:
- light tracksuit bottoms for nets, whites for fixtures
- a box (abdominal guard) – essential, every session, no exceptions. We keep a few spares that have been washed, but most players prefer their own (£6–£10 from any sports shop)
- helmet, pads and gloves are provided by the school
- trainers for the sports hall, no spikes indoors

We move on to hard balls from week 3, which is why the protective kit matters.

Isaiah bowled three maiden overs in a row at the trial and Coach Jordan from the county's community programme is very excited about him.

Best wishes,
Mr M. Gordon
Teacher of PE
Example School, Park Row, LS1 4AP | 01632 960000
""")

M(label="clean", kind="hard", slug="noughts_crosses_content_note", frm=THOMPSON, to=[JANE],
  date="2026-03-03 17:08:25", subject="Noughts & Crosses – content information for cast families", fmt="alt", cte="qp",
  note="drama content note for a play: fictional slur 'blanker', strong language",
  body="""Dear Ms Parent,

Our Key Stage 4 production this year is Noughts & Crosses, adapted for the stage from Malorie Blackman's novel, on 22–24 April in the drama studio. As Isaiah is in the cast, I wanted to tell you about some of the content before rehearsals become more intense.

The play explores racism and segregation in a world where the Crosses, who are Black, hold power over the Noughts, who are white. It includes:
- the slur "blanker", used by Cross characters about Noughts – it is central to how the play shows prejudice
- scenes of violence, including a bombing and an execution
- some strong language, including the f-word twice

We have talked about all of this carefully with the cast, and Isaiah has been brilliant in those discussions. The show is recommended for ages 12+, and we'll say so on the tickets.

If you have any questions, or would like to come and watch a rehearsal, please get in touch.

Best wishes,
Ms I. Thompson
Head of Drama
Example School, Park Row, LS1 4AP | 01632 960000
""")

M(label="clean", kind="hard", slug="clitheroe_funeral_leave", frm=ATTEND, to=[ALI],
  date="2026-03-12 10:41:38", subject="Leave request – Defne, 19 and 20 March", fmt="plain", cte="qp",
  charset="windows-1252",
  note="authorised absence for a funeral in Clitheroe; windows-1252 QP body",
  body="""Dear Mr Guardian,

Thank you for your request for Defne to be absent on Thursday 19 and Friday 20 March to attend her grandmother's funeral in Clitheroe. I'm very sorry for your loss.

The Headteacher has authorised the absence for both days. Defne's teachers will put work on Teams if she feels up to it, but please don't worry if she doesn't – family comes first.

If she would like to talk to someone when she's back, her tutor and Ms Ayodele in the youth team are there for her.

With our condolences,

Selin Demir
Attendance Officer
Example School, Park Row, LS1 4AP
01632 960000
""")

M(label="clean", kind="hard", slug="gospel_final_cockfosters", frm=JLEWIS, to=[JANE], cc=[MENSAH],
  date="2026-03-09 18:22:44", subject="Gospel Choir final – Saturday 14 March, Cockfosters", fmt="alt", style="gmail", cte="qp",
  note="London place name Cockfosters in a gospel choir competition letter",
  body="""Dear Ms Parent,

Wonderful news – the Gospel Choir has reached the final of the London Youth Gospel Choir Competition! The final is on Saturday 14 March at Christ Church, Cockfosters, and Isaiah is in the team of 24 singers.

Travel: we'll meet at school at 11.00am and take the Piccadilly line from Finsbury Park to Cockfosters (the end of the line, about 25 minutes). Sound check at 1pm, the competition starts at 3pm and finishes around 6pm. Families are very welcome – tickets are £5 on the door.

Dress: black trousers or skirt, the choir's purple top, black shoes. Please send Isaiah with a packed lunch and a water bottle.

We'll travel back together and be at Finsbury Park station by about 7.15pm. Please let me know if you'd prefer to collect Isaiah from Cockfosters after the final.

Blessings,
Mr J. Lewis
Assistant Director of Music
Example School | 01632 960000
""")

M(label="clean", kind="hard", slug="lado_allegation_to_head", frm=WHITFIELD, to=[HEAD],
  date="2026-01-28 17:46:09", subject="CONFIDENTIAL – allegation re supply teacher", fmt="plain",
  note="DSL reports to head a pupil's allegation quoting what a supply teacher said ('dumb prick'); staff only",
  body="""Graham,

Confidential – allegation about a supply teacher.

This afternoon Jaden F (9D) told Rhys that during period 3 on Monday the maths supply teacher, Mr P from Brightstaff, said to him in front of the class: "Sit down, you dumb prick," and then "people like you end up in prison." Two other pupils have independently given the same words in written statements.

What I've done:
- recorded it on CPOMS and in the allegations log
- rung the LADO for an initial consultation (reference in the log). Their view is that it doesn't meet the harm threshold but should go to the agency as a conduct concern, and that we shouldn't use him again until it's resolved
- informed Brightstaff; they have withdrawn him from our bookings pending their own process

Jaden's dad has been told the school is taking it seriously. Given his history with us I'd suggest you or Emmanuel make the follow-up call rather than Rhys.

Jo

Joanne Whitfield
Assistant Headteacher | Designated Safeguarding Lead
""")

M(label="clean", kind="hard", slug="county_lines_inset_handout", frm=AYODELE, to=[ALLSTAFF],
  date="2026-01-13 15:48:57", subject="INSET handout – county lines and exploitation", fmt="alt", cte="qp",
  note="youth worker's county-lines training vocabulary (trap house, cuckooing, plugging, nitties)",
  body="""Hi all,

Thank you for your attention in Monday's session. As promised, here's the vocabulary handout in one place.

Words and phrases to listen out for:
- going country / going OT ("out there") – travelling out of London to sell drugs
- the line – the phone number used to take orders
- trap house / bando – a property used for dealing
- cuckooing – dealers taking over a vulnerable person's home
- plugging – hiding drugs inside the body (a serious medical risk)
- food, white, brown – drugs (crack cocaine, heroin)
- shotting – selling
- nitties – users (derogatory)
- "owing" – a young person told they are in debt, often after a staged robbery

Signs: new trainers or phones with no explanation, two phones, missing episodes, older "friends" with cars, injuries they won't explain, a sudden change of friendship group.

If you're worried: CPOMS and a DSL, same day. Don't investigate yourself and don't confront anyone.

Shanice

Shanice Ayodele
Youth Worker
Example School Youth Club | 020 7946 0382
""")


# =========================================================================== output

README = """# Round 23 hold-out corpus – obscene-language (BLIND)

**Blind held-out test data. Never use it for tuning rules, thresholds or word lists.**
It was written without reading mailguard's code, rules, tests or docs, and without running
mailguard, so that it measures how the filter does on mail nobody tuned it on. If the filter
gets some of these wrong, record the result; do not edit the filter to fit these messages
(and do not edit these messages to fit the filter).

## What it is

{total} complete RFC 5322 messages (`NNN_<flag|clean>_<slug>.eml`) sent by staff of "Example
School" (staff domain example-school.org.uk, pupils at pupils.example-school.org.uk), plus
`labels.csv` (`file,expected,sender,recipients,note`). `expected` is what the school's
safeguarding lead would want under the staff e-mail policy: staff must not use obscene
language or swear words, nor make offensive comments on grounds of gender, race, disability,
age, religion or sexual orientation. Judgement calls are marked `[unsure]` in the note.

Setting for this round: an 11-18 school in an inner London borough with large Black
Caribbean, West African and Turkish communities, a gospel choir, a professional football
academy link, youth workers and a youth club on site, knife-crime and county-lines awareness
work, and pupils' slang (innit, peak, bare, wagwan, fam, mandem) quoted in mail. All people,
addresses and mailboxes are invented; outside organisations use example.com/.org/.net;
phone numbers are Ofcom drama-range numbers or the school's own 01632 960000.

## How it was made / how to regenerate

Generated by `../make_round23_obscene.py` (Python 3.11, standard library only):

    python3 tests/holdout/round23/make_round23_obscene.py

The script is deterministic (fixed dates, Message-IDs, MIME boundaries and file order), so
re-running it gives byte-identical files. Every file was checked to parse with
`email.message_from_bytes(..., policy=email.policy.default)` and to match labels.csv.

## Counts

| expected | kind | count |
|---|---|---|
{table}
| **total** | | **{total}** |

## Kinds of case

- **flag, plain**: the author's own swearing in ordinary text – staff-to-staff venting
  (bollocks, shit, wanker, twat), a tutor swearing at a Year 13 pupil, a PE coach calling a
  pupil a bellend, "taking the piss" in a reply to a carer, a disability slur and a racist
  slur in staff-to-staff mail, and a text/csv attachment (seating plan) whose notes column
  insults pupils while the body is clean.
- **flag, disguised**: asterisk masks (f*cking, sh*t), symbol mask (b!tch) with stretched
  letters (shiiiit), leetspeak homophobic slur, letters split by hyphens/dots, Cyrillic and
  Greek homoglyphs, full-width letters, zero-width characters (in a quoted-printable body),
  HTML-only mail with words split by tags and numeric entities, quoted-printable soft line
  breaks inside words, and an RFC 2047 base64 subject with a base64 body.
- **clean, everyday**: the ordinary mail of a term – choir rehearsals, attendance, academy
  trial invitation, homework, briefing notes, youth club, parents' evening, trips with PDF
  letters, lost property, reports, minutes, EHCP review, assembly rota, workshop booking,
  exam timetable, password reset, Turkish GCSE speaking exam, HTML newsletter, extension
  request, residential kit list, cover, thanks, holiday football, library, asthma plan
  (.docx), forwarded church invitation, supply booking, options evening, UCAS tracking.
- **clean, hard negatives**: place names (Penistone, Twatt, Cockermouth, Shitterton,
  Scunthorpe, Cockfosters, Cock Lane, Clitheroe; Sussex/Middlesex/Essex also appear in an
  everyday UCAS mail), surnames (Dickens,
  Wankhede, Cockburn, Hancock), birds (great tits, woodcock), foods (cock soup, spotted dick,
  faggots), cricket kit (box, balls, maiden), chemistry (stopcock, titre), set texts quoted
  (Romeo and Juliet's bawdy lines, Of Mice and Men), historical sources quoting racist
  language, RSE letter, SEND briefing on Tourette's coprolalia, safeguarding and prejudice-
  incident reports to the DSL quoting pupils verbatim, an allegation report quoting a supply
  teacher, polite replies/forwards where the abuse is only in a parent's quoted text, the
  behaviour policy's language section, a slang glossary, county-lines vocabulary, RE on
  misused religious words, a PSHE heads-up on misogynistic terms, a play's content note,
  and MFL false friends.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv",):
            os.remove(os.path.join(OUT, f))
    slugs = [m["slug"] for m in MSGS]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    order = sorted(MSGS, key=lambda m: h("order:" + m["slug"]))
    rows = []
    for i, spec in enumerate(order, 1):
        fname = f"{i:03d}_{spec['label']}_{spec['slug']}.eml"
        data = build(spec)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rcpts = [a for _, a in spec["to"]] + [a for _, a in spec.get("cc", [])]
        rows.append([fname, spec["label"], spec["frm"][1], " ".join(rcpts), spec["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {}
    for m in MSGS:
        counts[(m["label"], m["kind"])] = counts.get((m["label"], m["kind"]), 0) + 1
    names = {"plain": "plain", "disguised": "disguised/encoded", "everyday": "everyday school mail",
             "hard": "hard negative"}
    table = "\n".join(f"| {lab} | {names[k]} | {n} |" for (lab, k), n in sorted(
        counts.items(), key=lambda kv: (kv[0][0] != "flag", ["plain", "disguised", "everyday", "hard"].index(kv[0][1]))))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), table=table))
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
