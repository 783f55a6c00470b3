#!/usr/bin/env python3
"""Round 18 blind hold-out corpus, obscene-language module.

Setting: a rural federation of three small village primary schools (Thornby,
Hollinsgate and Low Marfleet) sharing one executive head.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
tests/holdout/round18/obscene-language/ next to this script.  Python 3.11
standard library only; deterministic (fixed dates, Message-IDs, boundaries),
so running it twice gives byte-identical output.

BLIND: written without looking at mailguard's code, rules or other tests.
Never use these messages for tuning.
"""

import base64
import csv
import hashlib
import html
import io
import os
import struct
import sys
import textwrap
import zlib
from datetime import datetime, timedelta, timezone, date
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"
CRLF = "\r\n"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

ADDR = "Example School Federation, Park Row, Leeds LS1 4AP"
TEL = "01632 960000"

STAFF = {
    "ashworth": ("Helen Ashworth", "h.ashworth@" + DOM, "Executive Headteacher", None),
    "hughes": ("Rob Hughes", "r.hughes@" + DOM, "Head of School", "Thornby"),
    "nair": ("Priya Nair", "p.nair@" + DOM, "Class Teacher, Oak Class (Y3/4)", "Hollinsgate"),
    "featherstone": ("Tom Featherstone", "t.featherstone@" + DOM, "Class Teacher, Kestrel Class (Y5/6)", "Thornby"),
    "pickersgill": ("Gwen Pickersgill", "g.pickersgill@" + DOM, "EYFS Lead, Acorn Class", "Low Marfleet"),
    "illingworth": ("Dave Illingworth", "d.illingworth@" + DOM, "Site Manager & Minibus Driver", None),
    "office": ("Sue Metcalfe", "office@" + DOM, "School Business Manager", None),
    "metcalfe": ("Sue Metcalfe", "s.metcalfe@" + DOM, "School Business Manager", None),
    "attendance": ("Karen Dobson", "attendance@" + DOM, "Attendance & Admin Officer", None),
    "dsl": ("Lisa Thwaite", "dsl@" + DOM, "Deputy Head & Designated Safeguarding Lead", None),
    "thwaite": ("Lisa Thwaite", "l.thwaite@" + DOM, "Deputy Head & Designated Safeguarding Lead", None),
    "brannigan": ("Jo Brannigan", "senco@" + DOM, "SENCo (all three sites)", None),
    "oldroyd": ("Mark Oldroyd", "m.oldroyd@" + DOM, "Forest School Leader", None),
    "clubs": ("Bev Sutcliffe", "clubs@" + DOM, "Breakfast & After-School Club Manager", None),
    "mistry": ("Anil Mistry", "a.mistry@" + DOM, "Class Teacher, Wren Class (Y1/2) & PE Lead", "Hollinsgate"),
    "whitaker": ("Claire Whitaker", "c.whitaker@" + DOM, "Teaching Assistant", "Thornby"),
    "gallacher": ("Fiona Gallacher", "f.gallacher@" + DOM, "PE & Sport Premium Coordinator", None),
    "clerk": ("Ewan Raistrick", "clerk@" + DOM, "Clerk to the Governing Board", None),
    "kowalczyk": ("Nadia Kowalczyk", "n.kowalczyk@" + DOM, "Class Teacher, Curlew Class (Y3-6) & MFL Lead", "Low Marfleet"),
    "lister": ("Owen Lister", "o.lister@" + DOM, "IT Technician", None),
    "kitchen": ("Ruth Heseltine", "kitchen@" + DOM, "Cook Manager", None),
    "pritchard": ("Si\u00e2n Pritchard", "s.pritchard@" + DOM, "Class Teacher, Heron Class (Y5/6)", "Hollinsgate"),
    "marsden": ("Zo\u00eb Marsden", "z.marsden@" + DOM, "HLTA & Eco Club", "Thornby"),
    "baines": ("Craig Baines", "c.baines@" + DOM, "Teaching Assistant", "Low Marfleet"),
    "okafor": ("Chidi Okafor", "c.okafor@" + DOM, "Class Teacher, Fox Class (Y3/4) & RE Lead", "Thornby"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def st(key):
    n, a, _r, _s = STAFF[key]
    return (n, a)


def sig(key, short=False, extra=None):
    name, addr, role, site = STAFF[key]
    lines = [name, role]
    if site:
        lines.append("Example School Federation \u2013 %s site" % site)
    else:
        lines.append("Example School Federation (Thornby, Hollinsgate & Low Marfleet)")
    if short:
        lines.append("T: %s" % TEL)
    else:
        lines.append(ADDR)
        lines.append("T: %s | %s" % (TEL, addr))
    if extra:
        lines.extend(extra)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Encoding helpers
# ---------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew_b(s, limit=45):
    """RFC 2047 B encoded-words, split on character boundaries."""
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return ["=?UTF-8?B?%s?=" % base64.b64encode(w).decode("ascii") for w in words]


def ew_q(s, limit=58):
    words, cur = [], ""
    for ch in s:
        if ch == " ":
            t = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            t = ch
        else:
            t = "".join("=%02X" % x for x in ch.encode("utf-8"))
        if len(cur) + len(t) > limit:
            words.append(cur)
            cur = ""
        cur += t
    if cur:
        words.append(cur)
    return ["=?UTF-8?Q?%s?=" % w for w in words]


def enc_header_text(s, mode=None):
    if mode is None and is_ascii(s):
        return s
    words = ew_q(s) if mode == "Q" else ew_b(s)
    return (CRLF + " ").join(words)


def fmt_addr(pair, mode=None):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name) and mode is None:
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    w = ew_q(name) if mode in (None, "Q") else ew_b(name)
    return "%s <%s>" % (" ".join(w), addr)


def fold_addrs(field, pairs, mode=None):
    parts = [fmt_addr(p, mode) for p in pairs]
    line = field + ": "
    out = []
    for i, p in enumerate(parts):
        piece = p + ("," if i < len(parts) - 1 else "")
        if len(line) + len(piece) > 76 and line.strip() != field + ":":
            out.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    out.append(line.rstrip())
    return CRLF.join(out)


def qp_encode(text):
    """Quoted-printable (UTF-8).  A \\x01 in the text forces a soft line break."""
    out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == "\x01":
                toks.append(ch)
                continue
            o = ord(ch)
            if ch == "=" or o > 126 or (o < 32 and ch != "\t"):
                toks.append("".join("=%02X" % x for x in ch.encode("utf-8")))
            else:
                toks.append(ch)
        # protect trailing whitespace
        real = [i for i, t in enumerate(toks) if t != "\x01"]
        if real and toks[real[-1]] in (" ", "\t"):
            toks[real[-1]] = "=%02X" % ord(toks[real[-1]])
        cur = ""
        for t in toks:
            if t == "\x01":
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
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith("--"):
            out.append(line)
            continue
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
        if prefix:
            body = body.lstrip(" ")
            prefix += " "
        ind = ""
        stripped = body.lstrip(" ")
        if stripped[:2] in ("- ", "* ", "\u2022 "):
            ind = " " * (len(body) - len(stripped) + 2)
        w = textwrap.wrap(body, width=width - len(prefix), break_long_words=False,
                          break_on_hyphens=False, subsequent_indent=ind)
        for x in w:
            out.append(prefix + x)
    return "\n".join(out)


def encode_body(text, cte, wrap=True):
    """Return (cte header value, encoded body string with CRLFs)."""
    if cte in ("7bit", "8bit"):
        t = wrap_plain(text) if wrap else text
        if cte == "7bit":
            assert is_ascii(t.replace("\x01", "")), "non-ascii in 7bit part"
        return cte, t.replace("\x01", "").replace("\n", CRLF)
    if cte == "qp":
        return "quoted-printable", qp_encode(text)
    if cte == "b64":
        return "base64", b64_encode(text.replace("\x01", "").replace("\n", CRLF).encode("utf-8"))
    raise ValueError(cte)


# ---------------------------------------------------------------------------
# HTML rendering of a plain body (as Outlook / Gmail would send it)
# ---------------------------------------------------------------------------

def _blocks(text):
    """Split into [('p', [lines]) | ('q', text)] blocks."""
    lines = text.replace("\x01", "").split("\n")
    blocks = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                l = lines[i][1:]
                q.append(l[1:] if l.startswith(" ") else l)
                i += 1
            blocks.append(("q", "\n".join(q)))
            continue
        if lines[i].strip() == "":
            blocks.append(("b", None))
            i += 1
            continue
        p = []
        while i < len(lines) and lines[i].strip() != "" and not lines[i].startswith(">"):
            p.append(lines[i])
            i += 1
        blocks.append(("p", p))
    return blocks


def html_gmail(text):
    out = ['<div dir="ltr">']
    for kind, val in _blocks(text):
        if kind == "b":
            continue
        if kind == "p":
            for l in val:
                out.append("<div>%s</div>" % (html.escape(l, quote=False) or "<br>"))
            out.append("<div><br></div>")
        else:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append(html_gmail(val))
            out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out)


def html_outlook(text, inner=False):
    body = []
    for kind, val in _blocks(text):
        if kind == "b":
            continue
        if kind == "p":
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' %
                        "<br>\n".join(html.escape(l, quote=False) for l in val))
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">')
            body.append(html_outlook(val, inner=True))
            body.append("</div>")
    if inner:
        return "\n".join(body)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
            '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>")


def html_page(inner, title=None):
    t = "<title>%s</title>\n" % html.escape(title) if title else ""
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n' + t +
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n' +
            inner + "\n</body>\n</html>")


# ---------------------------------------------------------------------------
# Small binary attachments (deterministic)
# ---------------------------------------------------------------------------

def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 15 Tf", "56 790 Td", "(%s) Tj" % esc(title), "/F1 10 Tf", "0 -26 Td", "14 TL"]
    for l in lines:
        content.append("(%s) '" % esc(l))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20240901120000Z) >>" % esc(title).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(uid, summary, start, end, location, desc):
    return CRLF.join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20240901T080000Z",
        "DTSTART:%s" % start, "DTEND:%s" % end, "SUMMARY:%s" % summary,
        "LOCATION:%s" % location, "DESCRIPTION:%s" % desc, "END:VEVENT", "END:VCALENDAR", ""])


# ---------------------------------------------------------------------------
# Dates and ids
# ---------------------------------------------------------------------------

def _last_sunday(y, m):
    d = date(y, m, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def when(y, m, d, hh, mm, ss=0):
    day = date(y, m, d)
    bst = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(datetime(y, m, d, hh, mm, ss, tzinfo=tz))


def msgid(slug, style):
    h = hashlib.sha1(("r18obs/" + slug).encode()).hexdigest().upper()
    if style == "outlook":
        return "<LO4P265MB%s%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (h[:4], h[4:10], h[10:16])
    if style == "gmail":
        return "<CAG%s=%s@mail.gmail.com>" % (h[:20], h[20:32].lower())
    if style == "iphone":
        return "<%s-%s-%s@example-school.org.uk>" % (h[:8], h[8:12], h[12:24])
    return "<%s.%s@example-school.org.uk>" % (h[:12].lower(), h[12:20].lower())


def boundary(slug, n):
    h = hashlib.md5(("r18obs-b/%s/%d" % (slug, n)).encode()).hexdigest()
    return "----=_Part_%d_%s" % (n, h[:20])


# ---------------------------------------------------------------------------
# Message builder
# ---------------------------------------------------------------------------

def text_part(body, subtype="plain", cte="7bit", wrap=True, charset=None):
    if charset is None:
        charset = "us-ascii" if is_ascii(body.replace("\x01", "")) and cte == "7bit" else "utf-8"
    cte_h, enc = encode_body(body, cte, wrap=wrap and subtype == "plain")
    hdr = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, charset),
           "Content-Transfer-Encoding: %s" % cte_h]
    return hdr, enc


def attach_part(att):
    fname, ctype, data, cte = att["name"], att["type"], att["data"], att.get("cte", "b64")
    if isinstance(data, str):
        data_b = data.encode("utf-8")
    else:
        data_b = data
    params = ""
    if ctype.startswith("text/"):
        params = '; charset="utf-8"'
    hdr = ['Content-Type: %s%s; name="%s"' % (ctype, params, fname),
           'Content-Disposition: attachment; filename="%s"' % fname]
    if cte == "b64":
        hdr.append("Content-Transfer-Encoding: base64")
        enc = b64_encode(data_b)
    elif cte == "qp":
        hdr.append("Content-Transfer-Encoding: quoted-printable")
        enc = qp_encode(data_b.decode("utf-8").replace("\r\n", "\n"))
    else:
        hdr.append("Content-Transfer-Encoding: %s" % cte)
        enc = data_b.decode("utf-8").replace("\r\n", "\n").replace("\n", CRLF)
    return hdr, enc


def multipart(subtype, parts, bnd):
    hdr = ['Content-Type: multipart/%s;' % subtype, ' boundary="%s"' % bnd]
    body = []
    for ph, pb in parts:
        body.append("--" + bnd)
        body.extend(ph)
        body.append("")
        body.append(pb)
    body.append("--" + bnd + "--")
    body.append("")
    return hdr, CRLF.join(body)


def build(m):
    slug = m["slug"]
    style = m.get("style", "outlook")
    frm = m["from"] if isinstance(m["from"], tuple) else st(m["from"])
    to = m["to"]
    cc = m.get("cc", [])
    h = []
    h.append(fold_addrs("From", [frm], m.get("name_enc")))
    h.append(fold_addrs("To", to, m.get("name_enc")))
    if cc:
        h.append(fold_addrs("Cc", cc, m.get("name_enc")))
    subj = m["subject"]
    h.append("Subject: " + enc_header_text(subj, m.get("subject_enc")))
    h.append("Date: " + when(*m["date"]))
    h.append("Message-ID: " + msgid(slug, style))
    if m.get("reply_to_id"):
        h.append("In-Reply-To: " + m["reply_to_id"])
        h.append("References: " + m["reply_to_id"])
    if style == "outlook":
        h.append("Thread-Topic: " + enc_header_text(subj.split(": ", 1)[-1] if subj.startswith(("Re: ", "RE: ", "FW: ", "Fwd: ")) else subj, m.get("subject_enc")))
        h.append("X-Mailer: Microsoft Outlook 16.0")
        h.append("Content-Language: en-GB")
    elif style == "iphone":
        h.append("X-Mailer: iPhone Mail (22B91)")
    elif style == "thunderbird":
        h.append("User-Agent: Mozilla Thunderbird")
        h.append("Content-Language: en-GB")
    h.append("MIME-Version: 1.0")

    kind = m.get("kind", "plain")
    body = m.get("body", "")
    cte = m.get("cte", "7bit" if is_ascii(body.replace("\x01", "")) else "qp")
    if kind == "plain":
        main = text_part(body, "plain", cte)
    elif kind == "html":
        main = text_part(m["html"], "html", m.get("html_cte", cte), wrap=False)
    elif kind == "alt":
        htm = m.get("html")
        if htm is None:
            htm = html_gmail(body) if style == "gmail" else html_outlook(body)
        p1 = text_part(body, "plain", cte)
        hcte = m.get("html_cte", "qp" if cte in ("7bit", "8bit") else cte)
        p2 = text_part(htm, "html", hcte, wrap=False)
        main = multipart("alternative", [p1, p2], boundary(slug, 1))
    else:
        raise ValueError(kind)
    atts = m.get("attachments", [])
    if atts:
        parts = [main] + [attach_part(a) for a in atts]
        top = multipart("mixed", parts, boundary(slug, 2))
    else:
        top = main
    th, tb = top
    lines = h + th
    raw = CRLF.join(lines) + CRLF + CRLF + tb
    if not raw.endswith(CRLF):
        raw += CRLF
    return raw.encode("utf-8")


# ---------------------------------------------------------------------------
# Shorthands for recipients
# ---------------------------------------------------------------------------

J = PARENTS["jane"]
S = PARENTS["sam"]
A = PARENTS["ali"]
ALLPARENTS = [J, S, A]
ALLSTAFF = ("All Staff", "allstaff@" + DOM)


def pupil(local, name):
    return (name, "%s@%s" % (local, PUP))


MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)

# ===========================================================================
# FLAG messages (20): the staff author's own words contain swearing or a slur
# ===========================================================================

add(slug="census_data_return", label="flag",
    note="head of school to exec head, 'bollocks' about the LA census return (plain)",
    **{"from": "hughes"}, to=[st("ashworth")],
    subject="Re: Autumn census - Low Marfleet numbers",
    date=(2024, 10, 3, 16, 52, 11), style="outlook", kind="plain",
    body="""Helen,

Done the Thornby part of the census this afternoon. The Low Marfleet numbers still don't match what the LA have got, because two of the children who moved over from Hollinsgate at October half term last year are showing on both rolls. I've rung the data team twice and been promised a call back both times.

Honestly the whole data return is bollocks this year. Three different portals, none of them talk to each other, and the guidance changed on Monday.

I'll have another go after school tomorrow once Sue's back from the bank. If it still won't validate I'll submit it with a note explaining the duplicates and let them sort it out.

Rob

""" + sig("hughes"))

add(slug="minibus_garage", label="flag",
    note="site manager to outside garage, 'bastard thing', 'half-arsed' (plain)",
    **{"from": "illingworth"}, to=[("Brian Sowerby", "service@example.com")],
    cc=[st("hughes")],
    subject="Minibus - same fault again",
    date=(2025, 3, 4, 11, 7, 40), style="outlook", kind="plain",
    body="""Morning Brian,

The minibus has packed up again, same as last month. Got halfway up Hollin Bank with the Year 5/6 swimmers on board this morning and the bastard thing just lost all power, engine light on, the lot. We sat in the layby for forty minutes until one of the lads from Low Riggs came down with the tractor. Kids thought it was the best morning of their lives. I didn't.

It's the same fault you said you'd sorted in February. I'm not having another half-arsed fix on it, it needs doing properly or we'll end up stuck on the tops with a bus full of seven year olds.

Can you collect it from Thornby tomorrow? Keys will be with Sue in the office from 8. We've got the lambing visits from the 17th so I need it back and signed off by the Friday before.

Cheers
Dave

Dave Illingworth
Site Manager & Minibus Driver
Example School Federation
T: 01632 960000""")

add(slug="parents_evening_sit_in", label="flag",
    note="teacher to HLTA calling a parent 'a complete wanker' (plain words, Outlook alt)",
    **{"from": "nair"}, to=[st("marsden")],
    subject="Tonight - can you sit in on my 5.20?",
    date=(2024, 11, 13, 12, 41, 2), style="outlook", kind="alt",
    body="""Hi Zo\u00eb,

Could you sit in with me for the 5.20 slot at parents' evening tonight? It's Mr Crossley. Last time he stood over me and went through every single page of Millie's book telling me what I'd marked wrong, in front of the TA. He's a complete wanker to be honest and I'm not doing another one of those on my own.

You don't need to say anything, just be there. I'll bring you a cuppa and the last of the harvest flapjack.

Priya""")

add(slug="club_late_collection_reply", label="flag",
    note="club manager to parent (directory) 'I don't give a shit', parent's quoted text is polite",
    **{"from": "clubs"}, to=[J],
    subject="Re: Tuesday pick up",
    date=(2025, 2, 6, 7, 18, 55), style="gmail", kind="alt",
    body="""Jane,

I'll be honest, I don't give a shit what's been said on the village Facebook group. Nobody was left on their own on Tuesday. Example Pupil One was in the hall with me and Craig the whole time until you got there at 6.10, which is 25 minutes after we close, and she had toast and played Uno with Craig and the Year 2s.

The late collection charge is \u00a35 for each 15 minutes and it's in the club terms you signed in September.

If you want to talk about it properly, come and find me at drop-off any morning this week.

Bev

On Wed, 5 Feb 2025 at 21:47, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Bev, a few of the mums on the village Facebook group are saying the children were left on their own in the hall on Tuesday when I was late. I know I was late and I'm really sorry, the cows were out on the Kirkby road and I was stuck behind them for ages. Can you let me know what happened? Also I've been charged \u00a310 which seems a lot. Thanks Jane""")

add(slug="new_starters_traveller", label="flag",
    note="TA to teacher, racist slur 'pikey' about Traveller children starting (plain)",
    **{"from": "baines"}, to=[st("kowalczyk")],
    subject="new starters Monday",
    date=(2025, 4, 24, 15, 58, 30), style="outlook", kind="plain",
    body="""Nadia

Heads up, Sue says two more of the pikey kids from the site by the old quarry are starting in Curlew on Monday. Give it a month and they'll be off again like the last lot, so I wouldn't bother with the full reading assessments if I were you. I'll sort them pegs and a tray anyway.

Craig""")

add(slug="supply_teacher_slur", label="flag",
    note="TA to HLTA calling the supply teacher 'an absolute retard' (disability slur, plain)",
    **{"from": "whitaker"}, to=[st("marsden")],
    subject="today...",
    date=(2025, 1, 21, 15, 49, 3), style="outlook", kind="alt",
    body="""The supply in Kestrel today is an absolute retard. Couldn't get the register up on the board, didn't know what phonics was, and then tried to march the whole class off to forest school with no wellies and no waterproofs in the sleet. Mark had to send them all back.

Please tell me Tom's back tomorrow.

C x""")

add(slug="catering_advisor_visit", label="flag",
    note="cook to club manager, homophobic slur 'a right poof' about council advisor (plain, 8bit)",
    **{"from": "kitchen"}, to=[st("clubs")],
    subject="visit today",
    date=(2024, 10, 17, 14, 22, 9), style="outlook", kind="plain", cte="8bit",
    body="""Bev

The new catering advisor from the council came round this morning. Right poof he is too, spent twenty minutes telling me my cheese scones weren't "on trend" and asking if we'd thought about a smoothie bar. For 38 dinners in a village school with one oven.

Anyway he wants the allergen folder updated by half term so I'll be in early Thursday. Can you tell the breakfast club lot to keep out of the kitchen that morning.

Ruth
Cook Manager, Thornby kitchen
Example School Federation \u2013 01632 960000""")

add(slug="friends_meeting_subject", label="flag",
    note="swearing only in the subject line ('Piss-poor turnout'), body clean",
    **{"from": "featherstone"}, to=[st("pritchard")],
    subject="Piss-poor turnout last night",
    date=(2024, 9, 19, 8, 2, 44), style="outlook", kind="plain",
    body="""Si\u00e2n,

Three of us, the vicar and Mrs Holroyd's dog. That was the whole Friends of the Federation meeting. Nobody had read the minutes and the harvest supper is in two weeks.

I think Thursday is just the wrong night with the young farmers and choir on. Can we float Monday at Hollinsgate village hall instead and put it in the newsletter? I'll ask Sue.

Tom

""" + sig("featherstone", short=True))

add(slug="governors_rough_notes_txt", label="flag",
    note="clerk's rough notes in .txt attachment (base64) call a councillor 'an arsehole'; body clean",
    **{"from": "clerk"}, to=[("Margaret Holroyd", "holroyd.thornbyfold@btinternet.com")],
    cc=[st("ashworth")],
    subject="FGB 11 March - rough notes",
    date=(2025, 3, 12, 9, 31, 15), style="outlook", kind="plain",
    body="""Dear Margaret,

Attached are my rough notes from last night so you can check the actions before I type up the draft minutes properly. I've put question marks where I wasn't sure who agreed to what, particularly on the minibus replacement fund.

Draft minutes to you by Friday as usual.

Kind regards
Ewan

Ewan Raistrick
Clerk to the Governing Board
Example School Federation
T: 01632 960000 | clerk@example-school.org.uk""",
    attachments=[{"name": "FGB_110325_rough_notes.txt", "type": "text/plain", "cte": "b64", "data": """FGB 11/03/25 - Hollinsgate village hall - rough notes (EWR)

Present: MH (chair), HA, RH, Revd AL, Cllr JB, PC, DW, SG. Apols: TK (lambing).

1. Minutes of 14 Jan agreed. Matters arising - tree survey done.
2. Head's report - attendance 95.1% fed-wide, Low Marfleet lower (illness Feb).
   Forest school CPD for 2 more staff. SIAMS expected summer?
3. Budget - energy costs up again at LM. Minibus fund now 6.2k.
   Cllr JB being an arsehole about the car park again, 15 mins on it,
   minuted as "raised concerns about parking on Church Lane".
4. Policies - charging & remissions adopted. Behaviour policy to summer.
5. Safeguarding - LT update, no issues for minutes.
6. AOB - PC offered costumes for Y6 play. Next mtg 13 May, Thornby.

Actions: HA minibus quotes?? / RH parking letter / EWR policy schedule
"""}])

add(slug="viking_project_pupil", label="flag",
    note="teacher to Y6 pupil 'stop pissing about' (plain, encoded sender name)",
    **{"from": "pritchard"}, to=[pupil("18cwhitehead", "Callum Whitehead")],
    subject="Your Viking presentation",
    date=(2025, 1, 27, 19, 46, 20), style="gmail", kind="plain",
    body="""Callum,

That's the third email tonight with nothing attached. Stop pissing about on Purple Mash and send me the actual presentation please, it was due on Friday and everyone else in Heron has handed theirs in.

If you're stuck, bring it in on a memory stick tomorrow and we'll sort it at break.

Miss Pritchard""")

# ---- disguised ----------------------------------------------------------

add(slug="ofsted_rumour_asterisk", label="flag",
    note="asterisk masks 'f*cking', 'f*ck' in staff-to-staff venting",
    **{"from": "pickersgill"}, to=[st("nair")],
    subject="Ofsted rumour",
    date=(2024, 10, 15, 21, 3, 57), style="gmail", kind="alt",
    body="""Apparently they're in at Kirkby Ings this week, so we're probably f*cking next. I've not even put the new phonics display up in Acorn and half my observations are still on post-its in my car.

Who the f*ck decides to inspect the week before half term anyway?

Going to bed. See you at Thornby for the staff meeting tomorrow.

G""")

add(slug="tag_rugby_ref_symbols", label="flag",
    note="symbol masks 'b@stard', 'sh!t' plus sexist 'silly cow' about another school's PE lead",
    **{"from": "mistry"}, to=[st("featherstone")],
    subject="Saturday's tag rugby festival",
    date=(2025, 5, 19, 18, 12, 6), style="outlook", kind="alt",
    body="""Tom,

Just got back. We came fourth out of eight, which given we only had seven players and two of them were Year 3 ringers isn't bad at all.

That ref from Kirkby Ings was a complete b@stard though. Disallowed two of our tries for "forward passes" that weren't forward, and let their big lad rip tags off before he'd even got the ball. And their PE lead, the silly cow with the clipboard, kept telling our kids to "stop whinging". Absolute sh!t way to run a festival for eight year olds.

Anyway our lot were brilliant, especially Esme. Certificates to go out in Friday's assembly if you can remind me.

Anil""")

add(slug="laptop_audit_leet_csv", label="flag",
    note="leetspeak ('sh1t', 'kn4ckered', 'b0ll0cks') in notes column of a .csv attachment; body clean",
    **{"from": "lister"}, to=[st("office")],
    subject="Hollinsgate laptop audit",
    date=(2025, 6, 10, 13, 45, 0), style="outlook", kind="plain",
    body="""Hi Sue,

Attached is the laptop audit for Hollinsgate. Six need replacing before September (highlighted in the notes column), the rest just need new batteries or a reimage. I'll do Low Marfleet on Thursday.

Owen

Owen Lister
IT Technician
Example School Federation
T: 01632 960000""",
    attachments=[{"name": "hollinsgate_laptop_audit_june25.csv", "type": "text/csv", "cte": "7bit", "data": """asset,location,model,purchased,battery,status,notes
HG-L01,Oak class,Lenovo 300e,2019,poor,replace,hinge gone
HG-L02,Oak class,Lenovo 300e,2019,ok,keep,
HG-L03,Oak class,Lenovo 300e,2019,poor,replace,some little sh1t has poured Ribena in the keyboard again
HG-L04,Wren class,Lenovo 300e,2020,ok,keep,
HG-L05,Wren class,Lenovo 300e,2020,poor,reimage,
HG-L06,Heron class,Dell 3100,2021,ok,keep,
HG-L07,Heron class,Dell 3100,2021,dead,replace,kn4ckered - screen cracked
HG-L08,Heron class,Dell 3100,2021,ok,keep,
HG-L09,Staffroom,HP 250,2018,dead,replace,total b0ll0cks - wont even POST
HG-L10,Office,HP 250,2018,poor,replace,
HG-L11,Library,Lenovo 300e,2019,poor,replace,
"""}])

add(slug="forest_school_vandalism_spaced", label="flag",
    note="letters separated by dots/spaces ('f.u.c.k.i.n.g', 't w a t s') in venting to site manager",
    **{"from": "oldroyd"}, to=[st("illingworth")],
    subject="Forest school site - weekend damage",
    date=(2025, 4, 28, 8, 26, 31), style="iphone", kind="plain",
    body="""Dave,

Someone's been in the forest school site again over the weekend. Fire pit full of cans, the big tarp slashed, and they've had a go at the log circle with something sharp. Some f.u.c.k.i.n.g t w a t s from the village with nothing better to do, I'd put money on it.

Can you come and look before Acorn go down at 10? I don't want the little ones near the glass. I've taped off the path by the gate for now.

Mark

Sent from my iPhone""")

add(slug="cross_country_cyrillic", label="flag",
    note="Cyrillic homoglyphs inside 'sh\u0456t' and 'fu\u0441king' (QP utf-8 body)",
    **{"from": "gallacher"}, to=[st("okafor")],
    subject="Cross country Thursday",
    date=(2024, 11, 25, 17, 34, 48), style="outlook", kind="plain", cte="qp",
    body="""Chidi,

The course at Kirkby Ings is absolute sh\u0456t after the rain, the bottom field is basically a bog. The organisers still want to go ahead on Thursday so I've said we'll take the twelve from Fox and Kestrel.

Can you make sure yours have spare socks and a bin bag for muddy kit? And please don't let them wear the new white trainers again, I had three parents on at me last time about ruined shoes like it was my fu\u0441king fault.

Minibus leaves Thornby 12.45, back by 3.30.

Fiona

""" + sig("gallacher", short=True))

add(slug="attendance_spreadsheet_fullwidth", label="flag",
    note="full-width letters '\uff22\uff2f\uff2c\uff2c\uff2f\uff23\uff2b\uff33' as shouty emphasis (8bit utf-8 body)",
    **{"from": "attendance"}, to=[st("metcalfe")],
    subject="LA attendance - yet another spreadsheet",
    date=(2025, 1, 15, 10, 5, 12), style="outlook", kind="plain", cte="8bit",
    body="""Sue,

The LA attendance officer has been on again. She wants ANOTHER spreadsheet, this time every child under 90% across all three sites with the reason for each absence typed out, by Friday. When I said it's all on the MIS and she can see the dashboard, she said the dashboard "doesn't tell the story".

\uff22\uff2f\uff2c\uff2c\uff2f\uff23\uff2b\uff33 to that. I've got the lambing-leave requests to do and two sets of late marks from the minibus breaking down.

Can we talk at 1 before I ring her back?

Karen

Karen Dobson
Attendance & Admin Officer
Example School Federation
T: 01632 960000 | attendance@example-school.org.uk""")

add(slug="moderation_zero_width", label="flag",
    note="zero-width spaces inside 'wan\u200bker' and 'fu\u200bcking' (QP, alt)",
    **{"from": "kowalczyk"}, to=[st("pritchard")],
    subject="Writing moderation",
    date=(2025, 6, 12, 16, 40, 27), style="outlook", kind="alt", cte="qp",
    body="""Si\u00e2n,

How did yours go? The LA moderator who came to Low Marfleet was a total wan\u200bker. Sat in my classroom for two hours, looked at four books, and decided Jacob's writing was "not yet secure" because he hadn't used a semi-colon in the fu\u200bcking recount about the lambing visit. A recount. About lambs.

He's agreed the other five, so it's not a disaster. I just need a glass of wine and a moan.

Are you at cluster on Tuesday?

N x""")

add(slug="ehcp_panel_html_split", label="flag",
    note="swear words split by HTML tags/entities ('bull<span>sh</span>it', 'bell&#101;nd'), HTML-only",
    **{"from": "brannigan"}, to=[st("thwaite")],
    subject="EHCP panel outcome",
    date=(2025, 2, 25, 17, 55, 39), style="outlook", kind="html", html_cte="qp",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Lisa,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Panel said no to the needs assessment for the Year 2 boy at Hollinsgate. Again. Apparently we haven&#8217;t shown &#8220;enough graduated response&#8221; &#8211; three cycles of assess-plan-do-review, speech and language reports, OT, the lot. It&#8217;s absolute bull<span style="color:#1F1F1F">sh</span>it.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">And the caseworker, who has never once set foot in the school, rang Mum before she rang me. What a bell&#101;nd.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;ll draft the appeal letter with Mum on Thursday. Can I have 20 minutes with you first?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jo<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Jo Brannigan | SENCo (all three sites) | Example School Federation | Park Row, Leeds LS1 4AP | 01632 960000</span><o:p></o:p></p>
</div>
</body>
</html>""")

_siams = ("Rob, quick thoughts after today's SIAMS prep session with the diocese adviser, because I don't want to say "
          "this in front of everyone on Thursday. Most of what she said about the vision statement was sensible, but the "
          "idea that we have to rewrite the whole RE long-term plan around a new 'big question' every half term is, frankly, "
          "bollo\x01cks. We're three small schools with mixed-age classes and one RE lead, and the Understanding Christianity "
          "units already work on a two-year cycle that the children and the vicar both know. I'd rather we spend the time "
          "making the church visits and harvest/Easter services count than re-laminating everything.")

add(slug="siams_qp_softbreak", label="flag",
    note="quoted-printable soft line break inside 'bollo=cks' in a long paragraph",
    **{"from": "okafor"}, to=[st("hughes")],
    subject="SIAMS prep - RE plan",
    date=(2025, 3, 20, 18, 21, 14), style="outlook", kind="plain", cte="qp",
    body=_siams + """

Happy to show you the cycle I've mapped out if you've got ten minutes tomorrow lunchtime.

Chidi

""" + sig("okafor", short=True))

add(slug="budget_base64_subject", label="flag",
    note="RFC 2047 B-encoded subject with 'shitshow' and base64 body with 'fuuuucking' (repeated letters)",
    **{"from": "metcalfe"}, to=[st("ashworth")],
    subject="Re: Budget 2025\u201326 \u2013 absolute shitshow",
    subject_enc="B",
    date=(2025, 3, 27, 20, 14, 3), style="outlook", kind="plain", cte="b64",
    body="""Helen,

I've been through the three-year forecast again tonight. The fuuuucking energy bill for Low Marfleet alone is up \u00a34,800 on what the LA told us to budget, and that's before the pay award, which we still don't know.

If nothing changes we're in deficit by year two. Options I can see: don't replace Craig's hours when his contract ends in July, cut the breakfast club subsidy, or stop paying for the second minibus driver. None of them are nice.

I'll bring the spreadsheet to Monday's SLT. Sorry for the late email.

Sue

Sue Metcalfe
School Business Manager
Example School Federation
Park Row, Leeds LS1 4AP | T: 01632 960000""")
# ===========================================================================
# CLEAN hard negatives (30): innocent words a naive filter might trip over
# ===========================================================================

add(slug="penistone_show_entries", label="clean",
    note="place name Penistone: children's classes at Penistone Show",
    **{"from": "featherstone"}, to=ALLPARENTS,
    subject="Penistone Show \u2013 children's entries from Kestrel Class",
    date=(2024, 9, 4, 15, 30, 0), style="outlook", kind="alt",
    body="""Dear Parents and Carers,

As in previous years, Kestrel Class will be entering the school classes at the Penistone Show this month. The children have already started planning in class, and several of you have asked how it works, so here are the details.

Each child can enter up to two of the following:
- a miniature garden on a dinner plate
- a decorated hen's egg (hard-boiled, please!)
- an animal made from fruit and vegetables
- a handwriting entry: "Harvest" by Christina Rossetti (sheet to come home on Friday)

We will make the egg and handwriting entries in school. The miniature gardens and vegetable animals are best made at home on the Thursday evening so they are fresh. Please bring them to the Thornby site office by 8.30am on Friday and Mr Illingworth will take them over to the Penistone showground in the minibus, where entries must be staged by 11am.

Results are usually posted in the children's tent on Saturday morning, and any prize money (it is normally 50p!) will be given to the children the following week. If you are going to the show, do look out for our entries; last year we came away with two firsts and a highly commended for a very convincing courgette crocodile.

Thank you, as always, for your support.

Mr Featherstone

""" + sig("featherstone"))

add(slug="cockermouth_residential", label="clean",
    note="place name Cockermouth: Y5/6 residential letter with PDF kit list",
    **{"from": "pritchard"}, to=ALLPARENTS, cc=[st("featherstone")],
    name_enc="Q",
    subject="Year 5/6 residential \u2013 Cockermouth, 2\u20134 June 2025",
    date=(2025, 1, 14, 16, 2, 18), style="outlook", kind="alt", cte="qp",
    body="""Dear Parents and Carers,

I'm delighted to confirm that this year's Year 5/6 residential for all three sites will be at Derwent Fold outdoor centre, just outside Cockermouth, from Monday 2 to Wednesday 4 June, straight after half term. The centre has been recommended by several local schools and has plenty of experience with small groups from mixed-age classes.

Activities will include gorge scrambling, canoeing on the lake, orienteering, a night walk and a visit into Cockermouth itself to see Wordsworth's birthplace, which links nicely with our poetry unit this term.

The cost is \u00a3185, which includes coach travel, all meals, accommodation, activities and insurance. A deposit of \u00a330 is due by Friday 7 February via ParentPay, and the balance can be paid in instalments. Please speak to Mrs Metcalfe in confidence if cost is a concern; no child will miss out for financial reasons.

I've attached the kit list. There will be a parents' meeting on Wednesday 23 April at 5.30pm in Hollinsgate village hall, where we will go through the itinerary, the rooming arrangements and the medical forms, and you can meet the staff who are coming.

Best wishes,

Mrs Pritchard

""" + sig("pritchard"),
    attachments=[{"name": "Cockermouth_residential_kit_list.pdf", "type": "application/pdf",
                  "data": make_pdf("Y5/6 Residential - Cockermouth - Kit List", [
                      "Waterproof coat and trousers (essential)", "2 x old trainers that can get wet",
                      "Walking boots or wellies", "Warm fleece or jumper x 2", "Tracksuit bottoms x 3",
                      "T-shirts x 4, underwear and socks x 4", "Pyjamas, towel, wash bag",
                      "Small rucksack and water bottle", "Torch for the night walk",
                      "No mobile phones, tablets or sweets please.",
                      "Medicines to be handed to Mrs Pritchard at the coach, labelled."])}])

add(slug="new_teacher_sussex_clitheroe", label="clean",
    note="place names Sussex and Clitheroe in staff welcome",
    **{"from": "ashworth"}, to=[ALLSTAFF],
    subject="Welcome to Hannah",
    date=(2024, 9, 2, 7, 45, 10), style="outlook", kind="plain",
    body="""Good morning everyone,

A quick note to welcome Hannah Lumb, who starts with us today as class teacher in Wren Class on Thursdays and Fridays, job-sharing with Anil, who will spend those two days leading PE across the federation.

Hannah joins us from a small rural school in East Sussex, where she taught a Reception/Year 1 class for four years and ran their forest school. She grew up near Clitheroe, so she already knows what a Pennine winter looks like and has been warned about Hollin Bank in January.

Hannah will be based at Hollinsgate but will be at Thornby on Wednesday afternoons for phonics CPD with Gwen. Please do introduce yourselves and show her where the good mugs are kept.

Thank you all for a calm start to the year.

Helen

""" + sig("ashworth"))

add(slug="place_names_shitterton", label="clean",
    note="place name Shitterton (Dorset) in geography planning between teachers",
    **{"from": "nair"}, to=[st("okafor")],
    subject="Place names unit - week 3",
    date=(2025, 2, 4, 12, 55, 32), style="outlook", kind="alt",
    body="""Hi Chidi,

Week 3 of the place names unit went well in Oak. We did the Old Norse and Old English endings (-by, -thorpe, -thwaite, -ton, -ley, -ham) and the children mapped every village within ten miles of Hollinsgate. They worked out that Thornby is probably "the farm by the thorn bushes", which they loved.

One heads-up before you teach it in Fox: the OS maps of the whole country are out on the tables for the "find a funny place name" starter, and someone will find Shitterton in Dorset. Mine did in about ninety seconds. I explained it comes from the Old English for a stream used as an open drain plus "tun" for farm, and that the villagers had to buy a stone sign because the metal one kept getting stolen. That seemed to settle them down and actually led to a good discussion about why names change (or don't).

The sorting cards and the map extracts are in the shared drive under Geography > Spring 1.

Priya""")

add(slug="orkney_penpals_twatt", label="clean",
    note="place name Twatt (Orkney) in pen-pal letter to parents",
    **{"from": "kowalczyk"}, to=ALLPARENTS,
    subject="Curlew Class pen pals in Orkney",
    date=(2024, 11, 8, 14, 10, 0), style="gmail", kind="alt",
    body="""Dear families,

Curlew Class have received their first letters from our new pen pal school in the West Mainland of Orkney! Like us, they are a very small rural school with mixed-age classes, and many of the children live on farms, so there was lots to compare.

Their letters told us about the wind (a lot), their school trip to the old wartime airfield at Twatt, seals on the beach, and helping with the sheep. Our children are writing back this week about harvest, lambing and our forest school, and we are sending them a parcel of Yorkshire parkin.

If your child would like to include a photo of a pet or their farm, please send a printed copy in by Wednesday 13 November (no names or addresses on the back please, we'll add first names only).

Thank you!
Mrs Kowalczyk
Curlew Class, Low Marfleet site
Example School Federation | 01632 960000""")

add(slug="christmas_carol_dickens_cockburn", label="clean",
    note="surnames Dickens and Cockburn (governor) about Y6 play",
    **{"from": "featherstone"}, to=[("Pat Cockburn", "pat.cockburn.thornby@sky.com")],
    cc=[st("clerk"), st("ashworth")],
    subject="A Christmas Carol \u2013 costumes and invitation",
    date=(2024, 11, 21, 18, 3, 11), style="outlook", kind="alt",
    body="""Dear Mrs Cockburn,

Thank you so much for offering the Victorian costumes from the Thornby Players' store at the governors' meeting. Kestrel Class are performing a shortened version of Charles Dickens's A Christmas Carol in St Oswald's church on Wednesday 11 December at 2pm and again at 6pm, and the costumes would make an enormous difference.

We need roughly: a long coat and top hat for Scrooge, a nightshirt and nightcap, three ghost costumes (we have sheets, but anything more ghostly would be very welcome!), shawls and bonnets for the Cratchit family, and a few waistcoats and caps for the carol singers. Would it be convenient for Mr Illingworth to collect them from you next Thursday after school?

You would be very welcome to come to either performance, as would all the governors. I have copied in Mr Raistrick so he can pass the invitation on, and Mrs Ashworth, who will be doing the welcome.

With many thanks,

Tom Featherstone

""" + sig("featherstone"))

add(slug="cricket_wankhede_box", label="clean",
    note="surname Wankhede; cricket kit 'box' (abdominal guard), 'maiden over'",
    **{"from": "mistry"}, to=ALLPARENTS, cc=[st("gallacher")],
    subject="Summer cricket with Thornby Cricket Club",
    date=(2025, 4, 29, 15, 21, 45), style="outlook", kind="alt",
    body="""Dear Parents and Carers,

We're very pleased that Mr Wankhede, the junior coach at Thornby Cricket Club, will be running cricket sessions for Years 3 to 6 on Thursday afternoons for the first six weeks of the summer term, funded through our PE and Sport Premium.

The younger children will be playing Kwik cricket with a soft ball and won't need any special equipment. The Year 5 and 6 children who have been selected for the district hardball tournament in June will need:
- white or light-coloured trousers (jogging bottoms are fine)
- a helmet and batting gloves (the club will lend these)
- a box (abdominal guard) for batting and wicket-keeping, for boys and girls; the club has a few new ones in a range of sizes for \u00a35 if you don't have one

Mr Wankhede tells me that last week one of our Year 5s bowled a maiden over against the club's Under 11s, so we have high hopes.

Please return the consent slip by Friday if you haven't already.

Mr Mistry
PE Lead

""" + sig("mistry", short=True))

add(slug="lambing_visit_letter", label="clean",
    note="farm vocabulary: tups, ewes, working sheepdog 'bitch', enzootic abortion guidance for pregnant visitors",
    **{"from": "pickersgill"}, to=ALLPARENTS, cc=[st("illingworth")],
    subject="Acorn Class lambing visit \u2013 Low Riggs Farm, 18 March",
    date=(2025, 3, 7, 13, 12, 50), style="outlook", kind="alt", cte="qp",
    body="""Dear Acorn Class families,

We are very lucky to have been invited back to Low Riggs Farm by Mr and Mrs Dawson on Tuesday 18 March to see the lambing shed. We'll walk down the lane from school at 9.30 and be back for lunch. Please make sure your child has wellies, waterproofs and a warm hat.

A few things the Dawsons have asked us to pass on:

- The children will see ewes with new lambs in the pens and, if we're lucky, a lamb being born. We'll talk about this in class beforehand in a simple, matter-of-fact way.
- The tups (rams) are in a separate field and the children won't be going in with them.
- Meg, the Dawsons' working sheepdog, is a very friendly bitch but she has just had a litter of pups, so the children must not go into the kennel area.
- Everyone will wash their hands with soap and water before snack and when we leave. Hand gel is not enough on a farm.

Important: because of the risk of infections such as enzootic abortion and toxoplasmosis, the NHS advises that anyone who is pregnant should not go near ewes at lambing time. If you are pregnant, please don't volunteer for this trip \u2013 there will be plenty of other chances this year!

We still need two more adult helpers. Please let me know at pick-up if you can come.

Thank you,

Mrs Pickersgill

""" + sig("pickersgill"))

add(slug="forest_school_birdwatch_html", label="clean",
    note="HTML-only newsletter: great tits, blue tits, woodcock, stinkhorn (Phallus impudicus)",
    **{"from": "oldroyd"}, to=ALLPARENTS, cc=[ALLSTAFF],
    subject="Forest School News \u2013 Spring 1",
    date=(2025, 2, 7, 16, 15, 0), style="gmail", kind="html", html_cte="qp",
    html=html_page("""<h2 style="color:#2e5e2e">Forest School News &ndash; Spring 1</h2>
<p>What a half term! Despite the frost (and one memorable hailstorm) every class has been out in the woods at least once a week.</p>
<h3>Big Schools' Birdwatch</h3>
<p>All three sites took part in the RSPB Big Schools' Birdwatch. Between us we counted:</p>
<ul>
<li>14 blue tits and 6 great tits on the feeders at Thornby</li>
<li>a flock of 9 long-tailed tits along the hedge at Hollinsgate</li>
<li>3 bullfinches, 2 nuthatches and a treecreeper</li>
<li>a woodcock, flushed out of the bracken by Curlew Class (it gave everyone a fright)</li>
<li>and a buzzard over the top field at Low Marfleet</li>
</ul>
<p>Thank you to everyone who sent in empty yoghurt pots for the fat-ball feeders.</p>
<h3>Fungus of the half term</h3>
<p>Fox Class found a stinkhorn (<i>Phallus impudicus</i>) by the beck. You will smell one long before you see it! We looked, we sketched, we didn&rsquo;t touch, and we washed our hands anyway.</p>
<h3>Coming up</h3>
<p>Next half term we will be coppicing hazel for the new shelter and building bird boxes with Mr Illingworth. If you have any old wood offcuts (untreated please), we'd love them.</p>
<p>Mr Oldroyd<br>Forest School Leader, Example School Federation<br>01632 960000</p>""", "Forest School News"))

add(slug="harvest_menu_faggots_spotted_dick", label="clean",
    note="food names: faggots, spotted dick, toad in the hole on the kitchen menu (8bit)",
    **{"from": "kitchen"}, to=[st("office")],
    subject="Harvest lunch & menu for newsletter",
    date=(2024, 9, 25, 10, 48, 21), style="outlook", kind="plain", cte="8bit",
    body="""Morning Sue,

Menu for next week for the newsletter please. Harvest lunch is on the Thursday and it's all local this year thanks to the Dawsons and Kirkby Ings dairy.

Monday: cheese and onion pie, new potatoes, beans. Jelly and fruit.
Tuesday: faggots in onion gravy, mash and garden peas (veggie option: lentil cottage pie). Spotted dick and custard.
Wednesday: roast chicken, stuffing, roast potatoes, carrots. Apple crumble.
Thursday HARVEST LUNCH: Low Riggs lamb hotpot with pickled red cabbage, or leek and potato hotpot. Parkin with custard.
Friday: fish fingers or veggie fingers, chips, peas. Toad in the hole for anyone who missed it last week (the kids asked!).

Parents are welcome at harvest lunch for \u00a33.20, book through the office by Monday please so I know numbers.

Thanks
Ruth

Ruth Heseltine
Cook Manager
Example School Federation \u2013 01632 960000""")

add(slug="space_homework_uranus", label="clean",
    note="planet Uranus in homework email to Y5/6 pupils",
    **{"from": "featherstone"},
    to=[pupil("18hdawson", "Harry Dawson"), pupil("18ebarker", "Esme Barker"), pupil("19mcrossley", "Millie Crossley")],
    subject="Space homework \u2013 your planet",
    date=(2025, 1, 9, 15, 40, 5), style="gmail", kind="plain",
    body="""Hi all,

As promised, here are your planets for the space fact-file homework (due Friday 17 January on Google Classroom):

Harry - Saturn (and its moon Titan)
Esme - Neptune
Millie - Uranus

And yes, Millie, it's Uranus. We got the giggles out of the way in class today. Astronomers usually say it "YOOR-uh-nus", and it was the first planet discovered with a telescope, by William Herschel in 1781, so there's plenty to write about. Find out why it spins on its side.

Remember: 8 facts minimum, one labelled diagram, and tell me where you found each fact.

Mr F""")

add(slug="rse_puberty_letter", label="clean",
    note="RSE/puberty letter to parents with anatomical vocabulary and same-sex families",
    **{"from": "thwaite"}, to=ALLPARENTS, cc=[st("pritchard"), st("featherstone")],
    subject="Relationships, Sex and Health Education \u2013 Year 5 and 6, Summer 2",
    date=(2025, 5, 22, 14, 0, 0), style="outlook", kind="alt", cte="qp",
    body="""Dear Parents and Carers of children in Years 5 and 6,

During the second half of the summer term, children in Heron and Kestrel Classes will be taught the Growing Up unit of our Relationships, Sex and Health Education (RSHE) programme. We'd like to tell you what will be covered so you can talk about it at home too.

Relationships and health education (statutory, no right to withdraw): friendships, families (including families with two mums or two dads, single parents, step-families and children who live with grandparents or carers), staying safe online, consent in everyday situations, and the changes that happen during puberty: growing, body hair, periods, wet dreams and erections, voice changes, spots and personal hygiene, and feelings.

As the Department for Education guidance recommends, we use the correct names for body parts from Reception upwards, including penis, testicles, vulva and vagina. This helps children keep themselves safe and tell a trusted adult if something is wrong.

Sex education (Year 6 only, one lesson, right to withdraw): how a baby is made and born, building on the science curriculum. If you would like to withdraw your child from this one lesson, please speak to me first.

The resources will be available to look at after school on Tuesday 3 June in Heron Class at Hollinsgate and Wednesday 4 June in Kestrel Class at Thornby. Please come along, even if it's just for five minutes.

Thank you for your support,

Mrs Thwaite
Deputy Headteacher and PSHE Lead

""" + sig("thwaite"))

add(slug="senco_tourettes_cp", label="clean",
    note="SEND terms: Tourette syndrome, coprolalia, spastic diplegia; staff-only SENCo note",
    **{"from": "brannigan"},
    to=[st("kowalczyk"), st("baines"), st("pickersgill")], cc=[st("clubs")],
    subject="Two new starters at Low Marfleet \u2013 SEND info",
    date=(2024, 9, 3, 17, 30, 12), style="outlook", kind="plain", cte="qp",
    body="""Hi all,

Ahead of Thursday, two quick SEND summaries for the children starting at Low Marfleet this week. Full pupil passports are on the SEND drive; please read them before they arrive.

T (Year 4, Curlew): diagnosed with Tourette syndrome last year. His tics are mostly motor (blinking, shoulder shrugs) and vocal (sniffing, throat-clearing, a repeated "hoo"). Very occasionally he has coprolalia, i.e. involuntary swearing. These are tics, not behaviour: please don't react, sanction or ask him to stop, and don't draw other children's attention to it. He has a time-out card and can go to the library corner whenever he needs to. If other children comment, "that's just one of T's tics" is all we need to say.

E (Reception, Acorn): has cerebral palsy (spastic diplegia), which mainly affects her legs. She uses a walking frame in class and a buggy for longer distances, including forest school. The physio is coming in on 17 September to show staff her stretches and how to use the standing frame; Gwen and Craig, please be there if you can. She will need a PEEP for fire drills \u2013 Dave and I will write it this week.

Bev \u2013 copying you in as both will be at breakfast club on Mondays and Wednesdays.

Thanks, everyone.
Jo

Jo Brannigan
SENCo (all three sites)
Example School Federation | T: 01632 960000""")

add(slug="dsl_disclosure_verbatim", label="clean",
    note="TA to DSL (staff-only) recording a child's disclosure verbatim incl. 'fucking useless little shit'",
    **{"from": "whitaker"}, to=[st("dsl")],
    subject="Concern \u2013 Y3 pupil (J.M.) \u2013 breakfast club this morning",
    date=(2025, 3, 11, 8, 52, 17), style="outlook", kind="alt",
    body="""Lisa,

Logging this straight away as you're at Low Marfleet this morning. I've also put it on CPOMS.

Time/place: about 8.05am, Thornby breakfast club, J.M. (Year 3, Fox Class) sitting with me at the toast table.

J was very quiet and not eating. I asked if he was OK and he said, in these words: "Dad was shouting last night that I'm a fucking useless little shit and he threw the remote at the telly and it smashed. Mum was crying." I said "thank you for telling me" and asked "what happened next?" He said "I went upstairs and put my headphones on."

I didn't ask anything else. He didn't have any marks I could see. He went into class as normal at 8.45 and Chidi knows to keep an eye on him.

Claire

Claire Whitaker
Teaching Assistant, Thornby site
Example School Federation | T: 01632 960000""")

add(slug="club_racist_incident_log", label="clean",
    note="club manager to head/DSL (staff-only) recording a pupil's racist slur verbatim for the incident log",
    **{"from": "clubs"}, to=[st("hughes")], cc=[st("dsl")],
    subject="Racist incident \u2013 after-school club, Tuesday",
    date=(2025, 5, 13, 18, 20, 44), style="outlook", kind="plain",
    body="""Rob,

For the racist incident log, as per the policy.

Date/time: Tuesday 13 May, about 4.40pm, football on the Thornby field during after-school club.
Pupils: R.B. (Year 6) and M.L. (Year 4).

During the game M tackled R and got the ball. R shouted at him: "Get off, you dirty pikey, go back to your caravan." Two other children and I heard it. M's family live on the Traveller site at Kirkby Ings. M walked off and sat on the bench and was upset.

I stopped the game, took R inside and told him that what he'd said was racist and is never acceptable here. He said "everyone says it" and then that he was sorry. He wrote M an apology note before home time. I spoke to M, who said he was OK and wanted to carry on playing, and I sat with him for the rest of the session.

I told R's grandad at collection what had happened and that you would be in touch. M's mum collected him and I told her as well; she was calm and said it isn't the first time.

Lisa copied in as M seemed quite upset.

Bev

Bev Sutcliffe
Breakfast & After-School Club Manager
Example School Federation | T: 01632 960000""")

add(slug="head_reply_angry_parent_quoted", label="clean",
    note="polite head reply to a parent (directory); swearing only in the parent's quoted message below",
    **{"from": "ashworth"}, to=[A], cc=[st("illingworth")],
    subject="Re: your minibus driver",
    date=(2024, 10, 9, 8, 10, 33), style="gmail", kind="alt",
    reply_to_id="<CAJx7Rk3v9Q2mdPq8sLqz4Z0b1c@mail.gmail.com>",
    body="""Dear Mr Guardian,

Thank you for your email, and I'm sorry that yesterday evening was so frustrating.

I've spoken to Mr Illingworth this morning. The minibus stopped at the bottom of Sike Lane because the gate was shut and he isn't allowed to leave the vehicle with children on board to open it. He did try your number twice. I appreciate that's not what you needed at such a busy time on the farm, and it must have been a very stressful evening.

We can change the drop-off point for Example Pupil Three to the lay-by on the main road on Tuesdays and Thursdays from next week, or you could leave the gate open for the 4.10pm drop. Could you let me know which you'd prefer?

I would also ask, respectfully, that messages to staff are kept polite. I understand you were angry, and I'm always happy to talk things through on 01632 960000.

Kind regards,

Helen Ashworth
Executive Headteacher
Example School Federation

On Tue, 8 Oct 2024 at 19:52, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is fucking ridiculous. Your bloody minibus driver left my kid standing at the bottom of the lane in the rain again instead of bringing her up to the house. I've got the tups going in with the ewes this week and I haven't got time to be chasing down the lane because some jobsworth can't open a gate. Sort it out or I'll sort it out myself.
> Ali""")

add(slug="office_reply_outlook_quote", label="clean",
    note="polite office reply to a parent (directory); abusive words only in the Outlook-quoted original",
    **{"from": "office"}, to=[S],
    subject="RE: club prices",
    date=(2024, 12, 3, 11, 26, 7), style="outlook", kind="alt",
    body="""Dear Sam,

Thank you for getting in touch, and I understand the price increase has come at a difficult time of year.

The new rates from January are \u00a34.00 for breakfast club and \u00a310.00 for after-school club. This is the first increase in three years and it reflects the rise in the staff pay award and food costs; the club still runs at a small loss, which the school covers.

If you receive Universal Credit or other help, Example Pupil Two may be eligible for free places through the Holiday Activities and Food programme or reduced fees through our own hardship fund. I'd be happy to check this for you in confidence \u2013 just pop into the Thornby office or ring me on 01632 960000.

Kind regards,

Sue Metcalfe
School Business Manager
Example School Federation
Park Row, Leeds LS1 4AP | 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 02 December 2024 22:14
To: Office <office@example-school.org.uk>
Subject: club prices

Just seen the letter about the club going up AGAIN. You lot are taking the piss. \u00a310 a night for beans on toast and a bit of colouring. Some of us work shifts on the farms and have no choice. Bloody joke.""")

add(slug="behaviour_policy_language", label="clean",
    note="staff meeting notes discussing how the behaviour policy treats pupils' swearing [unsure]",
    **{"from": "hughes"}, to=[ALLSTAFF],
    subject="Behaviour policy review \u2013 notes from Tuesday",
    date=(2025, 6, 5, 16, 58, 40), style="outlook", kind="plain",
    body="""Hi all,

Thanks for a really useful discussion on Tuesday. Notes on the language section, as promised, so Low Marfleet staff who were on the course can comment before it goes to governors.

1. We agreed to separate "swearing at someone" from "swearing in frustration". A child telling an adult or another child to "f*** off" stays at level 3 (removal from class, parents informed). A child saying "oh crap" or "bloody hell" under their breath when they drop their tray is a quiet reminder, not a sanction.

2. Farm language. Several of you pointed out that some of our children use words at home and on the farms that aren't swearing to them. We'll teach "school words" explicitly rather than punish, especially in EYFS and KS1.

3. Discriminatory language (racist, homophobic, sexist, disability-related) is always logged, whatever the intent, and parents are always told. This includes "gay" used as an insult.

4. Tics and SEND: nothing in this section applies to involuntary tics. Jo will add a line.

Please send any comments to me by Friday 13 June.

Rob

""" + sig("hughes", short=True))

add(slug="shakespeare_insults_lesson", label="clean",
    note="Shakespeare insults quoted for Shakespeare Week lesson (set texts)",
    **{"from": "kowalczyk"}, to=[st("pritchard"), st("featherstone")],
    subject="Shakespeare Week \u2013 insults lesson plan",
    date=(2025, 3, 13, 20, 2, 9), style="gmail", kind="alt",
    body="""Hi both,

Here's the insults lesson I did with Curlew today for Shakespeare Week, in case you want to use it with Heron and Kestrel. It went down a storm.

Starter: the children get a card each and have to deliver it to a partner with as much drama as possible:
- "Thou art a boil, a plague-sore." (King Lear)
- "Thou cream-faced loon!" (Macbeth)
- "Away, you starveling, you elf-skin, you dried neat's-tongue, you stock-fish!" (Henry IV Part 1 \u2013 I've trimmed it for obvious reasons)
- "I do desire we may be better strangers." (As You Like It)
- "Thine face is not worth sunburning." (Henry V)
- "More of your conversation would infect my brain." (Coriolanus)

Then they work out what the words mean, sort them into "rude about looks / rude about brains / rude about character", and finish by writing their own in iambic-ish pentameter. Esme's "thou soggy pile of sheepy straw" was a highlight.

We finished with "Out, damned spot! Out, I say!" and a quick chat about why Lady Macbeth can't wash her hands clean, which the Year 6s were fascinated by.

Cards are on the shared drive (English > Shakespeare Week).

Nadia""")

add(slug="languages_day_false_friends", label="clean",
    note="words in other languages (Danish 'fart', Swedish 'slut', German 'Gift', French 'phoque')",
    **{"from": "kowalczyk"}, to=[ALLSTAFF],
    subject="European Day of Languages \u2013 Thursday 26 September",
    date=(2024, 9, 20, 12, 15, 30), style="outlook", kind="alt", cte="qp",
    body="""Dear all,

Thursday is the European Day of Languages. A few ideas for all three sites, nothing that needs much preparation:

1. Register in a different language each day this week (crib sheet in the staffroom at each site: French, German, Polish, Welsh, Urdu and Romanian, the home languages we have across the federation).

2. "False friends" display. Words that look like English but mean something else. The children love these, and it makes the point that you can't just guess:
   - German "Gift" = poison
   - French "la librairie" = bookshop, not library
   - Danish "fart" = speed (you'll see "Fartkontrol" on road signs)
   - Spanish "embarazada" = pregnant, not embarrassed
   - French "phoque" = seal (practise the pronunciation before you say it to Year 6\u2026)
   I've left Swedish "slut" (= end, as in "slutspurt", the final sale) off the display for the younger ones, but it's in the Y5/6 quiz.

3. Song: "Fr\u00e8re Jacques" in as many languages as your class can manage, as a round, at Friday's celebration assembly.

The quiz and the display cards are on the shared drive under MFL > EDL 2024.

Merci beaucoup,
Nadia

""" + sig("kowalczyk"))

add(slug="rugby_hooker_parent", label="clean",
    note="rugby position 'hooker', 'tackle', 'ruck' in PE lead's reply to a parent (directory)",
    **{"from": "gallacher"}, to=[A],
    subject="Re: Rugby club",
    date=(2024, 10, 22, 16, 44, 0), style="outlook", kind="alt",
    body="""Dear Mr Guardian,

Thank you for letting me know that Example Pupil Three has joined the Under 11s at Kirkby Ings rugby club \u2013 that's brilliant news. She has been telling everyone in PE that the coach says she's a natural hooker, and she is very proud of it!

As you asked, I've checked our PE kit policy and she's welcome to wear her club gum shield in our contact sessions next half term. We'll be doing tag rugby for most of it, with an introduction to safe tackling and rucking in the last two weeks for Year 5 and 6, led by the club's community coach.

If she'd like to bring her club kit for the photo for the sports noticeboard, that would be lovely.

Best wishes,

Miss Gallacher
PE & Sport Premium Coordinator

""" + sig("gallacher", short=True))

add(slug="war_memorial_surnames", label="clean",
    note="real surnames on the village war memorial (Cockshott, Balls, Hoare, Shufflebottom)",
    **{"from": "okafor"}, to=[("Geoffrey Lambert", "thornbyhistory@example.org")],
    subject="Thornby war memorial \u2013 Year 3/4 research project",
    date=(2024, 10, 30, 19, 12, 27), style="outlook", kind="plain",
    body="""Dear Mr Lambert,

Thank you again for your talk to Fox Class last week. The children haven't stopped talking about the photographs of the village in 1914.

As discussed, each group is researching one of the names on the Thornby memorial ahead of our Remembrance service at St Oswald's. The names they chose are:

- Pte Arthur Cockshott, Duke of Wellington's Regiment, d. 1916
- Pte Harold Balls, King's Own Yorkshire Light Infantry, d. 1917
- L/Cpl Thomas Hoare, West Yorkshire Regiment, d. 1918
- Pte Walter Shufflebottom, Royal Field Artillery, d. 1917
- Gnr John Dyke, Royal Garrison Artillery, d. 1918

Could the history society help with any of the following: which farms or cottages they lived in, whether any descendants still live locally (the children would love to invite them to the service), and any photographs we could copy for the display in church?

We've already found three of them in the 1911 census together, which was very exciting.

With thanks,

Chidi Okafor
Class Teacher, Fox Class (Y3/4) & RE Lead
Example School Federation \u2013 Thornby site
Park Row, Leeds LS1 4AP | 01632 960000""")

add(slug="re_heaven_hell_vicar", label="clean",
    note="RE vocabulary: heaven, hell, sin, damnation, Muslim/Jewish visitors; head to vicar",
    **{"from": "ashworth"}, to=[("Revd Anne Latham", "vicar.thornby@example.org")],
    cc=[st("okafor")],
    subject="Lent collective worship and Y6 RE unit",
    date=(2025, 2, 19, 17, 6, 55), style="outlook", kind="alt",
    body="""Dear Anne,

Thank you for agreeing to lead collective worship at Thornby and Hollinsgate during Lent. I've put the dates we discussed below; Chidi, our RE lead, is copied in.

Wednesday 5 March, 9.15am, St Oswald's: Ash Wednesday service, all three sites (Dave is running the minibus twice for Low Marfleet).
Tuesdays 11, 18, 25 March and 1 April: Thornby hall, 2.45pm.
Thursday 17 April: Easter service in church.

Year 5 and 6 are studying the Understanding Christianity unit on salvation this term, and one of the questions that came up in Heron Class was "what do Christians believe about heaven and hell?". A few children had picked up ideas about eternal damnation from a film, and were quite worried. Would you be willing to spend ten minutes answering their questions when you come in on the 18th? They have written them down.

Later in the term we have a Muslim visitor from the Leeds Makkah Masjid education team and a Jewish visitor from the synagogue coming for the comparison unit, so it would be lovely if the children could see how different faiths answer the same big questions.

With thanks and best wishes,

Helen

""" + sig("ashworth"))

add(slug="scunthorpe_coach_quote", label="clean",
    note="place name Scunthorpe in a coach-hire quote request",
    **{"from": "gallacher"}, to=[("Dale Coaches Bookings", "bookings@example.net")],
    subject="Quote request \u2013 Friday 14 March, Thornby to Normanby Hall, Scunthorpe",
    date=(2025, 2, 11, 9, 3, 38), style="outlook", kind="plain",
    body="""Good morning,

Could you please quote for a coach for a school cross-country event?

Date: Friday 14 March 2025
Pick-ups: Thornby (Example School Federation, Church Lane) 8.15am, then Hollinsgate village hall 8.30am and Low Marfleet school 8.45am
Destination: Normanby Hall Country Park, Scunthorpe (North Lincolnshire schools' cross-country)
Return: leave Scunthorpe approx. 2.15pm, back to the three pick-up points in reverse order
Passengers: 34 children and 5 adults
Seat belts required on all seats.

Our own minibus isn't big enough this time, hence the coach. Please can the quote include any waiting time, and let me know whether the driver will need a lunch break on site.

Many thanks,

Fiona Gallacher
PE & Sport Premium Coordinator
Example School Federation
Park Row, Leeds LS1 4AP
T: 01632 960000""")

add(slug="nativity_ox_and_ass", label="clean",
    note="Nativity script 'the ox and ass' (donkey) in EYFS/KS1 letter",
    **{"from": "pickersgill"}, to=ALLPARENTS,
    subject="Nativity costumes \u2013 Acorn and Wren Classes",
    date=(2024, 11, 26, 15, 35, 2), style="gmail", kind="alt",
    body="""Dear families,

Our nativity, "The Stable at Thornby", is on Tuesday 17 December at 10am and 2pm in St Oswald's church. The script the vicar gave us uses some of the old carol words, so the children have been learning about the ox and ass (we've told them an ass is a donkey!) who were there in the stable.

Costume list \u2013 please keep it simple, we don't expect anything bought:
- Shepherds: dressing gown and a tea towel with a headband
- Angels: white T-shirt or dress, tinsel for halos (we'll provide wings)
- Kings: anything shiny and a crown (we're making crowns in class)
- Animals: brown or grey clothes \u2013 we'll make ears for the ox, the ass and the sheep
- Mary and Joseph: we have costumes in school

Please bring costumes in a named carrier bag by Monday 9 December.

There will be mince pies and squash in the church hall after both performances, run by the Friends. Thank you in advance for all the tea towels!

Mrs Pickersgill and Mr Mistry
Acorn and Wren Classes""")

add(slug="school_hens_cockerel", label="clean",
    note="poultry vocabulary: cockerel, cock bird, pullets; volunteer Mr Hancock",
    **{"from": "marsden"}, to=[("Derek Hancock", "derek.hancock.poultry@btinternet.com")],
    cc=[st("oldroyd")],
    name_enc="Q",
    subject="Thornby school hens",
    date=(2025, 4, 3, 13, 20, 16), style="outlook", kind="alt", cte="qp",
    body="""Dear Mr Hancock,

Thank you so much for looking in on the school hens over the Easter holidays last year. I'm writing to ask for your advice again.

Sadly our old cockerel, Captain, died over the weekend (he was nine, which I gather is a good age). The children in Eco Club have taken it well and we're planning a small burial by the wildlife pond.

We're not sure whether we need another cock bird at all. We're not breeding, and the neighbours on Church Lane might be quite happy with a quieter morning! But the Eco Club children are keen to hatch some eggs in the classroom incubator next spring. Would you advise keeping a cockerel for that, or could we buy in fertile eggs instead? You mentioned you might have some point-of-lay pullets for sale in May \u2013 we'd like two if so.

Mr Oldroyd is copied in as the hen house sits on the edge of the forest school area.

Many thanks,

Zo\u00eb Marsden
HLTA & Eco Club

""" + sig("marsden", short=True))

add(slug="forest_school_bullocks_field", label="clean",
    note="'bullocks' (young cattle) in the next field, muck spreading; short forest school note",
    **{"from": "oldroyd"}, to=ALLPARENTS,
    subject="Forest school this week \u2013 change of site",
    date=(2025, 4, 7, 7, 58, 12), style="iphone", kind="plain",
    body="""Good morning,

Just a quick note: Mr Dawson has turned his bullocks out into the field next to our usual forest school site and is muck spreading on the lower field this week, so we'll be using the beck-side site instead for all classes.

It's muddier down there. Please send a spare pair of socks and trousers in a named bag.

Thank you,
Mr Oldroyd
Forest School Leader
Example School Federation, 01632 960000

Sent from my iPhone""")

add(slug="twits_book_review_pupil", label="clean",
    note="Roald Dahl's The Twits / Mr Twit in teacher reply to pupil",
    **{"from": "kowalczyk"}, to=[pupil("20rpatel", "Rhea Patel")],
    subject="Re: my book review",
    date=(2025, 5, 8, 16, 1, 49), style="gmail", kind="plain",
    body="""Hi Rhea,

I loved your review of The Twits! "Mr Twit is the most disgusting man in any book ever because of the cornflakes in his beard" made me laugh out loud. Your best bit was explaining why Roald Dahl tells us ugly thoughts make an ugly face; that's a very clever point.

Next step: in your last paragraph, tell me who you'd recommend it to and why.

Mrs K""")

add(slug="grt_history_month_assembly", label="clean",
    note="DSL to staff on GRT History Month; names racist terms only to say they are challenged [unsure]",
    **{"from": "thwaite"}, to=[ALLSTAFF],
    subject="Gypsy, Roma and Traveller History Month \u2013 June",
    date=(2025, 5, 29, 12, 30, 0), style="outlook", kind="alt",
    body="""Dear all,

June is Gypsy, Roma and Traveller History Month. With several GRT families now across our three sites, and after the incident at after-school club last month, I'd like us to mark it properly this year.

- Assembly, Monday 2 June (all sites via Teams): the history of the Appleby Horse Fair and Traveller life in the Dales. Bev has kindly offered to share photos from a family who are happy for us to use them.
- Each class: at least one story from the GRT reading box (it's going round the sites; Curlew have it first).
- Language: a reminder that words like "pikey" and "gyppo" are racist slurs, not banter, and that "gypped" meaning "cheated" comes from the same place. Challenge them every time, log them as racist incidents and tell me. Use "Gypsy", "Roma", "Traveller" or simply the family's own words for themselves.

The Traveller Education Service have offered to come in for a staff meeting in the autumn term; I'll confirm a date.

Thanks,
Lisa

Lisa Thwaite
Deputy Head & Designated Safeguarding Lead
Example School Federation | 01632 960000""")

add(slug="facebook_post_to_head", label="clean",
    note="office staff forward to head (staff-only) quoting a parent's abusive public post verbatim [unsure]",
    **{"from": "attendance"}, to=[st("ashworth")], cc=[st("hughes")],
    subject="Post on the village Facebook group",
    date=(2025, 4, 29, 21, 15, 6), style="outlook", kind="plain",
    body="""Helen,

Sorry to email this late. My neighbour showed me this on the Thornby Village Noticeboard group this evening and I thought you should see it before tomorrow. I've taken a screenshot and saved it in the SLT folder. The post is from a parent at Thornby, posted at about 7pm. Word for word, it says:

"That head at Thornby is a useless twat. Cancelled forest school AGAIN because of a few cans in the woods. My kids pay for nothing and get nothing. Someone should tell her where to shove her 'outstanding'."

There are 23 comments, mostly people telling him to calm down, and Mrs Holroyd has already replied saying the school has explained why. I haven't replied and won't.

Karen

Karen Dobson
Attendance & Admin Officer
Example School Federation | 01632 960000""")
# ===========================================================================
# CLEAN everyday (30): ordinary term-time mail
# ===========================================================================

add(slug="harvest_festival_church", label="clean",
    note="everyday: harvest festival letter to parents",
    **{"from": "hughes"}, to=ALLPARENTS,
    subject="Harvest Festival \u2013 Friday 4 October, St Oswald's Church",
    date=(2024, 9, 23, 14, 45, 0), style="outlook", kind="alt", cte="qp",
    body="""Dear Parents and Carers,

Our federation Harvest Festival will be held in St Oswald's Church, Thornby, on Friday 4 October at 2pm. All three schools will be taking part, with songs from each class, a poem from Curlew Class and the harvest loaf that Wren Class are baking with Mrs Heseltine on Thursday.

Revd Anne Latham will lead the service and families are very welcome. The church fills up quickly, so please arrive from 1.40pm. Children from Hollinsgate and Low Marfleet will travel by minibus and coach and can be collected from the church at 3pm or will return to school as usual.

Donations
This year we are collecting for the Dales Food Bank and for the older residents' lunch club at Hollinsgate village hall. Tins, packets, long-life milk, tea and coffee, toiletries and cleaning products are all gratefully received. Please no fresh produce unless it's going straight to the lunch club on the Monday. Donations can be brought to any of the three school offices from Monday 30 September.

Harvest supper
The Friends of the Federation harvest supper is on Saturday 5 October at 6.30pm in Thornby village hall: pie and peas, a pudding and a quiz. Tickets (\u00a38 adults, \u00a34 children) from the school office.

Thank you for your generosity, as always.

Mr Hughes

""" + sig("hughes"))

add(slug="club_prices_letter", label="clean",
    note="everyday: breakfast/after-school club letter (HTML alt)",
    **{"from": "clubs"}, to=ALLPARENTS, cc=[st("office")],
    subject="Breakfast and After-School Club \u2013 spring term",
    date=(2024, 11, 28, 16, 5, 40), style="outlook", kind="alt",
    body="""Dear Parents and Carers,

Thank you for your continued support of our breakfast and after-school clubs, which now run at all three sites.

From Monday 6 January the prices will be:
- Breakfast club (7.45\u20138.45am): \u00a34.00 per session
- After-school club (3.15\u20135.45pm): \u00a310.00 per session, including a hot snack

Sibling discount of 10% continues to apply. Sessions should be booked and paid for through ParentPay by the Thursday before. If you need a one-off place at short notice, please ring the office on 01632 960000 and we'll do our best.

Breakfast includes cereal, toast, fruit and milk or juice. After-school club activities this term will include cooking with Mrs Heseltine on Tuesdays, den-building with Mr Oldroyd on Thursdays when it's light enough, and plenty of board games and crafts.

Collection is by 5.45pm please. We have had quite a few late collections this term; please remember a late charge applies after that time, as set out in the club terms.

Many thanks,

Bev Sutcliffe
Breakfast & After-School Club Manager
Example School Federation
01632 960000""")

add(slug="minibus_rota_csv", label="clean",
    note="everyday: site manager to staff, minibus rota with CSV attachment",
    **{"from": "illingworth"}, to=[ALLSTAFF],
    subject="Minibus bookings \u2013 summer term",
    date=(2025, 4, 14, 8, 11, 3), style="outlook", kind="plain",
    body="""Morning all,

Attached is the minibus rota for the summer term. It's filling up fast, so if you've got a trip or a sports fixture that isn't on there, let me know this week.

A few reminders:
- Only MiDAS-trained drivers (Anil, Fiona, Mark, Tom and me) can take it out.
- Fill in the log book every trip: mileage, fuel, any warning lights.
- Fuel card lives in the Thornby office, not in the glovebox.
- Keys back to the office by 4pm please, not in your coat pocket overnight.
- Check the booster seats are all back in before you hand it over.

It's now back from the garage and running sweetly.

Dave

Dave Illingworth
Site Manager & Minibus Driver
Example School Federation
T: 01632 960000""",
    attachments=[{"name": "minibus_rota_summer25.csv", "type": "text/csv", "cte": "7bit", "data": """date,time_out,time_back,driver,group,destination
2025-04-29,09:00,12:00,M Oldroyd,Curlew,Low Riggs Farm
2025-05-01,12:45,15:30,F Gallacher,Y5/6 netball,Kirkby Ings
2025-05-06,09:15,15:00,T Featherstone,Kestrel,Local history walk and museum
2025-06-02,08:00,09:30,D Illingworth,Y5/6 residential luggage,Coach pick-up
2025-05-19,13:00,15:15,A Mistry,Y3/4 tag rugby,Kirkby Ings RUFC
2025-07-03,08:15,15:00,D Illingworth,Y6,Transition day - high school
2025-06-17,12:30,15:30,F Gallacher,Quad kids,District athletics
2025-07-08,09:30,14:30,M Oldroyd,Acorn,Beach school - coast
"""}])

add(slug="forest_school_wellies", label="clean",
    note="everyday: very short reminder to parents",
    **{"from": "oldroyd"}, to=ALLPARENTS,
    subject="Wellies please!",
    date=(2024, 10, 1, 15, 2, 0), style="iphone", kind="plain",
    body="""Hi all, a reminder that Acorn and Wren have forest school tomorrow morning. Wellies, waterproofs and a warm layer please \u2013 it's going to be wet!

Mr Oldroyd""")

add(slug="reading_book_reply", label="clean",
    note="everyday: reply to a parent (directory) about reading books, Gmail quote",
    **{"from": "pickersgill"}, to=[J],
    subject="Re: reading book",
    date=(2024, 10, 10, 16, 38, 27), style="gmail", kind="alt",
    reply_to_id="<CAPxq1bT0f2nLkR7vN8s3uY6mQ@mail.gmail.com>",
    body="""Hi Jane,

Thanks for your message, and don't worry, it's a really common question at this point in Reception.

The books coming home at the moment are matched to the sounds Example Pupil One has learned in our phonics programme, so they will feel quite easy. That's deliberate: we want her to read them fluently and confidently, three or four times across the week. The "sharing book" in the red folder is the one for you to read to her, and that can be as tricky as you like.

She is doing really well with her Phase 2 sounds and has started blending three-letter words this week. If you'd like to see how we teach it, there is a phonics workshop for parents on Thursday 17 October at 2.45pm in Acorn Class.

Best wishes,
Gwen Pickersgill
EYFS Lead, Acorn Class
Example School Federation \u2013 Low Marfleet site
01632 960000

On Wed, 9 Oct 2024 at 20:11, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Pickersgill, sorry to bother you. The reading book that came home this week only has about 10 words in it and she read it in two minutes. Should we be getting harder ones? She reads lots at home with her big cousin. Thanks, Jane""")

add(slug="persuasive_letter_feedback", label="clean",
    note="everyday: teacher feedback to Y6 pupil on persuasive writing",
    **{"from": "pritchard"}, to=[pupil("18ebarker", "Esme Barker")],
    name_enc="Q",
    subject="Your persuasive letter",
    date=(2024, 11, 19, 17, 12, 44), style="gmail", kind="plain", cte="qp",
    body="""Hi Esme,

I've read your letter to the county council about keeping the number 74 bus running through Hollinsgate. It's really persuasive \u2013 you've used facts (the 23 people who use it to get to the doctor's in town), a personal story about your grandma, and a strong rhetorical question at the end. I especially liked "How would you get to work if your only bus was taken away?"

Two things to improve:
1. Your second paragraph repeats the point about the doctor's. Could you use that space for a different reason, such as the older people at the lunch club?
2. Check your apostrophes: "councils decision" should be "council's decision".

Once you've edited it, we'll send it for real. Mrs Ashworth says she'll sign a covering letter.

Mrs Pritchard""")

add(slug="lambing_leave_request_reply", label="clean",
    note="everyday: attendance officer to parent (directory) about term-time leave for lambing",
    **{"from": "attendance"}, to=[A], cc=[st("hughes")],
    subject="Leave of absence request \u2013 Example Pupil Three",
    date=(2025, 3, 3, 11, 40, 19), style="outlook", kind="plain",
    body="""Dear Mr Guardian,

Thank you for your leave of absence request for Example Pupil Three for the week of 24 March, to help on the farm during lambing.

I've passed this to Mr Hughes as Head of School, who has asked me to reply. We do understand how busy lambing is, and how much the children learn from being part of it. However, under the government's attendance guidance, schools can only authorise leave in term time in exceptional circumstances, and unfortunately farm work isn't something we are able to authorise. If she is absent for the week it will be recorded as unauthorised.

Mr Hughes would be very happy to talk this through with you. Would a shorter absence, or mornings only, work? Several families have found that helpful in the past. Please ring the office on 01632 960000 to arrange a time, or catch him at the gate.

Kind regards,

Karen Dobson
Attendance & Admin Officer
Example School Federation
Park Row, Leeds LS1 4AP | 01632 960000""")

add(slug="governors_agenda", label="clean",
    note="everyday: clerk sends agenda and papers to governors (personal webmail)",
    **{"from": "clerk"},
    to=[("Margaret Holroyd", "holroyd.thornbyfold@btinternet.com"), ("Revd Anne Latham", "vicar.thornby@example.org"),
        ("Pat Cockburn", "pat.cockburn.thornby@sky.com"), ("David Wray", "dwray.lowmarfleet@outlook.com"),
        ("Sunita Gill", "sunitagill.hg@yahoo.co.uk")],
    cc=[st("ashworth")],
    subject="Full Governing Board \u2013 Tuesday 11 March, 6pm, Hollinsgate village hall",
    date=(2025, 3, 4, 9, 0, 0), style="outlook", kind="plain",
    body="""Dear Governors,

Please find attached the agenda and papers for the Full Governing Board meeting on Tuesday 11 March at 6pm in Hollinsgate village hall (side room; the main hall has the Young Farmers in).

Agenda
1. Welcome, apologies and declarations of interest
2. Minutes of the meeting on 14 January and matters arising
3. Executive Headteacher's report (paper A)
4. Budget monitoring and three-year forecast (paper B)
5. Policies for approval: charging and remissions; behaviour (first reading)
6. Safeguarding update
7. Governor visits and training
8. Any other business
9. Date of next meeting: Tuesday 13 May, Thornby

Please let me know by Friday if you cannot attend, so I can check we will be quorate.

Kind regards,

Ewan Raistrick
Clerk to the Governing Board
Example School Federation
T: 01632 960000 | clerk@example-school.org.uk""",
    attachments=[{"name": "FGB_agenda_11March2025.pdf", "type": "application/pdf",
                  "data": make_pdf("Full Governing Board - 11 March 2025", [
                      "Hollinsgate village hall, 6.00pm", "1. Welcome, apologies, declarations",
                      "2. Minutes of 14 January 2025", "3. Executive Headteacher's report (paper A)",
                      "4. Budget monitoring (paper B)", "5. Policies for approval",
                      "6. Safeguarding update", "7. Governor visits and training", "8. AOB",
                      "9. Next meeting: Tuesday 13 May 2025, Thornby"])}])

add(slug="inset_day_arrangements", label="clean",
    note="everyday: exec head to all staff about INSET day, with calendar invite",
    **{"from": "ashworth"}, to=[ALLSTAFF],
    subject="INSET day \u2013 Monday 6 January",
    date=(2024, 12, 18, 15, 22, 36), style="outlook", kind="alt",
    body="""Dear all,

Arrangements for our first INSET day of the new year. We'll all be together at Hollinsgate.

8.45 Coffee (and leftover Christmas biscuits) in the village hall
9.00 Safeguarding update with Lisa, including the new KCSIE changes and online safety
10.30 Break
10.45 Mixed-age planning: maths in Y3/4 and Y5/6 (teachers), phonics catch-up (TAs with Gwen)
12.15 Lunch in the village hall \u2013 soup and sandwiches, thanks to Ruth
1.00 Forest school CPD with Mark: fire-lighting and tool use (bring outdoor clothes)
2.30 Time in classrooms / site meetings
3.30 Finish

Please car-share if you can; parking at Hollinsgate is limited to the village hall and Church Lane, and the farm track is not for parking.

I've attached a calendar invitation. Have a restful break, everyone.

Helen""",
    attachments=[{"name": "INSET_6Jan2025.ics", "type": "text/calendar", "cte": "7bit",
                  "data": ics("inset-20250106@example-school.org.uk", "INSET day - all staff, Hollinsgate",
                              "20250106T084500Z", "20250106T153000Z", "Hollinsgate village hall",
                              "Safeguarding update\\, planning\\, forest school CPD")}])

add(slug="friends_bingo_night", label="clean",
    note="everyday: staff rep arranging village hall bingo night with parent volunteers",
    **{"from": "featherstone"}, to=[J, ("Kath Ridsdale", "kath.ridsdale42@hotmail.co.uk")],
    cc=[st("office")],
    subject="Bingo and pie night \u2013 who's doing what",
    date=(2025, 1, 29, 20, 31, 12), style="outlook", kind="plain",
    body="""Hi Jane and Kath,

Thanks both for saying yes to the bingo and pie night on Saturday 22 February in Thornby village hall. Here's where we are:

- Hall booked 6pm-10pm (Kath, can you collect the key from Mrs Ellerby on the Friday?)
- Pies: Dawsons' butchers are doing 60 pork and 20 cheese and onion at cost. Mushy peas from Ruth.
- Bingo caller: the vicar has volunteered, which should be entertaining.
- Raffle: Sue has a box of prizes in the office, and the Young Farmers have donated a hamper.
- Float: I'll bring \u00a350 from the Friends account.
- Licence: Sue has applied for the temporary events notice for the bar.

Jane, would you be able to do a poster for the newsletter and the shop window by next Friday?

Thanks again. We couldn't do any of this without you.

Tom""")

add(slug="weekly_newsletter_html", label="clean",
    note="everyday: HTML-only federation newsletter",
    **{"from": "office"}, to=ALLPARENTS,
    subject="Federation Newsletter \u2013 Friday 18 October 2024",
    date=(2024, 10, 18, 15, 0, 0), style="outlook", kind="html", html_cte="qp",
    html=html_page("""<table width="640" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#2e5e2e;color:#fff;padding:14px 18px"><h1 style="margin:0;font-size:22px">Example School Federation</h1>
<p style="margin:4px 0 0">Thornby &middot; Hollinsgate &middot; Low Marfleet &ndash; Newsletter, Friday 18 October 2024</p></td></tr>
<tr><td style="padding:16px 18px">
<h2 style="font-size:17px">From Mrs Ashworth</h2>
<p>What a half term. Thank you to everyone who came to the harvest festival: we collected 212 items for the Dales Food Bank and the lunch club, and the harvest loaf survived the minibus journey in one piece. Have a lovely half-term break.</p>
<h2 style="font-size:17px">Stars of the week</h2>
<p>Thornby: Fox &ndash; Oliver, Kestrel &ndash; Ruby. Hollinsgate: Oak &ndash; Amira, Wren &ndash; Jack, Heron &ndash; Isla. Low Marfleet: Acorn &ndash; Freddie, Curlew &ndash; Jacob.</p>
<h2 style="font-size:17px">Dates for your diary</h2>
<ul>
<li>Monday 28 October &ndash; back to school</li>
<li>Wednesday 6 November &ndash; flu vaccinations (Reception to Year 6)</li>
<li>Monday 11 November &ndash; Remembrance service at the Thornby war memorial, 10.50am</li>
<li>Wednesday 13 November &ndash; parents' evening, all sites</li>
<li>Saturday 30 November &ndash; Christmas fair, Hollinsgate village hall</li>
</ul>
<h2 style="font-size:17px">Lost property</h2>
<p>We have eleven unnamed fleeces and a single green welly. Please name everything!</p>
<h2 style="font-size:17px">Attendance</h2>
<p>Federation attendance this half term: 95.8%. Well done Heron Class with 98.4%.</p>
<p style="font-size:12px;color:#666">Example School Federation, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table>""", "Newsletter"))

add(slug="reports_deadlines", label="clean",
    note="everyday: exec head to teachers, end-of-year report timeline",
    **{"from": "ashworth"},
    to=[st("nair"), st("featherstone"), st("pickersgill"), st("mistry"), st("kowalczyk"), st("pritchard"), st("okafor")],
    cc=[st("hughes"), st("thwaite")],
    subject="End of year reports \u2013 timeline",
    date=(2025, 5, 30, 16, 12, 0), style="outlook", kind="plain",
    body="""Dear all,

The timeline for this year's reports:

Fri 13 June: attainment data into the MIS (reading, writing, maths, science; EYFS profile for Acorn).
Fri 20 June: draft reports saved in the shared Reports 2025 folder.
Mon 23 \u2013 Fri 27 June: proofreading swap. Priya and Chidi swap, Tom and Si\u00e2n, Gwen and Nadia; Anil and Hannah, please swap with each other.
Fri 4 July: final versions to me and Rob.
Fri 11 July: reports go home, with the invitation to the open afternoons.

The general comment should be around 150\u2013200 words, personal, and written to the parents. Please use the child's name, not "he/she", and avoid jargon such as "GDS" and "ARE". One "next step" each for English and maths.

The Year 2 and Year 6 statutory results will be added by the office.

Thank you, I know this is a big job on top of everything else.

Helen""")

add(slug="ncmp_measurement", label="clean",
    note="everyday: office letter about the child measurement programme, PDF attached",
    **{"from": "office"}, to=ALLPARENTS,
    subject="National Child Measurement Programme \u2013 Reception and Year 6",
    date=(2025, 1, 22, 10, 30, 0), style="outlook", kind="alt",
    body="""Dear Parents and Carers,

The school nursing team will visit all three sites on Tuesday 4 February to measure the height and weight of children in Reception and Year 6, as part of the National Child Measurement Programme.

The measurements are taken in private, with shoes and coats off, and are not shared with the children or other pupils. The information sheet from the school nursing team is attached.

If you do not want your child to take part, please complete the opt-out using the link on the information sheet, or tell the school nursing team directly, by Monday 3 February.

Kind regards,

The School Office
Example School Federation
Park Row, Leeds LS1 4AP | 01632 960000""",
    attachments=[{"name": "NCMP_information_for_parents.pdf", "type": "application/pdf",
                  "data": make_pdf("National Child Measurement Programme", [
                      "Information for parents and carers", "Children in Reception and Year 6 are measured each year.",
                      "Measurements are taken in private by trained school nursing staff.",
                      "Results are sent to parents in a sealed letter.", "You can opt out at any time before the visit."])}])

add(slug="snow_update_emoji_subject", label="clean",
    note="everyday: snow closure update, RFC 2047 subject with emoji",
    **{"from": "ashworth"}, to=ALLPARENTS, cc=[ALLSTAFF],
    subject="\u2744 Snow update \u2013 Thursday 9 January",
    subject_enc="B",
    date=(2025, 1, 9, 6, 48, 22), style="iphone", kind="plain", cte="qp",
    body="""Good morning,

After checking the roads with Dave at 6.15am:

Thornby \u2013 OPEN as normal.
Hollinsgate \u2013 OPEN, but breakfast club will open at 8.15am rather than 7.45am.
Low Marfleet \u2013 CLOSED today. Hollin Bank and the Marfleet road have not been gritted and staff cannot get there safely. Remote learning is on Google Classroom from 9.30am.

The minibus will not be running today. Please only travel if it is safe to do so; if you can't get your child in, just let the office know and it will be recorded as a weather-related absence.

I'll update again by 2pm about tomorrow.

Helen Ashworth
Executive Headteacher""")

add(slug="sports_day_moved", label="clean",
    note="everyday: sports day moved because the borrowed field is being cut for silage",
    **{"from": "gallacher"}, to=ALLPARENTS, cc=[st("office")],
    subject="Sports day \u2013 NEW DATE",
    date=(2025, 6, 2, 12, 4, 33), style="outlook", kind="alt",
    body="""Dear Parents and Carers,

Please note that our federation sports day has moved from Friday 13 June to Wednesday 18 June. Mr Dawson, who kindly lends us the big field at Low Riggs every year, needs to cut it for silage on the 13th while the weather holds, and we didn't think the children would enjoy the egg and spoon race dodging a mower.

Times are unchanged: Key Stage 1 and EYFS from 9.30am, Key Stage 2 from 1pm, with the parents' and staff races at 2.45pm. The Friends will be running a refreshment stall, and the ice-cream van has been booked.

Please make sure your child has a named sun hat, sun cream applied before school, and a water bottle. Children should come to school in PE kit in their team colour.

Thank you for your understanding.

Miss Gallacher

""" + sig("gallacher", short=True))

add(slug="pupil_fractions_sheet", label="clean",
    note="everyday: short teacher reply to pupil with quoted pupil message",
    **{"from": "featherstone"}, to=[pupil("19mcrossley", "Millie Crossley")],
    subject="Re: fractions sheet",
    date=(2025, 2, 12, 17, 2, 5), style="gmail", kind="plain",
    body="""Hi Millie,

Sorry about that, I'd set it to "view only". Try again now; you should be able to type straight onto it.

Mr F

On Wed, 12 Feb 2025 at 16:41, Millie Crossley <19mcrossley@pupils.example-school.org.uk> wrote:
> Hi Mr F I cant open the fractions sheet on google classroom it says I need permission. Millie""")

add(slug="ta_cover_tomorrow", label="clean",
    note="everyday: HLTA arranging TA cover between sites",
    **{"from": "marsden"}, to=[st("baines"), st("whitaker")], cc=[st("brannigan")],
    name_enc="Q",
    subject="Cover tomorrow (Weds)",
    date=(2025, 3, 25, 15, 50, 10), style="outlook", kind="plain", cte="qp",
    body="""Hi both,

Jo is on the ELSA course tomorrow, so a few changes:

Craig \u2013 can you do the 1:1 in Curlew until lunch, then your usual afternoon in Acorn?
Claire \u2013 you're fine at Thornby, but please pick up the Year 3 reading group at 11 in the library.
I'll cover the speech and language groups at Hollinsgate in the afternoon.

The plans are in the usual folder. Shout if there's a problem.

Thanks
Zo\u00eb""")

add(slug="forest_school_supplies_order", label="clean",
    note="everyday: office purchase order to a supplier, PDF PO attached",
    **{"from": "office"}, to=[("Outdoor Learning Supplies Orders", "orders@example.com")],
    cc=[st("oldroyd")],
    subject="Purchase order EXF-2025-0142",
    date=(2025, 2, 3, 11, 18, 45), style="outlook", kind="plain",
    body="""Good morning,

Please find attached purchase order EXF-2025-0142 for the items below, for delivery to our Thornby site.

- 2 x Kelly kettle, scout size
- 10 x child's bow saw, 12 inch
- 10 x pair cut-resistant gloves, children's medium
- 1 x parachute tarp, 5m x 5m, green
- 2 x first aid kit, outdoor refill

Delivery address: Example School Federation, Park Row, Leeds LS1 4AP (deliveries to the office, please; the gate code is not needed before 4pm).

Please invoice the school office. Could you confirm the expected delivery date?

Kind regards,

Sue Metcalfe
School Business Manager
Example School Federation
T: 01632 960000""",
    attachments=[{"name": "PO_EXF-2025-0142.pdf", "type": "application/pdf",
                  "data": make_pdf("Purchase Order EXF-2025-0142", [
                      "Example School Federation, Park Row, Leeds LS1 4AP", "Supplier: Outdoor Learning Supplies",
                      "2 x Kelly kettle (scout)       ", "10 x Child's bow saw 12in", "10 x Cut-resistant gloves (child M)",
                      "1 x Parachute tarp 5x5m green", "2 x Outdoor first aid refill", "Authorised: S Metcalfe"])}])

add(slug="swimming_lessons_y34", label="clean",
    note="everyday: swimming lessons letter to parents",
    **{"from": "gallacher"}, to=ALLPARENTS, cc=[st("okafor"), st("nair")],
    subject="Year 3/4 swimming \u2013 spring term",
    date=(2024, 12, 12, 14, 12, 0), style="outlook", kind="alt", cte="qp",
    body="""Dear Parents and Carers of Year 3 and 4 children,

Swimming lessons for Fox, Oak and Curlew Classes start on Tuesday 7 January at the leisure centre, and will run for ten weeks. The children will travel by coach (Fox and Oak) and the school minibus (Curlew), leaving at 12.45pm and returning by 3pm.

Please send your child with:
- a swimming costume or trunks (no baggy shorts please)
- a towel and a swimming hat (long hair must be tied back)
- a named bag to keep everything in

Earrings must be removed at home or covered with tape, as staff are not allowed to remove them. Children with verrucas may swim if they wear a verruca sock.

Swimming is part of the national curriculum, so there is no charge, but voluntary contributions towards the coach (\u00a32 a week) would be very welcome via ParentPay.

Thank you,

Miss Gallacher

""" + sig("gallacher", short=True))

add(slug="slt_meeting_notes", label="clean",
    note="everyday: SLT meeting notes to colleagues",
    **{"from": "thwaite"}, to=[st("ashworth"), st("hughes"), st("brannigan"), st("metcalfe")],
    subject="SLT notes \u2013 Monday 24 February",
    date=(2025, 2, 24, 17, 45, 9), style="outlook", kind="plain",
    body="""Hi all,

Notes from today's SLT, as promised.

1. Attendance: federation 94.9% for the half term, Low Marfleet down to 92.7% (sickness bug plus the snow day). Karen to do the first-day calls for the three families we discussed. Rob to meet one family about lambing leave.
2. SDP: reading for pleasure is on track; the library van now visits all three sites. Maths in mixed-age classes: Priya to share her Y3/4 planning model at the next staff meeting.
3. Forest school: risk assessment updated for the beck-side site. Mark to check the tree survey recommendations are done before Easter.
4. Minibus: back from the garage. Helen to get three quotes for a replacement for the governors.
5. SEND: two EHCP reviews due before Easter; Jo to send dates.
6. Budget: Sue to bring the revised three-year forecast next week.
7. Safeguarding: nothing for the general notes. I'll brief Helen separately.

Next SLT: Monday 10 March, Low Marfleet.

Lisa""")

add(slug="library_van_visits", label="clean",
    note="everyday: short staff note about the mobile library van",
    **{"from": "nair"}, to=[st("mistry"), st("pritchard")],
    subject="Library van \u2013 Thursdays",
    date=(2024, 9, 12, 8, 20, 3), style="outlook", kind="plain",
    body="""Morning both,

The county mobile library van is coming to Hollinsgate every other Thursday from next week (19th), parked in the village hall car park from 10 to 11.15. Each class gets a 20-minute slot: Wren 10.00, Oak 10.20, Heron 10.40.

Can you make sure the books from last term are back in the blue crate by Wednesday afternoon? We were four short last time.

Priya""")

add(slug="volunteer_dbs", label="clean",
    note="everyday: office to a volunteer reader (personal webmail) about the DBS check",
    **{"from": "office"}, to=[("Margaret Ellerby", "maggie.ellerby58@gmail.com")],
    subject="Reading volunteer \u2013 DBS check",
    date=(2024, 9, 17, 13, 48, 30), style="outlook", kind="alt",
    body="""Dear Mrs Ellerby,

Thank you so much for offering to come in and hear children read at Thornby on Tuesday mornings. Mrs Whitaker was delighted.

Before you start, we need to complete an enhanced DBS check and a short safeguarding induction. I've asked the DBS service to send you an email with a link to the online application. It usually arrives within a day; please check your junk folder.

Once you've completed it, please bring three forms of ID to the Thornby office (for example your passport or driving licence, a recent utility bill and a bank statement) so I can check them. The safeguarding induction takes about 30 minutes with Mrs Thwaite and can be done on the same day.

If you have any questions, do ring me on 01632 960000.

Kind regards,

Sue Metcalfe
School Business Manager
Example School Federation""")

add(slug="school_photos", label="clean",
    note="everyday: short school photographs notice",
    **{"from": "office"}, to=ALLPARENTS,
    subject="School photographs \u2013 Wednesday 2 October",
    date=(2024, 9, 26, 14, 20, 0), style="outlook", kind="plain",
    body="""Dear Parents and Carers,

The photographer will be at all three sites on Wednesday 2 October: Low Marfleet first thing, Hollinsgate mid-morning and Thornby after lunch.

Sibling photos will be taken at Thornby at 8.15am for families with children at more than one site; please come to the hall. Younger brothers and sisters who aren't at school yet are welcome too.

Please don't send children in PE kit that day!

The School Office
Example School Federation | 01632 960000""")

add(slug="club_booking_confirm", label="clean",
    note="everyday: club manager to parent (directory) confirming bookings and collection",
    **{"from": "clubs"}, to=[S],
    subject="Re: After-school club \u2013 Tuesdays and Thursdays",
    date=(2024, 9, 10, 9, 3, 55), style="gmail", kind="plain",
    body="""Hi Sam,

That's all booked: Example Pupil Two is in after-school club at Thornby on Tuesdays and Thursdays from this week until half term.

You mentioned her grandad will collect on Thursdays. That's fine. Please add him as a named collector on the club form (I've attached a blank one to this week's ParentPay message) and give him the collection password you chose. We won't hand over to anyone who isn't on the list, even if we know them from the village!

See you Tuesday.

Bev Sutcliffe
Breakfast & After-School Club Manager
Example School Federation""")

add(slug="sats_timetable", label="clean",
    note="everyday: Y6 SATs week information to parents (base64 body)",
    **{"from": "featherstone"}, to=ALLPARENTS, cc=[st("pritchard")],
    subject="Year 6 SATs week \u2013 12 to 15 May",
    date=(2025, 4, 30, 15, 55, 0), style="outlook", kind="alt", cte="b64",
    body="""Dear Parents and Carers of Year 6 children,

SATs week is Monday 12 to Thursday 15 May. Mrs Pritchard and I have been preparing the children carefully, and they are in a good place: calm, well practised and (mostly) looking forward to getting them done.

Monday 12 May: English grammar, punctuation and spelling (papers 1 and 2)
Tuesday 13 May: English reading
Wednesday 14 May: mathematics papers 1 and 2
Thursday 15 May: mathematics paper 3

The Hollinsgate and Low Marfleet Year 6 children will sit the tests in Heron Class, and the Thornby children in Kestrel Class, in small groups with familiar adults.

Breakfast club will be free for Year 6 on test days, with toast and juice from 8am. Please make sure your child gets a good night's sleep and arrives on time. If your child is unwell on a test day, please ring the office as soon as possible, as there are limited options to sit a test later in the week.

Most importantly, please don't worry, and don't let them worry. Friday will be a well-earned treat day, with a rounders match against the staff and a picnic on the field.

Mr Featherstone and Mrs Pritchard""")

add(slug="pupil_passwords_reset", label="clean",
    note="everyday: IT technician to teachers about pupil account resets",
    **{"from": "lister"},
    to=[st("featherstone"), st("pritchard"), st("kowalczyk")],
    subject="Pupil Google accounts \u2013 password reset Monday",
    date=(2024, 9, 6, 14, 33, 21), style="outlook", kind="plain",
    body="""Hi all,

On Monday morning I'll be resetting the passwords for the Year 5 and 6 pupil Google accounts and setting up the new Year 4s in Curlew.

- The new passwords will be printed on slips in a sealed envelope for each class, which I'll hand to you in person. Please don't leave them on the desk.
- The children will be asked to change their password the first time they log in. Year 4s might need a hand with this.
- The new Chromebooks for Heron are charged and labelled. Please keep them in the trolley when they're not in use.

I'll be at Thornby 8.30-10, Hollinsgate 10.30-12 and Low Marfleet after lunch.

Owen""")

add(slug="multiplication_check_pupils", label="clean",
    note="everyday: teacher to Y4 pupils about times tables practice",
    **{"from": "okafor"},
    to=[pupil("20ohaigh", "Oliver Haigh"), pupil("20fsykes", "Freya Sykes"), pupil("20aburnett", "Archie Burnett")],
    subject="Times tables practice this week",
    date=(2025, 5, 27, 16, 10, 15), style="gmail", kind="plain",
    body="""Hi Oliver, Freya and Archie,

Great effort in the practice check today. You are all so much quicker than at Christmas.

This week, please spend 10 minutes a day on Times Tables Rock Stars in "Soundcheck" mode, which is the same as the real check: 25 questions, 6 seconds each. Focus on the 7s and 8s, and the 6 x 9 / 9 x 6 type facts that caught a few of us out.

The real multiplication check will be in the week of 2 June. No need to worry; just keep practising.

Mr Okafor""")

add(slug="head_lice_letter", label="clean",
    note="everyday: short head lice notice to class parents",
    **{"from": "pickersgill"}, to=ALLPARENTS,
    subject="Head lice in Acorn Class",
    date=(2025, 5, 14, 15, 15, 0), style="outlook", kind="plain",
    body="""Dear Acorn Class families,

We've had a couple of cases of head lice in class this week. Please check your child's hair carefully using a fine-toothed comb and conditioner, and treat if necessary. Long hair should be tied back for school.

There's no need to keep your child off school. Information on treatment is available from the NHS website or any local pharmacy.

Thank you,
Mrs Pickersgill""")

add(slug="christmas_fair_forward", label="clean",
    note="everyday: office forwards PTA chair's message to staff, Outlook FW block",
    **{"from": "office"}, to=[ALLSTAFF],
    subject="FW: Christmas Fair \u2013 staff stall rota",
    date=(2024, 11, 12, 12, 20, 45), style="outlook", kind="alt",
    body="""Hi all,

Forwarding from Kath on behalf of the Friends. Please put your name on the sheet in the staffroom at your site for an hour if you can. The tombola is always the most popular!

Sue

From: Kath Ridsdale <kath.ridsdale42@hotmail.co.uk>
Sent: 11 November 2024 21:02
To: Office <office@example-school.org.uk>
Subject: Christmas Fair - staff stall rota

Hi Sue,

Could you pass this on to the staff please?

The Christmas Fair is on Saturday 30 November, 11am-2pm, in Hollinsgate village hall. Santa's grotto will be in the side room again (thank you, Dave!). We'd love staff to help on these stalls for an hour each:
- Tombola
- Cake stall (donations of cakes welcome too!)
- Children's crafts (making reindeer food)
- Bottle stall

Set-up from 9.30am if anyone can help carry tables. Last year we raised \u00a31,840 towards the new minibus, so fingers crossed.

Thank you all so much,
Kath
Chair, Friends of the Federation""")

add(slug="transition_secondary", label="clean",
    note="everyday: Y6 teacher to secondary school transition lead (outside org)",
    **{"from": "pritchard"}, to=[("Mark Jessop", "transition@example.org")], cc=[st("featherstone")],
    name_enc="Q",
    subject="Year 6 transition \u2013 Example School Federation",
    date=(2025, 6, 4, 13, 2, 30), style="outlook", kind="alt", cte="qp",
    body="""Dear Mr Jessop,

Thank you for confirming the transition days on Thursday 3 and Friday 4 July. We have 17 Year 6 pupils joining you in September from our three sites: 9 from Hollinsgate and Low Marfleet (Heron Class) and 8 from Thornby (Kestrel Class).

A few practical questions:

1. Could the children travel on the school bus route they'll use in September, so they get used to it? If not, we can bring them in the minibus and a parent's car.
2. Could our children be placed in the same tutor group for the first morning, at least? Coming from classes of fewer than 20, the size of the school is the thing they are most anxious about.
3. When would you like to meet to discuss SEND and pastoral information? Our SENCo, Mrs Brannigan, is available on Tuesday or Wednesday afternoons in June.

We'll send the transfer files through the secure portal as usual.

Kind regards,

Si\u00e2n Pritchard
Class Teacher, Heron Class (Y5/6)
Example School Federation \u2013 Hollinsgate site
Park Row, Leeds LS1 4AP | 01632 960000""")


# ===========================================================================
# Output
# ===========================================================================

def category(m):
    if m["label"] == "flag":
        return "flag"
    return "everyday" if m["note"].startswith("everyday") else "hard negative"


def fmt_desc(m):
    k = m.get("kind", "plain")
    body = m.get("body", "")
    cte = m.get("cte", "7bit" if is_ascii(body.replace("\x01", "")) else "qp")
    d = {"plain": "text/plain", "alt": "multipart/alternative", "html": "text/html only"}[k]
    if m.get("attachments"):
        d += " + attachment"
    if k == "html":
        cte = m.get("html_cte", cte)
    return d, {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)


README = """# Round 18 hold-out corpus: obscene-language

**Blind hold-out set. Never use these messages for tuning mailguard's rules or code.**
They were written without reading mailguard's code, rules, tests, README or docs,
and without running mailguard, so that they measure how the filter does on mail
nobody tuned it against.

## What it is

80 outgoing e-mails from staff of a fictional rural federation of three small village
primary schools (Thornby, Hollinsgate and Low Marfleet: "Example School Federation",
one executive head, mixed-age classes, forest school, breakfast and after-school club,
a shared minibus, harvest festival, lambing visits, the village hall and church),
for the policy rule: staff must not use obscene language or swear words, nor make
offensive comments on grounds of gender, race, disability, age, religion or sexual
orientation, in any electronic communication.

`labels.csv` has one row per file: `file,expected,sender,recipients,note`.
`expected` is `flag` or `clean`, judged by the policy's intent as the school's
designated safeguarding lead would judge it. Judgement calls carry `[unsure]` in
the note.

## Counts

| group | count |
|---|---|
| flag | {n_flag} |
| clean, everyday | {n_every} |
| clean, hard negative | {n_hard} |
| **total** | **{n_all}** |

Formats: {formats}.

Transfer encodings of the main text part: {ctes}.

## Kinds of case

Flags (the staff author's own words, in subject, body or a text attachment):
- plain swearing in casual staff-to-staff venting (bollocks, wanker, bastard, half-arsed, pissing about),
  also to an outside garage, a parent and a pupil;
- slurs: racist ("pikey" about Traveller children), disability ("retard"), homophobic ("poof"),
  sexist ("silly cow");
- swearing only in the subject line; swearing only in a .txt attachment (base64) or a .csv attachment;
- disguised: asterisk and symbol masks (f*cking, b@stard, sh!t), leetspeak in a CSV, letters
  separated by dots and spaces, Cyrillic homoglyphs, full-width letters, zero-width spaces,
  words split by HTML tags and entities in HTML-only mail, a quoted-printable soft line break
  inside the word, a base64 body with stretched letters and an RFC 2047 encoded subject.

Clean, hard negatives:
- place names (Penistone, Cockermouth, Clitheroe, Sussex, Shitterton, Twatt, Scunthorpe);
- surnames (Dickens, Cockburn, Wankhede, Hancock, Cockshott, Balls, Hoare, Shufflebottom);
- food (faggots, spotted dick), farm animals and birds (tups, a working sheepdog bitch, bullocks,
  cockerel, great tits, woodcock, stinkhorn *Phallus impudicus*), sports kit and positions
  (cricket box, maiden over, hooker), the planet Uranus, The Twits;
- RSE letter with anatomical vocabulary; SEND terms (Tourette syndrome, coprolalia, spastic diplegia);
- staff-only safeguarding and racist-incident reports quoting a pupil verbatim; a staff member
  quoting a parent's abusive public post to the head [unsure];
- polite replies to parents whose own abusive words appear only in the quoted text
  (Gmail "On ... wrote:" and Outlook "From: / Sent:" styles);
- staff discussing the behaviour policy on language, and Gypsy/Roma/Traveller History Month
  guidance naming slurs in order to challenge them [unsure];
- Shakespeare insults for Shakespeare Week, Nativity "ox and ass", RE heaven and hell,
  false friends in other languages (fart, slut, Gift, phoque).

Clean, everyday: harvest festival, club prices and bookings, minibus rota, forest school
reminders, replies to parents, pupil homework feedback, term-time leave, governors' papers,
INSET, Friends of the Federation events, newsletter, reports timeline, NCMP, snow closure,
sports day, TA cover, purchase order, swimming, SLT notes, library van, volunteer DBS,
photos, SATs, IT accounts, times tables, head lice, Christmas fair, secondary transition.

## How it was made

Written by hand as Python data in `../make_round18_obscene.py` (standard library only),
which builds each RFC 5322 message itself: fixed Date headers, Message-IDs and MIME
boundaries, so the output is byte-identical on every run. All people, addresses and
phone numbers are fictitious (Ofcom drama ranges; example.com/.org/.net for
organisations; the three parents in `directory/parents.csv`; the school's own number
01632 960000 and postcode LS1 4AP).

## Regenerate

    python3 tests/holdout/round18/make_round18_obscene.py

It rewrites the .eml files, `labels.csv` and this README in
`tests/holdout/round18/obscene-language/`, and checks that every message parses with
`email.message_from_bytes(..., policy=email.policy.default)`.
"""


def main():
    import email
    import email.policy
    from collections import Counter

    slugs = [m["slug"] for m in MESSAGES]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 20, len(flags)
    assert len(cleans) == 60, len(cleans)
    assert sum(1 for m in cleans if category(m) == "everyday") == 30

    order = sorted(MESSAGES, key=lambda m: hashlib.sha1(("order18/" + m["slug"]).encode()).hexdigest())
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))

    rows = []
    fmts, ctes = Counter(), Counter()
    for i, m in enumerate(order, 1):
        fname = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        raw = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        frm = m["from"] if isinstance(m["from"], tuple) else st(m["from"])
        rcpts = [a for _n, a in m["to"]] + [a for _n, a in m.get("cc", [])]
        rows.append([fname, m["label"], frm[1], " ".join(rcpts), m["note"]])
        d, c = fmt_desc(m)
        fmts[d] += 1
        ctes[c] += 1
        # self-check: parses, and the addresses agree with the label row
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"].addresses[0].addr_spec == frm[1], fname
        got = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert got == rcpts, (fname, got, rcpts)
        assert msg["Subject"] == m["subject"], (fname, msg["Subject"], m["subject"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
            elif not part.is_multipart():
                part.get_payload(decode=True)

    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)

    readme = README.format(
        n_flag=len(flags), n_every=30, n_hard=len(cleans) - 30, n_all=len(MESSAGES),
        formats=", ".join("%s %d" % kv for kv in sorted(fmts.items())),
        ctes=", ".join("%s %d" % kv for kv in sorted(ctes.items())))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print("wrote %d messages (%d flag, %d clean) to %s" % (len(MESSAGES), len(flags), len(cleans), OUT))


if __name__ == "__main__":
    main()
