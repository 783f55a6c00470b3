#!/usr/bin/env python3
"""Round 19 blind hold-out corpus for the personal-address-to-parent module.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and nothing else into
personal-address-to-parent/ next to this script.  Deterministic: running it
twice gives byte-identical output (fixed dates, Message-IDs and boundaries).

Python 3.11 standard library only.
"""
import csv
import hashlib
import html as htmlmod
import io
import os
import random
from datetime import datetime, timezone, timedelta
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUPDOM = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
STAFF = {
    "hughes": ("Rhys Hughes", "r.hughes", "Head of Construction, Vocational Centre"),
    "pickersgill": ("Dawn Pickersgill", "d.pickersgill", "Lecturer, Motor Vehicle"),
    "whitfield": ("Kerry-Ann Whitfield", "k.whitfield", "Curriculum Lead, Hair, Beauty & Barbering"),
    "ormerod": ("Jade Ormerod", "j.ormerod", "Hair & Beauty Tutor"),
    "bellini": ("Marco Bellini", "m.bellini", "Chef Lecturer, Catering & Hospitality"),
    "lloydevans": ("Gareth Lloyd-Evans", "g.lloyd-evans", "Director of Rugby, Sports Academy"),
    "nowak": ("Tomasz Nowak", "t.nowak", "Football Academy Coach"),
    "campbell": ("Delroy Campbell", "d.campbell", "PE Teacher & Boxing Club Lead"),
    "haworth": ("Craig Haworth", "c.haworth", "Teacher of PE"),
    "rowe": ("Bethany Rowe", "b.rowe", "Girls' Football Coach, Sports Academy"),
    "mcallister": ("Fiona McAllister", "f.mcallister", "Head of Sixth Form"),
    "raman": ("Priya Raman", "p.raman", "UCAS & Careers Coordinator"),
    "whitaker": ("Daniel Whitaker", "d.whitaker", "Sixth Form Tutor"),
    "ashworth": ("Helen Ashworth", "h.ashworth", "Work Placements & Apprenticeships Coordinator"),
    "bradshaw": ("Owen Bradshaw", "o.bradshaw", "Head of Year 11"),
    "dunmore": ("Rachel Dunmore", "r.dunmore", "Head of Year 10"),
    "kearney": ("Siobhán Kearney", "s.kearney", "Teacher of English"),
    "qureshi": ("Imran Qureshi", "i.qureshi", "Teacher of Maths, Post-16 Resit Lead"),
    "greaves": ("Nathan Greaves", "n.greaves", "Teacher of Science"),
    "fairclough": ("Zoe Fairclough", "z.fairclough", "SENCo"),
    "pryce": ("Eleanor Pryce", "e.pryce", "Head of Geography"),
    "brierley": ("Adam Brierley", "a.brierley", "Teacher of Computing"),
    "thornton": ("Beverley Thornton", "b.thornton", "HR & Business Manager"),
    "entwistle": ("Mark Entwistle", "m.entwistle", "Principal"),
    "kettlewell": ("Paul Kettlewell", "p.kettlewell", "Assistant Principal, Behaviour & Attendance"),
    "sutcliffe": ("Liam Sutcliffe", "l.sutcliffe", "Network Manager"),
    "lockwood": ("Nadia Lockwood", "n.lockwood", "Sports Academy Administrator"),
    "dsl": ("Catherine Hollis", "dsl", "Deputy Principal & Designated Safeguarding Lead"),
    "office": ("Example School Reception", "office", "Reception"),
    "attendance": ("Janet Oyelaran", "attendance", "Attendance Officer"),
    "exams": ("Pauline Dyson", "exams", "Exams Officer"),
    "finance": ("Sandra Mbeki", "finance", "Finance Office"),
    "cover": ("Cover Desk", "cover", "Cover"),
    "hr": ("HR", "hr", "HR"),
}


def st(key):
    name, local, _ = STAFF[key]
    return f"{name} <{local}@{DOM}>"


JANE = "Jane Parent <jane.parent@gmail.com>"
SAM = "Sam Carer <sam.carer@outlook.com>"
ALI = "Ali Guardian <ali.guardian@btinternet.com>"


def pu(name, local):
    return f"{name} <{local}@{PUPDOM}>"


# ------------------------------------------------------------- helpers
def date_hdr(s, slug):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = int(hashlib.sha1(slug.encode()).hexdigest()[:4], 16) % 60
    dt = dt.replace(second=sec)
    bst = (datetime(2025, 3, 30, 1) <= dt < datetime(2025, 10, 26, 1)
           or datetime(2026, 3, 29, 1) <= dt < datetime(2026, 10, 25, 1))
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0))))


def msgid(slug, host=DOM):
    h = hashlib.sha1(("r19personal:" + slug).encode()).hexdigest()
    return f"<{h[:16].upper()}.{h[16:24]}@{host}>"


def to_html(text, style="outlook"):
    """Turn a plain body into the kind of simple HTML Outlook or Gmail sends."""
    out = []
    para = []
    quote = []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(htmlmod.escape(line[1:].lstrip(" "), quote=False))
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(htmlmod.escape(line, quote=False))
    flush_para()
    flush_quote()
    body = "\n".join(out)
    if style == "gmail":
        return ('<div dir="ltr">' + body + "</div>\n")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p{margin:0 0 10pt 0}</style>\n</head>\n'
            '<body lang="EN-GB">\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">\n'
            + body + "\n</div>\n</body>\n</html>\n")


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    content = "BT /F1 11 Tf 50 790 Td 15 TL\n" + "\n".join(
        f"({pdf_esc(l)}) '" for l in lines) + "\nET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


MESSAGES = []


def add(label, slug, note, *, frm, to, subject, date, body=None, cc=(), fmt="plain",
        cte=None, html=None, html_style="outlook", attach=(), headers=None, builder=None):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt, cte=cte, html=html,
                         html_style=html_style, attach=list(attach), headers=headers or {},
                         builder=builder))


# =====================================================================
#                                FLAGS
# =====================================================================

add("flag", "rugby_club_text_my_mobile",
    "rugby director invites parent to his weekend club, gives own mobile hyphenated",
    frm="lloydevans", to=[JANE], subject="Re: Moortown U15 girls - Saturday",
    date="2025-09-17 21:06", fmt="alt",
    headers={"In-Reply-To": "<CAFx7Jq0b3wM9pN2e@mail.gmail.com>",
             "References": "<CAFx7Jq0b3wM9pN2e@mail.gmail.com>"},
    body="""Hi Jane,

Thanks for getting back to me so quickly. Yes, she's more than welcome to come down to Moortown on Saturday. The U15 girls train 10 till 11.30 on the back pitch and there are already four or five from school in that squad, so she'll know a few faces.

She'll need boots and a gum shield; the club has spare training tops. I've already mentioned her to the club's welfare officer, so it's just the membership form on the day.

School's manic for me this week with the academy fixtures, so rather than going back and forth on here the easiest thing is to text me on my own mobile, 07700-900-312, and I'll let you know on Saturday morning if it's called off because of the pitches.

Cheers,
Gareth

Gareth Lloyd-Evans
Director of Rugby | Sports Academy
Example School, Park Row, Leeds LS1 4AP
01632 960000

On Wed, 17 Sept 2025 at 19:40, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Lloyd-Evans, she came home buzzing after the taster session today and has asked whether she could try a club as well. Is that the one you mentioned? Thanks, Jane
""")

add("flag", "football_add_me_on_snapchat",
    "football coach asks Y9 pupil to add him on Snapchat to get match clips",
    frm="nowak", to=[pu("Rayyan Khan", "23rkhan")], subject="clips from Sunday",
    date="2025-10-06 16:12",
    body="""Rayyan,

Good effort on Sunday, your pressing in the second half was a lot better than against Farsley. I filmed a few bits on my phone that I want you to watch before Thursday's session, especially the two goals where we lost our shape at the back post.

The files are too big to send on here so add me on Snapchat, coach.tnowak, and I'll send them over tonight.

Coach Nowak
""")

DAWN_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body lang="EN-GB">
<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Guardian,</p>
<p>Thanks for your email. I spoke to Mick at Harker&#8217;s this morning and they&#8217;re happy for him to carry on his Thursday placement through to the end of March, and then do the full week over Easter if he wants the extra hours towards his Level&nbsp;3 logbook.</p>
<p>The only thing they&#8217;ve asked is that he brings his own overalls from now on, as theirs go out for laundering on a Wednesday. His steel toecaps are fine.</p>
<p>I&#8217;m away on an assessor course on Monday and Tuesday, so if anything comes up in the next few days just ring my mobile (below) rather than the main office &#8211; I&#8217;ll pick it up at breaks.</p>
<p>Kind regards</p>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#1F3864">
<tr><td><b>Dawn Pickersgill</b></td></tr>
<tr><td>Lecturer &#8211; Motor Vehicle | Vocational Centre</td></tr>
<tr><td>Example School</td></tr>
<tr><td>Mob:&nbsp;07700&nbsp;900641</td></tr>
<tr><td>Office:&nbsp;01632&nbsp;960000</td></tr>
</table>
<hr style="border:none;border-top:1px solid #E1E1E1">
<p style="font-size:10pt"><b>From:</b> Ali Guardian &lt;ali.guardian@btinternet.com&gt;<br>
<b>Sent:</b> Thursday, January 8, 2026 7:52 PM<br>
<b>To:</b> Dawn Pickersgill &lt;d.pickersgill@example-school.org.uk&gt;<br>
<b>Subject:</b> Placement at Harker's</p>
<p style="font-size:10pt">Hi Mrs Pickersgill, he's really enjoying Thursdays at Harker's. Is there any chance the placement can carry on after February half term? He says Mick is keen. Thanks, Ali</p>
</div>
</body>
</html>
"""

add("flag", "mv_placement_mobile_in_html_sig",
    "MV lecturer to parent: 'ring my mobile (below)', mobile in signature not stated as school-issued, &nbsp; in HTML [unsure]",
    frm="pickersgill", to=[ALI], subject="RE: Placement at Harker's",
    date="2026-01-09 08:37", fmt="alt", html=DAWN_HTML,
    body="""Dear Mr Guardian,

Thanks for your email. I spoke to Mick at Harker's this morning and they're happy for him to carry on his Thursday placement through to the end of March, and then do the full week over Easter if he wants the extra hours towards his Level 3 logbook.

The only thing they've asked is that he brings his own overalls from now on, as theirs go out for laundering on a Wednesday. His steel toecaps are fine.

I'm away on an assessor course on Monday and Tuesday, so if anything comes up in the next few days just ring my mobile (below) rather than the main office - I'll pick it up at breaks.

Kind regards

Dawn Pickersgill
Lecturer - Motor Vehicle | Vocational Centre
Example School
Mob: 07700 900641
Office: 01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: Thursday, January 8, 2026 7:52 PM
To: Dawn Pickersgill <d.pickersgill@example-school.org.uk>
Subject: Placement at Harker's

Hi Mrs Pickersgill, he's really enjoying Thursdays at Harker's. Is there any chance the placement can carry on after February half term? He says Mick is keen. Thanks, Ali
""")

add("flag", "ucas_send_draft_to_my_gmail",
    "UCAS coordinator tells Y13 pupil to send statement drafts to her personal gmail over half term",
    frm="raman", to=[pu("Hollie Daly", "19hdaly")], subject="Personal statement - over half term",
    date="2025-10-23 15:48",
    body="""Hi Hollie,

I've had a proper read of the second draft and it's so much better. The section about your Saturday job at the dental practice is exactly what admissions tutors want to see - what you noticed, what you did, what you learnt. I'd cut the opening quote though; they've all read it a hundred times.

IT have told us the email system and OneDrive will be down for part of half term while they do the migration, so if you write another draft over the holiday send it to my personal email instead: priya.raman.home@gmail.com. I'll try to turn it round within a couple of days so you're ready for our internal deadline on Friday 21 November.

Have a good break,
Ms Raman

Priya Raman
UCAS & Careers Coordinator
Example School Sixth Form
""")

add("flag", "barbering_reply_to_hotmail",
    "barbering lead to carer with Reply-To set to her own hotmail address",
    frm="whitfield", to=[SAM], subject="Barbering - Saturday salon placement",
    date="2025-11-06 17:25", fmt="alt",
    headers={"Reply-To": "Kerry-Ann Whitfield <kerryann.whitfield84@hotmail.co.uk>"},
    body="""Dear Sam,

Just a quick one about the Saturday salon placement we talked about at parents' evening. Lee, who owns Fade Factory on Town Street, is happy to take him for four Saturdays from 15 November, 9 till 1. To start with he'll be shadowing, sweeping up and doing neck shaves and fades on the mannequin heads, then Lee will see how he gets on.

He'll need black trousers, a plain black top and his own clippers if he has them. If not he can borrow a set from the department, just let me know by Thursday so I can sign them out.

I'm not in school on Fridays, so I've set this up so your reply comes straight through to my own email that I check at home - just press reply as normal.

Thanks
Kerry-Ann

Kerry-Ann Whitfield
Curriculum Lead - Hair, Beauty & Barbering
Example School Vocational Centre | 01632 960000
""")

add("flag", "boxing_drop_him_at_mine",
    "boxing coach offers lift, gives his home address and postcode to carer",
    frm="campbell", to=[SAM], subject="Saturday's show - lift",
    date="2025-11-19 20:41", cte="8bit",
    body="""Hi Sam,

Re Saturday, I know you said you're struggling for a lift because of your shift. Don't worry about it – drop him at mine on Friday night or first thing Saturday and he can come in the car with me and our Jordan. We're at 27 Fernbank Rise, Bramley, LS13 3PD – it's the one with the white van on the drive. We'll set off about 10.

Weigh-in is 11.30 and he's on the second half of the card so it'll be a late one. I'll drop him back home after, should be about 9.

Delroy
""")

add("flag", "catering_whatsapp_group_link",
    "chef lecturer sets up WhatsApp group on his own phone for Y12 catering pupils, join link",
    frm="bellini", to=[pu("Kemi Adeyemi", "20kadeyemi"), pu("Lewis Farrar", "20lfarrar"),
                       pu("Sukhpreet Kaur", "20skaur"), pu("Ethan Rhodes", "20erhodes")],
    subject="Level 3 group chat", date="2025-10-13 07:58",
    body="""Morning all,

After last Friday's function (half of you didn't see the menu change until you walked into the kitchen) I've set up a WhatsApp group for our Level 3 lot so I can get changes to you quickly. It's on my own phone so please keep it to kitchen stuff only, no memes.

Link to join: https://chat.whatsapp.com/Kx7Pq2LmR4tY9wZb3HcN1a

This week's rota is still on the board by the pass and on Teams. Whites washed for Wednesday please, Ethan.

Chef Bellini
""")

add("flag", "english_base64_personal_number",
    "English teacher gives parent her personal number with no spaces; base64 body",
    frm="kearney", to=[JANE], subject="Re: English coursework",
    date="2025-10-14 18:20", cte="base64",
    headers={"In-Reply-To": "<CAFx7Jr2k1pQ0aZ7d@mail.gmail.com>",
             "References": "<CAFx7Jr2k1pQ0aZ7d@mail.gmail.com>"},
    body="""Dear Ms Parent,

Thank you for letting me know what's been going on at home, and please don't worry about the coursework deadline. I'll give her until after half term and note it on the tracker so nobody chases her for it.

I'd rather talk this through properly than over email. I'm free most evenings this week after about 6 - my personal number is 07700900587, so do give me a ring whenever suits you.

Best wishes,
Siobhán Kearney
Teacher of English

On Tue, 14 Oct 2025 at 12:03, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Ms Kearney, I'm sorry to say things have been difficult at home since her
> grandad went into hospital and she hasn't been sleeping. She is very worried
> about the Of Mice and Men essay. Would it be possible to have a bit longer?
> Jane
""")


def build_yr11_qp(msg, m):
    plain = m["body"]
    html = to_html(plain).replace("07700<br>\n900274", "07700 900274")
    msg["Content-Type"] = "multipart/alternative"
    p1 = MIMEPart(policy=policy.default)
    p1.set_content(plain, cte="quoted-printable")
    p2 = MIMEPart(policy=policy.default)
    p2["Content-Type"] = 'text/html; charset="utf-8"'
    p2["Content-Transfer-Encoding"] = "quoted-printable"
    import quopri
    enc = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    assert "07700 900274" in enc
    enc = enc.replace("07700 900274", "07700 9=\n00274", 1)
    p2.set_payload(enc)
    msg.attach(p1)
    msg.attach(p2)


add("flag", "yr11_mocks_mobile_over_linebreak",
    "head of year gives carer his mobile, number split over a line break; QP soft break inside number in HTML",
    frm="bradshaw", to=[SAM], subject="Year 11 mocks – next steps",
    date="2025-12-04 17:05", fmt="custom", builder=build_yr11_qp,
    body="""Dear Sam,

I hope you're well. I wanted to follow up on our conversation after the Year 11 information evening, now that the November mock results are in.

Overall he has done better than he expected. Maths and science are both up a grade on the summer, and Mrs Whitfield is really pleased with his practical work in barbering. English is the one that worries me: he didn't finish Paper 2 and left the whole of the writing section blank, which will have cost him at least a grade.

What I'd like to do is put him into the Tuesday after-school English intervention with Ms Kearney from next week (3.15-4.15, room E12), and have a short catch-up with him myself every Friday morning in tutor time until Christmas. It would also help if you could look at his revision timetable with him over the weekend - he has a copy on Teams.

If it's easier to chat outside school hours you can get me on my mobile on 07700
900274 - I don't mind evenings, I know you're working days.

Best wishes,

Owen Bradshaw
Head of Year 11
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""")

VCARD = """BEGIN:VCARD
VERSION:3.0
N:Greaves;Nathan;;;
FN:Nathan Greaves
ORG:Oakwood Juniors FC
TITLE:U12 Coach
TEL;TYPE=CELL:+44 7700 900815
EMAIL;TYPE=HOME:natgreaves.coach@yahoo.co.uk
NOTE:Match days - text or WhatsApp
END:VCARD
"""

add("flag", "weekend_club_vcard_attached",
    "science teacher who coaches a Sunday junior team sends parent a vCard with personal mobile and yahoo",
    frm="greaves", to=[ALI], subject="Oakwood Juniors - my details",
    date="2025-11-10 19:32",
    attach=[("Nathan Greaves.vcf", "text", "vcard", VCARD)],
    body="""Hi Ali,

Good to see you on the touchline yesterday - your youngest had a blinder in goal, that double save just before half time was something else.

As promised I've attached my contact card so you've got my number and email for match days. The fixture list changes a lot once the winter weather kicks in and I usually send updates out on a Friday night.

Training stays as Wednesday 6pm at the Oakwood Lane rec, under the floodlights.

Nathan
""")

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000R19PLACEMENTVISIT01
DTSTAMP:20251117T091500Z
DTSTART:20251120T130000Z
DTEND:20251120T133000Z
ORGANIZER;CN=Helen Ashworth:mailto:h.ashworth@example-school.org.uk
ATTENDEE;CN=Tyler Brook;RSVP=TRUE:mailto:21tbrook@pupils.example-school.org.uk
SUMMARY:Placement review - Calverley Build
LOCATION:Calverley Build site cabin
DESCRIPTION:Placement review visit. Bring your logbook. If the gate is locked
  or plans change text me on my personal mobile 07700 900 833 (school phone i
 s away for repair).
END:VEVENT
END:VCALENDAR
"""

add("flag", "placement_visit_ics_personal_mobile",
    "placement coordinator's calendar invite to pupil has her personal mobile in the .ics description",
    frm="ashworth", to=[pu("Tyler Brook", "21tbrook")], subject="Placement review visit - Thursday",
    date="2025-11-17 09:15",
    attach=[("invite.ics", "text", "calendar", ICS)],
    body="""Hi Tyler,

I'm coming out to see you at Calverley Build on Thursday afternoon for your placement review - invite attached. It'll take about half an hour: I'll want to look through your logbook with you and then have a quick word with Dean on his own.

The school placement phone is away being repaired, so if the site gate's locked or anything changes, text my personal mobile instead - the number's in the invite.

See you Thursday,
Miss Ashworth
""")

add("flag", "cambridge_interview_whatsapp_0044",
    "head of sixth form offers Y13 pupil WhatsApp run-through on her number in 0044 format",
    frm="mcallister", to=[pu("Maryam Butt", "19mbutt")], subject="Cambridge interview - practice",
    date="2025-11-28 13:10", fmt="alt",
    body="""Dear Maryam,

Brilliant news about the interview invitation - very well deserved. Dr Lindley has agreed to do a full mock interview with you on Tuesday at 3.30 in the sixth form office, and Mr Greaves will do a shorter one on the chemistry side on Wednesday lunchtime.

I'm away with the Year 12 Madrid trip from Wednesday to Sunday so I won't be in school the day before you go. If you'd like a last run-through of your answers the night before, WhatsApp me on 0044 7700 900418 and we can do a quick call - I'll have signal at the hotel.

Try to get some sleep and remember they want to see how you think, not what you've memorised.

Mrs McAllister

Fiona McAllister
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("flag", "resit_maths_ring_me_at_home",
    "maths resit lead asks parent to ring him at home on a bracketed landline",
    frm="qureshi", to=[ALI], subject="GCSE maths resit",
    date="2025-10-08 16:44",
    body="""Dear Mr Guardian,

Thanks for your note. I completely understand your concerns about the resit. He's missed three of the last five sessions because of the clash with his Thursday placement, and it's showing in the practice papers - he's hovering around a 3 on the last two.

I think a phone call would be more useful than going back and forth on email. I'm on a course tomorrow afternoon, but you can ring me at home on (0113) 496 0721 any time after 7 tonight or tomorrow and we'll come up with a plan between us. One option is moving him to the Monday period 6 group.

Regards,
Imran Qureshi
Maths - Post-16 Resit Lead
Example School
""")

add("flag", "site_start_text_me_dotted_number",
    "construction head gives Y12 pupil his mobile in dotted format for site lateness",
    frm="hughes", to=[pu("Josh Mensah", "20jmensah")], subject="Site start Monday - don't be late",
    date="2025-09-26 14:02",
    body="""Josh,

Reminder that Monday is your first day on the Hunslet site with Aireside Homes. Be at the site cabin for 7.30 sharp for the induction, in full PPE - boots, hi-vis, hard hat, gloves. No trainers, they will send you home and that goes on your record with them.

If the bus lets you down or you're going to be late for any reason, text me 07700.900.952 and I'll ring the site manager. Don't just not turn up.

Mr Hughes
""")

add("flag", "hmua_instagram_dm_me",
    "hair tutor asks two Y10 pupils to follow her own Instagram work page and DM her photos",
    frm="ormerod", to=[pu("Ellie Greenwood", "22egreenwood"), pu("Amber Nolan", "22anolan")],
    subject="Bridal hair unit - practice looks", date="2025-11-12 16:30", fmt="alt",
    html_style="gmail",
    body="""Hi both,

Your updos yesterday were lovely, especially the pinning on the low bun - much neater than last week. Amber, watch the tension at the nape, it was starting to pull.

For the bridal unit I want you each to build up a little portfolio of looks over the next few weeks. Follow me on Insta, @jadeormerod.hmua - that's my own work page - and DM me photos of anything you practise at home. I'll send feedback back on there, it's quicker than Teams.

Jade x
""")

add("flag", "sunday_team_facebook_friend_request",
    "PE teacher who runs a Sunday club sends carer a Facebook friend request to join parents' group",
    frm="haworth", to=[SAM], subject="Bramley Juniors U16s",
    date="2025-09-22 20:15",
    body="""Hi Sam,

Really glad he's decided to give Sunday football a go. Bramley Juniors U16s are a good bunch and he'll slot straight into midfield.

I've sent you a friend request on Facebook (Craig Haworth, the profile picture with the spaniel). Once you accept it I'll add you to the parents' group - that's where all the kick-off times and away venues go up, usually on a Friday.

Subs are £3 a week, pay on the day. First game is at home this Sunday, 10.30.

Craig
""", cte="8bit")

add("flag", "iceland_trip_family_domain_email",
    "geography head on leave gives parent her home e-mail on a family domain in her signature",
    frm="pryce", to=[JANE], subject="Iceland trip - passport details",
    date="2025-10-07 12:22", fmt="alt",
    body="""Dear Jane,

Thanks for sending the passport details through - all fine, and I've passed them on to the travel company.

I'm on leave from Wednesday for my sister's wedding, back on the 20th, but I don't want the deposit deadline to slip for anyone so I'll still be keeping an eye on things. If you have any questions about the kit list or the medical form in the meantime, please drop me a line at my home email in the signature below rather than my school one.

Best wishes
Eleanor

Eleanor Pryce
Head of Geography
Example School, Park Row, Leeds LS1 4AP | 01632 960000
Out of school: eleanor@prycefamily.example.net
""")

add("flag", "ehcp_review_cc_personal_icloud",
    "SENCo copies her personal iCloud address into mail to carer so replies reach her at home",
    frm="fairclough", to=[SAM], cc=["Zoe Fairclough <zoe.fairclough@icloud.com>"],
    subject="Annual review - paperwork", date="2025-11-24 11:05",
    body="""Dear Sam,

Thank you for agreeing to the date for his annual review: Wednesday 10 December at 2pm in the Learning Support base. The local authority caseworker has said she will join on Teams.

Before then it would really help if you could fill in the parent/carer views section (attached to the letter that came home on Friday) and send it back by Friday 5 December. His own views form we'll do together in school next week.

I've copied in my personal email address as I'm working from home on Tuesday and Wednesday writing up reviews and can't always get onto the school system from my laptop - if you reply all, I'll see it either way.

Kind regards

Zoe Fairclough
SENCo
Example School
01632 960000
""")

add("flag", "esports_my_discord_server",
    "computing teacher invites pupils to his own Discord server with his tag",
    frm="brierley", to=[pu("Kai Lambert", "23klambert"), pu("Harvey Pollard", "22hpollard"),
                        pu("Tyrese Osei", "23tosei"), pu("Mia Zielinska", "22mzielinska")],
    subject="Esports club - evening scrims", date="2025-10-02 15:55", fmt="alt",
    body="""Hi all,

Great turnout on Tuesday - 14 of you, which is the most we've ever had. The Rocket League team looked really sharp in the last scrim.

A few of you asked about carrying on in the evenings and at weekends before the league starts. I've set up my own Discord server for that so we're not relying on the school network. Invite link: discord.gg/7hQxPb2K - my tag on there is brierley_gg, message me if it says the invite has expired.

Usual club is still Tuesdays 3.15-4.30 in C4. Bring your own headset if you have one.

Mr Brierley
Teacher of Computing
""")

JANET_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Sam,</p>
<p>Thank you for coming in on Tuesday to meet Mr Kettlewell and me. As we agreed, his attendance is currently 84.6% for this term and we are aiming to get him back above 90% by February half term.</p>
<p>The plan we agreed:</p>
<ul>
<li>He will come to the attendance office at 8.35 each morning to sign in, before tutor time.</li>
<li>Mr Bradshaw will check in with him on Fridays.</li>
<li>We will review everything on Tuesday 13 January at 3.30pm.</li>
</ul>
<p>I know mornings are difficult with your shifts, so if it is easier to message me than ring the attendance line, I am on Signal &#8211; <b>+44 (0)7700 900506</b>. That is my own phone, so early mornings are absolutely fine.</p>
<p>Kind regards,</p>
<p>Janet Oyelaran<br>
Attendance Officer<br>
Example School, Park Row, Leeds LS1 4AP</p>
</div>
</body>
</html>
"""

add("flag", "attendance_plan_signal_own_phone",
    "attendance officer offers carer Signal on her own phone (+44 (0) format); HTML-only, encoded subject",
    frm="attendance", to=[SAM], subject="Attendance – Example Pupil Two – plan agreed on Tuesday",
    date="2025-12-11 16:50", fmt="html", html=JANET_HTML)


# =====================================================================
#                       HARD NEGATIVES (clean)
# =====================================================================

KITLIST_PDF = make_pdf([
    "Example School - Geography Department",
    "Year 12 Fieldwork, Malham: kit list",
    "",
    "Waterproof jacket AND waterproof trousers (no exceptions)",
    "Walking boots, worn in. Two pairs of thick socks per day",
    "Warm layers: fleece or jumper, hat and gloves",
    "Small rucksack for the day, water bottle",
    "Packed lunch for Wednesday only; other meals provided",
    "Any medication, clearly labelled, handed to staff at the coach",
    "Fieldwork booklet and two pencils (provided in school)",
    "",
    "Mobile phones may be brought but are the pupil's responsibility.",
])

add("clean", "malham_fieldwork_school_trip_mobile",
    "trip letter: school-owned trip mobile stated as such, office number, price and dates",
    frm="pryce", to=[JANE, SAM, ALI], subject="Year 12 Geography fieldwork - Malham, 12-14 November",
    date="2025-10-21 10:30", fmt="alt",
    attach=[("Malham kit list.pdf", "application", "pdf", KITLIST_PDF)],
    body="""Dear Parents and Carers,

Year 12 Geography Fieldwork - Malham, Wednesday 12 to Friday 14 November

Thank you to everyone who has returned the consent form. This is the final information before we go.

Departure: 8.15am on Wednesday from the Park Row entrance. Please don't park on the yellow lines outside the Vocational Centre; the drop-off bay on Queen Street is easier.
Return: approximately 4.30pm on Friday, same place. We'll post on the school app when we leave Malham.

The kit list is attached. Waterproof trousers really are essential - we will be in the river on Thursday whatever the weather does.

While we are away, please contact us on the school trip mobile: 07700 900010. This is a school-owned phone carried by the trip leader and it is only switched on for the duration of the visit. At all other times, please ring the school office on 01632 960000.

The balance of £165 is due by Friday 31 October on ParentPay. If this is a difficulty, please contact Mrs Mbeki in the finance office in confidence.

Many thanks,

Eleanor Pryce
Head of Geography
Example School, Park Row, Leeds LS1 4AP
01632 960000 | www.example-school.org.uk
""")

add("clean", "attendance_parent_new_mobile_read_back",
    "attendance officer confirms the parent's own new mobile back to her",
    frm="attendance", to=[JANE], subject="RE: Change of contact number",
    date="2025-09-15 09:12",
    body="""Dear Ms Parent,

Thank you for letting us know. I've updated her record so the first contact number is now your new mobile, 07700 900123, and I've taken the old landline off as you asked.

Absence texts and the school app notifications will go to the new number from tomorrow morning. If you'd like a second contact added (a grandparent, for example), just reply with their name, relationship and number and I'll put them on.

Kind regards,

Janet Oyelaran
Attendance Officer
Example School
Attendance line: 01632 960000 (option 1)

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 14 September 2025 20:47
To: Attendance <attendance@example-school.org.uk>
Subject: Change of contact number

Hello, I have changed phone provider and my number is now 07700 900123. Please can you take the landline off as we don't have it any more.
Thanks, Jane Parent (mum of Example Pupil One, 10RD)
""")

add("clean", "sixth_form_reply_outlook_quote_parent_sig",
    "head of sixth form replies; Outlook quoted block holds the parent's own mobile and home address",
    frm="mcallister", to=[ALI], subject="RE: Wednesday afternoons",
    date="2025-11-06 08:05", fmt="alt",
    body="""Dear Mr Guardian,

Thank you, that's really helpful to know. I've let his tutor and Mrs Ashworth know that Wednesday afternoons are now his placement afternoon and I've taken him off the supervised study register for periods 5 and 6.

I'll ring you on Thursday after school as you suggested, probably about 4.15, just to go over the timetable for the rest of the term.

Kind regards

Fiona McAllister
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 05 November 2025 21:14
To: Fiona McAllister <f.mcallister@example-school.org.uk>
Subject: Wednesday afternoons

Hi Mrs McAllister,

Just to let you know the garage have asked if he can do Wednesday afternoons as well as Thursdays from next week. He's keen and we're happy with it as long as school is. Could you give me a ring to talk it through? Best number for me is my mobile 07700 900789, I'm usually free after 4.

Thanks
Ali Guardian
18 Wensley Crescent
Leeds LS7 2QT
""")

add("clean", "placement_supervisor_mobile_for_pupil",
    "placement confirmation: employer supervisor's mobile and workshop address, school attendance line",
    frm="ashworth", to=[pu("Connor Kowalski", "21ckowalski")], subject="Your work placement is confirmed",
    date="2025-10-31 11:40",
    body="""Hi Connor,

Good news - your Monday placement is confirmed.

Where: Kirkstall Road Motors, Unit 6, Ashgrove Trading Estate, Kirkstall Road, Leeds LS4 2HX
When: Mondays, 8am to 4pm, starting 10 November
Supervisor: Gary Pilling (workshop foreman)

If you're ill or running late you must ring Gary directly on 07700 900731 before 8am, and ring the school attendance line on 01632 960000 (option 1) as well. Both, every time - that's part of the placement agreement you signed.

Take your logbook, overalls and safety boots on the first day. Gary will do your health and safety induction and show you where to leave your bag.

I'll come out to visit you in your third week.

Mrs Ashworth
Work Placements & Apprenticeships
Example School Vocational Centre
""")

add("clean", "rugby_tour_cardiff_coach_and_hotel",
    "rugby tour letter: coach firm and hotel numbers, match venue, prices, dates",
    frm="lloydevans", to=[JANE, ALI], subject="Sports Academy rugby tour - Cardiff, March 2026",
    date="2025-11-13 12:00", fmt="alt",
    body="""Dear Parents and Carers,

I'm delighted to confirm the details of this year's Sports Academy rugby tour to Cardiff for the U15 girls and U18 boys squads.

Dates: Friday 6 March to Sunday 8 March 2026
Departure: 06.30 from school (Park Row, Leeds LS1 4AP), arriving Cardiff early afternoon
Travel: Aire Valley Coaches (0113 496 0915)
Accommodation: Taff Quay Lodge, Cardiff (029 2018 0447) - players in rooms of three or four, staff on the same corridor
Fixtures: Saturday against Llandaff Fields RFC juniors (kick-off 11.00) and a festival on Sunday morning before we travel home

The cost is £289, which includes travel, two nights' half board, tour kit and match fees. A deposit of £50 secures a place and is due by Friday 28 November on ParentPay; the balance will be split into three instalments.

There will be a meeting for parents on Tuesday 2 December at 6pm in the Sports Hall where we'll go through the itinerary, the code of conduct and the medical forms.

If you have any questions please email me or ring the Sports Academy office on 01632 960000.

Best wishes,

Gareth Lloyd-Evans
Director of Rugby | Sports Academy
Example School
""")

add("clean", "dsl_support_services_for_carer",
    "DSL gives carer local CAMHS single point of access and a freephone support line",
    frm="dsl", to=[SAM], subject="Following our conversation this afternoon",
    date="2025-10-16 17:40",
    body="""Dear Sam,

Thank you for coming in and talking to me so openly this afternoon. I know that wasn't an easy conversation.

As promised, here are the services we talked about:

- Leeds Single Point of Access (young people's mental health): 0113 496 0300, Monday to Friday 9am-5pm. You can self-refer; mention that school is already supporting him.
- The Young People's Support Line: 0808 157 0342 (free, 24 hours, he can also text it).
- The school nurse drop-in is on Tuesdays at lunchtime in the medical room. I've asked her to look out for him.

In school, Mr Bradshaw will be his key adult and he has a time-out card from tomorrow. He knows he can come to me at any time.

If you are ever worried about his immediate safety out of hours, please call 999 or take him to A&E.

I will ring you on Monday to see how the weekend went.

Kind regards,

Catherine Hollis
Deputy Principal & Designated Safeguarding Lead
Example School
01632 960000
""")

add("clean", "ucas_personal_id_and_buzzword",
    "UCAS coordinator: pupil's 10-digit UCAS Personal ID, buzzword, deadlines",
    frm="raman", to=[pu("Zain Ahmed", "19zahmed")], subject="Your UCAS application - next steps",
    date="2025-10-01 10:18",
    body="""Hi Zain,

Your application is linked to the school now, so you're good to go. For your records:

UCAS Personal ID: 142-873-6690
School buzzword: ExSchPR2026

Please quote your Personal ID if you ever ring UCAS or a university about your application.

Next steps:
1. Finish your five choices and the education section by Friday 17 October.
2. Mr Whitaker is writing your reference - he needs your predicted grades confirmed, so check them on the Apply page.
3. Send me the final version of your personal statement by Friday 7 November, and I'll do the final check and send it off.

The equal consideration deadline is 6pm on 14 January 2026, but we really don't want anyone near that.

Ms Raman
UCAS & Careers Coordinator
""")

MOCK_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear all,</p>
<p>Your Year 11 mock exams begin on <b>Monday 1 December</b>. Your personal timetable is below. Please check your candidate number and seat, and let me know by Friday if anything is wrong.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Time</th><th>Paper</th><th>Room</th></tr>
<tr><td>Mon 01/12/2025</td><td>09:00-10:45</td><td>English Language Paper 1</td><td>Sports Hall</td></tr>
<tr><td>Mon 01/12/2025</td><td>13:15-14:45</td><td>Combined Science Biology 1H</td><td>Sports Hall</td></tr>
<tr><td>Tue 02/12/2025</td><td>09:00-10:30</td><td>Mathematics Paper 1 (non-calculator)</td><td>Sports Hall</td></tr>
<tr><td>Wed 03/12/2025</td><td>09:00-11:00</td><td>Construction Principles (Unit 1)</td><td>Vocational Centre V2</td></tr>
</table>
<p>Centre number: <b>36142</b><br>
Your candidate number is on your seating plan card and on your statement of entry (four digits, e.g. 4071).</p>
<p>Please arrive at the Sports Hall by 08:45. Clear pencil case, black pen, no smartwatches. Phones off and in bags at the back of the hall.</p>
<p>Pauline Dyson<br>Exams Officer<br>Example School | 01632 960000</p>
</body></html>
"""

add("clean", "mock_exams_candidate_numbers",
    "exams officer: centre number, candidate numbers, dates and times in a table",
    frm="exams", to=[pu("Tyler Brook", "21tbrook"), pu("Connor Kowalski", "21ckowalski"),
                     pu("Leah Firth", "21lfirth"), pu("Ibrahim Sesay", "21isesay")],
    subject="Mock exam timetable - Year 11", date="2025-11-20 14:25", fmt="alt", html=MOCK_HTML,
    body="""Dear all,

Your Year 11 mock exams begin on Monday 1 December. Your personal timetable is below. Please check your candidate number and seat, and let me know by Friday if anything is wrong.

Mon 01/12/2025  09:00-10:45  English Language Paper 1             Sports Hall
Mon 01/12/2025  13:15-14:45  Combined Science Biology 1H          Sports Hall
Tue 02/12/2025  09:00-10:30  Mathematics Paper 1 (non-calculator) Sports Hall
Wed 03/12/2025  09:00-11:00  Construction Principles (Unit 1)     Vocational Centre V2

Centre number: 36142
Your candidate number is on your seating plan card and on your statement of entry (four digits, e.g. 4071).

Please arrive at the Sports Hall by 08:45. Clear pencil case, black pen, no smartwatches. Phones off and in bags at the back of the hall.

Pauline Dyson
Exams Officer
Example School | 01632 960000
""")

add("clean", "mv_kit_bank_transfer_details",
    "finance office: school bank sort code, account number, payment reference, amount",
    frm="finance", to=[ALI], subject="Motor Vehicle Level 3 kit - paying by bank transfer",
    date="2025-09-11 11:03", cte="quoted-printable",
    body="""Dear Mr Guardian,

Thank you for your call this morning. As ParentPay won't accept the kit payment on your account at the moment, you are very welcome to pay by bank transfer instead. The school's details are:

Account name: Example School Academy Trust
Sort code: 40-47-62
Account number: 81234567
Reference: MV3-KIT-0419 (please use this exactly so we can match it)
Amount: £74.50

That covers the overalls, the safety boots voucher and the Level 3 logbook. Once the payment shows on our statement (usually within two working days) I'll let Mrs Pickersgill know so she can issue the kit.

Kind regards,

Sandra Mbeki
Finance Office
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add("clean", "y10_parents_evening_teams_ids",
    "Teams parents' evening invitation: meeting ID, passcode, dial-in conference number",
    frm="dunmore", to=[JANE], subject="Year 10 virtual parents' evening - your appointment link",
    date="2026-01-15 15:30", fmt="alt",
    body="""Dear Ms Parent,

Thank you for booking. Your appointments with her teachers are on Thursday 29 January between 16:40 and 17:35, as shown in the booking system. All of them will take place in the single Teams meeting below - teachers will join and leave your call in turn.

If you have problems connecting on the night, please ring the school office on 01632 960000 and we'll try to sort it, or we can rearrange your appointments as phone calls from school.

Kind regards,
Rachel Dunmore
Head of Year 10

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 381 554 902 117
Passcode: 6qT3vR

Or call in (audio only)
+44 20 7946 0381,,612448903#   United Kingdom, London
Phone conference ID: 612 448 903#
________________________________________________________________________________
""")

add("clean", "a_level_lit_booklist_isbns",
    "English teacher to Y12: set texts with ISBNs and prices",
    frm="kearney", to=[pu("Kemi Adeyemi", "20kadeyemi"), pu("Grace Tordoff", "20gtordoff"),
                       pu("Aaron Whiteley", "20awhiteley")],
    subject="A-level Literature - texts to buy", date="2025-09-08 13:40", cte="8bit",
    body="""Hi all,

As promised, here are the editions we'll be using this year. Please get these exact editions if you can – the page numbers matter when we're annotating in class and in the coursework references.

The Handmaid's Tale, Margaret Atwood (Vintage) – ISBN 978-0-09-974091-9, about £9.99
A Streetcar Named Desire, Tennessee Williams (Penguin Modern Classics) – ISBN 978-0-14-119027-3, about £8.99
The Duchess of Malfi, John Webster (Methuen student edition) – ISBN 978-1-4081-6016-9, about £10.99

Second-hand copies are fine as long as they're the same edition. If buying them is a problem, speak to me or Mrs McAllister privately – the sixth form bursary covers set texts, and the library has four copies of each to lend.

Read the first five chapters of Atwood for Monday 15 September.

Ms Kearney
""")

add("clean", "hr_new_starter_personal_details_staff_only",
    "HR to network manager and principal: new technician's personal e-mail, mobile, address (staff only)",
    frm="thornton", to=[st("sutcliffe")], cc=[st("entwistle")],
    subject="New starter - Motor Vehicle technician, 17 November", date="2025-11-05 10:12",
    body="""Hi Liam,

Kieran Doyle starts with us on Monday 17 November as the Motor Vehicle workshop technician (reporting to Dawn). Could you set up his network account, email and photocopier code please? He'll need access to the Vocational Centre shared drive and the workshop booking calendar.

He hasn't got a school email yet, so please send the login letter to his personal address: kieran.doyle88@gmail.com. His mobile for the MFA set-up is 07700 900598.

For the ID badge: his photo is on the single central record, and the address for the key-holder list is 9 Moor Grange View, Leeds LS16 5BQ.

Mark - copying you in as he'll be on the key-holder rota for the Saturday vocational sessions.

Thanks,
Beverley

Beverley Thornton
HR & Business Manager
Example School
""")

add("clean", "staff_christmas_drinks_at_mine",
    "vocational staff social invitation with home address and mobile, staff recipients only",
    frm="bellini", to=[st("hughes"), st("pickersgill"), st("whitfield"), st("ormerod"), st("ashworth")],
    subject="Voc centre Christmas drinks - at mine", date="2025-12-01 12:34",
    body="""Hi all,

As the restaurant is booked solid for the last two weeks of term, Christmas drinks for the Vocational Centre team will be at mine this year: Friday 12 December from 7.30.

Address is 3 Hollin Park Mount, Roundhay, LS8 2NR. Parking on the road is fine after 6. I'll do a chilli and there'll be a vegetarian one - bring whatever you're drinking.

Partners very welcome. Text me on 07700 900266 so I know numbers, or just tell me in the staffroom.

Marco
""")

ESAFETY_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<h2 style="color:#003366">Online safety update &#8211; November</h2>
<p>Dear Parents and Carers,</p>
<p>Over the last few weeks our safeguarding team has dealt with several incidents that started on social media outside school. We want to share some simple advice.</p>
<h3>Age limits</h3>
<p>Snapchat, TikTok, Instagram and Discord all have a minimum age of 13, and WhatsApp 13 in the UK. Many Year 7 and 8 pupils are already using them.</p>
<h3>Settings to check tonight</h3>
<ul>
<li><b>Snapchat:</b> turn on Ghost Mode so the Snap Map does not show your child&#8217;s location.</li>
<li><b>Instagram and TikTok:</b> set the account to private and switch off messages from people they do not follow.</li>
<li><b>WhatsApp:</b> in Privacy &gt; Groups, choose &#8220;My contacts&#8221; so strangers cannot add them to groups.</li>
<li><b>Discord:</b> turn off direct messages from server members.</li>
</ul>
<h3>Staff and social media</h3>
<p>No member of staff will ever ask your child to add them, follow them or message them on any social media or messaging app, and staff do not accept friend or follow requests from pupils or parents. School contact happens through school email, Teams and the school app only. If anyone claiming to be from school contacts your child another way, please tell us straight away.</p>
<p>If you have concerns, please contact the safeguarding team via the school office on 01632 960000 or dsl@example-school.org.uk.</p>
<p>Catherine Hollis<br>Deputy Principal &amp; Designated Safeguarding Lead</p>
</body>
</html>
"""

add("clean", "online_safety_update_names_apps",
    "e-safety update naming Snapchat, TikTok, WhatsApp, Discord; says staff will never ask to be added",
    frm="dsl", to=[JANE, SAM, ALI], subject="Online safety update - November",
    date="2025-11-14 15:05", fmt="alt", html=ESAFETY_HTML,
    body="""Online safety update - November

Dear Parents and Carers,

Over the last few weeks our safeguarding team has dealt with several incidents that started on social media outside school. We want to share some simple advice.

AGE LIMITS
Snapchat, TikTok, Instagram and Discord all have a minimum age of 13, and WhatsApp 13 in the UK. Many Year 7 and 8 pupils are already using them.

SETTINGS TO CHECK TONIGHT
- Snapchat: turn on Ghost Mode so the Snap Map does not show your child's location.
- Instagram and TikTok: set the account to private and switch off messages from people they do not follow.
- WhatsApp: in Privacy > Groups, choose "My contacts" so strangers cannot add them to groups.
- Discord: turn off direct messages from server members.

STAFF AND SOCIAL MEDIA
No member of staff will ever ask your child to add them, follow them or message them on any social media or messaging app, and staff do not accept friend or follow requests from pupils or parents. School contact happens through school email, Teams and the school app only. If anyone claiming to be from school contacts your child another way, please tell us straight away.

If you have concerns, please contact the safeguarding team via the school office on 01632 960000 or dsl@example-school.org.uk.

Catherine Hollis
Deputy Principal & Designated Safeguarding Lead
""")

add("clean", "coach_declines_to_give_number",
    "football coach refuses pupil's request for his number, points to school routes; pupil's request quoted",
    frm="nowak", to=[pu("Owen Walsh", "22owalsh")], subject="Re: training",
    date="2025-09-30 12:47",
    body="""Hi Owen,

I can't give you my personal number I'm afraid - none of the staff can, it's school rules and it's there to protect you as well as us.

If you're going to be late for training, email me on here before you leave, or ring the school office on 01632 960000 and they'll get a message to the sports hall. Or just tell Mr Campbell at lunch.

Honestly though, if the 3.20 bus is always late, ask your mum or dad to have a word with Mrs Lockwood in the Sports Academy office about the minibus drop-off list - there might be space.

Coach Nowak

On Tue, 30 Sep 2025 at 11:58, Owen Walsh <22owalsh@pupils.example-school.org.uk> wrote:
> sir can i get ur number so i can text u if im late for training, my bus is always late
> and u said we cant be late again
""")

add("clean", "away_fixture_other_school_office",
    "U14 fixture: other school's address, postcode and PE office number, minibus times",
    frm="haworth", to=[pu("Rayyan Khan", "23rkhan"), pu("Callum Hirst", "23chirst"),
                       pu("Deon Richards", "23drichards"), pu("Finley Marsh", "23fmarsh")],
    subject="U14 cup - Ravensworth away, Wednesday", date="2025-10-20 13:15",
    body="""Lads,

Cup game against Ravensworth Academy on Wednesday, away. Details:

Ravensworth Academy, Moor Lane, Leeds LS10 4ER
Kick-off 3.45pm, 2 x 35 minutes
Minibus leaves the Park Row car park at 2.50 sharp - you are released from period 5 at 2.40, I've told your teachers.
Back at school about 6.15. Make sure someone can pick you up, or you're on the late bus list.

Full kit, shin pads, AstroTurf trainers AND moulded boots (we won't know which pitch until we get there). Black socks.

If your parents need to get a message to us while we're there, their PE office is on 0113 496 0577, or our office on 01632 960000.

Mr Haworth
""")

add("clean", "forwarded_admissions_tutor_details",
    "forward of a university admissions tutor's message with her phone and e-mail, to Y13 pupil",
    frm="raman", to=[pu("Kemi Adeyemi", "20kadeyemi")], subject="Fwd: Engineering Foundation Year - your enquiry",
    date="2026-01-12 09:50",
    body="""Hi Kemi,

This came back from the admissions tutor at Exampleton after you asked about the foundation year at the open day. Really positive - have a read, and if you want to phone her yourself, her details are at the bottom. Come and see me Wednesday lunchtime and we'll talk about whether to add it as a fifth choice.

Ms Raman

---------- Forwarded message ---------
From: Hannah Ferris <h.ferris@example.org>
Date: Fri, 9 Jan 2026 at 16:22
Subject: Engineering Foundation Year - your enquiry
To: Priya Raman <p.raman@example-school.org.uk>

Dear Ms Raman,

Thank you for passing on Kemi's question. Yes, applicants with a BTEC Extended Diploma in Engineering and a grade 5 in GCSE maths are eligible for our Integrated Foundation Year, and we would welcome an application. There is no interview, but we do run an applicant day in March which she would be invited to.

Kemi is very welcome to contact me directly with any questions.

With best wishes,
Dr Hannah Ferris
Admissions Tutor, School of Engineering
University of Exampleton
Tel: 0114 496 0238 | h.ferris@example.org
""")

add("clean", "office_gives_colleagues_direct_lines",
    "reception gives parent two colleagues' school direct-dial extensions",
    frm="office", to=[ALI], subject="RE: Message for Mrs Pickersgill",
    date="2025-09-24 14:20",
    body="""Dear Mr Guardian,

Thank you for your message. Mrs Pickersgill is teaching in the workshop all afternoon, so I've put a note in her pigeonhole and emailed her.

For future reference, the Vocational Centre has its own direct line, which is usually quicker than the main switchboard: 01632 960143. For anything about the sixth form timetable, Mrs McAllister's office is on 01632 960152.

Kind regards,

Linda Marsh
Reception
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "apprenticeship_vacancy_employer_contact",
    "apprenticeship coordinator passes parent an employer's recruitment e-mail and phone",
    frm="ashworth", to=[ALI], subject="Level 3 HGV/Bus technician apprenticeship",
    date="2026-01-20 16:02", fmt="alt",
    body="""Dear Mr Guardian,

As we discussed at the sixth form consultation evening, here are the details of the apprenticeship I mentioned. I think it would suit him really well given how much he's enjoyed the placement at Harker's.

Employer: Whitecote Commercials Ltd, Stanningley
Role: Level 3 Heavy Vehicle Service and Maintenance Technician apprentice
Start: September 2026, four years, day release to college
Pay: £8.00 an hour in year 1, rising each year
Closing date: Friday 27 February 2026

They want a CV and a short covering letter sent to apprenticeships@example.com. Lisa Crowther, their early careers lead, is happy to talk to applicants or parents - she's on 0113 496 0650.

I'm running a CV drop-in on Tuesday lunchtimes in the careers room if he'd like help with it, and I'll write a reference when they ask.

Kind regards

Helen Ashworth
Work Placements & Apprenticeships Coordinator
Example School Vocational Centre
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

add("clean", "boxing_show_venue_and_tickets",
    "boxing club show: community centre address with postcode, ticket prices, times",
    frm="campbell", to=[SAM, pu("Jayden Okoro", "21jokoro"), pu("Kyle Barraclough", "22kbarraclough")],
    subject="Club show - Saturday 22 November", date="2025-11-10 12:25", fmt="alt",
    body="""Hi all,

Our first club show of the season is on Saturday 22 November.

Venue: Greenhill Community Centre, 41 Bramley Moor Road, Leeds LS13 4QT (car park round the back, overflow at the Co-op)
Doors: 6pm, first bout 6.45
Tickets: £8 adults, £4 under-16s, on the door or from the PE office this week

Boxers: weigh-in and medicals at the venue from 11.30. I'll confirm pairings by Thursday once the other clubs come back to me. Bring your medical card - no card, no bout.

We need a couple of parent volunteers for the raffle and the tuck shop. Reply to this if you can help.

Coach Campbell
Boxing Club | Example School Sports Academy
01632 960000
""")

add("clean", "senco_will_call_from_school_number",
    "SENCo warns parent her call will come from the school number or withheld",
    frm="fairclough", to=[JANE], subject="Phone call on Thursday",
    date="2025-10-07 15:18",
    body="""Dear Ms Parent,

Just to confirm I'll ring you on Thursday at about 3.30 to talk through the reading assessment results and the reader arrangements for her mocks.

Our phones usually show up as 01632 960000 or sometimes as a withheld number, so please do pick up if you see either. If the time doesn't suit any more, reply here and I'll move it.

Kind regards

Zoe Fairclough
SENCo
Example School
""")

add("clean", "fixtures_phone_school_mobile_in_sig",
    "academy match-day arrangements; signature lists school-owned match-day mobile stated as such",
    frm="nowak", to=[SAM], subject="Academy cup tie - Saturday arrangements",
    date="2026-01-28 18:10", fmt="alt",
    body="""Dear Sam,

He's been picked for the U16 academy squad for Saturday's county cup tie at home. Meet at the Sports Academy changing rooms at 9.15 for a 10.30 kick-off; he'll be finished by about 12.30.

Full academy kit - he'll be given a match shirt on the day. Parents are welcome to watch from behind the rail on the far side.

On Saturdays the office is closed, so if you need to reach us on the day please use the academy match-day phone in my signature. It's a school phone that the duty coach carries at fixtures; it isn't monitored during the week.

Thanks,

Tomasz Nowak
Football Academy Coach
Example School Sports Academy
Office: 01632 960000 (Mon-Fri)
Match-day phone (school mobile, Saturdays only): 07700 900050
""")

add("clean", "declines_pupil_instagram_follow_request",
    "hair tutor tells pupil she doesn't accept follow requests, points to the school-run department page [unsure]",
    frm="ormerod", to=[pu("Mariam Hussain", "22mhussain")], subject="Instagram",
    date="2025-12-03 16:40",
    body="""Hi Mariam,

I noticed you sent a follow request to my personal Instagram. I've declined it - please don't take it personally, staff aren't allowed to connect with students on social media, and that applies to everyone.

If you want to see the work we're doing, the department's official page is run by school (@exampleschoolhairbeauty) and you're very welcome to follow that. Anything you want to ask me, put it on Teams or email me here.

Your colour chart was excellent today, by the way.

Miss Ormerod
Hair & Beauty Tutor
""")

SALON_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:11pt">
<div style="max-width:600px">
<h2 style="color:#7a2048">Reflections Training Salon is open for bookings</h2>
<p>Dear Parents and Carers,</p>
<p>Our training salon in the Vocational Centre reopens for the winter term on <b>Tuesday 13 January</b>. All treatments are carried out by our Level 2 and Level 3 learners, supervised by qualified staff.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Wash and blow-dry</td><td>&pound;6.00</td></tr>
<tr><td>Cut and finish</td><td>&pound;10.00</td></tr>
<tr><td>Gents' clipper cut</td><td>&pound;5.00</td></tr>
<tr><td>Full set gel nails</td><td>&pound;12.00</td></tr>
<tr><td>Express facial (30 min)</td><td>&pound;8.00</td></tr>
</table>
<p>Opening times: Tuesday and Thursday 1.30pm&ndash;4pm, and Wednesday evenings 5pm&ndash;7.30pm.</p>
<p>To book, ring the salon on <b>01632 960077</b> during opening times or email <a href="mailto:salon@example-school.org.uk">salon@example-school.org.uk</a>. Please allow extra time &ndash; our learners are still learning!</p>
<p>Kerry-Ann Whitfield<br>Curriculum Lead &ndash; Hair, Beauty &amp; Barbering</p>
<p style="font-size:9pt;color:#666">Example School Vocational Centre, Park Row, Leeds LS1 4AP</p>
</div></body></html>
"""

add("clean", "training_salon_bookings_school_line",
    "training salon bookings: school salon extension and mailbox, prices",
    frm="whitfield", to=[JANE, SAM, ALI], subject="Reflections Training Salon - now taking bookings",
    date="2026-01-06 11:00", fmt="alt", html=SALON_HTML,
    body="""Reflections Training Salon is open for bookings

Dear Parents and Carers,

Our training salon in the Vocational Centre reopens for the winter term on Tuesday 13 January. All treatments are carried out by our Level 2 and Level 3 learners, supervised by qualified staff.

Wash and blow-dry         £6.00
Cut and finish            £10.00
Gents' clipper cut        £5.00
Full set gel nails        £12.00
Express facial (30 min)   £8.00

Opening times: Tuesday and Thursday 1.30pm-4pm, and Wednesday evenings 5pm-7.30pm.

To book, ring the salon on 01632 960077 during opening times or email salon@example-school.org.uk. Please allow extra time - our learners are still learning!

Kerry-Ann Whitfield
Curriculum Lead - Hair, Beauty & Barbering

Example School Vocational Centre, Park Row, Leeds LS1 4AP
""")

add("clean", "pupil_sent_own_number_teacher_declines",
    "pupil offered his own mobile; teacher asks him not to and replies only by school e-mail",
    frm="qureshi", to=[pu("Lewis Farrar", "20lfarrar")], subject="RE: resit group room",
    date="2025-11-03 12:05",
    body="""Hi Lewis,

Thanks for checking. The resit group is in M3 again from this week - the room change was only for the mocks.

One thing: please don't send staff your phone number. I know you meant well, but I can only contact you through school email or Teams, and it's better for you that your number isn't sitting in lots of inboxes. If there's ever a room change I'll email you here and put it on the Teams channel.

See you Thursday,
Mr Qureshi

From: Lewis Farrar <20lfarrar@pupils.example-school.org.uk>
Sent: 02 November 2025 19:31
To: Imran Qureshi <i.qureshi@example-school.org.uk>
Subject: resit group room

Hi sir are we still in M3 for resits or is it the hall? My number is 07700 900918 if its easier to text me when the room changes. Lewis
""")

add("clean", "school_text_service_sender_number",
    "office explains school messaging service sends texts from a provider number, not a staff phone",
    frm="office", to=[JANE, SAM, ALI], subject="Change to how we send text messages",
    date="2026-01-08 09:30",
    body="""Dear Parents and Carers,

From Monday 12 January we are moving to a new messaging service for texts about absence, late buses, fixtures and trips.

Texts will now come from 07700 900001. This number belongs to our messaging provider and is used only to send messages - replies to it are not read by anyone at school. Please save it in your phone as "Example School" so you recognise it.

If you need to reply to a message, please ring the school office on 01632 960000 or email office@example-school.org.uk.

Please make sure we have your current mobile number. You can check and update it on the school app under "My details".

Thank you,

Linda Marsh
Reception
Example School, Park Row, Leeds LS1 4AP
""")

add("clean", "volunteer_driver_dbs_third_party",
    "sports academy asks parents for their own ID/address for DBS; umbrella body's number given",
    frm="lockwood", to=[ALI, JANE], subject="Volunteer drivers for the Sports Academy - DBS checks",
    date="2025-10-02 10:45",
    body="""Dear Ali and Jane,

Thank you both so much for offering to help with driving to away fixtures this season. Before you can take any pupils, we need to complete an enhanced DBS check and see your driving licence and insurance.

What happens next:

1. You'll get an email from Yorkshire Safer Recruitment, the umbrella body we use, with a link to the online form. On the form you'll need your own address history for the last five years.
2. Bring three documents to the Sports Academy office (one photo ID, and two showing your current home address, such as a bank statement or council tax bill). I'll verify them and take copies.
3. Please also bring your driving licence and a copy of your insurance certificate showing business use.

If the online form gives you any trouble, Yorkshire Safer Recruitment's helpdesk is on 0113 496 0144.

The Sports Academy office is open 8am-4pm, Monday to Friday.

Many thanks,

Nadia Lockwood
Sports Academy Administrator
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add("clean", "shoulder_injury_physio_clinic",
    "rugby director recommends a sports injury clinic with its address and phone to parent",
    frm="lloydevans", to=[JANE], subject="Shoulder knock at Wednesday's fixture",
    date="2025-10-09 08:20", fmt="alt",
    body="""Hi Jane,

Just checking in after Wednesday. She was a bit sore when she left but full range of movement, and the first aider was happy there was nothing broken.

If it's still painful by the weekend, please do get it looked at. A lot of our players use the Far Headingley Sports Injury Clinic - 7 Monkbridge Parade, Leeds LS6 4PD, 0113 496 0862. Amara Osei there is very good with shoulders and understands the academy programme. Otherwise your GP is the place to start.

She's off contact until she's pain-free, but she can still come to training on Monday and do the strength and conditioning work.

Best,
Gareth

Gareth Lloyd-Evans
Director of Rugby | Sports Academy
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add("clean", "minibus_mobile_to_colleagues_only",
    "PE teacher gives his mobile to colleagues for fixture minibus logistics; staff only",
    frm="haworth", to=[st("campbell"), st("rowe")], cc=[st("lockwood")],
    subject="Saturday - two minibuses to Wakefield", date="2025-11-27 16:55",
    body="""Hi both,

For Saturday: I'm driving minibus 1 with the U14s, Bethany has minibus 2 with the girls, Delroy following in his car with the kit bags. Leaving the car park at 8.00, not 8.15 - they've moved kick-off forward.

Bus 2 has been making that noise again, so if it plays up on the M62, ring me on 07700 900377 and pull in at Hartshead Moor. Nadia has the breakdown cover details.

Registers and medical bags are in the Sports Academy office; I'll pick them up Friday.

Craig
""")

add("clean", "football_trial_host_family",
    "academy admin gives carer the host family's address and landline and the club welfare officer's number",
    frm="lockwood", to=[SAM], subject="Trial week at Manchester - host family details",
    date="2026-02-02 14:10", cte="8bit",
    body="""Dear Sam,

Exciting news again – everything is confirmed for his trial week with the club's academy from Sunday 15 to Friday 20 February (half term).

He'll be staying with one of the club's approved host families:
Mr and Mrs Holroyd
12 Beechfield Road, Sale M33 6GT
Home: 0161 496 0453

They've hosted academy triallists for six years and have a son the same age. They will pick him up from Manchester Piccadilly at 4pm on the Sunday.

The club's academy welfare officer is Debbie Ashton, 0161 496 0400 – she is the person to ring with any concerns during the week, day or night.

Mr Nowak will drive over on the Wednesday to watch the in-house game. Please send me the club's medical form by Friday and I'll forward it on.

Kind regards,

Nadia Lockwood
Sports Academy Administrator
Example School | 01632 960000
""")


# =====================================================================
#                     EVERYDAY SCHOOL MAIL (clean)
# =====================================================================

add("clean", "y9_maths_homework_reminder",
    "maths homework reminder to Y9 pupils",
    frm="qureshi", to=[pu("Callum Hirst", "23chirst"), pu("Poppy Sugden", "23psugden"),
                       pu("Deon Richards", "23drichards"), pu("Aisha Begum", "23abegum")],
    subject="9X3 homework - due Thursday", date="2025-10-14 15:35",
    body="""Hi 9X3,

Quick reminder that the Sparx homework on straight line graphs is due by Thursday at 8am. At the moment only 11 of you have finished it.

If you're stuck on the y = mx + c questions, use the video code on the task or come to maths clinic on Wednesday lunchtime in M5. Bookwork checks are 100% - if you don't show the working on paper, it doesn't count.

Mr Qureshi
""")

add("clean", "attendance_reply_medical_appointment",
    "attendance officer confirms an authorised absence for a hospital appointment",
    frm="attendance", to=[SAM], subject="RE: Hospital appointment Tuesday",
    date="2025-09-29 08:52",
    body="""Dear Sam,

Thank you for letting us know in advance. I've recorded Tuesday morning as a medical appointment (authorised). Please send him in with the appointment letter or a photo of it when he comes back, and ask him to sign in at reception if he arrives after 8.45.

Kind regards,
Janet Oyelaran
Attendance Officer
Example School

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 28 September 2025 21:10
To: Attendance <attendance@example-school.org.uk>
Subject: Hospital appointment Tuesday

Hi, he has an orthodontist appointment at the LGI on Tuesday at 9.40 so will be in after break. Thanks Sam
""")

add("clean", "principal_newsletter_autumn",
    "principal's half-termly newsletter to parents (rugby, catering, sixth form open evening)",
    frm="entwistle", to=[JANE, SAM, ALI], subject="Example School newsletter - October half term",
    date="2025-10-24 14:00", fmt="alt", cte="quoted-printable",
    body="""Dear Parents and Carers,

What a half term it has been. Thank you for your support as we welcomed 312 new Year 7 pupils and our biggest ever sixth form.

SPORTS ACADEMY
Our U18 rugby side are through to the last sixteen of the national schools cup after a 27-12 win away at Harrogate, and the U15 girls won their first county fixture. Boxing club has grown to over forty members and held its first inter-house bouts in the Sports Hall. Well done to everyone who took part, and thank you to the parents who drove to away fixtures.

VOCATIONAL CENTRE
Park Row Kitchen, our training restaurant run by the Level 3 catering learners, reopened in October and has had excellent feedback from its first diners. Our construction learners finished the new planters and benches for the Year 7 courtyard, and five motor vehicle learners started employer placements across Leeds.

SIXTH FORM
Our sixth form open evening is on Thursday 13 November, 5.30-7.30pm. Current Year 11 pupils and their families are very welcome to come and look round, talk to staff and find out about A-levels, vocational courses and apprenticeships. Year 13 students have been working hard on their university and apprenticeship applications; a record number have applied for degree apprenticeships this year.

DATES FOR YOUR DIARY
Monday 3 November - school reopens for all pupils
Thursday 13 November - Sixth form open evening
Friday 21 November - INSET day (school closed to pupils)
Thursday 4 December - Winter concert, 6.30pm

Finally, a reminder that pupils should be in school by 8.40. Punctuality has slipped a little in the last few weeks and we'd really appreciate your help.

Have a restful half term.

Mark Entwistle
Principal
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

add("clean", "cover_request_thursday_p3",
    "teacher asks cover desk for cover for a hospital appointment; staff only",
    frm="greaves", to=[st("cover")], subject="Cover Thurs P3 - 10Sc2",
    date="2025-11-18 07:42",
    body="""Morning,

I have a hospital appointment on Thursday so need cover for P3 (10Sc2, S6). Work is set on Teams - they're finishing the electrolysis practical write-up, no practical work so a non-specialist is fine. Seating plan is on the desk.

I'll be back for P5.

Thanks,
Nathan
""")

add("clean", "construction_site_visit_ppe",
    "construction head reminds Y11 pupils about PPE and timings for a site visit",
    frm="hughes", to=[pu("Tyler Brook", "21tbrook"), pu("Jayden Okoro", "21jokoro"),
                      pu("Leah Firth", "21lfirth"), pu("Ibrahim Sesay", "21isesay")],
    subject="Site visit Wednesday - PPE", date="2025-10-13 12:10",
    body="""Right then,

Wednesday's visit to the Aireside Homes development in Hunslet is on. Coach leaves from outside the Vocational Centre at 9.00 and we'll be back for lunch.

You MUST have:
- safety boots (steel or composite toecaps)
- long trousers, no ripped jeans
- your own hi-vis if you've got one (the site will lend hard hats and glasses)

No boots, no visit - the site manager was very clear about that. If you haven't got boots, come and see me tomorrow and we'll sort a pair from the store.

You'll see brickwork, first fix carpentry and a roof going on. Bring your booklet and a pen; there's a question sheet to fill in for Unit 2.

Mr Hughes
Head of Construction
""")

add("clean", "mv_coursework_deadline_reply",
    "MV lecturer replies to a pupil about a unit assignment deadline, quoted question",
    frm="pickersgill", to=[pu("Connor Kowalski", "21ckowalski")], subject="RE: braking systems assignment",
    date="2025-11-25 10:05", fmt="alt",
    body="""Hi Connor,

Yes, you can hand in the braking systems assignment next Monday instead of Friday as you were off for the placement day. But that's the final date - I need to internally verify it before Christmas.

Make sure you include the photos of the disc and pad inspection from the workshop session, labelled, and finish Task 3 (the comparison of drum and disc brakes). At the moment Task 3 is three lines long and needs to be a proper page.

Mrs Pickersgill

From: Connor Kowalski <21ckowalski@pupils.example-school.org.uk>
Sent: 24 November 2025 21:48
To: Dawn Pickersgill <d.pickersgill@example-school.org.uk>
Subject: braking systems assignment

miss can i hand it in monday as i was at placement on thursday and missed the lesson
""")

HB_PDF = make_pdf([
    "Example School Vocational Centre",
    "Level 1/2 Hair and Beauty: learner kit list",
    "",
    "Black tunic (ordered through school, GBP 18)",
    "Black trousers, flat black closed-toe shoes",
    "Hair up, no nail extensions in practical sessions",
    "Starter kit: combs, sectioning clips, brushes, cape (GBP 35)",
    "Towels: two dark towels, washed each week",
    "Practical folder and portfolio (provided)",
])

add("clean", "hair_beauty_kit_letter_attached",
    "hair & beauty kit list letter to parent with PDF, ParentPay payment",
    frm="whitfield", to=[JANE], subject="Hair and Beauty kit list",
    date="2025-09-05 13:20",
    attach=[("Hair and Beauty kit list 2025-26.pdf", "application", "pdf", HB_PDF)],
    body="""Dear Ms Parent,

Welcome to Hair and Beauty! Your daughter has made a great start in her first two sessions.

Please find attached the kit list for this year. The tunic and starter kit can be paid for on ParentPay (£53 in total); we'll give them out in lessons once payment is through. If cost is a concern, please get in touch and we can help.

Practical sessions are on Tuesday and Friday afternoons in the salon, so those are the days she'll need her kit and towels.

Kind regards,

Kerry-Ann Whitfield
Curriculum Lead - Hair, Beauty & Barbering
Example School Vocational Centre | 01632 960000
""")

add("clean", "catering_whites_and_hygiene",
    "chef lecturer reminds Y10 catering pupils about whites, hair, jewellery and knife kits",
    frm="bellini", to=[pu("Ellie Greenwood", "22egreenwood"), pu("Jamal Mensah", "22jmensah"),
                       pu("Harvey Pollard", "22hpollard"), pu("Sophie Illingworth", "22sillingworth")],
    subject="Kitchen tomorrow – whites, hair, jewellery", date="2025-10-08 15:20", cte="8bit",
    body="""Afternoon chefs,

A few of you were turned away from the kitchen today, so here's the list again for tomorrow's practical (pastry – we're making a quiche lorraine and a fruit tart).

• Clean whites, ironed, name on the collar
• Hair tied back and under the hat. Beards… you know who you are
• No jewellery except a plain band. No nail varnish
• Safety shoes, not trainers
• Your knife kit comes to me at the start and goes back in the locker at the end – never in your bag

Ingredients are provided this week. Next week it's your own, the list is on Teams.

Chef Bellini
Catering & Hospitality
""")

add("clean", "ucas_references_tutor_request",
    "UCAS coordinator asks sixth form tutors for references by a deadline; staff only",
    frm="raman", to=[st("whitaker"), "Sixth Form Tutors <sixthformtutors@example-school.org.uk>"],
    subject="UCAS references - deadline Friday 31 October", date="2025-10-06 08:15",
    body="""Morning all,

A reminder that tutor references for the main batch of UCAS applications are due by Friday 31 October. 38 students have now sent their applications to referees, so they should be sitting in your UCAS adviser portal.

Please:
- use the three-section structure (school context is already filled in, so you only need sections 2 and 3)
- check predicted grades against the tracker before you submit - we had two mismatches last year
- flag any extenuating circumstances to me rather than putting detail in without the student's consent

If you're snowed under, tell me now rather than on the 30th and I'll help.

Thanks,
Priya
""")

REPORT_PDF = make_pdf([
    "Example School - Year 10 Interim Report, Autumn 2025",
    "Pupil: Example Pupil One    Tutor group: 10RD",
    "",
    "Attendance this term: 97.1%",
    "English        Working at 5   Effort: Good",
    "Maths          Working at 6   Effort: Excellent",
    "Science        Working at 5   Effort: Good",
    "Hair & Beauty  Merit          Effort: Excellent",
    "Geography      Working at 5   Effort: Good",
    "",
    "Tutor comment: a positive and settled start to Year 10.",
])

add("clean", "y10_interim_report_home",
    "head of year sends the Y10 interim report PDF to parent",
    frm="dunmore", to=[JANE], subject="Year 10 interim report – autumn term",
    date="2025-12-10 16:15", fmt="alt",
    attach=[("Y10 interim report - Example Pupil One.pdf", "application", "pdf", REPORT_PDF)],
    body="""Dear Ms Parent,

Please find attached your daughter's Year 10 interim report for the autumn term.

The report shows her current working-at grade in each subject, an effort grade, and her attendance so far this year. A guide to the grades is on the second page of the reports section of the school website.

She has had a very positive start to Year 10, and her effort grades are among the strongest in the year group. Her teachers will talk through the report with you in more detail at the Year 10 parents' evening on Thursday 29 January; booking opens on 12 January.

Kind regards,

Rachel Dunmore
Head of Year 10
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add("clean", "voc_centre_team_meeting_notes",
    "construction head's notes from the vocational centre team meeting; staff only",
    frm="hughes", to=[st("pickersgill"), st("whitfield"), st("ormerod"), st("bellini"), st("ashworth")],
    subject="Voc Centre team meeting - notes 4 Nov", date="2025-11-04 17:30",
    body="""Hi all,

Notes from tonight, shout if I've missed anything.

1. Health and safety
- Workshop fire door (MV side) still sticking. Estates have it on the list for half term; until then it stays propped with the magnet release, not a wedge. Dawn chasing.
- COSHH sheets for the salon need re-doing with the new colour range. Kerry-Ann by 21 Nov.

2. Learner numbers
- Level 2 catering down to 11 after two transfers to the college. Marco to speak to Fiona about the Year 11 taster day so we can recruit for next year.
- Level 3 MV full (16). Waiting list of 4.

3. Placements and apprenticeships
- Helen: 23 learners on employer placements, 3 still to place (all construction). Any contacts, send them her way.
- Employer breakfast moved to Thursday 27 November, 7.45am, Park Row Kitchen. Marco's team cooking.

4. Internal verification
- IV window for the first assignments is 24 Nov - 5 Dec. Sample plans to me by Friday.

5. AOB
- Jade raised the printer in V3 again. I've logged it with IT (again).

Next meeting Tuesday 2 December.

Rhys
""")

add("clean", "y11_theatre_trip_letter",
    "head of year's trip letter to carer for a Y11 theatre trip with cost and consent",
    frm="bradshaw", to=[SAM], subject="Year 11 theatre trip - An Inspector Calls",
    date="2025-09-18 12:40", fmt="alt",
    body="""Dear Sam,

As part of their GCSE English Literature course, Year 11 have the chance to see a live production of An Inspector Calls at the City Theatre on Wednesday 15 October (evening performance).

We will leave school at 6.00pm on foot (the theatre is a ten-minute walk) and return to school by 10.00pm, where pupils must be collected by a parent or carer. Pupils can stay in school after lessons; we'll provide pizza in the canteen from 3.30 for £2.

The cost of the ticket is £12, payable on ParentPay by Friday 3 October. Please give consent on the school app at the same time. Places are limited to 90, on a first come, first served basis.

Seeing the play performed makes a real difference to how pupils write about it in the exam, so we'd love as many to come as possible.

Best wishes,

Owen Bradshaw
Head of Year 11
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""")

add("clean", "sixth_form_missed_supervised_study",
    "sixth form tutor tells parent about missed study sessions and a catch-up",
    frm="whitaker", to=[ALI], subject="Supervised study - missed sessions",
    date="2025-10-22 15:10",
    body="""Dear Mr Guardian,

I wanted to let you know that he has missed three supervised study sessions in the last fortnight (Monday P4 twice and Wednesday P2). I've spoken to him and I don't think anything is wrong - he says he has been in the workshop finishing his MV practical, which Mrs Pickersgill has confirmed for one of the sessions.

Even so, supervised study is compulsory for Year 13 and it's where we expect the UCAS and apprenticeship application work to get done. He'll make up the time on Thursday after school, 3.15-4.15 in the sixth form study centre.

I'm not worried, but I'd rather you heard it from me. Please do get in touch if you'd like to talk.

Kind regards,

Daniel Whitaker
Sixth Form Tutor, 13DW
Example School
""")

add("clean", "praise_email_science",
    "science teacher sends parent a short praise message",
    frm="greaves", to=[JANE], subject="Some good news",
    date="2025-11-21 15:50",
    body="""Dear Ms Parent,

Just a quick note to say how impressed I've been with your daughter in science this week. She led her group through the rates of reaction practical brilliantly, kept the others on task, and her write-up was one of the best in the class. I've given her a gold postcard and 5 achievement points.

Please pass on a well done from me!

Best wishes,
Nathan Greaves
Teacher of Science
""")

add("clean", "girls_football_training_changes",
    "girls' football coach sends revised training times for winter to pupils",
    frm="rowe", to=[pu("Ellie Greenwood", "22egreenwood"), pu("Amber Nolan", "22anolan"),
                    pu("Poppy Sugden", "23psugden"), pu("Mia Zielinska", "22mzielinska")],
    subject="Winter training times - girls' academy", date="2025-11-03 11:20", fmt="alt",
    html_style="gmail",
    body="""Hi girls,

From this week until February half term we're moving inside when it's dark:

Monday 3.15-4.30 - Sports Hall (futsal)
Wednesday 3.15-4.45 - 3G pitch under the floodlights
Friday - no training, strength and conditioning in the gym at lunch (optional but it'll help)

Fixtures are on the Sports Academy Teams page. We've got the league game against Allerton Grange Saturday week, squad out on Thursday.

Bring a water bottle and indoor trainers for Mondays - no studs on the Sports Hall floor.

Miss Rowe
Girls' Football Coach
""")

add("clean", "y13_progress_review_day_slots",
    "head of sixth form gives Y13 pupils their progress review day slots",
    frm="mcallister", to=[pu("Zain Ahmed", "19zahmed"), pu("Hollie Daly", "19hdaly"),
                          pu("Maryam Butt", "19mbutt"), pu("Reece Whitworth", "19rwhitworth")],
    subject="Year 13 progress review day - Thursday 20 November", date="2025-11-12 09:05",
    body="""Dear all,

On Thursday 20 November normal lessons for Year 13 are suspended for progress review day. You only need to be in school for your review slot and your supervised study sessions.

Your slots (with your tutor, in the sixth form centre):
Zain - 9.20
Hollie - 10.40
Maryam - 11.00
Reece - 13.30

Please bring your planner, your predicted grades, and a draft of your next steps - whether that's UCAS, an apprenticeship application or employment. Parents are welcome to come to the review; let your tutor know in advance.

Mrs McAllister
Head of Sixth Form
""")

add("clean", "senco_access_arrangements_staff",
    "SENCo tells teachers about access arrangements for the Y11 mocks; staff only",
    frm="fairclough", to=["Year 11 Teachers <y11teachers@example-school.org.uk>"], cc=[st("exams")],
    subject="Access arrangements for Y11 mocks", date="2025-11-19 13:30",
    body="""Hi all,

Ahead of the mocks, the access arrangements list for Year 11 has been updated and is on the SEND drive (Access Arrangements > 2025-26 > Y11 mocks).

Key changes since the summer:
- 6 more students now have 25% extra time.
- 3 students have a reader (human or computer reader - see the list).
- 2 students will sit in the small room (S2) rather than the hall.

Please use the same arrangements in your end-of-topic tests in class, as the exam board need to see it is their "normal way of working". If you think a student should be assessed who isn't on the list, let me know by the end of next week.

Thanks,
Zoe
SENCo
""")

IT_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hi all,</p>
<p>As part of our cyber security review, <b>all staff passwords will expire at 7am on Monday 5 January 2026</b>. You will be asked to set a new one the first time you log in.</p>
<p>New passwords must:</p>
<ul>
<li>be at least 14 characters long (three random words work well, e.g. <i>CoffeeRiverLadder</i>)</li>
<li>not be one you have used before at school</li>
<li>not be used for any other account</li>
</ul>
<p>If you haven&#8217;t set up multi-factor authentication on the Authenticator app yet, please do this before the end of term &#8211; come and see us in the IT office (B14) if you need a hand.</p>
<p>We will <b>never</b> ask you for your password by email or phone.</p>
<p>Liam Sutcliffe<br>Network Manager<br>IT Support &#8211; ext. 2200 / itsupport@example-school.org.uk</p>
</body></html>
"""

add("clean", "it_password_expiry_all_staff",
    "network manager's HTML-only password expiry notice to all staff",
    frm="sutcliffe", to=["All Staff <allstaff@example-school.org.uk>"],
    subject="Password reset – Monday 5 January", date="2025-12-15 12:00", fmt="html", html=IT_HTML)

add("clean", "lost_property_hoodie",
    "reception tells carer a named hoodie is in lost property",
    frm="office", to=[SAM], subject="Lost property",
    date="2025-10-03 11:25",
    body="""Dear Sam,

A black boxing club hoodie with his name on the label was handed in to reception this morning. He can collect it from the main office at break or lunch.

Kind regards,
Linda Marsh
Reception, Example School
01632 960000
""")

add("clean", "inset_day_reminder",
    "principal's short reminder to parents about the INSET day",
    frm="entwistle", to=[JANE, SAM, ALI], subject="Reminder: INSET day Friday 21 November",
    date="2025-11-17 13:00",
    body="""Dear Parents and Carers,

A reminder that Friday 21 November is a staff training day and school will be closed to all pupils.

Year 12 and 13 students on employer placements on Fridays should still attend their placement as normal. Apprentices on day release are unaffected.

The canteen will be closed, so free school meal vouchers for that day will be issued on Thursday.

Thank you,

Mark Entwistle
Principal
""")

add("clean", "essay_feedback_to_pupil",
    "English teacher gives feedback on a Y12 essay draft",
    frm="kearney", to=[pu("Grace Tordoff", "20gtordoff")], subject="Your Handmaid's Tale essay",
    date="2025-11-05 19:05", cte="quoted-printable",
    body="""Hi Grace,

I've marked your essay on the role of memory in The Handmaid's Tale - comments are on the document in Teams, but here's the summary.

What went well: your paragraph on the Historical Notes is genuinely original. The idea that the epilogue "re-silences" Offred is exactly the kind of argument that gets top band marks, and you back it up with the right quotations.

Even better if: your introduction spends too long on Atwood's biography and doesn't give me your argument until the second paragraph. Start with your line of argument. Also, AO5 - you need to bring in at least one critical view and actually engage with it, not just drop in a quote.

Current mark: 19/25, which is a solid B. Two changes could easily take it to an A.

Redraft due Friday 14 November.

Ms Kearney
""")

add("clean", "practical_writeup_extension",
    "two-line reply granting a pupil an extension",
    frm="greaves", to=[pu("Aisha Begum", "23abegum")], subject="RE: practical write up",
    date="2025-11-26 16:02",
    body="""Hi Aisha, that's fine - hand it in next Wednesday instead. Hope your nan is feeling better.

Mr Greaves
""")

add("clean", "apprenticeship_and_careers_fair",
    "careers fair notice to Y13 pupils: employers, universities, booking sessions",
    frm="ashworth", to=[pu("Reece Whitworth", "19rwhitworth"), pu("Josh Mensah", "20jmensah"),
                        pu("Zain Ahmed", "19zahmed"), pu("Hollie Daly", "19hdaly")],
    subject="Futures Fair - Thursday 5 February", date="2026-01-26 10:00", fmt="alt",
    body="""Hi all,

Our Futures Fair is on Thursday 5 February in the Sports Hall, periods 3-5. It's compulsory for Year 13 and it's well worth it.

This year we have:
- 14 employers offering apprenticeships, including construction firms, two bus and coach operators, an engineering firm, a hotel group and the NHS trust
- 9 universities, including three offering degree apprenticeships
- the armed forces, the police and the local college

Before the day, look at the list on the careers Teams page and pick three stands you definitely want to visit. Bring a copy of your CV - some employers are shortlisting from the fair.

There are also two workshops you can book through Teams: "Writing an apprenticeship application" (P3) and "Student finance explained" (P5).

Mrs Ashworth
Work Placements & Apprenticeships Coordinator
""")

add("clean", "rugby_squad_selection",
    "rugby director announces the squad for a cup match to pupils",
    frm="lloydevans", to=[pu("Reece Whitworth", "19rwhitworth"), pu("Josh Mensah", "20jmensah"),
                          pu("Ethan Rhodes", "20erhodes"), pu("Aaron Whiteley", "20awhiteley")],
    subject="U18 squad - cup round of 16", date="2025-11-24 13:05",
    body="""Squad for Wednesday's cup game at home v Ampleforth Road is up on the Sports Academy board and on Teams.

Well done to those selected. Those who haven't been picked this time - keep going, the squad changes week to week and I've been impressed with your training.

Meet in the changing rooms 1.30, warm-up 2.00, kick off 2.30. Clean kit, gum shields, taped fingers if you need them. Parents welcome - the bar will be open for hot drinks.

Mr Lloyd-Evans
""")

add("clean", "boxing_club_cancelled",
    "short notice that boxing club is cancelled this week",
    frm="campbell", to=[SAM, pu("Jayden Okoro", "21jokoro"), pu("Kyle Barraclough", "22kbarraclough")],
    subject="No boxing club Thursday", date="2025-12-08 10:15",
    body="""Hi all, no boxing club this Thursday - the Sports Hall is being used for the winter concert rehearsal. Back as normal next week. Skip and shadow at home!

Coach Campbell
""")

add("clean", "duty_rota_change_staff",
    "assistant principal announces a change to the lunchtime duty rota; staff only",
    frm="kettlewell", to=["All Staff <allstaff@example-school.org.uk>"],
    subject="Duty rota from Monday 10 November", date="2025-11-06 16:20",
    body="""Dear colleagues,

A couple of changes to the duty rota from Monday, mainly because of the new lunch sitting for Years 10 and 11.

- Vocational Centre corridor and the courtyard become one duty (12.40-1.20). Rhys and Marco alternate weeks.
- The 3G pitch duty now starts at 12.50 rather than 12.40.
- Bus duty: Craig and Bethany swap Tuesdays and Thursdays because of fixtures.

The updated rota is pinned in the staffroom and on the staff Teams channel. If you can't do your new slot, swap with someone and let me know - please don't just not turn up, we had two gaps last week.

Thank you,
Paul Kettlewell
Assistant Principal, Behaviour & Attendance
""")

WEX_PDF = make_pdf([
    "Example School - Year 10 Work Experience, 22-26 June 2026",
    "Placement details form",
    "",
    "Pupil name:                       Tutor group:",
    "Employer name:",
    "Employer address:",
    "Contact at employer:",
    "Job role / department:",
    "Hours:",
    "",
    "Parent/carer signature:                       Date:",
    "Return to Mrs Ashworth by Friday 13 February 2026.",
])

add("clean", "y10_work_experience_form",
    "Y10 work experience placement form sent to parent, return date",
    frm="ashworth", to=[JANE], subject="Year 10 work experience - placement form",
    date="2026-01-21 12:30",
    attach=[("Y10 work experience form.pdf", "application", "pdf", WEX_PDF)],
    body="""Dear Ms Parent,

Year 10 work experience week is 22-26 June 2026. Pupils can either find their own placement (which we then check and approve) or choose from the list of employers we work with, which she will see in her careers lesson next week.

If she has an idea of her own - she mentioned a salon near home - please fill in the attached form with the employer and return it by Friday 13 February so we have time to carry out the health and safety checks.

Kind regards

Helen Ashworth
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

add("clean", "uniform_query_reply",
    "head of year answers a carer's uniform question, quoted",
    frm="bradshaw", to=[SAM], subject="Re: Trousers",
    date="2025-09-09 17:40",
    body="""Hi Sam,

Plain black tailored trousers from any shop are absolutely fine - they don't need the logo. What we don't allow are skinny/stretch jeggings or anything with zips or rivets on the outside, which is why he was spoken to.

If you're struggling to get hold of some, we have a few pairs in the second-hand uniform cupboard - he can come and see me and I'll find his size.

Owen Bradshaw
Head of Year 11

On Mon, 8 Sep 2025 at 20:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Bradshaw, he got told off about his trousers today. Do they have to be the ones
> from the uniform shop? They were £28 and he's grown out of them already.
> Sam
""")

add("clean", "epq_deadline_reminder",
    "sixth form tutor reminds Y13 EPQ students of a production log deadline",
    frm="whitaker", to=[pu("Maryam Butt", "19mbutt"), pu("Reece Whitworth", "19rwhitworth")],
    subject="EPQ - mid-project review", date="2025-12-02 12:15",
    body="""Hi both,

Mid-project review forms and the updated production log are due this Friday. I need:

1. Your production log completed up to the mid-project review section.
2. A draft of at least 2,000 words (Maryam - you're well past that; Reece - let's talk if you're not).
3. Your source evaluation table with at least eight sources.

Book a 15-minute slot with me on Thursday if you'd like to talk it through first.

Mr Whitaker
""")

SOE_PDF = make_pdf([
    "Example School - Centre 36142",
    "Statement of Entry - Summer 2026 (provisional)",
    "Candidate: Connor Kowalski   Candidate number: 4118",
    "",
    "GCSE English Language        8700   Higher/Foundation: n/a",
    "GCSE Mathematics             8300F  Foundation",
    "GCSE Combined Science        8464F  Foundation",
    "Technical Award Construction        Level 1/2",
    "Technical Award Motor Vehicle       Level 1/2",
    "",
    "Check your name, date of birth and entries. Report errors by 6 March.",
])

add("clean", "statement_of_entry_check",
    "exams officer asks pupil to check his provisional statement of entry (PDF)",
    frm="exams", to=[pu("Connor Kowalski", "21ckowalski")], subject="Please check your statement of entry",
    date="2026-02-24 10:40",
    attach=[("Statement of entry - 4118.pdf", "application", "pdf", SOE_PDF)],
    body="""Dear Connor,

Attached is your provisional statement of entry for the summer exams. Please check carefully:

- your name is spelled exactly as you want it on your certificates
- your date of birth is correct
- you are entered for the right tier (Foundation or Higher) in maths and science

If anything is wrong, come to the exams office (next to reception) by Friday 6 March. After that date changes may cost a late entry fee.

Pauline Dyson
Exams Officer
""")


# =====================================================================
#                               BUILD
# =====================================================================

def build(m):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = st(m["frm"])
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = date_hdr(m["date"], m["slug"])
    msg["Message-ID"] = msgid(m["slug"])
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    fmt, cte = m["fmt"], m["cte"]
    if fmt == "custom":
        m["builder"](msg, m)
    elif fmt == "plain":
        msg.set_content(m["body"], cte=cte)
    elif fmt == "html":
        msg.set_content(m["html"], subtype="html", cte=cte)
    elif fmt == "alt":
        msg.set_content(m["body"], cte=cte)
        html = m["html"] or to_html(m["body"], m["html_style"])
        msg.add_alternative(html, subtype="html",
                            cte=cte if cte in ("quoted-printable", "base64") else None)
    else:
        raise ValueError(fmt)
    for fname, maintype, subtype, data in m["attach"]:
        if isinstance(data, str):
            params = {"method": "REQUEST"} if subtype == "calendar" else None
            msg.add_attachment(data, subtype=subtype, filename=fname, params=params)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    tag = hashlib.sha1(m["slug"].encode()).hexdigest()[:12]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_r19p_{tag}_{i}")
            i += 1
    return msg


def readme(rows):
    nflag = sum(1 for r in rows if r["expected"] == "flag")
    nclean = len(rows) - nflag
    return f"""# Round 19 hold-out: personal-address-to-parent

**Blind test data. Never use these files for tuning rules or code.** They were written
without looking at mailguard's rules, code, tests or documentation, so that they measure
how the filter does on mail nobody tuned it on. If a case fails, fix the filter in
general terms; do not add a special case for the message.

## What it is

{len(rows)} complete RFC 5322 messages sent by staff of a fictional large 11-18 academy
(vocational centre with construction, motor vehicle, hair/beauty/barbering and catering;
apprenticeships and employer placements; a sports academy with rugby, football and a boxing
club; staff who coach weekend clubs; a busy sixth form applying to universities), labelled
against the policy: staff must never use a personal device or personal e-mail to
communicate with pupils or parents, must not give pupils or parents their personal phone
number, home address or personal e-mail, and must not add pupils or parents on social media.

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is `flag` or
`clean`; `sender` is the staff envelope sender; `recipients` are the To and Cc addresses;
judgement calls are marked `[unsure]` in the note.

| expected | count |
|----------|------:|
| flag     | {nflag:>5} |
| clean    | {nclean:>5} |
| total    | {len(rows):>5} |

Of the clean messages, 30 are ordinary everyday school mail and 30 are hard negatives.

## How it was made / regenerating

Written by hand as a Python 3.11 stdlib script, `../make_round19_personal.py`. Run

    python3 tests/holdout/round19/make_round19_personal.py

It rewrites every `.eml`, `labels.csv` and this README. Output is deterministic (fixed
dates, Message-IDs and MIME boundaries), so a re-run gives byte-identical files.
All people, addresses and numbers are invented; phone numbers are in Ofcom drama ranges;
third-party organisations use example.com/.org/.net.

## Kinds of case

Flag (staff to a parent or pupil, giving out their own details):
- personal mobile in many forms: hyphens, dots, no spaces, 0044 and +44 (0), bracketed
  home landline, in an HTML signature with `&nbsp;`, split over a line break (and a
  quoted-printable soft break), in a base64 body, in a vCard, in an .ics description
- personal e-mail: gmail in the body, a family domain in the signature, Reply-To set to
  hotmail, personal iCloud address on Cc
- home address with postcode ("drop him at mine")
- private channels: Snapchat, WhatsApp group link, Instagram DMs, Facebook friend request,
  Discord server, Signal

Clean, everyday: homework, attendance, newsletter, cover, site visit PPE, kit lists,
reports, meeting notes, trips, praise, fixtures and training, UCAS and EPQ admin, exam
entries, uniform, INSET, IT notices.

Clean, hard negatives: school trip and match-day phones stated as school-owned; school
number, direct lines, salon line and SMS sender number; parent's own number or address
read back or quoted; pupil's own number quoted while the teacher declines; employer
supervisor, coach firm, hotel, clinic, helplines, other school, university tutor, host
family and DBS umbrella body details; UCAS Personal ID, candidate/centre numbers, ISBNs,
sort code and account number, Teams meeting ID and dial-in; venue postcodes; staff-only
mail with personal details (HR new starter, staff social, minibus logistics); e-safety
advice naming apps; staff refusing to give their number or accept a follow request.
"""


def main():
    assert len(MESSAGES) == 80, len(MESSAGES)
    order = list(range(len(MESSAGES)))
    random.Random(1919).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        msg = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        rcpts = []
        for h in ("To", "Cc"):
            if msg[h] is not None:
                rcpts += [a.addr_spec for a in msg[h].addresses]
        rows.append({"file": fname, "expected": m["label"],
                     "sender": msg["From"].addresses[0].addr_spec,
                     "recipients": " ".join(rcpts), "note": m["note"]})
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["file", "expected", "sender", "recipients", "note"],
                       lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(readme(rows))
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
