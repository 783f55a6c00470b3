#!/usr/bin/env python3
"""Generate the round 13 BLIND hold-out corpus for the obscene-language module.

Setting: a large urban primary academy (nursery to Year 6) in a multi-academy
trust.  Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
obscene-language/ next to this script.  Python 3.11 stdlib only; deterministic
(fixed dates, Message-IDs and MIME boundaries), so running it twice gives
byte-identical output.

    python3 tests/holdout/round13/make_round13_obscene.py

BLIND: never use these messages to tune mailguard.
"""
import base64
import csv
import hashlib
import html
import io
import os
import quopri
import sys
from datetime import datetime, timezone
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
D = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {}


def staff(key, name, local, sig):
    STAFF[key] = (name, f"{local}@{D}", sig.strip("\n"))


staff("okafor", "Nadia Okafor", "n.okafor", """
Mrs Nadia Okafor
Headteacher
Example School | Park Row | Leeds LS1 4AP
Tel: 01632 960000
Part of the Aire Valley Learning Trust
""")
staff("brennan", "Tom Brennan", "t.brennan", """
Tom Brennan
Deputy Headteacher & Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")
staff("dsl", "Safeguarding Team", "dsl", """
Safeguarding Team (DSL: Tom Brennan; Deputy DSLs: Priya Chauhan, Amina Yusuf)
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")
staff("chauhan", "Priya Chauhan", "p.chauhan", """
Mrs Priya Chauhan
SENDCo & Deputy DSL
Example School
Park Row, Leeds LS1 4AP
T: 01632 960000 (ext 214)
Working days: Mon-Thu
""")
staff("lloyd", "Gareth Lloyd", "g.lloyd", """
Mr G Lloyd
Year 6 Teacher (6L)
""")
staff("barraclough", "Chloe Barraclough", "c.barraclough", """
Miss C Barraclough
Year 6 Teacher (6B) | Maths Lead
Example School, Park Row, Leeds LS1 4AP
""")
staff("whitaker", "Sophie Whitaker", "s.whitaker", """
Miss Sophie Whitaker
Year 2 Teacher (2W)
Example School | 01632 960000
""")
staff("yusuf", "Amina Yusuf", "a.yusuf", """
Amina Yusuf
EAL & Family Liaison Lead | Deputy DSL
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | Mob (work): 07700 900318
""")
staff("kowalski", "Dave Kowalski", "d.kowalski", """
Dave Kowalski
Site Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 / 07700 900612
""")
staff("pickering", "Jo Pickering", "j.pickering", """
Jo Pickering
School Business Manager
Example School | Park Row | Leeds LS1 4AP
T: 01632 960000
Aire Valley Learning Trust
""")
staff("office", "Example School Office", "office", """
Carol Dunne
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
""")
staff("fairbairn", "Leanne Fairbairn", "l.fairbairn", """
Leanne Fairbairn
Teaching Assistant, Year 4
""")
staff("nowak", "Marek Nowak", "m.nowak", """
Mr M. Nowak
Year 4 Teacher (4N)
Example School, Park Row, Leeds LS1 4AP
""")
staff("stansfield", "Phil Stansfield", "p.stansfield", """
Phil Stansfield
Year 4 Teacher (4S)
""")
staff("greaves", "Hannah Greaves", "h.greaves", """
Hannah Greaves
Nursery & EYFS Lead
Example School Nursery, Park Row, Leeds LS1 4AP
01632 960000
""")
staff("clubs", "Kerry Marsden", "clubs", """
Kerry Marsden
Breakfast & After-School Club Coordinator
Example School, Park Row, Leeds LS1 4AP
Club mobile (session times only): 07700 900274
""")
staff("oneill", "Bernadette O'Neill", "b.oneill", """
Bernie O'Neill
Senior Midday Supervisor
""")
staff("mistry", "Ravi Mistry", "r.mistry", """
Mr R Mistry
Year 5 Teacher (5M) & Computing Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")
staff("sutcliffe", "Ellie Sutcliffe", "e.sutcliffe", """
Miss E Sutcliffe
Year 3 Teacher (3S) & PE Lead
Example School
Park Row, Leeds LS1 4AP
01632 960000
""")
staff("attendance", "Fatima Begum", "attendance", """
Mrs F Begum
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Attendance line: 01632 960000 (option 1)
""")
staff("armitage", "Chris Armitage", "c.armitage", """
Mr C Armitage
Year 1 Teacher (1A)
""")
staff("hughes", "Rachel Hughes", "r.hughes", """
Mrs R Hughes
Reception Teacher (RH) | Phonics Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")
staff("crowther", "Ian Crowther", "i.crowther", """
Ian Crowther
Year 5 Teacher (5C) & English Lead
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""")
staff("wisniewska", "Małgorzata Wiśniewska", "m.wisniewska", """
Małgorzata (Gosia) Wiśniewska
Nursery Practitioner / Polish-speaking family support
Example School Nursery
""")
staff("henry", "Jamal Henry", "j.henry", """
Jamal Henry
Sports Coach & PPA Cover
Example School
""")
staff("petrie", "Naomi Petrie", "n.petrie", """
Mrs N Petrie
Year 3 Teacher (3P) | PTA staff link
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")
staff("hussain", "Shazia Hussain", "s.hussain", """
Shazia Hussain
Learning Mentor
Example School
""")
staff("royle", "Gemma Royle", "g.royle", """
Gemma Royle
Music Teacher
Example School, Park Row, Leeds LS1 4AP
""")
staff("haigh", "Tina Haigh", "t.haigh", """
Tina Haigh
Kitchen Manager
Example School (Aire Valley Learning Trust Catering)
01632 960000
""")
staff("vogel", "Katrin Vogel", "k.vogel", """
Frau Katrin Vogel
Teaching Assistant (Year 5) & German Club
Example School
""")
staff("lumb", "Denise Lumb", "d.lumb", "Denise Lumb\nMidday Supervisor")

# Parents (the only ones the filter knows) and other people.
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]
ALLSTAFF = ("All Staff", f"staff@{D}")
TEACHERS = ("Teaching Staff", f"teachers@{D}")
MIDDAY = ("Midday Team", f"midday@{D}")


def S(key):
    n, a, _ = STAFF[key]
    return (n, a)


def sig(key):
    return STAFF[key][2]


def pupil(local, name):
    return (name, f"{local}@{PD}")


# --------------------------------------------------------------------------
# MIME building (raw text, so every byte is under our control)
# --------------------------------------------------------------------------
def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


def enc_words(s, mode="B"):
    """RFC 2047 encode s (UTF-8), split into words of at most ~40 bytes."""
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode()) > 36:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        b = c.encode()
        if mode == "B":
            out.append("=?UTF-8?B?" + base64.b64encode(b).decode() + "?=")
        else:
            q = ""
            for byte in b:
                ch = chr(byte)
                if ch == " ":
                    q += "_"
                elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    q += ch
                else:
                    q += "=%02X" % byte
            out.append("=?UTF-8?Q?" + q + "?=")
    return "\n ".join(out)


def fmt_addr(p):
    name, addr = p
    if name is None:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return enc_words(name, "B") + " <" + addr + ">"


def addr_header(field, people):
    parts = [fmt_addr(p) for p in people]
    line = field + ": " + parts[0]
    lines = []
    for p in parts[1:]:
        if len(line) + len(p) + 2 > 76:
            lines.append(line + ",")
            line = " " + p
        else:
            line += ", " + p
    lines.append(line)
    return "\n".join(lines)


def subject_header(subj, mode=None):
    if mode is None and subj.isascii():
        # fold long ASCII subjects at a space
        if len(subj) + 9 <= 78:
            return "Subject: " + subj
        words = subj.split(" ")
        lines, line = [], "Subject:"
        for w in words:
            if len(line) + 1 + len(w) > 76 and line != "Subject:":
                lines.append(line)
                line = " " + w
            else:
                line += " " + w
        lines.append(line)
        return "\n".join(lines)
    return "Subject: " + enc_words(subj, mode or "B")


def qp_encode(text):
    data = text.encode("utf-8")
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def b64_encode(data):
    return base64.encodebytes(data).decode("ascii")


class Leaf:
    def __init__(self, ctype, payload, cte="auto", charset="utf-8", filename=None,
                 disposition=None, raw=None, cid=None):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.charset, self.filename, self.disposition = charset, filename, disposition
        self.raw, self.cid = raw, cid

    def render(self):
        p = self.payload
        is_text = isinstance(p, str)
        cte = self.cte
        if cte == "auto":
            if is_text and p.isascii() and max(len(l) for l in p.split("\n")) < 900:
                cte = "7bit"
            elif is_text:
                cte = "quoted-printable"
            else:
                cte = "base64"
        hdr = []
        if is_text:
            hdr.append(f'Content-Type: {self.ctype}; charset="{self.charset}"')
        else:
            ct = f"Content-Type: {self.ctype}"
            if self.filename:
                ct += f';\n name="{self.filename}"'
            hdr.append(ct)
        if self.filename and is_text:
            hdr[0] += f';\n name="{self.filename}"'
        if self.disposition:
            d = f"Content-Disposition: {self.disposition}"
            if self.filename:
                d += f';\n filename="{self.filename}"'
            hdr.append(d)
        if self.cid:
            hdr.append(f"Content-ID: <{self.cid}>")
        hdr.append(f"Content-Transfer-Encoding: {cte}")
        if self.raw is not None:
            body = self.raw
        elif cte in ("7bit", "8bit"):
            body = p if p.endswith("\n") else p + "\n"
        elif cte == "quoted-printable":
            body = qp_encode(p if p.endswith("\n") else p + "\n")
        elif cte == "base64":
            data = p.encode("utf-8") if is_text else p
            body = b64_encode(data)
        else:
            raise ValueError(cte)
        return "\n".join(hdr), body


class Multi:
    def __init__(self, subtype, parts, boundary, extra=""):
        self.subtype, self.parts, self.boundary, self.extra = subtype, parts, boundary, extra

    def render(self):
        hdr = f'Content-Type: multipart/{self.subtype};\n boundary="{self.boundary}"{self.extra}'
        chunks = []
        for part in self.parts:
            ph, pb = part.render()
            chunks.append(f"--{self.boundary}\n{ph}\n\n{pb}")
        body = "\n".join(chunks)
        if not body.endswith("\n"):
            body += "\n"
        body += f"--{self.boundary}--\n"
        return hdr, body


def auto_html(text, style="outlook"):
    """Turn a plain-text body into the HTML an Outlook/Gmail client would send."""
    blocks, cur_quote, out = [], [], []
    paras = text.strip("\n").split("\n\n")
    html_paras = []
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip(" "), quote=False) for l in lines)
            html_paras.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                + inner + "</blockquote>")
        else:
            html_paras.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in lines) + "</p>")
    if style == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n'
                '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
                + "\n".join(html_paras) + "\n</div>\n</body>\n</html>\n")
    return ('<div dir="ltr">\n' + "\n".join(html_paras).replace("<p>", "<div>").replace("</p>", "<br></div>")
            + "\n</div>\n")


def make_pdf(lines):
    """A small, valid one-page PDF with the given lines of text (cp1252)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    cbytes = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


# --------------------------------------------------------------------------
# Message registry
# --------------------------------------------------------------------------
MESSAGES = []


def M(label, slug, note, frm, to, subject, date, body=None, *, cc=(), fmt="plain",
      cte="auto", html_body=None, html_cte="auto", html_style="outlook", attach=(),
      reply=None, mailer=None, subj_mode=None, raw_body=None, lang=True):
    """Register one message.

    frm: staff key; to/cc: lists of (name, addr); date: 'YYYY-MM-DD HH:MM:SS';
    fmt: plain | alt | html; attach: list of Leaf objects (attachments).
    """
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt, cte=cte,
                         html_body=html_body, html_cte=html_cte, html_style=html_style,
                         attach=list(attach), reply=reply, mailer=mailer, subj_mode=subj_mode,
                         raw_body=raw_body, lang=lang))


def build(m, num):
    seed = f"r13-obscene-{num:03d}-{m['slug']}"
    hx = h(seed)
    frm = S(m["frm"])
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    outlook = m["html_style"] == "outlook"
    if outlook:
        msgid = f"<{hx[:4].upper()}PR{hx[4:6].upper()}MB{int(hx[6:10], 16)}{hx[10:26].upper()}@{hx[26:28]}.example-school.org.uk>"
    else:
        msgid = f"<CA+{base64.b32encode(bytes.fromhex(hx[:30])).decode().rstrip('=')}@mail.example-school.org.uk>"
    # body tree
    text = m["body"]
    if m["fmt"] == "plain":
        root = Leaf("text/plain", text, cte=m["cte"], raw=m["raw_body"])
    elif m["fmt"] == "html":
        hb = m["html_body"] if m["html_body"] is not None else auto_html(text, m["html_style"])
        root = Leaf("text/html", hb, cte=m["html_cte"], raw=m["raw_body"])
    elif m["fmt"] == "alt":
        hb = m["html_body"] if m["html_body"] is not None else auto_html(text, m["html_style"])
        bnd = (f"_000_{hx[:8].upper()}{hx[8:16]}_" if outlook else f"000000000000{hx[:12]}")
        root = Multi("alternative", [Leaf("text/plain", text, cte=m["cte"], raw=m["raw_body"]),
                                     Leaf("text/html", hb, cte=m["html_cte"])], bnd)
    else:
        raise ValueError(m["fmt"])
    if m["attach"]:
        bnd = (f"_004_{hx[16:24].upper()}{hx[24:32]}_" if outlook else f"000000000000{hx[12:24]}")
        root = Multi("mixed", [root] + m["attach"], bnd)
    ctype_hdr, body = root.render()

    hdrs = [addr_header("From", [frm]), addr_header("To", m["to"])]
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    hdrs.append(subject_header(m["subject"], m["subj_mode"]))
    hdrs.append("Date: " + format_datetime(dt))
    hdrs.append("Message-ID: " + msgid)
    if m["reply"]:
        hdrs.append("In-Reply-To: " + m["reply"])
        hdrs.append("References: " + m["reply"])
    if m["mailer"]:
        hdrs.append(m["mailer"])
    if outlook and m["lang"]:
        hdrs.append("Content-Language: en-GB")
    hdrs.append("MIME-Version: 1.0")
    hdrs.append(ctype_hdr)
    raw = "\n".join(hdrs) + "\n\n" + body
    assert "\r" not in raw
    return raw.replace("\n", "\r\n").encode("utf-8"), frm[1]


OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
IPHONE = "X-Mailer: iPhone Mail (21D61)"


def outlook_quote(name, addr, sent, to, subject, text, cc=None):
    q = ["________________________________", f"From: {name} <{addr}>", f"Sent: {sent}", f"To: {to}"]
    if cc:
        q.append(f"Cc: {cc}")
    q.append(f"Subject: {subject}")
    return "\n".join(q) + "\n\n" + text.strip("\n")


def gquote(intro, text):
    return intro + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def fw(s):
    """Full-width form of ASCII letters (as produced by 'fancy text' generators)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


# ==========================================================================
# THE MESSAGES
# ==========================================================================

# 001 everyday: INSET reminder to parents
M("clean", "inset_reminder", "everyday: office reminder of INSET day and club closure",
  "office", PARENTS, "Reminder: school closed to pupils on Friday 14 February (INSET day)",
  "2025-02-10 15:32:10", f"""Dear Parents and Carers,

A quick reminder that school will be closed to pupils on Friday 14 February for a staff
training (INSET) day. Nursery, Breakfast Club and After-School Club will also be closed
that day, so please make alternative childcare arrangements.

Half term then runs from Monday 17 to Friday 21 February. School reopens for all pupils,
including Nursery, on Monday 24 February. Breakfast Club opens at 7.45am as usual that
morning and there is no need to re-book if your child has a regular place.

If your child is collected by someone different over the half term holiday club, please
let Kerry know by Thursday.

Thank you for your continued support, and we hope you all have a restful break.

Kind regards,

{sig('office')}""", fmt="alt", mailer=OUTLOOK)

# 002 hard negative: place name Shitterton in a records request
M("clean", "records_request_dorset", "hard negative: place name Shitterton in previous address, records request",
  "office", [("Admissions, Frome Valley First School", "admin.fromevalley@example.org")],
  "Records request - new Year 2 pupil starting Monday (Isla Marchetti)",
  "2025-01-09 11:04:52", f"""Dear colleagues,

We have a new pupil joining our Year 2 class on Monday 13 January and mum has given your
school as her previous setting:

Isla Marchetti, DOB 14/06/2018
Previous address: 2 Cowslip Cottages, Shitterton, Bere Regis, Dorset

Please could you send her CTF through School to School as soon as you are able, and let us
know if there is anything we should be aware of before she starts (SEN, medical or EAL).
If you hold a safeguarding file for Isla, please transfer it securely to our DSL, Tom
Brennan, at dsl@example-school.org.uk or via CPOMS transfer rather than by post.

Mum mentioned Isla was a keen member of your reading club, so we'll make sure she is
introduced to our school library in her first week.

Many thanks for your help,

{sig('office')}""", fmt="alt", mailer=OUTLOOK)

# 003 flag: plain "bastards" staff-to-staff
M("flag", "boiler_bastards", "plain swearing (bastards), site manager venting to business manager",
  "kowalski", [S("pickering")], "Boiler AGAIN", "2025-01-13 07:41:05", f"""Jo,

Came in at 6.15 and the main boiler is down again. KS1 corridor and nursery are freezing,
about 12 degrees in the nursery main room. That's the third time since Christmas.

The engineers were out on Thursday and swore blind it was fixed. Useless bastards, they've
charged us for a call-out and a new pump and it's lasted four days.

I've put the two oil-filled heaters in nursery and told Hannah to keep the little ones in
the main room with their coats on till it warms up. Breakfast club is in the hall so
they're ok for now.

Can you ring the trust and get estates to chase them, because I'm getting nowhere. If
they can't get someone out by lunchtime we might need to talk to Nadia about KS1.

Dave

{sig('kowalski')}""", mailer=OUTLOOK)

# 004 everyday: attendance first-day call
M("clean", "absence_first_day", "everyday: first-day absence follow-up to carer",
  "attendance", [SAM], "Absence today - please contact school", "2025-01-16 09:47:33",
  f"""Dear Sam,

Example Pupil Two has been marked absent from registration this morning and we haven't
received a reason for the absence yet.

Could you please ring the attendance line on 01632 960000 (option 1) or reply to this
email to let us know why they are not in school, and when you expect them back?

If they are poorly, please remember they can return 48 hours after the last episode of
sickness or diarrhoea.

Thank you,

{sig('attendance')}""")

# 005 hard negative: Cockermouth / River Cocker homework
M("clean", "cockermouth_floods_homework", "hard negative: place name Cockermouth, River Cocker (geography homework to pupils)",
  "mistry", [pupil("20tokeke", "Tayo Okeke"), pupil("20hbibi", "Hana Bibi"), pupil("20jpatel", "Jay Patel")],
  "Geography homework - the Cockermouth floods", "2025-01-24 15:55:00", """Hi 5M,

This week's geography homework follows on from our rivers lesson on Wednesday.

Cockermouth is a small market town in Cumbria where two rivers meet: the River Derwent and
the River Cocker. In November 2009, and again in December 2015 during Storm Desmond, the
town centre flooded very badly.

Your task (on Google Classroom, due next Friday):
1. Find Cockermouth on a map of the UK. Which National Park is it close to?
2. Explain in your own words why a town where two rivers meet might be at risk of flooding.
3. Write down three things that happened to people and businesses in Cockermouth in 2009.
4. Challenge: what has been done since to protect the town? (Look up "flood defences".)

You can use the BBC Bitesize links on the Classroom post. Please don't just copy and paste
- I want to read your own sentences!

Mr Mistry""", fmt="alt", html_style="gmail")

# 006 everyday: reply to parent about reading books
M("clean", "reading_books_reply", "everyday: Y2 teacher replies to parent about reading book bands",
  "whitaker", [JANE], "Re: Reading books", "2025-01-21 16:20:41",
  f"""Hi Jane,

Thanks for your message, and it's lovely to hear she's been reading to her little brother
at bedtime!

You're right that the book she brought home on Monday is the same band as before. That's
deliberate: we've just assessed the class on the Phase 5 sounds and she's secure on almost
all of them, but she's still sounding out some of the split digraphs (a-e, i-e). I want
her to read these books really fluently before we move her up, so that she can focus on
understanding the story rather than decoding every word.

The best thing you can do at home is re-read the same book a couple of times and ask her
questions about it: how do you think the character felt? What might happen next? She loves
talking about books so I'm sure that won't be hard!

I'll listen to her read again on Thursday and let you know how she gets on. Please do
write in her reading record as it really helps me.

Best wishes,

{sig('whitaker')}

{gquote('On Mon, 20 Jan 2025 at 19:58, Jane Parent <jane.parent@gmail.com> wrote:', '''Hi Miss Whitaker,
Just wondering why Example Pupil One has come home with the same colour book again? She
says she finds them easy. Should we be doing anything different at home?
Thanks, Jane''')}""", fmt="alt", reply="<CAJ3h7Zp0q+Lw1fRtY2uKd@mail.gmail.com>")

# 007 flag: asterisk mask in subject and body
M("flag", "cover_rota_asterisks", "asterisk-masked swearing (f***ing, sh*t) in subject and body, staff to staff",
  "barraclough", [S("lloyd")], "cover rota next week - f***ing joke", "2025-02-27 12:18:44",
  """Have you seen the cover rota for next week?? I've lost my PPA on Tuesday AND Thursday
and I'm covering Y3 on Wednesday afternoon. That's my marking time gone for the whole week
before moderation.

This is such sh*t. I'm going to go and see Tom at the end of lunch. Are you in the same
boat? If we both go it might actually get changed.

C""")

# 008 hard negative: Scunthorpe football festival
M("clean", "scunthorpe_football_festival", "hard negative: place name Scunthorpe (trust football festival)",
  "sutcliffe", [("Lauren Tennant", "l.tennant@example.org")],
  "Re: Trust football festival - Scunthorpe, 14 March", "2025-02-04 16:02:19",
  f"""Hi Lauren,

Thanks for sending the details through. We'd love to take part again this year. We'll
bring a mixed Year 5/6 team of 10 players plus two reserves to the festival in Scunthorpe
on Friday 14 March.

A few quick questions:
- Are we sharing the coach with Brookfield again? If so, what time will it pick up from us?
  We'd need to be back by 3.15pm for the children who walk home.
- Is it still 7-a-side, and are we allowed rolling subs?
- Will there be food on site, or should the children bring a packed lunch? We have a few
  children who need halal options so a packed lunch might be easier anyway.

Jamal Henry, our sports coach, will lead the team on the day and I'll come along too. I'll
send the consent forms out to parents this week.

Thanks,

{sig('sutcliffe')}""", cc=[S("henry")], fmt="alt", mailer=OUTLOOK)

# 009 everyday: Y6 SATs revision homework to pupils
M("clean", "y6_sats_revision", "everyday: Y6 homework mail to pupils (SATs revision)",
  "barraclough", [pupil("19aahmed", "Ayaan Ahmed"), pupil("19lwood", "Lily Wood"),
                  pupil("19mkowalczyk", "Maja Kowalczyk")],
  "Maths homework this week", "2025-03-07 15:40:00", """Hello 6B,

Your maths homework is now on Google Classroom. There are two parts:

1. Arithmetic practice paper 4 (30 minutes, no calculator!). Try to do it in one go, then
   mark it using the answers, which will appear on Monday.
2. 20 minutes on TT Rockstars. Lots of you are so close to your next badge.

If you get stuck on the long division questions, watch the short video I've attached to
the post before asking for help. Remember to show your working: even if your answer is
wrong you can still get a mark for the method.

Due Wednesday 12 March. Have a lovely weekend!

Miss Barraclough""")

# 010 flag: base64 body, swearing to a parent
M("flag", "tapestry_base64_parent", "swearing (shit) to a parent, base64-encoded body",
  "greaves", [SAM], "Re: Tapestry", "2025-02-06 18:22:07",
  """Hi Sam,

So sorry, Tapestry has been absolutely shit this week – none of the observations I
uploaded on Monday or Tuesday went through, including the lovely ones of the den building.
I've reported it and they're saying it's a server problem their end.

I'll re-upload them tomorrow morning before the children come in, so you should get a
notification by lunchtime. Honestly he's had a brilliant week and I didn't want you to
miss it.

Hannah

Sent from Outlook for iOS""", cte="base64")

# 011 everyday: nursery funding codes
M("clean", "nursery_funding_codes", "everyday: nursery lead reminds parent to reconfirm 30 hours code",
  "greaves", [JANE], "30 hours funding code - please reconfirm by 31 March", "2025-03-10 10:15:27",
  f"""Dear Jane,

Just a gentle reminder that your 30 hours childcare code needs to be reconfirmed on the
Childcare Service website every three months. Our records show your code is due for
reconfirmation before 31 March, and if it lapses we can't claim the funding for the
summer term.

Once you've reconfirmed, there's nothing else you need to do, but it would be helpful if
you could pop your head into the nursery office or reply to let us know it's done.

A few other nursery bits while I'm writing:
- Please label wellies and spare clothes. We have a growing pile of unnamed joggers!
- Our "stay and play" is on Thursday 20 March, 2.15–3pm. Grandparents are welcome.
- Nursery photos are on Tuesday 25 March (see the letter from the office).

Thank you,

{sig('greaves')}""", fmt="alt", mailer=OUTLOOK)

# 012 hard negative: surnames Wankhede, Cockburn, Hancock in a club booking list
M("clean", "breakfast_club_new_bookings", "hard negative: surnames Wankhede, Cockburn, Hancock in club bookings",
  "office", [S("clubs")], "Breakfast club - new bookings from Monday 3 March", "2025-02-28 13:27:50",
  f"""Hi Kerry,

Three new breakfast club bookings have come through the office this week, all starting
Monday 3 March:

- Aarav Wankhede (1A) and Ishaan Wankhede (4N): Monday to Friday. Mum is a nurse on early
  shifts at the hospital so they'll be dropped at 7.45 sharp. Ishaan is vegetarian.
- Ruby Cockburn (Reception): Tuesdays and Thursdays only. SESAME ALLERGY, her care plan
  and auto-injector are in the office, and I've put a copy in the club folder.
- Theo Hancock (2W): Wednesdays only. This is a funded place, so no charge on ParentPay.

I've added them all to the register on Arbor. Can you let me know if the Monday numbers
go over 40 and we need another member of staff on?

Thanks,
Carol""", mailer=OUTLOOK)

# 013 flag: plain disability slur about a pupil
M("flag", "dinner_hall_slur", "disability slur (retard) about an autistic pupil, midday supervisor to colleague",
  "oneill", [S("lumb")], "dinner hall today", "2025-01-28 13:52:11",
  """Denise, you missed a treat today.

The new lad in 3S, the one with the ear defenders, kicked off again in the dinner queue
because his sausage was touching his beans. Screaming the place down, tray on the floor,
the lot. I'm sorry but he's a complete retard, I don't care what his diagnosis is, and
we're supposed to manage him with 90 kids in the hall and two of us on.

Mrs Chauhan says he's got a plan and we're meant to let him go to the quiet room but
nobody told us that until today.

Bring it up at the midday meeting on Thursday please, you're better at saying it nicely
than me.

Bernie""")

# 014 everyday: after-school club booking confirmation
M("clean", "club_booking_confirm", "everyday: after-school club booking confirmation to father",
  "clubs", [ALI], "After-School Club booking confirmed", "2025-01-08 17:05:36",
  f"""Dear Mr Guardian,

Thank you for booking After-School Club for Example Pupil Three. I can confirm the
following regular sessions from Tuesday 14 January:

Tuesdays and Thursdays, 3.15pm – 5.45pm, £9.50 per session

Sessions are paid in advance through ParentPay, and you'll see the charges appear each
Monday for that week. If you need to cancel a session, please give us 48 hours' notice or
it will still be charged.

Children have a snack at 3.30 (toast, fruit, crackers) and can choose from the activities
on offer. At the moment that's Lego club, outdoor games on the MUGA and a craft table.

Collection is from the KS2 door on Park Row. Please remember the club closes at 5.45pm
prompt. If you're running late, ring the club mobile on 07700 900274 and we'll look after
them, but repeated late collections incur a £5 charge.

Any questions, just reply to this email.

{sig('clubs')}""", fmt="alt", mailer=OUTLOOK)

# 015 hard negative: Macbeth quotations for Y6 performance
M("clean", "macbeth_lines", "hard negative: set text quotation (Macbeth: damned spot, the devil damn thee) to pupils",
  "barraclough", [pupil("19aahmed", "Ayaan Ahmed"), pupil("19lwood", "Lily Wood"),
                  pupil("19mkowalczyk", "Maja Kowalczyk")],
  "Macbeth - please learn your lines for Friday", "2025-03-18 15:48:03", """Hi everyone,

Well done for a brilliant first read-through today! Our Macbeth performance for parents is
on Friday 4 April, so please start learning your lines this week. Here are a few of the
trickier bits we practised:

Lady Macbeth (Maja): "Out, damned spot! out, I say! One: two: why, then, 'tis time to do't.
Hell is murky!"

Macbeth (Ayaan): "The devil damn thee black, thou cream-faced loon! Where got'st thou
that goose look?"

Witches (Lily and group 3): "Double, double toil and trouble; Fire burn and cauldron
bubble."

Remember what we said in class: Shakespeare's language can sound strange or even a bit
shocking to us, but "damned" here means cursed, and Lady Macbeth is talking about the
blood she imagines on her hands. Say it with feeling!

Scripts are on Google Classroom if you've lost yours.

Miss Barraclough""", fmt="alt", html_style="gmail")

# 016 flag: leetspeak swearing to trust IT technician
M("flag", "wifi_leetspeak", "leetspeak-disguised swearing (sh1te, b0ll0cks) to trust IT technician",
  "mistry", [("Kev Dobson", "k.dobson@example.org")], "Y5 block wifi", "2025-02-25 15:37:29",
  f"""Kev,

The wifi in the Y5 block is absolute sh1te again. It dropped four times during our
multiplication check practice this afternoon and the kids were going mental every time it
logged them out.

I know the new access point is meant to be "on order", but that's b0ll0cks, it's been on
order since October. Any chance you can come in on Thursday and at least reboot the one in
the corridor?

Cheers,
Ravi

{sig('mistry')}""")

# 017 everyday: site manager to all staff
M("clean", "site_fire_drill_parking", "everyday: site manager notice to staff (fire drill, parking, contractors)",
  "kowalski", [ALLSTAFF], "Site bits - fire drill, car park and half term works", "2025-02-11 08:02:14",
  f"""Morning all,

A few site things for this week:

1. Fire drill this week (day and time not announced, obviously). Please make sure your
   class registers and visitor lists are by the door. Nursery: remember the evacuation cot
   is now kept by the garden door, not in the store.

2. Car park: the gritter has been booked for the cold snap, but please DON'T park on the
   zigzags or across the bins on Park Row. The crossing patrol has complained again and
   the council have said they'll start ticketing.

3. Half term works: contractors will be refitting the Y5 toilets and replacing the ceiling
   tiles in the hall during half term. Please clear anything off the hall stage by Thursday
   night, including the PTA boxes.

4. The key safe code changes on Monday 24th. Jo will email it separately.

Thanks,

{sig('kowalski')}""", mailer=OUTLOOK)

# 018 hard negative: Twatt, Orkney penpals
M("clean", "orkney_penpals", "hard negative: place name Twatt (Orkney) in penpal exchange",
  "petrie", [("Morag Linklater", "m.linklater@example.org")], "Penpal letters on their way from Leeds!",
  "2025-02-07 16:11:48", f"""Dear Morag,

Thank you so much for the photos your class sent! 3P were absolutely fascinated. Lots of
them have never seen the sea, never mind a loch with seals in it, so the picture of the
shore near Twatt caused a huge amount of excitement (and quite a few questions about the
name, which we handled as a lesson on how Orkney place names come from Old Norse!).

Our letters went in the post this afternoon, 28 of them, so some of your children may
get two. The children have drawn maps of their walk to school and written about their
favourite things to do in Leeds. Several of them have written a little bit in their home
languages too (Urdu, Polish, Romanian and Arabic), with a translation underneath.

Would your class be up for a video call after Easter? We're thinking a Thursday
afternoon around 2pm.

Best wishes,

{sig('petrie')}""", fmt="alt", mailer=OUTLOOK)

# 019 flag: repeated letters
M("flag", "friday_drinks_repeated", "repeated-letter swearing (FUUUUUCKING), staff to staff personal",
  "whitaker", [S("hughes")], "friday??", "2025-03-05 20:14:39",
  """Pleeeease tell me you're coming out on Friday. This week has been FUUUUUCKING endless.
Ofsted rumours, two fire alarms and now nits in 2W.

Midnight Bell at 5ish? Priya and Naomi are in.

S x""", html_style="gmail")

# 020 everyday: SENCo to teachers about provision maps
M("clean", "provision_maps", "everyday: SENCo reminder to teachers about SEN support plans",
  "chauhan", [TEACHERS], "SEN support plans - review window 3-14 March", "2025-02-26 12:40:09",
  f"""Dear all,

The spring review window for SEN support plans opens next Monday and runs until Friday
14 March.

For each child on the SEN register in your class, please:
- update the "progress against outcomes" column on the plan (short bullet points are
  fine);
- set new targets with your TA, linked to the provision map;
- book a 15-minute slot with parents. You can use the parents' evening appointments on
  11/12 March for most families. Amina can arrange an interpreter if needed, just tell her
  by Friday.

Plans are in the SEND folder on the shared drive, one sub-folder per class. Please don't
save copies on your desktop.

I'm running a drop-in in the library after school on Tuesday 4 March if you'd like help
writing SMART targets, especially for speech and language.

Many thanks, and thank you for all the work you put into these.

{sig('chauhan')}""", mailer=OUTLOOK)

# 021 hard negative: safeguarding report quoting racist language to DSL
M("clean", "racist_incident_report", "hard negative: TA report to DSL quoting pupil's racist abuse exactly",
  "fairbairn", [S("dsl")], "Racist incident - Y4 playground, lunchtime today", "2025-01-30 13:24:58",
  f"""Date: Thursday 30 January 2025
Time: approx 12.35pm
Place: KS2 playground, by the climbing frame
Reported by: Leanne Fairbairn (TA, Y4)

Zain (4N) came to me crying and said Callum (4S) had told him to "go back to your own
country you fucking Paki". Two other children, Ruby (4N) and Dawid (4S), were standing
with them and both told me separately that they heard Callum say it. Ruby said he also
called Zain "curry breath" earlier in the week.

I asked Callum what happened. He said "I only said what my brother says" and then
wouldn't talk about it any more.

Action taken: I separated the boys, took Zain to Mrs Hussain in the nurture room, and Callum
stayed in with Mr Stansfield for the rest of lunch. I have told Mr Nowak. Neither family
has been contacted yet as I wasn't sure who should do that.

I've logged this on CPOMS under "racist incident" with the words written in full as above.

Leanne""", mailer=OUTLOOK)

# 022 everyday: PTA spring fair
M("clean", "pta_spring_fair", "everyday: PTA spring fair and volunteers letter (HTML)",
  "petrie", PARENTS, "PTA Spring Fair - Saturday 29 March - can you help?", "2025-03-12 19:03:55",
  f"""Dear Parents and Carers,

Our PTA Spring Fair is on Saturday 29 March, 11am to 2pm, in the school hall and
playground, and we'd love your help to make it the best one yet!

What's on: tombola, cake stall, face painting, a bouncy castle for the little ones, the
famous Year 6 "guess the teacher's baby photo" stall, and food from around the world
cooked by our families.

How you can help:
- Donate a bottle or a tin for the tombola (drop off at the office from Monday 17 March).
- Bake something for the cake stall. Please label it with ingredients, especially nuts.
- Volunteer for an hour on a stall. Even 30 minutes helps!
- Cook a dish for the world food table. Last year's samosas, pierogi and jollof rice sold
  out in 40 minutes...

Every penny raised goes towards new reading books and the Year 6 residential, which we
subsidise so that every child can go.

Please reply to this email or speak to me at the Year 3 door if you can help.

Thank you so much,
Naomi Petrie (PTA staff link) and the PTA committee

{sig('petrie')}""", fmt="alt", mailer=OUTLOOK)

# 023 flag: plain "pissed us about" to a parent
M("flag", "coach_pissed_about_parent", "swearing (pissed us about) in teacher's reply to a parent",
  "nowak", [JANE], "Re: Y4 trip date?", "2025-03-05 17:41:20",
  f"""Hi Jane,

Thanks for checking. Yes, the trip has moved to Thursday 27 March. The coach company have
completely pissed us about: they cancelled on us on Monday, no explanation, and the only
replacement coach we could get was for the 27th. Very frustrating for everyone, sorry.

You don't need to do anything. The payment on ParentPay stays the same and the consent
you gave still stands. Packed lunches as before, and a coat, because the castle grounds
can be windy.

Thanks for your patience,

Marek Nowak

{sig('nowak')}

{gquote('On Wed, 5 Mar 2025 at 16:02, Jane Parent <jane.parent@gmail.com> wrote:', '''Hi Mr Nowak, I heard at pick up the Clitheroe trip has been moved? Is it still next
Thursday or not? Do I need to re-pay? Thanks Jane''')}""", reply="<CAJ3h7ZqX9w2Mpa-4TtkR@mail.gmail.com>")

# 024 hard negative: dinner menu with spotted dick and faggots
M("clean", "british_food_fortnight_menu", "hard negative: foods (spotted dick, faggots) on dinner menu",
  "haigh", [S("office"), S("okafor")], cc=[MIDDAY],
  subject="Menu for British Food Fortnight (w/c 10 March)", date="2025-03-03 10:28:40",
  body=f"""Hi both,

Here's the menu for British Food Fortnight. Could it go on the newsletter and the website
this week please, so parents can book meals on ParentPay by Friday?

Monday: Yorkshire puddings with roast beef and gravy (halal) / veggie sausage
Tuesday: Faggots with mash, peas and onion gravy / cheese and onion pie
   (faggots contain pork, so the halal option is beef meatballs in the same gravy)
Wednesday: Lancashire hotpot (halal lamb) / vegetable cottage pie
Thursday: Cornish pasty (halal beef) / cheese and potato pasty
Friday: Fish fingers (pollock), chips and mushy peas / veggie fingers

Puddings: spotted dick and custard (Mon), Bakewell tart (Tues), apple crumble (Weds),
jam roly-poly (Thurs), fresh fruit and yoghurt every day.

Allergen sheets are in the kitchen as usual. The midday team can see them any time.

Thanks,

{sig('haigh')}""", mailer=OUTLOOK)

# 025 everyday: EAL interpreters for parents' evening
M("clean", "eal_interpreters", "everyday: EAL lead organising interpreters for parents' evening",
  "yusuf", [TEACHERS], "Interpreters for parents' evening 11/12 March", "2025-02-24 11:52:30",
  f"""Dear colleagues,

I'm booking interpreters for parents' evening on Tuesday 11 and Wednesday 12 March.
So far I have requests for:

Urdu/Punjabi: 14 families (Mrs Hussain and I will cover most of these ourselves)
Polish: 9 families (Gosia has kindly offered to help on Tuesday)
Romanian: 7 families
Arabic: 5 families
Tigrinya: 3 families
Kurdish Sorani: 2 families
Vietnamese: 1 family

For Romanian, Arabic, Tigrinya, Sorani and Vietnamese I'll book telephone interpreters
through our usual provider, so please make sure those appointments are 15 minutes, not
10. Interpreted conversations always take longer.

If you know of a family who needs an interpreter and isn't on my list, please email me by
Friday. Please don't ask older siblings to interpret for parents. It isn't fair on them
and it isn't appropriate when we're discussing progress or SEN.

Thank you!

{sig('yusuf')}""", fmt="alt", mailer=OUTLOOK)

# 026 flag: RFC 2047-encoded subject with swearing, clean body
M("flag", "photocopier_subject_encoded", "swearing only in RFC 2047 base64-encoded subject (emoji), staff to staff",
  "pickering", [S("office")], "\U0001F644 this fucking photocopier", "2025-03-06 11:09:02",
  """Carol,

Jammed again, with the Y6 reading packs half done. I've rung the copier company and the
engineer can't come till tomorrow morning.

Can you send the rest of the Y6 stuff to the staffroom copier instead? And stick a note
on this one so nobody else feeds it 200 sheets.

Jo""", subj_mode="B", mailer=OUTLOOK)

# 027 hard negative: Clitheroe Castle trip letter with PDF
M("clean", "clitheroe_trip_letter", "hard negative: place name Clitheroe in trip letter with PDF",
  "nowak", PARENTS, "Year 4 trip to Clitheroe Castle - Thursday 13 March", "2025-02-24 15:36:12",
  f"""Dear Parents and Carers,

As part of our history topic on castles and the Normans, Year 4 will be visiting Clitheroe
Castle and Museum on Thursday 13 March.

We will leave school by coach at 8.45am and expect to be back by 3.30pm. Please collect
your child from the Year 4 door as usual.

The cost of the trip is £14.50, which covers the coach and the museum workshop. Please pay
and give consent on ParentPay by Friday 7 March. If the cost is a difficulty, please
speak to the office in confidence. No child will miss out.

Your child will need:
- a packed lunch in a named, disposable bag (or a school packed lunch, which you can
  order on ParentPay)
- a waterproof coat and sensible shoes, as we will be walking up to the keep
- any medication (inhalers etc.), which will be carried by the class teacher

The full letter is attached. If your child suffers from travel sickness, please let us
know.

Thank you,

Mr Nowak and Mr Stansfield
Year 4 Team

{sig('nowak')}""", fmt="alt", mailer=OUTLOOK,
  attach=[Leaf("application/pdf", make_pdf([
      "Example School - Park Row, Leeds LS1 4AP - 01632 960000",
      "",
      "Year 4 trip to Clitheroe Castle and Museum",
      "Date: Thursday 13 March 2025",
      "Depart: 8.45am by coach. Return: approx. 3.30pm",
      "Cost: \u00a314.50 (coach and museum workshop) - pay via ParentPay by 7 March",
      "",
      "Children will take part in a Norman castle workshop, explore the keep and",
      "the museum galleries, and sketch the view across the Ribble Valley.",
      "Please send a named packed lunch, a waterproof coat and sensible shoes.",
      "",
      "Mr M. Nowak and Mr P. Stansfield, Year 4 Team"]),
      filename="Y4 Clitheroe Castle trip letter.pdf", disposition="attachment")])

# 028 flag: gender-based offensive comment, no swear word
M("flag", "pe_cover_gender_comment", "offensive comment on grounds of gender (no swear word), staff to staff",
  "henry", [S("stansfield")], "Re: Tuesday PE", "2025-01-20 16:35:47",
  """Mate, don't worry about Tuesday, I'll sort it. Wasn't your fault. Jo did the rota and put
me down in two places at once again. Typical woman, can't read a timetable, probably had
her mind on her nails. Honestly they shouldn't let women near a spreadsheet lol.

Anyway I've swapped with Ellie so 4S are with me 1.30–2.30 in the hall, and 3S go out on
the field with her. Can you make sure they've got kit? Half of them had no pumps last week.

J""")

# 029 everyday: Head's weekly staff bulletin (long HTML)
M("clean", "weekly_staff_bulletin", "everyday: headteacher's weekly staff bulletin (long, HTML)",
  "okafor", [ALLSTAFF], "Staff Bulletin - week beginning 27 January", "2025-01-26 19:45:00",
  f"""Dear all,

Thank you for a brilliant first few weeks of term. Here is this week's bulletin.

DIARY
Mon 27: Trust CEO Karen Ashworth visiting 9–11am (learning walk with me, KS2 focus)
Tue 28: Y2 phonics workshop for parents, 2.45pm, hall
Wed 29: Staff meeting 3.30pm: writing moderation (bring 3 books: WTS/EXS/GDS)
Thu 30: Nursery and Reception vision screening (school nurse team)
Fri 31: Celebration assembly 2.30pm; Y5 class assembly

SHOUT-OUTS
- Ravi and Ian for the fantastic Year 5 Viking day. The longboat in the hall was amazing.
- Bernie and the midday team for managing a very wet lunchtime on Thursday with smiles.
- Gosia for translating the nursery welcome pack into Polish in her own time.

REMINDERS
- Lanyards must be worn at all times, including at the gate. We had a visitor ask on
  Friday who a member of staff was, which is exactly the right question!
- Please complete the online KCSIE update module by 14 February if you haven't already.
- Attendance: we are at 94.1% for the term so far. Please keep sending Fatima any
  concerns about patterns of absence, however small.
- The staffroom fridge will be cleared on Friday at 4pm. Anything without a name goes.

WELLBEING
Yoga is back in the hall on Thursdays at 3.45pm with Ellie, all welcome. And a reminder
that our Employee Assistance Programme (free, confidential) is on 0808 157 0123.

Have a good week,
Nadia

{sig('okafor')}""", fmt="alt", mailer=OUTLOOK)

# 030 hard negative: bird names (great tits, blue tits, shags) in birdwatch results
M("clean", "big_birdwatch_results", "hard negative: bird names (great tits, blue tits, shag) in class newsletter",
  "whitaker", PARENTS, "Big Schools' Birdwatch - 2W's results!", "2025-02-03 15:24:11",
  f"""Dear 2W families,

Last week 2W took part in the RSPB Big Schools' Birdwatch. We spent an hour on the
school field with clipboards and binoculars (and a lot of whispering!). Here is what we
counted:

Woodpigeons: 14
House sparrows: 9
Blue tits: 6
Starlings: 5
Great tits: 3
Magpies: 2
Robin: 1
Long-tailed tits: 4 (flying together, which the children loved)

As you can imagine, the name "great tit" caused some giggles, but we talked about how
birds are often named after what they look like, and the children can now tell a blue tit
from a great tit by the black stripe down its chest.

Several children have told me about birds they've seen on holiday too. Amelia saw a shag
and lots of puffins at the seaside, and Yusuf has seen parakeets in the park!

Next week we're making bird feeders from pine cones. We use vegetable suet rather than
lard, so they're fine for all families. If you have any clean pine cones at home, please
send them in.

Thank you,

{sig('whitaker')}""", fmt="alt", html_style="gmail")

# 031 flag: hyphen-separated letters
M("flag", "gate_dad_hyphenated", "hyphen-spaced swearing (w-a-n-k-e-r) about a parent, TA to TA",
  "fairbairn", [S("wisniewska")], "that dad again", "2025-02-12 09:31:26",
  """Gosia did you see Harvey's dad at the gate this morning? Shouting at Mr Nowak in front of
all the kids because Harvey didn't get picked for the football team. What an absolute
w-a-n-k-e-r. Poor Marek just stood there and took it.

I've written it down for Mr Brennan but honestly I'd have told him where to go.

Are you still ok to swap lunch duty tomorrow? I've got the dentist at 12.

L x""")

# 032 hard negative: RSE puberty letter to parents with PDF
M("clean", "rse_puberty_letter", "hard negative: RSE/puberty letter to parents with anatomical vocabulary (PDF)",
  "okafor", PARENTS, "Year 5 and 6 Relationships and Health Education - puberty lessons",
  "2025-03-03 16:10:00", f"""Dear Parents and Carers of children in Years 5 and 6,

After Easter, as part of our statutory Relationships and Health Education, children in
Years 5 and 6 will take part in a short series of lessons about growing up and puberty.

The lessons cover:
- how our bodies change during puberty, for boys and for girls;
- periods (menstruation) and how to manage them, including where period products are
  kept in school;
- erections and wet dreams, explained simply and factually;
- personal hygiene, feelings and emotions, and who to talk to if you are worried.

We use the correct scientific names for body parts, such as penis, testicles, vulva,
vagina and womb, because knowing the right words helps children to stay safe and to tell
a trusted adult if something is wrong.

Puberty is part of Health Education, so parents cannot withdraw children from these
lessons. In Year 6 there is one additional lesson on how a baby is conceived and born. This
is sex education beyond the science curriculum, and you may ask for your child to be
withdrawn from it. Please speak to me if you would like to do so.

We are holding an information session on Tuesday 25 March at 2.45pm where you can see all
of the resources we use. Amina Yusuf will be there to support families who would like an
interpreter.

Kind regards,

{sig('okafor')}""", fmt="alt", mailer=OUTLOOK,
  attach=[Leaf("application/pdf", make_pdf([
      "Example School - Relationships and Health Education (RHE)",
      "Years 5 and 6: Growing up - lesson overview, Summer term 2025",
      "",
      "Lesson 1: Changing bodies - puberty for everyone",
      "Lesson 2: Periods - what happens and how to manage them",
      "Lesson 3: Boys' bodies - erections, wet dreams, voice changes",
      "Lesson 4: Hygiene, emotions and friendships",
      "Lesson 5 (Year 6 only, sex education - right to withdraw): conception and birth",
      "",
      "Vocabulary used: penis, testicles, scrotum, vulva, vagina, womb, ovaries,",
      "breasts, pubic hair, sperm, egg, menstruation.",
      "",
      "Questions? Contact the school office on 01632 960000."]),
      filename="RHE Y5-6 puberty lesson overview.pdf", disposition="attachment")])

# 033 everyday: learning walk feedback
M("clean", "learning_walk_feedback", "everyday: deputy's learning walk feedback to a teacher",
  "brennan", [S("crowther")], "Learning walk - 5C writing", "2025-02-05 16:47:23",
  f"""Hi Ian,

Thanks for having me in on Tuesday morning. Some quick notes, as promised:

What went well
- The modelled write was superb. You thought aloud about every choice, and the children
  were clearly used to magpie-ing phrases from the working wall.
- Excellent use of talk partners. Even the quieter children in the back group were
  rehearsing sentences orally before writing.
- The EAL pair by the window had a word bank with pictures, which was really well pitched.

Even better if
- A couple of children finished early and weren't sure what to do next. Maybe a
  "challenge" card on each table?
- Handwriting in a few books has slipped since the autumn. Worth a quick refocus.

Really pleased with what I saw. Can we have 10 minutes on Thursday to chat about the
handwriting across KS2 more generally?

Tom

{sig('brennan')}""", mailer=OUTLOOK)

# 034 hard negative: DSL guidance on recording exact words on CPOMS
M("clean", "cpoms_exact_words_guidance", "hard negative: DSL guidance to staff on recording exact swear words/slurs",
  "brennan", [ALLSTAFF], "Recording language incidents on CPOMS - please read", "2025-01-15 17:20:44",
  f"""Dear all,

Following the audit of our CPOMS entries this half term, a reminder about how to record
incidents where a child has used offensive language.

Please write down EXACTLY what was said, in speech marks, in full. Entries like "swore at
a peer", "used the f-word" or "said a racist word" don't tell me what actually happened,
and they aren't good enough if we need to share the record with the trust, the local
authority or another agency. If a child said "fuck off" or "you're gay", that is what the
record needs to say, however uncomfortable it feels to type it.

The same applies to racist, homophobic, sexist and disablist language. We report these
incidents to the trust termly, and the exact words matter when we are deciding whether
something is a one-off or a pattern.

Also record:
- who said it, to whom, and who else was there;
- what you did straight away;
- whether the child understood what the word meant (this matters a lot in KS1).

In our behaviour policy, swearing directed at another person goes to the phase leader,
and any discriminatory language comes to me or to Priya. Please don't deal with it
yourselves and leave it there.

Thanks, and any questions, come and find me.

Tom

{sig('brennan')}""", mailer=OUTLOOK)

# 035 flag: Cyrillic homoglyphs
M("flag", "young_voices_cyrillic", "swearing disguised with Cyrillic homoglyph o in bollocks, staff to staff",
  "royle", [S("crowther")], "Re: Young Voices tickets", "2025-01-17 14:06:55",
  "Ian,\n\nSorry, the arena ticket thing is a load of b\u043ell\u043ecks. They've given us 40 seats\n"
  "for 62 children plus staff, and apparently the parent tickets sold out in 20 minutes on\n"
  "Tuesday, so half of the choir's families can't come and watch. I've emailed them twice.\n\n"
  "I'll put a note on the Y5/6 newsletter so parents know before they start asking at the\n"
  "door. Can you cover choir on Thursday while I'm at the rehearsal in town?\n\nGemma\n\n"
  + sig("royle"), fmt="alt", mailer=OUTLOOK)

# 036 everyday: swimming letter to Y4 parents with PDF
M("clean", "y4_swimming_letter", "everyday: Y4 swimming lessons letter with PDF",
  "stansfield", [ALI], "Year 4 swimming lessons start Monday 6 January", "2025-01-03 12:00:00",
  f"""Dear Mr Guardian,

Just a reminder that 4S start their swimming lessons at the leisure centre this Monday,
6 January, and will go every Monday afternoon until the Easter holidays.

Please make sure your child brings, in a named bag:
- a one-piece swimming costume or fitted trunks (no long shorts, please);
- a towel;
- a swimming hat if they have long hair;
- goggles if they wish (named!).

Children with verrucas can still swim if they wear a verruca sock. Earrings must be taken
out at home, as we can't remove them in school.

We walk down to the pool after lunch, so a warm coat and hat are essential, as their hair
will still be a bit damp on the way back.

The attached letter has more details, including the swimming assessment levels.

Thanks,

Phil Stansfield""", fmt="alt", mailer=OUTLOOK,
  attach=[Leaf("application/pdf", make_pdf([
      "Example School - Year 4 Swimming, Spring Term 2025",
      "",
      "Every Monday from 6 January until 31 March (not during half term).",
      "Walk to the leisure centre 1.15pm, lesson 1.45-2.30pm, back by 3.05pm.",
      "Kit: costume or fitted trunks, towel, hat for long hair, goggles optional.",
      "By the end of Year 6, children should be able to swim 25 metres, use a range",
      "of strokes and perform safe self-rescue.",
      "Contact: office@example-school.org.uk / 01632 960000"]),
      filename="4S swimming letter spring 2025.pdf", disposition="attachment")])

# 037 hard negative: Tourette's tics include swear words (SENCo to staff)
M("clean", "tourettes_staff_info", "hard negative: SENCo info to staff; pupil's Tourette's tics include swear words",
  "chauhan", [S("petrie"), S("sutcliffe"), MIDDAY, S("clubs")],
  "Pupil in 3P - Tourette syndrome: information for all adults", "2025-02-04 08:15:37",
  f"""Dear all,

Kacper in 3P has recently received a diagnosis of Tourette syndrome from the paediatric
team. His parents have agreed that I can share the following with everyone who works with
him, including the midday team and club staff.

Kacper has motor tics (blinking, shoulder shrugging, head jerks) and vocal tics
(sniffing, throat clearing and sometimes words). At the moment some of his vocal tics
are swear words, mostly "shit" and "bloody hell", which is called coprolalia. This
affects only a minority of people with Tourette's, and it is completely involuntary.

What this means for us:
- Please do NOT sanction him for tics, or ask him to stop. It makes them worse.
- Don't react. Carry on as normal and, if other children laugh or repeat it, deal with
  them calmly, quietly and away from Kacper.
- Tics increase when he is anxious, tired or excited (wet play, assemblies, trips).
  He has a time-out card and can go to the nurture room whenever he needs to.
- He may want to sit at the end of a row in assembly. Please let him.

Kacper and his mum are going to talk to 3P about Tourette's with me next week. He is a
lovely, funny boy and we want the class to understand.

If you have any questions, please come and see me rather than discussing it in corridors.

Thank you,

{sig('chauhan')}""", mailer=OUTLOOK)

# 038 everyday: computing lead to trust IT helpdesk (polite)
M("clean", "ipads_not_syncing", "everyday: computing lead logs iPad problem with trust IT",
  "mistry", [("AVLT IT Service Desk", "itsupport@example.org")], "iPads in KS1 not syncing apps",
  "2025-01-22 08:44:05", f"""Hi team,

Could you log a ticket for us please? Since the update last week, about half of the KS1
iPads (trolley B, numbers 11–30) aren't showing the phonics and Numbots apps, even though
they show as assigned in the management console. Trolley A is fine.

I've tried restarting a few and re-assigning the apps to the device group, with no luck.
Y1 have their phonics intervention groups every morning so it's quite urgent for us.

Happy for someone to remote in. I'm free during PPA on Thursday afternoon (1.15–3pm), or
I can leave a couple of devices with the office.

Thanks,

{sig('mistry')}""", mailer=OUTLOOK)

# 039 hard negative: "William the Bastard" in history topic books (staff only)
M("clean", "normans_william_the_bastard", "hard negative: history epithet 'William the Bastard' discussed by staff [unsure]",
  "nowak", [S("stansfield")], "Normans topic box - heads up", "2025-02-26 16:55:18",
  """Phil,

The Normans topic box from the library service has arrived. Some great stuff in there,
including a replica helmet and a big Bayeux Tapestry frieze for the corridor.

Just a heads-up: two of the information books refer to him as "William the Bastard",
which is what he was called before 1066, and one of them has it as a chapter heading.
I've put a post-it on those pages. I don't think we need to hide it. The children will
find it online anyway. But let's agree what we say if it comes up: that his parents
weren't married, that people at the time used it as an insult to say he had no right to
be Duke, and that it's not a word we use about people today.

I'll mention it to Leanne and Katrin too so the TAs are saying the same thing.

Marek""")

# 040 everyday: lost property
M("clean", "lost_property_jumper", "everyday: office tells parent a named jumper has been found",
  "office", [JANE], "Re: Lost jumper", "2025-02-19 09:12:40",
  """Hi Jane,

Good news: a jumper with her name in it turned up in the lost property box this morning.
I've put it in a bag behind the office hatch, so you can pick it up at home time or we'll
send it back to class with her tomorrow.

Carol
Example School Office | 01632 960000""", html_style="gmail")

# 041 flag: full-width letters
M("flag", "club_booking_fullwidth", "full-width letters disguising swearing (bullshit), 8bit body, club staff to TA",
  "clubs", [S("fairbairn")], "new booking system", "2025-01-23 18:10:02",
  "Leanne,\n\nHave you seen what the trust want us to use for club bookings from Easter? "
  "Parents have to\nbook a week ahead, no same-day bookings at all, and we can't see the "
  "allergy info on the\nregister screen. I raised it at the trust meeting and got told it's "
  "\"non-negotiable\".\n\nHonestly it's " + fw("bullshit") + ". Half my parents work shifts and "
  "don't know their rota a week\nahead.\n\nAre you still ok to do next Thursday 3.15 till 5? "
  "Ishaan's mum is picking up late again.\n\nKerry x", cte="8bit")

# 042 hard negative: clinical term spastic diplegia in SENCo email to physio
M("clean", "physio_spastic_diplegia", "hard negative: SEND clinical term (spastic diplegia) in SENCo mail to NHS physio",
  "chauhan", [("Paediatric Physiotherapy Team", "paeds.physio@example.org")],
  "EHCP annual review - Amelia R (Year 2) - physio advice please", "2025-01-27 14:33:51",
  f"""Dear Rebecca,

Amelia R (DOB 02/09/2017, NHS number on file with you) has her EHCP annual review on
Thursday 13 March and we would be very grateful for updated physiotherapy advice by
Friday 28 February, if possible.

As you know, Amelia's diagnosis letter describes spastic diplegia (bilateral cerebral
palsy, GMFCS level II). Since Christmas her class team have noticed:
- more tightness in her calves (hypertonia?) by the end of the day, and more tripping on
  the playground;
- she is finding it harder to get up from the carpet and is asking to sit on a chair;
- her ankle-foot orthoses seem to be rubbing on the left side.

She is still doing her stretching programme with her TA three times a week and loves her
adapted PE sessions with our sports coach.

Would it be possible for someone from the team to observe her in school before the
review? Any morning except Wednesdays would work.

Kind regards,

{sig('chauhan')}""", mailer=OUTLOOK)

# 043 everyday: Y1 teacher to carer about settling in
M("clean", "y1_settling_update", "everyday: Y1 teacher update to carer on a child settling in",
  "armitage", [SAM], "How the first week went", "2025-01-10 16:02:33",
  f"""Hi Sam,

I promised I'd let you know how the first week went, and I'm really pleased to say it's
gone well.

There were a few tears at the door on Monday and Tuesday, but by Wednesday they were
coming straight in and hanging up their coat on their own. They've made friends with
Hana and Oliver on their table and were very proud to be our "helper of the day" on
Thursday. In phonics they're in Mrs Ali's group, which is working on Phase 3 sounds.

One small thing: they seemed very tired by Friday afternoon, which is completely normal
after the holidays, so an early night or two this weekend might help.

If you have any questions, you can catch me at the Year 1 door after school or just reply
to this email.

Have a lovely weekend,

{sig('armitage')}
Example School | 01632 960000""")

# 044 hard negative: safeguarding disclosure quoting what child said
M("clean", "reception_disclosure", "hard negative: Reception disclosure to DSL quoting child's exact words (little shit)",
  "hughes", [S("dsl")], cc=[S("brennan")],
  subject="URGENT - disclosure from Reception child this morning", date="2025-03-11 09:31:07",
  body=f"""Tom / safeguarding team,

At about 9.10 this morning during funky fingers, L (RH) was playing with the play-dough
next to me and said, without being asked:

"Mummy's friend calls me a little shit and he smacked my bottom with his slipper and it
hurt. I was crying and he said stop crying you little bastard."

I said "thank you for telling me" and asked "can you tell me more?" L said "he lives at
our house now" and then went back to the play-dough. I did not ask anything else.

I haven't seen any marks and L seems happy and settled this morning. L was in the same
clothes as yesterday.

I have recorded this word for word on CPOMS at 9.25. I'm in class all morning. Can someone
come down, or shall I come to you at break (10.30)?

Rachel

{sig('hughes')}""", mailer=OUTLOOK)

# 045 flag: plain "shitshow", staff to staff
M("flag", "reading_mock_shitshow", "plain swearing (shitshow), Y6 teacher to colleague about mock SATs",
  "lloyd", [S("barraclough")], "Re: reading mock", "2025-01-22 16:48:30",
  """Just finished marking the rest of mine. Honestly Chloe that reading paper was a total
shitshow. Half of 6L didn't get past the second text, and the ones who did had clearly
just guessed the retrieval questions.

I think we need to go back to timed practice from next week: 3 x 20 mins a week, no
excuses. Can we talk at break tomorrow before we say anything to Tom? I don't want him
panicking about the data drop before we've got a plan.

G

Sent from my iPhone""", mailer=IPHONE)

# 046 everyday: music teacher to parents about ukulele
M("clean", "ukulele_concert", "everyday: music teacher to parents about Y4 ukulele concert and instrument loan",
  "royle", PARENTS, "Year 4 ukulele concert & taking instruments home", "2025-03-14 12:30:45",
  f"""Dear Parents and Carers,

Year 4 have been learning the ukulele with me every Friday since September and they are
sounding fantastic! I'm delighted to invite you to a short concert on Friday 28 March at
2.30pm in the school hall. It lasts about 25 minutes and you are very welcome to bring
younger siblings.

From next week, children can borrow a ukulele to practise at home over the Easter
holidays. There is no charge, but we do ask that you sign the loan form (coming home in
book bags on Monday) and keep the instrument in its case, away from radiators.

If your child would like to carry on learning an instrument in Year 5, the music service
offers small-group lessons in school. Funded places are available for families who
receive free school meals. Please ask me or the office for details.

Thank you for all your support,

{sig('royle')}""", fmt="alt", mailer=OUTLOOK)

# 047 hard negative: midday report of homophobic language to deputy/DSL
M("clean", "homophobic_language_report", "hard negative: midday supervisor reports pupils' homophobic slurs to DSL, quoting them",
  "oneill", [S("brennan")], "Y6 boys - language on the field today", "2025-03-04 13:40:16",
  """Tom,

Just so you know, on the field at lunch today I heard Kyle (6L) and two other Y6 boys,
Mason and Reece, shouting "gay boy" and "faggot" at Jayden every time he missed the ball.
Mason also said "that's so gay" when Jayden went in goal.

Jayden laughed it off but he didn't look happy and went and sat on the bench for the rest
of lunch.

I stopped the game, told all three that language like that is not acceptable in our
school, and took the football off them for the rest of lunch. I've put it on CPOMS with
the exact words like you said at the training.

Can you or Mr Lloyd pick it up this afternoon? I think Jayden needs someone to check in
with him.

Bernie""")

# 048 everyday: SBM to trust estates about playground quotes
M("clean", "playground_resurfacing_quotes", "everyday: business manager to trust estates about resurfacing quotes",
  "pickering", [("Estates Team", "estates@example.org")], cc=[S("kowalski")],
  subject="KS1 playground resurfacing - three quotes attached", date="2025-02-18 10:05:39",
  body=f"""Hi Mark,

As discussed at the estates meeting, please find attached the three quotes for
resurfacing the KS1 playground and the path to the nursery garden.

In summary:
1. Quote A: £38,400 + VAT, 10 working days, can start 14 April (Easter holidays)
2. Quote B: £41,950 + VAT, 8 working days, summer only
3. Quote C: £35,200 + VAT, but excludes removing the old play markings and drainage

Our preference is Quote A, as it can be done over Easter and includes the new drainage by
the nursery gate, which floods every time it rains. Dave has had two trips in that spot
this term.

Could you let me know whether this can come from the trust's condition budget, or whether
we should put it into the next CIF bid? If it's the latter, I'll need the paperwork back
by the end of March.

Thanks,

{sig('pickering')}""", mailer=OUTLOOK,
  attach=[Leaf("application/pdf", make_pdf([
      "Quote summary - KS1 playground resurfacing, Example School, Leeds LS1 4AP",
      "A: \u00a338,400 + VAT - 10 working days - Easter 2025 - includes drainage",
      "B: \u00a341,950 + VAT - 8 working days - summer 2025 only",
      "C: \u00a335,200 + VAT - excludes line removal and drainage",
      "Prepared by J Pickering, School Business Manager, 18/02/2025"]),
      filename="KS1 resurfacing quote summary.pdf", disposition="attachment")])

# 049 hard negative: head's polite reply, parent's abusive words only in quoted text
M("clean", "head_reply_abusive_parent", "hard negative: head's polite reply; swearing only in the parent's quoted email",
  "okafor", [ALI], "Re: my son left on his own", "2025-02-05 08:26:14",
  f"""Dear Mr Guardian,

Thank you for your email, and I'm sorry that you were so worried last night.

I have looked into what happened at home time yesterday. The after-school club register
shows that he was signed out at 3.20pm, but he should not have been, as he was booked in
until 5.45pm. He waited by the gate for around ten minutes before a member of staff
noticed and brought him back inside, which is when we rang you. I understand completely
why that frightened you, and we have already changed the sign-out procedure so that it
can't happen again.

I would like to meet you in person to go through this, and I can do Thursday at 8.30am or
Friday at 3.30pm. Please let me know which suits you.

I would also ask that future emails to the school are kept respectful. My staff care a
great deal about your son, and I want us to be able to work together to put this right.

Yours sincerely,

{sig('okafor')}

{gquote('On Tue, 4 Feb 2025 at 21:14, Ali Guardian <ali.guardian@btinternet.com> wrote:', '''Your useless fucking staff let my son walk out of that gate on his own at 3.20 when he's
meant to be in club. Anyone could have taken him. I want to know who was responsible and
I want them sacked. This is a joke of a school.''')}""",
  fmt="alt", mailer=OUTLOOK, reply="<CA+r9Tq1hGuardianX7m@mail.btinternet.com>")

# 050 flag: zero-width space inside word
M("flag", "wellbeing_survey_zero_width", "zero-width space inside bullshit, learning mentor to colleague",
  "hussain", [S("yusuf")], "another survey", "2025-03-13 16:25:48",
  "Have you seen the trust wellbeing survey that came round this afternoon? They're cutting\n"
  "two TA posts in September and now they want us to rate how \"valued\" we feel on a scale\n"
  "of 1 to 10. Utter bull\u200bshit.\n\nAnyway, are we still doing the Year 6 transition "
  "group together on Monday?\nI've got the worry monster worksheets printed.\n\nShaz",
  fmt="alt", mailer=OUTLOOK)

# 051 everyday: head's termly report to trust CEO with PDF
M("clean", "termly_report_to_ceo", "everyday: headteacher sends termly report to trust CEO (PDF)",
  "okafor", [("Karen Ashworth", "k.ashworth@example.org")], cc=[S("pickering")],
  subject="Spring 1 headteacher's report", date="2025-02-14 13:15:20",
  body=f"""Dear Karen,

Please find attached my headteacher's report for Spring 1, ahead of the local governing
board on 4 March.

Headlines:
- Attendance is 94.1% (trust target 95%). Persistent absence has fallen from 18% to 15.6%
  since September, mainly thanks to Fatima's work with our Reception and Y1 families.
- Y6 mock SATs: reading 68% EXS+, maths 74%, GPS 71%. Reading remains the priority, and
  the Y6 team have a timed-practice plan in place.
- We have admitted 23 new pupils in-year since September, 15 of them new to English. Amina's
  team is stretched, and I'd welcome a conversation about the EAL support budget.
- The boiler has failed three times this term. Jo has been in touch with estates.

Thank you for your visit last month. The staff really appreciated your comments.

Best wishes,
Nadia

{sig('okafor')}""", mailer=OUTLOOK,
  attach=[Leaf("application/pdf", make_pdf([
      "Example School - Headteacher's Report to the Local Governing Board",
      "Spring Term 1, 2025",
      "",
      "1. Attendance: 94.1% overall; persistent absence 15.6%",
      "2. Outcomes: Y6 mock SATs R 68% / M 74% / GPS 71% at expected or above",
      "3. Admissions: 23 in-year admissions, 15 new to English",
      "4. Safeguarding: training compliance 97%; single central record audited",
      "5. Premises: heating failures (3), playground resurfacing quotes obtained",
      "",
      "N. Okafor, Headteacher"]),
      filename="HT report Spring 1 2025.pdf", disposition="attachment")])

# 052 hard negative: Wetwang chariot burial, Y3 Iron Age planning
M("clean", "wetwang_iron_age", "hard negative: place name Wetwang (Iron Age chariot burial) in Y3 planning",
  "sutcliffe", [S("petrie")], "Iron Age - loan box & museum", "2025-03-19 15:58:21",
  """Hi Naomi,

The museum loans box for the Iron Age topic came today. It's got replica torcs, a quern
stone (the kids will love grinding the wheat) and a big photo pack about the chariot
burial they found at Wetwang in East Yorkshire. There's a woman buried with her chariot
and a mirror, which is perfect for our "who was important in the Iron Age?" lesson.

Shall we do the Wetwang lesson as a joint carousel in week 2, both classes in the hall?
I'm happy to plan it if you do the roundhouse DT lesson.

Also, the museum can do an Iron Age workshop in school for £180 for both classes. I think
the PTA might cover some of it. Do you want to ask at the next meeting?

Ellie""", html_style="gmail")

# 053 everyday: TA intervention notes to class teacher
M("clean", "intervention_notes", "everyday: TA sends reading intervention notes to class teacher",
  "fairbairn", [S("nowak")], "Reading intervention - notes this week", "2025-02-13 15:44:09",
  """Hi Marek,

Notes from this week's intervention groups:

Precision teaching (Mon/Wed/Fri, 10 mins each):
- Dawid: 18/20 on his tricky word set, ready to move on.
- Leyla: 12/20, still mixing up "said" and "says". Keep going with the same set.

Reading fluency group (Tues/Thurs):
- We finished the book. Timed reads are all up by 8–15 words per minute since January.
- Harvey was a bit distracted today (I think because of what happened at the gate
  yesterday) but he read brilliantly when we got going.

Could we have five minutes after half term about which children go into the next fluency
group? I'd suggest Ruby and Ahmed.

Thanks,
Leanne""")

# 054 flag: HTML-only, words split by tags / entities
M("flag", "moderator_html_split", "swearing split by HTML tag (bell<span>end) and entity (pr&#105;ck), HTML-only",
  "crowther", [S("lloyd")], "moderation", "2025-03-12 13:05:33", fmt="html", html_style="gmail",
  html_body="""<div dir="ltr">
<div>Gareth,</div>
<div><br></div>
<div>Just had the trust writing moderator in with the Y6 books. She's marked down three of your GDS pieces because the children &quot;hadn't used enough subordinate clauses in the opening paragraph&quot;. She didn't even read past the first page. What an absolute bell<span style="color:rgb(34,34,34)">end</span>.</div>
<div><br></div>
<div>She also told Chloe her handwriting display was &quot;a bit primary&quot;. We are a primary school! Honestly, what a pr&#105;ck.</div>
<div><br></div>
<div>I've asked for her feedback in writing. Come and find me after school and we'll go through the pieces together before the trust meeting on Monday.</div>
<div><br></div>
<div>Ian</div>
<div><br></div>
<div>-- <br><div>Ian Crowther<br>Year 5 Teacher (5C) &amp; English Lead<br>Example School | Park Row | Leeds LS1 4AP | 01632 960000</div></div>
</div>
""")

# 055 hard negative: club reply, swearing only in parent's Outlook-quoted message
M("clean", "club_refund_quoted_outlook", "hard negative: polite reply; swearing only in carer's Outlook-quoted text",
  "clubs", [SAM], "RE: after school club charges", "2025-02-12 09:06:50",
  f"""Hi Sam,

You're right, and I'm really sorry. ParentPay charged you twice for the January
sessions. It looks like the booking was entered once by the office and once by the club
when we moved to the new system, and we didn't spot it.

I've asked the office to refund the duplicate charges: 6 sessions at £9.50, so £57.00 in
total. It should go back to your card within 5 working days. I've also checked February
and that is correct.

Thank you for letting us know, and apologies again for the hassle.

Kerry

{sig('clubs')}

""" + outlook_quote("Sam Carer", "sam.carer@outlook.com", "11 February 2025 19:02",
                    "Clubs <clubs@example-school.org.uk>", "after school club charges",
                    """This is a piss-take. You've charged me twice for the bloody after school club in
January. £57 extra came out of my account and I had to go overdrawn. Sort it out.

Sam Carer"""), fmt="alt", mailer=OUTLOOK, reply="<AM9PR02MB7741SamCarer0211@outlook.com>")

# 056 everyday: leave of absence request declined
M("clean", "holiday_request_declined", "everyday: attendance officer declines term-time holiday request",
  "attendance", [ALI], "Leave of absence request - outcome", "2025-03-17 14:22:31",
  f"""Dear Mr Guardian,

Thank you for your leave of absence request for 2–16 May, which was considered by the
headteacher on Friday.

I'm sorry to tell you that the request has not been authorised. Under the government's
rules, headteachers can only grant leave during term time in exceptional circumstances,
and a family holiday does not usually meet that test, even when flights are much cheaper
outside the school holidays, which we do understand.

If your child is absent for this period, the absence will be recorded as unauthorised
and the local authority may issue a penalty notice.

If there are circumstances we are not aware of, for example a family illness or a
bereavement abroad, please do come and talk to me or to Mrs Yusuf in confidence. We are
always willing to look at a request again.

Yours sincerely,

{sig('attendance')}""", mailer=OUTLOOK,
  attach=[Leaf("application/pdf", make_pdf([
      "Example School - Leave of Absence Decision",
      "Request: 02/05/2025 - 16/05/2025 (10 school days)",
      "Decision: NOT AUTHORISED",
      "Reason: no exceptional circumstances identified.",
      "Attendance Officer, Example School, Park Row, Leeds LS1 4AP - 01632 960000"]),
      filename="Leave of absence decision.pdf", disposition="attachment")])

# 057 hard negative: forwarding abusive parent email to head/DSL as policy requires
M("clean", "forward_abusive_parent_email", "hard negative: office forwards abusive parent email to head as policy requires",
  "office", [S("okafor")], cc=[S("dsl")],
  subject="Fw: my son - abusive email received overnight", date="2025-01-30 08:07:44",
  body="""Nadia,

Forwarding as per the policy. This came into the office inbox at 10.47 last night. It's
from the dad of Leo in 1A (the family who moved here in November; he isn't on our contact
list for that address, so I've checked with mum and it is him).

I haven't replied. I'm a bit shaken by the bit about "waiting outside", so I've also
copied in the safeguarding team. Could someone let Chris know before he's at the door at
3.15?

Carol

---------- Forwarded message ---------
From: Darren Hollinshead <d.hollinshead84@hotmail.co.uk>
Date: Wed, 29 Jan 2025 at 22:47
Subject: my son
To: <office@example-school.org.uk>

You lot are a bunch of useless twats. My son came home AGAIN with his reading book
ripped and his coat soaked and nobody tells me anything. That teacher of his is a
clueless prick and you can tell that stuck up cow on reception she can stop looking at
me like shit on her shoe. I'll be waiting outside tomorrow and I want answers.""",
  mailer=OUTLOOK)

# 058 flag: plain "Fucking ridiculous", deputy to head, quoting a clean trust request
M("flag", "data_drop_fucking", "plain swearing (Fucking ridiculous), deputy to head above quoted trust email",
  "brennan", [S("okafor")], "FW: Spring data collection - all trust primaries", "2025-02-25 18:31:12",
  """Have you seen this? They want a full data drop for Years 1 to 6 by Friday, in their new
spreadsheet, which doesn't even match the Arbor export. Fucking ridiculous, with parents'
evening in two weeks and half the staff off with the flu bug.

I'll reply saying we'll send it on 7 March unless you want to fight it.

T

""" + outlook_quote("Data & Assessment Team", "data@example.org", "25 February 2025 16:58",
                    "Primary Headteachers; Primary Deputy Headteachers", "Spring data collection - all trust primaries",
                    """Dear colleagues,

Please complete the attached Spring data collection template for Years 1 to 6 (reading,
writing and maths, WTS/EXS/GDS) and return it by 12 noon on Friday 28 February.

Many thanks,
Data & Assessment Team
Aire Valley Learning Trust"""), mailer=OUTLOOK)

# 059 hard negative: computing lead reports web-filter alerts to DSL
M("clean", "web_filter_alerts", "hard negative: computing lead reports blocked search terms (boobs, sexy) to DSL",
  "mistry", [S("dsl")], cc=[("AVLT IT Service Desk", "itsupport@example.org")],
  subject="Web filtering alerts - Y5/6 Chromebooks, w/c 3 March", date="2025-03-07 16:30:05",
  body=f"""Hi Tom,

This week's filtering report from the trust flagged four things on the Year 5/6
Chromebooks. All were blocked, so no content was seen as far as I can tell:

1. Tue 4 March, 11.05: "boobs" typed into Google on 5M-12 (logged in as a Y5 boy,
   during independent research on the Vikings).
2. Wed 5 March, 13.40: image search for "sexy girls" on 6B-07 (logged-in account belongs
   to a Y6 girl, but she says her friend was using it).
3. Wed 5 March, 13.42: same device, "how to see naked pictures".
4. Thu 6 March, 10.20: "how to make a bomb in minecraft" on 5C-03. I think this one is
   genuinely about the game.

I've put the account names on CPOMS under "online safety" rather than here. Items 2 and 3
probably need a conversation with the girls involved and maybe home.

I'm also planning a Y5/6 online safety refresher for Safer Internet Day follow-up. Happy
to talk about what to include.

Ravi

{sig('mistry')}""", mailer=OUTLOOK)

# 060 everyday: Reception phonics workshop invitation
M("clean", "reception_phonics_workshop", "everyday: Reception teacher invites parents to a phonics workshop",
  "hughes", PARENTS, "Reception phonics stay-and-learn - Wednesday 29 January", "2025-01-20 15:50:27",
  f"""Dear Reception families,

We'd love to invite you to a phonics stay-and-learn session on Wednesday 29 January,
2.30–3.15pm, in the Reception classroom.

You'll see how we teach the children to read and write using our phonics scheme: how we
say the sounds (it's "mmm", not "muh"!), how we blend sounds to read words like c-a-t,
and the little songs and actions that go with them. You'll then join your child for a
short reading game you can play at home.

Younger siblings are welcome. Amina and Gosia will be there to help families who speak
Urdu, Punjabi or Polish, and we have picture guides to the sounds in several languages.

You can collect your child from the classroom at the end of the session.

We hope to see lots of you there!

Mrs Hughes and the Reception team

{sig('hughes')}""", fmt="alt", mailer=OUTLOOK)

# 061 hard negative: Vietnamese given name Phúc, encoded subject
M("clean", "new_arrival_phuc", "hard negative: Vietnamese name Phuc (and Bich) in EAL new-arrival note; encoded subject",
  "yusuf", [S("whitaker")], cc=[S("office")],
  subject="New arrival in 2W on Monday – Nguyễn Văn Phúc", date="2025-01-31 12:44:09",
  body=f"""Hi Sophie,

A quick briefing before Phúc (surname Nguyễn) joins 2W on Monday.

- He is 6 and arrived from Hai Phong in Vietnam three weeks ago with mum, dad and his big
  sister Bích, who is joining 5C.
- At home they speak Vietnamese. Dad has some English; mum has very little. I'll book a
  Vietnamese telephone interpreter for the settling-in meeting on Thursday.
- Phúc had two years of school in Vietnam, can read and write in Vietnamese, and is
  confident with numbers.

On his name: in English spelling it is usually written "Phuc", without the accent. It is
pronounced roughly "Fook" (short, with a rising tone). Please make sure all the adults say
it properly and confidently from day one. If any children giggle at it, please deal with
it kindly but firmly, as you would with any child's name. Dad has said he is happy for us
to use "Phúc" on the register and on his peg and tray labels. The same goes for Bích
(pronounced a bit like "Bick").

I'll pop in on Monday morning with the new arrivals pack and a few picture cards.

Thanks!

{sig('yusuf')}""", fmt="alt", mailer=OUTLOOK)

# 062 flag: quoted-printable soft line break inside the word
_T062 = ("Hi Jamal,\n\n"
         "Thanks so much for coming with me to the cluster netball on Saturday \u2013 the girls were "
         "brilliant and I\u2019m really proud of them for getting to the semi-final.\n\n"
         "I\u2019ve emailed the organiser about the umpire on court 3. She let their goal shooter "
         "step every single time and then told Amira off for \u201cattitude\u201d when she asked "
         "about it. Honestly, she was a complete twat from start to finish and the girls noticed.\n\n"
         "Can we do a short debrief with the team on Wednesday lunchtime? I want them to know "
         "how well they played, whatever the result.\n\n"
         "Ellie\n\n" + sig("sutcliffe") + "\n")
_Q062 = qp_encode(_T062)
assert _Q062.count("twat") == 1, "soft break target split already"
_Q062 = _Q062.replace("twat", "tw=\nat", 1)
M("flag", "netball_umpire_qp_softbreak", "swearing (twat) split by a quoted-printable soft line break",
  "sutcliffe", [S("henry")], "Saturday netball", "2025-03-10 07:52:18", _T062,
  cte="quoted-printable", raw_body=_Q062, mailer=OUTLOOK)

# 063 everyday: inhaler expiry
M("clean", "inhaler_expiry", "everyday: office asks parent to replace an expiring inhaler",
  "office", [JANE], "Inhaler in school - expires end of February", "2025-02-04 10:40:52",
  f"""Dear Jane,

During our termly medicines check we noticed that the blue (salbutamol) inhaler we hold in
school for your daughter expires at the end of February.

Please could you send in a replacement, in its original box with the pharmacy label, by
Friday 28 February? Please hand it to the office rather than putting it in her book bag,
and we'll give you the old one back.

While you're here, could you also check and sign the updated asthma care plan? I'll leave
it at the office hatch.

Many thanks,

{sig('office')}""", mailer=OUTLOOK)

# 064 hard negative: PE cupboard (shuttlecocks, ball bags, balls)
M("clean", "pe_cupboard_shuttlecocks", "hard negative: sports kit vocabulary (shuttlecocks, ball bags, balls) to site manager",
  "sutcliffe", [S("kowalski")], "PE cupboard - a few jobs when you have a minute", "2025-01-14 12:25:06",
  """Hi Dave,

A few PE cupboard jobs when you get a chance (no rush, any time this week):

1. Could you put up another shelf on the left-hand wall? The new shuttlecocks and badminton
   rackets for the Y5/6 club are in boxes on the floor and getting trodden on.
2. The hooks for the ball bags have come away from the wall, so the bags are all in a heap.
3. Could you pump up the footballs and netballs? There's a pump in the blue tub but the
   needle's bent.
4. There are still two tennis balls and a beanbag stuck on the hall lighting from the
   Christmas party games. Could you get them down with the long ladder?

Thanks so much!

Ellie""")

# 065 everyday: nursery practitioner (non-ASCII name) about a translated letter
M("clean", "gosia_translation", "everyday: nursery practitioner sends Polish translation (encoded name and subject)",
  "wisniewska", [S("greaves")], "Tłumaczenie – stay and play letter in Polish", "2025-03-11 13:18:26",
  f"""Hi Hannah,

I've done the Polish version of the stay and play letter. It's below, so you can copy it
onto headed paper. I kept it short and used "Drodzy Rodzice" (Dear Parents) at the top like
we did last time.

---
Drodzy Rodzice,
Zapraszamy na „stay and play” w przedszkolu w czwartek 20 marca, 14:15–15:00. Mile widziani
są także dziadkowie!
Dziękujemy, zespół przedszkola
---

Also, key person notes: Zuzanna's mum said she's started saying a few words in English at
home ("more", "juice", "bye bye"), so I've put that on Tapestry as a WOW moment. And
Antoni's dad asked if he can stay for lunch two days a week from after Easter. I told him
to speak to the office.

Gosia

{sig('wisniewska')}""", fmt="alt", subj_mode="Q", mailer=OUTLOOK)

# 066 flag: "half-arsed" to a pupil
M("flag", "viking_report_half_arsed_pupil", "swearing (half-arsed) in teacher's email to a pupil",
  "mistry", [pupil("20tokeke", "Tayo Okeke")], "Your Viking newspaper report", "2025-02-07 17:20:41",
  """Tayo,

I've looked at your newspaper report on Google Classroom. I know you can do so much better
than this. Three sentences and a picture of a longboat copied off the internet is
half-arsed, and you know it. You wrote a brilliant recount about our Jorvik trip last term,
so I know what you're capable of.

Please redo it over the weekend: a headline, who/what/where/when in your opening
paragraph, a quote from a witness, and at least two more paragraphs. Use the checklist on
the Classroom post.

Mr Mistry""", html_style="gmail")

# 067 hard negative: Y5 science - Uranus, reproduction in plants and animals
M("clean", "y5_science_uranus_reproduction", "hard negative: science vocabulary (Uranus, sexual/asexual reproduction) to parents",
  "crowther", PARENTS, "Year 5 this half term: Earth and Space, and Living Things", "2025-02-24 17:02:39",
  f"""Dear Year 5 families,

Welcome back! Here is what we're learning in science this half term.

Earth and Space
We'll be learning about the planets in our solar system: Mercury, Venus, Earth, Mars,
Jupiter, Saturn, Uranus and Neptune. The children will make a scale model of the solar
system on the school field (it's a long walk to Neptune!). Do ask your child about how
Uranus spins on its side.

Living Things and their Habitats
We'll be comparing the life cycles of mammals, amphibians, insects and birds, and learning
about reproduction in plants and animals. This includes sexual reproduction in flowering
plants (pollen, the stamen and the stigma) and asexual reproduction, for example how
strawberry plants send out runners and how potatoes grow from tubers. We'll plant our own
potatoes and spider plant babies to take home after Easter.

If you have any old seed packets, plant pots or a spare potato that's started sprouting,
please send them in!

Mr Crowther and Mr Mistry

{sig('crowther')}""", fmt="alt", mailer=OUTLOOK)

# 068 everyday: business manager to staff about payroll deadlines
M("clean", "payroll_deadlines", "everyday: business manager reminds staff of payroll/claims deadlines",
  "pickering", [ALLSTAFF], "Overtime, club and mileage claims - March deadline", "2025-03-04 08:30:00",
  f"""Good morning,

A reminder that the trust payroll deadline for March is Monday 10 March at 12 noon.
Anything received after that will be paid in April.

Please send me, via the forms on the staff SharePoint:
- additional hours and overtime claims (TAs and midday supervisors);
- club and wraparound hours not already on your contract;
- mileage claims for trips and training (with the receipts for any parking).

Forms must be signed by your line manager before they come to me, please.

Pension and salary questions should go directly to trust HR (hr@example.org), as I can't
see your payslip details.

Thanks,

{sig('pickering')}""", mailer=OUTLOOK)

# 069 hard negative: Penistone and East Sussex in HR starter email
M("clean", "new_ta_penistone_sussex", "hard negative: place names Penistone, East Sussex, Middlesex in HR starter mail",
  "pickering", [("Anita Sharma, Trust HR", "hr@example.org")], "New starter - Reception TA (Kirsty Oldroyd)",
  "2025-01-29 11:47:23", f"""Hi Anita,

Our new Reception TA, Kirsty Oldroyd, has accepted the post and will start on Monday
24 February, subject to checks. A few things for the contract and the SCR:

- Address: she's moving back up from East Sussex and will be staying with her parents at
  14 Moorside View, Penistone until she finds somewhere in Leeds. Please use the Penistone
  address for the contract. She'll update us when she moves.
- References: one from her current headteacher at a primary in East Sussex (requested),
  and one from her placement tutor at Middlesex University, where she did her foundation
  degree (received, attached to her file).
- DBS: she's on the Update Service, so we just need her consent to check online. She has
  signed the form.
- Pay: grade 3, point 5, 32.5 hours term time only.

Can you let me know when the contract is ready to sign? She's in school for a visit on
Thursday 6 February, so she could sign it then.

Thanks,

{sig('pickering')}""", mailer=OUTLOOK)

# 070 flag: homophobic comment about a colleague
M("flag", "nursery_apprentice_homophobic", "offensive comment on grounds of sexual orientation (poof), staff to staff",
  "armitage", [S("lloyd")], "new nursery lad", "2025-02-26 19:41:17",
  """Have you met the new apprentice in nursery yet? Nice enough lad, but a bit of a poof if
you ask me. He was plaiting the little ones' hair at pick-up and some of the dads were
giving him looks. Bet he doesn't last till Easter.

Anyway, 5-a-side Thursday? We're short of a keeper again.

Chris""", html_style="gmail")

# 071 everyday: two-line reply to pupil about a password
M("clean", "pupil_password_reset", "everyday: short reply to a pupil about a password reset",
  "mistry", [pupil("20jpatel", "Jay Patel")], "Re: cant log in", "2025-01-15 18:02:57",
  """Hi Jay, I've reset it. Your new password is on a card in your reading folder, so you can log in tomorrow morning in class.
Mr Mistry""", html_style="gmail")

# 072 hard negative: German club vocabulary (dick, Gift, Fahrt)
M("clean", "german_club_words", "hard negative: German words (dick, Gift, Fahrt, Kunst) in club newsletter to parents",
  "vogel", PARENTS, "German Club - what we learned this week", "2025-02-13 15:26:14",
  f"""Liebe Eltern, dear parents,

We had a very lively German Club this week! We were learning about "false friends": German
words that look like English words but mean something quite different. The children
thought these were hilarious:

- "Gift" means poison, so don't say "Ich habe ein Gift für dich"!
- "dick" means thick or fat. "Ein dickes Buch" is a thick book.
- "Fahrt" means a journey or a ride, so "Gute Fahrt!" means "have a good trip!"
- "Kunst" means art. Our art room would be the "Kunstraum".
- "Rock" means skirt, and "Handy" is a mobile phone.

We also practised ordering in a café ("Einen Apfelsaft, bitte!"). After half term we're making
Fasching (carnival) masks, so please send in any empty cereal boxes.

Vielen Dank,

{sig('vogel')}""", fmt="alt", mailer=OUTLOOK)

# 073 everyday: office to photographer
M("clean", "photographer_booking", "everyday: office confirms class photo arrangements with photographer",
  "office", [("Bookings, Brightside School Photography", "bookings@example.com")],
  "Class and sibling photos - Tuesday 25 March", "2025-02-21 11:30:18",
  f"""Hello,

Just confirming the arrangements for our photo day on Tuesday 25 March:

- Arrival from 8.00am, setting up in the school hall (stage end).
- Nursery (morning group) first at 8.50, then Reception to Year 6 class photos in order
  until lunch. The afternoon nursery group will be ready for you at 12.45.
- Sibling photos: 8.00–8.40 for families who book through your website. Please send us the
  list the day before so we can get the older children out of breakfast club.
- 11 children must not be photographed. I'll give you the list on the day, in person.

The hall needs to be cleared by 11.45 for lunch, so please plan for a break then.
Parking is available in the staff car park; just ring the bell at the main gate.

Kind regards,

{sig('office')}""", mailer=OUTLOOK)

# 074 flag: slur and swearing inside a CSV attachment, clean covering note
_CSV074 = """pupil,class,sessions_missed_wk7,reason_given,notes
O.M.,2W,4,illness (mum rang),3rd time this half term - GP letter requested
C.L.,4S,10,none,Traveller family - the pikeys are off again. No point ringing nobody ever answers
T.H.,1A,6,holiday,not authorised - dad says family wedding in Pakistan
K.R.,5C,2,dentist,fine - appointment card seen
J.P.,RH,4,illness,"mum says he's ""poorly"" every Monday, total piss-take"
A.S.,3P,3,medical,hospital appt letter seen - fine
"""
M("flag", "attendance_csv_slur", "ethnic slur (pikeys) and swearing (piss-take) inside CSV attachment; covering note clean",
  "attendance", [S("office")], "Week 7 attendance list for letters", "2025-02-28 15:12:40",
  """Carol,

Here's this week's list for the stage 1 letters. I've put my notes in the last column so
you know which ones need a phone call first. Could they go out on Monday please?

Thanks
Fatima""", mailer=OUTLOOK,
  attach=[Leaf("text/csv", _CSV074, cte="base64", filename="attendance_wk7_notes.csv",
               disposition="attachment")])

# 075 hard negative: RSE reply to a father about vocabulary
M("clean", "rse_vocabulary_reply", "hard negative: teacher explains anatomical RSE vocabulary to a father (quoted question)",
  "crowther", [ALI], "Re: Growing up lessons", "2025-03-06 16:38:00",
  f"""Dear Mr Guardian,

Thank you for your email. These are really good questions and lots of parents ask them.

We use the correct scientific words for body parts: penis, testicles, vulva and vagina.
There are two reasons for this. First, they are the words used in the science curriculum
and by doctors and nurses. Second, and most importantly, it is a safeguarding matter:
children who know the proper names for their private parts are better able to tell a
trusted adult if something has happened to them, and to be understood.

We don't teach slang words, although we do acknowledge that children may hear other
words in the playground or online, and we tell them they can always ask a trusted adult
what something means.

Your daughter will be in a mixed class for most lessons, but the lesson on periods is
taught to girls and boys separately first, then together, so that everyone can ask
questions they might feel shy about.

You'd be very welcome at the information session on Tuesday 25 March at 2.45pm, where you
can look through all of the resources.

Kind regards,

Ian Crowther

{sig('crowther')}

{gquote('On Wed, 5 Mar 2025 at 20:31, Ali Guardian <ali.guardian@btinternet.com> wrote:', '''Hello Mr Crowther,
We got the letter about the puberty lessons. Can I ask what words you will be using with
the children for private parts? And are boys and girls taught together?
Thank you
Ali Guardian''')}""", fmt="alt", mailer=OUTLOOK, reply="<CA+r9Tq2hGuardianRSE0503@mail.btinternet.com>")

# 076 everyday: DSL training reminder
M("clean", "safeguarding_training_reminder", "everyday: DSL reminds staff about safeguarding training deadlines",
  "dsl", [ALLSTAFF], "Safeguarding training - outstanding modules", "2025-02-10 12:05:47",
  f"""Dear colleagues,

Thank you to everyone who has completed this year's online safeguarding modules. We're at
97%, which is brilliant. A handful of people still need to complete one or more of:

- Keeping Children Safe in Education Part 1 update (all staff)
- Prevent awareness refresher (all staff)
- Online safety for staff (teachers and TAs)

You should have had an individual reminder from the training platform this morning. Please
complete them by Friday 14 February (INSET day), when there will be time set aside in the
afternoon to finish them in the ICT suite.

Midday supervisors and club staff: Bernie and Kerry have the paper versions if you prefer,
and your time will be paid.

As always, if you have a concern about a child, don't wait: log it on CPOMS and speak to
one of the DSL team the same day.

Thank you,

{sig('dsl')}""", mailer=OUTLOOK)

# 077 hard negative: Lake Titicaca homework
M("clean", "lake_titicaca_homework", "hard negative: place name Lake Titicaca in Y6 geography homework",
  "lloyd", [pupil("19aahmed", "Ayaan Ahmed"), pupil("19lwood", "Lily Wood"), pupil("19mkowalczyk", "Maja Kowalczyk")],
  "South America fact file", "2025-01-17 15:35:22", """Hello 6L,

For your South America homework, please create a fact file about ONE of these places:

- Lake Titicaca (on the border of Peru and Bolivia), one of the highest lakes in the world
  that boats can sail on. Find out about the floating reed islands!
- The Atacama Desert in Chile
- The Amazon rainforest in Brazil
- Angel Falls in Venezuela

Include a map, at least five facts, and one question you would ask someone who lives there.
You can present it on paper or as a Google Slides file.

Due Friday 24 January.

Mr Lloyd""", fmt="alt", html_style="gmail")

# 078 everyday: midday rota CSV (clean attachment)
_CSV078 = """day,hall_1,hall_2,ks1_yard,ks2_yard,field,quiet_room
Monday,Bernie,Denise,Sadia,Lorraine,Jamal,Shazia
Tuesday,Bernie,Sadia,Denise,Lorraine,Jamal,Shazia
Wednesday,Denise,Bernie,Sadia,Lorraine,Ellie (PE club),Leanne
Thursday,Bernie,Denise,Lorraine,Sadia,Jamal,Shazia
Friday,Sadia,Bernie,Denise,Lorraine,Jamal,Leanne
"""
M("clean", "midday_rota_csv", "everyday: senior midday supervisor sends lunchtime rota (clean CSV attachment)",
  "oneill", [S("office")], cc=[S("brennan")], subject="Lunchtime rota from 24 Feb",
  date="2025-02-13 12:58:10", body="""Hi Carol,

New lunchtime rota attached for after half term. Can you print a couple for the staffroom
and the dinner hall door please?

Changes: Sadia is now on Mon/Tue/Wed/Thu/Fri (she's gone up to five days) and Shazia has
the quiet room most days so the new lad in 3S has someone he knows. Leanne covers Wed
and Fri.

Thanks,
Bernie""", attach=[Leaf("text/csv", _CSV078, cte="base64", filename="lunch_rota_from_24Feb.csv",
                          disposition="attachment")])

# 079 hard negative: threadworm letter (anus, bottom)
M("clean", "threadworm_letter", "hard negative: health letter about threadworms (itchy bottom, anus) to parents",
  "hughes", PARENTS, "Threadworms in Reception - information for parents", "2025-03-20 14:40:03",
  f"""Dear Reception families,

We have had a few cases of threadworms in Reception this week. Threadworms are very common
in young children and are nothing to be embarrassed about, but they spread easily, so we
are letting all families know.

Signs to look out for:
- itching around the bottom (the anus), especially at night;
- disturbed sleep, irritability or bedwetting;
- tiny white threads in your child's poo.

Treatment: you can buy medicine (mebendazole) from a pharmacy without a prescription. The
whole household should be treated at the same time, even if they have no symptoms.
Children under 2 should see a GP or pharmacist first.

To stop them coming back:
- wash hands and scrub under nails, especially after the toilet and before eating;
- keep nails short;
- wash bedding, towels and soft toys, and give everyone a morning bath or shower.

Children do not need to stay off school. We are doing extra hand-washing and cleaning
in class, and washing the soft toys and dressing-up clothes.

Any questions, please catch us at the door.

Mrs Hughes and the Reception team

{sig('hughes')}""", fmt="alt", mailer=OUTLOOK)

# 080 everyday: Y6 residential kit list, quoted-printable
M("clean", "y6_residential_kit_list", "everyday: Y6 residential kit list and payment reminder (quoted-printable)",
  "lloyd", PARENTS, "Year 6 residential to Hollins Ghyll - kit list and final payment",
  "2025-03-21 16:05:41", f"""Dear Year 6 Parents and Carers,

We are now only four weeks away from our residential at Hollins Ghyll Outdoor Centre (Mon
28 April – Wed 30 April), and the children are SO excited!

Final payment: the remaining balance of £95 is due on ParentPay by Friday 4 April. If you
are paying in instalments or have any worries about the cost, please speak to Mrs
Pickering in confidence. The PTA is helping us to make sure nobody misses out.

Kit list (please label everything):
- 2 pairs of old trousers or joggers (no jeans, they get heavy when wet)
- 3 t-shirts, 1 warm jumper or fleece, waterproof coat and trousers if you have them
- underwear and socks for 3 days, plus 2 spare pairs of socks
- old trainers that can get VERY muddy, plus a second pair of shoes for indoors
- pyjamas, wash bag, towel, torch
- a named water bottle
- sleeping bag and pillowcase (bedding is provided by the centre)

Not allowed: phones, tablets, smart watches, sweets or money. We will post photos on the
school app every evening so you can see what they've been up to.

Medication must be handed to Mr Lloyd in the original packaging on the morning we leave,
with the form completed.

There is a parents' information meeting on Wednesday 2 April at 3.30pm in the Y6
classroom.

Thank you,

Mr Lloyd, Miss Barraclough and the Year 6 team
Example School | Park Row | Leeds LS1 4AP | 01632 960000""", cte="quoted-printable", mailer=OUTLOOK)


# ==========================================================================
# Output
# ==========================================================================
README = """# Round 13 hold-out corpus: obscene-language (BLIND)

**Blind test data: never use it for tuning.** Nobody may adjust mailguard's rules,
word lists or code by looking at these messages or at how it scores them. Its only use is
to measure the obscene-language module on mail it has not seen.

## What it is

80 outgoing e-mail messages (RFC 5322 `.eml` files) as staff at a large urban primary
academy would send them: nursery to Year 6, in a multi-academy trust (the fictional
"Aire Valley Learning Trust"), with breakfast and after-school clubs, a PTA, many
families who speak English as an additional language, teaching assistants, midday
supervisors and trust central staff. Each file is labelled `flag` or `clean` by the intent
of the school's policy on electronic communications ("staff must not use obscene language
or swear words, nor make offensive comments on grounds of gender, race, disability, age,
religion or sexual orientation"), judged as a designated safeguarding lead would.

It was written blind: the author read only the school policy, `config.example.yaml` and
`directory/parents.csv`. They did not read mailguard's code, rules, tests, docs or git
history, and did not run mailguard.

## Counts

| expected | count |
| --- | --- |
| flag | 20 |
| clean: everyday school mail | 30 |
| clean: hard negatives | 30 |
| **total** | **80** |

## How it was made and how to regenerate

Everything is generated by `../make_round13_obscene.py` (Python 3.11, standard library
only). It builds the raw MIME text itself, with fixed dates, Message-IDs and MIME boundaries,
so the output is byte-identical on every run:

    python3 tests/holdout/round13/make_round13_obscene.py

It rewrites every `NNN_<flag|clean>_<slug>.eml`, `labels.csv` and this README in
`tests/holdout/round13/obscene-language/`, then checks that every file parses with
`email.message_from_bytes(..., policy=email.policy.default)` and that the labels match the
files.

`labels.csv` columns: `file,expected,sender,recipients,note`. The sender is the envelope
sender (the staff From address). The recipients are the To and Cc addresses, separated by
single spaces. Judgement calls are marked `[unsure]` in the note.

All people, mailboxes, street addresses and phone numbers are fictitious. Phone numbers are
from Ofcom's drama ranges, and third-party organisations use example.com/.org/.net.

## Kinds of case

Flag (20): the staff author's own words contain swearing or a slur.
- Plain swearing in staff-to-staff venting (bastards, shitshow, fucking), and to a parent
  (pissed us about) and to a pupil (half-arsed).
- Offensive comments and slurs: disability (about an autistic pupil), gender, sexual
  orientation, and an ethnic slur against Travellers.
- Disguised: asterisk masks, leetspeak digits, repeated letters, letters separated by
  hyphens, Cyrillic homoglyphs, full-width letters, a zero-width space, words split by an
  HTML tag or an HTML entity, a quoted-printable soft line break inside the word, a base64
  body, swearing only in an RFC 2047-encoded subject, and a slur in a CSV attachment under a
  clean covering note.

Clean, everyday (30): reminders, replies to parents, homework to pupils, nursery and club
admin, attendance, site and business-manager mail, the head's bulletin and trust
reports, trip letters with PDFs, PTA, EAL interpreters, SEN reviews.

Clean, hard negatives (30):
- Place names: Scunthorpe, Cockermouth/River Cocker, Shitterton, Twatt, Clitheroe, Wetwang,
  Penistone, Sussex/Middlesex, Lake Titicaca.
- Surnames and given names: Wankhede, Cockburn, Hancock, and the Vietnamese names Phúc and Bích.
- Foods (spotted dick, faggots), birds (great tits, blue tits, shag), sports kit
  (shuttlecocks, ball bags), science (Uranus, sexual reproduction in plants), history
  ("William the Bastard"), German false friends (dick, Gift, Fahrt), and Macbeth quotations.
- RSE letters and replies with anatomical vocabulary, a threadworm letter, and a SEND clinical
  term (spastic diplegia). A SENCo's note says a pupil's Tourette's tics include swear words.
- Safeguarding reports to the DSL that quote a pupil's words exactly (racist, homophobic,
  and a disclosure). There is also a web-filter report to the DSL, and the DSL's guidance on
  recording exact words.
- Polite replies where the abuse is only in the parent's quoted text (Gmail `>` and
  Outlook header blocks), and the office forwarding an abusive parent email to the head.
"""


def main():
    assert len(MESSAGES) == 80, len(MESSAGES)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    slugs = set()
    for i, m in enumerate(MESSAGES, 1):
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        data, sender = build(m, i)
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([name, m["label"], sender, rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README)
    verify()


def verify():
    import email
    import email.policy
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert [r["file"] for r in labels] == files, "labels do not match files"
    counts = {"flag": 0, "clean": 0}
    for r in labels:
        assert r["file"].split("_")[1] == r["expected"], r["file"]
        counts[r["expected"]] += 1
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert not msg.defects, (r["file"], msg.defects)
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[hname] is not None, (r["file"], hname)
        frm = msg["From"].addresses[0].addr_spec
        assert frm == r["sender"] and frm.endswith("@" + D), (r["file"], frm)
        rc = [a.addr_spec for hn in ("To", "Cc") if msg[hn] for a in msg[hn].addresses]
        assert " ".join(rc) == r["recipients"], (r["file"], rc)
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
            if part.get_content_maintype() != "multipart":
                part.get_content()  # decodes without error
    assert counts == {"flag": 20, "clean": 60}, counts
    print(f"ok: {len(files)} messages ({counts['flag']} flag, {counts['clean']} clean) in {OUT}")


if __name__ == "__main__":
    main()
