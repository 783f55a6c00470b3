#!/usr/bin/env python3
"""Round 29 blind hold-out corpus: personal-address-to-parent.

Setting: a primary school in a (fictional) Lincolnshire market town, Holtfen,
where most families have come from Poland, Lithuania, Latvia, Romania, Bulgaria
and Portugal to work in agriculture and food packing.

Deterministic: fixed dates, Message-IDs and MIME boundaries.  Python 3.11 stdlib.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.
"""
import csv
import email
import html
import io
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"
JANE = "Jane Parent <jane.parent@gmail.com>"
SAM = "Sam Carer <sam.carer@outlook.com>"
ALI = "Ali Guardian <ali.guardian@btinternet.com>"
PARENTS = [JANE, SAM, ALI]

def s(name, box):
    return f"{name} <{box}@{DOM}>"

# staff
HEAD = s("Helen Ashworth", "h.ashworth")
DEPUTY = s("Gareth Pym", "g.pym")
DSL = s("Designated Safeguarding Lead", "dsl")
AGNIESZKA = s("Agnieszka Zielińska", "a.zielinska")
MAGDA = s("Magda Sobczak", "m.sobczak")
RUTA = s("Rūta Kazlauskienė", "r.kazlauskiene")
IOANA = s("Ioana Munteanu", "i.munteanu")
DESI = s("Desislava Georgieva", "d.georgieva")
MARTA = s("Marta Carvalho", "m.carvalho")
ILZE = s("Ilze Bērziņa", "i.berzina")
FINCH = s("Laura Finch", "l.finch")
OKAFOR = s("Daniel Okafor", "d.okafor")
BRENNAN = s("Sophie Brennan", "s.brennan")
BOLTON = s("Ryan Bolton", "r.bolton")
PRYCE = s("Hannah Pryce", "h.pryce")
HEWSON = s("Pauline Hewson", "p.hewson")
EWA = s("Ewa Majewska", "e.majewska")
KAREN = s("Karen Mabbott", "k.mabbott")
OFFICE = s("Example School Office", "office")
JULIE = s("Julie Harker", "j.harker")
ATTEND = s("Attendance - Example School", "attendance")
LIAM = s("Liam Sutcliffe", "l.sutcliffe")
CHLOE = s("Chloe Dawson", "c.dawson")
CHAHAL = s("Anita Chahal", "a.chahal")
DAWN = s("Dawn Skipworth", "d.skipworth")
FERRIBY = s("Neil Ferriby", "n.ferriby")
KELLY = s("Kelly Ward", "k.ward")
STEVE = s("Steve Holt", "s.holt")
MOSS = s("Kieran Moss", "k.moss")
COTTON = s("Val Cotton", "v.cotton")
STAFF = s("All Staff", "staff")

def p(box, name=None):
    a = f"{box}@{PUP}"
    return f"{name} <{a}>" if name else a

# pupils: Year 6 (entered 2018) and Year 5 (entered 2019)
Y6 = [p("18zwisniewska", "Zuzanna Wiśniewska"), p("18dpopescu", "David Popescu"),
      p("18jpetrauskas", "Jonas Petrauskas"), p("18tsantos", "Tiago Santos"),
      p("18ahughes", "Amelia Hughes"), p("18iwojcik", "Igor Wójcik")]
Y5 = [p("19lnowak", "Lena Nowak"), p("19rionescu", "Rareș Ionescu"),
      p("19bferreira", "Beatriz Ferreira"), p("19ekalnins", "Emīls Kalniņš"),
      p("19olewis", "Oliver Lewis")]

SCHOOL_SIG = "Example School, Park Row, Holtfen LS1 4AP\nTel: 01632 960000 | office@example-school.org.uk"
LANG_LINE = ("Mówimy po polsku \u2022 Kalbame lietuviškai \u2022 Vorbim românește \u2022 "
             "Говорим български \u2022 Falamos português")

FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
def pdf(title):
    return FAKE_PDF + b"% " + title.encode("utf-8") + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

def docx(title):
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"\x00" * 20 + b"[Content_Types].xml" + title.encode("utf-8") + b"\x00" * 16

def bst(y, mo, d, h, mi, sec=0):
    """UK local time -> aware datetime (BST 31 Mar 2024-27 Oct 2024, 30 Mar 2025-26 Oct 2025)."""
    naive = datetime(y, mo, d, h, mi, sec)
    summer = (datetime(2024, 3, 31) <= naive < datetime(2024, 10, 27)) or \
             (datetime(2025, 3, 30) <= naive < datetime(2025, 10, 26))
    return naive.replace(tzinfo=timezone(timedelta(hours=1 if summer else 0)))

def to_html(text, font="Calibri, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l) for l in para.split("\n")]
        out.append("<p style=\"margin:0 0 10px 0\">" + "<br>\n".join(lines) + "</p>")
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
            f"<body>\n<div style=\"font-family:{font};font-size:{size}\">\n" + "\n".join(out) +
            "\n</div>\n</body>\n</html>\n")

MESSAGES = []

def add(label, slug, note, frm, to, subject, date, body=None, html_body=None, fmt="plain",
        cc=(), cte=None, hcte="quoted-printable", atts=(), headers=(), raw_qp=None):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, html=html_body, fmt=fmt, cte=cte,
                         hcte=hcte, atts=list(atts), headers=list(headers), raw_qp=raw_qp))

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]

# ---------------------------------------------------------------------------
# 001
add("clean", "welcome_back_newsletter", "start-of-term newsletter, school number only",
    HEAD, PARENTS, "Welcome back - September 2024", bst(2024, 9, 3, 16, 5), fmt="alt", headers=OUTLOOK,
    body="""Dear Parents and Carers,

Welcome back, and a special welcome to the 23 children and their families who have joined us over the summer - many of you straight from Poland, Romania and Lithuania. We are very glad you are here.

A few things for the first weeks:

Breakfast Club opens at 7.30am every day from Monday 9 September (£1.50 a session, free for children who get free school meals). We know lots of you start at the packhouses early, so please talk to us if the times don't work for you.

Letters home: every letter we send goes out in English, Polish, Lithuanian, Romanian, Bulgarian and Portuguese. If you would like letters in another language, or on paper rather than by e-mail, just tell the office.

New staff: Ms Desislava Georgieva joins our EAL team and speaks Bulgarian and Russian. Mrs Marta Carvalho, who many of you know from the summer holiday club, now works in Year 2 and speaks Portuguese.

Swimming: Year 3 and Year 4 swim on Tuesdays this half term. Please send a towel and costume in a named bag.

Coats: please label them! We had 41 coats nobody claimed in lost property in July.

Harvest Festival will be on Friday 27 September at 2pm. More details soon.

If you have any worries at all, my door is open after school most days, or ring the office on 01632 960000.

With best wishes for the year ahead,

Helen Ashworth
Headteacher
Example School, Park Row, Holtfen LS1 4AP
01632 960000 | office@example-school.org.uk
""" + LANG_LINE + "\n",
    html_body=None)

# 002
add("flag", "reception_text_me", "Reception teacher offers own mobile for texts to parent",
    BRENNAN, [JANE], "Zosia's first week", bst(2024, 9, 6, 15, 48),
    body="""Hi Mrs Parent,

Just a quick note to say Zosia has had a lovely first week. She cried a little on Wednesday when you left, but it only lasted a couple of minutes and then she was straight into the sand tray with Amelia. She's started saying "toilet please" and "more" in English, which is brilliant for week one.

I know drop-off has been hard for you too, especially when you have to rush for the work bus at 8. If you ever want to check how she's doing during the day, just text me on 07700 900318 - I keep my phone in my pocket and I can send you a quick message at lunchtime to let you know she's settled.

Have a good weekend,
Sophie

Miss S Brennan
Reception Teacher / EYFS Lead
Example School
""")

# 003
add("clean", "y6_reading_homework", "homework mail to Year 6 pupils",
    FINCH, Y6, "Reading homework - due Thursday", bst(2024, 9, 10, 15, 31),
    body="""Hello Year 6,

Your reading homework this week is on Google Classroom under "Week 2". Read the extract from Chapter 3 of our class book (it's also in your blue folder if you'd rather read it on paper) and answer questions 1-6 in full sentences.

Question 5 asks you to find two words that show how Michael feels when he first goes into the garage. Remember to explain why you chose them - don't just copy the words out!

If you're using a translator for any tricky words that's absolutely fine, but please write the answers yourself.

Hand in by Thursday morning. If you'd rather do it at school, come to the library on Wednesday lunchtime - Mrs Cotton will be there.

Miss Finch
""")

# 004
add("clean", "interpreter_agency_booking", "interpreting agency number + booking ref; Cc colleagues",
    CHAHAL, [ALI], "Meeting about Andrei - Thursday 19 September", bst(2024, 9, 12, 10, 14),
    cc=[OKAFOR, IOANA], fmt="alt", headers=OUTLOOK,
    body="""Dear Mr Guardian,

Thank you for agreeing to meet with us about Andrei's learning. The meeting will be on Thursday 19 September at 3.30pm in the small meeting room next to the main office. Mr Okafor, his class teacher, will be there, and so will I.

Because we will be talking through the report from the speech and language therapist, we have booked a professional Romanian interpreter rather than asking Mrs Munteanu to translate. That way Mrs Munteanu can sit with you and support you. The interpreter, Mrs Elena Dobre, works for Fenland Language Services and will join us on the speaker phone.

If you need to change the time, please let us know by Tuesday - you can reply to this e-mail or phone the school on 01632 960000. If it is after school hours, the agency asks that cancellations go straight to them on 0115 496 0721, quoting booking reference FLS-309174, so that the school is not charged.

You are very welcome to bring Andrei's mum or another family member with you.

Kind regards,

Anita Chahal
SENCo
Example School
Park Row, Holtfen LS1 4AP
Tel 01632 960000
""")

# 005
add("clean", "pe_bag_reply", "short reply to parent, parent's quoted message",
    OKAFOR, [ALI], "Re: PE bag", bst(2024, 9, 13, 11, 52),
    headers=[("In-Reply-To", "<CAF3x9k2mQ@mail.btinternet.com>")],
    body="""Hi Mr Guardian,

Yes that's fine - just leave it at the office with his name on and they'll bring it down to the classroom. PE is after lunch so any time before 1pm is OK.

Thanks,
Mr Okafor

On Fri, 13 Sept 2024 at 11:20, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello teacher
> Andrei forget PE bag today. I finish work 12 o clock, I can bring to school?
> Thank you
> Ali
""")

# 006
add("flag", "polish_ta_whatsapp", "Polish-language mail, TA gives personal WhatsApp number; base64 body",
    MAGDA, [JANE], "Zosia – czytanie w domu", bst(2024, 9, 16, 19, 42), cte="base64", headers=IPHONE,
    body="""Dzień dobry Pani Jano,

dziękuję za wczorajszą rozmowę przy bramie. Tak jak mówiłam, Zosia bardzo ładnie radzi sobie z literkami, ale w domu warto czytać z nią codziennie po 10 minut – może być po polsku, to też bardzo pomaga.

W zeszycie do czytania (reading record) wystarczy wpisać datę i się podpisać, nie trzeba nic pisać po angielsku.

Jeśli będzie Pani miała jakieś pytania, najlepiej proszę pisać do mnie na WhatsAppie – mój numer to 07700 900264. Odpisuję wieczorami, bo w szkole nie mam kiedy sprawdzać maili, a wiem, że Pani pracuje na zmiany w pakowni.

Pozdrawiam serdecznie
Magda Sobczak
Asystentka w klasie Reception
Example School
""")

# 007
add("clean", "staff_meeting_notes", "staff-only meeting notes incl. reminder not to use WhatsApp",
    DEPUTY, [STAFF], "Notes from tonight's staff meeting", bst(2024, 9, 17, 17, 10), fmt="alt", headers=OUTLOOK,
    body="""Hi all,

Thanks for staying late. Quick summary of what we agreed:

1. New arrivals - 9 new children since the start of term (5 Polish, 2 Romanian, 1 Latvian, 1 Bulgarian). Ilze and Desi will do the first-language assessments this week and put notes on the EAL tracker by Friday. Please don't do the reading benchmark with new arrivals until the EAL team have seen them.

2. Attendance - 93.8% last week. A lot of it was Monday mornings; Paula thinks it's linked to the Sunday night shifts at Fenway Salads. She's going to talk to their HR about the rota rather than us sending out the usual letters.

3. Translated letters - anything going home needs to be with Julie by Wednesday lunchtime so the team have time to translate it for the Friday send. Nothing goes out in English only.

4. Harvest - food bank donations in the hall from Monday. Year 2 and Year 5 are singing.

5. Safeguarding - reminder that we do not message parents on WhatsApp, Facebook or our own phones, however much easier it would be. If a parent asks for your number, give them the office number and let me or Dawn know. It has come up three times already this term.

6. CPD - 1 October is the local authority EAL training, 3.30 to 5 in the hall.

Next meeting Tuesday 1 October.

Gareth

Gareth Pym
Deputy Headteacher & Designated Safeguarding Lead
Example School | 01632 960000
""")

# 008
add("clean", "polish_ta_declines_whatsapp", "TA refuses personal number/WhatsApp in Polish; parent's request quoted",
    AGNIESZKA, [JANE], "Re: numer telefonu", bst(2024, 9, 18, 13, 5), cte="8bit",
    headers=[("In-Reply-To", "<CAJp0x7Lq2@mail.gmail.com>")],
    body="""Dzień dobry Pani Jano,

bardzo dziękuję za wiadomość i za miłe słowa o Zosi.

Niestety nie mogę podać swojego prywatnego numeru telefonu ani pisać z rodzicami na WhatsAppie – takie są zasady w naszej szkole i dotyczą wszystkich pracowników. Proszę się nie martwić, to nic osobistego!

Najlepiej pisać do mnie na ten adres e-mail albo dzwonić do sekretariatu: 01632 960000. Wystarczy powiedzieć "Agnieszka, polski", a panie z sekretariatu przekażą mi wiadomość i oddzwonię ze szkolnego telefonu jeszcze tego samego dnia.

Pozdrawiam serdecznie,
Agnieszka Zielińska
Asystentka EAL / EAL Teaching Assistant
Example School, Park Row, Holtfen LS1 4AP

W dniu 17.09.2024 o 21:14, Jane Parent <jane.parent@gmail.com> pisze:
> Dzień dobry Pani Agnieszko,
> dziękuję za pomoc z Zosią, ona bardzo Panią lubi. Czy mogę prosić o Pani numer
> telefonu? Łatwiej byłoby mi pisać na WhatsAppie, bo w pracy nie mogę czytać maili,
> tylko telefon w przerwie.
> Pozdrawiam
> Jana
""")

# 009
add("clean", "breakfast_club_earlier", "HTML-only letter: times, prices, translations",
    KAREN, PARENTS, "Breakfast Club - earlier opening from 30 September", bst(2024, 9, 19, 12, 30), fmt="html",
    html_body="""<html><head><meta charset="utf-8"><title>Breakfast Club</title></head>
<body style="font-family:Arial, Helvetica, sans-serif; font-size:14px; color:#222">
<p>Dear Parents and Carers,</p>
<p>Thank you to the 112 families who answered our summer survey. Many of you told us that your shifts at the packhouses start at 7.30 or 8.00, and that 7.30 was too late for Breakfast Club to open.</p>
<p><strong>From Monday 30 September Breakfast Club will open at 7.15am.</strong></p>
<ul>
<li>Price: still &pound;1.50 per morning (free for children who get free school meals)</li>
<li>Please book on the school app by 6pm the day before</li>
<li>Use the side gate on Chapel Lane &ndash; the main gate does not open until 8.40</li>
<li>Children who arrive after 8.30 go straight to their classroom</li>
</ul>
<p>If you cannot use the app, ring the office on 01632&nbsp;960000 and we will book for you.</p>
<p>Kind regards,<br>Karen Mabbott<br>School Business Manager</p>
<hr>
<p style="font-size:12px;color:#555">Ten list jest dost&#281;pny po polsku &middot; &Scaron;is lai&scaron;kas yra ir lietuvi&#371; kalba &middot; Aceast&#259; scrisoare este disponibil&#259; &icirc;n limba rom&acirc;n&#259; &middot; &#1058;&#1086;&#1074;&#1072; &#1087;&#1080;&#1089;&#1084;&#1086; &#1077; &#1085;&#1072;&#1083;&#1080;&#1095;&#1085;&#1086; &#1080; &#1085;&#1072; &#1073;&#1098;&#1083;&#1075;&#1072;&#1088;&#1089;&#1082;&#1080; &middot; Esta carta est&aacute; dispon&iacute;vel em portugu&ecirc;s &ndash; ask the office.</p>
<p style="font-size:12px;color:#555">Example School, Park Row, Holtfen LS1 4AP &middot; 01632 960000</p>
</body></html>
""")

# 010
add("flag", "y4_signature_mobile", "teacher's own mobile (+44 (0)7700...) in HTML signature, 'drop me a text'",
    OKAFOR, [ALI], "Football club - Andrei", bst(2024, 9, 20, 16, 22), fmt="alt", headers=OUTLOOK,
    body="""Hi Mr Guardian,

Andrei has asked if he can join the Year 4 football club on Wednesdays after school. He'd be very welcome - he's quick and he listens, which is more than I can say for some of them!

He'll need shin pads and trainers or astro boots (no metal studs). The club finishes at 4.30. If you're on the late shift and somebody else is collecting him, just let me know who it will be. Easiest thing is to drop me a text, my number's below.

Thanks,
Daniel

Daniel Okafor
Year 4 Teacher
Example School
Mob: +44 (0)7700 900271
School: 01632 960000
""",
    html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1" style="font-family:Aptos, Calibri, sans-serif;font-size:11pt">
<p>Hi Mr Guardian,</p>
<p>Andrei has asked if he can join the Year 4 football club on Wednesdays after school. He'd be very welcome &#8211; he's quick and he listens, which is more than I can say for some of them!</p>
<p>He'll need shin pads and trainers or astro boots (no metal studs). The club finishes at 4.30. If you're on the late shift and somebody else is collecting him, just let me know who it will be. Easiest thing is to drop me a text, my number's below.</p>
<p>Thanks,<br>Daniel</p>
<p>&nbsp;</p>
<table style="border-left:3px solid #1f6f3f;padding-left:8px;font-size:10pt;color:#333"><tr><td>
<b>Daniel Okafor</b><br>Year 4 Teacher<br>Example School<br>
<span style="color:#1f6f3f">Mob:</span> +44 (0)7700 900271<br>
<span style="color:#1f6f3f">School:</span> 01632 960000
</td></tr></table>
</div></body></html>
""")

# 011
add("clean", "phonics_workshop_translated", "workshop invitation with translated PDF attachments",
    BRENNAN, [JANE, SAM], "Phonics workshop for Reception and Year 1 families", bst(2024, 9, 23, 9, 2),
    cc=[MAGDA, RUTA], fmt="alt", headers=OUTLOOK,
    atts=[(pdf("Phonics workshop EN"), "application", "pdf", "Phonics_workshop_EN.pdf"),
          (pdf("Warsztaty fonetyczne PL"), "application", "pdf", "Phonics_workshop_PL.pdf"),
          (pdf("Fonetikos dirbtuves LT"), "application", "pdf", "Phonics_workshop_LT.pdf")],
    body="""Dear Reception and Year 1 families,

We would love you to come to our phonics workshop on Wednesday 2 October. There are two sessions, so please pick whichever fits around work: 9.00-9.30am (straight after drop-off) or 3.30-4.00pm.

We will show you how we teach the letter sounds in school, how to help your child blend them into words, and what the books in the book bag are for. You do not need to speak English well to help your child read - talking about books and reading together at home in Polish, Lithuanian or any other language really does help.

Magda (Polish) and Rūta (Lithuanian) will be there to translate, and younger brothers and sisters are welcome.

The letter is attached in English, Polish and Lithuanian. Other languages are available from the office.

Thank you,

Sophie Brennan
Reception Teacher / EYFS Lead
Example School, Park Row, Holtfen LS1 4AP
01632 960000
""")

# 012
add("clean", "gp_dentist_health_visitor", "third-party GP/dentist/health visitor numbers to parent; QP",
    DAWN, [JANE], "Doctor and dentist - the details I promised", bst(2024, 9, 24, 10, 40), cte="quoted-printable",
    body="""Dear Jana,

It was good to see you this morning. Here are the details we talked about:

GP - Marsh Lane Surgery, 14 Marsh Lane, Holtfen PE12 6ZT. You can register online or ring them on 0116 496 0204 and ask for the registration form for the whole family. You don't need proof of address or your immigration papers to register with a GP – if the receptionist says you do, tell me and I'll sort it.

Dentist – the NHS practices in town are full at the moment, but the Community Dental Service will see children. Their booking line is 0116 496 0631.

Health visitor (for the baby) – the drop-in is on Tuesday mornings, 9.30–11.30, at the Children's Centre on Westgate. The duty health visitor is on 0116 496 0611.

If you'd like me to come with you to the surgery I can do Thursday 3 October after drop-off. Meet me at the school office at 9.

Dawn

Dawn Skipworth
Family Support Worker
Example School, Park Row, Holtfen LS1 4AP | 01632 960000
""")

# 013
add("clean", "contact_details_readback", "office reads back carer's own mobile/address for checking",
    JULIE, [SAM], "Contact details for Matas and Ugnė", bst(2024, 9, 25, 14, 12), cte="8bit",
    body="""Dear Sam,

Thank you for popping into the office this morning. I've updated the records for Matas (Year 6) and Ugnė (Year 1) as below. Could you check them and reply to say they're right? We use these if we ever need to reach you in an emergency.

Main contact: Sam Carer (aunt, kinship carer) - mobile 07700 900456
Address: 17 Beet Row, Holtfen PE12 6ZR
Email: sam.carer@outlook.com
Second contact: Tomas Carer (uncle) - mobile 07700 900538
Doctor: Marsh Lane Surgery

I've also noted that their cousin Greta (16) can collect them on Fridays, as you asked. She'll need to give the password at the door the first couple of times until we know her.

Many thanks,
Julie

Julie Harker
Office Manager
""" + SCHOOL_SIG + "\n")

# 014
add("flag", "coding_club_discord", "teacher invites Year 5 pupils to his Discord server and to add him",
    BOLTON, Y5, "Coding club - Discord!", bst(2024, 9, 26, 16, 40),
    body="""Hi coders,

Great first session today - Oliver and Emīls, your maze game was brilliant, and Lena, I still don't know how you got the cat to moonwalk.

A few of you asked how we can share projects in between sessions. I've set up a Discord server for the club so you can post your Scratch links and ask questions in the evenings. Join with this invite: discord.gg/mrbcodes5 (ask a grown-up first!) and add me as a friend - I'm mrbolton_codes. I'm usually on most evenings after 7 if you get stuck.

Next week: sprites that follow the mouse pointer.

Mr Bolton
""", cte="8bit")

# 015
add("clean", "harvest_food_larder", "harvest donations letter to parents",
    HEAD, PARENTS, "Harvest Festival - Friday 27 September", bst(2024, 9, 20, 8, 15), fmt="alt", headers=OUTLOOK,
    body="""Dear Parents and Carers,

Our Harvest Festival will be on Friday 27 September at 2pm in the hall. Year 2 and Year 5 are singing, and everyone is welcome - if you finish work in time, please come!

This year all our donations will go to the Holtfen Community Larder. They have asked especially for:
- tins (beans, tomatoes, fish, fruit)
- pasta, rice and lentils
- UHT milk
- toothpaste, shampoo and nappies (size 5 and 6)

Please don't send fresh food. Food from home is very welcome - the Larder told us that lots of their families are Polish, Romanian and Lithuanian, and they love seeing familiar things on the shelves.

Donations can go in the boxes in the hall from Monday.

Thank you for your kindness, as always.

Helen Ashworth
Headteacher
""" + SCHOOL_SIG + "\n")

# 016
add("clean", "esafety_apps_age_limits", "HTML-only e-safety newsletter naming apps; fictitious helpline",
    BOLTON, PARENTS, "Online safety - apps and age limits", bst(2024, 10, 1, 15, 55), fmt="html",
    html_body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Online safety</title></head>
<body style="font-family:Verdana, sans-serif;font-size:13px;line-height:1.45">
<h2 style="color:#2a4d8f">Keeping children safe online</h2>
<p>Dear Parents and Carers,</p>
<p>In our computing lessons, several children in Years 5 and 6 told us they are in <b>WhatsApp</b> groups with people they have never met, and some are using <b>TikTok</b> and <b>Snapchat</b> on older brothers' and sisters' phones.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>App</th><th>Minimum age</th></tr>
<tr><td>WhatsApp</td><td>13</td></tr>
<tr><td>TikTok</td><td>13</td></tr>
<tr><td>Snapchat</td><td>13</td></tr>
<tr><td>Instagram</td><td>13</td></tr>
<tr><td>Roblox</td><td>no minimum, but turn chat off for under-13s</td></tr>
</table>
<p>What you can do:</p>
<ol>
<li>Ask your child to show you which apps they use and who they talk to.</li>
<li>Turn on parental controls on the phone or tablet and on your home Wi-Fi.</li>
<li>Make sure location sharing (e.g. Snap Map) is switched off.</li>
<li>Tell your child that they will not be in trouble if they tell you something online upset them.</li>
</ol>
<p>If you are worried, talk to Mr Pym (our Designated Safeguarding Lead) on 01632 960000, or ring the free Family Online Safety Helpline on 0808 157 0192.</p>
<p>This letter is also available in Polish, Lithuanian, Romanian, Bulgarian and Portuguese from the office.</p>
<p>Mr R Bolton<br>Computing Lead</p>
</body></html>
""")

# 017
add("clean", "laptop_audit", "short staff admin",
    KAREN, [STAFF], "Laptop audit next Tuesday", bst(2024, 10, 2, 12, 3),
    body="""Hi everyone,

The annual laptop audit is next Tuesday (8 October). Please bring your school laptop and charger to the office between 8 and 8.40 or at lunch, so Kev from the IT company can check the asset tags and run the updates. If yours is at home that day, let me know and we'll arrange another time.

Thanks,
Karen
""")

# 018
add("flag", "romanian_liaison_0044", "Romanian mail; liaison gives personal number as 0044 7700... + WhatsApp; QP",
    IOANA, [ALI], "Andrei - ce am stabilit la întâlnire", bst(2024, 10, 3, 18, 10), cte="quoted-printable",
    body="""Bună seara, domnule Guardian,

Vă mulțumesc pentru întâlnirea de astăzi. Știu că a fost multă informație în engleză și că interpretul a vorbit repede, așa că vă scriu pe scurt ce am stabilit:

– Andrei va avea sprijin la citit de trei ori pe săptămână, în grup mic, cu doamna Chahal;
– logopedul va veni la școală în noiembrie;
– ne vedem din nou în ianuarie.

Dacă aveți întrebări sau dacă nu înțelegeți ceva din scrisorile școlii, puteți să mă sunați oricând pe numărul meu personal, 0044 7700 900 587, sau să-mi scrieți pe WhatsApp la același număr. Nu e nicio problemă dacă e seara sau în weekend.

Cu drag,
Ioana Munteanu
Family Liaison Officer
Example School
""")

# 019
add("clean", "senco_eal_or_send", "staff-only SENCo advice about a pupil; Outlook quoted block",
    CHAHAL, [PRYCE], "RE: Ilinca - EAL or something more?", bst(2024, 10, 4, 16, 20), headers=OUTLOOK,
    body="""Hi Hannah,

Thanks for flagging this so early. I had a chat with Ioana at lunch. Ilinca reads fluently in Romanian and her mum says she was one of the strongest readers in her class in Bacău, so my feeling is that this is EAL rather than a specific difficulty - she's had five weeks of English phonics, and Romanian spelling is so regular that our "tricky words" must seem completely mad to her.

What I'd suggest for now:
- keep her in Magda's small phonics group but let her use the Romanian/English picture cards
- try a few of the sounds with her in Romanian first, so she sees which ones are the same
- note down anything she's avoiding (copying from the board? left/right?) and we'll look again after half term

If by February she's still not making progress compared with the other new arrivals, we'll do a proper assessment with an interpreter. No need to contact home about it yet.

Anita

-----Original Message-----
From: Hannah Pryce <h.pryce@example-school.org.uk>
Sent: Friday, October 4, 2024 1:12 PM
To: Anita Chahal <a.chahal@example-school.org.uk>
Subject: Ilinca - EAL or something more?

Hi Anita, could I pick your brains about Ilinca (Y3)? She is bright and chatty (in Romanian!) but she is really struggling to hold on to any of the sounds, even ones we've done every day. I don't know if it's just the language or if there's something else going on. Any thoughts? H
""")

# 020
add("clean", "eleven_plus_candidate_number", "11+ candidate number, times, grammar school postcode",
    FINCH, [SAM], "11+ test on Thursday - Matas", bst(2024, 9, 9, 16, 45), fmt="alt", headers=OUTLOOK,
    body="""Dear Sam,

Just a reminder that Matas will sit the Lincolnshire 11+ test here at school this Thursday, 12 September. His candidate number is 604219. He doesn't need to remember it - it will be on his desk - but please keep this e-mail in case the admissions team contact you.

The test starts at 9.15, so please make sure he is in school by 8.40 and has had some breakfast (Breakfast Club is open from 7.30 if that's easier with your shifts). There are two papers of 50 minutes with a break in between.

Results come out on 16 October. Whatever the result, you'll need to choose secondary schools by 31 October. If Matas passes, Holtfen Grammar School (Spalding Road, PE12 8ZQ) would be one option; Holtfen Academy is the other school most of our children go to.

If you'd like help filling in the admissions form, Rūta and I are happy to sit down with you one afternoon.

Best wishes,

Laura Finch
Year 6 Teacher
""" + SCHOOL_SIG + "\n")

# 021
add("clean", "flu_vaccine_reminder", "short office reminder",
    OFFICE, PARENTS, "Flu vaccine - Tuesday 15 October", bst(2024, 10, 8, 9, 30),
    body="""Dear Parents and Carers,

The school immunisation team will be in on Tuesday 15 October to give the nasal flu vaccine to children from Reception to Year 6.

If you haven't filled in the consent form yet, please do it by Friday - the link was in the text message we sent on Monday. If you'd prefer a paper form, or a form in your own language, ask at the office.

If your child cannot have the nasal spray, you can ask the immunisation team about the injection instead. Their details are on the consent form.

Thank you,
School Office
Example School | 01632 960000
""")

# 022
add("clean", "y5_science_homework", "science homework to Year 5 pupils",
    BOLTON, Y5, "Science homework - solids, liquids and gases", bst(2024, 10, 9, 15, 20),
    body="""Hi Year 5,

This week's science homework is a materials hunt at home. Find:

- 5 solids
- 5 liquids
- 3 gases (harder! think about the kitchen and the bathroom)

Write them in the table on Google Classroom. For each one, write one sentence about how you know which group it belongs to. You can write the names in your home language as well as English if you want - I'd love to learn some new words.

Bonus point if you can find something that is hard to sort (toothpaste? sand? jelly?) and explain why.

Due next Wednesday.

Mr Bolton
""")

# 023
add("clean", "trip_school_mobile_coach", "trip letter: school-owned trip mobile stated as such + coach firm number; PDF",
    PRYCE, [ALI], "Year 3 trip to Saltmarsh Point - Friday", bst(2024, 10, 8, 16, 5), cc=[LIAM],
    atts=[(pdf("Year 3 Saltmarsh Point letter"), "application", "pdf", "Y3_SaltmarshPoint_letter.pdf")],
    body="""Dear Year 3 families,

Thank you for returning the consent slips for our trip to Saltmarsh Point Seal Sanctuary on Friday 11 October. Final arrangements:

- Please have your child at school by 8.30. The coach (Marshland Coaches) leaves at 8.45 and we should be back around 3.15.
- Packed lunch in a bag that can be thrown away, no glass bottles. If your child gets free school meals the kitchen will make one for them - you don't need to ask.
- Wellies and a waterproof coat. It's very windy on the sea wall!

On the day, if you need to reach us urgently, please ring the school office on 01632 960000 first. If the office can't get hold of us, the trip mobile is 07700 900950 - this is a school phone, which Mr Sutcliffe will carry, and it is switched off after the trip. If we're stuck in traffic on the way back we will text everyone from the school system, and Marshland Coaches' office (0116 496 0437) will also know where the coach is.

The letter is attached again in case you need it. Translated copies are at the office.

Mrs Pryce
Year 3 Teacher
""")

# 024
add("flag", "cc_personal_hotmail", "teacher Cc's her personal hotmail on mail to carer, asks replies there too",
    FINCH, [SAM], "Easter booster sessions - Matas", bst(2025, 3, 28, 15, 40),
    cc=["Laura Finch <laura.finch84@hotmail.co.uk>"], fmt="alt", headers=OUTLOOK,
    body="""Dear Sam,

Matas has worked really hard this term and I'd like him to come to the SATs booster mornings over the Easter holidays - Tuesday 8 and Thursday 10 April, 9.30 to 12 in the Year 6 classroom. They're free and there will be toast and juice.

Could you let me know by next Friday if he can come? I've copied in my home e-mail because I won't be checking my school account much over the holidays, so if anything changes please reply to both and I'll definitely see it.

Thanks,
Laura Finch
Year 6 Teacher
""")

# 025
add("clean", "romanian_saturday_club", "third-party community club contact (not school) given to parent",
    JULIE, [ALI], "Romanian Saturday club at the library", bst(2024, 10, 10, 11, 25), cte="8bit", cc=[IOANA],
    body="""Dear Mr Guardian,

You asked Mrs Munteanu if there are any Romanian lessons in Holtfen for Andrei and Ilinca. There is a Saturday club, "Clubul Românesc", at Holtfen Library every Saturday from 10 until 12. It is run by volunteers from the Romanian community association - it is not part of the school - so please contact them directly:

Mrs Carmen Vasile, 0115 496 0893
clubulromanesc@holtfencommunity.example.org

It costs £3 per child per session and they do reading, writing, songs and traditional dances. They also have a small library of Romanian books you can borrow.

Kind regards,
Julie Harker
Office Manager
""" + SCHOOL_SIG + "\n")

# 026
add("clean", "parents_evening_booking", "HTML-only: parents' evening times and interpreters",
    OFFICE, PARENTS, "Parents' Evening - 5 and 7 November", bst(2024, 10, 14, 12, 0), fmt="html",
    html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>Parents' Evening will be on <b>Tuesday 5 November (3.30&ndash;6.30pm)</b> and <b>Thursday 7 November (4.00&ndash;7.30pm)</b>. We have added later appointments on the Thursday for parents who work day shifts.</p>
<p>Appointments are 10 minutes long. You can book on the school app from Monday 21 October. If you would like an interpreter, tick the box when you book and choose the language &ndash; we have Polish, Lithuanian, Romanian, Bulgarian, Latvian and Portuguese speakers available on both evenings.</p>
<p>If you can't come on either evening, your child's teacher can phone you from school at another time &ndash; just tell the office.</p>
<p>Kind regards,<br>School Office<br>Example School &middot; Park Row &middot; Holtfen LS1 4AP &middot; 01632 960000</p>
</div></body></html>
""")

# 027
add("clean", "hr_change_of_address", "staff member's own address/mobile sent to HR provider only (no parent)",
    s("Paula Denby", "p.denby"), ["HR Team <hr@schoolshr.example.com>"], "Change of address and phone - Paula Denby",
    bst(2024, 10, 16, 12, 48), cc=[KAREN], headers=OUTLOOK,
    body="""Hi,

Please could you update my details on the HR and payroll system from 1 November:

New address: 6 Lapwing Close, Holtfen PE12 6ZD
Personal mobile: 07700 900802 (the old 07700 900377 will stop working at the end of the month)
Emergency contact is the same - my husband Mark, 07700 900803.

Employee number 004471. Karen in our office is copied in.

Thanks,

Paula Denby
Attendance Officer
Example School
""")

# 028
add("flag", "facebook_add_costume", "teacher asks parent to add her on Facebook/Messenger; home address without postcode",
    EWA, [JANE], "Costume for the Independence Day assembly", bst(2024, 10, 17, 20, 31),
    body="""Hi Jana,

Lovely to meet you properly at the Polish Saturday school at the weekend! You mentioned you've got a krakowiak costume that Zosia has grown out of - we'd love to borrow it for our Independence Day assembly on 11 November if you don't mind. Year 2 are doing a dance and we're one waistcoat short.

Easiest thing is probably to add me on Facebook (Ewa Majewska-Hart - the profile photo with the big brown dog) and we can sort it out on Messenger, I'm on there much more than my school e-mail. Or if you'd rather, just drop it round to mine - 22 Willow Drove, the house behind the Co-op with the green gate.

Dziękuję bardzo!
Ewa

Mrs E Majewska
Year 2 Teacher
""")

# 029
add("clean", "term_time_leave_refused", "attendance officer refuses term-time leave request",
    ATTEND, [SAM], "Leave of absence request - Matas and Ugnė", bst(2024, 10, 21, 14, 5), cte="8bit", cc=[RUTA],
    body="""Dear Sam,

Thank you for filling in the leave of absence form for Matas and Ugnė to visit their grandmother in Kaunas from Monday 9 December to Friday 3 January.

I'm sorry to tell you that Mrs Ashworth is not able to authorise the days in term time (9 to 20 December). The law only allows a headteacher to agree to leave in term time in exceptional circumstances, and a family visit, however important, doesn't usually count. The days would be recorded as unauthorised, and if a child misses 10 or more sessions the local authority may issue a penalty notice.

I do understand that flights are much cheaper before Christmas and that it is hard to get time off from the packhouse in December. If there is a reason you haven't put on the form - for example, if their grandmother is unwell - please tell us in confidence. Rūta is copied in and can talk it through with you in Lithuanian.

School finishes on Friday 20 December at 2pm and starts again on Monday 6 January.

Kind regards,
Paula Denby
Attendance Officer
Example School | 01632 960000
""")

# 030
add("clean", "food_bank_voucher", "food bank voucher: third-party address/phone + voucher number; PDF",
    DAWN, [SAM], "Food bank voucher", bst(2024, 10, 23, 13, 17),
    atts=[(pdf("Holtfen Community Larder voucher HCL-24-1187"), "application", "pdf", "Larder_voucher_HCL-24-1187.pdf")],
    body="""Hi Sam,

As promised, here is the voucher for the Holtfen Community Larder (number HCL-24-1187). Take it, printed or on your phone, to St Guthlac's Church Hall, 3 Church Street, PE12 6ZL, any Tuesday or Friday between 10am and 1pm. It's good for three visits.

If you can't get there because of work, ring the Larder on 0116 496 0588 and they'll let someone else collect for you with a note.

I'll send the details of the half-term holiday club (free lunch included) next week.

Take care,
Dawn

Dawn Skipworth
Family Support Worker
Example School | 01632 960000
""")

# 031
add("clean", "teams_meeting_id", "Teams meeting ID, passcode and conference dial-in number",
    CHAHAL, [SAM], "Online meeting about Ugnė's support plan - joining details", bst(2024, 11, 5, 9, 50),
    cc=[HEWSON, RUTA], fmt="alt", headers=OUTLOOK,
    body="""Dear Sam,

As we agreed, the meeting about Ugnė's support plan will be online on Thursday 14 November at 12.30, so you can join in your lunch break. Mrs Hewson and I will be in school, and Rūta will join to translate.

Join on your phone or computer:
Meeting ID: 382 915 604 77
Passcode: q7Xb2M

Or call in (audio only):
+44 20 7946 0318,,742391850#  United Kingdom
Phone conference ID: 742 391 850#

If the link doesn't work, ring the school office on 01632 960000 and we'll call you back.

Kind regards,
Anita Chahal
SENCo

________________________________________________________________________________
Microsoft Teams meeting
Need help? | System reference
________________________________________________________________________________
""")

# 032
ICS_VIOLIN = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.5//EN", "METHOD:REQUEST",
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "DTSTART:19810329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME:BST", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "DTSTART:19961027T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZNAME:GMT", "END:STANDARD", "END:VTIMEZONE",
    "BEGIN:VEVENT", "UID:5C1E8A7B-29A0-4F0D-9E8B-R29P032@example-school.org.uk",
    "DTSTAMP:20250704T191500Z", "DTSTART;TZID=Europe/London:20250726T100000",
    "DTEND;TZID=Europe/London:20250726T103000", "SUMMARY:Violin lesson - Matas",
    "LOCATION:41 Mill Drove\\, Holtfen\\, Lincs PE12 7ZN",
    "DESCRIPTION:Bring your book. Park on the drive - blue door.",
    "ORGANIZER;CN=Neil Ferriby:mailto:n.ferriby@example-school.org.uk",
    "ATTENDEE;CN=Sam Carer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.carer@outlook.com",
    "RRULE:FREQ=WEEKLY;COUNT=5", "STATUS:CONFIRMED", "SEQUENCE:0",
    "END:VEVENT", "END:VCALENDAR", ""]).encode("utf-8")
add("flag", "violin_lessons_home_ics", "private lessons at teacher's home; home address only in .ics attachment",
    FERRIBY, [SAM], "Violin over the summer", bst(2025, 7, 4, 20, 15),
    atts=[(ICS_VIOLIN, "text", "calendar", "invite.ics")],
    body="""Hi Sam,

Matas has come on so much with the violin this year and it would be a real shame for him to lose it over six weeks off, especially with him starting at the Academy in September.

I teach a few pupils privately over the summer - half-hour lessons at my house on Saturday mornings, £18 a lesson. I can also lend him a full-size violin until you decide whether to buy one. I've sent a calendar invite for the first one (Saturday 26 July at 10) which has my address on it - it's the bungalow with the blue door, and you can park on the drive.

He'll need to bring his own book.

Cheers,
Neil Ferriby
Peripatetic Music Teacher, Example School
""")

# 033
add("clean", "y6_pupil_homework_reply", "short reply to pupil's homework question (quoted)",
    FINCH, [Y6[0]], "Re: homework question", bst(2024, 11, 6, 17, 20),
    headers=[("In-Reply-To", "<r29p.033q@pupils.example-school.org.uk>")], cte="8bit",
    body="""Hi Zuzanna,

You can use your own ones - that's even better! Just remember the comma after the fronted adverbial.

Miss F

On Wed, 6 Nov 2024 at 17:02, Zuzanna Wiśniewska <18zwisniewska@pupils.example-school.org.uk> wrote:
> Miss Finch do we have to use the fronted adverbials from the word mat or can we use our own ones
> Zuzanna
""")

# 034
add("clean", "trip_payment_bank_details", "school fund sort code/account number and prices",
    KAREN, PARENTS, "Paying for the pantomime trip by bank transfer", bst(2024, 11, 7, 10, 5),
    body="""Dear Parents and Carers,

Several families have told us they can't pay through the school app because it won't accept their bank cards. For the pantomime trip (£9.50 per child, due by Friday 29 November) you can now also pay by bank transfer:

Account name: Example School Fund
Sort code: 30-94-57
Account number: 20617384
Reference: your child's surname and class, e.g. NOWAK 4O

Or bring cash in an envelope to the office, with your child's name on it.

No child should miss out because of the cost. If £9.50 is difficult at the moment, please speak to me or to Dawn in confidence.

Karen Mabbott
School Business Manager
Example School | 01632 960000
""")

# 035
add("clean", "christmas_performances", "nativity dates, tickets, filming request",
    HEAD, PARENTS, "Christmas performances", bst(2024, 11, 25, 15, 30), fmt="alt", headers=OUTLOOK,
    body="""Dear Parents and Carers,

Our Christmas performances are nearly here!

Reception and Year 1 nativity: Tuesday 10 December at 2pm and Wednesday 11 December at 9.30am
Years 2, 3 and 4 carol concert: Thursday 12 December at 2pm at St Guthlac's Church
Years 5 and 6 "Christmas around the world": Friday 13 December at 2pm

Each family can have two tickets for each performance. Tickets will come home in book bags next week. If you need more because of a large family, or if you can only come to the morning show because of work, let the office know and we'll do our best.

You are welcome to take photos and film your own child, but please don't put videos with other children in them on Facebook, TikTok or anywhere else online. Some of our children must not have their pictures shared, for their safety.

Years 5 and 6 are singing in Polish, Romanian, Lithuanian, Bulgarian, Latvian and Portuguese this year - bring tissues!

With best wishes,
Helen Ashworth
Headteacher
""")

# 036
add("flag", "football_text_me_nbsp", "HTML-only mail to pupils; coach's own mobile written with &nbsp;",
    LIAM, Y6[1:], "Saturday's match v Westfen", bst(2024, 11, 13, 16, 2), fmt="html",
    html_body="""<div dir="ltr"><div>Right team,</div><div><br></div>
<div>Saturday's tournament is at Westfen Primary, kick off 10am, be there by 9.30 in school PE kit (I'm bringing the shirts). Your grown-ups will need to drive you. Shin pads are NOT optional, Tiago.</div><div><br></div>
<div>If you can't make it or you're running late on the day, text me on 07700&nbsp;900&nbsp;482 so I can sort the team out. Don't ring, I'll be reffing the first game.</div><div><br></div>
<div>Mr S</div><div><br></div>
<div style="color:#555;font-size:12px">Liam Sutcliffe<br>PE &amp; Sports Coach<br>Example School</div></div>
""")

# 037
add("clean", "staff_xmas_do_at_mine", "staff-only social at colleague's home with his mobile",
    LIAM, [STAFF], "Christmas do - at mine this year!", bst(2024, 11, 29, 13, 2),
    body="""Right then -

Staff Christmas do is at mine this year, Friday 13 December from 7pm. Address is 8 Hawthorn Way, Holtfen PE12 6ZF (the new estate off Spalding Road, third house on the left after the postbox).

Bring a bottle and a dish - Agnieszka has promised pierogi, Desi is doing banitsa and Marta says she'll make pastéis de nata if the oven behaves. I'm doing chilli for anyone who wants something hot.

Partners welcome. Taxis back into town are about £8.

Secret Santa is £5 max, names in the tin in the staffroom by next Friday.

Ring me on 07700 900482 if you get lost, the satnav sends everyone round the back of the farm.

Liam
""", cte="8bit")

# 038
add("clean", "romanian_parent_callback", "teacher will ring parent on parent's own number (quoted Romanian)",
    OKAFOR, [ALI], "Re: Andrei - temele", bst(2024, 11, 19, 12, 40), cte="8bit", cc=[IOANA],
    headers=[("In-Reply-To", "<BT1x8Pq03@mail.btinternet.com>")],
    body="""Dear Mr Guardian,

Thank you for your message. Mrs Munteanu helped me to read it.

I am sorry that Andrei is worried about his homework. He does not need to finish all of it - 20 minutes is enough. Please write in his reading record how long he worked, and I will know.

I will telephone you from school on Thursday after 4pm, on 07700 900789, to talk about the maths methods we use. Mrs Munteanu will be with me to translate. If this time is not good for you, please reply to this e-mail.

Mr Okafor
Year 4 Teacher
Example School | 01632 960000

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 18 November 2024 19:55
To: Daniel Okafor <d.okafor@example-school.org.uk>
Subject: Andrei - temele

Bună ziua domnule profesor,
Andrei plânge seara pentru că nu înțelege temele la matematică. Noi nu știm să-l ajutăm, metodele sunt altfel decât în România. Vă rog să mă sunați, numărul meu este 07700 900789, după ora 16 sunt acasă.
Mulțumesc,
Ali Guardian
""")

# 039
add("clean", "new_arrival_induction", "staff-only induction plan for new Latvian pupil",
    ILZE, [BOLTON], "New arrival Monday - Elza (Year 5)", bst(2024, 11, 20, 15, 10), cc=[DEPUTY, JULIE], cte="8bit",
    body="""Hi Ryan,

Quick overview before Elza Ozola starts in your class on Monday.

- Arrived from Rēzekne two weeks ago with mum and dad. Mum works nights at the chicken factory, dad on days at Fenway, so dad will do drop-off and a neighbour (Mrs Liepa) collects - Julie has the form.
- Very little English ("hello", "thank you", numbers to 10). Strong reader and good at maths in Latvian according to her old school report - I'll translate the report this week.
- Vegetarian. Mum was very clear about that!
- Shy but not anxious. Emīls has said he'd be her buddy, which I think is a good match, but let's not make him translate all day.

I'll do her first-language assessment on Tuesday morning and bring you the visual timetable and the Latvian/English word mat before Monday. For the first week it might be worth her having a couple of sessions with me at the start of afternoons so she isn't overwhelmed.

Ilze

Ilze Bērziņa
Learning Mentor (Latvian / Russian)
Example School
""")

# 040
add("flag", "lithuanian_viber", "Lithuanian mail; TA gives personal phone and Viber; base64, encoded subject",
    RUTA, [SAM], "Dėl Mato skaitymo", bst(2024, 11, 22, 20, 5), cte="base64", headers=IPHONE,
    body="""Laba diena, Sam,

šiandien kalbėjausi su Mato mokytoja Miss Finch. Ji sako, kad Matas labai stengiasi, bet angliškai dar skaito lėtai, todėl nuo pirmadienio jis su manimi skaitys tris kartus per savaitę po pietų.

Būtų labai gerai, jei namuose jis kasdien paskaitytų bent 15 minučių – galima ir lietuviškai.

Jei reikės, skambinkite man tiesiai – mano asmeninis telefonas 07700 900733. Galite rašyti ir per Viber, taip bus greičiau negu per mokyklos paštą.

Pagarbiai
Rūta Kazlauskienė
Dvikalbė mokytojo padėjėja / Bilingual Teaching Assistant
Example School
""")

# 041
add("clean", "bad_weather_official_channels", "school's official text/app/Facebook page; asks parents not to message staff personally",
    HEAD, PARENTS, "Snow and ice - how you will hear from us", bst(2024, 11, 26, 14, 20), fmt="alt", headers=OUTLOOK,
    body="""Dear Parents and Carers,

With the cold weather coming, here is how we will let you know if school has to close or open late:

1. A text message from the school system (it shows as EXAMPLESCH) by 7am
2. A message on the school app
3. A post on the school's official Facebook page, "Example School Holtfen"

Please don't message individual teachers or assistants on their own phones or social media to ask whether school is open - they are not allowed to reply to parents that way, and they may not know any more than you do. If you're not sure, ring the office on 01632 960000 from 7.30am.

If the school is open but you can't get in because the buses aren't running from the villages, just ring the attendance line (01632 960000, option 1) and let us know.

Stay warm,
Helen Ashworth
Headteacher
""")

# 042
add("clean", "head_lice_letter", "short office letter",
    OFFICE, PARENTS, "Head lice in Year 2", bst(2024, 11, 28, 11, 5),
    body="""Dear Parents and Carers,

We've had a few cases of head lice in Year 2 this week. Please check your child's hair tonight with a fine comb (wet hair with conditioner is easiest). If you find any, treatment is available from any pharmacy without a prescription, and children do not need to stay off school.

Long hair tied back helps a lot.

Thank you,
School Office
""")

# 043
add("clean", "eu_settlement_advice", "Citizens Advice drop-in and helpline numbers (third party) to carer",
    DAWN, [SAM], "EU Settlement Scheme - help with the children's applications", bst(2024, 12, 3, 10, 22), cc=[RUTA],
    body="""Hi Sam,

Following our chat on Friday about the children's status - you're right that Ugnė was never added to the family's EU Settlement Scheme application, as she was born after you came over. It can still be done as a late application, but it's worth getting proper advice first.

Citizens Advice Holtfen have a free immigration adviser at the library (Westgate, PE12 6ZB) every Wednesday, 10am to 1pm. It's a drop-in but it gets busy, so it's better to book: 0115 496 0266. Rūta can come with you if you want someone to translate - just let her know the day.

Take with you:
- both children's passports or ID cards
- Ugnė's birth certificate (and the English translation we did in the summer)
- your own share code if you have one
- the letter from the council about the kinship care arrangement

The Home Office settlement resolution line is 0306 999 0145 if you get stuck with the online form, but in my experience Citizens Advice are quicker.

Dawn
Family Support Worker
Example School | 01632 960000
""")

# 044
add("flag", "instagram_leavers_follow", "TA invites Year 6 leavers to follow her personal Instagram",
    CHLOE, Y6, "Last week!!", bst(2025, 7, 15, 19, 5), fmt="alt",
    body="""Hi Year 6,

I can't believe it's your last week! Working with you all this year has honestly been the best thing. Zuzanna, your speech in the leavers' assembly rehearsal made me cry and it wasn't even the real one yet.

Lots of you have asked how you can keep in touch when you go up to the Academy. You can follow me on Instagram, I'm @chloedawson.ta - send me a request and I'll accept it, and then you can show me your new uniforms in September!

See you tomorrow for the water fight (shh, don't tell Mr Pym)

Miss Dawson x
""",
    html_body="""<div dir="ltr"><p>Hi Year 6,</p>
<p>I can't believe it's your last week! Working with you all this year has honestly been the best thing. Zuzanna, your speech in the leavers' assembly rehearsal made me cry and it wasn't even the real one yet.</p>
<p>Lots of you have asked how you can keep in touch when you go up to the Academy. You can follow me on Instagram, I'm <b>@chloedawson.ta</b> &#8211; send me a request and I'll accept it, and then you can show me your new uniforms in September! &#128522;</p>
<p>See you tomorrow for the water fight (shh, don't tell Mr Pym)</p>
<p>Miss Dawson x</p></div>
""")

# 045
add("clean", "martisor_baba_marta", "1 March traditions invitation; Bulgarian/Romanian text; QP",
    DESI, PARENTS, "1 March - Mărțișor and Baba Marta in school", bst(2025, 2, 24, 9, 45), cc=[IOANA],
    fmt="alt", cte="quoted-printable",
    body="""Dear Parents and Carers,

On 1 March many of our Bulgarian and Romanian families celebrate the start of spring with red and white threads - the martenitsa (Baba Marta) in Bulgaria and the mărțișor in Romania. This year we'd like the whole school to join in.

- On Friday 28 February every class will make martenitsi / mărțișoare in the afternoon. If you would like to come and help, please come to the hall at 2.15pm. No need to book, and you don't need to speak English!
- On Monday 3 March children may wear a red and white bracelet or pin to school.
- If you have a traditional blouse (ie / bluză, or a Bulgarian embroidered shirt), your child can wear it on Monday instead of a school jumper.

Честита Баба Марта! La mulți ani de Mărțișor!

Desislava Georgieva and Ioana Munteanu
EAL Team, Example School
01632 960000
""")

# 046
add("clean", "declines_parent_friend_request", "office manager declines parent's Facebook friend request",
    JULIE, [JANE], "Facebook", bst(2025, 1, 13, 9, 12),
    body="""Hi Jana,

Thank you for the friend request on Facebook at the weekend - I hope you don't mind that I haven't accepted it. Staff at school aren't allowed to be friends with parents on social media, even when we'd like to be, so I'm afraid I have to say no to everyone. Please don't take it personally!

You can always message me here or ring the office on 01632 960000, and I'll see you at the gate as usual.

Julie
""")

# 047
add("clean", "cover_today", "two-line staff cover note",
    DEPUTY, [STAFF], "Cover today", bst(2025, 1, 16, 7, 41), headers=IPHONE,
    body="""Daniel is off today - Kim is covering Y4 this morning and I'll take them after lunch. Y4 swimming is cancelled, Julie could you let the pool know please.
G
""")

# 048
VCF_ILZE = "\r\n".join([
    "BEGIN:VCARD", "VERSION:3.0", "N:Bērziņa;Ilze;;;", "FN:Ilze Bērziņa", "ORG:Example School",
    "TITLE:Learning Mentor", "TEL;TYPE=CELL,VOICE,pref:+44 7700 900417",
    "TEL;TYPE=WORK,VOICE:01632 960000", "EMAIL;TYPE=WORK:i.berzina@example-school.org.uk",
    "END:VCARD", ""]).encode("utf-8")
add("flag", "mentor_vcard_mobile", "learning mentor attaches vCard with her own mobile; number only in attachment",
    ILZE, [ALI], "Contact details", bst(2025, 1, 14, 16, 35),
    atts=[(VCF_ILZE, "text", "vcard", "Ilze Berzina.vcf")],
    body="""Dear Mr Guardian,

Thank you for coming in to meet me today. As I said, I will be seeing Andrei on Tuesday and Thursday mornings for his mentoring sessions. We'll work on the worries he has about playtimes and on making friends in his class.

I have attached my contact card so you have my mobile. Please save it in your phone - you can message me at any time if something is worrying him at home before he comes in, and I'll make sure I see him first thing.

Best wishes,
Ilze Bērziņa
Learning Mentor
""", cte="8bit")

# 049
add("clean", "y6_maths_place_value", "maths homework with large numbers that resemble phone digits",
    FINCH, Y6, "Maths homework - numbers to 10 million", bst(2024, 9, 24, 15, 12),
    body="""Hi Year 6,

This week's maths homework is on place value. It's also on Google Classroom.

1. Write these numbers in words:
   a) 7,700,900
   b) 4,960,321
   c) 1,632,096

2. Round 7,700,900 to the nearest 10,000, the nearest 100,000 and the nearest million.

3. Put these in order, smallest first: 9,060,123  9,006,123  9,600,123  9,061,230

4. In June a packhouse in Holtfen packed 1,470,000 punnets of strawberries. In July it packed 215,500 more than in June. How many punnets did it pack in July?

5. Challenge: what is the biggest number you can make with the digits 0, 0, 1, 4, 6, 7, 9? What is the smallest 7-digit number?

Remember to show your working for question 4.

Due Monday.

Miss Finch
""")

# 050
add("clean", "ta_reports_parent_whatsapp_request", "staff-only forward to DSL of parent asking for TA's WhatsApp (parent's own number quoted)",
    MARTA, [DSL], "FW: Beatriz", bst(2025, 3, 4, 8, 20), cte="8bit", headers=OUTLOOK,
    body="""Hi Gareth,

Just flagging this one like you said in the staff meeting - Beatriz's mum has asked for my WhatsApp. I haven't replied yet. Shall I send her the office number, or would you rather do it? She's lovely, I think she just finds e-mail hard, and she's on nights at the moment.

Marta

From: Ana Ferreira <ana.ferreira.holtfen@gmail.com>
Sent: 03 March 2025 21:47
To: Marta Carvalho <m.carvalho@example-school.org.uk>
Subject: Beatriz

Olá Marta, tudo bem? A Beatriz diz que a senhora fala português, que alívio! Eu não percebo bem os emails da escola. Pode mandar-me o seu WhatsApp? O meu número é 07700 900655. Obrigada, Ana
""")

# 051
add("clean", "translated_trip_letter", "staff-only: translator sends Romanian letter (docx)",
    IOANA, [JULIE], "Romanian version - museum trip letter", bst(2025, 3, 5, 12, 30), cte="8bit",
    atts=[(docx("Scrisoare excursie muzeu RO"), "application",
           "vnd.openxmlformats-officedocument.wordprocessingml.document", "Y3-4 museum trip letter RO.docx")],
    body="""Hi Julie,

Romanian version of the Y3/4 museum letter attached. I changed "packed lunch" to "pachet cu mâncare" rather than translating it word for word, otherwise it sounds like a parcel. Desi says the Bulgarian one will be done first thing tomorrow.

Ioana
""")

# 052
add("flag", "bulgarian_viber_pupil", "Bulgarian mail to pupil: TA gives own Viber number (no spaces), asks her to keep it secret; base64",
    DESI, [p("18kpetkova", "Kalina Petkova")], "Здравей, Калина!", bst(2024, 10, 10, 19, 30), cte="base64",
    body="""Здравей, Калина!

Много се радвам, че вече си при нас в 6 клас. Знам, че първите седмици са трудни, когато никой около теб не говори български, но ти се справяш много добре. Госпожа Финч също е много доволна от теб.

Ако имаш нужда от нещо или ако нещо те тревожи, можеш да ми пишеш във Viber вечер – номерът ми е 07700900641. Само не казвай на другите деца, че ти дадох номера си :)

Ще се видим в четвъртък в библиотеката.

Госпожа Георгиева
""")

# 053
add("clean", "colleague_official_contacts", "head gives colleagues' school extension/e-mail and LA service number",
    HEAD, [ALI], "Speaking to someone in Romanian on Fridays", bst(2025, 2, 3, 16, 50), cc=[IOANA], cte="8bit",
    body="""Dear Mr Guardian,

Thank you for telling me that you couldn't find anyone to speak to in Romanian when you came in last Friday. I'm sorry - that must have been frustrating, especially as you had taken time off work.

Mrs Munteanu works Monday to Thursday. The best ways to reach her are through the office (01632 960000, ext. 230) or by e-mail at i.munteanu@example-school.org.uk, and she will always reply within a school day.

On Fridays, if it can't wait, the office can book a telephone interpreter for you while you are here - it only takes a few minutes. The county council's EAL service also has Romanian-speaking advisers who can help with things like school admissions and transport: 0116 496 0779.

Kind regards,
Helen Ashworth
Headteacher
""" + SCHOOL_SIG + "\n")

# 054
add("clean", "school_photos", "HTML-only: school photographer, times, prices",
    OFFICE, PARENTS, "School photos - Tuesday 8 October", bst(2024, 10, 1, 9, 5), fmt="html",
    html_body="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Parents and Carers,</p>
<p>The school photographer will be in on <b>Tuesday 8 October</b>.</p>
<p>Brothers and sisters can have a photo together from 8.00 to 8.40am in the hall (please come in by the main entrance). Younger children who don't go to our school are welcome in family photos.</p>
<p>A proof card will come home about two weeks later with a code to order online. Prices start at &pound;7.50, and there is no obligation to buy anything.</p>
<p>Please make sure your child is in school uniform &ndash; and perhaps brush their hair after Breakfast Club!</p>
<p>School Office<br>01632 960000</p>
</body></html>
""")

# 055
add("clean", "transfer_new_school_contacts", "family moving: other school's office number/e-mail and start date",
    ATTEND, [ALI], "Andrei and Ilinca - moving to Westfen Primary", bst(2025, 7, 10, 11, 15),
    body="""Dear Mr Guardian,

Thank you for letting us know that the family is moving to the new house in Westfen in August. We will miss Andrei and Ilinca very much.

Westfen Primary have confirmed places for both children from Wednesday 3 September. Their office is open from 8am: 0116 496 0870, or admissions@westfenprimary.example.org. The head there, Mrs Goodacre, knows the family is coming, and Mrs Munteanu has spoken to their EAL teacher.

We will send the children's school records to Westfen electronically in the last week of term, so you don't need to do anything. Please do let us know if the move date changes - if the children are still living in Holtfen in September they will still have their places here.

Kind regards,
Paula Denby
Attendance Officer
Example School | 01632 960000
""")

# 056
add("flag", "personal_gmail_to_pupil", "TA tells pupil to send photos to her personal gmail",
    MARTA, [Y5[2]], "Your Portugal project photos", bst(2025, 3, 12, 18, 40), cte="8bit",
    body="""Olá Beatriz!

Your poster about Porto was amazing - Mr Bolton has put it right next to the door so everyone sees it when they come in.

You said there are more photos of the São João festival on your mum's phone. The school e-mail won't let big photos through from phones, so ask mum to send them to my own e-mail, martacarvalho.pt@gmail.com, and I'll print them for the display.

Beijinhos,
Mrs Carvalho
""")

# 057
add("clean", "governors_agenda", "head to chair of governors (external), agenda items",
    HEAD, ["Robert Tindall <r.tindall@example.org>"], "FGB 4 February - draft agenda", bst(2025, 1, 27, 18, 30), headers=OUTLOOK,
    body="""Dear Robert,

Draft agenda for the full governing body on Tuesday 4 February below - let me know if you want anything added before Julie sends the papers out on Wednesday.

1. Apologies and declarations of interest
2. Minutes of 26 November and matters arising
3. Headteacher's report (attendance, mid-year arrivals, Reception baseline)
4. EAL provision - Ilze and Desi to present on the first-language assessment pilot
5. Budget monitoring - Karen (the translation costs are running well over what we planned)
6. Holiday Activities and Food programme - Easter plans
7. Safeguarding update (Gareth)
8. Policies for approval: Staff Code of Conduct, Online Safety
9. AOB

I've put the staff social media section of the Code of Conduct on the agenda on purpose - we've had a number of parents asking staff for their WhatsApp this year and I'd like governors to see how we're handling it.

Best wishes,
Helen
""")

# 058
add("clean", "esafety_lesson_recap_pupils", "Safer Internet Day recap to pupils naming apps without invitation",
    BOLTON, Y5, "Safer Internet Day - what we talked about", bst(2025, 2, 11, 15, 25), fmt="alt",
    body="""Hi Year 5,

Thanks for such a grown-up discussion today. Here are the main things we agreed:

- WhatsApp, Snapchat, Instagram and TikTok are all for 13 and over. You might have older brothers or sisters who use them, but they aren't made for children your age.
- If someone you don't know adds you in a game, or asks you to move to a private chat, don't reply. Tell a grown-up you trust - at home or at school.
- Never share your address, your phone number, your school or photos of yourself in uniform.
- It is never too late to tell someone, and you won't be in trouble.

Your posters are on the Year 5 wall. Oliver's "Think before you click" one is going in the newsletter.

Mr Bolton
""")

# 059
add("clean", "uniform_grant_reply", "business manager reply to carer's simple-English request; Outlook quote",
    KAREN, [SAM], "RE: school clothes money", bst(2024, 9, 5, 11, 50), headers=OUTLOOK, cte="8bit",
    body="""Dear Sam,

Yes - Matas and Ugnė can both have the uniform grant this year. It's a £40 voucher for each child, to spend at Fenland Schoolwear on Market Place. Please come to the office with this e-mail any day after 2pm and we will give you the vouchers.

You don't need to fill in a form. The grant is for every family that gets free school meals.

Kind regards,
Karen Mabbott
School Business Manager
""" + SCHOOL_SIG + """

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 04 September 2024 20:31
To: Karen Mabbott <k.mabbott@example-school.org.uk>
Subject: school clothes money

Hello,
My friend say the school give money for school clothes. Matas need new shoes and jumper and Ugnė need all, she start Year 1. Please can I have? What I need to do?
Thank you
Sam Carer
""")

# 060
add("flag", "supply_teacher_reply_to_gmail", "supply teacher's personal gmail only in Reply-To header",
    MOSS, [JANE], "Reception - this week and next", bst(2025, 1, 22, 16, 10),
    headers=[("Reply-To", "Kieran Moss <kieran.moss.supply@gmail.com>")],
    body="""Dear Mrs Parent,

I'm covering Miss Brennan's class for the next two weeks while she is off. Zosia has been a star - she helped me learn everyone's names on Monday, which was very kind of her!

She told me she has a wobbly tooth, so if it comes out at school I'll put it in an envelope in her book bag.

If you have any questions at all, just reply to this e-mail and it will come straight to me.

Mr K Moss
Supply Teacher, Reception
""")

# 061
add("clean", "family_support_school_mobile", "school-owned family support mobile, stated as school phone (WhatsApp) [unsure]",
    DAWN, PARENTS, "New: a school phone you can text in your own language", bst(2025, 1, 7, 10, 0), fmt="alt",
    headers=OUTLOOK,
    body="""Dear Parents and Carers,

Lots of you have told us that it is hard to phone the school during your shifts, and that you would rather send a message in your own language.

From Monday 13 January the Family Support team has a school mobile phone: 07700 900906.

- It belongs to the school. It is not anybody's personal phone.
- It is answered by Dawn, Ioana or Agnieszka between 8am and 4pm in term time.
- You can text it or send a WhatsApp message in English, Polish, Romanian, Lithuanian, Bulgarian, Latvian or Portuguese.
- Messages are kept as part of school records, just like e-mails.
- It is switched off in the evenings, at weekends and in the holidays.

To tell us your child is absent, please still use the attendance line (01632 960000, option 1).

In an emergency ring 999. If you are worried about a child's safety out of hours, ring the council's Children's Services on 0116 496 0700.

Dawn Skipworth
Family Support Worker
""")

# 062
add("clean", "easter_traditions_y2", "Year 2 Easter traditions letter; QP",
    EWA, [JANE, SAM], "Easter around the world - Year 2", bst(2025, 4, 1, 15, 35), fmt="alt", cte="quoted-printable",
    body="""Dear Year 2 families,

This term Year 2 are learning how Easter is celebrated around the world, and we would love your help.

On Thursday 10 April in the afternoon we will have an "Easter table" in the classroom. Children are welcome to bring in something from home:

- a small decorated basket (koszyczek) like the ones taken for święconka in Poland
- painted eggs - margučiai from Lithuania, red eggs from Romania and Bulgaria
- a piece of kozunak, cozonac or folar to share (no nuts please, we have two children with allergies)
- photos of Easter at home or with grandparents

Everything will go home the same day. If you'd like to come in and tell the class about your family's traditions, let me know - 10 minutes is plenty, and you can talk in your own language with Marta or me translating.

Thank you!

Mrs E Majewska
Year 2 Teacher
Example School, Park Row, Holtfen LS1 4AP | 01632 960000
""")

# 063
add("clean", "residential_centre_details", "residential: outdoor centre address/postcode/phone, costs; PDF",
    FINCH, [SAM], "Year 6 residential - 2 to 4 June", bst(2025, 5, 6, 16, 25), cc=[CHLOE, LIAM], fmt="alt",
    headers=OUTLOOK,
    atts=[(pdf("Wolds Edge kit list and medical form"), "application", "pdf", "Residential_kit_list_and_medical_form.pdf")],
    body="""Dear Year 6 families,

Our residential at Wolds Edge Outdoor Centre is nearly here!

Where: Wolds Edge Outdoor Centre, Brackenby Lane, Brackenby, LN8 9ZX
When: coach leaves school at 9am on Monday 2 June and returns at about 3.30pm on Wednesday 4 June

Staff going: Miss Finch, Miss Dawson, Mr Sutcliffe and Mrs Kazlauskienė (so there will be a Lithuanian speaker with the group).

During the visit the centre office is staffed day and night for emergencies: 0114 496 0275. For anything else please ring the school office on 01632 960000, who will pass messages on to us each evening.

The balance of £145 is due by Friday 16 May. If you've been paying in instalments, Karen will check what is left and let you know. Please don't let money stop your child going - speak to us.

Medicines must come in a named bag with the dose written on. The medical form and kit list are attached.

Laura Finch
Year 6 Teacher
""")

# 064
add("flag", "home_landline_brackets", "teacher gives her home landline in (0116) format to carer",
    HEWSON, [SAM], "Ugnė's tooth and the nativity", bst(2024, 12, 6, 15, 55),
    body="""Dear Sam,

Ugnė lost her first tooth at lunch today! Don't worry, it's in an envelope in her book bag, and she was very brave about it.

She keeps asking if you are coming to the nativity on Tuesday. She's a sheep with one line, and she's practised it all week. Two tickets are coming home in her bag today.

I know the office phone is always busy at home time and that you're often on the late shift. If you ever can't get through, ring me at home on (0116) 496 0382 - I'm usually in after six and I really don't mind.

Mrs Hewson
Year 1
""", cte="8bit")

# 065
add("clean", "lost_coat_school_number_formats", "school number written +44 (0)1632 960 000 in signature",
    JULIE, [JANE], "Lost property - Zosia's coat", bst(2024, 12, 4, 13, 50), fmt="alt", headers=OUTLOOK,
    body="""Hi Jana,

Good news - we've found Zosia's pink coat in lost property (thank you for putting her name in it!). It's hanging in the office, so you can pick it up at home time or I'll send it down to Reception tomorrow morning.

Julie

Julie Harker | Office Manager
Example School, Park Row, Holtfen, Lincolnshire LS1 4AP
T: +44 (0)1632 960 000 | E: office@example-school.org.uk
""",
    html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Jana,</p>
<p>Good news &#8211; we've found Zosia's pink coat in lost property (thank you for putting her name in it!). It's hanging in the office, so you can pick it up at home time or I'll send it down to Reception tomorrow morning.</p>
<p>Julie</p>
<p style="font-size:9pt;color:#444"><b>Julie Harker</b> | Office Manager<br>
Example School, Park Row, Holtfen, Lincolnshire LS1&nbsp;4AP<br>
T: <a href="tel:+441632960000">+44&nbsp;(0)1632&nbsp;960&nbsp;000</a> | E: <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></p>
</div></body></html>
""")

# 066
add("clean", "y6_residential_kit_pupils", "residential kit reminder to pupils",
    FINCH, Y6, "Residential - kit reminders", bst(2025, 5, 20, 15, 15),
    body="""Hi Year 6,

Only two weeks to go! A few reminders about what to pack:

- sleeping bag and pillowcase
- a torch (there's a night walk on Tuesday)
- old trainers that can get completely soaked - the gorge walk is wet, properly wet
- waterproof coat and trousers if you have them (the centre can lend some)
- 3 t-shirts, 2 jumpers, PJs, wash bag, towel

NO phones, tablets or smartwatches. We will post photos on the school app each evening for your families.

You may bring a small bag of sweets. A small bag, Igor.

Dorm lists go up on Friday.

Miss Finch
""")

# 067
add("clean", "dual_language_books_isbn", "librarian lists new books with ISBNs and shelf marks",
    COTTON, Y5, "New dual-language books in the library!", bst(2025, 1, 28, 12, 40), cc=[BOLTON],
    fmt="alt",
    body="""Hello Year 5,

Our new dual-language books have arrived! They are on the special shelf by the window, and you can borrow them from Monday.

The Fox Who Counted Stars (English / Polish) - ISBN 978-1-80263-114-2
Grandma's Garden by the River (English / Lithuanian) - ISBN 978-1-91571-208-0
The Night Train to Sofia (English / Bulgarian) - ISBN 978-0-99533-467-0
Lighthouse Summer (English / Portuguese) - ISBN 978-1-78628-350-4

We also have three new Romanian picture books (shelf mark 398.2 ROM) and a Latvian comic that Emīls says is "the best book ever written".

If there's a book in your language you think we should buy, write the title on the suggestion board.

Mrs Cotton
School Librarian
""")

# 068  (hand-made quoted-printable body: soft line break inside the mobile number)
QP_KELLY = (
    "Hi Jana,\n"
    "\n"
    "No problem about Thursday =E2=80=93 I know the packhouse have put you on the l=\n"
    "ater shift this month. Club officially finishes at 5.45 but I=E2=80=99m usual=\n"
    "ly there until 6 tidying up, so Zosia can stay with me and help stack the chai=\n"
    "rs (she loves it).\n"
    "\n"
    "If you=E2=80=99re going to be later than 6, please ring my mobile 07700 9=\n"
    "00159 rather than the school, because the office shuts at 4.30 and nobody will=\n"
    " pick up.\n"
    "\n"
    "Kelly\n"
    "\n"
    "Kelly Ward\n"
    "After School Club Leader\n"
    "Example School\n"
)
add("flag", "late_pickup_qp_soft_break", "club leader's own mobile; QP soft line break inside the number",
    KELLY, [JANE], "Thursday pick up", bst(2025, 2, 5, 14, 10), raw_qp=QP_KELLY)

# 069
add("clean", "kids_club_shift_booking", "times, prices, dates and invoice reference; shift rota",
    KAREN, [ALI], "Kids' Club bookings for 4-on-4-off shifts", bst(2024, 10, 9, 11, 30),
    body="""Dear Mr Guardian,

Thank you for sending your shift rota. Because your shifts change every week (4 days on, 4 off), we can book Andrei and Ilinca into Kids' Club on the days you are working, rather than the same days every week.

Kids' Club runs 15:15-17:45 and costs £6.50 per child per session, or £11.00 for two brothers or sisters.

Your October invoice is INV-241009-0032: 6 sessions x £11.00 = £66.00. You can pay on the app, by bank transfer or with Tax-Free Childcare.

Please send me the November rota by 25.10.2024 and I'll book the right days. If the packhouse changes your shifts at short notice, just ring the office on 01632 960000 before 2pm and we'll add an extra session if there is space.

Kind regards,
Karen Mabbott
School Business Manager
""")

# 070
add("clean", "library_books_reminder", "librarian reminder to pupils",
    COTTON, Y6, "Library books", bst(2025, 1, 9, 11, 55),
    body="""Hello Year 6,

A few of you still have library books from before Christmas (you know who you are!). Please bring them back by Friday so other people can read them - there are no fines, I just want the books back.

If you've lost one, come and tell me and we'll sort it out. Nobody is in trouble.

Mrs Cotton
""")

# 071
add("clean", "ta_mobile_to_outdoor_centre", "TA gives own mobile to outdoor centre only (no parent/pupil) [unsure]",
    CHLOE, ["Sarah Platt <bookings@woldsedge.example.com>"], "Example School - emergency contacts for 2-4 June",
    bst(2025, 5, 28, 10, 5), cc=[FINCH], headers=OUTLOOK,
    body="""Hi Sarah,

As requested for your risk assessment, here are the emergency contacts for our group next week:

Trip leader: Laura Finch - school trip mobile 07700 900950
Back-up: Chloe Dawson (TA) - my own mobile, 07700 900828
School office (8am-4.30pm): 01632 960000

Group: 28 pupils, 4 staff. Dietary needs: 2 vegetarian, 1 no pork, 1 coeliac (I'll bring the forms with us).

Thanks,
Chloe Dawson
Teaching Assistant, Year 6
Example School
""")

# 072
add("flag", "site_manager_dots_number", "site manager gives parent volunteer his own mobile with dots + Facebook group",
    STEVE, [ALI], "Saturday - raised beds", bst(2025, 3, 20, 7, 55), headers=IPHONE,
    body="""Morning Ali,

Thanks for offering to help with the raised beds on Saturday, really appreciated. The kids are going to love having proper vegetable beds.

I'll be there from 9. Bring gloves if you've got them, I've got spades and a barrow. Come in the back gate on Chapel Lane, not the front.

If you're running late or can't get in, just text me on 07700.900.346. I'm also on the Holtfen Allotments Facebook group if you want to see what we did last year - add me, Steve Holt.

Cheers
Steve
Site Manager
""")

# 073
add("clean", "sports_day", "HTML-only sports day letter with times",
    LIAM, PARENTS, "Sports Day - Wednesday 2 July", bst(2025, 6, 20, 14, 45), fmt="html",
    html_body="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h3>Sports Day &ndash; Wednesday 2 July</h3>
<p>Dear Parents and Carers,</p>
<p><b>KS1 (Reception to Year 2):</b> 9.30 &ndash; 11.30am<br>
<b>Picnic lunch:</b> 11.45am &ndash; 12.45pm &ndash; you are welcome to eat with your child on the field<br>
<b>KS2 (Years 3 to 6):</b> 1.15 &ndash; 3.15pm</p>
<p>Please send your child in PE kit with a sun hat, sun cream already on, and a full water bottle. Bring a chair or a blanket for yourself.</p>
<p>There will be a parents' race at the end of each session &ndash; last year's winner was a dad who had just finished a night shift, so no excuses!</p>
<p>If it rains, Sports Day moves to Friday 4 July at the same times. We will text you by 8am.</p>
<p>Mr L Sutcliffe<br>PE &amp; Sports Coach<br>Example School &middot; 01632 960000</p>
</body></html>
""")

# 074
add("clean", "secondary_transition_contacts", "secondary school's Year 7 team phone/e-mail and address to pupils",
    FINCH, Y6, "Transition day at Holtfen Academy", bst(2025, 6, 25, 15, 40),
    body="""Hi Year 6,

Thursday 3 July is your transition day at Holtfen Academy (Fen Road, PE12 6ZH). If you're going to the Academy, come to school as normal at 8.40 and we'll walk over together. You'll be back here for home time.

Bring a packed lunch or £2.50 for the canteen, and a pencil case.

If you're going to a different school - Zuzanna and Jonas to the Grammar, and Tiago to Westfen - your new schools have their own days, and we've sent your families the details.

If you are worried about anything, talk to me or Miss Dawson. You (or your grown-ups) can also contact the Academy's Year 7 team at transition@holtfenacademy.example.org, or your grown-ups can ring Mrs Barker, the Head of Year 7, on 0117 496 0452.

Miss Finch
""")

# 075
add("clean", "haf_summer_scheme", "holiday hunger (HAF) scheme: venue postcode, provider phone, booking code; PDF",
    DAWN, PARENTS, "Free summer holiday club with lunch (HAF)", bst(2025, 7, 1, 9, 20), fmt="alt",
    cte="quoted-printable", headers=OUTLOOK,
    atts=[(pdf("HAF summer 2025 leaflet multilingual"), "application", "pdf", "HAF_summer_2025_leaflet.pdf")],
    body="""Dear Parents and Carers,

The free Holiday Activities and Food programme (HAF) is running again this summer for children who get benefits-related free school meals.

Where: Holtfen Community Hall, Chapel Lane, PE12 6ZN
When: Monday to Thursday, 28 July to 21 August, 10am–2pm
What: sports, crafts, cooking, trips to the beach, and a hot lunch every day

It is run by Active Fens CIC, not by the school, so please book directly with them:
Phone: 0116 496 0558 (Monday to Friday, 9–5)
E-mail: bookings@activefens.example.org
Booking code for our school: HAF-SUM25-HOLT

Children can come for as many days as they like, and younger brothers and sisters aged 5+ can come too. Lots of families use it when both parents are working long shifts in the summer.

Bezpłatne zajęcia z obiadem w wakacje · Nemokama vasaros stovykla su pietumis · Club gratuit de vară cu prânz · Безплатен летен клуб с обяд · Clube de férias gratuito com almoço

The leaflet in all our languages is attached.

Dawn Skipworth
Family Support Worker
Example School | 01632 960000
""")

# 076
add("flag", "family_support_line_break", "family support worker gives her own phone over a line break for the summer; Cc colleague",
    DAWN, [JANE], "Over the summer", bst(2025, 7, 17, 15, 25), cc=[AGNIESZKA], cte="8bit",
    body="""Hi Jana,

Thank you for coming in today, and please don't worry about asking for help - that's what I'm here for.

The food parcels will carry on over the summer from the Larder (Tuesdays and Fridays, same as before) and I've put Zosia's name down for the HAF club from 28 July.

The school family support phone is switched off over the holidays, so if anything goes wrong with the parcels or the club, text me on my own
phone: 07700
900372. I'll check it most days. Please don't pass it on to anyone else though.

Agnieszka is copied in so she can explain this in Polish if anything isn't clear.

Have a good summer,
Dawn
""")

# 077
add("clean", "reception_first_sentence", "two-line positive note to parent",
    BRENNAN, [JANE], "A very proud reader!", bst(2025, 3, 6, 15, 20),
    body="""Just to let you know Zosia read her first whole sentence to me today - "I can see a red bus"! She was so proud. Please give her a big hug from me tonight.
Miss Brennan
""")

# 078
add("clean", "collection_by_neighbour", "office confirms parent's collection arrangement (quoted)",
    JULIE, [JANE], "Re: Friday", bst(2025, 5, 15, 10, 2),
    headers=[("In-Reply-To", "<CAJp0x9Zz1@mail.gmail.com>")], cte="8bit",
    body="""Dear Jana,

Thank you - we've noted that Mrs Lis will collect Zosia on Friday. Please make sure she knows the collection password you set up with us in September, as Miss Brennan will ask her for it.

Julie
School Office

On Thu, 15 May 2025 at 07:12, Jane Parent <jane.parent@gmail.com> wrote:
> Good morning
> Friday I work long shift until 8. My neighbour Mrs Lis take Zosia from school. She is
> Polish lady, older, with grey hair. Is OK?
> Thank you, Jana
""")

# 079
add("flag", "forward_yahoo_signature", "forwarded letter; teacher's personal yahoo address in her signature",
    PRYCE, [ALI], "FW: Year 3 extra swimming sessions", bst(2025, 6, 11, 16, 30), fmt="alt", headers=OUTLOOK,
    body="""Hi Mr Guardian,

Forwarding this in case it went into your junk folder - Ilinca's name is on the list for the extra swimming sessions. Could you reply by Friday to say whether she can go?

Thanks,
Hannah

Mrs H Pryce | Year 3 Teacher
Example School
hannah.pryce77@yahoo.co.uk (personal - use this one in the holidays)

From: Example School Office <office@example-school.org.uk>
Sent: 02 June 2025 09:14
To: Year 3 Parents
Subject: Year 3 extra swimming sessions

Dear Parents and Carers,

Some children in Year 3 are not yet able to swim 25 metres. The county has given us funding for six extra lessons at Holtfen Leisure Centre on Monday afternoons from 16 June. There is no cost to families. Please reply to let us know if your child can take part.

School Office
01632 960000
""",
    html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Mr Guardian,</p>
<p>Forwarding this in case it went into your junk folder &#8211; Ilinca's name is on the list for the extra swimming sessions. Could you reply by Friday to say whether she can go?</p>
<p>Thanks,<br>Hannah</p>
<p style="color:#7030a0;font-size:10pt">Mrs H Pryce | Year 3 Teacher<br>Example School<br>
<a href="mailto:hannah.pryce77@yahoo.co.uk">hannah.pryce77@yahoo.co.uk</a> (personal &#8211; use this one in the holidays)</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Example School Office &lt;office@example-school.org.uk&gt;<br>
<b>Sent:</b> 02 June 2025 09:14<br><b>To:</b> Year 3 Parents<br>
<b>Subject:</b> Year 3 extra swimming sessions</p></div>
<p>Dear Parents and Carers,</p>
<p>Some children in Year 3 are not yet able to swim 25 metres. The county has given us funding for six extra lessons at Holtfen Leisure Centre on Monday afternoons from 16 June. There is no cost to families. Please reply to let us know if your child can take part.</p>
<p>School Office<br>01632 960000</p>
</div></body></html>
""")

# 080
add("clean", "end_of_year_report", "end-of-year report with PDF attachment",
    OKAFOR, [ALI], "Andrei's end of year report", bst(2025, 7, 16, 15, 45), cc=[IOANA],
    atts=[(pdf("Andrei end of year report Y4 2024-25"), "application", "pdf", "Andrei_Y4_report_2025.pdf")],
    body="""Dear Mr Guardian,

Please find Andrei's end of year report attached. I'm really proud of him. In September he hardly said a word in class, and now he's one of the first to put his hand up in maths. His times tables check score was 23 out of 25, and his reading has come on so much since he started the small group with Mrs Chahal.

Things to keep working on over the summer: reading every day (Romanian or English, both count), and writing in full sentences.

Mrs Munteanu has written a short summary of the report in Romanian, which is on the last page.

I know the family is moving to Westfen, so this is goodbye from Year 4. Andrei will be a brilliant addition to his new class. Please say hello if you're ever passing!

Best wishes,
Daniel Okafor
Year 4 Teacher
""" + SCHOOL_SIG + "\n")

# ---------------------------------------------------------------------------

def set_boundaries(msg, n):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_r29p{n:03d}_{i}_{'ABCDEFGH'[i]}7f3c")
            i += 1

def build(n, m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = f"<r29p.{n:03d}.{m['slug'].replace('_', '-')[:20]}@example-school.org.uk>"
    for k, v in m["headers"]:
        msg[k] = v
    if m["raw_qp"] is not None:
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg.set_payload(m["raw_qp"])
        return msg
    fmt = m["fmt"]
    if m["cte"] is None and m["body"] is not None:
        # plain ASCII goes 7bit (long lines allowed, as many clients send); anything else QP
        m = dict(m, cte="7bit" if m["body"].isascii() else "quoted-printable")
    if fmt == "plain":
        msg.set_content(m["body"], cte=m["cte"])
    elif fmt == "html":
        msg.set_content(m["html"], subtype="html", cte=m["cte"] or "quoted-printable")
    elif fmt == "alt":
        msg.set_content(m["body"], cte=m["cte"])
        msg.add_alternative(m["html"] or to_html(m["body"]), subtype="html", cte=m["hcte"])
    else:
        raise ValueError(fmt)
    for data, maintype, subtype, filename in m["atts"]:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    set_boundaries(msg, n)
    return msg

def addrs(values):
    return [a for _, a in getaddresses(values)]

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, m in enumerate(MESSAGES, 1):
        name = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        msg = build(n, m)
        data = msg.as_bytes(policy=DEFAULT_POLICY)
        # guard against stdlib header-folding glitches: the addresses must survive a round trip
        back = email.message_from_bytes(data, policy=DEFAULT_POLICY)
        got = addrs([str(h) for h in (back.get_all("To") or []) + (back.get_all("Cc") or [])])
        assert got == addrs(m["to"] + m["cc"]), (name, got)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append([name, m["label"], addrs([m["frm"]])[0], " ".join(addrs(m["to"] + m["cc"])), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    nflag = sum(1 for r in rows if r[1] == "flag")
    print(f"wrote {len(rows)} messages ({nflag} flag, {len(rows) - nflag} clean) to {OUT}")

if __name__ == "__main__":
    main()
