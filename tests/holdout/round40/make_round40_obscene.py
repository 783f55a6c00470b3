#!/usr/bin/env python3
"""Generate the round-40 blind held-out corpus for the obscene-language module.

Setting: a further-education and sixth-form college (ages 16-19) in Manchester.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round40/obscene-language/.  Python 3.11 stdlib only; deterministic
(fixed dates, Message-IDs and MIME boundaries), so running it twice gives
byte-identical output.

BLIND: never use these files for tuning the filter.
"""
import base64
import csv
import email
import email.policy
import email.utils
import hashlib
import html
import io
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People (all invented)
# --------------------------------------------------------------------------
def st(name, local, role):
    return (name, f"{local}@{SCHOOL}", role)

S = {
    "dean": st("Dean Whitworth", "d.whitworth", "Lecturer, Motor Vehicle"),
    "kev": st("Kev Brennan", "k.brennan", "Workshop Technician, Motor Vehicle"),
    "shona": st("Shona Kelly", "s.kelly", "Lecturer, Hair & Beauty"),
    "kerryann": st("Kerry-Ann Doherty", "k.doherty", "Lecturer, Beauty Therapy"),
    "bernie": st("Bernadette Flynn", "b.flynn", "Curriculum Lead, Health & Social Care"),
    "marcus": st("Marcus Okafor", "m.okafor", "Tutor, Public Services"),
    "gary": st("Gary Mulligan", "g.mulligan", "Lecturer, Construction (Brickwork)"),
    "tom": st("Tom Ashworth", "t.ashworth", "Lecturer, GCSE Maths"),
    "priya": st("Priya Raval", "p.raval", "Lecturer, GCSE English"),
    "nadia": st("Nadia Hussain", "dsl", "Designated Safeguarding Lead"),
    "lorraine": st("Lorraine Tattersall", "exams", "Exams Officer"),
    "joanne": st("Joanne Pickup", "attendance", "Attendance Officer"),
    "craig": st("Craig Dunleavy", "c.dunleavy", "Industry Placements & Apprenticeships Coordinator"),
    "aisling": st("Aisling Murphy", "a.murphy", "Teacher of English Literature"),
    "rob": st("Rob Heywood", "r.heywood", "Assistant Principal, Vocational Curriculum"),
    "fatima": st("Fatima Begum", "f.begum", "Head of Learning Support (SENCo)"),
    "helen": st("Helen Ogden", "office", "Reception & Office"),
    "simon": st("Simon Entwistle", "s.entwistle", "Teacher of Biology"),
    "chloe": st("Chloe Barraclough", "c.barraclough", "Student Welfare Officer"),
    "phil": st("Phil Rigby", "p.rigby", "Uniformed Services Fitness Instructor"),
    "agnieszka": st("Agnieszka Wójcik", "a.wojcik", "Teacher of Modern Languages"),
    "jamal": st("Jamal Ahmed", "j.ahmed", "Teacher of History"),
    "denise": st("Denise Hargreaves", "d.hargreaves", "PA to the Principal"),
    "liam": st("Liam Costello", "l.costello", "Lecturer, Digital T Level"),
    "siobhan": st("Siobhán Doyle", "s.doyle", "Lecturer, Plumbing"),
    "zoe": st("Zoë Lomax", "z.lomax", "Teacher of English Language"),
    "wayne": st("Wayne Fairclough", "w.fairclough", "Estates Manager"),
    "yusuf": st("Yusuf Patel", "y.patel", "Head of Sixth Form"),
    "ravi": st("Ravi Chauhan", "r.chauhan", "IT Support Technician"),
    "owen": st("Owen Lloyd", "o.lloyd", "Teacher of English"),
    "hannah": st("Hannah Pryce", "h.pryce", "Teacher of Biology"),
    "matt": st("Matt Greenhalgh", "m.greenhalgh", "Teacher of Art & Design"),
    "karen": st("Karen Lees", "studentfinance", "Student Finance Officer"),
    "sue": st("Sue Moorhouse", "lrc", "Learning Resource Centre Manager"),
    "maureen": st("Maureen Slater", "catering", "Catering Manager"),
    "linda": st("Linda Shaw", "cover", "Cover Manager"),
    "comms": st("Example School Comms", "comms", "Communications"),
}
STAFF_LIST = ("All Staff", f"staff@{SCHOOL}")
STUDENT_LIST = ("All Students", f"students@{SCHOOL}")


def pu(name, local):
    return (name, f"{local}@{PUPILS}")

P = {
    "kieran": pu("Kieran Walsh", "24kwalsh"),
    "jakub": pu("Jakub Nowicki", "24jnowicki"),
    "connor": pu("Connor O'Brien", "24cobrien"),
    "tyler": pu("Tyler Mensah", "24tmensah"),
    "leah": pu("Leah Jones", "23ljones"),
    "rehana": pu("Rehana Khan", "24rkhan"),
    "brandon": pu("Brandon McDonald", "23bmcdonald"),
    "arjun": pu("Arjun Wankhede", "24awankhede"),
    "ellie": pu("Ellie Carter", "23ecarter"),
    "zain": pu("Zain Ali", "24zali"),
    "sophie": pu("Sophie Bradshaw", "23sbradshaw"),
    "mason": pu("Mason Stott", "24mstott"),
    "dylan": pu("Dylan Farrell", "24dfarrell"),
    "amber": pu("Amber Hughes", "24ahughes"),
    "callum": pu("Callum Hurst", "24churst"),
    "keisha": pu("Keisha Grant", "23kgrant"),
    "nathan": pu("Nathan Lowe", "23nlowe"),
    "megan": pu("Megan Tierney", "24mtierney"),
    "oliwia": pu("Oliwia Zielińska", "23ozielinska"),
    "harvey": pu("Harvey Booth", "24hbooth"),
    "aaliyah": pu("Aaliyah Mahmood", "23amahmood"),
    "jordan": pu("Jordan Platt", "24jplatt"),
    "kacey": pu("Kacey Ward", "24kward"),
    "reece": pu("Reece Doran", "23rdoran"),
    "ffion": pu("Ffion Roberts", "23froberts"),
    "tariq": pu("Tariq Shah", "24tshah"),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

X = {
    "andrea": ("Andrea Whiteley", "a.whiteley@example.com"),
    "cockburn": ("Ian Cockburn", "i.cockburn@example.net"),
    "moss": ("Jason Moss", "j.moss@example.com"),
    "akhtar": ("Hina Akhtar", "h.akhtar@example.org"),
    "renee": ("Renée Barlow", "renee.barlow@example.com"),
    "epao": ("Northern Assessment Services", "bookings@example.org"),
    "hepworth": ("Stuart Hepworth", "s.hepworth@example.org"),
    "dhillon": ("Gurpreet Dhillon", "g.dhillon@example.net"),
}


def who(k):
    """Resolve a key or tuple to (name, addr)."""
    if isinstance(k, tuple):
        return k[:2]
    for table in (S, P, X):
        if k in table:
            return table[k][:2]
    raise KeyError(k)


# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------
def sig(k, style="full", ext=None, extra=None):
    name, addr, role = S[k]
    if style == "full":
        lines = ["--", name, role, "Example School Sixth Form & FE College",
                 "Park Row, LS1 4AP",
                 "Tel: 01632 960000" + (f" ext. {ext}" if ext else "") + " | " + addr]
    elif style == "bar":
        lines = [name, f"{role} | Example School Sixth Form & FE College",
                 "Park Row, LS1 4AP | 01632 960000"]
    elif style == "short":
        lines = [name, role]
    elif style == "disclaimer":
        lines = ["--", name, role, "Example School Sixth Form & FE College | Park Row, LS1 4AP",
                 "T: 01632 960000",
                 "",
                 "This e-mail and any attachments are confidential and intended solely for the",
                 "addressee. If you have received it in error please tell the sender and delete it.",
                 "Example School is committed to safeguarding and promoting the welfare of",
                 "young people and expects all staff and volunteers to share this commitment."]
    elif style == "parttime":
        lines = ["--", name, role,
                 "I work Monday to Wednesday. Messages sent on other days will be answered on my return.",
                 "Example School Sixth Form & FE College, Park Row, LS1 4AP  |  01632 960000"]
    else:
        raise ValueError(style)
    if extra:
        lines += extra
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Encoders
# --------------------------------------------------------------------------
SOFT = "\x00"   # marker: force a quoted-printable soft line break here


def qp_encode(text):
    """Quoted-printable encode text (LF line ends).  SOFT forces a soft break."""
    out = []
    for line in text.split("\n"):
        chars = list(line)
        tokens = []
        for i, ch in enumerate(chars):
            if ch == SOFT:
                tokens.append(None)
                continue
            if ch in " \t":
                rest = "".join(chars[i + 1:]).replace(SOFT, "")
                tokens.append(ch if rest else "=%02X" % ord(ch))
            elif ch == "=" or ord(ch) > 126 or ord(ch) < 32:
                tokens.append("".join("=%02X" % b for b in ch.encode("utf-8")))
            else:
                tokens.append(ch)
        cur = ""
        for t in tokens:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    res = "\n".join(out)
    if not res.endswith("\n"):
        res += "\n"
    return res


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def _chunks_for(s, limit_bytes):
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > limit_bytes:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    return chunks


def ew_b(s):
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?="
                      for c in _chunks_for(s, 45))


def _q_char(ch):
    if ch == " ":
        return "_"
    if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
        return ch
    return "".join("=%02X" % b for b in ch.encode("utf-8"))


def ew_q(s):
    words, cur = [], ""
    for ch in s:
        t = _q_char(ch)
        if len(cur) + len(t) > 58:
            words.append(cur)
            cur = ""
        cur += t
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?Q?" + w + "?=" for w in words)


def fmt_subject(s, enc=None):
    if enc is None and s.isascii():
        return s
    return (ew_b if (enc or "Q") == "B" else ew_q)(s)


def fmt_addr(k):
    name, addr = who(k)
    if not name:
        return addr
    if not name.isascii():
        return f"{ew_b(name)} <{addr}>"
    if any(c in name for c in ',.()<>@;:"[]\''):
        return '"' + name.replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fmt_addr_list(lst):
    return ",\n ".join(fmt_addr(k) for k in lst)


def when(y, mo, d, h, mi, s=0):
    utc = datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)
    # UK time: BST from 31 Mar 2024 to 27 Oct 2024 and from 30 Mar 2025
    bst = (datetime(2024, 3, 31, 1, tzinfo=timezone.utc) <= utc < datetime(2024, 10, 27, 1, tzinfo=timezone.utc)
           or utc >= datetime(2025, 3, 30, 1, tzinfo=timezone.utc))
    tz = timezone(timedelta(hours=1 if bst else 0))
    local = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    return email.utils.format_datetime(local)


def h(seed, n=32):
    return hashlib.sha256(("r40-obscene:" + seed).encode()).hexdigest()[:n]


def msgid(seed, style="outlook"):
    x = h(seed, 40).upper()
    if style == "outlook":
        box = "LO2P265MB" + str(int(x[:6], 16) % 9000 + 1000)
        return f"<{box}{x[6:38]}@{box}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "iphone":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{SCHOOL}>"
    if style == "gmail":
        return f"<CA+{h(seed + 'g', 30)}{x[:12]}@mail.gmail.com>"
    if style == "owa":
        return f"<{h(seed, 24)}.{x[24:32].lower()}@mail.{SCHOOL}>"
    raise ValueError(style)


def boundary(seed, style="outlook"):
    x = h(seed + ":b", 24)
    if style == "gmail":
        return "0000000000" + x[:18]
    if style == "apple":
        return "Apple-Mail-" + x[:8].upper() + "-" + x[8:12].upper()
    return "_000_" + x.upper() + "_"


# --------------------------------------------------------------------------
# HTML conversion (Outlook-like or Gmail-like) from a plain-text body
# --------------------------------------------------------------------------
def _esc(s):
    return html.escape(s, quote=False)


def to_html(text, style="outlook"):
    blocks = text.rstrip("\n").split("\n\n")
    parts = []
    for blk in blocks:
        lines = blk.split("\n")
        attr = ""
        if len(lines) > 1 and lines[0].endswith("wrote:") and all(l.startswith(">") for l in lines[1:]):
            attr = _esc(lines[0])
            lines = lines[1:]
            if style == "gmail":
                attr = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + attr + "<br></div>"
            else:
                attr = '<p class="MsoNormal">' + attr + "</p>"
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_esc(l[1:].lstrip()) for l in lines)
            if style == "gmail":
                parts.append(attr + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                             + inner + "</blockquote>" + ("</div>" if attr else ""))
            else:
                parts.append(attr + '<blockquote style="border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">'
                             '<p class="MsoNormal">' + inner + "</p></blockquote>")
            continue
        if lines[0].startswith("From: ") and any(l.startswith("Sent: ") for l in lines):
            inner = "<br>\n".join(
                ("<b>" + _esc(l.split(":", 1)[0]) + ":</b>" + _esc(l.split(":", 1)[1])) if ":" in l else _esc(l)
                for l in lines)
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         '<p class="MsoNormal">' + inner + "</p></div>")
            continue
        inner = "<br>\n".join(_esc(l) for l in lines)
        if style == "gmail":
            parts.append("<div>" + inner + "</div>")
        else:
            parts.append('<p class="MsoNormal">' + inner + "</p>")
    if style == "gmail":
        return '<div dir="ltr">' + "\n<div><br></div>\n".join(parts) + "</div>\n"
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n')
    body = '\n<p class="MsoNormal">&nbsp;</p>\n'.join(parts)
    return head + body + "\n</div>\n</body>\n</html>\n"


# --------------------------------------------------------------------------
# MIME assembly (raw text, so every byte is under our control)
# --------------------------------------------------------------------------
def leaf(ctype, content, cte, filename=None, inline=False, charset="utf-8"):
    hdr = []
    if ctype.startswith("text/"):
        ct = f'Content-Type: {ctype}; charset="{charset}"'
        if filename:
            ct += f';\n name="{filename}"'
    else:
        ct = f'Content-Type: {ctype}; name="{filename}"'
    hdr.append(ct)
    if filename:
        disp = "inline" if inline else "attachment"
        hdr.append(f'Content-Disposition: {disp};\n filename="{filename}"')
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "7bit":
        assert isinstance(content, str) and content.isascii(), (ctype, filename)
        body = content if content.endswith("\n") else content + "\n"
    elif cte == "8bit":
        body = content if content.endswith("\n") else content + "\n"
    elif cte == "quoted-printable":
        body = qp_encode(content)
    elif cte == "base64":
        body = b64_encode(content)
    else:
        raise ValueError(cte)
    return hdr, body


def multipart(subtype, bnd, parts, preamble=None):
    hdr = [f'Content-Type: multipart/{subtype};\n boundary="{bnd}"']
    out = []
    if preamble:
        out.append(preamble + "\n\n")
    for phdr, pbody in parts:
        out.append(f"--{bnd}\n" + "\n".join(phdr) + "\n\n" + pbody)
        if not pbody.endswith("\n"):
            out.append("\n")
    out.append(f"--{bnd}--\n")
    return hdr, "".join(out)


# --------------------------------------------------------------------------
# Tiny valid PDF for attachments
# --------------------------------------------------------------------------
def make_pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(f"({pesc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# ==========================================================================
# The messages
# ==========================================================================
M = []


def add(**kw):
    M.append(kw)


# ------------------------------ FLAGS -------------------------------------

add(slug="ramp_axle_stands", label="flag",
    note="staff-to-technician venting, plain 'fuck'",
    frm="dean", to=["kev"], subject="Bay 3 ramp",
    date=(2024, 9, 17, 7, 48, 12), kind="plain",
    text="""Kev,

Who the fuck left the Corsa up on bay 3 overnight with no axle stands under it? I came in at half seven and the Level 2 lot were already stood round it waiting to start. If that had come down on one of them we'd all be on the front of the Manchester Evening News.

I know it wasn't you, you were off Friday, but can you find out which group had it last and have a word. I'll bring it up at the team meeting Thursday as well.

Ta
Dean
""" + sig("dean", "short"))

add(slug="learning_walk_reply", label="flag",
    note="reply venting about learning walk, repeated letters 'bollloooocks'",
    frm="gary", to=["marcus"], subject="RE: learning walk Thursday",
    date=(2024, 10, 10, 16, 22, 5), kind="alt", reply=True,
    text="""Marcus,

Just had the feedback. Apparently my brickwork session "lacked visible stretch and challenge". They were setting out a Flemish bond on a curved wall, what more stretch do they want? The bloke from the consultancy was in the workshop for six minutes and spent four of them on his phone. Absolute bollloooocks from start to finish.

Anyway, rant over. Are we still on for five-a-side after work Friday? Our kid says he'll make up the numbers if Jonno's out again.

Gary

""" + sig("gary", "bar") + """

From: Marcus Okafor <m.okafor@example-school.org.uk>
Sent: 10 October 2024 13:02
To: Gary Mulligan <g.mulligan@example-school.org.uk>
Subject: learning walk Thursday

How did it go this morning? Heard they were in Block D first thing and Bernie looked like she'd seen a ghost.

M
""")

add(slug="salon_manager_vent", label="flag",
    note="venting about placement salon manager, plain 'twat'",
    frm="shona", to=["kerryann"], subject="Glow placement – ugh",
    date=(2024, 11, 5, 12, 37, 40), kind="plain", cte="8bit",
    text="""Kerry-Ann,

Rang Glow about Leah’s placement hours and the manager is being a right twat about it again. She’s had Leah sweeping up and making brews for three weeks and hasn’t let her near a client, then has the cheek to tell me Leah “isn’t showing initiative”. How is she meant to show initiative with a brush in her hand?

I’m going to ask Craig if we can move her to the barbers on Burton Road instead, they were dead keen at the employer evening. Can you cover my 2pm with the Level 2s on Thursday so I can go and see them?

Shona x

""" + sig("shona", "full", ext="2231"))

add(slug="unit8_chase_student", label="flag",
    note="tutor to student, 'stop pissing about'",
    frm="marcus", to=["tyler"], subject="Your unit 8 fitness plan",
    date=(2024, 11, 14, 15, 5, 0), kind="alt",
    text="""Tyler,

This is the third time I've chased you for the unit 8 fitness plan. On Monday you told me it was "basically done". It's now Thursday and there's still nothing on Teams.

You've got the ability to get a distinction on this course but you need to stop pissing about and actually hand things in. The resubmission deadline is 4pm tomorrow and I can't extend it again, it's out of my hands after that.

If you're stuck, come and find me at break tomorrow in D14.

Mr Okafor

""" + sig("marcus", "full"))

add(slug="roofing_employer_hours", label="flag",
    note="Outlook reply calling employer 'a complete arsehole'",
    frm="craig", to=["rob"], subject="RE: Brandon McDonald - placement hours",
    date=(2024, 10, 3, 11, 58, 31), kind="alt", reply=True,
    text="""Rob,

Short version: Pete Ellison at the roofing firm is being a complete arsehole about it. He wants Brandon four days a week right through November, which wipes out his college day, and when I said that wasn't what we agreed he told me "that's how it works in the real world, pal".

I've told him we'll have to look at ending the placement if he can't stick to what was signed. Brandon wants to stay because he's getting paid, which is half the problem. His mum's been on the phone too.

Can we catch up before 3?

Craig

""" + sig("craig", "bar") + """

From: Rob Heywood <r.heywood@example-school.org.uk>
Sent: 03 October 2024 10:41
To: Craig Dunleavy <c.dunleavy@example-school.org.uk>
Subject: Brandon McDonald - placement hours

Craig, Brandon's tutor says he's missed three Tuesdays running and tells everyone he's "at work". What's going on with the placement? R
""")

add(slug="students_off_site_break", label="flag",
    note="racial slur used casually by staff ('paki shop')",
    frm="phil", to=["yusuf", "marcus"], subject="Students off site at break",
    date=(2024, 9, 26, 11, 14, 9), kind="plain",
    text="""Yusuf, Marcus

FYI I've had to go and round up about eight of the public services lot again from the paki shop on the corner of Albert Road at morning break. They're supposed to stay on site till dinner and they know it. Half of them came back with energy drinks as well, which we've supposedly banned on the course.

Can we get something out through tutors? I'm not doing it every day.

Phil
""" + sig("phil", "short"))

add(slug="resit_room_swap", label="flag",
    note="disability slur about a resit group ('retards')",
    frm="tom", to=["priya"], subject="Re: Wednesday P3 resit group",
    date=(2024, 12, 4, 13, 9, 44), kind="plain", reply=True,
    text="""Priya,

Honestly, don't bother moving them in with mine. I had the Wednesday P3 lot for the mock and half of them turn into retards the minute you put a calculator in front of them. Kyle spent twenty minutes trying to get his to spell something rude upside down.

Seriously though, if you want to swap rooms so you get C11 with the projector that actually works, I'm fine with that. Just let Linda know so the cover sheet's right.

Tom

> Would you mind if I merged my Weds P3 English group with your maths lot in
> the hall for the mock next week? Half of mine are out on placement anyway.
> P
""")

add(slug="care_home_placement_parent", label="flag",
    note="tutor to parent, 'pissed off' [unsure: mild, but a swear to a parent]",
    frm="bernie", to=[JANE], cc=["craig"],
    subject="RE: Example Pupil One – care home placement",
    date=(2024, 10, 22, 17, 41, 3), kind="alt", reply=True,
    text="""Dear Jane,

Thank you for ringing this morning and for following it up in writing. I completely understand why you're upset. To be honest I'm as pissed off as you are: we had that placement confirmed in writing in July and the home cancelled it with two days' notice.

I've spoken to two other providers in Didsbury and Chorlton this afternoon and one of them, Laurel Bank, can take Example Pupil One from Monday 4 November on the same two days a week. I'll confirm by Friday once their manager has signed the agreement, and Craig (copied in) will do the health and safety visit beforehand.

In the meantime the hours already done at the first home still count towards the T Level placement total, so nothing has been lost.

Kind regards,

Bernadette Flynn

""" + sig("bernie", "disclaimer"))

TRACKER_CSV = """student_id,name,course,attendance_pct,units_complete,rag,tutor_comment
24kwalsh,Kieran Walsh,L2 Light Vehicle,94,5/8,G,Flying through the practical. Could step up to L3 next year.
24jnowicki,Jakub Nowicki,L2 Light Vehicle,88,4/8,A,Needs to finish the braking systems write-up. Good in the workshop.
24cobrien,Connor O'Brien,L2 Light Vehicle,61,2/8,R,Lazy little shit. Turns up when he feels like it and then sits on his phone.
24dfarrell,Dylan Farrell,L2 Light Vehicle,79,3/8,A,Gobby but capable. Moved seats away from Connor.
24mstott,Mason Stott,L2 Light Vehicle,55,1/8,R,Working Sat and Sun at the car wash - shattered every Monday. Referred to welfare.
24hbooth,Harvey Booth,L2 Light Vehicle,91,5/8,G,Quiet lad. Very neat work.
24jplatt,Jordan Platt,L2 Light Vehicle,83,4/8,A,Passed theory test! Wants an apprenticeship at a dealer.
"""

add(slug="mv_tracker_csv", label="flag",
    note="tutor's own words in attached CSV tracker comment ('lazy little shit')",
    frm="dean", to=["rob"], subject="L2 MV progress tracker - half term",
    date=(2024, 10, 24, 16, 2, 27), kind="plain",
    text="""Rob,

Tracker attached as asked, ahead of the progress meeting on Tuesday. Reds are the ones I'm worried about. Mason I've already passed on to Chloe.

Dean
""" + sig("dean", "bar"),
    atts=[("L2MV_tracker_Oct.csv", "text/csv", TRACKER_CSV, "7bit")])

add(slug="cover_subject_encoded", label="flag",
    note="swear only in RFC 2047 base64-encoded subject ('taking the piss')",
    frm="aisling", to=["linda"], subject="Re: Cover Thursday P2 – are you taking the piss?", subj_enc="B",
    date=(2025, 1, 15, 8, 3, 51), kind="plain", reply=True,
    text="""Linda,

That's my fourth cover this fortnight, and it's on my only free on a Thursday, which is when I mark the Year 13 coursework drafts. I've checked the cover log and two people in the department haven't had one since September.

I'm not refusing, I'll be there. But can somebody please look at how these are being shared out.

Aisling
""" + sig("aisling", "short"))

add(slug="network_b07_asterisk", label="flag",
    note="asterisk-masked swearing ('f*ck all', 'sh*tty')",
    frm="liam", to=["ravi"], subject="B07 dropped off the network again",
    date=(2024, 11, 19, 11, 7, 15), kind="alt",
    text="""Ravi,

B07 has dropped off the network AGAIN. Third time this week. I had 22 Digital T Level students sat there for the first forty minutes of a two hour practical doing f*ck all because none of the machines could see the server. Then it all came back on its own at ten to eleven like nothing had happened.

I know it's not your fault and I know you're a man down, but this is getting beyond a joke. Is it that sh*tty switch in the cupboard or something bigger? If it needs money I'll go to Rob with you.

Liam

""" + sig("liam", "full", ext="2310"))

add(slug="photocopier_symbols", label="flag",
    note="symbol substitution ('b@stard', 'sh!t show')",
    frm="simon", to=["jamal"], subject="repro room",
    date=(2025, 2, 6, 8, 21, 33), kind="plain",
    text="""Jamal - if you're heading down to repro, don't bother, the b@stard thing has jammed again and there's a queue of four. I had 60 practical write-ups to copy for 9am and I've ended up printing them one at a time on the staffroom printer. Absolute sh!t show.

Can I nick some of your A3 for the 1pm? I'll replace it Monday.

S
""")

add(slug="hair_transfer_leet_slur", label="flag",
    note="homophobic slur in leetspeak ('p00fter') about a student",
    frm="phil", to=["gary"], subject="RE: Callum",
    date=(2024, 10, 1, 19, 52, 18), kind="plain", reply=True,
    text="""Ha, so he's jacked in bricklaying for hair and beauty? Always had him down as a bit of a p00fter to be fair, he wouldn't go in for a tackle at football either.

Anyway you still owe me a fiver from the derby. Told you.

Phil

-----Original Message-----
From: Gary Mulligan <g.mulligan@example-school.org.uk>
Sent: 01 October 2024 16:40
To: Phil Rigby <p.rigby@example-school.org.uk>
Subject: Callum

Did you hear Callum Hurst has transferred to Level 2 hair? Starts Monday. Shame, he had decent hands on him.
""")

add(slug="skip_removed_dotted", label="flag",
    note="dotted letters ('c.u.n.t') about a colleague",
    frm="gary", to=["siobhan"], subject="skip",
    date=(2024, 11, 27, 13, 30, 2), kind="plain",
    text="""Siobhan,

Fairclough's had the skip outside the construction block taken away without telling anyone. The lads had two days of broken blocks and offcuts to get rid of and now it's all stacked in the yard by the bike shed. When I asked him he said "not my problem, put a job on the helpdesk". What a c.u.n.t.

Have you still got room in yours? I'll buy you a brew.

G
""")

add(slug="zain_dad_homoglyph", label="flag",
    note="Cyrillic homoglyphs in 'bellend' (staff venting about a parent)",
    frm="priya", to=["aisling"], subject="Zain's dad",
    date=(2024, 10, 8, 16, 48, 56), kind="plain", cte="8bit",
    text="""Just had Zain Ali's dad on the phone for 25 minutes telling me the English resit is a waste of his son's time because "he's going to be an electrician, he doesn't need Shakespeare". We don't even DO Shakespeare on the resit! Then he asked for my manager's name. What a b\u0435ll\u0435nd.

Anyway, if he rings you about the A-level taster day, you've been warned. He's perfectly nice for the first five minutes.

P
""")

FULLWIDTH_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Fatima,</p>
<p>Did you catch what was said at briefing about the welfare budget? They're cutting breakfast club to three days a week from January. Three days. Half my caseload come in on nothing because there's nothing in at home, and the ones who work late shifts at the Trafford Centre aren't eating till dinner. I am \uff26\uff35\uff23\uff2b\uff29\uff2e\uff27 fuming.</p>
<p>I'm going to put something in writing to Rob before the budget meeting. Would you be willing to add your name, given how many of your EHCP students use it? Even just a line.</p>
<p>Chloe</p>
<p style="color:#555555;font-size:9pt">Chloe Barraclough<br>
Student Welfare Officer<br>
Example School Sixth Form &amp; FE College | Park Row, LS1 4AP | 01632 960000</p>
</div>
</body>
</html>
"""

add(slug="breakfast_club_fullwidth", label="flag",
    note="full-width letters ('ＦＵＣＫＩＮＧ'), HTML-only",
    frm="chloe", to=["fatima"], subject="breakfast club",
    date=(2024, 11, 29, 9, 55, 10), kind="html", html=FULLWIDTH_HTML, cte="quoted-printable",
    mid="owa")

add(slug="principal_diary_zero_width", label="flag",
    note="zero-width characters inside 'bastard' and 'shite' (QP, plain+HTML)",
    frm="denise", to=["helen"], subject="Julie's diary this afternoon",
    date=(2025, 1, 28, 12, 4, 48), kind="alt",
    text="""Helen,

Can you hold any calls for Julie until 2, she's in with the governors. If that man from the bus company rings again, just tell him she'll call him back. He's been a total bas\u200dtard to deal with over the route 42 contract and I'm not having him shouting at you as well.

Also the coffee machine in the boardroom is making sh\u200bite coffee again, could you log it with Estates?

Thanks lovely
Denise

""" + sig("denise", "bar"))

SPLIT_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Lads,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Whoever left the hand-wash station like that this afternoon, sort yourselves out. Oil, swarf and half a barm cake in the sink. It was an absolute sh<span style="color: rgb(0, 0, 0);">ite</span>-tip. Kev is not there to clean up after you like your mum does.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Also, the tool van rep is NOT allowed in the workshop during lessons. If he comes up to you in the car park trying to sell you a &pound;300 socket set on finance, tell him to p&#105;ss off and come and get me.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Unit 4 workshop assessment is Thursday. Overalls, boots, no excuses.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Mr Whitworth</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 10pt; color: rgb(96, 96, 96);">
Lecturer, Motor Vehicle | Example School Sixth Form &amp; FE College | Park Row, LS1 4AP | 01632 960000</div>
</body>
</html>
"""

add(slug="workshop_sink_html_split", label="flag",
    note="tutor to students; swearing split by HTML tag ('sh<span>ite</span>') and entity ('p&#105;ss off')",
    frm="dean", to=[("L3 Motor Vehicle 2024", f"l3mv-2024@{PUPILS}")], cc=["kev"],
    subject="Workshop - read this",
    date=(2025, 2, 11, 15, 46, 22), kind="html", html=SPLIT_HTML, cte="quoted-printable", mid="owa")

add(slug="funding_clawback_qp_break", label="flag",
    note="quoted-printable soft line break inside 'bollocks' (plain+HTML)",
    frm="rob", to=["yusuf"], subject="ESFA funding letter",
    date=(2025, 3, 3, 18, 12, 37), kind="alt", html_style="outlook",
    text="""Yusuf,

Have you seen the letter about the 16-19 funding reconciliation? They want to claw back £38k because 14 learners on study programmes fell under their planned hours after the census. Fourteen. Most of them are the ones who went nearly full-time into work to help at home, which is exactly what we were told to be flexible about. It's utter bol""" + SOFT + """locks and I'll be saying so, politely, at the meeting on the 12th.

Can you pull together the reason for each of the 14 by Wednesday? The tutor notes on ProMonitor should have most of it.

Thanks
Rob

""" + sig("rob", "full", ext="2002"),
    html_soft=True)

add(slug="skip_reply_base64", label="flag",
    note="base64 body from iPhone ('useless prick', 'Fuck knows')",
    frm="siobhan", to=["gary"], subject="Re: skip",
    date=(2024, 11, 27, 13, 51, 40), kind="plain", cte="base64", mid="iphone", reply=True,
    xmailer="iPhone Mail (22B91)",
    text="""Course you can, stick it by the plumbing bay door \U0001F44D

He's a useless prick, he did exactly the same to us in June with the copper offcuts. Half of it walked out the gate overnight. Fuck knows where it ended up.

Brew accepted. Two sugars.

Sent from my iPhone
""")

_H0 = len(M)


# -------------------------- HARD NEGATIVES (clean) -------------------------

add(slug="scunthorpe_training_week", label="clean",
    note="place name Scunthorpe (apprentice training week), en-dash Q-encoded subject",
    frm="craig", to=["andrea"], cc=["dean"],
    subject="Apprentice training week – Scunthorpe site",
    date=(2024, 10, 30, 10, 12, 9), kind="alt",
    text="""Hi Andrea,

Thanks for sending through the details of the manufacturer training week at your Scunthorpe site, 18-22 November. I've checked with Kieran and Jakub's tutor (Dean, copied in) and we're happy for both of them to go. It will count towards their off-the-job training hours, so please ask them to log each day on their e-portfolio with a short reflection.

Two quick questions:

1) Are you covering travel and accommodation, or do they need to claim it back from the college? Jakub doesn't drive yet, and from Piccadilly to Scunthorpe it's a change at Doncaster or Sheffield.
2) Will there be a certificate at the end that we can upload as evidence?

Also a reminder that the progress reviews for both lads are due w/c 2 December. I'll send a Teams invite once I've got a date from you.

Many thanks,
Craig

""" + sig("craig", "full", ext="2150"))

RESI_PDF = make_pdf([
    "Example School Sixth Form & FE College - Public Services",
    "Level 3 Public Services residential: Cockermouth, Cumbria",
    "Friday 14 March to Sunday 16 March 2025",
    "Activities: navigation on the fells above Cockermouth, gorge scrambling,",
    "a joint exercise with a mountain rescue team, and overnight bunkhouse stay.",
    "Cost: 85 pounds (bursary students: no charge).",
    "Please return the consent and medical form by Friday 21 February.",
    "Enquiries: Marcus Okafor, 01632 960000.",
])

add(slug="cockermouth_residential", label="clean",
    note="place name Cockermouth; trip letter to parent with PDF",
    frm="marcus", to=[ALI], subject="Public Services residential - Cockermouth, 14-16 March",
    date=(2025, 2, 3, 14, 30, 0), kind="alt",
    text="""Dear Mr Guardian,

I'm writing to let you know about the Level 3 Public Services residential this term, which Example Pupil Three is eligible to go on. We'll be based at a bunkhouse just outside Cockermouth in the Lake District from Friday 14 to Sunday 16 March.

Over the weekend students will do a day of navigation on the fells, a gorge scramble with qualified instructors, and a joint exercise with a volunteer mountain rescue team, which covers a big chunk of their Unit 14 evidence. We travel up in the college minibuses from Park Row at 8am on the Friday and should be back around 6pm on the Sunday.

The cost is £85, and there's no charge for students on the 16-19 bursary. The full letter and the consent and medical form are attached. Please return the form by Friday 21 February, either on paper via reception or scanned back to me.

If you have any questions, I'm happy to talk them through on the phone.

Yours sincerely,

Marcus Okafor

""" + sig("marcus", "full"),
    atts=[("Residential_Cockermouth_March2025.pdf", "application/pdf", RESI_PDF, "base64")])

add(slug="site_visits_clitheroe_penistone", label="clean",
    note="place names Clitheroe, Penistone (construction site visits)",
    frm="gary", to=["brandon", "reece", "harvey", "nathan", "tariq"],
    subject="Site visits next week",
    date=(2025, 1, 9, 15, 18, 44), kind="plain",
    text="""Morning all,

Two site visits next week for the Level 3 brickwork group, both count towards your Unit 302 evidence so they're not optional.

Tuesday 14th: new-build estate just outside Clitheroe. We're looking at cavity wall construction and how the site manager sequences the trades. Minibus leaves Park Row at 8.15 sharp.

Thursday 16th: the viaduct repair job at Penistone. Lime mortar, stone replacement, and a talk from the conservation engineer. We'll stop at the services on the way back for scran.

Bring: boots, hi-vis, hard hat (you've all got one, don't mither me for a spare), a packed lunch and a notebook. No trainers, the site managers will send you home.

If you work Tuesdays or Thursdays, tell your employer now, not on Monday night.

Mr Mulligan
""" + sig("gary", "bar"))

ETYM_TEXT = """Hi all,

For your language investigation, a few of you asked about place names after Tuesday's lesson. It's a really good topic if you like etymology and it links nicely to the language change paper.

Some examples to get you thinking about how meanings and taboos have shifted:

- Shitterton (Dorset): from Old English "scite" + "tun", the farm on the stream used as a sewer. The village bought a stone sign because the metal ones kept getting stolen.
- Twatt (Orkney and Shetland): from Old Norse "thveit", a clearing or small parcel of land. Same root as the "-thwaite" in lots of Cumbrian names.
- Penistone (South Yorkshire): probably Celtic "pen", a hill, plus Old English "tun".
- Wetwang (East Yorkshire): from Old Norse, possibly "a field for trial of a legal action".

The interesting question for you is not "which ones sound rude" but why some names have survived unchanged while others were changed by residents, and what that tells us about attitudes to taboo language over time. The Key to English Place-Names database is a good starting point, and the local studies section at Central Library has county volumes.

Drafts of your investigation focus (100 words) to me by Friday 31st please.

Ms Lomax

""" + sig("zoe", "full", ext="2412")

add(slug="placename_etymology_lang", label="clean",
    note="A-level English Language: place-name etymology (Shitterton, Twatt, Penistone) [unsure]",
    frm="zoe", to=[("Y13 English Language", f"y13-englang@{PUPILS}")],
    subject="Language investigation - place names", date=(2025, 1, 22, 17, 3, 26),
    kind="alt", html_style="outlook", text=ETYM_TEXT)

add(slug="ucas_sussex_middlesex", label="clean",
    note="university names Sussex, Middlesex, Essex; QP plain",
    frm="yusuf", to=[("Year 13 Tutors", f"y13tutors@{SCHOOL}")],
    subject="UCAS - where we are, and the 15 January deadline",
    date=(2024, 12, 10, 8, 5, 0), kind="plain", cte="quoted-printable",
    text="""Morning all,

Quick UCAS update before the break, as a few tutors have asked.

148 of 173 applications have gone. Of the 25 still outstanding:
- 9 are waiting on a reference (you know who you are, please finish these by Friday 13th)
- 6 are apprenticeship-first students applying as a back-up, which is fine
- 10 haven't finished their personal statement.

A few things that have come up:
- Two students have offers from Sussex already, one for Psychology and one for Criminology. Lovely to see.
- If anyone has a student applying to Middlesex or Essex for Nursing, the interview invitations are coming out now, so check they're reading their emails.
- Please don't let students put "I've always been passionate about..." as their first line. I've read it 40 times this month.

The equal consideration deadline is 6pm on 15 January. Anything after that, we'll still send, but their choices narrow.

Thanks for all the work on this. I know it's a lot on top of everything else.

Yusuf

""" + sig("yusuf", "full", ext="2100"))

add(slug="dickens_hard_times_resit", label="clean",
    note="Dickens extract for GCSE English resit (surname Dickens, Coketown)",
    frm="priya", to=["zain", "kacey", "jordan", "mason", "connor", "amber"],
    subject="Homework - Hard Times extract (Q2 and Q4 practice)",
    date=(2024, 11, 20, 16, 25, 11), kind="plain",
    text="""Hi all,

As promised in class, here's this week's homework. It's the Dickens extract from Hard Times we started on Tuesday, the description of Coketown. Dickens based it partly on Preston, so it's not far from home.

Do Question 2 (language, 8 marks) and Question 4 (evaluation, 20 marks). Remember:
- Q2: pick 3 or 4 short quotes, name the technique, and say what effect it has on the reader. "It makes the reader want to read on" doesn't count as an effect!
- Q4: you're agreeing or disagreeing with the statement, so use "I agree" and keep coming back to it.

It's on Teams under Assignments. Deadline is next Wednesday 27th, 9am. If you're on shift at the weekend, do Q2 tonight while it's fresh.

Ms Raval
""" + sig("priya", "short"))

add(slug="placement_mentor_cockburn", label="clean",
    note="surnames Cockburn (employer mentor) and Wankhede (student)",
    frm="craig", to=["cockburn"], cc=["liam"],
    subject="T Level placement - Arjun Wankhede - first review",
    date=(2025, 1, 13, 9, 44, 15), kind="alt",
    text="""Dear Ian,

Thank you again for taking Arjun Wankhede on his Digital T Level industry placement. He's clearly enjoying it; he came back last week talking non-stop about the accessibility audit you've got him doing.

The first formal review is due at the 100-hour point, which by my count is around the first week of February. It takes about 45 minutes, with you, Arjun and me, and we go through the employability skills checklist and agree two or three targets for the next block. Would Tuesday 4 or Thursday 6 February work at your office in Salford Quays? Late morning is usually best for us.

Liam Costello, Arjun's course tutor, is copied in and may come along too.

A couple of admin bits:
- Could you send over your employer's liability insurance certificate when you get a chance? Ours on file expired in December.
- Arjun's hours log is on the portal; if you could approve the January entries that would be brilliant.

Best wishes,
Craig Dunleavy

""" + sig("craig", "full", ext="2150"))

MENU_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Refectory menu</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="8" cellspacing="0" style="border-collapse:collapse;margin:auto">
<tr><td style="background:#6b2c91;color:#fff;font-size:20px;font-weight:bold">Park Row Refectory &ndash; what&rsquo;s on this week</td></tr>
<tr><td>
<p>Hiya everyone, here&rsquo;s the menu for w/c 3 March. Proper winter scran this week while it&rsquo;s still freezing out.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccc">
<tr style="background:#eee"><th align="left">Day</th><th align="left">Main</th><th align="left">Veggie / vegan</th><th align="left">Pudding</th></tr>
<tr><td>Mon</td><td>Lancashire hotpot with red cabbage</td><td>Lentil &amp; root veg hotpot</td><td>Manchester tart</td></tr>
<tr><td>Tue</td><td>Faggots, mash, peas &amp; onion gravy</td><td>Vegan sausage &amp; mash</td><td>Spotted dick &amp; custard</td></tr>
<tr><td>Wed</td><td>Chicken curry, rice &amp; naan (halal)</td><td>Chana masala</td><td>Mango rice pudding</td></tr>
<tr><td>Thu</td><td>Cock-a-leekie soup &amp; barm, or pie barm</td><td>Cheese &amp; onion pie</td><td>Eccles cakes</td></tr>
<tr><td>Fri</td><td>Fish, chips &amp; mushy peas</td><td>Battered halloumi</td><td>Jam roly-poly</td></tr>
</table>
<p>Breakfast club (free toast, cereal and fruit) runs 8&ndash;8.45am Monday to Friday in the Street Caf&eacute;. Students on the free meals allowance can use it at any till.</p>
<p>Any allergy questions, please ask at the counter &ndash; full allergen info is in the folder by the tills.</p>
<p>Maureen &amp; the catering team<br>
<span style="color:#777;font-size:12px">Catering Manager | Example School Sixth Form &amp; FE College | Park Row, LS1 4AP | 01632 960000</span></p>
</td></tr>
</table>
</body>
</html>
"""

add(slug="refectory_menu_faggots", label="clean",
    note="food names (faggots, spotted dick, cock-a-leekie), HTML-only newsletter",
    frm="maureen", to=[STUDENT_LIST, STAFF_LIST], subject="Refectory menu w/c 3 March",
    date=(2025, 2, 28, 14, 0, 0), kind="html", html=MENU_HTML, cte="quoted-printable", mid="owa")

BIRDS_CSV = """point,species,count,notes
1,Blue tit,6,feeder by hide
1,Great tit,4,
1,Coal tit,1,
1,Long-tailed tit,9,flock moving through willows
2,Robin,2,
2,Cock pheasant,1,field edge
2,Bullfinch,2,pair
3,Great crested grebe,3,
3,Shag,1,unusual inland - photo taken
3,Cormorant,5,
3,Tufted duck,22,
4,Woodcock,1,flushed from path
4,Wren,3,
"""

add(slug="bird_survey_field_trip", label="clean",
    note="bird names (great tit, shag, cock pheasant, woodcock) with CSV attachment",
    frm="simon", to=["ellie", "ffion", "aaliyah", "oliwia", "keisha"],
    subject="Pennington Flash data - biodiversity practical",
    date=(2024, 11, 8, 15, 40, 21), kind="alt",
    text="""Hi all,

Thanks for a great morning at Pennington Flash yesterday, even with the drizzle. I've typed up the bird point counts from all four groups, attached as a CSV so you can open it in Excel.

Highlights: a flock of nine long-tailed tits, a pair of bullfinches, and Ffion's shag on the water at point 3, which is genuinely unusual inland (well spotted, and thanks for the photo). The woodcock at point 4 nearly gave Mr Pryce a heart attack.

For the write-up (required practical 10):
1. Calculate Simpson's index of diversity for each point.
2. Compare point 1 (woodland edge with feeders) with point 3 (open water) and suggest reasons for the difference.
3. Evaluate the method - think about time of day, observer bias, and the weather.

Due Friday 15th. We'll go through the maths in Tuesday's lesson.

Mr Entwistle

""" + sig("simon", "full", ext="2377"),
    atts=[("PenningtonFlash_birdcounts.csv", "text/csv", BIRDS_CSV, "7bit")])

add(slug="olympic_lifting_taster", label="clean",
    note="sports terms (snatch, clean and jerk, gum shield, box)",
    frm="phil", to=[("L3 Public Services Y1", f"l3ps-y1@{PUPILS}")],
    subject="Strength & conditioning block - starts Monday",
    date=(2025, 1, 3, 12, 15, 0), kind="plain",
    text="""Right then,

Back on Monday with the new strength and conditioning block for your fitness unit. Six weeks, two sessions a week in the sports hall and the gym.

Weeks 1-3: Olympic lifting technique. We'll start with a broomstick, not a bar, so don't panic. You'll learn the snatch and the clean and jerk in stages, then the power clean. Nobody is lifting anything heavy until I've seen your technique.

Weeks 4-6: boxing-based circuits. You'll need a gum shield (boil-and-bite is fine, £3 from the sports shop on Oxford Road). Lads, if you want to do the pad work, wear a box. Hand wraps are provided.

Kit: trainers with a flat sole if you've got them, shorts or joggers, and a water bottle. No jewellery, no jeans, no excuses.

If you've got an injury or anything I need to know about, come and see me before the session, not during.

Phil Rigby
""" + sig("phil", "bar"))

PLUMB_PDF = make_pdf([
    "Level 2 Plumbing - Practical Assessment 2: Cold water storage",
    "Task: install and commission a cold water storage cistern with",
    "float-operated valve (ballcock), service valve and overflow.",
    "Fittings: 15mm compression, 22mm copper, 1/2in hex nipple, male iron x copper adaptor.",
    "Erect the test rig frame before starting pipework. Pressure test to 1.5x working pressure.",
])

add(slug="plumbing_ballcock_assessment", label="clean",
    note="plumbing vocab (ballcock, stopcock, hex nipple, male/female fittings, erect); encoded sender name",
    frm="siobhan", to=["nathan", "reece", "tariq", "harvey", "dylan"],
    subject="Practical assessment 2 - cold water storage",
    date=(2025, 2, 24, 16, 50, 33), kind="alt",
    text="""Hi lads,

Assessment brief for practical 2 attached. You'll be installing and commissioning a cold water storage cistern in the bays on Wednesday 5th and Thursday 6th March.

Things people got wrong last year, so learn from them:
- Isolate at the stopcock and drain down BEFORE you start, and tell me when you've done it.
- The float-operated valve (the ballcock) has to be set so the water level sits 25mm below the overflow. Not "about there".
- Use the 1/2" hex nipple and the male iron to copper adaptor from the kit, not something you've found in the bottom of the tray. Female fittings get PTFE on the male thread, not the other way round.
- Erect the test rig frame and get it checked before you run any pipework.
- Compression nuts: hand tight plus a quarter turn. If you crush the olive you're starting again.

Pressure test at 1.5 times working pressure, and fill your test certificate in properly, it's part of the mark.

Any questions, grab me in the workshop.

Siobhán

""" + sig("siobhan", "full", ext="2268"),
    atts=[("L2_Plumbing_PA2_brief.pdf", "application/pdf", PLUMB_PDF, "base64")])

add(slug="parts_order_petcock", label="clean",
    note="motor vehicle parts vocab (petcock, big end shells, gear knob, nuts)",
    frm="kev", to=["dean"], subject="Parts order for half term",
    date=(2024, 10, 18, 14, 2, 55), kind="plain",
    text="""Dean,

Parts list for the order before half term. Let me know if you want anything adding before I send it to finance Monday.

CG125s (bikes for the L1s):
- 2 x fuel petcock, the Honda one leaks on both
- chain and sprocket kit x1
- brake shoes x2 sets

Workshop cars:
- big end shells for the Fiesta engine on the stand (std size, I've measured it)
- gear knob for the Astra, the lads have snapped it again
- 1 box M8 nuts and 1 box M10 nuts, flange type
- 5L engine oil 5W-30 x 4
- brake fluid DOT 4 x 6

Consumables:
- blue roll x 2 cases, nitrile gloves L and XL, hand cleaner

Comes to about £640 without the bike parts. Quote attached to the order form.

Kev
""" + sig("kev", "short"))

add(slug="gametogenesis_revision", label="clean",
    note="A-level biology reproduction vocab (sperm, testes, penis, erection)",
    frm="hannah", to=[("Y13 Biology", f"y13-bio@{PUPILS}")],
    subject="Revision: human reproduction and gametogenesis",
    date=(2025, 3, 12, 17, 30, 14), kind="alt", html_style="outlook",
    text="""Hi Year 13,

Ahead of next week's topic test, a reminder of what's on it, as several of you asked on Teams.

1. Gametogenesis: spermatogenesis in the seminiferous tubules of the testes, and oogenesis in the ovaries. Know the role of the Sertoli cells and where meiosis I and II happen in each.
2. Structure of the sperm and the egg, and the acrosome reaction and cortical reaction.
3. The male and female reproductive systems: the route sperm takes from the testes through the vas deferens and urethra in the penis, the role of erectile tissue, and the uterus, oviducts and cervix.
4. Hormonal control of the menstrual cycle (FSH, LH, oestrogen, progesterone) and the negative and positive feedback loops. This is the one that comes up every year.

The 6-mark question last year was on the menstrual cycle graph, so make sure you can read one.

Past paper questions are in the Revision folder on Teams. Drop-in is Thursday lunch in S4.

Miss Pryce

""" + sig("hannah", "full"))

add(slug="lear_edmund_soliloquy", label="clean",
    note="set text quoted: King Lear, Edmund's 'bastard' soliloquy",
    frm="aisling", to=[("Y13 English Literature", f"y13-englit@{PUPILS}")],
    subject="King Lear - Edmund, 1.2 - prep for Thursday",
    date=(2024, 9, 30, 19, 12, 2), kind="alt", html_style="gmail", text_cte="7bit",
    text="""Hi all,

For Thursday, please reread Act 1 Scene 2 and annotate Edmund's soliloquy properly. It's one of the big AO2 passages and it came up in the 2022 paper.

Things to look at:
- "Why bastard? Wherefore base?" - the repetition of "base" and "bastard" and how Edmund turns the insult back on the society that gave it to him.
- "Now, gods, stand up for bastards!" - is this funny? Who is the audience on side with at this point?
- The contrast between "Nature" and "the plague of custom".
- How the scene links to Gloucester's jokes about Edmund's birth in 1.1, and whether that makes us more sympathetic.

AO5: find one critic who reads Edmund as a villain and one who reads him as a product of Gloucester's cruelty. The Bradley and Dollimore extracts on Teams are a good start.

Come ready to argue!

Ms Murphy
""" + sig("aisling", "bar"))

add(slug="handmaids_tale_latin", label="clean",
    note="set text quotation in mock Latin ('Nolite te bastardes carborundorum'), base64 body",
    frm="owen", to=["ellie", "sophie", "megan", "aaliyah", "oliwia"],
    subject="Handmaid's Tale - chapter 9 homework",
    date=(2025, 2, 18, 20, 6, 41), kind="plain", cte="base64", mid="gmail",
    text="""Hi everyone,

Great discussion today. For homework, write 400 words on the significance of the phrase Offred finds scratched in the cupboard in Chapter 9: "Nolite te bastardes carborundorum".

Things to think about:
- It's mock Latin (schoolboy dog Latin) and Offred doesn't know what it means at this point. Why does Atwood withhold the translation until Chapter 29?
- What does it mean to Offred before she understands it? Think about it as a message from the previous Handmaid.
- How does it connect to the theme of language as resistance in Gilead, where women are forbidden to read?

Use at least two short quotations and refer to context (AO3).

Due Monday. Any problems, email me.

Mr Lloyd
""" + sig("owen", "full"))

RSE_PDF = make_pdf([
    "Example School Sixth Form & FE College",
    "Tutorial programme, spring term: Healthy relationships and sexual health",
    "Sessions: consent and the law; healthy and unhealthy relationships; coercive control;",
    "contraception including condoms and the C-Card scheme; sexually transmitted infections",
    "and where to get tested; sharing nudes and the law; pornography and unrealistic expectations.",
    "Delivered by tutors with a local sexual health nurse. Questions: Yusuf Patel, 01632 960000.",
])

add(slug="rse_tutorial_letter", label="clean",
    note="RSE / sexual health tutorial letter to parent (condoms, STIs, sharing nudes, pornography)",
    frm="yusuf", to=[JANE], subject="Tutorial programme: healthy relationships and sexual health",
    date=(2025, 1, 7, 11, 0, 0), kind="alt",
    text="""Dear Jane,

Over the next six weeks, tutorials for all first-year students, including Example Pupil One, will focus on healthy relationships and sexual health. Although our students are 16 and over, we like parents and carers to know what is being covered so that you can carry on the conversation at home if you wish.

The sessions cover:
- consent, and what the law says about it
- healthy and unhealthy relationships, including coercive control
- contraception, including condoms and the free C-Card scheme in Manchester
- sexually transmitted infections, and where young people can get tested confidentially
- sharing nudes and intimate images, and the law on this for under-18s
- pornography, and the unrealistic expectations it can create.

Sessions are led by tutors, with a sexual health nurse from a local service for the contraception and STI sessions. Students can ask questions anonymously using a question box.

An outline of each session is attached. If you have any questions or concerns, please contact me directly.

Kind regards,

Yusuf Patel

""" + sig("yusuf", "disclaimer"),
    atts=[("Tutorial_programme_healthy_relationships.pdf", "application/pdf", RSE_PDF, "base64")])

add(slug="send_new_student_cp_tourettes", label="clean",
    note="SEND terms (spastic diplegia, cerebral palsy, Tourette's, coprolalia), staff-only",
    frm="fatima", to=["marcus", "phil"], cc=["bernie"],
    subject="New starter Monday - support information (confidential)",
    date=(2024, 9, 6, 13, 25, 47), kind="alt",
    text="""Hi Marcus and Phil,

Two students joining your groups on Monday with EHCPs. The full plans are on the learning support drive; here's the short version so you're not caught out.

Student A (L3 Public Services): has cerebral palsy, specifically spastic diplegia, which mainly affects his legs. He walks with crutches over longer distances and gets fatigued by the afternoon. He's very keen on the fitness unit and we've agreed adapted targets with the exam board; Phil, could you and I meet before his first practical session? He has a Personal Emergency Evacuation Plan (PEEP) because the sports hall fire exit has steps.

Student B (L2 Public Services): has Tourette's syndrome. Her tics are mostly vocal, and they can include coprolalia, which means involuntary swearing. Please don't react or sanction it; it isn't behaviour and she is mortified by it. Tics often get worse when she's anxious, so a calm start helps. She has a time-out card and may leave to the learning support base at any time.

Bernie, copying you in as Student B may move to Health and Social Care at Christmas.

Any questions, I'm in the base all day Monday.

Fatima

""" + sig("fatima", "full", ext="2190"))

add(slug="dsl_report_gym_threat", label="clean",
    note="staff report to DSL quoting a student's threat verbatim ('fucking stab you', 'cunt')",
    frm="marcus", to=[("Nadia Hussain (DSL)", f"dsl@{SCHOOL}")],
    subject="Concern - incident in sports hall P4 today",
    date=(2024, 11, 21, 15, 10, 6), kind="plain",
    text="""Nadia,

Logging this on CPOMS as well but wanted you to have it straight away.

At about 1.40pm today, during the fitness session in the sports hall, Student J (L2 PS) and Student T had a verbal argument that I think started on Snapchat last night. Student J said, in front of the group: "I'm going to fucking stab you after college, you fat cunt, my brother's waiting outside." He then threw a medicine ball at the wall near Student T's head.

I separated them and Phil took Student J to the office. He calmed down after about 20 minutes and said it was "just chat", but Student T was shaking and says J has made threats before, including something about a knife on the bus.

Student T's mum has been called by reception. I have not spoken to J's family.

Student T has gone home early. I've asked security to be on the gate at 4pm.

Marcus Okafor
""" + sig("marcus", "short"))

add(slug="dsl_homophobic_salon", label="clean",
    note="report to DSL quoting homophobic abuse verbatim ('faggot'), staff-only",
    frm="shona", to=[("Nadia Hussain (DSL)", f"dsl@{SCHOOL}")], cc=["yusuf"],
    subject="Homophobic abuse in salon - Callum H",
    date=(2024, 10, 14, 12, 58, 19), kind="alt",
    text="""Hi Nadia,

I need to report an incident from the training salon this morning.

At about 11.15 two Level 1 students passing through to the canteen stopped at the salon door. One of them (Dale M, L1 Construction) shouted at Callum Hurst, who transferred to us two weeks ago: "Oi, faggot, you've gone proper gay now then." The other laughed and said "he always was a bender". Three of my students and two clients heard it.

Callum carried on with his client but was upset afterwards and said this has been happening since he changed courses, including messages on a group chat he used to be in. He doesn't want his mum told yet. He's with Chloe now.

I've logged it on CPOMS as a homophobic incident. Yusuf, copying you for the behaviour side with the two Level 1 lads.

Shona

""" + sig("shona", "full", ext="2231"))

add(slug="dsl_placement_racist_abuse", label="clean",
    note="report to DSL quoting racist abuse at placement ('paki'), QP body",
    frm="craig", to=[("Nadia Hussain (DSL)", f"dsl@{SCHOOL}")], cc=["dean"],
    subject="Racist abuse at garage placement - Zain A",
    date=(2025, 2, 20, 10, 33, 28), kind="plain", cte="quoted-printable",
    text="""Nadia,

Zain Ali (L2 MV) came to see me this morning about something that happened on his placement on Tuesday.

A customer at the garage complained about the wait, then said to Zain, who was on the front desk, "I'm not having some paki kid touching my car." According to Zain, one of the mechanics laughed and said "don't worry, he's one of the good ones". Nobody challenged it. Zain finished the day but says he doesn't want to go back.

He was calm telling me but clearly hurt. He's OK with me speaking to the employer. I've also asked whether he'd like to talk to Chloe.

My plan, unless you'd rather do it differently: I'll call the garage owner today, explain that we expect placement staff to challenge discriminatory abuse, and ask what they'll do. If I'm not satisfied we'll suspend the placement and find Zain another one. Dean (copied) is his course tutor.

I'll log it on CPOMS straight after this.

Craig
""" + sig("craig", "bar"))

add(slug="parent_abusive_quoted_reply", label="clean",
    note="polite reply to parent; swearing only in the parent's quoted text",
    frm="joanne", to=[ALI], subject="Re: Attendance letter",
    date=(2025, 1, 21, 10, 16, 0), kind="alt", html_style="gmail", reply=True,
    text="""Dear Mr Guardian,

Thank you for your email, and I'm sorry the letter caused you upset. You're right that Example Pupil Three's absences in December were because of his grandad's funeral and the week after, and I can see from our records that you rang in each day. Those absences have now been recorded as authorised and his attendance figure has been corrected; the letter was generated automatically before that change went through, which shouldn't have happened.

I'm also sorry that your call to reception on Monday didn't go well. I've passed your comments on to the office manager.

Please pass on our condolences to Example Pupil Three. If he'd like some support, Chloe Barraclough in the welfare team is lovely and he can drop in any time.

Kind regards,

Joanne Pickup
Attendance Officer
Example School Sixth Form & FE College | Park Row, LS1 4AP | 01632 960000

On Mon, 20 Jan 2025 at 21:47, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is fucking ridiculous. My son has been off because his grandad DIED
> and you send me a letter threatening him with being taken off his course.
> I rang every single day. The woman on reception was a stuck up cow with me
> today as well. You lot are a joke.
> Ali Guardian
""")

add(slug="employer_quoted_swearing_reply", label="clean",
    note="polite reply to employer; swearing only in employer's quoted Outlook text",
    frm="dean", to=["moss"], cc=["craig"], subject="RE: Connor - placement",
    date=(2024, 12, 2, 8, 40, 11), kind="alt", reply=True,
    text="""Morning Jason,

Thanks for letting me know, and I'm sorry you've had a difficult few weeks with Connor. I've spoken to him this morning. He accepts that his timekeeping hasn't been good enough and that he shouldn't have spoken to the customer the way he did.

I'd like to suggest a short meeting with you, Connor and me before you make a final decision, ideally this week. If things don't improve after that, we'll end the placement on good terms and I'll make sure it doesn't affect your relationship with the college. You've been a brilliant employer for our lads over the years.

I'm copying in Craig, who coordinates placements.

Best regards,
Dean Whitworth

""" + sig("dean", "full", ext="2245") + """

From: Jason Moss <j.moss@example.com>
Sent: 30 November 2024 17:58
To: Dean Whitworth <d.whitworth@example-school.org.uk>
Subject: Connor - placement

Dean, I'm going to be honest with you, your lad's been a bloody liability. Late three times this week, talks shit to the customers and yesterday he told one of them to "chill out" when she asked why her car wasn't ready. I've had it. I'll give it till Christmas but that's it.
Jason
Moss Motors, Gorton
""")

POLICY_PDF = make_pdf([
    "Draft: Behaviour policy, section 6 - Language",
    "Tier 1: incidental swearing not directed at anyone (e.g. dropping a tool).",
    "Tier 2: swearing directed at another student or at staff.",
    "Tier 3: discriminatory language (racist, homophobic, sexist, disablist).",
    "Tier 3 is always logged as a prejudice-related incident.",
])

add(slug="behaviour_policy_language", label="clean",
    note="staff discussing behaviour policy on language, quoting example swear words",
    frm="rob", to=["dean", "gary", "shona", "bernie", "marcus", "siobhan"],
    subject="Behaviour policy review - section 6 (language) - your views",
    date=(2025, 3, 4, 16, 45, 0), kind="alt",
    text="""Hi all,

As promised at curriculum leads, the draft of section 6 is attached. The aim is to stop us treating every swear word the same, because at the moment a lad who says "oh shit" when he drops a spanner on his foot gets the same sanction as one who tells a member of staff to fuck off, and students rightly see that as unfair.

The proposal is three tiers:

Tier 1: incidental swearing, not aimed at anyone ("this is shit", "I've forgot my bloody pen"). A quiet word from the tutor; nothing logged unless it's persistent. In the workshops and salons we expect it to be dealt with the same way an employer would.

Tier 2: swearing aimed at a person, student or staff ("you're a dickhead", "fuck off, sir"). Logged, and the course tutor follows up.

Tier 3: discriminatory language, including racist, homophobic, sexist or disablist slurs, even "as a joke" (so "that's so gay" and "retard" come under this). Always logged as a prejudice-related incident and passed to the Head of Sixth Form.

Two things I'd like your views on by Friday 14th:
1. Is Tier 1 realistic in your area, or too soft?
2. Should employer feedback about language on placement feed into this?

Thanks,
Rob

""" + sig("rob", "full", ext="2002"),
    atts=[("Behaviour_policy_s6_language_DRAFT.pdf", "application/pdf", POLICY_PDF, "base64")])

add(slug="staff_sworn_at_incident", label="clean",
    note="staff-only incident log quoting what a student said to a teacher ('stuck-up bitch')",
    frm="priya", to=["yusuf"], cc=[("Nadia Hussain (DSL)", f"dsl@{SCHOOL}")],
    subject="Incident - C11 P5 - Student R",
    date=(2025, 3, 10, 15, 52, 30), kind="plain",
    text="""Yusuf,

For the record, as discussed in the corridor.

Period 5, GCSE English resit, room C11. I asked Student R twice to put his phone away as he was filming another student. The second time he stood up and said, loudly, "Fuck off, you stuck-up bitch, you can't tell me what to do." He then left the room and slammed the door.

I wasn't hurt and I'm fine, but the other students were shaken and one girl was upset because it was her he'd been filming. I've asked her to see Nadia tomorrow (copied in) as I don't know what he's done with the video.

Logged on CPOMS.

Priya
""" + sig("priya", "short"))

add(slug="intimate_waxing_unit", label="clean",
    note="beauty therapy intimate waxing unit (Brazilian, Hollywood, 'back, sack and crack') [unsure]",
    frm="kerryann", to=[("L3 Beauty Therapy", f"l3beauty@{PUPILS}")],
    subject="Unit 307 intimate waxing - before Wednesday",
    date=(2025, 2, 21, 13, 7, 17), kind="alt",
    text="""Hi all,

We start Unit 307 on Wednesday, which is intimate waxing. I know a few of you are nervous about it, which is completely normal. By the end of the unit you'll be doing it with the same professionalism as an eyebrow wax.

Before the session, please read the consultation chapter in the workbook. We'll cover:
- female intimate waxing: bikini line, Brazilian and Hollywood
- male intimate waxing, which the industry and some clients still call a "back, sack and crack", but we'll use the correct terms on consultation forms
- contraindications, especially around the genital area, and when you must refer a client to their GP
- consent, modesty towels, chaperones, and what to do if a client behaves inappropriately.

We'll practise on each other's underarms and legs first. Nobody will be asked to model for intimate waxing.

If you have a religious or personal reason for not wanting to do this unit, please come and talk to me privately; there are options.

Kerry-Ann

""" + sig("kerryann", "full", ext="2233"))

add(slug="personal_care_placement_guidance", label="clean",
    note="health and social care personal care vocabulary (genitals, continence, catheter, faeces)",
    frm="bernie", to=["rehana", "amber", "megan", "aaliyah", "keisha"],
    subject="Before your first care home shift - personal care",
    date=(2024, 10, 25, 14, 20, 38), kind="plain", cte="8bit",
    text="""Hi all,

Some of you start your T Level placements in residential care next week, so here's a reminder of what we covered on personal care. Read it again before your first shift.

- You will not be left to do personal care on your own. Always work with your supervisor.
- Always ask the resident's permission, explain what you're doing, and keep them covered with a towel as much as possible.
- When washing the genital area, use a separate flannel, wash front to back for women, and for men gently clean under the foreskin if they are uncircumcised and it is in their care plan.
- Continence: check and change pads as the care plan says, note any red or broken skin, and record urine output if asked. If you see blood in urine or faeces, report it straight away.
- Catheter care: never disconnect a catheter bag. Keep it below bladder level and report if it isn’t draining.
- Stoma care: observe only until you have been trained.

Dignity is everything. Think about how you’d want your nan to be treated.

Any worries, ring me on 01632 960000 or message me on Teams.

Bernadette Flynn
""" + sig("bernie", "bar"))

FALSE_FRIENDS = """Cześć wszystkim / Hallo zusammen / Bonjour!

For Thursday's languages enrichment session, we're doing "false friends": words that look like English words but mean something completely different. These always get a laugh, but they are also how you end up very embarrassed on your gap year.

A few to get you started:

German
- das Gift = poison (not a present!)
- der Mist = manure / rubbish
- die Ausfahrt = motorway exit, and gute Fahrt = have a good journey
- bekommen = to get (not to become)

Swedish
- slut = end ("Slutet" on the last page of a book). You will also see "Slutförsäljning" (closing-down sale) in shop windows.
- kiss = wee!

French
- un préservatif = a condom. Ask for "des conservateurs" if you mean preservatives.
- la librairie = bookshop, not library

Polish (for Oliwia and Jakub to correct me on)
- fart = luck ("mieć farta" = to be lucky)
- ewentualnie = possibly, not eventually

Bring any you know from home, in any language. There are 19 languages spoken in our first-year cohort so I'm expecting a long list!

Pani Wójcik

""" + sig("agnieszka", "full", ext="2420")

add(slug="languages_false_friends", label="clean",
    note="words in other languages (Swedish 'slut', Polish 'fart', German 'Gift'); encoded sender name",
    frm="agnieszka", to=[("Languages Enrichment", f"languages-enrichment@{PUPILS}")],
    subject="Thursday enrichment – false friends", date=(2024, 11, 12, 16, 5, 9),
    kind="alt", text=FALSE_FRIENDS)

add(slug="history_rump_peterloo", label="clean",
    note="history vocabulary (Rump Parliament, Pride's Purge, Peterloo)",
    frm="jamal", to=["ellie", "nathan", "ffion", "tariq", "sophie", "keisha"],
    subject="Essay feedback + reading for next week",
    date=(2024, 11, 1, 18, 22, 0), kind="plain",
    text="""Evening all,

Essays on the causes of the regicide are marked and back on Teams. Overall a really solid set. The common issue was the period between Pride's Purge in December 1648 and the execution: a lot of you jumped straight from the Purge to the trial without explaining what the Rump Parliament actually was and why a purged Commons of around 200 MPs was willing to do what the full House wouldn't. Have a look at my comments, then rewrite just that paragraph for Monday.

Reading for next week, as we move to the Protectorate:
- Woolrych, chapter 18 (on the Rump and its dissolution in April 1653)
- the Cromwell speech extract on Teams ("You have sat too long for any good you have been doing...")

Also, a reminder that our Peterloo walk is on Wednesday 13th. We meet at the Peterloo memorial on Windmill Street at 1.30. It's ten minutes from college; wear something warm.

Mr Ahmed
""" + sig("jamal", "full"))

GALLERY_HTML = """<div dir="ltr"><div>Hi all,</div><div><br></div>
<div>Quick reminder for Friday&#39;s gallery day for the A-level Art group. We&#39;re doing two galleries, so wear comfy shoes.</div><div><br></div>
<div><b>10.00</b> &ndash; Manchester Art Gallery. Spend at least 40 minutes with the Impressionist room. I want thumbnail studies of the Pissarro and the Sisley and notes on how they handle light on wet streets &ndash; really useful for your &quot;Urban&quot; coursework.</div><div><br></div>
<div><b>12.15</b> &ndash; lunch (bring your own, or there&#39;s a caf&eacute;).</div><div><br></div>
<div><b>1.30</b> &ndash; the Whitworth. Print room, then the textiles gallery. Look at how the artists crop and frame figures &ndash; compare with the Titian reproduction we looked at in class.</div><div><br></div>
<div>Bring your A4 sketchbook, a 2B and 4B pencil, and your bus pass. We&#39;re back at Park Row by 3.30.</div><div><br></div>
<div>Mr G</div><div><br></div>
<div><span style="color:rgb(102,102,102)">Matt Greenhalgh | Teacher of Art &amp; Design<br>Example School Sixth Form &amp; FE College | Park Row, LS1 4AP | 01632 960000</span></div></div>
"""

add(slug="art_gallery_pissarro", label="clean",
    note="artist names (Pissarro, Titian), HTML-only",
    frm="matt", to=["ellie", "megan", "oliwia", "kacey"],
    subject="Friday - gallery day", date=(2025, 3, 19, 16, 11, 47),
    kind="html", html=GALLERY_HTML, cte="quoted-printable", mid="owa")

add(slug="panto_dick_whittington", label="clean",
    note="panto title 'Dick Whittington'; emoji subject B-encoded",
    frm="chloe", to=[STUDENT_LIST], subject="Panto trip – Dick Whittington \U0001F384", subj_enc="B",
    date=(2024, 11, 25, 12, 30, 0), kind="alt", html_style="outlook",
    text="""Hiya everyone,

Enrichment are running a trip to the panto at the Opera House on Tuesday 17 December (evening performance). This year it's Dick Whittington, and we've been told there's a flying bus.

Tickets are £12. If you're on the bursary or free meals it's free, just tell us when you sign up. Places are limited to 50 and it's first come, first served.

Sign up at the Welfare office (next to the Street Café) by Friday 6 December with your £12 or bursary confirmation. We'll meet at the Opera House at 6.45pm; it's easy on the tram or bus.

It's students only this time, sorry, no mates from outside college. Come on, it'll be dead good.

Chloe & the Welfare and Enrichment Team

""" + sig("chloe", "bar"))

HARD = [m["slug"] for m in M[_H0:]]


# ------------------------------ EVERYDAY (clean) ---------------------------

add(slug="attendance_two_days", label="clean",
    note="attendance officer to carer about two unexplained absences",
    frm="joanne", to=[SAM], subject="Example Pupil Two - absence Monday and Tuesday",
    date=(2024, 10, 2, 9, 31, 0), kind="plain",
    text="""Dear Sam,

I'm contacting you because Example Pupil Two was marked absent from all sessions on Monday 30 September and Tuesday 1 October, and we haven't received a reason for either day.

I'm sure there is a simple explanation, but could you let me know by replying to this email or ringing the attendance line on 01632 960000 (option 2)? If Example Pupil Two has been unwell, that's absolutely fine; we just need it recorded.

Example Pupil Two's attendance this term is currently 86%. The college expects 95%, and bursary payments are linked to attendance, so it's worth getting on top of it early.

Many thanks,

Joanne Pickup
Attendance Officer
Example School Sixth Form & FE College
Park Row, LS1 4AP
Attendance line: 01632 960000 (option 2)
""")

RESIT_PDF = make_pdf([
    "November 2024 GCSE resit timetable",
    "English Language Paper 1: Tue 5 Nov, 9.00am, Sports Hall",
    "Maths Paper 1 (non-calculator): Wed 6 Nov, 9.00am, Sports Hall",
    "English Language Paper 2: Thu 7 Nov, 9.00am, Sports Hall",
    "Maths Paper 2 (calculator): Thu 7 Nov, 1.30pm, Sports Hall",
    "Maths Paper 3 (calculator): Mon 11 Nov, 9.00am, Sports Hall",
    "Bring photo ID. Arrive 20 minutes before the start.",
])

add(slug="november_resit_timetable", label="clean",
    note="exams officer: November resit timetable with PDF",
    frm="lorraine", to=[("GCSE Resit Students", f"gcse-resits@{PUPILS}")],
    subject="Your November GCSE resit timetable - please read",
    date=(2024, 10, 15, 12, 0, 0), kind="alt",
    text="""Dear students,

Your personal timetable for the November GCSE English Language and Maths resits is attached. All exams are in the Sports Hall.

Please make sure that you:
- arrive 20 minutes before the start time; if you're late, you may not be allowed in
- bring your college ID card or other photo ID (provisional driving licence is fine)
- bring a black pen, pencil, ruler, rubber and a scientific calculator for Maths Papers 2 and 3
- switch off your phone and smartwatch and hand them in at the door. Being caught with a phone, even switched off, can mean disqualification from ALL your exams.

If you work part-time, please tell your employer now that you're not available on these dates. Exam clashes with work are not a reason for special consideration.

If you have access arrangements (extra time, a reader, a separate room), you will get a separate email from Learning Support.

Good luck!

Lorraine Tattersall
Exams Officer
Example School Sixth Form & FE College | Park Row, LS1 4AP | 01632 960000
""",
    atts=[("Resit_timetable_Nov2024.pdf", "application/pdf", RESIT_PDF, "base64")])

add(slug="mv_ppe_reminder", label="clean",
    note="motor vehicle tutor reminder about PPE to students",
    frm="dean", to=["kieran", "jakub", "connor", "dylan", "mason", "harvey", "jordan"],
    subject="PPE from Monday",
    date=(2024, 9, 12, 15, 55, 23), kind="plain",
    text="""Lads,

From Monday nobody goes in the workshop without the proper kit. That means:

- steel toecap boots (not trainers, not "my trainers are dead strong")
- college overalls - the college shop has them for £18, and if you're on the bursary they're free, just ask Karen in Student Finance
- safety glasses, which we provide.

Don't mither Kev for spare boots; he hasn't got any.

If money's tight, come and see me quietly and we'll sort it. Nobody's missing practical because of a pair of boots.

Mr Whitworth
""" + sig("dean", "full", ext="2245"))

add(slug="tlevel_hours_log_employer", label="clean",
    note="placements coordinator to care home employer: hours log and visit",
    frm="craig", to=["akhtar"], subject="T Level placement - Example Pupil One - visit and hours",
    date=(2024, 11, 12, 11, 5, 48), kind="alt",
    text="""Dear Hina,

Thank you for welcoming Example Pupil One to Laurel Bank last week. By all accounts the first two days went really well, and she came back full of it.

I'd like to do a short health and safety and wellbeing visit in the next fortnight, ideally around 30 minutes with you and 15 with Example Pupil One. Would Tuesday 19 or Wednesday 20 November, between 10 and 12, work for you?

Could I also ask you to check and sign off her hours on the placement portal each Friday? The T Level needs 315 hours in total, and it's much easier to keep on top of it weekly than to chase it up in June. If you have any trouble logging in, just reply and I'll reset it.

Kind regards,

Craig Dunleavy

""" + sig("craig", "full", ext="2150"))

add(slug="hair_model_days", label="clean",
    note="hair tutor: model days and skin tests",
    frm="shona", to=[("L2 Hairdressing", f"l2hair-2024@{PUPILS}")],
    subject="Model days for colour assessment",
    date=(2025, 1, 16, 10, 21, 0), kind="plain", cte="8bit",
    text="""Hi everyone,

Your colour assessments are on Tuesday 4 and Wednesday 5 February, so you need to start booking models NOW, not the week before.

Reminders:
• Every model needs a skin test at least 48 hours before. They can pop into the salon any weekday between 9 and 4 and one of us will do it.
• Models must be 16 or over. If they’re under 18 they need a signed consent form (on Teams).
• You need one full head or T-section and one partial highlight, so two models minimum.
• Your nan, your auntie and your mate from work all count! Ask early.

If you’re struggling to find someone, tell me by the end of next week and I’ll see who’s on the salon waiting list.

Shona
""" + sig("shona", "bar"))

add(slug="reply_driving_lessons", label="clean",
    note="reply to parent about driving lessons and Wednesday tutorial (quoted Gmail thread)",
    frm="bernie", to=[JANE], subject="Re: Wednesday afternoons",
    date=(2024, 9, 20, 13, 2, 15), kind="alt", html_style="gmail", reply=True,
    text="""Dear Jane,

Thanks for getting in touch, and congratulations to Example Pupil One on booking her lessons!

Wednesday afternoons are tutorial and enrichment, which don't carry coursework deadlines, so a 2pm lesson is fine on most weeks. The exceptions are 16 October and 27 November, which are placement preparation sessions she really does need to attend. If she could move her lesson on those two days, that would be great.

Please just let her tutor know at the start of each week, so she isn't marked absent.

Best wishes,

Bernadette Flynn
Curriculum Lead, Health & Social Care
Example School Sixth Form & FE College | 01632 960000

On Thu, 19 Sept 2024 at 20:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Bernadette, Example Pupil One has finally got driving lessons booked
> with an instructor in Chorlton, but the only slot he had is Wednesdays at
> 2pm. Her timetable says she has tutorial then. Is that a problem? She's
> worried about getting in trouble.
> Thanks, Jane
""")

add(slug="block_c_heating", label="clean",
    note="estates: heating off in Block C, room moves",
    frm="wayne", to=[STAFF_LIST], subject="Block C - no heating today",
    date=(2024, 11, 20, 7, 35, 0), kind="plain",
    text="""Morning all,

The boiler serving Block C has failed overnight. Engineer is booked for 10am but we won't have heat in C block today.

Room moves for today:
C07 -> D12
C09 -> Library seminar room 2
C11 -> B02
C14 -> stays put (it has the portable heaters)

Staff in C block: please send students to the new rooms and don't block the corridor heaters with bags. I'll update you by 2pm.

Wayne
Estates Manager | 01632 960000
""")

NEWS_TEXT = """PARK ROW WEEKLY - Friday 4 October 2024

HELLO FROM THE PRINCIPAL
What a start to the year! Over 1,400 students are now enrolled across our vocational, T Level, apprenticeship and A-level courses. Thank you for settling in so quickly.

OPEN EVENING - THURSDAY 17 OCTOBER, 5-8PM
Know someone in Year 11? Bring them along. Current students can earn enrichment hours by volunteering as guides. Sign up with Chloe in Welfare.

BUS PASSES
If you're 16-18 you can get the igo pass for cheaper bus travel on the Bee Network. If you applied for a travel bursary, collect your pass from Student Finance after 12 on Monday.

FREE BREAKFAST
Breakfast club runs 8-8.45am every day in the Street Café. Toast, cereal, fruit and a brew. No need to sign up.

PART-TIME JOBS FAIR
Wednesday 9 October, 12-2pm, Atrium. Twenty local employers including retail, hospitality and care homes. Bring a CV if you've got one, and if you haven't, the Careers team will help you write one.

DRIVING TO COLLEGE?
Parking permits for students are limited. Apply through the portal and please don't park on Park Row itself; the neighbours are not buzzing about it.

WELLBEING
Feeling overwhelmed? The Welfare team are in the office next to the Street Café, 8.30-4.30. You can also text our wellbeing line on 07700 900612.

Have a good weekend!
"""

add(slug="weekly_bulletin", label="clean",
    note="weekly college newsletter (multipart/alternative)",
    frm="comms", to=[STUDENT_LIST], subject="Park Row Weekly - 4 October",
    date=(2024, 10, 4, 15, 0, 0), kind="alt", html_style="outlook", text=NEWS_TEXT)

add(slug="bursary_evidence_request", label="clean",
    note="student finance to parent: bursary evidence, QP",
    frm="karen", to=[ALI], subject="16-19 Bursary application - Example Pupil Three",
    date=(2024, 9, 24, 14, 47, 6), kind="plain", cte="quoted-printable",
    text="""Dear Mr Guardian,

Thank you for submitting Example Pupil Three's 16-19 Bursary application. Before we can assess it, we need one more piece of evidence: your most recent Universal Credit statement showing the household income for the last assessment period (a screenshot from your online journal is fine).

Once we have it, applications are usually processed within 10 working days. If eligible, Example Pupil Three would receive:
- a free Bee Network igo bus pass
- free college meals (£3.50 per day on his ID card)
- help with course costs such as his Public Services kit and the residential trip.

You can reply to this email with the attachment, or hand a copy in at Student Finance (ground floor, next to reception).

Kind regards,

Karen Lees
Student Finance Officer
Example School Sixth Form & FE College
Park Row, LS1 4AP
01632 960000
""")

CONSENT_PDF = make_pdf([
    "Visit to fire service training centre - consent form",
    "Date: Wednesday 26 February 2025. Depart Park Row 8.45am, return 3.30pm.",
    "Student name: ______________________   Course: L3 Public Services",
    "Emergency contact: ____________________   Phone: ______________",
    "Medical information / allergies: _________________________________",
    "Signed (student, or parent/carer if under 18): ________________",
])

add(slug="fire_service_visit", label="clean",
    note="public services trip to fire service training centre with consent form",
    frm="marcus", to=[("L3 Public Services Y2", f"l3ps-y2@{PUPILS}")], cc=["phil"],
    subject="Fire service training centre visit - 26 Feb",
    date=(2025, 2, 10, 9, 12, 33), kind="alt",
    text="""Hi all,

Good news: the fire service training centre in Bury has confirmed our visit on Wednesday 26 February. This covers the practical part of Unit 9 (emergency response), so everyone needs to be there.

What's happening:
- a tour of the training tower and the hot fire unit
- a road traffic collision demo with the extrication team
- a Q&A about the recruitment process with two firefighters who joined in the last three years.

We leave Park Row at 8.45 on the coach and we're back by 3.30. Wear your Public Services polo and black trousers, and bring a packed lunch.

The consent form is attached. Print it or pick one up from D14, and get it back to me by Friday 21st. If you work on Wednesdays, let your employer know now.

Mr Okafor

""" + sig("marcus", "full"),
    atts=[("Consent_fire_service_visit.pdf", "application/pdf", CONSENT_PDF, "base64")])

add(slug="dbs_checks_students", label="clean",
    note="H&SC curriculum lead: DBS applications and ID documents",
    frm="bernie", to=[("T Level Health Y1", f"tlhealth-y1@{PUPILS}")],
    subject="DBS checks - bring your ID on Thursday",
    date=(2024, 9, 16, 16, 0, 41), kind="plain", cte="8bit",
    text="""Hello everyone,

Before you can start your industry placement, you need an enhanced DBS check. We’re doing the applications together in tutorial on Thursday 19 September, period 3, in H04.

You need to bring THREE original documents (not photos of them):
1. a passport or full/provisional driving licence
2. a birth certificate (if you don’t have a passport)
3. something showing your current address dated in the last 3 months, such as a bank statement or a letter from the GP.

If you’ve moved house in the last five years, you’ll also need every address and the dates you lived there. Ask at home if you’re not sure.

The college pays for the check, so there’s no cost to you. It takes about 3 to 4 weeks to come back.

If you can’t get these documents together, come and see me before Thursday and we’ll work something out.

Bernadette
""" + sig("bernie", "bar"))

MINUTES_TXT = """Vocational Curriculum Leads - Minutes
Date: Tuesday 8 October 2024, 3.45pm, Boardroom
Present: RH (chair), DW, GM, SK, BF, MO, SD, CD
Apologies: LC

1. Enrolment figures
   Vocational enrolment is 3% up on last year. Construction over target (plastering group now 19).
   Hair & Beauty L1 under target by 6 - SK to follow up late applicants from the summer open day.

2. Industry placements
   CD: 71% of T Level students have a placement confirmed. Health and Digital are fine; Construction
   is hardest. Action: GM and CD to contact the three contractors from the employer evening.

3. English and maths resits
   Attendance at resit classes is 78%, below the 85% target. Discussion about timetabling resits
   on placement days. Action: RH to raise with the timetabler.

4. Learning walks
   Feedback to be shared within 48 hours in future. Action: RH.

5. AOB
   MO: minibus booking system keeps double-booking. Action: CD to speak to Estates.

Next meeting: Tuesday 5 November, 3.45pm.
"""

add(slug="curriculum_leads_minutes", label="clean",
    note="meeting minutes with text attachment",
    frm="rob", to=["dean", "gary", "shona", "bernie", "marcus", "siobhan", "craig"], cc=["liam"],
    subject="Minutes - vocational curriculum leads 8 Oct",
    date=(2024, 10, 9, 8, 15, 2), kind="plain",
    text="""Hi all,

Minutes from yesterday attached. Please check your actions, particularly the placement ones, as we're reporting on those to governors in November.

Liam, sorry you couldn't make it; nothing urgent for Digital beyond item 2.

Thanks,
Rob
""" + sig("rob", "bar"),
    atts=[("Minutes_VCL_2024-10-08.txt", "text/plain", MINUTES_TXT, "7bit")])

add(slug="maths_homework_login", label="clean",
    note="maths tutor replying to a student's homework login problem",
    frm="tom", to=["zain"], subject="RE: homework",
    date=(2024, 10, 17, 19, 40, 0), kind="plain", reply=True,
    text="""Hi Zain,

No worries, it happens to a lot of people at the start. Your username is your college email address. I've just reset your password and the temporary one has gone to the personal email we have on file (check your junk folder). You'll be asked to change it when you log in.

The homework is the ratio and proportion task, 12 questions, due Monday. If the website still won't let you in, do questions 1-12 on page 34 of the workbook instead and show me on Monday.

Good to see you're on it. See you Thursday.

Mr Ashworth

-----Original Message-----
From: Zain Ali <24zali@pupils.example-school.org.uk>
Sent: 17 October 2024 18:55
To: Tom Ashworth <t.ashworth@example-school.org.uk>
Subject: homework

sir i cant get onto the homework site it keeps saying password wrong. i tried resetting it but the email never comes
""")

add(slug="english_mock_results", label="clean",
    note="English resit tutor: mock results and next steps",
    frm="priya", to=[("GCSE English Resit - Group 4", f"gcse-eng-g4@{PUPILS}")],
    subject="Mock results and what happens next",
    date=(2025, 1, 10, 14, 44, 17), kind="alt",
    text="""Hi Group 4,

Your mock results are now on ProMonitor. Overall, really pleasing: 9 of you are at a grade 4 or above, and most of the rest are within 6 marks of it.

A few things that I noticed across the group:
- Section B (the writing question) is where most of your marks are. If you plan for 5 minutes, you write better. Every time.
- Question 5 paragraphs: vary your sentence openings. "I" started 30% of sentences in some papers!
- Question 2: lots of you are still retelling the text instead of analysing. Use the "what, how, why" model.

Next steps: in lessons over the next three weeks we'll focus on Section B. I'd also like to see anyone below a grade 3 for a 10-minute one-to-one. I'll put a sign-up sheet on the door of C11.

Proud of you all; a lot of you are doing this around jobs and placements, and it shows.

Ms Raval

""" + sig("priya", "full"))

add(slug="epa_gateway_forward", label="clean",
    note="forwarded EPA booking email from assessment organisation",
    frm="craig", to=["dean"], subject="Fwd: EPA gateway confirmation - L3 Light Vehicle apprentice",
    date=(2025, 3, 6, 9, 2, 11), kind="plain",
    text="""Dean,

EPA dates below for Reece. Can you make sure his portfolio is signed off by the 14th and book him the practical bay for a mock observation the week before?

Cheers
Craig

---------- Forwarded message ---------
From: Northern Assessment Services <bookings@example.org>
Date: Wed, 5 Mar 2025 at 16:20
Subject: EPA gateway confirmation - L3 Light Vehicle apprentice
To: Craig Dunleavy <c.dunleavy@example-school.org.uk>

Dear Craig,

We confirm that the apprentice named below has passed gateway and that the end-point assessment has been scheduled.

Apprentice: Reece Doran
Standard: Motor Vehicle Service and Maintenance Technician (Light Vehicle) Level 3
Knowledge test (online): Tuesday 25 March 2025, 10:00
Practical observation: Thursday 3 April 2025, 09:00, at the employer's premises
Professional discussion: Thursday 3 April 2025, 14:00 (remote)

Please ensure that the portfolio of evidence is uploaded by 14 March. If any of these dates are unsuitable, contact us on 0161 496 0382 within five working days.

Kind regards,
EPA Bookings Team
Northern Assessment Services
""")

add(slug="password_reset_student", label="clean",
    note="IT technician to student: password reset and MFA",
    frm="ravi", to=["kacey"], subject="Your college account",
    date=(2024, 9, 10, 10, 30, 0), kind="plain",
    text="""Hi Kacey,

Your account was locked after too many wrong password attempts. I've unlocked it and set a temporary password, which I'll give you in person. Come to the IT office in B01 (next to the library) with your ID card, any time before 4.

When you log in, you'll need to set up the Authenticator app on your phone for multi-factor authentication. It takes about two minutes.

For the Wi-Fi, connect to "College-Student" and use your college email and the new password.

Ravi
IT Support | ext. 2500
""")

add(slug="parking_permits", label="clean",
    note="office to students who drive: parking permits",
    frm="helen", to=[STUDENT_LIST], subject="Student parking permits - spring term",
    date=(2025, 1, 6, 8, 45, 0), kind="alt", html_style="outlook",
    text="""Dear students,

If you drive to college and want a parking permit for the spring term, applications are now open on the student portal (Services > Parking). You'll need:
- your full driving licence
- your insurance certificate showing you as a named driver or policyholder
- your vehicle registration.

There are only 60 student spaces in the rear car park, so permits go to students with placements or part-time jobs they drive to straight after college, students living more than 5 miles away with no direct bus, and students with a medical need.

Please don't park on Park Row or in the surrounding streets without a permit. We've had complaints from residents and the council has started ticketing.

Thank you,

Helen Ogden
Reception & Office | Example School Sixth Form & FE College | Park Row, LS1 4AP | 01632 960000
""")

add(slug="part_time_shift_clash", label="clean",
    note="tutor to student about weekend job clashing with Friday afternoons",
    frm="liam", to=["arjun"], subject="Friday afternoons",
    date=(2024, 10, 11, 16, 27, 48), kind="plain",
    text="""Hi Arjun,

Thanks for being honest with me about the Friday shifts at the Trafford Centre. I get it, the money matters, and they're clearly keen on you if they want you for extra hours.

But Friday afternoon is your employer-set project for the T Level, and you've missed two out of the last three. That's the part of the course that employers look at most.

Can you ask your manager if the shift could start at 5 instead of 2? If it helps, I'm happy to write a short letter explaining your college timetable; a lot of the big retailers are used to that.

Let me know how you get on. Still buzzing about your website demo on Tuesday, by the way; Ian's team at your placement were really impressed.

Liam
""" + sig("liam", "short"))

add(slug="hardship_fund_approved", label="clean",
    note="welfare officer to student: hardship fund approved; base64 body",
    frm="chloe", to=["mason"], subject="Good news - hardship fund",
    date=(2024, 11, 6, 13, 2, 9), kind="plain", cte="base64", mid="iphone",
    xmailer="iPhone Mail (22A3354)",
    text="""Hiya Mason,

Just to let you know your hardship fund application has been approved 👍 You'll get:

- £60 in food vouchers (collect from me in the Welfare office any time this week)
- your bus pass topped up till Christmas
- free scran in the refectory added to your ID card from tomorrow.

Also, I've spoken to Dean and he knows you're doing less at the car wash now so you can actually get some sleep. Proud of you for asking for help, our kid.

Chloe x

Sent from my iPhone
""")

add(slug="cscs_test_booking", label="clean",
    note="construction tutor: CSCS / health and safety test booking",
    frm="gary", to=[("L2 Construction", f"l2construction@{PUPILS}")],
    subject="CSCS card - health, safety and environment test",
    date=(2025, 3, 14, 11, 9, 22), kind="plain",
    text="""Right lads (and Kacey),

If you want to work on a site this summer, you need a CSCS card, and for that you need to pass the health, safety and environment test first.

The college will pay for the test for anyone on a Level 2 course this year. We've booked a block of slots at the test centre in the city centre on Friday 4 April. Sign up with me by the end of next week, and I'll need your full name as it appears on your ID and your date of birth.

There's a revision app and mock tests on Teams. Do at least three mocks before the real thing; you need 45 out of 50 to pass.

Gary
""" + sig("gary", "bar"))

add(slug="sick_cover_request", label="clean",
    note="teacher off sick: short cover request",
    frm="simon", to=["linda"], subject="Off sick today - cover work",
    date=(2025, 2, 3, 6, 52, 0), kind="plain",
    text="""Morning Linda,

Sorry, I've been up all night with a stomach bug, so I won't be in today. Cover work:

P1 Y12 Bio (S3): textbook pages 112-115, questions 1-6. Books are in the grey tray.
P3 Y13 Bio (S3): past paper 2 from the revision folder on Teams, 60 minutes.
P4: free.
P5 Y12 Bio (S4): practical write-ups. They know what they're doing.

Hopefully back tomorrow.

Simon
""")

add(slug="progress_review_parents_evening", label="clean",
    note="head of sixth form to carer: progress reviews and parents' evening",
    frm="yusuf", to=[SAM], subject="Progress review and parents' evening",
    date=(2024, 11, 26, 12, 50, 0), kind="alt",
    text="""Dear Sam,

Example Pupil Two's first progress review is now available on the parent portal. It includes his attendance, his grades in each unit so far and his tutor's comments.

Parents' evening is on Thursday 5 December, 4.30-7.30pm. You can book appointments with his course tutor and his maths resit tutor through the portal from Monday. Appointments are 10 minutes. If you can't come in person, you can choose a phone call instead.

If you have any problems logging in, reply to this email or ring reception on 01632 960000 and they'll reset it for you.

Kind regards,

Yusuf Patel

""" + sig("yusuf", "full", ext="2100"))

add(slug="lost_car_keys", label="clean",
    note="office: car keys found in car park",
    frm="helen", to=[STAFF_LIST], subject="Found - car keys in rear car park",
    date=(2024, 12, 12, 13, 21, 0), kind="plain",
    text="""Hi all,

A set of Vauxhall car keys with a Man City keyring and a Tesco clubcard fob was handed in at reception at lunchtime. Found near the rear car park gate.

If they're yours (or a student's you know), they can collect them from reception with ID.

Thanks,
Helen
Reception | 01632 960000
""")

add(slug="football_fixture", label="clean",
    note="PE instructor to college football squad: fixture and minibus",
    frm="phil", to=["tyler", "jordan", "dylan", "tariq", "harvey", "connor", "callum", "reece"],
    subject="Wednesday fixture vs Trafford - squad",
    date=(2024, 11, 4, 17, 10, 0), kind="plain",
    text="""Lads,

Squad for Wednesday's league game away at Trafford. Kick-off 2pm, minibus leaves at 1pm from the sports hall. Don't be late; I'll go without you.

Tyler, Jordan, Dylan, Tariq, Harvey, Connor, Callum, Reece, plus whoever's fit from the usual lot at training Tuesday.

Kit's washed and in the bag. Bring shin pads and boots for a 3G pitch (no metal studs).

Callum, good to have you back; it was a great turn-out last week against Stockport. Buzzing for this one.

Mr Rigby
""")

add(slug="library_overdue", label="clean",
    note="library overdue reminder to student",
    frm="sue", to=["sophie"], subject="Overdue library books",
    date=(2025, 2, 27, 10, 0, 0), kind="plain",
    text="""Hi Sophie,

Our records show the following books are overdue:

- "The Handmaid's Tale", Margaret Atwood (due 10/02)
- "AQA A Level Psychology, Year 2" (due 14/02)

Could you bring them back or renew them online this week? Someone else has a reservation on the psychology textbook.

Thanks,
Sue Moorhouse
Learning Resource Centre
""")

add(slug="salon_employer_thanks", label="clean",
    note="hair tutor thanks salon employer; reply with quoted Outlook text; encoded employer name",
    frm="shona", to=["renee"], subject="RE: Leah - end of placement",
    date=(2024, 12, 18, 9, 17, 2), kind="alt", reply=True,
    text="""Hi Renée,

Thank you so much for this, and for everything you've done for Leah. She's a different girl since she started with you. She told me on Friday that she'd done her first full colour on a paying client and I think she was more nervous than the client!

I'll pass your feedback on. If you're happy to, could you also fill in the short employer feedback form (link below)? It takes five minutes and it really helps with our quality reports.

We'd love to place another student with you after Easter if you have room. Have a lovely Christmas, and thanks again.

Shona

""" + sig("shona", "full", ext="2231") + """

From: Renée Barlow <renee.barlow@example.com>
Sent: 17 December 2024 19:03
To: Shona Kelly <s.kelly@example-school.org.uk>
Subject: Leah - end of placement

Hi Shona, just to say Leah's been a credit to the college. Clients love her and the girls in the salon are going to miss her. If she wants a Saturday job in the new year she's got one. Renée
""")

add(slug="fire_drill_notice", label="clean",
    note="estates: fire drill notice",
    frm="wayne", to=[STAFF_LIST], subject="Fire drill - Tuesday morning",
    date=(2025, 3, 20, 15, 30, 0), kind="plain",
    text="""Hi all,

We'll be running the termly fire evacuation drill on Tuesday morning (I won't say exactly when).

Please:
- take your register or class list with you so you can check everyone is out
- go to your normal assembly point (Block A/B: front car park; Block C/D: rear car park; workshops: staff car park by the gate)
- make sure students in the workshops and salons turn off equipment if it is safe to do so
- staff with students who have a PEEP: follow the plan and tell the fire marshal when you're out.

Thanks for your help,

Wayne Fairclough
Estates Manager | Example School Sixth Form & FE College | 01632 960000
""")

add(slug="work_experience_fire_station", label="clean",
    note="placements coordinator to parent: work experience confirmation",
    frm="craig", to=[ALI], cc=["marcus"], subject="Work experience week - confirmed",
    date=(2025, 3, 18, 12, 6, 0), kind="alt",
    text="""Dear Mr Guardian,

I'm pleased to confirm that Example Pupil Three has a week's work experience with the community fire safety team from Monday 28 April to Friday 2 May.

He'll be based at the community fire station on Hardwick Road, working 9 to 4 each day. His supervisor is Watch Manager Stuart Hepworth. He'll be shadowing home fire safety visits and helping with a school education session, which is great evidence for his course.

What he needs:
- smart, comfortable clothes and black shoes (no trainers)
- a packed lunch
- his college ID card.

The health and safety check has been done and the placement is covered by the college's insurance. If he's ill or can't attend for any reason, please ring the station on 0161 496 0927 and let me know too.

Kind regards,

Craig Dunleavy

""" + sig("craig", "full", ext="2150"))

XMAS_TEXT = """Hi everyone,

It's that time again! The staff Christmas do is on Friday 13 December at the Lahori Grill on Wilmslow Road in Rusholme, from 7pm. Proper scran, as always.

- £25 a head for three courses, with veggie, vegan and halal options, and a soft drinks package
- please pay the £25 deposit to me by Friday 29 November (cash in an envelope in my pigeonhole, or bank transfer - details on the staffroom noticeboard)
- Secret Santa: £10 limit, names drawn at the staff briefing on 2 December. Nothing rude, please!

Taxis back into town will be booked for 11. If you're driving, let me know so I can put you on the "designated driver" list and you get your drinks free.

Hope to see lots of you there. It's been a long term and we deserve it.

Denise

""" + sig("denise", "bar")

add(slug="staff_christmas_do", label="clean",
    note="PA to Principal: staff Christmas meal arrangements",
    frm="denise", to=[STAFF_LIST], subject="Staff Christmas do – Friday 13 December",
    date=(2024, 11, 18, 12, 30, 0), kind="alt", html_style="outlook", text=XMAS_TEXT)

add(slug="coursework_extension_reply", label="clean",
    note="A-level teacher replying to a student's extension request (quoted)",
    frm="aisling", to=["ellie"], subject="Re: NEA extension?",
    date=(2025, 3, 24, 18, 2, 44), kind="alt", html_style="gmail", reply=True,
    text="""Hi Ellie,

Thanks for letting me know early rather than the night before - that makes a big difference.

I can give you until Wednesday 2 April for the full draft, but not beyond that, because I have to get the moderation sample together after Easter. If you can send me the first half (the Larkin section) by this Friday, I'll give you feedback on it over the weekend so you're not waiting.

Please don't pick up any extra shifts next week if you can avoid it. I know the money helps, but this is 20% of your A level.

Ms Murphy

On Mon, 24 Mar 2025 at 16:37, Ellie Carter <23ecarter@pupils.example-school.org.uk> wrote:
> Hi Miss, I'm really sorry but I don't think I'm going to have my NEA draft
> finished for Friday. I've been doing extra shifts at the pub because my mum's
> hours got cut. I've done about 1500 words. Is there any chance I could have
> till next week? Sorry
> Ellie
""")


# ==========================================================================
# Build
# ==========================================================================
def body_of(m):
    slug = m["slug"]
    bstyle = "gmail" if m.get("html_style") == "gmail" else "outlook"
    kind = m["kind"]
    if kind == "plain":
        text = m["text"]
        cte = m.get("cte") or ("7bit" if text.isascii() else "8bit")
        part = leaf("text/plain", text, cte)
    elif kind == "alt":
        text = m["text"]
        html_s = m.get("html") or to_html(text, m.get("html_style", "outlook"))
        tcte = m.get("text_cte") or "quoted-printable"
        part = multipart("alternative", boundary(slug, bstyle),
                         [leaf("text/plain", text, tcte), leaf("text/html", html_s, "quoted-printable")])
    elif kind == "html":
        part = leaf("text/html", m["html"], m.get("cte") or "quoted-printable")
    else:
        raise ValueError(kind)
    if m.get("atts"):
        parts = [part]
        for fn, ctype, content, cte in m["atts"]:
            parts.append(leaf(ctype, content, cte, filename=fn))
        part = multipart("mixed", boundary(slug + ":mixed", bstyle), parts,
                         preamble="This is a multi-part message in MIME format." if bstyle == "outlook" else None)
    return part


def build(m):
    mstyle = m.get("mid", "gmail" if m.get("html_style") == "gmail" else "outlook")
    hdr = [
        "From: " + fmt_addr(m["frm"]),
        "To: " + fmt_addr_list(m["to"]),
    ]
    if m.get("cc"):
        hdr.append("Cc: " + fmt_addr_list(m["cc"]))
    hdr.append("Subject: " + fmt_subject(m["subject"], m.get("subj_enc")))
    hdr.append("Date: " + when(*m["date"]))
    hdr.append("Message-ID: " + msgid(m["slug"], mstyle))
    if m.get("reply"):
        parent = msgid(m["slug"] + ":parent", "gmail" if "wrote:" in m.get("text", "") else "outlook")
        hdr.append("In-Reply-To: " + parent)
        hdr.append("References: " + parent)
    if mstyle == "outlook":
        hdr.append("Content-Language: en-GB")
    if m.get("xmailer"):
        hdr.append("X-Mailer: " + m["xmailer"])
    hdr.append("MIME-Version: 1.0")
    phdr, pbody = body_of(m)
    head = "\n".join(hdr + phdr)
    assert head.isascii(), m["slug"]
    assert SOFT not in pbody, m["slug"]
    raw = head + "\n\n" + pbody
    for line in raw.split("\n"):
        assert len(line.encode("utf-8")) <= 998, (m["slug"], line[:60])
    return raw.encode("utf-8")


def recipients(m):
    return " ".join(who(k)[1] for k in list(m["to"]) + list(m.get("cc", [])))


README = """# Round 40 held-out corpus: obscene-language

**BLIND. Never use these files for tuning, rule writing or debugging the filter.**
They exist only to measure how the obscene-language check behaves on mail nobody tuned it on.
The author did not read the filter's code, rules, tests or docs.

## What it is

{total} complete RFC 5322 e-mail messages sent by staff of a fictional further-education and
sixth-form college in Manchester (ages 16-19: motor vehicle, construction, plumbing, hair and
beauty, public services, health and social care, T Levels, apprenticeships with employer
placements, GCSE English and maths resits, A levels). Senders are staff at
example-school.org.uk; recipients are colleagues, students (pupils.example-school.org.uk),
the three parents in directory/parents.csv, and employers (example.com / .org / .net).
All people, addresses and phone numbers are invented (Ofcom drama ranges only).

`labels.csv` gives, for each file, the expected verdict (`flag` or `clean`) as the college's
safeguarding lead would judge it against the policy ("staff must not use obscene language or
swear words, nor make offensive comments on grounds of gender, race, disability, age, religion
or sexual orientation"), the envelope sender, the recipients (To + Cc) and a short note.
Judgement calls are marked `[unsure]` in the note.

## How it was made

Written by hand (the message texts) and assembled by `../make_round40_obscene.py`
(Python 3.11 standard library only). The MIME is written byte by byte, with fixed dates,
Message-IDs and boundaries, so the output is deterministic.

Regenerate (byte-identical) from the repository root:

    python3 tests/holdout/round40/make_round40_obscene.py

The script also re-parses every file with `email.message_from_bytes(..., policy=email.policy.default)`,
checks that the decoded text equals the source text, and checks labels.csv against the files.

## Counts

| expected | kind | count |
|---|---|---|
| flag | swearing / slurs in the author's own words, plain | {flag_plain} |
| flag | disguised or encoded | {flag_disg} |
| clean | everyday college mail | {clean_every} |
| clean | hard negatives | {clean_hard} |
| **total** | | **{total}** |

Formats: {n_plain} text/plain only, {n_alt} multipart/alternative (plain + HTML), {n_html} HTML only;
{n_att} with attachments; {n_qp} with quoted-printable parts, {n_b64} with base64 text bodies;
{n_enc} with RFC 2047 encoded subjects or names; {n_reply} replies or forwards with quoted text.

## Kinds of case

Flag:
- casual staff-to-staff venting (fuck, bollocks, twat, arsehole, shit, prick, c.u.n.t ...)
- a tutor to a student ("stop pissing about"), a tutor to a class group, a tutor to a parent ("pissed off")
- slurs: racial ("paki shop"), disability ("retards"), homophobic (leetspeak "p00fter")
- the swear only in a CSV attachment (tutor comment column) or only in an encoded subject
- disguises: asterisks, symbols, leetspeak, repeated letters, dots between letters, Cyrillic
  homoglyphs, full-width letters, zero-width characters, words split by HTML tags or entities,
  a quoted-printable soft line break inside the word, base64 bodies, RFC 2047 subjects

Clean hard negatives:
- place names (Scunthorpe, Cockermouth, Clitheroe, Penistone, Shitterton, Twatt, Sussex/Middlesex/Essex)
- surnames (Dickens, Cockburn, Wankhede), foods (faggots, spotted dick, cock-a-leekie), birds
  (great tit, shag, cock pheasant, woodcock), sports (snatch, clean and jerk, box), trade
  vocabulary (ballcock, stopcock, hex nipple, male/female fittings, petcock, big end, gear knob)
- biology, health and social care personal care, beauty therapy intimate waxing, RSE letter to a parent,
  SEND terms (spastic diplegia, Tourette's with coprolalia)
- set texts (King Lear "bastard", The Handmaid's Tale "Nolite te bastardes carborundorum"),
  history (Rump Parliament), art (Pissarro, Titian), panto (Dick Whittington), false friends in
  other languages (Swedish slut, Polish fart, German Gift)
- staff-only reports to the DSL or Head of Sixth Form that quote exactly what a student said
- polite replies where the abuse is only in the parent's or employer's quoted text
- staff discussing the behaviour policy on language, with examples

Clean everyday: attendance, exams, PPE, placements and hours logs, model days, DBS checks,
bursary, trips, minutes, homework, mock results, EPA booking, IT, parking, part-time jobs,
hardship fund, CSCS test, cover, parents' evening, lost property, football, library,
fire drill, work experience, the staff Christmas do, a coursework extension.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    msgs = list(M)
    assert len(msgs) == 80, len(msgs)
    assert len({m["slug"] for m in msgs}) == 80
    random.Random(40).shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        m["file"] = fn
        data = build(m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        rows.append([fn, m["label"], who(m["frm"])[1], recipients(m), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    flags = [m for m in msgs if m["label"] == "flag"]
    cleans = [m for m in msgs if m["label"] == "clean"]
    disg_words = ("masked", "symbol", "leet", "repeated", "dotted", "homoglyph", "full-width",
                  "zero-width", "split by HTML", "soft line break", "base64", "encoded subject")
    flag_disg = sum(1 for m in flags if any(k in m["note"] for k in disg_words))
    hard_slugs = set(HARD)
    def has_qp(m):
        return (m.get("cte") == "quoted-printable" or m["kind"] == "alt" and m.get("text_cte") != "7bit"
                or m["kind"] == "html")
    stats = dict(
        total=len(msgs), flag_plain=len(flags) - flag_disg, flag_disg=flag_disg,
        clean_hard=sum(1 for m in cleans if m["slug"] in hard_slugs),
        clean_every=sum(1 for m in cleans if m["slug"] not in hard_slugs),
        n_plain=sum(1 for m in msgs if m["kind"] == "plain"),
        n_alt=sum(1 for m in msgs if m["kind"] == "alt"),
        n_html=sum(1 for m in msgs if m["kind"] == "html"),
        n_att=sum(1 for m in msgs if m.get("atts")),
        n_qp=sum(1 for m in msgs if has_qp(m)),
        n_b64=sum(1 for m in msgs if m.get("cte") == "base64"),
        n_enc=sum(1 for m in msgs if m.get("subj_enc") or not m["subject"].isascii()
                  or not who(m["frm"])[0].isascii()
                  or any(not who(k)[0].isascii() for k in list(m["to"]) + list(m.get("cc", [])))),
        n_reply=sum(1 for m in msgs if m.get("reply") or m["subject"].startswith("Fwd")),
    )
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(**stats))
    check(msgs)
    print(f"wrote {len(msgs)} messages to {OUT}: {len(flags)} flag, {len(cleans)} clean "
          f"({stats['clean_hard']} hard, {stats['clean_every']} everyday)")


def _norm(s):
    return s.replace(SOFT, "").rstrip("\n")


def check(msgs):
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8") as f:
        labels = {r["file"]: r for r in csv.DictReader(f)}
    files = sorted(fn for fn in os.listdir(OUT) if fn.endswith(".eml"))
    assert sorted(labels) == files, "labels.csv does not match the files"
    for m in msgs:
        fn = m["file"]
        with open(os.path.join(OUT, fn), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        lab = labels[fn]
        assert fn.split("_")[1] == lab["expected"] == m["label"], fn
        assert msg["From"].addresses[0].addr_spec == lab["sender"], fn
        rc = [a.addr_spec for h_ in ("To", "Cc") if msg[h_] for a in msg[h_].addresses]
        assert " ".join(rc) == lab["recipients"], (fn, rc)
        assert str(msg["Subject"]) == m["subject"], (fn, str(msg["Subject"]))
        assert lab["sender"].endswith("@" + SCHOOL)
        texts = {}
        for part in msg.walk():
            if part.is_multipart():
                continue
            c = part.get_content()
            if part.get_content_type() == "text/plain" and not part.get_filename():
                texts["plain"] = c
            elif part.get_content_type() == "text/html":
                texts["html"] = c
        if m["kind"] in ("plain", "alt"):
            assert _norm(texts["plain"]) == _norm(m["text"]), fn
        if m["kind"] == "html":
            assert _norm(texts["html"]) == _norm(m["html"]), fn
        for fnm, ctype, content, cte in m.get("atts", []):
            got = [p for p in msg.iter_attachments() if p.get_filename() == fnm]
            assert got, (fn, fnm)
            gc = got[0].get_content()
            want = content if isinstance(content, (bytes, str)) else None
            if isinstance(gc, str):
                assert gc.rstrip("\n") == want.rstrip("\n"), (fn, fnm)
            else:
                assert gc == want, (fn, fnm)
        assert msg["Message-ID"] and msg["Date"] and msg["MIME-Version"] == "1.0", fn
    assert sum(1 for r in labels.values() if r["expected"] == "flag") == 20
    assert sum(1 for r in labels.values() if r["expected"] == "clean") == 60


if __name__ == "__main__":
    main()
