#!/usr/bin/env python3
"""Round 17 blind hold-out corpus: personal-address-to-parent.

Deterministic: fixed dates, Message-IDs and MIME boundaries.  Python 3.11 stdlib only.
Writes .eml files + labels.csv into ./personal-address-to-parent/ next to this script.
"""
import csv
import datetime as dt
import html as htmlmod
import os
import random
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as DEFAULT
from email.utils import format_datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "personal-address-to-parent")
D = "example-school.org.uk"
P = "pupils.example-school.org.uk"
JANE, SAM, ALI = "jane.parent@gmail.com", "sam.carer@outlook.com", "ali.guardian@btinternet.com"
SCHOOL = "Example School, Park Row, Leeds LS1 4AP"

STAFF = {
    "qureshi": ("Farah Qureshi", f"f.qureshi@{D}", "Head of Year 9"),
    "nowak": ("Tomasz Nowak", f"t.nowak@{D}", "Head of Outdoor Education"),
    "sandhu": ("Harpreet Sandhu", f"h.sandhu@{D}", "Teacher of the Deaf, Hearing Support Base"),
    "okafor": ("Daniel Okafor", f"d.okafor@{D}", "Teacher of PE"),
    "wisniewska": ("Joanna Wiśniewska", f"j.wisniewska@{D}", "EAL Coordinator"),
    "dsl": ("Imran Hussain", f"dsl@{D}", "Deputy Headteacher, Designated Safeguarding Lead"),
    "office": ("Claire Pemberton", f"office@{D}", "Office Manager"),
    "attendance": ("Gurpreet Bains", f"attendance@{D}", "Attendance Officer"),
    "brennan": ("Liam Brennan", f"l.brennan@{D}", "Teacher of Science"),
    "rahman": ("Aisha Rahman", f"a.rahman@{D}", "Teacher of English"),
    "price": ("Gareth Price", f"g.price@{D}", "Head of Maths"),
    "ashworth": ("Rachel Ashworth", f"r.ashworth@{D}", "BSL Interpreter / Communication Support"),
    "kowalczyk": ("Marek Kowalczyk", f"m.kowalczyk@{D}", "Teacher of Geography, DofE Manager"),
    "begum": ("Nadia Begum", f"n.begum@{D}", "SENCo"),
    "thwaite": ("Simon Thwaite", f"s.thwaite@{D}", "Head of Sixth Form"),
    "popescu": ("Elena Popescu", f"e.popescu@{D}", "Teacher of Music"),
    "head": ("Sarah Whitfield", f"head@{D}", "Headteacher"),
    "exams": ("Kevin Doyle", f"exams@{D}", "Exams Officer"),
    "gill": ("Jaswinder Gill", f"j.gill@{D}", "Teacher of Computing"),
    "osei": ("Abena Osei", f"a.osei@{D}", "Pastoral Manager, Year 7"),
    "hr": ("Lorraine Cartwright", f"hr@{D}", "HR and Finance Officer"),
}


def sig(key, style=0):
    name, mail, role = STAFF[key]
    if style == 0:
        return f"\n\n{name}\n{role}\n{SCHOOL}\nTel: 01632 960000\n"
    if style == 1:
        return f"\n\nKind regards,\n{name}\n{role}\nExample School | 01632 960000 | {mail}\n"
    if style == 2:
        return f"\n\nThanks\n{name.split()[0]}\n"
    if style == 3:
        return (f"\n\n--\n{name} | {role}\nExample School, Park Row, Leeds LS1 4AP\n"
                f"T 01632 960000  E {mail}\nPlease do not print this e-mail unless you really need to.\n")
    return f"\n\n{name}\n"


def auto_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.lstrip().startswith(">"):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ")) for l in p.split("\n"))
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


MSGS = []


def m(label, slug, who, to, subject, body, note, cc=(), fmt="plain", cte=None, html=None,
      att=(), reply_to=None, from_override=None, sig_style=0, nosig=False):
    MSGS.append(dict(label=label, slug=slug, who=who, to=list(to), cc=list(cc), subject=subject,
                     body=body.strip("\n") + ("" if nosig else sig(who, sig_style)), note=note, fmt=fmt,
                     cte=cte, html=html, att=list(att), reply_to=reply_to, from_override=from_override))


def addr(a):
    return a


# =====================================================================================
# FLAGS (20)
# =====================================================================================
m("flag", "dofe_weekend_mobile", "nowak", [JANE], "Bronze DofE practice walk - Saturday",
  """Dear Mrs Parent,

Just a quick one about Saturday. We're meeting at the Otley Chevin car park at 9.30 and should be back down by about 3.30, weather permitting. The group did really well on the navigation session on Wednesday so I'm not expecting any drama.

If anything comes up over the weekend (running late, forgotten boots, anything at all) just give me a ring on my own mobile, 07700 900312. The office won't be open so there's no point ringing school.

Thanks,
Tomasz""", "personal mobile to parent for weekend walk", sig_style=4)

m("flag", "ucas_sig_plus44", "thwaite", [f"22ssingh@{P}"], "Personal statement - second draft",
  """Hi Simran,

I've had a proper look at the second draft. It's much stronger - the paragraph about volunteering at the gurdwara langar and what it taught you about organising people is exactly the sort of thing admissions tutors want to read. Cut the opening quote though, they all hate those.

I'm marking mocks most of next week so if you get stuck, WhatsApp or ring me rather than waiting for a free period.

Mr T

Simon Thwaite
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
School: 01632 960000
Mobile (personal): +44 (0)7700 900581
""", "personal mobile +44 format in signature, to sixth-former", fmt="alt", nosig=True)

m("flag", "dofe_photos_gmail", "kowalczyk", [f"25hahmed@{P}", f"25kkowalski@{P}", f"25ltaylor@{P}"],
  "Expedition photos for your presentations",
  """Hi all,

A few of you have asked for the photos from the Malham expedition for your presentations. The school system won't let me send anything over about 20MB and the folder is nearly 300MB, so send me a message at marek.kowalczyk.outdoors@gmail.com and I'll share the Google Drive folder with you from there.

Presentations are still due on the 21st. No excuses - I've seen the state of some of your route cards.

Mr K""", "personal gmail given to pupils for photo sharing", sig_style=2)

m("flag", "reply_to_hotmail", "rahman", [SAM], "Reading journal",
  """Dear Sam,

Thank you for your note about the reading journal. I completely understand that things have been busy at home, and honestly it's fine - I'd rather Example Pupil Two reads something they enjoy than fills in the journal for the sake of it.

If it helps, they can bring the journal in on Mondays and we'll do it together in form time for the next few weeks.

Do reply to this whenever suits, there's no rush.

Best wishes,
Aisha Rahman""", "Reply-To header set to teacher's personal hotmail", reply_to="aisha.r.writes@hotmail.co.uk",
  fmt="alt", sig_style=4)

m("flag", "cc_icloud_halfterm", "qureshi", [ALI], "Follow-up from Tuesday's meeting",
  """Dear Mr Guardian,

Thank you for coming in on Tuesday, and for being so open about what has been going on. As agreed:

- Example Pupil Three will have a daily check-in with me before registration for the next three weeks.
- Their maths set move will be reviewed at the end of term, not before.
- Mrs Begum will contact you about the reading assessment.

I've copied in my home email address so I can keep an eye on things over half term - feel free to use that one if you need me while school is closed.

Kind regards,
Farah Qureshi
Head of Year 9""", "Cc own personal icloud address to parent over half term",
  cc=["farah.qureshi84@icloud.com"], nosig=True)

m("flag", "whatsapp_group_parents", "kowalczyk", [JANE, SAM], "Silver DofE - keeping in touch on the expedition",
  """Dear parents,

Quite a few of you asked at the information evening how you'd know the group got to camp safely each night. I've set up a WhatsApp group for Silver parents - if you drop me a message on 07700 900644 I'll add you. I'll post a photo and a quick update each evening once the tents are up.

Please don't worry if it goes quiet during the day, signal in the Dales is patchy at best.

Best wishes,
Marek Kowalczyk""", "invites parents to WhatsApp group via personal mobile", nosig=True, fmt="alt")

m("flag", "home_address_costumes", "popescu", [JANE], "Costumes for the Eid & spring concert",
  """Hi Jane,

Thank you so much for offering to take the costumes home to be taken in - you are a lifesaver. There are six tunics in total.

I'm not in on Friday so it would be easiest if you dropped them round to mine over the weekend instead of the school office: 27 Larchfield Terrace, Chapel Allerton. It's the house with the blue door opposite the bus stop. Just leave them in the porch if I'm out.

Elena""", "home address (no postcode) given to parent", sig_style=4, nosig=True)

m("flag", "deaf_parent_text_nbsp", "sandhu", [SAM], "Hearing aid check and text contact",
  "", "HTML-only; personal mobile with &nbsp; offered to deaf parent for texting", fmt="html", nosig=True,
  html="""<html><body style="font-family:Arial;font-size:11pt">
<p>Dear Sam,</p>
<p>Thank you for coming in with your interpreter on Thursday. I know the phone calls from the office are no use to you and I'm sorry it took us so long to sort that out.</p>
<p>From now on, please just text me directly if you need anything about the radio aid or the hearing checks &ndash; my own number is <b>07700&nbsp;900&nbsp;227</b>. Text is so much easier than going through Relay every time, and I usually have my phone on me in the evenings.</p>
<p>The new radio aid receiver should arrive next week; I'll fit it in the Base on Tuesday morning.</p>
<p>Best wishes,<br>Harpreet Sandhu<br>Teacher of the Deaf<br>Hearing Support Base, Example School</p>
</body></html>
""")

m("flag", "polish_parent_base64", "wisniewska", [ALI], "Spotkanie w sprawie zachowania / Meeting about behaviour",
  """Dzień dobry Panie Guardian,

Piszę w sprawie spotkania w przyszły wtorek o 15:30 z wychowawczynią. Będę na spotkaniu jako tłumacz.

Jeśli ma Pan pytania przed spotkaniem, proszę dzwonić na mój prywatny numer: 0044 7700 900 418 - po godzinie 17:00 najlepiej.

---
Dear Mr Guardian,

I'm writing about the meeting next Tuesday at 3.30pm with the form tutor. I will be there to interpret.

If you have any questions before the meeting, please call me on my private number: 0044 7700 900 418 - after 5pm is best.

Pozdrawiam / Best wishes,
Joanna Wiśniewska
EAL Coordinator""", "Polish/English base64 body, personal number 0044 format", cte="base64", nosig=True)

VCARD = """BEGIN:VCARD\r
VERSION:3.0\r
N:Okafor;Daniel;;Mr;\r
FN:Daniel Okafor\r
ORG:Example School\r
TITLE:PE Teacher / Football\r
TEL;TYPE=CELL:07700900735\r
EMAIL;TYPE=HOME:dan.okafor.coach@outlook.com\r
END:VCARD\r
"""
m("flag", "vcard_football_pickup", "okafor", [JANE, ALI], "U14 cup semi-final - pick up",
  """Hi both,

Good news - we won 3-1 on Tuesday so the lads are through to the semi-final on Saturday 15th at Roundhay Playing Fields, kick off 10.30.

We'll be back at school for about 12.45. I've attached my contact card so you've got my details on your phone - give me a shout if you're going to be late picking up and I'll wait with them.

Cheers,
Dan""", "vCard attachment with personal mobile and home email, to parents",
  att=[("Daniel Okafor.vcf", "text", "vcard", VCARD.encode())], nosig=True)

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:r17-ics-0011@example-school.org.uk\r
DTSTAMP:20250310T090000Z\r
DTSTART:20250318T160000Z\r
DTEND:20250318T163000Z\r
SUMMARY:Catch-up about Example Pupil Two\r
LOCATION:Room S4\\, Example School\r
DESCRIPTION:If you are running late or need to rearrange call me on my own \r
 mobile 07700 900733 - I won't be near the office phone after 4.\r
ORGANIZER;CN=Liam Brennan:mailto:l.brennan@example-school.org.uk\r
END:VEVENT\r
END:VCALENDAR\r
"""
m("flag", "ics_meeting_own_mobile", "brennan", [SAM], "Invitation: Catch-up about Example Pupil Two, Tue 18 Mar 16:00",
  """Hi Sam,

Sending this as a calendar invite so it goes straight in your diary. It's only a quick catch-up about the practical write-ups - nothing to worry about.

Liam Brennan""", "ICS attachment whose description gives teacher's own mobile",
  att=[("invite.ics", "text", "calendar", ICS.encode())], nosig=True)

m("flag", "pickup_qp_linebreak", "okafor", [f"26zkhan@{P}"], "Away fixture Thursday",
  """Zain,

Minibus leaves at 2.50 from the sports hall, not 3.15 like I said in PE - the ref has moved the kick off. Tell your mum you'll be back around 6.

If you miss the bus text me on 07700
900 561 and I'll tell you where to get dropped.

Mr Okafor""", "personal mobile split over a line break, QP, to pupil", cte="quoted-printable", nosig=True)

m("flag", "snapchat_add_me", "okafor", [f"27dnowicki@{P}"], "re: trials",
  """yes you're in the squad for Saturday mate, well done. add me on snap - coach_okafor_d - i'll put the times on my story""",
  "invites pupil to add him on Snapchat", nosig=True)

m("flag", "instagram_practice", "popescu", [f"26amazur@{P}", f"26ppatel@{P}", f"25rbegum@{P}", f"24ekaur@{P}"],
  "Strings group - practice over the holidays",
  """Hello strings!

Well done on Thursday's assembly, Mrs Whitfield was very impressed (and so was I).

Over the Easter holidays please keep going with the Vivaldi. I post little practice videos most days on my Instagram, @elena.plays.viola - follow me and DM me if you get stuck on the fast passage in bar 34, I'm happy to send you a voice note.

Have a lovely break,
Miss Popescu""", "invites pupils to follow and DM on personal Instagram", fmt="alt", nosig=True)

m("flag", "home_landline_brackets", "qureshi", [ALI], "Re: Bus pass",
  """Dear Mr Guardian,

I've chased the bus pass with the council and they've promised to post it this week.

I know you said you can't always get through to the school line in the morning. If that happens, ring me at home on (0113) 496 0582 after six and I'll sort it out for you the next day.

Kind regards,
Mrs Qureshi

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 11 March 2025 07:42
To: Farah Qureshi <f.qureshi@example-school.org.uk>
Subject: Bus pass

Morning, still no bus pass for Example Pupil Three. He's paying every day now. Tried ringing but nobody answers.
Ali""", "home landline in brackets given to parent, Outlook reply", nosig=True)

m("flag", "mentor_sig_hyphens", "brennan", [f"23aiqbal@{P}"], "Chemistry mentoring - next steps",
  """Hi Adam,

Good session today. For next week, do the past paper on rates (the 2023 one) and bring your working even if you get stuck halfway - that's the useful bit.

If you get stuck over the weekend, just drop me a text.

Mr Brennan
Teacher of Science | Example School
Mob: 07700-900-294""", "personal mobile with hyphens in signature, invites text, to pupil", nosig=True, fmt="alt")

m("flag", "teams_fwd_yahoo", "qureshi", [JANE], "FW: Year 9 options evening",
  """Hi Jane,

Forwarding you the message from Mr Price below as I know you wanted to come to the maths talk. I'm off-site on a course most of next week and my school email is a bit hit and miss on my laptop, so best to reach me on farah_q1984@yahoo.co.uk until I'm back.

Farah

________________________________
From: Gareth Price (Teams chat)
Sent: 12 March 2025 13:05
To: Farah Qureshi
Subject: Options evening

Farah - maths talk is in the main hall at 6.15, not the library. Interpreters booked for the BSL families and for Urdu and Polish. Can you let your tutors know? Ta. G""",
  "forwarded Teams message; sender offers personal yahoo address to parent", nosig=True)

m("flag", "telegram_viber", "wisniewska", [SAM], "=?utf-8?b?UmU6INCX0LDQv9C40YEg0LTQviDRiNC60L7Qu9C4?=",
  """Dear Sam,

Yes of course - I can help with the admissions form for your nephew. If it's easier for your sister, she can message me on Telegram or Viber, it's my own number 07700 900871, and I can answer in Ukrainian or Polish.

Best wishes,
Joanna""", "Telegram/Viber on personal number to parent; RFC2047 subject", nosig=True, cte="8bit")

m("flag", "facebook_friend", "osei", [JANE], "Lovely to meet you",
  """Dear Jane,

It was lovely to meet you at the Year 7 settling-in evening. Example Pupil One has settled in brilliantly - she's already running the form's recycling rota!

I've sent you a friend request on Facebook (Abena Osei, the profile with the sunflowers) - it's just easier to message there than through the school email, so feel free to use Messenger any time.

Warm wishes,
Abena""", "sends parent a Facebook friend request and invites Messenger", nosig=True, fmt="alt")

m("flag", "family_domain_email", "gill", [ALI], "Laptop loan",
  """Dear Mr Guardian,

Thanks for letting me know the loan laptop won't charge. Bring it in on Monday and I'll swap it.

In the meantime, if Example Pupil Three needs the coursework files, email me at home on jaz@gillfamily.example.net and I'll send them across tonight.

Jaswinder Gill
Teacher of Computing""", "personal family-domain email given to parent", nosig=True)

assert sum(1 for x in MSGS if x["label"] == "flag") == 20, sum(1 for x in MSGS if x["label"] == "flag")

# =====================================================================================
# CLEAN - everyday (30)
# =====================================================================================
m("clean", "science_homework_y8", "brennan", [f"27rjones@{P}", f"27mali@{P}", f"27kwozniak@{P}", f"27eobrien@{P}"],
  "8B2 homework - food chains",
  """Hi 8B2,

Homework this week is on Teams under Assignments: the food chain worksheet and the three questions on page 46 of the textbook. Due next Thursday.

If you weren't in on Tuesday, the slides are in the class notebook. Don't just copy someone else's diagram - I can tell.

Mr Brennan""", "everyday: homework set to pupils", sig_style=4, nosig=True)

m("clean", "uniform_reply", "osei", [SAM], "Re: Uniform - hijab colour",
  """Dear Sam,

Thank you for checking. Plain navy or black hijabs are both fine with the uniform, and there's no need for the school logo on them. Example Pupil Two looked very smart on Monday.

Kind regards,

> Hi, just wanted to check before I buy more, is it navy only for hijabs or can she wear black? Thanks, Sam""",
  "everyday: reply to parent about uniform", sig_style=1, fmt="alt")

NEWS_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<h2 style="color:#1b4f8a">Example School Newsletter &ndash; Spring 2</h2>
<p>Dear parents and carers,</p>
<p>What a busy half term! Here are the highlights.</p>
<h3>Deaf Awareness Week</h3>
<p>Thank you to everyone who joined in. Over 300 pupils learned to fingerspell their names, and the Year 8 BSL choir performed in assembly. Our thanks to Mrs Sandhu and the Hearing Support Base team.</p>
<h3>Ramadan and Eid</h3>
<p>The prayer room will be open at lunchtimes throughout Ramadan, and a quiet room is available for pupils who are fasting. If you would like to request a day's authorised absence for Eid al-Fitr, please contact the attendance office as usual.</p>
<h3>Outdoor Education</h3>
<p>Year 8 had a fantastic (and very wet) day at the climbing wall, and Bronze DofE groups start practice walks next month.</p>
<h3>Dates for your diary</h3>
<ul>
<li>Year 9 options evening &ndash; Thursday 20 March, 6pm</li>
<li>Last day of term &ndash; Friday 4 April, 1.15pm finish</li>
<li>Vaisakhi assembly &ndash; Monday 14 April</li>
</ul>
<p>Best wishes,<br>Mrs S. Whitfield, Headteacher</p>
<p style="font-size:9pt;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632&nbsp;960000 &middot; office@example-school.org.uk</p>
</body></html>
"""
m("clean", "newsletter_spring2", "head", [JANE, SAM, ALI], "Newsletter - Spring 2",
  """Example School Newsletter - Spring 2

Dear parents and carers,

What a busy half term! Deaf Awareness Week, Ramadan and Eid arrangements, outdoor education and dates for your diary - please see the HTML version of this email.

Year 9 options evening - Thursday 20 March, 6pm
Last day of term - Friday 4 April, 1.15pm finish
Vaisakhi assembly - Monday 14 April

Mrs S. Whitfield, Headteacher
Example School, Park Row, Leeds LS1 4AP - 01632 960000""", "everyday: newsletter to parents, HTML alt",
  fmt="alt", html=NEWS_HTML, nosig=True)

m("clean", "museum_trip_y7", "osei", [JANE, SAM], "Year 7 trip to the Royal Armouries",
  """Dear parents and carers,

Year 7 will be visiting the Royal Armouries on Wednesday 2 April as part of their history topic on medieval warfare. We'll walk down from school after registration and be back for the end of the day, so there's no change to home time.

The trip is free, but pupils will need a packed lunch (or will be given one if they're entitled to free school meals - just let the office know). Pupils who are fasting are very welcome to come; there will be a quiet space available at lunch.

Please give consent on ParentPay by Friday 28 March.

Many thanks,""", "everyday: trip letter", sig_style=1)

m("clean", "report_deadlines", "head", [f"staff@{D}"], "Report writing - Y10 and Y12 deadlines",
  """Dear colleagues,

A reminder that Year 10 and Year 12 reports need to be on SIMS by 4pm on Friday 21 March. Heads of Year will proofread over the weekend and reports go home on the 28th.

Please keep comments to two or three sentences, use the pupil's preferred name, and avoid jargon - several of our families read reports through a translation app or with an interpreter, so plain English really does help.

Thank you all,
Sarah""", "everyday: staff admin reminder", nosig=True)

m("clean", "send_dept_minutes", "begum", [f"h.sandhu@{D}", f"r.ashworth@{D}", f"j.wisniewska@{D}", f"a.osei@{D}"],
  "Inclusion team meeting - notes 10 March",
  """Hi all,

Notes from Monday, shout if I've missed anything.

1. Access arrangements: Harpreet to finalise the list of HI pupils needing a BSL interpreter or live speaker for the summer exams; Kevin needs it by 4 April.
2. Interpreter bookings for parents: Joanna reports the agency is booked up on parents' evening - we need to book Polish and Romanian by the end of this week.
3. EHCP reviews: three due before Easter. I'll circulate dates.
4. Radio aids: two receivers still awaiting repair.
5. AOB: Rachel asked that staff face the class when speaking - reminder to go in the staff briefing.

Next meeting 24 March, 3.30, Base meeting room.

Nadia""", "everyday: meeting notes to colleagues", nosig=True, fmt="alt")

m("clean", "attendance_letter", "attendance", [ALI], "Attendance - Example Pupil Three",
  """Dear Mr Guardian,

I'm writing because Example Pupil Three's attendance this half term is 88.4%. We know there have been some medical appointments, and those are authorised, but there have also been four mornings of late arrival after registration closed.

We'd like to invite you in for a short, informal meeting to see if there's anything we can do to help. Could you let me know if Wednesday 19 March at 8.45am or Thursday 20 March at 3.15pm would suit? If you would like an interpreter, please tell me which language and I'll book one.

Yours sincerely,""", "everyday: attendance letter to parent", sig_style=0)

m("clean", "mock_results_pupil", "price", [f"24obaker@{P}"], "Your maths mock",
  """Hi Olivia,

Just wanted to say well done on the mock - 6 on the higher paper, up from a 4 in November. The work you've been putting in at lunchtime is really showing.

The topics to look at next are vectors and the harder algebraic fractions. There are Sparx tasks set for both.

Mr Price""", "everyday: praise to pupil", nosig=True)

m("clean", "parents_evening_booking", "office", [JANE, SAM, ALI], "Year 10 parents' evening - booking now open",
  """Dear parents and carers,

Year 10 parents' evening is on Thursday 27 March, 4.00pm - 7.00pm, in the sports hall. Appointments are five minutes each and can be booked through SchoolCloud from today until midnight on 25 March.

If you need a BSL interpreter or a spoken-language interpreter, please tell us when you book (there is a box on the booking form) or reply to this email, and we will arrange it.

If you can't attend in person, teachers can offer video appointments through SchoolCloud instead.

Kind regards,
Claire Pemberton
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000""", "everyday: parents' evening booking", nosig=True, fmt="alt")

m("clean", "ramadan_pe", "okafor", [JANE, SAM, ALI], "PE during Ramadan",
  """Dear parents and carers,

As Ramadan begins this weekend, I wanted to let you know how PE will work for pupils who are fasting.

Pupils will still take part in lessons, but teachers will adjust the intensity - more skills and tactics, less running - especially in the afternoon. Water breaks will be optional and nobody will be singled out. If your child would like to sit out a particular activity, a short note in their planner is all we need.

After-school fixtures will go ahead as normal; anyone fasting is welcome to play or to help as a referee or scorer instead.

Ramadan Mubarak to all our families who are observing.

Mr D. Okafor""", "everyday: Ramadan PE arrangements letter", sig_style=0, nosig=False)

m("clean", "deaf_awareness_staff", "sandhu", [f"staff@{D}"], "Deaf Awareness Week - what you can do",
  """Dear colleagues,

Deaf Awareness Week starts Monday. A few easy things for every lesson, not just that week:

- Face the class when you're talking. No talking while writing on the board.
- Wear the radio aid transmitter if there's a pupil from the Base in your class, and switch it off when you're talking to someone else.
- Put the captions on for videos (not the auto ones if you can help it).
- Give the interpreter your slides the day before if you possibly can.

There's also a 15-minute BSL taster in the library on Wednesday after school, run by Rachel. Biscuits provided.

Thanks,
Harpreet""", "everyday: staff information", nosig=True)

m("clean", "essay_reply_pupil", "rahman", [f"25nbegum@{P}"], "Re: Macbeth essay",
  """Hi Nusrat,

Good question. Yes, you can write about Lady Macbeth as well, but keep the focus on ambition - that's what the question asks. Two or three embedded quotations per paragraph is plenty.

Ms Rahman

> Miss can I write about lady macbeth as well as macbeth or is it only him? thank you
> Nusrat""", "everyday: reply to pupil question", nosig=True)

m("clean", "detention_notice", "qureshi", [SAM], "After-school detention - Wednesday",
  """Dear Sam,

I'm sorry to let you know that Example Pupil Two has a 30-minute after-school detention on Wednesday 19 March, 3.10pm to 3.40pm, in room H4. This is for repeated phone use in lessons after two warnings.

This isn't a big deal and there's no other concern, but I wanted you to know in advance so you can plan for the later finish.

Kind regards,""", "everyday: detention notice to parent", sig_style=1)

m("clean", "library_overdue", "office", [f"26tadams@{P}"], "Library books overdue",
  """Hi Tyler,

Our records show two library books are overdue:

- Holes (Louis Sachar) - due 17 Feb
- The Boy at the Back of the Class (Onjali Q. Raúf) - due 3 March

Please bring them back to the library this week, or let Mrs Ellis know if they have been lost.

Thanks,
School Library""", "everyday: library reminder to pupil", nosig=True, cte="8bit")

m("clean", "ucas_deadlines_y12", "thwaite", [f"23aiqbal@{P}", f"23hmalik@{P}", f"23jkaur@{P}", f"23pzielinski@{P}"],
  "Year 12 - UCAS timeline",
  """Morning all,

Key dates for the next few months:

- 28 March: first-draft personal statement to your tutor
- w/c 7 April (just before Easter): university fair at Leeds - permission slips from the Sixth Form office
- 16 May: provisional predicted grades shared with you
- June: mock interviews for medicine, dentistry, vet and Oxbridge applicants

If you're thinking of a degree apprenticeship instead, come and see me - the deadlines are different and some open in the autumn.

Mr Thwaite""", "everyday: sixth form dates", sig_style=3, nosig=False)

m("clean", "concert_rehearsals", "popescu", [f"26amazur@{P}", f"26ppatel@{P}", f"25rbegum@{P}"],
  "Spring concert rehearsals",
  """Hi all,

Extra rehearsals before the concert:

Tuesday 25th, lunch, M1 - strings only
Wednesday 26th, 3.15-4.30, main hall - full run-through with choir and BSL choir
Thursday 27th - concert, arrive 5.45pm, black and white please

Eat something before Wednesday's rehearsal if you're not fasting, it's a long one!

Miss Popescu""", "everyday: rehearsal schedule to pupils", nosig=True, fmt="alt")

m("clean", "staff_briefing", "dsl", [f"staff@{D}"], "Staff briefing notes - Tuesday",
  """Morning all,

- Fire drill this week (no, I won't tell you which day). Remember to collect the visual alarm pagers from the Base pupils' bags if they're not wearing them.
- Duty changes: Gate B is now covered by Mr Nowak on Wednesdays.
- Iftar evening for families on Friday - volunteers please sign up in the staff room.
- Please log all concerns on CPOMS the same day.

Have a good week,
Imran""", "everyday: staff briefing", nosig=True)

m("clean", "inhaler_form", "office", [JANE], "Medical form - inhaler",
  """Dear Mrs Parent,

Our records show that Example Pupil One has an inhaler in school, but we haven't had an updated care plan since Year 7. Please could you fill in the attached form and return it to the office, or pop it in the post to the school.

Thank you,
Claire Pemberton
School Office""", "everyday: medical form request with PDF attachment", nosig=True,
  att=[("Asthma_care_plan.pdf", "application", "pdf",
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")])

m("clean", "teams_fwd_room_change", "begum", [f"r.ashworth@{D}"], "FW: Room change for Year 11 English",
  """Rachel - see below from Aisha, the Year 11 group is moving. Could you let the interpreter on Thursday know? Thanks, N

________________________________
From: Aisha Rahman (Teams)
Sent: 13 March 2025 11:02
Subject: room

hiya, 11R2 is in E6 from next week not E3 - the projector in E3 has died again. can you pass on to the base? x""",
  "everyday: forwarded Teams message between staff", nosig=True)

m("clean", "access_arrangements_meeting", "sandhu", [SAM], "Exam access arrangements - meeting",
  """Dear Sam,

We would like to meet to talk about exam access arrangements for the summer. For the Year 11 exams, Example Pupil Two will be entitled to extra time and a separate room, and we need to agree whether a BSL interpreter or a live speaker works best for the English papers.

I have booked Rachel Ashworth (our BSL interpreter) for Thursday 27 March at 4pm. Please let me know if that time works or suggest another.

Best wishes,""", "everyday: access arrangements meeting to parent", sig_style=3)

m("clean", "dofe_kit_list", "kowalczyk", [f"25hahmed@{P}", f"25kkowalski@{P}", f"25ltaylor@{P}", f"25sbibi@{P}"],
  "Bronze expedition kit list",
  """Hi all,

Attached is the kit list for the Bronze expedition. The short version:

- Proper waterproof jacket AND trousers (not a showerproof)
- Boots you have worn in - not brand new
- Warm layer, hat and gloves even if it's sunny
- Food for two lunches and snacks (halal/vegetarian options for the evening meal are sorted by school)

The school can lend rucksacks, sleeping bags and roll mats - sign up on the sheet outside the Outdoor Ed office by Friday.

Mr K""", "everyday: DofE kit list with attachment", nosig=True,
  att=[("Bronze_kit_list.txt", "text", "plain", "BRONZE DofE KIT LIST\nWaterproof jacket\nWaterproof trousers\nBoots\nFleece\nHat\nGloves\nHead torch\nWater bottle 1L\n".encode())])

m("clean", "lost_property", "office", [ALI], "Re: Lost coat",
  """Dear Mr Guardian,

We've had a look in lost property and there is a black North Face-style coat with no name in it. Example Pupil Three can come and check it at break tomorrow. If it is his, please write his name in the label!

Kind regards,
School Office

> On 12 Mar 2025, at 18:21, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello, my son has lost his black coat, it has a broken zip. Has anyone handed it in? Thanks Ali""",
  "everyday: lost property reply to parent", nosig=True)

m("clean", "governors_papers", "head", ["clerk@example.org"], "Full Governing Board papers - 25 March",
  """Dear Helen,

Attached are the papers for the FGB on 25 March: Headteacher's report, the attendance summary and the draft accessibility plan (which includes the Hearing Support Base refurbishment).

Could you add an item on the Ramadan/Eid timetable adjustments under AOB? One of the parent governors asked.

Many thanks,""", "everyday: governors papers to clerk", sig_style=1,
  att=[("HT_report_Mar25.txt", "text", "plain", b"Headteacher's report - March 2025\n\nRoll: 1412\nAttendance: 92.1%\n")])

m("clean", "supplier_order", "nowak", ["orders@example.com"], "Order - climbing harnesses",
  """Hello,

Please could we order the following for Example School:

6 x junior sit harness, size S
6 x junior sit harness, size M
4 x helmets, adjustable 54-62cm

Purchase order number PO-77412. Invoice to the finance office, Example School, Park Row, Leeds LS1 4AP.

Thanks,""", "everyday: supplier order", sig_style=0)

m("clean", "coursework_feedback", "gill", [f"24tgreen@{P}"], "GCSE NEA feedback",
  """Hi Toby,

I've attached my comments on your analysis and design sections. Overall a solid start - the success criteria are testable, which is the bit people usually get wrong. You need more detail on the data structures you'll use.

Remember I can only give general feedback on the NEA, not fix it for you.

Mr Gill""", "everyday: coursework feedback with attachment", nosig=True,
  att=[("NEA_feedback_TG.txt", "text", "plain", b"Analysis: good\nDesign: needs data structures\nTesting plan: not yet started\n")])

m("clean", "careers_fair", "thwaite", [JANE, SAM, ALI], "Careers fair - parents welcome",
  """Dear parents and carers,

Our careers fair is on Wednesday 9 April, 2pm - 6pm, in the sports hall. Over 40 employers, colleges, universities and apprenticeship providers will be there, including the NHS, several engineering firms, the armed forces and local law firms.

Parents and carers are very welcome from 3.30pm. We will have interpreters for Urdu, Punjabi, Polish and Romanian, and BSL interpreters, on hand throughout.

Kind regards,""", "everyday: careers fair invitation", sig_style=3, fmt="alt")

m("clean", "safeguarding_training", "dsl", [f"staff@{D}"], "Safeguarding update training - 27 March",
  """Dear colleagues,

Safeguarding update training is on Thursday 27 March, 3.30-4.30, in the library. It is compulsory for all teaching and support staff, including the interpreters and TAs.

We'll cover the KCSIE changes, online safety, and what to do when a deaf pupil makes a disclosure through an interpreter.

Thanks,
Imran Hussain
Deputy Headteacher, DSL""", "everyday: staff training notice", nosig=True)

m("clean", "eid_absence_reply", "attendance", [JANE], "Re: Eid",
  """Dear Mrs Parent,

Thank you for letting us know. Example Pupil One's absence for Eid al-Fitr will be authorised for one day. Eid Mubarak to you and your family!

Kind regards,
Gurpreet Bains
Attendance Officer

From: Jane Parent <jane.parent@gmail.com>
Sent: 27 March 2025 09:12
To: Attendance <attendance@example-school.org.uk>
Subject: Eid

Hello, my daughter won't be in on Monday for Eid. Thank you""", "everyday: Eid absence reply with Outlook quote", nosig=True)

m("clean", "climbing_consent", "nowak", [JANE, ALI], "Year 8 climbing - consent forms",
  """Dear parents and carers,

Thank you to everyone who has returned consent for the climbing wall sessions. We're still missing a few - if you haven't done so yet, please complete the form on ParentPay by Friday.

Pupils should wear trainers and comfortable clothing they can move in. Long hair needs tying back, and headscarves should be pinned securely or the sports hijabs we have in the PE office can be borrowed.

Best wishes,""", "everyday: consent reminder", sig_style=0)

m("clean", "bsl_interpreter_rota", "ashworth", [f"h.sandhu@{D}", f"n.begum@{D}"], "Interpreter rota next week",
  """Hi both,

Next week's rota is attached. Main change: I'm covering Year 10 science on Tuesday P2 as the agency interpreter cancelled. Year 7 drama on Thursday is currently uncovered - can we ask for a communication support worker?

Rachel""", "everyday: interpreter rota between staff", nosig=True,
  att=[("rota_w17.csv", "text", "csv", b"day,period,class,interpreter\nMon,1,10S1,RA\nTue,2,10S2,RA\nThu,4,7D1,\n")])

assert sum(1 for x in MSGS if x["label"] == "clean") == 30, sum(1 for x in MSGS if x["label"] == "clean")

# =====================================================================================
# CLEAN - hard negatives (30)
# =====================================================================================
m("clean", "trip_phone_school_owned", "nowak", [JANE, SAM, ALI], "Year 8 Lake District residential - final details",
  """Dear parents and carers,

Final details for next week's residential at High Ghyll Outdoor Centre.

Departure: Monday 24 March, 8.15am from the front of school (please be there by 8.00).
Return: Wednesday 26 March, approximately 4.30pm.

During the trip, the school trip mobile is 07700 900100. This is a school-owned phone carried by the trip leader - please only use it in an emergency. For anything else, contact the school office on 01632 960000 as usual and they will pass on messages.

Medication must be handed to staff at the coach in a named bag.

Many thanks,""", "[hard] school-owned trip phone stated as such", sig_style=0)

m("clean", "parent_number_readback", "office", [SAM], "Re: New phone number",
  """Dear Sam,

Thank you - I've updated your contact details on our system. We now have your mobile as 07700 900456 and your email as sam.carer@outlook.com. Please let us know if anything changes again.

Kind regards,
Claire

> Hi, I've got a new phone, the number is 07700 900456. Can you update it? Thanks""",
  "[hard] parent's own number read back in reply", nosig=True, fmt="alt")

m("clean", "coach_company_contact", "kowalczyk", [JANE, ALI], "Geography field trip - coach details",
  """Dear parents,

The coach for Friday's field trip to Malham is with Pennine Valley Coaches. If there's any delay on the way back, the school office will text you, but the coach company's depot can also be contacted on 0113 496 0417 in case of problems after 5pm.

We expect to be back at school by 5.15pm.

Kind regards,""", "[hard] third-party coach firm number", sig_style=0)

m("clean", "audiology_clinic", "sandhu", [SAM], "Hearing aid repairs",
  """Dear Sam,

The left hearing aid has been whistling since Tuesday, so I think the tubing needs replacing. The quickest way is the walk-in repair clinic at the Children's Audiology Department - they're open Monday to Friday 9-12 and you can ring them on 0113 496 0755 to check the queue.

In the meantime, Example Pupil Two is using the spare receiver we have in the Base.

Best wishes,""", "[hard] audiology clinic phone (third party)", sig_style=3)

m("clean", "trip_payment_refs", "office", [JANE, SAM], "Outdoor centre trip - payment reminder",
  """Dear parents and carers,

A reminder that the second instalment of £45.00 for the Year 9 outdoor centre trip is due by 14.03.2025. The total cost is £135.00. Please pay via ParentPay; the payment item reference is OEC-2025-0914.

If you are having difficulty paying, please contact Mrs Pemberton in confidence - nobody will miss out because of cost.

Thank you,""", "[hard] prices, dates and payment reference numbers", sig_style=1)

m("clean", "candidate_numbers", "exams", [f"22ssingh@{P}", f"22dmorris@{P}", f"22fakhtar@{P}"],
  "Mock exams - candidate numbers and seats",
  """Dear students,

Your candidate numbers for the summer exams are below. Please learn yours - you'll need it on every paper.

Simran Singh - 4172
Daniel Morris - 4183
Fatima Akhtar - 4190

Centre number: 36512. Exams begin Monday 12 May, 9.00am, in the sports hall. Arrive by 8.40.

Kevin Doyle
Exams Officer""", "[hard] candidate and centre numbers", nosig=True)

m("clean", "pta_bank_details", "head", [JANE, SAM, ALI], "Iftar evening and PTA fundraising",
  """Dear families,

Thank you to everyone who came to the community iftar on Friday - over 200 people, food from six different countries and a brilliant atmosphere.

Several of you asked how to donate to the PTA's Hearing Support Base appeal. Donations can be made by bank transfer:

Example School PTA
Sort code: 40-52-17
Account: 71239046
Reference: BASE APPEAL + pupil surname

Thank you for your generosity.

Sarah Whitfield
Headteacher""", "[hard] PTA bank sort code and account number", nosig=True, fmt="alt")

m("clean", "teams_meeting_dialin", "begum", [ALI], "Annual review - online meeting details",
  """Dear Mr Guardian,

As discussed, the annual review for Example Pupil Three will take place online on Tuesday 25 March at 2.00pm.

Microsoft Teams meeting
Join on your computer or mobile app: click here to join the meeting
Meeting ID: 384 227 519 662
Passcode: x7Yq3B

Or call in (audio only): 020 7946 0318, Phone Conference ID: 512 784 09#

A Punjabi interpreter will join the call.

Kind regards,""", "[hard] Teams meeting ID and conference dial-in", sig_style=3, fmt="alt")

m("clean", "hr_change_of_address", "qureshi", [f"hr@{D}"], "Change of address and mobile",
  """Hi Lorraine,

Could you update my details on the payroll and emergency contact system please? We've moved.

New address: 41 Crossgate Mount, Leeds LS6 7TW
Mobile: 07700 900907
Next of kin: Bilal Qureshi, 07700 900908

Thanks!
Farah""", "[hard] staff personal details to HR only", nosig=True)

m("clean", "staff_social_address", "brennan", [f"staff@{D}"], "End of term drinks - at ours!",
  """Hi everyone,

Since the Fox and Hounds has shut for refurbishment, we're doing end of term drinks at ours: 9 Elm Terrace, Headingley, from 5pm on Friday 4 April. Bring a bottle (soft drinks plenty too) and something for the barbecue if the weather holds.

Text me if you get lost - 07700 900366.

Liam""", "[hard] staff social with home address/mobile, staff only", nosig=True)

m("clean", "esafety_advice_apps", "dsl", [JANE, SAM, ALI], "Online safety - apps to talk about at home",
  """Dear parents and carers,

Over the past few weeks we've dealt with several incidents involving group chats outside school. Please take ten minutes to talk to your child about the apps they use.

- WhatsApp and Snapchat: group chats can be set up by anyone; check who your child is in groups with and that Snap Map is set to Ghost Mode.
- TikTok and Instagram: set accounts to private, and turn off messages from people they don't follow.
- Discord: many servers are unmoderated; under-13s should not have accounts.

No member of staff will ever ask your child to message them on any of these apps. If that ever happens, please tell us straight away.

Our full online safety guide is on the school website.

Imran Hussain
Designated Safeguarding Lead""", "[hard] e-safety advice naming apps, no invitation", nosig=True, fmt="alt")

m("clean", "refuse_personal_number", "sandhu", [JANE], "Re: Best way to contact you",
  """Dear Jane,

Thank you - I'm glad the new routine is working. I'm afraid I'm not able to give out my personal mobile number; it's a school rule that protects staff and families alike. The best ways to reach me are this email address, or ringing the office on 01632 960000 and asking for the Hearing Support Base - they'll get a message to me the same day.

If texting is easier for you, the office can also send and receive texts through the school messaging system.

Best wishes,
Harpreet

> Would it be OK to have your mobile number so I can text you in the evenings? It's easier than emailing.""",
  "[hard] staff refusing to give personal number", nosig=True)

m("clean", "outdoor_centre_contacts", "nowak", [f"staff@{D}", JANE], "Residential - centre contact details for next of kin",
  """Dear Mrs Parent,

As promised, the outdoor centre's details, in case of emergency while the group is away:

High Ghyll Outdoor Centre, Fellside Lane, Coniston LA21 8ZX
Centre reception (24h): 0161 496 0532

I've copied in the staff list so the cover team has it too.

Kind regards,""", "[hard] venue address, postcode and phone (third party)", sig_style=0)

m("clean", "partner_school_contact", "begum", [SAM], "Transition - Northfield Academy",
  """Dear Sam,

As we discussed, Northfield Academy's hearing-impaired resource base would be a good option to visit for post-16, as their sixth form has BSL interpreters in every lesson. Their SENCo, Mr David Hargreaves, is expecting your call: 0114 496 0221, or d.hargreaves@example.org.

Please let me know how the visit goes.

Kind regards,""", "[hard] other school's SENCo details", sig_style=1)

m("clean", "helpline_numbers", "dsl", [f"26zkhan@{P}", f"26tadams@{P}", f"26amazur@{P}"], "Support over the holidays",
  """Hi Year 10,

Just a reminder that school is closed for two weeks from Friday. If you need to talk to someone while we're closed:

- Young Minds Together text line: text HELLO to 85999 (free, 24/7)
- Leeds Youth Support freephone: 0808 157 0412
- In an emergency, always call 999.

Have a safe and happy break.

Mr Hussain""", "[hard] helpline numbers for pupils (third party)", nosig=True)

m("clean", "interpreter_agency", "wisniewska", [ALI], "Interpreter for parents' evening",
  """Dear Mr Guardian,

I've booked a Punjabi interpreter for your appointments at parents' evening on 27 March. The agency is LinguaBridge; the interpreter will meet you at reception at 5.15pm. If you need to cancel, please call the agency directly on 0121 496 0380 and quote booking reference LB-558213.

Best wishes,""", "[hard] interpreter agency number and booking reference", sig_style=0)

m("clean", "reading_list_isbns", "rahman", [f"23aiqbal@{P}", f"23hmalik@{P}", f"23jkaur@{P}"], "A-level summer reading",
  """Hi all,

Here's the summer reading list. Get the exact editions if you can so page numbers match:

The Kite Runner - Khaled Hosseini, ISBN 978-1-4088-5025-5
Beloved - Toni Morrison, ISBN 978-0-09-954027-5
The Handmaid's Tale - Margaret Atwood, ISBN 978-0-09-974091-9

The library has two copies of each.

Ms Rahman""", "[hard] ISBN numbers", nosig=True)

m("clean", "colleague_official_contact", "osei", [JANE], "Who to contact while I'm away",
  """Dear Jane,

I'll be on a course on Thursday and Friday. If you need anything for Example Pupil One while I'm away, please contact Mrs Qureshi (Head of Year 9, but covering Year 7 pastoral this week) on f.qureshi@example-school.org.uk, or ring the school on 01632 960000 and ask for extension 214.

Warm wishes,""", "[hard] colleague's official email and school extension", sig_style=1)

m("clean", "eid_timings_letter", "head", [JANE, SAM, ALI], "=?utf-8?q?Ramadan_and_Eid_arrangements_=E2=80=93_2025?=",
  """Dear parents and carers,

Ramadan is expected to begin on Saturday 1 March. This year:

- The prayer room (room G12) will be open 12.40-13.20 every day.
- Pupils fasting may use the library as a quiet space at lunch.
- Maghrib on school days falls between 17.52 and 19.42 this month, so after-school clubs will finish by 16.30.

Eid al-Fitr is expected on Sunday 30 or Monday 31 March. A request for one day's authorised absence can be made through attendance@example-school.org.uk.

Eid Mubarak in advance.

Mrs S. Whitfield
Headteacher""", "[hard] times and dates, RFC2047 subject", nosig=True, cte="quoted-printable")

m("clean", "gurdwara_visit", "gill", [JANE, SAM, ALI], "Year 8 RE visit - Gurdwara",
  """Dear parents and carers,

As part of the Year 8 RE unit on Sikhism, pupils will visit the Guru Nanak Gurdwara, 88 Chapeltown Road, Leeds LS7 9ZR, on Thursday 10 April during periods 2-4. Pupils will be given a head covering at the gurdwara and will be offered langar.

If you have any questions on the day, the gurdwara's secretary can be reached on 0113 496 0129, or the school office on 01632 960000.

Kind regards,""", "[hard] venue address and phone (gurdwara)", sig_style=0, fmt="alt")

m("clean", "pupil_asks_number", "popescu", [f"24ekaur@{P}"], "Re: your number?",
  """Hi Eshna,

I can't give you my phone number, sorry - teachers aren't allowed to message students on their personal phones. But you can message me on Teams any time during the school day and I'll reply when I can, or come and find me in M1 at lunch.

Good luck on Saturday, you'll be brilliant.

Miss Popescu

From: Eshna Kaur <24ekaur@pupils.example-school.org.uk>
Sent: 13 March 2025 19:04
To: Elena Popescu
Subject: your number?

miss can i have your number so i can send you a video of my grade 5 piece before my exam""", "[hard] refusal to pupil, quoted request", nosig=True)

m("clean", "expedition_staff_rota", "kowalczyk", [f"t.nowak@{D}", f"d.okafor@{D}", f"r.ashworth@{D}"],
  "Silver expedition - staff contact sheet",
  """Hi all,

Contact sheet for the expedition weekend - staff only, please don't share with parents or pupils. The school expedition phone (07700 900200) is the number we give to families.

Marek - 07700 900644
Tom - 07700 900312
Dan - 07700 900735
Rachel - 07700 900512 (also doing BSL for the two Base pupils)

Meet at school 7.30 Friday.

M""", "[hard] staff personal mobiles on staff-only mail", nosig=True)

m("clean", "parent_address_confirm", "office", [JANE], "Address update",
  """Dear Mrs Parent,

Just to confirm, we have now updated your address on our system to:

14 Ashgrove Mews
Leeds
LS11 6ZQ

Letters will go to this address from now on. Please check the details and let us know if anything is wrong.

Kind regards,""", "[hard] parent's own address read back", sig_style=1)

m("clean", "uniform_supplier", "office", [SAM], "Re: Blazer sizes",
  """Dear Sam,

Our blazers are sold by Stitch & Crest Uniforms, 212 Roundhay Road, Leeds. They can also do home fitting for pupils who find the shop difficult. Their number is 0113 496 0644 or you can email uniform@example.com.

Kind regards,
School Office
Example School, Park Row, Leeds LS1 4AP - 01632 960000""", "[hard] uniform supplier details", nosig=True)

m("clean", "work_experience", "thwaite", [f"23pzielinski@{P}"], "Work experience placement confirmed",
  """Hi Piotr,

Good news - Harcourt Engineering have confirmed your work experience for 30 June - 4 July. Your contact is Mrs Janet Dobson, Training Manager, on 0161 496 0277 (j.dobson@example.com). Please ring her before the end of term to introduce yourself and check start times.

Mr Thwaite""", "[hard] employer contact for work experience", sig_style=3)

m("clean", "exam_timetable", "exams", [f"24obaker@{P}"], "Your exam timetable",
  """Hi Olivia,

Your personal timetable for the first week:

Mon 12 May 09:00-10:45 Biology 8461/1H (sports hall, seat B14)
Tue 13 May 13:30-15:15 Maths 8300/1H
Wed 14 May 09:00-10:45 English Literature 8702/1
Thu 15 May 09:00-11:00 Geography 8035/1

Check the full version on the student portal.

Kevin Doyle
Exams Officer
01632 960000 ext 230""", "[hard] times, paper codes and school extension", nosig=True)

m("clean", "dsl_staff_concern", "dsl", [f"a.osei@{D}", f"f.qureshi@{D}"], "Confidential - family contact",
  """Abena, Farah,

Following this morning's meeting: the family have moved to temporary accommodation at 6 Beeston Court, Leeds LS11 8ZP. Mum's new number is 07700 900846 - please use that and not the one on SIMS until the office updates it. Dad should not be given any information about the move.

Please record all contact on CPOMS.

Imran""", "[hard] family details on DSL staff-only mail", nosig=True)

m("clean", "instagram_decline", "okafor", [f"27dnowicki@{P}"], "Instagram follow request",
  """Hi Dawid,

I noticed you sent me a follow request on Instagram - I've declined it, nothing personal, staff aren't allowed to connect with students on social media. The team fixtures and results all go on the school PE account and Teams, so you won't miss anything.

Good game on Saturday!

Mr Okafor""", "[hard] teacher declines pupil's social media request", sig_style=1, nosig=True)

m("clean", "signature_nbsp_school", "ashworth", [JANE], "BSL family sign class",
  "", "[hard] HTML-only; school number with &nbsp; and tel: link in signature", fmt="html", nosig=True,
  html="""<html><body style="font-family:Verdana;font-size:10pt">
<p>Dear Jane,</p>
<p>Our free BSL family sign class starts again on Wednesday 2 April, 5.00&ndash;6.00pm, in the Hearing Support Base. Brothers, sisters and grandparents are all welcome, and no previous signing is needed.</p>
<p>Let me know if you would like a place and how many of you are coming.</p>
<p>Best wishes,<br>
<b>Rachel Ashworth</b><br>BSL Interpreter / Communication Support<br>
Example School, Park Row, Leeds LS1&nbsp;4AP<br>
Tel: <a href="tel:+441632960000">01632&nbsp;960000</a> | <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></p>
</body></html>
""")

m("clean", "host_family_exchange", "wisniewska", [JANE], "Kraków exchange - host family details",
  """Dear Jane,

I'm delighted to confirm Example Pupil One's host family for the Kraków exchange in June:

The Zielińska family, ul. Długa 14, 31-147 Kraków
Mrs Magdalena Zielińska: magda.zielinska@example.net

The host family know Example Pupil One is vegetarian. Staff on the trip will carry the school trip mobile (07700 900100); its number will be on the itinerary.

Pozdrawiam,""", "[hard] host family details and school trip phone", sig_style=0, cte="8bit")

assert len(MSGS) == 80, len(MSGS)
assert sum(1 for x in MSGS if x["label"] == "flag") == 20


# =====================================================================================
def build(i, d):
    name, mail, _ = STAFF[d["who"]]
    msg = EmailMessage(policy=DEFAULT)
    user, dom = mail.split("@")
    msg["From"] = Address(name, user, dom)
    msg["To"] = ", ".join(d["to"])
    if d["cc"]:
        msg["Cc"] = ", ".join(d["cc"])
    if d["reply_to"]:
        msg["Reply-To"] = d["reply_to"]
    subj = d["subject"]
    if subj.startswith("=?"):
        from email.header import decode_header, make_header
        subj = str(make_header(decode_header(subj)))
    msg["Subject"] = subj
    when = dt.datetime(2025, 3, 3, 7, 40, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=137 * i)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<r17pers.{i:03d}.{d['slug']}@example-school.org.uk>"
    body = d["body"]
    cte = d["cte"]
    fmt = d["fmt"]
    if fmt == "html":
        msg.set_content(d["html"], subtype="html", cte=cte or "quoted-printable")
    else:
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
        if fmt == "alt":
            msg.add_alternative(d["html"] or auto_html(body), subtype="html")
    for fname, mt, st, data in d["att"]:
        if mt == "text":
            msg.add_attachment(data.decode(), subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_r17p_{i:03d}_{n}")
            n += 1
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    order = list(MSGS)
    random.Random(17).shuffle(order)
    for i, d in enumerate(order, 1):
        fn = f"{i:03d}_{d['label']}_{d['slug']}.eml"
        msg = build(i, d)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes(policy=DEFAULT))
        rows.append([fn, d["label"], STAFF[d["who"]][1], " ".join(d["to"] + d["cc"]), d["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
