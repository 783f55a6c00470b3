#!/usr/bin/env python3
"""Round 13 blind held-out corpus: personal-address-to-parent.

Setting: a large urban primary academy (nursery to Year 6) in a multi-academy trust.
Writes 80 .eml files (20 flag, 60 clean), labels.csv and nothing else into
personal-address-to-parent/ next to this script.  Deterministic: fixed dates,
Message-IDs and MIME boundaries, so two runs give byte-identical output.

Python 3.11 standard library only.  BLIND: written without looking at mailguard's
code, rules or other tests.  Never use it for tuning.
"""
import csv
import datetime as dt
import hashlib
import html
import io
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
def st(local):
    return f"{local}@{DOM}"

def pu(local):
    return f"{local}@{PUP}"

JANE = ("Jane Parent", "jane.parent@gmail.com")      # Ella (Y4), Noah (Reception)
SAM = ("Sam Carer", "sam.carer@outlook.com")          # Jayden (Y2), foster placement
ALI = ("Ali Guardian", "ali.guardian@btinternet.com") # Yusuf (Y6), Maryam (Nursery)

S = {
    "rahman": ("Nadia Rahman", st("n.rahman")),
    "whitaker": ("Tom Whitaker", st("t.whitaker")),
    "dsl": ("Tom Whitaker (DSL)", st("dsl")),
    "office": ("Example School Office", st("office")),
    "pickles": ("Sandra Pickles", st("s.pickles")),
    "attendance": ("Attendance - Example School", st("attendance")),
    "okafor": ("Grace Okafor", st("g.okafor")),
    "price": ("Daniel Price", st("d.price")),
    "adeyemi": ("Samuel Adeyemi", st("s.adeyemi")),
    "marsh": ("Chloe Marsh", st("c.marsh")),
    "bradley": ("Luke Bradley", st("l.bradley")),
    "tate": ("Joanne Tate", st("j.tate")),
    "brennan": ("Holly Brennan", st("h.brennan")),
    "lockhart": ("Fiona Lockhart", st("f.lockhart")),
    "nowak": ("Beata Nowak", st("b.nowak")),
    "grant": ("Oliver Grant", st("o.grant")),
    "senco": ("SENCo - Example School", st("senco")),
    "fisher": ("Leanne Fisher", st("l.fisher")),
    "clubs": ("Example School Clubs", st("clubs")),
    "iqbal": ("Parveen Iqbal", st("p.iqbal")),
    "doyle": ("Kieran Doyle", st("k.doyle")),
    "zielinski": ("Marek Zielinski", st("m.zielinski")),
    "adebayo": ("Femi Adebayo", st("f.adebayo")),
    "morgan": ("Eleri Morgan", st("e.morgan")),
    "cole": ("Harriet Cole", st("h.cole")),
    "patel": ("Raj Patel", st("r.patel")),
    "itsupport": ("Trust IT Service Desk", st("itsupport")),
    "wrobel": ("Agnieszka Wr\u00f3bel", st("a.wrobel")),
    "holt": ("Karen Holt", st("k.holt")),
    "dunn": ("Michelle Dunn", st("m.dunn")),
    "ellison": ("Ruth Ellison", st("r.ellison")),
    "ashworth": ("Kelly Ashworth", st("k.ashworth")),
    "cooke": ("Ryan Cooke", st("r.cooke")),
    "staff": ("All Staff", st("staff")),
    "slt": ("SLT", st("slt")),
    "middays": ("Midday Team", st("middays")),
}

# other parents (not in the MIS export the filter knows) - made-up webmail local parts
OP = {
    "lily": ("Reception parent (Lily)", "reception.parent.lily@gmail.com"),
    "kasia": ("Kasia", "kasia.mum.of.two@outlook.com"),
    "mensah": ("The Mensah household", "the.mensah.household@gmail.com"),
    "zain": ("Zain's dad", "dad.of.zain.y6@hotmail.co.uk"),
    "rolo": ("Rolo and Biscuit", "rolo.and.biscuit.family@icloud.com"),
    "tunde": ("Tunde and Bisi", "tunde.and.bisi.home@yahoo.co.uk"),
    "y4mum": ("Year 4 parent", "yr4.mum.of.maya@live.co.uk"),
    "y2dad": ("Year 2 parent", "leo.y2.dad.leeds@sky.com"),
    "y1mum": ("Year 1 parent", "amira.y1.mum@aol.com"),
}

# ---------------------------------------------------------------- signatures
def sig(name, role, kind="std"):
    if kind == "std":
        return (f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n"
                f"Tel: 01632 960000 | office@{DOM}\nPart of the Example Learning Trust")
    if kind == "short":
        return f"{name}\n{role}\nExample School"
    if kind == "phone":
        return f"{name}\n{role}\nExample School | 01632 960000"
    if kind == "trust":
        return (f"{name}\n{role}\nExample Learning Trust (central team)\n"
                f"Based at Example School, Park Row, Leeds LS1 4AP | 01632 960000")
    if kind == "disclaimer":
        return (f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n"
                f"T 01632 960000  E office@{DOM}\n\n"
                "This e-mail and any attachments are confidential and intended for the "
                "addressee only. If you have received it in error please tell the sender "
                "and delete it. Example School is part of the Example Learning Trust, a "
                "charitable company limited by guarantee.")
    raise ValueError(kind)

def sig_html(name, role, extra=""):
    return (
        '<table cellpadding="0" cellspacing="0" style="font-family:Calibri,Arial,sans-serif;'
        'font-size:10pt;color:#333333"><tr><td style="border-left:3px solid #1f5f8b;padding-left:8px">'
        f'<b style="color:#1f5f8b">{html.escape(name)}</b><br>{html.escape(role)}<br>'
        'Example School, Park Row, Leeds LS1 4AP<br>'
        'Tel: 01632&nbsp;960000 | <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a><br>'
        f'{extra}'
        '<span style="color:#888888">Part of the Example Learning Trust</span>'
        '</td></tr></table>')

# ---------------------------------------------------------------- text -> html
CSS = ('<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}'
       'p.MsoNormal{margin:0 0 8px 0}</style>')

def to_html(text, sig_override=None):
    """Turn a plain body into Outlook-ish HTML.  '>' lines become a blockquote."""
    out = []
    para = []
    quote = []

    def flush_para():
        if para:
            out.append('<p class="MsoNormal">' + "<br>\n".join(html.escape(x, quote=False) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(re.sub(r"^> ?", "", x), quote=False) for x in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #cccccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
        elif line.strip() == "":
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    body = "\n".join(out)
    if sig_override:
        body += "\n" + sig_override
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'{CSS}</head><body lang="EN-GB"><div class="WordSection1">\n{body}\n</div></body></html>\n')

# ---------------------------------------------------------------- misc helpers
def when(y, mo, d, h, mi, s=0):
    t = dt.datetime(y, mo, d, h, mi, s)
    # UK time: BST from 30 Mar 2025 to 26 Oct 2025 and from 29 Mar 2026
    bst = (dt.datetime(2025, 3, 30, 1) <= t < dt.datetime(2025, 10, 26, 1)) or \
          (dt.datetime(2026, 3, 29, 1) <= t < dt.datetime(2026, 10, 25, 1))
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return t.replace(tzinfo=tz)

def fake_pdf(title, lines):
    """A tiny but well-formed one-page PDF, deterministic."""
    text_ops = ["BT /F1 12 Tf 56 780 Td 16 TL"]
    for i, ln in enumerate([title, ""] + list(lines)):
        ln = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({ln}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(buf.tell())
        buf.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()

def isbn13(stem12):
    digits = [int(c) for c in stem12]
    total = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    check = (10 - total % 10) % 10
    s = stem12 + str(check)
    return f"{s[0:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"

MESSAGES = []

def add(**kw):
    MESSAGES.append(kw)

# =====================================================================================
#                                      FLAGS (20)
# =====================================================================================

add(slug="ta_mobile_half_term", label="flag",
    note="Y2 TA gives foster carer her own mobile for half-term chats (spaced 07700 format)",
    frm=S["tate"], to=[SAM], date=when(2025, 10, 24, 15, 41),
    subject="Jayden's reading over half term",
    text="""Hi Sam,

Just a quick one before we break up. Jayden has been doing so well with his reading this half term. He read a whole page to Mr Bradley on Tuesday without stopping and was dead proud of himself, he told the dinner ladies about it twice!

I've put two extra books in his bag (the green band ones) and a little word mat for the tricky words like "said" and "could". Ten minutes a night is plenty, don't let it turn into a battle.

I know things have been up and down with the move and new social worker, so if you get stuck with anything over the holidays or just want a chat about how he's getting on, ring me on my mobile, 07700 900581. I honestly don't mind, I'm only round the corner.

Have a lovely break both of you.

Jo

""" + sig("Joanne Tate", "Teaching Assistant, Year 2", "short"))

add(slug="sig_plus44_whatsapp", label="flag",
    note="Y4 teacher's HTML signature has a +44 mobile written with &nbsp; and invites WhatsApp",
    frm=S["adeyemi"], to=[JANE], date=when(2025, 11, 12, 17, 6),
    subject="Ella - times tables practice",
    xmailer="Microsoft Outlook 16.0",
    text="""Dear Mrs Parent,

Thank you for coming in last night, it was lovely to meet you properly. As promised, here's a bit more about the multiplication check in June.

Ella is secure on her 2s, 5s and 10s, and her 3s and 4s are coming along. The ones that trip her up are the 6s, 7s and 8s, especially when she's under time pressure. The check gives them six seconds per question, so the aim between now and Easter is speed rather than new facts.

A few things that would really help at home:
- 10 minutes on Times Tables Rock Stars three or four times a week (her login is in the front of her reading record)
- chanting the 6s in the car or on the walk to school - it sounds daft but it works
- asking her the inverse, e.g. "what times 7 is 42?"

I'll send home a paper practice sheet every Friday too. If anything's easier to sort by phone, give me a ring or drop me a WhatsApp - my number's at the bottom.

Best wishes,

Samuel Adeyemi
Year 4 Teacher (4A) & Computing Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
Mob: +44 7700 900 342
Part of the Example Learning Trust""",
    html_override="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">""" + CSS + """</head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mrs Parent,</p>
<p class="MsoNormal">Thank you for coming in last night, it was lovely to meet you properly. As promised, here&#8217;s a bit more about the multiplication check in June.</p>
<p class="MsoNormal">Ella is secure on her 2s, 5s and 10s, and her 3s and 4s are coming along. The ones that trip her up are the 6s, 7s and 8s, especially when she&#8217;s under time pressure. The check gives them six seconds per question, so the aim between now and Easter is speed rather than new facts.</p>
<p class="MsoNormal">A few things that would really help at home:</p>
<ul style="margin-top:0">
<li>10 minutes on Times Tables Rock Stars three or four times a week (her login is in the front of her reading record)</li>
<li>chanting the 6s in the car or on the walk to school &#8211; it sounds daft but it works</li>
<li>asking her the inverse, e.g. &#8220;what times 7 is 42?&#8221;</li>
</ul>
<p class="MsoNormal">I&#8217;ll send home a paper practice sheet every Friday too. If anything&#8217;s easier to sort by phone, give me a ring or drop me a WhatsApp &#8211; my number&#8217;s at the bottom.</p>
<p class="MsoNormal">Best wishes,</p>
<table cellpadding="0" cellspacing="0" style="font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#333333"><tr><td style="border-left:3px solid #1f5f8b;padding-left:8px">
<b style="color:#1f5f8b">Samuel Adeyemi</b><br>Year 4 Teacher (4A) &amp; Computing Lead<br>
Example School, Park Row, Leeds LS1 4AP<br>
Tel: 01632&nbsp;960000 | <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a><br>
Mob:&nbsp;+44&nbsp;7700&nbsp;900&nbsp;342<br>
<span style="color:#888888">Part of the Example Learning Trust</span>
</td></tr></table>
</div></body></html>
""")

add(slug="club_text_me_hyphens_qp", label="flag",
    note="After-school club manager tells father to text her own phone (07700-900-614), quoted-printable body",
    frm=S["fisher"], to=[ALI], date=when(2025, 9, 18, 18, 22),
    subject="After school club - Thursday pick ups",
    cte="quoted-printable",
    text="""Hi Mr Guardian,

Thanks for popping in tonight. I've put Yusuf and Maryam down for Thursdays until 6pm for the rest of this half term, that's £12.50 a session for Yusuf and Maryam's nursery wraparound is £9.00 so £21.50 a week, it'll come through on ParentPay as usual.

I know you said your shifts at the depot sometimes overrun. If you're going to be late on a Thursday just text me on 07700-900-614 – it's my own phone so I'll see it even when I'm out on the field with the kids and not at the desk. Much quicker than trying to get through to the office after 4 when it's just the answerphone.

Yusuf was a great help with the little ones tonight by the way, he helped Maryam and two of her friends build a den out of the gym mats.

See you Thursday,
Leanne

Leanne Fisher
Breakfast & After-School Club Manager
Example School""")

add(slug="y6_leavers_instagram_snap", label="flag",
    note="Y6 teacher gives leaving pupils her personal Instagram and Snapchat to keep in touch",
    frm=S["okafor"],
    to=[("Amara Mensah", pu("18amensah")), ("Leon Kowalski", pu("18lkowalski")),
        ("Zainab Hussain", pu("18zhussain")), ("Oskar Nowicki", pu("18onowicki")),
        ("Tia Brooks", pu("18tbrooks")), ("Ibrahim Ali", pu("18iali"))],
    date=when(2025, 7, 18, 14, 5),
    subject="Goodbye and good luck, 6O!",
    html_auto=True,
    text="""Hello my lovely 6O,

I can't quite believe this is the last email I'll send to this class. You have been the funniest, kindest, noisiest class I have ever taught and I am so proud of every single one of you. You smashed your SATs, you were amazing in the leavers' show (Oskar, I'm still laughing about the wig), and you looked after the little ones at lunch without anyone asking you to.

Loads of you have asked how you can keep in touch when you go up to high school in September. You can follow me on Instagram, I'm @miss.okafor.reads (it's mostly book pictures and my dog Pepper), and my Snapchat is graceok_91. Send me a message and tell me how your first week goes!

Remember: read every day, be brave, and don't let anyone tell you you're not a "maths person".

Love,
Miss Okafor x""")

add(slug="pupil_gmail_homework", label="flag",
    note="Y5 teacher tells a pupil to send homework to his personal gmail",
    frm=S["price"], to=[("Rukhsana Begum", pu("20rbegum"))],
    date=when(2025, 11, 27, 19, 48),
    subject="Re: cant open the fractions sheet",
    extra_headers=[("In-Reply-To", "<a1f0c2d9-77a3-4b21-9e2e-5f3b9e2d1c40@pupils.example-school.org.uk>")],
    text="""Hi Rukhsana,

Sorry about that, Google Classroom seems to be playing up this week, a few people have said the same. Don't worry, you won't lose any house points for it.

If it still won't let you upload, just take a photo of your answers and email it to my other address, danprice84@gmail.com, and I'll mark it from there over the weekend.

Questions 5 and 6 are the tricky ones - remember to find a common denominator first!

Mr Price

On Thu, 27 Nov 2025 at 19:31, Rukhsana Begum <20rbegum@pupils.example-school.org.uk> wrote:
> Hi Mr Price i cant open the fractions sheet it says i need
> permission. I did questions 1 to 4 on paper. Sorry
> Rukhsana""")

add(slug="reply_to_hotmail_ta", label="flag",
    note="Reception TA's message to mother has Reply-To set to her personal hotmail (body only hints)",
    frm=S["wrobel"], to=[JANE],
    reply_to=("Agnieszka Wr\u00f3bel", "aga.wrobel88@hotmail.co.uk"),
    date=when(2026, 1, 20, 12, 37),
    subject="Noah - spare clothes",
    text="""Hello Jane,

Just to let you know Noah had a little accident this morning in the outdoor area (too busy in the mud kitchen to go to the toilet!). He wasn't upset at all. We have changed him into spare clothes from school and his wet things are in a bag on his peg.

Could you please send in a spare set of joggers, pants and socks in a named bag? His spare bag went home before Christmas and didn't come back.

If you just press reply it comes straight to my phone so I will see it quicker than school email.

Thank you,
Aga

Agnieszka Wróbel
Teaching Assistant, Reception (Robins)
Example School""")

add(slug="cc_personal_yahoo_paternity", label="flag",
    note="Y2 teacher copies his personal yahoo address into mail to carer so she can reach him on leave",
    frm=S["bradley"], to=[SAM],
    cc=[("Joanne Tate", st("j.tate")), ("Luke Bradley", "lukebradley_79@yahoo.co.uk")],
    date=when(2026, 2, 5, 16, 2),
    subject="Jayden - while I'm on paternity leave",
    html_auto=True,
    text="""Hi Sam,

As you know, I'm off on paternity leave from tomorrow for two weeks (baby is due any day now!). Mrs Tate will be with the class every day and Mr Fenwick from the trust supply pool is covering the teaching, he's lovely and has met Jayden already.

I didn't want Jayden's transition review to get lost while I'm away, so I've copied in my personal email. If anything comes up about the placement move or the meeting with the Virtual School, you can reach me there and I'll keep an eye on it.

Jayden knows I'm going and was very keen to tell me the baby should be called "Sonic". We'll see.

Thanks,
Luke

""" + sig("Luke Bradley", "Year 2 Teacher (2B)"))

add(slug="home_address_postcode_collect", label="flag",
    note="Learning mentor gives father his home address with postcode to collect items",
    frm=S["adebayo"], to=[ALI], date=when(2025, 10, 24, 16, 55),
    subject="Yusuf's bag and the Lego model",
    text="""Hi Mr Guardian,

Yusuf left his PE bag and his reading book in my room after our session today, and the Lego model he built for his transition project is still drying (lots of glue involved!). I didn't want it getting squashed in the half term clear-out so I've taken it all home with me.

You're very welcome to pick it up from mine whenever suits over the holiday - I'm at 42 Kestrel Rise, Harehills, Leeds LS8 5QW, the end house with the green gate. Just knock, I'm in most days apart from Wednesday.

He did really well today talking about his worries about high school. I'll carry on with that after half term.

Femi

Femi Adebayo
Learning Mentor
Example School""")

add(slug="reception_whatsapp_group", label="flag",
    note="Reception teacher invites parents to a class WhatsApp group via her own number",
    frm=S["brennan"],
    to=[JANE, OP["lily"], OP["kasia"], OP["tunde"], OP["rolo"]],
    date=when(2025, 9, 26, 20, 12),
    subject="Robins class - parents' WhatsApp group",
    html_auto=True,
    text="""Dear Robins families,

What a fantastic first few weeks! The children have settled so well and we've loved getting to know them.

A few of you have asked whether there's a class WhatsApp group, as it can be tricky to catch me at the door at home time. I've set one up for quick reminders (PE days, wellies, dress-up days, that sort of thing). My number is 07700 900 275 - just send me a message with your name and your child's name and I'll add you over the weekend.

Please keep using Tapestry for photos and observations, and the office for absences.

Thank you for all your support,

Miss Brennan

""" + sig("Holly Brennan", "Reception Teacher (Robins)"))

VCARD = """BEGIN:VCARD
VERSION:3.0
N:Lockhart;Fiona;;Mrs;
FN:Fiona Lockhart
ORG:Example School;Nursery
TITLE:Nursery Lead
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=CELL,VOICE:+447700900913
EMAIL;TYPE=INTERNET,WORK:f.lockhart@example-school.org.uk
EMAIL;TYPE=INTERNET,HOME:fiona@lockhart-family.example.net
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
END:VCARD
"""

add(slug="nursery_vcard_mobile_home_email", label="flag",
    note="Nursery lead attaches a vCard holding her own mobile and family-domain e-mail",
    frm=S["lockhart"], to=[ALI], date=when(2025, 9, 12, 13, 19),
    subject="Maryam's first week in Nursery",
    html_auto=True,
    text="""Dear Mr Guardian,

Just a quick note to say Maryam has had a really positive first week. She was teary at drop-off on Monday and Tuesday but by Wednesday she was waving you off and heading straight for the playdough. She has made friends with a little girl called Hana and they spend most of the morning in the home corner together.

She is still quite quiet at snack time and we are gently encouraging her to ask for "more please" in English, but she understands a lot more than she says. Please keep speaking Urdu with her at home, it really helps.

I know it's hard to talk at the gate, so I've attached my contact card - save it in your phone and you can get hold of me directly whenever you need to.

Kind regards,
Fiona

""" + sig("Fiona Lockhart", "Nursery Lead"),
    attachments=[("Fiona Lockhart.vcf", "text", "vcard", VCARD)])

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C0A1E3F2B47DDC01000000000000000
DTSTAMP:20260303T101500Z
DTSTART;TZID=GMT Standard Time:20260305T160000
DTEND;TZID=GMT Standard Time:20260305T163000
SUMMARY:Phone call - Noah speech and language update
LOCATION:Phone call
DESCRIPTION:Hi Jane\\, I'm working from home on Thursday so I'll ring you f
 rom my mobile - 07700900914. If we get cut off just call me straight back
  on that number. Oliver
ORGANIZER;CN=Oliver Grant:mailto:o.grant@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Jane Parent:mailto:jane.parent@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

add(slug="senco_ics_mobile_nospaces", label="flag",
    note="SENCo's calendar invite (.ics) gives his own mobile 07700900914 for the call",
    frm=S["grant"], to=[JANE], date=when(2026, 3, 3, 10, 15),
    subject="Invitation: Phone call - Noah speech and language update (Thu 5 Mar 16:00)",
    text="""Hi Jane,

Invite attached for our catch-up on Thursday at 4pm about the speech and language therapist's report. It's mostly good news, so please don't worry.

Oliver

Oliver Grant
SENCo
Example School""",
    attachments=[("invite.ics", "text", "calendar", ICS, {"params": {"method": "REQUEST"}, "cte": "base64"})])

add(slug="pe_festival_base64_brackets", label="flag",
    note="PE lead's HTML-only base64 body gives carer his own mobile in brackets format",
    frm=S["doyle"], to=[SAM], date=when(2026, 3, 10, 12, 4),
    subject="KS1 multi-skills festival - Friday",
    html_only=True, html_cte="base64",
    html_override="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<div>Hi Sam,</div>
<div><br></div>
<div>Great news - Jayden has been picked for the KS1 multi-skills festival at Roundwood Sports Centre this Friday. We walk down after register and should be back for lunch.</div>
<div><br></div>
<div>You said you might come and watch. Parents are welcome in the balcony from about 10am. If you can't find us when you get there, text me on <b>(07700) 900 467</b> - that's my own phone, I'll have it in my pocket all morning.</div>
<div><br></div>
<div>He'll need his PE kit and trainers (not pumps) and a water bottle.</div>
<div><br></div>
<div>Cheers,</div>
<div>Mr Doyle</div>
<div><br></div>
<div style="color:#555555;font-size:12px">Kieran Doyle<br>PE &amp; School Sport Lead<br>Example School, Park Row, Leeds LS1 4AP</div>
</body></html>
""")

add(slug="eal_0044_signal_rfc2047", label="flag",
    note="EAL/family liaison gives travelling father her own number in 0044 form for WhatsApp/Signal; encoded subject",
    frm=S["nowak"], to=[ALI], date=when(2025, 12, 16, 15, 30),
    subject="Maryam\u2019s nursery place while you\u2019re away \u2708\ufe0f",
    cte="quoted-printable",
    text="""Dear Mr Guardian,

Thank you for letting us know about the family wedding in Lahore. I have spoken with Mrs Rahman and Maryam's nursery place will be kept open until you are back on 19 January, so please don't worry about that. Nursery is not statutory, so this is different from Yusuf - Mrs Akhtar will write to you separately about his absence.

The school phone is not answered over the Christmas holidays. If you need anything while you are away, or your flights change, you can message me on WhatsApp or Signal on 0044 7700 900838 – this is my own number, I will have it with me the whole holiday.

Have a safe journey and congratulations to the family.

Beata

Beata Nowak
EAL & Family Liaison Lead
Example School""")

add(slug="music_mobile_linebreak", label="flag",
    note="Music teacher's plain text wraps her own mobile across a line break (07700 / 900 306)",
    frm=S["morgan"], to=[JANE], date=when(2025, 10, 2, 21, 3),
    subject="Ella - violin",
    text="""Dear Jane,

Ella had her first proper violin lesson with me today and she did
brilliantly - she can already play open strings with a nice straight
bow, which usually takes a few weeks. She needs a rosin and a
folding music stand for home if you haven't got them yet; the ones
on the list I sent are fine, no need for anything expensive.

Practice little and often: 10 minutes most days is far better than
an hour on Sunday. I've written what to practise in her notebook.

I'm only in school on Thursdays so the best way to catch me is on
my mobile, 07700
900 306, any evening after 6. Texts are fine too.

Thanks,
Eleri Morgan
Instrumental Music Teacher (Thursdays)
Example School""")

add(slug="ta_parent_party_dots", label="flag",
    note="TA who is also a class parent invites a parent to a party, RSVP to her mobile 07700.900.152 [unsure]",
    frm=S["ashworth"], to=[JANE], date=when(2026, 1, 29, 20, 44),
    subject="Mia's 9th birthday party",
    html_auto=True,
    text="""Hi Jane,

Wearing my mum hat rather than my school hat for this one! Mia would love Ella to come to her 9th birthday party on Saturday 14th February, 2 till 4 at Jump Zone in Kirkstall (the trampoline place). Grip socks are provided.

Can you let me know if she can come by next Friday so I can tell them numbers? Easiest is to text me on 07700.900.152.

Hope you're all well,
Kelly

Kelly Ashworth
Teaching Assistant, Year 4
Example School""")

add(slug="head_home_landline", label="flag",
    note="Headteacher gives foster carer her home landline to ring in the evening",
    frm=S["rahman"], to=[SAM], date=when(2025, 12, 3, 17, 52),
    subject="Today",
    text="""Dear Sam,

I know today has been a really difficult day for you and for Jayden, and I wanted to say thank you for staying so calm in the meeting. He is safe, he ate all his tea at after-school club and he was laughing with Mrs Fisher when you collected him, which I think says a lot about how well you've settled him.

I don't want you going into tomorrow's meeting with the social worker feeling on your own. I'll be at home from about 6 tonight - please ring me on 0113 496 0721 if you want to talk anything through beforehand. Any time up to 10 is fine.

With best wishes,

Nadia

Nadia Rahman
Headteacher
Example School""")

add(slug="pta_facebook_friend", label="flag",
    note="Business manager says she has sent a father a Facebook friend request to add him to PTA group",
    frm=S["holt"], to=[ALI], date=when(2025, 11, 6, 13, 26),
    subject="PTA - thank you!",
    html_auto=True,
    text="""Hi Ali,

Thank you SO much for offering to help with the Winter Fair. A dad who can carry tables and speaks Urdu and Punjabi is exactly what we need!

The PTA committee mostly organises things in a Facebook group rather than by email (it's easier for people on their phones). I've just sent you a friend request from my own account, Karen Holt (the profile picture is me and a very muddy spaniel) - if you accept it I can add you to the group straight away.

The next meeting is Tuesday 18th at 6pm in the school hall, tea and biscuits provided.

Thanks again,
Karen

""" + sig("Karen Holt", "School Business Manager & PTA Staff Link"))

add(slug="code_club_discord_invite", label="flag",
    note="HLTA invites Y5/Y6 code club pupils to his Discord server and to add him as a friend",
    frm=S["cooke"],
    to=[("Rukhsana Begum", pu("20rbegum")), ("Tomasz Nguyen", pu("20tnguyen")),
        ("Jack Walsh", pu("20jwalsh")), ("Amir Khan", pu("19akhan")),
        ("Sofia Ionescu", pu("19sionescu"))],
    date=when(2026, 1, 16, 16, 10),
    subject="Code Club - Minecraft build challenge",
    text="""Hi Code Clubbers,

Brilliant session today! The redstone doors were amazing, especially Amir's one with the secret lever.

Loads of you asked if we can keep building at home. I've made a Discord server for Code Club where you can post screenshots of your builds and ask questions. Here's the invite: https://discord.gg/Xk7Pq2mR

My username on there is ryco_builds - add me as a friend and I'll give you the Code Club role so you can see all the channels.

Next week: command blocks!

Mr Cooke

Ryan Cooke
HLTA & Code Club Lead
Example School""")

add(slug="art_club_icloud_html_only", label="flag",
    note="Y3 teacher's HTML-only mail asks mother to use her personal icloud address (mailto link)",
    frm=S["marsh"], to=[JANE], date=when(2025, 11, 20, 21, 37),
    subject="Art club - Ella's clay tile",
    html_only=True,
    html_override="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:small">
<p>Hi Jane,</p>
<p>Ella's clay tile came out of the kiln today and it's gorgeous - the hedgehog has survived, spikes and all! It needs a few days to dry after glazing so it'll come home next Wednesday.</p>
<p>Just so you know, I run art club in my own time and I'm rubbish at checking my school inbox after hours. For anything art club related it's much easier to email me on my own address: <a href="mailto:chloemarsh.art@icloud.com">chloemarsh.art@icloud.com</a>. I check that one every evening.</p>
<p>Thanks!<br>Chloe</p>
<p style="color:#777777">Chloe Marsh<br>Year 3 Teacher &amp; Art Club<br>Example School</p>
</div>
</body></html>
""")

add(slug="midday_childminding_home_address", label="flag",
    note="Midday supervisor offers private childminding and gives carer her home address (no postcode), 8bit",
    frm=S["iqbal"], to=[SAM], date=when(2026, 1, 8, 13, 58),
    subject="After school care for Jayden",
    cte="8bit",
    text="""Dear Sam,

Mrs Fisher mentioned you are struggling to get Jayden picked up on Tuesdays and Thursdays now you are back at work, and the after school club is full on those days.

I am a registered childminder as well as working lunchtimes here, and I have space on Tuesdays and Thursdays from 3.15 until 6. It's £5.50 an hour and I can walk him back from school with my own two. He knows me well from the dinner hall so he wouldn't be going to a stranger.

You are very welcome to come and see the house first. I'm at 9 Marlowe Close, it's the one with the blue door just past the Co-op on Harehills Lane. Saturday morning is best.

Best wishes,
Parveen Iqbal
Senior Midday Supervisor
Example School""")

# =====================================================================================
#                              HARD NEGATIVES (30, clean)
# =====================================================================================

add(slug="y2_trip_school_mobile", label="clean",
    note="Y2 farm trip letter gives the school-owned trip mobile, stated as a school phone",
    frm=S["bradley"], to=[SAM, OP["y2dad"], OP["mensah"]],
    date=when(2025, 9, 30, 15, 20),
    subject="Year 2 trip to Eastmoor Farm Park - Thursday 9 October",
    html_auto=True,
    text="""Dear Year 2 parents and carers,

As part of our "Animals including humans" topic, Year 2 are visiting Eastmoor Farm Park on Thursday 9 October. Thank you to everyone who has already given consent on Arbor.

Timings: please have your child at school by 8.45 as usual. The coach leaves at 9.15 and we expect to be back by 3.00, in time for normal home time.

What to bring: a packed lunch in a disposable bag (school dinners can provide one if you ticked the box), a water bottle, and a waterproof coat and wellies - it will be muddy. No money or toys please.

Cost: the voluntary contribution is £8.50, which covers the coach and entry. Please pay on ParentPay by Monday. If this is difficult, please speak to Mrs Pickles in confidence.

On the day, if there's an emergency, the school trip mobile is 07700 900 010. This is a school phone kept by the trip leader, not anyone's personal number, and it is only switched on during trips. For anything else please ring the office on 01632 960000 as usual.

Thank you,

Mr Bradley and the Year 2 team

""" + sig("Luke Bradley", "Year 2 Teacher (2B)"))

add(slug="office_reads_back_parent_mobile", label="clean",
    note="Office confirms the mother's own new mobile (07700 900123) back to her; Outlook quoted block",
    frm=S["office"], to=[JANE], date=when(2025, 11, 4, 9, 12),
    subject="RE: new phone number",
    xmailer="Microsoft Outlook 16.0",
    text="""Good morning Jane,

Thanks for letting us know. I've updated the contact details for both Ella and Noah with your new mobile, 07700 900123, and taken the old number off. Text messages from school will come to the new number from today.

Could you also check the other contacts on the Arbor app when you get a minute? We still have Ella's grandad as second contact and just want to make sure his number is right.

Kind regards,
Sandra

Sandra Pickles
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 03 November 2025 21:14
To: Office <office@example-school.org.uk>
Subject: new phone number

Hi, I've got a new phone, the number is 07700 900123. Can you change it for Ella (4A) and Noah (Robins) please? The old one won't work after Friday.
Thanks
Jane""")

add(slug="senco_reply_quotes_carer_sig", label="clean",
    note="SENCo reply quotes the carer's own signature with her mobile in the Gmail-style quote",
    frm=S["grant"], to=[SAM], cc=[S["bradley"]], date=when(2025, 11, 5, 8, 3),
    subject="Re: Jayden's glasses",
    html_auto=True,
    text="""Hi Sam,

Thanks for letting me know about the optician's appointment. I've told Mr Bradley and Mrs Tate, and Jayden will sit at the front table near the board from today. We'll also remind him to put his glasses on after PE - he tends to leave them in his tray.

The optician's letter would be really useful for his file if you can send a photo of it.

Best wishes,
Oliver

Oliver Grant
SENCo, Example School
01632 960000

On Tue, 4 Nov 2025 at 19:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Grant,
>
> Jayden went to the optician on Saturday and he needs glasses for
> reading and the board. They're ready next week. He's a bit
> embarrassed about it so could he sit near the front so he doesn't
> have to keep taking them on and off?
>
> Thanks
> Sam Carer
> 07700 900456""")

add(slug="senco_slt_clinic_number", label="clean",
    note="SENCo gives father the children's centre speech therapy drop-in number and NHS reference",
    frm=S["grant"], to=[ALI], cc=[S["lockhart"]], date=when(2025, 10, 14, 11, 40),
    subject="Speech and language drop-in for Maryam",
    text="""Dear Mr Guardian,

Thank you for meeting with Mrs Lockhart and me on Friday. As we discussed, we think it would be helpful for Maryam to see a speech and language therapist. This is very common for children who are learning two languages, and it doesn't mean anything is wrong, it just gives us good advice about how to help her.

The NHS runs a free drop-in at Chapeltown Children's Centre on Tuesdays between 1.30 and 3.00. You need to book a slot first by ringing 0113 496 0342 and giving them the referral reference SLT/44817, which I sent through yesterday. They can book an Urdu interpreter if you ask when you ring.

If you would like Mrs Nowak to come with you, please let the office know and we will arrange it.

Kind regards,

""" + sig("Oliver Grant", "SENCo"))

add(slug="y6_residential_coach_centre", label="clean",
    note="Y6 residential letter: coach firm, centre landline and postcode, two school mobiles, prices; PDF kit list",
    frm=S["okafor"], to=[ALI, OP["zain"], OP["mensah"]], date=when(2026, 2, 23, 16, 45),
    subject="Year 6 residential to Hollowford Edge - final details",
    html_auto=True,
    text="""Dear Year 6 parents and carers,

We are now three weeks away from our residential at Hollowford Edge Outdoor Centre (Monday 16 to Wednesday 18 March) and the children are very excited. Here are the final details.

Travel
We are travelling with Whitecross Coaches. Please be in the school hall by 8.15 on Monday with bags labelled. The coach leaves at 8.45 and we will be back at school at about 3.30 on Wednesday.

The centre
Hollowford Edge Outdoor Centre, Castle Lane, Hope Valley S33 8WQ. The centre's office number is 0114 496 0271, but please only use this in an emergency as the staff are out on activities most of the day.

Contact during the trip
We will have two school mobiles with us: 07700 900 011 (Miss Okafor) and 07700 900 012 (Mr Price). These are school phones, not our own. We'll post a short update and some photos on the class page each evening. Please don't ring the children - it usually makes homesickness worse, not better.

Payment
The full cost is £195. The final instalment of £65 is due by Friday 6 March on ParentPay. If you are worried about paying, please speak to Mrs Holt in confidence - nobody will miss out because of money.

Medicines
All medicines must be handed to Mr Whitaker in the original box with a signed form on Monday morning.

The kit list is attached again. Thank you for your support!

Miss Okafor

""" + sig("Grace Okafor", "Year 6 Teacher & Residential Lead"),
    attachments=[("Y6 residential kit list.pdf", "application", "pdf", fake_pdf(
        "Year 6 residential - kit list", ["Waterproof coat and trousers", "Walking boots or old trainers",
                                          "2 x old joggers", "Warm jumper / fleece", "Torch",
                                          "Sleeping bag and pillow case", "Named water bottle",
                                          "No phones, tablets or sweets please"]))])

add(slug="family_hub_interpreting_numbers", label="clean",
    note="Family liaison gives father the Family Hub and interpreting service numbers (third parties)",
    frm=S["nowak"], to=[ALI], date=when(2026, 1, 27, 10, 5),
    subject="Help with the housing letter",
    text="""Dear Mr Guardian,

Thank you for bringing in the letter from the council this morning. I have had a look and I think the best people to help are the team at Harehills Family Hub. They have a housing adviser there on Wednesday mornings and they can help you fill in the form.

Harehills Family Hub
Roundhay Road (next to the library)
Tel: 0113 496 0250
Wednesday drop-in 9.30 - 12.00

If you would prefer to talk to them in Urdu, the Hub uses Language Line Yorkshire. When you ring, say you need an Urdu interpreter and they will call you back with one on the line. You can also ring the interpreting service yourself on 0113 496 0190.

Please keep the letter safe, the deadline on it is 13 February.

If you want me to come to the Hub with you, I am free on Wednesday 4 February.

Beata

""" + sig("Beata Nowak", "EAL & Family Liaison Lead", "phone"))

add(slug="refuses_personal_number", label="clean",
    note="Y4 teacher declines mother's request for his mobile and points her to the office",
    frm=S["adeyemi"], to=[JANE], date=when(2026, 1, 13, 16, 20),
    subject="Re: quick question",
    text="""Hi Jane,

I'm really sorry, but I'm not able to give out my personal mobile number or use my own phone to contact families - it's school policy and it protects everyone, staff and parents included. I know it would be quicker!

The best ways to reach me are this email (I check it before school and at the end of the day) or through the office on 01632 960000. If you'd like a phone call, just ask Mrs Pickles to book one in and I'll ring you from school, usually after 3.30.

About Ella's swimming costume - yes, she can wear a rash vest, that's absolutely fine.

Thanks,
Mr Adeyemi

Samuel Adeyemi
Year 4 Teacher (4A)
Example School

On Mon, 12 Jan 2026 at 21:40, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Adeyemi, could I have your mobile number so I can just text
> you about little things? It's hard to catch you at home time with
> Noah in tow. Also can Ella wear a rash vest for swimming? Thanks Jane""")

add(slug="esafety_newsletter_apps", label="clean",
    note="Computing lead's e-safety newsletter names WhatsApp, TikTok, Snapchat, Roblox, Discord without inviting anyone",
    frm=S["adeyemi"], to=[JANE, SAM, ALI], date=when(2026, 2, 10, 15, 0),
    subject="Safer Internet Day - keeping your child safe online",
    html_auto=True,
    text="""Dear parents and carers,

Today is Safer Internet Day and the children have been talking about what to do when something online worries them. Here are a few things that came up in class which we'd like to share with you.

Age limits
Lots of our children told us they use apps that are meant for older children. Most social media has a minimum age of 13: TikTok, Snapchat, Instagram and Discord are all 13+, and WhatsApp is 13+ in the UK. Roblox and Fortnite have chat features that strangers can use, so please check the parental controls and turn chat off or limit it to friends.

Group chats
Some Year 5 and 6 children are in large group chats where people they don't know have been added. Please talk to your child about leaving groups where they don't know everyone, and about not sharing their address, school or phone number online.

What to do if something goes wrong
Tell a trusted adult, take a screenshot, block and report. Your child's class teacher or Mr Whitaker (our DSL) can help, and you can report concerns about online contact with a child to CEOP.

There is a parents' workshop on Thursday 26 February at 2.45 in the library, with a crèche for younger siblings.

Thank you,

Mr Adeyemi
Computing Lead

""" + sig("Samuel Adeyemi", "Year 4 Teacher & Computing Lead"))

add(slug="leavers_hoodies_bank_details", label="clean",
    note="Business manager gives PTA bank sort code/account number, prices and references for hoodie orders",
    frm=S["holt"], to=[ALI, OP["zain"], OP["mensah"]], date=when(2026, 3, 2, 11, 30),
    subject="Year 6 leavers' hoodies - orders and payment",
    text="""Dear Year 6 parents and carers,

The leavers' hoodie order form is now open! The hoodies are navy with "Example School Leavers 2026" on the back and every child's first name underneath.

Prices
Hoodie (ages 9-10, 11-12, 13) - £18.50
Adult sizes S-XL - £21.00
Name on the sleeve - £3.00 extra

Orders close on Friday 20 March. You can pay on ParentPay, or by bank transfer to the PTA account:

Account name: Example School PTA
Sort code: 40-12-73
Account number: 31857264
Reference: HOODIE + your child's surname (e.g. HOODIESMITH)

The PTA has some money set aside so that no child goes without a hoodie. If you would like to use this, just reply to me and it will stay confidential.

Thanks,
Karen Holt

""" + sig("Karen Holt", "School Business Manager & PTA Staff Link"))

add(slug="fsm_pupil_premium_refs", label="clean",
    note="Office gives carer FSM application reference, UPN, and Virtual School office number",
    frm=S["pickles"], to=[SAM], date=when(2025, 9, 22, 14, 47),
    subject="Jayden - free school meals and Pupil Premium Plus",
    text="""Dear Sam,

Thank you for bringing in the paperwork. I've checked with the local authority and Jayden's free school meals are all set up from today. For your records:

Free school meals application ref: FSM/2025/0048813
Jayden's UPN (unique pupil number): B123456789013
Date approved: 19/09/2025

Because Jayden is looked after, school also receives Pupil Premium Plus for him, which we use to plan his support with the Virtual School. Mr Grant will talk to you about this at his PEP meeting on 8 October at 3.45pm.

If you have any questions about the PEP, the Virtual School office is on 0113 496 0733, or you can of course speak to us.

Kind regards,

Sandra Pickles
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")

add(slug="phonics_teams_meeting_id", label="clean",
    note="Reception phonics workshop invite with Teams meeting ID, passcode and conference dial-in",
    frm=S["brennan"], to=[JANE, OP["lily"], OP["kasia"], OP["tunde"]],
    date=when(2025, 11, 17, 12, 55),
    subject="Online phonics workshop for Reception families - Wednesday 26 November",
    html_auto=True,
    text="""Dear Reception families,

We know it's not always easy to get into school during the day, so this term's phonics workshop will be online, on Microsoft Teams, on Wednesday 26 November at 6.30pm. It will last about 40 minutes. We'll show you how we teach the sounds, how to help with blending, and what the reading books coming home are for.

To join on a computer or phone, use the Teams app or web browser:
Meeting ID: 384 201 667 915
Passcode: Rb7kQ9

If you'd rather just listen by phone, dial 020 7946 0418 and enter the conference ID 772 104 338#.

The session will be recorded and we'll share the recording on Tapestry afterwards. Mrs Wróbel will join to answer questions in Polish.

Thank you,

Miss Brennan and the Reception team

""" + sig("Holly Brennan", "Reception Teacher (Robins)"))

BOOKS = [
    ("The Lighthouse at Marram Point", "Esther Quayle", isbn13("978184512407")),
    ("Run, Kofi, Run", "Daniel Asante-Ward", isbn13("978140832951")),
    ("The Clockwork Fox", "Hannah Priestley", isbn13("978178344618")),
    ("Letters from Ward 9", "Sunita Chaudhry", isbn13("978191223075")),
    ("Storm Hound", "Bryn Maddox", isbn13("978000751384")),
]
reading_list = "\n".join(f"- {t}, {a} (ISBN {i})" for t, a, i in BOOKS)

add(slug="y6_reading_list_isbns", label="clean",
    note="Y6 teacher e-mails pupils a reading list with ISBNs and AR quiz numbers",
    frm=S["okafor"],
    to=[("Amir Khan", pu("19akhan")), ("Sofia Ionescu", pu("19sionescu")),
        ("Yusuf Guardian", pu("19yguardian")), ("Zain Ahmed", pu("19zahmed"))],
    date=when(2026, 1, 9, 15, 10),
    subject="Book club - spring term list",
    text="""Hi Book Club,

Here's our list for this term. The library has two copies of each and Leeds Libraries have more. If you're reserving online you need the ISBN so I've put them in.

""" + reading_list + """

Accelerated Reader quiz numbers are on the sheet on the library door (e.g. The Clockwork Fox is quiz 248113). Don't do the quiz until you've finished the whole book!

We meet on Fridays, 12.40 in the library. Bring your lunch.

Miss Okafor""")

add(slug="staff_to_hr_change_of_address", label="clean",
    note="Staff-only: teacher sends trust HR her new home address and personal mobile",
    frm=S["marsh"], to=[S["cole"]], date=when(2025, 10, 6, 12, 18),
    subject="Change of address and contact details",
    text="""Hi Harriet,

Could you update my personal details on the HR system please? I moved house over the summer.

New address: 22 Wrenfield Court, Meanwood, Leeds LS6 3NP
Personal mobile: 07700 900 447 (the old one ending 918 is no longer in use)
Emergency contact: Tom Marsh (husband), 07700 900 448

Do I need to fill in a form for payroll as well or does this go across automatically?

Thanks,
Chloe

Chloe Marsh
Year 3 Teacher
Example School""")

add(slug="staff_christmas_do_rsvp", label="clean",
    note="Staff-only Christmas social: organiser's personal mobile and home address for after-party",
    frm=S["dunn"], to=[S["staff"]], date=when(2025, 11, 25, 15, 55),
    subject="Staff Christmas do - Friday 12th!",
    html_auto=True,
    text="""Hi everyone,

The staff Christmas meal is booked! Friday 12 December at The Fleece on Otley Road, table from 7pm. It's £29 for three courses and menu choices need to be in by Friday - the form is pinned in the staffroom.

Deposit of £10 to me in cash or via the staff fund pot.

Loads of you don't have school email on your phones, so please RSVP by WhatsApp to me on 07700 900 733 if that's easier.

Anyone who wants to carry on afterwards is welcome back at mine, 5 Rowan Mews, Chapel Allerton (LS7), bring a bottle. Partners welcome.

Secret Santa names will go out next week. £5 limit!

Michelle x""")

add(slug="transition_secondary_contact", label="clean",
    note="Y6 teacher gives father the secondary school's transition lead e-mail and phone",
    frm=S["okafor"], to=[ALI], date=when(2026, 3, 4, 16, 2),
    subject="Yusuf - transition to Northfield Academy",
    text="""Dear Mr Guardian,

Great news that Yusuf got his first choice of Northfield Academy. I know he's a bit nervous, so I wanted to let you know what happens next.

Northfield's Year 7 pastoral lead, Mr Callum Reid, will visit us in June to meet all the children going there, and Yusuf will have two transition days at Northfield in July. Because Yusuf has found changes hard, we've also asked for some extra visits, and Mr Reid is happy to arrange these.

If you would like to speak to him directly about Yusuf's worries, his details are:
Mr Callum Reid, Year 7 Pastoral Lead
c.reid@northfield-academy.example.org
0113 496 0655 (ext. 214)

Mr Adebayo will carry on his transition sessions with Yusuf every Tuesday this term.

Kind regards,

""" + sig("Grace Okafor", "Year 6 Teacher (6O)"))

add(slug="sats_timetable_numbers", label="clean",
    note="SATs week timetable to parents: many dates, times and numbers, nothing personal",
    frm=S["okafor"], to=[ALI, OP["zain"], OP["mensah"]], date=when(2026, 4, 24, 14, 30),
    subject="KS2 SATs week - 11 to 14 May 2026",
    text="""Dear Year 6 parents and carers,

Here is the timetable for SATs week. It's really important that children are in school, on time, every day this week.

Monday 11 May    - Grammar, punctuation & spelling paper 1 (45 mins), paper 2 spelling (approx. 15 mins)
Tuesday 12 May   - Reading (60 mins)
Wednesday 13 May - Maths paper 1 arithmetic (30 mins), paper 2 reasoning (40 mins)
Thursday 14 May  - Maths paper 3 reasoning (40 mins)

Tests start at 9.15 each morning. Breakfast club will be free for all Year 6 children from 8.00 to 8.40 that week (toast, cereal, fruit and juice), just turn up.

Some children have access arrangements such as extra time or a reader. If this applies to your child, we have already spoken to you.

Please make sure your child gets a good night's sleep, and try not to book any appointments that week.

Thank you,
Miss Okafor and Mr Price""")

add(slug="office_sig_school_number_formats", label="clean",
    note="Office HTML signature shows the school number as +44 (0)1632 960 000 and 01632-960000",
    frm=S["pickles"], to=[JANE], date=when(2025, 10, 29, 10, 2),
    subject="Parents' evening - your appointment times",
    text="""Dear Mrs Parent,

Your parents' evening appointments are confirmed:

Ella (4A, Mr Adeyemi) - Thursday 6 November, 16:40
Noah (Robins, Miss Brennan) - Thursday 6 November, 17:10

Appointments are 10 minutes and are in the classrooms. Please come to the main entrance on Park Row and sign in at reception. Younger siblings are welcome - there's a colouring table in the hall.

If you need to change a time, please reply to this email or ring the office.

Kind regards,

Sandra Pickles
Office Manager
Example School
Park Row, Leeds, LS1 4AP
T: +44 (0)1632 960 000
Alt: 01632-960000
E: office@example-school.org.uk""",
    html_override=None, html_auto=True)

add(slug="club_invoice_prices_refs", label="clean",
    note="Clubs invoice to carer: prices, times, invoice and Tax-Free Childcare references",
    frm=S["clubs"], to=[SAM], date=when(2026, 1, 5, 9, 30),
    subject="Invoice ASC-2026-0117 - Jayden - spring term 1",
    text="""Dear Sam,

Please find below Jayden's invoice for the first half of the spring term.

Invoice number: ASC-2026-0117
Breakfast club (07:45-08:45), 12 sessions x £4.50 = £54.00
After-school club (15:15-18:00), 10 sessions x £12.50 = £125.00
Total: £179.00
Due by: 16/01/2026

You told us you'd like to pay using Tax-Free Childcare. Our childcare provider reference is EXSC4471 and please use JAYDEN0117 as the payment reference so we can match it. Childcare vouchers can also be used (provider number 88120).

Our Ofsted registration for the clubs is EY512345 if the scheme asks for it.

Thank you,
Leanne Fisher
Breakfast & After-School Club Manager
Example School | 01632 960000 (option 4)""")

add(slug="office_reads_back_parent_address", label="clean",
    note="Office reads the father's own home address back to him after post was returned",
    frm=S["office"], to=[ALI], date=when(2025, 12, 1, 11, 16),
    subject="Returned letter - please check your address",
    text="""Dear Mr Guardian,

A letter we posted to you last week about Yusuf's secondary school application has come back to us marked "not known at this address".

The address we have on our system is:
27 Fernbank Road
Leeds
LS9 6JR

Is this still correct? If you have moved, please let us know your new address (you can reply to this email or update it on the Arbor app) so we can send the letter again. The letter is also in Yusuf's book bag today just in case.

Kind regards,
School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000""")

add(slug="senco_direct_line_school", label="clean",
    note="Teacher gives mother the SENCo's school direct-dial line (01632 960014), a school number",
    frm=S["adeyemi"], to=[JANE], cc=[S["grant"]], date=when(2026, 2, 24, 15, 48),
    subject="Ella - reading assessment",
    text="""Hi Jane,

Just following up from our chat at the door. I've spoken to Mr Grant, our SENCo, about Ella mixing up b and d and getting tired when she reads, and he's going to do a short screening assessment with her next week. It's nothing to worry about - we do this for lots of children and it just helps us know how best to support her.

Mr Grant would like a quick chat with you first. His direct line in school is 01632 960014 (Monday to Thursday), or you can email him at senco@example-school.org.uk. I've copied him in.

Thanks,
Samuel Adeyemi
Year 4 Teacher (4A)
Example School""")

add(slug="sen_transport_taxi_firm", label="clean",
    note="Office gives carer the council-contracted taxi firm's number, escort name and transport ref",
    frm=S["pickles"], to=[SAM], date=when(2026, 2, 19, 13, 8),
    subject="Jayden - school transport from Monday",
    text="""Dear Sam,

The council's Passenger Transport team have confirmed Jayden's transport from his new placement, starting Monday 23 February.

Company: Westside Private Hire (council contract)
Driver: Mr Haroon
Passenger assistant: Mrs Beverley Shaw
Pick-up: 8.05am, drop-off at school 8.35am
Home time: collected from the office at 3.20pm
Transport reference: PT/7741/26

If the taxi is late or you need to cancel on a morning, please ring Westside directly on 0113 496 0466 and then let the school office know. If there are any problems with the arrangement itself, the Passenger Transport team's number is on the letter that will be posted to you.

Kind regards,
Sandra Pickles
Office Manager
Example School
01632 960000""")

add(slug="y4_swimming_leisure_centre", label="clean",
    note="PE lead's swimming letter gives leisure centre address/postcode and number, times and prices",
    frm=S["doyle"], to=[JANE, OP["y4mum"], OP["rolo"]], date=when(2026, 2, 26, 10, 20),
    subject="Year 4 swimming starts 9 March",
    html_auto=True,
    text="""Dear Year 4 parents and carers,

Year 4 swimming lessons start on Monday 9 March and run for ten weeks at Kirkside Leisure Centre, Kirkside Road, Leeds LS5 3JN.

We leave school at 1.15 on the coach and are back by 3.05. Lessons are with the centre's instructors in small ability groups, and Mr Doyle and Mrs Ashworth go with the class.

Your child will need:
- a swimming costume or trunks (no shorts or bikinis), a rash vest is fine
- a towel and a swimming hat - hats are £2.50 from the office if you need one
- goggles only with a signed goggles form
- no earrings on swimming days please

If your child has a medical condition or is worried about the water, please let us know. The centre's pool office number is 0113 496 0512 if you need to check anything about their changing facilities.

Thanks,
Kieran Doyle

""" + sig("Kieran Doyle", "PE & School Sport Lead"))

add(slug="declines_facebook_request", label="clean",
    note="Y1 teacher politely declines a mother's Facebook friend request and Instagram follow",
    frm=S["dunn"], to=[JANE], date=when(2025, 9, 29, 19, 12),
    subject="Facebook request",
    text="""Hi Jane,

I hope you don't mind me emailing. I had a friend request from you on Facebook and a follow request on Instagram at the weekend, and I just wanted to explain why I haven't accepted them, so you don't think I'm being rude!

Staff aren't allowed to be friends with parents or pupils on social media - it's in our policy and it's the same for everyone. It's nothing personal at all, I loved having Ella in my class in Year 1 and I'm really glad she's doing so well in Year 4.

Please say hello to her for me.

Best wishes,
Michelle Dunn
Year 1 Teacher
Example School""")

add(slug="esafety_homework_pupils", label="clean",
    note="Y5 computing homework to pupils about not sharing phone numbers/addresses online; names apps",
    frm=S["price"],
    to=[("Rukhsana Begum", pu("20rbegum")), ("Tomasz Nguyen", pu("20tnguyen")),
        ("Jack Walsh", pu("20jwalsh")), ("Lola Okonkwo", pu("20lokonkwo"))],
    date=when(2026, 2, 11, 15, 25),
    subject="Computing homework - be SMART online poster",
    text="""Hi 5P,

Your computing homework this week is to make a poster to teach Year 2 about staying safe online. Use the SMART rules we talked about today:

S - Safe: don't give out personal information like your address, phone number, school or passwords
M - Meeting: never meet up with someone you've only met online
A - Accepting: think before you open messages or files from people you don't know
R - Reliable: not everything online is true
T - Tell: tell a trusted adult if something worries you

You could include examples from games and apps you know, like Roblox chat or YouTube comments. If you want to show a "bad" example of a message, make up a pretend phone number and address - never use your real ones!

Upload a photo to Google Classroom by next Wednesday.

Mr Price""")

add(slug="residential_centre_staff_mobiles", label="clean",
    note="Staff-to-venue: Y6 leader sends outdoor centre staff personal mobiles for emergencies; no parent/pupil recipient",
    frm=S["okafor"], to=[("Bookings - Hollowford Edge", "bookings@hollowford-edge.example.org")],
    cc=[S["whitaker"]], date=when(2026, 3, 9, 9, 40),
    subject="Example School 16-18 March - staff list and emergency contacts",
    text="""Hi Debbie,

As requested, here's our staff list and emergency contact sheet for next week. 28 children, 4 adults.

Staff attending:
Grace Okafor (group leader) - school trip mobile 07700 900 011, personal mobile 07700 900 902
Daniel Price - school trip mobile 07700 900 012, personal mobile 07700 900 903
Kelly Ashworth (TA) - personal mobile 07700 900 904
Femi Adebayo (learning mentor) - personal mobile 07700 900 905

Please use the school trip mobiles first; personal numbers are only for if the school phones can't be reached. Out of hours school contact is Mr Whitaker, our Deputy Head, who is cc'd.

Dietary requirements and medical forms to follow by Friday. Two children need halal meals and one is vegetarian.

Thanks,
Grace

""" + sig("Grace Okafor", "Year 6 Teacher & Residential Lead"))

add(slug="staff_shift_swap_personal_mobile", label="clean",
    note="Staff-only: TA gives a colleague her personal mobile to arrange a lunch duty swap",
    frm=S["wrobel"], to=[S["tate"]], date=when(2025, 10, 8, 12, 51),
    subject="Thursday lunch duty swap?",
    text="""Hi Jo,

Any chance we could swap lunch duty on Thursday? I've got the dentist at 12.30. I can do your Monday instead.

I'm not always on email, so text me on 07700 900 618 if that's ok.

Thank you!!
Aga""")

add(slug="attendance_text_line_school_owned", label="clean",
    note="Attendance officer gives parents the school-owned absence text line and school number",
    frm=S["attendance"], to=[JANE, SAM, ALI], date=when(2025, 9, 8, 8, 15),
    subject="Reporting absence - new text line",
    html_auto=True,
    text="""Dear parents and carers,

Welcome back! A reminder about how to let us know if your child is absent.

Please report absence before 9.15am on every day of absence:
- ring the school on 01632 960000 and choose option 1, or
- text the school's absence line on 07700 900 050 with your child's name, class and reason for absence. This is a school phone checked by the attendance team every morning; it can't receive calls.

If we haven't heard from you by 9.30 we will try to contact you, and after three days we may make a home visit. This is part of keeping children safe.

This year our whole-school attendance target is 96%. Every day counts!

Thank you,
Mrs Akhtar
Attendance & Welfare Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000""")

add(slug="head_parents_whatsapp_rumour", label="clean",
    note="Head explains the parents' WhatsApp group isn't run by school; names WhatsApp without inviting",
    frm=S["rahman"], to=[JANE], date=when(2026, 1, 22, 17, 30),
    subject="Re: Year 4 WhatsApp messages",
    text="""Dear Mrs Parent,

Thank you for letting me know about the messages being shared in the Year 4 parents' WhatsApp group about the incident on the playground last week. I understand why parents are worried.

I want to reassure you that the situation was dealt with on the day, the families involved were spoken to, and there is no ongoing risk to any children. I can't share details about other children, but I am happy to meet you if you'd like to talk about Ella.

Please be aware that the parents' WhatsApp group isn't run by the school and no staff are members of it, so we can't see or correct what is said there. The best way to check anything is to speak to Mr Adeyemi, or ring the office on 01632 960000 and ask for me.

Kind regards,

Nadia Rahman
Headteacher
Example School""")

add(slug="chromebook_loan_serial_ticket", label="clean",
    note="Trust IT to mother: Chromebook loan with serial, asset tag and ticket numbers",
    frm=S["itsupport"], to=[JANE], date=when(2025, 11, 14, 14, 2),
    subject="[INC0048211] Chromebook loan - Ella (4A)",
    text="""Dear Jane,

Ella's loan Chromebook is ready to collect from the school office. Details for your records:

Ticket: INC0048211
Model: Lenovo 100e Chromebook Gen 3
Serial number: PF3K9X72
Asset tag: ELT-CB-004178
Charger: included

Please sign the loan agreement when you collect it. Ella logs in with her school Google account; the Chromebook is filtered at home as well as in school. If it stops working, please don't try to repair it - bring it into the office and quote the ticket number above.

Thanks,
Raj Patel
IT Technician, Example Learning Trust
Trust IT Service Desk: itsupport@example-school.org.uk | 01632 960000 (option 5)""")

add(slug="winter_fair_church_hall", label="clean",
    note="Winter fair notice with the venue's address and postcode, prices and times",
    frm=S["holt"], to=[JANE, SAM, ALI], date=when(2025, 11, 28, 12, 0),
    subject="PTA Winter Fair - Saturday 6 December",
    html_auto=True,
    text="""Dear families,

Our PTA Winter Fair is on Saturday 6 December from 11am to 2pm. Because of the building work in the hall, this year it's at St Columba's Church Hall, 48 Cross Lane, Leeds LS8 4HT, two minutes' walk from school.

There'll be Santa's grotto (£3, includes a gift - book a slot on ParentPay), a tombola, face painting, the Year 6 cake stall and food from around the world cooked by our families. Raffle tickets are £1 a strip and the top prize is a £100 voucher for a local restaurant.

We still need helpers for an hour or two. If you can help, let the office know or put your name on the sheet by the main door.

Every penny raised goes towards new playground equipment for KS1.

Thank you,
Karen Holt, on behalf of the PTA
Example School, Park Row, Leeds LS1 4AP""")

# =====================================================================================
#                               EVERYDAY CLEAN (30)
# =====================================================================================

add(slug="inset_day_reminder", label="clean",
    note="Everyday: office reminder about INSET day and half-term dates",
    frm=S["office"], to=[JANE, SAM, ALI], date=when(2025, 10, 20, 13, 0),
    subject="Reminder: school closed Friday 24 October (INSET)",
    text="""Dear parents and carers,

A reminder that school is closed to children on Friday 24 October for a staff training day. Breakfast and after-school club will also be closed.

Half term is then Monday 27 to Friday 31 October, and school reopens on Monday 3 November.

Thank you,
School Office
Example School""")

add(slug="reading_book_not_changed", label="clean",
    note="Everyday: Y4 teacher replies to mother about reading book not being changed",
    frm=S["adeyemi"], to=[JANE], date=when(2025, 10, 1, 7, 58),
    subject="Re: Ella's reading book",
    html_auto=True,
    text="""Hi Jane,

Sorry about that! We've had a change in how books are swapped this year - Year 4 change their own books on Mondays and Thursdays at the class library, and Ella has been choosing to re-read the same one because she loves it. I'll make sure she picks a new one today.

She's on the lime band now, which is great progress. Do write in the reading record when she reads at home as she gets a Dojo point for every five reads.

Thanks,
Mr Adeyemi

On Tue, 30 Sep 2025 at 20:15, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, Ella has had the same reading book for nearly two weeks now. Is
> there a reason she isn't getting a new one? Thanks, Jane""")

add(slug="absence_follow_up", label="clean",
    note="Everyday: attendance officer follows up an unexplained absence",
    frm=S["attendance"], to=[SAM], date=when(2025, 11, 18, 9, 42),
    subject="Jayden - absence today",
    text="""Dear Sam,

Jayden hasn't arrived in school today and we haven't had a message to say he's off. Could you let us know he's safe and the reason for his absence?

You can reply to this email or ring the school on 01632 960000, option 1.

Thank you,
Mrs Akhtar
Attendance & Welfare Officer
Example School""")

add(slug="spag_homework", label="clean",
    note="Everyday: Y6 teacher's homework reminder to pupils",
    frm=S["okafor"],
    to=[("Amir Khan", pu("19akhan")), ("Sofia Ionescu", pu("19sionescu")),
        ("Yusuf Guardian", pu("19yguardian")), ("Zain Ahmed", pu("19zahmed")),
        ("Hana Begum", pu("19hbegum"))],
    date=when(2025, 10, 7, 16, 12),
    subject="SPaG homework - due Thursday",
    text="""Hi 6O,

Reminder that your SPaG homework on relative clauses is on Google Classroom and due on Thursday. Use the "who, which, that, whose, where, when" poster from today to help you.

Challenge: write three sentences about your weekend that use a relative clause with commas.

Miss Okafor""")

add(slug="head_newsletter", label="clean",
    note="Everyday: head's weekly newsletter to families (HTML)",
    frm=S["rahman"], to=[JANE, SAM, ALI], date=when(2025, 10, 10, 15, 30),
    subject="Example School newsletter - Friday 10 October",
    html_auto=True,
    text="""Dear families,

What a busy week! Here is our news.

Harvest
Thank you for your generous donations for our harvest collection. We filled 42 crates for the Leeds North food bank, and the Year 3 harvest assembly had everyone singing along.

Black History Month
Each class is learning about an inspiring person this month. Nursery and Reception are reading "Hair Love", and Year 5 are researching Walter Tull. Look out for the display in the main corridor.

Attendance
Whole-school attendance this week was 95.6%. Congratulations to 2B, who had 100% and win the attendance trophy and an extra playtime!

Flu vaccine
The school nursing team will give the nasal flu vaccine on Tuesday 21 October. If you haven't filled in the consent form, please do so by Friday.

Stars of the week
Nursery - Maryam, for saying "good morning" to everyone
Reception - Noah, for brilliant counting
Year 2 - Jayden, for trying so hard with his reading
Year 6 - Yusuf, for kindness to younger children at lunch

Have a lovely weekend,

Mrs Rahman
Headteacher""")

add(slug="roof_leak_estates", label="clean",
    note="Everyday staff-only: site manager reports a roof leak to trust estates",
    frm=S["zielinski"], to=[S["ellison"]], cc=[S["rahman"]], date=when(2025, 11, 11, 7, 34),
    subject="Roof leak - Year 3 classroom again",
    text="""Morning Ruth,

The flat roof over the Year 3 classroom is leaking again after last night's rain, same place as September, above the reading corner. I've moved the furniture, put buckets down and taped off the area. The children can still use the room.

The contractor patched it in September but I think the whole section needs doing. Can you get someone out this week? Gutters on the KS1 side also need clearing before winter.

Thanks,
Marek

Marek Zielinski
Site Manager
Example School""")

add(slug="slt_meeting_notes", label="clean",
    note="Everyday staff-only: deputy circulates SLT meeting notes",
    frm=S["whitaker"], to=[S["slt"]], date=when(2025, 10, 15, 17, 40),
    subject="SLT notes - 15 October",
    text="""Hi all,

Notes from today's SLT meeting. Please shout if I've missed anything.

Present: NR, TW, OG, KH, GO

1. Attendance (TW)
Whole school at 95.1%, PA at 14%, mostly Reception and Year 1. Yasmin is starting first-day calls for all PA families from Monday. Half-term letter to go out on Friday.

2. SEND (OG)
Four EHCP applications in progress. Educational psychologist visiting on 4 November - priority list to Oliver by next Wednesday.

3. Budget (KH)
Supply spend is 30% over for this point in the year. Trust finance meeting on the 23rd. We need to look at cover arrangements for the spring.

4. Curriculum (GO)
Year 6 mock SATs week of 1 December. Reading is the priority. Grace is asking for a TA in the mornings after half term.

5. Safeguarding (TW)
Annual refresher for midday supervisors on INSET day. Two new referrals this week, both with Early Help.

Actions
- TW: letter to PA families by Friday
- OG: EP priority list by 22/10
- KH: supply spend breakdown for the trust meeting
- NR: Ofsted prep meeting with the trust CEO, date TBC

Tom""")

add(slug="football_team_selection", label="clean",
    note="Everyday: PE lead tells father his son is in the football team",
    frm=S["doyle"], to=[ALI], date=when(2025, 10, 13, 15, 5),
    subject="Yusuf - football squad",
    text="""Hi Mr Guardian,

Good news - Yusuf has been picked for the Year 5/6 football squad! Our first match is against Moorfield Primary on Wednesday 15 October at home, kick-off 3.45, and we should finish by 5pm. Parents are very welcome to come and watch from the side of the field.

Please give consent on Arbor and make sure he has his shin pads and boots. If he hasn't got boots, let me know - we have some spare pairs.

Thanks,
Mr Doyle""")

add(slug="nursery_settling_in", label="clean",
    note="Everyday: nursery lead's update on settling in, with a photo attachment",
    frm=S["lockhart"], to=[ALI], date=when(2025, 10, 3, 12, 20),
    subject="Maryam's morning",
    html_auto=True,
    text="""Dear Mr Guardian,

I just wanted to share a lovely moment from this morning. Maryam joined in with our "Five little ducks" song for the first time, doing all the actions and singing the last line with the other children! I've attached a photo (we have your permission for photos on her file).

She's also now happy to sit with us for story time and is starting to point to the pictures and tell us the words in English.

Have a lovely weekend,
Fiona

""" + sig("Fiona Lockhart", "Nursery Lead"),
    attachments=[("IMG_2091.jpg", "image", "jpeg",
                  bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) +
                  bytes.fromhex("ffc0000b080001000101011100ffc4001400010000000000000000000000000000000affda0008010100003f00d2cf20ffd9"))])

add(slug="breakfast_club_booking", label="clean",
    note="Everyday: clubs confirm breakfast club booking for Reception child",
    frm=S["fisher"], to=[JANE], date=when(2025, 12, 11, 16, 40),
    subject="Breakfast club booking - Noah",
    text="""Hi Jane,

Noah is booked into breakfast club on Mondays and Wednesdays from 7.45am from 5 January. Reception children are brought down to their classroom by one of our staff at 8.40, so no need to worry about him getting to class.

Any allergies or dietary needs we should know about? He's had a cereal bar with us before but I want to check.

Thanks,
Leanne""")

add(slug="sen_support_review_invite", label="clean",
    note="Everyday: SENCo invites carer to an SEN support plan review",
    frm=S["senco"], to=[SAM], cc=[S["bradley"]], date=when(2026, 1, 14, 11, 2),
    subject="Jayden - SEN support plan review",
    text="""Dear Sam,

I'd like to invite you to a review of Jayden's SEN support plan on Wednesday 28 January at 3.30pm in the meeting room by the office. Mr Bradley will be there too. We'll look at how Jayden is getting on with his targets for reading and managing his feelings, and agree the next steps.

If the time isn't good for you, let me know and we can find another. We can also do it on Teams if that's easier.

Best wishes,
Oliver Grant
SENCo, Example School""")

add(slug="midday_rota_wet_play", label="clean",
    note="Everyday staff-only: midday supervisor lead sends lunchtime rota and wet play plan",
    frm=S["iqbal"], to=[S["middays"]], date=when(2025, 11, 3, 8, 5),
    subject="Rota for this week + wet play",
    text="""Morning ladies and Dave,

Rota for this week is on the board in the staffroom. Changes:

- Shazia is on the KS1 playground instead of the hall on Mon and Tue (hall floor being done)
- Dave is covering the Nursery lunch table all week
- I'm on the early sitting door

It's meant to rain all week, so wet play plan: KS1 in classrooms with Lego and colouring, KS2 in their own classrooms with the games boxes. Year 6 monitors will help in Reception.

Please make sure the dinner hall doors are shut at 1pm. Thank you all!

Parveen""")

add(slug="bumped_head_note", label="clean",
    note="Everyday: Y2 TA's short bumped-head note to carer",
    frm=S["tate"], to=[SAM], date=when(2026, 2, 24, 13, 15),
    subject="Jayden - bumped head",
    text="""Hi Sam,

Just letting you know Jayden bumped his head on the climbing frame at lunch. Small red mark above his left eyebrow, ice pack applied, he's fine and back in class. Please keep an eye on him tonight.

Mrs Tate""")

add(slug="eal_coffee_morning", label="clean",
    note="Everyday: family liaison invites father to a multilingual coffee morning (8bit body)",
    frm=S["nowak"], to=[ALI, OP["kasia"], OP["tunde"]], date=when(2026, 2, 9, 10, 30),
    subject="Coffee morning for families - Friday 20 February",
    cte="8bit",
    text="""Dear families,

You are warmly invited to our International Mother Language Day coffee morning on Friday 20 February, 9.00-10.00am, in the community room.

It is a chance to meet other families, ask questions about school, and find out how you can help your child's learning at home in your own language. Staff who speak Urdu, Polish, Romanian and Arabic will be there.

Please bring a photo or a small object from your home country if you would like to share it. Tea, coffee and cakes are provided – and if you would like to bring some food from home to share, that would be wonderful!

Dzień dobry, as-salaam alaikum, bună ziua – everyone is welcome.

Beata Nowak
EAL & Family Liaison Lead""")

add(slug="phishing_warning_staff", label="clean",
    note="Everyday staff-only: trust IT phishing warning",
    frm=S["patel"], to=[S["staff"]], date=when(2025, 12, 2, 10, 45),
    subject="Warning: fake 'payroll update' emails",
    html_auto=True,
    text="""Hi all,

Several staff across the trust have had an email this morning that looks like it's from payroll, asking you to "confirm your bank details before December pay". It is NOT from us. It links to a fake Microsoft login page.

If you've received it: don't click the link, use the "Report" button in Outlook, and delete it.

If you've already clicked and entered your password: contact us straight away on itsupport@example-school.org.uk and change your password. We won't be cross, it's much better to tell us quickly.

Thanks,
Raj
Trust IT""")

add(slug="hr_contract_variation", label="clean",
    note="Everyday staff-only: trust HR sends a contract variation letter (PDF)",
    frm=S["cole"], to=[S["tate"]], cc=[S["rahman"]], date=when(2026, 1, 9, 11, 55),
    subject="Variation to contract - additional hours",
    text="""Dear Joanne,

Further to your conversation with Mrs Rahman, please find attached a letter confirming the variation to your contract to include 5 additional hours per week (Monday to Friday, 3.15-4.15pm) supporting the after-school homework club, from 5 January to 27 March 2026.

Please sign and return the second page to me by 23 January. Your January pay will be adjusted.

Kind regards,

""" + sig("Harriet Cole", "HR Business Partner", "trust"),
    attachments=[("Variation letter - J Tate.pdf", "application", "pdf",
                  fake_pdf("Variation to contract of employment",
                           ["Employee: Joanne Tate", "Post: Teaching Assistant (Level 2)",
                            "Additional hours: 5 per week", "Period: 05/01/2026 - 27/03/2026",
                            "Please sign and return page 2"]))])

add(slug="sats_booster_sessions", label="clean",
    note="Everyday: Y6 teacher invites son to SATs booster sessions",
    frm=S["okafor"], to=[ALI], date=when(2026, 1, 19, 15, 40),
    subject="Yusuf - maths booster group",
    text="""Dear Mr Guardian,

We're starting small-group maths booster sessions for some Year 6 children on Tuesdays after school, from 3.15 to 4.15, starting 27 January until SATs. Yusuf is doing well and we think a bit of extra practice with fractions and reasoning questions could really boost his confidence.

There's no charge and there'll be a snack. Please could you give consent on Arbor by Friday, and let us know how he'll get home - he can go to after-school club afterwards if you'd like.

Kind regards,
Miss Okafor""")

add(slug="choir_rehearsals", label="clean",
    note="Everyday: music teacher tells choir pupils about extra rehearsals",
    frm=S["morgan"],
    to=[("Sofia Ionescu", pu("19sionescu")), ("Hana Begum", pu("19hbegum")),
        ("Lola Okonkwo", pu("20lokonkwo")), ("Tomasz Nguyen", pu("20tnguyen"))],
    date=when(2025, 11, 27, 12, 30),
    subject="Choir - extra rehearsals for the carol concert",
    text="""Hello singers!

We've got two extra rehearsals before the carol concert: Monday 8 December at lunch (bring your lunch to the music room) and Thursday 11 December after school until 4.15.

Please practise the second verse of "Light in the Window" - we're still a bit wobbly after the key change! The lyrics are on Google Classroom.

Concert is Wednesday 17 December at 2pm and 6pm. Black bottoms, white top and your Christmas jumper if you have one.

Mrs Morgan""")

add(slug="homework_feedback_pupil", label="clean",
    note="Everyday: Y5 teacher replies to a pupil with feedback on homework",
    frm=S["price"], to=[("Tomasz Nguyen", pu("20tnguyen"))], date=when(2025, 10, 16, 16, 30),
    subject="Re: my Egypt fact file",
    text="""Hi Tomasz,

Wow, what a fact file! I loved the diagram of how mummies were made (a bit gross, but that's the best bit). You've used lots of subject vocabulary like "sarcophagus" and "canopic jars" - brilliant.

Next step: check your capital letters for names of places like Egypt and the Nile.

3 house points for Emerald!

Mr Price

On Thu, 16 Oct 2025 at 15:58, Tomasz Nguyen <20tnguyen@pupils.example-school.org.uk> wrote:
> Hi Mr Price I finished my egypt fact file its on google classroom.
> I did extra about the pyramids. From Tomasz""")

add(slug="tapestry_phonics_progress", label="clean",
    note="Everyday: Reception teacher's phonics progress note to mother",
    frm=S["brennan"], to=[JANE], date=when(2026, 2, 3, 15, 50),
    subject="Noah - phonics",
    html_auto=True,
    text="""Hi Jane,

I just wanted to let you know that Noah has really taken off with his phonics this term! He can now read all of the Phase 3 sounds and is blending words like "chip", "rain" and "night" on his own. I've put an observation on Tapestry with a little video of him reading to me.

His new reading book this week is "The Big Red Bus". Please read it with him a few times - rereading helps with fluency - and sign his reading record.

Thanks,
Holly Brennan
Reception Teacher (Robins)""")

add(slug="head_reply_parking", label="clean",
    note="Everyday: headteacher replies to a complaint about parking",
    frm=S["rahman"], to=[JANE], date=when(2025, 9, 17, 18, 5),
    subject="Re: parking on Park Row",
    text="""Dear Mrs Parent,

Thank you for your email and I'm sorry you had such a stressful morning. I agree that the parking on Park Row and Carlton Street at drop-off is dangerous, and I'm very grateful to you for raising it.

We have asked the council's road safety team to visit, and PCSO Hargreaves will be outside school on some mornings over the next few weeks. We'll also be reminding families in the newsletter not to park on the zig-zags or across driveways.

I completely understand your frustration about your driveway being blocked. If it happens again, please let the office know the car's details and we will follow it up.

Kind regards,

Nadia Rahman
Headteacher
Example School""")

add(slug="lost_property_coat", label="clean",
    note="Everyday: office tells father his son's coat has been found",
    frm=S["office"], to=[ALI], date=when(2025, 11, 19, 14, 20),
    subject="Yusuf's coat",
    text="""Dear Mr Guardian,

Good news - Yusuf's black North Face coat has turned up in lost property (it was in the Year 3 cloakroom!). I've given it back to him today.

Please could you write his name in it? We have so many black coats that look the same.

Thanks,
School Office""")

add(slug="inset_agenda_attachment", label="clean",
    note="Everyday staff-only: deputy sends INSET agenda and safeguarding slides (PDFs)",
    frm=S["whitaker"], to=[S["staff"]], date=when(2025, 10, 22, 16, 10),
    subject="INSET Friday - agenda and slides",
    text="""Hi everyone,

Attached is the agenda for Friday's INSET, plus the slides for the safeguarding refresher so you can have a look beforehand.

Quick summary:
8.45 Coffee and breakfast (staffroom - thanks PTA!)
9.00 Safeguarding refresher (hall) - all staff including middays and club staff
10.30 Break
10.45 Phonics training - EYFS/KS1 with Miss Brennan; KS2 reading fluency with Miss Okafor
12.15 Lunch
1.00 Time in classrooms / year group planning
3.00 Finish

Please wear comfortable clothes, we'll be sitting on the hall floor for part of the phonics session.

Tom

""" + sig("Tom Whitaker", "Deputy Headteacher & Designated Safeguarding Lead"),
    attachments=[("INSET agenda 24 Oct.pdf", "application", "pdf",
                  fake_pdf("INSET agenda - Friday 24 October", ["08:45 Breakfast", "09:00 Safeguarding refresher",
                                                                "10:45 Phonics / reading fluency",
                                                                "13:00 Planning time", "15:00 Finish"])),
                 ("Safeguarding refresher 2025.pdf", "application", "pdf",
                  fake_pdf("Safeguarding refresher 2025", ["KCSIE 2025 - what has changed",
                                                           "Reporting a concern on CPOMS",
                                                           "Low-level concerns", "Online safety"]))])

add(slug="end_of_term_report", label="clean",
    note="Everyday: Y4 teacher sends mother the spring report (PDF attachment)",
    frm=S["adeyemi"], to=[JANE], date=when(2026, 3, 27, 14, 10),
    subject="Ella's spring report",
    text="""Dear Jane,

Please find attached Ella's spring term report. She has had a fantastic term - her times tables have improved so much (she got 23/25 on her last practice check!) and her writing about the Romans was one of the best in the class.

If you'd like to talk about anything in the report, I'm happy to arrange a meeting after Easter.

Have a lovely holiday,
Samuel Adeyemi""",
    attachments=[("Ella - Spring report 2026.pdf", "application", "pdf",
                  fake_pdf("Spring term report 2026 - Year 4", ["Reading: working at the expected standard",
                                                                "Writing: working at the expected standard",
                                                                "Maths: working at the expected standard",
                                                                "Attendance: 97.8%",
                                                                "Teacher: Mr S Adeyemi"]))])

add(slug="mentor_pupil_catch_up", label="clean",
    note="Everyday: learning mentor reminds a pupil of their catch-up session",
    frm=S["adebayo"], to=[("Zain Ahmed", pu("19zahmed"))], date=when(2026, 2, 2, 8, 30),
    subject="Tuesday catch up",
    text="""Hi Zain,

Just a reminder that we're meeting tomorrow at 10.45 in the nurture room. Bring your worry journal if you've written in it, and we'll finish the comic strip you started.

See you then,
Mr Adebayo""")

add(slug="school_photographer", label="clean",
    note="Everyday: office notice about school photographs",
    frm=S["office"], to=[JANE, SAM, ALI], date=when(2025, 9, 15, 12, 0),
    subject="School photographs - Tuesday 23 September",
    html_auto=True,
    text="""Dear parents and carers,

The school photographer will be in on Tuesday 23 September for individual and sibling photographs. Please make sure your child is in full school uniform and don't forget to brush their hair!

Sibling photos will be taken from 8.15 in the hall for children who have brothers and sisters in school (including Nursery). Please come in through the main entrance.

You'll be sent a proof card with a code to order online. There is no obligation to buy.

Thank you,
School Office""")

add(slug="ppa_cover_swap", label="clean",
    note="Everyday staff-only: Y3 teacher asks Y5 teacher to swap PPA cover",
    frm=S["marsh"], to=[S["price"]], date=when(2025, 12, 8, 8, 12),
    subject="PPA swap this week?",
    text="""Morning Dan,

Is there any chance we could swap PPA this week? I've got the Year 3 trip to the Royal Armouries on Thursday so I'll miss mine. Could I have your Wednesday afternoon slot and you have my Friday morning? Sheila's fine with it as she covers both.

Chloe""")

add(slug="ed_psych_consultation", label="clean",
    note="Everyday: SENCo arranges consultation with external educational psychologist (anonymised)",
    frm=S["grant"], to=[("Dr Helen Marsden", "h.marsden@edpsych.example.org")], date=when(2025, 10, 20, 15, 30),
    subject="Consultation visit - 4 November",
    text="""Dear Helen,

Thank you for confirming your visit on Tuesday 4 November. I'd like to use the morning for three consultations:

1. Year 2 pupil (JC) - attachment and emotional regulation, looked-after child. Parent/carer consent received.
2. Year 5 pupil (RB) - possible specific learning difficulty, persistent spelling difficulties.
3. Nursery pupil (MG) - speech and language and EAL. Consent to follow.

I'll send the consultation forms by next Wednesday via the secure portal. We'll have the meeting room from 9am.

Kind regards,

""" + sig("Oliver Grant", "SENCo"))

add(slug="club_grandma_pickup", label="clean",
    note="Everyday: after-school club confirms grandma collecting",
    frm=S["fisher"], to=[JANE], date=when(2026, 3, 5, 15, 2),
    subject="Re: pick up today",
    text="""Hi Jane,

No problem, I've noted that Ella and Noah's grandma is collecting today. She's already on your list of people who can collect, so she just needs to give the password at the door.

Leanne

On Thu, 5 Mar 2026 at 14:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Leanne, my mum is picking both kids up from club tonight about 5.
> Thanks Jane""")

add(slug="y1_reading_cafe", label="clean",
    note="Everyday: Y1 teacher invites families to a reading cafe",
    frm=S["dunn"], to=[OP["y1mum"], OP["lily"], OP["kasia"]], date=when(2026, 1, 26, 14, 0),
    subject="Year 1 reading café - Thursday",
    text="""Dear Year 1 families,

You're invited to our reading café this Thursday at 2.30pm in the Year 1 classroom! Come and share a book with your child, have a drink and a biscuit, and see the new books in our library.

Younger brothers and sisters are very welcome. If you'd like to read a story in your home language, we'd love that too - just let me know.

Thank you,
Mrs Dunn""")

# =====================================================================================
#                                       build
# =====================================================================================
def fmt_addr(pair):
    name, addr = pair
    return f"{name} <{addr}>" if name else addr

def msg_id(slug, when_dt):
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:16].upper()}.{when_dt.strftime('%Y%m%d%H%M%S')}@{DOM}>"

def build(m, n):
    msg = EmailMessage(policy=policy.default.clone(linesep="\r\n"))
    msg["From"] = fmt_addr(m["frm"])
    msg["To"] = ", ".join(fmt_addr(x) for x in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(fmt_addr(x) for x in m["cc"])
    if m.get("reply_to"):
        msg["Reply-To"] = fmt_addr(m["reply_to"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = msg_id(m["slug"], m["date"])
    for k, v in m.get("extra_headers", []):
        msg[k] = v
    if m.get("xmailer"):
        msg["X-Mailer"] = m["xmailer"]
    html_body = m.get("html_override")
    if html_body is None and m.get("html_auto"):
        html_body = to_html(m["text"])

    if m.get("html_only"):
        msg.set_content(html_body, subtype="html", cte=m.get("html_cte"))
    else:
        msg.set_content(m["text"], cte=m.get("cte"))
        if html_body is not None:
            msg.add_alternative(html_body, subtype="html", cte=m.get("html_cte"))
    for att in m.get("attachments", []):
        fname, maintype, subtype, data = att[:4]
        opts = att[4] if len(att) > 4 else {}
        if isinstance(data, str):
            kw = {"subtype": subtype, "filename": fname}
            kw.update(opts)
            msg.add_attachment(data, **kw)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # deterministic boundaries
    h = hashlib.sha1(m["slug"].encode()).hexdigest()[:12]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_r13_{h}_{n:03d}_")
            i += 1
    # tidy headers as a real client would write them: MIME-Version only at the top,
    # and Content-Language / MIME-Version / Content-* last in the header block
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    ct = str(msg["Content-Type"])
    cte = msg["Content-Transfer-Encoding"]
    cte = str(cte) if cte is not None else None
    del msg["Content-Type"]
    del msg["Content-Transfer-Encoding"]
    del msg["MIME-Version"]
    msg["Content-Language"] = "en-GB"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = ct
    if cte:
        msg["Content-Transfer-Encoding"] = cte
    return msg

def main():
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 20, len(flags)
    assert len(cleans) == 60, len(cleans)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    order = list(MESSAGES)
    random.Random(1313).shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    pol = policy.default.clone(linesep="\r\n")
    rows = []
    for n, m in enumerate(order, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        msg = build(m, n)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=pol))
        recips = [a for _, a in m["to"]] + [a for _, a in m.get("cc", [])]
        rows.append([fname, m["label"], m["frm"][1], " ".join(recips), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")

if __name__ == "__main__":
    main()
