#!/usr/bin/env python3
"""Round 14 blind hold-out corpus: obscene-language module.

Writes .eml files, labels.csv and README.md into ./obscene-language/ next to this script.
Deterministic: fixed dates, Message-IDs and MIME boundaries (derived from the slug with
SHA-1), no randomness, no clock.  Python 3.11 standard library only.

Setting: a coastal-town 11-16 comprehensive with a big sports and performing-arts
programme, a small school farm, many supply and cover staff, an alumni/fundraising office,
lots of mail written hastily on phones alongside careful formal letters.

All people, addresses and phone numbers are fictitious (Ofcom drama ranges).
"""
import base64
import csv
import hashlib
import html
import io
import os
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"


# --------------------------------------------------------------------------- people
def s(local):
    return f"{local}@{SD}"


def p(local):
    return f"{local}@{PD}"


STAFF = {
    "hughes": ("Rhys Hughes", s("r.hughes")),
    "ridley": ("Jordan Ridley", s("j.ridley")),
    "okafor": ("Kemi Okafor", s("k.okafor")),
    "marr": ("Ed Marr", s("e.marr")),
    "marsden": ("Tom Marsden", s("t.marsden")),
    "boateng": ("Will Boateng", s("w.boateng")),
    "brennan": ("Lucy Brennan", s("l.brennan")),
    "ashby": ("Rachel Ashby", s("r.ashby")),
    "pryce": ("Dafydd Pryce", s("d.pryce")),
    "kaur": ("Simran Kaur", s("s.kaur")),
    "fenwick": ("Zoë Fenwick", s("z.fenwick")),
    "cover": ("Janine Rudd", s("cover")),
    "alumni": ("Harriet Lomas", s("alumni")),
    "verity": ("Dan Verity", s("d.verity")),
    "office": ("Bev Tanner", s("office")),
    "attendance": ("Gail Sefton", s("attendance")),
    "dsl": ("Claire Whitworth", s("dsl")),
    "holroyd": ("Paul Holroyd", s("p.holroyd")),
    "nowak": ("Jakub Nowak", s("j.nowak")),
    "adeyemi": ("Precious Adeyemi", s("p.adeyemi")),
    "tulloch": ("Gordon Tulloch", s("g.tulloch")),
    "ashworth": ("Helen Ashworth", s("h.ashworth")),
    "quayle": ("Ben Quayle", s("b.quayle")),
    "delaney": ("Niamh Delaney", s("n.delaney")),
    "farrant": ("Amy Farrant", s("a.farrant")),
    "osei": ("Chris Osei", s("c.osei")),
    "trips": ("Sue Pickles", s("trips")),
    "exams": ("Mandy Cole", s("exams")),
    "nibhriain": ("Siobhán Ní Bhriain", s("s.nibhriain")),
    "library": ("Pat Gorman", s("library")),
    "it": ("Kieran Walsh", s("itsupport")),
    "fairweather": ("Mark Fairweather", s("m.fairweather")),
    "catering": ("Maureen Platt", s("catering")),
    "oyelaran": ("Marcus Oyelaran", s("m.oyelaran")),
    "penrose": ("Jess Penrose", s("j.penrose")),
    "green": ("Megan Green", s("m.green")),
    "penhale": ("Karl Penhale", s("k.penhale")),
    "osullivan": ("Mark O'Sullivan", s("m.osullivan")),
    "ibrahim": ("Farah Ibrahim", s("f.ibrahim")),
    "mensah": ("Abena Mensah", s("a.mensah")),
    "holt": ("Dean Holt", s("d.holt")),
    "allstaff": ("All Staff", s("staff")),
}

PUPILS = {
    "maja": ("Maja Kowalski", p("20mkowalski")),
    "tyler": ("Tyler Barker", p("20tbarker")),
    "ella": ("Ella Jones", p("21ejones")),
    "dylan": ("Dylan Douglas", p("21ddouglas")),
    "rayan": ("Rayan Ahmed", p("22rahmed")),
    "freya": ("Freya Morgan", p("23fmorgan")),
    "jake": ("Jake Smith", p("24jsmith")),
    "y8": ("Year 8", p("year8")),
    "y10": ("Year 10", p("year10")),
    "y11": ("Year 11", p("year11")),
    "cast": ("Our House cast and crew", p("ourhouse-cast")),
    "u15": ("U15 Rugby", p("u15rugby")),
    "eco": ("Eco Club", p("ecoclub")),
    "panto": ("Panto 2025", p("panto2025")),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def who(key):
    for table in (STAFF, PUPILS, PARENTS):
        if key in table:
            return table[key]
    raise KeyError(key)


ALL_PARENTS = ["jane", "sam", "ali"]


def sig(key, role, kind="full", extra=None):
    name = STAFF[key][0]
    addr = STAFF[key][1]
    if kind == "full":
        out = f"{name}\n{role}\nExample School\nPark Row, Leeds LS1 4AP\nTel: 01632 960000"
        if extra:
            out += f" | {extra}"
        return out
    if kind == "line":
        return f"{name} | {role} | Example School | Park Row, Leeds LS1 4AP | 01632 960000"
    if kind == "two":
        return f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n01632 960000 | {addr}"
    if kind == "short":
        return f"{name}\n{role}"
    raise ValueError(kind)


# --------------------------------------------------------------------------- encoders
def h(key, n=12):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def qp_encode(text, force_break_at=()):
    """Quoted-printable (RFC 2045) with soft breaks at <=76 chars.

    force_break_at: character offsets in `text` before which a soft line break is forced.
    """
    forced = set(force_break_at)
    out_lines = []
    cur = ""
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            out_lines.append(cur)
            cur = ""
            i += 1
            continue
        if i in forced and cur:
            out_lines.append(cur + "=")
            cur = ""
        nxt_is_eol = (i + 1 == n) or text[i + 1] == "\n"
        o = ord(ch)
        if ch in " \t":
            tok = ("=%02X" % o) if nxt_is_eol else ch
        elif ch == "=" or o < 32 or o > 126:
            tok = "".join("=%02X" % b for b in ch.encode("utf-8"))
        else:
            tok = ch
        limit = 76 if nxt_is_eol else 75
        if len(cur) + len(tok) > limit:
            out_lines.append(cur + "=")
            cur = ""
        cur += tok
        i += 1
    if cur:
        out_lines.append(cur)
    return "\n".join(out_lines) + "\n"


def b64_lines(data):
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + "\n"


def enc_word(s_, mode):
    """Encode a header value as RFC 2047 encoded-words (UTF-8), folded."""
    words = []
    chunk = ""
    maxbytes = 42 if mode == "B" else 20
    for ch in s_:
        if len((chunk + ch).encode("utf-8")) > maxbytes:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        if mode == "B":
            out.append("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=")
        else:
            q = ""
            for b in w.encode("utf-8"):
                c = chr(b)
                if c.isascii() and c.isalnum():
                    q += c
                elif c == " ":
                    q += "_"
                else:
                    q += "=%02X" % b
            out.append("=?UTF-8?Q?" + q + "?=")
    return "\n ".join(out)


def subject_header(subj, mode=None):
    if mode is None:
        if subj.isascii():
            return subj
        mode = "Q"
    return enc_word(subj, mode)


def addr(key):
    name, a = who(key)
    return formataddr((name, a), charset="utf-8")


def fold_list(items):
    return ",\n ".join(items)


# --------------------------------------------------------------------------- HTML
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}
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


def auto_html(text, style):
    lines = text.split("\n")
    if style in ("outlook", "outlook_ios"):
        parts = []
        for ln in lines:
            if not ln.strip():
                parts.append('<p class="MsoNormal">&nbsp;</p>')
            elif set(ln.strip()) == {"_"}:
                parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
            else:
                parts.append(f'<p class="MsoNormal">{html.escape(ln, quote=False)}</p>')
        return OUTLOOK_HEAD + "\n".join(parts) + "\n" + OUTLOOK_TAIL
    # iphone / simple
    body = []
    in_quote = False
    for ln in lines:
        if ln.startswith(">"):
            if not in_quote:
                body.append('<blockquote type="cite"><div dir="ltr">')
                in_quote = True
            body.append(html.escape(ln[1:].lstrip(), quote=False) + "<br>")
            continue
        if in_quote:
            body.append("</div></blockquote>")
            in_quote = False
        body.append((html.escape(ln, quote=False) if ln.strip() else "") + "<br>")
    if in_quote:
        body.append("</div></blockquote>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">\n' + "\n".join(body) + "\n</div></body></html>\n")


# --------------------------------------------------------------------------- small binary files
def make_pdf(title, lines):
    content = ["BT", "/F1 16 Tf", "56 780 Td", "(%s) Tj" % pdf_esc(title), "/F1 11 Tf", "0 -28 Td", "15 TL"]
    for ln in lines:
        content.append("(%s) Tj T*" % pdf_esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
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
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return out


def pdf_esc(s_):
    return s_.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_png(w, h_, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h_))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def csv_bytes(rows):
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        wr.writerow(r)
    return buf.getvalue().encode("utf-8")


# --------------------------------------------------------------------------- MIME assembly
def leaf_text(text, subtype="plain", cte="7bit", force_break_at=(), flowed=False):
    ct = f"text/{subtype}; charset=" + ("us-ascii" if cte == "7bit" else "utf-8")
    if flowed:
        ct += "; format=flowed"
    if cte == "7bit":
        assert text.isascii(), text[:60]
        body = text
    elif cte == "8bit":
        body = text
    elif cte == "quoted-printable":
        body = qp_encode(text, force_break_at)
    elif cte == "base64":
        body = b64_lines(text.replace("\n", "\r\n").encode("utf-8"))
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], body


def leaf_attachment(filename, ctype, data):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Description: {filename}',
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}',
            "Content-Transfer-Encoding: base64"]
    return hdrs, b64_lines(data)


def multipart(subtype, boundary, parts, preamble=None):
    hdrs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    out = ""
    if preamble:
        out += preamble + "\n\n"
    for ph, pb in parts:
        out += f"--{boundary}\n" + "\n".join(ph) + "\n\n" + pb
        if not pb.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return hdrs, out


def outlook_ids(slug):
    srv = "LO2P265MB%04d" % (int(h(slug + "srv", 6), 16) % 10000)
    mid = f"<{srv}{h(slug, 32).upper()}@{srv}.GBRP265.PROD.OUTLOOK.COM>"
    return mid, srv


def build(m):
    slug = m["slug"]
    style = m.get("style", "outlook")
    fmt = m.get("fmt", "plain")
    body = m["body"]
    if not body.endswith("\n"):
        body += "\n"
    cte = m.get("cte") or ("7bit" if body.isascii() else "quoted-printable")

    # ids and boundaries
    if style in ("outlook", "outlook_ios"):
        mid, srv = outlook_ids(slug)
        b_alt = f"_000_{srv}{h(slug + 'a', 24).upper()}_"
        b_mix = f"_004_{srv}{h(slug + 'a', 24).upper()}_"
    elif style == "iphone":
        u = h(slug + "uuid", 32).upper()
        uuid = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        mid = f"<{uuid}@{SD}>"
        b_alt = f"Apple-Mail-{h(slug + 'b', 8).upper()}-{h(slug + 'c', 4).upper()}-{h(slug + 'd', 4).upper()}"
        b_mix = b_alt + "-mixed"
    else:  # mailing tool / other
        mid = f"<{h(slug, 16)}.{int(h(slug + 'n', 6), 16)}@mail.{SD}>"
        b_alt = f"----=_Part_{int(h(slug + 'p', 5), 16)}_{int(h(slug + 'q', 8), 16)}"
        b_mix = b_alt + ".mix"

    # content
    if fmt == "plain":
        content = leaf_text(body, "plain", cte, m.get("force_break_at", ()))
    elif fmt == "html":
        content = leaf_text(m["html"], "html", m.get("html_cte", cte))
    elif fmt == "alt":
        hsrc = m.get("html") or auto_html(body, style)
        hcte = m.get("html_cte") or ("7bit" if hsrc.isascii() and style != "outlook" else "quoted-printable")
        if style in ("outlook", "outlook_ios"):
            hcte = m.get("html_cte") or "quoted-printable"
        content = multipart("alternative", b_alt, [
            leaf_text(body, "plain", cte, m.get("force_break_at", ())),
            leaf_text(hsrc, "html", hcte),
        ])
    else:
        raise ValueError(fmt)

    if m.get("attachments"):
        parts = [content] + [leaf_attachment(fn, ct, data) for fn, ct, data in m["attachments"]]
        content = multipart("mixed", b_mix, parts,
                            preamble=None if style != "other" else "This is a multi-part message in MIME format.")

    hd = []
    hd.append("From: " + addr(m["frm"]))
    hd.append("To: " + fold_list([addr(k) for k in m["to"]]))
    if m.get("cc"):
        hd.append("Cc: " + fold_list([addr(k) for k in m["cc"]]))
    hd.append("Subject: " + subject_header(m["subject"], m.get("subj_mode")))
    hd.append("Date: " + m["date_hdr"])
    hd.append("Message-ID: " + mid)
    if m.get("in_reply_to"):
        irt = f"<{h(m['in_reply_to'], 20)}@{m.get('irt_domain', 'mail.example.net')}>"
        hd.append("In-Reply-To: " + irt)
        hd.append("References: " + irt)
    if style == "outlook":
        topic = m["subject"]
        for pre in ("RE: ", "Re: ", "FW: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hd.append("Thread-Topic: " + subject_header(topic, m.get("subj_mode")))
        hd.append("Thread-Index: " + base64.b64encode(bytes.fromhex(h(slug + "ti", 44))).decode())
        hd.append("Accept-Language: en-GB, en-US")
        hd.append("Content-Language: en-GB")
        hd.append("X-MS-Has-Attach: " + ("yes" if m.get("attachments") else ""))
    elif style == "outlook_ios":
        hd.append("X-Mailer: Microsoft Outlook for iOS (4.2513.0)")
        hd.append("Content-Language: en-GB")
    elif style == "iphone":
        hd.append("X-Mailer: iPhone Mail (22D82)")
    else:
        hd.append("X-Mailer: Example School Messaging 3.4")
    hd.append("MIME-Version: 1.0")
    hd.extend(content[0])
    raw = "\n".join(hd) + "\n\n" + content[1]
    for line in "\n".join(hd).split("\n"):
        assert line.isascii(), line
    return raw.replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------------- message registry
EVERYDAY, HARD, FLAGS = [], [], []


def D(y, mo, d, hh, mi):
    """A fixed local UK time -> RFC 5322 date (BST from 30 Mar to 26 Oct 2025)."""
    dt = datetime(y, mo, d, hh, mi, 0)
    bst = datetime(2025, 3, 30, 1, 0) <= dt < datetime(2025, 10, 26, 1, 0)
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0))))


def add(bucket, label, slug, frm, to, subject, date, body, note, **kw):
    m = dict(label=label, slug=slug, frm=frm, to=to, subject=subject, date_hdr=date,
             body=body.lstrip("\n"), note=note)
    m.update(kw)
    bucket.append(m)


def E(*a, **k):
    add(EVERYDAY, "clean", *a, **k)


def H(*a, **k):
    add(HARD, "clean", *a, **k)


def F(*a, **k):
    add(FLAGS, "flag", *a, **k)


IPHONE = "\n\nSent from my iPhone"

# =========================================================================== EVERYDAY (30)
E("nonuniform_rnli", "office", ALL_PARENTS,
  "Non-uniform day this Friday – RNLI lifeboat appeal", D(2025, 3, 10, 10, 12), f"""
Dear Parents and Carers,

This Friday (14 March) is a non-uniform day in support of the RNLI. As many of you know, the crew at our lifeboat station went out on more than 60 shouts last year, and two of our former pupils now volunteer on the boat.

We are asking for a donation of £1, which can be paid on ParentPay under "Charity – RNLI" or brought in on the day in an envelope marked with your child's name and form.

A few reminders:
- Clothing should be sensible and suitable for school: no slogans, crop tops or open-toed shoes (science labs and the farm are running as usual).
- PE kit is still needed for PE lessons.
- Pupils on a farm duty on Friday should wear wellies and overalls as normal.

The crew will be bringing the inshore lifeboat onto the front field at lunchtime, and pupils will be able to have a look round it.

Thank you, as ever, for your support.

Kind regards

{sig("office", "Office Manager", "two")}
""", "office newsletter-style reminder to parents, non-uniform day", fmt="alt")

E("attendance_pupil_two", "attendance", ["sam"],
  "Attendance – Example Pupil Two", D(2025, 3, 5, 11, 40), f"""
Dear Sam,

I hope you're well. I'm writing because Example Pupil Two's attendance this year has dropped to 91.2%. I know he has had a couple of bouts of illness since Christmas, and the hospital appointment on 27 February was authorised, so please don't read this as a telling-off.

Our school target is 96%, and below 90% a pupil is classed as persistently absent, so we like to catch things early. Could we have a quick chat, either on the phone or in person? I'm in school Monday to Thursday, 8am–3.30pm, and you can reach me on 01632 960000 (option 2).

If there's anything going on that we could help with – transport, the early start on PE days, anything at all – it's worth mentioning. Sometimes small changes make a big difference.

Many thanks,

Gail Sefton
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 (option 2)
""", "attendance officer to parent, gentle attendance concern")

E("sparx_homework", "adeyemi", ["rayan"], "Sparx homework", D(2025, 3, 17, 15, 42), """
Hi Rayan,

Just a quick one - Sparx is showing that you haven't completed the last two homeworks (the XP boost and the one on expanding brackets). You were doing really well before half term so I don't think it's a case of not being able to do it.

Can you come to maths catch-up on Wednesday lunchtime in M4? Bring your login details if you've forgotten them and we'll get it sorted in 20 minutes.

Thanks,
Miss Adeyemi
""", "maths teacher to pupil, missing homework")

E("cover_today_phone", "cover", ["allstaff"], "cover today", D(2025, 3, 18, 7, 14), """
morning all

3 off today (DP, LB, KO). supply from coastline arriving 8.20, she's covering science P1-4 so can someone from science meet her at reception with a lanyard + the lab rules pls. slips are in pigeonholes, sorry theyre late, the office printer jammed again

KO's yr10 drama - cover work is on teams, they can use the studio but NOT the lighting desk

thanks
janine""" + IPHONE, "cover manager phone mail to all staff, text-speak", style="iphone")

E("fixtures_week", "hughes", ["allstaff"], "Fixtures w/c 24 March – pupils out of lessons",
  D(2025, 3, 21, 13, 5), f"""
Hi all,

Here are next week's fixtures. Pupils in these teams will be leaving lessons early – please mark them as educational visit (code V) on the register rather than absent. Team lists are on the PE noticeboard in the staffroom.

Mon 24 – Y8 girls' football (H) v Harbourside Academy, KO 3.45
Tue 25 – U15 netball (A) at St Aidan's, leave 2.30 (P5 missed)
Wed 26 – Y7 & Y8 boys' football (A), leave 1.45 (P4/P5 missed)
Thu 27 – District indoor athletics relays, leave 12.30 (lunch + P4/P5)
Sat 29 – U16 county cup final (H), KO 10.30 – spectators very welcome!

If any pupil in these teams has a behaviour or coursework issue you're worried about, let me know before the day. I'd rather keep them back for a catch-up than have them miss it.

Thanks for your support – it's been a busy term.

Rhys

{sig("hughes", "Head of PE", "line")}
""", "PE fixtures list to all staff", fmt="alt")

OURHOUSE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#222">
<p>Dear Parents and Carers,</p>
<p>We are delighted to announce that tickets are now on sale for this year's school musical, <b>OUR HOUSE</b>, featuring the music of Madness. More than 70 pupils from Years 7 to 11 are involved on stage, in the band and behind the scenes, and rehearsals have been going brilliantly.</p>
<h3 style="color:#1b4f72;margin-bottom:4px">Performances</h3>
<p style="margin-top:0">Wednesday 2, Thursday 3 and Friday 4 April at 7pm in the main hall (doors 6.30pm).<br>
There will also be a <b>relaxed performance</b> on Thursday at 1.30pm for our local primary schools and for families who would prefer a quieter, more flexible show.</p>
<h3 style="color:#1b4f72;margin-bottom:4px">Tickets</h3>
<p style="margin-top:0">&pound;8 adults, &pound;5 concessions and under-16s. Book online at <a href="https://tickets.example.com/exampleschool">tickets.example.com/exampleschool</a> or pay cash at the school office.</p>
<p>Refreshments will be run by the Friends of Example School, and the raffle includes a family trip on the pleasure boat and a signed rugby shirt.</p>
<p>We would also love to hear from any parents who can help with front of house or the interval bar &ndash; just reply to this email.</p>
<p>Break a leg to everyone involved!</p>
<p>Ms K Okafor<br>Director of Performing Arts<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</p>
<p><img src="cid:poster01" alt="Our House poster" width="300"></p>
</body></html>
"""
E("ourhouse_tickets", "okafor", ALL_PARENTS, "Tickets on sale: OUR HOUSE – 2, 3 & 4 April",
  D(2025, 3, 7, 16, 20), """
Dear Parents and Carers,

We are delighted to announce that tickets are now on sale for this year's school musical, OUR HOUSE, featuring the music of Madness. More than 70 pupils from Years 7 to 11 are involved on stage, in the band and behind the scenes, and rehearsals have been going brilliantly.

PERFORMANCES
Wednesday 2, Thursday 3 and Friday 4 April at 7pm in the main hall (doors 6.30pm).
There will also be a relaxed performance on Thursday at 1.30pm for our local primary schools and for families who would prefer a quieter, more flexible show.

TICKETS
£8 adults, £5 concessions and under-16s. Book online at https://tickets.example.com/exampleschool or pay cash at the school office.

Refreshments will be run by the Friends of Example School, and the raffle includes a family trip on the pleasure boat and a signed rugby shirt.

We would also love to hear from any parents who can help with front of house or the interval bar – just reply to this email.

Break a leg to everyone involved!

Ms K Okafor
Director of Performing Arts
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "school musical ticket announcement with poster image", fmt="alt", html=OURHOUSE_HTML,
  attachments=[("OurHouse_poster.png", "image/png", make_png(24, 32, (27, 79, 114)))])

E("lambing_rota", "marsden", ["allstaff"], "Lambing over Easter - volunteers please",
  D(2025, 3, 20, 12, 55), """
Hi everyone,

We've got 14 ewes due from about 8 April, which means lambing lands right in the Easter holidays (of course). I need two people a day for a morning check (8am) and an evening check (6pm) – about 45 minutes each, mostly watching, topping up water and hay, and ringing me if anything looks wrong. You don't need any experience; I'll do a 20-minute briefing on the last Thursday of term in the farm classroom.

Pupils on the Year 10 land-based course will be doing some slots with their parents, so it'll be busy, but it's honestly one of the best things about working here.

The rota is on the farm noticeboard and on the shared drive (Farm > Lambing 2025). Put your initials against any slot.

If you're pregnant or think you might be, please don't volunteer for lambing – there's a real infection risk from ewes and newborn lambs. Happy to explain more privately.

Thanks
Tom

Tom Marsden
School Farm Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext 240 | 07700 900318 (farm mobile)
""", "farm manager asks staff for lambing volunteers")

ALUM_JESS = ("Jess Tindall", "jtindall.classof2015@gmail.com")
PARENTS["jess"] = ALUM_JESS
E("reunion_2015", "alumni", ["jess"], "Class of 2015 – 10-year reunion, Saturday 28 June",
  D(2025, 4, 23, 10, 3), f"""
Hi Jess,

I hope you don't mind me getting in touch – your name is on our alumni list from when you came back for the 2019 careers fair (thank you again for the talk on marine biology, the Year 10s still mention the seal pup video!).

This year marks ten years since the class of 2015 left us, and we're holding a reunion on Saturday 28 June, 6–10pm, in the school hall. There'll be a tour of the new performing arts block and the farm, a display of old photos and show programmes (we've found the Grease programme from 2014…), and a buffet. Tickets are £15 and include a drink.

We'd love you to come, and if you're still in touch with others from your year, please pass this on. Details and booking are at https://www.example.org/alumni/reunion2015.

Best wishes,

{sig("alumni", "Alumni & Development Officer", "two")}
""", "alumni office reunion invitation to former pupil", fmt="alt")

E("geog_fieldwork_letter", "tulloch", ALL_PARENTS,
  "Year 10 Geography fieldwork – Flamborough Head, Thursday 15 May", D(2025, 4, 28, 14, 30), """
Dear Parent/Carer,

As part of the GCSE Geography course, all Year 10 pupils must complete two days of fieldwork in contrasting environments. Our physical geography day will be at Flamborough Head on Thursday 15 May, looking at coastal erosion, cliff profiles and longshore drift.

The coach will leave school at 8.30am and return for approximately 4.30pm. Pupils should wear school uniform with sensible walking shoes or boots (not trainers – parts of the cliff path are steep and can be muddy), and bring a waterproof, a packed lunch and a drink. A free school lunch pack can be ordered from the canteen by 9 May.

There is no charge for this trip. Please complete the attached consent form, or the online version on the ParentPay app, by Friday 9 May.

If your child has any medical needs or you have any questions, please contact me at school.

Yours sincerely,

Mr G Tulloch
Head of Geography
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", "fieldwork trip letter with PDF consent form", fmt="alt",
  attachments=[("Y10_Geography_fieldwork_consent.pdf", "application/pdf", make_pdf(
      "Year 10 Geography Fieldwork - Flamborough Head", [
          "Date: Thursday 15 May 2025. Coach departs 8.30am, returns approx 4.30pm.",
          "Pupil name: ______________________  Form: ______",
          "I give consent for my child to take part in the fieldwork visit.",
          "Medical needs / medication: ______________________________",
          "Emergency contact number: ______________________",
          "Signed (parent/carer): ______________________  Date: ________",
          "Return to Mr Tulloch by Friday 9 May 2025.",
          "Example School, Park Row, Leeds LS1 4AP - 01632 960000"]))])

E("mock_results_reply", "fenwick", ["ali"], "Re: Mock results", D(2025, 2, 4, 8, 10), """
Dear Mr Guardian,

Thank you for getting in touch – and don't worry, he's far from the only Year 11 being cagey about mocks!

The full report will be on the parent app on Friday, but in short: he did very well in Geography (grade 7) and Science (6-6), and his English is a solid 5. Maths is the one to focus on – he got a 4 on the higher paper, which is a pass but below his target of 6. Most of the marks he lost were on the last few questions of each paper, which usually means time management rather than understanding.

His maths teacher, Miss Adeyemi, runs a Thursday after-school session for Year 11 and I'd really encourage him to go. Sparx also sets each pupil targeted revision based on their mock paper.

Parents' evening is on 27 February and you'll be able to talk to each of his teachers then.

Best wishes,

Zoë Fenwick
Head of Year 11
Example School
Park Row, Leeds LS1 4AP
01632 960000

On 3 Feb 2025, at 20:11, Ali Guardian <ali.guardian@btinternet.com> wrote:

> Hello Ms Fenwick,
>
> Example Pupil Three says the mock results have come out but he won't tell us much. Can you let us know how he did and what he should focus on before the summer?
>
> Thanks
> Ali
""", "head of year replies to parent about mock results (quoted question)", in_reply_to="mock-ali",
  irt_domain="btinternet.com")

E("english_dept_notes", "brennan", ["ashby", "osullivan", "ibrahim"], "Notes from dept meeting 12/3",
  D(2025, 3, 13, 16, 48), """
Hi all,

Notes from Wednesday, as promised. Shout if I've missed anything.

1. Y11 final push – intervention groups continue after Easter (Mon/Tue). Mark is taking over the Tuesday group from Farah while she's on the Y10 trip.
2. Y9 – Romeo and Juliet assessment moved to w/c 31 March to avoid show week. Rachel to update the SoW.
3. Moderation – a sample of 6 Y10 language papers each by 28 March, please. Blue tray in E2.
4. Supply – with two long-term absences in the department, please have cover work in the shared folder by 8am. The supply staff have been great but they can't find anything on the network.
5. World Book Day – thanks to everyone who dressed up. Farah's Gruffalo was a triumph.
6. Budget – we have about £400 left. Options: class sets of Of Mice and Men (ours are falling apart) or a theatre trip subsidy. Vote by Friday.

Next meeting 26 March, 3.30pm, E2 (cake: Mark).

Lucy

Lucy Brennan
Head of English
Example School | 01632 960000
""", "department meeting minutes", fmt="alt")

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Headteacher's Update</title></head>
<body style="margin:0;padding:0;background:#eef3f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef3f7"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#1d2b36">
<tr><td style="background:#1b4f72;color:#ffffff"><h1 style="margin:0;font-size:24px">Headteacher's Update</h1><p style="margin:4px 0 0">Friday 9 May 2025</p></td></tr>
<tr><td>
<p>Dear Parents and Carers,</p>
<p>What a fortnight. Here are some of the highlights.</p>
<h2 style="font-size:18px;color:#1b4f72">County champions!</h2>
<p>Our U16 football team beat Harbourside Academy 2&ndash;1 in the county cup final in front of a crowd of nearly 300 on the top pitch. Thank you to everyone who came to cheer, and to Mr Hughes and Mr Ridley for giving up so many Saturdays.</p>
<h2 style="font-size:18px;color:#1b4f72">Beach clean</h2>
<p>120 pupils and staff collected 46 bags of litter from the north beach on Saturday morning, including (for the second year running) a shopping trolley. The Year 7 eco reps have written to the council about more bins on the prom.</p>
<h2 style="font-size:18px;color:#1b4f72">Year 11 exams</h2>
<p>GCSE exams start on Monday. Please help your child get plenty of sleep, eat breakfast and arrive by 8.45am. The full timetable is on the website, and the exams line is 01632 960000 (option 4).</p>
<h2 style="font-size:18px;color:#1b4f72">On the farm</h2>
<p>Nineteen lambs have arrived safely, thanks to the staff and Year 10 volunteers who did the early checks over Easter. Names have been chosen by Year 7 (yes, one of them is called Lamby McLambface).</p>
<h2 style="font-size:18px;color:#1b4f72">Dates for your diary</h2>
<ul>
<li>Mon 12 May &ndash; GCSE exams begin</li>
<li>Thu 22 May &ndash; Year 9 options evening, 6pm</li>
<li>Fri 23 May &ndash; Break up for half term</li>
<li>Mon 2 June &ndash; INSET day (school closed to pupils)</li>
</ul>
<p>Have a lovely weekend.</p>
<p>Helen Ashworth<br>Headteacher</p>
</td></tr>
<tr><td style="background:#f4f6f8;font-size:12px;color:#5a6b78">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""
E("head_newsletter", "ashworth", ALL_PARENTS, "Headteacher's Update – Friday 9 May 2025",
  D(2025, 5, 9, 15, 30), "", "headteacher's weekly newsletter, HTML only", fmt="html",
  html=NEWSLETTER_HTML, style="other", html_cte="quoted-printable")

E("carpark_resurfacing", "boateng", ["allstaff"], "Staff car park closed Sat 10 – Mon 12 May (resurfacing)",
  D(2025, 5, 6, 9, 15), """
All,

The contractors are resurfacing the staff car park over the weekend of 10–11 May. They expect to be finished by Monday lunchtime but I'd rather not promise.

On Monday 12 May please park on the overflow field by the farm gate (enter from the lane, not the main entrance – the buses need the main gate clear). I'll have cones out and I'll be there from 7.30 to wave people in. If it's wet the field gets soft at the farm end, so park nose-in along the fence and not down by the pig pens.

Disabled bays by reception stay open throughout.

Sorry for the hassle.

Will
Site Manager
07700 900512 (site mobile)
""", "site manager notice to staff")

E("access_arrangements", "delaney", ["brennan", "adeyemi", "tulloch", "pryce"],
  "Access arrangements for summer exams – Y11", D(2025, 4, 24, 13, 20), f"""
Dear colleagues,

The list of Year 11 pupils with approved access arrangements for the summer exams is now on the SEND drive (SEND > Exams > AA 2025). Please check it before your final practice papers, and use the arrangements in class as "normal way of working" from now on – the exam board can ask to see evidence of this.

The headlines:
- 25% extra time: 23 pupils
- Reader (human or exam reading pen): 9 pupils
- Scribe or word processor: 6 pupils
- Separate room / small group: 11 pupils, mostly for anxiety
- Supervised rest breaks: 4 pupils

If you're running a timed practice in class, please let the TA know in advance so the extra time can be built in.

Any queries, pop into the Hub or email me.

Thanks,
Niamh

{sig("delaney", "SENCo")}
""", "SENCo to teachers about exam access arrangements", fmt="alt")

E("clarinet_lesson", "marr", ["ella"], "Clarinet lesson time change", D(2025, 4, 2, 12, 31), """
Hi Ella,

Mrs Jakeman (clarinet) has had to move her day from Tuesday to Thursday from next week because of another school's timetable. Your new lesson slot is Thursday P3 (10.50) in practice room 2. It rotates every half term so you won't miss the same subject too often.

Can you check with your Thursday P3 teacher and let me know if there's a test or anything that clashes? Also, Grade 5 entries close on 30 April and Mrs J thinks you're ready. Have a chat at home and let me know.

Mr Marr
""", "music teacher to pupil, instrumental lesson change")

E("essay_extension", "ashby", ["dylan"], "Re: essay", D(2025, 4, 1, 7, 52), """
Hi Dylan,

Thanks for letting me know before the deadline rather than after - that's appreciated. Yes, you can hand it in today, by the end of the school day, either on Teams or printed in my pigeonhole.

If your laptop is still playing up, the library computers are free before school from 8am.

Miss Ashby

On Mon, 31 Mar 2025 at 21:04, Dylan Douglas <21ddouglas@pupils.example-school.org.uk> wrote:
> hi miss sorry i couldnt finish the essay because i had football and my laptop died can i hand it in tomorrow
> dylan
""", "teacher grants pupil an extension (quoted pupil mail)", in_reply_to="dylan-essay", irt_domain=PD)

E("lost_hoodie_reply", "ridley", ["jane"], "RE: Lost PE hoodie", D(2025, 5, 8, 12, 44), """
Hi Jane,

Good news – I think I've found it. There's a navy hoodie in the PE office with her initials written on the label, found on the bench by the field on Tuesday afternoon. I've given it to her form tutor to hand back at registration tomorrow.

If it turns out not to be hers, the lost property box is outside the sports hall. It gets cleared to the charity shop at the end of each half term, so it's worth a look before 23 May.

Thanks,
Jordan Ridley
Teacher of PE
Example School | 01632 960000

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 07 May 2025 19:02
To: Jordan Ridley <j.ridley@example-school.org.uk>
Subject: Lost PE hoodie

Hi, Example Pupil One has lost her PE hoodie – navy, name label inside. She thinks she left it on the field after rounders on Tuesday. Any chance it's been handed in?
Thanks, Jane
""", "PE teacher replies to parent about lost kit (Outlook quote)", fmt="alt",
  in_reply_to="jane-hoodie", irt_domain="mail.gmail.com")

PARENTS["agency"] = ("Karen Doyle", "bookings@example.com")
E("supply_booking", "cover", ["agency"], "Booking confirmation – Science, 24–26 March",
  D(2025, 3, 20, 10, 22), f"""
Hi Karen,

Thanks for the call this morning. Just confirming in writing that we'd like to book a science teacher for Monday 24 to Wednesday 26 March, full days (8.20am–3.20pm), covering Dafydd Pryce's timetable: mostly KS3 with one Year 10 combined science group.

If possible we'd like Sean again – the department said he was excellent last time and the kids responded really well to him. If he's not available, someone with chemistry experience please, as there's a practical on Tuesday.

On arrival they should sign in at reception and ask for me; I'll have a lanyard, a timetable and a login ready. Our safeguarding lead will need to see their DBS update service details, which I assume you'll send over as usual.

Many thanks,

{sig("cover", "Cover Manager")}
""", "cover manager confirms booking with supply agency", fmt="alt")

PARENTS["fishbar"] = ("Colin Grainger", "colin@example.org")
E("sponsored_swim_thanks", "alumni", ["fishbar"], "Thank you – Sponsored Swim 2025",
  D(2025, 5, 15, 11, 5), """
Dear Mr Grainger,

On behalf of everyone at Example School, thank you so much for sponsoring this year's sponsored swim. Your donation of £250 helped us reach a total of £3,412, which will go towards two new sailing dinghies for our Year 9 watersports programme.

Sixty-two pupils swam a combined 1,840 lengths of the leisure centre pool, and the staff relay team (against everyone's expectations) finished without anyone needing to be rescued.

We'd love to include your company's logo on the thank-you board in the sports hall and in our summer alumni newsletter. If you're happy for us to do so, could you reply with a high-resolution copy?

With warm thanks,

Harriet Lomas
Alumni & Development Officer
Example School
Park Row, Leeds LS1 4AP
01632 960000
""", "fundraising thank-you to local business sponsor")

E("swing_bridge_late", "quayle", ["cover"], "running late", D(2025, 4, 29, 8, 21), """
stuck at the swing bridge, its been up 15 mins for some yacht. can someone do 10Y reg pls, should be in by 8.45. sorry!!""" + IPHONE,
  "two-line phone mail, teacher running late", style="iphone")

E("exam_timetable", "exams", ["y11"], "Summer exam timetable – your personal copy",
  D(2025, 4, 25, 9, 0), """
Dear Year 11,

Attached is the full timetable for the summer exam series, starting Monday 12 May. Your personal timetable (with your candidate number and seat numbers) will be handed out in form time on Tuesday – please check it carefully and tell me straight away if anything is missing or looks wrong.

Key rules:
- Arrive at least 15 minutes before each exam (8.45am for morning papers, 1.15pm for afternoon).
- No phones, smart watches or earbuds in the exam room. Not even switched off in your pocket.
- Clear pencil case, black pen, and a calculator where allowed.
- If you are ill on the day of an exam, your parent/carer must phone the exams line on 01632 960000 (option 4) before 8am.

Good luck with your revision.

Mrs M Cole
Exams Officer
Example School, Park Row, Leeds LS1 4AP
""", "exams officer sends timetable CSV to Year 11 list", fmt="alt",
  attachments=[("Summer_2025_exam_timetable.csv", "text/csv", csv_bytes([
      ["date", "session", "board", "subject", "paper", "duration"],
      ["2025-05-12", "AM", "AQA", "Biology", "Paper 1 (Higher/Foundation)", "1h45"],
      ["2025-05-13", "PM", "AQA", "Geography", "Paper 1 Living with the physical environment", "1h30"],
      ["2025-05-14", "AM", "Eduqas", "English Literature", "Component 1 Shakespeare and poetry", "2h00"],
      ["2025-05-15", "AM", "Edexcel", "Mathematics", "Paper 1 (Non-calculator)", "1h30"],
      ["2025-05-16", "PM", "AQA", "Drama", "Written paper", "1h45"],
      ["2025-05-19", "AM", "AQA", "Chemistry", "Paper 1", "1h45"],
      ["2025-05-21", "AM", "AQA", "Religious Studies", "Paper 1 Beliefs and practices", "1h45"],
      ["2025-06-04", "AM", "Edexcel", "Mathematics", "Paper 2 (Calculator)", "1h30"],
      ["2025-06-11", "AM", "Edexcel", "Mathematics", "Paper 3 (Calculator)", "1h30"],
  ]))])

E("jersey_tour_payment", "trips", ALL_PARENTS, "Netball tour to Jersey – final instalment due 1 June",
  D(2025, 5, 19, 9, 30), """
Dear Parents and Carers,

This is a reminder that the final instalment of £185 for the netball tour to Jersey (17–20 July) is due by Sunday 1 June. Payments can be made on ParentPay. If you have already paid in full, thank you, and please ignore this email.

If you're having difficulty with payments, please contact me in confidence. The Friends of Example School and the alumni fund have a small hardship pot, and no pupil has ever missed a tour because of cost.

A parents' information evening will be held on Tuesday 24 June at 6pm in the sports hall, where the tour leaders will go through the itinerary, the kit list and the ferry crossing. Passports are not needed for Jersey, but every pupil will need photo ID – a PASS card or their school ID card is fine.

Kind regards,

Mrs S Pickles
Trips & Visits Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "sports tour payment reminder to parents", fmt="alt", style="other")

E("praise_pupil_one", "kaur", ["jane"], "Some good news!", D(2025, 4, 11, 14, 5), """
Dear Jane,

I just wanted to drop you a quick line to say how impressed we've been with Example Pupil One this term. Three different members of staff have mentioned her to me in the last fortnight: her science teacher for an excellent write-up of the rates of reaction practical, Mr Marsden for how calm and sensible she was helping with the newborn lambs, and Ms Okafor for stepping in at a day's notice to run the follow-spot for the show.

She's been awarded a Head of Year commendation, and her certificate will be presented in Monday's assembly.

Please pass on our congratulations - she should be really proud.

Best wishes,
Simran Kaur
Head of Year 9
Example School | 01632 960000
""", "head of year praise email to parent")

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T073000Z
DTEND:20250602T143000Z
DTSTAMP:20250522T080000Z
UID:inset-20250602@example-school.org.uk
SUMMARY:INSET day
LOCATION:Main hall
ORGANIZER;CN=Paul Holroyd:mailto:p.holroyd@example-school.org.uk
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n").encode("ascii")
E("inset_agenda", "holroyd", ["allstaff"], "INSET day Monday 2 June – agenda", D(2025, 5, 22, 9, 5), f"""
Dear all,

Here's the plan for the INSET day on Monday 2 June. Calendar invite attached.

8.30   Breakfast in the canteen (thank you, Maureen and team)
9.00   Safeguarding update – Claire Whitworth (main hall, all staff including supply on long-term contracts)
10.15  Break
10.30  Department time: curriculum planning for September
12.00  Lunch
1.00   Support staff: first aid refresher (library) / Teaching staff: department time continued
2.15   Farm and site risk assessments for anyone who supervises pupils outdoors (farm classroom, Tom and Will)
3.30   Finish

Dress is casual. If you're coming by car, the staff car park will be open again by then – fingers crossed.

Paul

{sig("holroyd", "Deputy Headteacher", "line")}
""", "deputy head sends INSET agenda with calendar invite", fmt="alt",
  attachments=[("invite.ics", "text/calendar; method=REQUEST", ICS)])

E("password_reset", "it", ["jake"], "Your password has been reset", D(2025, 1, 21, 11, 17), """
Hi Jake,

Your school network password has been reset as your form tutor asked. Your form tutor has your temporary password on a slip and will give it to you at registration tomorrow. When you log in, you'll be asked to choose a new one.

Tips for a good password:
- at least 12 characters
- three random words works well (something like GullHarbourPencil - but not that one!)
- don't use your name, your birthday or your football team
- never share it with friends, even your best mate

If you get locked out again, come to the IT office (next to the library) at break.

Kieran Walsh
IT Support
Example School | 01632 960000
""", "IT support to Year 7 pupil, password reset")

E("inspector_calls_trip", "ashby", ["y10"], "Thursday: An Inspector Calls – trip reminder",
  D(2025, 2, 11, 15, 10), """
Hi all,

Quick reminder about Thursday's trip to see An Inspector Calls at the Grand Theatre.

- Meet in the main hall at 4.45pm. Registers will be taken and we leave at 5pm sharp.
- You can wear your own clothes, but nothing you'd be embarrassed to be seen in by Mrs Ashworth.
- Bring money for a drink or snack at the interval if you want one (card only at the theatre).
- We'll be back at school at about 10.30pm. Parents must collect you from the front car park - no walking home alone.

Before you go, reread Act 3. The ending is staged in a really striking way and I want to hear your thoughts in Friday's lesson.

Miss Ashby
""", "English teacher reminder to Year 10 about theatre trip", cc=["trips"], fmt="alt")

E("library_overdue", "library", ["freya"], "Library books overdue", D(2025, 3, 12, 13, 40), """
Hi Freya,

Our records show you still have these books out:

- Wonder – R. J. Palacio (due 14 February)
- Horrible Histories: Vicious Vikings (due 28 February)

Could you bring them back or renew them at the desk this week? No fines, we just want them back on the shelves – there's a waiting list for Wonder!

Thanks,
Mrs Gorman
Library
""", "librarian overdue-books reminder to pupil")

E("fw_lost_boots", "office", ["hughes"], "FW: Lost boots", D(2025, 3, 24, 8, 50), """
Hi Rhys,

Can you check the minibus, or ask the coach company? Dad's email below.

Thanks
Bev

Bev Tanner
Office Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 23 March 2025 18:40
To: Office <office@example-school.org.uk>
Subject: Lost boots

Hello,

Example Pupil Three left his football boots (black, size 8, initials on the tongue) on the coach back from Saturday's match. Could someone check please?

Thanks
Ali Guardian
07700 900789
""", "office forwards parent's lost-property email to PE", fmt="alt")

E("ray_leaving", "holroyd", ["allstaff"], "Ray's leaving do", D(2025, 7, 14, 12, 2), """
Collection for Ray (minibus driver, 22 years!) - card's in the staffroom, envelope in the office. Drinks at the Anchor on Friday from 4.30.

Paul
""", "two-line staff admin, retirement collection")

PARENTS["primary"] = ("Mrs Okonjo", "office@example.org")
E("farm_visit_primary", "marsden", ["primary"], "RE: Farm visit for Reception and Year 1",
  D(2025, 4, 30, 15, 15), """
Dear Mrs Okonjo,

Thank you for your email. We'd be delighted to host your Reception and Year 1 classes on the school farm again this summer. The dates we can offer are Tuesday 10 June or Thursday 19 June, 9.30–11.30am.

The children will be able to feed the lambs (who will be about nine weeks old by then and very bouncy), collect eggs, meet the goats and the two donkeys, and plant sunflowers to take home. Our Year 10 land-based pupils will help run the activities, which they really enjoy.

A few practical points:
- Wellies and old clothes, please – it's a working farm!
- There are handwashing stations at the exit and every child will need to use them, as our own pupils do.
- I'll send our risk assessment as soon as the date is confirmed.
- There is room for a coach in the lower car park.

Let me know which date suits and how many children and adults to expect.

Best wishes,

Tom Marsden
School Farm Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext 240
""", "farm manager replies to local primary school about a visit", fmt="alt",
  in_reply_to="primary-farm", irt_domain="example.org")

# =========================================================================== HARD NEGATIVES (30)
H("scunthorpe_cup", "hughes", ["jane", "ali"], "U14 County Cup – away at Scunthorpe, Saturday 12 April",
  D(2025, 3, 31, 16, 10), f"""
Dear Parents and Carers,

Congratulations – the U14 boys have made it through to the County Cup semi-final, and we've been drawn away against a school in Scunthorpe on Saturday 12 April, KO 11am.

Arrangements:
- The coach leaves from the front of school at 8.15am sharp (please be there by 8am). It's a long run down the coast road and over the Humber Bridge, so we can't wait for latecomers.
- We'll be back at school at approximately 3.30–4pm. I'll send a message through the school app when we're 30 minutes away.
- Full home kit, boots, shin pads, a warm layer and a waterproof. Packed lunch and plenty of water.
- We'll stop at the services on the way home, so they may want to bring a bit of money.

Parents are welcome to travel and support – the ground is on the edge of Scunthorpe and there's parking on site. I'll send the postcode nearer the time.

Please reply by Wednesday to confirm your son is available.

Thanks,

{sig("hughes", "Head of PE")}
""", "place name Scunthorpe in fixture letter, base64-encoded subject", fmt="alt", subj_mode="B")

H("penistone_xc", "ridley", ["rayan", "dylan", "maja", "ella"], "XC at Penistone - who's in?",
  D(2025, 1, 20, 16, 2), """
Hi all,

Well done on Saturday - four of you finished in the top 20, which means you've qualified for the regional round at Penistone on Saturday 1 February.

It's a proper hilly course (Pennine hills, not our flat run along the prom!), so bring spikes if you have them, otherwise trail shoes. The minibus leaves school at 8am and we'll be back by 2pm.

Can you reply by Thursday so I know numbers:
Rayan - Y9 boys
Dylan - Y10 boys
Maja - Y11 girls
Ella - Y10 girls

And bring your permission slips back - the ones I gave out in PE on Monday.

Mr Ridley
""", "place name Penistone, cross-country qualifiers to pupils")

H("cockermouth_residential", "trips", ALL_PARENTS, "Year 7 residential – Cockermouth, 19–21 May",
  D(2025, 4, 22, 10, 45), """
Dear Parents and Carers of Year 7,

I'm pleased to confirm the final arrangements for the Year 7 outdoor residential at the activity centre near Cockermouth in the Lake District, from Monday 19 to Wednesday 21 May.

Activities include gorge scrambling, canoeing on the lake, a night walk, rock climbing, and a visit into Cockermouth itself on the final morning, where pupils will visit Wordsworth House (the poet's birthplace) as part of their English unit.

Please find attached the kit list and the medical/dietary form, which should be returned by Friday 2 May. Any medication must be handed to the trip leader in its original packaging with the pharmacy label.

The coach departs school at 8am on Monday 19 May and returns at approximately 5pm on Wednesday 21 May. Pupils will not have access to their phones during the residential; we will post updates on the school's social media each evening. In an emergency, the trip mobile is 07700 900245.

Kind regards,

Sue Pickles
Trips & Visits Coordinator
Example School
Park Row, Leeds LS1 4AP
01632 960000
""", "place name Cockermouth in residential letter, base64 body, PDF kit list", cte="base64",
  attachments=[("Y7_residential_kit_list.pdf", "application/pdf", make_pdf(
      "Year 7 Residential - Cockermouth - Kit List", [
          "Waterproof jacket and trousers; walking boots or old trainers",
          "Two old pairs of trainers for gorge scrambling (they WILL get wet)",
          "Warm fleece or jumper x2; hat and gloves; swimming costume and towel",
          "Sleeping bag and pillowcase; torch; reusable water bottle",
          "Toiletries, sun cream, any medication (in original packaging)",
          "No phones, games consoles or energy drinks please.",
          "Return medical/dietary form by Friday 2 May 2025.",
          "Example School, Park Row, Leeds LS1 4AP - 01632 960000"]))])

H("place_names_project", "tulloch", ["freya"], "Re: place names project", D(2025, 3, 17, 8, 5), """
Hi Freya,

Yes, it's real! Shitterton is a hamlet in Dorset, near Bere Regis. The name comes from Old English and really does mean something like "farm on the stream used as a sewer" – not a very glamorous history. The villagers got so fed up with people stealing the sign that they put up a stone one instead.

You're welcome to include it, as long as you explain the origin of the name like that. If you want some other good examples for your map, try:
- Twatt (Orkney and Shetland) – from Old Norse þveit, a small piece of land
- Scunthorpe – "-thorpe" is a Norse word for an outlying farm
- Penistone – probably "farm by a hill called Penning"
- anything ending in -by, -thwaite or -toft, which are all Viking

Remember the project needs at least 10 places and a map showing where they are. Due date is Friday 28 March.

Mr Tulloch

On Sun, 16 Mar 2025 at 18:22, Freya Morgan <23fmorgan@pupils.example-school.org.uk> wrote:
> hi sir is shitterton actually a real place or was jake making it up?? and can i use it for my project or is that not allowed
> freya
""", "geography: real place names Shitterton/Twatt explained to pupil, 8bit body", cte="8bit",
  in_reply_to="freya-places", irt_domain=PD)

H("clitheroe_sussex_band", "marr", ALL_PARENTS, "Concert Band – Clitheroe festival and summer tour to Sussex",
  D(2025, 4, 7, 17, 20), f"""
Dear Parents and Carers,

Two pieces of exciting news for members of the Concert Band and Jazz Band.

1. We have been invited to perform at the Ribble Valley music festival in Clitheroe on Saturday 17 May. The band will play a 20-minute set in the marquee in the castle grounds at 2pm. We'll travel by coach, leaving school at 9am and returning by 7pm. Concert dress, please (black trousers or skirt, white shirt, band tie).

2. This year's summer tour will be to East Sussex, 21–24 July. We'll be based in Eastbourne and will play the bandstand on the seafront, a joint concert with a school in Lewes, and a short set on the pier at Brighton. The full cost is £295; a deposit of £75 secures a place.

There will be a meeting for parents on Wednesday 30 April at 6pm in the music block to go through the tour and answer questions.

Please reply by 25 April to let me know if your child would like to take part in either or both.

Best wishes,

{sig("marr", "Head of Music", "two")}
""", "place names Clitheroe/Sussex in band tour letter", fmt="alt")

H("visitors_week", "office", ["allstaff"], "Visitors this week", D(2025, 6, 2, 7, 58), """
Morning all,

A few visitors this week, so you know who's who if you see them wandering about with a red lanyard:

Mon - Mr Dickens, our new Chair of Governors, is spending the day with Mrs Ashworth and will drop into some lessons. Please make him welcome!
Tue - Mrs Cockburn from the catering contractor is doing the annual kitchen audit. The canteen will run as normal.
Wed - Photographer from the local paper (P5, sports hall) for the county cup team photo. Only pupils with photo consent - Rhys has the list.
Thu - Cllr Hancock is presenting the awards at the Sports Presentation Evening at 6.30pm. Staff very welcome, there's a buffet.
Fri - Fire alarm test at 10am as usual.

Any questions, give me a shout.

Bev

Bev Tanner
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "surnames Dickens/Cockburn/Hancock in visitors notice")

PARENTS["alum_mp"] = ("Manish Patel", "mpatel.coverdrive@hotmail.co.uk")
PARENTS["alum_ge"] = ("Gemma Ellis", "gemma.ellis.1999@yahoo.co.uk")
H("wankhede_cricket_tour", "alumni", ["alum_mp", "alum_ge"], "Cricket tour to India 2026 – could you help?",
  D(2025, 5, 27, 10, 30), f"""
Dear friends,

Many of you will remember playing cricket on the school field with the sea breeze doing its best to ruin your bowling. Cricket is still going strong here, and for the first time the school is planning an overseas tour: two weeks in Mumbai and Pune in February 2026 for 16 players from Years 10 and 11.

The highlight will be a coaching session at the Wankhede Stadium, scene of the 2011 World Cup final, arranged through our partner school in Mumbai. The players will also play three matches against local schools and spend two days helping at a community coaching project.

The total cost is around £2,200 per pupil. We're determined that cost won't decide who goes, so we're aiming to raise £12,000 to support pupils from low-income families. Every gift helps – £50 pays for a pupil's kit bag, £250 for a match day.

You can donate at https://www.example.org/give/cricket-tour, or reply to this email if you'd like to sponsor a match or talk about other ways to help.

With thanks and best wishes,

{sig("alumni", "Alumni & Development Officer", "two")}
""", "Wankhede Stadium in alumni fundraising appeal", fmt="alt")

MENU_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Parents, Carers and Staff,</p>
<p>Here is the canteen menu for <b>Week 2 (w/c 12 May)</b>. All main meals are served with a choice of seasonal vegetables or salad, and there is always a jacket potato and a sandwich option.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1b4f72;color:#fff"><th>Day</th><th>Main</th><th>Vegetarian</th><th>Pudding</th></tr>
<tr><td>Monday</td><td>Chicken curry &amp; rice</td><td>Chickpea &amp; spinach curry</td><td>Flapjack</td></tr>
<tr><td>Tuesday</td><td>Toad in the hole, mash &amp; onion gravy</td><td>Quorn sausage toad in the hole</td><td>Jam roly-poly &amp; custard</td></tr>
<tr><td>Wednesday</td><td>Faggots, mash &amp; mushy peas (traditional recipe)</td><td>Cheese &amp; onion pie</td><td>Spotted dick &amp; custard</td></tr>
<tr><td>Thursday</td><td>Roast pork with crackling &amp; apple sauce</td><td>Nut roast</td><td>Bakewell tart</td></tr>
<tr><td>Friday</td><td>Fish &amp; chips (cod from the harbour)</td><td>Battered halloumi &amp; chips</td><td>Ice cream</td></tr>
</table>
<p><b>Allergen information:</b> the faggots are made for us by Hodgson&rsquo;s, the butcher on the high street, from pork and pork liver with breadcrumbs (contain gluten, sulphites). The spotted dick contains wheat, egg and milk. Full allergen sheets are available from the serving counter and on the school website.</p>
<p>Free school meal entitlement is &pound;2.85 per day. If you think your child may be eligible, please contact the office in confidence.</p>
<p>Maureen Platt<br>Catering Manager<br>Example School, Park Row, Leeds LS1 4AP &ndash; 01632 960000</p>
</body></html>
"""
H("canteen_menu", "catering", ALL_PARENTS, "Canteen menu – Week 2 (w/c 12 May)", D(2025, 5, 9, 11, 0), "",
  "food names (faggots, spotted dick) in canteen menu, HTML only", fmt="html", html=MENU_HTML,
  html_cte="quoted-printable", style="other", cc=["allstaff"])

H("beach_bird_count", "nibhriain", ["eco"], "Beach bird count – Saturday 8am", D(2025, 4, 16, 16, 35), """
Hi Eco Club,

Reminder that the beach bird count is this Saturday, meeting at the lifeboat station at 8am (high tide is at 9.40, so the birds will be pushed up close). Bring binoculars if you have them – I've got six pairs to lend – and a flask.

Last time we recorded 23 species. Things to look out for:
- shags and cormorants on the harbour wall. Shags are smaller, with a little crest in spring and a green sheen – a really good ID test.
- turnstones and purple sandpipers on the rocks by the groyne
- great tits and blue tits in the nest boxes behind the dunes – we'll check the boxes on the way back
- gannets offshore – they're in the same family as the boobies we saw in the documentary

Parents are very welcome to come. We'll be finished by 10.30.

Dr Ní Bhriain
""", "bird names (shags, great tits, boobies) to eco club; RFC 2047 sender name")

H("farm_jobs_week", "marsden", ["dylan", "ella", "freya"], "Farm jobs this week", D(2025, 5, 12, 8, 0), """
Hi all,

A few things for this week on the farm:

Meg (the collie bitch) is in season, so she's staying up at the house and NOT coming down to the yard. If you see her out, please bring her back. A litter of puppies is not part of the plan this year.

The new cockerel arrived on Friday. He's a Light Sussex, he's enormous and he has opinions. Please don't go into the hen run on your own until he settles - collect eggs in pairs and keep a bucket between you and him.

Lambs: all 19 are doing well. The ram lambs will be castrated with rubber rings on Wednesday when the vet comes - it's quick and it's standard practice. Year 10s, you can observe if you've handed your consent form in.

The jenny (our female donkey) has a slight limp, so she's on box rest. Don't let Dylan talk you into a donkey ride.

The pigs go to the abattoir on 28 May. I know some of you are attached to them, and we'll talk about it properly in Thursday's session.

Thanks for all your hard work - the farm genuinely wouldn't run without you.

Mr Marsden
""", "farm vocabulary (collie bitch in season, cockerel, castration, jenny) to pupil volunteers",
  cc=["green"])

H("cricket_kit", "hughes", ALL_PARENTS, "Cricket season – kit and safety", D(2025, 4, 3, 12, 10), """
Dear Parents and Carers,

Cricket season starts after Easter, with nets on Tuesdays and Thursdays after school and fixtures on Wednesdays.

Safety kit is compulsory when batting or wicketkeeping in hard-ball cricket:
- a helmet with a faceguard (we have school helmets, but many pupils prefer their own)
- batting pads and gloves
- an abdominal protector ("box") – boys' and girls' versions are available. These should be the pupil's own for hygiene reasons; they cost around £8 from sports shops.
- wicketkeepers also need keeping gloves and inners (the school supplies these).

Whites are preferred for fixtures but not essential for younger teams – white or cream trousers and a white polo are fine. Please name everything, especially helmets and boxes!

Girls' cricket is growing fast; we now have a Y8/Y9 girls' softball team as well as the mixed teams.

Any questions, please get in touch.

Mr R Hughes
Head of PE
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", "sports kit (box / abdominal protector) letter to parents", fmt="alt")

H("reproduction_lesson", "pryce", ["green"], "9Y3 tomorrow - reproduction lesson", D(2025, 2, 26, 16, 25), """
Hi Megan,

Heads-up for 9Y3 P2 tomorrow: it's the human reproduction lesson (B6). We'll be labelling diagrams of the male and female reproductive systems - penis, testes, scrotum, sperm duct, urethra, prostate gland; ovaries, oviducts, uterus, cervix, vagina - and then going through fertilisation and the menstrual cycle.

There's always some giggling at the start, which is fine. I usually let them get it out of their system and then insist on the scientific words. If anyone asks questions that are more RSE than biology (erections, periods, sex), I'll answer briefly and factually, or park them in the question box.

Could you sit with Rayan's table? He's been a bit silly in past lessons on this, and L. (on the SEND register) may find the diagrams uncomfortable - she's allowed to use her time-out card.

Worksheets are on the side bench. Thanks!

Dafydd
""", "biology reproduction vocabulary, teacher to TA")

H("navigation_maths", "adeyemi", ["penhale"], "Y9 navigation project - maths bits", D(2025, 1, 29, 12, 50), """
Hi Karl,

Here's what I'm planning to cover in maths for the joint navigation project, so it lines up with your sailing sessions:

Week 1 - bearings and scale drawing (three-figure bearings, back bearings)
Week 2 - trigonometry with the sextant: finding the height of the lighthouse from a measured angle, then latitude from the sun's altitude
Week 3 - plotting a fix from three bearings. I'll explain why you usually get a small triangle (the "cocked hat") instead of a single point, and how to judge the error from its size
Week 4 - cumulative frequency and box plots using the tide and wind data they collect

Could I borrow the old sextant from the boat shed for a lesson? I promise to return it in one piece.

Precious
""", "maths/navigation terms (sextant, cocked hat, cumulative)")

H("norman_conquest_revision", "quayle", ["y10"], "Norman Conquest - revision checklist", D(2025, 2, 7, 14, 15), """
Year 10,

Your Norman Conquest assessment is on Tuesday. Here's what to revise:

1. Claimants to the throne in 1066: Harold Godwinson, Harald Hardrada, William of Normandy, Edgar Aetheling.
2. William's background. Before 1066 he was often called "William the Bastard", because his parents weren't married. You can use this in your answer as long as you explain it - it's a historical nickname, not an insult in that context. After 1066 he became "the Conqueror".
3. The battles of Gate Fulford, Stamford Bridge and Hastings - causes, events, reasons for William's victory.
4. The Harrying of the North, and why historians disagree about how much damage it did.
5. Castles, the feudal system and the Domesday Book.

Extension: look up "bastard feudalism". It's a 15th-century idea and not on this test, but it'll come up next year in the Wars of the Roses unit and it's a good one to impress me with.

Mr Quayle
""", "history vocabulary (William the Bastard, bastard feudalism) to pupils")

H("romeo_juliet_bawdy", "brennan", ["ashby", "osullivan", "ibrahim"], "Y9 R&J – the rude bits",
  D(2025, 3, 3, 17, 40), """
Hi all,

A few of you asked how to handle the bawdy jokes in Romeo and Juliet with Year 9, so here's what I usually do.

I don't skip them. The opening of 1.1 is basically two servants making crude jokes to show how low the feud has sunk ("Draw thy tool", "the heads of the maids, or their maidenheads", Sampson's "'tis known I am a pretty piece of flesh"). Mercutio's "the bawdy hand of the dial is now upon the prick of noon" in 2.4 is a great way into how he uses sex and wordplay as a shield, and why his death changes the tone of the whole play.

What I'd suggest:
- explain briefly and matter-of-factly what the pun means – they'll have worked it out anyway
- focus on WHY Shakespeare puts it there (character, tone, contrast with the Prologue and the sonnet)
- don't ask pupils to read the bawdiest lines aloud if they're uncomfortable
- treat the thumb-biting as the insult it was – a great way to show how meaning changes over time

There's a glossary sheet in the R&J folder on the shared drive.

Lucy
""", "set text quotations (Romeo and Juliet bawdy puns) among English staff", fmt="alt")

H("mice_and_men_letter", "ashby", ALL_PARENTS, "Year 10 English – reading Of Mice and Men",
  D(2025, 4, 25, 12, 0), """
Dear Parents and Carers,

This half term Year 10 will be reading John Steinbeck's novella Of Mice and Men, set among migrant ranch workers in 1930s California.

We want to let you know in advance that the novel contains language that reflects its time and setting. Characters swear ("damn", "bastard", "son-of-a-bitch") and there is racist language, including a racial slur repeatedly directed at Crooks, the only Black character on the ranch. The book also deals with violence, loneliness and the treatment of disabled people: Lennie is described in terms we would now find offensive.

In lessons we will not read the racial slur aloud, and we will discuss with pupils why Steinbeck uses this language and what it shows about the prejudice and powerlessness of the characters. Our aim is for pupils to understand the history and to challenge prejudice today.

If you have any questions or concerns, please don't hesitate to contact me.

Yours sincerely,

Miss R Ashby
Teacher of English
Example School
Park Row, Leeds LS1 4AP
01632 960000
""", "letter to parents naming swear words in a set text [unsure]")

H("re_heaven_hell", "osei", ["y8"], "RE homework - Heaven, Hell and judgement", D(2025, 1, 30, 15, 5), """
Hi Year 8,

This week's homework (due Monday) follows on from our lesson on Christian beliefs about life after death.

1. In your own words, explain what Christians mean by Heaven, Hell and Purgatory. (Remember, not all Christians believe in Purgatory - say who does.)
2. What is the Day of Judgement? Use the Parable of the Sheep and the Goats (Matthew 25) in your answer.
3. The third commandment says "You shall not take the name of the Lord your God in vain." What do you think this means? Why might some Christians be upset when people say "Oh my God" or use "Jesus Christ" as an exclamation? Do you think it matters?
4. Compare with one other religion we have studied - for example Muslim beliefs about Akhirah (life after death) or the Sikh idea of mukti.

Be respectful when writing about beliefs that aren't your own.

Mr Osei
""", "RE homework: Hell, damnation, blasphemy, religions named")

H("german_exchange_words", "nowak", ["ella", "dylan", "maja"], "Exchange - a few words you'll see in Germany",
  D(2025, 5, 23, 13, 25), """
Hallo zusammen,

Our exchange partners arrive in two weeks! Here are a few words you'll see all over the place - and yes, I know some of you will find these funny. Get the giggling out of your system now, please, not in front of your host families:

- Ausfahrt = motorway exit (you will see this sign a lot)
- Fahrt = journey ("Gute Fahrt!" = have a good trip)
- Gift = poison (so "Gift" on a bottle is not a present)
- dick = fat or thick ("ein dickes Buch" = a thick book)
- Bad = bathroom, and Handy = mobile phone
- Mist! = a mild "oh no!" - fine to say, but Oma may still raise an eyebrow

A useful one: "Ich bin satt" means "I'm full". Don't say "Ich bin voll" - that means you're drunk.

Your host family details are in your welcome pack. Bis bald!

Herr Nowak
""", "German words (Fahrt, Gift, dick) for exchange pupils")

H("rse_letter_y10", "osei", ALL_PARENTS, "Year 10 Relationships and Sex Education – summer term",
  D(2025, 5, 30, 10, 0), """
Dear Parents and Carers,

As part of our PSHE programme, Year 10 will be studying the Relationships and Sex Education (RSE) unit during the second half of the summer term. The lessons follow the statutory guidance from the Department for Education and are taught by trained staff.

Topics include:
- healthy and unhealthy relationships, including coercive control
- consent, and the law on sexual activity
- contraception, including condoms and hormonal methods, and where to access sexual health services
- sexually transmitted infections, how they are spread and how to reduce the risk
- pornography: how it can give a distorted picture of sex and relationships, and the law
- sharing nude images ("sexting") and what to do if something goes wrong online

Parents have the right to request that their child is withdrawn from some or all of the sex education delivered as part of RSE (but not from relationships education, or from the biology in the science curriculum). If you would like to discuss this, please contact me and we can arrange a meeting. Copies of the lesson materials are available on request, and a summary is attached.

Yours faithfully,

Mr C Osei
Head of RE & PSHE
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "RSE letter to parents with PDF summary", fmt="alt", attachments=[
      ("Y10_RSE_summary.pdf", "application/pdf", make_pdf("Year 10 RSE - Summer Term 2025", [
          "Lesson 1: Healthy relationships and coercive control",
          "Lesson 2: Consent and the law",
          "Lesson 3: Contraception and sexual health services",
          "Lesson 4: Sexually transmitted infections",
          "Lesson 5: Pornography, body image and the law",
          "Lesson 6: Nude image sharing - what to do and where to get help",
          "Right to withdraw: contact Mr C Osei, Head of RE & PSHE, 01632 960000"]))])

H("tourettes_8r", "delaney", ["adeyemi", "pryce", "quayle", "osei"], "8R - pupil with Tourette's (CONFIDENTIAL)",
  D(2025, 2, 25, 8, 5), """
Dear colleagues,

You all teach T. in 8R. Following his diagnosis of Tourette's syndrome over half term, his parents have agreed for me to share the following with staff who teach him.

T. has both motor and vocal tics. At the moment his vocal tics include coprolalia – involuntary swearing – which is relatively rare but very distressing for him. The words you are most likely to hear are "fuck", "cock" and "shit", sometimes shouted, usually when he is anxious or trying hard to suppress the tics.

Please:
- do NOT sanction tics or comment on them in front of the class. They are not deliberate.
- don't ask him to stop or "hold it in" – suppressing tics makes them worse later.
- let him use his exit card to go to the Hub whenever he needs to.
- if other pupils react or copy him, deal with that under the behaviour policy as normal. His form tutor has done a session with 8R (with T.'s permission).

His one-page profile is on Arbor. Thank you for your understanding – he's a lovely lad and it's been a tough few weeks for him.

Niamh Delaney
SENCo
Example School | 01632 960000
""", "SEND: SENCo tells staff which words a pupil's tics produce (staff-only) [unsure]", cc=["mensah"])

H("dsl_threat_report", "fairweather", ["dsl"], "Incident P4 - 9Y2 (for DSL)", D(2025, 3, 6, 12, 38), """
Claire,

Logging this on CPOMS as well, but wanted you to have it straight away.

During P4 cover (9Y2, room S3) at about 12.10, R. and K. started arguing about something that had happened on Snapchat last night. R. stood up, pushed K.'s chair and said - exact words - "I'm going to fucking kill you after school, you fat cunt, you and your brother." K. was visibly upset and shaking. I separated them, sent R. to the on-call room with a buddy and kept K. with me until the end of the lesson.

K. told me afterwards that R. has been sending her messages "for weeks" and that some of them are about her mum. She showed me one on her phone but I didn't take a photo or a screenshot (as per training). She is now with Mrs Kaur.

R. leaves by the back gate at 3.15 and K. walks home along the front, so there may be a risk after school today.

Mark Fairweather
Cover Supervisor
""", "safeguarding report to DSL quoting a pupil's threat verbatim", cc=["kaur"])

H("dsl_homophobic_report", "farrant", ["dsl"], "Homophobic comments 11C drama – for DSL",
  D(2025, 3, 19, 16, 12), """
Hi,

I'm a supply teacher covering Drama this week, so apologies if this isn't the right way to report it – the cover manager told me to email you directly and she'll show me CPOMS tomorrow.

In 11C drama today (P5), while the class was rehearsing in groups, I heard two boys (J. and C.) repeatedly call another pupil, L., a "faggot" and "gay boy", and one of them said "no one wants to touch you in the lift scene, you'll give us AIDS". L. laughed it off at first, but later left the studio and I found him in the toilets, upset. He said it "happens all the time" and that he doesn't want his parents told.

I told J. and C. that the language was homophobic and unacceptable and took their names. I haven't contacted any parents.

Amy Farrant
Supply Teacher – Drama
Example School (via agency)
""", "supply teacher reports homophobic abuse to DSL, quoting slurs", cc=["fenwick"])

H("dsl_racist_report", "ridley", ["dsl"], "Racist incident – Y8 changing rooms", D(2025, 6, 10, 11, 5), """
Claire,

Reporting a racist incident from Y8 boys' PE this morning (P2). When I went into the changing room at the end of the lesson, A. was sitting on his own and told me that three boys (names on CPOMS) had been calling him "paki" and "terrorist" and asking if his dad "runs the corner shop". He says it started on the bus last week. Another pupil, M., confirmed he heard the word "paki" said at least twice.

I kept the three boys back at break and recorded what they said. One admitted it and said it was "banter". I've logged it as a racist incident and Rhys is aware. A.'s form tutor is going to check in with him this afternoon.

Can you advise whether we contact parents today, or whether Abena is doing that as Head of Year?

Jordan

Jordan Ridley
Teacher of PE
Example School | 01632 960000
""", "racist incident report to DSL quoting the slur a pupil used", cc=["hughes", "mensah"], fmt="alt")

H("reply_abusive_parent", "ashworth", ["ali"], "RE: DETENTION", D(2025, 3, 4, 9, 40), """
Dear Mr Guardian,

Thank you for your email, which has been passed to me. I understand that you are upset about the detention set for Friday, and I would like to talk it through with you.

Our mobile phone policy, which was shared with all families in September, says that phones must be switched off and in bags during the school day. Your son was asked three times to put his phone away in a lesson on Monday, and then refused to hand it in. The detention was set for that refusal, not for the phone itself.

I would be very happy to meet you, with his Head of Year, on Thursday at 8.15am or 3.30pm. Please let the office know which suits.

I would ask that any further correspondence is kept courteous. Our staff work very hard for your son, and abusive language towards them will not be tolerated; if it continues, I will need to ask you to contact the school in writing only.

Yours sincerely,

Mrs H Ashworth
Headteacher
Example School
Park Row, Leeds LS1 4AP
01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 03 March 2025 21:47
To: Office <office@example-school.org.uk>
Subject: DETENTION

Who do you think you are giving my son a 2 hour detention over a phone. You're a useless bunch of wankers who couldn't run a bath. If he's kept in on Friday I'm going to the papers and I'll be coming down there myself.

Ali Guardian
""", "head's polite reply; abusive words only in parent's quoted email", fmt="alt", cc=["fenwick"],
  in_reply_to="ali-detention", irt_domain="btinternet.com")

H("reply_late_bus_parent", "attendance", ["jane"], "RE: Late mark", D(2025, 5, 15, 9, 25), """
Dear Jane,

Thank you for letting me know. You're right that the 8.05 harbour bus has been running late – several pupils were affected this week, and I've raised it with the bus company.

I've amended her mark for Tuesday to show she was late because of the bus, so it won't count against her punctuality, and the lunchtime detention has been cancelled.

If it happens again, she just needs to sign in at reception and say she was on the late bus, and we'll check it against the others.

Kind regards,

Gail Sefton
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 (option 2)

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 14 May 2025 20:16
To: attendance@example-school.org.uk
Subject: Late mark

This is absolute bullshit. She was NOT late, the BUS was late, it's the 8.05 from the harbour that ALWAYS runs late. Sort it out and take the late mark off.

Jane Parent
""", "attendance officer's calm reply; swearing only in parent's quoted text", fmt="alt",
  in_reply_to="jane-late", irt_domain="mail.gmail.com")

H("behaviour_policy_language", "kaur", ["fenwick", "mensah", "holt"], "Behaviour policy review – language section (draft)",
  D(2025, 2, 12, 17, 5), """
Hi all,

Ahead of Thursday's meeting, here's my first go at the language section. Shout if you disagree – it's a draft.

At the moment we're inconsistent. Some staff are giving a C3 for a kid saying "shit" under their breath when they drop their pencil case, and others are letting "fuck off" aimed at a member of staff go with a warning. Pupils have noticed, and so have parents.

Proposed:
- Swearing in conversation, not aimed at anyone (e.g. "oh shit, I've left my book") – C1 reminder, C2 if repeated.
- Swearing at another pupil ("you're a dickhead") – C2 and a restorative conversation.
- Swearing at or about a member of staff ("fuck off, sir") – C4 and a day in the reflection room.
- Discriminatory language (racist, homophobic, sexist, disability-related – including "that's so gay", "retard", "spaz") – always logged on CPOMS as a prejudice-related incident, C3 minimum, parents contacted.

Cover and supply staff need this on one side of A4 in the cover folder, because they're the ones who hear most of it and don't know our system.

Thoughts?

Simran
""", "heads of year discuss behaviour-policy treatment of swearing, quoting examples", fmt="alt",
  cc=["holroyd"])

H("panto_casting", "okafor", ["panto"], "Christmas panto casting – Dick Whittington!", D(2025, 6, 27, 15, 45), """
Hi everyone,

Thank you to all 48 of you who auditioned on Tuesday – it was genuinely one of the hardest casts I've ever had to pick. This year's Christmas panto is DICK WHITTINGTON, and here's the cast:

Dick Whittington – Freya M.
Tommy the Cat – Jake S.
Alice Fitzwarren – Poppy R.
Sarah the Cook (our Dame) – Mr Marr (yes, really – he volunteered)
Idle Jack – Rayan A.
King Rat – Noah T.
Fairy Bowbells – Isla W.
Alderman Fitzwarren – Kacper L.
Rats, sailors, Londoners and the Sultan of Morocco's court – everyone else who auditioned!

Scripts will be handed out in the last week of term so you can start learning lines over the summer (I know, I know). First rehearsal is Tuesday 9 September, 3.30pm in the studio.

Well done, all of you.

Miss Okafor
""", "panto title Dick Whittington in cast list to pupils", cc=["marr"])

H("u15_rugby_team", "hughes", ["u15"], "U15 team v Harbourside - Saturday", D(2025, 1, 23, 16, 40), """
Lads,

Team for Saturday (KO 10.30, home, top pitch):

1 Loosehead prop - Kai B
2 Hooker - Dylan D
3 Tighthead prop - Sam W
4 & 5 Locks - Olly T, Ben C
6 Blindside flanker - Jayden P
7 Openside flanker - Harvey L
8 Number 8 - Finn R
9 Scrum half - Leo M
10 Fly half - Aaron S
11-15 - Josh K, Callum F, Ethan H, Marcus O, Will G
Subs - Noah E, Ryan S, Toby P

Dylan - lineout throws were much better on Thursday, keep it up. Everyone: we were too high in the tackle last week. Get low, cheek to cheek, and drive through. And I don't want to see anyone going off their feet at the breakdown, the ref will have us.

Meet in the changing rooms at 9.30. Gumshields are compulsory - no gumshield, no game.

Mr Hughes
""", "rugby positions/coaching terms (hooker, tackle, cheek to cheek) to squad list", cc=["dylan"])

H("donor_wall_names", "alumni", ["ashworth"], "Donor wall – names for approval", D(2025, 6, 4, 15, 20), """
Hi Helen,

Attached is the final list of names for the donor wall in the new performing arts block, for your approval before it goes to the sign-makers on Friday.

A few things to flag:
- Dr Karen Willey (class of 1994) has asked to be listed as "The Willey Family".
- Mr Tony Titmuss (1987) would like his late wife included – I've put "Tony and Jean Titmuss".
- Mrs Angela Shufflebottom has confirmed she's happy for her name to appear in full (I did ask, given the Year 9s).
- The Cockburn Foundation want their logo rather than text; I've sent the file to the sign-makers separately.
- Two donors have asked to be anonymous and will appear as "A friend of the school".

The total raised for the block now stands at £184,600.

Harriet

Harriet Lomas
Alumni & Development Officer
Example School | 01632 960000
""", "donor surnames (Willey, Titmuss, Shufflebottom, Cockburn) with CSV attachment", fmt="alt",
  attachments=[("donor_wall_final.csv", "text/csv", csv_bytes([
      ["display_as", "class_of", "tier", "anonymous"],
      ["The Willey Family", "1994", "Gold", "no"],
      ["Tony and Jean Titmuss", "1987", "Gold", "no"],
      ["Angela Shufflebottom", "2001", "Silver", "no"],
      ["The Cockburn Foundation (logo)", "", "Platinum", "no"],
      ["Dr Samuel Hancock", "1979", "Silver", "no"],
      ["Priya and Rob Dickinson", "2003", "Bronze", "no"],
      ["A friend of the school", "", "Gold", "yes"],
      ["A friend of the school", "", "Bronze", "yes"],
      ["Harbourside Fisheries Ltd", "", "Bronze", "no"],
  ]))])

H("stopcock_pig_pens", "boateng", ["marsden"], "Pig pen leak - sorted (mostly)", D(2025, 2, 18, 14, 35), """
Tom,

Found the leak. The stopcock in the feed store had seized half open, so the ball valve on the big trough couldn't shut off - that's why the pens were flooding. Freed it off and put a new washer in.

While I was there I replaced the two nipple drinkers in pen 2 that the pigs had chewed - the old ones were knackered. There were spare brass ones in the blue box in the workshop.

Still to do: the overflow pipe on the water butt by the hen house needs a new fitting. I'll pick one up from the builders' merchant on Thursday.

Shout if it starts again.

Will
""", "plumbing/farm terms (stopcock, ball valve, nipple drinkers, knackered)")

# =========================================================================== FLAGS (20)
F("minibus_phone", "hughes", ["ridley"], "minibus", D(2025, 3, 26, 16, 48), """
jordan the minibus is fucked again, warning light came on at the top of the prom and its making a noise like a bag of spanners. ive left it in the bus bay and the keys are in the office. can you ring the hire place and get us the other one for the u14s tomorrow or we'll have to cancel. not cancelling again, weve done it twice this term

cheers
R""" + IPHONE, "plain 'fucked', staff-to-staff phone mail", style="iphone")

COVER_LOG = csv_bytes([
    ["date", "period", "class", "absent_staff", "cover_by", "agency", "notes"],
    ["2025-03-10", "P1", "9X/Ma2", "PA", "D Lacey", "Coastline", "Fine. Left a note for Precious."],
    ["2025-03-10", "P2", "10Y/En1", "LB", "M Okoro", "Coastline", "20 mins late, no lanyard, otherwise ok"],
    ["2025-03-10", "P3", "8R/Sc1", "DP", "S Vance", "Bluewater", "useless twat - sat on his phone all lesson and 8R ran riot. DO NOT REBOOK"],
    ["2025-03-10", "P4", "8R/Sc1", "DP", "S Vance", "Bluewater", "see above"],
    ["2025-03-10", "P5", "7Q/Dr", "KO", "Internal - MF", "", ""],
    ["2025-03-11", "P1", "11C/Sc3", "DP", "Sean R", "Coastline", "Excellent, kids loved him, rebook"],
    ["2025-03-11", "P2", "9Y/Hi", "BQ", "Internal - AF", "", ""],
    ["2025-03-11", "P3", "10X/Sc2", "DP", "(cancelled 8.15)", "Coastline", "agency pissed us about again - confirmed 7.30 then cancelled 8.15. Split class."],
    ["2025-03-12", "P1", "8Q/Geo", "GT", "T Harding", "Bluewater", "Good, would use again"],
    ["2025-03-13", "P4", "7R/Mu", "EM", "Internal - JR", "", "Band rehearsal clash, moved to library"],
])
F("cover_log_csv", "cover", ["holroyd"], "Cover log w/c 10 March – for agency review", D(2025, 3, 17, 8, 40), f"""
Hi Paul,

Attached is last week's cover log for Thursday's agency review meeting. Headlines:

- 61 lessons covered in total, 38 by supply and 23 internally.
- Monday and Tuesday were the worst (14 and 16 lessons) with the flu going round science.
- Coastline were late or cancelled on three occasions. Bluewater were better on time but the quality was very mixed.

My comments on each booking are in the notes column. They're my honest opinion, so please don't forward the spreadsheet to the agencies as it is!

Thanks,
Janine

{sig("cover", "Cover Manager")}
""", "clean body; swearing ('twat', 'pissed us about') in author's own CSV attachment notes", fmt="alt",
  attachments=[("cover_log_wc_10-03-25.csv", "text/csv", COVER_LOG)])

F("reply_parent_pissing_about", "ridley", ["sam"], "Re: Saturday team", D(2025, 3, 12, 7, 31), """
Hi Sam

To be honest he's been dropped because he spent most of Thursday's session pissing about, and he mouthed off at the ref in the last game in front of the other school. I'm not having that crap from anyone in my team, doesn't matter how good a player he is.

He can earn his place back in training next week. If he wants to talk to me about it he knows where I am.

Jordan Ridley
PE

Sent from Outlook for iOS

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: Tuesday, March 11, 2025 7:42:13 PM
To: Jordan Ridley <j.ridley@example-school.org.uk>
Subject: Saturday team

Hi Mr Ridley,

Example Pupil Two came home really upset tonight because he's been left out of Saturday's team. He has been to every training session this term and he doesn't understand why. Could you explain please?

Thanks
Sam Carer
""", "teacher to parent: 'pissing about', 'crap' in own reply (parent's quote is polite)", fmt="alt",
  style="outlook_ios", in_reply_to="sam-team", irt_domain="outlook.com")

F("dress_rehearsal_pupils", "okafor", ["cast"], "Tomorrow's dress rehearsal – READ THIS", D(2025, 3, 31, 21, 15), """
Cast and crew,

Tonight was not good enough. Four of you didn't turn up without telling anyone, two of you were on your phones in the wings during Act 2 and missed your entrances, and the change into the wedding scene took over three minutes because nobody was where they should have been.

The dress rehearsal is TOMORROW, Tuesday, at 3.30pm. You need to be in the studio, in costume, by 3.45. If you are not there, you are not in the show. I mean that. I don't care whose bus was late.

I am honestly sick of this bollocks. Mr Marr, the band, and the parents who built the set and sewed the costumes have given up every evening for weeks, and some of you are treating it like an optional club.

Those of you who have been brilliant – and most of you have – thank you. You know who you are.

Ms Okafor
""", "drama director to pupil cast list: 'bollocks' (plain)", cc=["marr"])

F("supply_slur", "quayle", ["tulloch"], "new supply", D(2025, 4, 28, 12, 40), """
Have you met the new supply in H3 yet? Nice enough bloke but camp as Christmas - proper poof, the Year 10s are going to eat him alive. Give it till Wednesday.

Anyway are you still ok to swap duties Thursday? I've got the dentist.

B
""", "homophobic slur about a supply colleague (plain)")

F("goats_escape", "marsden", ["boateng"], "GOATS", D(2025, 4, 9, 8, 12), """
Will - the goats have had the fence down again by the polytunnel and three of them are in the staff car park. One is currently stood on the bonnet of Helen's car. The two pygmy ones are absolute twats, they've chewed straight through the new wire we put up on Friday.

Can you send whoever's free down with a couple of hurdles? I've got a bucket of feed but the little bastards know I'm on my own.

Tom""" + IPHONE, "farm manager venting: 'twats', 'bastards' (plain, phone)", style="iphone")

F("alumni_pledge", "alumni", ["verity"], "Pledge form – G. Ellwood", D(2025, 6, 5, 14, 2), """
Dan,

Just off the phone with Gareth Ellwood (class of '89). At the reunion dinner he stood up in front of 80 people and pledged £5,000 for the 3G pitch. Today he says he "never said that" and I must have "misheard". What a wanker.

Can you dig out the pledge form he signed on the night? I think it's in the grey folder with the table plan. I'm going to write him the most charming email of my life anyway, because Helen wants his name on the sponsors' board for the opening.

Thanks
H
""", "alumni officer calls a donor a 'wanker' (plain, multipart)", fmt="alt")

F("reply_cover_racist", "pryce", ["cover"], "RE: Cover tomorrow – Mr Iqbal P3–5", D(2025, 5, 13, 16, 22), """
Janine,

Can we please not have him again? The kids couldn't understand a word he said - it was like having the bloke from the paki shop on the front teach my Year 8s. Get me someone who can actually explain a practical.

D

________________________________
From: Janine Rudd <cover@example-school.org.uk>
Sent: 13 May 2025 15:58
To: Dafydd Pryce <d.pryce@example-school.org.uk>
Subject: Cover tomorrow – Mr Iqbal P3–5

Hi Dafydd,

Just to let you know that Mr Iqbal from Bluewater Education will be covering your P3–5 classes tomorrow while you're on the Y10 fieldtrip. Please leave cover work in the science cover folder by 8am.

Thanks,
Janine
""", "racial slur in reply about a supply teacher (quoted original is clean)", fmt="alt",
  in_reply_to="cover-iqbal", irt_domain="LO2P265MB0001.GBRP265.PROD.OUTLOOK.COM")

F("hall_key_asterisk", "marr", ["hughes", "office"], "who the f*ck has the sports hall key??",
  D(2025, 2, 19, 15, 24), """
Serious question. Jazz band starts in 5 minutes, there are 40 kids with instruments standing outside the sports hall in the rain, and the key isn't on the hook in reception. PE say they haven't got it. Office say they haven't got it. So some f*cking ghost has it.

If it's in your pocket, please bring it to the hall NOW.

Ed
""", "asterisk-masked 'f*ck' in subject and 'f*cking' in body")

F("9x4_symbols", "adeyemi", ["kaur"], "9X4", D(2025, 2, 27, 15, 50), """
simran 9X4 were absolutely sh!t today, couldnt even get through the starter. rayan and his mates were a pain in the @rse all lesson, logged it on arbor but can you pick it up with them tmrw? im done with that group this week honestly

P""" + IPHONE, "symbol-masked 'sh!t' and '@rse', phone mail to colleague", style="iphone")

F("marking_policy_leet", "tulloch", ["quayle"], "new marking policy", D(2025, 1, 15, 17, 30), """
Ben,

Have you read the new marking policy yet? Four pages of b0ll0cks. "Every piece of extended writing to receive a WWW, EBI and a pupil response in green pen within 5 working days." Whoever wrote that is a w4nk3r who's never had 30 Year 9 books and a farm duty on the same night.

I'm raising it at the staff meeting. Back me up and I'll buy you a pint in the Anchor.

G
""", "leetspeak 'b0ll0cks', 'w4nk3r' venting to colleague")

F("cup_final_pupil", "hughes", ["tyler"], "WHAT A GAME", D(2025, 3, 29, 14, 55), """
Tyler!!!

Get innnnnnnn!!! County champions!! Fuuuuuucking hell that was close. When they hit the post in the 89th minute I nearly died, shiiiiiit. Proud of every single one of you.

Tell the lads no training Monday, they've earned it. Pizza in the PE office Tuesday lunch.

Mr H""" + IPHONE, "repeated-letter 'fuuuuucking', 'shiiiiit' from PE teacher to pupil", cc=["ridley"],
  style="iphone")

F("coach_driver_dotted", "trips", ["okafor"], "coach for the tour", D(2025, 5, 20, 13, 10), """
Kemi,

Had the coach firm on the phone. I've told them in no uncertain terms that we never want that driver again - the one who left two Year 8s at the services on the way back from the theatre and then shouted at them for being late. Between us, he's an absolute c.u.n.t and I'm amazed they still employ him.

They've offered 20% off the Belgium tour coach by way of apology, which I've accepted, and a different driver (Gary, who did the Jersey trip - he was lovely).

Can you let the band parents know it's all confirmed?

Sue
""", "dot-separated 'c.u.n.t' about a coach driver, staff to staff")

HOMO_BASTARD = "b\u0430st\u0430rd"          # Cyrillic a
HOMO_FUCKING = "fu\u0441king"               # Cyrillic es
F("ehcp_homoglyph", "delaney", ["kaur"], "EHCP (again)", D(2025, 6, 12, 16, 40), f"""
Simran,

The local authority have lost T.'s EHCP annual review paperwork. AGAIN. Third time this year. I've sent it recorded delivery, by email, and uploaded it to their portal, and somehow it still doesn't exist.

Whoever's running that team is a useless {HOMO_BASTARD} and I've had enough. It's a {HOMO_FUCKING} joke – he's been waiting eight months for a decision on his placement.

Sorry, needed to vent. I'll be civil when I ring them tomorrow.

N
""", "Cyrillic homoglyphs in 'bastard' and 'fucking', quoted-printable", cte="quoted-printable")


def fullwidth(word):
    return "".join(chr(ord(c) + 0xFEE0) for c in word)


F("fixture_fullwidth", "ridley", ["hughes"], "lol", D(2025, 5, 7, 12, 12), f"""
rhys have you seen the league email, they've moved the u13 fixture AGAIN, 4th time this season 🙃 fixtures sec is an absolute {fullwidth("bellend")}
can we ring them after period 5?

sent from my phone
""", "full-width letters 'bellend', 8bit UTF-8 phone mail", cte="8bit", style="iphone")

ZW_WANKER = "wa\u200bnk\u200ber"
F("moderator_zero_width", "oyelaran", ["penrose"], "moderation", D(2025, 5, 16, 16, 5), f"""
Jess,

The moderator has just left. He's knocked the whole Year 11 sample down – every single candidate, including the ones we cross-checked with the county adviser in March. What a {ZW_WANKER}. He spent ten minutes on the portfolios and most of the visit complaining about the car park.

I'm going to appeal. Can you pull together the standardisation notes and the annotated exemplars? Let's talk at break tomorrow.

Marcus

Marcus Oyelaran
Head of Art
Example School | 01632 960000
""", "zero-width spaces inside 'wanker', Outlook multipart QP", fmt="alt")

SPLIT_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Janine,</p>
<p>Sorry but I really can't do 10D again tomorrow. That class is an absolute sh<span>it</span>show. Half of them walked out at the bell before I'd even set the homework, and the cover work was one line on a post-it: &quot;carry on with devising&quot;. Carry on with WHAT?</p>
<p>Whoever left that is a tw&#97;t. The least they could do is leave a seating plan.</p>
<p>Happy to take any other drama or English classes. Just not that one.</p>
<p>Amy</p>
</div>
</body></html>
"""
F("supply_html_split", "farrant", ["cover"], "10D tomorrow", D(2025, 3, 20, 17, 45), "",
  "HTML-only: 'sh<span>it</span>show' split by tags, 'tw&#97;t' via entity", fmt="html", html=SPLIT_HTML,
  html_cte="7bit")

ENTRIES_BODY = """Paul,

The exam board have changed the late entry deadline again and nobody told me - I found out from a forum. I've had to re-enter 40 kids for higher tier maths by hand this afternoon, one at a time, because their portal won't take the bulk upload file, which is fucking brilliant at 4pm on a Friday.

Anyway it's done, and no late fees. But can we please get maths to confirm tiers by the proper date next year?

Mandy

Mandy Cole
Exams Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""
F("entries_qp_softbreak", "exams", ["holroyd"], "entries", D(2025, 2, 21, 16, 55), ENTRIES_BODY,
  "quoted-printable soft line break inside 'fucking'", cte="quoted-printable",
  force_break_at=(ENTRIES_BODY.index("fucking") + 2,))

F("sports_day_b64_slur", "ridley", ["hughes"], "sports day relay", D(2025, 6, 18, 19, 22), """
Rhys can we take the spaz kid from 8R out of the sports day relay 😂 he's fallen over in every practice and 8R are going to lose by a mile. proper retard with anything involving coordination. stick him on the tug of war or something

J""" + IPHONE, "disability slurs ('spaz', 'retard') about a pupil, base64 body", cte="base64", style="iphone")

F("tour_subject_b", "marr", ["okafor"], "Belgium tour – what a load of bollocks", D(2025, 5, 21, 10, 30), """
Kemi,

The travel company have moved our ferry to 5.30am. From Hull. With 52 kids, two double basses and a drum kit. Apparently the evening sailing is "no longer operating on that date".

I've asked for a call back from the manager today. Don't tell the parents yet - I want to see if they'll put us on the overnight boat instead.

Ed
""", "'bollocks' only in RFC 2047 base64-encoded subject", subj_mode="B")


# =========================================================================== write out
def order():
    assert len(EVERYDAY) == 30 and len(HARD) == 30 and len(FLAGS) == 20, (len(EVERYDAY), len(HARD), len(FLAGS))
    e, hh, f = list(EVERYDAY), list(HARD), list(FLAGS)
    seq = []
    for blk in range(20):
        pat = "EHFH" if blk % 2 == 0 else "HEEF"
        for c in pat:
            seq.append({"E": e, "H": hh, "F": f}[c].pop(0))
    return seq


README = """# Round 14 hold-out corpus – obscene-language

**Blind test data. Never use for tuning.** Nobody looked at the filter, its rules, its tests or its
documentation while writing these messages, and nobody tuned anything on them. Keep it that way:
do not read these files while changing rules, and do not add them to any training or regression set
that is used during development. If the filter gets one wrong, that is a finding, not a fixture to fix against.

## What it is

{total} complete RFC 5322 messages (`.eml`) of outgoing staff mail from a fictional coastal-town 11–16
comprehensive ("Example School": big sports and performing-arts programme, a small school farm, many
supply and cover teachers, an alumni and fundraising office, a lot of mail typed on phones), each labelled
with what a safeguarding lead would expect the obscene-language check to do under the staff
e-communications policy ("staff must not use obscene language or swear words, nor make offensive comments
on grounds of gender, race, disability, age, religion or sexual orientation").

- `flag`  – the staff author's own words (subject, body or a text attachment) contain swearing or a slur.
- `clean` – no such language in the author's own words, including mail a naive word filter would catch.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space-separated;
sender = the staff From address). Judgement calls are marked `[unsure]` in the note.

## Counts

| kind | count |
|---|---|
| flag | {n_flag} |
| clean – everyday school mail | {n_every} |
| clean – hard negatives | {n_hard} |
| **total** | **{total}** |

## How it was made / how to regenerate

Written by hand as data in `../make_round14_obscene.py` (Python 3.11, standard library only) and rendered
to raw MIME by that script: fixed dates, Message-IDs and MIME boundaries (derived from each message's slug),
CRLF line endings. Regenerate with

    python3 tests/holdout/round14/make_round14_obscene.py

Running it twice gives byte-identical files. The script also re-parses every file with
`email.message_from_bytes(..., policy=email.policy.default)` and checks it against `labels.csv`.

All names, mailboxes and addresses are invented; phone numbers are in Ofcom's drama ranges; third-party
organisations use example.com/.org/.net. The only real-looking parent addresses are the three in the
school's parents directory.

## Kinds of case

Flags (about half plain, half disguised):
- plain swearing in casual staff-to-staff venting (phone mail, Outlook replies), to a parent, to pupils;
- slurs: homophobic, racist, disability (one in a base64 body);
- swearing only in the author's own CSV attachment; only in an RFC 2047 (base64) encoded subject;
- disguises: asterisk/symbol masks, leetspeak, repeated letters, dotted letters, Cyrillic homoglyphs,
  full-width letters, zero-width spaces, a word split by an HTML tag and an HTML entity, a
  quoted-printable soft line break inside the word.

Clean, everyday: reminders, attendance and praise mail to parents, homework and library mail to pupils,
cover and supply admin, fixtures, show tickets, farm rotas, alumni and fundraising letters, trip letters
with PDFs, exam timetable CSV, INSET invite, newsletters, a forward, two-line phone notes.

Clean, hard negatives: place names (Scunthorpe, Penistone, Cockermouth, Shitterton, Twatt, Clitheroe,
Sussex); surnames (Dickens, Cockburn, Hancock, Willey, Titmuss, Shufflebottom) and the Wankhede Stadium;
food (faggots, spotted dick); birds and farm animals (shags, great tits, boobies, cockerel, jenny);
cricket box; biology and RSE vocabulary; maths/navigation (cocked hat, cumulative); history
(William the Bastard, bastard feudalism); Romeo and Juliet bawdy quotations; a parents' letter about
language in Of Mice and Men; RE (Hell, taking the Lord's name in vain); German words (Fahrt, Gift, dick);
plumbing (stopcock, nipple drinkers, "knackered"); rugby (hooker); the panto Dick Whittington;
safeguarding reports to the DSL quoting pupils' words verbatim (threat, homophobic and racist abuse);
a SENCo note about a pupil's Tourette's tics; a behaviour-policy discussion of swearing; polite replies
where the abuse is only in the parent's quoted email.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml") or fn in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, fn))
    seq = order()
    rows = []
    slugs = set()
    for i, m in enumerate(seq, 1):
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        sender = who(m["frm"])[1]
        recips = " ".join(who(k)[1] for k in list(m["to"]) + list(m.get("cc", [])))
        rows.append([fn, m["label"], sender, recips, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["file", "expected", "sender", "recipients", "note"])
        wr.writerows(rows)
    n_flag = sum(1 for r in rows if r[1] == "flag")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(rows), n_flag=n_flag, n_every=len(EVERYDAY_SLUGS),
                               n_hard=len(rows) - n_flag - len(EVERYDAY_SLUGS)))
    verify(rows)
    print(f"wrote {len(rows)} messages ({n_flag} flag, {len(rows) - n_flag} clean) to {OUT}")


EVERYDAY_SLUGS = [m["slug"] for m in EVERYDAY]


def verify(rows):
    import email
    import email.policy
    from email.utils import getaddresses
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r["file"] for r in labels), "labels/files mismatch"
    for r in labels:
        raw = open(os.path.join(OUT, r["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (r["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
            if not part.is_multipart():
                part.get_content()
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[hname], (r["file"], hname)
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == r["sender"] and frm.endswith("@" + SD), (r["file"], frm)
        rc = [a for _, a in getaddresses([str(x) for x in (msg.get_all("To") or []) + (msg.get_all("Cc") or [])])]
        assert rc == r["recipients"].split(" "), (r["file"], rc, r["recipients"])
        assert r["expected"] in ("flag", "clean") and ("_" + r["expected"] + "_") in r["file"], r["file"]


if __name__ == "__main__":
    main()
