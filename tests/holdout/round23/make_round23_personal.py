#!/usr/bin/env python3
"""Round 23 blind hold-out corpus, module "personal-address-to-parent".

Writes 80 RFC 5322 messages (20 flag, 60 clean) plus labels.csv into
./personal-address-to-parent/ next to this script.  Deterministic: fixed dates,
Message-IDs and MIME boundaries, so two runs give byte-identical files.

Setting: an 11-18 school in an inner London borough (gospel choir, football
academy link, on-site youth club and youth workers, knife-crime and county-lines
awareness work).  Written blind: the author never saw mailguard's code, rules or
tests.  Never use these files for tuning.

Python 3.11, standard library only.  Run:  python3 make_round23_personal.py
"""
import base64
import csv
import hashlib
import html as htmlmod
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "personal-address-to-parent"

SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"


# --------------------------------------------------------------------------- people
def staff(name, local):
    return (name, f"{local}@{SD}")


def pupil(local, name=None):
    return (name, f"{local}@{PD}")


JANE = ("Jane Parent", "jane.parent@gmail.com")       # mother of "Marcus" (Y9)
SAM = ("Sam Carer", "sam.carer@outlook.com")          # carer of "Destiny" (Y10)
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")  # father of "Aylin" (Y10)

ABENA = staff("Abena Owusu-Mensah", "a.owusu-mensah")   # Head of Year 9
DENIZ = staff("Deniz Yilmaz", "d.yilmaz")               # Maths
MARCIA = staff("Marcia Campbell", "m.campbell")         # Music, gospel choir
TUNDE = staff("Tunde Adeyemi", "t.adeyemi")             # PE, football academy link
JEROME = staff("Jerome Baptiste", "j.baptiste")         # youth worker
SHANICE = staff("Shanice Morgan", "s.morgan")           # youth worker
ELIF = staff("Elif Demir", "e.demir")                   # EAL & community liaison
DSL = staff("Conrad Whitfield", "dsl")                  # Deputy Head, DSL
CONRAD = staff("Conrad Whitfield", "c.whitfield")
OFFICE = staff("Example School Office", "office")       # Pauline Grant
ATTEND = staff("Kwame Boateng", "attendance")           # attendance officer
HANNAH = staff("Hannah Prescott", "h.prescott")         # English
LEON = staff("Leon Fraser", "l.fraser")                 # Science
CHIAMAKA = staff("Chiamaka Nwosu", "c.nwosu")           # Head of Sixth Form
RYAN = staff("Ryan O'Dowd", "r.odowd")                  # Geography, trips
SERPIL = staff("Serpil Arslan", "s.arslan")             # teaching assistant
HR = staff("Rosalind Achterberg", "hr")                 # HR & business manager
DWAYNE = staff("Dwayne Clarke", "d.clarke")             # learning mentor
EXAMS = staff("Priya Raman", "exams")                   # exams officer
FEMI = staff("Femi Okonkwo", "f.okonkwo")               # Drama
KEZIA = staff("Kezia Thompson", "k.thompson")           # careers
HEAD = staff("Dr Gillian Marsh", "head")                # headteacher
OGUZ = staff("Oğuz Kaya", "o.kaya")                     # Computing
TANISHA = staff("Tanisha Reid", "t.reid")               # SENCo
GEOFF = staff("Geoffrey Hale", "g.hale")                # History
BUKOLA = staff("Bukola Adebayo", "b.adebayo")           # RE
FINANCE = staff("Sunil Varma", "finance")               # finance officer
MEHMET = staff("Mehmet Aksoy", "m.aksoy")               # PE
LIBRARY = staff("Colette Barrow", "library")            # librarian
PATRICK = staff("Patrick Osei-Bonsu", "p.osei-bonsu")   # Head of Year 7
NURSE = staff("Adaeze Nnamdi", "schoolnurse")           # school nurse
ALLSTAFF = ("All Staff", f"allstaff@{SD}")
ITSUPPORT = ("IT Support", f"itsupport@{SD}")
COVER = ("Cover", f"cover@{SD}")
SCIENCE = ("Science Department", f"science@{SD}")
PEDEPT = ("PE Department", f"pe@{SD}")

KAYDEN = pupil("22kasante", "Kayden Asante")
JAYLEN = pupil("22jreid", "Jaylen Reid")
TUBA = pupil("22tozturk", "Tuba Öztürk")
DANIEL = pupil("21dokafor", "Daniel Okafor")
NIA = pupil("21nharris", "Nia Harris")
CHANTELLE = pupil("21cthomas", "Chantelle Thomas")
LEVI = pupil("20lwilliams", "Levi Williams")
TOBI = pupil("20tbello", "Tobi Bello")
KEREM = pupil("20kcelik", "Kerem Çelik")
JOY = pupil("19jadebayo", "Joy Adebayo")
MALIK = pupil("19mbrown", "Malik Brown")
ABIGAIL = pupil("19aosei", "Abigail Osei")
SELIN = pupil("18ssahin", "Selin Şahin")
OLAMIDE = pupil("18oakinola", "Olamide Akinola")
DANTE = pupil("18dgordon", "Dante Gordon")
AMA = pupil("23amensah", "Ama Mensah")
MERT = pupil("23mdogan", "Mert Doğan")
RHIANNA = pupil("23rcampbell-lewis", None)
EMRE = pupil("24ekaradeniz", "Emre Karadeniz")
PRECIOUS = pupil("24pfrancis", "Precious Francis")
HUSEYIN = pupil("24hyildiz", "Hüseyin Yıldız")
ZION = pupil("24zmorgan-baker", None)


# --------------------------------------------------------------------------- helpers
def _h(s, n=12):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def uk_tz(dt):
    bst = [(datetime(2024, 3, 31, 1), datetime(2024, 10, 27, 1)),
           (datetime(2025, 3, 30, 1), datetime(2025, 10, 26, 1))]
    for a, b in bst:
        if a <= dt < b:
            return timezone(timedelta(hours=1))
    return timezone.utc


def rfc_date(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return format_datetime(dt.replace(tzinfo=uk_tz(dt)))


def fmt_addr(a):
    name, email = a
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def addr_header(field, addrs):
    items = [fmt_addr(a) for a in addrs]
    line = f"{field}: " + ", ".join(items)
    if len(line) <= 78:
        return line
    return f"{field}: " + ",\n ".join(items)


def subject_header(subject, force=False):
    try:
        subject.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not force:
        return "Subject: " + subject
    return "Subject: " + Header(subject, "utf-8", header_name="Subject").encode(linesep="\n")


def encode_text(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        text.encode("ascii")  # raises if not ASCII: fix the message
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def text_part(ctype, text, cte, extra=""):
    charset = "us-ascii" if cte == "7bit" else "utf-8"
    hdrs = [f'Content-Type: {ctype}; charset="{charset}"{extra}',
            f"Content-Transfer-Encoding: {cte}"]
    return hdrs, encode_text(text, cte)


def multipart(subtype, boundary, parts, preamble=True):
    out = []
    if preamble:
        out.append("This is a multi-part message in MIME format.\n")
    for hdrs, body in parts:
        out.append(f"--{boundary}\n" + "\n".join(hdrs) + "\n\n" + body.rstrip("\n") + "\n")
    out.append(f"--{boundary}--\n")
    return [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], "\n".join(out)


def attachment(filename, ctype, data, cte="base64", inline_text=False):
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        body = data.decode("ascii").replace("\r\n", "\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        raise ValueError(cte)
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: attachment; filename="{filename}"',
            f"Content-Transfer-Encoding: {cte}"]
    return hdrs, body


def make_pdf(lines):
    """A small but valid one-page PDF with the given lines of ASCII text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        content.append(f"({esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


OUTLOOK_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def auto_html(text, style):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip(">").lstrip(), quote=False) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            continue
        inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines)
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{inner}</p>\n<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append(f"<div>{inner}</div>\n<div><br></div>")
    if style == "outlook":
        return OUTLOOK_HEAD + "\n".join(out) + "\n" + OUTLOOK_TAIL
    return '<div dir="ltr">\n' + "\n".join(out) + "\n</div>\n"


# --------------------------------------------------------------------------- registry
MESSAGES = []


def M(label, slug, frm, to, subject, date, body, *, cc=(), reply_to=None, fmt="plain",
      cte="7bit", html=None, html_cte=None, html_style=None, html_subs=(), atts=(),
      client="outlook", reply=False, note="", subj_encode=False, extra=()):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         reply_to=reply_to, subject=subject, date=date, body=body, fmt=fmt,
                         cte=cte, html=html, html_cte=html_cte or cte, html_style=html_style,
                         html_subs=html_subs, atts=list(atts), client=client, reply=reply,
                         note=note, subj_encode=subj_encode, extra=list(extra)))


def message_id(m):
    h = _h(m["slug"] + m["date"], 24)
    if m["client"] == "outlook":
        return f"<LO4P265MB{h[:10].upper()}{h[10:16].upper()}@LO4P265MB{h[16:].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if m["client"] == "iphone":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:24].upper()}@{SD}>"
    return f"<r23p.{h}@mail.{SD}>"


def build(m):
    hdrs = []
    hdrs.append("From: " + fmt_addr(m["frm"]))
    hdrs.append(addr_header("To", m["to"]))
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    if m["reply_to"]:
        hdrs.append("Reply-To: " + fmt_addr(m["reply_to"]))
    hdrs.append(subject_header(m["subject"], m["subj_encode"]))
    hdrs.append("Date: " + rfc_date(m["date"]))
    hdrs.append("Message-ID: " + message_id(m))
    if m["reply"]:
        irt = f"<{_h('irt' + m['slug'], 20)}@mail.gmail.com>"
        hdrs.append("In-Reply-To: " + irt)
        hdrs.append("References: " + irt)
    if m["client"] == "outlook":
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if m["atts"] else ""))
    elif m["client"] == "iphone":
        hdrs.append("X-Mailer: iPhone Mail (21E236)")
    elif m["client"] == "thunderbird":
        hdrs.append("User-Agent: Mozilla Thunderbird")
    hdrs.extend(m["extra"])
    hdrs.append("MIME-Version: 1.0")

    style = m["html_style"] or ("outlook" if m["client"] == "outlook" else "gmail")
    html = m["html"]
    if m["fmt"] in ("alt", "html") and html is None:
        html = auto_html(m["body"], style)
    if html is not None:
        for a, b in m["html_subs"]:
            assert a in html, (m["slug"], a)
            html = html.replace(a, b)

    b = _h("b" + m["slug"], 16)
    if m["client"] == "outlook":
        b_alt, b_mix = f"_000_LO4P265MB{b.upper()}_", f"_004_LO4P265MB{b.upper()}_"
    else:
        b_alt, b_mix = f"000000000000{b}a1", f"000000000000{b}m2"

    if m["fmt"] == "plain":
        main = text_part("text/plain", m["body"], m["cte"])
    elif m["fmt"] == "html":
        main = text_part("text/html", html, m["html_cte"])
    elif m["fmt"] == "alt":
        main = multipart("alternative", b_alt,
                         [text_part("text/plain", m["body"], m["cte"]),
                          text_part("text/html", html, m["html_cte"])],
                         preamble=False)
    else:
        raise ValueError(m["fmt"])
    if m["atts"]:
        top = multipart("mixed", b_mix, [main] + m["atts"])
    else:
        top = main
    thdrs, tbody = top
    raw = "\n".join(hdrs + thdrs) + "\n\n" + tbody
    return raw.encode("utf-8")


# =========================================================================== FLAGS (20)

M("flag", "snapchat_youthclub_studio", JEROME, [KAYDEN],
  "Tuesday youth club + studio sessions", "2024-10-10 21:14:03",
  """Wagwan Kayden,

Good to see you at youth club on Tuesday fam, you and the mandem were on form in the studio. That track you laid down was peak (in the good way!!) so don't be shy about it, play it to your mum.

Like I said, the studio sessions are back after half term, Tuesdays and Thursdays 4-6pm in the Annexe. Bring Dre and Kwesi if they're still keen, there's room for 6.

Easier to sort times on snap than on here tbh, I don't really check my work email in the evenings. Add me, I'm jbaps_23 - send me a message when you've added so I know it's you and not some random.

Stay safe and get home straight after, yeah?

Jerome
Youth Worker | Example School Youth Club
Example School, Park Row, LS1 4AP | 01632 960000
""",
  client="iphone",
  note="youth worker asks Y9 pupil to add his personal Snapchat handle")

M("flag", "mobile_after_seven_busstop", ABENA, [JANE],
  "RE: Marcus - what happened Friday", "2024-11-18 16:52:40",
  """Dear Ms Parent,

Thank you for letting me know, and I'm sorry Marcus came home so shaken. I spoke to him this afternoon with Mr Clarke and he told us a bit more about the boys at the bus stop on Friday. He was honest and calm and I'm really proud of how he handled it - he walked away, which is exactly what we tell them to do.

I'd rather talk this through properly than over email. I'm on duty until 5.30 tonight and then driving home, so the easiest thing is if you ring me on my mobile after 7 – 07700 900312. If I don't pick up, leave a voicemail and I'll call you straight back.

We will also be passing what he told us to our safeguarding team, as we always do with anything like this. He was a bit worried about that, so please reassure him it's normal and he is not in any trouble.

Kind regards,

Ms A. Owusu-Mensah
Head of Year 9
Example School, Park Row, LS1 4AP
Tel: 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 18 November 2024 08:03
To: Abena Owusu-Mensah <a.owusu-mensah@example-school.org.uk>
Subject: Marcus - what happened Friday

Morning Ms Owusu-Mensah, Marcus came home Friday really upset, some older boys from another school were at the bus stop on Kingsbury Parade asking him where he lives and what he's got in his bag. He won't tell me much. Can someone speak to him please. Jane
""",
  fmt="alt", cte="quoted-printable", reply=True,
  note="HoY gives parent her own mobile to ring in the evening (reply with quoted thread)")

M("flag", "choir_whatsapp_group_parents", MARCIA, [SAM, ALI],
  "Gospel Choir - Easter Sunday service & a parents' group", "2025-01-15 19:40:12",
  """Dear Choir Parents and Carers,

What a start to the year! The young people sounded glorious at the Winter Concert and I've had so many lovely messages from families since. Thank you for all your support, and for the jollof and the sorrel at the interval - that table emptied in ten minutes.

Our big date this term is the Easter Sunday service at New Covenant Church on 20 April. We have been invited to sing two numbers with their youth choir, "Total Praise" and "I Need You to Survive". Rehearsals will be Wednesdays 3.30–5pm in the Music block as usual, with one extra Saturday rehearsal on 12 April (10am–1pm).

A few of you have asked how to get updates quicker, so I've set up a WhatsApp group for choir families. Just text me on 07700-900-588 with your name and your child's name and I'll add you. It's much easier for last-minute changes than email!

Robes will go home for washing the week before - please send them back pressed and on a hanger.

God bless and see you soon,
Mrs Marcia Campbell
Director, Example School Gospel Choir
Music Department | Example School | Park Row, LS1 4AP | 01632 960000
""",
  fmt="alt", cte="quoted-printable",
  html_subs=[("Just text me on 07700-900-588", "<b>Just text me on 07700-900-588</b>")],
  note="choir director invites parents to text her mobile to join a WhatsApp group")

M("flag", "personal_gmail_academy_clips", TUNDE, [DANIEL],
  "Trial footage", "2025-03-08 10:22:51",
  """Daniel,

Saw the clips from Wednesday's game, your movement off the ball in the second half was class. The academy scout (Mr Lindqvist) wants a proper highlights reel before the U16 trial on the 29th, so we need to get it sorted this week.

Problem is the school email won't let me receive the big video files and I'm not on the school system at weekends anyway. Send the clips to my own email instead: tunde.adeyemi.coach@gmail.com - WeTransfer is fine if they're massive.

Keep doing the recovery stretches. No heading practice until the physio says so.

Coach A
--
Mr T. Adeyemi
PE Department / Academy Partnership Lead
Example School | 01632 960000
""",
  client="gmail",
  note="PE teacher asks Y10 pupil to send videos to his personal gmail")

M("flag", "senco_mobile_in_signature_html", TANISHA, [SAM],
  "Destiny - annual review notes", "2025-02-04 15:05:33",
  "",
  fmt="html", cte="quoted-printable",
  html="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Sam,</p>
<p>Thank you for coming in on Thursday, and for bringing Destiny's nan along &ndash; it really helped to hear how things are at home.</p>
<p>I've written up the notes from Destiny's annual review and will send the draft to the local authority by <b>Friday 14 February</b>. The main changes are:</p>
<ul>
<li>two extra literacy sessions a week with Mrs Arslan (Tuesday and Thursday, period 1)</li>
<li>exam access arrangements &ndash; 25% extra time and a reader &ndash; which we'll start using in the Year 10 mocks</li>
<li>a time-out card for lessons, reviewed after Easter</li>
</ul>
<p>If you think of anything else you'd like added, the quickest way is to text me on my mobile below. I'm across both sites most days so I see texts faster than emails.</p>
<p>Warm regards,</p>
<table style="border-top:2px solid #7a1f3d;font-size:9pt;color:#333">
<tr><td style="padding-top:6px"><b>Tanisha Reid</b><br>
SENCo | Example School<br>
Park Row, LS1 4AP<br>
School: 01632 960000<br>
Mobile: +44 7700 900641</td></tr>
</table>
</body>
</html>
""",
  note="SENCo HTML-only mail to carer; her own mobile (+44 form) in the signature, invites texts")

M("flag", "replyto_home_hotmail", HANNAH, [ALI],
  "Aylin's English practice piece", "2024-12-02 07:48:19",
  """Dear Mr Guardian,

Aylin has asked for more time on her Language Paper 2 practice piece - her speech about the youth club closing on the estate - and I'm happy to give her until Monday 9th. It's a strong draft already; she just needs to tighten the ending and cut some of the repetition in the middle section.

I'm away on an exam marking course for the rest of this week, so I've set this email to reply to my home account, which I'll be checking in the evenings. Just hit reply with any questions and it will get to me.

Best wishes,

Hannah Prescott
Teacher of English
Example School
""",
  reply_to=("Hannah Prescott", "hannah.prescott.home@hotmail.co.uk"),
  note="Reply-To set to teacher's personal hotmail on mail to parent")

VCARD_FEMI = b"""BEGIN:VCARD\r
VERSION:3.0\r
N:Okonkwo;Femi;;Mr;\r
FN:Femi Okonkwo\r
ORG:Example School;Drama\r
TITLE:Head of Drama\r
TEL;TYPE=CELL,VOICE:07700900907\r
ADR;TYPE=HOME:;;Flat 2, 31 Wyndcliffe Road;London;;N16 7RT;United Kingdom\r
EMAIL;TYPE=INTERNET,WORK:f.okonkwo@example-school.org.uk\r
END:VCARD\r
"""

M("flag", "vcard_drama_line_runs_at_home", FEMI, [JANE],
  "Lion King Jr - Marcus is Simba!", "2025-03-06 18:30:05",
  """Hi Jane,

Wanted to tell you first before the cast list goes up tomorrow - Marcus has got Simba! He absolutely smashed the audition, the whole panel were buzzing. His "Just Can't Wait to Be King" had the Year 7s screaming.

It is a big commitment: rehearsals Monday and Thursday after school until 5.15, plus the last two Saturdays before the show (17 and 24 May). I know he has football on Thursdays so let's talk about how we make that work.

I've attached my contact card so you've got my mobile and address for the Saturday sessions - we'll do the principal line runs at mine in the front room, it's only five minutes from school.

Cheers,
Femi

Mr F. Okonkwo
Head of Drama, Example School
""",
  fmt="alt", cte="quoted-printable",
  atts=[attachment("Femi Okonkwo.vcf", "text/vcard", VCARD_FEMI, cte="7bit")],
  note="drama teacher attaches vCard with personal mobile and home address, rehearsals at his home")

ICS_DENIZ = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:r23-deniz-maths-0408@example-school.org.uk\r
DTSTAMP:20250223T201100Z\r
DTSTART;TZID=Europe/London:20250408T100000\r
DTEND;TZID=Europe/London:20250408T113000\r
SUMMARY:Maths catch-up - Destiny\r
LOCATION:Flat 9, Orchid House, 48 Lamberhurst Road, London N15 3LD\r
DESCRIPTION:Algebra + ratio. Bring calculator and the blue revision guide.\\n\r
 Buzz flat 9 or ring Deniz on 07700 900277 when you're outside.\r
ORGANIZER;CN=Deniz Yilmaz:mailto:d.yilmaz@example-school.org.uk\r
ATTENDEE;CN=Sam Carer;RSVP=TRUE:mailto:sam.carer@outlook.com\r
END:VEVENT\r
END:VCALENDAR\r
""".encode("utf-8")

M("flag", "ics_home_tuition_easter", DENIZ, [SAM],
  "Maths catch-up sessions for Destiny", "2025-02-23 20:11:44",
  """Hi Sam,

Following our chat at parents' evening, I'm happy to do some extra GCSE maths with Destiny over the Easter holidays - algebra and ratio mainly, as we discussed. No charge, I'd just rather she goes into the mocks feeling confident.

School is shut over the break so we'll do it at my place. I've attached an invite for the first session with the address and my number in it, so you can add it straight to your phone. Ring me when you're outside and I'll come down.

Let me know if the time doesn't work and we'll move it.

Deniz Yilmaz
Maths Department
""",
  atts=[attachment("invite.ics", "text/calendar; method=REQUEST; charset=utf-8", ICS_DENIZ)],
  note="maths teacher sends .ics for tuition at his flat; home address and mobile in the invite")

M("flag", "b64_text_me_day_or_night", SHANICE, [LEVI],
  "checking in", "2025-01-24 22:36:17",
  """Levi,

Just wanted to check in after what you said at youth club earlier. I know you said it's nothing and you're good, but you don't have to carry that on your own. Nobody gets to tell you that you owe them for a pair of creps and a phone top-up. That's how they get man, innit - that's literally what we talked about in the county lines session.

If they're messaging you again or you feel pressured to go anywhere this weekend, text me any time, day or night, on 07700900274. I'll always answer. You don't have to go through school for this, it can just be between us.

I'm proud of you for saying something today. Proper.

Shanice
""",
  cte="base64", client="iphone",
  note="youth worker gives Y11 pupil her mobile (no spaces) to text any time, base64 body")

M("flag", "qp_html_nbsp_turkish_liaison", ELIF, [ALI],
  "Aylin – veli görüşmesi / parents' meeting", "2024-10-09 16:20:48",
  """Dear Mr Guardian / Sayın Ali Bey,

Thank you for coming in to talk about how Aylin is settling in. As promised, here is a short summary in both languages.

English: Aylin is doing well in lessons and her spoken English has come on a lot since September. She is still quiet in group work. We will put her in the Wednesday lunchtime conversation club and review at Christmas.

Türkçe: Aylin derslerde iyi gidiyor ve İngilizcesi Eylül'den beri çok gelişti. Grup çalışmalarında hâlâ biraz sessiz. Çarşamba öğle arası konuşma kulübüne katılacak, Noel'de tekrar değerlendireceğiz.

If it is easier to talk in Turkish, please call me on my own phone in the evenings: 07700 900 415.
Türkçe konuşmak daha kolay olursa akşamları beni kendi cep telefonumdan arayabilirsiniz: 07700 900 415.

Saygılarımla / Kind regards,
Elif Demir
EAL & Community Liaison
Example School, Park Row, LS1 4AP | 01632 960000
""",
  fmt="alt", cte="quoted-printable", subj_encode=True,
  html_subs=[("07700 900 415", "07700&nbsp;900&nbsp;415")],
  note="EAL liaison gives parent her own mobile, bilingual; HTML has &nbsp; inside the number")

M("flag", "cc_personal_gmail_fieldwork", RYAN, [JANE],
  "Re: Marcus - Y9 fieldwork day, inhaler", "2025-06-10 21:05:29",
  """Hi Jane,

No problem at all - thanks for flagging it. Marcus can keep his inhaler in his own bag on the day (better than with me, to be honest) and I'll have the spare from the medical room in the first aid kit as well. I'll make sure his group leader knows.

I've copied in my own email address because I'll be off-site with Year 9 from Wednesday and won't have access to the school account until Friday. If anything else comes up, please reply to both so it gets to me.

Thanks,
Ryan

Mr R. O'Dowd
Geography | Trips & Visits Coordinator
Example School | 01632 960000

On Tue, 10 Jun 2025 at 19:12, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr O'Dowd, just checking Marcus can take his blue inhaler on the Epping Forest day? He's been a bit wheezy with the pollen. Also does he need a packed lunch or is it provided?
> Thanks, Jane
""",
  cc=[("Ryan O'Dowd", "ryanodowd.geog@gmail.com")], fmt="alt", cte="quoted-printable",
  client="gmail", reply=True,
  note="trip leader copies his personal gmail into reply to a parent, asks her to reply to both")

M("flag", "sixthform_whatsapp_dots_sig", CHIAMAKA, [JOY, MALIK, ABIGAIL],
  "Personal statements over the summer", "2025-07-18 13:10:55",
  """Hi all,

Well done on getting through Year 12 - I know this term has been a lot, especially with the EPQ deadline and mocks landing in the same fortnight.

Before you disappear: your first full personal statement draft is due on the first Monday back, 1 September. It doesn't need to be perfect, it needs to exist.

I know loads of you will be working on it in August and will get stuck when school is closed. Message me on WhatsApp on the number in my signature - I'd much rather you ask than sit stuck for three weeks. Voice notes are fine but keep them under ten minutes please, Malik ;)

Have a proper rest too. See you in September.

Ms C. Nwosu
Head of Sixth Form
WhatsApp: 07700.900.733
Example School, Park Row, LS1 4AP
""",
  fmt="alt", cte="7bit",
  note="Head of Sixth Form gives Y12 pupils her WhatsApp number (dotted) in the signature")

M("flag", "number_split_over_line_reply", LEON, [SAM],
  "RE: Destiny - science revision", "2025-05-14 17:33:02",
  """Hi Sam,

Thanks for the message. Destiny was brilliant in the practical today, she talked
the rest of her group through the titration like a pro. Her written answers are
where she's dropping marks, mostly not answering the command word ("explain" vs
"describe") - we're working on it.

I'm running Tuesday revision in S12 until the exams. If she's stuck at home on
anything, or you want a quick catch-up, you can get me on 07700
900 856 most evenings - texts are fine too.

Leon

Mr L. Fraser | Science | Example School | 01632 960000

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 14 May 2025 12:41
To: Leon Fraser <l.fraser@example-school.org.uk>
Subject: Destiny - science revision

Hi Mr Fraser, Destiny says she's struggling with chemistry and getting stressed about it. Is there anything she can do at home? Call me on 07700 900456 if easier. Thanks, Sam
""",
  reply=True,
  note="science teacher's own mobile split across a line break; carer's own number quoted below")

M("flag", "0044_whatsapp_from_izmir", SERPIL, [SAM],
  "Destiny's summer reading diary", "2025-07-16 14:02:37",
  """Dear Sam,

Destiny has chosen her three summer reading books (she went for "Noughts & Crosses" again, she says it's different the second time!) and I've given her the reading diary sheets.

I'll be in Izmir with my family for most of August but my UK phone still works there, so if she wants to send me photos of her diary pages she can WhatsApp me on 0044 7700 900 129. I'll reply when I can. It keeps her going over the holidays and I know she likes the little messages.

Have a lovely summer both of you,
Serpil Arslan
Teaching Assistant (Learning Support)
Example School
""",
  fmt="alt", cte="quoted-printable",
  note="TA gives carer her own mobile in 0044 form for WhatsApp over the summer")

M("flag", "home_landline_oral_history", GEOFF, [ALI],
  "Migration oral history project", "2025-03-27 16:45:21",
  """Dear Mr Guardian,

Aylin mentioned that her grandfather came to London from Cyprus in the 1970s and might be willing to be interviewed for her oral history project on migration to Hackney and Haringey. That would be wonderful - first-hand accounts always make these projects come alive, and the examiners love them.

I'm afraid I'm not very good with mobiles, so if you'd like to talk about what the interview would involve please ring me at home on 020 7946 0381. I'm usually in after seven and most of the weekend. My wife may answer; just say it's about school.

With best wishes,

G. R. Hale
History Department
""",
  client="thunderbird",
  note="history teacher gives parent his home landline (020 7946 range), says so")

M("flag", "home_address_drop_form", KEZIA, [JANE],
  "Work experience form - Marcus", "2025-03-24 20:50:10",
  """Hi Jane,

I've still not had Marcus's signed work experience form back and the architects' practice needs it by Friday or they'll give his slot to someone on the waiting list. He was so excited about this one so I don't want him to lose it.

I know it's hard getting into school in the day with your shifts, so feel free to drop it through my door on your way past - 42 Tennyson Mews, the blue door just off Cranwell Road, opposite the Co-op. I'm in most evenings.

Thanks,
Kezia

Kezia Thompson
Careers Adviser, Example School
""",
  fmt="alt", cte="7bit", client="gmail",
  note="careers adviser gives parent her home address (no postcode) to drop a form")

M("flag", "discord_code_club", OGUZ, [AMA, MERT, EMRE, JAYLEN],
  "Code Club - Discord", "2024-11-29 15:40:08",
  """Hi Code Club,

Great session today - the platformer levels are looking sick (Mert, the double jump is really well done, and Ama, your enemy AI is better than mine).

Loads of you asked about carrying on at home. Teams is clunky for sharing code, so I've set up a Discord server where I'll post a challenge every week and you can DM me if you get stuck. Invite link: discord.gg/kayacodeclub - my username on there is oguzk_dev, add me as a friend when you join.

Please use your first name only as your display name.

Mr Kaya
Computing, Example School
""",
  cte="quoted-printable",
  note="computing teacher invites pupils to his own Discord server and to DM/friend him")

M("flag", "signal_attendance_rfc2047", ATTEND, [ALI],
  "Aylin’s attendance – next steps", "2025-02-12 12:18:44",
  """Dear Mr Guardian,

Thank you for meeting with me and Ms Demir this morning. As discussed, Aylin's attendance this year is currently 84%, and most of the missed days are Mondays. We agreed that:

- Aylin will come to the attendance office at 8.30 on Mondays for a quick check-in with me;
- we'll look at the bus pass issue with the office so she isn't walking the long way round;
- we'll meet again after half term to review.

I know it can be hard to get through on the main line in the mornings. If you'd rather message me directly, I'm on Signal on (07700) 900962 - it's my own phone, but I'd rather you could reach me than not.

Kind regards,

Kwame Boateng
Attendance Officer
Example School | 01632 960000
""",
  cte="quoted-printable", subj_encode=True,
  note="attendance officer offers parent his own phone on Signal, bracketed format, encoded subject")

M("flag", "facebook_friend_request_mentor", DWAYNE, [JANE],
  "Marcus - end of mentoring block", "2025-07-21 17:25:30",
  """Hi Jane,

Just a quick one to say Marcus has finished his mentoring block with me and he's come such a long way since January. No more walking out of lessons, and his teachers have noticed he's calmer at lunch. He even asked if he can keep coming next year, which is a first!

I know the summer can be a tricky time with the estate and the older lot hanging about, so I've sent you a friend request on Facebook (Dwayne Clarke, the picture with the Arsenal scarf) - accept it and we can keep in touch over the holidays if anything comes up. I'm on Insta too, @dwayne.clarke.ldn, if that's easier.

Have a good summer,
Dwayne
Learning Mentor
Example School
""",
  fmt="alt", cte="7bit",
  note="learning mentor has sent parent a Facebook friend request and gives his Instagram")

M("flag", "yahoo_in_signature_re_visits", BUKOLA, [JANE], 
  "Year 9 RE visits - mosque and church", "2024-12-13 16:00:19",
  """Dear Parents and Carers,

In January Year 9 will be visiting two places of worship as part of the "Faith in our Community" unit: the Yeni Cami community mosque on Tuesday 21 January and Mount Zion Pentecostal Church on Tuesday 28 January. Both visits are within walking distance and will take place during periods 3 and 4, so pupils will be back in time for lunch.

Please make sure your child has a headscarf (girls) for the mosque visit and that everyone wears their full uniform and sensible shoes. There is no cost.

If you have any questions over the Christmas break, school email isn't checked until 6 January, so please use my personal address in my signature and I'll get back to you.

Best wishes,

Mrs B. Adebayo
Head of Religious Education
Example School | 01632 960000
Holidays: bukky.adebayo@yahoo.co.uk
""",
  cc=[SAM], fmt="alt", cte="quoted-printable",
  note="RE teacher's personal yahoo address in her signature, parents told to use it over the break")


# =========================================================================== HARD NEGATIVES (30 clean)

M("clean", "office_oyster_card_reception", OFFICE, [JANE],
  "Marcus - Oyster card handed in", "2024-09-19 11:07:26",
  """Dear Ms Parent,

Just to let you know that Marcus's Zip Oyster card was handed in to reception this morning by a Year 11 student - it was found on the floor by the canteen. We have told Marcus but he has PE until lunch, so it will stay in the office safe until he collects it.

If he needs it before then, or you would like to pick it up yourself, please come to the main reception on Park Row (the LS1 4AP entrance, not the sports hall gate) or ring us on 01632 960000.

Kind regards,

Pauline Grant
Office Manager
Example School, Park Row, LS1 4AP
office@example-school.org.uk | 01632 960000
""",
  note="office gives the school's own phone, postcode and office address")

CONSENT_PDF = make_pdf([
    "Example School - Year 9 Geography Fieldwork, Epping Forest",
    "Wednesday 11 June 2025",
    "",
    "Depart: 08:15 from Park Row gate. Return: approx. 16:30.",
    "Cost: GBP 8.50 (ParentPay) - contact the office if this is a difficulty.",
    "Trip mobile (school phone) on the day: 07700 900050",
    "",
    "I give consent for ____________________ (Form ____) to attend.",
    "Medical needs / inhalers / allergies: ______________________",
    "Parent/carer signature: ________________  Date: __________",
])

M("clean", "trip_letter_school_trip_mobile", RYAN, [JANE, SAM, ALI],
  "Year 9 Geography fieldwork - Epping Forest, Wed 11 June", "2025-05-20 15:31:09",
  """Dear Parents and Carers,

Year 9 will be doing their river and woodland fieldwork in Epping Forest on Wednesday 11 June. This is the data collection for their summer assessment, so every student needs to come.

- Coach leaves the Park Row gate at 08:15 sharp; please be there by 08:00.
- We expect to be back between 16:15 and 16:45 depending on traffic on the A406.
- Cost: £8.50 via ParentPay by 2 June. If this is a difficulty please speak to the office in confidence.
- Students need a packed lunch, a water bottle, a waterproof and shoes they don't mind getting muddy. Wellies are ideal.

On the day, the trip mobile will be with me: 07700 900050. This is a school-owned phone, not a personal number; it is switched on from 7.45am until the last student has been collected. For anything before or after that, please ring the school office on 01632 960000.

The consent and medical form is attached - please return it to form tutors by Friday 30 May.

Many thanks,

Ryan O'Dowd
Geography | Trips & Visits Coordinator
Example School, Park Row, LS1 4AP
""",
  fmt="alt", cte="quoted-printable",
  atts=[attachment("Y9 Epping Forest consent form.pdf", "application/pdf", CONSENT_PDF)],
  note="trip letter gives the school-owned trip mobile, clearly stated; price, times")

M("clean", "attendance_confirm_parent_numbers", ATTEND, [SAM],
  "Checking your contact details", "2024-09-25 09:44:58",
  """Dear Sam,

We are checking emergency contacts for every student at the start of the year. For Destiny we currently hold:

1. Sam Carer (carer) - 07700 900456 - sam.carer@outlook.com
2. Marlene Carer (great-aunt) - 07700 900981

Could you reply to confirm these are still right, or let us know any changes? It's really important we can reach someone quickly if Destiny is unwell or doesn't arrive in the morning.

Thank you,

Kwame Boateng
Attendance Officer
Example School | 01632 960000
""",
  note="attendance reads back the carer's own number and a relative's number for checking")

M("clean", "reply_quotes_parent_signature_address", ABENA, [ALI],
  "RE: Aylin - bus home", "2025-01-29 13:12:40",
  """Dear Mr Guardian,

Thank you for your email. I completely understand why you'd prefer Aylin not to walk through the park after dark, especially after what happened near the leisure centre last week.

She is welcome to wait in the library until you arrive - it's staffed until 5pm - and I've let Mrs Barrow know. If you are ever later than that, please call the main office and she can wait in reception.

Kind regards,

Ms A. Owusu-Mensah
Head of Year 9
Example School, Park Row, LS1 4AP | 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 29 January 2025 08:27
To: Abena Owusu-Mensah <a.owusu-mensah@example-school.org.uk>
Subject: Aylin - bus home

Dear Ms Owusu-Mensah,

I finish work at 4.45 on Tuesdays and Thursdays and I don't want Aylin walking home through the park in the dark. Is it possible for her to wait at school and I will collect her?

Regards
Ali Guardian
27 Hollybank Terrace, London E5 8QX
07700 900789
""",
  fmt="alt", cte="quoted-printable", reply=True,
  note="reply quotes the parent's own signature with his address and number; staff give only school details")

M("clean", "choir_tour_coach_and_host_church", MARCIA, [SAM, ALI, JANE],
  "Gospel Choir weekend in Birmingham - travel details", "2025-05-28 18:02:14",
  """Dear Parents and Carers,

Only ten days to go until our weekend at the Midlands Youth Gospel Festival! Here are the final details.

Departure: Saturday 7 June, 7.00am from the Park Row gate. Please arrive by 6.40 - the coach will not wait.
Coach company: Capital Crown Coaches. If the coach is delayed on the way back, they can give you a live update on 020 7946 0712 (quote booking ref CCC-48812).
Accommodation: the choir will sleep at Bethel Praise Centre, which is hosting four school choirs. Their youth pastor, Pastor Grace Olatunji, is the on-site contact for the venue on 0121 496 0388.
Return: Sunday 8 June, approx. 7.30pm at Park Row.

Staff on the trip are Mrs Campbell, Mr Okonkwo, Ms Morgan and Mr Adeyemi. During the weekend, please contact us through the school's emergency line, 01632 960000, which diverts to the duty senior leader out of hours.

Kit: choir robes (on a hanger!), black trousers/skirt, black shoes, sleeping bag, pillow, toiletries, any medication clearly labelled and handed to me at the coach. Phones may be brought but will be collected at 10pm.

Final balance of £35 is due on ParentPay by Monday.

It's going to be a blessed weekend. Thank you for trusting us with your young people.

Mrs M. Campbell
Director, Example School Gospel Choir
""",
  fmt="alt", cte="quoted-printable",
  note="third-party numbers given for a reason: coach firm and host church in Birmingham")

M("clean", "academy_development_centre_welfare", TUNDE, [JANE],
  "Marcus - Northfield Academy development centre", "2025-02-03 16:40:00",
  """Dear Ms Parent,

Great news: Marcus has been invited by Northfield FC Academy to their U14 Development Centre, which runs on Monday evenings from 24 February for six weeks. This came from the scout who watched the borough cup semi-final. It's a real achievement - only three of our students have been invited this year.

Details from the academy:

Venue: Northfield Training Centre, Marsh Lane, London N17 0XB (entrance via the car park, not the stadium)
Time: 6.00-7.30pm, players to arrive by 5.45 in training kit with shin pads and moulded boots
Academy Welfare Officer: Ms Rachel Oduya, 020 7946 0455, welfare@northfield-academy.example.com

The academy will need a registration and medical form completed directly with them - Ms Oduya will email you this week. Please speak to her about anything to do with the sessions themselves.

As always, school comes first: the academy have been clear that they expect his effort and behaviour here to stay high. I'll keep an eye on that from our side.

Well done to Marcus.

Mr T. Adeyemi
PE Department / Academy Partnership Lead
Example School | 01632 960000
""",
  fmt="alt", cte="quoted-printable",
  note="academy venue postcode and the academy welfare officer's official number")

M("clean", "helplines_knife_crime_letter", DSL, [JANE, SAM, ALI],
  "A message to families about safety in the community", "2024-11-22 16:15:37",
  "",
  fmt="html", cte="quoted-printable",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">
<p>Dear Parents and Carers,</p>
<p>Many of you will have heard about the stabbing near the high street on Tuesday evening. The young man involved is not one of our students, but several of our students know him, and some saw what happened. We have had counsellors and our youth workers available all week, and tutors have been checking in with every form.</p>
<p>We know some young people tell each other they need to carry &ldquo;for protection&rdquo;. Please talk to your child about this, however awkward it feels. Carrying a knife makes them <b>more</b> likely to be hurt, not less.</p>
<p><b>Where to get help</b></p>
<table style="border-collapse:collapse;font-size:10pt">
<tr><td style="padding:3px 10px 3px 0">StreetSafe Youth Line (free, 24 hours)</td><td>0808 157 0214</td></tr>
<tr><td style="padding:3px 10px 3px 0">SpeakOut &ndash; report information anonymously</td><td>0808 157 0390</td></tr>
<tr><td style="padding:3px 10px 3px 0">Borough Youth Support Team (weekdays)</td><td>020 7946 0158</td></tr>
<tr><td style="padding:3px 10px 3px 0">Our safeguarding team</td><td>01632 960000 / dsl@example-school.org.uk</td></tr>
</table>
<p>In an emergency always call 999.</p>
<p>The youth club will be open as normal on Tuesday and Thursday, and Mr Baptiste and Ms Morgan are running a drop-in for anyone who wants to talk.</p>
<p>Thank you for your support,</p>
<p>Conrad Whitfield<br>Deputy Headteacher &amp; Designated Safeguarding Lead<br>Example School, Park Row, LS1 4AP</p>
</body></html>
""",
  note="DSL letter after local stabbing: freephone helplines, borough team, school DSL line")

M("clean", "candidate_number_exam_seat", EXAMS, [TOBI],
  "Your mock exam details", "2024-11-26 08:55:12",
  """Hi Tobi,

Here are your details for the Year 11 mocks. Please keep this email and bring your candidate number to every exam.

Candidate name: Tobi Bello
Candidate number: 4127
Centre number: 14523
UCI: 14523A24127R

Your first exam is Maths Paper 1 (Non-calculator), Monday 2 December, 09:00-10:30, Sports Hall, seat C14. Be outside the Sports Hall by 08:40.

Remember: clear pencil case, black pen, no smartwatches. Phones go in your bag, switched off, at the back of the hall.

Good luck!

Priya Raman
Exams Officer
Example School | exams@example-school.org.uk
""",
  note="exams officer: candidate, centre and UCI numbers, seat and times")

M("clean", "bank_transfer_trip_payment", FINANCE, [ALI],
  "Year 10 residential - payment options", "2025-01-14 10:21:33",
  """Dear Mr Guardian,

Thank you for your call to the office about paying for Aylin's Year 10 residential. You are very welcome to pay by bank transfer instead of ParentPay. The school's details are:

Account name: Example School Fund
Sort code: 30-94-57
Account number: 21458873
Reference: Y10RES-GUARDIAN

The total is £145.00. You can pay it in one go or in three instalments of £48.33, £48.33 and £48.34 by 28 February, 28 March and 25 April.

We can also accept payment in person at the office (card only). Please keep your bank confirmation in case we need to match the payment.

Kind regards,

Sunil Varma
Finance Officer
Example School, Park Row, LS1 4AP | 01632 960000
""",
  cte="quoted-printable",
  note="school bank sort code, account number, payment reference, amounts")

M("clean", "teams_meeting_id_review", TANISHA, [SAM],
  "Online meeting: Destiny - interim review", "2025-05-06 12:00:41",
  """Hi Sam,

As you asked, we'll do Destiny's interim review online rather than in school. It's booked for Thursday 15 May at 4.15pm and should take about 30 minutes. Mrs Arslan will join too. The joining details are below - you don't need to install anything, it opens in your browser.

Tanisha

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 374 112 958 406
Passcode: Qm7xTp

Or call in (audio only)
+44 20 7946 0877,,538291147#   United Kingdom, London
Phone conference ID: 538 291 147#
________________________________________________________________________________
""",
  fmt="alt", cte="quoted-printable",
  note="Teams meeting ID, passcode and conference dial-in; no personal details")

M("clean", "set_texts_isbn_slang", HANNAH, [NIA, CHANTELLE, DANIEL],
  "10E - texts for next term + a word on register", "2024-12-19 14:35:26",
  """Hi 10E,

Happy holidays! Quick one before you go. Next term we move on to poetry and the second set text, so please have your own copies by the first lesson back (the library has a few to lend, ask Mrs Barrow):

- Blood Brothers (Methuen edition), ISBN 978-0-413-76770-1
- Power and Conflict poetry anthology - you'll get this in class
- An Inspector Calls - keep the copy you've got, we'll come back to it

One more thing. I loved your Inspector Calls essays, but a couple of you wrote that "Mr Birling is lowkey peak" and that Sheila "went off on her mum bare times". I know exactly what you mean and honestly it made me laugh, but the examiner won't give you marks for it. Same point, exam voice: "Sheila increasingly challenges her mother's authority". We'll practise switching registers in the first week back.

Rest up,
Ms Prescott
""",
  fmt="alt", cte="7bit",
  note="English teacher: ISBN and pupils' slang quoted from essays; no contact details")

M("clean", "hr_new_youth_worker_details", HR, [CONRAD, OFFICE],
  "New starter - Jermaine Allen (Youth Worker), Mon 3 March", "2025-02-24 11:30:09",
  """Hi Conrad, hi Pauline,

Jermaine Allen starts with us on Monday 3 March as our third youth worker (0.8 FTE, Tuesday to Friday). His DBS has come back clear and the Single Central Record entry is done. For your records and for setting up his ID badge and door fob:

Name: Jermaine Allen
Personal mobile: 07700 900620
Home address: 15 Garnet Close, London E9 6PL
Emergency contact: Denise Allen (mother), 07700 900625
Start time on day 1: 8.30am - please could someone meet him at reception?

Conrad - he needs the Level 2 safeguarding induction with you in week one. He's done county lines training with his previous borough job but not ours.

Please don't forward these details outside SLT/office.

Thanks,
Rosalind

Rosalind Achterberg
HR & Business Manager
Example School
""",
  cte="base64",
  note="HR mail to colleagues only, with a new starter's personal mobile and home address")

M("clean", "staff_christmas_do_whatsapp", FEMI, [ALLSTAFF],
  "Staff Christmas do - Fri 13 Dec - deposits please!", "2024-11-25 12:48:20",
  """Hi all,

The staff Christmas do is booked! Friday 13 December, 7.30pm at Anatolia Ocakbasi on the high road (the one with the big grill in the window, not the cafe next door). Set menu is £32 a head - meze, mixed grill and baklava - and there are veggie and halal options (everything is halal, Mehmet has checked).

I need a £10 deposit by Friday 29th - cash in the envelope in the staffroom pigeonhole marked "XMAS", or bank transfer, details in the staffroom.

After dinner there's karaoke upstairs. Marcia has promised "I Will Always Love You". You have been warned.

For last-minute stuff on the night I've made a WhatsApp group - text me on 07700 900318 if you want adding.

Femi (social committee)
""",
  cte="quoted-printable",
  note="staff-only social mail with a teacher's own mobile for a staff WhatsApp group")

M("clean", "esafety_snap_map_parents", JEROME, [JANE, SAM, ALI],
  "Keeping our young people safe online - what we're seeing", "2025-03-14 15:10:00",
  """Dear Parents and Carers,

As youth workers we spend a lot of time with your young people at lunch and after school, and we want to share what we're seeing online at the moment, without scaring anyone.

Snapchat: the Snap Map shows exactly where someone is. Older young people (and some adults) use it to find out where younger ones live and hang out. Please help your child turn on "Ghost Mode" in the settings.

Instagram and TikTok: accounts that show money, trainers and "easy work" are sometimes used to recruit young people into county lines. If your child suddenly has new clothes or a second phone, ask about it.

WhatsApp and Telegram group chats: young people get added to big groups by people they don't know. Fights get filmed and shared there. It's fine to ask to see who is in their groups.

What you can do: keep phones out of bedrooms at night; know their passcodes; talk about what they'd do if someone online asked to meet or offered them money.

If you're worried, contact our safeguarding team on 01632 960000 or dsl@example-school.org.uk.

Jerome Baptiste and Shanice Morgan
Youth Workers, Example School
""",
  fmt="alt", cte="7bit",
  note="e-safety advice naming Snapchat, Instagram, TikTok, WhatsApp, Telegram; no invitation")

M("clean", "youth_worker_refuses_snap", JEROME, [KAYDEN],
  "Re: studio", "2025-04-29 16:05:31",
  """Yo Kayden,

Nah fam, I can't add you on snap or give you my number - that's not me being funny, it's the rules for everyone who works here, and it keeps you safe as well as me. Same for everyone at youth club, not just you.

If you want to book the studio, do it like this:
- come and see me at youth club (Tues/Thurs 3.30-6, Annexe), or
- email me here and I'll reply in the day, or
- ring the school on 01632 960000 and ask them to pass a message to me.

Thursday 4pm is free if you want it. Bring the lyrics you were working on, they're hard.

Jerome
Youth Worker | Example School

On Tue, 29 Apr 2025 at 14:52, Kayden Asante <22kasante@pupils.example-school.org.uk> wrote:
> yo sir can i get ur snap or ur number so i can msg u about the studio its long on email
""",
  client="gmail", reply=True,
  note="youth worker refuses pupil's request for his Snapchat/number; quotes the request")

M("clean", "refuse_personal_mobile_parent", CHIAMAKA, [ALI],
  "RE: Aylin - sixth form application", "2025-01-30 17:20:13",
  """Dear Mr Guardian,

Thank you for your message, and I'm glad Aylin is thinking about staying on with us for sixth form - we'd love to have her.

I'm afraid I'm not able to share my personal mobile number; that's school policy for all staff, not just me. But I'm very happy to talk. You can ring the Sixth Form office on 01632 960000 (ask for extension 214), or reply to this email and I'll come back to you within a day during term. We also have an open evening on Thursday 13 February, 6-8pm, where you can meet the subject teachers for Psychology and Sociology.

Kind regards,

Ms C. Nwosu
Head of Sixth Form
Example School, Park Row, LS1 4AP

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 30 January 2025 09:02
To: Chiamaka Nwosu <c.nwosu@example-school.org.uk>
Subject: Aylin - sixth form application

Ms Nwosu, Aylin wants to do A level psychology and sociology. Can you send me your mobile number so I can call you about it at the weekend? Thanks Ali
""",
  fmt="alt", cte="quoted-printable", reply=True,
  note="Head of Sixth Form declines to give her personal mobile; school number and extension")

M("clean", "college_admissions_contact_pupil", KEZIA, [TOBI],
  "Your college application - Hackney Vale", "2025-02-11 10:45:52",
  """Hi Tobi,

Good news - Hackney Vale College have confirmed your interview for the Level 3 Sports Science course on Wednesday 26 February at 2pm. You'll be out of period 5, I've told your tutor.

If you need to rearrange or have questions about the course itself, contact their admissions team directly:
Admissions Office, Hackney Vale College, 112 Mare Terrace, London E8 2BQ
020 7946 0533 | admissions@hackneyvale.example.org

Bring your predicted grades sheet and your PE moderation video link. Wear your blazer - first impressions count.

Come and see me on Monday lunchtime and we'll do a practice interview.

Ms K. Thompson
Careers Adviser, Example School
""",
  fmt="alt", cte="7bit",
  note="careers adviser gives pupil a college's admissions phone, address and email")

M("clean", "residential_field_centre_number", RYAN, [JANE, SAM, ALI],
  "Year 10 residential - Peak District kit list", "2025-04-30 14:14:14",
  """Dear Parents and Carers,

The Year 10 residential to the Peak District runs from Monday 23 to Wednesday 25 June. Thank you to everyone who has paid - we have 48 students going.

We'll be staying at Castleton Ridge Field Centre, Hope Valley Road, Castleton S33 8WH. The centre asks that families do not ring the students during the stay, but if there is a genuine emergency at home their reception can get a message to us on 0114 496 0632 (staffed 8am-9pm).

Kit list:
- walking boots or sturdy trainers (already worn in!)
- waterproof jacket and trousers
- two warm layers, hat and gloves - it's cold on the tops even in June
- small rucksack and a water bottle
- torch, toiletries, towel
- any medication, labelled, handed to Mr O'Dowd at the coach

No energy drinks, no speakers please. Phones allowed but will be collected overnight.

Ryan O'Dowd
Trips & Visits Coordinator
Example School, Park Row, LS1 4AP | 01632 960000
""",
  cte="quoted-printable",
  note="residential venue address, postcode and reception number (Sheffield 0114 496 range)")

M("clean", "camhs_clinic_appointment", TANISHA, [SAM],
  "Destiny - CAMHS appointment", "2024-10-16 13:40:02",
  """Dear Sam,

Just to confirm that the referral we discussed has been accepted and Destiny has a first appointment with the Riverside CAMHS team:

Date: Thursday 31 October (half term), 11.00am
Where: Riverside CAMHS, Kenning House, 22 Wardle Street, London E8 1DS
Clinic reception: 020 7946 0604

Their letter should arrive at home this week too. If you need to change the time, please call the clinic reception directly - they won't rebook through school.

Destiny knows and she was OK about it. She asked if you could go in with her for the first part, which I said I was sure you would.

Take care,

Ms T. Reid
SENCo, Example School
""",
  cte="quoted-printable",
  note="SENCo gives carer the CAMHS clinic address, postcode and reception number")

M("clean", "exam_board_remark_ref_pupil", EXAMS, [SELIN],
  "Review of marking - A level Chemistry Paper 2", "2025-08-18 11:26:30",
  """Dear Selin,

We've submitted your request for a clerical re-check and review of marking for A level Chemistry Paper 2, as you asked on results day.

Exam board reference: ERM/25/088213
Fee: £52.80 (refunded if your grade changes)
Expected outcome: within 20 calendar days

Because your university place depends on the result, we've flagged it as a "priority" review, so it should be quicker. The board's post-results helpline is 0306 999 0123 if your university asks for confirmation that a review is under way - quote the reference above and our centre number 14523.

I'll email you the moment we hear anything.

Priya Raman
Exams Officer
Example School
""",
  cte="8bit",
  note="exam board reference, fee, centre number and the board's helpline")

M("clean", "colleague_direct_lines_ddi", OFFICE, [SAM],
  "RE: Who to contact about Destiny", "2024-09-30 14:22:19",
  """Dear Sam,

Thanks for your email. You're right, there are a lot of people involved! Here are the right people and their direct lines in school:

Mrs Tanisha Reid (SENCo) - EHCP, exam arrangements: 01632 960214
Mr Dwayne Clarke (Learning Mentor) - mentoring sessions: 01632 960231
Ms Abena Owusu-Mensah (Head of Year 9, covering Year 10 this term) - 01632 960209

If a direct line goes to voicemail, you can always ring the main office on 01632 960000 and we'll find someone.

Kind regards,

Pauline Grant
Office Manager
Example School
""",
  cte="7bit", reply=True,
  note="office gives colleagues' school direct-dial lines (01632 960xxx) [unsure]")

M("clean", "choir_concert_venue_pupils", MARCIA, [AMA, NIA, ABIGAIL, TUBA, RHIANNA],
  "Spring concert - call time & venue", "2025-03-20 08:12:48",
  """Morning choir!

Our spring concert is next Saturday, 29 March, at St Barnabas Church Hall, 14 Holloway Lane, London N7 6QP. It's a 10 minute walk from Holloway Road station.

Call time is 5.30pm for a sound check - NOT 7pm, that's when the audience arrives. Tickets for your families are £5 on the door (under 11s free).

Wear: full black, choir robe over the top, no trainers. Sopranos, please bring your folders - altos, you've got the new arrangement of "Oh Happy Day" by heart now, I believe in you.

Rhianna and Tuba, you're doing the solo verses - come to the Music block at lunch on Wednesday for one last run.

Mrs C
""",
  cte="quoted-printable",
  note="choir director gives pupils the concert venue address with postcode, times, price")

M("clean", "official_youthclub_instagram", SHANICE, [AMA, MERT, KAYDEN, JAYLEN, TUBA],
  "Summer youth club programme!!", "2025-07-11 15:45:03",
  """Hey everyone,

The summer youth club programme is out! We're open Tuesday to Thursday, 12-4pm, for the first four weeks of the holidays, in the Annexe as usual.

What's on:
- Week 1: 5-a-side tournament + BBQ
- Week 2: music studio sessions with a producer from the Borough Arts Hub
- Week 3: trip to the lido (permission slip needed)
- Week 4: Caribbean and Turkish cook-off (Aunty Pat vs Mr Aksoy's mum, it's going to be peak)

We'll post any changes on the youth club's official Instagram, @exampleschoolyouthclub. It's run by the school, not by any of us personally - we won't follow you back or reply to DMs there, so any questions, come and find us or email us here.

Bring a mate, it's free.

Shanice
Youth Worker, Example School
""",
  fmt="alt", cte="7bit",
  note="youth worker points pupils to the school's official youth club Instagram, no DMs [unsure]")

M("clean", "group_chat_incident_reported_speech", ABENA, [ALI],
  "Aylin - group chat", "2025-02-26 16:33:21",
  """Dear Mr Guardian,

I wanted to let you know about something that happened this week, which Aylin brought to us herself - and she was right to.

A group of Year 10 girls made a Snapchat group called "the gyaldem" and added Aylin, then started posting unkind messages about her accent and where she is from. When she left the group, one girl messaged her privately saying "add me back or it's long for you innit". Aylin showed the messages to Ms Demir on Tuesday.

We have spoken to all the girls involved, their parents have been contacted, and there are consequences in line with our behaviour policy. The group has been deleted. Aylin has not done anything wrong.

I'll check in with her again on Friday. Please do get in touch through the office if anything else happens outside school.

Kind regards,

Ms A. Owusu-Mensah
Head of Year 9 (and Year 10 this term)
Example School | 01632 960000
""",
  cte="quoted-printable",
  note="HoY reports pupils' Snapchat group and quoted 'add me back' message; no staff contact")

M("clean", "forward_safer_schools_officer", DSL, [JANE, SAM, ALI],
  "Fwd: County lines information evening for parents - Thurs 6 March", "2025-02-20 09:35:50",
  """Dear Parents and Carers,

Please see below from our Safer Schools Officer, PC Mercer. We'd really encourage you to come - last year's session was eye-opening for a lot of families.

Conrad Whitfield
Deputy Headteacher & DSL

---------- Forwarded message ---------
From: PC Danielle Mercer <danielle.mercer@saferschools.example.net>
Date: Wed, 19 Feb 2025 at 17:02
Subject: County lines information evening for parents - Thurs 6 March
To: Conrad Whitfield <dsl@example-school.org.uk>

Hi Conrad,

Confirming the parents' session on county lines and child criminal exploitation: Thursday 6 March, 6.30-8pm in your Main Hall. I'll be joined by a worker from the borough's exploitation team and a mum whose son was groomed into running lines, who will speak about her family's experience.

We'll cover the warning signs (new clothes and trainers, second phones, going missing, unexplained injuries, "owing" money), how grooming works on social media, and where to get support.

Parents who can't make it can contact me on my work mobile, 07700 900741 (Met-issued, monitored in office hours), or at this email.

Regards,
PC Danielle Mercer
Safer Schools Officer
""",
  client="gmail",
  note="forward of the Safer Schools police officer's invitation with her official work mobile")

M("clean", "parent_new_email_readback", OFFICE, [JANE],
  "Change of email address - confirmed", "2025-04-23 10:02:37",
  """Dear Ms Parent,

Thank you for letting us know. As requested, we have added your new email address, jane.parent.home@yahoo.co.uk, to Marcus's record. You'll now get school messages at both addresses; if you'd like us to remove this one (jane.parent@gmail.com) in future, just let us know.

We have also updated your mobile to 07700 900123 as you asked - please tell us if that's not right.

Kind regards,

Pauline Grant
Office Manager
Example School, Park Row, LS1 4AP | 01632 960000
""",
  note="office reads back the parent's own new personal email and mobile [unsure]")

M("clean", "pe_fixtures_phone_cup_match", MEHMET, [DANIEL, TOBI, KEREM, LEVI],
  "U16 cup quarter final - Wednesday", "2025-01-20 13:27:46",
  """Lads,

Quarter final is confirmed: Wednesday 22 Jan away at Hollins Park Academy, Ashgrove Road, London SE15 4NW. Kick off 3.30pm.

Minibus leaves the sports hall at 2.15 - you're out of period 5, your teachers know. Full kit: black shorts, maroon socks, shin pads, moulded AND studded boots because their pitch is a swamp.

Parents who want to watch are welcome. On the day they can reach the team on the PE department's fixtures phone, 07700 900066 - that's the school's mobile that goes with whoever's on the minibus. Tell them.

We should be back about 6. Anyone who's not getting picked up needs to tell me before Wednesday.

Let's have it.

Mr Aksoy
""",
  note="PE teacher gives the school-owned fixtures phone, stated as the department's; away venue postcode")

M("clean", "ucas_personal_id_buzzword", CHIAMAKA, [MALIK],
  "Your UCAS ID", "2025-06-17 12:05:19",
  """Hi Malik,

You asked for your UCAS details again - here they are. Put your Personal ID on anything you send to unis or Student Finance.

UCAS Personal ID: 148-392-7710
School buzzword (for linking your account to us): EXSCH2026

Your reference is being written by Mr Fraser and Ms Prescott, and I'll check it over in September. Internal deadline for Oxbridge/medicine is 6 October; for everything else it's 15 November.

Ms Nwosu
""",
  note="UCAS Personal ID that looks like a phone number, buzzword, deadlines")

M("clean", "home_visit_parent_address", ATTEND, [SAM],
  "Home visit - Tuesday 11 March", "2025-03-06 15:56:02",
  """Dear Sam,

Thank you for speaking to me on the phone today. As agreed, Ms Owusu-Mensah and I will visit you at home to talk about Destiny's attendance and how we can help with the mornings:

Tuesday 11 March, 10.00am
Flat 6, Carrow House, 18 Pembury Walk, London E5 0LD

We'll be about 45 minutes. We will both have our school ID badges. If the time stops working for you, please ring the attendance line on 01632 960000 before 9am on the day.

Kind regards,

Kwame Boateng
Attendance Officer
Example School
""",
  cte="7bit",
  note="attendance confirms a home visit at the carer's own address")

M("clean", "external_academy_staff_mobile", TUNDE, [("Marek Lindqvist", "m.lindqvist@northfield-academy.example.com")],
  "Saturday showcase - our arrival", "2025-03-26 19:12:55",
  """Hi Marek,

Thanks for confirming the showcase. We'll bring 14 players in the school minibus, leaving Park Row at 8.15, aiming to be with you by 9.15.

If the North Circular is a car park again and we're running late, my mobile for the morning is 07700 900552 - text is best as I'll be driving.

Medical forms for all 14 are with me and I'll hand them to your welfare officer on arrival. Parents will collect from your car park at 1pm.

Cheers,
Tunde

Mr T. Adeyemi
PE / Academy Partnership Lead, Example School
""",
  client="gmail",
  note="teacher gives own mobile to an outside organisation's coach, no parent/pupil recipient [unsure]")


# =========================================================================== EVERYDAY (30 clean)

M("clean", "sparx_homework_y8", DENIZ, [AMA, MERT, RHIANNA, ZION],
  "8Y2 homework - due Wednesday", "2024-10-07 15:18:40",
  """Hi 8Y2,

Reminder that this week's Sparx homework is due Wednesday at 8am. It's angles in parallel lines (alternate, corresponding, co-interior) - the same stuff we did on Friday.

Bookwork codes: write them down as you go! If you get 100% and I can't see your working in your book, I will ask.

If you're stuck, Maths club is Tuesday lunchtime in M4, or come and find me before school.

Mr Yilmaz
""",
  note="maths homework reminder to Y8 pupils")

M("clean", "uniform_trainers_reply", ABENA, [JANE],
  "Re: Marcus - shoes", "2024-09-09 08:22:11",
  """Hi Ms Parent,

Thanks for letting me know. That's absolutely fine - Marcus can wear plain black trainers until Friday while you sort new shoes. I'll put a note on the system so no one gives him a uniform sanction.

Just to say, the second-hand uniform shop in the library has some black leather shoes in most sizes for £3 if that helps - it's open Wednesdays after school.

Best wishes,
Ms Owusu-Mensah

On Mon, 9 Sept 2024 at 07:41, Jane Parent <jane.parent@gmail.com> wrote:
> Morning, Marcus's school shoes have split right across the sole and I can't get new ones till Friday when I'm paid. Is it OK for him to wear his black trainers till then? Sorry. Jane
""",
  fmt="alt", cte="quoted-printable", client="gmail", reply=True,
  note="reply to parent about uniform, quoted message")

M("clean", "cover_work_moderation", HANNAH, [COVER],
  "Cover Thurs P3-4 - 10E and 9C", "2024-10-15 07:51:02",
  """Hi,

I'm out at the borough English moderation meeting on Thursday periods 3 and 4. Cover work is in the shared drive: English > Cover > Prescott > 17 Oct.

P3 10E (room E4): reading Act 2 of An Inspector Calls with the audio. Questions on the sheet; they know the drill. Please collect books at the end.
P4 9C (room E4): silent reading for 20 mins, then the persuasive writing task on the slide. Can you keep an eye on Jaylen and Kayden - sit them apart.

Thanks,
Hannah
""",
  note="staff cover request, rooms and classes")

NEWSLETTER_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#7a1f3d;color:#fff;padding:18px 24px;font-size:22px"><b>The Friday Bulletin</b><br><span style="font-size:13px">Example School &middot; 18 October 2024</span></td></tr>
<tr><td style="padding:20px 24px">
<p>Dear Families,</p>
<p>What a fortnight! Black History Month has filled the building with music, food and stories. Thank you to every family who came to Tuesday's celebration evening &ndash; the Windrush elders' panel had the whole hall silent, and the gospel choir's &ldquo;Lift Every Voice&rdquo; finished with a standing ovation.</p>
<h3 style="color:#7a1f3d">Football</h3>
<p>Our U15s beat Hollins Park 3&ndash;1 in the borough cup, and two of our Year 10s have been invited to train with the Northfield FC Academy development squad. Huge congratulations.</p>
<h3 style="color:#7a1f3d">Year 11 mocks</h3>
<p>Mocks start on Monday 2 December. Revision timetables go home next week. Please help your child find a quiet space at home; the library is open until 5pm every day.</p>
<h3 style="color:#7a1f3d">Youth club</h3>
<p>The youth club is open during half term, Tuesday and Thursday 12&ndash;4. It is free and open to Years 7&ndash;13.</p>
<h3 style="color:#7a1f3d">Dates for your diary</h3>
<ul>
<li>21&ndash;25 October &ndash; half term</li>
<li>Monday 4 November &ndash; Year 9 parents&rsquo; evening (online booking opens Friday)</li>
<li>Thursday 14 November &ndash; Anti-Bullying Week assembly</li>
<li>Wednesday 11 December &ndash; Winter Concert, 6pm</li>
</ul>
<p>Have a restful half term.</p>
<p>Dr Gillian Marsh<br>Headteacher</p>
</td></tr>
<tr><td style="background:#eee;padding:12px 24px;font-size:11px;color:#555">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</body></html>
"""

M("clean", "friday_bulletin_newsletter", HEAD, [JANE, SAM, ALI],
  "The Friday Bulletin - 18 October", "2024-10-18 15:30:00",
  """THE FRIDAY BULLETIN - Example School - 18 October 2024

Dear Families,

What a fortnight! Black History Month has filled the building with music, food and stories. Thank you to every family who came to Tuesday's celebration evening - the Windrush elders' panel had the whole hall silent, and the gospel choir's "Lift Every Voice" finished with a standing ovation.

FOOTBALL
Our U15s beat Hollins Park 3-1 in the borough cup, and two of our Year 10s have been invited to train with the Northfield FC Academy development squad. Huge congratulations.

YEAR 11 MOCKS
Mocks start on Monday 2 December. Revision timetables go home next week. Please help your child find a quiet space at home; the library is open until 5pm every day.

YOUTH CLUB
The youth club is open during half term, Tuesday and Thursday 12-4. It is free and open to Years 7-13.

DATES FOR YOUR DIARY
- 21-25 October - half term
- Monday 4 November - Year 9 parents' evening (online booking opens Friday)
- Thursday 14 November - Anti-Bullying Week assembly
- Wednesday 11 December - Winter Concert, 6pm

Have a restful half term.

Dr Gillian Marsh
Headteacher

Example School, Park Row, LS1 4AP - 01632 960000 - office@example-school.org.uk
""",
  fmt="alt", cte="7bit", html=NEWSLETTER_HTML, html_cte="quoted-printable",
  note="weekly newsletter to families, HTML + plain")

MUSEUM_PDF = make_pdf([
    "Example School - Year 7 visit to the Science Museum",
    "Friday 7 February 2025",
    "Travel: by Underground, leaving school 09:00, returning by 15:15.",
    "Cost: free. Students need a packed lunch and their Zip Oyster card.",
    "Please return the slip below by Friday 31 January.",
    "",
    "Name: ____________________  Form: ______",
    "Signed (parent/carer): ____________________",
])

M("clean", "y7_science_museum_letter", LEON, [EMRE, PRECIOUS, HUSEYIN, ZION],
  "Science Museum trip - letter for home", "2025-01-22 12:40:33",
  """Hi 7L,

Here's the letter for the Science Museum trip on Friday 7 February - it's the same one I gave out in class, for anyone who lost theirs (Zion...). Please show it to whoever looks after you at home and bring the slip back signed by next Friday.

We're going on the tube, so you'll need your Zip Oyster card. Packed lunch, no fizzy drinks.

Mr Fraser
""",
  atts=[attachment("Y7 Science Museum letter.pdf", "application/pdf", MUSEUM_PDF)],
  note="Y7 trip letter to pupils with PDF")

REPORT_PDF = make_pdf([
    "Example School - Interim Progress Report - Spring 2025",
    "Student: Aylin Guardian    Year 10    Tutor group: 10D",
    "",
    "English Language    Working at: 5   Target: 6   Effort: 1",
    "Mathematics         Working at: 6   Target: 6   Effort: 1",
    "Combined Science    Working at: 5-5 Target: 6-6 Effort: 2",
    "History             Working at: 6   Target: 6   Effort: 1",
    "Turkish (GCSE)      Working at: 9   Target: 9   Effort: 1",
    "Art                 Working at: 5   Target: 6   Effort: 2",
    "",
    "Attendance this year: 88%",
])

M("clean", "interim_report_attached", OFFICE, [ALI],
  "Interim progress report - Aylin", "2025-03-21 14:04:21",
  """Dear Mr Guardian,

Please find attached Aylin's Spring interim progress report. A guide to the grades and effort scores is on the school website under Parents > Reports.

If you would like to discuss the report, please contact Aylin's tutor through the office or book an appointment at the Year 10 parents' evening on 3 April.

Kind regards,

Example School Office
Park Row, LS1 4AP | 01632 960000
""",
  atts=[attachment("Aylin Guardian - Spring interim report.pdf", "application/pdf", REPORT_PDF)],
  note="office sends report PDF to parent")

M("clean", "science_dept_minutes", LEON, [SCIENCE],
  "Minutes - Science dept meeting 4 Feb", "2025-02-05 17:44:09",
  """Hi all,

Minutes from yesterday below - shout if I've missed anything.

Present: LF, ZC, JO, RP, AB (technicians for item 2)
Apologies: SK (course)

1. Year 11 mocks analysis
- Combined Science average grade 4.6, up from 4.2 last year. Physics paper 2 was weakest (electricity, again).
- Intervention list for 5s-borderline agreed; Tuesday revision sessions to continue in S12.

2. Practicals
- Titration kits: 6 burettes broken since Christmas, AB to order replacements (budget OK).
- Required practicals tracker to be updated by all KS4 staff by 14 Feb.

3. Year 8 curriculum
- New "Forces" unit trialled with 8Y1 and 8Y3 - feedback positive, slightly too long. ZC to trim lesson 5.

4. Science week (10-14 March)
- Theme: "Science in our city". Ideas so far: Thames water testing, forensic science workshop, a speaker from the hospital's sickle cell unit (JO has a contact).

5. AOB
- Please return the borrowed microscopes to Prep Room 2.

Next meeting: Tuesday 4 March, 3.30pm, S10.

Leon
""",
  note="internal department meeting minutes")

M("clean", "choir_rehearsal_room_change", MARCIA, [AMA, NIA, ABIGAIL, TUBA, JOY],
  "Rehearsal moved - Wednesday", "2024-11-04 12:15:59",
  """Hi choir,

This Wednesday's rehearsal is in the Drama Studio, not the Music block (the pianos are being tuned). Same time, 3.30-5.

Altos - please learn the second verse of "Total Praise" before then, I'll be checking! Sopranos, the descant is on Teams.

Bring water. No crisps in the Drama Studio or Mr Okonkwo will never forgive me.

Mrs Campbell
""",
  note="choir rehearsal room change to pupils")

M("clean", "lateness_reminder_parent", ATTEND, [JANE],
  "Marcus - lateness this half term", "2025-02-07 11:48:27",
  """Dear Ms Parent,

I'm writing because Marcus has been late to school four times this half term (21, 28 and 30 January and 5 February), each time by between 10 and 25 minutes.

Gates close at 8.40am. Students who arrive after this have a 20-minute late detention the same day at 3.20pm. Marcus has attended these, which I appreciate.

If there's something making mornings difficult - buses, caring responsibilities, anything at all - please let us know. We may be able to help, for example with a bus pass or a breakfast club place (8am, free, in the canteen).

Kind regards,

Kwame Boateng
Attendance Officer
Example School | 01632 960000
""",
  fmt="alt", cte="7bit",
  note="attendance letter to parent about lateness")

M("clean", "ucas_internal_deadlines_y13", CHIAMAKA, [SELIN, OLAMIDE, DANTE],
  "UCAS - internal deadlines", "2024-09-12 08:30:22",
  """Morning Year 13,

Reminder of the internal UCAS deadlines:

- Oxford, Cambridge, Medicine, Dentistry, Vet Med: complete application to me by Friday 4 October
- Everyone else: Friday 15 November

"Complete" means personal statement finished, all five choices entered, and predicted grades checked with your subject teachers. I can't send a reference on an empty form.

Drop-in sessions: Mondays and Thursdays at lunch in the Sixth Form study room.

Olamide - your medicine work experience write-up is brilliant, bring it on Monday.

Ms Nwosu
Head of Sixth Form
""",
  note="sixth form UCAS deadline reminder to Y13")

M("clean", "detention_phone_in_lesson", DWAYNE, [SAM],
  "Destiny - detention Thursday", "2024-12-03 14:20:46",
  """Dear Sam,

Destiny has a 40-minute detention this Thursday (5 December), 3.20-4.00pm, for using her phone in Science after two warnings. Her phone was taken to the office and she collected it at the end of the day.

I've spoken to her and she was honest about it - she said she was messaging her cousin about a family thing. We've agreed that if something is worrying her during the day she can come to me rather than going on her phone in lessons.

If she can't stay on Thursday for any reason, please let me know by Wednesday.

Thanks,
Mr D. Clarke
Learning Mentor
Example School
""",
  note="detention notice to carer")

M("clean", "praise_poem_bhm_assembly", HANNAH, [SAM],
  "Destiny's poem", "2024-10-25 16:02:44",
  """Dear Sam,

I just had to write and tell you how proud we all are of Destiny. She performed her poem "My Nan's Kitchen" at the Black History Month assembly this morning, in front of the whole of Key Stage 4, and you could have heard a pin drop. The line about the Dutch pot and the Sunday rice and peas had half the staff in tears.

She's been asked to perform it again at the celebration evening. I've also entered it for the borough young writers' competition (deadline in November), if that's OK with you both.

Warm wishes,

Ms H. Prescott
English Department
""",
  fmt="alt", cte="quoted-printable",
  note="praise email to carer")

M("clean", "youth_club_half_term_hours", JEROME, [KAYDEN, JAYLEN, MERT, AMA, ZION],
  "Youth club half term - what's on", "2025-02-10 15:55:17",
  """Wagwan everyone,

Half term youth club is ON. Tuesday 18 and Thursday 20 Feb, 12-4pm, Annexe.

Tuesday: FIFA tournament (bring your own controller if you've got one, we've only got 6) + the studio is open
Thursday: cooking with Aunty Pat - jollof vs rice and peas, the debate ends here

It's free, there's food, and you can bring a mate from another school as long as they sign in at the door.

Remember: youth club rules still apply in the holidays, no hoods up inside and no beef brought in from outside.

Jerome & Shanice
""",
  note="youth club half-term programme to pupils, slang")

M("clean", "u15_match_report_staff", TUNDE, [PEDEPT, HEAD],
  "U15 cup - match report", "2024-10-16 18:30:45",
  """Hi all,

U15s beat Hollins Park 3-1 in the borough cup second round this afternoon. Goals from Jaylen (2) and Kayden, who came off the bench and scored with his first touch.

Two Northfield Academy scouts were there (Marek Lindqvist and one of their U16 coaches). They asked about Daniel in Year 10 and Marcus in Year 9 - I said we'd go through the usual route with families.

Behaviour on the minibus was excellent both ways, which the Hollins Park staff commented on.

Next round is the week after half term, date TBC.

Tunde
""",
  note="staff-only match report")

M("clean", "y9_parents_evening_booking", OFFICE, [JANE, SAM, ALI],
  "Year 9 Parents' Evening - booking now open", "2024-10-25 09:15:00",
  """Dear Parents and Carers,

Booking for the Year 9 Parents' Evening on Monday 4 November (4.00-7.00pm) is now open on SchoolCloud. Appointments are 5 minutes each and take place in person in the Main Hall.

Booking closes at 5pm on Friday 1 November.

Interpreters: Ms Demir will be available for Turkish-speaking families, and we can arrange Yoruba, Twi and Somali interpreters if you let us know by Wednesday.

If you don't have internet access or need help booking, please pop into reception and we'll book for you.

Kind regards,

Example School Office
Park Row, LS1 4AP | 01632 960000
""",
  fmt="html", cte="quoted-printable",
  note="parents' evening booking notice, HTML only")

M("clean", "lost_property_staff", OFFICE, [ALLSTAFF],
  "Lost property - clearing Friday", "2025-03-31 08:05:12",
  """Morning all,

The lost property rail outside the office is overflowing again (19 blazers, 3 coats, a trumpet and a single Nike slider). Please remind your tutor groups that anything unnamed still there at 3.30pm on Friday goes to the second-hand uniform shop.

Named items: we'll send them to tutors.

Thanks,
Pauline
""",
  note="staff-only lost property notice")

CAREPLAN_PDF = make_pdf([
    "Example School - Individual Healthcare Plan: Asthma",
    "Student: ______________________   Form: ______",
    "Reliever inhaler (blue): name, dose, when to use: ____________",
    "Spare inhaler kept in medical room: Yes / No",
    "Triggers: ____________________________________",
    "Signed (parent/carer): __________________  Date: ________",
])

M("clean", "inhaler_care_plan_reply", NURSE, [JANE],
  "RE: Marcus new inhaler", "2025-04-24 10:34:08",
  """Dear Ms Parent,

Thank you for letting me know about Marcus's new inhaler. Could you please fill in the attached updated asthma care plan with the new name and dose, and send in a spare inhaler in its original box with the pharmacy label? We keep it in the medical room and it goes out with him on trips.

He can carry his own inhaler in his bag at all times - that's fine and encouraged.

Many thanks,

Adaeze Nnamdi
School Nurse
Example School

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 23 April 2025 21:16
To: School Nurse <schoolnurse@example-school.org.uk>
Subject: Marcus new inhaler

Hello, the GP has changed Marcus's inhaler to a different one (purple), what do I need to do for school? Jane
""",
  fmt="alt", cte="quoted-printable", reply=True,
  atts=[attachment("Asthma care plan 2025.pdf", "application/pdf", CAREPLAN_PDF)],
  note="school nurse replies to parent with care plan PDF")

M("clean", "inset_day_agenda", HEAD, [ALLSTAFF],
  "INSET Monday 6 January - agenda", "2025-01-03 11:00:00",
  """Dear colleagues,

Happy New Year. Here is the plan for Monday's INSET day.

08.45  Breakfast in the staffroom (thank you, catering team)
09.15  Welcome back and the term ahead - GM (Main Hall)
09.45  Safeguarding update: contextual safeguarding, county lines and what we learned from the autumn - CW and the youth work team
11.00  Break
11.20  Department time: Year 11 mock analysis and intervention planning
12.30  Lunch
13.15  Adaptive teaching workshops (choose one - sign-up sheet in the staffroom):
       A. Oracy and talk for writing - HP
       B. Supporting EAL learners in mainstream lessons - ED
       C. Using the new SEND passports - TR
14.45  Tutor time planning with Heads of Year
15.30  Close

Please bring a laptop. Dress is casual.

Gillian
""",
  note="staff INSET agenda")

M("clean", "bhm_assembly_running_order", ABENA, [MARCIA, FEMI, JEROME],
  "BHM assembly - running order", "2024-10-01 16:44:37",
  """Hi all,

Thanks for Friday. Here's the running order as it stands for the KS4 Black History Month assembly on Friday 25 Oct - let me know if anything's wrong.

1. Choir: "Lift Every Voice and Sing" (Marcia) - 4 mins
2. Welcome and intro (me) - 2 mins
3. Spoken word: Destiny (Y10) "My Nan's Kitchen" - 3 mins
4. Short film from the Windrush elders project (Femi, can we test the projector on Thursday?) - 6 mins
5. Youth club: two Year 11s talking about the "Our Ends" mural (Jerome) - 4 mins
6. Close + choir reprise

That's about 20 minutes, which leaves a bit of breathing space. Femi, could your Year 12 tech crew do the lights?

Abena
""",
  note="staff planning email for Black History Month assembly")

M("clean", "essay_feedback_pupil", HANNAH, [NIA],
  "Your Macbeth essay", "2025-05-08 19:05:33",
  """Hi Nia,

I've marked your Macbeth essay - it's on Teams with comments. This is a strong grade 6 and honestly bits of it are 7 already. Your paragraph on Lady Macbeth and the "unsex me here" speech was excellent, especially the point about power and gender.

Two things to push it up:
1. Context - you mention King James but don't link it to the witches. One sentence would do it.
2. Your conclusion repeats your intro. Finish with your own judgement instead.

Re-draft the conclusion and send it to me by Monday if you like.

Ms Prescott
""",
  note="coursework feedback to pupil")

M("clean", "careers_fair_invite_employers", KEZIA,
  [("Careers Team", "careers@northfield-academy.example.com"),
   ("Early Careers", "earlycareers@example.org"),
   ("Community Outreach", "outreach@example.net")],
  "Invitation: Example School Careers Fair, Wed 12 February", "2024-12-10 10:10:10",
  """Dear colleague,

I'd like to invite your organisation to our annual Careers Fair on Wednesday 12 February 2025, 1.00-4.00pm, in the Sports Hall at Example School.

Around 600 students from Years 9 to 13 will attend. Last year's exhibitors included the NHS trust, the fire brigade, two law firms, a football club, local construction apprenticeships and several universities. Our students are especially keen to hear about apprenticeships, sport and the creative industries.

We provide a table, two chairs, power and lunch. Parking is available via the Park Row gate.

Please reply by Friday 17 January to book a table, and let me know if you'd like to give a short talk to a smaller group.

With thanks,

Kezia Thompson
Careers Adviser
Example School, Park Row, LS1 4AP | 01632 960000
""",
  fmt="alt", cte="7bit",
  note="careers fair invitation to outside organisations")

TIMETABLE_CSV = b"""Date,Session,Start,End,Subject,Paper,Room
2024-12-02,AM,09:00,10:30,Mathematics,Paper 1 (Non-calculator),Sports Hall
2024-12-02,PM,13:30,15:15,English Literature,Paper 1,Sports Hall
2024-12-03,AM,09:00,10:10,Combined Science,Biology 1,Sports Hall
2024-12-03,PM,13:30,15:15,History,Paper 1,Main Hall
2024-12-04,AM,09:00,10:30,Mathematics,Paper 2 (Calculator),Sports Hall
2024-12-04,PM,13:30,15:15,Geography,Paper 1,Main Hall
2024-12-05,AM,09:00,10:45,English Language,Paper 1,Sports Hall
2024-12-05,PM,13:30,14:40,Combined Science,Chemistry 1,Sports Hall
2024-12-06,AM,09:00,10:45,Religious Studies,Paper 1,Main Hall
"""

M("clean", "y11_mock_timetable_csv", EXAMS, [TOBI, KEREM, LEVI],
  "Year 11 mock timetable", "2024-11-19 13:00:02",
  """Hi Year 11,

Your mock timetable is attached (it's also on the noticeboard outside the Sports Hall). Please check it against your own subjects and tell me by Friday if you think anything is missing or clashes.

Individual seating plans and candidate numbers will be emailed next week.

Priya Raman
Exams Officer
""",
  atts=[attachment("Y11 mocks Dec 2024.csv", "text/csv", TIMETABLE_CSV)],
  note="mock exam timetable CSV to Y11 pupils")

M("clean", "ramadan_arrangements_parents", ELIF, [ALI, JANE, SAM],
  "Ramadan 2025 at school", "2025-02-27 16:30:12",
  """Dear Parents and Carers,

Ramadan is expected to begin on or around Saturday 1 March. To support students who are fasting:

- A quiet room (L3, next to the library) will be open at lunchtime for students who are fasting and would rather not be in the canteen. Prayer mats are available there.
- Jummah prayer will continue on Fridays at 1.10pm in the Drama Studio.
- PE staff will adapt activity for fasting students - please let your child's PE teacher know.
- Exams and assessments will go ahead as normal, but please tell your child's tutor if fasting is affecting them.

Eid al-Fitr is expected around Sunday 30 or Monday 31 March. Absence for the day of Eid will be authorised - please let the attendance office know the date when it is confirmed.

Ramazan ayınız mübarek olsun. Ramadan Mubarak to all our families who are observing.

Elif Demir
EAL & Community Liaison
Example School, Park Row, LS1 4AP | 01632 960000
""",
  fmt="alt", cte="base64", html_cte="base64",
  note="Ramadan arrangements letter to families, base64")

M("clean", "y7_welcome_tutor", PATRICK, [EMRE, PRECIOUS, HUSEYIN, ZION],
  "Welcome to Year 7!", "2024-09-04 14:02:50",
  """Hi 7O,

Welcome to Example School! I'm Mr Osei-Bonsu, your Head of Year, and I'll also be your tutor this year.

A few things for tomorrow:
- Come to the Year 7 gate on Park Row by 8.35. Someone will meet you.
- Bring a pencil case with a black pen, pencil, ruler, rubber and a scientific calculator.
- Your timetable is on Teams. If you get lost, ask anyone in a lanyard - everybody gets lost in the first week, even teachers.

You're going to be fine. See you in the morning.

Mr Osei-Bonsu
Head of Year 7
""",
  note="Head of Y7 welcomes new tutor group")

M("clean", "library_overdue_noughts", LIBRARY, [JAYLEN],
  "Overdue library book", "2024-11-12 12:12:12",
  """Hi Jaylen,

Just a friendly reminder that "Noughts & Crosses" by Malorie Blackman was due back on 29 October. Could you bring it back this week or renew it at the library desk?

If you've finished it, we've just got the graphic novel version in, and the sequel, so come and have a look.

Mrs Barrow
Library
""",
  note="overdue library book to pupil")

M("clean", "thanks_international_evening", ELIF, [SAM],
  "Thank you for Friday!", "2025-05-19 09:20:04",
  """Dear Sam,

I just wanted to say a huge thank you for your help at International Evening on Friday. The curry goat and rice and peas sold out before the Turkish table ran out of gözleme, which has never happened before - Mrs Arslan wants a rematch next year!

We raised £1,214 for the youth club summer programme. Please say thank you to Destiny too for running the face-painting table all evening.

With warm thanks,

Elif Demir
EAL & Community Liaison
Example School
""",
  cte="8bit",
  note="thank-you to carer for volunteering at International Evening, 8bit")

M("clean", "sports_day_kit_y8", MEHMET, [AMA, MERT, RHIANNA, ZION],
  "Sports Day - Thursday 3 July", "2025-06-30 11:33:33",
  """Year 8,

Sports Day is this Thursday at the borough athletics track. Coaches leave at 8.50 from the sports hall.

Bring:
- PE kit plus a T-shirt in your house colour (Seacole red, Equiano blue, Ali green, Olusoga yellow)
- sun cream, hat, a big bottle of water
- packed lunch (the track cafe will be open but it's pricey)

Events are on the noticeboard. If you signed up for the 1500m, I'm holding you to it.

Mr Aksoy
""",
  note="sports day kit reminder to pupils")

M("clean", "forward_mentoring_notes_hoy", DWAYNE, [ABENA],
  "FW: Mentoring notes - Kayden A (9C)", "2025-03-12 15:48:02",
  """Hi Abena,

Forwarding my notes from the last three sessions with Kayden for the pastoral review tomorrow. Nothing that needs to go to DSL beyond what I already logged on CPOMS on 3 March.

Dwayne

-----Original Message-----
From: Dwayne Clarke
Sent: 11 March 2025 16:20
To: Dwayne Clarke <d.clarke@example-school.org.uk>
Subject: Mentoring notes - Kayden A (9C)

25 Feb - Talked about the detentions. Says he gets "gassed" in Science when people chat about him. Agreed a time-out card trial.
4 Mar - Better week. Proud of the studio track. Mentioned older boys at the chicken shop asking if he "wants to make money" - logged on CPOMS, passed to CW.
11 Mar - Calmer. Time-out card used twice, both appropriately. Wants to join U15 training again.

Next: review with HoY, consider football as a reward target.
""",
  note="learning mentor forwards mentoring notes to HoY (staff only)")

M("clean", "it_password_reset_lighting", FEMI, [ITSUPPORT],
  "Lighting desk PC - locked out", "2025-05-12 08:14:26",
  """Hi IT,

The lighting desk PC in the Drama Studio (DR-PC-02) has locked me out after the update on Friday - it says my password has expired but won't let me change it. We've got the Lion King tech rehearsal on Wednesday so I'd be really grateful if someone could look at it before then.

I'm teaching in the studio all day Tuesday, so any time is fine.

Thanks,
Femi
""",
  note="staff IT support request")

M("clean", "knife_crime_workshop_staff_briefing", CONRAD, [ALLSTAFF],
  "Year 9 'Blade' workshop Tuesday - tutor briefing", "2025-01-31 16:12:37",
  """Dear colleagues,

On Tuesday 4 February Year 9 will see "Blade", a 50-minute play about knife crime and peer pressure by Open Door Theatre Company, followed by a workshop in tutor groups. Session 1 (9C, 9D, 9E) is periods 1-2, session 2 (9A, 9B, 9F) periods 3-4.

Some things to be aware of:

- The play includes a stabbing (not shown graphically) and a funeral scene. Several of our students have been directly affected by knife crime in the last year. Heads of Year have already spoken to those families and a few students will be in the library with Ms Morgan instead - the list is on CPOMS, please don't share it.
- Tutors: the workshop plan is in the Year 9 folder. The theatre company leads it; you stay in the room.
- If a student discloses anything, follow the usual procedure: listen, don't promise confidentiality, log it on CPOMS the same day and speak to a DSL.
- Jerome and Shanice will be in the Annexe all afternoon for any students who want to talk.

Thank you - this is important work, and last year's Year 9s still talk about it.

Conrad
Deputy Headteacher & DSL
""",
  fmt="html", cte="quoted-printable",
  note="DSL briefing to staff before a knife-crime theatre workshop")


# =========================================================================== writer
def main():
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"

    # deterministic interleaving: order by a hash of the slug
    order = sorted(MESSAGES, key=lambda m: _h("r23order" + m["slug"], 16))

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        (OUT / fname).write_bytes(build(m))
        recips = " ".join(a[1] for a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], recips, m["note"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages ({len(flags)} flag, {len(cleans)} clean) to {OUT}")


if __name__ == "__main__":
    main()
