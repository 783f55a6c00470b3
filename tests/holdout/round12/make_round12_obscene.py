#!/usr/bin/env python3
"""Round 12 BLIND held-out corpus for mailguard: obscene-language module.

Setting: a special school (autism / SEMH, ages 5-19) federated with a small
pupil referral unit ("The Bridge"), with a residential short-breaks house
("Willow House"), therapists, transport escorts and family liaison.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
./obscene-language/ next to this script. Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs, boundaries and ordering, so two runs
produce byte-identical files.

    python3 make_round12_obscene.py

Blind: written without looking at mailguard's code, rules or tests. Never use
these files for tuning.
"""
import base64
import csv
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
from datetime import datetime, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {
    "gillian": ("Gillian Ashworth", "g.ashworth"),
    "marcus": ("Marcus Adeyemi", "m.adeyemi"),
    "dsl": ("Marcus Adeyemi (DSL)", "dsl"),
    "harpreet": ("Harpreet Kaur", "h.kaur"),
    "rhian": ("Rhian Hughes", "r.hughes"),
    "tom": ("Tom MacLeod", "t.macleod"),
    "mandy": ("Mandy Gledhill", "m.gledhill"),
    "chloe": ("Chloe Rafferty", "c.rafferty"),
    "sade": ("Sade Okonkwo", "s.okonkwo"),
    "lucy": ("Lucy Brierley", "l.brierley"),
    "jo": ("Jo Pryce", "j.pryce"),
    "declan": ("Declan Walsh", "d.walsh"),
    "anya": ("Anya Novak", "a.novak"),
    "zoe": ("Zoë Haddad", "z.haddad"),
    "lukasz": ("Łukasz Nowicki", "l.nowicki"),
    "phil": ("Phil Ellison", "p.ellison"),
    "ben": ("Ben Sutcliffe", "b.sutcliffe"),
    "nadia": ("Nadia Farooq", "n.farooq"),
    "craig": ("Craig Bell", "c.bell"),
    "emma": ("Emma Marsh", "e.marsh"),
    "karen": ("Karen Whitley", "k.whitley"),
    "office": ("Example School Office", "office"),
    "debbie": ("Debbie Lomas", "d.lomas"),
    "attendance": ("Attendance – Example School", "attendance"),
    "gary": ("Gary Fenwick", "g.fenwick"),
    "transport": ("Transport – Example School", "transport"),
    "kelly": ("Kelly Doyle", "k.doyle"),
    "pauline": ("Pauline Dunne", "p.dunne"),
    "wayne": ("Wayne Hart", "w.hart"),
    "femi": ("Femi Osei", "f.osei"),
    "sian": ("Siân Llewelyn", "s.llewelyn"),
    "gwen": ("Gwen Ackroyd", "g.ackroyd"),
    "aisha": ("Aisha Begum", "a.begum"),
    "nasreen": ("Nasreen Akhtar", "n.akhtar"),
    "owen": ("Owen Pritchard", "o.pritchard"),
    "kitchen": ("Bernadette Quinn", "kitchen"),
    "dev": ("Dev Mistry", "d.mistry"),
    "kate": ("Kate O'Connor", "k.oconnor"),
    "sunil": ("Sunil Bakshi", "s.bakshi"),
    "staff": ("All Staff", "staff"),
}
OTHER = {
    # parents (the only parent addresses the school's directory holds)
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
    # pupils
    "kieran": ("Kieran Barnes", "19kbarnes@" + PUPILS),
    "leah": ("Leah Okafor", "19lokafor@" + PUPILS),
    "aaron": ("Aaron Price", "19aprice@" + PUPILS),
    "josh": ("Josh Whitworth", "20jwhitworth@" + PUPILS),
    "maisie": ("Maisie Drummond", "21mdrummond@" + PUPILS),
    "tyler": ("Tyler Hirst", "22thirst@" + PUPILS),
    # outside organisations
    "lister": ("Paul Lister", "p.lister@example.org"),
    "senteam": ("SEN Casework Team", "sen.casework@example.org"),
    "supplies": ("Yorkshire Science Supplies", "orders@example.com"),
    "otsales": ("Sales", "sales@example.com"),
    "garden": ("Carol Webster", "placements@example.com"),
    "interp": ("Interpreting Bookings", "bookings@example.net"),
    "college": ("Ruth Ambler", "links@example.org"),
}


def person(key):
    if key in STAFF:
        name, local = STAFF[key]
        return name, f"{local}@{SCHOOL}"
    return OTHER[key]


def fmt_addr(key, bare=False):
    name, addr = person(key)
    if bare:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset="utf-8")


# --------------------------------------------------------------------------
# Encoding helpers (all text kept with "\n" until the very end)
# --------------------------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def qp_manual(text):
    """Quoted-printable with forced soft breaks wherever "\x01" appears."""
    out = []
    for line in text.split("\n"):
        enc = ""
        for ch in line:
            if ch == "\x01":
                enc += ch
            elif ch == "=" or ord(ch) > 126:
                enc += "".join("=%02X" % b for b in ch.encode("utf-8"))
            else:
                enc += ch
        pieces, cur = [], ""
        segs = enc.split("\x01")
        for i, seg in enumerate(segs):
            while len(cur) + len(seg) > 75:
                cut = 75 - len(cur)
                for k in (1, 2):
                    if 0 <= cut - k < len(seg) and seg[cut - k] == "=":
                        cut -= k
                        break
                pieces.append(cur + seg[:cut])
                cur, seg = "", seg[cut:]
            cur += seg
            if i < len(segs) - 1:
                pieces.append(cur)
                cur = ""
        pieces.append(cur)
        out.append("=\n".join(pieces))
    return "\n".join(out)


def b64(data):
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def encode_text(text, cte):
    if cte in ("7bit", "8bit"):
        return text if text.endswith("\n") else text + "\n"
    if cte == "quoted-printable":
        return qp(text if text.endswith("\n") else text + "\n")
    if cte == "base64":
        return b64(text if text.endswith("\n") else text + "\n")
    if cte == "qp-manual":
        return qp_manual(text) + "\n"
    raise ValueError(cte)


def auto_cte(text, style):
    if style == "outlook":
        return "quoted-printable"
    if text.isascii() and max(len(x) for x in text.split("\n")) <= 998:
        return "7bit"
    return "quoted-printable"


def charset_of(text):
    return "us-ascii" if text.isascii() else "utf-8"


def text_leaf(text, subtype="plain", cte=None, style=None):
    cte = cte or auto_cte(text, style)
    wire_cte = "quoted-printable" if cte == "qp-manual" else cte
    return {
        "headers": [
            ("Content-Type", f'text/{subtype}; charset="{charset_of(text)}"'),
            ("Content-Transfer-Encoding", wire_cte),
        ],
        "body": encode_text(text, cte),
    }


def att_leaf(filename, ctype, data, style):
    hdrs = [("Content-Type", f'{ctype}; name="{filename}"')]
    if style == "outlook":
        hdrs.append(("Content-Description", filename))
    hdrs.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    return {"headers": hdrs, "body": b64(data)}


def multipart(subtype, boundary, parts):
    return {
        "headers": [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')],
        "parts": parts,
        "boundary": boundary,
    }


def serialize(part):
    hdrs = "\n".join(f"{k}: {v}" for k, v in part["headers"])
    if "parts" in part:
        b = part["boundary"]
        body = "".join(f"--{b}\n{serialize(p)}\n" for p in part["parts"])
        body += f"--{b}--\n"
    else:
        body = part["body"]
    if body.endswith("\n"):
        body = body[:-1]
    return hdrs + "\n\n" + body


def fold_plain(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78:
        return value
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    folded = "\n".join(lines)
    return folded[len(name) + 2:]


def enc_subject(subject, style=None):
    if subject.isascii():
        return fold_plain("Subject", subject)
    cs = Charset("utf-8")
    cs.header_encoding = QP if style == "outlook" else BASE64
    return Header(subject, cs, header_name="Subject").encode(linesep="\n")


def addr_list(keys, bare=False):
    items = [fmt_addr(k, bare) for k in keys]
    joined = ", ".join(items)
    if len(joined) < 70:
        return joined
    return ",\n\t".join(items)


# --------------------------------------------------------------------------
# HTML rendering of a plain body in the style of the sending client
# --------------------------------------------------------------------------
OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    "<style><!--\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
    "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-language:EN-US;}\n"
    "a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n"
    "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
    "div.WordSection1\n\t{page:WordSection1;}\n"
    "--></style>\n</head>\n"
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def _blocks(text):
    blocks = []
    for line in text.split("\n"):
        if line.startswith(">"):
            q = line[1:]
            if q.startswith(" "):
                q = q[1:]
            if blocks and blocks[-1][0] == "q":
                blocks[-1][1].append(q)
            else:
                blocks.append(("q", [q]))
        else:
            if blocks and blocks[-1][0] == "t":
                blocks[-1][1].append(line)
            else:
                blocks.append(("t", [line]))
    return blocks


def esc(s):
    return htmlmod.escape(s, quote=False)


def to_html(text, style):
    out = []
    if style == "outlook":
        for typ, lines in _blocks(text):
            inner = []
            for ln in lines:
                if ln.startswith("________________________________"):
                    inner.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                                 'padding:3.0pt 0cm 0cm 0cm"></div>')
                elif ln.strip() == "":
                    inner.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                else:
                    inner.append(f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>')
            if typ == "q":
                out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;'
                           'padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">')
                out.extend(inner)
                out.append("</blockquote>")
            else:
                out.extend(inner)
        return OUTLOOK_HEAD + "\n".join(out) + "\n" + OUTLOOK_TAIL
    # gmail-like
    out.append('<div dir="ltr">')
    for typ, lines in _blocks(text):
        if typ == "q":
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("<br>\n".join(esc(x) for x in lines) + "<br>")
            out.append("</blockquote>")
        else:
            for ln in lines:
                if ln.strip() == "":
                    out.append("<div><br></div>")
                elif ln.startswith("On ") and ln.rstrip().endswith("wrote:"):
                    out.append(f'<div class="gmail_attr">{esc(ln)}<br></div>')
                else:
                    out.append(f"<div>{esc(ln)}</div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Tiny deterministic PDF / ICS attachments
# --------------------------------------------------------------------------
def make_pdf(title, lines):
    def pdfstr(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 16 Tf", "56 780 Td", "20 TL", f"({pdfstr(title)}) Tj", "/F1 11 Tf", "16 TL", "T*"]
    for ln in lines:
        content.append(f"({pdfstr(ln)}) '")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + pdfstr(title).encode("latin-1") + b") /Producer (Example School) "
        b"/CreationDate (D:20250101090000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_ics(uid, summary, start, end, location, organiser, attendees):
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += [
        f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID=GMT Standard Time:{start}", f"DTEND;TZID=GMT Standard Time:{end}",
        "DTSTAMP:20250211T134000Z", f"LOCATION;LANGUAGE=en-GB:{location}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines).encode("utf-8")


# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------
def sig(name, role, tail="Example School, Park Row, Leeds LS1 4AP\n01632 960000"):
    return f"{name}\n{role}\n{tail}"


# --------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------
MSGS = []


def M(label, cat, slug, frm, to, subject, date, text=None, note="", cc=(), kind="plain",
      style="outlook", cte=None, html=None, atts=(), reply_to_id=None, html_cte=None):
    MSGS.append(dict(label=label, cat=cat, slug=slug, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, text=text, note=note, kind=kind,
                     style=style, cte=cte, html=html, atts=list(atts),
                     reply_to_id=reply_to_id, html_cte=html_cte))


FLAG, CLEAN = "flag", "clean"

# ============================ FLAGS: plain ================================
M(FLAG, "flag-plain", "minibus_died_on_ring_road", "tom", ["rhian", "mandy"],
  "minibus AGAIN", (2025, 1, 13, 15, 52), style="iphone",
  note="TA venting to colleagues: 'gone to shit', 'Fucking brilliant'",
  text="""Just got back. The minibus died on the ring road coming back from hydro - warning light, then nothing. Sat on the hard shoulder for 50 minutes with six of ours, and Jayden screaming the whole way because his routine had gone to shit. Fucking brilliant.

Gary's rung the garage and apparently it's the same fault as November. I'm not taking Kingfisher out in that thing again until someone actually fixes it properly.

Can one of you do the home-school books for me tonight? I need ten minutes sat in my car.

T

Sent from my iPhone""")

M(FLAG, "flag-plain", "ehcp_panel_notes_attachment", "harpreet", ["marcus"],
  "Panel notes from yesterday", (2025, 1, 17, 7, 48),
  note="SENCo's own panel notes in a .txt attachment: 'bollocks', 'piss-take', 'prick'; body clean",
  text="""Marcus,

My notes from yesterday's EHCP panel are attached - typed up from my scribble on the train, so not for sending on. I'll do a proper version for the file, and for the families, once I've calmed down.

Short version: Kacey's 1:1 funding request declined, Rayan's band increase agreed from April, and they still think half a day a week at The Bridge counts as a full-time offer.

Can we grab 15 minutes after briefing?

Harpreet

""" + sig("Harpreet Kaur", "Assistant Headteacher / SENCo"),
  atts=[("EHCP panel 16-01 my notes.txt", 'text/plain; charset="utf-8"', """EHCP panel 16/01/25 - my notes (HK)

Chair: Head of SEN Assessment. Also there: 2 x caseworkers, EP rep, health rep (left after 20 mins)

1. Kacey B (Y10) - request for 1:1 TA funding
   DECLINED - "insufficient evidence of need".
   Absolute bollocks. We sent them 40 pages incl. the OT and SaLT reports and 6 weeks of incident data.
   -> resubmit with Dr Cockburn's EP report once it's finalised. Ask Jo to let Sam know BEFORE the letter lands.

2. Rayan A (Y4) - band increase
   AGREED from April. Backdating refused.

3. Tyler H (Y10, The Bridge) - full-time offer
   LA still saying the Tuesday afternoon place counts as "full time provision". Total piss-take, they know it doesn't.
   Declan to write up the actual hours.

General: the chair spent most of it on his phone and then asked me to "summarise the key points" of a plan he clearly hadn't read. Useless prick.

Next panel 13/02.
""".replace("\n", "\r\n").encode("utf-8"))])

M(FLAG, "flag-plain", "escort_to_parent_taking_the_piss", "kelly", ["sam"], "Kacey - pick up times",
  (2025, 1, 27, 9, 14), cc=["transport"],
  note="passenger assistant to a parent: 'taking the piss' (mild, but to a parent)",
  text="""Hi Sam,

Just to let you know the driver waited outside yours for 12 minutes again this morning and in the end we had to go without Kacey. That's the third time in two weeks. There are five other children on Route 4 who all need to get in for 8.45, and two of them really struggle when we sit still, so honestly it's taking the piss now.

If Kacey isn't ready at 7.55 we will have to leave. I've copied Gary in transport so he knows what's going on.

Thanks
Kelly

Kelly Doyle
Passenger Assistant – Route 4
Example School | 01632 960000""")

M(FLAG, "flag-plain", "inset_trainer_spaz", "chloe", ["mandy"], "Re: INSET tomorrow",
  (2025, 1, 5, 19, 40), style="gmail",
  note="TA calls a trainer a 'spaz' (disability slur) in a reply to a colleague",
  text="""Yeah I'll save you a seat. Please god don't let it be the same trainer as September, he was such a spaz with the projector. Took him 40 minutes to get the slides up and then he just read them out word for word.

Bringing biscuits x

On Sun, 5 Jan 2025 at 18:57, Mandy Gledhill <m.gledhill@example-school.org.uk> wrote:
> Are you going to the de-escalation training at The Bridge tomorrow or the one here? Don't fancy sitting on my own
> M""")

M(FLAG, "flag-plain", "milk_run_racial_slur", "wayne", ["karen"], "Milk",
  (2025, 2, 4, 8, 7), style="iphone",
  note="site manager's routine admin mail uses a racial slur ('the Paki shop')",
  text="""Karen

Milk delivery didn't turn up again so I've nipped to the Paki shop on the corner of Kirkgate for six pints for the staffroom and breakfast club. Receipt's on your desk, £7.20.

Can you chase the dairy? That's the second week running.

Wayne

Sent from my iPhone""")

M(FLAG, "flag-plain", "teacher_calls_dad_bellend", "rhian", ["tom"], "Re: Rayan's dad",
  (2025, 1, 21, 15, 47), style="gmail",
  note="teacher calls a parent a 'bellend' in a reply to her TA",
  text="""Honestly. I've just had 25 minutes of him telling me we "let" Rayan have a meltdown because we moved carpet time for the fire drill. He's a complete bellend. I said we'd look at the morning routine properly at the review but I'm not changing everything because he's read something on Facebook.

Can you write up the ABC chart from this morning before you go? Just factual please, Marcus will want it.

R

On Tue, 21 Jan 2025 at 14:05, Tom MacLeod <t.macleod@example-school.org.uk> wrote:
> Heads up - Rayan's dad is in reception asking for you. Didn't look happy. Said something about the incident book.
> T""")

M(FLAG, "flag-plain", "reply_all_la_officer_wanker", "declan", ["harpreet"],
  "RE: Reintegration plan - T.H.", (2025, 1, 23, 12, 18), cc=["lister"], kind="alt",
  note="reply-all with the LA officer still in Cc calls him 'a wanker'",
  text="""Harpreet,

Have you seen this? He wants us to send Tyler back to the main site full time from Monday, no transition, no extra staffing, and he has never once met the lad. What a wanker. I'm not signing this off.

Can we talk at lunch?

Declan

Declan Walsh
Teacher in Charge – The Bridge
Example Federation | Park Row, Leeds LS1 4AP | 01632 960000

________________________________
From: Paul Lister <p.lister@example.org>
Sent: 23 January 2025 11:02
To: Declan Walsh <d.walsh@example-school.org.uk>; Harpreet Kaur <h.kaur@example-school.org.uk>
Subject: Reintegration plan - T.H.

Dear both,

Following the review of placements at The Bridge, the panel's view is that T.H. now meets the criteria to return to his home school and should resume full-time attendance at the main site from Monday 27 January.

I appreciate this is sooner than originally planned. The Local Authority is not in a position to fund additional staffing for the transition.

Kind regards

Paul Lister
Inclusion Officer
Local Authority Inclusion Service""")

M(FLAG, "flag-plain", "post16_pupil_stop_pissing_about", "emma", ["kieran"], "Your Unit 3 work",
  (2025, 1, 29, 10, 22), kind="alt",
  note="post-16 lead to a pupil: 'Stop pissing about'",
  text="""Kieran,

I've had nothing from you since half term. On Friday you told me it was "basically done". Stop pissing about and send me what you've got by 3pm today, even if it's half finished, otherwise I'll have to tell the exam board you're withdrawn from this unit.

I know you can do this. Don't make me chase you again.

Miss Marsh

Emma Marsh
Post-16 Lead
Example School
01632 960000""")

M(FLAG, "flag-plain", "parking_subject_line", "wayne", ["staff"],
  "Some arsehole has parked in the minibus bay AGAIN - silver Corsa", (2025, 2, 11, 15, 6),
  note="all-staff mail; swearing ('arsehole') only in the subject line",
  text="""Whoever owns the silver Vauxhall Corsa, reg ending KXE, please move it NOW. The minibuses can't get in to load for the 3.15 runs and we've got escorts standing in the rain with children.

The minibus bay is clearly marked and it's in the staff handbook. This is the third time this week.

Wayne Hart
Site Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

# ============================ FLAGS: disguised =============================
M(FLAG, "flag-disguised", "night_worker_to_parent_asterisks", "zoe", ["ali"],
  "Rayan's stay last night", (2025, 2, 5, 7, 41), kind="alt",
  note="night care worker to a parent: asterisk-masked 'sh*t' and 'f**king'",
  text="""Hi Ali,

Just a quick one before I finish my shift. Rayan's had a sh*t night's sleep bless him – he was up at 2 and again at half 4 asking for the blue torch, which I think got left in his bag at home? If you could pop it in his bag for next Thursday that would be great.

He ate all his tea (pasta, no sauce, as per!) and had his bath and his bubbles no problem. Bit grumpy at breakfast but to be fair so was I, it's been a f**king long night haha.

See you soon,
Zoë

Zoë Haddad
Night Care Worker, Willow House Short Breaks
Example School, Park Row, Leeds LS1 4AP
01632 960000 (ask for Willow House)""")

M(FLAG, "flag-disguised", "technician_leetspeak_slur", "dev", ["ben"], "P4 set up + petri dishes",
  (2025, 3, 11, 11, 39),
  note="technician calls a pupil 'r3tard' (leetspeak disability slur) and a supplier 'tw@t'",
  text="""Ben,

P4 is set up, microscopes are on the side bench and the slides are in the blue tray.

Whichever r3tard in your period 2 group put the meths back in the acid cupboard, can you have a word please? That's an actual safety issue, not just me being fussy.

Also the tw@t at the supplier has sent us 200 petri dishes instead of 20. I'm sending them back, so don't open the big box in the prep room.

Dev""")

M(FLAG, "flag-disguised", "pe_teacher_to_pupil_stretched", "craig", ["josh"], "DofE - kit list",
  (2025, 3, 3, 8, 12), kind="alt", style="gmail",
  note="PE teacher to a pupil: stretched letters 'Shiiiiit', 'fuuuuucking'",
  text="""Josh,

Shiiiiit, I've just realised I never gave you the kit list before the weekend. Here it is:

- rucksack (we can lend you one)
- waterproof jacket AND trousers
- walking boots, broken in, not your new trainers
- 2 x warm layers, hat, gloves
- water bottle and your packed lunch for day 1
- your meds in the labelled bag for Mrs Begum

And well done on Saturday mate, your navigation on the last leg was fuuuuucking brilliant. Mr Walsh couldn't believe it.

Mr Bell""")

M(FLAG, "flag-disguised", "residential_rota_dotted_letters", "anya", ["jo"], "Re: weekend cover",
  (2025, 2, 14, 16, 5), style="gmail",
  note="residential manager venting: 'b.o.l.l.o.c.k.s', 'w-a-n-k-e-r', 'f u c k i n g' (separated letters)",
  text="""Jo,

Agency have told me at 4pm on a Friday that they can't cover Saturday night. So it's me again. Absolute b.o.l.l.o.c.k.s. That's three weekends out of four.

And their area manager is a total w-a-n-k-e-r - "we'll do our best to support going forward". f u c k i n g agencies.

Anyway - can you ring Sam before you go and let her know Kacey's stay is still on? I know she was worried it would be cancelled again.

Anya

On Fri, 14 Feb 2025 at 13:22, Jo Pryce <j.pryce@example-school.org.uk> wrote:
> Hi Anya, any news on Saturday night cover? Sam Carer's asked me twice today.
> Jo""")

M(FLAG, "flag-disguised", "server_room_cyrillic_letters", "femi", ["wayne"], "Server room aircon",
  (2025, 3, 10, 9, 26), kind="alt",
  note="IT technician venting; Cyrillic/Ukrainian homoglyph letters inside 'fucking' and 'shit'",
  text="""Wayne,

The fu\u0441king air con in the server room has packed in again – it's 34 degrees in there. Half the switches have gone into thermal shutdown, which is why the secondary block has had no wifi since 8.30.

Can you get the contractor out today? I've propped the door and put the desk fan in but it's a sh\u0456t fix and I can't leave the door open overnight.

Femi

Femi Osei
IT Support | Example School | ext. 205""")

M(FLAG, "flag-disguised", "attendance_return_fullwidth", "debbie", ["karen"], "LA attendance return",
  (2025, 3, 12, 16, 48), cte="8bit",
  note="attendance officer venting in full-width Unicode letters: 'FFS', 'fucking piss-take' (8bit body)",
  text="""Karen – the LA now want the persistent absence figures by 9am TOMORROW. After telling us last week there was no rush and it could wait till the end of the month.

ＦＦＳ. What a ｆｕｃｋｉｎｇ ｐｉｓｓ－ｔａｋｅ.

I'll stay and get it done but I'm not doing The Bridge figures as well, their registers still aren't closed for last week.

Debbie""")

M(FLAG, "flag-disguised", "tac_meeting_zero_width", "lukasz", ["declan"], "TAC meeting today",
  (2025, 2, 26, 17, 10), kind="alt", style="gmail",
  note="PRU TA calls a social worker a 'cunt' with a zero-width space (U+200B) inside the word",
  text="""Dec,

The new social worker for C. turned up 40 minutes late to the TAC meeting, didn't apologise, then told mum in front of everyone that school "should be doing more". Mum was in tears in the car park afterwards. What a c\u200bunt.

Minutes are on the shared drive under TAC > Spring. Actions for us: chase the CAMHS referral, send attendance data to the SW by Friday.

Łukasz""")

M(FLAG, "flag-disguised", "moderation_html_split", "phil", ["nadia"], "Moderation deadline",
  (2025, 2, 10, 21, 14), kind="html", style="gmail",
  note="HTML-only: 'f<span>u</span>cked' split by a tag, '&#98;&#111;llocks' as entities",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr">
<div>Nadia,</div>
<div><br></div>
<div>Just been told by SLT the Entry Level moderation deadline is this Friday, not the 28th. So that's my weekend f<span>u</span>cked. Same as the Y11 mock marking last year, the same "oh we thought you knew" &#98;&#111;llocks.</div>
<div><br></div>
<div>Are you still OK to second-mark six of mine? I'll leave them in your pigeonhole first thing.</div>
<div><br></div>
<div>Cheers</div>
<div>Phil</div>
</div></body></html>
""")

M(FLAG, "flag-disguised", "transport_qp_soft_break", "gary", ["kelly"], "Route 7 driver",
  (2025, 2, 7, 13, 30), cte="qp-manual",
  note="transport coordinator calls a taxi manager an 'arsehole'; quoted-printable soft line break inside the word",
  text="""Kelly,

Thanks for the heads up this morning. I've rung Aire Valley Taxis and told them I don't want that driver on Route 7 again. Shouting at a child with autism because he won't put his belt on is not on, whatever the driver thinks. The manager was an arse\x01hole about it and kept saying he's "our most experienced man". Well he can be experienced somewhere else.

I'll log it and let Marcus know. Can you send me a quick written account of what you saw and heard, with times? Just facts, no opinions, it may go to the council.

Cheers
Gary

Gary Fenwick
Transport Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 | school mobile 07700 900512""")

M(FLAG, "flag-disguised", "staffroom_apology_base64", "mandy", ["chloe"], "Sorry about earlier",
  (2025, 1, 30, 20, 3), style="iphone", cte="base64",
  note="base64-encoded body: 'Patronising bastard', 'pissed off'",
  text="""Sorry for storming out of the staffroom at lunch. It wasn't you.

Steve from the supply agency had just told me in front of everyone that I "looked shattered" and should "think about dropping some days at my age". Patronising bastard. I was so pissed off I couldn't speak, so I just went.

Anyway I'm fine now. Brew tomorrow before the kids come in? x

Sent from my iPhone""")

M(FLAG, "flag-disguised", "learning_walk_encoded_subject", "nadia", ["phil"],
  "Learning walk 🙄 – what a load of shite", (2025, 3, 6, 16, 20), style="gmail",
  note="swearing ('shite') only in the RFC 2047-encoded subject (emoji forces encoding); body clean",
  text="""Phil,

Don't take it to heart. She said exactly the same thing to me last term about "pace" and then walked into a lesson where three of mine were in the sensory room and one was under the table. Pace!

Your lesson was good. The kids were calm and they were learning, and that's the job here.

I'll bring cake to the department meeting.
N""")

# ============================ CLEAN: hard negatives ========================
M(CLEAN, "clean-hard", "farm_trip_near_scunthorpe", "rhian", ["jane", "ali"],
  "Kingfisher Class trip – Wednesday 5 February", (2025, 1, 20, 10, 5), kind="alt",
  note="class trip letter; place name Scunthorpe",
  text="""Dear parents and carers,

On Wednesday 5 February Kingfisher Class will be visiting Ancholme Valley Farm Park, just outside Scunthorpe, as part of our "Animals and Where They Live" topic.

We will leave school at 9.30am on the school minibus and should be back in time for home transport as usual. The journey is about 1 hour 15 minutes each way, and we'll stop at Goole services on the way there for a toilet break and a movement break.

Your child will need:
- a packed lunch (or we can order a school packed lunch – please let the office know by Friday)
- wellies or old trainers and a warm waterproof coat
- ear defenders if they use them – the indoor barn can be noisy at feeding time
- any medication they need during the day (Tom will carry the medication bag)

I've attached a social story with photos of the farm, the minibus and the café so you can look at it together at home over the next couple of weeks. The farm have kindly agreed to let us use their quiet room if anyone needs time out.

There is no charge for the trip. Please return the consent slip in the home-school book by Friday 31 January.

Any questions, just ask.

Best wishes

Rhian Hughes
Class Teacher – Kingfisher Class
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
  atts=[("Farm trip social story.pdf", "application/pdf",
         make_pdf("Our trip to the farm", [
             "On Wednesday we are going to the farm.",
             "We will go on the minibus. Tom and Rhian will come too.",
             "The farm is near Scunthorpe. It takes a long time to get there.",
             "We will stop at the services for the toilet.",
             "At the farm we will see sheep, goats, pigs and chickens.",
             "If it is too noisy I can wear my ear defenders or go to the quiet room.",
             "Then we will eat our lunch in the cafe.",
             "Then we will go back to school on the minibus."]))])

M(CLEAN, "clean-hard", "route3_penistone_roadworks", "gary", ["kelly", "pauline"],
  "Route 3 changes from Monday 27 Jan - Penistone roadworks", (2025, 1, 22, 14, 40),
  note="transport route change; place name Penistone",
  text="""Hi both,

The council have confirmed the resurfacing on the A628 through Penistone starts on Monday 27th and will run for about three weeks. So from Monday, Route 3 will come in via Stocksbridge instead.

New pick-up times (approx):
Millhouse Green – 7.35 (was 7.45)
Thurlstone – 7.42 (was 7.52)
Penistone, Market Street – 7.50 (was 8.00)
Oxspring – 7.58 (was 8.05)

Afternoons should be roughly the same as now, maybe 10 minutes later dropping off.

I've phoned all four families today and emailed the new times. Lewis's mum asked that we keep him in the front seat behind the driver as per his travel plan, and please have his visual timetable for the journey ready, as the new route goes past the quarry, which he's not seen before.

Pauline – can you check the booster seat is still in the back of the Transit before Monday?

Thanks
Gary

Gary Fenwick
Transport Coordinator
Example School
01632 960000 | school mobile 07700 900512""")

M(CLEAN, "clean-hard", "post16_residential_cockermouth", "craig", ["kieran", "leah", "aaron"],
  "Post-16 residential, Cockermouth – kit list", (2025, 2, 3, 12, 15), kind="alt",
  note="residential kit list to pupils; place name Cockermouth",
  text="""Hi all,

Only five weeks to go until our residential at Derwent Edge Outdoor Centre near Cockermouth (Monday 10 – Wednesday 12 March). The kit list is attached and there's a copy on Teams.

The important bits:
- waterproof jacket AND waterproof trousers – we'll be out on the fells whatever the weather
- walking boots or sturdy trainers with a good grip (not canvas or fashion trainers)
- two pairs of tracksuit bottoms or walking trousers – no jeans, they're freezing when they get wet
- warm hat, gloves, a fleece or hoodie
- towel, toiletries, pyjamas, slippers or flip-flops for the centre
- any medication in its original box with the pharmacy label, handed to Mrs Begum on the morning we leave

You'll have your own room or share with one person you've chosen – we've already sorted that with each of you. There's a quiet lounge at the centre and Wi-Fi in the evenings.

Activities: gorge scrambling, canoeing on Bassenthwaite (if the wind allows), a low-level walk, and the climbing wall if it's wet.

We're doing a parents' and carers' information evening on Thursday 27 February at 5pm in the sixth-form base. Please remind whoever's at home.

Mr Bell

Craig Bell
PE & Outdoor Learning
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  atts=[("Cockermouth residential kit list.pdf", "application/pdf",
         make_pdf("Post-16 residential - kit list", [
             "Derwent Edge Outdoor Centre, near Cockermouth. 10-12 March.",
             "Waterproof jacket and waterproof trousers",
             "Walking boots or sturdy trainers",
             "2 x tracksuit bottoms or walking trousers (no jeans)",
             "Warm hat, gloves, fleece or hoodie",
             "Towel, toiletries, pyjamas, slippers or flip-flops",
             "Medication in original packaging - hand to Mrs Begum"]))])

M(CLEAN, "clean-hard", "odd_place_names_lesson_idea", "nadia", ["emma"],
  "Place names idea for your Functional Skills group", (2025, 2, 24, 16, 2),
  note="staff lesson idea using real rude-sounding place names (Twatt, Shitterton, Penistone, Clitheroe)",
  text="""Emma,

For the map-reading unit with your post-16 group I've had an idea that might actually get Aaron and the lads engaged: a "strange British place names" challenge. They find each one on the OS map or Google Maps, give a six-figure grid reference and the county, then work out what the name originally meant.

My shortlist so far:
- Twatt (Orkney and Shetland) – from Old Norse "thveit", a small clearing
- Shitterton (Dorset) – Old English, a farm by a stream used as an open sewer. The sign got nicked so often the village put it on a block of Purbeck stone
- Penistone (South Yorkshire) – Route 3 goes through it, so some of them will know it
- Brokenwind (Aberdeenshire)
- Great Snoring (Norfolk)
- Wetwang (East Yorkshire) – Old Norse, possibly "field of legal trial"
- Clitheroe (Lancashire) – "hill of loose stones"

Yes, some of them will cause giggles, but that's the point – we frame it as etymology and it links nicely to the Viking settlement work they did with me in Y9. I'd leave out a couple if you think they'll tip anyone over.

Happy to come in and co-teach the first session if you'd like to see how it lands.

Nadia""")

M(CLEAN, "clean-hard", "new_faces_surnames", "office", ["staff"], "New faces this half term",
  (2025, 1, 8, 9, 0), kind="alt",
  note="office welcome to new staff; surnames Dickens, Cockburn, Wankhede, Hancock, Cockcroft",
  text="""Good morning all,

Please make the following people welcome over the next few weeks:

Ray Dickens – minibus driver, Routes 2 and 6, starting Monday. Ray has come to us from the council's fleet team and has his MiDAS certificate.

Dr Fiona Cockburn – our new link Educational Psychologist from the Local Authority. Fiona will be in school on Tuesday mornings; Harpreet is holding her diary, so please book consultations through her.

Priya Wankhede – student Speech and Language Therapist on placement with Sade until the Easter holidays. Priya will mostly be working in Kingfisher, Otter and the Post-16 base.

Helen Hancock – lunchtime supervisor in the primary hall, Monday to Thursday.

Simon Cockcroft – music therapist, Thursdays, working across the main site and The Bridge.

All have had their DBS checks and safeguarding induction with Marcus. Lanyards and door fobs are ready in the office, and their photos will go up on the staff board this week.

Thanks
Karen

Karen Whitley
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk""")

_menu_rows = [
    ("Monday", "Cheese and onion pie, new potatoes, baked beans", "Jam roly-poly and custard"),
    ("Tuesday", "Faggots, mash, garden peas and onion gravy (V: Quorn sausages)", "Yoghurt and fresh fruit"),
    ("Wednesday", "Roast chicken, roast potatoes, carrots, Yorkshire pudding", "Spotted dick and custard"),
    ("Thursday", "Chilli con carne with rice or a jacket potato (V: bean chilli)", "Flapjack"),
    ("Friday", "Fish fingers or battered cod, chips, peas", "Eton mess"),
]
M(CLEAN, "clean-hard", "kitchen_menu_faggots_spotted_dick", "kitchen", ["staff"],
  "Menu w/c 3 February", (2025, 1, 31, 11, 20), kind="html", html_cte="quoted-printable",
  note="HTML-only school menu: faggots, spotted dick",
  html=OUTLOOK_HEAD
  + '<p class="MsoNormal">Hi all,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
  + '<p class="MsoNormal">Next week&#8217;s menu is below. The &#8220;beige plate&#8221; option (plain pasta, '
    'plain chicken, bread and butter, crackers) is available every day as usual for pupils with restricted '
    'diets &#8211; please let me know by 10am if numbers change.<o:p></o:p></p>\n'
  + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
  + '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
  + '<tr><th>Day</th><th>Main</th><th>Pudding</th></tr>\n'
  + "".join(f"<tr><td>{d}</td><td>{esc(m)}</td><td>{esc(p)}</td></tr>\n" for d, m, p in _menu_rows)
  + "</table>\n"
  + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
  + '<p class="MsoNormal">Teachers &#8211; could I have the updated safe foods lists for your class by Friday '
    'please? I&#8217;ve only had four back.<o:p></o:p></p>\n'
  + '<p class="MsoNormal">Allergens are on the board in the dining hall as always. The faggots contain gluten '
    'and sulphites.<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
  + '<p class="MsoNormal">Thanks<o:p></o:p></p>\n<p class="MsoNormal">Bernadette<o:p></o:p></p>\n'
  + '<p class="MsoNormal">Catering Manager, Example School &#8211; 01632 960000<o:p></o:p></p>\n'
  + OUTLOOK_TAIL)

M(CLEAN, "clean-hard", "forest_school_nest_box_birds", "tom", ["jane", "ali"],
  "Forest School – our nest box camera is live!", (2025, 3, 7, 15, 20), kind="alt", style="gmail",
  note="forest school news: blue tits, great tit, cock pheasant, woodcock, pussy willow",
  text="""Hi both,

Just a quick one because Finley and Rayan were so excited this afternoon. The camera in the nest box on the big oak is working and we've got visitors: a pair of blue tits have been in and out all week, and today a great tit had a good look too. The boys have named the blue tits Dave and Ketchup.

Other things we spotted on our walk round the pond:
- a cock pheasant strutting along the fence (Rayan did a brilliant impression)
- a woodcock, which is really unusual this close to the city – it flew up right in front of us
- frogspawn! Lots of it.

We also collected pussy willow catkins for the sensory tray – they're so soft, and Finley spent ages stroking them, which was lovely and calming for him.

Next week we're building bug hotels, so please send wellies and a spare pair of socks in a named bag. It's still very muddy down there.

Thanks
Tom

Tom MacLeod
HLTA & Forest School Leader
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-hard", "cricket_club_kit_box", "craig", ["josh", "maisie", "tyler"],
  "Cricket club after Easter - kit", (2025, 3, 13, 13, 2),
  note="PE kit mail: box (abdominal guard), balls, shuttlecocks",
  text="""Hi all,

Cricket club starts again the first Tuesday after Easter, 3.15 to 4.15 on the top field (sports hall if wet).

Kit:
- whites if you've got them, otherwise PE kit is fine
- trainers or cricket spikes – no football studs on the square please
- boys: if you're playing hardball you MUST wear a box (abdominal guard). We do have spares but for hygiene reasons we'd much rather you had your own – they're about £6 from the sports shop in town. Girls' guards are available too, just ask me.
- water bottle and sun cream

We provide bats, pads, helmets, gloves and balls. Anyone who finds the hard ball too much can stay on the soft-ball Kwik Cricket pitch – no pressure.

If it's too wet for the field we'll do badminton in the hall, so bring indoor trainers. I've ordered new shuttlecocks because the old ones are more tape than feather.

Mr Bell""")

M(CLEAN, "clean-hard", "biology_reproduction_revision", "ben", ["maisie"],
  "Biology retrieval quiz on Thursday - what to revise", (2025, 2, 25, 14, 10),
  note="GCSE biology revision list to a pupil: reproductive system vocabulary",
  text="""Hi Maisie,

As promised, here's what's in Thursday's retrieval quiz (topics B5 Hormones and B6 Inheritance):

1. Sexual and asexual reproduction – advantages and disadvantages of each
2. Meiosis and gametes: sperm and egg cells in animals, pollen and egg cells in flowering plants
3. Label the male and female reproductive systems: penis, testes, sperm duct, urethra, ovaries, oviduct, uterus, cervix, vagina
4. Hormones in human reproduction: oestrogen, progesterone, FSH and LH in the menstrual cycle; testosterone is made in the testes
5. Contraception: hormonal and non-hormonal methods, and how each one works

Use your knowledge organiser (green sheet) and the flashcards we made last week. The Seneca quiz for B5 is set on Teams as well.

It's 15 questions, no timer, and you can do it in the library if the classroom is too busy.

Mr Sutcliffe""")

M(CLEAN, "clean-hard", "science_technician_order", "dev", ["supplies"],
  "Order - account EXS-4471", (2025, 1, 14, 13, 55),
  note="lab order to a supplier: cocktail sticks, rubber bungs, Uranus poster, ball and spoke kits",
  text="""Hello,

Please could you process the following order on account EXS-4471 (Example School, Park Row, Leeds LS1 4AP). PO number 25-0117.

2 x cocktail sticks, wooden, pack of 1000
1 x titration set (50 ml burettes), pack of 5
30 x rubber bungs, size 21, one hole
10 x Hooke's law spring sets
2 x molecular model kits (ball and spoke), class set
1 x "Our Solar System" poster set (the one with Uranus and Neptune on separate A2 sheets)
20 x safety spectacles, small size
4 x dissection kits, blunt-ended scissors

Could you also confirm whether the magnetic stirrers on your website are back in stock?

Delivery to main reception please, not the kitchen entrance.

Many thanks

Dev Mistry
Science Technician
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000 (ext. 231)""")

M(CLEAN, "clean-hard", "history_bloody_mary_homework", "nadia", ["maisie", "josh", "tyler"],
  'Homework: was Mary I really "Bloody Mary"?', (2025, 1, 28, 13, 45), kind="alt", style="gmail",
  note="history homework: 'Bloody Mary', burned at the stake",
  text="""Hi Year 10,

This week's homework (due Tuesday 4 February):

Mary I is remembered as "Bloody Mary" because about 280 Protestants were burned at the stake for heresy during her reign.

Task: write a paragraph (or record a voice note on Teams if you prefer) answering this question: Was Mary I any worse than the other Tudor monarchs, or did she just get a bad name?

Use at least two of these facts:
- Henry VIII had thousands of people executed, including two of his wives
- Elizabeth I had Catholic priests hanged, drawn and quartered
- most of the history books were written by Protestants after Mary died
- John Foxe's "Book of Martyrs" was placed in churches across England

Sentence starters are on the sheet in your folder. If you get stuck, come to homework club on Monday lunchtime.

Miss Farooq""")

M(CLEAN, "clean-hard", "kes_set_text_language_letter", "phil", ["sam"],
  'Year 10 English – our class reader, "A Kestrel for a Knave"', (2025, 1, 10, 15, 15), kind="alt",
  note="[unsure] letter to parents warning about set-text language, quotes Kes ('little bastard', 'bloody')",
  text="""Dear parents and carers,

This half term Year 10 are reading "A Kestrel for a Knave" by Barry Hines (you might know the film, Kes) as part of their English pathway.

It's a brilliant book for our young people. Billy is a lad who is written off by almost everyone around him and then finds something he's really good at, and a lot of ours recognise themselves in him.

I want to let you know in advance that it's set in a Yorkshire pit village in the 1960s and the characters talk the way people did then. There is strong language in places – Billy's older brother Jud calls him a "little bastard" more than once, and "bloody" is on most pages – and there is some violence, including the ending, when Jud kills the kestrel, which some pupils find upsetting.

We don't skip these parts. We talk about why Hines wrote the characters that way and what it tells us about Billy's life, and we're very clear in class that the language belongs to the book. For pupils who might find the ending hard we'll pre-teach it using a social story, and they can choose to read that chapter in the library base with Mrs Rafferty.

If you'd like to borrow a copy to read at home, or to talk about any of this, just reply to this email.

Kind regards

Phil Ellison
English Teacher (KS4)
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-hard", "macbeth_insults_starter", "phil", ["maisie", "josh", "tyler"],
  "Macbeth - starter for Wednesday", (2025, 3, 4, 17, 25),
  note="English starter quoting Shakespeare insults ('damned spot', 'whoreson zed', 'cream-faced loon')",
  text="""Evening all,

For tomorrow's starter we're doing Shakespeare's insults and curses. Have a look at these before the lesson and pick the two you like best:

1. "Thou cream-faced loon!" – Macbeth to his servant (Act 5 Scene 3)
2. "Out, damned spot! Out, I say!" – Lady Macbeth sleepwalking (Act 5 Scene 1)
3. "The devil damn thee black" – Macbeth again, same scene as number 1
4. "Do you bite your thumb at us, sir?" – Romeo and Juliet, Act 1 Scene 1
5. "Thou whoreson zed! Thou unnecessary letter!" – King Lear (Kent insulting Oswald)

For each one, work out who is saying it, who to, and what it tells us about how they're feeling at that point.

Reminder of the rule: we use these in role, about the characters, never at each other. Anyone caught calling Mr Sutcliffe a cream-faced loon will be doing the next one on their own.

Mr Ellison""")

M(CLEAN, "clean-hard", "re_life_after_death_homework", "gwen", ["maisie", "josh"],
  "RE - life after death table for Monday", (2025, 2, 12, 10, 30),
  note="RE homework: heaven, hell, judgement, Jahannam",
  text="""Hi Year 11,

For Monday please complete the "Life after death" comparison table in your booklet (page 14). You need one belief and one quote or key word for each worldview:

Christianity – heaven, hell and judgement. Some Christians (mainly Catholics) also believe in purgatory. Quote: "Then they will go away to eternal punishment, but the righteous to eternal life" (Matthew 25:46).
Islam – Akhirah, the Day of Judgement, Jannah (paradise) and Jahannam (hell).
Sikhism – samsara (the cycle of rebirth), karma and mukti (liberation).
Humanism – no afterlife; this is "the one life we have".

The exam might ask you to explain two religious beliefs about life after death (4 marks), so practise writing them as full sentences.

Also, next Thursday a visitor from the local gurdwara is coming in to talk about sewa. Write down one question you'd like to ask him.

Mrs Ackroyd""")

M(CLEAN, "clean-hard", "german_false_friends_quiz", "sian", ["josh", "maisie"],
  "Deutsch – false friends quiz 😄", (2025, 2, 6, 12, 5), kind="alt", style="gmail",
  note="German vocabulary (Gift, Fahrt, Kunst, Schmuck, Mist); encoded subject and sender name",
  text="""Hallo zusammen!

Here are the "false friends" from today's lesson – German words that look like English words but mean something completely different. Learn them for a quick quiz on Tuesday:

das Gift – poison (not a present! A present is "das Geschenk")
die Fahrt – journey, trip ("Gute Fahrt!" = have a good journey)
der Rock – skirt
die Kunst – art
der Schmuck – jewellery
bitte – please
also – so, therefore
bekommen – to get, to receive (not "to become")
der Chef – the boss
Mist! – "rubbish!" / "oh no!" (you heard me say it when the projector froze 😅)

Extra point on Tuesday if you can tell me what "Ausfahrt" means on a motorway sign.

Viel Glück!
Frau Llewelyn

Siân Llewelyn
Modern Foreign Languages
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-hard", "rse_growing_up_letter", "gwen", ["jane", "ali"],
  "Relationships and sex education – summer term (Kingfisher & Otter)", (2025, 3, 11, 14, 30),
  kind="alt", note="RSE letter to parents: correct anatomical terms, puberty, masturbation as private behaviour",
  text="""Dear parents and carers,

Next term, as part of PSHE, Kingfisher and Otter classes will be doing our Growing Up unit. I wanted to tell you what we'll cover so you can support it at home and ask any questions beforehand.

What we will teach (using simple language, photos, symbols and anatomically correct dolls):
- the correct names for body parts, including penis, testicles, vulva, vagina and breasts
- how bodies change in puberty: growing hair, periods, erections and wet dreams, body odour and washing
- public and private: which places are private (bedroom, bathroom with the door shut), which body parts are private, and that touching your own private parts, including masturbation, is something we only do in a private place
- good touch and bad touch, and saying "no" or "stop"; who their trusted adults are
- staying safe online, including never sending pictures of private parts

Using the correct words really matters for safeguarding: children who can name their body parts accurately are better able to tell an adult if something has happened.

Parents can ask to withdraw their child from sex education (but not from relationships or health education, which are compulsory). Please speak to me before making a decision – we can show you every resource.

We're holding a parent and carer workshop on Wednesday 26 March at 2pm in the family room, where you can see all the materials. A summary of the unit is attached.

Kind regards

Gwen Ackroyd
PSHE and RSE Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  atts=[("Growing Up unit summary.pdf", "application/pdf",
         make_pdf("Growing Up - unit summary (Kingfisher and Otter)", [
             "Lesson 1: My body - naming body parts correctly",
             "Lesson 2: Growing up - how bodies change",
             "Lesson 3: Keeping clean",
             "Lesson 4: Public and private places and behaviours",
             "Lesson 5: Safe touch, saying no, trusted adults",
             "Lesson 6: Staying safe online",
             "Parent and carer workshop: Wednesday 26 March, 2pm, family room"]))])

M(CLEAN, "clean-hard", "intimate_care_plan_review", "aisha", ["rhian", "tom"],
  "Intimate care plan review - J.W. (Kingfisher)", (2025, 1, 16, 16, 20), cc=["harpreet"],
  note="staff-only intimate care plan: toileting, bottom, penis, smearing faeces",
  text="""Hi Rhian and Tom,

Thanks for meeting today. Here's a summary of what we agreed for J.W.'s intimate care plan – I'll update the signed copy and send it to mum for her signature.

Toileting
- Continue timed toilet visits (on arrival, after break, after lunch, 2.30pm) using the now/next board and the sand timer. He managed to sit for two minutes twice this week, which is real progress.
- Pull-ups for the minibus and for the afternoon only, from Monday.
- Wiping: hand-over-hand, front to back, fading prompts as agreed. Please note it on the log each time.
- Barrier cream on his bottom if the skin looks red or sore (mum has sent in the Sudocrem, it's in his named box).

Changing
- Two staff present for all changes, in the hygiene suite, as per policy. Keep talking him through each step using the same words every time.

Other
- Mum reported two episodes of smearing faeces at home over Christmas. She's happy for us to share that with Lucy (OT) – we wondered if it's sensory seeking, so Lucy will look at messy play options.
- He has started touching his penis through his trousers in class when he's anxious or waiting. This is really common at his stage. Please calmly redirect him to his fidget or the tangle, use the "private" social story, and record it on the log so we can look for patterns. No telling off and no big reaction.

Review again after half term.

Aisha

Aisha Begum RN
School Nurse
Example School | 01632 960000""")

M(CLEAN, "clean-hard", "tourettes_tics_staff_brief", "sade", ["phil", "ben", "nadia", "nasreen"],
  "Aaron P – tics update and how to respond", (2025, 1, 15, 8, 25), cc=["owen"], kind="alt",
  note="SaLT brief to staff quoting a pupil's involuntary tics (coprolalia: 'fuck', 'wanker'); staff-only",
  text="""Hi all,

A quick update following Aaron's review with the neurology nurse yesterday, as several of you have asked.

Aaron's Tourette's has flared up since Christmas (stress, a change of medication and the mocks all play a part). His vocal tics at the moment include throat clearing, a high "whoop", and some coprolalia – he is shouting "fuck" and "wanker", sometimes loudly and in quiet lessons. His motor tics include shoulder shrugging and eye blinking.

Please remember these are involuntary:
- don't tell him off or ask him to stop – it makes them worse, and he is already mortified
- don't draw attention to them; carry on teaching
- if other pupils react, a calm "that's Aaron's tic, carry on" is enough (he's happy for us to say this)
- he has a green exit card and can go to the Post-16 base whenever he needs to
- for exams he'll have a separate room – Harpreet is sorting the access arrangements

It would really help if you could add a tally to the tic tracker on Teams at the end of each lesson (just frequency, not the words), so we can share it with the neurology team.

Any questions, grab me in the SaLT room.

Sade

Sade Okonkwo
Speech and Language Therapist
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-hard", "racist_abuse_incident_to_dsl", "nasreen", ["dsl"],
  "Incident P3 today - racist abuse, please log", (2025, 2, 27, 12, 5), cc=["owen"],
  note="TA's incident report to the DSL quoting a pupil's racist abuse verbatim; staff-only",
  text="""Marcus,

Writing this up as requested. At about 11.20 in period 3 (science, S2), L.M. (Y9) became dysregulated when I asked him to put his phone in the tray. He stood up, shouted "fuck off you fat Paki bitch" at me, then threw his chair towards the back wall. Nobody was hit.

Mr Sutcliffe took the rest of the group to the library and Owen came and took L.M. to the quiet room. He calmed down after about 20 minutes.

Witnesses: Ben Sutcliffe, and pupils M.D. and T.R. (both heard it).

I have recorded it on CPOMS as a racist incident and as a physical incident (thrown furniture, no injury). I'm OK, but I would like a chance to talk about it before I'm next in with that group, and I'd like it dealt with the same way we would if it had been said to a pupil.

Nasreen

Nasreen Akhtar
Teaching Assistant, Secondary
Example School""")

M(CLEAN, "clean-hard", "willow_house_disclosure_to_dsl", "zoe", ["dsl"],
  "Disclosure at Willow House tonight – D.S.", (2025, 3, 2, 22, 18), cc=["anya"],
  note="night worker's disclosure report to the DSL quoting a child's exact words (incl. swearing)",
  text="""Marcus,

Sending this tonight as I know you check the DSL inbox first thing. I have also rung the on-call manager (Anya) at 21.55 and followed the out-of-hours procedure – no immediate risk, as D is staying with us until Tuesday.

At approximately 21.40 I was doing D's bedtime routine (D.S., age 11). While I was putting his weighted blanket on he said, in these exact words: "If I tell my mum's boyfriend I wet the bed he'll call me a dirty little shit and smash my fucking face in."

I said, "Thank you for telling me. Can you tell me more about that?" He said "he just does" and then asked for his story. I did not ask any more questions. I told him I would need to tell Marcus so that grown-ups can help keep him safe, and he said "ok".

I checked his body map from bath time (19.30): no marks seen.

All of this is recorded on CPOMS with the times. He is asleep now and staff are doing 15-minute checks as usual.

Zoë Haddad
Night Care Worker, Willow House""")

_bridge_csv = """date,time,pupil,staff,location,category,description,action
20/01/2025,09:40,T.H.,LN,Classroom 2,Verbal - staff,"Told LN to ""piss off"" when asked to start work. Left room.",Take-up time; returned 09:55
20/01/2025,13:10,K.F.,DW,Yard,Prejudice-related (homophobic),"Called R.M. a ""gay boy"" and a ""faggot"" during football.",Removed from game; restorative with R.M. 21/01; parents informed
21/01/2025,11:25,S.J.,OP,Corridor,Damage,Kicked fire door repeatedly. No damage found.,Walk and talk; sensory break
22/01/2025,10:05,T.H.,OP/LN,Classroom 1,Physical intervention,"Threw tablet, moved towards peer. Standing hold 2 mins.",Debrief with T.H. and staff; mum phoned
22/01/2025,14:30,K.F.,LN,Minibus,Prejudice-related (homophobic),"Repeated ""that's so gay"" and ""you're gay"" at R.M. after being asked to stop.",Seat moved; second restorative; parents informed
23/01/2025,09:15,A.F.,DW,Classroom 2,Verbal - task,"Said ""this is shit, I'm not doing it"" and ripped worksheet.",Offered choice of task; completed 2/3
23/01/2025,12:50,S.J.,OP,Dining room,Verbal - peer,"Called peer a ""nonce"" after argument over a seat.",Separated; talk with OP
24/01/2025,10:30,A.F.,DW,Classroom 2,Refusal,Refused maths. Slept on beanbag.,Check-in - reported no sleep; referred to FLO
"""
M(CLEAN, "clean-hard", "bridge_behaviour_log_csv", "owen", ["marcus", "declan"],
  "Bridge behaviour log w/e 24 Jan", (2025, 1, 24, 16, 40),
  note="PRU weekly behaviour log (CSV attachment) quoting pupils' homophobic/abusive words verbatim; staff-only",
  text="""Marcus, Declan,

Weekly behaviour log for The Bridge attached (CSV, same columns as the CPOMS export).

Headlines:
- 8 logged incidents, down from 13 last week
- 2 prejudice-related (both homophobic language, same pupil) – parents informed, restorative done with the pupil he targeted
- 1 physical intervention (T.H., Wednesday, standing hold, 2 mins, debriefed)
- attendance 81%, up from 76%

The language ones are quoted word for word in the log as per the recording guidance, so please don't forward it outside the team.

Owen

Owen Pritchard
Pastoral & Behaviour Lead – The Bridge
Example Federation | 01632 960000""",
  atts=[("Bridge behaviour log 20-24 Jan.csv", 'text/csv; charset="utf-8"',
         _bridge_csv.replace("\n", "\r\n").encode("utf-8"))])

M(CLEAN, "clean-hard", "head_reply_parent_swore_quoted", "gillian", ["sam"], "Re: Kacey's transport",
  (2025, 1, 28, 12, 30), style="gmail",
  note="head's calm reply; swearing only in the parent's quoted message below",
  text="""Dear Sam,

Thank you for your email, and I'm sorry this morning was so stressful for you and for Kacey. I can hear how frustrated you are, and I know how much a disrupted start affects her whole day.

I've spoken to Gary Fenwick, our transport coordinator, and to Kelly. The bus does have to keep to time because of the other children on the route, but I agree we need a better plan for mornings when Kacey is struggling to get out of the door, rather than the bus simply leaving. Gary is going to look at whether Kacey could be the last pick-up on Route 4 instead of the third, which would give you an extra ten minutes.

I'd like to meet with you, with Jo Pryce (our family liaison officer), to talk this through properly. Would Thursday at 9.15 work? We can do it over Teams if that's easier.

I'd also gently ask that we keep our messages respectful on both sides. Kelly and the driver are working hard for Kacey too – and I have spoken to Kelly about the tone of her email to you yesterday, which wasn't how we want to communicate with families.

Kind regards

Gillian Ashworth
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000

On Tue, 28 Jan 2025 at 08:31, Sam Carer <sam.carer@outlook.com> wrote:
> This is a fucking joke. The bus left at 7.58 when I was literally walking out the door with her. Your escort is rude and your transport is a shambles. Kacey screamed for an hour because her whole day was ruined before it started.
>
> Sort it out or I'm going to the council.
>
> Sam""")

M(CLEAN, "clean-hard", "deputy_reply_outlook_quoted_abuse", "marcus", ["ali"], "RE: Incident on Tuesday",
  (2025, 1, 22, 9, 10), cc=["rhian"], kind="alt",
  note="deputy head's polite reply; 'bloody useless', 'twats' only in the parent's quoted Outlook block",
  text="""Dear Mr Guardian,

Thank you for your email, and for taking the time to come in yesterday. I'm sorry you left feeling that we hadn't listened.

I've looked at Tuesday morning in detail. Rayan became distressed at around 9.40 when carpet time moved to after snack because of the fire drill. The class team followed his support plan – quiet space, ear defenders, his "now and next" board – and he was back with the group by 10.15. He wasn't held or restrained at any point. The ABC record is on his file and I'm happy to go through it with you.

You're absolutely right that changes to routine are hard for Rayan, and we should have warned him (and you) about the fire drill. That's a fair point and we'll put it right.

I'd like to offer a meeting with myself, Rhian and our speech and language therapist to look at how we prepare Rayan for changes in future. Could you do Thursday at 3.30pm?

Kind regards

Marcus Adeyemi
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 21 January 2025 21:47
To: Marcus Adeyemi <m.adeyemi@example-school.org.uk>
Subject: Incident on Tuesday

Your staff are bloody useless. You changed his routine without telling anyone and then acted surprised when he kicked off. I came in today and got talked down to by a bunch of twats who don't know the first thing about autism.

I want a meeting with someone who actually knows what they're doing.

Ali Guardian""")

M(CLEAN, "clean-hard", "forward_pupil_email_to_dsl", "emma", ["dsl"], "FW: unit 3",
  (2025, 1, 30, 7, 52), style="gmail",
  note="staff forwards a pupil's abusive and worrying late-night email to the DSL; swearing is the pupil's",
  text="""Marcus,

Forwarding this, which Kieran Barnes (Y13) sent me at 23.48 last night from his school account. It came after I emailed him yesterday morning chasing his coursework – and to be honest my email to him wasn't my finest moment, I'll talk to you about that too.

The swearing I can deal with. It's the last lines that worry me. He's been flat for a couple of weeks and has missed two sessions with Sade. I haven't replied. Can we talk before period 1?

Emma

---------- Forwarded message ---------
From: Kieran Barnes <19kbarnes@pupils.example-school.org.uk>
Date: Wed, 29 Jan 2025 at 23:48
Subject: unit 3
To: Emma Marsh <e.marsh@example-school.org.uk>

ur a fucking joke miss. like i care about ur exam board. everyone in this place thinks im thick anyway

i dont even see the point of anything anymore. dont bother chasing me""")

M(CLEAN, "clean-hard", "language_policy_briefing", "marcus", ["staff"],
  "Language – consistent responses (for Monday's briefing)", (2025, 2, 28, 13, 0), kind="alt",
  note="SLT note on the behaviour policy about pupils' swearing and slurs ('gay' as insult, 'retard', 'spaz' named as examples)",
  text="""Dear all,

Ahead of Monday's briefing, here's the summary from SLT of how we respond to language, following the staff survey. It's also in the behaviour policy, section 6.

1. Swearing as part of dysregulation. When a young person is in crisis, swearing is communication, not a choice. Don't respond to the words; respond to the distress. No sanction in the moment. Come back to it, if at all, when they're regulated.

2. Swearing directed at a person. Same first response. Once they're calm, a restorative conversation, and log it on CPOMS.

3. Prejudice-based language. Words like "gay" used as an insult, "retard" or "spaz", and any racist or sexist term are always challenged, every time, even when a pupil "didn't mean it" or is repeating something from home or online. Log it as prejudice-related on CPOMS and record the exact words used – "racist comment" on its own isn't enough for us to spot patterns.

4. Tics. Pupils with Tourette's or a tic disorder are never sanctioned for tics, including coprolalia. Check the pupil's support plan.

And a reminder for all of us: our own language is the model. Nothing in staff emails, Teams chats or the staff WhatsApp that you wouldn't be comfortable hearing read out to a parent. There have been a couple of lapses recently and I'd rather we all just reset.

Thanks, all – see you Monday.

Marcus

Marcus Adeyemi
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-hard", "salt_echolalia_advice_parent", "sade", ["jane"], "Re: Finley's new phrase",
  (2025, 2, 10, 15, 40), kind="alt", style="gmail",
  note="[unsure] SaLT advice to a parent quoting the child's echolalic phrase ('oh shit')",
  text="""Hi Jane,

Thanks for your email, and please don't be embarrassed – honestly, this comes up all the time!

When Finley says "oh shit" every time something drops, it's almost certainly delayed echolalia. He's picked up the whole phrase as one chunk, along with the feeling that goes with it (probably from a video, or from an adult at a surprising moment), and it's become his script for "something has gone wrong". So it's actually a sign he's communicating about the situation, which is good.

What tends to work:
- Give him a replacement that does the same job. Model "oh no!" or "uh-oh, dropped it!" in a big, fun voice every time something falls – even when he hasn't said anything. Lots of repetition.
- Keep your reaction to the original phrase small and neutral. A big reaction (even laughing) can make it more rewarding to say.
- We'll do the same at school. We've heard it once in class, so we'll all use "uh-oh, dropped it!".

It usually fades over a few weeks once the new script takes hold. Let me know how it goes.

Best wishes
Sade

Sade Okonkwo
Speech and Language Therapist
Example School, Park Row, Leeds LS1 4AP
01632 960000

On Mon, 10 Feb 2025 at 07:58, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Sade, slightly embarrassing one. Finley has started saying a swear word every time he drops something, I think from his cousin's YouTube. We're trying to ignore it but his nan is mortified. Any tips? Jane""")

M(CLEAN, "clean-hard", "relaxed_panto_dick_whittington", "office", ["jane", "sam", "ali"],
  "Relaxed pantomime – Dick Whittington, Thursday 16 January", (2025, 1, 7, 14, 10), kind="html",
  note="HTML-only trip letter: pantomime 'Dick Whittington', King Rat",
  html=OUTLOOK_HEAD + "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in [
      "Dear parents and carers,",
      "We have been offered free tickets for the <b>relaxed performance of Dick Whittington</b> at the Kirkgate "
      "Playhouse on <b>Thursday 16 January at 1pm</b>, for pupils in Kingfisher, Otter and Heron classes and Year 10.",
      "A relaxed performance means the house lights stay on low, there are no loud bangs or pyrotechnics, the "
      "audience can move around and make noise, and there&#8217;s a chill-out space in the foyer. The cast will come "
      "out before the show to say hello in costume, including Tommy the Cat and King Rat, so the children know what "
      "to expect.",
      "We&#8217;ll travel by minibus and be back in time for home transport. The theatre&#8217;s visual story is on the "
      "school website under <i>Trips</i> &#8211; it&#8217;s really worth looking at together a few times before the day.",
      "Please complete the consent form on the school app by <b>Monday 13 January</b>.",
      "Kind regards",
  ]) + '\n<p class="MsoNormal">The Office<o:p></o:p></p>\n<p class="MsoNormal">Example School, Park Row, Leeds LS1 4AP '
       '&#8211; 01632 960000<o:p></o:p></p>\n' + OUTLOOK_TAIL)

M(CLEAN, "clean-hard", "ucas_offers_sussex_middlesex", "emma", ["leah"], "UCAS - you've got offers!",
  (2025, 2, 13, 11, 15),
  note="post-16 mail to a pupil about university offers: Sussex, Middlesex, Essex",
  text="""Leah!!

I've just seen UCAS Hub – Sussex have made you an offer for Psychology (BBC, with a B in Biology or Psychology) and Middlesex have made you an unconditional offer. Essex are still to reply. Brilliant, brilliant news and so well deserved.

Next steps:
- Don't accept or decline anything yet. You have until May to decide.
- Sussex have an offer-holder day on Saturday 15 March at the Falmer campus. If you'd like to go, we can look at trains together, and I can help you write to their Disability Advice team beforehand so they know about your support plan.
- We'll start your Disabled Students' Allowance application after half term – I'll book us an hour.

Come and find me in the base at lunch, I want to hear how you're feeling about it all.

Miss Marsh""")

M(CLEAN, "clean-hard", "epilepsy_plan_rectal_to_buccal", "aisha", ["jane"],
  "Finley's emergency medication – change to buccal midazolam", (2025, 2, 27, 10, 40),
  note="school nurse to a parent: rectal diazepam replaced by buccal midazolam",
  text="""Dear Jane,

Thank you for sending in the letter from Dr Hewitt's clinic. As we discussed on the phone, from Monday 3 March Finley's emergency rescue medication at school will change from rectal diazepam to buccal midazolam (given into the side of his cheek).

What happens next:
- I've updated his individual healthcare plan and epilepsy care plan – a copy is attached for you to check and sign
- the class team, the Route 2 minibus crew and the Willow House staff who work with Finley have all completed buccal midazolam training with me this week
- please send in two in-date packs of the oral syringes in the original pharmacy box with his name on the label – one stays in class and one travels with him on the bus
- the rectal diazepam we currently hold will come home on Friday in a sealed bag. Please don't send it back in.

If you notice any change in his seizure pattern, or the dose changes, please let me know straight away.

Kind regards

Aisha Begum RN
School Nurse
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  atts=[("Finley - epilepsy care plan March 2025.pdf", "application/pdf",
         make_pdf("Epilepsy care plan - updated March 2025", [
             "Emergency medication: buccal midazolam (replaces rectal diazepam from 3 March).",
             "Give as prescribed if a tonic-clonic seizure lasts 5 minutes or more.",
             "Call 999 if the seizure continues 10 minutes after medication.",
             "Trained staff: class team, Route 2 crew, Willow House.",
             "Parent signature: ____________________  Date: ________"]))])

M(CLEAN, "clean-hard", "interpreter_booking_names", "jo", ["interp"],
  "Interpreter bookings – Vietnamese home visit 6 Feb, Gujarati review 13 Feb", (2025, 1, 31, 9, 35),
  kind="alt", note="interpreter booking with names Phuc Tran and Mr Dikshit",
  text="""Good morning,

I'd like to make two bookings please.

1. Vietnamese interpreter, home visit
Thursday 6 February, 10.00–11.30am. Home visit with the family of a new pupil, Phuc Tran (age 7), who starts with us after half term. Mum's name is Nguyen Thi Hoa. The address and access details are on our secure booking form, which I'll send through the portal as usual. The visit is with me and our speech and language therapist, so it will include some discussion of communication and toileting – a female interpreter would be preferred if possible.

2. Gujarati interpreter, annual review
Thursday 13 February, 1.30–3.00pm, in school. If Mr Anand Dikshit is available we'd really like him again – he interpreted for this family last year and they found him very reassuring.

Please invoice Example School as before (PO 25-0131).

Many thanks

Jo Pryce
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000 | I work Monday to Thursday""")

# ============================ CLEAN: everyday ==============================
M(CLEAN, "clean-everyday", "newsletter_17_january", "office", ["jane", "sam", "ali"],
  "Example School News – Friday 17 January", (2025, 1, 17, 14, 30), kind="alt",
  note="weekly newsletter to families",
  text="""Dear families,

Welcome to our first newsletter of 2025 – a bit late, sorry! It's been a lovely, busy start to the spring term.

From Mrs Ashworth
Thank you to everyone who came to the Christmas sensory show. Seeing Heron class perform with the light wall and the drums was one of my favourite moments of the year. This term our focus across school is "communication for everyone", and you'll see more Makaton signing in assemblies – we'll send home a sign of the week every Monday.

Pantomime
Thank you for all the consent forms for yesterday's relaxed pantomime trip. The children were brilliant, and several of them met Tommy the Cat in the foyer afterwards!

Attendance
Whole school attendance so far this term is 91.4%. Well done to Otter class, who had 98% last week. If your child is ill, please ring the attendance line on 01632 960000 (option 1) before 9.30am.

Willow House
The short breaks team have a few cancellation nights in February. If you're already a short breaks family and would like an extra night, please speak to Anya.

Family coffee morning
Jo Pryce's coffee morning is back on Wednesday 22 January at 9.15 in the family room. This month we have a visitor from the local carers' support service. Younger siblings are welcome.

Dates for your diary
Wednesday 22 January – family coffee morning
Wednesday 5 February – Kingfisher class farm trip
Friday 14 February – school closes for half term
Monday 24 February – INSET day, school closed to pupils
Tuesday 25 February – pupils return

Have a restful weekend.

The Office Team
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk""")

M(CLEAN, "clean-everyday", "attendance_absence_query", "attendance", ["ali"], "Rayan - absence today",
  (2025, 2, 3, 9, 48), note="attendance officer asks a parent about an unexplained absence",
  text="""Dear Mr Guardian,

Rayan has been marked as absent this morning and we haven't received a message to say why. Could you please let us know the reason for his absence and when you expect him back?

If he is unwell, please ring the attendance line on 01632 960000 (option 1) each day he is off, or reply to this email.

If you'd like his transport to pick him up tomorrow as normal there's no need to do anything; if not, please let Gary in transport know so the bus doesn't wait.

Thank you

Debbie Lomas
Attendance Officer
Example School
Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-everyday", "transport_move_to_minibus", "transport", ["jane"],
  "Finley's transport from Monday 3 February", (2025, 1, 29, 11, 30),
  note="transport change letter to a parent",
  text="""Dear Jane,

As we discussed on the phone, from Monday 3 February Finley will move from the taxi to the Route 2 minibus. The details:

- Pick-up: about 8.05am from home (the passenger assistant will text you when they're five minutes away)
- Driver: Ray Dickens
- Passenger assistant: Pauline Dunne
- Drop-off: about 3.50pm

Pauline will carry Finley's travel passport and his emergency medication bag. She'd love to meet you both before Monday – she could pop round on Thursday after the afternoon run, at about 4.15, if that suits you.

The taxi firm will still collect him this Friday as normal. Please let me know if the harness seat on the taxi belongs to you, so we can get it back to you.

Kind regards

Gary Fenwick
Transport Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-everyday", "home_school_lovely_moment", "rhian", ["ali"], "Rayan's day 😊",
  (2025, 2, 12, 15, 25), kind="alt", style="gmail",
  note="short positive home-school note; emoji subject (RFC 2047)",
  text="""Hi Ali,

Just wanted to share a lovely moment from today. Rayan used his PECS book to ask for "trampoline" and "more" all by himself in the hall – no prompts at all! He was beaming. We've put a photo on Evidence Me for you.

He ate some of his lunch (the crackers and the apple) and had a calm afternoon. His spare trousers were used after water play, so they're coming home in his bag.

Have a good evening,
Rhian""")

M(CLEAN, "clean-everyday", "sensory_circuits_timetable", "lucy", ["rhian", "kate", "sunil"],
  "Sensory circuits - new timetable from Monday", (2025, 1, 9, 16, 5), cc=["emma"],
  note="OT to class teachers: sensory circuits timetable",
  text="""Hi all,

New sensory circuits slots from Monday 13 January, in the hall:

Kingfisher – 9.00–9.15
Otter – 9.15–9.30
Heron – 9.30–9.45
Post-16 (optional drop-in) – 1.00–1.15

The circuit stays in the same order: alerting (trampette, star jumps), organising (balance beam, scooter boards, crawling through the tunnel), then calming (heavy work with wall push-ups and the peanut ball, then deep pressure on the crash mat).

A couple of reminders:
- please bring pupils' individual sensory profiles if they've changed
- if someone's already over-aroused, skip the alerting section and go straight to organising
- the gym mats go back against the wall afterwards please – the site team need the floor clear for lunch

I'll be there for the first two weeks to model it, then the class teams will run it, with me checking in on Fridays.

Thanks
Lucy

Lucy Brierley
Occupational Therapist
Example School | Park Row, Leeds LS1 4AP | 01632 960000""")

M(CLEAN, "clean-everyday", "salt_core_vocabulary_board", "sade", ["jane"],
  "Finley's new core vocabulary board", (2025, 1, 24, 13, 20),
  note="SaLT sends a parent a communication board (PDF)",
  text="""Hi Jane,

As promised, here's Finley's new core vocabulary board (attached as a PDF so you can print it at home – A4 or A3 both work). It's the same layout as the one on his desk at school, so the symbols will be in the same place wherever he is.

The new words we're working on this half term are "help", "finished", "different" and "my turn". If you can model them on the board during everyday routines (snack, bath, getting dressed), even without expecting him to use them back yet, that's exactly what we need.

I'm in Kingfisher on Tuesday and Thursday mornings if you'd like to come in and see how we're using it in class.

Best wishes
Sade

Sade Okonkwo
Speech and Language Therapist
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  atts=[("Finley core vocabulary board.pdf", "application/pdf",
         make_pdf("Core vocabulary board", [
             "I  want  more  stop  go  help",
             "finished  different  my turn  your turn  like  not",
             "eat  drink  play  look  open  put",
             "in  on  up  down  here  that"]))])

M(CLEAN, "clean-everyday", "flo_coffee_morning_cygnet", "jo", ["jane", "sam", "ali"],
  "Coffee morning next Wednesday + Cygnet course places", (2025, 1, 15, 10, 0), kind="html",
  note="HTML-only invitation from the family liaison officer",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Hello everyone,</p>
<p>Our <b>family coffee morning</b> is back next <b>Wednesday 22 January, 9.15&#8211;11.00</b> in the family room (through the main reception and first left). It&#8217;s very informal &#8211; come for ten minutes or stay for the lot. This month we have a visitor from the local carers&#8217; support service who can talk about carer&#8217;s assessments and short breaks funding.</p>
<p>I also have <b>four places left on the Cygnet parenting programme</b>, starting Tuesday 4 March (six Tuesday mornings, 9.30&#8211;12.00). It&#8217;s for parents and carers of children and young people with autism and covers understanding autism, communication, sensory needs and managing behaviour. Lots of our parents say it&#8217;s the most useful thing they&#8217;ve done.</p>
<p>If you&#8217;d like a place, or you just want to chat it through, reply to this email or ring the office on 01632 960000 and ask for me.</p>
<p>Hope to see you on Wednesday,</p>
<p>Jo<br>
Jo Pryce<br>
Family Liaison Officer<br>
Example School, Park Row, Leeds LS1 4AP</p>
</body></html>
""")

M(CLEAN, "clean-everyday", "willow_house_short_break_dates", "anya", ["ali"],
  "Willow House - Rayan's short breaks, February and March", (2025, 1, 10, 12, 20),
  note="residential short-breaks booking confirmation to a parent",
  text="""Dear Ali,

Here are Rayan's confirmed short break nights for the next two months:

Tuesday 4 February
Thursday 13 February
Tuesday 4 March
Thursday 20 March

As usual, Rayan will come over to Willow House from class at 3.15, and the next morning school transport will take him the 50 metres back to class (he likes the ride!).

Please send pyjamas, his blue torch, toothbrush, two changes of clothes, and any evening or morning medication in the original packaging, with the MAR sheet signed. We have plenty of plain pasta in.

If anything changes at home, or you'd like to swap a date, give me a ring on 01632 960000 and ask for Willow House.

Kind regards

Anya Novak
Residential Short Breaks Manager
Willow House, Example School, Park Row, Leeds LS1 4AP""")

M(CLEAN, "clean-everyday", "functional_maths_budget_homework", "emma", ["aaron"],
  "Money homework for Friday", (2025, 2, 4, 14, 55),
  note="short homework mail to a pupil",
  text="""Hi Aaron,

Your homework this week is the supermarket budget task on Teams – you've got £25 to plan a week of lunches. Use the price list in the task and show your working for the totals and the change.

Due Friday. If the link doesn't work, there's a paper copy in your tray in the base.

Miss Marsh""")

M(CLEAN, "clean-everyday", "inset_agenda_24_february", "gillian", ["staff"],
  "INSET Monday 24 February – agenda", (2025, 2, 14, 12, 40), kind="alt",
  note="headteacher's INSET agenda to all staff",
  text="""Dear all,

Here's the plan for INSET on Monday 24 February. Tea and coffee from 8.15 in the hall; we'll start promptly at 8.45.

8.45 – Welcome and federation update (Gillian)
9.15 – Safeguarding: lessons from recent case reviews, and a CPOMS refresher (Marcus)
10.30 – Break
10.50 – Regulation first: Zones of Regulation across the federation, with The Bridge team sharing their approach (Declan, Owen)
12.15 – Lunch (provided – please tell Bernadette about dietary needs by Wednesday)
1.00 – Team Teach refresher for those due (list on the staff board) / EHCP outcomes writing workshop with Harpreet for teachers
3.00 – Class and department time
4.00 – Close

Therapists, please join the teaching staff for the morning and then use the afternoon for caseload paperwork. Residential staff on nights that weekend are not expected in – Anya will share the key points with you.

Thank you all for a really demanding half term. Have a proper rest next week.

Gillian

Gillian Ashworth
Headteacher, Example Federation
Example School and The Bridge
Park Row, Leeds LS1 4AP | 01632 960000""")

M(CLEAN, "clean-everyday", "annual_review_paperwork_to_la", "harpreet", ["senteam"],
  "Annual review paperwork - R.A. (Year 4), review held 3 March", (2025, 3, 5, 15, 35),
  note="SENCo sends annual review paperwork to the LA (PDF)",
  text="""Dear SEN Casework Team,

Please find attached the annual review paperwork for R.A. (Year 4), review held on Monday 3 March 2025:

- annual review report with recommended amendments to sections B, E and F
- updated SaLT and OT reports
- parental views form (completed with Dad at the meeting)

Summary: the meeting recommended that the EHCP is maintained with amendments. In particular, we are asking for the speech and language provision in section F to be specified as 2 x 30 minutes of direct therapy per week plus a termly programme review, rather than "regular input", and for the addition of a sensory diet delivered daily by staff trained by the OT.

Dad agrees with all of the recommended amendments.

Please could you confirm receipt? Our reference is AR-25-014.

Kind regards

Harpreet Kaur
Assistant Headteacher / SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  atts=[("AR-25-014 annual review report.pdf", "application/pdf",
         make_pdf("Annual review report - AR-25-014", [
             "Pupil: R.A.   Year: 4   Date of review: 03/03/2025",
             "Recommendation: maintain EHCP with amendments (sections B, E, F).",
             "Section F: SaLT 2 x 30 minutes direct therapy weekly; termly review.",
             "Section F: daily sensory diet delivered by OT-trained staff.",
             "Parental views: attached. Parent agrees with amendments."]))])

M(CLEAN, "clean-everyday", "reintegration_meeting_notes", "declan", ["marcus", "owen"],
  "Notes - reintegration meeting for T.H., 6 Feb", (2025, 2, 6, 16, 30),
  note="PRU teacher's meeting notes on a phased return",
  text="""Marcus, Owen,

Quick notes from this afternoon before I forget.

Present: me, Owen, T's mum, Paul Lister (LA), Harpreet.

- Agreed a phased return to the main site, not the full-time Monday start the LA originally proposed. Paul was much more reasonable in the room.
- Weeks 1–2: Tuesday and Thursday mornings at the main site with Łukasz going with him, the rest of the week at The Bridge.
- Weeks 3–4: three days at the main site, review at the end of week 4.
- Key adult on the main site: Chloe. Safe space: the Post-16 quiet room (Emma's agreed).
- Mum's main worry is the minibus – T's had a few run-ins with another lad on Route 5. Gary to look at a different seat or route.
- LA will fund Łukasz's extra hours for the four weeks (Paul to confirm in writing by Friday).

I'll put the plan on CPOMS and send the one-page profile to the main-site staff tomorrow.

Declan""")

M(CLEAN, "clean-everyday", "heating_engineer_primary", "wayne", ["staff"], "Heating - primary corridor",
  (2025, 1, 7, 7, 25), note="site manager's maintenance notice",
  text="""Morning all,

The heating engineer is in this morning to look at the radiators in the primary corridor. Kingfisher and Otter may be a bit cold until about 10am, so I've put two oil-filled heaters in each room – please keep pupils away from them and don't cover them with anything.

The boiler room door will be propped open while he works, so please keep an eye out for any of our runners.

Wayne
Site Manager – ext. 200""")

M(CLEAN, "clean-everyday", "laptop_swap_dates", "femi", ["staff"],
  "Laptop swap - bring your old one on your day", (2025, 3, 4, 12, 10), kind="alt", style="gmail",
  note="IT notice about laptop replacement",
  text="""Hi all,

The new staff laptops are here. I'll be swapping them over in the IT office (next to the library) over the next two weeks:

Mon 10 March – SLT, office, therapists
Tue 11 March – primary teachers and HLTAs
Wed 12 March – secondary and Post-16
Thu 13 March – The Bridge (I'll come to you)
Fri 14 March – anyone I've missed

Please bring your old laptop and charger, and make sure anything saved on the desktop or in Downloads is moved to OneDrive first – I can't get it back once the old machine is wiped.

It takes about 20 minutes per person. You'll need the Authenticator app on your phone to sign in.

Thanks
Femi

Femi Osei
IT Support | Example School | ext. 205""")

M(CLEAN, "clean-everyday", "kingfisher_swimming_lessons", "craig", ["jane", "ali"],
  "Kingfisher swimming – starts Thursday 23 January", (2025, 1, 13, 11, 10),
  note="swimming lessons letter to parents",
  text="""Dear parents and carers,

Kingfisher class will start swimming lessons at the community pool on Thursday afternoons from 23 January, for six weeks.

Please send in a named bag with:
- swimming costume or trunks (and a swim nappy if needed – we have spares)
- a towel, and a dressing gown or changing robe if your child prefers one
- goggles if they like them
- a hairbrush and any cream they use after swimming

Staff will support changing in the accessible family changing rooms. If your child has any medical needs around water – epilepsy, grommets, skin conditions – please make sure their care plan is up to date with Mrs Begum before the first session.

Thank you
Mr Bell""")

M(CLEAN, "clean-everyday", "spring_progress_reports", "harpreet", ["jane", "sam", "ali"],
  "Spring progress reports", (2025, 3, 14, 15, 0), kind="alt",
  note="reports-home letter to parents",
  text="""Dear parents and carers,

Your child's spring progress report is coming home in their bag today in a sealed envelope. It includes:

- progress towards their EHCP outcomes, with a short comment from the class team for each one
- an engagement and regulation summary
- speech and language and OT updates, where your child has therapy input
- attendance for the term so far

We know written reports don't always capture the small steps that matter most, so please do look at the photos and videos on Evidence Me too.

If you'd like to talk about the report, parents' evening is on Wednesday 26 March (3.30–6.30pm, in person or on Teams). Booking opens on Monday through the school app. For families who find evenings difficult, Jo can arrange a daytime appointment.

Kind regards

Harpreet Kaur
Assistant Headteacher / SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-everyday", "mdt_minutes_22_january", "sade", ["lucy", "harpreet", "aisha", "jo"],
  "MDT minutes - 22 January", (2025, 1, 23, 17, 5),
  note="multi-disciplinary team minutes with actions (PDF)",
  text="""Hi all,

Minutes from yesterday's MDT are attached. Main actions:

- Lucy – sensory assessment for J.W. (linked to the intimate care plan) before half term
- Sade – AAC trial for Phuc Tran once he starts; speak to Jo about the home visit
- Aisha – epilepsy plans: Finley's consultant letter expected, chase if not received by 7 Feb
- Jo – Cygnet course referrals for two families; interpreter booking for the home visit
- Harpreet – annual review calendar for the summer term out by 31 Jan

Next MDT: Wednesday 26 February, 3.30pm, SaLT room.

Sade""",
  atts=[("MDT minutes 22-01-25.pdf", "application/pdf",
         make_pdf("MDT meeting - 22 January 2025", [
             "Present: SO (SaLT), LB (OT), HK (SENCo), AB (School Nurse), JP (FLO)",
             "1. Caseload review - primary",
             "2. Caseload review - secondary and Post-16",
             "3. New admissions after half term",
             "4. Actions - see email",
             "Next meeting: 26/02/2025, 15:30, SaLT room"]))])

M(CLEAN, "clean-everyday", "work_experience_garden_centre", "emma", ["aaron"],
  "Work experience at Meadowbank Garden Centre - details", (2025, 2, 27, 10, 5), cc=["garden"],
  note="work experience arrangements to a pupil, placement provider in Cc",
  text="""Hi Aaron,

Great news – Meadowbank Garden Centre have confirmed your work experience placement for the week of 17 March. I've copied in Carol, who looks after placements there, so you've got her email.

The details:
- Monday to Friday, 9.30am to 2.30pm
- you'll be working mainly in the plant area and the stock room, with Carol and her team
- wear your own comfy clothes and the work boots from the Post-16 base; they'll give you a fleece and gloves
- lunch is in the staff room, or you can bring your own and have a quiet break outside
- I'll come with you on Monday morning, and Łukasz will drop in on Wednesday

Carol – Aaron's one-page profile is on its way separately through the secure form. The main things are that he likes clear instructions, one at a time, and to know what's coming next.

Any questions, come and see me.

Miss Marsh""")

M(CLEAN, "clean-everyday", "escort_seatbelt_guard_request", "kelly", ["transport"],
  "Route 4 - seatbelt guard", (2025, 2, 10, 9, 20), style="iphone",
  note="short escort-to-coordinator equipment request",
  text="""Morning Gary,

Can we get another seatbelt buckle guard for Route 4 please? The one on the back row has cracked and L keeps getting out of it on the ring road. I've moved him to the middle seat for now so I can see him.

Also the first aid kit needs restocking - no plasters or gloves left.

Thanks
Kelly

Sent from my iPhone""")

M(CLEAN, "clean-everyday", "safeguarding_refresher_reminder", "dsl", ["staff"],
  "Safeguarding refresher – KCSIE quiz by 7 February", (2025, 1, 27, 8, 5), kind="alt", style="gmail",
  note="DSL reminder about annual safeguarding training",
  text="""Dear all,

A reminder that everyone – including therapists, escorts, residential and kitchen staff – needs to complete this year's safeguarding refresher by Friday 7 February:

1. Read Part One of Keeping Children Safe in Education (link on the staff Teams page)
2. Complete the 15-question quiz on Teams (it takes about 20 minutes)
3. Sign the declaration

So far we're at 63%. Escorts and night staff: Anya and Gary have paper copies if that's easier, and you can do it in a paid hour.

Remember, if you have any concern about a child, however small, log it on CPOMS the same day and speak to me or one of the deputy DSLs (Harpreet, Declan, Anya).

Thanks
Marcus

Designated Safeguarding Lead
Example School & The Bridge
01632 960000""")

M(CLEAN, "clean-everyday", "annual_review_invitation_ics", "harpreet", ["ali"],
  "Rayan's annual review – Monday 3 March, 1.30pm", (2025, 2, 11, 13, 40), cc=["rhian"],
  note="annual review invitation to a parent with calendar attachment",
  text="""Dear Mr Guardian,

I'm writing to invite you to Rayan's annual review on Monday 3 March at 1.30pm in the family room. A calendar invitation is attached.

Attending from school: Rhian Hughes (class teacher), Sade Okonkwo (SaLT), Lucy Brierley (OT) and me. The LA caseworker has been invited but may send apologies.

Before the meeting, please could you fill in the parental views form (it's in Rayan's bag, or I can email it) – especially what's going well at home, what you're worried about, and what you'd like Rayan to be able to do in a year's time. Jo Pryce is very happy to help you fill it in if you'd like.

Rayan's own views will be gathered in class using his PECS book and photos, and we'll share those at the meeting.

If the time doesn't suit, please let me know and we'll rearrange.

Kind regards

Harpreet Kaur
Assistant Headteacher / SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  atts=[("Annual review - Rayan.ics", 'text/calendar; charset="utf-8"; method=REQUEST',
         make_ics("r12-ar-rayan-20250303@example-school.org.uk", "Annual review - Rayan",
                  "20250303T133000", "20250303T150000", "Family room, Example School",
                  ("Harpreet Kaur", "h.kaur@" + SCHOOL),
                  [("Ali Guardian", "ali.guardian@btinternet.com"),
                   ("Rhian Hughes", "r.hughes@" + SCHOOL)]))])

M(CLEAN, "clean-everyday", "lost_coat_reply_from_phone", "tom", ["jane"], "Re: Finley's coat",
  (2025, 2, 26, 16, 12), style="iphone", cte="base64",
  note="short TA reply to a parent (base64 body)",
  text="""Hi Jane,

Found it! It was on the peg in the hygiene suite - he must have taken it off after forest school. It's in his bag now, along with his water bottle.

Tom

Sent from my iPhone

> On 26 Feb 2025, at 15:41, Jane Parent <jane.parent@gmail.com> wrote:
>
> Hi Tom, Finley came home without his coat today (navy, with a dinosaur keyring on the zip). Could you have a look? Thanks, Jane""")

M(CLEAN, "clean-everyday", "school_meals_balance_reminder", "office", ["sam"],
  "School meals account - balance reminder", (2025, 3, 7, 9, 30),
  note="office reminder about a meals account, with FSM offer",
  text="""Dear Sam,

Just a gentle reminder that Kacey's school meals account is currently £14.60 in arrears. You can top up through the school app, or pay by card at the office.

If things are tight at the moment, please do let me or Jo know – Kacey may be eligible for free school meals and we can help with the application. It only takes ten minutes.

Kind regards

Karen Whitley
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-everyday", "ot_equipment_quote_request", "lucy", ["otsales"],
  "Quote request - weighted lap pads and wobble cushions", (2025, 1, 21, 11, 45),
  note="OT asks a supplier for a quote",
  text="""Hello,

Could you send a quote for the following, delivered to Example School, Park Row, Leeds LS1 4AP:

6 x weighted lap pads, 1.5 kg, washable cover (blue or grey)
4 x weighted lap pads, 2 kg
10 x wobble cushions, 33 cm
4 x chewable pencil toppers, assorted (pack of 10)
2 x ear defenders, child size

We have a school account (EXS-2290). Please include delivery times – ideally we'd like these before half term.

Many thanks

Lucy Brierley
Occupational Therapist
Example School
01632 960000""")

M(CLEAN, "clean-everyday", "cover_tomorrow_tas", "marcus", ["tom", "mandy", "chloe"], "Cover tomorrow",
  (2025, 3, 12, 7, 18), style="iphone",
  note="two-line cover arrangement",
  text="""Morning - Rhian and Kate are both on the Team Teach course tomorrow. Tom, can you lead Kingfisher with Mandy; Chloe, you're in Otter with the supply teacher (Mrs Dale, she's been before). Forest school still goes ahead.
Thanks, M

Sent from my iPhone""")

M(CLEAN, "clean-everyday", "circuits_homework_short", "ben", ["tyler"], "Circuits homework",
  (2025, 3, 11, 15, 40), note="very short homework note to a pupil",
  text="""Tyler - the circuits worksheet is on Teams, questions 1 to 6 only. Due Monday. Good work on the practical today.
Mr S""")

M(CLEAN, "clean-everyday", "college_link_course_places", "emma", ["college"],
  "Link course places - Thursday afternoons, summer term", (2025, 1, 31, 14, 20), kind="alt",
  note="post-16 lead requests college link-course places",
  text="""Dear Ruth,

Thank you for the information about the summer term link courses. We'd like to request places for four of our Year 12 students:

- Horticulture taster (2 students)
- Catering and hospitality (1 student)
- Motor vehicle (1 student)

All four will be accompanied by a member of our staff for the first three weeks, and then we'll review. Two of them will need a quiet space to go to at break – is the learning support room still available?

Could you let me know the start date, and whether you need the student information forms before Easter? I'll send them through your secure portal.

Kind regards

Emma Marsh
Post-16 Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

M(CLEAN, "clean-everyday", "end_of_term_staff_meal", "mandy", ["staff"],
  "End of term meal - Friday 4 April", (2025, 3, 13, 12, 25), cte="8bit",
  note="staff social arrangements (8bit body)",
  text="""Hi everyone,

I've provisionally booked the function room at The Woolpack for the end of term meal on Friday 4 April at 6.30pm. It's the set menu – £24 for two courses or £29 for three – and they can do veggie, vegan and gluten-free if we tell them in advance.

If you're coming, please add your name and menu choice to the sheet on the staffroom noticeboard by Friday 21 March, and give me a £10 deposit (cash, or bank transfer – details on the sheet).

Night staff and escorts very welcome – I know it's usually a school-hours crowd but it'd be lovely to see you.

Mandy x""")

M(CLEAN, "clean-everyday", "inhaler_form_reply", "office", ["sam"], "RE: Kacey's inhaler",
  (2025, 2, 4, 10, 15),
  note="office reply to a parent with a medication form (PDF), Outlook-style quoted original",
  text="""Dear Sam,

Thanks for letting us know. I've attached the medication consent form – please fill it in and send it back with the new inhaler and spacer (in the pharmacy box with Kacey's name on the label). Aisha, our school nurse, will update her care plan once we have them.

The old blue inhaler expires at the end of the month, so we'll send it home on Friday.

Kind regards

Karen Whitley
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: Monday, February 3, 2025 7:12 PM
To: Office <office@example-school.org.uk>
Subject: Kacey's inhaler

Hi, Kacey's been given a new inhaler by the GP (a brown one as well as the blue). Does school need a form? Sam""",
  atts=[("Medication consent form.pdf", "application/pdf",
         make_pdf("Administration of medicines - parental consent", [
             "Pupil name: ______________________  Class: __________",
             "Medicine: ______________________  Dose: __________  Time: ______",
             "Expiry date: __________",
             "I consent to school staff administering the above medicine.",
             "Signed: ______________________  Date: __________"]))])

M(CLEAN, "clean-everyday", "school_photographer_visit", "office", ["jane", "sam", "ali"],
  "School photographs - Tuesday 11 February", (2025, 1, 30, 14, 50), kind="alt",
  note="photographer visit letter with adjustments for anxious pupils",
  text="""Dear parents and carers,

Our photographer, Mark, will be in school on Tuesday 11 February for individual and sibling photographs. Mark has photographed our pupils for several years and is very patient and relaxed – no-one is rushed.

A few things that help:
- if your child is anxious about photos, we'll take them in the quiet room with their key adult, and they can hold a favourite object
- photos can be taken at any point in the day, whenever your child is most settled
- if you'd prefer your child not to have a photo taken, please let the office know by Friday 7 February
- brothers and sisters at other schools can come in for a family photo between 8.45 and 9.15am

Proofs will come home a couple of weeks later, with no obligation to buy.

Kind regards

Karen Whitley
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk""")


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def h(s, n=40):
    return hashlib.sha256(("round12-obscene:" + s).encode()).hexdigest()[:n]


def message_id(m):
    x = h(m["slug"])
    if m["style"] == "outlook":
        return f"<00{x[:2]}01db{x[2:6]}${x[6:14]}${x[14:22]}@{SCHOOL}>"
    if m["style"] == "gmail":
        return f"<CAJ{x[:12].upper()}{x[12:24]}+{x[24:30]}@mail.gmail.com>"
    u = x[:32].upper()
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{SCHOOL}>"


def boundary(m, n):
    x = h(m["slug"] + str(n))
    if m["style"] == "outlook":
        return f"_00{n}_DB9PR02MB{x[:4].upper()}{x[4:8]}EURPRD02PROD_"
    if m["style"] == "gmail":
        return f"0000000000000{x[:15]}"
    u = x[:32].upper()
    return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"


def build(m):
    y, mo, d, hh, mm = m["date"]
    sec = int(h(m["slug"] + "s", 4), 16) % 60
    date = format_datetime(datetime(y, mo, d, hh, mm, sec, tzinfo=timezone.utc))
    hdrs = [("From", fmt_addr(m["frm"])), ("To", addr_list(m["to"]))]
    if m["cc"]:
        hdrs.append(("Cc", addr_list(m["cc"])))
    hdrs.append(("Subject", enc_subject(m["subject"], m["style"])))
    hdrs.append(("Date", date))
    hdrs.append(("Message-ID", message_id(m)))
    if m["subject"].lower().startswith(("re:", "fw:")):
        ref = "<" + h(m["slug"] + "parent", 24) + "@" + ("mail.gmail.com" if m["style"] == "gmail" else SCHOOL) + ">"
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    if m["style"] == "outlook":
        hdrs.append(("Thread-Topic", fold_plain("Thread-Topic", m["subject"]) if m["subject"].isascii()
                     else enc_subject(m["subject"], m["style"])))
        hdrs.append(("Content-Language", "en-GB"))
        hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif m["style"] == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22C161)"))
    hdrs.append(("MIME-Version", "1.0"))

    style = m["style"]
    if m["kind"] == "plain":
        root = text_leaf(m["text"], "plain", m["cte"], None if style != "outlook" else "outlook")
    elif m["kind"] == "alt":
        plain = text_leaf(m["text"], "plain", m["cte"], style)
        hcte = m["html_cte"] or ("quoted-printable" if style == "outlook" else None)
        htm = text_leaf(to_html(m["text"], style), "html", hcte, style)
        root = multipart("alternative", boundary(m, 0), [plain, htm])
    elif m["kind"] == "html":
        root = text_leaf(m["html"], "html", m["html_cte"], None)
    else:
        raise ValueError(m["kind"])
    if m["atts"]:
        atts = [att_leaf(fn, ct, data, style) for fn, ct, data in m["atts"]]
        root = multipart("mixed", boundary(m, 1), [root] + atts)
    top = "\n".join(f"{k}: {v}" for k, v in hdrs)
    raw = top + "\n" + serialize(root) + "\n"
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def fmt_kind(m):
    k = {"plain": "text/plain", "alt": "multipart/alternative", "html": "text/html only"}[m["kind"]]
    if m["atts"]:
        k += " + attachment"
    return k


def main():
    assert sum(1 for m in MSGS if m["label"] == FLAG) == 20, "need 20 flags"
    assert sum(1 for m in MSGS if m["label"] == CLEAN) == 60, "need 60 clean"
    order = list(range(len(MSGS)))
    random.Random(20250312).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml") or fn == "labels.csv":
            os.remove(os.path.join(OUT, fn))
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(build(m))
        rcpts = [person(k)[1] for k in m["to"] + m["cc"]]
        rows.append((fname, m["label"], person(m["frm"])[1], " ".join(rcpts), m["note"], m))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    for r in rows:
        w.writerow(r[:5])
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_readme(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


def write_readme(rows):
    cats = {}
    kinds = {}
    for r in rows:
        m = r[5]
        cats[m["cat"]] = cats.get(m["cat"], 0) + 1
        kinds[fmt_kind(m)] = kinds.get(fmt_kind(m), 0) + 1
    enc = {"base64 body": 0, "quoted-printable body": 0, "8bit body": 0, "RFC 2047 subject": 0,
           "RFC 2047 sender name": 0}
    for r in rows:
        m = r[5]
        raw = open(os.path.join(OUT, r[0]), "rb").read()
        head = raw.partition(b"\r\n\r\n")[0]
        if m["cte"] == "base64":
            enc["base64 body"] += 1
        if b"Content-Transfer-Encoding: quoted-printable" in raw:
            enc["quoted-printable body"] += 1
        if b"Content-Transfer-Encoding: 8bit" in raw:
            enc["8bit body"] += 1
        for line in head.split(b"\r\n"):
            if line.startswith(b"Subject:") and b"=?" in line:
                enc["RFC 2047 subject"] += 1
            if line.startswith(b"From:") and b"=?" in line:
                enc["RFC 2047 sender name"] += 1
    lines = []
    lines.append("# Round 12 held-out corpus: obscene-language (BLIND)\n")
    lines.append("**Blind test data. Never use these messages for tuning rules, thresholds or word lists.** "
                 "They were written without looking at mailguard's code, rules, tests or documentation, "
                 "so that they measure how the filter does on mail nobody tuned it on. If a message here "
                 "is misjudged, fix the filter in general terms and check it on fresh data, not on these files.\n")
    lines.append("## What it is\n")
    lines.append("80 outgoing e-mail messages from staff of a fictional UK special school for pupils with "
                 "autism and social, emotional and mental health needs (ages 5-19), federated with a small "
                 "pupil referral unit (The Bridge) and running a residential short-breaks house (Willow House). "
                 "Senders are teachers, teaching assistants, speech and language and occupational therapists, "
                 "transport escorts, night care workers, the family liaison officer, the school nurse, office, "
                 "site and IT staff. Recipients are colleagues, the three parents in `directory/parents.csv`, "
                 "pupils at `pupils.example-school.org.uk`, and outside organisations on example.com/.org/.net.\n")
    lines.append("Each message is labelled against the policy section on obscene language: staff must not use "
                 "obscene language or swear words, nor make offensive comments on grounds of gender, race, "
                 "disability, age, religion or sexual orientation. `flag` = the staff author's own words "
                 "(subject, body or a text attachment) swear or use a slur, plainly or disguised. `clean` = "
                 "everything else, including mail where such words appear only as quoted or reported speech "
                 "(safeguarding reports, parents' quoted messages, set texts), place names, surnames, "
                 "foods, animals, subject vocabulary and RSE. Labels are a safeguarding lead's judgement; "
                 "judgement calls are marked `[unsure]` in the note column.\n")
    lines.append("## Counts\n")
    lines.append("| expected | kind | count |\n|---|---|---|")
    for c, lab in [("flag-plain", "flag"), ("flag-disguised", "flag"), ("clean-everyday", "clean"),
                   ("clean-hard", "clean")]:
        lines.append(f"| {lab} | {c.split('-', 1)[1]} | {cats.get(c, 0)} |")
    lines.append(f"| **total** | | **{len(rows)}** (20 flag, 60 clean) |\n")
    lines.append("| MIME shape | count |\n|---|---|")
    for k in sorted(kinds):
        lines.append(f"| {k} | {kinds[k]} |")
    lines.append("")
    lines.append("| encoding feature (messages with at least one) | count |\n|---|---|")
    for k, v in enc.items():
        lines.append(f"| {k} | {v} |")
    lines.append("")
    lines.append("## Kinds of case\n")
    lines.append("Flags (20):\n")
    lines.append("- plain swearing in staff-to-staff venting (minibus breakdown, parking, EHCP panel, LA officer, a parent called a 'bellend')")
    lines.append("- swearing to a parent (escort: 'taking the piss') and to pupils ('stop pissing about'; stretched 'fuuuuucking')")
    lines.append("- slurs: disability ('spaz', leetspeak 'r3tard'), racial ('Paki shop')")
    lines.append("- swearing only in the subject line, only in an RFC 2047-encoded subject, only in a .txt attachment")
    lines.append("- disguised: asterisk masks, leetspeak/symbols, stretched letters, dotted/hyphenated/spaced letters, "
                 "Cyrillic homoglyphs, full-width letters, a zero-width space, a word split by an HTML tag and HTML "
                 "entities, a quoted-printable soft line break inside the word, a base64 body")
    lines.append("- a reply-all that leaves an outside LA officer in Cc\n")
    lines.append("Clean, hard negatives (30):\n")
    lines.append("- place names (Scunthorpe, Penistone, Cockermouth, Twatt, Shitterton, Clitheroe, Sussex/Middlesex/Essex)")
    lines.append("- surnames and personal names (Dickens, Cockburn, Wankhede, Hancock, Cockcroft, Dikshit, Phuc)")
    lines.append("- foods (faggots, spotted dick), birds and plants (tits, cock pheasant, woodcock, pussy willow), sports kit (box, balls, shuttlecocks)")
    lines.append("- subject vocabulary: biology reproduction, lab order, 'Bloody Mary', RE heaven and hell, German false friends, Shakespeare insults")
    lines.append("- a set text's language quoted in a letter to parents (Kes) [unsure]")
    lines.append("- RSE letter, intimate care plan, epilepsy rescue medication (rectal diazepam)")
    lines.append("- staff-only safeguarding and behaviour records quoting pupils' exact words: racist abuse to a TA, a disclosure at the residential house, a PRU behaviour log CSV, a forwarded pupil email, a Tourette's tics brief")
    lines.append("- polite replies where the abuse is only in the parent's quoted text (Gmail '>' quote and Outlook header block)")
    lines.append("- SLT note on the behaviour policy about language; SaLT advice to a parent about echolalic swearing [unsure]\n")
    lines.append("Clean, everyday (30): newsletter, attendance, transport, home-school notes, therapy updates and "
                 "equipment orders, short-breaks bookings, homework, INSET agenda, annual reviews and LA paperwork, "
                 "meeting notes, site and IT notices, trips, reports, photographs, meals, medication forms, cover, "
                 "staff social.\n")
    lines.append("## How it was made\n")
    lines.append("Written by hand as natural school mail by a helper that had read only the school's e-mail policy, "
                 "`config.example.yaml` and `directory/parents.csv`. `make_round12_obscene.py` (one level up) holds "
                 "the text of every message and builds the raw RFC 5322 messages itself (headers, MIME structure, "
                 "quoted-printable/base64/8bit bodies, RFC 2047 headers, attachments), with fixed dates, Message-IDs, "
                 "MIME boundaries and file order, so output is byte-identical on every run. All people, addresses "
                 "and organisations are fictitious; phone numbers are the school's own (01632 960000) or in "
                 "Ofcom's drama range.\n")
    lines.append("## Regenerate\n")
    lines.append("```\npython3 tests/holdout/round12/make_round12_obscene.py\n```\n")
    lines.append("Python 3.11, standard library only. It rewrites the .eml files, `labels.csv` and this README in "
                 "`tests/holdout/round12/obscene-language/`.\n")
    lines.append("`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space-separated).\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
