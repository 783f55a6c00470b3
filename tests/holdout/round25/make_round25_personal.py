#!/usr/bin/env python3
"""Round 25 blind held-out corpus generator: personal-address-to-parent module.

Setting: a rural 11-18 school in Cumbria (long bus routes, weekday boarding
house for hill-farm pupils, Young Farmers link, DofE on the fells, staff in
mountain rescue, land-based / outdoor-ed sixth form).

Deterministic: fixed dates, Message-IDs and MIME boundaries. Stdlib only.
Run:  python3 make_round25_personal.py
Writes .eml files, labels.csv and README.md into ./personal-address-to-parent/
BLIND: never use these messages for tuning the filter.
"""
import base64
import csv
import html as htmlmod
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils." + DOM

JANE = "jane.parent@gmail.com"
SAM = "sam.carer@outlook.com"
ALI = "ali.guardian@btinternet.com"

SCHOOL_SIG = "Example School, Park Row, LS1 4AP\nTel: 01632 960000 | office@example-school.org.uk"

# key: (display name, mailbox, signature)
STAFF = {
    "hughes": ("Rhiannon Hughes", "r.hughes", "Mrs R Hughes\nHead of Year 9\n" + SCHOOL_SIG),
    "ellwood": ("Tom Ellwood", "t.ellwood", "Tom Ellwood\nOutdoor Education & DofE Manager\n" + SCHOOL_SIG),
    "dobson": ("Kirsty Dobson", "k.dobson", "Kirsty Dobson\nHouseparent, Fellside House (weekday boarding)\nExample School | Park Row | LS1 4AP"),
    "wilkinson": ("Gareth Wilkinson", "g.wilkinson", "Gareth Wilkinson\nHead of Land-Based Studies\nExample School\n01632 960000"),
    "tyson": ("Anne Tyson", "attendance", "Anne Tyson\nAttendance Officer\nExample School, Park Row, LS1 4AP\n01632 960000 (option 1 to report an absence)"),
    "raman": ("Priya Raman", "p.raman", "Dr P. Raman\nTeacher of Chemistry"),
    "birkett": ("Callum Birkett", "transport", "Callum Birkett\nTransport Coordinator\nExample School | 01632 960000 | LS1 4AP"),
    "stainton": ("Hannah Stainton", "h.stainton", "Miss H Stainton\nEnglish Department"),
    "hodgson": ("David Hodgson", "dsl", "David Hodgson\nDeputy Headteacher & Designated Safeguarding Lead\n" + SCHOOL_SIG),
    "airey": ("Linda Airey", "office", "Linda Airey\nOffice Manager\n" + SCHOOL_SIG),
    "fell": ("Joe Fell", "j.fell", "Mr J Fell\nPE Department"),
    "macrae": ("Eilidh MacRae", "e.macrae", "Eilidh MacRae\nHead of Sixth Form\n" + SCHOOL_SIG),
    "postle": ("Stephen Postlethwaite", "s.postlethwaite", "Mr S Postlethwaite\nGeography"),
    "nicholson": ("Beth Nicholson", "b.nicholson", "Beth Nicholson\nSENCo\nExample School, Park Row, LS1 4AP | 01632 960000"),
    "atkinson": ("Matthew Atkinson", "m.atkinson", "Matthew Atkinson\nDirector of Music"),
    "gaskell": ("Sue Gaskell", "exams", "Sue Gaskell\nExams Officer\n" + SCHOOL_SIG),
    "nowak": ("Zofia Nowak", "z.nowak", "Ms Z Nowak\nModern Languages"),
    "brock": ("Owen Brocklebank", "o.brocklebank", "Owen Brocklebank\nFarm Unit Technician\nExample School"),
    "pattinson": ("Jennifer Pattinson", "hr", "Jennifer Pattinson\nBusiness Manager (HR & Finance)\n" + SCHOOL_SIG),
    "bowness": ("Siân Bowness", "s.bowness", "Siân Bowness\nHeadteacher\n" + SCHOOL_SIG),
    "relph": ("Lewis Relph", "l.relph", "Mr L Relph\nMaths"),
    "harker": ("Carys Harker", "c.harker", "Carys Harker\nCareers Adviser\n" + SCHOOL_SIG),
}


def addr(key):
    return STAFF[key][1] + "@" + DOM


def sig(key):
    return STAFF[key][2]


MESSAGES = []


def m(label, slug, who, to, subject, date, text, note, cc=(), fmt="plain",
      cte=None, html=None, atts=(), reply_to=None, enc_subj=False,
      to_names=None, extra=()):
    MESSAGES.append(dict(label=label, slug=slug, who=who, to=list(to), cc=list(cc),
                         subject=subject, date=date, text=text, note=note, fmt=fmt,
                         cte=cte, html=html, atts=list(atts), reply_to=reply_to,
                         enc_subj=enc_subj, to_names=to_names or {}, extra=list(extra)))


# ---------------------------------------------------------------- MIME builder

def enc_body(s, cte):
    raw = s.encode("utf-8")
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        body = s
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return cte, body


def leaf(ctype, s, cte, extra_headers=()):
    cte, body = enc_body(s, cte)
    h = ['Content-Type: %s; charset="utf-8"' % ctype, "Content-Transfer-Encoding: " + cte]
    h.extend(extra_headers)
    return "\n".join(h) + "\n\n" + body


def attachment(fname, ctype, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    body = base64.encodebytes(data).decode("ascii")
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, fname, fname, body))


def multipart(subtype, parts, boundary):
    out = ['Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)]
    if subtype == "mixed":
        out[0] += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out.append("--%s\n%s\n" % (boundary, p))
    out.append("--%s--\n" % boundary)
    return "".join(out)


def text_to_html(text, style="outlook"):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % "<br>\n".join(lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    body = "\n".join(out)
    if style == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p{margin:0 0 10pt 0;font-family:Calibri,Arial,sans-serif;font-size:11pt}</style>\n'
            '</head>\n<body lang="EN-GB">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)


def hdr_subject(s, force):
    if force or any(ord(c) > 127 for c in s):
        return Header(s, "utf-8").encode()
    return s


def fmt_addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a


def build(n, spec):
    name, box, _ = STAFF[spec["who"]]
    frm = box + "@" + DOM
    slug = spec["slug"]
    b = "----=_Part_r25p_%03d" % n
    cte = spec["cte"]
    text = spec["text"]
    if spec["fmt"] == "plain":
        body = leaf("text/plain", text, cte)
    elif spec["fmt"] == "html":
        body = leaf("text/html", spec["html"] or text_to_html(text), cte)
    else:  # alt
        style = "gmail" if n % 3 == 0 else "outlook"
        h = spec["html"] or text_to_html(text, style)
        body = multipart("alternative", [leaf("text/plain", text, cte), leaf("text/html", h, cte)], b + "_alt")
    if spec["atts"]:
        parts = [body] + [attachment(*a) for a in spec["atts"]]
        body = multipart("mixed", parts, b + "_mix")
    heads = ["From: " + fmt_addr(name, frm)]
    heads.append("To: " + ", ".join(fmt_addr(spec["to_names"].get(a), a) for a in spec["to"]))
    if spec["cc"]:
        heads.append("Cc: " + ", ".join(spec["cc"]))
    if spec["reply_to"]:
        heads.append("Reply-To: " + spec["reply_to"])
    heads.append("Subject: " + hdr_subject(spec["subject"], spec["enc_subj"]))
    heads.append("Date: " + spec["date"])
    heads.append("Message-ID: <r25p.%03d.%s@%s>" % (n, slug, DOM))
    heads.extend(spec["extra"])
    heads.append("MIME-Version: 1.0")
    return ("\n".join(heads) + "\n" + body).encode("utf-8")

# ======================================================================== FLAGS

m("flag", "dofe_lost_ring_my_mobile", "ellwood",
  ["20rgraham@" + PUP, "20asharp@" + PUP, "20jtyson@" + PUP, "20mhowe@" + PUP],
  "Silver practice walk Saturday - meeting point and kit", "Wed, 15 Jan 2025 16:12:40 +0000",
  """Hi Group C,

Right, Saturday's practice walk is on unless the Met Office forecast goes properly red. We're starting from the Scales car park at 08:30, so make sure whoever is dropping you off knows it's the top car park, not the lay-by at the bottom of the lonning.

Kit check as usual: waterproofs (top AND bottoms), warm hat, gloves, spare layer, 1 litre of water minimum, lunch, headtorch, map and compass. Jack, I still have your compass from last time in my office.

You'll be navigating the leg from Scales Tarn down to Mungrisdale on your own with me shadowing. If you end up separated from me or get geographically embarrassed, stop, stay together, and ring me straight away on my own mobile 07700 900312 - it's quicker than the school phone, which lives in a drawer half the time. Save it in your phones tonight.

See you Saturday,
Mr Ellwood

""" + sig("ellwood"),
  "DofE leader gives pupils his own mobile for the practice walk")

m("flag", "boarding_text_my_personal_phone", "dobson", [JANE],
  "Re: Settling in at Fellside House", "Fri, 17 Jan 2025 21:48:03 +0000",
  """Dear Jane,

Thanks for your email - please don't apologise, it is completely normal to worry in the first few weeks of boarding, especially with the farm being so far out and no signal at your end half the time.

She has been fine this week honestly. A bit quiet on Monday night but she's palled up with the two Year 8s from Wasdale and they were all in the common room doing a jigsaw until lights out on Thursday.

The house phone only gets answered when someone is in the office, so if you want to check in of an evening just text me on 07700-900-588 instead - that's my personal phone, I have it on me all the time, and I'm happy for you to message whenever.

Best wishes,
Kirsty

""" + sig("dobson") + """

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 17 January 2025 19:02
To: Kirsty Dobson <k.dobson@example-school.org.uk>
Subject: Settling in at Fellside House

Hi Kirsty, sorry to bother you again, just wondering how she's getting on this week. She sounded a bit flat on the phone on Tuesday. Jane
""",
  "boarding houseparent gives parent her personal mobile (hyphenated)", fmt="alt")

m("flag", "lambing_forms_drop_at_my_house", "wilkinson", [ALI],
  "Lambing placement forms", "Mon, 20 Jan 2025 12:05:17 +0000",
  """Hi Ali,

Good to see you at the Young Farmers do on Friday. As promised, here's the bit about the lambing placement for your lad.

He's down for the two weeks after Easter at Hartside Farm with the Bells, same as last year. They were really pleased with him. I need the medical form and the parental consent back before half term so I can get it through the risk assessment.

If it's easier than posting them in to school, just drop them through my letterbox - I'm at Low Garth Cottage, Fellside Lane, Hesket Newmarket, CA7 9ZZ, last house on the left before the cattle grid. I'm in most evenings after six.

Cheers,
Gareth

""" + sig("wilkinson"),
  "teacher gives parent his home address with postcode")

m("flag", "concert_html_sig_mobile_nbsp", "atkinson", [JANE, SAM, ALI],
  "Spring Concert - rehearsal changes", "Tue, 21 Jan 2025 17:31:55 +0000",
  """Dear parents,

Because of the bus timetable changes this term, the Thursday after-school band rehearsal will now finish at 4.45pm rather than 5.15pm, so pupils on the late bus can still get it.

The Spring Concert is on Thursday 20 March at 7pm in the main hall. Tickets are free but please let me know numbers so we can put enough chairs out.

If you have any problem with lifts home after rehearsals, give me a ring.

Many thanks,
Matthew Atkinson
Director of Music
Mob: +44 7700 900641
""",
  "HTML-only; music teacher's own mobile in signature with &nbsp;",
  fmt="html",
  html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear parents,</p>
<p>Because of the bus timetable changes this term, the Thursday after-school band rehearsal will now finish at <b>4.45pm</b> rather than 5.15pm, so pupils on the late bus can still get it.</p>
<p>The Spring Concert is on <b>Thursday 20 March at 7pm</b> in the main hall. Tickets are free but please let me know numbers so we can put enough chairs out.</p>
<p>If you have any problem with lifts home after rehearsals, give me a ring.</p>
<p>Many thanks,</p>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#444">
<tr><td><b>Matthew Atkinson</b></td></tr>
<tr><td>Director of Music</td></tr>
<tr><td>Mob:&nbsp;+44&nbsp;7700&nbsp;900641</td></tr>
</table>
</div>
</body></html>
""")

m("flag", "coursework_reply_to_gmail", "stainton", ["19lwilson@" + PUP],
  "Your Of Mice and Men essay - comments", "Thu, 23 Jan 2025 20:14:09 +0000",
  """Hi Lucy,

I've had a proper look at your draft. The section on Curley's wife is really strong - you're using the context well and your paragraph on loneliness is the best thing in it. Where it drops off is the last page: you start retelling the plot instead of analysing it. Try to tie every paragraph back to Steinbeck's purpose.

School email keeps bouncing my attachments at the moment, so I've set this to reply to my gmail (hannah.stainton.writes@gmail.com) - just send the next draft there and I'll turn it round over the weekend.

Miss Stainton
""",
  "English teacher sets Reply-To to her personal gmail and asks pupil to send work there",
  reply_to="Hannah Stainton <hannah.stainton.writes@gmail.com>")

m("flag", "pe_cc_own_hotmail", "fell", [SAM],
  "Cross-country: county trials", "Fri, 24 Jan 2025 15:40:22 +0000",
  """Dear Sam,

Great news - they've been picked for the county cross-country trials at Lowther on Saturday 8 February. The course is muddy and hilly so spikes are a must; the school has a couple of pairs to lend if needed.

I'll be driving the minibus from school at 8am. I've copied in my home email as I'm not always on the school account at weekends, so if there's any change on the morning please use that one.

Thanks,
Joe Fell

""" + sig("fell"),
  "PE teacher Cc's his own hotmail and tells parent to use it", cc=["joefell_fellrunner@hotmail.co.uk"])

m("flag", "fieldwork_whatsapp_group", "postle",
  ["21mhowe@" + PUP, "21oteasdale@" + PUP, "21kbrown@" + PUP, "21dhind@" + PUP, "21snoble@" + PUP],
  "Borrowdale river fieldwork - WhatsApp group", "Mon, 27 Jan 2025 08:05:51 +0000",
  """Morning all,

For the river study in Borrowdale on Thursday I've made a WhatsApp group so I can send out any last-minute changes (weather, the minibus, which site we start at). Message me on 07700900733 and I'll add you. Please no memes.

Remember wellies or old trainers, you WILL get wet.

Mr P
""",
  "geography teacher invites pupils to WhatsApp group via his number (no spaces)")

m("flag", "mfl_add_me_on_snap", "nowak", ["22eharrison@" + PUP],
  "Re: oral practice", "Tue, 28 Jan 2025 19:22:37 +0000",
  """Hey Ellie,

Of course, happy to help with the oral before your mock. The best thing is little and often - just practise answering the photo card questions out loud.

If you want to send me voice notes of you answering I can listen and send quick ones back, it's easier than email. Add me on snap, I'm zofia.nwk - just put your name in the request so I know it's you!

Ms Nowak

> On Tue 28 Jan, 18:51, 22eharrison@pupils.example-school.org.uk wrote:
> Miss can you help me practise for my french speaking, I'm really nervous about it
""",
  "MFL teacher invites pupil to add her on Snapchat")

m("flag", "mrt_vcard_attachment", "ellwood", [ALI],
  "Re: Gold expedition - contact details", "Wed, 29 Jan 2025 13:18:44 +0000",
  """Hi Ali,

No problem at all. I completely understand you want to be able to reach someone directly while he's out on the Gold expedition, especially with the forecast as it's been.

I've attached my contact card so you've got everything in one place - mobile and home landline. If I'm on a mountain rescue shout I'll get back to you as soon as I'm off the hill.

Best,
Tom

""" + sig("ellwood"),
  "vCard attachment with teacher's personal mobile and home landline",
  fmt="alt",
  atts=[("Tom Ellwood.vcf", "text/vcard", """BEGIN:VCARD
VERSION:3.0
N:Ellwood;Tom;;;
FN:Tom Ellwood
TEL;TYPE=CELL:07700 900314
TEL;TYPE=HOME,VOICE:01632 960388
ADR;TYPE=HOME:;;2 Beckside Cottages;Threlkeld;Cumbria;CA12 9ZZ;UK
EMAIL;TYPE=HOME:tom.ellwood.mrt@gmail.com
NOTE:Outdoor Ed / DofE
END:VCARD
""")])

m("flag", "yfc_stockjudging_ics_home", "brock",
  ["19kdixon@" + PUP, "19fbell@" + PUP, "19hwalker@" + PUP],
  "Stock judging practice", "Thu, 30 Jan 2025 11:47:29 +0000",
  """Hi all,

Before the YFC stock judging at Cockermouth we'll do a practice session on the Sunday with some of my own tups. Invite attached, it'll go in your calendars. Come in old clothes.

Owen
""",
  ".ics invite to pupils at technician's home farm, with his mobile in DESCRIPTION",
  atts=[("stock_judging_practice.ics", "text/calendar", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example School//Outlook//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:r25p-ics-0001@example-school.org.uk
DTSTAMP:20250130T114700Z
DTSTART:20250209T100000Z
DTEND:20250209T123000Z
SUMMARY:Stock judging practice (tups)
LOCATION:Greenrigg Farm\\, Caldbeck\\, Wigton CA7 8ZZ (my place - park by the
  silage clamp)
DESCRIPTION:Bring wellies. Text me on 07700 900871 when you're at the road
  end and I'll come down and open the gate.
ORGANIZER;CN=Owen Brocklebank:mailto:o.brocklebank@example-school.org.uk
END:VEVENT
END:VCALENDAR
""")])

m("flag", "base64_home_landline", "hughes", [SAM],
  "Parents' evening - I'm sorry I missed you", "Mon, 3 Feb 2025 18:26:02 +0000",
  """Dear Sam,

I'm so sorry we didn't manage to speak at parents' evening - I was running nearly forty minutes late by the end and I saw that you'd had to leave for the bus.

There's nothing to worry about, but I did want to talk about the friendship issues from before Christmas, and I think that's better done on the phone than by email. I'm off on Wednesday with my own little one, so if it's easier, ring me at home that day on 01632 960417 any time after ten.

Kind regards,
Rhiannon Hughes
Head of Year 9
""",
  "base64 body; head of year gives parent her home landline", cte="base64")

m("flag", "qp_signature_personal_mobile", "macrae", [JANE],
  "UCAS reference – quick question", "Tue, 4 Feb 2025 10:09:33 +0000",
  """Dear Mrs Parent,

Thank you for sending over the details of the work experience at the outdoor centre in Ambleside – that's really helpful and I'll weave it into the reference.

The one thing I still need is confirmation of which courses she's putting as her firm and insurance choices, as the reference reads slightly differently for the Outdoor Leadership degree versus Agriculture. Could she pop in to see me this week?

If you'd rather talk it through, I'm usually easier to get hold of on my mobile than through the school switchboard.

Warm regards,

Eilidh MacRae
Head of Sixth Form
Personal mobile: +44 (0)7700 900 254
Example School, Park Row, LS1 4AP
""",
  "quoted-printable; head of sixth form personal mobile in signature", cte="quoted-printable", enc_subj=True)

m("flag", "number_split_line_break", "tyson", [ALI],
  "Morning absences", "Wed, 5 Feb 2025 09:14:48 +0000",
  """Dear Mr Guardian,

I've noticed your son has been marked absent for period 1 on three Mondays running. I know the farm is a long way out and the 6.50 bus from the road end is a big ask in the dark.

It would really help if we could have a quick chat before it gets flagged as a pattern. I'm only in school Monday to Wednesday, but if you want to reach me at other times my mobile is 07700
900519 - leave a message if I don't pick up.

Kind regards,
Anne Tyson
Attendance Officer
""",
  "attendance officer's own mobile split over a line break; part-time so uses own phone")

m("flag", "text_me_dotted_number", "relph", ["20bnoble@" + PUP, "20cwhite@" + PUP],
  "Maths revision over half term", "Thu, 13 Feb 2025 15:55:12 +0000",
  """Hi both,

Well done on the mock, both of you picked up marks on the algebra which was the big thing we worked on.

Over half term do the two past papers I gave out (Nov 2022 paper 2 and June 2023 paper 3). If you get stuck on anything just text me on 07700.900.276 with a photo of the question and I'll talk you through it. Don't sit there stuck for an hour.

Mr Relph
""",
  "maths teacher tells pupils to text his phone (dotted format)")

m("flag", "0044_mobile_and_icloud_ucas", "harker", ["18fbell@" + PUP],
  "Apprenticeship applications over Easter", "Fri, 28 Mar 2025 14:02:19 +0000",
  """Hi Freya,

I know the closing date for the Agri-tech apprenticeship is 11 April, right in the middle of the holidays. I don't want you to miss it because school's shut.

I'm around over Easter so send me your personal statement when you've redrafted it and I'll check it over - my own email is carys.harker@icloud.com. If anything goes wrong with the online form you can ring me on 0044 7700 900390.

Good luck,
Carys

""" + sig("harker"),
  "careers adviser gives pupil personal iCloud email and mobile (0044)", fmt="alt")

m("flag", "family_email_for_photos", "dobson", [SAM, JANE],
  "Fellside House photos from the ski trip", "Mon, 10 Mar 2025 20:31:46 +0000",
  """Hi both,

What a weekend! All the boarders were brilliant on the slopes at Raise, even in the sleet.

I took loads of photos on my phone. Rather than clog the school system, could you email me at kirsty.and.rob.dobson@btinternet.com (our family one) and I'll send them all back to you from there?

Kirsty
""",
  "houseparent asks parents to email her family btinternet address")

m("flag", "facebook_friend_request", "brock", [ALI],
  "Show results", "Mon, 17 Mar 2025 16:43:00 +0000",
  """Hi Ali,

Just to let you know your lad did really well at the school show and sale - second in the young handlers with the Swaledale gimmer, which for his first go is brilliant.

I've put all the photos up on my own Facebook, just send me a friend request (Owen Brocklebank, the profile picture is me with the quad bike) and you can see them.

Owen
""",
  "farm technician invites parent to friend him on Facebook")

m("flag", "insta_tiktok_outdoor_course", "ellwood",
  ["19kdixon@" + PUP, "19hwalker@" + PUP, "19lwilson@" + PUP, "19tbirkett@" + PUP],
  "Ghyll scrambling videos", "Tue, 25 Mar 2025 09:12:27 +0000",
  """Morning Level 3s,

Great session in Stoneycroft Ghyll yesterday, I know the water was Baltic.

I got some good GoPro footage of the jump. I won't put it on the school channels because of the consent faff, but I've put it on my personal Insta and TikTok - I'm @tom_on_the_fells on both. Give it a follow and tag yourselves.

Reminder: written assessment for Unit 7 due Friday.

TE
""",
  "outdoor-ed teacher asks pupils to follow his personal Instagram/TikTok")

m("flag", "home_address_no_postcode_cc_parent", "fell", ["j.pattinson@" + DOM],
  "Lost kit - collection", "Wed, 2 Apr 2025 17:05:39 +0100",
  """Hi Jen,

Copying in Mrs Parent as it's her daughter's kit. Jane - the bag of netball kit got left in my car after the tournament at Keswick. School's shut for the holidays from Friday so rather than wait, you're welcome to swing by and collect it from mine. It's 3 Chapel Row in Mungrisdale, the white house opposite the chapel with the red door. Knock loudly, the dog will announce you.

Jen - no need to log it in lost property.

Joe
""",
  "teacher gives parent (Cc) his home address, no postcode", cc=[JANE])

m("flag", "signal_tel_link_brackets", "hodgson", [JANE],
  "Re: Concerns about messages", "Thu, 3 Apr 2025 21:52:14 +0100",
  """Dear Jane,

Thank you for letting me know tonight, you did exactly the right thing. Please keep the screenshots but don't reply to any more of the messages.

I've logged this and I'll speak to the police schools liaison officer first thing. I want to be reachable over the holidays while this is going on, so please use Signal rather than email - my own phone is (07700) 900162. It is end-to-end encrypted.

Kind regards,
David

""" + sig("hodgson"),
  "DSL gives parent his own phone (brackets) for Signal; HTML tel: link [unsure: well-meant but still personal]",
  fmt="alt",
  html="""<html><body>
<p>Dear Jane,</p>
<p>Thank you for letting me know tonight, you did exactly the right thing. Please keep the screenshots but don't reply to any more of the messages.</p>
<p>I've logged this and I'll speak to the police schools liaison officer first thing. I want to be reachable over the holidays while this is going on, so please use Signal rather than email - my own phone is <a href="tel:+447700900162">(07700) 900162</a>. It is end-to-end encrypted.</p>
<p>Kind regards,<br>David</p>
<p style="font-size:9pt;color:#555">David Hodgson<br>Deputy Headteacher &amp; Designated Safeguarding Lead<br>Example School, Park Row, LS1 4AP<br>Tel: 01632 960000 | office@example-school.org.uk</p>
</body></html>
""")

# ============================================================== HARD NEGATIVES

m("clean", "dofe_school_trip_phone", "ellwood", [JANE, SAM, ALI],
  "Bronze DofE qualifying expedition - 10/11 May", "Mon, 14 Apr 2025 12:30:08 +0100",
  """Dear parents and carers,

The Bronze qualifying expedition runs from Saturday 10 to Sunday 11 May. Groups will walk from Glenridding to the campsite at Side Farm on day one and finish at Dockray on day two.

Drop-off: 8.00am at school, minibuses leave at 8.15 sharp.
Pick-up: approximately 3.30pm Sunday at school. We'll text via the school messaging system if we're running late.

During the expedition the DofE team carries the school's expedition mobile: 07700 900950. This is a school-owned phone that goes with whichever member of staff is leading, so please use it only for anything urgent over the weekend. For anything else, contact the school office on 01632 960000 or office@example-school.org.uk before the Friday.

The full kit list is on the DofE page of the website. Please make sure sleeping bags are in a waterproof liner - it always rains at Side Farm.

Many thanks,
""" + sig("ellwood"),
  "school-owned expedition mobile, stated as such", fmt="alt")

m("clean", "reply_quotes_parent_number", "hughes", [JANE],
  "Re: Bus pass lost", "Tue, 14 Jan 2025 09:20:31 +0000",
  """Dear Jane,

I tried to ring you on 07700 900123 as you'd asked but it went straight to voicemail, so I'm replying here instead. I've spoken to Mr Birkett and a replacement bus pass will be in her form tray by lunchtime. The driver on the 72 knows her, so she'll be fine getting home tonight.

Kind regards,
Rhiannon

""" + sig("hughes") + """

On Mon, 13 Jan 2025 at 21:40, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Hughes, she's lost her bus pass somewhere between the
> bus and registration. Could someone ring me in the morning please?
> 07700 900123 is best, I'm out in the lambing shed from 7.
> Thanks, Jane
""",
  "head of year reads back the parent's own mobile from her email")

m("clean", "coach_firm_number", "birkett", [JANE, SAM, ALI],
  "Route 73 - snow plan", "Wed, 8 Jan 2025 06:41:02 +0000",
  """Dear parents,

With snow forecast overnight, the following applies tomorrow (Thursday):

- Route 73 (Mosedale/Mungrisdale) will NOT run up the Mosedale road. It will turn at the A66 junction at 07.25.
- Route 71 (Caldbeck) is running as normal but may be up to 20 minutes late.
- Route 75 (Borrowdale) is suspended.

If you need to check whether your child's bus is running on the day, Fellside Coaches keep a recorded line on 01632 960318 which they update from 6.15am. For anything else please call the school on 01632 960000.

Pupils who can't get in should log on to Teams for their lessons as normal.

Callum Birkett
""" + sig("birkett").split("\n", 1)[1],
  "coach operator's line and school number; route numbers and times")

m("clean", "grid_refs_and_mrt_999", "ellwood",
  ["21mhowe@" + PUP, "21oteasdale@" + PUP, "21kbrown@" + PUP],
  "Route card - check your grid refs", "Thu, 6 Feb 2025 14:45:10 +0000",
  """Hi all,

I've checked your route cards. Mostly good but please fix these before Monday:

Leg 3: the grid ref for the footbridge should be NY 324 154, not NY 342 154 - you've swapped digits and put it in the middle of the tarn.
Leg 5: your timing is way off. 4.2 km with 380 m of ascent is not 35 minutes. Use Naismith's (5 km/h plus 10 minutes per 100 m).
Escape route: you need one from Grisedale Tarn - the obvious one is back down to Patterdale.

And just so it's in writing again: if there's ever a real emergency on the hill, call 999, ask for Police, then Mountain Rescue. If you've got no signal, try sending a text to 999 (you need to be registered - do it this week, it takes a minute).

Mr Ellwood
""",
  "grid references, distances and 999 advice; no personal contact")

m("clean", "exam_candidate_numbers", "gaskell", ["18fbell@" + PUP, "18jgraham@" + PUP, "18rwood@" + PUP],
  "Your candidate numbers and statements of entry", "Thu, 13 Mar 2025 11:03:29 +0000",
  """Dear students,

Your statements of entry for the summer series are now in your pigeonholes. Please check every entry carefully - subject, tier and option codes - and sign and return the slip to the exams office by Friday 21 March.

For reference:
Centre number: 12345
Freya Bell - candidate number 4071
Jake Graham - candidate number 4076
Ruby Wood - candidate number 4112

Your unique candidate identifier (UCI) is printed at the top of the statement. You'll need your candidate number for every exam, so learn it.

If your name is spelt wrong, tell me now - it's very hard to change after results.

""" + sig("gaskell"),
  "centre/candidate numbers, no phones", fmt="alt")

m("clean", "trip_bank_details", "airey", [SAM],
  "Year 10 Edinburgh trip - payment", "Fri, 10 Jan 2025 10:12:55 +0000",
  """Dear Sam,

Thank you for your call this morning. As discussed, if you'd prefer to pay by bank transfer rather than through ParentPay, the details are:

Account name: Example School Trips Account
Sort code: 40-11-62
Account number: 51234567
Reference: EDIN25 plus your child's surname

The balance is £186.00 and is due by 31 January. If you'd like to spread it, that's absolutely fine - just let me know what you can manage and I'll note it on the account.

""" + sig("airey"),
  "bank sort code/account number and price; school office details")

m("clean", "hr_new_starter_staff_only", "pattinson", ["s.bowness@" + DOM, "d.hodgson@" + DOM],
  "New starter - cover supervisor (Mon 3 Feb)", "Tue, 28 Jan 2025 16:20:11 +0000",
  """Siân, David,

Contract is signed for our new cover supervisor, Megan Sewell, starting Monday 3 February. DBS came back clear (certificate no. 001234567890) and both references are in.

Her details for the single central record and the emergency contacts list:
Address: 7 Howgill Terrace, Sedbergh, LA10 9ZZ
Mobile: 07700 900577
Personal email: megan.sewell88@gmail.com
Emergency contact: Chris Sewell (husband), 07700 900578

David - can you fit her induction and safeguarding training in on the Monday morning? I've booked her the laptop.

Jen

""" + sig("pattinson"),
  "staff-only HR mail with a new starter's personal details")

m("clean", "staff_social_personal_email", "fell",
  ["staff@" + DOM],
  "Staff v Sixth Form fell race + curry night", "Wed, 12 Feb 2025 12:48:36 +0000",
  """All,

It's that time again. Staff v Sixth Form fell race up Latrigg on the last Friday before Easter, then curry at the Lakeland Spice in Keswick from 7.30 for anyone who wants to come (staff only for the curry, obviously).

Partners welcome. £18 a head for the set menu - pay me on the night.

To save clogging school inboxes, RSVP to my home email joefell_fellrunner@hotmail.co.uk or just text me on 07700 900705 if you've got my number from the staff WhatsApp.

Joe
""",
  "staff-only social mail with teacher's personal email/mobile [unsure: personal details but no parent/pupil]")

m("clean", "esafety_apps_newsletter", "hodgson", [JANE, SAM, ALI],
  "Online safety update for parents – Spring term", "Mon, 10 Feb 2025 15:00:00 +0000",
  """Dear parents and carers,

As it is Safer Internet Day this week, here is a short update on the apps we are seeing most often in school.

Snapchat (minimum age 13) - Snap Map shows your child's location to friends unless Ghost Mode is switched on. Please check this with them.
WhatsApp (minimum age 13 in the UK) - we have had a number of issues in Years 7 and 8 with large group chats where pupils are added by people they don't know. Pupils can change settings so only contacts can add them to groups.
TikTok and Instagram (minimum age 13) - both allow private accounts; please check they are set to private.
Discord - popular with gamers; servers can include adults the child doesn't know.

With the distances many of our families live from school and each other, we know phones are a lifeline, and we are not asking you to ban them. A good starting point is keeping phones out of bedrooms overnight - this applies in Fellside House too.

Staff will never contact your child through any of these apps. If anyone claiming to be from school does, please tell us straight away.

If you are worried about anything you have seen, please contact me through the school office on 01632 960000, or the Parentline North helpline on 0808 157 0123.

""" + sig("hodgson"),
  "e-safety advice naming apps; no invitation; helpline number", fmt="alt", enc_subj=True)

m("clean", "refuse_personal_number", "wilkinson", [ALI],
  "Re: Mobile number?", "Thu, 16 Jan 2025 17:38:21 +0000",
  """Hi Ali,

Thanks for asking, and I do understand why - it would be handy with you being up at the top of the valley. I'm afraid I'm not allowed to give out my personal number to parents, it's a school rule that applies to all staff, and to be honest it protects both of us.

The best way to get me quickly is to ring the school on 01632 960000 and ask for the Land-Based department; if I'm out on the farm unit they'll radio me and I'll call you back from the office phone. Email is fine for anything that's not urgent.

Cheers,
Gareth

""" + sig("wilkinson") + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 January 2025 16:02
To: Gareth Wilkinson <g.wilkinson@example-school.org.uk>
Subject: Mobile number?

Gareth, could you give me your mobile so I can text you if he's going to be late in with the calves? Ali
""",
  "teacher refuses to give parent a personal number; points to school line", fmt="alt")

m("clean", "work_exp_host_farm", "harker", ["20asharp@" + PUP],
  "Work experience - your placement is confirmed", "Fri, 31 Jan 2025 13:24:40 +0000",
  """Hi Amy,

Good news - High Birks Farm have said yes. You'll be with Mr and Mrs Hind from Monday 30 June to Friday 4 July.

Address: High Birks Farm, Uldale, Wigton, CA7 8ZY
Contact: Mrs Helen Hind, 01632 960742 (farm office)
Start time: 7.30am, finishing around 3.30pm
Bring: steel toecap wellies, waterproofs and your own lunch

Please ring Mrs Hind before half term to introduce yourself - she's expecting you. Your parents will need to sort transport as it's off the bus routes; let me know if that's a problem and we'll look at options.

""" + sig("harker"),
  "third-party placement host's address and farm phone given to pupil")

m("clean", "senco_helpline_numbers", "nicholson", [SAM],
  "Follow-up from Tuesday's review", "Thu, 20 Feb 2025 16:10:02 +0000",
  """Dear Sam,

Thank you for coming in on Tuesday - I know it's a long drive and I appreciated you making the time.

As promised, here are the contacts we talked about:

- The county SEND information and advice service (independent advice on the EHCP process): 0306 999 0214, or send them a message via their website contact form.
- The Minds Matter parents' helpline: 0808 157 0456 (free, weekdays 9.30-4).
- Dr Aziz at the Penrith clinic - the referral has gone, and their appointments line is 01632 960529 if you haven't heard within four weeks.

I'll update the support plan with the changes we agreed (movement breaks in maths and the quiet room at lunch) and send it to you by the end of next week.

Kind regards,
""" + sig("nicholson"),
  "SENCo gives parent third-party helpline and clinic numbers", fmt="alt")

m("clean", "teams_meeting_ids", "macrae", [JANE, SAM, ALI],
  "Online sixth-form options evening – joining details", "Mon, 24 Feb 2025 09:33:17 +0000",
  """Dear parents,

Because so many of our families live a long way from school, this year's sixth-form options evening will be online on Wednesday 5 March, 6.30pm–7.45pm.

Join on Microsoft Teams:
Meeting ID: 382 914 706 215
Passcode: Fell25

Or dial in (audio only): 020 7946 0381, conference ID 774 090 012#

The evening includes short talks on A levels, the Level 3 Land-Based and Outdoor Education courses, the weekday boarding option for sixth formers, and a Q&A. Slides will be emailed afterwards.

""" + sig("macrae"),
  "meeting ID, conference line, passcode; nothing personal", fmt="alt", cte="quoted-printable")

m("clean", "reading_list_isbns", "stainton",
  ["22eharrison@" + PUP, "22oteasdale@" + PUP, "22cpearson@" + PUP, "22wmoffat@" + PUP],
  "Reading list for next term", "Fri, 14 Feb 2025 14:55:08 +0000",
  """Hi 9S2,

Here's the reading list I promised. You need to pick ONE to read over the holidays. The library has at least two copies of each, or they're cheap second-hand:

The Shepherd's Life - James Rebanks (ISBN 978-0-14-197936-6)
Of Mice and Men - John Steinbeck (ISBN 978-0-14-118510-1)
Northern Lights - Philip Pullman (ISBN 978-0-439-99435-8)
Holes - Louis Sachar (ISBN 978-0-7475-4459-6)

I'd especially recommend The Shepherd's Life for anyone from a farming family - it's set about twenty miles from here.

Miss Stainton
""",
  "ISBNs only")

m("clean", "fixture_other_school_office", "fell",
  ["21jtyson@" + PUP, "21dhind@" + PUP, "21snoble@" + PUP, "21kbrown@" + PUP],
  "Rugby away at Stainmore High - Wednesday", "Mon, 3 Mar 2025 08:50:49 +0000",
  """Lads,

Wednesday's fixture is away at Stainmore High School. Minibus leaves at 1.15 from the sports hall, so get your lunch early. We'll be back about 5.45 - that's after the buses, so make sure you've sorted a lift home.

If parents need to reach the team on the day, the school office will pass messages on (01632 960000), or Stainmore High's office is on 0113 496 0812.

Kit: school shirt, boots, gumshield. No gumshield, no game.

Mr Fell
""",
  "other school's office number and the school's number")

m("clean", "colleague_direct_line", "tyson", [JANE],
  "Leave of absence request", "Tue, 18 Feb 2025 11:14:56 +0000",
  """Dear Mrs Parent,

Thank you for the leave of absence form for the Royal Highland Show in June. I'm afraid this isn't something the headteacher can authorise under the current guidance, but I have passed it on for a decision and you'll get a letter either way.

If you'd like to talk it through, Mrs Bowness's PA, Mrs Sharp, is on the school's direct line 01632 960012 and can book you a meeting.

Kind regards,
""" + sig("tyson"),
  "colleague's school direct line (not a personal number) [unsure: 01632 960012 is not the configured school number]")

m("clean", "boarding_house_landline", "dobson", [SAM, ALI],
  "Fellside House - Monday arrivals and contacts", "Sun, 5 Jan 2025 18:05:31 +0000",
  """Dear families,

Welcome back - I hope you all had a good Christmas.

Boarders can be dropped at Fellside House from 7.30pm on Sunday or with their bags at school on Monday morning as usual. Please don't send anything valuable; there's limited space in the lockers.

The boarding house phone is 01632 960055. It's a school landline in the house office and is answered 7am–10pm by whichever member of the boarding team is on duty. Outside those hours, urgent calls divert to the duty member of staff.

Supper on Monday is Tuesday's shepherd's pie (don't ask).

Best wishes,
Kirsty

""" + sig("dobson"),
  "boarding house school landline explained", fmt="alt")

m("clean", "auction_mart_trip", "wilkinson",
  ["19kdixon@" + PUP, "19fbell@" + PUP, "19hwalker@" + PUP, "19tbirkett@" + PUP],
  "Eden Valley Mart visit - Tues 25 Feb", "Thu, 20 Feb 2025 10:40:03 +0000",
  """Hi all,

The visit to the auction mart is on for next Tuesday for the store cattle sale.

Depart school: 07:45 (minibus from the farm unit yard)
Arrive: about 08:30
Address for anyone driving themselves: Eden Valley Mart, Mart Lane, Penrith CA11 9ZX
Back at school: 15:30 at the latest
Cost: £4.50 for lunch in the mart café (bring cash)

The auctioneer will talk you through how the ring works and how prices are set, and you'll get about an hour on the sale sheets. I'll need your Unit 4 notes on livestock marketing finished by the Friday after.

Gareth
""",
  "times, prices, a venue postcode; no personal details")

m("clean", "address_update_parent_details", "airey", [SAM],
  "Contact details updated", "Wed, 22 Jan 2025 14:22:14 +0000",
  """Dear Sam,

Thank you for letting us know about the move. I've updated the records as follows - please check and let me know if anything is wrong:

Address: 14 Beck Side, Threlkeld, Keswick CA12 9ZY
Home phone: none
Mobile: 07700 900456
Email: sam.carer@outlook.com

I've also told Mr Birkett, as the new address means a change of bus stop - he'll be in touch about the new pick-up point.

""" + sig("airey"),
  "office reads back the parent's own new address and mobile")

m("clean", "decline_instagram_follow", "nowak", ["21mhowe@" + PUP],
  "Re: insta", "Mon, 10 Mar 2025 12:15:41 +0000",
  """Hi Maisie,

I've seen the follow request - thank you, it's kind of you, but I don't accept requests from pupils on any social media and I've declined it. It's nothing personal, it's the same for everyone.

If you want to share your French project video with me, upload it to the class Team and I'll give you feedback there.

Ms Nowak
""",
  "teacher declines a pupil's Instagram request")

m("clean", "mrt_oncall_staff_only", "ellwood", ["d.hodgson@" + DOM, "j.fell@" + DOM],
  "MRT call-outs - cover for Thursday", "Mon, 20 Jan 2025 07:55:14 +0000",
  """David, Joe,

I'm on the team call-out rota this week, so there's a chance I'll get paged during Thursday's Year 10 climbing session. If that happens, Joe has agreed to take over (he's got his climbing wall leader ticket).

Joe - my mobile if you need me before then is 07700 900314, and the MRT base is Keswick but I'll be out at the Threlkeld garage most evenings.

David - I've updated the risk assessment to include the handover plan. Shout if you want to see it.

Tom
""",
  "staff-only mail with teacher's own mobile for colleagues")

m("clean", "exam_board_helpline", "gaskell", ["19lwilson@" + PUP],
  "Re: Certificate for Level 2 Countryside Skills", "Wed, 5 Mar 2025 15:31:09 +0000",
  """Hi Lucy,

I've chased the certificate. The board says it was despatched to school on 24 February, so it may be sitting in the post room - I'll check tomorrow.

If it hasn't turned up by the end of next week, you (or your parents) can also ring the board's learner line on 0306 999 0871 quoting your learner number (ULN 4820137765) and the centre number 12345.

""" + sig("gaskell") + """

> On 4 Mar 2025, at 12:10, 19lwilson@pupils.example-school.org.uk wrote:
> Hi Mrs Gaskell, I still haven't got my certificate from last summer, I need it for my
> college application. Lucy
""",
  "exam board helpline, ULN and centre number given to pupil")

m("clean", "parent_asked_for_whatsapp", "hughes", [JANE],
  "Re: Quick question", "Sat, 1 Mar 2025 10:02:44 +0000",
  """Dear Jane,

Thank you for the message and for offering - I'm afraid I'm not able to use WhatsApp to talk to parents, so I'll ring you from school on Monday morning. Is about 9.15 OK?

Best wishes,
Rhiannon

On Fri, 28 Feb 2025 at 20:37, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Rhiannon, is it easier if you just WhatsApp me on 07700 900123? I'm in and
> out all week with the tups. Jane
""",
  "parent offers her WhatsApp; teacher declines, will ring from school", fmt="alt")

m("clean", "yfc_club_secretary_contact", "brock", [ALI, JANE],
  "YFC rally - entry forms", "Thu, 27 Mar 2025 16:52:31 +0100",
  """Dear Ali and Jane,

Both of yours have put their names down for the county Young Farmers rally in May (tractor handling and the cookery). School isn't organising the entries this year, it's all through the club.

The club secretary is Mrs Pauline Dawson - she's not school staff, she runs the Caldbeck YFC. Entry forms need to go to her by 17 April: pauline.dawson.yfc@yahoo.co.uk or 07700 900664.

We'll still let them practise on the school tractor during Wednesday enrichment.

Owen
""",
  "third-party club secretary's webmail and mobile [unsure: third party, given for a reason]")

m("clean", "school_facebook_page", "airey", [JANE, SAM, ALI],
  "Newsletter – February", "Fri, 7 Feb 2025 15:30:12 +0000",
  """Dear families,

A few highlights from a snowy few weeks.

Sheep Show: Congratulations to all our land-based students who showed at the school show and sale. Full results are on the website.

Mountain Rescue talk: Thanks to the Keswick team for Friday's assembly. The collection raised £412.60.

Buses: Please remember that if your child's route is cancelled, we will post it on the school website and the school's official Facebook page (facebook.com/ExampleSchoolCumbria) by 6.45am, and send a text through the school messaging service. Please do not ring individual drivers.

Dates:
- Half term: 17–21 February
- Year 11 parents' evening: Thursday 6 March (online)
- Spring Concert: Thursday 20 March, 7pm

""" + sig("airey"),
  "newsletter pointing to the school's official Facebook page", fmt="html", cte="quoted-printable")

m("clean", "ml_qualification_numbers", "ellwood", ["s.bowness@" + DOM],
  "Expedition staffing - qualifications", "Thu, 27 Feb 2025 13:10:22 +0000",
  """Siân,

For the LA outdoor visits approval, here's the staffing for the Gold expedition:

Tom Ellwood - Mountain Leader (MTA no. 0078123), REC 16hr first aid (exp. 09/2026)
Joe Fell - Mountain Leader trainee (assessed June), first aid exp. 03/2027
Kirsty Dobson - DofE Expedition Supervisor, first aid exp. 11/2025

Expedition area: Northern Fells, camp at NY 297 321.

Tom
""",
  "staff-only; qualification/registration numbers and grid ref")

m("clean", "wrong_number_correction", "birkett", [ALI],
  "Re: Bus stop change", "Wed, 29 Jan 2025 08:18:39 +0000",
  """Dear Mr Guardian,

Apologies - the letter that went out yesterday had a typo. The bus company's number should read 01632 960318, not 01632 960381. The new pick-up is at the Hesket road end at 07.10, starting Monday 3 February.

If you have any problems, please ring me at school on 01632 960000 (extension 230).

""" + sig("birkett"),
  "coach company number correction and school extension", cte="quoted-printable")

m("clean", "parent_sig_in_forwarded_thread", "hodgson", ["b.nicholson@" + DOM],
  "FW: Meeting request", "Tue, 11 Mar 2025 12:01:53 +0000",
  """Beth - forwarding as this is really one for you. Can you pick it up with Mr Guardian? I've said you'll be in touch.

David

---------- Forwarded message ---------
From: Ali Guardian <ali.guardian@btinternet.com>
Date: Mon, 10 Mar 2025 at 19:44
Subject: Meeting request
To: <dsl@example-school.org.uk>

Dear Mr Hodgson,

I'd like to meet someone about my son's reading. He's struggling with the longer texts and it's knocking his confidence.

Thanks,
Ali Guardian
Hartside Farm, Matterdale
Tel 07700 900789
""",
  "forward between staff quoting a parent's own farm address and mobile")

m("clean", "trip_emergency_numbers_venue", "postle", [JANE, SAM, ALI],
  "Year 12 geography residential - Malham", "Tue, 1 Apr 2025 10:27:00 +0100",
  """Dear parents and carers,

Final details for the Year 12 fieldwork residential, Monday 28 to Wednesday 30 April.

We are staying at the Tarn Moss Field Centre near Malham. Their reception number is 0113 496 0277 and their address is Tarn Moss Field Centre, Malham, Settle BD24 9ZZ. Only use this in an emergency - the centre will find a member of staff.

The school trip phone will be with Mr Postlethwaite throughout: 07700 900955 (school mobile, switched on during the trip only).

Cost: £165, payable through ParentPay by 14 April.

Please make sure the medical form is back by Friday.

Mr S Postlethwaite
Geography
Example School, Park Row, LS1 4AP | 01632 960000
""",
  "field-centre and school trip mobile numbers, with labels", fmt="alt", cte="base64")

m("clean", "ucas_personal_id", "macrae", ["18jgraham@" + PUP],
  "UCAS - your application is through", "Fri, 17 Jan 2025 16:09:48 +0000",
  """Hi Jake,

Just to confirm your UCAS application has gone through ahead of the deadline. Your Personal ID is 137-642-9081 - keep a note of it, you'll need it to log into the hub and if you ring UCAS.

Your choices are now locked. Newcastle and Harper Adams usually reply fairly quickly for Agriculture, so keep an eye on your email.

Well done for getting it finished.

Ms MacRae
""",
  "UCAS personal ID that looks like a phone number")

# ==================================================================== EVERYDAY

m("clean", "homework_reminder_y8_science", "raman",
  ["23lgibson@" + PUP, "23pcowan@" + PUP, "23tmounsey@" + PUP],
  "Homework - forces worksheet", "Tue, 7 Jan 2025 15:48:12 +0000",
  """Hi,

Quick reminder that the forces worksheet is due on Thursday. Questions 1–8 only; 9 and 10 are extension if you want a challenge.

If you lost the sheet, it's on the class Team under Files > Spring 1.

Dr Raman
""",
  "short homework reminder to pupils")

m("clean", "snow_closure_notice", "bowness", [JANE, SAM, ALI],
  "School closed today – Thursday 9 January", "Thu, 9 Jan 2025 06:20:44 +0000",
  """Dear parents and carers,

Following heavy snow overnight and advice from the county highways team, school will be closed to all pupils today, Thursday 9 January.

Several of our bus routes are impassable and the A66 is closed at Troutbeck. I'm not willing to have buses on the fell roads in these conditions.

Boarders already at Fellside House will stay with the boarding team and will be supervised in school. Parents of boarders don't need to collect.

Lessons will run on Teams from 9.00am following the normal timetable. Registers will be taken.

I'll update you by 2pm about tomorrow.

Please stay safe.

""" + sig("bowness"),
  "headteacher's snow closure notice", fmt="alt", cte="quoted-printable")

m("clean", "y9_options_evening_reminder", "hughes", [JANE, SAM, ALI],
  "Year 9 options – reminder and form", "Mon, 13 Jan 2025 12:02:09 +0000",
  """Dear parents and carers,

A reminder that the Year 9 options evening is this Thursday, 16 January, from 6pm in the main hall. There will be stands for every GCSE subject, including the new Agriculture and Land Use GCSE we're running from September, and staff will be available to answer questions.

The options form is attached. Please discuss it with your child and return it by Friday 7 February. We try hard to give everyone their first choices but a few subjects are limited by staffing and by space in the farm unit.

If you can't make it in the evening because of distance, the presentation will be recorded and sent out the next day.

Kind regards,
""" + sig("hughes"),
  "options evening reminder with PDF attachment", fmt="alt",
  atts=[("Y9_options_form_2025.pdf", "application/pdf",
         b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")])

m("clean", "cover_request_staff", "raman", ["cover@" + DOM],
  "Cover - Friday P3/4", "Wed, 15 Jan 2025 07:32:52 +0000",
  """Morning,

I've got a hospital appointment on Friday so I'll need cover P3 and P4 (10X2 chemistry and 8R1 science). Work is set on Teams - 10X2 are doing the past paper questions on rates, 8R1 are finishing their posters. Both will be fine with a cover supervisor.

Thanks,
Priya
""",
  "staff cover request")

m("clean", "detention_notice_parent", "relph", [ALI],
  "Detention - Wednesday", "Mon, 20 Jan 2025 14:41:33 +0000",
  """Dear Mr Guardian,

I'm writing to let you know your son has a 20-minute lunchtime detention on Wednesday for not handing in maths homework three weeks running.

It's a lunchtime rather than after school because I know he's on the Matterdale bus. It's not a big deal, but I'd appreciate it if you could have a word - he's more than capable and I'd rather he was doing it than copying on the bus.

Kind regards,
Lewis Relph
Maths
""",
  "routine detention letter to parent")

m("clean", "boarding_weekend_menu_notes", "dobson",
  ["b.nicholson@" + DOM, "d.hodgson@" + DOM],
  "Fellside House - weekly notes", "Fri, 24 Jan 2025 16:55:02 +0000",
  """Hi both,

Weekly notes from the house:

- 22 boarders in this week (2 off with the bug on Tuesday, both back).
- The Year 7 from Wasdale is still homesick at night but eating and sleeping better. I've arranged a phone call home every evening at 7 from the house phone.
- Prep club is working well. The Year 11s are using the extra hour for revision.
- Heating in the top corridor failed again Wednesday night. Site team have been out.
- Nothing to log for safeguarding this week.

Have a good weekend,
Kirsty
""",
  "boarding house weekly notes to staff")

m("clean", "lambing_rota_sixth_form", "brock",
  ["19kdixon@" + PUP, "19fbell@" + PUP, "19hwalker@" + PUP, "19tbirkett@" + PUP, "18fbell@" + PUP],
  "Lambing rota - school flock", "Mon, 3 Mar 2025 07:45:16 +0000",
  """Morning,

The school flock starts lambing in about a fortnight. Here's the rota for the before-school checks (7.30–8.30) - swap between yourselves if you need to but tell me.

Mon: Kate, Tom
Tue: Freya B (Y13), Harry
Wed: Freya B (Y12), Kate
Thu: Tom, Harry
Fri: Freya B (Y13), Freya B (Y12) - sorry, I know, two Freyas

Check the pens, note any ewes that look close on the whiteboard, and fill up the water. Anything you're not sure about, come and find me in the farm unit office. Don't try to assist a lambing on your own unless I've signed you off.

Owen
""",
  "farm unit rota for sixth-form pupils")

m("clean", "parents_evening_booking", "airey", [JANE, SAM, ALI],
  "Year 11 parents' evening – booking now open", "Tue, 18 Feb 2025 09:00:00 +0000",
  """Dear parents and carers,

Booking for Year 11 parents' evening (Thursday 6 March, 4pm–7.30pm, online) is now open through the School Cloud system. Appointments are 5 minutes each.

You'll need your child's date of birth and the email address we hold for you to log in. If you have any problems, please contact the office.

This will be the last parents' evening before the exams, so we'd encourage everyone to book.

""" + sig("airey"),
  "parents' evening booking notice", fmt="html")

m("clean", "pupil_asks_deadline_reply", "stainton", ["22wmoffat@" + PUP],
  "Re: deadline", "Wed, 22 Jan 2025 16:31:07 +0000",
  """Hi Will,

Yes, you can have until Monday. Thanks for asking rather than just not handing it in.

Miss S

> Miss is it OK if I hand my story in on Monday, we've had no internet at home since the storm
""",
  "short reply to pupil")

m("clean", "staff_briefing_notes", "hodgson", ["staff@" + DOM],
  "Briefing notes - Monday 27 January", "Mon, 27 Jan 2025 08:25:40 +0000",
  """Morning all,

Briefing notes, for those on duty or out on the buses:

1. Bus duty: the 73 and 75 are both running a different route this week because of the road works at Threlkeld. Please don't let pupils leave on the wrong bus - the new list is on the staffroom board.
2. Mock exams for Year 11 start next Monday. The sports hall is out of use for PE from Friday afternoon.
3. Safeguarding: please make sure anything you've been told is logged on CPOMS the same day, not at the end of the week. I've had three late entries this month.
4. The Keswick MRT are doing the assembly on Friday.
5. Staff v Sixth Form fell race is back on for the last Friday before Easter - see Joe.

Thanks all,
David
""",
  "staff briefing notes")

m("clean", "report_comment_draft", "postle", ["s.bowness@" + DOM],
  "Y10 report comments - sample for checking", "Wed, 29 Jan 2025 21:12:18 +0000",
  """Siân,

As asked, here are three sample comments before I do the rest:

"Maisie has made excellent progress this term, particularly in her fieldwork write-up on the Glenderamackin. She needs to develop her evaluation in longer answers."

"Oliver works hard in lessons and his map skills are a real strength. To improve, he should learn the case-study facts in more detail."

"Kate's contributions to discussion are thoughtful. Her homework has been inconsistent and she should use the revision guide more regularly."

Let me know if these are about the right length.

Stephen
""",
  "report comments for checking, staff only")

m("clean", "reply_parent_thanks_outlook", "nicholson", [JANE],
  "RE: Reading support", "Mon, 3 Feb 2025 13:37:50 +0000",
  """Dear Jane,

Thank you for the kind email - it's lovely to hear she's reading with her little brother at home. That's exactly what we hoped.

The reading intervention continues until Easter, three mornings a week during registration. I'll re-test her reading age in April and let you know the results.

Kind regards,
Beth

""" + sig("nicholson") + """

From: Jane Parent <jane.parent@gmail.com>
Sent: 02 February 2025 20:14
To: Beth Nicholson <b.nicholson@example-school.org.uk>
Subject: Reading support

Dear Mrs Nicholson, just wanted to say thank you, the reading group is really helping. She's been reading to her brother at bedtime! Jane
""",
  "SENCo reply to parent with quoted Outlook block", fmt="alt")

m("clean", "chemistry_practical_letter", "raman", [JANE, SAM, ALI],
  "Year 10 required practicals – safety glasses", "Tue, 4 Feb 2025 15:16:38 +0000",
  """Dear parents and carers,

Year 10 will be doing several of the GCSE required practicals over the next few weeks. We provide all safety equipment, but a few pupils have asked whether they can bring their own safety glasses. That's fine, as long as they meet the EN166 standard - the cheap ones from the pound shop don't.

Please also make sure long hair can be tied back and that pupils aren't wearing the fleece-lined gloves from the bus in the lab.

Thank you,
Dr P. Raman
Teacher of Chemistry
""",
  "ordinary letter about practicals", fmt="alt")

m("clean", "dofe_signup_y9", "ellwood", ["22eharrison@" + PUP, "22oteasdale@" + PUP, "22cpearson@" + PUP, "22wmoffat@" + PUP],
  "Bronze DofE - sign up", "Wed, 5 Feb 2025 12:55:21 +0000",
  """Hi Year 9,

Thanks for coming to the DofE launch on Monday. If you want to do Bronze this year, fill in the Microsoft Form on the DofE Team by Friday 14 February. Places are limited to 48 because that's how many we can staff on the fells.

You'll need to choose a volunteering, a physical and a skill section. Lots of you already do things that count - helping on the farm at lambing, Young Farmers, football, playing in the band - so think about what you already do before signing up for something new.

Mr Ellwood
""",
  "DofE sign-up to pupils")

m("clean", "careers_fair_invite", "harker", ["info@example.org"],
  "Invitation: Careers and Apprenticeships Fair, 13 March", "Thu, 6 Feb 2025 10:44:06 +0000",
  """Dear colleague,

We would be delighted if your organisation could have a stand at our Careers and Apprenticeships Fair on Thursday 13 March, 1.30pm–4pm, in the sports hall.

Last year we had over 30 exhibitors, with a strong focus on land-based, outdoor and rural careers: agriculture, forestry, estate management, outdoor instruction, veterinary nursing and engineering. About 400 pupils from Years 9–13 will attend.

Tables, power and refreshments are provided. Please confirm by 28 February.

Kind regards,
""" + sig("harker"),
  "invitation to an outside organisation", fmt="alt")

m("clean", "flu_vaccine_consent", "airey", [JANE, SAM, ALI],
  "Catch-up flu vaccinations – consent", "Fri, 10 Jan 2025 11:20:14 +0000",
  """Dear parents and carers,

The school immunisation team will be in school on Tuesday 28 January for catch-up nasal flu vaccinations for pupils who missed the autumn session.

If you would like your child to have the vaccine, please complete the online consent form from the NHS immunisation team by Friday 24 January. If you've already given consent and your child was absent, you don't need to do it again.

Any questions about the vaccine itself should go to the immunisation team rather than school.

""" + sig("airey"),
  "flu vaccine consent notice")

m("clean", "music_lessons_timetable_pupil", "atkinson", ["23lgibson@" + PUP],
  "Guitar lesson moved", "Mon, 10 Feb 2025 08:12:33 +0000",
  """Hi Leah,

Your guitar lesson this week is moved to Wednesday period 2 because of the Year 11 mocks in the music block. Sorry it's in maths again - I've told Mr Relph.

Mr Atkinson
""",
  "brief message to pupil")

m("clean", "attendance_certificate_praise", "tyson", [SAM],
  "Attendance - well done!", "Fri, 14 Feb 2025 14:07:29 +0000",
  """Dear Sam,

Just a quick note to say that your child's attendance this half term has been 100%, which given the weather we've had and the length of that bus journey is really impressive. They'll get a certificate in assembly on the first Monday back.

Have a lovely half term.

""" + sig("tyson"),
  "praise note to parent", fmt="alt")

m("clean", "it_outage_staff", "airey", ["staff@" + DOM],
  "Internet down - Tuesday afternoon", "Tue, 25 Feb 2025 13:18:09 +0000",
  """All,

BT have confirmed the fibre line to the main site is down after a tractor caught the cable at the bottom of the drive. They're aiming to fix it by 5pm.

In the meantime the farm unit and Fellside House are on the 4G backup, which is slow. Please don't try to stream anything in lessons this afternoon.

Registers: do paper ones and send them to the office with a pupil.

Linda
""",
  "staff IT outage notice")

m("clean", "yfc_public_speaking_pupils", "wilkinson", ["20rgraham@" + PUP, "20asharp@" + PUP],
  "Well done at the YFC public speaking", "Mon, 10 Mar 2025 09:05:58 +0000",
  """Rory, Amy,

Just heard from the club that you came second in the county junior public speaking - that's a massive achievement, particularly on the topic of rewilding in front of a room full of sheep farmers!

I'll get it in the newsletter. Can you send me a couple of lines about what you spoke on?

Mr Wilkinson
""",
  "praise to pupils for YFC result", cte="8bit")

m("clean", "sixth_form_study_leave", "macrae", [JANE, SAM, ALI],
  "Year 13 study leave and exam arrangements", "Mon, 7 Apr 2025 10:55:41 +0100",
  """Dear parents and carers,

Year 13 study leave will begin after the last timetabled lesson on Friday 16 May. Students are expected to be in school for all exams and for the revision sessions published on the sixth-form Team.

Boarders in Year 13 can stay at Fellside House on nights before morning exams even during study leave - please let Mrs Dobson know by 9 May which nights you'd like.

The bus service will run as normal, and students can use the sixth-form study room from 8am to 5pm.

The leavers' celebration is on Friday 27 June. More details to follow.

""" + sig("macrae"),
  "study leave arrangements, RFC2047 subject", fmt="alt", enc_subj=True)

m("clean", "lost_property_fleece", "fell", [ALI],
  "Lost fleece", "Thu, 6 Mar 2025 15:42:47 +0000",
  """Dear Mr Guardian,

We've found a navy fleece with your son's name in it in the changing rooms - it's been there a couple of weeks. I'll give it to him at registration tomorrow.

Mr Fell
""",
  "short note to parent")

m("clean", "meeting_notes_land_based", "wilkinson", ["o.brocklebank@" + DOM, "e.macrae@" + DOM, "p.raman@" + DOM],
  "Notes - Land-Based department meeting 12/3", "Wed, 12 Mar 2025 17:20:35 +0000",
  """Hi all,

Notes from today:

Present: GW, OB, EM, PR (for item 3)

1. Lambing: ewes due from 17 March. Sixth-form rota is out. OB to check the heat lamps.
2. Level 3 coursework: Unit 4 deadlines moved to 4 April to fit around lambing. EM to tell parents.
3. Soil science practical: PR will run it in the chemistry lab instead of the farm unit - we need the fume cupboard.
4. Open day: we need two students on the farm unit stand. Volunteers?
5. Budget: fencing quote for the top paddock is £2,340. Going to the business manager.

Next meeting: 26 March.

Gareth
""",
  "department meeting notes, staff only", fmt="alt")

m("clean", "school_trip_letter_theatre", "stainton", [JANE, SAM, ALI],
  "Year 10 theatre trip – An Inspector Calls", "Fri, 21 Feb 2025 12:34:11 +0000",
  """Dear parents and carers,

We are taking Year 10 to see An Inspector Calls at the Lakeside Playhouse in Keswick on Tuesday 18 March (evening performance).

Cost: £14, including the ticket and transport.
Departure: 5.45pm from school (pupils will stay after school, with supper provided in the canteen).
Return: about 10.15pm to school. Pupils must be collected from school - we cannot drop off on the bus routes.

Pupils who board at Fellside House will return there with staff.

Please give consent and pay through ParentPay by Friday 7 March.

Miss H Stainton
English Department
Example School, Park Row, LS1 4AP
""",
  "theatre trip letter", fmt="html", cte="base64")

m("clean", "reply_pupil_coursework_feedback", "raman", ["19hwalker@" + PUP],
  "Re: Soil pH write-up", "Thu, 20 Mar 2025 19:41:04 +0000",
  """Hi Harry,

Had a look. Your method is clear and your results table is fine, but the conclusion doesn't match your data - you've said the top paddock is the most acidic, but your readings say the riverside field is lower. Check your table again.

Also, round your pH values to one decimal place, not three.

Dr Raman

On Thu, 20 Mar 2025 at 18:02, <19hwalker@pupils.example-school.org.uk> wrote:
> Hi Miss, I've attached my soil pH practical write up, can you check it before I hand it in?
> Thanks Harry
""",
  "teacher feedback reply to pupil")

m("clean", "governors_papers", "bowness", ["clerk@example.org"],
  "Papers for the spring governors' meeting", "Mon, 17 Mar 2025 16:02:55 +0000",
  """Dear Margaret,

Please find attached my headteacher's report for the spring term governors' meeting on 26 March. The main items are the transport review (with the county's proposed changes to Routes 71 and 75), the boarding inspection in February, and the sixth-form curriculum changes.

The safeguarding report will come separately from David.

Many thanks,
Siân

""" + sig("bowness"),
  "head sends report to clerk to governors (external)",
  atts=[("HT_report_spring_2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         b"PK\x03\x04 placeholder docx content for the head's report")])

m("clean", "y7_bus_behaviour", "birkett", [JANE],
  "Bus behaviour – Route 71", "Tue, 11 Mar 2025 16:25:30 +0000",
  """Dear Mrs Parent,

I'm contacting all families on Route 71 after the driver reported that some pupils were standing up and throwing things while the bus was on the Caldbeck road yesterday afternoon. Your daughter wasn't named, but I'd be grateful if you could remind her of the bus rules.

From Monday, Year 7s will sit at the front of the bus and older pupils at the back. This has worked well on other routes.

Thank you for your support.

""" + sig("birkett"),
  "bus behaviour letter", cte="quoted-printable")

m("clean", "mfl_homework_pupils_accents", "nowak", ["22eharrison@" + PUP, "22cpearson@" + PUP],
  "Devoirs – vocab test Friday", "Mon, 24 Mar 2025 08:40:28 +0000",
  """Bonjour,

Vocab test on Friday: Module 4 (la ferme et la campagne). Learn the nouns AND their genders - le bélier, la brebis, l'agneau, le tracteur, la grange, la colline...

Use Quizlet on the class Team if it helps.

À vendredi !
Ms Nowak
""",
  "French homework with accents; encoded subject", cte="8bit", enc_subj=True)

m("clean", "exam_timetable_clash", "gaskell", [SAM],
  "Exam timetable clash", "Wed, 26 Mar 2025 11:48:50 +0000",
  """Dear Sam,

Your child has a clash on the morning of Monday 19 May between GCSE Geography Paper 1 and GCSE Agriculture. This is normal and we deal with it in school - they will sit Geography first, have a supervised break, then sit the Agriculture paper straight after.

They'll need to bring a packed lunch that day as they'll be in the exam room until about 1.15pm.

""" + sig("gaskell"),
  "exam clash letter to parent", fmt="alt")

m("clean", "dofe_supervisor_thanks", "ellwood", ["k.dobson@" + DOM, "j.fell@" + DOM, "s.postlethwaite@" + DOM],
  "Thanks - practice expedition", "Mon, 31 Mar 2025 07:58:17 +0100",
  """Kirsty, Joe, Stephen,

Thanks all for the weekend. Eight groups out on the Northern Fells in horizontal sleet and every one of them got to camp on time - that's down to you.

Couple of bits for the debrief on Wednesday:
- Group F's stove problems - we need to replace the Trangias.
- Two blister casualties, both minor, both logged.
- Group B needs more navigation practice before the qualifier.

I'll bring cake.

Tom
""",
  "thank-you mail to staff")

# ===================================================================== WRITER

README = """# Round 25 blind held-out corpus: personal-address-to-parent

**BLIND: never use these messages for tuning the filter or its rules.** They were
written without looking at mailguard's code, rules, tests or docs, and exist only
to measure how the filter does on mail nobody tuned it on.

## What it is
80 outgoing e-mails from staff of a fictional rural 11-18 school in Cumbria
(long bus routes, a weekday boarding house for pupils from hill farms, a Young
Farmers link, DofE expeditions on the fells, staff in mountain rescue, a
land-based / outdoor-education sixth form). Each is labelled `flag` or `clean`
by the intent of the school policy: staff must not give pupils or parents
their own personal phone number, home address or personal e-mail, nor invite
them onto private channels (WhatsApp, Snapchat, Facebook, ...).

All names, addresses, mailboxes and numbers are fictitious (Ofcom drama
ranges; example.com/org/net for organisations; made-up local parts on
consumer webmail domains). The school's own details are 01632 960000,
LS1 4AP and office@example-school.org.uk. Parents are the three in
directory/parents.csv.

## How it was made / how to regenerate
Written by hand as data in `../make_round25_personal.py` (Python 3.11, stdlib
only), which builds the raw RFC 5322 messages itself (fixed dates,
Message-IDs and MIME boundaries), so output is byte-identical on every run:

    python3 tests/holdout/round25/make_round25_personal.py

`labels.csv` columns: file, expected, sender, recipients (To+Cc, space
separated), note. Judgement calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | personal contact details / private channel to parent or pupil | 20 |
| clean | everyday school mail | 30 |
| clean | hard negatives | 30 |
| **total** | | **80** |

## Kinds of case
- flag: own mobile in body (spaces, hyphens, dots, no spaces, brackets, +44, +44 (0), 0044,
  split over a line break), in an HTML signature with `&nbsp;`, a `tel:` link, base64 and
  quoted-printable bodies; home landline; home address with and without postcode;
  personal gmail in Reply-To, hotmail in Cc, iCloud / family btinternet address in body;
  vCard and .ics attachments; WhatsApp group, Snapchat, Facebook friend request,
  Instagram/TikTok follow, Signal.
- clean hard negatives: school-owned expedition/trip phones stated as such; boarding-house
  school landline; parent's own number/address read back or quoted; coach firm, field
  centre, host farm, clinic, helplines, another school, exam board, YFC club secretary;
  grid references, candidate/centre/UCAS/ULN numbers, ISBNs, sort code and account,
  meeting IDs and dial-in, prices, times, venue postcodes; staff-only mail with personal
  details (HR new starter, staff social, MRT cover); e-safety advice naming apps; staff
  refusing to give a number or declining a pupil's follow request; the school's official
  Facebook page.
- clean everyday: reminders, snow closure, options evening (PDF), cover, detentions,
  boarding notes, lambing rota, newsletters, trip letters, meeting notes, exam letters,
  replies to parents and pupils with quoted threads.
- Formats: text/plain, multipart/alternative (Outlook and Gmail style), HTML-only,
  multipart/mixed with attachments, quoted-printable, base64, 8bit, RFC 2047 subjects
  and sender name.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MESSAGES)))
    random.Random(2025).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        spec = MESSAGES[idx]
        fname = "%03d_%s_%s.eml" % (n, spec["label"], spec["slug"])
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(n, spec))
        rows.append([fname, spec["label"], addr(spec["who"]),
                     " ".join(spec["to"] + spec["cc"]), spec["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print("wrote %d messages to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
