#!/usr/bin/env python3
"""Round 15 blind holdout corpus, module "personal-address-to-parent".

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
personal-address-to-parent/ next to this script.  Standard library only and fully
deterministic: fixed dates, Message-IDs and MIME boundaries, so running it twice gives
byte-identical files.

BLIND: written without looking at mailguard's code, rules or other tests.  Never use
these messages to tune the filter.

    python3 tests/holdout/round15/make_round15_personal.py
"""
import csv
import hashlib
import html as htmlmod
import os
from datetime import datetime, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
S = {  # staff: key -> (display name, mailbox)
    "head": ("Dr Helen Marchbank", "head"),
    "pa": ("Emma Greaves", "e.greaves"),
    "dsl": ("Fiona McAlister", "dsl"),
    "fmca": ("Fiona McAlister", "f.mcalister"),
    "raman": ("Priya Raman", "p.raman"),
    "trev": ("Lucy Trevelyan", "l.trevelyan"),
    "llew": ("Gareth Llewellyn", "g.llewellyn"),
    "finn": ("Joe Finnegan", "j.finnegan"),
    "sian": ("Siân Pritchard", "s.pritchard"),
    "music": ("Debra Collinge", "music"),
    "rennie": ("Hamish Rennie", "h.rennie"),
    "nowak": ("Agnieszka Nowak", "a.nowak"),
    "ether": ("Tom Etherington", "t.etherington"),
    "hale": ("Catriona Hale", "c.hale"),
    "kettle": ("Stuart Kettlewell", "s.kettlewell"),
    "oduya": ("Claire Oduya", "c.oduya"),
    "pembury": ("Rhys Pembury", "r.pembury"),
    "lacroix": ("Sophie Lacroix-Bérard", "s.lacroix"),
    "navarro": ("Inés Navarro", "i.navarro"),
    "attend": ("Ruth Penhaligon", "attendance"),
    "voss": ("Hannah Voss", "h.voss"),
    "acht": ("Daniel Achterberg", "d.achterberg"),
    "office": ("Example School Office", "office"),
    "adeyemi": ("Olu Adeyemi", "o.adeyemi"),
    "exams": ("Kate Brannigan", "exams"),
    "bursar": ("Peter Sandoval", "bursar"),
    "finance": ("Lorraine Tulley", "finance"),
    "clerk": ("Amira Haddad", "clerk"),
    "hr": ("Nadia Kowalczyk", "hr"),
    "stafford": ("Ben Stafford", "b.stafford"),
    "ashdown": ("Neil Ashdown", "n.ashdown"),
    "oakes": ("Sally Oakes", "s.oakes"),
    "careers": ("Martin Healey", "careers"),
    "whitfield": ("Joel Whitfield", "j.whitfield"),
    "reid": ("Callum Reid", "c.reid"),
    "lamb": ("Georgia Lamb", "g.lamb"),
    "ingham": ("Rachel Ingham", "r.ingham"),
    "library": ("Joan Birtwhistle", "library"),
    "aldridge": ("Zoë Aldridge", "z.aldridge"),
    "kerr": ("Alastair Kerr", "a.kerr"),
    "nurse": ("Carol Dunmore", "nurse"),
    "cover": ("Pam Threlfall", "cover"),
    "staff": ("All Staff", "staff"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}

PUPILS = {
    "24sabbasi": "Sana Abbasi", "24hwren": "Harriet Wren", "24pmalik": "Poppy Malik",
    "24rkaur": "Ruby Kaur", "24eoyelaran": "Esther Oyelaran",
    "23iwhitlock": "Imogen Whitlock", "23mfairbairn": "Millie Fairbairn",
    "23zkhan": "Zara Khan", "23ebarlow": "Ellie Barlow", "23hsutcliffe": "Holly Sutcliffe",
    "23ajoshi": "Anya Joshi",
    "22tbhattacharya": "Tara Bhattacharya", "22gpaterson": "Grace Paterson",
    "22rnwosu": "Rebecca Nwosu", "22ldobson": "Lily Dobson",
    "21ehollis": "Evie Hollis", "21mokafor": "Maya Okafor", "21abrennan": "Aoife Brennan",
    "21cwong": "Chloe Wong", "21sfoster": "Scarlett Foster", "21nahmed": "Noor Ahmed",
    "20rdesai": "Riya Desai", "20nlindqvist": "Nora Lindqvist", "25jmcbride": "Jack McBride",
    "25ohassan": "Omar Hassan", "20fgreenwood": "Freya Greenwood", "20kbeaumont": "Kitty Beaumont",
    "19lstrand": "Lena Strand", "24kmensah": "Kofi Mensah", "19bcarrick": "Bethany Carrick",
    "24trowe": "Theo Rowe", "19mquinn": "Megan Quinn",
}


def staff(key):
    name, box = S[key]
    return (name, f"{box}@{DOM}")


def parent(key):
    return PARENTS[key]


def pupil(login):
    return (PUPILS[login], f"{login}@{PUP}")


def ext(name, addr):
    return (name, addr)


def _addr(p):
    name, addr = p
    local, _, domain = addr.partition("@")
    return Address(display_name=name or "", username=local, domain=domain)


def D(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def T(s):
    """Body text written flush-left in a triple-quoted string."""
    return s[1:] if s.startswith("\n") else s


# ---------------------------------------------------------------- HTML helpers
OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
    'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
    '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
)


def _esc(line):
    out = htmlmod.escape(line, quote=False)
    # Outlook keeps runs of spaces with &nbsp;
    return out.replace("  ", " &nbsp;")


def outlook_html(text, sig_html=None):
    parts = []
    for para in text.rstrip("\n").split("\n\n"):
        for line in para.split("\n"):
            parts.append(f'<p class="MsoNormal">{_esc(line) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n')
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    if sig_html:
        parts.append(sig_html)
    return OUTLOOK_HEAD + "".join(parts) + "</div>\n</body>\n</html>\n"


def owa_html(text):
    """Outlook on the web / new Outlook style."""
    out = ['<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n']
    for para in text.rstrip("\n").split("\n\n"):
        lines = "<br>\n".join(_esc(l) for l in para.split("\n"))
        out.append('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
                   f'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{lines}</div>\n'
                   '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>\n')
    out.append("</body>\n</html>\n")
    return "".join(out)


# ---------------------------------------------------------------- attachments
def fake_pdf(title, lines):
    """A small but valid one-page PDF."""
    def pdfstr(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    stream = ["BT", "/F1 14 Tf", "50 790 Td", "18 TL", pdfstr(title) + " Tj", "/F1 10 Tf", "14 TL", "T*"]
    for l in lines:
        stream.append(pdfstr(l) + " '")
    stream.append("ET")
    content = ("\n".join(stream) + "\n").encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + pdfstr(title).encode("latin-1", "replace") + b" /Producer (Microsoft Word for Microsoft 365) "
        b"/CreationDate (D:20260105090000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_att(filename, title, lines):
    return {"data": fake_pdf(title, lines), "maintype": "application", "subtype": "pdf", "filename": filename}


# ---------------------------------------------------------------- message building
MSGS = []


def add(label, slug, note, **m):
    assert label in ("flag", "clean")
    m.update(label=label, slug=slug, note=note)
    MSGS.append(m)


def _hash(slug):
    return hashlib.sha1(("round15-personal/" + slug).encode()).hexdigest()


def _msgid(m):
    h = _hash(m["slug"]).upper()
    style = m.get("client", "outlook")
    if style == "iphone":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{DOM}>"
    if style == "owa":
        return f"<AM9P265MB{h[:4]}{h[4:28]}@AM9P265MB{h[:4]}.GBRP265.PROD.OUTLOOK.COM>"
    return f"<LO4P265MB{h[:4]}{h[4:32]}@LO4P265MB{h[:4]}.GBRP265.PROD.OUTLOOK.COM>"


def build(m):
    msg = EmailMessage()
    msg["From"] = _addr(m["frm"])
    msg["To"] = [_addr(p) for p in m["to"]]
    if m.get("cc"):
        msg["Cc"] = [_addr(p) for p in m["cc"]]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = _msgid(m)
    if m.get("reply_to"):
        msg["Reply-To"] = _addr(m["reply_to"])
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    client = m.get("client", "outlook")
    if client == "outlook":
        msg["Thread-Topic"] = m["subject"].replace("RE: ", "").replace("Re: ", "")
        msg["Content-Language"] = "en-GB"
        msg["X-MS-Has-Attach"] = "yes" if m.get("att") else ""
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22D82)"
    elif client == "owa":
        msg["Content-Language"] = "en-GB"
        msg["X-MS-Exchange-Organization-SCL"] = "-1"
    msg["MIME-Version"] = "1.0"

    kind = m.get("kind", "plain")
    text = m.get("text")
    if kind == "plain":
        msg.set_content(text, cte=m.get("cte"))
    elif kind == "alt":
        html = m.get("html")
        if html is None:
            html = owa_html(text) if client == "owa" else outlook_html(text, m.get("sig_html"))
        msg.set_content(text, cte=m.get("cte"))
        msg.add_alternative(html, subtype="html", cte=m.get("html_cte", m.get("cte")))
    elif kind == "html":
        msg.set_content(m["html"], subtype="html", cte=m.get("cte"))
    else:
        raise ValueError(kind)

    for a in m.get("att", []):
        if isinstance(a["data"], str):
            msg.add_attachment(a["data"], subtype=a["subtype"], filename=a["filename"],
                               params=a.get("params"), cte=a.get("cte"))
        else:
            msg.add_attachment(a["data"], maintype=a["maintype"], subtype=a["subtype"], filename=a["filename"])

    h = _hash(m["slug"])
    for i, part in enumerate(msg.walk()):
        if i and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{h[:28]}_")
    return msg.as_bytes(policy=policy.default)


def addrs_of(m):
    return " ".join(p[1] for p in list(m["to"]) + list(m.get("cc") or []))


# ---------------------------------------------------------------- signatures
SCHOOL = "Example School, Park Row, Leeds LS1 4AP"
TEL = "01632 960000"
DISCLAIMER = (
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please tell the sender and delete it. Example School Academy "
    "Trust is a charitable company limited by guarantee, registered in England and Wales, company "
    "number 07946012. Registered office: Park Row, Leeds LS1 4AP."
)

# ================================================================ the messages
# 001
add("clean", "sso_rehearsals", "orchestra rehearsal changes to pupils",
    frm=staff("raman"),
    to=[pupil("20fgreenwood"), pupil("21cwong"), pupil("22rnwosu"), pupil("19lstrand"), pupil("25ohassan"),
        pupil("21sfoster")],
    subject="SSO rehearsals – next two weeks", date=D(2026, 1, 15, 16, 12, 40), kind="alt",
    text=T("""
Dear all,

A few changes to Senior Symphony rehearsals in the run-up to the Spring Concert, so please read this properly rather than skimming it on the bus!

- Tuesday 20th: sectionals as normal, 3.45–5.00. Strings in M4, wind and brass in the Recital Room, percussion with Mr Rennie in M1.
- Thursday 22nd: full rehearsal moves to the Great Hall because the Year 11 mocks are still in the Sports Hall. Please be set up and tuned by 3.50 – we'll start the Dvořák from the top.
- Tuesday 27th: NO rehearsal (staff training).
- Thursday 29th: full rehearsal, Great Hall, 3.45–5.30. This is the last one before the dress, so I need everybody there. If you have a clash, let me know by Monday.

Section leaders – could you check everyone has the bowings and breath marks from last week pencilled in? I'm also still missing two second horn parts. If one is lurking in your folder, please drop it into the music office.

Concert dress is all black: long sleeves, black trousers or skirt with black tights, black shoes. No sparkly hair accessories, please.

Thank you – it's really starting to sound like an orchestra.

Mrs Raman
Director of Music
"""))

# 002
add("clean", "absence_query", "attendance officer asks parent for absence reason; school absence line",
    frm=staff("attend"), to=[parent("sam")],
    subject="Absence on Tuesday 13 January", date=D(2026, 1, 16, 9, 5, 11), kind="plain",
    text=T("""
Dear Sam Carer,

Our records show that your daughter was absent from morning and afternoon registration on Tuesday 13 January, and we don't appear to have received a reason for the absence.

Could you let us know why she was off, either by replying to this email or by leaving a message on the absence line (01632 960000, option 1)? If it was a medical or dental appointment, a copy of the appointment card or letter is helpful for our records.

If we don't hear from you by the end of next week, the absence will have to be recorded as unauthorised.

Many thanks,

Ruth Penhaligon
Attendance Officer
Example School | Park Row | Leeds LS1 4AP
T: 01632 960000
"""))

# 003
add("flag", "violin_text_me", "visiting violin teacher gives own mobile to parent: 'text me directly'",
    frm=staff("llew"), to=[parent("jane")],
    subject="Thursday's lesson", date=D(2026, 1, 19, 19, 48, 2), kind="plain", client="iphone",
    text=T("""
Hi Mrs Parent,

Just to let you know I need to move your daughter's violin lesson this Thursday – the orchestra has taken over the hall and my usual room with it. Could she come at 12.40 instead (lunchtime, M3)? That way she doesn't miss anything timetabled.

She's doing really well with the Bach. The shifting in the second half is much cleaner than before Christmas, and if she keeps up the slow practice with the metronome at 60 it'll really pay off.

If anything changes on your side it's quickest to text me directly on 07700 900614. I teach in three different schools across the week and don't always get to my school emails until the evening.

Best wishes,
Gareth Llewellyn
(violin)
"""))

# 004
PRAGUE_TEXT = T("""
Dear Parents and Carers,

With just over three weeks to go, here are the final arrangements for the Chamber Choir tour to Prague (Thursday 12 – Monday 16 February). The full itinerary is attached.

Departure
Please bring your child to the Park Row entrance by 03:45 on Thursday 12th – yes, really! The coach leaves at 04:00 sharp for Manchester Airport and our flight is at 07:25. Staff will collect passports at the coach and give them back at the airport.

Contact during the tour
The school tour mobile, 07700 900050, will be with me at all times. It is a school phone, so please use that number rather than trying to reach any member of staff on their own phone, and please keep calls to emergencies. We will post a short update on the school website each evening, and the school office (01632 960000) will have a copy of the itinerary and hotel details during the day.

Performances
Friday evening – shared concert with a Prague children's choir in the Church of St Nicholas, Malá Strana
Saturday afternoon – short programme for the English-speaking congregation at the Anglican chaplaincy
Sunday morning – singing the Mass at the Church of Our Lady before Týn

Money
Pupils may bring up to 2,500 CZK (about £85) spending money. All meals are included apart from lunch on Saturday. Please do not send bank cards.

Medical forms and the signed code of conduct must be back with Mrs Collinge in the music office by Friday 30 January at the latest. We cannot take anyone whose forms are missing.

Thank you for all your support. The choir is singing beautifully and I know they will be wonderful ambassadors for the school.

Warm regards,

Lucy Trevelyan
Head of Vocal Studies
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")
add("clean", "prague_school_tour_phone", "hard neg: choir tour letter gives SCHOOL tour mobile, stated as school phone; school office number",
    frm=staff("trev"), to=[parent("jane"), parent("sam"), parent("ali")],
    subject="Chamber Choir tour to Prague – final details", date=D(2026, 1, 21, 12, 30, 9), kind="alt",
    text=PRAGUE_TEXT,
    att=[pdf_att("Prague tour itinerary Feb 2026.pdf", "Chamber Choir - Prague - Itinerary",
                 ["Thu 12 Feb 03:45 meet Park Row; 04:00 coach to MAN; 07:25 flight",
                  "Hotel Vltava Garden, Prague 1 (half board)",
                  "Fri 12:00 rehearsal; 19:00 concert, St Nicholas, Mala Strana",
                  "Sat 15:00 Anglican chaplaincy; free evening (supervised)",
                  "Sun 10:00 Mass, Our Lady before Tyn; 15:00 river cruise",
                  "Mon 16 Feb 11:10 flight PRG-MAN; approx 16:30 arrive Park Row",
                  "School tour mobile (school phone): 07700 900050"])])

# 005
add("clean", "reading_journals", "short homework reminder to Y8 tutor group pupils",
    frm=staff("voss"),
    to=[pupil("24sabbasi"), pupil("24hwren"), pupil("24pmalik"), pupil("24rkaur"), pupil("24eoyelaran")],
    subject="Reading journals Monday", date=D(2026, 1, 8, 15, 41, 0), kind="plain", client="owa",
    text=T("""
8V – reminder that reading journals come in on Monday, with at least three entries since Christmas. If you've finished your book, bring the next one too.

Lost your journal? Come and see me before Monday and I'll give you a new one. Please don't just turn up without it!

Miss Voss
"""))

# 006
add("clean", "maths_call_parent_number", "hard neg: teacher reads back the parent's own mobile from her quoted email",
    frm=staff("ashdown"), to=[parent("jane")],
    subject="RE: Maths set change", date=D(2026, 1, 27, 8, 2, 55), kind="alt",
    in_reply_to="<CAJx4Qm7pT2vH9dZr0Lw@mail.gmail.com>",
    text=T("""
Dear Mrs Parent,

Thank you for getting back to me so quickly. I'll ring you on 07700 900123 at about 4.15 tomorrow (Wednesday) as you suggested – if that time no longer works, just reply here and we'll find another slot.

I've spoken to Mr Achterberg and he's happy to go through the test data with you, so I may ask him to join the call for the first few minutes. The main thing I want to reassure you about is that sets are reviewed again after the summer exams, so nothing is fixed.

Kind regards,

Neil Ashdown
Head of Year 10
Example School
01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 26 January 2026 19:02
To: Neil Ashdown <n.ashdown@example-school.org.uk>
Subject: Re: Maths set change

Dear Mr Ashdown,

Thanks for explaining. I would honestly rather talk this through on the phone than by email as I've got a few questions. I'm free after 4 most days, my mobile is 07700 900123.

Jane Parent
"""))

# 007
add("flag", "dofe_whatsapp_group", "DofE manager asks pupils to save her mobile (hyphenated) and join her WhatsApp group",
    frm=staff("oduya"),
    to=[pupil("22tbhattacharya"), pupil("22gpaterson"), pupil("22rnwosu"), pupil("22ldobson")],
    subject="Practice walk – group chat", date=D(2026, 1, 30, 16, 20, 31), kind="alt",
    text=T("""
Hi Group C,

Great effort at the navigation session yesterday – you're officially the group to beat on compass bearings now!

To make organising the practice walk on Saturday 14th easier, I'm going to set up a WhatsApp group for the four of you and me. Teams is fine in the week but it's no use on a Saturday when I need to tell you the minibus is running late. Save my number – 07700-900-372 – and send me a quick message with your name so I can add you.

Before the 14th, please sort out between you:
• who is carrying the stove and who is carrying the fuel (not the same person!)
• your route card – one copy to me by Wednesday
• the menu for Saturday lunch

Any questions, just message me.

Ms Oduya
DofE Manager
"""))

# 008
add("clean", "y12_interim_report", "Y12 interim report to parent with PDF",
    frm=staff("ether"), to=[parent("ali")],
    subject="Year 12 interim report", date=D(2026, 2, 2, 13, 15, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

Please find attached your daughter's Year 12 interim report.

The grades shown are "working at" grades based on work since September, not predictions. Predicted grades for UCAS are set in the summer term, after the Year 12 internal exams.

Overall this is a very encouraging report. Her tutor comments on how quickly she has settled into the sixth form, and her Chemistry teacher particularly mentions the quality of her practical write-ups. The one area to keep an eye on is Further Maths homework, where a couple of assignments have been handed in late. I've spoken to her about it and she has a sensible plan.

Sixth Form Parents' Evening is on Thursday 26 February and bookings open next week. If you'd like to talk about anything before then, please do get in touch.

Kind regards,

Tom Etherington
Head of Sixth Form
Example School
Park Row, Leeds LS1 4AP
01632 960000
"""),
    att=[pdf_att("Y12 Interim Report - Spring 2026.pdf", "Year 12 Interim Report - Spring 2026",
                 ["Subject      Working at   Effort   Homework",
                  "Chemistry    A            1        1",
                  "Mathematics  A            1        1",
                  "Further Maths B           2        3",
                  "French       A            1        2",
                  "Tutor: settled quickly; contributes well to form charity events."])])

# 009
add("clean", "gcse_candidate_numbers", "hard neg: exams officer gives centre number, candidate numbers, dates to Y11 pupils",
    frm=staff("exams"),
    to=[pupil("21ehollis"), pupil("21mokafor"), pupil("21abrennan"), pupil("21cwong"), pupil("21sfoster"),
        pupil("21nahmed")],
    subject="Summer 2026 GCSEs – statements of entry", date=D(2026, 2, 3, 10, 44, 12), kind="plain",
    text=T("""
Year 11,

Your statements of entry for the summer GCSE series were handed out in tutor time this morning. Please check them carefully: name spelling, subjects, tiers and options (for example Triple Science, or Higher tier French). Any errors must be reported to me by Friday 13 February – after that date, changes may mean a late fee from the awarding body.

Three numbers you need to know:

- Our centre number is 36142.
- Your four-digit candidate number is printed at the top of the statement (e.g. 0417). You will write it on the front of every paper, so learn it now.
- Your UCI is the 13-character code underneath. You don't need to memorise that one.

The first exam is on Monday 11 May at 09:00 (English Literature Paper 1). The full timetable is on the Exams page of the VLE, and personal timetables will follow after Easter.

If you have any questions, come and see me in the Exams Office (next to Reprographics) at break or lunch.

Ms K Brannigan
Exams Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 240
"""))

# 010
add("clean", "staff_briefing_notes", "staff-only briefing notes",
    frm=staff("pa"), to=[staff("staff")],
    subject="Staff briefing notes – Monday 9 February", date=D(2026, 2, 9, 8, 58, 30), kind="alt",
    text=T("""
Good morning all,

Notes from this morning's briefing for anyone who missed it:

1. Prague – the Chamber Choir leave at 4am on Thursday (Miss Trevelyan, Mrs Raman, Mr Kerr). Cover for Thursday and Friday has been arranged; please check the cover sheet and leave work in the usual place.
2. Year 11 mock results go home on Friday. Heads of department, please make sure all marks are on the system by 4pm Wednesday.
3. Fire drill this week – unannounced, but please have your registers to hand.
4. Lanyards: a visitor was found wandering near the Music block last week without a badge. Please challenge anyone you don't recognise and walk them to Reception.
5. The Parents' Association quiz night is on Friday 6 March. They are looking for a staff team – see Emma if you're interested.
6. The top car park is being resurfaced over half term. No parking there from Friday evening.

Have a good week,
Emma

Emma Greaves
PA to the Headteacher
"""))

# 011
F03_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<div>Dear Sam,</div>
<div><br></div>
<div>Thank you so much for coming to the concerto competition heat on Tuesday &ndash; she played the Haydn beautifully and the adjudicator&rsquo;s comments were lovely. I&rsquo;ve put a copy in her pigeonhole.</div>
<div><br></div>
<div>For the final on 10 March she&rsquo;ll need two more rehearsals with Mr Okonjo, our accompanist. He can do Monday 2nd or Wednesday 4th after school (3.45&ndash;4.30 in the Recital Room). Could you let me know which suits her?</div>
<div><br></div>
<div>I know it&rsquo;s hard for you to get to school with your shifts, so if it&rsquo;s easier to talk any of this through, please just ring my mobile (below) in the evening &ndash; I&rsquo;m normally free after 7.</div>
<div><br></div>
<div>Best wishes,</div>
<div><br></div>
<table cellpadding="0" cellspacing="0" border="0" style="font-family:Calibri,Arial,sans-serif;font-size:10pt;color:#3b3b3b">
<tr><td style="padding-right:12px;border-right:2px solid #7a1f3d"><b style="color:#7a1f3d;font-size:11pt">Priya&nbsp;Raman</b><br>Director of Music</td>
<td style="padding-left:12px">Example School, Park Row, Leeds LS1 4AP<br>
T:&nbsp;01632&nbsp;960000&nbsp;&nbsp;|&nbsp;&nbsp;M:&nbsp;07700&nbsp;900518<br>
<a href="https://www.example-school.org.uk/music" style="color:#7a1f3d">www.example-school.org.uk/music</a></td></tr>
</table>
</body></html>
""")
add("flag", "concerto_sig_mobile", "HTML-only; Director of Music's own mobile in signature with &nbsp;, parent told to ring it",
    frm=staff("raman"), to=[parent("sam")],
    subject="Concerto competition – accompanist rehearsals", date=D(2026, 2, 5, 17, 3, 44), kind="html",
    html=F03_HTML)

# 012
add("clean", "dofe_coach_firm", "hard neg: DofE letter gives coach firm depot number, booking ref, school expedition phone",
    frm=staff("oduya"), to=[parent("jane"), parent("sam")],
    subject="DofE practice walk – Saturday 14 February", date=D(2026, 2, 9, 12, 10, 5), kind="alt",
    text=T("""
Dear Parents and Carers,

The Bronze practice walk goes ahead this Saturday (14 February), weather permitting. I'll confirm by 6pm on Friday through the usual school text message either way.

Timings
Coach departs from the Park Row gate at 7.45am sharp – please arrive by 7.30 so we can do a final kit check. We aim to be back at Park Row by about 4.30pm.

Transport
We're travelling with Airedale Travel (our booking reference is AT-55418). If the coach is held up on the way back, I'll send an update through the school messaging system.

Contact on the day
If you need to get an urgent message to the group, please ring the school's DofE expedition phone on 07700 900080, which the supervising staff carry. If for any reason you can't get through, Airedale's depot (0113 496 0581) can radio the driver, but please only use that as a back-up.

Kit
Waterproof jacket AND trousers are essential – anyone without them will not be able to walk. Please also pack a packed lunch, at least 1.5 litres of water, a warm hat and gloves, and a spare pair of socks in a plastic bag. Mobile phones should be switched off and kept at the bottom of the rucksack for emergencies only.

Thank you,

Claire Oduya
DofE Manager | Example School
Park Row, Leeds LS1 4AP | 01632 960000
"""))

# 013
add("clean", "chemistry_pag_feedback", "teacher feedback on a practical write-up to a Y12 pupil",
    frm=staff("adeyemi"), to=[pupil("20nlindqvist")],
    subject="Feedback – PAG 9 rates write-up", date=D(2026, 2, 4, 18, 22, 16), kind="alt", client="owa",
    text=T("""
Hi Nora,

I've marked your rates of reaction write-up – comments are on the document in Teams, but here's the headline.

What went well:
- Your method is clear and repeatable. Someone else could follow it, which is exactly the point.
- The graph of 1/t against concentration is very well drawn, with a sensible line of best fit and the anomalous point at 0.25 mol dm⁻³ identified and discussed rather than quietly ignored.
- Good use of the percentage uncertainty for the stopwatch readings.

To improve:
- Your conclusion says the reaction is "first order" but doesn't link it back to the gradient. Spell it out: a straight line through the origin for rate against concentration means rate is directly proportional to [thiosulfate].
- The evaluation only mentions human reaction time. Think about the temperature of the solutions (you did the repeats the next lesson, in a colder lab) and the judgement of when the cross disappears.
- Units in your table headings: "time/s" rather than "time (seconds)". I know it's picky but the examiners are picky.

It's a solid piece of work – if you tidy up the conclusion and evaluation by next Friday I'll sign it off for the CPAC record.

Dr Adeyemi
"""))

# 014
add("clean", "lyon_host_family", "hard neg: exchange pairing gives host family's address and the host mother's e-mail (third party) to parent; 8bit",
    frm=staff("lacroix"), to=[parent("ali")],
    subject="Lyon exchange – your daughter's host family", date=D(2026, 1, 22, 14, 33, 0), kind="plain", cte="8bit",
    text=T("""
Dear Mr Guardian,

I'm delighted to confirm the pairing for this year's Lyon exchange. Your daughter will be staying with the Moreau-Dubois family:

Famille Moreau-Dubois
8 montée des Glycines
69005 Lyon
France

Her correspondent is Léonie (17), who is in Première at our partner school, the Lycée du Parc-Fontaine. Léonie has a younger brother, Mathis, and the family have a very elderly and very friendly cat. They live about ten minutes' walk from the lycée.

Madame Moreau-Dubois has asked me to pass on her email address – elise.moreaudubois@gmail.com – so that you can introduce yourselves before the visit. She speaks good English, but I'm sure a few lines in French from your daughter would be much appreciated!

Dates, as a reminder:
- The French students arrive in Leeds on Saturday 7 March and stay until Saturday 14 March.
- We travel to Lyon on Monday 13 April, returning Monday 20 April.

A full information pack, including the programme for both weeks and the consent forms, will follow after half term. Please do get in touch if you have any questions in the meantime.

Bien cordialement,

Sophie Lacroix-Bérard
Head of Modern Foreign Languages
Example School, Park Row, Leeds LS1 4AP
Tél. 01632 960000
"""))

# 015
add("flag", "personal_statement_gmail", "Head of Sixth Form tells pupil to send drafts to his personal gmail over half term",
    frm=staff("ether"), to=[pupil("20rdesai")],
    subject="Re: Personal statement – first draft", date=D(2026, 2, 13, 15, 55, 20), kind="plain", client="owa",
    in_reply_to="<DB9P265MB1180A2C7E1F04B6A@DB9P265MB1180.GBRP265.PROD.OUTLOOK.COM>",
    text=T("""
Hi Riya,

Thanks for sending this – honestly, it's a really good start for February. I've put comments in the margin. The main thing is that your opening paragraph tells me you've always wanted to do Medicine rather than showing me why, so I'd cut it and start with the hospice volunteering, which is much more interesting.

IT are migrating the email system over half term and apparently the school accounts might be down for a couple of days. If you want me to look at the next version before we're back, send it to my own address instead – tometherington84@gmail.com – and I'll get it back to you during the week.

Have a proper rest as well!

Mr E
"""))

# 016
NEWS_PE_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}h2{color:#7a1f3d}</style></head>
<body>
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #ddd">
<tr><td style="background:#7a1f3d;color:#fff;padding:16px 20px;font-size:20px">Example School &ndash; Year 10 Parents&rsquo; Evening</td></tr>
<tr><td style="padding:20px">
<p>Dear Parent/Carer,</p>
<p>Year 10 Parents&rsquo; Evening will take place on <b>Thursday 29 January 2026, 4.30pm&ndash;7.30pm</b>, in person in the Great Hall.</p>
<p>Appointments are five minutes long and must be booked online. Booking opens at <b>6pm on Wednesday 14 January</b> and closes at midnight on Tuesday 27 January.</p>
<p style="text-align:center;margin:24px 0"><a href="https://booking.example.com/exampleschool/y10" style="background:#7a1f3d;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Book appointments</a></p>
<p>To log in you will need your own name and email address exactly as we hold them, and your daughter&rsquo;s first name, surname and date of birth. If the system does not recognise your details, please contact the school office and we will check our records.</p>
<p>Please allow a few minutes between appointments for moving around the hall. Refreshments will be served by the Parents&rsquo; Association in the Dining Room.</p>
<p>With best wishes,<br>The School Office</p>
</td></tr>
<tr><td style="background:#f3f3f3;padding:12px 20px;font-size:12px;color:#555">Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</body></html>
""")
add("clean", "y10_parents_evening", "HTML-only parents' evening booking notice",
    frm=staff("office"), to=[parent("jane")],
    subject="Year 10 Parents' Evening – Thursday 29 January", date=D(2026, 1, 12, 11, 0, 0), kind="html",
    client="none", html=NEWS_PE_HTML)

# 017
add("clean", "lyon_bank_transfer", "hard neg: finance office gives school bank sort code/account and amounts to parent",
    frm=staff("finance"), to=[parent("ali")],
    subject="RE: Lyon exchange balance – ParentPay not working", date=D(2026, 1, 20, 10, 27, 45), kind="alt",
    in_reply_to="<1968422711.4403.1768838102511@btinternet.com>",
    text=T("""
Dear Mr Guardian,

Thank you for your email, and I'm sorry you've had trouble paying the balance online. We're aware the Lyon exchange item has been showing as "closed" for some families and ParentPay are looking into it.

In the meantime you are very welcome to pay by bank transfer:

Account name: Example School Academy Trust
Sort code: 20-45-77
Account number: 53019842
Reference: LYON26 GUARDIAN

The outstanding balance is £385.00 (total cost £610.00, less the £225.00 deposit received on 14 October).

Once the payment shows on our statement I will mark it as paid on ParentPay manually, so you shouldn't receive any more reminders.

Kind regards,

Lorraine Tulley
Finance Assistant
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

> I've tried three times to pay the rest of the Lyon trip on ParentPay and it
> keeps saying the item is closed. Is there another way to pay? I don't want her
> to lose her place.
> Ali Guardian
"""))

# 018
add("clean", "fgb_papers", "clerk sends governing board papers to governors",
    frm=staff("clerk"),
    to=[ext("Richard Whitlow", "r.whitlow@example.com"), ext("Dr Simran Kaur", "simran.kaur@example.net"),
        ext("Michael Osei", "m.osei@example.org"), staff("head")],
    subject="Full Governing Board – Tuesday 24 February – papers", date=D(2026, 2, 4, 16, 40, 0), kind="alt",
    text=T("""
Dear Governors,

Please find attached the agenda and the first set of papers for the Full Governing Board meeting on Tuesday 24 February at 6pm in the Board Room (Main Building, first floor). Refreshments from 5.30.

Attached:
1. Agenda
2. Minutes of the meeting held on 9 December (draft)
3. Headteacher's report – Spring term

The finance report and the updated Safeguarding and Child Protection policy will follow once they have been through the committees next week.

Could you let me know by Friday 13 February whether you will be attending, and send any apologies to me rather than to the Chair? If you would like to join online, I'll send a Teams link the day before.

A reminder too that the annual declarations of business interests are due. I have put a copy of the form in the Governor Hub library for anyone who hasn't yet returned it.

With thanks,

Amira Haddad
Clerk to the Governors
Example School, Park Row, Leeds LS1 4AP
clerk@example-school.org.uk | 01632 960000
"""),
    att=[pdf_att("FGB agenda 24 Feb 2026.pdf", "Full Governing Board - 24 February 2026 - Agenda",
                 ["1. Welcome, apologies, declarations of interest", "2. Minutes of 9 December and matters arising",
                  "3. Headteacher's report", "4. Finance and Resources committee report",
                  "5. Safeguarding and Child Protection policy (annual review)",
                  "6. Music development plan", "7. Governor visits and training", "8. AOB"]),
         pdf_att("FGB minutes 9 Dec 2025 DRAFT.pdf", "Full Governing Board - 9 December 2025 - Draft minutes",
                 ["Present: R Whitlow (Chair), S Kaur, M Osei, H Marchbank (Head), 6 others",
                  "In attendance: A Haddad (Clerk)", "Item 3: Governors asked about sixth form recruitment..."])])

# 019
add("flag", "lyon_reply_to_gmail", "Reply-To set to teacher's personal gmail on mail to parent; RFC 2047 subject; QP",
    frm=staff("lacroix"), to=[parent("sam")],
    reply_to=("Sophie Lacroix-Bérard", "sophie.lacroixberard@gmail.com"),
    subject="Échange Lyon – réunion des parents / parents' meeting", date=D(2026, 3, 3, 7, 51, 9), kind="alt",
    cte="quoted-printable",
    text=T("""
Dear Sam,

Just a quick note from Lyon, where I'm on the planning visit with our partner school this week.

Thank you for the forms – everything is there apart from the EHIC/GHIC number, which you can simply put in a reply to this email.

I'm in France until Friday and the school webmail keeps locking me out when I log in from abroad, so I've set replies to come to my personal Gmail for now. Just hit reply as normal and it will reach me.

The parents' meeting for the exchange is on Tuesday 10 March at 6pm in the Library. I'll show photos of the host school and the programme for the week, and there'll be time for questions.

À bientôt,
Sophie Lacroix-Bérard
Head of MFL
"""))

# 020
add("clean", "teams_review_meeting", "hard neg: Teams meeting ID, passcode and conference dial-in number sent to parent",
    frm=staff("oakes"), to=[parent("jane")],
    subject="Teams link – support plan review, Thursday 5 February", date=D(2026, 2, 2, 12, 5, 33), kind="alt",
    text=T("""
Dear Mrs Parent,

As promised, here is the link for Thursday's review meeting at 4pm. Your daughter's form tutor and her Maths teacher will join us for the first twenty minutes. If the video doesn't work on your laptop, the dial-in number below connects you by phone – you'll just need the conference ID.

Kind regards,

Sally Oakes
SENCo
Example School | 01632 960000

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_NzQ1ZjYxMmEtOTE0Mi00Yjc1@thread.v2/0>
Meeting ID: 391 604 227 118
Passcode: Tg3vQ8
Download Teams | Join on the web
Or call in (audio only)
+44 20 7946 0312,,518204937#   United Kingdom, London
Phone Conference ID: 518 204 937#
Find a local number | Reset PIN
Learn More | Meeting options
________________________________________________________________________________
"""))

# 021
NEWSLETTER_TEXT = T("""
HEADLINES – Spring Term, Issue 3 – Friday 6 February 2026

From the Headteacher
It has been a busy and cheerful few weeks. Thank you to everyone who came to the Year 10 and Year 9 evenings, and to the Parents' Association for keeping us all fed and watered. Next week the Chamber Choir fly to Prague – we will post updates on the website each evening.

Music
Congratulations to the 41 pupils who passed graded music exams in the autumn session, 19 of them with distinction. The Spring Concert is on Thursday 5 March at St Columba's Church; tickets go on sale on Monday.

Duke of Edinburgh
Seventy-two Year 10 pupils have started their Bronze award this year, our largest cohort yet. Practice walks begin on 14 February. We are always looking for adults who can help with the volunteering section – please contact Ms Oduya through the school office.

Lyon and Salamanca
Our French visitors arrive on 7 March. Thank you to the families hosting – there is still room for two more host families for a week; please contact Mme Lacroix-Bérard if you can help.

Sixth Form Open Evening
Thursday 12 March, 6–8pm. Please spread the word to friends and neighbours with children in Year 11 elsewhere: our sixth form is open to boys and girls.

Parents' Association
Quiz night: Friday 6 March, 7pm, Dining Room. Teams of up to six. Details to follow.

Dates for the diary
10 Feb – Safer Internet Day assembly
16–20 Feb – half term
26 Feb – Sixth Form Parents' Evening
5 Mar – Spring Concert
6 Mar – PA quiz night

Dr Helen Marchbank
Headteacher

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk
""")
NEWSLETTER_HTML = T("""
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Headlines</title></head>
<body style="margin:0;background:#efeae6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2a2a2a">
<tr><td style="background:#7a1f3d;padding:22px 28px;color:#fff"><div style="font-size:26px">Headlines</div><div style="font-size:13px;letter-spacing:1px">SPRING TERM &middot; ISSUE 3 &middot; FRIDAY 6 FEBRUARY 2026</div></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.5">
<h2 style="color:#7a1f3d;font-size:18px;margin:0 0 6px">From the Headteacher</h2>
<p>It has been a busy and cheerful few weeks. Thank you to everyone who came to the Year 10 and Year 9 evenings, and to the Parents&rsquo; Association for keeping us all fed and watered. Next week the Chamber Choir fly to Prague &ndash; we will post updates on the website each evening.</p>
<h2 style="color:#7a1f3d;font-size:18px;margin:18px 0 6px">Music</h2>
<p>Congratulations to the 41 pupils who passed graded music exams in the autumn session, 19 of them with distinction. The Spring Concert is on <b>Thursday 5 March</b> at St Columba&rsquo;s Church; tickets go on sale on Monday.</p>
<h2 style="color:#7a1f3d;font-size:18px;margin:18px 0 6px">Duke of Edinburgh</h2>
<p>Seventy-two Year 10 pupils have started their Bronze award this year, our largest cohort yet. Practice walks begin on 14 February. We are always looking for adults who can help with the volunteering section &ndash; please contact Ms Oduya through the school office.</p>
<h2 style="color:#7a1f3d;font-size:18px;margin:18px 0 6px">Lyon and Salamanca</h2>
<p>Our French visitors arrive on 7 March. Thank you to the families hosting &ndash; there is still room for two more host families for a week; please contact Mme Lacroix-B&eacute;rard if you can help.</p>
<h2 style="color:#7a1f3d;font-size:18px;margin:18px 0 6px">Sixth Form Open Evening</h2>
<p>Thursday 12 March, 6&ndash;8pm. Please spread the word to friends and neighbours with children in Year 11 elsewhere: our sixth form is open to boys and girls.</p>
<h2 style="color:#7a1f3d;font-size:18px;margin:18px 0 6px">Parents&rsquo; Association</h2>
<p>Quiz night: Friday 6 March, 7pm, Dining Room. Teams of up to six. Details to follow.</p>
<h2 style="color:#7a1f3d;font-size:18px;margin:18px 0 6px">Dates for the diary</h2>
<table cellpadding="3" style="font-size:14px"><tr><td>10 Feb</td><td>Safer Internet Day assembly</td></tr><tr><td>16&ndash;20 Feb</td><td>Half term</td></tr><tr><td>26 Feb</td><td>Sixth Form Parents&rsquo; Evening</td></tr><tr><td>5 Mar</td><td>Spring Concert</td></tr><tr><td>6 Mar</td><td>PA quiz night</td></tr></table>
<p style="margin-top:22px">Dr Helen Marchbank<br>Headteacher</p>
</td></tr>
<tr><td style="background:#2a2a2a;color:#ccc;font-family:Arial,sans-serif;font-size:12px;padding:14px 28px">Example School, Park Row, Leeds LS1 4AP &middot; 01632&nbsp;960000 &middot; <a href="mailto:office@example-school.org.uk" style="color:#fff">office@example-school.org.uk</a></td></tr>
</table></td></tr></table>
</body></html>
""")
add("clean", "headlines_newsletter", "fortnightly newsletter to parents, HTML + text",
    frm=staff("head"), to=[parent("jane"), parent("sam"), parent("ali")],
    subject="Headlines – Spring Term, Issue 3", date=D(2026, 2, 6, 15, 30, 0), kind="alt", client="none",
    text=NEWSLETTER_TEXT, html=NEWSLETTER_HTML)

# 022
add("clean", "a_level_set_texts", "hard neg: list of set texts with ISBNs and prices to Y12 pupils",
    frm=staff("voss"), to=[pupil("20rdesai"), pupil("20kbeaumont"), pupil("25jmcbride"), pupil("20fgreenwood")],
    subject="Set texts for next half term", date=D(2026, 1, 13, 12, 50, 3), kind="plain", client="owa",
    text=T("""
Hi 12E2,

We start the comparative unit after half term, so please make sure you have your own copies of these editions (page references in lessons will be to these):

The Handmaid's Tale, Margaret Atwood – Vintage, ISBN 978-0-09-974091-9
Christina Rossetti, Selected Poems – Penguin Classics, ISBN 978-0-14-042366-9
Feminine Gospels, Carol Ann Duffy – Picador, ISBN 978-0-330-41861-6

The school shop can order them for you at £7.99, £9.99 and £10.99 – put the money in an envelope with your name and form and hand it to Reception by Friday 23 January. If you already own a different edition that's fine, but you'll need to cope with different page numbers.

Second-hand copies are in the English office for anyone who needs one; just ask, no questions.

Miss Voss
"""))

# 023
add("flag", "robes_home_address", "music administrator gives parent her own home address to drop off choir robe; 8bit",
    frm=staff("music"), to=[parent("jane")],
    subject="Re: Choir robe", date=D(2026, 3, 9, 13, 18, 27), kind="plain", cte="8bit", client="owa",
    in_reply_to="<CAJx4Qm9Ln3wQ0sYt5Xa@mail.gmail.com>",
    text=T("""
Hi Jane,

Thanks for letting me know – please don't worry about the robe, these things happen (you should see what comes back after a Christmas concert!). Dry cleaning through school is £6.50, or you're welcome to have it done yourself.

I know you said it's tricky getting into school in the day with work. I'm only five minutes from you, so just drop it round to mine whenever suits – 14 Sycamore Fold, Meanwood, Leeds LS6 4RW. If nobody's in, pop it in the porch.

Well done to her on Thursday, by the way – the choir sounded lovely.

Debra

Debra Collinge
Music Administrator
"""))

# 024
add("clean", "gold_kit_list", "Gold DofE kit list and payment reminder to parent",
    frm=staff("oduya"), to=[parent("ali")], cc=[staff("pembury")],
    subject="Gold DofE – practice expedition kit and payment", date=D(2026, 3, 11, 9, 12, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

Thank you for completing the consent form for the Gold practice expedition in the Lake District (Friday 24 – Monday 27 April). I'm writing to every Gold participant's family with the kit list and a reminder about the final payment.

Kit
The full list is attached. The things that most often cause problems are:
- boots that haven't been worn in – please make sure they have done at least two long walks before April;
- sleeping bags rated only for summer – it can go below freezing at night in April, so a 3-season bag is essential;
- rucksacks that are too big. 65 litres is plenty. Anything bigger simply gets filled with things nobody needs.

The school can lend tents, stoves, maps and compasses. Pupils who need to borrow a rucksack, sleeping bag or roll mat should tell me by Friday 27 March.

Payment
The remaining £95 (campsite fees and minibus fuel) is on ParentPay now, due by 31 March. If the cost is a difficulty, please contact me in confidence – nobody should miss out for financial reasons.

Mr Pembury and I will hold a short kit-check session on Wednesday 22 April after school. Pupils should bring everything, packed, so we can weigh rucksacks.

With best wishes,

Claire Oduya
DofE Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""),
    att=[pdf_att("Gold practice expedition kit list.pdf", "Gold DofE practice expedition - kit list",
                 ["Personal: 3-season sleeping bag, roll mat, waterproof jacket and trousers",
                  "Boots (worn in), 3 pairs walking socks, warm hat, gloves, fleece",
                  "Head torch + spare batteries, whistle, personal first aid, sun cream",
                  "Food for 3 days (group menu), 1.5 L water capacity",
                  "Group kit from school: tents, trangia stoves, fuel, maps, compasses"])])

# 025
add("clean", "hr_personal_details", "hard neg: staff-only HR confirmation containing a teacher's home address, personal mobile and e-mail",
    frm=staff("hr"), to=[staff("whitfield")],
    subject="Change of personal details – confirmation", date=D(2026, 1, 23, 11, 34, 10), kind="alt",
    text=T("""
Dear Joel,

Thank you for letting us know that you have moved. I've updated your record on the HR system as follows – please check it carefully and let me know if anything is wrong:

Home address: 27 Cragg View, Rawdon, Leeds LS19 6QN
Personal mobile: 07700 900265
Personal email (for payslips and P60): joel.whitfield@outlook.com
Emergency contact: Ms A Whitfield – unchanged

Your payslips will be sent to the new address from February. As the change affects your emergency contact card, please also pop into Reception so that Janet can update the copy kept in the office.

Just a reminder that your personal number and address are held for HR and emergency purposes only and won't be shared outside the HR and payroll team.

Kind regards,

Nadia Kowalczyk
HR Manager
Example School
"""))

# 026
VCARD_STAFFORD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Stafford;Ben;;Mr;\r\n"
    "FN:Ben Stafford\r\n"
    "ORG:Example School;Year 9\r\n"
    "TITLE:Head of Year 9\r\n"
    "TEL;TYPE=CELL,VOICE:+447700900247\r\n"
    "EMAIL;TYPE=INTERNET,HOME:ben.stafford@icloud.com\r\n"
    "EMAIL;TYPE=INTERNET,WORK:b.stafford@example-school.org.uk\r\n"
    "REV:2026-01-15T17:21:00Z\r\n"
    "END:VCARD\r\n"
)
add("flag", "hoy_vcard_mobile", "Head of Year attaches vCard with own mobile and iCloud e-mail; invites parent to message any time",
    frm=staff("stafford"), to=[parent("sam")],
    subject="Following up on our call", date=D(2026, 1, 15, 17, 24, 30), kind="alt",
    text=T("""
Dear Sam,

Thank you for taking the time to speak to me this afternoon. I know it wasn't an easy conversation, and I really appreciate how open you were about what has been going on at home.

As we agreed:
– I'll let her teachers know (without any details) that she may need some flexibility with homework deadlines for the next couple of weeks.
– She can use the Year 9 base at lunchtime if the dining hall feels like too much.
– I'll check in with her on Monday and Thursday mornings, and I'll let you know how those chats go.

I've attached my contact card so you've got my mobile saved. Please feel free to message me any time, evenings and weekends included – it's often easier than waiting for school hours, and I'd rather know straight away if things get difficult.

Best wishes,

Ben Stafford
Head of Year 9
"""),
    att=[{"data": VCARD_STAFFORD, "subtype": "vcard", "filename": "Ben Stafford.vcf"}])

# 027
add("clean", "flute_handed_in", "short note to parent about lost property",
    frm=staff("office"), to=[parent("sam")],
    subject="Flute handed in", date=D(2026, 1, 29, 8, 31, 0), kind="plain", client="owa",
    text=T("""
Hello,

Just to let you know that a black flute case with your daughter's name on the luggage label was handed in to Reception after the bus queue last night. It's safe in the office and she can collect it at break.

Janet Whitcombe
Reception, Example School
"""))

# 028
add("clean", "staff_leaving_drinks", "hard neg: staff-only invitation with organiser's home address and own mobile",
    frm=staff("adeyemi"), to=[staff("staff")],
    subject="Margaret's leaving do – Friday 27 March", date=D(2026, 3, 2, 12, 41, 0), kind="alt",
    text=T("""
Hi everyone,

As most of you know, Margaret is finally retiring at Easter after 23 years running the science prep room (and keeping all of us in order). We're giving her a proper send-off:

Friday 27 March, from 7pm
at ours – 41 Westfield Grove, Chapel Allerton, LS7 3HB
Food provided, bring a bottle. Partners very welcome.

There's a card and a collection in the staffroom until the 20th – we're hoping to get her the garden bench she keeps talking about.

It would help to have rough numbers for food, so please let me know if you can come. If you're not on the staff WhatsApp, text me on 07700 900904 – I won't be checking email over the weekend.

Please keep it quiet – she thinks it's just a quick drink after school!

Olu
"""))

# 029
ESAFETY_TEXT = T("""
Dear Parents and Carers,

Today is Safer Internet Day, and this morning every year group had an assembly on staying safe online. Here are a few of the points we covered, in case they're useful at home.

Age limits
Most of the apps our pupils use have a minimum age of 13 (Snapchat, Instagram, TikTok), and WhatsApp's minimum age in the UK is 13 too. We know many younger pupils use them; if your daughter does, please check her privacy settings with her.

Location sharing
Snapchat's Snap Map can show a user's exact location to their friends. We suggest "Ghost Mode" is switched on. Instagram and WhatsApp both allow live location sharing – worth a conversation.

Group chats
Most of the friendship issues we deal with start in large group chats, often late at night. Phones out of bedrooms at night is the single most effective thing families tell us they've done.

Contact with staff
Staff will never ask your daughter to follow them, add them or message them on any personal social media or messaging account, and will never give out a personal phone number or email. All contact with staff should be through school email, Teams or the school office. If that ever doesn't happen, please tell us straight away.

If you have any concerns, please contact your daughter's Head of Year or me via the school office on 01632 960000.

Fiona McAlister
Deputy Headteacher and Designated Safeguarding Lead
""")
add("clean", "safer_internet_day", "hard neg: e-safety advice naming WhatsApp, Snapchat, Instagram, TikTok without inviting anyone",
    frm=staff("dsl"), to=[parent("jane"), parent("sam"), parent("ali")],
    subject="Safer Internet Day – a note for parents", date=D(2026, 2, 10, 13, 0, 0), kind="alt", client="owa",
    text=ESAFETY_TEXT)

# 030
add("clean", "cello_loan", "instrument loan agreement to parent with PDF",
    frm=staff("sian"), to=[parent("ali")], cc=[staff("music")],
    subject="Cello loan agreement", date=D(2026, 1, 14, 16, 2, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

I'm very pleased we've been able to find a full-size cello for your daughter from the school collection – it's one of our better instruments, and it should make a real difference to her tone in quartet.

Before she takes it home, please could you read, sign and return the attached loan agreement? The main points are:

- The instrument is EX-VC-07 (full size, with hard case and bow). It remains school property and must be returned at the end of the academic year for servicing.
- The hire charge is £45 per term, added to your ParentPay account.
- The instrument is covered by the school's insurance at home and in transit, but not if it's left unattended in a car.
- Any damage should be reported to me or to Mrs Collinge in the music office straight away – please don't attempt repairs.

Once the form is back she can collect the cello from the music office any lunchtime.

With best wishes,

Siân Pritchard
Head of Strings
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""),
    att=[pdf_att("Instrument loan agreement EX-VC-07.pdf", "Instrument Loan Agreement",
                 ["Instrument: cello, full size, EX-VC-07, hard case and bow",
                  "Hire charge: GBP 45 per term (ParentPay)",
                  "Borrower (pupil): ______________________  Form: ______",
                  "Parent/carer signature: ______________________  Date: ________",
                  "Return to: Music Office, Example School"])])

# 031
SILVER_ICS = (
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:2.0\r\n"
    "METHOD:PUBLISH\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:040000008200E00074C5B7101A82E00800000000B07E2F1C5DA1DC01000000000000000010000000\r\n"
    "DTSTAMP:20260316T172500Z\r\n"
    "DTSTART:20260425T071500Z\r\n"
    "DTEND:20260426T160000Z\r\n"
    "SUMMARY:Silver DofE qualifying expedition - Yorkshire Dales\r\n"
    "LOCATION:Park Row gate (minibus) / start: Malham National Park car park\r\n"
    "DESCRIPTION:Meet 8.15am at the Park Row gate with all kit. Minibus to Malham. Walk day 1 to Kettlewell c\r\n"
    " ampsite\\, day 2 back via Arncliffe. Pick-up approx 5pm Sunday.\\n\\nEmergency contact on the d\r\n"
    " ay: Mr Pembury (own mobile) 07700 900861.\r\n"
    "ORGANIZER;CN=Rhys Pembury:mailto:r.pembury@example-school.org.uk\r\n"
    "BEGIN:VALARM\r\n"
    "TRIGGER:-P1D\r\n"
    "ACTION:DISPLAY\r\n"
    "DESCRIPTION:Reminder\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
add("flag", "silver_ics_own_mobile", "calendar (.ics) invite to pupils; description gives teacher's own mobile for emergencies",
    frm=staff("pembury"), to=[pupil("20nlindqvist"), pupil("25ohassan"), pupil("20kbeaumont")],
    subject="Silver qualifier – calendar invite", date=D(2026, 3, 16, 17, 26, 0), kind="alt",
    text=T("""
Hi all,

Calendar invite for the qualifying expedition attached – it should drop straight into your Outlook calendar. I've put the meeting time, the start point and my mobile number in it.

I'll be with your group at the Malham start. Ms Oduya will have the school expedition phone with the other group at Buckden, so if you're lost or there's any problem, ring me on my own mobile (it's in the invite) rather than the school phone.

Route cards to me by Friday please.

Mr Pembury
"""),
    att=[{"data": SILVER_ICS, "subtype": "calendar", "filename": "Silver qualifier.ics",
          "params": {"method": "PUBLISH"}}])

# 032
add("clean", "percussion_refuses_number", "hard neg: visiting teacher declines to give own mobile, points parent to office/music mailbox",
    frm=staff("rennie"), to=[parent("jane")],
    subject="Re: Drum lessons when she's ill", date=D(2026, 1, 28, 20, 4, 0), kind="plain", client="iphone",
    in_reply_to="<CAJx4Qm2hF8kLw1pUu3e@mail.gmail.com>",
    text=T("""
Dear Mrs Parent,

Thanks for your message, and sorry to hear she's been under the weather.

I'm afraid I'm not able to give out my own mobile number – it's a school rule for all staff, visiting teachers included. The easiest thing is to ring the school office on 01632 960000 before 9am on the day of a lesson, or email music@example-school.org.uk. Mrs Collinge checks that inbox first thing and always gets a message to me before I start teaching.

If I get notice by 9am, a missed lesson can be made up later in the term.

Hope she feels better soon.

Hamish Rennie
Visiting Percussion Teacher

On 28 Jan 2026, at 18:37, Jane Parent <jane.parent@gmail.com> wrote:

> Hi Mr Rennie, she's got a heavy cold and might not be in tomorrow. Could you
> let me have your mobile number so I can just text you next time? Thanks, Jane
"""))

# 033
add("clean", "theory_result", "music office congratulates parent on theory exam result",
    frm=staff("music"), to=[parent("jane")],
    subject="Grade 5 Theory result", date=D(2026, 3, 3, 10, 8, 0), kind="alt",
    text=T("""
Dear Jane,

Results for the February theory exams arrived this morning, and I'm delighted to tell you that your daughter passed Grade 5 Theory with 91 marks – a distinction!

The certificate will follow by post to school in about six weeks, and I'll send it home with her when it arrives.

Mrs Raman has asked me to say a particular well done, as this means she can now take her Grade 6 practical whenever she and Mr Llewellyn feel she is ready.

Kind regards,

Debra Collinge
Music Administrator
Example School | 01632 960000
"""))

# 034
add("clean", "drama_refuses_snapchat", "hard neg: teacher refuses pupil's request to add her on Snapchat, quotes pupil's handle",
    frm=staff("aldridge"), to=[pupil("21ehollis")],
    subject="Re: devised piece videos", date=D(2026, 2, 25, 17, 45, 21), kind="alt", client="owa",
    text=T("""
Hi Evie,

Thanks for asking rather than just sending a request! I'm not able to connect with students on Snapchat or any other social media – it's a rule for all staff, and honestly it protects you as much as it protects me.

The easiest thing is to upload the videos to the GCSE Drama Team (Files > Devised 2026 > Group 3). Anything up to about 2GB uploads fine from your phone through the Teams app. If the files are bigger than that, bring your phone in on Thursday and we'll transfer them in the studio.

The rehearsal footage from Tuesday sounds really useful for your portfolio – make sure you note the timings of the bits you want to write about.

Miss Aldridge

________________________________
From: Evie Hollis <21ehollis@pupils.example-school.org.uk>
Sent: 25 February 2026 16:58
To: Zoë Aldridge <z.aldridge@example-school.org.uk>
Subject: devised piece videos

Hi miss, can I add you on snap so I can send you the videos of our devised piece? They're too big for email. My snap is evie.h.drama
"""))

# 035
add("flag", "instagram_maths_dms", "maths teacher invites Y11 pupils to follow his Instagram and DM him there; base64 bodies",
    frm=staff("acht"),
    to=[pupil("21mokafor"), pupil("21abrennan"), pupil("21cwong"), pupil("21sfoster"), pupil("21nahmed")],
    subject="Easter revision", date=D(2026, 3, 26, 15, 37, 0), kind="alt", cte="base64",
    text=T("""
11M1,

Well done on getting through the mocks – the results were really encouraging, and several of you jumped a whole grade from November.

Over Easter I'm going to post short walkthroughs of the trickiest questions from the last three years of Paper 3 on an Instagram account I've set up: @achterberg.does.maths

Follow it, and if you get stuck on anything over the holidays, DM me there. I'll reply much faster than on email – I won't be checking school email much over Easter.

Things I'd like everyone to do before we're back:
1. Finish the vectors booklet (answers at the back – no peeking until you've tried).
2. Do ONE full past paper under timed conditions. Mark it yourself.
3. Write down the three topics you still hate and bring the list to the first lesson.

Have a good break,
Mr Achterberg
"""))

# 036
add("clean", "finance_committee_pack", "bursar sends committee papers to trustees (staff and external)",
    frm=staff("bursar"),
    to=[ext("Michael Osei", "m.osei@example.org"), ext("Caroline Ashworth", "c.ashworth@example.com"),
        staff("head")], cc=[staff("clerk")],
    subject="Finance & Resources Committee – 3 February – budget monitoring pack", date=D(2026, 1, 19, 17, 5, 0),
    kind="alt",
    text=T("""
Dear Michael and Caroline,

Attached is the budget monitoring pack for the Finance & Resources Committee on Tuesday 3 February (5pm, Board Room).

Headlines:
- We are forecasting a small surplus of £38k against a budgeted £12k, mainly because of the delayed start on the Music block roof, which now moves into 2026/27.
- Energy costs are £21k under budget thanks to the new contract, but I'd caution against assuming that continues.
- Supply costs are £17k over, almost all of it maternity cover in Science.
- Income from peripatetic music lessons is slightly down (–£4.2k). We are looking at whether the sibling discount is being applied correctly.

I'd particularly like the committee's view on the proposal in section 5 to set up a designated fund for instrument replacement, as several of the orchestral instruments are now over 40 years old.

The capital bid for the sixth form study centre will be circulated separately next week once the surveyor's report is in.

Best wishes,

Peter Sandoval
School Business Manager
Example School
Park Row, Leeds LS1 4AP
01632 960000
"""),
    att=[pdf_att("F&R budget monitoring Jan 2026.pdf", "Finance & Resources - Budget monitoring - January 2026",
                 ["1. Summary: forecast surplus GBP 38k (budget GBP 12k)", "2. Staffing and supply",
                  "3. Premises and energy", "4. Income: lettings, peripatetic music, trips",
                  "5. Proposal: designated fund for instrument replacement"])])

# 037
add("clean", "spring_concert_venue", "hard neg: concert letter gives venue address, postcode, parish office number, ticket prices and times",
    frm=staff("raman"), to=[parent("jane"), parent("sam"), parent("ali")],
    subject="Spring Concert – Thursday 5 March", date=D(2026, 2, 23, 8, 45, 0), kind="alt",
    text=T("""
Dear Parents and Carers,

I'm delighted to invite you to our Spring Concert on Thursday 5 March at 7pm. This year it's back at St Columba's Church, which has a wonderful acoustic for the choirs.

The programme includes the Senior Symphony Orchestra playing Dvořák's Eighth Symphony (first and fourth movements), the Chamber Choir singing some of the repertoire from their Prague tour, the Junior Strings, the Big Band, and the finalists of the concerto competition.

Venue
St Columba's Church, Burley Grove, Leeds LS4 2RT
There is no car park at the church; the nearest public car park is on Cardigan Lane (about five minutes' walk). The church has step-free access through the side door on Burley Grove – if you need a wheelchair space, please let the music office know, or the parish office (0113 496 0455) can advise on access.

Tickets
£8 adults, £5 concessions, under-11s free, on sale from Monday through ParentPay. Any remaining tickets will be sold on the door from 6.30pm.

Performers
All performers need to be at the church by 5.15pm for the rehearsal. Concert dress is all black. We expect to finish at about 9pm.

I do hope you can join us.

Priya Raman
Director of Music
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

# 038
add("clean", "y9_options_evening", "options evening invitation to parent",
    frm=staff("stafford"), to=[parent("sam")],
    subject="Year 9 Options Evening – Wednesday 4 February", date=D(2026, 1, 26, 14, 20, 0), kind="alt",
    text=T("""
Dear Parent/Carer,

Year 9 Options Evening takes place on Wednesday 4 February from 6pm to 8pm. It's the start of the process of choosing GCSE subjects, and I'd encourage every family to come along.

The evening will begin with a short talk in the Great Hall at 6pm from Mrs McAlister and me, explaining how the options blocks work and what we mean by a broad and balanced curriculum. After that, departments will be in their classrooms until 8pm, with examples of GCSE work and current Year 10 pupils on hand to answer questions (usually more honestly than the teachers!).

The options booklet will be given to pupils on the day and will also be on the website. Forms are due back on Friday 6 March.

Please note that the timetable for the combination of Music and Drama, and of Computer Science and a second language, is still being finalised, so some combinations may not be possible. We'll talk about this on the night.

I look forward to seeing you there.

Ben Stafford
Head of Year 9
"""))

# 039
add("flag", "access_arrangements_mobile_linebreak", "SENCo gives parent her own mobile, split over a line break; QP body",
    frm=staff("oakes"), to=[parent("sam")],
    subject="Extra time in exams – good news", date=D(2026, 1, 21, 16, 52, 0), kind="plain", cte="quoted-printable",
    text=T("""
Dear Sam,

I hope you're well. I've now been through the assessment report from Dr Farrow and the evidence from her teachers, and I'm pleased to say we will be able to put 25% extra time in place for her internal exams from the summer term onwards. The formal application to the exam boards is made in Year 10, so this puts her in a really good position for GCSE.

I'd really like to talk you through what the report says about her processing speed, and some practical ways to help with revision at home. I'm not always easy to catch during the school day with my teaching, so the easiest thing might be to ring me on my mobile, 07700
900433, any evening after 4pm.

Best wishes,

Sally Oakes
SENCo
"""))

# 040
add("clean", "wellbeing_helpline", "hard neg: DSL gives pupil the numbers of a youth helpline and online counselling service (third parties)",
    frm=staff("fmca"), to=[pupil("21abrennan")],
    subject="The things we talked about", date=D(2026, 2, 24, 14, 2, 0), kind="plain", client="owa",
    text=T("""
Hi Aoife,

Thank you for coming to see me today. I know it took a lot to knock on the door, and you did the right thing.

As promised, here are the details we talked about so you have them in one place:

- Mrs Hartley, the school counsellor, is in on Tuesdays and Thursdays. I've asked her to find you a slot next week – she'll send you a Teams message with the time.
- Leeds Young Minds Line: 0808 157 0246 – free, confidential, open 24 hours. You can ring or text.
- YouthChat (youthchat.example.org) – free online counselling, with evening chat sessions until 10pm.

If you feel unsafe at any point, call 999.

I'll catch up with you on Friday morning in tutor time, just for five minutes. And you can always come and find me, or Mrs Hussain in the Year 11 office, before then.

Mrs McAlister
"""))

# 041
add("clean", "epq_deadlines", "EPQ deadlines to Y12 pupils",
    frm=staff("ingham"),
    to=[pupil("20rdesai"), pupil("20nlindqvist"), pupil("25jmcbride"), pupil("20kbeaumont"), pupil("25ohassan")],
    subject="EPQ – production log and literature review deadlines", date=D(2026, 3, 2, 8, 20, 0), kind="alt",
    client="owa",
    text=T("""
Dear EPQ students,

A reminder of the deadlines for this half term. These are not negotiable, because your supervisors need time to read everything before the mid-project reviews.

Friday 13 March – literature review draft (1,000–1,500 words) uploaded to your Teams folder.
Friday 20 March – production log updated to the end of the planning stage, with the mid-project review section completed.
Week of 23 March – mid-project review meetings with your supervisor (they will book a time with you).

A few of you still haven't had your title approved by the centre. If that's you, you'll have had a separate message from me; please see me this week.

On the literature review: a list of sources with a paragraph on each is not a literature review. I want to see you comparing sources, weighing up their reliability and explaining how they have shaped your question. There is a good example from last year in the Resources folder.

The library is open until 5.30pm on Mondays and Wednesdays for EPQ work, and Mrs Birtwhistle is happy to help with finding academic sources through the JSTOR access.

Dr Ingham
EPQ Coordinator
"""))

# 042
add("clean", "youth_orchestra_other_school", "hard neg: Easter orchestra course at another school; course administrator's phone and e-mail given",
    frm=staff("raman"), to=[parent("ali")],
    subject="West Riding Youth Orchestra – Easter course", date=D(2026, 2, 10, 12, 14, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

I'm writing because I think your daughter would get a great deal out of the West Riding Youth Orchestra's Easter course this year, and I'd be happy to recommend her.

The course runs from Tuesday 7 to Friday 10 April and is hosted this year by Netherfield Grammar School in Sheffield. It's non-residential (9.30am–4.30pm daily), finishing with a concert on the Friday evening. This year's programme includes Sibelius 2, which has a fabulous cello part.

The fee is £240, and the orchestra has bursaries available for families who need them. Applications close on Friday 6 March and need a short recording (any two contrasting pieces) and a teacher's reference – Mrs Pritchard and I will gladly do that.

The course is run by the orchestra, not by us, so any questions about transport, lunches or the bursary should go to their course administrator, Mr Dennis Okoro, on 0114 496 0372 or at courses@wryo.example.org.

Do let me know if she decides to apply.

Best wishes,

Priya Raman
Director of Music
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

# 043
add("flag", "essay_home_landline_dots", "part-time English teacher gives parent her home landline (dotted format) to ring on her day off",
    frm=staff("voss"), to=[parent("jane")],
    subject="RE: Essay", date=D(2026, 2, 12, 16, 30, 5), kind="alt",
    in_reply_to="<CAJx4Qm5Hc0zRw8yNn1t@mail.gmail.com>",
    text=T("""
Dear Mrs Parent,

Please don't worry – she hasn't lost marks for the late essay. She told me about the migraine before the deadline, which was exactly the right thing to do, and I've given her until Wednesday.

I do understand your wider worry about how much she's taking on with orchestra, choir and DofE on top of her GCSE work. I'd be very happy to talk it through. I'm part-time and at home on Fridays, so if you'd like a proper chat without the end-of-day rush, ring me at home tomorrow morning on 0113.496.0742 – anytime between 9 and 12.

Kind regards,

Hannah Voss
Teacher of English
Example School
"""))

# 044
add("clean", "founders_day_arrangements", "Head's staff-only note on Founders' Day service arrangements",
    frm=staff("head"), to=[staff("staff")],
    subject="Founders' Day – Friday 13 March", date=D(2026, 3, 2, 17, 10, 0), kind="alt",
    text=T("""
Dear colleagues,

Founders' Day is on Friday 13 March and, as in previous years, the whole school will walk to the Parish Church for the service at 10am.

Timings
8.40 – registration as normal; tutors please check uniform (blazers, no coats inside the church).
9.15 – Years 7–9 leave by the Park Row gate, with tutors.
9.25 – Years 10–13 leave, with tutors.
10.00 – service (about an hour). The Chamber Choir and the Brass Ensemble are performing, and the Head Girl and Head Boy will read.
11.15 – walk back. Lessons resume from period 3.

Staff without a tutor group are allocated to year groups on the attached list. Please make sure you know where you're going before Friday morning.

Mr Kettlewell will be the last person out of the church; please send anyone who is unwell to him and he will bring them back by taxi.

Governors, trustees and former pupils will be joining us, and we'll have coffee for them in the Board Room afterwards. If you would like to join them, you're very welcome – cover will be arranged for period 3 for anyone who needs it.

Thank you, as ever, for making this day run so smoothly.

Helen

Dr Helen Marchbank
Headteacher
"""))

# 045
add("clean", "careers_insight_day", "hard neg: careers adviser gives an employer's early-careers number and his own school direct line to a pupil",
    frm=staff("careers"), to=[pupil("20fgreenwood")],
    subject="Engineering insight day – place confirmed", date=D(2026, 3, 4, 11, 22, 0), kind="alt",
    text=T("""
Hi Freya,

Good news – Northgate Engineering have confirmed your place on their insight day for Year 12 students on Wednesday 25 March in Manchester. They had over 200 applications for 40 places, so this is a real achievement.

Details:
- 9.30am–3.30pm at their offices near Piccadilly. Travel details will come directly from them.
- Dress is smart-casual.
- Lunch is provided; let them know about any dietary requirements by 13 March.

If you have any questions about the day itself, their early careers team are very approachable: 0161 496 0733 or earlycareers@northgate.example.com.

You'll need to fill in an absence request form for the day – I've already let Mrs Penhaligon know, so it will be authorised.

Well done. Come and see me afterwards, as I'd like to hear how it went – and it will be great material for your personal statement.

Mr Healey
Careers Adviser
Example School | Direct line 01632 960231
"""))

# 046
add("clean", "y10_detention_notice", "after-school detention notice to parent",
    frm=staff("ashdown"), to=[parent("jane")],
    subject="After-school detention – Thursday 19 March", date=D(2026, 3, 16, 15, 5, 0), kind="plain",
    text=T("""
Dear Mrs Parent,

I'm writing to let you know that your daughter has an after-school detention on Thursday 19 March, from 3.35 to 4.20pm in G12.

This is for three missed Geography homework deadlines this half term. Mr Pembury has spoken to her about it, and she has been given extra time to catch up on the missing work, which she can do during the detention.

I'm aware she has a lot on at the moment with DofE and music. If that is part of the problem, please let me know and we can look at how she is planning her week – we would much rather help her get on top of it than keep giving detentions.

Kind regards,

Neil Ashdown
Head of Year 10
Example School, Park Row, Leeds LS1 4AP
"""))

# 047
add("flag", "salamanca_own_mobile_0044", "trip leader gives parents her own mobile in 0044 format for the trip, invites WhatsApp [unsure: trip context]",
    frm=staff("navarro"), to=[parent("jane")], cc=[parent("ali")],
    subject="Salamanca – while we're away", date=D(2026, 3, 17, 19, 2, 0), kind="plain", client="owa",
    text=T("""
Dear Jane and Ali,

Thank you both for coming to the meeting last night – it was lovely to put faces to names. As I said, you're the two families with a daughter travelling on her own without a friend on the trip, so I wanted to make sure you felt able to get hold of me.

You can reach me directly on my own mobile while we're away – 0044 7700 900159. I'll have it on roaming the whole time, and honestly I'd rather you WhatsApp me than ring the school office, which won't know much anyway.

We'll be staying at the Residencia Colegio Fonseca-Mayor and the girls will have Spanish classes every morning, with visits in the afternoons. I'll send photos when I can.

Un saludo,
Inés

Inés Navarro
Teacher of Spanish
"""))

# 048
add("clean", "music_hub_invoice_contact", "hard neg: invoice query redirected to the music hub's accounts line and e-mail (third party), invoice numbers",
    frm=staff("music"), to=[parent("sam")],
    subject="RE: Brass lesson invoice", date=D(2026, 1, 27, 11, 40, 0), kind="alt",
    text=T("""
Dear Sam,

Thank you for your email. Brass lessons in school are provided by Leeds Music Hub rather than by the school, so the invoice you received (LMH-2026-04417, £96.00 for the spring term) comes from them, and unfortunately we can't amend it here.

The Hub's accounts team can sort out the sibling discount you mentioned, and they can also set up a monthly payment plan:
Tel: 0113 496 0220 (Mon–Fri, 9–3)
Email: accounts@musichub.example.org

Please quote the invoice number and the pupil reference on the invoice (LMH-P-20977).

If you have any trouble getting through to them, let me know and I'll chase it with our contact there.

Kind regards,

Debra Collinge
Music Administrator
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

# 049
add("clean", "work_experience_form", "work experience form reminder to a Y10 pupil",
    frm=staff("careers"), to=[pupil("22gpaterson")],
    subject="Work experience – form still needed", date=D(2026, 2, 27, 9, 30, 0), kind="plain", client="owa",
    text=T("""
Hi Grace,

I still haven't had the placement form back for your work experience week (6–10 July). I know you've found a placement at the vet's – great choice – but I can't approve it without the form signed by the employer and a parent, because we have to check their insurance and do a health and safety visit.

Please could you bring it to the Careers Office by Friday 13 March? If the vet's have lost it, there's a blank copy in the Work Experience folder on Teams.

Mr Healey
"""))

# 050
add("clean", "ucas_personal_id", "hard neg: UCAS Personal ID format (123-456-7890) and deadlines to Y13 pupils",
    frm=staff("kettle"), to=[pupil("19lstrand"), pupil("24kmensah"), pupil("19bcarrick"), pupil("24trowe"),
                             pupil("19mquinn")],
    subject="UCAS replies and student finance", date=D(2026, 2, 25, 12, 5, 0), kind="alt",
    text=T("""
Year 13,

Now that most of you have all or nearly all of your decisions, a few reminders.

Replying to offers
Once you have heard from all five choices, UCAS will give you a deadline to reply. For most of you this will be early June, but check UCAS Hub – it depends on when your last decision arrived. Please talk to your tutor or me before you choose your firm and insurance choices.

Student finance
Applications for Student Finance England are now open. You'll need your UCAS Personal ID – the ten-digit number shown as 123-456-7890 on your Welcome letter and at the top of UCAS Hub – and your parents' National Insurance numbers if you are applying for a means-tested loan. The deadline to be sure of having money at the start of term is in May.

Accommodation
Don't pay any deposits for private accommodation before you have firmed a place.

Drop-in sessions with me are on Tuesday lunchtimes in the Sixth Form Centre, Room S3.

Mr Kettlewell
Head of Year 13
"""))

# 051
add("flag", "cc_home_hotmail", "Head of Year cc's her own personal hotmail on mail to a parent so he can reply there",
    frm=staff("hale"), to=[parent("ali")], cc=[ext("Catriona Hale", "catriona.hale71@hotmail.co.uk")],
    subject="Checking in", date=D(2026, 3, 6, 17, 48, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

I just wanted to check in before the weekend. A couple of her teachers have mentioned that she has seemed tired and a bit withdrawn this week, and she has missed two Further Maths lessons. She told me she's fine, but I wanted to let you know and see whether there's anything going on that we should be aware of.

There is absolutely no problem – I just want to make sure she's OK, and that we're supporting her if she needs it.

I've copied in my home email so that I can pick up your reply on my phone over the weekend – feel free to reply to either.

Best wishes,

Catriona Hale
Head of Year 12
Example School
"""))

# 052
add("clean", "prom_tickets", "short prom ticket reminder to Y13 pupils",
    frm=staff("kettle"), to=[pupil("19lstrand"), pupil("24kmensah"), pupil("19bcarrick"), pupil("24trowe"),
                             pupil("19mquinn")],
    subject="Leavers' Ball tickets – last call", date=D(2026, 3, 20, 13, 2, 0), kind="plain", client="owa",
    text=T("""
Year 13 – Leavers' Ball tickets (£55, Thursday 25 June at the Queens Hotel) close on Friday 27 March. There are still 31 of you who haven't paid. The hotel needs final numbers and dietary requirements straight after Easter, so there will be no late tickets this year. ParentPay or cash to the Sixth Form Office.

Mr K
"""))

# 053
add("clean", "lesson_invoice_company_number", "hard neg: music lesson invoice with invoice numbers, amounts and trust company number in footer",
    frm=staff("finance"), to=[parent("jane")],
    subject="Invoice INV-26-00417 – instrumental lessons, spring term", date=D(2026, 1, 9, 10, 0, 0), kind="alt",
    text=T("""
Dear Mrs Parent,

Please find attached the invoice for your daughter's violin lessons for the spring term.

Invoice number: INV-26-00417
Lessons: 10 x 30 minutes at £18.60
Total due: £186.00
Due date: Friday 30 January 2026

Payment can be made through ParentPay under "Instrumental lessons – spring 2026". If you'd like to pay in instalments, please reply to this email and we can set up three monthly payments.

Notice to stop lessons must be given in writing to the music office half a term in advance, so lessons will continue into the summer term unless we hear from you by 13 February.

Kind regards,

Lorraine Tulley
Finance Assistant
Example School

--
""" + DISCLAIMER + "\n"),
    att=[pdf_att("INV-26-00417.pdf", "INVOICE INV-26-00417",
                 ["Example School Academy Trust, Park Row, Leeds LS1 4AP",
                  "Company number 07946012",
                  "Instrumental tuition - violin - spring term 2026",
                  "10 x 30 min @ GBP 18.60 = GBP 186.00",
                  "Due: 30/01/2026   Pay via ParentPay"])])

# 054
add("clean", "maths_reply_pupil", "teacher answers a Y11 pupil's maths question; quoted Gmail-style thread",
    frm=staff("acht"), to=[pupil("21mokafor")],
    subject="Re: completing the square q7", date=D(2026, 1, 21, 19, 12, 0), kind="plain", client="owa",
    in_reply_to="<CWLP265MB4120B9E05DA1C2F7@CWLP265MB4120.GBRP265.PROD.OUTLOOK.COM>",
    text=T("""
Hi Maya,

You're nearly there! The mistake is in the second line. When you take the 2 out as a factor you have to take it out of the x term as well:

2x² + 12x + 5 = 2(x² + 6x) + 5

Then complete the square inside the bracket:

= 2[(x + 3)² − 9] + 5
= 2(x + 3)² − 18 + 5
= 2(x + 3)² − 13

So the minimum point is (−3, −13). You had −9 + 5 = −4 because the −9 didn't get multiplied by 2 – a very common slip.

Try q8 and q9 the same way and bring them on Friday.

Mr A

On Wed, 21 Jan 2026 at 18:40, Maya Okafor <21mokafor@pupils.example-school.org.uk> wrote:
> Sir I keep getting 2(x+3)^2 - 4 for question 7 but the answer says -13. what am
> I doing wrong?? Sorry to email in the evening
"""))

# 055
add("flag", "discord_nea_server", "computing teacher invites sixth-form pupils to his Discord server and to add him as a friend",
    frm=staff("whitfield"), to=[pupil("25jmcbride"), pupil("20kbeaumont"), pupil("25ohassan"), pupil("20fgreenwood")],
    subject="NEA help over half term", date=D(2026, 2, 12, 15, 15, 0), kind="alt", client="owa",
    text=T("""
Hi 12CS,

Lots of you are at the stage of the NEA where you'll get stuck on something small (database connections, I'm looking at you) and lose a whole evening to it.

I've set up a Discord server for the group so you can help each other out and post screenshots of errors. Join here: https://discord.gg/qT7mWv2Hc – and add me as a friend (jwhitfield_dev) so I can give you the mod role. I'll be checking it over half term and can answer quick questions there much more easily than by email.

Reminder: analysis section due the first Friday back (27 Feb).

Mr Whitfield
"""))

# 056
add("clean", "silver_route_grid_refs", "hard neg: route checkpoints as grid references, car park postcode, times, school expedition phone",
    frm=staff("pembury"), to=[pupil("20nlindqvist"), pupil("25ohassan"), pupil("20kbeaumont")],
    subject="Silver practice – route checkpoints", date=D(2026, 3, 4, 16, 5, 0), kind="alt",
    text=T("""
Hi all,

Here are the checkpoints for Saturday's practice, as agreed when we looked at your route card. Please copy them onto your maps tonight.

CP1  SD 901 627  Malham Tarn outflow – expect us 10.30
CP2  SD 937 655  wall junction above Street Gate – 11.45
CP3  SD 966 720  Kettlewell road end – lunch, 13.00
CP4  SD 971 724  Kettlewell campsite – finish, 15.30

Start: National Park car park, Malham (BD23 4DA) at 9.15. The minibus leaves the Park Row gate at 7.45.

Emergencies: the school expedition phone is 07700 900080. It's the school's, not mine, and the supervising staff carry it – the number is on your route card too. Do not ring 999 for being lost; ring us, tell us your last checkpoint and stay put.

Weather looks dry but windy on the tops. Hats and gloves, please.

Mr Pembury
"""))

# 057
add("clean", "library_overdue", "short library overdue notice to a Y9 pupil",
    frm=staff("library"), to=[pupil("23iwhitlock")],
    subject="Overdue library book", date=D(2026, 2, 11, 12, 15, 0), kind="plain", client="owa",
    text=T("""
Hi Imogen,

"The Hate U Give" is now three weeks overdue and someone has reserved it. Could you bring it back to the library this week, please? If it's lost, come and talk to me – no fine, I just need to know.

Mrs Birtwhistle
Librarian
"""))

# 058
add("clean", "governor_lift_share", "hard neg: clerk passes on a governor's own mobile (third party, with consent) to other governors for lift-sharing",
    frm=staff("clerk"),
    to=[ext("Dr Simran Kaur", "simran.kaur@example.net"), ext("Richard Whitlow", "r.whitlow@example.com")],
    cc=[ext("Michael Osei", "m.osei@example.org")],
    subject="Safeguarding training for governors – 11 March – lifts", date=D(2026, 3, 3, 10, 2, 0), kind="plain",
    text=T("""
Dear Simran and Richard,

Thank you both for booking onto the governor safeguarding training at the Local Authority training centre in Wakefield on Wednesday 11 March (6–8.30pm).

Michael is also going and has kindly offered lifts, as he'll be driving from Headingley. He's happy for me to pass on his mobile so you can arrange it directly: 07700 900318.

The certificate from the session counts towards the annual safeguarding update we need for every governor, so please send me a copy afterwards for the Single Central Record.

With thanks,

Amira Haddad
Clerk to the Governors
Example School
"""))

# 059
add("flag", "brass_facebook_friend", "visiting brass teacher asks parent to friend him on Facebook to join his practice group",
    frm=staff("finn"), to=[parent("sam")],
    subject="Trumpet practice", date=D(2026, 2, 2, 21, 14, 0), kind="plain", client="iphone",
    text=T("""
Hi Sam,

Lovely lesson today – she has really got the hang of the lip slurs and her high G is starting to come out properly.

I put short practice videos up for all my students each week (scales, warm-ups, the exam pieces played slowly). The easiest way to get them is on Facebook – search for Joe Finnegan Brass, send me a friend request and I'll add you to the private practice group I run for parents. Lots of the parents find it handy to see what they should be hearing at home!

Cheers,
Joe
"""))

# 060
add("clean", "prague_inhaler_form", "school nurse asks parent for medical form and spare inhaler before trip",
    frm=staff("nurse"), to=[parent("jane")],
    subject="Prague – medical form and spare inhaler", date=D(2026, 1, 30, 13, 40, 0), kind="alt",
    text=T("""
Dear Mrs Parent,

I'm checking the medical forms for the Chamber Choir tour and noticed that your daughter's form mentions asthma but doesn't say which inhaler she uses or how often.

Could you please:
1. fill in section 3 of the attached form (the medication details) and return it to the music office by Friday 6 February; and
2. send in a spare, in-date inhaler in a named bag. Staff will carry it during the tour, and it will come back to you afterwards.

If she takes any other regular medication, please let me know as well. All medicines have to be in their original packaging with the pharmacy label, for airport security.

Many thanks,

Carol Dunmore
School Nurse
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""),
    att=[pdf_att("Trip medical form - Prague.pdf", "Educational visit - medical information form",
                 ["Section 1: pupil details", "Section 2: GP details", "Section 3: medication (name, dose, frequency)",
                  "Section 4: dietary requirements and allergies", "Parent/carer signature: ________________"])])

# 061
add("clean", "senco_note_parent_number", "hard neg: staff-only note passing on a parent's mobile and preferences to colleagues",
    frm=staff("oakes"), to=[staff("voss"), staff("stafford")],
    subject="Y9 – access arrangements and contact with home", date=D(2026, 1, 22, 8, 15, 0), kind="alt",
    text=T("""
Hi Hannah and Ben,

Quick update after my conversation with Sam Carer yesterday. Extra time (25%) is now on the SEN register for internal assessments from the summer term, so please build it into any timed assessments in your subjects from then.

Sam is very supportive but works shifts, so email is hit-and-miss. If you need to speak to them, their mobile is 07700 900456 and they've said calls after 5pm are best. Please log any calls on the system as usual.

They'd also like to be told in advance about any timed assessment, so that they can help with revision at home – could you give me a heads-up and I'll pass it on?

Thanks,
Sally

Sally Oakes
SENCo
"""))

# 062
add("clean", "twilight_inset_agenda", "staff-only twilight INSET agenda",
    frm=staff("fmca"), to=[staff("staff")],
    subject="Twilight INSET – Tuesday 27 January – agenda", date=D(2026, 1, 22, 16, 40, 0), kind="alt",
    text=T("""
Dear colleagues,

Here is the agenda for next Tuesday's twilight session. Please bring a laptop, and a copy of one piece of marked Year 8 work from this half term.

3.45  Tea and cake in the Dining Room (thank you, Food Tech)
4.00  Great Hall: "Adaptive teaching in a selective school" – Mrs Oakes and Dr Ingham
4.40  Departmental time: moderation of Year 8 assessments using the new KS3 descriptors
5.20  Safeguarding update – online contact between staff and pupils, and the revised code of conduct (all staff, including peripatetic teachers, who have been invited separately)
5.45  Close

A reminder that attendance at twilight INSET is directed time. If you have a genuine clash, please let me know by Friday.

With thanks,

Fiona McAlister
Deputy Headteacher
"""))

# 063
add("flag", "signal_interview_prep", "physics teacher asks sixth-form pupil to message him on Signal at his own number (+44 (0)7700...); base64",
    frm=staff("reid"), to=[pupil("24kmensah")],
    subject="MMI on Wednesday", date=D(2026, 2, 9, 20, 31, 0), kind="plain", cte="base64", client="iphone",
    text=T("""
Hi Kofi,

Good luck for Wednesday – you're more ready than you think. The ethics station is the one to watch: slow down, think out loud, and remember there's rarely a single right answer, they want to see you weigh things up.

If you want a last run-through on Tuesday evening, message me on Signal – +44 (0)7700 900736 – and we can do a quick mock over video call. Easier than trying to find a room at school.

Mr Reid
"""))

# 064
add("clean", "music_dept_school_mobile", "hard neg: music office explains the number that texted the parent is the department's school-owned mobile",
    frm=staff("music"), to=[parent("ali")],
    subject="RE: Text about the cello", date=D(2026, 1, 26, 9, 12, 0), kind="alt",
    in_reply_to="<1241093384.2207.1769371028444@btinternet.com>",
    text=T("""
Dear Mr Guardian,

Good question! 07700 900065 is the music department's mobile – it's a school phone which lives in the music office, and we use it to text families about instrument collections, rehearsal changes and concert pick-up times. It isn't anybody's personal number.

You're very welcome to text it back during office hours (8am–4pm, Monday to Friday), but for anything more than a quick reply, email is best.

The cello is ready for collection from the music office any lunchtime this week.

Kind regards,

Debra Collinge
Music Administrator
Example School | Park Row | Leeds LS1 4AP | 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 25 January 2026 20:17
To: Music <music@example-school.org.uk>
Subject: Text about the cello

Hello, I got a text about collecting the cello from 07700 900065. Is that your own mobile? Can I text you back on it or should I email? Thanks, Ali Guardian
"""))

# 065
add("clean", "netball_round_up", "netball results and fixtures to U15 squad pupils",
    frm=staff("lamb"),
    to=[pupil("23mfairbairn"), pupil("23zkhan"), pupil("23ebarlow"), pupil("23hsutcliffe"), pupil("23ajoshi"),
        pupil("23iwhitlock")],
    subject="U15 netball – Saturday round-up", date=D(2026, 2, 2, 7, 55, 0), kind="alt", client="owa",
    text=T("""
Morning U15s,

What a game on Saturday! Coming back from 9–15 down at half time to win 24–21 against a team that beat us by ten in November shows how far you've come. Player of the match goes to Zara for a fantastic second half at GD – three interceptions in the last quarter alone.

Things to work on:
- Centre passes. We lost possession from our own centre pass five times in the first half. We'll do this in Wednesday's training.
- Talking! The quietest team on the court usually loses. Call for the ball.

Upcoming fixtures:
Wed 4 Feb – training 3.40–5.00, Sports Hall
Sat 7 Feb – County Cup quarter-final (away). Minibus leaves school at 8.15am, back by 1pm.
Tue 10 Feb – league match v. St Hilda's (home), 4pm

Bibs and kit bags back to the PE office by Wednesday please.

Miss Lamb
"""))

# 066
add("clean", "dofe_certificate_parent_address", "hard neg: parent's own home address read back for posting a certificate",
    frm=staff("oduya"), to=[parent("jane")],
    subject="Bronze DofE certificate", date=D(2026, 3, 12, 14, 12, 0), kind="plain",
    text=T("""
Dear Mrs Parent,

Congratulations – your daughter's Bronze Duke of Edinburgh Award has been approved!

The certificate and badge are sent out by the DofE office and normally arrive within six weeks. They'll be posted to the address we hold for you:

22 Ashgrove Terrace
Leeds
LS6 1PL

If that's out of date, please let me know by the end of next week and I'll change it before the order goes through.

She'll also be presented with her award at the DofE celebration evening in June – more details nearer the time.

Well done to her. She was a real asset to her group, especially on the wet day!

Claire Oduya
DofE Manager
Example School, Park Row, Leeds LS1 4AP
"""))

# 067
add("flag", "history_home_phone_brackets", "history teacher invites parent to ring him at home; home number in brackets format",
    frm=staff("kerr"), to=[parent("ali")],
    subject="Today's History lesson", date=D(2026, 3, 10, 16, 55, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

I wanted to get in touch before your daughter got home. In my Year 12 History lesson this afternoon another student made a comment during a discussion which she found very upsetting, and she left the room in tears. I've spoken to the other student and it will be followed up properly tomorrow with Mrs Hale, but I wanted you to hear it from me first and to apologise that it happened in my lesson.

She went to the sixth form office, where she was looked after, and she seemed calmer by the end of the day.

If you'd rather talk it through this evening than wait until tomorrow, please do ring me at home on (0113) 496 0318 – any time before nine.

With best wishes,

Alastair Kerr
Head of History
"""))

# 068
add("clean", "chamber_choir_welcome", "short congratulations to a Y8 pupil on joining the chamber choir",
    frm=staff("trev"), to=[pupil("24sabbasi")],
    subject="Chamber Choir!", date=D(2026, 3, 18, 12, 30, 0), kind="alt", client="owa",
    text=T("""
Dear Sana,

I'm thrilled to tell you that you've been offered a place in the Chamber Choir from next term. You sang the Purcell beautifully at the audition, with lovely tuning and a real sense of the words – and you were the only Year 8 who sight-read the second extract without stopping.

Rehearsals are on Wednesdays, 3.45–5pm, in the Recital Room. Your first one will be on Wednesday 15 April. I'll give you your folder then.

Congratulations!

Miss Trevelyan
"""))

# 069
add("clean", "coach_firm_own_mobile", "hard neg [unsure]: staff give own mobile to a minibus firm (outside organisation), no parent or pupil recipient",
    frm=staff("pembury"), to=[ext("Dales Minibus Hire", "bookings@dalesminibus.example.com")],
    subject="Booking DMH-2291 – Saturday 7 March pick-ups", date=D(2026, 3, 2, 8, 37, 0), kind="plain",
    text=T("""
Hello,

Just confirming the details for our booking (ref DMH-2291), 16-seater with driver, Saturday 7 March:

Pick-up 1: Example School, Park Row, Leeds LS1 4AP – 7.45am
Drop-off: National Park car park, Malham, BD23 4DA
Return pick-up: Kettlewell village car park, BD23 5QZ – 4.00pm, back to Park Row by about 5.30pm.

11 pupils and 2 staff. The pupils will have rucksacks, so we'll need the rear seats clear or a trailer, as discussed.

On the day I'll be the lead member of staff. My mobile is 07700 900861 if the driver needs to reach me.

Many thanks,

Rhys Pembury
Teacher of Geography / DofE Leader
Example School
01632 960000
"""))

# 070
add("clean", "homework_worry_reply", "teacher replies to a carer's worry about homework; Outlook-quoted thread",
    frm=staff("voss"), to=[parent("sam")],
    subject="RE: Homework", date=D(2026, 1, 13, 17, 5, 0), kind="alt",
    text=T("""
Dear Sam,

Thank you for letting me know, and please don't apologise – this is exactly the kind of thing I want to hear about.

The English homework this half term should take about 30–40 minutes a week. If she is spending two hours on it, something isn't right, and I suspect she is rewriting her answers several times to get them "perfect". I'll have a quiet word with her, and I'll make it clear in class that a first draft is fine for homework.

It would help if, for the next couple of weeks, she stops after 40 minutes wherever she's got to, and writes "40 mins" at the bottom. That way I can see what she manages in that time and we can take it from there.

I'll let you know how she gets on.

Kind regards,

Hannah Voss
Teacher of English

From: Sam Carer <sam.carer@outlook.com>
Sent: 12 January 2026 21:48
To: Hannah Voss <h.voss@example-school.org.uk>
Subject: Homework

Dear Miss Voss,

Sorry to bother you. She has been spending a very long time on her English homework, nearly 2 hours on the poetry one last week, and she was in tears about it on Sunday night. She says everyone else finds it easy. Is this normal for Year 9? I don't want to make a fuss but I'm a bit worried.

Thanks,
Sam
"""))

# 071
SIAN_TEXT = T("""
Dear Mr Guardian,

Just a note to say how well the quartet went at the lunchtime recital today – your daughter led the cello line in the Haydn with real confidence, and the slow movement was beautiful.

We've been asked to play at the Founders' Day reception on 13 March, so I'm adding an extra rehearsal on Monday 9 March, 3.45–4.45 in M4. I hope that's OK.

For quick things like lesson swaps, a text to my mobile is usually best (it's in my signature) – I'm often teaching straight through the day and don't get to emails until late.

Best wishes,

Siân Pritchard
Head of Strings
Mobile 07700900577
Example School, Park Row, Leeds LS1 4AP
""")
SIAN_HTML = T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mr Guardian,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Just a note to say how well the quartet went at the lunchtime recital today &#8211; your daughter led the cello line in the Haydn with real confidence, and the slow movement was beautiful.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We&#8217;ve been asked to play at the Founders&#8217; Day reception on 13 March, so I&#8217;m adding an extra rehearsal on Monday 9 March, 3.45&#8211;4.45 in M4. I hope that&#8217;s OK.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">For quick things like lesson swaps, a text to my mobile is usually best (it&#8217;s in my signature) &#8211; I&#8217;m often teaching straight through the day and don&#8217;t get to emails until late.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best wishes,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="4" style="background:#7A1F3D;padding:0cm"></td>
<td style="padding:0cm 0cm 0cm 8pt"><p class="MsoNormal"><b><span style="font-size:10.5pt;color:#7A1F3D">Si&acirc;n Pritchard</span></b><br>
<span style="font-size:9.5pt;color:#595959">Head of Strings</span></p></td></tr>
<tr><td></td><td style="padding:2pt 0cm 0cm 8pt"><p class="MsoNormal"><span style="font-size:9.5pt;color:#595959">Mobile</span></p></td>
<td style="padding:2pt 0cm 0cm 6pt"><p class="MsoNormal"><span style="font-size:9.5pt;color:#595959">07700900577</span></p></td></tr>
<tr><td></td><td colspan="2" style="padding:2pt 0cm 0cm 8pt"><p class="MsoNormal"><span style="font-size:9.5pt;color:#595959">Example School, Park Row, Leeds LS1 4AP</span></p></td></tr>
</table>
</div></body></html>
""")
add("flag", "strings_sig_table_mobile", "Head of Strings' own mobile (no spaces) in an HTML table signature; parent told to text it",
    frm=staff("sian"), to=[parent("ali")],
    subject="Quartet – extra rehearsal", date=D(2026, 2, 26, 16, 41, 0), kind="alt",
    text=SIAN_TEXT, html=SIAN_HTML)

# 072
add("clean", "trumpet_exam_entry", "hard neg: music exam entry details – times, candidate number, entry reference, exam venue address",
    frm=staff("music"), to=[parent("sam")],
    subject="Grade 3 trumpet exam – Tuesday 10 March", date=D(2026, 2, 24, 11, 5, 0), kind="alt",
    text=T("""
Dear Sam,

The appointment for your daughter's Grade 3 trumpet exam has come through:

Date: Tuesday 10 March 2026
Time: 14:20 (please arrive by 14:00 – there is a warm-up room)
Venue: Leeds public exam centre, 3rd floor, Wellington Chambers, 17 Wellington Street, Leeds LS1 4DL
Candidate number: 0032
Entry reference: 1194-2206-3471

The exam is outside school, so she will need to be taken and collected. She'll miss periods 4 and 5 – I'll let her teachers know.

She must take her own music (original copies – photocopies aren't allowed except for page turns), and the accompanist, Mr Okonjo, will meet her there at 14:00.

Mr Finnegan says she's well prepared. Good luck to her!

Kind regards,

Debra Collinge
Music Administrator
Example School | 01632 960000
"""))

# 073
add("clean", "competitive_courses_programme", "spring-term programme for Y12 pupils applying to competitive courses",
    frm=staff("reid"), to=[pupil("20rdesai"), pupil("20nlindqvist"), pupil("20fgreenwood"), pupil("25ohassan"),
                           pupil("20kbeaumont")],
    subject="Oxbridge & competitive courses programme – spring term", date=D(2026, 1, 12, 12, 0, 0), kind="alt",
    text=T("""
Dear all,

Welcome back. This term's sessions for anyone thinking about Oxford, Cambridge, Medicine, Dentistry or Veterinary Science are below. All sessions are on Thursdays, 3.45–4.45pm, in S3.

15 Jan – Choosing a course and a college: what the data actually tells you
29 Jan – Super-curricular reading: how to go beyond the specification
12 Feb – Admissions tests: an overview (TMUA, UCAT, ESAT and the rest)
5 Mar – Talk from two former students now at Cambridge (Natural Sciences and History)
19 Mar – Work experience and volunteering for Medicine: what counts

Please sign up on the Teams channel so I know numbers. If you're not sure whether this is for you, come along to the first session anyway. There's no commitment, and the first session is useful for anyone applying to a selective course.

Mr Reid
Oxbridge and Competitive Courses Coordinator
"""))

# 074
add("flag", "netball_snapchat", "PE teacher asks U15 squad pupils to add her on Snapchat for match updates",
    frm=staff("lamb"),
    to=[pupil("23mfairbairn"), pupil("23zkhan"), pupil("23ebarlow"), pupil("23hsutcliffe"), pupil("23ajoshi"),
        pupil("23iwhitlock")],
    subject="County Cup semi – Saturday", date=D(2026, 3, 5, 16, 20, 0), kind="plain", client="iphone",
    text=T("""
Hi girls,

We're in the semi! Saturday 7th at Roundhay, minibus from school at 8.30am. Full kit and tracksuits, please.

Teams is a nightmare on a Saturday when I'm driving, so for match day add me on Snapchat – georgialamb_pe – and I'll send updates on there if anything changes (times, venue, weather). Much quicker for everyone.

Miss Lamb
"""))

# 075
add("clean", "music_whatsapp_channel", "hard neg [unsure]: one-way school WhatsApp Channel run from a school-owned phone; no staff numbers, explicitly no individual messaging",
    frm=staff("raman"), to=[parent("jane"), parent("sam"), parent("ali")],
    subject="Music department updates – new WhatsApp Channel", date=D(2026, 3, 13, 12, 45, 0), kind="alt",
    text=T("""
Dear Parents and Carers,

Many of you have told us that rehearsal changes and concert pick-up times get lost among everything else that comes home from school. From next term we'll be trying out a Music Department WhatsApp Channel alongside the usual emails.

How it works:
- A Channel is one-way: we post updates, you read them. You can't reply or message, and other followers can't see your name or phone number.
- It's run from the music department's school phone, so no member of staff's own number is involved, and staff will not message families individually through WhatsApp.
- Anything important (trip letters, consent forms, payments) will still come by email and ParentPay as now.

To follow it, scan the QR code on the poster by the music office or use the link on the Music page of the school website.

If you'd rather not use WhatsApp, you won't miss anything essential.

Best wishes,

Priya Raman
Director of Music
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

# 076
add("clean", "pa_quiz_night", "Parents' Association quiz night notice to parents",
    frm=staff("pa"), to=[parent("jane"), parent("sam"), parent("ali")],
    subject="PA Spring Quiz – Friday 6 March", date=D(2026, 2, 24, 15, 0, 0), kind="alt",
    text=T("""
Dear Parents and Carers,

I'm sending this on behalf of the Parents' Association.

The PA Spring Quiz is on Friday 6 March at 7pm in the Dining Room. Teams of up to six, £10 per person, including a fish and chip supper (vegetarian option available). There's a bar run by the PA, and the famous picture round is back by popular demand.

Tickets are available on ParentPay under "PA events" until Monday 2 March. If you'd like to come but don't have a team, just buy individual tickets and we'll put you together with others – it's a great way to meet families from other year groups.

This year the money raised will go towards new music stands and a set of tuned percussion for the Junior Orchestra.

The PA are also looking for two or three volunteers to help set up from 5.30pm. If you can help, please reply to this email and I'll pass your name on.

With best wishes,

Emma Greaves
PA to the Headteacher and Parents' Association liaison
Example School, Park Row, Leeds LS1 4AP
"""))

# 077
add("flag", "piano_yahoo_address", "visiting piano teacher tells parent to use her personal yahoo address for lessons [unsure: self-employed peripatetic]",
    frm=staff("nowak"), to=[parent("ali")],
    subject="Piano lessons – summer term", date=D(2026, 3, 19, 18, 4, 0), kind="plain",
    text=T("""
Dear Mr Guardian,

Thank you for confirming that your daughter would like to carry on with piano lessons next term – I'm really pleased, she's making lovely progress with the Chopin.

Lessons will stay on Tuesdays, but I'll need to move her to period 3 because of her new Chemistry practical slot.

For anything about lessons (swaps, absences, exam dates), please use my usual address, agnieszka.nowak.piano@yahoo.co.uk. I only get to my school account on the days I'm in, so messages there can sit for a week.

With best wishes,

Agnieszka Nowak
Visiting Piano Teacher
"""))

# 078
add("clean", "cover_work_request", "short staff-only cover request",
    frm=staff("cover"), to=[staff("acht")],
    subject="Cover work – Monday P3 & P4", date=D(2026, 2, 6, 14, 50, 0), kind="plain", client="owa",
    text=T("""
Hi Daniel,

You're on the Year 10 Chemistry trip on Monday, so I've arranged cover for 8M2 (P3, M7) and 11M1 (P4, M7). Could you put the work in the cover folder on Teams by 8am Monday, please? Textbook page numbers are fine for 8M2 – for 11M1 please leave a worksheet, as they'll have a supply teacher who may not be a mathematician.

Thanks,
Pam

Pam Threlfall
Cover Manager
"""))

# 079
add("clean", "play_quoted_carer_signature", "hard neg: reply to a carer quoting the carer's own signature (mobile and home address)",
    frm=staff("aldridge"), to=[parent("sam")],
    subject="Re: Costume for the school play", date=D(2026, 2, 10, 8, 2, 0), kind="plain", client="owa",
    in_reply_to="<DU0P194MB1A2F7C4E9B3D@DU0P194MB.EURP194.PROD.OUTLOOK.COM>",
    text=T("""
Dear Sam,

That's very kind of you, thank you! A long dark skirt would be perfect for the market scene – it doesn't need to be anything special, as long as it reaches her ankles. We can provide the shawl and apron from the costume store.

Could she bring it in by the dress rehearsal on Monday 2 March? I'll put a name label on it so it comes back to you after the last performance.

Thanks again for all the help with line-learning at home – she's word-perfect already.

Best wishes,
Miss Aldridge

On Mon, 9 Feb 2026 at 21:14, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Miss Aldridge,
> She says she needs a long skirt for the play. I think I have one that would fit
> her, a dark green one. Would that be OK or do you provide them? Happy to help
> with anything else too, I can sew.
> Thanks
> Sam
>
> Sam Carer
> 07700 900456
> 3 Kirkstall Mews, Leeds LS5 3BX
"""))

# 080
add("clean", "head_meeting_direct_line", "hard neg: Head's PA arranges meeting and gives school extension/direct line",
    frm=staff("pa"), to=[parent("ali")],
    subject="Meeting with Dr Marchbank – Thursday 12 March", date=D(2026, 3, 11, 10, 15, 0), kind="alt",
    text=T("""
Dear Mr Guardian,

Dr Marchbank would be glad to meet you on Thursday 12 March at 8.15am, as you requested. Mrs Hale will also attend.

The meeting will be in the Headteacher's study in the Main Building – please come to Reception and I'll bring you up. There is visitor parking in the front car park; just give your name at the gate.

If that time doesn't suit, please ring me on my direct line, 01632 960201, or the main switchboard on 01632 960000 (ext. 201), and we'll find another.

Kind regards,

Emma Greaves
PA to the Headteacher
Example School, Park Row, Leeds LS1 4AP
T 01632 960201 | office@example-school.org.uk
"""))


# ================================================================ output
README = T("""
# Round 15 holdout – personal-address-to-parent (BLIND)

**Blind test data: never use it for tuning.** These messages were written without looking
at mailguard's code, rules, documentation or other tests, so that they measure how the
filter does on mail nobody tuned it for. Do not change rules or code to fit them.

## What it is

80 outgoing e-mails (RFC 5322 `.eml`) from staff at a fictional selective girls' grammar
school (11–18, mixed sixth form) with a strong music department (orchestras, choirs,
visiting instrumental teachers), overseas trips and exchanges (Prague choir tour, Lyon
exchange, Salamanca), Duke of Edinburgh, a Parents' Association, governors and trustees.
`labels.csv` gives the expected verdict for the module *personal-address-to-parent*:
staff must not give pupils or parents their own personal phone number, home address or
personal e-mail, use personal e-mail with them, or invite them onto private channels
(WhatsApp, Snapchat, Instagram, Facebook, Discord, Signal...).

Columns: `file,expected,sender,recipients,note` – `expected` is `flag` or `clean`;
`sender` is the envelope sender (the staff From address); `recipients` are the To+Cc
addresses separated by spaces. Judgement calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff own contact details / private channel to parents or pupils | 20 |
| clean | ordinary everyday school mail | 30 |
| clean | hard negatives (look risky, are fine) | 30 |
| **total** | | **80** |

## Kinds of case

Flags: own mobile in the body (spaces, hyphens, dots, no spaces, +44 (0), 0044, split over
a line break in a quoted-printable body); own mobile in an HTML signature (with `&nbsp;`,
or in a signature table); home landline (dotted, bracketed); vCard attachment with mobile
and iCloud address; `.ics` invite whose description holds the teacher's own mobile;
personal Gmail in the body, in `Reply-To`, personal Hotmail in `Cc`, Yahoo in the body;
home address; invitations to WhatsApp, Instagram DMs, Discord, Facebook friend request,
Signal, Snapchat. Several are base64 or quoted-printable, one HTML-only, one RFC 2047 subject.

Hard negatives: the school's own number, postcode and mailboxes; the school tour/expedition
phones and the music department's school mobile, said to be school phones; the parent's own
number or address read back or quoted; third parties' details given for a reason (host
family, coach and minibus firms, music hub accounts, another school's course administrator,
an employer, a youth helpline, a parish office, a governor's number passed on with consent);
numbers that are not phones (candidate and centre numbers, UCAS Personal ID, ISBNs, sort code
and account number, invoice and booking references, Teams meeting ID and conference dial-in,
grid references, company number, prices, times); staff-only mail with personal details (HR,
a leaving do, a SENCo's note); e-safety advice naming apps; staff refusing to give a personal
number or to connect on Snapchat; a one-way school WhatsApp Channel run from a school phone.

Everyday mail: rehearsal schedules, attendance and absence queries, homework, reports,
newsletters, trip and DofE letters, governors' and trustees' papers, staff briefings,
INSET agenda, cover, careers, library, exams, prom, PA quiz.

## How it was made and how to regenerate

Written by hand as text inside a deterministic Python 3.11 standard-library generator
(`../make_round15_personal.py`), which builds each message with `email.message.EmailMessage`
and fixed dates, Message-IDs and MIME boundaries. Running it again gives byte-identical files:

    python3 tests/holdout/round15/make_round15_personal.py

All names, addresses and numbers are fictional (Ofcom drama ranges, example.* domains).
""")


def main():
    assert len(MSGS) == 80, len(MSGS)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    seen = set()
    for i, m in enumerate(MSGS, 1):
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m))
        rows.append([fname, m["label"], m["frm"][1], addrs_of(m), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    flags = sum(1 for r in rows if r[1] == "flag")
    print(f"wrote {len(rows)} messages ({flags} flag, {len(rows) - flags} clean) to {OUT}")


if __name__ == "__main__":
    main()
