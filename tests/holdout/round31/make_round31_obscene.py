#!/usr/bin/env python3
"""Round 31 blind hold-out corpus, module obscene-language.

Setting: a rural Norfolk primary school with a nursery (ages 2-11), a school farm and
forest school, a nearby Gypsy, Roma and Traveller site, families in seasonal farm and
holiday-park work, one minibus, mixed-age classes.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice gives
byte-identical output.  Python 3.11 standard library only.

BLIND: written without looking at mailguard's code, rules or tests. Never tune on it.
"""
import base64
import csv
import hashlib
import html
import io
import os
import random
import re
import struct
import textwrap
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
SCHOOL_LINE = "Example School, Park Row, LS1 4AP"

STAFF = {
    "ashby": ("Helen Ashby", "h.ashby",
              "Helen Ashby\nHeadteacher\nExample School, Park Row, LS1 4AP\n01632 960000 | www.example-school.org.uk"),
    "pegg": ("Tom Pegg", "t.pegg",
             "Tom Pegg\nDeputy Headteacher & Heron Class Teacher\nExample School | Park Row | LS1 4AP | 01632 960000"),
    "thrower": ("Karen Thrower", "k.thrower",
                "Karen Thrower\nFamily Support Worker / Deputy DSL\nExample School, Park Row, LS1 4AP\nTel 01632 960000 (ask for Karen)\nI work Monday to Thursday."),
    "beckett": ("Jo Beckett", "j.beckett",
                "Jo Beckett\nSchool Business Manager\nExample School\nPark Row, LS1 4AP\nT: 01632 960000  E: office@example-school.org.uk"),
    "office": ("Example School Office", "office",
               "The School Office\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "kerrison": ("Dawn Kerrison", "attendance",
                 "Dawn Kerrison\nAttendance & Admissions\nExample School, Park Row, LS1 4AP\n01632 960000 (option 1 to report an absence)"),
    "fiske": ("Rob Fiske", "r.fiske",
              "Rob Fiske\nForest School Leader\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "howes": ("Ellie Howes", "e.howes",
              "Ellie Howes\nAcorns Nursery Lead\nExample School Nursery, Park Row, LS1 4AP\nNursery: 01632 960000 (ext 3)"),
    "nandra": ("Priya Nandra", "senco",
               "Priya Nandra\nSENDCo\nExample School, Park Row, LS1 4AP\n01632 960000\nI work Tuesdays, Wednesdays and Thursdays."),
    "lovick": ("Gareth Lovick", "g.lovick",
               "Gareth Lovick\nSite & Farm Manager\nExample School\n01632 960000"),
    "gotts": ("Amy Gotts", "a.gotts",
              "Miss A Gotts\nKingfisher Class (Years 3 & 4)\nExample School, Park Row, LS1 4AP | 01632 960000"),
    "okafor": ("Daniel Okafor", "d.okafor",
               "Mr D Okafor\nWren Class (Years 1 & 2) & RE Lead\nExample School, Park Row, LS1 4AP"),
    "blyth": ("Sue Blyth", "s.blyth",
              "Sue Blyth\nTeaching Assistant / Midday Supervisor\nExample School"),
    "mayes": ("Chris Mayes", "c.mayes",
              "Chris Mayes\nPE & School Sport\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "harrod": ("Lucy Harrod", "l.harrod",
               "Mrs L Harrod\nRobin Class & EYFS Lead\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "loveday": ("Bridget Loveday", "b.loveday",
                "Bridget Loveday\nGRT & Inclusion Liaison\nExample School, Park Row, LS1 4AP\n01632 960000 / office@example-school.org.uk"),
    "pointer": ("Maureen Pointer", "kitchen",
                "Maureen Pointer\nCook Manager\nExample School Kitchen\n01632 960000"),
    "womack": ("Pete Womack", "it",
               "Pete Womack\nIT Support (Tue & Fri)\nExample School"),
    "kowalska": ("Zofia Kowalska", "z.kowalska",
                 "Zofia Kowalska\nFrench & Music\nExample School, Park Row, LS1 4AP"),
    "pryce": ("Si\u00e2n Pryce", "s.pryce",
              "Si\u00e2n Pryce\nHeron Class (Y5/6, Thu\u2013Fri) & English Lead\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "catchpole": ("Neil Catchpole", "n.catchpole",
                  "Neil Catchpole\nMinibus Driver / Caretaker\nExample School"),
}


def staff(key):
    name, box, _ = STAFF[key]
    return (name, f"{box}@{DOM}")


def sig(key):
    return STAFF[key][2]


DSL = ("Designated Safeguarding Lead", f"dsl@{DOM}")
OFFICE = ("Office", f"office@{DOM}")
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]


def pupil(name, local):
    return (name, f"{local}@{PUP}")


P_LOGAN = pupil("Logan Rix", "18lrix")
P_MAISIE = pupil("Maisie Larwood", "18mlarwood")
P_OSCAR = pupil("Oscar Bullimore", "18obullimore")
P_TYLER = pupil("Tyler Boswell", "18tboswell")
P_FREYA = pupil("Freya Howlett", "19fhowlett")
P_JACOB = pupil("Jacob Eke", "18jeke")
P_KEZIA = pupil("Kezia Loveridge", "19kloveridge")
P_RUBY = pupil("Ruby Thirtle", "19rthirtle")
HERONS = [P_JACOB, P_FREYA, P_KEZIA, P_LOGAN, P_OSCAR, P_TYLER, P_MAISIE, P_RUBY]

TEACHERS = [staff(k) for k in ("harrod", "okafor", "gotts", "pegg", "pryce", "howes")]
ALL_STAFF = [staff(k) for k in ("pegg", "thrower", "beckett", "kerrison", "fiske", "howes",
                                "nandra", "lovick", "gotts", "okafor", "blyth", "mayes",
                                "harrod", "loveday", "pointer", "pryce", "kowalska", "catchpole")]

# ---------------------------------------------------------------------------
# Encoding helpers
# ---------------------------------------------------------------------------


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew_b(s):
    """RFC 2047 B encoded-words, chunked on character boundaries."""
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 42:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w).decode() + "?=" for w in words)


def ew_q(s):
    words, cur = [], ""
    for ch in s:
        if ch == " ":
            t = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            t = ch
        else:
            t = "".join("=%02X" % x for x in ch.encode("utf-8"))
        if len(cur) + len(t) > 58:
            words.append(cur)
            cur = ""
        cur += t
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?Q?" + w + "?=" for w in words)


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    if not is_ascii(name):
        return f"{ew_q(name)} <{addr}>"
    if re.search(r"[^A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]", name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def addr_list(pairs):
    return ",\n ".join(fmt_addr(p) for p in pairs)


def qp_encode(text):
    """Quoted-printable encoder. A NUL character in the text forces a soft line break there."""
    out = []
    for line in text.split("\n"):
        toks = []
        for byte in line.encode("utf-8"):
            if byte == 0:
                toks.append(None)
            elif byte in (9, 32) or (33 <= byte <= 126 and byte != 61):
                toks.append(chr(byte))
            else:
                toks.append("=%02X" % byte)
        cur = ""
        for t in toks:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 72:
                out.append(cur + "=")
                cur = ""
            cur += t
        if cur and cur[-1] in " \t":
            cur = cur[:-1] + "=%02X" % ord(cur[-1])
        out.append(cur)
    return "\n".join(out)


def b64_body(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def hard_wrap(text, width=72):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width + 4:
            lines.append(line)
        elif line.startswith(">"):
            body = line[1:].lstrip(" ")
            lines.extend(textwrap.wrap(body, width=width - 2, initial_indent="> ",
                                       subsequent_indent="> ", break_long_words=False,
                                       break_on_hyphens=False))
        else:
            lead = re.match(r"^(\s*(?:- |\d+\. )?)", line).group(1)
            sub = " " * len(lead)
            lines.extend(textwrap.wrap(line, width=width, subsequent_indent=sub,
                                       break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# HTML rendering of a plain body (as a mail client would produce)
# ---------------------------------------------------------------------------


def _gmail_html(lines):
    out, i = [], 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                block.append(re.sub(r"^> ?", "", lines[i]))
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + _gmail_html(block) + "</blockquote>")
            continue
        if re.match(r"^On .* wrote:$", ln):
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                       + html.escape(ln, quote=False) + "<br></div></div>")
        elif ln.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>" + html.escape(ln, quote=False) + "</div>")
        i += 1
    return "\n".join(out)


def render_html(text, style):
    text = text.replace("\x00", "")
    lines = text.split("\n")
    if style == "gmail":
        return ('<div dir="ltr">\n' + _gmail_html(lines) + "\n</div>\n")
    if style == "outlook":
        body = []
        for ln in lines:
            if ln.strip() == "":
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif ln.startswith("________________") or ln.startswith("-----Original"):
                body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                            'padding:3.0pt 0cm 0cm 0cm"></div>')
            else:
                m = re.match(r"^(From|Sent|To|Cc|Subject):(.*)$", ln)
                if m:
                    body.append('<p class="MsoNormal"><b>' + m.group(1) + ":</b>"
                                + html.escape(m.group(2), quote=False) + "<o:p></o:p></p>")
                else:
                    body.append('<p class="MsoNormal">' + html.escape(ln, quote=False)
                                + "<o:p></o:p></p>")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    # apple / plain
    body = []
    for ln in lines:
        body.append("<div><br></div>" if ln.strip() == "" else "<div>" + html.escape(ln, quote=False) + "</div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">\n' + "\n".join(body) + "\n</body></html>\n")


# ---------------------------------------------------------------------------
# Small binary attachments
# ---------------------------------------------------------------------------


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 12 Tf 56 780 Td 16 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
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
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def make_png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------

MESSAGES = []


def M(expected, slug, note, frm, to, subject, date, body=None, *, cc=(), style="outlook",
      fmt="plain", cte=None, html_cte="quoted-printable", html_body=None, atts=(),
      subj_enc=None, wrap=None, crlf=None):
    MESSAGES.append(dict(expected=expected, slug=slug, note=note, frm=frm, to=list(to),
                         cc=list(cc), subject=subject, date=date, body=body, style=style,
                         fmt=fmt, cte=cte, html_cte=html_cte, html_body=html_body,
                         atts=list(atts), subj_enc=subj_enc, wrap=wrap, crlf=crlf))


def uk_date(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    bst = (datetime(2024, 3, 31) <= dt < datetime(2024, 10, 27)) or \
          (datetime(2025, 3, 30) <= dt < datetime(2025, 10, 26))
    return dt.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0)))


def h(seed, n=40):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def message_id(m, suffix=""):
    seed = m["slug"] + suffix
    st = m["style"]
    if st == "outlook":
        core = "LO" + str(2 + int(h(seed, 2), 16) % 7) + "P265MB" + str(1000 + int(h(seed, 4), 16) % 9000)
        return f"<{core}{h(seed + 'x', 12).upper()}{h(seed + 'y', 20).upper()}@{core}.GBRP265.PROD.OUTLOOK.COM>"
    if st == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
        b = b.replace("/", "_").replace("=", "")[:36]
        return f"<CAG{b}@mail.gmail.com>"
    if st == "apple":
        x = h(seed, 32).upper()
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{DOM}>"
    return f"<{h(seed, 8)}-{h(seed + 'q', 4)}-{h(seed + 'r', 4)}@{DOM}>"


def boundary(m, level):
    seed = f"{m['slug']}/{level}"
    st = m["style"]
    if st == "outlook":
        return f"_00{level}_LO2P265MB{h(seed, 24).upper()}_"
    if st == "gmail":
        return "0000000000" + h(seed, 16)
    if st == "apple":
        x = h(seed, 32).upper()
        return f"Apple-Mail-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
    return f"------------{h(seed, 24)}"


def text_part(text, subtype, cte):
    if cte == "7bit" and not is_ascii(text):
        raise ValueError("non-ascii text with 7bit")
    charset = "us-ascii" if (cte == "7bit") else "utf-8"
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"',
            f"Content-Transfer-Encoding: {cte}"]
    if cte == "quoted-printable":
        body = qp_encode(text)
    elif cte == "base64":
        body = b64_body(text.replace("\x00", ""))
    else:
        body = text.replace("\x00", "")
    return hdrs, body


def attachment_part(att):
    fname, ctype, data, cte = att
    if isinstance(data, str):
        data = data.encode("utf-8")
    hdrs = [f'Content-Type: {ctype}; name="{fname}"',
            f'Content-Disposition: attachment; filename="{fname}"',
            f"Content-Transfer-Encoding: {cte}"]
    if cte == "base64":
        body = b64_body(data)
    elif cte == "quoted-printable":
        body = qp_encode(data.decode("utf-8"))
    else:
        body = data.decode("utf-8")
    return hdrs, body


def multipart(subtype, bnd, parts):
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{bnd}"']
    chunks = []
    for ph, pb in parts:
        chunks.append(f"--{bnd}\n" + "\n".join(ph) + "\n\n" + pb + "\n")
    body = "".join(chunks) + f"--{bnd}--\n"
    return hdrs, body


def build(m):
    style = m["style"]
    wrap = m["wrap"] if m["wrap"] is not None else style in ("gmail", "apple", "plain")
    crlf = m["crlf"] if m["crlf"] is not None else style == "outlook"

    # ---- body parts
    text_plain = None
    if m["body"] is not None:
        text_plain = hard_wrap(m["body"]) if wrap else m["body"]
        cte = m["cte"]
        if cte is None:
            longest = max(len(l) for l in text_plain.split("\n"))
            cte = "7bit" if is_ascii(text_plain) and longest <= 76 and "\x00" not in text_plain \
                else "quoted-printable"
        plain_part = text_part(text_plain, "plain", cte)

    if m["fmt"] in ("alt", "html"):
        hb = m["html_body"] if m["html_body"] is not None else render_html(m["body"], style)
        html_part = text_part(hb, "html", m["html_cte"])

    if m["fmt"] == "plain":
        main = plain_part
    elif m["fmt"] == "html":
        main = html_part
    else:
        main = multipart("alternative", boundary(m, 1), [plain_part, html_part])

    if m["atts"]:
        parts = [main] + [attachment_part(a) for a in m["atts"]]
        top = multipart("mixed", boundary(m, 0), parts)
    else:
        top = main

    # ---- headers
    frm = m["frm"]
    subj = m["subject"]
    enc = m["subj_enc"]
    if enc is None and not is_ascii(subj):
        enc = "Q" if style == "outlook" else "B"
    subj_h = ew_b(subj) if enc == "B" else ew_q(subj) if enc == "Q" else subj
    date_h = format_datetime(uk_date(m["date"]))
    mid = message_id(m)
    reply = re.match(r"^(re|fw|fwd):", subj, re.I) and subj.lower().startswith("re")
    parent = message_id(m, "/parent") if reply else None

    H = []
    if style == "gmail":
        H.append("MIME-Version: 1.0")
        if parent:
            H.append(f"References: {parent}")
            H.append(f"In-Reply-To: {parent}")
        H.append(f"From: {fmt_addr(frm)}")
        H.append(f"Date: {date_h}")
        H.append(f"Message-ID: {mid}")
        H.append(f"Subject: {subj_h}")
        H.append(f"To: {addr_list(m['to'])}")
        if m["cc"]:
            H.append(f"Cc: {addr_list(m['cc'])}")
    else:
        H.append(f"From: {fmt_addr(frm)}")
        H.append(f"To: {addr_list(m['to'])}")
        if m["cc"]:
            H.append(f"CC: {addr_list(m['cc'])}" if style == "outlook" else f"Cc: {addr_list(m['cc'])}")
        H.append(f"Subject: {subj_h}")
        if style == "outlook":
            topic = re.sub(r"^(re|fw|fwd):\s*", "", subj, flags=re.I)
            H.append(f"Thread-Topic: {ew_q(topic) if not is_ascii(topic) else topic}")
            H.append("Thread-Index: " + base64.b64encode(hashlib.sha1(m['slug'].encode()).digest()[:22]).decode())
        H.append(f"Date: {date_h}")
        H.append(f"Message-ID: {mid}")
        if parent:
            H.append(f"References: {parent}")
            H.append(f"In-Reply-To: {parent}")
        if style == "outlook":
            H.append("Accept-Language: en-GB, en-US")
            H.append("Content-Language: en-GB")
            H.append("X-MS-Has-Attach: " + ("yes" if m["atts"] else ""))
        elif style == "apple":
            dev = "iPad" if "Sent from my iPad" in (m["body"] or "") else "iPhone"
            H.append(f"X-Mailer: {dev} Mail (22B91)")
        else:
            H.append("User-Agent: Mozilla Thunderbird")
            H.append("Content-Language: en-GB")
        H.append("MIME-Version: 1.0")

    raw = "\n".join(H) + "\n" + "\n".join(top[0]) + "\n\n" + top[1]
    if not raw.endswith("\n"):
        raw += "\n"
    if crlf:
        raw = raw.replace("\n", "\r\n")
    return raw.encode("utf-8")


def fw(s):
    """Full-width form of ASCII letters (as produced by some phone keyboards and 'font' apps)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


CYR_A = "\u0430"   # Cyrillic small a
CYR_O = "\u043e"   # Cyrillic small o
ZWSP = "\u200b"    # zero-width space
SOFT = "\x00"      # forces a quoted-printable soft line break here

# ===========================================================================
# FLAG: the staff author's own words contain swearing or a slur
# ===========================================================================

M("flag", "minibus_pile_of_shit", "staff-to-staff venting about the broken minibus; 'shit' in subject and body",
  staff("pegg"), [staff("catchpole")], "Minibus - this shit again", "2024-10-10 16:47",
  """Neil,

The minibus died on us coming back from the cross-country this afternoon \u2013 same orange warning light as last month, then it just lost power and I coasted it into the layby by the pig units. We sat there for 50 minutes with eleven kids and a family pack of Jaffa Cakes until the breakdown man turned up.

He reckons it's the glow plugs again and said, his words, that whoever "fixed" it in September did it on the cheap. I'm inclined to agree. It's a pile of shit, frankly, and I'm not taking it out again with children in it until it's been properly looked at.

Can you get it booked into Thirtle's first thing tomorrow? Kingfishers have swimming on Tuesday, so if it's not back by then Amy needs to know today so she can ring round about lifts.

Jo \u2013 I know there's nothing left in the transport budget, but we can't keep doing this. Next time it'll be dark, raining and on the fen road.

Tom""", cc=[staff("beckett")], fmt="alt")

M("flag", "moderation_bollocks", "teacher to colleague, venting about cluster moderation: 'bollocks'",
  staff("gotts"), [staff("okafor")], "Re: writing moderation feedback", "2025-02-05 19:32",
  """Honestly Dan, the bit about "insufficient evidence of independent application" is bollocks. Half of that folder was written cold on a Monday morning with nothing on the tables but a word mat, and I told her that. She'd made her mind up before she'd opened the second book.

I'm not changing the judgements for Alfie or Maddie. If Helen wants to take it back to the cluster, fine, but I'm not rewriting greater depth as expected because a moderator from another school didn't like the look of a success criteria sticker.

Pint on Friday? The Plough does a quiz now apparently.

A

On Wed, 5 Feb 2025 at 17:58, Daniel Okafor <d.okafor@example-school.org.uk> wrote:
> Just had the cluster feedback through. Mine is fine, two tweaks on handwriting. Yours is a bit more pointed - she's questioned both your GDS judgements. Have a look before you go to bed, or actually don't, look tomorrow.
>
> D""", style="gmail", fmt="alt")

M("flag", "car_park_wanker", "TA to deputy DSL about a man in the car park: 'wanker' (own words; 'nosy old cow' is quoted)",
  staff("blyth"), [staff("thrower")], "Car park this morning", "2024-11-14 09:12",
  """Karen,

Just so you know before anyone else says anything \u2013 the man in the silver pickup (I think he's the new partner of one of the Acorns mums, he's been doing drop-off since half term) came through the gate at 8.40 far too fast and nearly clipped Lorna with the double buggy. When I asked him to slow down he told me to mind my own business and called me a nosy old cow.

Honestly, what a wanker. I've written it up in the incident book in the office. I didn't get the reg but Jo might have it on the camera.

Sue

Sent from my iPhone""", style="apple")

M("flag", "feed_store_pikeys", "site manager blames Traveller families using the slur 'pikeys' (race/ethnicity)",
  staff("lovick"), [staff("beckett"), staff("ashby")], "Feed store broken into", "2024-11-25 07:41",
  """Jo, Helen,

The padlock on the feed store has been cut overnight and two bags of layers pellets have gone, plus the strimmer from the tool shed. Two of the bantams are missing too, though that could be the fox \u2013 the wire's been pushed up at the back corner.

I'd put money on it being the pikeys off the site again. It's the same every year when they all come back for the winter \u2013 stuff goes walkabout and we all pretend we don't know where.

I've rung it in to the police (crime ref to follow) and I'll get a new hasp on today. Can we look again at a camera for that end of the field? I had a price last year, about \u00a3280.

Gareth""")

M("flag", "parent_holiday_park_shitshow", "EYFS teacher chatting to a parent she knows from the village: 'shitshow'",
  staff("harrod"), [JANE], "Re: Sports day cakes", "2025-07-07 20:14",
  """Ha, yes that was me! Honestly, what a shitshow that kids' disco was, I don't know how you all do it every night through the summer. My two were hyper till gone ten.

Cakes would be brilliant, thank you. If you can drop them at the office before 9 on Wednesday, Jo will put them in the staffroom fridge until the stall opens at 1.30. Nothing with nuts please, and if you can stick a label on with the ingredients that saves me a job.

See you Wednesday \u2013 fingers crossed it stays dry!

Lucy

""" + sig("harrod") + """

On Mon, 7 Jul 2025 at 19:40, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Lucy, was that you at the holiday park on Saturday with your little ones? Meant to say hello but I was on the bar. I can do a batch of lemon traybake for the sports day stall if that helps? Jane x""",
  style="gmail", fmt="alt")

M("flag", "football_team_f_asterisks", "PE coach to Y5/6 pupils, masked swear 'f***ing hammered'",
  staff("mayes"), [P_LOGAN, P_MAISIE, P_OSCAR, P_TYLER, P_FREYA, P_JACOB],
  "Saturday \u2013 well played!!", "2024-11-18 17:05",
  """Hi team,

What a game. I'll be honest, at half time when we were 3\u20130 down I thought we were getting f***ing hammered, but that second half was the best football I've seen from a Herons team in years. Logan \u2013 two goals and an assist. Maisie \u2013 that tackle on their big lad in the last minute, I'll still be talking about it at Christmas.

3\u20133 in the end, which means we're through to the cluster finals on 4 December at the high school. I'll send a letter home about the minibus and timings later in the week.

Training is Thursday after school as normal. Bring a drink, and Oscar, please bring your shin pads this time.

Mr Mayes""", style="gmail", fmt="alt")

M("flag", "phonics_check_symbol_masks", "Y1/2 teacher to EYFS lead about phonics results: 'Sh!t', 'B@stard'",
  staff("okafor"), [staff("harrod")], "Phonics check results", "2025-06-13 15:50",
  """Lucy,

Just finished marking the Y1 phonics check. Nine out of eleven through, which is better than I feared, but the two who didn't get there both scored 31. Thirty-one! One word off. Sh!t.

The one that caught half of them out was "thrask" \u2013 they all wanted to read it as "thrash" and I could see them doing it. B@stard of a word. I'll put together a plan for the two of them for Y2 and we can talk it through at phase meeting on Tuesday.

Dan""", fmt="alt")

M("flag", "ofsted_rumour_leetspeak", "nursery lead to colleague, leetspeak 'sh1t' and 'w4nker'",
  staff("howes"), [staff("harrod")], "ofsted??", "2025-01-21 12:33",
  """Heard at cluster this morning they were in at Little Feltham yesterday, so we could easily be next week. Nursery is in a right state after the paint day and I've still not finished the 2-year checks.

If they start asking me about the two-year-old funding paperwork I'm going to sh1t myself. And the w4nker from county early years STILL hasn't sent our audit report back, so I can't even show them that.

Coffee after school? I need a plan.

E x

Sent from my iPhone""", style="apple")

M("flag", "fw_oil_supplier_dotted", "business manager's own forwarding note calls a supplier 't.w.a.t' (dotted letters)",
  staff("beckett"), [staff("ashby")], "FW: Heating oil \u2013 revised price and minimum drop", "2025-01-14 14:22",
  """Helen,

See below. They've put the price up AGAIN, 4p a litre since November, and now want a minimum drop of 2,000 litres, which the tank at the farm end can't even take. I've been on the phone to this man for forty minutes and he is a total t.w.a.t \u2013 kept calling me "my love" and telling me I didn't understand the market.

Can we talk tomorrow about going through the county framework instead? I've got two other quotes coming.

Jo

-----Original Message-----
From: Darren Gosling <accounts@example.com>
Sent: 14 January 2025 11:08
To: Office <office@example-school.org.uk>
Subject: Heating oil \u2013 revised price and minimum drop

Dear Customer,

Please be advised that due to current market conditions our kerosene price for your account has been revised to 68.9p per litre (ex VAT) with effect from 13 January 2025.

In addition, from 1 February 2025 we are unable to accept orders below a minimum delivery of 2,000 litres for accounts in your area.

We thank you for your continued custom.

Darren Gosling
Accounts Team
Marsh Lane Fuels Ltd""")

M("flag", "frozen_standpipe_repeated_letters", "forest school leader to site manager: 'Shiiiiit', 'fuuuuuck' (repeated letters)",
  staff("fiske"), [staff("lovick")], "standpipe frozen again", "2025-01-09 07:58",
  """Gareth \u2013 the standpipe by the forest school gate is frozen solid again. Shiiiiit. Kingfishers are out all afternoon and I can't do hot chocolate on the Kelly kettle without water (well I can, but I'll have to lug it all the way from the kitchen).

Any chance you could lag it properly before tomorrow? I'll buy the bacon rolls Friday.

Also fuuuuuck me it was cold out there this morning, the car said minus 5 on the top road.

Rob

Sent from my iPhone""", style="apple")

M("flag", "printer_cyrillic_homoglyphs", "IT technician venting about the printer: 'bastard' spelt with Cyrillic a",
  staff("womack"), [staff("beckett")], "Staffroom printer", "2024-09-19 11:04",
  f"""Hi Jo,

The Kyocera in the staffroom is being a total b{CYR_A}st{CYR_A}rd again. Paper jam error in tray 2 with no paper jammed anywhere \u2013 I've had the whole back off it. I've power cycled it twice and updated the firmware and it's still doing it.

It's still under the lease, so I'd rather not keep poking at it. Can you log a call with the leasing company? The account number is on the sticker on the side. In the meantime I've set everyone's default to the office printer so people can still print, but it's going to be busy in there at 8.30.

Pete""", cte="8bit")

M("flag", "parents_evening_fullwidth", "teacher to colleague after parents' evening, full-width 'FUCKING HELL'",
  staff("gotts"), [staff("pryce")], "parents' evening", "2024-11-13 21:48",
  f"""That was the longest evening of my life. One dad spent 25 minutes telling me his son is "a genius being held back by the curriculum" and then asked why he can't do his times tables.

And then the heating went off at 7 and I sat in my coat for the last five appointments. {fw("FUCKING HELL")}.

Anyway. Glass of wine, bath, bed. See you Thursday.

A""", style="gmail", fmt="alt")

M("flag", "pupil_book_review_zero_width", "teacher to Y6 pupil calls him a 'bellend' with a zero-width space inside the word",
  staff("pryce"), [P_TYLER], "Re: book review", "2025-03-04 16:10",
  f"""Tyler,

You've sent me the same review as last week with the title changed. Did you think I wouldn't notice? Don't be a bell{ZWSP}end. I know you've read Wonder because you couldn't stop talking about it on Friday, so write me something new by Thursday \u2013 150 words, what you thought of Auggie and why.

Mrs Pryce

On Tue, 4 Mar 2025 at 15:31, Tyler Boswell <18tboswell@pupils.example-school.org.uk> wrote:
> here is my book review""", style="gmail", cte="8bit")

M("flag", "attendance_module_html_split", "attendance officer, HTML-only: 'sh<span>ite</span>' and 'bo&#108;l<span>ocks</span>' split by tags/entities",
  staff("kerrison"), [staff("beckett")], "New attendance module", "2025-02-12 10:41",
  None, fmt="html", html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Jo,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Day three of the new county attendance module and it&#8217;s utterly sh<span lang="EN-GB">ite</span>. It logged half of Kingfishers as unauthorised this morning because the swimming register from the minibus didn&#8217;t sync, and now I can&#8217;t change the codes without a &#8220;supervisor override&#8221; &#8211; which apparently is you.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Can you sit with me for ten minutes at break? And can someone please tell county their training video is a load of bo&#108;l<span style="color:#1F3864">ocks</span>, it&#8217;s for a completely different version.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dawn<o:p></o:p></p>
</div>
</body>
</html>
""")

M("flag", "sen_taxi_qp_soft_break", "family support worker to SENCo, 'arsehole' split by a quoted-printable soft line break",
  staff("thrower"), [staff("nandra")], "SEN transport \u2013 still no taxi", "2024-10-03 09:26",
  f"""Priya,

Third morning running that the taxi hasn't turned up for our little lad in Wrens \u2013 mum had to walk him in along the main road with the baby in the pram. I rang county transport again and the manager there was an absolute arse{SOFT}hole. He told me it was "a parental responsibility issue" and that the contract is "under review". It's in his EHCP, it's not optional!

I've emailed the SEN caseworker and copied you in, but can you chase it at your end as well? If it's not sorted by Monday I think Helen needs to write.

Karen""", cte="quoted-printable")

M("flag", "nursery_budget_base64", "headteacher to deputy, base64 body: 'tell them to fuck off'",
  staff("ashby"), [staff("pegg")], "budget", "2025-03-06 22:15",
  """Tom,

Just back from the finance committee. If county cut the two-year-old funding rate again in April I'm going to tell them to fuck off, I really am. We'd be running the nursery at a loss of about \u00a311k on those numbers and the governors want me to "explore efficiencies". There are none. It's three staff and a sandpit.

Not for sharing yet \u2013 I'll talk to Ellie myself tomorrow. Can you block out half an hour after school?

H

Sent from my iPad""", style="apple", cte="base64")

M("flag", "coach_firm_rfc2047_subject", "swearing only in the RFC 2047 (base64) encoded subject: 'absolute bollocks'",
  staff("pegg"), [staff("beckett")], "Residential coach \u2013 absolute bollocks from Marsh Travel", "2025-01-28 13:02",
  """Jo,

Marsh Travel have come back and said the price for How Hill has gone from \u00a3640 to \u00a31,050 because they "no longer have a 33-seater available on that date" and will have to send a 57-seater. For 23 kids. I've told them we booked in September and have the confirmation, but they say it was "subject to availability".

Can you check the contract wording? If we can't hold them to it I'll try Broadland Coaches, but I'm not putting another \u00a318 a head on parents after we've already sent the cost letter out.

Thanks,
Tom""", fmt="alt", subj_enc="B")

M("flag", "farm_rota_csv_bastard", "clean covering note; the attached CSV's notes column calls a volunteer a 'lazy bastard'",
  staff("lovick"), [staff("fiske")], "Farm rota \u2013 summer term weekends", "2025-04-22 08:15",
  """Rob, Helen,

Summer term weekend feeding rota attached. Shout if I've put you on a weekend you can't do \u2013 I've tried to keep half-term week for those of us without kids.

Shearing contractor is booked for Saturday 17 May, so I'll need a second pair of hands that morning.

Gareth""", cc=[staff("ashby")],
  atts=[("farm_rota_summer_weekends.csv", 'text/csv; charset="utf-8"',
         """date,day,jobs,who,notes
26/04/2025,Sat,"Feed and water all, eggs",Gareth,
27/04/2025,Sun,"Feed and water all, eggs",Rob,Check goat hooves - Nanny limping
03/05/2025,Sat,"Feed and water all, eggs",Dave (volunteer),"Ring him Fri to remind him, lazy bastard never turns up otherwise"
04/05/2025,Sun,"Feed and water all, eggs",Neil,
10/05/2025,Sat,"Feed and water all, eggs",Helen,
11/05/2025,Sun,"Feed and water all, eggs",Gareth,Piglets - weigh
17/05/2025,Sat,"Shearing + feed",Gareth + Rob,Contractor 8am
18/05/2025,Sun,"Feed and water all, eggs",Dave (volunteer),Back-up: Neil
24/05/2025,Sat,"Feed and water all, eggs",Rob,
25/05/2025,Sun,"Feed and water all, eggs",Helen,
""", "base64")])

M("flag", "bus_route_disability_slur", "minibus driver calls a council officer 'a complete retard' (disability slur)",
  staff("catchpole"), [staff("beckett")], "New afternoon bus route", "2024-09-10 15:40",
  """Jo

Had the new route through from county for the afternoon run. Whoever did it is a complete retard \u2013 they've got me going down Carr Lane, which has a 7.5 tonne limit and a ford that's been up to the wheel arches since Friday, then back through the village past the school twice. It adds twenty minutes and I'd be dropping the kids at the site last, at gone 4.

I'm going to keep doing the old route until someone with a brain rings me. Can you let them know?

Neil""", style="plain")

M("flag", "dance_coach_homophobic", "PE coach to deputy head describes a visiting coach as 'a bit of a poof' (sexual orientation slur)",
  staff("mayes"), [staff("pegg")], "Dance coach from the sports partnership", "2025-02-11 12:50",
  """Tom,

Had the first session with the dance bloke from the sports partnership this morning. Bit of a poof, but the kids absolutely loved him \u2013 even the Y6 boys were joining in by the end, which is a minor miracle. He wants to do a showcase for parents in the last week of term. Are you OK with that going in the calendar? The hall after lunch on the Thursday would work for him.

He needs a signed risk assessment back by Friday, I'll leave it in your tray.

Chris""", style="gmail", fmt="alt")

# ===========================================================================
# CLEAN: ordinary everyday school mail
# ===========================================================================

M("clean", "acorns_settling_in", "nursery lead to parent after first settling-in session",
  staff("howes"), [JANE], "Acorns settling-in sessions", "2024-09-03 16:20",
  """Dear Jane,

Thank you for coming in this morning, and for staying so long \u2013 I know the first day is hard. She did brilliantly once you'd gone. She found the sand tray within about two minutes and then spent most of the session feeding the toy lambs with a spoon. She had a little wobble at snack time, but Lorna sat with her and she ate all of her apple.

For the rest of this week we'll keep to short sessions, as we talked about:

Wednesday 9:00 \u2013 11:30
Thursday 9:00 \u2013 11:30
Friday 9:00 \u2013 12:00 (including lunch in the hall with the Robins)

From Monday she can do her full booked hours (Monday to Wednesday mornings, plus Thursday all day).

A couple of things: could you put a named spare set of clothes in her bag, including socks? We're out in the mud kitchen a lot and things get soggy. And if she has a comforter she likes at home, she's very welcome to bring it.

Any worries at all, just catch me at the gate or ring the office on 01632 960000 and ask for nursery.

Best wishes,
Ellie

""" + sig("howes"), style="gmail", fmt="alt", cte="8bit")

M("clean", "attendance_holiday_park_chat", "attendance officer invites a parent in for a supportive chat",
  staff("kerrison"), [ALI], "Attendance \u2013 could we have a quick chat?", "2024-09-24 10:05",
  """Dear Mr Guardian,

Thank you for ringing in on Monday morning to let us know she was poorly \u2013 I hope she's feeling better.

I know September is one of the busiest months at the holiday park, with late shifts for you both, and that mornings can be a real scramble. Her attendance so far this term is 84%, mostly late arrivals and a couple of Mondays, and we'd really like to help before it becomes a worry.

A couple of things that might help:
- Breakfast club opens at 7:45 every day in the hall. It's free for her, and she'd have breakfast with her friends from Wrens.
- Neil, our minibus driver, does a morning run past the site and the holiday park entrance at 8:15 if that's easier than the school bus. I'd just need you to fill in a short form.

Would you be able to pop in on Thursday at 3:15 for ten minutes with me and Karen Thrower? It really isn't a telling-off \u2013 we just want to see what would make mornings easier.

Kind regards,

""" + sig("kerrison"))

M("clean", "forest_school_kit_letter", "forest school leader's kit and ticks letter to parents",
  staff("fiske"), PARENTS, "Forest School starts next week \u2013 what to wear", "2024-09-12 15:12",
  """Dear Parents and Carers,

Forest School sessions start again next week, and I'm really looking forward to getting everyone back out in the copse. Each class has a weekly session, whatever the weather (unless it's very windy, when we stay out of the trees):

Acorns and Robins \u2013 Monday mornings
Wrens \u2013 Tuesday afternoons
Kingfishers \u2013 Wednesday afternoons
Herons \u2013 Friday afternoons

Please send your child in uniform as normal, with their forest school kit in a named bag:
- a waterproof jacket and trousers (or an all-in-one for the little ones)
- wellies
- an old jumper or fleece
- a hat and gloves from October onwards
- long trousers \u2013 no shorts please, because of nettles and brambles

If you're struggling to get hold of waterproofs, just let us know. We have a good stock of spares in the forest school shed, donated by families over the years, and we're happy to lend them for the year.

There are ticks in the long grass at this time of year. We check the children after every session, but please do have a look at bath time on forest school days too. There's an NHS leaflet on removing ticks on the school website.

As always, we'll have a campfire most weeks. Children learn fire safety from their very first session, and there is always at least one adult to every eight children near the fire circle.

Any questions, catch me at the gate or ring the office.

Rob Fiske

""" + sig("fiske"), fmt="alt")

M("clean", "harvest_festival_letter", "office letter about harvest festival and food bank donations (base64 body, encoded subject)",
  staff("office"), PARENTS, "Harvest Festival \u2013 Friday 4 October", "2024-09-26 12:30",
  """Dear Parents and Carers,

Our Harvest Festival will be at St Andrew's Church on Friday 4 October at 2pm, and you are all warmly invited. Each class will be sharing something \u2013 the Wrens have been practising "Cauliflowers Fluffy" for weeks, so be prepared to have it stuck in your head.

This year our harvest donations will go to the food bank in town, which has asked particularly for:
- tinned meat and fish
- tinned vegetables and rice pudding
- UHT milk and long-life juice
- pasta sauce, tea and coffee
- toiletries, especially toothpaste and shampoo

Please send donations in with your child from Monday 30 September. There's no need to wrap them in a box or basket \u2013 the children will make the harvest display in church.

The school farm has had a bumper year for pumpkins and squash, so there will be a table outside the church after the service with everything at \u00a31 or \u00a32. All the money goes to the farm fund for winter feed.

Children will walk down to the church with their class and can be collected from there at the end of the service (about 2:45). If you can't be there, they will walk back to school with staff and be collected at the usual time.

With thanks,

""" + sig("office"), style="plain", cte="base64", subj_enc="Q")

M("clean", "minibus_booking_swimming", "teacher books the minibus for swimming",
  staff("gotts"), [staff("catchpole")], "Minibus for swimming, Tuesdays from the 15th", "2024-10-08 12:14",
  """Hi Neil,

Could I book the minibus for swimming every Tuesday from the 15th until Christmas? First group leaves at 12:50 and is back by 2:10, second group straight after and back by 3:10. Twelve in each group plus two adults \u2013 Sue's coming with me.

Do you need a booster seat count from me? I think there are four of them under 135cm.

Thanks,
Amy""", cc=[staff("beckett")], style="gmail")

M("clean", "pupil_volcano_homework_reply", "Y5/6 teacher replies to a pupil about her volcano homework",
  staff("pegg"), [P_RUBY], "Re: my volcano", "2024-11-21 19:20",
  """Hi Ruby,

Yes, please bring it in on Friday \u2013 I can't wait to see it. Bring the bicarbonate of soda and the vinegar in separate containers and we'll do the eruption outside on the playground, not in the classroom. (We learnt that lesson last year. The carpet still hasn't forgiven us.)

I've read your write-up on Google Classroom and it's really good. Before Friday, see if you can add a labelled diagram showing the magma chamber, the vent and the crater, and one sentence explaining why real volcanoes erupt.

Mr Pegg

On Thu, 21 Nov 2024 at 18:02, Ruby Thirtle <19rthirtle@pupils.example-school.org.uk> wrote:
> Dear Mr Pegg
> I have finished my volcano can i bring it in on friday? It is quite big and my dad says it might not fit in the car with my brother.
> From Ruby""", style="gmail", fmt="alt")

M("clean", "inset_day_plan", "headteacher's INSET day plan to all staff",
  staff("ashby"), ALL_STAFF, "INSET day Monday 6 January \u2013 plan for the day", "2025-01-02 11:02",
  """Dear all,

Happy New Year! I hope you've all had a proper rest. Here's the plan for Monday:

8:45 Coffee and catch-up in the staffroom (Maureen is doing bacon rolls \u2013 let her know by Friday if you'd like a veggie one)
9:00 Safeguarding update and KCSIE refresher \u2013 Karen
10:15 Break
10:30 Phonics: the new Reception and Year 1 scheme, and how we're making it work in mixed-age classes \u2013 Lucy
12:00 Lunch
1:00 Out on site: forest school and farm risk assessments \u2013 Rob and Gareth. Please dress for the weather; we'll be walking the copse and the animal pens.
2:30 Classroom time

Support staff, please join us for the whole day, apart from Neil, who'll be at Thirtle's with the minibus for its service in the morning.

If there's anything you'd like added, let me know by Friday.

Best wishes,
Helen

""" + sig("ashby"), fmt="alt")

M("clean", "egg_collecting_rota", "farm manager's class rota for egg collecting and animal jobs",
  staff("lovick"), TEACHERS, "Animal jobs rota \u2013 spring term", "2025-01-13 07:35",
  """Morning all,

The hens have started laying again now the days are drawing out, so egg collecting is back on for classes. Here's the spring rota:

Monday \u2013 Robins (with an adult, eggs only)
Tuesday \u2013 Wrens
Wednesday \u2013 Kingfishers
Thursday \u2013 Herons (eggs plus mucking out the goats)
Friday \u2013 Acorns with Ellie, feeding only

Jobs are at 9:00 sharp, ten minutes, groups of no more than six please. Wellies on, and everyone washes their hands at the outside sink afterwards with soap \u2013 no exceptions, even if they "didn't touch anything".

Eggs go in the trays in the farm office with the date on in pencil. Maureen takes what she needs for baking and the rest go on the honesty table by the gate, money to the farm fund.

If a hen looks poorly or a goat's got out, don't try to sort it with the children \u2013 send someone to find me or ring the office.

Gareth""")

M("clean", "free_school_meals_reply", "business manager replies kindly to a parent worried about dinner money (Outlook quoted original)",
  staff("beckett"), [SAM], "RE: School meals", "2024-11-05 09:47",
  """Dear Sam,

Thanks for getting in touch, and please don't worry \u2013 this is exactly the kind of thing we can help with.

As your hours at the park have dropped now the season's finished, it's worth applying for free school meals now rather than waiting. It takes about ten minutes on the county council's website and you'll usually get an answer within a couple of days. If you'd rather, I can do the check for you over the phone \u2013 I'd just need your National Insurance number and date of birth. Please don't send those by email; give me a ring on 01632 960000 instead.

If he's eligible, the school also gets extra funding to support him, and he'd get help with the cost of trips and the Year 6 residential when he gets there.

In the meantime I've cleared his lunch account, so there's nothing to pay for this term.

Kind regards,

""" + sig("beckett") + """

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 04 November 2024 20:51
To: Office <office@example-school.org.uk>
Subject: School meals

Hi, I've had a letter saying we owe \u00a334.50 on dinners. My hours have gone right down since the park closed for the winter and I'm not sure I can pay it this month. Is there any help? Sam""", fmt="alt")

M("clean", "newsletter_29_november", "end-of-November newsletter to families",
  staff("office"), PARENTS, "Newsletter \u2013 Friday 29 November", "2024-11-29 14:30",
  """Dear Families,

What a busy few weeks! Here's our news.

CHRISTMAS FAIR
Saturday 7 December, 10am\u20131pm in the hall. Tombola donations (bottles, chocolates, toiletries) to the office please. The farm will be selling holly wreaths and eggs, and Father Christmas will be in the forest school shed from 11.

NATIVITY AND CAROL SERVICE
Acorns, Robins and Wrens: "The Sleepy Shepherd", Tuesday 10 and Wednesday 11 December at 2pm in the hall. Two tickets per family for each performance \u2013 more if there are spares.
Kingfishers and Herons: carol service at St Andrew's, Thursday 19 December at 6pm.

AROUND SCHOOL
Acorns had a visit from the fire engine and crew from the village station \u2013 thank you to Ellie's brother for arranging it.
Wrens have been building bird boxes with Gareth for the copse.
Kingfishers finished their swimming block. Well done to everyone who swam their first 10 metres!
Herons have started "A Christmas Carol" by Charles Dickens and are writing their own ghost stories. Mr Pegg reports that some of them are genuinely terrifying.

ATTENDANCE
Well done to Wrens, who had the best attendance this half term at 97.4%. If your child is off sick, please ring the office by 9am on 01632 960000.

LOST PROPERTY
The lost property box is overflowing. Anything not claimed by 13 December goes to the PTA uniform sale.

DATES
Fri 6 Dec \u2013 Christmas jumper day (\u00a31 for Save the Children)
Wed 18 Dec \u2013 Christmas lunch
Fri 20 Dec \u2013 term ends at 1:30pm
Mon 6 Jan \u2013 INSET day
Tue 7 Jan \u2013 children back

Have a lovely weekend,
Mrs Ashby and all the staff

""" + sig("office"), fmt="alt")

M("clean", "residential_how_hill_letter", "deputy head's Y5/6 residential letter with reply form attached",
  staff("pegg"), PARENTS, "Year 5/6 residential \u2013 How Hill, March 2025", "2024-10-15 16:02",
  """Dear Parents and Carers of Year 5 and 6,

I'm delighted to confirm that Herons' residential will be at How Hill on the Norfolk Broads, from Wednesday 19 to Friday 21 March 2025. Three days of canoeing, pond dipping, wherry sailing, night walks and (I'm reliably told) a lot of mud.

The total cost is \u00a3165, which covers travel, all meals, accommodation and activities. A deposit of \u00a340 is due by Friday 8 November on ParentPay, and the balance can be paid in instalments up to the end of February. If cost is a worry, please talk to Jo Beckett in the office \u2013 we have funds to help and nobody else will know.

There'll be an information evening in January with the kit list and a chance to ask questions. Children will share dorms in groups of four to six and can choose two friends they'd like to be with.

Please fill in the attached form to let us know if your child would like a place, by Friday 8 November.

Kind regards,

""" + sig("pegg"), fmt="alt",
  atts=[("How_Hill_reply_form.pdf", "application/pdf",
         make_pdf(["Example School - Year 5/6 Residential, How Hill, 19-21 March 2025",
                   "", "Child's name: ______________________   Class: Herons",
                   "[ ] Yes, my child would like a place. I will pay the 40 pound deposit by 8 November.",
                   "[ ] No, thank you.", "", "Medical needs / dietary needs: ______________________",
                   "", "Signed (parent/carer): ______________________  Date: __________"]), "base64")])

M("clean", "parents_evening_booking", "office notice that parents' evening booking is open",
  staff("office"), PARENTS, "Parents' evenings \u2013 12 and 13 November", "2024-10-30 10:15",
  """Dear Parents and Carers,

Our autumn parents' evenings will be on Tuesday 12 and Wednesday 13 November, from 3:30 to 7pm. Appointments are 10 minutes each, with your child's class teacher.

Booking is now open on the School Gateway app. If you have children in more than one class, try to book slots next to each other \u2013 and let us know if you can't, we'll juggle.

Acorns parents: Ellie will catch up with you individually at pick-up over the next few weeks instead, so there's no need to book.

If you work evenings and none of the times suit, ring the office and we'll arrange a phone call or an early-morning meeting.

Many thanks,
Jo
School Office
Example School, Park Row, LS1 4AP
01632 960000""", style="plain")

M("clean", "ehcp_annual_review_invite", "SENDCo invites a carer to an EHCP annual review, views form attached",
  staff("nandra"), [SAM], "Annual review \u2013 Tuesday 21 January", "2024-12-10 13:40",
  """Dear Sam,

I'm writing to invite you to his annual EHCP review on Tuesday 21 January at 9:15 in the library. It should take about an hour. Miss Gotts will be there, along with Sarah from the speech and language service, and I've invited his caseworker from the county SEN team, who may join online.

Before the meeting, I'd be grateful if you could:
- fill in the attached parent views form (or we can do it together over the phone if that's easier)
- have a chat with him about what he enjoys at school and what he finds hard \u2013 we'll be doing his pupil views with him in class too, with pictures

If the time is difficult with work, tell me and we'll move it. And if you'd like someone to come with you for support, that's absolutely fine.

Warm regards,

""" + sig("nandra"), cc=[staff("gotts")],
  atts=[("Parent_views_form.pdf", "application/pdf",
         make_pdf(["Annual Review of EHCP - Parent/Carer Views", "",
                   "1. What is going well for your child at school?", "",
                   "2. What is your child finding difficult?", "",
                   "3. What would you like to change in the plan?", "",
                   "4. Anything else you would like us to know?"]), "base64")])

M("clean", "pond_dipping_booking_enquiry", "forest school leader enquires about a nature reserve visit",
  staff("fiske"), [("Bookings", "bookings@example.org")], "Booking enquiry \u2013 pond dipping, Reception and Y1/2, June", "2025-03-03 16:44",
  """Hello,

I'm the Forest School Leader at a small village primary in Norfolk and I'd like to enquire about booking a pond dipping and minibeast session at your reserve for our Reception and Year 1/2 classes (about 34 children in total, ages 4 to 7, with 6 adults).

We'd be looking at a date in the week of 16 June or 23 June, ideally arriving about 10am and leaving by 2pm. We'll bring packed lunches and come by coach.

Could you let me know availability and costs, and whether you provide nets and trays or we should bring our own? We also have one child who uses a wheelchair, so we'd need to know about access to the dipping platform.

Many thanks,

""" + sig("fiske"), style="gmail")

M("clean", "herons_chromebook_logins", "IT technician to Y5/6 teachers about pupil logins",
  staff("womack"), [staff("pegg"), staff("pryce")], "Herons Chromebook logins", "2024-09-09 08:20",
  """Tom, Si\u00e2n,

I've reset the Google passwords for all the Herons pupil accounts ready for this week. The new Year 5s have their accounts set up too (they're the 19s; the Year 6s are the 18s).

The printed login cards are in a brown envelope in your top drawer \u2013 please hand them out in class rather than emailing them, and collect the cards back in once they've logged in, as we did last year.

Two things to watch:
- The Chromebook trolley in the corridor needs plugging in at the wall every night, otherwise they're flat by Wednesday.
- Chromebook 14 has a cracked screen. I've taken it out of the trolley and it's on my desk waiting for a repair quote.

I'm in Tuesdays and Fridays if anyone has any problems.

Pete""", style="plain")

M("clean", "kitchen_milk_allergy", "cook manager to parent about a milk-free diet (base64 body)",
  staff("pointer"), [JANE], "Milk allergy \u2013 nursery lunches", "2024-09-06 13:55",
  """Dear Jane,

Thank you for filling in the allergy form. I just wanted to let you know what we'll do, so you're not worrying.

She'll be on our milk-free menu for her nursery lunches on Thursdays. Most days that's just the main menu with a swap \u2013 olive oil spread instead of butter in the mash, for example, and oat milk custard on pudding days. Her lunch will be plated separately on a red tray so the staff serving know.

Before we can start, I'll need a copy of the letter from her doctor or dietitian confirming the allergy \u2013 that's a county rule for special diets, not me being fussy! You can drop it in at the office or scan it into an email.

If they're doing any baking in nursery (they love making flapjacks with Ellie), I'll make sure there's a dairy-free version.

Any questions at all, just ask.

""" + sig("pointer"), style="plain", cte="base64")

M("clean", "vicar_christmas_dates", "headteacher confirms Christingle and carol service dates with the vicar",
  staff("ashby"), [("Rev. Anne Thursby", "vicar@example.org")], "Christingle and carol service dates", "2024-10-31 17:25",
  """Dear Anne,

Thank you for a lovely harvest service \u2013 lots of parents commented on how welcome they felt, and the Wrens are still singing about cauliflowers.

I'd like to put the Christmas dates in the diary, if they still work for you:

- Christingle in collective worship: Friday 29 November, 9:15. We'll make the Christingles with the children the day before, so just bring yourself (and the lighter!)
- Kingfishers and Herons carol service at St Andrew's: Thursday 19 December, 6pm. Si\u00e2n will be in touch about readings and whether the organ is behaving itself.

Would you also be happy to come into Kingfishers in the spring term to talk about what Christians believe about Easter? Dan is planning it and will email you with dates.

With many thanks,
Helen

""" + sig("ashby"), style="gmail", fmt="alt")

M("clean", "lost_property_mountain", "TA's light-hearted lost property reminder to staff",
  staff("blyth"), ALL_STAFF, "Lost property", "2024-12-06 12:40",
  """Hi all,

Lost property is now officially out of control. In the box at the moment:

- 14 jumpers, 6 of them named (I've put those back in classes)
- 3 left wellies and 1 right welly, none matching
- a Paw Patrol lunchbox with something in it that I'm not opening
- a single goat-feeding glove that I think belongs to Gareth

Could you remind your classes at home time that anything unclaimed goes to the PTA uniform sale on the 13th?

Sue""", style="apple")

M("clean", "nativity_rehearsals", "EYFS lead's nativity rehearsal schedule for staff",
  staff("harrod"), TEACHERS + [staff("blyth")], "Nativity rehearsals \u2013 this week and next", "2024-12-02 07:55",
  """Morning all,

Here's the plan for nativity rehearsals over the next two weeks. I know it eats into everyone's timetable \u2013 sorry!

This week (in the hall):
Tues 3rd, 1:15\u20132:15 \u2013 Robins and Wrens, songs only
Thurs 5th, 1:15\u20132:30 \u2013 everyone, first full run-through
Fri 6th, 9:15\u201310:00 \u2013 Acorns with Ellie, "Baa Baa Little Sheep" only

Next week:
Mon 9th, 1:15\u20132:45 \u2013 dress rehearsal
Tues 10th and Wed 11th, 2pm \u2013 performances

Costumes: we're still short of sheep (14 sheep and only 9 sheep costumes), and Mary's donkey ears have gone missing. If anyone has a white hoodie they'd lend, please send it my way.

Neil \u2013 could you bring two straw bales over from Gareth's barn on Monday morning for the stable? Thank you!

Lucy""", cc=[staff("catchpole")], fmt="alt")

M("clean", "traveller_education_new_family", "GRT liaison to the county Traveller Education Service about a new family",
  staff("loveday"), [("Traveller Education Service", "tes@example.org")], "New family on the site \u2013 two children", "2024-10-02 11:30",
  """Dear colleagues,

Just to let you know that a new family has arrived on the site near the school, on the pitch by the entrance. There are two children of school age \u2013 a boy of 9 (Year 5) and a girl of 6 (Year 2) \u2013 plus a toddler. Mum says they've come from the Cambridgeshire area and were last in school after Easter.

We've offered both older children places and they start with us on Monday, with a phased timetable for the first fortnight. Mum is keen but nervous \u2013 her own school experience wasn't good \u2013 so I'll be meeting them at the gate each morning for the first week.

Could you check whether you have any records for them from your colleagues in Cambridgeshire, and whether there's a CTF we can chase? I'll send their names and dates of birth by secure email rather than putting them in this one.

It would also be great if someone from your team could visit the family on the site in the next few weeks \u2013 they mentioned they may move on in the spring.

Many thanks,

""" + sig("loveday"), style="plain", cte="base64")

M("clean", "swimming_letter_kingfishers", "teacher's swimming kit letter to parents",
  staff("gotts"), PARENTS, "Kingfishers swimming starts Tuesday 15 October", "2024-10-09 15:35",
  """Dear Parents and Carers,

Kingfishers' swimming lessons start next Tuesday, 15 October, and run every Tuesday until the Christmas holidays. We'll go in two groups in the school minibus, so your child will be away from school for about an hour and a quarter.

Please send in every Tuesday:
- a swimming costume or trunks (no long shorts, please)
- a towel
- a swimming hat if your child has long hair, or a hair band at the very least
- goggles if they want them \u2013 we can't help with them at the pool
- a carrier bag for wet things

No jewellery please; earrings need to come out or be taped. If your child has a verruca, they can still swim with a verruca sock.

If your child can't swim for medical reasons, please send a note. We do still ask them to come along and watch, as part of their water safety learning.

Many thanks,

""" + sig("gotts"), fmt="alt")

M("clean", "supply_cover_request", "business manager books supply cover from an agency",
  staff("beckett"), [("Kelly Rowe", "bookings@example.com")], "Cover needed \u2013 Thursday 6 and Friday 7 February, Y1/2", "2025-02-03 08:52",
  """Hi Kelly,

Hope you're well. Could you find us a teacher for Thursday 6 and Friday 7 February please? It's our Wren class (Years 1 and 2 mixed, 21 children) while Mr Okafor is on a course.

Ideally someone with KS1 experience who's confident with phonics. Planning will be left, and there's a full-time TA in the class in the mornings.

The day runs 8:30 to 3:30. Parking is in the school car park; there's a code for the gate, which we'll text on the morning. Please ask them to bring photo ID, and send over the DBS and agency checks confirmation once it's booked.

If it's Mrs Hammond again, the Wrens would be thrilled \u2013 they're still talking about her guinea pig.

Thanks,

""" + sig("beckett"))

M("clean", "reading_books_reply", "Y1/2 teacher answers a father's question about reading book levels",
  staff("okafor"), [ALI], "Re: Reading books", "2024-10-17 16:30",
  """Dear Mr Guardian,

Thank you for your message \u2013 it's lovely to hear she's been reading to her nan in the evenings.

You're right that her reading book hasn't changed level since September. That's deliberate at the moment. She's reading the words well, but when I ask her what happened in the story she sometimes isn't sure yet, so I want her to get really confident at this level first. The books are matched to the sounds she's learnt in phonics, so she should be able to read every word.

What would help most at home: after each page or two, ask her "What just happened?" or "What do you think will happen next?". Library books and comics are brilliant too \u2013 it doesn't have to be the school book every night.

I'll look at her level again at the end of this half term, and I'm very happy to show you how we do it in class if you'd like to pop in one morning.

Kind regards,
Mr Okafor

""" + sig("okafor") + """

On Wed, 16 Oct 2024 at 19:05, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello Mr Okafor, she has had the same colour books for weeks now. She reads them to her nan every night and says they are too easy. Can she go up? Thanks Ali""",
  style="gmail", fmt="alt")

M("clean", "cross_country_letter", "PE coach's cluster cross-country letter to parents",
  staff("mayes"), PARENTS, "Cluster cross-country \u2013 Thursday 10 October", "2024-10-01 14:05",
  """Dear Parents and Carers,

Twenty-two of our Year 3 to 6 children have put their names down for the cluster cross-country on Thursday 10 October at the high school. Well done to everyone for having a go.

The minibus will make two trips, leaving school at 12:45 and 1:15. Races start at 1:45 and we'll be back by 3:30 for normal pick-up. If you'd like to come and cheer, you're very welcome \u2013 the course goes round the playing fields and spectators can stand by the finish.

Please send your child in PE kit with trainers they don't mind getting muddy, plus a drink and a jumper. Spikes aren't allowed.

Thanks,

""" + sig("mayes"), style="plain")

M("clean", "bikeability_reminder_pupils", "Y5/6 teacher's Bikeability reminder to pupils",
  staff("pegg"), HERONS, "Bikeability next week", "2025-04-24 15:40",
  """Hi everyone,

Bikeability starts on Monday! Please make sure you:
- bring your bike to school every day from Monday to Wednesday (it can go in the bike shelter by the farm gate)
- bring a helmet that fits \u2013 if you don't have one, tell me tomorrow and we'll borrow one
- check your tyres are pumped up and your brakes work. The instructors check every bike on Monday morning, and any that aren't safe can't go out on the road.

Wear trousers or leggings and trainers, and bring a waterproof \u2013 they go out in the rain.

Tyler and Kezia, the instructors are bringing two bikes for you, so you don't need to worry.

Mr Pegg""", style="gmail")

M("clean", "paediatric_first_aid_invite", "business manager books EYFS staff on first aid training, calendar invite attached",
  staff("beckett"), [staff("howes"), staff("harrod"), staff("blyth")], "Paediatric first aid \u2013 Saturdays 29 March and 5 April", "2025-03-11 10:20",
  """Hi Ellie, Lucy and Sue,

I've booked the three of you onto the two-day paediatric first aid course at the village hall, run by our usual trainer. It's on Saturday 29 March and Saturday 5 April, 9am to 4pm both days. Yes, Saturdays, I'm sorry \u2013 it's the only way to keep the ratios right in Acorns and Robins during the week. You'll be paid for both days at your normal rate, and lunch is provided.

Ellie, your current certificate runs out in May, so this is the important one for the EYFS ratios. Lucy, yours runs to next year, but we'd like you as a second qualified person in Robins.

Calendar invite attached. Let me know by Friday if either Saturday is a problem.

Jo""",
  atts=[("Paediatric_first_aid.ics", 'text/calendar; charset="utf-8"; method=REQUEST',
         "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
         "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pfa-2025-03-29@example-school.org.uk\r\n"
         "DTSTAMP:20250311T102000Z\r\nDTSTART:20250329T090000Z\r\nDTEND:20250329T160000Z\r\n"
         "SUMMARY:Paediatric first aid (day 1 of 2)\r\nLOCATION:Village hall\r\n"
         "ORGANIZER;CN=Jo Beckett:mailto:j.beckett@example-school.org.uk\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n", "base64")])

M("clean", "lambing_sunday_html", "HTML-only farm open day invitation, emoji in encoded subject",
  staff("office"), PARENTS, "Lambing Sunday \U0001F411 \u2013 23 March, 11am\u20133pm", "2025-03-07 15:10",
  None, style="gmail", fmt="html", subj_enc="B", html_body="""<div dir="ltr">
<div><span style="font-size:large"><b>Lambing Sunday at the school farm</b></span></div>
<div><b>Sunday 23 March, 11am&ndash;3pm</b></div>
<div><br></div>
<div>Dear Families,</div>
<div><br></div>
<div>Our farm open day is back! Come and meet this year&#39;s lambs and kid goats, and Bramble&#39;s piglets if they&#39;ve arrived by then (Gareth says any day now).</div>
<div><br></div>
<ul>
<li>Egg hunt round the orchard for the under-7s</li>
<li>Tractor and trailer rides round the top field (weather permitting)</li>
<li>Cake stall and bacon rolls in the forest school shelter</li>
<li>Herons&#39; farm tours every half hour &ndash; they have been practising their facts</li>
</ul>
<div>Entry is free; donations go to the farm fund.</div>
<div><br></div>
<div><b>Please remember:</b> no dogs on the farm, wash hands after touching the animals (sinks by the gate), and anyone who is pregnant should not handle the ewes or lambs, following NHS advice.</div>
<div><br></div>
<div>We need volunteers for the cake stall and the car park &ndash; please sign up at the office or reply to this email.</div>
<div><br></div>
<div>See you there!</div>
<div><br></div>
<div>Example School, Park Row, LS1 4AP &middot; 01632 960000</div>
</div>
""")

M("clean", "snow_closure_procedure", "headteacher's reminder of snow closure arrangements",
  staff("ashby"), ALL_STAFF, "Snow forecast \u2013 what happens if we close", "2025-01-08 13:10",
  """Dear all,

The Met Office has an amber warning for snow and ice from tomorrow evening, so here's a reminder of how we'd handle a closure:

- I'll make the decision by 6:45am, after Gareth has checked the site and the lane. If we close, you'll get a text on the staff group, and it will be on the county closures page and the school Facebook page by 7am.
- If we're open but you can't get in safely, ring me on the school mobile. Please don't take risks on the back roads.
- Neil won't run the minibus on the fen road if it's icy. Dawn will ring the families who use it.
- If we close, please set home learning on Google Classroom by 10am (KS2) or send the Tapestry activity (EYFS and KS1). It doesn't need to be elaborate.
- Gareth and I will go in to see to the animals either way.

Stay warm,
Helen""")

M("clean", "nursery_lunch_arrears", "gentle note to a parent about a lunch account in arrears",
  staff("beckett"), [JANE], "Nursery lunch account", "2025-02-18 11:05",
  """Dear Jane,

Just a quick, friendly note to say the nursery lunch account is showing \u00a318.40 in arrears (that's eight lunches since the start of January). ParentPay has been playing up for some families since the update, so it may just be that a payment didn't go through.

Could you have a look when you get a minute? If anything is making it tricky at the moment, just let me know \u2013 we can set up a payment plan, and there may be other help available.

Many thanks,

""" + sig("beckett"), style="plain")

M("clean", "y6_transition_high_school", "deputy head confirms Y6 transition day with the high school",
  staff("pegg"), [("Debbie Kerr", "transition@example.org")], "Y6 transition day \u2013 numbers and minibus", "2025-05-14 12:20",
  """Dear Debbie,

Thanks for the transition day information. I can confirm that all eleven of our Year 6 pupils will be coming on Wednesday 2 July. We'll bring them over in the school minibus, arriving for 8:45, and we'll be back to collect them at 3:00.

A few things to flag in advance, which I'll follow up with the full transfer information next week:
- Two of our pupils have EHCPs. Priya, our SENDCo, has arranged to meet your SENCo on 18 June.
- Three pupils live on the Traveller site near the school and may be travelling in early summer. Bridget, our GRT liaison, would love to join your Year 7 team for the parent information evening, so the families see a familiar face.
- One pupil has a severe nut allergy and carries two auto-injectors.

The children are really excited (and some are quietly terrified about being the youngest again). If any of your Year 7s who used to be with us could be buddies on the day, it would make a big difference.

Best wishes,

""" + sig("pegg"), fmt="alt")

# ===========================================================================
# CLEAN: hard negatives (look rude to a naive filter, but are fine)
# ===========================================================================

M("clean", "iceni_trip_cockley_cley", "hard negative: trip letter to Cockley Cley (place name), consent form attached",
  staff("gotts"), PARENTS, "Kingfishers trip \u2013 Iceni day at Cockley Cley, Thursday 20 March", "2025-02-24 15:30",
  """Dear Parents and Carers,

As part of our topic on Boudica, the Iceni and the Romans, Kingfisher class will be spending the day at Cockley Cley on Thursday 20 March. An archaeologist from the village heritage group has kindly offered to walk the children round the earthworks and talk about what life was like for the Iceni here in west Norfolk, and in the afternoon we'll visit Swaffham Museum to handle some real Roman and Iceni finds.

We'll travel by coach (there are too many of us for the minibus this time), leaving school at 9:00 and returning by 3:15, so normal pick-up.

The cost is \u00a39 per child, which covers the coach and the museum workshop. Payment is by ParentPay please; if this is difficult for any reason, speak to Jo in the office in confidence \u2013 no child will miss out.

What to bring:
- a packed lunch in a named bag (or order a school packed lunch on ParentPay by Monday 17th)
- a waterproof coat and wellies \u2013 the earthworks will be muddy whatever the weather
- a drink in a plastic bottle

Children are very welcome to come dressed as a Celt or a Roman, but it's absolutely not expected. Sensible shoes underneath, please!

The consent form is attached. Please return it by Friday 14 March.

Many thanks,

""" + sig("gotts"), cc=[OFFICE], fmt="alt",
  atts=[("Cockley_Cley_trip_consent.pdf", "application/pdf",
         make_pdf(["Kingfisher Class trip - Cockley Cley and Swaffham Museum",
                   "Thursday 20 March 2025, 9:00am - 3:15pm", "",
                   "I give permission for my child ______________________ to attend.",
                   "Emergency contact number: ______________________",
                   "Medical / dietary information: ______________________", "",
                   "Signed: ______________________  Date: __________"]), "base64")])

M("clean", "appleby_fair_cockermouth_attendance", "hard negative: Traveller family going to Appleby Fair then near Cockermouth (place name)",
  staff("kerrison"), [ALI], "Travelling in June \u2013 attendance", "2025-05-20 10:12",
  """Dear Mr Guardian,

Thank you for coming in yesterday to tell us your plans \u2013 it really helps to have the dates in advance.

Just to confirm what we agreed: the family will be travelling to Appleby Horse Fair from Wednesday 4 June, and then staying with relatives near Cockermouth before coming back to the site around Friday 20 June. As we discussed, because the family are travelling for work over the fair season, this can be recorded with the Traveller code rather than as unauthorised absence.

Bridget has put together a learning pack with her reading books, a maths workbook and some stamped postcards she can send back to Wrens to tell them about the fair \u2013 Mr Okafor would love to put them on the class wall. If there's a school near where you're staying that she could attend for a few days, just let me know which one and I'll sort out dual registration with them.

If your plans change, please give the office a ring on 01632 960000.

Kind regards,

""" + sig("kerrison"))

M("clean", "spring_menu_spotted_dick_faggots", "hard negative: HTML-only lunch menu with spotted dick and faggots",
  staff("pointer"), PARENTS, "New spring menu \u2013 starts Monday 13 January", "2025-01-09 14:00",
  None, fmt="html", html_body="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- td {border:1px solid #999;padding:4px 8px;font-family:Calibri,sans-serif;font-size:11pt;} --></style>
</head>
<body lang="EN-GB">
<p>Dear Parents and Carers,</p>
<p>Here is our new spring menu, starting on Monday 13 January. All our meat comes from Rix&#8217;s butchers in the village, and the eggs come from our own hens when they&#8217;re laying!</p>
<table cellspacing="0">
<tr><td><b>Week 1</b></td><td><b>Main</b></td><td><b>Vegetarian</b></td><td><b>Pudding</b></td></tr>
<tr><td>Monday</td><td>Cottage pie with cabbage</td><td>Lentil cottage pie</td><td>Apple crumble and custard</td></tr>
<tr><td>Tuesday</td><td>Chicken curry and rice</td><td>Chickpea and spinach curry</td><td>Yoghurt and fruit</td></tr>
<tr><td>Wednesday</td><td>Roast pork, Yorkshire pudding and roast potatoes</td><td>Quorn roast</td><td>Spotted dick and custard</td></tr>
<tr><td>Thursday</td><td>Faggots, mash, peas and onion gravy</td><td>Cheese and onion pie</td><td>Flapjack</td></tr>
<tr><td>Friday</td><td>Fish fingers, chips and beans</td><td>Veggie sausage, chips and beans</td><td>Iced sponge</td></tr>
</table>
<p>New this term: Norfolk dumplings with beef stew on Tuesdays in week 2, and the children&#8217;s favourite, jam roly-poly, is back in week 3.</p>
<p>Allergen information for every dish is on the school website. The spotted dick is made with vegetable suet, so it&#8217;s fine for vegetarians, but it does contain gluten, milk and egg. If your child has an allergy and we don&#8217;t have a form for them yet, please ask the office for one.</p>
<p>Maureen Pointer<br>Cook Manager<br>Example School Kitchen<br>01632 960000</p>
</body>
</html>
""")

M("clean", "big_schools_birdwatch_tits", "hard negative: birdwatch results (great tit, blue tit, cock pheasant, woodcock)",
  staff("fiske"), TEACHERS, "Big Schools' Birdwatch results", "2025-01-31 15:45",
  """Hi all,

Results from this week's Big Schools' Birdwatch are in \u2013 thank you for getting your classes out, even Wrens in the sleet on Tuesday.

Our totals (highest count at any one time, as per the RSPB rules):
Blue tit \u2013 14
Great tit \u2013 6
Coal tit \u2013 2
Long-tailed tit \u2013 9 (one lovely flock on the hedge by the pig pen)
Robin \u2013 4
Blackbird \u2013 7
House sparrow \u2013 21
Chaffinch \u2013 5
Goldfinch \u2013 8
Woodpigeon \u2013 11
Rook \u2013 30-ish (Kingfishers gave up counting)
Pied wagtail \u2013 2
Pheasant \u2013 1 cock and 2 hens, who apparently live under the polytunnel

Best spots: a woodcock flushed out of the copse during Robins' forest school, and a barn owl past the Acorns window at 8.10 on Thursday \u2013 Ellie has a blurry photo.

The most-asked question of the week was why we can't count our own hens. (We can't.)

I'll send the figures to the RSPB, and Jo can put them in the newsletter. Jo \u2013 the tit numbers went right up when we moved the feeders to the library window, so it's worth keeping them there.

Rob""", cc=[OFFICE], style="gmail", fmt="alt")

M("clean", "farm_news_piglets_bitch_cockerel", "hard negative: farm news (sow, boar, the collie 'bitch' in season, cockerel, stopcock), photo attached",
  staff("lovick"), ALL_STAFF, "Farm news \u2013 piglets, Peggy and the cockerel", "2025-03-17 07:30",
  """Morning all,

Good news first: Bramble farrowed overnight \u2013 nine piglets, all feeding, mum doing well. Photo attached. Please keep classes back from the farrowing pen for a week or so; she's protective, and the boar is next door and not happy about any of it. Viewing from the gate only until I say otherwise.

Peggy (the collie) is in season, so she'll be in the house pen rather than loose round the yard for the next fortnight. If anyone brings a dog to Lambing Sunday, it stays on a lead and well away from her \u2013 she's a very friendly bitch but the last thing we need is an unplanned litter.

The Welsummer cockerel is going to have to go. He's gone for two of the Robins this week and drew blood on Neil's ankle. If anyone knows a smallholder who wants a handsome, bad-tempered cock bird, let me know; otherwise he'll go to the poultry sale at Aylsham.

Last thing \u2013 the stopcock for the animal troughs is now in the blue box by the hay barn door, not under the sink. Don't touch the one in the kitchen, that's the main one for the school.

Gareth""",
  atts=[("piglets.png", "image/png", make_png(64, 48, (196, 150, 120)), "base64")])

M("clean", "cricket_coach_wankhede", "hard negative: reply to a cricket coach surnamed Wankhede; bats and balls",
  staff("mayes"), [("Rohan Wankhede", "r.wankhede@example.org")], "Re: Summer term cricket sessions", "2025-04-28 12:10",
  """Hi Rohan,

Thanks for getting back to me so quickly \u2013 Tuesdays from 6 May works perfectly. Kingfishers 1:15\u20132:15, then Herons 2:15\u20133:15, on the field (or in the hall if it's pouring).

We've got two sets of Kwik Cricket stumps, eight plastic bats and plenty of balls, but the wicket-keeping gloves have seen better days, so if you're bringing any kit that would be great. We don't need hard-ball kit \u2013 none of ours are at that stage yet, though a couple of the Y6 girls play for the village team on Sundays and would love to show off.

Could you send over your DBS details and a copy of your coaching qualification before the first session? Our office will add you to the single central record. Just sign in at reception when you arrive and Jo will give you a lanyard.

Looking forward to it. The kids are already asking if they'll get to bowl at you, Mr Wankhede.

Chris

""" + sig("mayes") + """

On Mon, 28 Apr 2025 at 08:41, Rohan Wankhede <r.wankhede@example.org> wrote:
> Hi Chris,
>
> Good to speak last week. I can offer six weekly sessions on Tuesday afternoons starting 6 May, split across two year groups, as part of the county board's primary programme. Let me know what kit you have and I'll bring the rest.
>
> Best wishes,
> Rohan Wankhede
> Community Cricket Coach""", style="gmail", fmt="alt")

M("clean", "governors_dick_cockburn", "hard negative: head writes 'Dear Dick' to chair of governors Mr Cockburn; clerk Mrs Hancock",
  staff("ashby"), [("Dick Cockburn", "d.cockburn@example.org")], "FGB papers \u2013 Tuesday 3 December", "2024-11-26 18:05",
  """Dear Dick,

Please find attached my report for the full governing body meeting on Tuesday 3 December, 6pm in the library. Jan Hancock has the agenda and the September minutes and will send those round to the rest of the board separately.

The items I'd particularly flag for discussion:

1. Nursery funding \u2013 the county consultation on the early years rate closes on 13 December and I'd like governors' views before I respond.
2. The minibus \u2013 it has broken down three times this term and I think we need to decide about replacing it. Jo has put together the costs of leasing versus buying.
3. The farm \u2013 Gareth's risk assessment for lambing and the open day, which needs signing off.
4. Attendance \u2013 the big picture is good, but we've seen a dip among some of our families working at the holiday parks in September and October, and Karen and Dawn have some ideas about how we support them.

I'm very happy to talk anything through beforehand \u2013 I'm in school all week except Thursday morning.

With best wishes,
Helen

""" + sig("ashby"), cc=[("Jan Hancock", "clerk@example.org")], fmt="alt",
  atts=[("Heads_report_Autumn2.pdf", "application/pdf",
         make_pdf(["Headteacher's Report to the Full Governing Body", "Autumn Term 2, 2024", "",
                   "1. Pupil numbers: 104 on roll (Nursery 18).",
                   "2. Attendance: 95.1% whole school; 92.3% families in seasonal work.",
                   "3. Minibus: three breakdowns this term; options paper attached.",
                   "4. Farm: lambing risk assessment for approval."]), "base64")])

M("clean", "the_twits_planning", "hard negative: English planning for Roald Dahl's The Twits, quoting the book",
  staff("pryce"), [staff("gotts")], "The Twits unit \u2013 planning", "2024-10-21 20:05",
  """Hi Amy,

Here are my thoughts for the Twits unit after half term, as promised. I think it works really well for Kingfishers \u2013 lots of character description, and the disgusting bits are a gift for getting reluctant writers going.

Week 1: Mr Twit's beard. Start with the description of the food stuck in it and have them draw and label what's lurking in there. Then their own revolting character description using expanded noun phrases.

Week 2: the tricks \u2013 the glass eye, the frog, the wormy spaghetti. Instructions for a trick (imperative verbs), then a diary entry as Mrs Twit.

Week 3: the message of the book. I always finish with the bit about ugly thoughts: "If a person has ugly thoughts, it begins to show on the face... But if you have good thoughts they will shine out of your face like sunbeams and you will always look lovely." Good for a bit of PSHE too.

Week 4: the Roly-Poly Bird and the monkeys' revenge \u2013 a persuasive letter from Muggle-Wump asking to be set free.

Resources are on the shared drive under English > Y3-4 > The Twits. The wormy spaghetti (cold spaghetti and jelly worms) went down a storm last time, but check allergies with Maureen first.

Si\u00e2n""", style="gmail", fmt="alt")

M("clean", "shakespeare_week_parts_pupils", "hard negative: Y5/6 parts list quoting Caliban's curse and Bottom's ass's head, to pupils",
  staff("pegg"), HERONS, "Shakespeare Week \u2013 parts and lines", "2025-03-10 16:25",
  """Hi Herons,

Here are the parts for our Shakespeare Week performance of scenes from The Tempest and A Midsummer Night's Dream. Please learn your lines by Friday 21 March \u2013 they're also on Google Classroom.

The Tempest
Prospero \u2013 Jacob
Miranda \u2013 Freya
Ariel \u2013 Kezia
Caliban \u2013 Logan
Trinculo and Stephano \u2013 Oscar and Tyler

Logan, your big speech starts: "You taught me language, and my profit on't / Is, I know how to curse. The red plague rid you / For learning me your language!" Caliban is furious here \u2013 don't be shy, really spit it out.

A Midsummer Night's Dream
Bottom \u2013 Maisie
Titania \u2013 Ruby
Puck \u2013 everyone else, in turns (don't ask)

Maisie, yes, you do get to wear the ass's head. Mrs Pryce found it in the PTA cupboard. It smells a bit of the 1990s.

Any problems, tell me in class.

Mr Pegg""", style="gmail", fmt="alt")

M("clean", "re_units_heaven_and_hell", "hard negative: RE planning about Christian beliefs on heaven and hell",
  staff("okafor"), TEACHERS, "RE next half term \u2013 Kingfishers and Herons units", "2025-02-26 17:10",
  """Hi all,

Quick one about RE for next half term, following the changes to the agreed syllabus.

Kingfishers: "What do Christians believe about life after death?" This is the one with heaven and hell, so be ready for some big questions, especially from children who've had a bereavement recently (Karen has a list). The key thing is to frame it as "Christians believe..." and to welcome other views. Rev. Anne is happy to come in and be interviewed.

Herons: "What does it mean to be a Muslim in Britain today?" \u2013 we have a visitor from the Islamic centre in Norwich booked for 19 March, and the class will prepare questions beforehand.

Wrens and Robins carry on with "Special places", with the church visit on 12 March.

The Big Questions box is going in the library \u2013 children can post questions anonymously and we'll answer a few in collective worship. Last year's favourites included "Is there Wi-Fi in heaven?" and "Do goats go to heaven?"

Dan

""" + sig("okafor"))

M("clean", "king_cnut_homework_pupils", "hard negative: homework about King Cnut (and Bosham in Sussex), to pupils (base64 body)",
  staff("pryce"), HERONS, "Homework \u2013 King Cnut and the tide", "2025-01-16 15:50",
  """Hello Herons,

This week's homework links to our Vikings topic. You've heard the story of King Cnut (sometimes spelled Canute) sitting on his throne on the beach and ordering the tide to go back.

Your task: find out what Cnut was really trying to show his courtiers. Was he arrogant, or was he making a point? Write a short newspaper report from the beach \u2013 "Tide ignores King!", or a headline of your own. Make sure you include:
- who, what, where, when and why
- at least one quotation from a witness
- a fact about Cnut's kingdom (he ruled England, Denmark and Norway)

Bonus point if you can find out which places claim the story happened there \u2013 Bosham in Sussex is one, but it isn't the only one.

Due Wednesday. Please upload it to Google Classroom or hand it in on paper.

Mrs Pryce""", style="gmail", fmt="alt", cte="base64", html_cte="base64")

M("clean", "tudor_norwich_bloody_mary_booking", "hard negative: museum booking for Kett's Rebellion and 'Bloody Mary' debate",
  staff("pegg"), [("Learning Team", "learning@example.org")], "Booking request \u2013 Tudor Norwich workshop, June", "2025-04-30 12:35",
  """Dear Learning Team,

I'd like to book your Tudor Norwich workshop for our Year 5/6 class (23 pupils, 3 adults) on either Tuesday 10 or Wednesday 11 June, arriving around 10:15. We come in on the train, so timings are a little at the mercy of the railway.

We're particularly interested in the Kett's Rebellion session, as the children have been looking at Mousehold Heath and why Norfolk people rose up in 1549. If possible, we'd also love to do the "Bloody Mary: villain or victim?" debate that a colleague did with you last year \u2013 it fits brilliantly with our persuasive writing unit.

One pupil uses a wheelchair, so we'd be grateful for step-free routes for the whole visit.

Could you let me know availability and the cost? Our invoice address is below.

Kind regards,

""" + sig("pegg"))

M("clean", "orkney_pen_pals_twatt", "hard negative: letter to Orkney pen-pal teacher mentioning the village of Twatt",
  staff("gotts"), [("Isla Flett", "i.flett@example.net")], "Thank you for the parcel!", "2025-03-24 16:40",
  """Dear Isla,

Thank you so much for the parcel \u2013 it arrived on Friday and the Kingfishers were beside themselves. The letters are now up on our geography wall next to a very large map, with a piece of red wool stretching from our village to yours.

The children loved the photos of your walk from Twatt to the Brough of Birsay. A few of them didn't believe Twatt was a real place until they found it on the map (I'll leave that there), and several now want to know why your fields have so few trees and so many stone walls compared with ours. We've been comparing farming too \u2013 we have pigs, goats and hens at school, and lots of our families work on the arable farms, so your beef cattle and the ferry to Aberdeen caused a lot of excitement.

Our reply letters will go in the post on Wednesday, with photos of the farm and our forest school. Would a video call work later in the term? Tuesday afternoons are best for us.

Best wishes,
Amy

""" + sig("gotts"), style="gmail", fmt="alt")

M("clean", "ctf_request_penistone", "hard negative: records request for a new pupil who moved from Penistone",
  staff("kerrison"), [("Admissions", "office@example.net")], "CTF request \u2013 new pupil from Penistone", "2024-09-05 09:35",
  """Dear colleague,

We have a new pupil joining our Year 4 class on Monday 9 September who was previously on roll at your school. Her family have moved down from Penistone for work on one of the farms here over the harvest and beyond.

Could you please send her Common Transfer File via School to School, together with any SEN records? Any safeguarding file should go securely to our DSL at dsl@example-school.org.uk rather than to this address.

Her details:
Name: Lily Ashworth
Date of birth: 14/02/2016
UPN: on the CTF request in S2S

Many thanks for your help,

""" + sig("kerrison"), style="plain")

M("clean", "ehcp_move_to_shitterton", "hard negative: SENDCo to carer moving to Shitterton, Dorset for holiday-park work",
  staff("nandra"), [SAM], "Moving to Dorset \u2013 EHCP transfer", "2025-07-02 14:18",
  """Dear Sam,

Thank you for letting me know about the move. It sounds like a great opportunity, and I'm so pleased the holiday park has offered you a year-round contract \u2013 I know how hard the winters have been.

To make sure the EHCP moves with him smoothly, here's what happens next:

1. I'll write to Norfolk's SEN team today to tell them he's moving to Dorset at the end of July.
2. Norfolk have to pass the plan to Dorset Council, and Dorset then have six weeks to tell you whether they'll keep it as it is or reassess.
3. If you can let me know which school you're applying to \u2013 you mentioned the primary in Bere Regis, as it's the closest to Shitterton \u2013 I'll ring their SENCo before the end of term and send over his latest review and support plan.

In the meantime, could you send me your new address when you have it (the cottage at Shitterton, I think you said?) so I can pass it to both councils.

We'll miss him very much. Miss Gotts is planning a proper send-off on the last day.

Warm wishes,

""" + sig("nandra"), fmt="alt")

M("clean", "leave_request_clitheroe_scunthorpe", "hard negative: CPD leave request mentioning Clitheroe and Scunthorpe",
  staff("fiske"), [staff("ashby")], "Leave request \u2013 Forest School Level 3 assessment", "2025-02-18 19:50",
  """Hi Helen,

I've finally had my date through for my Forest School Level 3 assessment: Friday 14 March at the training centre near Clitheroe. It's a full-day practical starting at 9, so I'll need to drive up on the Thursday afternoon \u2013 I'll break the journey at my sister's in Scunthorpe.

So I'd like to ask for Thursday afternoon and Friday as CPD leave, please. Kingfishers' session could move to Wednesday that week, and Robins could have their Friday session in the school garden with Lucy if she's happy.

The course fee was already paid from last year's CPD budget. Mileage is about 420 miles there and back, if we can claim it.

Thanks,
Rob

Sent from my iPhone""", style="apple")

M("clean", "pe_order_shuttlecocks_ball_sacks", "hard negative: PE equipment order (shuttlecocks, mesh ball sacks) from a West Sussex supplier",
  staff("mayes"), [("Sales", "sales@example.com")], "Order \u2013 account EXS-0421", "2025-01-15 11:25",
  """Hello,

Please could you process the following order on our school account (EXS-0421):

2 x tubes nylon shuttlecocks (slow, yellow), 6 per tube
12 x junior badminton rackets (58cm)
2 x mesh ball sacks, large, black drawstring
1 x set of tag rugby belts (30, mixed colours)
20 x size 3 foam footballs

Delivery to Example School, Park Row, LS1 4AP, for the attention of Chris Mayes. Our site manager is in from 7:30am.

Last time the order came from your West Sussex warehouse and took three weeks, so if anything is on back order please let me know rather than holding the whole lot.

A purchase order number will follow from our office.

Many thanks,

""" + sig("mayes"))

M("clean", "rse_growing_up_letter", "hard negative: RSE letter to parents with anatomical vocabulary and right to withdraw",
  staff("ashby"), PARENTS, "Relationships, Sex and Health Education \u2013 summer term", "2025-04-29 15:15",
  """Dear Parents and Carers,

As every year, our Relationships and Health Education lessons this summer include a unit on growing up and changing bodies. I'm writing to let you know what will be covered, and to invite you to a short information session.

Years 3 and 4 will talk about how our bodies change as we grow, how to keep clean, and naming body parts correctly. We use the scientific names \u2013 penis, testicles, vulva and vagina \u2013 because children who know the right words are better able to tell a trusted adult if something is wrong.

Years 5 and 6 will learn about puberty: periods, breasts, body hair, erections and wet dreams, emotional changes and personal hygiene. Girls and boys will have some sessions together and some separately, so everyone feels able to ask questions. Our school nurse will lead the session on periods.

Year 6 will also have one lesson on how babies are made (sexual intercourse and conception) as part of our sex education programme. You have the right to withdraw your child from this one lesson, though not from the science or health education parts. If you are thinking about this, please come and talk to me first \u2013 we can show you all the materials.

Information session: Tuesday 13 May, 3:20pm in the library, with the videos and books we'll be using. Tea and cake provided, and younger brothers and sisters are welcome.

If you would rather talk it through in person, Bridget or Karen will be very happy to go through it with you.

With best wishes,

""" + sig("ashby"), fmt="alt")

M("clean", "stinkhorn_phallus_impudicus", "hard negative: forest school note about a stinkhorn fungus, Phallus impudicus",
  staff("fiske"), ALL_STAFF, "Stinkhorn by the den area (don't panic)", "2024-10-08 12:55",
  """Hi all,

If you're down in the copse this week, there's a big stinkhorn fungus come up by the den area. You'll smell it before you see it. The Latin name is Phallus impudicus and once you've seen it you'll understand why. Kingfishers found it first and there was a lot of giggling.

It isn't poisonous, but please, no picking or poking \u2013 I've put a ring of sticks round it. It's actually a great one for talking about how fungi spread their spores: the slime attracts flies, which carry the spores away on their feet.

Happy for classes to come and have a (respectful) look. I'll do a fungi walk on Thursday lunchtime for anyone interested.

Rob""", style="gmail")

M("clean", "send_language_training_summary", "hard negative: SENDCo lists outdated disability terms to avoid (use, not abuse)",
  staff("nandra"), ALL_STAFF, "Following Monday's training \u2013 language around SEND", "2024-10-17 16:05",
  """Dear all,

Thank you for your engagement on Monday \u2013 lots of good discussion. As promised, here's a summary of the language part, because a few people asked for it in writing.

Please avoid:
- "retarded", "mentally handicapped" or "slow" \u2013 say "has a learning disability" or, better, describe what the child needs
- "wheelchair-bound" or "confined to a wheelchair" \u2013 say "uses a wheelchair"
- "suffers from autism" \u2013 say "is autistic" or "has autism" (many autistic adults prefer the first; ask the family what they use)
- "the SEN kids" or "my SEN table" \u2013 children are not their label
- "normal children" \u2013 say "typically developing" or "their peers"

Some of these are words children will have heard at home or online, and you'll hear some from older relatives who grew up when "spastic" was in the name of a national charity. If a child uses one as an insult, that's a prejudice-related incident and goes on CPOMS in the usual way; if they use an outdated word innocently, a gentle correction is all that's needed.

The full slides are on the staff shared drive under CPD > SEND.

Priya

""" + sig("nandra"), fmt="alt")

M("clean", "tourettes_tics_staff_briefing", "hard negative: SENDCo briefs staff on a pupil's Tourette's tics, naming the involuntary swear words [unsure]",
  staff("nandra"), [staff("pegg"), staff("pryce"), staff("mayes"), staff("blyth")],
  "J.H. \u2013 Tourette syndrome: information for Herons staff (confidential)", "2024-09-16 15:45",
  """Dear all,

Confidential \u2013 for Herons staff and anyone covering in the class.

As you know, J.H. was diagnosed with Tourette syndrome over the summer. His motor tics at the moment are mainly blinking, shoulder shrugs and a head jerk. His vocal tics include throat-clearing, a high-pitched "hey!" and, less often, swear words \u2013 mostly "shit", occasionally "fuck". This is called coprolalia. It is involuntary, and it gets worse when he is tired, anxious or trying hard to suppress it.

What we've agreed with his family:
- No sanctions for tics, including swear words. Don't react \u2013 carry on as if nothing has happened.
- If other children react, a calm "that's J.'s tic, we've talked about that" is enough. He and his mum are coming in to talk to the class (with his permission) next week.
- He has a time-out card and can go to the library corner whenever he needs to.
- For SATs we'll apply for a separate room and extra time.

Please don't discuss this with other families, even if they ask.

Thanks,
Priya""")

M("clean", "dsl_report_racist_language_field", "hard negative: midday supervisor's report to DSL quoting a pupil's anti-Traveller abuse verbatim",
  staff("blyth"), [DSL], "Incident on the field at lunch \u2013 racist language", "2024-10-23 12:58",
  """Date/time: Wednesday 23 October, approx 12:25
Location: top field, near the goalposts
Staff present: Sue Blyth (midday supervisor), Lorna Rix (nearby)

What happened: I heard shouting and went over. D.W. (Y4, Kingfishers) was standing over M.S. (Y3, Kingfishers), who was on the ground. D.W. said to M.S., in my hearing: "Go back to your caravan, you dirty gyppo." When M.S. got up, D.W. said: "Your mum's a pikey, everyone knows." M.S. then pushed D.W. and they both fell over. I separated them.

M.S. told me afterwards that D.W. has been saying things like this "since forever" and that other children in the class "say it too". She was very upset and said "I hate this school".

Action taken: both children brought inside. M.S. spent the rest of lunch with Bridget. D.W. was taken to Mr Pegg. I have also logged this on CPOMS.

Sue Blyth""")

M("clean", "dsl_nursery_disclosure", "hard negative: nursery lead's safeguarding record quoting a 3-year-old's words about her father",
  staff("howes"), [DSL], "Concern \u2013 nursery child (confidential)", "2025-02-03 10:52",
  """Confidential \u2013 safeguarding

Child: F.C., Acorns (age 3)
Date/time: Monday 3 February, 10:15, play dough at the snack table
Adults present: Ellie Howes, Lorna Rix (nursery practitioner)

F. was rolling a play dough "sausage" and smacked it hard on the table several times. Lorna asked what she was doing and F. said: "That's Daddy smacking me. Daddy said I'm a little shit and I'm going to get smacked." She then carried on playing. I did not ask anything other than "Can you tell me more?" \u2013 F. said "No" and went to the home corner.

No marks seen at her nappy change at 11:00. She has seemed tired and more clingy since half term. Dad collected on Friday and was short with her at the gate ("get in the car now"), but nothing else observed.

Logged on CPOMS at 10:40. I have not spoken to parents. Please let me know what you'd like me to do next.

Ellie""", cc=[staff("thrower")])

M("clean", "dsl_group_chat_screenshots", "hard negative: deputy head reports online bullying to DSL, quoting messages exactly",
  staff("pegg"), [DSL], "Y6 group chat \u2013 screenshots from a parent", "2025-03-12 15:05",
  """Helen / Karen,

A Y6 parent brought screenshots in at pick-up from a group chat that most of Herons are in (it's on an app none of them should be on at 10 or 11, but there we are). I've put the screenshots on CPOMS rather than attaching them here.

The messages were sent between 9pm and 11pm on Sunday, mostly aimed at E.H. Examples, copied exactly:
"ur so fat no wonder ur mum left"
"kys"
"everyone hates u fucking lesbian"
"dont come tomorrow we'll get u"

The names on the messages appear to be three of our Y6 boys and one girl from another school. E.H. hasn't been in today \u2013 Dawn has a call logged from mum saying she had a stomach ache.

I think this needs looking at today, both for E.H.'s welfare and because of the "we'll get u" message. I'm free from 3:20.

Tom""")

M("clean", "polite_reply_sam_minibus", "hard negative: head's apologetic reply; the swearing is only in the carer's quoted message",
  staff("ashby"), [SAM], "Re: Football festival today", "2024-11-20 17:02",
  """Dear Sam,

Thank you for your email, and I'm really sorry. You're right to be upset. He should have been on that minibus this morning, and he wasn't, because the list Mr Mayes took out to the minibus was last week's rather than the new team sheet. That was our mistake, not his, and I've already told him so.

I've asked Mr Mayes to ring you tomorrow to explain properly. From now on the office will check the minibus list against the class register before it leaves, so this can't happen again.

He will be in the team for the next festival on 4 December, and I know Mr Mayes would like to tell him that himself.

I know you had to leave work early, and I'm sorry for that too. If you'd like to come in and talk about it, I'm in school all week.

Best wishes,

""" + sig("ashby") + """

On Wed, 20 Nov 2024 at 16:12, Sam Carer <sam.carer@outlook.com> wrote:
> This is fucking ridiculous. He was picked for the football and has talked about nothing else for two weeks, and your bloody minibus went without him. He rang me crying from the office and I had to leave my shift at the park to come and get him. Sort your shit out.""",
  style="gmail", fmt="alt")

M("clean", "polite_reply_jane_bite", "hard negative: nursery lead's reply; the swearing is only in the parent's Outlook-quoted email",
  staff("howes"), [JANE], "RE: Bite", "2025-03-05 08:40",
  """Dear Jane,

Thank you for getting in touch, and I'm so sorry \u2013 both that she was hurt and that you found out the way you did. You should have been told at the door, with the form, and you weren't. That's on me, and I've spoken to the team this morning.

What happened: at about 2:40 yesterday two children were both trying to get into the cosy den at the same time, and the other child bit her on the forearm. Lorna was right there and separated them straight away. We washed it and put a cold compress on, and she was comforted and back playing within a few minutes. The skin wasn't broken, which is why we didn't phone, but with a mark like that we should have, and from now on we will ring for any bite.

I can't tell you who the other child was \u2013 I know that's frustrating, and I'd feel the same \u2013 but I can tell you that we've spoken to their family and there's a plan in place for the next few weeks, including an adult shadowing them at busy times.

Could I give you a ring today, or would you like to pop in at drop-off tomorrow?

Ellie

""" + sig("howes") + """

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 04 March 2025 21:37
To: Ellie Howes <e.howes@example-school.org.uk>
Subject: Bite

Ellie I'm sorry but I am absolutely fuming. I picked her up today and there's a massive bite mark on her arm and nobody said a word until I asked. Some little shit has bitten her and you lot didn't even ring me. What the hell is the point of an accident form if I get it at half 5. I want to know who it was and what you're doing about it.

Jane""", fmt="alt")

M("clean", "reply_villager_slurs_quoted", "hard negative: head's reply to a villager; the anti-Traveller slurs are only in his quoted email",
  staff("ashby"), [("K. Mardle", "k.mardle.example@hotmail.co.uk")], "RE: Horses on the verge by the school field", "2024-12-02 12:45",
  """Dear Mr Mardle,

Thank you for your email. I'm sorry you've had a difficult few weeks on Church Lane.

To answer your practical points: the verge outside the school field is highway land rather than school land, so tethered horses there are a matter for the County Council's highways team, and I have passed your concerns on to them today. Litter on the lane is dealt with by the district council and can be reported on their website. As for the school field itself, Mr Lovick checks it every morning before the children go out, and dogs are not allowed on it. We haven't had any problems this term, but I'll ask him to keep a particular eye out.

I do have to ask, though, that any future correspondence avoids language like that about any of our families. The children from the site are valued members of our school community, as are their parents, and I won't discuss them in those terms.

Yours sincerely,

""" + sig("ashby") + """

________________________________
From: K Mardle <k.mardle.example@hotmail.co.uk>
Sent: 01 December 2024 18:22
To: Office <office@example-school.org.uk>
Subject: Horses on the verge by the school field

Mrs Ashby, I have lived in this village 40 years and never seen the state of it. There are now four pikey horses tethered on the verge outside the school field, the gyppos have left rubbish all down Church Lane and one of them let a dog off on your playing field on Sunday. When are you going to do something about it? You let their kids in the school and now look.

K. Mardle""", fmt="alt")

M("clean", "behaviour_policy_language_section", "hard negative: staff consultation on the behaviour policy's language section, naming the words",
  staff("pegg"), TEACHERS + [staff("blyth"), staff("loveday"), staff("thrower")],
  "Behaviour policy review \u2013 section 6 (language) \u2013 comments by Friday please", "2025-04-29 16:30",
  """Dear all,

The draft of the revised behaviour policy is on the shared drive. The only section that's changed much is section 6, on language, so that's the part I'd really like your views on. In brief:

6.1 Early Years and KS1: young children repeating words they've heard at home ("shit", "bloody hell" and "bugger" came up most in our staff survey) \u2013 respond calmly and briefly, tell them it isn't a school word, and don't make a big thing of it or it becomes a game. Mention it to parents at pick-up only if it's persistent.

6.2 KS2 swearing at or about another person \u2013 a consequence in line with the ladder (reflection time at lunch; parents informed on the second occasion).

6.3 Prejudice-related language \u2013 including "gay" used as an insult, "retard", "gyppo" or "pikey", and racist, sexist or religious insults \u2013 is always logged on CPOMS as a prejudice-related incident and followed up by a member of SLT, whatever the age of the child. Bridget asked us to name the anti-Traveller terms explicitly, as they're what our children hear most often and some adults don't realise they're slurs.

6.4 Swearing at staff \u2013 immediate referral to SLT.

Comments on the shared document by Friday 9 May please. It goes to governors on the 20th.

Tom""", fmt="alt")

M("clean", "grthm_romani_word_wall", "hard negative: GRT History Month plan with Romani words (chavvy, mush, gorja, dinlo)",
  staff("loveday"), ALL_STAFF, "GRT History Month \u2013 word wall and assembly", "2025-05-27 13:15",
  """Hi everyone,

June is Gypsy, Roma and Traveller History Month, and this year several of our families have offered to help. Here's the plan:

- Monday 2 June: assembly with Kezia's grandad, who'll bring his bow-top wagon up to the playground (weather permitting) and talk about how his family travelled when he was a boy.
- Each class gets a Romani word of the week for the word wall. The families chose these:
  chavvy / chavvies \u2013 child / children
  kushti \u2013 good, nice
  mush \u2013 man, mate
  gorja (or gorger) \u2013 someone who isn't a Traveller (that's most of us!)
  vardo \u2013 a wagon
  grai \u2013 horse
  pani \u2013 water
  dinlo \u2013 a silly person (they were very keen on this one)
- A display in the hall of photos lent by families \u2013 please handle them with care, some are the only copies.

A note on "chavvy": some children will tell you it's a rude word because of "chav". It isn't. It's the Romani word for a child, and it's a good chance to talk about where words come from, and how some words taken from Romani have been turned into insults.

If you'd like help planning a lesson, I'm in Monday to Wednesday.

Bridget

""" + sig("loveday"), style="gmail", fmt="alt", cte="8bit", html_cte="8bit")

M("clean", "french_le_phoque_letter", "hard negative: French letter to parents about 'le phoque' (seal) and sea words; accented encoded subject",
  staff("kowalska"), PARENTS, "Fran\u00e7ais \u2013 les animaux de la mer (and a small warning)", "2025-06-09 15:20",
  """Dear Parents and Carers,

Bonjour ! In French this half term, Kingfishers are learning sea creatures, to go with the trip to see the seals at Blakeney Point on 24 June.

Some of the words we're learning:
le phoque \u2013 the seal
le crabe \u2013 the crab
la mouette \u2013 the seagull
le poisson \u2013 the fish
la m\u00e9duse \u2013 the jellyfish
le homard \u2013 the lobster

I should warn you that "le phoque" sounds rather like a certain English word, and yes, the children have noticed. We've had the giggles, we've talked about it, and we've moved on: it's a perfectly good French word and they know how to say it properly. If it comes home, that's what it is!

The children are also learning the song "Les petits poissons dans l'eau", which they may sing at you in the car.

Merci beaucoup,

""" + sig("kowalska"), style="plain", cte="8bit", subj_enc="Q")

# ===========================================================================
# Output
# ===========================================================================

README = """# Round 31 hold-out corpus: obscene-language

**BLIND. Never use these messages for tuning the filter, writing rules or choosing
thresholds.** They were written without reading mailguard's code, rules, tests or docs,
so that they measure how the filter does on mail nobody tuned it on.

## What it is

{total} outgoing e-mail messages (.eml, RFC 5322) from staff of a fictional rural primary
school with a nursery (ages 2-11) in Norfolk: a school farm and forest school, a nearby
Gypsy, Roma and Traveller site, families in seasonal farm and holiday-park work, one
minibus, mixed-age classes (Acorns nursery, Robins, Wrens, Kingfishers, Herons), a village
where everyone knows everyone. `labels.csv` gives the expected verdict for the policy
section on obscene language: staff must not use obscene language or swear words, nor make
offensive comments on grounds of gender, race, disability, age, religion or sexual
orientation, in any electronic communication.

Columns of `labels.csv`: `file,expected,sender,recipients,note` - expected is `flag` or
`clean`; sender is the envelope sender (the staff From address); recipients are the To and
Cc addresses separated by single spaces; judgement calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing / slurs in the author's own words | {flag_plain} |
| flag | disguised or encoded (masks, leetspeak, dots, repeated letters, Cyrillic homoglyphs, full-width, zero-width, HTML split, QP soft break, base64 body, RFC 2047 subject) | {flag_disg} |
| clean | everyday school mail | {clean_every} |
| clean | hard negatives | {clean_hard} |
| **total** | | **{total}** |

## How it was made

Written by hand as a deterministic Python 3.11 standard-library script,
`../make_round31_obscene.py`: fixed dates, Message-IDs and MIME boundaries, so running it
twice gives byte-identical files. Formats are mixed: text/plain only, multipart/alternative
(Outlook- and Gmail-style HTML), HTML-only, attachments (PDF, PNG, CSV, iCalendar),
7bit, 8bit, quoted-printable and base64 bodies, RFC 2047 encoded subjects and names,
Outlook "From: / Sent:" quoted blocks, Gmail "On ... wrote:" quoting, a forward.
All people, addresses and organisations are fictitious; third-party domains are
example.com/.org/.net; phone numbers are the school's (01632 960000) or Ofcom drama ranges.

Regenerate (from the repository root):

    python3 tests/holdout/round31/make_round31_obscene.py

## Kinds of case

Flags (staff author's own words):
- staff-to-staff venting: shit, bollocks, wanker, twat, arsehole, bastard, fuck, shite
- to a parent the teacher knows from the village ("shitshow"); to pupils (a masked
  "f***ing", a zero-width-split "bellend")
- slurs: anti-Traveller ("pikeys"), disability ("retard"), homophobic ("poof")
- disguises: asterisk and symbol masks, leetspeak, dotted letters, repeated letters,
  Cyrillic homoglyphs, full-width letters, zero-width space, word split by HTML tags and
  a numeric entity, quoted-printable soft line break inside the word, base64 body,
  swearing only in an RFC 2047 encoded subject, swearing only in a CSV attachment

Hard negatives (clean):
- place names: Cockley Cley, Cockermouth, Penistone, Shitterton, Twatt, Clitheroe,
  Scunthorpe, Sussex
- surnames: Cockburn (and "Dear Dick"), Hancock, Wankhede, Dickens
- food (spotted dick, faggots), birds and farm animals (tits, cock pheasant, woodcock,
  cockerel, a collie bitch in season, boar), stopcock, shuttlecocks, mesh ball sacks
- set texts and curriculum: The Twits, Caliban's curse, Bottom's ass's head, King Cnut,
  "Bloody Mary", heaven and hell in RE, Phallus impudicus, French "le phoque",
  Romani words (chavvy, mush, gorja, dinlo)
- RSE letter with anatomical vocabulary; SEND terminology training (outdated terms named)
- staff-only safeguarding records quoting exactly what a pupil or child said
  (anti-Traveller abuse, a nursery disclosure, online bullying messages), a Tourette's
  briefing naming involuntary tics
- polite replies where swearing or slurs are only in the parent's/villager's quoted text
- staff consultation on the behaviour policy's section on language

Everyday clean mail: nursery settling in, attendance, forest school kit, harvest festival,
minibus bookings, homework replies to pupils, INSET, farm rotas, free school meals,
newsletter, residential, parents' evening, EHCP review, trips and bookings, IT, allergy,
vicar, lost property, nativity, Traveller Education Service, swimming, supply cover,
reading books, cross-country, Bikeability, first aid, lambing open day, snow closure,
lunch arrears, Y6 transition.
"""

PLAIN_FLAG_SLUGS = {"minibus_pile_of_shit", "moderation_bollocks", "car_park_wanker",
                    "feed_store_pikeys", "parent_holiday_park_shitshow",
                    "farm_rota_csv_bastard", "bus_route_disability_slur",
                    "dance_coach_homophobic"}
EVERYDAY_LAST = "y6_transition_high_school"


def main():
    os.makedirs(OUT, exist_ok=True)
    # classify hard vs everyday by position in the definition order
    names = [m["slug"] for m in MESSAGES]
    cut = names.index(EVERYDAY_LAST)
    for i, m in enumerate(MESSAGES):
        m["kind"] = ("flag_plain" if m["slug"] in PLAIN_FLAG_SLUGS else "flag_disg") \
            if m["expected"] == "flag" else ("clean_every" if i <= cut else "clean_hard")

    order = list(MESSAGES)
    random.Random(31).shuffle(order)

    # remove our own previous output only
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))

    rows = []
    for n, m in enumerate(order, 1):
        fn = f"{n:03d}_{m['expected']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(build(m))
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fn, m["expected"], m["frm"][1], rcpts, m["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts = {k: sum(1 for m in MESSAGES if m["kind"] == k)
              for k in ("flag_plain", "flag_disg", "clean_every", "clean_hard")}
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README.format(total=len(MESSAGES), **counts))
    print(f"wrote {len(rows)} messages to {OUT}: {counts}")


if __name__ == "__main__":
    main()
