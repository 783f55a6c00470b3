#!/usr/bin/env python3
"""Round 39 blind held-out corpus, module personal-address-to-parent.

Setting: a large inner-London primary school (nursery, children's centre, parents'
café, food bank, uniform swap, breakfast club, Year 6 residential and SATs).

Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice gives
byte-identical files. Python 3.11 standard library only.

Usage: python3 make_round39_personal.py
Writes into ./personal-address-to-parent/ next to this script.
BLIND: never use these files for tuning the filter.
"""
import csv
import hashlib
import html
import io
import os
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]


def st(name, local):
    return (name, f"{local}@{SCHOOL}")


def pu(name, local):
    return (name, f"{local}@{PUPILS}")


BEGUM = st("Farhana Begum", "f.begum")
OKAFOR = st("Daniel Okafor", "d.okafor")
HEAD = st("Helen Whitcombe", "head")
WHITCOMBE = st("Helen Whitcombe", "h.whitcombe")
DEMIR = st("Ayşe Demir", "a.demir")
REILLY = st("Tom Reilly", "t.reilly")
WARSAME = st("Nimco Warsame", "n.warsame")
RAMAN = st("Priya Raman", "p.raman")
OFFICE = st("Example School Office", "office")
BISHOP = st("Carol Bishop", "c.bishop")
ATTEND = st("Attendance Team", "attendance")
DOYLE = st("Kevin Doyle", "k.doyle")
DSL = st("Rachel Ambrose (DSL)", "dsl")
AMBROSE = st("Rachel Ambrose", "r.ambrose")
FERREIRA = st("Joana Ferreira", "j.ferreira")
WHITFIELD = st("Sam Whitfield", "s.whitfield")
BARNES = st("Chloe Barnes", "c.barnes")
CHOWDHURY = st("Imran Chowdhury", "i.chowdhury")
ADEYEMI = st("Lorraine Adeyemi", "l.adeyemi")
KOWALSKI = st("Hannah Kowalski", "h.kowalski")
SENCO = st("SENCo - Hannah Kowalski", "senco")
LINDQVIST = st("Marcus Lindqvist", "m.lindqvist")
MENSAH = st("Grace Mensah", "g.mensah")
FENWICK = st("Paul Fenwick", "p.fenwick")
ARSLAN = st("Zeynep Arslan", "z.arslan")
LLOYD = st("Bethan Lloyd", "b.lloyd")
GRANT = st("Ollie Grant", "o.grant")
PIKE = st("Jordan Pike", "j.pike")
AKHTER = st("Rubina Akhter", "r.akhter")
ALLSTAFF = st("All Staff", "allstaff")
SLT = st("SLT", "slt")

# Year 6 (entered Reception 2018) and Year 5 (2019) pupils
Y6 = [pu("Hodan Osman", "18hosman"), pu("Mateus Silva", "18msilva"),
      pu("Keerthana Shanmugam", "18kshanmugam"), pu("Tuna Kaya", "18tkaya"),
      pu("Ayaan Ahmed", "18aahmed"), pu("Selin Demirci", "18sdemirci")]
Y5 = [pu("Rafi Rahman", "19rrahman"), pu("Amina Abdi", "19aabdi"),
      pu("Diogo Santos", "19dsantos"), pu("Tharun Sivakumar", "19tsivakumar"),
      pu("Elif Yilmaz", "19eyilmaz")]

# ---------------------------------------------------------------- helpers
BST_START = datetime(2024, 3, 31, 1)
BST_END = datetime(2024, 10, 27, 1)
BST_START25 = datetime(2025, 3, 30, 1)
BST_END25 = datetime(2025, 10, 26, 1)


def mkdate(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    bst = (BST_START <= d < BST_END) or (BST_START25 <= d < BST_END25)
    tz = timezone(timedelta(hours=1 if bst else 0))
    return d.replace(tzinfo=tz)


def h16(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def msgid(slug, style):
    h = h16("mid", slug)
    if style == "outlook":
        return f"<LO4P265MB{h[:12].upper()}@LO4P265MB{h[20:24].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        return f"<CAK{h[:30]}{h[30:44].upper()}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{SCHOOL}>"
    return f"<{h[:20]}.{h[20:26]}@{SCHOOL}>"


def protect_wrap(text, width=72):
    """Hard-wrap long paragraphs like a plain-text client, never breaking
    inside a run of digits separated by single spaces."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        prot = re.sub(r"(?<=\d) (?=\d)", "\u2007", line)
        lead = re.match(r"\s*(?:[-*]\s+|\d+\.\s+)?", prot).group(0)
        wrapped = textwrap.wrap(prot, width=width, break_long_words=False,
                                break_on_hyphens=False,
                                subsequent_indent=" " * len(lead) if lead.strip() else "")
        out.extend(w.replace("\u2007", " ") for w in wrapped)
    return "\n".join(out)


def to_html(text, style="outlook"):
    """Render a plain body as the HTML part a mail client would produce."""
    paras = text.strip("\n").split("\n\n")
    chunks = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip(), quote=False) for l in lines)
            if style == "gmail":
                chunks.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                              'border-left:1px #ccc solid;padding-left:1ex">' + inner + "</blockquote>")
            else:
                chunks.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">'
                              + inner + "</blockquote>")
            continue
        if lines[0].startswith("From: ") and style == "outlook":
            inner = "<br>\n".join(html.escape(l, quote=False) for l in lines)
            chunks.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                          '<p class="MsoNormal"><span style="font-size:11.0pt">' + inner + "</span></p></div>")
            continue
        inner = "<br>\n".join(html.escape(l, quote=False) for l in lines)
        if style == "outlook":
            chunks.append('<p class="MsoNormal">' + inner + "</p>\n<p class=\"MsoNormal\">&nbsp;</p>")
        else:
            chunks.append("<div>" + inner + "</div><div><br></div>")
    body = "\n".join(chunks)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + body + "\n</div>\n"


def make_pdf(lines):
    """A tiny valid one-page PDF with the given lines of (ASCII) text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 800 Td 15 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


MESSAGES = []


def M(slug, label, frm, to, subject, date, body, note, cc=(), kind="plain",
      cte=None, html_body=None, html_style="outlook", html_cte=None, attachments=(),
      headers=(), wrap=False, mid="plain", reply_to=None):
    MESSAGES.append(dict(slug=slug, label=label, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, note=note, kind=kind,
                         cte=cte, html_body=html_body, html_style=html_style,
                         html_cte=html_cte, attachments=list(attachments),
                         headers=list(headers), wrap=wrap, mid=mid, reply_to=reply_to))


def auto_cte(text):
    if all(ord(c) < 128 for c in text) and max(len(l) for l in text.split("\n")) <= 78:
        return "7bit"
    return "quoted-printable"


def build(m):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr(m["frm"])
    msg["To"] = ", ".join(formataddr(r) for r in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(formataddr(r) for r in m["cc"])
    if m["reply_to"]:
        msg["Reply-To"] = formataddr(m["reply_to"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(mkdate(m["date"]))
    msg["Message-ID"] = msgid(m["slug"], m["mid"])
    for k, v in m["headers"]:
        msg[k] = v
    if m["mid"] == "outlook":
        msg["X-MS-Has-Attach"] = "yes" if m["attachments"] else ""
        msg["Content-Language"] = "en-GB"
    body = m["body"].strip("\n") + "\n"
    if m["wrap"]:
        body = protect_wrap(body)
        body = body.rstrip("\n") + "\n"
    kind = m["kind"]
    if kind == "plain":
        msg.set_content(body, charset="utf-8", cte=m["cte"] or auto_cte(body))
    elif kind == "alt":
        msg.set_content(body, charset="utf-8", cte=m["cte"] or auto_cte(body))
        h = m["html_body"] or to_html(m["body"], m["html_style"])
        msg.add_alternative(h, subtype="html", charset="utf-8",
                            cte=m["html_cte"] or "quoted-printable")
    elif kind == "html":
        h = m["html_body"] or to_html(m["body"], m["html_style"])
        msg.set_content(h, subtype="html", charset="utf-8", cte=m["cte"] or "quoted-printable")
    else:
        raise ValueError(kind)
    for fn, ctype, data in m["attachments"]:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_NextPart_{n:03d}_{h16('b', m['slug'], str(n))[:24]}")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=policy.default)


# ---------------------------------------------------------------- signatures
def sig_full(name, role, extra=None):
    lines = [name, role, "Example School, Park Row, Leeds LS1 4AP", "Tel: 01632 960000"]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


DISCLAIMER = ("This e-mail and any attachments are confidential and intended only for the "
              "addressee. If you have received it in error please tell the sender and delete "
              "it. Example School, Park Row, Leeds LS1 4AP. Tel 01632 960000.")


# ====================================================================== FLAGS
M("y2_reading_text_me_hyphens", "flag", BEGUM, [SAM], "Re: Parents' evening - reading at home",
  "2024-11-13 19:05", f"""
Hi Sam,

Thanks for staying behind last night, I know the queue was long and you'd already had a day of it.

Just to follow up on what we said about reading at home - he's doing really well with his phonics but he gets tired after a couple of pages, so little and often is much better than one long go at the weekend. The decodable book in his bag is matched to his phonics group so he should manage most of the words on his own. The library book is one for you to share with him, so don't worry if that one is too hard.

If he keeps this up I'll move him up a group after Christmas.

If it's easier than email, just text me on 07700-900-214. I'm normally on my phone after 6 and it saves you waiting for the office to pass messages on.

Best wishes,
Farhana

{sig_full("Farhana Begum", "Year 2 Teacher, Sycamore Class")}
""", "Y2 teacher invites parent to text her own mobile (hyphenated)", wrap=True,
  headers=[("In-Reply-To", "<AM9PR02MB7731E0A5@AM9PR02MB7731.eurprd02.prod.outlook.com>")])

M("y6_residential_own_number_plus44", "flag", OKAFOR, [JANE], "RE: Hillbrook - nervous about the nights",
  "2025-05-21 16:40", """
Dear Ms Parent,

Thank you for your email. It's completely normal for her to be nervous - a lot of the class have never spent a night away from home and she's definitely not the only one who has asked me about the dormitories.

A few things that might help:
- She can choose who she shares with (we ask for three names and always give them at least one).
- There's a member of staff sleeping on each corridor, and the girls' rooms are right next to Miss Barnes.
- Any child who wants to can phone home on the Wednesday evening.

The school trip mobile will be with whoever is on duty, but honestly if she's unsettled at night I'd rather you could get hold of me directly, so you can also reach me on my own number, +44 7700 900318. Please don't pass it round the other parents though!

We'll be talking to the whole class about homesickness in PSHE next week as well.

Kind regards,
Daniel Okafor
Year 6 Teacher (6 Cedar) | Residential Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 21 May 2025 09:12
To: Daniel Okafor <d.okafor@example-school.org.uk>
Subject: Hillbrook - nervous about the nights

Hi Mr Okafor, she's really excited about Hillbrook but she's crying at bedtime about sleeping there. Is there anything we can do before June? Jane
""", "Y6 residential lead gives own mobile in +44 form, beside the trip phone",
  kind="alt", mid="outlook")

M("nursery_settling_nbsp_html", "flag", RAMAN, [SAM], "Leila this morning",
  "2024-09-18 12:31", "", "Nursery manager, HTML-only, own mobile with &nbsp; for photo updates",
  kind="html", mid="outlook", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Sam,</p>
<p>Leila had a much better morning today &ndash; she cried for about two minutes at the gate and then went
straight over to the water tray with Hamza. She ate all her fruit at snack time and had a little sleep
on the cushions after lunch.</p>
<p>I know you were worried when you left so I wanted to let you know straight away. For the next
couple of weeks while she settles, feel free to send me a message on my mobile
<b>07700&nbsp;900&nbsp;562</b> during the day and I&rsquo;ll send you a quick photo back so you can see
she&rsquo;s OK.</p>
<p>Warm wishes,<br>Priya</p>
<p style="color:#595959;font-size:9pt">Priya Raman<br>Nursery Manager, Acorns Nursery<br>
Example School &amp; Children&rsquo;s Centre<br>Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
""")

M("ta_hotmail_in_signature_portuguese", "flag", FERREIRA, [ALI], "Reunião de quinta-feira / Thursday's meeting",
  "2025-02-03 15:58", """
Dear Mr Guardian,

Your wife asked me at pick-up today whether I could translate at the meeting with Ms Kowalski on Thursday, and yes, I'm happy to. I've checked with Ms Kowalski and she'd like me there anyway.

The meeting is at 3.30pm in the small room next to the library. It's about the extra reading support and the speech and language referral - nothing to worry about.

Para a sua esposa: a reunião é na quinta-feira às 15h30, na salinha ao lado da biblioteca. Não é nada de grave, é só para falarmos sobre o apoio na leitura.

The school email doesn't always reach me because I'm only in three days a week, so if you need anything before Thursday it's quicker to write to my own email (below).

Obrigada,
Joana

Joana Ferreira
Teaching Assistant, Year 4
joana.ferreira84@hotmail.com
Example School, Park Row, LS1 4AP
""", "Portuguese-speaking TA puts personal hotmail in signature and asks parent to use it",
  cte="quoted-printable", mid="outlook")

M("y5_homework_reply_to_gmail", "flag", CHOWDHURY, Y5[:4], "Homework: setting description (The Explorer)",
  "2025-01-14 16:20", """
Hi Chestnut Class,

For homework this week I'd like you to write one paragraph (5-8 sentences) describing the setting at the start of The Explorer. Use at least two of the fronted adverbials we collected on Tuesday and at least one relative clause.

Just reply to this email with your paragraph typed in, or a photo of it if you've written it by hand. The deadline is Friday morning.

If you get stuck, re-read pages 4-7, where Fred wakes up after the crash and sees the jungle for the first time.

Mr Chowdhury
""", "personal gmail only in Reply-To header; pupils told to reply", kind="alt", html_style="gmail",
  mid="gmail", reply_to=("Mr Chowdhury", "mr.chowdhury.y5@gmail.com"))

M("music_private_lessons_cc_gmail", "flag", LINDQVIST, [JANE], "Piano lessons",
  "2024-12-13 09:10", """
Hi Jane,

Lovely to chat at the concert last night. She has a really good ear - she picked up the second part of the round faster than most of the choir.

As I said, I do teach piano privately on Saturday mornings and I'd be happy to take her on if you'd like. It's usually 30 minutes for £22. I can't do it through school, so I've copied in my own email address - if you reply to that one rather than this, we can sort out a time without it getting lost in my school inbox.

Best,
Marcus
--
Marcus Lindqvist
Music Lead
Example School, Park Row, Leeds LS1 4AP
""", "music teacher Cc's his own gmail for private lessons with a pupil's parent",
  cc=[("Marcus Lindqvist", "marcus.lindqvist.piano@gmail.com")], wrap=True)

M("uniform_swap_bags_home_address", "flag", ADEYEMI, [JANE], "Uniform swap bags",
  "2025-03-27 17:45", """
Evening Jane,

Thank you so much for offering to sort the uniform swap bags, you're a star. There are five bin bags at the moment, mostly jumpers and book bags, and a big box of PE shorts that nobody has ever claimed.

I can't leave them in school over the holidays because Paul needs the cupboard for the boiler people, so I've taken them home with me. You're only round the corner from me so just pop over whenever suits - I'm at 41 Quillan Terrace, the blue door next to the launderette, SE15 6QW. Saturday morning is best, I'm in until about 12.

We'll put it all out in the café the first Tuesday back after drop-off.

Lorraine
Breakfast Club
""", "breakfast club lead gives her home address (with postcode) to a parent volunteer",
  cte="8bit")

M("reception_class_whatsapp_link", "flag", LLOYD, PARENTS, "Conkers class WhatsApp",
  "2024-10-02 20:14", """
Dear Conkers families,

A few of you have asked whether there's a class WhatsApp group for reminders like non-uniform days and trip money. The parents' group that was set up in September has got a bit out of hand (!) so I've made a new one just for class messages, which I'll run myself from my phone.

Here is the link to join: https://chat.whatsapp.com/Kx7Hq2LmP0aR9dTzW4vYbN

Please only use it for class things - if it's about your child specifically, come and see me at the door or send an email.

Thank you,
Miss Lloyd
Reception (Conkers Class)
""", "Reception teacher invites parents to a WhatsApp group run from her own phone",
  cte="base64", mid="apple")

M("football_text_me_number_over_linebreak", "flag", REILLY, [Y6[3]], "Saturday",
  "2025-03-03 17:02", """
Hi Tuna,

Great effort on Saturday. You kept going right to the end even when we
were 3-0 down and that's exactly what I want to see from my defenders.

Next match is away at St Bede's on Saturday 8th. Meet at school at 8.45
and we'll walk to the bus stop together. Bring your shin pads this time!

If you can't make it let me know by Thursday so I can sort out the team
sheet. Easiest is just text me on 07700
900431 and I'll get it straight away, I don't check this email much at
the weekend.

Coach Reilly
PE & Sport, Example School
""", "PE coach asks a Year 6 pupil to text his mobile; number split over a line break")

VCARD_WARSAME = crlf("""
BEGIN:VCARD
VERSION:3.0
N:Warsame;Nimco;;;
FN:Nimco Warsame
ORG:Example School Children's Centre
TITLE:Family Support Worker
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=CELL,VOICE:07700 900675
EMAIL;TYPE=WORK:n.warsame@example-school.org.uk
EMAIL;TYPE=HOME:nimco.w1990@yahoo.co.uk
NOTE:Somali / English
END:VCARD
""")

M("family_support_vcard_personal_mobile", "flag", WARSAME, [SAM], "My contact details",
  "2025-01-22 11:05", """
Hi Sam,

It was good to meet you properly at the café this morning. I've attached my contact card so you've got my numbers saved - the mobile on there is my own phone, so you can ring, WhatsApp or Signal me in the evenings if things get difficult with the housing again. Don't worry about the time.

I'll chase the food bank voucher tomorrow and let you know when it's ready to collect.

Take care,
Nimco

Nimco Warsame
Family Support Worker
Example School Children's Centre
""", "family support worker attaches vCard with own mobile and yahoo address",
  mid="outlook", attachments=[("Nimco Warsame.vcf", "text/vcard", VCARD_WARSAME)])

ICS_WHITFIELD = crlf(r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:r39-whitfield-maths-0409@example-school.org.uk
DTSTAMP:20250331T172000Z
DTSTART;TZID=Europe/London:20250409T100000
DTEND;TZID=Europe/London:20250409T110000
SUMMARY:Maths catch-up (times tables)
LOCATION:Flat 2\, 18 Marden Grove\, London SE5 9LT
DESCRIPTION:Bring the times tables book and a pencil. Ring me on 07700 900
 847 if you're running late.
ORGANIZER;CN=Sam Whitfield:mailto:s.whitfield@example-school.org.uk
ATTENDEE;CN=Ali Guardian;RSVP=TRUE:mailto:ali.guardian@btinternet.com
END:VEVENT
END:VCALENDAR
""")

M("easter_tutoring_ics_home_flat", "flag", WHITFIELD, [ALI], "Easter maths sessions",
  "2025-03-31 18:20", """
Hi Ali,

As we discussed, I've put the first session in for the Easter holidays - invite attached so it goes in your calendar. It's easiest to do it at my flat while school is shut, it's only five minutes from you. Bring her times tables book.

Sam
""", ".ics invite: teacher's home flat as LOCATION, own mobile in DESCRIPTION (iCal-folded)",
  mid="outlook", attachments=[("invite.ics", "text/calendar", ICS_WHITFIELD)])

M("fsm_forms_turkish_0044", "flag", DEMIR, [SAM], "Okul yemeği formu / free school meals form – yardım",
  "2024-10-08 15:50", """
Merhaba Sam,

Bugün kapıda konuştuğumuz formlar için yazıyorum. Ücretsiz okul yemeği (free school meals) başvurusunu birlikte doldurabiliriz; sadece son maaş bordronuzu ya da Universal Credit mektubunuzu getirmeniz yeterli. Perşembe sabahı kafede 9'dan 10'a kadar oradayım.

Akşamları da beni arayabilirsiniz: 0044 7700 900 593 (kendi telefonum).

----

Hi Sam,

Following up on the forms we talked about at the gate today. We can fill in the free school meals application together - you only need to bring your last payslip or your Universal Credit letter. I'm in the café on Thursday morning from 9 to 10.

You can also ring me in the evenings on my own phone, 0044 7700 900 593.

Ayşe Demir
EAL & Family Liaison (Turkish)
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""", "Turkish/English: family liaison gives own phone in 0044 form", cte="quoted-printable")

M("birthday_party_number_dots", "flag", BARNES, [ALI], "Re: Party invitation",
  "2025-06-04 21:12", """
Hi Mr Guardian,

Thank you so much for the invitation, that's really sweet of her. I can't believe she's going to be nine!

I'm not sure I'll be able to stay for the whole thing but I'd love to pop in and say happy birthday for a bit. Could you message me the address and time nearer the day? My number's 07700.900.726 - probably easier than email as I don't always check this at the weekend.

Chloe

Sent from my iPhone
""", "former class teacher gives own mobile (dotted) to arrange going to pupil's party",
  kind="alt", html_style="gmail", mid="apple")

M("cafe_rota_home_landline_brackets", "flag", ARSLAN, [JANE], "Thursday café shift",
  "2025-01-08 14:30", """
Dear Jane,

Thank you for putting your name down for the café rota - we've been really short on Thursdays since Fatima went back to work.

The Thursday shift is 8.30 till 10.30: teas and coffees, setting out the toast and clearing up after the toddler group. Hodan will show you where everything is the first time. We've got a new urn so it's much less scary than it used to be!

I'm not in school on Mondays or Fridays, so if you ever need to swap a shift just ring me at home on (020) 7946 0571 - if I don't pick up, my husband will take a message.

See you Thursday,
Zeynep

Zeynep Arslan
Parent Volunteer Co-ordinator
Example School, Park Row, Leeds LS1 4AP
""", "volunteer co-ordinator gives her home landline in brackets", kind="alt", mid="outlook")

M("leaving_mentor_instagram_pupils", "flag", PIKE, Y6, "Thank you, 6 Cedar!",
  "2025-07-16 15:30", """
Hi everyone,

As you know, Friday is my last day at Example School before I start my teacher training in September. I just wanted to say thank you for an amazing two years. You've made me laugh every single day (even the day the fire alarm went off in the middle of the reading paper...).

Good luck at secondary school. Remember: ask for help when you need it, and don't be afraid to be the one who puts their hand up first.

I'm going to be posting my drawings on Instagram @jpike.draws, so follow me if you want to keep in touch - I'll follow you back!

Miss you already,
Mr Pike
Learning Mentor
""", "leaving learning mentor invites Year 6 pupils to follow/be followed on his Instagram",
  kind="alt", html_style="gmail", mid="gmail")

M("half_term_sats_personal_outlook_email", "flag", MENSAH, [JANE], "Re: Revision books for half term?",
  "2025-02-14 07:55", """
Hi Jane,

Yes, the CGP books are fine - the yellow one is the one we use in class. She doesn't need to do the whole thing; ten minutes a day on the arithmetic section would make the biggest difference.

I'm away for the first few days of half term but I'm happy to look at anything she gets stuck on. My school email is switched off over the holidays, so send it to my personal one - gracemensah_home@outlook.com - and I'll have a look when I'm back.

Grace

On Thu, 13 Feb 2025 at 19:42, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Ms Mensah,
> Is it worth buying the revision books for half term or will that just
> confuse her? She's been getting in a state about the arithmetic paper.
> Thanks, Jane
""", "Y6 maths teacher gives her personal outlook.com address for half term", cte="8bit",
  mid="gmail", headers=[("In-Reply-To", "<CAJ8n2xQe0@mail.gmail.com>")])

M("code_club_discord_server", "flag", GRANT, [Y5[0], Y5[2], Y5[3], Y6[0]], "Code Club over Easter",
  "2025-04-04 16:10", """
Hi Code Club,

Brilliant session today - loads of you got your Scratch platformers working, and Hodan's double jump is genuinely better than mine.

Over the holidays I've set up a Discord server where you can share your projects and ask me questions. It's my own server, not a school thing, so there's no homework on it, just games and coding!

Join here: discord.gg/ogrant-codeclub

(If you're not allowed Discord at home, no worries - you can show me your projects after Easter.)

Mr Grant
Computing Lead
Example School | 01632 960000
""", "computing lead invites pupils to his own Discord server", mid="gmail")

M("senco_family_domain_home_email", "flag", KOWALSKI, [ALI], "Paediatrician's letter and OT report",
  "2025-03-10 08:47", """
Dear Mr Guardian,

Thank you for sending in the letter from the paediatrician. I've read it and I'll add the recommendations to her support plan before the review on the 24th.

I'm working from home on Wednesday to finish the EHCP paperwork and our remote access is very slow, so if you manage to get the occupational therapy report scanned before then, could you send it to my home email instead: hannah@kowalski-family.example.net. I'll make sure it goes on her file when I'm back in.

Kind regards,
Hannah Kowalski
SENCo
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", "SENCo asks parent to send reports to her family-domain home email",
  cc=[SENCO], kind="alt", mid="outlook")

M("attendance_sig_personal_mobile_nospace", "flag", DOYLE, [JANE], "Attendance - follow-up to our call",
  "2025-03-07 10:22", """
Dear Ms Parent,

I'm writing following our phone call this morning about your daughter's attendance. As discussed, her attendance this term is currently 88.6% and the school's target is 96%. I understand that most of the absences were because of the chest infection in January and I've noted that on her record.

We agreed that she will come to breakfast club on Mondays and Tuesdays for the next four weeks, and that you will let the office know by 9am on any day she is going to be off. I'll review it with you again on Friday 28 March.

If anything changes in the meantime please get in touch.

Kind regards,

Kevin Doyle
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Office: 01632 960000 | Mob (personal): +447700900942
attendance@example-school.org.uk
""", "attendance officer's signature includes a personal mobile (+44, no spaces)",
  cc=[ATTEND], kind="alt", mid="outlook")

M("eid_party_photos_facebook_request", "flag", AKHTER, [SAM], "Eid party photos",
  "2025-04-04 19:30", """
Hi Sam,

Thank you for all your help at the Eid party yesterday, the samosas were gone in about ten minutes!! The children had such a lovely time.

I took some really nice photos of the little ones having their mehndi done but I can't send them on the school email because they're too big. I've sent you a friend request on Facebook (Rubina Akhter, the one with the sunflowers) - if you accept it I'll send them to you on Messenger tonight.

Rubina
Nursery TA, Acorns
""", "nursery TA sends parent a Facebook friend request to share photos via Messenger",
  kind="alt", cte="base64", html_cte="base64", html_style="gmail", mid="gmail")


# ============================================================ HARD NEGATIVES
M("residential_school_trip_mobile", "clean", OKAFOR, [JANE], "RE: Which number do we ring during Hillbrook?",
  "2025-06-02 12:15", """
Dear Jane,

Good question - I should have put it in the letter. While we're at Hillbrook the school has a trip mobile, which stays with the member of staff on duty at all times, day and night: 07700 900001. It's a school phone, not anyone's personal number, so please save it as "Example School trip" and only use it for anything urgent. For everything else the office (01632 960000) is open as normal and they can get a message to us.

The centre's own reception number is 0118 496 0312, if for any reason you can't get through to us - but please try the trip phone first.

We'll put a few photos on the school website each evening so you can see what they've been up to.

Kind regards,
Daniel Okafor
Year 6 Teacher (6 Cedar) | Residential Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "school-owned trip mobile stated as such, plus outdoor centre's number", kind="alt", mid="outlook")

M("office_data_check_parent_details", "clean", OFFICE, [JANE], "Please check your contact details",
  "2024-09-24 09:30", """
Dear Ms Parent,

As part of our annual data check, please could you confirm that the details we hold for you are still correct:

Contact 1: Jane Parent (Mother)
Mobile: 07700 900123
Email: jane.parent@gmail.com
Address: 7 Harland Court, Albion Street, London SE16 2RN

Contact 2: Marcia Parent (Grandmother)
Mobile: 07700 900388

If anything has changed you can update it in the Arbor app, or simply reply to this email. If everything is correct there's no need to reply.

Many thanks,
Carol Bishop
School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "office reads back the parent's own phone/address and grandmother's number")

M("attendance_reply_quotes_parent_mobile", "clean", ATTEND, [SAM], "RE: Absence today",
  "2025-03-04 09:41", """
Dear Sam,

Thank you for letting us know. I've marked him as an authorised absence for the hospital appointment this morning. Could you bring the appointment letter or card into the office when he comes back so we can keep a copy on file?

I tried to call you back on the number below but it went to voicemail - no need to ring back, it was just to say we'd got your message.

Kind regards,
Attendance Team
Example School
01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 04 March 2025 07:52
To: attendance@example-school.org.uk
Subject: Absence today

Hi he has a hospital appointment at the Evelina at 10 so won't be in this morning, will bring him in after lunch if he's ok. Call me on 07700 900456 if you need anything
Sam
""", "reply quoting the parent's own mobile in an Outlook header block", kind="alt", mid="outlook")

M("y4_swimming_leisure_centre", "clean", REILLY, [ALI], "Year 4 swimming starts next week",
  "2025-01-09 15:35", """
Dear Parents and Carers of Willow Class,

Swimming lessons start on Tuesday 14 January and run for ten weeks. We'll walk to Southgate Leisure Centre (Marlowe Road, SE17 2TB) after morning break and be back in time for lunch.

Please send your child in with:
- a swimming costume or trunks (no long shorts please)
- a towel
- a swimming hat if they have long hair
- a bag to carry it all in, with their name on

Children with a verruca can still swim if they wear a verruca sock. If your child has a medical condition that affects swimming, let the office know before Tuesday.

The leisure centre has asked that any questions about their own swimming clubs, or about booking family swim sessions, go directly to their reception on 020 7946 0488 rather than to school.

Thanks,
Mr Reilly
PE & Sport
Example School | 01632 960000
""", "leisure centre's phone and address given for its own clubs", wrap=True)

M("foodbank_voucher_referral", "clean", WARSAME, [SAM], "Food bank voucher ready",
  "2025-01-23 14:02", """
Hi Sam,

Good news - the food bank voucher has come through. Your reference is FB-2501-0318 and it's valid for three collections.

St Columba's Community Pantry
Church hall, 14 Ravel Road, SE5 8PJ
Open Tuesdays and Fridays, 10am - 12pm

You don't need to bring anything except the reference number (they'll ask your name and the number of people in the household). If Tuesday and Friday mornings are difficult because of work, Marian who runs it can arrange a different time - her number is 0808 157 0214 and it's free to call.

I'll also pop a bag from our own food bank shelf in with him at home time on Friday.

Take care,
Nimco

Nimco Warsame
Family Support Worker
Example School Children's Centre | 01632 960000
""", "food bank address, voucher reference and organiser's freephone number", mid="outlook")

M("salt_clinic_appointment", "clean", RAMAN, [ALI], "Speech and language appointment",
  "2024-11-27 11:18", """
Dear Mr Guardian,

The speech and language therapy team have sent us the appointment for your younger son's assessment:

Wednesday 11 December, 2.15pm
Ferndale Health Centre, Speech & Language Therapy (first floor)
22 Crossway Road, SE15 4LR

If you can't make that time, please ring the SALT admin team directly on 020 7946 0733 as we can't move it for you. It would be really helpful if you could bring his red book.

We've asked them for a Portuguese interpreter for your wife, as you mentioned she'd like to come too.

Kind regards,
Priya Raman
Nursery Manager, Acorns Nursery
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "NHS clinic number and address for a nursery child's appointment", kind="alt", mid="outlook")

M("residential_payment_schedule", "clean", BISHOP, [JANE], "Year 6 residential - payment plan",
  "2025-01-15 10:05", """
Dear Ms Parent,

Thank you for confirming your daughter's place on the Year 6 residential to Hillbrook Outdoor Centre (Monday 9 - Friday 13 June 2025).

The total cost is £285.00. As requested, I have set up a payment plan on ParentPay:

  31 January 2025    £95.00
  28 February 2025   £95.00
  28 March 2025      £95.00

ParentPay item: Y6 Residential 2025 (ref RES25-6C-014)

If your circumstances change, or you'd like to talk about help with the cost, please get in touch - no child misses the residential because of money.

Kind regards,
Carol Bishop
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", "dates, prices and payment references, no phone numbers but the school's")

M("sats_week_timetable_html", "clean", MENSAH, [JANE], "KS2 SATs week - timetable and breakfast",
  "2025-05-01 15:45", "", "SATs timetable: dates, times and durations, HTML-only",
  kind="html", mid="outlook", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Year 6 Parents and Carers,</p>
<p>KS2 SATs week is almost here. Please make sure your child is in school <b>every day</b> and on time
&ndash; the tests start at 9.15am sharp, and children who arrive after the test has started may not be
allowed to sit it.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Test</th><th>Time allowed</th></tr>
<tr><td>Mon 12 May</td><td>Grammar, punctuation &amp; spelling (papers 1 and 2)</td><td>45 min + approx. 15 min</td></tr>
<tr><td>Tue 13 May</td><td>Reading</td><td>60 min</td></tr>
<tr><td>Wed 14 May</td><td>Maths paper 1 (arithmetic) and paper 2 (reasoning)</td><td>30 min + 40 min</td></tr>
<tr><td>Thu 15 May</td><td>Maths paper 3 (reasoning)</td><td>40 min</td></tr>
</table>
<p>There will be a free SATs breakfast in the hall from 8.15am every day (toast, cereal, fruit and
juice). Children with access arrangements have already been told where they will be sitting.</p>
<p>Please don&rsquo;t book appointments during that week. If your child is ill, call the office on
01632 960000 before 8.30am.</p>
<p>Thank you for all your support,<br>Grace Mensah<br>Year 6 Maths Lead</p>
</body></html>
""")

M("school_fund_bank_details", "clean", ARSLAN, PARENTS, "Parents' café fundraiser - how to donate",
  "2024-12-02 13:20", """
Dear families,

A huge thank you to everyone who came to the winter fair on Saturday. Between the cake stall, the tombola and Mrs Achieng's jollof rice we raised £1,146.50 for the food bank and the uniform swap!

Several people asked how they can donate if they weren't able to come. You can pay straight into the School Fund account:

Account name: Example School Fund
Sort code: 30-96-26
Account number: 48120375
Reference: FAIR + your child's surname

Or you can hand cash to the office in an envelope marked "winter fair".

Thank you again - this money keeps the food bank shelf stocked right through to Easter.

Zeynep Arslan
Parent Volunteer Co-ordinator
Example School, Park Row, Leeds LS1 4AP
""", "school fund sort code/account number and amounts", cte="base64")

M("bengali_parents_teams_workshop_dialin", "clean", GRANT, PARENTS, "Online safety workshop for parents (Bengali interpreter)",
  "2025-02-05 12:00", """
Dear Parents and Carers,

Our online safety workshop for parents will be held on Microsoft Teams on Tuesday 11 February at 6.30pm. It lasts about 45 minutes and there will be a Bengali interpreter on the call. If you'd like Somali or Turkish interpretation, please let the office know by Friday.

Join on your computer or phone:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTQ1YjIt%40thread.v2/0

Meeting ID: 348 772 915 046
Passcode: 6Hq2xB

Or call in (audio only):
+44 20 7946 0915,,482117305#   United Kingdom, London
Phone conference ID: 482 117 305#

We'll cover parental controls, screen time, and the apps children in Years 4-6 tell us they're using. You don't need a Teams account.

Mr Grant
Computing Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "Teams meeting ID, passcode and conference dial-in number", kind="alt", mid="outlook")

M("summer_reading_isbns_pupils", "clean", OKAFOR, Y6, "Summer reading list for secondary school",
  "2025-07-14 13:05", """
Hi 6 Cedar,

Here's the reading list I promised. You don't have to read all of them! Pick one or two that sound good. They're all in the local library, and Hartfield and St Saviour's both said they'd love to hear what you read over the summer.

- Malorie Blackman, Pig-Heart Boy - ISBN 978-0-552-55166-3
- Onjali Q. Rauf, The Boy at the Back of the Class - ISBN 978-1-5101-0501-5
- Kiran Millwood Hargrave, The Girl of Ink & Stars - ISBN 978-1-910002-74-7
- Katherine Rundell, The Explorer - ISBN 978-1-4088-5488-1
- Sharna Jackson, High-Rise Mystery - ISBN 978-1-912979-04-1

If you can't find a copy, come and see me before Friday - we've got spares in the book corner you can keep.

Mr Okafor
""", "reading list with ISBNs to Year 6 pupils", mid="gmail")

M("hr_new_ta_starter_details_staffonly", "clean", BISHOP, [HEAD, AMBROSE], "New starter - Nursery TA (Mon 6 Jan)",
  "2024-12-18 16:10", """
Hi Helen, hi Rachel,

Contract is signed for the new nursery TA, so here are her details for the SCR and the emergency contact list. Please don't forward.

Name: Shirin Hossain
Start date: Monday 6 January 2025
Address: 59 Calver Street, London SE15 3NH
Mobile: 07700 900274
Personal email (for payroll only): shirin.hossain88@gmail.com
Emergency contact: Jahid Hossain (husband) 07700 900275
DBS: enhanced with barred list, certificate seen 16/12/2024

Rachel - can you put her on the safeguarding induction on the INSET day? Helen - I've booked her in for the first-aid refresher on the 22nd.

Thanks,
Carol
""", "staff-only HR mail containing a new starter's personal details")

M("staff_christmas_drinks_at_home", "clean", MENSAH, [ALLSTAFF], "End of term drinks at mine!",
  "2024-12-12 16:45", """
Hi everyone,

Since the pub's booked out, I'm having people round at mine after school on Friday 20th - from about 5 till whenever. Partners welcome, bring a bottle and something to share if you can.

Address: 3 Renfrew Mews, off Camber Road, SE17 1RJ (buzzer 3, top floor - sorry about the stairs!)

If you get lost, text me: 07700 900 662.

Grace x
""", "staff-only social invite with a teacher's home address and mobile", mid="apple")

M("esafety_apps_age_limits", "clean", GRANT, PARENTS, "Online safety: apps and age limits",
  "2024-11-15 14:20", "", "e-safety advice naming WhatsApp/TikTok/Snapchat/Roblox with no invitation",
  kind="html", mid="outlook", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>This week in computing Years 4, 5 and 6 talked about the apps they use at home. A lot of them are
already using apps meant for older children, so here is a quick guide.</p>
<ul>
<li><b>WhatsApp</b> &ndash; minimum age 13. Group chats are where most of the falling-out we deal with in school starts.</li>
<li><b>TikTok</b> &ndash; 13+. Accounts for under-16s should be private; Family Pairing lets you link your phone to your child&rsquo;s.</li>
<li><b>Snapchat</b> &ndash; 13+. Turn off Snap Map (&ldquo;Ghost Mode&rdquo;) so strangers can&rsquo;t see where your child is.</li>
<li><b>Roblox</b> &ndash; allowed for younger children, but switch off chat or limit it to friends you know in real life.</li>
<li><b>Discord</b> and <b>Instagram</b> &ndash; 13+, and not suitable for primary-age children.</li>
</ul>
<p>The most important thing is to keep talking: ask who they&rsquo;re chatting to, and make sure they
know they can tell you (or any adult in school) if something online worries them.</p>
<p>Copies of this guide in Bengali, Somali, Turkish, Tamil and Portuguese are available from the office.</p>
<p>Mr Grant<br>Computing Lead<br>Example School &middot; 01632 960000</p>
</body></html>
""")

M("refuses_personal_number_whatsapp", "clean", LLOYD, [JANE], "Re: Your number?",
  "2024-10-10 16:25", """
Hi Jane,

I'm really sorry, but we're not allowed to give out our personal numbers or use WhatsApp with families - it's a school rule and it protects both of us.

The best ways to get hold of me are:
- catching me at the classroom door at drop-off or pick-up
- this email (I check it before 8.30 and after school)
- ringing the office on 01632 960000 and they'll pass a message to me the same day

I'll keep you posted about how she's getting on with her letters this week.

Miss Lloyd

> Hi Miss Lloyd, would it be easier if I had your number so I can just
> WhatsApp you when she's upset in the morning? Jane
""", "teacher refuses to give personal number or use WhatsApp", mid="apple")

M("colleague_cc_line_and_work_mobile", "clean", KOWALSKI, [SAM], "Who to contact during my leave",
  "2025-03-28 15:05", """
Dear Sam,

As I mentioned at the review, I'll be on leave for the first two weeks after Easter. While I'm away:

- For anything about his support plan or the referral: Mrs Ambrose, Deputy Head, on the school's main number 01632 960000.
- For the housing letter and the uniform vouchers: Ms Warsame at the Children's Centre, on the centre's line 01632 960015, or on the Children's Centre work mobile 07700 900610 (this is a school phone, staffed 9-4, so texts are fine).

I'll be back on Tuesday 6 May and will ring you that week.

Kind regards,
Hannah Kowalski
SENCo
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", "colleagues' official school lines: centre extension and centre work mobile", kind="alt", mid="outlook")

M("y6_transition_secondary_contact", "clean", OKAFOR, [JANE], "Transition to Hartfield Academy",
  "2025-06-17 11:30", """
Dear Ms Parent,

I spoke to Hartfield's Year 7 transition lead this morning about your daughter's worries about the bigger site. He's really keen to help and is offering her an extra visit with two other Example School children on Thursday 3 July, before the main induction day.

His details, if you'd like to speak to him directly:
Mr Tobias Reed, Year 7 Transition Lead, Hartfield Academy
020 7946 0219 | transition@hartfield.example.org

I've also passed on the notes from our transition meeting so her new form tutor knows what helps her.

Kind regards,
Mr Okafor
Year 6 Teacher
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "secondary school transition lead's phone and email", wrap=True)

M("portuguese_saturday_school_thirdparty", "clean", FERREIRA, [ALI], "Escola portuguesa ao sábado",
  "2024-09-26 15:40", """
Dear Mr Guardian,

Your wife asked me about Portuguese classes for your daughter at the weekend. The nearest is the Saturday school run by the Portuguese community association at St Anne's church hall, Wendover Street. Classes are 10am - 12.30pm for ages 5 to 14 and the first term is free.

The co-ordinator is Sra. Carla Mendes, telephone 020 7946 0362, email escola@lusocomunidade.example.org.

Para a sua esposa: a escola portuguesa funciona aos sábados das 10h às 12h30 no salão da igreja de St Anne. Pode ligar à Sra. Carla Mendes para o 020 7946 0362.

Best wishes,
Joana Ferreira
Teaching Assistant, Year 4
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""", "community Saturday school co-ordinator's details (third party)", cte="8bit")

M("y2_trip_venue_postcode", "clean", BEGUM, [SAM], "Sycamore Class trip to Fernhill Farm",
  "2025-04-29 15:55", """
Dear Parents and Carers,

Our trip to Fernhill City Farm is next Wednesday, 7 May. We'll leave school at 9.30 and walk there (it's about 20 minutes), then walk back for a late lunch at 1pm.

Address for anyone meeting us there (e.g. parent helpers coming from another drop-off):
Fernhill City Farm, Cobbett Lane, SE16 3DW - we'll be by the goat pens at 10am.

Please make sure your child has:
- a coat (it's outdoors all morning)
- wellies or old trainers in a carrier bag
- a named water bottle

Thank you to the four parents who have volunteered to help - I'll see you at 9.15 in the hall.

Ms Begum
Year 2, Sycamore Class
""", "trip venue address with postcode", wrap=True)

M("health_visitor_dropin_childrens_centre", "clean", WARSAME, [SAM, JANE], "Health visitor drop-in moves to Wednesdays",
  "2025-02-24 10:10", """
Dear families,

From next week the health visitor drop-in at the Children's Centre will move from Monday to Wednesday afternoons, 1.30 - 3.30pm. You can come along to get your baby weighed, ask about feeding or sleep, or just have a cup of tea with other parents.

To book a 1-year or 2-year review, please call the health visiting team directly on 020 7946 0650 (Monday to Friday, 9am - 5pm). We can't book these for you at the centre.

A Somali and Bengali speaking volunteer will be at the drop-in most weeks.

Nimco
Family Support Worker
Example School Children's Centre | 01632 960000
""", "health visiting team's number for booking reviews", kind="alt", mid="outlook")

M("pupil_formal_letter_address_quoted", "clean", CHOWDHURY, [Y5[1]], "Re: my formal letter",
  "2025-03-12 17:30", """
Hi Amina,

This is a really persuasive letter - the paragraph about the crossing outside the library is the best bit, and you've used "furthermore" and "consequently" exactly right.

One important thing: when we write practice letters for school we use the SCHOOL's address at the top, not our home address. Your home address is personal information, so please don't put it in work that you send to people online. I've changed it for you on the copy I've printed for the display.

Mr Chowdhury

On Tue, 11 Mar 2025 at 20:14, Amina Abdi <19aabdi@pupils.example-school.org.uk> wrote:
> Flat 12, Wyndham House
> 40 Carrow Road
> London SE17 2AX
>
> Dear Councillor,
> I am writing to you because the crossing outside the library is very dangerous.
""", "teacher quotes a pupil's own home address back while telling her to use the school's",
  mid="gmail", kind="alt", html_style="gmail")

M("league_organiser_own_mobile_external", "clean", REILLY, [("Fixtures Secretary", "fixtures@southlondonprimaryfootball.example.org")],
  "Saturday 8 March - Example School v St Bede's (U11)",
  "2025-03-04 12:40", """
Hi Gary,

Just confirming we're fine for the U11 fixture at St Bede's on Saturday 8th, 10am kick-off. We'll have 9 players and I'm bringing our own referee's whistle and spare bibs.

On the day my mobile is 07700 900433 if anything changes with the pitch - I'll be travelling with the team so I won't be near a computer.

Cheers,
Tom Reilly
PE & Sport Lead
Example School, Park Row, Leeds LS1 4AP
""", "staff gives own mobile to an external league organiser; no parent/pupil recipient", wrap=True)

M("dbs_parent_volunteer_reference", "clean", BISHOP, [JANE], "Your DBS application for volunteering",
  "2024-10-16 11:50", """
Dear Jane,

Thank you for bringing your ID documents in yesterday. I've verified them and submitted your DBS application for volunteering in the café and on trips.

Application reference: E0037741286
Date submitted: 15/10/2024

You'll receive the certificate in the post, usually in 2-4 weeks. When it arrives, please bring it to the office so I can record the certificate number and issue date on our Single Central Record. Until then you can still help in the café, but not on trips or in classrooms.

If you want to track the application, you can do so online with the reference above and your date of birth.

Kind regards,
Carol Bishop
School Business Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "DBS application reference and dates to a parent volunteer", kind="alt", mid="outlook")

M("staff_sick_personal_mobile_staffonly", "clean", WHITFIELD, [AMBROSE, ("Cover", f"cover@{SCHOOL}")], "Off sick today",
  "2025-02-26 06:48", """
Morning Rachel,

Sorry, I've been up all night with a stomach bug so I won't be in today. Plans for Willow are in the shared drive under Spring 2 > Week 4, and the maths sheets are already photocopied on my desk.

Spelling test is on Friday so it can be moved if needed.

If anything's unclear I'm on 07700 900515 - I'll have my phone next to me.

Sam
""", "staff-only sickness mail with the teacher's own mobile", mid="apple")

M("seesaw_message_me_school_platform", "clean", BARNES, [JANE], "Home learning photos",
  "2024-11-21 15:20", """
Hi Jane,

Thank you for the lovely photos of the leaf collage! Rather than email, could you post them on Seesaw next time? Then they go straight into her journal and I can comment on them with the class. It's the school's account, so you just log in with the home learning code on the green letter.

You can also message me on Seesaw if you have a quick question - I check it every day after school.

Miss Barnes
Year 1, Hazel Class
""", "'message me on Seesaw' - the school's own platform, not a personal channel", mid="gmail")

M("declined_facebook_request", "clean", MENSAH, [ALI], "Facebook",
  "2025-01-27 17:05", """
Dear Mr Guardian,

I hope you don't mind me emailing. I noticed a friend request from you on Facebook at the weekend - please don't take it personally that I've declined it. Staff aren't allowed to be friends with parents or pupils on social media, and it's the same for everyone.

I really appreciated your message about the maths club though. If you ever want to talk about how she's getting on, email me here or ring the office on 01632 960000 and I'll call you back.

Kind regards,
Grace Mensah
Year 6 Maths Lead
Example School, Park Row, Leeds LS1 4AP
""", "teacher explains she has declined a parent's Facebook friend request", kind="alt", mid="outlook")

M("dsl_referral_to_mash_professional", "clean", DSL, [("MASH Team", "mash@childrensservices.example.org")],
  "Referral - Year 3 child - SECURE", "2025-02-11 13:25", """
Dear MASH colleagues,

Further to my phone call at 12.50 today, please find below the referral details. The online referral form has also been completed (ref MASH-25-02117).

Child: [initials] R.M., DOB 14/06/2016, Year 3
Home address: 26 Lyndhurst Buildings, Gaskell Street, London SE17 2PL
Mother: mobile 07700 900 851 (speaks Portuguese; interpreter needed)
Other children in household: sibling aged 2, attends our nursery

Concern: disclosure to class teacher this morning (recorded verbatim on CPOMS, attached to the online form).

I am available on the DSL line, 01632 960000 option 4, until 5pm.

Rachel Ambrose
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
""", "DSL referral to children's services with a family's address and the mother's number", mid="outlook")

M("parent_email_updated_old_hotmail", "clean", OFFICE, [SAM], "Email address updated",
  "2024-09-12 10:40", """
Dear Sam,

As requested at the office this morning, we've updated your email address on our system. All letters and ParentPay receipts will now go to sam.carer@outlook.com instead of your old address (sam.c1979@hotmail.co.uk), which we've removed.

If you use the Arbor app, you may need to log out and back in.

Kind regards,
School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "office reads back the parent's new and old personal email addresses")

M("tamil_school_whatsapp_thirdparty", "clean", RAMAN, [JANE, ALI], "Tamil classes for little ones",
  "2025-01-30 16:15", """
Dear parents,

A few of you asked at stay and play about Tamil classes for the younger children. The Tamil community centre on Old Kent Road runs a Saturday morning group for 3-6 year olds (songs, stories and first letters), 10 - 11.30am, £3 a session.

They organise everything through their own WhatsApp group - if you'd like to join, ring or text the centre's organiser, Mrs Lakshmi Nadarajah, on 020 7946 0147 and she'll add you.

This isn't run by the school, I'm just passing on the details because they've been so popular with our families.

Priya
Nursery Manager, Acorns
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""", "[unsure] third-party community group's own WhatsApp, organiser's number; no staff channel",
  cte="quoted-printable")

M("gmail_reply_quotes_father_number", "clean", WHITFIELD, [ALI], "Re: Times tables check",
  "2025-05-13 16:50", """
Hi Mr Guardian,

Thanks for your message. The multiplication check is a short online test - 25 questions, 6 seconds each - and it's happening in the week of 9 June. It's nothing to worry about and there's no pass mark.

She's been practising on Times Tables Rock Stars and her 7s and 8s are much quicker than at Christmas. If you'd like, I can give you a ring on Thursday after school to go through what she finds tricky - I'll call from school on the number in your email.

Mr Whitfield

On Mon, 12 May 2025 at 21:03, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Dear Mr Whitfield,
> Is the times tables test something we need to prepare for? She gets
> very anxious. You can call me on 07700 900789 after 5 or on our home
> phone 020 7946 0092.
> Regards, Ali Guardian
""", "reply quoting the father's own mobile and home landline", mid="gmail", cte="quoted-printable")


# ================================================================== EVERYDAY
M("y5_place_value_homework", "clean", CHOWDHURY, Y5, "Maths homework - place value",
  "2025-01-17 15:50", """
Hi Chestnut Class,

This week's maths homework is on Google Classroom now. It's place value again, because lots of you were still mixing up the hundred thousands and the millions in Thursday's quiz.

There are three parts:
1. Write these numbers in words: 2,406,015 / 870,300 / 1,009,090
2. Put the five cities in order of population (the table is on the sheet).
3. The challenge question - only if you want to - is the one about rounding the football crowd.

Please hand it in by Wednesday 22nd January. If you can't get online at home, the library computers are free at lunchtime on Monday and Tuesday, or ask me for a paper copy.

Mr Chowdhury
Year 5, Chestnut Class
""", "everyday: Year 5 maths homework to pupils", mid="gmail", kind="alt", html_style="gmail")

M("lost_jumper_reply", "clean", BEGUM, [SAM], "Re: Lost jumper",
  "2024-10-14 16:05", """
Hi Sam,

I've had a look in the classroom and in the lost property box in the hall but no luck so far. Most of the Year 2 jumpers aren't named so it's probably on someone else's peg - I'll ask the children to check theirs in the morning.

If it doesn't turn up, there are usually a few in his size on the uniform swap rail in the café on Tuesdays and Fridays.

Farhana
""", "everyday: reply to parent about lost jumper", wrap=True)

M("nursery_spare_clothes_wellies", "clean", RAMAN, [SAM], "Spare clothes",
  "2024-10-21 14:40", """
Dear Sam,

Just a quick one - Leila's spare clothes bag came home today because we used everything in it after a very enthusiastic session in the mud kitchen! Could you pop a fresh set in (trousers, pants, socks and a top) when she comes in tomorrow?

Now the weather's turning it would also help if she had wellies that can stay at nursery. We have a few spare pairs donated by other families if you need some - just ask at the door.

Thanks,
Priya
Acorns Nursery
Example School & Children's Centre | 01632 960000
""", "everyday: nursery spare clothes request", kind="alt", mid="outlook")

M("cover_thursday_staff", "clean", AMBROSE, [CHOWDHURY, FERREIRA, BARNES, MENSAH, KOWALSKI], "Cover for Thursday",
  "2025-02-04 12:55", """
Hi all,

Cover for Thursday (Year 5 at the Globe workshop):

AM
- Chestnut: Mr Chowdhury out, Ms Ferreira covering with the plans on the shared drive
- Hazel: Miss Barnes's PPA moves to Friday
- Interventions in the library cancelled, sorry Hannah

PM
- Ms Mensah on lunch duty instead of Mr Chowdhury (thank you Grace!)
- Assembly: I'll take it

If you're affected and I've missed something, let me know by tomorrow lunchtime.

Rachel

Rachel Ambrose
Deputy Headteacher
""", "everyday: staff cover arrangements", mid="outlook")

NEWSLETTER_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1b4d89;color:#fff"><h1 style="margin:0;font-size:22px">Example School News</h1>
<p style="margin:4px 0 0">Friday 7 March 2025</p></td></tr>
<tr><td>
<p>Dear families,</p>
<p>What a week! Thank you to everyone who came to <b>World Book Day</b> on Thursday &ndash; we counted
eleven Gruffalos, a whole family of Paddingtons, and a brilliant Anansi in Year 3.</p>
<h2 style="font-size:17px;color:#1b4d89">Ramadan</h2>
<p>Ramadan Mubarak to all our families who are fasting. Children who are fasting can spend lunchtime in the
library with Mrs Akhter. Please let your class teacher know so that we can look after them, especially on PE days.</p>
<h2 style="font-size:17px;color:#1b4d89">Attendance</h2>
<p>Class of the week: <b>Willow (Year 4)</b> with 98.9%. Whole school this term: 94.2%.</p>
<h2 style="font-size:17px;color:#1b4d89">Uniform swap and food bank</h2>
<p>The uniform swap rail is in the parents&rsquo; caf&eacute; every Tuesday and Friday morning. We are
especially short of age 7&ndash;8 trousers and Year 6 PE tops. The food bank shelf is open to anyone who needs it, no questions asked.</p>
<h2 style="font-size:17px;color:#1b4d89">Dates</h2>
<ul>
<li>Tue 11 March &ndash; Year 2 assembly, 9am</li>
<li>Thu 20 March &ndash; Parents&rsquo; evening (Nursery to Year 6), 3.30&ndash;7pm</li>
<li>Fri 4 April &ndash; Last day of term, 2pm finish</li>
</ul>
<p>Have a lovely weekend,<br>Helen Whitcombe<br>Headteacher</p>
</td></tr>
<tr><td style="font-size:11px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""

M("weekly_newsletter_march", "clean", HEAD, PARENTS, "Example School News - Friday 7 March",
  "2025-03-07 15:30", """
EXAMPLE SCHOOL NEWS - Friday 7 March 2025

Dear families,

What a week! Thank you to everyone who came to World Book Day on Thursday - we counted eleven Gruffalos, a whole family of Paddingtons, and a brilliant Anansi in Year 3.

RAMADAN
Ramadan Mubarak to all our families who are fasting. Children who are fasting can spend lunchtime in the library with Mrs Akhter. Please let your class teacher know so that we can look after them, especially on PE days.

ATTENDANCE
Class of the week: Willow (Year 4) with 98.9%. Whole school this term: 94.2%.

UNIFORM SWAP AND FOOD BANK
The uniform swap rail is in the parents' café every Tuesday and Friday morning. We are especially short of age 7-8 trousers and Year 6 PE tops. The food bank shelf is open to anyone who needs it, no questions asked.

DATES
- Tue 11 March - Year 2 assembly, 9am
- Thu 20 March - Parents' evening (Nursery to Year 6), 3.30-7pm
- Fri 4 April - Last day of term, 2pm finish

Have a lovely weekend,
Helen Whitcombe
Headteacher

Example School, Park Row, Leeds LS1 4AP - 01632 960000 - office@example-school.org.uk
""", "everyday: weekly newsletter (HTML + text)", kind="alt", html_body=NEWSLETTER_HTML)

TRIP_PDF = make_pdf([
    "Example School, Park Row, Leeds LS1 4AP    Tel 01632 960000",
    "",
    "Year 4 (Willow Class) - visit to Discovery Works",
    "Wednesday 5 March 2025",
    "",
    "Leave school 9.15am by train. Return by 3.00pm.",
    "Voluntary contribution: 5.00 pounds (ParentPay).",
    "Packed lunch needed (no nuts). FSM lunches provided by the kitchen.",
    "",
    "CONSENT FORM",
    "I give permission for my child ______________________ to go on the trip.",
    "Medical needs / allergies: ______________________________________",
    "Signed (parent/carer): ____________________   Date: __________",
])

M("y4_trip_letter_pdf", "clean", WHITFIELD, [ALI], "Year 4 trip to Discovery Works - letter and consent form",
  "2025-02-10 15:40", """
Dear Parents and Carers,

As part of our science topic on electricity, Willow Class will be visiting Discovery Works on Wednesday 5 March. We'll travel by train and be back in time for the end of the day.

Please read the attached letter, then fill in the consent form and return it to me (or give consent on Arbor) by Friday 14 February. There's a voluntary contribution of £5 to help with costs; no child will miss out if you can't pay.

Children will need a packed lunch (no nuts please), a coat and their school uniform. Children who have free school meals will be given a packed lunch by the kitchen.

We still need two parent helpers. If you can help and have a current DBS through the school, please let the office know.

Thank you,
Mr Whitfield
Year 4 Teacher
""", "everyday: trip letter with PDF consent form", mid="outlook",
  attachments=[("Y4 Discovery Works trip letter.pdf", "application/pdf", TRIP_PDF)])

M("reports_going_home", "clean", HEAD, PARENTS, "End of year reports",
  "2025-07-10 12:00", """
Dear Parents and Carers,

End of year reports will go home in book bags on Monday 14 July. Year 6 reports include their KS2 results, which will be handed out in an envelope addressed to you.

If you'd like to talk about your child's report, the class teachers will be available after school on Wednesday 16 and Thursday 17 July - please book a slot at the office. Translated summaries are available in Bengali, Somali, Turkish, Tamil and Portuguese; just ask your child's teacher.

Thank you for all your support this year.

Helen Whitcombe
Headteacher
Example School, Park Row, Leeds LS1 4AP
""", "everyday: reports going home", wrap=True)

M("slt_meeting_notes", "clean", WHITCOMBE, [SLT], "SLT notes 21 Jan",
  "2025-01-21 18:05", """
Hi all,

Quick notes from tonight, full minutes to follow on the drive.

1. Attendance: persistent absence down to 16% (from 19% in the autumn). Kevin to start Monday coffee mornings in the café with the EWO.
2. SATs: booster groups confirmed (Grace maths, Daniel reading). Breakfast for SATs week - Lorraine to cost it.
3. Residential: 4 families still to pay deposit. Carol to follow up; use Pupil Premium where eligible.
4. Children's Centre: Nimco reports food bank use up a third since Christmas. Talk to the diocese about a second shelf.
5. Ofsted window: nothing new. Keep the SEF updated.

Next meeting Tuesday 4 Feb.

Helen
""", "everyday: SLT meeting notes, staff-only", mid="outlook")

M("breakfast_club_places", "clean", ADEYEMI, PARENTS, "Breakfast club - spaces from after half term",
  "2025-02-12 14:15", """
Dear Parents and Carers,

We have a few spaces at Breakfast Club from Monday 24 February.

Breakfast Club runs every school day from 7.45am to 8.45am in the small hall. The children have toast, cereal, fruit and milk, and can play games or read until the classrooms open.

Cost: £1.50 per day (£7.50 for a full week), paid on ParentPay
Free for children who get free school meals

To book, please fill in the form at the office. Places are first come, first served, but we always keep a few for families who need them most - speak to Nimco or me if that's you.

Lorraine Adeyemi
Breakfast Club Lead
""", "everyday: breakfast club times and prices", wrap=True)

M("cafe_volunteers_thanks", "clean", ARSLAN, [JANE, SAM], "Thank you, café volunteers!",
  "2024-11-29 13:05", """
Dear café volunteers,

Just a little note to say thank you. This half term the parents' café has served over 600 cups of tea, the toddler group has doubled, and the English conversation group on Wednesdays now has fourteen mums and two dads coming every week.

Special thanks to Jane for taking on the Thursday shift, and to Sam for fixing the wobbly table (finally!).

We're having a volunteers' lunch in the café on Friday 13 December at 12.30 - Sevgül is making börek and Mrs Sivakumar has promised her vadai. Please come.

Teşekkürler / thank you,
Zeynep
""", "everyday: thanks to parent volunteers", cte="8bit")

M("sats_revision_pupils", "clean", MENSAH, Y6, "Arithmetic practice for this week",
  "2025-04-28 16:00", """
Hi Year 6,

Two more weeks to go, and you're ready. Honestly.

This week, instead of a big homework, please do one arithmetic paper on Google Classroom every night (Monday to Thursday). They take about 20 minutes. Mark it yourself using the answers at the end, then write down the two questions you got wrong and bring them to booster on Friday.

Remember:
- show your working for long multiplication and division
- check your fractions are in their simplest form
- if you're stuck, move on and come back to it

Get some sleep as well. Nobody ever did better in a test by staying up late.

Ms Mensah
""", "everyday: SATs revision mail to pupils", mid="gmail")

M("reading_records_reminder", "clean", LLOYD, PARENTS, "Reading records",
  "2024-11-04 15:15", """
Dear Conkers families,

A gentle reminder to bring reading records in every day, please - we change books on Mondays and Thursdays. Even five minutes of sharing a book counts!

Thank you,
Miss Lloyd
""", "everyday: short reading records reminder", mid="apple")

HARVEST_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Parents and Carers,</p>
<p>Our <b>Harvest assembly</b> will be on <b>Friday 4 October at 9.15am</b> in the big hall, and everyone is welcome.</p>
<p>This year all our Harvest donations will go to the <b>school food bank shelf</b> and to St Columba&rsquo;s
Community Pantry. The things they need most are:</p>
<ul><li>tinned tomatoes, beans and chickpeas</li><li>rice and pasta</li><li>long-life milk</li>
<li>tea bags and sugar</li><li>toothpaste, soap and nappies (sizes 4 and 5)</li></ul>
<p>Please bring donations to your child&rsquo;s classroom any day next week. Please no fresh food or anything out of date.</p>
<p>Thank you for your generosity &ndash; it makes a real difference to families in our community.</p>
<p>School Office<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</body></html>
"""

M("harvest_food_bank_donations", "clean", OFFICE, PARENTS, "Harvest assembly and food bank donations",
  "2024-09-27 10:00", "", "everyday: harvest/food bank appeal, HTML-only", kind="html",
  html_body=HARVEST_HTML)

M("eid_celebration_invite", "clean", DEMIR, PARENTS, "Eid celebration in the café – Thursday 3 April 🌙",
  "2025-03-25 14:30", """
Dear families,

To celebrate Eid al-Fitr, we're holding an Eid party in the parents' café on Thursday 3 April from 2pm to 3.15pm. Families from every background are very welcome!

There will be mehndi, Eid cards made by the nursery children, and a shared table. If you'd like to bring some food to share, please label anything containing nuts.

Eid Mubarak · Eid Mubarak · Bayramınız mübarek olsun · Ciid wanaagsan · ঈদ মোবারক

Ayşe Demir
EAL & Family Liaison
Example School
""", "everyday: Eid party invitation, multilingual, encoded subject", cte="8bit", mid="outlook")

M("first_day_absence_call", "clean", ATTEND, [ALI], "Absence - Example Pupil Three",
  "2025-01-29 09:35", """
Good morning Mr Guardian,

Example Pupil Three hasn't arrived at school this morning and we haven't had a message. Please could you call the office on 01632 960000, or reply to this email, to let us know she is safe.

Attendance Team
""", "everyday: two-line first-day absence call")

M("pe_days_change", "clean", REILLY, PARENTS, "PE days from Monday",
  "2025-04-23 15:10", """
Dear Parents and Carers,

From Monday 28 April, PE days change because the swimming timetable has moved:

Reception and Year 1: Monday and Thursday
Years 2 and 3: Tuesday and Friday
Years 4, 5 and 6: Wednesday and Friday

Children should come to school in their PE kit on those days (white or navy T-shirt, navy shorts or joggers, trainers). Earrings must be removed or taped - please do this at home if you can.

Thanks,
Mr Reilly
PE & Sport
""", "everyday: PE days change", kind="alt", mid="outlook")

LICE_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>We have had a few cases of head lice reported in <b>Year 2</b> this week. Please don&rsquo;t worry &ndash; this is
very common in primary schools and has nothing to do with cleanliness.</p>
<p>Please check your child&rsquo;s hair this weekend using a fine-toothed comb on wet hair with conditioner. If you find
live lice, treat your child and everyone in the house on the same day, and repeat after a week.</p>
<p>Children do not need to stay off school. Long hair tied back helps a lot.</p>
<p>Treatment is available free from most pharmacies under the Pharmacy First scheme &ndash; just ask at the counter.</p>
<p>Thank you,<br>School Office</p>
</body></html>
"""

M("head_lice_letter_base64", "clean", OFFICE, [SAM], "Head lice in Year 2",
  "2025-01-31 12:45", "", "everyday: head lice letter, HTML-only base64", kind="html", cte="base64",
  html_body=LICE_HTML)

M("inset_day_agenda", "clean", AMBROSE, [ALLSTAFF], "INSET Monday 6 January - agenda",
  "2025-01-03 11:20", """
Hi everyone,

Hope you've all had a restful break. Here's Monday's INSET plan:

8.45   Breakfast in the staffroom (thank you Lorraine)
9.00   Safeguarding update - KCSIE changes, online safety, CPOMS refresher (Rachel)
10.30  Break
10.45  Phonics: Little Wandle keep-up groups (Bethan and the EYFS team)
12.00  Lunch
1.00   Year group planning time
2.30   Site walk: new fire assembly point and the nursery gate (Paul)
3.15   Finish

Support staff: please come to the safeguarding session and the site walk; the rest of the afternoon is for your own training on the National College.

Rachel
""", "everyday: INSET agenda to all staff", mid="outlook")

M("violin_lesson_moved_pupil", "clean", LINDQVIST, [Y5[2]], "Violin lesson this week",
  "2025-03-17 08:25", """
Hi Diogo,

Your violin lesson this week is moving from Wednesday to Thursday, 11.10-11.40, because I'm taking the choir to rehearse at the cathedral on Wednesday. Mr Chowdhury knows.

Keep practising the G major scale - two octaves by the concert!

Mr Lindqvist
""", "everyday: instrument lesson moved, to pupil")

M("story_feedback_pupil", "clean", CHOWDHURY, [Y5[4]], "Re: My story",
  "2025-02-27 16:45", """
Hi Elif,

I loved this! The opening line - "The lift stopped between the ninth and tenth floors, and the lights went out" - made me want to keep reading straight away.

Two things to work on:
1. Your dialogue needs a new line each time someone new speaks.
2. The ending happens very fast. Can you add a paragraph where Mira works out how to open the hatch?

Please redraft it on Google Docs by Monday and I'll put it up on the writing wall.

Mr Chowdhury
""", "everyday: feedback on a pupil's story", mid="gmail", kind="alt", html_style="gmail")

KIT_PDF = make_pdf([
    "Hillbrook Outdoor Centre - Year 6 residential, 9-13 June 2025",
    "KIT LIST (please label everything)",
    "",
    "- Sleeping bag and pillowcase (the centre provides a pillow)",
    "- Waterproof coat and waterproof trousers",
    "- 2 pairs of trainers or walking shoes (one pair WILL get wet)",
    "- 5 T-shirts, 2 jumpers or fleeces, 3 pairs of trousers or joggers",
    "- Underwear and socks for 5 days, plus spares",
    "- Pyjamas, towel, wash bag, toothbrush and toothpaste",
    "- Sun cream, sun hat, water bottle",
    "- Medicines in original packaging, handed to Mr Okafor on the day",
    "",
    "NOT allowed: phones, tablets, smart watches, sweets, money.",
])

M("residential_kit_list_pdf", "clean", OKAFOR, [JANE], "Hillbrook kit list",
  "2025-05-16 15:20", """
Dear Year 6 Parents and Carers,

Attached is the kit list for Hillbrook. Please label everything - last year we came back with a whole bin bag of unnamed socks!

A few of you have asked about sleeping bags. We have six school sleeping bags to lend; please let the office know by Friday 30 May if you'd like one. The uniform swap rail also has some waterproofs at the moment.

Suitcases need to be in the hall by 8.15am on Monday 9 June. The coach leaves at 9.

Many thanks,
Mr Okafor
""", "everyday: residential kit list with PDF", mid="outlook",
  attachments=[("Hillbrook kit list 2025.pdf", "application/pdf", KIT_PDF)])

M("boiler_site_staff", "clean", FENWICK, [ALLSTAFF], "Heating - KS1 corridor",
  "2025-01-13 07:20", """
Morning all,

The boiler for the KS1 block tripped overnight. The engineer is on his way and should have it going by 10. Until then, the KS1 classrooms will be cold - I've put the portable heaters in Sycamore and Hazel, and the hall is warm if you need to bring children in there for the first session.

Please don't plug any more heaters into the same socket, the old wiring won't take it.

Paul
Site Manager
""", "everyday: site manager staff notice", mid="apple")

M("senco_review_meeting", "clean", SENCO, [ALI], "Support plan review - Monday 24 March",
  "2025-03-12 14:00", """
Dear Mr Guardian,

I'd like to invite you to your daughter's support plan review on Monday 24 March at 3.45pm, in the meeting room by the main office. Mr Whitfield, her class teacher, will also be there, and Ms Ferreira will join us to interpret for your wife.

We'll look at:
- her progress with the reading intervention since January
- the recommendations from the paediatrician's letter
- what we'll put in place for Year 5

If the time doesn't suit, let me know and I'll find another date. You're welcome to bring someone with you.

Kind regards,
Hannah Kowalski
SENCo
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", "everyday: SENCo meeting invitation", kind="alt", mid="outlook")

M("school_photos", "clean", OFFICE, PARENTS, "School photos - Tuesday 8 October",
  "2024-10-01 11:10", """
Dear Parents and Carers,

The photographer will be in school on Tuesday 8 October for individual and sibling photos.

Sibling photos (including brothers and sisters in our nursery) will be taken from 8.15 to 8.45 in the small hall. Please come in through the main office.

Proofs will come home about three weeks later with instructions for ordering online. There's no obligation to buy.

If you do not want your child photographed, please let the office know by Friday.

School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "everyday: school photos notice")

M("phonics_workshop_parents", "clean", LLOYD, PARENTS, "Phonics workshop for Reception parents",
  "2024-09-30 15:30", """
Dear Conkers families,

You are warmly invited to our phonics workshop on Thursday 10 October, 2.30-3.15pm, in the Reception classroom. We'll show you how we teach the children to read with Little Wandle, practise saying the sounds the right way ("mmm", not "muh"!), and give you some games to play at home.

Little ones are welcome. Interpreters for Bengali and Somali will be there - please tell us at the door if you'd like one for another language.

We'll finish in time for pick-up.

Miss Lloyd and the EYFS team
""", "everyday: phonics workshop invitation", kind="alt", html_style="gmail", mid="gmail")

STAYPLAY_PDF = make_pdf([
    "EXAMPLE SCHOOL CHILDREN'S CENTRE - SPRING TIMETABLE",
    "",
    "Monday    9.30-11.00   Stay and Play (0-4 years)",
    "Tuesday   1.30-2.30    Baby Massage (under 6 months)",
    "Wednesday 1.30-3.30    Health visitor drop-in",
    "Thursday  9.30-11.00   Stay and Play in Bengali and Somali",
    "Friday    10.00-11.00  Rhyme Time in the library",
    "",
    "All sessions free. Just come along.",
    "Park Row, Leeds LS1 4AP   01632 960000",
])

M("stay_and_play_spring_timetable", "clean", RAMAN, [SAM], "Stay and Play - spring timetable",
  "2025-01-07 10:30", """
Dear Sam,

Lovely to see you and Leila's little brother at Stay and Play before Christmas. Here's the spring timetable for the Children's Centre - the Thursday session is now run in Bengali and Somali as well as English, and the Friday rhyme time has moved to the library.

All sessions are free and you don't need to book.

Best wishes,
Priya

Priya Raman
Nursery Manager
Example School & Children's Centre
""", "everyday: children's centre timetable with PDF flyer", cte="base64", mid="outlook",
  attachments=[("Childrens Centre spring timetable.pdf", "application/pdf", STAYPLAY_PDF)])

M("head_thanks_staff_fair", "clean", WHITCOMBE, [ALLSTAFF], "Thank you",
  "2024-12-09 07:45", """
Dear all,

Just a proper thank you for Saturday. Over 400 people through the door, £1,146.50 raised for the food bank and the uniform swap, and not one lost child. The café team were incredible, and I've never seen Paul so happy as when the raffle finished.

Have a quieter week. Cake in the staffroom at break.

Helen
""", "everyday: head thanks staff, short", mid="apple")

M("fsm_application_reminder", "clean", BISHOP, PARENTS, "Free school meals - please check if you can apply",
  "2024-09-19 13:40", """
Dear Parents and Carers,

All children in Reception, Year 1 and Year 2 get a free school lunch. But if your family gets certain benefits (for example Universal Credit with household earnings under £7,400 a year), please still apply for free school meals. It also means the school gets extra funding for your child, which pays for things like breakfast club, music lessons and help with the Year 6 residential.

You can apply online through the council website, or come to the café on a Thursday morning and Ms Demir or Ms Warsame will help you fill in the form. Help is available in Turkish, Somali, Bengali and Portuguese.

Kind regards,
Carol Bishop
School Business Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", "everyday: free school meals reminder", kind="alt", mid="outlook")

WBD_HTML = """<div dir="ltr">
<p>Dear Sycamore families,</p>
<p><b>World Book Day</b> is on <b>Thursday 6 March</b>! Children can come dressed as a character from a book,
or in their pyjamas with their favourite bedtime story.</p>
<p>Please don&rsquo;t feel you have to buy a costume. There&rsquo;s a dressing-up rail next to the uniform swap
in the caf&eacute; &ndash; help yourself on Tuesday or Friday morning, and bring things back afterwards if you can.</p>
<p>Each child will get a &pound;1 book token to spend at the book fair in the library that afternoon.</p>
<p>Ms Begum</p>
</div>
"""

M("world_book_day_y2", "clean", BEGUM, PARENTS, "World Book Day",
  "2025-02-28 15:25", "", "everyday: World Book Day note, HTML-only", kind="html",
  html_body=WBD_HTML, mid="gmail")

M("marathon_road_closures_forward", "clean", WHITCOMBE, [ALLSTAFF], "FW: Road closures Sunday 27 April",
  "2025-04-24 08:05", """
FYI - if you're driving in for the Saturday club or the Sunday lettings, please check the routes below. The school car park will be closed all Sunday.

Helen

---------- Forwarded message ---------
From: Highways Events <events@highways.example.org>
Date: Wed, 23 Apr 2025 at 17:12
Subject: Road closures Sunday 27 April
To: Headteachers and Business Managers

Dear colleague,

Due to the marathon, the following roads will be closed from 06:00 to 18:00 on Sunday 27 April:

- Park Row (both directions between the roundabout and Bridge Street)
- Tower Approach
- Jamaica Road (eastbound)

Please share with staff and any groups using your premises that day.

Events Team
""", "everyday: head forwards council road-closure notice to staff", mid="gmail")


# ====================================================================== main
README = """# Round 39 held-out corpus: personal-address-to-parent

**BLIND, never use for tuning.** Nobody tuned the filter on these messages, and nobody
should. Don't look at them while you change rules or code. Use them only to measure.

## What it is

{total} complete RFC 5322 messages (`.eml`) of outgoing mail from staff at a fictional large
inner-London primary school (ages 3-11) with a nursery and a children's centre, and a
`labels.csv` saying whether the school's policy says each message should be held (`flag`) or
allowed (`clean`) under the rule that staff must not give parents or pupils their own personal
phone number, personal e-mail, home address, or an invitation to a private channel (WhatsApp,
Facebook, Instagram, Discord, ...).

The setting is families who speak Somali, Bengali, Tamil, Turkish and Portuguese, a parents'
café with parent volunteers, a food bank and uniform swap, breakfast club, Year 6 residential
and SATs, and staff who live locally.

## How it was made

The messages were written by hand by a helper working blind: it did not read the filter's code,
rules, tests or docs. It read only the school policy, `config.example.yaml` (the school's
identity) and `directory/parents.csv`. `make_round39_personal.py` (one directory up) holds the
texts and builds the MIME with the Python 3.11 standard library. Dates, Message-IDs and MIME
boundaries are fixed, so the output is byte-identical on every run. All names, addresses and
mailboxes are invented. Phone numbers come from the Ofcom drama ranges. Third-party
organisations use example.com/.org/.net.

## How to regenerate

    python3 tests/holdout/round39/make_round39_personal.py

## Counts

| expected | count |
|---|---|
| flag | {nflag} |
| clean (everyday) | {neveryday} |
| clean (hard negatives) | {nhard} |
| **total** | **{total}** |

Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative
(Outlook and Gmail style), HTML-only, and attachments (PDF, vCard, iCalendar). Some messages are
replies with `>` quotes, "On ... wrote:" blocks or Outlook "From/Sent/To/Subject" blocks, and
one is a forward. Some subjects and display names are RFC 2047 encoded (Turkish, Portuguese,
Bengali, emoji).

## Kinds of case

Flag (staff to at least one parent or pupil):
- own mobile in many forms: plain, hyphens, dots, +44, 0044, +44 with no spaces in a
  signature, `&nbsp;` inside HTML, split over a line break
- home landline in brackets; home address with postcode; tutoring at the teacher's flat (.ics)
- personal e-mail in the body, in a signature, in Cc, only in Reply-To, on a family domain
- vCard attachment with own mobile and personal e-mail
- private channels: class WhatsApp group link, Facebook friend request, Instagram "I'll follow
  you back", own Discord server, WhatsApp/Signal invitation

Hard-negative clean:
- school trip mobile stated as a school phone; Children's Centre line and work mobile
- parent's own details read back (data check, e-mail change) or quoted in replies; a pupil's
  own address quoted back with advice not to share it
- third parties: outdoor centre, leisure centre, NHS clinic, health visitors, food bank,
  secondary school, community Saturday school, a community group's own WhatsApp [unsure]
- numbers that aren't phones: prices, payment plans, sort code and account, ISBNs, Teams
  meeting ID and dial-in, DBS reference, SATs timetable
- staff-only mail with personal details (HR new starter, staff party at home, sick day); staff
  mobile given to an external league organiser; DSL referral to children's services
- e-safety advice that names apps; staff refusing a personal number; declining a parent's
  Facebook request; "message me on Seesaw" (the school's platform)

Everyday clean: newsletters, trip letters, reports, homework and feedback to pupils, nursery
notes, breakfast club, café volunteers, Eid party, SATs revision, cover, INSET, site notices,
SLT notes, absence calls, school photos, head lice, World Book Day.
"""


WRAP = {"first_day_absence_call", "slt_meeting_notes", "hr_new_ta_starter_details_staffonly",
        "school_photos", "violin_lesson_moved_pupil", "boiler_site_staff",
        "staff_sick_personal_mobile_staffonly", "head_thanks_staff_fair",
        "dsl_referral_to_mash_professional", "summer_reading_isbns_pupils",
        "parent_email_updated_old_hotmail", "refuses_personal_number_whatsapp",
        "office_data_check_parent_details", "code_club_discord_server"}


def main():
    for m in MESSAGES:
        if m["slug"] in WRAP:
            m["wrap"] = True
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml") or fn in ("labels.csv",):
            os.remove(os.path.join(OUT, fn))
    order = list(range(len(MESSAGES)))
    random.Random(39).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(build(m))
        recips = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], recips, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    nflag = sum(1 for m in MESSAGES if m["label"] == "flag")
    neveryday = sum(1 for m in MESSAGES if m["note"].startswith("everyday:"))
    nclean = len(MESSAGES) - nflag
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=len(MESSAGES), nflag=nflag, neveryday=neveryday,
                              nhard=nclean - neveryday))
    print(f"wrote {len(MESSAGES)} messages ({nflag} flag, {nclean} clean) to {OUT}")


if __name__ == "__main__":
    main()
