#!/usr/bin/env python3
"""Round 7 blind hold-out corpus: personal-address-to-parent.

Writes .eml files, labels.csv and README.md into
tests/holdout/round7/personal-address-to-parent/ next to this script.

Python 3.11 standard library only.  Deterministic: every date, Message-ID and
MIME boundary is fixed in this file and the order of the files comes from a
seeded shuffle, so two runs produce byte-identical output.

This corpus was written blind (without reading the filter, its rules, its tests
or its docs).  Never use it to tune the filter.
"""

import base64
import csv
import hashlib
import html
import os
import quopri
import random
import shutil
import sys
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# The three parents the filter knows (directory/parents.csv).
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

MESSAGES = []


# ---------------------------------------------------------------- helpers

def S(local, name=None):
    """A staff address."""
    return (name, f"{local}@{SCHOOL}")


def P(local, name=None):
    """A pupil address."""
    return (name, f"{local}@{PUPILS}")


def fmt_addr(a):
    name, em = a
    if not name:
        return em
    return formataddr((name, em), charset="utf-8")


def addr_header(field, addrs):
    parts = [fmt_addr(a) for a in addrs]
    line = f"{field}: " + ", ".join(parts)
    if len(line) <= 76:
        return line
    return f"{field}: " + ",\n ".join(parts)


def enc_subject(s):
    if s.startswith("=?") or s.isascii():
        return s
    return Header(s, "utf-8").encode()


def leaf(body, ctype="text/plain", charset="utf-8", cte="quoted-printable",
         filename=None, disposition=None, ct_extra="", extra_headers=()):
    """One MIME leaf -> (header lines, encoded body text)."""
    if isinstance(body, str):
        data = body.encode(charset or "utf-8")
    else:
        data = body
    if cte in ("7bit", "8bit"):
        enc = data.decode(charset or "utf-8")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
    elif cte == "raw":  # body already encoded by hand (quoted-printable)
        enc = data.decode("ascii")
        cte = "quoted-printable"
    else:
        raise ValueError(cte)
    ct = ctype
    if ctype.startswith("text/") and charset:
        ct += f'; charset="{charset}"'
    if ct_extra:
        ct += ct_extra
    if filename:
        ct += f';\n\tname="{filename}"'
    hdrs = [f"Content-Type: {ct}"]
    hdrs.extend(extra_headers)
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    if filename:
        disp = disposition or "attachment"
        hdrs.append(f'Content-Disposition: {disp};\n\tfilename="{filename}"')
    elif disposition:
        hdrs.append(f"Content-Disposition: {disposition}")
    return hdrs, enc


def multi(sub, boundary, parts, preamble=None):
    hdrs = [f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"']
    lines = []
    if preamble:
        lines.append(preamble)
        lines.append("")
    for h, b in parts:
        lines.append(f"--{boundary}")
        lines.extend(h)
        lines.append("")
        lines.append(b.rstrip("\n"))
    lines.append(f"--{boundary}--")
    lines.append("")
    return hdrs, "\n".join(lines)


def to_html(text, font="Calibri, sans-serif", outlook=True):
    """A plain-text body rendered the way a mail client would."""
    out = []
    if outlook:
        out.append('<html xmlns:o="urn:schemas-microsoft-com:office:office">')
        out.append('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
        out.append('<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:'
                   + font + ';} --></style>\n</head>')
        out.append('<body lang="EN-GB" link="#0563C1" vlink="#954F72">')
        out.append('<div class="WordSection1">')
        for line in text.rstrip("\n").split("\n"):
            if line.strip():
                out.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div>\n</body>\n</html>")
    else:
        out.append("<div dir=\"ltr\">")
        for para in text.rstrip("\n").split("\n\n"):
            inner = "<br>".join(html.escape(l, quote=False) for l in para.split("\n"))
            out.append(f"<div>{inner}</div><div><br></div>")
        out.append("</div>")
    return "\n".join(out) + "\n"


def alt(plain, boundary, html_body=None, cte_plain="quoted-printable",
        cte_html="quoted-printable", outlook=True, charset="utf-8"):
    if html_body is None:
        html_body = to_html(plain, outlook=outlook)
    return multi("alternative", boundary, [
        leaf(plain, "text/plain", charset, cte_plain),
        leaf(html_body, "text/html", charset, cte_html),
    ])


def plain(text, cte="7bit", charset="utf-8", flowed=False):
    extra = "; format=flowed" if flowed else ""
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    if cte == "7bit" and charset == "utf-8":
        charset = "us-ascii"
    return leaf(text, "text/plain", charset, cte, ct_extra=extra)


def html_only(markup, cte="quoted-printable", charset="utf-8"):
    return leaf(markup, "text/html", charset, cte)


def attach(filename, ctype, data, cte="base64", charset=None):
    return leaf(data, ctype, charset, cte, filename=filename)


def pdf_stub(title, lines):
    """A tiny but well-formed one-page PDF."""
    text_ops = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for ln in [title] + lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({esc}) Tj T*")
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


def mid(seed, style="outlook"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "outlook":
        return f"<DB9PR06MB{h[:4]}{h[4:12]}{h[12:20]}@DB9PR06MB{h[20:24]}.eurprd06.prod.outlook.com>"
    if style == "gmail":
        return f"<CAH{h[:6].lower()}+{h[6:30]}=Qx{h[30:36].lower()}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@example-school.org.uk>"
    if style == "tbird":
        return f"<{h[:8].lower()}-{h[8:12].lower()}-{h[12:16].lower()}@example-school.org.uk>"
    return f"<{h[:24].lower()}@mail.example-school.org.uk>"


OUTLOOK_EXTRA = ("Thread-Topic", "Thread-Index", "Content-Language")


def add(label, slug, frm, to, subject, date, body, cc=(), reply_to=None,
        note="", crlf=False, style="outlook", in_reply_to=None, references=None,
        extra=(), unsure=False):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, reply_to=reply_to,
                         note=note + (" [unsure]" if unsure else ""), crlf=crlf,
                         style=style, in_reply_to=in_reply_to, references=references,
                         extra=list(extra)))


def render(m):
    h = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        h.append(addr_header("Cc", m["cc"]))
    h.append("Subject: " + enc_subject(m["subject"]))
    h.append("Date: " + m["date"])
    h.append("Message-ID: " + mid(m["slug"] + m["date"], m["style"]))
    if m["in_reply_to"]:
        h.append("In-Reply-To: " + m["in_reply_to"])
        h.append("References: " + (m["references"] or m["in_reply_to"]))
    if m["reply_to"]:
        h.append(addr_header("Reply-To", [m["reply_to"]]))
    if m["style"] == "outlook":
        subj = m["subject"] if m["subject"].isascii() else "Message"
        topic = subj
        for pre in ("RE: ", "Re: ", "FW: ", "Fwd: ", "FW:", "RE:"):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        ti = base64.b64encode(hashlib.md5(m["slug"].encode()).digest()).decode()
        h.append("Thread-Topic: " + topic)
        h.append("Thread-Index: AQH" + ti[:25])
        h.append("Content-Language: en-GB")
        h.append("X-MS-Has-Attach: " + ("yes" if "multipart/mixed" in m["body"][0][0] else ""))
    elif m["style"] == "apple":
        h.append("X-Mailer: iPhone Mail (21F90)")
    elif m["style"] == "tbird":
        h.append("User-Agent: Mozilla Thunderbird")
    h.extend(m["extra"])
    h.append("MIME-Version: 1.0")
    bh, bb = m["body"]
    text = "\n".join(h + bh) + "\n\n" + bb.rstrip("\n") + "\n"
    if m["crlf"]:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


# ---------------------------------------------------------------- messages
# ======================================================= FLAG (30)

# F01 football coach, "text me", plain, iPhone
add("flag", "coach_text_me_saturday", S("c.rigby", "Callum Rigby"), [JANE],
    "Re: Y8 football - Saturday v Horsforth", "Thu, 19 Sep 2024 17:48:12 +0100",
    plain("""Hi Jane,

Thanks for letting me know about his ankle. If it's no better by Friday night
don't worry about him coming along, he can sit this one out - we've got 15 in
the squad so we'll manage.

Meet is 9.15 at the school gates, kick off 10.30 at Horsforth. Should be back
for about 1.

If anything changes on the morning just text me on 07700 900312 - I won't be
checking emails on a Saturday.

Cheers
Callum

Sent from my iPhone
"""), style="apple", in_reply_to="<CAH9f2a1c+YmQ8s0d@mail.gmail.com>",
    note="PE coach gives own mobile and says text me")

# F02 drama teacher before a show, to cast (pupils)
add("flag", "drama_show_night_ring_me",
    S("r.pryce", "Rhiannon Pryce"),
    [P("21o.brennan", "Olivia Brennan"), P("21k.mensah", "Kwame Mensah"),
     P("22e.lowther", "Evie Lowther"), P("21z.ali", "Zainab Ali")],
    "Into the Woods - tech week and show nights", "Mon, 09 Dec 2024 15:22:40 +0000",
    alt("""Hi all,

A few reminders before Wednesday's tech rehearsal:

- Call is 4.15pm in the drama studio, NOT the hall (the hall is being set for the Y7 carol thing)
- Bring your blacks: black t-shirt, black leggings or joggers, black socks. No jewellery.
- Hair up for anyone in the Witch's garden scene
- Water bottle, and eat something before you come - it will be a long one, we're aiming to finish by 8.30

Show nights are Thursday 12th and Friday 13th, curtain up 7pm, call time 5.30pm both nights.

If anything goes wrong on the night - missed bus, costume disaster, feeling ill - ring or text me on 07700900418 and I'll sort it. Please don't just not turn up!

Break a leg, you've all worked so hard for this.

Miss Pryce
Head of Drama
""", "_000_DB9PR06MB7421A1B2C3D4E5F60708DB9PR06MB7421eurp_"),
    note="drama teacher gives own mobile to pupils before show")

# F03 form tutor during a bereavement, reply above Outlook-quoted thread, QP
add("flag", "tutor_bereavement_own_mobile", S("f.adeyemi", "Femi Adeyemi"), [SAM],
    "RE: Tyler - absence this week", "Tue, 04 Feb 2025 08:31:05 +0000",
    alt("""Dear Sam,

I'm so sorry to hear about Tyler's nan. Please don't worry about school at all this week - I've let his teachers know and nobody will be chasing him for work. Mrs Doherty from the pastoral team will be in touch about some support for when he's back, if he wants it.

I know things are really hard at the moment. If you need anything, or if Tyler just wants to talk to someone he knows, you can ring me on my own mobile - 07700 900 275. Honestly any time, weekends included.

Take care of yourselves,

Femi Adeyemi
Form Tutor 9FA

From: Sam Carer <sam.carer@outlook.com>
Sent: 04 February 2025 07:52
To: Femi Adeyemi <f.adeyemi@example-school.org.uk>
Subject: Tyler - absence this week

Hi Mr Adeyemi,

Just to let you know Tyler won't be in this week. His nan passed away on Saturday night and he is taking it really badly, he has hardly come out his room. I have rung the attendance line as well. Sorry for the short notice.

Sam
""", "_000_DB9PR06MB5530F00D2C66B1E7AB19DB9PR06MB5530eurp_"),
    in_reply_to="<AM0PR10MB3c1d@AM0PR10MB3c1d.eurprd10.prod.outlook.com>",
    note="form tutor offers own mobile during family crisis; reply above quoted thread")

# F04 TA gives personal hotmail in the text
add("flag", "ta_personal_hotmail_reading", S("k.holt", "Kerry Holt"), [ALI],
    "Reading books we use in sessions", "Wed, 02 Oct 2024 12:14:51 +0100",
    alt("""Hi Mr Guardian,

It was lovely to meet you at the coffee morning. As promised, these are the books we've been using in her reading sessions, in case you want to pick any up from the library:

  * Rising Stars "Reading Planet" - the turquoise and purple bands
  * "The Boy at the Back of the Class" (we're about halfway through)
  * The Barrington Stoke short reads, anything in the dyslexia-friendly range

Little and often is best - 10 minutes a night is better than an hour on Sunday.

I'm only in school Monday to Wednesday so if you send things to my school email it can be a few days before I see them. It's easier to use my own one - kerryholt84@hotmail.co.uk - I'm on that every day.

Thanks again,
Kerry Holt
Teaching Assistant, Learning Support
""", "_000_DB9PR06MB88E1C2D44F0A91BB72DB9PR06MB88E1eurp_"),
    note="TA gives her personal hotmail address to a parent")

# F05 sixth-form mentor invites pupil to Snapchat
add("flag", "sixthform_mentor_snapchat", S("d.mellor", "Dan Mellor"),
    [P("23a.hussain", "Amir Hussain")],
    "UCAS statement - next steps", "Thu, 26 Sep 2024 16:40:19 +0100",
    plain("""Amir,

Good session today. Your second paragraph is loads stronger now you've
cut the bit about always being interested in engineering since you were
five - keep the stuff about the bridge project, that's the bit that
sounds like you.

Things to do before we meet again:
1. Cut about 400 characters - you're at 4,382 and the limit is 4,000
2. Rewrite the ending, it just stops at the moment
3. Get Mrs Kaur to look at the maths paragraph

Internal deadline for the draft is Friday 18 October.

I know you lot never check your school email so add me on snap -
dan.mellor6 - and just message me if you get stuck. Quicker that way.

Dan
Sixth Form Mentor (Partnership)
"""), style="tbird",
    note="sixth-form mentor gives pupil his Snapchat handle")

# F06 netball coach WhatsApp group link to parents
add("flag", "netball_whatsapp_group_link", S("l.cawthorne", "Leanne Cawthorne"), [JANE],
    "U13 netball - lifts to away fixtures", "Mon, 14 Oct 2024 19:03:44 +0100",
    alt("""Hi all,

A few of you asked at the Hillside match if there was an easier way to sort out lifts for away fixtures, especially the Tuesday ones where the minibus is already booked by the rugby lot.

I've set up a WhatsApp group for U13 parents so you can share lifts and I can post any last-minute changes (court bookings seem to change every week!). You can join here:

https://chat.whatsapp.com/Hq7Lm2XcP0bKtR9wZvY3aE

Please keep it to netball things only. Fixtures list for the rest of the half term is on the PE noticeboard and on the website.

Thanks for all your support so far - 3 wins out of 4!

Leanne Cawthorne
PE Department
""", "_000_DB9PR06MB12AA34BB56CC78DD90DB9PR06MB12AAeurp_"),
    cc=[SAM, ALI],
    note="PE teacher invites parents to a WhatsApp group she runs (invite link)")

# F07 personal mobile in signature, reply above quoted parent mail
add("flag", "geog_trip_signature_personal_mob", S("i.qureshi", "Imran Qureshi"), [ALI],
    "RE: Year 10 Geography fieldwork - Malham", "Fri, 27 Sep 2024 10:11:02 +0100",
    alt("""Dear Mr Guardian,

Thank you for letting me know. She is absolutely fine to keep her inhaler in her bag, and if you could send a spare in a named bag on the day we'll keep it in the first aid kit as well.

The coach leaves at 8.00 sharp from the bus bay and we should be back about 5.30. Wellies or walking boots please - the river study site is always muddy.

Kind regards

Imran Qureshi
Teacher of Geography | Trips Coordinator
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | Mob (personal): +44 7700 900 561

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 26 September 2024 21:40
To: Imran Qureshi <i.qureshi@example-school.org.uk>
Subject: Year 10 Geography fieldwork - Malham

Dear Mr Qureshi,

My daughter has asthma and usually carries her inhaler. Is she allowed to keep it with her on the trip or does a teacher need to hold it? Also what time will they be back as I need to arrange pick up.

Regards
Ali Guardian
07700 900789
""", "_000_DB9PR06MB40F1E29A33D6C50DB9PR06MB40F1eurp_"),
    in_reply_to="<012301db1040$a3b2c1d0$eb1645f0$@btinternet.com>",
    note="trips coordinator's signature includes his personal mobile; parent's own number in quote")

# F08 HTML-only signature table, number split across tags
add("flag", "music_html_sig_table_split_mobile", S("p.hughes", "Patrick Hughes"), [JANE],
    "Grade 3 piano exam - date confirmed", "Tue, 21 Jan 2025 13:05:27 +0000",
    html_only("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mrs Parent,</p>
<p>Good news - the exam board has confirmed the date for the Grade&nbsp;3 piano exam: <b>Tuesday 11 March, 10:40am</b>, here at school in the music block (practice room 2 is the warm-up room).</p>
<p>Please could he bring his own copies of the three pieces and arrive by 10:15. He doesn't need to wear uniform for the exam if it's a non-uniform day, but school uniform is fine.</p>
<p>If the date is a problem for any reason, give me a ring on my mobile (below) and we'll see what we can do - the board can sometimes move candidates within the session.</p>
<p>Best wishes,</p>
<table cellpadding="0" cellspacing="0" border="0" style="border-top:2px solid #1f3864;margin-top:8px">
<tr><td rowspan="4" style="padding:6px 10px 0 0;vertical-align:top"><img src="https://www.example-school.org.uk/img/crest-small.png" width="48" height="60" alt="Example School"></td>
<td style="padding-top:6px;color:#1f3864"><b>Patrick Hughes</b></td></tr>
<tr><td style="color:#555">Head of Music &amp; Peripatetic Coordinator</td></tr>
<tr><td style="color:#555">Music office: 01632 960000 (ext. 240)</td></tr>
<tr><td style="color:#555">Mobile: <span style="white-space:nowrap">0770<span>0</span></span>&nbsp;<span>9</span>00&nbsp;<span style="color:#555">634</span></td></tr>
</table>
</body></html>
"""),
    note="HTML signature table: own mobile split across span tags")

# F09 home address for costume drop-off
add("flag", "costume_dropoff_home_address", S("r.pryce", "Rhiannon Pryce"), [SAM],
    "Re: Annie orphan dresses", "Fri, 07 Mar 2025 16:58:33 +0000",
    alt("""Hi Sam,

You are a star, thank you so much for taking the hems up - I'd never have got through all twelve before dress rehearsal.

I'm not in school on Monday (course in Wakefield) so the easiest thing is probably to drop them round at mine over the weekend: 14 Hawthorn Grove, Headingley, LS6 2QT. If nobody's in just leave the bag in the porch, it's the house with the blue door.

The ones with the safety pins in still need doing, the rest just need a press.

Thanks again!
Rhiannon
""", "_000_DB9PR06MB7421C0FFEE112233DB9PR06MB7421eurp_"),
    in_reply_to="<PAXP195MB2f1a@PAXP195MB2f1a.EURP195.PROD.OUTLOOK.COM>",
    note="drama teacher gives her home address to a parent volunteer for drop-off")

# F10 Reply-To header is the teacher's personal gmail
add("flag", "art_reply_to_personal_gmail", S("z.nowak", "Zofia Nowak"), [JANE],
    "GCSE Art sketchbook over Easter", "Thu, 03 Apr 2025 11:47:09 +0100",
    alt("""Dear Mrs Parent,

Just a quick note about the sketchbook over the Easter holidays. He needs to finish the two outstanding artist studies (the Hockney and the Kehinde Wiley) and start the first development page for his own final piece idea. Four pages in total - no more, I don't want him doing it all at once!

He can take the A3 folder home; the oil pastels are already in there.

I'm on a course for the first week of the holidays and won't be able to get into my school account, so if you have any questions about the sketchbook just reply to this email and it will come straight to me.

Happy Easter,

Ms Nowak
Art & Design
""", "_000_DB9PR06MB3E3E5F5F7A7AFFFFDB9PR06MB3E3Eeurp_"),
    reply_to=("Zofia Nowak", "zofia.nowak.art@gmail.com"),
    note="personal gmail given only as the Reply-To header")

# F11 personal address copied in Cc
add("flag", "cc_home_email_half_term", S("d.okafor", "Daniel Okafor"), [SAM],
    "Maths catch-up work for half term", "Fri, 25 Oct 2024 15:36:58 +0100",
    plain("""Dear Sam,

As we discussed on the phone, I've put together a pack of catch-up
work for Tyler for half term covering the topics he missed while he
was off - fractions of amounts, ratio and the first part of
simultaneous equations. It's on Sparx as well as in paper form; the
paper copy is with reception for you to collect.

Please don't let him stress about it. Even half of it would help.

I've copied in my home email so I'll see it if you or Tyler have any
questions over the holiday.

Best wishes
Mr Okafor
Maths
"""), cc=[("Dan Okafor", "d.okafor.home@outlook.com")],
    note="teacher copies his personal outlook.com address in Cc to a parent")

# F12 vCard attachment with personal mobile and home e-mail
VCARD_F12 = """BEGIN:VCARD
VERSION:3.0
N:Sandhu;Harpreet;;Mr;
FN:Harpreet Sandhu
ORG:Example School;Year 11
TITLE:Head of Year 11
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=CELL,VOICE:+44 7700 900877
EMAIL;TYPE=INTERNET,WORK:h.sandhu@example-school.org.uk
EMAIL;TYPE=INTERNET,HOME:harps.sandhu@googlemail.com
REV:20241112T090000Z
END:VCARD
""".replace("\n", "\r\n")
add("flag", "hoy_vcard_attached", S("h.sandhu", "Harpreet Sandhu"), [ALI],
    "Following up from today", "Tue, 12 Nov 2024 17:20:41 +0000",
    multi("mixed", "_004_DB9PR06MB9A9A11B2B2C3C3D4DB9PR06MB9A9Aeurp_", [
        alt("""Dear Mr Guardian,

Thank you for coming in this afternoon. I think we've got a good plan: the reduced timetable for the next two weeks, the time-out card, and a check-in with me every morning at 8.40.

I've attached my contact card so you've got my details saved in your phone - please do get in touch if anything happens at home that we should know about, and I'll let you know how the first week goes.

Kind regards
Mr Sandhu
Head of Year 11
""", "_000_DB9PR06MB9A9A11B2B2C3C3D4DB9PR06MB9A9Aeurp_"),
        attach("Harpreet Sandhu.vcf", "text/vcard", VCARD_F12.encode()),
    ]),
    note="vCard attachment holds personal mobile and home googlemail; body names neither")

# F13 dots in the number, to a pupil
add("flag", "maths_revision_dotted_number", S("m.ahmed", "Mariam Ahmed"),
    [P("20j.whitaker", "Jack Whitaker")],
    "Paper 3 tomorrow", "Wed, 11 Jun 2025 18:12:30 +0100",
    plain("""Jack,

Don't panic about tonight - you know more than you think. Do the two
circle theorem questions from the sheet and then stop, get an early night.

Remember: calculator paper, so take your own and check it's in degrees.

If you get really stuck on something tonight ring me on 07700.900.847
and I'll talk you through it.

Good luck!
Miss Ahmed
"""), note="maths teacher gives pupil own mobile with dots between groups")

# F14 slashes, parent address in odd case
add("flag", "dofe_kit_slashed_number", S("c.wainwright", "Chris Wainwright"),
    [("Jane Parent", "Jane.Parent@gmail.com")],
    "DofE Bronze - kit list and practice expedition", "Mon, 31 Mar 2025 09:27:14 +0100",
    alt("""Hi Jane,

Attached to the letter that came home last week was the kit list, but a few parents have asked what "suitable footwear" means. Walking boots that are already worn in, please - not brand new ones on the day, and not trainers.

The school has rucksacks, tents and stoves to borrow. Sleeping bags and roll mats you'll need to provide, but shout if that's a problem and we'll sort something out quietly.

Practice expedition is Saturday 26th to Sunday 27th April. Drop off 8am, pick up about 3pm on the Sunday.

Any kit questions, my mobile is 07700/900/219 - better than email at the weekend.

Thanks
Chris Wainwright
DofE Manager / PE
""", "_000_DB9PR06MB60DD11EE22FF3344DB9PR06MB60DDeurp_"),
    note="DofE manager's own mobile written with slashes; parent address in mixed case")

# F15 brackets, non-ASCII sender name
add("flag", "pastoral_bracketed_mobile", S("s.doherty", "Siobhán Doherty"), [ALI],
    "Friday's meeting", "Wed, 15 Jan 2025 16:45:00 +0000",
    alt("""Dear Mr Guardian,

Thanks for your time on the phone earlier. I've booked the small meeting room for Friday at 2.30pm; Ms Kaur from the Inclusion team will join us.

I know you said you sometimes finish late. If you're running behind on Friday, or if things escalate at home before then, my personal mobile is (07700) 900593 - please use it rather than waiting for the office to pass on a message.

Best wishes,
Siobhán Doherty
Pastoral Lead, KS4
""", "_000_DB9PR06MB2B2B9D9D0E0EABCDDB9PR06MB2B2Beurp_"),
    note="pastoral lead gives personal mobile in brackets")

# F16 +44 (0) form, overseas trip, parents To+Cc
add("flag", "iceland_trip_own_phone_plus44", S("t.wojcik", "Tomasz Wójcik"), [JANE, SAM],
    "Iceland trip - travel day information", "Tue, 18 Feb 2025 20:15:37 +0000",
    alt("""Dear parents,

We're all set for Thursday! A few last things:

Meet at school at 02:45 (yes, really) - the coach leaves for Manchester Airport at 03:00 prompt. Flight FI 441 departs 06:55 and lands in Keflavik at 09:10 local time (Iceland is on GMT, so no time difference).

Hotel: Hotel Norðurljós, Hafnargata 21, 230 Reykjanesbær, Iceland. Tel +354 421 5599.

During the trip, the school office (01632 960000) can reach us during school hours. Out of hours, or if you can't get through, my own phone is +44 (0)7700 900 372 - it'll be on the whole time. Please keep it for emergencies only.

We'll post photos on the school's X account when we have wifi.

Mr Wójcik
Science / Trip Leader
""", "_000_DB9PR06MB4C4C7777AAAA0000DB9PR06MB4C4Ceurp_"),
    note="trip leader gives own mobile in +44 (0) form alongside hotel's foreign number")

# F17 number split across lines, learning mentor to pupil
add("flag", "mentor_number_wrapped_lines", S("n.rahman", "Nadia Rahman"),
    [P("22m.dobson", "Megan Dobson")],
    "our chat today", "Thu, 06 Mar 2025 15:51:20 +0000",
    plain("""Hi Megan,

Really proud of you for coming to see me today, I know that wasn't easy.

Like we agreed, I'm going to have a word with Mr Holroyd about the
group in your maths set but I won't mention your name. We'll meet again
on Monday period 3 - I'll get you a pass.

If anything happens over the weekend and you want to talk, my number
is 07700
900 146. You can message me whenever.

Miss Rahman
Learning Mentor
"""), note="learning mentor's own number broken across two lines, to a pupil")

# F18 odd spacing, rugby coach to pupil
add("flag", "rugby_odd_spacing_number", S("o.pritchard", "Owen Pritchard"),
    [P("21l.asante", "Leon Asante")],
    "Saturday - county trials", "Wed, 29 Jan 2025 21:04:55 +0000",
    plain("""Leon,

Confirmed - you're down for the county U16 trials on Saturday at
Headingley. Registration 9.30, bring boots for 3G AND grass, gumshield,
water. They'll do skills first then a couple of 20-minute games.

I'll be there from 9. Text me when you arrive and I'll come and find you,
my number's 077 009 007 31.

Good luck, just play your game.
Mr P
"""), style="apple",
    note="rugby coach gives pupil own number with odd digit grouping; text me")

# F19 text me, uppercase pupil domain
add("flag", "music_centre_text_me_outside", S("c.illingworth", "Catherine Illingworth"),
    [("Jakub Kowalski", "23J.Kowalski@PUPILS.EXAMPLE-SCHOOL.ORG.UK")],
    "Collecting your cello on Saturday", "Fri, 16 May 2025 12:30:48 +0100",
    alt("""Hi Jakub,

The repaired cello is back from the workshop - they've replaced the bridge and the A string, so it should sound much better.

I'll be at the Saturday music centre from 9 until 12. The side door is locked on Saturdays, so text me when you're outside and I'll come down and let you in: 07700 900 509.

Please bring the case with you, the workshop kept the old one.

Mrs Illingworth
Strings
""", "_000_DB9PR06MB1C1C2D2D3E3E4F4FDB9PR06MB1C1Ceurp_"),
    note="strings teacher gives pupil own mobile (text me); pupil domain in upper case")

# F20 Instagram handle to pupils
add("flag", "athletics_instagram_follow", S("a.begum", "Aisha Begum"),
    [P("22t.nwosu", "Temi Nwosu"), P("23h.clarke", "Holly Clarke"), P("22r.patel", "Riya Patel")],
    "Sprint squad - winter training", "Mon, 11 Nov 2024 16:09:03 +0000",
    alt("""Hi sprinters,

Well done on Saturday, three PBs between you in the indoor 60m!

Winter training stays on Tuesdays and Thursdays 3.30-4.45 in the sports hall. Bring spikes on Thursdays, we're doing blocks.

I post drills and stretching routines most days on my Instagram - @aishabegum_runs - follow me and I'll follow you back so you can message me your training diaries over Christmas.

Miss Begum
""", "_000_DB9PR06MB2222AAAA3333BBBBDB9PR06MB2222eurp_"),
    note="PE teacher invites pupils to follow/message her personal Instagram")

# F21 Discord server invite for revision
add("flag", "computing_discord_revision_server", S("g.lumb", "Gareth Lumb"),
    [P("19s.farrell", "Sophie Farrell"), P("19a.rahim", "Adam Rahim"),
     P("19c.dunn", "Connor Dunn"), P("19p.singh", "Prabhjot Singh")],
    "A level CS - revision over Easter", "Fri, 28 Mar 2025 14:55:12 +0000",
    plain("""Hi Y13,

As promised, I'm going to be running some informal revision sessions
over Easter. Rather than Teams (which half of you can't log into from
home apparently) I've set up a Discord server - I'll be on most evenings
and you can post questions any time:

https://discord.gg/k7Rm2QxV

Channels for each paper, plus one for the NEA write-ups. Usual rules -
be kind, no answers to each other's NEA.

Timetable for the in-school revision days is on Teams.

Mr Lumb
"""), note="computing teacher invites pupils to a Discord server he runs")

# F22 Facebook add me
add("flag", "hoy7_facebook_add_me", S("g.thorne-ridley", "Gemma Thorne-Ridley"), [JANE],
    "Re: Settling in", "Wed, 18 Sep 2024 20:41:36 +0100",
    alt("""Hi Jane,

Thanks for your email, and please don't worry - it's really common for Year 7s to be exhausted and a bit teary in the first few weeks. She's doing brilliantly in lessons and I've seen her chatting away at lunch with the girls from her form.

Lots of the parents in her form have started a Facebook group to share things like lost PE kit and which homework is due when. If you want to add me on Facebook (Gemma Thorne-Ridley - I'm the one with the spaniel in the profile picture!) I'll add you to it.

Speak soon,
Gemma
Head of Year 7
""", "_000_DB9PR06MB8F8F0A0A1B1B2C2CDB9PR06MB8F8Feurp_", outlook=False),
    style="tbird", in_reply_to="<CAH77aa0+ZtT1Qm@mail.gmail.com>",
    note="head of year asks a parent to add her on personal Facebook")

# F23 home landline, RFC 2047 subject
add("flag", "english_home_landline_2047_subject", S("h.featherstone", "Helen Featherstone"), [ALI],
    "Re: Lily’s coursework – ring me at home", "Thu, 20 Mar 2025 17:30:59 +0000",
    alt("""Dear Mr Guardian,

I'm sorry it's taken me a few days to get back to you - it's been moderation week.

I think a phone conversation would be much easier than trying to explain the mark scheme over email. I'm not teaching on Friday so I'll be at home; my home number is 0113 496 0742. I'm in most evenings after 7 as well.

Kind regards,
Mrs Featherstone
English
""", "_000_DB9PR06MB5F5F6A6A7B7B8C8CDB9PR06MB5F5Feurp_"),
    in_reply_to="<000901db98a4$0c1d2e3f$@btinternet.com>",
    note="English teacher gives her home landline; subject RFC 2047 encoded")

# F24 Signal/Telegram invitation with +44 number, to a pupil
add("flag", "physics_signal_telegram", S("t.wojcik", "Tomasz Wójcik"),
    [P("20n.osei", "Nana Osei")],
    "Olympiad practice papers", "Tue, 14 Jan 2025 12:02:17 +0000",
    plain("""Hi Nana,

Here are the links to the last three years of BPhO Round 1 papers -
have a go at 2022 first, it's the most like what you'll get. Don't
worry about Section B question 4, nobody got that.

If you want to send me photos of your working, it's easier on my
phone than email - I'm on Signal and Telegram, +44 7700 900866.

Mr Wojcik
""", cte="quoted-printable"),
    note="physics teacher invites pupil to Signal/Telegram on his own number")

# F25 obfuscated personal gmail inside a long Gmail-style thread
add("flag", "obfuscated_gmail_long_thread", S("l.marsh", "Lucy Marsh"), [JANE],
    "Re: Spanish oral exam nerves", "Sun, 27 Apr 2025 19:44:02 +0100",
    alt("""Hi Jane,

Of course - that's completely normal and she'll be fine. She's one of the most fluent in the group, she just freezes when she thinks she's being judged.

I'm going to give her one more practice with me on Wednesday lunchtime using the exact photo card format. School email seems to be blocking some of your messages (your last one went to my junk), so if that happens again my personal email is lucy dot marsh77 at gmail dot com.

Lucy Marsh

On Sun, 27 Apr 2025 at 18:20, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Marsh,
>
> Sorry to bother you on a Sunday. She has been in tears again tonight about
> the speaking exam. Is there anything else we can do at home?
>
> Jane
>
> On Thu, 24 Apr 2025 at 16:02, Lucy Marsh <l.marsh@example-school.org.uk> wrote:
>> Dear Jane,
>>
>> Just to confirm her speaking exam is on Tuesday 6 May at 11.20. Candidates
>> get 12 minutes' preparation time first.
>>
>> Lucy Marsh
>>
>>> On Wed, 23 Apr 2025 at 21:37, Jane Parent <jane.parent@gmail.com> wrote:
>>> Hello, do you know when the Spanish speaking exam is yet? We have a
>>> hospital appointment that week and want to avoid it.
>>> Thanks, Jane (07700 900123)
""", "000000000000b4c3d9061f2a8e11", outlook=False),
    style="tbird", in_reply_to="<CAH3c0ffee+Q9wA@mail.gmail.com>",
    note="personal gmail written as 'dot'/'at' in reply above a long quoted thread")

# F26 HTML-only, personal icloud address only in a mailto href
add("flag", "choir_mailto_personal_icloud_href", S("a.kettlewell", "Adrian Kettlewell"), [JANE],
    "Chamber choir - Leeds Minster evensong", "Sat, 08 Feb 2025 10:25:50 +0000",
    html_only("""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="font-family:Georgia,serif;font-size:14px;color:#222">
<p>Dear Mrs Parent,</p>
<p>I'm delighted to say the chamber choir has been invited to sing evensong at the Minster on <strong>Sunday 23rd February</strong>. Rehearsal in the quire at 2.00pm, service at 3.30pm, finished by 4.30pm.</p>
<p>Dress: school blazer, white shirt, black trousers or skirt, black shoes. Music folders will be handed out at Thursday's rehearsal.</p>
<p>I'm away on the choir tour planning visit most of next week and won't be checking my school account, so if you have any questions please <a href="mailto:a.kettlewell@icloud.com">drop me a line at home</a> instead.</p>
<p>With best wishes,<br>Adrian Kettlewell<br><span style="color:#777">Director of Choral Music</span></p>
</div>
</body></html>
""", cte="base64"),
    style="apple",
    note="personal icloud address appears only in a mailto href; base64 HTML")

# F27 TikTok personal account to pupils
add("flag", "dance_tiktok_follow_me", S("j.fenwick", "Jade Fenwick"),
    [P("23s.barker", "Summer Barker"), P("23n.ahmed", "Noor Ahmed")],
    "Competition routine - practise over the weekend!", "Fri, 31 Jan 2025 16:20:00 +0000",
    alt("""Hi girls,

Brilliant rehearsal today. The formations in the middle section are nearly there but the ending is still messy - the count is 5, 6, 7 AND 8 hit, not 5, 6, 7, 8 hit!

I've filmed the full routine from the front and posted it on my TikTok, @missjdances, so you can practise along at home. Follow me and I'll tag you both in the video.

Extra rehearsal Wednesday 3.15-4.30 in the dance studio.

Miss F x
""", "_000_DB9PR06MB3A3A4B4B5C5C6D6DDB9PR06MB3A3Aeurp_"),
    note="dance teacher asks pupils to follow her personal TikTok")

# F28 forward with own mobile added above forwarded club mail
add("flag", "cricket_forward_own_mobile", S("s.binns", "Stuart Binns"), [ALI],
    "FW: Yorkshire U13 girls' cricket - winter training invitation", "Mon, 04 Nov 2024 08:50:21 +0000",
    alt("""Hi Ali,

Great news - see below. She's been picked out from the district festival. I'd really encourage her to go; it's a brilliant pathway.

Any questions about it ring me on 07700 900 388 (mine, not the club's) - I coached at the academy for a few years so I know how it all works.

Stuart

From: Girls Pathway <pathway@yorkshirecricket.example.org>
Sent: 01 November 2024 14:12
To: PE Department <pe@example-school.org.uk>
Subject: Yorkshire U13 girls' cricket - winter training invitation

Dear Colleague,

Following the district festival, we would like to invite the following player from your school to our winter training programme:

    Player: [see attached list] - U13 Girls

Sessions run on Sunday afternoons, 1.30-3.30pm, from 10 November to 16 March at the Indoor Cricket Centre, Pavilion Way, Leeds LS5 3BW. The programme fee is £120 for the winter, with bursaries available.

Please ask parents to register at pathway.yorkshirecricket.example.org/register by 8 November, or call the pathway office on 0113 496 0450 (Mon-Fri, 9-5).

Kind regards,
Girls' Pathway Team
""", "_000_DB9PR06MB77AA88BB99CC00DDDB9PR06MB77AAeurp_"),
    note="PE teacher forwards club mail to parent and adds own mobile above it")

# F29 quoted-printable soft line break in the middle of the number
F29_QP = (
    "Dear Jane,\n"
    "\n"
    "Thank you for sending the letter from the paediatrician. I've added the rec=\n"
    "ommendations to his learning support plan - rest breaks, the writing slope=\n"
    " and extra time in class tests - and shared it with all of his teachers.\n"
    "\n"
    "The review meeting is on Thursday 5 December at 3.45pm in the Learning Sup=\n"
    "port base. If you need to reach me before then, my mobile is 07700 90=\n"
    "0 655 (I'm part time so it's the best way to get me).\n"
    "\n"
    "Kind regards,\n"
    "Parveen Akhtar\n"
    "SEN Coordinator's Assistant\n"
)
add("flag", "sen_qp_softbreak_in_number", S("p.akhtar", "Parveen Akhtar"), [JANE],
    "Learning support plan update", "Wed, 27 Nov 2024 14:38:26 +0000",
    multi("alternative", "_000_DB9PR06MB0F0F1E1E2D2D3C3CDB9PR06MB0F0Feurp_", [
        leaf(F29_QP, "text/plain", "us-ascii", "raw"),
        leaf(to_html(quopri.decodestring(F29_QP.encode()).decode()), "text/html", "utf-8",
             "quoted-printable"),
    ]),
    crlf=True,
    note="own mobile split by a QP soft line break in the plain part")

# F30 base64 plain body, WhatsApp + personal gmail
add("flag", "hoy10_base64_whatsapp_gmail", S("r.holroyd", "Ryan Holroyd"), [SAM],
    "Tyler - this week", "Mon, 10 Mar 2025 21:18:44 +0000",
    multi("alternative", "----=_Part_88213_1771923404.1741641524000", [
        leaf("""Hi Sam,

Just to update you - Tyler has had a much better day today. He went to all of his lessons and Mr Okafor said he was really focused in maths.

I'm going to keep the daily report going until Friday and then we'll review.

To be honest it's easier if you just message me on WhatsApp (07700 900 902) than going through the office, or email me at ryanholroyd.home@gmail.com if it's something longer. I'll always get back to you the same day.

Ryan Holroyd
Head of Year 10
""", "text/plain", "utf-8", "base64"),
        leaf(to_html("""Hi Sam,

Just to update you - Tyler has had a much better day today. He went to all of his lessons and Mr Okafor said he was really focused in maths.

I'm going to keep the daily report going until Friday and then we'll review.

To be honest it's easier if you just message me on WhatsApp (07700 900 902) than going through the office, or email me at ryanholroyd.home@gmail.com if it's something longer. I'll always get back to you the same day.

Ryan Holroyd
Head of Year 10
""", outlook=False), "text/html", "utf-8", "base64"),
    ]),
    style="other",
    note="base64 bodies: WhatsApp me on own number plus personal gmail")

# ======================================================= CLEAN (60)

# C01 away fixture at another school, their reception number
add("clean", "away_fixture_other_school_reception", S("k.doyle", "Kieran Doyle"), [JANE, SAM],
    "Y9 County Cup - away at St Bede's, Wed 6 Nov", "Mon, 04 Nov 2024 12:40:15 +0000",
    alt("""Dear parents,

Your son has been selected for the Y9 County Cup second-round match on Wednesday.

Venue: St Bede's Catholic High School, Grange Lane, Leeds LS15 8QP (3G pitch behind the sports centre)
Kick off: 3.30pm
Minibus leaves: 2.15pm from outside the sports hall - lessons 5 and 6 will be missed, teachers know
Back at school: approx. 6.00pm

Full kit please, plus shin pads and a warm layer. The 3G is moulded studs or astros only.

If you are coming to watch, parking at St Bede's is on the staff car park off Grange Lane after 3pm. On the day, their reception is on 0113 496 0318 if you need to get a message to the team.

If we're running late on the way back the office will send a text through the usual school messaging system.

Thanks,
Mr Doyle
PE Department
""", "_000_DB9PR06MB1A2B3C4D5E6F7081DB9PR06MB1A2Beurp_"),
    note="other school's address, postcode and reception number; times")

# C02 rugby festival at a club, club officials' contacts
add("clean", "rugby_festival_club_secretary", S("o.pritchard", "Owen Pritchard"), [ALI],
    "U12 rugby festival - Sunday 17 November", "Tue, 12 Nov 2024 16:02:48 +0000",
    plain("""Dear Mr Guardian,

Thanks for returning the consent form. Details for Sunday's festival:

Host: Moorside Vale RUFC, Fellgate Lane, Leeds LS17 5RF
Arrive: 9.30am for a 10am start, finished by about 1pm
Kit: school rugby shirt (we'll bring them), black shorts, school socks,
     boots, gumshield - no gumshield, no contact, that's the RFU rule

Parking at the club is limited on festival days; the club ask that you
use the overflow field on Oakbank Road. There's a BBQ and tea hut, so
bring a few pounds.

The club's fixtures secretary, Graham Pickles, is running the day. If
you can't find us, the clubhouse number on matchdays is 0113 496 0587 or
you can email fixtures@moorsidevalerufc.example.org.

See you there,
Mr Pritchard
"""), note="rugby club's clubhouse number and fixtures secretary's club e-mail")

# C03 HTML newsletter: external theatre box office and stage door
add("clean", "dance_platform_theatre_box_office", S("drama", "Performing Arts Faculty"),
    [JANE, SAM, ALI],
    "Leeds Schools Dance Platform - tickets now on sale", "Thu, 23 Jan 2025 09:00:00 +0000",
    html_only("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Performing Arts News</title></head>
<body style="margin:0;background:#f3f0f7">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" border="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<tr><td style="background:#5b2a86;color:#ffffff;font-size:22px"><b>Performing Arts News</b><br><span style="font-size:13px">Spring Term 2025</span></td></tr>
<tr><td>
<h2 style="color:#5b2a86;font-size:18px">Leeds Schools Dance Platform</h2>
<p>Our GCSE and A level dancers will perform two pieces at this year's Leeds Schools Dance Platform on <b>Thursday 13 February at 7pm</b>.</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
<tr><td><b>Venue</b></td><td>The Millgate Theatre, 3 Tannery Square, Leeds LS2 3AD</td></tr>
<tr><td><b>Tickets</b></td><td>&pound;9 adults / &pound;6 concessions</td></tr>
<tr><td><b>Box office</b></td><td>0113 496 0901 (Mon&ndash;Sat, 10am&ndash;6pm) or <a href="https://millgatetheatre.example.com/whats-on/dance-platform">millgatetheatre.example.com</a></td></tr>
<tr><td><b>Access</b></td><td>Level access and a hearing loop; call the box office to book wheelchair spaces</td></tr>
</table>
<p><b>Performers</b> should arrive at the stage door (the Tannery Yard side of the building) at <b>4.30pm</b>. Collection from the stage door at approximately 9.45pm.</p>
<h2 style="color:#5b2a86;font-size:18px">Year 9 Showcase</h2>
<p>Auditions for the summer showcase are on Tuesday 4 March after school in the drama studio. Sign-up sheet outside D4.</p>
</td></tr>
<tr><td style="background:#eeeeee;font-size:12px;color:#555">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""), note="HTML newsletter: theatre address, box office line, stage door; school footer")

# C04 costume hire shop
add("clean", "costume_hire_shop_details", S("m.oconnell", "Maeve O'Connell"), [SAM, ALI],
    "Y9 Murder Mystery evening - costumes", "Wed, 26 Feb 2025 13:19:30 +0000",
    alt("""Dear parents,

Several of you have asked where to find 1920s costumes for the Year 9 murder mystery evening on Friday 21 March. Please don't feel you need to buy anything - a shirt and braces, or a plain dress with a headband and some beads, is absolutely fine, and the drama department has a rail of bits pupils can borrow.

If you would like to hire something, Curtain Call Costume Hire have offered a discount:

  Curtain Call Costume Hire
  22 Threadneedle Walk, Leeds LS2 7DJ
  0113 496 0188 / hire@curtaincall.example.com
  Open Tues-Sat 10-5. Quote EXSCH10 for 10% off.

Tickets for the evening are £5 on ParentPay and include a hot dog.

Many thanks,
Ms O'Connell
Drama
""", "_000_DB9PR06MB55AA66BB77CC88DDDB9PR06MB55AAeurp_"),
    note="costume hire shop's address, phone and e-mail; discount code")

# C05 music shop repair contact, to a pupil
add("clean", "music_shop_repair_to_pupil", S("p.hughes", "Patrick Hughes"),
    [P("22d.okoro", "David Okoro")],
    "Your trumpet", "Mon, 17 Mar 2025 10:08:43 +0000",
    plain("""David,

I had a look at your trumpet at lunch - the third valve slide is seized
and the water key cork has gone. It's not something I can fix here, it
needs a proper workshop.

Parkside Music on Clarendon Row (LS2 9JT) do repairs and they're
reasonable - last time it was about £35 for a clean and service. Ask
for Marek in the workshop. Their number is 0113 496 0234 or you can
email repairs@parksidemusic.example.com to book it in.

Until then borrow the school's silver Yamaha from the store cupboard -
sign it out in the book.

Mr Hughes
"""), note="music shop's workshop phone and e-mail; price")

# C06 ski trip: foreign hotel, tour company emergency line, PDF itinerary
add("clean", "ski_trip_italy_hotel_itinerary", S("trips", "Example School Trips"), [JANE, ALI],
    "Ski trip 2025 - final itinerary and emergency contacts", "Fri, 07 Feb 2025 14:30:00 +0000",
    multi("mixed", "_004_DB9PR06MB0A0A0B0B0C0C0D0DDB9PR06MB0A0Aeurp_", [
        alt("""Dear parents and carers,

Please find attached the final itinerary for the ski trip (Saturday 15 - Saturday 22 February).

Hotel Alpenrose, Via Dolomiti 14, 38037 Predazzo (TN), Italy
Hotel reception: +39 0462 555 217 (Italy is one hour ahead of the UK)

Summit School Tours - 24-hour emergency line: 0808 157 0642
Booking reference: ST-25-04417

During school hours the school office (01632 960000) will have daily updates from the trip staff. Pupils can use their own phones in the evenings between 8 and 9pm.

Euros: we suggest EUR 60-80 for snacks and souvenirs. Lift passes, ski hire and all meals are included.

Thank you,
Mrs Rahman-Lee
Educational Visits Coordinator
""", "_000_DB9PR06MB0A0A0B0B0C0C0D0DDB9PR06MB0A0Aeurp_"),
        attach("Ski trip 2025 itinerary.pdf", "application/pdf", pdf_stub(
            "Example School Ski Trip 2025 - Itinerary",
            ["Sat 15 Feb 04:30 depart school, 09:40 flight MAN-VRN",
             "Hotel Alpenrose, Predazzo. Tel +39 0462 555 217",
             "Sun-Fri ski school 09:30-15:30, evening activities",
             "Sat 22 Feb 16:10 flight VRN-MAN, approx 21:30 arrive school"])),
    ]), crlf=True,
    note="overseas hotel address and +39 number; tour company 0808 line; PDF stub")

# C07 exam board post-results service, candidate/centre numbers
add("clean", "exam_board_review_of_marking", S("exams", "Exams Office"),
    [P("19m.iqbal", "Maryam Iqbal")],
    "Review of marking - Chemistry Paper 2", "Tue, 27 Aug 2024 11:15:26 +0100",
    plain("""Dear Maryam,

Further to your request at results day, here are the details for a
review of marking for A level Chemistry (AQA 7405) Paper 2.

  Candidate number: 4417
  Centre number: 36512
  Component mark: 61/105 (grade boundary for A was 64)
  Fee: £48.00 - refunded if your grade changes

Because this affects your university place, we will submit it as a
priority review (deadline 27 August). The board aims to respond within
15 calendar days.

Please sign the candidate consent form at the exams office by 3pm today
- the board will not accept the request without it. Any questions, ask
for Mrs Walsh, ext. 209, or reply to exams@example-school.org.uk.

Exams Office
Example School
"""), note="exam board, candidate and centre numbers, fees, marks, extension")

# C08 council travel assistance
add("clean", "council_travel_assistance", S("t.ashworth", "Tracey Ashworth"), [JANE],
    "RE: Bus pass for September", "Thu, 11 Jul 2024 15:44:12 +0100",
    alt("""Dear Mrs Parent,

The school doesn't issue bus passes ourselves, I'm afraid - they come from the council. Because you live more than three miles from school he should qualify for free travel.

You can apply online through the council's Travel Assistance pages, or ring the Travel Assistance team on 0113 496 0477 (Monday to Friday, 9am-4pm). Their email is travelassist@leeds-council.example.org. Have his date of birth and our school name and postcode (Example School, LS1 4AP) ready.

Once approved, the pass is posted to your home address, usually within 15 working days.

Kind regards,
Tracey Ashworth
Admissions Officer

From: Jane Parent <jane.parent@gmail.com>
Sent: 11 July 2024 08:02
To: Admissions <admissions@example-school.org.uk>
Subject: Bus pass for September

Hello, how do we get a bus pass for Year 7? Thanks, Jane Parent
""", "_000_DB9PR06MB9191A2A2B3B3C4C4DB9PR06MB9191eurp_"),
    in_reply_to="<CAH1a2b3c+bus@mail.gmail.com>",
    note="council service phone and e-mail; school postcode")

# C09 school immunisation service
add("clean", "immunisation_service_consent", S("office", "Example School Office"), [SAM],
    "Year 9 immunisations - consent needed by Friday", "Mon, 13 Jan 2025 08:30:00 +0000",
    alt("""Dear Parent/Carer,

The School Aged Immunisation Service will be in school on Tuesday 28 January to give Year 9 pupils their teenage booster (Td/IPV) and MenACWY vaccines.

Please complete the online consent form by Friday 17 January, whether or not you want your child to have the vaccines:

  Consent link: https://immunisations.example-nhs.org/consent
  School code: LS136512

If you have any questions about the vaccines, please contact the immunisation team directly on 0113 496 0612 or email schoolimms@example-nhs.org. For general health questions you can also speak to the school nurse drop-in, Wednesdays at lunch in the medical room.

Thank you,
Example School Office
""", "_000_DB9PR06MB1212ABABCDCDEFEFDB9PR06MB1212eurp_"),
    note="NHS immunisation team phone/e-mail and a school code that looks numeric")

# C10 charity fundraiser, registered charity number
add("clean", "charity_hospice_sponsored_walk", S("s.greenwood", "Sarah Greenwood"),
    [JANE, SAM, ALI, P("22f.hirst", "Freya Hirst")],
    "Sponsored walk for Wharfedale Children's Hospice", "Fri, 02 May 2025 12:55:39 +0100",
    alt("""Dear families,

Our Year 8 charity committee has chosen Wharfedale Children's Hospice (registered charity no. 1123456) for this year's sponsored walk, on Friday 23 May.

The route is 8 miles from school along the canal towpath to Kirkstall Abbey and back. Pupils need trainers, a packed lunch, water and a waterproof.

Sponsor forms came home today. Money can be paid on ParentPay (item "Sponsored Walk 2025") or online via the hospice's fundraising page. If you want to find out more about the hospice, their community fundraising team is on 0113 496 0725 or fundraising@wharfedalehospice.example.org.

Last year we raised £4,312 - let's beat it!

Mrs Greenwood
Year 8 Charity Committee
""", "_000_DB9PR06MB6363ACACBDBDCECEDB9PR06MB6363eurp_"),
    note="charity number and charity fundraising contacts; money amounts")

# C11 mosque visit for RE
add("clean", "re_mosque_visit", S("y.siddiqui", "Yasmin Siddiqui"), [JANE, SAM, ALI],
    "Year 8 RE visit to Al-Noor Mosque", "Tue, 25 Feb 2025 11:31:07 +0000",
    plain("""Dear parents and carers,

As part of their unit on Islam, 8R will be visiting Al-Noor Mosque on
Wednesday 12 March, period 3 to lunch. We will walk there with staff.

  Al-Noor Mosque and Community Centre
  41 Ashville Terrace, Leeds LS6 1EX

The mosque's education officer, Brother Yusuf Patel, will show the
pupils the prayer hall and answer their questions. Girls are asked to
bring a scarf to cover their hair in the prayer hall; shoes are removed
at the entrance, so clean socks please!

The mosque welcomes families who would like to visit on their open days.
Their visits line is 0113 496 0733 and the email is
visits@alnoor-leeds.example.org.

Please return the reply slip by Friday 7 March.

Miss Siddiqui
Religious Studies
"""), note="mosque address and education officer's contacts for a visit")

# C12 gurdwara visit, to pupils
add("clean", "gurdwara_visit_pupils", S("h.sandhu", "Harpreet Sandhu"),
    [P("24a.khan", "Ayaan Khan"), P("24b.ward", "Bethany Ward"), P("24c.lewis", "Callum Lewis"),
     P("24d.mirza", "Dua Mirza"), P("24e.mensah", "Esi Mensah")],
    "Trip to the Gurdwara on Thursday", "Mon, 09 Jun 2025 14:07:33 +0100",
    alt("""Hi 7S,

Looking forward to Thursday! A few things to remember:

- We're going to the Guru Har Rai Gurdwara, Newton Vale, Leeds LS7 3HY. Coach leaves at 9.10.
- Everyone covers their head inside - bring a scarf or bandana, or borrow one from the basket at the door.
- Shoes off and hands washed before going into the Darbar Sahib (prayer hall).
- We'll be offered langar (a free vegetarian meal) - please accept it politely, even if it's just a little. Sit on the floor and eat with your right hand or a spoon.
- Back at school by 1.30.

If your parents want to ask the Gurdwara anything, the secretary's office is on 0113 496 0690.

Mr Sandhu
""", "_000_DB9PR06MB7777EEEE8888FFFFDB9PR06MB7777eurp_"),
    note="gurdwara address and secretary's office number, to pupils")

# C13 carol service at church
add("clean", "carol_service_parish_office", S("a.kettlewell", "Adrian Kettlewell"), [JANE, ALI],
    "Carol service at St Columba's", "Thu, 28 Nov 2024 09:44:18 +0000",
    plain("""Dear parents,

Our carol service this year is on Tuesday 17 December at 6.30pm at
St Columba's Church, Gledhow Crescent, Leeds LS8 5HJ. Choir and orchestra to
arrive at 5.30pm in uniform.

There is no charge but there will be a retiring collection for the
church's winter night shelter. Parking is very tight: the church has
kindly arranged for us to use the Co-op car park opposite after 6pm.

For access needs, please contact the parish office on 0113 496 0286
(Tues & Thurs mornings) or office@stcolumbasleeds.example.org.

Mr Kettlewell
Director of Choral Music
"""), note="church address, parish office number and e-mail")

# C14 university summer school, to a pupil
add("clean", "university_summer_school_outreach", S("c.bell", "Claire Bell"),
    [P("20k.mistry", "Kiran Mistry")],
    "Northern University summer school - you've got a place!", "Fri, 16 May 2025 15:02:44 +0100",
    alt("""Kiran,

Fantastic news - you've been offered a place on the Northern University residential summer school (Medicine & Life Sciences strand), 21-25 July.

Next steps:
1. Accept your place on the university portal by 30 May
2. Complete the medical and dietary form they send you
3. Let me know so I can update your UCAS reference notes

The outreach team are really helpful - if you have questions about accommodation or travel bursaries contact them on outreach@northern-uni.example.org or 0114 496 0277.

Really well deserved.

Mrs Bell
Head of Sixth Form
""", "_000_DB9PR06MB4545BCBCCDCDDEDEDB9PR06MB4545eurp_"),
    note="university outreach team's contacts, to a pupil")

# C15 careers fair, HTML table of exhibitors, CRLF
add("clean", "careers_fair_exhibitor_table", S("careers", "Careers & Employability"),
    [P("year12", "Year 12")],
    "Careers Fair - Tuesday 11 March - who's coming", "Mon, 03 Mar 2025 08:15:00 +0000",
    alt("""Careers Fair - Tuesday 11 March, 1.30-3.30pm, Sports Hall

Exhibitors and their recruitment contacts (keep these - many don't advertise their apprenticeships):

- Aire Valley Engineering Apprenticeships - apprentices@airevalley.example.com - 0113 496 0811
- Northern University (Admissions) - ug-admissions@northern-uni.example.org
- West Riding Health NHS Trust (Careers) - careers@wrhealth.example.org - 0113 496 0950
- Harewood & Partners Accountants - earlycareers@harewoodpartners.example.com
- Royal Navy recruitment - book via the careers office
- Riverside Sixth Form College - 0113 496 0888

Bring a copy of your CV if you have one. Mrs Chambers (careers adviser, ext. 226) is available all afternoon.
""", "_000_DB9PR06MB3434CDCDEFEF0101DB9PR06MB3434eurp_",
        html_body="""<html><body style="font-family:Calibri,sans-serif">
<p><b>Careers Fair - Tuesday 11 March, 1.30-3.30pm, Sports Hall</b></p>
<p>Exhibitors and their recruitment contacts (keep these - many don't advertise their apprenticeships):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>Organisation</th><th>Email</th><th>Phone</th></tr>
<tr><td>Aire Valley Engineering Apprenticeships</td><td>apprentices@airevalley.example.com</td><td>0113&nbsp;496&nbsp;0811</td></tr>
<tr><td>Northern University (Admissions)</td><td>ug-admissions@northern-uni.example.org</td><td></td></tr>
<tr><td>West Riding Health NHS Trust (Careers)</td><td>careers@wrhealth.example.org</td><td>0113&nbsp;496&nbsp;0950</td></tr>
<tr><td>Harewood &amp; Partners Accountants</td><td>earlycareers@harewoodpartners.example.com</td><td></td></tr>
<tr><td>Royal Navy recruitment</td><td colspan="2">book via the careers office</td></tr>
<tr><td>Riverside Sixth Form College</td><td></td><td>0113&nbsp;496&nbsp;0888</td></tr>
</table>
<p>Bring a copy of your CV if you have one. Mrs Chambers (careers adviser, ext. 226) is available all afternoon.</p>
</body></html>
"""), crlf=True, note="careers fair exhibitors' official contacts in an HTML table; year-group list")

# C16 Gmail-style thread, parent's own signature (mobile, home address) quoted
add("clean", "thread_parent_signature_quoted", S("l.marsh", "Lucy Marsh"), [JANE],
    "Re: Spanish exchange - host family form", "Tue, 08 Oct 2024 17:12:09 +0100",
    alt("""Hi Jane,

Thanks, that's all received and I've passed your form to Señora Ruiz at our partner school in Valencia so they can start matching.

I've also noted that you'd prefer a girl of a similar age and that you have a dog - very helpful.

Lucy Marsh
Modern Languages

On Tue, 8 Oct 2024 at 07:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Marsh,
>
> Please find our host family form attached. We have a spare room with its
> own desk so happy to host. Sorry it's late!
>
> Jane Parent
> 27 Ashgrove Mount, Leeds LS6 3QB
> 07700 900123
>
> On Mon, 30 Sep 2024 at 16:45, Lucy Marsh <l.marsh@example-school.org.uk> wrote:
>> Dear parents,
>>
>> A reminder that host family forms for the Spanish exchange are due back
>> by Friday 4 October. If you have any questions please get in touch.
>>
>> Lucy Marsh
""", "000000000000e7a1d20622b4c93f", outlook=False),
    style="tbird", in_reply_to="<CAH8f7e6d+host@mail.gmail.com>",
    note="parent's own address and mobile only in the quoted text")

# C17 parent offers WhatsApp in quote; staff keeps to official channels
add("clean", "parent_offers_whatsapp_staff_declines", S("i.qureshi", "Imran Qureshi"), [ALI],
    "RE: Coursework deadline", "Mon, 10 Mar 2025 12:26:50 +0000",
    alt("""Dear Mr Guardian,

Thank you - I'm glad the extension helps. The new deadline is Friday 21 March.

I'm afraid I can't use WhatsApp with parents, but email is always fine, and if it's urgent you can ring the school office on 01632 960000 and they'll get a message to me the same day.

Kind regards
Imran Qureshi
Teacher of Geography

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 09 March 2025 22:10
To: Imran Qureshi <i.qureshi@example-school.org.uk>
Subject: Coursework deadline

Dear Mr Qureshi,

Thank you for agreeing to the extension. Would it be easier to message me on WhatsApp? I'm on 07700 900789, I don't always see emails.

Regards,
Ali
""", "_000_DB9PR06MB40F1AA11BB22CC33DB9PR06MB40F1eurp_"),
    in_reply_to="<002b01db9136$11aa22bb$@btinternet.com>",
    note="parent's WhatsApp offer and own number quoted; staff declines and gives office number")

# C18 office confirms parent's own updated details back to them
add("clean", "office_confirms_parent_details", S("data", "Data Manager"), [SAM],
    "Contact details updated", "Wed, 04 Sep 2024 10:03:11 +0100",
    plain("""Dear Sam,

Thank you for letting us know. We have updated Tyler's record as follows:

  Priority 1 contact: Sam Carer (Carer)
  Mobile: 07700 900456
  Home address: 9 Elmfield Terrace, Leeds LS11 7DL
  Email: sam.carer@outlook.com

Please check these are correct and let us know if anything is wrong. It
is really important that we always have a working number and your current
home address in case we need to reach you during the day.

Kind regards,
Janet Kershaw
Data Manager
Example School | 01632 960000
"""), note="office confirms the carer's own mobile and home address back to them")

# C19 pupil's own personal e-mail confirmed back to pupil for UCAS
add("clean", "ucas_pupil_own_gmail_confirmed", S("c.bell", "Claire Bell"),
    [P("20k.mistry", "Kiran Mistry")],
    "UCAS - personal email address", "Tue, 17 Sep 2024 13:40:22 +0100",
    plain("""Hi Kiran,

I've checked your UCAS application. You've put kiran.mistry2007@gmail.com
as your contact email, which is fine - in fact it's better than your
school one, because universities will still be emailing you after you
leave in July. Just make sure you check it regularly, including spam.

Your UCAS Personal ID is 123-456-7890; keep a note of it, you'll need it
when you ring universities.

Mrs Bell
"""), note="pupil's own personal gmail confirmed back; UCAS ID looks phone-like")

# C20 colleague's school e-mail and extensions
add("clean", "senco_colleague_extension", S("f.adeyemi", "Femi Adeyemi"), [ALI],
    "Who to contact about the assessment", "Thu, 21 Nov 2024 16:18:27 +0000",
    alt("""Dear Mr Guardian,

I've spoken to our SENCo, Mrs Shah, and she's happy to talk through the dyslexia screening results with you. She's in school Monday to Thursday. You can email her directly at s.shah@example-school.org.uk or ring the school on 01632 960000 and ask for extension 214.

For anything about exam access arrangements, the person to speak to is Mr Tait in the exams office (ext. 209, k.tait@example-school.org.uk).

Best wishes,
Mr Adeyemi
""", "_000_DB9PR06MB5757A1A1B2B2C3C3DB9PR06MB5757eurp_"),
    note="colleagues' school e-mails and extensions")

# C21 uniform order number that looks like a mobile number
add("clean", "uniform_order_number_phone_like", S("office", "Example School Office"),
    [JANE],
    "RE: Blazer order", "Mon, 23 Sep 2024 11:50:06 +0100",
    alt("""Dear Mrs Parent,

I've been in touch with our uniform supplier about the blazer. Your order number is 0770 0900 4187 and it shows as "awaiting stock" for the 34" chest. They expect a delivery on 2 October and will post it straight out to you.

In the meantime he's fine to wear a dark jumper - we've made a note on his record so he won't be sanctioned.

Invoice ref 20240917-0113 / total £46.50 (one blazer, two ties).

Kind regards,
Reception
Example School
""", "_000_DB9PR06MB8282D4D4E5E5F6F6DB9PR06MB8282eurp_"),
    note="order and invoice numbers shaped like phone numbers")

# C22 cricket match report: scores, times, prices
add("clean", "cricket_match_report_scores", S("s.binns", "Stuart Binns"),
    [ALI, P("21r.bhatti", "Rehan Bhatti"), P("21o.walsh", "Oscar Walsh")],
    "U15 cricket - great win at Oakwood Grange", "Wed, 11 Jun 2025 19:37:51 +0100",
    plain("""Evening all,

What a game! Quick report for parents who couldn't make it:

Oakwood Grange School 147/6 (20 overs)
Example School 148/4 (18.3 overs) - won by 6 wickets

Rehan 54* off 41 balls, Oscar 3-22 off his 4 overs. Best fielding
display I've seen from this group.

Next up: semi-final v Kirkstall Vale Academy, Tuesday 17 June, 2.00pm start at
home (top field), should finish by 5.45. Teas £2.50 on the day.

Mr Binns
"""), note="scores, overs, times and prices only")

# C23 DofE expedition: grid references; school's expedition phone
add("clean", "dofe_grid_refs_expedition_phone", S("c.wainwright", "Chris Wainwright"),
    [JANE, P("22g.ellis", "Grace Ellis"), P("22h.brook", "Harvey Brook")],
    "Bronze qualifying expedition - route and checkpoints", "Thu, 12 Jun 2025 16:22:05 +0100",
    alt("""Dear parents and team 3,

Route for the qualifying expedition (Saturday 21 - Sunday 22 June), Bolton Abbey area:

Day 1: Start Bolton Abbey car park (SE 071 539) - CP1 Barden Bridge (SE 052 574) - CP2 Howgill (SE 062 591) - campsite at Appletreewick (SE 047 601)
Day 2: Campsite - CP3 Burnsall bridge (SE 032 611) - CP4 Hebden suspension bridge (SE 025 622) - finish Grassington National Park Centre car park (SE 002 637), postcode BD23 5LB

Estimated finish time is 2.30pm on the Sunday. Please collect from the Grassington car park.

During the expedition, parents can reach the supervising staff on the school's DofE expedition phone, 07700 900 800, which is carried by whoever is on duty that day. Otherwise the school's out-of-hours emergency contact is via the office answerphone (01632 960000).

Mr Wainwright
DofE Manager
""", "_000_DB9PR06MB6060DDDDEEEEFFFFDB9PR06MB6060eurp_"),
    note="grid refs, venue postcode; a school-owned expedition mobile (not personal)", unsure=True)

# C24 dance competition venue in Manchester
add("clean", "dance_competition_manchester_venue", S("j.fenwick", "Jade Fenwick"),
    [JANE, P("23s.barker", "Summer Barker"), P("23n.ahmed", "Noor Ahmed")],
    "Dance Live North heats - Saturday 8 March", "Mon, 03 Mar 2025 17:00:12 +0000",
    alt("""Dear dancers and parents,

Details for Saturday's heats:

Venue: Ardwick Arena, Hyde Road, Manchester M12 6AP
Coach: leaves school at 7.15am, back approx. 7pm
Performance slot: 13:40 (we're act 22 of 30)
Results: announced at about 17:30

Audience tickets are £12 (£8 under 16s) from the venue box office, 0161 496 0735, or on the door. Parking at the arena is £6 for the day.

Costumes are packed and will travel on the coach. Please send dancers in black leggings and their team hoodie, hair in a high bun, no make-up - we'll do it there.

Miss Fenwick
""", "_000_DB9PR06MB3A3A9999AAAABBBBDB9PR06MB3A3Aeurp_"),
    note="venue address/postcode and box office number; times and prices")

# C25 department's official Instagram, to pupils
add("clean", "pe_official_instagram_account", S("pe", "PE Department"),
    [P("year10", "Year 10"), P("year11", "Year 11")],
    "Fixtures and results - where to find them", "Tue, 10 Sep 2024 09:12:44 +0100",
    plain("""Hi all,

From this year all fixtures, team sheets and results will be posted on
the PE department's official Instagram, @ExampleSchoolPE, and on the
school website (Sport > Fixtures).

The account is run by the department. We never follow pupils back or
reply to DMs - if you need to ask about a fixture, see your coach or
email pe@example-school.org.uk.

Trials for netball, football and badminton start next week - lists on
the noticeboard outside the changing rooms.

PE Department
"""), note="school department's official Instagram handle; pupils")

# C26 e-safety advice naming apps, to parents
add("clean", "esafety_advice_naming_apps", S("dsl", "Safeguarding Team"), [JANE, SAM, ALI],
    "Online safety: a few things to check over the holidays", "Fri, 20 Dec 2024 11:00:00 +0000",
    html_only("""<html><body style="font-family:Arial,sans-serif;font-size:14px;line-height:1.4">
<p>Dear parents and carers,</p>
<p>Many young people will get new phones, tablets or consoles this Christmas. A few things worth checking together:</p>
<ul>
<li><b>Snapchat</b> &ndash; turn on Ghost Mode so Snap Map doesn't show their location to friends.</li>
<li><b>WhatsApp</b> &ndash; set &ldquo;Who can add me to groups&rdquo; to <i>My contacts</i>. Large year-group chats are where most of the unkind messages we deal with start.</li>
<li><b>TikTok and Instagram</b> &ndash; accounts for under-16s should be private. Check who can comment and send direct messages.</li>
<li><b>Discord and Roblox</b> &ndash; check who can send friend requests and direct messages; turn off DMs from server members they don't know.</li>
<li><b>Telegram and Signal</b> &ndash; disappearing messages can make it very hard to report bullying. Screenshot first.</li>
</ul>
<p>Remember that no member of staff will ever ask your child to add them on social media, message them on WhatsApp or Snapchat, or give them a personal phone number. If that ever happens, please tell us straight away.</p>
<p>Useful guides are on the school website under Parents &gt; Online Safety. If you have a concern over the holidays, contact the police on 101, or 999 in an emergency.</p>
<p>Merry Christmas,<br>The Safeguarding Team<br>Example School &middot; 01632 960000</p>
</body></html>
"""), note="e-safety advice naming many private-channel apps; no personal details")

# C27 staff-only: colleague shares own mobile
add("clean", "staff_only_minibus_text_me", S("c.rigby", "Callum Rigby"),
    [S("k.doyle", "Kieran Doyle"), S("l.cawthorne", "Leanne Cawthorne")],
    "Minibus tomorrow", "Tue, 05 Nov 2024 21:30:26 +0000",
    plain("""Both,

I've got the big minibus for the Y9s tomorrow but it's low on diesel -
whoever gets it back first can you fill it up on the fuel card.

If you're running late back text me on 07700 900 312 and I'll keep the
gate open. My school phone's dead so don't bother with Teams.

Cal
"""), style="apple", note="staff-only mail with a personal mobile (check doesn't apply)")

# C28 staff-only: home address for end-of-term do
add("clean", "staff_only_home_address_party", S("r.pryce", "Rhiannon Pryce"),
    [S("m.oconnell", "Maeve O'Connell"), S("p.hughes", "Patrick Hughes"),
     S("j.fenwick", "Jade Fenwick"), S("a.kettlewell", "Adrian Kettlewell")],
    "End of show drinks - Saturday", "Mon, 16 Dec 2024 12:05:43 +0000",
    alt("""Hi all,

Thank you for everything on Into the Woods - it was the best show we've done.

Drinks and food at mine on Saturday from 7pm: 14 Hawthorn Grove, Headingley, LS6 2QT. Bring a bottle, partners very welcome. If you get lost ring me on 07700900418.

R x
""", "_000_DB9PR06MB7421D0D0E1E1F2F2DB9PR06MB7421eurp_"),
    note="staff-only invite with home address and mobile (check doesn't apply)")

# C29 staff-only: collection with a personal gmail in Reply-To
add("clean", "staff_only_collection_personal_replyto", S("s.greenwood", "Sarah Greenwood"),
    [S("allstaff", "All Staff")],
    "Collection for Bev", "Wed, 09 Jul 2025 08:05:10 +0100",
    plain("""Morning all,

As most of you know, Bev is retiring at the end of term after 31 years.
There's a card in the staffroom and a collection tin in the office.

If you'd prefer to transfer money, please email me at my home address
(it's in the Reply-To so just reply) so Bev doesn't see it on the shared
calendar - she's nosy!

Sarah
"""), reply_to=("Sarah Greenwood", "sarahgreenwood1975@yahoo.co.uk"),
    note="staff-only mail with personal yahoo Reply-To (check doesn't apply)")

# C30 external supplier, not a parent or pupil: own mobile given
add("clean", "coach_company_own_mobile_not_parent", S("i.qureshi", "Imran Qureshi"),
    [("Bookings", "bookings@dalesway-coaches.example.com")],
    "RE: Booking DW-24-1187 - Malham 4 October", "Wed, 25 Sep 2024 09:36:41 +0100",
    alt("""Hi Karen,

Thanks for the confirmation. Pick up at 07:45 from the bus bay on Park Row, please - the driver can pull in at the second gate (LS1 4AP).

On the day my mobile is 07700 900 561 if the driver needs me. We'll be 52 pupils and 5 staff.

Thanks,
Imran Qureshi
Trips Coordinator
""", "_000_DB9PR06MB40F1DDEEFF001122DB9PR06MB40F1eurp_"),
    note="own mobile to a coach company - no parent or pupil recipient")

# C31 own mobile to a webmail address that is not in the parent directory
add("clean", "unknown_webmail_not_in_directory", S("k.doyle", "Kieran Doyle"),
    [("M Hussain", "m.hussain.family@hotmail.co.uk")],
    "Re: Football boots", "Thu, 07 Nov 2024 18:14:09 +0000",
    plain("""Hi,

No problem at all, we've got a box of spare boots in the PE office -
I'll find him a size 6 for Wednesday.

If it's easier, give me a ring on 07700 900 667 after 4 and we can sort
out sizes.

Mr Doyle
"""), note="own mobile sent to a webmail address that is not one of the known parents",
    unsure=True)

# C32 teacher declines to give personal number; quoted request
add("clean", "declines_personal_number_request", S("m.ahmed", "Mariam Ahmed"), [JANE],
    "RE: Could I have your number?", "Fri, 14 Mar 2025 12:41:36 +0000",
    alt("""Dear Mrs Parent,

Thank you for your message, and I completely understand why a quick phone call would be easier.

I'm afraid staff aren't allowed to give out personal mobile numbers or use personal phones to contact parents - it's a school policy that protects everyone. The best way to reach me is this email address, m.ahmed@example-school.org.uk, which I check every day, or you can ring the school office on 01632 960000 and leave a message and I'll call you back from school, usually the same day.

I'm free period 5 on Monday if you'd like me to ring you then?

Kind regards,
Miss Ahmed
Maths

From: Jane Parent <jane.parent@gmail.com>
Sent: 13 March 2025 20:58
To: Mariam Ahmed <m.ahmed@example-school.org.uk>
Subject: Could I have your number?

Hi Miss Ahmed, would it be possible to have your mobile number so I can text you about his maths homework? I'm never near a computer during the day. My number is 07700 900123. Thanks, Jane
""", "_000_DB9PR06MB2020A0A0B1B1C2C2DB9PR06MB2020eurp_"),
    in_reply_to="<CAH44dd55+num@mail.gmail.com>",
    note="staff refuses to give personal mobile; school e-mail and office number only")

# C33 declining a Facebook friend request
add("clean", "declines_facebook_friend_request", S("h.featherstone", "Helen Featherstone"),
    [ALI],
    "Facebook", "Mon, 20 Jan 2025 16:27:45 +0000",
    plain("""Dear Mr Guardian,

I noticed a friend request from you on Facebook over the weekend. Please
don't take it personally, but I don't accept requests from parents or
pupils - it's something all staff are asked to do, and I keep my own
accounts completely separate from school.

I'm always happy to hear from you by email, or through the school office.

Kind regards,
Mrs Featherstone
"""), note="staff declines a Facebook friend request; no details given")

# C34 parent's WhatsApp group invite quoted; staff declines
add("clean", "parent_whatsapp_invite_quoted_declined", S("g.thorne-ridley", "Gemma Thorne-Ridley"),
    [SAM],
    "Re: 7GT parents' WhatsApp", "Tue, 01 Oct 2024 19:56:23 +0100",
    alt("""Hi Sam,

That's really kind of you to think of me, and it sounds like a great group! But I'm not able to join parents' WhatsApp groups - we keep all our contact with families through school email and the office, so everything is on record.

If anything comes up in the group that you think I should know about (lost property, worries about the homework, anything like that), please just email me and I'll pick it up.

Thanks again,
Gemma Thorne-Ridley
Head of Year 7

On Tue, 1 Oct 2024 at 18:33, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Miss Thorne-Ridley
>
> A few of us have set up a WhatsApp for the 7GT parents. Would you like to
> join? Here is the link: https://chat.whatsapp.com/Lm4Rt9QxW2vB0cZpE7nYkA
>
> Thanks
> Sam
""", "000000000000c1f8a30622b1a7d2", outlook=False),
    style="tbird", in_reply_to="<PAXP195MB7c7c@PAXP195MB7c7c.EURP195.PROD.OUTLOOK.COM>",
    note="parent's WhatsApp invite link only in quoted text; staff declines")

# C35 Paris trip, RFC 2047 subject, foreign hotel
add("clean", "paris_trip_hotel_rfc2047", S("l.marsh", "Lucy Marsh"),
    [JANE, P("23p.one", "Example Pupil One")],
    "Voyage à Paris – dernières informations", "Wed, 09 Apr 2025 14:18:02 +0100",
    alt("""Dear parents and pupils,

Bientôt le départ! Final details for the Year 9 Paris trip (Monday 28 April - Thursday 1 May):

Hôtel Lumière, 12 rue des Fleurs, 75011 Paris, France - tél. +33 1 43 55 01 23
Eurostar ES 9014 from London St Pancras, 08:01, arriving Paris Gare du Nord 11:20 (local time, +1 hour).
Coach to London leaves school at 02:30 on Monday.

Please bring: passport (check the expiry date!), GHIC card, €30-50 spending money in cash, a packed lunch for the train.

Visits: Louvre, Montmartre and the Sacré-Cœur, a Seine boat trip and a morning at a French collège in the 11e.

If there is an emergency out of hours, the tour company's duty line is 0808 157 0219.

À bientôt,
Miss Marsh
""", "_000_DB9PR06MB8A8A1B1B2C2C3D3DDB9PR06MB8A8Aeurp_"),
    note="RFC 2047 subject; Paris hotel +33 number, train times, tour company line")

# C36 music tour to Mallorca
add("clean", "music_tour_mallorca_hotel_venues", S("p.hughes", "Patrick Hughes"),
    [ALI, SAM],
    "Concert tour to Mallorca - contacts for while we're away", "Thu, 10 Jul 2025 10:44:29 +0100",
    plain("""Dear parents,

As promised, here are the contact details for the concert tour
(Sunday 20 - Friday 25 July):

Accommodation
  Hotel Son Verí, Carrer de la Mar 8, 07600 S'Arenal, Mallorca
  Reception (24h): +34 971 555 014

Concerts
  Tue 22 July 20:00 - Plaça Major, Pollença (outdoor)
  Thu 24 July 19:30 - Parish church of Sant Jaume, Alcúdia

Tour company: Crescendo Music Tours, 24-hour emergency line
0808 157 0377, booking ref CMT/25/0893.

Please remember that Spain is one hour ahead of the UK, so a 20:00
concert is 7pm at home. We'll post videos on the school's official
Facebook page each evening.

Mr Hughes
Head of Music
""", cte="quoted-printable"), crlf=True,
    note="Spanish hotel and concert venues, +34 number, tour company line and ref")

# C37 music grade exam at an external public centre
add("clean", "graded_exam_external_centre", S("c.illingworth", "Catherine Illingworth"), [SAM],
    "Grade 5 violin - exam details", "Tue, 04 Mar 2025 13:26:58 +0000",
    alt("""Dear Sam,

The exam board has sent through Tyler's Grade 5 violin exam details:

  Date: Wednesday 26 March
  Time: 15:52 (please arrive by 15:30)
  Venue: Clarendon Hall public exam centre, 5 Tenter Row, Leeds LS2 8NE
  Candidate number: 027

The accompanist, Mrs Booth, will meet him there for a quick warm-up at 15:35. Please bring the pieces and the exam appointment slip (attached to the confirmation email from the board, reference EX-4496-0207).

Good luck to him - he's playing the Vivaldi beautifully.

Mrs Illingworth
Strings
""", "_000_DB9PR06MB1C1C9090A1A1B2B2DB9PR06MB1C1Ceurp_"),
    note="external exam venue and postcode, candidate number, reference with 4496 in it")

# C38 council child performance licence
add("clean", "child_performance_licence_council", S("r.pryce", "Rhiannon Pryce"), [JANE],
    "Panto - performance licence and absence", "Mon, 21 Oct 2024 10:52:37 +0100",
    alt("""Dear Mrs Parent,

Congratulations again on her being cast in the Grand Civic Theatre pantomime - she's thrilled, and so are we.

Because she'll miss some school days for matinees, the theatre needs a child performance licence from the council. The theatre's production office usually handles the application, but the school has to sign the absence section - please send it to the attendance office when you have it, and we'll turn it round within two days.

If you have questions about the licence itself, the council's Child Employment and Entertainment team are on 0113 496 0566 or childemployment@leeds-council.example.org. The theatre's children's coordinator is at chaperones@grandcivic.example.com.

Rehearsals clashing with her GCSE drama practical (Tuesday 19 November) is the one thing we'll need to work around.

Best wishes,
Miss Pryce
Head of Drama
""", "_000_DB9PR06MB7421E0E0F1F1A2A2DB9PR06MB7421eurp_"),
    note="council licensing team and theatre's official contacts")

# C39 sixth-form partnership college contact, to pupil
add("clean", "partnership_college_coordinator", S("c.bell", "Claire Bell"),
    [P("21y.begum", "Yusra Begum")],
    "Psychology at Northgate - timetable and contact", "Wed, 04 Sep 2024 15:10:50 +0100",
    plain("""Hi Yusra,

You're all set for A level Psychology through the partnership. Your
lessons at Northgate College are Tuesday P3-4 and Thursday P1-2. The
partnership shuttle bus leaves our front gate at 10.50 on Tuesdays and
8.25 on Thursdays; it's free, just show your lanyard.

Your contact at Northgate is Harjit Kaur, the Partnership Coordinator:
h.kaur@northgate-college.example.org, 0113 496 0871 (reception, ask for
Sixth Form). Northgate College, Cross Flatts Road, Leeds LS11 7BX.

Attendance at Northgate is recorded and shared with us each week.

Mrs Bell
Head of Sixth Form
"""), note="partner college coordinator's work e-mail and reception number, to pupil")

# C40 work experience employer contact, to pupil and parent
add("clean", "work_experience_employer_contact", S("careers", "Careers & Employability"),
    [P("21e.holmes", "Ethan Holmes"), ALI],
    "Work experience placement confirmed - Brightwell Motors", "Thu, 08 May 2025 11:22:18 +0100",
    alt("""Dear Ethan and Mr Guardian,

Ethan's work experience placement for 30 June - 4 July is confirmed:

Brightwell Motors Ltd, Unit 4, Stourton Trade Park, Leeds LS10 1SR
Supervisor: Dave Fenton, Workshop Manager
Phone: 0113 496 0624 (main line) / dave.fenton@brightwellmotors.example.com
Hours: 8.30am - 4.00pm, 30 minutes for lunch
Dress: steel toe-capped boots (provided), old trousers

Please ring Dave the week before to introduce yourself - it makes a great first impression.

Health and safety checks were completed on 2 May. If there are any problems during the week, contact the school on 01632 960000 and ask for the careers office (ext. 226).

Careers & Employability
""", "_000_DB9PR06MB3434E1E1F2F2A3A3DB9PR06MB3434eurp_"),
    note="employer's address, supervisor's work phone and e-mail")

# C41 parents' evening booking and Teams link
add("clean", "parents_evening_teams_booking", S("office", "Example School Office"), [JANE, SAM, ALI],
    "Year 10 Parents' Evening - Thursday 6 February", "Mon, 20 Jan 2025 07:45:00 +0000",
    alt("""Dear Parent/Carer,

Year 10 Parents' Evening will take place on Thursday 6 February, 4.00pm - 7.00pm, in the Main Hall at Example School, Park Row, Leeds LS1 4AP.

Appointments are 5 minutes each and can be booked online from 9am on Monday 27 January:
https://bookings.example.com/exampleschool/y10-feb25

If you cannot attend in person, you can choose a video appointment instead; the link will be emailed to you the day before. These run on Microsoft Teams - no account is needed.

Parking is available on the staff car park from 3.45pm. If you have difficulty booking, please ring the office on 01632 960000 (option 1).

Thank you
""", "_000_DB9PR06MB1111A0A0B1B1C2C2DB9PR06MB1111eurp_"),
    note="school address, booking link, office number with option")

# C42 HTML signature table with only official details, +44 form of school number
add("clean", "html_sig_table_official_only", S("e.barraclough", "Emma Barraclough"), [SAM],
    "Science homework - Tyler", "Wed, 12 Feb 2025 15:33:40 +0000",
    alt("""Dear Sam,

Just a quick one - Tyler hasn't handed in his last two science homeworks (the energy transfers worksheet and the Seneca assignment on particle model). He's done really well in class so I don't want him to lose marks for the sake of it.

Both are on Google Classroom; if he can get them in by Monday that's fine.

Thanks,
Emma Barraclough
Teacher of Science
Example School, Park Row, Leeds LS1 4AP
T: +44 (0)1632 960000 ext. 231
E: e.barraclough@example-school.org.uk
X: @ExampleSchoolSci
""", "_000_DB9PR06MB5D5DA6A6B7B7C8C8DB9PR06MB5D5Deurp_", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sam,</p>
<p>Just a quick one - Tyler hasn't handed in his last two science homeworks (the energy transfers worksheet and the Seneca assignment on particle model). He's done really well in class so I don't want him to lose marks for the sake of it.</p>
<p>Both are on Google Classroom; if he can get them in by Monday that's fine.</p>
<p>Thanks,</p>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#333">
<tr><td style="border-right:2px solid #0b6e4f;padding-right:10px"><img src="cid:image001.png@01DB7D5F.1A2B3C40" width="60" alt="Example School crest"></td>
<td style="padding-left:10px"><b style="color:#0b6e4f;font-size:11pt">Emma Barraclough</b><br>Teacher of Science<br>Example School, Park Row, Leeds LS1&nbsp;4AP<br>
<b>T:</b> +44&nbsp;(0)1632&nbsp;<span>960000</span> ext.&nbsp;231<br>
<b>E:</b> <a href="mailto:e.barraclough@example-school.org.uk">e.barraclough@example-school.org.uk</a><br>
<b>X:</b> <a href="https://x.com/ExampleSchoolSci">@ExampleSchoolSci</a></td></tr>
</table>
</body></html>
"""), note="signature table with school number in +44 form, extension, school e-mail and dept X account")

# C43 show tickets via official online shop
add("clean", "show_tickets_school_box_office", S("m.oconnell", "Maeve O'Connell"),
    [JANE, ALI],
    "Annie - tickets on sale now!", "Mon, 10 Feb 2025 08:30:00 +0000",
    alt("""Dear families,

Tickets for our spring musical, Annie, are now on sale!

  Wednesday 19, Thursday 20 and Friday 21 March, 7.00pm
  Saturday 22 March matinee, 2.00pm
  Adults £8, concessions £5, family ticket (2+2) £22

Book online at tickets.example.com/exampleschool - you can choose your seats. If you'd rather pay by cash, the school box office is open at lunchtimes in the main reception from 24 February, or ring reception on 01632 960000 ext. 200.

All performances are in the main hall. Refreshments in the interval from the Year 12 Charity Committee.

Ms O'Connell
Drama
""", "_000_DB9PR06MB55AAB0B0C1C1D2D2DB9PR06MB55AAeurp_"),
    note="official ticketing, school box office extension; prices and dates")

# C44 PCSO talk, police non-emergency
add("clean", "pcso_talk_police_contacts", S("dsl", "Safeguarding Team"), [JANE, SAM],
    "Year 8 - online safety talk from our PCSO", "Thu, 06 Feb 2025 13:13:13 +0000",
    plain("""Dear parents and carers,

On Tuesday 11 February (Safer Internet Day), PCSO Karen Hartley from the
local neighbourhood policing team will talk to Year 8 about sharing images,
group chats and what the law says.

She will also be in the main reception from 3.15 to 4.00pm that day if
any parents would like a chat.

If you need to report something to the police that is not an emergency,
call 101 or use the online reporting form on the police website. In an
emergency always call 999. Concerns about a child's safety can also be
reported to the council's children's services duty team on
0113 496 0250 (out of hours 0113 496 0251).

Safeguarding Team
"""), note="police and children's services numbers; no personal details")

# C45 wellbeing support helplines, to a pupil
add("clean", "wellbeing_helplines_to_pupil", S("n.rahman", "Nadia Rahman"),
    [P("22m.dobson", "Megan Dobson")],
    "Following up from today", "Mon, 24 Mar 2025 15:40:07 +0000",
    plain("""Hi Megan,

Thanks for talking to me today. Like I said, you can come and find me
in S12 any lunchtime, or email me here at school.

Some places you can get support out of school, any time:

  - Northern Lights Youth Line (free, 24/7): 0808 157 0460
  - Text SHOUT to the number on the card I gave you
  - The online counselling service we use in school - log in with your
    school account, no one else sees it

If you ever feel unsafe, call 999.

Miss Rahman
Learning Mentor
"""), note="charity helplines and official in-school contact; to pupil")

# C46 holiday activities programme with booking code
add("clean", "holiday_activities_booking_code", S("office", "Example School Office"), [SAM],
    "Free holiday activities this Easter", "Thu, 27 Mar 2025 12:00:00 +0000",
    alt("""Dear Sam,

As Tyler is eligible for free school meals, he can book free places on the council's Holiday Activities and Food programme this Easter - sports camps, drama, cooking and more, with a hot lunch every day.

Your family's booking code is HAF-25-7700-9001. Book at haf.leeds-council.example.org or call the HAF helpline on 0113 496 0488 (Mon-Fri 9-5).

Places go quickly - the drama camp at the Civic Theatre filled up in two days last summer.

Kind regards
Example School Office
""", "_000_DB9PR06MB1111C3C3D4D4E5E5DB9PR06MB1111eurp_"),
    note="council scheme; booking code containing 7700-9001")

# C47 free school meals application
add("clean", "fsm_application_council_team", S("t.ashworth", "Tracey Ashworth"), [ALI],
    "RE: Free school meals", "Tue, 17 Sep 2024 09:58:33 +0100",
    alt("""Dear Mr Guardian,

Thank you for asking - I know it's not always an easy thing to do.

Free school meals are assessed by the council's Welfare Benefits team rather than by school. You can apply online (you'll need your National Insurance number) or the team can help you over the phone on 0113 496 0399. Once they confirm, it comes through to us automatically and we'll add the credit to her account - usually within a week.

In the meantime, please don't worry about her lunch; I've spoken to the kitchen.

Kind regards,
Tracey Ashworth
Admissions & Family Support

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 September 2024 21:17
To: Admissions <admissions@example-school.org.uk>
Subject: Free school meals

Hi, I have just been made redundant and wondered if my daughter can get free dinners. Who do I speak to?
Ali Guardian
""", "_000_DB9PR06MB9191D1D1E2E2F3F3DB9PR06MB9191eurp_"),
    in_reply_to="<001a01db0870$9d8e7f60$@btinternet.com>",
    note="council benefits team number; parent's mail quoted")

# C48 swimming gala at a leisure centre
add("clean", "swimming_gala_venue_lanes", S("a.begum", "Aisha Begum"),
    [P("22t.nwosu", "Temi Nwosu"), P("23h.clarke", "Holly Clarke"), JANE],
    "City Schools Swimming Gala - Thursday", "Mon, 27 Jan 2025 16:45:55 +0000",
    plain("""Hi all,

City Schools Gala, Thursday 30 January:

  Venue: Aireside Aquatics Centre, Waterloo Quay, Leeds LS10 1PJ
  Warm-up: 17:15 - 17:40 (lanes 5-6)
  Gala starts: 18:00, finishes about 20:30
  Spectators: £2 on the door, gallery seating

Events:
  Temi - 50m free (heat 2, lane 4), 4x50m medley relay (back)
  Holly - 100m breaststroke (heat 1, lane 3), 4x50m medley relay (breast)

Minibus leaves school at 16:30. Parents collecting from the venue
please sign out with me at the poolside exit.

Miss Begum
"""), note="leisure centre address/postcode, lanes, heats, times, prices")

# C49 German exchange: host family address and phone abroad
add("clean", "german_exchange_host_family", S("m.schneider", "Martina Schneider"),
    [JANE, P("23p.one", "Example Pupil One")],
    "Cologne exchange - your host family", "Fri, 14 Feb 2025 15:20:16 +0000",
    alt("""Dear Mrs Parent,

I'm pleased to tell you about your host family for the Cologne exchange (Monday 24 - Saturday 29 March):

  Familie Becker (Jana, Markus, and their son Leon, 14)
  Lindenstraße 112, 50674 Köln, Germany
  Tel. +49 221 5550 183
  E-mail: familie.becker@example.net

Leon is in Year 9 at the Heinrich-Böll-Gymnasium, our partner school, and he plays the trumpet and football. The Beckers have a cat, which I know you mentioned was fine.

The partner school's exchange coordinator is Frau Hoffmann, hoffmann@hbg-koeln.example.org. Do feel free to email the family to say hello before the trip.

Viele Grüße,
Frau Schneider
Modern Languages
""", "_000_DB9PR06MB6A6AB7B7C8C8D9D9DB9PR06MB6A6Aeurp_"),
    crlf=True, note="host family's German address/phone and partner school contact")

# C50 interpreting service booked, multi-level Outlook thread
add("clean", "interpreter_booked_outlook_thread", S("s.doherty", "Siobhán Doherty"), [ALI],
    "RE: Parents' evening - interpreter", "Tue, 28 Jan 2025 11:04:39 +0000",
    alt("""Dear Mr Guardian,

I've booked an Urdu interpreter through the council's Interpreting and Translation Service for your wife for parents' evening on Thursday 6 February. The interpreter's name is Mrs Rukhsana Iqbal and she will meet you in the main reception at 4.50pm. Your appointments are 5.00, 5.10 and 5.20.

If you need to change anything, the service's booking reference is ITS-250128-0447 and their number is 0113 496 0702 - or just email me.

Best wishes,
Siobhán Doherty
Pastoral Lead, KS4

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 27 January 2025 19:30
To: Siobhán Doherty <s.doherty@example-school.org.uk>
Subject: RE: Parents' evening - interpreter

Yes please, Urdu. Thank you very much.
Ali

From: Siobhán Doherty <s.doherty@example-school.org.uk>
Sent: 27 January 2025 14:02
To: Ali Guardian <ali.guardian@btinternet.com>
Subject: Parents' evening - interpreter

Dear Mr Guardian,

You mentioned at the last review that your wife would like to come to parents' evening. Would it help if we booked an interpreter? If so, which language?

Best wishes,
Siobhán Doherty
""", "_000_DB9PR06MB2B2BE8E8F9F9A0A0DB9PR06MB2B2Beurp_"),
    in_reply_to="<004c01db70d5$2b3c4d5e$@btinternet.com>",
    note="council interpreting service and booking ref; three-level Outlook thread")

# C51 SENDIASS advice service
add("clean", "sendiass_advice_service", S("s.shah", "Sunita Shah"), [JANE],
    "EHC needs assessment - independent advice", "Wed, 05 Mar 2025 16:16:16 +0000",
    alt("""Dear Mrs Parent,

Following our meeting, I've now submitted the request for an Education, Health and Care needs assessment. The council has 6 weeks to decide whether to assess; I'll let you know as soon as we hear.

You might find it useful to talk to SENDIASS, the free, impartial information and advice service for families. They can explain the process and even come to meetings with you. Helpline 0113 496 0355, sendiass@leeds-council.example.org.

The council's SEN caseworker for our area is Mr Paul Jagger (paul.jagger@leeds-council.example.org).

Kind regards,
Mrs Shah
SENCo
""", "_000_DB9PR06MB4B4BC5C5D6D6E7E7DB9PR06MB4B4Beurp_"),
    note="SENDIASS helpline and council caseworker's work e-mail")

# C52 class codes and online platforms, to pupils
add("clean", "class_codes_to_pupils", S("e.barraclough", "Emma Barraclough"),
    [P("10x2", "10X2 Science")],
    "Google Classroom & Seneca codes", "Thu, 05 Sep 2024 14:44:44 +0100",
    plain("""Hi 10X2,

Welcome to GCSE Combined Science! Please join these today:

  Google Classroom: class code 7xk2mqp
  Seneca: join class with code hq4rz9tv
  Tassomai: you'll get an email invite to your school account

Homework is set every Wednesday and due the following Tuesday.

If you can't log in, email me at e.barraclough@example-school.org.uk or
see IT support in the library (log a ticket at helpdesk.example-school.org.uk).

Miss Barraclough
"""), note="class join codes that look like handles; official platforms")

# C53 school text messaging service
add("clean", "school_text_messaging_service", S("office", "Example School Office"),
    [JANE, SAM, ALI],
    "Change to how we send text messages", "Tue, 03 Sep 2024 08:00:00 +0100",
    alt("""Dear Parent/Carer,

From this term, texts from the school will come from "ExSchool" rather than a mobile number. This is our official messaging service and it is the only way the school will text you.

Please don't reply to the texts - replies aren't read. If you need to contact us, ring the office on 01632 960000 or email office@example-school.org.uk.

Please make sure we have your current mobile number. You can check it on the parent app under My Details.

Thank you
""", "_000_DB9PR06MB1111F6F6A7A7B8B8DB9PR06MB1111eurp_"),
    note="official school texting service; 'text' wording without personal details")

# C54 vCard of the school office
VCARD_C54 = """BEGIN:VCARD
VERSION:3.0
N:;Example School Office;;;
FN:Example School Office
ORG:Example School
TEL;TYPE=WORK,VOICE:01632 960000
EMAIL;TYPE=INTERNET,WORK:office@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk
END:VCARD
""".replace("\n", "\r\n")
add("clean", "school_office_vcard", S("office", "Example School Office"), [JANE],
    "Our contact details", "Wed, 04 Sep 2024 09:30:00 +0100",
    multi("mixed", "_004_DB9PR06MB1111090901010202DB9PR06MB1111eurp_", [
        alt("""Dear Mrs Parent,

Welcome to Example School! As requested, I've attached the school office's contact card so you can save it to your phone. The absence line is the same number, option 1, before 8.30am.

Kind regards
Example School Office
""", "_000_DB9PR06MB1111090901010202DB9PR06MB1111eurp_"),
        attach("Example School Office.vcf", "text/x-vcard", VCARD_C54.encode()),
    ]),
    note="vCard attachment with only the school's official details")

# C55 .ics invite to an away fixture
ICS_C55 = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000R7C55FIXTURE
DTSTAMP:20250305T120000Z
DTSTART;TZID=Europe/London:20250312T153000
DTEND;TZID=Europe/London:20250312T173000
SUMMARY:U14 Girls Football v Kirkstall Vale Academy (A)
LOCATION:Kirkstall Vale Academy\\, Vale Road\\, Leeds LS5 3QR - Pitch 2
DESCRIPTION:Minibus leaves 14:30 from sports hall. Back approx 18:15.\\nKit:
  school away kit\\, shin pads\\, water.
ORGANIZER;CN=PE Department:mailto:pe@example-school.org.uk
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
add("clean", "ics_away_fixture_invite", S("l.cawthorne", "Leanne Cawthorne"),
    [P("23k.osei", "Kezia Osei"), P("23m.fraser", "Millie Fraser"), P("24l.rahman", "Layla Rahman")],
    "U14 girls v Kirkstall Vale (away) - Wed 12 March", "Wed, 05 Mar 2025 12:00:00 +0000",
    multi("mixed", "_005_DB9PR06MB12AA0303ABAB0404DB9PR06MB12AAeurp_", [
        plain("""Hi all,

Calendar invite attached for next Wednesday's away fixture - please add
it so you don't forget. Minibus leaves 2.30 from the sports hall.

Miss Cawthorne
"""),
        attach("invite.ics", "text/calendar", ICS_C55.encode(), cte="base64"),
    ]),
    note="calendar invite with away venue address and times")

# C56 forwarded club mail with welfare officer's club contacts
add("clean", "forward_club_welfare_officer", S("a.begum", "Aisha Begum"), [SAM],
    "FW: Kirkgate Harriers junior section - taster sessions", "Tue, 22 Apr 2025 10:31:12 +0100",
    alt("""Hi Sam,

Tyler mentioned he'd like to keep running over the summer when school training stops. Kirkgate Harriers sent us this - they're a really welcoming club and several of our pupils train there. Their details are all below.

Miss Begum
PE

-----Original Message-----
From: Junior Section <juniors@kirkgateharriers.example.org>
Sent: 17 April 2025 19:02
To: PE Department <pe@example-school.org.uk>
Subject: Kirkgate Harriers junior section - taster sessions

Hello,

We are running free taster sessions for 11-16 year olds on Tuesday evenings in May, 6.00-7.15pm at Crossgates Athletics Track, Track Lane, Leeds LS15 8AB.

Parents can book at kirkgateharriers.example.org/juniors or contact our club welfare officer, Diane Oduya, at welfare@kirkgateharriers.example.org or on the club welfare line 0113 496 0529.

Annual junior membership is £45 (England Athletics registration included).

Kirkgate Harriers AC
""", "_000_DB9PR06MB2222C0C0D1D1E2E2DB9PR06MB2222eurp_"),
    note="forwarded club mail: club welfare officer's official contacts")

# C57 staff-only safeguarding exchange with a mobile number
add("clean", "staff_only_dsl_weekend_contact", S("r.holroyd", "Ryan Holroyd"),
    [S("dsl", "Designated Safeguarding Lead")], "RE: Tyler C - weekend",
    "Fri, 14 Mar 2025 16:50:42 +0000",
    plain("""Hi,

Logged on CPOMS. Mum's partner was at the gate again today; Tyler was
collected by Sam as planned and seemed fine.

I'm on duty rota this weekend so if the police or social care call,
my mobile is 07700 900 902 - happy to be rung.

Ryan
"""), note="staff-only safeguarding mail with staff mobile (check doesn't apply)")

# C58 HTML newsletter with the school's official socials and PTA group
add("clean", "newsletter_official_socials_pta", S("newsletter", "Example School"),
    [JANE, SAM, ALI],
    "Example School Newsletter - Summer Term, Issue 3", "Fri, 13 Jun 2025 15:30:00 +0100",
    html_only("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter</title></head>
<body style="margin:0;padding:0;background:#eef2f6;font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="620" cellspacing="0" cellpadding="14" style="background:#fff">
<tr><td style="background:#1f3864;color:#fff"><h1 style="margin:0;font-size:20px">Example School Newsletter</h1>Summer Term 2025 &middot; Issue 3</td></tr>
<tr><td>
<h2 style="font-size:16px;color:#1f3864">Sports Day</h2>
<p>Sports Day is on <b>Wednesday 2 July</b> at Middleton Grange Stadium, Stadium Way, Leeds LS11 5DJ). Coaches leave school from 8.45am. Parents are welcome in the east stand from 10am; the 1500m finals start at 14:10.</p>
<h2 style="font-size:16px;color:#1f3864">Year 11 Prom</h2>
<p>Prom is on Friday 27 June at The Grange Hotel, Otley Old Road, Leeds LS16 6PS, 7pm-11pm. Tickets &pound;35 via ParentPay.</p>
<h2 style="font-size:16px;color:#1f3864">Friends of Example School (PTA)</h2>
<p>The PTA's summer fair is on Saturday 5 July, 12-3pm. They are always looking for volunteers - find them on their Facebook group &ldquo;Friends of Example School&rdquo; or email <a href="mailto:pta@example-school.org.uk">pta@example-school.org.uk</a>.</p>
<h2 style="font-size:16px;color:#1f3864">Results</h2>
<p>U15 cricket reached the city semi-final (lost by 9 runs); Year 8 netball won the Leeds plate 14&ndash;11; Jakub K. (Y10) passed Grade 6 cello with distinction (136/150).</p>
</td></tr>
<tr><td style="background:#f5f5f5;font-size:11px;color:#555;text-align:center">
<p>Follow us:
<a href="https://www.facebook.com/ExampleSchoolLeeds">Facebook</a> &middot;
<a href="https://www.instagram.com/exampleschoolleeds">Instagram @exampleschoolleeds</a> &middot;
<a href="https://x.com/ExampleSchoolLds">X @ExampleSchoolLds</a> &middot;
<a href="https://www.youtube.com/@ExampleSchoolLeeds">YouTube</a></p>
<p>Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></p>
<p><a href="https://www.example-school.org.uk/unsubscribe?id=7700900">Unsubscribe</a></p>
</td></tr></table>
</td></tr></table>
</body></html>
""", cte="base64"),
    note="HTML newsletter: official school social media, PTA group and e-mail, venue postcodes, results")

# C59 university interview: admissions office contacts, long Outlook thread
add("clean", "medicine_interview_admissions_thread", S("c.bell", "Claire Bell"),
    [P("20k.mistry", "Kiran Mistry"), JANE],
    "RE: MMI interview invitation", "Mon, 09 Dec 2024 13:48:20 +0000",
    alt("""Dear Kiran and Mrs Parent,

Brilliant news - well done, Kiran. Dr Ellis will run two mock MMIs with you next week (Tuesday P5 and Thursday after school), and Mr Sandhu has offered to do a practice ethics station.

The admissions office's details are in the invitation below. If you need to request a different date (for example because of the mocks), contact them directly, quoting your UCAS Personal ID.

Mrs Bell
Head of Sixth Form

From: Kiran Mistry <20k.mistry@pupils.example-school.org.uk>
Sent: 09 December 2024 12:03
To: Claire Bell <c.bell@example-school.org.uk>
Subject: FW: MMI interview invitation

Miss!!! I got an interview!!

From: Medical School Admissions <med-admissions@northern-uni.example.org>
Sent: 09 December 2024 11:30
To: kiran.mistry2007@gmail.com
Subject: MMI interview invitation

Dear Kiran,

We are pleased to invite you to a Multiple Mini Interview (MMI) for the MBChB programme on Wednesday 22 January 2025, 13:00-16:30, at the Worsley Building, Clarendon Way, Sheffield S10 2TN.

Please confirm your attendance by 20 December. Reasonable adjustments: contact the admissions office on 0114 496 0190 or med-admissions@northern-uni.example.org.

Admissions Office
School of Medicine
""", "_000_DB9PR06MB4545F0F0A1A1B2B2DB9PR06MB4545eurp_"),
    in_reply_to="<AS8PR01MB7d7d@AS8PR01MB7d7d.eurprd01.prod.outlook.com>",
    note="university admissions contacts in a forwarded thread; pupil's own gmail quoted")

# C60 an external club coach's contact passed to a pupil
add("clean", "external_club_coach_contact", S("k.doyle", "Kieran Doyle"),
    [P("22j.pearson", "Jayden Pearson")],
    "Kirkstall Juniors trial", "Wed, 14 May 2025 12:21:33 +0100",
    plain("""Jayden,

I spoke to Coach Davies at Kirkstall Juniors FC about you - they're
looking for a centre back for their U15 team next season and he'd like
you to come to a trial session on Thursday 22 May, 6pm at Bramley Fold
playing fields (LS13 3PY).

He asked that your mum or dad contact him first, on the club's coaching
mobile 07700 900 950 or at coaching@kirkstalljuniors.example.org, so he
can get the consent form to them.

Mr Doyle
"""), note="an external club's coaching mobile and e-mail passed on, not the sender's own",
    unsure=True)


# ---------------------------------------------------------------- output

README = """# Round 7 hold-out: personal-address-to-parent (BLIND)

**Blind test data. Never use it to tune, train or debug the filter's rules.**
Run it only to measure. If a rule is changed because of a file here, the corpus
stops being a hold-out and a new one has to be written.

## How it was made

Written by hand (as Python strings in `../make_round7_personal.py`) by a helper
that did not read the filter's code, rules, tests, docs, examples or git history.
It read only the school's staff policy on electronic communications,
`config.example.yaml` (school identity) and `directory/parents.csv`.
Every situation is invented from ordinary UK secondary-school life; all people,
phone numbers (Ofcom drama ranges, or made-up foreign numbers), street
addresses and organisations are fictitious (example.com/.org/.net domains).

## Regenerate

    python3 tests/holdout/round7/make_round7_personal.py

Python 3.11 standard library only. The script deletes and rewrites this
directory. Dates, Message-IDs, MIME boundaries and file order are fixed, so
two runs are byte-identical. At the end it parses every file with
`email.message_from_bytes(..., policy=email.policy.default)` and checks that
labels.csv matches the files.

## Contents

{total} messages: {flag} `flag`, {clean} `clean`.
{unsure} labels are judgement calls, marked `[unsure]` in the note column.

`labels.csv` columns: `file,expected,sender,recipients,note`;
`recipients` is To + Cc (address only), separated by single spaces.
File names are `NNN_<flag|clean>_<slug>.eml`.

The rule under test: staff must not give a parent (the three in
`directory/parents.csv`) or a pupil (`@pupils.example-school.org.uk`) their
*own* personal contact details (personal mobile or home phone, home address,
personal e-mail) or invite them to a private channel (WhatsApp, Snapchat,
Instagram, Facebook, TikTok, Telegram, Signal, Discord, "text me").
The school's own details and official contacts are fine, and mail with no
parent or pupil recipient is out of scope.

### flag
Sports coaches, drama/music/dance staff, form tutors, a TA, a learning mentor,
a sixth-form mentor, heads of year and trip leaders giving their own details:
in plain text, in a reply above an Outlook or Gmail-quoted thread, in a forward,
in a signature block and an HTML signature table (number split across tags),
with dots, slashes, brackets, +44 (0), odd spacing, a line break, or a
quoted-printable soft break inside the number; a personal address as Reply-To,
in Cc, only in a mailto: href, written "dot ... at ... dot com", or in an
attached vCard; a home address for a drop-off; a home landline (RFC 2047
subject); WhatsApp group link, Snapchat, Instagram, TikTok, Facebook, Discord,
Signal/Telegram invitations; base64 bodies; recipient addresses in odd case.

### clean
Hard negatives: other schools' and clubs' addresses and official numbers,
theatres and box offices, costume hire and music shops, overseas hotels and
host families (+39, +33, +34, +49, +354), tour-company lines, exam boards
(candidate/centre numbers), council, NHS, police and charity services, mosque,
gurdwara and church visits, universities, partner college, employers, the
parent's own details quoted or confirmed back, a pupil's own e-mail confirmed,
staff declining to give a number or join WhatsApp/Facebook, colleagues' school
e-mails and extensions, order/booking/UCAS references shaped like phone
numbers, scores, prices, times, grid references, venue postcodes, the school's
official social media, vCard of the school office, .ics invites, e-safety
advice naming apps, school signature tables, and staff-only or supplier-only
mail that does contain personal details (out of scope).
"""


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    order = list(range(len(MESSAGES)))
    random.Random(20250707).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(render(m))
        recips = " ".join(a[1] for a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], recips, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for r in rows if r[1] == "flag")
    nunsure = sum(1 for r in rows if "[unsure]" in r[4])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=len(rows), flag=nflag, clean=len(rows) - nflag,
                              unsure=nunsure))
    check(rows)
    print(f"wrote {len(rows)} messages ({nflag} flag, {len(rows) - nflag} clean) to {OUT}")


def check(rows):
    import email
    import email.policy
    from email.utils import getaddresses
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r[0] for r in rows), "labels.csv does not match files"
    slugs = [r[0][4:] for r in rows]
    assert len(set(r[0].split("_", 2)[2] for r in rows)) == len(rows), "duplicate slug"
    for r in rows:
        with open(os.path.join(OUT, r[0]), "rb") as f:
            data = f.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert r[0].split("_")[1] == r[1]
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == r[2], (r[0], frm)
        assert frm.endswith("@" + SCHOOL), r[0]
        rc = [a for _, a in getaddresses([str(v) for k in ("To", "Cc")
                                          for v in msg.get_all(k, [])])]
        assert " ".join(rc) == r[3], (r[0], rc, r[3])
        assert msg["Subject"] and msg["Date"] and msg["Message-ID"], r[0]
        # every part decodes
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                part.get_content()
            else:
                part.get_payload(decode=True)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, r[0]
        lowered = [a.lower() for a in rc]
        in_scope = any(a in (JANE[1], SAM[1], ALI[1]) or a.endswith("@" + PUPILS)
                       for a in lowered)
        if r[1] == "flag":
            assert in_scope, ("flag without parent/pupil recipient", r[0])
        assert data.count(b"\n") >= 8, r[0]
    del slugs


if __name__ == "__main__":
    main()
