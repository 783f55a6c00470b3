#!/usr/bin/env python3
"""Round 14 blind hold-out corpus, module personal-address-to-parent.

Writes 80 .eml files (20 flag, 60 clean), labels.csv into
personal-address-to-parent/ next to this script. Deterministic: fixed dates,
Message-IDs and MIME boundaries; running it twice gives byte-identical output.
Python 3.11 standard library only.
"""

import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
STAFF = {
    "hughes": ("Rhian Hughes", "r.hughes"),
    "okafor": ("Daniel Okafor", "d.okafor"),
    "pryce": ("Megan Pryce", "m.pryce"),
    "whitlock": ("Tom Whitlock", "t.whitlock"),
    "attendance": ("Sue Barraclough", "attendance"),
    "office": ("Example School Office", "office"),
    "dsl": ("Karen Ashdown", "dsl"),
    "nowak": ("Kasia Nowak", "k.nowak"),
    "trevelyan": ("James Trevelyan", "j.trevelyan"),
    "alumni": ("Priya Raman", "alumni"),
    "cover": ("Pete Oyelaran", "cover"),
    "mcbride": ("Hannah McBride", "h.mcbride"),
    "castell": ("Gareth Castell", "g.castell"),
    "sutcliffe": ("Ben Sutcliffe", "b.sutcliffe"),
    "adeyemi": ("Lola Adeyemi", "l.adeyemi"),
    "head": ("Chris Fairbairn", "head"),
    "quayle": ("Niamh Quayle", "n.quayle"),
    "exams": ("Martin Dowd", "exams"),
    "ellery": ("Fiona Ellery", "f.ellery"),
    "kerr": ("Andy Kerr", "a.kerr"),
    "mensah": ("Will Mensah", "w.mensah"),
    "lindqvist": ("Elin Lindqvist", "e.lindqvist"),
    "finance": ("Dawn Pickles", "finance"),
    "jenkins": ("Carys Jenkins", "c.jenkins"),
    "penhaligon": ("Josh Penhaligon", "j.penhaligon"),
    "morgan": ("Hayley Morgan", "h.morgan"),
    "ellisroberts": ("Siân Ellis-Roberts", "s.ellis-roberts"),
    "hartley": ("Zoë Hartley", "z.hartley"),
    "hr": ("HR", "hr"),
    "staffall": ("All Staff", "staff"),
    "bulletin": ("Staff Bulletin", "bulletin"),
    "humanities": ("Humanities Dept", "humanities"),
}


def st(key):
    name, local = STAFF[key]
    return (name, f"{local}@{DOM}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

PUPILS = {
    "22tmarsh": "Tia Marsh", "23kbrennan": "Kyle Brennan", "21aquinn": "Amara Quinn",
    "20jpatel": "Jaydn Patel", "24lokoro": "Lily Okoro", "22rfinch": "Ruby Finch",
    "23dsowerby": "Dylan Sowerby", "21emorris": "Evan Morris", "24hwebb": "Harvey Webb",
    "22mcosta": "Maria Costa", "20cnorth": "Caitlin North", "23ifraser": "Isla Fraser",
    "21kbaxter": "Kaiden Baxter", "20ostrand": "Olly Strand", "21pnkemelu": "Precious Nkemelu",
    "22fwalsh": "Freya Walsh", "24spenrose": "Sonny Penrose",
}


def pu(user):
    return (PUPILS[user], f"{user}@{PUP}")


def ext(name, address):
    return (name, address)


# ---------------------------------------------------------------- helpers
def date(y, mo, d, h, mi, s=0):
    # UK: BST from 30 Mar 2025 to 26 Oct 2025
    when = dt.datetime(y, mo, d, h, mi, s)
    bst = dt.datetime(2025, 3, 30, 1) <= when < dt.datetime(2025, 10, 26, 1)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return format_datetime(when.replace(tzinfo=tz))


def hexid(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def msgid(slug, style):
    h = hexid(slug, 40)
    if style == "iphone":
        u = hexid("u" + slug, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{DOM}>"
    if style == "android":
        return f"<{h[:24].lower()}.{h[24:32].lower()}@email.android.com>"
    return f"<LO2P265MB{h[:4]}{h[4:16]}{h[16:26]}@LO2P265MB{h[26:30]}.GBRP265.PROD.OUTLOOK.COM>"


def fmt_addr(pair):
    name, address = pair
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def encode_body(data: bytes, cte: str) -> str:
    if cte == "7bit":
        text = data.decode("ascii")
        return text if text.endswith("\n") else text + "\n"
    if cte == "8bit":
        text = data.decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    if cte == "quoted-printable":
        text = quopri.encodestring(data).decode("ascii")
        return text if text.endswith("\n") else text + "\n"
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def auto_cte(text):
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable"


def leaf(ctype, text, cte=None, charset="utf-8", extra=()):
    if cte is None:
        cte = auto_cte(text)
    hdrs = [f'Content-Type: {ctype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    hdrs.extend(extra)
    return hdrs, encode_body(text.encode("utf-8"), cte)


def attachment(ctype, filename, data: bytes, cte="base64", params=""):
    hdrs = [
        f'Content-Type: {ctype}; name="{filename}"{params}',
        f'Content-Disposition: attachment; filename="{filename}"',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return hdrs, encode_body(data, cte)


def multipart(subtype, boundary, parts, preamble=False):
    hdrs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    out = []
    if preamble:
        out.append("This is a multi-part message in MIME format.\n\n")
    for ph, pb in parts:
        out.append(f"--{boundary}\n")
        out.append("\n".join(ph) + "\n\n")
        out.append(pb)
        if not pb.endswith("\n"):
            out.append("\n")
        out.append("\n")
    out.append(f"--{boundary}--\n")
    return hdrs, "".join(out)


def to_html(text, style):
    """Rough HTML rendering of a plain-text body, as a mail client would send it."""
    lines = text.split("\n")
    out = []
    if style == "outlook":
        out.append('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">')
        out.append('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
        out.append('<meta name="Generator" content="Microsoft Word 15 (filtered medium)">')
        out.append("<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
                   "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Aptos\",sans-serif;}\n"
                   "--></style>\n</head>")
        out.append('<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">')
        out.append('<div class="WordSection1">')
        quoting = False
        for ln in lines:
            if ln.startswith("-----Original Message-----") or ln.startswith("From: ") and not quoting and "Sent:" in text:
                if not quoting:
                    out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
                    quoting = True
                if ln.startswith("-----Original"):
                    continue
            if ln.strip() == "":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append(f'<p class="MsoNormal">{html.escape(ln, quote=False)}<o:p></o:p></p>')
        if quoting:
            out.append("</div>")
        out.append("</div>\n</body>\n</html>")
    else:  # owa / gmail-ish
        out.append("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                   "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>")
        out.append('<body dir="ltr">')
        in_quote = False
        for ln in lines:
            if ln.startswith(">"):
                if not in_quote:
                    out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                    in_quote = True
                ln = ln[1:].lstrip(" ")
            elif in_quote:
                out.append("</blockquote>")
                in_quote = False
            if ln.strip() == "":
                out.append('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>')
            else:
                out.append('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
                           f"{html.escape(ln, quote=False)}</div>")
        if in_quote:
            out.append("</blockquote>")
        out.append("</body>\n</html>")
    return "\n".join(out) + "\n"


def tiny_pdf(title_lines):
    """A small but well-formed single-page PDF with a few lines of text."""
    content = ["BT", "/F1 12 Tf", "72 770 Td", "14 TL"]
    for ln in title_lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({safe}) Tj T*")
    content.append("ET")
    stream = ("\n".join(content)).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
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
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


# ---------------------------------------------------------------- builder
def build(m):
    slug = m["slug"]
    client = m.get("client", "outlook")
    fmt = m.get("fmt", "plain")  # plain | alt | html | mixed
    bnd = "_%03d_" % m["_n"] + hexid("b" + slug, 16)
    text = m.get("text", "")

    if fmt == "plain":
        body_hdrs, body = leaf("text/plain", text, m.get("cte"), m.get("charset", "utf-8"))
    elif fmt == "html":
        body_hdrs, body = leaf("text/html", m["html"], m.get("cte"))
    else:
        htm = m.get("html") or to_html(text, m.get("html_style", "outlook"))
        for old, new in m.get("html_replace", []):
            assert old in htm, (slug, old)
            htm = htm.replace(old, new)
        alt = multipart("alternative", "----=_NextPart_A" + bnd, [
            leaf("text/plain", text, m.get("cte")),
            leaf("text/html", htm, m.get("html_cte", m.get("cte"))),
        ])
        if fmt == "alt" and not m.get("attachments"):
            body_hdrs, body = alt
        else:
            parts = [alt] if fmt in ("alt", "mixed_alt") else [leaf("text/plain", text, m.get("cte"))]
            for a in m.get("attachments", []):
                parts.append(attachment(*a))
            body_hdrs, body = multipart("mixed", "----=_NextPart_M" + bnd, parts, preamble=True)

    frm = m["from"]
    h = [f"From: {fmt_addr(frm)}"]
    h.append("To: " + ",\n\t".join(fmt_addr(x) for x in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ",\n\t".join(fmt_addr(x) for x in m["cc"]))
    if m.get("reply_to"):
        h.append(f"Reply-To: {fmt_addr(m['reply_to'])}")
    h.append(f"Subject: {enc_subject(m['subject'])}")
    h.append(f"Date: {m['date']}")
    h.append(f"Message-ID: {msgid(slug, client)}")
    if m.get("in_reply_to"):
        h.append(f"In-Reply-To: {m['in_reply_to']}")
        h.append(f"References: {m['in_reply_to']}")
    if client == "iphone":
        h.append("X-Mailer: iPhone Mail (22D82)")
    elif client == "outlook":
        h.append("Content-Language: en-GB")
        h.append("X-MS-Has-Attach: " + ("yes" if m.get("attachments") else ""))
    elif client == "android":
        h.append("X-Mailer: Outlook for Android")
    h.append("MIME-Version: 1.0")
    h.extend(body_hdrs)
    raw = "\n".join(h) + "\n\n" + body
    return raw.encode("utf-8")


# ---------------------------------------------------------------- signatures
SIG = {
    "hughes": "Rhian Hughes\nHead of PE\nExample School, Park Row, Leeds LS1 4AP\nT: 01632 960000",
    "okafor_plain": "Daniel Okafor\nDirector of Performing Arts\nExample School | Park Row | Leeds LS1 4AP\nTel: 01632 960000",
    "pryce": "Megan Pryce\nSchool Farm Manager\nExample School, Park Row, Leeds LS1 4AP\n01632 960000 (ask for the farm)",
    "attendance": "Sue Barraclough\nAttendance Officer\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000 (option 1 for absence)",
    "office": "Lisa Fenwick\nOffice Manager\nExample School, Park Row, Leeds LS1 4AP\nT 01632 960000 | E office@example-school.org.uk",
    "dsl": "Karen Ashdown\nDeputy Headteacher & Designated Safeguarding Lead\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "nowak": "Ms K Nowak\nTeacher of Mathematics\nExample School | Park Row | Leeds | LS1 4AP | 01632 960000",
    "trevelyan": "Mr J Trevelyan\nHead of Year 9\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000",
    "alumni": "Priya Raman\nAlumni & Development Officer (Tue-Thu)\nExample School, Park Row, Leeds LS1 4AP\n+44 (0)1632 960000",
    "cover": "Pete Oyelaran\nCover Manager\nExample School\n01632 960000",
    "mcbride": "Hannah McBride\nTeacher of English\nExample School – Park Row – Leeds – LS1 4AP\nTel 01632 960000",
    "castell": "Gareth Castell\nHead of Music\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "sutcliffe": "Ben Sutcliffe\nTeacher of Science | U14 Football\nExample School",
    "adeyemi": "Lola Adeyemi\nSENCo\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "head": "Chris Fairbairn\nHeadteacher\nExample School\nPark Row\nLeeds LS1 4AP\nTelephone: 01632 960000",
    "quayle": "Miss N Quayle\nTeacher of Dance",
    "exams": "Martin Dowd\nExams Officer\nExample School, Park Row, Leeds LS1 4AP\n01632-960000",
    "ellery": "Fiona Ellery\nEducational Visits Coordinator\nExample School, Park Row, Leeds LS1 4AP\nT: 01632 960 000",
    "kerr": "Andy Kerr\nSite Manager",
    "finance": "Dawn Pickles\nFinance Officer\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "jenkins": "Mrs C Jenkins\nHead of Year 11\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "hartley": "Zoë Hartley\nHead of Humanities\nExample School, Park Row, Leeds LS1 4AP",
    "ellisroberts": "Siân Ellis-Roberts\nTeacher of Art & Design\nExample School",
    "lindqvist": "Frau E Lindqvist\nTeacher of German & Spanish\nExample School, Park Row, Leeds LS1 4AP",
}

M = []


def add(**kw):
    M.append(kw)


# ======================================================================
# FLAGS (20)
# ======================================================================
add(label="flag", slug="netball_text_me", client="iphone",
    frm="hughes", to=[JANE], subject="Re: netball tomorrow", date=date(2025, 3, 5, 21, 14),
    note="PE head's hasty phone reply gives own mobile, no spaces",
    text="""hi jane, yes ella's still in the squad for tomorrow. bus now leaves at 3.45 not 3.30 as st aidan's have pushed the start back, so she'll miss the end of period 6 (i've told her tutor)

should be back about 6.15 but it depends on the coast road, it was gridlocked last time

if you're going to be late for pick up just text me on 07700900311 and i'll wait with her

rhian

Sent from my iPhone

> On 5 Mar 2025, at 19:02, Jane Parent <jane.parent@gmail.com> wrote:
> 
> Hi Miss Hughes, is Ella still playing tomorrow? She wasn't sure if the time had changed. Thanks, Jane
""")

add(label="flag", slug="show_week_mobile_sig", fmt="alt",
    frm="okafor", to=[JANE, SAM, ALI], subject="Bugsy Malone – show week arrangements",
    date=date(2025, 3, 21, 16, 48),
    note="show-week letter to parents; personal mobile in signature (&nbsp; in HTML) and 'call or text me'",
    text="""Dear parents and carers,

We're into show week! Thank you for all your support so far – the cast have been brilliant and the splurge guns are (finally) working.

A few arrangements for the week:

- Monday and Tuesday: dress rehearsals until 6pm. Please collect from the drama studio door, not main reception, as the front of the building is locked at 5.
- Wednesday to Friday: cast in school by 5.45pm for the 7pm shows, wearing black base layers, hair tied back. Make-up is done here.
- Saturday matinee: in by 12.45pm, finishing around 4.30pm.

Please send a named water bottle and a proper tea – it's a long evening and the vending machine doesn't count.

If there's a problem on the night with collection or anything else, my number's at the bottom – call or text me rather than ringing reception, which isn't staffed after 5.

Thank you again,

Dan

Daniel Okafor
Director of Performing Arts
Example School | Park Row | Leeds LS1 4AP
School: 01632 960000 | Mob: 07700 900962
""",
    html_replace=[("Mob: 07700 900962", "Mob:&nbsp;07700&nbsp;900&nbsp;962")])

add(label="flag", slug="lambing_rota_whatsapp",
    frm="pryce", to=[pu("22tmarsh"), pu("23kbrennan"), pu("21aquinn"), pu("24lokoro")],
    subject="Easter lambing rota", date=date(2025, 3, 28, 12, 31), cte="quoted-printable",
    note="farm manager to pupils: WhatsApp me on personal mobile (hyphens) and home address without postcode",
    text="""Hi all,

Thanks for signing up to help with lambing over the Easter holidays. Here's the rota – you're in pairs, and each slot is 8–11am:

Mon 7th: Tia + Kyle
Tue 8th: Amara + Lily
Wed 9th: Tia + Amara
Thu 10th: Kyle + Lily
Fri 11th: all four (we're moving the ewes to the top field, so proper boots please, not trainers)

Come to the farm gate on Shore Road, not the main school entrance – the site is locked over the holiday. Overalls are in the farm shed as usual.

Your consent forms need to be back before we break up next Friday. If you've lost yours, get a new one signed and drop it through my letterbox at 3 Gull Cottages, Shore Road (blue door, right next to the farm lane).

If you can't make your slot, whatsapp me on 07700-900-633 so I can swap you with someone. Please don't just not turn up – the ewes won't wait!

Miss Pryce
School Farm
""")

add(label="flag", slug="supply_hotmail_coursework",
    frm="whitlock", to=[pu("21emorris")], subject="your fieldwork write up",
    date=date(2025, 5, 20, 15, 52),
    note="supply teacher gives pupil his personal hotmail for after contract ends",
    text="""hi evan

had a look at your fieldwork write up, it's a lot better than the first go. the data presentation is good but your conclusion just repeats the results, it needs to say WHY the channel gets wider downstream (think about the tributaries joining + the discharge figures you got at site 3).

my contract here finishes on friday so after that i wont be able to get into the school email. if you want me to look at the final version over half term send it to tomwhitlock.geog@hotmail.co.uk and i'll get it back to you, no problem

mr whitlock
""")

add(label="flag", slug="u15_snapchat", client="android",
    frm="mensah", to=[pu("21emorris"), pu("21kbaxter"), pu("20ostrand"), pu("21pnkemelu")],
    subject="sat fixture", date=date(2025, 3, 13, 22, 6),
    note="supply PE coach asks pupils to add him on Snapchat",
    text="""lads

sat fixture v harbour park is ON, ko 10.30 at theirs. meet at school 9.15 sharp, minibus leaves 9.30 with or without you

shin pads + both kits, they play in blue as well

if your running late or cant make it the easiest way to get me at the weekend is snap, add me coach_willm and message me on there. i dont check emails on a sat

coach m

Sent from Outlook for Android
""")

add(label="flag", slug="drum_lessons_replyto_gmail", fmt="alt",
    frm="castell", to=[SAM], reply_to=("Gareth Castell", "gazcastell.music@gmail.com"),
    subject="RE: Tyler – drum lessons", date=date(2025, 4, 3, 7, 41),
    note="reply to parent with personal gmail set as Reply-To and 'just hit reply' [unsure]",
    text="""Dear Sam,

Thanks for getting back to me. Yes, Tyler can start drum lessons after Easter – I've put him in the Tuesday slot (rotating, so he doesn't miss the same subject each week). The termly fee is £68 for ten lessons, but as he's eligible for the music bursary this is covered in full, so there's nothing to pay.

He'll need a pair of 7A sticks (about £8 from any music shop) and a practice pad if you can stretch to one – not essential to start with.

I'm away at the county jazz festival with the big band most of next week, so if you have any questions just hit reply and it'll come through to me wherever I am.

Best wishes,

Gareth Castell
Head of Music
Example School, Park Row, Leeds LS1 4AP
01632 960000

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 02 April 2025 20:41
To: Gareth Castell <g.castell@example-school.org.uk>
Subject: Re: Tyler – drum lessons

Hi Mr Castell, Tyler would love to do drums, he hasn't stopped talking about it since the concert. Is there a cost? Thanks, Sam
""")

add(label="flag", slug="essay_cc_home_yahoo", cte="8bit",
    frm="mcbride", to=[ALI], cc=[("Hannah McBride", "hannah.mcb82@yahoo.co.uk")],
    subject="Zain – Of Mice and Men essay", date=date(2025, 1, 28, 17, 2),
    note="English teacher copies her personal Yahoo address into a reply to a parent and invites its use",
    text="""Dear Mr Guardian,

Thank you for your email about Zain's essay. I've had a look at the draft he handed in on Friday and I agree it's much shorter than it should be – but what's there is genuinely good, especially the paragraph on Curley's wife, which shows he's been listening in class.

I've given him until next Wednesday to add the two missing sections (on Crooks, and on the ending). He can come to the library at lunchtime on Monday or Tuesday and I'll go through the plan with him.

I'm working from home for part of this week while I mark the Year 11 mocks, so I've copied in my home email – feel free to use either address and I'll pick it up.

Kind regards,

""" + SIG["mcbride"] + "\n")

add(label="flag", slug="revision_cards_home_address",
    frm="nowak", to=[JANE], subject="Re: revision books", date=date(2025, 4, 2, 19, 5),
    note="maths teacher gives parent her home address with postcode to collect books",
    text="""Hi Jane,

No problem at all – I've got a spare set of the Higher revision cards and a CGP workbook at home that Ella is welcome to borrow. I don't want her waiting until after the holidays for them.

I'm at 22 Lobster Pot Lane, LS25 9ZQ (just up the hill from the harbour car park). Pop round on Saturday any time after 10 – if I'm out walking the dog I'll leave them in a bag on the porch.

She's working really hard, by the way. If she keeps going like this a 7 is absolutely on the cards.

Kasia

On Wed, 2 Apr 2025 at 18:17, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Ms Nowak, Ella says you mentioned some extra revision books for the
> holidays? Is there any way she could get hold of them before Easter? She's
> a bit panicky about the exam. Many thanks, Jane
""")

add(label="flag", slug="hoy9_home_landline", cte="quoted-printable",
    frm="trevelyan", to=[ALI], subject="Zain – this afternoon", date=date(2025, 2, 11, 16, 37),
    note="formal letter to parent invites him to ring teacher's home landline",
    text="""Dear Mr Guardian,

I am writing following our brief conversation at the gate this afternoon about the incident on the field at lunchtime.

Having spoken to Zain, to the two other boys involved and to the member of staff on duty, I am satisfied that Zain did not start the argument, although he did react by pushing one of the boys, which he has accepted was wrong. He will spend Thursday lunchtime with me to reflect on it, and that will be the end of the matter as far as school is concerned.

I know you were keen to talk it through properly, and I appreciate that was difficult to do at the gate with everyone around. I am in meetings until late tomorrow, so if it is easier to talk this evening you are very welcome to ring me at home on 0113 496 0571 at any point after 7pm.

Yours sincerely,

""" + SIG["trevelyan"] + "\n")

add(label="flag", slug="dance_squad_tiktok", fmt="html",
    frm="quayle", to=[pu("22rfinch"), pu("23ifraser"), pu("22fwalsh"), pu("24lokoro"), pu("21pnkemelu")],
    subject="Spring Showcase – dance squad 💃", date=date(2025, 2, 27, 18, 22),
    note="HTML-only mail invites pupils to follow teacher's TikTok and promises follow-back",
    html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
<p>Hi squad!</p>
<p>Amazing rehearsal today &#8211; the lifts in the second section are really coming together. Huge well done to the Year 8s who only learned it on Tuesday.</p>
<p>I've started a TikTok for the squad where I'll post the rehearsal clips and the counts so you can practise at home: <b>@missq.dance</b>. Give it a follow and I'll follow you back so you can see the drafts before they go public &#128522;</p>
<p>Reminders:</p>
<ul>
<li>Extra rehearsal Thursday 3.15&#8211;4.30 in the sports hall</li>
<li>Black leggings + squad t-shirt</li>
<li>Hair in a high bun, no jewellery</li>
</ul>
<p>Miss Q x</p>
</div>
</body>
</html>
""")

add(label="flag", slug="u14_parents_whatsapp", fmt="alt", html_style="owa",
    frm="sutcliffe", to=[ALI, SAM], subject="U14s – rest of season + whatsapp group",
    date=date(2025, 3, 17, 20, 33),
    note="coach asks parents to text his +44 mobile to join a WhatsApp group",
    text="""Hi both,

Quick one – I'm trying to get the U14s organised a bit better for the rest of the season, as we've had a few mix-ups with pick-up times this term (sorry again about Saturday).

I'm setting up a WhatsApp group for U14 parents so I can send fixture changes quickly – much faster than email, and I can let you know straight away if we're running late coming back along the coast road. If you'd like to be added, text me on +44 7700 900 482 with your name and your child's name and I'll add you tonight.

Remaining fixtures:
Sat 22 Mar – v Cliffside (H) 10am
Wed 26 Mar – v St Aidan's (A) 4pm
Sat 5 Apr – county cup quarter-final, venue TBC

Cheers,
Ben

""" + SIG["sutcliffe"] + "\n")

add(label="flag", slug="head_personal_mobile_b64", cte="base64",
    frm="head", to=[JANE], subject="Ella", date=date(2025, 5, 16, 18, 55),
    note="headteacher's letter after injury gives personal mobile in 0044 (0) format; base64 body",
    text="""Dear Mrs Parent,

I wanted to write personally following Ella's accident at this afternoon's athletics fixture. I am very sorry that she was hurt, and I was relieved to hear from Miss Hughes that the X-ray at the minor injuries unit showed a bad sprain rather than a fracture.

Miss Hughes has completed an accident report, and we will be reviewing the arrangements at the long jump pit with the host school, as I understand the run-up was wet.

Please do not worry about Ella's exams next week. I have asked Mrs Jenkins to speak to the Exams Officer about any arrangements she might need, such as a seat near the door or extra time to get between rooms.

If there is anything at all you need over the weekend, my personal mobile is 0044 (0)7700 900 517. Please do call or text.

With best wishes to Ella,

""" + SIG["head"] + "\n")

VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ellery;Fiona;;;\r\nFN:Fiona Ellery\r\n"
         "TEL;TYPE=CELL,VOICE:+44 7700 900744\r\nEMAIL;TYPE=HOME,INTERNET:fiona.ellery@icloud.com\r\n"
         "REV:20250404T093000Z\r\nEND:VCARD\r\n")
add(label="flag", slug="jersey_tour_vcard", fmt="alt",
    frm="ellery", to=[JANE, SAM, ALI], subject="Jersey sports tour – final details",
    date=date(2025, 4, 4, 9, 31),
    attachments=[("text/vcard", "Fiona Ellery.vcf", VCARD.encode(), "base64", '; charset="utf-8"')],
    note="tour letter attaches leader's vCard with personal mobile and iCloud e-mail",
    text="""Dear parents and carers,

We're nearly there! Final details for the Jersey netball and hockey tour (Saturday 12 – Wednesday 16 April):

Departure: please be at the minibus bay by 6.00am on Saturday. The coach leaves for Poole at 6.30am sharp for the 11.30 ferry.

Return: the ferry docks at Poole at 5.15pm on Wednesday and we expect to be back at school around 9pm. We'll post updates on the school app as we go, including a message when we're an hour away.

Spending money: we suggest no more than £60, in sterling. Jersey notes are fine over there but hard to spend back home, so encourage them to use them up!

The kit list and medical forms were in the last letter – if you've any late changes to medication, please let me know by Wednesday.

I've attached my contact card so you can reach me directly while we're away, day or night.

Many thanks,

""" + SIG["ellery"] + "\n")

ICS = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
       "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       "DTSTART:20250515T163000Z\r\nDTEND:20250515T171500Z\r\nDTSTAMP:20250509T161200Z\r\n"
       "ORGANIZER;CN=Lola Adeyemi:mailto:lola.adeyemi84@gmail.com\r\n"
       "UID:5k2m8q0r4t6v8x1z3b5d7f9h1j@google.com\r\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;\r\n"
       " CN=sam.carer@outlook.com;X-NUM-GUESTS=0:mailto:sam.carer@outlook.com\r\n"
       "DESCRIPTION:Tyler - support plan review. Phone call: Lola will ring you from\r\n"
       "  07700 900185. Draft plan to follow on Wednesday.\r\n"
       "LOCATION:Phone call\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
       "SUMMARY:Tyler - support plan review (phone)\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
add(label="flag", slug="sen_review_ics_gmail", fmt="mixed",
    frm="adeyemi", to=[SAM], subject="Tyler – support plan review invite",
    date=date(2025, 5, 9, 17, 12),
    attachments=[("text/calendar", "invite.ics", ICS.encode(), "base64", '; method=REQUEST; charset="UTF-8"')],
    note="SENCo sends review invite from personal Gmail calendar; .ics has gmail organiser and her mobile",
    text="""Hi Sam,

As promised, here's the invite for Tyler's support plan review on Thursday 15 May at 5.30pm. We'll do it as a phone call, as you said evenings are easier with your shifts.

The invite has come from my own calendar because the school one won't let me book anything outside 8–4.30 – just accept it and it'll go in your diary. I'll ring you at 5.30.

I'll send the draft plan on Wednesday so you've time to read it first. Tyler has been asked what he'd like to say too, and he's written a few lines which I'll include.

Best wishes,
Lola

""" + SIG["adeyemi"] + "\n")

add(label="flag", slug="berlin_instagram", cte="8bit",
    frm="lindqvist", to=[pu("21emorris"), pu("21aquinn"), pu("21kbaxter"), pu("21pnkemelu")],
    subject="Berlin!", date=date(2025, 2, 22, 11, 7),
    note="MFL teacher invites pupils to add her personal Instagram after trip",
    text="""Hallo zusammen!

What a trip – thank you all for being such a brilliant group. The guide at the Reichstag said you were the politest school she'd had all year, and the hostel staff actually asked if we'd come back.

I'll put the official photos on the shared drive on Monday. I've also posted loads from the week on my instagram – @elin.lindq – add me and I'll accept so you can see them and tag yourselves 😊

Bis Montag,
Frau Lindqvist
""")

add(label="flag", slug="crew_discord_server",
    frm="penhaligon", to=[pu("20ostrand"), pu("22fwalsh"), pu("23dsowerby"), pu("21emorris")],
    subject="crew - summer show", date=date(2025, 4, 4, 15, 40),
    note="technical theatre manager invites pupils to his Discord server over the holidays",
    text="""Hi crew,

Great work on Bugsy - the follow spot on the finale was spot on (sorry).

For the summer show I want the lighting plot sorted before we come back, so I've set up a Discord server for crew where we can share the cue sheets and the rig plan and chat about it over the holidays:

https://discord.gg/Qx7pLm2c

I'm tech_josh on there. Join when you can and I'll sort out roles. Olly, you're in charge of the sound channel.

Josh
Technical Theatre Manager
""")

add(label="flag", slug="minibus_appeal_personal_mobile", fmt="alt",
    frm="alumni", to=[JANE, SAM, ALI], subject="Our minibus appeal – could your business help?",
    date=date(2025, 3, 11, 10, 15),
    note="fundraising officer gives parents her personal mobile in brackets format",
    text="""Dear parents and carers,

As many of you will know, our two school minibuses carry our teams, bands and farm volunteers thousands of miles every year – and the older of the two has just failed its MOT for the last time.

We have launched an appeal to raise £18,000 towards a replacement, and we are looking for local businesses who might sponsor a panel on the new bus in return for their logo being displayed for three years. Packages start at £250, and every sponsor will be thanked at the summer show.

If you run or work for a business that might be interested, I would love to hear from you. I work part-time (Tuesday to Thursday), so the office phone isn't always the best way to reach me – my personal mobile is (07700) 900 855 and I am very happy to take calls in the evening.

Thank you, as always, for your support.

""" + SIG["alumni"] + "\n")

add(label="flag", slug="attendance_signal",
    frm="attendance", to=[ALI], subject="Zain's attendance", date=date(2025, 3, 3, 9, 48),
    note="attendance officer asks parent to message her on Signal, personal mobile with dots",
    text="""Dear Mr Guardian,

Thank you for phoning in this morning. I've marked Zain's absence today as illness - I hope he feels better soon.

Just so you know, his attendance is currently 91.2% for the year and we'd really like to get it back above 95% before the summer. Nothing to worry about at this stage, but I'd like to have a quick chat with you about the Monday absences when you have a moment.

I'm out on home visits most mornings, so the easiest way to get me is on Signal - 07700.900.236. Leave me a message and I'll get back to you the same day.

Kind regards,

""" + SIG["attendance"] + "\n")

add(label="flag", slug="hoy11_mobile_line_break",
    frm="jenkins", to=[JANE], subject="Ella - mock results and Bayside interview",
    date=date(2025, 1, 24, 16, 20),
    note="hard-wrapped letter: personal mobile split across a line break",
    text="""Dear Mrs Parent,

I wanted to drop you a line now that the Year 11 mock results have been
shared with students, and before Ella's interview at Bayside College next
Thursday.

Ella should be really proud of her results. She has improved in every
subject since November, and her English Language paper in particular was
one of the strongest in the year group. Maths is still the one she worries
about, but a secure 5 with a realistic chance of a 6 is a very different
picture from where she was in the autumn.

For the interview, she will need to take her mock results sheet (stapled
to the back of her report) and her Record of Achievement folder. Her tutor
did a practice interview with her on Tuesday and says she came across as
confident and thoughtful, so I really don't think there is anything to
worry about.

I know the last few weeks have been stressful at home. If you would like
to talk anything through before the interview, do call me on my mobile, 07700
900 128, at any point over the weekend - I'm very happy to help.

With best wishes,

""" + SIG["jenkins"] + "\n")

add(label="flag", slug="ta_facebook_friend", client="iphone",
    frm="morgan", to=[SAM], subject="Re: tyler today", date=date(2025, 4, 8, 15, 47),
    note="TA has sent parent a Facebook friend request and asks her to message there",
    text="""hiya sam, tyler had a much better day today, he stayed in maths the whole lesson and did his reading with me at break. bit wobbly after lunch but he came round

ive sent you a friend request on facebook (hayley morgan, profile pic is me n the dog on the beach) - if you accept it you can just message me on there about how his mornings been, easier than emailing the office every time x

hayley

Sent from my iPhone

On 8 Apr 2025, at 08:12, Sam Carer <sam.carer@outlook.com> wrote:

Morning, Tyler had a rough night and didn't want to come in. Can someone keep an eye on him today please. Sam
""")

# ======================================================================
# HARD NEGATIVES (30 clean)
# ======================================================================
add(label="clean", kind="hard", slug="fieldwork_school_trip_phone",
    frm="hartley", to=[SAM], subject="Year 8 beach fieldwork – Thursday 12 June",
    date=date(2025, 6, 9, 8, 5),
    note="school-owned trip mobile stated as such, plus school office number",
    text="""Dear Sam,

Just a reminder that Tyler's Year 8 geography fieldwork at North Bay is this Thursday, 12 June. We'll be measuring the beach profile and the groynes, and looking at how the sea wall has changed the sediment since the storms.

Tyler will need:
- a packed lunch and a drink (no glass bottles on the beach)
- waterproof coat and sensible shoes or wellies – we will be on wet sand
- sun cream and a hat if the forecast holds

We walk down from school at 9am and will be back for the end of the day as normal.

On the day, if you need to contact the group, please ring the school trip mobile on 07700 900 400. This is a school phone carried by the trip leader – it will be switched on from 8.30am until we're back at school. Outside those times, please ring the school office on 01632 960000.

Many thanks,

""" + SIG["hartley"] + "\n")

add(label="clean", kind="hard", slug="contact_details_readback",
    frm="attendance", to=[JANE], subject="Checking Ella's contact details", date=date(2025, 6, 2, 11, 12),
    note="parent's own mobile and e-mail read back for checking",
    text="""Dear Mrs Parent,

We're updating our contact records ahead of the summer trips. At the moment we hold the following for Ella:

Priority 1: Jane Parent (Mother) – 07700 900123 – jane.parent@gmail.com
Priority 2: none recorded

Could you let us know if that is still correct, and whether there's a second emergency contact you would like to add (a grandparent or neighbour is fine)? You can just reply to this email.

Thank you,

""" + SIG["attendance"] + "\n")

add(label="clean", kind="hard", slug="maths_set_quoted_parent_sig", fmt="alt",
    frm="nowak", to=[SAM], subject="RE: Tyler's maths set", date=date(2025, 1, 15, 12, 44),
    note="reply quotes the parent's own signature (address, mobile) in Outlook block",
    text="""Dear Sam,

Thanks for your email, and sorry for the slow reply – it's been mock week.

Tyler has moved from set 4 to set 3 because of how well he did in the December assessment, not because of anything else, so it's very much good news. I know the change of group has unsettled him a bit. I've sat him next to Dylan, who he knows from tutor group, and I'll keep an eye on how he's getting on over the next couple of weeks.

If it's still not working by half term we can look at it again together, but I'd like to give it a proper go first.

Kind regards,

""" + SIG["nowak"] + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 13 January 2025 21:09
To: Kasia Nowak <k.nowak@example-school.org.uk>
Subject: Tyler's maths set

Hello,

Tyler came home upset today saying he's been moved to a different maths class. Can you tell me why? He doesn't know anyone in the new one.

Thanks
Sam Carer
41 Harbour Street
LS25 3PW
07700 900456
""")

add(label="clean", kind="hard", slug="cup_quarter_final_coach_firm",
    frm="sutcliffe", to=[ALI], subject="County cup quarter-final – Saturday", date=date(2025, 4, 2, 13, 10),
    note="coach company's office number given to parent for checking times",
    text="""Hi Mr Guardian,

Great news – Zain's been picked for the squad for Saturday's county cup quarter-final against Moorside. It's at their ground, kick-off 11am.

We're going by coach with Brightsea Travel, leaving school at 9.15am. We should be back at about 2.30pm, but it depends on extra time and penalties! If you want to check where the coach has got to on the way back, Brightsea's office is staffed on Saturdays on 0113 496 0288 and they can see where their drivers are.

Zain needs his full kit, shin pads, boots AND trainers (the pitch might be 3G), a drink and a snack.

Thanks,

""" + SIG["sutcliffe"] + "\n")

add(label="clean", kind="hard", slug="physio_clinic_details",
    frm="hughes", to=[JANE], subject="Ella's ankle", date=date(2025, 5, 19, 12, 3),
    note="sports injury clinic's address and number given to parent",
    text="""Hi Jane,

Hope Ella's ankle is feeling a bit better today – she was very brave on Friday.

You asked about physio. The NHS route is through your GP, but there's a wait at the moment. A few of our athletes have used the Harbourside Sports Injury Clinic at 12 Quay Street, LS25 3DE – they see under-18s on Saturday mornings and they're good at getting people back to sport safely. Their number is 0117 496 0342.

Ella is excused PE until she's cleared. She can still come along to athletics club and help with timing if she'd like to – she's very good at bossing the Year 7s about.

Rhian

""" + SIG["hughes"] + "\n")

add(label="clean", kind="hard", slug="exam_wellbeing_helpline", fmt="alt", html_style="owa",
    frm="dsl", to=[JANE], subject="Supporting your child through the exam season",
    date=date(2025, 5, 7, 15, 30),
    note="DSL letter lists third-party freephone helpline and online service",
    text="""Dear parents and carers of Year 11,

With the GCSE exams starting next week, I wanted to share a few sources of support, both for students and for you.

In school: tutors, Heads of Year and the wellbeing team in the library (open every lunchtime) are there for any student who is struggling. Students can also use the "Worry Box" form on the school website, which comes straight to me.

Outside school:
- Shoreline Listening Service – free, confidential support for young people, freephone 0808 157 0123, 4pm–10pm every day.
- Harbourlight Online – a free online counselling service for 11–18 year olds, www.harbourlight.example.org, no referral needed.
- Your GP, if anxiety or low mood is affecting sleep or eating.

If you are worried about your child's safety at any time, please contact the school on 01632 960000 during the day, or call 999 in an emergency.

Please remind them that a good night's sleep is worth more than another hour of revision.

Kind regards,

""" + SIG["dsl"] + "\n")

add(label="clean", kind="hard", slug="show_tickets_prices_html", fmt="html",
    frm="okafor", to=[JANE, SAM, ALI], subject="Bugsy Malone – tickets on sale now!",
    date=date(2025, 3, 3, 8, 15),
    note="HTML-only; prices, dates, times and the school box-office line (school number)",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 11pt;">
<h2 style="color:#7a1f2b;">Bugsy Malone</h2>
<p>Dear parents and carers,</p>
<p>Tickets for this year's school production are now on sale! Over 60 students from Years 7&#8211;11 are in the cast, band and crew, and it's shaping up to be our best show yet.</p>
<table cellpadding="4" style="border-collapse:collapse;">
<tr><td><b>Wed 26 March</b></td><td>7.00pm</td></tr>
<tr><td><b>Thu 27 March</b></td><td>7.00pm</td></tr>
<tr><td><b>Fri 28 March</b></td><td>7.00pm</td></tr>
<tr><td><b>Sat 29 March</b></td><td>2.30pm matinee (relaxed performance)</td></tr>
</table>
<p>Adults &pound;8 &middot; Concessions &pound;5 &middot; Family ticket (2+2) &pound;22<br>
Doors open 30 minutes before the start. Running time approx. 2 hours including a 20-minute interval.</p>
<p>Book through ParentPay (under &ldquo;Events&rdquo;) or ring the box office on 01632&nbsp;960000, option&nbsp;4, between 8.30am and 4pm.</p>
<p>The Saturday matinee is a relaxed performance with house lights partly up and no loud bangs &#8211; ideal for younger brothers and sisters.</p>
<p>See you there!<br>Mr Okafor and the Performing Arts team</p>
<p style="font-size:9pt;color:#666;">Example School, Park Row, Leeds LS1 4AP</p>
</body></html>
""")

add(label="clean", kind="hard", slug="candidate_numbers_qp", cte="quoted-printable",
    frm="exams", to=[pu("20jpatel"), pu("20cnorth"), pu("20ostrand")],
    subject="GCSE statements of entry – please check by Friday", date=date(2025, 3, 24, 9, 2),
    note="candidate/centre numbers, room numbers, exam-board code; no staff contact details",
    text="""Hi all,

Your statement of entry for the summer GCSEs is in your tutor pigeonhole. Please check it carefully and sign it by Friday 28 March.

Things to check:
- your name is spelt exactly as on your birth certificate/passport
- your four-digit candidate number (e.g. 4127) – you'll need it for every paper, so learn it
- the tiers (Foundation/Higher) for maths, science and languages are the ones you agreed with your teacher

Our centre number is 36512. It goes on the front of every paper too.

Exams will be in the sports hall (main hall for the smaller entries) and room S14 for anyone with access arrangements. Seating plans go up on the board outside the hall the day before each exam.

If anything is wrong, come and see me in the exams office (next to reception) – don't contact the exam board yourself, it has to come from the school.

Mr Dowd

""" + SIG["exams"] + "\n")

add(label="clean", kind="hard", slug="minibus_bank_details", fmt="alt",
    frm="finance", to=[JANE, SAM, ALI], subject="Minibus appeal – how to donate",
    date=date(2025, 3, 14, 14, 26),
    note="school fund bank sort code and account number, references, Gift Aid; school office only",
    text="""Dear parents and carers,

Thank you to everyone who has already asked how to give to the minibus appeal. You can donate in any of these ways:

1. ParentPay – under "Donations", choose "Minibus Appeal 2025".

2. Bank transfer to the School Fund account:
   Account name: Example School Fund
   Sort code: 30-96-41
   Account number: 48213097
   Reference: MINIBUS + your child's surname (e.g. MINIBUS SMITH)

3. Cash or cheque in an envelope marked "Minibus" to the school office. Cheques payable to "Example School Fund".

If you are a UK taxpayer, please ask the office for a Gift Aid form – it adds 25p to every £1 you give at no cost to you.

So far we have raised £6,240 of our £18,000 target. Thank you!

Kind regards,

""" + SIG["finance"] + "\n")

TEAMS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family: Aptos, Calibri, sans-serif; font-size: 11pt;">
<p>Hi Sam,</p>
<p>Here's the link for Thursday's annual review meeting for Tyler at 4pm. Mrs Kelsall from the Local Authority SEND team will join us online too.</p>
<p>If the link doesn't work on your phone, you can dial in instead using the number and conference ID below &#8211; you don't need the Teams app for that.</p>
<p>Best wishes,<br>Lola</p>
<p>Lola Adeyemi<br>SENCo<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</div>
<div style="max-width:520px">
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:18pt;font-family:'Segoe UI',sans-serif;"><b>Microsoft Teams</b> <a href="https://aka.ms/JoinTeamsMeeting">Need help?</a></p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTkxYjMtYTIwNy00ZGE4LWI1ZjMtODdiZjE2YmU4ZTAw%40thread.v2/0" style="font-size:14pt;font-weight:bold;">Join the meeting now</a></p>
<p style="font-size:10.5pt">Meeting ID: 389 226 104 517<br>Passcode: hT4rQ9</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:10.5pt"><b>Dial in by phone</b><br>
<a href="tel:+442079460839,,382947165#">+44 20 7946 0839,,382947165#</a> United Kingdom, London<br>
Phone conference ID: 382 947 165#</p>
<hr style="border:none;border-top:1px solid #ccc">
</div>
</body></html>
"""
add(label="clean", kind="hard", slug="annual_review_teams_dialin", fmt="alt", html=TEAMS_HTML,
    frm="adeyemi", to=[SAM], cc=[("Pat Kelsall", "p.kelsall@send.example.org")],
    subject="Tyler – annual review Thursday 4pm (Teams link)", date=date(2025, 3, 10, 10, 44),
    note="Teams meeting ID, passcode and conference dial-in number",
    text="""Hi Sam,

Here's the link for Thursday's annual review meeting for Tyler at 4pm. Mrs Kelsall from the Local Authority SEND team will join us online too.

If the link doesn't work on your phone, you can dial in instead using the number and conference ID below – you don't need the Teams app for that.

Best wishes,
Lola

Lola Adeyemi
SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000

________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting>
Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTkxYjMtYTIwNy00ZGE4LWI1ZjMtODdiZjE2YmU4ZTAw%40thread.v2/0>
Meeting ID: 389 226 104 517
Passcode: hT4rQ9
________________________________
Dial in by phone
+44 20 7946 0839,,382947165#<tel:+442079460839,,382947165#> United Kingdom, London
Phone conference ID: 382 947 165#
________________________________________________________________________________
""")

add(label="clean", kind="hard", slug="hr_change_of_address",
    frm="mcbride", to=[st("hr")], subject="Change of address and phone number",
    date=date(2025, 2, 3, 8, 12),
    note="staff-only mail to HR with teacher's new home address and personal mobile",
    text="""Hi Julie,

Could you update my details on the HR system please? I moved at the weekend.

New address:
Flat 2, 9 Kittiwake Road
LS25 4NR

New mobile: 07700 900611 (the old one's been cancelled)

Emergency contact stays the same (my mum).

Thanks so much,
Hannah
""")

add(label="clean", kind="hard", slug="staff_end_of_term_drinks", client="iphone",
    frm="sutcliffe", to=[st("staffall")], subject="end of term drinks - fri 4th",
    date=date(2025, 4, 1, 20, 50),
    note="staff social invitation with home address and mobile, staff-only recipients",
    text="""evening all

as promised, end of term drinks at mine on fri 4th from 5ish. 5 Beacon Terrace, the one with the surfboards in the front garden. bring a bottle and something for the bbq if the weather holds, otherwise we'll huddle in the kitchen

partners very welcome. if you get lost text me on 07700 900222

ben

Sent from my iPhone
""")

ESAFETY_TEXT = """Dear parents and carers,

Online safety – a few things from this half term

Over the last few weeks we have dealt with several incidents that started on social media outside school, mostly involving Years 7 and 8. None of them were serious, but they took a lot of sorting out, and we thought it would help to share what we've learned.

Snapchat: Snap Map shows your child's location to their friends unless "Ghost Mode" is switched on. Please check this with them – it's under Settings > See My Location.

WhatsApp: large year-group chats are where most of our problems start. Students can be added to a group by anyone who has their number. In Settings > Privacy > Groups you can change this to "My Contacts" so strangers can't add them.

TikTok and Instagram: both have a minimum age of 13. Accounts for under-16s should be private by default, but it is worth checking, along with who can send them messages.

Discord and gaming chats: voice and text chat with people they don't know in real life is the biggest risk we see with older students. Most consoles have parental controls that can limit this.

A few simple habits help a lot: phones charging downstairs overnight, knowing their passwords, and talking about what they're doing online without it turning into an argument.

We will never ask your child to contact staff through any of these apps. If anyone claiming to be from school does, please tell us straight away.

If you have any concerns, please contact me through the school office on 01632 960000 or at dsl@example-school.org.uk.

Kind regards,

""" + SIG["dsl"] + "\n"
add(label="clean", kind="hard", slug="esafety_apps_newsletter", fmt="alt", text=ESAFETY_TEXT,
    frm="dsl", to=[JANE, SAM, ALI], subject="Online safety – Snapchat, WhatsApp and gaming chats",
    date=date(2025, 2, 13, 14, 5),
    note="e-safety advice naming apps, no invitation; DSL official contact only")

add(label="clean", kind="hard", slug="refuses_personal_number", fmt="alt", html_style="owa",
    frm="castell", to=[JANE], subject="Re: Ella's guitar lessons", date=date(2025, 1, 20, 16, 2),
    note="teacher politely refuses parent's request for his mobile, gives school office",
    text="""Hi Jane,

Thanks for your message. I completely understand why it would be handy, but I'm afraid I'm not able to give out my personal mobile number – it's school policy, and it protects all of us.

The best thing on lesson days is to ring the school office on 01632 960000 before 9am. They send the music department a message straight away, and it'll get to Mr Ionescu before Ella's lesson. You can also email me here and I'll pick it up between lessons.

Ella's playing really well, by the way – the Grade 3 pieces are nearly there.

Best wishes,
Gareth

""" + SIG["castell"] + """

On Sun, 19 Jan 2025 at 20:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Castell, Ella is sometimes off with migraines on Tuesdays and I
> never know how to let the guitar teacher know in time. Could I have your
> mobile so I can text you on the morning? Thanks, Jane
""")

add(label="clean", kind="hard", slug="glasgow_festival_host_school", fmt="alt",
    frm="okafor", to=[SAM], subject="Glasgow youth dance festival – host families",
    date=date(2025, 6, 13, 11, 30),
    note="host school's emergency number and venue address for a performing-arts tour",
    text="""Dear parents and carers,

I'm delighted to confirm the arrangements for the Glasgow Youth Dance & Drama Festival (Thursday 3 – Sunday 6 July).

Students will stay in pairs with host families from Kelvinmuir Academy, our partner school for the festival. Every host family has been checked by Kelvinmuir in line with Scottish safeguarding guidance (PVG). You'll receive your child's host family name and address by Friday 20 June.

The festival performances are at the Riverside Arts Centre, 140 Clydebank Road, G3 8QP. Our slot is 2.15pm on Saturday, and families are very welcome to come and watch – tickets are free but need booking through the festival website.

During the trip, the Kelvinmuir Academy 24-hour emergency contact is 0141 496 0392. Our own staff will carry the school trip phone, and that number will be on the final itinerary.

Travel is by train from the station on Thursday morning (meet 7.15am), returning Sunday evening around 8pm.

Best wishes,

""" + SIG["okafor_plain"] + "\n")

add(label="clean", kind="hard", slug="away_fixture_venue_postcode", client="iphone",
    frm="hughes", to=[pu("20cnorth"), pu("22rfinch"), pu("22mcosta"), pu("23ifraser")],
    subject="netball away at st aidan's wed", date=date(2025, 2, 3, 7, 22),
    note="venue address and postcode for parents' satnav, times",
    text="""morning girls

wed's match is away at st aidan's high, marine drive, LS25 7QH - give that postcode to whoever's picking you up as we'll finish there, not back at school. pick up 5.30 from their sports hall car park

we leave school at 3.45, so get changed at 3.15 straight after period 6

full kit + bibs, Caitlin can you bring the ball bag

miss h

Sent from my iPhone
""")

add(label="clean", kind="hard", slug="dsl_direct_line_colleague",
    frm="trevelyan", to=[ALI], subject="Zain – a quick follow-up", date=date(2025, 5, 13, 14, 18),
    note="gives DSL colleague's official school direct line (school number range)",
    text="""Dear Mr Guardian,

Thank you for letting us know about the messages Zain received on his games console over the weekend. You did exactly the right thing in keeping the screenshots and not replying.

Mrs Ashdown, our Designated Safeguarding Lead, would like to have a word with you about it, just so we can make sure Zain is supported in school and that anything that needs passing on is passed on. She is free most of tomorrow. You can reach her directly on 01632 960014, or by email at dsl@example-school.org.uk.

Zain has been absolutely fine in lessons today, and his tutor is keeping an eye on him.

Yours sincerely,

""" + SIG["trevelyan"] + "\n")

add(label="clean", kind="hard", slug="supply_agency_booking",
    frm="cover", to=[("Tide Education Bookings", "bookings@tidestaffing.example.com")],
    subject="Booking confirmation – Tom Whitlock, Geography, w/c 12 May",
    date=date(2025, 5, 8, 13, 2),
    note="cover manager to supply agency includes supply teacher's mobile; no parent/pupil",
    text="""Hi Laura,

Thanks for the call earlier. Confirming we'd like to extend Tom Whitlock's booking for Geography until Friday 23 May (half term), same rate, 8.15 to 3.45 daily.

For your records, the mobile you gave us for Tom (07700 900345) isn't connecting – could you double-check it with him? We only need it for late-notice changes to his timetable.

Also, is there any chance you have a science specialist for the week after half term? We've got long-term absence in physics.

Many thanks,

""" + SIG["cover"] + "\n")

add(label="clean", kind="hard", slug="certificate_post_address_readback",
    frm="office", to=[ALI], subject="Zain's Young Farmers certificate",
    date=date(2025, 6, 20, 10, 38),
    note="office reads back the parent's own postal address",
    text="""Dear Mr Guardian,

Zain's Young Farmers proficiency certificate (Level 1, Livestock Care) has arrived from the awarding body – well done to him!

As he was absent for the presentation assembly, we'd like to post it to you. We have your address as:

27 Seacole Road
LS25 6TB

Could you reply to confirm that's still correct? If you'd rather he collected it from reception, that's fine too – just let us know.

Kind regards,

""" + SIG["office"] + "\n")

add(label="clean", kind="hard", slug="vet_work_experience",
    frm="pryce", to=[pu("24lokoro")], subject="Re: being a vet", date=date(2025, 6, 4, 12, 55),
    note="gives a pupil the local vets' practice number and contact name for work experience",
    text="""Hi Lily,

Great question! I asked Rachel from Coastline Vets when she came out to look at Biscuit's foot on Monday (he's fine, it was a stone).

She said you're a bit young for proper work experience yet – they take students from Year 10 – but they run a "Junior Vets" morning in the summer holidays for 11–14 year olds. You (or your mum) can ring the practice on 0114 496 0517 and ask for Rachel to book a place. It's free.

In the meantime, keep coming to farm club on Wednesdays – handling the goats and the chickens is exactly the kind of thing vet schools like to hear about.

Miss Pryce
""")

add(label="clean", kind="hard", slug="cast_no_whatsapp_groups", fmt="alt",
    frm="okafor", to=[JANE, SAM, ALI], subject="A request about cast group chats",
    date=date(2025, 2, 7, 15, 12),
    note="asks parents NOT to set up WhatsApp cast groups; names app without inviting",
    text="""Dear parents and carers,

A small request. A few parents have asked whether they can set up a WhatsApp group for the Bugsy Malone cast, and one or two student groups have already appeared.

I'd ask that we don't. With 60 students across five year groups, the groups have already caused some upset, and staff won't be joining any of them. All official information about rehearsals and the show will continue to come by email and on the school app, so nobody misses anything by not being in a group.

If you have a question about rehearsals, please email me here or ring the school office on 01632 960000.

Thank you for understanding.

""" + SIG["okafor_plain"] + "\n")

add(label="clean", kind="hard", slug="supply_school_email_only",
    frm="whitlock", to=[pu("21kbaxter"), pu("21aquinn"), pu("21pnkemelu")], subject="homework + how to contact me",
    date=date(2025, 3, 12, 15, 50),
    note="supply teacher tells pupils to use his school address only, nothing else",
    text="""Hi all,

I'm covering Mrs Hartley's Geography classes until she's back. Homework this week: finish the coastal management table (pages 86-87) and answer the 6-mark question at the bottom. Due Tuesday.

If you need to send me anything, use my school email, t.whitlock@example-school.org.uk, or put it on Teams. Please don't try to find me on anything else - I won't reply to messages sent any other way.

Mr Whitlock
Geography (cover)
""")

add(label="clean", kind="hard", slug="absence_text_line",
    frm="attendance", to=[SAM], subject="Reporting absence by text", date=date(2025, 1, 9, 9, 5),
    note="school-owned absence text line stated as the school's, plus school phone",
    text="""Dear Sam,

Thank you for your message. You can now report absence by text if that's easier than phoning first thing.

The school absence text line is 07700 900 050. It is a school number that goes straight to the attendance office – please include Tyler's full name, tutor group and the reason he's off. Texts are checked from 7.45am.

If you'd rather speak to someone, the attendance line is still 01632 960000, option 1.

Kind regards,

""" + SIG["attendance"] + "\n")

add(label="clean", kind="hard", slug="surf_residential_emergency_lines", fmt="alt",
    frm="ellery", to=[ALI], subject="Year 9 surf & sail week – contact information",
    date=date(2025, 6, 16, 14, 0),
    note="outdoor centre and tour operator 24-hour lines given for the residential",
    text="""Dear Mr Guardian,

Thank you for returning Zain's forms for the Year 9 surf & sail week at Aber Outdoor Centre (Monday 30 June – Friday 4 July).

Contact details while the group is away:

Aber Outdoor Centre reception (8am–6pm): 029 2018 0456
Bluewave Tours 24-hour emergency line: 020 7946 0718
School office (school hours): 01632 960000

Outside school hours, please use the Bluewave emergency line, who will reach the group leader straight away. Students may take phones, but they will be handed in at 9.30pm each evening and given back after breakfast.

Please make sure Zain's swimming assessment form is signed by this Friday, or he'll have to do the water confidence test on the first morning.

Kind regards,

""" + SIG["ellery"] + "\n")

add(label="clean", kind="hard", slug="pupil_personal_gmail_readback",
    frm="mcbride", to=[pu("21kbaxter")], subject="Re: my essay", date=date(2025, 2, 25, 18, 1),
    note="teacher quotes the PUPIL's personal gmail and asks him to use school account",
    text="""Hi Kaiden,

Got your essay, thanks – I'll mark it this week.

Just so you know, it came from your personal email (kaiden.b2009@gmail.com) rather than your school account. Please use your school email for anything to do with school from now on – that's the only address I'll reply to. I've replied to your school address this time.

Miss McBride
""")

add(label="clean", kind="hard", slug="official_pe_instagram", fmt="alt", html_style="owa",
    frm="hughes", to=[JANE, SAM, ALI], subject="Follow our PE results!",
    date=date(2025, 1, 10, 12, 15),
    note="promotes the department's official school Instagram; forbids follow requests to staff [unsure]",
    text="""Dear parents and carers,

Happy new year! This term we're starting an official PE department Instagram account, @ExampleSchoolPE, where we'll post fixture results, team photos (only of students whose families have given photo consent) and news about the sports programme.

The account is run by the school and checked by the senior leadership team. It doesn't follow anyone back and comments are switched off.

Staff won't accept follow or friend requests from students or parents on their personal accounts, so please remind your children not to send them.

Fixtures for this half term are on the school website as usual.

Kind regards,

""" + SIG["hughes"] + "\n")

add(label="clean", kind="hard", slug="rugby_club_junior_coach",
    frm="hughes", to=[SAM], subject="Tyler and rugby", date=date(2025, 4, 29, 13, 40),
    note="gives parent a local club coach's mobile (third party) [unsure]",
    text="""Dear Sam,

Tyler has been asking me about playing rugby outside school after the taster sessions we did with Saltmarsh RFC this term – he was one of the stand-out players, honestly.

Their junior section trains on Sunday mornings at 10am at the club on Links Road, and the first few sessions are free. The junior coach, Dave Marr, said he's happy for parents to ring him with any questions first – his number is 07700 900377. They have spare boots and gum shields, so there's no need to buy anything straight away.

Let me know if Tyler goes along!

""" + SIG["hughes"] + "\n")

add(label="clean", kind="hard", slug="music_service_office", fmt="alt",
    frm="castell", to=[JANE, SAM], subject="Instrumental lessons – summer term",
    date=date(2025, 4, 22, 9, 30),
    note="county music service's office number given for payment queries",
    text="""Dear parents and carers,

Instrumental lessons restart in the week beginning 28 April. Your child's lesson time is on the music room door and on Teams.

A reminder that guitar, strings and brass lessons are provided by the County Music Service, not by the school. Invoices for the summer term will come directly from them. If you have a question about fees, the bursary or hiring an instrument, please contact their office on 0113 496 0640 (Monday–Thursday) or lessons@countymusic.example.org.

Mr Ionescu (guitar) has moved to Monday afternoons this term, and Mrs Abbott (strings) to Thursday mornings.

Best wishes,

""" + SIG["castell"] + "\n")

add(label="clean", kind="hard", slug="y10_set_texts_isbn",
    frm="mcbride", to=[pu("21aquinn"), pu("21emorris"), pu("21pnkemelu")],
    subject="Your own copies of the set texts", date=date(2025, 6, 25, 14, 10),
    note="ISBNs, prices and page numbers for set texts",
    text="""Hi all,

A few of you asked about buying your own copies of the set texts to annotate over the summer. It's not compulsory – we have class sets – but if you want to, please get these editions so the page numbers match:

An Inspector Calls (Heinemann Plays), ISBN 978-0-435-23251-8, about £9
A Christmas Carol (School Edition), ISBN 978-1-78226-014-7, about £5
Power and Conflict anthology – we'll give you a fresh copy in September

Second-hand is absolutely fine. If cost is an issue, have a quiet word with me and we'll sort it out.

Over the summer, please read A Christmas Carol staves 1–3 (pages 1–64) and jot down anything you notice about Scrooge.

Miss McBride
""")

add(label="clean", kind="hard", slug="careers_day_alumna_direct_line", fmt="alt",
    frm="alumni", to=[("Rosie Tremayne", "rosie.tremayne91@gmail.com")], cc=[pu("21aquinn")],
    subject="Careers day – thank you and arrangements",
    date=date(2025, 6, 3, 11, 20),
    note="staff direct school line and school postcode to an alumna, pupil helper cc'd",
    text="""Dear Rosie,

Thank you so much for agreeing to come back and talk to our Year 10s about working as a paramedic – it's exactly the kind of session they remember.

Arrangements for Tuesday 17 June:
- Please arrive at main reception by 9.15am. The postcode for satnav is LS1 4AP; visitor parking is on the left as you come through the gates.
- Your session is 9.45–10.45 in the lecture theatre, followed by a Q&A.
- Lunch is on us in the staff room afterwards.

I've copied in Amara Quinn from Year 10, one of our careers ambassadors, who will meet you at reception and look after you on the day.

If anything changes, my direct line here is 01632 960031, or the main office is on 01632 960000.

With thanks,

""" + SIG["alumni"] + "\n")

# ======================================================================
# EVERYDAY (30 clean)
# ======================================================================
add(label="clean", kind="everyday", slug="netball_training_moved", client="iphone",
    frm="hughes", to=[pu("20cnorth"), pu("22rfinch"), pu("22mcosta"), pu("23ifraser"), pu("22fwalsh")],
    subject="training moved to weds", date=date(2025, 1, 27, 7, 3),
    note="short phone-typed reminder to pupils",
    text="""hi all - netball training is wednesday this week not tuesday, courts are being resurfaced. sports hall 3.15-4.30, bring water

miss h

Sent from my iPhone
""")

add(label="clean", kind="everyday", slug="maths_homework_set",
    frm="nowak", to=[pu("22rfinch"), pu("22mcosta"), pu("22fwalsh"), pu("22tmarsh")],
    subject="9X2 homework – due Monday", date=date(2025, 2, 6, 15, 31),
    note="maths homework reminder to pupils",
    text="""Hi 9X2,

Your homework this week is on Sparx as usual – the four tasks on simultaneous equations. It's due on Monday at 8am.

Remember to write your working in your homework book with the bookwork codes. If you get stuck on the elimination method, look back at the example we did on Wednesday (it's in your book, page headed 5/2), or come to maths clinic on Friday lunchtime in M4.

Well done to the nine of you who got 100% last week!

Ms Nowak
""")

NEWSLETTER = """Dear parents and carers,

Welcome to the first newsletter of the summer term. It's been a busy few weeks!

SPORT
Our U14 footballers reached the county cup semi-final, losing narrowly 2–1 to Moorside after extra time. The Year 11 netball team finished second in the coastal league. Congratulations to Caitlin North, who has been selected for the county athletics squad.

PERFORMING ARTS
Bugsy Malone played to four full houses at the end of March and raised £1,870 for the minibus appeal. Auditions for the summer showcase are on 6 and 7 May.

THE FARM
We had eleven lambs this year, all healthy, thanks to a brilliant team of student volunteers over Easter. The goats have been re-homed to the top paddock while the fencing is repaired. Farm club runs every Wednesday 3.15–4.15 – new members very welcome, wellies essential.

EXAMS
GCSE exams begin on Thursday 8 May. The full timetable is on the website. Students should arrive by 8.30am on exam mornings.

DATES
5 May – Bank Holiday, school closed
8 May – GCSE exams begin
14 May – Year 8 parents' evening, 4–7pm
26–30 May – half term
17 June – Careers day (Year 10)

The full newsletter, with photos, is attached.

With best wishes,

Chris Fairbairn
Headteacher

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk
"""
add(label="clean", kind="everyday", slug="summer_newsletter_pdf", fmt="alt", text=NEWSLETTER,
    frm="office", to=[JANE, SAM, ALI], subject="Newsletter – Summer Term 1",
    date=date(2025, 4, 25, 15, 0),
    attachments=[("application/pdf", "Newsletter_Summer1_2025.pdf",
                  tiny_pdf(["Example School Newsletter", "Summer Term 1, 2025", "Sport - Performing Arts - Farm - Exams"]),
                  "base64", "")],
    note="termly newsletter with PDF attachment")

add(label="clean", kind="everyday", slug="absence_reply_short",
    frm="attendance", to=[SAM], subject="RE: Tyler absent today", date=date(2025, 2, 24, 8, 41),
    note="short reply acknowledging absence",
    text="""Morning Sam,

Thanks for letting us know - I've recorded Tyler as ill today. Hope he's feeling better soon.

Sue

""" + SIG["attendance"] + """

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 24 February 2025 07:52
To: Attendance <attendance@example-school.org.uk>
Subject: Tyler absent today

Tyler (8P) has been sick in the night so won't be in today. Sam
""")

add(label="clean", kind="everyday", slug="cover_list_monday",
    frm="cover", to=[st("staffall")], subject="Cover – Monday 10 March", date=date(2025, 3, 7, 16, 12),
    note="cover list to staff: supply teachers and rooms",
    text="""Hi all,

Cover for Monday. Please check carefully – there are a few room changes because of the Year 10 science mocks in the labs.

P1  8C/Ma2  Mrs Bell (supply)   M3
P1  10B/Gg  Mr Whitlock (supply)  H2
P2  7A/En   Mr Jacobs            E5 -> LIB
P3  9X/Sc3  Ms Ruiz (supply)     S14 -> H6
P4  11/PE   Mr Mensah (supply)   Sports Hall
P5  8P/Dr   Mrs Harper           Drama Studio

Work for all of these is in the cover folder, apart from P3 – Ben, could you get that to me by 8am please?

Supply staff: please sign in at reception and collect your lanyard and the day's behaviour log from me in the cover office.

Thanks,
Pete
""")

add(label="clean", kind="everyday", slug="farm_weekend_duty_staff",
    frm="pryce", to=[st("kerr"), ("Craig Dunmore", f"c.dunmore@{DOM}"), ("Becky Tull", f"r.tull@{DOM}")],
    subject="Farm weekend duty – May", date=date(2025, 4, 28, 16, 5), cte="quoted-printable",
    note="staff-only farm rota",
    text="""Hi all,

Weekend farm duties for May – thanks as ever for helping out. Same routine: feed and water everything, check the lambs' water trough (it leaks), collect eggs, and lock the shed. It takes about 40 minutes.

3/4 May – Megan
10/11 May – Craig
17/18 May – Becky
24/25 May – Megan
31 May/1 June – Andy (thank you!)

Andy – the padlock on the top gate has been sticking, is there any chance you could have a look at it this week?

The feed order arrives Thursday. If the goats escape again, they're always in the staff car park.

Megan
""")

add(label="clean", kind="everyday", slug="rehearsal_schedule_cast", fmt="alt", html_style="owa",
    frm="okafor", to=[pu("22fwalsh"), pu("23dsowerby"), pu("24hwebb"), pu("21aquinn"), pu("20cnorth")],
    subject="Rehearsal schedule – weeks 6 & 7", date=date(2025, 2, 28, 16, 30),
    note="rehearsal schedule to cast pupils",
    text="""Hi cast,

Here's the schedule for the next two weeks. Please check which scenes you're called for – if you're not called, you don't need to stay.

Mon 3 Mar – 3.15–5.00 – Act 1 scenes 1–4 (Fat Sam's, the gang)
Wed 5 Mar – 3.15–5.00 – "Tomorrow" and "Bad Guys" choreography with Miss Quayle
Thu 6 Mar – 3.15–4.15 – Blousey and Tallulah only
Mon 10 Mar – 3.15–5.00 – Act 2 run
Wed 12 Mar – 3.15–5.30 – full run, off book!

Harvey – great work last week, just keep working on projecting in the speakeasy scene.

Everyone – lines need to be learned by 12 March. No scripts on stage after that.

Mr Okafor
""")

add(label="clean", kind="everyday", slug="y9_parliament_trip_letter", fmt="mixed_alt",
    frm="hartley", to=[ALI], subject="Year 9 trip to the Houses of Parliament – letter attached",
    date=date(2025, 1, 30, 14, 15),
    attachments=[("application/pdf", "Y9 Parliament trip letter.pdf",
                  tiny_pdf(["Year 9 visit to the Houses of Parliament", "Tuesday 18 March 2025",
                            "Cost: GBP 38 via ParentPay by 28 February"]), "base64", "")],
    note="trip letter with PDF attachment",
    text="""Dear Mr Guardian,

Please find attached a letter about the Year 9 visit to the Houses of Parliament on Tuesday 18 March, as part of Zain's citizenship and history work.

The cost is £38, which covers the coach and the education centre workshop. Payment and consent are both on ParentPay, by Friday 28 February. If cost is a barrier, please contact the school office in confidence – no student will miss out for financial reasons.

The coach leaves at 6.00am and we expect to be back around 9pm, so a packed lunch and some money for tea on the way home will be needed.

Kind regards,

""" + SIG["hartley"] + "\n")

add(label="clean", kind="everyday", slug="y11_report_followup",
    frm="jenkins", to=[JANE], subject="Ella's spring report", date=date(2025, 3, 20, 15, 45),
    note="Head of Year comments on a report",
    text="""Dear Mrs Parent,

Ella's spring report went home today, and I wanted to add a quick note.

Her effort grades are excellent across the board – all 1s and 2s – and three teachers have commented on how much more confident she is in class discussion. The only real concern is science, where she's missed two required practicals because of the netball fixtures. Mr Sutcliffe is running a catch-up session on Tuesday 25 March after school, and it's important she goes, as the practicals come up in the exam.

Otherwise, she is exactly where we'd want her to be with seven weeks to go.

Kind regards,

""" + SIG["jenkins"] + "\n")

add(label="clean", kind="everyday", slug="humanities_meeting_notes", fmt="alt",
    frm="hartley", to=[st("humanities")], subject="Dept meeting notes – 12 Feb", date=date(2025, 2, 12, 17, 20),
    note="department meeting notes, staff-only",
    text="""Hi all,

Notes from tonight, for those who couldn't make it:

1. Year 8 coastal fieldwork – provisionally Thursday 12 June, North Bay. Risk assessment to Fiona by 1 April. Tide times checked: low tide 11.40am, so we're fine for the profiles.
2. Y11 revision – after-school sessions Tues (history) and Thurs (geography) from 4 March. Please add yours to the shared timetable.
3. Supply cover – Tom is with us until at least Easter. Please keep cover work on the shared drive with the seating plans; he said last week's was really clear, so thank you.
4. Marking – moderation of Y9 assessments on 5 March, bring three scripts each (high, middle, low).
5. AOB – the Year 9 Parliament trip has 48 of 60 places taken.

Next meeting 12 March.

Zoë
""")

add(label="clean", kind="everyday", slug="praise_postcard_zain",
    frm="trevelyan", to=[ALI], subject="Some good news about Zain", date=date(2025, 3, 27, 12, 10),
    note="short praise message to parent",
    text="""Dear Mr Guardian,

Just a quick one to say that Zain has been nominated by three different teachers for Year 9 Star of the Week. He's been working hard in every lesson since half term and Mrs Hartley says his Parliament trip write-up was one of the best she's read.

He'll get his certificate in assembly tomorrow. Please do tell him how proud you are!

Best wishes,

""" + SIG["trevelyan"] + "\n")

add(label="clean", kind="everyday", slug="y10_mock_timetable",
    frm="exams", to=[pu("21aquinn"), pu("21emorris"), pu("21kbaxter"), pu("21pnkemelu")],
    subject="Year 10 mocks – timetable and rules", date=date(2025, 6, 6, 9, 15),
    note="mock exam timetable to pupils",
    text="""Hi Year 10,

Your end-of-year mocks start on Monday 16 June. The full timetable is on Teams (Year 10 > Files > Mocks). Highlights:

Mon 16 – English Language P1 (am), Maths P1 (pm)
Tue 17 – Combined Science Biology (am)
Wed 18 – History (am), Geography (pm)
Thu 19 – Maths P2 (am), Spanish/German listening (pm)
Fri 20 – English Literature (am)

Same rules as the real thing: clear pencil case, no watches of any kind, phones switched off and handed in at the door. Arrive at the sports hall by 8.40am for morning exams.

Mr Dowd
""")

ALUMNI_NEWS = """Dear former students,

It's been a busy year here, and we wanted to share some news with our alumni community.

Reunions: the Class of 2015 had their ten-year reunion in the school hall in March – over eighty people came, and several got lost on the way to the canteen, which has moved. The Class of 2005 are planning theirs for October; get in touch if you'd like to help.

Minibus appeal: thank you to the many alumni who have donated. We have now raised £14,300 of our £18,000 target to replace our oldest minibus. If you'd like to help us get over the line, the link is on our alumni page.

Careers day: we're looking for alumni to talk to Year 10 and 11 students about their jobs – especially in engineering, the NHS, marine industries and the creative arts. Just reply to this email if you're interested.

Summer showcase: alumni are warmly invited to our summer showcase on Thursday 10 July at 7pm. Tickets will be on the website from June.

Best wishes,

""" + SIG["alumni"] + """

You are receiving this because you signed up to the Example School alumni network. Reply "unsubscribe" to stop receiving these emails.
"""
add(label="clean", kind="everyday", slug="alumni_newsletter", fmt="alt", text=ALUMNI_NEWS,
    frm="alumni", to=[("Alumni network", f"alumni@{DOM}")],
    cc=[("Leon Pascoe", "leonpascoe@hotmail.co.uk"), ("Grace Whitby", "gracewhitby_07@yahoo.co.uk")],
    subject="Alumni news – spring 2025", date=date(2025, 4, 10, 10, 0),
    note="alumni newsletter to former students (adults)")

add(label="clean", kind="everyday", slug="site_boiler_car_park",
    frm="kerr", to=[st("staffall")], subject="Heating + car park Thursday", date=date(2025, 1, 21, 7, 11),
    note="site manager notice to staff",
    text="""Morning all,

The boiler in the sports block is down again. The engineer is coming at 10. Until then the changing rooms will be cold, so PE may want to keep the kids in their hoodies.

Also, on Thursday the staff car park by the farm will be closed from 7am-1pm while the contractors resurface the bottom half. Please park on the top playground (cones will be out) and leave the bays by the kitchen free for the food delivery.

Thanks,
Andy

""" + SIG["kerr"] + "\n")

add(label="clean", kind="everyday", slug="invoice_query_supplier", cte="quoted-printable",
    frm="finance", to=[("Seaside Sports Supplies – Accounts", "accounts@seasidesports.example.com")],
    subject="Invoice SSS-20417 – query", date=date(2025, 3, 6, 11, 33),
    note="finance query to supplier about invoice",
    text="""Good morning,

We have received invoice SSS-20417 dated 28 February for £1,246.80 (netball posts, bibs and 40 match balls), against our purchase order PO-2025-0183.

The invoice includes 2 × replacement post pads at £38.50 each which weren't on our order and haven't been delivered. Could you please either send a credit note for £77.00 plus VAT or confirm that they're on their way?

Once that's sorted I'll release payment – it's on our next BACS run.

Kind regards,

""" + SIG["finance"] + "\n")

add(label="clean", kind="everyday", slug="access_arrangements_fwd",
    frm="adeyemi", to=[st("exams")], cc=[st("jenkins")],
    subject="FW: access arrangements – Y11", date=date(2025, 4, 24, 13, 55),
    note="forwarded staff-only mail about exam access arrangements",
    text="""Hi Martin,

Forwarding Carys's email below. I've now got the evidence for all three, so can you add them to the list for the summer?

- 25% extra time: two students (forms on the shared drive, AA folder)
- reader: one student, for English only
- rest breaks: the student Carys mentions – I'd suggest a separate room as well

Let me know if there's a problem with rooming, I know S14 is tight.

Lola

-----Original Message-----
From: Carys Jenkins <c.jenkins@example-school.org.uk>
Sent: 23 April 2025 16:02
To: Lola Adeyemi <l.adeyemi@example-school.org.uk>
Subject: access arrangements – Y11

Hi Lola, just checking the rest-break arrangement for the student we discussed is in place before the exams start? Mum asked at parents' evening. Thanks, Carys
""")

add(label="clean", kind="everyday", slug="pe_kit_reminder_short",
    frm="hughes", to=[ALI], subject="Zain's PE kit", date=date(2025, 2, 4, 13, 2),
    note="brief kit reminder to parent",
    text="""Hi Mr Guardian,

Just to let you know Zain has forgotten his PE kit three times in the last fortnight. Could you help him remember on Tuesdays and Fridays? It doesn't need to be anything fancy – shorts, a t-shirt and trainers are fine.

Thanks,

""" + SIG["hughes"] + "\n")

add(label="clean", kind="everyday", slug="cover_p3_yes_phone", client="iphone",
    frm="sutcliffe", to=[st("cover")], subject="Re: p3 cover?", date=date(2025, 3, 18, 7, 34),
    note="two-line phone reply between staff",
    text="""yep fine, ill take 9X p3. leave the work in S12

Sent from my iPhone

> On 18 Mar 2025, at 07:21, Pete Oyelaran <cover@example-school.org.uk> wrote:
> 
> Ben, any chance you could cover 9X Science p3? Supply's pulled out. Pete
""")

add(label="clean", kind="everyday", slug="revision_session_reply_pupil",
    frm="hartley", to=[pu("20cnorth")], subject="Re: history revision", date=date(2025, 4, 29, 19, 20),
    note="teacher replies to pupil's revision question",
    text="""Hi Caitlin,

Good question. For the Elizabethan England paper, the historic environment site this year is the Globe Theatre, so make sure you know:
- why it was built where it was (Southwark, outside the City's control)
- who went and what it tells us about Elizabethan society
- how it links to attitudes to the theatre and the Puritans

The revision booklet has a page on it (p.14), and there's a past question in the practice paper from March. I'll go over it in Tuesday's after-school session if you want to come along – H2, 3.20pm.

You're doing really well, keep going!

Mrs Hartley

""" + SIG["hartley"] + """

________________________________
From: Caitlin North <20cnorth@pupils.example-school.org.uk>
Sent: 29 April 2025 17:46
To: Zoë Hartley <z.hartley@example-school.org.uk>
Subject: history revision

Miss what do we need to know for the historic environment question?? I can't find it in my notes
""")

add(label="clean", kind="everyday", slug="showcase_costumes_letter", fmt="alt", html_style="owa",
    frm="quayle", to=[SAM, ALI], subject="Summer showcase – costumes",
    date=date(2025, 6, 18, 15, 25),
    note="costume letter to parents",
    text="""Dear parents and carers,

We're really looking forward to the summer showcase on Thursday 10 July. Thank you to everyone who has helped with costumes already.

For the group dance pieces, students need:
- Year 7 and 8: plain black leggings or joggers and a plain white t-shirt (no logos)
- Year 9 and 10: all black, with a long-sleeved top
- Dance squad: squad t-shirt (provided) and black leggings

Bare feet for all contemporary pieces; jazz shoes for the squad if they have them.

Please label everything! After last year's show we had seventeen unclaimed black t-shirts.

If buying any of these is difficult, just let me know – we have a costume store and can lend items.

Many thanks,

""" + SIG["quayle"] + "\nExample School, Park Row, Leeds LS1 4AP\n")

add(label="clean", kind="everyday", slug="y9_art_sketchbooks", cte="quoted-printable",
    frm="ellisroberts", to=[pu("22tmarsh"), pu("22rfinch"), pu("22mcosta"), pu("22fwalsh")],
    subject="Year 9 art – sketchbooks by Friday", date=date(2025, 5, 6, 15, 35),
    note="art teacher reminder to pupils",
    text="""Hi 9Ar1,

A reminder that your sketchbooks are due in on Friday for marking. For the "Coastlines" project you should have:

• three observational drawings (beach objects, boats or the harbour)
• your artist research page on Maggi Hambling or another artist of your choice
• at least two experiments with mixed media (ink, collage, watercolour)

If you did your harbour drawings on loose paper, stick them in – don't leave them floating about in your bag.

Diolch!
Miss Ellis-Roberts
""")

HEAD_LETTER = """Dear parents and carers,

As we come to the end of the spring term, I wanted to thank you for your support over what has been a very full few months.

Our students have represented the school with real distinction. Bugsy Malone sold out every night; our footballers, netballers and cross-country runners have brought home more trophies than the cabinet can hold; and our Year 11 students have approached their mocks with a maturity that bodes well for the summer.

I would also like to thank the many families who have supported the farm, the minibus appeal and our work with local charities. The Easter lambing volunteers deserve a special mention.

A few reminders:
- School closes at 1.30pm on Friday 4 April. Buses have been rearranged accordingly.
- The summer term begins for students on Wednesday 23 April (Tuesday 22nd is a staff training day).
- Year 11 Easter revision sessions are listed on the website; attendance is strongly encouraged.

I wish you all a restful Easter.

Yours sincerely,

Chris Fairbairn
Headteacher

Example School, Park Row, Leeds LS1 4AP
Telephone: 01632 960000
"""
add(label="clean", kind="everyday", slug="head_end_of_term_b64", fmt="alt", text=HEAD_LETTER, cte="base64",
    frm="head", to=[JANE, SAM, ALI], subject="End of spring term letter from the Headteacher",
    date=date(2025, 4, 1, 12, 0),
    note="formal end-of-term letter, base64 bodies")

add(label="clean", kind="everyday", slug="supply_handover_to_hod",
    frm="whitlock", to=[st("hartley")], subject="Today's lessons - handover", date=date(2025, 3, 19, 15, 58),
    note="supply teacher's handover to head of department",
    text="""Hi Zoe,

Quick handover from today:

10B (p1) - finished the coastal management table, most got to the 6-marker. Two didn't bring books (names on the sheet on your desk).
8C (p3) - map skills lesson went fine, grid refs sorted. Very chatty after break, moved two lads but nothing major.
11G (p5) - past paper Q on rivers. Marked and on your desk, they're struggling with the hydrograph questions so might be worth another go.

I've logged the 8C moves on the behaviour system.

Thanks,
Tom
""")

add(label="clean", kind="everyday", slug="sponsored_swim_thanks", fmt="alt",
    frm="alumni", to=[JANE, SAM, ALI], subject="Sponsored swim – thank you! 🏊", date=date(2025, 5, 23, 11, 45),
    note="fundraising thank-you to parents",
    text="""Dear parents and carers,

A huge thank you to everyone who sponsored our students in last Saturday's sea swim and pool relay. Despite the cold (13 degrees in the harbour!) 86 students took part, and so far you have raised an amazing £3,412 for the minibus appeal.

Please send in any remaining sponsor money by Friday 6 June, in an envelope with your child's name and tutor group, or on ParentPay under "Donations".

Special thanks to the lifeguards from the RNLI station and to the staff who got in the water too.

With gratitude,

""" + SIG["alumni"] + "\n")

add(label="clean", kind="everyday", slug="dsl_training_reminder",
    frm="dsl", to=[st("staffall")], subject="Safeguarding update training – INSET Tuesday",
    date=date(2025, 4, 17, 9, 30),
    note="DSL training reminder to staff",
    text="""Dear colleagues,

A reminder that the annual safeguarding update is the first session on the INSET day (Tuesday 22 April), 8.45–10.15 in the lecture theatre.

It's compulsory for all staff, including supply and cover staff who are with us for the summer term, volunteers and the farm team. If you can't make it, please let me know before Easter and I'll arrange the online catch-up.

Please make sure you've read Part 1 of Keeping Children Safe in Education before the session. The sign-off form is on the staff shared drive.

Thanks,
Karen
""")

add(label="clean", kind="everyday", slug="german_vocab_test", cte="8bit",
    frm="lindqvist", to=[pu("22tmarsh"), pu("22rfinch"), pu("22mcosta"), pu("23ifraser")],
    subject="Vokabeltest Freitag!", date=date(2025, 5, 14, 16, 2),
    note="vocab test reminder to pupils, 8bit body",
    text="""Hallo Klasse 9G!

Reminder: vocab test on Friday, Module 4 (Freizeit – free time). Learn page 3 of the vocab booklet: the hobbies, "ich spiele / ich gehe / ich fahre" and the opinion phrases.

Also remember the umlauts! "Fußball" and "schwimmen gehen" were the ones most people lost marks on last time.

Viel Glück!
Frau Lindqvist
""")

add(label="clean", kind="everyday", slug="tour_phone_question_reply",
    frm="ellery", to=[JANE], subject="Re: Jersey tour – phones?", date=date(2025, 3, 31, 12, 40),
    note="reply to parent's question about phones on tour",
    text="""Hi Jane,

Yes, Ella can bring her phone. They'll have them in the evenings and on the ferry, but they'll be collected at 10pm and given back at breakfast. Please check roaming is switched on – Jersey isn't covered by some UK "roam like home" deals, so it's worth a look at her contract before we go.

And no, she won't need an adaptor – Jersey uses UK plugs.

Thanks,
Fiona

""" + SIG["ellery"] + """

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 30 March 2025 18:02
To: Fiona Ellery <f.ellery@example-school.org.uk>
Subject: Jersey tour – phones?

Hi Mrs Ellery, is Ella allowed her phone on the tour? And will she need an adaptor? Thanks, Jane
""")

add(label="clean", kind="everyday", slug="science_practical_goggles",
    frm="sutcliffe", to=[pu("21emorris"), pu("21kbaxter"), pu("21aquinn"), pu("21pnkemelu")],
    subject="10S1 – required practical tomorrow", date=date(2025, 1, 22, 16, 40),
    note="science practical reminder to pupils",
    text="""Hi 10S1,

Tomorrow we're doing the rates of reaction required practical (sodium thiosulfate and hydrochloric acid – the disappearing cross). Reminders:

- Long hair tied back, blazers off and hung up before we start
- Goggles on the whole time, including when you're clearing up
- Bring your practical book – you need to write the method in your own words before we start

If you were absent last lesson, read pages 112–113 in the textbook tonight so you know what's going on.

Mr Sutcliffe
""")

add(label="clean", kind="everyday", slug="farm_club_parent_thanks",
    frm="pryce", to=[JANE], subject="Thank you for the hay!", date=date(2025, 2, 18, 13, 12),
    note="thanks a parent for a donation",
    text="""Dear Jane,

Ella dropped off the bales of hay this morning – thank you so much! That will keep the goats going for at least a month, and it came just as we were running low.

We'll put a thank-you in the next farm club update.

Best wishes,

""" + SIG["pryce"] + "\n")

add(label="clean", kind="everyday", slug="late_minibus_return_notice", client="android",
    frm="mensah", to=[st("office")], subject="u15s running late", date=date(2025, 3, 15, 12, 58),
    note="phone-typed message to office asking them to update parents",
    text="""hi lisa sorry to bother you on a sat if your checking - we're running about 40 mins late, crash on the coast road. back about 1.45 not 1. could you put a message on the app for the u15 parents pls

cheers will

Sent from Outlook for Android
""")


# ======================================================================
def main():
    flags = [m for m in M if m["label"] == "flag"]
    cleans = [m for m in M if m["label"] == "clean"]
    hard = [m for m in cleans if m.get("kind") == "hard"]
    assert len(flags) == 20 and len(cleans) == 60 and len(hard) == 30, (len(flags), len(cleans), len(hard))
    order = list(M)
    random.Random(1414).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    slugs = set()
    for i, m in enumerate(order, 1):
        assert m["slug"] not in slugs
        slugs.add(m["slug"])
        m["_n"] = i
        m["from"] = st(m["frm"])
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m))
        recips = [a for _, a in m["to"]] + [a for _, a in m.get("cc", [])]
        note = ("hard negative: " if m.get("kind") == "hard" else "") + m["note"]
        rows.append([fname, m["label"], m["from"][1], " ".join(recips), note])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
