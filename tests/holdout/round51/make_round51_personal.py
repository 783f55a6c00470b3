#!/usr/bin/env python3
"""Generate the round-51 BLIND hold-out corpus for the personal-address-to-parent module.

Setting: a tiny Church of England village primary in rural Herefordshire (48 pupils, three
mixed-age classes). Writes NNN_<flag|clean>_<slug>.eml files, labels.csv and README.md into
./personal-address-to-parent/ next to this script.

Python 3.11 standard library only. Deterministic: fixed dates, Message-IDs and MIME boundaries,
so running it twice gives byte-identical output.

    python3 tests/holdout/round51/make_round51_personal.py
"""
import csv
import datetime
import hashlib
import html
import io
import os
import sys
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
D = "example-school.org.uk"
P = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
STAFF = {
    "pryce": ("Helen Pryce", f"h.pryce@{D}"),          # Headteacher, teaches Class 3 Mon-Thu, DSL
    "dsl": ("Helen Pryce", f"dsl@{D}"),
    "watkins": ("Tom Watkins", f"t.watkins@{D}"),       # Class 2 teacher (Y2-4), deputy DSL
    "morgan": ("Bethan Morgan", f"b.morgan@{D}"),       # Class 1 teacher (Rec/Y1), EYFS lead
    "office": ("Example School Office", f"office@{D}"),
    "bevan": ("Carol Bevan", f"c.bevan@{D}"),           # School business manager
    "attendance": ("Carol Bevan", f"attendance@{D}"),
    "lloyd": ("Rachel Lloyd", f"r.lloyd@{D}"),          # TA Class 2
    "powell": ("Gareth Powell", f"g.powell@{D}"),       # Site manager & minibus driver
    "jenkins": ("Sue Jenkins", f"s.jenkins@{D}"),       # Cook
    "vaughan": ("Anne Vaughan", f"a.vaughan@{D}"),      # SENCo (Tue/Thu)
    "griffiths": ("Owen Griffiths", f"o.griffiths@{D}"),  # Sports coach (cluster)
    "shah": ("Priya Shah", f"p.shah@{D}"),              # Peripatetic music
    "holloway": ("Kate Holloway", f"k.holloway@{D}"),   # TA Class 1, Friends liaison
    "tudor": ("James Tudor", f"j.tudor@{D}"),           # Class 3 teacher Fridays
    "hughes": ("Megan Hughes", f"m.hughes@{D}"),        # After-school club lead
    "castell": ("Ellie Castell", f"e.castell@{D}"),     # Forest School leader
    "baines": ("Nick Baines", f"n.baines@{D}"),         # ICT technician (shared)
    "clerk": ("Fiona Marsh", f"clerk@{D}"),             # Clerk to governors
    "pritchard": ("Siân Pritchard", f"s.pritchard@{D}"),  # TA Class 3
    "turnbull": ("Jo Turnbull", f"j.turnbull@{D}"),     # Breakfast club lead
    "ashdown": ("Ruth Ashdown", f"r.ashdown@{D}"),      # Y6 booster tutor
}

JANE = "Jane Parent <jane.parent@gmail.com>"            # mother of Poppy (Class 1, Y1)
SAM = "Sam Carer <sam.carer@outlook.com>"               # carer of Alfie (Class 2, Y3)
ALI = "Ali Guardian <ali.guardian@btinternet.com>"      # father of Harry (Class 3, Y6)

# other (non-directory) parents, invented mailboxes
OP_MORRIS = "morrises.at.hillend@gmail.com"
OP_HALE = "becky.hale.wenbury@outlook.com"
OP_PROSSER = "prosser.tilly.oscar.mum@hotmail.co.uk"
OP_BOWEN = "bowen.cwmfarm.family@yahoo.co.uk"
OP_REYNOLDS = "reynolds.isla.dad@icloud.com"
OP_DAVIES = "davies.noah.parents@btinternet.com"
OP_JONES = "gjones.mum.wenbury@live.co.uk"

def pupil(local):
    return f"{local}@{P}"

Y6 = [pupil("18amorris"), pupil("18jbevington"), pupil("18tprosser"), pupil("18ndavies")]
Y5 = [pupil("19ffletcher"), pupil("19ltaylor"), pupil("19ebowen")]
Y4 = [pupil("20oprosser"), pupil("20mhale")]
Y3 = [pupil("21gjones"), pupil("21ireynolds")]

STAFF_LIST = f"staff@{D}"

SCHOOL_SIG = ("Example Church of England Primary School\n"
              "Park Row, Wenbury LS1 4AP\n"
              "Tel: 01632 960000 | office@example-school.org.uk")


def sig(name, role, extra=""):
    s = f"{name}\n{role}\n{SCHOOL_SIG}"
    if extra:
        s += "\n" + extra
    return s


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
def mkdate(y, mo, d, h, mi, s=0):
    dt = datetime.datetime(y, mo, d, h, mi, s)
    bst = (datetime.datetime(2024, 3, 31, 1) <= dt < datetime.datetime(2024, 10, 27, 1)) or \
          (datetime.datetime(2025, 3, 30, 1) <= dt < datetime.datetime(2025, 10, 26, 1))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (days[dt.weekday()], d, months[mo - 1], y, h, mi, s,
                                                 "+0100" if bst else "+0000")


def html_outlook(text):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def html_gmail(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        out.append("<div>" + "<br>".join(lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def make_pdf(lines):
    """A minimal, valid one-page PDF with the given lines of (latin-1) text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 11 Tf\n56 790 Td\n15 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


MESSAGES = []


def add(expected, slug, note, frm, to, subject, date, body, *, cc=(), reply_to=None, kind="plain",
        html_body=None, cte=None, html_cte=None, style="outlook", attachments=(), in_reply_to=None,
        mailer=None, envelope=None):
    MESSAGES.append(dict(expected=expected, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         reply_to=reply_to, subject=subject, date=date, body=body, kind=kind,
                         html_body=html_body, cte=cte, html_cte=html_cte, style=style,
                         attachments=list(attachments), in_reply_to=in_reply_to, mailer=mailer,
                         envelope=envelope))


def addr_only(a):
    a = a.strip()
    if "<" in a:
        return a[a.index("<") + 1:a.index(">")]
    return a


def pick_cte(text, cte):
    if cte:
        return cte
    try:
        text.encode("ascii")
        if max(len(l) for l in text.split("\n")) > 900:
            return "quoted-printable"
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable"


def build(m, seq):
    msg = EmailMessage()
    name, address = STAFF[m["frm"]]
    msg["From"] = f"{name} <{address}>"
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = "<r51p.%s.%s@example-school.org.uk>" % (
        m["slug"].replace("_", "-"), hashlib.sha1(m["slug"].encode()).hexdigest()[:10])
    if m["in_reply_to"]:
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    msg["MIME-Version"] = "1.0"
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    elif m["style"] == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    if m["style"] == "outlook":
        msg["Content-Language"] = "en-GB"

    body = m["body"]
    if m["kind"] == "plain":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=pick_cte(body, m["cte"]))
    elif m["kind"] == "alt":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=pick_cte(body, m["cte"]))
        h = m["html_body"] or (html_outlook(body) if m["style"] == "outlook" else html_gmail(body))
        msg.add_alternative(h, subtype="html", charset="utf-8", cte=pick_cte(h, m["html_cte"]))
    elif m["kind"] == "html":
        h = m["html_body"]
        msg.set_content(h, subtype="html", charset="utf-8", cte=pick_cte(h, m["html_cte"] or m["cte"]))
    else:
        raise ValueError(m["kind"])

    for att in m["attachments"]:
        data = att["data"]
        if isinstance(data, str):
            kw = dict(subtype=att["subtype"], charset="utf-8", filename=att["filename"],
                      cte=att.get("cte", pick_cte(data, None)))
            if att.get("params"):
                kw["params"] = att["params"]
            msg.add_attachment(data, **kw)
        else:
            msg.add_attachment(data, maintype=att["maintype"], subtype=att["subtype"],
                               filename=att["filename"])

    n = 0
    tag = hashlib.sha1(("r51p" + m["slug"]).encode()).hexdigest()[:16]
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%s" % (n, tag))
            n += 1
    return msg


# ============================================================================================
# FLAG: staff giving their OWN personal contact details / private channels to parents or pupils
# ============================================================================================

add("flag", "head_mobile_lambing", "head gives her personal mobile to parent in body (lambing pick-ups)",
    "pryce", [JANE], "Poppy \u2013 pick up during lambing", mkdate(2025, 3, 10, 16, 42, 11),
    """Dear Jane,

Thanks for letting us know about the lambing. It's the same every March for half the families in Class 1, so please don't worry about it!

Poppy is welcome to wait in the office with Mrs Bevan until you get here, and if it gets past half four she can go through to after-school club with Mrs Hughes. We won't charge you for club this week - it's not Poppy's fault the ewes can't tell the time.

If you're stuck in the shed and can't get to a phone before the office closes at 4.30, just ring me on my mobile, 07700 900312. I'm only next door in the evenings so it really is no bother, and I'd rather know than have Poppy worrying.

Best wishes,
Helen

""" + sig("Mrs Helen Pryce", "Headteacher"))

add("flag", "class2_whatsapp_group", "class teacher invites parent to his WhatsApp group, personal number without spaces",
    "watkins", [SAM], "Class 2 parents - quicker messages", mkdate(2025, 1, 17, 19, 5, 40),
    """Hi Sam,

Thanks for your patience this week with the swimming muddle. I know the letter went home late and I'm sorry Alfie ended up without his kit on Tuesday - he was very good about sitting on the side.

A few of the Class 2 parents have asked whether there's a quicker way to get hold of me than going through the office, especially the farm families who are out from first light and can't ring in before nine. So I've set up a WhatsApp group for Class 2 parents where I can put the day-to-day reminders: kit, reading books, swimming changes, that sort of thing.

If you'd like to join, save my number - 07700900587 - and send me a quick message saying who you are, and I'll add you in. It's completely optional, and anything formal will still come out by letter or email from school.

Thanks again,
Tom

Tom Watkins
Class 2 Teacher (Years 2, 3 and 4) | Deputy DSL
Example C of E Primary School
01632 960000
""", kind="alt")

add("flag", "class1_news_html_nbsp", "HTML-only class news; teacher's own mobile in signature written with &nbsp;",
    "morgan", [JANE], "Class 1 news \u2013 Spring 2 and a favour to ask", mkdate(2025, 2, 28, 15, 58, 2),
    "", kind="html", style="gmail", html_body="""<div dir="ltr">
<div>Dear Jane,</div>
<div><br></div>
<div>Just a quick round-up of what Class 1 are up to this half term. Our topic is <b>Down on the Farm</b>, which as you can imagine has gone down a storm &ndash; Poppy has been our resident expert on sheep and told the whole class exactly what a tup is.</div>
<div><br></div>
<div>We'd love some bits and pieces for the role-play farm shop if you have any spare:</div>
<ul>
<li>clean egg boxes</li>
<li>any odd bits of fleece or wool</li>
<li>old wellies (any size, they're going to be planters)</li>
</ul>
<div>PE is still on a Tuesday and Forest School is Thursday afternoon, so wellies and a waterproof in bags please.</div>
<div><br></div>
<div>If anything comes up with Poppy over the weekend or in the holidays, just message me on the mobile below &ndash; it's my own phone so it's always with me.</div>
<div><br></div>
<div>Many thanks,</div>
<div><br></div>
<div>-- <br>
<div dir="ltr"><span style="color:#2e7d32"><b>Miss Bethan Morgan</b></span><br>
Class 1 Teacher &amp; EYFS Lead<br>
Example Church of England Primary School<br>
Mob:&nbsp;07700&nbsp;900&nbsp;644</div>
</div>
</div>
""")

add("flag", "minibus_text_own_phone", "minibus driver asks parent to text his own mobile (+44 format) as school phone broken",
    "powell", [ALI], "Minibus tomorrow - Harry's pick up at the lane end", mkdate(2025, 2, 4, 7, 31, 55),
    """Morning Mr Guardian,

Just to say I'm doing the minibus run to the cluster football at Hopeford tomorrow and Harry's on the list. Mrs Pryce says you asked if I could pick him up at the end of your lane instead of him coming into school first - that's fine, I'll be at the Yarley Bridge turning about ten past eight.

The minibus phone has packed up again (charger's gone walkabout, probably in Kilbury's office) so if you're running late or he's not coming, text me on my own mobile, +44 7700 900271, and I'll either wait or carry on.

Cheers
Gareth

Gareth Powell
Site Manager & Minibus Driver
Example School
""", style="plain", mailer="Apple Mail (2.3774.500.171.1.1)")

add("flag", "ta_home_hotmail_easter", "TA gives parent her home hotmail address for the holidays (quoted-printable)",
    "lloyd", [SAM], "Alfie\u2019s reading over Easter", mkdate(2025, 4, 4, 14, 20, 17),
    """Dear Sam,

Alfie has done brilliantly with his reading this half term \u2013 he\u2019s moved up to the gold book band and on Thursday he read me a whole chapter of \u201cThe Owl Who Was Afraid of the Dark\u201d with hardly any help. He was so proud of himself, and so was I!

I\u2019ve put three books in his bag for the holidays and a new reading record, as the old one has had a bit of an accident with a juice carton.

I won\u2019t be checking my school emails over Easter, so if you want to let me know how he\u2019s getting on or he runs out of books, it\u2019s easier to reach me on my home email: rachel.lloyd.farm@hotmail.co.uk. I\u2019m only down the road at Pengrove so I can always drop a couple more round.

Have a lovely Easter,

Rachel Lloyd
Teaching Assistant, Class 2
Example Church of England Primary School
""", cte="quoted-printable")

add("flag", "cook_home_address_cake_tins", "cook gives parents her home address with postcode to drop off fete cake tins",
    "jenkins", [JANE, SAM], "Fete cakes \u2013 where to drop tins on Friday", mkdate(2025, 6, 16, 13, 12, 48),
    """Hello both,

Thank you so much for offering to bake for the fete \u2013 Kate said you'd both put your names down for the cake stall and we need every Victoria sponge we can get!

The kitchen is being deep-cleaned on Friday after lunch so I can't take anything in at school that afternoon. Instead, please drop cakes and tins at my house any time after 4 on Friday:

Brook Cottage
Mill Lane
Pengrove
HR6 9XQ

It's the white cottage just past the ford, with the hens in the front garden. If nobody answers, leave them in the porch \u2013 the dog is all bark.

Please label tins with your name so they come back to the right person.

Many thanks,
Sue

Sue Jenkins
School Cook
Example School
""", kind="alt")

add("flag", "forest_school_instagram_pupils", "Forest School leader invites pupils to follow her personal Instagram",
    "castell", [pupil("19ffletcher"), pupil("18amorris")], "Bird box camera!!", mkdate(2025, 4, 29, 16, 3, 9),
    """Hi Freddie and Amelia,

Great news - the blue tits have laid in the box you two put up by the pond! I counted seven eggs this morning on the camera.

I've been putting clips of the nest on my Instagram over the weekends so you can see what's happening when we're not at Forest School. Follow me @ellie.wildwoodlife and I'll follow you back so you can see them. (Check with your mum or dad first that it's ok.)

See you Thursday - bring your notebooks, we're going to start a nest diary.

Ellie
Forest School Leader
""", style="plain", mailer="iPhone Mail (22D72)")

add("flag", "music_signal_whatsapp_base64", "peripatetic music teacher asks parent to use Signal/WhatsApp on her own phone (base64 body)",
    "shah", [ALI], "Harry's guitar lessons \u2013 summer term", mkdate(2025, 4, 22, 20, 44, 31),
    """Dear Mr Guardian,

Thank you for renewing Harry's guitar lessons for the summer term. He's made a really good start on the Grade 1 pieces and I'm hoping we can put him in for the exam at the end of June if he keeps practising the way he has been.

Lessons will be on Wednesday mornings again this term, 9.20 to 9.40, apart from 7 May when I'm at the music service moderation day - I'll swap him to the Thursday that week.

Because I'm across five schools, timetable changes can happen at short notice and the school office doesn't always hear in time. It's much easier to message me directly on Signal or WhatsApp: 07700 900 835. That's my own phone, so please message rather than call, and nothing after 8pm!

Best wishes,
Priya Shah
Peripatetic Guitar & Ukulele Teacher
""", cte="base64", kind="alt", style="gmail")

add("flag", "coach_snapchat_pupils", "sports coach tells pupils to add him on Snapchat for results and photos",
    "griffiths", Y6[:3] + Y5[:2], "Cross country squad - well done!!", mkdate(2025, 3, 13, 15, 47, 0),
    """Hi squad,

What a run yesterday at Kilbury! Mud up to our knees and you still all finished. Jack, third in the Year 6 boys out of 40-odd runners is brilliant. Lily and Freddie, you two didn't stop once up that hill which is more than I can say for some of the teachers.

Results are meant to be coming from the organisers by Friday. Add me on Snapchat - coach_owen_g - and I'll send you the results and the photos there as soon as I get them, it's quicker than waiting for school.

Training is still Tuesday lunchtime on the field, trainers in a bag please.

Coach Owen
""", style="plain")

add("flag", "ta_reply_sig_home_landline", "TA reply to parent; signature lists her personal mobile and home landline (Outlook quote)",
    "pritchard", [ALI], "RE: Harry's PE jumper", mkdate(2025, 1, 28, 12, 36, 20),
    """Hi Mr Guardian,

Found it! It was in the church porch after Monday's assembly, of all places, with two others. I've popped it in Harry's bag with his name written in properly this time.

Thanks for the offer of help with sports day too - we'd love a couple of dads for the tug of war rope. I'll let you know nearer the time.

Siân

Siân Pritchard
Teaching Assistant, Class 3
Mob 07700 900364 | Home 01632 960428

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 27 January 2025 20:12
To: Siân Pritchard <s.pritchard@example-school.org.uk>
Subject: Harry's PE jumper

Hi Mrs Pritchard, Harry has come home without his school jumper again (navy, age 11-12, name in the back). Could you keep an eye out for it? Also happy to help at sports day if you need anyone.
Thanks, Ali
""", in_reply_to="<AM9P193MB1403.ali-guardian@btinternet.com>", cte="quoted-printable")

VCARD_MEGAN = """BEGIN:VCARD
VERSION:3.0
N:Hughes;Megan;;;
FN:Megan Hughes
NOTE:After-school club
TEL;TYPE=CELL:+44 7700 900918
EMAIL;TYPE=HOME:megs.hughes76@gmail.com
ADR;TYPE=HOME:;;3 Orchard Row;Wenbury;Herefordshire;;UK
END:VCARD
"""

add("flag", "club_lead_vcard_personal", "after-school club lead attaches a vCard with her personal mobile, gmail and home address",
    "hughes", [SAM], "After-school club \u2013 Alfie's Thursdays", mkdate(2025, 1, 9, 17, 55, 3),
    """Hi Sam,

Lovely to meet you at pick-up yesterday. Just confirming Alfie is booked in for club on Thursdays until half term, 3.15 to 5.30, at \u00a39.50 a session which goes on your ParentPay account as usual.

He had a great time today making bird feeders with Maisie and Oscar - one is coming home in a margarine tub so mind the seed!

I know you're sometimes coming from the other side of Bromford, so I've attached my contact card - save it to your phone and you can get hold of me directly if you're held up on a club night.

Thanks,
Megan

Megan Hughes
After-School Club Lead
Example School
""", kind="alt", attachments=[dict(data=VCARD_MEGAN, subtype="vcard", filename="Megan Hughes.vcf")])

ICS_ANNE = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:r51p-sen-review-harry-20250520@example-school.org.uk\r
DTSTAMP:20250512T091500Z\r
DTSTART:20250520T143000Z\r
DTEND:20250520T150000Z\r
SUMMARY:Harry - SEN support plan review (phone call)\r
LOCATION:Phone call - Anne will ring from her own mobile 0044 7700 900 506\r
DESCRIPTION:Review of Harry's SEN support plan before transfer to Bromford \r
 High. Anne will call you at 3.30. If you miss her\\, ring back on 0044 7700 \r
 900 506.\r
ORGANIZER;CN=Anne Vaughan:mailto:a.vaughan@example-school.org.uk\r
ATTENDEE;CN=Ali Guardian;RSVP=TRUE:mailto:ali.guardian@btinternet.com\r
STATUS:CONFIRMED\r
END:VEVENT\r
END:VCALENDAR\r
"""

add("flag", "senco_ics_personal_mobile", "SENCo meeting invite (.ics) gives her own mobile in LOCATION/DESCRIPTION (0044 format)",
    "vaughan", [ALI], "Harry \u2013 SEN support review call, Tuesday 20 May", mkdate(2025, 5, 12, 10, 15, 0),
    """Dear Mr Guardian,

Thank you for agreeing to do Harry's review by phone - I know milking times make it hard to get into school at the end of the day.

I've sent an invite for Tuesday 20 May at 3.30. We'll go through his current targets, what's working with the spelling support, and the notes I'm passing on to Bromford High for September.

The school line is always busy at home time, so I'll ring you from my own mobile - the number's in the invite so you'll know it's me when it comes up.

Kind regards,
Anne Vaughan
SENCo (Tuesdays and Thursdays)
Example Church of England Primary School
""", kind="alt",
    attachments=[dict(data=ICS_ANNE, subtype="calendar", filename="invite.ics",
                      params={"method": "REQUEST"}, cte="7bit")])

add("flag", "breakfast_club_reply_to_yahoo", "breakfast club lead sets Reply-To to her personal yahoo address for parent replies",
    "turnbull", [JANE, SAM, ALI], "Breakfast club from 28 April", mkdate(2025, 4, 9, 21, 3, 44),
    """Dear parents,

From Monday 28 April breakfast club will open at 7.45 rather than 8.00, as a few of you asked for a bit more time to get to work or back to the yard. The price stays at \u00a32.50 a morning including toast, cereal and juice, and siblings are still half price.

If you'd like a regular place, or want to change the days you already have, just hit reply to this email and let me know which mornings. Replies will come straight to my own email, which I check far more often than the school one as I'm not on a computer till gone half seven.

Many thanks,
Jo Turnbull
Breakfast Club
""", reply_to="Jo Turnbull <jo.turnbull62@yahoo.co.uk>", style="plain",
    mailer="Microsoft Outlook 16.0")

add("flag", "head_cc_personal_gmail", "head copies her own personal gmail into a letter to a parent",
    "pryce", [ALI], "Harry \u2013 follow up from our meeting", mkdate(2025, 2, 13, 18, 20, 5),
    """Dear Mr Guardian,

Thank you for coming in on Tuesday. I know things have been very hard at home since the TB test result on the farm, and I'm glad you felt able to tell us. Harry has been quieter than usual and now we understand why.

As we agreed:
- Mrs Pritchard will check in with Harry first thing each morning for the next few weeks.
- He can use the library corner at break if he needs some space.
- I'll let Mr Tudor know, as he has the class on Fridays.

I'm out at a heads' briefing on Friday, so I've copied in my home email so I can pick up anything you send over the weekend and reply straight away.

With best wishes to you all,

Helen Pryce
Headteacher
Example Church of England Primary School
""", cc=["Helen Pryce <helen.pryce.schoolhouse@gmail.com>"])

add("flag", "ta_mobile_split_linebreak", "TA gives parent her personal mobile split across a line break (lamb visit)",
    "holloway", [JANE], "Lamb visit next week", mkdate(2025, 3, 20, 19, 40, 12),
    """Hi Jane,

Poppy tells me you might be able to bring one of the orphan lambs in for Class 1 next week - they are so excited, she's told everybody already. Thursday morning would be perfect if that works for you, any time before 10.30 when we go over to church for the Lent service.

It might be easiest to sort out the details between us as you'll be coming straight from the yard - my mobile is 07700
900233, give me a ring or text when you're on your way and I'll have the children waiting on the mat.

Thank you so much, they'll remember this for ever.

Kate

Kate Holloway
Teaching Assistant, Class 1
""", style="plain")

add("flag", "teacher_private_tutoring_dots", "teacher offers parent private tutoring via his own mobile (dotted format) and outlook.com email",
    "tudor", [ALI], "Harry - maths before Bromford High", mkdate(2025, 5, 30, 16, 28, 52),
    """Dear Mr Guardian,

Thanks for your note. Harry has come on a lot in maths this year, particularly in fractions where he's gone from dreading it to quite enjoying it. He's still a bit shaky on long division and some of the reasoning questions, which is very normal at this stage.

Over the summer holidays I do a small amount of private tutoring, mostly Year 6 children getting ready for secondary. If you think Harry would benefit, I'd be happy to do a few sessions with him in August. The simplest thing is to drop me a line on my own email, jamestudor.tutoring@outlook.com, or give me a ring on 07700.900.146 and we can sort out times.

In the meantime, the best thing he can do is keep up with TT Rock Stars and the CGP book he's brought home.

Best wishes,
James Tudor
Class 3 Teacher (Fridays)
""", kind="alt")

add("flag", "clerk_home_landline_brackets", "clerk to governors gives parents her home landline in brackets format (same exchange as school)",
    "clerk", [JANE, SAM, ALI], "Parent governor vacancy \u2013 nominations open", mkdate(2024, 11, 18, 10, 2, 36),
    """Dear parents and carers,

There is a vacancy for a parent governor on the Governing Board following Mrs Bowen's term of office ending in October. Any parent or carer of a child at the school may stand, and you don't need any special experience - just an interest in the school and a couple of hours a month.

The Board meets twice a term on a Tuesday evening in the school hall, and there is induction training through the diocese for new governors.

A nomination form is attached to the letter in your child's book bag, and spare copies are in the office. Nominations close at 12 noon on Friday 6 December. If there is more than one nomination we'll hold a ballot before Christmas.

If you'd like to chat about what's involved before putting your name forward, you're very welcome to ring me at home on (01632) 960 571 in the evenings.

Fiona Marsh
Clerk to the Governors
Example Church of England Primary School
""", style="plain", mailer="Microsoft Outlook 16.0")

add("flag", "office_facebook_friend_request", "business manager sends parent a Facebook friend request to add her to a village group",
    "bevan", [JANE], "Club updates", mkdate(2025, 5, 8, 12, 51, 0),
    """Hi Jane,

Just to let you know I've sent you a friend request on Facebook - once you accept it I'll add you to the Wenbury Mums group where I put all the after-school club and holiday club updates, as they go out quicker on there than by letter.

Also, Poppy's dinner money is all up to date, thanks for sorting that so quickly.

Carol

Carol Bevan
School Business Manager
Example Church of England Primary School
Park Row, Wenbury LS1 4AP
01632 960000
""", kind="alt")

add("flag", "ict_discord_invite_pupil", "ICT technician invites a Year 6 pupil to his own Discord server",
    "baines", [pupil("18jbevington")], "Minecraft club world", mkdate(2025, 3, 3, 15, 30, 19),
    """Hey Jack,

Your redstone door in the club world is genuinely impressive, I had no idea how you'd wired it until I looked underneath.

I run my own Discord server for Minecraft builds - join here and you can show it off to some of the others: discord.gg/nbBuildsMC7 . It's quicker than waiting for club on Monday for me to sort things out in the world.

Nick
(ICT)
""", style="plain")

add("flag", "booster_tutor_text_me_html", "Y6 booster tutor asks pupils to 'text me' on her own mobile, +44 (0) format inside HTML",
    "ashdown", Y6, "SATs booster \u2013 Tuesday after school", mkdate(2025, 4, 28, 17, 10, 2),
    """Hi Year 6,

Well done for last week's booster - those arithmetic scores went up by an average of 4 marks!

This week we're doing reading comprehension, so bring the purple practice book. We'll finish at 4.15 as usual.

If you can't make it, or you get stuck on the homework, text me on +44 (0)7700 900149 - that's my own number, so only during the day please.

Mrs Ashdown
""", kind="alt", html_body="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Hi Year 6,</p>
<p>Well done for last week's booster &ndash; those arithmetic scores went up by an average of <b>4 marks</b>!</p>
<p>This week we're doing reading comprehension, so bring the <span style="color:#6a1b9a">purple practice book</span>. We'll finish at 4.15 as usual.</p>
<p>If you can't make it, or you get stuck on the homework, <b>text me on +44&nbsp;(0)7700&nbsp;900149</b> &ndash; that's my own number, so only during the day please.</p>
<p>Mrs Ashdown</p>
</body></html>
""", html_cte="quoted-printable")


# ============================================================================================
# CLEAN, hard negatives
# ============================================================================================

PDF_RESIDENTIAL = make_pdf([
    "Example Church of England Primary School - Class 3 Residential 2025",
    "",
    "Nant-y-Coed Outdoor Centre, 12-14 May 2025",
    "Centre office: 029 2018 0457 (for emergencies during the visit)",
    "School trip mobile: 07700 900555 (school-owned, carried by the member of staff on duty)",
    "",
    "Kit list:",
    "- sleeping bag and pillowcase",
    "- two changes of old clothes that can get muddy",
    "- waterproof jacket and trousers, wellies AND trainers",
    "- warm hat, torch, water bottle, named medicines in a clear bag",
    "",
    "Cost: \xa3165 (balance due by Friday 4 April). Please speak to Mrs Pryce in confidence",
    "if cost is a worry - the Friends have a fund for this.",
])

add("clean", "residential_trip_school_mobile", "residential letter; trip mobile stated as school-owned, outdoor centre number (PDF attached)",
    "pryce", [ALI], "Class 3 residential \u2013 Nant-y-Coed, 12\u201314 May", mkdate(2025, 3, 21, 15, 12, 0),
    """Dear Year 5 and 6 parents,

I'm attaching the kit list and final details for our residential at Nant-y-Coed. The children are very excited (and one or two a little nervous, which is completely normal).

We leave from school on Monday 12 May at 8.45am in the coach, not the minibus, and return on Wednesday 14 May at about 3.30pm.

While we are away, please contact us on the school trip mobile, 07700 900555. This is the school's phone, not a personal number - it will be with whichever member of staff is on duty, day and night. The outdoor centre's office number is on the sheet in case of real emergency. Please don't expect a running commentary: we'll put a few photos on the school website each evening.

Any medicines must be handed to Mrs Pritchard in the named clear bag on the morning we leave.

If the balance of the cost is a worry, please come and see me - nobody will miss out.

With best wishes,
Helen Pryce
Headteacher
""" + "\n" + SCHOOL_SIG, cc=[OP_MORRIS, OP_DAVIES, OP_BOWEN],
    attachments=[dict(data=PDF_RESIDENTIAL, maintype="application", subtype="pdf",
                      filename="Residential 2025 - kit list.pdf")])

add("clean", "office_reads_back_parent_number", "office confirms parent's own new mobile back to her (Gmail quote)",
    "office", [JANE], "Re: New phone number", mkdate(2025, 1, 15, 9, 4, 31),
    """Dear Mrs Parent,

Thank you - I've updated Poppy's records. Your new mobile, 07700 900123, is now the first contact, with Mark's number (07700 900847) as second contact and Mrs Parent senior at Lower Barn as third.

Please do check the contact sheet when it comes home in the summer term in case anything else has changed.

Kind regards,
Carol Bevan
School Office

On Tue, 14 Jan 2025 at 19:03, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, I've had to change my phone number after losing my phone in the
> silage clamp (don't ask!). New number is 07700 900123. Mark's stays
> the same. Thanks, Jane
""", style="plain", in_reply_to="<CAJp0-Jane.20250114@mail.gmail.com>", mailer="Microsoft Outlook 16.0")

add("clean", "head_declines_personal_number", "head politely refuses carer's request for her personal mobile; gives office and council out-of-hours line",
    "pryce", [SAM], "RE: Can I have your number?", mkdate(2024, 11, 26, 17, 48, 9),
    """Dear Sam,

Thank you for your message, and I'm glad the meeting with Alfie's social worker went well.

I'm really sorry but I'm not able to give out my personal mobile number - it's a rule for all of us at school, and it's there to protect staff and families alike. I know that must feel frustrating when you're worried in the evenings.

During the school day the office (01632 960000) can always get a message to me, even when I'm teaching, and I do read my school email every evening. If you're ever worried about Alfie's safety out of hours, the county's out-of-hours social care line is 0306 999 0188, and of course 999 in an emergency.

We'll see you at Thursday's review meeting.

Best wishes,
Helen

Helen Pryce
Headteacher and Designated Safeguarding Lead

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 26 November 2024 15:02
To: Helen Pryce <h.pryce@example-school.org.uk>
Subject: Can I have your number?

Hi Mrs Pryce, meeting went ok. Would it be alright to have your mobile number in case Alfie gets upset in the evenings about contact with his mum? Sometimes I don't know who to ask. Sam
""", in_reply_to="<DB9PR01MB7212.sam-carer@outlook.com>")

add("clean", "swimming_minibus_other_school", "shared minibus arrangements; gives partner school office number and pool times",
    "bevan", [SAM], "Swimming \u2013 change of minibus on 5 and 12 March", mkdate(2025, 2, 26, 11, 24, 50),
    """Dear Class 2 parents,

As you know, we share the minibus with Kilbury and Hopeford schools. On Wednesday 5 and Wednesday 12 March our minibus is in for its MOT and repairs, so Kilbury CE Primary are kindly picking our swimmers up in their bus on the way to Bromford Leisure Centre.

Please have children at school by 8.40 on those mornings - the Kilbury bus arrives at 8.50 and won't be able to wait. They'll be back with us by 11.15 as usual.

Their driver is Mr Lewis and Mrs Lloyd will travel with our children. If you need to check anything on the morning itself, Kilbury's office is on 0117 496 0214 from 8.15, or ring us as usual.

Thank you,
Carol Bevan
School Business Manager
""" + "\n" + SCHOOL_SIG, cc=[OP_PROSSER, OP_HALE, OP_JONES, OP_REYNOLDS])

FETE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear families,</p>
<p>The <b>Summer Fete</b> is on <b>Saturday 21 June, 12 noon &ndash; 4pm</b> on the Glebe field behind the church (the hall if it rains, heaven forbid).</p>
<table border="0" cellpadding="3" style="font-size:11pt">
<tr><td>1.00pm</td><td>Dog show (entries 50p per class on the day)</td></tr>
<tr><td>2.00pm</td><td>Class 1 maypole dancing</td></tr>
<tr><td>2.30pm</td><td>Duck race on the brook &ndash; &pound;1 a duck</td></tr>
<tr><td>3.30pm</td><td>Raffle draw</td></tr>
</table>
<p>Tractor-trailer rides from Upper Hill Farm are &pound;1.50. Raffle tickets are &pound;1 a strip or 5 strips for &pound;4; first prize is a half-lamb box, butchered and packed, kindly given by one of our farming families.</p>
<p>We still need helpers for the tea tent between 2 and 4 &ndash; sign-up sheet in the office.</p>
<p>Updates (and the inevitable weather panic) will go on the Friends of Example School Facebook page and the school website.</p>
<p>Thank you!<br>Kate Holloway<br>Friends liaison, on behalf of the Friends committee</p>
</body></html>
"""

add("clean", "fete_times_prices", "fete programme with times and prices; points to the Friends' Facebook page, no personal contact",
    "holloway", [JANE, SAM, ALI], "Summer Fete \u2013 Saturday 21 June \u2600", mkdate(2025, 6, 6, 15, 40, 22),
    """Dear families,

The Summer Fete is on Saturday 21 June, 12 noon - 4pm on the Glebe field behind the church (the hall if it rains, heaven forbid).

1.00pm  Dog show (entries 50p per class on the day)
2.00pm  Class 1 maypole dancing
2.30pm  Duck race on the brook - \u00a31 a duck
3.30pm  Raffle draw

Tractor-trailer rides from Upper Hill Farm are \u00a31.50. Raffle tickets are \u00a31 a strip or 5 strips for \u00a34; first prize is a half-lamb box, butchered and packed, kindly given by one of our farming families.

We still need helpers for the tea tent between 2 and 4 - sign-up sheet in the office.

Updates (and the inevitable weather panic) will go on the Friends of Example School Facebook page and the school website.

Thank you!
Kate Holloway
Friends liaison, on behalf of the Friends committee
""", kind="alt", html_body=FETE_HTML, cte="quoted-printable", html_cte="quoted-printable")

add("clean", "trip_payment_sort_code", "school fund bank details (sort code, account, reference) for trip payment",
    "bevan", [ALI], "Residential balance \u2013 paying by bank transfer", mkdate(2025, 3, 25, 10, 7, 13),
    """Dear Mr Guardian,

Thank you for your message. Yes, you're very welcome to pay the residential balance by bank transfer instead of ParentPay. The school fund details are:

Account name: Example School Fund
Sort code: 20-17-68
Account number: 43718265
Reference: RES25 HARRY G

The balance outstanding is \u00a3115.00 (you paid the \u00a350 deposit in January). The deadline is Friday 4 April, but if you'd like to split it across two payments that's absolutely fine, just let me know.

Kind regards,
Carol Bevan
School Business Manager
Example Church of England Primary School
Park Row, Wenbury LS1 4AP | 01632 960000
""", cte="quoted-printable")

add("clean", "teams_parents_evening_ids", "online parents' meeting: Teams meeting ID, passcode and Teams dial-in conference number",
    "morgan", [JANE], "Poppy \u2013 online parents' meeting, Wednesday", mkdate(2025, 3, 17, 12, 1, 40),
    """Dear Jane,

No problem at all about not being able to come in - I'd much rather do it online than not at all, and I know it's all hands on deck at Lower Barn at the moment.

I've booked us in for Wednesday 19 March at 6.15pm on Teams. You don't need an account; just click the link or use the details below.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 372 619 480 215
Passcode: Xk7pQ2
Or call in (audio only)
+44 20 7946 0318,,614228903#   United Kingdom, London
Phone conference ID: 614 228 903#
________________________________________________________________________________

If the signal at the farm is poor the phone option works well. I'll have Poppy's books and her phonics assessment ready to share on screen.

Best wishes,
Bethan Morgan
Class 1 Teacher
""")

add("clean", "reading_list_isbns", "Class 3 reading list e-mailed to pupils with ISBNs and prices",
    "pryce", Y6 + Y5, "Class 3 summer reading list", mkdate(2025, 7, 14, 14, 3, 11),
    """Dear Class 3,

As promised, here is the reading list for the summer. You don't have to read them all - choose two or three that grab you. The library van comes to the village hall every other Tuesday, and the mobile library can order any of these in if you give them the ISBN.

The Hedgerow Detectives - M. J. Corran (ISBN 978-1-80263-417-5)
Sheepdog Summer - Anwen Rhys (ISBN 978-0-19-284716-3)
The Girl Who Mapped the River - Tobias Lane (ISBN 978-1-5263-0981-2)
Stormhaven - Priti Nair (ISBN 978-0-00-859244-0)
A Field Guide to Hilltop Weather - Dr R. Oakes (ISBN 978-1-78800-652-9), non-fiction

The Bromford bookshop is doing 20% off all of these for our families until the end of August, so about \u00a35.59 instead of \u00a36.99 for the paperbacks.

Year 6 - Bromford High would love you to bring your reading journal to your first English lesson in September.

Happy reading,
Mrs Pryce
""", cte="quoted-printable", style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "farm_park_trip_venue", "trip letter with venue address/postcode and venue phone for the day",
    "watkins", [SAM], "Class 2 trip \u2013 Cwm Orchard Farm Park, Friday 23 May", mkdate(2025, 5, 12, 16, 45, 7),
    """Dear Class 2 parents and carers,

To finish our Living Things topic, Class 2 are visiting Cwm Orchard Farm Park on Friday 23 May. I know many of you live on farms, but the children will be doing a pond-dipping and minibeast workshop with the centre's education team, which is a bit different from the day job!

Venue: Cwm Orchard Farm Park, Bromford Road, Kilbury HR6 8QT
Leave school: 9.15am (minibus and two parents' cars - thank you Mrs Hale and Mr Jones)
Return: 2.45pm, in time for normal pick-up
Cost: \u00a36.50 voluntary contribution via ParentPay by Friday 16 May

Please send a packed lunch (no glass bottles), wellies, and a waterproof. If you are dropping your child at the venue yourself for any reason, the farm park's reception is on 0117 496 0921 and will know where we are.

Any questions, please ask at the door or email me here.

Thank you,
Tom Watkins
Class 2 Teacher
""", cc=[OP_PROSSER, OP_HALE, OP_JONES, OP_REYNOLDS], kind="alt")

add("clean", "school_nursing_hearing_followup", "office passes on school nursing team and audiology clinic numbers (third parties)",
    "office", [SAM], "Alfie \u2013 hearing screening follow-up", mkdate(2025, 2, 11, 13, 33, 50),
    """Dear Sam,

The school nursing team screened Class 2's hearing last week and they'd like to see Alfie again, as his left ear didn't pass the first test. This is quite common in winter with colds and there's no need to worry.

They will post an appointment for the audiology clinic at Bromford Community Hospital. If you haven't heard within two weeks, please ring the school nursing team directly on 0306 999 0142 (Monday to Friday, 9-4), quoting Alfie's date of birth. The clinic's own number, if you need to rearrange, is 0121 496 0577.

Could you let us know the date once you have it so we can mark it as a medical appointment?

Kind regards,
School Office
Example Church of England Primary School
01632 960000
""", style="plain", mailer="Microsoft Outlook 16.0")

ESAFETY_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Verdana,sans-serif;font-size:10pt;color:#222} h2{color:#1b5e20;font-size:13pt}</style></head>
<body>
<h2>Staying safe online &ndash; a note for parents and carers</h2>
<p>Dear parents and carers,</p>
<p>After our e-safety week, a few reminders. Several children in Classes 2 and 3 have told us they use apps that are meant for older users. That's your decision as parents, but do please know the age limits:</p>
<ul>
<li><b>WhatsApp</b> &ndash; 13 in the UK</li>
<li><b>Snapchat, Instagram, TikTok</b> &ndash; 13</li>
<li><b>Discord</b> &ndash; 13</li>
<li><b>Roblox</b> &ndash; all ages, but chat settings matter: set them to &ldquo;friends only&rdquo; or off</li>
</ul>
<p>If your child does use these, turn on the privacy settings together, keep devices out of bedrooms at night, and make sure they know they should <b>never</b> add people they don&rsquo;t know in real life or move a chat to another app because someone asks them to.</p>
<p>Please remember that no member of staff will ever ask to be your child&rsquo;s friend or follower on any app, or message them from a personal account. If that ever happens, tell us straight away.</p>
<p>The Parents&rsquo; Online Safety Helpline (free, confidential) is on <b>0808&nbsp;157&nbsp;0321</b>, Monday to Friday 9am&ndash;6pm.</p>
<p>With thanks,<br>Mrs H. Pryce<br>Designated Safeguarding Lead</p>
<p style="font-size:8pt;color:#666">Example Church of England Primary School &middot; Park Row, Wenbury LS1 4AP &middot; 01632&nbsp;960000</p>
</body></html>
"""

add("clean", "esafety_newsletter_apps", "DSL's e-safety note naming apps and a helpline; no invitation (HTML only)",
    "dsl", [JANE, SAM, ALI], "Staying safe online \u2013 age limits and settings", mkdate(2025, 2, 14, 12, 0, 0),
    "", kind="html", html_body=ESAFETY_HTML, html_cte="quoted-printable")

add("clean", "payroll_staff_new_address", "staff-only: office sends a TA's new home address and mobile to payroll provider",
    "bevan", ["Payroll Team <payroll@example.org>"], "Change of details \u2013 Rachel Lloyd (staff no. 40718)", mkdate(2025, 1, 6, 9, 41, 2),
    """Hello,

Please could you update the personal details for one of our teaching assistants with effect from 1 January:

Name: Rachel Lloyd
Staff number: 40718
New home address: Orchard View, Pengrove, Herefordshire HR6 9XN
New mobile: 07700 900771
Personal email (for payslips): rachel.lloyd.farm@hotmail.co.uk

Her bank details are unchanged. The signed change-of-details form is in the post to you today.

Many thanks,
Carol Bevan
School Business Manager
Example Church of England Primary School
Park Row, Wenbury LS1 4AP | 01632 960000
""")

add("clean", "staff_christmas_social", "staff-only Christmas social: teacher's own mobile and home farm for lifts",
    "watkins", [STAFF_LIST], "Christmas do \u2013 The Plough, Friday 13th", mkdate(2024, 12, 2, 20, 15, 37),
    """Hi all,

Table's booked at The Plough for Friday 13 December (brave, I know) at 7.30. Menus are in the staffroom - please tick your choices by Wednesday so I can phone them through. It's \u00a328 for three courses and the governors have kindly offered to buy the first round.

Lifts: I can take four from mine at Upper Hill Farm at 7.10 - Rachel, Sue, Siân, shout if you want a seat. The lane is icy so wear sensible shoes to the car and change at the pub if you must!

If you're running late on the night, text me on 07700 900488.

Secret Santa: \u00a35 limit, presents under the staffroom tree by Thursday.

Tom
""", style="plain")

add("clean", "y6_transition_admissions_ref", "transition letter with admissions reference and the high school's number",
    "pryce", [ALI], "Harry \u2013 Bromford High transition days", mkdate(2025, 6, 3, 14, 22, 45),
    """Dear Mr Guardian,

Bromford High have confirmed their transition arrangements for our Year 6 pupils. Harry will join them for two taster days on Wednesday 2 and Thursday 3 July. The county school bus from Yarley Bridge will run as it will in September (pick-up 7.52am), so it is a good chance for him to practise the journey.

Bromford High have asked families to quote the admissions reference on any correspondence with them. Harry's is HC/SEC/25/118734.

Their Year 7 Achievement Leader, Mr Okafor, is happy to speak to any parent with questions, on 0117 496 0655 or y7@example.net. I know Harry is a little anxious about the size of the place after a class of sixteen, so you might like to ask about their buddy scheme.

Mrs Vaughan has already passed on his SEN support plan and we will send up his records in July.

With best wishes,
Helen Pryce
Headteacher
""" + "\n" + SCHOOL_SIG, cte="quoted-printable")

add("clean", "reply_quotes_parent_signature", "teacher reply; quoted Outlook block contains the parent's own address and phone",
    "morgan", [JANE], "RE: Poppy - wobbly tooth and reading book", mkdate(2025, 5, 20, 8, 12, 9),
    """Morning Jane,

Thank you for letting me know - we'll keep an eye on the tooth and put it in an envelope if it comes out at school (it's a big event in Class 1!). I've changed her reading book to a new one from the Orange band as she's finished the last two.

Best wishes,
Bethan

Miss B. Morgan
Class 1 Teacher

From: Jane Parent <jane.parent@gmail.com>
Sent: 19 May 2025 21:47
To: Bethan Morgan <b.morgan@example-school.org.uk>
Subject: Poppy - wobbly tooth and reading book

Hi Miss Morgan,
Poppy's front tooth is hanging by a thread, so if it comes out at school could you save it for the tooth fairy please? Also she says she's read her book four times now!
Thanks,
Jane Parent
Lower Barn Farm, Wenbury
07700 900123
""", in_reply_to="<CAJp0-Jane.20250519@mail.gmail.com>")

add("clean", "vicar_easter_flowers", "Easter service arrangements; gives the vicar's vicarage number and address (third party)",
    "pryce", [JANE, SAM, ALI], "Easter service at St Michael's \u2013 and flowers", mkdate(2025, 4, 2, 16, 5, 12),
    """Dear parents and carers,

Our Easter service will be at St Michael and All Angels next door on Friday 11 April at 2pm, led by Revd Mary Allsop. Each class will be sharing something - Class 1 are singing, Class 2 have written prayers and Class 3 are reading the Easter story. Everyone is welcome, and the Friends will be serving hot cross buns in the hall afterwards.

The church would like help with the Easter garden and the flowers for Easter Sunday. If you'd like to donate spring flowers or give an hour on Saturday 19 April, please contact the vicarage directly: Revd Allsop, The Vicarage, Church Lane, Wenbury, 01632 960284, or vicar@example.org. Daffodils from the farms would be very gratefully received!

School breaks up at 2pm on Friday 11 April after the service, and returns on Monday 28 April.

Happy Easter,
Helen Pryce
Headteacher
""" + "\n" + SCHOOL_SIG, kind="alt")

add("clean", "senco_official_contacts", "SENCo gives her school address/days and third-party SEND service and EP numbers",
    "vaughan", [SAM], "Alfie \u2013 next steps after our meeting", mkdate(2025, 3, 4, 15, 50, 27),
    """Dear Sam,

Thank you for Thursday - it was really helpful to hear about how Alfie is at home, and I think we have a good plan.

As agreed, I've asked for Alfie to be seen by the Educational Psychology Service. Their administrator will contact you to arrange a consultation; they are based at Plough Lane Offices in Bromford and their number is 0121 496 0339 if you need them.

You might also find the county's SEND information and advice service helpful - it's independent of school and free: 0808 157 0456.

I'm only in school on Tuesdays and Thursdays, so the best way to reach me is this email or senco@example-school.org.uk, or leave a message with the office on 01632 960000 and I'll ring you back on my next day in. On the days I'm at Kilbury school their office will take a message too.

Best wishes,
Anne Vaughan
SENCo
""")

add("clean", "uniform_supplier_details", "uniform supplier shop address, phone and school ordering code",
    "bevan", [SAM], "RE: Uniform for Alfie", mkdate(2024, 9, 5, 11, 38, 0),
    """Dear Sam,

Of course. Our uniform supplier is Wyeside Schoolwear. You can order online at www.example.com/wyeside using our school code EXW4417, or visit the shop:

Wyeside Schoolwear
14 Broad Street
Bromford HR6 8PD
Tel: 0117 496 0733 (Tues-Sat)

Sweatshirts with the logo are \u00a312.50 and cardigans \u00a314. Plain grey trousers and white polo shirts from anywhere are fine.

We also have a very good second-hand rail outside the office (free, just help yourself), and I put aside two jumpers in Alfie's size this morning.

Kind regards,
Carol
""", in_reply_to="<DB9PR01MB7212.uniform@outlook.com>", style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "teacher_declines_whatsapp", "teacher declines a parent's invitation to join the class parents' WhatsApp group",
    "morgan", [JANE], "RE: Class 1 parents' WhatsApp", mkdate(2024, 10, 3, 18, 22, 15),
    """Hi Jane,

That's really kind of you to ask, and I think a parents' group is a lovely idea - especially for sorting out lifts and party invitations.

I'm afraid I'm not able to join it though. Staff aren't allowed to be in WhatsApp groups with parents or to share personal numbers, and honestly it's a good rule for everyone. Please do carry on contacting me here on my school email, or through the office on 01632 960000, and I'll always get back to you.

If anything from the group needs passing on to school (lost jumpers, who's got whose PE bag), you or one of the class reps can just drop me an email.

Thanks again,
Bethan
""", kind="alt", style="gmail", cte="quoted-printable")

add("clean", "maths_homework_numbers", "maths homework to Year 4 pupils full of large numbers, money and times",
    "watkins", Y4, "Maths homework \u2013 due Wednesday", mkdate(2025, 1, 24, 15, 20, 0),
    """Hello Year 4,

This week's homework is on rounding and place value. Write your answers in your homework book, not on this email!

1. Round 7,483 to the nearest 10, 100 and 1,000.
2. The Wenbury sheep sale sold 2,648 lambs in the morning and 1,907 in the afternoon. How many altogether?
3. A tractor costs \u00a348,950. Round it to the nearest thousand pounds.
4. Write 40,706 in words.
5. The school minibus leaves at 08:45 and gets to the pool at 09:20. How long is the journey?

Challenge: what is the biggest number you can make with the digits 0, 7, 7, 9, 0, 0?

Don't forget 15 minutes on TT Rock Stars at least three times this week - Class 2 are 400 points behind Kilbury!

Mr Watkins
""")

add("clean", "emergency_contact_form_blank", "annual contact-details check with blank fields, no numbers given",
    "office", [JANE, SAM, ALI], "Annual check of contact details", mkdate(2024, 9, 10, 10, 0, 0),
    """Dear parents and carers,

Each September we ask every family to check the contact details we hold. It's very important that we can reach you quickly, especially as so many of you are out on the land and in places with no signal.

Please fill in the form in your child's book bag and return it by Friday 20 September, or simply reply to this email with any changes:

Child's name: ______________________
Contact 1 name: ____________________  Relationship: __________
Tel (mobile): ______________________  Tel (home/yard): ______________
Contact 2 name: ____________________  Relationship: __________
Tel: ______________________

We need at least two contacts who can collect your child within about half an hour. If a grandparent or neighbour is a better bet than a mobile that only works at the top of the field, please put them down!

Many thanks,
School Office
Example Church of England Primary School
""", style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "fwd_county_transport_officer", "forward of the county transport officer's reply with her work direct line and office address",
    "bevan", [SAM], "FW: Home to school transport \u2013 Alfie", mkdate(2024, 9, 18, 14, 2, 37),
    """Dear Sam,

I've had the reply below from the county transport team. Good news - Alfie qualifies for the taxi from Pengrove because of the distance and the unsafe road. Linda Parry is the person to speak to from here; her details are at the bottom.

Carol

-----Original Message-----
From: Linda Parry <l.parry@example.org>
Sent: 18 September 2024 13:26
To: Carol Bevan <c.bevan@example-school.org.uk>
Subject: RE: Home to school transport - Alfie

Dear Mrs Bevan,

Thank you for the application. I can confirm Alfie is eligible for home to school transport on distance grounds (over 2 miles by the nearest available walking route, with no footway on the B-road). The contractor, Vale Cars, will start on Monday 23 September, collecting at 8.20am.

His carer is welcome to contact me directly about the arrangements.

Kind regards,

Linda Parry
Passenger Transport Officer
Plough Lane Offices, Bromford
Direct line: 0121 496 0612
Transport team: 0121 496 0600
""", in_reply_to="<LO2P265MB4471.parry@example.org>")

add("clean", "farm_visit_host_farmer", "Class 1 farm visit; gives the host farmers' name, farm and phone for the day",
    "morgan", [JANE], "Class 1 \u2013 visit to Lower Court Farm, Thursday", mkdate(2025, 5, 6, 15, 55, 41),
    """Dear Class 1 families,

On Thursday 15 May we are walking down to Lower Court Farm to see the calves and the new milking parlour. Mr and Mrs Preece have very kindly invited us, and we'll be back at school for lunch.

Please send your child in wellies with a coat, and socks in their bag to change into afterwards. Hand-washing stations will be set up at the farm and we'll use gel too.

We'll walk along the footpath from the churchyard, with one adult to every two children. Thank you to the parents who have offered to come - if you're joining us, please meet at the farm gate at 9.30. If you get held up, ring the farm on 01632 960733 (the Preeces are expecting calls) or the school office.

No charge for this one - just a thank-you card, which the children will make.

Bethan Morgan and Kate Holloway
""", cc=[OP_HALE], kind="alt", style="gmail")

VCARD_OFFICE = """BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:Example School Office
ORG:Example Church of England Primary School
TEL;TYPE=WORK,VOICE:01632 960000
EMAIL;TYPE=WORK:office@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;Wenbury;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk
END:VCARD
"""

add("clean", "office_vcard_new_reception_parent", "welcome pack for a younger sibling; attaches the school office's own vCard",
    "office", [ALI], "Welcome to Class 1 \u2013 September 2025", mkdate(2025, 6, 25, 9, 30, 0),
    """Dear Mr Guardian,

We're delighted to confirm a Reception place for Harry's little sister in September. It will seem strange without Harry, but lovely to have another Guardian on the register!

Her settling-in visits are on the mornings of Tuesday 8 and Tuesday 15 July, 9.15 to 11.00, with Miss Morgan and Mrs Holloway. Parents are welcome to stay for the first half hour.

I've attached the school office contact card so you can save our number and email to your phone - that's the quickest way to report absence or send messages for the class.

Kind regards,
Carol Bevan
School Office
""", kind="alt", attachments=[dict(data=VCARD_OFFICE, subtype="vcard", filename="Example School Office.vcf")])

ICS_PE = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:r51p-parents-evening-alfie-20250312@example-school.org.uk\r
DTSTAMP:20250303T120000Z\r
DTSTART:20250312T164000Z\r
DTEND:20250312T165000Z\r
SUMMARY:Parents' evening - Alfie (Class 2)\r
LOCATION:Class 2 classroom\\, Example School\\, Park Row\\, Wenbury LS1 4AP\r
DESCRIPTION:10-minute appointment with Mr Watkins. Please use the playgroun\r
 d door. Office: 01632 960000.\r
ORGANIZER;CN=Tom Watkins:mailto:t.watkins@example-school.org.uk\r
ATTENDEE;CN=Sam Carer;RSVP=TRUE:mailto:sam.carer@outlook.com\r
END:VEVENT\r
END:VCALENDAR\r
"""

add("clean", "parents_evening_ics_school", "parents' evening invitation (.ics) at school; school address and number only",
    "watkins", [SAM], "Parents' evening \u2013 Wednesday 12 March, 4.40pm", mkdate(2025, 3, 3, 12, 0, 0),
    """Dear Sam,

Your parents' evening appointment for Alfie is on Wednesday 12 March at 4.40pm - I've attached an invitation so it goes straight into your calendar. Please come to the playground door.

Alfie's books will be out on the table from 4.15 if you'd like to look through them first.

Kind regards,
Tom Watkins
Class 2 Teacher
""", kind="alt", attachments=[dict(data=ICS_PE, subtype="calendar", filename="invite.ics",
                                  params={"method": "REQUEST"}, cte="7bit")])

add("clean", "declines_facebook_request", "TA explains she has declined a parent's Facebook friend request",
    "holloway", [JANE], "Facebook", mkdate(2024, 10, 15, 17, 20, 4),
    """Hi Jane,

I hope you don't mind me dropping you a line here - I saw your friend request on Facebook last night. It was really kind of you, and please don't take it personally, but I've declined it. We're not allowed to be friends with parents on social media while your children are at the school, and the same goes for all the staff.

I'll still see you at church and at the shop, of course! And you can always get hold of me through school.

Kate
""", style="plain")

add("clean", "esafety_lesson_pupils", "head's follow-up to Class 3 pupils after e-safety lesson; names apps, advises against adding strangers",
    "pryce", Y6 + Y5, "What we talked about in e-safety today", mkdate(2025, 2, 11, 15, 25, 0),
    """Hello Class 3,

Thank you for such a sensible discussion this afternoon. Here are the main things we agreed, so you can show them to your grown-ups at home:

1. Most of the apps we talked about - Snapchat, TikTok, Instagram, WhatsApp and Discord - are for people aged 13 and over.
2. If someone online asks you to "add me", "message me on WhatsApp" or "send me your number", and you don't know them in real life, don't. Tell an adult.
3. Never share your address, school, phone number or photos in your uniform.
4. A grown-up who works with children, including anyone at school, should never ask you to be their friend or follow them on social media. If that happens, tell me or Mr Watkins.
5. On Roblox and Minecraft, keep chat on "friends only".

Well done for your posters too - they're going up in the corridor tomorrow.

Mrs Pryce
""")

add("clean", "snow_closure_notice", "snow closure: messaging service, radio frequency, road numbers; head mentions she lives next door [unsure]",
    "pryce", [JANE, SAM, ALI], "School closed today \u2013 Thursday 9 January (snow)", mkdate(2025, 1, 9, 6, 48, 19),
    """Dear parents and carers,

I'm sorry to say that school is CLOSED today, Thursday 9 January. The lane down from Yarley Bridge is blocked, the B4362 past Kilbury is closed by the police, and fewer than half of our staff can get in safely. Please don't try to bring children in.

As I'm next door I'll be keeping an eye on the site and the heating, and Gareth is gritting the path to the church this morning ready for tomorrow.

We'll send a decision about Friday by 6.45am tomorrow by text through the school messaging service (it comes from "ExSchool", not a mobile number), on the school website and on Radio Wyeside, 95.8FM. If your text doesn't arrive, please check your number is up to date with the office.

Class 2 and 3 have home learning on Google Classroom; Class 1, build a snowman and count its buttons!

Stay safe and warm,
Helen Pryce
Headteacher
""", style="plain", mailer="iPhone Mail (22C152)")

add("clean", "care_plan_reads_back_carer", "allergy care plan: reads back carer's own mobile and gives GP surgery and allergy nurse numbers",
    "vaughan", [SAM], "Alfie's allergy care plan \u2013 please check", mkdate(2024, 9, 19, 14, 10, 0),
    """Dear Sam,

I've drafted Alfie's individual healthcare plan for his nut allergy - the paper copy is coming home in his bag today. Please could you check the details below and let me know of any mistakes:

First contact: Sam Carer, 07700 900456
Second contact: Pengrove Foster Care Team (office hours), 0121 496 0218
GP: Kilbury Surgery, 0117 496 0488
Allergy nurse: Children's Allergy Clinic, Bromford Community Hospital, 0121 496 0290

Medication: two adrenaline auto-injectors (one in the classroom red bag, one in the office), antihistamine liquid 5ml.

Mrs Jenkins has his details in the kitchen and we've checked the harvest lunch and the fete menus are nut-free.

Once you're happy, please sign the paper copy and send it back; I'll give a copy to the minibus and after-school club.

Best wishes,
Anne Vaughan
SENCo
""", kind="alt", cte="quoted-printable")

add("clean", "staff_flooded_ford_mobile", "staff-only: teacher stuck at a flooded ford gives his mobile to head and office",
    "watkins", [f"Helen Pryce <h.pryce@{D}>", f"office@{D}"], "Stuck at the ford \u2013 running late", mkdate(2025, 1, 27, 7, 58, 40),
    """Helen / Carol,

Yarley ford is right up after the rain last night and there's a tractor stuck halfway across, so I'm going round by Kilbury. Should be in by 8.45 at the latest.

Rachel has the register and the plans for the first session are on my desk (spelling test then handwriting).

If you need me I'm on 07700 900488, though signal's patchy on the Kilbury road.

Tom
""", style="plain", mailer="iPhone Mail (22C152)")


# ============================================================================================
# CLEAN, everyday school mail
# ============================================================================================

add("clean", "class1_weekly_update", "Class 1 weekly update to parents",
    "morgan", [JANE], "Class 1 this week", mkdate(2025, 1, 31, 15, 45, 0),
    """Dear Class 1 families,

What a busy week! We've been reading "The Enormous Turnip" and the children have been acting it out with great gusto - Mrs Holloway was the mouse, which was worth seeing.

Phonics: Reception have been learning "ch", "sh" and "th", and Year 1 have been working on the split digraph "a-e" (cake, snake, gate). Please practise the sound cards in book bags if you can, even just for five minutes at tea time.

Maths: Reception are counting to 20 and Year 1 are adding within 20 using the number line. Ask them how many legs on three sheep!

Reminders:
- PE is on Tuesday - please make sure PE kits are in school.
- Forest School on Thursday afternoon - wellies and waterproofs please.
- Reading books are changed on Mondays and Thursdays.

Next week is Children's Mental Health Week. We'll be talking about feelings and making a "calm corner" in the classroom.

Have a lovely weekend,
Miss Morgan and Mrs Holloway
""", cc=[OP_HALE, OP_REYNOLDS], kind="alt", style="gmail")

add("clean", "absence_hospital_reply", "head replies to carer about authorised absence for a hospital appointment",
    "pryce", [SAM], "Re: Alfie - hospital appointment Tuesday", mkdate(2025, 2, 24, 8, 3, 25),
    """Dear Sam,

Thank you for letting us know. That's absolutely fine - Alfie's absence will be authorised as a medical appointment. Please bring the appointment letter into the office when you can, just so we have a copy on file.

If he's up to it, bring him in after lunch. Class 2 have a science afternoon planting broad beans, and I know he'd hate to miss it.

I hope it goes well.

Helen

On Sun, 23 Feb 2025 at 20:41, Sam Carer <sam.carer@outlook.com> wrote:
> Dear Mrs Pryce,
> Alfie has his ENT appointment at Bromford on Tuesday at 10.20 so he'll
> be off in the morning. Is that OK? Letter to follow.
> Thanks, Sam
""", in_reply_to="<DB9PR01MB7212.ent@outlook.com>", style="gmail")

add("clean", "attendance_harry_absent", "attendance officer: first-day absence call for Harry",
    "attendance", [ALI], "Harry \u2013 absence today", mkdate(2025, 3, 6, 9, 32, 0),
    """Dear Mr Guardian,

Harry hasn't arrived at school this morning and we haven't had a message from home. Could you please let us know as soon as possible whether he is unwell or if there is another reason?

You can reply to this email or ring the office on 01632 960000.

Thank you,
Carol Bevan
Attendance Officer
""", style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "spelling_homework_pupils", "class teacher sends spelling homework to Year 3 pupils",
    "watkins", Y3, "Spellings for Friday's test", mkdate(2025, 3, 7, 15, 30, 0),
    """Hello Year 3,

Here are your spellings for next Friday. This week we're looking at words with "ou" that make an "u" sound.

young
touch
double
trouble
country
cousin
couple
encourage

Try to put three of them into a sentence in your homework book. My favourite from last week was Isla's: "My cousin touched a cow and got in trouble."

Mr Watkins
""")

add("clean", "harvest_lunch_numbers", "cook asks office for numbers for the harvest lunch",
    "jenkins", [f"Carol Bevan <c.bevan@{D}>"], "Harvest lunch numbers", mkdate(2024, 9, 30, 11, 15, 0),
    """Carol,

Can you let me know final numbers for the harvest lunch on the 10th by Friday? Children plus any grandparents coming. I'm doing roast chicken, roast potatoes and veg from the allotment, with apple crumble after (apples from the Preeces).

Also we're low on the big foil trays - can you add 2 boxes to the next Bidfood order please.

Thanks
Sue
""", style="plain")

add("clean", "staff_meeting_notes", "head's notes from the weekly staff meeting",
    "pryce", [STAFF_LIST], "Staff meeting notes \u2013 Monday 20 January", mkdate(2025, 1, 20, 17, 40, 0),
    """Hi everyone,

Thanks for staying on tonight. Notes below - shout if I've missed anything.

1. Safeguarding: reminder that all concerns go on the blue form the same day, however small. Two new starters in Class 1 this month; Bethan to share any early concerns with me.

2. Minibus: Kilbury have it Mondays and Wednesday afternoons this term, Hopeford Thursdays. Gareth is doing the checks on Friday mornings. Please book it in the diary in the office, not by word of mouth.

3. Collective worship: Revd Allsop is leading on Wednesdays in church through Lent. Class 2 lead the family service on 16 March.

4. SATs: Year 6 booster starts after half term with Ruth on Tuesdays. Year 6 mock papers week of 10 February.

5. Fete: Friends meeting 4 February - Kate to attend for us. They'd like each class to run a stall again.

6. Site: the boiler engineer is in on Thursday; the hall will be cold first thing.

7. AOB: Sue's birthday on Friday. Cake in the staffroom. Don't tell her.

Next meeting Monday 27th, 3.30, Class 3.

Helen
""")

NEWS_TEXT = """EXAMPLE SCHOOL NEWS - Friday 14 March 2025

Dear families,

A huge thank you to everyone who came to the Lent lunch on Wednesday. We raised \u00a3212.40 for the Bromford food bank, and Mrs Jenkins' leek and potato soup has been requested for every event from now on.

CLASS 1 have been hatching ducklings (still waiting - the eggs are due on Monday) and have been measuring everything in "duck steps".

CLASS 2 visited church on Tuesday to look at the stained glass, and have been making their own windows with tissue paper. They're in the hall window - do have a look at pick-up.

CLASS 3 have finished their mock SATs week and worked incredibly hard. Well done to all of Year 6. Year 5 have been writing persuasive letters to the parish council about a zebra crossing outside the shop.

SPORT: Our cross-country team came 2nd of 9 small schools at Kilbury, and Jack B. came 3rd in the Year 6 race. Tag rugby festival at Hopeford is on 2 April.

DIARY
Mon 17 Mar - Ducklings (we hope)
Wed 19 Mar - Parents' evening (Class 1 and 2), 3.30-6.30
Fri 21 Mar - Red Nose Day, non-uniform, \u00a31
Thu 27 Mar - Class 2 lead worship in church, 9.15, all welcome
Fri 11 Apr - Easter service, 2pm; school closes at 2pm

ATTENDANCE this week: 96.1%. Class 1 win the cup!

Have a lovely weekend,
Mrs Pryce
"""

NEWS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f1ea">
<table width="600" align="center" cellpadding="12" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#333">
<tr><td style="background:#33691e;color:#ffffff;font-size:22px">Example School News &ndash; Friday 14 March 2025</td></tr>
<tr><td>
<p>Dear families,</p>
<p>A huge thank you to everyone who came to the Lent lunch on Wednesday. We raised <b>&pound;212.40</b> for the Bromford food bank, and Mrs Jenkins&rsquo; leek and potato soup has been requested for every event from now on.</p>
<h3 style="color:#33691e">Class 1</h3>
<p>Hatching ducklings (still waiting &ndash; the eggs are due on Monday) and measuring everything in &ldquo;duck steps&rdquo;.</p>
<h3 style="color:#33691e">Class 2</h3>
<p>Visited church on Tuesday to look at the stained glass, and have been making their own windows with tissue paper. They&rsquo;re in the hall window &ndash; do have a look at pick-up.</p>
<h3 style="color:#33691e">Class 3</h3>
<p>Finished their mock SATs week and worked incredibly hard. Well done to all of Year 6. Year 5 have been writing persuasive letters to the parish council about a zebra crossing outside the shop.</p>
<h3 style="color:#33691e">Sport</h3>
<p>Our cross-country team came 2nd of 9 small schools at Kilbury, and Jack B. came 3rd in the Year 6 race. Tag rugby festival at Hopeford is on 2 April.</p>
<h3 style="color:#33691e">Diary</h3>
<ul>
<li>Mon 17 Mar &ndash; Ducklings (we hope)</li>
<li>Wed 19 Mar &ndash; Parents&rsquo; evening (Class 1 and 2), 3.30&ndash;6.30</li>
<li>Fri 21 Mar &ndash; Red Nose Day, non-uniform, &pound;1</li>
<li>Thu 27 Mar &ndash; Class 2 lead worship in church, 9.15, all welcome</li>
<li>Fri 11 Apr &ndash; Easter service, 2pm; school closes at 2pm</li>
</ul>
<p><b>Attendance this week: 96.1%.</b> Class 1 win the cup!</p>
<p>Have a lovely weekend,<br>Mrs Pryce</p>
</td></tr>
<tr><td style="font-size:12px;color:#777;background:#f9f9f9">Example Church of England Primary School, Park Row, Wenbury LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</body></html>
"""

add("clean", "friday_newsletter", "weekly newsletter (text + HTML, quoted-printable)",
    "office", [JANE, SAM, ALI], "Example School News \u2013 14 March", mkdate(2025, 3, 14, 14, 0, 0),
    NEWS_TEXT, kind="alt", html_body=NEWS_HTML, cte="quoted-printable", html_cte="quoted-printable",
    style="outlook")

PDF_CATHEDRAL = make_pdf([
    "Example Church of England Primary School",
    "Class 2 visit to Bromford Cathedral - Thursday 6 February 2025",
    "",
    "Dear Parent/Carer,",
    "As part of our RE and history work, Class 2 will visit the cathedral to see the chained",
    "library and the old map. We travel by minibus and return for the end of the day.",
    "Voluntary contribution: \xa34.00 via ParentPay by Friday 31 January.",
    "Please send a packed lunch and a warm coat.",
    "",
    "I give permission for my child ____________________ to attend.",
    "Signed ____________________   Date __________",
])

add("clean", "class2_cathedral_trip_letter", "trip consent letter as PDF attachment to Class 2 parents",
    "watkins", [SAM], "Class 2 \u2013 cathedral visit letter", mkdate(2025, 1, 22, 16, 10, 30),
    """Dear Class 2 parents and carers,

Please find attached the letter for our visit to Bromford Cathedral on Thursday 6 February. A paper copy has gone home in book bags too, but I know they have a habit of ending up at the bottom of the bag under a banana.

Please return the slip by Friday 31 January.

Thanks,
Tom Watkins
""", cc=[OP_PROSSER, OP_HALE, OP_JONES, OP_REYNOLDS],
    attachments=[dict(data=PDF_CATHEDRAL, maintype="application", subtype="pdf",
                      filename="Class 2 Cathedral visit.pdf")])

PDF_REPORT = make_pdf([
    "Example Church of England Primary School - Annual Report 2024-25",
    "Pupil: Poppy  Class 1 (Year 1)  Teacher: Miss B. Morgan",
    "",
    "Reading: Working at the expected standard. Poppy reads with expression and loves animal books.",
    "Writing: Working towards the expected standard. Letter formation is improving.",
    "Maths: Working at the expected standard. Secure with number bonds to 10.",
    "Phonics screening check: passed (34/40).",
    "Attendance: 97.2%",
    "",
    "Poppy is a kind and enthusiastic member of Class 1 who always looks after the younger ones.",
])

add("clean", "end_of_year_report", "end-of-year report sent to parent as PDF attachment",
    "morgan", [JANE], "Poppy's end of year report", mkdate(2025, 7, 11, 15, 5, 0),
    """Dear Jane,

Please find Poppy's end of year report attached. It's been a joy teaching her this year - she has grown so much in confidence, and I'll miss her next year when she goes up to Mr Watkins (though I'll still see her every day!).

If you'd like to talk about anything in the report, I'm around after school on Monday and Tuesday next week.

With best wishes,
Bethan Morgan
""", kind="alt", style="gmail",
    attachments=[dict(data=PDF_REPORT, maintype="application", subtype="pdf",
                      filename="Poppy - end of year report 2025.pdf")])

AGENDA = """EXAMPLE CHURCH OF ENGLAND PRIMARY SCHOOL
FULL GOVERNING BOARD - Tuesday 25 March 2025, 6.30pm, School Hall

1. Opening prayer (Revd Allsop)
2. Apologies and declarations of interest
3. Minutes of the meeting of 28 January and matters arising
4. Headteacher's report (circulated)
5. Budget monitoring - month 11; draft budget 2025-26
6. Safeguarding and attendance update (Part 2 if needed)
7. Minibus partnership agreement with Kilbury and Hopeford - renewal
8. SIAMS preparation
9. Policies for approval: Charging and Remissions; Online Safety; Staff Code of Conduct
10. Governor visits and training
11. AOB
12. Dates of next meetings
"""

add("clean", "fgb_agenda", "clerk sends governing board agenda and papers to governors",
    "clerk", [f"chair@{D}", f"governors@{D}"], "FGB agenda \u2013 Tuesday 25 March", mkdate(2025, 3, 14, 11, 20, 0),
    """Dear Governors,

Please find attached the agenda for the Full Governing Board meeting on Tuesday 25 March at 6.30pm in the school hall. The Headteacher's report and budget papers are on the governors' shared drive under "FGB Spring 2".

Please let me know by Friday 21st if you can't attend, so that I can check we'll be quorate. If you have an item for AOB, please send it to me in advance.

Tea and biscuits from 6.15 as usual.

Kind regards,
Fiona Marsh
Clerk to the Governors
""", attachments=[dict(data=AGENDA, subtype="plain", filename="FGB agenda 25 March 2025.txt")])

add("clean", "harvest_service_vicar", "head arranges the harvest service with the vicar",
    "pryce", ["Revd Mary Allsop <vicar@example.org>"], "Harvest service \u2013 Friday 4 October", mkdate(2024, 9, 23, 19, 2, 0),
    """Dear Mary,

Just to confirm our plans for the harvest service on Friday 4 October at 2pm.

Class 1 will sing "Cauliflowers Fluffy" (with actions, brace yourself). Class 2 have written harvest prayers and would like to read them from the lectern if that's all right. Class 3 are doing a short piece about food miles and the farms in the parish - Harry G. and Amelia have been interviewing their families.

Donations will come across in the morning. Last year we had 14 boxes for the food bank plus a sack of potatoes, so we might need the side chapel again.

Would you be happy to give the blessing at the end? And could Gareth borrow the trolley to bring everything back afterwards?

Many thanks, and see you on Wednesday for worship.

Helen
""")

add("clean", "fete_committee_planning", "Friends liaison writes to the fete committee about stalls",
    "holloway", [OP_MORRIS, OP_BOWEN, OP_DAVIES], "Fete planning \u2013 stalls and gazebos", mkdate(2025, 5, 1, 20, 30, 0),
    """Hi all,

Following last night's meeting, here's where we've got to:

- Cake stall: Sarah and Gemma
- Tombola: Class 2 parents (bottles and tins collection starts next week)
- Plant stall: the WI have offered again, hurrah
- Tea tent: need a rota - I'll put a sheet in the office
- Dog show judge: Mr Preece has agreed, so please nobody enter a cow
- Tractor rides: Upper Hill Farm, as last year

Gazebos: school has two, the church has three. We're short of at least two. Does anyone have one we could borrow?

Next meeting is Wednesday 21 May at 7pm, in the school hall.

Kate
""", style="gmail")

add("clean", "pupil_homework_question_reply", "teacher replies to a pupil's question about homework",
    "watkins", [pupil("20oprosser")], "Re: homework question", mkdate(2025, 1, 27, 17, 22, 0),
    """Hi Oscar,

Good question! For number 2, yes, you add the morning and the afternoon together, so it's a column addition. Remember to line up the thousands, hundreds, tens and ones.

You don't need to do the challenge if you get stuck - have a go and we'll go through it on Wednesday.

Mr Watkins

On Mon, 27 Jan 2025 at 16:58, Oscar Prosser <20oprosser@pupils.example-school.org.uk> wrote:
> Mr Watkins for question 2 do we add them together? Oscar
""", in_reply_to="<CAK-oscar.20250127@pupils.example-school.org.uk>", style="gmail")

add("clean", "sports_day_plans", "sports coach and head: sports day plans",
    "griffiths", [f"Helen Pryce <h.pryce@{D}>"], "Sports day \u2013 plan", mkdate(2025, 6, 10, 12, 45, 0),
    """Hi Helen,

Plan for sports day on the 26th:

- 1.15 start on the field, mixed-age teams (four houses)
- Rotating activities for the first hour: welly wanging, sack race, egg and spoon, obstacle course, javelin (foam!), standing long jump
- 2.30 running races by age, Reception first
- 3.00 parents' race and tug of war (Siân has roped in some dads)
- 3.15 results and cups

I'll bring the kit from Hopeford in my car on the morning. Can Gareth mow the track lines on Tuesday? If it's wet, we'll go to the Thursday.

Owen
""")

add("clean", "recorder_progress_base64", "music teacher to carer about recorder group progress (base64 body)",
    "shah", [SAM], "Alfie \u2013 recorder group", mkdate(2025, 2, 5, 13, 5, 0),
    """Dear Sam,

Just a note to say how well Alfie is doing in recorder group. He's learned B, A and G now and played "Hot Cross Buns" on his own in front of the group this week, which was a big step for him.

The group will play two pieces in the Easter service at church. I've sent home a practice sheet - ten minutes a couple of times a week would be perfect, and please don't worry about the noise!

Best wishes,
Priya Shah
Music Service
""", kind="alt", style="gmail", cte="base64", html_cte="base64")

add("clean", "iep_review_dates", "SENCo to class teachers: support plan review dates",
    "vaughan", [f"Tom Watkins <t.watkins@{D}>", f"Bethan Morgan <b.morgan@{D}>"], "Support plan reviews \u2013 Spring 2", mkdate(2025, 2, 25, 16, 30, 0),
    """Hi both,

Dates for this half term's support plan reviews - I've booked these with the parents already:

Tues 4 March, 3.30 - Class 2 pupil (A.)
Thurs 6 March, 3.30 - Class 1 pupil (new referral, speech and language)
Tues 11 March, 3.45 - Class 2 pupil (G.)

Please can you update the targets on the plans on the shared drive by the Friday before. Don't worry about making it perfect - bullet points are fine and we'll talk it through.

Bethan, the speech and language therapist is coming in on 13 March to observe in Class 1, first session.

Thanks,
Anne
""")

add("clean", "thanks_lamb_visit", "head thanks parent for bringing a lamb into Class 1",
    "pryce", [JANE], "Thank you!", mkdate(2025, 3, 27, 16, 2, 0),
    """Dear Jane,

Just a quick note to say thank you for bringing the lamb in this morning. The children were enchanted, and Poppy was the proudest girl in Herefordshire showing everyone how to hold the bottle. I think Class 1 will be writing about it for weeks.

With best wishes,
Helen Pryce
""", style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "nativity_costumes_8bit", "Class 1 nativity costumes request (8bit body)",
    "morgan", [JANE], "Nativity costumes \u2013 \u201cThe Hopeful Little Donkey\u201d", mkdate(2024, 11, 25, 16, 15, 0),
    """Dear Class 1 families,

Our nativity, \u201cThe Hopeful Little Donkey\u201d, is in church on Wednesday 11 December at 2pm (dress rehearsal on the Tuesday morning).

Your child\u2019s part is on the slip in their book bag. Costumes are simple \u2013 please don\u2019t buy anything:

\u2022 Shepherds: a tea towel and a dressing gown
\u2022 Sheep: white or cream top and leggings (we\u2019ll do the ears)
\u2022 Angels: white T-shirt; tinsel provided
\u2022 Kings: anything sparkly

Please send costumes in a named bag by Monday 9 December. If that\u2019s tricky, let me know \u2013 we have a dressing-up box in school.

There\u2019ll be mince pies and squash after, \u00a31 donation to the Friends.

Thank you,
Miss Morgan
""", kind="alt", style="gmail", cte="8bit", html_cte="8bit")

add("clean", "head_lice_notice", "office head-lice notice to Class 2 parents",
    "office", [SAM], "Head lice in Class 2", mkdate(2025, 1, 14, 12, 30, 0),
    """Dear Class 2 parents and carers,

We've had a case of head lice reported in Class 2. This is very common in primary schools and nothing to be embarrassed about.

Please check your child's hair tonight with a fine-toothed comb and conditioner, and treat if needed. The pharmacy in Bromford can advise. Long hair tied back helps.

Thank you for your help,
School Office
""", cc=[OP_PROSSER, OP_HALE, OP_JONES, OP_REYNOLDS], style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "dinner_money_balance", "office reminder of a small dinner-money balance (encoded subject)",
    "office", [ALI], "Dinner money \u2013 \u00a314.60 outstanding", mkdate(2025, 3, 3, 10, 15, 0),
    """Dear Mr Guardian,

Just a gentle reminder that Harry's dinner money account is \u00a314.60 in arrears. Could you top it up on ParentPay when you get a minute?

Many thanks,
School Office
""", style="plain", mailer="Microsoft Outlook 16.0")

add("clean", "password_reset_staff", "ICT technician reminds staff about password change",
    "baines", [STAFF_LIST], "Password change this Friday", mkdate(2025, 4, 23, 9, 0, 0),
    """Hi all,

Your school account passwords will expire on Friday as part of the termly change. When you log in on Friday morning you'll be asked to choose a new one.

- At least 12 characters. Three random words works well.
- Don't reuse your old password or your personal passwords.
- Don't write it on a post-it on the monitor (you know who you are).

I'll be in school from 8 on Friday if anyone gets locked out; otherwise ring the ICT helpdesk and they can reset it remotely.

Nick
ICT
""")

add("clean", "ta_cover_notes", "TA leaves notes for class teacher after afternoon cover",
    "lloyd", [f"Tom Watkins <t.watkins@{D}>"], "This afternoon", mkdate(2025, 3, 12, 15, 40, 0),
    """Hi Tom,

All fine this afternoon. We finished the tissue paper windows - they're drying on the rack. Oscar and George were a bit silly at the sink, had a word. Isla didn't feel well after play, office rang home and Nan collected her at 2.15.

Spelling tests are marked, in the tray.

Rachel
""", style="plain")

add("clean", "leavers_assembly_roles", "head sends Year 6 pupils their leavers' service parts",
    "pryce", Y6, "Leavers' service \u2013 your parts", mkdate(2025, 7, 7, 15, 20, 0),
    """Hello Year 6,

Here are the parts for the leavers' service in church on Friday 18 July at 2pm:

Welcome - Amelia
Reading (Ecclesiastes 3) - Noah
Memories of Class 1 - Tilly
Memories of Class 2 - Jack
Prayer - Harry
Thank you to staff - all of you together

Practise reading slowly and looking up. Revd Allsop says the microphone will be working this time, but speak up anyway.

Mrs Pryce
""")

add("clean", "forest_school_kit", "Forest School leader sends kit reminder to parents",
    "castell", [JANE, SAM], "Forest School \u2013 kit for the summer term", mkdate(2025, 4, 25, 14, 0, 0),
    """Dear parents and carers,

Forest School starts again next week - Class 1 on Thursday afternoons and Class 2 on Friday mornings, down in the spinney by the brook.

Please send:
- long sleeves and long trousers (ticks and nettles, even in summer)
- wellies or old trainers that can get wet
- a waterproof, whatever the forecast says
- a named water bottle
- sun cream applied at home on sunny days

This term we're pond dipping, whittling (Class 2 only, with a tool talk first), and building a bug hotel for the fete.

Thank you,
Ellie Castell
Forest School Leader
""", cc=[OP_HALE], kind="alt")

add("clean", "swimming_lessons_start", "Class 2 swimming lessons start letter",
    "watkins", [SAM], "Swimming starts next Wednesday", mkdate(2025, 1, 8, 15, 50, 0),
    """Dear Class 2 parents and carers,

Swimming lessons start next Wednesday, 15 January, at Bromford Leisure Centre, and run for ten weeks. We go in the minibus at 9.00 and are back by 11.15.

Please send a swimming costume (no long shorts), a towel, and a hat for long hair, all in a named bag. Earrings need to be out or taped. Goggles only with a note from home.

If your child can't swim for a medical reason, please let me know in writing.

Thank you,
Tom Watkins
""", cc=[OP_PROSSER, OP_HALE, OP_JONES, OP_REYNOLDS])

add("clean", "stationery_order_supplier", "office places a stationery order with an outside supplier (account and order numbers)",
    "bevan", ["Orders <orders@example.com>"], "Order \u2013 account EXS0391", mkdate(2025, 2, 18, 11, 0, 0),
    """Hello,

Please could you send the following to our account EXS0391, delivery to Example School, Park Row, Wenbury LS1 4AP:

- 6 x A4 exercise books 8mm ruled, pack of 50 (code EB4410)
- 4 x handwriting pens, blue, pack of 24 (code HP2201)
- 2 x glue sticks 40g, pack of 30 (code GS0040)
- 1 x laminating pouches A4, 150 micron, box of 100 (code LP1500)

Our purchase order number is PO 2025/118. Please note deliveries after 3.30pm can't be accepted as the office closes.

Many thanks,
Carol Bevan
School Business Manager
""")

add("clean", "poppy_friendship_reply", "teacher replies to parent about a friendship upset (Gmail quote)",
    "morgan", [JANE], "Re: Poppy upset about playtime", mkdate(2024, 11, 6, 17, 10, 0),
    """Dear Jane,

Thank you for telling me, and I'm sorry Poppy came home upset. I had a chat with the girls today - it seems to have started over who gets to be the farmer in the role-play area, which is very Class 1!

We've made a rota for the farm shop and I've asked Mrs Holloway to keep an eye on playtimes this week. Poppy was happily playing tig with everyone this afternoon.

Do let me know how she seems at home.

Best wishes,
Bethan

On Tue, 5 Nov 2024 at 19:55, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Morgan, Poppy was really upset tonight. She says the girls
> won't let her play with them at lunch. She's not one to make a fuss so
> I thought I'd let you know. Jane
""", in_reply_to="<CAJp0-Jane.20241105@mail.gmail.com>", style="gmail")

add("clean", "world_book_day_base64", "World Book Day letter (text+HTML, base64)",
    "pryce", [JANE, SAM, ALI], "World Book Day \u2013 Thursday 6 March", mkdate(2025, 2, 27, 15, 0, 0),
    """Dear parents and carers,

World Book Day is on Thursday 6 March. Children are welcome to come dressed as a character from a book - but please don't feel you need to buy a costume. Pyjamas and a favourite bedtime story are just as welcome, and so is a farmer's coat and wellies if your child is a fan of Farmer Duck!

During the day we're doing a "reading picnic" in the hall with the older children reading to the younger ones, and a book swap: please send in one good-condition book your child has finished with.

Every child will bring home a \u00a31 book token.

Thank you,
Mrs Pryce
""", kind="alt", cte="base64", html_cte="base64")

add("clean", "tag_rugby_cluster", "sports coach writes to other small schools about a cluster tag rugby festival",
    "griffiths", ["PE Lead <pe@kilbury.example.org>", "PE Lead <pe@hopeford.example.org>"], "Tag rugby festival \u2013 2 April", mkdate(2025, 3, 19, 13, 0, 0),
    """Hi both,

Just firming up the tag rugby festival at Hopeford on Wednesday 2 April, 1.15-2.45.

Teams of 7, mixed Y3-6, with at least 2 girls on the pitch. Each school brings two teams if they can. We'll play 7-minute games, round robin, then a plate and cup final.

Minibus: Hopeford keep it that morning, so I'll collect our lot at 12.45 and drop back by 3.15. Can you each bring a set of tag belts?

Owen
""", style="plain")

add("clean", "after_school_club_register", "club lead asks office to update the club register",
    "hughes", [f"office@{D}"], "Club register changes", mkdate(2025, 2, 21, 17, 45, 0),
    """Hi Carol,

Couple of changes for the club register after half term please:

- Maisie Hale: add Tuesdays as well as Thursdays
- George Jones: stop Wednesdays (Nan collecting)
- Alfie: stays on Thursdays

Also we're nearly out of squash and the glue sticks have vanished again.

Thanks,
Megan
""", style="plain")


# --------------------------------------------------------------------------------------------
# Write out
# --------------------------------------------------------------------------------------------
README = """# Round 51 hold-out: personal-address-to-parent

**Blind held-out test corpus. Never use it for tuning rules, thresholds or code.** It was written
without reading mailguard's code, rules, tests, docs or history, so that the filter can be
measured on mail nobody fitted it to. If a message here is misjudged, fix the filter in general,
not for this message, and do not copy these messages into the training/dev corpus.

## What it is

80 realistic outgoing e-mails from staff of a tiny Church of England village primary in rural
Herefordshire (48 pupils, three mixed-age classes; the head teaches four days and lives in the
School House next door; church next door; Friends' summer fete; a minibus shared with two other
small schools; farming families). The school identity is the one in `config.example.yaml`
(staff domain example-school.org.uk, pupils on pupils.example-school.org.uk, school phone
01632 960000, postcode LS1 4AP, parents in `directory/parents.csv`).

Each message is labelled for the policy rule: staff must not give parents or pupils their own
personal phone number, home address or personal e-mail, nor use personal devices/accounts or
invite them onto private channels (WhatsApp, Snapchat, Instagram, Facebook, Discord, ...).

- `labels.csv`: `file,expected,sender,recipients,note`. `expected` is `flag` or `clean`;
  `sender` is the envelope sender (the staff From address); `recipients` are the To+Cc addresses,
  space-separated. Judgement calls are marked `[unsure]` in the note.
- `NNN_<flag|clean>_<slug>.eml`: the messages.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff's own personal contact details / private channel to a parent or pupil | 20 |
| clean | everyday school mail | 30 |
| clean | hard negatives (look like the above but are fine) | 30 |
| **total** | | **80** |

## Kinds of case

Flags: personal mobile in the body (plain, no spaces, `+44`, `+44 (0)`, `0044`, dotted, split
over a line break, `&nbsp;` inside HTML); home landline in brackets or in a signature; personal
hotmail/outlook/gmail/yahoo address in body, signature, Cc or Reply-To; home address with
postcode; personal contact in a vCard and in an .ics invitation; invitations to a WhatsApp group,
Signal, Snapchat, Instagram, Facebook friend request, Discord server; bodies in 7bit,
quoted-printable and base64; text, multipart/alternative and HTML-only.

Hard negatives: school trip mobile stated as school-owned; the parent's own number/address read
back or quoted in a reply; staff refusing to give a personal number, declining a WhatsApp group
or a Facebook friend request; third-party numbers and addresses (outdoor centre, partner school,
vicarage, host farm, farm park, uniform shop, school nurse, audiology, county transport officer,
educational psychology, GP, helplines); numbers that are not phones (prices, times, sort code and
account number, Teams meeting ID/passcode/dial-in, ISBNs, admissions and order references,
radio frequency, road numbers, maths homework); staff-only mail with personal details (payroll
change, staff Christmas social, stuck at a flooded ford); e-safety advice that names apps;
school office vCard; parents' evening .ics at school.

Everyday: class updates, newsletter, trip letters (PDF), reports, homework to pupils, replies to
parents, attendance, staff meeting notes, governors' agenda, kitchen, ICT, club registers,
supplier order, cluster sport.

## How it was made / regenerating

Written by hand as a deterministic generator, `../make_round51_personal.py` (Python 3.11
standard library only; fixed dates, Message-IDs and MIME boundaries). Regenerate with:

    python3 tests/holdout/round51/make_round51_personal.py

Running it twice gives byte-identical files. All names, addresses, mailboxes and numbers are
fictitious (Ofcom drama ranges for phone numbers; example.com/.org/.net for organisations).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    # remove previously generated files only
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv",):
            os.remove(os.path.join(OUT, f))
    flags = [m for m in MESSAGES if m["expected"] == "flag"]
    cleans = [m for m in MESSAGES if m["expected"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)
    ordered = sorted(MESSAGES, key=lambda m: hashlib.sha1(("round51:" + m["slug"]).encode()).hexdigest())
    rows = []
    for i, m in enumerate(ordered, 1):
        fname = "%03d_%s_%s.eml" % (i, m["expected"], m["slug"])
        msg = build(m, i)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.default))
        sender = STAFF[m["frm"]][1]
        recips = " ".join(addr_only(a) for a in m["to"] + m["cc"])
        rows.append([fname, m["expected"], sender, recips, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README)
    print("wrote %d messages to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
