#!/usr/bin/env python3
"""Generate the round-51 blind hold-out corpus for the obscene-language module.

Setting: a tiny Church of England village primary in rural Herefordshire
(48 pupils, three mixed-age classes: Acorns R/Y1/Y2, Wrens Y3/Y4, Kestrels Y5/Y6).

Python 3.11 standard library only.  Deterministic: fixed dates, Message-IDs and
MIME boundaries, so running it twice gives byte-identical output.

    python3 tests/holdout/round51/make_round51_obscene.py

writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round51/obscene-language/.
"""

import base64
import csv
import html
import io
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "obscene-language"

SCHOOL = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
def staff(local):
    return f"{local}@{SCHOOL}"


HELEN = ("Helen Pritchard", staff("h.pritchard"))
DSL = ("Designated Safeguarding Lead", staff("dsl"))
TOM = ("Tom Bevan", staff("t.bevan"))
RACHEL = ("Rachel Powell", staff("r.powell"))
FFION = ("Ffion Jenkins", staff("f.jenkins"))
KATE = ("Kate Marsden", staff("k.marsden"))
SUE = ("Sue Gittins", staff("s.gittins"))
OFFICE = ("Example CE Primary School Office", staff("office"))
ATTEND = ("Attendance - Example CE Primary", staff("attendance"))
LINDA = ("Linda Watkins", staff("l.watkins"))
SIAN = ("Siân Prosser", staff("s.prosser"))
BETHAN = ("Bethan Davies", staff("b.davies"))
LUCY = ("Lucy Baskerville", staff("l.baskerville"))
DAVE = ("Dave Morgan", staff("d.morgan"))
JO = ("Jo Hadley", staff("kitchen"))
PAULINE = ("Pauline Hodges", staff("p.hodges"))
ANWEN = ("Anwen Price", staff("senco"))
GARETH = ("Gareth Lloyd", staff("g.lloyd"))
CLERK = ("Margaret Preece", staff("clerk"))
CLUBS = ("Carys Vaughan", staff("clubs"))

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]

HARRY = ("Harry Bowen", f"19hbowen@{PUP}")
JACK = ("Jack Thomas", f"19jthomas@{PUP}")
ISLA = ("Isla Gwilliam", f"19igwilliam@{PUP}")
ELLIS = ("Ellis Griffiths", f"19egriffiths@{PUP}")
POPPY = ("Poppy Meredith", f"20pmeredith@{PUP}")
NOAH = ("Noah Pugh", f"20npugh@{PUP}")
DAISY = ("Daisy Bufton", f"20dbufton@{PUP}")
KESTRELS = [HARRY, JACK, ISLA, ELLIS, POPPY, NOAH, DAISY]

RECTOR = ("Canon Philippa Greaves", "rector@example.org")
BRAMPTON = ("Brampton Ash CE Primary - Head", "head@example.net")
BRAMPTON_SITE = ("Mick Tranter", "site.manager@example.net")
UPPERLYE = ("Upper Lye Primary Office", "admin.upperlye@example.com")
FRIENDS = ("Friends of Wenhope School", "friends@example.org")
FARMER = ("Martin Bufton", "lowercourtfarm.wenhope@btinternet.com")

# --------------------------------------------------------------------------
# signatures (the school's own number and postcode appear in many)
# --------------------------------------------------------------------------
SIG_HELEN = """Helen Pritchard
Headteacher
Example CE Primary School
Church Lane, Wenhope, Herefordshire LS1 4AP
Tel: 01632 960000 | www.example-school.org.uk
"Let your light shine" (Matthew 5:16)"""

SIG_HELEN_SHORT = """Helen
--
Helen Pritchard | Headteacher | Example CE Primary School | 01632 960000"""

SIG_SUE = """Sue Gittins
School Business Manager
Example CE Primary School, Church Lane, Wenhope LS1 4AP
Tel: 01632 960000 (option 1 to report an absence)"""

SIG_TOM = """Mr T. Bevan
Kestrels Class (Y5/6) | PE & Maths Lead
Example CE Primary School | 01632 960000"""

SIG_RACHEL = """Rachel Powell
Acorns Class Teacher & EYFS Lead
Example CE Primary School
Church Lane, Wenhope, Herefordshire LS1 4AP
Tel: 01632 960000"""

SIG_FFION = """Miss F. Jenkins
Wrens Class (Fridays) | English & MFL Lead
Example CE Primary School - 01632 960000"""

SIG_KATE = """Kate Marsden
HLTA & Deputy Designated Safeguarding Lead
Example CE Primary School | 01632 960000"""

SIG_ANWEN = """Anwen Price
SENCo (Wednesdays), Example CE Primary School
Also at Brampton Ash CE Primary (Mon/Tue) and Upper Lye Primary (Thu)
School office: 01632 960000"""

SIG_GARETH = """Gareth Lloyd
Sports Coach (Mondays & Fridays)
Example CE Primary School, Wenhope LS1 4AP"""

SIG_BETHAN = """Mrs B. Davies
Teaching Assistant, Kestrels / Music
Example CE Primary School | 01632 960000"""

SIG_DAVE = """Dave Morgan
Site Manager & Minibus
Example CE Primary School"""

SIG_JO = """Jo Hadley
School Cook
Example CE Primary School, Wenhope"""

SIG_CLERK = """Margaret Preece
Clerk to the Governing Board
Example CE Primary School, Church Lane, Wenhope, Herefordshire LS1 4AP
01632 960000"""

SIG_CLUBS = """Carys Vaughan
Breakfast & After-School Club
Example CE Primary School | 01632 960000 (ask for the club)"""


# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def q_words(text, limit=60):
    """RFC 2047 Q-encoding, split into encoded-words without splitting a character."""
    words, cur = [], ""
    for ch in text:
        if ch == " ":
            tok = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            tok = ch
        else:
            tok = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(cur) + len(tok) > limit:
            words.append(cur)
            cur = ""
        cur += tok
    if cur:
        words.append(cur)
    return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in words).replace("\r\n", "\n")


def b_words(text, limit=30):
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode("utf-8")) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(
        "=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words
    )


def fmt_addr(p):
    name, addr = p
    if not name:
        return addr
    if not is_ascii(name):
        return f"{q_words(name)} <{addr}>"
    if any(c in name for c in ',.()"@:;<>[]'):
        return '"' + name.replace('"', '') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fold_addrs(field, people):
    out = f"{field}: "
    line_len = len(out)
    parts = [fmt_addr(p) for p in people]
    for i, part in enumerate(parts):
        piece = part + ("," if i < len(parts) - 1 else "")
        if i > 0 and line_len + 1 + len(piece) > 76:
            out += "\n "
            line_len = 1
        elif i > 0:
            out += " "
            line_len += 1
        out += piece
        line_len += len(piece)
    return out


def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= 78:
            out.append(line)
            continue
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
        if prefix:
            prefix += " "
            body = body.lstrip(" ")
        out.append(
            textwrap.fill(
                body,
                width,
                initial_indent=prefix,
                subsequent_indent=prefix,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)


def encode_body(text, cte):
    """Returns (cte header value, encoded text ending in newline)."""
    if not text.endswith("\n"):
        text += "\n"
    if cte == "auto":
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    if cte == "7bit":
        assert is_ascii(text), text[:80]
        return "7bit", text
    if cte == "8bit":
        return "8bit", text
    if cte == "quoted-printable":
        enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        if not enc.endswith("\n"):
            enc += "\n"
        return "quoted-printable", enc
    if cte == "base64":
        return "base64", base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def text_to_html(text, style="outlook"):
    """Turn a plain-text body into the sort of HTML Outlook or Gmail would send."""
    blocks = []
    quote = []
    para = []

    def flush_para():
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(l, quote=False) for l in quote)
            blocks.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                + inner
                + "</blockquote>"
            )
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip(">").lstrip(" "))
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    inner = "\n".join(blocks)
    if style == "gmail":
        return (
            '<div dir="ltr">'
            + inner.replace("<p>", '<div>').replace("</p>", "<br></div>")
            + "</div>\n"
        )
    return (
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>p{margin:0 0 8pt 0}</style>\n</head>\n"
        '<body lang="EN-GB">\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">\n'
        + inner
        + "\n</div>\n</body>\n</html>\n"
    )


def make_pdf(lines):
    """A tiny but valid one-page PDF (Helvetica text)."""

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def leaf_text(subtype, text, cte):
    cte_name, enc = encode_body(text, cte)
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"\n'
        f"Content-Transfer-Encoding: {cte_name}\n\n" + enc
    )


def leaf_raw_qp(subtype, raw):
    if not raw.endswith("\n"):
        raw += "\n"
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n" + raw
    )


def leaf_attachment(filename, data, ctype):
    if isinstance(data, str):
        data = data.encode("utf-8")
    enc = base64.encodebytes(data).decode("ascii")
    charset = '; charset="utf-8"' if ctype.startswith("text/") else ""
    return (
        f'Content-Type: {ctype}{charset}; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n" + enc
    )


def multipart(subtype, boundary, parts, preamble=True):
    head = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    body = "This is a multi-part message in MIME format.\n\n" if preamble else ""
    for p in parts:
        body += f"--{boundary}\n{p}"
        if not p.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{boundary}--\n"
    return head + body


# --------------------------------------------------------------------------
# message registry
# --------------------------------------------------------------------------
MESSAGES = []


def dt(y, m, d, hh, mm, ss=0):
    naive = datetime(y, m, d, hh, mm, ss)
    bst = datetime(2025, 10, 26, 1) > naive or naive >= datetime(2026, 3, 29, 1)
    tz = timezone(timedelta(hours=1 if bst else 0))
    return datetime(y, m, d, hh, mm, ss, tzinfo=tz)


def add(expected, slug, frm, to, subject, date, body=None, *, cc=(), fmt="plain", cte="auto",
        html_body=None, html_style="outlook", html_cte="auto", attachments=(), subject_enc=None,
        raw_qp=None, note="", wrap=None, mailer=None, reply_to_id=None):
    MESSAGES.append(dict(
        expected=expected, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
        date=date, body=body, fmt=fmt, cte=cte, html_body=html_body, html_style=html_style,
        html_cte=html_cte, attachments=list(attachments), subject_enc=subject_enc,
        raw_qp=raw_qp, note=note, wrap=wrap, mailer=mailer, reply_to_id=reply_to_id,
    ))


def render(n, m):
    date = m["date"]
    msgid = f"<{date:%Y%m%d%H%M%S}.r51o{n:03d}.{m['frm'][1].split('@')[0].replace('.', '')}@mail.{SCHOOL}>"
    lines = [f"From: {fmt_addr(m['frm'])}", fold_addrs("To", m["to"])]
    if m["cc"]:
        lines.append(fold_addrs("Cc", m["cc"]))
    subj = m["subject"]
    if m["subject_enc"] == "B":
        lines.append("Subject: " + b_words(subj))
    elif m["subject_enc"] == "Q" or not is_ascii(subj):
        lines.append("Subject: " + q_words(subj))
    else:
        lines.append("Subject: " + subj)
    lines.append("Date: " + format_datetime(date))
    lines.append("Message-ID: " + msgid)
    if m["reply_to_id"]:
        lines.append("In-Reply-To: " + m["reply_to_id"])
        lines.append("References: " + m["reply_to_id"])
    if m["mailer"]:
        lines.append(m["mailer"])
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"

    body = m["body"]
    wrap = m["wrap"]
    if body is not None:
        if wrap is None:
            wrap = m["cte"] in ("7bit", "8bit") or (m["cte"] == "auto" and is_ascii(body))
        plain = wrap_text(body) if wrap else body
    else:
        plain = None

    b = f"r51obs{n:03d}"
    if m["raw_qp"] is not None:
        textpart = leaf_raw_qp("plain", m["raw_qp"])
    elif m["fmt"] == "html":
        textpart = None
    else:
        textpart = leaf_text("plain", plain, m["cte"])

    if m["fmt"] in ("alt", "html"):
        h = m["html_body"] if m["html_body"] is not None else text_to_html(body, m["html_style"])
        htmlpart = leaf_text("html", h, m["html_cte"])
    if m["fmt"] == "alt":
        content = multipart("alternative", f"----=_Part_{b}_alt", [textpart, htmlpart], preamble=False)
    elif m["fmt"] == "html":
        content = htmlpart
    else:
        content = textpart

    if m["attachments"]:
        parts = [content] + [leaf_attachment(*a) for a in m["attachments"]]
        content = multipart("mixed", f"----=_Part_{b}_mix", parts)
    raw = head + content
    assert "\r" not in raw
    return raw.replace("\n", "\r\n").encode("utf-8"), msgid


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ==========================================================================
# THE MESSAGES
# ==========================================================================

# 001 ----------------------------------------------------------------------
NEWSLETTER_TXT = """Dear families,

What a lovely start to the term it has been. The new Acorns have settled in beautifully - I watched six of them walk down to church on Wednesday holding hands in a perfect line, which is more than I can say for the Kestrels.

HARVEST FESTIVAL
Our Harvest service will be in St Michael's on Thursday 2 October at 10am, led by Canon Philippa. Everyone is welcome. Please send in tins, packets or toiletries by Wednesday; this year everything is going to the foodbank in Leominster. If you have surplus apples, squashes or potatoes from the garden or the farm, we would love them for the display (Mr Morgan will collect anything too heavy to carry - just ring the office).

OPEN THE BOOK
The Open the Book team are back on Monday mornings from next week. Thank you to Mrs Jones and her team, who have now been coming to us for eleven years.

FRIENDS OF WENHOPE SCHOOL
The Friends' AGM is on Tuesday 7 October at 7pm in the school hall (not the Plough this year, sorry). New faces are very welcome - you don't have to commit to anything except a cup of tea and a biscuit. The Friends raised £2,140 at the summer fete, which is paying for the new outdoor reading shelter.

MINIBUS
The minibus is with Brampton Ash on Tuesdays and Upper Lye on Thursdays this term, so Wrens' swimming moves to Friday mornings from 10 October. Letters went home in book bags.

LOST PROPERTY
There are currently nine unnamed green jumpers in the lost property box. Please, please name everything!

DATES FOR YOUR DIARY
Thu 2 Oct - Harvest Festival, St Michael's, 10am
Tue 7 Oct - Friends AGM, 7pm
Wed 15 Oct - Flu vaccinations (Reception to Year 6)
Thu 23 Oct - Parents' evening, 3.30-6.30pm
Fri 24 Oct - Break up for half term

With best wishes,

""" + SIG_HELEN

NEWSLETTER_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" align="center"><tr><td>
<h1 style="color:#2f5d3a;font-size:24px">Wenhope Weekly</h1>
<p style="color:#777">Friday 26 September 2025</p>
<p>Dear families,</p>
<p>What a lovely start to the term it has been. The new Acorns have settled in beautifully &ndash; I watched six of them walk down to church on Wednesday holding hands in a perfect line, which is more than I can say for the Kestrels.</p>
<h2 style="color:#2f5d3a;font-size:17px">Harvest Festival</h2>
<p>Our Harvest service will be in St Michael&#39;s on <b>Thursday 2 October at 10am</b>, led by Canon Philippa. Everyone is welcome. Please send in tins, packets or toiletries by Wednesday; this year everything is going to the foodbank in Leominster. If you have surplus apples, squashes or potatoes from the garden or the farm, we would love them for the display (Mr Morgan will collect anything too heavy to carry &ndash; just ring the office).</p>
<h2 style="color:#2f5d3a;font-size:17px">Open the Book</h2>
<p>The Open the Book team are back on Monday mornings from next week. Thank you to Mrs Jones and her team, who have now been coming to us for eleven years.</p>
<h2 style="color:#2f5d3a;font-size:17px">Friends of Wenhope School</h2>
<p>The Friends&#39; AGM is on <b>Tuesday 7 October at 7pm</b> in the school hall (not the Plough this year, sorry). New faces are very welcome &ndash; you don&#39;t have to commit to anything except a cup of tea and a biscuit. The Friends raised &pound;2,140 at the summer fete, which is paying for the new outdoor reading shelter.</p>
<h2 style="color:#2f5d3a;font-size:17px">Minibus</h2>
<p>The minibus is with Brampton Ash on Tuesdays and Upper Lye on Thursdays this term, so Wrens&#39; swimming moves to Friday mornings from 10 October. Letters went home in book bags.</p>
<h2 style="color:#2f5d3a;font-size:17px">Lost property</h2>
<p>There are currently nine unnamed green jumpers in the lost property box. Please, please name everything!</p>
<h2 style="color:#2f5d3a;font-size:17px">Dates for your diary</h2>
<ul>
<li>Thu 2 Oct &ndash; Harvest Festival, St Michael&#39;s, 10am</li>
<li>Tue 7 Oct &ndash; Friends AGM, 7pm</li>
<li>Wed 15 Oct &ndash; Flu vaccinations (Reception to Year 6)</li>
<li>Thu 23 Oct &ndash; Parents&#39; evening, 3.30&ndash;6.30pm</li>
<li>Fri 24 Oct &ndash; Break up for half term</li>
</ul>
<p>With best wishes,</p>
<p><b>Helen Pritchard</b><br>Headteacher<br>Example CE Primary School<br>Church Lane, Wenhope, Herefordshire LS1 4AP<br>Tel: 01632 960000 | www.example-school.org.uk<br><i>&quot;Let your light shine&quot; (Matthew 5:16)</i></p>
</td></tr></table>
</body>
</html>"""

add("clean", "wenhope_weekly_harvest", HELEN, PARENTS, "Wenhope Weekly – Friday 26 September",
    dt(2025, 9, 26, 15, 41), NEWSLETTER_TXT, fmt="alt", html_body=NEWSLETTER_HTML,
    note="weekly newsletter: harvest, Friends AGM, minibus; alt, QP, RFC2047 subject")

# 002 FLAG ---------------------------------------------------------------
add("flag", "minibus_clutch", TOM, [DAVE], "Minibus - again", dt(2025, 10, 14, 17, 48), """Dave,

Minibus died on the way back from swimming. Got as far as the top of Crossway bank and the clutch just went, pedal straight to the floor. Had to get Ffion to come out in her car and ferry them back in two lots, which took the best part of an hour, and we had Kestrels sitting on the verge in their wet hair singing Queen. Parents were not impressed, as you can imagine.

I think the clutch is properly fucked this time, not just the usual grinding. It's in the layby by the cattle grid, locked, and the keys are in my tray in the staffroom.

Can you ring the garage first thing? And can someone tell the Brampton Ash lot they won't be getting it on Tuesday.

Cheers,
Tom""", cte="8bit", note="staff venting about minibus, 'fucked' plain; text/plain 8bit")

# 003 ------------------------------------------------------------------
add("clean", "minibus_late_reply_outlook_quote", HELEN, [ALI], "RE: minibus tonight",
    dt(2025, 10, 15, 7, 56), """Dear Mr Guardian,

Thank you for your email last night, and I am very sorry. You are quite right that someone should have rung you, and that is on us, not on Mr Bevan, who was dealing with eleven children at the side of the road.

What happened: the minibus clutch failed on the hill above Crossway on the way back from the pool. The children were never left alone, they had their coats on, and Miss Jenkins came out in her own car so that they could be brought back in two groups. I have spoken to the office this morning and in future, if the minibus is going to be more than fifteen minutes late, we will text all the parents on the trip straight away.

The minibus is at the garage today. Swimming will go ahead next week using the Brampton Ash bus, which they have kindly offered.

I'd be very happy to talk about it in person if you'd like - I'm on the gate most mornings, or ring the office on 01632 960000.

With apologies again,

""" + SIG_HELEN + """

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 14 October 2025 21:14
To: Office <office@example-school.org.uk>
Subject: minibus tonight

I want to know why my son was sat in a layby on the Crossway road for nearly an hour tonight in wet swimming clothes and nobody from school thought to phone us. We were stood at the gate at 4pm like idiots. It's a fucking joke. If the bus is that knackered it shouldn't be on the road with kids in it.

Ali Guardian""", fmt="alt", mailer="X-Mailer: Microsoft Outlook 16.0",
    note="polite reply; swearing only in parent's quoted Outlook block")

# 004 ------------------------------------------------------------------
add("clean", "attendance_leave_request_reply", ATTEND, [SAM], "Re: Leave request – 17 to 19 November",
    dt(2025, 10, 8, 11, 22), """Dear Sam,

Thank you for filling in the leave of absence form and for letting us know in such good time.

Mrs Pritchard has looked at the request for 17-19 November. I'm afraid she isn't able to authorise it, as leave in term time can only be granted in exceptional circumstances, and a family wedding abroad - however lovely - doesn't come under that. I know that's disappointing, and she did ask me to say that she appreciates you asking rather than just ringing in on the day.

If you do still decide to go, the three days will be recorded as unauthorised absence. A penalty notice is only considered once there have been ten unauthorised sessions (five school days) in a ten-week period, so this on its own would not normally lead to one, but I do have to let you know that it will be on the record.

If you'd like to talk it through, please give me a ring on 01632 960000.

Kind regards,

""" + SIG_SUE + """

On Mon, 6 Oct 2025 at 20:03, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Sue, form attached as promised. My sister is getting married in Spain on the 18th and the whole family is going. We'd leave Monday morning and be back Wednesday night so he would be in on the Thursday. He'll take his reading book. Thanks, Sam""",
    note="attendance reply to carer, term-time leave refused; RFC2047 subject, quoted reply")

# 005 FLAG ---------------------------------------------------------------
add("flag", "payroll_phone_call", SUE, [HELEN], "Payroll phone call", dt(2025, 11, 4, 10, 37), """Helen,

Just a heads up before you come over from the house. That man from the council payroll team rang AGAIN about Linda's hours - the third time this week - and he still hasn't read the contract variation I sent him on 12 September. Spoke to me like I was a child and then put the phone down on me mid-sentence. Honestly, the arrogant bastard. I'm not ringing him back today, I'll be civil tomorrow.

He wants you to sign the form again (the SAME form!!) so I've left it on your desk under the dinner register.

Sue""", cte="base64", note="office manager venting about payroll officer, 'bastard'; base64 body")

# 006 ------------------------------------------------------------------
add("clean", "kestrels_maths_homework", TOM, KESTRELS, "Homework this week", dt(2025, 11, 10, 15, 52), """Hi Kestrels,

This week's maths is up on Google Classroom: fractions of amounts (the pizza ones we started today). Year 5 do sheet A, Year 6 do sheet B. If you finish, have a go at the challenge about Mr Bufton's sheep - it's harder than it looks.

Spelling test on Friday: words ending in -cious and -tious (delicious, suspicious, ambitious, cautious, etc). The full list is in your reading records.

Don't forget swimming kit on Friday, and Year 6 - your Bikeability forms need to be back by Wednesday or you can't take part.

Mr Bevan""", note="homework reminder to Y5/6 pupils")

# 007 FLAG ---------------------------------------------------------------
add("flag", "siams_inspector_reply", LINDA, [BETHAN], "Re: SIAMS day", dt(2025, 11, 20, 16, 12), """Bethan, thanks for doing gate duty for me, I owe you.

Did you hear him in the feedback though? "I would have liked to see more evidence of spirituality in the outdoor provision." What a pompous twat. The children sang their hearts out in worship and Acorns made him a prayer stone. Helen looked like she wanted the floor to swallow her.

Let's take her some cake tomorrow. I'll do a lemon drizzle if you bring the flask.

L x

On Thu, 20 Nov 2025 at 15:40, Bethan Davies <b.davies@example-school.org.uk> wrote:
> How did the rest of it go? I was stuck in the hall with the Y6 groups all afternoon. Has he gone?
> B""", fmt="alt", html_style="gmail", note="TA venting to TA about SIAMS inspector, 'twat'; alt")

# 008 ------------------------------------------------------------------
add("clean", "wrens_lost_coat", SIAN, [SAM], "Coat", dt(2025, 11, 25, 15, 34), """Hi Sam,

Just to let you know we found the navy coat with the fox on the zip in the Wrens' cloakroom after you'd gone - it had slipped down behind the wellies. It's on the peg by the office door now, so you can pick it up at any point tomorrow.

Thanks,
Siân Prosser
TA, Wrens Class""", note="short TA note to parent about a lost coat; encoded From name")

# 009 ------------------------------------------------------------------
add("clean", "support_plan_review_notes", ANWEN, [HELEN, RACHEL], "Support plan review - R.H. (Acorns) - notes",
    dt(2025, 11, 19, 16, 5), """Hi both,

Notes from this afternoon's review for R.H. (Y1). Mum was there for the whole meeting and the speech and language therapist joined on Teams for the first twenty minutes.

What's going well
- Much more settled at drop-off since the visual timetable went up on the Acorns door. Mum says mornings at home are calmer too.
- Now joining in with phonics in the small group with Linda for the full 20 minutes, most days.
- Beginning to use "my turn / your turn" in play with one or two friends.

What we're still working on
- Expressive language: still mostly 2-3 word phrases. SaLT has given new targets (attached in the plan) around using "and" to join ideas.
- Transitions out of the outdoor area are still hard, especially on Forest School days. Agreed to try a sand timer and a two-minute warning from an adult, not just the bell.
- Fine motor: pencil grip. OT referral has gone in; waiting time is about 18 weeks.

Actions
- Rachel/Linda: sand timer and "now/next" card for outdoor transitions, from Monday.
- Me: update the plan and send a copy home by Friday.
- Me: speak to the cluster ed psych about whether R.H. should be on the list for the spring term visit.
- Helen: check whether we can use some of the notional SEN budget for a second set of Talk Boost sessions.

Next review: week beginning 2 March, same time if that suits everyone.

Anwen

""" + SIG_ANWEN, fmt="alt", note="SENCo meeting notes to staff (initials only)")

# 010 FLAG ---------------------------------------------------------------
add("flag", "fly_tipping_site_log_attachment", DAVE, [HELEN], "Site log w/c 10 Nov", dt(2025, 11, 14, 14, 20), """Hi Helen,

Weekly site log attached. Main thing is the fly-tipping by the field gate again, I've reported it. Oil was delivered Thursday so we're fine till after Christmas.

Dave

""" + SIG_DAVE, attachments=[("site_log_wc_10_11_25.txt", """SITE LOG  w/c 10/11/2025  (D. Morgan)

Mon  Gritted top path and steps to church. Salt bin half full - need another 10 bags before Jan.
Tue  Some wanker has dumped a mattress, two tyres and a load of plasterboard by the field gate on Chapel Lane again. Third time since half term. Photos on the shared drive. Reported on the council fly-tipping line, ref FT-20951.
Wed  Boiler pressure low again (0.6), topped up to 1.2. Engineer booked 2 Dec.
Thu  Heating oil delivered - 2000 L. Gauge reads just over 3/4.
Fri  Gutters over Acorns cleared of leaves. Minibus tyre pressures checked, log filled in.
""", "text/plain")], note="caretaker; swearing ('wanker') only in .txt site-log attachment")

# 011 ------------------------------------------------------------------
add("clean", "rector_autumn_worship_rota", HELEN, [RECTOR], "Collective worship in church - autumn rota",
    dt(2025, 9, 10, 20, 14), """Dear Philippa,

Thank you so much for Sunday - it was lovely to see so many of our families at the back-to-school service, and the children loved being asked to bring their book bags up to be blessed.

Here are the dates we'd like to bring the whole school over to St Michael's this term. All at 10am unless I've said otherwise, and I'll walk them over as usual:

Thu 2 Oct - Harvest Festival (Kestrels reading the Harvest prayers)
Tue 11 Nov - Remembrance, 10.50 for the two minutes' silence at the war memorial, then back into church
Wed 3 Dec - Advent service
Thu 11 Dec - Christingle (4pm, families invited - the Friends will do mince pies afterwards)
Thu 18 Dec - Nativity (Acorns and Wrens), 2pm

Could you let me know if any of those clash with a funeral or anything else in the benefice? I know November can be difficult.

Also, the Open the Book team have asked whether they could use the vestry to store their costumes in the week. I said I'd ask you.

With thanks and best wishes,

""" + SIG_HELEN, note="head to rector: church worship dates")

# 012 FLAG ---------------------------------------------------------------
add("flag", "bus_stop_cut_to_parent", TOM, [ALI], "Re: school bus from Upper Lye lane", dt(2025, 11, 27, 21, 3), """Hi Ali,

Thanks for this. Helen's seen your email too and she's writing to the county transport team about it properly, so you'll get an official reply from her.

Between you and me, it's bollocks. They've cut the stop at the top of your lane to save about four minutes on the route, and now you've got a nine-year-old walking half a mile along the B road with no pavement in the dark. Anyone from the transport team should come and try it at ten to eight on a January morning.

Anyway, the proper line will come from the office. See you at nets on Sunday.

Tom

> Tom - is there anything the school can do about the bus? The letter says from January the stop at Lye Cross is going and he'd have to walk down to the Wenhope turn. There's no verge for most of it. Ali""",
    note="teacher to parent (cricket friend) - 'bollocks' about council decision; plain")

# 013 ------------------------------------------------------------------
add("clean", "cook_nut_allergy", JO, [OFFICE], "New starter - nut allergy", dt(2025, 9, 4, 9, 12), """Morning Sue,

Can you let me have a copy of the care plan for the new little one in Acorns with the nut allergy as soon as it comes in? I want it on the kitchen wall before she has her first dinner on Monday.

I've checked the autumn menu and the only thing that needs changing is the carrot cake on week 3 (the topping has walnuts). I'll do the jam sponge that week instead. Everything else is fine and the flapjack we make ourselves has no nuts.

Also - is she having the free dinners or bringing a packed lunch? Mum said different things to me and Rachel.

Jo

""" + SIG_JO, note="cook to office about allergy care plan")

# 014 FLAG ---------------------------------------------------------------
add("flag", "shit_hot_to_pupil", TOM, [HARRY], "Your river report", dt(2025, 12, 2, 19, 45), """Harry,

Just read your report on the flooding at the ford - that was shit hot, honestly. Your diagram of the meander is better than the one in our textbook, and I loved the bit where you interviewed your grandad about the 2007 floods.

Can you bring it in on a memory stick tomorrow so I can print it for the corridor display?

Mr Bevan""", note="teacher praises pupil with 'shit hot'; to pupil")

# 015 ------------------------------------------------------------------
add("clean", "residential_cockermouth", TOM, [ALI], "Kestrels residential - May 2026", dt(2025, 11, 6, 16, 30), """Dear parents and carers,

I'm delighted to confirm that this year's Year 5/6 residential will be from Wednesday 13 to Friday 15 May 2026 at Derwent Beck outdoor centre, just outside Cockermouth in the Lake District. We'll be travelling together with Year 5/6 from Brampton Ash, which the children always enjoy, by coach from the school gate.

Activities include ghyll scrambling, canoeing on the lake, orienteering, a night walk and (weather permitting) a climb up one of the smaller fells. The centre is used to children who have never been away from home before, and staff sleep on the same corridor as the children.

The total cost is £238. The Friends have very generously agreed to contribute £40 per child again this year, so the amount to pay is £198, which can be spread over monthly instalments until April. Please speak to me or Mrs Gittins in confidence if cost is a worry - no child will miss out.

Attached are the consent form and a kit list. Please return the consent form by Friday 21 November with a £30 deposit.

There will be an information evening on Tuesday 10 March at 6pm, where you can see photos of the centre and ask all the questions.

Kind regards,

""" + SIG_TOM, fmt="alt", attachments=[
    ("Residential_2026_consent_and_kit_list.pdf", make_pdf([
        "Example CE Primary School - Year 5/6 Residential 2026",
        "Derwent Beck Outdoor Centre, near Cockermouth, Cumbria",
        "Wednesday 13 May - Friday 15 May 2026",
        "",
        "KIT LIST: waterproof coat and trousers, old trainers (will get wet),",
        "walking boots or strong shoes, 2 warm jumpers, sleeping bag, pillowcase,",
        "torch, water bottle, towel, wash bag, named medicines in a clear bag.",
        "",
        "CONSENT: I give permission for my child to attend ........................",
        "Signed ....................................  Date ..................",
    ]), "application/pdf")],
    note="residential letter with PDF; hard-neg place name Cockermouth")

# 016 FLAG ---------------------------------------------------------------
add("flag", "gypsy_slur_common", PAULINE, [HELEN], "Common", dt(2025, 9, 16, 13, 25), """Helen,

Just to let you know the pikeys are back on the common by the chapel, three caravans and a horsebox since Sunday night. Can you make sure Dave locks the shed and the minibus tonight? Last time they were here the strimmer walked.

I've told the dinner ladies to keep the children off the bottom field at lunch till they've moved on.

Pauline""", cc=[DAVE], note="midday supervisor uses ethnic slur 'pikeys' about Travellers")

# 017 ------------------------------------------------------------------
add("clean", "governors_agenda", CLERK, [("Roger Tanner (Chair)", "chair.governors@example.org"), HELEN,
    ("Revd Canon Philippa Greaves", "rector@example.org"), ("Jenny Hamer", "jhamer.governor@example.org"),
    ("Owen Pugh", "owen.pugh.wenhope@outlook.com"), KATE],
    "Full Governing Board - Tuesday 25 November, 6.30pm", dt(2025, 11, 17, 12, 10), """Dear Governors,

Please find attached the agenda for the Full Governing Board meeting on Tuesday 25 November at 6.30pm in the school hall. Papers are on GovernorHub in the usual folder.

Items to note:
- The Headteacher's report includes the SIAMS inspection outcome (item 5).
- Item 7 is the proposal from the Friends to fund the outdoor reading shelter; the quote is in the papers.
- Item 9 is the annual review of the minibus sharing agreement with Brampton Ash and Upper Lye. Please read the draft before the meeting if you can, as there are a couple of changes to the maintenance costs.

Apologies so far: Mr Pugh (lambing sheds, he says - early this year!).

Tea and cake from 6.15pm.

Kind regards,

""" + SIG_CLERK, attachments=[("FGB_agenda_25_11_2025.pdf", make_pdf([
        "Example CE Primary School - Full Governing Board",
        "Tuesday 25 November 2025, 6.30pm, School Hall",
        "",
        "1. Opening prayer",
        "2. Apologies and declarations of interest",
        "3. Minutes of the last meeting and matters arising",
        "4. Chair's actions",
        "5. Headteacher's report (incl. SIAMS outcome)",
        "6. Budget monitoring - period 6",
        "7. Friends of Wenhope School - outdoor reading shelter",
        "8. Policies: Behaviour, Charging and Remissions",
        "9. Minibus sharing agreement - annual review",
        "10. Any other business. Closing prayer",
    ]), "application/pdf")], note="clerk to governors: agenda with PDF")

# 018 FLAG ---------------------------------------------------------------
add("flag", "curate_homophobic_slur", FFION, [LUCY], "Carol service readings", dt(2025, 12, 1, 12, 48), """Lucy,

Can you get the Y4s to practise their readings in the hall tomorrow afternoon while I've got the Y3s for spellings? They're on the sheet on my desk, one reading each, and Poppy's brother is doing the first one.

The new curate is coming in on Thursday to hear them. Apparently he's a right poof, so expect a lot of opinions about the flowers and the candles lol.

Ta,
F""", note="teacher to TA, homophobic slur 'poof' about curate")

# 019 ------------------------------------------------------------------
add("clean", "forest_school_wellies", RACHEL, [JANE], "Forest School on Tuesdays", dt(2025, 9, 12, 15, 20), """Dear Mrs Parent,

Thank you for asking about Forest School. Acorns go out every Tuesday afternoon, whatever the weather (unless there is a high wind warning, in which case we stay in the school garden instead). The top field and the copse get very muddy from about October onwards, so the most important things are:

- wellies, named inside (we can keep them in school on the welly rack)
- waterproof trousers and coat - all-in-one suits are brilliant if you have one, but not essential
- a warm hat and gloves from half term

We do have a small stock of spare waterproofs, so please don't go out and buy anything new if it's a problem - just pop a note in her book bag.

She had a lovely first session this week and spent most of it building a "hotel for worms" with two of the Year 2s.

Best wishes,

""" + SIG_RACHEL, fmt="alt", html_style="gmail", note="class teacher to parent: Forest School kit")

# 020 FLAG ---------------------------------------------------------------
add("flag", "ehcp_panel_disability_slur", ANWEN, [KATE], "EHC needs assessment - refused again", dt(2026, 1, 21, 17, 2), """Kate,

They've turned down the EHC needs assessment for J. again. Third time. The letter says he is "making progress within the resources ordinarily available", which he is, because we're spending about £9,000 a year we haven't got on one-to-one support for him.

They clearly didn't read the ed psych report. It's a bunch of retards running that panel, honestly. I'll ring mum tomorrow and then I'm going to help her lodge an appeal - can you dig out the behaviour logs from autumn for me?

Anwen

""" + SIG_ANWEN, fmt="alt", note="SENCo venting, disability slur 'retards' about LA panel")

# 021 ------------------------------------------------------------------
add("clean", "minibus_spring_rota", HELEN, [BRAMPTON, UPPERLYE], "Shared minibus - spring term rota and MOT",
    dt(2025, 12, 9, 9, 40), """Dear both,

Here's the proposed minibus rota for the spring term. I've kept to the same pattern as autumn as everyone seemed happy with it:

Monday - Wenhope (Forest School / cluster sport)
Tuesday - Brampton Ash (swimming)
Wednesday - Wenhope (am), Upper Lye (pm)
Thursday - Upper Lye (swimming)
Friday - Wenhope (Wrens swimming)

A few other things:

1. The MOT is due on 14 January. Dave will take it in the first week back, so the bus won't be available on Monday 12th.
2. After the clutch in October (thank you again for the loan, Brampton Ash), the garage have recommended we budget for new rear tyres before Easter. I'll bring a quote to the heads' meeting.
3. Could you both send me the names of your drivers who have renewed their MiDAS training this year? I need to update the insurance list by the end of term.
4. Please fill in the mileage log and the defects sheet every time. We had a couple of trips last term with no entries at all.

Let me know if the rota causes any problems.

Best wishes,

""" + SIG_HELEN, fmt="alt", note="head to partner schools: shared minibus rota")

# 022 FLAG ---------------------------------------------------------------
add("flag", "friends_fete_clash_rfc2047", RACHEL, [FFION], "Pissed off with the Friends – again",
    dt(2026, 2, 3, 20, 31), """Ffion,

Sorry to moan at you at this time of night but I am so cross. The Friends have booked the bouncy castle and the ice cream van for Saturday 20 June, which is the day of the cluster sports at Upper Lye, which has been in the calendar since September. Then their chair told me on the playground that it's "up to school to move the sports".

I'm not going to say anything to anyone tonight because I'll say something I regret. Can we talk tomorrow before Helen gets in?

R""", subject_enc="B", note="staff venting, 'pissed off' only in RFC2047 base64-encoded subject [unsure: mild]")

# 023 ------------------------------------------------------------------
add("clean", "reading_record_reply", FFION, [SAM], "Re: reading record", dt(2025, 10, 3, 16, 2), """Hi Sam,

Not a silly question at all! In Wrens we ask for reading at home at least four times a week, and it's fine for it to be any book - his school book, a comic, the Farmers Weekly, a recipe. Just jot down what he read and a quick comment (or even just a tick) in the record and we'll count it.

He's moving on to the purple band books next week because he flew through the last assessment.

Thanks,
Ffion Jenkins

""" + SIG_FFION + """

On Thu, 2 Oct 2025 at 21:47, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Miss Jenkins, probably a silly question but does it have to be the school book he reads for the reading record or can it be anything? He's mad on the tractor books at the moment and won't read anything else. Thanks Sam""",
    note="teacher replies to parent about reading record, quoted")

# 024 FLAG ---------------------------------------------------------------
add("flag", "printer_asterisk_subject", FFION, [OFFICE], "F*cking printer", dt(2025, 10, 10, 8, 21), """Sue, the printer in the workroom is jammed AGAIN and now it's flashing E-204 at me. I need 14 copies of the times tables test for 9 o'clock. Is yours working? Can I send it to you?

Sorry for the subject line, it's been a morning.
F""", note="asterisk-masked 'f*cking' in subject")

# 025 ------------------------------------------------------------------
add("clean", "staff_report_deadlines", HELEN, [TOM, RACHEL, FFION, KATE, LINDA, BETHAN, SIAN],
    "Reports and parents' evening", dt(2026, 1, 28, 18, 20), """Hi all,

A quick one about the spring reports and parents' evening so that nobody is writing them at midnight the night before (I'm looking at myself here).

- Spring reports are the short version this term: attainment grid plus one paragraph on "what's going well and what's next". No more than 120 words per child please.
- First drafts in the shared folder by Friday 6 March. I'll read them all over that weekend.
- TAs: if you work with a group for phonics, reading or interventions, could you add two or three lines in the comments box for the class teacher to use? Linda and Siân have done this brilliantly before.
- Parents' evening is Wednesday 18 and Thursday 19 March, 3.30-6.30pm. Sue will send the booking link out on 2 March. Ten-minute slots, with the usual five-minute gap every half hour for tea.

Rachel - I know Acorns parents sometimes prefer to come in the mornings because of milking. Feel free to offer a couple of 8.15 slots.

Thank you, as ever.

""" + SIG_HELEN_SHORT, note="head to staff about reports and parents' evening")

# 026 FLAG ---------------------------------------------------------------
add("flag", "tapestry_sh_bang_t", RACHEL, [LINDA], "Tapestry", dt(2026, 3, 10, 7, 52), """Linda, sh!t - I've just realised I never uploaded the Forest School observations to Tapestry for the Reception ones and parents' evening is next week.

Could you put the photos from the iPad up this morning while I do register? The iPad is in the Acorns cupboard behind the paint pots, and the pictures are all from the 24th.

I owe you a coffee. Or three.
R""", note="'sh!t' symbol mask, teacher to TA")

# 027 ------------------------------------------------------------------
add("clean", "breakfast_club_changes", CLUBS, PARENTS, "Breakfast club and after-school club from January",
    dt(2025, 12, 12, 14, 0), """Dear parents and carers,

From Monday 5 January there are two small changes to the clubs:

Breakfast club will open at 7.45am instead of 7.50am, to help those of you with a longer drive into Hereford. Doors are at the side of the hall, not the main gate. The price stays at £3.50 a session, including toast, cereal and fruit. Hot chocolate on Fridays!

After-school club on Wednesdays will finish at 5.30pm instead of 5.45pm, because we share the hall with the Young Farmers' bingo from six.

Please book through the usual online system by the Thursday of the week before. If you need a place at short notice because of calving, lambing, the weather or anything else, just ring me on the school number and I'll always do my best.

Thank you,

""" + SIG_CLUBS, fmt="html", note="club changes to parents, HTML-only")

# 028 FLAG ---------------------------------------------------------------
add("flag", "tag_rugby_leet", GARETH, [TOM], "Tag rugby festival", dt(2026, 1, 30, 15, 45), """Tom,

Lost 3-2 in the final at the cluster festival. The ref gave them a try at the end that was a forward pass by about two metres - b0ll0cks, honestly, and the kids were gutted. They didn't moan though and shook hands with everyone, which I was proud of.

Evie got player of the tournament. Kit bag and the cones are in the minibus, I'll sort the bibs on Monday.

G""", note="sports coach, leetspeak 'b0ll0cks'")

# 029 ------------------------------------------------------------------
add("clean", "oil_boiler_septic", DAVE, [HELEN], "Boiler, oil and the septic tank", dt(2025, 12, 3, 7, 30), """Morning Helen,

Boiler engineer came yesterday. He's replaced the pressure relief valve and says it should stop losing pressure now. He's coming back in the summer holidays for the annual service as usual. Invoice to Sue.

Oil - we've used about a third since the delivery on the 13th, which is about normal for this time of year with the hall heating on for the Friends' Christmas craft evening. I'll check again before we break up.

Septic tank - due to be emptied. The tanker can come on Tuesday 16th at 8am but they'll need the top gate open and the cars out of the bottom of the car park. Can you put something in the newsletter asking parents not to park there that morning?

Also the cattle grid by the field gate is full of leaves again. I'll do it Friday.

Dave

""" + SIG_DAVE, cte="8bit", note="caretaker admin: boiler, heating oil, septic tank")

# 030 FLAG ---------------------------------------------------------------
add("flag", "locked_out_repeated_letters", LUCY, [SIAN], "locked out", dt(2025, 11, 7, 8, 3), """Ffffuuuuuck. Just realised the key to the Wrens cupboard is in my coat, which is in my car, which is at the garage in Kington.

Is there a spare? The reading books for group 2 are all in there.

L x""", note="apprentice TA, repeated letters 'Ffffuuuuuck'")

# 031 ------------------------------------------------------------------
add("clean", "photographer_booking", SUE, [("Lens & Light School Photography", "bookings@example.com")],
    "Booking - school photos, Example CE Primary (Wenhope)", dt(2025, 9, 9, 11, 15), """Good morning,

I'd like to book our individual and sibling photographs for this autumn, please. We're a small school - 48 pupils in three classes - so it is normally done in a morning.

Our preferred dates would be Tuesday 30 September or Wednesday 1 October. We'd like:
- individual portraits for all pupils
- sibling groups (about 11 families) from 8.30am, for families who'd like to bring younger brothers and sisters who aren't at school yet
- a whole-school group photo on the field, weather permitting, in front of the church wall like last year

The hall will be free from 8am. Parking is limited, so please come to the top gate on Church Lane and Mr Morgan will let you in.

Could you send the order cards by the end of that week so they can go home in book bags?

Kind regards,

""" + SIG_SUE, fmt="alt", note="office booking school photographer")

# 032 FLAG ---------------------------------------------------------------
add("flag", "minibus_handover_dotted", DAVE, [TOM], "Minibus handover", dt(2026, 1, 22, 16, 40), """Tom,

Brampton Ash brought the bus back at 3.10 with a quarter of a tank, mud all over the floor and a crisp packet in every seat pocket. Didn't fill in the log or the defects sheet either. Their driver is a total w.a.n.k.e.r, just threw me the keys and drove off in his own car.

I've put a note on their page of the rota and told Helen. Bus is fine otherwise, you're OK for tomorrow.

Dave""", note="caretaker; dotted 'w.a.n.k.e.r'")

# 033 ------------------------------------------------------------------
add("clean", "broadband_down_ticket", SUE, [("Marches Schools IT Helpdesk", "helpdesk@example.net")],
    "Broadband down - Example CE Primary, Wenhope", dt(2026, 1, 13, 9, 4), """Hello,

Our broadband went down at about 8.20 this morning and hasn't come back. All three lights on the router are orange and the backup 4G dongle isn't picking up a signal (it never does when it's foggy down here).

We've tried turning the router off and on again. The phones are fine because they're on the old line.

It's quite urgent as we can't take the register online, the cook can't see the dinner numbers and one class is supposed to be doing a times tables test on the laptops this afternoon.

Our site reference is WEN-0413. I'm in the office until 4pm on 01632 960000.

Many thanks,

""" + SIG_SUE, cte="base64", note="IT helpdesk ticket; base64 body")

# 034 FLAG ---------------------------------------------------------------
add("flag", "lane_blocked_cyrillic", SUE, [JANE], "Re: lane blocked this morning", dt(2025, 10, 1, 10, 5), """Hi Jane,

Thanks for letting us know, and I'm sorry you were late for work. We had three families late because of it.

The contractor with the silage trailer parked right across the bottom gate while he went into the farm for his bacon roll, the b\u0430st\u0430rd. Helen's had a word with Martin at Lower Court and he's promised it won't happen again - he was quite embarrassed.

See you at the AGM next week?

Sue

On Wed, 1 Oct 2025, 08:54 Jane Parent, <jane.parent@gmail.com> wrote:
> Morning Sue, just to say we couldn't get down Church Lane this morning because of a tractor and trailer parked across the lane by the school gate, so she'll be marked late. Not her fault! Jane""",
    cte="8bit", note="office manager to parent, Cyrillic-homoglyph 'bаstаrd'")

# 035 ------------------------------------------------------------------
add("clean", "pe_kit_earrings", OFFICE, PARENTS, "PE days this term", dt(2026, 1, 6, 12, 30), """Dear parents and carers,

A quick reminder of PE days for the spring term:

Acorns - Monday and Thursday
Wrens - Monday and Friday (swimming on Friday)
Kestrels - Monday and Wednesday

Children can come to school in their PE kit on those days. Please make sure they have a warm tracksuit or joggers, as Mr Lloyd takes them outside whenever he can.

Earrings: please take them out at home on PE days. Staff aren't allowed to remove them or tape them. If your child has just had their ears pierced, please let the office know and we'll sort out a plan.

Many thanks,

School Office
Example CE Primary School | 01632 960000 | office@example-school.org.uk""", fmt="html",
    note="office PE-days reminder, HTML-only")

# 036 FLAG ---------------------------------------------------------------
add("flag", "sports_day_fullwidth", TOM, [GARETH], "Cluster sports day heats", dt(2026, 3, 12, 12, 55), f"""Gareth,

Owen from Upper Lye rang to say they can't bring their lot to the cluster sports after all because their head has "changed priorities". So that's 12 fewer children and the relay heats are now a mess, three weeks before the day.

What a {fullwidth("bellend")}.

Can you redo the heats on Monday? I'll do the certificates.

Tom""", fmt="alt", note="teacher to coach, full-width letters '{0}'".format(fullwidth("bellend")))

# 037 ------------------------------------------------------------------
add("clean", "open_farm_sunday_forward", HELEN, [TOM, RACHEL, FFION, KATE],
    "Fwd: Open Farm Sunday - schools invitation", dt(2026, 3, 2, 18, 5), """Hi all - thought you'd like to see this. It would work really well for Acorns' "growing" topic and the Kestrels' food chains. Martin says we could walk there. Shall we talk about it on Tuesday?

H

---------- Forwarded message ---------
From: Martin Bufton <lowercourtfarm.wenhope@btinternet.com>
Date: Mon, 2 Mar 2026 at 17:22
Subject: Open Farm Sunday - schools invitation
To: Helen Pritchard <h.pritchard@example-school.org.uk>

Hi Helen,

As you know we're doing Open Farm Sunday again on 7 June, and this year the organisers are encouraging farms to do a schools day in the week before. We could have the school on Thursday 4 June: the children could see the dairy, the calves and the maize being drilled (if the weather has been kind), and Sarah would do the bread-making in the barn like last year.

We'd need to know numbers by the middle of May. No charge.

Best wishes,
Martin
Lower Court Farm""", fmt="alt", html_style="gmail", note="head forwards farm visit invitation to staff")

# 038 FLAG ---------------------------------------------------------------
add("flag", "field_gate_zero_width", DAVE, [BRAMPTON_SITE], "Field gate", dt(2026, 2, 9, 7, 42), """Mick,

Some c\u200bunt reversed into our field gate on Saturday night and just drove off. The post has snapped clean off at the bottom and the gate's hanging by one hinge. Police have given us a crime number but that won't get me a gate.

Have you still got that spare 12ft galvanised one from when you did your car park? I'll swap you a bag of salt and a pint at the Plough.

Dave

""" + SIG_DAVE, fmt="alt", note="caretaker to another school's site manager, zero-width-split 'cunt'")

# 039 ------------------------------------------------------------------
add("clean", "thank_you_lambing_visit", RACHEL, [FARMER], "Thank you from Acorns!", dt(2026, 3, 6, 16, 15), """Dear Martin and Sarah,

Thank you so much for having Acorns at the farm yesterday. The children haven't stopped talking about it. Several of them told their parents at pick-up that they had "helped a lamb be born", which I think was stretching it a bit, but they were completely entranced watching the ewe in the pen.

We've started writing thank-you cards and the Year 2s are writing a recount of the day, so you'll get a big envelope of them next week. One of them has already drawn a very detailed picture of the quad bike.

Thank you too for the hand-washing station in the yard, and for letting us eat our sandwiches in the barn out of the rain.

Best wishes,
Rachel

""" + SIG_RACHEL, fmt="alt", note="class teacher thanks farmer for lambing visit")

# 040 FLAG ---------------------------------------------------------------
CHAIR_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Helen,</p>
<p>I know he&#39;s chair of governors and I know he means well, but walking into Acorns in the middle of phonics to &quot;observe&quot; without telling Rachel, and then saying in front of Linda that the room was &quot;a bit chaotic&quot; &ndash; he was being a complete ar<span style="color:#000000">se</span>hole.</p>
<p>Rachel was in tears in the staffroom at lunch. She had eighteen four- to seven-year-olds, one adult, and a child who&#39;d been sick on the carpet. Honestly, it was sh&#105;t of him.</p>
<p>Can you have a word before his next visit? I&#39;m happy to be there if you want.</p>
<p>Kate</p>
<p style="color:#555;font-size:9pt">Kate Marsden<br>HLTA &amp; Deputy Designated Safeguarding Lead<br>Example CE Primary School | 01632 960000</p>
</div>
</body>
</html>"""
add("flag", "chair_of_governors_html_split", KATE, [HELEN], "Governor visit this morning", dt(2026, 2, 11, 13, 10),
    None, fmt="html", html_body=CHAIR_HTML,
    note="HTML-only; 'arsehole' split by span tag, 'shit' with &#105; entity")

# 041 ------------------------------------------------------------------
add("clean", "snow_closure_procedure", HELEN, PARENTS, "Snow and ice - how we'll let you know", dt(2026, 1, 8, 16, 45), """Dear families,

With snow forecast for the weekend, here's a reminder of how we decide whether school is open and how you'll hear about it.

I live next door, so I'll be on the site from about 6.30am and Mr Morgan will be in to grit the paths. I'll check with the staff who drive in from Kington, Leominster and over the hill, and with the county transport team about the school bus. We will always try to stay open.

If we have to close, or open late, you'll hear by 7.30am at the latest by:
- a text message from the school office
- a banner on the school website
- the county school closures page and local radio

Please don't ring the school number that morning, as it stops us getting through to staff.

If the lane is passable but your own road isn't, please don't take risks - just let the office know by text, and we'll treat the absence as authorised.

Children should come in wellies, with school shoes in a bag. Sledging on the top field is only allowed with an adult and not before 9am!

Keep warm,

""" + SIG_HELEN, fmt="alt", note="head's snow closure procedure to parents")

# 042 FLAG ---------------------------------------------------------------
FISH_QP = """Sue,

Can you change Friday on the menu please? The fuck=
ing wholesaler has sent 5kg of frozen peas, two boxes of custard powder and =
no fish. Again. That's three weeks running, and when I rang them the girl =
said the order "didn't come through", which it did, because I've got the =
email.

So it's sausage and mash on Friday instead of fish fingers. Could you put =
it on the website and let the two families who don't eat meat know? I'll do=
 them a cheese and onion pie.

Jo

Jo Hadley
School Cook
Example CE Primary School, Wenhope
"""
add("flag", "wholesaler_qp_soft_break", JO, [SUE], "Friday menu", dt(2026, 2, 25, 10, 48), None,
    raw_qp=FISH_QP, note="cook venting; 'fucking' split by a QP soft line break")

# 043 ------------------------------------------------------------------
add("clean", "nativity_costumes", BETHAN, [JANE, SAM], "Nativity costumes 🐑", dt(2025, 11, 24, 15, 30), """Dear Acorns and Wrens families,

The nativity is on Thursday 18 December at 2pm in St Michael's, and the children have been practising hard. Your child's part is written on the slip in their book bag today.

Costumes - please, nothing that needs buying!
- Shepherds: dressing gown, tea towel and a headband (a pair of tights works)
- Sheep: white or cream top and leggings; we'll make the ears in school
- Angels: white T-shirt or nightie; tinsel provided
- Kings: anything bright; Mrs Powell has a box of crowns
- Innkeepers, Mary and Joseph: we have costumes in school

Please send costumes in a named carrier bag by Monday 8 December. Anything we borrow from school will be washed and come back, we promise.

There's no charge for tickets, but the Friends will be collecting for the church roof fund at the door.

Thank you,

""" + SIG_BETHAN, fmt="alt", subject_enc="B", note="nativity costume letter, emoji in RFC2047 subject")

# 044 ------------------------------------------------------------------
add("clean", "medication_form_outlook_reply", SUE, [SAM], "RE: inhaler", dt(2026, 2, 2, 9, 10), """Hi Sam,

No problem at all. I've attached the form. If you could fill it in and bring it in with the new inhaler and spacer (in the original box with the pharmacy label on), we'll keep it in the Wrens first aid bag and a spare in the office. The bag goes with him on the minibus and to swimming.

Kind regards,

""" + SIG_SUE + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 01 February 2026 19:52
To: Office <office@example-school.org.uk>
Subject: inhaler

Hi, the asthma nurse has changed his inhaler to a different one so I need to fill in a new form. Can you send it? I'll bring the new one in on Monday. Thanks Sam""",
    attachments=[("Medicine_administration_consent.pdf", make_pdf([
        "Example CE Primary School - Parental consent for administration of medicine",
        "Child's name: ....................................  Class: ..........",
        "Medicine: ........................................  Dose: ...........",
        "Time(s): ........................  Storage: .........................",
        "I give consent for school staff to administer the medicine above.",
        "Signed: ..................................  Date: ..................",
    ]), "application/pdf")], mailer="X-Mailer: Microsoft Outlook 16.0",
    note="office to carer, medicine form, Outlook-style quote")

# 045 ------------------------------------------------------------------
add("clean", "music_hub_ukulele", BETHAN, [("County Music Hub - Lessons", "lessons@example.org")],
    "Whole-class ukulele - Wrens, spring term", dt(2025, 11, 12, 13, 40), """Hello,

I'm the music lead (and a TA!) at Example CE Primary in Wenhope. We'd love to take up the whole-class ukulele offer for our Year 3/4 class for the spring term. There are 14 children in the class, and we have 10 ukuleles of our own, some of which need new strings.

Could you let me know:
- which day your tutor could come (Wednesdays or Thursdays are best for us)
- whether you can lend us four more instruments
- the cost after the hub subsidy

We would also love the children to perform at the summer fete in June if they are ready!

Many thanks,
Bethan Davies

""" + SIG_BETHAN, note="TA/music lead to music hub")

# 046 ------------------------------------------------------------------
add("clean", "pupil_story_feedback", FFION, [DAISY], "Your barn owl story", dt(2025, 11, 14, 15, 50), """Daisy,

I've just finished reading your story for the Young Writers competition, and I had to tell you how much I loved it. The opening, with the owl "ghosting" along the hedge at dusk, gave me goosebumps, and the ending made me a bit teary.

Two small things before you send it in: check the speech punctuation on page 2 (the inverted commas go outside the comma), and have a think about the title. "The Owl" is fine, but you could do something more mysterious!

Hand it in to me by Wednesday and I'll post it off.

Miss Jenkins""", fmt="alt", html_style="gmail", note="teacher feedback to pupil on story")

# 047 ------------------------------------------------------------------
add("clean", "water_bottle_pupil", TOM, [NOAH], "Water bottle", dt(2025, 12, 4, 16, 2), """Noah - you left your water bottle and your reading book on the minibus. They're on my desk.

Mr B""", note="two-line note to pupil")

# 048 ------------------------------------------------------------------
add("clean", "christmas_lunch_jumper_day", OFFICE, PARENTS, "Christmas lunch and Christmas jumper day",
    dt(2025, 11, 28, 12, 15), """Dear parents and carers,

Christmas lunch will be on Wednesday 10 December. Mrs Hadley is making roast turkey (or a vegetarian roast), with all the trimmings, followed by Christmas pudding or chocolate crispy cake. It's free for all infant pupils and those who get free school meals, and £2.60 for everyone else - please book and pay online by Friday 5 December.

The same day is Christmas jumper day. Children can wear a Christmas jumper (or anything festive and warm) with their school uniform, and we are asking for a £1 donation for Save the Children.

Staff will be serving the lunch in the hall with crackers, and the Kestrels are doing the table decorations.

Many thanks,

School Office
Example CE Primary School
Church Lane, Wenhope, Herefordshire LS1 4AP | 01632 960000""", fmt="alt",
    note="office to parents: Christmas lunch and jumper day")

# 049 ------------------------------------------------------------------
add("clean", "staff_meeting_notes", HELEN, [TOM, RACHEL, FFION, KATE, LINDA, BETHAN, SIAN, LUCY, SUE],
    "Staff meeting notes - Tue 4 Nov", dt(2025, 11, 4, 17, 55), """Hi everyone, notes from tonight below. Thank you for staying late.

1. SIAMS
Inspection window opens now; likely before Christmas. Kate and I will put together the self-evaluation summary this week. The main thing we want them to see is our vision in action, so please don't create anything new; just make sure your worship and reflection areas are up to date.

2. Maths
Tom fed back on the mixed-age planning. Wrens and Kestrels are now on the new two-year cycle. Please add anything that isn't working to the shared doc by half term.

3. Safeguarding
Reminder to log every concern on CPOMS, however small, the same day. Kate showed us the new body map feature.

4. Christmas
Nativity 18 Dec (2pm), Christingle 11 Dec (4pm), Christmas lunch 10 Dec. Bethan is coordinating costumes. The Friends are doing the raffle.

5. Site
Dave asks that nobody parks at the bottom of the car park on 16 Dec (septic tank). Gritting starts when the temperature is below 2 degrees.

6. AOB
Lucy has passed her Level 2 maths - well done!

Next meeting Tuesday 18 November, 3.30pm.

H""", note="head's staff meeting notes")

# 050 ------------------------------------------------------------------
add("clean", "safeguarding_training_update", KATE, [HELEN], "KCSIE read-and-sign / SCR update", dt(2025, 9, 19, 15, 10), """Hi Helen,

Update on the September safeguarding admin:

- KCSIE Part 1 read-and-sign: everyone has done it except Gareth (he's only in Mondays and Fridays - I'll catch him on Monday) and the two new midday supervisors, who are doing it on Tuesday.
- Level 1 refresher training: booked for the INSET day on 3 November, 9-11am, with the LA trainer. I've asked Jo and Carys to come too.
- Single central record: updated with Lucy's DBS and the new midday supervisors. The volunteer DBS for the Open the Book team are all still in date; two run out next summer.
- Our DSL and deputy DSL training is due for renewal in the spring. I'll look for dates.

Kate

""" + SIG_KATE, note="deputy DSL safeguarding admin update")

# 051 ------------------------------------------------------------------
add("clean", "cross_country_titley", GARETH, PARENTS, "Cluster cross-country - Titley, Friday 17 October",
    dt(2025, 10, 7, 14, 25), """Dear parents and carers,

The cluster cross-country is on Friday 17 October, hosted this year by the school at Titley, just past Kington. All children in Years 3 to 6 are welcome to run. Younger children run about 800m and Years 5 and 6 about 1.2km, on a course around the field behind the church.

We'll travel on the minibus, leaving at 12.45pm, and be back by 3.15pm. Children will need:
- trainers (the course can be very muddy) or football boots
- PE kit, a warm top and a waterproof
- a bottle of water

Parents are very welcome to come and cheer. The school has asked that spectators park in the village hall car park, not on the verges.

If your child doesn't want to run, that's absolutely fine - just let me or the class teacher know by Monday.

Thanks,
Gareth

""" + SIG_GARETH, fmt="alt", note="sports coach letter; hard-neg place name Titley")

# 052 ------------------------------------------------------------------
add("clean", "orkney_geography_twatt", TOM, KESTRELS, "Geography - Orkney map task", dt(2026, 2, 23, 15, 40), """Hi Kestrels,

For this week's geography homework, use the map of Orkney on Google Classroom (or the atlas page in your home learning pack) and find these places. Give each one a grid reference and write one fact about it:

1. Kirkwall
2. Stromness
3. Skara Brae
4. Scapa Flow
5. Twatt (yes, it's a real village, in the west of Mainland - no sniggering please)
6. the Ring of Brodgar
7. the Old Man of Hoy

Then write a short paragraph comparing Orkney with Wenhope. Think about farming, the weather, how children get to school and what jobs people do. Isla - you said your auntie has been - maybe she could tell you about it?

Due next Monday.

Mr Bevan""", note="homework to pupils; hard-neg place name Twatt")

# 053 ------------------------------------------------------------------
add("clean", "penistone_pen_pals", FFION, [("Jo Haigh", "j.haigh@example.org")], "Pen pal letters from Wenhope",
    dt(2026, 1, 16, 16, 30), """Hi Jo,

The Wrens' letters went in the post this afternoon - fourteen of them, plus a couple of extra drawings from children who couldn't stop. They were so excited to be writing to a class in Penistone. I had to explain that Penistone is a town in South Yorkshire and not a very long way from the sea, as Jack had decided.

They've all written about life on a farm or in the village, so your children might get more information about sheep than they bargained for.

Is it still the plan for your class to write back before Easter? And would you like to do a video call in the summer term? Our broadband is a bit temperamental but we'll give it a go.

Best wishes,
Ffion

""" + SIG_FFION, fmt="alt", html_style="gmail", note="pen-pal class link; hard-neg place name Penistone")

# 054 ------------------------------------------------------------------
add("clean", "furniture_scunthorpe_clitheroe", SUE, [HELEN], "Furniture deliveries", dt(2026, 2, 4, 11, 50), """Helen,

Delivery dates for the furniture, so you can warn the staff:

- New tables and chairs for Acorns are coming from the supplier's warehouse in Scunthorpe on Thursday 12 February, between 8am and 12. The driver will need to use the top gate because of the size of the lorry. Dave will be around to help carry.
- The outdoor benches for the reading shelter are coming from the firm in Clitheroe the following week - they'll ring the day before.

The old Acorns tables: Brampton Ash would like two of them, and the Friends want the rest for the fete. I said yes to both.

Sue""", note="office; hard-neg place names Scunthorpe, Clitheroe")

# 055 ------------------------------------------------------------------
add("clean", "half_term_shitterton", RACHEL, [LINDA], "Half term", dt(2026, 2, 12, 16, 10), """Linda,

We're off to Dorset first thing Saturday. The cottage is in Shitterton, just outside Bere Regis. Yes, really. Apparently the village sign is now a lump of Purbeck stone because people kept stealing the old one, so I've promised the boys a photo next to it.

Could you pop in on Wednesday and water the sunflowers and the cress? Dave has the key for the Acorns door.

Have a lovely break,
Rachel""", cte="8bit", note="staff half-term chat; hard-neg place name Shitterton")

# 056 ------------------------------------------------------------------
add("clean", "anglo_saxons_offas_dyke", TOM, [ALI], "Kestrels topic - Anglo-Saxons and a walk on Offa's Dyke",
    dt(2026, 1, 9, 15, 20), """Dear parents and carers,

This term Kestrels' topic is "Anglo-Saxons and Vikings". We'll be looking at how England was divided into kingdoms - Wessex, Sussex, Essex, Middlesex, East Anglia, Mercia, Northumbria and Kent - and why so many place names around here end in -ton, -ley and -bury. We live in what was Mercia, which is why Offa's Dyke runs only a few miles to the west of us.

On Thursday 5 February (weather permitting) we'll take the minibus to a stretch of the Dyke near Kington and walk about two miles along it. The children will need walking boots or wellies, a waterproof, a packed lunch and a drink. School dinners can provide a packed lunch if you order it by the Monday before.

If anyone has a metal detector, old coins, or a family connection to local archaeology, we'd love a visitor!

Kind regards,

""" + SIG_TOM, fmt="alt", note="history topic letter; hard-neg Sussex/Essex/Middlesex")

# 057 ------------------------------------------------------------------
add("clean", "supply_cover_cockburn", OFFICE, [SAM], "Wrens class - Friday 6 March", dt(2026, 3, 3, 13, 5), """Dear Wrens parents and carers,

Miss Jenkins is on a course on Friday 6 March, so the class will be taught by Mrs Cockburn, who many of you will know from her time at Brampton Ash. Mrs Siân Prosser will be in class as usual.

Swimming will go ahead as normal, so please remember kits.

Many thanks,
School Office
Example CE Primary School | 01632 960000""", note="supply cover notice; hard-neg surname Cockburn")

# 058 ------------------------------------------------------------------
add("clean", "cricket_coach_wankhede", GARETH, [HELEN], "Chance to Shine cricket - summer term", dt(2026, 3, 9, 12, 30), """Hi Helen,

Good news - we've been given a block of six Chance to Shine cricket sessions in the summer term, free of charge. The coach will be Vikram Wankhede from the county cricket board, who did the sessions at Upper Lye last year and was brilliant with the little ones.

He can do Monday afternoons from 20 April, so it would fit with my day. He'd like to do Acorns for 40 minutes then Wrens/Kestrels together. He'll bring the kit, but we'll need the hall if it rains.

Can you OK it and I'll send the booking form back? He'll need to show his DBS to Sue on the first day.

Gareth""", fmt="alt", note="cricket coaching; hard-neg surname Wankhede")

# 059 ------------------------------------------------------------------
add("clean", "christmas_carol_hancock", BETHAN, [ALI], "Kestrels' Christmas production - A Christmas Carol",
    dt(2025, 11, 18, 15, 45), """Dear Kestrels families,

This year Kestrels are performing a shortened version of Charles Dickens' A Christmas Carol in St Michael's Church on Tuesday 16 December at 6pm. Every child has a part, and we're very proud of the Scrooge we've found!

Scripts went home today. Please help your child learn their lines, especially the ones with longer speeches (the Ghosts!). We'll be rehearsing in church on Mondays and Wednesdays.

Costumes: Victorian style if possible - waistcoats, long skirts, shawls, flat caps. Charity shops are great for this, but please don't spend money; we have lots in school.

One piece of good news: Mr Hancock, who tunes the church piano, is coming in on 9 December, so this year the carols won't sound quite so "ghostly".

Thank you,

""" + SIG_BETHAN, fmt="alt", note="production letter; hard-neg surnames Dickens, Hancock")

# 060 ------------------------------------------------------------------
add("clean", "menu_faggots_spotted_dick", JO, [SUE], "Menu week 2 - changes", dt(2026, 1, 15, 9, 30), """Morning Sue,

A couple of changes to week 2 of the spring menu before it goes on the website please:

Monday - Herefordshire faggots (from Bufton's in Leominster), mash, peas and onion gravy. Veggie option is a cheese and potato pie.
Tuesday - as printed.
Wednesday - roast chicken instead of the pork, as the butcher can't do pork that week.
Thursday - pudding changed to spotted dick and custard (the children voted for it in the school council survey).
Friday - fish fingers, chips and beans as always.

Also, can you tell Rachel that I need the Acorns numbers for the faggot day by Friday? Last time half of them wanted it and I ran out.

Jo

""" + SIG_JO, note="cook's menu; hard-neg foods faggots, spotted dick")

# 061 ------------------------------------------------------------------
BIRD_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Acorns families,</p>
<p>Thank you for sending in all the bird food for our <b>Big Schools&#39; Birdwatch</b> this week. The children sat very quietly (for nearly a whole hour!) at the windows and on the bench by the hedge. Our results are below, and the full tally is attached if you&#39;d like to look at it with your child.</p>
<ul>
<li>14 blue tits</li>
<li>6 great tits</li>
<li>a family of long-tailed tits on the feeder by the gate</li>
<li>9 house sparrows and 4 chaffinches</li>
<li>2 robins (who did not like each other)</li>
<li>a cock pheasant that walked right across the field</li>
<li>a buzzard circling over the church tower</li>
</ul>
<p>Mr Morgan is also convinced that he saw a woodcock under the hedge, but as none of us saw it, it&#39;s going down as &quot;unconfirmed&quot;.</p>
<p>Next week we&#39;ll be making our own bird feeders from pine cones, lard and seed. Please let us know if your child has any allergies to seeds.</p>
<p>Best wishes,<br>Rachel Powell<br>Acorns Class Teacher &amp; EYFS Lead<br>Example CE Primary School<br>Church Lane, Wenhope, Herefordshire LS1 4AP<br>Tel: 01632 960000</p>
</body>
</html>"""
add("clean", "birdwatch_results_csv", RACHEL, [JANE], "Our Big Schools' Birdwatch results", dt(2026, 1, 23, 15, 25),
    None, fmt="html", html_body=BIRD_HTML,
    attachments=[("acorns_birdwatch_tally.csv", """species,count,where
blue tit,14,feeders
great tit,6,feeders
long-tailed tit,5,feeder by gate
house sparrow,9,hedge
chaffinch,4,field
robin,2,bench
blackbird,3,field
cock pheasant,1,field
buzzard,1,over church
woodcock,1,hedge (unconfirmed)
""", "text/csv")], note="HTML-only birdwatch letter with CSV; hard-neg tits, cock pheasant, woodcock")

# 062 ------------------------------------------------------------------
add("clean", "farm_visit_risk_assessment", RACHEL, [HELEN], "Risk assessment - Lower Court Farm visit (Acorns)",
    dt(2026, 2, 26, 17, 10), """Hi Helen,

Risk assessment for next Thursday's visit to Lower Court Farm is attached; the main points are here so you don't have to open it on your phone:

- Hand-washing: soap and warm water in the yard (Martin is setting up the station again), plus wipes on the minibus. No eating until hands have been washed, and lunch is in the clean barn.
- Lambing: pregnant staff or helpers must not go into the lambing shed (toxoplasma and chlamydia risk from ewes). Martin has asked us to stay at the pen gates.
- Animals: Martin's sheepdog bitch has just had a litter of pups in the old stable, so that stable is out of bounds - she's very protective. The cockerel can go for small children, so he'll be shut in. The tups are in the far field and won't be anywhere near us.
- Machinery: the yard will be clear and the quad bike parked up. Adults to hold hands with children crossing the yard.
- Ratio: 1 adult to 3 children. I have four parent helpers plus me, Linda and Siân.

Could you sign it off by Monday?

Rachel

""" + SIG_RACHEL, fmt="alt", attachments=[("RA_Lower_Court_Farm_Acorns.pdf", make_pdf([
        "Example CE Primary School - Educational Visit Risk Assessment",
        "Visit: Lower Court Farm, Wenhope (Acorns, R/Y1/Y2). Date: Thu 5 March 2026",
        "Hazard: zoonotic infection (E. coli, toxoplasma). Control: hand washing, no eating in yard.",
        "Hazard: lambing shed. Control: no pregnant staff/helpers; stay at pen gates.",
        "Hazard: dog with pups. Control: stable out of bounds.",
        "Hazard: farm vehicles. Control: yard cleared, children hold hands.",
        "Ratio 1:3. Leader: R. Powell. Approved by: ..................",
    ]), "application/pdf")], note="farm risk assessment; hard-neg 'bitch' (dog), cockerel, tups")

# 063 ------------------------------------------------------------------
add("clean", "palm_sunday_donkey", HELEN, [RECTOR], "Palm Sunday - the donkey!", dt(2026, 3, 17, 19, 30), """Dear Philippa,

Great news: Martin's daughter has said we can borrow Jess, their donkey, for the Palm Sunday procession on the 29th. She'll walk her down from the farm at about 10.15, and the children will meet them at the lychgate with their palm crosses.

For the reading, the Kestrels would like to do the Zechariah passage as well as the gospel. We've been using the King James version in class for the children to compare, and they love "lowly, and riding upon an ass, and upon a colt the foal of an ass" - they think it is hilarious, but it has certainly stuck in their heads! Would you mind if they read that one from the King James, and then you read Mark 11 from the usual version?

Also, can Jess come into the churchyard, or should she stay on the lane? Last time a goat ate the flower arrangements, so I thought I'd check.

With best wishes,

Helen""", fmt="alt", note="head to rector: Palm Sunday donkey, KJV 'ass'")

# 064 ------------------------------------------------------------------
add("clean", "pe_equipment_order", GARETH, [SUE], "PE equipment order", dt(2026, 3, 13, 14, 10), """Hi Sue,

Here's the list for the PE order out of the sports premium money - I've checked the prices in the catalogue and it comes to just under £600.

- 12 x size 4 rugby balls
- 2 x junior tackle bags
- 1 x ball pump and a pack of spare needles (the last ones all went missing)
- 6 x size 4 netballs
- 2 x Kwik Cricket sets (the old ones are held together with tape)
- 4 x junior cricket boxes and 4 pairs of junior pads for the hardball taster sessions in the summer
- 30 x bibs in 3 colours
- 1 x set of tag belts (20)

Could it go through before the end of March? The cricket stuff especially, as the coach starts after Easter.

Thanks,
Gareth""", note="PE order; hard-neg balls, cricket boxes, tackle")

# 065 ------------------------------------------------------------------
add("clean", "space_topic_uranus", TOM, KESTRELS, "Science - Earth and Space project", dt(2026, 3, 2, 15, 35), """Hi Kestrels,

As promised, here are the project groups for Earth and Space. Each group is researching one planet and making a fact file and a model for the hall display.

Mercury and Venus - Harry and Daisy
Mars - Jack and Noah
Jupiter - Isla and Poppy
Saturn (and its moon Titan) - Ellis
Uranus and Neptune - everyone gets a bit, because somebody has to do them!

Yes, I heard all the giggling about Uranus today. It was discovered by William Herschel in 1781 and it spins on its side, which is actually one of the strangest things in the Solar System, so let's see some excellent facts about it.

Models can be made at home, but nothing bigger than a football please. Due Friday 20 March.

Mr Bevan""", note="science homework to pupils; hard-neg Uranus")

# 066 ------------------------------------------------------------------
add("clean", "wrens_reading_the_twits", FFION, [SAM], "Wrens' class book this half term", dt(2026, 2, 23, 16, 0), """Dear Wrens families,

This half term our class book is The Twits by Roald Dahl. The children have already spent a great deal of time discussing exactly what is living in Mr Twit's beard, and whether Mrs Twit's glass eye would really fit in a glass of beer.

We'll be using it for:
- character descriptions (Mr Twit, Mrs Twit and the Muggle-Wumps)
- writing our own "revolting recipes"
- a persuasive letter to Mr Twit asking him to let the monkeys go

If your child would like to read ahead at home, please encourage them - but no spoilers in class please! We've got copies to lend if you don't have one.

Thanks,
Miss Jenkins

""" + SIG_FFION, fmt="alt", note="class book letter; hard-neg 'The Twits'")

# 067 ------------------------------------------------------------------
add("clean", "panto_dick_whittington", BETHAN, PARENTS, "Pantomime trip - Dick Whittington", dt(2025, 11, 21, 12, 40),
    None, fmt="html", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear parents and carers,</p>
<p>The whole school is going to see this year&#39;s pantomime, <b>Dick Whittington</b>, at the theatre in Hereford on <b>Wednesday 17 December</b> (matinee). We&#39;ll travel by coach, leaving at 11.30am and returning at about 3.45pm.</p>
<p>Thanks to a generous gift from the Friends, the cost is only <b>&pound;6 per child</b>, which covers the coach and ticket. Please pay through the usual online system by Friday 5 December.</p>
<p>Children should bring a packed lunch to eat on the coach (school can provide one). Last year&#39;s cat nearly stole the show, so I&#39;m told we should expect Tommy the Cat to be the star again!</p>
<p>If your child finds loud noises difficult, please talk to me &ndash; the theatre can lend ear defenders.</p>
<p>Many thanks,<br>Mrs B. Davies<br>Teaching Assistant, Kestrels / Music<br>Example CE Primary School | 01632 960000</p>
</body></html>""", note="HTML-only panto letter; hard-neg 'Dick Whittington'")

# 068 ------------------------------------------------------------------
add("clean", "re_creed_hell_question", HELEN, [FFION, KATE], "RE - Easter unit and the Creed question", dt(2026, 3, 4, 20, 5), """Hi Ffion and Kate,

Just a note for the Easter unit next week, as you've both got Wrens RE on different days.

After the Lent service on Monday, one of the Y4s asked me what "he descended into hell" in the Apostles' Creed means, and whether Jesus really went to hell. A lovely question, and several others joined in. Could we make some time for it during the "Salvation" unit?

I'd suggest we keep it simple: explain that Christians understand it in different ways, that for many it means Jesus really died and shared everything about being human, and that the Easter story is about what happened next. It's fine to say we don't know everything, and to send the very curious ones to Canon Philippa - she loves those questions.

Please also be sensitive: a couple of the Wrens have lost grandparents this year, and one asked me quietly if her grandad "went to heaven or hell". I've spoken to mum.

Thanks,
Helen""", fmt="alt", note="RE teaching note; hard-neg 'hell' in Creed")

# 069 ------------------------------------------------------------------
add("clean", "parish_register_local_history", TOM, [RECTOR], "Y6 local history - parish registers", dt(2026, 1, 27, 19, 15), """Dear Philippa,

Thank you for letting the Kestrels look at the scanned parish registers last week. They were fascinating, and the children were amazed to find their own surnames (Bufton, Gwilliam, Pugh) going back to the 1790s.

I wanted to check something with you before we go further. Several baptism entries from the 1830s and 1840s describe the child as "base-born", and one in 1841 reads "William, bastard son of Mary Powell, singlewoman". One of the children spotted it, of course.

I'm planning to explain, matter-of-factly, what those words meant then, how unfairly children and mothers were treated, and why we would never use that language about anyone today. I don't think any current Wenhope family is connected to that entry, but would you know? I'd hate to upset anyone.

Best wishes,

""" + SIG_TOM, note="local history project; hard-neg historical parish-register term [unsure]")

# 070 ------------------------------------------------------------------
add("clean", "french_vocab_phoque", FFION, [TOM, HELEN], "Vocabulaire – les animaux de la mer", dt(2026, 1, 19, 12, 20), """Hi both,

A heads-up for French on Thursday: it's sea animals, and "le phoque" (the seal) is on the vocab list. Last year's Y6 nearly had to be carried out of the room. I'm going to say it once, clearly, and move on. Please back me up if it comes up on the bus home!

Other words this week: la baleine (whale), le requin (shark), la pieuvre (octopus), le crabe, l'étoile de mer (starfish).

Also, for Welsh week in March, I'll do numbers 1-10 with everyone: un, dau, tri, pedwar, pump, chwech, saith, wyth, naw, deg. Yes, five is "pump". I've given up trying to stop them laughing about that one.

Ffion""", fmt="alt", html_style="gmail", note="French/Welsh vocab; hard-neg 'phoque', 'pump'; RFC2047 subject")

# 071 ------------------------------------------------------------------
RSE_TXT = """Dear parents and carers of children in Years 5 and 6,

As part of our Relationships and Health Education, and the science curriculum, Kestrels will have their "growing up" lessons in the week beginning 20 April. These lessons are taught by Mr Bevan and Mrs Marsden, with the school nurse joining us for one session.

The lessons cover the changes that happen to bodies during puberty, and we use the correct scientific names for body parts, as recommended in national guidance. Children will learn words including penis, testicles, vulva, vagina, breasts and pubic hair, and will learn about periods, wet dreams, erections and how to look after their hygiene. Boys and girls learn about both sexes' changes together, and then have a separate session to ask questions in a smaller group.

We have also included a short lesson (in Year 6 only) on how a baby is conceived and born, as part of our sex education programme. You have the right to withdraw your child from this one lesson, but not from the science or health education lessons. If you'd like to do this, please speak to me first.

You're very welcome to come in and look at the materials and the videos before the lessons; just ring the office. Many parents find it helpful to talk about the lessons at home, and we can suggest some books.

With best wishes,

""" + SIG_HELEN
add("clean", "rse_puberty_letter", HELEN, [ALI], "Year 5 and 6 - growing up lessons", dt(2026, 3, 20, 14, 45), RSE_TXT,
    fmt="alt", cte="base64", html_cte="quoted-printable", note="RSE puberty letter with anatomical terms; base64 plain part")

# 072 ------------------------------------------------------------------
add("clean", "transition_spastic_diplegia", ANWEN, [TOM, HELEN], "Transition - new Y5 pupil (E.) after Easter",
    dt(2026, 3, 11, 15, 50), """Hi Tom, Helen,

Some information ahead of E. joining Kestrels after Easter. I've had the paperwork from her current school and the paediatric consultant's letter.

- Diagnosis: spastic diplegia (a form of cerebral palsy affecting mainly her legs). She walks with a K-walker over short distances and uses a wheelchair for longer distances and outdoors.
- She is academically at or above age-related expectations, and very sociable. She is anxious about making friends in a small class where "everyone has known each other since Reception".
- Physio: daily stretches (about 15 minutes), which a TA will need to be trained to do. The community physio will come in to show Bethan in the first week.
- Access: the ramp at the side of the hall is fine; the step into Kestrels needs the portable ramp. The accessible toilet needs a grab rail on the left as well - Dave is on it.
- Trips: our minibus has no wheelchair lift. We'll need to look at the Upper Lye bus or a taxi for swimming and the residential. Helen, I think this needs to go to the next heads' meeting.

I've suggested two visits before the holidays, one with mum and one on her own with Bethan.

Anwen

""" + SIG_ANWEN, fmt="alt", note="SEND transition; clinical term 'spastic diplegia' [unsure]")

# 073 ------------------------------------------------------------------
add("clean", "dsl_disclosure_quote", LINDA, [DSL], "Disclosure - Y2 child (J.) - 11.20am today", dt(2026, 1, 14, 12, 5), """Record of disclosure - please log on CPOMS

Child: J. (Y2, Acorns)
Time/place: 11.20am, in the book corner during choosing time
Staff: Linda Watkins (TA)

J. was playing with the doll's house and made the dad doll throw the plate. I asked, "What's happening in your house?" She said, in these words:

"Daddy called Mummy a fucking slag and threw his plate at the wall and then he went to sleep in the car."

I said, "Thank you for telling me. Is there anything else you want to tell me?" She said "No" and carried on playing. I didn't ask any more questions. She seemed calm, and ate all her lunch.

No marks seen. Mum did drop-off this morning as normal and seemed tired but nothing unusual.

I've told Rachel. I haven't spoken to either parent.

Linda Watkins
TA, Acorns""", cte="base64", note="TA to DSL: disclosure with exact quote incl. swearing; staff-only; base64")

# 074 ------------------------------------------------------------------
RACIST_LOG = """RACIST INCIDENT RECORD
Date: Thu 5 March 2026   Time: 12.35pm   Place: top playground, by the climbing frame
Recorded by: Pauline Hodges (midday supervisor)

Children involved: Y5 boy A. and Y5 boy B. (both Kestrels). Target: Y3 girl C. (Wrens), from a Traveller family.
What was said (exact words, heard by me):
A. said: "Go back to your caravan, you dirty gypo."
B. laughed and said: "Yeah, pikey."
C. was crying and came to me.

Action: both boys sent in to Mrs Pritchard. C. looked after by Mrs Prosser. Witnesses: two Y4 girls (names to Mrs Marsden).
"""
add("clean", "racist_incident_report", PAULINE, [DSL, HELEN], "Racist incident - lunchtime today", dt(2026, 3, 5, 13, 20), """Helen,

I've filled in the racist incident form for what happened at lunch - it's attached, and I've put the paper copy in your tray. I wrote down exactly what they said, as you told us to at the training.

C. has calmed down and is with Siân in Wrens. Her mum is collecting her today - do you want me to tell her anything, or will you?

Pauline""", attachments=[("racist_incident_record_05_03_26.txt", RACIST_LOG, "text/plain")],
    note="midday supervisor to DSL/head; pupils' racist slurs quoted in incident record; staff-only")

# 075 ------------------------------------------------------------------
add("clean", "welfare_concern_quote", KATE, [HELEN], "Welfare concern - Y2 (M.)", dt(2026, 2, 3, 15, 55), """Helen,

Logged on CPOMS but flagging to you as well as you're DSL and I think this one needs a look today.

At the end of the day M. (Y2) didn't want to go out to the car. When I asked if he was OK, he said his stepdad told him last night "you're a little shit and nobody wants you here". He said it quietly and then went out when I said his mum was waiting.

He's been very tired in the mornings this week and hasn't been bringing a snack.

I didn't ask anything else. I haven't spoken to mum. I can stay until 5 if you want to talk.

Kate

""" + SIG_KATE, cc=[DSL], note="deputy DSL to DSL quoting child's words; staff-only")

# 076 ------------------------------------------------------------------
add("clean", "complaint_reply_quoted_swearing", HELEN, [SAM], "Re: coat and reading book", dt(2026, 2, 6, 8, 20), """Dear Sam,

Thank you for your email, and I'm sorry you've had such a frustrating few weeks. You shouldn't be finding someone else's coat in his bag, and his reading book should come home every night.

I've spoken to the class team this morning. From Monday, Mrs Prosser will check his book bag before home time, and we'll label his peg again (it had fallen down, which might explain the coat mix-ups). I'm also sorry that you felt brushed off at the gate; I've talked to the member of staff and she was sorry to have given that impression.

Would you like to come in for ten minutes next week so we can go through how things are going? I'm teaching until 3.15 most days, but Tuesday is my office day.

Kind regards,

""" + SIG_HELEN + """

On Thu, 5 Feb 2026 at 21:40, Sam Carer <sam.carer@outlook.com> wrote:
> I'm sorry but I'm really pissed off. That's the third time this month he's come home with someone else's coat and no reading book, and when I asked the TA at the gate she just shrugged. The communication from Wrens is shit. Is anyone actually bothered? Bloody useless.
> Sam""", fmt="alt", note="head's polite reply; swearing only in carer's quoted text")

# 077 ------------------------------------------------------------------
add("clean", "behaviour_policy_language_draft", HELEN, [TOM, RACHEL, FFION, KATE, LINDA, BETHAN, SIAN, LUCY, PAULINE, GARETH],
    "Behaviour policy - language section (draft for Tuesday)", dt(2026, 2, 26, 19, 5), """Hi all,

Ahead of Tuesday's staff meeting, here's the draft wording for the new "language" section of the behaviour policy. Governors will look at it in March.

We've had more of this since Christmas than I'd like: "gay" used as an insult (mostly Y5/6), "spaz" in the playground, a Y6 calling another boy a "wanker" at football club, and the f-word from some of the younger ones who I don't think know what it means.

Proposed approach:
- All adults challenge it every time, calmly, and name it: "We don't use that word here because it's hurtful to ...".
- Homophobic, racist and disability-related language is logged on CPOMS as a prejudice-related incident, and parents are told.
- Swearing that isn't directed at anyone: a conversation and a reminder. Swearing at someone: a consequence in line with the rest of the policy.
- Younger children: we teach what the word means and why it's hurtful, rather than just telling them off.

Please bring your thoughts, especially the midday team, who hear more of it than any of us.

Thanks,
Helen""", note="head to staff: behaviour policy quoting words pupils used [unsure]")

# 078 ------------------------------------------------------------------
add("clean", "midsummer_nights_dream", BETHAN, [ALI], "Shakespeare Week - A Midsummer Night's Dream", dt(2026, 3, 13, 15, 15), """Dear Kestrels families,

For Shakespeare Week, Kestrels are performing scenes from A Midsummer Night's Dream in the hall on Friday 27 March at 2.30pm. You're all very welcome.

Your child has their lines in their book bag. We've worked hard on the language, and the children have loved the scenes with Bottom the weaver, especially when Puck gives him an ass's head. When Bottom says "I see their knavery: this is to make an ass of me; to fright me, if they could", the whole class joins in.

Costumes: fairies need something sparkly; the "rude mechanicals" can wear work clothes - overalls and flat caps from home are perfect. We are making the ass's head in school from papier-mâché.

Thank you!

""" + SIG_BETHAN, fmt="alt", note="Shakespeare letter quoting MND; 'ass', 'Bottom'")

# 079 ------------------------------------------------------------------
add("clean", "friends_fete_planning", HELEN, [FRIENDS], "Summer fete - dates and field", dt(2026, 2, 5, 18, 40), """Dear Friends committee,

Thank you all for the work you are already putting into the summer fete - I know the bouncy castle and the ice cream van were booked in record time!

There is one problem: Saturday 20 June clashes with the cluster sports day at Upper Lye, which was agreed with the other schools in September and which many of our children (and staff) are taking part in. Would you be able to look at Saturday 27 June instead? I've checked, and the church has nothing on, and Martin says the hay will be in by then, so we can use the bottom field for parking.

If the booking can't be moved, let's have a chat and see what we can do. I'd much rather find a way round it together.

The school can offer, as always:
- the hall and kitchen (Jo has offered to do the cream teas again)
- the minibus to collect tables from the village hall on the Friday
- Kestrels' ukulele and recorder performance at 2pm
- Acorns' sunflower competition judging

Thanks again for everything you do.

Helen

""" + SIG_HELEN, fmt="alt", note="head to Friends group about fete date")

# 080 ------------------------------------------------------------------
add("clean", "attendance_term_report_governor", SUE, [HELEN, CLERK], "Autumn term attendance summary", dt(2025, 12, 17, 11, 40), """Helen, Margaret,

Attendance figures for the autumn term for the governors' pack:

Whole school: 95.8% (national primary average about 95%)
Acorns: 94.9% - lower mainly because of the sickness bug in November
Wrens: 96.3%
Kestrels: 96.1%

Persistent absence (below 90%): 3 pupils. All three have attendance plans and I'm meeting the families in January.
Unauthorised term-time holiday: 2 families, 8 sessions in total.
Lates: 41 in total, 23 of them on two days (the fog on 4 November and the lane being blocked on 1 October).

I'll send the breakdown by week if anyone would like it.

Sue

""" + SIG_SUE, note="office attendance summary for governors")


HARD_NEG = {
    "minibus_late_reply_outlook_quote", "residential_cockermouth", "cross_country_titley",
    "orkney_geography_twatt", "penistone_pen_pals", "furniture_scunthorpe_clitheroe",
    "half_term_shitterton", "anglo_saxons_offas_dyke", "supply_cover_cockburn",
    "cricket_coach_wankhede", "christmas_carol_hancock", "menu_faggots_spotted_dick",
    "birdwatch_results_csv", "farm_visit_risk_assessment", "palm_sunday_donkey",
    "pe_equipment_order", "space_topic_uranus", "wrens_reading_the_twits",
    "panto_dick_whittington", "re_creed_hell_question", "parish_register_local_history",
    "french_vocab_phoque", "rse_puberty_letter", "transition_spastic_diplegia",
    "dsl_disclosure_quote", "racist_incident_report", "welfare_concern_quote",
    "complaint_reply_quoted_swearing", "behaviour_policy_language_draft", "midsummer_nights_dream",
}
DISGUISED = {
    "printer_asterisk_subject", "tapestry_sh_bang_t", "tag_rugby_leet", "locked_out_repeated_letters",
    "minibus_handover_dotted", "lane_blocked_cyrillic", "sports_day_fullwidth", "field_gate_zero_width",
    "chair_of_governors_html_split", "wholesaler_qp_soft_break", "friends_fete_clash_rfc2047",
    "payroll_phone_call",
}
assert len(HARD_NEG) == 30
assert HARD_NEG <= {m["slug"] for m in MESSAGES if m["expected"] == "clean"}
assert DISGUISED <= {m["slug"] for m in MESSAGES if m["expected"] == "flag"}


# ==========================================================================
# write everything
# ==========================================================================
README_TMPL = """# Round 51 hold-out corpus: obscene-language

**Blind. Never use for tuning.** These messages were written without looking at the
filter's code, rules, tests, documentation or history, to measure the obscene-language
module on mail nobody tuned it on. If a message here fails, fix the filter in general
terms. Do not write rules aimed at these files.

## What it is

{total} outgoing e-mails (RFC 5322 `.eml`) from staff at a made-up school, each labelled
`flag` or `clean` in `labels.csv` (`file,expected,sender,recipients,note`). The labels
follow the school policy's intent as a safeguarding lead would judge it. The policy says
staff must not use obscene language or swear words, and must not make offensive comments
about gender, race, disability, age, religion or sexual orientation, in any electronic
communication. Notes marked `[unsure]` are judgement calls.

Setting for this round: a tiny Church of England village primary in rural Herefordshire
(the fictional "Wenhope"). It has 48 pupils in three mixed-age classes (Acorns R/Y1/Y2, Wrens
Y3/4, Kestrels Y5/6). The head teaches four days a week and lives in the School House. The
church next door is used for worship, a Friends group runs the fete, the minibus is shared
with two other small schools, and many families farm. The school's identity is fixed by the
project: staff at example-school.org.uk, pupils at pupils.example-school.org.uk, phone
01632 960000 and postcode LS1 4AP (which is why a Herefordshire village has a Leeds postcode).
Everything else is invented: people, addresses, and only Ofcom drama-range numbers.
Third-party organisations use example.com/.org/.net.

## How it was made and how to regenerate

`../make_round51_obscene.py` (Python 3.11, standard library only) builds every message as
raw MIME text, with fixed dates, Message-IDs and boundaries. Running it again gives
byte-identical files:

    python3 tests/holdout/round51/make_round51_obscene.py

## Counts

| expected | count |
|----------|-------|
| flag     | {flag} |
| clean    | {clean} |
| total    | {total} |

Of the clean messages, 30 are everyday school mail and 30 are hard negatives.

## Kinds of case

Flag (the staff author's own words):
- plain swearing in staff-to-staff venting (fucked, bastard, twat, bollocks, pissed off)
- swearing to a parent (a village friend) and to a pupil ("shit hot" as praise)
- slurs: a Gypsy/Traveller slur, a homophobic slur, a disability slur
- swearing only in a .txt attachment (site log)
- disguised forms: an asterisk mask in the subject, a symbol mask (sh!t), leetspeak,
  repeated letters, letters separated by dots, Cyrillic homoglyphs, full-width letters, a
  zero-width space inside the word, a word split by an HTML tag or written with an HTML
  entity, a quoted-printable soft line break inside the word, a base64 body, and an
  RFC 2047 (base64) encoded subject

Clean, everyday: newsletter, attendance, homework, SEN review notes, governors' agenda,
minibus rota, Forest School, residential, clubs, snow closure, farm visit, photos, IT ticket,
nativity, Christmas lunch, staff meeting notes, safeguarding admin.

Clean, hard negatives:
- place names (Cockermouth, Titley, Twatt, Penistone, Scunthorpe, Clitheroe, Shitterton,
  Sussex/Essex/Middlesex)
- surnames (Cockburn, Wankhede, Dickens, Hancock)
- foods (faggots, spotted dick), birds and farm animals (tits, cock pheasant, woodcock,
  sheepdog bitch, cockerel, tups, the KJV "ass")
- sports kit (balls, cricket boxes, tackle bags)
- curriculum words: Uranus, The Twits, Dick Whittington, "descended into hell", a parish
  register's "bastard son", French "phoque", Welsh "pump", the ass in A Midsummer Night's Dream
- an RSE puberty letter with anatomical terms, and a clinical SEND term (spastic diplegia)
- safeguarding reports to the DSL that quote exactly what a child or parent said, including
  swearing and racist slurs (staff-only)
- polite replies to parents whose own swearing appears only in the quoted text
- staff discussing the language section of the behaviour policy
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    assert len(MESSAGES) == 80, len(MESSAGES)
    order = list(MESSAGES)
    random.Random(51).shuffle(order)
    for n, m in enumerate(order, 1):
        if m["expected"] == "clean":
            kind = "hard-neg" if m["slug"] in HARD_NEG else "everyday"
        else:
            kind = "disguised" if m["slug"] in DISGUISED else "plain"
        m["note"] = f"{kind}: " + m["note"].replace("; hard-neg ", "; ")
        data, _ = render(n, m)
        name = f"{n:03d}_{m['expected']}_{m['slug']}.eml"
        (OUT / name).write_bytes(data)
        recips = " ".join(p[1] for p in m["to"] + m["cc"])
        rows.append([name, m["expected"], m["frm"][1], recips, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    (OUT / "labels.csv").write_text(buf.getvalue(), encoding="utf-8")
    nflag = sum(1 for r in rows if r[1] == "flag")
    nclean = sum(1 for r in rows if r[1] == "clean")
    (OUT / "README.md").write_text(
        README_TMPL.format(flag=nflag, clean=nclean, total=len(rows)), encoding="utf-8"
    )
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean) to {OUT}")


if __name__ == "__main__":
    main()
