#!/usr/bin/env python3
"""Round 31 blind hold-out corpus: personal-address-to-parent.

Setting: a small rural primary school with a nursery in Norfolk (school farm,
forest school, a nearby Gypsy, Roma and Traveller site, seasonal farm and
holiday-park work, one minibus, mixed-age classes, a village where everyone
knows everyone).

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library
only; deterministic (fixed dates, Message-IDs and MIME boundaries), so running it
twice gives byte-identical files.

BLIND: written without reading the filter, its rules or its tests.  Never use
these messages to tune the filter.
"""

import csv
import hashlib
import io
import random
import re
import struct
import textwrap
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "personal-address-to-parent"

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
JANE = ("Jane Parent", "jane.parent@gmail.com")      # Poppy (Y2, Oak), Freddie (Acorns)
SAM = ("Sam Carer", "sam.carer@outlook.com")         # Leah (Y5, Ash), Kai (Acorns)
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")  # Jimmy (Y6), Alfie (Y4), Rosie (Wrens)


def staff(local):
    return f"{local}@{SCHOOL}"


def pupil(local):
    return f"{local}@{PUPILS}"


HEAD = ("Helen Thurlow", staff("h.thurlow"))
DAN = ("Dan Ecclestone", staff("d.ecclestone"))
KERRY = ("Kerry Bramwell", staff("k.bramwell"))
PRIYA = ("Priya Lowther", staff("p.lowther"))
ZOFIA = ("Zofia Wiśniewska", staff("z.wisniewska"))
SUE = ("Sue Gedge", staff("s.gedge"))
TOM = ("Tom Aldous", staff("t.aldous"))
KAREN = ("Karen Spinks", staff("k.spinks"))
RACHEL = ("Rachel Youngs", staff("r.youngs"))
OFFICE = ("Linda Bunn", staff("office"))
ATTEND = ("Jo Ringer", staff("attendance"))
DSL = ("Claire Pegg", staff("dsl"))
CLAIRE = ("Claire Pegg", staff("c.pegg"))
GARETH = ("Gareth Nobbs", staff("g.nobbs"))
BERNIE = ("Bernie Kerrison", staff("b.kerrison"))
SEAN = ("Sean Doherty", staff("s.doherty"))
AOIFE = ("Aoife Ní Bhriain", staff("a.nibhriain"))
MAGGIE = ("Maggie Howes", staff("m.howes"))
RYAN = ("Ryan Cushion", staff("r.cushion"))
FRAN = ("Fran Middleton", staff("f.middleton"))
NINA = ("Nina Loveridge", staff("n.loveridge"))
LUKE = ("Luke Pell", staff("l.pell"))
MARTIN = ("Martin Sayer", staff("m.sayer"))
STAFFALL = ("All Staff", staff("staff"))
SLT = ("SLT", staff("slt"))

# ---------------------------------------------------------------- helpers
SITE = "Example School, Park Row, Leeds LS1 4AP"


def sig(name, role, *extra, style=0):
    """A few of the signature shapes staff actually use."""
    if style == 0:
        lines = [name, role, "Example School", "Park Row, Leeds LS1 4AP", "Tel: 01632 960000"]
    elif style == 1:
        lines = [f"{name} | {role}", f"{SITE} | 01632 960000"]
    elif style == 2:
        lines = [name, role, "", "Example School", "T 01632 960000  E office@example-school.org.uk",
                 "Park Row, Leeds LS1 4AP"]
    elif style == 3:
        lines = [f"{name}", f"{role}, Example School", "01632 960 000"]
    else:
        lines = [name, role]
    return "\n".join(["--", *lines, *extra]) if style in (1, 3) else "\n".join([*lines, *extra])


def html_wrap(body_html, font="Calibri, sans-serif"):
    return (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
        f"<body><div style=\"font-family:{font};font-size:11pt;color:#000000\">\n"
        f"{body_html}\n</div></body></html>\n"
    )


def p2html(text):
    """Plain paragraphs to simple HTML paragraphs (as a mail client would)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def make_pdf(lines):
    """A tiny but valid one-page PDF with the given text lines."""
    text = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({safe}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
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
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def make_png(w, h, rgb):
    """A small solid-colour PNG (stand-in for a photo)."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def when(s):
    """'2024-10-17 15:52' -> aware datetime in UK local time (BST/GMT, roughly)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    bst = (dt.month > 3 or (dt.month == 3 and dt.day >= 30)) and (dt.month < 10 or (dt.month == 10 and dt.day < 27))
    return dt.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0)))


def wrap_text(text, width=72):
    """Hard-wrap long lines the way Thunderbird / Apple Mail do (numbers kept on one line)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        body = re.sub(r"(?<=\d) (?=\d)", "\u00a0", line[len(prefix):])
        for w in textwrap.wrap(body, width=width - len(prefix), break_long_words=False, break_on_hyphens=False):
            out.append(prefix + w.replace("\u00a0", " "))
    return "\n".join(out)


def addr(p):
    name, a = p
    local, domain = a.split("@")
    return Address(display_name=name or "", username=local, domain=domain)


MESSAGES = []


def M(label, slug, note, frm, to, subject, date, body=None, *, cc=(), html=None, kind="plain",
      cte=None, html_cte=None, atts=(), headers=None, mid_style="ms"):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, html=html, kind=kind, cte=cte,
                         html_cte=html_cte, atts=list(atts), headers=headers or {}, mid_style=mid_style))


def build(n, m):
    msg = EmailMessage(policy=policy.default)
    h = hashlib.sha1(f"r31p-{m['slug']}".encode()).hexdigest().upper()
    dt = when(m["date"])
    msg["From"] = addr(m["frm"])
    msg["To"] = [addr(p) for p in m["to"]]
    if m["cc"]:
        msg["Cc"] = [addr(p) for p in m["cc"]]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    if m["mid_style"] == "ms":
        mid = f"<DB9PR02MB{h[:4]}{n:03d}{h[4:16]}@DB9PR02MB{h[16:20]}.eurprd02.prod.outlook.com>"
    elif m["mid_style"] == "g":
        mid = f"<CAK{h[:6].lower()}{n:03d}+{h[6:26].lower()}@mail.gmail.com>"
    else:
        mid = f"<{dt:%Y%m%d%H%M}.r31p{n:03d}.{h[:8].lower()}@{SCHOOL}>"
    msg["Message-ID"] = mid
    for k, v in m["headers"].items():
        msg[k] = v
    kind = m["kind"]
    if m["body"] and m["cte"] is None and int(h[:6], 16) % 3 == 0:
        m = dict(m, body=wrap_text(m["body"]))  # about a third: wrapped, so 7bit / 8bit bodies
    if kind == "plain":
        msg.set_content(m["body"], cte=m["cte"])
    elif kind == "html":
        msg.set_content(m["html"], subtype="html", cte=m["cte"])
    elif kind == "alt":
        msg.set_content(m["body"], cte=m["cte"])
        msg.add_alternative(m["html"], subtype="html", cte=m["html_cte"] or m["cte"])
    else:
        raise ValueError(kind)
    for att in m["atts"]:
        fname, ctype, data = att[:3]
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname,
                               cte=att[3] if len(att) > 3 else None)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            if m["mid_style"] == "g":
                part.set_boundary(f"0000000000{h[i * 4:i * 4 + 16].lower()}{n:03d}")
            else:
                part.set_boundary(f"_00{i}_DB9PR02MB{h[i * 3:i * 3 + 12]}{n:03d}_")
            i += 1
    return msg


def ics(uid, start, end, summary, location, description, organizer):
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    loc = location.replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250301T090000Z",
        f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}",
        f"SUMMARY:{summary}", f"LOCATION:{loc}", f"DESCRIPTION:{desc}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines)


# ====================================================================== messages
# ---------------------------------------------------------------- FLAGS (20)

M("flag", "wellies_text_me", "forest school assistant gives her own mobile to a parent for a pick-up handover",
  KAREN, [JANE], "Poppy's wellies", "2024-10-17 15:52", mid_style="g", body="""\
Hi Jane,

Poppy came back from the woods this afternoon in odd wellies - one green, one with frogs on. I think she and Lily-Mae each kicked one off at the mud kitchen and swapped without noticing. I've got Poppy's other green one here, drying out in the Forest School shed.

Rather than emailing back and forth, just text me on 07700 900318 when you get to the gate tomorrow and I'll run it out to you. I'm usually in the shed till about quarter past three sorting the tarps.

Thanks,
Karen

Karen Spinks
Forest School Assistant
Example School
""")

M("flag", "acorns_settling_signal", "nursery lead offers her own mobile (hyphenated), WhatsApp and Signal to a carer, evenings and weekends",
  SUE, [SAM], "Kai's first week in Acorns", "2024-09-06 16:40", kind="alt", body="""\
Dear Sam,

Just a quick note to say Kai has had a lovely first week in Acorns. He was a bit wobbly at drop-off on Tuesday, but once he found the tractors in the sand tray he was fine, and by Thursday he was waving you off without a backward glance. He's eating well (two helpings of shepherd's pie today!) and had a good long sleep after lunch on Wednesday.

I know the first few weeks can be hard, especially with everything that's changed for him over the summer, so please ask anything, however small. During the day I can't always get to the office phone, so I'd rather you just messaged me directly - my own number is 07700-900-642 and I'm on WhatsApp and Signal. Evenings and weekends are fine, I honestly don't mind.

We're doing our first welly walk round the farm on Monday, so a named pair of wellies and spare socks would be great.

Best wishes,
Sue

Sue Gedge
Acorns Nursery Lead
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""", html=html_wrap("""\
<p>Dear Sam,</p>
<p>Just a quick note to say Kai has had a lovely first week in Acorns. He was a bit wobbly at drop-off on Tuesday, but once he found the tractors in the sand tray he was fine, and by Thursday he was waving you off without a backward glance. He's eating well (two helpings of shepherd's pie today!) and had a good long sleep after lunch on Wednesday.</p>
<p>I know the first few weeks can be hard, especially with everything that's changed for him over the summer, so please ask anything, however small. During the day I can't always get to the office phone, so I'd rather you just messaged me directly - my own number is <b>07700-900-642</b> and I'm on WhatsApp and Signal. Evenings and weekends are fine, I honestly don't mind.</p>
<p>We're doing our first welly walk round the farm on Monday, so a named pair of wellies and spare socks would be great.</p>
<p>Best wishes,<br>Sue</p>
<p style="color:#2e7d32"><b>Sue Gedge</b><br>Acorns Nursery Lead<br>Example School | Park Row | Leeds LS1 4AP | 01632 960000</p>"""))

M("flag", "lambing_snapchat_pupil", "farm manager invites a Y6 pupil to add her on Snapchat for lamb videos",
  RACHEL, [("Tilly Barker", pupil("19tbarker"))], "Re: lambing!!", "2025-03-05 19:21", mid_style="g",
  headers={"In-Reply-To": "<CAJx7Tq2Lr0bAq1@mail.gmail.com>"}, body="""\
Hi Tilly,

Yes! Bramble had twins this afternoon, a ewe lamb and a ram lamb, both up and feeding within the hour. The ram lamb is all black apart from one white sock, so he needs a name - have a think and tell me on Monday.

Dumpling still hasn't lambed. I reckon it'll be tonight so I'll be up checking on her every couple of hours. Add me on Snapchat (rach_youngs_farmgirl) and I'll send you videos as they come, then you don't have to wait till Monday to see them.

Don't forget farm monitor jobs move to Wednesdays after half term.

Miss Youngs

On Wed, 5 Mar 2025 at 17:02, Tilly Barker <19tbarker@pupils.example-school.org.uk> wrote:
> has bramble had her lambs yet?? please can i come and see them before school tomorrow
""")

M("flag", "horse_fair_hotmail", "Y3/4 teacher tells a travelling family to email her personal hotmail instead",
  KERRY, [ALI], "Alfie's spellings while you're away", "2025-06-05 16:05", body="""\
Dear Mr Guardian,

Thank you for your note in Alfie's reading record. I completely understand that with the family away at the horse fair it's hard to keep on top of spellings, and please don't worry - he is not in any trouble. I've made up a little pack with this week's and next week's words and a few handwriting sheets, and I'll put it in his bag on Friday along with his reading book.

One thing: my school email has been very hit and miss on my phone since the update, and I don't want to miss anything from you while you're on the road. If you need me it's probably quicker to email me at kbramwell84@hotmail.co.uk - I check that every evening.

Kind regards,

Kerry Bramwell
Willow Class Teacher (Years 3 & 4)

Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

M("flag", "residential_replyto_gmail", "deputy head's mail to carer sets Reply-To to his personal gmail (body innocent)",
  DAN, [SAM], "Hollowbeck residential – medical section", "2025-05-23 13:10",
  headers={"Reply-To": "Dan Ecclestone <dan.ecclestone.home@gmail.com>"}, body="""\
Dear Sam,

Thank you for sending back Leah's consent form for Hollowbeck. The only thing missing is the medical section on the back - we need to know about her inhaler (how many puffs, and when), and whether she has taken hay fever tablets before, as the centre is very grassy in June.

If you could just reply to this with the details that would be great. Replies to this one come straight through to me, so I'll pick it up over half term.

Many thanks,

Dan Ecclestone
Deputy Headteacher / Ash Class
Example School
01632 960000
""")

M("flag", "reading_cc_own_yahoo", "TA copies her personal yahoo address into a mail to a parent and invites replies there",
  BERNIE, [JANE], "Poppy's reading", "2025-01-24 15:48", cc=[("Bernie Kerrison", "berniekez62@yahoo.co.uk")],
  kind="alt", body="""\
Hi Jane,

Poppy read to me three times this week and she's really flying - we moved her up to orange books on Thursday. She loved the one about the hedgehog and read it with loads of expression, doing all the voices.

If you can keep hearing her read at home and jot it in her record, that would be brilliant. Even five minutes at bedtime makes a big difference.

I've copied in my home email so I've got a copy of this for when I do my notes at the weekend - feel free to reply to either.

Thanks,
Bernie
(Mrs Kerrison, Oak class TA)
""", html=html_wrap(p2html("""\
Hi Jane,

Poppy read to me three times this week and she's really flying - we moved her up to orange books on Thursday. She loved the one about the hedgehog and read it with loads of expression, doing all the voices.

If you can keep hearing her read at home and jot it in her record, that would be brilliant. Even five minutes at bedtime makes a big difference.

I've copied in my home email so I've got a copy of this for when I do my notes at the weekend - feel free to reply to either.

Thanks,
Bernie
(Mrs Kerrison, Oak class TA)""")))

M("flag", "nativity_costume_home", "Reception teacher gives her home address (with postcode) for a parent to drop off a costume; 8bit, encoded subject",
  ZOFIA, [ALI], "Rosie’s nativity costume – she’s a sheep!", "2024-12-02 17:26", cte="8bit", body="""\
Dear Mr Guardian,

Rosie is going to be one of our sheep in the Wrens nativity and she is SO excited – she practised her “baa” all afternoon!

For the costume all she needs is a white or cream top and white or cream leggings. We are making the ears and tails in class, so nothing else to buy.

I know you said at parents’ evening that with the early shifts at the turkey farm it is hard to get to school before Friday. If it’s easier, you could drop the clothes round to mine on your way home any evening this week – I’m at 3 Mill Cottages, Back Lane, Wenstead NR20 5TB (blue door, just past the chapel). Just leave the bag in the porch if I’m not in.

Thank you!

Miss Wiśniewska
Wrens Class Teacher
Example School
""")

M("flag", "senco_home_landline_sig", "SENCo's signature gives his home landline (evenings) to a parent; &nbsp; in the HTML",
  GARETH, [ALI], "Alfie – reading screener results", "2025-02-11 16:32", kind="alt", body="""\
Dear Mr Guardian,

Thank you for coming in on Thursday. As promised, here is a short summary of the reading screener Alfie did with me last week.

His phonics knowledge is secure up to the end of Phase 5, which is lovely to see given how much school he missed in the autumn. Where he struggles is with reading speed and holding longer words in his head, and his spelling is well below his reading. None of that means he has dyslexia - the screener can't tell us that - but it does tell us what to work on.

What we'll do this term:
- three short sessions a week with Mrs Kerrison using the overlearning cards
- a coloured overlay to try in class (he chose the pale yellow one)
- I'll check in again after Easter and we can decide together whether to ask the specialist teacher to see him.

I know evenings are easier for you with work, so please do ring me at home if you want to talk any of this through - the number is at the bottom.

Best wishes,

Gareth Nobbs
SENCo
Example School, Park Row, Leeds LS1 4AP
School: 01632 960000
Home (evenings): 01632 960 581
""", html=html_wrap("""\
<p>Dear Mr Guardian,</p>
<p>Thank you for coming in on Thursday. As promised, here is a short summary of the reading screener Alfie did with me last week.</p>
<p>His phonics knowledge is secure up to the end of Phase 5, which is lovely to see given how much school he missed in the autumn. Where he struggles is with reading speed and holding longer words in his head, and his spelling is well below his reading. None of that means he has dyslexia - the screener can't tell us that - but it does tell us what to work on.</p>
<p>What we'll do this term:</p>
<ul><li>three short sessions a week with Mrs Kerrison using the overlearning cards</li>
<li>a coloured overlay to try in class (he chose the pale yellow one)</li>
<li>I'll check in again after Easter and we can decide together whether to ask the specialist teacher to see him.</li></ul>
<p>I know evenings are easier for you with work, so please do ring me at home if you want to talk any of this through - the number is at the bottom.</p>
<p>Best wishes,</p>
<table style="font-size:9pt;color:#555555"><tr><td><b>Gareth Nobbs</b><br>SENCo<br>Example School, Park Row, Leeds LS1 4AP</td></tr>
<tr><td>School:&nbsp;01632&nbsp;960000<br>Home (evenings):&nbsp;01632&nbsp;960&nbsp;581</td></tr></table>"""))

M("flag", "minibus_whatsapp_plus44", "HTML-only: minibus driver tells a carer to WhatsApp his own phone (+44, &nbsp;) if late",
  SEAN, [SAM], "Football tournament Saturday - drop off back at school", "2025-03-13 12:40", kind="html",
  html=html_wrap("""\
<p>Hi Sam,</p>
<p>Leah is on the minibus for the girls' football tournament at Redmere on Saturday. We leave school at <b>8.30</b> sharp and should be back in the school car park about <b>1.15</b>, depending on how far they get!</p>
<p>If you're going to be held up collecting her (I know you're on weekend shifts at the holiday park), just WhatsApp me on <b>+44&nbsp;7700&nbsp;900&nbsp;274</b> &ndash; that's my own phone, the school one is never charged. I'll wait with her till you get there.</p>
<p>She'll need a packed lunch, a water bottle and a warm coat. Kit is provided.</p>
<p>Cheers,<br>Sean</p>
<p style="font-size:9pt;color:#666">Sean Doherty<br>Site Manager &amp; Minibus Driver<br>Example School &middot; 01632 960000</p>"""))

M("flag", "afterschool_whatsapp_group", "after-school club lead invites parents into a WhatsApp group run from her own phone",
  FRAN, [JANE, SAM, ALI], "After-school club – quick updates", "2024-11-04 18:02", kind="alt", body="""\
Dear Parents and Carers,

Now the evenings are drawing in, there are days when we come in off the field early or go down to the farm to shut the hens in, and it's been hard letting everyone know where we are at pick-up.

To make it easier I've set up a WhatsApp group for after-school club families. It's on my own phone, so please keep it to club things (pick-ups, who's collecting, lost jumpers!). You can join with this link:

https://chat.whatsapp.com/Kx3bQ7LmP0a9Vd2RtY6wZs

If you'd rather not join, that's absolutely fine - the office will still pass on messages as normal.

Thanks,
Fran

Fran Middleton
Breakfast & After-School Club
Example School | 01632 960000
""", html=html_wrap("""\
<p>Dear Parents and Carers,</p>
<p>Now the evenings are drawing in, there are days when we come in off the field early or go down to the farm to shut the hens in, and it's been hard letting everyone know where we are at pick-up.</p>
<p>To make it easier I've set up a WhatsApp group for after-school club families. It's on my own phone, so please keep it to club things (pick-ups, who's collecting, lost jumpers!). You can join with this link:</p>
<p><a href="https://chat.whatsapp.com/Kx3bQ7LmP0a9Vd2RtY6wZs">Join the After-School Club WhatsApp group</a></p>
<p>If you'd rather not join, that's absolutely fine - the office will still pass on messages as normal.</p>
<p>Thanks,<br>Fran</p>
<p><span style="color:#7b1fa2"><b>Fran Middleton</b></span><br>Breakfast &amp; After-School Club<br>Example School | 01632 960000</p>"""))

M("flag", "keyboard_private_lessons_b64", "base64 body: music teacher offers private lessons at home and her own mobile (0044) to a parent",
  AOIFE, [ALI], "Jimmy and the keyboard", "2025-01-29 20:14", cte="base64", body="""\
Dear Mr Guardian,

I just wanted to say how well Jimmy has been doing in keyboard club. He picked up the left hand for "Lean on Me" faster than anyone, and he's been coming in at lunchtimes to practise. He has a really good ear.

Several parents have asked whether he could carry on at high school. Redmere High do lessons, but there's usually a waiting list. In the meantime I also teach privately on Saturday mornings from home in Little Holmby - half an hour is £18 and I'd be happy to take him on. Ring or text me on 0044 7700 900915 and we can sort out a time. I'm on Telegram too if that's easier.

Best wishes,
Aoife

Aoife Ní Bhriain
Music Lead
Example School
""")

M("flag", "dsl_mobile_linebreak", "DSL gives her personal mobile for out-of-hours contact, number split across a line break; quoted-printable",
  DSL, [SAM], "Leah – this week", "2025-02-14 16:51", cte="quoted-printable", body="""\
Dear Sam,

Thank you for taking the time to talk on Tuesday – I know it isn't easy, and you're doing everything right. Leah has had a better few days: she came in through the side gate with Mrs Kerrison on Wednesday and Thursday, and she joined the others at lunch today, which is a big step.

As we agreed, we'll keep the worry box and the quiet space in the library going after half term, and I'll make a referral to the school nurse so she can have a chat about sleep.

Half term can be a wobbly time, so if something happens and you need me when school is closed, my mobile is 07700
900863 – I'll always pick up for Leah. Otherwise, the office will put you through to me on the Monday we are back.

Take care,
Claire

Claire Pegg
Designated Safeguarding Lead & Family Support
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""")

M("flag", "liaison_vcard_own_number", "family liaison worker attaches a vCard with her own mobile for a travelling family",
  NINA, [ALI], "Before you go – distance learning packs", "2025-04-10 14:22", kind="alt",
  atts=[("Nina Loveridge.vcf", "text/vcard", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Loveridge;Nina;;;\r\nFN:Nina Loveridge\r\n"
         "ORG:Example School\r\nTITLE:Family Liaison\r\nTEL;TYPE=CELL,VOICE:+447700900547\r\n"
         "EMAIL;TYPE=WORK:n.loveridge@example-school.org.uk\r\nNOTE:my own phone - text any time\r\nEND:VCARD\r\n")],
  body="""\
Hi Ali,

Thanks for letting me know you're heading off after Easter. I've put together distance learning packs for all three: Jimmy's has his SATs practice books (please try and get him back for the week of 12 May if you possibly can), Alfie's has his reading books and times tables, and Rosie's is mostly drawing and phonics games. They'll be in the office from Monday.

Remember you're still on our roll the whole time, so if the children are attending another school while you're away, just ask that school to let us know.

I've attached my contact card so you've got my own number in your phone - the signal on the road isn't always good enough for email, and a quick text is fine.

Safe travels,
Nina

Nina Loveridge
Family Liaison
Example School
""", html=html_wrap(p2html("""\
Hi Ali,

Thanks for letting me know you're heading off after Easter. I've put together distance learning packs for all three: Jimmy's has his SATs practice books (please try and get him back for the week of 12 May if you possibly can), Alfie's has his reading books and times tables, and Rosie's is mostly drawing and phonics games. They'll be in the office from Monday.

Remember you're still on our roll the whole time, so if the children are attending another school while you're away, just ask that school to let us know.

I've attached my contact card so you've got my own number in your phone - the signal on the road isn't always good enough for email, and a quick text is fine.

Safe travels,
Nina

Nina Loveridge
Family Liaison
Example School""")))

M("flag", "maths_catchup_ics_home", "HLTA sends a carer a calendar invite for maths catch-up at his home; home address only in the .ics",
  MARTIN, [SAM], "Maths catch-up for Leah", "2025-03-20 17:45", mid_style="ms",
  atts=[("Maths catch-up - Leah.ics", "text/calendar",
         ics("r31-mathsleah-0001", "20250329T100000", "20250329T110000", "Maths catch-up - Leah",
             "12 Orchard Close, Little Holmby, NR20 6JD",
             "Bring her times tables book and a pencil case. Park on the drive.", MARTIN))],
  body="""\
Hi Sam,

Following our chat at the gate, I'd be really happy to give Leah a bit of extra help with fractions before the Year 5 assessments. She gets the idea in class but panics as soon as it's on a test paper, and I think an hour somewhere quiet would really help her confidence.

I've sent a calendar invite for Saturday week at 10 - the details are all in there. No charge at all, honestly, it's a pleasure.

Martin

Martin Sayer
HLTA, Ash Class
Example School
""")

M("flag", "attendance_facebook_friend", "attendance officer sends a parent a Facebook friend request and asks to message there instead",
  ATTEND, [JANE], "Freddie – nursery sessions", "2025-01-16 11:20", body="""\
Hi Jane,

Hope you're all OK. Just checking in, as Freddie has missed a few of his Acorns sessions since Christmas and Mrs Gedge mentioned he's been a bit tired when he is in. There's nothing formal at all at his age - I just wanted to see if there's anything we can help with, e.g. if the new shift pattern at the packing plant makes the morning drop-off difficult, he could swap to afternoons.

I've sent you a friend request on Facebook (Jo Ringer - the photo with the springer spaniel). It's much easier to message on there than go through the school email, and I'll see it straight away.

Jo

Jo Ringer
Attendance & Admissions
Example School
""")

M("flag", "bushcraft_instagram_pupils", "forest school leader asks Y5/6 bushcraft pupils to follow his personal Instagram and TikTok",
  TOM, [("Mason Crane", pupil("19mcrane")), ("Evie Kett", pupil("19ekett")), ("Harry Faulkner", pupil("20hfaulkner")),
        ("Ruby Larwood", pupil("19rlarwood"))], "Bushcraft club - well done!", "2025-05-09 15:58", kind="alt",
  body="""\
Hi bushcraft crew,

What a session! Every one of you got a flame from a fire steel today, and Harry's was the fastest of the year (11 seconds!). Evie and Ruby - that bow drill was SO close, we'll crack it next week.

Next Friday we're doing knots and building a proper A-frame shelter, so come in old trousers.

A few of you asked for the videos I showed you. Follow me on Instagram @tom.outdoors.norfolk - it's my own account but I put loads of fire-lighting and knot videos on there, and I'm on TikTok with the same name. If you send me a message I'll follow you back.

Mr Aldous
""", html=html_wrap(p2html("""\
Hi bushcraft crew,

What a session! Every one of you got a flame from a fire steel today, and Harry's was the fastest of the year (11 seconds!). Evie and Ruby - that bow drill was SO close, we'll crack it next week.

Next Friday we're doing knots and building a proper A-frame shelter, so come in old trousers.

A few of you asked for the videos I showed you. Follow me on Instagram @tom.outdoors.norfolk - it's my own account but I put loads of fire-lighting and knot videos on there, and I'm on TikTok with the same name. If you send me a message I'll follow you back.

Mr Aldous""")))

M("flag", "lost_coat_outlook_dotted", "office manager's Outlook-style reply gives a parent her own mobile in dotted form",
  OFFICE, [ALI], "RE: Jimmy's coat", "2024-11-21 10:37", kind="alt",
  headers={"Thread-Topic": "Jimmy's coat", "In-Reply-To": "<BT3x9Q1@btinternet.com>"},
  body="""\
Morning Ali,

Found it! It was in the hall with the PE bags - navy Regatta, J.G. on the label. I've put it on the peg by the office.

We close at 4 today because of the governors' meeting, so if you won't make it by then just text me on 07700.900.157 when you're outside and I'll run it out to you - I'm only across the road at the old post office anyway.

Linda

Linda Bunn
Office Manager
Example School | 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 21 November 2024 08:12
To: Office <office@example-school.org.uk>
Subject: Jimmy's coat

Hi, Jimmy has come home without his big coat again, navy one with a hood. Can you have a look please. I'm on lates this week so can't get there till after 4.
Thanks Ali
""", html=html_wrap("""\
<p>Morning Ali,</p>
<p>Found it! It was in the hall with the PE bags - navy Regatta, J.G. on the label. I've put it on the peg by the office.</p>
<p>We close at 4 today because of the governors' meeting, so if you won't make it by then just text me on 07700.900.157 when you're outside and I'll run it out to you - I'm only across the road at the old post office anyway.</p>
<p>Linda</p>
<p style="font-size:10pt">Linda Bunn<br>Office Manager<br>Example School | 01632 960000</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Ali Guardian &lt;ali.guardian@btinternet.com&gt;<br><b>Sent:</b> 21 November 2024 08:12<br><b>To:</b> Office &lt;office@example-school.org.uk&gt;<br><b>Subject:</b> Jimmy's coat</p></div>
<p>Hi, Jimmy has come home without his big coat again, navy one with a hood. Can you have a look please. I'm on lates this week so can't get there till after 4.<br>Thanks Ali</p>"""))

M("flag", "minecraft_discord_pupils", "computing lead invites Y5/6 pupils to his own Discord server over the holidays",
  LUKE, [("Oscar Jex", pupil("20ojex")), ("Summer Birch", pupil("19sbirch")), ("Danny Bulley", pupil("20dbulley")),
         ("Tilly Barker", pupil("19tbarker"))], "Minecraft club over Easter", "2025-04-04 15:30", body="""\
Hi Minecraft club,

Brilliant work on the village this term - the windmill and the farm shop look amazing, and Danny's redstone level crossing actually works!

Lots of you asked if you could keep building over Easter. The school world is locked in the holidays, but I've set up a Discord server so we can chat about builds and share screenshots. Here's the invite: discord.gg/h7PqW2xk

Use your first name only as your username please, and be kind to each other.

Have a great Easter!
Mr Pell
""")

M("flag", "sports_sig_mobile_nospace", "sports coach's signature carries his mobile with no spaces, offered to parents for Saturday fixtures [unsure: could be read as a work phone]",
  RYAN, [JANE, SAM, ALI], "Saturday tag rugby festival", "2025-02-27 12:05", kind="alt", body="""\
Dear Parents/Carers,

Your child has been picked for the Redmere & District tag rugby festival this Saturday, 1 March, at Redmere Rugby Club (Station Road). Please have them there for 9.15 for a 9.30 start; we should finish about 12.30.

They'll need trainers or boots (no metal studs), a drink and a snack. School will provide the tag belts and the blue team shirts.

On a Saturday the office is shut, so texting my mobile (below) is the quickest way to reach me if you're running late or your child is poorly.

Thanks,
Ryan

Ryan Cushion
PE & School Sport
Mob: 07700900512
""", html=html_wrap("""\
<p>Dear Parents/Carers,</p>
<p>Your child has been picked for the Redmere &amp; District tag rugby festival this <b>Saturday, 1 March</b>, at Redmere Rugby Club (Station Road). Please have them there for 9.15 for a 9.30 start; we should finish about 12.30.</p>
<p>They'll need trainers or boots (no metal studs), a drink and a snack. School will provide the tag belts and the blue team shirts.</p>
<p>On a Saturday the office is shut, so texting my mobile (below) is the quickest way to reach me if you're running late or your child is poorly.</p>
<p>Thanks,<br>Ryan</p>
<p style="color:#1565c0;font-size:9pt"><b>Ryan Cushion</b><br>PE &amp; School Sport<br>Mob: 07700900512</p>"""))

M("flag", "head_bereavement_brackets", "headteacher gives a grieving family her personal mobile, bracketed format, over the weekend",
  HEAD, [ALI], "Thinking of you all", "2024-10-04 17:55", body="""\
Dear Ali,

I was so sorry to hear from Nina about your mum. She was such a familiar face at the gate, always with a bag of sweets for whoever was crying at drop-off, and the children will miss her very much.

Please don't worry about school at all for now. Take whatever time the family needs for the funeral and everything that goes with it; we will mark the days as authorised and the teachers will keep the children's places warm. When Jimmy, Alfie and Rosie come back, Mrs Pegg and I will make sure they each have someone they can go to.

If there's anything at all you need over the weekend, ring me - my own number is (07700) 900431.

With love to you all,

Helen

Helen Thurlow
Headteacher
Example School
""")

# ---------------------------------------------------------------- HARD NEGATIVES (30 clean)

M("clean", "museum_trip_school_mobile", "trip letter gives the school-owned trip mobile, stated as such, plus the school number",
  KERRY, [ALI, JANE], "Willow class trip – Broadland Rural Life Museum, Thursday 15 May", "2025-05-06 15:20",
  kind="alt", atts=[("Willow trip letter May 2025.pdf", "application/pdf", make_pdf([
      "Example School - Willow Class Trip", "Broadland Rural Life Museum, Thursday 15 May 2025",
      "Coach departs 8.45am, returns approx 3.15pm", "Cost: voluntary contribution of 8.50 via ParentPay",
      "Trip mobile (school phone): 07700 900050"]))], body="""\
Dear Parents and Carers,

On Thursday 15 May Willow class are going to the Broadland Rural Life Museum as part of our "Then and Now" history topic. The children will see the old schoolroom, the workhouse and the farm (including the Suffolk Punch horses, if they are out).

The coach leaves school at 8.45 and we'll be back for 3.15 pick-up. Children need a packed lunch in a named carrier bag, a drink, and a coat - much of the site is outdoors. School uniform please, with sensible shoes.

On the day, if you need to contact us urgently, please ring the school office on 01632 960000 or the school trip mobile on 07700 900050. The trip mobile is a school phone that Mrs Kerrison will carry; it is switched off again when we get back.

The letter is attached in case the paper copy doesn't make it home. Please give consent on ParentPay by Friday 9 May.

Many thanks,

Kerry Bramwell
Willow Class Teacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", html=html_wrap(p2html("""\
Dear Parents and Carers,

On Thursday 15 May Willow class are going to the Broadland Rural Life Museum as part of our "Then and Now" history topic. The children will see the old schoolroom, the workhouse and the farm (including the Suffolk Punch horses, if they are out).

The coach leaves school at 8.45 and we'll be back for 3.15 pick-up. Children need a packed lunch in a named carrier bag, a drink, and a coat - much of the site is outdoors. School uniform please, with sensible shoes.

On the day, if you need to contact us urgently, please ring the school office on 01632 960000 or the school trip mobile on 07700 900050. The trip mobile is a school phone that Mrs Kerrison will carry; it is switched off again when we get back.

The letter is attached in case the paper copy doesn't make it home. Please give consent on ParentPay by Friday 9 May.

Many thanks,

Kerry Bramwell
Willow Class Teacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")))

M("clean", "swimming_gala_minibus_phone", "minibus driver gives the school minibus mobile (kept in the glovebox), refuses to use his own",
  SEAN, [SAM], "Swimming gala - minibus times", "2025-01-30 09:05", body="""\
Hi Sam,

Leah is on the minibus for the swimming gala at Redmere Leisure Centre next Wednesday (5 Feb). We leave straight after registration and should be back by 2.30, in time for her to go to her usual club.

If you need to get hold of us during the day, the minibus has its own school mobile - 07700 900077. It lives in the glovebox and whoever is driving answers it when we're parked up. I don't carry my own phone when I'm driving the children, so please use that one or ring the office.

She'll need her costume, a towel, a swimming hat if she has one, and a snack for the way back. Goggles are fine.

Thanks,
Sean

Sean Doherty
Site Manager & Minibus Driver
Example School
01632 960000
""")

M("clean", "attendance_parent_number_readback", "attendance officer reads back the carer's own mobile to check it's right",
  ATTEND, [SAM], "Kai - this morning", "2024-11-12 10:14", body="""\
Dear Sam,

I tried to ring you this morning on 07700 900456 as Kai hasn't arrived at Acorns and we hadn't heard from anyone. It went straight to voicemail, so I've left a message.

Could you let me know when you get a moment that everything is OK? Also - is that still the best number for you? I know you said you'd be changing phones when you started at the holiday park, and I want to make sure our records are up to date.

Many thanks,
Jo Ringer
Attendance & Admissions
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

M("clean", "change_of_details_quoted", "office confirms a parent's change of address; the parent's own address and mobile are in the quoted message",
  OFFICE, [JANE], "RE: Change of address", "2024-09-18 11:48", kind="alt",
  headers={"Thread-Topic": "Change of address"}, body="""\
Hi Jane,

Thank you - I've updated your address and phone number on our system for both Poppy and Freddie, so letters and texts will go to the new details from now on. Congratulations on the move, you'll love it down that end of the village.

If anything else changes (emergency contacts especially), just drop me a line.

Kind regards,
Linda

Linda Bunn
Office Manager
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 17 September 2024 21:03
To: Office <office@example-school.org.uk>
Subject: Change of address

Hi Linda, we've moved! New address for Poppy and Freddie is 14 Saxon Way, Wenstead NR20 5QA. Mobile is the same (07700 900123) but we don't have the landline any more so please take that off. Thanks, Jane
""", html=html_wrap("""\
<p>Hi Jane,</p>
<p>Thank you - I've updated your address and phone number on our system for both Poppy and Freddie, so letters and texts will go to the new details from now on. Congratulations on the move, you'll love it down that end of the village.</p>
<p>If anything else changes (emergency contacts especially), just drop me a line.</p>
<p>Kind regards,<br>Linda</p>
<p style="font-size:10pt">Linda Bunn<br>Office Manager<br>Example School<br>Park Row, Leeds LS1 4AP<br>Tel: 01632 960000</p>
<p>-----Original Message-----<br>From: Jane Parent &lt;jane.parent@gmail.com&gt;<br>Sent: 17 September 2024 21:03<br>To: Office &lt;office@example-school.org.uk&gt;<br>Subject: Change of address</p>
<p>Hi Linda, we've moved! New address for Poppy and Freddie is 14 Saxon Way, Wenstead NR20 5QA. Mobile is the same (07700 900123) but we don't have the landline any more so please take that off. Thanks, Jane</p>"""))

M("clean", "residential_centre_details", "residential kit letter gives the outdoor centre's address, postcode and 24h number",
  DAN, [SAM, ALI], "Hollowbeck residential: kit list and contact details", "2025-06-02 16:15", kind="alt", body="""\
Dear Ash Class Parents and Carers,

Only two weeks to go! Here is everything you need for Hollowbeck (Monday 16 - Wednesday 18 June).

Drop-off: 8.30am in the school car park on Monday. The coach leaves at 9.
Collection: about 3.30pm on Wednesday - we'll text via the school app when we leave the centre.

Kit (please name everything):
- sleeping bag and pillowcase (the beds have fitted sheets)
- two sets of old clothes that can get wet and muddy, plus a full change for the coach home
- waterproof coat and trousers, wellies AND trainers
- warm jumper or fleece, pyjamas, wash bag, towel
- a torch and a cuddly toy if they want one - nobody will laugh!
No phones, tablets or sweets please.

While we're away, the centre's reception is staffed 24 hours and is the quickest way to reach us in an emergency:

Hollowbeck Outdoor Centre
Coast Road, Hollowbeck, Norfolk NR25 7XQ
0161 496 0972

For anything that isn't urgent, please contact the school office on 01632 960000 as usual and they will pass messages on to us each evening.

Medicines need to come to me in the original packaging with the form on Monday morning.

Thanks,
Dan Ecclestone
Deputy Headteacher / Ash Class
""", html=html_wrap("""\
<p>Dear Ash Class Parents and Carers,</p>
<p>Only two weeks to go! Here is everything you need for Hollowbeck (Monday 16 &ndash; Wednesday 18 June).</p>
<p><b>Drop-off:</b> 8.30am in the school car park on Monday. The coach leaves at 9.<br><b>Collection:</b> about 3.30pm on Wednesday &ndash; we'll text via the school app when we leave the centre.</p>
<p><b>Kit</b> (please name everything):</p>
<ul><li>sleeping bag and pillowcase (the beds have fitted sheets)</li><li>two sets of old clothes that can get wet and muddy, plus a full change for the coach home</li><li>waterproof coat and trousers, wellies AND trainers</li><li>warm jumper or fleece, pyjamas, wash bag, towel</li><li>a torch and a cuddly toy if they want one &ndash; nobody will laugh!</li></ul>
<p>No phones, tablets or sweets please.</p>
<p>While we're away, the centre's reception is staffed 24 hours and is the quickest way to reach us in an emergency:</p>
<p style="margin-left:2em">Hollowbeck Outdoor Centre<br>Coast Road, Hollowbeck, Norfolk NR25 7XQ<br>0161&nbsp;496&nbsp;0972</p>
<p>For anything that isn't urgent, please contact the school office on 01632 960000 as usual and they will pass messages on to us each evening.</p>
<p>Medicines need to come to me in the original packaging with the form on Monday morning.</p>
<p>Thanks,<br>Dan Ecclestone<br>Deputy Headteacher / Ash Class</p>"""))

M("clean", "families_helpline_signpost", "DSL signposts a carer to a (fictional) family helpline and the school nurse service",
  CLAIRE, [SAM], "Support over the summer", "2025-07-18 13:30", body="""\
Dear Sam,

Before we break up I wanted to send you the details we talked about, so you have them in one place over the holidays.

Norfolk Families Line - free, confidential advice for parents and carers, including kinship carers. 0808 157 0244, Monday to Friday 9.30-4, or online chat at families.example.org.

School Nursing Team (for Leah's sleep and worries) - 0117 496 0318. They run a drop-in at Redmere library on the first Tuesday of the month in the holidays.

If you are ever worried that Leah or Kai are not safe, ring the Children's Advice and Duty Service on 0306 999 0412 or, in an emergency, 999.

I'll be in school during the last week of August getting ready, and you can leave a message with the office on 01632 960000 at any time - it's checked through the holidays.

Have a lovely summer, all of you. Leah has come such a long way this year.

Claire Pegg
Designated Safeguarding Lead
Example School
""")

M("clean", "transition_high_school_senco", "SENCo passes on the high school SENCo's direct line and email for Y6 transition",
  GARETH, [ALI], "Jimmy – visit to Redmere High", "2025-06-10 15:40", body="""\
Dear Mr Guardian,

Good news - Mrs Okafor, the SENCo at Redmere High, would like to meet Jimmy before the main transition days, so he can see the building when it's quiet and meet the teaching assistant who'll be with him in Year 7.

She has suggested Tuesday 24 June, 1.30-2.30. I'll take him over in the school minibus with two other children who are going on extra visits, so you don't need to do anything except let me know it's OK. If you'd like to come too, you'd be very welcome - just meet us at the main reception.

Mrs Okafor has asked me to pass on her details in case you want to talk to her directly about his reading support or the bus from the site:

Mrs S. Okafor, SENCo, Redmere High School
Direct line: 0114 496 0188
s.okafor@redmerehigh.example.org

Best wishes,
Gareth Nobbs
SENCo, Example School
01632 960000
""")

M("clean", "holiday_club_bank_details", "holiday club payment details: prices, dates, sort code, account number and reference",
  MAGGIE, [JANE, SAM, ALI], "Summer holiday club – booking and payment", "2025-07-01 10:30", kind="alt", body="""\
Dear Parents and Carers,

Our summer holiday club will run for four weeks this year, from Monday 28 July to Friday 22 August (closed on Monday 25 August).

Times: 7.30am - 5.30pm (you can drop off any time up to 10)
Cost: £28 per full day, £16 per half day (to or from 12.30)
Ages: from 3 (Acorns children) to 11

Families with children on free school meals can book up to 16 days free through the HAF programme - please tick the box on the booking form and we'll do the rest.

Booking forms are in the office or on the website. Payment must be made by Friday 18 July, either on ParentPay or by bank transfer:

Account name: Example School Clubs
Sort code: 20-45-77
Account number: 43019822
Reference: your child's surname + HC25 (e.g. SMITHHC25)

We know many of you are working at the holiday parks and on the farms right through the summer, so if you need a later finish on particular days, talk to Fran and we'll see what we can do.

Many thanks,
Maggie Howes
School Business Manager
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""", html=html_wrap("""\
<p>Dear Parents and Carers,</p>
<p>Our summer holiday club will run for four weeks this year, from <b>Monday 28 July to Friday 22 August</b> (closed on Monday 25 August).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Times</td><td>7.30am &ndash; 5.30pm (drop off any time up to 10)</td></tr>
<tr><td>Cost</td><td>&pound;28 per full day, &pound;16 per half day (to or from 12.30)</td></tr>
<tr><td>Ages</td><td>from 3 (Acorns children) to 11</td></tr></table>
<p>Families with children on free school meals can book up to 16 days free through the HAF programme &ndash; please tick the box on the booking form and we'll do the rest.</p>
<p>Booking forms are in the office or on the website. Payment must be made by Friday 18 July, either on ParentPay or by bank transfer:</p>
<p>Account name: Example School Clubs<br>Sort code: 20-45-77<br>Account number: 43019822<br>Reference: your child's surname + HC25 (e.g. SMITHHC25)</p>
<p>We know many of you are working at the holiday parks and on the farms right through the summer, so if you need a later finish on particular days, talk to Fran and we'll see what we can do.</p>
<p>Many thanks,<br>Maggie Howes<br>School Business Manager<br>Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>"""))

M("clean", "ehcp_review_teams_id", "annual review invite with a Teams meeting ID, passcode and the service's dial-in number",
  GARETH, [SAM], "Leah – annual review of her EHCP, Thursday 20 March", "2025-03-06 14:02", kind="alt", body="""\
Dear Sam,

This is to confirm Leah's annual review on Thursday 20 March at 2.00pm. It will be in the small meeting room, but Leah's social worker and the educational psychologist are joining online, so you're welcome to join that way too if you can't get away from work.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 374 920 118 563
Passcode: Fx7qe2
Or call in (audio only)
+44 20 7946 0811,,614209337#   United Kingdom, London
Phone conference ID: 614 209 337#
________________________________________________________________________________

Before the meeting, it would help if you could fill in the "parent/carer views" page I sent home in Leah's book bag. Leah is doing her own pupil views with Mrs Kerrison this week.

Best wishes,
Gareth Nobbs
SENCo
Example School | 01632 960000
""", html=html_wrap("""\
<p>Dear Sam,</p>
<p>This is to confirm Leah's annual review on <b>Thursday 20 March at 2.00pm</b>. It will be in the small meeting room, but Leah's social worker and the educational psychologist are joining online, so you're welcome to join that way too if you can't get away from work.</p>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
<div><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></div>
<div><b>Join on your computer, mobile app or room device</b><br><a href="https://teams.example.com/l/meetup-join/19%3ameeting_r31leah">Click here to join the meeting</a></div>
<div>Meeting ID: 374 920 118 563<br>Passcode: Fx7qe2</div>
<div><b>Or call in (audio only)</b><br><a href="tel:+442079460811,,614209337#">+44 20 7946 0811,,614209337#</a> United Kingdom, London<br>Phone conference ID: 614 209 337#</div>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
<p>Before the meeting, it would help if you could fill in the &quot;parent/carer views&quot; page I sent home in Leah's book bag. Leah is doing her own pupil views with Mrs Kerrison this week.</p>
<p>Best wishes,<br>Gareth Nobbs<br>SENCo<br>Example School | 01632 960000</p>"""))

M("clean", "summer_reading_isbns", "Y1/2 summer reading list with ISBNs",
  PRIYA, [JANE], "Summer reading ideas for Oak class", "2025-07-14 15:45", body="""\
Dear Oak Class Families,

A few of you asked for book ideas for the summer. Redmere library's Summer Reading Challenge starts on 12 July, and the mobile library stops outside the village hall every other Thursday (2.15-3.00).

Here are some of the children's favourites from this year - all in the library, and the ISBNs are there if you want to order a copy:

- The Extraordinary Gardener - ISBN 978-1-5263-6114-2
- Hedgehog's Hiding Place - ISBN 978-0-19-277451-8
- Tractor Tom's Big Harvest - ISBN 978-1-4083-5517-0
- The Fen Fox Finds a Friend - ISBN 978-0-7502-9926-3
- Ten Little Lambs (a counting book - great for younger brothers and sisters in Acorns) - ISBN 978-1-84780-662-9

Please keep filling in reading records over the summer if you can. Anyone who reads 20 times gets a certificate and a go on the tractor ride at the farm open day in September!

Have a wonderful summer,
Mrs Lowther

Priya Lowther
Oak Class Teacher (Years 1 & 2)
Example School · Park Row · Leeds LS1 4AP · 01632 960000
""")

M("clean", "hr_new_starter_staff_only", "staff-only HR mail with a new TA's home address, personal mobile and personal email",
  MAGGIE, [HEAD], "New starter – Mrs Dawn Thrower (TA, Acorns)", "2024-08-28 11:30", cc=[OFFICE], body="""\
Hi Helen,

Dawn's paperwork is all back, so she is good to start on Tuesday. For the single central record and payroll:

Name: Dawn Thrower
Address: 27 Beck Lane, Great Brinford, Norfolk NR20 6LA
Mobile: 07700 900714
Personal email: dawnthrower78@hotmail.co.uk (until her school account is live)
DBS: enhanced with barred list, certificate 001784552310, issued 12/08/2024
Right to work: passport seen 22/08
References: both received (Redmere Pre-School and St Edmund's Nursery)
Start: 03/09/2024, 27.5 hrs/week, term time only, Grade D

Linda - could you get her a lanyard and add her to the Acorns staff list? IT say her account will be ready by Monday.

Thanks,
Maggie

Maggie Howes
School Business Manager
Example School
""")

M("clean", "staff_end_of_term_drinks", "staff-only invitation to drinks at a teacher's home, with her address and mobile",
  PRIYA, [STAFFALL], "End of term drinks at mine 🍹", "2024-12-13 12:55", kind="alt", body="""\
Hi all,

After the nativity marathon I think we all deserve a drink! Come round to mine on Friday 20th from about 4.30, once the children have gone. Partners and dogs welcome, children too if you can't get a sitter.

22 Pightle Close, Wenstead NR20 5PD (the new houses behind the playing field - park on the road, not in the close please, the neighbours get twitchy).

I'll do mulled wine and chilli. Please text me on 07700 900733 so I know roughly how many are coming - Secret Santa presents under the tree as usual, £5 limit!

Priya x
""", html=html_wrap(p2html("""\
Hi all,

After the nativity marathon I think we all deserve a drink! Come round to mine on Friday 20th from about 4.30, once the children have gone. Partners and dogs welcome, children too if you can't get a sitter.

22 Pightle Close, Wenstead NR20 5PD (the new houses behind the playing field - park on the road, not in the close please, the neighbours get twitchy).

I'll do mulled wine and chilli. Please text me on 07700 900733 so I know roughly how many are coming - Secret Santa presents under the tree as usual, £5 limit!

Priya x""")))

M("clean", "esafety_newsletter_apps", "e-safety newsletter piece naming WhatsApp, Snapchat, TikTok and Roblox with age limits and advice",
  LUKE, [JANE, SAM, ALI], "Staying safe online over Christmas", "2024-12-16 14:20", kind="alt", body="""\
Dear Parents and Carers,

Lots of children will be unwrapping phones, tablets and consoles next week, so here are a few reminders from our online safety work in school.

Age limits: WhatsApp is 13+ in the UK; Snapchat, TikTok, Instagram and Facebook are all 13+. Roblox and Minecraft are fine for younger children but do switch off chat with strangers in the parental controls.

Snapchat's Snap Map shows your child's location to their friends unless "Ghost Mode" is turned on - please check this if your older child has it.

Keep devices out of bedrooms overnight if you can. Many of the worries children bring to us in January started late at night.

Talk to your child about who they are chatting to. Remember: nobody from school - teachers, TAs, coaches or club staff - will ever ask your child to add them, follow them or message them on social media or games. If anyone does, please tell us straight away.

If you'd like help setting up parental controls, Mr Pell is running a drop-in in the ICT suite on Tuesday 7 January, 3.15-4.00, with tea and mince pies left over from the fair.

Have a safe and happy Christmas,
Mr Pell
Computing & Online Safety Lead
Example School · 01632 960000
""", html=html_wrap("""\
<h2 style="color:#1a5276">Staying safe online over Christmas</h2>
<p>Dear Parents and Carers,</p>
<p>Lots of children will be unwrapping phones, tablets and consoles next week, so here are a few reminders from our online safety work in school.</p>
<ul>
<li><b>Age limits:</b> WhatsApp is 13+ in the UK; Snapchat, TikTok, Instagram and Facebook are all 13+. Roblox and Minecraft are fine for younger children but do switch off chat with strangers in the parental controls.</li>
<li><b>Snap Map</b> shows your child's location to their friends unless &quot;Ghost Mode&quot; is turned on &ndash; please check this if your older child has it.</li>
<li><b>Keep devices out of bedrooms</b> overnight if you can. Many of the worries children bring to us in January started late at night.</li>
<li><b>Talk to your child</b> about who they are chatting to. Remember: nobody from school &ndash; teachers, TAs, coaches or club staff &ndash; will ever ask your child to add them, follow them or message them on social media or games. If anyone does, please tell us straight away.</li>
</ul>
<p>If you'd like help setting up parental controls, Mr Pell is running a drop-in in the ICT suite on <b>Tuesday 7 January, 3.15&ndash;4.00</b>, with tea and mince pies left over from the fair.</p>
<p>Have a safe and happy Christmas,<br>Mr Pell<br>Computing &amp; Online Safety Lead<br>Example School &middot; 01632 960000</p>"""))

M("clean", "refuses_personal_mobile", "forest school assistant politely declines to give a parent her personal mobile; quoted request",
  KAREN, [JANE], "Re: Freddie and the woods", "2024-10-24 19:10", mid_style="g", body="""\
Hi Jane,

Thank you, that's really kind - and yes, Freddie is an absolute joy in the woods, he's got a real eye for minibeasts.

I'm sorry, though, I'm not able to give out my personal mobile to parents. It's a school rule, and it's there to protect everyone (me included!), so please don't take it personally. If you ever need me you can email me here, or ring the office on 01632 960000 and they'll get a message to me - I'm in on Tuesdays, Thursdays and Fridays.

I'll happily tell you all about the badger sett at pick-up tomorrow though!

Karen

On Thu, 24 Oct 2024 at 18:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Karen, Freddie has not stopped talking about the badger sett! Could I get your mobile number? Then I can just text you about forest school things rather than email, it's so much easier. Jane
""")

M("clean", "forest_day_venue_postcode", "off-site forest school day: venue address, sat-nav postcode and grid reference",
  TOM, [JANE, SAM], "Acorns & Oak forest school day at Brinford Common", "2025-04-24 16:00", body="""\
Dear Parents and Carers,

On Friday 2 May, Acorns and Oak class are spending the whole day at Brinford Common for our spring forest school day (instead of our usual patch behind the farm).

We'll walk the children down from school at 9.15 along the footpath. If you are collecting at the end of the day, please come to the common rather than school:

Brinford Common car park, Heath Road, Great Brinford NR20 6XX
(Grid ref TG 052 178 - the gravel car park just after the cattle grid)

Pick-up is at 3.00. Please don't park on the verge by the cattle grid, the farmer needs to get his trailer through.

Children will need: long trousers and long sleeves (ticks are out already), wellies, a waterproof, a packed lunch and a big drink. We will light a fire and cook bannock bread, and we'll be pond-dipping, so a complete spare set of clothes in a carrier bag is a very good idea.

Thank you,
Tom Aldous
Forest School Leader
Example School
Park Row, Leeds LS1 4AP
01632 960000
""")

M("clean", "hens_supplier_third_party", "farm manager passes a parent a local poultry supplier's number when asked where to buy hens",
  RACHEL, [ALI], "Re: hens", "2025-04-01 12:15", body="""\
Hi Ali,

Ha - I knew Rosie would come home asking for chickens after egg week!

Ours came from Dennis at Tuttle's Poultry in Little Holmby. He sells point-of-lay hybrids for about £18 each and he's very good with first-timers - he'll tell you what sort of house you need and he'll even clip their wings for you. His number is 0118 496 0457; he's best rung in the evening as he's out on the land all day. Tell him you're from the school and he'll look after you.

If it helps, Rosie is very welcome to come and help me shut ours in after school on a Tuesday - she's a natural.

Rachel

Rachel Youngs
School Farm Manager
Example School
01632 960000
""")

M("clean", "dsl_direct_line_while_away", "head gives a parent the DSL's official school direct line and school mailbox while she is away",
  HEAD, [ALI], "While I'm away next week", "2025-03-21 16:20", body="""\
Dear Ali,

Just to let you know that I'm away on a headteachers' conference from Monday to Wednesday next week.

I know we said we'd catch up about the council's plans for the site and the new pitches. While I'm away, Mrs Pegg, our Designated Safeguarding Lead, will be in charge and knows all about it. Her direct line in school is 01632 960014, or you can email dsl@example-school.org.uk, which she checks throughout the day.

I'll ring you on Thursday when I'm back.

Best wishes,
Helen Thurlow
Headteacher
Example School
Park Row, Leeds LS1 4AP
01632 960000
""")

M("clean", "declines_parents_whatsapp", "class teacher declines a parent's invitation to join the class parents' WhatsApp group",
  PRIYA, [JANE], "Re: Oak class WhatsApp", "2024-09-25 17:40", kind="alt", body="""\
Hi Jane,

Thank you so much for thinking of me, and I'm really glad the Oak parents' WhatsApp group is helping people sort out lifts and swimming kit!

I'm afraid staff aren't allowed to join parents' groups, though, or to message parents from our own phones - it keeps things fair for everyone and means nothing gets missed. So please do carry on emailing me here or catching me at the door.

One small favour: if anything comes up in the group that you think school should know about, do let me or the office know.

Best wishes,
Priya Lowther
Oak Class Teacher
Example School · 01632 960000

On 25 Sep 2024, at 12:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Lowther, a few of us have started an Oak parents WhatsApp group. Would you like me to add you? It would be really handy for reminders about PE days etc. Jane (Poppy's mum)
""", html=html_wrap("""\
<p>Hi Jane,</p>
<p>Thank you so much for thinking of me, and I'm really glad the Oak parents' WhatsApp group is helping people sort out lifts and swimming kit!</p>
<p>I'm afraid staff aren't allowed to join parents' groups, though, or to message parents from our own phones &ndash; it keeps things fair for everyone and means nothing gets missed. So please do carry on emailing me here or catching me at the door.</p>
<p>One small favour: if anything comes up in the group that you think school should know about, do let me or the office know.</p>
<p>Best wishes,<br>Priya Lowther<br>Oak Class Teacher<br>Example School &middot; 01632 960000</p>
<blockquote type="cite" style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">On 25 Sep 2024, at 12:02, Jane Parent &lt;jane.parent@gmail.com&gt; wrote:<br>Hi Mrs Lowther, a few of us have started an Oak parents WhatsApp group. Would you like me to add you? It would be really handy for reminders about PE days etc. Jane (Poppy's mum)</blockquote>"""))

M("clean", "grt_education_service_contact", "family liaison gives a travelling family the Traveller Education Service adviser's details",
  NINA, [ALI], "Education adviser – travelling season", "2025-03-27 10:45", body="""\
Hi Ali,

As promised, here are the details of the county's Gypsy, Roma and Traveller education adviser. She can help if you end up staying somewhere longer than planned over the summer and want the children to go into a local school for a few weeks - she'll talk to the school there and to us so that nothing gets lost.

Mrs Debbie Hearne
GRT Education Service
0121 496 0633
grt.education@norfolk.example.org

She also knows the family support workers at the fairs, so if you're at Appleby or Stow she can put you in touch with them.

I'll have the children's packs ready in the office for Friday.

Nina

Nina Loveridge
Family Liaison
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

M("clean", "fsm_confirmation_reference", "free school meals confirmation with a reference number, dates and amounts",
  MAGGIE, [SAM], "Free school meals – confirmed", "2024-10-08 09:40", cte="quoted-printable", body="""\
Dear Sam,

Good news: the council has confirmed that Leah is eligible for free school meals from Monday 7 October. Your reference is FSM/24/004417 – you won't need it unless the council contacts you, but it's worth keeping.

This also means:
• Leah's lunches are free every day from now on (no need to top up ParentPay for meals – the £11.70 credit on her account will roll over for milk and trips).
• She is entitled to a free place on our holiday club for up to 16 days next summer.
• The school receives Pupil Premium funding for her, which helps pay for things like the Hollowbeck residential and music lessons.

Kai is in Acorns, so he isn't covered by this, but he may be eligible for the 2-year-old funded hours extension – Mrs Gedge can help you check.

Kind regards,
Maggie Howes
School Business Manager
Example School · Park Row, Leeds LS1 4AP · 01632 960000
""")

M("clean", "parent_new_email_updated", "office confirms a carer's own new personal email, sending to old and new addresses [unsure: the new address is not in the parent list]",
  OFFICE, [SAM, ("Sam Carer", "samcarer.family@hotmail.co.uk")], "Your contact details", "2025-01-09 14:25", body="""\
Dear Sam,

Thank you for popping in this morning. As requested, I've added your new email address, samcarer.family@hotmail.co.uk, to Leah's and Kai's records as your main contact, and kept the outlook one as a second address until you tell us you've stopped using it.

I've sent this to both addresses so you can check the new one is working. School texts will still go to your mobile as before.

Kind regards,
Linda Bunn
Office Manager
Example School
01632 960000
""")

M("clean", "pupil_asks_snapchat_refused", "teacher refuses a pupil's request for his Snapchat and points to Google Classroom",
  LUKE, [("Danny Bulley", pupil("20dbulley"))], "Re: snapchat", "2025-02-03 16:12", mid_style="g", body="""\
Hi Danny,

Thanks for asking, but no - teachers don't share their Snapchat or any other social media with pupils. That's the same for every teacher, not just me! It's one of the ways we keep everyone safe.

If you've got a question about your coding project, post it on the Google Classroom stream or ask me in class on Thursday. And remember Snapchat is for 13 and over, so maybe have a chat with your mum about it.

Mr Pell

On Mon, 3 Feb 2025 at 15:47, Danny Bulley <20dbulley@pupils.example-school.org.uk> wrote:
> whats your snapchat sir so i can ask you about my scratch game
""")

M("clean", "snow_closure_phone_tree", "staff-only snow-closure phone tree listing staff personal mobiles",
  HEAD, [STAFFALL], "Snow and ice – closure phone tree", "2025-01-07 15:05", atts=[
      ("Phone tree Jan 2025.csv", "text/csv", "Caller,Calls,Mobile\r\nHelen Thurlow,Dan Ecclestone,07700 900201\r\n"
       "Dan Ecclestone,Kerry Bramwell,07700 900202\r\nDan Ecclestone,Priya Lowther,07700 900203\r\n"
       "Kerry Bramwell,Bernie Kerrison,07700 900204\r\nPriya Lowther,Zofia Wisniewska,07700 900205\r\n"
       "Sue Gedge,Dawn Thrower,07700 900206\r\nSean Doherty,Fran Middleton,07700 900207\r\n")],
  body="""\
Dear all,

The forecast for Thursday and Friday is not good, especially for those of you coming in on the Brinford road. Sean will be in from 6.30 to grit the paths and check the boiler, and I'll make the call by 7.00 at the latest.

If we close, the message will go on the website, the school app and BBC Radio Norfolk. Parents will get a text. I'll also start the staff phone tree - the updated list is attached (please check your own number is right and tell Linda if not). This list is for staff only; please don't share it.

Please don't set off on icy roads just to find out. If the minibus run to the site can't go because Fen Lane isn't gritted, Sean and Nina will ring the families there.

Thanks, and stay warm,
Helen
""")

M("clean", "immunisation_forward", "office forwards the immunisation team's message with their phone number and consent link",
  OFFICE, [JANE, SAM, ALI], "FW: Flu vaccinations – Example School – Tuesday 15 October", "2024-10-01 09:30", body="""\
Dear Parents and Carers,

Please see below from the School Immunisation Team. Flu vaccinations (the nasal spray) are in school on Tuesday 15 October for all children from Reception to Year 6. Please complete the consent form, even if you do NOT want your child to have it.

Linda
Example School Office
01632 960000

-----Original Message-----
From: School Immunisation Team <immunisations@healthservice.example.org>
Sent: 30 September 2024 16:12
To: Office <office@example-school.org.uk>
Subject: Flu vaccinations – Example School – Tuesday 15 October

Dear Parent/Carer,

The School Immunisation Team will be visiting your child's school on Tuesday 15 October to give the nasal flu vaccine.

Please complete the online consent form by Friday 11 October:
https://consent.healthservice.example.org/flu/2024/EXS4417

If your child has missed any other vaccinations, or if you have any questions about the vaccine (including the gelatine-free alternative), please call us on 0115 496 0190, Monday to Friday, 8.30am to 4.30pm.

School Immunisation Team
""")

M("clean", "pcso_assembly_visit", "PCSO visit letter giving the Safer Neighbourhood Team's number and 101",
  HEAD, [JANE, SAM, ALI], "PCSO visit and bike marking", "2025-04-28 15:10", kind="html", html=html_wrap("""\
<p>Dear Parents and Carers,</p>
<p>On <b>Wednesday 7 May</b>, PCSO Lucy Daniels from the Redmere Safer Neighbourhood Team is coming in to talk to Willow and Ash classes about staying safe near farm machinery and on the roads now that the harvest traffic is starting early.</p>
<p>After school (3.15&ndash;4.30) she'll be in the playground doing free <b>bike and trailer marking</b> with a UV pen and registering them on the national database. Anyone from the village is welcome, and a few of the families from Fen Lane have asked about marking quad bikes too &ndash; she is happy to do those.</p>
<p>If you can't make it but would like your bike marked, the Safer Neighbourhood Team can be reached on 0113&nbsp;496&nbsp;0271 or by ringing 101 and asking for Redmere SNT.</p>
<p>Best wishes,</p>
<p>Helen Thurlow<br>Headteacher<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>"""))

M("clean", "attendance_letter_school_formats", "attendance letter with the school's own number in several formats and the school postcode",
  ATTEND, [ALI], "Attendance – Alfie", "2025-02-04 11:00", kind="alt",
  atts=[("Attendance letter - Alfie.pdf", "application/pdf", make_pdf([
      "Example School, Park Row, Leeds LS1 4AP", "Tel 01632 960000", "",
      "Dear Mr Guardian,", "Alfie's attendance this term: 88.6% (62 of 70 sessions)",
      "We would like to invite you to a meeting on Tuesday 11 February at 3.30pm."]))],
  body="""\
Dear Mr Guardian,

Please find attached a letter about Alfie's attendance this half term. I want to say first of all that this is not a fine or anything like that - Alfie's attendance has improved a lot since October, and we know the roads to the site were closed for two days in the floods.

His attendance is now 88.6%, and we'd love to get it above 90% by Easter. Could you come in for a quick chat on Tuesday 11 February at 3.30? If that's no good, ring me on 01632 960000 (option 1 for attendance) and we'll find another time. If you're calling from a mobile abroad, it's +44 1632 960000.

Kind regards,
Jo Ringer
Attendance & Admissions Officer
Example School, Park Row, Leeds LS1 4AP
T: 01632 960 000
""", html=html_wrap("""\
<p>Dear Mr Guardian,</p>
<p>Please find attached a letter about Alfie's attendance this half term. I want to say first of all that this is not a fine or anything like that &ndash; Alfie's attendance has improved a lot since October, and we know the roads to the site were closed for two days in the floods.</p>
<p>His attendance is now 88.6%, and we'd love to get it above 90% by Easter. Could you come in for a quick chat on Tuesday 11 February at 3.30? If that's no good, ring me on 01632&nbsp;960000 (option 1 for attendance) and we'll find another time. If you're calling from a mobile abroad, it's +44&nbsp;1632&nbsp;960000.</p>
<p>Kind regards,<br>Jo Ringer<br>Attendance &amp; Admissions Officer<br>Example School, Park Row, Leeds LS1 4AP<br>T: 01632&nbsp;960&nbsp;000</p>"""))

M("clean", "own_mobile_to_training_provider", "forest school leader gives his own mobile to an outside training provider (no parent or pupil recipient)",
  TOM, [("Woodland Skills Training", "bookings@woodlandskills.example.org")], "Level 3 Forest School – assessment day", "2025-01-20 20:05", body="""\
Hi Beth,

Thanks for confirming my assessment day for Saturday 8 February. I'll bring my portfolio, the site risk assessment and the tool log as you asked.

The school site is locked at weekends, so I'll meet you at the farm gate on Church Lane at 9.30 and walk you up to the woodland. My mobile is 07700 900281 in case you can't find it - the sat-nav tends to send people down the old drove road.

Is it OK if my colleague Karen, who is starting her Level 1 in March, shadows for the morning?

Thanks,
Tom Aldous
Forest School Leader
Example School
""")

M("clean", "swimming_lift_share_other_parent", "office passes a parent another parent's number for a lift share, with that parent's permission [unsure: third-party parent's details]",
  OFFICE, [JANE], "Lift to swimming", "2025-04-30 13:40", body="""\
Hi Jane,

Following on from our chat at the gate about getting Poppy to the Saturday swimming lessons in Redmere while you're on the early shift at the packing plant - I mentioned it to Lisa Jex (Oscar's mum), who takes Oscar to the same session, and she said she'd be very happy to give Poppy a lift.

She's asked me to pass on her number so you can sort it out between you: 07700 900388.

Hope that helps!
Linda

Linda Bunn
Office Manager
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "acorns_home_visit_parent_address", "nursery lead confirms a home visit at the carer's own address",
  SUE, [SAM], "Home visit for Kai – Friday", "2024-08-27 11:10", body="""\
Dear Sam,

Just confirming that Mrs Loveridge and I will come and see you and Kai at home on Friday 30 August at 10.00, at 5 Gull Row, Wenstead NR20 5QS. We'll stay about 45 minutes.

It's very relaxed - we'll bring a few toys from Acorns, take a photo of Kai for his peg, and have a chat about what he likes, how he sleeps and anything you'd like us to know. If there's a favourite toy or a comforter he might want in nursery, we can talk about that too.

If Friday no longer works, please ring the office on 01632 960000 - Linda is in all this week getting ready for September.

See you then,
Sue Gedge
Acorns Nursery Lead
Example School
""")

M("clean", "official_facebook_page", "newsletter points parents to the school's official Facebook page run by the office [unsure: names Facebook and points parents to a page]",
  HEAD, [JANE, SAM, ALI], "Newsletter – Friday 7 February", "2025-02-07 15:30", kind="alt", body="""\
Dear Families,

What a week! Here are the headlines.

Lambing watch: Bramble and Dumpling are both due at the end of the month. Ash class have made a "lambing board" in the farm classroom so everyone can guess the dates and weights. Please don't bring dogs past the paddock on the way in.

Forest school: Oak class made bird feeders from pine cones and lard on Tuesday - ask your child to show you where they hung them.

Our school Facebook page: lots of you asked at parents' evening where to see photos of the farm and trips. We now have an official school Facebook page, run by the office, called "Example School Norfolk". We only post photos of children whose parents have given consent, and comments are switched off. Please don't message the page - it isn't monitored - contact the office as usual instead.

Dates: Friday 14 February - break up for half term. Monday 24 February - back to school. Thursday 6 March - World Book Day (dress as a book character, or in wellies!).

Have a lovely weekend,
Mrs Thurlow
""", html=html_wrap("""\
<h2 style="color:#33691e">Newsletter &ndash; Friday 7 February</h2>
<p>Dear Families,</p>
<p>What a week! Here are the headlines.</p>
<p><b>Lambing watch:</b> Bramble and Dumpling are both due at the end of the month. Ash class have made a &quot;lambing board&quot; in the farm classroom so everyone can guess the dates and weights. Please don't bring dogs past the paddock on the way in.</p>
<p><b>Forest school:</b> Oak class made bird feeders from pine cones and lard on Tuesday &ndash; ask your child to show you where they hung them.</p>
<p><b>Our school Facebook page:</b> lots of you asked at parents' evening where to see photos of the farm and trips. We now have an official school Facebook page, run by the office, called &quot;Example School Norfolk&quot;. We only post photos of children whose parents have given consent, and comments are switched off. Please don't message the page &ndash; it isn't monitored &ndash; contact the office as usual instead.</p>
<p><b>Dates:</b><br>Friday 14 February &ndash; break up for half term<br>Monday 24 February &ndash; back to school<br>Thursday 6 March &ndash; World Book Day (dress as a book character, or in wellies!)</p>
<p>Have a lovely weekend,<br>Mrs Thurlow</p>"""))

# ---------------------------------------------------------------- EVERYDAY (30 clean)

M("clean", "acorns_inset_closed", "nursery reminder: Acorns closed for an INSET day",
  SUE, [JANE, SAM], "Acorns closed Friday", "2024-10-16 14:05", body="""\
Dear Acorns families,

A quick reminder that Acorns (and the whole school) is closed this Friday, 18 October, for staff training. Breakfast and after-school club are closed too.

We'll see everyone back on Monday. It's our "autumn colours" week, so if you're out on a walk at the weekend, a conker or a few crunchy leaves for our nature table would be very welcome!

Thank you,
Sue and the Acorns team
""")

M("clean", "harvest_festival", "harvest festival arrangements and food bank donations",
  HEAD, [JANE, SAM, ALI], "Harvest Festival – Thursday 3 October", "2024-09-26 15:35", kind="alt", body="""\
Dear Parents and Carers,

Our Harvest Festival will be at St Mary's church on Thursday 3 October at 2pm, and you are all very welcome to come. Every class will be singing, Ash class are reading their harvest poems, and Acorns will be doing "Dingle Dangle Scarecrow" (with actions!).

This year we are collecting for the Redmere food bank. They are especially short of tinned meat and fish, UHT milk, tinned tomatoes, coffee, and toiletries. Please send donations in with your child from Monday - there'll be a trailer by the front door (Mr Doherty is borrowing it from Church Farm).

After the service, Mr Bulley has kindly offered to bring his vintage tractor and the children will be walking back to school behind it, so please don't collect from the church - pick-up will be from school at the normal time.

If your child grew something on the school allotment this summer (the giant marrow springs to mind), they can bring it to show at the front of the church.

Thank you, as always, for your generosity.

Helen Thurlow
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", html=html_wrap(p2html("""\
Dear Parents and Carers,

Our Harvest Festival will be at St Mary's church on Thursday 3 October at 2pm, and you are all very welcome to come. Every class will be singing, Ash class are reading their harvest poems, and Acorns will be doing "Dingle Dangle Scarecrow" (with actions!).

This year we are collecting for the Redmere food bank. They are especially short of tinned meat and fish, UHT milk, tinned tomatoes, coffee, and toiletries. Please send donations in with your child from Monday - there'll be a trailer by the front door (Mr Doherty is borrowing it from Church Farm).

After the service, Mr Bulley has kindly offered to bring his vintage tractor and the children will be walking back to school behind it, so please don't collect from the church - pick-up will be from school at the normal time.

If your child grew something on the school allotment this summer (the giant marrow springs to mind), they can bring it to show at the front of the church.

Thank you, as always, for your generosity.

Helen Thurlow
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")))

M("clean", "willow_forest_kit", "Willow class forest school afternoons and kit list",
  KERRY, [ALI], "Forest School on Thursdays from next half term", "2024-10-22 16:10", body="""\
Dear Willow Class Parents and Carers,

After half term it's Willow class's turn for Forest School with Mr Aldous, every Thursday afternoon until Christmas. The children will be in the wood behind the farm whatever the weather (unless it's very windy, when we stay out of the trees).

Please send in a Forest School bag on Thursdays with:
- wellies or old walking boots
- waterproof trousers and coat (we have some spares if you haven't got any)
- an old jumper, hat and gloves
- a change of socks

They can come to school in their Forest School clothes on Thursdays if that's easier, and change back into uniform on Friday.

Thank you,
Miss Bramwell
""")

M("clean", "book_band_reply", "teacher replies to a parent's question about reading book bands, with quoted message",
  PRIYA, [JANE], "Re: Poppy's reading book", "2024-11-05 17:20", mid_style="g", body="""\
Hi Jane,

Thanks for your message - it's a really good question and I'm glad you asked.

Poppy is reading the orange book band words really confidently now, but when we read together she sometimes races ahead and can't tell me what happened on the page. So we've kept her on orange for a couple more weeks while we work on understanding - talking about the pictures, guessing what might happen next, and so on. It's very normal at this stage and I expect she'll move up before Christmas.

At home, the best thing is to stop now and again and ask "why do you think he did that?" or "how is she feeling?". And if she wants to read the same book three times, that's absolutely fine.

She's also very welcome to bring in books from home to share with the class - she told me all about your library book on tractors!

Best wishes,
Priya Lowther
Oak Class Teacher
Example School

On Mon, 4 Nov 2024 at 20:41, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Lowther,
> Poppy has been on the orange books for a while now and she reads them really easily at home. Is there a reason she hasn't moved up? She's a bit upset because some of her friends have.
> Thanks, Jane
""")

M("clean", "sats_arithmetic_homework", "Y6 teacher reminds pupils about SATs arithmetic homework on Google Classroom",
  DAN, [("Mason Crane", pupil("19mcrane")), ("Evie Kett", pupil("19ekett")), ("Ruby Larwood", pupil("19rlarwood")),
        ("Summer Birch", pupil("19sbirch")), ("Tilly Barker", pupil("19tbarker"))],
  "Arithmetic paper – due Wednesday", "2025-03-24 16:35", body="""\
Hi Year 6,

Just a reminder that this week's arithmetic paper is on Google Classroom and is due in on Wednesday. It's the one with the long division and the fractions of amounts - do your working out on paper and just type the answers in.

If you get stuck on questions 31-36, leave them - we'll go through them together on Thursday morning.

And well done for last week. Everyone's score went up, and Ruby got 36/40!

Mr Ecclestone
""")

M("clean", "cover_monday_staff", "staff-only cover arrangements for Monday",
  HEAD, [STAFFALL], "Cover Monday 13 Jan", "2025-01-10 15:50", body="""\
Hi everyone,

Kerry is on the maths hub course on Monday, so:

- Willow class: Martin in the morning (maths and English planning is in the blue folder on Kerry's desk), me in the afternoon for RE.
- Martin's Ash interventions move to Tuesday.
- Bernie - could you do Kerry's gate duty at 8.40?
- Forest School for Oak still goes ahead with Tom and Karen.

Reminder that the boiler engineer is coming at 10, so Sean will be in and out of the hall.

Thanks all,
Helen
""")

M("clean", "farm_monitor_rota", "farm manager sends the farm monitors their rota and rules",
  RACHEL, [("Oscar Jex", pupil("20ojex")), ("Harry Faulkner", pupil("20hfaulkner")), ("Danny Bulley", pupil("20dbulley")),
           ("Summer Birch", pupil("19sbirch"))], "Farm monitors – spring rota", "2025-01-06 12:10", kind="alt",
  body="""\
Hello farm monitors!

Happy New Year. Here's the rota until half term:

Monday - Oscar and Harry: hens (food, water, collect eggs, check the nest boxes)
Tuesday - Summer and Danny: goats (hay net, water, check their feet with me)
Wednesday - Harry and Summer: pigs (feed and clean water - NOT over the fence, use the chute)
Thursday - Danny and Oscar: eggs to the office for the honesty box, fill in the egg chart
Friday - everyone: mucking out with me at 12.40

Rules, as always: wellies and overalls on, hands washed with soap afterwards (the sink in the farm classroom, not the outside tap), and nobody goes into the pig pen without a grown-up.

Egg money: we made £46.50 before Christmas, which has paid for the new hen feeder. Brilliant work.

Miss Youngs
""", html=html_wrap("""\
<p>Hello farm monitors!</p>
<p>Happy New Year. Here's the rota until half term:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Day</th><th>Who</th><th>Job</th></tr>
<tr><td>Monday</td><td>Oscar and Harry</td><td>hens (food, water, collect eggs, check the nest boxes)</td></tr>
<tr><td>Tuesday</td><td>Summer and Danny</td><td>goats (hay net, water, check their feet with me)</td></tr>
<tr><td>Wednesday</td><td>Harry and Summer</td><td>pigs (feed and clean water &ndash; NOT over the fence, use the chute)</td></tr>
<tr><td>Thursday</td><td>Danny and Oscar</td><td>eggs to the office for the honesty box, fill in the egg chart</td></tr>
<tr><td>Friday</td><td>everyone</td><td>mucking out with me at 12.40</td></tr></table>
<p>Rules, as always: wellies and overalls on, hands washed with soap afterwards (the sink in the farm classroom, not the outside tap), and nobody goes into the pig pen without a grown-up.</p>
<p>Egg money: we made &pound;46.50 before Christmas, which has paid for the new hen feeder. Brilliant work.</p>
<p>Miss Youngs</p>"""))

M("clean", "minibus_mot_staff", "staff-only: minibus MOT booked and driver licence checks",
  SEAN, [MAGGIE], "Minibus MOT + driver checks", "2024-11-26 08:20", cc=[HEAD], body="""\
Morning Maggie,

MOT is booked at Redmere Motors for Monday 9 December - I'll drop it at 8 after the site run and they'll have it back by 3, so the after-school football will need to walk to the rec that day.

Also the front tyres are getting low, they've said about £160 the pair fitted. OK to go ahead?

Driver checks: mine, Dan's and Ryan's licence checks are due in January. Tom has asked about doing the MiDAS course so we've got a fourth driver for forest school trips - worth it, I think, with Dan doing the residential.

Sean
""")

M("clean", "term_time_leave_declined", "head declines a term-time leave request from a family working seasonally, kindly explained",
  HEAD, [JANE], "Leave of absence request – Poppy", "2024-09-20 14:45", kind="alt", body="""\
Dear Ms Parent,

Thank you for your leave of absence request for Poppy for the week of 7 October, and for explaining the reasons so clearly.

I do understand how hard it is. When you work right through the summer at the holiday park, the first week of October is often the only chance a family gets to go away together, and I know the prices in half term are very different.

Unfortunately the law only allows me to authorise leave in term time in "exceptional circumstances", and I'm afraid a family holiday isn't something I'm able to authorise, however understandable it is. If Poppy is away, the absence will be recorded as unauthorised. For a single week we would not normally take it any further, but I do have to tell you that the county's rules mean repeated unauthorised absence can lead to a penalty notice.

I'd genuinely be happy to talk this through with you. If it helps with planning for next year, our October half term is 27-31 October 2025, and we are looking at whether the INSET days can be put next to it.

Kind regards,

Helen Thurlow
Headteacher
Example School
Park Row, Leeds LS1 4AP
01632 960000
""", html=html_wrap(p2html("""\
Dear Ms Parent,

Thank you for your leave of absence request for Poppy for the week of 7 October, and for explaining the reasons so clearly.

I do understand how hard it is. When you work right through the summer at the holiday park, the first week of October is often the only chance a family gets to go away together, and I know the prices in half term are very different.

Unfortunately the law only allows me to authorise leave in term time in "exceptional circumstances", and I'm afraid a family holiday isn't something I'm able to authorise, however understandable it is. If Poppy is away, the absence will be recorded as unauthorised. For a single week we would not normally take it any further, but I do have to tell you that the county's rules mean repeated unauthorised absence can lead to a penalty notice.

I'd genuinely be happy to talk this through with you. If it helps with planning for next year, our October half term is 27-31 October 2025, and we are looking at whether the INSET days can be put next to it.

Kind regards,

Helen Thurlow
Headteacher
Example School
Park Row, Leeds LS1 4AP
01632 960000""")))

M("clean", "newsletter_november", "HTML-only weekly newsletter (sports, farm, Christmas fair)",
  OFFICE, [JANE, SAM, ALI], "Example School News – 22 November", "2024-11-22 15:15", kind="html", html=html_wrap("""\
<table width="600" style="border:1px solid #c8e6c9"><tr><td style="background:#2e7d32;color:#ffffff;padding:8px"><h1 style="margin:0">Example School News</h1><p style="margin:0">Friday 22 November 2024</p></td></tr>
<tr><td style="padding:8px">
<h3>Football</h3>
<p>Well done to our mixed football team, who came second out of eight schools at the Redmere cluster tournament on Wednesday &ndash; our best result for years. Player of the tournament went to Leah for her goalkeeping.</p>
<h3>On the farm</h3>
<p>The pigs (Pickle and Pudding) went off to Church Farm for the winter on Tuesday, so the pen is being rested and reseeded. The hens have slowed down laying now the days are short &ndash; the honesty box will be back in spring.</p>
<h3>Christmas Fair</h3>
<p>The PTA Christmas Fair is on <b>Friday 6 December, 3.30&ndash;5.30</b> in the hall. They would love donations of bottles, chocolates and new toys for the tombola (to the office by Wednesday 4th), and helpers for the cake stall. Santa's grotto will be in the farm classroom (Santa has asked us to say the reindeer are actually the goats).</p>
<h3>Attendance</h3>
<p>Well done to Oak class, who had 98.2% attendance this week and win the attendance trophy. Whole school: 95.1%.</p>
<h3>Dates</h3>
<p>Tue 26 Nov &ndash; Flu vaccine catch-up<br>Fri 6 Dec &ndash; Christmas Fair<br>Tue 10 Dec &ndash; Wrens &amp; Acorns nativity, 2pm<br>Thu 12 Dec &ndash; Christmas lunch<br>Fri 20 Dec &ndash; break up at 1.30pm</p>
</td></tr>
<tr><td style="font-size:9pt;color:#555;padding:8px">Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr></table>"""))

M("clean", "fire_station_visit", "short trip letter: Wrens visit to the village fire station",
  ZOFIA, [ALI], "Wrens – walk to the fire station", "2025-01-28 15:25", body="""\
Dear Wrens Parents and Carers,

On Wednesday 5 February, as part of our "People Who Help Us" topic, we are walking down to Wenstead fire station. The retained firefighters have kindly offered to show the children the engine and let them try the hose.

We'll leave at 9.30 and be back for lunch. Please make sure your child has a warm coat and wellies - the yard is muddy.

There's no cost, but we do need a few parent helpers to walk with us. If you can help, please tell me at the door.

Thank you,
Miss Wiśniewska
""")

M("clean", "slt_minutes_staff", "staff-only SLT meeting notes",
  DAN, [SLT], "SLT notes – 4 March", "2025-03-04 17:45", body="""\
SLT notes, Tuesday 4 March
Present: HT, DT, SENCo, SBM. Apologies: DSL (course).

1. Attendance. Whole school 94.3% year to date. Persistent absence down to 11 children from 17 in the autumn. Jo to continue the Monday check-in calls. Families on Fen Lane: attendance up since the minibus pick-up started - keep it going after Easter, Sean happy to continue.

2. Budget. Maggie: minibus tyres and MOT came in under budget. Farm feed costs up 12% - look at asking the PTA to sponsor the goats. Bid for the outdoor classroom roof went in on Friday.

3. SEND. Gareth: two new requests for EP time. Annual reviews for Leah (20 March) and one Acorns child (April). Overlays trial in Willow going well.

4. Curriculum. Mixed-age rolling programme for science: Year B next year, Dan to check the Y5/6 units against the new scheme.

5. Safeguarding. Nothing new to report in this meeting; Claire will update on Thursday.

6. AOB. Residential numbers now 17 of 19. Sports day booked for Friday 4 July, reserve day Monday 7 July.

Next meeting: Tuesday 18 March.
Dan
""")

M("clean", "report_cover_note", "end-of-year report sent to a parent with a short covering note (PDF attached)",
  KERRY, [ALI], "Alfie's end of year report", "2025-07-11 15:05", kind="alt",
  atts=[("Alfie - end of year report 2025.pdf", "application/pdf", make_pdf([
      "Example School - End of Year Report 2024-25", "Pupil: Alfie  Class: Willow (Year 4)",
      "Reading: working towards the expected standard", "Writing: working towards", "Maths: expected standard",
      "Multiplication check: 21/25", "Attendance: 91.2%"]))], body="""\
Dear Mr Guardian,

Alfie's end of year report is attached, and a paper copy is coming home in his bag today.

I want to say how proud I am of him this year. He's missed quite a lot of school with the travelling, but he always comes back ready to work, and his times tables have come on brilliantly - 21 out of 25 in the multiplication check! He's also been a real help to the younger ones at forest school.

If you'd like to talk about anything in the report, I'm around after school every day next week.

Kind regards,
Kerry Bramwell
Willow Class Teacher
Example School · 01632 960000
""", html=html_wrap(p2html("""\
Dear Mr Guardian,

Alfie's end of year report is attached, and a paper copy is coming home in his bag today.

I want to say how proud I am of him this year. He's missed quite a lot of school with the travelling, but he always comes back ready to work, and his times tables have come on brilliantly - 21 out of 25 in the multiplication check! He's also been a real help to the younger ones at forest school.

If you'd like to talk about anything in the report, I'm around after school every day next week.

Kind regards,
Kerry Bramwell
Willow Class Teacher
Example School · 01632 960000""")))

M("clean", "ep_visit_booking_external", "SENCo books an educational psychologist visit (external, no parent)",
  GARETH, [("Dr Hannah Rix", "h.rix@edpsych.example.org")], "EP visit – summer term dates", "2025-04-23 13:15", body="""\
Dear Hannah,

Thank you for your email. Tuesday 13 May works well for us. Could we do:

9.15-10.30 - observation in Acorns (child S., age 3, referral sent on 2 April)
10.45-12.00 - consultation with me and the class teacher about a Year 4 pupil (Willow class)
1.15-2.00 - feedback to parents in the small meeting room

We have parental consent for both, and I'll send the updated SEN support plans by the end of next week.

Parking is in the staff car park - please sign in at the office on arrival. Lunch is on us if you'd like to join us in the staff room (it's shepherd's pie on a Tuesday).

Kind regards,
Gareth Nobbs
SENCo
Example School
01632 960000
""")

M("clean", "bean_experiment_pupil_reply", "teacher answers a pupil's science question about bean plants, with quoted question",
  DAN, [("Evie Kett", pupil("19ekett"))], "Re: our beans", "2025-05-14 18:02", mid_style="g", body="""\
Hi Evie,

Great question! The beans in the dark cupboard grew taller because they were stretching to find light - scientists call it "etiolation". They grow fast and spindly and use up their food store, but they can't make new food without light, which is why they're yellow and floppy. The ones on the windowsill are shorter but much stronger and greener.

So your prediction was actually half right: light does affect how tall they grow, just not the way we expected!

For your write-up, make sure you say which variable you changed (light), which you measured (height) and which you kept the same (water, soil, type of bean).

See you tomorrow,
Mr Ecclestone

On Wed, 14 May 2025 at 17:20, Evie Kett <19ekett@pupils.example-school.org.uk> wrote:
> Mr Ecclestone why are the beans in the cupboard taller than the ones on the windowsill? I thought they would be smaller. Evie
""")

M("clean", "inset_agenda_staff", "staff-only INSET day agenda with attachment",
  HEAD, [STAFFALL], "INSET Monday 2 June – agenda", "2025-05-29 16:00",
  atts=[("INSET agenda 2 June.pdf", "application/pdf", make_pdf([
      "INSET Day - Monday 2 June 2025", "8.45  Coffee and pastries (thank you, PTA)",
      "9.00  Safeguarding update - Claire", "10.30 Break", "10.45 Outdoor learning across the curriculum - Tom & Rachel",
      "12.30 Lunch", "1.15  Mixed-age planning time in phases", "3.00  Site walk - farm and forest risk assessments"]))],
  body="""\
Hi all,

The agenda for Monday is attached. Highlights: Claire's safeguarding update first thing (everyone including midday staff, please), then Tom and Rachel are taking us out to the wood and the farm for the outdoor learning session - so wellies and a coat, whatever the forecast says.

The afternoon is planning time in your phase groups. Acorns and Wrens, you're in the nursery; Oak and Willow in the library; Ash in Dan's room.

The PTA are doing breakfast, so come hungry.

Helen
""")

M("clean", "governors_head_report", "head sends the chair of governors her termly report ahead of the meeting",
  HEAD, [("Rev. Peter Loades", staff("p.loades"))], "Head's report for the FGB", "2025-03-13 21:10", cc=[DAN],
  atts=[("Head's report Spring 2025.pdf", "application/pdf", make_pdf([
      "Headteacher's Report to Governors - Spring 2025", "Number on roll: 96 (Acorns 18)",
      "Attendance: 94.3%", "Exclusions: none", "Staffing: one new TA (Acorns)",
      "Site: minibus MOT passed; outdoor classroom roof bid submitted"]))], body="""\
Dear Peter,

Please find my report for Tuesday's full governing body meeting attached. Sorry it's a day later than I promised - the lambs got in the way!

The main items I'd like time for on Tuesday are the admissions numbers for September (Acorns is full and we have a waiting list for the first time), the outdoor classroom bid, and the minibus - we need to decide whether to keep running the Fen Lane pick-up after Easter, as it's made a real difference to attendance but it's costing us about £40 a week in fuel.

Dan will present the curriculum update on mixed-age planning.

See you on Tuesday,
Helen
""")

M("clean", "nativity_tickets", "office explains nativity ticket allocation",
  OFFICE, [ALI, SAM], "Nativity tickets", "2024-11-28 10:20", body="""\
Dear Parents and Carers of Wrens and Acorns,

The Wrens and Acorns nativity, "The Donkey Who Couldn't Sing", is on Tuesday 10 December at 2pm in St Mary's church.

Because the church only holds 120, we're giving each family 2 tickets to start with. Tickets will come home in book bags on Monday. If you need more (grandparents!), please ask at the office from Wednesday 4 December and we'll share out what's left.

There will be a dress rehearsal on the Monday morning that our Acorns toddlers will watch, and the older children in Willow and Ash will be watching that too.

Linda
Example School Office
01632 960000
""")

M("clean", "head_lice_oak", "short head lice letter to a class",
  OFFICE, [JANE], "Head lice in Oak class", "2025-01-21 14:00", body="""\
Dear Oak Class Parents and Carers,

We have had a case of head lice in Oak class. Please check your child's hair this week with a nit comb (wet hair and conditioner makes it much easier), and treat if you find anything.

Children don't need to stay off school. Long hair tied back helps a lot.

Thank you,
Example School Office
""")

M("clean", "chicks_hatched_photo", "Reception teacher tells parents the chicks have hatched (photo attached); encoded subject",
  ZOFIA, [ALI, JANE], "Our chicks have hatched! 🐣", "2025-04-29 15:40", kind="alt",
  atts=[("chicks.png", "image/png", make_png(24, 16, (250, 220, 90)))], body="""\
Dear Wrens Families,

Exciting news - four of our six eggs hatched overnight! The children came in this morning to find them wobbling around the incubator, still damp and very loud. We've moved them into the brooder in the farm classroom, and Miss Youngs is teaching the children how to hold them gently (two hands, like a little bowl).

Their names, after a class vote, are Nugget, Sunshine, Mrs Fluffy and Gary.

We're still waiting for the last two eggs - fingers crossed for tomorrow. A photo of the first three is attached.

Children who are allergic to feathers will be able to watch through the window - please let me know if I need to know anything.

Miss Wiśniewska
Wrens Class Teacher
""", html=html_wrap(p2html("""\
Dear Wrens Families,

Exciting news - four of our six eggs hatched overnight! The children came in this morning to find them wobbling around the incubator, still damp and very loud. We've moved them into the brooder in the farm classroom, and Miss Youngs is teaching the children how to hold them gently (two hands, like a little bowl).

Their names, after a class vote, are Nugget, Sunshine, Mrs Fluffy and Gary.

We're still waiting for the last two eggs - fingers crossed for tomorrow. A photo of the first three is attached.

Children who are allergic to feathers will be able to watch through the window - please let me know if I need to know anything.

Miss Wiśniewska
Wrens Class Teacher""")))

M("clean", "cross_country_results", "sports coach shares cluster cross-country results with parents",
  RYAN, [SAM, ALI], "Cross-country results", "2024-10-10 16:40", body="""\
Dear Parents and Carers,

What a muddy afternoon at Brinford Hall for the cluster cross-country! Thank you to everyone who came to cheer - it made a real difference on the last hill.

Results:
Y5/6 girls: Leah 4th, Ruby 9th, Evie 15th
Y5/6 boys: Jimmy 6th (with one shoe for the last 400m!), Mason 11th
Y3/4 girls: 3rd as a team
Y3/4 boys: Alfie 12th, Harry 14th

Leah and Jimmy have both qualified for the county final in November - letters to follow.

Please return the blue team shirts washed by Monday.

Thanks,
Mr Cushion
PE & School Sport, Example School
""")

M("clean", "autumn_menu_b64", "office sends the new autumn lunch menu (base64 body)",
  OFFICE, [JANE, SAM, ALI], "New lunch menu from 4 November", "2024-10-30 11:50", cte="base64", body="""\
Dear Parents and Carers,

The new autumn/winter menu starts after half term, on Monday 4 November. Highlights: roast dinner every Wednesday, jacket potatoes every day, and the return of the jam sponge and custard.

The vegetables on Thursdays will come from the school allotment for as long as they last (the children are very proud of the squashes).

Please let the office know about any new allergies or dietary needs before then. Meals for children in Reception, Year 1 and Year 2 are free; for Years 3 to 6 a meal costs £2.60 a day, paid through ParentPay.

Example School Office
01632 960000
""")

M("clean", "playground_duty_rota", "staff-only playground duty rota for the new half term",
  DAN, [STAFFALL], "Playground duties after half term", "2025-02-21 13:30", body="""\
Hi all,

New duty rota below, starting Monday 24 Feb. I've tried to keep the forest school and farm days free for Tom, Karen and Rachel.

Morning break (10.30-10.45)
Mon - Priya   Tue - Kerry   Wed - Zofia   Thu - Martin   Fri - Dan

Lunch (12.15-1.00), with the midday team
Mon - Bernie   Tue - Martin   Wed - Bernie   Thu - Dawn   Fri - Fran

Gate (8.40-8.55)
Mon-Wed - Helen   Thu-Fri - Dan

The field stays closed until it dries out. Please keep the little ones off the mound by the pond.

Shout if there's a clash.
Dan
""")

M("clean", "returning_travellers_staff", "staff-only plan for welcoming back Traveller children after the summer season",
  NINA, [DAN, KERRY, ZOFIA], "Welcome back plan – Fen Lane families", "2024-09-09 08:05", cc=[HEAD], body="""\
Morning all,

Three families from Fen Lane are back on the site this week after the summer, so we'll have five children back in over the next few days (two Ash, two Willow and Rosie in Wrens).

A few things that worked last year:
- a quick "what did you do this summer?" chat with me on the first morning, so we know about any school they attended while away and any worries
- a buddy in class for the first week
- keeping the distance learning pack books they finished - please praise them, they worked hard on them
- checking reading levels gently in week 2, not on day one

I'm going to ring the Norfolk GRT service to get any records from the schools they attended in Lincolnshire in July.

Sean has confirmed the minibus will do the site pick-up at 8.20 again from Wednesday.

Thanks,
Nina
""")

M("clean", "preloved_uniform_reply", "office replies to a carer about pre-loved uniform; Outlook-style quoted message",
  OFFICE, [SAM], "RE: Uniform", "2024-09-03 09:20", kind="alt", headers={"Thread-Topic": "Uniform"}, body="""\
Hi Sam,

Yes, of course. The PTA pre-loved uniform rail is in the corridor outside the office and it's free - just help yourself. There are plenty of green jumpers in age 9-10 at the moment, and a few PE bags. For Kai in Acorns there's no uniform at all, just clothes you don't mind getting muddy.

If you need book bags or coats, ask me, as we keep those in the cupboard.

Linda

Linda Bunn
Office Manager
Example School | 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 02 September 2024 22:15
To: Office <office@example-school.org.uk>
Subject: Uniform

Hello, do you have any second hand uniform? Leah has grown out of everything over the summer and I've only just got her jumpers sorted. Thanks Sam
""", html=html_wrap("""\
<p>Hi Sam,</p>
<p>Yes, of course. The PTA pre-loved uniform rail is in the corridor outside the office and it's free &ndash; just help yourself. There are plenty of green jumpers in age 9-10 at the moment, and a few PE bags. For Kai in Acorns there's no uniform at all, just clothes you don't mind getting muddy.</p>
<p>If you need book bags or coats, ask me, as we keep those in the cupboard.</p>
<p>Linda</p>
<p style="font-size:10pt">Linda Bunn<br>Office Manager<br>Example School | 01632 960000</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Sam Carer &lt;sam.carer@outlook.com&gt;<br><b>Sent:</b> 02 September 2024 22:15<br><b>To:</b> Office &lt;office@example-school.org.uk&gt;<br><b>Subject:</b> Uniform</p></div>
<p>Hello, do you have any second hand uniform? Leah has grown out of everything over the summer and I've only just got her jumpers sorted. Thanks Sam</p>"""))

M("clean", "spring_concert_recorders", "music lead announces the spring concert; encoded sender name",
  AOIFE, [JANE, SAM, ALI], "Spring concert – Wednesday 26 March", "2025-03-12 15:55", body="""\
Dear Parents and Carers,

Our spring concert is on Wednesday 26 March at 6pm in the school hall. Every class is performing:

Acorns and Wrens - "Old MacDonald" (with real animal noises from our farm!)
Oak - "The Wheels on the Tractor"
Willow - recorder ensemble
Ash - keyboard club and the choir

Children need to be back in school by 5.40 and in school uniform. Tickets are free, but please let the office know how many seats you need. The PTA will be selling drinks and cakes in the interval.

Willow class - please practise the recorder pieces at home! The sheets are in the book bags.

Thank you,
Miss Ní Bhriain
Music Lead
""")

M("clean", "boiler_broken_staff", "staff-only: heating broken, engineer on the way",
  SEAN, [STAFFALL], "No heating this morning", "2025-01-13 07:25", body="""\
Morning all,

The boiler has gone again overnight - the hall and Willow are about 12 degrees. Engineer is coming at 10. I've put the oil heaters in Acorns and Wrens first.

Kids keep coats on till it warms up. PE in the hall is off this morning.

Sean
""")

M("clean", "well_done_writing_pupil", "deputy head praises a pupil's writing and tells her about a headteacher's award",
  DAN, [("Summer Birch", pupil("19sbirch"))], "Your harvest mouse story", "2024-10-11 15:20", body="""\
Hi Summer,

I've just finished reading your harvest mouse story and I had to write and tell you how good it is. The bit where the combine harvester is coming closer and closer and Mabel can feel the stalks shaking was really tense - I was holding my breath! You used short sentences to build the tension, exactly like we practised.

I've shown it to Mrs Thurlow and you're getting a Headteacher's Award in assembly on Friday. Don't tell anyone yet!

Mr Ecclestone
""")

M("clean", "feed_order_supplier", "farm manager orders feed from a country store (external), with account number",
  RACHEL, [("Wensum Country Stores", "orders@wensumcountry.example.com")], "Order – Example School farm, account EXS0417", "2025-02-18 08:50",
  body="""\
Hello,

Please could we order the following for delivery this week, if possible on Thursday or Friday morning:

- 4 x 20kg layers pellets
- 2 x 20kg goat mix
- 1 x 20kg ewe nuts (lambing starts in a fortnight)
- 10 bales barley straw
- 1 x lamb colostrum (the powdered one, 250g) and 1 x 2kg lamb milk replacer

Account number EXS0417. Delivery to the farm gate on Church Lane please, not the main school entrance - the driver can ring the office when he arrives and Mr Doherty will come down with the trolley.

Many thanks,
Rachel Youngs
School Farm Manager
Example School
Park Row, Leeds LS1 4AP
01632 960000
""")

M("clean", "safeguarding_refresher_staff", "staff-only: DSL reminds staff about the safeguarding refresher and KCSIE sign-off",
  DSL, [STAFFALL], "Safeguarding refresher + KCSIE sign-off", "2024-09-02 16:30", body="""\
Hi everyone, and welcome back,

A few safeguarding things for this week:

1. Please read Part 1 of Keeping Children Safe in Education 2024 (in the shared drive, Safeguarding folder) and sign the sheet in the staff room by Friday 6 September. Midday staff, club staff and volunteers too, please.

2. Annual refresher training is on the INSET day, Monday 2 September - today, if you're reading this late! Slides are in the same folder for anyone who missed it.

3. Reminder: any concern, however small, goes on CPOMS the same day. If you're not sure, come and find me or Helen.

4. We have some new families starting in Acorns and on the Fen Lane site. Please don't share anything about families or the site on social media, even positive things, and remember the usual rules about contact with parents: school email, the office and the school phone only.

Thanks,
Claire
Designated Safeguarding Lead
""")


# ====================================================================== output
README = """\
# Round 31 hold-out corpus: personal-address-to-parent

**Blind hold-out set. Never use these messages to tune the filter, its rules or its thresholds.**
They were written without reading mailguard's code, rules, tests or docs, and are only for
measuring how the filter does on mail nobody tuned it on.

## What it is

{total} complete RFC 5322 e-mail messages (`.eml`) written as outgoing mail from staff of a
small rural primary school with a nursery in Norfolk: a school farm and forest school, a
nearby Gypsy, Roma and Traveller site whose families the school works closely with, parents
in seasonal farm and holiday-park work, one minibus, mixed-age classes (Acorns nursery, Wrens
Reception, Oak Y1/2, Willow Y3/4, Ash Y5/6) and a village where everyone knows everyone.

The policy tested: staff must not use personal devices or personal e-mail to communicate
with pupils or parents, must not give pupils or parents their personal phone number, home
address or personal e-mail, and must not add pupils or parents on social media.

`labels.csv` gives, for every file: `file,expected,sender,recipients,note`. `expected` is
`flag` or `clean`; `sender` is the staff envelope sender; `recipients` is To + Cc separated
by single spaces; judgement calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give pupils/parents their own personal contact details or a private channel | {flag} |
| clean | everyday school mail | {everyday} |
| clean | hard negatives (look risky, are fine) | {hard} |
| **total** | | **{total}** |

## How it was made and how to regenerate

Hand-written messages in `../make_round31_personal.py` (Python 3.11 standard library only).
The script fixes every date, Message-ID and MIME boundary, so it is deterministic:

    python3 tests/holdout/round31/make_round31_personal.py

rewrites this directory byte for byte. Formats are mixed: text/plain,
multipart/alternative (Outlook and Gmail style), HTML only, quoted replies and forwards,
PDF / PNG / CSV / vCard / iCalendar attachments, 7bit, 8bit, quoted-printable and base64
bodies, RFC 2047 encoded subjects and display names. All people, addresses and numbers are
invented; phone numbers come from the Ofcom drama ranges.

## Kinds of case

Flag:
- own mobile in many formats (plain, hyphens, dots, brackets, +44 and 0044, no spaces,
  &nbsp; in HTML, split over a line break, in a signature, base64 or quoted-printable body)
- home landline in a signature; home address in the body or only in an .ics invitation
- own number only in an attached vCard
- personal e-mail in the body, in Cc, or only in Reply-To
- invitations to private channels: WhatsApp group link, WhatsApp/Signal/Telegram, Snapchat,
  Facebook friend request, Instagram/TikTok follow, Discord server (to parents or pupils)

Clean (hard negatives):
- school-owned trip and minibus mobiles stated as such; the school's number in several formats
- the parent's own number, address or new e-mail read back or quoted
- third parties for a reason: outdoor centre, helpline, high school SENCo, poultry supplier,
  immunisation team, police team, GRT education service, another parent (with consent)
- numbers that are not phones: ISBNs, bank sort code and account number, Teams meeting ID,
  FSM reference, percentages, prices, grid reference, venue postcodes
- staff-only mail with personal details (HR new starter, staff drinks at home, snow phone tree)
- own mobile given to an outside training provider (no parent or pupil)
- staff refusing to give a personal number, declining a parents' WhatsApp group, refusing a
  pupil's Snapchat request; e-safety advice naming apps; the school's official Facebook page

Clean (everyday): reminders, newsletters, trip letters, reports, homework and praise to
pupils, farm and forest school notes, staff admin, minutes and rotas, supplier orders.
"""


def main():
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    hard, everyday = cleans[:30], cleans[30:]
    assert len(flags) == 20 and len(hard) == 30 and len(everyday) == 30, (len(flags), len(cleans))
    order = list(MESSAGES)
    random.Random(3131).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for n, m in enumerate(order, 1):
        name = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        msg = build(n, m)
        (OUT / name).write_bytes(msg.as_bytes(policy=policy.default))
        recips = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([name, m["label"], m["frm"][1], recips, m["note"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    (OUT / "README.md").write_text(README.format(total=len(order), flag=len(flags), everyday=len(everyday),
                                                 hard=len(hard)), encoding="utf-8")
    print(f"wrote {len(order)} messages to {OUT}")


if __name__ == "__main__":
    main()
