#!/usr/bin/env python3
"""Round 42 blind hold-out corpus: personal-address-to-parent.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 stdlib only,
fully deterministic (fixed dates, Message-IDs and MIME boundaries), so
running it twice gives byte-identical output.

Setting: a university technical college (ages 14-19) in the Black Country,
specialising in engineering and digital technology.  All people, numbers,
addresses and mailboxes are invented; phone numbers are Ofcom drama-range.

BLIND: never use these files to tune the filter.
"""
import csv
import hashlib
import html as htmlmod
import random
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "personal-address-to-parent"
POL = policy.default.clone(linesep="\n")
S = "example-school.org.uk"
P = "pupils.example-school.org.uk"

MESSAGES = []


# --------------------------------------------------------------------------- helpers

def H(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def dt(s, slug):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=int(H("sec" + slug, 4), 16) % 60)
    bst = (datetime(2024, 3, 31, 1) <= d < datetime(2024, 10, 27, 1)) or (
        datetime(2025, 3, 30, 1) <= d < datetime(2025, 10, 26, 1))
    return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0))))


def addr_of(x):
    return x.split("<")[-1].rstrip(">").strip() if "<" in x else x.strip()


def T(s):
    """Strip the one leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def sig(name, role, style="a", dd=None, extra=()):
    if style == "a":
        lines = [name, role, "Example School UTC \u2013 Engineering & Digital Technology",
                 "Park Row, Leeds LS1 4AP",
                 "T: 01632 960000" + (f"  |  DD: {dd}" if dd else ""),
                 "www.example-school.org.uk"]
    elif style == "b":
        lines = [f"{name} | {role}",
                 "Example School \u00b7 Park Row \u00b7 Leeds LS1 4AP \u00b7 01632 960000"]
    elif style == "c":
        lines = [name, role, "Example School UTC"]
    else:  # "d": plain ascii, old-fashioned
        lines = [name, role, "Example School, Park Row, Leeds LS1 4AP",
                 "Tel 01632 960000" + (f" (direct {dd})" if dd else "")]
    return "\n".join(list(lines) + list(extra))


DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for "
              "the addressee. If you have received it in error please tell the sender and "
              "delete it. Example School, Park Row, Leeds LS1 4AP. Registered charity "
              "and company limited by guarantee.")


def to_html(text, style="outlook"):
    """Very plain text -> HTML, the way Outlook or Gmail would render a typed message."""
    paras = text.split("\n\n")
    out = []
    for p in paras:
        esc = htmlmod.escape(p, quote=False).replace("\n", "<br>\n")
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
        else:
            out.append(f"<div>{esc}</div><div><br></div>")
    if style == "outlook":
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Aptos\",sans-serif;} --></style>\n"
                "</head>\n<body lang=\"EN-GB\" link=\"#467886\" vlink=\"#96607D\">\n"
                "<div class=\"WordSection1\">\n" + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(out)
                + "\n</div>\n</body>\n</html>\n")
    return "<div dir=\"ltr\">\n" + "\n".join(out) + "\n</div>\n"


def make_pdf(lines):
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def add(label, slug, *, frm, to, subject, date, note, body=None, html=None, cc=(),
        cte=None, html_cte=None, atts=(), reply_to=None, reply=None, client="outlook",
        html_style=None):
    """Register one message.  atts: (filename, maintype, subtype, data, params)."""
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, note=note, body=body, html=html,
                         cte=cte, html_cte=html_cte, atts=list(atts), reply_to=reply_to,
                         reply=reply, client=client, html_style=html_style))


def build(m, n):
    slug = m["slug"]
    u = H(slug + str(n), 40).upper()
    msg = EmailMessage(policy=POL)
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = dt(m["date"], slug)
    if m["client"] == "outlook":
        msg["Message-ID"] = f"<LO4P265MB{u[:6]}{u[6:14]}@LO4P265MB{u[:6]}.GBRP265.PROD.OUTLOOK.COM>"
    else:
        msg["Message-ID"] = f"<{H('mid' + slug, 24)}.{n:03d}@mail.{S}>"
    if m["reply"]:
        msg["In-Reply-To"] = m["reply"]
        msg["References"] = m["reply"]
    if m["client"] == "outlook":
        msg["X-MS-Has-Attach"] = "yes" if m["atts"] else ""
    else:
        msg["User-Agent"] = "Mozilla Thunderbird"
    msg["MIME-Version"] = "1.0"

    hstyle = m["html_style"] or ("outlook" if m["client"] == "outlook" else "gmail")
    if m["body"] is not None:
        msg.set_content(m["body"], cte=m["cte"])
        if m["html"] is not None:
            h = to_html(m["body"], hstyle) if m["html"] == "auto" else m["html"]
            msg.add_alternative(h, subtype="html", cte=m["html_cte"])
    else:
        msg.set_content(m["html"], subtype="html", cte=m["html_cte"] or m["cte"])
    for (fn, mt, st, data, params) in m["atts"]:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn, params=params or None)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m["client"] == "outlook":
        msg["Content-Language"] = "en-GB"
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            if m["client"] == "outlook":
                part.set_boundary(f"_{i:03d}_LO4P265MB{u[:6]}{u[6:22]}_")
            else:
                part.set_boundary(f"------------{H('b' + slug + str(i), 24)}")
            i += 4
    return msg


def pupils(*names):
    return [f"{x}@{P}" for x in names]


PARENTS = ["Jane Parent <jane.parent@gmail.com>", "Sam Carer <sam.carer@outlook.com>",
           "Ali Guardian <ali.guardian@btinternet.com>"]
JANE, SAM, ALI = PARENTS

# =========================================================================== FLAGS (20)

add("flag", "hoy_reply_own_mobile",
    frm=f"Kwame Asante <k.asante@{S}>", to=[JANE],
    subject="RE: Example's week in the workshop", date="2025-01-22 18:47",
    reply="<CAJpar3nt8812x@mail.gmail.com>",
    note="HoY reply to parent, gives his own mobile to ring/text after hours",
    body=T("""
Hi Mrs Parent,

Thanks for getting back to me so quickly, and honestly, don't worry - he's not in any bother. It was more that he seemed really flat on Monday, and Mr Nowak mentioned he walked out of the CNC induction halfway through without a word, which isn't like him at all.

I'd rather have a proper chat than go back and forth on email. The office phones go over to the answerphone at 4 and I'm usually in the building till gone 6 with the long day, so it's probably easiest if you just ring me on my own mobile - 07700 900214. Any time up to about 9 is fine, and if I don't pick up, drop me a text and I'll call you straight back.

Speak soon,
Mr Asante

""") + sig("Kwame Asante", "Head of Year 10", "a") + T("""


From: Jane Parent <jane.parent@gmail.com>
Sent: 22 January 2025 12:14
To: Kwame Asante <k.asante@example-school.org.uk>
Subject: Re: Example's week in the workshop

Hi Mr Asante, got your voicemail. Is he in trouble? He's said nothing at home except that he hates the lathe. I'm on shifts at the hospital this week so I can't always check emails, sorry.
Jane
"""))

add("flag", "cad_files_to_gmail",
    frm=f"Raj Patel <r.patel@{S}>", to=[f"Tyler Brookes <24tbrookes@{P}>"],
    subject="Your PCB enclosure files", date="2025-02-04 16:05",
    note="teacher asks pupil to send CAD files to his personal Gmail",
    html="auto",
    body=T("""
Hi Tyler,

Had a look at what you uploaded to Teams - the enclosure's coming on well, but the Fusion file is only the sketch, not the body, so I can't check the standoff positions against the board.

Don't bother fighting with the school email, it strips anything it thinks is a dodgy attachment and .f3d and .step files get binned half the time. Just send the export straight to my own Gmail tonight - rajpatel.makes@gmail.com - and I'll look at it at home and get it back to you before Thursday's lesson.

Two things to sort before then:
- lid clearance: you've got 0.2 mm, the printers won't hold that, go to 0.4
- the M3 bosses need to be at least 6 mm OD or they'll split when you tighten them

Nice work otherwise, you're well ahead of most of the group.

Mr Patel

""") + sig("Raj Patel", "Teacher of Electronics & Engineering", "b"))

add("flag", "placement_whatsapp_group",
    frm=f"Tom Whitehouse <t.whitehouse@{S}>",
    to=pupils("22rdavies", "22ajones", "22ssmith", "22fwright", "22kboateng"),
    subject="Placement week - WhatsApp group", date="2025-02-26 08:12",
    note="placement coordinator sets up WhatsApp group with pupils, 'text me on' own mobile",
    body=T("""
Morning all,

Right, placement week starts Monday 3 March and I'm going to be driving round Tipton, Wednesbury and Oldbury visiting every one of you, so email is going to be no use to me whatsoever. I've set up a WhatsApp group called "Y12 Placements 2025" so you can let me know if you're running late, poorly, or if something at the firm doesn't feel right.

I've added the ones I had numbers for already. If you're not in it by tonight, text me on 07700 900531 with your name and which employer you're at and I'll add you.

Ground rules: no memes, no voice notes at 2am, and if it's anything serious you still ring college on 01632 960000 as well.

Tara-a-bit,
Mr W

Tom Whitehouse
Work Placement & Employer Partnerships Coordinator
Example School UTC
"""))

add("flag", "senco_html_plus44_nbsp",
    frm=f"Sue Foley <s.foley@{S}>", to=[SAM],
    subject="Example's annual review - Thursday 13 February", date="2025-02-04 19:31",
    note="HTML-only; SENCo offers personal mobile in +44 format split by &nbsp;",
    html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Just confirming that Example&#8217;s EHCP annual review is booked for <b>Thursday 13 February at 3.45pm</b> in the Learning Support base (ground floor, next to the electronics lab). Mr Nowak will join us for the first twenty minutes to talk about how he is getting on in the machining workshop, and the local authority caseworker may dial in.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I know you said your shifts have changed and it&#8217;s hard to ring during the day. If it&#8217;s easier, you are very welcome to message me on my personal mobile, <span style="color:#1F3864">+44&nbsp;7700&nbsp;900&nbsp;347</span> &#8211; I would much rather hear from you than have you worrying. I&#8217;ll try to reply the same evening.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The draft outcomes will come through the office by Monday so you have time to read them first.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Warm regards,</p>
<p class="MsoNormal">Sue</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Sue Foley</b> | SENCo<br>Example School UTC &#8211; Engineering &amp; Digital Technology<br>Park Row, Leeds LS1 4AP | 01632 960000</p>
</div></body></html>
"""))

add("flag", "resit_qp_number_wrapped",
    frm=f"Liam Cartwright <l.cartwright@{S}>", to=[ALI],
    cc=[f"24ethree@{P}"], cte="quoted-printable", client="tb",
    subject="Maths resit - extra sessions before March", date="2025-01-28 17:22",
    note="QP body; tutor's own mobile split across a line break, to parent + pupil",
    body=T("""
Dear Mr Guardian,

I'm copying Example in so he sees this too.

Example did really well on the November resit paper - he was two marks
off a grade 4, and most of the marks he dropped were on the
ratio/proportion questions, which we can fix. I'm running extra resit
sessions on Tuesdays and Thursdays straight after enrichment, 5.00-5.45pm
in M4, from next week until the March sitting.

I know the day is already long for the lads and it's dark by then, so if
he's going to miss one could one of you just text me on my own phone,
07700
900611, rather than ringing the office - it saves it going through three
people. Please keep it to resit things though!

He needs to bring his calculator, a protractor and his blue resit booklet.

Thanks,
Liam Cartwright
Maths (GCSE resit lead)
Example School UTC - 01632 960000
"""))

VCF_MULLINS = T("""
BEGIN:VCARD
VERSION:3.0
N:Mullins;Gareth;;;
FN:Gareth Mullins (Gaz)
ORG:Example School UTC
TITLE:Senior Workshop Technician
TEL;TYPE=CELL,VOICE:+447700900672
EMAIL;TYPE=INTERNET,WORK:g.mullins@example-school.org.uk
NOTE:Own phone - site visits only
END:VCARD
""").replace("\n", "\r\n")

add("flag", "site_visit_vcard",
    frm=f"Gareth Mullins <g.mullins@{S}>",
    to=pupils("24jbanks", "24cwalters", "24omalik"),
    subject="Site visit Friday - Bilston Forge", date="2025-01-29 14:40",
    note="technician attaches vCard with his own mobile for pupils",
    atts=[("Gaz Mullins.vcf", "text", "x-vcard", VCF_MULLINS, None)],
    body=T("""
Lads,

Friday's visit to Bilston Forge & Fabrication is on. Minibus leaves from the workshop yard at 8.15 sharp - not 8.20, not "I was at the shop", 8.15. Bring your steel toecaps, safety specs and your college lanyard; they'll give you hi-vis and ear defenders at the gate.

I've attached my contact card so you've got my number in your phone on the day. It's my own mobile (the workshop phone has been in bits since Christmas), so keep it to yourselves and only use it Friday if you're lost or running late.

We're back for 2.30 so you'll make period 6.

Gaz

""") + sig("Gareth Mullins", "Senior Workshop Technician", "d"))

ICS_RAHMAN = T("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:STANDARD
DTSTART:16011028T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000R42PHYS0208
DTSTAMP:20250129T193000Z
DTSTART;TZID=Europe/London:20250208T100000
DTEND;TZID=Europe/London:20250208T113000
RRULE:FREQ=WEEKLY;COUNT=2
SUMMARY:Physics catch-up (electricity & forces) with Dr Rahman
LOCATION:14 Saltwells Close\\, Netherton\\, Dudley DY2 0ZZ
DESCRIPTION:Bring the revision guide and a calculator. Park on the drive\\, 
 side gate is open.
ORGANIZER;CN=Aisha Rahman:mailto:a.rahman@example-school.org.uk
ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com
ATTENDEE;CN=Example Pupil One;RSVP=TRUE:mailto:24eone@pupils.example-school.org.uk
END:VEVENT
END:VCALENDAR
""").replace("\n", "\r\n")

add("flag", "physics_catchup_ics_home",
    frm=f"Dr Aisha Rahman <a.rahman@{S}>", to=[JANE, f"24eone@{P}"],
    subject="Saturday physics catch-up sessions", date="2025-01-29 19:30",
    note="teacher invites parent+pupil to sessions at her home; home address in .ics LOCATION",
    html="auto",
    atts=[("invite.ics", "text", "calendar", ICS_RAHMAN, {"method": "REQUEST"})],
    body=T("""
Dear Mrs Parent, dear Example,

As we discussed at parents' evening, Example has fallen behind on the electricity and forces topics after missing a fortnight in January, and I'd like to get him back on track before the mocks.

I'm happy to run two catch-up sessions on Saturday mornings, 8 and 15 February, 10.00-11.30. The building isn't open at weekends so we'll do them at my house - it's only ten minutes from you in Netherton. I've attached a calendar invite with the address so it goes straight into your phone.

There's no charge. Please just make sure he brings his revision guide and a calculator.

Best wishes,
Dr Rahman

""") + sig("Dr Aisha Rahman", "Teacher of Physics", "a"))

add("flag", "tlevel_replyto_hotmail",
    frm=f"Marcus Hingley <m.hingley@{S}>", to=[ALI],
    reply_to="Marcus Hingley <marcus.hingley84@hotmail.co.uk>",
    subject="Example - T Level progress and next steps", date="2025-01-23 20:15",
    note="Reply-To set to tutor's personal Hotmail, body tells parent to reply there",
    body=T("""
Dear Mr Guardian,

Thanks for coming in on Tuesday. As promised, a quick summary of where Example is:

- Industry placement: 212 of the 315 hours done at Halesowen Hydraulics. His supervisor's feedback is very positive, especially on his reading of hydraulic schematics.
- Core exam: predicted a Merit, could push for a Distinction with more past-paper practice.
- Employer-set project: the test rig design is good, the written evaluation is thin.

Two actions for him: finish the personal statement draft by Friday 31 January, and book a slot with Ms Bennett in careers about the degree apprenticeship at Mercia Aero.

I'm working from home for the rest of this week after my knee op and the school webmail is painfully slow on my laptop, so I've set this up so that replies come to my home email (marcus.hingley84@hotmail.co.uk). Just hit reply as normal and it'll reach me.

Kind regards,

Marcus Hingley
Post-16 Progress Tutor
Example School UTC | Park Row, Leeds LS1 4AP | 01632 960000
"""))

add("flag", "cnc_cc_own_outlook",
    frm=f"Pawel Nowak <p.nowak@{S}>", to=[SAM],
    cc=["Pawel Nowak <pawel.nowak.cnc@outlook.com>"],
    subject="Example's CNC project - brass for a second one?", date="2025-02-14 15:50",
    note="instructor Cc's his own personal Outlook address to a parent so replies reach him",
    html="auto",
    body=T("""
Hello Sam,

Quick one before half term. Example has finished his CAM toolpaths for the bottle-opener keyring and it came off the mill really nicely this afternoon - he was made up with it.

He'd like to make a second one for his grandad in brass, which I think is a lovely idea, but we only stock aluminium. If you're able to pick up a small offcut (50 x 50 x 10 mm is plenty, about £6 from the metal stockist on the Pensnett estate) he can machine it in the first week back.

I've copied in my own email address as I won't be checking the college one over the holiday - if you reply to both it'll get to me either way.

Thanks and have a good break,

Pawel Nowak
CNC & Machining Instructor
Example School UTC \u2013 01632 960000
"""))

add("flag", "football_snapchat_coach", cte="7bit",
    frm=f"Nathan Guest <n.guest@{S}>",
    to=pupils("24jbanks", "23mhussain", "22rdavies", "22kboateng", "24lkowalski",
              "23adhillon", "24tbrookes", "23cwalker", "24omalik", "23eokafor", "23sbegum"),
    subject="Saturday - away at Walsall, squad", date="2025-03-05 17:05",
    note="coach tells squad to add him on Snapchat or ring his own phone (hyphen format)",
    body=T("""
Lads,

Squad for Saturday's away game at Walsall is below. Meet 9.15 at college, minibus leaves 9.30 - if you're not there we go without you. Kit's in the bag, bring your own boots, shin pads and a water bottle.

If you're dropping out I need to know by Thursday, not Saturday morning. Easiest way is add me on snap - guesty_fc7 - or just ring me on 07700-900-744 on the day if the minibus hasn't picked you up.

Squad: Jayden, Mo, Reece, Kofi, Lukasz, Arjun, Tyler, Callum, Omar, Ethan, Sami.

Last time we played them we were 2-0 up and switched off. Not again.

Coach Guest
Enrichment & Sport, Example School UTC
"""))

add("flag", "welding_instagram_dm",
    frm=f"Jordan Fellows <j.fellows@{S}>", to=[f"Mo Hussain <23mhussain@{P}>"],
    subject="Your weld samples - cracking job", date="2025-03-12 12:48",
    note="instructor asks pupil to DM photos to his personal Instagram and follow each other",
    html="auto", html_style="gmail", client="tb",
    body=T("""
Mo,

Had a proper look at your MIG fillet samples this morning and they're bostin - the last two are the best I've seen from a Year 11 this year. Nice even bead, good penetration, no undercut on the T-joint.

I'm putting together a few examples for the open evening and I'd love to use yours. Could you take some decent pics on your phone and DM them to me on Instagram? I'm @jfellows_fab (the one with all the trailer builds on it). Give it a follow while you're there and I'll follow you back, then I can see the stuff you make at your uncle's garage too.

Keep it up ar kid.

Mr Fellows
Fabrication & Welding Instructor
"""))

DISCORD_HTML = T("""
<div dir="ltr">
<div>Hi all,</div><div><br></div>
<div>Teams keeps kicking everyone out of the coding club chat, so I've set up a Discord server of my own for the club where we can share snippets, help each other with the Advent of Code puzzles and jump on a voice call when someone's stuck.</div><div><br></div>
<div>Join here: <a href="https://discord.gg/k7Qm2xPa">https://discord.gg/k7Qm2xPa</a> &#8212; my username on there is <b>hsandhu_dev</b>. I'm usually on most evenings 7&#8211;10 and at weekends, so if you're stuck on your Python don't wait until Tuesday, just ping me.</div><div><br></div>
<div>Please use a sensible username so I know who you are!</div><div><br></div>
<div>Ms Sandhu</div>
<div>Head of Digital Technology | Example School UTC | 01632 960000</div>
</div>
""")

add("flag", "coding_club_discord",
    frm=f"Harpreet Sandhu <h.sandhu@{S}>",
    to=pupils("23ppatel", "24lkowalski", "23kboateng", "24ldhillon", "22ajones", "23ewright"),
    subject="Coding club - we're moving to Discord", date="2024-12-02 16:20",
    note="teacher invites pupils to her own Discord server, evenings/weekends",
    html=DISCORD_HTML, client="tb",
    body=T("""
Hi all,

Teams keeps kicking everyone out of the coding club chat, so I've set up a Discord server of my own for the club where we can share snippets, help each other with the Advent of Code puzzles and jump on a voice call when someone's stuck.

Join here: https://discord.gg/k7Qm2xPa - my username on there is hsandhu_dev. I'm usually on most evenings 7-10 and at weekends, so if you're stuck on your Python don't wait until Tuesday, just ping me.

Please use a sensible username so I know who you are!

Ms Sandhu
Head of Digital Technology | Example School UTC | 01632 960000
"""))

add("flag", "attendance_home_address_forms",
    frm=f"Lorraine Bayliss <attendance@{S}>", to=[JANE], cte="8bit",
    subject="Absence forms", date="2025-03-06 10:32",
    note="attendance officer gives her home address for parent to drop forms off",
    body=T("""
Hiya Jane,

Thanks for ringing this morning. Sorry he’s still poorly – there’s a lot of it about. I’ve marked him as ill for today and tomorrow.

I do still need the medical note and the signed absence form for the three days back in January, otherwise they’ll stay as unauthorised on his record. Don’t worry about posting them or coming all the way in – I’m only round the corner from you, so just pop them through my door on your way past: 27 Furnace Hill Road, Cradley Heath (blue door next to the chippy). I’ll bring them in with me Monday.

Hope he feels better soon bab.

Lorraine

Lorraine Bayliss
Attendance Officer
Example School UTC | 01632 960000 | Park Row, Leeds LS1 4AP
"""))

add("flag", "germany_trip_0044_own",
    frm=f"Emma Jukes <e.jukes@{S}>", to=[ALI],
    subject="RE: Stuttgart trip - contacting Example while you're away", date="2025-03-11 13:05",
    note="trip lead gives school trip phone (fine) AND her own mobile in 0044 format",
    html="auto",
    body=T("""
Dear Mr Guardian,

Thanks for your email, and I completely understand - it's his first time abroad without you.

While we're in Stuttgart the school trip mobile is 07700 900101, and that's the number to use in the first instance; it stays with whichever member of staff is on duty, day and night.

That said, signal in the automotive museum and on the factory floor at the plant visit can be patchy, so as a back-up my own mobile is 0044 7700 900862 - you can WhatsApp me on that too and I'll send you a photo or two of him in his hard hat.

Flights are unchanged: we leave Birmingham at 06:40 on Tuesday 25 March and land back at 21:15 on Friday 28 March. Please have him at college for 03:45 - yes, really.

Best wishes,

""") + sig("Emma Jukes", "Trips & Visits Coordinator", "a"))

add("flag", "electrical_base64_dotted_sig",
    frm=f"Carl Beddow <c.beddow@{S}>", to=[f"23etwo@{P}"], cc=[SAM],
    cte="base64",
    subject="Level 2 electrical - practical assessment rebooked", date="2025-03-18 16:44",
    note="base64 body; signature gives instructor's personal mobile in dotted format",
    body=T("""
Hi Example (and Sam),

The practical assessment for the domestic installation unit (the two-way lighting circuit and the radial) has been moved from Thursday to Tuesday 25 March, 1.30pm in the electrical bay, because the assessor from the awarding body can't make Thursday now.

Example - you need your own test sheet filled in beforehand and your PPE. You can use the college multifunction tester, you don't need your own.

Can one of you confirm you've seen this? Text is easiest for me, I'm in the bay all day and never at a computer.

Cheers,
Carl

Carl Beddow
Electrical & Mechatronics Instructor
Example School UTC
Mob: 07700.900.438 (my own phone - text is best after 5pm)
"""))

CAREERS_TXT = T("""
Aaron!!

Brilliant news - Castlegate Automation want to interview you for the maintenance technician apprenticeship. It's Wednesday 12 March at 10am at their Dudley Port site, and you'll be with the engineering manager and someone from HR for about 45 minutes, plus a short practical (wiring a contactor, I think).

Prep:
- mock interview with me, Monday period 4, careers office
- bring your portfolio - the pneumatics project and the PLC traffic lights
- shirt and proper shoes, not trainers

Text me on (07700) 900 519 as soon as you come out - I'm dying to know and I won't be at my desk that morning. That's my own phone, so don't pass it round the common room!

Ms Bennett
Careers Adviser, Example School UTC
""")

add("flag", "careers_text_me_tel_link",
    frm=f"Chloe Bennett <c.bennett@{S}>", to=[f"Aaron Jones <22ajones@{P}>"],
    subject="Castlegate apprenticeship - you've got an interview!", date="2025-03-04 11:20",
    note="careers adviser: 'text me on' own number, bracket format + tel: link in HTML",
    body=CAREERS_TXT,
    html=to_html(CAREERS_TXT).replace(
        "(07700) 900 519", '<a href="tel:+447700900519">(07700) 900 519</a>'))

add("flag", "hod_home_landline_dialect", cte="7bit",
    frm=f"Darren Price <d.price@{S}>", to=[ALI],
    subject="Example - switching to the T Level", date="2024-10-08 21:03",
    note="HoD to parent he knows socially, gives home landline to ring of an evening",
    body=T("""
Ow bist Ali,

Good to see you at the Wolves game Saturday - shame about the result.

About Example wanting to drop A level Physics and move over to the Engineering T Level: I think it's the right call for him. He's a hands-on lad, he's happiest in the workshop, and the placement hours with a local firm will suit him far better than two more years of written exams. There's a bit of paperwork and a change of timetable, and I'd rather talk it through with you properly than by email.

I'm never off the phone at work, so ring me at home of an evening on 0121 496 0735 - the missus'll fetch me if I'm out in the garage.

Tara-a-bit,
Darren

Darren Price
Head of Engineering
Example School UTC, Park Row, Leeds LS1 4AP
"""))

add("flag", "robotics_signal_telegram",
    frm=f"Dean Hadley <d.hadley@{S}>",
    to=pupils("23ppatel", "24ldhillon", "23cwalker", "24cwalters"),
    subject="VEX regional - keeping going over half term", date="2025-02-13 17:55",
    note="teacher asks robotics pupils to message him on Telegram/Signal, number unspaced",
    body=T("""
Hi team,

Great effort tonight, the lift mechanism is finally doing what it's told.

I know some of you want to keep working on the autonomous routine over half term. Teams chat is switched off for students over the holiday, so message me on Telegram (@deanhadley_robo) or on Signal on 07700900583 and send me your code or videos of the bot. I'll reply when I can.

The regional is Saturday 1 March at Example Academy in Wolverhampton. We need the robot packed by 4pm on the Friday. Rest of the details to follow.

Mr Hadley
Computing & Robotics
"""))

add("flag", "office_facebook_friend",
    frm=f"Janet Hollies <office@{S}>", to=[SAM],
    subject="Re: Example\u2019s bus pass \u2013 sorted \u2714", date="2024-10-15 14:26",
    note="RFC2047 subject; office manager sends parent a Facebook friend request, asks to message there",
    html="auto",
    body=T("""
Hi Sam,

Good news, the bus pass has come back from the transport office and it's in reception - Example can collect it at break tomorrow.

Also - I've sent you a friend request on Facebook (Janet Hollies, the one with the grandkids on the front). Accept it and just message me on there in future, it's much quicker than ringing the office and waiting in the queue, and I can let you know straight away when stuff like this comes in.

Jan

Janet Hollies
Office Manager
Example School UTC | 01632 960000
"""))

PEARSON_TXT = T("""
Hi Jane,

Thank you for telling me - I know that can't have been an easy email to write.

I had a quiet chat with Example at lunch today. He's agreed to check in with me on Monday, Wednesday and Friday mornings before period 1, and he knows he can come to the learning support base at any point in the day if it gets too much in the workshop. I've also let Mrs Tranter know, as our safeguarding lead - that's routine, please don't worry.

Please don't feel you have to wait for office hours. Email me at home - gail@pearson-family.me.uk - and I'll pick it up in the evenings and at weekends. I'd always rather know.

Take care,
Gail

Gail Pearson
Learning Mentor
Example School UTC \u2013 01632 960000 \u2013 Park Row, Leeds LS1 4AP


From: Jane Parent <jane.parent@gmail.com>
Sent: 17 March 2025 21:48
To: Gail Pearson <g.pearson@example-school.org.uk>
Subject: Example - feeling low

Dear Mrs Pearson,
I didn't know who else to email. Example has been really down the last couple of weeks, not eating much and staying in his room. He says college is fine but I'm not sure. He likes you and trusts you. Could you keep an eye on him?
Jane
""")

add("flag", "mentor_family_domain_email",
    frm=f"Gail Pearson <g.pearson@{S}>", to=[JANE],
    subject="RE: Example - feeling low", date="2025-03-18 15:37",
    reply="<CAJpar3nt9931y@mail.gmail.com>",
    note="learning mentor gives personal family-domain e-mail for out-of-hours contact",
    body=PEARSON_TXT, html="auto")

# =========================================================================== HARD NEGATIVES (30)

ITIN_PDF = make_pdf([
    "Example School UTC - Year 10 Industry Visit",
    "Example Motors, Castle Bromwich assembly plant",
    "Thursday 6 February 2025",
    "",
    "08:30  Register in the main hall (business dress, college lanyard)",
    "08:45  Coach departs college",
    "10:00  Safety briefing and plant tour (body shop, paint, final assembly)",
    "12:00  Packed lunch in the visitor centre",
    "12:45  Apprentice Q&A and robotics cell demonstration",
    "14:15  Coach departs",
    "15:30  Approximate return to college",
    "",
    "College trip mobile (school-owned, on the day only): 07700 900101",
    "College office: 01632 960000",
])

add("clean", "industry_visit_trip_phone",
    frm=f"Emma Jukes <trips@{S}>", to=PARENTS,
    subject="Year 10 visit to Example Motors - Thursday 6 February", date="2025-01-27 09:15",
    note="trip letter; college-owned trip mobile stated as such, school office number",
    html="auto",
    atts=[("Y10 Example Motors itinerary.pdf", "application", "pdf", ITIN_PDF, None)],
    body=T("""
Dear Parents and Carers,

As part of the Year 10 employer project on automated assembly, we're taking the whole year group to the Example Motors plant at Castle Bromwich on Thursday 6 February. There is no charge for the visit.

Students should arrive at college at the usual time and register in the main hall. The coach leaves at 8.45 and we expect to be back by about 3.30, so the normal enrichment session will still run until 5pm.

They'll need business dress (not the workshop overalls), sensible flat closed-toe shoes and a packed lunch - no glass bottles or cans on site. Phones stay in bags on the production floor; the plant is very strict about photography.

On the day, the college trip mobile is 07700 900101. This is a school-owned phone carried by the lead member of staff and is only switched on for the duration of the visit. At any other time please contact the office on 01632 960000.

Please give consent on the parent app by Monday 3 February. The full itinerary is attached.

Many thanks,

""") + sig("Emma Jukes", "Trips & Visits Coordinator", "a"))

DATA_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mrs Parent,</p>
<p>As part of our annual data check, please could you look over the contact details we hold for <b>Example Pupil One</b> (Year 10) and let us know if anything has changed?</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Priority 1 contact</b></td><td>Jane Parent (Mother)</td></tr>
<tr><td>Mobile</td><td>07700&nbsp;900123</td></tr>
<tr><td>Email</td><td>jane.parent@gmail.com</td></tr>
<tr><td>Home address</td><td>3 Hawthorn Rise, Rowley Regis B65 9ZZ</td></tr>
<tr><td><b>Priority 2 contact</b></td><td>Mrs Pat Parent (Grandmother) &#8211; 0121 496 0552</td></tr>
<tr><td>Doctor</td><td>Example Medical Practice, Blackheath &#8211; 0121 496 0317</td></tr>
</table>
<p>If everything is correct you don&#8217;t need to do anything. If not, just reply to this email or update it on the parent app under <i>My Details</i>.</p>
<p>Thank you,</p>
<p>Janet Hollies<br>Office Manager<br>Example School UTC &#183; Park Row &#183; Leeds LS1 4AP &#183; 01632 960000</p>
</body></html>
""")

add("clean", "data_check_parent_details",
    frm=f"Janet Hollies <office@{S}>", to=[JANE],
    subject="Annual data check - Example Pupil One", date="2024-09-17 10:02",
    note="office reads back the parent's own phone/e-mail/address + grandparent and GP numbers",
    html=DATA_HTML,
    body=T("""
Dear Mrs Parent,

As part of our annual data check, please could you look over the contact details we hold for Example Pupil One (Year 10) and let us know if anything has changed?

Priority 1 contact: Jane Parent (Mother)
Mobile: 07700 900123
Email: jane.parent@gmail.com
Home address: 3 Hawthorn Rise, Rowley Regis B65 9ZZ
Priority 2 contact: Mrs Pat Parent (Grandmother) - 0121 496 0552
Doctor: Example Medical Practice, Blackheath - 0121 496 0317

If everything is correct you don't need to do anything. If not, just reply to this email or update it on the parent app under My Details.

Thank you,

Janet Hollies
Office Manager
Example School UTC · Park Row · Leeds LS1 4AP · 01632 960000
"""))

add("clean", "reply_quoting_carer_numbers",
    frm=f"Kwame Asante <k.asante@{S}>", to=[SAM],
    subject="Re: Example not coming home on time", date="2025-03-11 08:05",
    reply="<AM9PR01MB5512carer@AM9PR01MB5512.eurprd01.prod.exchangelabs.com>",
    note="reply quotes the carer's own mobile and work number; staff will ring her",
    body=T("""
Dear Sam,

Thank you for letting me know, and I'm sorry you had such a worrying evening.

I've checked the registers: Example signed out of enrichment at 5.02pm on both Thursday and Friday, so he was leaving on time. I'll have a word with him today about where he's going afterwards, without making a big thing of it, and I'll ask Mr Whitehouse whether any of the lads he's been hanging around with have mentioned anything.

I'll ring you on your mobile at 12.30 as you suggested.

Kind regards,
Kwame Asante
Head of Year 10
Example School UTC | 01632 960000

On Mon, 10 Mar 2025 at 19:02, Sam Carer <sam.carer@outlook.com> wrote:
> Mr Asante,
> Example didn't get home until nearly 8 on Thursday and again on Friday and
> won't tell me where he's been. College finishes at 5 doesn't it? I'm
> worried he's getting in with the wrong lot at the bus station.
> Can someone call me tomorrow. My mobile is 07700 900456, or at work on
> 0113 496 0287 between 12 and 1.
> Sam
"""))

add("clean", "skills_heat_coach_venue",
    frm=f"Raj Patel <r.patel@{S}>", to=PARENTS,
    subject="Regional skills competition - electronics team", date="2025-03-07 12:30",
    note="trip details: venue address with postcode, coach firm office number, prices",
    body=T("""
Dear Parents and Carers,

I'm delighted to say your son has been selected for the college's electronics team at the regional skills heat on Wednesday 26 March.

Venue: Example Skills Centre, Unit 7 Waterfront Way, Brierley Hill DY5 1ZZ
Travel: coach with Haden Cross Coaches, leaving college at 8.00am, returning by 5.30pm
Cost: £4.50 towards lunch, payable on the parent app by Friday 21 March

The competition is a three-hour practical: building and fault-finding a small microcontroller circuit against the clock. We've been practising on Tuesday evenings and the lads are looking sharp.

If the coach is delayed on the return journey we'll send a message through the parent app. Haden Cross Coaches' office (0121 496 0412) also keeps parents informed for any delay of more than 30 minutes, but please contact the college office on 01632 960000 first with any questions.

Students should wear college polo shirts and bring their ESD wrist straps.

Thank you,
Mr R Patel
Teacher of Electronics & Engineering
Example School UTC
"""))

add("clean", "placement_host_supervisor",
    frm=f"Tom Whitehouse <placements@{S}>", to=[f"Sami Smith <22ssmith@{P}>"],
    subject="Your placement - Tipton Precision, starting Monday 3 March", date="2025-02-24 13:18",
    note="host employer supervisor's work number, e-mail and site address given to pupil",
    html="auto",
    body=T("""
Hi Sami,

All confirmed for your placement week. Here's what you need:

Employer: Tipton Precision Engineering Ltd
Site: Unit 4, Bloomfield Park, Tipton DY4 9ZZ
Supervisor: Dave Cox, Production Manager
Phone: 0121 496 0188 (main switchboard, ask for Dave)
Email: d.cox@tiptonprecision.example.com
Hours: 7.30am - 4.00pm, Monday to Friday. Report to reception on the first morning.

Take your steel toecaps, overalls and a packed lunch for Monday - after that there's a canteen.

If you're going to be late or you're ill, ring the switchboard number above and ask for Dave, AND ring college on 01632 960000 so we can mark you correctly. Both, every time.

I'll be in to see you on the Wednesday afternoon.

Good luck - they're a good firm and they've taken on three of our lads as apprentices in the last two years.

Mr Whitehouse

""") + sig("Tom Whitehouse", "Work Placement & Employer Partnerships Coordinator", "a", dd="01632 960045"))

add("clean", "textbook_isbn_prices",
    frm=f"Darren Price <d.price@{S}>", to=PARENTS,
    subject="Textbooks for the Year 12 Engineering course", date="2024-09-10 11:40",
    note="ISBNs, prices, discount code - numbers that aren't phones",
    body=T("""
Dear Parents and Carers,

A few of you have asked whether it's worth buying the course textbooks. They're not compulsory - we have class sets and everything is on Teams - but lots of students like having their own copy to scribble in.

The two we use most are:

  Level 3 Engineering Student Book 1
  ISBN 978-1-4479-0011-2, RRP £32.99

  Engineering Mathematics Through Applications (4th edn)
  ISBN 978-1-3520-0974-5, RRP £41.99

Through the college you can get them at £24.75 and £30.50 respectively with the code UTC2425 on the publisher's education site. Second-hand copies are fine as long as they're the current edition.

For Year 12 students taking Further Maths, the A level textbook (ISBN 978-1-2920-8431-6) is on loan from the library, please don't buy it.

Thanks,
Darren Price
Head of Engineering
Example School UTC · Park Row, Leeds LS1 4AP · 01632 960000
"""))

add("clean", "mock_candidate_number",
    frm=f"Denise Round <exams@{S}>", to=[f"Lukasz Kowalski <24lkowalski@{P}>"],
    subject="Your mock exam timetable and candidate number", date="2025-02-12 09:41",
    note="candidate/centre numbers, UCI, component codes, times",
    body=T("""
Dear Lukasz,

Here is your personal mock timetable for after half term. Please keep this email - you'll need your candidate number for every paper.

Candidate number: 4127
Centre number: 36541
UCI: 365412541270K

Mon 24 Feb   09:00-10:30   Maths Paper 1 (8300/1H)   Sports hall, seat C14
Tue 25 Feb   09:00-10:45   Physics Paper 1 (8463/1H) Sports hall, seat C14
Wed 26 Feb   13:30-15:00   Engineering Unit 1 exam   Room E12
Thu 27 Feb   09:00-10:30   Maths Paper 2 (8300/2H)   Sports hall, seat C14
Fri 28 Feb   09:00-10:45   English Language Paper 1  Sports hall, seat C14

Arrive 15 minutes before the start. Clear pencil case, black pen, calculator with the lid off. Phones and smart watches go in your bag at the front.

Access arrangements: you have 25% extra time for Maths and Physics, which is already included in the times above.

Mrs D Round
Exams Officer
Example School UTC | 01632 960000
"""))

add("clean", "trip_bank_transfer_details",
    frm=f"Karen Lowe <finance@{S}>", to=[ALI], cte="base64",
    subject="Stuttgart trip - balance and bank transfer details", date="2025-01-20 14:02",
    note="base64; sort code, account number, payment reference, amounts",
    body=T("""
Dear Mr Guardian,

Thank you for the deposit for Example's place on the Stuttgart industry trip. The balance of £385.00 is due by Friday 14 February.

You asked about paying by bank transfer instead of the parent app, which is fine. Our details are:

Account name: Example School UTC Trips Account
Sort code: 20-45-77
Account number: 83716254
Reference: STUT25-THREE (please use this exactly so we can match the payment)

If you'd prefer to pay in two instalments, £192.50 by 14 February and £192.50 by 14 March is fine - just let me know.

Kind regards,
Karen Lowe
Finance Officer
Example School UTC, Park Row, Leeds LS1 4AP
01632 960000 (option 3 for finance)
"""))

add("clean", "teams_meeting_ids",
    frm=f"Sue Foley <s.foley@{S}>", to=[JANE],
    subject="Teams link - access arrangements review, Tuesday 11 March", date="2025-03-04 15:22",
    note="Teams meeting ID, passcode and Teams dial-in conference number",
    html="auto",
    body=T("""
Dear Mrs Parent,

As requested, we'll do Example's access arrangements review online rather than in person. Details below - you can join from your phone using the Teams app, or just dial in if that's easier.

Tuesday 11 March, 4.15pm (about 30 minutes)

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 372 918 465 028
Passcode: nP7rW3

Or call in (audio only)
+44 20 7946 0318,,648291357#   United Kingdom, London
Phone conference ID: 648 291 357#
________________________________________________________________________________

We'll look at the results of his reading and processing-speed tests and whether a reader and rest breaks would help in the exam hall and in the workshop theory tests.

Kind regards,
Sue Foley
SENCo, Example School UTC
DD: 01632 960014
"""))

add("clean", "hr_change_of_details_staff",
    frm=f"Stuart Kendrick <hr@{S}>", to=[f"Pawel Nowak <p.nowak@{S}>"],
    subject="Change of personal details - confirmation", date="2024-11-06 12:10",
    note="staff-only HR mail containing a member of staff's home address and mobile",
    body=T("""
Hi Pawel,

Just confirming we've updated your personnel record following the form you handed in:

Home address: 9 Lower Church Lane, Tipton DY4 7ZZ
Personal mobile: 07700 900390
Emergency contact: Agnieszka Nowak (wife) - 07700 900391

These details are only held by HR and the payroll provider and won't appear anywhere staff or students can see. Your payslips will go to the new address from the November pay run.

Also - your DBS update service check is due in January; I'll send you the form nearer the time.

Thanks,
Stuart

Stuart Kendrick
Business Manager
Example School UTC
"""))

add("clean", "staff_christmas_do_personal",
    frm=f"Nathan Guest <n.guest@{S}>", to=[f"All Staff <staff@{S}>"],
    subject="Staff Christmas do - Friday 13 December, The Old Foundry", date="2024-11-18 12:55",
    note="staff-only social mail; organiser's personal mobile and Gmail for RSVPs",
    body=T("""
Hi all,

It's that time again! This year's staff do is on Friday 13 December at The Old Foundry in Wednesbury. Three-course meal, £32 a head, and the function room is ours until midnight. Partners welcome.

Menu choices and deposits (£10) please by Friday 29 November. The Google form link keeps getting blocked by our email filter, so if you can't get on it, text me on 07700 900744 or email my personal address guesty.nathan@gmail.com with your menu choices.

Secret Santa: £10 limit, names out of the hat in the staffroom on Monday lunchtime.

And yes, Gaz, there will be a karaoke machine.

Nathan
"""))

ESAFE_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<h2 style="color:#0b3d6b">Online safety &#8211; what parents need to know this term</h2>
<p>Dear Parents and Carers,</p>
<p>Most of our students are 14&#8211;19 and, like most young people, they live on their phones. We&#8217;re not asking you to ban anything, but we would ask you to know which apps your child uses and who they talk to.</p>
<h3>Apps we&#8217;re hearing about most</h3>
<ul>
<li><b>Snapchat</b> &#8211; disappearing messages and Snap Map, which can show exactly where your child is. Ghost Mode turns this off.</li>
<li><b>TikTok</b> &#8211; direct messages are off for under-16s by default; check it stays that way.</li>
<li><b>Discord</b> &#8211; very popular with our gaming and coding students. Servers can be joined by anyone with an invite link, so talk to your child about who runs the servers they are in.</li>
<li><b>WhatsApp and Instagram</b> &#8211; group chats are where most of the falling-out we deal with starts.</li>
</ul>
<h3>Our staff</h3>
<p>No member of staff will ever ask your child to add them on social media, to message them on WhatsApp, Snapchat or Discord, or give them a personal phone number or email address. The same goes for the industry mentors and employers we work with. All contact should be through college email or the college phone. If anyone ever does, please tell us straight away.</p>
<p>If you have any concerns please contact me on <b>01632 960000</b> or at <a href="mailto:dsl@example-school.org.uk">dsl@example-school.org.uk</a>. The Black Country Online Safety Advice Line is free on 0808 157 0214.</p>
<p>Rebecca Tranter<br>Assistant Principal &amp; Designated Safeguarding Lead<br>Example School UTC, Park Row, Leeds LS1 4AP</p>
</body></html>
""")

add("clean", "esafety_newsletter_apps",
    frm=f"Rebecca Tranter <dsl@{S}>", to=PARENTS,
    subject="Online safety - what parents need to know this term", date="2025-01-09 16:30",
    note="e-safety advice naming Snapchat/TikTok/Discord/WhatsApp, no invitation",
    html=ESAFE_HTML,
    body=T("""
Online safety - what parents need to know this term

Dear Parents and Carers,

Most of our students are 14-19 and, like most young people, they live on their phones. We're not asking you to ban anything, but we would ask you to know which apps your child uses and who they talk to.

Apps we're hearing about most:
* Snapchat - disappearing messages and Snap Map, which can show exactly where your child is. Ghost Mode turns this off.
* TikTok - direct messages are off for under-16s by default; check it stays that way.
* Discord - very popular with our gaming and coding students. Servers can be joined by anyone with an invite link, so talk to your child about who runs the servers they are in.
* WhatsApp and Instagram - group chats are where most of the falling-out we deal with starts.

Our staff
No member of staff will ever ask your child to add them on social media, to message them on WhatsApp, Snapchat or Discord, or give them a personal phone number or email address. The same goes for the industry mentors and employers we work with. All contact should be through college email or the college phone. If anyone ever does, please tell us straight away.

If you have any concerns please contact me on 01632 960000 or at dsl@example-school.org.uk. The Black Country Online Safety Advice Line is free on 0808 157 0214.

Rebecca Tranter
Assistant Principal & Designated Safeguarding Lead
Example School UTC, Park Row, Leeds LS1 4AP
"""))

add("clean", "refuses_whatsapp_number",
    frm=f"Pawel Nowak <p.nowak@{S}>", to=[JANE],
    subject="RE: WhatsApp?", date="2025-01-15 16:58",
    note="instructor politely refuses parent's request for his personal number/WhatsApp",
    body=T("""
Dear Jane,

Thank you for the kind words, I'll pass them on to Example - he's worked hard for that certificate.

I'm afraid I can't give out my personal mobile or join a WhatsApp group with parents. It's college policy, and honestly it protects both of us. The best ways to reach me are this email address, or ringing the office on 01632 960000 and asking for the machining workshop (extension 231) - if I'm on a machine they'll take a message and I'll ring you back the same day.

Best regards,
Pawel Nowak
CNC & Machining Instructor
Example School UTC

From: Jane Parent <jane.parent@gmail.com>
Sent: 15 January 2025 09:20
To: Pawel Nowak <p.nowak@example-school.org.uk>
Subject: WhatsApp?

Hi Mr Nowak, thanks so much for the certificate, he's been showing everyone! Is there a WhatsApp for the CNC group parents? Or could I have your number, it would be easier than email as I'm always at work. Thanks, Jane
"""))

add("clean", "wellbeing_helplines_pupil",
    frm=f"Gail Pearson <g.pearson@{S}>", to=[f"Callum Walters <24cwalters@{P}>"],
    subject="The numbers I said I'd send you", date="2025-02-05 15:40",
    note="learning mentor gives pupil third-party helpline/counselling numbers, school contact only",
    body=T("""
Hi Callum,

Thanks for coming to see me today. Here are the numbers I said I'd send you, so you've got them in one place:

Black Country Young People's Wellbeing Line - 0808 157 0386 (free, open 24 hours, you can ring or use their web chat)
Sandwell Youth Counselling drop-in - Tuesdays 4-6pm at the youth centre on Market Place, Wednesbury, or ring 0121 496 0644 to book
Your GP - you can ask for a double appointment if you want more time to talk

And you know where I am during the day: the learning support base, or email me here. We'll catch up again Friday morning like we said.

You did the right thing talking to someone.

Mrs Pearson
Learning Mentor
Example School UTC
"""))

add("clean", "workshop_accident_minor_injuries", cte="8bit",
    frm=f"Janet Hollies <office@{S}>", to=[ALI],
    subject="Accident in the workshop today – Example Pupil Three", date="2024-11-20 14:15",
    note="8bit; accident report with third-party minor injuries unit number and reference",
    body=T("""
Dear Mr Guardian,

I’m writing to let you know that Example had a minor accident in the machining workshop this morning at about 11.20. He caught the side of his thumb on a sharp edge of swarf while clearing the lathe (with the machine isolated, as he should). Mr Mullins, who is a qualified first aider, cleaned and dressed the cut.

It isn’t deep, but it’s a little awkward for a plaster, so we’d suggest getting it looked at this evening just to be safe. The Minor Injuries Unit at Example Community Hospital in Oldbury is open until 8pm (0121 496 0902) and there’s usually no long wait after 6.

He’s fine, in good spirits and back in lessons. The incident is recorded in our accident book under reference ACC-2425-037.

Kind regards,

Janet Hollies
Office Manager
Example School UTC – 01632 960000
"""))

add("clean", "university_open_day_admissions",
    frm=f"Chloe Bennett <careers@{S}>", to=[f"Freya Wright <22fwright@{P}>"],
    subject="Degree apprenticeship open day + admissions contact", date="2025-02-28 10:05",
    note="university admissions office phone/e-mail and campus postcode, given to pupil",
    html="auto",
    body=T("""
Hi Freya,

Following our chat, here are the details for the degree apprenticeship open day you asked about:

Example University - School of Engineering
Saturday 22 March, 10am-2pm, City Campus, Curzon Street entrance (postcode B4 7ZZ for sat nav)
Book a place: https://www.example.org/opendays

The admissions team are really helpful if you want to check whether your T Level will meet the entry requirements - their number is 0121 496 0570, or email ug-admissions@example.org. Have your predicted grades to hand.

I've also put a note on your careers record so Mr Hingley knows you're going.

Chloe Bennett
Careers Adviser
Example School UTC | Park Row, Leeds LS1 4AP | 01632 960000
"""))

add("clean", "mentor_intro_third_party",
    frm=f"Harpreet Sandhu <h.sandhu@{S}>", to=[f"Kofi Boateng <23kboateng@{P}>"],
    cc=["Priya Shah <priya.shah@castlegate-automation.example.com>"],
    subject="Introducing your industry mentor - Priya Shah", date="2024-10-02 12:20",
    note="mentor's work e-mail and office number given to pupil; contact via college e-mail",
    body=T("""
Hi Kofi,

I'm really pleased to introduce you to Priya Shah, a controls software engineer at Castlegate Automation, who will be your industry mentor for this year. Priya builds the PLC and HMI software for the packaging lines Castlegate supplies, so she's perfect for your employer project.

Priya - Kofi is in Year 12 on the Digital T Level, and is very keen on industrial automation. He's already done some Python and a bit of ladder logic in our lab.

How it works: you'll meet on Teams once a fortnight (first one Wednesday 9 October, 4pm), and once a term at Castlegate's site. All contact goes through your college email address, and I'll be copied into everything - that's how the mentoring scheme works for everyone.

Priya's work details, in case you need them on a site day:
Castlegate Automation Ltd, Dudley Port
Office: 0121 496 0233
priya.shah@castlegate-automation.example.com

Any problems at all, come and see me.

Ms Sandhu
Head of Digital Technology, Example School UTC
"""))

add("clean", "colleague_direct_lines",
    frm=f"Kwame Asante <k.asante@{S}>", to=[JANE],
    subject="Who to contact about Year 10 options", date="2025-01-14 13:12",
    note="colleagues' official direct lines/extensions at school, school switchboard",
    body=T("""
Dear Mrs Parent,

Thanks for your questions at the options evening. So you've got the right people in one place:

- Specialist pathway choices (mechanical / electrical / digital): Mr Price, Head of Engineering - main switchboard 01632 960000, extension 220, or d.price@example-school.org.uk
- Exam access arrangements and the reading test: Mrs Foley, SENCo - direct line 01632 960014, senco@example-school.org.uk
- Anything else, including how Example is getting on generally: me, on the switchboard (ext 205) or at this email.

The options form needs to be back by Friday 7 February.

Kind regards,

""") + sig("Kwame Asante", "Head of Year 10", "a", dd="01632 960021"))

add("clean", "apprenticeship_vacancy_refs",
    frm=f"Chloe Bennett <careers@{S}>",
    to=pupils("22rdavies", "22ajones", "22kboateng", "22ssmith"),
    subject="Apprenticeship vacancies closing this month", date="2025-03-03 08:40",
    note="vacancy reference numbers, salaries, dates, employer postcodes",
    body=T("""
Morning all,

Four vacancies from the national apprenticeship service that match what you've told me you want to do. All close this month - don't leave it to the last night.

1. Maintenance Technician Level 3 - Wednesbury Tube Co., Wednesbury WS10 7ZZ
   Ref: VAC1000298341 | £18,720 per year rising to £24,000 | closes 14/03/2025
2. CNC Machinist Level 3 - Halesowen Hydraulics, Halesowen B63 2ZZ
   Ref: VAC1000301127 | £8.60 per hour, 37.5 hrs/wk | closes 21/03/2025
3. Electrical Engineering Technician - Mercia Aero Components, Wolverhampton WV10 9ZZ
   Ref: VAC1000299876 | £21,500 | closes 28/03/2025
4. Software Developer Level 4 - Sandwell Digital Solutions, Oldbury B69 4ZZ
   Ref: VAC1000302210 | £19,000 | closes 31/03/2025

Book a slot with me if you want help with the supporting statement. Drop-ins Tuesday and Thursday lunch, careers office (by the canteen).

Ms Bennett
"""))

FW_TOLLEY = T("""
Reece,

See below from Mark - Monday start is now 7am, not 7.30, as they're doing a stock take first thing. Same gate as last week. If you get lost on the industrial estate, Mark's work mobile is in his signature.

Mr W

-----Original Message-----
From: Mark Tolley <m.tolley@wednesburytube.example.com>
Sent: 27 February 2025 15:12
To: Tom Whitehouse <t.whitehouse@example-school.org.uk>
Subject: Reece - start time change Monday

Hi Tom,

Can you let Reece know we need him in for 7am Monday, not 7.30, as the whole bay is on stock take till 9. He's been a credit to you on his Thursdays so far, the lads on the draw bench rate him.

Same gate (Gate 2, Potters Lane), report to the shift office.

Cheers
Mark

Mark Tolley
Shift Supervisor - Cold Draw
Wednesbury Tube Co. Ltd
T: 0121 496 0471  M: 07700 900912
""")

add("clean", "fwd_employer_supervisor_mobile",
    frm=f"Tom Whitehouse <t.whitehouse@{S}>", to=[f"Reece Davies <22rdavies@{P}>"],
    subject="FW: Reece - start time change Monday", date="2025-02-27 15:40",
    note="forward: host employer supervisor's work mobile in his own signature",
    body=FW_TOLLEY)

RESI_PDF = make_pdf([
    "Year 12 Team Engineering Residential - Kit List",
    "Example Outdoor Education Centre, Llanberis",
    "Wednesday 21 - Friday 23 May 2025",
    "",
    "Waterproof jacket and trousers, walking boots (no trainers on the hill)",
    "Two warm layers, hat and gloves, spare socks",
    "Old clothes for the gorge walk - they WILL get wet",
    "Towel, toiletries, sleeping bag (bedding is provided, bags are optional)",
    "Water bottle, any medication (hand in to staff on the coach)",
    "",
    "Centre office: 029 2018 0457",
])

add("clean", "residential_outdoor_centre",
    frm=f"Emma Jukes <trips@{S}>", to=PARENTS,
    subject="Year 12 team-building residential - Llanberis, 21-23 May", date="2025-03-14 11:05",
    note="residential letter; outdoor centre office number, costs, dates, PDF kit list",
    html="auto",
    atts=[("Residential kit list.pdf", "application", "pdf", RESI_PDF, None)],
    body=T("""
Dear Parents and Carers,

Our Year 12 engineers will be heading to Example Outdoor Education Centre in Llanberis from Wednesday 21 to Friday 23 May for three days of team problem-solving: bridge building over the river, raft design, gorge walking and a night navigation exercise. Employers tell us teamwork is the thing they want most from our leavers, and this trip is where a lot of it clicks.

Cost: £145, with a £40 deposit due by Friday 28 March on the parent app. Please speak to Mrs Lowe in finance in confidence if cost is a barrier - no student will miss out.

The centre is fully accredited and provides all technical kit (helmets, wetsuits, buoyancy aids). The centre office number is 029 2018 0457 should you wish to ask them anything about the activities themselves. During the residential, urgent messages should come through the college office on 01632 960000, which will be staffed until 7pm each evening.

A kit list is attached. Medical and dietary forms will follow after Easter.

Kind regards,

""") + sig("Emma Jukes", "Trips & Visits Coordinator", "b"))

add("clean", "pupil_own_number_readback",
    frm=f"Tom Whitehouse <placements@{S}>", to=[f"Omar Malik <24omalik@{P}>"],
    subject="Your work experience form - quick check", date="2025-03-20 10:25",
    note="staff reads back the pupil's own mobile and his mum's number from his form",
    body=T("""
Hi Omar,

Thanks for getting your work experience form in on time. Before I send it to Mercia Aero I need you to double-check two things, because one of the digits looks like it could be a 1 or a 7:

Your mobile: 07700 900658
Emergency contact: your mum, Mrs Malik, 07700 900659

If either is wrong, just reply with the correct one. The employer uses these for their site induction and fire register, so they need to be right.

Cheers,
Mr Whitehouse
"""))

add("clean", "gokart_parts_order",
    frm=f"Gareth Mullins <g.mullins@{S}>",
    to=pupils("22ssmith", "22kboateng", "22ajones", "22fwright"),
    cc=[f"Darren Price <d.price@{S}>"],
    subject="Go-kart project - parts order placed", date="2024-11-12 15:30",
    note="everyday: parts order with stock numbers, PO number and prices",
    body=T("""
Team,

Order's gone in for the go-kart, PO 4500018873. Total came to £231.64 so we're just inside the £250 budget Mr Price signed off.

Qty  Item                                     Stock no.    Price
4    6205-2RS deep groove bearing             790-2257     £3.18 ea
2    25 mm bore pillow block UCP205           182-4391     £11.40 ea
1    #35 roller chain, 3 m                    505-8812     £24.95
1    Sprocket 60T #35, 1" bore                505-9001     £28.60
1    M8 x 40 hex bolts, pack of 50            281-0644     £6.42
1    M8 nyloc nuts, pack of 100               281-0720     £4.19
2    Steel box section 25x25x2, 3 m lengths   -            £19.80 ea

Delivery is next Tuesday. Nobody opens the boxes till I've checked them against the delivery note.

Gaz
Senior Workshop Technician
"""))

add("clean", "cc_other_parent_at_request",
    frm=f"Sian Llewellyn <s.llewellyn@{S}>".replace("Sian", "Si\u00e2n"), to=[JANE],
    cc=["Mark Parent <mark.parent77@hotmail.co.uk>"],
    subject="Example's Year 10 report \u2013 copy to both parents", date="2025-02-07 16:10",
    note="tutor Cc's the pupil's father's personal address at the mother's request [unsure]",
    atts=[("Y10 Spring report - Example Pupil One.pdf", "application", "pdf", make_pdf([
        "Example School UTC - Year 10 Spring Progress Report",
        "Student: Example Pupil One    Tutor group: 10SL",
        "",
        "Engineering (mechanical)   Working at: 5   Target: 6   Effort: 2",
        "Mathematics                Working at: 4   Target: 5   Effort: 2",
        "English Language           Working at: 4   Target: 5   Effort: 3",
        "Physics                    Working at: 4   Target: 5   Effort: 2",
        "Digital Technology         Working at: 5   Target: 6   Effort: 1",
        "",
        "Attendance this term: 94.2%",
    ]), None)],
    body=T("""
Dear Mrs Parent, dear Mr Parent,

As Mrs Parent asked at the start of the year, I'm sending Example's spring report to you both at the same time. Mr Parent, I've used the email address that Mrs Parent gave the office for you - please let the office know directly if you'd like a different one on our system.

The short version: a good term. He's on or near target almost everywhere, and his effort grade in Digital Technology is the highest possible. The one area to watch is English, where he's rushing the longer writing tasks.

If either of you would like to talk it through, parents' evening is Thursday 27 February, or you can ring the office on 01632 960000 to arrange a call.

Best wishes,
Si\u00e2n Llewellyn
Form Tutor 10SL / Teacher of English
Example School UTC
"""))

add("clean", "staff_only_cover_own_mobile",
    frm=f"Darren Price <d.price@{S}>", to=[f"Liam Cartwright <l.cartwright@{S}>"],
    cc=[f"Cover <cover@{S}>"],
    subject="Off this afternoon - cover for 12ENG2", date="2025-01-31 11:52",
    note="staff-only: HoD gives a colleague his own mobile while at hospital",
    body=T("""
Liam,

Had a call from the hospital, dad's had a fall so I'm heading over to New Cross now. Can you keep an eye on 12ENG2 period 5? Cover have got someone in but they're not engineering.

Work is on Teams under "Statics - moments": they do the worksheet, then the beam lab if the supply teacher is happy (Gaz will be in the lab). The marking I promised them is in the tray on my desk, top drawer.

If anything kicks off or you can't find something, ring my mobile on 07700 900225, I'll have it on me.

Cheers mate, owe you one.
D

Sent from Outlook for iOS
"""))

add("clean", "esafety_placement_briefing",
    frm=f"Tom Whitehouse <t.whitehouse@{S}>",
    to=pupils("22rdavies", "22ajones", "22ssmith", "22fwright", "22kboateng"),
    subject="Before you start placement - keeping yourselves safe", date="2025-02-20 17:10",
    note="placement safety advice: don't swap Snapchat/WhatsApp with adults at work; no invitation",
    body=T("""
Hi all,

A few things before Monday that I go through with every year group. None of it is because of anything anyone has done.

- Your employer and supervisor will contact you through your college email or the placement portal. That's it.
- You don't need to swap Snapchat, Instagram or WhatsApp with adults at the firm, however friendly they are. Lads on the shop floor sometimes offer "add me and I'll send you the rota" - politely say the college has asked you to keep it on email.
- If anyone at work asks for your personal number, messages you on social media, or makes you feel uncomfortable, tell me or Mrs Tranter the same day. You won't be in trouble and neither will your placement.
- If you're ill or late, ring the firm's main number AND college on 01632 960000.

Have a brilliant week. Most of you will come back having been offered something.

Mr Whitehouse
Work Placement & Employer Partnerships Coordinator
Example School UTC
"""))

SOCIAL_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d2733">
<tr><td style="background:#0b3d6b;color:#ffffff;font-size:20px"><b>Example School UTC</b> &#8211; Open Evening this Thursday</td></tr>
<tr><td>
<p>Dear Parents and Carers,</p>
<p>Our spring open evening is this <b>Thursday 16 January, 5.30&#8211;8pm</b>. If your child has a younger brother, sister or friend in Year 9 who might suit an engineering or digital pathway, please bring them along. Current students will be running the CNC mill, the robot arm and the VR welding simulator, and our employer partners will be on hand to talk about apprenticeships.</p>
<p>We&#8217;re also trying to share more of what goes on day to day, so please follow the college&#8217;s official accounts, which are run by our marketing team:</p>
<ul>
<li>Instagram: <a href="https://www.instagram.com/exampleschoolutc">@exampleschoolutc</a></li>
<li>Facebook: <a href="https://www.facebook.com/ExampleSchoolUTC">Example School UTC</a></li>
<li>LinkedIn: <a href="https://www.linkedin.com/school/example-school-utc">Example School UTC</a> (employer news and vacancies)</li>
</ul>
<p>These pages are for news and celebration; please don&#8217;t use them to contact staff about your child. For that, email the office or ring 01632 960000.</p>
<p>Marketing &amp; Admissions<br>Example School UTC, Park Row, Leeds LS1 4AP</p>
</td></tr></table>
</td></tr></table>
</body></html>
""")

add("clean", "official_college_social_accounts",
    frm=f"Marketing & Admissions <admissions@{S}>", to=PARENTS,
    subject="Open evening this Thursday - and follow us online", date="2025-01-13 12:00",
    note="HTML-only; official college social media accounts, not a personal invitation",
    html=SOCIAL_HTML)

add("clean", "tipton_lad_no_address",
    frm=f"Darren Price <d.price@{S}>", to=[JANE],
    subject="Re: Example and the bus in the mornings", date="2024-10-01 17:45",
    note="teacher mentions the town he grew up in; no address or contact given [unsure]",
    body=T("""
Dear Mrs Parent,

Thanks for explaining - that makes a lot more sense. I'm a Tipton lad myself, I grew up off Owen Street, so I know exactly how bad the 74 is at that time of the morning once the schools are in.

A couple of suggestions: the Metro from Wednesbury Parkway is far more reliable and gets in with ten minutes to spare, and he's entitled to the 16-18 travel card at half price once he's in Year 12. Mrs Hollies in the office can help with the form.

In the meantime I've asked his form tutor not to give him a late mark if he's in by 8.40 while we sort this out.

Kind regards,

""") + sig("Darren Price", "Head of Engineering", "a"))

add("clean", "employer_brief_chat_app",
    frm=f"Harpreet Sandhu <h.sandhu@{S}>",
    to=pupils("23ppatel", "23kboateng", "23ewright", "24ldhillon", "23adhillon"),
    subject="Employer project brief - Sandwell Digital: shop-floor messaging prototype",
    date="2024-09-23 09:05",
    note="technical brief mentions WhatsApp/Slack/Discord/Signal as products, no invitation",
    html="auto",
    body=T("""
Hi all,

Here's the brief for this half term's employer-set project, from Sandwell Digital Solutions.

The problem: their client, a forging company in Darlaston, has 140 shop-floor staff with no work email. Supervisors currently send shift changes by personal WhatsApp groups, which the company doesn't control and which breaks their data protection policy. They want a prototype of a simple in-house messaging app instead.

What they want from you:
- a web prototype (Flask or Node, your choice) with user accounts, team channels and read receipts
- an explanation of how end-to-end encryption works in apps like Signal and WhatsApp, and whether they need it
- a comparison with off-the-shelf tools (Teams, Slack, Discord) on cost and data protection
- a 10-minute pitch to Sandwell Digital's developers on Friday 18 October

Teams of three, which I'll set on Wednesday. Use the test data set on Teams - no real phone numbers or names in your database, please.

Ms Sandhu
Head of Digital Technology
Example School UTC | 01632 960000
"""))

SCAM_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p><b>Warning: scam text messages</b></p>
<p>Dear Parents and Carers,</p>
<p>Several families have told us today that they received a text from <b>07700 900874</b> claiming to be from the college and asking for a &#163;15 &#8220;exam registration fee&#8221; through a link. <b>This is not from us.</b> Please do not click the link or reply, and block the number.</p>
<p>Genuine texts from the college always come from the sender name <b>ExampleUTC</b>, never from a mobile number, and we never ask for payment by text &#8211; all payments go through the parent app.</p>
<p>If you have already paid, contact your bank straight away and then let us know on 01632 960000 so we can report it.</p>
<p>Ian Dudley<br>Principal, Example School UTC</p>
</body></html>
""")

add("clean", "scam_text_warning",
    frm=f"Ian Dudley <principal@{S}>", to=PARENTS,
    subject="Warning: scam text messages claiming to be from the college", date="2025-03-19 13:45",
    note="HTML-only; scammer's number quoted as a warning, school number",
    html=SCAM_HTML)

add("clean", "placement_work_mobile_college",
    frm=f"Tom Whitehouse <placements@{S}>", to=[f"Kofi Boateng <22kboateng@{P}>"],
    subject="Visit to you at Mercia Aero - Wednesday", date="2025-03-04 08:30",
    note="college-issued work mobile (stated as college phone) for placement visits [unsure]",
    body=T("""
Hi Kofi,

I'll be visiting you at Mercia Aero on Wednesday 5 March at about 2pm to see how the week's going and have a quick word with your supervisor. It'll take half an hour at most.

If your shift pattern has changed and you won't be there, let me know before Wednesday lunchtime. Email is fine, or ring the placements work mobile on 07700 900250 - that's the college-owned phone I carry on placement visits, and it's switched off outside visit days.

Mr Whitehouse

""") + sig("Tom Whitehouse", "Work Placement & Employer Partnerships Coordinator", "c",
           extra=["Placements work mobile (college phone): 07700 900250",
                  "Office: 01632 960000"]))

# =========================================================================== EVERYDAY (29 + go-kart order above)

add("clean", "y10_ppe_from_monday",
    frm=f"Darren Price <d.price@{S}>", to=PARENTS,
    subject="Year 10 - workshop PPE from Monday", date="2024-09-05 15:20",
    note="everyday: PPE reminder to parents",
    html="auto",
    body=T("""
Dear Parents and Carers,

Welcome to Example School UTC. Your sons and daughters have had a good first few days, and from Monday 9 September Year 10 start their first practical sessions in the mechanical workshop.

For safety reasons, no student will be allowed on the workshop floor without:
- safety boots or shoes with a steel or composite toecap (black, please)
- the college navy overalls, which were handed out at induction
- long hair tied back; no rings, bracelets or loose chains

Safety glasses, gloves and ear defenders are provided by the college.

If buying boots is a problem this month, please speak to the office in confidence - we keep a small stock of spares in most sizes and no-one will know.

As a reminder, the college day runs 8.30am to 5pm, Monday to Thursday, and 8.30am to 3.30pm on Fridays. Students can buy breakfast in the canteen from 8am.

Thank you for your support,

""") + sig("Darren Price", "Head of Engineering", "a"))

add("clean", "trig_homework_feedback",
    frm=f"Tomasz Wi\u015bniewski <t.wisniewski@{S}>", to=[f"Jayden Banks <24jbanks@{P}>"],
    subject="Trig homework \u2013 feedback", date="2024-11-26 18:10",
    note="everyday: maths homework feedback to pupil; RFC2047 From name",
    body=T("""
Hi Jayden,

Marked your trig homework. 14/20 - a big improvement on last time.

The main thing is Q6 and Q7: you used SOH when it needed TOA. Before you pick a ratio, label the sides O, A and H on the diagram first, every time, even when it feels obvious. Have a look at the worked example on Teams (slide 4) and redo Q6 and Q7 underneath my comments.

Q9 was brilliant - you spotted it's a bearing question and set it up properly. That's exactly the sort of thing that comes up in the engineering maths unit.

See you Thursday.

Mr Wiśniewski
Maths
"""))

add("clean", "uniform_polo_sizes", cte="8bit",
    frm=f"Janet Hollies <office@{S}>", to=[ALI],
    subject="RE: Polo shirt sizes", date="2024-09-12 11:04",
    note="everyday: office reply on uniform, quoted parent question",
    body=T("""
Dear Mr Guardian,

Yes, you can swap them – just send the XL ones back in with Example in the bag they came in and we’ll exchange them for L. We’ve got plenty in stock now.

For reference, Year 12 and 13 wear the grey polo with the college logo for workshop days and business dress (dark suit, plain shirt, no tie needed) for employer visits and presentations.

Kind regards,
Janet Hollies
Office Manager – Example School UTC – 01632 960000

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 11 September 2024 20:31
To: Office <office@example-school.org.uk>
Subject: Polo shirt sizes

Hello, the polo shirts we ordered are too big, can we swap them? Also does he need a tie for Year 12? Thanks
"""))

add("clean", "absence_unexplained_today",
    frm=f"Lorraine Bayliss <attendance@{S}>", to=[SAM],
    subject="Example Pupil Two - absence today", date="2025-01-21 09:48",
    note="everyday: attendance first-day absence mail",
    body=T("""
Dear Sam,

Example Pupil Two has not registered this morning and we have not received a reason for his absence.

Please ring the attendance line on 01632 960000 (option 1) or reply to this email as soon as possible to let us know why he is absent today.

If you have already contacted us, thank you, and please ignore this message.

Lorraine Bayliss
Attendance Officer
Example School UTC
"""))

add("clean", "cover_work_period3", cte="7bit",
    frm=f"Liam Cartwright <l.cartwright@{S}>", to=[f"Cover <cover@{S}>"],
    subject="Cover work - 11R2 period 3 Thursday", date="2025-02-05 07:41",
    note="everyday: staff cover work",
    body=T("""
Morning,

Dentist Thursday morning, back for period 5. Cover work for 11R2 P3 (room M4):

- Register on the seating plan in the top drawer
- Starter on the board (fraction of amounts, 5 questions)
- Then the past paper on Teams > 11R2 > "Resit practice 3" - Paper 2 Foundation, Q1 to Q15, calculators allowed
- Collect the papers in at the end, they go in my pigeonhole

Two lads (Jake and Kyle) sit at the front, away from each other. They'll tell you otherwise.

Thanks,
Liam
"""))

NEWS = T("""
Dear Parents and Carers,

What a half term. Here are a few of the highlights.

Employer of the half term: Bilston Forge & Fabrication
Thirty of our Year 10s spent a day at Bilston Forge in January, and the company has now set our Year 11s their spring project: redesigning a lifting bracket to cut the weld time in half. Thank you to their MD and apprentices, several of whom are former students.

Results
Our Year 13 T Level students sat their core exams in January, and our BTEC Year 11s completed their first external unit. Results will come out in March.

Skills competition
The electronics team are off to the regional skills heat on 26 March. Mr Patel says they are "the sharpest team we've had" - no pressure, lads.

Attendance
Overall attendance this half term was 93.8%. Thank you for getting them in - we know it's a long day and an early start for many of you, especially from Walsall and Wolverhampton.

Dates for your diary
- Monday 24 February: Year 11 mock exams begin
- Thursday 27 February: Year 10 parents' evening, 4.30-7.30pm
- Monday 3 March: Year 12 placement week
- Friday 4 April: last day of term, 3.30pm finish

Have a restful half term.

Ian Dudley
Principal
Example School UTC, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
""")

add("clean", "spring_newsletter",
    frm=f"Ian Dudley <principal@{S}>", to=PARENTS,
    subject="Spring newsletter - February 2025", date="2025-02-14 12:30",
    note="everyday: principal's newsletter (plain + HTML)",
    body=NEWS, html="auto")

add("clean", "progress_report_on_app",
    frm=f"Janet Hollies <office@{S}>", to=[JANE],
    subject="Year 10 progress report now available", date="2025-02-03 16:00",
    note="everyday: short report notification",
    body=T("""
Dear Mrs Parent,

Example's Year 10 spring progress report is now available to view on the parent app under Reports.

If you have any questions about the report, please contact his form tutor, Ms Llewellyn, through the office.

Kind regards,
Example School UTC
01632 960000
"""))

add("clean", "eng_dept_minutes",
    frm=f"Darren Price <d.price@{S}>",
    to=[f"Engineering Department <engineering@{S}>"],
    subject="Dept meeting minutes - 15 January", date="2025-01-16 08:05",
    note="everyday: staff meeting minutes",
    body=T("""
All,

Minutes from last night below. Shout if I've missed anything.

Present: DP, PN, JF, CB, RP, GM (AR apologies)

1. Y12 employer project (Halesowen Hydraulics test rig). Brief is out. PN to book CNC time for all groups before half term; no group gets more than 3 hours on the Haas till everyone's had a go.
2. Workshop safety. Two near misses logged this term (both swarf). GM to put up the new "isolate and brush, never hand" signs on every lathe by Friday. Reminder that Y10s do not use the pillar drill unsupervised until their induction is signed off.
3. Marking. Y11 BTEC Unit 2 internal verification: CB and RP to sample 6 scripts each by 31 Jan.
4. Open evening (16 Jan). JF to run welding sim demo, RP electronics, DP tours. Students to wear overalls, not blazers.
5. Budget. Consumables at 64% spent. Please check with GM before ordering anything over £50.
6. AOB. GM's retirement do date TBC - not until 2027, he says, so stop asking.

Next meeting: 5 February.

Darren
"""))

add("clean", "btec_unit_deadline",
    frm=f"Carl Beddow <c.beddow@{S}>",
    to=pupils("23etwo", "23mhussain", "23sbegum", "23cwalker", "23eokafor"),
    subject="Unit 6 assignment - final deadline Friday", date="2025-03-10 09:15",
    note="everyday: coursework deadline to pupils",
    body=T("""
Morning,

Reminder that the Unit 6 assignment (Electrical and Electronic Principles, learning aim B) is due this Friday, 14 March, by 4pm on Teams.

Before you submit, check you have:
- all four circuit calculations with working shown
- the measured vs calculated table, with percentage error
- your evaluation (at least a side - "it went well" is not an evaluation)
- the signed authenticity declaration

Late work without an agreed extension can't be marked for the first submission, and you only get one resubmission, so don't waste it. If you're struggling, come and see me Wednesday lunchtime in the electrical bay.

Mr Beddow
"""))

add("clean", "employer_project_launch",
    frm=f"Harpreet Sandhu <h.sandhu@{S}>",
    to=pupils("22ajones", "22fwright", "22kboateng", "22rdavies", "22ssmith"),
    subject="Halesowen Hydraulics - project launch Tuesday", date="2025-01-10 14:25",
    note="everyday: employer project launch logistics",
    body=T("""
Hi all,

On Tuesday (14 January) engineers from Halesowen Hydraulics are coming in to launch your spring employer project. It's in the lecture theatre, periods 2 and 3.

They want a data-logging system for their test rigs: sensors on pressure and temperature, a dashboard showing live values, and an alert when a rig goes out of range. You'll work in mixed mechanical/digital teams with Mr Price's group.

Please come prepared with two questions each for the engineers - they'll be taking notes on who asks good ones, and they do take on apprentices.

Business dress on Tuesday, please.

Ms Sandhu
"""))

add("clean", "lathe_risk_assessment_staff", cte="8bit",
    frm=f"Pawel Nowak <p.nowak@{S}>", to=[f"Gareth Mullins <g.mullins@{S}>"],
    subject="Lathe RA - updated draft", date="2024-10-03 13:30",
    note="everyday: staff-to-staff risk assessment, dialect",
    body=T("""
Ow bist Gaz,

Updated risk assessment for the manual lathes is on the shared drive (H&S > Workshop > RA-07 Centre Lathes v4). Changes:

– added the chuck-key rule (key never left in the chuck, spring-loaded keys on all six now)
– swarf: brush and hook only, isolated first – ties in with your new signs
– Y10 supervision ratio down to 1:8 for the first half term
– emergency stop test added to your weekly checks

Can you give it a read before the H&S meeting on Thursday and sign the back page? If you think the ratio is daft say so, I’d rather argue it out now than in front of the head.

Cheers,
Pawel
"""))

add("clean", "punctuality_late_session", cte="7bit",
    frm=f"Kwame Asante <k.asante@{S}>", to=[ALI],
    subject="Example - punctuality", date="2024-11-14 12:05",
    note="everyday: behaviour/punctuality mail to parent",
    body=T("""
Dear Mr Guardian,

I'm writing because Example has been late to registration four times in the last two weeks (arriving between 8.45 and 9.05). I appreciate it's a long day and an early start, but being late means he misses the safety briefing at the start of the workshop sessions and can't go on the machines until it's been repeated.

As per our behaviour policy, he'll do a 30-minute punctuality session on Monday 18 November, 5-5.30pm, in the Year 10 office.

If there's something behind this - buses, caring responsibilities, anything - please let me know and we'll work with you on it.

Kind regards,
Mr K Asante
Head of Year 10
Example School UTC | 01632 960000
"""))

add("clean", "apprenticeship_statement_feedback",
    frm=f"Chloe Bennett <c.bennett@{S}>", to=[f"Ethan Okafor <23eokafor@{P}>"],
    subject="Your supporting statement - comments", date="2025-01-30 16:15",
    note="everyday: careers feedback to pupil",
    html="auto",
    body=T("""
Hi Ethan,

I've read your supporting statement for the Mercia Aero apprenticeship - it's a good start. My comments are in the document on Teams, but the big three:

1. Your opening line ("I have always been passionate about engineering") is the same as about 400 other applicants. Start with something only you could say - the motorbike engine you rebuilt with your dad is perfect.
2. You mention the CNC project but not what you actually did. Say what you programmed, what went wrong and how you fixed it.
3. Cut the paragraph about GCSE grades - they'll see those on the form.

Get a second draft to me by Wednesday and we'll go through it Thursday lunchtime.

Ms Bennett
Careers Adviser
"""))

add("clean", "thanks_host_employer",
    frm=f"Tom Whitehouse <t.whitehouse@{S}>",
    to=["Lisa Hartill <l.hartill@bilstonforge.example.com>"],
    subject="Thank you for Friday", date="2025-02-03 09:20",
    note="everyday: thank-you to external employer",
    body=T("""
Dear Lisa,

Just a quick note to say thank you to you and the team for hosting our Year 10 group on Friday. The lads haven't stopped talking about the forging press, and two of them have already asked me about your apprenticeship scheme.

Please pass on particular thanks to Jamie and Sean, who gave up their break to show the group the die shop. Seeing apprentices only a few years older than them doing real work on that scale is worth more than anything we can do in the classroom.

We'd love to bring the next group in the summer term if you'll have us. I'll be in touch after Easter with some dates.

With thanks,

""") + sig("Tom Whitehouse", "Work Placement & Employer Partnerships Coordinator", "a", dd="01632 960045"))

add("clean", "resit_homework_reminder", cte="7bit",
    frm=f"Liam Cartwright <l.cartwright@{S}>",
    to=pupils("24ethree", "24jbanks", "24omalik", "24cwalters", "24tbrookes"),
    subject="Homework due Monday", date="2025-03-14 15:45",
    note="everyday: maths homework reminder to pupils",
    body=T("""
Lads,

Homework for Monday is the ratio and proportion set on the homework platform (about 25 minutes). I can see that three of you haven't logged in since January. You know who you are.

The resit is in nine weeks. Every homework matters now.

Have a good weekend,
Mr Cartwright
"""))

add("clean", "praise_welding_parent",
    frm=f"Jordan Fellows <j.fellows@{S}>", to=[JANE],
    subject="Some good news about Example", date="2025-03-13 16:40",
    note="everyday: positive praise mail to parent",
    body=T("""
Dear Mrs Parent,

I just wanted to drop you a line to say how well Example has been doing in fabrication this term. His TIG welding on the stainless samples this week was the neatest in the group, and he's been really patient helping a couple of the others set up their torches.

He's also been picked to help on our stand at open evening next month, demonstrating the welding simulator to visitors - a real compliment, because we only ask the students we trust.

You should be proud of him.

Best wishes,
Jordan Fellows
Fabrication & Welding Instructor
Example School UTC · 01632 960000
"""))

add("clean", "it_password_reset_mfa", cte="base64",
    frm=f"Zo\u00eb Hancox <itsupport@{S}>", to=[f"Lukasz Kowalski <24lkowalski@{P}>"],
    subject="Your password reset", date="2025-01-07 10:12",
    note="everyday: IT support instructions to pupil; base64, RFC2047 name",
    body=T("""
Hi Lukasz,

I've reset your college account as you asked at the helpdesk. Your temporary password is on the slip I gave you - please don't email it to anyone.

When you log in:
1. You'll be asked to choose a new password (at least 12 characters - three random words works well).
2. Then set up the Authenticator app for multi-factor sign-in. You need this to get into Teams and the CAD licence server from home.
3. If the Authenticator doesn't work on your phone, come back to the IT office (room G07) and we'll set you up with a code instead.

Please don't let anyone else use your account - everything done on it is logged against your name.

Zoë Hancox
IT Support Technician
Example School UTC
"""))

add("clean", "invigilation_rota_staff",
    frm=f"Denise Round <exams@{S}>", to=[f"All Staff <staff@{S}>"],
    subject="Mock exam invigilation rota - w/c 24 February", date="2025-02-10 12:40",
    note="everyday: staff-only exam admin",
    body=T("""
Dear colleagues,

The invigilation rota for the Year 11 mocks (w/c 24 February) is on the staffroom noticeboard and on the shared drive under Exams > Mocks 2025.

Please check your slots now. If you can't do one, swap with a colleague and let me know both names - please don't just not turn up, as we can't start without two invigilators in the sports hall.

Invigilators should be in the hall 15 minutes before the start. No marking, phones or laptops during the exam.

Many thanks,
Denise Round
Exams Officer
"""))

PE_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p><b>Year 10 Parents&#8217; Evening &#8211; Thursday 27 February, 4.30&#8211;7.30pm</b></p>
<p>Bookings are now open on the parent app. Each appointment is five minutes. Please book the engineering or digital specialist teacher first, as those slots go quickest, then maths, English and science.</p>
<p>Appointments will be in the main hall. Please come to the main reception; parking is available in the staff car park after 4.15pm.</p>
<p>If you are unable to attend in person, most staff can offer a phone call instead &#8211; just choose &#8220;phone&#8221; when booking and the teacher will ring you on the number we hold on file.</p>
<p>Bookings close on Tuesday 25 February at noon.</p>
<p>Kind regards,<br>Example School UTC<br>Park Row, Leeds LS1 4AP &#183; 01632 960000</p>
</body></html>
""")

add("clean", "parents_evening_booking",
    frm=f"Janet Hollies <office@{S}>", to=PARENTS,
    subject="Year 10 parents' evening - bookings open", date="2025-02-11 11:30",
    note="everyday: HTML-only parents' evening notice",
    html=PE_HTML)

add("clean", "monday_briefing_notes",
    frm=f"Ian Dudley <principal@{S}>", to=[f"All Staff <staff@{S}>"],
    subject="Briefing notes - Monday 3 March", date="2025-03-03 07:35",
    note="everyday: staff briefing",
    body=T("""
Morning all,

- Y12 placement week starts today. 47 students out, 3 still in college (with Tom). Period 1-2 Y12 classes are therefore free - please use the time for marking or CPD.
- Governors' learning walk on Wednesday, period 3, focus is practical workshops. Nothing to prepare - they want to see normal lessons.
- Fire drill this week. You'll know when.
- Congratulations to Carl, whose Level 3 group have a 100% first-time pass on the inspection and testing unit.
- Car park: the contractors need the top bays until Friday. Park on the lower level or at the leisure centre.
- Staff wellbeing: the pie and quiz is on Friday after school. Gaz is quizmaster, God help us.

Have a good week.

Ian
"""))

add("clean", "fixture_result_training",
    frm=f"Nathan Guest <n.guest@{S}>",
    to=pupils("24jbanks", "23mhussain", "22rdavies", "22kboateng", "24lkowalski",
              "23adhillon", "24tbrookes", "23cwalker", "24omalik", "23eokafor", "23sbegum"),
    cc=[f"Ian Dudley <principal@{S}>"],
    subject="Great result Saturday + training change", date="2025-03-10 12:15",
    note="everyday: sports result and training times to pupils, no personal contact",
    body=T("""
Lads,

3-1 away at Walsall, and deserved. Kofi's free kick will be on the college Instagram later this week (the official one, run by the office). Man of the match: Lukasz, who didn't give their number 9 a sniff.

Training moves to Wednesday 5-6pm this week because of the assessment on Thursday. Astro, not the field.

League table after Saturday: 2nd, 3 points off the top with a game in hand.

Coach Guest
"""))

add("clean", "access_arrangements_update",
    frm=f"Sue Foley <senco@{S}>", to=[SAM],
    subject="Re: Exam arrangements for Example", date="2025-01-17 14:48",
    note="everyday: SEN update to carer, quoted reply",
    body=T("""
Dear Sam,

Good news: the assessment results came through and Example qualifies for 25% extra time and a reader in his GCSE exams. This will apply from the mocks in February onwards, and we'll use the same arrangements in his workshop theory tests so he gets used to them.

He'll do the exams in the small room off the library with three or four other students, which I think will suit him better than the sports hall anyway.

I'll talk it through with him on Monday so nothing's a surprise.

Kind regards,
Sue Foley
SENCo, Example School UTC
01632 960000

On 16 Jan 2025, at 20:11, Sam Carer <sam.carer@outlook.com> wrote:

> Hi Mrs Foley, any news on the exam thing? He's worried about running
> out of time again like in the summer. Thanks, Sam
"""))

CANTEEN_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>From <b>Monday 6 January</b> there will be a few changes to the canteen:</p>
<ul>
<li>Breakfast club will open at <b>7.45am</b> (was 8am), as so many students are arriving early on the buses. Toast and fruit remain free; hot breakfast rolls are &#163;1.60.</li>
<li>The lunchtime meal deal goes up to <b>&#163;2.45</b> (from &#163;2.30) because of supplier costs. Free school meal allowances are increased to match.</li>
<li>The late-afternoon snack bar (3.20&#8211;3.40pm) is staying, so students have something to keep them going until the end of the day at 5pm.</li>
</ul>
<p>Please make sure your child&#8217;s account is topped up on the parent app.</p>
<p>Thank you,<br>Catering Team, Example School UTC<br>01632 960000</p>
</body></html>
""")

add("clean", "canteen_changes",
    frm=f"Catering Team <catering@{S}>", to=PARENTS,
    subject="Canteen and breakfast club changes from January", date="2024-12-16 12:10",
    note="everyday: HTML-only canteen notice with prices and times",
    html=CANTEEN_HTML)

add("clean", "lost_property_workshop",
    frm=f"Gareth Mullins <g.mullins@{S}>", to=[f"Year 10 Students <year10@{P}>"],
    subject="Lost property in the workshop", date="2024-12-12 15:05",
    note="everyday: technician's lost property note to a pupil list",
    body=T("""
Year 10,

Currently living in the box under my bench:
- 6 pairs of safety specs with names on (Tyler, Arjun, Callum, you know who you are)
- 3 calculators, one with "LUKASZ" scratched into it
- a Wolves scarf
- one left boot, size 9. How do you go home without a boot?

Anything not collected by the last day of term goes in the spares box. The boot goes in the bin.

Mr Mullins
Workshop
"""))

add("clean", "coding_extension_reply",
    frm=f"Dean Hadley <d.hadley@{S}>", to=[f"Priyesh Patel <23ppatel@{P}>"],
    subject="Re: Extension for the inventory system project?", date="2025-03-17 16:30",
    note="everyday: reply to pupil's extension request with quote",
    body=T("""
Hi Priyesh,

Yes - given you were off for the physio appointments, you can have until Monday 24 March. That's a firm deadline though, because the moderator samples the week after.

Focus on the testing section first: the marks are in the test table and the evidence screenshots, not in making the GUI look nice. Commit your code to the repo regularly so I can see progress.

Mr Hadley

On Mon, 17 Mar 2025 at 12:02, Priyesh Patel <23ppatel@pupils.example-school.org.uk> wrote:
> Sir, could I have a few extra days for the inventory project? I missed
> two lessons for my knee and the database bit isn't finished. Thanks
"""))

add("clean", "governors_papers",
    frm=f"Stuart Kendrick <s.kendrick@{S}>",
    to=["Governing Body <governors@example.org>", f"Ian Dudley <i.dudley@{S}>"],
    subject="Papers for the Full Governing Board, 25 March", date="2025-03-18 17:00",
    note="everyday: governors' papers to external governors; base64 body, PDF",
    cte="base64",
    atts=[("FGB agenda 25 March 2025.pdf", "application", "pdf", make_pdf([
        "Example School UTC - Full Governing Board",
        "Tuesday 25 March 2025, 5.30pm, Boardroom",
        "",
        "1. Welcome, apologies, declarations of interest",
        "2. Minutes of 14 January 2025 and matters arising",
        "3. Principal's report (incl. Y11 mocks, placements)",
        "4. Employer board update",
        "5. Finance: budget monitoring month 7",
        "6. Safeguarding annual update (closed item)",
        "7. Policies for approval: Online Safety; Staff Code of Conduct",
        "8. AOB",
    ]), None)],
    body=T("""
Dear Governors,

Please find attached the agenda for the Full Governing Board meeting on Tuesday 25 March at 5.30pm in the boardroom. The remaining papers (Principal's report, month 7 budget monitoring and the two policies for approval) are in the governors' folder on the portal.

Tea and sandwiches from 5pm. Please let me know by Friday if you can't attend so I can confirm we are quorate.

Kind regards,
Stuart Kendrick
Business Manager & Clerk to Governors
Example School UTC, Park Row, Leeds LS1 4AP
"""))

add("clean", "mentor_scheme_logistics",
    frm=f"Harpreet Sandhu <h.sandhu@{S}>",
    to=["Daniel Osei <d.osei@sandwelldigital.example.com>"],
    subject="Mentoring scheme - spring term dates", date="2025-01-06 13:40",
    note="everyday: staff to external mentor about logistics",
    html="auto",
    body=T("""
Hi Daniel,

Happy new year, and thank you again for mentoring two of our Year 12s this year - the feedback from both of them after the autumn sessions was excellent.

Spring term dates for the fortnightly Teams check-ins (all 4-4.30pm): 15 and 29 January, 12 and 26 February, 12 and 26 March. I'll send the calendar invites from my college account so the students are all on the same thread.

The site visit to your offices is pencilled in for Thursday 20 March. Could you let me know whether the morning or afternoon is better?

As a reminder, please keep all contact with the students on their college email addresses with me copied in.

Best wishes,

""") + sig("Harpreet Sandhu", "Head of Digital Technology", "a"))

add("clean", "ucas_reference_deadline",
    frm=f"Marcus Hingley <m.hingley@{S}>",
    to=pupils("22fwright", "22ajones", "22kboateng"),
    subject="UCAS - references and the 29 January deadline", date="2025-01-08 09:00",
    note="everyday: post-16 UCAS deadline reminder to pupils",
    body=T("""
Morning all,

Quick reminder that the UCAS equal consideration deadline is 6pm on Wednesday 29 January. For us to attach your reference in time, your application must be marked complete and sent to me by Friday 17 January. No exceptions - I have 31 of these to check.

If you're applying for degree apprenticeships alongside, you still need to go through UCAS for the university side of it, so please don't assume you can skip it.

My door is open lunchtimes all week if you want me to read your statement one last time.

Mr Hingley
Post-16 Progress Tutor
"""))

add("clean", "shoutouts_bostin_week",
    frm=f"Rebecca Tranter <r.tranter@{S}>", to=[f"All Staff <staff@{S}>"],
    subject="Shout-outs for a bostin week", date="2025-03-21 15:50",
    note="everyday: staff-only thanks email with dialect",
    body=T("""
Hi all,

Just before you disappear for the weekend, some shout-outs:

- Tom, for getting 47 Y12s through placement week with only one lost lad (found, in the wrong Tipton industrial estate).
- Raj and the electronics team, who've stayed till 6 three nights this week getting ready for the skills heat.
- Janet and the office team, for dealing with 200 phone calls about a scam text that had nothing to do with us.
- Gaz, for the new lathe signs. Even the Year 10s are reading them.

It's been a bostin week. Go home.

Rebecca
"""))

# =========================================================================== output

README = """# Round 42 hold-out corpus: personal-address-to-parent

**BLIND - never use these files for tuning the filter or its rules.**
They were written without reading mailguard's code, rules, tests or docs, and are
meant only for measuring how the filter does on mail it has never been tuned on.

## What it is

{total} complete RFC 5322 messages (`.eml`) that staff at a fictional university
technical college (ages 14-19, engineering and digital technology, in the Black
Country) might send, labelled for the *personal-address-to-parent* policy: staff must
not give pupils or parents their own personal phone number, home address or personal
e-mail, must not use personal devices/accounts to talk to them, and must not add them
on social media.

`labels.csv` has one row per file: `file,expected,sender,recipients,note`.
`expected` is `flag` or `clean`; `sender` is the envelope sender (the staff From
address); `recipients` are the To + Cc addresses, space-separated. Judgement calls
carry `[unsure]` in the note.

## How it was made / regenerating

Everything is produced by `../make_round42_personal.py` (Python 3.11 standard library
only). It is deterministic - fixed dates, Message-IDs and MIME boundaries - so

    python3 tests/holdout/round42/make_round42_personal.py

rewrites byte-identical files. All people, addresses and mailboxes are invented; phone
numbers are from Ofcom's drama ranges; third-party organisations use example.com /
example.org / example.net.

## Counts

| expected | kind | count |
|---|---|---|
| flag  | staff give their own contact details / private channel to parents or pupils | {flag} |
| clean | everyday school mail | {everyday} |
| clean | hard negatives (look risky, are fine) | {hard} |
| **all** | | **{total}** |

## Kinds of case

Flags: own mobile in a reply to a parent; personal Gmail for CAD files; WhatsApp group
and "text me"; +44 number in HTML with `&nbsp;`; number split over a line break in a
quoted-printable body; vCard attachment; `.ics` invite whose LOCATION is the teacher's
home; Reply-To set to a personal Hotmail; own Outlook.com address in Cc; Snapchat,
Instagram DM, Discord server, Signal/Telegram, Facebook friend request; home address
for dropping off forms; 0044 format next to a legitimate trip phone; dotted number in a
base64 signature; `tel:` link; home landline; family-domain e-mail.

Hard negatives: school-owned trip / placement mobiles stated as such; parent's or
pupil's own details read back or quoted; third parties (coach firm, host employer,
supervisor's work mobile in a forward, mentor, university, clinic, helplines, outdoor
centre, Teams dial-in); numbers that aren't phones (ISBNs, candidate/centre numbers,
sort code, meeting IDs, vacancy refs, stock numbers, postcodes of venues); staff-only
mail with personal details (HR record, staff Christmas do, cover request); e-safety
advice naming apps; a member of staff refusing to give a personal number; official
college social accounts; a scam-text warning; a copy to the other parent's own address.

Formats: text/plain, multipart/alternative (Outlook- and Gmail-style HTML), HTML-only,
attachments (PDF, vCard, iCalendar), quoted-printable, base64 and 8bit bodies,
RFC 2047 subjects and names, replies and forwards with quoted text.
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    msgs = list(MESSAGES)
    random.Random(4242).shuffle(msgs)
    rows = []
    for n, m in enumerate(msgs, 1):
        fn = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        msg = build(m, n)
        (OUT / fn).write_bytes(msg.as_bytes(policy=POL))
        rcpts = [addr_of(a) for a in m["to"] + m["cc"]]
        rows.append([fn, m["label"], addr_of(m["frm"]), " ".join(rcpts), m["note"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    flag = sum(r[1] == "flag" for r in rows)
    everyday = sum(r[1] == "clean" and r[4].startswith("everyday") for r in rows)
    hard = len(rows) - flag - everyday
    (OUT / "README.md").write_text(README.format(total=len(rows), flag=flag,
                                                 everyday=everyday, hard=hard),
                                   encoding="utf-8")
    print(f"wrote {len(rows)} messages ({flag} flag, {everyday} everyday clean, {hard} hard clean) to {OUT}")


if __name__ == "__main__":
    main()
