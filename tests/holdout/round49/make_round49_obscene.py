#!/usr/bin/env python3
"""Round 49 blind hold-out corpus for the obscene-language module of mailguard.

Setting: a primary school (ages 3-11) in Leicester; most families are of Gujarati
Hindu, Punjabi Sikh and Somali Muslim heritage.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, no randomness, so two
runs give byte-identical output.

    python3 tests/holdout/round49/make_round49_obscene.py

BLIND: this corpus was written without looking at mailguard's code, rules or tests.
Never use it for tuning.
"""

import base64
import csv
import hashlib
import html
import os
import quopri
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

STAFF = {
    "mistry": ("Hema Mistry", "h.mistry"),
    "sandhu": ("Gurpreet Sandhu", "g.sandhu"),
    "abbey": ("Ruth Abbey", "r.abbey"),
    "hartley": ("Zo\u00eb Hartley", "z.hartley"),
    "okafor": ("Daniel Okafor", "d.okafor"),
    "ashworth": ("Tom Ashworth", "t.ashworth"),
    "mirza": ("Sana Mirza", "s.mirza"),
    "joshi": ("Nikhil Joshi", "n.joshi"),
    "abdi": ("Yusuf Abdi", "y.abdi"),
    "bains": ("Jaswinder Bains", "j.bains"),
    "lad": ("Priya Lad", "p.lad"),
    "brennan": ("Chloe Brennan", "c.brennan"),
    "dhillon": ("Harpreet Dhillon", "h.dhillon"),
    "senco": ("Kiran Chauhan (SENCo)", "senco"),
    "dsl": ("Lisa Fairbrother (DSL)", "dsl"),
    "hussein": ("Amina Hussein", "a.hussein"),
    "warsame": ("Fadumo Warsame", "f.warsame"),
    "attendance": ("Attendance - Pauline Greaves", "attendance"),
    "office": ("Example School Office", "office"),
    "patel": ("Rekha Patel", "r.patel"),
    "pritchard": ("Owen Pritchard", "o.pritchard"),
    "doyle": ("Ciaran Doyle", "c.doyle"),
    "kettleborough": ("Sue Kettleborough", "s.kettleborough"),
    "kitchen": ("Bernadette Lowe (Kitchen)", "kitchen"),
    "tennant": ("Mark Tennant", "m.tennant"),
    "marchetti": ("Sophie Marchetti", "s.marchetti"),
    "allstaff": ("All Staff", "staff"),
}

ADDR = {k: (n, f"{a}@{SCHOOL}") for k, (n, a) in STAFF.items()}
ADDR.update({
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
    # pupils (Y5/Y6 have Google Workspace accounts)
    "hodan": ("Hodan Farah", f"19hfarah@{PUPILS}"),
    "riya": ("Riya Patel", f"20rpatel@{PUPILS}"),
    "krish": ("Krish Parmar", f"20kparmar@{PUPILS}"),
    "mohamed": ("Mohamed Abdullahi", f"20mabdullahi@{PUPILS}"),
    "year5": ("Year 5", f"year5@{PUPILS}"),
    # outside organisations
    "uniform": ("Orders", "orders@example.com"),
    "agency": ("Karen Whitlock", "bookings@example.com"),
    "photo": ("Hannah Birch", "studio@example.com"),
    "pta": ("Minal Vaghela", "pta.chair@example.org"),
    "chair": ("Dev Karia", "chair.governors@example.org"),
    "clerk": ("Jo Pearson", "clerk@example.net"),
    "physio": ("Gemma Rowntree", "paeds.physio@example.org"),
    "theatre": ("Kofi Mensah", "bookings@example.net"),
    "penpal": ("Jess Whittaker", "j.whittaker@example.org"),
    "secondary": ("Natasha Greenwood", "transition@example.org"),
})

SIG = {
    "mistry": "Mrs Hema Mistry\nHeadteacher\nExample School | Park Row | LS1 4AP\n"
              "Tel: 01632 960000 | www.example-school.org.uk",
    "sandhu": "Gurpreet Sandhu\nDeputy Headteacher and Year 6 Teacher\n"
              "Example School | Park Row | LS1 4AP | 01632 960000",
    "abbey": "Ruth Abbey\nYear 6 Teacher and English Lead\n"
             "Example School | Park Row | LS1 4AP | Tel 01632 960000",
    "hartley": "Zo\u00eb Hartley\nYear 5 Teacher\nExample School | Park Row | LS1 4AP | 01632 960000",
    "ashworth": "Tom Ashworth\nYear 4 Teacher and PE Lead\n"
                "Example School | Park Row | LS1 4AP | 01632 960000",
    "mirza": "Sana Mirza\nYear 4 Teacher\nExample School, Park Row, LS1 4AP \u00b7 01632 960000",
    "joshi": "Nikhil Joshi\nYear 3 Teacher and RE Lead\n"
             "Example School | Park Row | LS1 4AP | 01632 960000",
    "abdi": "Yusuf Abdi\nYear 2 Teacher\nExample School | Park Row | LS1 4AP\n01632 960000",
    "lad": "Priya Lad\nYear 1 Teacher and Phonics Lead\n"
           "Example School | Park Row | LS1 4AP | 01632 960000",
    "brennan": "Chloe Brennan\nReception Teacher\nExample School | Park Row | LS1 4AP\n"
               "Tel: 01632 960000",
    "dhillon": "Harpreet Dhillon\nNursery Lead\nExample School | Park Row | LS1 4AP\n01632 960000",
    "senco": "Kiran Chauhan\nSENCo\nExample School | Park Row | LS1 4AP\nTel: 01632 960000\n"
             "I work Monday to Thursday.",
    "dsl": "Lisa Fairbrother\nAssistant Headteacher & Designated Safeguarding Lead\n"
           "Example School | Park Row | LS1 4AP | 01632 960000",
    "warsame": "Fadumo Warsame\nFamily Liaison Officer (Somali / English)\n"
               "Example School | Park Row | LS1 4AP",
    "attendance": "Pauline Greaves\nAttendance Officer\nExample School | Park Row | LS1 4AP\n"
                  "01632 960000 (option 1 for absence)",
    "office": "Meena Solanki\nOffice Manager\nExample School | Park Row | LS1 4AP\n"
              "Tel: 01632 960000",
    "patel": "Rekha Patel\nSchool Business Manager\nExample School | Park Row | LS1 4AP\n"
             "Tel: 01632 960000",
    "pritchard": "Owen Pritchard\nSite Manager, Example School",
    "doyle": "Ciaran Doyle\nMusic Teacher (Mon, Tue, Thu)\nExample School | 01632 960000",
    "kitchen": "Bernadette Lowe\nCook Manager, Example School\n01632 960000 (kitchen ext. 214)",
    "tennant": "Mark Tennant\nIT Technician | Example School",
    "marchetti": "Sophie Marchetti\nHLTA \u2013 French and PPA cover\n"
                 "Example School | Park Row | LS1 4AP | 01632 960000",
    "kettleborough": "Sue Kettleborough\nSenior Midday Supervisor",
}

# ---------------------------------------------------------------------------
# MIME helpers (raw text is built by hand so every byte is fixed)
# ---------------------------------------------------------------------------


def h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def enc_words(s, mode="B"):
    """RFC 2047 encoded words for s, folded with CRLF-less LF+space."""
    def one(chunk):
        data = chunk.encode("utf-8")
        if mode == "B":
            return "=?UTF-8?B?" + base64.b64encode(data).decode() + "?="
        out = []
        for b in data:
            c = chr(b)
            if c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            elif c == " ":
                out.append("_")
            else:
                out.append("=%02X" % b)
        return "=?UTF-8?Q?" + "".join(out) + "?="
    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 72:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return "\n ".join(words)


def fmt_addr(key_or_pair):
    if isinstance(key_or_pair, str):
        name, addr = ADDR[key_or_pair]
    else:
        name, addr = key_or_pair
    if name is None:
        return addr, addr
    if name.isascii():
        return formataddr((name, addr)), addr
    return f"{enc_words(name)} <{addr}>", addr


def uk_date(y, mo, d, hh, mm, ss=0):
    naive = datetime(y, mo, d, hh, mm, ss)
    bst = (datetime(2024, 3, 31, 1) <= naive < datetime(2024, 10, 27, 1)) or \
          (datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 1))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(naive.replace(tzinfo=tz))


def payload(text, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert text.isascii(), "7bit part with non-ASCII text"
        s = text
    elif cte == "quoted-printable":
        s = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        s = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        raise ValueError(cte)
    return s if s.endswith("\n") else s + "\n"


def leaf(ctype, cte, body, extra=()):
    hdrs = [("Content-Type", ctype)]
    hdrs += list(extra)
    hdrs.append(("Content-Transfer-Encoding", cte))
    return {"headers": hdrs, "body": body}


def text_part(text, subtype="plain", cte=None, charset="utf-8"):
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    if charset == "us-ascii":
        assert text.isascii()
    return leaf(f'text/{subtype}; charset="{charset}"', cte, payload(text, cte))


def qp_marked(text, marker="\x00"):
    """Quoted-printable encode text, forcing a soft line break wherever the
    marker character stands (used to split a word across a soft break)."""
    lines_out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == marker:
                toks.append(None)
                continue
            for b in ch.encode("utf-8"):
                c = chr(b)
                if c == "=" or b > 126 or (b < 32 and c != "\t"):
                    toks.append("=%02X" % b)
                else:
                    toks.append(c)
        if toks and toks[-1] in (" ", "\t"):
            toks[-1] = "=%02X" % ord(toks[-1])
        cur = ""
        for t in toks:
            if t is None:
                lines_out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                lines_out.append(cur + "=")
                cur = ""
            cur += t
        lines_out.append(cur)
    enc = "\n".join(lines_out)
    assert quopri.decodestring(enc.encode()).decode("utf-8") == text.replace(marker, "")
    assert all(len(x) <= 76 for x in lines_out)
    return enc + "\n"


def multi(subtype, boundary, parts, params=""):
    body = "This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else ""
    for p in parts:
        body += f"--{boundary}\n" + render(p) + "\n"
    body += f"--{boundary}--\n"
    return {"headers": [("Content-Type", f'multipart/{subtype};{params}\n\tboundary="{boundary}"')],
            "body": body}


def attachment(filename, mime, data, inline=False, cid=None):
    extra = []
    if cid:
        extra.append(("Content-ID", f"<{cid}>"))
    disp = "inline" if inline else "attachment"
    extra.append(("Content-Disposition", f'{disp}; filename="{filename}"'))
    b64 = base64.encodebytes(data).decode("ascii")
    return leaf(f'{mime}; name="{filename}"', "base64", b64, extra)


def render(part):
    head = "".join(f"{k}: {v}\n" for k, v in part["headers"])
    return head + "\n" + part["body"]


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;}
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


def html_from_text(text, style="outlook"):
    esc = lambda s: html.escape(s, quote=False)
    lines = text.split("\n")
    if style == "outlook":
        out = []
        for i, line in enumerate(lines):
            if line.startswith("From: ") and i + 1 < len(lines) and lines[i + 1].startswith("Sent: "):
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                           'padding:3.0pt 0cm 0cm 0cm">')
                out.append(f'<p class="MsoNormal"><b>From:</b> {esc(line[6:])}<o:p></o:p></p>')
                continue
            if line.strip() == "":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
            if line.startswith("Subject: ") and i > 0 and lines[i - 1].startswith("To: "):
                out.append("</div>")
        return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"
    # gmail-like
    out = ['<div dir="ltr">']
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("On ") and line.rstrip().endswith("wrote:") and i + 1 < len(lines) \
                and lines[i + 1].startswith(">"):
            out.append('</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                       f'{esc(line)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px'
                       ' 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            i += 1
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(esc(lines[i][1:].lstrip(" ")))
                i += 1
            out.append("<br>".join(q) + "</blockquote></div>")
            out.append("<div>")
            continue
        out.append("<div><br></div>" if line.strip() == "" else f"<div>{esc(line)}</div>")
        i += 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def alt(slug, text, style="outlook", text_cte=None, html_cte="quoted-printable", html_body=None):
    b = boundary(slug, "alt", style)
    hb = html_body if html_body is not None else html_from_text(text, style)
    return multi("alternative", b, [text_part(text, "plain", text_cte),
                                    text_part(hb, "html", html_cte)])


def boundary(slug, kind, style="outlook"):
    x = h(slug, kind)
    if style == "outlook":
        return f"_00{ {'alt': 0, 'mixed': 4, 'related': 3}[kind] }_{x[:24].upper()}_"
    if style == "gmail":
        return "0000000000" + x[:18]
    return f"Apple-Mail={x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:28].upper()}"


def mixed(slug, parts, style="outlook"):
    return multi("mixed", boundary(slug, "mixed", style), parts)


def msgid(slug, style):
    x = h(slug, "mid")
    if style == "outlook":
        return f"<LO4P265MB{x[:4].upper()}{x[4:16].upper()}@LO4P265MB{x[16:20].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        return f"<CAJ{base64.urlsafe_b64encode(bytes.fromhex(x)).decode().rstrip('=')}@mail.gmail.com>"
    if style == "apple":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{SCHOOL}>"
    return f"<{x[:16]}.{x[16:24]}@{SCHOOL}>"


# ---------------------------------------------------------------------------
# Tiny deterministic attachments
# ---------------------------------------------------------------------------


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 790 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_png(w, hgt):
    rows = []
    for y in range(hgt):
        row = bytearray([0])
        for x in range(w):
            # warm orange/pink stripes (a garba-night banner strip)
            if (x // 12 + y // 12) % 2:
                row += bytes((232, 106, 23))
            else:
                row += bytes((214, 36, 110))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# Message registry
# ---------------------------------------------------------------------------

MESSAGES = []


def add(slug, label, kind, date, frm, to, subject, root, cc=(), style="outlook",
        note="", reply=False, subj_enc=None, extra=()):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(slug=slug, label=label, kind=kind, date=date, frm=frm, to=list(to),
                         cc=list(cc), subject=subject, root=root, style=style, note=note,
                         reply=reply, subj_enc=subj_enc, extra=list(extra)))


def build(m):
    from_str, from_addr = fmt_addr(m["frm"])
    tos = [fmt_addr(x) for x in m["to"]]
    ccs = [fmt_addr(x) for x in m["cc"]]
    subj = m["subject"]
    if m["subj_enc"] or not subj.isascii():
        subj_h = enc_words(subj, m["subj_enc"] or "B")
    else:
        subj_h = subj
    hdrs = [("From", from_str), ("To", ",\n\t".join(t for t, _ in tos))]
    if ccs:
        hdrs.append(("Cc", ",\n\t".join(c for c, _ in ccs)))
    hdrs.append(("Subject", subj_h))
    hdrs.append(("Date", uk_date(*m["date"])))
    hdrs.append(("Message-ID", msgid(m["slug"], m["style"])))
    if m["reply"]:
        ref = msgid(m["slug"] + "/parent", "gmail" if m["style"] != "outlook" else "outlook")
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    if m["style"] == "outlook":
        topic = m["subject"]
        for p in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hdrs.append(("Thread-Topic", topic if topic.isascii() else enc_words(topic)))
        hdrs.append(("Content-Language", "en-GB"))
    elif m["style"] == "apple":
        hdrs.append(("X-Mailer", "iPhone Mail (22D82)"))
    hdrs += m["extra"]
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    assert head.isascii(), m["slug"]
    raw = head + render(m["root"])
    return raw.encode("utf-8"), from_addr, [a for _, a in tos] + [a for _, a in ccs]


def P(text, cte=None, charset="utf-8"):
    return text_part(text, "plain", cte, charset)


# ===========================================================================
# The messages.  Kinds: everyday / hardneg (clean); plain / disguised (flag).
# ===========================================================================

# ---------------------------------------------------------------- September
add("welcome_new_y3_teacher", "clean", "hardneg", (2024, 9, 2, 7, 41), "sandhu", ["allstaff"],
    "Welcome to Rohan Wankhede",
    P("""Morning all,

A quick one before INSET starts at 8.30. Please give a warm welcome to Rohan
Wankhede, who joins us today to cover Mrs Kaur's maternity leave in 3K.

Rohan trained in Pune and has spent the last three years at a primary in
Coventry, so he knows a thing or two about cricket on a tarmac playground. He
has already offered to run a lunchtime cricket club after half term - Tom, I've
told him you'll bite his hand off. (He also says he was in the crowd at the
Wankhede Stadium in 2011 when India won the World Cup final. No relation,
apparently, and he is tired of being asked.)

His mentor this year will be Nikhil. Please say hello, show him where the
photocopier codes are, and don't let him anywhere near the staffroom chai rota
in his first week.

See you in the hall.
Gurpreet
""", charset="us-ascii"), style="plain",
    note="surname Wankhede and Wankhede Stadium in a staff welcome")

add("kcsie_training_reminder", "clean", "everyday", (2024, 9, 5, 16, 5), "dsl", ["allstaff"],
    "Safeguarding update \u2013 KCSIE 2024 and training",
    alt("kcsie_training_reminder", """Dear all,

Welcome back - I hope you all had a restful summer.

A few safeguarding housekeeping points for the start of term:

1. Keeping Children Safe in Education 2024 came into force on 1 September. Please read Part One (and Annex B if you are teaching staff) and sign the declaration on the staff Google Form by Friday 20 September. The link is in the staff bulletin.

2. Whole-staff safeguarding training is in the staff meeting on Wednesday 18 September, 3.30-5pm, in the hall. Midday supervisors and breakfast club staff: you are paid to attend, and Sue has the details.

3. New staff: if you haven't yet had your induction meeting with me or Amina, please grab one of us this week.

4. CPOMS: any concern, however small, goes on CPOMS the same day. If you are worried about a child right now, don't wait for the system - come and find me, Amina or Hema in person.

Our DSL team this year is me (DSL), with Amina Hussein and Hema Mistry as deputies. The posters with our photos are going up in every classroom and in the staffroom this week.

Thanks,
Lisa

""" + SIG["dsl"] + "\n"),
    note="DSL start-of-term safeguarding admin")

add("car_park_gate_times", "clean", "everyday", (2024, 9, 6, 12, 48), "pritchard", ["allstaff"],
    "Car park - gate times from Monday",
    P("""All,

From Monday 9 September the car park gate will be locked at 8.40am and opened
again at 3.30pm. This is so the children coming in through the side gate
aren't sharing the space with cars at drop-off and pick-up, which was flagged
on the last health and safety walk.

If you arrive after 8.40, please park on Ashby Vale or ring the office on
01632 960000 and Meena or I will come and let you in. Please don't ring my
mobile for this - if I'm up a ladder I won't answer.

Also a reminder that the two spaces next to the kitchen are for Blue Badge
holders and for the food delivery van on Tuesdays and Fridays.

Thanks
Owen

""" + SIG["pritchard"] + "\n", charset="us-ascii"),
    note="site manager car park notice")

add("reception_pickup_grandparents", "clean", "everyday", (2024, 9, 10, 16, 20), "brennan", ["jane"],
    "RE: Pick-up on Wednesdays",
    alt("reception_pickup_grandparents", """Dear Jane,

Thank you for letting us know, that's absolutely fine. I've added his Ba and Dada to the collection list for Wednesdays. As we haven't met them yet, could they please give the password from his admission form the first time they come to the Reception gate? After that the team will recognise them.

He has had a lovely first full week. He was a little bit teary on Monday morning, but by snack time he was building an enormous tower in the construction area and telling everybody about his cousin's wedding. He is starting to join in with our name songs at carpet time too.

If there's anything you'd like to ask, we have a parent drop-in every Friday from 3.15 to 3.45pm.

Best wishes,

""" + SIG["brennan"] + """

From: Jane Parent <jane.parent@gmail.com>
Sent: 10 September 2024 07:52
To: Chloe Brennan <c.brennan@example-school.org.uk>
Subject: Pick-up on Wednesdays

Hi Miss Brennan,

Just to let you know that from next week his Ba and Dada (my husband's parents) will be collecting him on Wednesdays, as I'm going back to working at the shop mid-week. Ba doesn't drive so they will be walking, they live on Rosedale Road. Dada's English is ok but Ba only speaks Gujarati, so please give any message to Dada.

Thanks
Jane
"""), reply=True,
    note="Reception teacher to parent, grandparents collecting, Outlook quoted thread")

add("zigzag_dad", "flag", "plain", (2024, 9, 12, 9, 2), "brennan", ["dhillon"],
    "RE: car on the zigzags",
    P("""Yes!! Same car, same dad. I went out and asked him nicely to move because the
nursery children were trying to get past with their buggies, and he was a
right twat about it - said he'd "only be two minutes" and then stood there on
his phone for ten. One of my grandmas had to walk out into the road with the
pram.

I've given the reg to Owen and he's passing it to the PCSO. If he's there
again tomorrow I'm getting Hema out.

C

From: Harpreet Dhillon <h.dhillon@example-school.org.uk>
Sent: 12 September 2024 08:51
To: Chloe Brennan <c.brennan@example-school.org.uk>
Subject: car on the zigzags

Morning - did you see that silver car parked right across the zigzags again
at drop-off? Is that one of yours? Two of my nursery mums have already said
something to me about it.

H
""", charset="us-ascii"), reply=True,
    note="'right twat' about a parent, staff-to-staff reply")

add("uniform_order_query", "clean", "everyday", (2024, 9, 17, 10, 34), "patel", ["uniform"],
    "PO 24-0381 \u2013 uniform order query",
    mixed("uniform_order_query", [
        alt("uniform_order_query", """Hello,

Please find attached our purchase order 24-0381 for the autumn top-up uniform stock.

Before you process it, can I check two things?

1. The logo jumpers in age 3-4 (for our nursery) are showing on your website as "made to order, 4-6 weeks". We have families who have been waiting since July, so if there is any way to split the order and send the older sizes first, that would really help.

2. Last year you supplied the navy salwar kameez sets and the matching navy hijabs with the school logo. They aren't on this year's price list. Are you still able to supply them? They have been very popular and we would like 20 sets in assorted sizes (5-6 up to 10-11) if so.

Delivery to the school office as usual please, between 8.30am and 3pm. Invoice to finance@example-school.org.uk.

Many thanks,

""" + SIG["patel"] + "\n"),
        attachment("PO_24-0381_Example_School.pdf", "application/pdf", make_pdf([
            "Example School - Purchase Order 24-0381",
            "Park Row, LS1 4AP   Tel 01632 960000",
            "",
            "Supplier: Orders, example.com",
            "Date: 17/09/2024",
            "",
            "Qty  Item                                   Size     Unit",
            "12   Logo sweatshirt, navy                  3-4      8.50",
            "20   Logo sweatshirt, navy                  7-8      9.25",
            "20   Logo cardigan, navy                    9-10     10.50",
            "30   PE T-shirt, house colours (assorted)   assorted 4.20",
            "20   Salwar kameez set, navy (if available) assorted TBC",
            "20   Hijab with logo, navy (if available)   one size TBC",
            "",
            "Authorised: R Patel, School Business Manager",
        ]))]),
    note="business manager to uniform supplier, PDF purchase order")

add("eyfs_ta_interviews", "clean", "hardneg", (2024, 9, 18, 17, 12), "mistry", ["sandhu", "abbey"],
    "Interviews Tuesday - EYFS TA post",
    P("""Hi both,

Thanks for agreeing to sit on the panel on Tuesday. Final timings are below.
Each slot is 45 minutes: 20 minutes with a small group of Nursery children
(Harpreet will be in the room), then the interview with us in my office.

 9.00  Candidate 1 - Mrs Nisha Gohil (parent volunteer at another Leicester
       primary, Level 3 just completed)
10.00  Candidate 2 - Miss Ellie Cockburn (currently a TA in Scunthorpe; she is
       driving down, so I've given her the later slot)
11.15  Candidate 3 - Mr Abdirahman Yusuf (Level 3, Somali/English bilingual,
       relocating from East Sussex)

Questions are in the shared drive under Recruitment > 2024-25 > EYFS TA.
Ruth, could you take the safeguarding questions? Gurpreet, you're on the
scenario about the child who won't separate from Nani at the gate.

References for all three are in and I've read them. Remember we must explore
any gaps in employment history with each candidate - I'll note the answers.

Lunch will be in my office - Meena has ordered from the thali place.

Hema
""", charset="us-ascii"), style="plain",
    note="surname Cockburn, Scunthorpe, Sussex in recruitment mail")

add("pants_correct_names", "clean", "hardneg", (2024, 9, 23, 8, 47), "dhillon", ["sam"],
    "Re: What she said at home",
    alt("pants_correct_names", """Dear Sam,

Thank you for getting in touch and for asking - it's always better to ask us than to worry.

Yes, this will have come from nursery. This half term we are doing the NSPCC "PANTS" work about keeping our bodies safe. We teach the children the correct names for their private parts (penis and vulva), and the simple rule that the parts covered by our pants are private. We use the correct words because it means that if a child ever needs to tell a grown-up that something has happened, they can be understood straight away. It is the same advice the health visitors give.

We don't talk about anything beyond that with this age group, and it's all done through songs and a story with a friendly dinosaur called Pantosaurus.

I completely understand that at home the family may use its own words, and that's fine too. Lots of our families use Punjabi or Gujarati words at home, and the children are very good at knowing which word goes where!

If you or Nani would like to see the story we use, you're very welcome to come and look at it with me at pick-up any day this week.

Warm regards,

""" + SIG["dhillon"] + """

On Sun, 22 Sept 2024 at 20:37, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mrs Dhillon, sorry to bother you on a Sunday. My niece told her Nani in the bath tonight that she has a vulva and that nobody is allowed to touch her pants. Nani was a bit shocked and asked me where she has learnt that word. Is this something from nursery? Just want to understand.
> Thanks, Sam
""", style="gmail"), style="gmail", reply=True,
    note="nursery PANTS work, anatomical names in reply to carer")

add("laptop_trolley", "flag", "disguised", (2024, 9, 27, 8, 12), "okafor", ["doyle"],
    "Re: laptop trolley",
    P("""Ciaran,

Yeah the trolley charging is sh1t again - half the Y5 laptops were on 4% this
morning and my whole computing lesson went out the window. Somebody had pulled
the main plug out to charge their phone. Whichever w4nker did it, there's a
big sign on it now.

Mark's coming in Monday to look at the timer.

Dan

> On 26 Sep 2024, at 16:40, Ciaran Doyle <c.doyle@example-school.org.uk> wrote:
>
> Dan, were the laptops charged for you today? Mine were dead by the
> afternoon. C
""", charset="us-ascii"), style="apple", reply=True,
    note="leetspeak sh1t, w4nker in staff reply")

# ---------------------------------------------------------------- October
GARBA_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222;background:#fff8ef">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #f0c9a0">
<tr><td><img src="cid:garba-banner@example-school.org.uk" width="600" height="48" alt="Navratri Garba Night"></td></tr>
<tr><td style="padding:18px 24px">
<h1 style="color:#b3125b;font-size:26px;margin:0 0 6px 0">Navratri Garba Night</h1>
<p style="font-size:17px;margin:0 0 16px 0"><b>Friday 11 October, 6.00pm &ndash; 8.30pm, School Hall</b></p>
<p>Dear Parents, Carers and Families,</p>
<p>Our PTA is delighted to invite the whole school community &ndash; parents, grandparents, aunties, uncles and little ones &ndash; to our annual Garba Night!</p>
<ul>
<li><b>Tickets:</b> &pound;3 per adult, children free. All children must come with an adult. Tickets from the office or on ParentPay.</li>
<li><b>Bring your dandiya sticks!</b> A few spare pairs will be on sale for &pound;1.</li>
<li><b>Food:</b> a snack stall run by the PTA, with samosas, dhokla and fafda kindly donated by Kesar Sweet Centre. Everything is vegetarian and nut-free.</li>
<li><b>Aarti at 7pm</b>, led by our Year 5 children.</li>
<li><b>Dress:</b> chaniya choli, kurta or your Eid and Vaisakhi best are all very welcome &ndash; but come as you are!</li>
</ul>
<p>There is no parking on the school site that evening. Please walk if you can, or park considerately on Ashby Vale &ndash; our neighbours thank you.</p>
<p>All money raised goes towards new outdoor play equipment for Nursery and Reception.</p>
<p>Everyone is welcome, whether you have danced garba all your life or never tried it before. Our Year 5 garba group will start the first circle slowly, so join in!</p>
<p style="margin-top:22px">With best wishes,<br>
<b>Example School PTA</b><br>
Example School | Park Row | LS1 4AP<br>
office@example-school.org.uk | 01632 960000</p>
</td></tr>
</table>
</body>
</html>
"""

add("garba_night_newsletter", "clean", "everyday", (2024, 10, 1, 15, 2), "office", ["jane"],
    "Navratri Garba Night \u2013 Friday 11 October",
    multi("related", boundary("garba_night_newsletter", "related"), [
        text_part(GARBA_HTML, "html", "quoted-printable"),
        attachment("garba-banner.png", "image/png", make_png(600, 48), inline=True,
                   cid="garba-banner@example-school.org.uk")], params=' type="text/html";'),
    cc=["pta"],
    note="HTML-only PTA newsletter with inline image (multipart/related)")

add("y2_mandir_risk_assessment", "clean", "everyday", (2024, 10, 2, 16, 26), "abdi", ["sandhu"],
    "RA for Y2 mandir visit - Tues 8 Oct",
    mixed("y2_mandir_risk_assessment", [
        P("""Hi Gurpreet,

Risk assessment for the Year 2 visit to Shri Ambaji Mandir attached for
sign-off.

Quick summary:
- 58 children, walking there and back (about 12 minutes each way), leaving
  9.45, back in time for lunch.
- Adults: me, Jaswinder, Mr Pearce (1:1), the 2R team and four parent
  helpers, so 1:7 overall.
- The temple committee have asked that shoes go on the racks at the entrance,
  no leather belts in the main mandir, and no photos of the murtis during
  aarti. I've put a line about shoes and clean socks in the parent letter.
- Crossing at the lights on Rosedale Road: staff at front and back, hi-vis on
  everyone.
- Two children with nut allergies - their pens go in the first aid bag with
  Jaswinder. The temple has promised the prasad will be fruit and mishri, but
  I'll check on the day before anything is handed out.

Can you sign it off by Friday so I can send the letters home?

Thanks,
Yusuf

""" + SIG["abdi"] + "\n", charset="us-ascii"),
        attachment("RA_Y2_mandir_visit_Oct24.pdf", "application/pdf", make_pdf([
            "Example School - Educational Visit Risk Assessment",
            "Visit: Year 2 to Shri Ambaji Mandir (walking)     Date: Tue 8 October 2024",
            "Leader: Y Abdi     EVC: G Sandhu",
            "",
            "Hazard: road crossing. Control: lights on Rosedale Road, staff front and back, hi-vis.",
            "Hazard: child lost in crowd. Control: groups of 7 with named adult, headcounts.",
            "Hazard: allergies. Control: adrenaline pens with first aider, check prasad.",
            "Hazard: shoes off / slipping. Control: socks, sit on carpet, walk in the mandir.",
            "Hazard: weather. Control: coats, return early if heavy rain.",
            "",
            "Emergency contact: school office 01632 960000",
        ]))], style="plain"), style="plain",
    note="risk assessment for temple visit, PDF attached")

add("week_ahead_navratri", "clean", "everyday", (2024, 10, 6, 19, 31), "mistry", ["allstaff"],
    "Week ahead \u2013 w/c 7 October",
    P("""Dear all,

Here's the week ahead \u2013 lots on, as always in the autumn term!

Monday \u2013 Navratri starts this week. Y5 garba practice in the hall every lunchtime (Sue, please make sure the tables are cleared by 12.20).
Tuesday \u2013 Y2 mandir visit (Yusuf). Flu immunisation team in from 9am for Reception to Y3, in the library. Families who asked for the injection instead of the nasal spray (because of the gelatine) are on Amina's list.
Wednesday \u2013 Governor visit: Mr Chaudhry is looking at reading in KS1. Priya, he'll come to you at 10.
Thursday \u2013 Fire drill (unannounced to the children, but now announced to you). Briefing at 8.15 as normal.
Friday \u2013 Garba Night, 6\u20138.30pm. Thank you to everyone who has volunteered. Celebration assembly at 2.30, Y3 leading.

Reminders:
\u2022 Data drop for autumn 1 closes Friday 18 October.
\u2022 Parents' evening bookings open on Monday \u2013 please check your slots on the system by Wednesday.
\u2022 If you were thinking of asking for Friday 1 November off for Diwali \u2013 it's half term, so no need!

Have a good evening,
Hema
""", cte="8bit"), style="plain",
    note="headteacher weekly briefing, 8bit body, encoded subject")

add("garba_volunteer_rota", "clean", "hardneg", (2024, 10, 7, 11, 15), "office", ["pta"],
    "Garba night volunteer rota",
    mixed("garba_volunteer_rota", [
        alt("garba_volunteer_rota", """Hi Minal,

Here's the volunteer rota for Friday as a spreadsheet. I've put everyone in who replied to the letter, so do shout if I've missed anybody.

A couple of notes:
- Mr and Mrs Dikshit have very kindly offered to run the tea and chai urn for the whole evening, so I've put them on refreshments from 5.30. Shital and her sister are on the snack stall next to them.
- Harshaben and Kulsum are on the door for tickets. I'll give them the float (\u00a350 in change) at 5.45.
- We still need two more people to help tidy the hall from 8.30. Could you ask on the WhatsApp group?

Owen will have the hall set up by 5pm and the sound system tested.

Thanks so much,
Meena

""" + SIG["office"] + "\n"),
        attachment("garba_night_rota.csv", "text/csv", """time,role,volunteer,phone
17:30-20:30,Refreshments (tea/chai),Mr Vivek Dikshit,07700 900311
17:30-20:30,Refreshments (tea/chai),Mrs Rupal Dikshit,07700 900312
17:30-19:00,Snack stall,Shital Mehta,07700 900348
17:30-19:00,Snack stall,Hetal Mehta,07700 900349
19:00-20:30,Snack stall,Sukhpreet Gill,07700 900371
17:45-19:30,Door / tickets,Harshaben Vaghela,07700 900402
17:45-19:30,Door / tickets,Kulsum Ahmed,07700 900415
18:00-20:30,First aid,Mrs P Greaves (staff),01632 960000
20:30-21:00,Tidy up,TBC,
20:30-21:00,Tidy up,TBC,
""".encode("utf-8"))]),
    note="names Dikshit and Shital in a rota with CSV attachment")

add("y5_assembly_lines", "clean", "everyday", (2024, 10, 8, 15, 49), "hartley", ["riya"],
    "Class assembly lines",
    alt("y5_assembly_lines", """Hi Riya,

Here are your lines for our class assembly on Friday 18 October. You are the second narrator, straight after Yusra.

"Navratri means nine nights. Each night, families come together to dance garba and dandiya raas in a big circle, to celebrate the goddess Durga."

Please practise saying it slowly and loudly, looking up at the audience, not at your paper. We'll have one more rehearsal on Thursday afternoon.

Thanks,
Miss Hartley
""", style="gmail", text_cte="7bit", html_cte="7bit"), style="gmail",
    note="teacher to pupil, assembly lines")

add("coach_invoice_subject", "flag", "disguised", (2024, 10, 14, 10, 21), "abdi", ["patel"],
    "Re: coach invoice \u2013 \u00a390 \u2018waiting charge\u2019?? What a load of shit",
    P("""Rekha,

Just seen the invoice from the coach company for last Thursday. They've added
90 quid for "driver waiting time", when it was THEIR driver who turned up 40
minutes late to bring us back from the wildlife park and we stood in the car
park with 58 six-year-olds in the drizzle.

I'm not paying that out of the Y2 trip budget. Can you challenge it? I've got
the times written down and Jaswinder took a photo when he finally arrived.

Yusuf

> On 14 Oct 2024, at 09:58, Rekha Patel <r.patel@example-school.org.uk> wrote:
> Yusuf - coach invoice for the Y2 trip attached, can you check and sign it
> off? It's a bit more than the quote. R
""", charset="us-ascii"), style="apple", reply=True, subj_enc="B",
    note="swearing only in RFC 2047 (base64) encoded subject")

add("diwali_celebration_day", "clean", "everyday", (2024, 10, 14, 13, 30), "office", ["jane"],
    "Diwali celebration day \u2013 Thursday 24 October",
    alt("diwali_celebration_day", """Dear Parents and Carers,

As we come to the end of a busy first half term, we would like to invite the children to celebrate Diwali with us on Thursday 24 October, the last day before half term.

Children may come to school in traditional or party clothes instead of uniform. Please make sure they have sensible shoes for playtime \u2013 we will still be going outside! Each class will be making diyas and rangoli patterns in the morning, and in the afternoon there will be a whole-school assembly with dancing from our Year 5 garba group and a dhol performance from Mr Doyle's music club.

A few reminders:
\u2022 School closes at the normal time, 3.15pm. There is no after-school club that day.
\u2022 Please do not send in sweets or mithai for the class to share. We have a number of children with nut allergies and we want to keep everyone safe. Each child will get a treat in class that we know is safe.
\u2022 Half term is Monday 28 October to Friday 1 November. School reopens on Monday 4 November.

We know that many of our families will be celebrating Diwali, Bandi Chhor Divas and the New Year over the holiday. Shubh Deepavali, Saal Mubarak and a happy Bandi Chhor Divas from all of us at Example School.

Kind regards,

""" + SIG["office"] + "\n"),
    note="office letter to parents about Diwali day, encoded subject")

add("y6_enterprise_diwali_stall", "clean", "hardneg", (2024, 10, 16, 12, 40), "sandhu", ["patel"],
    "Y6 enterprise stall \u2013 Diwali", cc=["abbey"],
    root=alt("y6_enterprise_diwali_stall", """Hi Rekha,

Year 6 are running their enterprise stall on Wednesday 23rd after school, in the playground by the Reception gate. As agreed, we'll sell:

- vegetable pakoras and samosas (donated by Mr Parmar from Kesar Sweet Centre - 150 of each, delivered at 2.30)
- bags of Bombay mix and chevdo
- diyas the children have painted (\u00a31 each)
- jalebi, if the Mehta family's offer comes through

Nothing with nuts, and everything will be labelled.

Could I borrow two cash tins and a float of \u00a340 in coins? The children will count up with Ruth and me afterwards and we'll bring it all to the office by 4.30 for you to bank. They've voted for half the profit to go to the hospice and the rest towards their leavers' trip.

Also - is there a food hygiene form we need for food we haven't made ourselves? Last year we had a certificate from the shop but I can't find a copy anywhere.

Thanks,
Gurpreet

""" + SIG["sandhu"] + "\n"),
    note="food words (pakoras) in enterprise stall planning")

add("swastik_rangoli_note", "clean", "hardneg", (2024, 10, 17, 17, 3), "joshi", ["allstaff"],
    "Diwali crafts \u2013 a note on the swastik symbol",
    alt("swastik_rangoli_note", """Hi everyone,

As lots of classes are doing rangoli and diya decorating next week, I wanted to share a quick note, because it came up in Y3 today and it might come up in yours.

Some of the rangoli templates and Diwali cards the children bring in will include the swastik (\u0ab8\u0acd\u0ab5\u0ab8\u0acd\u0aa4\u0abf\u0a95). In Hinduism and Jainism it is an ancient symbol of good luck and wellbeing - the word comes from the Sanskrit "su" (good) and "asti" (it is). Many of our families draw it on the doorstep, on new account books at Chopda Pujan, and at weddings, and you will see it in the mandir.

Some children (and some adults!) only know the symbol from the Second World War. If that comes up, please explain simply that the Nazis took an ancient symbol and used it for something hateful, and that for Hindu, Jain and Buddhist families it has always meant peace and good fortune. Please don't tell a child off for drawing it on a Diwali card.

If a child draws the Nazi version (tilted, in a white circle on red) or uses any symbol to upset someone, that's a different matter and should be logged as a prejudice-related incident as usual.

I've put a one-page explainer with pictures in the RE folder on the shared drive. Happy to pop into anyone's class to talk about it.

Thanks,
Nikhil

""" + SIG["joshi"] + "\n"),
    note="RE lead on the Hindu swastik, Nazi reference, Gujarati script")

add("fwd_abusive_parent_parking", "clean", "hardneg", (2024, 10, 18, 8, 5), "office", ["mistry"],
    "FW: Parking fine",
    P("""Hema,

FYI - this came into the office inbox at 11.40 last night. I haven't replied.
He's the dad of one of the Y4 children (4A). He was one of the parents Owen
asked to move off the zigzags on Wednesday, and I think the council officer
gave him a ticket.

He says he's coming in this morning. I'll let you know if he turns up - shall I
ask him to wait in the meeting room rather than in reception?

Meena

From: Rajesh K <rk.minimart.78@gmail.com>
Sent: 17 October 2024 23:40
To: Office <office@example-school.org.uk>
Subject: Parking fine

You lot are a bunch of useless wankers. I got a =C2=A370 ticket today because
your caretaker called the council on parents. I pay my taxes, I run a business
on this road and I have to drop my kids and get back to the shop. Where am I
supposed to park?? Tell your caretaker to mind his own fucking business. I
will be coming in tomorrow to speak to the head.

Rajesh
""".replace("=C2=A3", "\u00a3")), reply=True,
    note="office forwards abusive parent e-mail to head; swearing only in forwarded text")

add("diwali_assembly_rehearsal", "flag", "disguised", (2024, 10, 21, 16, 48), "joshi", ["lad"],
    "Diwali assembly rehearsal",
    P("""Priya,

Well, that was a f*cking disaster. Half of Y3 forgot their lines, the big diya
fell off the stage block, and the dhol track from Ciaran won't play off the
laptop. Nandini cried because Krish stood on her dupatta. I may need to lie
down.

Can we have the hall on Wednesday at 2 for one last go? I'll bring biscuits.

Sh*t - also just realised I haven't ordered the rangoli powder. Do you have any
left over from last year?

N
""", charset="us-ascii"), style="plain",
    note="asterisk-masked f*cking, sh*t, staff venting")

add("boiler_contractor", "flag", "plain", (2024, 10, 22, 7, 12), "pritchard", ["patel"],
    "Boiler - again",
    alt("boiler_contractor", """Rekha,

The boiler in the KS2 block went off again at 6am, so I've been in since then with the heaters out of the PE cupboard. Rang the heating contractor and the bloke on the phone was a complete arsehole - said they can't get an engineer out till Thursday and it's "not classed as an emergency" because the infants' side is still warm. I told him we've got 180 kids sitting in their coats.

Can you chase the contract from your end? If they won't come today I'd like to get the other firm in and send this lot the bill.

Years 5 and 6 can use the hall this morning, I've checked with Gurpreet.

Owen

""" + SIG["pritchard"] + "\n"),
    note="'complete arsehole' about contractor, plain, multipart")

add("lunchtime_incident_y6_girls", "clean", "hardneg", (2024, 11, 7, 13, 25), "kettleborough",
    ["hussein"], "Lunchtime incident - Y6 girls, top playground", cc=["sandhu"],
    root=P("""Amina,

Writing this up as you asked. I've also put it on CPOMS.

Time: about 12.50, top playground, by the benches.
Children: A.K. and M.S. (both 6S), H.F. (6A).

I heard shouting and went over. A.K. was crying. M.S. was standing over her and
said "you're a snake, you told Miss, you're a bitch". When I asked M.S. to come
away with me she said "piss off, it's got nothing to do with you" and walked
off towards the field. She came back after about a minute when I called her
name.

H.F. told me it started over a friendship bracelet and a message on someone's
phone last night, but she wouldn't say whose phone.

I took A.K. inside to Mrs Bains, who sat with her until the bell. M.S. spent
the rest of lunch with me on the bench and calmed down. She said sorry for
what she said to me.

Can you pick this up this afternoon? I'm not sure about the phone bit.

Sue

""" + SIG["kettleborough"] + "\n", charset="us-ascii"),
    note="staff incident report quoting pupil's words verbatim, staff-only")

add("staff_five_a_side", "flag", "disguised", (2024, 11, 5, 17, 10), "doyle", ["ashworth"],
    "Re: Staff 5-a-side Thursday",
    P("""Count me in. Tell Dan not to turn up in those tiny shorts again, he looks like a right f@g in them \U0001F602

Last week was sh!te though, we need someone who'll actually go in goal. Ask Rohan?

C

Sent from my iPhone

> On 5 Nov 2024, at 16:32, Tom Ashworth <t.ashworth@example-school.org.uk> wrote:
>
> 5-a-side Thursday 4.15 at the leisure centre, usual pitch. Who's in? T
""", cte="8bit"), style="apple", reply=True,
    note="homophobic slur masked f@g, sh!te, 8bit with emoji")

add("dickens_theatre_trip", "clean", "hardneg", (2024, 11, 12, 15, 40), "abbey", ["ali"],
    "Year 6 theatre trip \u2013 A Christmas Carol",
    alt("dickens_theatre_trip", """Dear Parents and Carers,

As part of our English work this term, Year 6 are reading Charles Dickens' A Christmas Carol. The children have been brilliant with it. It's a challenging text with lots of unfamiliar vocabulary, but they have loved Scrooge's "Bah! Humbug!", and we've had some very dramatic readings of the opening line: "Marley was dead: to begin with."

We have been offered tickets to see a stage version at a theatre in the city centre on Wednesday 11 December (matinee, 1.30pm). We will travel by coach, leaving school at 12.30 and returning by 4.15pm. Please arrange to collect your child at 4.15 from the Year 6 door, or let us know if they are going to after-school club.

The cost is \u00a38 per child, which covers the ticket and the coach. Please pay on ParentPay by Friday 22 November. If cost is a barrier, please speak to me or to Mrs Patel in confidence - no child will miss out.

Children will need a packed lunch that day (school lunches can be ordered as a packed lunch on the usual form) and should wear school uniform.

Some families have asked about the ghosts in the story. The production is aimed at families and isn't frightening, but if your child is anxious, do let me know and we can talk them through it beforehand.

Kind regards,

""" + SIG["abbey"] + "\n"),
    note="Dickens / A Christmas Carol trip letter")

add("y4_spellings_reply", "clean", "everyday", (2024, 11, 14, 17, 55), "mirza", ["ali"],
    "Re: Spellings",
    alt("y4_spellings_reply", """Dear Mr Guardian,

Thank you for your message. You're right - the spelling list that came home on Monday was the wrong one, and I'm sorry about that. The list he should be practising this week is the "-ous" words: famous, dangerous, enormous, jealous, various, nervous, tremendous, poisonous, mountainous, humorous. The test is on Friday.

He has been working really hard on his reading. He told me he has been reading his library book to his little sister at bedtime, which is lovely to hear.

If the reading app login still isn't working, please pop into the office and Mrs Solanki can reset it for you.

Best wishes,

""" + SIG["mirza"] + """

On Wed, 13 Nov 2024 at 19:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Salaam Mrs Mirza, my son say the spelling list is the same as last week. Is this correct? Also the reading app not working on my phone. Thank you. Ali
""", style="gmail"), style="gmail", reply=True,
    note="reply to parent about spellings, Gmail quote")

WHITTINGTON_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#1b1b1b">
<p>Dear Parents and Carers,</p>
<p>Year 2 have been working really hard on our Christmas show, <b><i>Dick Whittington and His Cat</i></b>, and rehearsals are going brilliantly. The songs are very catchy, so apologies if you are hearing them at home!</p>
<p><b>Performances:</b> Tuesday 10 December at 2pm and Wednesday 11 December at 9.30am, in the hall. Each family can have up to three seats per performance. Grandparents are very welcome &ndash; the front row is kept for anyone who needs a chair that is easier to get out of.</p>
<p>Your child&rsquo;s part is on the slip in their book bag. Costume ideas:</p>
<ul>
<li><b>Dick Whittington and the people of London:</b> a plain long-sleeved top, a waistcoat if you have one, and a cap or hat.</li>
<li><b>Tommy the cat:</b> black or grey clothes &ndash; we&rsquo;ll do ears and whiskers in school.</li>
<li><b>Rats:</b> grey or brown clothes &ndash; we are making tails in class.</li>
<li><b>Sailors:</b> a stripy top or a white T-shirt.</li>
<li><b>The Sultan of Morocco and his court:</b> anything bright and sparkly &ndash; a festive kurta, a Diwali or Eid outfit, a sherwani or a dirac would be perfect.</li>
</ul>
<p>Please don&rsquo;t buy anything new. If you are stuck, let us know and we&rsquo;ll find something in the dressing-up box.</p>
<p>We will take photos for the school website of children whose families have given permission. Please don&rsquo;t post videos of other people&rsquo;s children online.</p>
<p>Thank you!</p>
<p>Mr Abdi, Mrs Bains and the Year 2 team<br>
Example School | Park Row | LS1 4AP | 01632 960000</p>
</body>
</html>
"""

add("dick_whittington_costumes", "clean", "hardneg", (2024, 11, 18, 15, 20), "abdi", ["sam"],
    "Year 2 Christmas show \u2013 Dick Whittington costumes",
    text_part(WHITTINGTON_HTML, "html", "quoted-printable"), style="plain",
    note="panto title 'Dick Whittington' in HTML-only letter")

add("winter_show_meeting", "flag", "disguised", (2024, 11, 20, 15, 58), "dhillon", ["brennan"],
    "winter show meeting",
    text_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<div>Chloe,</div>
<div><br></div>
<div>What a \uff53\uff48\uff49\uff54\uff53\uff48\uff4f\uff57 that meeting was. An hour and a half to decide that Nursery and Reception are doing &quot;Twinkle Twinkle&quot; AGAIN because there&#39;s &quot;no time&quot; to learn anything new.</div>
<div><br></div>
<div>I&#39;m doing the diva dance with mine anyway, nobody can stop me. Tea in my room tomorrow?</div>
<div><br></div>
<div>H x</div>
</div></body></html>
""", "html", "quoted-printable"), style="plain",
    note="full-width 'shitshow' in HTML-only mail")

add("christmas_meal_numbers", "clean", "everyday", (2024, 11, 22, 12, 31), "bains", ["allstaff"],
    "Christmas meal \U0001F384 \u2013 final numbers please",
    alt("christmas_meal_numbers", """Hi all,

Thank you to everyone who has put their name down for the staff Christmas meal on Friday 13 December at Madhuban (the thali place on Ashby Vale, not the new one by the roundabout!).

So far we have 31 names. I need final numbers and \u00a310 deposits by next Friday, 29 November - cash in the envelope in my pigeonhole, or bank transfer to the staff social fund (details on the staffroom noticeboard).

The set menu is \u00a324 a head: starters to share (paneer tikka, pani puri, hara bhara kebab), then the big thali - two sabzi, dal, kadhi, rice, rotli and puri - and gulab jamun or kulfi for pudding. It is all vegetarian, and they can do vegan and gluten-free if you tell me by the 29th.

Partners are very welcome.

Jas \U0001F384
""", style="gmail"), style="gmail",
    note="staff social, emoji in RFC 2047 subject")

add("supply_cover_booking", "clean", "hardneg", (2024, 11, 25, 9, 50), "patel", ["agency"],
    "Supply cover - w/c 2 December",
    alt("supply_cover_booking", """Hi Karen,

Thanks for confirming this morning. Just to recap what we've booked, so we both have it in writing:

- Mr David Hancock - Year 4 (4A), Monday 2 to Friday 6 December, full days, while Mr Ashworth is on paternity leave. He covered for us in the summer and the class know him, so that's perfect.
- Mrs Jean Titmus - Reception, Wednesday 4 December, morning only (8.30-12.15), PPA cover for Miss Brennan.

Could you send Mrs Titmus's DBS and ID check confirmation before the Wednesday? We have Mr Hancock's from June on our single central record, but your letter said his DBS update service check was due in November, so please confirm that too.

Both should sign in at the main office on arrival and bring photo ID.

Many thanks,
Rekha

""" + SIG["patel"] + "\n"),
    note="surnames Hancock and Titmus in supply booking")

add("guide_dogs_assembly", "clean", "hardneg", (2024, 11, 27, 14, 2), "hussein", ["mistry"],
    "Guide Dogs assembly - Tuesday",
    P("""Hi Hema,

All confirmed for the Guide Dogs visit on Tuesday 3 December: 9.05 in the hall for KS1, then 9.40 for KS2.

The volunteer is Mrs Heather Cox, and she's bringing two dogs: Honey, a retired brood bitch who now does school visits, and a young puppy-in-training called Pip. She will talk about what guide dogs do, and a volunteer can try walking with a blindfold and a guide dog (I've suggested a member of staff rather than a child).

I've spoken to Fadumo about families who may not want their children close to the dogs. Some of our Muslim families prefer children not to touch dogs, and a few children are frightened of them. We've agreed:
- the dogs stay at the front the whole time, on the lead;
- no stroking during the assembly, for anyone \u2013 Mrs Cox is fine with that;
- any child who would rather sit at the back, or watch from the library window, can do so, no questions asked.

I'll put a line in Friday's newsletter so that parents know in advance.

Amina
""", cte="quoted-printable"), style="plain",
    note="'brood bitch' (dog breeding term) and surname Cox")

# ---------------------------------------------------------------- December
add("lost_cardigan", "clean", "everyday", (2024, 12, 2, 10, 14), "office", ["sam"],
    "Re: Lost cardigan",
    P("""Hi Sam,

Yes, we've found it - it was in the nursery lost property box with "Nani"
written inside the label in biro, which is probably why nobody recognised it!
I've put it in her tray.

Meena (School Office)
""", charset="us-ascii"), reply=True,
    note="two-line office reply to carer")

add("disclosure_to_dsl", "clean", "hardneg", (2024, 12, 9, 15, 45), "joshi", ["dsl"],
    "CONFIDENTIAL - disclosure from child in 3J", cc=["hussein"],
    root=P("""Lisa,

Writing this down straight after speaking to you in the corridor, as you
asked. It's also on CPOMS.

Child: R.P. (3J)
Time: 2.40pm today, in the classroom, during quiet reading, just the two of us
at my desk.

He had a red mark on his left cheek this morning, which I noticed at
registration but didn't ask about at the time. In quiet reading he came up to
show me his book and said, without me asking: "My dad called me a stupid
little shit and hit me with his slipper because I broke the remote." I said
"Thank you for telling me. Can you tell me what happened?" and he said "It was
last night. Mum was at work. It doesn't hurt now." I told him I would need to
tell Mrs Fairbrother so that we could help keep him safe. He said "OK" and went
back to his seat.

I did not ask any more questions. I didn't look at the mark again or take a
photo.

His Dadi usually collects him at 3.15 - he's in the line now. Let me know what
you want me to do at home time.

Nikhil
""", charset="us-ascii"), style="plain",
    note="disclosure to DSL quoting child's exact words, staff-only")

add("ofsted_call", "flag", "disguised", (2024, 12, 10, 12, 3), "lad", ["brennan"],
    "!!!",
    P("""Chloe. We've had THE call. Tomorrow and Thursday.

Fuuuuuuck. Shiiiiiit.

OK. I'm fine. I'm completely fine. Are you staying late tonight? I'll bring
samosas from Mum's.

P x
""", charset="us-ascii"), style="apple",
    note="stretched letters Fuuuuuuck / Shiiiiiit, short staff mail")

add("january_lunch_menu", "clean", "hardneg", (2024, 12, 12, 11, 20), "kitchen", ["office"],
    "January menu for the newsletter",
    alt("january_lunch_menu", """Hi Meena,

Here's the menu for the first week back in January, for the newsletter and the website. Week 1 starts Monday 6 January.

WEEK 1
Mon - Vegetable biryani with raita, or jacket potato with cheese
Tue - Halal chicken curry with rice and naan, or chana masala (v)
Wed - Roast dinner: halal turkey or Quorn fillet, roast potatoes, seasonal veg
Thu - Macaroni cheese with garlic bread, or vegetable pakora wrap (v)
Fri - Fish fingers or veggie fingers, chips and peas

Puddings: Monday fruit jelly, Tuesday mango yoghurt, Wednesday apple crumble and custard, Thursday spotted dick and custard, Friday fresh fruit.

Weeks 2 and 3 are the same as the autumn menu, except Thursday's pudding will be jam sponge.

A few notes for parents, if you've got room:
- All meat is halal and there is no pork or beef on the menu. The spotted dick is made with vegetable suet, so it's vegetarian.
- Everything is nut-free.
- Jain options (no onion, garlic or root vegetables) are available on request - parents just need to tell the office.

Thanks,
Bernie

""" + SIG["kitchen"] + "\n"),
    note="lunch menu with spotted dick and pakora")

# ---------------------------------------------------------------- January
add("y4_french_animals", "clean", "hardneg", (2025, 1, 9, 15, 30), "marchetti", ["ali"],
    "Year 4 French \u2013 les animaux",
    alt("y4_french_animals", """Dear Parents and Carers,

Bonne ann\u00e9e! This half term in French, Year 4 are learning the names of animals and how to describe them using colours and size ("un grand chien noir", "une petite souris grise").

Here are the words we are learning this week. The children were especially excited about the ones that live in the sea and the forest:

le chien - dog
le chat - cat
la souris - mouse
le lapin - rabbit
la biche - doe (a female deer)
le phoque - seal
la baleine - whale
le requin - shark
le hibou - owl

You can hear each word spoken by a French speaker in the Year 4 French folder on Google Classroom. If you speak another language at home, it would be lovely if your child could teach the class the same animals in Gujarati, Punjabi, Somali or Urdu - we're making a multilingual animal display for the corridor.

Merci beaucoup,

""" + SIG["marchetti"] + "\n"),
    note="French vocabulary (phoque, biche) homework letter")

add("fgb_papers", "clean", "everyday", (2025, 1, 13, 18, 2), "mistry", ["chair"],
    "FGB papers \u2013 Tuesday 21 January", cc=["clerk"],
    root=mixed("fgb_papers", [
        alt("fgb_papers", """Dear Dev,

Please find attached the agenda for the full governing body meeting on Tuesday 21 January at 5.30pm in the school library, and a calendar invitation. The full papers are in the governor hub.

The main items are:
1. Headteacher's report, including the autumn data and the outcome of December's inspection
2. Attendance update - Pauline Greaves will join us for this item
3. Budget monitoring (Rekha) and the three-year forecast
4. Policy approvals: Behaviour; Relationships, Sex and Health Education; Charging and Remissions
5. Governor visit reports: Mr Chaudhry (reading) and Mrs Vaghela (SEND)

Could you let Jo know if you'd like anything else added?

Best wishes,
Hema

""" + SIG["mistry"] + "\n"),
        attachment("FGB_agenda_21Jan25.pdf", "application/pdf", make_pdf([
            "Example School - Full Governing Body",
            "Tuesday 21 January 2025, 5.30pm, School Library",
            "",
            "1. Welcome, apologies, declarations of interest",
            "2. Minutes of 8 October 2024 and matters arising",
            "3. Headteacher's report",
            "4. Attendance (P Greaves)",
            "5. Budget monitoring and three-year forecast (R Patel)",
            "6. Policies: Behaviour; RSHE; Charging and Remissions",
            "7. Governor visit reports",
            "8. Any other business",
            "",
            "Clerk: J Pearson",
        ])),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', "7bit", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example School//Governors//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:fgb-20250121@example-school.org.uk
DTSTAMP:20250113T180000Z
DTSTART;TZID=Europe/London:20250121T173000
DTEND;TZID=Europe/London:20250121T193000
SUMMARY:Full Governing Body meeting
LOCATION:Example School library
ORGANIZER;CN=Hema Mistry:mailto:h.mistry@example-school.org.uk
END:VEVENT
END:VCALENDAR
""", [("Content-Disposition", 'attachment; filename="invite.ics"')])]),
    note="head to governors, PDF agenda and .ics invite")

add("send_physio_spastic_diplegia", "clean", "hardneg", (2025, 1, 15, 16, 15), "senco", ["physio"],
    "Y1 pupil \u2013 physio programme and EHCP review",
    alt("send_physio_spastic_diplegia", """Dear Gemma,

Thank you for the updated report following your visit on 8 January. I'm writing to check a few things before D.'s EHCP annual review on 5 February.

Your report describes his diagnosis as spastic diplegia (bilateral spastic cerebral palsy, GMFCS level II). For the review paperwork I'd like to use the same wording, so please correct me if you'd prefer a different description in school documents.

The programme you've set, as we're running it now:
- daily hamstring and calf stretches - his 1:1, Mrs Dave, has been trained and does these at 11.30 in the sensory room;
- standing frame for 20 minutes at story time;
- ankle-foot orthoses (AFOs) on all day, off for PE and for the sensory circuit.

Questions:
1. Mum has asked whether he can take part in sports day in June on a modified course. Could you advise on what's safe?
2. His walking frame is getting small for him. Who orders the next size - you or wheelchair services?
3. Would you be able to attend the review, even for 20 minutes? If not, a short written update would be very helpful.

His Dada and Ba bring him to school most days and are keen to learn the stretches too. Would a short session for them be possible? Our bilingual TA can interpret in Gujarati.

Kind regards,

""" + SIG["senco"] + "\n"),
    note="SENCo to physio, medical term 'spastic diplegia'")

add("behaviour_policy_language", "clean", "hardneg", (2025, 1, 16, 16, 40), "sandhu", ["allstaff"],
    "Behaviour policy review \u2013 language (please read before Wednesday)",
    alt("behaviour_policy_language", """Dear all,

Ahead of Wednesday's staff meeting, here is the draft section of the behaviour policy on language, which governors will be asked to approve on the 21st. Thank you to everyone who filled in the survey. The clear message was that we need to be more consistent, especially between lunchtimes and lessons.

The main proposals:

1. Swearing that isn't aimed at anyone (e.g. a child drops something and says "shit" or "bloody hell") - quiet reminder, no sanction the first time. If it's repeated, the usual warning system.

2. Swearing aimed at another child or an adult (e.g. "piss off", "fuck you") - reflection time at the next break, logged on CPOMS, class teacher phones home.

3. Prejudice-related language - racist, homophobic, sexist, disability-related or faith-related words, including "gay" used as an insult, "retard" or "paki" - always logged as a prejudice-related incident, phase leader informed, parents told the same day. We'll use the same script every time: name it, explain why it's hurtful, record it.

4. Children repeating words they don't understand (common in KS1 - they hear them from older cousins or online) - explain calmly that it's an unkind word and we don't use it in school. Still logged if it's a prejudice-related word.

A couple of you asked whether we treat Gujarati, Punjabi or Somali swear words the same way. Yes. If you're not sure what a child has said, write down what you heard as closely as you can and ask Fadumo, Jas or me. Please don't guess.

The full draft is in the shared drive (Policies > Drafts). Comments to me by Tuesday, please.

Thanks,
Gurpreet

""" + SIG["sandhu"] + "\n"),
    note="[unsure] staff discuss behaviour policy, swear words and slurs quoted as examples")

add("ks1_phase_meeting_notes", "clean", "everyday", (2025, 1, 17, 8, 2), "abdi",
    ["lad", "bains"], "KS1 phase meeting notes - 16 Jan", cc=["brennan"],
    root=P("""Hi all, notes from last night below. Shout if I've missed anything.

Present: Yusuf, Priya, Jas, Chloe (for item 5), Anita (Y1 TA)
Apologies: none

1. Phonics - Priya shared the autumn assessment: 71% of Y1 on track for the
   screening check. Catch-up groups continue daily 2.30-2.45. Jas will take the
   Y2 retakers on Tuesdays and Thursdays.
2. Reading - new decodable books arrive next week. Old sets go to the library
   for the book swap.
3. Maths - agreed to move the Y2 fractions unit to after half term so it
   doesn't clash with assessment week.
4. Vaisakhi - Y2 to lead the Vaisakhi assembly on Friday 4 April (last day of
   term). Jas will ask at her gurdwara about borrowing a Nishan Sahib for the
   display.
5. Reception to Y1 transition - Chloe would like Y1 to keep continuous
   provision for the first half term in September. To take to SLT.
6. AOB - Y1 needs more pencils and glue sticks. Priya to email Rekha.

Next meeting: Thursday 13 February, 3.30, Y2 classroom.

Yusuf
""", charset="us-ascii"), style="plain",
    note="phase meeting minutes")

add("tracker_reset", "flag", "plain", (2025, 1, 21, 7, 38), "sandhu", ["abbey"],
    "Re: Y6 tracker",
    P("""Ruth - have you tried opening the tracker this morning? The fucking thing has
reset all the reading columns to "working towards" again and I've lost an
hour of moderation notes from last night.

Don't enter anything until I've rung the MIS people at lunch.

G
""", charset="us-ascii"), style="apple", reply=True,
    note="plain 'fucking' staff-to-staff about software")

add("birdwatch_results", "clean", "hardneg", (2025, 1, 27, 15, 55), "lad", ["jane"],
    "Our Big Schools' Birdwatch results!",
    alt("birdwatch_results", """Dear Year 1 families,

Thank you for all the pinecone bird feeders the children made at home - the trees by the Year 1 garden are covered in them, and it worked!

For our birdwatch on Friday morning the children sat very quietly by the window for a whole hour (a record!) with their tally charts and binoculars made from kitchen roll tubes. Here's what we counted:

- 7 blue tits
- 3 great tits
- 2 long-tailed tits (everyone's favourite - "they look like flying lollipops")
- 4 wood pigeons
- 1 robin, who came to the same feeder all morning
- 6 starlings
- 1 magpie
- and a great spotted woodpecker, which Mrs Lad nearly fell off her chair about

We've sent our results to the RSPB. In class we talked about which birds eat seeds and which eat insects, and the children used their tallies to make a pictogram.

Next week we're going to compare birds here in Leicester with the birds grandparents remember from India, Kenya and Somalia - so if a grandparent would like to come in and tell us about a bird they remember (the peacock is already a hot favourite), please let me know.

Best wishes,

""" + SIG["lad"] + "\n"),
    note="birdwatch: blue tits, great tits, woodpecker")

add("broadband_helpline", "flag", "disguised", (2025, 1, 29, 11, 20), "tennant", ["okafor"],
    "Broadband down again",
    P("""Dan,

FYI the broadband's down again in KS2 - that's why your Chromebooks can't get on Google Classroom. I've been on the phone to the provider for 45 minutes and the c\u200bunt on the helpline hung up on me when I asked for a ticket number. Second time this month.

Some absolute tw\u200cat in their office has apparently "closed the fault" because it "self-resolved". It hasn't.

I'll bring the 4G backup router to your room so you can at least do the lesson. Back in 10.

Mark

""" + SIG["tennant"] + "\n", cte="base64"),
    note="zero-width characters inside c*nt and tw*t, base64 body")

add("persuasive_letter_feedback", "clean", "everyday", (2025, 1, 30, 16, 12), "abbey", ["hodan"],
    "Your persuasive letter",
    P("""Hi Hodan,

I've read your persuasive letter to the council about the park. Your opening
paragraph is brilliant - you really made me want to read on.

Next step: look at your third paragraph and add one piece of evidence (a fact
or a number) to back up your point about litter. You can edit it on Google
Classroom and resubmit by Friday.

Well done!
Miss Abbey
""", charset="us-ascii"), style="plain",
    note="teacher to pupil, homework feedback")

# ---------------------------------------------------------------- February
add("macbeth_workshop_extracts", "clean", "hardneg", (2025, 2, 4, 12, 15), "abbey", ["theatre"],
    "Macbeth workshop \u2013 text extracts for Year 6",
    alt("macbeth_workshop_extracts", """Dear Kofi,

Thank you for sending the plan for the Year 6 Macbeth workshop on Thursday 27 February. The children are very excited - we've been reading a children's retelling alongside some of the original lines.

I'm happy with all the extracts you suggested. These are the ones they've already learned by heart, so you could build on them:

"Double, double toil and trouble; / Fire burn and cauldron bubble."
"Is this a dagger which I see before me?"
"Out, damned spot! out, I say!"
"Hell is murky."
"The devil damn thee black, thou cream-faced loon!" (their favourite insult - I've heard it in the playground twice already)

We talked about how "damned" and "hell" were very strong words in Shakespeare's time, and about Lady Macbeth's guilt. The children discussed it really sensibly.

Practical points: we have 58 children, so two groups of 29 in the hall, 9.15-10.30 and 10.45-12.00. Two children have hearing impairments and will sit near the front. One uses a radio aid - would you mind wearing the transmitter? Our TA, Mrs Dave, will bring it to you at 9.

Best wishes,

""" + SIG["abbey"] + "\n"),
    note="Shakespeare quotations (damned, hell, loon) for workshop")

add("leave_request_reply", "clean", "everyday", (2025, 2, 6, 9, 40), "attendance", ["ali"],
    "Re: Leave request - family wedding in Nairobi",
    P("""Dear Mr Guardian,

Thank you for filling in the leave request form and for explaining the reasons so clearly. I'm sorry to hear your mother has not been well, and I understand how much it means to the family to be together for the wedding.

I have to let you know that the Headteacher can only authorise leave in term time in exceptional circumstances, and a family wedding is not usually one of them. Mrs Mistry has looked at your request and would like to meet you before she makes a decision, because of what you said about your mother's health. Could you come in on Tuesday 11 February at 8.45am, after drop-off? Ms Warsame will be there too, and can speak Somali if that would help anyone in the family.

If the dates cannot move, it would help to have the return flight details, so that we can keep his place open and plan some work for him to take with him.

Kind regards,

""" + SIG["attendance"] + """

On Wed, 5 Feb 2025 at 21:14, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Salaam Mrs Greaves,
> I have filled the form for leave from 10 March to 28 March. My niece wedding is in Nairobi and my mother is old and not well, she want to see all the grandchildren. We will bring him back on 31 March. Please tell me what happens with his place.
> Thank you
> Ali
""", cte="quoted-printable"), style="gmail", reply=True,
    note="attendance officer reply on term-time leave, QP")

add("racist_incident_report", "clean", "hardneg", (2025, 2, 11, 15, 5), "sandhu",
    ["dsl", "mistry"], "Racist incident \u2013 Y6, 11 Feb (CPOMS logged)",
    root=P("""Lisa, Hema,

Logged on CPOMS as a prejudice-related incident, but I'm writing it up here as well because I think we need to call both families today.

What happened: afternoon break (2.05pm), KS2 playground, during a football game. Reported by two Y6 boys and by Mr Ashworth, who was on duty and heard the second remark.

O.B. (6A) was tackled by I.H. (6S) and fell. O.B. got up and said to I.H.: "You dirty paki, go back to your own country." Mr Ashworth heard I.H. reply "I'm not even Pakistani, I'm Somali, you idiot", and then O.B. said "same thing, you're all terrorists". Mr Ashworth stopped the game and brought both boys in.

I spoke to each boy separately at 2.20 in my office. O.B. admitted saying both things. He said he "heard it on TikTok" and "everyone says it". He didn't seem to understand why it was so serious until we talked it through, and then he got upset. I.H. said it's the third time someone has called him a terrorist this year, but he didn't tell anyone before because "nothing happens".

Actions so far:
\u2013 O.B. in internal reflection with me for the rest of today.
\u2013 I.H. has checked in with Amina; he says he's OK but wants his mum to know.
\u2013 Both families to be phoned today. Hema, could you do O.B.'s family with me at 3.30? Fadumo has offered to ring I.H.'s mum in Somali.
\u2013 I'd like us to look back through CPOMS for any other "terrorist" remarks this year \u2013 I.H.'s comment worries me.

Gurpreet
""", cte="quoted-printable"), style="plain",
    note="racist incident report quoting pupil's slur, staff-only")

add("salt_referral_meeting", "clean", "everyday", (2025, 2, 12, 13, 5), "senco", ["sam"],
    "Speech and language \u2013 meeting next week",
    P("""Dear Sam,

Thank you for chatting with me at the nursery gate on Monday. As promised, here is a summary, and an invitation to meet.

Mrs Dhillon and the nursery team have noticed that your niece is finding some sounds difficult (for example, she says "tat" for "cat" and "dod" for "dog"), and that she sometimes gets frustrated when other children don't understand her. She is very sociable and her understanding is good, so this is nothing to worry about, but we think it would help to ask the NHS Speech and Language Therapy team to assess her.

I know you mentioned that she speaks mostly Punjabi at home with you and her Nani. Speaking more than one language is a real strength, and it does not cause speech difficulties. The therapists will want to know how she speaks in Punjabi too, so it would be brilliant if Nani could come to the meeting as well.

Could you come in on Wednesday 19 February at 2.45pm? It will take about half an hour. Mrs Bains can join us to help with Punjabi, if that would be useful for the family.

I'll bring the referral form so we can fill it in together - I'll need your consent before we send it.

Kind regards,

""" + SIG["senco"] + "\n", cte="quoted-printable"), style="plain",
    note="SENCo invites carer to speech and language meeting, QP")

add("solar_system_models", "clean", "hardneg", (2025, 2, 24, 15, 45), "hartley", ["year5"],
    "Solar system models \u2013 homework",
    alt("solar_system_models", """Hi Year 5,

As promised, here are the details for our space homework. You have until Friday 14 March.

Make a model of the solar system, or of one planet, using whatever you have at home. Last year people used polystyrene balls, oranges, papier m\u00e2ch\u00e9, old CDs, marbles and even laddoos (not recommended - they got eaten). Cocktail sticks or straws and some thread are useful for holding the planets in place.

Remember:
- the planets in order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune. (Yes, we all know the Uranus joke. You've had your laugh. Now remember that it rolls around the Sun on its side!)
- Jupiter is the biggest and Mercury is the smallest.
- Label each planet and add one fact about it.

If you'd rather not make a model, you can make a fact file or a Google Slides presentation instead.

We'll have a "space museum" in the hall on Monday 17 March, and your families are invited to come and look at 3pm.

Miss Hartley
""", style="gmail"), style="gmail",
    note="Uranus, cocktail sticks, polystyrene balls in homework to pupils")

add("cover_rota_bollocks", "flag", "disguised", (2025, 2, 26, 15, 40), "bains", ["abdi"],
    "cover tomorrow",
    P("""Yusuf, just seen tomorrow's cover sheet. They've put me in Y6 ALL afternoon and
on the back gate at 3.15, so I can't do your phonics group or the reading with
Harleen and Mo.

Nobody even asked me. It's b-o-l-l-o-c-k-s, honestly. Third time this half
term.

Can you tell Gurpreet or shall I? I'll leave the phonics cards on your desk
just in case.

J
""", charset="us-ascii"), style="plain",
    note="hyphen-spaced b-o-l-l-o-c-k-s, staff venting")

add("ramadan_arrangements", "clean", "everyday", (2025, 2, 27, 16, 30), "hussein", ["allstaff"],
    "Ramadan 2025 \u2013 arrangements in school",
    alt("ramadan_arrangements", """Dear all,

Ramadan is expected to start on Saturday 1 March (depending on the moon sighting) and last about 30 days, so Eid ul-Fitr will probably be on Sunday 30 or Monday 31 March. Here's how we'll support our fasting children and staff.

Which children fast? Most of our primary children don't fast for the whole month, but some of our older children (mostly Y5 and Y6) fast for some or all of the days, and some younger ones try a "half fast" at weekends. Parents have been asked to tell the office, and I'll share a list by class on Monday.

Lunchtimes: the library will be open as a quiet room from 12.15 for any child who is fasting - reading, board games, colouring. Sue's team will supervise. Fasting children shouldn't be asked to sit in the dining hall.

PE: please adapt for fasting children - lighter activity, no fitness tests, plenty of rest. Tom has shared some ideas with KS2.

Water: fasting children may ask not to have a water bottle on their desk. That's fine. If a child seems unwell, faint or dizzy, send them to a first aider straight away - their health comes first, and parents have agreed to this.

Eid: the Headteacher will authorise one day's absence for Eid. If it falls on the Monday, expect a few tired but happy faces on Tuesday!

Staff: if you're fasting and would like to swap a lunch or after-school duty, please speak to me or Gurpreet - we're happy to sort it.

Ramadan Mubarak to all who are observing.

Amina

Amina Hussein
Learning Mentor and Deputy DSL
Example School | Park Row | LS1 4AP | 01632 960000
"""),
    note="learning mentor on Ramadan arrangements")

# ---------------------------------------------------------------- March
add("tudor_day", "clean", "hardneg", (2025, 3, 3, 15, 20), "mirza", ["sam"],
    "Year 4 Tudor Day \u2013 Friday 14 March",
    alt("tudor_day", """Dear Parents and Carers,

To finish our history topic, Year 4 are having a Tudor Day on Friday 14 March, and the children are invited to come to school dressed as a Tudor.

Costumes do not need to be bought - please don't spend money! A long dress, or a long kurta with a belt, a cape made from an old sheet or dupatta, a card crown and a ruff made from a paper plate are all perfect. Rich Tudors wore bright colours, velvet and jewels; poor Tudors wore brown and grey wool.

During the day the children will:
- learn a Tudor dance (a pavane) with Mr Doyle;
- take part in a Tudor banquet in the hall - all the food will be vegetarian, nut-free and suitable for everyone;
- put Henry VIII's six wives in order using the rhyme "divorced, beheaded, died; divorced, beheaded, survived";
- debate whether "Bloody Mary" deserved her nickname.

A few of the boys have spotted the codpiece in the famous portrait of Henry VIII and asked whether they need one. They don't - capes and crowns are plenty!

Thank you for your support,

""" + SIG["mirza"] + "\n"),
    note="history: Bloody Mary, codpiece, Tudor day letter")

add("free_school_meals_somali", "clean", "hardneg", (2025, 3, 4, 10, 30), "warsame", ["ali"],
    "Free school meals / Cunto bilaash ah",
    P("""Salaam Mr Guardian,

As we talked about at the gate this morning, here is the information about free school meals in Somali and in English. You can show it to your wife and your mother too.

--- Af-Soomaali ---
Waalidka sharafta leh,
Haddii qoyskiinu helo Universal Credit ama kaalmo kale oo dawladda ah, ilmahaagu waxa laga yaabaa inuu xaq u leeyahay cunto bilaash ah oo dugsiga ah. Carruurta fasalka Reception ilaa fasalka 2 waxay horeba u helaan cunto bilaash ah, laakiin waa muhiim inaad foomka buuxiso, sababtoo ah dugsigu wuxuu helayaa lacag dheeraad ah oo lagu caawinayo ilmahaaga.
Cuntada dugsigu waa xalaal, doofaarna ma jiro.
Foomka waxaad ka heli kartaa xafiiska dugsiga, ama i weydii \u2013 waan kaa caawin karaa inaad buuxiso.
Mahadsanid.

--- English ---
Dear Parent,
If your family receives Universal Credit or some other benefits, your child may be entitled to free school meals. Children in Reception to Year 2 already get free lunches, but it is still important to fill in the form, because the school receives extra funding to support your child.
All the meat in school meals is halal, and there is no pork.
You can get the form from the school office, or ask me \u2013 I can help you fill it in.

I am in school Monday to Thursday. You can reach me through the office on 01632 960000 (ask for Fadumo).

""" + SIG["warsame"] + "\n", cte="quoted-printable"), style="plain",
    note="Somali 'cunto' (food) in bilingual letter to parent")

add("space_model_reply", "clean", "everyday", (2025, 3, 7, 18, 4), "okafor", ["mohamed"],
    "Re: can i bring my model in monday",
    P("""Yes, bring it in on Monday morning and put it on the back table. Make sure
it's in a box so Saturn's rings survive the journey!

Mr Okafor

> can i bring my model in on monday because its still drying. from mohamed
""", charset="us-ascii"), style="plain", reply=True,
    note="two-line reply to pupil")

AUDIT_TEXT = """Owen,

Quick heads up - the LA auditor is in on Thursday to go through the purchase card statements for the autumn and spring terms. He is an absolute arse\x00hole about receipts, so if you've still got any for the van diesel, the B&Q run in January or the new padlocks, please dig them out before then. Last time he wrote us up for a missing \u00a34.99 receipt.

Also, the cleaning contract renewal is on his list, so he may want to walk round. Can you make sure the boiler room isn't full of old PE mats again? I know, I know.

Thanks,
Rekha
"""

add("auditor_receipts_qp", "flag", "disguised", (2025, 3, 10, 10, 2), "patel", ["pritchard"],
    "Audit Thursday - receipts",
    leaf('text/plain; charset="utf-8"', "quoted-printable", qp_marked(AUDIT_TEXT)),
    note="'arsehole' split by a quoted-printable soft line break")

add("different_families_book", "clean", "hardneg", (2025, 3, 13, 9, 12), "abbey", ["mistry"],
    "Parent concern about library book \u2013 And Tango Makes Three", cc=["sandhu"],
    root=P("""Hema,

Just to let you know before she contacts you: a Y2 parent spoke to me at the gate this morning (I was on duty) about the book And Tango Makes Three, which her daughter brought home from the class library. It's the true story of two male penguins at a zoo in New York who raise a chick together. She was upset and said she didn't want her daughter "learning about gay relationships" at her age, and that it goes against their religion.

I listened and said I'd pass it on to you. I explained that the book is part of our Relationships Education, where we teach that families come in many different shapes \u2013 some children live with grandparents, some with one parent, some with foster carers or aunties, and some have two mums or two dads \u2013 and that the aim is for every child to see their own family respected. I also said that we don't teach anything about sex in Year 2.

She calmed down a bit, but asked for a meeting. She would like Jas there to help with Punjabi for her mother-in-law, who will come too.

For what it's worth, I think a meeting with you and Nikhil would help \u2013 she mentioned the gurdwara, and Nikhil is brilliant at explaining how our RE and relationships teaching fit together. The book stays in the library, as per our policy, unless you tell me otherwise.

Ruth
""", cte="quoted-printable"), reply=False,
    note="staff note about 'two mums or two dads' / gay penguins book concern")

add("reading_groups_csv", "flag", "disguised", (2025, 3, 14, 16, 5), "mirza", ["ashworth"],
    "reading groups after Easter",
    mixed("reading_groups_csv", [
        P("""Tom,

Here's my draft of the Y4 reading groups for after Easter, so we can match them
across both classes. Have a look at the notes column and tell me if you'd move
anyone. I've gone mostly on the Feb assessment, plus the reading records.

Sana
""", charset="us-ascii"),
        attachment("Y4_reading_groups_summer.csv", "text/csv", """pupil,class,current_group,proposed_group,notes
Aarav B,4M,Blue,Green,flying - ready to move up
Hibo A,4M,Green,Green,lovely fluency; inference still weak
Jasleen K,4M,Yellow,Blue,reading every night with Nani - huge progress
Deven P,4M,Blue,Blue,lazy little shit - never reads at home and lies about it in his record
Ibrahim H,4M,Red,Red,phonics catch-up with Jas continues
Simran G,4M,Green,Yellow,needs more challenge
Krish T,4M,Yellow,Yellow,
Nasra O,4M,Red,Blue,arrived in Jan - EAL - already decoding well
Harry W,4M,Blue,Green,
""".encode("utf-8"))], style="plain"), style="plain",
    note="'little shit' about a pupil inside base64 CSV attachment; body clean")

add("missing_homework_pupil", "flag", "plain", (2025, 3, 17, 16, 25), "okafor", ["krish"],
    "Missing homework",
    P("""Krish,

That's three weeks in a row now with nothing handed in on Google Classroom.
You're a clever lad, but you need to get your shit together before Year 6.
Come and see me at break tomorrow.

Mr Okafor
""", charset="us-ascii"), style="plain",
    note="teacher swears to a pupil ('get your shit together')")

add("gurdwara_visit_letter", "clean", "everyday", (2025, 3, 17, 15, 40), "joshi", ["sam"],
    "Year 3 visit to the gurdwara \u2013 Thursday 3 April",
    mixed("gurdwara_visit_letter", [
        alt("gurdwara_visit_letter", """Dear Parents and Carers,

As part of our RE topic on Sikhism, and to get ready for Vaisakhi, Year 3 will be visiting the Gurdwara Sahib on Ashby Vale on Thursday 3 April. We're very grateful to the gurdwara committee, who have invited the children to see the darbar hall, learn about the Guru Granth Sahib, and share langar with the sangat.

Details:
- We will walk there, leaving school at 9.30 and returning at about 12.30.
- Langar will be served, so children do not need a packed lunch. Langar is always vegetarian. If your child has any allergies, please tell me by Friday 28 March so that I can speak to the sevadars in the kitchen.
- Everyone in the gurdwara covers their head, boys and girls. Please send your child with a scarf, bandana or patka. We have spare rumals for anyone who forgets.
- Shoes come off at the entrance, so clean socks please!
- Children should wear school uniform and a coat.

We would love a few parents or grandparents to walk with us. If you can help, please let the office know.

Please sign and return the permission slip (attached) by Friday 28 March.

Thank you,

""" + SIG["joshi"] + "\n"),
        attachment("Y3_gurdwara_permission_slip.pdf", "application/pdf", make_pdf([
            "Example School - Year 3 visit to the Gurdwara Sahib",
            "Thursday 3 April 2025, 9.30am - 12.30pm (walking)",
            "",
            "I give permission for my child to take part in the visit.",
            "",
            "Child's name: ______________________   Class: ______",
            "Allergies / dietary needs: _______________________________",
            "Emergency contact number: ____________________",
            "",
            "I can help walk with the group:  YES  /  NO",
            "",
            "Signed: ______________________  (parent / carer)",
            "Please return to the school office by Friday 28 March.",
        ]))]),
    note="RE trip letter to parents with PDF slip")

add("epipen_expiry", "clean", "everyday", (2025, 3, 18, 11, 8), "office", ["sam"],
    "Adrenaline pen expiry date",
    alt("epipen_expiry", """Dear Sam,

During our termly check of medicines, we noticed that one of the two adrenaline pens we hold in school for your niece expires at the end of this month (31/03/2025). Could you please bring in a replacement by Friday 28 March? You can hand it in at the office and we'll update her care plan.

We keep one pen in the nursery first aid bag and one in the office, so one always goes with her on trips and to the hall at lunchtime.

A small reminder too, with Vaisakhi and Eid coming up: please don't send sweets or food in for the class, as we have several children with nut allergies. The children will have a treat in class that we know is safe.

Many thanks,

""" + SIG["office"] + "\n"),
    note="office to carer about medicine expiry")

add("dhol_workshops", "clean", "everyday", (2025, 3, 19, 12, 55), "doyle", ["allstaff"],
    "Dhol workshops for Vaisakhi \u2013 timetable",
    alt("dhol_workshops", """Hi all,

As promised, here's the timetable for the dhol and bhangra workshops the week after next with Mr Balwinder Singh and his group (the visiting musicians who came last year). All sessions are in the hall.

Mon 31 March: 9.15 3J, 10.15 3K, 1.15 4A, 2.15 4M
Tue 1 April: 9.15 5H, 10.15 5O, 1.15 6A, 2.15 6S

A few things:
- It is LOUD. There are ear defenders in the music cupboard for any child who needs them. Kiran has given me a list of children who find loud noise difficult, and I'll have theirs ready. Those children can also sit nearer the door.
- Each class will learn a short bhangra routine to perform at the Vaisakhi assembly on Friday 4 April, so please make sure they're in PE kit or something they can move in.
- Mr Singh would like to show the children the Nishan Sahib and the khanda on the big screen, so I'll have the projector on.
- Staff are very welcome to join in. (Tom, this means you. Last year's video is still on my phone.)

Thanks,
Ciaran

""" + SIG["doyle"] + "\n"),
    note="music teacher workshop timetable")

add("parents_evening_bellend", "flag", "disguised", (2025, 3, 27, 19, 48), "hartley", ["jane"],
    "Re: Parents' evening slot",
    text_part("""<div dir="ltr">Hi Jane,<br><br>No problem at all &ndash; I&#39;ve moved you to 4.40 on Tuesday so you can come straight from the shop.<br><br>Sorry about the booking system, it&#39;s been a complete bell<span style="font-family:Arial">end</span> all week and keeps double-booking people. It p&#105;sses me off as much as it does you!<br><br>See you Tuesday, and thank you again for the jalebi at Diwali &ndash; the staffroom still talks about it.<br><br>Zo&euml;<br><br>Miss Z Hartley<br>Year 5 Teacher<br>Example School | Park Row | LS1 4AP | 01632 960000</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 27 Mar 2025 at 18:02, Jane Parent &lt;<a href="mailto:jane.parent@gmail.com">jane.parent@gmail.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="auto">Hi Miss Hartley, the system gave me 3.30 but I am at the shop until 4.15, is there any later slot? Sorry! Jane</div></blockquote></div>
""", "html", "7bit"), style="gmail", reply=True,
    note="HTML-only to parent: 'bellend' split by span tag, 'pisses' with &#105; entity")

# ---------------------------------------------------------------- April
add("clitheroe_pen_pals", "clean", "hardneg", (2025, 4, 2, 14, 40), "hartley", ["penpal"],
    "Pen pal letters from 5H \u2013 and a video call?",
    alt("clitheroe_pen_pals", """Dear Jess,

The children's replies are finally in the post - 30 letters, plus a bundle of drawings of our Diwali lights and the Vaisakhi procession.

Our children loved your letters, especially the photos of Clitheroe Castle and the one of your class in the snow on Pendle Hill - several of ours have never seen proper snow! They were fascinated that your school is in a town with a castle and a market, and lots of them wrote about their own families' journeys - from Gujarat, from Punjab, from Kenya, Uganda and Somalia - and the languages they speak at home. Amal wrote her whole first paragraph in Somali and then translated it, which I thought was lovely.

Would you be up for a video call after Easter? Tuesday or Thursday afternoons after 2pm work best for us. I thought each class could do a five-minute "tour" of their classroom, and then the children could ask their pen pals questions. Ours have already prepared "Is there a gurdwara in Clitheroe?" and "What do you eat at Christmas?", so be warned!

Have a lovely Easter break,

Zo\u00eb

""" + SIG["hartley"] + "\n", style="gmail"), style="gmail",
    note="place name Clitheroe in pen-pal mail to partner school")

add("fine_letter_bullshit", "flag", "plain", (2025, 4, 23, 16, 31), "attendance", ["ali"],
    "Re: Fine letter",
    P("""Mr Guardian,

I have now explained this to you three times: on the phone, at the gate, and in the meeting with Mrs Mistry in February. The leave was not authorised, you were told that in writing, and you took him out of school for three weeks anyway.

Telling me now that "nobody said there would be a fine" is frankly bullshit. You signed the letter that says exactly that. I have a copy in front of me.

The penalty notice comes from the local authority, not from the school and not from me. If you want to appeal it, you need to contact them, not keep emailing me.

Pauline Greaves
Attendance Officer

On Wed, 23 Apr 2025 at 14:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Mrs Greaves I got a letter from the council today saying 80 pound fine. Nobody said there would be a fine. My mother was sick. Why the school do this to my family?
""", charset="us-ascii"), style="gmail", reply=True,
    note="attendance officer to parent: 'frankly bullshit'")

add("cricket_hard_ball_box", "clean", "hardneg", (2025, 4, 28, 15, 10), "ashworth", ["ali"],
    "Y5/6 cricket \u2013 hard ball sessions at Ashby Vale CC",
    alt("cricket_hard_ball_box", """Dear Parents and Carers,

Great news - Ashby Vale Cricket Club have offered our Year 5 and 6 cricket squad six free coaching sessions with a hard ball, on Wednesdays after school from 7 May to 11 June, 3.30-4.45pm, at the club ground. It's a five-minute walk; staff will walk the children there and parents collect from the club.

Because they'll be using a proper hard cricket ball for the first time, the club's safety rules are:
- a helmet (provided by the club - they have larger sizes for boys who wear a patka or a joora);
- batting pads and gloves (provided);
- an abdominal guard, or "box", for all batters and wicketkeepers, boys and girls. The club has a few to lend, but for hygiene reasons we'd prefer children to have their own. They cost about \u00a35 from a sports shop, and girls' versions are available;
- trainers and comfortable sports clothes - cricket whites are not needed.

The coaches will start with catching and fielding drills using soft balls, and will only move on to hard balls when the children are ready.

Places are limited to 24. Please return the slip to me by Friday 2 May, and add any medical needs the coaches should know about.

Thanks,

""" + SIG["ashworth"] + "\n"),
    note="sports kit: cricket 'box', hard balls")

add("punctuality_friendly_note", "clean", "everyday", (2025, 4, 29, 10, 25), "attendance", ["jane"],
    "Punctuality \u2013 a friendly note",
    alt("punctuality_friendly_note", """Dear Jane,

I hope you're well. I'm getting in touch because our records show that your son has arrived after the gate closed (8.50am) on nine mornings since the start of the spring term, mostly on Mondays and Wednesdays.

I know mornings can be really hard to juggle, especially with the shop and the grandparents helping on different days, so please don't read this as a telling-off. Arriving late means he misses the start of phonics, which is the most important 20 minutes of the Reception day, and he sometimes finds it hard to come into a class that has already started.

A couple of things that might help:
- Our breakfast club opens at 7.45am and costs \u00a31.50 a session (free for children entitled to free school meals). He'd be very welcome.
- If Ba and Dada are doing the drop-off, the side gate on Ashby Vale is closer to their house than the main entrance.

If there's something going on that we can help with, please give me a ring on 01632 960000, or pop in to see me or Fadumo.

Kind regards,

""" + SIG["attendance"] + "\n"),
    note="attendance officer gentle punctuality letter")

# ---------------------------------------------------------------- May
add("sats_week_breakfast", "clean", "everyday", (2025, 5, 2, 14, 10), "sandhu", ["ali"],
    "Year 6 SATs week \u2013 breakfast and timings",
    P("""Dear Parents and Carers of Year 6,

SATs week is Monday 12 to Thursday 15 May. The children have worked incredibly hard all year and we are proud of every one of them.

Timetable:
Monday 12 May \u2013 English grammar, punctuation and spelling
Tuesday 13 May \u2013 English reading
Wednesday 14 May \u2013 Maths papers 1 and 2
Thursday 15 May \u2013 Maths paper 3

Breakfast: every Year 6 child is invited to a free SATs breakfast in the hall from 8.15am each day \u2013 toast, cereal, fruit and juice, and Mrs Lowe's famous parathas on Thursday. Please make sure your child arrives by 8.30 at the latest.

Absence: please do everything you can to avoid appointments that week. If your child is unwell, ring the office by 8.15am \u2013 in some cases they can sit a paper later in the same week.

Most importantly, please make sure they get a good night's sleep, and tell them we are proud of them whatever happens. These tests measure how the school is doing, not who your child is.

Thank you for your support this year,

""" + SIG["sandhu"] + "\n", cte="quoted-printable"), style="plain",
    note="SATs information letter, QP plain text")

add("y6_rshe_letter", "clean", "hardneg", (2025, 5, 6, 16, 0), "abbey", ["jane"],
    "Year 6 Relationships, Sex and Health Education \u2013 summer term",
    mixed("y6_rshe_letter", [
        alt("y6_rshe_letter", """Dear Parents and Carers,

After SATs, Year 6 will start the last part of this year's Relationships, Sex and Health Education (RSHE) programme. We know some families feel anxious about these lessons, so we want to explain exactly what we will teach and give you the chance to see the materials.

Puberty and growing up (Health Education - all children take part)
- how the body changes in puberty, for boys and for girls;
- the correct names for body parts, including penis, testicles, vagina, vulva and womb;
- periods: what happens, how to use pads, and that periods are normal and nothing to be embarrassed about;
- why boys may have erections and wet dreams, and that this is a normal part of growing up;
- body hair, sweat, spots and personal hygiene;
- feelings, friendships and where to get help.

Boys and girls will be taught some lessons together and some in separate groups. Children can put questions in an anonymous question box, and every question will be answered in a way that is right for their age.

How a baby is made (sex education - parents may withdraw)
In one lesson we will explain, simply and scientifically, how a baby is made through sexual intercourse and how a baby grows in the womb. This is the only lesson that parents can choose to withdraw their child from. If you wish to do so, please speak to me first, or come to the meeting below, and then complete the form on the attached sheet.

Parents' meeting
You can look at all of the lesson materials on Wednesday 21 May at 2.45pm in the library (before pick-up), or at 5.30pm for working parents. Mrs Dhillon, Mr Joshi and Ms Warsame will be there, so we can talk in Gujarati, Punjabi or Somali if that is easier. Grandparents are very welcome.

We have talked with families from the gurdwara, the mandir and the mosque about how we teach these topics respectfully, and we are always happy to listen.

Kind regards,

""" + SIG["abbey"] + "\n"),
        attachment("Y6_RSHE_summer_overview.pdf", "application/pdf", make_pdf([
            "Example School - Year 6 RSHE, Summer Term 2025",
            "",
            "Week 1  Growing and changing: what is puberty?",
            "Week 2  Puberty: body changes (correct names for body parts)",
            "Week 3  Periods and personal hygiene",
            "Week 4  Feelings, friendships and online relationships",
            "Week 5  How a baby is made (sex education - parents may withdraw)",
            "Week 6  Getting ready for secondary school; where to get help",
            "",
            "Request to withdraw from the sex education lesson (Week 5 only)",
            "Child's name: ____________________  Class: 6A / 6S",
            "Parent / carer signature: ____________________",
        ]))]),
    note="RSE letter naming body parts, intercourse, withdrawal right")

add("school_photographer", "clean", "everyday", (2025, 5, 13, 9, 35), "patel", ["photo"],
    "Class and sibling photos \u2013 Tuesday 10 June",
    alt("school_photographer", """Hi Hannah,

Thanks for holding Tuesday 10 June for us. Confirming the plan:

- 8.45-9.15: sibling photos in the library (families sign up; we'll send you the list the Friday before - about 60 families last year)
- 9.30-2.30: class photos, Nursery to Year 6, in the hall
- 2.45: Year 6 leavers' group on the field, weather permitting

A few requests from parents after last year:
- Cousins who live in the same house are a big thing here - lots of our children live with grandparents, aunts and uncles. Can we treat them as siblings for the sibling photos if they're in the same household? We'll check on our side.
- Please allow a minute before each class photo for children to retie headscarves and patkas - several children asked.
- The online ordering codes were printed very small last year and some grandparents couldn't read them. Bigger print would be great.

Can you confirm the commission to the school is the same as last year (15%)?

Thanks,
Rekha

""" + SIG["patel"] + "\n"),
    note="business manager to photographer")

add("cluster_football_ref", "flag", "disguised", (2025, 5, 15, 16, 55), "sandhu", ["ashworth"],
    "cluster league",
    P("""Tom,

That ref today was fu\u0441king useless. Three handballs in the box he didn't give, and then he books Jas for "dissent" when all she said was "that was a handball, sir". And those b\u0430stards from the other lot were diving all afternoon \u2013 absolute b\u03bfllocks.

Shall we email the league organiser? Politely this time \u2013 you write it, I'm too cross.

Well done to our lot though. 2\u20132 with ten players is a proper result.

G
""", cte="8bit"), style="apple",
    note="Cyrillic/Greek homoglyphs in fucking, bastards, bollocks; 8bit")

add("leaving_card_slur", "flag", "plain", (2025, 5, 21, 13, 12), "kettleborough", ["pritchard"],
    "leaving card for Bernie",
    P("""Owen, are you passing the paki shop on the corner on your way back from the
tip? Can you grab a nice card for Bernie's leaving do and a pack of balloons,
gold or silver? I'll give you the money at the end of lunch.

Sue
""", charset="us-ascii"), style="plain",
    note="casual racial slur ('paki shop') in staff errand mail")

add("y7_transition_reply", "clean", "everyday", (2025, 5, 22, 12, 20), "sandhu", ["secondary"],
    "RE: Year 7 transition \u2013 Example School pupils",
    alt("y7_transition_reply", """Hi Natasha,

Thanks for getting in touch, and lovely to hear from you again. We have 23 children coming to you in September, which I think is our biggest group yet.

Your dates are fine for us:
- Tuesday 24 June - your Head of Year 7 and learning mentor to visit our Year 6 classes, 1.30-3pm. The children will have questions ready (mostly about lunch and whether they'll get lost!).
- Thursday 3 and Friday 4 July - induction days at yours. Parents will drop them at your main entrance for 8.30 on both days.

For our SEND and vulnerable children, Kiran (SENCo) and Amina (Learning Mentor) will share information with your SENCo and DSL separately through the secure transfer, so please don't send any names back on email.

Three of our children have asked for an extra visit, as they're anxious about the move. Would a small-group visit in the week of 16 June be possible?

Best wishes,
Gurpreet

""" + SIG["sandhu"] + """

From: Natasha Greenwood <transition@example.org>
Sent: 21 May 2025 15:22
To: Gurpreet Sandhu <g.sandhu@example-school.org.uk>
Subject: Year 7 transition - Example School pupils

Dear Mr Sandhu,

Please see our proposed transition dates below and let me know if they suit. We would love to come and meet the children at your school first.

Head of Year 7 visit to primary schools: w/c 23 June
Induction days: Thursday 3 and Friday 4 July

Kind regards,
Natasha Greenwood
Transition Coordinator
"""), reply=True,
    note="deputy head to secondary school about Y7 transition")

# ---------------------------------------------------------------- June
add("phonics_screening_info", "clean", "everyday", (2025, 6, 2, 15, 15), "lad", ["jane"],
    "Year 1 phonics screening check \u2013 week of 9 June",
    alt("phonics_screening_info", """Dear Parents and Carers,

Next week, in the week beginning 9 June, all Year 1 children will take the phonics screening check. I wanted to explain what it is, so that nobody worries.

The check is a short, friendly activity. Your child will sit with me, one-to-one, in the quiet room and read 40 words aloud. Some are real words and some are "alien" words (made-up words, like "vap" or "strom") that check whether children can use their sounds to read something they have never seen before. It takes about five to ten minutes, and most children really enjoy it.

You don't need to do anything special to prepare. The best thing is to keep reading with your child every day - their reading book, a library book, signs in the shops, the back of the cereal box. Grandparents reading stories in Gujarati, Punjabi or Somali helps too: a love of stories in any language makes a big difference.

We'll let you know your child's result in their end-of-year report. Children who don't reach the expected mark get extra support and take the check again in Year 2.

If you have any questions, please catch me at the classroom door.

Best wishes,

""" + SIG["lad"] + "\n"),
    note="Y1 phonics check information letter")

add("fwd_grandmother_pickup", "clean", "everyday", (2025, 6, 3, 8, 21), "office", ["brennan"],
    "Fwd: Medicine and pick up today",
    P("""Chloe - see below from Jane Parent. She's already dropped the Calpol form at the office. Can you make sure the afternoon staff know it's Ba collecting today, not Dada? M

---------- Forwarded message ---------
From: Jane Parent <jane.parent@gmail.com>
Date: Tue, 3 Jun 2025 at 08:02
Subject: Medicine and pick up today
To: <office@example-school.org.uk>


Good morning,
He had a temperature last night but it's down this morning and he really wanted to come in for sports day practice. I have filled in the form for Calpol at lunchtime if he needs it. Also today his Ba will collect him, not Dada, as Dada has a hospital appointment. She will come with my sister-in-law Heena, who speaks English.
Thank you
Jane
""", charset="us-ascii"), style="gmail",
    note="office forwards parent message to class teacher")

add("coat_again_polite_reply", "clean", "hardneg", (2025, 6, 9, 16, 10), "abdi", ["sam"],
    "RE: coat AGAIN",
    alt("coat_again_polite_reply", """Dear Sam,

Thank you for your email, and I'm sorry this has happened again - I understand how frustrating it is, especially when it's a good coat.

I had a proper look this afternoon with the children. The coat wasn't on his peg or in the cloakroom, but Mrs Bains found it in the Year 2 lost property box next to the hall doors. It's in his bag now.

To stop this happening again:
- I'll check his peg with him at home time every day this week;
- could you write his name or initials inside the coat label? At the moment there are three identical navy coats in the class;
- I've reminded the class about hanging coats on their own pegs.

Please do come and find me at the classroom door if anything else goes missing - it's usually quicker than waiting for the office.

Kind regards,

""" + SIG["abdi"] + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 09 June 2025 08:14
To: Yusuf Abdi <y.abdi@example-school.org.uk>
Subject: coat AGAIN

This is fucking ridiculous. Third time this month he has come home without his coat and it was 35 quid from Next. Nobody watches these kids at home time, your staff are useless. I want it found today.

Sam
"""), reply=True,
    note="polite reply; swearing only in carer's quoted Outlook text (no > prefix)")

add("place_names_lesson", "clean", "hardneg", (2025, 6, 11, 16, 35), "ashworth", ["joshi", "mirza"],
    "Place names lesson - worked a treat",
    P("""Hi both,

Thought I'd share this as it went so well with 4A this morning. For the UK
geography unit I've had people sending postcards to the class since Easter
(friends, family, a couple of ex-pupils at uni) and we now have 41 on the big
map.

Today we sorted them by where the names come from. The kids cottoned on very
quickly when we got to the two that always cause giggles - Twatt in Orkney and
Shitterton in Dorset. I'd decided beforehand to meet it head on: yes, they
sound rude, no, we don't say the rude word, and here's what the names actually
mean. Twatt comes from an Old Norse word for a small clearing or piece of land,
and Shitterton from the Old English for a farm by a stream that was used as an
open drain. Once they had the history it stopped being funny surprisingly
fast.

Then they went hunting for Norse and Old English endings on the map: -by,
-thorpe, -ton, -ham, -wick. Leicester itself got a lot of interest (the
"-cester" from the Roman fort), and Pauline's sister sent one from Penistone,
which went on the Pennines pile.

Slides are in Humanities > Y4 > UK places if you want them. Might work for Y3
too with a bit of tweaking.

Tom
""", charset="us-ascii"), style="plain",
    note="place names Twatt, Shitterton, Penistone explained in staff mail")

add("moderation_bollocks", "flag", "plain", (2025, 6, 12, 17, 20), "abbey", ["sandhu"],
    "moderation today",
    alt("moderation_bollocks", """Gurpreet,

Just back from the cluster writing moderation. Honestly, it was bollocks. The LA moderator looked at Aarav's portfolio for about four minutes and said it wasn't greater depth because it "lacked a range of cohesive devices across paragraphs" - his narrative is FULL of them, I'd even highlighted them. She didn't look at the persuasive letter or the newspaper report at all.

I'm really pissed off, because I spent the whole weekend getting those portfolios in order, and now we have to resubmit evidence for him and for Hibo by Monday.

Can we talk tomorrow before briefing? I'd like you to look at Aarav's before I send anything.

Ruth
"""),
    note="'bollocks' and 'pissed off' venting to colleague, multipart")

add("nursery_30_hours_code", "clean", "everyday", (2025, 6, 16, 9, 5), "dhillon", ["jane"],
    "30 hours code for September",
    P("""Hi Jane,

Just a reminder that to keep the 30-hours place for your little one from
September, your eligibility code needs to be reconfirmed on the government
childcare account by 31 August. If the code isn't valid when the council
checks it at the start of term, we can only offer 15 hours until it's sorted.

Once you've reconfirmed, could you pop the code and your date of birth on a
slip for the office? Our new starters' stay-and-play is on Wednesday 9 July at
2pm - Ba and Dada are very welcome to come too.

Thanks,
Harpreet
""", charset="us-ascii"), style="plain",
    note="nursery funding code reminder")

add("nursery_farm_visit", "clean", "hardneg", (2025, 6, 20, 14, 30), "dhillon", ["sam"],
    "Nursery farm visit \u2013 what we saw!",
    alt("nursery_farm_visit", """Dear Nursery families,

What a morning! Thank you to all the parents and grandparents who came with us to the city farm yesterday - we couldn't have done it without you. A special thank you to the Nanis and Bas who carried the snack bags and sang Gujarati and Punjabi nursery rhymes all the way back.

Some highlights from the children:
- Feeding the goats ("they eat EVERYTHING, even my coat").
- The cockerel, who crowed very loudly right next to us and made half the class jump. The farmer explained that a male chicken is called a cock or a cockerel and a female is a hen, and the children practised their very best "cock-a-doodle-doo".
- Meeting Daisy the donkey, and learning that a baby donkey is called a foal.
- Holding a duckling, very gently, with two hands.
- Washing hands afterwards - we were so proud of how well everyone did this without being reminded.

In nursery today we have been making a big farm map and sorting the animals by what they eat. Please ask your child what they remember - there were some wonderful new words at snack time!

Photos are on Tapestry this afternoon.

With thanks,
Harpreet Dhillon and the Nursery team

""" + SIG["dhillon"] + "\n"),
    note="farm animals: cock, cockerel in nursery letter")

add("sports_day_software", "flag", "plain", (2025, 6, 24, 15, 55), "ashworth", ["okafor"],
    "sports day heats",
    P("""Dan - the new sports day spreadsheet is completely retarded. It won't let me
put the same child in two events, so all the relay teams have come out wrong
and half of 5O aren't in anything. Any chance you can look at the formulas
before tomorrow? You're the computing genius.

Also sorry for being a total spaz in the staff relay practice yesterday.
Hamstring is still killing me.

Tom
""", charset="us-ascii"), style="plain",
    note="disability slurs 'retarded' and 'spaz' in staff mail")

# ---------------------------------------------------------------- July
add("end_of_year_report", "clean", "everyday", (2025, 7, 11, 14, 50), "mirza", ["ali"],
    "End of year report \u2013 Year 4",
    mixed("end_of_year_report", [
        alt("end_of_year_report", """Dear Mr Guardian,

Please find attached your son's end of year report. A paper copy is also coming home in his book bag today.

I've really enjoyed teaching him this year. He has made great progress in his reading, especially since Easter, and he was very proud of his times tables check score (22 out of 25). His next step is writing: he has lots of good ideas, and now he needs to keep practising his handwriting and use full stops and capital letters every time.

If you'd like to talk about the report, I'm free on Tuesday 15 or Wednesday 16 July after school - just let the office know. Ms Warsame can join us if that would be helpful.

Have a wonderful summer.

Best wishes,

""" + SIG["mirza"] + "\n"),
        attachment("End_of_year_report_Y4_2025.pdf", "application/pdf", make_pdf([
            "Example School - End of Year Report 2024-25",
            "Year 4 (4M)    Class teacher: Mrs S Mirza",
            "",
            "Reading: working at the expected standard. Great progress since Easter.",
            "Writing: working towards. Next step: consistent punctuation, handwriting.",
            "Maths: working at the expected standard. Multiplication check 22/25.",
            "Science, RE, History, Geography: good effort and enthusiasm.",
            "PE: enjoys football and cricket; excellent team player.",
            "",
            "Attitude to learning: kind, helpful and curious.",
            "",
            "Headteacher's comment: A lovely year - well done! H Mistry",
        ]))]),
    note="end-of-year report to parent, PDF attached")


# ===========================================================================
# Output
# ===========================================================================

README = """# Round 49 hold-out corpus: obscene-language (blind)

**Blind test data. Never use it for tuning, writing rules, or choosing thresholds.**
It was written without reading mailguard's code, rules, tests, docs or git history,
so that it measures how the filter does on mail nobody tuned it on.

## What it is

{total} outgoing e-mail messages (`.eml`) from staff of a fictional primary school
(ages 3-11) in Leicester, where most families are of Gujarati Hindu, Punjabi Sikh and
Somali Muslim heritage. The mail follows a school year (September 2024 to July 2025):
Navratri garba night, Diwali, Vaisakhi, Ramadan and Eid, visits to the mandir and
the gurdwara, grandparents (Ba, Dada, Nani) doing pick-up, shared family phones and
e-mail, parents who run local shops.

Each message is labelled against the school policy section on obscene language: staff
must not use obscene language or swear words, nor make offensive comments on grounds
of gender, race, disability, age, religion or sexual orientation, in any electronic
communication. The label is what a safeguarding lead would decide.

- `flag`: the staff author's own words (subject, body or a text attachment) contain
  swearing or a slur.
- `clean`: everything else, including hard negatives that a naive word filter would
  get wrong.

`labels.csv` has the columns `file,expected,sender,recipients,note`. `sender` is the
envelope sender (the staff From address); `recipients` are the To and Cc addresses,
separated by single spaces. Judgement calls are marked `[unsure]` in the note.

## Counts

| group | count |
|---|---|
| flag, plain swearing or slur | {flag_plain} |
| flag, disguised or encoded | {flag_disguised} |
| **flag total** | **{flag}** |
| clean, everyday school mail | {clean_everyday} |
| clean, hard negatives | {clean_hardneg} |
| **clean total** | **{clean}** |
| **all** | **{total}** |

## Kinds of case

Flag:
- plain swearing in staff venting to colleagues (fucking, arsehole, twat, bollocks, pissed off)
- swearing to a parent (bullshit) and to a pupil (get your shit together)
- slurs: racial (paki shop), disability (retarded, spaz), homophobic (masked f@g)
- disguised: asterisk masks (f*cking, sh*t), symbol masks (f@g, sh!te), leetspeak
  (sh1t, w4nker), stretched letters (Fuuuuuuck), hyphen-spaced letters
  (b-o-l-l-o-c-k-s), Cyrillic and Greek homoglyphs, full-width letters in HTML,
  zero-width characters inside words (base64 body), a word split by an HTML tag and
  an HTML entity, a quoted-printable soft line break inside a word, swearing only in
  an RFC 2047 encoded subject, swearing only inside a base64 CSV attachment

Clean hard negatives:
- place names (Scunthorpe, Penistone, Clitheroe, Twatt, Shitterton, Sussex)
- surnames and given names (Wankhede, Cockburn, Hancock, Titmus, Cox, Dikshit, Shital,
  Dickens)
- food (spotted dick, pakoras), birds and animals (blue tits, great tits, woodpecker,
  cockerel, brood bitch), sports kit (cricket box, hard balls)
- subject vocabulary: Uranus, Shakespeare quotations (damned, hell), Tudors (Bloody
  Mary, codpiece), French (le phoque, la biche), Somali (cunto = food), RE (the Hindu
  swastik)
- RSE and PANTS letters using the correct anatomical words; SEND term spastic diplegia;
  a staff note about a book with two dads
- safeguarding and incident reports to the DSL quoting a pupil's exact words, a staff
  discussion of the behaviour policy on language, a forwarded abusive parent e-mail,
  and a polite reply where the swearing is only in the parent's quoted text

Everyday clean mail: trip letters and risk assessments, newsletters, reminders,
attendance, SEN meetings, medicines, governors' papers, meeting notes, replies to
parents and pupils, supplier and agency mail.

Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative in
Outlook and Gmail styles, HTML-only, multipart/related with an inline image,
attachments (PDF, CSV, iCalendar), Outlook "From: / Sent:" and Gmail "On ... wrote:"
quoted replies and forwards, RFC 2047 encoded subjects and display names.

## How it was made and how to regenerate

Written by hand as a deterministic generator using the Python 3.11 standard library
only (fixed dates, Message-IDs and MIME boundaries, no randomness):

    python3 tests/holdout/round49/make_round49_obscene.py

Running it again gives byte-identical files. All people, addresses and phone numbers
are fictional (Ofcom drama ranges, example.com/.org/.net); the school's own details are
Example School, Park Row, LS1 4AP, 01632 960000.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    # number the messages in date order (ties keep definition order)
    order = sorted(range(len(MESSAGES)), key=lambda i: (MESSAGES[i]["date"], i))
    rows = []
    counts = {"flag_plain": 0, "flag_disguised": 0, "clean_everyday": 0, "clean_hardneg": 0}
    names = set()
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        data, sender, rcpts = build(m)
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        assert fname not in names
        names.add(fname)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        rows.append([fname, m["label"], sender, " ".join(rcpts), m["note"]])
        key = {"plain": "flag_plain", "disguised": "flag_disguised",
               "everyday": "clean_everyday", "hardneg": "clean_hardneg"}[m["kind"]]
        assert key.startswith(m["label"]), m["slug"]
        counts[key] += 1
    # remove stale .eml files from earlier runs
    for f in os.listdir(OUT):
        if f.endswith(".eml") and f not in names:
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts["flag"] = counts["flag_plain"] + counts["flag_disguised"]
    counts["clean"] = counts["clean_everyday"] + counts["clean_hardneg"]
    counts["total"] = counts["flag"] + counts["clean"]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(**counts))
    print(counts)


if __name__ == "__main__":
    main()
