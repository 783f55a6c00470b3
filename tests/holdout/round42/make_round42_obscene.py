#!/usr/bin/env python3
"""Generate the round-42 BLIND held-out corpus for the obscene-language module.

Setting: a university technical college (ages 14-19) in the Black Country,
specialising in engineering and digital technology.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 stdlib only; the output
is byte-identical on every run (fixed dates, Message-IDs and MIME boundaries).

Usage:  python3 make_round42_obscene.py
"""
import base64
import csv
import datetime
import email.utils
import hashlib
import html
import os
import quopri
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
D = "example-school.org.uk"
P = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
STAFF = {
    "round": ("Karen Round", "k.round@" + D, "Principal"),
    "pountney": ("Gareth Pountney", "g.pountney@" + D, "Head of Engineering"),
    "hackett": ("Liam Hackett", "l.hackett@" + D, "CNC & Machining Instructor"),
    "bayliss": ("Marcia Bayliss", "m.bayliss@" + D, "Senior Workshop Technician"),
    "sandhu": ("Dev Sandhu", "d.sandhu@" + D, "Head of Computing & Digital"),
    "mistry": ("Priya Mistry", "p.mistry@" + D, "Teacher of English"),
    "whitehouse": ("Tom Whitehouse", "t.whitehouse@" + D, "Head of Year 10 / PSHE Lead"),
    "hingley": ("Sue Hingley", "attendance@" + D, "Attendance Officer"),
    "cartwright": ("Rachel Cartwright", "dsl@" + D, "Designated Safeguarding Lead"),
    "hussain": ("Imran Hussain", "placements@" + D, "Employer Partnerships & Placements Manager"),
    "dudley": ("Jo Dudley", "senco@" + D, "SENCo"),
    "marsh": ("Colin Marsh", "c.marsh@" + D, "Teacher of Maths"),
    "tromans": ("Bev Tromans", "office@" + D, "Office Manager"),
    "baggott": ("Nathan Baggott", "n.baggott@" + D, "PE & Enrichment Coordinator"),
    "owen": ("Hannah Owen", "h.owen@" + D, "Teacher of Physics"),
    "price": ("Aled Price", "a.price@" + D, "Head of Sixth Form"),
    "hodgetts": ("Wendy Hodgetts", "exams@" + D, "Exams Officer"),
    "kaur": ("Simran Kaur", "s.kaur@" + D, "Teacher of Humanities & RS"),
    "beddow": ("Mark Beddow", "itsupport@" + D, "Network Manager"),
    "penn": ("Lucy Penn", "careers@" + D, "Careers & Apprenticeships Adviser"),
    "llewellyn": ("Siân Llewellyn", "s.llewellyn@" + D, "Catering Manager"),
    "fereday": ("Zoë Fereday", "z.fereday@" + D, "Teacher of German & Trips Coordinator"),
    "tibbetts": ("Craig Tibbetts", "c.tibbetts@" + D, "Head of Year 11"),
    "mallen": ("Andy Mallen", "a.mallen@" + D, "Deputy Principal (Behaviour & Attitudes)"),
    "bains": ("Jas Bains", "j.bains@" + D, "Teacher of Electronics"),
    "nock": ("Paul Nock", "p.nock@" + D, "Cover Supervisor"),
}


def S(k):
    return STAFF[k][0], STAFF[k][1]


def pupil(name, local):
    return (name, local + "@" + P)


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
ALLSTAFF = ("All Staff", "allstaff@" + D)
ENGSTAFF = ("Engineering Staff", "engineering-staff@" + D)


def sig(k, v="full"):
    name, addr, role = STAFF[k]
    first = name.split()[0]
    if v == "full":
        return (f"{name}\n{role}\nExample School – University Technical College\n"
                f"Park Row, Leeds LS1 4AP\nT: 01632 960000")
    if v == "ascii":
        return (f"{name}\n{role}\nExample School UTC | Park Row, Leeds LS1 4AP | 01632 960000")
    if v == "tag":
        return (f"{name} | {role}\nExample School UTC\nPark Row, Leeds LS1 4AP\n"
                f"Tel: 01632 960000\nEngineering & digital skills for the Black Country")
    if v == "ext":
        return (f"{name}\n{role}\nExample School\nTel 01632 960000 "
                f"(switchboard)\n{addr}")
    if v == "short":
        return f"{name}\n{role}"
    if v == "first":
        return first
    raise ValueError(v)


# ---------------------------------------------------------------- helpers
def fmt_date(y, mo, d, h, mi, s=0):
    utc_guess = datetime.datetime(y, mo, d, h, mi, s)
    bst = datetime.datetime(2025, 3, 30, 1) <= utc_guess < datetime.datetime(2025, 10, 26, 1)
    tz = datetime.timezone(datetime.timedelta(hours=1 if bst else 0))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def msgid(slug, style):
    h = hx("mid" + slug, 32).upper()
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(("g" + slug).encode()).digest()).decode()
        b = b.replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CAH{b[:40]}@mail.gmail.com>"
    if style in ("outlook", "mobile"):
        return f"<LO4P265MB{h[:8]}{h[8:16]}@LO4P265MB{h[16:20]}.GBRP265.PROD.OUTLOOK.COM>"
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{D}>"


def fmt_addr(a):
    return email.utils.formataddr(a, charset="utf-8")


def addr_header(name, addrs):
    items = [fmt_addr(a) for a in addrs]
    line = f"{name}: " + ", ".join(items)
    if len(line) <= 78:
        return line
    return f"{name}: " + ",\n ".join(items)


def enc_words(s, mode="B"):
    """RFC 2047 encode a string into folded encoded-words (never splitting a character)."""
    chunks, cur = [], ""
    limit = 45 if mode == "B" else 20
    for ch in s:
        if len((cur + ch).encode("utf-8")) > limit:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        if mode == "B":
            words.append("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?=")
        else:
            out = ""
            for b in c.encode("utf-8"):
                ch = chr(b)
                if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    out += ch
                elif ch == " ":
                    out += "_"
                else:
                    out += "=%02X" % b
            words.append("=?UTF-8?Q?" + out + "?=")
    return "\n ".join(words)


def subject_header(s, enc=None):
    if enc is None and s.isascii():
        return "Subject: " + s
    return "Subject: " + enc_words(s, enc or "Q")


def unwrap(text):
    """Join hard-wrapped prose lines into paragraphs (as Outlook/Gmail send them)."""
    lines = text.split("\n")
    out = []
    for ln in lines:
        if (out and len(out[-1]) >= 58 and ln.strip() and out[-1].strip()
                and not re.match(r"\s*([-*•>]|\d+[.)]\s|\d\d:\d\d\s|[A-Z]\d|[A-Z][a-z]+( \d+)?:\s)", ln)
                and not re.fullmatch(r"[A-Z][a-z]+", ln.strip())
                and not out[-1].startswith(">")):
            out[-1] = out[-1].rstrip() + " " + ln.lstrip()
        else:
            out.append(ln)
    return "\n".join(out)


def encode_body(text, cte):
    data = text.encode("utf-8")
    if cte == "7bit":
        assert text.isascii(), "7bit body must be ASCII"
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def auto_cte(text):
    if text.isascii() and max(len(l) for l in text.split("\n")) <= 900:
        return "7bit"
    return "quoted-printable"


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text_part(text, subtype="plain", cte=None, qp_split=None):
    text = text.strip("\n") + "\n"
    cte = cte or auto_cte(text)
    body = encode_body(text, cte)
    if qp_split:
        assert cte == "quoted-printable"
        word, pos = qp_split
        if word in body:
            i = body.index(word)
            body = body[:i + pos] + "=\n" + body[i + pos:]
        else:  # the natural 76-column wrap already broke the word with a soft line break
            assert word in body.replace("=\n", "")
        assert quopri.decodestring(body.encode()).decode("utf-8") == text
    cs = "us-ascii" if (cte == "7bit" and subtype == "plain" and False) else "utf-8"
    hdr = [f'Content-Type: text/{subtype}; charset="{cs}"', f"Content-Transfer-Encoding: {cte}"]
    return Part(hdr, body)


def attach_part(filename, ctype, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    ct = f'Content-Type: {ctype}; name="{filename}"'
    if ctype.startswith("text/"):
        ct = f'Content-Type: {ctype}; charset="utf-8"; name="{filename}"'
    hdr = [ct, f'Content-Disposition: attachment; filename="{filename}"',
           "Content-Transfer-Encoding: base64"]
    return Part(hdr, base64.encodebytes(data).decode("ascii"))


def multipart(subtype, parts, boundary, preamble=True):
    hdr = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    body = "This is a multi-part message in MIME format.\n" if preamble else ""
    for p in parts:
        body += f"\n--{boundary}\n" + "\n".join(p.headers) + "\n\n" + p.body
    body += f"\n--{boundary}--\n"
    return Part(hdr, body)


OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
    '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
    '\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;\n'
    '\ttext-decoration:underline;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n')


def html_from_text(text, style):
    text = unwrap(text.strip("\n"))
    lines = text.split("\n")
    if style == "outlook":
        out = [OUTLOOK_HEAD]
        for i, ln in enumerate(lines):
            if (ln.startswith("From: ") and i + 1 < len(lines) and lines[i + 1].startswith("Sent: ")):
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                           'padding:3.0pt 0cm 0cm 0cm">\n')
            if ln.strip():
                out.append(f'<p class="MsoNormal">{html.escape(ln, quote=False)}<o:p></o:p></p>\n')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out.append("</div>\n</body>\n</html>\n")
        return "".join(out)
    # gmail
    out = ['<div dir="ltr">']
    i = 0
    quote_open = False
    while i < len(lines):
        ln = lines[i]
        if re.match(r"^On .* wrote:$", ln) or ln.startswith("---------- Forwarded message"):
            out.append('</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                       f"{html.escape(ln, quote=False)}<br></div>")
            if ln.startswith("On "):
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                quote_open = True
            i += 1
            continue
        if quote_open:
            q = re.sub(r"^> ?", "", ln)
            out.append(f"{html.escape(q, quote=False)}<br>")
        elif ln.strip():
            out.append(f"<div>{html.escape(ln, quote=False)}</div>")
        else:
            out.append("<div><br></div>")
        i += 1
    if quote_open:
        out.append("</blockquote></div>")
    elif "gmail_quote" in "".join(out):
        out.append("</div>")
    else:
        out.append("</div>")
    return "\n".join(out) + "\n"


def tiny_pdf(title, lines):
    """A small, valid, uncompressed one-page PDF with some text."""
    stream = "BT /F1 14 Tf 56 780 Td (" + title.replace("(", "[").replace(")", "]") + ") Tj ET\n"
    y = 750
    for ln in lines:
        ln = ln.replace("(", "[").replace(")", "]")
        stream += f"BT /F1 10 Tf 56 {y} Td ({ln}) Tj ET\n"
        y -= 16
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{n} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# ---------------------------------------------------------------- message spec
MSGS = []


def M(label, slug, frm, to, subject, date, text=None, html_body=None, *, cc=(), note="",
      style="outlook", fmt=None, cte=None, html_cte="quoted-printable", subj_enc=None,
      attachments=(), qp_split=None, in_reply_to=None, extra=()):
    """fmt: 'plain' | 'alt' | 'html' (default: 'alt' for outlook/gmail, 'plain' otherwise)."""
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     date=date, text=text, html=html_body, note=note, style=style, fmt=fmt,
                     cte=cte, html_cte=html_cte, subj_enc=subj_enc, attachments=list(attachments),
                     qp_split=qp_split, in_reply_to=in_reply_to, extra=list(extra)))


def build(m, num):
    slug, style = m["slug"], m["style"]
    fmt = m["fmt"] or ("alt" if style in ("outlook", "gmail") else "plain")
    text = m["text"]
    if text is not None and style in ("outlook", "gmail", "mobile"):
        text = unwrap(text.strip("\n"))
    bnd = lambda k: f"----=_Part_{hx(slug + k, 8)}_{hx(slug + k + 'x', 12)}" if style != "outlook" \
        else f"_00{k}_LO4P265MB{hx(slug + k, 12).upper()}GBRP_"
    if style == "gmail":
        bnd = lambda k: f"000000000000{hx(slug + k, 16)}"
    if fmt == "plain":
        body = text_part(text, "plain", m["cte"], m["qp_split"])
    elif fmt == "html":
        h = m["html"]
        body = text_part(h, "html", m["html_cte"], m["qp_split"])
    else:
        h = m["html"] if m["html"] is not None else html_from_text(m["text"], style)
        body = multipart("alternative", [
            text_part(text, "plain", m["cte"] or ("quoted-printable" if not text.isascii() or style == "outlook" else None), m["qp_split"]),
            text_part(h, "html", m["html_cte"], m["qp_split"]),
        ], bnd("1"), preamble=False)
    if m["attachments"]:
        parts = [body] + [attach_part(*a) for a in m["attachments"]]
        body = multipart("mixed", parts, bnd("0"), preamble=(style != "gmail"))
    hdrs = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    hdrs.append(subject_header(m["subject"], m["subj_enc"]))
    hdrs.append("Date: " + fmt_date(*m["date"]))
    hdrs.append("Message-ID: " + msgid(slug, style))
    if m["in_reply_to"]:
        hdrs.append("In-Reply-To: " + m["in_reply_to"])
        hdrs.append("References: " + m["in_reply_to"])
    if style == "outlook":
        hdrs.append("Thread-Index: " + base64.b64encode(hashlib.sha256(slug.encode()).digest()[:22]).decode())
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if m["attachments"] else ""))
    elif style == "mobile":
        hdrs.append("X-Mailer: Microsoft Outlook for iOS")
    elif style == "thunderbird":
        hdrs.append("User-Agent: Mozilla Thunderbird")
        hdrs.append("Content-Language: en-GB")
    hdrs.extend(m["extra"])
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(body.headers)
    raw = "\n".join(hdrs) + "\n\n" + body.body
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8")


def emails(lst):
    return [a[1] for a in lst]


# ================================================================ FLAGS (20)

M("flag", "lathe_three_down_again", S("hackett"), [S("pountney")], "Lathe 3 down again",
  (2025, 2, 4, 12, 41), cc=[S("bayliss")], style="thunderbird", cte="7bit",
  note="staff-to-staff venting, plain 'fucking' about a broken lathe",
  text="""
Gareth,

Lathe 3 has gone again. Same fault as before Christmas - the chuck guard
interlock trips and then it won't reset. I had Y11 halfway through their
knurling test pieces and had to shuffle six of them onto the other
machines, so nobody got finished.

I'm sick of this fucking machine. That's the third time this half term,
and every time the engineer comes out he pokes it for ten minutes,
charges us 180 quid and says it's fine. It isn't fine.

Can we please push for the replacement in the capital bid rather than
throwing more money at it? I've put an out of order sign on it and
isolated it at the wall.

Marcia - can you log it with the service company again and ask for
someone who actually knows Colchesters this time.

Liam
""")

M("flag", "timetable_consultation", S("tibbetts"), [S("whitehouse")],
  "RE: Proposed timetable 2025-26 - draft for consultation", (2025, 3, 10, 17, 22),
  note="staff-to-staff, plain 'bollocks' about a timetable consultation",
  text="""
Tom,

Have you seen the draft? They want to move the Year 11 engineering block to periods 7 and 8 on a
Friday. Half of them are on the 16:50 bus as it is, and after eight hours in the building nobody is
going to be safe on a milling machine at quarter past four.

Honestly the whole consultation is bollocks - the decision's been made and we're being asked to
rubber-stamp it. I'll say it politely on Thursday but wanted you to know where I stand before we
go in.

Are you coming to the pastoral catch-up first? Could do with ten minutes to get our story straight.

Craig

""" + sig("tibbetts", "full") + """

From: Andy Mallen <a.mallen@example-school.org.uk>
Sent: 10 March 2025 15:04
To: Heads of Year <headsofyear@example-school.org.uk>
Subject: Proposed timetable 2025-26 - draft for consultation

Dear colleagues,

Please find the draft 2025-26 timetable model on the staff SharePoint. Comments to me by Thursday's
meeting, please. The main change is that the extended day (periods 7 and 8) moves to Tuesday and
Friday to fit around the new employer-project afternoons.

Thanks,
Andy
""")

M("flag", "slip_gauges_missing", S("bayliss"), [ENGSTAFF],
  "Who the fuck has had the slip gauges?! 😡", (2025, 3, 18, 13, 5), style="thunderbird",
  subj_enc="B", cte="8bit",
  note="swearing only in an RFC 2047 (base64) encoded subject; body clean",
  text="""
The full metric slip gauge set (the grey Mitutoyo box, 112 pieces) has
gone walkabout from the inspection room cabinet. It was signed back in
by 10B on Monday and it's not there now.

It's a £600 set and we need it for the Y13 calibration practical on
Thursday.

If you've borrowed it, just put it back on the shelf - no questions asked.

Marcia
Senior Workshop Technician
""")

M("flag", "parent_complaint_dad_bellend", S("whitehouse"), [S("mallen")],
  "RE: Complaint - detention on Friday", (2025, 3, 12, 16, 48),
  note="forwarding a (clean) parent complaint to a colleague; author calls the father a 'bellend'",
  text="""
Andy,

FYI before he rings you. I've spoken to Mr Danks twice today and he isn't having it. His lad had
his phone out in the CAD suite, refused to hand it over, told Mr Sandhu to "get lost", and the
detention is 30 minutes on Friday. That's it.

The dad is an absolute bellend on the phone - talked over me for ten minutes and then said he'd be
"going to the Express & Star". I've kept it professional and logged both calls on the MIS.

I'd suggest we offer him a meeting with you next week and hold the line on the detention.

Tom

From: Mark Danks <markdanks77@hotmail.co.uk>
Sent: 12 March 2025 10:02
To: Tom Whitehouse <t.whitehouse@example-school.org.uk>
Subject: Complaint - detention on Friday

Mr Whitehouse,

I am not happy about my son getting a detention for having his phone out. He was checking the
time. He has to catch two buses home and a detention on a Friday means he won't be home till
gone six. I expect it to be cancelled.

M Danks
""")

M("flag", "parent_bus_company", S("hingley"), [ALI], "Re: Late marks - bus",
  (2025, 3, 24, 9, 37), style="gmail", in_reply_to="<CAHk2bqU7Lw0aGuardianBus@mail.gmail.com>",
  note="attendance officer to a parent: 'the bus company have been shit'",
  text="""
Hi Mr Guardian,

Thanks for letting me know, and please don't worry about the late marks. I've gone back through
the register and changed every one on a day the 226 was cancelled to the code for transport
problems, so they won't count against him.

To be honest with you the bus company have been shit this term, and we're not the only school
complaining. Karen (our Principal) is meeting the operator and the combined authority on the 20th
and we've sent them a list of every late or cancelled service since January.

In the meantime, if the 7.35 doesn't turn up he can catch the next one and just sign in at
reception - he won't be sanctioned for it.

Best wishes,
Sue

""" + sig("hingley", "full") + """

On Mon, 24 Mar 2025 at 07:58, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Morning,
> The 7.35 didn't turn up AGAIN so he'll be late. That's the fourth time this
> month. Will he get marked late for this? He's stood there since 7.20.
> Ali Guardian
""")

M("flag", "pupil_cnc_project_pissing_about", S("hackett"), [pupil("Declan Newey", "24dnewey")],
  "Your CNC bracket project", (2025, 3, 19, 16, 58), style="thunderbird", cte="7bit",
  note="instructor to a pupil: 'stop pissing about', 'get your arse in gear'",
  text="""
Declan,

I've looked at your toolpaths and the honest answer is there's nothing
new since half term. Your set-up sheet is blank and the G-code in your
folder is the example I gave the whole group.

You're better than this and you know it. Stop pissing about in lessons,
get your arse in gear and come and see me Thursday after period 6 so we
can get the roughing passes sorted. The employer is in on 2 April to see
the finished brackets and I'm not having you be the one with nothing to
show them.

Mr Hackett
CNC & Machining
""")

M("flag", "kit_sponsor_racial_slur", S("nock"), [S("baggott")], "five a side kit",
  (2025, 2, 26, 12, 14), style="mobile", cte="7bit", fmt="plain",
  note="racial slur ('Paki shop') in casual staff-to-staff mail",
  text="""
Nath,

Re the kit sponsorship - Zain's dad runs the Paki shop on Owen Street, he's already said he'd chip in for the shirts if we put the shop name on the back. Want me to ask him properly or are you doing it through Imran?

Paul

Sent from Outlook for iOS
""")

M("flag", "reports_system_disability_slur", S("bains"), [S("sandhu")],
  "new reporting system", (2025, 1, 29, 19, 3),
  note="ableist slurs ('retarded', 'spacker') about software, staff-to-staff",
  text="""
Dev,

Have you tried entering the Y10 electronics grades on the new reporting system yet? It's
completely retarded. Four screens to enter one grade, and if you press back it wipes the whole
class. Whoever designed it must be a total spacker.

I've done 11 out of 56 in an hour. Is it worth me doing them in the spreadsheet and getting Bev to
bulk upload, or will that break something?

Jas
""")

M("flag", "dance_enrichment_homophobic_slur", S("baggott"), [S("tibbetts")],
  "Re: Kai - enrichment swap", (2025, 4, 29, 21, 40), style="mobile", fmt="plain", cte="base64",
  note="homophobic slur about a pupil in staff-to-staff mail; base64 text body",
  text="""
Told Kai he can swap from football to the dance enrichment on Weds if he wants, I've put him on the register.

He'll get some stick off the lads though, he's a bit of a poof to be fair. Might be worth you having a word with 11C before it kicks off.

N

Sent from Outlook for iOS
""")

M("flag", "forward_data_drop_wanker", S("pountney"), [S("marsh")],
  "FW: Trust data collection - Spring 2", (2025, 3, 26, 8, 12),
  note="forward of a clean trust e-mail; author's comment calls the sender a 'wanker'",
  text="""
Colin - see below. The man is a wanker. Third data drop this term and he wants it by Friday,
the day after mocks finish. I'll do the engineering columns if you can do the KS4 maths bit.

G

From: Gavin Royle <g.royle@example.org>
Sent: 25 March 2025 17:55
To: Heads of Department <hods@example-school.org.uk>
Subject: Trust data collection - Spring 2

Dear colleagues,

Please complete the attached template with working-at grades for all KS4 and KS5 students by
Friday 28 March at 12:00. Please do not change the column order as this breaks the import.

Many thanks,
Gavin Royle
Data & Performance Manager
""")

M("flag", "placements_pulled_asterisks", S("hussain"), [S("penn")],
  "Brierley Fabrications - placements", (2025, 6, 26, 14, 3),
  note="asterisk-masked swearing (f*cking, c*nt) about an employer, staff-to-staff",
  text="""
Lucy,

Just had Brierley Fabrications on the phone. They're pulling all four Y12 placements that start
on Monday. Four days' notice, after we've done the risk assessments, the insurance checks and the
parents have sorted lifts to Brierley Hill. F*cking unbelievable.

The MD was a complete c*nt about it as well - basically "not our problem, they're only kids".

Plan B: I've rung Jukes Precision and they can take two from the 7th. Can you ring round your
apprenticeship contacts for the other two? Anything engineering-ish, even a week.

I'll tell the students in tutor time tomorrow.

Imran

""" + sig("hussain", "ascii"))

M("flag", "web_filter_leetspeak", S("sandhu"), [S("beddow")], "web filter AGAIN",
  (2025, 2, 11, 9, 2), style="thunderbird", cte="7bit",
  note="leetspeak/symbol-masked swearing (tw@t, 5h1t) about the web filter, staff-to-staff",
  text="""
Mark,

The new web filter has blocked GitHub AND the Python docs again in C14.
Y12 sat there for twenty minutes doing nothing. Whoever set up the
category rules is a tw@t - "software development" is apparently high
risk now. The whole thing is 5h1t.

Can you whitelist github.com, docs.python.org and pypi.org before
period 3 please?

Cheers,
Dev
""")

M("flag", "mock_marks_not_saved", S("marsh"), [S("hodgetts")], "Y11 maths mock marks",
  (2025, 3, 7, 7, 51), style="thunderbird", cte="7bit",
  note="repeated-letter swearing (fuuuuuck, shiiiiit), staff-to-staff",
  text="""
Wendy - fuuuuuck. I've just realised the Y11 paper 2 marks I entered
last night didn't save. The sheet just says "session expired".
Shiiiiit.

I've still got the scripts so I can redo them tonight. Can you give me
until Monday before you run the analysis?

Colin
""")

M("flag", "football_squad_spaced_letters", S("baggott"),
  [pupil("Reece Dunn", "23rdunn"), pupil("Kyle Bissell", "23kbissell"), pupil("Tyrone Hall", "24thall")],
  "Training Tuesday - county cup semi", (2025, 2, 6, 16, 15), cc=[S("tibbetts")],
  note="PE teacher to pupils; swearing spelled with spaces/hyphens (b o l l o c k s, p-i-s-s)",
  text="""
Lads,

Only six of you turned up on Tuesday. The excuse that the 3G was "too wet" is b o l l o c k s
and you know it - it's an artificial pitch, it drains.

The semi-final is on the 20th against Ormiston. If you want a place on the minibus you'll be at
training this Tuesday and next, 4.50 to 6, no exceptions. Another p-i-s-s poor turnout like
last week and I'll pick the team from Year 10.

Kit: shin pads, blues, and bring water. Parents' lifts home by 6.15 please.

Mr Baggott
""")

M("flag", "parent_meeting_homoglyphs", S("whitehouse"), [S("tibbetts")],
  "Re: Rowley meeting", (2025, 5, 14, 17, 31), style="gmail",
  in_reply_to="<CAHt9vPq2Rowley1meetingXw@mail.gmail.com>",
  note="swearing written with Cyrillic homoglyphs (fuсking, twаt), staff-to-staff",
  text="""
Well that was a fuсking waste of an hour. Mum spent forty minutes on her phone and dad called me a
liar twice in front of Kayden. What a twаt.

Anyway - outcome is he stays on report for two more weeks, and they've agreed to the referral to
the mentoring scheme. I'll write it up on the MIS tomorrow.

Thanks for sitting in, I owe you a brew.

T

On Wed, 14 May 2025 at 15:02, Craig Tibbetts <c.tibbetts@example-school.org.uk> wrote:
> I'll come down at 4 for the Rowley meeting. Do you want me to lead on the
> attendance bit or are you doing it?
> C
""")

M("flag", "duty_rota_fullwidth", S("owen"), [S("kaur")],
  "Friday duty rota – ｓｈｉｔｅ ａｇａｉｎ", (2025, 5, 2, 10, 19), style="thunderbird",
  cte="8bit", subj_enc="B",
  note="full-width letters in the RFC 2047 subject and body (ｓｈｉｔｅ, ｆｕｃｋｉｎｇ)",
  text="""
Simran,

Me on bus duty AND the 5pm detention again next Friday. ｆｕｃｋｉｎｇ ｈｅｌｌ.

Any chance you'd swap? I'll take your Wednesday break duty for the rest of
the half term in return.

H x
""")

M("flag", "trust_procurement_zero_width", S("bains"), [S("sandhu")],
  "Pi order rejected (again)", (2025, 1, 22, 15, 44), style="mobile", fmt="plain", cte="base64",
  note="swearing with zero-width spaces inside the words (wan\u200bker, pr\u200bick), base64 body",
  text="""
Dev,

The procurement bloke at the trust has rejected our Raspberry Pi order for the fourth time because the supplier isn't on the "approved list". The approved list supplier wants £20 more per board. Absolute wan\u200bker. I rang him and he was a pr\u200bick about it as well.

Can you take it to Karen? We need the kits for the Y10 embedded systems unit after half term.

Jas
""")

M("flag", "moderation_visit_html_split", S("pountney"), [S("hackett")],
  "Moderation visit - done", (2025, 5, 21, 16, 27), fmt="html",
  note="HTML-only; swearing split by tags/entities (arse<b></b>hole, sh&#105;t)",
  html_body=OUTLOOK_HEAD + """<p class="MsoNormal">Liam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Moderation visit is done. The moderator was an arse<b></b>hole from start to finish &#8211; picked holes in every logbook, wanted timestamps on photos from 2023 and kept calling the CNC work &#8220;fabrication&#8221;.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">BUT our marks stand, no adjustment. So sh&#105;t happens and we survive another year. Thanks for getting the sample folders ready, they were spot on.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pint on Friday?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Gareth Pountney</b><br>Head of Engineering<br>Example School &#8211; University Technical College<br>Park Row, Leeds LS1 4AP | 01632 960000<o:p></o:p></p>
</div>
</body>
</html>
""")

M("flag", "parent_calculator_theft_qp_split", S("whitehouse"), [JANE],
  "RE: Calculator and headphones taken from changing room", (2025, 2, 13, 15, 6),
  qp_split=("bastard", 3),
  note="to a parent, calls the thief a 'little bastard'; word broken by a QP soft line break",
  text="""
Dear Mrs Parent,

Thank you for your email and I'm really sorry this has happened. I've checked with Mr Baggott and the changing room was left unlocked for about ten minutes at the end of period 4 while he dealt with an injury on the field.

I'm honestly as angry as you are. Whichever little bastard took them, I will find out – we are checking the corridor camera this afternoon and I've spoken to the whole PE group.

In the meantime we can lend him a Casio fx-991 from the maths department so he isn't without one for the mocks. If the items don't turn up by Friday, please let me know and I'll pass the details to our insurers.

Kind regards,

""" + sig("whitehouse", "full") + """

From: Jane Parent <jane.parent@gmail.com>
Sent: 13 February 2025 12:40
To: Tom Whitehouse <t.whitehouse@example-school.org.uk>
Subject: Calculator and headphones taken from changing room

Hi Mr Whitehouse, my son's calculator and his headphones were taken from his bag during PE this morning. The calculator cost £25 and he needs it for his mocks. Can you look into it please? Jane
""")

INTERVENTION_CSV = """student,form,subject,current_grade,target,notes
Kyle B,11C,Maths,3,5,"Bone idle. Thick as shit but thinks he's clever - needs to sit at the front"
Jayden R,11A,English,3,5,"Gobby little twat, keep him away from Kyle"
Harjot S,11A,Maths,4,6,"Missing paper 2 - absent for mock"
Ellie J,11B,Science,4,6,"Needs the practical write-ups; very willing"
Owen M,11C,English,3,4,"Reading age low - check with Jo re reader"
Mason G,11B,Maths,4,5,"Good attitude, just needs exam technique"
"""

M("flag", "intervention_list_csv_attachment", S("tibbetts"), [S("dudley")],
  "Y11 intervention list for Thursday", (2025, 3, 4, 13, 26), cc=[S("marsh")],
  attachments=[("Y11_intervention_Thursday.csv", "text/csv", INTERVENTION_CSV)],
  note="clean body; the author's own notes in the attached .csv contain 'shit' and 'twat' about pupils",
  text="""
Hi Jo,

Attached is the list for Thursday's period 8 intervention. I've put a note against each one so
whoever picks them up knows where to start. Can you check Owen M's reading age against your
records? I think he might be eligible for a reader in the summer.

Colin - three of these are yours for maths, is C12 still free?

Thanks,
Craig
""")

# ================================================================ HARD NEGATIVES (30 clean)

M("clean", "scunthorpe_steelworks_visit", S("pountney"), [JANE, SAM, ALI],
  "Year 12 visit to the Scunthorpe steelworks - Wednesday 7 May", (2025, 4, 23, 11, 30),
  attachments=[("Scunthorpe_visit_consent.pdf", "application/pdf",
                tiny_pdf("Year 12 Engineering - Scunthorpe steelworks visit",
                         ["Wednesday 7 May 2025", "Depart 07:30, return approx. 18:00",
                          "Please complete the consent form on the parent app by 30 April."]))],
  note="hard negative: place name Scunthorpe in a trip letter to parents",
  text="""
Dear Parent/Carer,

As part of the Year 12 materials and manufacturing unit, we have been invited to spend a day at the
steelworks in Scunthorpe on Wednesday 7 May. Students will see the blast furnaces and the
continuous casting plant, tour the rod mill, and hear from three current apprentices about their
routes into the industry. It is a brilliant opportunity and the visit is free of charge, as the
coach is funded through our employer partnership.

Practical details:
- The coach leaves college at 07:30 sharp and we expect to be back at about 18:00, traffic on the
M1 and M18 permitting.
- Students must wear their steel toe-cap boots. Flame-retardant overalls, helmets and eye
protection will be provided on site.
- Please send a packed lunch and a drink. There is nowhere to buy food on site.
- Phones may be used on the coach but not on the plant floor, for safety reasons.

Please complete the consent and medical form on the parent app by Wednesday 30 April. A copy of
the letter is attached. If cost of lunch is an issue, please contact the office in confidence and
we will provide one.

Yours faithfully,

""" + sig("pountney", "full"))

M("clean", "penistone_viaduct_epq", S("owen"), [pupil("Josh Bate", "23jbate")],
  "EPQ - viaduct failures reading", (2025, 1, 15, 16, 2), style="thunderbird", cte="7bit",
  note="hard negative: place name Penistone in EPQ feedback to a pupil",
  text="""
Hi Josh,

Good to see your EPQ proposal on masonry viaduct failures come through -
it's a strong topic. A few case studies to get you going:

1. The Penistone viaduct, February 1916. After weeks of heavy rain one of
   the piers was undermined and two arches collapsed; a light engine
   ended up in the gap. It's a really good one for you because the cause
   was scour at the foundation, which links straight to your fluids unit.
2. The Tay Bridge, 1879 - wrought iron and wind loading rather than
   masonry, so use it as a contrast, but don't spend long on it;
   everyone does the Tay.
3. The Glanrhyd bridge, 1987 - scour again, and a very clear accident
   report.

The Railway Archive website has the original Board of Trade reports for
the first two. For Penistone, look at how the pier footings were
designed and what inspection regime was in place - that's where your
evaluation marks will come from.

Book a slot with me next week once you've drafted your literature review.

Miss Owen
Physics
""")

M("clean", "cockermouth_residential_planning", S("price"),
  [S("owen"), S("bains"), S("nock")], "Y13 Cumbria residential - rooms and minibus",
  (2025, 5, 6, 13, 12), cc=[S("tromans")],
  note="hard negative: place name Cockermouth in residential planning mail",
  text="""
Hi all,

Quick update on the Y13 residential (16-18 June).

We're staying at the youth hostel in Cockermouth again - two nights, 14 students, four staff. Rooms
are 4-bed so I've split the lads into three rooms and Ellie and Freya share with a spare bed.
Hannah, you're in the staff twin with Jas; Paul and I are in the other one.

Day 1: leave 08:00, lunch stop at Tebay, afternoon at the nuclear skills centre near Whitehaven.
Day 2: the site visit (passports or photo driving licence needed for security - I'll collect
copies), evening walk up to Cockermouth castle if the weather holds.
Day 3: Keswick, then home for about 18:30.

Minibus drivers: me and Jas. Hannah, could you be the first aider? Your certificate is in date
until September according to Bev's list.

Risk assessment is on the trips drive. Please read it and reply to say you have by Friday.

Aled

""" + sig("price", "ascii"))

M("clean", "sussex_clitheroe_options", S("penn"), [pupil("Freya Willetts", "23fwillets")],
  "Open days and the Clitheroe apprenticeship", (2025, 6, 4, 10, 45), style="gmail",
  note="hard negative: Sussex, Essex, Middlesex, Clitheroe in careers mail to a pupil",
  text="""
Hi Freya,

Lovely to chat this morning. As promised, here's everything in one place:

- University of Sussex open day: Saturday 21 June. Their engineering and design talk is at 11:00,
and there's a workshop tour after lunch.
- Essex are running a virtual open afternoon on 25 June if you want to compare without the trip.
- Middlesex product design: you said you weren't sure, but it's worth a look at the course
structure online.

The degree apprenticeship I mentioned is with an aerospace composites firm just outside Clitheroe
in Lancashire. They pay for accommodation for the first 12 weeks while you're in their training
centre, and the degree is with a university partner, fully funded. Applications open on 1 September
and close in November. Have a look at the job description and let's talk about your personal
statement for both routes next week.

Speak soon,
Lucy

""" + sig("penn", "full"))

M("clean", "shitterton_map_cover_work", S("kaur"), [S("nock")],
  "Cover - 10G Geography P4 tomorrow", (2025, 2, 3, 15, 55), style="thunderbird", cte="8bit",
  note="hard negative: Dorset hamlet Shitterton on an OS map extract in cover notes",
  text="""
Hi Paul,

Thanks for covering 10G tomorrow P4. They're on OS map skills using the
Dorset extract (Bere Regis and the heath around it). Worksheet is on my
desk in H3, 30 copies, tasks 1–6: four- and six-figure grid references,
contour lines, and measuring distance with the scale.

A warning: the extract includes the hamlet of Shitterton, just east of
Bere Regis. It is a real place (the name is Old English, something like
"farm on the stream used as a sewer" – genuinely) and they will find it
within thirty seconds. Let them have their laugh and move on; task 4 even
asks for its six-figure grid reference, so it's useful.

Seating plan is on the register. Callum and Riley must not sit together.

Thanks,
Simran
""")

M("clean", "dickens_carol_stave_one", S("mistry"),
  [pupil("Lewis Beech", "24lbeech"), pupil("Sam Waller", "24swaller"),
   pupil("Ellie Jones", "24ejones"), pupil("Nathan Hollis", "24nhollis")],
  "10E English - Christmas Carol homework (Stave 1)", (2025, 1, 9, 14, 20), style="gmail",
  note="hard negative: Dickens in English homework to pupils",
  text="""
Hi 10E,

Homework for Monday: reread Stave 1 of A Christmas Carol and pick three quotations that show how
Dickens presents Scrooge at the start of the novella. Good ones to consider:

- "a squeezing, wrenching, grasping, scraping, clutching, covetous old sinner!"
- "Hard and sharp as flint"
- "solitary as an oyster"

For each quotation, write a PEEL paragraph (point, evidence, explain, link). Think about why Dickens
uses so many verbs in a list, and what the oyster image suggests about Scrooge being closed off.

If you were absent on Thursday, the slides are on Teams in the "Stave 1" folder.

Miss Mistry
""")

M("clean", "romeo_prick_of_noon", S("mistry"),
  [pupil("Mason Griffiths", "23mgriffiths"), pupil("Zain Akhtar", "23zakhtar"),
   pupil("Harvey Patel", "23hpatel")],
  "Revision - Mercutio and bawdy language (R&J)", (2025, 4, 28, 17, 3), style="gmail",
  note="hard negative: Shakespeare quotation 'the prick of noon' in revision mail to pupils",
  text="""
Evening 11D,

For Thursday's revision lesson, make sure you've looked at these two moments:

1. Act 1 Scene 1 - Sampson: "I will bite my thumb at them; which is a disgrace to them, if they
bear it." Think about how the servants' quarrel sets up the violence of the whole play.

2. Act 2 Scene 4 - Mercutio to the Nurse: "the bawdy hand of the dial is now upon the prick of
noon." Yes, it's a rude double meaning (and yes, the Elizabethan audience loved it). Your job is to
explain how Mercutio's crude, joking language contrasts with Romeo's Petrarchan love poetry, and
what that tells us about the two characters' attitudes to love.

Write one paragraph on each and bring it on Thursday. Top band answers will link Mercutio's wit to
his death in Act 3 ("A plague o' both your houses!").

Miss Mistry
""")

M("clean", "mice_and_men_content_parent", S("mistry"), [SAM],
  "RE: Of Mice and Men - language", (2025, 3, 3, 18, 10),
  note="[unsure] teacher explains to a parent that the set text contains a racial slur and 'bastard' (mention, not use)",
  text="""
Dear Sam,

Thank you for getting in touch, and I'm glad you did. Of Mice and Men is set in 1930s California
and Steinbeck's characters use the language of that time. It does include a racial slur, used
about the character Crooks, and some swearing such as "bastard" and "God damn". We discuss why the
language is there, what it shows about the prejudice of the period, and we are very clear that the
slur is never read aloud in class - students say "the n-word" or skip it.

If your child found Tuesday's lesson upsetting, I'd be very happy to talk to them one-to-one, and
they are always welcome to step out and see me if a discussion becomes too much. The novella is a
set text for their exam, so they do need to study it, but we'll make sure they feel supported.

Kind regards,

""" + sig("mistry", "full") + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 03 March 2025 08:15
To: Priya Mistry <p.mistry@example-school.org.uk>
Subject: Of Mice and Men - language

Hello Miss Mistry,

My child came home a bit upset about some of the language in the book you're reading in English.
Is this normal for GCSE? I didn't want to make a fuss but thought I'd ask.

Thanks, Sam
""")

M("clean", "cockburn_mentor_introduction", S("hussain"),
  [pupil("Tyler Coley", "24tcoley"), ("Stuart Cockburn", "s.cockburn@example.net")],
  "Introduction - your industry mentor for the clamp project", (2025, 1, 20, 9, 5),
  note="hard negative: surname Cockburn (industry mentor) in an introduction e-mail",
  text="""
Hi Tyler, hi Stuart,

I'd like to introduce you both.

Tyler - Stuart Cockburn (pronounced "Co-burn") is a Principal Design Engineer at Halesowen
Hydraulics and will be your industry mentor for the employer-set project on the hydraulic clamp
redesign. He has 25 years in fluid power and started out as an apprentice, so he knows exactly
what it's like to be where you are.

Stuart - Tyler is in Year 12 on the Engineering Extended Diploma. He's strong on CAD and is
keen to learn about manufacturing tolerances.

The first session is on Teams, Wednesday 29 January, 16:00-16:45. I'll send the invite from the
placements account and I'll be on the call too, as for all mentoring sessions. Please keep
contact to the school Teams channel and school e-mail.

Best wishes,
Imran

""" + sig("hussain", "full"))

M("clean", "wankhede_cricket_team_box", S("baggott"),
  [pupil("Aarav Wankhede", "24awankhede"), pupil("Ravi Dhillon", "24rdhillon"),
   pupil("Zain Akhtar", "23zakhtar"), pupil("Tyler Coley", "24tcoley")],
  "Staff v Students T20 - Friday 27 June", (2025, 6, 20, 12, 48), cc=[S("mallen")],
  note="hard negative: surname Wankhede and cricket kit ('box') in a team e-mail to pupils",
  text="""
Right then,

The students' XI for the annual T20 against the staff is below. Aarav Wankhede is captain (sorry
Ravi, you'll get your chance next year).

A. Wankhede (c), R. Dhillon, Z. Akhtar, T. Coley, J. Bate, H. Patel, M. Griffiths, L. Beech,
D. Newey, K. Banks, O. Malley. Twelfth man: S. Waller.

Kit: whites if you've got them, otherwise a plain white T-shirt and dark trackies. Helmets, pads
and gloves are provided by the club, but you MUST bring your own box - we don't lend those out, for
obvious reasons.

Start 14:00 at the cricket club on Wednesbury Road. Lunch from 13:00 in the canteen. Mr Mallen is
opening the batting for the staff and has been practising in the nets all week, apparently.

Mr Baggott
""")

INVIG_CSV = """date,session,room,invigilator,role
2025-05-12,AM,Main Hall,Mrs P Hancock,Lead
2025-05-12,AM,Main Hall,Mr D Glasscock,Invigilator
2025-05-12,AM,Main Hall,Mrs J Cockayne,Invigilator
2025-05-12,AM,E12 (access arrangements),Mr R Dickens,Lead
2025-05-12,AM,E12 (access arrangements),Ms T Bottomley,Reader/scribe
2025-05-12,PM,Main Hall,Mrs P Hancock,Lead
2025-05-12,PM,Main Hall,Mr A Cumming,Invigilator
"""

M("clean", "invigilator_rota_surnames", S("hodgetts"),
  [("Invigilation Team", "invigilators@" + D)], "Summer exams - invigilation rota week 1",
  (2025, 5, 2, 15, 40), cc=[S("round")],
  attachments=[("Invigilation_rota_wk1.csv", "text/csv", INVIG_CSV)],
  note="hard negative: surnames Hancock, Glasscock, Cockayne, Dickens, Cumming in an exam rota",
  text="""
Dear all,

Please find attached the invigilation rota for the first week of the summer series, starting
Monday 12 May.

A few changes from the draft:
- Mrs Hancock is lead in the Main Hall for all morning sessions.
- Mr Glasscock has swapped his Tuesday with Mrs Cockayne.
- Mr Dickens will lead in E12 for students with access arrangements, with Ms Bottomley as reader.

Please arrive 30 minutes before each session and sign in at the exams office. Lanyards and radios
are in the usual place. If you can no longer do a session, please tell me as early as possible,
not on the morning.

Thank you all - we couldn't run the series without you.

Wendy

""" + sig("hodgetts", "ext"))

BC_DAY_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#7a1f1f">Black Country Day &ndash; Monday 14 July</h2>
<p>Ow bist! To celebrate Black Country Day, the canteen is going full yam yam for lunch on Monday:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f3e6e6"><th align="left">Main</th><th align="left">Price</th></tr>
<tr><td>Faggots, mushy peas, mash and gravy (halal beef faggots available &ndash; pre-order)</td><td>&pound;3.20</td></tr>
<tr><td>Grey peas and bacon with a cob</td><td>&pound;2.60</td></tr>
<tr><td>Groaty pudding (veggie version available)</td><td>&pound;2.80</td></tr>
<tr><td>Cheese and onion cob</td><td>&pound;1.80</td></tr>
</table>
<p><b>Pudding:</b> bread pudding and custard, &pound;1.20.<br>
Pork scratchings will be on the till for staff (they contain pork &ndash; clearly labelled).</p>
<p>Please pre-order halal faggots through the canteen app by <b>Thursday 10 July</b> so we can order enough.</p>
<p>Tara-a-bit,<br>Si&acirc;n and the catering team</p>
<p style="font-size:11px;color:#666">Si&acirc;n Llewellyn | Catering Manager | Example School UTC, Park Row, Leeds LS1 4AP | 01632 960000</p>
</body></html>
"""

M("clean", "black_country_day_faggots_menu", S("llewellyn"), [ALLSTAFF],
  "Black Country Day menu – Monday 14 July", (2025, 7, 7, 11, 2), html_body=BC_DAY_HTML,
  note="hard negative: Black Country food 'faggots and peas' in a canteen menu to staff",
  text="""
BLACK COUNTRY DAY - MONDAY 14 JULY

Ow bist! To celebrate Black Country Day, the canteen is going full yam yam for lunch on Monday:

- Faggots, mushy peas, mash and gravy (halal beef faggots available - pre-order) £3.20
- Grey peas and bacon with a cob £2.60
- Groaty pudding (veggie version available) £2.80
- Cheese and onion cob £1.80

Pudding: bread pudding and custard, £1.20.
Pork scratchings will be on the till for staff (they contain pork - clearly labelled).

Please pre-order halal faggots through the canteen app by Thursday 10 July so we can order enough.

Tara-a-bit,
Siân and the catering team

Siân Llewellyn | Catering Manager | Example School UTC, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "spotted_dick_halal_reply", S("llewellyn"), [ALI],
  "RE: Wednesday pudding - suet?", (2025, 2, 17, 10, 25),
  note="hard negative: 'spotted dick' pudding in a polite allergen/halal reply to a parent",
  text="""
Dear Mr Guardian,

Thank you for checking. The spotted dick on Wednesday's menu is made with vegetable suet, not beef
suet, so it contains no meat or animal fat and is suitable for vegetarians. It does contain wheat
(gluten) and milk, as does the custard.

All of the meat we serve is from a halal-certified supplier except the pork dishes, which are
always labelled, and we keep separate utensils for them.

If your son has any other dietary needs, the full allergen matrix is on the canteen page of the
website, or he can ask any of the team at the counter.

Kind regards,

""" + sig("llewellyn", "full") + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 February 2025 20:11
To: Office <office@example-school.org.uk>
Subject: Wednesday pudding - suet?

Hello, my son says the pudding on Wednesday has suet in. Is it beef suet? We eat halal. Thanks, Ali
""")

M("clean", "bird_boxes_blue_tits", S("bayliss"), [("Volunteer Team", "volunteers@example.org")],
  "Nest boxes ready for collection", (2025, 2, 24, 14, 12), cc=[S("pountney")],
  note="hard negative: birds (blue tits, great tits) in a nest-box project e-mail to a wildlife trust",
  text="""
Hello,

Good news - our Year 10s have finished the nest boxes for the reserve. We laser-cut them from 15mm
FSC plywood and the students assembled them with stainless screws (no glue, as your guidance said).

There are 40 in total:
- 16 with 25mm entrance holes for blue tits
- 12 with 28mm holes for great tits
- 8 with 32mm holes for house sparrows
- 4 open-fronted boxes for robins

Each one has a hinged lid for cleaning and the hole is at least 125mm above the floor of the box.
Could your ranger collect them from reception any weekday between 8:30 and 16:30? They're boxed up
and labelled.

The students asked whether they could design a kestrel box or a swift box next. If that would be
useful to you, send me the dimensions and we'll make it their next CAD brief.

Best wishes,
Marcia

""" + sig("bayliss", "full"))

CONSUMABLES_CSV = """qty,description,supplier_code,unit_price
20,"Flat file 250mm, bastard cut, with handle",FF250B,6.85
20,"Half-round file 200mm, second cut",HR200S,7.40
10,"Needle file set, 6 piece",NF06,9.95
2,"Grease nipple M6 x 1.0 straight (pack of 50)",GN6S,11.20
4,"15mm compression stopcock, brass",SC15,5.60
6,"BSP adaptor 1/4in male to 1/4in female, 90 deg",BSP14MF,3.10
"""

M("clean", "files_and_nipples_order", S("bayliss"), [("Tipton Tool Supplies", "sales@example.com")],
  "Order - workshop consumables (PO 4471)", (2025, 1, 14, 10, 3), style="thunderbird", cte="7bit",
  attachments=[("PO4471_consumables.csv", "text/csv", CONSUMABLES_CSV)],
  note="hard negative: engineering terms 'bastard cut' files, grease nipples, stopcocks, male/female fittings; also in .csv",
  text="""
Hi Karen,

Please find attached our order for workshop consumables, PO 4471.

The main thing is the twenty 250mm bastard files for the Y10 fitting
unit, which starts on 3 February, so if those could come first that
would be great. The grease nipples are the M6 straight ones, same as
last time, and the stopcocks are for the plumbing and heating taster
day in March.

Delivery to the goods-in door round the back of the workshop block,
please, not main reception.

Thanks,
Marcia

Marcia Bayliss
Senior Workshop Technician
Example School UTC | Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "cumulative_frequency_homework", S("marsh"),
  [("Year 11 Set 2", "11set2-maths@" + P)], "Homework - cumulative frequency and box plots",
  (2025, 2, 27, 15, 30), style="thunderbird", cte="7bit",
  note="hard negative: 'Cum. freq.' abbreviation and 'box plots' in maths homework to pupils",
  text="""
Hi 11 Set 2,

Your homework this week is on Sparx (due Wednesday) plus the worksheet
from today's lesson.

On the worksheet, the third column headed "Cum. freq." is the cumulative
frequency - a running total. Remember to plot each cumulative frequency
at the UPPER end of its class interval, not the middle. Then:

1. Draw the cumulative frequency curve for the lathe cycle-time data.
2. Use it to estimate the median and the interquartile range.
3. Draw a box plot underneath on the same scale.
4. Compare it with the box plot for the CNC mill data in question 5.

If you get stuck, the Corbettmaths videos 153 and 151 cover all of it.
Drop-in is Tuesday period 8 in C12.

Mr Marsh
""")

RSE_HTML = OUTLOOK_HEAD + """<p class="MsoNormal">Dear Parent/Carer,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">In the summer term, Year 10 PSHE lessons will cover the <b>Relationships and Sex Education (RSE)</b> part of our curriculum. We want to let you know what is taught so that you can talk about it at home.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Topics include:<o:p></o:p></p>
<ul>
<li class="MsoNormal">healthy and unhealthy relationships, including coercive control;</li>
<li class="MsoNormal">consent and the law;</li>
<li class="MsoNormal">contraception, including how to use a condom, and where young people can get confidential sexual health advice;</li>
<li class="MsoNormal">sexually transmitted infections, testing and treatment;</li>
<li class="MsoNormal">pornography: how it misrepresents sex and relationships, and the law on age;</li>
<li class="MsoNormal">sharing nude or semi-nude images (&ldquo;sexting&rdquo;), the law, and how to get images removed;</li>
<li class="MsoNormal">LGBT+ relationships and respect for difference.</li>
</ul>
<p class="MsoNormal">Lessons are taught by trained staff in tutor groups, and students can ask questions anonymously using a question box. The lesson resources are available to view on request at the office.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">You have the right to request that your child is withdrawn from the <i>sex education</i> lessons (but not relationships or health education, or the reproduction content in GCSE science) until three terms before they turn 16. If you would like to discuss this, please contact me before Friday 25 April.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Yours sincerely,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Tom Whitehouse<br>Head of Year 10 / PSHE Lead<br>Example School &ndash; University Technical College<br>Park Row, Leeds LS1 4AP<br>T: 01632 960000<o:p></o:p></p>
</div>
</body>
</html>
"""

M("clean", "rse_letter_year10", S("whitehouse"), [JANE, SAM, ALI],
  "Year 10 Relationships and Sex Education - summer term", (2025, 4, 8, 12, 0),
  html_body=RSE_HTML,
  note="hard negative: RSE letter to parents (condom, sexting, pornography, STIs)",
  text="""
Dear Parent/Carer,

In the summer term, Year 10 PSHE lessons will cover the Relationships and Sex Education (RSE) part
of our curriculum. We want to let you know what is taught so that you can talk about it at home.

Topics include:
- healthy and unhealthy relationships, including coercive control;
- consent and the law;
- contraception, including how to use a condom, and where young people can get confidential sexual health advice;
- sexually transmitted infections, testing and treatment;
- pornography: how it misrepresents sex and relationships, and the law on age;
- sharing nude or semi-nude images ("sexting"), the law, and how to get images removed;
- LGBT+ relationships and respect for difference.

Lessons are taught by trained staff in tutor groups, and students can ask questions anonymously
using a question box. The lesson resources are available to view on request at the office.

You have the right to request that your child is withdrawn from the sex education lessons (but
not relationships or health education, or the reproduction content in GCSE science) until three
terms before they turn 16. If you would like to discuss this, please contact me before Friday
25 April.

Yours sincerely,

""" + sig("whitehouse", "full"))

M("clean", "tourette_pupil_profile", S("dudley"), [("Y10 Teachers", "y10-teachers@" + D)],
  "Pupil profile update - RM, 10B (Tourette syndrome) - staff only", (2025, 1, 13, 8, 5),
  fmt="plain", style="outlook", cte="base64", cc=[S("whitehouse"), S("bayliss")],
  note="hard negative: SENCo pupil profile to staff quoting a pupil's involuntary vocal tics (shit, fuck); base64 body",
  text="""
Dear colleagues,

Please read before you next teach Riley M (10B). His updated pupil profile is on the SEN drive.

Riley has Tourette syndrome. Over Christmas his tics have changed, and they are currently:
- motor: head jerks, shoulder shrugs, blinking;
- vocal: sniffing, a short whistle, and saying the word "shit" and occasionally "fuck".

The swearing tic (coprolalia) is involuntary. He is not being rude and it must never be sanctioned or commented on. Please don't react - the class have been very good about it, and a calm, neutral response from us is what keeps it that way. Tics tend to increase when he is anxious, tired or trying to suppress them, so he has a time-out card he can use to step outside.

Workshop: Marcia and I have reviewed the risk assessment. His motor tics do not currently affect his hands, so he can use the lathes and the pillar drill with the usual supervision. If this changes we'll review it straight away.

Any questions, come and find me.

Jo

Jo Dudley
SENCo
Example School UTC | Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "spastic_diplegia_workshop_access", S("dudley"), [S("bayliss"), S("hackett")],
  "Workshop risk assessment - new Y10 starter (CP)", (2025, 6, 11, 13, 44), cc=[S("pountney")],
  note="hard negative: clinical term 'spastic diplegia' (cerebral palsy) in a SEND workshop plan",
  text="""
Hi Marcia, hi Liam,

We have a Year 10 starter in September, Ethan, who has cerebral palsy (spastic diplegia). It mainly
affects his legs - he walks with a frame for longer distances and tires quickly - but his hands
and fine motor skills are good, and he's very keen on machining.

Could we meet before the end of term to go through the workshop? Things I think we need to look at:
- a perching stool at one of the bench lathes, and whether he can reach the emergency stop from it;
- a clear route to his bench for the frame, and somewhere to park it away from the machines;
- evacuation: he'll need a buddy and a PEEP;
- whether the foot-operated guillotine is off limits or can be adapted.

His physio is happy to come in and look at the set-up. Would Tuesday 1 July after school work?

Thanks,
Jo

""" + sig("dudley", "full"))

M("clean", "dsl_report_threat_quoted", S("hackett"), [S("cartwright")],
  "Concern - threat made in W2, period 5", (2025, 3, 27, 15, 2), style="thunderbird", cte="7bit",
  note="hard negative: staff report to DSL quoting a pupil's exact words ('fucking batter you', 'prick')",
  text="""
Rachel,

Logging this with you as well as on CPOMS.

At about 14:20 today in W2 (11C, period 5), Kieran B said to Mason G,
word for word: "I'm gonna fucking batter you after school, you little
prick, you're dead." He had a steel rule in his hand at the time but
did not raise it or move towards Mason.

I separated them straight away, took the rule, and sent Kieran to the
on-call room with a note. Mason said it is about something on Snapchat
over the weekend and that "it's been going on for a while". He seemed
frightened and asked if he could leave by the front entrance.

Witnesses: Harjot S and Owen M were at the next bench.

I haven't contacted home. Can you let me know if you want me to do
anything else before the end of the day?

Liam Hackett
CNC & Machining Instructor
""")

M("clean", "dsl_report_racist_incident", S("nock"), [S("cartwright")],
  "Racist incident - 11A cover lesson P2", (2025, 5, 9, 11, 18), cc=[S("tibbetts")],
  note="hard negative: cover supervisor's incident report to DSL/HoY quoting a racist slur said by a pupil",
  text="""
Hi Rachel,

I'm reporting a racist incident from 11A's maths cover lesson this morning (period 2, C11).

At about 10:05, Jayden R said to Harjot S: "shut up you Paki" and then "go back to your own
country". I heard both comments clearly, and so did at least four other students (Ellie J, Owen M,
Lewis B and Tyler C).

Harjot was visibly upset and asked to leave the room. I let him go to Student Services with a
pass and checked on him at break - he was with the pastoral team and had calmed down.

I told Jayden the language was racist and completely unacceptable and sent him to on-call. He said
he was "only joking".

I have logged it on CPOMS under racist incidents. Craig, I've copied you in as Head of Year.

Thanks,
Paul

""" + sig("nock", "ascii"))

M("clean", "dsl_online_sextortion_concern", S("price"), [S("cartwright")],
  "URGENT - Y12 student, online blackmail", (2025, 4, 30, 12, 55),
  extra=["Importance: high", "X-Priority: 1"],
  note="hard negative: head of sixth form to DSL quoting online messages a student received ('pic of your dick')",
  text="""
Rachel,

Can you come to my office as soon as you're free? OB (12E) has just disclosed that he's being
blackmailed on Instagram.

Summary of what he told me:
- Someone he thought was a girl of his age started messaging him on Saturday.
- They exchanged pictures, and on Sunday night he sent an intimate image.
- Since then the account has sent messages including "send me a pic of your dick or I'll post the
video to all your followers" and "I want £200 by Friday or your mom sees everything".
- He has not paid anything.

I have NOT looked at or taken copies of any images, in line with our guidance. I told him not to
delete the account or the messages and not to reply, and that he's done the right thing by
telling us. He's sitting in the sixth form office with Mrs Tromans at the moment.

He is very anxious about his parents finding out.

Aled
""")

M("clean", "reply_parent_quoted_abuse_gmail", S("tibbetts"), [JANE],
  "Re: Detentions", (2025, 1, 31, 16, 40), style="gmail",
  in_reply_to="<CAHj4nE-Parent-Detentions-31Jan@mail.gmail.com>",
  note="hard negative: polite reply; the swearing is only in the parent's quoted text below",
  text="""
Dear Mrs Parent,

Thank you for your email. I understand that you're frustrated, and I'd like to sort this out with
you.

I've looked into the three detentions this week. Two were for not having equipment in maths (a pen
and a calculator) and one was for being late to period 1 on Wednesday. None of them was given by
the same teacher, and I don't believe any member of staff is singling your son out.

That said, if there's a reason he's struggling to bring his equipment - for example if his bag is
being messed with on the bus, or money is tight for a calculator - I want to know, because we can
help. We have spare equipment packs that he can collect from me, no questions asked.

Could you come in for a meeting on Tuesday or Wednesday next week, after 4.30? I'd also ask that
we keep our correspondence respectful, so that we can focus on what's best for him.

Kind regards,
Craig Tibbetts

""" + sig("tibbetts", "full") + """

On Fri, 31 Jan 2025 at 13:12, Jane Parent <jane.parent@gmail.com> wrote:
> This is fucking ridiculous. Three detentions in one week for not having a
> pen. The whole school is a joke and that maths teacher is a useless cow who
> has it in for him. I want them cancelled or I'm going to the governors.
""")

M("clean", "reply_parent_quoted_abuse_outlook", S("mallen"), [SAM],
  "RE: My child and the workshop teacher", (2025, 4, 3, 17, 55),
  note="hard negative: deputy's polite reply; the insult 'twat' is only in the parent's quoted Outlook text",
  text="""
Dear Sam,

Thank you for your email. I have spoken to Mr Hackett and to two students who were in the lesson.

Mr Hackett did raise his voice. He has told me, and the students confirm, that this was because
your child had taken their safety glasses off and was leaning over a lathe while it was running.
In a workshop, a raised voice to stop something dangerous is what we expect, and I'm satisfied
that's what happened. He did not give a sanction and he has spoken to your child since.

I appreciate it was upsetting to hear about, and I'd be happy to meet you to go through our
workshop safety rules and to show you the workshop. I would ask that any future correspondence is
kept respectful; I'm sure you'd agree that staff shouldn't be spoken about in those terms.

Yours sincerely,

""" + sig("mallen", "full") + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 03 April 2025 07:48
To: Andy Mallen <a.mallen@example-school.org.uk>
Subject: My child and the workshop teacher

That workshop teacher is a twat who shouldn't be let near kids. He screamed at my kid yesterday for
nothing in front of the whole class. Sort it or I will.
""")

M("clean", "behaviour_policy_language_section", S("mallen"),
  [S("tibbetts"), S("whitehouse"), S("price"), S("cartwright")],
  "Behaviour policy review - language section (draft for Thursday)", (2025, 6, 17, 18, 20),
  note="hard negative: SLT discussing behaviour-policy thresholds for pupils' swearing and slurs (staff only)",
  text="""
Hi all,

Ahead of Thursday, here's my first go at the language section of the behaviour policy. Comments
welcome - I've tried to reflect what we said at the last meeting.

1. Swearing not aimed at anyone (e.g. a student says "shit" when a part slips in the vice):
reminder, and a C1 if it continues. Staff use judgement; this is a workshop full of teenagers.
2. Swearing in conversation ("it was f***ing brilliant"): C2, and a word about professional
language - employers visit these rooms.
3. Swearing directed at another student: C3 and a restorative conversation.
4. Swearing at or about staff ("f*** off", "you're a dickhead"): removal to isolation; repeated or
aggressive cases may lead to suspension.
5. Discriminatory language - racist, homophobic ("that's so gay" used as an insult), sexist or
ableist ("retard") - is always logged as a prejudice-related incident, parents informed, and the
DSL notified. "Banter" is not a defence.

I've also added a line that Black Country dialect is not poor language - "ow bist", "ar kid",
"bostin" and the rest are part of who we are, and students shouldn't be corrected for them.

Andy

""" + sig("mallen", "short"))

SLUT_TXT = """NORDMEK AB - SLUTKONTROLLPROTOKOLL / FINAL INSPECTION PROTOCOL
Maskin / Machine: VMC-850, serienr 58-2217 (Mill 2)
Kund / Customer: Example School UTC
Arbete / Work: Byte av spindelpatron / Spindle cartridge replacement

Kontrollpunkt / Check                      Krav / Req.     Uppmätt / Measured
Spindelkast / Spindle runout (300 mm)      <= 0.005 mm      0.002 mm
Axiellt spel / Axial play                  <= 0.003 mm      0.001 mm
Temperatur efter 60 min / Temp after 60 min <= 35 C         31 C
Verktygsfäste / Tool clamping force         >= 8 kN          9.2 kN

Slutkontroll godkänd / Final inspection passed: JA / YES
Utförd av / Performed by: B. Lindqvist, servicetekniker
"""

M("clean", "swedish_slutkontroll_forward", S("bayliss"), [S("hackett")],
  "FW: Slutkontroll - VMC-850 Mill 2", (2025, 4, 10, 9, 22), style="thunderbird", cte="8bit",
  attachments=[("Slutkontroll_Mill2.txt", "text/plain", SLUT_TXT)],
  note="hard negative: Swedish word 'slutkontroll' (final inspection) in a forwarded supplier e-mail and .txt",
  text="""
Liam,

Inspection protocol from the Swedes for the Mill 2 spindle, attached.
"Slutkontroll" is final inspection before you ask - I had to look it up
too. Runout is 2 microns so we're good to go. I've filed the paper copy
in the machine folder.

Marcia

-------- Forwarded Message --------
Subject: Slutkontroll - VMC-850 Mill 2
Date: Thu, 10 Apr 2025 08:47:13 +0200
From: Björn Lindqvist <service@example.net>
To: m.bayliss@example-school.org.uk

Hej Marcia,

Bifogar slutkontrollprotokollet för spindelbytet på Mill 2.
(Attached is the final inspection protocol for the spindle change on
Mill 2.) Everything is within tolerance. Please run the machine for one
hour at 8000 rpm before cutting.

Med vänliga hälsningar / Best regards
Björn Lindqvist
Servicetekniker, Nordmek AB
""")

M("clean", "stuttgart_trip_gute_fahrt", S("fereday"), [JANE, SAM, ALI],
  "Engineering trip to Stuttgart – Infoabend 15 May", (2025, 4, 24, 13, 37), subj_enc="Q",
  note="hard negative: German words 'Ausfahrt', 'Gute Fahrt' in a trip letter to parents",
  text="""
Dear Parents and Carers,

I'm delighted to confirm our Year 12 engineering trip to Stuttgart from 13 to 17 October 2025. The
programme includes the Mercedes-Benz Museum, a factory tour at Porsche in Zuffenhausen and a day at
a Bosch training centre, where students will work alongside German apprentices.

We will hold an information evening (Infoabend!) on Thursday 15 May at 18:00 in the Atrium. We'll
cover the itinerary, travel by coach and Eurotunnel, accommodation, costs and the payment plan,
and passports and GHIC cards.

Students will learn some basic German before we go. I can promise you they will find the
motorway "Ausfahrt" signs hilarious for the first hour of the journey; by the end of the week
they'll be saying "Gute Fahrt" to the coach driver without a smirk.

A deposit of £75 secures a place, payable on the parent app by 30 May.

Mit freundlichen Grüßen,

""" + sig("fereday", "full"))

M("clean", "rs_revision_hell_damnation", S("kaur"),
  [("Year 11 RS", "11rs@" + P)], "RS revision - Christian beliefs about the afterlife",
  (2025, 5, 8, 16, 5), style="gmail",
  note="hard negative: RE vocabulary (hell, damnation, 'cursed', 'eternal fire') in revision mail",
  text="""
Hi everyone,

Paper 1 is on Tuesday, so here's a checklist for the Christianity beliefs section on life after
death. Make sure you can explain:

- resurrection and the different Christian views on it (physical vs spiritual);
- judgement - the Parable of the Sheep and the Goats, Matthew 25: "Depart from me, you who are
cursed, into the eternal fire";
- heaven, hell and purgatory, and why some Christians think hell is separation from God rather
than a place of physical punishment;
- the problem many people have with eternal damnation and a loving God - this is a classic
12-mark evaluate question.

For the 12-markers, always include a non-religious viewpoint (humanist) and a Christian
counter-argument, and end with a justified conclusion.

Revision session Monday P8 in H3 - bring your knowledge organisers.

Mrs Kaur
""")

M("clean", "orkney_twatt_epq", S("owen"), [pupil("Harvey Patel", "23hpatel")],
  "Re: EPQ - Orkney grid data", (2025, 2, 19, 17, 12), style="gmail",
  in_reply_to="<CAHx1Patel-EPQ-Orkney-grid@mail.gmail.com>",
  note="hard negative: Orkney place name Twatt in EPQ feedback to a pupil",
  text="""
Hi Harvey,

Good question. The curtailment data you need is in the community energy report I put on Teams - table
4 lists the turbines by site, including the two at the old airfield at Twatt in Birsay (it was a
Fleet Air Arm station in the war, HMS Tern, which is why it has such a big flat site). Compare
their curtailment hours with the ones on Shapinsay and you've got the core of your grid-constraint
argument.

For tidal, stick to the EMEC test site at the Fall of Warness - there's plenty of published data.

Your draft intro is good, but cut the history of wind power; the markers want analysis, not
background.

Miss Owen

On Wed, 19 Feb 2025 at 15:40, Harvey Patel <23hpatel@pupils.example-school.org.uk> wrote:
> Hi miss, where can I find the data for how much the Orkney turbines get
> switched off? I can't find it on the SSE website.
> Thanks Harvey
""")

M("clean", "flight_sim_cockpit_mentor", S("sandhu"), [("Joanne Okafor", "j.okafor@example.com")],
  "Flight sim cockpit project - joystick and panel review", (2025, 3, 13, 12, 7),
  cc=[pupil("Owen Malley", "24omalley")],
  note="hard negative: aerospace 'cockpit', 'joystick' in project mail to an industry mentor",
  text="""
Hi Joanne,

Thanks again for coming in last month - the Y12 team have been flying (sort of) since.

Progress so far:
- The cockpit frame is built from 40mm aluminium extrusion and bolted to the base plate.
- The joystick uses two hall-effect sensors and an Arduino Leonardo, so Windows sees it as a
standard USB game controller.
- The throttle quadrant is 3D-printed in PETG and has detents at idle and TOGA.
- Owen has drawn the instrument panel in Fusion and we've laser-cut a first version in acrylic.

Would your team be willing to review the panel layout against a real A320 cockpit before we cut
the final version? Owen will send you the drawings on the school Teams channel - I've copied him
in so you have his school address.

Many thanks,
Dev

""" + sig("sandhu", "tag"))

# ================================================================ EVERYDAY CLEAN (30)

M("clean", "attendance_dentist_reply", S("hingley"), [JANE], "RE: Dentist Tuesday",
  (2025, 1, 27, 8, 44),
  note="everyday: attendance officer confirms an authorised appointment",
  text="""
Dear Mrs Parent,

Thank you for letting us know. I've marked Tuesday morning as a medical appointment. Please ask him
to sign out at reception at 10:10 and to sign back in when he returns - if he's back before lunch
he can go straight to period 4.

Kind regards,
Sue

""" + sig("hingley", "full") + """

From: Jane Parent <jane.parent@gmail.com>
Sent: 26 January 2025 19:30
To: Attendance <attendance@example-school.org.uk>
Subject: Dentist Tuesday

Hi, he has a dentist appointment on Tuesday at 10:30 in Dudley so will be out for the morning.
Sorry it's in school time, it was the only one they had. Jane
""")

PE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Year 11 Parents' Evening</title></head>
<body style="margin:0;padding:0;background:#eef1f5">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f5"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:14px;color:#1d2a3a">
<tr><td style="background:#1d2a3a;color:#ffffff;font-size:20px"><b>Example School UTC</b><br><span style="font-size:13px">Year 11 Parents' Evening</span></td></tr>
<tr><td>
<p>Dear Parent/Carer,</p>
<p>Our Year 11 Parents' Evening takes place on <b>Thursday 6 March, 16:30&ndash;19:30</b>, in person in the Atrium.</p>
<p>Appointments are five minutes long and are booked online. Booking opens at 18:00 tonight and closes at noon on Wednesday 5 March.</p>
<p style="text-align:center"><a href="https://example-school.schoolcloud.example.com/" style="background:#e8731a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Book appointments</a></p>
<p>The engineering workshops will be open from 16:30 so you can see the Year 11 project work, and the Careers team will be on hand to talk about post-16 routes, including our sixth form and apprenticeships with local employers.</p>
<p>Parking is limited; please use the Park Row entrance and the overflow car park behind the sports hall.</p>
<p>If you have any trouble booking, please ring the office on 01632 960000.</p>
<p>Kind regards,<br>Bev Tromans<br>Office Manager</p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7785;background:#f6f7f9">Example School &ndash; University Technical College, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""

M("clean", "y11_parents_evening_booking", S("tromans"), [JANE, SAM, ALI],
  "Year 11 Parents' Evening - Thursday 6 March", (2025, 2, 24, 15, 0), fmt="html",
  html_body=PE_HTML, style="bulk",
  note="everyday: HTML-only parents' evening booking e-mail",
  extra=["X-Mailer: SchoolComms Bulk Mailer 4.2"])

M("clean", "cnc_gcode_feedback", S("hackett"), [pupil("Mason Griffiths", "23mgriffiths")],
  "Bracket programme - feedback", (2025, 2, 5, 16, 20), style="thunderbird", cte="7bit",
  note="everyday: technical CNC feedback to a pupil",
  text="""
Mason,

Had a look at your programme for the mounting bracket. Good start - the
structure is clear and your comments are the best in the group. A few
things to fix before it goes anywhere near the machine:

1. Line N40: you've called G41 for cutter comp but not given a D number,
   so the control won't know the tool radius. Add D02.
2. Your feed on the 6mm slot drill (F800) is too high for a full-width
   slot in 6082 aluminium. Drop it to F450 for the first pass.
3. You've got no G43 H-offset after the tool change on N120. It will
   try to plunge with the wrong tool length. That's the big one.
4. Retract to Z25 before the rapid across to the second pocket - there's
   a clamp in the way at Z15.

Run it through the simulator with the fixture model loaded and send me a
screenshot of the toolpath. If it's clean we'll dry-run it on Mill 1 on
Friday.

Mr Hackett
""")

M("clean", "nea_deadline_computing", S("sandhu"), [("Year 12 Computing", "12cs@" + P)],
  "NEA - analysis section deadline", (2025, 1, 24, 13, 2), style="gmail",
  note="everyday: computing NEA deadline reminder to pupils",
  text="""
Ow bist, Year 12,

A reminder that the analysis section of your NEA is due on Friday 7 February. By then I want to
see in your GitHub Classroom repo:

- a clear problem statement and who your end user is;
- evidence of research (interview notes with your stakeholder, existing solutions);
- a list of measurable objectives - "the program should be fast" is not measurable;
- at least one commit a week since Christmas. I can see your commit history, so no last-minute
dumps please.

If your stakeholder is an employer mentor, remember to cc me on any e-mail to them.

Drop-in is Wednesday after school in C14 until 17:30.

Mr Sandhu
""")

M("clean", "placement_confirmation_employer", S("hussain"), [("Dave Jukes", "d.jukes@example.com")],
  "Work placement confirmation - 30 June to 11 July", (2025, 5, 28, 10, 16),
  cc=[S("penn")],
  attachments=[("Placement_agreement_Jukes.pdf", "application/pdf",
                tiny_pdf("Work placement agreement", ["Employer: Jukes Precision Ltd",
                         "Dates: 30 June - 11 July 2025", "Students: L. Beech, S. Waller",
                         "Hours: 08:00-16:00"]))],
  note="everyday: placement confirmation to an employer with PDF agreement",
  text="""
Dear Dave,

Thank you for agreeing to take two of our Year 12 students again this summer. I'm pleased to
confirm the details:

Students: Lewis Beech and Sam Waller (Engineering Extended Diploma)
Dates: Monday 30 June to Friday 11 July
Hours: 08:00 to 16:00, with a 30-minute lunch

Both students have their own safety boots and glasses. I've attached the placement agreement for
you to sign, with the health and safety checklist we went through on my visit in April. Please
return it by 20 June.

I'll visit on Thursday 3 July at about 10:00 to see how they're getting on. If there are any
problems during the placement, please ring the school on 01632 960000 and ask for me, or use the
placements mobile, 07700 900318.

Many thanks again,

""" + sig("hussain", "full"))

M("clean", "mentor_project_brief_reply", S("pountney"),
  [("Phil Harper", "p.harper@example.org")], "RE: Employer project brief - defect detection",
  (2025, 1, 10, 14, 30),
  note="everyday: reply to an industry partner about an employer-set project",
  text="""
Hi Phil,

Thanks for this - the brief is exactly the right level for our Y13s. A camera rig that spots
porosity on the pump housings is a real problem with a real payoff, and it uses both the
mechanical and the coding side of the course, which is what we want.

A couple of things from our side:
- Could you send 20 or so good and defective castings? Photos alone won't be enough for the
students to build and test the rig.
- We'd like to launch it on Tuesday 28 January, period 7, if you or a colleague can come and
present it. Ten minutes on why it matters to the foundry would be ideal.
- Final presentations would be Wednesday 2 April at the project showcase.

I'll get Imran to sort out the mentor sign-up and DBS paperwork for whoever will be coming in.

Cheers,
Gareth

""" + sig("pountney", "full") + """

From: Phil Harper <p.harper@example.org>
Sent: 09 January 2025 16:42
To: Gareth Pountney <g.pountney@example-school.org.uk>
Subject: Employer project brief - defect detection

Gareth,
Attached is the brief we talked about. We lose about 3% of the housings to porosity that only
shows up after machining. If the lads can come up with a low-cost vision check at the fettling
stage, that'd save us a fortune. Happy to come in.
Phil
""")

M("clean", "praise_greenpower_parent", S("whitehouse"), [SAM], "A quick bit of good news",
  (2025, 3, 21, 15, 51), style="outlook",
  note="everyday: head of year sends praise to a carer",
  text="""
Dear Sam,

Just a quick note to say how well your child has been doing this half term. They've picked up ten
merits since February, mostly for their work on the Greenpower car, where they've taken charge of
the wiring loom. Mr Bains described it as "bostin" and I'm inclined to agree.

They also helped show some Year 9 visitors around the workshops on our open evening and were a
brilliant ambassador for the college.

Please pass on our congratulations - they'll be getting a certificate in assembly next week.

Best wishes,

""" + sig("whitehouse", "full"))

EXAMS_CSV = """date,session,subject,paper,duration,room
2025-03-03,AM,Maths,Paper 1 (non-calculator),1h30,Main Hall
2025-03-03,PM,Engineering,Principles,1h30,Main Hall
2025-03-04,AM,English Language,Paper 1,1h45,Main Hall
2025-03-05,AM,Combined Science,Physics 1,1h15,Main Hall
2025-03-05,PM,Maths,Paper 2 (calculator),1h30,Main Hall
2025-03-06,AM,English Literature,Paper 1,1h45,Main Hall
2025-03-07,AM,Maths,Paper 3 (calculator),1h30,Main Hall
"""

M("clean", "y11_mock_timetable", S("hodgetts"), [("Year 11", "year11@" + P)],
  "Year 11 mock exams - timetable", (2025, 2, 19, 11, 35),
  attachments=[("Y11_mocks_March2025.csv", "text/csv", EXAMS_CSV)],
  note="everyday: exams officer sends mock timetable to pupils",
  text="""
Dear Year 11,

Your mock exam timetable is attached. Mocks start on Monday 3 March and all papers are in the Main
Hall. Please:

- be outside the hall 10 minutes before the start;
- bring black pens, pencil, ruler, rubber and a scientific calculator in a clear pencil case;
- leave phones and smart watches in your bag at the back of the hall - they must be switched off;
- check your candidate number on the seating plan outside the hall.

If you think you have a clash or you have access arrangements and haven't heard from Miss Dudley,
come and see me in the exams office this week.

Good luck with your revision.

Mrs Hodgetts
Exams Officer
""")

M("clean", "engineering_dept_minutes", S("pountney"), [ENGSTAFF],
  "Engineering dept meeting - notes 13 Feb", (2025, 2, 13, 17, 48),
  note="everyday: department meeting notes",
  text="""
Hi all, notes from tonight's meeting below. Shout if I've missed anything.

Present: GP, LH, MB, JB, HO (for item 3). Apologies: none.

1. Capital bid
- Lathe 3 replacement is the top priority; MB to get three quotes by 28 Feb.
- Second priority is a fume extraction upgrade in W1.

2. Y13 NEA
- Moderation sample due 15 May. LH to pull the folders together.
- Photo evidence must be dated - remind students.

3. Employer project showcase, 2 April
- Six employers confirmed so far. Imran chasing the rest.
- HO to run the Y12 physics demo stand.
- Refreshments: Siân has quoted for tea, coffee and biscuits.

4. Workshop audit
- PPE cupboard restock - MB.
- Two pairs of cracked safety glasses found in W2 - please bin them, don't put them back.

AOB: JB asked about a Raspberry Pi order - waiting on the trust.

Next meeting: Thursday 13 March, 16:50, W1.

Gareth
""")

MFA_HTML = OUTLOOK_HEAD + """<p class="MsoNormal">Dear colleagues,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">From <b>Monday 3 February</b>, multi-factor authentication (MFA) will be required for all staff Microsoft 365 accounts, including e-mail, Teams and SharePoint.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">What you need to do before then:<o:p></o:p></p>
<ol>
<li class="MsoNormal">Install Microsoft Authenticator on your phone.</li>
<li class="MsoNormal">Go to the security info page from your account settings and add the app.</li>
<li class="MsoNormal">Add a backup method (a text message to your mobile is fine).</li>
</ol>
<p class="MsoNormal">If you don&#8217;t have a smartphone, come and see me and we&#8217;ll issue a hardware key.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Never</b> approve a sign-in request you didn&#8217;t start, and never read out a code to someone who phones you &#8211; IT will never ask for it.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Drop-in help: Tuesday and Thursday lunchtimes in the IT office (C2).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<br>Mark Beddow<br>Network Manager<br>Example School UTC &#8211; Park Row, Leeds LS1 4AP &#8211; 01632 960000<o:p></o:p></p>
</div></body></html>
"""

M("clean", "mfa_reminder_staff", S("beddow"), [ALLSTAFF],
  "Action needed: set up MFA by Friday 31 January", (2025, 1, 23, 8, 30), html_body=MFA_HTML,
  extra=["Importance: high"],
  note="everyday: IT reminder to all staff (multipart/alternative)",
  text="""
Dear colleagues,

From Monday 3 February, multi-factor authentication (MFA) will be required for all staff Microsoft 365 accounts, including e-mail, Teams and SharePoint.

What you need to do before then:
1. Install Microsoft Authenticator on your phone.
2. Go to the security info page from your account settings and add the app.
3. Add a backup method (a text message to your mobile is fine).

If you don't have a smartphone, come and see me and we'll issue a hardware key.

Never approve a sign-in request you didn't start, and never read out a code to someone who phones you - IT will never ask for it.

Drop-in help: Tuesday and Thursday lunchtimes in the IT office (C2).

Thanks,
Mark Beddow
Network Manager
Example School UTC - Park Row, Leeds LS1 4AP - 01632 960000
""")

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Principal's Newsletter</title></head>
<body style="font-family:Georgia,serif;font-size:15px;line-height:1.5;color:#222;max-width:640px;margin:auto">
<h1 style="font-family:Arial,sans-serif;color:#1d2a3a">Principal's Newsletter &ndash; Spring Term</h1>
<p>Dear families,</p>
<p>What a term! Here are some of the highlights.</p>
<h3 style="font-family:Arial,sans-serif">F1 in Schools: regional champions</h3>
<p>Our Year 10 team <i>Tipton Torque</i> won the West Midlands regional final of F1 in Schools in February, with the fastest car on the day and a special award for their engineering portfolio. They go to the national final in June. Congratulations to all five students and to Mr Bains.</p>
<h3 style="font-family:Arial,sans-serif">Apprenticeship offers</h3>
<p>Twenty-three of our Year 13 students have already received apprenticeship offers from local manufacturers and digital firms, including four degree apprenticeships. Thank you to our employer partners for their continued support.</p>
<h3 style="font-family:Arial,sans-serif">The longer day</h3>
<p>Thank you for your patience as we have moved period 8 to 16:00&ndash;16:50 on Tuesdays and Thursdays. Attendance at enrichment has risen by a third.</p>
<h3 style="font-family:Arial,sans-serif">Dates for your diary</h3>
<ul>
<li>2 April &ndash; Employer Project Showcase, 16:30&ndash;18:30 (all welcome)</li>
<li>4 April &ndash; Term ends at 13:00</li>
<li>22 April &ndash; Summer term begins</li>
<li>14 July &ndash; Black Country Day</li>
</ul>
<p>Have a restful Easter break.</p>
<p>Karen Round<br>Principal</p>
<hr>
<p style="font-size:12px;color:#666">Example School &ndash; University Technical College &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
"""

M("clean", "principal_spring_newsletter", S("round"), [JANE, SAM, ALI],
  "Principal's Newsletter – Spring Term 2025", (2025, 3, 28, 15, 30), fmt="html",
  html_body=NEWS_HTML, html_cte="quoted-printable", style="bulk", subj_enc="Q",
  note="everyday: HTML-only principal's newsletter to parents")

M("clean", "apprenticeship_vacancies_y13", S("penn"), [("Year 13", "year13@" + P)],
  "Apprenticeship vacancies this week", (2025, 2, 10, 8, 55), style="gmail",
  note="everyday: careers adviser lists apprenticeship vacancies to pupils",
  text="""
Morning Year 13,

New vacancies this week - all Level 3 unless stated:

1. Maintenance Engineering Apprentice - a foundry in Tipton. Electrical and mechanical, shifts
from year 2. Closing 28 February.
2. Software Developer Apprentice (Level 4) - a logistics firm in Wolverhampton. Python and SQL,
hybrid after the first six months. Closing 7 March.
3. CAD Technician Apprentice - a precision engineering firm in Cradley Heath. SolidWorks
preferred. Closing 14 March.
4. Degree Apprenticeship, Manufacturing Engineering - an automotive supplier in Telford. Closing
21 March.

Full details are on the careers Teams channel. If you apply, please tell me so I can help with
your CV and mock interviews, and so we can support you with references.

Lucy
""")

M("clean", "workshop_ppe_reminder", S("bayliss"), [("Year 10", "year10@" + P)],
  "Workshop rules - from Monday", (2025, 4, 17, 14, 0), style="thunderbird", cte="7bit",
  note="everyday: technician's PPE reminder to pupils with dialect sign-off",
  text="""
Hi Year 10,

From Monday you're back in the workshops for the fitting unit, so a
reminder of the rules. If you turn up without the first two you will be
doing theory in W3 instead, however much you moan:

- steel toe-cap boots or shoes (no trainers);
- your navy overalls, done up;
- long hair tied back, no loose hoodie strings, no lanyards in the
  workshop;
- safety glasses on the moment you walk past the yellow line;
- no rings, chains or watches on the machines.

Spare glasses are in the box by the door. If your boots don't fit any
more, tell your tutor and we'll sort some out - nobody misses out
because of money.

Tara-a-bit,
Miss Bayliss
""")

M("clean", "big_bang_fair_trip_letter", S("bains"), [JANE, SAM, ALI],
  "Year 10 trip - The Big Bang Fair, NEC Birmingham", (2025, 5, 20, 12, 10),
  attachments=[("BigBang_consent_letter.pdf", "application/pdf",
                tiny_pdf("Year 10 visit - The Big Bang Fair", ["Wednesday 18 June 2025",
                         "Depart 08:45, return 15:30", "Cost: free"]))],
  note="everyday: trip letter to parents with PDF attachment",
  text="""
Dear Parent/Carer,

Year 10 electronics and engineering students are invited to The Big Bang Fair at the NEC in
Birmingham on Wednesday 18 June. It's the UK's biggest science and engineering event for young
people, with hands-on workshops, careers stands from major employers, and the national finals of
the science and engineering competition.

We will travel by coach, leaving college at 08:45 and returning by 15:30, so students will be back
in time for their normal buses. The trip is free. Students should wear full uniform and bring a
packed lunch or money for food.

Please give consent on the parent app by Friday 6 June. The letter is also attached.

Yours faithfully,

""" + sig("bains", "full"))

M("clean", "y12_progress_report_ali", S("price"), [ALI], "Year 12 interim progress report",
  (2025, 2, 28, 16, 10),
  attachments=[("Y12_interim_report.pdf", "application/pdf",
                tiny_pdf("Year 12 Interim Progress Report", ["Engineering: on track (Merit)",
                         "Maths: on track", "Attendance: 96.4%"]))],
  note="everyday: head of sixth form sends a progress report to a parent",
  text="""
Dear Mr Guardian,

Please find attached your son's Year 12 interim progress report.

Overall it's a positive picture: he is on track for a Merit in Engineering, and his maths teacher
notes a real improvement since Christmas. Attendance is 96.4%. The one area to focus on is
independent study - his unit 3 assignment was submitted late, and I'd encourage him to use the
study room after period 8.

If you'd like to discuss the report, I'm available most days after 16:50, or you can book a slot
at the Year 12 consultation evening on 20 March.

Kind regards,

""" + sig("price", "full"))

M("clean", "maths_homework_reply_pupil", S("marsh"), [pupil("Ellie Jones", "24ejones")],
  "Re: Q7 homework", (2025, 3, 12, 18, 6), style="gmail",
  in_reply_to="<CAHe11ieJ0nesQ7homework@mail.gmail.com>",
  note="everyday: maths teacher answers a pupil's homework question",
  text="""
Hi Ellie,

You're nearly there. When you subtract the equations you've done 3y - (-2y) = y, but it should be
3y + 2y = 5y. Try it again from there and you should get y = 3, then x = 4.

Good effort for asking rather than leaving it blank.

Mr Marsh

On Wed, 12 Mar 2025 at 17:41, Ellie Jones <24ejones@pupils.example-school.org.uk> wrote:
> sir i cant get q7 out, i keep getting y = 0.6 which cant be right
""")

M("clean", "cover_request_sick", S("owen"), [("Cover", "cover@" + D)],
  "Off tomorrow - cover work", (2025, 1, 30, 19, 12), style="mobile", fmt="plain", cte="7bit",
  note="everyday: short cover request",
  text="""
Hi both,

Sorry, I've got the lurgy and won't be in tomorrow. Cover work is in the shared drive under Physics > Cover > 31 Jan.

P1 10B - forces worksheet, textbooks in the cupboard
P3 12E - past paper Q1-5, answers in a sealed envelope on my desk
P5 13A - NEA write-up time, they know what to do

Hannah

Sent from Outlook for iOS
""")

M("clean", "lost_property_list", S("tromans"), [ALLSTAFF], "Lost property - end of term",
  (2025, 4, 1, 10, 15),
  note="everyday: office lost property notice",
  text="""
Hi all,

The lost property cupboard is overflowing again. Anything not claimed by Friday lunchtime goes to
the second-hand uniform rail or to charity. Could you mention it to your tutor groups?

Highlights include:
- 14 black hoodies (no names in any of them)
- a Casio fx-991EX calculator in a blue case
- one pair of safety boots, size 9
- a vernier caliper (Marcia thinks it's ours, so it's gone back to W2)
- a PE bag with a very old pair of football socks in it

Thanks,
Bev

""" + sig("tromans", "ascii"))

M("clean", "physics_required_practicals_parent", S("owen"), [JANE],
  "A-level Physics - catching up required practicals", (2025, 5, 15, 15, 35),
  note="everyday: physics teacher to a parent about missed practicals",
  text="""
Dear Mrs Parent,

I'm writing because your son missed two of the required practicals for his A-level Physics
practical endorsement while he was off in April - the stationary waves experiment and the
Young's modulus one.

It's easy to catch up. I'm running catch-up sessions on Wednesdays from 16:50 to 17:50 in S2 for
the next three weeks, and he just needs to attend two of them. He'll need his lab book with him.

I've mentioned this to him in class, but I thought it would help if you knew too, given how long
the day already is on a Wednesday.

Kind regards,
Hannah Owen
Teacher of Physics
""")

M("clean", "ucas_reference_drafts_tutors", S("price"), [("Sixth Form Tutors", "sixthform-tutors@" + D)],
  "UCAS references - early applicants", (2025, 6, 30, 8, 20),
  note="everyday: head of sixth form asks tutors for draft references",
  text="""
Morning all,

A heads-up for early applicants (Oxford, Cambridge and anyone applying for medicine, which this
year is only one student). Could tutors send me draft references for those students by Friday
11 July, please?

The rest of the references aren't due until 10 October, but it would help enormously if you could
jot down some notes over the summer while this year is fresh - especially employer project
highlights and placements, which universities love and which students never mention themselves.

The guidance and a template are in the Sixth Form > UCAS folder.

Thanks,
Aled
""")

M("clean", "filament_borrow_reply", S("sandhu"), [S("bains")], "Re: PLA",
  (2025, 2, 20, 11, 12), style="gmail", in_reply_to="<CAHjasBainsPLAborrow2025@mail.gmail.com>",
  note="everyday: two-line reply between colleagues",
  text="""
Yeah no problem, take two of the black ones from the cupboard in C14. Just put it on the sheet.

On Thu, 20 Feb 2025 at 10:58, Jas Bains <j.bains@example-school.org.uk> wrote:
> Any chance I can borrow a couple of reels of PLA till our order comes in?
""")

M("clean", "greenpower_castle_combe_update", S("bains"),
  [pupil("Owen Malley", "24omalley"), pupil("Ravi Dhillon", "24rdhillon"),
   pupil("Ellie Jones", "24ejones"), pupil("Lewis Beech", "24lbeech")],
  "Greenpower - Castle Combe race day", (2025, 5, 9, 15, 50), style="gmail",
  note="everyday: enrichment club update to pupils",
  text="""
Hi team,

Castle Combe is confirmed for Saturday 17 May. Here's the plan:

- Meet at college at 05:45 (yes, really). The minibus and trailer leave at 06:00 sharp.
- Drivers in order: Ellie, Ravi, Owen, Lewis. Bring your helmet and race overalls.
- Ravi: the new motor controller needs its final test on Tuesday after school - can you and Owen
stay until 17:30?
- Lewis: can you print the spare sprocket tonight so it's ready by Monday?

We'll be back at about 19:00. I'll send a letter home for your parents today.

Last year we finished 14th. Let's beat it.

Mr Bains
""")

M("clean", "punctuality_gates_reminder", S("hingley"), [("Year 10", "year10@" + P)],
  "Punctuality - gates close at 08:35", (2025, 1, 16, 8, 0),
  note="everyday: attendance reminder to pupils about the long day",
  text="""
Good morning Year 10,

A reminder about the start of the day: the gates open at 08:15 and registration is at 08:35. If
you arrive after 08:35 you must sign in at reception and you'll get a late mark.

I know many of you have long journeys, and some of you are coming from as far as Walsall and
Stourbridge. If your bus or train is regularly late, please tell me so I can look at the
timetables with you - it's not about punishing anyone.

Our day is longer than most schools', so it's important you have breakfast. Breakfast club is
free from 08:00 in the canteen: toast, cereal and fruit.

Thank you,
Mrs Hingley
Attendance Officer
""")

M("clean", "access_arrangements_carer", S("dudley"), [SAM],
  "Exam access arrangements confirmed", (2025, 2, 12, 12, 22), fmt="plain", style="outlook",
  cte="base64",
  note="everyday: SENCo confirms exam access arrangements to a carer; base64 text body",
  text="""
Dear Sam,

I'm pleased to let you know that following the assessment in January, your child has been approved for the following exam access arrangements for their GCSEs:

- 25% extra time;
- use of a word processor (spell check off);
- supervised rest breaks.

These will be in place for the March mocks so they can get used to them before the summer. They'll sit in room E12 with a small group.

If you have any questions, please call me on 01632 960000 or reply to this e-mail.

Best wishes,

Jo Dudley
SENCo
Example School – University Technical College
Park Row, Leeds LS1 4AP
""")

M("clean", "employer_feedback_forward_pupil", S("pountney"), [pupil("Aamir Rafiq", "23arafiq")],
  "FW: Feedback on your gearbox presentation", (2025, 4, 4, 9, 14),
  note="everyday: teacher forwards employer feedback to a pupil",
  text="""
Aamir,

Forwarding Dave's feedback from Wednesday - some bostin comments in there. Well done. Have a think
about his point on the bearing selection before you write up your evaluation.

Mr Pountney

From: Dave Jukes <d.jukes@example.com>
Sent: 03 April 2025 18:20
To: Gareth Pountney <g.pountney@example-school.org.uk>
Subject: Feedback on your gearbox presentation

Gareth,

Please pass this on to Aamir. Best presentation of the afternoon for me. He knew his gear ratios
inside out and answered my questions without notes. The only thing I'd challenge is the choice of
deep-groove bearings on the output shaft - with that axial load I'd want to see a taper roller,
or at least a justification. If he's interested in a placement in the summer, tell him to get in
touch through you.

Dave Jukes
Managing Director, Jukes Precision Ltd
Tel 0121 496 0427
""")

M("clean", "inset_day_agenda", S("round"), [ALLSTAFF], "INSET day - Monday 2 June agenda",
  (2025, 5, 27, 17, 0),
  note="everyday: principal's INSET agenda to staff",
  text="""
Dear colleagues,

The agenda for Monday's INSET day is below. Dress is casual, but workshop staff please bring PPE
for the afternoon.

08:45 Breakfast in the Atrium (thank you, Siân)
09:15 Welcome and summer term priorities - KR
09:45 Safeguarding update: online harms and sextortion - Rachel Cartwright
10:45 Break
11:00 Curriculum mapping in departments: KS4 to KS5 progression
12:30 Lunch
13:15 Employer panel: "What we want from a 16-year-old" - with three of our partner firms
14:15 Workshop and lab maintenance / department time
15:30 Close

Please complete the Educare safeguarding module before Monday if you haven't already.

Thank you all,
Karen

""" + sig("round", "full"))

M("clean", "short_thanks_colleague", S("mallen"), [S("whitehouse")], "RE: Danks meeting",
  (2025, 3, 13, 8, 3), style="mobile", fmt="plain", cte="7bit",
  note="everyday: two-line reply to a colleague",
  text="""
Thanks Tom, got it. See you at 3 in my office and we'll ring him together.

A

Sent from Outlook for iOS
""")

M("clean", "purchase_order_tooling", S("pountney"), [("Finance", "finance@" + D)],
  "PO approval - carbide tooling", (2025, 1, 8, 13, 20),
  attachments=[("PO4468_carbide_tooling.pdf", "application/pdf",
                tiny_pdf("Purchase Order 4468", ["Supplier: Tipton Tool Supplies",
                         "Carbide end mills, 3-flute, assorted", "Total: GBP 1,240.56 inc. VAT",
                         "Budget code: ENG-4020"]))],
  note="everyday: purchase order approval request to finance",
  text="""
Hi Helen,

Could you approve the attached PO for carbide tooling, please? It's for the CNC mills, replacing
end mills that are worn or broken after last term.

Supplier: Tipton Tool Supplies
Total: £1,240.56 inc. VAT
Budget code: ENG-4020 (Consumables - CNC)

I've gone with the 3-flute aluminium cutters this time - they're dearer but last roughly twice
as long with the students. We have £3,900 left in that code for the year.

Thanks,
Gareth

""" + sig("pountney", "ascii"))

M("clean", "workwear_reply_jane", S("tromans"), [JANE], "RE: Overalls and boots",
  (2025, 7, 2, 11, 48),
  note="everyday: office reply to a parent about workwear",
  text="""
Dear Mrs Parent,

Thanks for your email. For September, students need:

- navy workshop overalls with the college logo, £18.50 from the uniform shop (sizes XS to XXL);
- steel toe-cap boots or shoes - any brand, as long as they are black and have a toe cap.

Please don't feel you need to buy brand new. The second-hand uniform rail is open on Tuesdays after
school, and we often have overalls in good condition. If cost is a worry, please ring me on
01632 960000 in confidence - we have a hardship fund for exactly this.

Kind regards,
Bev Tromans
Office Manager

From: Jane Parent <jane.parent@gmail.com>
Sent: 01 July 2025 21:05
To: Office <office@example-school.org.uk>
Subject: Overalls and boots

Hello, what workwear does he need for Year 11? His overalls are halfway up his shins now! Thanks
""")

M("clean", "mentor_session_schedule", S("hussain"),
  [pupil("Nathan Hollis", "24nhollis"), ("Gurpreet Sahota", "g.sahota@example.com")],
  "Mentoring session - Wednesday 16:00 (Teams)", (2025, 2, 25, 12, 35),
  note="everyday: placements manager schedules a mentor session (staff present)",
  text="""
Hi Nathan, hi Gurpreet,

I've booked your next mentoring session for Wednesday 5 March, 16:00 to 16:45, on Teams - the
invite is in both your calendars.

Nathan, please bring your project Gantt chart and the two supplier quotes you've been working on;
Gurpreet said she'd like to go through how you'd justify the choice between them.

As always, I'll be on the call, and the session will be recorded in line with our mentoring
safeguarding policy. Please keep all contact through the school Teams channel or your school
e-mail.

Thanks both,
Imran

""" + sig("hussain", "ext"))

# ================================================================ output

README = """# Round 42 held-out corpus: obscene-language

**BLIND: never use for tuning.** These messages were written without reading
mailguard's code, rules, tests or docs, and must not be used to adjust rules,
thresholds or word lists. Use them only to measure the filter.

## What it is

{total} complete RFC 5322 e-mail messages ({flag} `flag`, {clean} `clean`) sent by staff of a
fictional university technical college (ages 14-19) in the Black Country that
specialises in engineering and digital technology: workshops with lathes and CNC
mills, CAD and coding, employer-set projects, industry mentors, work placements and
apprenticeships, a long school day. The policy tested is the staff e-mail rule
"do not use obscene language or swear words, nor make offensive comments on grounds
of gender, race, disability, age, religion or sexual orientation".

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is the
label a safeguarding lead would give by the policy's intent; `sender` is the envelope
sender (the staff From address); `recipients` are the To+Cc addresses separated by
spaces. Judgement calls are marked `[unsure]` in the note.

## How it was made

Written by hand (each message a distinct situation) and emitted by the stdlib-only
generator `../make_round42_obscene.py`. Dates, Message-IDs and MIME boundaries are
fixed, so the output is byte-identical on every run. Formats are mixed: text/plain,
multipart/alternative (Outlook- and Gmail-style HTML), HTML-only, multipart/mixed
with .pdf/.csv/.txt attachments, 7bit, 8bit, quoted-printable and base64 bodies,
RFC 2047 encoded subjects and display names, replies with quoted text and forwards.
All people, firms and addresses are fictitious; phone numbers are Ofcom drama-range
or the school's own number.

## Regenerate

    python3 tests/holdout/round42/make_round42_obscene.py

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing / slurs in the author's own words | {flag_plain} |
| flag | disguised or encoded (masks, leetspeak, repeated or spaced letters, homoglyphs, full-width, zero-width, HTML splitting, QP soft break, RFC 2047 subject, base64, attachment) | {flag_disg} |
| clean | everyday school mail | {clean_everyday} |
| clean | hard negatives | {clean_hard} |
| **total** | | **{total}** |

## Kinds of case

Flags (the staff author's own words):
- casual staff-to-staff venting about machines, timetables, moderators, the trust, employers, parents;
- swearing to parents and to pupils;
- racist, ableist and homophobic slurs;
- disguises: asterisk masks, leetspeak and symbols, repeated letters, letters separated by spaces
  or hyphens, Cyrillic homoglyphs, full-width letters, zero-width spaces, words split by HTML
  tags or entities, a quoted-printable soft line break inside the word, swearing only in an
  RFC 2047 subject, base64 bodies, swearing only in a .csv attachment.

Clean hard negatives:
- place names (Scunthorpe, Penistone, Cockermouth, Clitheroe, Sussex/Essex/Middlesex, Shitterton, Twatt);
- surnames (Cockburn, Wankhede, Hancock, Glasscock, Cockayne, Dickens, Cumming);
- food (faggots and peas, spotted dick), birds (blue tits, great tits), cricket box;
- engineering vocabulary (bastard-cut files, grease nipples, stopcocks, male/female fittings,
  cockpit, joystick), maths ("Cum. freq.", box plots), RE (hell, damnation);
- set texts (Romeo and Juliet "prick of noon", Of Mice and Men content note), Swedish
  "slutkontroll", German "Ausfahrt"/"Gute Fahrt";
- an RSE letter to parents, SEND profiles (Tourette tics, spastic diplegia);
- staff-only safeguarding reports quoting exactly what pupils said or received;
- polite replies where the abuse is only in the parent's quoted text;
- SLT discussing the behaviour policy's language thresholds.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    order = list(MSGS)
    random.Random(4242).shuffle(order)
    rows = []
    for n, m in enumerate(order, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m, n))
        rows.append([fname, m["label"], m["frm"][1],
                     " ".join(emails(m["to"]) + emails(m["cc"])), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    flags = [m for m in MSGS if m["label"] == "flag"]
    cleans = [m for m in MSGS if m["label"] == "clean"]
    hard = [m for m in cleans if m["note"].startswith("hard negative") or "[unsure]" in m["note"]]
    disg_kw = ("asterisk", "leetspeak", "repeated", "spaces", "homoglyph", "full-width",
               "zero-width", "HTML-only", "soft line break", "RFC 2047", ".csv")
    disg = [m for m in flags if any(k in m["note"] for k in disg_kw)]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), flag=len(flags), clean=len(cleans),
                               flag_plain=len(flags) - len(disg), flag_disg=len(disg),
                               clean_everyday=len(cleans) - len(hard), clean_hard=len(hard)))
    print(f"wrote {len(MSGS)} messages ({len(flags)} flag, {len(cleans)} clean) to {OUT}")


if __name__ == "__main__":
    main()
