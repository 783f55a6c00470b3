#!/usr/bin/env python3
"""Generate the round-35 BLIND hold-out corpus for the obscene-language module.

Setting: Example School, an alternative-provision academy (pupil referral unit) in
Birmingham for permanently excluded pupils aged 11-16.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/
next to this script. Python 3.11 standard library only. Deterministic: fixed dates,
Message-IDs, MIME boundaries and file order, so two runs give byte-identical output.

Blind corpus: never use it to tune the filter.
"""

import base64
import csv
import hashlib
import io
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

SCHOOL = "example-school.org.uk"
PUPIL = "pupils.example-school.org.uk"


# --------------------------------------------------------------------------- people

def S(local):
    return f"{local}@{SCHOOL}"


def P(local):
    return f"{local}@{PUPIL}"


HEAD = ("Denise Okafor-Hall", S("d.okafor-hall"))
GARY = ("Gary Whitehouse", S("g.whitehouse"))
DSL = ("Safeguarding Team", S("dsl"))
SHAZ = ("Shazia Begum", S("s.begum"))
TOM = ("Tom Ainsworth", S("t.ainsworth"))
HANNAH = ("Hannah Yeung", S("h.yeung"))
PRIYA = ("Priya Raval", S("p.raval"))
KWAME = ("Kwame Mensah", S("k.mensah"))
FIONA = ("Fiona McCrae", S("f.mccrae"))
LIAM = ("Liam Doherty", S("l.doherty"))
MARCIA = ("Marcia Campbell", S("m.campbell"))
BEV = ("Bev Nolan", S("b.nolan"))
ATTEND = ("Example School Attendance", S("attendance"))
KAREN = ("Karen Edwards", S("k.edwards"))
OFFICE = ("Example School Office", S("office"))
IMRAN = ("Imran Siddiqui", S("i.siddiqui"))
DEAN = ("Dean Price", S("d.price"))
CARL = ("Carl Whitmore", S("c.whitmore"))
ROSIE = ("Rosie Bannerman", S("r.bannerman"))
STEVE = ("Steve Hickman", S("s.hickman"))
NAOMI = ("Naomi Ferreira", S("n.ferreira"))
JAS = ("Jas Sandhu", S("j.sandhu"))
PETE = ("Pete Lowe", S("p.lowe"))
AOIFE = ("Aoife Brennan", S("a.brennan"))
SIOBHAN = ("Siobh\u00e1n Kearney", S("s.kearney"))
ZOE = ("Zo\u00eb Fairbrother", S("z.fairbrother"))
GARETH = ("Gareth Pryce", S("g.pryce"))
YUSUF = ("Yusuf Patel", S("y.patel"))
ZOFIA = ("Zofia Kowalska", S("z.kowalska"))
MO = ("IT Support", S("it.support"))
ALLSTAFF = ("All Staff", S("allstaff"))
TEACHING = ("Teaching Staff", S("teachingstaff"))
SLT = ("Senior Leadership Team", S("slt"))
COVER = ("Cover", S("cover"))

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


# --------------------------------------------------------------------------- signatures

SIG_GARY = """Gary Whitehouse
Deputy Headteacher | Designated Safeguarding Lead
Example School \u2013 Alternative Provision Academy
Park Row, LS1 4AP | 01632 960000"""

SIG_SHAZ = """Shazia Begum
Pastoral Lead / Deputy DSL
Example School | Park Row | LS1 4AP
01632 960000"""

SIG_MARCIA = """Marcia Campbell
Reintegration Coordinator
Example School \u2013 Alternative Provision Academy
Park Row, LS1 4AP
Tel: 01632 960000 | Work mobile: 07700 900318"""

SIG_BEV = """Bev Nolan
Attendance & Transport Officer
Example School
Park Row, LS1 4AP
01632 960000 (option 2)"""

SIG_KAREN = """Karen Edwards
Office Manager
Example School, Park Row, LS1 4AP
T: 01632 960000  E: office@example-school.org.uk"""

SIG_PETE = """Pete Lowe
Site Manager
Example School | Park Row | LS1 4AP
01632 960000"""

SIG_DEAN = """Dean Price
Learning Mentor / Travel Trainer
Example School | Park Row | LS1 4AP | 01632 960000"""

SIG_IMRAN = """Dr Imran Siddiqui
SENCo
Example School \u2013 Alternative Provision Academy
Park Row, LS1 4AP
01632 960000"""

SIG_HEAD = """Mrs Denise Okafor-Hall
Headteacher
Example School \u2013 Alternative Provision Academy
Park Row, LS1 4AP
01632 960000 | office@example-school.org.uk"""

SIG_NAOMI = """Naomi Ferreira
Careers Adviser (Level 6 qualified)
Example School, Park Row, LS1 4AP
01632 960000"""

SIG_ZOE = """Zo\u00eb Fairbrother
Family Liaison Worker
Example School | Park Row | LS1 4AP
01632 960000 | work mobile 07700 900542"""

SIG_KWAME = """Mr K. Mensah
Teacher of Science
Example School | 01632 960000"""

SIG_JAS = """Jas Sandhu
Exams & Data Officer
Example School \u2013 Park Row \u2013 LS1 4AP
01632 960000"""

SIG_LIAM = """Liam Doherty
PE & Outdoor Education
Example School, Park Row, LS1 4AP
01632 960000"""

SIG_YUSUF = """Yusuf Patel
RE, PSHE & RSE Lead
Example School | Park Row | LS1 4AP | 01632 960000"""

DISCLAIMER = """This email and any attachments are confidential and intended only for the
named recipient. If you have received it in error, please tell us on
01632 960000 and delete it. Example School, Park Row, LS1 4AP."""


# --------------------------------------------------------------------------- encoding helpers

QCHARSET = Charset("utf-8")
QCHARSET.header_encoding = QP
BCHARSET = Charset("utf-8")
BCHARSET.header_encoding = BASE64


def enc_header(value, name, how=None):
    """Return the header value, RFC 2047 encoded when needed (or forced with how)."""
    if how is None and all(ord(c) < 128 for c in value):
        return value
    cs = BCHARSET if how in (None, "B") else QCHARSET
    return Header(value, cs, header_name=name).encode()


def addr(pair):
    return formataddr(pair, charset="utf-8")


def addr_list(pairs):
    return ",\n ".join(addr(p) for p in pairs)


def qp(text):
    return quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def encode_body(text, cte):
    """Return (cte header value, encoded body text)."""
    if cte == "auto":
        cte = "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"
    if cte == "7bit":
        assert all(ord(c) < 128 for c in text), "non-ascii text in a 7bit part"
        return "7bit", text
    if cte == "8bit":
        return "8bit", text
    if cte == "quoted-printable":
        return "quoted-printable", qp(text)
    if cte == "base64":
        return "base64", b64(text)
    raise ValueError(cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _paras_html(lines, tag="p"):
    out, para = [], []

    def flush():
        if para:
            if tag == "p":
                out.append('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in para) + "</p>")
            else:
                out.append("<div>" + "<br>\n".join(esc(x) for x in para) + "</div><div><br></div>")
            para.clear()

    for ln in lines:
        if ln.strip() == "":
            flush()
        else:
            para.append(ln)
    flush()
    return "\n".join(out)


def html_outlook(text):
    """An Outlook-like HTML rendering of a plain body (quoted Outlook header blocks kept)."""
    lines = text.split("\n")
    cut = None
    for i, ln in enumerate(lines):
        if (ln.startswith("From: ") and i + 1 < len(lines) and lines[i + 1].startswith("Sent: ")) \
                or ln.startswith("-----Original Message-----"):
            cut = i
            break
    head = lines if cut is None else lines[:cut]
    body = _paras_html(head)
    if cut is not None:
        tail = lines[cut:]
        body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 + _paras_html(tail) + "\n</div>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + body + "\n</div>\n</body>\n</html>\n")


def html_gmail(text):
    """A Gmail-like HTML rendering; an 'On ... wrote:' block becomes a gmail_quote."""
    lines = text.split("\n")
    cut = None
    for i, ln in enumerate(lines):
        if ln.startswith("On ") and ln.rstrip().endswith("wrote:"):
            cut = i
            break
    head = lines if cut is None else lines[:cut]
    out = '<div dir="ltr">' + _paras_html(head, tag="div") + "</div>"
    if cut is not None:
        quoted = [ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in lines[cut + 1:]]
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(lines[cut])
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + _paras_html(quoted, tag="div") + "</blockquote></div>")
    return out + "\n"


def make_pdf(lines):
    """A tiny, valid, deterministic one-page PDF showing the given lines."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "".join(f"({pesc(x)}) '\n" for x in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# --------------------------------------------------------------------------- message assembly

BST = timezone(timedelta(hours=1))


def when(y, mo, d, h, mi):
    dt = datetime(y, mo, d, h, mi, 0, tzinfo=timezone.utc)
    if dt >= datetime(2025, 3, 30, 1, 0, tzinfo=timezone.utc):
        dt = dt.astimezone(BST)
    return dt


MESSAGES = []


def M(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("kind", "plain")        # plain | alt | html
    kw.setdefault("style", "outlook")     # outlook | gmail (html rendering for alt)
    kw.setdefault("cte", "auto")
    kw.setdefault("html_cte", "quoted-printable")
    kw.setdefault("attachments", [])
    kw.setdefault("subj_enc", None)
    kw.setdefault("headers", [])
    kw.setdefault("html", None)
    kw.setdefault("raw_text", None)       # (cte, already-encoded body) override
    assert kw["label"] in ("flag", "clean")
    MESSAGES.append(kw)


def part_text(ctype, text, cte, raw=None):
    if raw is not None:
        cte_v, body = raw
    else:
        cte_v, body = encode_body(text, cte)
    hdr = f"Content-Type: {ctype}; charset=\"utf-8\"\nContent-Transfer-Encoding: {cte_v}\n"
    if not body.endswith("\n"):
        body += "\n"
    return hdr + "\n" + body


def part_attachment(att):
    fname, ctype, data, cte = att
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data if isinstance(data, bytes) else data.encode("utf-8")).decode("ascii")
    else:
        body = data if isinstance(data, str) else data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    ct = ctype
    if ctype.startswith("text/") and "charset" not in ctype:
        ct = f'{ctype}; charset="utf-8"'
    return (f'Content-Type: {ct}; name="{fname}"\n'
            f'Content-Disposition: attachment; filename="{fname}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n" + body)


def build(m, n):
    dt = m["date"]
    h = hashlib.sha1(m["slug"].encode()).hexdigest()
    mid = f"<{dt.strftime('%Y%m%d%H%M%S')}.{h[:16].upper()}@{SCHOOL}>"
    hdrs = [
        ("From", addr(m["from"])),
        ("To", addr_list(m["to"])),
    ]
    if m["cc"]:
        hdrs.append(("Cc", addr_list(m["cc"])))
    hdrs += [
        ("Subject", enc_header(m["subject"], "Subject", m["subj_enc"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", mid),
    ]
    hdrs += m["headers"]
    hdrs.append(("MIME-Version", "1.0"))

    text = m.get("text")
    if m["kind"] == "html":
        inner = part_text("text/html", m["html"], m["html_cte"])
    elif m["kind"] == "alt":
        html = m["html"] or (html_gmail(text) if m["style"] == "gmail" else html_outlook(text))
        bnd = f"_000_r35obs{n:03d}alt_"
        inner = (f'Content-Type: multipart/alternative; boundary="{bnd}"\n\n'
                 f"--{bnd}\n" + part_text("text/plain", text, m["cte"], m["raw_text"])
                 + f"\n--{bnd}\n" + part_text("text/html", html, m["html_cte"])
                 + f"\n--{bnd}--\n")
    else:
        inner = part_text("text/plain", text, m["cte"], m["raw_text"])

    if m["attachments"]:
        bnd = f"_004_r35obs{n:03d}mix_"
        body = f'Content-Type: multipart/mixed; boundary="{bnd}"\n\n'
        body += f"--{bnd}\n" + inner
        for att in m["attachments"]:
            body += f"\n--{bnd}\n" + part_attachment(att)
        body += f"\n--{bnd}--\n"
    else:
        body = inner

    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    return (head + body).encode("utf-8")


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]


# =========================================================================== FLAGS

M(slug="taxi_shitshow", label="flag",
  note="staff-to-staff venting about taxi contractor, 'shitshow' plain",
  **{"from": BEV}, to=[KAREN], cc=[GARY],
  subject="Taxis this morning", date=when(2025, 2, 4, 9, 52), headers=OUTLOOK,
  text="""Karen,

Just so you know before the phone starts - Swift Cars sent the wrong driver for
the Erdington run again, so Tyler and Mason didn't get picked up till 9.40 and
Kian refused to get in at all because he didn't know the bloke. That's the third
time since Christmas.

Honestly it's been a total shitshow since the council moved the contract over.
I've rung their controller and got the usual "we'll look into it".

Can you log it on the transport sheet and I'll email the commissioning team this
afternoon with all the dates. Gary - copying you in case Kian's mum rings you
direct, she was not happy.

Bev
""")

M(slug="minibus_bay_bellend", label="flag",
  note="all-staff notice from site manager calling the parker a 'bellend' plain",
  **{"from": PETE}, to=[ALLSTAFF], kind="alt",
  subject="Minibus bay - AGAIN", date=when(2025, 1, 22, 8, 47), headers=OUTLOOK,
  text=f"""Morning all,

Whoever parked the silver Corsa across the minibus bay this morning - please move
it now. Liam couldn't get the bus out for the climbing wall trip and the kids were
stood in the yard for 20 minutes winding each other up.

I've put cones out and there are signs up. I don't know what else to do short of
clamping people. Whichever bellend it is, you know who you are.

Cheers
Pete

{SIG_PETE}
""")

M(slug="what_a_day_reply", label="flag",
  note="reply to colleague after a hard day, 'Fucking hell' plain, with quoted thread",
  **{"from": DEAN}, to=[CARL], kind="alt", style="gmail",
  subject="Re: you ok?", date=when(2025, 2, 12, 16, 31),
  headers=[("In-Reply-To", f"<20250212160500.5D1C0A77E2F4B913@{SCHOOL}>"),
           ("References", f"<20250212160500.5D1C0A77E2F4B913@{SCHOOL}>")],
  text="""Yeah I'm alright mate, cheers for asking. Fucking hell though, what a day. Two
holds before dinner and then Jayden up on the bike shed roof for forty minutes.
My back's killing me.

I'll do the write-ups first thing tomorrow, brain's fried. Pint Friday?

D

On Wed, 12 Feb 2025 at 16:05, Carl Whitmore <c.whitmore@example-school.org.uk> wrote:
> Dean, you alright after this afternoon? That was a lot. Don't stay late doing the
> paperwork, it'll keep till the morning.
>
> Carl
""")

M(slug="panel_outcome_to_dad", label="flag",
  note="reintegration coordinator to parent calling panel's reasoning 'bollocks' plain",
  **{"from": MARCIA}, to=[ALI], kind="alt",
  subject="RE: Reintegration panel outcome", date=when(2025, 3, 6, 17, 12), headers=OUTLOOK,
  text=f"""Dear Mr Guardian,

Thanks for your email, and I'm sorry the panel didn't go the way we'd all hoped. I
know you and Example Pupil Three were really up for the move back to mainstream
after Easter.

Between you and me, I think their reasoning is bollocks. He's had eleven weeks
without a single serious incident here and his attendance is 94%. "Not yet ready
for a full timetable" is what they say when they don't want the numbers.

What I'd suggest is that we ask for a review at the next panel (26 March) and in
the meantime I'll set up two taster mornings at Kingsmere so they can see him for
themselves. I'll ring you on Thursday to talk it through.

Kind regards,
Marcia

{SIG_MARCIA}
""")

M(slug="portfolio_pissing_about", label="flag",
  note="vocational tutor to pupil: 'Stop pissing about' plain",
  **{"from": STEVE}, to=[("Reece McDonald", P("20rmcdonald"))],
  subject="Level 1 portfolio - deadline Friday", date=when(2025, 3, 3, 14, 5),
  text="""Reece,

I've had nothing from you for units 2 or 3. The photos of your brickwork are
still on my phone waiting for you to write them up and the assessor comes in on
the 14th.

Stop pissing about and get it done. You're one of the best on the practical side
in the group and it would be daft to miss the certificate over a bit of writing.
Come to the workshop at dinner Tuesday and Wednesday and I'll sit with you.

Mr Hickman
Construction & Vocational
""")

M(slug="sandwiches_shop", label="flag",
  note="casual racial slur for a corner shop, staff-to-staff, short plain",
  **{"from": LIAM}, to=[DEAN],
  subject="Food for Thursday", date=when(2025, 1, 28, 12, 41),
  text="""Dean - I'll grab the sandwiches and drinks for Thursday from the Paki shop on
the corner on my way in, they do a deal if you buy ten meal deals. Can you sort
the first aid bag and the inhaler list?

L
""")

M(slug="staff_football_reply", label="flag",
  note="homophobic slur ('poof') about a colleague in reply, Outlook quote block",
  **{"from": GARETH}, to=[LIAM], cc=[KWAME], kind="alt",
  subject="RE: staff v Year 11 Friday", date=when(2025, 3, 6, 11, 34), headers=OUTLOOK,
  text="""Ha go on then, I'm in. Tell Mr Mensah to stop being such a poof about the
rain, it's a bit of drizzle, he'll live.

G

From: Liam Doherty <l.doherty@example-school.org.uk>
Sent: 06 March 2025 11:20
To: Gareth Pryce <g.pryce@example-school.org.uk>; Kwame Mensah <k.mensah@example-school.org.uk>
Subject: staff v Year 11 Friday

Staff v Year 11 on Friday after period 4 if the weather holds. Kwame reckons it's
too wet. Who's in? Need at least six of us or they'll run us ragged.

Liam
""")

M(slug="access_arrangements_form", label="flag",
  note="disability slur ('designed for retards') in staff-to-staff admin mail plain",
  **{"from": JAS}, to=[PRIYA], kind="alt",
  subject="Access arrangements forms", date=when(2025, 1, 30, 11, 58), headers=OUTLOOK,
  text=f"""Priya,

I've spent all morning on the access arrangements for the Year 11s and the new
online form is designed for retards - it timed out four times and lost
everything each time. I've now done them all in Word and I'll copy them across
at the end.

Can you get me the reading test scores for Aaliyah and Connor by Friday? I need
the standardised scores, not the raw marks, and the date they were tested.

Thanks
Jas

{SIG_JAS}
""")

TAXI_CSV = """route,pupil,pickup,area,operator_driver,escort,notes
R1,Tyler B,08:05,Erdington,Swift Cars - Mo,no,front seat not allowed
R1,Mason K,08:15,Erdington,Swift Cars - Mo,no,
R2,Kian D,08:20,Kingstanding,Swift Cars - Mick,no,"Mick is a complete arsehole with the kids. If they send him, ring the controller and ask for Mo instead"
R3,Leah W,08:30,Small Heath,A2B Travel - Sandra,yes,EHCP - escort must be Sandra or Val
R3,Riley M,08:40,Bordesley Green,A2B Travel - Sandra,yes,
R4,Example Pupil One,08:05,Kingstanding,Swift Cars - Mo,no,mum may wave from door - fine to go
WALK,Example Pupil Three,n/a,Perry Barr,independent,no,travel training signed off - no taxi
"""

M(slug="taxi_list_csv_notes", label="flag",
  note="clean body; attached CSV notes column calls a driver 'a complete arsehole' (base64 attachment)",
  **{"from": BEV}, to=[SIOBHAN],
  subject="Taxi list for next week while I'm off", date=when(2025, 3, 7, 15, 20), headers=OUTLOOK,
  text=f"""Hi Siobh\u00e1n,

Thanks again for covering the taxis next week. The list is attached - the notes
column has the bits you need to know. The controller's number at Swift is
0121 496 0772 and A2B is 0121 496 0315. If anything goes really wrong, Karen
knows the routes too.

Bev

{SIG_BEV}
""",
  attachments=[("taxi_runs_w-c_10_March.csv", "text/csv", TAXI_CSV, "base64")])

# ---- disguised flags

M(slug="printer_room4_masked", label="flag",
  note="asterisk/symbol masked swearing: 'F*cking' in subject, 'b@stard' in body",
  **{"from": TOM}, to=[PETE, MO],
  subject="F*cking printer in room 4", date=when(2025, 2, 26, 10, 18),
  text="""Pete / Mo,

The printer in room 4 has jammed again and eaten half my Year 10 mock papers.
I've tried turning the b@stard thing off and on and taking the tray out. Any
chance someone can look before period 3? I've got the group at 11.

Ta
Tom
""")

M(slug="reception_boyfriend_leet", label="flag",
  note="leetspeak 'tw4t' about parent's partner, TA to pastoral lead (RFC 2047 sender name)",
  **{"from": SIOBHAN}, to=[SHAZ], cte="8bit",
  subject="Reception earlier", date=when(2025, 2, 27, 13, 2),
  text="""Shaz, did you hear what happened at reception? Leah's mum's new boyfriend
turned up demanding to take her out early - no ID, not on the contacts list -
and when Karen said no he started kicking off and banging on the glass. What a
tw4t. Karen was shaking after.

I've put it on CPOMS but thought you'd want to know before the strategy
meeting tomorrow. Leah saw some of it from the corridor.

Siobh\u00e1n
""")

M(slug="ofsted_call_stretched", label="flag",
  note="repeated-letter swearing 'Fuuuuuuuck' in a quick note to colleague",
  **{"from": PRIYA}, to=[FIONA], kind="alt", style="gmail",
  subject="guess who's coming Tuesday", date=when(2025, 3, 10, 12, 33),
  text="""Just had the call. Ofsted Tuesday and Wednesday.

Fuuuuuuuck.

Denise is doing a briefing at 3.30 in the hall. Bring biscuits, it's going to
be a long one.

P x
""")

M(slug="timetable_dotted", label="flag",
  note="dotted letters 'b.o.l.l.o.c.k.s' about new timetable, Outlook reply",
  **{"from": FIONA}, to=[PRIYA], kind="alt",
  subject="RE: new timetable", date=when(2025, 1, 9, 16, 2), headers=OUTLOOK,
  text="""Have you seen mine? Year 9 period 5 on a Friday, three days running in the
portakabin, and my PPA's been split into 20-minute bits. It's b.o.l.l.o.c.k.s.
I'm going to see Gary at break tomorrow before I say something I regret.

F

From: Priya Raval <p.raval@example-school.org.uk>
Sent: 09 January 2025 15:41
To: Fiona McCrae <f.mccrae@example-school.org.uk>
Subject: new timetable

Jas has just sent the new timetable out. Looks like they've moved maths to the
afternoons for KS4 which I'm not thrilled about. How's yours?
""")

M(slug="detention_rota_cyrillic", label="flag",
  note="Cyrillic homoglyph (U+0441 for c) in 'fu\u0441king', QP body",
  **{"from": CARL}, to=[DEAN, GARETH], cte="quoted-printable",
  subject="Thursday detentions", date=when(2025, 2, 5, 15, 48),
  text="""Lads,

The fu\u0441king detention rota has changed AGAIN and nobody told me. I was sat in
room 2 on my own for half an hour last night waiting for three kids who'd been
sent home at 2 because it's "Mr Price's night".

Can we just agree between us: Mon/Wed me, Tue/Thu Dean, Fri Gareth. I'll update
the sheet on the shared drive and tell Gary.

Carl
""")

M(slug="college_forms_fullwidth", label="flag",
  note="full-width letters '\uff42\uff55\uff4c\uff4c\uff53\uff48\uff49\uff54' in careers adviser's mail to colleague",
  **{"from": NAOMI}, to=[MARCIA], kind="alt", cte="8bit", html_cte="8bit",
  subject="College interviews - lost forms", date=when(2025, 2, 11, 10, 9), headers=OUTLOOK,
  text=f"""Marcia,

The college have just rung to say they've "lost" all four of our application
forms and the interviews might have to wait till after Easter. \uff42\uff55\uff4c\uff4c\uff53\uff48\uff49\uff54 -
I emailed them on the 3rd and I've got the read receipts.

I've resent everything and asked for the interviews to go ahead on the 20th as
planned. If they won't, could you have a word with their inclusion lead? You
know her better than I do.

Naomi

{SIG_NAOMI}
""")

M(slug="tech_order_zero_width", label="flag",
  note="zero-width space inside 'wan\u200bkers' (both plain and HTML parts), QP",
  **{"from": KWAME}, to=[SHAZ], cc=[KAREN], kind="alt", cte="quoted-printable",
  subject="RE: science order", date=when(2025, 1, 16, 13, 27), headers=OUTLOOK,
  text=f"""Hi Shazia,

Still nothing. The suppliers have cancelled the order for the third time because
we're "not on the approved list", even though we've used them for four years.
Absolute wan\u200bkers. I've got Year 10 doing the rates of reaction practical next
week and no magnesium ribbon.

Karen - is there any way we can just buy it on the school card from somewhere
else? It's about \u00a335.

Kwame

{SIG_KWAME}
""")

M(slug="kiln_html_split", label="flag",
  note="HTML-only; 'ar<span>se</span>hole' split by tags and 'pi&#115;&#115;ed' as entities",
  **{"from": ROSIE}, to=[PETE], cc=[KAREN], kind="html",
  subject="Kiln switched off again", date=when(2025, 3, 12, 8, 21),
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Pete,</p>
<p>The kiln has been switched off at the wall overnight <b>again</b> and the whole batch of
Year 8 pots is ruined &ndash; three weeks of work. The kids are going to be gutted, and I'm
really pi&#115;&#115;ed off.</p>
<p>I've put a sign on the socket. Whoever keeps doing it is an absolute
ar<span style="font-weight:normal">se</span>hole. Can the cleaners be told, please?
It's the big grey plug by the sink, it must stay on when the red light is lit.</p>
<p>Rosie</p>
<p style="color:#7f7f7f;font-size:9pt">Rosie Bannerman | Art &amp; Food Technology<br>
Example School | Park Row | LS1 4AP | 01632 960000</p>
</div></body></html>
""")

ZOE_TEXT = f"""Hi Jane,

Thanks for letting me know about the hospital. Honestly I was so pissed off on your behalf when I heard they'd cancelled again - that's the third time since November and you'd already arranged the time off work.

Please don't worry about school on the day of the new appointment. Just ring Bev on 01632 960000 when you know the date and we'll mark it as a medical appointment, and if Example Pupil One wants to come in for the afternoon afterwards the taxi can pick him up from the hospital at 12.30.

I'll pop round on Thursday as planned with the food bank voucher and the form for the uniform grant for when he goes back to mainstream.

Take care,
Zo\u00eb

{SIG_ZOE}
"""
_zoe_qp = qp(ZOE_TEXT)
assert _zoe_qp.count("pissed") == 1
_zoe_qp = _zoe_qp.replace("pissed", "pis=\nsed")

M(slug="hospital_cancel_qp_split", label="flag",
  note="family liaison to parent, 'pissed off' split by a QP soft line break inside the word",
  **{"from": ZOE}, to=[JANE],
  subject="Hospital appointment", date=when(2025, 2, 10, 16, 44),
  text=ZOE_TEXT, raw_text=("quoted-printable", _zoe_qp))

M(slug="strategy_meeting_b64", label="flag",
  note="base64 body; deputy DSL calls social worker 'an absolute bitch' (gendered slur) to DSL",
  **{"from": SHAZ}, to=[GARY], cte="base64", headers=OUTLOOK,
  subject="Strategy meeting - Leah W", date=when(2025, 2, 28, 15, 57),
  text=f"""Gary,

Quick update after the strategy meeting this afternoon (full notes on CPOMS
tonight).

- Section 47 going ahead. Police doing a joint visit with children's social
  care tomorrow.
- Mum's boyfriend not to have contact with Leah pending enquiries. Mum has
  agreed to a written safety plan.
- We're asked to provide a chronology by Wednesday - I'll do it Monday.

The new social worker was an absolute bitch to mum in there, talked over her
the whole way through and then had a go at me for "not escalating sooner" when
I've sent four referrals since September. I've kept copies of every one.

Can we have ten minutes on Monday before briefing?

Shaz

{SIG_SHAZ}
""")

M(slug="census_subject_b64", label="flag",
  note="RFC 2047 (base64) encoded subject containing 'fucking'; body clean",
  **{"from": AOIFE}, to=[JAS], subj_enc="B",
  subject="Census day \u2013 what a fucking mess", date=when(2025, 1, 16, 14, 10),
  text="""Jas,

The census return has thrown up 43 errors and 11 queries. Most of them are the
SEN provision codes for the pupils who came in from other schools in January -
their old schools' data has come across with the wrong codes. The rest are
missing ethnicity and first language for the new starters.

Can you check the SEN codes against Imran's register this afternoon? I'll chase
the families for the rest. It needs to go by noon tomorrow.

Aoife
Data Manager
Example School | 01632 960000
""")

# =========================================================================== CLEAN - everyday

M(slug="taxi_time_change_parent", label="clean",
  note="transport officer tells parent about a taxi pick-up time change",
  **{"from": ATTEND}, to=[JANE],
  subject="Change to taxi pick-up time from Monday 3 February", date=when(2025, 1, 30, 14, 22),
  text=f"""Dear Ms Parent,

Just to let you know that from Monday 3 February Example Pupil One's taxi will be
collecting at 8.05am instead of 8.20am. The council have added another pupil to
the route, so the driver (Mo, from Swift Cars, same as now) is doing one extra
stop first.

Home time stays the same \u2013 the taxi leaves us at 2.45pm, so he should be with
you by about 3.10pm.

If 8.05 is a problem because of his little sister's school run, give me a ring
and I'll see what I can do with the transport team. They're usually fairly good
if we ask early.

Many thanks,

{SIG_BEV}
""")

M(slug="first_day_absence", label="clean",
  note="first-day absence call follow-up to carer",
  **{"from": ATTEND}, to=[SAM],
  subject="Example Pupil Two \u2013 not in school today", date=when(2025, 2, 3, 9, 34),
  text="""Hi Sam,

We've not got Example Pupil Two in this morning and the taxi driver says nobody
answered the door at 8.15. I've tried your mobile twice (07700 900456) but it's
going straight to voicemail.

Can you let us know she's OK and the reason for absence? If we haven't heard by
11 I'll need to do a home visit with Mrs Begum, as per our attendance procedure.

Thanks, Bev
Attendance \u2013 Example School \u2013 01632 960000
""")

M(slug="travel_training_success", label="clean",
  note="travel trainer tells dad the pupil did the bus journey on his own",
  **{"from": DEAN}, to=[ALI], kind="alt",
  subject="Travel training \u2013 great news!", date=when(2025, 2, 25, 10, 6), headers=OUTLOOK,
  text=f"""Hi Mr Guardian,

Just a quick one because I promised I'd let you know how today went. Example
Pupil Three did the whole journey from home to here on his own this morning \u2013
bus into town, then the walk up \u2013 and I was only shadowing him from a
distance. He was here at 8.52, tapped his pass without any fuss and even helped
an older lady get her trolley on at the stop. I was proper chuffed for him.

We'll do the return journey on his own on Thursday and Friday, and if that goes
well he can come and go independently from next week. That means no more taxi,
which he's very keen on!

A couple of things it would help to go over with him at home:
- what to do if the bus doesn't come (wait 20 minutes, then ring school on
  01632 960000)
- keeping his phone charged and his pass in the same pocket every day

Any questions, ring me or email back.

Dean

{SIG_DEAN}
""")

M(slug="maths_homework_pupil", label="clean",
  note="maths teacher sends homework sheet (PDF) to a pupil",
  **{"from": PRIYA}, to=[("Daniel Okonkwo", P("22dokonkwo"))],
  subject="Maths homework \u2013 percentages", date=when(2025, 1, 23, 14, 51),
  text="""Hi Daniel,

Here's the sheet we started in class today (attached). Please do questions 1\u201312
by Tuesday. Don't worry about the challenge box at the bottom unless you want to
have a go.

Tip for the percentages: find 10% first, then build up. So 35% of \u00a380 is 10%
three times (\u00a324) plus 5% (\u00a34) = \u00a328.

If you get stuck, email me a photo of your working and I'll reply before 4.

Miss Raval
""",
  attachments=[("Percentages_HW_Y9.pdf", "application/pdf",
                make_pdf(["Year 9 Maths - Percentages homework",
                          "1. Find 10% of 340", "2. Find 35% of 80",
                          "3. A coat costs 60 pounds. It is reduced by 15%. New price?",
                          "...", "Challenge: increase 250 by 12.5%"]), "base64")])

M(slug="monday_briefing_notes", label="clean",
  note="deputy head's weekly briefing notes to all staff",
  **{"from": GARY}, to=[ALLSTAFF], kind="alt",
  subject="Briefing notes \u2013 Monday 10 March", date=when(2025, 3, 10, 9, 15), headers=OUTLOOK,
  text=f"""Morning all, notes from this morning's briefing for anyone who was on the gate
or in with pupils.

1. Visitors this week: Tuesday \u2013 Educational Psychologist (Dr Lorna Fitch) seeing
two Year 9s, room 6 is booked. Thursday \u2013 governors' learning walk, 10\u201311.30.

2. Taxis: the Kingstanding route is running 10 minutes late all week because of
the roadworks. Bev will message if anything changes.

3. Year 11 mock results go home Friday. Please have your comments on Arbor by
Wednesday 4pm.

4. Reminder that all physical interventions must be recorded on CPOMS within 24
hours and the debrief done with the pupil. A few are still outstanding from last
week \u2013 Carl will chase.

5. Staff wellbeing: pie and peas Friday dinnertime in the staffroom, courtesy of
Pete. Bring your own plate.

Have a good week,
Gary

{SIG_GARY}
""")

ICS = ("BEGIN:VCALENDAR\r\nPRODID:-//Example School//Outlook 16.0//EN\r\nVERSION:2.0\r\n"
       "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r35-reint-ep3-20250325@example-school.org.uk\r\n"
       "DTSTAMP:20250311T094000Z\r\nDTSTART:20250325T100000Z\r\nDTEND:20250325T110000Z\r\n"
       "SUMMARY:Reintegration meeting - Example Pupil Three\r\n"
       "LOCATION:Example School\\, Park Row\\, LS1 4AP - meeting room 1\r\n"
       "ORGANIZER;CN=Marcia Campbell:mailto:m.campbell@example-school.org.uk\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")

M(slug="reintegration_meeting_invite", label="clean",
  note="reintegration coordinator invites a mainstream school to a meeting (ICS attached)",
  **{"from": MARCIA}, to=[("Kate Dunmore", "k.dunmore@kingsmere.example.org")], cc=[SHAZ],
  subject="Reintegration meeting \u2013 Example Pupil Three \u2013 Tues 25 March",
  date=when(2025, 3, 11, 9, 40), headers=OUTLOOK,
  text=f"""Dear Kate,

Thank you for agreeing to look at Example Pupil Three for a phased return. As
discussed on the phone, I'd like to set up the first meeting for Tuesday 25
March at 10am here at Example School. Dad (Mr Guardian) has said he can make it.

I'll bring:
- his attendance since September (currently 94%)
- the last two terms of behaviour data and his pupil profile
- his most recent reading and maths assessments
- a draft reintegration plan (six weeks, starting with two mornings a week with
  one of our staff going in with him)

It would be really helpful if you could bring your Year 10 timetable and let us
know which option subjects have space. He's keen on construction and PE.

Calendar invite attached. Our car park is tiny, so it's best to park on Park Row.

Best wishes,

{SIG_MARCIA}
""",
  attachments=[("invite.ics", "text/calendar; method=REQUEST", ICS.encode("utf-8"), "base64")])

M(slug="yjs_meeting_reply", label="clean",
  note="deputy DSL arranges a meeting with a Youth Justice Service case manager",
  **{"from": SHAZ}, to=[("Darren Cole", "darren.cole@yjs.example.org")], kind="alt",
  subject="RE: Referral order panel - Kai D", date=when(2025, 3, 4, 11, 26), headers=OUTLOOK,
  text=f"""Hi Darren,

Wednesday 2pm works for me. I'll come to you at the YJS office rather than you
coming here - Kai's been a bit unsettled this week and I don't think he needs to
see us sat together in school just yet.

His attendance this half term is 82%, up from 61% in the autumn, and he's not had
a suspension since 18 November. He's doing well in construction with Mr Hickman
- I'll bring a photo of the wall he built, he's really proud of it.

Shazia

{SIG_SHAZ}

-----Original Message-----
From: Darren Cole <darren.cole@yjs.example.org>
Sent: 04 March 2025 09:12
To: Shazia Begum <s.begum@example-school.org.uk>
Subject: Referral order panel - Kai D

Morning Shazia, the panel for Kai is on the 19th. Could we meet beforehand to go
over his school report for the panel? I'm free Weds 2pm or Thurs am.
Thanks, Darren
Darren Cole | Case Manager | Youth Justice Service | 0121 496 0384
""")

M(slug="cin_attendance_figures", label="clean",
  note="attendance figures for a social worker's Child in Need review",
  **{"from": ATTEND}, to=[("Helen Osei", "h.osei@childrenstrust.example.org")],
  subject="RE: Attendance information for CIN review", date=when(2025, 3, 3, 12, 2), headers=OUTLOOK,
  text=f"""Hi Helen,

As requested for Thursday's Child in Need review, attendance for Example Pupil
Two:

Autumn term: 78.4% (13 unauthorised sessions, mostly Mondays)
Spring term to date: 88.1% (4 unauthorised sessions)
Lates: 6 this term, all under 15 minutes, mainly when the taxi was delayed

The improvement since Christmas is real and I think a lot of it is down to the
new morning routine Sam agreed with Zo\u00eb, our family liaison worker. Breakfast
club has helped too.

Let me know if you need the session-by-session printout and I'll send it
securely.

Regards,
{SIG_BEV}
""")

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Example School newsletter</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1d3557;color:#ffffff"><h1 style="margin:0;font-size:22px">Example School</h1>
<p style="margin:4px 0 0">Newsletter &ndash; February half term 2025</p></td></tr>
<tr><td>
<h2 style="font-size:17px">A message from Mrs Okafor-Hall</h2>
<p>What a half term! Our pupils have worked incredibly hard, and I want to say a particular
thank you to families for all the phone calls, the lifts when taxis let us down, and for
coming in to the review meetings. It makes a real difference when we are pulling in the same
direction.</p>
<h2 style="font-size:17px">Attendance</h2>
<p>Whole-school attendance this half term was 83.6%, up from 79.1% in the autumn. Eleven pupils
had 95% or better and will be getting their certificates and a voucher in the first week back.</p>
<h2 style="font-size:17px">Congratulations</h2>
<ul>
<li>All six of our Year 11 construction group passed their health and safety test.</li>
<li>Two pupils started their reintegration into mainstream schools this half term.</li>
<li>The boxing club team from the community gym visited and 14 pupils took part.</li>
</ul>
<h2 style="font-size:17px">Dates for your diary</h2>
<ul>
<li>Half term: Monday 17 &ndash; Friday 21 February. School reopens Monday 24 February; taxis run as normal.</li>
<li>Parents' coffee morning: Friday 7 March, 9.15am.</li>
<li>Year 11 mock results: Friday 14 March.</li>
<li>Easter holidays: from Friday 4 April (1.30pm finish).</li>
</ul>
<h2 style="font-size:17px">Free school meals over half term</h2>
<p>Families who receive free school meals will get a supermarket voucher by text on Friday.
If it has not arrived by Monday, please ring the office.</p>
<p style="font-size:12px;color:#666">Example School &ndash; Alternative Provision Academy, Park Row, LS1 4AP<br>
Tel 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table></td></tr></table>
</body></html>
"""

M(slug="half_term_newsletter", label="clean",
  note="HTML-only (base64) half-term newsletter to a carer",
  **{"from": HEAD}, to=[SAM], kind="html", html_cte="base64",
  subject="Example School newsletter \u2013 February half term", date=when(2025, 2, 14, 15, 30),
  html=NEWSLETTER_HTML)

M(slug="thinktank_trip_letter", label="clean",
  note="science trip letter to parent with consent form PDF",
  **{"from": KWAME}, to=[JANE], kind="alt",
  subject="Science trip \u2013 Thursday 27 March", date=when(2025, 3, 13, 15, 48), headers=OUTLOOK,
  text=f"""Dear Ms Parent,

Our Year 9 and 10 science group are going to the Thinktank science museum in town
on Thursday 27 March as part of their forces and energy topic. We'll be walking
there from school with four staff (it's a group of seven pupils), leaving at
9.30am and back for dinner at 12.30pm. Taxis home will run as normal.

There is no cost. Pupils don't need to bring money \u2013 the shop is off limits
this time, sorry!

Please fill in the attached consent form and send it back with Example Pupil
One, or just reply to this email to say yes and include any medical information
we need (inhalers, allergies and so on).

Thanks,

{SIG_KWAME}
""",
  attachments=[("Thinktank_consent_form.pdf", "application/pdf",
                make_pdf(["Example School - Trip consent form",
                          "Thinktank science museum, Thursday 27 March 2025",
                          "Pupil name: ____________________",
                          "I give permission for my child to attend. Signed: ________",
                          "Medical information / allergies: ______________",
                          "Emergency contact number: ____________"]), "base64")])

M(slug="progress_update_parent", label="clean",
  note="tutor's half-termly progress update to mum",
  **{"from": HANNAH}, to=[JANE], kind="alt",
  subject="Half-termly progress update", date=when(2025, 2, 13, 16, 20), headers=OUTLOOK,
  text="""Dear Ms Parent,

As promised, here is a short update on how Example Pupil One has got on this
half term, before the written report comes home in March.

Attendance: 91%. Two absences, both for the hospital appointment, which we've
marked as medical.

English: he's written his first full-length piece since joining us \u2013 a letter
to the council about keeping the youth club on his estate open. It was
persuasive and well organised, and he read it out to the group, which he would
not have done in September. Next step: checking his full stops and capital
letters before he hands work in.

Maths: Miss Raval says he's secure on fractions and is now working on
percentages. He still gets frustrated when he's stuck, but he is asking for help
much more quickly instead of walking out.

Behaviour: one incident this half term (a falling out in the yard, sorted the
same day). His points total is the third highest in the centre.

Reintegration: we'll talk about this properly at his review on 4 March, but we
think he's on track to start visits to a mainstream school after Easter.

If you'd like a phone call to go through any of this, just let me know a time
that suits.

Kind regards,
Hannah Yeung
English & Literacy / Form Tutor
Example School, Park Row, LS1 4AP
01632 960000
""")

M(slug="pastoral_minutes", label="clean",
  note="pastoral team meeting minutes (initials only), staff-only",
  **{"from": SHAZ}, to=[ZOE, DEAN, CARL, MARCIA, BEV],
  subject="Pastoral team minutes \u2013 5 March", date=when(2025, 3, 5, 16, 48), headers=OUTLOOK,
  text=f"""Present: SB (chair), ZF, DP, CW, MC, BN
Apologies: GW (at the LA inclusion panel)

1. Attendance
Whole-school 81.2% for the half term to date. Persistent absence list is down
to 9 pupils from 14. BN to do home visits for RM and TB this week. Monday
attendance still the weakest day by a mile.

2. Reintegrations
EP3: meeting with Kingsmere to be arranged for late March (MC).
JT: paused for now following last week's incidents. Review after Easter.

3. Early Help / social care
RM family: Early Help assessment submitted 20 Feb, no allocation yet. ZF to
chase.
LW: strategy meeting held 28 Feb, S47 ongoing. SB is lead. Chronology sent.

4. Behaviour
Positive handling incidents down from 11 to 6 this half term. CW noted three
debriefs still not done. Year 9 group dynamics in the afternoons are difficult
\u2013 DP to trial a split dinner for two weeks.

5. AOB
Police schools officer doing the knife crime assembly on 2 April.

Actions
- BN: home visits RM, TB (by Fri)
- MC: Kingsmere meeting (by 14 Mar)
- ZF: chase Early Help allocation
- CW: debriefs
- DP: split dinner trial from Mon

Next meeting: Wednesday 19 March, 3.30, room 1.

Shazia
""")

EXAMS_CSV = """candidate,exam,level,date,start,room,access_arrangements
Reece McDonald,Functional Skills English - Reading,Level 1,2025-03-18,09:30,Room 6,reader
Reece McDonald,Functional Skills Maths,Level 1,2025-03-20,09:30,Room 6,reader
Mariam Rashid,Functional Skills English - Reading,Level 2,2025-03-18,09:30,Room 5,25% extra time
Mariam Rashid,Functional Skills English - Writing,Level 2,2025-03-19,09:30,Room 5,25% extra time
Kyle Daley,Functional Skills Maths,Level 1,2025-03-20,09:30,Room 6,
Linh Nguyen,Functional Skills Maths,Level 2,2025-03-20,09:30,Room 5,rest breaks
"""

M(slug="functional_skills_dates", label="clean",
  note="exams officer sends Functional Skills dates to Year 11 pupils (CSV attached)",
  **{"from": JAS}, to=[("Reece McDonald", P("20rmcdonald")), ("Mariam Rashid", P("20mrashid")),
                       ("Kyle Daley", P("20kdaley")), ("Linh Nguyen", P("20lnguyen"))],
  subject="Functional Skills exams \u2013 your dates", date=when(2025, 3, 7, 10, 12),
  text="""Hi all,

Your Functional Skills exam dates are in the attached list. Find your own name \u2013
some of you have more than one exam.

Please be in school by 9.10 on your exam days. If you normally come by taxi,
Bev has already sorted your pick-up times. Bring a black pen. Phones go in the
box at the door and you get them back at the end.

If you've got a reader or extra time it's on the list. If you think something is
wrong, come and see me in the office before Friday.

Good luck \u2013 you've all worked hard for this.

Mr Sandhu
Exams Officer
""",
  attachments=[("Functional_Skills_March_2025.csv", "text/csv", EXAMS_CSV, "quoted-printable")])

M(slug="work_experience_employer", label="clean",
  note="careers adviser confirms a work-experience placement with an employer",
  **{"from": NAOMI}, to=[("Rachel Bishop", "r.bishop@greenacre-gardens.example.com")], kind="alt",
  subject="Work experience \u2013 Kai, w/c 24 March", date=when(2025, 3, 12, 11, 40), headers=OUTLOOK,
  text=f"""Dear Rachel,

Thank you so much for agreeing to take Kai for his week of work experience. Just
to confirm what we discussed:

- Dates: Monday 24 to Friday 28 March
- Hours: 9.30am to 2.30pm (he'll be travelling on the bus, and we've done the
  route with him)
- Supervisor: yourself, with Arjun on the Wednesday
- Clothing: he'll bring steel toe-caps and a waterproof; you're providing gloves
  and a hi-vis

I'll send over our risk assessment and a copy of the employer's liability
certificate you gave me by Friday. One of our staff, Dean Price, will pop in on
the Tuesday and Thursday to see how he's getting on.

If there are any problems at all, ring me on 01632 960000 or Dean's work mobile.

Kind regards,

{SIG_NAOMI}
""")

M(slug="password_reset", label="clean",
  note="IT technician confirms a password reset, very short",
  **{"from": MO}, to=[FIONA],
  subject="Password reset", date=when(2025, 1, 14, 8, 31),
  text="""Hi Fiona,

I've reset your password - the temporary one is on a post-it in your pigeonhole
(not putting it in an email!). You'll be asked to change it when you log in,
12 characters minimum.

Mo
IT Support, ext 214
""")

M(slug="fire_drill_notice", label="clean",
  note="site manager's short fire drill notice to all staff",
  **{"from": PETE}, to=[ALLSTAFF],
  subject="Fire drill Wednesday", date=when(2025, 1, 27, 15, 3),
  text=f"""Hi all,

Fire drill this Wednesday during period 2. Please make sure your class lists
are on the clipboard by your door. Assembly point is the BACK car park, not the
front, because of the scaffolding.

If you've got a pupil who struggles with the alarm, let Imran or me know today
and we'll get them out five minutes early with an adult.

{SIG_PETE}
""")

M(slug="fsm_breakfast_club", label="clean",
  note="office confirms free school meals and breakfast club to dad",
  **{"from": OFFICE}, to=[ALI], kind="alt",
  subject="Free school meals and breakfast club", date=when(2025, 1, 20, 11, 18), headers=OUTLOOK,
  text=f"""Dear Mr Guardian,

Thank you for returning the free school meals form. I'm pleased to confirm that
Example Pupil Three is now registered and will get a free dinner every day from
today. You don't need to send any money in.

You also asked about breakfast club. It runs from 8.30am in the dining room and
is free for everyone \u2013 toast, cereal, fruit and juice. Now that he's coming in
on the bus he's welcome to arrive any time after 8.30.

If your circumstances change, please let us know.

Kind regards,

{SIG_KAREN}
""")

M(slug="deescalation_training_booking", label="clean",
  note="deputy head books de-escalation refresher training with an outside provider",
  **{"from": GARY}, to=[("Lisa Harrington", "l.harrington@safehands-training.example.com")],
  cc=[KAREN], kind="alt",
  subject="Booking confirmation \u2013 positive handling refresher 7/8 April", date=when(2025, 2, 5, 13, 6),
  headers=OUTLOOK,
  text=f"""Dear Lisa,

Further to our call, I'm confirming the two-day refresher for 14 staff on
Monday 7 and Tuesday 8 April (our INSET days).

- Venue: our hall (plenty of floor space, mats available)
- Start 8.45am, finish 3.30pm both days
- Parking: two spaces reserved for you in the front car park
- Lunch provided. Dietary needs: 2 vegetarian, 1 halal, 1 gluten free
- Three staff have back or knee issues and will need the adapted holds \u2013 I'll
  send names separately

Karen in our office will raise the purchase order this week. Please send the
invoice to her.

Many thanks,

{SIG_GARY}
""")

M(slug="early_help_chase", label="clean",
  note="family liaison worker chases an Early Help allocation",
  **{"from": ZOE}, to=[("Early Help Hub", "earlyhelp.north@example.org")],
  subject="Early Help assessment \u2013 ref EH-2025-0417 \u2013 allocation?", date=when(2025, 3, 6, 9, 27),
  text=f"""Hello,

I'm following up the Early Help Assessment I submitted on 20 February for the M
family (ref EH-2025-0417). We haven't had confirmation that it has been
allocated to a family support worker yet.

Since the referral, mum has told us the family have been given notice on their
tenancy and she's struggling to get the children to school on time from her
sister's flat. Riley's attendance has dropped to 72% over the last three weeks.

Mum has consented to the referral and is keen for support, particularly with
housing and with Riley's sleep. I'm happy to be lead practitioner if that
helps move things along.

Could someone let me know where it's up to?

Thanks,

{SIG_ZOE}
""")

M(slug="police_assembly_booking", label="clean",
  note="deputy head arranges a knife-crime assembly with the police schools officer",
  **{"from": GARY}, to=[("PC Amrit Gill", "amrit.gill@police.example.net")], kind="alt",
  subject="Assembly 2 April \u2013 knife crime and county lines", date=when(2025, 3, 18, 14, 44),
  headers=OUTLOOK,
  text=f"""Hi Amrit,

Thanks for offering to do the assembly. Wednesday 2 April at 9.15 is perfect.

As discussed, we'll do it in two groups rather than all together \u2013 KS3 first
(about 18 pupils) then KS4 (about 30) at 10. Please keep the video clips short;
several of ours have had people close to them hurt, and one or two have been
involved with county lines, so Shazia and Dean will be in the room and we'll
have a quiet space ready if anyone needs to step out.

It would be great if you could cover joint enterprise, what actually happens
after arrest, and where they can go for help without it coming back on them.

See you on the 2nd. Come to the front gate and ring the bell \u2013 the office
will sign you in.

Gary

{SIG_GARY}
""")

M(slug="persuasive_letter_feedback", label="clean",
  note="English teacher's feedback on a pupil's persuasive letter",
  **{"from": HANNAH}, to=[("Tia Morgan", P("21tmorgan"))],
  subject="Your letter to the council", date=when(2025, 2, 6, 15, 37),
  text="""Hi Tia,

I've read your letter about the bus passes and it's really good. Your opening
line ("Every morning I stand at a bus stop for forty minutes because...") grabs
the reader straight away, and your three reasons are clear and in a sensible
order.

Two things to work on before you send it:
1. Your paragraph about the cost has no facts in it yet. Can you find out how
   much a weekly pass costs and put the number in?
2. Check the ending. You finish with "anyway that's it" \u2013 try ending with
   what you want them to DO.

If you get it back to me by Monday I'll help you print it and we'll post it
together.

Miss Yeung
""")

M(slug="missed_practical_catchup", label="clean",
  note="science teacher offers a pupil a lunchtime catch-up practical",
  **{"from": KWAME}, to=[("Zain Hussain", P("22zhussain"))], kind="alt", style="gmail",
  subject="Rates of reaction practical", date=when(2025, 1, 29, 12, 12),
  text="""Hi Zain,

You missed the rates of reaction practical on Monday while you were at the
dentist. It's one of the required ones, so we need to get it done.

Can you come to the lab on Tuesday at dinnertime? It takes about 25 minutes.
Bring your book. You'll be timing how long the cross takes to disappear at
different temperatures, then plotting a graph.

Sir
""")

M(slug="sick_cover_early", label="clean",
  note="humanities teacher calls in sick early morning with cover work",
  **{"from": FIONA}, to=[GARY], cc=[COVER],
  subject="Off today \u2013 cover work", date=when(2025, 3, 11, 6, 48),
  text="""Gary,

Sorry, I won't make it in today \u2013 been up all night with a stomach bug.

Cover work for Y8 and Y9 is in the shared drive under Humanities > Cover > 11
March. Y10 can carry on with their coursework booklets (top drawer of my
desk). Y8 will try it on about the seating plan \u2013 it's on the wall by the
door.

Hopefully back tomorrow.

Fiona
""")

M(slug="clothing_lanyard_reply", label="clean",
  note="office reply to mum about what to wear and lanyards, with Gmail quoted question",
  **{"from": OFFICE}, to=[JANE], kind="alt",
  subject="Re: What does he need to wear?", date=when(2025, 1, 8, 10, 3), headers=OUTLOOK,
  text=f"""Dear Jane,

No, we don't have a uniform, so he can wear his own clothes \u2013 but we do ask for
no hoods up indoors, no caps, no tracksuit bottoms in the construction
workshop (jeans or work trousers are fine), and sensible shoes because of the
yard.

Everyone wears a school lanyard with their photo card. He'll get his on his
first day. If it gets lost, a replacement is \u00a32.

See you both on Monday at 9.30 for his induction.

{SIG_KAREN}

On Tue, 7 Jan 2025 at 21:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, my son starts on Monday, does he need a uniform or anything? His last
> school had blazers but he hasn't got one that fits. Thanks, Jane
""")

M(slug="y11_timetable_swap", label="clean",
  note="exams/data officer announces a Year 11 timetable swap to teaching staff",
  **{"from": JAS}, to=[TEACHING],
  subject="Y11 timetable \u2013 period 3 swap from Monday", date=when(2025, 1, 31, 13, 50),
  text="""Hi all,

From Monday 3 February, Year 11 Group B will have English period 3 on Mondays
and maths period 3 on Thursdays (swapped round), so that Reece and Kyle can go
to college on Thursday afternoons for their taster course.

Updated timetables are on the shared drive and I've changed Arbor. Nothing else
moves.

Thanks
Jas
""")

M(slug="boxing_club_thanks", label="clean",
  note="HTML-only thank-you from head to a community boxing gym",
  **{"from": HEAD}, to=[("Tony Ellis", "tony@northside-boxing.example.org")], kind="html",
  subject="Thank you!", date=when(2025, 2, 14, 12, 5),
  html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Tony,</p>
<p>I just wanted to say a huge thank you to you and the coaches for Wednesday. Fourteen of our
pupils took part and I have not seen some of them that focused all year. Two of them asked Mr
Doherty on the way back whether they could come to the Saturday junior sessions &ndash; one of those
two has barely spoken to an adult since he joined us.</p>
<p>We would love to make it a regular thing after Easter if you can fit us in. Perhaps
fortnightly on a Wednesday afternoon? We'd bring our own staff and first aider as before.</p>
<p>Thank you again &ndash; it was, as the kids said, bostin.</p>
<p>With best wishes,</p>
<p>{esc(SIG_HEAD).replace(chr(10), '<br>')}</p>
</div></body></html>
""")

M(slug="taxi_invoice_query", label="clean",
  note="office manager queries a taxi company invoice",
  **{"from": KAREN}, to=[("Swift Cars Accounts", "accounts@swiftcars.example.com")],
  subject="Invoice 4471 \u2013 route R2 February", date=when(2025, 3, 4, 14, 17), headers=OUTLOOK,
  text=f"""Hello,

Invoice 4471 charges for 22 return journeys on route R2 in February. Our records
show the route only ran on 16 days: the week of 17 February was half term, and
we cancelled the route by phone before 7.30am on 5 and 6 February when the pupil
was ill (cancellation reference numbers SC-0502-1 and SC-0602-3).

Could you please send a corrected invoice for 16 journeys? We'll pay as soon as
it arrives.

Regards,

{SIG_KAREN}
""")

M(slug="art_exhibition_invite", label="clean",
  note="art teacher invites a carer to a pupils' exhibition",
  **{"from": ROSIE}, to=[SAM], kind="alt",
  subject="You're invited \u2013 our pupils' art exhibition", date=when(2025, 3, 14, 13, 22),
  headers=OUTLOOK,
  text="""Dear Sam,

Example Pupil Two has two pieces in our pupils' art exhibition at the community
gallery in Digbeth, and we'd love you to come to the opening.

When: Thursday 3 April, 4pm to 6pm
Where: the ground floor gallery, ten minutes' walk from Moor Street station
Refreshments provided (the Year 10 food group are doing the cakes)

Her pieces are the large portrait in charcoal and the clay mask \u2013 she worked on
the portrait for six weeks and it's one of the best things anyone's made in my
room this year. She doesn't know I've told you that, so act surprised!

If you can come, just reply to this email so we know numbers.

Rosie Bannerman
Art & Food Technology
Example School | Park Row | LS1 4AP | 01632 960000
""")

M(slug="inhaler_medication_reply", label="clean",
  note="office reply to carer about an inhaler, quoted question below",
  **{"from": KAREN}, to=[SAM],
  subject="RE: inhaler", date=when(2025, 1, 15, 9, 2), headers=OUTLOOK,
  text=f"""Hi Sam,

Yes, that's fine. Please send the spare inhaler in with her in its box with the
pharmacy label on, and fill in the medicine form I've attached to the text
message \u2013 or I can do it with you over the phone if easier. We keep a spare in
the office and she can carry her own as well.

Thanks,

{SIG_KAREN}

From: Sam Carer <sam.carer@outlook.com>
Sent: 14 January 2025 19:40
To: Example School Office <office@example-school.org.uk>
Subject: inhaler

Hiya, the asthma nurse says she should have a spare inhaler in school. Is that
ok and do I need to fill anything in? Sam
""")

M(slug="ehcp_annual_review_invite", label="clean",
  note="SENCo invites dad and SEND officer to an EHCP annual review (PDF)",
  **{"from": IMRAN}, to=[ALI], cc=[("Louise Harrop", "l.harrop@send.example.org")], kind="alt",
  subject="EHCP annual review \u2013 Example Pupil Three \u2013 Thursday 20 March",
  date=when(2025, 2, 27, 11, 3), headers=OUTLOOK,
  text=f"""Dear Mr Guardian,

Example Pupil Three's EHCP annual review will be on Thursday 20 March at 1.30pm
in meeting room 1. I've copied in Louise Harrop from the local authority SEND
team, who will attend on Teams.

Before the meeting it would really help to have your views and his. I've
attached the parent/carer views form \u2013 please don't worry about writing
a lot, a few lines is fine, or you can tell me over the phone and I'll write it
down. Dean will help Example Pupil Three complete his pupil views with him next
week.

We'll be talking about:
- progress towards the outcomes in section E
- how the reintegration plan fits with his plan
- whether the speech and language support needs updating

Please let me know if the time doesn't work.

Kind regards,

{SIG_IMRAN}
""",
  attachments=[("Parent_carer_views_form.pdf", "application/pdf",
                make_pdf(["EHCP Annual Review - Parent/Carer Views",
                          "What is going well for your child?",
                          "What is not going so well?",
                          "What would you like to happen next?",
                          "Signed: ____________  Date: ________"]), "base64")])

# =========================================================================== CLEAN - hard negatives

M(slug="residential_cockermouth", label="clean",
  note="hard negative: residential trip letter naming Cockermouth and Clitheroe",
  **{"from": LIAM}, to=[JANE], kind="alt",
  subject="Residential \u2013 Lake District, 12\u201314 May", date=when(2025, 3, 17, 15, 5), headers=OUTLOOK,
  text=f"""Dear Ms Parent,

I'm delighted to say Example Pupil One has been chosen for our summer
residential. We'll be staying at an outdoor centre just outside Cockermouth
from Monday 12 to Wednesday 14 May.

The plan:
- Monday: leave school 8.30am by minibus, lunch stop in Clitheroe (the castle
  is worth a look), arrive at the centre about 3pm
- Tuesday: gorge scrambling and canoeing
- Wednesday: a low-level walk, then home for about 6pm

There are six pupils and four staff, including me and Mr Price. The centre is
fully staffed by qualified instructors and all the kit is provided, apart from
walking boots \u2013 we have some spare pairs if needed.

The cost is covered by the school. Please return the consent and medical form
(attached) by Friday 4 April. There will be a short meeting for parents on
Thursday 1 May at 3.15 to go through the kit list.

Any questions, ring me on 01632 960000.

{SIG_LIAM}
""",
  attachments=[("Residential_consent_medical.pdf", "application/pdf",
                make_pdf(["Lake District residential 12-14 May 2025 - consent and medical form",
                          "Outdoor centre near Cockermouth, Cumbria",
                          "Pupil: ______________  Date of birth: ________",
                          "Medication / allergies / dietary needs: ______________",
                          "Swimming ability: none / some / confident",
                          "Parent signature: ______________"]), "base64")])

M(slug="visitors_hancock_cockburn", label="clean",
  note="hard negative: surnames Hancock and Cockburn (police and YJS visitors)",
  **{"from": GARY}, to=[ALLSTAFF],
  subject="Visitors Thursday \u2013 police and YJS", date=when(2025, 1, 21, 16, 10),
  text=f"""Hi all,

Two visitors on Thursday for you to be aware of:

- PC Richard Hancock, our new police schools liaison officer, will be in from
  10 till 12. He'll be in plain clothes and he'll have a short drop-in in the
  dining room at break so pupils can meet him. Please don't make a big thing of
  it with the group \u2013 several of them have had bad experiences with the police.

- Jo Cockburn (pronounced "Co-burn") from the Youth Justice Service is meeting
  Shazia at 1.30 about the new referral process. She'll want to see the
  construction workshop while she's here.

Both will be signed in by the office and will wear visitor lanyards.

Gary

{SIG_GARY}
""")

M(slug="employer_wankhede", label="clean",
  note="hard negative: careers adviser writes to an employer named Mr Wankhede",
  **{"from": NAOMI}, to=[("Sunil Wankhede", "s.wankhede@ashcroftbuild.example.com")], kind="alt",
  subject="Apprenticeship taster days \u2013 thank you", date=when(2025, 2, 4, 12, 50), headers=OUTLOOK,
  text=f"""Dear Mr Wankhede,

Thank you for ringing me back yesterday, and for offering to host three of our
Year 11 pupils for the bricklaying taster days on your Small Heath site.

To confirm: Tuesday 11 and Tuesday 18 March, 9am to 1pm, with Mr Hickman from
our construction department going with them. All three have their CSCS health
and safety test and will bring their own boots and hi-vis.

I'll send over our risk assessment and the pupils' first names by the end of
next week, once Mr Hickman has finalised the group. If you need anything else
from us for your site induction, just let me know.

Kind regards,

{SIG_NAOMI}
""")

M(slug="faggots_and_peas_food", label="clean",
  note="hard negative: Black Country food week (faggots and peas, spotted dick) letter",
  **{"from": ROSIE}, to=[SAM], kind="alt",
  subject="Food tech \u2013 Black Country heritage week", date=when(2025, 2, 28, 14, 33), headers=OUTLOOK,
  text="""Dear Sam,

Next week in food technology we're doing "Black Country heritage week", and each
day the pupils will cook something traditional to this area and take it home:

Monday \u2013 groaty pudding (a slow-cooked beef and oat dish)
Tuesday \u2013 faggots and peas with onion gravy
Wednesday \u2013 grey peas and bacon
Thursday \u2013 spotted dick and custard
Friday \u2013 their own choice, from the recipes we've tried

Faggots are traditionally made with pork liver. Example Pupil Two has told me
she doesn't eat pork, so she'll be making a beef and lamb version on Tuesday,
and the bacon on Wednesday will be swapped for smoked turkey. If there's
anything else we need to know about allergies or diet, please let me know.

Could she bring a plastic tub with a lid every day next week, please? Foil
trays are fine too.

Thanks,
Rosie Bannerman
Art & Food Technology
Example School | 01632 960000
""")

M(slug="birdwatch_tits", label="clean",
  note="hard negative: schools birdwatch results (blue tits, great tits, woodcock)",
  **{"from": KWAME}, to=[("Daniel Okonkwo", P("22dokonkwo")), ("Zain Hussain", P("22zhussain")),
                         ("Parveen Kaur", P("22pkaur"))], cc=[LIAM],
  subject="Our birdwatch results!", date=when(2025, 1, 31, 14, 2),
  text="""Hi Year 9 scientists,

Here are our results from the schools' birdwatch on Thursday. Well done for
staying quiet for a whole hour \u2013 I honestly didn't think we'd manage it!

Woodpigeon 9
Blue tit 6
Magpie 5
Great tit 3
Robin 2
Long-tailed tit 2 (Parveen spotted them first)
Blackbird 2
Goldfinch 1
Coal tit 1

Daniel thinks he saw a woodcock by the back fence. They're quite rare in the
city so we can't count it without a photo, but keep your eyes open.

Next week we'll put the numbers into a bar chart and compare them with last
year's.

Mr Mensah
""")

M(slug="rugby_cricket_kit", label="clean",
  note="hard negative: PE kit letter (hooker, tackle bags, cricket box, balls)",
  **{"from": LIAM}, to=[ALI], kind="alt",
  subject="Rugby taster and summer cricket \u2013 kit", date=when(2025, 3, 3, 16, 2), headers=OUTLOOK,
  text=f"""Dear Mr Guardian,

Example Pupil Three has signed up for two things this term, so here's what he
needs.

Rugby taster (four Wednesdays from 5 March, with coaches from a local club)
- gumshield \u2013 essential for contact; the club will give out free
  boil-and-bite ones on the first week
- boots if he has them, trainers if not
- he's been trying out at hooker, and he's loving the tackle bags

Cricket (summer term)
- we use a hard ball, so every pupil batting needs an abdominal guard (a box)
  \u2013 we have new ones in school for anyone who hasn't got one
- whites are NOT needed, just dark joggers and a plain top

Any problems with getting kit, let me know quietly and we'll sort it.

{SIG_LIAM}
""")

M(slug="biology_reproduction_revision", label="clean",
  note="hard negative: biology revision on human reproduction vocabulary to a pupil (PDF)",
  **{"from": KWAME}, to=[("Ayaan Ahmed", P("21aahmed"))],
  subject="Revision \u2013 human reproduction", date=when(2025, 2, 7, 15, 12),
  text="""Hi Ayaan,

As promised, the revision sheet for the reproduction topic is attached. For the
test on Thursday you need to be able to:

- label the male reproductive system: penis, testes, scrotum, sperm duct,
  urethra, prostate gland
- label the female reproductive system: ovaries, oviducts, uterus, cervix,
  vagina
- explain fertilisation and where it happens (the oviduct)
- describe how a sperm cell and an egg cell are adapted to their jobs
- know what happens during the menstrual cycle (days 1\u201328)

Use the diagram on page 2 and cover up the labels to test yourself.

Mr Mensah
""",
  attachments=[("Reproduction_revision.pdf", "application/pdf",
                make_pdf(["KS4 Biology - Human reproduction revision",
                          "Male: penis, testes, scrotum, sperm duct, urethra, prostate",
                          "Female: ovaries, oviducts, uterus, cervix, vagina",
                          "Fertilisation: nucleus of sperm fuses with nucleus of egg in the oviduct",
                          "Menstrual cycle: days 1-5 period, day 14 ovulation"]), "base64")])

M(slug="oliver_twist_bates", label="clean",
  note="hard negative: Dickens, Oliver Twist, Charley Bates, Fagin discussion with TA",
  **{"from": TOM}, to=[SIOBHAN], kind="alt",
  subject="Year 9 \u2013 Oliver Twist next half term", date=when(2025, 2, 12, 15, 44),
  text="""Hi Siobh\u00e1n,

Heads up for after half term: Year 9 are starting an abridged Oliver Twist. I've
gone for the graphic novel version for the first few weeks because the Dickens
original would lose half of them by chapter two.

A couple of things for when you're supporting:
- Fagin. Dickens's portrayal is antisemitic and we're going to talk about that
  head-on in week 2 rather than skip over it. If anything gets said in the room,
  log it and let me know.
- Charley Bates. Yes, someone will say "Master Bates" within five minutes. Let
  it go once, with a look, and move on.
- Lots of them know the workhouse / being "in care" side of it personally. Keep
  an eye on Tyler in particular.

Reading list and the scheme of work are on the shared drive under English > Y9.

Thanks!
Tom
""")

M(slug="william_the_bastard_history", label="clean",
  note="hard negative: history homework naming 'William the Bastard' and 'Bloody Mary'",
  **{"from": FIONA}, to=[("Callum Farrell", P("23cfarrell")), ("Sana Bibi", P("23sbibi")),
                         ("Tyler Jones", P("23tjones"))],
  subject="History homework \u2013 kings and nicknames", date=when(2025, 3, 5, 14, 28),
  text="""Hi Year 8,

Following on from today's lesson about how rulers got their nicknames, your
homework is to pick ONE of these and write a paragraph on how they got their
nickname and whether it was fair:

- William the Conqueror \u2013 before 1066 he was often called "William the
  Bastard", because his parents weren't married. It's a historical nickname,
  and you can use it when you're explaining where it came from.
- Mary I \u2013 "Bloody Mary", because about 280 Protestants were burned during her
  reign
- Ethelred the Unready
- Richard the Lionheart

Aim for 6\u201310 sentences. Due next Wednesday.

Miss McCrae
""")

M(slug="offas_dyke_expedition", label="clean",
  note="hard negative: Duke of Edinburgh practice walk along Offa's Dyke",
  **{"from": LIAM}, to=[GARY], cc=[DEAN],
  subject="DofE practice expedition \u2013 Offa's Dyke route", date=when(2025, 3, 19, 12, 25),
  text="""Gary,

For sign-off: the Bronze DofE practice expedition on 29\u201330 April. Route is a
14km stretch of the Offa's Dyke Path near Knighton, with a camp at a farm site
with toilets and a barn if the weather turns.

- Group: 5 pupils (Y10), staff: me, Dean, plus the centre's instructor
- Minibus there and back (Pete has booked it)
- Risk assessment and route card are on the shared drive in DofE > 2025
- Emergency contact while we're there: 07700 900611 (school mobile)

Three of the five have never slept in a tent. It should be interesting!

Liam
""")

M(slug="place_names_quiz", label="clean",
  note="hard negative: staff quiz round of real place names (Twatt, Shitterton, Penistone, Scunthorpe) [unsure] playful staff-only",
  **{"from": FIONA}, to=[PRIYA, KAREN], kind="alt", style="gmail",
  subject="Staff quiz \u2013 geography round draft", date=when(2025, 3, 26, 16, 55),
  text="""Hi both,

Draft geography round for the end-of-term staff quiz. It's "real or made up?"
\u2013 every one of these is actually a real UK place, which is the twist:

1. Twatt (Orkney)
2. Shitterton (Dorset \u2013 they famously bought a stone sign so it would stop
   getting nicked)
3. Penistone (South Yorkshire \u2013 pronounced "Penniston")
4. Great Snoring (Norfolk)
5. Scunthorpe (Lincolnshire \u2013 steel town)
6. Wetwang (East Yorkshire)
7. Westward Ho! (Devon \u2013 with the exclamation mark)
8. Bell End (Worcestershire \u2013 just down the road!)
9. Mumbles (Swansea)
10. Lickey End (Bromsgrove)

Too much? Staff only, obviously. Happy to swap a couple out for rivers.

F
""")

M(slug="mercutio_prick_of_noon", label="clean",
  note="hard negative: GCSE Romeo and Juliet feedback quoting Mercutio's bawdy line",
  **{"from": TOM}, to=[("Mariam Rashid", P("20mrashid"))],
  subject="Feedback \u2013 Mercutio essay", date=when(2025, 1, 24, 15, 9),
  text="""Hi Mariam,

Really good essay on Mercutio \u2013 a solid Grade 5, pushing 6.

What went well: you picked out "the bawdy hand of the dial is now upon the prick
of noon" and explained the double meaning clearly and sensibly without getting
silly about it \u2013 that's exactly what the examiner wants. Your point about
Mercutio using jokes to hide how he feels was excellent.

Even better if: link it to context. How would an Elizabethan audience have
reacted to his crude humour and his mocking of the Nurse? Also, your last
paragraph needs a quotation from the Queen Mab speech.

Rewrite the last paragraph and send it to me by Friday.

Mr Ainsworth
""")

M(slug="of_mice_and_men_language", label="clean",
  note="hard negative: set text quoted (Of Mice and Men: 'tart', 'jail bait', n-word guidance) to pupil",
  **{"from": HANNAH}, to=[("Jordan Beckford", P("21jbeckford"))], kind="alt",
  subject="Of Mice and Men \u2013 Curley's wife essay", date=when(2025, 3, 13, 14, 40), headers=OUTLOOK,
  text="""Hi Jordan,

Thanks for your plan for the Curley's wife essay. You've got a really good idea
there \u2013 that the men only ever describe her, and she never gets her own name.

To back it up, use the words the men use about her: George calls her "jail
bait" and a "tramp", and Candy says she's a "tart". Then explain what that
tells us about how women were seen on the ranch in the 1930s, and why Steinbeck
might have wanted us to notice it.

One reminder, the same as for Crooks: the novel uses a racist slur about him. We
don't write it out in our essays \u2013 write "the n-word" or just describe how he
is spoken to.

Miss Yeung
""")

M(slug="re_heaven_hell_homework", label="clean",
  note="hard negative: RE homework on heaven, hell, damnation, Jahannam",
  **{"from": YUSUF}, to=[("Tia Morgan", P("21tmorgan")), ("Jordan Beckford", P("21jbeckford"))],
  subject="RE \u2013 life after death homework", date=when(2025, 2, 4, 15, 26),
  text=f"""Hi both,

Homework for Friday: compare Christian and Muslim beliefs about life after death.

Use these key words in your answer:
- heaven and hell
- judgement (Judgement Day / Yawm al-Din)
- Jannah and Jahannam
- damnation and salvation
- resurrection

Then write a paragraph answering: "A loving God would not send anyone to hell."
Give one argument for and one against, and say what you think.

{SIG_YUSUF}
""")

M(slug="german_taster_words", label="clean",
  note="hard negative: German taster words (Ausfahrt, Fahrt, Gift, Kunst) before Christmas-market trip",
  **{"from": ZOFIA}, to=[("Parveen Kaur", P("22pkaur")), ("Daniel Okonkwo", P("22dokonkwo"))],
  kind="alt", style="gmail",
  subject="German words \u2013 \u201eGute Fahrt!\u201c", date=when(2025, 3, 20, 13, 15),
  text="""Hallo!

Here are the German words from today's taster lesson. These are the "false
friends" \u2013 words that look like English words but mean something completely
different:

die Ausfahrt \u2013 exit (on a motorway)
die Fahrt \u2013 journey (so "Gute Fahrt!" means "have a good journey!")
das Gift \u2013 poison (NOT a present!)
die Kunst \u2013 art
der Rock \u2013 skirt
das Bad \u2013 bathroom
also \u2013 so, therefore

I know you found Ausfahrt and Fahrt very funny. Now you'll never forget them!

Bis bald,
Frau Kowalska
""")

M(slug="rse_letter_parents", label="clean",
  note="hard negative: RSE letter to parent (condoms, STIs, pornography, sharing nudes)",
  **{"from": YUSUF}, to=[JANE], kind="alt",
  subject="Relationships and sex education \u2013 summer term", date=when(2025, 3, 21, 12, 0),
  headers=OUTLOOK,
  text=f"""Dear Ms Parent,

In the summer term our Year 9 and 10 pupils will be taking part in our
relationships, sex and health education (RSHE) lessons. Because our groups are
small, the lessons are discussion-based, and pupils can ask questions
anonymously using a question box.

The topics are:
- consent, and what the law says
- healthy and unhealthy relationships, including coercive control
- contraception, including how to use a condom correctly
- sexually transmitted infections and where to get tested
- pornography, and how it can give a false picture of sex and relationships
- the law on making and sharing nude images ("sexting") and what to do if an
  image has been shared
- grooming and child sexual exploitation, and where to get help

Some of our pupils have experienced harm in these areas, so all lessons are
planned with the safeguarding team, and any pupil can step out at any time.

You have the right to ask for your child to be withdrawn from the sex education
parts (not the relationships or health parts) until three terms before they
turn 16. If you're thinking about this, please ring me first so we can talk it
through \u2013 you're very welcome to come in and look at the materials.

Kind regards,

{SIG_YUSUF}
""")

M(slug="tourettes_tics_briefing", label="clean",
  note="hard negative: SENCo briefs staff on a new pupil's Tourette's tics, quoting the words (staff-only)",
  **{"from": IMRAN}, to=[TEACHING], kind="alt", cte="base64", html_cte="base64",
  subject="New starter Monday \u2013 Callum (Y10) \u2013 please read", date=when(2025, 1, 10, 15, 52),
  headers=OUTLOOK,
  text=f"""Dear all,

Callum joins Year 10 on Monday. Please read this before you teach him.

Callum has a diagnosis of Tourette syndrome and ADHD. His vocal tics currently
include coprolalia (involuntary swearing) \u2013 most often "fuck" and "wanker",
sometimes mid-sentence and sometimes loudly. He also has motor tics (shoulder
shrugging, blinking, and a head jerk).

- The tics are involuntary. Do NOT sanction them, and don't ask him to stop.
- Don't react or repeat the word \u2013 carry on as normal. The group will follow
  your lead.
- Tics get worse when he is anxious, tired or excited, and often when he's
  trying to suppress them (e.g. in exams). He has a time-out card.
- Swearing that is NOT a tic (directed, in context, in an argument) is dealt
  with under the behaviour policy as normal. If you're not sure, log it and
  talk to me \u2013 don't guess in the moment.

His mum is happy for us to explain Tourette's to the group, with Callum's
agreement. I'll do a short session with them on Tuesday.

Thanks,
Imran

{SIG_IMRAN}
""")

M(slug="incident_report_threat", label="clean",
  note="hard negative: incident report to DSL quoting a pupil's threat verbatim (fucking, cunt)",
  **{"from": DEAN}, to=[DSL],
  subject="Incident report \u2013 JT \u2013 12/02 13:40 yard", date=when(2025, 2, 12, 14, 58),
  headers=OUTLOOK,
  text="""Pupil: Jayden T (Y10)
Date/time: Wed 12 February, approx 13:40
Location: yard, by the bike shed
Staff present: DP, CW, GP

What happened:
During dinner play Jayden and Kai D were arguing about a football game. Jayden
walked over to Kai, squared up to him and said (exact words): "I'm going to
fucking stab you, you fat cunt, I know where you live." He then said "my
cousin will do it if I don't."

CW stood between them and I walked Kai inside. Jayden climbed onto the bike
shed roof and stayed there for about 40 minutes. He came down after talking to
GP. No weapon was seen or found. Bag search done with his agreement at 14:25 \u2013
nothing found.

Kai was upset and said Jayden has been "saying stuff" on Snapchat since the
weekend. Kai showed me one message but would not let me take a photo.

Actions: Kai's mum informed by phone at 14:40. Jayden collected by nan at 14:50.
Logged on CPOMS. Passed to DSL for a decision on police / YJS notification.

Dean Price
Learning Mentor
""")

M(slug="racist_incident_log", label="clean",
  note="hard negative: prejudice-related incident log quoting a racial slur a pupil used (staff-only)",
  **{"from": CARL}, to=[DSL], cc=[GARY], kind="alt",
  subject="Prejudice-related incident \u2013 KD / HA \u2013 PE 20/01", date=when(2025, 1, 20, 15, 33),
  headers=OUTLOOK,
  text="""Logging this as a racist incident for the termly return.

During PE (period 4, sports hall) Kyle D missed a tackle and Hamza A laughed.
Kyle then called Hamza "a f***ing Paki" and told him to "go back to where you
came from". Liam and Gareth both heard it clearly.

Hamza pushed Kyle and they had to be separated. Neither was hurt.

Actions:
- Both pupils removed from the lesson, statements taken.
- Hamza spoken to by Shazia \u2013 he's upset but says it's "normal" and it
  happened at his old school too, which worries me more.
- Kyle: one-day internal exclusion plus a restorative session with Hamza if
  Hamza agrees. Kyle's dad informed; he was supportive.
- Both families told it is logged as a racist incident.

I'll add it to the prejudice log on Friday.

Carl Whitmore
Behaviour Lead
""")

M(slug="homophobic_language_report", label="clean",
  note="hard negative: TA reports homophobic words a pupil used to the behaviour lead (staff-only)",
  **{"from": GARETH}, to=[CARL], cc=[SHAZ],
  subject="Art room this afternoon \u2013 Mason and Reece", date=when(2025, 2, 26, 15, 41),
  text="""Carl,

Just so it's on record. In art period 5, Mason kept calling Reece a "faggot"
and a "batty boy", quietly at first and then louder when Reece didn't react. I
told him to stop twice and then moved him. He said "it's just banter, sir, he
knows."

Reece wasn't laughing. He told me at the end that it's been going on since the
start of term on the taxi as well, and he didn't want to come in tomorrow.

I've logged it on CPOMS as homophobic bullying. Shazia \u2013 copying you because
of what Reece said about the taxi and about not wanting to come in.

Gareth
""")

M(slug="reply_to_angry_carer", label="clean",
  note="hard negative: polite office reply; the swearing is only in the carer's quoted message",
  **{"from": OFFICE}, to=[SAM], kind="alt", style="gmail",
  subject="Re: taxi AGAIN", date=when(2025, 3, 5, 8, 26),
  headers=[("In-Reply-To", "<CAK7mZp3uFq9XvE2b1@mail.outlook.com>"),
           ("References", "<CAK7mZp3uFq9XvE2b1@mail.outlook.com>")],
  text=f"""Dear Sam,

Thank you for your email, and I'm really sorry you've been kept waiting for a
call back. That shouldn't have happened.

I've spoken to Bev this morning. The taxi company has confirmed a new driver
for Example Pupil Two's route from tomorrow, and Bev will ring you herself
before 10 to go over the times. Mrs Begum will also call you today about the
review meeting.

Kind regards,

{SIG_KAREN}

On Tue, 4 Mar 2025 at 22:47, Sam Carer <sam.carer@outlook.com> wrote:
> this school is a fucking joke. third time i've rung and nobody rings back.
> if the taxi doesn't turn up tomorrow i'm keeping her home and you lot can
> explain it to her social worker
""")

M(slug="reply_to_angry_dad_outlook", label="clean",
  note="hard negative: deputy head replies calmly; 'useless bastards' only in dad's quoted Outlook block",
  **{"from": GARY}, to=[ALI], kind="alt",
  subject="RE: ripped coat", date=when(2025, 1, 14, 8, 5), headers=OUTLOOK,
  text=f"""Dear Mr Guardian,

Thank you for letting me know, and I'm sorry you didn't get a phone call
yesterday \u2013 you should have done.

I've looked into it this morning. There was a scuffle at the bus stop just
outside school at 2.40pm between Example Pupil Three and another pupil, which a
member of staff broke up. He told staff he was fine and didn't want anyone to
ring home, but with a bruise we should have rung you anyway. I've spoken to the
staff involved.

I'd like to meet you to go through what happened and what we're putting in place
at home time. Would Thursday at 3.15 or Friday at 9 suit? If the coat needs
replacing, we'll sort that out.

Kind regards,

{SIG_GARY}

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 13 January 2025 21:03
To: Gary Whitehouse <g.whitehouse@example-school.org.uk>
Subject: ripped coat

Your staff are a bunch of useless bastards. My son came home with his coat
ripped and a bruise on his face and nobody even rang me. Sort it out or I'm
going to the papers.
""")

BEHAVIOUR_TXT = """DRAFT - Behaviour policy, section 6: Language
(for SLT discussion 13 March - not for circulation)

6.1 Non-directed swearing
Swearing that is not aimed at anyone (e.g. "oh shit" when something is dropped)
- quiet reminder, no sanction for a first instance. Repeated: a 10-minute
restorative chat at break.

6.2 Swearing directed at a peer
(e.g. "fuck off", "you're a dickhead")
- immediate reminder, short time-out, restorative conversation before return.

6.3 Swearing directed at staff
(e.g. "fuck off, sir", "you're a prick")
- logged on CPOMS; restorative meeting with the member of staff within 24h;
parents informed.

6.4 Discriminatory language
Racist, homophobic, sexist or disablist language (e.g. "retard", "gay" used as
an insult, racial slurs) - logged as a prejudice-related incident in all cases,
parents informed, education session with the pastoral team.

6.5 Tics and involuntary language
Pupils with Tourette syndrome or similar: see individual support plans. Tics are
never sanctioned.
"""

M(slug="behaviour_policy_language_draft", label="clean",
  note="hard negative: behaviour lead's draft policy on pupil language, quoted examples in body and .txt attachment (staff-only)",
  **{"from": CARL}, to=[HEAD, GARY, SHAZ],
  subject="Behaviour policy \u2013 language section draft for Thursday", date=when(2025, 3, 11, 17, 6),
  headers=OUTLOOK,
  text="""Hi all,

Attached is my draft of the language section for Thursday's SLT.

The main change is splitting swearing into non-directed (the "oh shit" when
someone drops a tray), directed at a peer, and directed at staff ("fuck off,
sir"). At the moment we treat them all the same and the kids rightly say it's
not fair. I've also pulled discriminatory language out into its own section so
it always gets logged.

Happy to be told it's too soft. Some of the wording is Shazia's from the
restorative practice training.

Carl
""",
  attachments=[("Behaviour_policy_s6_language_DRAFT.txt", "text/plain", BEHAVIOUR_TXT, "7bit")])

M(slug="brummie_dialect_display", label="clean",
  note="hard negative: Brummie/Black Country dialect words for a corridor display",
  **{"from": HANNAH}, to=[ALLSTAFF], kind="alt", cte="8bit", html_cte="8bit",
  subject="Brummie words display \u2013 any more?", date=when(2025, 1, 17, 12, 52), headers=OUTLOOK,
  text="""Hi all,

My Year 8s are making a "Brummie and Black Country dictionary" display for the
corridor by the dining room. Here's what they've got so far:

bostin \u2013 brilliant
tara-a-bit \u2013 see you later
cob \u2013 bread roll
babby \u2013 baby
yampy \u2013 daft, a bit mad
gambol \u2013 a forward roll
suck \u2013 sweets ("a bag of suck")
bab \u2013 love / dear
donnies \u2013 hands
island \u2013 roundabout
ar \u2013 yes
tip \u2013 rubbish dump
mom \u2013 mum (obviously!)
ow am ya? \u2013 how are you?

If you've got any more, especially ones your nan used to say, send them to me
by Friday. The kids came up with a few I've not included \U0001F602

Hannah
""")

M(slug="travel_training_bell_end", label="clean",
  note="hard negative: travel-training route via Bell End and Lickey End (Worcestershire villages) [unsure] author winks at the name",
  **{"from": DEAN}, to=[MARCIA, NAOMI],
  subject="Kai \u2013 travel training route for work experience", date=when(2025, 3, 14, 11, 8),
  text=f"""Hi both,

I've done the route to Kai's work experience placement twice now, once with
him and once on my own to time it.

Route: bus from the stop on his road into town, change, then the bus out towards
Bromsgrove. Get off at Lickey End and it's a 12-minute walk to the garden
centre on the lane towards Bell End (the little village past Rowney Green, not
to be confused with anywhere else...). Total about 1hr 10 with the change.

He was fine with the first bus and the change. The walk from Lickey End is on a
road with no pavement for about 200m, so I've asked the garden centre if he can
be picked up from the stop on the first two days, and they've said yes.

I'll do the full return journey with him on Wednesday, and then he can go solo.

Dean

{SIG_DEAN}
""")

M(slug="records_transfer_scunthorpe", label="clean",
  note="hard negative: pupil records transfer to a school in Scunthorpe",
  **{"from": OFFICE}, to=[("Admissions", "admissions@ridgeway-academy.example.org")], cc=[DSL],
  subject="Transfer of pupil records \u2013 Connor W (DOB 14/06/2011)", date=when(2025, 2, 24, 10, 40),
  headers=OUTLOOK,
  text=f"""Dear Admissions team,

Connor W left Example School on Friday 21 February. He has moved to live with
his grandmother in Scunthorpe under a special guardianship order, and we
understand he has been offered a place at Ridgeway Academy from 3 March.

His common transfer file has been sent through the secure school-to-school
service today. His child protection file will be sent separately by our
Designated Safeguarding Lead, Mr Whitehouse, who will also ring your DSL this
week to hand over. Please could you confirm your DSL's name and direct line?

Connor has an EHCP; our SENCo, Dr Siddiqui, will send the latest annual review
paperwork.

Kind regards,

{SIG_KAREN}
""")

M(slug="stopcock_ballcock_site", label="clean",
  note="hard negative: site manager on stopcock, ballcock, door knobs, screws and nuts",
  **{"from": PETE}, to=[ALLSTAFF],
  subject="Water off Thursday 7\u20139am + portakabin handles", date=when(2025, 2, 11, 15, 18),
  text=f"""Hi all,

Water will be off across the site on Thursday from 7 till about 9am. The plumber
is replacing the stopcock under the food tech sink (it's seized) and the
ballcock in the cistern in the boys' toilets, which has been running for a week.
Breakfast club will still go ahead with bottled water.

Also this week: the door knobs on the portakabins are being swapped for lever
handles, because the knobs keep being unscrewed and used as missiles. If you
find any loose screws, nuts or bits of handle lying about, please hand them in
to me, don't leave them in the room.

Ta

{SIG_PETE}
""")

M(slug="grt_history_month", label="clean",
  note="hard negative: Gypsy, Roma and Traveller History Month planning; names a slur to log (staff-only)",
  **{"from": YUSUF}, to=[TEACHING], kind="alt",
  subject="June \u2013 Gypsy, Roma and Traveller History Month", date=when(2025, 3, 25, 13, 30),
  headers=OUTLOOK,
  text=f"""Hi all,

June is Gypsy, Roma and Traveller History Month, and this year I'd like us to
mark it properly. We have three pupils from Gypsy and Irish Traveller families
and they're often on the receiving end of some nasty comments, including on the
taxis.

Plans so far:
- an assembly in the first week of June, with a speaker from a local Traveller
  support charity
- a PSHE lesson for every group on prejudice and stereotypes
- a display in the library (the pupils involved have been asked and are keen)

A reminder: "pikey" and "gyppo" are slurs. If you hear either, please challenge
it and log it on CPOMS as a prejudice-related incident, the same as any racist
language. A lot of our young people genuinely don't know they're racist terms.

Ideas welcome.

{SIG_YUSUF}
""")

M(slug="pupil_voice_survey_quotes", label="clean",
  note="hard negative: pupil voice survey summary quoting pupils' comments verbatim (staff-only)",
  **{"from": SHAZ}, to=[SLT], kind="alt", html_cte="base64",
  subject="Pupil voice survey \u2013 spring results", date=when(2025, 3, 20, 16, 2), headers=OUTLOOK,
  text=f"""Hi all,

Results from the spring pupil voice survey (41 of 48 pupils completed it).

Headlines:
- 88% say there is at least one adult in school they trust (up from 71%)
- 76% feel safe in school; only 52% feel safe on the taxi
- Food: 44% happy with dinners

Some verbatim comments (I've left them as written \u2013 they're honest!):
- "Mr D is safe, he actually listens"
- "the food is shit on fridays"
- "taxi driver is a knob and plays his music too loud"
- "i like construction and art"
- "I wish I could go back to my old school but I know I'm not ready"

The taxi results are the big one for me. I'd like to talk about it on Monday
and feed it back to the transport commissioners.

Shaz

{SIG_SHAZ}
""")

M(slug="homework_reply_quoted_pupil", label="clean",
  note="hard negative: maths teacher's kind reply; 'shit' only in the pupil's quoted message [unsure] goes back to a pupil",
  **{"from": PRIYA}, to=[("Ellie Kelly", P("21ekelly"))], kind="alt", style="gmail",
  subject="Re: homework", date=when(2025, 2, 3, 19, 12),
  text="""Hi Ellie,

Thanks for sending it in, and well done for sticking at it for an hour \u2013 that's
exactly the right thing to do. You've actually got questions 1 to 3 right; it's
only question 4 that's gone wrong, and that's because it's a two-step question.

Don't worry about the rest tonight. Come and find me at break tomorrow and we'll
go through question 4 together.

One thing \u2013 please keep the language out of your emails to staff, even when
you're fed up. I'd rather you just wrote "I'm stuck"!

Miss Raval

On Mon, 3 Feb 2025 at 18:40, Ellie Kelly <21ekelly@pupils.example-school.org.uk> wrote:
> miss this homework is shit i dont get any of it and i tried for like an hour
""")


# =========================================================================== write out

def write_readme(rows):
    nflag = sum(1 for r in rows if r[1] == "flag")
    nclean = sum(1 for r in rows if r[1] == "clean")
    hard = sum(1 for m in MESSAGES if m["label"] == "clean" and m["note"].startswith("hard negative"))
    every = nclean - hard
    return f"""# Round 35 hold-out corpus - obscene-language module

**BLIND hold-out test data. Never use it for tuning the filter or its rules.**
It was written without reading mailguard's code, rules, tests, README or docs, so
that nobody tuned the filter on what it contains. Use it only to measure.

## What it is

{len(rows)} synthetic outgoing e-mails from staff at "Example School", set this round in an
alternative-provision academy (pupil referral unit) in Birmingham for permanently
excluded pupils aged 11-16: small groups, taxis and travel training, the Youth Justice
Service, the police schools officer, social workers and Early Help, incident reports
that quote pupils, reintegration into mainstream schools, and Brummie words.
The school's identity (01632 960000, LS1 4AP, example-school.org.uk) is the one in
config.example.yaml; other numbers are Ofcom drama numbers (07700 900xxx, 0121 496 0xxx).
All names and addresses are invented; outside organisations use example.com/.org/.net.

Labels follow the school policy ("use obscene language or swear words ... inappropriate
comments ... on the grounds of gender, race, disability, age, religion or sexual
orientation"), judged as a safeguarding lead would: `flag` when the staff author's own
words swear or use a slur; `clean` otherwise.

## Counts

| expected | count |
|----------|------:|
| flag     | {nflag} |
| clean (everyday)      | {every} |
| clean (hard negative) | {hard} |
| **total** | **{len(rows)}** |

## Kinds of case

- flag, plain: staff venting to colleagues (shitshow, bellend, fucking hell, bollocks to a
  parent, pissing about to a pupil), slurs on race, sexual orientation, disability and
  gender, and a swear word only in an attached CSV (base64).
- flag, disguised: asterisk/symbol masks, leetspeak, stretched letters, dotted letters,
  a Cyrillic homoglyph, full-width letters, a zero-width space, a word split by HTML tags
  and entities, a quoted-printable soft line break inside the word, a base64 body, and an
  RFC 2047 (base64) encoded subject.
- clean, everyday: taxis, attendance, travel training, homework, briefings, reintegration,
  YJS, social care, newsletters, trips, reports, minutes, exams, careers, site and office mail.
- clean, hard negatives: place names (Cockermouth, Clitheroe, Twatt, Shitterton, Penistone,
  Scunthorpe, Bell End, Lickey End, Offa's Dyke), surnames (Hancock, Cockburn, Wankhede,
  Dickens/Bates), food (faggots, spotted dick), birds (tits, woodcock), sports kit,
  biology vocabulary, history (William the Bastard, Bloody Mary), set texts (Romeo and
  Juliet, Of Mice and Men), RE, German words, an RSE letter, Tourette's tics, staff-only
  incident and prejudice reports quoting pupils, polite replies with abuse only in the
  parent's or pupil's quoted text, a behaviour-policy draft quoting examples, dialect words,
  a GRT History Month note naming slurs to log, a pupil-voice summary quoting pupils.

Notes marked [unsure] in labels.csv are judgement calls.

## Files

- `NNN_<flag|clean>_<slug>.eml` - the messages (RFC 5322, a mix of text/plain,
  multipart/alternative, HTML-only, attachments, 7bit/8bit/quoted-printable/base64 bodies and
  RFC 2047 encoded headers).
- `labels.csv` - file, expected, sender (envelope sender = From), recipients (To + Cc,
  space-separated), note.

## How it was made / how to regenerate

Written by hand as data in `../make_round35_obscene.py` (Python 3.11, standard library
only). The script is deterministic (fixed dates, Message-IDs, MIME boundaries and file order):

    python3 tests/holdout/round35/make_round35_obscene.py

It rewrites the .eml files, labels.csv and this README in this directory, then checks that
every message parses with `email.policy.default` and matches its label row.
"""


def verify(rows):
    import email
    from email import policy
    from email.utils import getaddresses
    for fn, exp, sender, rcpts, note in rows:
        with open(os.path.join(OUT, fn), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[k] is not None, (fn, k)
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == sender, (fn, frm, sender)
        got = [a for _, a in getaddresses([str(msg["To"])] + ([str(msg["Cc"])] if msg["Cc"] else []))]
        assert got == rcpts.split(" "), (fn, got, rcpts)
        assert (("_flag_" in fn) == (exp == "flag")), fn
        for part in msg.walk():
            if part.defects:
                raise AssertionError((fn, part.get_content_type(), part.defects))
            if not part.is_multipart():
                part.get_content()
        if msg.defects:
            raise AssertionError((fn, msg.defects))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    nflag = sum(1 for m in MESSAGES if m["label"] == "flag")
    nclean = sum(1 for m in MESSAGES if m["label"] == "clean")
    assert (nflag, nclean) == (20, 60), (nflag, nclean)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)
    order = list(range(len(MESSAGES)))
    random.Random(35_0_35).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fn = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m, n)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append((fn, m["label"], m["from"][1], rcpts, m["note"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(write_readme(rows))
    verify(rows)
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean) to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
