#!/usr/bin/env python3
"""Generate the round-41 BLIND held-out corpus for the obscene-language module.

Setting: an infant and junior school beside an Army garrison in Wiltshire (service families,
deployments, postings in and out mid-year, Service Pupil Premium, forces families' club, HIVE,
unit welfare office, BFPO).

Writes NNN_<flag|clean>_<slug>.eml, labels.csv into ./obscene-language/ next to this script.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice gives
byte-identical output.  Python 3.11 standard library only.

Blind corpus: written without looking at mailguard's code, rules or tests. Never tune on it.
"""

import base64
import csv
import email.utils
import hashlib
import html
import io
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

SB = "{SB}"            # forced quoted-printable soft line break (only honoured in QP bodies)
ZW = "\u200b"          # zero-width space
CYR_C = "\u0441"       # Cyrillic small es, looks like Latin c
CYR_A = "\u0430"       # Cyrillic small a
GRK_O = "\u03bf"       # Greek small omicron


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---------------------------------------------------------------- people

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"


def staff(local):
    return f"{local}@{SCHOOL}"


def pupil(local):
    return f"{local}@{PUPILS}"


P_JANE = ("Jane Parent", "jane.parent@gmail.com")
P_SAM = ("Sam Carer", "sam.carer@outlook.com")
P_ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [P_JANE, P_SAM, P_ALI]

S = {
    "marsh": ("Helen Marsh", staff("h.marsh")),
    "pryce": ("Owen Pryce", staff("o.pryce")),
    "doyle": ("Kirsty Doyle", staff("k.doyle")),
    "shah": ("Priya Shah", staff("p.shah")),
    "whitlock": ("Dan Whitlock", staff("d.whitlock")),
    "beckett": ("Lorraine Beckett", staff("l.beckett")),
    "office": ("Example School Office", staff("office")),
    "attendance": ("Attendance - Example School", staff("attendance")),
    "dsl": ("Rebecca Angove (DSL)", staff("dsl")),
    "haddad": ("Amira Haddad", staff("a.haddad")),
    "kettering": ("Jo Kettering", staff("j.kettering")),
    "nowak": ("Tomasz Nowak", staff("t.nowak")),
    "pritchard": ("Si\u00e2n Pritchard", staff("s.pritchard")),
    "reid": ("Callum Reid", staff("c.reid")),
    "openshaw": ("Bev Openshaw", staff("b.openshaw")),
    "adeyemi": ("Femi Adeyemi", staff("f.adeyemi")),
    "quinn": ("Laura Quinn", staff("l.quinn")),
    "tully": ("Graham Tully", staff("g.tully")),
    "howells": ("Nia Howells", staff("n.howells")),
    "bramwell": ("Chloe Bramwell", staff("c.bramwell")),
    "cockburn": ("Rhys Cockburn", staff("r.cockburn")),
    "hancock": ("Zo\u00eb Hancock", staff("z.hancock")),
    "lister": ("Karen Lister", staff("k.lister")),
    "gill": ("Shona Gill", staff("s.gill")),
    "butt": ("Mandy Butt", staff("m.butt")),
    "allstaff": ("All Staff", staff("staff")),
    "angove": ("Rebecca Angove", staff("r.angove")),
}

SIG = {
    "marsh": "Helen Marsh\nHeadteacher\nExample School\nPark Row, LS1 4AP\nTel: 01632 960000",
    "pryce": "Owen Pryce\nDeputy Headteacher | Year 6 (Hawks)\nExample School | 01632 960000",
    "doyle": "Mrs K Doyle\nYear 2 Teacher (Kestrels)\nExample School",
    "shah": "Miss P Shah\nYear 4 Teacher (Owls) & Maths Lead",
    "whitlock": "Dan Whitlock\nPE & School Sport Lead | Year 5 (Falcons)\nExample School, Park Row, LS1 4AP\n01632 960000",
    "beckett": "Lorraine Beckett\nSchool Business Manager\nExample School\nPark Row, LS1 4AP | 01632 960000 | office@example-school.org.uk",
    "office": "Tracey Hollis\nSchool Office\nExample School, Park Row, LS1 4AP\nTel 01632 960000",
    "attendance": "Gail Finch\nAttendance & Admissions Officer\nExample School\n01632 960000 (option 1 to report an absence)",
    "dsl": "Rebecca Angove\nAssistant Headteacher \u2013 Inclusion\nDesignated Safeguarding Lead\nExample School | 01632 960000",
    "haddad": "Amira Haddad\nSENDCo\nExample School | Park Row, LS1 4AP | 01632 960000",
    "kettering": "Jo Kettering\nFamily Support Worker & Forces Families' Club Lead\nExample School, Park Row, LS1 4AP\n01632 960000",
    "nowak": "Tomasz Nowak\nYear 3 Teacher (Robins)",
    "pritchard": "Si\u00e2n Pritchard\nReception Teacher & EYFS Lead\nExample School \u2013 01632 960000",
    "reid": "Callum Reid\nSite Manager\nExample School\nvia the office: 01632 960000",
    "openshaw": "Bev",
    "adeyemi": "Mr F Adeyemi\nYear 1 Teacher (Wrens) & Music Lead\nExample School | 01632 960000",
    "quinn": "Laura Quinn\nYear 6 Teacher (Kites) & English Lead\nExample School, Park Row, LS1 4AP",
    "tully": "Graham Tully\nIT Technician\nExample School | ext. 214",
    "howells": "Mrs N Howells\nYear 5 Teacher (Falcons) | RE & MFL Lead",
    "bramwell": "Chloe Bramwell\nYear 4 Teacher (Swifts) & Science Lead\nExample School | 01632 960000",
    "cockburn": "Rhys Cockburn\nHLTA \u2013 Year 3\nExample School",
    "gill": "Shona Gill\nHLTA \u2013 EYFS",
    "butt": "Mandy Butt\nSenior Midday Supervisor",
}

# ---------------------------------------------------------------- dates


def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def mkdate(y, mo, d, h, mi, s=0):
    local = datetime(y, mo, d, h, mi, s)
    bst_start = _last_sunday(y, 3).replace(hour=1)
    bst_end = _last_sunday(y, 10).replace(hour=2)
    off = 1 if bst_start <= local < bst_end else 0
    return email.utils.format_datetime(local.replace(tzinfo=timezone(timedelta(hours=off))))


# ---------------------------------------------------------------- encoding helpers


def enc_word(s, mode="B"):
    """RFC 2047 encode s as one or more encoded-words (each <= 75 chars)."""
    words = []
    chunk = ""
    for ch in s:
        trial = chunk + ch
        if mode == "B":
            body = base64.b64encode(trial.encode("utf-8")).decode()
        else:
            body = _q(trial)
        if len("=?UTF-8?" + mode + "?" + body + "?=") > 75:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        body = base64.b64encode(w.encode("utf-8")).decode() if mode == "B" else _q(w)
        out.append(f"=?UTF-8?{mode}?{body}?=")
    return "\n ".join(out)


def _q(s):
    res = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == " ":
            res.append("_")
        elif c.isalnum() and b < 128:
            res.append(c)
        elif c in "!*+-/" and b < 128:
            res.append(c)
        else:
            res.append("=%02X" % b)
    return "".join(res)


def fmt_addr(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{enc_word(name, 'Q')} <{addr}>"
    if any(c in name for c in ',()<>@;:"[]'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def fold_list(field, items):
    line = f"{field}: "
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > 78 and line.strip() != f"{field}:":
            out.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    out.append(line.rstrip())
    return "\n".join(out)


def fold_text(field, value):
    line = f"{field}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 77 and line.strip() != f"{field}:":
            out.append(line.rstrip())
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip())
    return "\n".join(out)


def qp_encode(text):
    out = []
    for line in text.split("\n"):
        segs = line.split(SB)
        toks_per_seg = []
        for si, seg in enumerate(segs):
            toks = []
            raw = seg.encode("utf-8")
            for i, b in enumerate(raw):
                last = (si == len(segs) - 1) and (i == len(raw) - 1)
                if b in (32, 9) and last:
                    toks.append("=%02X" % b)
                elif (33 <= b <= 126 and b != 61) or b in (32, 9):
                    toks.append(chr(b))
                else:
                    toks.append("=%02X" % b)
            toks_per_seg.append(toks)
        cur = ""
        for si, toks in enumerate(toks_per_seg):
            for t in toks:
                if len(cur) + len(t) > 75:
                    out.append(cur + "=")
                    cur = ""
                cur += t
            if si < len(toks_per_seg) - 1:
                out.append(cur + "=")
                cur = ""
        out.append(cur)
    return "\n".join(out) + ("\n" if not text.endswith("\n") else "")


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii")


def encode_body(text, cte):
    if cte != "quoted-printable":
        text = text.replace(SB, "")
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        text.encode("ascii")  # must be ASCII
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return qp_encode(text.rstrip("\n"))
    if cte == "base64":
        return b64_lines(text.encode("utf-8"))
    raise ValueError(cte)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def text_part(text, subtype="plain", cte=None):
    if cte is None:
        cte = "7bit" if is_ascii(text.replace(SB, "")) else "quoted-printable"
    charset = "us-ascii" if (cte == "7bit") else "utf-8"
    if subtype == "html" and cte == "7bit":
        charset = "us-ascii"
    hdr = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    return hdr, encode_body(text, cte)


def multipart(subtype, boundary, parts):
    hdr = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n'
    body = ""
    if subtype == "mixed":
        body += "This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        body += f"--{boundary}\n{ph}\n{pb}"
        if not pb.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{boundary}--\n"
    return hdr, body


def attachment_part(filename, ctype, data, cte="base64", charset=None):
    ct = f'{ctype}; name="{filename}"'
    if charset:
        ct = f'{ctype}; charset="{charset}"; name="{filename}"'
    hdr = (f"Content-Type: {ct}\nContent-Disposition: attachment;\n filename=\"{filename}\"\n"
           f"Content-Transfer-Encoding: {cte}\n")
    if cte == "base64":
        body = b64_lines(data)
    elif cte == "quoted-printable":
        body = qp_encode(data.decode("utf-8").rstrip("\n"))
    else:
        body = data.decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    return hdr, body


def make_pdf(lines):
    """A small, valid one-page PDF containing the given text lines (deterministic)."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        safe = safe.encode("latin-1", "replace").decode("latin-1")
        content += f"({safe}) Tj T*\n"
    content += "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ---------------------------------------------------------------- text -> HTML


def text_to_html(text, style="outlook"):
    text = text.replace(SB, "")
    blocks = []
    cur = []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)

    def para(lines):
        if any(l.startswith(">") for l in lines) and not all(l.startswith(">") for l in lines):
            k = next(i for i, l in enumerate(lines) if l.startswith(">"))
            if all(l.startswith(">") for l in lines[k:]):
                head = para(lines[:k])
                if style == "gmail":
                    head = head.replace("<div>", '<div class="gmail_attr">', 1)
                return head + "\n" + para(lines[k:])
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l[1:].lstrip(" "), quote=False) for l in lines)
            if style == "gmail":
                return ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            return '<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">' + inner + "</blockquote>"
        if len(lines) == 1 and set(lines[0].strip()) == {"_"}:
            return '<hr style="display:inline-block;width:98%" tabindex="-1">'
        if all(l.startswith("- ") or l.startswith("* ") for l in lines):
            return "<ul>\n" + "\n".join(f"<li>{html.escape(l[2:], quote=False)}</li>" for l in lines) + "\n</ul>"
        inner = "<br>\n".join(html.escape(l, quote=False) for l in lines)
        if style == "gmail":
            return f"<div>{inner}</div><div><br></div>"
        return f'<p class="MsoNormal">{inner}<o:p></o:p></p>'

    body = "\n".join(para(b) for b in blocks)
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f"{body}\n</div>\n</body>\n</html>\n")


# ---------------------------------------------------------------- message registry

MESSAGES = []


def add(label, slug, frm, to, subject, date, text=None, *, html_body=None, cc=(), fmt="plain",
        cte=None, html_cte=None, attachments=(), subj_enc=None, note="", style="outlook",
        reply_to_id=None, mailer=None):
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                         date=date, text=text, html=html_body, fmt=fmt, cte=cte, html_cte=html_cte,
                         attachments=list(attachments), subj_enc=subj_enc, note=note, style=style,
                         reply_to_id=reply_to_id, mailer=mailer))


def _who(x):
    if isinstance(x, str):
        return S[x]
    return x


def build(m, n):
    h = hashlib.sha1(f"r41-obscene-{m['slug']}".encode()).hexdigest().upper()
    frm = _who(m["frm"])
    to = [_who(x) for x in m["to"]]
    cc = [_who(x) for x in m["cc"]]
    if m["style"] == "gmail":
        msgid = f"<CAO{h[:10].lower()}{h[10:30]}{n:03d}@mail.example-school.org.uk>"
        mailer = m["mailer"]
    else:
        msgid = f"<LO4P265MB{h[:4]}{h[4:24]}{n:03d}@LO4P265MB{h[24:28]}.GBRP265.PROD.OUTLOOK.COM>"
        mailer = m["mailer"]
    lines = []
    lines.append(f"From: {fmt_addr(*frm)}")
    lines.append(fold_list("To", [fmt_addr(*t) for t in to]))
    if cc:
        lines.append(fold_list("Cc", [fmt_addr(*c) for c in cc]))
    subj = m["subject"]
    if m["subj_enc"]:
        lines.append("Subject: " + enc_word(subj, m["subj_enc"]))
    elif not is_ascii(subj):
        lines.append("Subject: " + enc_word(subj, "Q"))
    else:
        lines.append(fold_text("Subject", subj))
    lines.append(f"Date: {m['date']}")
    lines.append(f"Message-ID: {msgid}")
    if m["reply_to_id"]:
        lines.append(f"In-Reply-To: {m['reply_to_id']}")
        lines.append(f"References: {m['reply_to_id']}")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    lines.append("MIME-Version: 1.0")

    text = m["text"]
    fmt = m["fmt"]
    b = h[:12].lower()
    if fmt == "plain":
        body_part = text_part(text, "plain", m["cte"])
    elif fmt == "html":
        body_part = text_part(m["html"], "html", m["html_cte"] or m["cte"])
    elif fmt == "alt":
        hb = m["html"] if m["html"] is not None else text_to_html(text, m["style"])
        body_part = multipart("alternative", f"_000_r41o{n:03d}alt{b}_", [
            text_part(text, "plain", m["cte"]),
            text_part(hb, "html", m["html_cte"] or m["cte"]),
        ])
    else:
        raise ValueError(fmt)
    if m["attachments"]:
        parts = [body_part]
        for a in m["attachments"]:
            parts.append(attachment_part(*a))
        body_part = multipart("mixed", f"_004_r41o{n:03d}mix{b}_", parts)
    ph, pb = body_part
    return "\n".join(lines) + "\n" + ph + "\n" + pb


def names(lst):
    return " ".join(_who(x)[1] for x in lst)


# =====================================================================================
# FLAG: the staff author's own obscene language or slurs
# =====================================================================================

add("flag", "week_from_hell", "doyle", ["shah"], "Re: Friday?", mkdate(2025, 10, 2, 19, 48, 12),
    """Yes please to Friday. I need it.

What a fucking week. Lee's phone has been off since Sunday because they've moved up to the forward camp, the boiler in the quarter packed in on Tuesday and the housing helpline kept me on hold for fifty minutes, and then at twenty past three on Wednesday I find out the Year 2 phonics tracker is due in tomorrow, not next week.

The kids have been little stars actually. It's just me that's falling apart.

Wine at mine? Mum says she'll have the boys from six.

K x

On Thu, 2 Oct 2025 at 17:05, Priya Shah <p.shah@example-school.org.uk> wrote:
> Still on for Friday? You looked done in at briefing this morning. x
""", style="gmail", note="staff-to-staff venting, 'fucking' plain")

add("flag", "moderator_bellend", "quinn", ["pryce"], "Writing moderation - how it went",
    mkdate(2025, 11, 20, 15, 52, 40), """Owen,

Quick update as you were teaching all afternoon. The LA moderator arrived at 9 and left at 12.40. Short version: she agreed with all of my Y6 judgements except two, who she wants moved down to working towards because their pieces "lacked evidence of independence". They are the two girls who came to us from Cyprus in September. I'm not sure what she expected after ten weeks.

Honestly, she was a complete bellend about it. Wouldn't look at the earlier books, kept clicking her pen, and told Harriet in front of the children that she was "over-supporting". Harriet was nearly in tears afterwards.

I've written the notes up properly and they're on the shared drive under Assessment > Moderation 25-26.

Can we talk tomorrow about whether we challenge the two? I think we've got a case, especially for Ellie-Mae.

Laura

""" + SIG["quinn"], fmt="alt", note="staff-to-staff, 'bellend' about LA moderator")

add("flag", "contractor_state", "reid", ["beckett"], "RE: Hall floor - contractor sign-off",
    mkdate(2025, 9, 23, 8, 31, 5), """Lorraine,

No, I'm not signing it off. Went in at quarter to seven this morning and they've left the hall in a shit state - paint tins stacked by the fire door, the edges under the stage not sealed, and one of them has had a piss in the accessible toilet and not flushed. Sorry but that's what I walked into.

The job has been piss-poor from day one. I want them back in before Harvest assembly on Friday or they don't get paid, simple as that.

I've taken photos, will send them over when I'm back at the desk.

Callum

""" + SIG["reid"] + """

________________________________
From: Lorraine Beckett <l.beckett@example-school.org.uk>
Sent: 23 September 2025 08:12
To: Callum Reid <c.reid@example-school.org.uk>
Subject: Hall floor - contractor sign-off

Morning Callum,

The flooring company have emailed asking for the completion certificate to be signed so they can invoice. Are you happy with the job? I'd like to get it off my list before Thursday's finance meeting.

Thanks
Lorraine
""", fmt="alt", reply_to_id="<LO4P265MB5521A0C1F1E2D3C4B5A6@LO4P265MB5521.GBRP265.PROD.OUTLOOK.COM>",
    note="site manager to business manager, 'shit state', 'piss-poor', 'had a piss'; Outlook reply")

add("flag", "ref_twat_parent", "whitlock", [P_ALI], "Saturday's match", mkdate(2025, 10, 13, 7, 58, 31),
    """Hi Ali,

Thanks for driving the lads over on Saturday and for staying to the end in that wind. Really appreciated - we'd not have had a team without you and Mrs Naivalu.

I know you were as wound up as I was. For what it's worth the ref was an absolute twat - two penalties that never were and he let their number 9 get away with murder all afternoon. I've put a complaint in to the league secretary this morning. I didn't say any of that in front of the boys, but I'm saying it to you!

Anyway, Example Pupil Three played a blinder in goal, please tell him I said so. Training as normal on Wednesday after school, back inside by 4.30.

Cheers,
Dan

""" + SIG["whitlock"], note="PE lead to parent, calls referee 'an absolute twat'")

add("flag", "class_chat_pupil", "howells", [("Kacey Bennett", pupil("20kbennett"))], "Class chat",
    mkdate(2026, 1, 14, 21, 12, 3), """Kacey,

I can see everything that is posted in the Year 5 Classroom stream, including the things posted at nine o'clock at night. Stop pissing about in the class chat and posting GIFs when people are trying to ask proper questions about the homework. It isn't funny and it isn't what the stream is for.

If it happens again I will turn comments off for everybody and I'll be speaking to your mum.

Mrs Howells
""", note="teacher to Y5 pupil, 'pissing about'")

add("flag", "new_starters_slur", "openshaw", ["lister"], "new starters in 3",
    mkdate(2025, 10, 21, 12, 37, 44), """Karen did you see we're getting another four in Year 3 after half term off the new posting. More Pakis from the Gurkha lot by the sound of it and not one of them with a word of English. God help us with the phonics groups.

Can you cover my break Thursday, I've got the dentist at 11.

Bev
""", note="TA to TA, racial slur about incoming Nepali (Gurkha) families")

add("flag", "dance_company_av", "tully", ["whitlock"], "Hall AV for the dance company",
    mkdate(2026, 2, 3, 16, 20, 0), """Dan,

Sorted the speaker in the hall for Thursday's dance workshops. The lead from the dance company rang me to check the Bluetooth - bit of a poofter by the sound of him, you'll have fun in your leggings ha ha.

Remote is in the top drawer of the stage cupboard and the batteries are new. If the projector goes blue just turn it off at the wall and give it 30 seconds before you turn it back on. Don't touch the amp, it's set.

G

""" + SIG["tully"], fmt="alt", note="IT tech to colleague, homophobic slur about visiting dance teacher")

add("flag", "fixtures_woman", "pryce", ["whitlock"], "Fixtures mess again", mkdate(2025, 11, 4, 17, 3, 22),
    """Dan,

The cluster sports coordinator has double booked the Astro for the netball and our football on the 14th. Honestly, this is what happens when you put a woman in charge of a fixtures list - silly cow can't read a calendar.

Can you ring the other school and see if they'll move to the 21st? I'd rather we swallowed it than had an argument about it.

O
""", note="deputy head to colleague, sexist remark about female coordinator [unsure: no swear word, offensive on grounds of gender]")

add("flag", "phonics_scheme_masked", "shah", ["bramwell"], "catch-up scheme", mkdate(2025, 9, 17, 16, 44, 9),
    """Chloe - have you had a look at the new catch-up scheme the trust wants us to use for the Y4s who are still on phonics? It is a load of sh*te. Forty-five minutes of scripted f*cking chanting, and the decodable books are all about a farm, which half my lot from Kenya and Cyprus have never seen in their lives.

I'm going to carry on with what we were doing and write it up as "adapted". Don't grass me up ;)

P
""", note="staff-to-staff venting, asterisk-masked 'sh*te', 'f*cking'")

add("flag", "wifi_leet", "nowak", ["tully"], "Y3 wifi AGAIN", mkdate(2025, 10, 8, 9, 6, 57),
    """Graham,

Sorry to be that guy again but the wifi in Year 3 is b0ll0cks this morning. Half the iPads won't join and the other half drop out every five minutes, which turned the times tables check into a complete $h1tshow.

Is it the access point above the sink again? I can take the class over to the library after break if you need to get up the ladder.

Cheers,
Tomasz

""" + SIG["nowak"], fmt="alt", note="teacher to IT tech, leetspeak 'b0ll0cks', '$h1tshow'")

add("flag", "laptop_trolley_pupils", "pryce",
    [("Alfie Harding", pupil("19aharding")), ("Binita Pun", pupil("19bpun")), ("Tevita Naivalu", pupil("19tnaivalu"))],
    "Laptop trolley", mkdate(2026, 1, 20, 8, 27, 14), """Year 6 laptop monitors,

This is the third time this half term the trolley has been left unplugged overnight, and this morning I had thirty flat laptops and a reading paper to do. I am sooooo pisssssed off about it.

Sort it by the end of today please, and I want a photo of the green charging lights before you go home.

Mr Pryce
""", note="deputy head to Y6 pupils, repeated letters 'pisssssed off'")

add("flag", "pickup_dotted", "adeyemi", ["nowak"], "Re: pick-up", mkdate(2025, 10, 9, 16, 2, 18),
    """Yeah that was me. Harvey's stepdad came storming across the playground at quarter past three because Harvey hadn't been given a speaking part in the harvest songs. In front of all the Reception parents. Absolute w.a.n.k.e.r. Stood about two inches from my face.

I've logged it on CPOMS and told Helen. He's back from exercise on the Plain for a fortnight apparently, which explains a lot. I'm not going to be a-r-s-e-d with him again, next time he can speak to the office.

F

On 9 Oct 2025, at 15:41, Tomasz Nowak <t.nowak@example-school.org.uk> wrote:
> Was that you getting shouted at by the gate? You OK?
""", style="gmail", note="staff-to-staff, dotted 'w.a.n.k.e.r' and hyphenated 'a-r-s-e-d'")

_ehcp = f"""Rebecca,

Panel said no. Again. Third time for Mason, and the reason this time is that the evidence is "from a previous setting" - which is the school in Germany he left in July because his dad was posted here. So the evidence is too old, but he hasn't been with us long enough for us to produce new evidence. It's a fu{CYR_C}king joke. Whichever b{CYR_A}stard wrote those criteria never had to move a child through five schools.

I'll appeal. Can you give me twenty minutes on Thursday to go through the chronology so it reads right?

Amira

""" + SIG["haddad"]
add("flag", "ehcp_panel_homoglyph", "haddad", ["dsl"], "EHCP panel outcome", mkdate(2025, 12, 2, 13, 15, 30),
    _ehcp, fmt="alt", cte="quoted-printable",
    note="SENCo to DSL, Cyrillic homoglyphs in 'fucking' and 'bastard'")

add("flag", "science_books_fullwidth", "bramwell", ["shah"], "science book look", mkdate(2026, 2, 10, 12, 2, 45),
    f"""Well that went well. The trust science lead looked at our Y4 books for ten minutes and said our working scientifically was "not visible". {fullwidth('BOLLOCKS')}. It's on every single page, she just didn't turn any.

Coffee in my room at break? I've got the good biscuits.

C
""", cte="8bit", note="staff-to-staff, full-width letters 'BOLLOCKS'")

add("flag", "sport_partnership_zw", "whitlock", ["pryce"], "sport partnership meeting",
    mkdate(2025, 11, 12, 18, 40, 6), f"""Owen,

Just back from the School Sport Partnership meeting at the leisure centre. Two hours of my life I won't get back. The new coordinator is an absolute ret{ZW}ard - he's scrapped the small schools' cross-country because "not enough uptake", when half the kids who'd have run it are ours and he never sent us the entry form in the first place. Total tw{ZW}at.

I'll put something together for the governors' report on the PE and sport premium spend. We still need the minibus booked for the 27th either way.

Dan
""", cte="8bit", note="disability slur 'retard' and 'twat' split by zero-width spaces")

_leave_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Tracey,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Guess who has put in for another ten days in term time? The Rowe family, <i>again</i>. Post-deployment leave is one thing and we always approve it, but he has been back since June. This time it's Lanzarote for his brother's wedding. Lying <span style="color:black">bas</span><span style="color:black">tard</span> told me on the phone last week it was a &#8220;welfare&#8221; thing.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I'll do the letter declining it &#8211; it will go down like a bucket of &#115;&#104;it but there we go. Can you put a copy in the file and flag it to Helen?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gail</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Gail Finch<br>Attendance &amp; Admissions Officer<br>Example School<br>01632 960000 (option 1 to report an absence)</span></p>
</div></body></html>
"""
add("flag", "leave_request_html_split", "attendance", ["office"], "Rowe - leave request",
    mkdate(2026, 1, 27, 10, 18, 52), None, html_body=_leave_html, fmt="html", cte="quoted-printable",
    note="HTML-only, 'bastard' split across span tags, 'shit' partly as HTML entities")

add("flag", "photocopier_qp_break", "office", ["attendance"], "photocopier man", mkdate(2025, 12, 9, 15, 33, 17),
    """Gail, the photocopier engineer has been and gone. Nearly three hours, the big copier is still jamming on double-sided, and he had the cheek to tell me it's because we "use the wrong paper". We use the paper THEY supply. Arse""" + SB + """hole.

If it jams again tomorrow I'm ringing the leasing company and I won't be polite. Can you do your attendance letters on the little one in the staffroom until then? Sorry, I know it's a fuck""" + SB + """ing pain.

T
""", cte="quoted-printable", note="office to attendance, quoted-printable soft line break inside 'Arsehole' and 'fucking'")

add("flag", "housing_base64_parent", "kettering", [P_SAM], "Re: the quarter on Larch Close",
    mkdate(2025, 11, 25, 20, 5, 41), """Hi Sam,

I'm so sorry, that's awful - mould in the children's bedroom with a newborn in the house is not OK. I'm as pissed off as you are, to be honest. The housing contractor have been shit with pretty much every family on the patch this year and I've got three other parents telling me exactly the same story.

What I'd suggest:
- email the photos to the housing helpline and ask for a reference number in writing
- copy in the Unit Welfare Office so they know it's been reported
- I'll raise it (without names) at the Families' Forum on Tuesday

In the meantime Example Pupil Two is doing fine in school and I'll keep an eye. There's a free place at breakfast club all this week if mornings are hard.

Jo

""" + SIG["kettering"], cte="base64",
    note="family support worker to parent, base64 body, 'pissed off', 'been shit'")

add("flag", "census_subject_encoded", "beckett", ["marsh"],
    "Oh shit \u2013 census deadline is tomorrow (SPP flags)", mkdate(2025, 10, 1, 16, 9, 0),
    """Helen,

Just realised the October census return closes tomorrow and I haven't had the service child indicator checked for the five who joined after 1 September. If any of them aren't flagged we lose the Service Pupil Premium for them for the whole year, so it does matter.

Gail is going through the admission forms now. Can you sign off the return first thing tomorrow if I have it ready by 8?

Lorraine

""" + SIG["beckett"], subj_enc="B", note="swearing only in RFC 2047 (base64) encoded subject, body clean")

_handover = """RECEPTION (Robins) - SUPPLY HANDOVER - Thursday 13 November

Register on the MIS by 8.50. Lunch choices go to the kitchen on the clipboard.
Toilet accidents: spare clothes in the blue boxes, log it in the book by the sink.

Children to know about:
- Riley M - runner. Keep him near you on the carpet and hold his hand at the gate. He's a little shit after lunch, honestly, just move him to the quiet table with the sand timer.
- Amelia P - epipen in the red bag on the hook by the door. Goes everywhere with her.
- Two new starters from Catterick (Kai and Sophia) - still settling, Kai cries at drop-off for about five minutes then fine.

Do NOT let the bloke from the housing office in through the side gate to read the meter without office sign-in. Last time the twat wandered straight into the toilets while the children were in there.

Phonics groups (Set 1 sounds):
Group 1 - m a s d t (Shona)
Group 2 - i n p g o (supply)
Group 3 - recap, flashcards in the green tray
"""
add("flag", "handover_txt_attachment", "gill", ["pritchard"], "supply handover for tomorrow",
    mkdate(2025, 11, 12, 16, 47, 26), """Hi Si\u00e2n,

Notes for tomorrow's supply attached as promised. Phonics groups are at the bottom. I'll be in from 8 so I can walk her round.

Shona

""" + SIG["gill"], attachments=[("handover_notes.txt", "text/plain", _handover.encode("utf-8"), "base64", "utf-8")],
    note="clean body; attached .txt handover note says 'little shit' and 'twat'")

# =====================================================================================
# CLEAN (hard negatives): words a naive filter would catch, used innocently or as
# professional quotation in staff-only records / below a polite reply
# =====================================================================================

_tank_pdf = make_pdf([
    "Example School - Year 6 visit to the Tank Museum, Bovington",
    "Thursday 6 November 2025",
    "",
    "I give permission for my child ______________________ to attend.",
    "Medical needs / medication: _________________________________",
    "Emergency contact number on the day: __________________________",
    "Signed: ____________________  (parent/carer)   Date: ___________",
    "",
    "Please return to the school office by Friday 31 October.",
])
add("clean", "tank_museum_trip", "quinn", PARENTS, "Year 6 trip to the Tank Museum, Bovington - Thursday 6 November",
    mkdate(2025, 10, 15, 15, 40, 0), """Dear Year 6 parents and carers,

As part of our Second World War topic, Year 6 will be visiting the Tank Museum at Bovington on Thursday 6 November. Many of you will know it well - quite a few of our families have served with the armoured regiments, and we're hoping some of the children will be able to tell the others what Mum or Dad's vehicle is.

The coach will leave school at 8.45 sharp, so please have your child in the Year 6 line by 8.30. We expect to be back by 3.45; if we are running late I will text through the school office. The children will need a packed lunch in a disposable bag, a named water bottle and a warm waterproof coat, as part of the day is outside in the vehicle park. No money is needed, and no phones please.

A small warning about the journey, so you're not caught off guard at teatime: the last stretch of the route goes past Bere Regis and the sign for the little Dorset hamlet of Shitterton. Year 6 will spot it. It is a real place - the village ended up replacing its road sign with a stone one because people kept stealing it - and we will treat it as a geography fact and move swiftly on.

The cost of the coach is being met from school funds, so there is nothing to pay. Please complete the attached consent form and return it to the office by Friday 31 October.

If you would like to come as a parent helper, let me know - we need two more adults with a DBS.

Many thanks,
Laura Quinn

""" + SIG["quinn"], fmt="alt", cc=["office"], attachments=[("Y6_Tank_Museum_consent.pdf", "application/pdf", _tank_pdf, "base64")],
    note="trip letter mentioning the Dorset hamlet Shitterton (place name)")

add("clean", "new_starters_penistone", "attendance", ["nowak"], "New starters after half term - Year 3",
    mkdate(2025, 10, 22, 11, 5, 33), """Tomasz,

Heads up on your two new starters for Monday 3 November. Both are service children (dads posted into the new battalion) so the SPP flag is on for both.

1. Ollie Brannigan - coming from a primary in Penistone, near Barnsley. Mum says he was on a reading intervention there; I've asked the school for the CTF and his SEN notes and they've promised them by Friday.

2. Maisie-Rae Thornton - most recent school was in Scunthorpe, but before that she was in Cyprus for two years, so there may be some gaps in the history and geography. Very chatty, according to Mum, and "loves a job".

Uniform is sorted for both. Maisie-Rae's mum asked about the Forces Families' Club, so I've passed her name to Jo.

Amira, copying you in for Ollie.

Gail

""" + SIG["attendance"], cc=["haddad"], note="admissions note: previous schools in Penistone and Scunthorpe")

add("clean", "great_bustard_walk", "doyle", PARENTS, "Year 2 - great bustard walk on Salisbury Plain",
    mkdate(2025, 9, 10, 15, 25, 11), """Dear parents and carers,

As part of our "Birds and their habitats" science topic, Year 2 have been invited by a local conservation group to visit the great bustard release area on Salisbury Plain on Wednesday 24 September.

Great bustards are the heaviest flying birds in the world. They disappeared from Britain in the 1800s and were brought back on the Plain about twenty years ago, so this really is a rare chance to see them (and their enormous footprints). The group's education officer is a former gunner, so some of the children may recognise him from the patch.

Because the site is on military training land, the visit depends on range activity. If there is live firing that day we will be told by 8am and will swap to a walk around the nature area at school instead - we'll text you either way.

Please send your child in with:
- wellies in a named carrier bag
- a waterproof coat
- a packed lunch (school dinners can order a packed lunch at the office)

If you have a pair of binoculars at home that you don't mind lending, please label them clearly. We will look after them!

Thank you,
Mrs Doyle

""" + SIG["doyle"], fmt="alt", note="trip letter about great bustards (bird)")

add("clean", "birdwatch_results", "bramwell", ["allstaff"], "Big Schools' Birdwatch - our results!",
    mkdate(2026, 2, 2, 12, 48, 19), """Hi everyone,

Thank you to all the classes who did their birdwatch hour last week, even in that wind. Here are the combined totals from the five classes that took part:

- Blue tit: 23
- Great tit: 9
- Coal tit: 2
- Long-tailed tit: 11 (one flock, counted very carefully by Owls)
- Starling: 31
- Woodpigeon: 14
- Blackbird: 8
- Robin: 6
- Red kite: 2 (overhead, Robins were thrilled)
- Jackdaw: 17

A cock pheasant walked straight across the field in the middle of Year 3's count, which caused a small riot. Wrens swear blind they saw a woodcock in the hedge by the Astro; I haven't put it in the official return because nobody got a photo, but I'm not ruling it out.

And yes, Year 6 did giggle at "great tit". Every single year.

I'll submit the results online this week and put a chart up on the science board outside the hall.

Chloe

""" + SIG["bramwell"], fmt="alt", note="RSPB birdwatch results: great tit, cock pheasant, woodcock")

add("clean", "site_jobs_ballcock", "reid", ["beckett"], "Site jobs w/c 10 Nov", mkdate(2025, 11, 14, 15, 2, 9),
    """Lorraine,

Jobs done and jobs outstanding for this week:

Done:
- Replaced the ballcock in the KS2 boys' toilet cistern (the one that kept overflowing). Part was £8.40 from the merchants, receipt in your tray.
- New knob on the staffroom door - the old one came off in Helen's hand on Tuesday.
- Gritted the top path and the ramp by Reception.
- Took down the Remembrance display poppies from the fence and stored them for next year.

Outstanding:
- Gutter above Year 2. Needs a tower, I can't do it off a ladder on my own. I've asked for a quote.
- Hall blind cord, waiting on the part.
- Radiator in Reception is banging again. I've bled it twice, I think it's the pump.

Callum
""", cte="8bit", note="site jobs: ballcock, door knob")

_club_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Forces Families' Club - January</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222;max-width:640px">
<h2 style="color:#1d3b6e">Forces Families' Club &ndash; January news</h2>
<p>Happy New Year to all our families, and a special welcome to the eleven children who joined us over Christmas from Catterick, Tidworth and Germany.</p>
<h3>Burns Night supper &ndash; Thursday 22 January, 3.30&ndash;5pm</h3>
<p>With so many of our families from the Scottish battalion we couldn't let Burns Night pass. On the menu, cooked by the club children with Mrs Lister:</p>
<ul>
<li>Cock-a-leekie soup</li>
<li>Haggis (and a vegetarian haggis), neeps and tatties</li>
<li>Spotted dick and custard &ndash; the Year 6 cooks outvoted me on this one</li>
</ul>
<p>We're hoping to have a piper from the battalion for the Address to a Haggis. Parents and grandparents are welcome &ndash; please let us know numbers.</p>
<h3>Panto thank-you</h3>
<p>Thank you to the HIVE for the tickets to <i>Dick Whittington</i> in December. Forty-two children and twenty adults went and we're still hearing &ldquo;Oh no it isn't!&rdquo; in the corridors.</p>
<h3>Deployment countdown chains</h3>
<p>For those with a parent away this term, we'll be making countdown chains and recording video messages on the first Thursday of February. Please speak to Jo if your child would like a place.</p>
<p>Jo Kettering<br>Family Support Worker &amp; Forces Families' Club Lead<br>Example School, Park Row, LS1 4AP &middot; 01632 960000</p>
</body></html>
"""
add("clean", "families_club_burns", "kettering", PARENTS, "Forces Families' Club - January news",
    mkdate(2026, 1, 9, 14, 30, 0), """Forces Families' Club - January news

Happy New Year to all our families, and a special welcome to the eleven children who joined us over Christmas from Catterick, Tidworth and Germany.

BURNS NIGHT SUPPER - Thursday 22 January, 3.30-5pm
With so many of our families from the Scottish battalion we couldn't let Burns Night pass. On the menu, cooked by the club children with Mrs Lister:
- Cock-a-leekie soup
- Haggis (and a vegetarian haggis), neeps and tatties
- Spotted dick and custard - the Year 6 cooks outvoted me on this one
We're hoping to have a piper from the battalion for the Address to a Haggis. Parents and grandparents are welcome - please let us know numbers.

PANTO THANK-YOU
Thank you to the HIVE for the tickets to Dick Whittington in December. Forty-two children and twenty adults went and we're still hearing "Oh no it isn't!" in the corridors.

DEPLOYMENT COUNTDOWN CHAINS
For those with a parent away this term, we'll be making countdown chains and recording video messages on the first Thursday of February. Please speak to Jo if your child would like a place.

Jo Kettering
Family Support Worker & Forces Families' Club Lead
Example School, Park Row, LS1 4AP - 01632 960000
""", html_body=_club_html, fmt="alt", cte="quoted-printable",
    note="families' club newsletter: cock-a-leekie, spotted dick, Dick Whittington")

add("clean", "author_dick_king_smith", "adeyemi", PARENTS, "Year 1 author of the half term: Dick King-Smith",
    mkdate(2026, 1, 6, 16, 10, 30), """Dear Year 1 families,

Happy New Year! This half term our class author is Dick King-Smith. You may know The Sheep-Pig, which the film Babe was based on, but he wrote more than a hundred books and lots of them are perfect for Year 1: The Hodgeheg, Sophie's Snail, The Invisible Dog and Lady Lollipop are all in the book corner now.

The children were very interested to hear that he served in the army in the Second World War before he became a farmer and then a teacher - quite a few of them decided that made him "one of us".

Two ways you can help at home:
1. Share a Dick King-Smith book at bedtime and ask your child which animal they would most like to be.
2. If Mum or Dad is deployed, they are very welcome to record themselves reading a chapter on their phone. Send it to me through the school office and we'll play it at story time (with your permission, only to the class).

Thank you for all your support,
Mr Adeyemi

""" + SIG["adeyemi"], fmt="alt", style="gmail", note="class author Dick King-Smith")

add("clean", "forest_school_cockburn", "cockburn", ["nowak"], "Forest school cover Thursday",
    mkdate(2025, 9, 29, 12, 14, 44), """Hi Tomasz,

Just confirming for Thursday afternoon: I'll take the first forest school group out at 1.15 and Mrs Hancock has said she can take the second group at 2.15, so you'll have half the class inside each time for the bridge-building.

Could you remind them about wellies and old coats on Wednesday? Last time four of them came in school shoes and I spent twenty minutes in the mud cupboard.

The fire-pit session is not this week - the risk assessment needs updating after the new ground rules from the estates team. Should be back on for 16th.

Thanks,
Rhys

""" + SIG["cockburn"], cc=["hancock"], note="staff named Cockburn and Hancock; ordinary cover arrangement")

add("clean", "new_starter_wankhede", "office", ["pritchard"], "New Reception starter from Monday - Aarav Wankhede",
    mkdate(2026, 1, 14, 9, 41, 2), """Hi Si\u00e2n,

Just to let you know we have a new starter in Reception from Monday 19 January: Aarav Wankhede. The family have been posted in from Catterick - Mum is Major Anjali Wankhede, the new medical officer at the garrison medical centre, and Dad works from home.

A couple of things:
- Aarav has a peanut allergy. His adrenaline pens are coming in on Monday with the care plan; I'll bring them down to you.
- Mum has asked if they can do a short settling visit on Friday afternoon at 2.00. I've pencilled it in - let me know if that's a problem.
- He has a place in breakfast club from Tuesday.

His records have come through from his nursery and I've put them in the pupil file.

Thanks,
Tracey

""" + SIG["office"], cte="quoted-printable", note="surname Wankhede (new starter)")

add("clean", "anglo_saxon_kingdoms", "shah",
    [("Year 4 Owls", pupil("year4owls")), ("Layla Gurung", pupil("21lgurung"))],
    "Homework: Anglo-Saxon kingdoms map", mkdate(2025, 11, 6, 15, 55, 0), """Hi Year 4,

This week's homework is on Google Classroom, but here it is too for anyone who can't log in.

1. On the blank map, find and label the Anglo-Saxon kingdoms: Wessex, Mercia, Northumbria, East Anglia, Kent, Essex and Sussex. Colour our kingdom, Wessex, in gold.

2. The names give you a clue about who lived there. Essex means "East Saxons", Sussex means "South Saxons" and Wessex means "West Saxons". Can you work out what Middlesex might mean? (Middlesex wasn't really a kingdom, but we'll let it in.)

3. Challenge: Wiltshire gets its name from the town of Wilton. Find Wilton on the map. How far is it from school?

Layla - thank you for the photo of Winchester you sent, I'll show the class tomorrow.

Due next Wednesday. Have fun!
Miss Shah
""", fmt="alt", style="gmail", note="history homework: Essex, Sussex, Wessex, Middlesex")

_insults = """SHAKESPEARE INSULTS - Year 6 (Macbeth unit)
Rule 1: insults go to the cardboard Macbeth, never to each other.
Rule 2: say it with feeling. Rule 3: know what it means.

"The devil damn thee black, thou cream-faced loon! Where got'st thou that goose look?" (Macbeth)
"Thou art a boil, a plague-sore, an embossed carbuncle." (King Lear)
"Away, you three-inch fool!" (The Taming of the Shrew)
"Thou lump of foul deformity." (Richard III)
"Thy tongue outvenoms all the worms of Nile." (Cymbeline)
"I do desire we may be better strangers." (As You Like It)
"""
add("clean", "shakespeare_insults", "quinn", ["howells"], "Shakespeare insults lesson",
    mkdate(2026, 2, 11, 17, 22, 8), """Nia,

You asked for my insults lesson for when you start The Tempest after half term - sheet attached.

A word of warning from bitter experience. I've taken "Thou whoreson zed! thou unnecessary letter!" off the list (King Lear) because of the one word, and I swapped out "you bull's pizzle" after somebody's older brother looked it up and explained it to the whole class. Kept: "The devil damn thee black, thou cream-faced loon!" from Macbeth, which they absolutely love. "Damn" caused a bit of a stir the first year, so now I talk about it up front as an old curse, not a swear word, and they're fine.

Ground rules: insults only go to the cardboard Macbeth, never to each other, and they have to tell me what it means before they're allowed to shout it.

Laura
""", attachments=[("Y6_shakespeare_insults.txt", "text/plain", _insults.encode("utf-8"), "quoted-printable", "utf-8")],
    note="English lead discussing quoted Shakespeare insults (whoreson, pizzle, damn) staff-only")

add("clean", "remembrance_hun_posters", "pryce", ["marsh"], "Remembrance assembly - plan",
    mkdate(2025, 11, 3, 7, 52, 30), """Helen,

Plan for Tuesday's Remembrance assembly, as promised:

- 9.00 Children in, Year 6 poppy wreath at the front
- Year 6 read "In Flanders Fields" and two letters home from the Western Front (from the county archive)
- A look at three First World War recruitment posters. One of them calls the Germans "the Hun" and shows them as monsters - I want to talk briefly about propaganda and why countries at war describe the enemy like that. I'll be careful with it: we've got a lot of children who were born in Germany or lived in Sennelager, and at least two mums who are German.
- Lance Corporal Gurung from the battalion will play the Last Post, then the two minutes' silence at 9.25 and Reveille
- Femi has the Year 4 choir doing "Sing, Sing, Sing of Peace" to finish

Parents are invited; the office has sent the text. I'll send you the slides tonight.

Owen

""" + SIG["pryce"], cc=["adeyemi"], fmt="alt", note="Remembrance assembly: WWI propaganda calling Germans 'the Hun' (history)")

add("clean", "pissarro_art", "nowak", PARENTS, "Year 3 art - painting like Pissarro",
    mkdate(2026, 1, 28, 15, 20, 15), """Dear Year 3 families,

Our art artist this half term is Camille Pissarro, one of the French Impressionists. The children have been fascinated to learn that Pissarro had to leave his home in France during a war in 1870 and lived for a while in London, where he painted the streets around Norwood - a lot of our children know exactly what it feels like to move to a new place and have to get used to it.

We have been looking at his paintings of Paris boulevards, which he painted again and again from the same hotel window at different times of day and in different weather.

Optional homework: look out of a window at home at two different times (morning and evening, or a sunny day and a rainy day) and make two small sketches or paintings of the same view. Bring them in by Friday 6 February and we'll make a "Pissarro wall" in the corridor.

Many thanks,
Mr Nowak

""" + SIG["nowak"], fmt="alt", note="art letter about Camille Pissarro")

add("clean", "army_flying_museum", "whitlock", PARENTS, "Year 5 - Army Flying Museum visit, Middle Wallop",
    mkdate(2026, 2, 5, 16, 8, 49), """Dear Year 5 parents and carers,

On Tuesday 3 March, Year 5 will visit the Army Flying Museum at Middle Wallop as part of our "Forces and Motion" science topic. The children will take part in a workshop on how helicopters fly, look at the gliders used at Arnhem, and (the highlight, I'm told) get to sit in the cockpit of a real helicopter.

I know several of you have served with the Army Air Corps, and if anyone is free to come along as a helper we'd love to have you - the children are much more impressed by a parent who has actually flown one than by me.

Practical details:
- Coach leaves at 9.00, back by 3.15
- Packed lunch and a drink in a named bag
- School uniform with a warm coat - the hangars are cold
- No money or phones needed

The cost is covered from our Service Pupil Premium enrichment budget, so there's nothing to pay. Please return the consent slip by Friday 20 February.

Thank you,
Dan Whitlock

""" + SIG["whitlock"], fmt="alt", note="trip letter: sitting in a helicopter cockpit")

add("clean", "disclosure_to_dsl", "doyle", ["dsl"], "Disclosure - Y2 pupil, today 10.40 - please read today",
    mkdate(2025, 10, 14, 11, 22, 5), """Rebecca,

Logged on CPOMS as well, but emailing as I know you're off site at the LA meeting.

At 10.40 during guided reading, L.T. (Y2, Kestrels) was quiet and tearful. I asked her if she was OK and she said, in these words:

"Daddy's not in Estonia any more, he's at home and he shouts. He called Mummy a fucking bitch and threw the remote at the telly. I hid in my room with Biscuit."

Then she said: "Don't tell Daddy I said the bad word."

I said thank you for telling me, that she wasn't in trouble, and that I would need to tell Mrs Angove so that grown-ups can help. I didn't ask her anything else. She went back to her reading group and seemed calmer by break.

Context: Dad came back from deployment roughly three weeks ago (he's on the families' club list). Mum usually collects at 3.15.

I'm free at lunch if you want to ring me.

Kirsty
""", cc=["marsh"], note="staff-only safeguarding disclosure to DSL quoting pupil's exact words")

add("clean", "racist_incident_log", "butt", ["marsh"], "Racist incident - KS2 playground, lunch today",
    mkdate(2025, 11, 5, 13, 41, 0), """Mrs Marsh,

As you asked, writing up what happened at lunch today so it can go in the racist incidents log.

At about 12.50 on the top playground, a Year 5 boy (J.P.) was playing football with a group that included Suraj G. When Suraj tackled him, J.P. shouted "get off me you Paki" and then "go back to Nepal". I heard it myself, I was about three metres away. Suraj's friend Dipesh also heard it and came over to tell me.

I took J.P. inside to Mr Pryce. Suraj was upset but said he wanted to carry on playing. I checked on him at the end of lunch and he said he was OK, and he told his class teacher when they went in.

Let me know if you need anything else from me.

Mandy

""" + SIG["butt"], cc=["dsl"], note="midday supervisor's incident report quoting a pupil's racist slur verbatim, staff-only")

add("clean", "reply_parent_booking_swore", "marsh", [P_ALI], "Re: Parents' evening booking",
    mkdate(2025, 10, 14, 8, 5, 20), """Dear Mr Guardian,

I'm sorry you've had so much trouble with the booking system, and thank you for letting us know - you're not the only parent who was logged out last night, and our IT technician is looking into it this morning.

I have booked you in myself for 5.20pm on Wednesday with Mr Whitlock, and he has agreed to give you a double slot so there's time to talk about Example Pupil Three's maths and the football. If you are already back in Kenya by the spring parents' evening, we can do that one by video call at a time that suits the time difference.

Please do call the office on 01632 960000 if anything else goes wrong.

Kind regards,
Helen Marsh

""" + SIG["marsh"] + """

On Mon, 13 Oct 2025 at 21:47, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is fucking ridiculous. I have tried four times tonight to book a slot
> and your bloody system keeps logging me out. I'm on leave for two weeks
> before I go back out to Kenya and I'm not wasting it on this crap.
> Ali Guardian
""", fmt="alt", style="gmail", reply_to_id="<CAJx7Tq2mB9pN4r0Wk1vZ8s3Lf6Yd2Hc5Ge1Uo@mail.gmail.com>",
    note="head's polite reply to parent; swearing only in the parent's quoted text")

add("clean", "reply_parent_sen_angry", "haddad", [P_SAM], "RE: Meeting about support in class",
    mkdate(2026, 1, 22, 9, 30, 44), """Dear Sam,

Thank you for your email, and I'm sorry that last week's meeting left you feeling that you weren't listened to. That is not what any of us want, and I can hear how worried and frustrated you are.

I'd like to meet with you again, this time with just me and the class teacher, so that we can go through the support plan line by line and you can tell us what you're seeing at home. I can do Tuesday at 3.30 or Thursday at 8.30. If it would help, Jo Kettering from the Forces Families' Club can sit in as well.

I will also look again at how the TA support is being used in the afternoons, which I know is your main concern.

Kind regards,
Amira Haddad

""" + SIG["haddad"] + """

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 21 January 2026 22:14
To: Amira Haddad <a.haddad@example-school.org.uk>
Subject: Meeting about support in class

Frankly that meeting was a piss-take. Your TA is a jumped-up cow who thinks she knows my child better than I do, and nobody in that room listened to a word I said. I want a proper meeting with someone who actually knows what they're talking about.
""", fmt="alt", cte="quoted-printable", reply_to_id="<AM9PR02MB7741C3D2E1F0A9B8C7D6@AM9PR02MB7741.eurprd02.prod.outlook.com>",
    note="SENCo's calm reply; abusive words only in parent's quoted Outlook block")

add("clean", "behaviour_policy_language", "pryce", ["allstaff"], "Behaviour policy review - language section (draft for Monday)",
    mkdate(2026, 1, 15, 18, 2, 3), """Dear all,

Ahead of Monday's staff meeting, here is the draft of the new language section of the behaviour policy. Please read it and come with comments.

The main change is that we are splitting what we used to call "unkind language" into three so that we record it consistently:

1. Swearing. At this age it is mostly copying what they've heard. Stay calm, don't repeat the word back to the class, and record it on CPOMS exactly as it was said - "swore" is no use to anyone looking for a pattern later.

2. Discriminatory language - racist, homophobic, sexist, or about disability. This includes "gay" used as an insult and words like "retard" and "spaz", which we are still hearing in upper KS2. All of these go on CPOMS under the discriminatory category, every time, and parents are informed.

3. Language aimed at an adult. Straight to a member of SLT.

A note from the families' club meeting: many of our children hear a fair bit of barrack-room language at home and on the patch. We are not going to shame children or their families for that - the message is "that's not a school word", and we teach the alternative.

See you Monday.

Owen

""" + SIG["pryce"], note="deputy head on behaviour policy, quotes slurs to be recorded, staff-only")

add("clean", "tourettes_briefing", "haddad", ["shah", "bramwell"], "New Y4 pupil with Tourette syndrome - staff briefing",
    mkdate(2026, 1, 8, 7, 45, 0), """Priya, Chloe,

Ahead of Monday, a briefing on D.K. who joins Owls from the MOD school in Cyprus. Please share with your TAs, but keep it within the Y4 team.

D. has a diagnosis of Tourette syndrome. His tics at the moment are mainly blinking, throat clearing and a shoulder shrug. He also has a vocal tic which is sometimes a swear word; his previous school says the most common are "shit" and "fuck off", usually when he is excited or anxious. This is called coprolalia. It is involuntary and it is NOT a behaviour issue.

What we do:
- Don't react, don't ask him to repeat it, and never sanction a tic.
- Give him the agreed "time out" card and let him use it without asking.
- Seat him near the door so he can leave without an audience.
- Let me know if the tics change or increase - it often happens after a move.

Mum is going to talk to the class with D. on Tuesday afternoon (he wants to do it himself). I'll be there too.

Amira

""" + SIG["haddad"], cte="quoted-printable", note="SENCo briefing quoting a Tourette's vocal tic (coprolalia), staff-only [unsure: quoted swear words in a staff briefing]")

add("clean", "body_map_blue_spots", "pritchard", ["dsl"], "Body map - Reception pupil - blue/grey marks (for the record)",
    mkdate(2025, 9, 18, 14, 12, 27), """Rebecca,

For the record rather than as a concern, but I wanted it on file.

While helping A.O. (Reception, Robins) change after a toileting accident this morning, Shona and I noticed flat blue-grey marks across her lower back and bottom. They are exactly the marks on the body map we completed at her home visit in August: Mum showed us the red book then, and the health visitor recorded them at six weeks as "Mongolian blue spots" (now usually called congenital dermal melanocytosis). They haven't changed in size or colour, there's no swelling and A. wasn't sore.

I'm emailing so that if anyone else sees them during PE or changing and is worried, there is a record and the body map to compare with. Both are in her CPOMS file.

Diolch,
Si\u00e2n

""" + SIG["pritchard"], cte="8bit", note="body map note using the clinical term 'Mongolian blue spots'")

_rse_pdf = make_pdf([
    "Example School - Relationships, Sex and Health Education (RSHE)",
    "Years 5 and 6 - Spring term 2026",
    "",
    "Year 5: changes at puberty; periods; personal hygiene; feelings.",
    "Year 6: puberty recap; how a baby is made and born (sex education).",
    "Correct names for body parts are used in all lessons.",
    "",
    "Parents may ask to withdraw their child from the sex education",
    "lessons in Year 6, but not from the science or relationships",
    "education content. Please speak to Mrs Marsh first.",
])
add("clean", "rse_letter_y5y6", "marsh", PARENTS, "Relationships, Sex and Health Education - Years 5 and 6",
    mkdate(2026, 1, 26, 14, 0, 0), """Dear parents and carers of Years 5 and 6,

After half term, Years 5 and 6 will have their Relationships, Sex and Health Education (RSHE) lessons on growing up. I'm writing now so that you have time to look at the materials and talk with your child at home first.

In Year 5 the lessons cover the changes that happen at puberty, including periods, personal hygiene and feelings. In Year 6 we recap puberty and, in the sex education lessons, explain how a baby is made and born. In all lessons we use the correct names for body parts (for example penis, testicles, vulva, vagina and womb), as we do from Reception onwards in science. Using the proper words helps children to keep themselves safe and to tell a trusted adult if something is wrong.

You are welcome to come and see all of the resources at a parents' session on Thursday 5 February at 2.45pm in the library. For those of you who are away on deployment or on exercise, we will record the session and send a link that can be watched on a phone.

Parents have the right to ask for their child to be withdrawn from the Year 6 sex education lessons, but not from the science or relationships content. If you are thinking about this, please speak to me first.

A summary of the lessons is attached.

Kind regards,
Helen Marsh

""" + SIG["marsh"], fmt="alt", attachments=[("RSHE_Y5_Y6_summary.pdf", "application/pdf", _rse_pdf, "base64")],
    note="RSE letter naming body parts")

add("clean", "french_homework_retard_phoque", "howells",
    [("Falcons Class", pupil("year5falcons"))], "Devoirs de fran\u00e7ais - les animaux",
    mkdate(2025, 11, 18, 15, 35, 50), """Bonjour tout le monde !

This week's French vocabulary is animals. Learn as many as you can for our quiz on Friday:

le chat - the cat
le chien - the dog
le lapin - the rabbit
le cheval - the horse
la baleine - the whale
le phoque - the seal (yes, I know how it sounds. We have had that conversation. Merci, Kai.)
la tortue - the tortoise
l'écureuil - the squirrel

And our useful phrase for the week, which some of us may need more than others:
"Je suis en retard !" - I'm late!
"Désolé(e), je suis en retard." - Sorry, I'm late.

Amélie in Falcons has kindly recorded the words for you on the class page so you can hear how to say them properly. Merci, Amélie !

Bon week-end,
Mrs Howells
""", cte="8bit", subj_enc="Q", note="French homework: 'le phoque', 'en retard'")

add("clean", "dutch_handover_kunt", "attendance", ["howells"], "FW: Overdrachtsrapport leerling groep 6",
    mkdate(2026, 1, 7, 10, 12, 0), """Nia,

Forwarding the handover report for your new starter from his school in Brunssum (Dad's been at the NATO headquarters there for three years). The report itself is attached to the original, I've saved it to his file. Google Translate says the email below is just asking us to confirm we've received it, which I've done.

Mum says he's fluent in Dutch and his English reading is about where it should be, but his writing is mostly in Dutch so expect some odd spellings for a while. He's really keen on football, if that helps on day one.

Gail

""" + SIG["attendance"] + """

________________________________
From: M. van den Berg <m.vandenberg@example.net>
Sent: 06 January 2026 16:40
To: Attendance <attendance@example-school.org.uk>
Subject: Overdrachtsrapport leerling groep 6

Beste collega's,

In de bijlage vindt u het overdrachtsrapport van onze leerling uit groep 6, die na de kerstvakantie naar uw school gaat. Kunt u de ontvangst van dit bericht bevestigen? Als u vragen heeft, kunt u mij altijd mailen.

Wij wensen hem veel succes in Engeland.

Met vriendelijke groet,
Marieke van den Berg
Intern begeleider
""", cte="quoted-printable", note="forwarded Dutch school email containing 'kunt u'")

add("clean", "planets_uranus", "whitlock", [("Falcons Class", pupil("year5falcons"))], "Earth and Space - planet fact file",
    mkdate(2026, 2, 24, 15, 48, 0), """Hi Falcons,

Your science homework for this week is a fact file on one planet from our solar system. You've each picked a planet out of the hat - the list is on the Classroom page if you've forgotten yours.

Your fact file should include:
- how far your planet is from the Sun
- how long a day and a year are on your planet
- what it's made of, and whether it has moons or rings
- one fact that surprised you

Whoever drew Uranus: yes, we all know. Astronomers usually say it "YOOR-a-nus", and it's a fascinating planet that spins on its side, so that's what I want to read about. Same goes for Neptune's winds, which are the fastest in the solar system.

Bonus: the International Space Station can sometimes be seen from the Plain in the early evening. Ask a grown-up to help you check when it passes over, and tell us if you spot it.

Due Monday.
Mr Whitlock
""", note="science homework mentioning Uranus")

_kit_csv = """item,supplier_code,qty,unit_price,total
Feather shuttlecocks (tube of 12),BD-112,6,9.50,57.00
Junior cricket boxes,CR-220,4,6.25,25.00
Junior cricket pads (pair),CR-231,4,18.00,72.00
Tennis balls (bucket of 60),TN-060,1,34.00,34.00
Rounders bats,RD-014,6,4.80,28.80
Size 4 footballs,FB-404,10,7.90,79.00
Ball pump with needles,EQ-009,2,5.50,11.00
"""
add("clean", "pe_kit_order", "whitlock", ["beckett"], "PE kit order - sport premium",
    mkdate(2025, 9, 25, 16, 2, 0), """Lorraine,

Kit order attached for the PE and sport premium - total £306.80. Mostly for the new badminton club (we've worn the feathers off every shuttlecock we own) and the Year 6 hard-ball cricket club after Easter. ECB guidance recommends that boys wear a box for hard-ball cricket, so I've ordered four junior cricket boxes as club kit; they'll be washed and stored in named bags.

Also ten new size 4 footballs as half of ours went over the fence into the MOD land behind the field and the range warden won't let us go and get them.

Thanks,
Dan

""" + SIG["whitlock"], attachments=[("PE_order_Sept25.csv", "text/csv", _kit_csv.encode("utf-8"), "7bit")],
    note="PE order: shuttlecocks, cricket boxes, balls")

add("clean", "leave_orkney_twatt", "attendance", ["bramwell"], "Leave of absence - Y4 pupil (Orkney)",
    mkdate(2026, 2, 12, 9, 20, 37), """Chloe,

Just to let you know that Helen has authorised four days' leave for R.S. in Swifts from Monday 23 February, for his grandad's funeral in Orkney. The family are staying with his granny in Twatt, on the west side of the Orkney Mainland (yes, it really is called that, and yes, his dad made the joke before I could).

It's a long way: train to Scotland, then the ferry from Scrabster, so they won't be back until Friday 27th. Dad has been given compassionate leave by the unit.

No need for a work pack - Mum asked for a reading book and some spellings, that's all. He's quite upset, Granda was a big part of his life when Dad was on his last tour.

Gail

""" + SIG["attendance"], note="leave of absence to Twatt, Orkney (place name)")

add("clean", "christmas_carol_dickens", "quinn", PARENTS, "Year 6 Christmas production - A Christmas Carol",
    mkdate(2025, 11, 24, 15, 30, 0), """Dear Year 6 parents and carers,

This year Year 6 will be performing a version of Charles Dickens's A Christmas Carol for the rest of the school and for families. Parts have now been given out and your child should have brought their script home today.

Performances:
- Tuesday 9 December, 2pm (families)
- Wednesday 10 December, 6pm (families)
- Thursday 11 December, 9.15am (the rest of the school)

Costumes: Victorian-style and simple, please. Dark trousers or a long skirt, a white or cream shirt, and a scarf or shawl. Please don't buy anything - we have a big costume box and can lend what you need. Scrooge, Marley's ghost and the three spirits will be costumed by school.

A number of you have asked whether we can share the performance with parents who are deployed. We will record the Wednesday performance and send it privately to Year 6 families only, with permission from the families of every child in the cast.

Bah! Humbug! will be heard in many kitchens this week, I'm afraid. Please help your child learn their lines.

Thank you,
Laura Quinn

""" + SIG["quinn"], fmt="alt", note="Dickens' A Christmas Carol production")

add("clean", "nativity_ox_ass", "pritchard", PARENTS, "Nativity parts - Reception and Key Stage 1",
    mkdate(2025, 11, 26, 16, 0, 0), """Dear families,

The children in Reception, Year 1 and Year 2 have been told their parts for our nativity, "The Stable Next Door", and there is a note in every book bag.

Costumes:
- Mary, Joseph and the innkeepers - school will provide.
- Shepherds - a tea towel and a dressing gown, please.
- Kings - something sparkly; crowns are made in class.
- Angels and stars - white or yellow clothes, tinsel provided.
- Animals (the ox and the ass, sheep and the donkey) - we'll make ears and masks in class, so just brown or grey clothes.

Year 2 will also be singing "Good Christian Men, Rejoice", including the traditional line "ox and ass before Him bow", so if you hear that at home, that's why!

Performances are on Tuesday 16 and Wednesday 17 December at 2pm. Two tickets per family; more if available once all families have had a chance.

Diolch yn fawr,
Mrs Pritchard

""" + SIG["pritchard"], fmt="alt", cte="quoted-printable", note="nativity letter: 'the ox and the ass'")

add("clean", "gate_incident_log", "office", ["marsh"], "Incident at main gate 8.40 this morning - written account",
    mkdate(2025, 12, 4, 9, 25, 12), """Helen,

As requested, my written account of this morning.

At about 8.40 a parent (Mr R., father of a Year 4 child) drove into the staff car park and parked across the accessible bay. When I came out and asked him to move, as the car park is for staff and blue badge holders only, he said "don't talk to me like that, you jumped-up little cow".

Kirsty Doyle came over from the Year 2 line to see if I was OK. He then told her to "fuck off back to the patch and mind your own business" and called her a "fat slag". Several children were within earshot, including some of the Reception class who were coming in through the side gate.

He then moved the car and drove off at about 8.45. I have his registration written down, and Callum has saved the CCTV from 8.35 to 8.50.

Kirsty is shaken but OK and is teaching. I've made her a cup of tea.

Tracey

""" + SIG["office"], cc=["dsl"], note="office manager's written account quoting a parent's abuse, staff-only")

# =====================================================================================
# CLEAN (everyday): ordinary term-time mail
# =====================================================================================

add("clean", "inset_half_term_reminder", "office", PARENTS, "Reminder: INSET day Friday 24 October and half term",
    mkdate(2025, 10, 20, 10, 2, 0), """Dear parents and carers,

A quick reminder that school is closed to pupils on Friday 24 October for a staff training day. Half term then runs from Monday 27 October to Friday 31 October, and children return on Monday 3 November.

The holiday club run by the HIVE is open on the INSET day and throughout half term; bookings go through them directly.

Have a lovely break.

""" + SIG["office"], note="short reminder to parents")

add("clean", "reading_book_reply", "doyle", [P_JANE], "Re: Reading book", mkdate(2025, 9, 16, 16, 35, 12),
    """Hi Jane,

Thanks for letting me know, and please don't worry at all. It's very common for reading to wobble for a few weeks after a parent deploys - lots of our Kestrels are in the same boat this term.

I've moved Example Pupil One back one band for now so the books feel easy and fun again, and we'll move up once the confidence is back. Five minutes a night is plenty. If bedtime is a struggle, reading over breakfast counts just as much!

The idea of your husband reading the same book on a video call is lovely. If the connection is bad, he could record himself reading a page and we could play it in class - just send it to the office.

Kirsty Doyle

""" + SIG["doyle"] + """

On Tue, 16 Sept 2025 at 07:58, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Doyle, just to let you know we've really struggled with the reading book
> this week. Since his dad went to Estonia he doesn't want to read with me at all
> and gets upset. Is it ok if we just do a few pages? Thanks, Jane
""", fmt="alt", style="gmail", note="teacher reply to parent about reading during deployment")

_leave_pdf = make_pdf([
    "Example School - Leave of Absence: decision",
    "",
    "Request: 5 school days, Monday 1 to Friday 5 December 2025",
    "Reason given: post-operational leave following deployment",
    "",
    "Decision: AUTHORISED (exceptional circumstances - service family",
    "post-deployment leave, with unit confirmation).",
    "",
    "Helen Marsh, Headteacher",
])
add("clean", "post_deployment_leave", "attendance", [P_SAM], "Leave of absence request - decision",
    mkdate(2025, 11, 19, 11, 40, 0), """Dear Sam,

Thank you for your leave request and for sending the letter from the unit confirming the post-operational leave dates.

I'm pleased to confirm that Mrs Marsh has authorised the absence for Monday 1 to Friday 5 December. The decision letter is attached for your records.

We know how precious this time is after a long deployment, so please enjoy it. Example Pupil Two's teacher will send home a reading book but there is no expectation of any other work.

Kind regards,

""" + SIG["attendance"], fmt="alt", attachments=[("Leave_decision_Dec25.pdf", "application/pdf", _leave_pdf, "base64")],
    note="attendance: post-deployment leave authorised, PDF attached")

add("clean", "sats_revision_y6", "quinn",
    [("Kites Class", pupil("year6kites"))], "Revision this week", mkdate(2026, 2, 23, 15, 45, 0),
    """Hi Kites,

Well done on the reading practice paper on Friday - most of you improved your score from December, and some by a lot.

This week's revision:
- Monday: arithmetic paper 3 (on Classroom) - time yourself, 30 minutes
- Wednesday: 20 minutes on the spelling list, words 41-60
- Friday: read for pleasure. Anything you like. Honestly.

Reminder that booster club is Tuesday and Thursday after school in my room. Biscuits provided.

Miss Quinn
""", note="Y6 revision email to class")

add("clean", "staff_meeting_agenda", "marsh", ["allstaff"], "Staff meeting Wednesday - agenda",
    mkdate(2025, 9, 29, 17, 45, 0), """Dear all,

Staff meeting on Wednesday, 3.30-4.45 in the library. Tea and cake courtesy of Year 2.

1. Safeguarding update (Rebecca) - 10 mins
2. October census and service child flags - please check your registers (Lorraine) - 5 mins
3. Maths: the new fluency starters, one month in (Priya) - 20 mins
4. Harvest assembly and the donation drive for the garrison food bank - 5 mins
5. Supporting children through deployment: feedback from the families' club (Jo) - 15 mins
6. AOB

Please bring your class lists with the new starters marked.

Helen

""" + SIG["marsh"], note="staff meeting agenda")

add("clean", "hive_coffee_morning", "beckett", [("Ridgeway HIVE", "ridgeway.hive@example.org")],
    "New families' coffee morning - Friday 12 September", mkdate(2025, 9, 3, 10, 18, 33),
    """Dear HIVE team,

We are holding a coffee morning for families who have joined the school this September, on Friday 12 September from 9.00 to 10.30 in the school hall. We have thirty-four new children this term, most of them from service families who have just arrived on posting.

Would you be able to bring your information stall again? Last year the families found it really useful to have the HIVE, the housing contact and the nursery information all in one place on their first week. We can provide a table near the door and a power socket.

If you could also bring a few copies of the garrison welcome pack, that would be great.

Many thanks,

""" + SIG["beckett"], fmt="alt", note="business manager to garrison HIVE, booking a stall")

add("clean", "sen_review_teams", "haddad", [P_ALI], "Example Pupil Three - SEN support review",
    mkdate(2025, 10, 7, 13, 20, 0), """Dear Mr Guardian,

It's time for Example Pupil Three's termly SEN support review. I'd like to look at how the new spelling programme is going and agree the targets for the rest of the year.

I have the following times available:
- Tuesday 14 October, 3.30pm
- Thursday 16 October, 8.15am
- Monday 20 October, 3.45pm

As I know you may be heading back out before the end of the month, I'm very happy to do the meeting by Teams, or to have Mum in school and you joining on video. Just let me know which works best.

Kind regards,
Amira Haddad

""" + SIG["haddad"], fmt="alt", note="SENCo offering review meeting times to parent")

_news_html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Example School Weekly News</title></head>
<body style="margin:0;padding:0;background:#f1f4f8">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f4f8"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="background:#1d3b6e;color:#ffffff"><h1 style="margin:0;font-size:22px">Example School &ndash; Weekly News</h1><p style="margin:4px 0 0">Friday 21 November 2025</p></td></tr>
<tr><td>
<h2 style="font-size:18px;color:#1d3b6e">From Mrs Marsh</h2>
<p>What a week! Thank you to everyone who came to the Year 3 class assembly on Tuesday &ndash; the Stone Age dance will stay with me for some time. A big welcome to our six new families this week, who have arrived from Catterick, Aldershot and Cyprus.</p>
<h2 style="font-size:18px;color:#1d3b6e">Attendance</h2>
<p>Whole-school attendance this week was 95.8%. Well done to Wrens (Year 1), who win the attendance trophy with 99.1%.</p>
<h2 style="font-size:18px;color:#1d3b6e">Christmas jumper day</h2>
<p>Friday 12 December. Wear a Christmas jumper (or anything festive) for a donation of &pound;1 to the garrison families' fund.</p>
<h2 style="font-size:18px;color:#1d3b6e">Parking</h2>
<p>Please don't park on the zig-zags or across the entrance to the patch. The MOD police have been asked to keep an eye on it at drop-off.</p>
<h2 style="font-size:18px;color:#1d3b6e">Dates for the diary</h2>
<ul>
<li>Tue 2 Dec &ndash; Flu nasal spray, Reception to Year 6</li>
<li>Tue 9 &ndash; Thu 11 Dec &ndash; Year 6 production, <i>A Christmas Carol</i></li>
<li>Tue 16 &amp; Wed 17 Dec &ndash; KS1 nativity</li>
<li>Fri 19 Dec &ndash; Last day of term, finish at 1.30pm</li>
</ul>
<p>Have a lovely weekend,<br>Helen Marsh, Headteacher</p>
</td></tr>
<tr><td style="font-size:12px;color:#666;background:#f7f7f7">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""
add("clean", "weekly_newsletter_html", "marsh", PARENTS, "Example School Weekly News - 21 November",
    mkdate(2025, 11, 21, 15, 0, 0), None, html_body=_news_html, fmt="html", cte="base64",
    note="HTML-only weekly newsletter, base64")

_stone_pdf = make_pdf([
    "Year 4 - Stonehenge visit - Thursday 15 January 2026",
    "Depart 9.15, return 2.45. Packed lunch, warm waterproof clothing.",
    "Please sign and return: my child may attend.",
    "Name of child: ____________________  Signed: __________________",
])
add("clean", "stonehenge_trip_y4", "shah", PARENTS, "Year 4 trip to Stonehenge - Thursday 15 January",
    mkdate(2025, 12, 8, 15, 30, 0), """Dear Year 4 parents and carers,

To start our Stone Age to Iron Age topic next term, Year 4 will be visiting Stonehenge on Thursday 15 January. It's only twenty minutes away, but you'd be amazed how many of our children, having moved here from all over the world, have only ever seen it from the A303!

We will be visiting the stone circle and the Neolithic houses, where the children will try grinding grain and building a wattle wall. The education team there run a brilliant workshop.

Please make sure your child has:
- a warm, waterproof coat, hat and gloves - it is very exposed up there in January
- sensible shoes or wellies
- a packed lunch and drink

The visit is free as part of the English Heritage education scheme, and the coach is funded by the school. Please return the attached consent form by Friday 12 December.

Thank you,
Miss Shah

""" + SIG["shah"], fmt="alt", attachments=[("Y4_Stonehenge_consent.pdf", "application/pdf", _stone_pdf, "base64")],
    note="trip letter with consent form")

add("clean", "report_deadlines", "pryce", ["allstaff"], "Spring reports - deadlines", mkdate(2026, 2, 9, 16, 30, 0),
    """Dear all,

Spring term reports are short ones this year (attainment grid plus three lines), but with moderation and parents' evening in the same fortnight, here are the deadlines so nobody's caught out:

- Fri 27 Feb: attainment grids completed on the MIS
- Wed 4 Mar: comments written and proof-read by your year partner
- Mon 9 Mar: to me or Helen for final read
- Fri 13 Mar: reports go home (and by email to parents who are posted or deployed away from home)

For children who have joined since January, it's fine to write "joined us in January - settling well" and a comment on their start, rather than a full judgement.

Thanks all - I know it's a busy half term.

Owen

""" + SIG["pryce"], cte="quoted-printable", note="deputy head: report deadlines")

add("clean", "families_club_steering_notes", "kettering", ["marsh", ("Unit Welfare Office", "uwo.welfare@example.org")],
    "Forces Families' Club steering group - notes 30 Sept", mkdate(2025, 10, 1, 9, 10, 0),
    """Hi all,

Notes from yesterday's steering group meeting. Present: Jo Kettering (chair), Helen Marsh, WO2 Shrestha (unit welfare), Mrs Lister, two parent reps.

1. Numbers. 61 children attending the Thursday club, up from 44 last year. We're now running two groups (KS1 3.15-4.15, KS2 4.15-5.15).

2. Deployment support. Around 40 children have a parent deploying to Estonia in the new year. Plan: a "before you go" session for parents in November, and countdown chains and video messages in January. Welfare office to share the deployment dates once they're confirmed.

3. Moving on. Welfare estimate about 25 children will leave in the summer posting cycle. We'll do "moving on" memory books with Year 2 and Year 6 in the summer term.

4. Funding. Service Pupil Premium covers the staffing. The HIVE have offered to fund the December panto trip again.

5. Next meeting: Tuesday 2 December, 3.30pm, in the library.

Jo

""" + SIG["kettering"], note="meeting notes, forces families' club")

add("clean", "welfare_liaison_meeting", "dsl", [("Unit Welfare Office", "uwo.welfare@example.org")],
    "Termly liaison meeting", mkdate(2025, 9, 22, 11, 0, 0), """Dear WO2 Shrestha,

I hope the battalion has settled in after the summer move.

I'd like to arrange our termly liaison meeting between the school safeguarding team and the unit welfare office. Could you do one of the following?
- Tuesday 7 October, 1.30pm
- Thursday 9 October, 9.30am
- Monday 13 October, 2.00pm

We can meet at school, or come to you at the welfare office if that's easier. I'll bring the anonymised figures on new starters and on children with a deploying parent, and it would be helpful to hear what you know about the deployment timeline so that we can plan support.

Kind regards,

""" + SIG["dsl"], note="DSL arranging liaison meeting with unit welfare office")

_memory_html = """<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:14px">
<p>Dear families,</p>
<p>If your child has a parent deploying this winter, we'd love to help them make a <b>deployment memory box</b> in the Forces Families' Club.</p>
<p>Each child decorates a shoebox and fills it over the months with things they want to show Mum or Dad when they're home: pictures, certificates, a letter a week, a photo from their birthday. It helps the time pass and gives them a way to share what they did.</p>
<p>The sessions are on <b>Thursday 4 and 11 December, 3.15&ndash;4.15pm</b>. Please send in a shoebox (with a lid) if you have one &ndash; we have spares if not.</p>
<p>If you'd like your child to take part, reply to this email or tell the office.</p>
<p>Warm wishes,<br>Jo</p>
<p style="color:#555;font-size:12px">Jo Kettering<br>Family Support Worker &amp; Forces Families' Club Lead<br>Example School, Park Row, LS1 4AP &middot; 01632 960000</p>
</div>
"""
add("clean", "deployment_memory_boxes", "kettering", PARENTS, "Deployment memory boxes \U0001F4E6",
    mkdate(2025, 11, 27, 12, 5, 0), None, html_body=_memory_html, fmt="html", cte="quoted-printable",
    subj_enc="B", note="HTML-only letter, emoji in RFC 2047 subject")

add("clean", "cover_thursday", "pryce", ["nowak", "cockburn"], "Cover Thursday pm", mkdate(2025, 12, 10, 7, 40, 0),
    """Tomasz, Rhys,

Tomasz is out on Thursday afternoon for the maths hub session. Rhys, are you OK to take Robins from 1.15? Planning is in the blue folder on Tomasz's desk (it's the Christmas DT). Zoë will pop in at 2.30 for the last bit so you can get your PPA back.

Thanks both,
O
""", note="short cover arrangement")

add("clean", "mfa_setup_instructions", "tully", ["allstaff"], "Action needed: set up two-step sign-in by Friday",
    mkdate(2026, 1, 5, 8, 15, 0), """Morning all, and happy new year.

From Monday 12 January the trust is switching on two-step sign-in for all staff email accounts. You'll need to set it up before then or you won't be able to get into your email from home.

It takes about five minutes:
1. On your phone, install the authenticator app (the one with the blue padlock).
2. On a school computer, go to the account security page (link on the staff noticeboard on the intranet).
3. Choose "Add sign-in method", pick the app, and scan the QR code with your phone.
4. Approve the test notification.

If you don't have a smartphone, or you'd rather not use your own phone, come and see me and I'll set you up with a key fob.

I'll be in the staffroom at lunchtime on Tuesday and Wednesday this week if you'd like me to do it with you.

Graham

""" + SIG["tully"], fmt="alt", note="IT instructions to all staff")

add("clean", "phonics_screening_info", "adeyemi", [P_SAM], "Year 1 phonics - how you can help",
    mkdate(2026, 2, 27, 16, 20, 0), """Dear Sam,

Thank you for asking at pick-up about the phonics screening check in June. I thought it would be easier to put it in an email.

The check is a short, relaxed one-to-one with me, where Example Pupil Two reads 40 words, some real and some "alien" made-up words. It isn't a test they can fail; it just tells us who needs a bit more help.

Example Pupil Two is doing really well with sounds and is working hard on the longer words with two or three syllables. The best things you can do at home:
- read the phonics book from the book bag every night, even if it feels easy
- play "I spy" with sounds rather than letter names
- look out for the sounds we're learning on signs when you're out on the patch

I've put a few of our sound cards in the book bag tonight.

Best wishes,
Mr Adeyemi

""" + SIG["adeyemi"], fmt="alt", cte="base64", note="teacher to parent about phonics check, base64")

add("clean", "house_sports_moved", "whitlock", PARENTS, "Change of date - inter-house cross-country",
    mkdate(2025, 10, 16, 12, 40, 0), """Dear parents and carers,

Because the field is currently waterlogged, the inter-house cross-country has been moved from Friday 17 October to Friday 7 November. It will still start at 1.30pm and parents are welcome to watch from the path by the Astro.

Children will need trainers and PE kit with a warm top, plus a spare pair of socks - it will be muddy!

Thank you,
Mr Whitlock

""" + SIG["whitlock"], note="date change for sports event")

add("clean", "viking_project_reply", "howells", [("Oscar Walsh", pupil("20owalsh"))], "Re: Viking longship project",
    mkdate(2026, 2, 4, 16, 5, 0), """Hi Oscar,

Yes, a model is absolutely fine instead of a poster, and lolly sticks are a brilliant idea for the planks. Remember to include a label card that explains three facts about how longships were built.

It's due on Thursday 12th. If it's too big to carry, ask your dad to bring it to the classroom door in the morning.

Mrs Howells

On Tue, 3 Feb 2026 at 19:22, Oscar Walsh <20owalsh@pupils.example-school.org.uk> wrote:
> Dear Mrs Howells can I make a model of a longship instead of a poster. I have got lolly sticks. Oscar
""", style="gmail", note="teacher reply to pupil's homework question")

add("clean", "leaver_to_cyprus", "office", [("Admissions, Kingsfield School", "admissions@example.net")],
    "Pupil transfer - Year 3 leaver, joining you January", mkdate(2025, 12, 11, 11, 15, 0), """Dear colleagues,

We have a Year 3 pupil leaving us at the end of this term on posting with her family to Cyprus, and I understand she will be joining you at the start of January.

The common transfer file has been sent today through the secure school-to-school system. Her paper records, including her reading assessments and a note from her class teacher, will follow by post to the BFPO address below.

Please let me know if you need anything else from us, or if the CTF hasn't arrived by the end of next week.

With best wishes for the new term,

""" + SIG["office"] + """

Postal address for records:
Kingsfield School
BFPO 58
""", note="office to receiving MOD school in Cyprus; BFPO address")

add("clean", "homecoming_parade_leave", "doyle", ["marsh"], "Request - homecoming parade Friday 6 March",
    mkdate(2026, 2, 16, 7, 35, 0), """Hi Helen,

Lee's unit are due back from Estonia at the beginning of March and the homecoming parade has been confirmed for Friday 6 March at 11am on the garrison square. Would it be possible for me to have the late morning off to go with the boys? I'd be back for 1.15 and can make sure the Kestrels have cover planned.

Completely understand if not - I know a lot of families will be going.

Thanks,
Kirsty
""", note="staff asking head for time off for husband's homecoming parade")

add("clean", "remembrance_band", "adeyemi", [("Bandmaster", "bandmaster@example.org")], "Remembrance assembly - band arrangements",
    mkdate(2025, 10, 29, 13, 0, 0), """Dear Staff Sergeant Okafor,

Thank you so much for agreeing to send musicians for our Remembrance assembly again this year. To confirm the details:

- Date: Tuesday 11 November
- Arrival: 8.40am at the main reception (Tracey will sign you in and take you through)
- Assembly: 9.00-9.40am in the school hall
- Music: the Last Post and Reveille around the two minutes' silence at 9.25. Our Year 4 choir will also sing one song unaccompanied.

Parking is available in the staff car park - I'll make sure two spaces are kept free.

If any of the musicians have children at the school, they're very welcome to say hello to them afterwards!

Best wishes,
Femi Adeyemi

""" + SIG["adeyemi"], fmt="alt", note="music lead arranging band for Remembrance")

add("clean", "lost_property", "office", PARENTS, "Lost property", mkdate(2026, 2, 6, 14, 15, 0), """Dear parents and carers,

Our lost property box is overflowing again - mostly unnamed jumpers, PE tops and a surprising number of single wellies. Everything will be on tables outside the main entrance after school on Monday and Tuesday. Anything not collected will go to the PTA second-hand uniform sale.

Please label everything with your child's name. Thank you!

""" + SIG["office"], note="short lost property notice")

add("clean", "home_visits_schedule", "pritchard", ["openshaw"], "Home visits - week 1 schedule",
    mkdate(2025, 9, 1, 10, 30, 0), """Bore da Bev,

Here's the schedule for home visits this week. All the families on the patch are within walking distance, but we'll need the car for the two in the village.

Tuesday 2nd
9.00 - Larch Close (twins, Mum only - Dad deployed)
10.00 - Beech Road
11.15 - Sycamore Way
1.30 - Larch Close (new to the area, from Germany)

Wednesday 3rd
9.00 - Church Lane, village
10.15 - The Old Forge, village
1.30 - Hazel Drive

Please bring the welcome bags and the "All about me" sheets. I'll have the iPad for photos of the children's favourite toys.

Si\u00e2n

""" + SIG["pritchard"], cte="8bit", note="EYFS home visit schedule, 8bit UTF-8")

_spp_csv = """year_group,service_children,spp_per_pupil,allocation
Reception,14,350,4900
Year 1,12,350,4200
Year 2,15,350,5250
Year 3,13,350,4550
Year 4,11,350,3850
Year 5,10,350,3500
Year 6,9,350,3150
Total,84,,33400
"""
add("clean", "spp_allocation_summary", "beckett", ["marsh"], "SPP allocation 2025-26 - summary for governors",
    mkdate(2025, 11, 10, 9, 30, 0), """Helen,

Attached is the Service Pupil Premium summary for the governors' resources committee. The allocation is based on the October census: 84 service children, £33,400 in total.

Proposed spending (as agreed at SLT):
- Family support worker and Forces Families' Club: £19,000
- Deployment and transition support (memory books, moving-on packs): £2,400
- Enrichment trips for service children: £6,000
- Pastoral TA time for new starters mid-year: £6,000

Let me know if you want any changes before it goes in the papers on Thursday.

Lorraine

""" + SIG["beckett"], attachments=[("SPP_2025-26_summary.csv", "text/csv", _spp_csv.encode("utf-8"), "base64")],
    note="business manager: SPP allocation with CSV attachment")

add("clean", "bfpo_posting_dates", "kettering", PARENTS, "Christmas parcels for deployed parents - BFPO dates",
    mkdate(2025, 11, 13, 15, 50, 0), """Dear families,

If your family has someone deployed over Christmas, the Forces Families' Club is holding a parcel-packing afternoon on Thursday 27 November from 3.15 to 4.30. Children can make cards and decorations to go in, and we'll have boxes, tape and customs labels ready.

Please check the official BFPO website for the last posting dates for your location; for most overseas locations they are in early December, and earlier for the more remote ones. Remember:
- no aerosols, batteries or anything flammable
- a customs declaration is needed for each parcel
- use the full BFPO address, including service number, rank and unit

If you'd like us to post the children's cards for you, hand them to the office by Monday 1 December and we'll send them together.

Jo

""" + SIG["kettering"], fmt="alt", note="families' club note about BFPO Christmas posting")

add("clean", "bedtime_story_videos", "nowak", PARENTS, "Bedtime stories from home",
    mkdate(2026, 1, 12, 15, 40, 0), """Dear Year 3 families,

With so many of our parents away this term, we'd like to start "Bedtime stories from home" in Robins class. The idea is simple: a parent who is away (or anyone special at home - grandparents count too) records themselves reading a short story or a chapter, and we play it at the end of the day.

How to take part:
- record a video or audio clip of up to 10 minutes
- send it through the school's secure upload link, which the office will send you when you reply to this email
- let us know if you are happy for it to be played to the whole class, or just to your child

The children will be able to choose a book to send back too, and write a review for the person who recorded it.

Thank you,
Mr Nowak

""" + SIG["nowak"], fmt="alt", note="teacher inviting deployed parents to record stories")

_fgb_pdf = make_pdf([
    "Example School - Full Governing Body",
    "Thursday 4 December 2025, 6.00pm, School Library",
    "",
    "1. Welcome and apologies",
    "2. Declarations of interest",
    "3. Minutes of the meeting of 2 October",
    "4. Headteacher's report",
    "5. Service Pupil Premium: allocation and impact",
    "6. Safeguarding annual report",
    "7. Policies for approval: Behaviour; Attendance",
    "8. Any other business",
])
add("clean", "governors_agenda", "marsh", [("Chair of Governors", "chair.governors@example.com")],
    "FGB 4 December - agenda and papers", mkdate(2025, 11, 27, 18, 10, 0), """Dear Colonel Hardy,

Please find attached the agenda for the full governing body meeting on Thursday 4 December. The remaining papers (my report, the SPP paper and the safeguarding annual report) will be on the governor hub by Friday.

I'd be grateful for fifteen minutes before the meeting, if you can arrive at 5.45, to talk about the behaviour policy changes.

Kind regards,
Helen

""" + SIG["marsh"], attachments=[("FGB_agenda_4Dec25.pdf", "application/pdf", _fgb_pdf, "base64")],
    note="head to chair of governors with agenda PDF")

add("clean", "dinner_money_allergy", "office", [P_JANE], "RE: Dinner money and the new menu",
    mkdate(2026, 1, 13, 11, 55, 0), """Dear Jane,

Thank you for your email. I've checked and there is £4.60 owing on the dinner account from before Christmas; you can top it up through the parent app as usual.

About the new menu: the kitchen have confirmed that all the puddings on weeks 2 and 3 are egg-free except the lemon sponge, and on those days there'll be fruit or yoghurt instead for Example Pupil One. The allergy list in the kitchen is up to date.

Kind regards,

""" + SIG["office"] + """

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 12 January 2026 20:31
To: Example School Office <office@example-school.org.uk>
Subject: Dinner money and the new menu

Hello, can you tell me if I owe anything on the dinner money, and whether the puddings on the new menu are ok for an egg allergy? Thanks, Jane
""", cte="quoted-printable", note="office reply to parent with Outlook quoted text")

add("clean", "dsl_training_forward", "dsl", ["pryce"], "FW: DSL refresher training - spring dates",
    mkdate(2026, 1, 19, 12, 30, 0), """Owen,

Your DSL refresher is due before Easter (two years since March 2024). Dates below - the 24 Feb one would work with our cover, if you can book it.

Rebecca

""" + SIG["dsl"] + """

________________________________
From: Safeguarding Training <training@example.org>
Sent: 16 January 2026 09:02
To: Designated Safeguarding Leads
Subject: DSL refresher training - spring dates

Dear colleague,

Places are available on the following Designated Safeguarding Lead refresher courses (online, 9.30am-3.30pm):

- Tuesday 10 February 2026
- Tuesday 24 February 2026
- Wednesday 18 March 2026

Please book through the training portal. The course covers updates to statutory guidance, online safety, and working with military families and agencies.

Safeguarding Training Team
""", note="DSL forwarding training dates to deputy, Outlook forward block")

add("clean", "times_tables_feedback", "shah", [("Layla Gurung", pupil("21lgurung"))], "Your times tables!",
    mkdate(2026, 2, 26, 16, 5, 0), """Hi Layla,

I just checked the times tables scores and you got 24 out of 25 this week - your best ever! All that practice on the 7s has really paid off. I'm going to give you a certificate in Friday's assembly.

Next target: the 8s. You can do it!

Miss Shah
""", note="short praise email to pupil")

# =====================================================================================
# output
# =====================================================================================


def main():
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    order = list(MESSAGES)
    random.Random(41).shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))

    rows = []
    for n, m in enumerate(order, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        raw = build(m, n)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw.encode("utf-8"))
        rows.append([fname, m["label"], _who(m["frm"])[1], names(m["to"] + m["cc"]), m["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
