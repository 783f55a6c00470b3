#!/usr/bin/env python3
"""Generate the round-10 blind hold-out corpus for the personal-address-to-parent module.

Deterministic: fixed dates, Message-IDs and MIME boundaries; two runs are byte-identical.
Python 3.11 standard library only.  Writes into ./personal-address-to-parent/ next to this file.
"""
import base64
import csv
import datetime as dt
import email.utils
import io
import os
import quopri
import random
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def staff(name, local):
    return (name, f"{local}@{SCHOOL}")


def pupil(name, local):
    return (name, f"{local}@{PUPILS}")


# staff
DAWSON = staff("Tom Dawson", "t.dawson")
HUGHES = staff("Karen Hughes", "k.hughes")
PATEL = staff("Ravi Patel", "r.patel")
OKAFOR = staff("Sarah Okafor", "s.okafor")
BROOKS = staff("James Brooks", "j.brooks")
WHITWORTH = staff("Claire Whitworth-Hale", "c.whitworth-hale")
NOWAK = staff("Marta Nowak", "m.nowak")
FENWICK = staff("Gareth Fenwick", "g.fenwick")
ASHWORTH = staff("Helen Ashworth", "h.ashworth")
LINDQVIST = staff("Erik Lindqvist", "e.lindqvist")
MCBRIDE = staff("Siobhan McBride", "s.mcbride")
ADEYEMI = staff("Tunde Adeyemi", "t.adeyemi")
RHODES = staff("Lucy Rhodes", "l.rhodes")
KHAN = staff("Imran Khan", "i.khan")
BEAUMONT = staff("Peter Beaumont", "p.beaumont")
OFFICE = ("Example School Office", f"office@{SCHOOL}")
ATTEND = ("Attendance Team", f"attendance@{SCHOOL}")
DSL = ("Designated Safeguarding Lead", f"dsl@{SCHOOL}")
HR = ("HR and Payroll", f"hr@{SCHOOL}")
STAFFROOM = ("All Staff", f"allstaff@{SCHOOL}")

# pupils
P_MORRIS = pupil("Jacob Morris", "19jmorris")
P_AKHTAR = pupil("Aisha Akhtar", "21aakhtar")
P_OWEN = pupil("Freya Owen", "20fowen")
P_BELL = pupil("Harvey Bell", "22hbell")
P_SINGH = pupil("Priya Singh", "19psingh")
P_NG = pupil("Ethan Ng", "23eng")
P_DOYLE = pupil("Niamh Doyle", "20ndoyle")
Y11ART = ("Year 11 Art", f"y11art@{PUPILS}")
NETBALL = ("U15 Netball", f"u15netball@{PUPILS}")

ADDR = "Example School, Park Row, Leeds LS1 4AP"


def sig(person, role, extra=""):
    s = f"{person[0]}\n{role}\n{ADDR}\nTel: 01632 960000"
    if extra:
        s += "\n" + extra
    return s


SPECS = []


def add(label, slug, frm, to, subject, body, cc=(), form="plain", note="", unsure=False,
        attach=(), reply=None, html_sig=None, subj_enc=False):
    SPECS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                      body=body, form=form, note=note, unsure=unsure, attach=list(attach),
                      reply=reply, html_sig=html_sig, subj_enc=subj_enc))


# ---------------------------------------------------------------------------------------------
# FLAG: staff giving parents / pupils their own personal contact details or private channels
# ---------------------------------------------------------------------------------------------
add("flag", "mobile-text-anytime", DAWSON, [JANE], "Ollie's ankle",
    """Hi Jane,

Just a quick one to say Ollie went over on his ankle in the last ten minutes of PE this
afternoon. He was walking on it fine by the end and first aid had a look, but it might be
a bit puffy tonight.

If it gets worse over the weekend and you want a chat, my mobile is 07700 900612 - just
text me any time, I don't mind.

Tom

""" + sig(DAWSON, "Teacher of PE"),
    note="personal mobile in body, 'text me any time'")

add("flag", "reply-whatsapp-me", HUGHES, [SAM], "Re: Maths homework not showing on Sparx",
    """Hi Sam,

Thanks for letting me know. I've reset Kai's login so it should all be visible now.

Honestly it's probably easier to WhatsApp me on 07700900347 if it happens again, I'm
not always at my desk to see emails.

Best wishes,
Karen Hughes
Maths Department
""",
    reply=("Sam Carer", "Mon, 20 Jan 2025 19:42:10 +0000",
           """Hello Mrs Hughes,

Kai says his homework isn't showing up on Sparx again and he's worried he'll get a
detention. Could you have a look please?

Thanks
Sam"""),
    form="plain_qp", note="reply; WhatsApp + unspaced personal mobile")

add("flag", "html-sig-personal-mobile", PATEL, [ALI], "Chemistry catch-up sessions",
    """Dear Mr Guardian,

Following parents' evening, I've put Zain down for the Thursday catch-up sessions in
S4 from 3.20 until 4.15. They start next week and run until February half term.

Please do get in touch if you have any questions.

Kind regards,
Ravi Patel""",
    form="html", html_sig=[("Ravi Patel", ""), ("Teacher of Chemistry", ""),
                           ("School", "01632 960000"), ("Personal mobile", "07700 900 518"),
                           ("", ADDR)],
    note="HTML signature table lists 'Personal mobile'")

add("flag", "hotmail-over-holidays", FENWICK, [JANE], "Coursework over the Easter break",
    """Dear Jane,

Ellie's NEA draft is looking really promising. She's got about two sections left to
write up.

The school system will be a bit patchy over the holidays while they move the servers,
so if she needs me just email me at my home address: gaz.fenwick77@hotmail.co.uk and
I'll reply from there.

Have a good Easter,
Gareth Fenwick
Geography
""",
    note="personal hotmail address offered")

add("flag", "drop-round-to-mine", MCBRIDE, [SAM], "Trip consent form",
    """Hi Sam,

No worries about the form being late. If it's easier than coming in to the office,
you could just drop it round to mine on your way past on Saturday - I'm at
27 Chapel Street, Horsforth, LS18 5QX. Pop it through the letterbox.

Siobhan
""",
    form="alt", note="own home address given")

add("flag", "snapchat-pupil", LINDQVIST, [P_MORRIS], "revision",
    """Jacob,

Good effort today. If you get stuck on the past paper tonight add me on snap
(mr.lindq.physics) and send a pic of the question, I'll have a look.

Mr L
""",
    note="teacher offers Snapchat handle to pupil")

add("flag", "instagram-art-pupil", RHODES, [Y11ART], "Sketchbook inspiration",
    """Hi all,

Some of you asked how I built up the layered backgrounds in the examples I showed
today. I post my own stuff on Instagram - follow me at @lucy_draws_leeds and DM me if
you want me to look at your work over half term.

Keep going with those final pieces!

Miss Rhodes
Art & Design""",
    form="alt", note="personal Instagram + invite to DM, to pupil list")

add("flag", "home-landline-after-six", ASHWORTH, [ALI], "Zain - Year 9 options",
    """Dear Mr Guardian,

I know you wanted to talk through the options form before it goes in. I'm in lessons
all day Wednesday and Thursday, but you're very welcome to ring me at home on
0113 496 0782 any evening after six.

Best wishes,
Mrs H Ashworth
Head of Year 9
""",
    note="home landline")

add("flag", "telegram-revision-group", ADEYEMI, [P_SINGH, P_DOYLE, P_OWEN], "Further Maths revision chat",
    """Hi all,

As promised I've set up a Telegram group for the FM lot so we can go through
questions in the evenings - here's the invite: https://t.me/+Qf7sPz2kYtA1Njg0

Don't share the link outside the class please.

Mr Adeyemi""",
    note="teacher-run Telegram group for pupils")

add("flag", "facebook-friend-request", WHITWORTH, [JANE], "Thank you!",
    """Dear Jane,

Thank you so much for the lovely card and flowers, it really made my week. Amelia has
been an absolute joy to teach this year.

If you're on Facebook, do send me a friend request (Claire Whitworth-Hale, the one with
the spaniel photo) - it would be lovely to keep in touch and see how she gets on.

All the best,
Claire""",
    form="html", note="invites parent to Facebook friendship")

add("flag", "vcard-attached-direct", BROOKS, [SAM], "Contact details for the robotics competition",
    """Hi Sam,

For the regional robotics final on the 8th I've attached my contact card so you can
reach me directly on the day rather than going through the office.

Cheers,
James Brooks
Computing""",
    attach=[("text/vcard", "James_Brooks.vcf",
             "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Brooks;James;;;\r\nFN:James Brooks\r\n"
             "TEL;TYPE=CELL,VOICE:07700 900631\r\nEMAIL;TYPE=HOME:jbrooks.maker@gmail.com\r\n"
             "ADR;TYPE=HOME:;;4 Larch Close;Pudsey;;LS28 9ZZ;UK\r\nEND:VCARD\r\n")],
    note="personal mobile/e-mail/home address only in attached vCard")

add("flag", "base64-personal-phone", NOWAK, [P_AKHTAR], "Your speaking exam",
    """Hi Aisha,

Don't worry about Monday - you know the photo card questions really well.

If you get nervous over the weekend, you can text me on my personal phone
(07700 900274) and we can do a quick practice call.

Pani Nowak
""",
    form="plain_b64", note="base64 body; personal phone to pupil")

add("flag", "qp-html-nbsp-number", OKAFOR, [ALI], "Art trip to the Hepworth",
    """Dear Mr Guardian,

Just to confirm Zain has a place on the Hepworth trip on Friday. We leave at 8.45 and
should be back by 3.30.

As it's just me and a TA, if anything comes up on the day please ring my own mobile:
07700&nbsp;900&nbsp;415.

Sarah Okafor""",
    form="html_qp", note="QP HTML, number split with &nbsp;")

add("flag", "plus44-dotted", KHAN, [JANE], "Work experience placement",
    """Hi Mrs Parent,

Great news - the vets in Otley have said yes to Ellie for the week of 23 June.

My school phone never seems to work when I'm out visiting placements, so best to
reach me on my own number, +44 7700.900.226.

Imran Khan
Careers Lead""",
    note="+44 format with dots")

add("flag", "signal-same-number", BEAUMONT, [P_BELL], "Re: chess club",
    """Harvey,

No problem about missing it. Message me on Signal - same number I rang you from on the
minibus - and I'll let you know which puzzles we're doing next week.

Mr Beaumont
""",
    reply=("Harvey Bell", "Tue, 4 Feb 2025 16:02:55 +0000",
           "sir i cant come to chess on thursday because of dentist sorry"),
    note="invite to Signal, number implied [unsure]", unsure=True)

add("flag", "discord-handle-pupil", BROOKS, [P_NG], "Python help",
    """Hi Ethan,

Good question about the while loop. If you get stuck tonight add me on Discord -
I'm jbrooks_codes - and I'll talk you through it.

Mr Brooks""",
    note="personal Discord handle to pupil")

add("flag", "forward-own-phone", FENWICK, [SAM], "Fwd: Malham fieldtrip final details",
    """Hi Sam,

Forwarding this in case it didn't reach you. Any problems on the morning, call my own
phone on 07700 900908 rather than reception, they don't open till 8.

Gareth

---------- Forwarded message ---------
From: Geography Department <geography@example-school.org.uk>
Date: Mon, 10 Mar 2025 at 12:14
Subject: Malham fieldtrip final details
To: Year 10 Geography parents

Dear Parents and Carers,

The coach leaves from the Park Row entrance at 7.30 on Thursday 13 March and will
return at approximately 5pm. Pupils need a packed lunch, waterproofs and sturdy shoes.

Geography Department
Example School, Park Row, Leeds LS1 4AP""",
    note="forward; own mobile added in new text")

add("flag", "cc-parent-ring-me", MCBRIDE, [HUGHES], "Ring me re Kai – my number",
    """Karen,

Copying Sam in as discussed. Sam - as I said on the phone, it's fine to ring or text me
on 07700 900 553 if Kai has another wobble before his mocks; that's my own mobile.

Karen - can you let me know how he got on in today's lesson?

Siobhan""",
    cc=[SAM], subj_enc=True, note="parent only in Cc; RFC 2047 subject")

add("flag", "ics-tutoring-at-home", OKAFOR, [JANE], "Art portfolio session",
    """Hi Jane,

As agreed, I've sent an invite for Ellie's extra portfolio session on Saturday. It's
easier to do it at my flat where I've got the big table - address is in the invite.

Sarah""",
    attach=[("text/calendar", "portfolio_session.ics",
             "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example School//Round10//EN\r\n"
             "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r10-portfolio-0315@example-school.org.uk\r\n"
             "DTSTAMP:20250310T090000Z\r\nDTSTART:20250315T100000Z\r\nDTEND:20250315T120000Z\r\n"
             "SUMMARY:Ellie - portfolio session\r\n"
             "LOCATION:Flat 3\\, 9 Victoria Road\\, Headingley\\, Leeds LS6 1QZ\r\n"
             "END:VEVENT\r\nEND:VCALENDAR\r\n")],
    note="own home address in .ics LOCATION")

add("flag", "whatsapp-group-netball", ASHWORTH, [NETBALL], "Netball team chat",
    """Hi girls,

Loads of you keep missing the fixture changes, so I've made a WhatsApp group for the
team. Tap to join: https://chat.whatsapp.com/Hk3JxQ9aLp2Wm7 and I'll put updates in
there from my phone. Also my gmail is helen.ashworth.netball@gmail.com if you can't get
on WhatsApp.

Mrs Ashworth""",
    form="alt", note="staff-run WhatsApp group + personal gmail to pupils")

# ---------------------------------------------------------------------------------------------
# CLEAN: everyday mail to parents / pupils
# ---------------------------------------------------------------------------------------------
add("clean", "homework-reminder", HUGHES, [P_OWEN], "Homework due Friday",
    """Hi Freya,

Just a reminder that your simultaneous equations homework is due on Friday. It's set on
Sparx so you don't need to print anything.

Mrs Hughes""")

add("clean", "parents-evening-booking", OFFICE, [JANE, SAM, ALI], "Year 9 parents' evening - booking now open",
    """Dear Parents and Carers,

Year 9 parents' evening will take place on Thursday 6 February from 4pm to 7pm in the
main hall. Appointments can be booked through the School Cloud system from today.

If you have any difficulty booking, please contact the school office on 01632 960000
or office@example-school.org.uk.

Example School Office
""" + ADDR, form="alt", note="school office number and address only")

add("clean", "detention-notice", PATEL, [ALI], "After-school detention - Wednesday",
    """Dear Mr Guardian,

I'm writing to let you know Zain has a 30-minute detention on Wednesday after school
for repeatedly not bringing his equipment to Chemistry. He'll be finished by 3.50.

Kind regards,

""" + sig(PATEL, "Teacher of Chemistry"))

add("clean", "absence-query", ATTEND, [SAM], "Absence today - Kai",
    """Dear Sam Carer,

Kai has been marked absent this morning and we have not received a reason. Please
reply to this e-mail or call the attendance line on 01632 960000 (option 1).

Attendance Team""")

add("clean", "reply-thanks-for-update", DAWSON, [JANE], "Re: Ollie's ankle",
    """Thanks Jane, glad to hear it's nothing serious. He can sit out practical PE this week
and do the coaching role instead - no need for a note.

Tom Dawson
PE""",
    reply=("Jane Parent", "Sun, 12 Jan 2025 18:20:33 +0000",
           """Hi Mr Dawson,

Just to let you know we went to the walk-in centre and it's only a sprain. He's been
told to rest it for a week.

Jane"""))

add("clean", "reading-list", WHITWORTH, [P_DOYLE], "Wider reading for A level",
    """Hi Niamh,

Here are three of the texts I mentioned:

- Never Let Me Go (Kazuo Ishiguro)
- The Handmaid's Tale (Margaret Atwood)
- Rebecca (Daphne du Maurier)

All three are in the LRC. Let me know what you think of them in our next lesson.

Ms Whitworth-Hale""", form="html")

add("clean", "fixture-result", ASHWORTH, [NETBALL], "Great win on Saturday!",
    """Well done everyone - 18-11 against Roundhay is a brilliant result. Training is back to
normal on Tuesday at 3.20 in the sports hall.

Mrs Ashworth""")

add("clean", "uniform-reminder", MCBRIDE, [SAM], "Uniform",
    """Hi Sam,

A gentle reminder that trainers aren't part of our uniform. Kai's been wearing them for
a few days now. If there's a problem with his school shoes, the office can help through
the uniform exchange.

Thanks,
Ms McBride
Head of Year 10""")

add("clean", "exam-timetable", OFFICE, [P_SINGH], "Your mock exam timetable",
    """Dear Priya,

Your personal mock timetable is attached to your Student Planner on Arbor. Exams begin
on Monday 24 February. Please check for clashes and tell the exams office by Friday.

Exams Office
Example School""", form="alt")

add("clean", "praise-postcard", NOWAK, [ALI], "Well done Zain!",
    """Dear Mr Guardian,

I just wanted to let you know that Zain did a fantastic job of his French presentation
today - he spoke confidently and used three different tenses. He's earned 5 house
points.

Best wishes,
Marta Nowak
Languages""", form="html")

add("clean", "trip-payment-due", OFFICE, [JANE], "Reminder: Berlin trip balance",
    """Dear Jane Parent,

This is a reminder that the final balance of £185.00 for the Berlin history trip is due
by 31 January. Payments can be made through ParentPay.

Many thanks,
Finance Office
Example School""")

add("clean", "coursework-feedback", FENWICK, [P_OWEN], "NEA feedback",
    """Freya,

I've left comments on your methodology section in Google Classroom. Main thing: add a
justification for your sample size. Otherwise it's really coming along.

Mr Fenwick""")

add("clean", "reply-pupil-extension", KHAN, [P_MORRIS], "Re: UCAS statement deadline",
    """Hi Jacob,

Yes, Friday is fine as long as it's in before 9am. Book a slot with me if you want to go
through the final draft.

Mr Khan""",
    reply=("Jacob Morris", "Wed, 29 Jan 2025 21:15:02 +0000",
           "Hi sir, could I have until Friday for my personal statement draft? Thanks, Jacob"))

add("clean", "sen-review-meeting", BEAUMONT, [SAM], "Annual review meeting",
    """Dear Sam,

Kai's annual review will be on Tuesday 11 March at 2pm in the SEND base. Please let me
know if that time doesn't suit and I'll find another.

Peter Beaumont
SENCo
""" + ADDR, form="alt")

add("clean", "lost-property", OFFICE, [ALI], "Lost property - blazer",
    """Dear Mr Guardian,

A blazer with Zain's name in it has been handed in to student services. He can collect it
at break or lunch.

Student Services""")

add("clean", "concert-invite-html", RHODES, [JANE, SAM, ALI], "Spring concert and art exhibition",
    """Dear families,

You're warmly invited to our Spring Concert and Art Exhibition on Wednesday 26 March at
6.30pm in the main hall. Tickets are free but please book through the school website.

Miss Rhodes""", form="html",
    html_sig=[("Lucy Rhodes", ""), ("Head of Art", ""), ("Tel", "01632 960000"), ("", ADDR)])

add("clean", "science-practical", PATEL, [P_NG], "Practical write-up",
    """Ethan,

Your rates of reaction write-up was missing the conclusion. Please add it and resubmit
on Teams by Monday.

Mr Patel""")

add("clean", "sixth-form-open-evening", KHAN, [JANE], "Sixth form open evening",
    """Dear Jane,

Thanks for asking about sixth form. Our open evening is on 14 November from 6pm; Ellie is
welcome to bring questions for any of the subject leaders.

Imran Khan""", form="plain_qp")

add("clean", "dofe-kit-list", DAWSON, [P_BELL], "DofE kit list",
    """Harvey,

Attached is the kit list for the bronze practice expedition. Make sure you bring a proper
waterproof - last year's group got soaked.

Mr Dawson""",
    attach=[("text/plain", "kit_list.txt",
             "Rucksack (50-65l)\nWaterproof jacket and trousers\nWalking boots\nSleeping bag\n"
             "Torch\nWater bottle x2\n")])

add("clean", "behaviour-positive", ADEYEMI, [ALI], "Maths update",
    """Dear Mr Guardian,

Zain has really turned things round in Maths this half term. His last test score went
up from 42% to 67%. Please pass on my congratulations.

Mr Adeyemi""")

add("clean", "year11-revision-sessions", ASHWORTH, [JANE, SAM], "Year 11 Easter revision sessions",
    """Dear Parents and Carers,

We're running revision sessions in school on 8, 9 and 10 April from 9.30 to 12.30. Pupils
should sign up with their form tutor. Lunch will be available in the canteen.

Mrs Ashworth
Head of Year 11""", form="html")

add("clean", "library-overdue", OFFICE, [P_DOYLE], "Overdue library book",
    """Hi Niamh,

Your copy of "Atonement" is now two weeks overdue. Please return it to the LRC when you
can.

LRC Team""")

add("clean", "pupil-thank-you", OKAFOR, [P_AKHTAR], "Thank you for helping",
    """Hi Aisha,

Thank you for helping set up the Year 7 art display after school - it looks amazing.

Miss Okafor""")

add("clean", "reply-parent-medication", BEAUMONT, [JANE], "Re: Inhaler",
    """Dear Jane,

Thank you - I've passed this on to the medical room and they'll keep the spare inhaler
in Ollie's named box.

Peter Beaumont""",
    reply=("Jane Parent", "Mon, 3 Feb 2025 07:55:10 +0000",
           "Hi, I've sent a spare inhaler in with Ollie today. Could it be kept in the medical room please? Jane"))

add("clean", "options-evening", ASHWORTH, [ALI, SAM], "Year 9 options evening",
    """Dear Parents and Carers,

Options evening is on Tuesday 4 March at 6pm. Subject presentations run in the main hall
with stalls in the dining room afterwards. Options forms are due back by 21 March.

Helen Ashworth
Head of Year 9""", form="alt")

add("clean", "computing-club", BROOKS, [P_NG, P_BELL], "Code club this week",
    """Hi both,

Code club is in IT2 this Thursday rather than IT1. We're starting the micro:bit project.

Mr Brooks""")

add("clean", "report-published", OFFICE, [SAM], "Spring term report",
    """Dear Sam Carer,

Kai's spring term report is now available in the Arbor parent app. If you have any
questions, please contact his form tutor through the school office.

Example School Office""", subj_enc=True)

add("clean", "french-exchange", NOWAK, [JANE], "French exchange - expression of interest",
    """Chère Madame Parent,

Merci for your interest in the Lyon exchange. We'll send out the full letter and the
host family form after half term.

Marta Nowak
Languages""", form="plain_qp", subj_enc=True)

add("clean", "pe-kit-missing", DAWSON, [SAM], "PE kit",
    """Hi Sam,

Kai has forgotten his PE kit three times this half term. Could you check he has it in his
bag on Mondays and Thursdays?

Tom Dawson""")

add("clean", "careers-fair", KHAN, [P_SINGH, P_MORRIS], "Careers fair on Wednesday",
    """Hi both,

Over 30 employers and universities are coming to the careers fair on Wednesday period 5.
Bring some questions and a copy of your CV if you have one.

Mr Khan""", form="html")

# ---------------------------------------------------------------------------------------------
# CLEAN: hard negatives
# ---------------------------------------------------------------------------------------------
add("clean", "hn-confirm-parent-mobile", OFFICE, [JANE], "Contact details updated",
    """Dear Jane Parent,

As requested, we have updated the mobile number on Ellie's record to 07700 900123 and
removed the old landline. Please let us know if anything else changes.

Data Office
Example School""", note="parent's own number confirmed back")

add("clean", "hn-quoted-parent-details", MCBRIDE, [SAM], "Re: Change of address",
    """Dear Sam,

Thanks for letting us know. I've passed your new address to the data office and they'll
update Kai's record today.

Siobhan McBride
Head of Year 10""",
    reply=("Sam Carer", "Thu, 6 Feb 2025 20:11:45 +0000",
           """Hi Ms McBride,

We've moved house. New address is 48 Rowan Crescent, Bramley, Leeds LS13 9QJ.
My mobile is still 07700 900456 and you can use my work e-mail too,
s.carer@example.com.

Thanks
Sam"""),
    note="parent's own address/mobile in quoted text")

add("clean", "hn-youth-service-number", BEAUMONT, [ALI], "Support for Zain",
    """Dear Mr Guardian,

Following our meeting, the Leeds Youth Counselling Service run drop-in sessions on
Tuesday evenings. You can self-refer on 0113 496 0345 or at referrals@example.org.

Peter Beaumont
SENCo""", note="third-party agency contact")

add("clean", "hn-coach-driver", FENWICK, [JANE, SAM], "Malham - on the day contact",
    """Dear Parents and Carers,

On the day of the fieldtrip, if you need to reach the group please ring the school
office on 01632 960000 and they will contact us. The coach company (Dales Travel,
0161 496 0712) will also have our itinerary.

Gareth Fenwick
Geography""", note="school number + coach company landline")

add("clean", "hn-candidate-numbers", OFFICE, [P_SINGH], "Your candidate number",
    """Dear Priya,

Your candidate number for the summer series is 4821 and our centre number is 36512.
Please write both on every answer booklet. Your UCI is 36512S25004821Q.

Exams Office""", note="exam numbers, not phones")

add("clean", "hn-bank-details-trip", OFFICE, [ALI], "Paying for the Berlin trip",
    """Dear Mr Guardian,

If you are unable to use ParentPay, you can pay by bank transfer to the school fund:

Account name: Example School Fund
Sort code: 20-77-00
Account number: 90012345
Reference: BER25-0789

Finance Office
Example School""", note="school bank details and refs")

add("clean", "hn-isbn-and-prices", WHITWORTH, [JANE], "Set text for Year 10",
    """Dear Jane,

Amelia will need her own copy of An Inspector Calls for annotation. The edition we use is
ISBN 978-0-435-23278-5, about £7.99. The school shop sells it for £5.50.

Claire Whitworth-Hale""", note="ISBN and prices")

add("clean", "hn-official-social", OFFICE, [JANE, SAM, ALI], "Newsletter - February",
    """Dear families,

This month: Year 8 Science Week, the Spring Concert and our new breakfast club.

Stay up to date by following the school's official accounts: @ExampleSchoolLeeds on X
and Instagram, and the Example School Facebook page. These are run by the school office
and we never message pupils through them.

Example School Office
""" + ADDR, form="html", note="official school social media")

add("clean", "hn-esafety-snapchat", DSL, [JANE, SAM, ALI], "E-safety: Snap Map and group chats",
    """Dear Parents and Carers,

We've had a few incidents this half term involving Snapchat and WhatsApp group chats
outside school. A reminder that the minimum age for Snapchat, WhatsApp, Instagram and
TikTok is 13 (16 for WhatsApp in the UK). Please check Snap Map is set to Ghost Mode.

Staff will never contact pupils on these apps. If anyone claiming to be staff does,
please tell us straight away.

Designated Safeguarding Lead
Example School, 01632 960000""", form="alt", note="e-safety advice naming apps")

add("clean", "hn-staff-text-me-colleague", DAWSON, [FENWICK], "Cover tomorrow",
    """Gaz,

Car's in the garage so I might be a bit late tomorrow. Text me on 07700 900612 if you
need me to swap the duty. Otherwise I'll be in by 8.40.

Tom""", note="staff-only, personal mobile")

add("clean", "hn-staff-address-change-hr", OKAFOR, [HR], "Change of address",
    """Hi,

Please update my home address for payroll to Flat 3, 9 Victoria Road, Headingley,
Leeds LS6 1QZ from 1 March. My personal e-mail is sarah.okafor.art@gmail.com.

Thanks,
Sarah Okafor""", note="staff-only to HR")

add("clean", "hn-refuse-personal-number", HUGHES, [SAM], "Re: Your number?",
    """Hi Sam,

I'm sorry, but I'm not able to give out my personal number. If you need me urgently,
please call the school office on 01632 960000 and they'll get a message to me, or
e-mail me here at k.hughes@example-school.org.uk.

Best wishes,
Karen Hughes""",
    reply=("Sam Carer", "Fri, 7 Feb 2025 17:30:12 +0000",
           "Hi Mrs Hughes, is there a mobile I can text you on? Email is a bit slow for me. Sam"),
    note="staff declines, gives school contacts")

add("clean", "hn-teams-message-me", PATEL, [P_NG], "Questions about the test",
    """Ethan,

If you have any questions before Thursday's test, send me a message on Teams or come to
S4 at lunch. Don't leave it till the morning!

Mr Patel""", note="official channel: Teams")

add("clean", "hn-school-email-stated", RHODES, [P_OWEN], "Sending me your photos",
    """Hi Freya,

Please send the photos of your final piece to my school email, l.rhodes@example-school.org.uk,
or upload them to the Year 11 Art Classroom - not to any other account.

Miss Rhodes""", note="school e-mail address")

add("clean", "hn-venue-address", NOWAK, [ALI], "Languages film screening",
    """Dear Mr Guardian,

The Year 10 French film screening is at the Hyde Park Picture House, 73 Brudenell Road,
Leeds LS6 1JD, on 19 March. Pupils will walk there with staff and return by 3.15.

Marta Nowak""", note="third-party venue address")

add("clean", "hn-staff-whatsapp-colleagues", ADEYEMI, [STAFFROOM], "Staff football on Friday",
    """Hi all,

Staff 5-a-side is back on Friday at 4.30 at Goals Leeds. I've set up a WhatsApp group -
drop me a text on 07700 900 377 if you want adding.

Tunde""", note="staff-only, WhatsApp + personal mobile")

add("clean", "hn-dsl-report-friend-request", WHITWORTH, [DSL], "Friend request from a parent",
    """Hi,

Just logging that a parent (Year 10) sent me a Facebook friend request last night to my
personal account (Claire Whitworth-Hale). I've declined it and not replied. Happy to talk.

Claire""", note="staff-only report to DSL about Facebook")

add("clean", "hn-ics-parents-evening", OFFICE, [JANE], "Your parents' evening appointments",
    """Dear Jane Parent,

Your appointments for Thursday 6 February are attached as a calendar invitation.

Example School Office""",
    attach=[("text/calendar", "appointments.ics",
             "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example School//Round10//EN\r\n"
             "BEGIN:VEVENT\r\nUID:r10-pe-0206@example-school.org.uk\r\n"
             "DTSTAMP:20250130T120000Z\r\nDTSTART:20250206T163000Z\r\nDTEND:20250206T170000Z\r\n"
             "SUMMARY:Parents' evening - Ellie (Year 9)\r\n"
             "LOCATION:Main Hall\\, Example School\\, Park Row\\, Leeds LS1 4AP\r\n"
             "DESCRIPTION:Queries: 01632 960000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")],
    note=".ics at school address")

add("clean", "hn-vcard-office", OFFICE, [SAM], "Our contact details",
    """Dear Sam Carer,

As requested, our contact card is attached so you can save it to your phone.

Example School Office""",
    attach=[("text/vcard", "Example_School.vcf",
             "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Example School Office\r\nORG:Example School\r\n"
             "TEL;TYPE=WORK,VOICE:01632 960000\r\nEMAIL;TYPE=WORK:office@example-school.org.uk\r\n"
             "ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;UK\r\nEND:VCARD\r\n")],
    note="school vCard")

add("clean", "hn-trip-mobile-school-owned", DAWSON, [JANE, ALI], "Lake District residential - emergency contact",
    """Dear Parents and Carers,

While we are away, the school's trip mobile (a school-owned phone, not a member of
staff's) will be on 07700 900250. Outside 8am-6pm, please use this number only in an
emergency. At all other times, contact the school office on 01632 960000.

Tom Dawson
Trip Leader""", note="school-owned trip mobile [unsure]", unsure=True)

add("clean", "hn-direct-line", KHAN, [ALI], "Careers appointment",
    """Dear Mr Guardian,

Zain's careers interview is on 12 March at 10.20. If you need to rearrange, my direct
line in the careers office is 01632 960214.

Imran Khan
Careers Lead""", note="school direct-dial extension [unsure]", unsure=True)

add("clean", "hn-childline-helpline", DSL, [P_AKHTAR, P_DOYLE], "Support over the holidays",
    """Hi both,

Just a reminder that the school is closed over the Easter holidays. If you need to talk
to someone, you can call the Young Minds text line on 0808 157 0123 or e-mail
help@example.org. In an emergency, always call 999.

Designated Safeguarding Lead""", note="helpline numbers")

add("clean", "hn-parent-address-delivery", BEAUMONT, [JANE], "Laptop delivery",
    """Dear Jane,

As agreed, our IT technician will drop Ollie's loan laptop at 11 Birch Avenue, Leeds
LS7 3PE (the address on his record) on Thursday morning.

Peter Beaumont
SENCo""", note="parent's own home address")

add("clean", "hn-money-times-rooms", PATEL, [P_MORRIS], "Revision session details",
    """Jacob,

Saturday revision: room S07, 09:00-11:30. Cost for the revision guide is £4.50, pay on
ParentPay (item 7700-9003). Bring a calculator.

Mr Patel""", note="phone-like digits that are not a phone")

add("clean", "hn-discord-warning", BROOKS, [P_NG, P_BELL], "Online gaming safety",
    """Hi both,

Some of the code club mentioned a Discord server where people were sharing answers.
Please remember: staff won't ever join or run Discord servers with pupils, and you
shouldn't add teachers on any personal app. Anything for code club goes through Teams.

Mr Brooks""", note="e-safety advice mentioning Discord")

add("clean", "hn-forward-staff-thread-school-only", MCBRIDE, [ALI], "Fwd: Year 10 reward trip",
    """Dear Mr Guardian,

See below for the details of the reward trip - Zain has qualified!

Siobhan McBride

---------- Forwarded message ---------
From: Lucy Rhodes <l.rhodes@example-school.org.uk>
Date: Tue, 11 Mar 2025 at 09:40
Subject: Year 10 reward trip
To: Year 10 team <year10@example-school.org.uk>

Hi all, the reward trip to Flamingo Land is on 30 June. Questions to the office on
01632 960000. Lucy""", note="forwarded staff thread, only school contacts")

add("clean", "hn-parent-instagram-quoted", OKAFOR, [JANE], "Re: Ellie's artwork",
    """Dear Jane,

That's lovely to hear - but please don't tag the school in the posts; we'd rather
pupils' work wasn't shared with their names on. I'm happy for you to share it on your
own account without her surname.

Sarah Okafor""",
    reply=("Jane Parent", "Sat, 15 Mar 2025 10:02:44 +0000",
           """Hi Miss Okafor,

I've put Ellie's painting on my Instagram (@janeparent_bakes) - hope that's OK!

Jane"""), note="parent's own Instagram quoted", unsure=False)

add("clean", "hn-pupil-contact-form", ATTEND, [P_OWEN], "Please update your contact details",
    """Hi Freya,

We need an up-to-date mobile number for you for sixth form registration texts. Please
fill in your own mobile number and home address on the attached form and hand it in to
student services.

Attendance Team""",
    attach=[("text/plain", "contact_form.txt",
             "Student name: ____________\nMobile: ____________\nHome address: ____________\n")],
    note="asks for pupil's details; form has blanks")

add("clean", "hn-dsl-unfamiliar-number", DSL, [JANE], "Message from an unknown number",
    """Dear Jane,

Thank you for forwarding the screenshot. The number 07700 900999 that messaged Ellie is
not a member of our staff. We have reported it to the police and Ellie's form tutor is
aware. Please don't reply to it.

Designated Safeguarding Lead
Example School, 01632 960000""", note="third-party unknown number")

add("clean", "hn-my-mobile-no-number", DAWSON, [P_BELL], "Football boots",
    """Harvey,

I found your boots in the changing room. I'd have messaged you but I never keep pupils'
details on my phone, so grab them from the PE office tomorrow.

Mr Dawson""", note="mentions own phone, no details [unsure]", unsure=True)


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------
def fmt_addr(p):
    name, addr = p
    if all(ord(c) < 128 for c in name) and not any(c in name for c in ',"()<>@;:'):
        return f"{name} <{addr}>"
    return email.utils.formataddr(p)


def enc_subject(s, force):
    if force or any(ord(c) > 127 for c in s):
        return Header(s, "utf-8").encode(maxlinelen=76)
    return s


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, html_sig, keep_entities=False):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        t = p if keep_entities else html_escape(p)
        out.append("<p>" + t.replace("\n", "<br>\n") + "</p>")
    body = "\n".join(out)
    if html_sig:
        rows = []
        for k, v in html_sig:
            if k and v:
                rows.append(f'<tr><td style="color:#555;padding-right:8px">{html_escape(k)}</td>'
                            f"<td>{html_escape(v)}</td></tr>")
            else:
                rows.append(f'<tr><td colspan="2">{html_escape(k or v)}</td></tr>')
        body += ('\n<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;'
                 'font-size:12px;border-top:2px solid #1d4e89;margin-top:12px">\n'
                 + "\n".join(rows) + "\n</table>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "\n</body></html>\n")


def plain_sig(html_sig):
    if not html_sig:
        return ""
    lines = []
    for k, v in html_sig:
        lines.append(f"{k}: {v}" if (k and v) else (k or v))
    return "\n\n" + "\n".join(lines)


def leaf(ctype, text, cte, extra_headers=""):
    data = text.encode("utf-8")
    h = f"Content-Type: {ctype}; charset=\"utf-8\"\n"
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii")
        h += "Content-Transfer-Encoding: quoted-printable\n"
    elif cte == "b64":
        body = base64.encodebytes(data).decode("ascii")
        h += "Content-Transfer-Encoding: base64\n"
    else:
        body = text
        h += "Content-Transfer-Encoding: " + ("8bit" if any(ord(c) > 127 for c in text) else "7bit") + "\n"
    return h + extra_headers + "\n" + body.rstrip("\n") + "\n"


def attachment(mtype, filename, content):
    data = content.encode("utf-8")
    b = base64.encodebytes(data).decode("ascii")
    extra = ""
    if mtype == "text/calendar":
        mtype_full = 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename
    else:
        mtype_full = f'{mtype}; charset="utf-8"; name="{filename}"'
    return (f"Content-Type: {mtype_full}\nContent-Transfer-Encoding: base64\n"
            f'Content-Disposition: attachment; filename="{filename}"\n{extra}\n{b}')


def multipart(subtype, parts, boundary):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    s += "This is a multi-part message in MIME format.\n"
    for p in parts:
        s += f"\n--{boundary}\n" + p
    s += f"\n--{boundary}--\n"
    return s


def build(idx, spec, date):
    body = spec["body"]
    if spec["reply"]:
        who, when, q = spec["reply"]
        quoted = "\n".join(("> " + l) if l else ">" for l in q.split("\n"))
        body = body.rstrip("\n") + f"\n\nOn {when}, {who} wrote:\n" + quoted + "\n"
    form = spec["form"]
    hs = spec["html_sig"]
    b = f"=_r10pa_{idx:03d}"
    if form == "plain":
        content = leaf("text/plain", body + plain_sig(hs), "7bit")
    elif form == "plain_qp":
        content = leaf("text/plain", body + plain_sig(hs), "qp")
    elif form == "plain_b64":
        content = leaf("text/plain", body + plain_sig(hs), "b64")
    elif form == "html":
        content = leaf("text/html", to_html(body, hs), "qp")
    elif form == "html_qp":
        content = leaf("text/html", to_html(body, hs, keep_entities=True), "qp")
    elif form == "alt":
        content = multipart("alternative", [
            leaf("text/plain", body + plain_sig(hs), "qp"),
            leaf("text/html", to_html(body, hs), "qp")], b + "_alt")
    else:
        raise ValueError(form)
    if spec["attach"]:
        parts = [content] + [attachment(*a) for a in spec["attach"]]
        content = multipart("mixed", parts, b + "_mix")
    subj = spec["subject"]
    if spec["reply"] and not subj.lower().startswith("re:"):
        subj = "Re: " + subj
    hdr = [
        f"From: {fmt_addr(spec['frm'])}",
        "To: " + ", ".join(fmt_addr(p) for p in spec["to"]),
    ]
    if spec["cc"]:
        hdr.append("Cc: " + ", ".join(fmt_addr(p) for p in spec["cc"]))
    hdr += [
        "Subject: " + enc_subject(subj, spec["subj_enc"]),
        "Date: " + email.utils.format_datetime(date),
        f"Message-ID: <r10pa.{idx:03d}.{spec['slug']}@example-school.org.uk>",
    ]
    if spec["reply"]:
        hdr.append(f"In-Reply-To: <r10pa-orig.{idx:03d}@mail.example.net>")
        hdr.append(f"References: <r10pa-orig.{idx:03d}@mail.example.net>")
    hdr.append("MIME-Version: 1.0")
    hdr.append("X-Mailer: Microsoft Outlook 16.0" if idx % 3 else "User-Agent: Mozilla Thunderbird")
    text = "\n".join(hdr) + "\n" + content
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    specs = list(SPECS)
    random.Random(20250110).shuffle(specs)
    base = dt.datetime(2025, 1, 13, 8, 5, tzinfo=dt.timezone.utc)
    rows = []
    for i, spec in enumerate(specs, 1):
        date = base + dt.timedelta(hours=i * 19, minutes=(i * 37) % 60)
        name = f"{i:03d}_{spec['label']}_{spec['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(i, spec, date))
        note = spec["note"] or ("everyday" if not spec["slug"].startswith("hn-") else "hard negative")
        if spec["unsure"] and "[unsure]" not in note:
            note += " [unsure]"
        rows.append([name, spec["label"], spec["frm"][1],
                     " ".join(p[1] for p in spec["to"] + spec["cc"]), note])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    nflag = sum(1 for s in SPECS if s["label"] == "flag")
    nclean = len(SPECS) - nflag
    nhn = sum(1 for s in SPECS if s["slug"].startswith("hn-"))
    unsure = [r[0] for r in rows if "[unsure]" in r[4]]
    readme = f"""# Round 10 hold-out: personal-address-to-parent

**BLIND TEST SET. Never use these messages to tune rules, thresholds or word lists.**
They were written without reading the mailguard code, rules, tests, docs or git history,
from the school's e-mail/social-media policy and the module description only.

## What it tests
Staff must not give parents or pupils their own personal contact details (personal
mobile, home phone, home address, personal e-mail) or invite them to private channels
(WhatsApp, Snapchat, Instagram, Facebook, TikTok, Telegram, Signal, Discord, "text me").
School/official contacts are fine. The check applies only when To/Cc include a known
parent (directory/parents.csv) or a pupil (@{PUPILS}).

## Contents
- {len(SPECS)} messages: {nflag} `flag`, {nclean} `clean`
  ({nclean - nhn} everyday mail to parents/pupils, {nhn} hard negatives: slugs starting `hn-`).
- `labels.csv`: file,expected,sender,recipients,note (recipients = To + Cc).
  Judgement calls carry `[unsure]` in the note ({len(unsure)}: {", ".join(unsure)}).
- Forms: plain 7bit, quoted-printable, base64, multipart/alternative, HTML-only with
  signature tables, replies with quoted text, forwards, vCard and .ics attachments,
  RFC 2047 subjects. CRLF line endings.
- All people, numbers (Ofcom drama ranges) and addresses are fictitious.

## Regenerate
    python3 tests/holdout/round10/make_round10_personal.py

Deterministic (fixed dates, Message-IDs, MIME boundaries, shuffle seed): two runs are
byte-identical.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(f"wrote {len(SPECS)} messages ({nflag} flag, {nclean} clean) to {OUT}")


if __name__ == "__main__":
    main()
