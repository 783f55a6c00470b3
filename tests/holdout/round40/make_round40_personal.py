#!/usr/bin/env python3
"""Round 40 blind hold-out corpus: personal-address-to-parent.

Setting: a further-education and sixth-form college in Manchester (ages 16-19).
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
./personal-address-to-parent/ next to this script.  Deterministic: running it
twice gives byte-identical files (fixed dates, Message-IDs and MIME boundaries).

Python 3.11 standard library only.  BLIND: never use these files for tuning.
"""
import csv
import hashlib
import html as htmlmod
import io
import os
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

COLLEGE = "Example School Sixth Form & FE College"
ADDR_LINE = "Park Row, LS1 4AP"
MAIN = "01632 960000"

# ---------------------------------------------------------------- people
STAFF = {
    "dw": ("Dean Whitworth", "d.whitworth", "Lecturer, Motor Vehicle (Levels 2 & 3)"),
    "kb": ("Kerry-Ann Booth", "k.booth", "Course Leader, Hair & Beauty"),
    "iq": ("Imran Qureshi", "i.qureshi", "Tutor, Uniformed Public Services"),
    "sm": ("Siobhán Mahon", "s.mahon", "T Level Lead, Health & Social Care"),
    "gp": ("Gareth Pilling", "g.pilling", "Lecturer, Brickwork & Carpentry"),
    "na": ("Naomi Ashworth", "n.ashworth", "English Resit Tutor"),
    "tn": ("Tomasz Nowak", "t.nowak", "Maths Resit Tutor"),
    "att": ("Lorraine Kershaw", "attendance", "Attendance Officer"),
    "lk": ("Lorraine Kershaw", "l.kershaw", "Attendance Officer"),
    "ph": ("Paul Heywood", "p.heywood", "Industry Placements Coordinator"),
    "plc": ("Placements Team", "placements", "Industry Placements"),
    "dsl": ("Amira Hussain", "dsl", "Designated Safeguarding Lead"),
    "rl": ("Rachel Lomax", "r.lomax", "Apprenticeship Skills Coach"),
    "ex": ("Chris Openshaw", "exams", "Exams Officer"),
    "off": ("Bev Tattersall", "office", "Reception & Student Services"),
    "ld": ("Liam Doyle", "l.doyle", "Progress Coach"),
    "fc": ("Fiona Catterall", "f.catterall", "Assistant Principal, 16-19 Study Programmes"),
    "jo": ("Jordan Ogunleye", "j.ogunleye", "Sport & Enrichment Coordinator"),
    "hr": ("Helen Royle", "hr", "HR Adviser"),
    "it": ("IT Services", "itservices", "IT Services"),
    "pc": ("Priya Chauhan", "p.chauhan", "Learning Support Manager (SENCo)"),
    "df": ("Danny Fairclough", "careers", "Careers Adviser"),
    "se": ("Shaun Mellor", "s.mellor", "Technician Assessor, Motor Vehicle"),
    "hg": ("Hannah Greenhalgh", "h.greenhalgh", "Lecturer, Hair & Beauty (Turing lead)"),
    "wd": ("Wayne Duckworth", "w.duckworth", "Lecturer, Plastering & Dry Lining"),
    "br": ("Ben Radcliffe", "b.radcliffe", "Lecturer, Digital & IT"),
    "fin": ("Joanne Mather", "finance", "Student Finance Officer"),
    "lrc": ("Ruth Entwistle", "lrc", "Learning Resource Centre"),
    "est": ("Mick Barlow", "estates", "Estates & Facilities Manager"),
    "com": ("Olivia Sutcliffe", "comms", "Marketing & Communications"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}

STUDENTS = {
    "rayyan": ("Rayyan Khan", "24rkhan"),
    "chloe": ("Chloe Taylor", "24ctaylor"),
    "jake": ("Jake Murphy", "23jmurphy"),
    "adaeze": ("Adaeze Okafor", "24aokafor"),
    "liam": ("Liam Barnes", "24lbarnes"),
    "kacper": ("Kacper Wozniak", "23kwozniak"),
    "eman": ("Eman Hussain", "24ehussain"),
    "tyler": ("Tyler Brennan", "24tbrennan"),
    "megan": ("Megan Collins", "23mcollins"),
    "simi": ("Simi Adeyemi", "24sadeyemi"),
    "declan": ("Declan Finch", "24dfinch"),
    "harv": ("Harvinder Patel", "23hpatel"),
    "niamh": ("Niamh Walsh", "24nwalsh"),
    "mason": ("Mason Lee", "24mlee"),
    "zara": ("Zara Ahmed", "24zahmed"),
    "beth": ("Bethany Price", "23bprice"),
    "connor": ("Connor Rigby", "24crigby"),
    "aisha": ("Aisha Begum", "24abegum"),
    "kai": ("Kai Sutton", "24ksutton"),
    "leon": ("Leon Ashton", "23lashton"),
    "one": ("Example Pupil One", "24eone"),
}

# colleagues named in To/Cc who are not in STAFF above
COLLEAGUES = {
    "sue": ("Sue Armitage", "s.armitage"),
    "all16": ("All 16-19 Staff", "staff-1619"),
    "mvteam": ("Motor Vehicle Team", "motorvehicle-team"),
    "contrteam": ("Construction Team", "construction-team"),
    "tp": ("Tracey Partington", "t.partington"),
    "principal": ("Andrew Cheetham", "a.cheetham"),
}


def staff_addr(key):
    name, box, _ = STAFF[key]
    return Address(name, addr_spec=f"{box}@{DOM}")


def who(spec):
    """spec: staff key, 'p:jane', 's:rayyan', 'c:sue', or ('Name', 'addr')."""
    if isinstance(spec, tuple):
        return Address(spec[0], addr_spec=spec[1])
    if spec.startswith("p:"):
        n, a = PARENTS[spec[2:]]
        return Address(n, addr_spec=a)
    if spec.startswith("s:"):
        n, box = STUDENTS[spec[2:]]
        return Address(n, addr_spec=f"{box}@{PUP}")
    if spec.startswith("c:"):
        n, box = COLLEAGUES[spec[2:]]
        return Address(n, addr_spec=f"{box}@{DOM}")
    return staff_addr(spec)


def sig(key, style="full", extra=()):
    name, box, role = STAFF[key]
    if style == "name":
        return f"\n{name.split()[0]}\n"
    lines = ["", "-- ", name, role, COLLEGE]
    if style == "full":
        lines += [ADDR_LINE, f"Tel: {MAIN}", f"{box}@{DOM}"]
    elif style == "short":
        lines += [f"{ADDR_LINE} | {MAIN}"]
    lines += list(extra)
    return "\n".join(lines) + "\n"


DISCLAIMER = ("This e-mail and any attachments are confidential and intended for the "
              "named recipient only. If you have received it in error please tell the "
              "sender and delete it. Example School Sixth Form & FE College, Park Row, "
              "LS1 4AP.")

# ---------------------------------------------------------------- html


def to_html(text, style="outlook"):
    """Turn a plain body into the kind of HTML Outlook or Gmail would send."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip(">").lstrip(), quote=False) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
            continue
        if lines[0] == "-- ":
            inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines[1:])
            if style == "outlook":
                out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">'
                           f'{inner}</span></p>')
            else:
                out.append(f'<div class="gmail_signature"><div dir="ltr">{inner}</div></div>')
            continue
        inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines)
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{inner}</p>\n<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append(f"<div>{inner}</div><div><br></div>")
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return f'<div dir="ltr">\n{body}\n</div>\n'


# ---------------------------------------------------------------- pdf


def make_pdf(lines):
    """A tiny but well-formed one-page PDF with the given text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for l in lines:
        ops.append(f"({esc(l)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        buf.write(f"{o:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


# ---------------------------------------------------------------- build

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


def when(month, day, hh, mm, ss=0):
    # BST until Sunday 27 October 2024, GMT after
    off = 1 if (month, day) < (10, 27) else 0
    dt = datetime(2024, month, day, hh, mm, ss, tzinfo=timezone(timedelta(hours=off)))
    return format_datetime(dt)


def msgid(n, client):
    h = hashlib.sha1(f"round40-personal-{n}".encode()).hexdigest()
    if client == "outlook":
        return f"<LO2P265MB{h[:4].upper()}{n:03d}{h[4:12].upper()}@LO2P265MB{h[12:16].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CA+{h[:30]}{n:03d}@mail.gmail.com>"
    return f"<{h[:16]}.{n:03d}@{DOM}>"


def boundary(n, i, client):
    h = hashlib.sha1(f"b-{n}-{i}".encode()).hexdigest()
    if client == "outlook":
        return f"_00{i}_LO2P265MB{h[:12].upper()}GBRP_"
    if client == "gmail":
        return f"0000000000{h[:16]}"
    return f"===============r40p{n:03d}{i}{h[:10]}=="


def build(m):
    n = m["n"]
    client = m.get("client", "other")
    msg = EmailMessage(policy=policy.default)
    msg["From"] = who(m["frm"])
    msg["To"] = [who(x) for x in m["to"]]
    if m.get("cc"):
        msg["Cc"] = [who(x) for x in m["cc"]]
    if m.get("reply_to"):
        msg["Reply-To"] = who(m["reply_to"])
    msg["Subject"] = m["subject"]
    msg["Date"] = when(*m["date"])
    msg["Message-ID"] = msgid(n, client)
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    if client == "outlook":
        msg["Thread-Topic"] = m["subject"]
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (21H16)"
    for k, v in m.get("headers", {}).items():
        msg[k] = v

    fmt = m.get("fmt", "plain")
    body = m.get("body")
    cte = m.get("cte")
    if fmt == "plain":
        msg.set_content(body, cte=cte or ("7bit" if body.isascii() else "8bit"))
    elif fmt == "alt":
        html = m.get("html") or to_html(body, "outlook" if client == "outlook" else "gmail")
        msg.set_content(body, cte=cte or "quoted-printable")
        msg.add_alternative(html, subtype="html", cte=m.get("html_cte", "quoted-printable"))
    elif fmt == "html":
        html = m.get("html") or to_html(body, "outlook" if client == "outlook" else "gmail")
        msg.set_content(html, subtype="html", cte=cte or "quoted-printable")
    else:
        raise ValueError(fmt)
    for att in m.get("attach", []):
        fname, ctype, data = att[:3]
        params = att[3] if len(att) > 3 else None
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            kw = {"subtype": subtype, "filename": fname}
            if params:
                kw["params"] = params
            msg.add_attachment(data, **kw)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(boundary(n, i, client))
    return msg


def addrs(specs):
    return [who(s).addr_spec for s in specs]


# ================================================================ messages
MV_L2 = ["s:rayyan", "s:connor", "s:mason", "s:kai"]

M(n=1, label="clean", kind="everyday", slug="workshop_ppe_reminder",
  frm="dw", to=MV_L2, cc=["se"], date=(9, 27, 15, 42),
  subject="Monday workshop - PPE and the brake strip-down",
  client="outlook", fmt="plain",
  note="MV tutor reminds L2 group about PPE and missing write-ups",
  body="""Afternoon all,

Quick one before the weekend. Monday we're on the front brake strip-down in bays 3 and 4, so I need everyone in proper steel toecaps and overalls. If you turn up in trainers again you'll be sat in the classroom doing the theory sheet while everyone else gets their hands dirty, and I'd rather not spend Monday morning mithering people about footwear.

Gloves and safety glasses are in the cage as usual. Hair tied back, no hoodies with drawstrings anywhere near the pillar drill.

Connor and Mason - your Unit 4 write-ups still aren't on Teams. Sunday night at the latest please, otherwise you'll be doing them in the LRC in your free period Tuesday.

Shaun will have the kits laid out from 8:45 so if you're in early you can make a start.

Cheers,
Dean
""" + sig("dw"))

M(n=2, label="flag", kind="flag", slug="text_me_if_late_mot",
  frm="dw", to=["s:rayyan"], date=(10, 1, 21, 17),
  subject="Re: late tmrw",
  client="iphone", fmt="plain",
  note="MV tutor gives student his own mobile, 'text me on'",
  body="""No bother Rayyan, thanks for telling me. The 192 is a nightmare at that time anyway.

If it's looking like you'll be more than half an hour, text me on 07700 900314 and I'll hold your go on the brake tester till you're in, so you don't miss the assessment. That's my own phone so keep it to yourself, I don't want the whole group texting me at midnight.

Dean

Sent from my iPhone

> On 1 Oct 2024, at 20:58, Rayyan Khan <24rkhan@pupils.example-school.org.uk> wrote:
>
> sir ill be late tmrw my mum needs me to take our kid to school, sorry. will be in by 10
""")

M(n=3, label="clean", kind="everyday", slug="attendance_absence_query",
  frm="att", to=["p:jane"], date=(10, 9, 9, 5),
  subject="Example Pupil One - absence on Tuesday 8 October",
  client="other", fmt="plain",
  note="attendance officer asks parent for reason for absence",
  body="""Dear Ms Parent,

Our registers show that Example Pupil One was absent from her English resit lesson and her afternoon salon session on Tuesday 8 October, and we have not received a reason for the absence.

If she was unwell or had an appointment, please could you reply to this e-mail with a short explanation so we can update her record. In future, please let us know before 10am on any day she is unable to attend, either by replying here or by ringing the attendance line on 01632 960000 and choosing option 1.

Her attendance so far this half term is 91%. The college expects 95% or above, because missed practical sessions are very hard to catch up in the salon, so her course leader may be in touch if it drops further.

Kind regards,

Lorraine Kershaw
Attendance Officer
""" + COLLEGE + "\n" + ADDR_LINE + "\nAttendance line: " + MAIN + " (option 1)\n")

M(n=4, label="flag", kind="flag", slug="nail_kit_mobile_in_signature",
  frm="kb", to=["p:jane"], date=(10, 10, 16, 33),
  subject="Nail tech kit payment",
  client="outlook", fmt="alt",
  note="course leader to parent, own mobile in signature (hyphenated) offered for evenings",
  body="""Hi Jane,

Thanks for ringing the office yesterday about the kit. Yes, that's absolutely fine to pay it in two halves, £45 now and £45 after Christmas. I've let finance know so she won't get any chasing letters.

The kit has everything she needs for Unit 202 apart from the e-file, and we lend those out in lessons so there's no need to buy one.

While I'm writing, she's doing really well on the practical side. Her gel polish application is one of the neatest in the group and the clients in the salon on Wednesday were made up with her. The only thing I'd push is the written consultation forms, which are a bit rushed.

If you've any other questions just give me a ring on my mobile, it's at the bottom. It's my own phone so you'll catch me in the evenings too, I honestly don't mind.

Kerry-Ann

-- 
Kerry-Ann Booth
Course Leader, Hair & Beauty
Example School Sixth Form & FE College | Park Row, LS1 4AP
Office: 01632 960000 | Mobile: 07700-900-582
""")

M(n=5, label="clean", kind="hard", slug="residential_trip_phone_and_coach",
  frm="iq", to=["p:ali"], date=(10, 11, 12, 20),
  subject="Public Services residential - Coniston, 14-16 November",
  client="outlook", fmt="alt",
  attach=[("Coniston_kit_list.pdf", "application/pdf", make_pdf([
      "Uniformed Public Services - Coniston residential 14-16 November 2024",
      "Kit list: walking boots (broken in), waterproof jacket and trousers,",
      "two warm layers, hat and gloves, head torch, water bottle, packed lunch for day 1.",
      "No energy drinks. Medication handed to staff on the coach.",
  ]))],
  note="hard negative: college trip mobile stated as college phone; coach firm's number; school number",
  body="""Dear Mr Guardian,

Further to the letter that went home in September, here are the final arrangements for the Level 3 Public Services residential to Coniston.

Departure: Thursday 14 November, 7:30am from the Park Row car park. Please have him there for 7:15, the coach will not wait.
Return: Saturday 16 November, roughly 5pm, same place.
Coach: Pennine Vale Coaches. If anything goes wrong on the road their depot is on 0161 496 0514, but you'd normally hear from us first.

While we're away, the trip has its own mobile: 07700 900111. That's a college phone that stays with whichever member of staff is on duty, so please use that rather than anyone's own number, and only for anything urgent. For anything else ring the college on 01632 960000 as normal.

The activities are ghyll scrambling, a night navigation exercise and a team leadership task with the mountain rescue volunteers on the Saturday. The kit list is attached. Walking boots need to be worn in beforehand - we had some awful blisters last year.

Any medical or dietary changes since the consent form, please let me know by Friday 8 November.

Thanks,

Imran Qureshi
Tutor, Uniformed Public Services
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=6, label="clean", kind="everyday", slug="tlevel_placement_hours_log",
  frm="sm", to=["s:adaeze", "s:beth", "s:aisha", "s:simi"], date=(10, 14, 8, 50),
  subject="Placement hours - log them by Friday",
  client="outlook", fmt="alt",
  note="T level lead reminds students to log placement hours",
  body="""Morning everyone,

Just a nudge about the placement hours log. A few of you are showing 0 hours on the tracker, which I know isn't right because I've seen you at Meadowbank and at the day centre.

Please log every shift on the placement portal by Friday, with the start and finish times and your supervisor's name. Remember it's 315 hours minimum across the two years for the T level, and if they're not logged they don't count, however hard you worked.

For the reflective bit, two or three sentences per shift is plenty. What did you do, what went well, what would you do differently. Don't name residents, use initials or "Resident A".

If the portal won't let you in, see Bev on reception for a reset.

Thanks all, you're doing brilliantly.

Siobhán
""" + sig("sm", "short"))

M(n=7, label="clean", kind="hard", slug="parent_mobile_updated_read_back",
  frm="off", to=["p:sam"], date=(10, 14, 11, 2),
  subject="RE: change of phone number",
  client="outlook", fmt="plain",
  note="hard negative: office reads parent's own new mobile back to them and removes old landline",
  in_reply_to="<DB7PR02MB4410A1C2D3E4F5061@DB7PR02MB4410.eurprd02.prod.outlook.com>",
  body="""Hi Sam,

Thanks for letting us know. I've updated your details on our system, so the main contact number for Example Pupil Two is now 07700 900456, and I've taken off the old landline (0113 496 0712) as you asked.

Texts about absences and the weekly attendance summary will go to the new number from tomorrow.

Best wishes,
Bev

Bev Tattersall
Reception & Student Services
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + """

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 13 October 2024 19:44
To: Office <office@example-school.org.uk>
Subject: change of phone number

Hi, I've got a new mobile, it's 07700 900456. Please can you take the old house phone off as we don't have it anymore. Thanks, Sam (carer for Example Pupil Two, Motor Vehicle L2)
""")

M(n=8, label="flag", kind="flag", slug="whatsapp_group_fitness_training",
  frm="iq", to=["s:liam", "s:niamh", "s:kai", "s:leon"], cc=[], date=(10, 15, 17, 5),
  subject="Fitness test prep - extra sessions",
  client="other", fmt="plain",
  note="tutor invites students to his WhatsApp group via his own mobile, no spaces",
  body="""Hi all,

Well done today, the bleep test scores are going the right way. Niamh, 9.4 is a big jump from September, proper buzzing for you.

A few of you asked about extra sessions before the Army and Police fitness tests in December. I'm going to run Tuesday and Thursday mornings, 7:45 on the field, weather permitting.

Easiest way to sort who's coming and if it's cancelled for rain is a WhatsApp group, so send me a message on 07700900617 and I'll add you in. Just put your name so I know who you are.

Bring water and something to eat after, you can't run on an empty stomach and no, a Monster doesn't count as scran.

Mr Q
""")

M(n=9, label="clean", kind="everyday", slug="inset_day_agenda_staff",
  frm="fc", to=["c:all16"], date=(10, 16, 13, 15),
  subject="INSET day Friday 25 October - agenda",
  client="outlook", fmt="alt",
  note="assistant principal sends INSET agenda to staff list",
  body="""Dear colleagues,

Here is the plan for the INSET day on Friday 25 October. Students are not in.

08:45  Coffee and pastries, main hall
09:15  Principal's welcome and the Ofsted readiness update (Andrew)
09:45  Safeguarding refresher - Amira. Compulsory for everyone, including agency staff
10:45  Break
11:00  Curriculum areas: stretch and challenge in practical sessions (area rooms)
12:30  Lunch (provided, let catering know about dietary needs by Monday)
13:15  English and maths in vocational lessons - Naomi and Tomasz
14:15  Time in teams: progress reviews, ILP updates, resit tracking
15:30  Finish

Please bring a laptop charged up. Parking will be tight because the estates team are relining the car park, so car share if you can.

Thanks, and thank you for a really strong first half term.

Fiona

Fiona Catterall
Assistant Principal, 16-19 Study Programmes
""" + COLLEGE + "\n")

M(n=10, label="clean", kind="hard", slug="tutor_declines_personal_number",
  frm="tn", to=["p:sam"], date=(10, 17, 16, 48),
  subject="Re: Maths - can I get your number",
  client="gmail", fmt="alt",
  note="hard negative: tutor refuses to give personal mobile, points to college routes",
  in_reply_to="<PAXPR08MB6942E71B20C1D3A4@PAXPR08MB6942.eurprd08.prod.outlook.com>",
  body="""Hi Sam,

Thanks for getting in touch, and it's good to hear he's been doing the Hegarty tasks at home.

I'm sorry, but I can't give out my personal mobile. It's a college rule for all staff and to be honest it protects everyone. The best ways to reach me are this e-mail address, which I check every day until about 5, or ringing the college on 01632 960000 and asking for the maths office. If I'm teaching they'll take a message and I'll ring you back from the college phone.

Happy to do a quick call on Thursday after 3:30 if that suits?

Tomasz

On Thu, 17 Oct 2024 at 14:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Nowak, is there a number I can text you on? It's easier for me than email as I'm on shifts. Thanks Sam
""" + sig("tn", "short"))

M(n=11, label="flag", kind="flag", slug="send_log_to_my_hotmail",
  frm="sm", to=["s:adaeze"], date=(10, 18, 19, 40),
  subject="Your reflective log",
  client="gmail", fmt="alt",
  note="T level lead asks student to send work to her personal hotmail",
  body="""Hi Adaeze,

Thanks for staying behind today. I know the shift at Meadowbank was a hard one and you handled the family really well.

About the reflective log: my college inbox has been playing up all week since they moved us onto the new login, and I keep missing attachments. Can you send the log to my own e-mail instead, siobhanmahon78@hotmail.co.uk, and I'll mark it over the weekend. Just this once until IT sort me out.

Remember to use initials, not the resident's name.

Siobhán
""")

M(n=12, label="clean", kind="everyday", slug="english_paper1_homework_pdf",
  frm="na", to=["s:eman", "s:tyler", "s:zara", "s:declan", "s:chloe"], date=(10, 21, 14, 12),
  subject="Homework: Paper 1 Q5 practice (due Monday)",
  client="outlook", fmt="alt",
  attach=[("Paper1_Q5_practice.pdf", "application/pdf", make_pdf([
      "GCSE English Language resit - Paper 1 Question 5",
      "Write a description suggested by this picture: a bus station at night.",
      "Spend 45 minutes. Plan for 5. Check for 5.",
      "Remember: varied sentence openings, one piece of figurative language per paragraph.",
  ]))],
  note="English resit tutor sets homework with PDF",
  body="""Hi all,

Attached is this week's homework, a Question 5 descriptive piece. The picture is a bus station at night, and I reckon most of you have stood in Piccadilly Gardens at 10pm waiting for a 201, so use that.

45 minutes, like in the exam. Spend 5 minutes planning and leave 5 at the end to check your full stops. I'm not marking the spelling harshly this time, I'm looking at structure and whether you vary your sentence openings.

Hand it in on Teams or on paper on Monday. If you work Sunday shifts, do it Saturday - "I was at work" won't wash as an excuse, I know your rotas better than you do by now.

Miss Ashworth
""" + sig("na", "short"))

M(n=13, label="clean", kind="hard", slug="esafety_snapchat_map_advice",
  frm="dsl", to=["s:chloe", "s:zara", "s:megan", "s:aisha", "s:niamh"], date=(10, 22, 10, 30),
  subject="Staying safe online - a reminder after Friday",
  client="outlook", fmt="alt",
  note="hard negative: DSL e-safety advice naming Snapchat, Instagram, TikTok without inviting anyone",
  body="""Hi everyone,

Following the conversation in tutorial on Friday, I wanted to put a few things in writing.

1. Snapchat: turn on Ghost Mode for the Snap Map. If it's off, anyone on your friends list can see where you are, including your house and your workplace.
2. Instagram and TikTok: set your accounts to private if you use them for personal stuff. If you're building a hair and beauty portfolio page, keep it separate from your personal account and don't post your timetable, your college or where you live.
3. Don't accept requests from people you don't know in real life, even if they say they're from a salon or a modelling agency offering work.
4. No member of staff should ever ask to add you, follow you or message you on a personal account. If that happens, tell me.

If anything has worried you, you can come and see me in Student Services, message me on Teams, or ring the college on 01632 960000 and ask for the safeguarding team.

Amira

Amira Hussain
Designated Safeguarding Lead
""" + COLLEGE + "\n" + ADDR_LINE + "\n")

M(n=14, label="flag", kind="flag", slug="lift_to_site_plus44_mobile",
  frm="gp", to=["s:jake", "s:declan"], date=(10, 22, 18, 2),
  subject="Salford site visit Thursday - getting there",
  client="outlook", fmt="plain", cte="quoted-printable",
  note="construction lecturer offers lift and gives own mobile in +44 (0) format",
  body="""Lads,

Thursday we're at the Irwell Build site on Ordsall Lane from 8am. The minibus is only taking the Level 1 group, so I'll give you two a lift from the Metrolink at Exchange Quay at 7:40 - look out for the white Transit with the ladder rack.

If you're running late or can't find me, ring me on my own mobile: +44 (0)7700 900241. Don't text, I won't see it while I'm driving.

Hi-vis, hard hat, boots, and bring your own scran because the butty van doesn't come till 11.

Gareth
""" + sig("gp", "short"))

M(n=15, label="clean", kind="everyday", slug="maths_mock_results_parent",
  frm="tn", to=["p:sam"], date=(10, 23, 15, 55),
  subject="Maths mock result - Example Pupil Two",
  client="outlook", fmt="alt",
  note="maths tutor sends mock result to carer",
  body="""Dear Sam,

I wanted to let you know how Example Pupil Two got on in the maths mock last week, as I know he was worried about it.

He got 97 out of 240 across the three papers, which is a secure grade 3 and only 9 marks below the grade 4 boundary we're using. In September he was working at a low grade 2, so this is real progress.

The marks he's dropping are mostly on ratio and on the multi-step problems where he gets the method right and then rushes the last line. He's brilliant at the measurement questions, which I think comes from the workshop.

Between now and the November exam I'd like him to do 20 minutes on Hegarty three times a week. He has his login. If you can nag him gently, that would be a big help.

Best wishes,

Tomasz Nowak
Maths Resit Tutor
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=16, label="clean", kind="hard", slug="placement_supervisor_details_garage",
  frm="ph", to=["s:rayyan"], cc=["dw"], date=(10, 24, 11, 40),
  subject="Your work placement - Gorton Tyre & Exhaust",
  client="outlook", fmt="alt",
  note="hard negative: employer's address, landline and supervisor's mobile given to student for placement",
  body="""Hi Rayyan,

Good news, Gorton Tyre & Exhaust have confirmed they'll have you for your work placement, every Wednesday from 6 November until the February half term.

Where: Unit 6, Hyde Road Trading Estate, Gorton, M18 7QX
Hours: 8:30 to 4:30, half an hour for dinner
Wear: your college overalls and toecaps
Supervisor: Gary Noone, workshop manager

If you're ill or going to be late, you must ring the garage on 0161 496 0745 before 8:30, and if nobody picks up, Gary's mobile is 07700 900418. He asked me to give you that for mornings only. Then let the college know as well by e-mailing placements@example-school.org.uk.

Gary's sound, but he's strict on phones in the workshop, so keep it in your locker.

I'll come out to see you in the second or third week.

Paul Heywood
Industry Placements Coordinator
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=17, label="flag", kind="flag", slug="add_me_on_snap_half_term",
  frm="na", to=["s:eman"], date=(10, 25, 15, 10),
  subject="half term revision",
  client="gmail", fmt="plain",
  note="English tutor invites student to add her on Snapchat",
  body="""Hi Eman,

Really pleased with your letter to the council today - that opening line was ace.

I know you said you panic when you're stuck and nobody's around over half term. If you get stuck on the Paper 2 stuff, add me on snap (naomi.ash.reads) and send me a pic of what you've written and I'll have a look. Easier than Teams on your phone.

Have a good break, don't work every shift at the chippy!

Miss A
""")

M(n=18, label="clean", kind="everyday", slug="lost_property_reminder",
  frm="off", to=["s:connor", "s:zara", "s:leon", "s:mason"], date=(10, 28, 9, 12),
  subject="Lost property - clearing out Friday",
  client="other", fmt="plain",
  note="short office notice about lost property",
  body="""Hi all,

Reception is full of lost property again: 3 hoodies, a North Face coat, two sets of headphones, a college lanyard and somebody's set of hair straighteners. Anything not collected by Friday 1 November goes to the charity shop.

Bev, Reception
""")

M(n=19, label="clean", kind="hard", slug="online_parents_evening_meeting_id",
  frm="fc", to=["p:jane", "p:ali"], date=(10, 29, 12, 0),
  subject="Online parents' and carers' evening - Thursday 7 November",
  client="outlook", fmt="html",
  note="hard negative: Teams meeting ID, passcode, times and school number - no personal details",
  body="""Dear parents and carers,

Our first parents' and carers' evening of the year is online, on Thursday 7 November between 4:00pm and 7:30pm.

Appointments are 8 minutes long. You can book them until midnight on Tuesday 5 November through the booking link sent by text. On the night, join with the link in your confirmation or go to Microsoft Teams and enter:

Meeting ID: 362 184 905 271
Passcode: vC7pQ2

You don't need a Teams account. If you'd rather have a phone appointment, ring reception on 01632 960000 before Tuesday and we'll arrange for the tutor to call you from the college.

Tutors will talk about attendance, progress in English and maths and how the placement or practical work is going.

Kind regards,

Fiona Catterall
Assistant Principal, 16-19 Study Programmes
""" + COLLEGE + "\n" + ADDR_LINE + "\n")

M(n=20, label="flag", kind="flag", slug="reply_to_personal_gmail_maths",
  frm="tn", to=["p:ali"], reply_to=("Tomasz Nowak", "tomasz.nowak.maths@gmail.com"),
  date=(10, 30, 20, 25),
  subject="Example Pupil Three - maths catch-up over half term",
  client="gmail", fmt="alt",
  note="maths tutor to parent with Reply-To set to his personal gmail, says so in body",
  body="""Dear Mr Guardian,

I hope half term is going well. I'm putting together some catch-up work for Example Pupil Three on fractions and percentages before the exam on 6 November, as he missed two lessons in October.

I've set the reply on this e-mail to go to my own address, because I'm working from home this week and I don't always get into the college account. Just hit reply and it'll come straight to me.

Could you let me know if he'll be able to come in for an extra hour on Monday 4 November at 1pm? If not, I'll send the pack home with him.

Many thanks,

Tomasz Nowak
Maths Resit Tutor
""")

M(n=21, label="clean", kind="everyday", slug="employer_tlevel_start_confirmation",
  frm="ph", to=[("Karen Whitehead", "karen.whitehead@meadowbank-care.example.com")],
  cc=["sm"], date=(10, 31, 10, 18),
  subject="T Level industry placement - Bethany Price - start date",
  client="outlook", fmt="alt",
  note="placements coordinator confirms start date with care home employer",
  body="""Dear Karen,

Thank you for the call this morning. Just to confirm what we agreed:

Student: Bethany Price, T Level Health (Year 2)
Start: Monday 11 November
Pattern: Mondays and Tuesdays, 8:00 to 3:30, through to the end of March
Supervisor: yourself, with Jenny covering on your days off

Bethany's enhanced DBS came back clear in September and she has completed moving and handling and basic life support with us. I'll send over the placement agreement and the risk assessment form for you to sign this week.

Siobhán Mahon, the T level lead, is copied in. She'll visit in the first fortnight and then do the mid-point review with you both in January.

Thanks again for taking our students, it really does make the difference for them.

Kind regards,

Paul Heywood
Industry Placements Coordinator
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=22, label="clean", kind="hard", slug="resit_candidate_numbers_statement",
  frm="ex", to=["s:tyler", "s:eman", "s:declan"], date=(11, 1, 9, 0),
  subject="November resits - your statement of entry and candidate number",
  client="other", fmt="plain",
  note="hard negative: centre number, candidate numbers, exam dates, times and room numbers",
  body="""Good morning,

Your statement of entry for the November GCSE resits is below. Please check it carefully and tell the exams office by Wednesday 6 November at the latest if anything is wrong.

Centre number: 36912

Tyler Brennan     candidate 4417   Maths Paper 1 (8300/1F)  Wed 6 Nov  09:00  Sports Hall
Eman Hussain      candidate 4422   English Lang Paper 1 (8700/1)  Tue 5 Nov  09:00  Sports Hall
Declan Finch      candidate 4431   Maths Paper 1 (8300/1F)  Wed 6 Nov  09:00  Sports Hall

Arrive by 08:40 with photo ID (college lanyard is fine), two black pens, pencil, ruler and a calculator for Papers 2 and 3. Phones and smart watches go in the box at the front, switched off. A phone found on you is malpractice, even if it's switched off, and the board can cancel the whole subject.

If you're ill on the day, ring the college on 01632 960000 before 8:30 and ask for the exams office.

Chris Openshaw
Exams Officer
""" + COLLEGE + "\n")

M(n=23, label="flag", kind="flag", slug="apprentice_review_cc_personal_btinternet",
  frm="rl", to=["s:megan", ("Dionne Marsh", "dionne@salonvelvet.example.com")],
  cc=[("Rachel Lomax", "rachel.lomax66@btinternet.com")], date=(11, 4, 18, 50),
  subject="Progress review - Megan Collins - Level 2 Hairdressing apprenticeship",
  client="outlook", fmt="alt",
  note="skills coach to apprentice and employer, Cc's her own btinternet address and asks them to use it",
  body="""Hi Megan, hi Dionne,

Thanks both for your time at the review today. Quick summary so we're all on the same page:

- Off-the-job hours: 118 logged against 140 expected by now. Megan, please get the two training days from October onto the log this week.
- Units: cutting (women's) signed off, colouring 60% done, consultation evidence still needed.
- Functional skills: English booked for 28 November at college.
- Next review: 16 December, 2pm at the salon.

Dionne, thanks for the witness statements, they're spot on.

I've copied in my home e-mail as I'm out on visits most of the week and I can pick that up on my phone easier than the college one - feel free to use either.

Rachel

Rachel Lomax
Apprenticeship Skills Coach
""" + COLLEGE + "\n")

M(n=24, label="clean", kind="everyday", slug="apprentice_motor_vehicle_visit",
  frm="rl", to=["s:harv", ("Steve Gaskell", "service@hulmeroadmotors.example.com")],
  date=(11, 4, 8, 15),
  subject="Workplace visit Thursday - Harvinder Patel",
  client="outlook", fmt="plain",
  note="skills coach books workplace visit with apprentice and employer",
  body="""Morning Harvinder, morning Steve,

Just confirming I'll be at the garage on Thursday at 10:30 for Harvinder's observation. I'd like to see a full service on something with a bit of age on it if you have one booked in, plus the paperwork afterwards, customer sign-off included.

Harvinder, please have your portfolio and your off-the-job log up to date on the app before I arrive, including the diagnostics training day.

Thanks,
Rachel
""" + sig("rl", "short"))

M(n=25, label="clean", kind="hard", slug="hr_emergency_contact_form_staff",
  frm="hr", to=["c:tp"], date=(11, 5, 14, 30),
  subject="Your emergency contact and home address update",
  client="outlook", fmt="alt",
  note="hard negative: staff-only HR mail containing a staff member's home address and personal mobile",
  body="""Hi Tracey,

Thanks for returning the form. I've updated your record with the details below - can you check them and reply to confirm they're right?

Home address: 22 Larkfield Avenue, Urmston, M41 0XY
Personal mobile: 07700 900693
Emergency contact: Martin Partington (husband), 07700 900694

This information is kept on the HR system only and is not visible to students or parents. Reception can see your emergency contact if they need to ring someone on your behalf.

Kind regards,

Helen Royle
HR Adviser
""" + COLLEGE + "\n" + DISCLAIMER + "\n")

M(n=26, label="flag", kind="flag", slug="bursary_forms_drop_at_my_house",
  frm="ld", to=["p:ali"], date=(11, 5, 17, 20),
  subject="Bursary form for Example Pupil Three",
  client="gmail", fmt="plain",
  note="progress coach invites parent to drop forms at his home address with postcode",
  body="""Hi Ali,

Sorry I missed you at parents' evening. I've got the bursary form ready for you to sign. The deadline for this term's payment is Friday and the finance office won't accept a scanned copy without the original signature, which is a pain.

Rather than you taking time off work to come into college, you're very welcome to drop it through my door, I'm only round the corner from you. It's 27 Brindle Close, Droylsden, M43 7XW. Stick it in an envelope with his name on and I'll bring it in first thing.

Cheers,
Liam

Liam Doyle
Progress Coach
""")

M(n=27, label="clean", kind="everyday", slug="half_term_newsletter_parents",
  frm="com", to=["p:jane", "p:sam", "p:ali"], date=(11, 6, 16, 0),
  subject="College News - November",
  client="other", fmt="alt",
  note="HTML newsletter to parents and carers",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>College News</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#5b2c83;color:#ffffff"><h1 style="margin:0;font-size:24px">College News</h1>
<p style="margin:4px 0 0">November 2024 &middot; Example School Sixth Form &amp; FE College</p></td></tr>
<tr><td>
<h2 style="font-size:18px;color:#5b2c83">Skills competition success</h2>
<p>Congratulations to our Level 3 brickwork students, who took silver and bronze at the regional heats in Wigan. Both go through to the national finals in March.</p>
<h2 style="font-size:18px;color:#5b2c83">Salon and garage open to the public</h2>
<p>Our training salon and MOT-standard workshop take bookings from the public. Treatments start at &pound;5 and a full service on a small car is labour-only. Book through reception.</p>
<h2 style="font-size:18px;color:#5b2c83">Resit exams</h2>
<p>GCSE English and maths resits run from 4 to 12 November. Please make sure your young person is in on time with photo ID. Exam timetables have been e-mailed to students.</p>
<h2 style="font-size:18px;color:#5b2c83">Winter driving</h2>
<p>Lots of our students now drive in. Please remind them that the student car park closes at 6pm and that parking on Park Row itself will get them a ticket.</p>
<h2 style="font-size:18px;color:#5b2c83">Dates for the diary</h2>
<ul><li>Thursday 21 November &ndash; Careers and apprenticeships fair, 4&ndash;7pm</li>
<li>Friday 20 December &ndash; Term ends at 1pm</li>
<li>Monday 6 January &ndash; Term starts</li></ul>
</td></tr>
<tr><td style="font-size:12px;color:#666666;border-top:1px solid #dddddd">
Example School Sixth Form &amp; FE College &middot; Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table></body></html>
""",
  body="""COLLEGE NEWS - November 2024
Example School Sixth Form & FE College

SKILLS COMPETITION SUCCESS
Congratulations to our Level 3 brickwork students, who took silver and bronze at the regional heats in Wigan. Both go through to the national finals in March.

SALON AND GARAGE OPEN TO THE PUBLIC
Our training salon and MOT-standard workshop take bookings from the public. Treatments start at £5 and a full service on a small car is labour-only. Book through reception.

RESIT EXAMS
GCSE English and maths resits run from 4 to 12 November. Please make sure your young person is in on time with photo ID.

WINTER DRIVING
Lots of our students now drive in. The student car park closes at 6pm and parking on Park Row itself will get them a ticket.

DATES FOR THE DIARY
Thursday 21 November - Careers and apprenticeships fair, 4-7pm
Friday 20 December - Term ends at 1pm
Monday 6 January - Term starts

Example School Sixth Form & FE College, Park Row, LS1 4AP, 01632 960000, office@example-school.org.uk
""")

M(n=28, label="clean", kind="hard", slug="revision_guide_isbn_and_prices",
  frm="na", to=["s:eman", "s:tyler", "s:zara", "s:chloe"], date=(10, 3, 12, 45),
  subject="Revision guide - which one to buy",
  client="outlook", fmt="plain",
  note="hard negative: ISBN, prices, room number - no phone numbers",
  body="""Hi all,

A few of you asked which revision guide to get. This is the one we use in class:

GCSE English Language: Grade 4 Booster Workbook
ISBN 978-1-9160-4418-2
£5.99 from the LRC shop (they'll take card), or about £7 online

Don't buy the 9-1 "complete" version, it's £14 and half of it is the literature you don't need.

If money's tight, tell me or go to student finance in room A0.12 - the bursary covers it, you don't have to pay yourself.

Miss Ashworth
""")

M(n=29, label="flag", kind="flag", slug="vcard_for_weekend_fixtures",
  frm="jo", to=["s:liam", "s:connor", "s:kai", "s:mason", "s:leon"], date=(10, 4, 16, 25),
  subject="Football squad - Saturday fixtures",
  client="outlook", fmt="alt",
  attach=[("Jordan Ogunleye.vcf", "text/vcard", """BEGIN:VCARD
VERSION:3.0
N:Ogunleye;Jordan;;;
FN:Jordan Ogunleye
ORG:Example School Sixth Form & FE College
TITLE:Sport & Enrichment Coordinator
TEL;TYPE=CELL,VOICE:+44 7700 900733
EMAIL;TYPE=INTERNET,HOME:jordan.ogunleye@icloud.com
EMAIL;TYPE=INTERNET,WORK:j.ogunleye@example-school.org.uk
END:VCARD
""")],
  note="enrichment coordinator sends students a vCard with his personal mobile and iCloud e-mail",
  body="""Lads,

Well done in training Wednesday, that's the best I've seen us press as a team.

First league fixture is Saturday 12 October away at Example Road Playing Fields in Stretford, kick off 10:30. Meet there at 9:45 in full kit. If you're driving, car share and don't park on the grass verge, the groundsman goes mad.

I've attached my contact card so you've all got my mobile and my home e-mail for weekends, as the college account doesn't work on my phone. If you can't make it, let me know by Friday teatime so I can sort the team.

Coach O
""" + sig("jo", "short"))

M(n=30, label="clean", kind="everyday", slug="salon_model_night_html",
  frm="kb", to=["s:chloe", "s:zara", "s:aisha", "s:simi"], date=(10, 7, 9, 35),
  subject="Model night next Thursday - bring your models!",
  client="outlook", fmt="html",
  note="HTML-only course mail about model night",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi girls,</p>
<p>Next <b>Thursday 17 October</b> is our first model night in the salon, <b>5pm&ndash;7:30pm</b>.
Each of you needs <b>one model</b> for a blow-dry and one for a gel manicure. Mums, aunties, your mates from work, anybody over 16 who can sit still for an hour.</p>
<ul>
<li>Models need a patch test at least 48 hours before if they&rsquo;re having anything done to lashes or brows &ndash; so Monday or Tuesday lunchtime.</li>
<li>Full uniform, hair up, no jewellery apart from a plain band.</li>
<li>Consultation forms filled in properly this time please, I&rsquo;m checking every one.</li>
</ul>
<p>Let me know your models&rsquo; names by Tuesday so I can put them on the booking sheet.</p>
<p>It&rsquo;s going to be dead good &ndash; last year&rsquo;s model night was the best evidence we got all year.</p>
<p>Kerry-Ann</p>
<p style="font-size:9pt;color:#1F3864">Kerry-Ann Booth<br>Course Leader, Hair &amp; Beauty<br>
Example School Sixth Form &amp; FE College | Park Row, LS1 4AP | 01632 960000</p>
</body></html>
""")

M(n=31, label="clean", kind="hard", slug="staff_christmas_do_personal_rsvp",
  frm="gp", to=["c:contrteam"], cc=["wd", "c:tp"], date=(11, 7, 12, 55),
  subject="Construction Christmas do - The Crown & Kettle, Fri 13 Dec",
  client="gmail", fmt="plain",
  note="hard negative: staff-only social mail with a personal e-mail, mobile and WhatsApp group",
  body="""Right you lot,

Christmas do is booked: Friday 13 December, upstairs at the Crown & Kettle from 6:30. Three course set menu is £32, and they want a £10 deposit each by the end of November.

To keep it off the college system, RSVP to my own e-mail gaz.pilling.1979@gmail.com or text me on 07700 900241 with your food choice - menu's below. I'll set up a WhatsApp group nearer the time for lifts and who's getting the last tram.

Starter: soup / prawn cocktail / garlic mushrooms
Main: turkey / beef / mushroom wellington
Pud: Christmas pud / cheesecake / sticky toffee

Partners welcome. Wayne, you're not doing karaoke again.

Gaz
""")

M(n=32, label="flag", kind="flag", slug="car_show_invite_ics_own_mobile",
  frm="se", to=["p:sam"], date=(11, 8, 19, 10),
  subject="Classic car show Saturday - invite",
  client="outlook", fmt="alt",
  attach=[("Car show.ics", "text/calendar", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000R40P032
DTSTAMP:20241108T191000Z
DTSTART:20241116T093000Z
DTEND:20241116T150000Z
SUMMARY:Classic car show - Trafford
LOCATION:Main gate\\, Example Showground\\, Trafford Park
DESCRIPTION:Meet at the main gate at 9:30. Entry is free for students wit
 h a college lanyard. My own mobile for the day if you can't find us: 077
 00 900905.
ORGANIZER;CN=Shaun Mellor:mailto:s.mellor@example-school.org.uk
ATTENDEE;CN=Sam Carer;RSVP=TRUE:mailto:sam.carer@outlook.com
END:VEVENT
END:VCALENDAR
""", {"method": "REQUEST"})],
  note="MV technician sends carer an .ics whose description gives his own mobile",
  body="""Hi Sam,

A few of the lads are coming along to the classic car show in Trafford on Saturday, unofficially, and Example Pupil Two said he'd love to come but needed to check with you first. It's free with a college lanyard and it's a cracking day out if you're into motors. You're more than welcome to come along too.

I've put the details in the invite, including my number for the day in case you can't find us.

Shaun

Shaun Mellor
Technician Assessor, Motor Vehicle
""" + COLLEGE + "\n")

M(n=33, label="clean", kind="everyday", slug="construction_team_meeting_notes",
  frm="gp", to=["c:contrteam"], cc=["ph"], date=(11, 11, 16, 40),
  subject="Notes - construction team meeting 11/11",
  client="outlook", fmt="plain",
  note="team meeting notes to colleagues",
  body="""Notes from today, shout if I've missed anything.

Present: Gareth, Wayne, Tracey, Paul (placements, first 20 mins)

1. Placements. Paul has 9 of 14 Level 2 learners placed. Still need sites for Jake, Declan and the three on the carpentry course. Wayne to ask his contact at the housing association.
2. Materials. We've used 70% of the brick budget. No more full-wall builds until January - half walls and piers only.
3. Resits. Maths attendance from our lot is poor on Wednesdays because of the site day. Tracey to speak to Tomasz about moving the session.
4. Health and safety. The dust extractor in the joinery shop failed its test. Do not use the bandsaw until estates have fixed it - Mick says Friday.
5. AOB. Skills competition nationals in March, need two staff to go. Gareth and Wayne provisionally.

Next meeting 25 November, 4pm, C0.04.

G
""")

M(n=34, label="clean", kind="hard", slug="previous_school_access_arrangements",
  frm="pc", to=["p:jane"], date=(11, 12, 10, 20),
  subject="Access arrangements - exam evidence from previous school",
  client="outlook", fmt="alt",
  note="hard negative: SENCo gives the previous school's SENCo line and e-mail for a reason",
  body="""Dear Jane,

Thank you for meeting me last week about extra time in the English resit.

To apply for 25% extra time, the exam board needs evidence of a history of need, and most of that sits with Example Pupil One's old high school. I've e-mailed their SENCo, Mrs Doherty, but haven't heard back yet. If you're in touch with the school anyway, it might speed things up if you ask them too. Their SEN office is on 0161 496 0903 and the e-mail is senco@beechhill-high.example.org.

What I need from them is a copy of the Form 8 from Year 11 and any teacher statements about her reading speed.

In the meantime she can use a reader pen in class, and I'll make sure she sits mocks in the small room.

Kind regards,

Priya Chauhan
Learning Support Manager (SENCo)
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=35, label="flag", kind="flag", slug="own_mobile_split_over_line",
  frm="pc", to=["p:jane"], date=(11, 14, 18, 5),
  subject="Re: Access arrangements - exam evidence from previous school",
  client="other", fmt="plain",
  note="SENCo gives parent her own mobile, number broken across a line wrap",
  in_reply_to="<CA+8f2c1a9e0d4b7736550a1e9c2f4d8b0@mail.gmail.com>",
  body="""Hi Jane,

That's brilliant, thank you for chasing Beech Hill. I've got the Form 8
now so I can submit the application tomorrow.

I know it's hard for you to ring in during the day with your hours. If
it's easier, you can ring or text me on my own mobile, 07700
900468, any evening after 6. I'd much rather we had a quick chat than
you worrying about it all weekend.

Priya

On Thu, 14 Nov 2024 at 17:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Priya, the school have said they've emailed the form over this
> afternoon. Is there anything else you need? I'm on lates all week
> so email is best. Jane
""")

M(n=36, label="clean", kind="everyday", slug="reply_to_parent_progress_public_services",
  frm="iq", to=["p:ali"], date=(11, 12, 13, 10),
  subject="RE: How is he getting on?",
  client="outlook", fmt="alt",
  note="tutor replies to parent about progress, Outlook quoted block",
  body="""Dear Mr Guardian,

Thanks for your e-mail, and it's no mither at all - I'd always rather hear from you.

He's doing well. He's on track for a Merit overall in the Level 3, and his unit on the role of the emergency services was one of the best in the group. He led the casualty scenario last week and stayed calm when it all went a bit chaotic, which is exactly what the services look for.

The two things holding him back are his maths, which Mr Nowak tells me is improving, and punctuality on Monday mornings. I think that's the bus from Ashton, but if he can get the earlier one it would help.

The Coniston trip should be good for him too.

Kind regards,

Imran Qureshi
Tutor, Uniformed Public Services
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 11 November 2024 21:12
To: Imran Qureshi <i.qureshi@example-school.org.uk>
Subject: How is he getting on?

Hi Mr Qureshi, sorry to mither you, I couldn't make parents evening as I was working away. How is Example Pupil Three getting on? He doesn't tell us anything! Thanks, Ali
""")

M(n=37, label="clean", kind="hard", slug="toolkit_payment_bank_details",
  frm="fin", to=["p:sam"], date=(11, 18, 11, 25),
  subject="Motor vehicle toolkit - how to pay",
  client="outlook", fmt="plain",
  note="hard negative: college bank sort code, account number, payment reference, price",
  body="""Dear Sam,

Thank you for your call. The Level 2 motor vehicle toolkit is £85, and as you asked, here are the college's bank details for paying by transfer:

Account name: Example School Sixth Form & FE College
Sort code: 40-16-08
Account number: 61739204
Reference: MV2-24TK-0117 (please use this so we can match the payment)

Alternatively you can pay by card over the phone on 01632 960000 (ask for finance), or on the ParentPay link in the letter.

If the cost is a problem, Example Pupil Two may be eligible for the 16-19 bursary to cover it. I can send you the form.

Kind regards,

Joanne Mather
Student Finance Officer
""" + COLLEGE + "\n")

M(n=38, label="flag", kind="flag", slug="call_my_personal_mobile_tonight_nbsp",
  frm="fc", to=["p:sam"], date=(11, 18, 17, 45),
  subject="Today's incident",
  client="outlook", fmt="html",
  note="assistant principal gives carer her personal mobile in HTML with &nbsp; separators",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for coming in so quickly this afternoon. I know it was upsetting to see him like that, and I want to reassure you that the other student involved has been sent home and we are dealing with it.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;ll be in a meeting until late and then at home, so please ring me on my personal mobile, <b>07700&nbsp;900&nbsp;377</b>, any time tonight if he tells you anything more or you&#8217;re worried about tomorrow. I&#8217;d rather you had me directly than waited for the office to open.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We&#8217;ll meet properly on Wednesday as agreed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Fiona</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Fiona Catterall<br>Assistant Principal, 16-19 Study Programmes<br>Example School Sixth Form &amp; FE College</span></p>
</div></body></html>
""")

M(n=39, label="clean", kind="everyday", slug="ucas_deadline_reminder",
  frm="df", to=["s:adaeze", "s:beth", "s:simi", "s:niamh"], date=(11, 19, 9, 40),
  subject="UCAS - college deadline is 6 December",
  client="outlook", fmt="alt",
  note="careers adviser reminds students about UCAS deadlines",
  body="""Hi all,

Reminder that the college's internal UCAS deadline is Friday 6 December. That gives your tutors time to write references before Christmas. The official January deadline is 29 January, but nobody wants to be doing it over the holidays.

By the 6th you need:
- all five choices entered (nursing and paramedic science students, check the interview dates on each uni's site)
- your personal statement in the new three-question format, checked by me or your tutor
- your T level predicted grades confirmed with Siobhán

Drop-in sessions are every Tuesday and Thursday lunchtime in the careers hub, A1.03, no appointment needed.

If you're thinking of an apprenticeship instead, or as well, come and see me. Degree apprenticeships in nursing are a real option and you get paid.

Danny Fairclough
Careers Adviser
""" + COLLEGE + "\n")

M(n=40, label="clean", kind="hard", slug="job_card_reg_vin_part_numbers",
  frm="se", to=["s:kacper", "s:leon", "s:harv"], cc=["dw"], date=(11, 19, 15, 30),
  subject="Job cards for Thursday - diagnostics practical",
  client="outlook", fmt="plain",
  note="hard negative: vehicle registrations, VIN, part numbers, mileage, fault codes",
  body="""Level 3 lads,

Here are your job cards for Thursday so you can do some reading before you come in.

Bay 1 - Kacper
Vehicle: 2015 Vauxhall Corsa 1.2, reg MF15 ZXT
VIN: W0L0XEP68F4099218
Mileage: 78,412
Complaint: engine management light on, rough idle when cold
Codes stored: P0301, P0171

Bay 2 - Leon
Vehicle: 2017 Ford Fiesta 1.0 EcoBoost, reg MA17 KRW
VIN: WF0DXXGAKDH512347
Mileage: 54,980
Complaint: coolant loss, no visible leak
Part on order: thermostat housing 2 045 118 (arrived, in stores)

Bay 3 - Harvinder (Thursday is your college day, so you're in with us)
Vehicle: 2012 VW Golf 1.6 TDI, reg YD12 PLX
Mileage: 121,306
Complaint: DPF warning light, customer does short journeys only

Write up your diagnosis before you touch anything, and I want to see the wiring diagram for Kacper's coil pack on the sheet.

Shaun
""" + sig("se", "short"))

M(n=41, label="flag", kind="flag", slug="valencia_placement_0044_own_phone",
  frm="hg", to=["s:chloe", "s:zara", "s:one"], cc=["p:jane"], date=(11, 20, 20, 5),
  subject="València - final details before we fly ✈️",
  client="gmail", fmt="plain", cte="base64",
  note="Turing trip lead gives students and a parent her own phone in 0044 format (base64 body, encoded subject)",
  body="""Hi girls (and hi Jane),

Ten days to go! A few final bits for València:

• Flights: Jet2 from Manchester T2, Monday 2 December, check-in opens 05:30. We meet at the Jet2 desk at 05:15. Not 05:45. 05:15.
• Passports need to be valid until at least March 2025. Check tonight, not the night before.
• The salon placement at Salón Lluna runs Tuesday to Friday, 10:00–17:00, with a siesta break. Black tunic and trousers, flat black shoes.
• Euros: about €150 for food and the odd trip. The hotel does breakfast.

The college trip phone doesn't have roaming set up (IT are still "looking into it"), so while we're out there please use my own phone: 0044 7700 900852. It's on WhatsApp too, which is free over hotel wifi, so that's probably easiest for messages home.

Any last questions, shout.

Hannah x
""")

M(n=42, label="clean", kind="everyday", slug="it_password_reset_notice",
  frm="it", to=["s:kai", "s:aisha", "s:connor", "s:tyler", "s:simi"], date=(9, 30, 8, 5),
  subject="Action needed: set up your new college sign-in by Friday",
  client="other", fmt="html",
  note="IT services notice about password and MFA setup",
  body="""Hello,

From Monday 7 October all student accounts move to the new sign-in, with a code on your phone (multi-factor authentication). You need to set this up before then or you won't be able to get into Teams, your e-mail or the placement portal.

1. Go to the student portal from a college PC or your own device.
2. Sign in with your current username and password.
3. Follow the prompts to install the Microsoft Authenticator app and scan the QR code.

Your password must be at least 12 characters. Three random words works well.

We will never ask you for your password or a code by e-mail or on the phone. If someone does, it's a scam: report it to us.

Drop-in help: IT Services desk, LRC ground floor, 8:30-4:30, or ext 2300 from any college phone.

IT Services
""" + COLLEGE + "\n")

M(n=43, label="clean", kind="hard", slug="dsl_support_services_after_disclosure",
  frm="dsl", to=["s:niamh"], date=(11, 21, 12, 15),
  subject="Following up from this morning",
  client="outlook", fmt="alt",
  note="hard negative: DSL gives a student third-party helpline, GP and youth service numbers",
  body="""Hi Niamh,

Thank you for talking to me this morning. I know that took a lot, and you did the right thing.

As we agreed, here are the places you can get support outside college, so you have them on your phone:

- Northern Youth Wellbeing Line (free, 24 hours): 0808 157 0312
- Kooth online counselling: you can sign up with just your first name and postcode area
- Your GP surgery, Levenshulme Health Centre: 0161 496 0266 - ask for an appointment with Dr Farooq, who I know does a lot of work with young people
- Manchester Young Carers Service: 0161 496 0591 (you mentioned looking after your nan; they run a group on Wednesday evenings)

Inside college, you can find me in Student Services most days, or message me on Teams. If it's urgent and I'm not in, ask reception to get another member of the safeguarding team.

I'll check in with you on Monday.

Amira

Amira Hussain
Designated Safeguarding Lead
""" + COLLEGE + "\n")

M(n=44, label="flag", kind="flag", slug="salon_saturday_work_insta_tiktok_dm",
  frm="kb", to=["s:chloe", "s:zara", "s:aisha", "s:simi"], date=(11, 21, 16, 50),
  subject="Saturday work going",
  client="outlook", fmt="alt",
  note="course leader invites students to DM her private salon Instagram/TikTok for paid work",
  body="""Hi girls,

A few of you have been asking about Saturday jobs. As some of you know I've got my own little salon in Denton at weekends, and I'm after a junior for Saturdays from December - washing, sweeping up, meeting clients, and some lash lifts once you're signed off.

If you're interested, follow me on Insta or TikTok @kerryann.hairandlashes and drop me a DM with your availability. It's easier to sort it on there than through college.

It's cash in hand and good experience for your portfolio.

Kerry-Ann
""" + sig("kb", "short"))

M(n=45, label="clean", kind="everyday", slug="bursary_payment_dates",
  frm="fin", to=["s:connor"], date=(10, 2, 10, 45),
  subject="Your 16-19 bursary - payment dates",
  client="outlook", fmt="plain",
  note="finance office confirms bursary payments to student",
  body="""Hi Connor,

Good news, your bursary application has been approved. You'll get £30 a week, paid fortnightly into the account you gave us, as long as your attendance for the fortnight is 90% or above.

Payment dates this term: 18 October, 1 November, 15 November, 29 November, 13 December.

The bursary also covers your bus pass, so collect that from reception on Monday, and your steel toecaps, so don't buy your own - Dean has the order form.

If your attendance drops because of illness, get a note to the attendance office and we can usually still pay.

Joanne
Student Finance
""")

M(n=46, label="clean", kind="hard", slug="placements_duty_phone_and_extension",
  frm="plc", to=["s:adaeze", "s:beth"], date=(11, 22, 8, 30),
  subject="If you can't get hold of your placement tutor",
  client="outlook", fmt="alt",
  note="hard negative: college placements duty mobile stated as college phone, colleague's extension",
  body="""Hi Adaeze, hi Bethany,

Siobhán is off for the next two weeks, so while she's away please don't sit on any worries about placement.

- For anything about your hours, uniform or shifts: Sue Armitage in the placements team, 01632 960000 ext 2241, Monday to Thursday.
- If something happens on placement and you need someone straight away: the placements duty phone, 07700 900200. It's a college mobile carried by whoever is on duty, 8am to 6pm, and it's fine to text it.
- Safeguarding concerns, at any time: Amira Hussain, dsl@example-school.org.uk.

Keep logging your hours as normal.

Placements Team
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=47, label="flag", kind="flag", slug="add_me_on_facebook_text_me",
  frm="wd", to=["s:declan"], date=(11, 22, 21, 30),
  subject="Re: plastering job",
  client="gmail", fmt="plain",
  note="plastering lecturer asks student to add him on Facebook and text his own mobile (brackets format)",
  in_reply_to="<CAJx7dQ0m1e2n3o4p5q6r7s8t9u0v1w2x3y4z5@mail.gmail.com>",
  body="""Declan,

Yeah my mate's firm is still after a labourer for Saturdays, good money for a lad your age. Add me on Facebook (Wayne Duckworth, profile pic is me and the dog at Hollingworth Lake) and I'll put you in touch with him on there, or text me on (07700) 900 529 and I'll pass your number on.

Don't let it knock your college work though.

Wayne

On Fri, 22 Nov 2024 at 20:48, Declan Finch <24dfinch@pupils.example-school.org.uk> wrote:
> Sir is that plastering job still going? my dad said I need to get a saturday job
""")

M(n=48, label="clean", kind="everyday", slug="football_trials_notice",
  frm="jo", to=["s:liam", "s:connor", "s:kai", "s:mason", "s:leon", "s:tyler"], date=(9, 30, 12, 10),
  subject="Football and netball trials this week",
  client="outlook", fmt="plain",
  note="enrichment coordinator announces trials",
  body="""Hi all,

Trials for the college football and netball teams are this week:

Football - Wednesday 2 October, 1:30pm, 3G pitch
Netball - Thursday 3 October, 1:30pm, sports hall

Wednesday afternoons are kept free for enrichment, so if your timetable clashes let me know and I'll speak to your tutor. Bring boots or trainers, water, and your inhaler if you use one.

We play in the AoC league, with fixtures most Wednesdays and the odd Saturday.

Jordan Ogunleye
Sport & Enrichment
""")

M(n=49, label="clean", kind="hard", slug="end_point_assessment_venue",
  frm="rl", to=["s:harv"], cc=[("Steve Gaskell", "service@hulmeroadmotors.example.com")], date=(11, 25, 9, 50),
  subject="Your end-point assessment - date and venue confirmed",
  client="outlook", fmt="alt",
  note="hard negative: EPA venue address and postcode, assessment organisation's phone and booking reference",
  body="""Hi Harvinder,

Your end-point assessment is confirmed with the assessment organisation:

Date: Tuesday 14 January 2025
Time: arrive 8:30 for a 9:00 start (practical in the morning, professional discussion after dinner)
Venue: Example Automotive Assessment Centre, Unit 7, Broadway Park, Salford, M50 2QT
Booking reference: EPA-LV3-558201

Parking is free on site. If you're driving, allow extra time on the M602, it's always backed up.

If you're ill on the day, ring the assessment centre on 0161 496 0861 before 8am and then let me and Steve know.

We'll do a mock professional discussion on 7 January. Bring your portfolio.

You've got this.

Rachel
""" + sig("rl", "short"))

M(n=50, label="flag", kind="flag", slug="join_my_discord_server",
  frm="br", to=["s:mason", "s:kai", "s:tyler", "s:connor"], date=(11, 25, 18, 20),
  subject="Esports club - moving chat to Discord",
  client="gmail", fmt="alt",
  note="IT lecturer invites students into his own Discord server, gives his handle",
  body="""Evening all,

Good turnout tonight for Rocket League. A few of you said Teams is rubbish for organising matches, so I've set up a Discord server for the club instead.

Add me - my username is benr_tech - and I'll send you the invite to the server. We can sort practice times and team comps on there, and I'll be on most evenings so you can get hold of me.

Next session Monday, same room, 3:30 till 5.

Ben
""")

M(n=51, label="clean", kind="everyday", slug="library_overdue_laptop",
  frm="lrc", to=["s:kacper"], date=(10, 8, 11, 0),
  subject="Overdue loan laptop",
  client="other", fmt="plain",
  note="LRC short overdue loan reminder",
  body="""Hi Kacper,

The loan laptop (LRC-L-044) you borrowed on 24 September was due back last Tuesday. Please bring it to the LRC desk as soon as possible - we've a waiting list.

Thanks,
Ruth, LRC
""")

M(n=52, label="clean", kind="hard", slug="reply_quotes_parent_signature",
  frm="na", to=["p:jane"], date=(10, 8, 17, 25),
  subject="Re: Example Pupil One - English homework",
  client="gmail", fmt="alt",
  note="hard negative: tutor's reply quotes the parent's own signature with her mobile and home address",
  in_reply_to="<CAF9v3WmK2pQx7Hj4sLd0aNuYb6tE8rZc1@mail.gmail.com>",
  body="""Hi Jane,

Thanks for letting me know. She doesn't need to worry - the homework was only a practice piece and she can hand it in on Monday. I'd much rather she rested.

I'll send the sheet home with her friend Zara so she's got it.

Best wishes,
Naomi Ashworth

On Tue, 8 Oct 2024 at 16:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Ashworth,
>
> She's been off with a migraine since yesterday and she's really
> stressing about the English homework. Can she have a bit longer?
>
> Thanks,
> Jane Parent
> 14 Oakhurst Road, Longsight, M13 0PZ
> 07700 900123
""" + sig("na", "short"))

M(n=53, label="flag", kind="flag", slug="attendance_officer_home_landline_b64",
  frm="lk", to=["p:sam"], date=(11, 26, 16, 35),
  subject="Example Pupil Two - attendance",
  client="outlook", fmt="plain", cte="base64",
  note="attendance officer gives carer her home landline (base64 body)",
  body="""Dear Sam,

Thanks for your message. I completely understand it's difficult with him not wanting to get up, and I know you're doing your best on your own.

I'm part-time and I finish at 1pm, so I keep missing you when you ring back after your shift. You're welcome to ring me at home instead on 0161 496 0382 - I'm usually in from about 5. Then we can talk through the support plan without you having to take time off.

His attendance is 78% this half term, so we do need to get something in place before the bursary gets stopped.

Kind regards,
Lorraine Kershaw
Attendance Officer
""")

M(n=54, label="clean", kind="everyday", slug="fire_drill_staff_briefing",
  frm="est", to=["c:all16"], date=(10, 3, 8, 20),
  subject="Fire evacuation drill - next week",
  client="outlook", fmt="plain",
  note="estates manager briefs staff about fire drill",
  body="""Morning all,

We'll be running an unannounced fire evacuation drill at some point next week. Please remember:

- Workshops and salon: isolate machines and gas at the wall before leaving, it takes 10 seconds.
- Take your register (the Teams register on your phone is fine) to the assembly point in the top car park.
- Anyone with a PEEP - Priya has the list - goes to the refuge point on their floor and a named member of staff stays with them.
- Do not let students go to their cars. Last time we had two of the motor vehicle lads trying to drive out during the drill.

Thanks,
Mick Barlow
Estates & Facilities Manager
""")

M(n=55, label="clean", kind="hard", slug="part_time_job_cafe_northern_quarter",
  frm="df", to=["s:aisha", "s:simi", "s:zara", "s:kai"], date=(10, 10, 13, 5),
  subject="Part-time jobs: café in the Northern Quarter",
  client="outlook", fmt="alt",
  note="hard negative: careers adviser passes on employer's recruiting e-mail and manager's phone",
  body="""Hi all,

A café in the Northern Quarter has been in touch - they're looking for part-time staff for weekends and some weekday evenings, 16+, full training given. The pay is the apprentice/16-17 rate or above depending on age.

If you're interested, send a short CV to jobs@thegreenbean.example.com or ring Dawn, the manager, on 0161 496 0677 between 2pm and 4pm.

Don't take on more than 15 hours a week in term time. If you need help with a CV, I'm in the careers hub every lunchtime.

Danny
Careers Adviser
""" + COLLEGE + "\n")

M(n=56, label="flag", kind="flag", slug="careers_own_phone_dotted_encoded_subject",
  frm="df", to=["p:ali"], date=(11, 27, 19, 5),
  subject="Army application – next steps for Example Pupil Three 🎖️",
  client="gmail", fmt="html",
  note="careers adviser gives parent his own phone in dotted format (RFC 2047 subject)",
  body="""Hi Ali,

Good to speak to you both at the careers fair last week. As promised, here's where he's up to with the Army application:

1. Online application submitted - done.
2. Medical questionnaire - the GP needs to fill in their part. That's the slow bit, so chase it.
3. Assessment centre - likely late January at Pirbright once the medical's back.

I'm really happy to keep helping him through the rest of it, even after he's finished here in the summer. My own phone's 07700.900.194, so you or he can ring me directly, weekends included. It's quicker than going through the college.

Danny
""")

M(n=57, label="clean", kind="everyday", slug="parking_permit_reply_carer",
  frm="est", to=["p:sam"], date=(10, 4, 14, 40),
  subject="RE: Parking for students who drive",
  client="outlook", fmt="alt",
  note="estates replies to carer about student parking permit, Outlook quoted block",
  body="""Dear Sam,

Thanks for your e-mail, and congratulations to him on passing his test.

Students can apply for a parking permit for the student car park on Hyde Grove. There's no charge, but we need a copy of his licence and insurance, and the registration of the car he'll be using. He can bring them to reception. Permits are limited, so we prioritise students who travel more than five miles or have placements with early starts.

Please remind him the car park closes at 6pm and it's 5mph on site. Several learners have had warnings this term for racing round the top car park at home time.

Kind regards,

Mick Barlow
Estates & Facilities Manager
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 03 October 2024 20:16
To: Estates <estates@example-school.org.uk>
Subject: Parking for students who drive

Hello, Example Pupil Two passed his driving test last week and wants to drive to college as the bus takes over an hour. Can students park at college? Thanks, Sam
""")

M(n=58, label="clean", kind="hard", slug="salon_open_evening_prices_times",
  frm="kb", to=["p:jane"], cc=["s:one"], date=(11, 12, 12, 40),
  subject="Salon open evening - Thursday 21/11",
  client="outlook", fmt="alt",
  note="hard negative: dates, times, prices, room number, salon reception extension",
  body="""Hi Jane,

Our salon open evening is on Thursday 21/11, 17:30-20:00, alongside the careers fair. Level 2 students will be doing treatments under supervision, at training prices:

Cut and blow-dry - £8
Blow-dry only - £5
Gel manicure - £6
Lash lift and tint - £10 (patch test needed by 19/11)

It's in the training salon, room C1.14, ground floor of the C block. Book on 01632 960000 ext 2150 (salon reception, Tues-Thurs 9:00-16:00) or just turn up and we'll fit you in where we can.

Example Pupil One (copied in) has already said she wants to do your nails, so you might not have much choice!

Kerry-Ann
""" + sig("kb", "short"))

M(n=59, label="flag", kind="flag", slug="placement_paperwork_family_email_home_address",
  frm="ph", to=["s:one"], cc=["p:jane"], date=(11, 28, 20, 40),
  subject="FW: placement agreement",
  client="outlook", fmt="alt",
  attach=[("Placement_agreement_StudioJB.pdf", "application/pdf", make_pdf([
      "Work placement agreement - Studio JB",
      "Student: Example Pupil One. Placement: Mondays, 9:30-5:00, from 9 December 2024.",
      "Signed (student): ______________   Signed (parent/carer): ______________",
  ]))],
  note="placements coordinator gives student and parent his family-domain e-mail and home address (no postcode)",
  body="""Hi both,

Forwarding this from the salon. They need the agreement signed by both of you before she starts on the 9th.

I'm off sick at home for the rest of the week, so the quickest way is to scan or photograph it and send it to my home e-mail, paul@heywood-family.example.net. Or if it's easier, pop it in the post to me at 3 Lark Hill Mews, Chorlton, and I'll get it back to the salon.

Sorry for the faff.

Paul

From: Jess Brady <jess@studiojb.example.com>
Sent: 28 November 2024 15:02
To: Paul Heywood <p.heywood@example-school.org.uk>
Subject: placement agreement

Hi Paul, attached is the placement agreement for Example Pupil One. We need it signed by her and her mum before she starts on Monday 9th please, insurance won't cover her otherwise. Thanks Jess, Studio JB
""")

M(n=60, label="clean", kind="everyday", slug="cover_arrangements_staff",
  frm="fc", to=["c:mvteam"], cc=["se"], date=(11, 1, 7, 50),
  subject="Cover today - Dean off",
  client="outlook", fmt="plain",
  note="short cover arrangements among staff",
  body="""Morning,

Dean's off sick today. Cover:

P1-2 L2 MV (workshop): Shaun to run the brake practical, Tracey to support. No grinding or welding without Dean.
P3 L3 theory: set work is on Teams, Unit 12 worksheet. Room B0.06.
P4 tutorial: merged with Imran's group in B1.02.

Thanks all,
Fiona
""")

M(n=61, label="clean", kind="hard", slug="student_own_mobile_confirmed_for_employer",
  frm="plc", to=["s:liam"], date=(10, 16, 14, 5),
  subject="Your placement at the fire station - contact number",
  client="outlook", fmt="plain",
  note="hard negative: placements team checks the student's own mobile number before passing it to employer",
  body="""Hi Liam,

Watch Manager Collier at the community fire station wants to text you your shift pattern for the placement. The number we have on your record for you is 07700 900358. Is that still right? If it's changed, update it on the student portal under My Details, and reply to this e-mail so we know.

We won't pass it to anyone else.

Sue Armitage
Placements Team
""" + COLLEGE + "\n")

M(n=62, label="clean", kind="everyday", slug="hair_kit_order_price_list",
  frm="hg", to=["s:chloe", "s:zara", "s:aisha", "s:simi", "s:one"], date=(9, 30, 15, 20),
  subject="Kit order - last chance",
  client="outlook", fmt="alt",
  note="H&B lecturer chases kit orders with prices",
  body="""Hi all,

The kit order goes to the supplier on Friday, so if you haven't paid or told me you're using the bursary, this is your last chance. Without a kit you can't do the practical assessments before Christmas.

Level 2 hairdressing kit - £120 (scissors, combs, sectioning clips, two brushes, cape, block head)
Level 2 beauty kit - £95
Tunic (extra) - £18

You can pay at the finance window in A0.12 or online. If you're on the bursary, fill in the kit form and Joanne will sort it with you.

And for the last time - do NOT buy cheap scissors off the internet. They're awful and you'll cut yourself.

Hannah
""" + sig("hg", "short"))

M(n=63, label="clean", kind="hard", slug="colleague_text_me_staff_only",
  frm="na", to=["tn"], date=(11, 5, 7, 25),
  subject="Resit morning - invigilation swap",
  client="iphone", fmt="plain",
  note="hard negative: staff-only message giving own mobile to a colleague",
  body="""Tomasz,

Can you swap with me for the 9am invigilation today? My little one's been up all night and I'll be in for 10:30 at the latest. I'll take your Wednesday afternoon one in return.

Text me on 07700 900640 if that's OK, I won't see e-mail while I'm on the school run.

Naomi

Sent from my iPhone
""")

M(n=64, label="clean", kind="everyday", slug="progress_coach_job_timetable_clash",
  frm="ld", to=["s:kai"], date=(10, 22, 11, 50),
  subject="Thursday afternoons",
  client="outlook", fmt="alt",
  note="progress coach raises part-time job clashing with timetable",
  body="""Hi Kai,

Your tutor's mentioned you've missed the last three Thursday afternoon sessions, and someone said you've picked up extra shifts at the warehouse.

I get it, money's tight and the shifts are there. But Thursday afternoon is your maths resit and if you miss any more you'll be withdrawn from the November exam, which means resitting it again next year.

Can you come and see me on Monday in the progress hub, any time after 10? We can look at whether there's a way to make it work - some employers will move shifts if the college writes to them.

No judgement, I just want you to pass.

Liam Doyle
Progress Coach
""" + COLLEGE + "\n")

M(n=65, label="clean", kind="hard", slug="coordinator_mobile_to_employer_only",
  frm="ph", to=[("Dawn Kelsall", "dawn.kelsall@irwellbuild.example.com")], date=(11, 6, 17, 15),
  subject="Site visit next week",
  client="outlook", fmt="plain",
  note="[unsure] coordinator gives his own mobile to an employer only - no pupil or parent recipient",
  body="""Hi Dawn,

Thanks for agreeing to take Jake and Declan from January. I'd like to come out to the Ordsall Lane site next week to do the health and safety check before they start - would Tuesday or Wednesday morning suit?

I'm on the road most of next week, so if it's easier to ring, my mobile is 07700 900286.

Kind regards,
Paul Heywood
Industry Placements Coordinator
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=66, label="clean", kind="everyday", slug="short_reply_dont_mither",
  frm="iq", to=["s:leon"], date=(11, 13, 10, 5),
  subject="Re: uniform",
  client="other", fmt="plain",
  note="two-line reply to student, Mancunian register",
  body="""Don't mither about the boots, Leon - wear your trainers tomorrow and we'll sort new ones from the bursary. Buzzing you got through the interview.

Mr Q
""")

M(n=67, label="clean", kind="hard", slug="tutor_declines_snapchat_request",
  frm="wd", to=["s:jake"], date=(11, 13, 16, 20),
  subject="Re: snap",
  client="outlook", fmt="plain",
  note="hard negative: lecturer declines student's request to add him on Snapchat and explains why",
  body="""Hi Jake,

Thanks for the add on Snapchat, but I've declined it - it's nothing personal. Staff aren't allowed to be friends with students on social media or message them from our own phones, and that's for your protection as much as mine.

If you want to send me photos of your practice board from home, upload them to the Teams assignment and I'll comment on them there. The last one was a big improvement on the corners, by the way.

Mr Duckworth
""" + sig("wd", "short"))

M(n=68, label="clean", kind="everyday", slug="term_report_pdf_parent",
  frm="hg", to=["p:jane"], date=(11, 29, 15, 15),
  subject="Example Pupil One - autumn progress report",
  client="outlook", fmt="alt",
  attach=[("Progress_report_autumn_2024.pdf", "application/pdf", make_pdf([
      "Autumn term progress report 2024",
      "Student: Example Pupil One   Course: Level 2 Hair & Beauty",
      "Attendance: 93%   Punctuality: Good",
      "Practical: On track (Merit)   Theory: Working towards Pass",
      "English resit: working at grade 4 (target 4)",
      "Target: complete consultation records in full for every client.",
  ]))],
  note="course report with PDF to parent",
  body="""Dear Jane,

Please find attached Example Pupil One's autumn term progress report.

In short: her practical work is strong and she's on track for a Merit, her attendance has picked up since October, and her English tutor has her working at a grade 4. The target for next term is the written side, especially the consultation records, which she still rushes.

She's been a real asset in the salon this term, particularly with the nervous clients.

If you have any questions about the report, reply to this e-mail and I'll get back to you, or we can speak at the spring parents' evening.

Kind regards,

Hannah Greenhalgh
Lecturer, Hair & Beauty
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=69, label="clean", kind="hard", slug="valencia_host_salon_and_agency_details",
  frm="hg", to=["p:jane"], date=(11, 15, 11, 30),
  subject="Turing placement - where she'll be staying and working",
  client="outlook", fmt="alt",
  note="hard negative: host salon, hotel and UK partner agency details for an overseas placement",
  body="""Dear Jane,

As promised at the meeting, here are the details for the València placement, 2-6 December.

Accommodation: Hotel Example Turia, Carrer de l'Exemple 14, 46001 València. Students are two to a room; she's sharing with Zara.
Work placement: Salón Lluna, a short walk from the hotel. The owner, Marta, speaks good English and has hosted our students for three years.
UK partner agency: Example Mobility Partners, who arrange the placements and insurance. Their 24-hour emergency line is 020 7946 0381, and they'll contact the college straight away.

Two members of staff travel with the group, myself and Kerry-Ann Booth. Full risk assessment is on the parent portal.

In an emergency at home while she's away, ring the college on 01632 960000 and they will reach us.

Kind regards,

Hannah Greenhalgh
Lecturer, Hair & Beauty (Turing lead)
""" + COLLEGE + "\n")

M(n=70, label="clean", kind="everyday", slug="technical_centre_trip_consent",
  frm="dw", to=["p:sam"], date=(11, 7, 13, 30),
  subject="Trip: Example Motors Technical Centre, Crewe - Thursday 28 November",
  client="outlook", fmt="alt",
  attach=[("Consent_form_Crewe_trip.pdf", "application/pdf", make_pdf([
      "Consent form - visit to Example Motors Technical Centre, Crewe",
      "Thursday 28 November 2024. Depart 8:15, return approx 4:30.",
      "Student name: ______________________",
      "I give consent for my young person to attend. Signed: ____________",
      "Medical information / dietary needs: ____________________________",
  ]))],
  note="trip letter with consent form to carer",
  body="""Dear Sam,

Level 2 Motor Vehicle students have been invited to visit the Example Motors Technical Centre in Crewe on Thursday 28 November. They'll see the apprentice training workshops and the EV diagnostics area, and there's a talk about their apprenticeship scheme, which takes on around 40 school and college leavers a year.

We leave college at 8:15 by minibus and should be back by 4:30. There's no charge. Students need their own packed lunch and must wear college workwear and toecaps, as they'll be on the workshop floor.

Because the students are 16 and 17, we do still need consent. Please complete the attached form and send it back with him, or reply to this e-mail with your consent and any medical information, by Friday 22 November.

Kind regards,

Dean Whitworth
Lecturer, Motor Vehicle (Levels 2 & 3)
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=71, label="clean", kind="hard", slug="student_id_uln_for_enrolment_check",
  frm="ex", to=["s:aisha"], date=(10, 1, 14, 20),
  subject="Your ULN - awarding body registration",
  client="other", fmt="plain",
  note="hard negative: student ID, 10-digit ULN and registration numbers",
  body="""Hi Aisha,

We can't register you with the awarding body for your Level 2 Beauty because the Unique Learner Number on your record doesn't match your name. We have:

Student ID: 24009137
ULN: 4829301756
Name on record: Aisha Begun

I think it's just a typo in your surname. Can you pop into the exams office (A0.09) with your passport or provisional licence and we'll correct it? The registration deadline is 18 October.

Chris Openshaw
Exams Officer
""")

M(n=72, label="clean", kind="everyday", slug="english_homework_question_reply",
  frm="na", to=["s:tyler"], date=(10, 10, 19, 5),
  subject="Re: homework q",
  client="outlook", fmt="plain",
  note="tutor answers student's homework question, quoted",
  body="""Hi Tyler,

Good question. For the "how does the writer use language" question you only need to pick 3 or 4 quotes, not every single one. Quote, name the technique if you can, then say what effect it has on the reader. That last bit is where the marks are.

You don't have to write an essay - a page is fine.

Miss Ashworth

-----Original Message-----
From: Tyler Brennan <24tbrennan@pupils.example-school.org.uk>
Sent: 10 October 2024 18:37
To: Naomi Ashworth <n.ashworth@example-school.org.uk>
Subject: homework q

miss do we have to do every quote for question 3 or just some. ta
""")

M(n=73, label="clean", kind="hard", slug="clinic_drop_in_student_services",
  frm="off", to=["s:connor", "s:aisha", "s:leon", "s:simi", "s:mason"], date=(10, 14, 12, 30),
  subject="Health drop-in starts next week",
  client="outlook", fmt="alt",
  note="hard negative: third-party health service's number and address, text service",
  body="""Hi all,

From Tuesday 22 October the school nurse team from Example Street Clinic will run a confidential health drop-in in Student Services every Tuesday, 12:30-2pm. You can come about anything: sexual health, contraception, stopping vaping, sleep, stress, or just a chat.

You don't need to book. Nobody at college is told who went unless there's a safeguarding concern.

If you can't make the drop-in, the clinic itself is at 45 Example Street, Ardwick, M12 6ZZ, and its confidential text service for 16-19s is 07700 900917 (they'll reply within one working day).

Student Services
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + "\n")

M(n=74, label="clean", kind="everyday", slug="employer_off_the_job_training_query",
  frm="rl", to=[("Dionne Marsh", "dionne@salonvelvet.example.com")], date=(10, 17, 13, 15),
  subject="Off-the-job training for Megan - November",
  client="outlook", fmt="plain",
  note="skills coach writes to employer about apprentice's training days",
  body="""Hi Dionne,

Just a heads-up that Megan has two college training days in November (Tuesday 12th and Tuesday 26th) for her colouring theory, plus her functional skills English on the 28th. These all count towards her off-the-job hours, so she should be paid as normal for them.

I know the 26th is a busy one for you with the Christmas bookings starting, so if you need to swap her to the 19th instead, let me know by the end of the month and I'll move her.

Thanks,
Rachel
""" + sig("rl", "short"))

M(n=75, label="clean", kind="hard", slug="official_college_instagram_showcase",
  frm="com", to=["s:chloe", "s:zara", "s:jake", "s:declan", "s:kacper"], date=(11, 20, 10, 0),
  subject="Showcase week - get your work on the college Instagram",
  client="outlook", fmt="html",
  note="hard negative: official college social accounts for a showcase; tells students not to DM staff",
  body="""Hi everyone,

Next week is Showcase Week and we'd love to feature your work on the college's official accounts (Instagram @ExampleCollegeMCR and the college Facebook page).

If you'd like something included - a finished brick pier, a colour you're proud of, a rebuilt gearbox - upload a photo to the Showcase Teams channel by Wednesday. Please make sure there are no faces in it unless that person has signed a media consent form, and no number plates.

Please don't send photos to staff personally or by DM. Everything goes through Teams and the marketing team posts it.

Olivia Sutcliffe
Marketing & Communications
""" + COLLEGE + "\n")

M(n=76, label="clean", kind="everyday", slug="fw_student_question_to_colleague",
  frm="tn", to=["na"], date=(10, 31, 12, 5),
  subject="FW: can i still do the resit",
  client="outlook", fmt="plain",
  note="staff forwards a student's query to a colleague",
  body="""Naomi - this one's yours really. Eman thinks she's missed the English entry deadline because she was off in October. I've told her you'll come back to her. I think Chris entered everyone on the list, but could you check?

T

-----Original Message-----
From: Eman Hussain <24ehussain@pupils.example-school.org.uk>
Sent: 31 October 2024 11:48
To: Tomasz Nowak <t.nowak@example-school.org.uk>
Subject: can i still do the resit

sir sorry to ask you not miss ashworth but am i still down for english on tuesday? i was off when they gave the letters out and im panicking
""")

M(n=77, label="clean", kind="hard", slug="pickup_change_quotes_parent_sig",
  frm="iq", to=["p:ali"], date=(11, 16, 9, 20),
  subject="RE: Coniston - pick up",
  client="outlook", fmt="alt",
  note="hard negative: reply quotes the parent's Outlook block with his own mobile and address",
  body="""Dear Mr Guardian,

That's no problem at all. I've noted that his uncle, Mr Tariq Guardian, will collect him from the car park when we get back this afternoon, and that he'll show ID. We should be back around 5.

He's had a great trip - he led his team through the night navigation exercise and didn't get them lost once, which is more than I can say for the staff team.

Kind regards,

Imran Qureshi
Tutor, Uniformed Public Services
""" + COLLEGE + "\n" + ADDR_LINE + " | " + MAIN + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 November 2024 08:51
To: Imran Qureshi <i.qureshi@example-school.org.uk>
Subject: Coniston - pick up

Morning, I'm stuck at work in Bolton today so my brother Tariq will pick him up from college this afternoon. He'll bring his driving licence. If there's any problem please call me.

Ali Guardian
7 Cedar Walk, Ashton-under-Lyne, OL6 9QX
Mob: 07700 900789
""")

M(n=78, label="clean", kind="everyday", slug="maths_homework_ratio",
  frm="tn", to=["s:tyler", "s:declan", "s:kai", "s:mason", "s:rayyan"], date=(10, 23, 16, 30),
  subject="Ratio homework + Friday drop-in",
  client="outlook", fmt="alt",
  note="maths tutor sets homework for resit group",
  body="""Hi all,

This week's Hegarty homework is ratio (tasks 331-334). Do them properly, with working out on paper, not just guessing until the box goes green.

Think about mixing mortar or mixing hair colour: 1 part cement to 4 parts sand, 20ml colour to 40ml developer. It's the same maths.

Friday drop-in, 12:30, room B2.11. Bring your dinner.

Mr Nowak
""" + sig("tn", "short"))

M(n=79, label="clean", kind="hard", slug="meeting_directions_school_details",
  frm="off", to=["p:sam"], date=(11, 19, 10, 10),
  subject="Your meeting on Wednesday - finding us",
  client="outlook", fmt="alt",
  note="hard negative: school's own address, postcode, main number and office e-mail",
  body="""Dear Sam,

Your meeting with Ms Catterall is confirmed for Wednesday 20 November at 9:30am.

Please come to main reception at Example School Sixth Form & FE College, Park Row, LS1 4AP. For sat nav use the postcode, and the visitor bays are on the left as you come in through the barrier.

If you're running late or need to change the time, ring reception on 01632 960000 or e-mail office@example-school.org.uk.

Kind regards,

Bev Tattersall
Reception & Student Services
""" + COLLEGE + "\n")

M(n=80, label="clean", kind="hard", slug="dbs_certificate_and_placement_reference",
  frm="sm", to=["s:beth"], date=(10, 25, 14, 45),
  subject="DBS certificate for your placement",
  client="outlook", fmt="plain",
  note="hard negative: DBS certificate number, issue date, placement reference, care home main line",
  body="""Hi Bethany,

Meadowbank Lodge need to see your DBS certificate before your first shift on 11 November. Our records show:

Certificate number: 001793864215
Issued: 12/09/2024
Placement reference: TLH-Y2-0412

Please take the paper certificate with you on the first day, as they check the original. If you can't find it, tell me this week so we can sort it.

The home's main line is 0161 496 0440 if you need to let them know you're running late on the day - ask for the nurse in charge.

Siobhán
""" + sig("sm", "short"))


# ================================================================ output

README = """# Round 40 hold-out: personal-address-to-parent (BLIND)

**Blind test data. Never use these files for tuning rules, thresholds or code.**
They were written without reading the filter's code, rules, tests or docs, so that
they measure how the filter does on mail nobody tuned it on.

## What it is

{total} invented e-mail messages from staff at a further-education and sixth-form
college in Manchester (ages 16-19: motor vehicle, construction, hair and beauty,
public services, health and social care T levels, apprenticeships, GCSE English
and maths resits). Each is labelled `flag` or `clean` for the policy rule: staff
must not give pupils or parents their own personal phone number, home address or
personal e-mail, must not use personal channels with them, and must not invite
them to add or follow them on social media.

`labels.csv` columns: `file,expected,sender,recipients,note`. `sender` is the
staff From address (the envelope sender); `recipients` are the To and Cc
addresses separated by single spaces. Judgement calls are marked `[unsure]` in
the note.

The school identity is the one in `config.example.yaml` (staff domain
example-school.org.uk, pupils at pupils.example-school.org.uk, school number
01632 960000, postcode LS1 4AP) and the three parents in `directory/parents.csv`.
All other people, addresses and organisations are invented; phone numbers are
Ofcom drama-range numbers; third-party domains are example.com/.org/.net.

## How it was made and how to regenerate

Written by hand as a Python script (standard library only), which builds every
message with `email.message.EmailMessage`, with fixed dates, Message-IDs and
MIME boundaries, so the output is byte-identical on every run:

    python3 tests/holdout/round40/make_round40_personal.py

## Counts

| expected | kind | count |
|---|---|---|
| flag | personal contact details / private channel given to a pupil or parent | {nflag} |
| clean | everyday college mail | {neveryday} |
| clean | hard negatives | {nhard} |
| **total** | | **{total}** |

Formats: {fmtsummary}.

## Kinds of case

Flag:
- own mobile in the body, in a signature, in +44 (0), 0044, dotted, hyphenated,
  bracketed and unspaced forms, inside HTML with `&nbsp;`, split across a line
  wrap, inside a vCard and an .ics invitation, in base64 bodies
- home landline; home address with and without postcode
- personal e-mail (hotmail, btinternet in Cc, gmail in Reply-To, iCloud in a
  vCard, a family domain)
- invitations to WhatsApp, Snapchat, Instagram/TikTok DMs, Facebook, Discord

Clean hard negatives:
- the college's own number, postcode, extensions and office e-mail
- college-owned trip and placements duty phones, stated as such
- the parent's or student's own details read back or quoted in a reply
- third parties for a reason: employers, placement supervisors, coach firm,
  clinics and helplines, previous school, assessment centre, host salon/agency
- numbers that are not phones: meeting IDs, candidate and centre numbers,
  ISBN, prices, sort code and account, registrations, VINs, part numbers,
  ULN, DBS certificate numbers
- staff-only mail with personal details (HR record, staff night out, colleague swap)
- e-safety advice and official college accounts that name apps without inviting
- staff refusing to give a personal number or to accept a social-media request
- a personal mobile given to an employer only [unsure]
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    seen = set()
    fmts = {}
    for m in sorted(MESSAGES, key=lambda x: x["n"]):
        assert m["n"] not in seen, m["n"]
        seen.add(m["n"])
        assert m["label"] in ("flag", "clean")
        assert (m["kind"] == "flag") == (m["label"] == "flag")
        fname = f"{m['n']:03d}_{m['label']}_{m['slug']}.eml"
        msg = build(m)
        data = msg.as_bytes(policy=policy.default)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        recips = addrs(m["to"]) + addrs(m.get("cc", []))
        rows.append([fname, m["label"], who(m["frm"]).addr_spec, " ".join(recips), m["note"]])
        key = m.get("fmt", "plain") + ("+attachment" if m.get("attach") else "")
        fmts[key] = fmts.get(key, 0) + 1
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    names = {"plain": "text/plain", "alt": "multipart/alternative", "html": "HTML-only"}
    fmtsummary = ", ".join(
        f"{v} {names[k.split('+')[0]]}{' with attachment' if '+' in k else ''}"
        for k, v in sorted(fmts.items()))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(
            total=len(rows),
            nflag=sum(1 for m in MESSAGES if m["kind"] == "flag"),
            neveryday=sum(1 for m in MESSAGES if m["kind"] == "everyday"),
            nhard=sum(1 for m in MESSAGES if m["kind"] == "hard"),
            fmtsummary=fmtsummary))
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
