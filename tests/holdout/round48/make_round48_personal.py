#!/usr/bin/env python3
"""Round 48 blind held-out corpus: personal-address-to-parent.

Setting: an independent prep school (ages 3-13) with boarding for the top years.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Deterministic: fixed dates,
Message-IDs and MIME boundaries, no clock or randomness without a fixed seed.

Python 3.11 standard library only.  Run:  python3 make_round48_personal.py
"""
import base64
import csv
import hashlib
import html
import io
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "personal-address-to-parent"

DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
STAFF = {
    "head": ("Giles Thornbury", "g.thornbury"),
    "dsl": ("Anita Rao", "dsl"),
    "rao": ("Anita Rao", "a.rao"),
    "hughes": ("Rhys Hughes", "r.hughes"),
    "ashdown": ("Caroline Ashdown", "c.ashdown"),
    "farrell": ("Yasmin Farrell", "y.farrell"),
    "okonkwo": ("Tunde Okonkwo", "t.okonkwo"),
    "vance": ("Hattie Vance", "h.vance"),
    "fairbairn": ("James Fairbairn", "j.fairbairn"),
    "delacroix": ("Margaux Delacroix", "m.delacroix"),
    "ballantyne": ("Sophie Ballantyne", "s.ballantyne"),
    "obrien": ("Niamh O'Brien", "n.obrien"),
    "bursar": ("David Whitlock", "bursar"),
    "registrar": ("Fiona Garside", "registrar"),
    "office": ("Example School Office", "office"),
    "lindqvist": ("Per Lindqvist", "p.lindqvist"),
    "adeyemi": ("Kemi Adeyemi", "k.adeyemi"),
    "chambers": ("Lucy Chambers", "l.chambers"),
    "pryce": ("Owen Pryce", "o.pryce"),
    "hr": ("Clare Yates", "hr"),
    "brennan": ("Ollie Brennan", "o.brennan"),
    "marsh": ("Ellie Marsh", "e.marsh"),
    "kowalczyk": ("Adam Kowalczyk", "a.kowalczyk"),
    "attendance": ("Attendance Office", "attendance"),
    "fenwick": ("Bella Fenwick", "b.fenwick"),
    "ng": ("Wei Ng", "w.ng"),
    "adair": ("Stuart Adair", "s.adair"),
    "jessop": ("Mark Jessop", "m.jessop"),
    "trelawney": ("Annabel Trelawney", "a.trelawney"),
    "music": ("Music School Office", "music"),
    "catering": ("Sam Kettering", "catering"),
    "uniform": ("Uniform Shop", "uniform"),
}


def staff(key):
    name, local = STAFF[key]
    return (name, f"{local}@{DOM}")


def S(key):
    return f"{STAFF[key][1]}@{DOM}"


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name=None):
    return (name or "", f"{local}@{PUP}")


SCHOOL_ADDR = "Example School, Park Row, Leeds LS1 4AP"
SCHOOL_TEL = "01632 960000"


# ---------------------------------------------------------------- MIME helpers
def _h(seed, n=24):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def enc_addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp_encode(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


class Leaf:
    def __init__(self, ctype, body, cte="auto", charset="utf-8", disposition=None,
                 filename=None, extra_params="", raw=None):
        self.ctype = ctype
        self.body = body
        self.cte = cte
        self.charset = charset
        self.disposition = disposition
        self.filename = filename
        self.extra_params = extra_params
        self.raw = raw  # already-encoded body text (used with an explicit cte)

    def render(self):
        body = self.body
        is_text = isinstance(body, str)
        cte = self.cte
        if cte == "auto":
            if is_text:
                try:
                    body.encode("ascii")
                    cte = "7bit"
                except UnicodeEncodeError:
                    cte = "quoted-printable"
            else:
                cte = "base64"
        ct = self.ctype
        if is_text and self.charset:
            ct += f'; charset="{self.charset}"'
        ct += self.extra_params
        if self.filename:
            ct += f'; name="{self.filename}"'
        lines = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += f'; filename="{self.filename}"'
            lines.append(f"Content-Disposition: {d}")
        if self.raw is not None:
            enc = self.raw
        elif cte in ("7bit", "8bit"):
            enc = body
            if cte == "7bit":
                enc.encode("ascii")
        elif cte == "quoted-printable":
            enc = qp_encode(body)
        elif cte == "base64":
            enc = b64_encode(body)
        else:
            raise ValueError(cte)
        if not enc.endswith("\n"):
            enc += "\n"
        return "\n".join(lines) + "\n\n" + enc


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary

    def render(self):
        out = [f'Content-Type: multipart/{self.subtype};\n\tboundary="{self.boundary}"', "", ""]
        for p in self.parts:
            out.append(f"--{self.boundary}")
            out.append(p.render())
        out.append(f"--{self.boundary}--")
        out.append("")
        return "\n".join(out)


def auto_html(text, font="Calibri"):
    """Turn a plain-text body into the sort of HTML an Outlook client sends."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip(), quote=False) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        else:
            inner = "<br>\n".join(html.escape(l) for l in lines)
            out.append(f'<p class="MsoNormal">{inner}</p>')
    body = "\n".join(out)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}</style>\n'
        '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        f"{body}\n</div>\n</body>\n</html>\n"
    )


def make_pdf(lines):
    """A tiny, valid one-page PDF holding the given lines of text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 60 780 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        buf.write(f"{o:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def isbn13(stem12):
    digits = [int(c) for c in stem12 if c.isdigit()]
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return stem12 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- message registry
MESSAGES = []


def M(label, slug, frm, to, subject, date, body=None, *, cc=(), fmt="plain", cte="auto",
      html_body=None, html_cte="auto", attachments=(), reply_to=None, headers=(),
      note="", mailer="outlook", sig=None):
    """Register one message.

    fmt: plain (text/plain only), alt (multipart/alternative plain+HTML),
         html (text/html only).  attachments: list of Leaf objects.
    """
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt, cte=cte,
                         html_body=html_body, html_cte=html_cte,
                         attachments=list(attachments), reply_to=reply_to,
                         headers=list(headers), note=note, mailer=mailer))


def att(data, ctype, filename, cte="base64", charset=None, extra=""):
    return Leaf(ctype, data, cte=cte, charset=charset, disposition="attachment",
                filename=filename, extra_params=extra)


def build(m):
    seed = m["slug"]
    h = _h(seed, 32).upper()
    if m["mailer"] == "outlook":
        msgid = f"<LO4P265MB{h[:16]}{h[16:24]}@LO4P265MB{h[24:28]}.GBRP265.PROD.OUTLOOK.COM>"
        b_alt = f"_000_LO4P265MB{h[:20]}LO4P265MB{h[20:24]}GBRP_"
        b_mix = f"_004_LO4P265MB{h[:20]}LO4P265MB{h[20:24]}GBRP_"
    elif m["mailer"] == "iphone":
        msgid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{DOM}>"
        b_alt = f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}"
        b_mix = f"Apple-Mail-{h[20:28]}-{h[28:32]}-{h[:4]}-{h[4:8]}"
    else:  # web client / mailing tool
        msgid = f"<{h[:20].lower()}.{m['date'][5:7].strip()}@mail.{DOM}>"
        b_alt = f"----=_Part_{int(h[:6], 16)}_{int(h[6:12], 16)}.{int(h[12:18], 16)}"
        b_mix = f"----=_Part_{int(h[18:24], 16)}_{int(h[24:30], 16)}.{int(h[26:32], 16)}"

    # body structure
    fmt = m["fmt"]
    if fmt == "plain":
        main = Leaf("text/plain", m["body"], cte=m["cte"])
    elif fmt == "html":
        main = Leaf("text/html", m["html_body"], cte=m["html_cte"])
    elif fmt == "alt":
        hb = m["html_body"] if m["html_body"] is not None else auto_html(m["body"])
        main = Multi("alternative", [Leaf("text/plain", m["body"], cte=m["cte"], raw=m.get("raw_plain")),
                                     Leaf("text/html", hb, cte=m["html_cte"], raw=m.get("raw_html"))], b_alt)
    else:
        raise ValueError(fmt)
    if m["attachments"]:
        main = Multi("mixed", [main] + m["attachments"], b_mix)

    hdr = []
    hdr.append(f"From: {enc_addr(m['frm'])}")
    hdr.append("To: " + ",\n\t".join(enc_addr(a) for a in m["to"]))
    if m["cc"]:
        hdr.append("Cc: " + ",\n\t".join(enc_addr(a) for a in m["cc"]))
    if m["reply_to"]:
        hdr.append(f"Reply-To: {enc_addr(m['reply_to'])}")
    hdr.append(f"Subject: {enc_subject(m['subject'])}")
    hdr.append(f"Date: {m['date']}")
    hdr.append(f"Message-ID: {msgid}")
    for k, v in m["headers"]:
        hdr.append(f"{k}: {v}")
    if m["mailer"] == "outlook":
        hdr.append("Thread-Topic: " + enc_subject(re.sub(r"^(RE|Re|FW|Fwd|FW): ", "", m["subject"])))
        hdr.append("Content-Language: en-GB")
        hdr.append("X-MS-Has-Attach:" + (" yes" if m["attachments"] else ""))
    elif m["mailer"] == "iphone":
        hdr.append("X-Mailer: iPhone Mail (22G86)")
    else:
        hdr.append("X-Mailer: SchoolPost Bulk Mailer 4.2")
    hdr.append("MIME-Version: 1.0")
    text = "\n".join(hdr) + "\n" + main.render()
    return text.encode("utf-8"), msgid


def addr_list(lst):
    return [a if isinstance(a, str) else a[1] for a in lst]


# ---------------------------------------------------------------- signatures
def sig_full(name, role, extra=""):
    s = f"{name}\n{role}\nExample School\nPark Row, Leeds LS1 4AP\nTel: 01632 960000"
    if extra:
        s += "\n" + extra
    s += "\nwww.example-school.org.uk"
    return s


def sig_short(name, role):
    return f"{name}\n{role} | Example School | 01632 960000"


DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
              "addressee. If you have received it in error please tell the sender and delete it. "
              "Example School is a charitable trust, registered charity no. 1099999.")


def outlook_quote(frm, sent, to, subject, body, cc=None):
    q = ["________________________________", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        q.append(f"Cc: {cc}")
    q.append(f"Subject: {subject}")
    return "\n".join(q) + "\n\n" + body.strip("\n") + "\n"


def gt_quote(intro, body):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n")) + "\n"


# ================================================================ FLAG messages
M("flag", "violin_holiday_lessons", staff("farrell"), [JANE],
  "Freddie - violin over the summer", "Thu, 10 Jul 2025 21:42:10 +0100",
  """Hi Jane,

Lovely to see you at the Summer Concert last night - Freddie played the Bach
so well, I was really proud of him. He has come such a long way since
September.

You asked about keeping things ticking over in the holidays. I don't teach
through school in August, but I do have a few private pupils at home and I'd
be happy to fit Freddie in for four or five lessons before his Grade 5 in
the autumn. It's £45 for 45 minutes, the same as my other families.

Easiest thing is to text me on (07700) 900312 and we can sort out dates. I'm
away 2nd-9th August but otherwise fairly flexible, mornings are best.

Best wishes,
Yasmin

Yasmin Farrell
Visiting Teacher of Violin & Viola
Example School | 01632 960000
""", cte="8bit", mailer="iphone",
  note="visiting violin teacher offers private holiday lessons, 'text me on' personal mobile in brackets format")

M("flag", "snapchat_rucking_video", staff("brennan"),
  [pupil("20fparent"), pupil("20hashworth"), pupil("20bmontague"), pupil("20tokafor")],
  "Wednesday training + video", "Sun, 05 Oct 2025 19:03:55 +0100",
  """Hi lads,

Great effort yesterday v Hurstleigh, unlucky with that last try, you deserved
a draw at least.

Couple of things for Wednesday:
- boots AND astros please, we might be on the 3G if the top pitch is still
  waterlogged
- gumshields. No gumshield, no contact. Mr Okonkwo's rule not mine!

I filmed the rucking drill on my phone so you can see what I mean about body
height going into the breakdown. It's too big to email so just add me on snap
(ollie.b_rugby) and I'll send it over tonight.

Cheers
Ollie

Ollie Brennan
Sports Graduate Assistant
Example School
""", note="sports graduate assistant asks U11 pupils to add him on Snapchat")

_q = outlook_quote("Ali Guardian <ali.guardian@btinternet.com>", "14 October 2025 21:07",
                   "James Fairbairn <j.fairbairn@example-school.org.uk>", "Hugo - scholarship prep",
                   """Dear Mr Fairbairn,

Hugo came home very chuffed with his Latin test result, so thank you. Ruth and I
have been talking about whether he should have some extra coaching over Christmas
before the scholarship papers next year. Is that something you would be able to
do yourself or could you recommend someone?

Kind regards,
Ali""")
M("flag", "latin_tutoring_gmail", staff("fairbairn"), [ALI],
  "RE: Hugo - scholarship prep", "Wed, 15 Oct 2025 07:31:12 +0100",
  """Dear Ali,

Thank you for your email, and for the kind words - Hugo has come on enormously
this term and I think he is a genuine contender for an academic award at
Hambleden next year, particularly if his Greek keeps improving at this rate.

On the question of Christmas: I do a small amount of private scholarship
coaching in the holidays, though it has to be kept entirely separate from my
school work. It would be best if you contacted me about it on my own address,
jfairbairn.classics@gmail.com, rather than here, and we can talk about what
would suit him. I would suggest perhaps six sessions, mostly unseen
translation and some practice at the general paper.

With best wishes,

James

""" + sig_full("James Fairbairn", "Head of Classics & Scholarship Coordinator") + "\n\n" + _q,
  fmt="alt",
  headers=[("In-Reply-To", "<DB9PR02MB7712C1A0D3E5F0B7A@DB9PR02MB7712.eurprd02.prod.outlook.com>")],
  note="Head of Classics redirects a parent to his personal gmail for private tutoring")

M("flag", "houseparent_home_landline", staff("ballantyne"), [SAM],
  "Isla - settling back in", "Mon, 22 Sep 2025 22:15:40 +0100",
  """Dear Sam,

I just wanted to drop you a line after our chat on Saturday. Isla has had a
much better few days. She was a bit quiet at supper on Sunday but she's been
playing cards with the other Year 8 girls in the common room every evening
this week, and Matron says she's eating well.

I've had a word with her tutor and we've agreed she can phone home on
Wednesday evenings as well as Sundays for the next few weeks, which I think
will help.

It's exeat this coming weekend and I won't be in the boarding house, but
please do ring me at home if anything is worrying you - the number is below.
We are usually back from walking the dogs by 10.

Warm wishes,
Sophie

Sophie Ballantyne
Houseparent, Cedars (Senior Girls' Boarding)
Example School, Park Row, Leeds LS1 4AP
School: 01632 960000
Home: 020 7946 0381
""", fmt="alt",
  note="houseparent invites boarder's carer to ring her home landline, given in signature")

M("flag", "reception_whatsapp_nbsp", staff("vance"), [ALI],
  "Kit's week \u2013 photos", "Fri, 19 Sep 2025 16:48:02 +0100",
  cc=[("Beatriz Ramos", "beatriz.ramos84@hotmail.co.uk")], fmt="html",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Guardian and Beatriz,</p>
<p>Just a quick note to say Kit has had a <b>much</b> better week &ndash; no tears at drop-off since
Tuesday, and he spent most of this afternoon building a &lsquo;rocket&rsquo; out of the big blocks with
Arthur and Sofia.</p>
<p>I know Beatriz mentioned at pick-up that it would be nice to see what he gets up to during the day.
Our Tapestry journal updates on Fridays, but if you&rsquo;d like something sooner just WhatsApp me
on 07700&nbsp;900&nbsp;587 and I&rsquo;ll send you a couple of pictures.</p>
<p>Have a lovely weekend,<br>Hattie</p>
<p style="color:#1F3864">Miss H. Vance<br>Reception Class Teacher<br>Example School Pre-Prep<br>
Park Row, Leeds LS1 4AP &middot; 01632&nbsp;960000</p>
</body></html>
""", note="Reception teacher gives own mobile for WhatsApp to father and nanny, HTML-only with &nbsp;")

_vcard_tunde = """BEGIN:VCARD\r
VERSION:3.0\r
N:Okonkwo;Tunde;;;\r
FN:Tunde Okonkwo\r
ORG:Example School;Sport\r
TITLE:Director of Sport\r
TEL;TYPE=CELL,VOICE:+44 7700 900648\r
EMAIL;TYPE=INTERNET,WORK:t.okonkwo@example-school.org.uk\r
END:VCARD\r
"""
M("flag", "sport_vcard_saturdays", staff("okonkwo"), [JANE, ALI],
  "Saturday away fixtures - getting hold of me", "Thu, 11 Sep 2025 12:20:31 +0100",
  """Dear Parents,

As I will be running the touchline at most of the away fixtures this term, I
have attached my contact card so you have a way of reaching me on a Saturday
morning if your son is unwell or you are running late to the venue. Save it
to your phone and you'll have me on WhatsApp too.

Fixtures, venues and teams are on SOCS as usual, and the coach leaves from
outside the Sports Hall at 8.15 sharp. Match teas are provided at all away
games this term.

Many thanks,

Tunde Okonkwo
Director of Sport
Example School | 01632 960000
""", fmt="alt",
  attachments=[att(_vcard_tunde, "text/vcard", "Tunde Okonkwo.vcf", charset="utf-8")],
  note="Director of Sport sends parents a vCard (base64) holding a mobile 'for WhatsApp' [unsure] nothing says it is a school phone")

_ics_french = """BEGIN:VCALENDAR\r
PRODID:-//Yahoo//Calendar//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:r48-french-conversation-20251027@calendar.yahoo.com\r
DTSTAMP:20251016T181500Z\r
DTSTART;TZID=Europe/London:20251027T100000\r
DTEND;TZID=Europe/London:20251027T110000\r
RRULE:FREQ=DAILY;COUNT=3\r
SUMMARY:Freddie - French conversation\r
LOCATION:9 Wisteria Mews\\, Esher KT10 9QX\r
DESCRIPTION:Please park on Claremont Road\\, not in the mews itself. Ring th\r
 e bell by the blue door.\r
ORGANIZER;CN=Margaux Delacroix:mailto:margaux.delacroix@yahoo.co.uk\r
ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com\r
STATUS:CONFIRMED\r
END:VEVENT\r
END:VCALENDAR\r
"""
M("flag", "french_halfterm_ics", staff("delacroix"), [JANE],
  "Freddie \u2013 French conversation at half-term", "Thu, 16 Oct 2025 19:16:00 +0100",
  """Bonjour Jane,

As promised, here are the dates for Freddie's conversation sessions over
half-term: Monday to Wednesday, 10 till 11. I've put them in the calendar
invitation attached so they go straight into your diary.

We'll do them at my house rather than school - it is much more relaxed than a
classroom, and my cat is an excellent listener! The address and parking
instructions are in the invitation.

He should bring his vocab book and the picture cards we used for the oral.

À bientôt,
Margaux

Mme M. Delacroix
Head of French, Example School
""", fmt="alt", cte="8bit",
  attachments=[att(_ics_french, "text/calendar", "invite.ics", charset="utf-8", extra="; method=REQUEST")],
  note="French teacher's .ics invite puts lessons at her home address and organiser is her yahoo address")

M("flag", "matron_replyto_hotmail", staff("obrien"), [SAM],
  "Isla - inhaler", "Tue, 30 Sep 2025 13:05:18 +0100",
  """Dear Sam,

Just to let you know Isla came up to the San this morning with a tight chest
after cross-country. She had two puffs of her blue inhaler and was right as
rain after twenty minutes, and went back to lessons for period 3.

Her spare inhaler in the San runs out at the end of October, so could you
send a new one back with her after exeat? The pharmacy label needs her name
and the dose on it or I can't keep it.

I'm on nights in the boarding house this week, so if you'd like to talk it
through just hit reply and it will come straight to me at home during the day.

Kind regards,
Niamh O'Brien RGN
Senior Matron
The San, Example School | 01632 960000 ext. 210
""", reply_to=("Niamh O'Brien", "niamh.obrien77@hotmail.co.uk"),
  note="matron sets Reply-To to her personal hotmail and tells the carer replies reach her at home")

M("flag", "maths_cc_personal_gmail", staff("hughes"), [JANE],
  "RE: Freddie this week", "Fri, 17 Oct 2025 15:58:44 +0100",
  cc=[("Rhys Hughes", "rhys.hughes1987@gmail.com")],
  body="""Hi Jane,

Thanks for letting me know about Freddie's granny, I'm so sorry. Please don't
worry at all about the maths prep this week - I'll have a quiet word with him
on Monday and we'll catch up on the fractions work in class.

If he does want something to keep him busy over half term I'm happy to mark a
practice paper. The school email is a pain to get into on my phone when I'm
away, so I've copied in my personal address - just send anything there and
I'll look at it over the break.

Take care of yourselves,

Rhys

Rhys Hughes
Year 6 Form Tutor | Mathematics
Example School | 01632 960000
""" + "\n" + outlook_quote("Jane Parent <jane.parent@gmail.com>", "17 October 2025 12:40",
                            "Rhys Hughes <r.hughes@example-school.org.uk>", "Freddie this week",
                            """Dear Mr Hughes,
Just to let you know Freddie's grandmother died on Tuesday and he's been very
up and down. He hasn't done his maths prep, I hope that's ok.
Jane"""),
  fmt="alt", note="Year 6 tutor copies in his own gmail on a reply to a parent and invites work to be sent there")

M("flag", "music_runthrough_at_home", staff("ashdown"), [pupil("18asinclair")],
  "Saturday run-through", "Tue, 04 Nov 2025 16:27:09 +0000",
  """Arabella,

Well done today - the Fauré is really coming together, and the breathing in
the middle section was much better.

As the audition at Hambleden is on the 14th I think one more full
run-through with piano before then would be worthwhile. I'm not in school
this Saturday, but you're welcome to come to mine at 10.30. It's number 3
Coldharbour Cottages, the row of white cottages on the left as you come down
the hill into Peaslake, just past the village shop. My piano is a lot nicer
than the one in M4 anyway!

Ask whoever's driving you to drop you at the gate. Bring the Fauré, the Handel
and your scales book.

Mrs A
""", cte="quoted-printable", mailer="iphone",
  note="Director of Music invites a pupil to her home, giving her address (no postcode)")

M("flag", "drama_tiktok_follow", staff("marsh"),
  [pupil("19cbellingham"), pupil("19jdesai"), pupil("19moyelaran"), pupil("19pwhitmore"), pupil("19lforsyth")],
  "Bugsy cast \u2013 rehearsal clips!", "Mon, 10 Nov 2025 17:44:30 +0000",
  """Hi Bugsy cast!

What a rehearsal today - the splurge gun scene is going to bring the house
down. A few of you asked whether you can film bits at home to practise the
choreography, and yes, please do, it really helps.

Even better, follow me on TikTok (@missmarshmakesmusicals) and I'll follow
you back - tag me in your practice clips and I'll repost the best ones in the
run-up to opening night!

Remember, Wednesday is the full Act 1 run, so lines learnt please. Tallulah
and Blousey, I need you for ten minutes at the start of lunch.

Miss Marsh x

Ellie Marsh
Head of Drama
Example School | 01632 960000
""", fmt="alt",
  note="Head of Drama asks Year 7 cast to follow her TikTok and promises to follow them back")

M("flag", "cricket_nets_linebreak", staff("jessop"), [ALI],
  "Winter nets for Hugo", "Sat, 08 Nov 2025 10:12:51 +0000",
  """Dear Mr Guardian,

Thank you for asking about winter cricket for Hugo. He had an excellent
summer and I agree it would be a shame for him to lose momentum before the
U14 trials in April.

School nets don't start until after Christmas, but I run a small group of
one-to-one and pairs sessions at the indoor school in Guildford on Sunday
mornings which might suit him. It's mostly batting against the bowling
machine plus some work on his front-foot defence. If that sounds useful ring
me on 07700
900 219 any evening and we can find a slot.

Best wishes,
Mark Jessop
Head of Cricket | Mathematics
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="Head of Cricket offers private Sunday coaching, personal mobile broken across a line")

M("flag", "english_sig_plus44", staff("fenwick"), [JANE],
  "Freddie's reading", "Wed, 24 Sep 2025 18:36:27 +0100",
  """Dear Jane,

Thank you for coming in on Monday. As promised, here are a few books I think
Freddie would enjoy now that he's finished the Alex Rider series:

- Holes, Louis Sachar
- The London Eye Mystery, Siobhan Dowd
- Kensuke's Kingdom, Michael Morpurgo
- Wonder, R. J. Palacio

He doesn't need to write anything about them - I'd just like to see him
reading for 20 minutes a night. If there's anything you want to chat about,
give me a ring on my mobile (below) after six, I'm usually free then.

Best wishes,
Bella

Bella Fenwick
Head of English
Example School, Park Row, Leeds LS1 4AP
T: 01632 960000 | M: +44 (0)7700 900 834
""", fmt="alt",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Jane,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for coming in on Monday. As promised, here are a few books I think Freddie would enjoy now that he&#8217;s finished the Alex Rider series:</p>
<ul><li>Holes, Louis Sachar</li><li>The London Eye Mystery, Siobhan Dowd</li>
<li>Kensuke&#8217;s Kingdom, Michael Morpurgo</li><li>Wonder, R. J. Palacio</li></ul>
<p class="MsoNormal">He doesn&#8217;t need to write anything about them &#8211; I&#8217;d just like to see him reading for 20 minutes a night. If there&#8217;s anything you want to chat about, give me a ring on my mobile (below) after six, I&#8217;m usually free then.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Best wishes,<br>Bella</p><p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0" style="border-left:3px solid #7A1F3D"><tr><td style="padding:0 8px">
<p class="MsoNormal"><b><span style="color:#7A1F3D">Bella Fenwick</span></b><br>Head of English<br>
Example School, Park Row, Leeds LS1 4AP<br>
<b>T:</b> 01632 960000 &nbsp;|&nbsp; <b>M:</b> +44 (0)7700 900 834</p></td></tr></table>
</div></body></html>
""", note="Head of English points a parent to her mobile in the signature (+44 (0) format, HTML table)")

M("flag", "science_signal_dots", staff("lindqvist"), [SAM],
  "Isla's scholarship project", "Fri, 12 Dec 2025 16:02:37 +0000",
  """Hi Sam,

Isla's project proposal on pond-water micro-organisms is excellent - it's
exactly the sort of independent work the Hambleden science scholarship panel
likes to see, so I'm really pleased she's going for it.

Over the holidays she should aim to get the sampling done (three sites, same
time of day, at least two visits each) and keep the lab book going. I've lent
her one of the department's hand microscopes, which she signed for.

If she gets stuck, or you want to check anything, I'm on Signal or WhatsApp on
07700.900.561 - that'll be quicker than email while school is closed.

God jul och gott nytt år!
Per

Per Lindqvist
Head of Science
Example School | 01632 960000
""", cte="8bit",
  note="Head of Science gives his own number for Signal/WhatsApp over the holidays (dotted format)")

M("flag", "year3_icloud_base64", staff("chambers"), [ALI],
  "Rosie's summer reading", "Fri, 11 Jul 2025 14:19:03 +0100",
  """Dear Mr and Mrs Guardian,

What a year Rosie has had! She has really found her voice in class this
summer, and her story about the runaway hot-air balloon was one of the best
pieces of writing I've had from a Year 3 in a long time.

I've put a summer reading list in her book bag. Please don't feel she has to
read all of it - one or two that she really enjoys are worth far more than a
pile she ploughs through.

If she'd like to send me a book review or a story over the summer, I'd love
to read it. School email isn't checked over the holidays, so send it to me at
lucychambers88@icloud.com and I promise I'll reply!

Have a wonderful summer,

Lucy Chambers
Year 3 Class Teacher
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", cte="base64",
  note="Year 3 teacher gives her personal iCloud address for holiday mail, base64 body")

_ls_plain = """Dear Jane,

Thank you for the forms, which arrived safely. I have now booked Freddie's screening with our specialist assessor for the week after half-term. It is a relaxed session of about ninety minutes, he will be taken out of Latin and Science, and he won't need to prepare anything at all. I'll write to you with the findings and we can meet to talk them through before anything goes into his learning plan.

I know you said that daytime calls are difficult with your work, so if it is easier to talk in the evening, my personal mobile is 07700 900377, and you are welcome to call me any weekday between 6 and 8pm.

With best wishes,

Kemi Adeyemi
Head of Learning Support (SENCo)
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""
_ls_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">'
            '<p class="MsoNormal">Dear Jane,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Thank you for the forms, which arrived safely. I have now booked Freddie\u2019s screening with our specialist assessor for the week after half-term. It is a relaxed session of about ninety minutes, he will be taken out of Latin and Science, and he won\u2019t need to prepare anything at all. I\u2019ll write to you with the findings and we can meet to talk them through before anything goes into his learning plan.</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">I know you said that daytime calls are difficult with your work, so if it is easier to talk in the evening, my personal mobile is 07700 900377, and you are welcome to call me any weekday between 6 and 8pm.</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">With best wishes,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal"><b>Kemi Adeyemi</b><br>Head of Learning Support (SENCo)<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</p>'
            '</div></body></html>\n')
def qp_soft_break_inside(text, needle, cut):
    """QP-encode text, then add a soft line break inside the first `needle`
    (as a mail client wrapping at a different column would)."""
    enc = qp_encode(text)
    assert needle in enc
    enc = enc.replace(needle, needle[:cut] + "=\n" + needle[cut:], 1)
    return enc


M("flag", "senco_evening_mobile_qp", staff("adeyemi"), [JANE],
  "Freddie - screening booked", "Wed, 08 Oct 2025 11:47:20 +0100",
  _ls_plain, fmt="alt", cte="quoted-printable", html_body=_ls_html, html_cte="quoted-printable",
  note="SENCo offers her personal mobile for evening calls; number split by QP soft line breaks in both parts")

MESSAGES[-1]["raw_plain"] = qp_soft_break_inside(_ls_plain, "07700 900377", 8)
MESSAGES[-1]["raw_html"] = qp_soft_break_inside(_ls_html, "07700 900377", 3)

M("flag", "pa_facebook_friend_requests", staff("trelawney"), [JANE, SAM, ALI],
  "Christmas Fair committee \U0001F384", "Tue, 23 Sep 2025 09:58:12 +0100",
  """Dear all,

Thank you SO much for volunteering to be class reps for the Christmas Fair -
with three of you on board I think this year's will be the best yet.

Rather than endless email chains, I've sent you each a friend request on
Facebook from my own account (Annabel Trelawney - the profile picture with the
spaniel!). Once you've accepted I'll add you to the private committee group,
which is where we share the stall lists, the rota and all the gossip.

First meeting is Thursday 2nd October at 8.30 in the Pavilion, straight after
drop-off. Coffee and croissants provided.

Annabel

Annabel Trelawney
Marketing & Events Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt",
  note="events manager friend-requests parents from her personal Facebook to add them to a private group")

M("flag", "upper_school_family_domain", staff("adair"), [SAM],
  "Isla - scholarship references", "Thu, 27 Nov 2025 20:31:05 +0000",
  """Dear Sam,

A quick one before I disappear on paternity leave tomorrow (baby is due on
Monday, so wish us luck).

Isla's references for Hambleden are written and with the Headmaster for
signing, so that is all on track. Mrs Rao is covering Upper School while I'm
away and she knows all about the scholarship plans.

I'll still be keeping half an eye on things, so if anything comes up about
the references or the interview please use my home email rather than this one:
stuart@adair-family.example.net. If it is urgent, 07700-900-266 is my mobile.

Best wishes,
Stuart

Stuart Adair
Head of Upper School (Years 7 & 8)
Example School | 01632 960000
""", note="Head of Upper School gives his family-domain personal e-mail and mobile (hyphenated) to a carer")

M("flag", "code_club_discord", staff("pryce"),
  [pupil("19jdesai"), pupil("20rkhanna"), pupil("19eholt"), pupil("20fparent"), pupil("20swen")],
  "Code Club over the holidays", "Thu, 11 Dec 2025 15:36:48 +0000",
  """Hi Code Club,

Brilliant work this term - Freddie and Ravi's platformer is genuinely
addictive and I have lost far too much of my lunch break to it.

A few of you asked if we can keep going over Christmas. I've set up a Discord
server for us: join with the invite link discord.gg/pryceCodeClub and then
add me as a friend (I'm pryce_codes) so I can give you the right role and
you can post your projects and ask questions.

I know some of you aren't 13 yet, so check it's OK with your parents first.

Happy holidays,
Mr Pryce

Owen Pryce
Network Manager & Computing
Example School | 01632 960000
""", fmt="alt",
  note="Computing teacher invites pupils to his Discord server and to add him as a friend")

M("flag", "fieldtrip_0044_text_me", staff("ng"), [ALI],
  "Box Hill field trip \u2013 Thursday \u2714", "Mon, 13 Oct 2025 17:21:33 +0100",
  cc=[("Agnieszka Wozniak", "aga.wozniak.nanny@gmail.com")],
  body="""Dear Mr Guardian, dear Agnieszka,

Just a reminder that Hugo's Year 7 geography field trip to Box Hill is on
Thursday. We leave at 7.45 from the front drive - please be prompt, as we
have to be at the field centre for 9.

He'll need walking boots, a waterproof, a packed lunch and a clipboard; the
field centre provides everything else.

If you're running late on Thursday morning, text me directly on
00447700900455 rather than ringing the office - they don't open until 8 and
we'll be gone by then.

Many thanks,
Wei Ng
Head of Geography
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", cte="8bit",
  note="geography teacher tells father and nanny to text his own number (0044, no spaces); encoded subject")


# ================================================================ HARD NEGATIVES (clean)
M("clean", "trip_mobile_school_phone", staff("lindqvist"), [JANE], 
  "Year 6 Science Museum trip - Thursday 9 October", "Mon, 06 Oct 2025 08:40:12 +0100",
  cc=[S("office")],
  body="""Dear Parents,

A reminder that Year 6 go to the Science Museum on Thursday 9 October. The
coach leaves from the front drive at 8.00 sharp, so please have children in
school by 7.45 in full uniform (blazers, not sports kit). We expect to be back
between 4.30 and 5pm, depending on the M25.

Packed lunches will be provided by the kitchen unless you have told us
otherwise. No money is needed - the gift shop is out of bounds, I'm afraid!

On the day, if you need to get hold of the group, please ring the school trip
mobile on 07700 900040. This is a school phone carried by the trip leader,
not a personal number, and it is switched off once we are back. For anything
else the office is on 01632 960000 as usual.

Many thanks,

Per Lindqvist
Head of Science
Example School
""", note="school-owned trip mobile stated as such, plus school number")

_q = outlook_quote("Sam Carer <sam.carer@outlook.com>", "29 September 2025 19:52",
                   "office@example-school.org.uk", "Change of details - Isla",
                   """Hello,

We've moved, so please could you update Isla's records. New address is
Flat 4, Brambleside, 17 Hollins Road, Weybridge KT13 8QZ. Please use my mobile
07700 900456 as the main number from now on - the old landline is gone.

Thanks
Sam Carer""")
M("clean", "office_readback_new_address", staff("office"), [SAM],
  "RE: Change of details - Isla", "Tue, 30 Sep 2025 10:05:41 +0100",
  """Dear Sam,

Thank you - all done. I've updated Isla's record so that your mobile,
07700 900456, is now the first contact number, and the new address (Flat 4,
Brambleside, 17 Hollins Road, Weybridge KT13 8QZ) is on file for reports and
invoices. The old landline has been removed.

Could you double-check everything in the Parent Portal under "My Family" when
you get a chance? Houseparents see the same record, so Mrs Ballantyne will
have the new details too.

Kind regards,

Linda Cheam
School Office
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk

""" + _q, fmt="alt", note="office reads the carer's own new address and mobile back to her")

M("clean", "fixtures_hurstleigh_coach", staff("okonkwo"), [JANE, ALI],
  "Saturday fixtures v Hurstleigh Prep (away)", "Thu, 02 Oct 2025 14:11:50 +0100",
  """Dear Parents,

This Saturday (4 October) all U11 and U13 rugby teams are away at Hurstleigh
Prep.

Venue: Hurstleigh Prep School, Ridgeway Lane, Oxshott, Surrey KT22 0XP.
Parents' parking is on the school field, entrance via the second gate - the
main drive is for coaches only.

Timings
  Coach departs Example School    8.15am (Sports Hall)
  Kick-off U11 A, B, C            10.00am
  Kick-off U13 A, B               11.15am
  Match tea                       12.30pm
  Coach returns to school         approx. 2.30pm

Boys may go home with their own parents from Hurstleigh but must be signed
out with their team coach first. If you are taking anyone else's son home,
we need a note from his parents by Friday.

If the coach is held up on the return journey we will post an update on SOCS.
Downland Coaches' office is on 0118 496 0233 if you need to check, and
Hurstleigh's reception is 0118 496 0745 on the day.

Tunde Okonkwo
Director of Sport
Example School | 01632 960000
""", fmt="alt", note="away fixture: venue postcode, coach firm and host school numbers")

M("clean", "ce_candidate_numbers", staff("fairbairn"), [SAM, pupil("18iwarrender")],
  "Isla - 13+ entries confirmed", "Tue, 18 Nov 2025 09:15:02 +0000",
  """Dear Sam, dear Isla,

Isla's entries for the Hambleden scholarship papers and for Common Entrance
are now confirmed. For your records:

  Candidate number:   0417
  Centre number:      61873 (Example School)
  Scholarship papers: at Hambleden, 24-26 February 2026
  Common Entrance:    in our Sports Hall from Tuesday 2 June 2026

The first CE paper (English) starts at 09.00, so boarders will be in the Hall
by 08.40. The full timetable goes out after Easter.

Isla, please check that the spelling of your name on the entry slip I gave
you is exactly as it is on your passport, and bring the slip back to me by
Friday, signed.

Best wishes,

J. Fairbairn
Head of Classics & Scholarship Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="CE candidate and centre numbers, dates and times - none are phones")

M("clean", "bursar_deposit_bank_details", staff("bursar"), [ALI],
  "Hugo - senior school deposit and autumn fees", "Wed, 03 Sep 2025 11:30:27 +0100",
  cc=[("Katherine Harcourt", "k.harcourt@example.com")],
  body="""Dear Mr Guardian,

Thank you for your email. As requested, I have copied in Mrs Harcourt, who I
understand handles payments for the family.

The autumn term invoice (INV-2025-31874) for £9,460.00 was issued on 20 August
and is due on the first day of term, 4 September. It includes Hugo's
instrumental lessons and the Year 7 residential.

Payment by bank transfer, please, to:

  Account name:  Example School Trust
  Sort code:     40-47-21
  Account no.:   71830456
  Reference:     GUA3174 (Hugo's family code)

If you would prefer to spread the fees, our termly-to-monthly scheme runs from
October; the form is on the Parent Portal. I am in the Bursary most days and
my direct line is 01632 960021.

Yours sincerely,

David Whitlock
Bursar
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

""" + DISCLAIMER + "\n",
  note="bursar: invoice number, sort code, account number, family reference, school direct line; PA in Cc")

_teams = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_r48example%40thread.v2/0>
Meeting ID: 362 900 417 725
Passcode: sQ7pLm
Download Teams | Join on the web

Or call in (audio only)
+44 20 7946 0999,,482119337#   United Kingdom, London
Phone Conference ID: 482 119 337#
Find a local number | Reset PIN
Learn More | Meeting options
________________________________________________________________________________
"""
M("clean", "learning_support_teams_link", staff("adeyemi"), [JANE],
  "Freddie - screening feedback (Teams)", "Mon, 17 Nov 2025 12:02:19 +0000",
  """Dear Jane,

I'm sorry we couldn't find a time in school this week. Here is a Teams link
for Thursday at 5.30pm, as we discussed. Mr Hughes will join us for the first
fifteen minutes so you can hear how Freddie is getting on in maths too.

You don't need the Teams app - the link will open in your browser.

Best wishes,
Kemi Adeyemi
Head of Learning Support (SENCo)
Example School | 01632 960000
""" + _teams, fmt="alt", note="Teams meeting ID, passcode and Microsoft dial-in number")

M("clean", "ce_english_set_texts_isbn", staff("fenwick"),
  [pupil("18iwarrender"), pupil("18asinclair"), pupil("18tmaddox"), pupil("18hcavendish"), pupil("18rbose")],
  "Set texts for the spring term", "Fri, 05 Dec 2025 10:44:38 +0000",
  f"""Dear 8B,

Please make sure you have your own copy of each of these before we come back
on 6 January. The editions matter, because we'll be working from page numbers
in class:

1. Of Mice and Men, John Steinbeck - Penguin Modern Classics,
   ISBN {isbn13('978-0-14-118510-')}
2. Animal Farm, George Orwell - Penguin Classics, ISBN {isbn13('978-0-14-103613-')}
3. Unseen Poetry for 13+ (green cover) - ISBN {isbn13('978-1-9164-2210-')}

Second-hand is fine, but no study guides with the answers scribbled in please!

Read the first three chapters of Of Mice and Men over the holidays - there
will be a short quiz (10 marks) in the first lesson.

Mrs Fenwick
""", note="ISBNs, dates and marks in a set-text list to Year 8 pupils")

M("clean", "hr_new_starter_details", staff("hr"), [S("head"), S("bursar"), S("ashdown")],
  "New starter - Petra Lund (Music Gap Assistant) - CONFIDENTIAL", "Thu, 28 Aug 2025 15:20:16 +0100",
  """Hi all,

Petra Lund starts with us as Music Gap Assistant on Monday 1 September. Her
single central record entry is complete and her DBS (certificate no.
001785932214, enhanced with barred list) came back clear yesterday.

For your records only - please do not forward:

  Home address:     28 Tinsley Gardens, Guildford GU1 4RP
  Mobile:           07700 900913
  Emergency contact: Ingrid Lund (mother), 020 7946 0587

She'll live out for the first term. Caroline, she'll need her school email
and a key fob on day one - Owen has set the account up.

Thanks,
Clare

Clare Yates
HR Manager
Example School | 01632 960000 ext. 205
""", note="staff-only HR mail containing a new colleague's home address and mobile")

M("clean", "staff_drinks_at_home", staff("adair"), [f"staff@{DOM}"],
  "End of term drinks \U0001F942", "Mon, 15 Dec 2025 12:55:02 +0000",
  """Dear all,

Jo and I would love to see as many of you as possible for end-of-term drinks
at ours on Friday from 6pm, before I vanish into nappies. Partners very
welcome; children, well, if you must.

It's 21 Abbotswood Drive, Weybridge KT13 0LT - the house with the ridiculous
inflatable reindeer. Parking on the road is fine after six. If you get lost,
text me on 07700 900266.

Lifts: Mark is driving from school at 5.45 and has four seats.

Stuart
""", fmt="alt",
  note="staff-only social invitation to a colleague's home with his address and mobile")

_esafety_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,sans-serif;font-size:14px;color:#222} h2{color:#7A1F3D}
td{padding:4px 8px;border-bottom:1px solid #ddd}</style></head>
<body>
<p>Dear Parents,</p>
<p>After last week&rsquo;s e-safety evening, several of you asked for a summary of the apps we talked
about. This is the same advice we give the children in PSHE.</p>
<h2>Minimum ages (from the apps&rsquo; own terms)</h2>
<table>
<tr><td>WhatsApp</td><td>13</td><td>Group chats are where most of the problems we see start &ndash; children can be added by anyone who has their number.</td></tr>
<tr><td>Snapchat</td><td>13</td><td>Turn on &lsquo;Ghost Mode&rsquo; so Snap Map doesn&rsquo;t show your child&rsquo;s location.</td></tr>
<tr><td>TikTok</td><td>13</td><td>Family Pairing lets you set screen time and restrict direct messages.</td></tr>
<tr><td>Instagram</td><td>13</td><td>Teen accounts are private by default &ndash; check it has stayed that way.</td></tr>
<tr><td>Discord</td><td>13</td><td>Servers can contain strangers; look at the &lsquo;Family Centre&rsquo; settings.</td></tr>
<tr><td>Roblox</td><td>all ages</td><td>Chat can be switched off under Parental Controls.</td></tr>
</table>
<h2>Three things that help</h2>
<ol><li>Phones charge downstairs overnight &ndash; boarders hand theirs in at 8.30pm.</li>
<li>Ask to see who is in their group chats, not just what&rsquo;s in them.</li>
<li>Tell them they will never be in trouble for telling you about something they&rsquo;ve seen.</li></ol>
<p>Please remember that no member of staff will ever ask to follow or message your child on any of these
apps. If that ever happens, tell me straight away.</p>
<p>Anita Rao<br>Deputy Head (Pastoral) &amp; Designated Safeguarding Lead<br>
Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; dsl@example-school.org.uk</p>
</body></html>
"""
M("clean", "esafety_apps_summary", staff("dsl"), [JANE, SAM, ALI],
  "E-safety evening \u2013 summary of the apps", "Wed, 12 Nov 2025 16:30:00 +0000",
  fmt="html", html_body=_esafety_html, mailer="bulk",
  note="DSL's e-safety advice naming WhatsApp, Snapchat, TikTok, Instagram, Discord - no invitation")

M("clean", "violin_declines_mobile", staff("farrell"), [JANE],
  "Re: Freddie running late", "Tue, 23 Sep 2025 20:14:29 +0100",
  """Hi Jane,

I'm really sorry, but I'm not able to give out my own number - the school's
rules apply to visiting teachers as well as the full-time staff, and to be
honest it's a rule I'm glad of!

If Freddie is running late for his Thursday lesson, the best thing is to ring
the office on 01632 960000; they'll send a message over to the Music School
and I'll shuffle the next pupil forward. Or email me here - I check it
between lessons.

Best wishes,
Yasmin

""" + gt_quote("On Tue, 23 Sep 2025 at 18:02, Jane Parent <jane.parent@gmail.com> wrote:",
               """Hi Yasmin, could you let me have your mobile so I can text you if
Freddie's running late on Thursdays? It's a nightmare getting back from
Cobham in time some weeks.
Thanks, Jane"""),
  note="visiting teacher refuses to give a parent her own number; points to the office")

M("clean", "reception_whatsapp_group_reps", staff("vance"), [ALI],
  "Re: Reception WhatsApp group", "Wed, 10 Sep 2025 17:09:48 +0100",
  """Dear Mr Guardian,

Thank you for your email - I'm glad Kit is enjoying his first week.

The Reception parents' WhatsApp group is run by the class reps, Mrs Okafor
and Mr Lyle, rather than by school. If you reply-all to their welcome email
they'll add you (and Beatriz too, if you'd like). Staff aren't members of any
parent groups, so for anything about Kit please email me here or ring the
office on 01632 960000, and I'll always get back to you the same day.

Warm wishes,
Hattie Vance
Reception Class Teacher
Example School Pre-Prep
""", note="teacher explains the parents' WhatsApp group is run by reps and staff aren't in it")

M("clean", "summer_course_host_family", staff("ashdown"), [SAM],
  "Isla - Northern Voices summer course", "Thu, 04 Dec 2025 13:26:43 +0000",
  """Dear Sam,

Wonderful news - Isla has been offered a place on the Northern Voices Summer
School in Edinburgh (27 July - 8 August 2026). It's a real achievement; they
take only a handful of trebles and young sopranos from the whole country.

The course has confirmed her homestay. She'll be with Mr and Mrs Drummond,
who have hosted choristers for years:

  Alasdair and Morag Drummond
  12 Thistlebank Road, Edinburgh EH10 6QZ
  Tel: 0131 496 0288

The course office is on 0131 496 0100 (office@northernvoices.example.org) if
you have questions about travel or the chaperoned train from King's Cross.

The acceptance form and deposit (£150) are due by 16 January. Do let me know
if I can help with anything.

With best wishes,

Caroline Ashdown
Director of Music
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", note="host family and course office details for a summer music course")

M("clean", "physio_referral", staff("obrien"), [JANE],
  "Freddie - ankle", "Mon, 20 Oct 2025 10:51:36 +0000",
  """Dear Jane,

Freddie's ankle is still a bit swollen this morning after Saturday's match,
though he's walking on it fine and says it only hurts going downstairs. I've
strapped it and he's off games until it's been looked at.

The school uses Kingsmead Physiotherapy for sports injuries and they are very
good with children. They can usually see him within a couple of days:

  Kingsmead Physiotherapy
  Unit 3, Kingsmead Business Park, Cobham KT11 3BW
  0118 496 0715

If you'd rather he saw your own GP first that is absolutely fine - just let
me know what they say so I can update his games status.

Kind regards,
Niamh O'Brien RGN
Senior Matron, Example School
01632 960000 ext. 210
""", note="matron refers parent to an outside physio clinic with its address and number")

M("clean", "dsl_support_lines", staff("dsl"), [SAM],
  "Following our conversation", "Fri, 07 Nov 2025 17:40:55 +0000",
  """Dear Sam,

Thank you for coming in this afternoon. I know it wasn't an easy conversation,
and I want to say again that Isla did exactly the right thing in talking to
Mrs Ballantyne.

As promised, here are the services I mentioned:

- Surrey Family Support Line - free, 24 hours, for parents and carers:
  0808 157 0240
- Children's Emotional Wellbeing Service (referral line for families):
  0306 999 0417
- Kooth - free online counselling for young people, no referral needed

In school, Isla will see Mrs Patel, our counsellor, on Tuesday mornings, and
Mrs Ballantyne will keep a close eye on her in the house.

I'll call you on Wednesday as agreed. If you need me before then, my direct
line is 01632 960014.

Best wishes,

Anita Rao
Deputy Head (Pastoral) & Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
""", note="DSL gives support helpline numbers and her school direct line")

M("clean", "registrar_senior_school_contact", staff("registrar"), [ALI],
  "Hugo - Hambleden College registration", "Tue, 16 Sep 2025 11:04:26 +0100",
  """Dear Mr Guardian,

Following your call this morning, I've spoken to Hambleden about Hugo's
registration. They have received the form but not the £200 registration fee,
which is why nothing has been confirmed yet.

The person to speak to is their Registrar:

  Mrs Eleanor Penrose, Registrar
  Hambleden College
  020 7946 0622 | admissions@hambleden.example.org

She is expecting to hear from you and said she can take the payment over the
phone. Their pre-test for 2027 entry is on Saturday 8 November at 9.30am; we
will send Hugo's reference in the week before.

Kind regards,

Fiona Garside
Registrar
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | registrar@example-school.org.uk
""", fmt="alt", note="registrar passes on a senior school registrar's official number and e-mail")

M("clean", "office_colleague_direct_line", staff("office"), [JANE],
  "Freddie - message from Mrs Rao", "Wed, 15 Oct 2025 13:12:07 +0100",
  """Dear Mrs Parent,

Mrs Rao has asked me to let you know that Freddie is absolutely fine, but
there was a bit of an upset at lunch today with another boy in his year and
she would like a quick word with you this afternoon.

She'll try your mobile at about 3.30. If that's not convenient, her direct
line is 01632 960014, or you can ring the main office on 01632 960000 and
we'll put you through.

Many thanks,

Becky Lomax
School Office
Example School
""", note="office gives a colleague's official school direct line")

_q = outlook_quote("Ali Guardian <ali.guardian@btinternet.com>", "09 October 2025 07:12",
                   "Lucy Chambers <l.chambers@example-school.org.uk>", "Rosie's spellings",
                   """Dear Miss Chambers,

Rosie is worried because she left her spelling book at school on Friday and
the test is tomorrow. Would it be possible to send this week's list by email?

With thanks,

Ali Guardian
Managing Partner | Guardian & Wolfe LLP
The Old Rectory, Church Lane, Ockham GU23 6NP
M: 07700 900789""")
M("clean", "spellings_reply_quotes_parent_sig", staff("chambers"), [ALI],
  "RE: Rosie's spellings", "Thu, 09 Oct 2025 08:03:58 +0100",
  """Dear Mr Guardian,

No problem at all - tell Rosie not to worry. This week's words are:

  because, believe, breathe, certain, decide, describe,
  different, difficult, disappear, early

They all have a tricky bit, so I've told the class we'll be looking at "which
part of the word is the troublemaker" rather than just right or wrong.

Best wishes,
Lucy Chambers
Year 3 Class Teacher
Example School | 01632 960000

""" + _q, fmt="alt", note="reply quotes the father's own signature with his mobile and home address")

M("clean", "au_pair_collection_list", staff("office"), [JANE],
  "Freddie - collection arrangements", "Mon, 08 Sep 2025 09:26:14 +0100",
  """Dear Jane,

Thank you for letting us know about your new au pair. I've added her to
Freddie's list of authorised adults:

  Name:    Marta Kowal
  Mobile:  07700 900518 (as you gave it)
  Password: Puffin

The first time she collects, could she please bring her passport or driving
licence to the office so we can check it and take a photo for our records?
After that she just needs to give the password at the gate.

Kind regards,

Linda Cheam
School Office
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="office reads back the au pair's number the parent supplied for the collection list")

M("clean", "official_school_instagram", staff("trelawney"), [JANE, SAM, ALI],
  "Match photos - where to find them", "Fri, 26 Sep 2025 15:00:00 +0100",
  """Dear Parents,

Several of you have asked where to find photos from Saturday's matches. We
now post them on the school's official accounts, which are run by the
Marketing Office:

  Instagram: @ExampleSchoolSport and @ExampleSchoolPrep
  Facebook:  Example School (Prep & Pre-Prep)

We only post pictures of children whose parents have given photo consent, and
we never tag children by name. If you would like a copy of a photo of your
own child, email marketing@example-school.org.uk with the date and we'll send
the full-size file.

Staff do not follow or friend parents or pupils from their personal accounts,
so please don't be offended if a request isn't accepted!

Annabel Trelawney
Marketing & Events Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", mailer="bulk",
  note="points parents to the school's official Instagram/Facebook accounts, no personal ones")

M("clean", "staff_minibus_own_mobile", staff("jessop"), [S("okonkwo"), S("brennan")],
  "U13 minibus Saturday", "Fri, 03 Oct 2025 16:42:11 +0100",
  """Tunde, Ollie -

I'll drive the second minibus to Hurstleigh tomorrow with the U13 B team.
The school trip phone is going with the coach, so if you need me on the
road my mobile is 07700 900219. I'll keep it on the dash.

Ollie, can you grab the first aid bag and the kicking tees from the
pavilion before you leave? The water bottles are in the boot already.

Mark
""", mailer="iphone", note="staff-only: teacher gives colleagues his own mobile for the minibus")

_ics_pe = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E00800000000R48PE6\r
DTSTAMP:20251001T090000Z\r
DTSTART;TZID=GMT Standard Time:20251105T170000\r
DTEND;TZID=GMT Standard Time:20251105T171000\r
SUMMARY:Year 6 Parents' Evening - Mr Hughes\r
LOCATION:Main Hall\\, Example School\\, Park Row\\, Leeds LS1 4AP\r
DESCRIPTION:Your appointment with Mr Hughes (Form Tutor). Please sign in at\r
  Reception. Parking in the staff car park from 4.30pm. Queries: 01632 96000\r
 0.\r
ORGANIZER;CN=Example School Office:mailto:office@example-school.org.uk\r
ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com\r
END:VEVENT\r
END:VCALENDAR\r
"""
M("clean", "parents_evening_ics", staff("office"), [JANE],
  "Year 6 Parents' Evening - your appointment", "Wed, 01 Oct 2025 10:00:00 +0100",
  """Dear Jane,

Your appointment for Year 6 Parents' Evening is confirmed:

  Wednesday 5 November, 5.00-5.10pm, Mr Hughes (Form Tutor), Main Hall

A calendar invitation is attached. Subject teachers will be at tables around
the Hall from 4.30, no appointment needed.

Kind regards,
School Office
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt",
  attachments=[att(_ics_pe, "text/calendar", "invite.ics", charset="utf-8", extra="; method=REQUEST")],
  note=".ics from the office: school address, postcode and number, folded across a line")

_vcard_cedars = """BEGIN:VCARD\r
VERSION:3.0\r
N:;Cedars Boarding House;;;\r
FN:Cedars Boarding House (Example School)\r
ORG:Example School;Boarding\r
TEL;TYPE=WORK,VOICE:01632 960077\r
TEL;TYPE=CELL:07700 900090\r
EMAIL;TYPE=INTERNET:cedars@example-school.org.uk\r
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom\r
NOTE:Mobile is the school-owned duty phone\\, carried by whichever houseparent\r
  is on duty. Not a personal number.\r
END:VCARD\r
"""
M("clean", "cedars_duty_phone_vcard", staff("ballantyne"), [SAM],
  "Cedars contact details", "Fri, 05 Sep 2025 18:05:33 +0100",
  """Dear Sam,

Welcome to Cedars! I've attached the house contact card so you have all our
numbers in one place.

The landline rings in the house office and is answered 7am-10pm. The mobile
is the house duty phone: it belongs to the school and is handed between
whichever of us is on duty, so it's the number to use in the evenings and at
weekends. It isn't anyone's personal phone, so don't worry about ringing it
late if you need to.

Girls can phone home from the house phone after prep, or on their own phones
before 8.30pm, when phones are handed in.

Warm wishes,
Sophie Ballantyne
Houseparent, Cedars
Example School | 01632 960000
""", fmt="alt",
  attachments=[att(_vcard_cedars, "text/vcard", "Cedars Boarding House.vcf", charset="utf-8")],
  note="boarding-house vCard with school-owned duty mobile stated as not personal")

_q = outlook_quote("Jane Parent <jane.parent@gmail.com>", "21 November 2025 20:33",
                   "Rhys Hughes <r.hughes@example-school.org.uk>", "Maths tutoring?",
                   """Hi Rhys,
Would you be able to tutor Freddie privately on Saturday mornings before his
senior school tests? Happy to pay whatever you usually charge.
Jane""")
M("clean", "tutoring_declined_agency", staff("hughes"), [JANE],
  "RE: Maths tutoring?", "Mon, 24 Nov 2025 07:55:40 +0000",
  """Hi Jane,

Thank you for thinking of me - I'm flattered! I'm afraid school rules don't
allow us to tutor pupils we teach (or their families) privately, and I think
it's a sensible rule.

Honestly, I don't think Freddie needs much more than he's getting, but if
you'd like someone for a few sessions, families here have used:

  Surrey Hills Tutors - 0118 496 0960, enquiries@surreyhillstutors.example.com
  The Maths Lab (small groups, Cobham) - www.themathslab.example.co.uk

Freddie is also very welcome at Maths Clinic on Tuesday lunchtimes in M2,
which is free and which he'd enjoy.

Best,
Rhys

Rhys Hughes
Year 6 Form Tutor | Mathematics
Example School | 01632 960000

""" + _q, fmt="alt", note="teacher declines private tutoring and refers to outside agencies")

M("clean", "ed_psych_referral", staff("adeyemi"), [ALI],
  "Rosie - educational psychologist", "Thu, 13 Nov 2025 14:17:04 +0000",
  """Dear Mr Guardian,

Thank you for letting me know you'd like to go ahead with a full assessment
for Rosie. As we discussed, the school doesn't employ an educational
psychologist directly, but we have worked with Dr Marchbank for several years
and her reports are very thorough:

  Dr Helen Marchbank, Chartered Educational Psychologist
  The Coach House, 5 Mill Lane, Godalming GU7 1HF
  Tel: 0118 496 0814 | clinic@marchbankpsychology.example.com

She usually sees children at her practice and then observes them in class, so
once you've booked a date let me know and I'll arrange the school visit.

Kind regards,
Kemi Adeyemi
Head of Learning Support (SENCo)
Example School | 01632 960000
""", note="SENCo gives an outside educational psychologist's practice details")

M("clean", "music_exam_entry", staff("music"), [JANE],
  "Grade 5 violin exam - Freddie", "Mon, 03 Nov 2025 09:33:21 +0000",
  """Dear Mrs Parent,

Freddie's Grade 5 violin exam details have now come through from the exam
board:

  Date:             Thursday 20 November 2025
  Time:             14:20 (please arrive by 14:00)
  Venue:            St Catherine's Hall, 41 Quarry Street, Guildford GU1 3UA
  Candidate no.:    0093
  Applicant code:   10432

Miss Farrell will accompany him, and Mrs Ashdown will play the piano
accompaniment. The school minibus leaves at 13.15 and he'll be back for the
end of the school day, so there's no need for you to collect him from
Guildford.

The board's own helpdesk is 020 7946 0150 if you have any questions about
results, which usually take about three weeks.

Jo Penhaligon
Music School Administrator
Example School | 01632 960000 ext. 230
""", note="music exam: times, venue postcode, candidate number, exam board helpdesk")

M("clean", "piano_tuner_supplier", staff("ashdown"), [("Harmony Pianos", "bookings@harmonypianos.example.com")],
  "Tuning - Saturday 13 September", "Tue, 09 Sep 2025 12:08:03 +0100",
  """Hello Graham,

Thanks for confirming Saturday. The school is closed at weekends so I'll
come in and let you in myself. Please ring my mobile on 07700 900350 when
you're at the main gate and I'll come down.

Pianos as usual: the Steinway in the Concert Hall, the two uprights in M3 and
M4, and the one in the Chapel, which has a sticky B flat above middle C.

Invoice to the Bursary please, order number PO-25-0912.

Many thanks,
Caroline

Caroline Ashdown
Director of Music
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="staff member gives own mobile to an outside supplier (not a parent or pupil)")

_q = gt_quote("On 30 Sep 2025, at 21:14, Tom Maddox <18tmaddox@pupils.example-school.org.uk> wrote:",
              """hi mrs fenwick, my school login isnt working at home so cant get the poem.
could you send it to my gmail, tommaddox2012@gmail.com? thanks""")
M("clean", "pupil_gmail_declined", staff("fenwick"), [pupil("18tmaddox")],
  "Re: poem", "Wed, 01 Oct 2025 07:48:09 +0100",
  """Morning Tom,

I can only email your school account, I'm afraid - not personal addresses.
I've asked Mr Pryce to reset your password; he'll sort it out at break. In
the meantime there's a paper copy of the poem on my desk in E3, so pick one
up before registration and you can do the annotation in prep tonight.

Mrs Fenwick

""" + _q, mailer="iphone", note="teacher refuses to use a pupil's personal gmail (pupil's own address quoted)")

M("clean", "overseas_dialling_school_number", staff("registrar"), [JANE],
  "Freddie - full boarding from January", "Fri, 21 Nov 2025 16:05:52 +0000",
  cc=[("Miranda Oakes", "m.oakes@example.com")],
  body="""Dear Jane,

Congratulations again on the Singapore posting. I've confirmed Freddie's move
to full boarding in Oak House from 6 January, and copied in Miranda as you
asked, so she has the paperwork too.

From Singapore, the school is on +44 1632 960000 - the office is open from
7.45am UK time, which is 3.45pm for you. For anything about boarding, the
Oak House line is +44 (0)1632 960078, and for fees the Bursary is on
+44 1632 960 021.

Guardianship: as Freddie will have no parent in the UK, we do need the name
of a UK guardian by 12 December. The AEGIS-accredited agency most of our
overseas families use is Kingsway Guardians (info@kingswayguardians.example.org).

Kind regards,

Fiona Garside
Registrar
Example School, Park Row, Leeds LS1 4AP, United Kingdom
""", fmt="alt", note="school's own numbers in international formats for a family moving abroad; PA in Cc")

M("clean", "bonfire_marshals_parent_volunteer", staff("trelawney"), [ALI],
  "Bonfire Night - marshals", "Mon, 27 Oct 2025 11:20:45 +0000",
  """Dear Ali,

Thank you so much for offering to marshal at the Bonfire Night fireworks on
Saturday - we can't run it without volunteers.

This year's marshals are being organised by Harriet Bowes (Poppy's mum, Year
4), who is very kindly doing it on behalf of the Parents' Association. She's
happy for me to pass on her details: 07700 900611 or harriet.bowes@example.net.
She'll send the rota and the hi-vis collection times.

Gates open at 5.30pm, fireworks at 6.45. Marshals meet in the Pavilion at 5.

Annabel

Annabel Trelawney
Marketing & Events Manager
Example School | 01632 960000
""", note="gives a parent volunteer's contact details with her consent, not the staff member's own [unsure]")


# ================================================================ EVERYDAY (clean)
M("clean", "forest_school_wellies", staff("vance"), [ALI],
  "Forest School starts Tuesday", "Thu, 18 Sep 2025 15:22:10 +0100",
  cc=[("Beatriz Ramos", "beatriz.ramos84@hotmail.co.uk")],
  body="""Dear Mr Guardian and Beatriz,

Just a reminder that Reception start Forest School on Tuesday afternoon. Could
Kit come in with:

- named wellies (these can live on his peg)
- a waterproof all-in-one or waterproof trousers and coat
- a spare pair of socks in a named bag

We go out whatever the weather unless there's wind or lightning, so the more
layers the better. Children change back into uniform before pick-up but they
may come home a little muddy!

Many thanks,
Hattie Vance
Reception Class Teacher
Example School Pre-Prep | 01632 960000
""", note="Reception kit reminder to father and nanny")

M("clean", "y6_maths_prep_ratio", staff("hughes"),
  [pupil("20fparent"), pupil("20hashworth"), pupil("20bmontague"), pupil("20tokafor"), pupil("20swen"), pupil("20rkhanna")],
  "Maths prep - ratio (due Thursday)", "Mon, 06 Oct 2025 16:05:27 +0100",
  """Hi 6H,

Tonight's prep is on ratio. It's on Sparx, code R48-6H, and should take about
30 minutes. If you finish early, try the challenge question at the end
(recipe scaling - the one with 450 g of flour and 3 eggs).

Remember to write your working in your prep book, not just the answers on
screen. I'll be checking books on Thursday.

Mr Hughes
""", note="maths prep set for Year 6 pupils")

M("clean", "scholarship_audition_practice", staff("ashdown"), [pupil("18iwarrender")],
  "Practice plan before the scholarship audition", "Mon, 01 Dec 2025 17:51:15 +0000",
  """Dear Isla,

Well done in the informal concert - the Purcell was lovely, and you looked
much more relaxed on stage.

Here's what I'd like you to do before the Hambleden audition in February. Aim
for 30-40 minutes a day rather than two hours on a Sunday.

Singing
  - "Fairest Isle": work on the long phrase in bar 14, breathe before "all"
  - Sight-singing: one exercise from the green book every day
Piano
  - Grade 6 scales, hands together, slowly with the metronome at 72
  - The Schumann - memorise the first page by the end of term

I've booked you the Music School practice room M2 on Tuesday and Thursday
evenings after prep, 7.30-8.00. Mrs Ballantyne knows, so you're signed out
of the house for that half hour.

Mrs Ashdown
Director of Music
""", cte="8bit", note="practice plan for a music scholar, practice room booking")

_news_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Georgia,serif;font-size:15px;color:#1d1d1d;max-width:640px}
h1{color:#7A1F3D;font-size:22px}h3{color:#7A1F3D;margin-bottom:2px}</style></head>
<body>
<h1>Friday Notes &middot; 3 October 2025</h1>
<p>Dear Parents,</p>
<p>What a week! Harvest Festival on Wednesday raised 214 tins and packets for the Leeds food bank, and
Year 2 sang &lsquo;Cauliflowers Fluffy&rsquo; with more gusto than I have ever heard it sung.</p>
<h3>Sport</h3>
<p>Congratulations to the U11A netball team, unbeaten so far this season, and to the U13 rugby XV, who beat
St Aldric&rsquo;s 32&ndash;12 on Saturday. Full results are on SOCS.</p>
<h3>Music</h3>
<p>Instrumental lesson timetables for the second half of term are on the Music School noticeboard and in
the Parent Portal. The Christmas Concert is on Thursday 11 December at 6pm in the Concert Hall.</p>
<h3>Boarding</h3>
<p>The boarders went to Thorpe Park on Sunday; Mr Adair has promised he will never go on Stealth again.</p>
<h3>Dates for the diary</h3>
<ul>
<li>Mon 6 Oct &ndash; Year 6 Science Museum trip letters due back</li>
<li>Wed 8 Oct &ndash; Flu immunisations (Reception to Year 8)</li>
<li>Fri 17 Oct &ndash; Half term begins at 12.30pm; lunch is served</li>
<li>Mon 3 Nov &ndash; Term resumes</li>
</ul>
<p>Have a lovely weekend,</p>
<p>Giles Thornbury<br>Headmaster</p>
<hr>
<p style="font-size:12px;color:#666">Example School &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot;
office@example-school.org.uk<br>You are receiving this because you are a parent at Example School.</p>
</body></html>
"""
M("clean", "friday_notes_newsletter", staff("office"), [JANE, SAM, ALI],
  "Friday Notes \u2013 3 October", "Fri, 03 Oct 2025 16:00:00 +0100",
  fmt="html", html_body=_news_html, html_cte="quoted-printable", mailer="bulk",
  note="weekly HTML newsletter to parents")

_pdf_trip = make_pdf([
    "Example School - Year 5 Visit to Wakehurst",
    "Date: Wednesday 12 November 2025",
    "Depart 8.30am, return approx. 4.00pm",
    "Cost: GBP 38.00, added to the spring term bill",
    "",
    "Please return the reply slip to your child's form tutor by Friday 31 October.",
    "",
    "Name of child: ........................   Form: ........",
    "I give permission for my child to attend the visit.",
    "Medical / dietary information: .....................................",
    "Signed: ..........................  Date: ..............",
    "",
    "Example School, Park Row, Leeds LS1 4AP - 01632 960000",
])
M("clean", "y5_wakehurst_trip_letter", staff("ng"), [ALI, SAM],
  "Year 5 visit to Wakehurst - letter and consent form", "Tue, 14 Oct 2025 12:34:09 +0100",
  """Dear Parents,

Please find attached a letter and consent form for the Year 5 geography and
science visit to Wakehurst on Wednesday 12 November, where the children will
be studying the seed bank and the woodland habitats for our ecosystems topic.

Children will need a packed lunch from home, warm layers, waterproofs and
sensible shoes - we'll be outside for most of the day. No spending money,
please.

Please return the slip to your child's form tutor by Friday 31 October. If
your child has any medical needs we're not already aware of, let Matron know
as well.

With thanks,

Wei Ng
Head of Geography
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", attachments=[att(_pdf_trip, "application/pdf", "Y5 Wakehurst letter.pdf")],
  note="trip letter with PDF consent form")

M("clean", "reports_published", staff("adair"), [JANE, SAM, ALI],
  "Michaelmas reports", "Thu, 11 Dec 2025 15:30:00 +0000",
  """Dear Parents,

Michaelmas term reports for Years 7 and 8 are now available in the Parent
Portal under "Reports". This term's reports include effort and attainment
grades for each subject, a short comment from each teacher and a longer
comment from the form tutor.

For Year 8, the grades are based on the November mock Common Entrance and
scholarship papers, and the tutor comment includes our current advice about
senior school entry. Please don't read too much into a single mark - we
will discuss each child's plans individually in January.

If you cannot log in, the office can reset your password. If you'd like to
talk about anything in the report, please contact your child's tutor in the
first instance.

Wishing you all a very happy Christmas,

Stuart Adair
Head of Upper School (Years 7 & 8)
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", mailer="bulk", note="term reports published on the portal")

M("clean", "wednesday_match_cover", staff("okonkwo"),
  [S("jessop"), S("brennan"), S("lindqvist"), S("hughes")],
  "Wednesday cover - U11 C and D", "Tue, 21 Oct 2025 07:15:36 +0100",
  """Morning all,

Tomorrow's a busy one: Gareth's off with his back again, so I need cover for
the U11 C and D matches v Broadwater (home, 2.30 KO).

Per - could you referee the C team on pitch 3?
Rhys - the D team on pitch 4, please; Ollie will run the line and sort the
bibs.
Mark - teas in the Pavilion for 40 as usual, please remind the kitchen.

Team sheets are in the Sports Office pigeonholes. Thanks all, I owe you.

Tunde
""", note="staff cover arrangements for Wednesday matches")

M("clean", "science_dept_meeting_notes", staff("lindqvist"),
  [S("adeyemi"), f"science@{DOM}"],
  "Science dept meeting notes - 8 October", "Wed, 08 Oct 2025 17:40:02 +0100",
  """Hi all,

Notes from today, shorter than usual as we ran out of time.

1. Year 8 mocks: Physics and Chemistry papers are written; Biology needs
   checking by Friday (Sarah). Mark schemes in the shared drive as always.
2. Practicals: the Year 7 electrolysis practical is moved to after half-term
   - the new power packs haven't arrived.
3. Scholarship candidates: four for 13+ science awards this year (Isla W,
   Ravi K, Theo M, Harriet C). Each gets an extension project; I'll mentor
   Isla and Ravi, Sarah the other two.
4. Learning support: Kemi has joined us for this item. Two pupils in Year 6
   now have extra time for tests - list in the SEN register. Please keep
   printed worksheets to 14 point for Freddie P.
5. Budget: we have £640 left for consumables this term. Ask before ordering.

Next meeting 22 October, Lab 2, 4.15.

Per
""", note="department meeting notes to colleagues")

_q = outlook_quote("Jane Parent <jane.parent@gmail.com>", "06 November 2025 07:32",
                   "Niamh O'Brien <n.obrien@example-school.org.uk>", "Nits!",
                   """Hello Matron,
I'm so sorry, we found nits on Freddie last night. I've treated him and combed
him through this morning. Is he ok to come in?
Jane""")
M("clean", "matron_nits_reply", staff("obrien"), [JANE],
  "RE: Nits!", "Thu, 06 Nov 2025 08:10:27 +0000",
  """Morning Jane,

Please don't apologise - half of Year 6 seems to have them this week! Yes, he
is absolutely fine to come in once he's been treated.

It's worth combing again with conditioner every three days for two weeks to
catch any that hatch. I'll send a general note round to the year group
(without names, of course).

Niamh

Niamh O'Brien RGN
Senior Matron
Example School | 01632 960000

""" + _q, fmt="alt", note="matron replies about head lice")

M("clean", "catering_allergen_menu", staff("catering"), [JANE],
  "Freddie - sesame and the new menu", "Tue, 09 Sep 2025 13:48:55 +0100",
  """Dear Mrs Parent,

Thank you for updating Freddie's allergy form. I've added sesame to his
record on the till system, so his photo now flags up for sesame as well as
tree nuts when he comes through the servery.

I wanted to let you know that the new autumn menu has two dishes with sesame:
the chicken katsu (Tuesdays, week 2) and the Friday seeded rolls. On those
days the kitchen will keep a separate plain option for him, and the servers
have been briefed.

The full allergen matrix for every dish is in the Parent Portal under
Catering. Please let me know if there is anything else we should know.

Kind regards,

Sam Kettering
Catering Manager
Example School | 01632 960000
""", note="catering manager on allergens and menu")

M("clean", "u11_team_selection", staff("jessop"),
  [pupil("20fparent"), pupil("20hashworth"), pupil("20tokafor"), pupil("20swen"), pupil("20bmontague"), pupil("20rkhanna")],
  "U11A v St Aldric's - Saturday", "Thu, 16 Oct 2025 13:05:40 +0100",
  """Well done everyone on Wednesday. The U11A team for Saturday (home v St
Aldric's, KO 10.00) is:

Harry (capt), Tolu, Ben, Sam W, Ravi, Freddie, plus the rest on the
noticeboard.

Meet in the changing rooms at 9.15 in full kit - red socks, not the old
blue ones. Parents are welcome to watch from the bank; tea in the Pavilion
afterwards.

Mr Jessop
""", mailer="iphone", note="team selection to pupils")

M("clean", "boarders_weekend_signup", staff("ballantyne"), [SAM, pupil("18iwarrender")],
  "Boarders' weekend - Guildford and bowling", "Wed, 08 Oct 2025 21:02:13 +0100",
  """Dear Sam and Isla,

This weekend for the girls who are staying in:

Saturday: after matches, trip to Guildford for shopping (in threes, back at
the bus stop by 5). Pizza and film night in the common room.
Sunday: brunch at 10.30, then bowling at 2 - cost £9.50 on the extras bill.

Isla, please sign up on the sheet on the house noticeboard by Thursday night
if you want to do bowling. Sam, if you'd rather she didn't go into Guildford
without staff, just let me know and she can stay with Mrs Patel's group.

Sophie Ballantyne
Houseparent, Cedars
Example School | 01632 960000
""", cte="quoted-printable", note="boarding house weekend activity sign-up")

M("clean", "ce_latin_revision_timetable", staff("fairbairn"),
  [pupil("18iwarrender"), pupil("18asinclair"), pupil("18tmaddox"), pupil("18hcavendish"), pupil("18rbose"), pupil("18gpoltimore")],
  "Latin revision - mock week", "Mon, 10 Nov 2025 08:10:58 +0000",
  """Good morning, Set 1,

The Latin mock is on Thursday 20 November (Paper 2, 1 hour). Here is the
plan for our lessons between now and then:

  Mon 10   Verb tables: all tenses of the 4 conjugations + sum, possum
  Wed 12   Unseen translation practice (the Perseus passage)
  Fri 14   Derivations and Roman civilisation - Pompeii
  Mon 17   Past paper, timed, in silence
  Wed 19   Going through the past paper - bring questions!

The vocabulary list is the CE Level 3 one on Teams. Test yourselves on 30
words a night; you'll be amazed how quickly it adds up.

Gratias vobis ago,
Mr Fairbairn
""", note="revision timetable to Year 8 Latin set")

_q = gt_quote("On Sun, 12 Oct 2025 at 19:40, Harriet Cavendish <18hcavendish@pupils.example-school.org.uk> wrote:",
              """Dear Mrs Fenwick,
Here is my essay on the opening of Great Expectations. I wasn't sure whether to
write about Magwitch or the setting so I did a bit of both. Sorry it's a bit long.
Harriet""")
M("clean", "essay_feedback_pupil", staff("fenwick"), [pupil("18hcavendish")],
  "Re: Great Expectations essay", "Mon, 13 Oct 2025 12:28:31 +0100",
  """Dear Harriet,

Thank you - it isn't too long at all, and doing both was the right choice,
because the setting and Magwitch are really the same point: the marshes make
him frightening before he's even spoken.

Two things to work on:
1. Your quotations are well chosen but sometimes just dropped in. Try to
   embed them in your own sentence ("the 'bleak place overgrown with
   nettles'...").
2. Your conclusion repeats your introduction. Finish with something new -
   what does the opening make us expect about Pip?

This would be a strong 7 at the moment. Could you redraft the last two
paragraphs by Friday?

Mrs Fenwick
Head of English

""" + _q, note="English teacher feedback to a pupil on an essay")

M("clean", "registrar_taster_day", staff("registrar"), [("Olivia Hartigan", "olivia.hartigan.home@gmail.com")],
  "Taster day for Florence - Thursday 25 September", "Fri, 19 Sep 2025 10:52:44 +0100",
  """Dear Mrs Hartigan,

Thank you for your call. I'm delighted to confirm Florence's taster day in
Year 2 on Thursday 25 September.

Please bring her to the Pre-Prep entrance (the blue door beside the Chapel)
at 8.20, where Mrs Lyle, the Year 2 teacher, will meet her. She'll spend the
day with the class, have lunch with her buddy, and join in with ballet in the
afternoon, so she'll need a pair of socks she can slide about in.

Pick-up is from the same door at 3.30, and Mr Thornbury would very much like
to meet you then for a cup of tea and a tour.

With best wishes,

Fiona Garside
Registrar
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", fmt="alt", note="registrar confirms a prospective pupil's taster day")

M("clean", "art_exhibition_pieces", staff("kowalczyk"),
  [pupil("19cbellingham"), pupil("19jdesai"), pupil("19eholt"), pupil("19lforsyth")],
  "Your work in the Spring Exhibition", "Tue, 25 Nov 2025 14:40:18 +0000",
  """Hi all,

Good news - each of you has a piece selected for the Art Scholars' exhibition
at Hambleden in March. Well done.

Before the end of term I need:
- Charlie: the lino print framed (I'll do the mount, you pick the frame)
- Jai: the ceramic owl, fully glazed - kiln firing is 10 December
- Evie: two more studies of hands to go alongside the charcoal portrait
- Lily: a title and a short artist's statement (50 words max)

The Art School is open Tuesday and Thursday after prep for anyone who needs
extra time. Bring an apron!

Mr K
Head of Art
Example School
""", note="art teacher to pupils about exhibition work")

M("clean", "pa_quiz_night_tickets", staff("trelawney"), [JANE, SAM, ALI],
  "PA Quiz Night \u2013 Friday 14 November", "Mon, 03 Nov 2025 09:00:00 +0000",
  """Dear Parents,

The Parents' Association Quiz Night is back! Friday 14 November, 7pm for
7.30, in the Dining Hall. Teams of up to eight; £25 a head including a
two-course supper from Sam and the kitchen team. There's a cash bar.

Tickets are on the PA page of the Parent Portal until Wednesday 12th. If you
can't make a whole team, book as individuals and we'll put you together -
it's a great way to meet parents from other year groups.

All proceeds go towards the new Pre-Prep outdoor classroom.

Annabel Trelawney
Marketing & Events Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", mailer="bulk", note="parents' association event notice")

M("clean", "ls_review_meeting_booking", staff("adeyemi"), [JANE],
  "Freddie - learning support review", "Tue, 23 Sep 2025 11:03:47 +0100",
  """Dear Jane,

It's time for Freddie's first learning support review of the year. Would any
of these suit?

  Tuesday 30 September, 8.15am
  Thursday 2 October, 4.00pm
  Monday 6 October, 8.15am

We'll meet in the Learning Support room (through the Library). Mr Hughes will
join us, and Freddie is welcome for the last ten minutes if you'd like him
to be there - it often helps for him to hear what's going well.

Best wishes,
Kemi Adeyemi
Head of Learning Support (SENCo)
Example School | 01632 960000
""", note="SENCo offers review meeting times to a parent")

M("clean", "missed_practical_catchup", staff("lindqvist"), [pupil("19eholt")],
  "Missed practical - catch-up", "Thu, 20 Nov 2025 10:30:21 +0000",
  """Hi Evie,

Hope you're feeling better. You missed the rates of reaction practical on
Tuesday, and it's one of the ones that comes up in CE, so I'd like you to do
it before the end of term.

Could you come to Lab 2 on Monday at 1.15 (bring your lunch)? It'll take
about 35 minutes. Bring your lab book and goggles.

Mr Lindqvist
""", cc=[S("adair")], note="science teacher arranges a catch-up practical with a pupil")

M("clean", "praise_good_week", staff("chambers"), [ALI],
  "A lovely week for Rosie", "Fri, 17 Oct 2025 15:41:10 +0100",
  """Dear Mr Guardian,

I just wanted to tell you that Rosie has had a brilliant week. She read her
poem about autumn to the whole of the Pre-Prep in assembly on Wednesday,
without notes, and then helped a new girl find her way around at lunch
without anyone asking her to.

She's getting a Headmaster's commendation on Monday - but she doesn't know
yet, so please keep it a secret!

Have a lovely half term,
Lucy Chambers
Year 3 Class Teacher
""", cte="8bit", mailer="iphone", note="teacher shares praise with a parent")

M("clean", "mfa_rollout_staff", staff("pryce"), [f"allstaff@{DOM}"],
  "Action needed: multi-factor sign-in from Monday", "Thu, 04 Sep 2025 14:02:00 +0100",
  """Dear colleagues,

From Monday 8 September, signing in to school email and Teams from outside
school will need a second step (multi-factor authentication). This is an
insurance requirement and applies to everyone, including visiting staff.

What to do this week:
1. Go to https://aka.ms/mfasetup on a school computer.
2. Choose the Microsoft Authenticator app or a school-issued hardware key.
3. If you don't want the app on your own phone, that's fine - come and get a
   key from the IT office (by the Library). We have 40.

Please don't set up text-message codes; they'll be switched off at Christmas.

Any problems, log a ticket at helpdesk@example-school.org.uk or drop in.

Owen Pryce
Network Manager
""", note="IT notice to staff about multi-factor sign-in")

_q = outlook_quote("Katherine Harcourt <k.harcourt@example.com>", "25 November 2025 09:14",
                   "bursar@example-school.org.uk", "Guardian family - extras query",
                   """Dear Mr Whitlock,
On behalf of Mr Guardian, could you explain the £312.40 of extras on the latest
statement? We can't match it to anything.
Best regards,
Katherine Harcourt
PA to Ali Guardian""", cc="Ali Guardian <ali.guardian@btinternet.com>")
M("clean", "bursar_extras_breakdown", staff("bursar"), [("Katherine Harcourt", "k.harcourt@example.com")],
  "RE: Guardian family - extras query", "Tue, 25 Nov 2025 15:20:08 +0000",
  cc=[ALI],
  body="""Dear Mrs Harcourt,

Thank you for your email. The £312.40 is made up as follows:

  Hugo - cricket coaching (winter nets, school sessions)    £90.00
  Hugo - Year 7 Box Hill field trip                        £24.00
  Rosie - LAMDA lessons, first half of term               £138.00
  Rosie - replacement library book                          £8.40
  Kit - Pre-Prep after-school club, 6 sessions               £52.00
                                                          -------
                                                          £312.40

Each item appears under the child's name on the detailed statement in the
Parent Portal; the summary page only shows the family total, which I agree
isn't very helpful. I have passed that on to our software people.

Kind regards,

David Whitlock
Bursar
Example School | 01632 960000

""" + _q, fmt="alt", cte="8bit", note="bursar answers a parent's PA about extras, parent in Cc")

M("clean", "absence_acknowledged", staff("attendance"), [SAM],
  "Absence - Isla", "Mon, 17 Nov 2025 08:36:49 +0000",
  """Dear Sam,

Thank you for letting us know that Isla has an orthodontist appointment this
morning and will be back in the boarding house by 1pm. I've marked her as an
authorised absence for the morning session and let her tutor and Mrs
Ballantyne know.

Please make sure she signs in at the office when she arrives.

Kind regards,
Bev Lowther
Attendance Officer
Example School | 01632 960000
""", note="attendance office acknowledges an absence")

M("clean", "harvest_festival_donations", staff("vance"), [JANE, ALI],
  "Harvest Festival - donations", "Mon, 22 Sep 2025 08:30:24 +0100",
  """Dear Parents,

Our Pre-Prep Harvest Festival is on Wednesday 1 October at 9am in the Chapel,
and you're very welcome to join us.

This year we are collecting for the Leeds food bank. They are particularly
short of:
- tinned meat and fish
- UHT milk
- tinned tomatoes and pasta sauce
- toiletries (toothpaste, shampoo, deodorant)

Please send donations in with your child from Monday - there will be boxes in
the Pre-Prep entrance. Nothing perishable, please.

Reception will be singing "Paintbox Harvest", and they are VERY excited.

Hattie Vance
Reception Class Teacher
""", fmt="alt", note="Harvest Festival donations request")

M("clean", "bugsy_rehearsal_schedule", staff("marsh"),
  [pupil("19cbellingham"), pupil("19jdesai"), pupil("19moyelaran"), pupil("19pwhitmore"), pupil("19lforsyth")],
  "Bugsy Malone - rehearsals to the end of term", "Mon, 27 Oct 2025 12:01:08 +0000",
  cc=[JANE, ALI],
  body="""Dear cast (and parents, copied in),

Here is the rehearsal schedule up to the show. Everyone is needed at the
starred rehearsals.

  Mon 3 Nov    4.15-5.30   Act 1 scenes 1-4 (Fat Sam, Tallulah, Dandy Dan)
  Wed 5 Nov    4.15-5.30   Chorus numbers: Bugsy Malone, Down and Out
  Mon 10 Nov   4.15-5.30   Act 2 (Blousey, Bugsy, Fizzy)
* Wed 12 Nov   4.15-6.00   Full run, Act 1
* Sat 22 Nov   9.30-12.30  Full run, both acts (after matches where possible)
* Mon 24 Nov   4.15-7.00   Technical rehearsal
* Tue 25 Nov   4.15-7.00   Dress rehearsal
  Wed 26 / Thu 27 Nov      Performances, 6.30pm

Boarders will have supper held for them on the longer evenings. Day pupils
can be collected from the Theatre foyer.

Costumes: I need a pair of braces and a trilby (or similar) from every boy,
and black tights from every girl, by 10 November. No need to buy anything
new - charity shops are your friend!

Miss Marsh
Head of Drama
Example School | 01632 960000
""", fmt="alt", note="drama rehearsal schedule to cast with parents copied")

_fwd = outlook_quote("Jane Parent <jane.parent@gmail.com>", "28 November 2025 21:05",
                     "Giles Thornbury <g.thornbury@example-school.org.uk>", "Thank you",
                     """Dear Mr Thornbury,

I just wanted to say how grateful we are for the way the school has looked
after Freddie this term, after losing his granny. Mr Hughes and Matron in
particular have been wonderful, and Freddie says Mr Jessop let him score the
winning run on purpose, which I suspect is true.

With our thanks,
Jane Parent""")
M("clean", "head_forwards_thanks", staff("head"), [S("hughes"), S("obrien"), S("jessop")],
  "FW: Thank you", "Sat, 29 Nov 2025 09:12:35 +0000",
  """Rhys, Niamh, Mark -

I thought you'd like to see this. Thank you - this is exactly what we're
here for.

Giles

Giles Thornbury
Headmaster
Example School

""" + _fwd, fmt="alt", note="Headmaster forwards a parent's thank-you to staff")

M("clean", "uniform_shop_sale", staff("uniform"), [JANE, SAM, ALI],
  "Uniform shop - second-hand sale this Saturday", "Wed, 26 Nov 2025 10:00:00 +0000",
  """Dear Parents,

The Uniform Shop will hold its second-hand sale on Saturday 29 November,
9am-12 noon, in the Pavilion. Everything is £2-£10, cash or card, and all
proceeds go to the PA's bursary fund.

We'd be very grateful for donations of outgrown uniform, particularly:
  - blazers (all sizes)
  - games fleeces and rugby shirts
  - girls' summer dresses (for next term)

Please hand donations in at the Uniform Shop by Thursday. Name tapes are
removed before sale.

Normal opening hours: Tuesday 8-10am and Thursday 2.30-4.30pm.

Uniform Shop
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", mailer="bulk", note="uniform shop second-hand sale")

M("clean", "exeat_travel_arrangements", staff("ballantyne"), [SAM],
  "Isla - half-term travel", "Tue, 14 Oct 2025 19:47:56 +0100",
  """Dear Sam,

Just confirming Isla's travel for half-term, so we're all looking at the same
thing:

Friday 17 October
  12.30  School finishes (lunch served)
  13.15  School taxi to Heathrow Terminal 5 with Flora and Mimi
  16.40  Flight BA 1442 to Edinburgh, travelling as an unaccompanied minor
         (Flora is on the earlier Aberdeen flight, so they part at security)

Monday 3 November (return)
  Flight BA 1443 lands at T5 at 13.10. Our taxi meets her in arrivals;
  back in Cedars for tea at 4.

The unaccompanied minor form is signed and in her passport wallet. Could you
confirm who will be meeting her at Edinburgh?

Sophie
Houseparent, Cedars
Example School | 01632 960000
""", cte="8bit", note="boarder's half-term travel: times, flight numbers")

M("clean", "french_oral_prep", staff("delacroix"),
  [pupil("18iwarrender"), pupil("18asinclair"), pupil("18tmaddox"), pupil("18hcavendish"), pupil("18rbose")],
  "Oral exam \u2013 la semaine prochaine", "Wed, 26 Nov 2025 16:22:43 +0000",
  """Bonjour à tous,

Your French oral mocks are next week, in the usual room during your French
lessons. Each one takes about 8 minutes:

  1. Role-play (2 min) - you'll get the card 10 minutes before
  2. Presentation (2 min) - on one of: ma famille, mon collège, mes vacances
  3. General conversation (4 min) - any of the topics from this year

For the presentation, learn it but don't recite it like a robot! Use the
"connecteurs" sheet (d'abord, ensuite, par contre, pourtant) and at least
one past tense and one future tense.

Bon courage !
Mme Delacroix
""", cte="8bit", note="French oral exam preparation to Year 8 pupils")

M("clean", "lost_property_fleece", staff("office"), [ALI],
  "Hugo's games fleece", "Thu, 20 Nov 2025 11:44:32 +0000",
  """Dear Mr Guardian,

Just to let you know that a games fleece named "H. Guardian" has turned up in
lost property - it was found in the minibus after Saturday's match. It's in
the office now; Hugo can pick it up at break, or we'll send it home in his bag
if he doesn't appear.

Kind regards,
Becky Lomax
School Office
Example School | 01632 960000
""", note="office about a lost fleece")


# ================================================================ output
README = """# Round 48 held-out corpus: personal-address-to-parent

**BLIND HELD-OUT DATA - never use it for tuning rules, thresholds or code.**
It was written without looking at mailguard's code, rules, tests or docs, and
it exists only to measure the filter on mail nobody tuned it on.  If you read
these messages to fix a miss, the corpus stops being held out: write a new
round instead.

## What it is

{total} synthetic outgoing e-mails from staff of an independent prep school
(ages 3-13, Surrey setting, boarding for the top years, Common Entrance and
13+ scholarships, Wednesday and Saturday matches, a busy parents'
association, nannies, au pairs and parents' PAs on the mail), labelled for
the policy "staff must never use personal phones/e-mail to communicate with
pupils or parents, nor give them their personal phone number, home address or
personal e-mail, nor add them on social media".

`expected` is how a safeguarding lead would judge the message: `flag` when a
member of staff gives a pupil or parent their *own* personal contact details
or invites them to a private channel; `clean` otherwise.  Judgement calls are
marked `[unsure]` in the note column of labels.csv.

All people, addresses and mailboxes are invented.  Phone numbers are in
Ofcom's drama ranges (07700 900xxx, 0118 496 0xxx, 020 7946 0xxx, 0131 496
0xxx, 0808 157 0xxx, 0306 999 0xxx, 01632 960xxx); third-party organisations
use example.com/.org/.net.  The school's own number is 01632 960000 and its
postcode LS1 4AP (from config.example.yaml); the three parents are those in
directory/parents.csv.

## How it was made / how to regenerate

Written by hand as data inside `../make_round48_personal.py` (Python 3.11
standard library only).  Regenerate with

    python3 tests/holdout/round48/make_round48_personal.py

The script is deterministic (fixed dates, Message-IDs, MIME boundaries and a
fixed shuffle seed), so a re-run gives byte-identical files.  It writes the
.eml files, labels.csv (file,expected,sender,recipients,note; recipients are
To+Cc) and this README.

## Counts

| expected | messages |
|----------|---------:|
| flag     | {nflag} |
| clean    | {nclean} |
| total    | {total} |

Of the clean messages, 30 are everyday school mail and 30 are hard
negatives.  Formats: {fmt_summary}.

## Kinds of case

Flag:
- personal mobile in many spellings: brackets, dots, hyphens, +44 (0),
  0044 with no spaces, `&nbsp;` inside HTML, split across a line break,
  split by quoted-printable soft line breaks, in a signature, in a base64
  vCard attachment
- home landline in a signature; home address in the body (no postcode) and
  in an .ics invitation LOCATION
- personal e-mail in the body (gmail, icloud, family domain), in Cc, in
  Reply-To, as the .ics ORGANIZER, in a base64-encoded body
- private channels: WhatsApp, Snapchat, TikTok, Facebook friend requests,
  Discord, Signal
- senders: teachers, visiting music staff, matron, houseparent, sports
  graduate assistant, events manager; recipients: parents, nannies in Cc,
  pupils

Clean (hard negatives):
- school-owned trip phone and boarding-house duty phone (also as a vCard)
- the parent's own number/address read back or quoted in a reply; an au
  pair's number read back for the collection list
- third parties given for a reason: coach firm, host school, physio,
  educational psychologist, helplines, senior-school registrar, host family,
  exam board, tutoring agencies, a parent volunteer (with consent)
- numbers that are not phones: candidate/centre numbers, ISBNs, sort code
  and account number, invoice references, Teams meeting ID, flight numbers,
  times, prices, venue postcodes
- the school's own numbers in international formats; colleagues' school
  direct lines; an .ics for parents' evening at the school
- staff-only mail with personal details (HR new starter, staff drinks at a
  colleague's home, minibus mobile); own mobile given to a supplier
- e-safety advice naming apps; the school's official Instagram/Facebook;
  staff refusing to give a personal number, refusing to join a parents'
  WhatsApp group, refusing to use a pupil's gmail, refusing private tutoring

Everyday clean: reminders, homework and prep, team selections, trip letter
with PDF, newsletter, reports, matron and catering replies, boarding
weekends and travel, meeting notes, cover, IT notices, forwards, PA events.
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    msgs = list(MESSAGES)
    nflag = sum(m["label"] == "flag" for m in msgs)
    nclean = sum(m["label"] == "clean" for m in msgs)
    assert (nflag, nclean) == (20, 60), (nflag, nclean)
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    random.Random(48).shuffle(msgs)
    rows = []
    fmts = {}
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data, _ = build(m)
        (OUT / fname).write_bytes(data)
        key = m["fmt"] + ("+attachment" if m["attachments"] else "")
        fmts[key] = fmts.get(key, 0) + 1
        sender = m["frm"][1] if not isinstance(m["frm"], str) else m["frm"]
        rcpts = addr_list(m["to"]) + addr_list(m["cc"])
        rows.append([fname, m["label"], sender, " ".join(rcpts), m["note"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    names = {"plain": "text/plain only", "alt": "multipart/alternative",
             "html": "HTML only"}
    fmt_summary = ", ".join(
        f"{n} {names[k.split('+')[0]]}{' with attachment' if '+' in k else ''}"
        for k, n in sorted(fmts.items(), key=lambda kv: (-kv[1], kv[0])))
    (OUT / "README.md").write_text(README.format(total=len(msgs), nflag=nflag, nclean=nclean,
                                                 fmt_summary=fmt_summary), encoding="utf-8")
    print(f"wrote {len(msgs)} messages ({nflag} flag, {nclean} clean) to {OUT}")


if __name__ == "__main__":
    main()
