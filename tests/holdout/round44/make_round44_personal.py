#!/usr/bin/env python3
"""Generate the round-44 blind hold-out corpus for the personal-address-to-parent module.

Writes NNN_<flag|clean>_<slug>.eml files, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 stdlib only; the output is
byte-identical from run to run (fixed dates, Message-IDs, MIME boundaries, fixed shuffle).

Setting: a performing-arts specialist school (11-18): drama, dance, music, auditions,
child performance licences, chaperones, agents, show weeks.

BLIND: written without reading the filter's code, rules or tests.  Never tune on it.
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people
STAFF = {
    "hughes": ("Rhian Hughes", "r.hughes", "Head of Drama"),
    "oyelaran": ("Marcus Oyelaran", "m.oyelaran", "Director of Music"),
    "chandrasekar": ("Priya Chandrasekar", "p.chandrasekar", "Head of Dance"),
    "whitlock": ("Tom Whitlock", "t.whitlock", "Head of Year 10"),
    "licensing": ("Bethan Lloyd-Pryce", "licensing", "Performance Licensing & Chaperone Coordinator"),
    "attendance": ("Gareth Mensah", "attendance", "Attendance Officer"),
    "office": ("Sarah Kettleby", "office", "Office Manager"),
    "dsl": ("Dr Helen Ashworth", "dsl", "Deputy Headteacher & Designated Safeguarding Lead"),
    "keane": ("Fionnuala Keane", "f.keane", "Teacher of English"),
    "szymanski": ("Daniel Szyma\u0144ski", "d.szymanski", "Vocal Coach"),
    "marchetti": ("Chlo\u00e9 Marchetti", "c.marchetti", "Teacher of French & Chamber Choir Director"),
    "pritchard": ("Owen Pritchard", "o.pritchard", "Technical Theatre Manager"),
    "nwosu": ("Amara Nwosu", "a.nwosu", "Head of Sixth Form"),
    "kerr": ("Lewis Kerr", "l.kerr", "Teacher of Music Technology"),
    "exams": ("Jo Fairbairn", "exams", "Exams Officer"),
    "greaves": ("Hannah Greaves", "h.greaves", "School Nurse"),
    "hr": ("Patricia Olumide", "hr", "HR & Business Manager"),
    "castell": ("Ben Castell", "b.castell", "Head of Year 11"),
    "mcgowan": ("Isla McGowan", "i.mcgowan", "Wardrobe & Costume Supervisor"),
    "head": ("Kieran Doherty", "headteacher", "Headteacher"),
    "mallory": ("Jess Mallory", "j.mallory", "Musical Theatre Lead"),
    "sorensen": ("Leah Sorensen", "l.sorensen", "Teacher of Dance"),
    "bryce": ("Natasha Bryce", "n.bryce", "Head of Year 8"),
    "delgado": ("Rosa Delgado", "r.delgado", "Teacher of Music (Strings)"),
    "threlfall": ("Ian Threlfall", "i.threlfall", "Director of Productions"),
    "library": ("Margaret Ilesanmi", "library", "Librarian (Score & Script Library)"),
    "evans": ("Si\u00e2n Evans", "s.evans", "Teacher of Music"),
}


def staff(key):
    name, local, _role = STAFF[key]
    return (name, f"{local}@{SCHOOL}")


def role(key):
    return STAFF[key][2]


def colleague(name, local):
    return (name, f"{local}@{SCHOOL}")


PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}

PUPIL_LIST = {
    "tobi": ("Tobi Okonkwo", "19tokonkwo"),        # Y13
    "grace": ("Grace Morrow", "19gmorrow"),        # Y13
    "erin": ("Erin Brennan", "20ebrennan"),        # Y12
    "kai": ("Kai Foster", "20kfoster"),            # Y12
    "freddie": ("Freddie Whittaker", "20fwhittaker"),  # Y12
    "lila": ("Lila Baptiste", "21lbaptiste"),      # Y11
    "nia": ("Nia Da Silva", "21ndasilva"),         # Y11
    "three": ("Example Pupil Three", "21epthree"),  # Y11
    "harvey": ("Harvey Naylor", "22hnaylor"),      # Y10
    "zara": ("Zara Ahmed", "22zahmed"),            # Y10
    "oscar": ("Oscar Cheng", "22ocheng"),          # Y10
    "one": ("Example Pupil One", "22epone"),        # Y10
    "tolu": ("Tolu Adeyemi", "23tadeyemi"),        # Y9
    "imogen": ("Imogen Poole", "23ipoole"),        # Y9
    "two": ("Example Pupil Two", "24eptwo"),        # Y8
    "ravi": ("Ravi Singh", "24rsingh"),            # Y8
    "maisie": ("Maisie Collins", "25mcollins"),    # Y7
    "zoe": ("Zo\u00eb Fairweather", "25zfairweather"),  # Y7
}


def parent(key):
    return PARENTS[key]


def pupil(key):
    name, local = PUPIL_LIST[key]
    return (name, f"{local}@{PUPILS}")


def ext(name, addr):
    return (name, addr)


# --------------------------------------------------------------------------- signatures
def sig(key, style=1, extra=None):
    name, local, rl = STAFF[key]
    lines = []
    if style == 1:
        lines = ["--", name, rl, "Example School | Park Row | Leeds LS1 4AP",
                 "T: 01632 960000 | www.example-school.org.uk"]
    elif style == 2:
        lines = [name, rl, "Example School, Park Row, Leeds LS1 4AP", "Switchboard: 01632 960000"]
    elif style == 3:
        lines = [name, f"{rl}, Example School"]
    elif style == 4:
        lines = [name, rl, "Example School - a specialist school for the performing arts",
                 "Park Row, Leeds LS1 4AP  |  01632 960000  |  " + f"{local}@{SCHOOL}",
                 "",
                 "This e-mail and any attachments are confidential and intended for the named",
                 "recipient only. If you have received it in error please tell the sender and",
                 "delete it. Example School is a company limited by guarantee."]
    elif style == 5:
        lines = [name + " (she/her)" if key in ("sorensen", "mallory", "evans") else name,
                 rl, "Example School", "01632 960000"]
    if extra:
        lines += extra
    return "\n".join(lines)


# --------------------------------------------------------------------------- MIME building
class Leaf:
    def __init__(self, ctype, data, cte="7bit", charset="utf-8", filename=None,
                 disposition=None, params=None):
        self.ctype = ctype
        self.data = data
        self.cte = cte
        self.charset = charset
        self.filename = filename
        self.disposition = disposition
        self.params = params or []


class Multi:
    def __init__(self, subtype, parts, params=None):
        self.subtype = subtype
        self.parts = parts
        self.params = params or []


def plain(text, cte="7bit"):
    return Leaf("text/plain", text, cte)


def html(markup, cte="quoted-printable"):
    return Leaf("text/html", markup, cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style="outlook"):
    """Render a plain-text body as a mail client would for the HTML alternative."""
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [esc(x) for x in p.split("\n")]
        if style == "outlook":
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="EN-GB">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">\n' + body + "\n</div>\n"


def alt(text, markup=None, style="outlook", cte_text="quoted-printable", cte_html="quoted-printable"):
    if markup is None:
        markup = to_html(text, style)
    return Multi("alternative", [Leaf("text/plain", text, cte_text), Leaf("text/html", markup, cte_html)])


def mixed(*parts):
    return Multi("mixed", list(parts))


def attach(filename, ctype, data, cte="base64", charset=None):
    return Leaf(ctype, data, cte, charset=charset, filename=filename, disposition="attachment")


def fake_pdf(title, lines):
    body = "BT /F1 11 Tf 72 760 Td (" + title.replace("(", "[").replace(")", "]") + ") Tj ET\n"
    y = 740
    for ln in lines:
        body += f"BT /F1 10 Tf 72 {y} Td (" + ln.replace("(", "[").replace(")", "]") + ") Tj ET\n"
        y -= 14
    stream = body.encode("latin-1", "replace")
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
           b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
           b"4 0 obj<</Length " + str(len(stream)).encode() + b">>stream\n" + stream +
           b"endstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    return pdf


def encode_body(leaf):
    data = leaf.data
    if isinstance(data, str):
        raw = data.encode(leaf.charset or "utf-8")
    else:
        raw = data
    if leaf.cte == "7bit":
        raw.decode("ascii")  # must be ASCII
        for ln in raw.split(b"\n"):
            assert len(ln) <= 998
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if leaf.cte == "8bit":
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if leaf.cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if leaf.cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(leaf.cte)


def hdr_text(s):
    """Header value: RFC 2047 encode when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def addr(pair):
    name, a = pair
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def render(node, seed, depth=0):
    """Return (header_lines, body_bytes) for a MIME node."""
    if isinstance(node, Leaf):
        ct = node.ctype
        if node.ctype.startswith("text/") and node.charset:
            ct += f'; charset="{node.charset}"'
        for k, v in node.params:
            ct += f'; {k}="{v}"'
        if node.filename:
            ct += f'; name="{node.filename}"'
        hl = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {node.cte}"]
        if node.disposition:
            hl.append(f'Content-Disposition: {node.disposition}; filename="{node.filename}"')
        return hl, encode_body(node)
    boundary = "_%03d_%s_%d_=" % (depth, hashlib.sha1(seed.encode()).hexdigest()[:20], depth)
    boundary = ("----=_NextPart" if depth % 2 == 0 else "--_Part") + boundary
    ct = f'Content-Type: multipart/{node.subtype};\n\tboundary="{boundary}"'
    for k, v in node.params:
        ct += f'; {k}="{v}"'
    out = b""
    if depth == 0:
        out += b"This is a multi-part message in MIME format.\n\n"
    for i, p in enumerate(node.parts):
        hl, body = render(p, seed + f".{depth}.{i}", depth + 1)
        out += f"--{boundary}\n".encode() + "\n".join(hl).encode() + b"\n\n" + body
    out += f"--{boundary}--\n".encode()
    return [ct], out


BST_START = dt.datetime(2025, 3, 30, 1, 0)
BST_END = dt.datetime(2025, 10, 26, 1, 0)
BST_START2 = dt.datetime(2026, 3, 29, 1, 0)


def mkdate(y, mo, d, h, mi, s=0):
    naive = dt.datetime(y, mo, d, h, mi, s)
    bst = BST_START <= naive < BST_END or naive >= BST_START2
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return format_datetime(naive.replace(tzinfo=tz))


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": None,
    "iphone": ("X-Mailer", "iPhone Mail (21G93)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "mis": ("X-Mailer", "SchoolComms Bulk Mailer 4.2"),
}

MESSAGES = []


def M(kind, slug, note, frm, to, subject, date, body, cc=(), reply_to=None,
      mailer="outlook", extra_headers=()):
    assert kind in ("flag", "clean")
    MESSAGES.append(dict(kind=kind, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         reply_to=reply_to, subject=subject, date=date, body=body,
                         mailer=mailer, extra=list(extra_headers)))


def build(m):
    seed = "r44p-" + m["slug"]
    h = hashlib.sha1(seed.encode()).hexdigest()
    lines = [f"From: {addr(m['frm'])}"]
    lines.append("To: " + ",\n\t".join(addr(x) for x in m["to"]))
    if m["cc"]:
        lines.append("Cc: " + ",\n\t".join(addr(x) for x in m["cc"]))
    if m["reply_to"]:
        lines.append(f"Reply-To: {addr(m['reply_to'])}")
    lines.append(f"Subject: {hdr_text(m['subject'])}")
    lines.append(f"Date: {m['date']}")
    lines.append(f"Message-ID: <{h[:12].upper()}.{h[12:20]}@{SCHOOL}>")
    for k, v in m["extra"]:
        lines.append(f"{k}: {v}")
    mh = MAILERS.get(m["mailer"])
    if mh:
        lines.append(f"{mh[0]}: {mh[1]}")
    lines.append("MIME-Version: 1.0")
    hl, body = render(m["body"], seed)
    lines += hl
    return "\n".join(lines).encode("ascii") + b"\n\n" + body

# =========================================================================== FLAGS (20)

M("flag", "recall_mobile_weekend",
  "drama head gives parent her own mobile for a West End recall chat",
  staff("hughes"), [parent("jane")],
  "Recall for The Lantern Girl - next steps",
  mkdate(2025, 10, 16, 17, 42),
  plain("""Dear Jane,

Great news - the casting office for the UK tour of The Lantern Girl rang this
afternoon and they'd like Example Pupil One back for a recall on Saturday 25th
October in London (Pineapple-style studios near Covent Garden, I'll send the
exact address once they confirm it). They want the same song - first verse and
chorus of "Where the River Bends" - and there will be a short dance call too,
so jazz shoes and something she can move in.

I know it's short notice and I know train fares to London aren't nothing, so
please don't feel under any pressure. The licence side of things only kicks in
if she's offered the part, so there's nothing to fill in yet.

If it would help to talk it through, the office closes at half four, so it's
probably easiest to ring my mobile, 07700 900314, any time over the weekend.
I'll have it with me.

She was brilliant in the first round. I'm really proud of her.

Best wishes,
Rhian

""" + sig("hughes", 2)),
  mailer="outlook")

M("flag", "late_bus_text_hyphen",
  "music director tells Y9 pupil to text his mobile (hyphenated) if bus late",
  staff("oyelaran"), [pupil("tolu")],
  "Re: Symphonic Winds tonight",
  mkdate(2025, 11, 4, 12, 41),
  alt("""Hi Tolu,

No problem about tonight - come straight from your trumpet lesson and slip in
at the back. We're starting with the second movement of the Holst anyway, so
you won't miss much.

If the 19 is running late again and you think you'll miss the start, just
text me on 07700-900-562 so I know you're on your way and I don't send a search
party out. And don't forget your straight mute this time!

Mr O

On 4 Nov 2025, at 12:03, Tolu Adeyemi <23tadeyemi@pupils.example-school.org.uk> wrote:
> Sir I might be late for Winds tonight because I have trumpet with Mr Hale
> till 4 and then I have to get the bus from the annexe. Is that ok?
""", style="gmail"),
  mailer="iphone",
  extra_headers=[("In-Reply-To", "<3F1A.23tadeyemi.1104@pupils.example-school.org.uk>")])

M("flag", "summer_intensive_html_nbsp",
  "HTML-only; head of dance gives carer her mobile with &nbsp; between digit groups",
  staff("chandrasekar"), [parent("sam")],
  "Summer intensive - a reference for Example Pupil Two",
  mkdate(2025, 11, 20, 19, 8),
  html("""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Sam,</p>
<p>Thank you for staying behind after the Year 8 sharing on Tuesday &ndash; it was lovely to
meet you properly. As promised, here is the information about the Northern Contemporary
Dance summer intensive I mentioned.</p>
<ul>
<li>Two weeks in August, in Manchester, non-residential</li>
<li>Audition class on Saturday 7 February (places are limited, so it's worth applying early)</li>
<li>They ask for a short reference from a dance teacher &ndash; I'm very happy to write this</li>
</ul>
<p>Example Pupil Two has come on enormously this term, particularly in her floor work, and I
think she would get a great deal out of it. There are bursaries available and I can point you
towards the form.</p>
<p>If it's easier to have a quick chat than to go back and forth on email, my number is
<b>07700&nbsp;900&nbsp;871</b> &ndash; drop me a text and I'll ring you back once my evening
classes finish.</p>
<p>Warm wishes,<br>Priya</p>
<p style="font-size:12px;color:#666">Priya Chandrasekar<br>Head of Dance<br>
Example School, Park Row, Leeds LS1 4AP<br>01632&nbsp;960000</p>
</body></html>
"""),
  mailer="outlook")

M("flag", "coursework_replyto_gmail",
  "English teacher sets Reply-To to her personal gmail when writing to a parent",
  staff("keane"), [parent("ali")],
  "Streetcar essay - extension agreed",
  mkdate(2025, 11, 9, 20, 15),
  plain("""Dear Mr Guardian,

Thank you for letting me know about the clash with the Year 11 showcase
rehearsals. I've agreed an extension for Example Pupil Three's A Streetcar
Named Desire essay until Friday 21st November - please don't worry, it won't
count against him.

He has a real feel for Blanche's speeches, and I'd much rather have a
considered essay a week late than a rushed one on time. If he wants to send me
a plan before he starts writing, I'll happily look over it.

I'm away on the exam board marking course Monday to Wednesday and my school
email is refusing to work on my laptop, so I've set this message to reply to
my home account - anything you send back will come to me there and I'll pick
it up in the evenings.

Kind regards,

Fionnuala Keane
Teacher of English
Example School, Park Row, Leeds LS1 4AP
""", cte="8bit"),
  reply_to=("Fionnuala Keane", "fionnuala.keane.home@gmail.com"),
  mailer="thunderbird")

M("flag", "cc_home_hotmail_half_term",
  "head of year cc's his own hotmail on mail to parent so he can reply over half term",
  staff("whitlock"), [parent("jane")],
  "Friendship issue after Tuesday's drama session",
  mkdate(2025, 10, 23, 16, 52),
  alt("""Dear Ms Parent,

Thank you for your call this morning. I've now spoken to Example Pupil One and
to the two girls involved in the group devising task. I don't think there was
any deliberate unkindness, but there was a falling-out over who got the
monologue in the final piece and some comments were made in the changing rooms
afterwards that upset her. Mrs Hughes is going to re-jig the groups so the
three of them aren't working together for the rest of the unit.

Example Pupil One seemed much brighter by lunchtime and told me she was happy
with how we'd left it, but please do let me know if she says anything
different at home.

I've copied in my home email as we break up tomorrow for half term and I don't
want this left hanging for a week - if anything comes up just reply all and
I'll see it.

Best wishes,
Tom Whitlock
Head of Year 10
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", style="outlook"),
  cc=[("Tom Whitlock", "tomwhitlock82@hotmail.co.uk")],
  mailer="outlook")

M("flag", "costume_whatsapp_group_b64",
  "base64 body; wardrobe supervisor asks cast parents to add her on WhatsApp (own number) for a group",
  staff("mcgowan"), [parent("jane"), parent("sam"), parent("ali")],
  "Into the Woods \u2013 costume bits from home",
  mkdate(2026, 2, 24, 21, 3),
  plain("""Hi all,

We're nearly there with costumes for Into the Woods - the big pieces are made
and hanging in wardrobe with names on. There are just a few things we're asking
families to provide from home, please:

\u2022 plain black socks (no logos) and black leggings or tights
\u2022 flat black shoes that stay on when they run - no backless pumps!
\u2022 a plain white or cream vest top to go under the villager costumes
\u2022 hair: girls with long hair, low bun please; everyone else, nothing gelled

Could everything come in by Friday 6th March in a carrier bag with your child's
name on, so I can do the final fittings the week before we open.

Honestly it'd be much easier to do this over WhatsApp than email - I can send
photos of exactly what I mean. If you add me (07700 900 645) I'll make a little
group for the cast parents and we can sort it all there.

Thanks so much,
Isla x

Isla McGowan
Wardrobe & Costume Supervisor
Example School, Park Row, Leeds LS1 4AP
""", cte="base64"),
  mailer="iphone")

VCARD_BETHAN = """BEGIN:VCARD
VERSION:3.0
N:Lloyd-Pryce;Bethan;;;
FN:Bethan Lloyd-Pryce
ORG:Example School
TITLE:Licensing & Chaperone Coordinator
TEL;TYPE=CELL,VOICE:07700 900238
EMAIL;TYPE=HOME,INTERNET:bethan.lp@yahoo.co.uk
NOTE:Filming days - text or ring any time
END:VCARD
""".replace("\n", "\r\n")

M("flag", "licence_vcard_own_mobile",
  "licensing coordinator attaches vCard with her own mobile and home yahoo address for a parent",
  staff("licensing"), [parent("sam")],
  "Licence approved - filming w/c 10 November",
  mkdate(2025, 11, 3, 15, 26),
  mixed(alt("""Dear Sam,

Good news: Leeds City Council have granted the performance licence for Example
Pupil Two's filming with Brightwater Pictures (licence ref CPL/2025/04471). The
schedule is Monday 10th to Thursday 13th November, with a 7.30am call each day
at the unit base in Wakefield. She'll do three hours of tutoring on set each
day, which the production arranges, and I've sent her teachers' work across.

I'll be chaperoning on the Tuesday and Wednesday myself; the production's own
chaperone covers Monday and Thursday. I won't have the office phone with me on
set, so I've attached my contact card - that's my own mobile and my home email
on there. Please save it in your phone and use that while she's filming rather
than ringing school.

Any questions about the paperwork, just ask.

Kind regards,
Bethan

""" + sig("licensing", 1)),
        attach("Bethan Lloyd-Pryce.vcf", "text/vcard", VCARD_BETHAN, cte="base64", charset="utf-8")),
  mailer="outlook")

ICS_SINGING = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7C1D2A0E-44B1-4E5A-9C1B-R44SINGING@example-school.org.uk
DTSTAMP:20251118T190400Z
DTSTART;TZID=Europe/London:20251122T103000
DTEND;TZID=Europe/London:20251122T113000
SUMMARY:Extra singing session - Grade 8 prep
LOCATION:41 Brookfield Terrace\\, Headingley\\, Leeds LS6 3HR
DESCRIPTION:Bring both Grade 8 songs\\, the sight-singing book and a bottle
  of water. Park on the street\\, the drive is ours.
ORGANIZER;CN=Daniel Szymanski:mailto:d.szymanski@example-school.org.uk
ATTENDEE;CN=Ali Guardian;RSVP=TRUE:mailto:ali.guardian@btinternet.com
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

M("flag", "singing_lesson_at_home_ics",
  "vocal coach invites parent+pupil to a lesson at his house; home address in .ics LOCATION",
  staff("szymanski"), [parent("ali")],
  "Extra session before the Grade 8",
  mkdate(2025, 11, 18, 19, 4),
  mixed(plain("""Dear Ali,

As we discussed at parents' evening, I'm very happy to give Example Pupil Three
an extra hour before his Grade 8 on the 29th. He's more than ready on the
Schubert, it's really the sight-singing I want to nail down.

School is locked up on Saturdays now so we'll do it at mine - the address is
in the invite, there's parking on the street. Saturday 22nd, half ten. No
charge, of course.

He should bring both songs and the sight-singing book.

Best,
Daniel

Daniel Szyma\u0144ski
Vocal Coach, Example School
""", cte="quoted-printable"),
        Leaf("text/calendar", ICS_SINGING, "base64", filename="invite.ics",
             disposition="attachment", params=[("method", "REQUEST")])),
  cc=[pupil("three")],
  mailer="thunderbird")

M("flag", "statement_through_letterbox",
  "head of sixth form tells Y13 pupil to drop work through her home door, gives street address (no postcode)",
  staff("nwosu"), [pupil("grace")],
  "Re: personal statement - conservatoire",
  mkdate(2025, 9, 26, 18, 37),
  alt("""Hi Grace,

Thanks for sending this - it's a really strong start. The bit about your
grandad's brass band is exactly the kind of thing panels remember, so keep it,
but cut the opening quote; they'll have read it a hundred times already.

I'm struggling to mark up on screen, so if it's easier, print it and drop it
through my letterbox over the weekend - 27 Heathcote Road, Chapel Allerton,
the one with the green door and the bins outside. I'll have it back to you with
comments on Monday morning.

Remember the Royal Northern deadline is 1 October for the early round.

Ms Nwosu

-----Original Message-----
From: Grace Morrow <19gmorrow@pupils.example-school.org.uk>
Sent: 26 September 2025 16:10
To: Amara Nwosu <a.nwosu@example-school.org.uk>
Subject: personal statement - conservatoire

Hi Miss, here is my draft, it is probably too long. Thank you
""", style="outlook"),
  mailer="outlook")

M("flag", "selftape_sig_plus44_qp",
  "QP; musical theatre lead's signature gives her personal mobile in +44 format to a Y12 pupil",
  staff("mallory"), [pupil("erin")],
  "Self-tape notes for the agent showcase",
  mkdate(2026, 1, 14, 21, 48),
  alt("""Hi Erin,

Watched both takes - the second is the one. A few notes before you re-film:

1. Slate first, straight to camera: name, age, height, agent (if you sign with
   Northlight before the showcase, say "represented by Northlight").
2. Start the song a beat later - you're coming in before the piano's finished
   the intro and it makes you look rushed.
3. The belt on "I won't go back" is great but your chin lifts every time. Film
   it again with the camera slightly higher and watch yourself.
4. Frame from mid-chest up. Plain wall, light in front of you, not behind.

The showcase panel want everything uploaded by Friday 23rd. Send me the link
when it's done and I'll give it one last look.

Jess

Jess Mallory (she/her) | Musical Theatre Lead
Mob: +44 7700 900218 (personal - text any time about the showcase)
Example School, Park Row, Leeds LS1 4AP
""", style="gmail"),
  mailer="gmail")

M("flag", "choir_tour_own_phone_0044",
  "RFC2047 subject/name; trip leader gives parents her own mobile in 0044 format for a Bruges tour",
  staff("marchetti"), [parent("jane"), parent("sam"), parent("ali")],
  "Chamber Choir tour to Bruges \u2013 final details",
  mkdate(2026, 3, 19, 16, 30),
  alt("""Dear parents and carers,

We're almost ready for Bruges! Here are the final details.

Depart: Thursday 2 April, 05:45 at the school gates on Park Row (coach leaves
at 06:00 sharp, the ferry won't wait for us).
Return: Sunday 5 April, approximately 22:00, same place. We'll send a text
through the school system when we're an hour away.

Concerts: the Sint-Jakobskerk lunchtime recital on Friday, and the festival
evening concert on Saturday. Concert dress is the black choir outfit with the
burgundy scarf - please check it still fits!

Pocket money: we suggest no more than 60 euros. Phones are allowed but will be
collected at night.

The school trip phone doesn't work abroad this year (the contract is being
changed over), so for the four days please use my own mobile:
0044 7700 900407. I'll keep it on day and night and answer as soon as I can.

Merci, and see you at silly o'clock on the 2nd!

Chlo\u00e9 Marchetti
Teacher of French & Chamber Choir Director
Example School, Park Row, Leeds LS1 4AP
""", style="outlook", cte_text="quoted-printable", cte_html="base64"),
  mailer="outlook")

M("flag", "selftape_whatsapp_nospace",
  "short; director of productions asks Y10 pupil to WhatsApp a self-tape to his mobile (no spaces)",
  staff("threlfall"), [pupil("harvey")],
  "monologue",
  mkdate(2026, 1, 27, 18, 2),
  plain("""Harvey - brilliant today. Can you film the Act 2 monologue again tonight
in better light and whatsapp it to me on 07700900933? Agent wants it by 9am.

Mr T

Sent from my iPhone
"""),
  mailer="iphone")

M("flag", "home_landline_brackets_outlook",
  "Outlook reply; head of year gives parent his home landline in brackets format; parent's own number in quote",
  staff("castell"), [parent("ali")],
  "RE: Example Pupil Three - mocks and the showcase",
  mkdate(2025, 12, 2, 13, 17),
  alt("""Dear Mr Guardian,

Thank you for being so open about how things have been at home. I've had a
word with his form tutor and with Mrs Hughes, and we're all agreed that the
showcase should be something he enjoys, not another thing to worry about. He
can step back to a chorus role if he'd like to - there's no shame in that at
all, and he can decide after the mocks.

For the mocks themselves he'll be in the small room with rest breaks, which
Mrs Fairbairn has already set up.

I'm running the Year 11 revision session until 6 tonight, but if you'd like
to talk properly, ring me at home after 7 on (0113) 496 0582 - my wife knows
you might call.

Kind regards,
Ben Castell
Head of Year 11

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 02 December 2025 08:55
To: Ben Castell <b.castell@example-school.org.uk>
Subject: Example Pupil Three - mocks and the showcase

Dear Mr Castell,

I'm worried about him. He isn't sleeping, he's up at 2am running lines and
then panicking about the maths mock. I think the showcase lead might be too
much on top of everything. Could we talk? I'm on 07700 900789 most days.

Ali Guardian
""", style="outlook"),
  mailer="outlook",
  extra_headers=[("In-Reply-To", "<BT-4471-0212@btinternet.com>")])

M("flag", "dots_mobile_html_signature",
  "multipart; head of year 8 points carer to 'my own number' in signature, dotted format",
  staff("bryce"), [parent("sam")],
  "Year 8 - settling back in after filming",
  mkdate(2025, 11, 17, 15, 59),
  alt("""Dear Sam,

Just a quick note to say Example Pupil Two has settled back in really well
after last week's filming. She came and found me at break to tell me all about
the set, which was lovely, and her teachers say she's already caught up on
most of what she missed.

The only thing outstanding is the science practical, which Mr Ahmadi will run
with her in a lunchtime next week.

I'm out on the Year 8 trip a lot over the next fortnight, so if you need me
it's probably easiest to message me on my own number, which I've put in my
signature below.

Best wishes,

Natasha Bryce
Head of Year 8
Mobile: 07700.900.377
Example School | Park Row | Leeds LS1 4AP
""", markup="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Just a quick note to say Example Pupil Two has settled back in really well after last
week&#8217;s filming. She came and found me at break to tell me all about the set, which was lovely,
and her teachers say she&#8217;s already caught up on most of what she missed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The only thing outstanding is the science practical, which Mr Ahmadi will run with her
in a lunchtime next week.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;m out on the Year 8 trip a lot over the next fortnight, so if you need me it&#8217;s
probably easiest to message me on my own number, which I&#8217;ve put in my signature below.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best wishes,</p>
<p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0"><tr><td style="border-left:3px solid #7a1f3d;padding-left:8px">
<p class="MsoNormal"><b><span style="color:#7a1f3d">Natasha Bryce</span></b><br>
Head of Year 8<br>
<span style="color:#555">Mobile:</span> 07700.900.377<br>
Example School | Park Row | Leeds LS1 4AP</p>
</td></tr></table>
</div></body></html>
"""),
  mailer="outlook")

M("flag", "get_in_mobile_line_break",
  "hard-wrapped plain text; tech manager's mobile split across a line break, to two crew pupils",
  staff("pritchard"), [pupil("kai"), pupil("nia")],
  "Get-in Sunday - crew call 10am",
  mkdate(2026, 3, 5, 17, 21),
  plain("""Kai, Nia,

Thanks both for volunteering for Sunday. Crew call is 10am at the stage door
(the side entrance by the bike shed, not reception - the main building will be
locked). We're rigging the Into the Woods lighting and hanging the tree flats,
so wear proper shoes, no trainers with holes in, and bring a packed lunch.

We'll finish by 4. Your parents need to have signed the weekend consent slip,
which I've got back from Nia but not from Kai yet.

If the side door's locked when you arrive ring my mobile 07700
900264 and I'll come down and let you in.

Owen

Owen Pritchard
Technical Theatre Manager
"""),
  mailer="thunderbird")

M("flag", "instagram_follow_back",
  "dance teacher invites GCSE dance pupils to follow her personal Instagram and DM her",
  staff("sorensen"), [pupil("zara"), pupil("oscar"), pupil("one"), pupil("lila")],
  "Choreo videos for the set phrase",
  mkdate(2026, 2, 3, 20, 11),
  alt("""Hi dancers,

Well done today - the unison section is really starting to look clean.

A few of you asked for the videos of the set phrase and the motif
development. I've been posting the warm-up and the motif sequences on my
Instagram (@leah.sorensen.moves) - give me a follow and I'll follow you back,
then you can DM me your practice videos and I'll send you notes.

Keep working on the floor section, especially the roll out of the spiral,
and remember your written log is due on Monday.

Miss S x

Leah Sorensen (she/her)
Teacher of Dance
Example School
01632 960000
""", style="gmail"),
  mailer="gmail")

M("flag", "discord_server_invite",
  "music tech teacher invites Y12/13 pupils to his own Discord server where he is on in the evenings",
  staff("kerr"), [pupil("freddie"), pupil("kai"), pupil("tobi")],
  "Mix feedback outside lessons",
  mkdate(2026, 1, 9, 16, 12),
  plain("""Hi all,

Lots of you have asked for more feedback on your mixes than we can fit into
two lessons a week, which is brilliant.

I run a Discord server for producers - it's my own thing, nothing to do with
school, but there's a feedback channel where people post bounces and get notes,
and I'm on there most evenings. Join with discord.gg/kerrbeats-studio and add
me (lewiskerr_beats) so I can give you the producer role.

Remember the NEA sequencing task is due on 6 February.

Mr Kerr
Music Technology
"""),
  mailer="thunderbird")

M("flag", "facebook_friend_request",
  "strings teacher tells parent she has sent her a Facebook friend request to share videos",
  staff("delgado"), [parent("jane")],
  "Lovely to meet you at the concert",
  mkdate(2025, 12, 11, 22, 4),
  alt("""Hi Jane,

It was lovely to meet you at the Winter Concert - thank you for the kind words
about the quartet. Example Pupil One has worked so hard on the Dvorak and it
really showed.

I've sent you a friend request on Facebook (I'm Rosa Delgado, the profile
picture is me with a cello!) - it's easier to share the videos of the quartet
there than by email, as the files are too big for the school system.

Have a lovely Christmas,
Rosa

Rosa Delgado
Teacher of Music (Strings)
Example School, Park Row, Leeds LS1 4AP
""", style="gmail"),
  mailer="iphone")

M("flag", "recording_to_icloud_b64",
  "base64 HTML, RFC2047 subject and sender name; music teacher asks Y11 pupil to send a recording to her own iCloud address",
  staff("evans"), [pupil("lila")],
  "Re: Your recording \u2013 too big to send? \U0001F3BB",
  mkdate(2026, 2, 12, 17, 55),
  alt("""Hi Lila,

Ah, yes - the school system won't take anything over 20MB, so your video
bounced. Don't worry about compressing it, you'll lose the sound quality and
I need to hear your tuning in the slow movement.

Send it to my own email instead: sian.evans.cello@icloud.com and I'll listen
tonight and get notes back to you before your performance exam.

Siân

Siân Evans
Teacher of Music
Example School
""", style="gmail", cte_text="base64", cte_html="base64"),
  mailer="gmail")

M("flag", "forwarded_agent_signal",
  "forward of agent mail (agent's London number) plus staff's own number for Signal, to carer",
  staff("threlfall"), [parent("sam")],
  "Fwd: Example Pupil Two - commercial recall",
  mkdate(2026, 1, 20, 20, 26),
  plain("""Hi Sam,

Forwarding this from the agency - they'd like Example Pupil Two back for the
recall on the 29th, and if she gets it, the shoot is two days in early
February. That means a licence, so Mrs Lloyd-Pryce will need the details from
you by Friday.

It's all getting a bit much for email, so message me on Signal if you've got
it - 07700 900 590 - and we can sort the dates between us.

Ian

---------- Forwarded message ---------
From: Castings Desk <castings@harrowfieldagency.example.com>
Date: Tue, 20 Jan 2026 at 15:02
Subject: Example Pupil Two - commercial recall
To: Ian Threlfall <i.threlfall@example-school.org.uk>

Dear Ian,

Delighted to say the client would like to see Example Pupil Two again for the
cereal commercial. Recall: Thursday 29 January, 14:20, Soho. Shoot dates (if
successful) 5-6 February, Leeds location.

Please can the family confirm availability by Wednesday.

Best,
Mira Castellanos
Harrowfield Agency | 020 7946 0731
""", cte="7bit"),
  mailer="gmail")
# =========================================================================== HARD NEGATIVES (30 clean)

M("clean", "westend_trip_school_phone",
  "hard neg: school-owned trip mobile stated as such, coach times and prices",
  staff("mallory"), [parent("jane"), parent("sam"), parent("ali")],
  "Musical Theatre trip to London - Saturday 15 November",
  mkdate(2025, 11, 6, 12, 20),
  alt("""Dear parents and carers,

Thank you for the replies and payments for Saturday's trip to see The Lantern
Girl in the West End. 41 pupils and 5 staff are going. A few reminders:

Coach departs: 07:30 from Park Row (please arrive by 07:15; we can't wait)
Matinee: 14:30, with a stage-door Q&A with two of the cast afterwards
Return: approximately 23:45 to Park Row - we'll text through the school
messaging service when we reach Wetherby services

Pupils need a packed lunch, money for tea at the services (about £10) and a
coat. School uniform isn't needed, but sensible clothes please.

On the day, the school trip mobile is 07700 900050. That is a school phone,
not anyone's personal number, and it will be with whichever member of staff
is leading. Please use it only for genuine problems on the day (late for the
coach, a change of pick-up); for anything else contact the office on
01632 960000 before Friday.

Many thanks,
Jess Mallory
Musical Theatre Lead
Example School, Park Row, Leeds LS1 4AP
""", style="outlook"),
  mailer="outlook")

M("clean", "contact_details_readback",
  "hard neg: office reads carer's own mobile and email back to her after an update",
  staff("office"), [parent("sam")],
  "Your contact details - updated",
  mkdate(2025, 9, 10, 10, 5),
  plain("""Dear Sam,

Thank you for letting us know about your new number. I've updated the record
for Example Pupil Two, so we now hold:

Priority 1 contact: Sam Carer (Carer)
Mobile: 07700 900456
Email: sam.carer@outlook.com

If any of that isn't right, just reply to this email or ring the office on
01632 960000. It's worth double-checking, because this is the number the
chaperones and the licensing team will use if she is working away.

Kind regards,
Sarah Kettleby
Office Manager
Example School, Park Row, Leeds LS1 4AP
"""),
  mailer="outlook")

M("clean", "pickup_reply_quoted_parent_sig",
  "hard neg: reply to parent whose own gmail and mobile appear in the quoted text and her signature",
  staff("hughes"), [parent("jane")],
  "Re: Late rehearsal pick-up Thursday",
  mkdate(2025, 11, 5, 8, 12),
  alt("""Hi Jane,

Yes, that's absolutely fine. I've added your sister to the collection list for
Thursday only. She'll need to come to the stage door and sign Example Pupil
One out with whoever is on the door (probably Mr Pritchard). Rehearsal finishes
at 8.30 but the Act 1 finale sometimes runs over, so 8.40 is safer.

Thanks for letting me know,
Rhian

On Tue, 4 Nov 2025 at 21:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Hughes,
>
> I'm on a late shift on Thursday so my sister, Carol Wainwright, will collect
> from the late rehearsal. Is that OK? She has a blue Fiesta. If there's any
> problem please ring me on 07700 900123 rather than the landline.
>
> Thanks,
> Jane
> jane.parent@gmail.com | 07700 900123
""", style="gmail"),
  mailer="gmail",
  extra_headers=[("In-Reply-To", "<CAK8r44jp.1104@mail.gmail.com>")])

M("clean", "licence_council_contacts",
  "hard neg: council child-performance team number/email and licence refs given to parent",
  staff("licensing"), [parent("ali")],
  "Performance licence application - what happens next",
  mkdate(2026, 1, 22, 11, 40),
  alt("""Dear Mr Guardian,

Thank you for returning Part 2 of the licence form and the two passport
photos. I have sent the application to the local authority today.

For your records:
Local authority: Leeds City Council, Child Employment & Entertainment Team
Application reference: CPL/2026/00318
Production: Harbour Lights (series 3), Tyne Tees Films Ltd
Dates requested: 9, 10, 12 and 13 February 2026 (4 days)

The council asks for 21 days to process a licence, so we've just made it. If
they need anything from you directly, they will contact you; you can also ring
the team yourself on 0113 496 0650 (Monday to Thursday, 9-4) or email
childemployment@leeds-council.example.org, quoting the reference above.

Your son's absence will be recorded as code C2 (licensed performance), not as
an unauthorised absence, and I've let his teachers know.

Kind regards,

""" + sig("licensing", 4), style="outlook", cte_text="quoted-printable"),
  mailer="outlook")

M("clean", "production_chaperone_details",
  "hard neg: production company's licensed chaperone mobile and company landline given to parent",
  staff("threlfall"), [parent("jane")],
  "Pantomime at the Kingsway - chaperone and call times",
  mkdate(2025, 11, 26, 14, 3),
  plain("""Dear Jane,

Everything is now in place for Example Pupil One's run in Jack and the
Beanstalk at the Kingsway Theatre, Harrogate. She is in Team B, which means
the shows on the dates in the attached schedule from the company.

The production's licensed chaperone for Team B is Mrs Dorothy Penhale. She is
employed by Brightlight Productions, not by the school, and she'll be with the
children from sign-in to sign-out. Her mobile for the run is 07700 900712 -
please use that on performance days if you're running late for collection.
For anything contractual or about payment, contact Brightlight's company
office on 0161 496 0933.

Children sign in at the stage door on Swan Road 75 minutes before curtain up.

Break a leg to her from all of us!

Ian Threlfall
Director of Productions
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", cte="7bit"),
  mailer="thunderbird")

M("clean", "theatre_trip_coach_venue",
  "hard neg: coach company booking ref, venue address/postcode, times, emergency via school office",
  staff("office"), [parent("jane"), parent("ali")],
  "Year 10 and 11 Drama trip - The Exchange Playhouse, Manchester",
  mkdate(2026, 1, 29, 9, 31),
  alt("""Dear parents and carers,

Your child has a place on the GCSE Drama trip to see A View from the Bridge
at The Exchange Playhouse, 14 Cross Street, Manchester M2 7HB, on Wednesday
11 February. This is the live production they will write about in Section C
of the written exam, so it's an important one.

Departure: 11:45 from school (pupils will be released from period 3)
Performance: 14:00
Return: approx. 18:30 to Park Row

The coach is with Aire Valley Coaches (booking ref AVC-88213). The cost of
£24.00 is now showing on your payment account; please pay by 4 February.

In an emergency on the day please contact the school office on 01632 960000,
which will be staffed until 18:45 and can reach the trip leader.

Kind regards,
Sarah Kettleby
Office Manager
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", style="outlook"),
  mailer="mis")

M("clean", "lamda_candidate_numbers",
  "hard neg: exam candidate numbers, centre number, times, fees - no phones",
  staff("exams"), [pupil("zara"), pupil("harvey"), pupil("oscar"), pupil("one")],
  "LAMDA exams - Wednesday 3 December: your times",
  mkdate(2025, 11, 24, 13, 15),
  plain("""Dear all,

Your LAMDA Acting exams are on Wednesday 3 December in the Studio Theatre.
Centre number: 36427. Please arrive 20 minutes before your slot and wait in
D104 (the green room), which will be quiet.

Candidate   Grade                      Candidate no.   Time
Zara Ahmed  Grade 6 Acting (solo)      0042 1187       09:40
Harvey Naylor  Grade 6 Acting (solo)   0042 1188       10:05
Oscar Cheng  Grade 5 Acting (solo)     0042 1190       10:30
Example Pupil One  Grade 7 Acting      0042 1191       11:10

Bring your own copies of your pieces for the examiner (clean, no notes), and
wear plain black. The fee of £62.50 (Grade 5/6) or £71.00 (Grade 7) has
already been paid by the school and will appear on your parents' account.

Good luck!

Mrs Fairbairn
Exams Officer
Example School
""", cte="quoted-printable"),
  mailer="outlook")

M("clean", "tour_deposit_bank_details",
  "hard neg: bank sort code, account number, payment references, deposit amounts",
  staff("office"), [parent("jane"), parent("sam"), parent("ali")],
  "Chamber Choir tour - deposit",
  mkdate(2025, 11, 12, 15, 45),
  plain("""Dear parents and carers,

Thank you for your interest in the Chamber Choir tour to Bruges (2-5 April
2026). To secure your child's place, a deposit of £150 is due by Friday 28
November. The full cost is £485, with the balance payable in two instalments
(£170 by 16 January and £165 by 27 February).

You can pay through the school payment portal in the usual way. If you would
rather pay by bank transfer, the details are:

Account name: Example School Trips Account
Sort code: 20-00-00
Account number: 12345678
Reference: BRU26 followed by your child's surname (e.g. BRU26SMITH)

Please let me know in confidence if cost is a barrier - we have some help
available from the Friends of Example School fund.

Kind regards,
Sarah Kettleby
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel 01632 960000
""", cte="8bit"),
  mailer="mis")

M("clean", "teams_evening_meeting_id",
  "hard neg: Teams meeting ID, passcode and the conferencing dial-in number",
  staff("nwosu"), [parent("jane"), parent("ali")],
  "Online information evening: drama school and conservatoire applications",
  mkdate(2026, 1, 6, 16, 0),
  alt("""Dear parents and carers,

We're holding an online information evening for families of Year 10 and 11
students who are thinking about vocational drama schools, conservatoires or
performing arts degrees after Sixth Form.

Date: Tuesday 20 January, 18:30-19:30
Speakers: our Head of Drama, the Director of Music, and two former students
now at drama school, who will talk honestly about auditions, fees and
funding.

Microsoft Teams meeting
Join on your computer or mobile app: (link in the HTML version of this email)
Meeting ID: 372 915 804 226
Passcode: aR7mK2

Or call in (audio only)
+44 20 7946 0418,,915804226#   United Kingdom, London
Phone conference ID: 915 804 226#

Cameras and microphones will be off for families; you can ask questions in
the chat.

Best wishes,
Amara Nwosu
Head of Sixth Form
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", style="outlook"),
  mailer="outlook")

M("clean", "set_text_isbn_strong_language",
  "hard neg: ISBN and page numbers for a set play with strong language",
  staff("keane"), [pupil("lila"), pupil("nia"), pupil("three")],
  "Punk Rock - your own copy",
  mkdate(2025, 9, 15, 8, 44),
  plain("""Morning Year 11,

From next week we start Punk Rock. Please get your own copy so you can
annotate it - the edition we're using is the Methuen Drama student edition,
ISBN 978-1-4081-4245-7. There are spare copies in the library if buying one
is tricky; just ask Mrs Ilesanmi.

Read Scenes 1 and 2 (pages 3-24) before Thursday's lesson.

A heads up: the language is strong throughout and the play deals with
bullying, self-harm and a school shooting. We'll talk about how we handle that
in class, and if anything in it is difficult for you personally, come and see
me or Mrs Greaves quietly beforehand. You won't be asked to read aloud any
part you don't want to.

Ms Keane
"""),
  mailer="thunderbird")

M("clean", "hr_staff_home_address",
  "hard neg: staff-only HR mail containing a new teacher's home address and personal mobile",
  staff("hr"), [colleague("Nkechi Achebe", "n.achebe")],
  "Your starter forms - a couple of details to check",
  mkdate(2025, 8, 28, 14, 22),
  plain("""Dear Nkechi,

Welcome again to Example School - we're looking forward to having you in the
Dance department from Monday.

Before I submit your details to payroll, could you check the following,
which I've typed up from your starter form:

Home address: Flat 3, 12 Rosebank Crescent, Kirkstall, Leeds LS5 3QP
Personal mobile (for HR and emergency contact only): 07700 900822
Emergency contact: Chidi Achebe (brother), 07700 900823

Your DBS certificate number is recorded and your Teachers' Pension paperwork
has gone off. Please bring your passport on Monday morning for the
right-to-work check - I'm in the business office next to reception.

Kind regards,
Patricia Olumide
HR & Business Manager
Example School, Park Row, Leeds LS1 4AP
"""),
  mailer="outlook")

M("clean", "get_out_party_staff_only",
  "hard neg: staff-only invitation to a colleague's house party, with his address and mobile",
  staff("pritchard"), [colleague("Performing Arts Staff", "performingarts")],
  "We survived! Get-out party Saturday",
  mkdate(2026, 3, 14, 23, 47),
  plain("""Team,

Into the Woods is struck, the flats are back in the dock and nobody lost a
finger. Thank you all - four shows and not a single missed cue.

Party at mine on Saturday 21st from 8pm: 9 Wharfedale Mount, Meanwood, Leeds
LS6 4PN. Parking is terrible, get a taxi. Partners welcome. Bring a bottle and
something to share; I'll do a chilli.

Text me on 07700 900303 if you get lost, the house numbers make no sense.

Owen
""", cte="7bit"),
  mailer="iphone")

M("clean", "esafety_fake_casting_calls",
  "hard neg: DSL e-safety advice to parents naming apps (Instagram, TikTok, WhatsApp) with no invitation",
  staff("dsl"), [parent("jane"), parent("sam"), parent("ali")],
  "Safeguarding: fake casting calls on social media",
  mkdate(2026, 2, 2, 16, 30),
  alt("""Dear parents and carers,

We've been made aware that several young performers in the region have been
contacted through Instagram and TikTok direct messages by people claiming to
be casting directors or agents, offering "paid modelling" or "a part in a
Netflix show". In two cases the child was asked to move the conversation to
WhatsApp or Snapchat and to send photos.

Please talk to your child about this. Some points to share:

- Genuine agents and casting directors contact the family or the school, not
  the child directly, and never ask for images outside a proper audition.
- No member of staff here will ever contact your child through a personal
  social media account, WhatsApp, Snapchat or a personal phone. If anyone
  claiming to be from the school does, please tell us.
- If in doubt, check with Mrs Lloyd-Pryce in our licensing office, who knows
  the reputable agencies that work with our pupils.
- Report and block; don't reply. Screenshots help if you need to report it.

If you are worried about anything your child has received, please contact me
in confidence on the school number, 01632 960000, or at dsl@example-school.org.uk.

Dr Helen Ashworth
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
""", style="outlook"),
  mailer="mis")

M("clean", "refuses_personal_number",
  "hard neg: dance head politely declines father's request for her personal mobile, points to office",
  staff("chandrasekar"), [parent("ali")],
  "RE: Physio exercises and a quick question",
  mkdate(2025, 10, 8, 17, 5),
  alt("""Dear Mr Guardian,

Thank you for sending the physio's sheet. I've passed it to Miss Sorensen as
well, and we'll build the calf exercises into his warm-up in class so he isn't
doing them on his own at the back.

I'm sorry, but I'm not able to give out my personal mobile number - it's
school policy for all staff, and it protects everyone. If he's sore after a
class, or you'd like a word, you can always ring the school office on
01632 960000 and they'll get a message to me, or just email me here. I check
my school email every evening in term time.

Kind regards,
Priya Chandrasekar
Head of Dance

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 07 October 2025 21:32
To: Priya Chandrasekar <p.chandrasekar@example-school.org.uk>
Subject: Physio exercises and a quick question

Hi Mrs Chandrasekar, attached are the exercises from the physio for his
Achilles. Also - would you mind giving me your mobile number so I can text you
on days when he's sore? It would be easier than email. Thanks, Ali
""", style="outlook"),
  mailer="outlook")

M("clean", "official_school_instagram",
  "hard neg: HTML-only newsletter pointing to the school's OFFICIAL Instagram/TikTok accounts [unsure]",
  staff("office"), [parent("jane"), parent("sam"), parent("ali")],
  "Show week photos and the school's new Instagram",
  mkdate(2026, 3, 16, 12, 0),
  html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f0ea;font-family:Georgia,serif">
<table width="600" align="center" cellpadding="20" style="background:#ffffff">
<tr><td style="background:#7a1f3d;color:#fff"><h1 style="margin:0;font-size:24px">Example School &ndash; Performing Arts News</h1></td></tr>
<tr><td>
<h2 style="font-size:18px">Into the Woods: thank you!</h2>
<p>Four sold-out nights, a cast and band of 63, and a crew of 18 Year 9&ndash;13 students running
lights, sound and flies. Thank you to every family who came, baked, sewed and drove.</p>
<p>The official production photographs are now on the parent portal (password as for reports).
Please remember our photography guidance: share pictures of your own child only.</p>
<h2 style="font-size:18px">Follow the school</h2>
<p>We have launched official school accounts, run by the marketing office, for rehearsal
snapshots and show announcements: Instagram and TikTok <b>@exampleschoolarts</b>. We never
tag or name pupils, and staff will not follow or message pupils or families from these
or any other accounts.</p>
<h2 style="font-size:18px">Coming up</h2>
<ul><li>Spring Dance Showcase &ndash; Thursday 26 March, 19:00</li>
<li>Year 7 Music Informance &ndash; Tuesday 31 March, 15:45</li></ul>
</td></tr>
<tr><td style="font-size:12px;color:#666;border-top:1px solid #ddd">
Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk
</td></tr></table>
</body></html>
""", cte="quoted-printable"),
  mailer="mis")

M("clean", "glasgow_exchange_host_family",
  "hard neg: host family's name, address and landline given to parent for a music exchange",
  staff("oyelaran"), [parent("ali")],
  "Glasgow music exchange - host family details",
  mkdate(2026, 2, 26, 10, 18),
  alt("""Dear Mr Guardian,

Here are the host family details for Example Pupil Three's exchange with
Partickhill Music School next month (Monday 16 to Thursday 19 March).

Host family: Mr and Mrs Kerrigan, whose son Fraser (Year 11, trombone) will
be his partner for the week.
Address: 18 Dowanside Crescent, Glasgow G12 9XB
Home telephone: 0141 496 0382

The Kerrigans have had our students before and are lovely. Please feel free
to ring them before the trip to introduce yourselves - they're expecting to
hear from you.

Staff on the trip will have the school trip phone with them at all times
(07700 900050), and the Partickhill music office number is 0141 496 0100 during
the school day.

Best wishes,
Marcus Oyelaran
Director of Music
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", style="outlook", cte_text="base64", cte_html="base64"),
  mailer="outlook")

M("clean", "colleague_direct_line",
  "hard neg: office gives parent a colleague's school direct line (01632 960xxx) and school email",
  staff("office"), [parent("jane")],
  "RE: Question about GCSE Music Technology",
  mkdate(2026, 2, 9, 11, 27),
  plain("""Dear Jane,

Thank you for your email. The best person to talk to about whether Music
Technology would suit Example Pupil One alongside Dance is Mr Kerr, who leads
the course. His direct line is 01632 960014 (he is teaching most of the day,
so leave a message and he'll call back), or you can email him at
l.kerr@example-school.org.uk.

The options booklet is also on the website under Curriculum > Key Stage 4.

Kind regards,
Sarah Kettleby
Office Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""),
  mailer="outlook")

M("clean", "dance_physio_clinic",
  "hard neg: recommended physio clinic's phone and address (with postcode) given to carer",
  staff("sorensen"), [parent("sam")],
  "Example Pupil Two's ankle",
  mkdate(2026, 1, 15, 16, 42),
  alt("""Dear Sam,

I just wanted to follow up on this afternoon. Example Pupil Two landed badly
out of a jump in contemporary and her ankle swelled quite quickly. Mrs Greaves
iced it and it looked better by the end of the day, but I'd like her to sit
out of jumps until it's been looked at.

The clinic a lot of our dancers use is Kirkgate Dance Physiotherapy, 5
Wellington Yard, Leeds LS1 4DL, telephone 0113 496 0391. They understand
dance injuries and they give a reduced rate if you mention the school. It's
entirely up to you - your GP is fine too.

She can still take part in class, marking the choreography from the side.

Best wishes,
Leah Sorensen
Teacher of Dance
Example School
""", style="gmail"),
  mailer="outlook")

M("clean", "wellbeing_helpline_after_devised",
  "hard neg: nurse gives pupils a (fictional) freephone helpline after a devised piece about self-harm",
  staff("greaves"), [pupil("lila"), pupil("nia"), pupil("three")],
  "After today's devised work",
  mkdate(2026, 2, 5, 15, 50),
  plain("""Hi all,

Ms Hughes asked me to drop you a line after today's devising session. The
theme you're working with is a heavy one, and it's completely normal if some
of what came up has stayed with you this evening.

If you'd like to talk, I'm in the medical room every day from 8.15, and you
don't need an appointment - just come. Out of school hours, the Young
Performers' Wellbeing Line is free and open 24/7 on 0808 157 0462, and they
are used to talking to students in the arts.

Look after yourselves,
Mrs Greaves
School Nurse
Example School
"""),
  mailer="outlook")

M("clean", "joint_production_other_school",
  "hard neg: another school's drama office number and address for joint rehearsals",
  staff("hughes"), [pupil("erin"), pupil("kai"), pupil("freddie"), pupil("grace")],
  "Joint production with Moorside - rehearsal venue",
  mkdate(2025, 9, 18, 14, 6),
  alt("""Hi all,

As you know, this year's Sixth Form production is a joint one with Moorside
Academy. For the first four weeks we'll be rehearsing at their place on
Thursdays:

Moorside Academy, Cranmer Road, Leeds LS8 5RQ
Drama studio is through the main reception - sign in with your school lanyard.

Minibus leaves our car park at 15:40 and brings you back for 18:30. If you're
making your own way, you must tell me in advance.

If you're ever running late, ring their drama office on 0113 496 0550 and ask
them to pass a message to me or to Mr Pemberton, their head of drama.

Scripts on Monday!
Ms Hughes
""", style="outlook"),
  mailer="outlook")

M("clean", "spring_concert_venue_tickets",
  "hard neg: concert venue address and postcode, ticket prices, times",
  staff("oyelaran"), [parent("jane"), parent("sam"), parent("ali")],
  "Spring Concert - Thursday 19 March",
  mkdate(2026, 3, 2, 9, 15),
  html("""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear parents and carers,</p>
<p>This year's Spring Concert will be at a new venue while the hall floor is replaced:</p>
<p style="margin-left:20px"><b>Halton Assembly Rooms</b><br>3 Cross Flatts Row<br>Leeds LS11 7BT</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Performers arrive</td><td>17:30 (stage door at the rear, on Cross Flatts Row)</td></tr>
<tr><td>Doors open</td><td>18:45</td></tr>
<tr><td>Concert starts</td><td>19:15 (finishes about 21:15)</td></tr>
<tr><td>Tickets</td><td>&pound;8 adults, &pound;5 concessions, under-5s free</td></tr>
</table>
<p>Tickets are on sale through the payment portal until Tuesday 17 March. There is limited
parking at the venue; the Cross Flatts Park car park is a five-minute walk.</p>
<p>Concert dress: black tops and trousers/skirts, black shoes.</p>
<p>With thanks,<br>Marcus Oyelaran<br>Director of Music<br>
Example School, Park Row, Leeds LS1 4AP &ndash; 01632 960000</p>
</body></html>
""", cte="quoted-printable"),
  mailer="outlook")

M("clean", "rehearsal_schedule_times",
  "hard neg: show-week rehearsal schedule full of dates, times, room numbers and scene numbers",
  staff("threlfall"), [pupil("erin"), pupil("harvey"), pupil("one"), pupil("tolu"), pupil("imogen")],
  "Into the Woods - rehearsal schedule w/c 2 March",
  mkdate(2026, 2, 27, 16, 34),
  plain("""Cast,

Here is next week's schedule. Please write it in your planners - we are now
three weeks from opening and I need everyone on time.

Mon 02/03  15:30-17:30  Studio 2   Act 1 sc. 1-4 (Narrator, Baker, Witch)
Tue 03/03  15:30-18:00  Main Hall  Act 1 finale - full company
Wed 04/03  15:30-17:00  D104       Princes (Agony + reprise), Rapunzel
Thu 05/03  15:30-20:30  Main Hall  Stagger-through Act 1 (tea 17:30-18:00)
Fri 06/03  15:30-17:00  Studio 2   Notes + Act 2 sc. 1-3

Tech: Sat 07/03 10:00-16:00 (cast from 12:30)
Dress 1: Mon 09/03 16:00-21:00
Opening: Tue 10/03 19:00 (cast call 17:45)

If you can't make a call, email me before, not after. Running time is
currently 2h 35m including the interval, so we need to tighten.

Mr Threlfall
Director of Productions
"""),
  mailer="outlook")

SCRIPT_EXTRACT = """LAST TRAIN - devised piece, working script v3 (Y12 Drama, Group B)
Scene 4: The platform, 23:40

MAGGIE:  You missed it. Course you missed it. You always bloody miss it.
DEV:     I didn't miss anything. I got off.
MAGGIE:  At Huddersfield? In the pissing rain?
DEV:     (beat) I wanted to see if you'd come.
MAGGIE:  (she takes a card from her pocket, writes on it, pushes it at him)
         Call me. 0161 496 0874. Any time, day or night. I mean it, Dev.
         Not your mum. Not that idiot from the chip shop. Me.
DEV:     And say what?
MAGGIE:  Say you're still here.

(Lights fade on DEV turning the card over. The announcement loops.)
"""

M("clean", "devised_script_character_number",
  "hard neg: script extract where a fictional character gives a (drama-range) number; strong language",
  staff("hughes"), [pupil("erin"), pupil("kai"), pupil("freddie")],
  "Last Train - Scene 4 rewrite",
  mkdate(2026, 1, 28, 19, 20),
  mixed(plain("""Group B,

Attached is the Scene 4 rewrite after Tuesday's session. I've kept most of
Erin's improvised dialogue for Maggie - it's raw and it works - and cut the
phone call itself, because the card is stronger than hearing the call.

Yes, the language stays in; it's right for the characters and the moderator
will see it in context. But make sure the swearing is doing a job every time,
not just there for shock value.

Learn it for Monday so we can get it on its feet without books.

Ms Hughes
"""),
        attach("Last_Train_Scene4_v3.txt", "text/plain", SCRIPT_EXTRACT,
               cte="quoted-printable", charset="utf-8")),
  mailer="outlook")

M("clean", "use_school_email_not_gmail",
  "hard neg: teacher tells pupil to use school account, quoting the pupil's own gmail address",
  staff("oyelaran"), [pupil("oscar")],
  "Re: drum kit practice room",
  mkdate(2025, 10, 2, 9, 3),
  plain("""Hi Oscar,

Yes, you can use Practice Room 3 on Tuesday and Thursday lunchtimes for kit -
just sign the sheet on the door.

One thing: your email came from oscarcheng.drums@gmail.com. Please use your
school account (22ocheng@pupils.example-school.org.uk) to email staff - I can
only reply to school addresses, and I won't always see messages from outside
ones. My school email is m.oyelaran@example-school.org.uk, or you can always
catch me in M2.

Mr Oyelaran

On Wed, 1 Oct 2025 at 22:47, Oscar Cheng <oscarcheng.drums@gmail.com> wrote:
> hi sir can i use a practice room for drums at lunch, the one in M block
> is free on tues and thurs. thanks oscar 10C
""", cte="7bit"),
  mailer="thunderbird")

M("clean", "licence_home_address_readback",
  "hard neg: licensing officer checks the parent's own home address and GP details for a licence",
  staff("licensing"), [parent("jane")],
  "Licence paperwork - checking your details",
  mkdate(2025, 11, 10, 10, 48),
  alt("""Dear Jane,

I'm putting together the licence application for the pantomime run. Before it
goes off, could you confirm the details we hold are still correct?

Home address: 8 Orchard Mews, Roundhay, Leeds LS8 2QB
Parent contact: Jane Parent, 07700 900123
GP: Dr Farrant, Oakwood Surgery, 0113 496 0119

The council also needs a recent photo (passport style, within the last six
months) and the medical questionnaire signed by you - I've left a copy in
reception for you to collect, or Example Pupil One can bring it home.

Many thanks,
Bethan Lloyd-Pryce
Licensing & Chaperone Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", style="outlook"),
  mailer="outlook")

M("clean", "staff_text_me_cover",
  "hard neg: staff-only - head of year gives a colleague his own mobile for a cover emergency",
  staff("castell"), [colleague("Natasha Bryce", "n.bryce")],
  "Y11 mock set-up this afternoon",
  mkdate(2025, 12, 1, 11, 9),
  plain("""Tash,

Really sorry to dump this on you - I'm at the LGI with my daughter (she's
fine, suspected broken wrist from netball). Could you keep an eye on the Y11
mock set-up in the sports hall at 3? Jo has the seating plans and the candidate
cards are in the blue crate.

If anything goes badly wrong just text me on 07700 900611. I'll be in
tomorrow.

Cheers,
Ben
"""),
  mailer="iphone")

AGENT_FWD = """From: Northlight Young Talent <bookings@northlight-talent.example.com>
To: licensing@example-school.org.uk
Subject: Availability check - Example Pupil Two - Harbour Lights
Date: Mon, 12 Jan 2026 10:02:44 +0000
Message-ID: <nyt-20260112-0844@northlight-talent.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mrs Lloyd-Pryce,

We have a pencil for Example Pupil Two on Harbour Lights (series 3) for a
small speaking role. Possible dates 9-13 Feb 2026, location Whitby and
Middlesbrough. Please could the school confirm whether you would support a
licence for up to 4 days.

Fee and travel will be discussed directly with the family.

Kind regards,
Gemma Ruddock
Senior Agent, Northlight Young Talent
T: 0113 496 0277 | M: 07700 900941
bookings@northlight-talent.example.com
"""

M("clean", "agent_email_forwarded_as_attachment",
  "hard neg: agent's message (with agent's landline and mobile) forwarded as attachment to carer",
  staff("licensing"), [parent("sam")],
  "FW: Availability check - Example Pupil Two - Harbour Lights",
  mkdate(2026, 1, 12, 13, 36),
  mixed(plain("""Dear Sam,

Please see the attached message from Example Pupil Two's agent. From the
school's side, we are happy to support a licence for up to four days in
February - she is on track in all her subjects.

Please speak to Gemma at Northlight directly about the fee, travel and
accommodation (her contact details are at the bottom of her message). Once you
have confirmed dates with them, send me the production's schedule and I'll
start the licence application.

Kind regards,
Bethan Lloyd-Pryce
Licensing & Chaperone Coordinator
Example School | 01632 960000
"""),
        Leaf("message/rfc822", AGENT_FWD.encode("ascii"), "7bit", charset=None,
             filename="Availability check.eml", disposition="attachment")),
  mailer="outlook")

M("clean", "wont_accept_follow_requests",
  "hard neg: teacher tells cast she won't accept their Instagram/TikTok follow requests",
  staff("mallory"), [pupil("erin"), pupil("harvey"), pupil("one"), pupil("tolu"), pupil("imogen"), pupil("ravi")],
  "A quick word about social media",
  mkdate(2026, 3, 16, 8, 25),
  alt("""Morning all,

Still buzzing from Friday's closing night - honestly, that Act 2 opening was the best
it has ever been.

A few of you have sent me follow requests on Instagram and TikTok since the
last night. It's a lovely thought, but I won't be accepting them: staff aren't
allowed to be connected with students on personal social media, and that's
there to protect you as much as us. Nothing personal at all!

If you want to share clips from the show, the official ones are going on the
parent portal, and you can always message me on Teams or by school email.

Jess
""", style="gmail"),
  mailer="outlook")

M("clean", "paris_trip_school_phone_plus44",
  "hard neg: overseas dance trip - school-owned mobile in +44 format and tour company number",
  staff("chandrasekar"), [parent("jane"), parent("sam")],
  "Paris dance trip \u2013 contact while we\u2019re away",
  mkdate(2026, 2, 10, 18, 12),
  alt("""Dear parents and carers,

Just a short note with the contact arrangements for the dance trip to Paris
(Monday 16 - Wednesday 18 February).

While we are in France, please use the school's trip phone: +44 7700 900051.
It is a school-owned mobile with roaming switched on and it will be with me or
Miss Sorensen at all times, day and night.

Our tour operator, Stagebound Travel, also runs a 24-hour duty line for
families on 020 7946 0265 if for any reason you can't reach us.

We'll post a short update on the parent portal each evening. The pupils will
be tired but happy on Wednesday - we land at Leeds Bradford at 21:35.

Merci!
Priya Chandrasekar
Head of Dance
Example School, Park Row, Leeds LS1 4AP
""", style="outlook", cte_text="8bit", cte_html="quoted-printable"),
  mailer="outlook")

M("clean", "ticket_receipt_references",
  "hard neg: show ticket receipt with long transaction/order numbers, seats, prices",
  staff("office"), [parent("ali")],
  "Your tickets: Into the Woods, Friday 13 March",
  mkdate(2026, 2, 16, 19, 44),
  plain("""Dear Ali Guardian,

Thank you for your booking.

Order number: ITW-2026-004417
Transaction ID: 4960 0175 2236 0091
Performance: Into the Woods, Friday 13 March 2026, 19:00 (doors 18:30)
Seats: Row F, seats 12, 13 and 14
Tickets: 2 x Adult @ £12.00, 1 x Concession @ £8.00
Total paid: £32.00

Please show this email (printed or on your phone) at the box office on the
night. Tickets are non-refundable but can be exchanged for another
performance up to 48 hours before.

Example School Box Office
Park Row, Leeds LS1 4AP
01632 960000 (option 3)
""", cte="8bit"),
  mailer="mis")
# =========================================================================== EVERYDAY (30 clean)

M("clean", "options_evening_reminder",
  "everyday: Year 9 options evening reminder to parents",
  staff("office"), [parent("jane"), parent("sam"), parent("ali")],
  "Reminder: Year 9 Options Evening, Thursday 22 January",
  mkdate(2026, 1, 19, 12, 30),
  alt("""Dear parents and carers of Year 9,

A reminder that our Options Evening is this Thursday, 22 January, from 17:30
to 19:30 in the Main Hall and the Performing Arts block.

The evening starts with a short talk from Mr Doherty at 17:30, after which
you can visit subject stands. Heads of Drama, Dance, Music and Music
Technology will be in their studios running short taster sessions, so your
child may want to wear something they can move in.

The options booklet and the online form are on the parent portal. The
deadline for choices is Friday 6 February.

We look forward to seeing you.

Example School Office
Park Row, Leeds LS1 4AP | 01632 960000
""", style="outlook"),
  mailer="mis")

M("clean", "monologue_homework",
  "everyday: drama homework reminder to Y10 pupils",
  staff("hughes"), [pupil("zara"), pupil("harvey"), pupil("oscar"), pupil("one")],
  "Monologues - off book by Thursday",
  mkdate(2025, 10, 6, 15, 58),
  plain("""Hi 10D1,

Just a reminder that your monologues need to be off book by Thursday. I don't
mind if you dry - we'll work through it - but I need to see that you've
genuinely tried to learn it, not that you're reading off the page.

For anyone who still hasn't chosen: come and see me at lunch tomorrow, I have
a box of scripts in D104.

Ms Hughes
"""),
  mailer="outlook")

M("clean", "absence_reply_dentist",
  "everyday: attendance officer replies to parent about a dentist appointment",
  staff("attendance"), [parent("jane")],
  "RE: Absence - Example Pupil One, Monday morning",
  mkdate(2025, 9, 29, 9, 12),
  plain("""Dear Ms Parent,

Thank you for letting us know. I've recorded Example Pupil One's absence on
Monday morning as a medical appointment. Please ask her to sign in at
reception when she arrives, and if you could bring the appointment card for
our records that would be great.

Kind regards,
Gareth Mensah
Attendance Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000 (option 1)

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 28 September 2025 19:40
To: Attendance <attendance@example-school.org.uk>
Subject: Absence - Example Pupil One, Monday morning

Hello, just to let you know she has an orthodontist appointment at 9.20 on
Monday and will be in school by about 11. Thank you, Jane Parent
"""),
  mailer="outlook")

M("clean", "strings_lesson_rota_change",
  "everyday: peripatetic strings rota change for next week",
  staff("delgado"), [pupil("lila"), pupil("one"), pupil("ravi"), pupil("maisie")],
  "Strings lessons next week - new times",
  mkdate(2025, 11, 14, 13, 2),
  alt("""Hi all,

Because of the Year 11 mocks next week, instrumental lessons are moving off
the rotation for a week. Your new times are:

Lila - Tuesday, period 2 (10:05)
Example Pupil One - Tuesday, lunch (12:40)
Ravi - Wednesday, period 4 (13:35)
Maisie - Wednesday, period 5 (14:35)

If this clashes with a test, let me know and we'll swap. Maisie and Ravi,
please bring your scale books - we're starting on the ABRSM Grade 2 and 3
scales.

Miss Delgado
""", style="gmail"),
  mailer="outlook")

M("clean", "show_tickets_newsletter_html",
  "everyday: HTML-only show tickets newsletter with school footer",
  staff("office"), [parent("jane"), parent("sam"), parent("ali")],
  "Into the Woods \u2013 tickets on sale now",
  mkdate(2026, 2, 9, 7, 30),
  html("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Into the Woods</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h1 style="color:#2d4a2b;font-size:26px">Into the Woods</h1>
<p style="font-size:15px">Music and lyrics by Stephen Sondheim &middot; Book by James Lapine</p>
<p>Our whole-school musical opens on <b>Tuesday 10 March</b> and runs until <b>Friday 13 March</b>,
every night at 19:00 in the Main Hall. With a cast of 48, a 15-piece student band and a
set built by our Year 12 Technical Theatre students, it promises to be something special.</p>
<p><b>Tickets:</b> &pound;12 adults, &pound;8 concessions. Tuesday is our preview night, with all tickets at &pound;6.</p>
<p>Book through the parent portal. Friday is usually the first to sell out!</p>
<p style="font-size:13px;color:#555">Please note: the show is suitable for ages 8+. There are some
frightening moments (a giant, a wolf and some sad losses in Act 2).</p>
<hr>
<p style="font-size:12px;color:#777">Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000<br>
You are receiving this because you are a parent or carer at Example School.</p>
</div></body></html>
""", cte="base64"),
  mailer="mis")

M("clean", "cover_request_period3",
  "everyday: staff-only cover request",
  staff("whitlock"), [colleague("Cover", "cover")],
  "Cover - Thursday P3",
  mkdate(2025, 10, 1, 7, 52),
  plain("""Morning,

I'm out on Thursday period 3 for the Year 10 safeguarding meeting at the
local authority. Could I have cover for 10W2 English in E12 please? Work will
be on the desk: they're reading Act 3 of An Inspector Calls and answering the
questions on the sheet. Seating plan is in the top drawer.

Thanks,
Tom
"""),
  mailer="outlook")

FACULTY_MINUTES = fake_pdf("Performing Arts Faculty Meeting - 24 November 2025", [
    "Present: MO (chair), RH, PC, JM, IT, OP, LK, RD, SE, LS",
    "1. Show week dates confirmed: 10-13 March 2026",
    "2. Late rehearsal supervision rota - JM to circulate",
    "3. Licensing: 7 pupils currently on licences - BLP update",
    "4. Spring Concert venue - MO to confirm Halton Assembly Rooms",
    "5. Budget: lighting desk repair quote GBP 1,840 - OP",
    "AOB: Studio 2 heating",
])

M("clean", "faculty_meeting_minutes",
  "everyday: staff-only faculty meeting minutes with PDF attachment",
  staff("oyelaran"), [colleague("Performing Arts Staff", "performingarts")],
  "Faculty meeting minutes - 24 Nov",
  mkdate(2025, 11, 25, 16, 40),
  mixed(alt("""Hi all,

Minutes from yesterday attached. The main action points:

- Jess: late rehearsal supervision rota out by Friday, please check your
  name and swap among yourselves if needed, then tell Jess.
- Owen: second quote for the lighting desk repair.
- Everyone: reports for Year 10 are due on SIMS by 5 December.
- Me: confirm the Spring Concert venue (looks like Halton Assembly Rooms).

Bethan gave an update on licensing: seven students are currently on, or
waiting for, performance licences, which is a record for this time of year.
If you're asked to send work for a student on set, please do it through her.

And yes, I've reported the Studio 2 heating. Again.

Marcus
""", style="outlook"),
        attach("Faculty minutes 24.11.25.pdf", "application/pdf", FACULTY_MINUTES)),
  mailer="outlook")

M("clean", "reports_published",
  "everyday: head's mail to parents that Y10 reports are on the portal",
  staff("head"), [parent("jane"), parent("ali")],
  "Year 10 and 11 progress reports",
  mkdate(2025, 12, 12, 15, 0),
  alt("""Dear parents and carers,

Autumn progress reports for Years 10 and 11 are now available on the parent
portal, under Reports. As well as the academic grades, this year's report
includes a short comment from your child's main performance teacher on
technique, rehearsal discipline and ensemble work.

If anything in the report surprises or concerns you, please contact your
child's form tutor in the first instance. Year 11 parents will also have a
chance to discuss the mock results at the consultation evening on 15 January.

Thank you for your support this term - it has been a busy and joyful one, with
the Winter Concert, the Year 11 showcase and seven pupils working
professionally. I wish you all a restful Christmas.

Kieran Doherty
Headteacher
Example School, Park Row, Leeds LS1 4AP
""", style="outlook", cte_text="quoted-printable"),
  mailer="mis")

M("clean", "dance_kit_year7",
  "everyday: dance kit reminder to Y7 pupils",
  staff("chandrasekar"), [pupil("maisie"), pupil("zoe")],
  "Dance kit for next term",
  mkdate(2025, 12, 15, 10, 10),
  plain("""Hello Year 7 dancers,

Quick reminder about kit for January, as a few of you have been borrowing
from the spare box:

- Black leotard or plain black fitted T-shirt
- Black leggings or jazz pants (no shorts)
- Ballet shoes (pink or black, split-sole is fine)
- Hair tied back and off the face; no jewellery

Everything should have your name in it. The uniform shop has the leotards
and shoes, and the second-hand rail in reception is worth a look.

Have a lovely holiday!
Mrs Chandrasekar
""", cte="7bit"),
  mailer="outlook")

M("clean", "costume_fitting_times",
  "everyday: wardrobe supervisor sends costume fitting times to cast pupils",
  staff("mcgowan"), [pupil("erin"), pupil("tolu"), pupil("imogen"), pupil("one")],
  "Costume fittings Wednesday",
  mkdate(2026, 2, 23, 12, 5),
  alt("""Hi all,

Fittings are on Wednesday in the wardrobe room (behind the Main Hall stage,
up the spiral stairs):

12:35 - Erin (Witch - both looks, so allow 15 minutes)
12:50 - Imogen (Little Red)
13:00 - Tolu (Jack)
15:35 - Example Pupil One (Cinderella's stepsister)

Please come in your dance kit or leggings and a vest top so you can change
quickly, and bring the shoes you're wearing in the show if you have them.

Isla
Wardrobe
""", style="gmail"),
  mailer="outlook")

M("clean", "singing_confidence_reply_b64",
  "everyday: vocal coach replies to carer about confidence, quoted thread, base64 body",
  staff("szymanski"), [parent("sam")],
  "Re: singing solo",
  mkdate(2025, 10, 14, 18, 22),
  plain("""Dear Sam,

Thank you for telling me - that's really useful to know, and it makes
complete sense. She has a lovely tone, but at the moment the idea of singing
on her own in front of the class is bigger in her head than it needs to be.

Here's what I'd suggest: for the next few weeks she sings her assessment
piece in a small group of three, then a duet, and we build from there. No
solo until she's ready to tell me she is. I'll also give her some breathing
exercises for when she feels the nerves start - they genuinely help.

Please reassure her she isn't in any trouble and nobody thinks less of her.

Best wishes,
Daniel Szymański
Vocal Coach

On Mon, 13 Oct 2025 at 20:05, Sam Carer <sam.carer@outlook.com> wrote:
> Dear Mr Szymański,
> Example Pupil Two came home really upset today. She says she has to sing a
> solo in class next week and she was nearly sick thinking about it. She
> loves singing but she is very shy. Is there anything that can be done?
> Thanks, Sam
""", cte="base64"),
  mailer="thunderbird")

M("clean", "composition_deadline_year11",
  "everyday: exams officer reminds Y11 music pupils of composition deadline",
  staff("exams"), [pupil("lila"), pupil("nia"), pupil("three")],
  "GCSE Music - composition deadline",
  mkdate(2026, 3, 9, 8, 30),
  plain("""Dear Year 11 musicians,

Your final compositions (score or lead sheet, plus the audio recording) must
be uploaded to the Music shared area by 3pm on Friday 27 March. Please also
sign the candidate authentication form, which Mr Oyelaran will hand out in
Thursday's lesson.

Late work can't be accepted after the internal deadline because the work has
to be marked and moderated before it's sent to the board.

Jo Fairbairn
Exams Officer
Example School | 01632 960000
"""),
  mailer="outlook")

M("clean", "audition_speech_feedback",
  "everyday: sixth form head gives Y12 pupil feedback on audition speech choices",
  staff("nwosu"), [pupil("erin")],
  "Your audition speeches",
  mkdate(2025, 10, 10, 16, 14),
  alt("""Hi Erin,

I watched your two speeches with Ms Hughes after school. Really promising!

The contemporary piece (the one from Chicken Shop) is the right choice: it's
close to your playing age and it shows you being funny and then suddenly not
funny, which is exactly the range panels want to see.

The Shakespeare needs a rethink. Juliet's "Gallop apace" is lovely but half
the people auditioning will bring it. Have a look at Helena in All's Well
(Act 1, Scene 1: "Our remedies oft in ourselves do lie") or Julia in Two
Gentlemen - Ms Hughes has copies. Come and talk to me on Tuesday after
registration and we'll pick one.

Don't forget the application deadline for the foundation courses is 15
January, and some open days fill up quickly.

Ms Nwosu
Head of Sixth Form
""", style="outlook"),
  mailer="outlook")

M("clean", "fly_floor_safety_induction",
  "everyday: tech manager sets up fly-floor safety induction for Y12 tech students",
  staff("pritchard"), [pupil("kai"), pupil("freddie")],
  "Fly floor induction - Tuesday",
  mkdate(2026, 1, 16, 14, 25),
  plain("""Kai, Freddie,

You're both down to run flies for Into the Woods, so before you go anywhere
near the fly floor you need the safety induction. It's on Tuesday after
school, 15:30-17:00, in the Main Hall. No induction, no flying.

We'll cover: counterweight system basics, loading and unloading the cradle,
the rope lock, communication with the DSM on cans, and what to do if
something jams. You'll sign the competency sheet at the end.

Wear closed shoes and nothing dangly - no lanyards, scarves or hoodies with
cords.

Owen
"""),
  mailer="thunderbird")

STAGE_COMBAT_RA = fake_pdf("Risk Assessment - Stage Combat Workshop (Y12/13)", [
    "Activity: unarmed stage combat workshop, visiting fight director",
    "Date: Thursday 5 February 2026, 13:30-16:30, Main Hall",
    "Hazards: falls, contact injuries, over-exertion, floor surface",
    "Controls: sprung floor, crash mats, warm-up, non-contact technique,",
    "staff supervision ratio 1:12, first aider present",
    "Visiting practitioner: enhanced DBS seen, signed in at reception",
])

M("clean", "stage_combat_risk_assessment",
  "everyday: staff/external - risk assessment for visiting fight director workshop, PDF",
  staff("threlfall"), [ext("Ruth Calloway", "ruth@calloway-fight.example.com")],
  "Stage combat workshop 5 Feb - risk assessment",
  mkdate(2026, 1, 30, 11, 55),
  mixed(plain("""Hi Ruth,

Attached is our risk assessment for Thursday's workshop - please have a look
and let me know if there's anything you'd add, particularly for the falls
section, which is your territory more than mine.

24 students from Year 12 and 13, all in the Main Hall from 13:30. The sprung
floor will be down and we'll have crash mats. Our first aider for the
afternoon is Mrs Greaves.

Please bring your DBS certificate and photo ID for reception; you'll be met
at the front desk and given a visitor badge. Parking is in the staff car park
off Park Row - give your registration to reception when you arrive.

Looking forward to it,
Ian

Ian Threlfall
Director of Productions
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""),
        attach("RA - stage combat workshop.pdf", "application/pdf", STAGE_COMBAT_RA)),
  cc=[staff("dsl")],
  mailer="outlook")

M("clean", "casting_decision_reply",
  "everyday: drama head's careful reply to a father unhappy about casting",
  staff("hughes"), [parent("ali")],
  "RE: Casting for the Year 11 showcase",
  mkdate(2025, 10, 3, 17, 49),
  alt("""Dear Mr Guardian,

Thank you for your email, and for being honest about how disappointed you
both are. I completely understand - he worked hard on his audition and it
showed.

I'd like to explain a little about how we cast. Three staff watch every
audition, and we cast the whole show together rather than role by role, so
decisions are often about balancing the company rather than about who
"deserved" a part. Example Pupil Three was very close to the role of the
father. In the end, we felt his voice sits more naturally in the ensemble
numbers for this show, where he will also have a short featured verse in Act
2.

I'm very happy to meet him, with you if you'd like, to give him feedback on
his audition and talk about what to work on for the spring productions. He
has a lot to offer.

Kind regards,
Rhian Hughes
Head of Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 02 October 2025 22:15
To: Rhian Hughes <r.hughes@example-school.org.uk>
Subject: Casting for the Year 11 showcase

Dear Mrs Hughes, we are disappointed that he was not given the role of the
father, which he prepared for all summer. Can you explain the decision?
Ali Guardian
""", style="outlook"),
  mailer="outlook")

COMPOSITION_FEEDBACK = fake_pdf("Composition feedback - Tobi Okonkwo - draft 2", [
    "Structure: intro / A / B / A' / outro works well; B section too long (bars 41-72)",
    "Harmony: good use of modal mixture in A; check parallel 5ths bars 18-19",
    "Texture: strings pad masks the melody in A' - thin it out or drop an octave",
    "Production: kick and bass clash around 60-80Hz; sidechain or EQ",
    "Next steps: tighten B, finish the outro, bounce a new mix by 13 March",
])

M("clean", "composition_feedback_pdf",
  "everyday: music tech teacher returns composition feedback to Y13 pupil, PDF attached",
  staff("kerr"), [pupil("tobi")],
  "Composition draft 2 - feedback",
  mkdate(2026, 2, 27, 17, 3),
  mixed(plain("""Hi Tobi,

Feedback on draft 2 attached. This is a big step up from the first draft -
the A section is genuinely good and the modal shift into the B section is
really effective.

Main things: the B section outstays its welcome, and the kick and bass are
fighting each other in the low end. Both are fixable in an afternoon.

New bounce by 13 March please. Any questions, grab me in the studio.

Mr Kerr
"""),
        attach("Tobi Okonkwo - composition draft 2 feedback.pdf", "application/pdf",
               COMPOSITION_FEEDBACK)),
  mailer="thunderbird")

M("clean", "headteacher_friday_letter_show_week",
  "everyday: head's Friday letter with show week late-finish and collection arrangements",
  staff("head"), [parent("jane"), parent("sam"), parent("ali")],
  "Friday letter - show week arrangements",
  mkdate(2026, 3, 6, 15, 30),
  alt("""Dear parents and carers,

Next week is show week, and the whole building is buzzing. Here are a few
things you need to know.

Late finishes
Cast, band and crew will be in school until around 22:00 from Monday to
Friday. Pupils will be given a hot meal at 17:00 (free of charge) and there
will be supervised homework space in the library between the afternoon call
and the evening call for those who want it.

Collection
Younger pupils (Years 7-9) must be collected from the stage door on Park Row
by a named adult; they will not be allowed to walk home alone after 21:00.
Older pupils may leave on their own if you have given permission on the show
consent form.

Tiredness
It is a long week. Please help your child to get as much sleep as possible and
to eat well. Pupils in the show will not be set homework next week, and
teachers have been asked to be understanding about tiredness on Wednesday
and Thursday mornings.

Beyond the show
Congratulations to our Year 12 dancers, who won the regional heat of the
Youth Choreography Award last Saturday, and to the Chamber Choir, who have been
invited to sing at the Bruges festival in April.

Have a good weekend,

Kieran Doherty
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
""", style="outlook", cte_text="quoted-printable", cte_html="quoted-printable"),
  mailer="mis")

MED_FORM = fake_pdf("Medication consent form - residential visits", [
    "Pupil name: ______________________  Form: _____",
    "Medication name and dose: ____________________________",
    "Times to be given: ___________   Self-administer? Y / N",
    "Parent/carer signature: ____________________  Date: ________",
    "Return to the School Nurse, Example School, Park Row, Leeds LS1 4AP",
])

M("clean", "residential_medication_form",
  "everyday: school nurse sends medication form for a residential dance intensive",
  staff("greaves"), [parent("jane")],
  "Medication for the Dance residential",
  mkdate(2026, 2, 2, 12, 48),
  mixed(plain("""Dear Jane,

Thank you for letting us know that Example Pupil One takes an inhaler and
will need her hay fever tablets during the Dance residential at Ashwood Lodge
(23-25 March).

Please could you fill in the attached medication consent form and send it
back with the medication in its original packaging, clearly labelled with her
name, on the morning of departure. The inhaler can stay with her; the tablets
will be kept by the staff first aider and given each morning.

Many thanks,
Hannah Greaves
School Nurse
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""),
        attach("Medication consent form.pdf", "application/pdf", MED_FORM)),
  mailer="outlook")

M("clean", "inset_day_agenda",
  "everyday: staff-only INSET day agenda",
  staff("head"), [colleague("All Staff", "allstaff")],
  "INSET Monday 5 January - agenda",
  mkdate(2025, 12, 18, 16, 5),
  alt("""Dear colleagues,

Here's the plan for our INSET day on Monday 5 January.

08:45  Coffee and pastries, staffroom
09:00  Welcome back and the spring term calendar (KD)
09:30  Safeguarding update: child performance licensing, chaperoning and
       online contact from agents (HA and BLP) - all staff, including
       support staff and peripatetic teachers
10:30  Break
10:50  Department time: schemes of work and show week planning
12:30  Lunch
13:15  Wellbeing: managing workload in production terms (optional yoga in
       Studio 1 with PC, or a walk)
14:00  Year team meetings
15:30  Close

Please make sure you've completed the online safeguarding module before
Monday; the link is on the staff portal.

Thank you for all you've done this term. Have a proper rest.

Kieran
""", style="outlook"),
  mailer="outlook")

M("clean", "mature_content_letter_qp",
  "everyday: letter to Y11 parents about a set play with strong language and mature themes (QP, RFC2047 subject)",
  staff("hughes"), [parent("ali")],
  "Year 11 Drama: \u201cBlasted\u201d extract \u2013 content note",
  mkdate(2026, 1, 12, 14, 2),
  alt("""Dear parents and carers of Year 11 Drama students,

For their practitioner study this half-term, Year 11 will be looking at
extracts from Sarah Kane's play Blasted, alongside work by Brecht and Frantic
Assembly. We're writing to let you know in advance because the play contains
very strong language and deals with mature themes, including violence and
war.

Students will not perform the most explicit scenes; we'll study them through
discussion and design tasks. The extract they perform has been chosen with
care, and we will talk in class about how theatre can show difficult things
responsibly.

If you have any concerns, or would like to see the extract, please contact me
at school. A different extract can be arranged for any student for whom this
material is not appropriate, without any effect on their grade.

With best wishes,
Rhian Hughes
Head of Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", style="outlook", cte_text="quoted-printable", cte_html="quoted-printable"),
  mailer="outlook")

M("clean", "lost_property_after_dress",
  "everyday: office lost-property mail to parents after the dress rehearsal",
  staff("office"), [parent("jane"), parent("sam"), parent("ali")],
  "Lost property from the dress rehearsal",
  mkdate(2026, 3, 10, 10, 2),
  plain("""Dear parents and carers,

After last night's dress rehearsal we've collected quite a pile of lost
property, including:

- one black Capezio jazz shoe (size 5)
- a navy North Face jacket (no name)
- three water bottles, one with "Dancing Queen" stickers
- a grey school jumper with the name tag cut out
- a clarinet cleaning kit

Everything is on the table outside reception until Friday. Anything not
collected will go to the second-hand uniform rail or the charity shop.

Thank you,
School Office
"""),
  mailer="outlook")

M("clean", "missed_rehearsals_warning",
  "everyday: musical theatre lead writes to a Y9 pupil about missed rehearsals",
  staff("mallory"), [pupil("imogen")],
  "Missed rehearsals",
  mkdate(2026, 2, 25, 16, 58),
  plain("""Hi Imogen,

I missed you at rehearsal again today - that's three this half-term without
a message. I know you've got a lot on, and I don't want to lose you from the
show because Little Red is a big part and you're great in it. But if you
can't commit to the schedule, we need to talk about it now rather than in
show week.

Could you come and see me at lunch tomorrow in D104? Nothing scary, I just
want to understand what's going on.

Miss Mallory
"""),
  mailer="outlook")

M("clean", "church_hall_booking",
  "everyday: music director books an outside church hall for an extra choir rehearsal",
  staff("oyelaran"), [ext("St Mark's Hall Bookings", "bookings@stmarkshall.example.org")],
  "Hall booking - Saturday 28 March",
  mkdate(2026, 3, 3, 13, 29),
  plain("""Dear Mrs Haigh,

I'd like to book the main hall at St Mark's for Saturday 28 March, 10:00 to
13:00, for a rehearsal of our Chamber Choir (32 singers aged 13-18, with 3
staff). We would need the piano, and the room set with chairs in a horseshoe.

Could you confirm whether that date is free and what the charge would be? We
have paid by invoice in the past; the school's purchase order number will
follow once the booking is confirmed.

With thanks,
Marcus Oyelaran
Director of Music
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""),
  mailer="outlook")

M("clean", "thank_you_reply_after_show",
  "everyday: director replies to a parent's thank-you after the show, quoted gmail thread",
  staff("threlfall"), [parent("jane")],
  "Re: Thank you!",
  mkdate(2026, 3, 15, 10, 11),
  alt("""Dear Jane,

Thank you so much - that's really kind, and I'll pass it on to the whole team.
Example Pupil One was a joy all week: funny, generous with the younger ones,
and never once late for a call. The stepsisters' scene in Act 1 got the
biggest laugh of the run on Friday.

Have a well-deserved lie-in this weekend!

Ian

On Sat, 14 Mar 2026 at 09:02, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Mr Threlfall,
> Just wanted to say an enormous thank you for Into the Woods. It was
> professional from start to finish and she has had the best week of her
> life. Please thank everyone who gave up their evenings.
> Jane
""", style="gmail"),
  mailer="gmail",
  extra_headers=[("In-Reply-To", "<CAK8r44jp.0314@mail.gmail.com>")])

M("clean", "conservatoire_deadlines_y13",
  "everyday: head of sixth form reminds Y13 of UCAS/conservatoire deadlines and audition fees support",
  staff("nwosu"), [pupil("tobi"), pupil("grace")],
  "Deadlines and audition fee support",
  mkdate(2025, 9, 22, 8, 5),
  plain("""Morning both,

A quick reminder of the dates we talked about:

- UCAS Conservatoires on-time deadline for music: 1 October
- Drama schools via UCAS (main scheme): 14 January, but several open their
  own audition bookings much earlier - check each one this week
- School reference: I need your final personal statement by Friday 26
  September so your referees have time

Audition fees add up quickly. The school can help with some fees and travel
costs through the Sixth Form bursary, and several schools waive fees for
students who qualify for free school meals or certain benefits. Come and see
me if that might apply to you - it's completely confidential.

Ms Nwosu
"""),
  mailer="outlook")

M("clean", "choir_rehearsal_moved",
  "everyday: chamber choir rehearsal moved to the recital room; RFC2047 sender name",
  staff("marchetti"), [pupil("lila"), pupil("grace"), pupil("erin"), pupil("one")],
  "Choir moved to the Recital Room tomorrow",
  mkdate(2026, 1, 21, 15, 47),
  plain("""Hi Chamber Choir,

Tomorrow's rehearsal is moving to the Recital Room (M1) because the Main Hall
is being used for the Year 10 mock exams. Same time, 15:30-17:00.

We'll be working on the Duruflé and the new Bruges programme, so please bring
both folders and a pencil. Sopranos: the divisi in bar 34 still needs work!

Merci,
Mme Marchetti
""", cte="8bit"),
  cc=[staff("oyelaran")],
  mailer="outlook")

M("clean", "agent_notice_period_reply",
  "everyday: licensing officer replies to an agent about licence notice periods (no parent/pupil)",
  staff("licensing"), [ext("Northlight Young Talent", "bookings@northlight-talent.example.com")],
  "RE: Availability - series 3 recall",
  mkdate(2026, 1, 13, 9, 58),
  plain("""Dear Gemma,

Thanks for the heads-up. As before, please remember that the local authority
needs a minimum of 21 days to process a performance licence, so if the
production's dates are confirmed any later than 19 January, we may not be able
to get it through in time.

Once you have a confirmed schedule, please send it to me directly
(licensing@example-school.org.uk) along with the production company's
chaperone arrangements and the name of the tutor, and I'll coordinate the rest
with the family.

Kind regards,
Bethan Lloyd-Pryce
Licensing & Chaperone Coordinator
Example School, Park Row, Leeds LS1 4AP
"""),
  mailer="outlook")

M("clean", "harmony_extension_granted",
  "everyday: short reply granting a Y10 pupil an extension",
  staff("evans"), [pupil("harvey")],
  "Re: harmony exercises",
  mkdate(2026, 3, 11, 8, 19),
  plain("""Hi Harvey,

That's fine - Monday is OK for the harmony exercises, given the show. Just
don't leave the last two till Sunday night.

Miss Evans
""", cte="7bit"),
  mailer="outlook")

M("clean", "parents_evening_appointments",
  "everyday: office confirms parents' evening appointment times to a parent",
  staff("office"), [parent("sam")],
  "Year 8 parents' evening - your appointments",
  mkdate(2026, 2, 4, 18, 1),
  plain("""Dear Sam Carer,

Your appointments for Year 8 Parents' Evening on Thursday 12 February are:

16:40  Mrs Bryce (Head of Year / form tutor)  - Room A3
16:50  Miss Sorensen (Dance)                  - Studio 1
17:05  Mr Ahmadi (Science)                    - Room S4
17:15  Ms Hughes (Drama)                      - D104
17:30  Mr Oyelaran (Music)                    - M2

Each appointment lasts 5 minutes. Please come to the main reception and sign
in; Year 8 pupils are welcome to attend with you.

If you need to change an appointment, you can do so on the booking system
until 12 noon on the day.

Example School Office
01632 960000
"""),
  mailer="mis")
# =========================================================================== output

README = """# Round 44 hold-out corpus: personal-address-to-parent

**BLIND TEST DATA: never use it for tuning.** The messages were written without reading
the filter's code, rules, tests or documentation, so they measure how well the filter
generalises. Do not adjust rules, thresholds or code to make these particular files pass.
If a file shows a real gap, fix the general behaviour and check it against fresh data.

## What it is

{total} hand-written outgoing e-mails from staff at a fictional performing-arts specialist
school (ages 11-18: drama, dance, music, auditions, child performance licences and
chaperones, agents, West End/TV work, late rehearsals, show weeks). They test the policy
rule that staff must not give pupils or parents their **own** personal contact details
(personal mobile or home landline, personal e-mail, home address) or invite them to
private channels (WhatsApp, Instagram, Facebook, Discord, Signal, "text me on..."), and
must not communicate with them through personal accounts.

- `NNN_<flag|clean>_<slug>.eml`: full RFC 5322 messages (plain text, multipart/alternative,
  HTML-only, attachments incl. vCard/.ics/PDF/message/rfc822; 7bit, 8bit,
  quoted-printable and base64 bodies; RFC 2047 subjects and names).
- `labels.csv`: `file,expected,sender,recipients,note`. `expected` is `flag` (should be
  held for the safeguarding lead) or `clean` (should pass). `recipients` are the To and Cc
  addresses, separated by spaces. Judgement calls are marked `[unsure]` in the note.

All people, addresses and organisations are fictional. Phone numbers are from the Ofcom
drama ranges; third-party domains are example.com/.org/.net; personal webmail addresses
have made-up local parts. The school's own details are 01632 960000, LS1 4AP and
office@example-school.org.uk.

## How it was made and how to regenerate

Written by hand and generated by `../make_round44_personal.py` (Python 3.11, stdlib only).
The output is deterministic (fixed dates, Message-IDs, MIME boundaries and a seeded
shuffle of the file order), so the files are the same byte for byte every time:

    python3 tests/holdout/round44/make_round44_personal.py

The script also checks that every file parses with `email.policy.default` and that
labels.csv matches the files.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give their own contact details / private channel to a parent or pupil | {nflag} |
| clean | everyday school mail | {neveryday} |
| clean | hard negatives (look like personal details, but are not a breach) | {nhard} |
| **total** | | **{total}** |

## Kinds of case

Flag:
- own mobile in plain text, hyphenated, dotted, bracketed home landline, no spaces,
  +44 and 0044 forms, inside HTML with `&nbsp;`, split over a line break, in a signature
- personal e-mail in the body, in Reply-To, in Cc; a vCard with own mobile/home e-mail;
  a home address in an .ics LOCATION; a street address given for dropping off work
- private channels: WhatsApp group, WhatsApp a self-tape, Instagram follow-back,
  personal Discord server, Facebook friend request, Signal
- encodings: base64 and quoted-printable bodies, RFC 2047 subjects/sender names

Clean (hard negatives):
- school-owned trip phones (stated as school phones), the school's number, postcode and a
  colleague's school direct line
- the parent's own number/e-mail/address read back or quoted in a reply; a pupil's own
  gmail quoted when asking them to use the school account
- third parties: council licensing team, production company chaperone, agent (forwarded
  as an attachment), host family, physio clinic, other school, wellbeing helpline,
  tour operator, Teams dial-in
- numbers that are not personal phones: candidate and centre numbers, ISBNs, sort code
  and account number, meeting IDs, order and transaction numbers, schedule times, venue
  postcodes
- staff-only mail containing personal details (HR starter form, get-out party, cover)
- e-safety advice naming apps; staff declining to give a number or accept follow requests;
  the school's official social accounts [unsure]; a fictional character's number in a script

Clean (everyday): reminders, homework, attendance, lesson rotas, newsletters, trip and
show letters, reports, minutes, risk assessments, casting replies, licensing admin with
agents, feedback to pupils, parents' evening appointments.
"""


def main():
    kinds = [m["kind"] for m in MESSAGES]
    assert kinds.count("flag") == 20, kinds.count("flag")
    assert kinds.count("clean") == 60, kinds.count("clean")
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    nhard = sum(1 for m in MESSAGES if m["kind"] == "clean" and m["note"].startswith("hard neg"))
    neveryday = sum(1 for m in MESSAGES if m["note"].startswith("everyday"))
    assert nhard == 30 and neveryday == 30, (nhard, neveryday)

    order = list(MESSAGES)
    random.Random(4444).shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))

    rows = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}_{m['kind']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        recips = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, m["kind"], m["frm"][1], recips, m["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(order), nflag=kinds.count("flag"),
                               neveryday=neveryday, nhard=nhard))
    verify()


def verify():
    parents = {a for _, a in PARENTS.values()}
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(r["file"] for r in rows) == emls, "labels do not match files"
    for r in rows:
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (r["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()  # decodes
        frm = msg["From"].addresses[0].addr_spec
        assert frm == r["sender"] and frm.endswith("@" + SCHOOL), r["file"]
        got = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert got == r["recipients"].split(" "), (r["file"], got)
        assert r["expected"] in r["file"].split("_")[1]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (r["file"], h)
        if r["expected"] == "flag":
            assert any(a in parents or a.endswith("@" + PUPILS) for a in got), r["file"]
    print(f"OK: {len(rows)} files ({sum(r['expected'] == 'flag' for r in rows)} flag, "
          f"{sum(r['expected'] == 'clean' for r in rows)} clean) in {OUT}")


if __name__ == "__main__":
    main()
