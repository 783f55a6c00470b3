#!/usr/bin/env python3
"""Generate the round-24 BLIND hold-out corpus for the personal-address-to-parent module.

Setting: a three-form-entry primary school in a commuter town, part of a multi-academy trust.
Deterministic: fixed dates, Message-IDs and MIME boundaries.  Python 3.11 stdlib only.

Usage:  python3 make_round24_personal.py
Writes *.eml, labels.csv and README.md into ./personal-address-to-parent/ next to this script.
"""
import csv
import hashlib
import html as htmlmod
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
BST = timezone(timedelta(hours=1))
GMT = timezone(timedelta(hours=0))

# ---------------------------------------------------------------- people
def S(name, local):
    return f"{name} <{local}@{DOM}>"

RH = S("Rachel Hughes", "r.hughes")          # Year 3 teacher (Oak Class)
TO = S("Tom Okafor", "t.okafor")             # Year 6 teacher, PE lead
PD = S("Priya Desai", "p.desai")             # Reception teacher (Hedgehogs)
SN = S("Siobhán Ní Bhriain", "s.nibhriain")  # Deputy head, DSL
DSL = S("Designated Safeguarding Lead", "dsl")
HEAD = S("David Whitworth", "head")          # Headteacher
OFFICE = S("Example School Office", "office")  # Karen Lister
ATT = S("Janet Moss (Attendance)", "attendance")
CR = S("Callum Reid", "c.reid")              # Year 5 teacher
FB = S("Fatima Begum", "f.begum")            # SENCo
HC = S("Helen Crossley", "h.crossley")       # Kingfishers wraparound club manager
LP = S("Luke Pemberton", "l.pemberton")      # Year 4 teacher, computing lead
GT = S("Gemma Tate", "g.tate")               # TA Year 2
ZK = S("Zoë Kowalski", "z.kowalski")         # Year 1 teacher
MA = S("Marcus Allen", "m.allen")            # Business manager
AF = S("Anna Fletcher", "a.fletcher")        # Year 2 teacher, PTA link
OJ = S("Owen Jenkins", "o.jenkins")          # Site manager
CB = S("Chloe Barker", "c.barker")           # Music teacher (part time)
BN = S("Bethan Naylor", "b.naylor")          # HLTA, runs Spanish club liaison
IS = S("Ian Sutcliffe", "i.sutcliffe")       # Year 6 teacher, residential lead
NA = S("Nadia Akhtar", "n.akhtar")           # Year 4 teacher
KL = S("Karen Lister", "k.lister")           # Office manager
STAFF = S("All Staff", "staff")

JANE = "Jane Parent <jane.parent@gmail.com>"
SAM = "Sam Carer <sam.carer@outlook.com>"
ALI = "Ali Guardian <ali.guardian@btinternet.com>"
PARENTS = [JANE, SAM, ALI]

def P(name, local):
    return f"{name} <{local}@pupils.{DOM}>"

LILY = P("Lily Morris", "18lmorris")
AYAAN = P("Ayaan Hussain", "18ahussain")
TOBY = P("Toby Bennett", "18tbennett")
KIRAN = P("Kiran Patel", "19kpatel")
OLLIE = P("Ollie Jones", "19ojones")
EVIE = P("Evie Wright", "20ewright")

TRUST = "avlt.example.org"  # Aire Valley Learning Trust central team

ADDR = "Example School, Park Row, Leeds LS1 4AP"

def sig(name, role, style=0):
    if style == 0:
        return f"{name}\n{role}\n{ADDR}\nTel: 01632 960000 | office@{DOM}\nPart of the Aire Valley Learning Trust"
    if style == 1:
        return f"Kind regards,\n\n{name}\n{role}\nExample School | Park Row | Leeds | LS1 4AP\nT: 01632 960000\nwww.example-school.org.uk"
    if style == 2:
        return f"{name} | {role}\nExample School (Aire Valley Learning Trust)\n01632 960000"
    return f"{name}\n{role}"

def d(mon, day, hh, mm, ss=0):
    tz = GMT if mon in (1, 2, 3) and day < 30 else BST
    return format_datetime(datetime(2025, mon, day, hh, mm, ss, tzinfo=tz))

def auto_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body lang=\"EN-GB\"><div class=\"WordSection1\">\n" + "\n".join(out) +
            "\n</div></body></html>\n")

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% placeholder document for a test corpus\ntrailer<</Root 1 0 R>>\n%%EOF\n")

MESSAGES = []

def add(label, slug, note, frm, to, subject, date, body, cc=(), html=None, fmt="plain",
        cte=None, html_cte=None, attach=(), reply_to=None, headers=()):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, html=html, fmt=fmt, cte=cte,
                         html_cte=html_cte, attach=list(attach), reply_to=reply_to,
                         headers=list(headers)))

def build(n, m):
    msg = EmailMessage(policy=POLICY)
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    h = hashlib.sha1(f"r24p-{n}-{m['slug']}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<r24p.{n:03d}.{h}@{DOM}>"
    for k, v in m["headers"]:
        msg[k] = v
    body = m["body"].strip("\n") + "\n"
    # vary the transfer encodings the way different mail clients do (deterministic by index)
    def pick(text, given):
        if given:
            return given
        if n % 3 == 0:
            return "8bit"
        if n % 3 == 2:
            return "7bit" if text.isascii() else "8bit"
        return None  # library heuristic (quoted-printable for long lines)
    html_text = m["html"] or auto_html(body)
    m = dict(m, html=html_text, cte=pick(body, m["cte"]),
             html_cte=pick(html_text, m["html_cte"]) if m["fmt"] != "plain" else None)
    if m["fmt"] == "html":
        msg.set_content(m["html"], subtype="html", cte=m["html_cte"])
    else:
        msg.set_content(body, cte=m["cte"])
        if m["fmt"] == "alt":
            msg.add_alternative(m["html"] or auto_html(body), subtype="html", cte=m["html_cte"])
    for a in m["attach"]:
        fname, ctype, data = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_Part_r24p_{n:03d}_{i}_{h[:8]}")
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=POLICY)

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for n, m in enumerate(MESSAGES, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        data = build(n, m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        sender = parseaddr(m["frm"])[1]
        rcpts = " ".join(a for _, a in getaddresses(m["to"] + m["cc"]))
        rows.append([fname, m["label"], sender, rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nf = sum(1 for r in rows if r[1] == "flag")
    nc = sum(1 for r in rows if r[1] == "clean")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(nf=nf, nc=nc, nt=nf + nc))
    print(f"wrote {len(rows)} messages ({nf} flag, {nc} clean) to {OUT}")

# =================================================================== FLAGS (20)

add("flag", "y3_reading_book_text_me", "Y3 teacher gives own mobile to parent in body ('just text me')",
    RH, [JANE], "Re: Reading book", d(5, 6, 16, 42),
    """
Hi Jane,

No problem at all, these things happen! The book is from the Oak Class box so it's not a library one, don't worry about paying for it. If it turns up under a sofa just pop it in the book bag.

I've put a new Stage 9 book in her tray for tomorrow. If it's easier than email for quick things like this just text me on 07700 900318 and I'll sort it.

Rachel
""" + "\n" + sig("Mrs R Hughes", "Year 3 Teacher, Oak Class", 3))

add("flag", "ta_parent_party_whatsapp", "TA who is also a parent gives personal mobile/WhatsApp to parent about a party [unsure: staff-as-parent]",
    GT, [SAM], "Freddie's party on Saturday", d(5, 7, 19, 5),
    """
Hi Sam,

Sorry to use my school email for this, I couldn't find your number in the class group! Freddie would love for Example Pupil Two to come to his party this Saturday, 2-4pm at Jumpin' Jungle soft play. Don't worry about a present.

Could you let me know either way by Thursday? Easiest is to WhatsApp me on 07700 900571 as I don't check this account at the weekend.

Thanks,
Gemma (Freddie's mum / Mrs Tate in 2F!)
""", fmt="alt")

add("flag", "photos_to_my_gmail", "Teacher asks parent to send photos to her personal gmail",
    RH, [ALI], "Photos for the Romans display", d(5, 8, 12, 31),
    """
Dear Mr Guardian,

Thank you so much for offering to send the photos from your visit to the Roman fort, the children would love to see them on our display. The school inbox has a 10MB limit and keeps bouncing big attachments, so please send them to my own email instead: rachel.hughes84@gmail.com - I'll print them at home tonight.

Many thanks,
Mrs Hughes
""" + "\n" + sig("Rachel Hughes", "Year 3 Teacher, Oak Class", 2))

add("flag", "pta_fair_reply_to_home", "PTA link teacher's Summer Fair mail to parents has Reply-To set to her personal btinternet address",
    AF, PARENTS, "Summer Fair helpers - can you spare an hour?", d(6, 2, 20, 14),
    """
Dear Year 2 families,

The Summer Fair is on Saturday 28th June, 12-3pm, and the PTA are still short of helpers for the cake stall, the tombola and the welly wanging (yes, really).

Even one hour makes a huge difference. If you can help, just hit reply and tell me which slot you'd like:

12:00-1:00
1:00-2:00
2:00-3:00
Tidying up from 3:00

Cakes can be dropped at the school office on the Friday morning - please label anything containing nuts.

Thank you!
Anna Fletcher
Year 2 Teacher & PTA link
""", reply_to="Anna Fletcher <anna.fletcher.home@btinternet.com>", fmt="alt")

add("flag", "cc_own_hotmail", "Y1 teacher copies her own personal hotmail on a reply to a parent",
    ZK, [SAM], "Re: Phonics screening - practice at home", d(6, 3, 15, 58),
    """
Hi Sam,

Thanks for asking. The screening check is next week and honestly there's nothing to worry about - it's 40 words, read one-to-one with me in the quiet room, and about half are 'alien' words so the children can't just recognise them.

The best thing you can do is keep going with the sound cards I sent home and ask him to sound out words on signs when you're out and about. Little and often!

I've copied in my home email as I'm doing the practice packs from home this week and want to make sure I send you the right set.

Miss Kowalski
""" + "\n" + sig("Zoë Kowalski", "Year 1 Teacher, Robins Class", 1),
    cc=["Zoe Kowalski <zoe_kowalski@hotmail.co.uk>"], fmt="alt")

VCARD_IS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sutcliffe;Ian;;Mr;\r\nFN:Ian Sutcliffe\r\n"
    "ORG:Example School\r\nTITLE:Year 6 Teacher\r\nTEL;TYPE=CELL,VOICE:+447700900284\r\n"
    "EMAIL;TYPE=INTERNET:i.sutcliffe@example-school.org.uk\r\nEND:VCARD\r\n")
add("flag", "residential_vcard_mobile", "Y6 teacher attaches a vCard holding his own mobile for a parent",
    IS, [JANE], "Brackenhill residential - medication", d(6, 9, 17, 20),
    """
Dear Mrs Parent,

Thanks for filling in the medical form. I've noted the inhaler and the hay fever tablets and they'll be kept in the medicines bag with Mrs Naylor.

I've attached my contact card - save it on your phone and if anything comes up while we're away (or you just want to check how she's getting on) give me a ring or drop me a message any time.

Best wishes,
Ian Sutcliffe
""" + "\n" + sig("Mr I Sutcliffe", "Year 6 Teacher / Residential Lead", 2),
    attach=[("Ian Sutcliffe.vcf", "text/vcard", VCARD_IS)])

ICS_TO = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:r24p-tournament-20250614@example-school.org.uk\r\n"
    "DTSTAMP:20250610T090000Z\r\nDTSTART:20250614T080000Z\r\nDTEND:20250614T130000Z\r\n"
    "SUMMARY:District 7-a-side football tournament\r\n"
    "LOCATION:Westfield Playing Fields\\, Moor Road\r\n"
    "DESCRIPTION:Arrive 8.45am in school PE kit with shin pads and a water bottle. Running late "
    "or can't find us? Ring my mobile 07700-900-624 (Mr Okafor).\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n")
add("flag", "tournament_ics_mobile", "Calendar invite to parents; .ics description gives teacher's own mobile (hyphenated)",
    TO, PARENTS, "Football tournament Saturday 14th June - calendar invite", d(6, 10, 10, 2),
    """
Dear parents,

Your child has been picked for the Year 5/6 squad for the district tournament on Saturday 14th June. I've attached a calendar invite with the times and location so it's in your diary.

Children need to be dropped off and collected by a parent at the playing fields - school isn't running transport on a Saturday. Please bring a packed lunch; there's a tuck shop but it's cash only.

Thanks for all your support this season, they've been brilliant.

Mr Okafor
PE Lead
""",
    attach=[("Football tournament.ics", "text/calendar", ICS_TO)])

add("flag", "spanish_forms_drop_at_home", "HLTA asks parent to drop club forms at her home address (street + postcode)",
    BN, [SAM], "Spanish club forms", d(5, 13, 16, 7),
    """
Hi Sam,

Just a quick one - the ¡Vamos! Spanish club forms need to be in by Friday and I'm not in school on Thursday or Friday this week. If it's easier you're very welcome to pop it through my door, I'm at 27 Fernbank Drive, Millbridge, LS28 6QN (the blue door next to the postbox), just round the corner from the Co-op.

Thanks!
Bethan
Mrs B Naylor, HLTA
""")

add("flag", "pupil_homework_plus44", "Y4 teacher tells pupil to message her on her phone (+44 format), base64 body",
    NA, [EVIE], "Your times tables challenge", d(3, 19, 18, 40),
    """
Hi Evie,

Well done for getting to the Bronze level on Times Table Rock Stars today, that's a massive jump from last week!

If you get stuck on the 7s and 8s over the weekend you can message me on +44 7700 900415 and I'll send you some tips. Don't tell everyone though, or I'll be getting messages all weekend!

Miss Akhtar
""", cte="base64")

add("flag", "private_lessons_0044_html", "Music teacher advertises her private home lessons to a parent with 0044 mobile in HTML, QP",
    CB, [JANE], "Piano lessons over the summer", d(7, 4, 13, 12),
    """
Dear Jane,

Thank you for your lovely message about the concert - she really did play beautifully.

You asked about lessons over the summer holidays. School lessons stop at the end of term, but I do teach privately at home and I have a couple of Tuesday slots free in August. They're £18 for 30 minutes.

If you'd like to book, the easiest thing is to call or text me on 0044 7700 900862 and we can sort out a time.

Best wishes,
Chloe Barker
Music Teacher
""", fmt="alt", cte="quoted-printable", html_cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Jane,</p>
<p>Thank you for your lovely message about the concert &ndash; she really did play beautifully.</p>
<p>You asked about lessons over the summer holidays. School lessons stop at the end of term, but I do teach privately at home and I have a couple of Tuesday slots free in August. They&rsquo;re &pound;18 for 30 minutes.</p>
<p>If you&rsquo;d like to book, the easiest thing is to call or text me on <a href="tel:00447700900862">0044&nbsp;7700&nbsp;900862</a> and we can sort out a time.</p>
<p>Best wishes,<br><b>Chloe Barker</b><br>Music Teacher</p>
</div></body></html>
""")

add("flag", "wraparound_babysitting_nospace", "Wraparound manager offers private babysitting to a parent, mobile written with no spaces",
    HC, [SAM], "Re: Holiday club dates", d(7, 7, 11, 45),
    """
Hi Sam,

I'm really sorry, holiday club is full for the week of the 4th August now - I've put you on the waiting list and you're second on it.

If you get really stuck that week, I do a bit of babysitting in the holidays outside of my Kingfishers job. Text me on 07700900261 and we can see what works.

Helen

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 07 July 2025 09:12
To: Helen Crossley <h.crossley@example-school.org.uk>
Subject: Holiday club dates

Hi Helen, is there any space left for the first week of August? Both of us are working. Thanks, Sam
""")

add("flag", "dinner_money_mobile_linebreak", "Business manager gives parent his own mobile, number split over a line break",
    MA, [ALI], "School meals balance", d(3, 12, 14, 26),
    """
Dear Mr Guardian,

I hope you don't mind me getting in touch directly. The ParentPay balance for school meals is showing £43.70 in arrears, which is about three weeks of lunches.

I know things can be tight and I'd much rather have a quiet chat than send the automated letters. It may also be worth checking whether you're eligible for free school meals, as the criteria changed recently. I'm in and out of meetings today, so please call my mobile on 07700
900 547 whenever suits and we can agree a plan.

Kind regards,
Marcus Allen
Business Manager
""" + "\n" + ADDR)

add("flag", "senco_home_landline", "SENCo gives parent her home landline (brackets and hyphen) to ring in the evening",
    FB, [ALI], "EHCP annual review paperwork", d(5, 20, 17, 55),
    """
Dear Mr Guardian,

Thank you for coming in today. I know the meeting was a lot to take in, and I'm sorry that the educational psychology report still hasn't come back.

I've attached the draft review paperwork. Please do read it through and tell me if anything doesn't match what you see at home - your views section is just as important as ours.

I know you work days, so if you'd like to talk it through properly you're welcome to ring me at home in the evening on (0113) 496-0782. I'm usually around after 7.

Warm regards,
Fatima Begum
SENCo
""", fmt="alt",
    attach=[("Annual review draft.pdf", "application/pdf", FAKE_PDF)])

add("flag", "leavers_instagram_follow", "Y6 teacher invites leaving pupils to follow/add him on Instagram",
    TO, [LILY, AYAAN, TOBY], "Goodbye and good luck!", d(7, 18, 15, 30),
    """
Hi all,

What a year. I just wanted to say how proud I am of every one of you - the SATs, the show, the residential, all of it. Secondary school is going to be brilliant and you're more than ready.

Once you've left on Friday you can follow me on Instagram (@okafor_runs) if you want to keep in touch and tell me how you're getting on at big school - I'll accept you all!

Mr O
""")

add("flag", "office_facebook_friend", "Office manager invites a parent to add her as a Facebook friend",
    KL, [SAM], "Re: Lost cardigan", d(5, 22, 11, 3),
    """
Hi Sam,

Found it! It was in the hall lost property with someone else's name crossed out inside. I've put it in the office, you can pick it up at home time.

By the way, I saw on the PTA page you're doing the Race for Life too - send me a friend request on Facebook (Karen Lister-Boyd) and we can sort out training runs!

Karen
Office Manager
Example School | 01632 960000
""")

add("flag", "football_whatsapp_group_link", "Teacher invites parents to join a WhatsApp group he set up on his phone",
    CR, PARENTS, "Year 5 football team - WhatsApp group", d(4, 24, 20, 48),
    """
Hi everyone,

Thanks for all the lifts to away matches this term. To make it easier to let you know about last-minute changes (rain, pitches closed, etc.) I've set up a WhatsApp group from my phone for the team parents:

https://chat.whatsapp.com/Ex4mpleInv1teR24fake

Please join when you get a chance. Next match is away at Holly Bank on Wednesday, kick off 4pm.

Cheers,
Mr Reid
""", fmt="alt")

RS = S("Rebecca Shaw", "r.shaw")
add("flag", "signature_personal_icloud", "Teacher's signature lists a personal icloud address and personal mobile, multipart",
    RS, [JANE], "Year 5 class assembly", d(3, 5, 16, 15),
    """
Dear Jane,

Thank you for offering to help with costumes for our class assembly on the 21st. We're doing the Greek myths, so really all we need is some old white sheets or pillowcases that can be cut up into tunics, and any gold card you might have.

If you could send them in by next Friday that would be perfect.

Thanks again,
Rebecca

Miss Rebecca Shaw
Year 5 Teacher
Example School
Personal: rebecca.shaw.teach@icloud.com | 07700 900305
""", fmt="alt", headers=[("X-Mailer", "Microsoft Outlook 16.0")])

JP = S("Jordan Pryce", "j.pryce")
add("flag", "apprentice_snapchat_pupils", "Sports apprentice asks Y6 pupils to add him on Snapchat",
    JP, [TOBY, AYAAN], "Lunchtime football", d(6, 16, 12, 50),
    """
Alright lads,

Great game today, Toby that finish was class. Same again Thursday, bring your trainers not your school shoes this time!!

add me on snap jpryce_coach so I can send you the videos of the goals

Jordan
Sports Apprentice
""")

add("flag", "minecraft_discord_server", "Computing lead invites pupils to join his private Discord server",
    LP, [KIRAN, OLLIE], "Minecraft club over half term", d(5, 23, 15, 35),
    """
Hi Kiran and Ollie,

You two have been my best builders in Minecraft club this half term. I've set up a Discord server so we can keep the club going over half term - join with the code below and I'll add you to the build channel. My username on there is mr_pemb.

discord.gg/ex4mplepemb

Ask a grown-up first!

Mr Pemberton
""")

add("flag", "reception_text_at_gate_nbsp", "HTML-only mail with encoded subject; Reception teacher's mobile with &nbsp; for parent to text",
    PD, [JANE], "Tomorrow’s pick-up – early finish 🦔", d(6, 19, 14, 10), "",
    fmt="html", html_cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div>Hi Jane,</div>
<div><br></div>
<div>Just to let you know the Hedgehogs are finishing at 1.30 tomorrow after the teddy bears&#39; picnic, so please could you pick up from the Reception gate rather than the main gate.</div>
<div><br></div>
<div>If you&#39;re running late just text me on 07700&nbsp;900&nbsp;389 when you&#39;re outside and I&#39;ll bring her out to you.</div>
<div><br></div>
<div>Thanks,<br>Miss Desai x</div>
</body></html>
""")

# =================================================================== HARD NEGATIVES (30)

add("clean", "residential_school_trip_phone", "Residential letter gives the school-owned trip mobile, stated as such; centre postcode",
    IS, PARENTS, "Year 6 residential - final details", d(6, 20, 15, 5),
    """
Dear Year 6 parents and carers,

We're nearly there! Here are the final details for Brackenhill.

Departure: Monday 30th June. Please be on the playground by 8.15am; the coach leaves at 8.45am.
Return: Wednesday 2nd July, back at school around 3.30pm.
Address: Brackenhill Activity Centre, Fell Lane, Hebden Bridge HX7 9ZQ

While we're away the school trip mobile is 07700 900010. It's a school phone, not anyone's personal one - it stays with whichever member of staff is on duty, so it will always be answered. Please only use it in an emergency; we'll post updates and photos on the school website each evening.

Please don't send your child with a mobile phone. They won't need it and it only leads to tears after lights-out.

Kit list and medical forms were sent home last week. If you've lost yours, the office can print another.

Thank you,
Mr Sutcliffe and the Year 6 team
""" + "\n" + sig("Ian Sutcliffe", "Year 6 Teacher / Residential Lead", 0), fmt="alt")

add("clean", "reply_call_parent_own_number", "Teacher reads back the parent's own mobile to arrange a call",
    RH, [JANE], "Re: Quick chat about Friday?", d(5, 14, 12, 18),
    """
Hi Jane,

Of course. I'm free at 3.40pm tomorrow after the children have gone. I'll ring you from school on the number you gave, 07700 900123 - if that's changed please let the office know.

Rachel Hughes
Year 3, Oak Class

On Wed, 14 May 2025 at 08:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Hughes, could we have a quick phone call about what happened on
> the playground on Friday? I'm at work til 3 but free after. My mobile is
> 07700 900123. Thanks, Jane
""")

add("clean", "reply_quotes_parent_signature", "Reply to parent quotes the parent's Outlook signature with home address and phone",
    ATT, [ALI], "RE: Absence Tuesday", d(3, 11, 9, 34),
    """
Dear Mr Guardian,

Thank you for letting us know. I've marked the absence as illness (code I) for Tuesday. I hope he's feeling better soon - if he's off for more than two days we may ask for an appointment card or a note.

Kind regards,
Janet Moss
Attendance Officer
Example School | 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 11 March 2025 07:48
To: attendance@example-school.org.uk
Subject: Absence Tuesday

Morning, Example Pupil Three has been sick in the night so won't be in today.

Ali Guardian
9 Wheatley Court, Millbridge LS28 4PW
07700 900789
""")

add("clean", "coach_company_details", "Trip letter gives the coach company's office number and venue postcode",
    TO, PARENTS, "Year 6 trip to the Science Museum - changed pick-up time", d(3, 24, 16, 30),
    """
Dear parents,

The coach company have let us know that because of roadworks on the ring road we'll be back later than planned on Thursday - around 4.45pm instead of 3.30pm.

Children who normally go to Kingfishers after school will be walked over as usual, so no need to re-book.

If the coach is delayed on the way back, the school office will text everyone through the usual school messaging system. For anything about the coach itself the firm is Dalesway Coaches, 0113 496 0457.

Trip cost is still £14.50 and should be paid on ParentPay by Monday.

Thanks,
Mr Okafor
""" + "\n" + sig("Tom Okafor", "Year 6 Teacher", 2))

add("clean", "football_provider_contacts", "After-school football provider's booking line and e-mail given to parents",
    OFFICE, PARENTS, "After-school clubs for the summer term", d(4, 22, 10, 0),
    """
Dear parents and carers,

Welcome back! After-school clubs start again next week. Please note that three of our clubs are run by outside providers and are booked and paid for directly with them, not through school:

Football (Years 1-6, Tuesdays & Thursdays) - Kickabout Coaching
Book online at www.kickabout.example.com or call 0808 157 0213.

Street dance (Years 2-6, Wednesdays) - Step Out Dance School
bookings@stepoutdance.example.com / 0113 496 0338

Spanish (Years 1-4, Mondays) - ¡Vamos! Spanish Club
hola@vamos-spanish.example.com

School-run clubs (choir, art, Minecraft, gardening) are booked on ParentPay as normal and open on Friday at 7pm.

All clubs finish at 4.15pm. Children who aren't collected by 4.20pm will be taken across to Kingfishers and the session will be charged.

Many thanks,
The School Office
""" + "\n" + ADDR + "\n01632 960000", fmt="alt")

add("clean", "spanish_club_encoded_subject", "Spanish club update with the provider's landline, RFC2047 subject",
    BN, [SAM, JANE], "¡Vamos! Spanish club – end of term show", d(7, 1, 14, 22),
    """
Hola familias,

Señora Ruiz from ¡Vamos! has asked me to pass on that the Spanish club will do a short show for parents in the hall on Monday 14th July at 4pm. The children will be singing 'Los pollitos dicen' and doing a little café role-play they've been practising all term.

Señora Ruiz would also like to know who will be continuing in September. Her forms go straight to her company rather than the school - you can ring her office on 0117 496 0142 or reply to her email (hola@vamos-spanish.example.com).

Gracias,
Mrs Naylor
HLTA
""" + "\n" + sig("Bethan Naylor", "Higher Level Teaching Assistant", 2))

add("clean", "trip_prices_refs_dates", "Trip letter full of prices, dates, times and a payment reference",
    ZK, PARENTS, "Year 1 trip to the Butterfly House - Thursday 12th June", d(6, 2, 8, 51),
    """
Dear Year 1 families,

Our trip to the Butterfly House is on Thursday 12/06/2025. We'll leave school at 09:15 and be back by 14:45, so children will be home at the normal time.

Cost: £9.75 per child (this covers the coach and entry). Please pay on ParentPay by 06/06/2025 - the item is called "Y1 Butterfly House 2025" (ref 2025-0612-Y1). If the cost is a worry, please speak to the office in confidence.

Please send your child in school uniform with a waterproof coat and a packed lunch in a disposable bag. Children on free school meals will be given a packed lunch by the kitchen.

We need 4 parent helpers - if you have a current DBS through the school and can come, let your child's class teacher know.

Thank you,
Miss Kowalski, Mrs Ahmed and Mr Dale
Year 1 Team
""")

add("clean", "pta_bank_details_sortcode", "PTA treasurer note with sort code and account number for fair donations (not phones)",
    AF, [JANE, ALI], "Summer Fair float and bank details", d(6, 30, 19, 2),
    """
Hi Jane and Ali,

Thank you both so much for Saturday - we raised £3,412.60, which is a record!

For the online donations that are still coming in, the PTA bank details are:

Example School PTA
Sort code: 60-83-71
Account: 20041193
Reference: FAIR25 + surname

The cash floats (£150 each) are back in the office safe. Marcus will bank them on Monday.

Anna
""")

add("clean", "parents_evening_teams_id", "Virtual parents' evening with Teams meeting ID and passcode",
    CR, [ALI], "Parents' evening - online appointment", d(3, 18, 15, 40),
    """
Dear Mr Guardian,

As requested, your appointment on Wednesday 26th March will be online rather than in person. Your slot is 5.40pm-5.50pm.

Join on your computer, mobile app or room device:
Meeting ID: 394 771 902 445
Passcode: xK82pq

If the link doesn't work on the night, please ring the school office on 01632 960000 and they'll let me know.

Best wishes,
Callum Reid
Year 5 Teacher
""", fmt="alt",
    html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Guardian,</p>
<p>As requested, your appointment on Wednesday 26th March will be online rather than in person. Your slot is 5.40pm&ndash;5.50pm.</p>
<hr>
<p><b>Microsoft Teams</b><br>Join on your computer, mobile app or room device<br>
<a href="https://teams.example.com/l/meetup-join/r24fake">Click here to join the meeting</a><br>
Meeting ID: 394&nbsp;771&nbsp;902&nbsp;445<br>Passcode: xK82pq</p>
<hr>
<p>If the link doesn&rsquo;t work on the night, please ring the school office on 01632&nbsp;960000 and they&rsquo;ll let me know.</p>
<p>Best wishes,<br>Callum Reid<br>Year 5 Teacher</p></div></body></html>
""")

add("clean", "staff_hr_change_of_address", "Staff member sends her own new home address and mobile to HR / business manager only",
    GT, [MA, f"HR Team <hr@{TRUST}>"], "Change of address and bank details form", d(4, 28, 13, 15),
    """
Hi Marcus,

We've finally moved! Please could you update my details on the payroll system:

New address: 3 Holly Bank Mews, Millbridge LS28 7RT
Mobile (unchanged): 07700 900571
Home phone: 0113 496 0655

I've copied in the trust HR team as I think they need the form as well - I've attached it signed.

Thanks,
Gemma Tate
TA, Year 2
""", attach=[("Change of details form - G Tate.pdf", "application/pdf", FAKE_PDF)])

add("clean", "staff_social_end_of_term", "Staff-only social mail with a colleague's personal mobile for RSVPs",
    NA, [STAFF], "End of term do 🎉", d(7, 8, 12, 40),
    """
Hi all,

It's that time again! End of term drinks and food on Friday 18th July at The Fleece, from 5pm. Partners welcome. They need numbers for the buffet by Monday, so please let me know if you're coming (and if you need veggie/halal/GF).

If you're not on the staff WhatsApp, text me on 07700 900498 instead - and if you're off on Fridays and want adding to the group just shout.

Nadia x
""")

add("clean", "esafety_newsletter_apps", "E-safety advice to parents naming WhatsApp/Snapchat/TikTok/Instagram without inviting anyone",
    SN, PARENTS, "Online safety: class WhatsApp groups and age limits", d(2, 27, 16, 0),
    """
Dear parents and carers,

We've had several conversations with Year 5 and 6 children this week about group chats, so I wanted to share some advice.

- WhatsApp's minimum age in the UK is 13. Snapchat, Instagram and TikTok are also 13+.
- Most of our Year 6 children have a phone, and many are in group chats with 20+ children. Please know who is in your child's chats and check them together regularly.
- Snapchat's Snap Map shares your child's location with 'friends'. Ghost Mode switches this off.
- On TikTok, Family Pairing lets you set screen time limits and restrict messages.
- Remind children never to add people they don't know in real life, and to tell an adult if anyone asks them to move to a private chat.

No member of staff will ever ask your child to add them on any app or to message them privately. If that ever happens, please tell me straight away.

Our online safety evening for parents is on Tuesday 11th March at 6pm in the hall.

Mrs Ní Bhriain
Deputy Headteacher and Designated Safeguarding Lead
""" + "\n" + ADDR + "\n01632 960000", fmt="alt")

add("clean", "refuses_personal_number", "Teacher declines a parent's request for her personal mobile, gives school number",
    PD, [SAM], "Re: Your number?", d(5, 15, 17, 10),
    """
Hi Sam,

Thank you, I'm glad she's settling in so well now - she was so proud of her painting today!

I'm afraid I can't give out my personal number, it's a school rule for all staff. If you need to get a message to me during the day please ring the office on 01632 960000 and they'll pass it on straight away, or email me here and I'll reply after school.

Priya Desai
Reception Teacher, Hedgehogs Class

> Hi Miss Desai, would it be ok to have your mobile number just for
> quick messages about pick-ups? Thanks, Sam
""")

add("clean", "class_whatsapp_not_school", "Reminder that class WhatsApp groups are parent-run; staff not members",
    HEAD, PARENTS, "A note about class WhatsApp groups", d(1, 24, 15, 50),
    """
Dear parents and carers,

Lots of our classes have a WhatsApp group set up by parents. They're a great way to arrange playdates, share lost-jumper news and remind each other about non-uniform day, and we know many of you find them really helpful.

Please remember that these groups are run by parents, not by the school. No member of staff is a member of any class group in their professional role, and we can't respond to anything posted in them. If you have a concern about your child or about something that has happened in school, please speak to the class teacher or email the office so that we can actually help.

Also, please don't share photos of other people's children in the groups without their parents' permission.

Thank you for your support.

David Whitworth
Headteacher
""" + "\n" + ADDR + " | 01632 960000", fmt="alt")

add("clean", "family_support_helpline", "DSL gives parent a fictional freephone family support helpline and early help team number",
    DSL, [SAM], "Following our conversation today", d(2, 6, 16, 45),
    """
Dear Sam,

Thank you for talking to me this morning. I know it wasn't an easy conversation and I really appreciate your honesty.

As promised, here are the details of the services we talked about:

- Millbridge Family Support Line (free, 24 hours): 0808 157 0460
- Leeds Early Help Hub: 0113 496 0120, Monday to Friday 9-5
- Citizens Advice debt line: 0808 157 0732

You don't have to do anything you're not comfortable with, and you can always come and see me instead. I'm on the gate most mornings.

With best wishes,
Siobhán Ní Bhriain
Designated Safeguarding Lead
Example School, 01632 960000
""")

add("clean", "school_nurse_clinic", "Parent given the school nursing team's clinic number for a referral",
    FB, [JANE], "School nurse referral - bedwetting", d(3, 4, 12, 5),
    """
Dear Jane,

Further to our chat, I've made the referral to the school nursing team. They run a continence clinic at Park Lane Health Centre and will write to you with an appointment in the next few weeks.

If you don't hear anything by Easter, you can ring the school nursing duty line on 0113 496 0220 and quote the referral date, 04/03/2025.

Please don't worry - this is very common at her age and they're lovely.

Fatima Begum
SENCo
""" + "\n" + sig("", "", 2).strip(" |").split("\n", 1)[1])

add("clean", "secondary_transition_contact", "Y6 transition: other school's transition lead phone/email given to parent",
    IS, [ALI], "Transition to Northfield Academy", d(6, 11, 14, 48),
    """
Dear Mr Guardian,

I spoke to Mr Hanley, Northfield's Year 7 transition lead, this morning about the extra visits we discussed. He's happy for Example Pupil Three to go in for two additional afternoons with our learning mentor before the main transition days on 8th and 9th July.

He'd like to speak to you directly about the timetable and the lunch hall, which I know is a worry. His direct line is 0113 496 0911, or transition@northfield.example.org.

I'll also pass on the one-page profile we made together.

Best wishes,
Ian Sutcliffe
Year 6 Teacher
""" + "\n" + sig("Example School", "", 3).strip())

add("clean", "colleague_official_contact", "Parent pointed to SENCo's school email and school number with extension",
    CR, [SAM], "Re: Support for reading", d(4, 30, 16, 20),
    """
Hi Sam,

Thanks for your email. I completely agree that it's worth looking at this in more detail. I've spoken to Mrs Begum, our SENCo, and she'd be happy to meet you. You can contact her on f.begum@example-school.org.uk, or ring the school on 01632 960000 and ask for extension 214.

In class we're going to start some extra precision teaching sessions three times a week, and I'll send home the word lists on Fridays.

Callum Reid
Year 5 Teacher
""" + "\n" + ADDR, fmt="alt")

add("clean", "book_list_isbns", "Y5 reading list with ISBNs sent to pupils",
    RS, [KIRAN, OLLIE, LILY], "Summer reading list", d(7, 11, 11, 0),
    """
Hi everyone,

Here's the summer reading list I promised. You don't need to buy any of these - the library in town has all of them and the Summer Reading Challenge starts on the 12th.

The Explorer - Katherine Rundell (ISBN 978-1-4088-8285-6)
Kick - Mitch Johnson (ISBN 978-1-4052-8651-0)
Wonder - R. J. Palacio (ISBN 978-0-552-56597-0)
Malamander - Thomas Taylor (ISBN 978-1-4063-8629-6)

Tell me which one you read in September!

Miss Shaw
""")

add("clean", "trust_policy_forward_staff", "Head forwards trust code-of-conduct update (mentions personal phones) to staff only",
    HEAD, [STAFF], "FW: Updated Staff Code of Conduct - action required", d(4, 23, 8, 12),
    """
Morning all,

Please read the below from the trust and sign the acknowledgement on the staff Google form by Friday. Note the new section 6 on class WhatsApp groups - if you are in one as a parent, that's fine, but please don't answer school questions in it.

David

From: Policy Team <policy@avlt.example.org>
Sent: 22 April 2025 16:30
To: Headteachers <heads@avlt.example.org>
Subject: Updated Staff Code of Conduct - action required

Dear Headteachers,

The Board approved the updated Staff Code of Conduct on 10 April. Key changes:

- Section 4: staff must not use personal mobile phones or personal e-mail accounts to contact pupils or parents, and must not share their personal phone number, home address or social media accounts with them.
- Section 6: staff who are also parents at their own school should keep their parent and staff roles separate, including in parent-run messaging groups.
- Section 9: trip mobiles must be school-owned devices.

Please share with all staff and ensure acknowledgements are returned by 2 May.

Kind regards,
Policy Team
Aire Valley Learning Trust
""")

add("clean", "pta_parent_volunteer_number", "Staff passes one parent's number to the PTA chair with that parent's consent [unsure]",
    AF, [JANE], "Tombola volunteer", d(6, 17, 19, 40),
    """
Hi Jane,

Good news - Ali Guardian has said he's happy to run the tombola at the fair. He said I could pass on his number so you can sort out the prizes between you: 07700 900789.

I'm going to be on the cake stall for the first hour, so I'll see you there!

Anna
""" + "\n" + sig("Anna Fletcher", "Year 2 Teacher & PTA link", 2))

add("clean", "staff_parent_keeps_roles_separate", "Teacher who is also a parent redirects a parent from personal contact to school channels",
    AF, [SAM], "Re: Message at the school gate", d(3, 7, 18, 12),
    """
Hi Sam,

It was lovely to chat at the gate this morning - and yes, our two are inseparable at the moment!

About the reading book question, I'd rather keep school things to my school email, even though we see each other as parents. It just keeps everything clear for both of us. I'll always reply here within a day, and anything urgent can go through the office.

To answer your question: yes, the yellow books are the right level for now, and it's completely fine to re-read the same book a few times.

Anna Fletcher
Year 2 Teacher
""" + "\n" + ADDR + "\nTel: 01632 960000")

add("clean", "outdoor_centre_postcode_venue", "Gardening club trip: garden centre address and postcode, event phone",
    OJ, [JANE, ALI], "Gardening club visit - volunteers", d(5, 9, 10, 25),
    """
Hi both,

Thanks for volunteering for the gardening club visit on Wednesday. We'll walk the children down to Green Lane Nurseries, Green Lane, Millbridge LS28 5HY - it takes about 15 minutes. We leave at 1.15pm.

The nursery's contact on the day is Maggie, 0113 496 0871, in case we get split up.

Please wear sensible shoes - it's muddy!

Owen Jenkins
Site Manager & Gardening Club
""")

add("clean", "supply_agency_booking", "Staff-only/external: cover booking with a supply teacher's mobile to an agency",
    SN, ["Bookings <bookings@classcover.example.com>"], "Supply booking confirmation - Y4, w/c 9 June", d(6, 5, 7, 48),
    """
Hi Leanne,

Thanks for confirming Mr Dawson for Monday-Wednesday next week in Year 4 (Willow Class). Can you ask him to arrive for 8.15 and sign in at reception? He'll need his photo ID for the single central record.

We've got his mobile as 07700 900172 from last time - if that's changed please let me know so I can text him the door code.

Thanks,
Siobhán
Deputy Headteacher
""" + "\n" + ADDR + "\n01632 960000")

add("clean", "parent_address_readback", "Office reads back the parent's own address and phone for a data check",
    OFFICE, [ALI], "Data collection check", d(9, 10, 10, 30),
    """
Dear Mr Guardian,

As part of our annual data check, please could you confirm the details we hold for Example Pupil Three are still correct?

Address: 9 Wheatley Court, Millbridge LS28 4PW
Contact 1: Ali Guardian (Father) - 07700 900789 - ali.guardian@btinternet.com
Doctor: Millbridge Medical Practice

If anything has changed, please reply to this email or update it in the school app.

Many thanks,
Karen Lister
Office Manager
""" + "\n" + ADDR + "\n01632 960000")

add("clean", "kingfishers_club_phone", "Wraparound club's own school-owned mobile given to parents (stated as club phone)",
    HC, PARENTS, "Kingfishers breakfast & after-school club - September bookings", d(7, 14, 13, 0),
    """
Dear families,

Bookings for Kingfishers in September open on ParentPay on Monday 21st July.

Breakfast club: 7.30am-8.45am, £5.50 (includes breakfast)
After-school club: 3.15pm-6pm, £12.50 (includes a snack and tea)

If you're going to be late collecting, please ring the club phone on 07700 900020. This is the school's Kingfishers mobile, kept in the club room, and whoever is on shift will answer it. Late collections after 6pm are charged at £5 per 10 minutes.

Have a lovely summer,
Helen Crossley
Kingfishers Club Manager
""" + "\n" + ADDR, fmt="alt")

add("clean", "school_official_facebook_page", "Newsletter invites parents to follow the school's official Facebook page (not personal)",
    OFFICE, PARENTS, "Newsletter - Friday 16th May ☀️", d(5, 16, 15, 15),
    """
Dear families,

What a week! Year 6 have finished their SATs and celebrated with a well-deserved picnic on the field, and our Year 2 children wowed us with their class assembly on the Great Fire of London.

Dates for your diary
- Mon 19 May: Year 4 multiplication tables check window opens
- Wed 21 May: Class photos
- Fri 23 May: Break up for half term (normal finish time)
- Mon 2 June: Back to school

Attendance
This week's winning class is Oak with 99.3%. Whole-school attendance is 95.8%.

Follow us
Lots of you have asked where to see photos from events. We now have an official school Facebook page, run by the office: search for "Example School Millbridge". We only post photos of children whose parents have given consent.

Have a lovely weekend,
The Office Team
""" + "\n" + ADDR + " | 01632 960000 | office@example-school.org.uk", fmt="alt", html_cte="base64")

add("clean", "reply_quotes_parent_whatsapp_offer", "Teacher replies to parent who offered her WhatsApp; quoted parent text, no staff details",
    NA, [JANE], "Re: Thank you!", d(7, 15, 16, 5),
    """
Hi Jane,

That's so kind of you, thank you - the card made me well up! It's been a real pleasure teaching him this year.

I'll stick to school email if that's ok, but please do pass on any news about how he gets on in Year 5. I'll be just down the corridor!

Nadia Akhtar
Year 4 Teacher

On Tue, 15 Jul 2025 at 07:51, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Miss Akhtar,
> Just wanted to say thank you for a fantastic year. If you ever want to
> keep in touch after he moves up, add me on WhatsApp 07700 900123!
> Jane x
""")

add("clean", "maths_homework_phone_contracts", "Y6 maths homework about phone contracts: prices and numbers, not phone numbers",
    TO, [LILY, AYAAN, TOBY], "Maths homework - best buy", d(2, 13, 15, 20),
    """
Hi 6O,

This week's homework is on Google Classroom as usual, due Wednesday.

Sam wants a new phone contract. Plan A costs £12.99 a month for 24 months with the phone included. Plan B is £7.50 a month for 12 months, but the phone costs £149 upfront.
1. Which plan is cheaper over two years?
2. How much is saved?
3. Challenge: after how many months does Plan A become more expensive than Plan B would be?

Show your working - I want to see the column method, not just a calculator answer!

Mr Okafor
""")

add("clean", "trust_consultation_reply", "Staff-only reply to the trust central team quoting the personal-mobile policy wording",
    SN, [f"Policy Team <policy@{TRUST}>"], "RE: Consultation - Staff Code of Conduct draft v3", d(3, 20, 17, 2),
    """
Hi both,

Thanks for sending draft v3. A few comments from us after discussing it at SLT:

1. Section 4.2 ("staff must not give pupils or parents their personal telephone number, home address, personal e-mail or social media accounts") - we fully agree, but could it say explicitly that this includes staff who are parents at the school? About a third of our staff have children here and the question comes up all the time.

2. Section 4.5 - trip phones. We have two school-owned mobiles; could the policy say that schools should keep a log of who holds them?

3. Section 6 - the guidance on class WhatsApp groups is really helpful. Can we share it with parents?

Happy to talk it through at the DSL network meeting on the 27th.

Siobhán
""")
# =================================================================== EVERYDAY CLEAN (30)

add("clean", "reading_record_reply", "Everyday: Y3 teacher replies to parent about reading record",
    RH, [JANE], "Re: Reading record", d(2, 4, 16, 5),
    """
Hi Jane,

Thanks for checking. Yes, three reads a week is what we're looking for, and it's fine if some of those are her reading to you from a comic or a recipe - it all counts! Just jot the title and a quick comment in the record.

She's doing really well with her fluency; we're now working on her answering 'why' questions about what she's read, so if you can ask her a couple of those at home that would be brilliant.

Rachel Hughes
""" + "\n" + sig("", "Year 3 Teacher, Oak Class", 3).strip() + "\n" + ADDR + "\n01632 960000")

add("clean", "attendance_followup", "Everyday: attendance officer follow-up about unexplained absence",
    ATT, [SAM], "Absence on Monday 10th March", d(3, 12, 9, 15),
    """
Dear Sam,

Our records show Example Pupil Two was absent on Monday 10th March and we haven't received a reason. Could you let us know why, so that we can record the absence correctly?

If we don't hear back, the absence will be recorded as unauthorised.

Thank you,
Janet Moss
Attendance Officer
""" + "\n" + ADDR + "\nAttendance line: 01632 960000 (option 1)")

add("clean", "senco_meeting_notes", "Everyday: SENCo sends notes and targets after a support plan meeting",
    FB, [ALI], "Notes from today's support plan review", d(2, 12, 16, 50),
    """
Dear Mr Guardian,

Thank you for coming in this afternoon. Here's a summary of what we agreed.

What's going well
- He's using his worry monster in class and has needed far fewer time-outs since Christmas.
- His handwriting is more consistent, especially when he uses the slanted board.

Next steps (until the next review in May)
1. Continue the Lego therapy group on Tuesdays and Thursdays.
2. Start a visual timetable at home for mornings, as discussed - I'll send one home on Friday.
3. Mr Reid will give a five-minute warning before transitions such as lunch and PE.
4. We'll refer to the speech and language service for an updated assessment.

If I've missed anything, just let me know.

Best wishes,
Fatima Begum
SENCo
""" + "\n" + sig("", "", 2).split("\n", 1)[1], fmt="alt")

add("clean", "inset_day_agenda", "Everyday: headteacher's INSET agenda to staff",
    HEAD, [STAFF], "INSET Monday 2nd June - agenda", d(5, 29, 18, 30),
    """
Hi everyone,

I hope you're all having a restful half term. Here's the plan for Monday.

8.30 Coffee and pastries (staffroom, thanks to the PTA)
9.00 Safeguarding update - Siobhán
10.00 Writing moderation in phase groups - bring three books each
11.15 Break
11.30 Trust maths network feedback - Callum and Rebecca
12.30 Lunch (not provided - sorry!)
1.30 Classroom time
3.30 Finish

Support staff: Gemma has your separate timetable for the afternoon (first aid refresher in the hall).

See you Monday,
David
""")

add("clean", "budget_monitoring_trust", "Everyday: business manager sends budget monitoring to trust finance",
    MA, [f"Finance <finance@{TRUST}>"], "Month 8 budget monitoring - Example School", d(4, 14, 11, 20),
    """
Hi Priya and team,

Please find attached our month 8 budget monitoring return.

Headlines:
- Supply costs are £6,200 over budget due to long-term absence in Year 4 - this is partly offset by the insurance claim (ref AVLT-INS-2291).
- Energy spend is £3,850 under forecast after the boiler replacement.
- Wraparound income is up 12% on last year.

Forecast year-end position: £18,400 surplus against a budgeted £14,000.

Let me know if you need anything else before Friday's deadline.

Marcus Allen
Business Manager
""" + "\n" + ADDR,
    attach=[("Month 8 monitoring.pdf", "application/pdf", FAKE_PDF)])

add("clean", "reception_stay_and_play", "Everyday: Reception stay-and-play invitation to parents (HTML alt)",
    PD, PARENTS, "Stay and play - Friday 7th March", d(2, 28, 14, 5),
    """
Dear Hedgehogs families,

You're invited to our stay and play session on Friday 7th March, 2.30-3.15pm, in the Hedgehogs classroom. The children are very excited to show you around their new role-play area (it's a vet's surgery this half term!).

Younger siblings are very welcome. Please come to the Reception gate, not the main office.

Miss Desai, Mrs Holt and Mrs Quinn
""", fmt="alt")

add("clean", "holiday_club_bookings", "Everyday: wraparound holiday club booking reminder",
    HC, PARENTS, "Easter holiday club - last few places", d(3, 25, 10, 40),
    """
Hi everyone,

We still have a few places left at Kingfishers Easter holiday club (Mon 14th - Thu 17th April). This year's theme is 'Under the Sea' and we're planning a trip to the park, a pirate treasure hunt and plenty of crafts.

£32 per day, 8am-5.30pm. Book on ParentPay - the deadline is this Friday.

Helen
Kingfishers Club Manager
""")

add("clean", "sports_day_teams", "Everyday: PE lead emails Y6 pupils about sports day team captains",
    TO, [LILY, AYAAN, TOBY], "Sports day captains", d(6, 23, 12, 15),
    """
Hi all,

Congratulations - you've been chosen as team captains for sports day on Thursday! Lily is captain for Red, Ayaan for Blue and Toby for Green.

Your jobs:
- Help the Reception children find their starting places
- Carry your team flag in the parade
- Cheer loudly for everyone, not just the fast runners

Come to the hall at 9am on Thursday for a quick briefing.

Mr Okafor
""")

add("clean", "ta_note_to_teacher", "Everyday: TA's internal note to class teacher about a pupil's day",
    GT, [AF], "Today in 2F", d(1, 29, 15, 40),
    """
Hi Anna,

Quick update as you were on PPA this afternoon.

- Phonics group all finished the 'ay' sheet; Mason needed support with the blending.
- Example Pupil One was upset after lunch - someone said she couldn't play tag. I had a chat with both of them and they were fine by the end of break. Probably worth a mention to Mum at pick-up if you see her.
- We've run out of glue sticks again!

Gemma
""")

add("clean", "site_boiler_notice", "Everyday: site manager notice to staff about the boiler",
    OJ, [STAFF], "Heating in KS2 block", d(1, 14, 7, 25),
    """
Morning all,

The boiler in the KS2 block tripped overnight and the engineer is coming at 10. The classrooms will be chilly first thing, so let the children keep their jumpers on. The hall and KS1 are fine.

I'll update you at lunch.

Owen
""")

add("clean", "summer_concert_letter", "Everyday: music teacher's concert letter to parents",
    CB, PARENTS, "Summer concert - Wednesday 2nd July", d(6, 18, 13, 30),
    """
Dear parents and carers,

Our summer concert will take place on Wednesday 2nd July at 6pm in the school hall. Doors open at 5.40pm. Choir, the Year 4 recorder group and our Key Stage 2 instrumentalists will all be performing.

Performers should arrive at 5.30pm in school uniform, with black shoes if possible.

Tickets are free but limited to two per family because of space in the hall - please request them on ParentPay by Friday 27th June. The PTA will be selling refreshments in the interval.

I can't wait for you to hear them!

Mrs Barker
Music Teacher
""" + "\n" + sig("Chloe Barker", "Music Teacher", 1), fmt="alt")

add("clean", "end_of_year_report", "Everyday: Y5 teacher sends end-of-year report PDF to parent",
    CR, [ALI], "End of year report", d(7, 9, 15, 10),
    """
Dear Mr Guardian,

Please find attached Example Pupil Three's end of year report. Paper copies will also come home in book bags on Friday.

He has worked so hard this year, particularly in maths, and I hope you're as proud of him as I am. If you'd like to talk about anything in the report, there's an open evening on Tuesday 15th July from 3.30pm to 5pm.

Best wishes,
Callum Reid
Year 5 Teacher
""" + "\n" + sig("", "", 2).split("\n", 1)[1],
    attach=[("End of year report 2025.pdf", "application/pdf", FAKE_PDF)])

add("clean", "password_reset_pupil", "Everyday: computing lead tells pupil how to reset Google Classroom password",
    LP, [EVIE], "Your Google Classroom password", d(2, 10, 9, 5),
    """
Hi Evie,

I've reset your password. Next time you log in it will ask you to choose a new one - remember it needs to be at least 8 characters and don't share it with anyone, even your best friend.

Your temporary password is in your reading record.

Mr Pemberton
""")

add("clean", "safeguarding_training_reminder", "Everyday: DSL reminds staff to complete online safeguarding training",
    SN, [STAFF], "Reminder: annual safeguarding training", d(9, 16, 8, 0),
    """
Good morning everyone,

A reminder that the annual online safeguarding module (on the trust training platform) needs to be completed by Friday 26th September. It takes about 45 minutes.

Please also make sure you've read Part 1 of Keeping Children Safe in Education 2025 and signed the form in the staffroom.

Any concerns, however small, still go on CPOMS as soon as possible.

Thank you,
Siobhán
DSL
""")

add("clean", "lost_jumper_found", "Everyday: short office reply - lost jumper",
    OFFICE, [JANE], "Re: Lost jumper", d(3, 6, 12, 2),
    """
Hi Jane,

Yes, we've got it - it was on the field. It's in the box outside the office, help yourself at pick-up.

Karen
School Office, 01632 960000
""")

add("clean", "phonics_screening_info", "Everyday: Y1 phonics screening information letter",
    ZK, PARENTS, "Year 1 phonics screening check - information for parents", d(5, 19, 16, 35),
    """
Dear Year 1 parents,

During the week beginning 9th June, all Year 1 children will take the phonics screening check. It's a short, friendly check where each child reads 40 words to their teacher. Some of the words are real and some are 'nonsense' words, which show us whether they are using their phonics to decode.

Most children really enjoy it. There's no need to practise the test itself, but reading together every day will help enormously.

We'll let you know your child's result in their end of year report.

Miss Kowalski
Year 1 Teacher and Phonics Lead
""" + "\n" + sig("", "", 2).split("\n", 1)[1], fmt="alt", cte="quoted-printable")

add("clean", "sats_breakfast", "Everyday: Y6 SATs breakfast club letter",
    IS, PARENTS, "SATs week breakfast", d(5, 7, 15, 45),
    """
Dear Year 6 parents,

Next week is SATs week. To help the children start each day calmly, we'll be running a free breakfast in the hall from 8.20am, Monday to Thursday - toast, cereal and fruit. Please try to have your child in school by 8.30am at the latest.

The most useful things you can do at home are early nights and lots of reassurance. They have worked incredibly hard and we're proud of them whatever happens.

Mr Sutcliffe and Mr Okafor
""")

add("clean", "pta_meeting_notes", "Everyday: PTA link teacher sends meeting minutes to PTA parents",
    AF, [JANE, SAM, ALI], "PTA meeting notes - 3rd March", d(3, 4, 21, 10),
    """
Hi all,

Thanks for a really productive meeting last night. Notes below - let me know if I've missed anything.

Present: Jane (chair), Sam, Ali, Anna (staff link), Mrs Whitworth-Lee (treasurer), apologies from Priya.

1. Mother's Day gift stall - 28th March. Sam to order stock (budget £250).
2. Easter egg hunt - after school on 4th April, £2 per child. Ali to ask the Co-op about donations.
3. Summer Fair - 28th June. Date confirmed with David. Bouncy castle booking to be checked.
4. Money - current balance £4,820. £1,500 agreed towards new reading books for KS1.
5. AOB - Jane raised the idea of a second-hand uniform sale at parents' evening. Agreed!

Next meeting: Tuesday 1st April, 7pm, staffroom.

Anna
""", fmt="alt")

add("clean", "head_parking_reply", "Everyday: head replies to parent complaint about parking",
    HEAD, [SAM], "Re: Parking on Mill Lane", d(1, 21, 17, 50),
    """
Dear Sam,

Thank you for your email, and I'm sorry you were put in a difficult position on Monday morning. You're absolutely right that parking on the zig-zags is dangerous, and it's something we remind families about every term.

I've asked the council's road safety team to visit again, and our PCSO will be at the gate on a couple of mornings next week. I'll also include a reminder in Friday's newsletter.

Thank you for raising it.

Kind regards,
David Whitworth
Headteacher
""" + "\n" + ADDR + "\n01632 960000")

add("clean", "story_feedback_pupil", "Everyday: Y4 teacher feedback to pupil on story writing",
    NA, [EVIE], "Your story", d(3, 27, 15, 25),
    """
Evie,

I've just read your story about the lighthouse keeper and I loved it! Your description of the storm ("the sea threw itself at the rocks like it was angry with them") gave me goosebumps.

One thing to work on: check your speech punctuation - you've got the speech marks right but remember the comma before you close them.

Miss Akhtar
""")

add("clean", "trust_network_reply", "Everyday: teacher replies to trust maths network lead",
    RS, [f"Maths Network <maths@{TRUST}>"], "RE: Maths network - next meeting", d(2, 20, 16, 12),
    """
Hi Tom,

Thanks for the notes. Callum and I can both make the 6th. We'd be happy to share what we've been doing with the fluency starters - would 15 minutes be enough?

Also, is the Year 5 fractions assessment going to be shared across the trust? It would be great to moderate against the other schools.

Rebecca
""")

add("clean", "weekly_diary_dates", "Everyday: office's weekly diary to staff",
    KL, [STAFF], "This week", d(6, 9, 7, 45),
    """
Morning all,

Monday - Y4 Willow class supply (Mr Dawson). Governors' visit pm (Mrs Platt, reading).
Tuesday - Y3 swimming, coach at 9.10. Dental van in the car park.
Wednesday - Kickabout Coaching doing the Y2 PE session (not Owen's club). Staff meeting 3.30 in the library.
Thursday - Y1 trip to the Butterfly House. 4 parent helpers signing in at 8.45.
Friday - Non-uniform for the PTA tombola (bring a bottle!). Celebration assembly 2.30.

Karen
""")

add("clean", "trust_policy_forward_safeguarding", "Everyday: head forwards trust mail about attendance policy to SLT",
    HEAD, [SN, MA], "FW: Revised attendance policy template", d(8, 28, 10, 30),
    """
Siobhán, Marcus - can we look at this before the INSET on the 2nd? Mostly the new fines wording.

D

-----Original Message-----
From: Education Team <education@avlt.example.org>
Sent: 27 August 2025 15:12
To: Headteachers <heads@avlt.example.org>
Subject: Revised attendance policy template

Dear colleagues,

Attached is the revised attendance policy template reflecting the national framework for penalty notices. Schools should adopt it (with local details added) by 30 September.

Kind regards,
Education Team
Aire Valley Learning Trust
""")

add("clean", "costume_outlook_thread", "Everyday: Outlook reply thread with parent about assembly costume",
    AF, [JANE], "RE: Great Fire assembly costume", d(5, 12, 18, 4),
    """
Hi Jane,

Perfect - an old shirt with the sleeves rolled up is exactly right. No need to buy anything!

Anna

From: Jane Parent <jane.parent@gmail.com>
Sent: 12 May 2025 17:20
To: Anna Fletcher <a.fletcher@example-school.org.uk>
Subject: Great Fire assembly costume

Hi Mrs Fletcher, she says she's a baker in the assembly. Will an old shirt and an apron do, or does she need a hat? Thanks, Jane
""", fmt="alt", headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Great Fire assembly costume")])

add("clean", "headlice_letter", "Everyday: Y3 head lice notice to parents",
    RH, PARENTS, "Head lice in Oak Class", d(1, 16, 15, 10),
    """
Dear parents and carers,

We've had a few cases of head lice in Oak Class this week. Please could you check your child's hair over the weekend with a fine-tooth comb, and treat if needed.

Long hair should be tied back for school. Please don't worry - it's very common in primary schools and nothing to do with cleanliness.

Mrs Hughes
""")

add("clean", "term_time_leave_decision", "Everyday: attendance letter declining term-time leave request",
    ATT, [ALI], "Request for leave of absence", d(4, 2, 11, 30),
    """
Dear Mr Guardian,

Thank you for your request for leave of absence from 19/05/2025 to 23/05/2025.

Unfortunately the headteacher is unable to authorise this request, as it does not meet the "exceptional circumstances" criteria in our attendance policy (enclosed). If your child is absent on these dates, the absence will be recorded as unauthorised and, in line with the trust policy, a penalty notice may be issued by the local authority.

If there are circumstances you haven't had the chance to share with us, please contact me and I will pass them on.

Yours sincerely,
Janet Moss
Attendance Officer
on behalf of David Whitworth, Headteacher
""" + "\n" + ADDR,
    attach=[("Attendance policy 2024-25.pdf", "application/pdf", FAKE_PDF)])

add("clean", "new_reception_starters", "Everyday: information for September Reception starters (HTML only)",
    PD, PARENTS, "Welcome to Reception - September 2025", d(6, 26, 16, 0), "",
    fmt="html",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2 style="color:#2a6f3b">Welcome to Reception!</h2>
<p>Dear families,</p>
<p>We are so looking forward to welcoming your children in September. Here are a few dates for your diary:</p>
<ul>
<li><b>Tuesday 8th July, 9.30&ndash;10.30am</b> &ndash; stay and play session for children and parents</li>
<li><b>Thursday 10th July, 6pm</b> &ndash; new parents&rsquo; meeting in the hall (adults only)</li>
<li><b>w/c 1st September</b> &ndash; home visits</li>
<li><b>Monday 8th September</b> &ndash; staggered start (your child&rsquo;s time will be in their welcome pack)</li>
</ul>
<p>Uniform can be bought from the school shop or the PTA&rsquo;s second-hand rail. Please label everything!</p>
<p>Best wishes,<br>Miss Desai<br>EYFS Lead</p>
<p style="font-size:11px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</body></html>
""")

add("clean", "early_help_meeting_external", "Everyday: DSL arranges an early help meeting with the LA (external, no personal details)",
    DSL, [f"Early Help Team <earlyhelp@leeds-council.example.org>"], "Early help meeting - date", d(2, 18, 13, 45),
    """
Hi Joanne,

Thank you for getting back to me. Thursday 27th February at 2pm works for school and for the family. We'll use the meeting room by the office - please sign in at reception.

I'll bring the attendance data and the class teacher's summary.

Siobhán Ní Bhriain
Designated Safeguarding Lead
""" + "\n" + ADDR)

add("clean", "homework_reminder_y5", "Everyday: Y5 teacher homework reminder to pupils",
    CR, [KIRAN, OLLIE], "Homework - Ancient Greece", d(3, 14, 15, 5),
    """
Hi both,

Just a reminder that your Ancient Greece project is due on Monday. You can make a poster, a model, a PowerPoint or a fact file - whatever you like, as long as it tells me three things about daily life in Athens.

If you're doing a PowerPoint, share it with me on Google Classroom rather than emailing it.

Mr Reid
""")

add("clean", "governors_visit_thanks", "Everyday: head thanks a governor after a learning walk",
    HEAD, [f"Mrs Hilary Platt <h.platt@{DOM}>"], "Thank you - reading learning walk", d(6, 11, 17, 40),
    """
Dear Hilary,

Thank you for giving up your morning on Monday. The staff really valued your feedback, especially about the reading corners in Key Stage 1 - Rachel has already started on the Year 3 one.

I'll add your visit note to the papers for the next curriculum committee.

Best wishes,
David
""")


README = """# Round 24 hold-out corpus: personal-address-to-parent

**BLIND. NEVER USE FOR TUNING.** These messages were written without looking at mailguard's code,
rules, tests or docs, and must only be used to measure the filter, never to adjust it.

## What it is

{nt} outgoing e-mails from staff of a fictional three-form-entry primary school (ages 4-11) in a commuter
town, part of a multi-academy trust (the "Aire Valley Learning Trust"). Many staff are also parents at
the school; there is a busy PTA, a wraparound club ("Kingfishers"), clubs run by outside providers
(football, dance, Spanish) and parent-run class WhatsApp groups.

The module tested is **personal-address-to-parent**: staff must not give pupils or parents their own
personal phone number, home address, personal e-mail, or invite them to private channels / social media.

| expected | count |
|----------|-------|
| flag     | {nf}    |
| clean    | {nc}    |
| total    | {nt}    |

Of the clean messages, 30 are everyday school mail and 30 are hard negatives.
Labels are in `labels.csv` (file, expected, sender, recipients, note); judgement calls are marked `[unsure]`.

## How it was made / how to regenerate

Written by hand as data inside `../make_round24_personal.py` (Python 3.11 stdlib only). The script is
deterministic (fixed dates, Message-IDs and MIME boundaries). Regenerate with:

    python3 tests/holdout/round24/make_round24_personal.py

## Kinds of case

Flags: personal mobile in plain body; WhatsApp number from a staff member who is also a parent; personal
gmail in body; personal address in Reply-To; personal hotmail in Cc; vCard attachment with +44 mobile;
.ics invite with hyphenated mobile in DESCRIPTION; home address with postcode; +44 number to a pupil in a
base64 body; 0044 number in quoted-printable HTML with &nbsp;; number with no spaces; number split over a
line break; home landline in brackets/hyphen; Instagram follow invite to leaving pupils; Facebook friend
request; WhatsApp group invite link; personal icloud + mobile in signature; Snapchat add to pupils;
Discord server invite to pupils; HTML-only with &nbsp; and RFC 2047 subject.

Hard negatives: school-owned trip/club mobiles stated as such; parent's own number/address read back or
quoted; coach firm, club providers, clinic, helplines, other school, colleagues' official contacts;
prices, dates, references, sort codes, meeting IDs, ISBNs, venue postcodes; staff-only mail with
personal details (HR, staff social, supply agency); e-safety advice naming apps; staff refusing to give
a personal number; the school's official Facebook page; trust policy mail quoting the rule.

Everyday: reading records, attendance, SEN notes, INSET agenda, budget returns, stay and play, holiday
club, sports day, concerts, reports, password resets, newsletters, PTA minutes, trip letters, etc.
"""

if __name__ == "__main__":
    main()
