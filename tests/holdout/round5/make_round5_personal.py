#!/usr/bin/env python3
"""Round 5 BLIND hold-out corpus for the mailguard module "personal-address-to-parent".

Writes personal-address-to-parent/NNN_<flag|clean>_<slug>.eml and labels.csv next to this
script. Python 3.11 standard library only; deterministic (fixed dates, Message-IDs and MIME
boundaries), so running it twice gives byte-identical files.

    python3 tests/holdout/round5/make_round5_personal.py

Written without looking at mailguard's code, rules, tests or docs. Never tune on it.
"""
import base64
import csv
import hashlib
import html as htmlmod
import quopri
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "personal-address-to-parent"
DOM = "example-school.org.uk"
PDOM = "pupils.example-school.org.uk"

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def S(name, local):
    """A staff address."""
    return (name, f"{local}@{DOM}")


def P(name, local):
    """A pupil address."""
    return (name, f"{local}@{PDOM}")


# ---------------------------------------------------------------------------------------------
# Small, deterministic MIME writer (hand-rolled so every byte is under our control).
# ---------------------------------------------------------------------------------------------

def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def h(*parts, n=40):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def rfc_date(stamp):
    """'2025-01-07 16:12' (UK local time) -> RFC 5322 date with the right GMT/BST offset."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M")
    start = last_sunday(local.year, 3).replace(hour=1)
    end = last_sunday(local.year, 10).replace(hour=1)
    off = 1 if start <= local < end else 0
    tz = timezone(timedelta(hours=off))
    d = local.replace(tzinfo=tz)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} "
            f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} +0{off}00")


def enc_word(s, mode):
    b = s.encode("utf-8")
    if mode == "B":
        return "=?utf-8?B?" + base64.b64encode(b).decode() + "?="
    out = []
    for byte in b:
        ch = chr(byte)
        if byte < 128 and (ch.isalnum() or ch in "-!*+/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % byte)
    return "=?utf-8?Q?" + "".join(out) + "?="


def enc_text(s, mode="B"):
    """RFC 2047 encode a header text if it is not ASCII, folding into several encoded words."""
    if is_ascii(s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(enc_word(cur + ch, mode)) > 70:
            words.append(enc_word(cur, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_word(cur, mode))
    return "\n ".join(words)


def fmt_addr(a, mode="Q"):
    name, addr = a
    if not name:
        return addr
    if not is_ascii(name):
        return f"{enc_text(name, mode)} <{addr}>"
    if any(c in name for c in '(),.:;<>@[]"\\'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def fmt_list(lst):
    return ",\n ".join(fmt_addr(a) for a in lst)


def encode_body(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        for line in text.split("\n"):
            assert len(line) < 990, line[:60]
        return text
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def leaf(subtype, text, cte, charset=None):
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    if charset is None:
        charset = "us-ascii" if (cte == "7bit" and subtype == "plain") else "utf-8"
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n" + encode_body(text, cte))


def attachment(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f"Content-Description: {filename}\n"
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}")


def multipart(subtype, boundary, parts):
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n' + body


def esc(line):
    line = htmlmod.escape(line, quote=False)
    stripped = line.lstrip(" ")
    return "&nbsp;" * (len(line) - len(stripped)) + stripped


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def html_outlook(text):
    rows = []
    for line in text.rstrip("\n").split("\n"):
        if line.strip():
            rows.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return OUTLOOK_HEAD + "\n".join(rows) + "\n" + OUTLOOK_TAIL


def html_gmail(text):
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return '<div dir="ltr">\n' + "\n".join(rows) + "\n</div>\n"


def html_plain(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"></head>",
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def make_pdf(lines):
    """A tiny but valid one-page PDF (Helvetica, ASCII text)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 14 TL 56 780 Td\n" + "".join(f"({pesc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}endstream",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def msgid(c):
    k = h(c["slug"], c["date"])
    style = c.get("style", "outlook")
    if style in ("outlook", "ios"):
        box = "LO2P265MB" + str(int(k[:6], 16) % 9000 + 1000)
        return f"<{box}{k[6:22].upper()}@{box}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        tok = base64.urlsafe_b64encode(bytes.fromhex(k[:36])).decode().rstrip("=")
        return f"<CA+{tok}@mail.gmail.com>"
    stamp = datetime.strptime(c["date"][:16], "%Y-%m-%d %H:%M").strftime("%Y%m%d%H%M")
    return f"<{stamp}.{k[:12]}@mail.{DOM}>"


def boundary(c, kind):
    k = h(c["slug"], kind)
    style = c.get("style", "outlook")
    if style in ("outlook", "ios"):
        n = {"alt": "000", "mixed": "004"}[kind]
        return f"_{n}_LO2P265MB{int(k[:6], 16) % 9000 + 1000}{k[6:22].upper()}_"
    if style == "gmail":
        return "000000000000" + k[:12]
    return f"----=_Part_{int(k[:5], 16) % 90000}_{int(k[5:14], 16)}.{int(k[14:20], 16)}"


def build(c):
    style = c.get("style", "outlook")
    cte = c.get("cte", "7bit")
    fmt = c.get("fmt", "plain")
    body = c.get("body", "")
    if fmt == "plain":
        entity = leaf("plain", body, cte)
    elif fmt == "html":
        entity = leaf("html", c["html"], cte)
    elif fmt == "alt":
        html = c.get("html") or {"outlook": html_outlook, "gmail": html_gmail,
                                 "ios": html_gmail}.get(style, html_plain)(body)
        entity = multipart("alternative", boundary(c, "alt"),
                           [leaf("plain", body, cte), leaf("html", html, cte)])
    else:
        raise ValueError(fmt)
    if c.get("atts"):
        parts = [entity] + [attachment(*a) for a in c["atts"]]
        entity = multipart("mixed", boundary(c, "mixed"), parts)

    hd = [f"From: {fmt_addr(c['frm'])}", f"To: {fmt_list(c['to'])}"]
    if c.get("cc"):
        hd.append(f"Cc: {fmt_list(c['cc'])}")
    if c.get("reply_to"):
        hd.append(f"Reply-To: {fmt_addr(c['reply_to'])}")
    hd.append(f"Subject: {enc_text(c['subject'], c.get('subj_mode', 'B'))}")
    hd.append(f"Date: {rfc_date(c['date'])}")
    hd.append(f"Message-ID: {msgid(c)}")
    if c["subject"].lower().startswith(("re:", "re ")):
        parent = "<" + h(c["slug"], "parent", n=24) + "@mail.gmail.com>"
        hd.append(f"In-Reply-To: {parent}")
        hd.append(f"References: {parent}")
    if style in ("outlook", "ios"):
        hd.append("Content-Language: en-GB")
    if style == "ios":
        hd.append("X-Mailer: Microsoft Outlook for iOS (4.2506.0)")
    hd.append("MIME-Version: 1.0")
    return ("\n".join(hd) + "\n" + entity).encode("ascii")


CASES = []


def case(label, slug, note, **kw):
    assert label in ("flag", "clean")
    kw.update(label=label, slug=slug, note=note)
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------
# Signature snippets used by more than one message
# ---------------------------------------------------------------------------------------------
SCHOOL_LINE = "Example School | Park Row, Leeds LS1 4AP | 01632 960000"


# =============================================================================================
# FLAG: staff giving a parent or pupil their OWN personal contact details
# =============================================================================================

case("flag", "ta_mobile_worried_parent", "TA gives own mobile to anxious parent",
     frm=S("Dawn Hebden", "d.hebden"), to=[JANE], date="2025-01-07 16:12:44",
     subject="Re: Ruby's first morning back", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Jane,

Thanks for your message, and please don't worry - Ruby was absolutely fine once you'd gone this morning. She had a little cry at the classroom door but by phonics she was chatting away to Amira and she ate all of her lunch.

I know how hard it is when they've been off poorly for a while. If you want a quick update at lunchtime tomorrow, just ring or text me on my mobile, 07700 900318. I usually have my phone on me at break and it's easier than waiting for the office to pass messages on.

We'll keep a close eye on her and I'll let Mrs Cartwright know as well.

Dawn

Dawn Hebden
Teaching Assistant, Year 2
Example School
""")

case("flag", "sixthform_tutor_gmail_ucas", "tutor asks pupil to send UCAS draft to his personal gmail",
     frm=S("Daniel Whitcombe", "d.whitcombe"), to=[P("Maya Osei", "m.osei19")],
     date="2025-01-09 21:47:03", subject="Re: personal statement draft 3",
     style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Maya,

Thanks for sending this through. It's a lot tighter than draft 2 - the paragraph about the hospital volunteering is much better now you've cut the list of tasks and said what you actually learned from it.

Two things before the next version:

1. Your opening still spends three sentences on "I have always been fascinated by..." - get to the pharmacology in the first line.
2. You're about 300 characters over. The bit about the Year 10 trip can go.

I'm marking mocks all weekend so I won't be on the school system much. Easiest thing is to send draft 4 to my own email, danwhitcombe.teach@gmail.com, and I'll read it on Sunday evening. That way we've got plenty of time before the 29 January deadline.

Well done - you're nearly there.

Mr Whitcombe

Daniel Whitcombe
Sixth Form Tutor (13DW) | Teacher of Chemistry
Example School Sixth Form
""")

case("flag", "coach_home_address_kit", "football coach gives home address for kit drop-off",
     frm=S("Gary Nuttall", "g.nuttall"), to=[ALI], date="2025-01-24 15:38:19",
     subject="U14s kit bag", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Mr Guardian,

Cheers for offering to wash the kit this week, it's much appreciated - the lads left it in a right state after Wednesday.

We haven't got another fixture until the 8th so there's no rush. If it's easier than bringing it up to school, you can drop the bag round at mine on Saturday or Sunday - 31 Thornfield Rise, Bramley, LS13 2QW. If nobody answers just leave it in the porch, it's never locked.

Thanks again,
Gary

Mr G Nuttall
PE Department / U14 Football
Example School
""")

case("flag", "nursery_whatsapp_group", "nursery practitioner invites carer to WhatsApp group run from own phone",
     frm=S("Kayleigh Brannigan", "k.brannigan"), to=[SAM], date="2025-02-03 13:05:51",
     subject="Butterflies room - parents group", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Sam,

Hope you're well! Just a quick one - a few of the Butterflies parents asked if there was an easier way to see what the children have been up to during the day, as Tapestry can take a while to update.

I've started a WhatsApp group on my phone for the room so I can pop photos and reminders on there (spare clothes, wellies for Forest Friday, that kind of thing). If you'd like to join, just send a message to 07700 900574 with your name and your little one's name and I'll add you.

No pressure at all if you'd rather not!

Kayleigh x
Nursery Practitioner - Butterflies Room
Example School Nursery
""")

case("flag", "mobile_in_words_residential", "own mobile spelled out in words before residential",
     frm=S("Bernadette Quigley", "b.quigley"), to=[JANE], date="2025-03-12 18:20:37",
     subject="Robinwood - Jamie's inhaler", style="outlook", fmt="plain", cte="quoted-printable",
     body="""\
Dear Mrs Parent,

Thank you for dropping the spare inhaler and the spacer into the office today. I’ve put them in the medical bag for Robinwood along with his care plan, and Mr Dobson has a copy of the dosage instructions as well.

I completely understand you’re nervous about his first night away. I’ll be with Jamie’s group for the whole three days. The centre doesn’t have great signal for incoming calls, so the office won’t always be able to get hold of us – if you need me at any point my own mobile is oh seven seven double oh, nine double oh, six two one. Texts seem to get through even when calls don’t.

We’ll post photos on the school blog each evening so you can see what they’re up to.

Kind regards,

Bernadette Quigley
Year 5 Class Teacher
Example School – Primary Phase
""")

case("flag", "odd_spacing_mobile_hoy", "head of year gives own mobile with odd digit grouping",
     frm=S("Ryan Colley", "r.colley"), to=[ALI], date="2025-01-14 12:41:09",
     subject="Calum - this afternoon", style="ios", fmt="plain", cte="7bit",
     body="""\
Mr Guardian,

Calum's fine, he's with me in the Year 9 office and he's calmed right down. I'm out on duty till 3.30 so if you want to talk before you pick him up try me direct on 0770 0900 648 rather than the main office, the lines are jammed after lunch.

Ryan Colley
Head of Year 9

Get Outlook for iOS
""")

case("flag", "html_signature_table_mobile", "learning mentor's personal mobile only in HTML signature table",
     frm=S("Joanne Firth", "j.firth"), to=[SAM], date="2025-03-17 10:02:26",
     subject="Thursday's check-in", style="outlook", fmt="html", cte="quoted-printable",
     html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<p>Hi Sam,</p>
<p>Just confirming I'll meet Kai at the Learning Mentor room at 8.40 on Thursday for his check-in, same as last week. He did really well with the worry jar idea and he's been using his time-out card sensibly in Maths, which is a big step for him.</p>
<p>If anything comes up before then, text me on my mobile (below) rather than ringing the office &ndash; I'm not always at my desk.</p>
<p>Best wishes,<br>Jo</p>
<br>
<table cellpadding="0" cellspacing="0" border="0" style="border-top:2px solid #1f4e79;font-size:9pt;color:#333;padding-top:6px">
<tr><td rowspan="5" style="padding-right:14px;font-weight:bold;color:#1f4e79;font-size:12pt">EXAMPLE<br>SCHOOL</td>
<td colspan="2"><b>Joanne Firth</b></td></tr>
<tr><td colspan="2">Learning Mentor (KS3)</td></tr>
<tr><td style="color:#1f4e79;padding-right:6px">T</td><td>01632 960000</td></tr>
<tr><td style="color:#1f4e79;padding-right:6px">M</td><td>07700&nbsp;900&nbsp;644</td></tr>
<tr><td style="color:#1f4e79;padding-right:6px">E</td><td><a href="mailto:j.firth@example-school.org.uk">j.firth@example-school.org.uk</a></td></tr>
</table>
<p style="font-size:8pt;color:#777">Example School, Park Row, Leeds LS1 4AP</p>
</body></html>
""")

case("flag", "obfuscated_hotmail_pupil", "art teacher gives pupil home email written as (at)/(dot)",
     frm=S("Kelly-Ann Brooks", "k.brooks"), to=[P("Ellis Kowalczyk", "e.kowalczyk22")],
     date="2025-04-27 19:14:55", subject="sketchbook photos", style="ios", fmt="alt", cte="7bit",
     body="""\
Hi Ellis,

Your photos keep bouncing back - I think the school email won't take anything over 20MB and the sketchbook scans are huge.

Send them to my home one instead: kellyann.brooks (at) hotmail (dot) co (dot) uk

I'll have a look before Tuesday so we can decide which pages go forward for moderation.

Miss Brooks

Get Outlook for iOS
""")

case("flag", "reply_to_personal_gmail", "Reply-To header set to teacher's personal gmail",
     frm=S("Stuart Halloran", "s.halloran"), reply_to=("Stuart Halloran", "stu.halloran.music@gmail.com"),
     to=[JANE], date="2025-04-24 08:31:40", subject="Clarinet hire - next year",
     style="generic", fmt="plain", cte="7bit",
     body="""\
Dear Jane,

Just to let you know that Isla's clarinet hire runs out at the end of this term. If she'd like to keep going into Year 7 you can either renew the hire for another year (£45) or we can talk about buying one - there are some decent second-hand Yamahas around at the moment.

Could you let me know which you'd prefer by the end of May? Just reply to this email.

Many thanks,

Stuart Halloran
Music Department
Example School
""")

case("flag", "cc_personal_address_sats", "teacher Cc's her own gmail on mail to carer",
     frm=S("Rachel Hindmarsh", "r.hindmarsh"), to=[SAM], cc=[("", "rachel.hindmarsh73@gmail.com")],
     date="2025-05-02 16:55:12", subject="SATs week - what we agreed for Leo",
     style="outlook", fmt="alt", cte="7bit",
     body="""\
Hi Sam,

Thanks for coming in on Wednesday. As promised, here's a summary of what we agreed for SATs week:

- Leo will sit the papers in the small group room with Mrs Denby, with 25% extra time (this has now been approved).
- He can have a movement break halfway through each paper.
- He's very welcome at the SATs breakfast from 8.15 each morning - it's free, no need to book.

I've copied in my home email as I'm on a course on Tuesday and Wednesday next week and won't be on the school system, so if anything comes up just reply all and I'll see it.

Have a lovely bank holiday weekend.

Rachel

Mrs R Hindmarsh
Year 6 Teacher / Upper KS2 Lead
""")

case("flag", "sheffield_home_landline", "DofE leader gives home landline with Sheffield code",
     frm=S("Owen Pryce", "o.pryce"), to=[ALI], date="2025-05-21 20:03:27",
     subject="DofE Bronze practice expedition - drop off", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mr Guardian,

Thanks for your email. Yes, Zayn can be dropped at the start point rather than coming to school first - it's the car park at Bolton Abbey by the Cavendish Pavilion, 8.15am on Saturday.

If anything goes wrong on the morning and you can't get through to the expedition phone, ring me at home on 0114 496 0732 (I live over in Sheffield so it's not a Leeds number, don't be put off!). I'll be leaving the house about 6.45.

Please make sure he has a full set of waterproofs - the forecast isn't great.

Best wishes,
Owen Pryce
Geography / DofE Coordinator
""")

case("flag", "irish_mobile_easter", "teacher gives own Irish +353 mobile for Easter [unsure]",
     frm=S("Siobhán Ní Bhriain", "s.nibhriain"), to=[JANE], date="2025-04-04 14:26:08",
     subject="Easter revision - Orla's English", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Jane,

Lovely to see you at parents' evening. As we discussed, I've put together a small revision pack for Orla for the Easter break – it's mainly the Macbeth extracts and two practice Paper 1 questions. She has it in her bag.

I'll be home in Galway for most of the holidays, but if Orla gets stuck or you'd like a chat about how she's getting on, you can reach me on my Irish mobile, +353 87 900 4412 – calls or texts are grand.

Have a restful break,

Siobhán

Ms S. Ní Bhriain
Teacher of English
Example School
""")

case("flag", "polish_mobile_eal_ta", "EAL TA gives own +48 Polish number, bilingual message [unsure]",
     frm=S("Agnieszka Wróbel", "a.wrobel"), to=[ALI], date="2025-02-11 15:47:20",
     subject="Spotkanie – czwartek 15:30 / Meeting – Thursday 3.30pm",
     style="outlook", fmt="plain", cte="base64",
     body="""\
Dzień dobry,

Dziękuję za wiadomość. Spotkanie z panią Lumb jest w czwartek o 15:30 w sali SEND (wejście od Wellington Street). Będę tłumaczyć.

Hello, thank you for your message. The meeting with Ms Lumb is on Thursday at 3.30pm in the SEND room (entrance on Wellington Street). I will be there to interpret.

Jeśli będzie Pan miał pytania wcześniej, proszę dzwonić lub pisać na mój prywatny numer: +48 601 900 237 (mam polski numer).

If you have any questions before then, please ring or text my own number: +48 601 900 237 (it is a Polish number).

Pozdrawiam / Kind regards,
Agnieszka Wróbel
Asystentka EAL / EAL Teaching Assistant
Example School
""")

VCARD_EASTWOOD = """\
BEGIN:VCARD\r
VERSION:3.0\r
N:Eastwood;Jon;;;\r
FN:Jon Eastwood\r
ORG:Example School\r
TITLE:Forest School Leader\r
TEL;TYPE=CELL,VOICE:07700 900855\r
EMAIL;TYPE=HOME,INTERNET:jon.eastwood.outdoors@gmail.com\r
ADR;TYPE=HOME:;;22 Larkfield Mount;Rawdon;Leeds;LS19 6HN;United Kingdom\r
NOTE:Text if running late!\r
END:VCARD\r
""".encode()

case("flag", "vcard_attachment_forest_school", "attached vCard has own mobile, home email and address",
     frm=S("Jon Eastwood", "j.eastwood"), to=[JANE], date="2025-03-11 17:48:30",
     subject="Forest School family morning - Saturday", style="outlook", fmt="plain", cte="7bit",
     atts=[("Jon Eastwood.vcf", "text/vcard", VCARD_EASTWOOD)],
     body="""\
Hi Jane,

Great that you and the kids can make it on Saturday. We're meeting at the woodland gate at the back of the primary playground at 9.30 - wellies and old clothes please, we'll be doing fire-lighting and making hot chocolate so it might get messy.

I've attached my contact card so you've got my details in case you're running late or can't find us - the gate's a bit hidden behind the bike shed.

See you Saturday,
Jon

Jon Eastwood
Forest School Leader
Example School
""")

case("flag", "text_me_minibus_pupils", "PE teacher tells pupils to text his mobile",
     frm=S("Lewis Gaunt", "l.gaunt"),
     to=[P("Jayden Ward", "j.ward21"), P("Musa Bello", "m.bello21"), P("Finley Roberts", "f.roberts21")],
     date="2025-02-26 15:57:02", subject="Tomorrow v Roundhay - minibus 3.20",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Lads,

Minibus leaves from the sports hall car park at 3.20 sharp tomorrow. Full kit, water bottle, and bring your planners so I can sign you out of P5.

If you're going to be late or something's come up, text me on 07700 900871 so I'm not sat there waiting.

Mr Gaunt
""")

case("flag", "snapchat_rehearsal_video", "drama teacher asks pupil to add her on Snapchat",
     frm=S("Jade Ellison", "j.ellison"), to=[P("Poppy Thackray", "p.thackray21")],
     date="2025-03-16 11:22:45", subject="Blood Brothers - Act 2 blocking",
     style="gmail", fmt="alt", cte="7bit",
     body="""\
Hi Poppy!

Sorry you missed Thursday's rehearsal, hope you're feeling better. We blocked the whole of the Mrs Johnstone scene in Act 2 so you'll need to catch up before Tuesday.

I filmed it on my phone but it's too big to email. Add me on snap (jadeee_ells) and I'll send it over there, it's quicker.

Don't panic, it's not complicated - it's mostly the crossing downstage at the end.

Miss E
""")

case("flag", "instagram_dm_ceramics", "art teacher invites pupil to DM her personal Instagram",
     frm=S("Lauren Pilling", "l.pilling"), to=[P("Amelia Dunn", "a.dunn20")],
     date="2025-07-14 16:08:33", subject="Ceramics over the summer",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Amelia,

I'm so pleased you're carrying on with Art at A level - your Year 11 pots were some of the best I've seen.

If you get any clay work done over the summer, follow my insta @lauren.makes.pots and DM me photos, I'm happy to give you some pointers before September. I post a lot of my glazing tests on there too which might give you ideas.

Have a brilliant summer,
Ms Pilling
""")

case("flag", "facebook_messenger_reception", "Reception teacher asks carer to find her on Facebook/Messenger",
     frm=S("Claire Ashworth-Bell", "c.ashworth-bell"), to=[SAM], date="2025-06-19 19:41:16",
     subject="Re: Reception place for Mia", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Sam,

Lovely to meet you and Mia at the stay and play session today – she was so confident!

I know you said you're new to the area and don't really know any of the other families yet. There's a Facebook group for the new Reception parents that I keep an eye on – search for me on Facebook (Claire Ashworth-Bell, my profile picture is me with a springer spaniel) and message me on Messenger, and I'll add you to it. I'm usually quicker on there than on email over the summer.

See you in September!

Mrs Ashworth-Bell
Reception Class Teacher
""")

case("flag", "discord_server_coding_club", "teacher invites pupils to his own Discord server",
     frm=S("Dev Mistry", "d.mistry"),
     to=[P("Harris Young", "h.young23"), P("Tia Lockwood", "t.lockwood23"),
         P("Rayan Siddiqui", "r.siddiqui23"), P("Evie Crabtree", "e.crabtree23")],
     date="2025-02-07 15:49:00", subject="Coding club - carrying on over half term",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi all,

Great session today. A few of you asked about carrying on with the Python game over half term, so I've set up a Discord server for coding club. Join with this link: https://discord.gg/k7Rr2mPq - my username on there is devm_codes, message me if you get stuck.

Please use your first name as your nickname so I know who's who.

Mr Mistry
Computer Science
""")

case("flag", "signal_senco_ehcp", "SENCo offers Signal on her own mobile for EHCP papers",
     frm=S("Harriet Lumb", "h.lumb"), to=[JANE], date="2025-03-25 09:14:47",
     subject="Oscar's annual review - Wednesday 2 April", style="outlook", fmt="alt",
     cte="quoted-printable",
     body="""\
Dear Jane,

Here are the arrangements for Oscar's annual review next Wednesday (2 April, 9.30am, SEND Unit meeting room).

Attending: you, me, Oscar's class teacher Mr Okafor, and Sophie Trent from the Educational Psychology service (joining on Teams). Oscar is welcome to join for the first ten minutes if he'd like to share his "all about me" page.

I'll send the draft paperwork on Friday. I know you mentioned last time that you weren't keen on sensitive documents going back and forth on your work email. If it helps, I'm on Signal on my mobile, 07700 900 706 – you can send me anything there and it won't go through anyone else's inbox.

Kind regards,

Harriet Lumb
SENCo & Head of SEND Unit
Example School
""")

case("flag", "home_address_letterbox_form", "teacher gives carer his home address to post a form",
     frm=S("Peter Ogunleye", "p.ogunleye"), to=[SAM], date="2025-06-08 10:29:54",
     subject="Re: Trip form", style="ios", fmt="plain", cte="7bit",
     body="""\
Morning Sam,

No problem at all about the form - I know the printer situation! As we're practically neighbours, just pop it through my letterbox today and I'll take it in tomorrow: 7 Beech Grove, Horsforth LS18 5AZ (blue door, next to the postbox).

Peter
Year 3

Get Outlook for iOS
""")

case("flag", "personal_email_in_signature", "signature line gives out-of-hours btinternet address",
     frm=S("Mark Tennant", "m.tennant"), to=[ALI], date="2025-04-28 16:34:21",
     subject="Year 11 History - revision sessions", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Mr Guardian,

Thank you for getting in touch about Hamza's History revision. He has been working hard in lessons and his last mock was a solid grade 6. The main thing holding him back is timing on the 16-mark questions - he writes brilliant opening paragraphs and then runs out of time.

Revision sessions run every Tuesday after school (3.20-4.20) in H4 until the exams start. I'd really encourage him to come along, particularly for the Elizabethan England sessions on 6 and 13 May.

Kind regards,

Mark Tennant
Head of History
Example School | Park Row, Leeds LS1 4AP | 01632 960000
Out of hours: mark.tennant@btinternet.com
""")

case("flag", "qp_mobile_phonics", "Year 1 teacher offers own mobile, QP body, RFC 2047 subject",
     frm=S("Zoë Hartley", "z.hartley"), to=[JANE], date="2025-05-22 15:31:48",
     subject="Phonics screening – how to help at home", subj_mode="Q",
     style="outlook", fmt="plain", cte="quoted-printable",
     body="""\
Hi Mrs Parent,

Just following up our chat at the classroom door. Freddie's phonics is coming on really nicely – he's confident with most of the Phase 5 sounds now and it's really just the alternative spellings ("ay", "ai", "a-e") that trip him up. The phonics screening check is the week of 9th June so there's plenty of time.

A couple of things that would really help at home:
• 5 minutes a night with the sound mat I sent home in his book bag
• Reading "alien" (nonsense) words together – there's a list in the back of his reading record
• Lots of praise!

I'm running a short phonics session for Year 1 parents next Tuesday at 2.45 in the hall if you're free. If you can't make it but would like me to talk you through it, give me a bell on 07700 900 392 after 6 and I'll go through it over the phone – honestly it's no bother.

Thanks,
Zoë

Mrs Z Hartley
Year 1 Class Teacher
Example School – Primary Phase
""")

case("flag", "base64_html_epq_mobile", "EPQ supervisor gives pupil his mobile; base64 HTML-only body",
     frm=S("Callum Ferguson", "c.ferguson"), to=[P("Tobias Renshaw", "t.renshaw19")],
     date="2025-02-05 17:26:39", subject="EPQ - feedback on your production log",
     style="outlook", fmt="html", cte="base64",
     html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Tobias,</p>
<p>I've had a proper read of your production log and your literature review. The review is strong &ndash; you've found some really good sources on antibiotic resistance and you're using them critically rather than just summarising, which is exactly what the moderators want to see.</p>
<p>The log needs more on <b>why</b> you changed your title in November. At the moment it just says &quot;changed title&quot;. Write a paragraph on the conversation we had and what made you narrow it down to agricultural use.</p>
<p>Your mid-project review deadline is Friday 14 February. If you get stuck over the weekend, ring me on my mobile &ndash; 07700 900913 &ndash; I'd rather you called than sat worrying about it.</p>
<p>Mr Ferguson<br>EPQ Supervisor / Biology<br>Example School Sixth Form</p>
</body></html>
""")

case("flag", "plus44_mobile_return_plan", "pastoral lead gives own mobile in +44 (0) form",
     frm=S("Nadia Rahman", "n.rahman"), to=[ALI], date="2025-03-10 11:47:05",
     subject="Idris - return to school plan", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mr Guardian,

Thank you for meeting with me this morning. I know it has been a difficult few weeks for Idris and for the whole family, and I think the plan we've agreed is a good starting point:

Week 1: mornings only (8.40-12.15), starting in the Base and joining English and Maths.
Week 2: full days on Monday, Wednesday and Friday, mornings on Tuesday and Thursday.
Week 3: full timetable, with a pass to use the Base at break and lunch.

We'll review how it's going on Friday 28 March.

I work from home on Fridays, so if anything comes up at the end of the week please call my mobile on +44 (0)7700 900933 rather than leaving a message at school.

Best wishes,

Nadia Rahman
Assistant Head of Year 8 / Pastoral Support
""")

case("flag", "leeds_home_landline_holiday_club", "nursery manager gives home landline (Leeds code)",
     frm=S("Pauline Greenwood", "p.greenwood"), to=[JANE], date="2025-07-15 18:52:11",
     subject="Re: Holiday club places", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Jane,

I've pencilled Noah in for the Monday, Tuesday and Thursday of the first week of holiday club (21st, 22nd and 24th). I'm just waiting for the finance office to confirm the funded places before I send the proper booking form.

I'm on leave from Friday, so if there are any changes you'd best ring me at home - 0113 496 0581 - any evening after 6. My husband might answer, just ask for me.

Pauline

Pauline Greenwood
Nursery & Wraparound Care Manager
Example School
""")

case("flag", "breakfast_club_own_phone", "breakfast club supervisor gives own phone, digits unspaced",
     frm=S("Tracey Lund", "t.lund"), to=[SAM], date="2025-01-30 09:03:27",
     subject="breakfast club from monday", style="ios", fmt="plain", cte="7bit",
     body="""\
Hi Sam

Thats fine, I've put Leo down for Mon Wed Fri from next week. Doors open 7.30, he'll need to be in by 8.15 for toast.

If you're ever running late or he's poorly ring me on my own phone 07700900266, I don't always hear the office one in the hall.

Tracey
Breakfast Club

Get Outlook for iOS
""")

case("flag", "icloud_email_exams_officer", "exams officer asks pupil to send form to her personal iCloud",
     frm=S("Julie Fairweather", "j.fairweather"), to=[P("Kian Doherty", "k.doherty20")],
     date="2025-01-15 10:18:26", subject="Access arrangements - need your signature",
     style="outlook", fmt="alt", cte="base64",
     body="""\
Hi Kian,

I need your signature on the data protection notice before I can submit your access arrangements for the summer exams. It's the form Miss Khan gave out in form time last week.

I'm working from home for the rest of this week, so if you can take a photo of the signed page and send it to my personal iCloud - julesfairweather@icloud.com - I'll get it uploaded straight away. The deadline isn't until 21 March but I'd like to get yours done now.

Thanks,

Mrs Fairweather
Exams Officer
""")

case("flag", "staff_thread_parent_cc_mobile", "mostly staff thread but parent Cc'd; sender gives own mobile",
     frm=S("Simon Akhtar", "s.akhtar"),
     to=[S("Helen Dobbs", "h.dobbs"), S("Marcus Reid", "m.reid")], cc=[ALI],
     date="2025-02-18 13:22:40", subject="Meeting re Ayaan - Thursday 3.30",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Helen, Marcus,

Just confirming Thursday at 3.30 in the Year 10 office to talk about Ayaan's timetable and the college taster. I've copied Mr Guardian in so everyone has the same information.

Helen - could you bring the attendance printout since September?
Marcus - the taster day at Aire Valley College is pencilled in for 6 March, can you confirm with them?

I'm out on a visit Thursday morning. If anything changes before 3 my mobile is 07700 900 158, I'll have it on me.

Simon

Simon Akhtar
Head of Year 10
""")

case("flag", "tel_link_html_only", "own mobile only in a tel: link behind 'give me a ring'",
     frm=S("Amy Sutcliffe", "a.sutcliffe"), to=[JANE], date="2025-06-09 16:44:02",
     subject="Swimming on Thursday", style="outlook", fmt="html", cte="7bit",
     html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<div>Hi Jane,</div>
<div><br></div>
<div>Just a quick note - Esme said she's still a bit nervous about getting in the deep end at swimming on Thursday. The instructors are lovely and she'll be in the beginners' group with a float, so there's really nothing to worry about.</div>
<div><br></div>
<div>If you want to talk it through before Thursday, <a href="tel:+447700900347">give me a ring on my mobile</a> any evening this week.</div>
<div><br></div>
<div>Amy Sutcliffe<br>Year 4 Teacher</div>
</div>
</body></html>
""")


# =============================================================================================
# CLEAN: hard negatives (numbers, addresses, channels that are not the sender's own) and
# ordinary mail
# =============================================================================================

case("clean", "nursery_fee_invoice", "nursery invoice: refs, school bank details, school number",
     frm=S("Lorraine Baxter", "l.baxter"), to=[JANE], date="2025-01-06 09:12:55",
     subject="Nursery invoice NUR-2425-0318 – Spring 1", subj_mode="Q",
     style="outlook", fmt="alt", cte="quoted-printable",
     atts=[("Invoice NUR-2425-0318.pdf", "application/pdf", make_pdf([
         "Example School Nursery - INVOICE NUR-2425-0318",
         "Spring Term 1: 6 January - 14 February 2025",
         "Additional hours 12 x 6 weeks @ 6.20 = 446.40",
         "Lunches 18 x 3.40 = 61.20",
         "Less Tax-Free Childcare received: -95.00",
         "TOTAL DUE (GBP): 412.60   Due by 31/01/2025",
         "Sort code 40-47-84  Account 71230456  Ref NUR0318",
         "Example School, Park Row, Leeds LS1 4AP  Tel 01632 960000"]))],
     body="""\
Dear Jane,

Please find attached your invoice for Spring Term 1 (6 January – 14 February 2025).

Invoice number: NUR-2425-0318
Child: Example Pupil One
Funded hours: 15 per week (universal entitlement)
Additional hours: 12 per week x 6 weeks @ £6.20 = £446.40
Lunches: 18 x £3.40 = £61.20
Less Tax-Free Childcare payments received: £95.00
Total due: £412.60

Payment is due by 31 January. You can pay through your Tax-Free Childcare account (our provider reference is EXS4471902TFC) or by bank transfer to:

Account name: Example School Nursery
Sort code: 40-47-84
Account number: 71230456
Reference: NUR0318

If you have any questions about your invoice, please contact me on 01632 960000 (option 2) or reply to this email.

Kind regards,

Lorraine Baxter
Nursery Administrator
Example School Nursery
Park Row, Leeds LS1 4AP
""")

case("clean", "breakfast_club_price_list", "wraparound price list with times and prices",
     frm=S("Bev Kitching", "b.kitching"), to=[JANE, SAM, ALI], date="2025-03-03 14:20:00",
     subject="Breakfast and After-School Club prices from 22 April",
     style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Dear Parents and Carers,

Following the governors' finance committee in February, our wraparound care prices will change from Tuesday 22 April 2025, the first day of the summer term. This is the first increase since September 2022 and reflects the rise in staffing and food costs.

Breakfast Club (07:30–08:45), includes breakfast
    Full session: £4.50 (was £4.00)
    Late session from 08:00: £3.00 (was £2.75)

After-School Club (15:15–17:45), includes a snack
    Until 16:30: £6.00 (unchanged)
    Until 17:45: £9.00 (was £8.50)

Sibling discount: 10% off for the second and any further children.
Children eligible for benefits-related free school meals can attend Breakfast Club free of charge – please speak to the office in confidence.

All sessions must be booked on ParentPay by 12:00 the day before. Late collection after 17:45 is charged at £5 per 10 minutes.

Questions about bookings can go to wraparound@example-school.org.uk or to the school office on 01632 960000 (option 3).

Thank you for your continued support.

Bev Kitching
Wraparound Care Administrator
Example School
""")

case("clean", "pta_summer_ball_box_office", "PTA ball: venue address/postcode, third-party box office line",
     frm=S("Gemma Royds", "g.royds"), to=[JANE, ALI], date="2025-05-09 12:02:17",
     subject="PTA Summer Ball – tickets now on sale 🎉", subj_mode="B",
     style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Dear Parents and Carers,

The PTA are delighted to announce that this year's Summer Ball will take place on Saturday 28 June 2025 at:

The Orangery, Kirkstall Lodge Hotel
114 Abbey Walk
Leeds LS5 3QT

Drinks reception at 7pm, three-course dinner at 7.45pm, then a live band and dancing until midnight. Dress code: black tie optional.

Tickets are £45 each (tables of ten available) and are being sold on our behalf by Yorkshire Ticket Hub. You can book online at www.yorkshiretickethub.example.com/exampleschoolball or call their box office on 0113 496 0250 (Monday–Saturday, 10am–6pm). Please don't send money into school.

The hotel has a free car park, and the 49 and 50 buses stop right outside.

There will be a silent auction on the night – if you or your business would like to donate a prize, please email pta@example-school.org.uk.

Every penny raised goes towards new playground equipment for the primary phase and the refurbishment of the sixth form study centre.

With best wishes,

Gemma Royds
School Business Manager (on behalf of the PTA)
Example School, Park Row, Leeds LS1 4AP
""")

case("clean", "governors_clerk_complaint_panel", "clerk to governors gives official clerk mailbox and school address",
     frm=S("Anita Dhillon", "a.dhillon"), to=[ALI], date="2025-02-27 14:03:18",
     subject="Stage 3 complaint - panel hearing arrangements", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mr Guardian,

I am the Clerk to the Governing Board and I am writing to acknowledge receipt of your request, dated 20 February, for your complaint to be considered by a panel of governors under Stage 3 of the school's complaints procedure.

The panel will meet on Tuesday 18 March 2025 at 5.00pm in the Governors' Room at the school (Park Row entrance, LS1 4AP). The panel will be made up of three governors who have had no previous involvement in the matter. You are welcome to bring a friend or family member with you.

Please send any further written evidence you would like the panel to consider by Tuesday 11 March at the latest. All correspondence about the complaint should come to me, as Clerk, at clerk.governors@example-school.org.uk, or by post marked "Private and Confidential - Clerk to Governors", Example School, Park Row, Leeds LS1 4AP. Please do not contact individual governors directly.

The Headteacher will also submit a written response, which I will share with you five school days before the hearing.

Yours sincerely,

Anita Dhillon
Clerk to the Governing Board
Example School
clerk.governors@example-school.org.uk | 01632 960000
""")

case("clean", "school_nurse_referral", "school nursing service official phone and text line",
     frm=S("Denise Oyelaran", "d.oyelaran"), to=[JANE], date="2025-03-04 12:10:33",
     subject="Ella - school nurse", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mrs Parent,

Thank you for letting me know about Ella's headaches and the trouble she's been having sleeping. I've made a referral to the school nursing team, who come in every Wednesday lunchtime for a confidential drop-in (12.30-1.15 in the Wellbeing Room). Ella is welcome to go along this week - she doesn't need an appointment.

You can also contact the team directly:

Leeds Community Healthcare - School Nursing (Inner North West)
Tel: 0113 496 0400 (Monday to Friday, 9am-5pm)
Email: schoolnursing.innernw@lch.example.org
Confidential text service for young people aged 11-19: 07700 900010

If the headaches get worse, or she mentions any problems with her eyesight, please do book an appointment with your GP as well.

Kind regards,

Denise Oyelaran
Pastoral Manager (Years 7-9)
Example School
""")

case("clean", "salt_referral_nhs_number", "speech and language referral: NHS number, service admin line",
     frm=S("Ibrahim Hussain", "i.hussain"), to=[SAM], date="2025-01-13 15:44:02",
     subject="Speech and language referral for Archie", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Sam,

As we discussed at Archie's review, I have now sent the referral to the Children's Speech and Language Therapy service. Their reference details are below in case you need to chase it:

Referral date: 13 January 2025
NHS number: 999 041 7736
Service: Leeds Children's SLT - North Hub
Admin line: 0113 496 0515 (Monday to Friday, 8.30am-4.30pm)

At the moment they are quoting around 14 weeks for an initial assessment. In the meantime Miss Cole will carry on with the Talk Boost group three times a week in nursery, and I'll send home some of the listening games we use so you can play them together.

If the SLT service contact you with an appointment, please let the nursery office know so that we can share their advice with the staff working with Archie.

Kind regards,

Mr I Hussain
SENCo (Primary Phase)
Example School
""")

case("clean", "send_local_offer_sendiass", "SEND local offer link and SENDIASS helpline",
     frm=S("Sarah Whiteley", "s.whiteley"), to=[ALI], date="2025-01-22 16:30:45",
     subject="Useful SEND contacts - following our meeting", style="outlook", fmt="alt",
     cte="quoted-printable",
     body="""\
Dear Mr Guardian,

Thank you for coming in yesterday. As promised, here are the contacts we talked about.

Leeds SEND Local Offer – information on services, short breaks and activities:
https://www.leedslocaloffer.example.org

Leeds SENDIASS (SEND Information, Advice and Support Service) – free, impartial and confidential advice for parents and carers, including help with requesting an EHC needs assessment:
Helpline: 0113 496 0778 (Monday to Friday, 9.30am–4.30pm)
Email: sendiass@leeds-council.example.org

Leeds Parent Carer Forum – coffee mornings on the first Tuesday of every month at the Hunslet Hub, 1 Church Street, Leeds LS10 2QY.

SEN Statutory Assessment and Provision team: 0113 496 0261

As we discussed, the school will support you with the EHC needs assessment request, and I'll start gathering evidence from Zayn's teachers this week.

Kind regards,

Sarah Whiteley
SEND Unit Manager
Example School | 01632 960000
""")

case("clean", "send_taxi_transport", "SEND transport: route ref, taxi firm booking line, council team",
     frm=S("Maxine Holroyd", "m.holroyd"), to=[SAM], date="2025-02-19 11:05:37",
     subject="Home to school transport from Monday 24 February", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Sam,

Good news - the council's Passenger Transport team have confirmed Kai's transport from Monday 24 February.

Operator: Aire Valley Cars (contracted by Leeds City Council)
Route reference: PT-4471 (shared with one other pupil)
Pick-up: approx. 07:55 from home
Drop-off: Wellington Street gate (SEND entrance) by 08:35
Home time: collected at 15:20 from the same gate
Driver: Mr Patel. Passenger assistant: Mrs Kaur.

If Kai is ill or won't be travelling, please ring Aire Valley Cars' booking line on 0113 496 0912 before 7am, and let the school office know as well. For complaints or changes to the arrangements, please contact Passenger Transport Services directly on 0113 496 0860 or passenger.transport@leeds-council.example.org - the school can't change the route itself.

Kind regards,

Maxine Holroyd
SEND Administrator
Example School
""")

case("clean", "bus_route_diversion_pupils", "bus route numbers and travel line to pupils",
     frm=S("Becky Lister", "b.lister"),
     to=[P("Year 7 2024-25", "year7.2024")], date="2025-02-27 13:15:00",
     subject="Roadworks on Kirkstall Road - buses from Monday", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Year 7,

Just a heads up for anyone who comes in on the bus. Because of the roadworks on Kirkstall Road from Monday 3 March, the 33 and 33A will be diverted via Burley Road and could be 10-15 minutes late in the mornings. The 50 and 51 aren't affected.

If your bus is late because of the diversion, come in through Student Reception and sign in - you won't get a late mark. Please don't use it as an excuse to stroll in at 9.15 though!

Check the bus company's app or the Metro travel line (0113 496 0330) for live times.

Mrs Lister
Head of Year 7
""")

case("clean", "gcse_results_day_letter", "results day: candidate number, UCI, centre number 12345",
     frm=S("Julie Fairweather", "j.fairweather"), to=[P("Ruby-Mae Ingham", "r.ingham20")],
     date="2025-07-10 10:45:30", subject="GCSE results day - Thursday 21 August",
     style="outlook", fmt="alt", cte="quoted-printable",
     atts=[("Results day information 2025.pdf", "application/pdf", make_pdf([
         "Example School - GCSE Results Day 2025",
         "Thursday 21 August, 08:00-10:00, Sports Hall",
         "Centre number 12345",
         "Collection by a third party needs signed consent (return by 18 July)",
         "Review of marking deadline: 25 September 2025",
         "Enquiries: exams@example-school.org.uk / 01632 960000"]))],
     body="""\
Dear Ruby-Mae,

GCSE results will be available to collect on Thursday 21 August 2025 from 08:00 to 10:00 in the Sports Hall. Staff from the sixth form and our careers adviser will be there to help with any questions about next steps.

Please bring your student ID card. Your details, for reference:

Candidate name: Ruby-Mae Ingham
Candidate number: 4021
Unique Candidate Identifier (UCI): 12345M234021T
Centre number: 12345

If you can't come in person, someone else can collect your results only if you've returned the signed consent slip (in the attached sheet) by Friday 18 July. Results that aren't collected will be posted to your home address the following day.

Results can't be given out over the phone or by email.

If you are thinking about a review of marking, the deadline is 25 September and the fees are on the attached sheet.

Good luck!

Mrs J Fairweather
Exams Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000 | exams@example-school.org.uk
""")

case("clean", "ucas_personal_id_checks", "UCAS Personal ID 123-456-7890, buzzword, centre number, course codes",
     frm=S("Nathan Bright", "n.bright"), to=[P("Hafsa Mahmood", "h.mahmood19")],
     date="2025-01-13 14:25:36", subject="Your UCAS application - checks before we send",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Hafsa,

I've been through your application on the UCAS hub and it's nearly ready to go. A few checks:

- Your UCAS Personal ID is 123-456-7890. Quote this if you ever ring UCAS, and don't give anyone your login.
- You linked using buzzword EXAMPLE25 and our centre number is 12345 - both correct.
- Choices: B210 Pharmacology, B230 Pharmacology with Industrial Placement, B200 Pharmaceutical Science, B140 Neuroscience and B100 Biomedical Science. Check the campus codes match what you want.
- The fee is £28.50 for up to five choices; you pay it once I send the application back to you.

Mr Okonjo has finished your reference and I'll add the predicted grades (A*AA) tomorrow. After that you'll get a welcome email from UCAS within a day or two of us sending it.

The deadline for equal consideration is 18:00 on Wednesday 29 January, but we aim to have everything sent by the 24th.

Mr Bright
Head of Sixth Form
""")

case("clean", "sixth_form_bursary_bank", "bursary form: school bank sort code/account, sixth form office",
     frm=S("Colette Barraclough", "c.barraclough"), to=[ALI], date="2025-09-02 10:40:12",
     subject="16-19 Bursary 2025-26 - application form", style="outlook", fmt="alt", cte="base64",
     atts=[("16-19 Bursary application 2025-26.pdf", "application/pdf", make_pdf([
         "Example School Sixth Form - 16-19 Bursary Fund 2025-26",
         "Section A: student details   Section B: household income",
         "Evidence: Universal Credit award statement or P60",
         "Return by Friday 26 September 2025 to the Sixth Form Office",
         "Sixth Form Centre, 2 Park Row, Leeds LS1 4AP"]))],
     body="""\
Dear Mr Guardian,

Thank you for your enquiry about the 16-19 Bursary Fund. I've attached the application form and guidance for 2025-26.

Please return the completed form, with evidence of household income (for example a Universal Credit award statement or your latest P60), by Friday 26 September. Payments are made fortnightly by BACS into the student's own bank account, subject to 95% attendance.

If you would like to pay the contribution towards the Year 12 induction trip in the meantime, the school's bank details are:

Account name: Example School - Sixth Form
Sort code: 60-83-71
Account number: 20715543
Reference: BURS12-GUARDIAN

You can also hand the form in at the sixth form office (Sixth Form Centre, 2 Park Row) in a sealed envelope marked "Bursary".

Kind regards,

Colette Barraclough
Sixth Form Administrator
Example School Sixth Form
01632 960000 | sixthform@example-school.org.uk
""")

case("clean", "work_experience_employer", "work experience employer address, phone and email",
     frm=S("Jenny Pawson", "j.pawson"), to=[P("Oliver Akinola", "o.akinola21")],
     date="2025-06-05 13:16:27", subject="Work experience placement confirmed - Kirkstall Vets",
     style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Oliver,

Great news – Kirkstall Veterinary Practice have confirmed your placement for work experience week (Monday 7 – Friday 11 July).

Employer: Kirkstall Veterinary Practice
Address: 212 Kirkstall Lane, Leeds LS5 3BW
Your contact: Dr Priya Lal (Practice Manager)
Tel: 0113 496 0633
Email: reception@kirkstallvets.example.com
Hours: 08:30–16:30, with 30 minutes for lunch

Please ring or email Dr Lal before Friday 27 June to introduce yourself and check what to wear (they've said smart trousers and closed shoes, no jeans). I'd suggest practising what you're going to say first – come and see me in the careers office if you want to run through it.

If you are ill during the week you must ring the practice AND the school attendance line on 01632 960000 (option 1) before 9am.

Good luck!

Mrs Pawson
Careers Lead
""")

case("clean", "university_open_day_coach", "university open day address and its helpline",
     frm=S("Tom Haigh", "t.haigh"), to=[P("Grace Adeyemi", "g.adeyemi20"), P("Liam Horsfall", "l.horsfall20")],
     date="2025-06-12 12:51:09", subject="Exampleshire open day - coach booked",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi both,

Your places on the coach to the University of Exampleshire open day on Saturday 21 June are confirmed.

Coach leaves: 07:45 from the Sixth Form Centre car park (be there for 07:30)
Arrive: Central Campus, 1 University Walk, Sheffield S10 4QE
Return: coach leaves at 15:30, back in Leeds about 16:45

Make sure you've registered online for the subject talks you want - Maths at 10:30 and Computer Science at 11:15 fill up quickly. If you get separated from the group on the day, the university's open day helpline is 0114 496 0100, or head to the Students' Union where the coach will pick us up.

Bring a packed lunch or some money for the SU cafe.

Mr Haigh
Year 12 Progress Leader
""")

case("clean", "netball_club_secretary_mobile", "third party: sports club secretary's mobile [unsure]",
     frm=S("Sophie Marsden", "s.marsden"), to=[JANE], date="2025-04-29 16:02:41",
     subject="Re: netball outside school", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Jane,

Lovely to hear Grace is so keen! We don't run anything at weekends, but Headingley Juniors Netball Club train on Saturday mornings at the Beckett Park sports hall and they're very welcoming to beginners aged 8-11.

The club secretary is Carol Wadsworth - she's the best person to ask about taster sessions and fees. Her number is 07700 900981 and the club email is juniors@headingleynetball.example.org.

Several of our Year 5 girls go, so Grace would know a few faces.

Sophie Marsden
PE & School Sport (Primary)
Example School
""")

case("clean", "tutor_company_contacts", "tutoring company's phone and email, school's own intervention",
     frm=S("Kwame Oduya", "k.oduya"), to=[SAM], date="2025-01-28 17:12:00",
     subject="Re: maths tutoring for Jordan", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Sam,

Thanks for your email. The school can't recommend a particular private tutor, but there are a few options you might like to look at:

- Our own Year 11 maths intervention on Tuesdays and Thursdays after school. It's free, and Jordan is already on the list for Thursdays.
- Northern Maths Tutors, which a number of our families use. They're Manchester-based but tutor online: 0161 496 0555, hello@northernmathstutors.example.com.
- Free online practice: Jordan already has a Sparx login through school, and Corbettmaths is excellent for past-paper questions.

If you do go with a tutor, it really helps if they can see the question-level analysis from his last mock - ask Jordan to share his QLA sheet with them.

Best wishes,

Mr K Oduya
Head of Mathematics
Example School
""")

case("clean", "esafety_whatsapp_advice", "e-safety advice naming WhatsApp/Snapchat/TikTok; school channels only",
     frm=S("Chris Bamford", "c.bamford"), to=[JANE, SAM, ALI], date="2025-09-12 15:05:44",
     subject="Online safety: group chats and new phones", style="outlook", fmt="alt",
     cte="quoted-printable",
     body="""\
Dear Parents and Carers,

At the start of every school year we see a rise in group-chat fall-outs, particularly in Year 6 and Year 7 as children get their first phones. A few reminders:

• WhatsApp's minimum age in the UK is now 13. Snapchat, Instagram and TikTok are also 13+. Most Year 6 children are not old enough for any of them.
• Large class group chats are where most of the unkindness we deal with begins. If your child is in one, talk to them about leaving if it turns nasty, and about not adding people without asking.
• On Snapchat, check that Snap Map is set to Ghost Mode so their location isn't shared.
• Turn on the family pairing / supervision features on TikTok and Instagram.

School staff will never contact your child through WhatsApp, Snapchat, Instagram, TikTok or any other social media, or from a personal phone. If anyone claiming to be a member of staff does, please tell us straight away. All messages from school come through school email, ParentPay or the school app.

If you have any concerns you can speak to me or any member of the safeguarding team through the school office on 01632 960000, or email safeguarding@example-school.org.uk.

Chris Bamford
Deputy Headteacher and Designated Safeguarding Lead
Example School
""")

case("clean", "parent_details_confirmed_back", "office confirms parent's own mobile and new address",
     frm=("Example School Office", f"office@{DOM}"), to=[JANE], date="2024-11-05 10:22:18",
     subject="Your contact details have been updated", style="generic", fmt="plain", cte="7bit",
     body="""\
Dear Mrs Parent,

Thank you for letting us know about your change of address. We have updated our records as follows:

Address: 16 Rowanberry Close, Leeds LS4 2HJ
Mobile: 07700 900123 (priority 1 contact)

Please check these are correct and reply to this email if anything is wrong. It's really important that we can reach you quickly in an emergency.

Kind regards,

Example School Office
01632 960000
""")

case("clean", "forwarded_music_hub_auditions", "forward: hub officer's details in forwarded block",
     frm=S("Rhiannon Pryor", "r.pryor"), to=[ALI], date="2025-02-04 09:10:55",
     subject="FW: Leeds Youth Orchestra auditions - March 2025", style="outlook", fmt="alt",
     cte="quoted-printable",
     body="""\
Dear Mr Guardian,

Please see below from the music hub – I think Hamza would have a really good chance at the intermediate orchestra audition. I'm happy to write him a short reference if he needs one.

Best wishes,
Rhiannon

Rhiannon Pryor
Head of Music (Secondary)
Example School

From: Hannah Booth <hannah.booth@leedsmusichub.example.org>
Sent: 03 February 2025 11:42
To: Music <music@example-school.org.uk>; Rhiannon Pryor <r.pryor@example-school.org.uk>
Subject: Leeds Youth Orchestra auditions - March 2025

Dear colleagues,

Auditions for the Leeds Youth Orchestras for September 2025 will take place on Saturday 22 March at the Hub, 5 Rossington Street, Leeds LS2 8HD. Please share this with any students at Grade 5 or above on an orchestral instrument. The application deadline is Friday 28 February (online form on our website).

Kind regards,

Hannah Booth
Ensembles Manager
Leeds Music Education Hub
T: 0113 496 0344 | M: 07700 900417
hannah.booth@leedsmusichub.example.org
""")

case("clean", "year7_timetable_times", "timetable with times like 08:45-09:05",
     frm=S("Aaron Cawthorne", "a.cawthorne"), to=[P("Jacob Firth", "j.firth24")],
     date="2024-11-15 12:40:00", subject="Your new timetable from Monday",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Jacob,

Here's your new timetable after the set changes - you've moved up to set 2 for Maths, so a couple of rooms have changed.

Registration 08:45-09:05
P1 09:05-10:05
P2 10:05-11:05
Break 11:05-11:25
P3 11:25-12:25
Lunch 12:25-13:10
P4 13:10-14:10
Afternoon registration 14:10-14:15
P5 14:15-15:15

Monday P2: Maths in M3 (not P4 any more)
Wednesday P4: Maths in M3
Thursday P1: Maths in M5

Your new Maths teacher is Mrs Okafor. Well done on moving up!

Mr Cawthorne
7AC Form Tutor
""")

case("clean", "uniform_order_number", "11-digit order number, shop hours",
     frm=S("Janice Bell", "j.bell"), to=[SAM], date="2025-08-18 11:30:02",
     subject="Your uniform order 77009004512 is ready", style="generic", fmt="plain", cte="7bit",
     body="""\
Hi Sam,

Your order (no. 77009004512) is ready to collect from the school shop:

2 x Year 7 blazer (34")
1 x PE hoodie (age 11-12)
3 x tie (secondary, house colour: Aire)

Total paid: £86.40 on 14/08/2025

The shop is open Monday-Thursday 08:15-09:00 and 15:15-16:00 in term time, plus two collection days in August (Tuesday 26 and Wednesday 27 August, 10:00-14:00).

Please bring this email or your order number when you collect.

Janice
School Shop
Example School
""")

case("clean", "overdue_library_barcode", "library barcode and ISBN",
     frm=S("Heather Naylor", "h.naylor"), to=[P("Daisy Brennan", "d.brennan22")],
     date="2025-01-31 13:05:19", subject="Overdue library book", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Daisy, our records show you still have "The Hate U Give" (barcode 30112028941765, ISBN 978-1-4063-7215-1), which was due back on 17 January. Can you bring it back to the LRC, or let me know if it's been lost?

Thanks, Mrs Naylor (LRC Manager)
""")

case("clean", "iban_barcelona_trip", "tour operator IBAN/BIC and booking ref",
     frm=S("Lucy Brennan", "l.brennan"), to=[ALI], date="2025-06-03 15:28:44",
     subject="Barcelona trip - final balance", style="outlook", fmt="alt", cte="base64",
     body="""\
Dear Mr Guardian,

The final balance of £385 for the Year 10 Barcelona trip (Tuesday 14 - Saturday 18 October 2025) is due by Friday 27 June. There is a ParentPay item set up as usual, but a few families have asked to pay from an overseas account. If you would prefer to do that, the tour operator's details are:

Beneficiary: Example Educational Travel Ltd
IBAN: GB33 BUKB 2020 1555 5555 55
BIC: BUKBGB22
Reference: BCN25-EXS-017

Please include the reference, otherwise they won't be able to match the payment to Zayn.

Can you also check that his passport was issued less than ten years ago and is valid until at least 18 January 2026?

Kind regards,

Lucy Brennan
Head of Languages
Example School
""")

case("clean", "other_sites_same_postcode", "school's other sites/entrances on the same postcode",
     frm=S("Tessa Wilkinson", "t.wilkinson"), to=[SAM], date="2025-08-28 10:14:29",
     subject="Starting in Nursery - which entrance?", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Sam,

Just to clear up the confusion from Tuesday - although all of our sites share the Park Row postcode, they have different entrances:

Nursery and Reception (Early Years Unit): Lower Park Row gate, Example School, Park Row, Leeds LS1 4AP - the green gate next to the church.
Primary (Years 1-6): main entrance, Park Row, Leeds LS1 4AP.
Secondary and Sixth Form Centre: 2 Park Row, Leeds LS1 4AP, entrance on Wellington Street.

If you're using a sat nav, LS1 4AP takes you to the main entrance; the Early Years gate is a two-minute walk down the hill.

Nursery drop-off is 08:45-09:00 and collection for morning sessions is 11:45.

Kind regards,

Tessa Wilkinson
Admissions Officer
Example School
""")

case("clean", "school_numbers_old_and_new", "letter with old and new school numbers",
     frm=S("Debbie Cooper", "d.cooper"), to=[JANE, SAM, ALI], date="2025-03-10 08:30:00",
     subject="Change to school telephone numbers", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Dear Parents and Carers,

As part of the move to our new telephone system, some of our phone numbers are changing over the Easter holidays.

From Tuesday 22 April 2025:
Main switchboard (all sites): 01632 960000
Attendance / absence line: 01632 960000, option 1
Sixth Form Centre: 01632 960045
Nursery: 01632 960046

Our old numbers – 01632 960111 (Primary), 01632 960222 (Secondary) and 01632 960333 (Nursery) – will be diverted until the end of the summer term and then switched off, so please update the school's details in your phone.

Our postal address (Park Row, Leeds LS1 4AP) and email address (office@example-school.org.uk) are not changing.

Thank you,

Debbie Cooper
Office Manager
Example School
""")

case("clean", "staff_only_trip_mobiles", "staff-only: trip staff personal mobiles",
     frm=S("Hollie Sowerby", "h.sowerby"),
     to=[S("Andy Moss", "a.moss"), S("Priya Lakhani", "p.lakhani"), S("Ben Shaw", "b.shaw"),
         S("Marie Fenton", "m.fenton")],
     date="2025-06-23 16:40:12", subject="Whitby trip - staff numbers (please don't share)",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi all,

Final staff list and mobile numbers for Thursday so we can all get hold of each other on the day. Please save them in your phone and DON'T give them out to students or parents - parents have the school trip phone number.

Hollie Sowerby - 07700 900201 (trip leader, has the trip phone too)
Andy Moss - 07700 900202
Priya Lakhani - 07700 900219
Ben Shaw - 07700 900230
Marie Fenton (first aider) - 07700 900244

Coach leaves 07:30 from Wellington Street. Register at 07:10 in the sports hall, group lists are in the shared drive. Packed lunches from the kitchen at 07:00.

Hollie
""")

case("clean", "staff_only_cover_text_me", "staff-only: colleague asked to text personal mobile",
     frm=S("Jo Lindley", "j.lindley"), to=[S("Paul Rushworth", "p.rushworth"), ("Cover", f"cover@{DOM}")],
     date="2025-03-24 07:12:40", subject="Off today - cover for 9X3 and 10Y1",
     style="ios", fmt="plain", cte="7bit",
     body="""\
Morning Paul,

Sorry for the late notice, I'm at A&E with my mum. Cover work for 9X3 and 10Y1 is in the Science shared drive under Cover > 24 March. If you can't find anything, text me on 07700 900263 and I'll sort it from here.

Jo

Get Outlook for iOS
""")

case("clean", "staff_only_change_of_address", "staff-only: new home address and phones for payroll",
     frm=S("Mo Bashir", "m.bashir"), to=[("HR", f"hr@{DOM}"), S("Gemma Royds", "g.royds")],
     date="2025-04-07 12:31:55", subject="Change of address", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Gemma,

Please could you update my details for payroll and the staff emergency contact list? I moved at the weekend.

New address: 9 Laburnum Close, Pudsey, LS28 7RT
Home phone: 0113 496 0622
Mobile unchanged (07700 900288)

My emergency contact is still my wife, Amina, on 07700 900289.

Thanks,
Mo

Mo Bashir
Teacher of RE
""")

case("clean", "staff_only_whatsapp_social", "staff-only: WhatsApp group for staff Christmas do",
     frm=S("Becky Lister", "b.lister"), to=[("All Staff", f"allstaff@{DOM}")],
     date="2025-11-03 12:45:08", subject="Christmas do – Friday 12th 🍻", subj_mode="B",
     style="outlook", fmt="plain", cte="quoted-printable",
     body="""\
Hi everyone,

The staff Christmas do is on Friday 12 December at The Malt House, 18 Water Lane, Leeds LS11 5QN, from 7pm. It's £28 for three courses and there's a £10 deposit due by Friday 21 November (cash or bank transfer to me).

To keep the replies out of everyone's inbox I've set up a WhatsApp group – text me on 07700 900 275 if you want adding, or just put your name on the sheet on the staffroom noticeboard.

Menu choices to follow!

Becky x
""")

case("clean", "external_coach_firm_trip_mobile", "own mobile but only to coach company (no parent/pupil)",
     frm=S("Hollie Sowerby", "h.sowerby"), to=[("Dalesway Coaches Bookings", "bookings@dalesway-coaches.example.com")],
     date="2025-06-20 10:05:33", subject="Booking DC-20314 - Example School, Whitby 26 June",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hello,

Just confirming the final details for our booking (ref DC-20314):

Date: Thursday 26 June 2025
Pick-up: 07:30, Wellington Street, Leeds (Example School coach bay, LS1 4AP)
Destination: Whitby, drop-off at the Abbey coach park
Return: depart Whitby 16:00
Passengers: 52 students + 5 staff

On the day the driver can reach me on my mobile, 07700 900201 - the school office closes at 4.30 so that's the best number if you're held up on the way back.

Many thanks,

Hollie Sowerby
Trip Leader, Example School
""")

case("clean", "school_direct_line_extension", "call me on school number + extension; school email",
     frm=S("Grace Hemingway", "g.hemingway"), to=[JANE], date="2025-03-06 16:48:20",
     subject="Re: Ella's science set", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Mrs Parent,

Thank you for your email - I'd be happy to talk this through. The set changes are based on the November and February assessments, but I understand Ella is disappointed and I'd like to explain the reasoning properly.

The easiest way to catch me is on my direct line, 01632 960000 extension 214, between 8 and 8.30 any morning, or after 3.30. If you'd rather meet in person, email me at g.hemingway@example-school.org.uk with a couple of times that suit you.

Kind regards,

Mrs G Hemingway
Head of Science
Example School
""")

case("clean", "school_trip_phone_mobile", "school-owned trip mobile given to parents [unsure]",
     frm=S("Hollie Sowerby", "h.sowerby"), to=[JANE, ALI], date="2025-06-23 17:02:45",
     subject="Year 8 Whitby trip - final information", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Parents and Carers,

Final information for Thursday's Year 8 trip to Whitby:

- Please arrive at school for 07:10. The coach leaves at 07:30 from Wellington Street.
- Packed lunch (unless you've ordered one from the kitchen), water, waterproof coat and comfortable shoes - there are 199 steps!
- Spending money: no more than £15.
- We expect to be back at school at about 18:30.

On the day, the school trip phone will be with me: 07700 900500. This is a school mobile and it will be switched on from 07:00 until every student has been collected. Please only use it on the day for urgent messages - for anything else, contact the school office on 01632 960000.

Hollie Sowerby
Year 8 Trip Leader
Example School
""")

case("clean", "wellbeing_helplines_pupil", "signposting helpline numbers to a pupil",
     frm=S("Farah Iqbal", "f.iqbal"), to=[P("Jess Whitaker", "j.whitaker21")],
     date="2025-02-12 15:40:27", subject="After our chat today", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Jess,

Thank you for talking to me today, I know that wasn't easy. As we agreed, I'll see you again on Thursday at 1pm in the Wellbeing Room, and I'll let Mr Colley know you might need to leave Maths a few minutes early.

If things feel like too much in the evenings or at the weekend, these are free and confidential:

- Leeds Young People's Crisis Line: 0808 157 0123 (24 hours, free from mobiles)
- Leeds Youth Counselling drop-in: 0113 496 0188, or walk in at 4 Merrion Way, LS2 8PD on Saturdays 10-2
- In an emergency always call 999 or go to A&E.

You can also talk to any adult in school - you don't have to wait for Thursday.

Mrs Iqbal
Wellbeing Lead
""")

case("clean", "pupil_details_confirm_sixth", "pupil's own address/mobile and mother's number read back [unsure]",
     frm=S("Colette Barraclough", "c.barraclough"), to=[P("Aisha Begum", "a.begum20")],
     date="2025-09-03 11:20:06", subject="Year 12 enrolment - please check your details",
     style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Aisha,

Before I finalise your enrolment, please can you check the details we hold for you?

Address: 48 Fernbank Avenue, Leeds LS13 1DQ
Your mobile: 07700 900246
Emergency contact: Mrs R Begum (mother), 07700 900247
Date of birth: 03/11/2008
ULN: 4821736590

Reply to let me know if anything needs changing - especially your mobile, as we use it for the sixth form absence texts.

Mrs Barraclough
Sixth Form Administrator
""")

case("clean", "nursery_no_whatsapp_policy", "explains staff can't use WhatsApp/own phones; nursery line",
     frm=S("Pauline Greenwood", "p.greenwood"), to=[SAM], date="2025-09-17 14:11:39",
     subject="Re: parents' WhatsApp group", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Sam,

Thanks for asking. I'm afraid staff aren't allowed to join or run parent WhatsApp groups, or message families from their own phones - it's part of our safeguarding policy and it protects staff as well as families. There's nothing to stop parents setting one up between yourselves, of course, but please don't share photos of other people's children on it.

All our messages and photos go through Tapestry, and you can reach the nursery team on 01632 960046 or nursery@example-school.org.uk.

Pauline
Nursery & Wraparound Care Manager
""")

case("clean", "official_pe_instagram", "school's official PE Instagram handle [unsure]",
     frm=S("Lewis Gaunt", "l.gaunt"), to=[JANE, SAM, ALI], date="2025-07-04 16:20:50",
     subject="Sports Day - results and photos", style="outlook", fmt="html", cte="quoted-printable",
     html=html_outlook("""\
Dear Parents and Carers,

Thank you to everyone who came to Sports Day yesterday – what a day! Congratulations to Aire house, who won by 14 points, and to the Year 9 relay team for breaking a school record that had stood since 2011.

Full results are on the school website, and photos (only of students with photo consent) will go up on the PE department's official Instagram, @exampleschool_pe, over the weekend. The account is run by the school under our social media policy – it doesn't follow or message students.

If you would like a copy of a photo of your own child, email pe@example-school.org.uk.

Mr L Gaunt
Head of PE
Example School
"""))

case("clean", "please_dont_text_my_phone", "teacher declines to text parents, points to office",
     frm=S("Claire Ashworth-Bell", "c.ashworth-bell"), to=[JANE], date="2025-10-09 15:58:03",
     subject="Re: Alfie's reading book", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Jane,

Thank you for letting me know that Alfie was upset about his reading book. I'm sorry – I did get your text on Tuesday (I think my number was passed round after the class party last year), but I'm not able to use my own phone to message parents, so I haven't replied on there.

Please email me here, or ring the office on 01632 960000 and they'll pass a message to me – I'll always get back to you by the end of the day.

Alfie has a new book in his bag tonight which I think he'll enjoy a lot more. He read the first two pages to me this afternoon without any help!

Mrs Ashworth-Bell
Reception Class Teacher
""")

case("clean", "parents_evening_booking_code", "parents' evening slots, event code",
     frm=S("Ryan Colley", "r.colley"), to=[ALI], date="2025-01-27 13:50:14",
     subject="Year 9 parents' evening - Thursday 6 February", style="gmail", fmt="html", cte="base64",
     html=html_gmail("""\
Dear Mr Guardian,

Year 9 parents' evening is on Thursday 6 February, 16:00-19:30. Appointments are 5 minutes long and can be in person in the Sports Hall or by video call - you choose when you book.

Booking opens at 18:00 tonight and closes at noon on Tuesday 4 February. Log in to the booking system with your name, your email address and Calum's date of birth. If it asks for an event code, it is 4481-2207.

Please try to see Maths, English and Science as a priority; this is Calum's last parents' evening before GCSE options are confirmed.

If you have any difficulty booking, the office (01632 960000) can make appointments for you.

Ryan Colley
Head of Year 9
"""))

case("clean", "access_arrangements_upn", "UPN, candidate number, DOB, approval reference",
     frm=S("Harriet Lumb", "h.lumb"), to=[ALI], date="2025-03-27 12:06:21",
     subject="Access arrangements approved - summer exams", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mr Guardian,

I'm pleased to confirm that the awarding bodies have approved the access arrangements we applied for. The details we submitted were:

Candidate: Example Pupil Three
UPN: C123456789014
Candidate number: 0617
Date of birth: 22/06/2009
Approval reference: AA-2025-118734

Arrangements: 25% extra time, a reader (computer reader in English), and rest breaks.

He'll sit his exams in the small exam room (S4) with the other candidates who have a reader. We'll run a practice in the mocks week after Easter so he knows what to expect.

Kind regards,

Harriet Lumb
SENCo & Head of SEND Unit
""")

case("clean", "fsm_application_reference", "free school meals application ref, council line",
     frm=S("Karen Stead", "k.stead"), to=[SAM], date="2024-09-19 10:34:11",
     subject="Free school meals - your application", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Sam,

Thank you for completing the free school meals form. I've checked it and sent it on to the council. Your application reference is FSM/2024/0011349620.

The council's Benefits and Free School Meals team usually confirm within 10 working days. If you haven't heard by Friday 4 October, you can call them on 0113 496 0300 and quote the reference.

In the meantime, Leo and Kai can have a school lunch and we won't charge you while the application is being processed. Please let us know the outcome when you hear, because it also affects the pupil premium funding the school receives.

Kind regards,

Karen Stead
Finance Assistant
Example School
""")

case("clean", "holiday_activities_haf", "HAF providers' addresses and phone numbers",
     frm=S("Denise Oyelaran", "d.oyelaran"), to=[JANE, SAM], date="2025-03-26 14:25:00",
     subject="Free holiday activities this Easter", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Dear Parents and Carers,

Children who receive benefits-related free school meals can book free places at holiday activity clubs over Easter (Monday 7 – Thursday 17 April). Each session includes a hot lunch. Places near school include:

Armley Youth Hub, 12 Town Street, Leeds LS12 3HN – multi-sports, 10:00–14:00. Bookings: 0113 496 0711
Hyde Park Community Arts, 7 Brudenell Grove, Leeds LS6 1HR – art, music and cooking, 10:00–13:00. Bookings: 0113 496 0723
Kirkstall Abbey Rangers – outdoor adventure days (ages 9–16), 09:30–15:00. Bookings: rangers@kirkstallabbey.example.org

You'll need your child's council booking code, which is on the letter the council sent in March (it starts HAF25-). If you've lost it, the council's HAF team can reissue it.

Have a lovely break,

Denise Oyelaran
Pastoral Manager
Example School
""")

case("clean", "school_photos_online_code", "photographer access code and company helpline",
     frm=S("Debbie Cooper", "d.cooper"), to=[JANE], date="2024-10-24 09:40:38",
     subject="School photographs - online ordering", style="outlook", fmt="html", cte="quoted-printable",
     html=html_outlook("""\
Dear Parent/Carer,

Your child's individual photographs from Thursday 17 October are now ready to view and order online.

Website: www.brightsmilephoto.example.com
Access code: 7F3K 9Q2M
Child reference: 0041 7730 09

Orders placed by Thursday 14 November will be delivered to school free of charge. After that, postage and packing is £2.95.

Please direct any queries about orders or payments to Brightsmile Photography's customer services team on 0121 496 0789 – the school office isn't able to access your order.

Kind regards,

Debbie Cooper
Office Manager
Example School
"""))

case("clean", "council_attendance_officer", "council attendance officer's work contacts [unsure]",
     frm=S("Wendy Hirst", "w.hirst"), to=[ALI], date="2024-12-03 11:55:42",
     subject="Attendance support meeting - Tuesday 10 December", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mr Guardian,

Thank you for agreeing to meet about Zayn's attendance. The meeting is on Tuesday 10 December at 9.15am in the Student Services meeting room (Wellington Street entrance).

Attending will be me, Zayn's Head of Year, and Mrs Joanna Pike, Attendance Improvement Officer from Leeds City Council. Mrs Pike works across several schools, so if you'd like to speak to her before the meeting her details are:

Joanna Pike, Attendance Improvement Officer
Tel: 0113 496 0377 or work mobile 07700 900990
Email: joanna.pike@leeds-council.example.org

The aim of the meeting is to agree what support would help; it is not a formal warning.

Kind regards,

Wendy Hirst
Attendance Officer
Example School | 01632 960000
""")

case("clean", "teams_message_me_coding", "'message me on Teams' (school platform)",
     frm=S("Dev Mistry", "d.mistry"),
     to=[P("Harris Young", "h.young23"), P("Tia Lockwood", "t.lockwood23"), P("Evie Crabtree", "e.crabtree23")],
     date="2025-04-04 15:30:12", subject="Coding club over Easter", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi all,

A few of you asked about working on the platformer over Easter. Everything is in the Coding Club team on Microsoft Teams (the same one we use in lessons) - the code is under Files > Platformer.

If you get stuck, message me on Teams or post in the Help channel and I'll try to reply within a day. Please don't email me huge zip files, they bounce!

Mr Mistry
""")

case("clean", "class_dojo_message_me", "'message me on Class Dojo' (school's parent app)",
     frm=S("Peter Ogunleye", "p.ogunleye"), to=[SAM], date="2024-09-06 16:02:19",
     subject="Welcome to Year 3!", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Sam,

Welcome to Year 3! Theo has had a brilliant first week - he's already been given a job as one of our class librarians.

A few things for this half term:
- PE is on Tuesdays and Thursdays, so please send Theo's kit in on Monday and it can stay in school all week.
- Reading books are changed on Mondays and Fridays.
- Spellings go out on Friday and are tested the following Friday.

This year we're using Class Dojo as our main way of keeping in touch. You should have had a letter with your parent code - once you've signed up, you can message me on Class Dojo between 8am and 5pm on school days and I'll reply as soon as I can. For anything urgent, please ring the school office on 01632 960000.

Mr Ogunleye
Year 3 Teacher
""")

case("clean", "reply_quoting_parent_mobile", "reply quotes parent's own message with her mobile",
     frm=S("Amy Sutcliffe", "a.sutcliffe"), to=[JANE], date="2025-06-16 08:17:05",
     subject="RE: Esme - dentist Thursday", style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Hi Jane,

No problem, I've let the office know Esme will be leaving at 1.30 on Thursday. Please sign her out at reception when you collect her.

Amy Sutcliffe
Year 4 Teacher

From: Jane Parent <jane.parent@gmail.com>
Sent: Monday, June 16, 2025 7:58 AM
To: Amy Sutcliffe <a.sutcliffe@example-school.org.uk>
Subject: Esme - dentist Thursday

Hi Miss Sutcliffe,

Esme has a dentist appointment on Thursday at 2.15 so I'll pick her up at half 1. If there are any problems my mobile is 07700 900123.

Thanks, Jane

Sent from my iPhone
""")

SIG_REID_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Guardian,</p>
<p>Thank you for your email about Ayaan's Year 10 report. I've looked into the Geography grade and you were right &ndash; it was a data entry error (his working-at grade is a 5, not a 3). The corrected report is now on the parent portal, and I've apologised to Ayaan too.</p>
<p>Kind regards,</p>
<table cellpadding="0" cellspacing="0" border="0" style="font-size:9pt;color:#333">
<tr><td style="border-right:2px solid #0b6e4f;padding-right:10px"><b style="color:#0b6e4f">Example School</b><br>Primary &middot; Secondary &middot; Sixth Form</td>
<td style="padding-left:10px"><b>Marcus Reid</b><br>Deputy Headteacher (Secondary)<br>
T: 01632 960000 &nbsp;|&nbsp; E: <a href="mailto:m.reid@example-school.org.uk">m.reid@example-school.org.uk</a><br>
W: <a href="https://www.example-school.org.uk">www.example-school.org.uk</a> &nbsp;|&nbsp; X: @ExampleSchLeeds<br>
Park Row, Leeds LS1 4AP</td></tr>
</table>
</body></html>
"""

case("clean", "html_signature_school_only", "HTML signature table with school phone/address/X only",
     frm=S("Marcus Reid", "m.reid"), to=[ALI], date="2025-07-08 12:36:16",
     subject="Ayaan's Year 10 report", style="outlook", fmt="alt", cte="quoted-printable",
     html=SIG_REID_HTML,
     body="""\
Dear Mr Guardian,

Thank you for your email about Ayaan's Year 10 report. I've looked into the Geography grade and you were right – it was a data entry error (his working-at grade is a 5, not a 3). The corrected report is now on the parent portal, and I've apologised to Ayaan too.

Kind regards,

Marcus Reid
Deputy Headteacher (Secondary)
Example School
T: 01632 960000 | E: m.reid@example-school.org.uk
W: www.example-school.org.uk | X: @ExampleSchLeeds
Park Row, Leeds LS1 4AP
""")

VCARD_OFFICE = """\
BEGIN:VCARD\r
VERSION:3.0\r
N:;Example School Office;;;\r
FN:Example School Office\r
ORG:Example School\r
TEL;TYPE=WORK,VOICE:01632 960000\r
EMAIL;TYPE=WORK,INTERNET:office@example-school.org.uk\r
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom\r
URL:https://www.example-school.org.uk\r
NOTE:Absence line: 01632 960000 option 1 (before 9am)\r
END:VCARD\r
""".encode()

case("clean", "vcard_school_office", "vCard attachment of the school office",
     frm=("Example School Office", f"office@{DOM}"), to=[SAM], date="2024-09-02 09:00:00",
     subject="Welcome to Example School - save our details", style="generic", fmt="plain", cte="7bit",
     atts=[("Example School Office.vcf", "text/vcard", VCARD_OFFICE)],
     body="""\
Dear Sam,

Welcome to Example School! So that you don't miss our calls, we've attached the school office's contact card - just open it on your phone to save it.

If your child is absent, please ring 01632 960000 and choose option 1 before 9am, or email office@example-school.org.uk.

We look forward to working with you.

Example School Office
""")

ICS = """\
BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:7ac-settling-in-2024-0930-1735@example-school.org.uk\r
DTSTAMP:20240923T101500Z\r
DTSTART:20240930T163500Z\r
DTEND:20240930T164500Z\r
SUMMARY:Year 7 settling-in meeting - Mr Cawthorne\r
LOCATION:Example School\\, Main Hall\\, Park Row\\, Leeds LS1 4AP\r
DESCRIPTION:10-minute meeting with Jacob's form tutor. Enter via the main entrance on Park Row.\r
END:VEVENT\r
END:VCALENDAR\r
""".encode()

case("clean", "ics_settling_in_meeting", "calendar attachment with school location",
     frm=S("Aaron Cawthorne", "a.cawthorne"), to=[JANE], date="2024-09-23 11:15:00",
     subject="Year 7 settling-in meeting - Monday 30 September", style="outlook", fmt="plain", cte="7bit",
     atts=[("Settling-in meeting.ics", "text/calendar", ICS)],
     body="""\
Dear Mrs Parent,

Thank you for booking a settling-in meeting. Your appointment is on Monday 30 September at 17:35 in the Main Hall - I've attached a calendar invite.

Jacob seems to have settled really well. It would be good to hear how you think he's finding things at home, too.

Mr Cawthorne
7AC Form Tutor
""")

case("clean", "normandy_trip_hotel_france", "trip hotel's French +33 number and address; operator line",
     frm=S("Isabelle Carter", "i.carter"), to=[JANE, SAM], date="2025-05-14 16:12:52",
     subject="Normandy residential – itinerary and contacts", subj_mode="Q",
     style="outlook", fmt="alt", cte="base64",
     body="""\
Dear Parents and Carers,

Please find below the key information for the Year 8 Normandy residential (Monday 2 – Friday 6 June).

Accommodation:
Château du Bois Joli (group centre)
14 route de la Mer, 14117 Arromanches-les-Bains, France
Tel: +33 2 61 91 04 27

Itinerary highlights: Bayeux Tapestry, Arromanches 360 cinema, a bakery visit where students order in French, the market at Caen and a beach afternoon (weather permitting!).

While we are away, please contact the school office on 01632 960000 during school hours. Out of hours, the tour operator runs a 24-hour UK duty line on 0161 496 0888, and they can reach the trip leaders at any time.

Students must bring their passport, EHIC/GHIC card and the signed medical form. Please label all medication.

Merci beaucoup,

Mme I. Carter
Teacher of French, Trip Leader
Example School
""")

case("clean", "transition_other_secondary", "another school's transition contacts and address",
     frm=S("Dan Mellor", "d.mellor"), to=[SAM], date="2025-06-10 15:21:34",
     subject="Leo's transition day at Aireborough Academy", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Sam,

As Leo is moving on to Aireborough Academy in September, I've passed on his transition information to their Year 7 team. Their transition day is on Tuesday 1 July.

They've asked parents to drop off at their main reception: Aireborough Academy, Victoria Avenue, Yeadon, Leeds LS19 7AG, at 8.40am. Pick-up is 3pm from the same place.

Their Year 7 Pastoral Lead is Mrs Denise Holt. If you have any questions about the day or about September, you can contact her on 0113 496 0460 or at transition@aireborough.example.org.

We'll miss Leo lots - he's been a real star in Year 6.

Mr D Mellor
Year 6 Lead
Example School
""")

case("clean", "year4_swimming_leisure_centre", "leisure centre address and reception line",
     frm=S("Sophie Marsden", "s.marsden"), to=[JANE, SAM, ALI], date="2025-04-23 13:09:47",
     subject="Year 4 swimming lessons - summer term", style="outlook", fmt="alt", cte="7bit",
     body="""\
Dear Parents and Carers,

Year 4 swimming lessons start on Thursday 1 May and run for ten weeks at:

Kirkstall Leisure Centre
Kirkstall Lane, Leeds LS5 3BE

The coach leaves school at 13:10 and we are back by 15:00. Please send your child in with a swimming costume (no long shorts), a towel, goggles if they use them, and a hat for long hair, all in a named bag.

Lessons are taught by the leisure centre's instructors, with school staff poolside. Children are grouped by ability after the first session.

If your child can't swim on a particular week, please send a note. Please don't ring the leisure centre about groups or lessons - their reception (0113 496 0744) can't help with school bookings, so just talk to me or your child's class teacher.

Miss S Marsden
PE & School Sport (Primary)
""")

case("clean", "new_name_new_school_email", "teacher's changed school email address",
     frm=S("Harpreet Kaur-Bains", "h.kaur-bains"),
     to=[P("13HK tutor group", "13hk.2024")], date="2024-11-04 08:05:26",
     subject="New name, new email!", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi 13HK,

As most of you know, I got married over half term (thank you for the cards!). I'm now Mrs Kaur-Bains, and my school email has changed to h.kaur-bains@example-school.org.uk. The old one (h.kaur@example-school.org.uk) will forward for the rest of the year, but please use the new one, especially for anything to do with UCAS references.

My timetable, room (S12) and office hour (Wednesday lunchtime) haven't changed.

Mrs Kaur-Bains
""")

case("clean", "homework_reminder_pupil", "ordinary: late homework reminder",
     frm=S("Jo Lindley", "j.lindley"), to=[P("Marcus Oduya", "m.oduya22")], date="2025-02-04 14:20:00",
     subject="Cells homework", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Marcus, your cells homework on Seneca is now three days late. Please finish it by Friday, otherwise it'll be a lunchtime catch-up session next week.

Miss Lindley
""")

case("clean", "reading_praise_parent", "ordinary: praise note to parent",
     frm=S("Dawn Hebden", "d.hebden"), to=[JANE], date="2025-02-13 15:32:10",
     subject="Ruby's reading", style="outlook", fmt="plain", cte="7bit",
     body="""\
Hi Jane,

Just had to tell you - Ruby read her whole book to me today with hardly any help, and she did all the voices! She was so proud of herself, so please give her a big well done tonight.

Dawn (Year 2 TA)
""")

case("clean", "head_lice_letter", "ordinary: head lice letter, HTML only",
     frm=("Example School Office", f"office@{DOM}"), to=[JANE, SAM, ALI], date="2024-10-01 12:00:00",
     subject="Head lice in Year 3", style="generic", fmt="html", cte="7bit",
     html=html_plain("""\
Dear Parents and Carers,

We have had a few cases of head lice reported in Year 3. Please could you check your child's hair this week and treat it if necessary.

Head lice are very common in primary-aged children and are nothing to do with cleanliness. The most effective method is wet combing with conditioner and a fine-toothed nit comb every few days for two weeks. Your local pharmacist can advise on treatments.

Children do not need to stay off school.

Thank you for your help.

Example School Office
"""))

case("clean", "sports_day_primary", "ordinary: primary sports day info with times",
     frm=S("Dan Mellor", "d.mellor"), to=[JANE, SAM], date="2025-06-27 14:44:31",
     subject="Primary Sports Day - Wednesday 2 July", style="outlook", fmt="plain", cte="quoted-printable",
     body="""\
Dear Parents and Carers,

Primary Sports Day will take place on Wednesday 2 July on the school field.

KS1 (Reception – Year 2): 09:30–10:45
KS2 (Years 3–6): 13:15–14:45

Families are very welcome to come and watch from behind the rope. Please send children in wearing their house colour T-shirt, with sun cream applied before school, a hat and a named water bottle.

If the weather is bad we will move to Friday 4 July and let you know by 8am on the day.

Mr D Mellor
Year 6 Lead
""")

case("clean", "detention_notice_homework", "ordinary: after-school detention notice",
     frm=S("Paul Rushworth", "p.rushworth"), to=[ALI], date="2025-03-18 12:29:40",
     subject="After-school detention - Wednesday", style="outlook", fmt="plain", cte="7bit",
     body="""\
Dear Mr Guardian,

I'm writing to let you know that Calum has an after-school detention on Wednesday 19 March from 15:15 to 16:00 in E2. This is for missing three pieces of English homework this half term.

He will use the time to complete the missing work, so he'll need his copy of An Inspector Calls.

If this causes a problem with getting home, please let me know by the end of today.

Regards,

Mr P Rushworth
Teacher of English
""")

case("clean", "nea_deadline_year13", "ordinary: coursework deadline to a pupil group",
     frm=S("Mark Tennant", "m.tennant"), to=[P("Ayo Bankole", "a.bankole19"), P("Lily Chambers", "l.chambers19"),
                                               P("Ben Hartigan", "b.hartigan19")],
     date="2025-03-21 09:10:02", subject="History NEA - final deadline", style="outlook", fmt="plain", cte="7bit",
     body="""\
Morning all,

Reminder that the final deadline for your History NEA is Friday 4 April, 3.30pm. Submit on Google Classroom AND hand in a signed declaration form to me in H4.

After that date I can't accept changes - the marks have to go to the exam board in May.

If you're behind, come to the drop-in on Tuesday after school.

Mr Tennant
""")

case("clean", "christmas_jumper_day", "ordinary: Christmas jumper day, RFC 2047 subject",
     frm=S("Gemma Royds", "g.royds"), to=[JANE, SAM, ALI], date="2024-12-05 15:15:00",
     subject="Christmas Jumper Day 🎄 Friday 13th – £1 donation", subj_mode="B",
     style="outlook", fmt="alt", cte="quoted-printable",
     body="""\
Dear Parents and Carers,

Next Friday (13 December) is Christmas Jumper Day! Children from Nursery to Year 13 can wear a festive jumper with their normal school uniform bottoms.

We're asking for a £1 donation to Save the Children, which can be paid on ParentPay or brought in on the day.

Please don't go out and buy a new jumper – a bit of tinsel or a homemade decoration on an old jumper is perfect. The PTA will also have a jumper swap rail in the playground on Monday and Tuesday after school.

Thank you,

Gemma Royds
School Business Manager
""")


# ---------------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    order = list(CASES)
    random.Random(20250505).shuffle(order)
    counts = {"flag": 0, "clean": 0}
    rows = []
    slugs = set()
    for i, c in enumerate(order, 1):
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        name = f"{i:03d}_{c['label']}_{c['slug']}.eml"
        (OUT / name).write_bytes(build(c))
        counts[c["label"]] += 1
        recips = " ".join(a for _, a in c["to"] + c.get("cc", []))
        rows.append([name, c["label"], c["frm"][1], recips, c["note"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}: {counts['flag']} flag, {counts['clean']} clean")


if __name__ == "__main__":
    main()
