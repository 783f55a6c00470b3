#!/usr/bin/env python3
"""Round 38 blind hold-out corpus: personal-address-to-parent (SEMH special school setting).

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
tests/holdout/round38/personal-address-to-parent/. Python 3.11 stdlib only, deterministic:
fixed dates, Message-IDs and MIME boundaries, so two runs give byte-identical output.

    python3 tests/holdout/round38/make_round38_personal.py
"""

import csv
import email
import email.policy
import hashlib
import html as htmlmod
import io
import os
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import utils
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
S = {
    "pryce": ("Gareth Pryce", "g.pryce@" + DOM),
    "okafor": ("Nadia Okafor", "n.okafor@" + DOM),
    "dsl": ("Nadia Okafor (DSL)", "dsl@" + DOM),
    "marsh": ("Helen Marsh", "h.marsh@" + DOM),
    "office": ("Example School Office", "office@" + DOM),
    "beddows": ("Carol Beddows", "attendance@" + DOM),
    "whitlock": ("Tom Whitlock", "t.whitlock@" + DOM),
    "raman": ("Priya Raman", "p.raman@" + DOM),
    "pritchard": ("Siân Pritchard", "s.pritchard@" + DOM),
    "fairclough": ("Dean Fairclough", "d.fairclough@" + DOM),
    "holroyd": ("Craig Holroyd", "c.holroyd@" + DOM),
    "hussain": ("Jamal Hussain", "j.hussain@" + DOM),
    "ormerod": ("Beth Ormerod", "b.ormerod@" + DOM),
    "shaw": ("Imogen Shaw", "i.shaw@" + DOM),
    "kapoor": ("Zara Kapoor", "z.kapoor@" + DOM),
    "laidlaw": ("Fiona Laidlaw", "senco@" + DOM),
    "carrick": ("Lewis Carrick", "l.carrick@" + DOM),
    "walsh": ("Kieran Walsh", "k.walsh@" + DOM),
    "dunphy": ("Rory Dunphy", "r.dunphy@" + DOM),
    "hughes": ("Rachel Hughes", "r.hughes@" + DOM),
    "grady": ("Owen Grady", "o.grady@" + DOM),
    "ackroyd": ("Philip Ackroyd", "p.ackroyd@" + DOM),
    "tennant": ("Sue Tennant", "s.tennant@" + DOM),
    "lumb": ("Janet Lumb", "exams@" + DOM),
    "staff": ("All Staff", "staff@" + DOM),
    "cover": ("Cover Desk", "cover@" + DOM),
}
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]
KYLE = ("Kyle Brennan", "21kbrennan@" + PUP)
TYLER = ("Tyler McGrath", "22tmcgrath@" + PUP)
REECE = ("Reece Okeke", "23rokeke@" + PUP)
LEON = ("Leon Finch", "24lfinch@" + PUP)
MASON = ("Mason Dobson", "20mdobson@" + PUP)
LORNA = ("Lorna Petrie", "lorna.petrie@example.org")
MARCUS = ("Marcus Deane", "marcus.deane@example.org")

SIG_SCHOOL = "Example School, Park Row, Leeds LS1 4AP"


def sig(name, role, style=0):
    if style == 0:
        return f"{name}\n{role}\n{SIG_SCHOOL}\nTel: 01632 960000"
    if style == 1:
        return f"{name}\n{role}\nExample School | Park Row, Leeds LS1 4AP | 01632 960000"
    if style == 2:
        return f"{name}\n{role}\nExample School"
    return f"{name} | {role}\nExample School · Park Row · Leeds · LS1 4AP\nT 01632 960000 · office@{DOM}"


# ---------------------------------------------------------------- helpers
def when(y, mo, d, h, mi, s=0):
    naive = datetime(y, mo, d, h, mi, s)
    bst = (datetime(2024, 3, 31, 1) <= naive < datetime(2024, 10, 27, 1)) or (
        datetime(2025, 3, 30, 1) <= naive < datetime(2025, 10, 26, 1))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return utils.format_datetime(naive.replace(tzinfo=tz))


def fake_pdf(title, lines):
    """A small but structurally valid one-page PDF."""
    text = ["BT /F1 14 Tf 56 780 Td (%s) Tj ET" % title.replace("(", "[").replace(")", "]")]
    y = 750
    for ln in lines:
        ln = ln.replace("\\", "/").replace("(", "[").replace(")", "]")
        text.append("BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (y, ln))
        y -= 16
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def ics_fold(line):
    """RFC 5545 folding at 74 octets."""
    out, cur = [], line
    while len(cur.encode()) > 74:
        out.append(cur[:74])
        cur = " " + cur[74:]
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return htmlmod.escape(s, quote=False)


def to_html(text, style="outlook"):
    """Turn a plain body into the HTML part a mail client would have produced."""
    blocks = text.strip("\n").split("\n\n")
    parts = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(esc(l[1:].lstrip()) for l in lines)
            if style == "gmail":
                parts.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                             'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            else:
                parts.append('<div style="border-left:solid #CCCCCC 1.5pt;padding-left:6pt">'
                             '<p class="MsoNormal">%s</p></div>' % inner)
            continue
        inner = "<br>\n".join(esc(l) for l in lines)
        if style == "gmail":
            parts.append("<div>%s</div><div><br></div>" % inner)
        else:
            parts.append('<p class="MsoNormal">%s</p>\n<p class="MsoNormal">&nbsp;</p>' % inner)
    body = "\n".join(parts)
    if style == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % body)


M = []


def add(label, slug, frm, to, subject, date, text=None, note="", cc=(), fmt="plain", cte=None,
        html=None, html_style="outlook", html_sub=(), atts=(), reply_to=None, headers=None,
        text_cte=None, html_cte=None, raw_payload=None, in_reply_to=None):
    M.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                  date=date, text=text, note=note, fmt=fmt, cte=cte, html=html, html_style=html_style,
                  html_sub=list(html_sub), atts=list(atts), reply_to=reply_to, headers=headers or {},
                  text_cte=text_cte, html_cte=html_cte, raw_payload=raw_payload,
                  in_reply_to=in_reply_to))


def A(p):
    return Address(display_name=p[0], addr_spec=p[1])


def build(m, n):
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = A(m["frm"])
    msg["To"] = tuple(A(p) for p in m["to"])
    if m["cc"]:
        msg["Cc"] = tuple(A(p) for p in m["cc"])
    if m["reply_to"]:
        msg["Reply-To"] = A(m["reply_to"])
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    h = hashlib.sha1(("r38p-" + m["slug"]).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:12].upper(), h[12:20], DOM)
    if m["in_reply_to"]:
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    fmt = m["fmt"]
    if fmt == "rawqp":
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg.set_payload(m["raw_payload"])
    elif fmt == "plain":
        kw = {"cte": m["cte"]} if m["cte"] else {}
        msg.set_content(m["text"], **kw)
    elif fmt == "html":
        kw = {"cte": m["cte"]} if m["cte"] else {}
        msg.set_content(m["html"], subtype="html", **kw)
    elif fmt == "alt":
        html = m["html"] if m["html"] is not None else to_html(m["text"], m["html_style"])
        for a, b in m["html_sub"]:
            assert a in html, (m["slug"], a)
            html = html.replace(a, b)
        kw = {"cte": m["text_cte"]} if m["text_cte"] else {}
        msg.set_content(m["text"], **kw)
        kw = {"cte": m["html_cte"]} if m["html_cte"] else {}
        msg.add_alternative(html, subtype="html", **kw)
    else:
        raise ValueError(fmt)
    for att in m["atts"]:
        fn, maintype, subtype, data = att[:4]
        extra = att[4] if len(att) > 4 else {}
        if maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=fn, **extra)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn, **extra)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_NextPart_r38p_%03d_%02d_%s" % (n, i, h[20:28]))
            i += 1
    return msg.as_bytes(policy=email.policy.default)


def qp_body(text):
    """Quoted-printable encode text (no automatic wrapping), turning each '@@SB@@' marker into a
    soft line break. Source lines are kept short enough that no encoded line exceeds 76."""
    out = []
    for line in text.split("\n"):
        enc = []
        for i, ch in enumerate(line):
            o = ord(ch)
            if ch == "=" or o > 126 or (o < 32 and ch != "\t") or (ch in " \t" and i == len(line) - 1):
                enc.append("".join("=%02X" % b for b in ch.encode("utf-8")))
            else:
                enc.append(ch)
        out.append("".join(enc).replace("@@SB@@", "=\n"))
    res = "\n".join(out)
    assert all(len(l) <= 76 for l in res.split("\n")), [l for l in res.split("\n") if len(l) > 76]
    return res


# ====================================================================== FLAG messages (20)

add("flag", "fairclough_text_me_tonight", S["fairclough"], [JANE],
    "Harvey - this afternoon", when(2024, 11, 13, 16, 52),
    note="TA gives own mobile to mother after a restraint, number wrapped over a line break",
    text="""Hi Jane,

Just following up on my call earlier. As I said on the phone, Harvey got very
dysregulated after lunch when the football went against him and we did have to
use a two-person escort to get him to the calm room. He wasn't hurt and neither
was anyone else, and he was back in class by 2.15 and finished his maths.
The positive handling form has gone on the system and Mrs Okafor has a copy.

He was really sorry afterwards and asked if he could still have Biscuit time
tomorrow, which of course he can.

If he's unsettled tonight or wants to talk about it, just text me on my own
phone, 07700
900312. I'm up late so don't worry about the time, it might be easier than
waiting for school to open in the morning.

Dean

Dean Fairclough
Senior Teaching Assistant
Example School
""")

add("flag", "raman_whatsapp_group", S["raman"], [SAM], "Kai's week + a quicker way to keep in touch",
    when(2024, 9, 30, 17, 20), cc=[LORNA], fmt="alt", text_cte="quoted-printable",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    note="teacher invites foster carer and social worker to a WhatsApp group on her own number",
    text="""Dear Sam,

Kai has had a much better week. He managed all five mornings in Ash class without needing to leave the room, and on Thursday he read his part in the assembly rehearsal, which I honestly didn't expect him to manage this early in the term. His points chart is stapled into his home book but I know that doesn't always make it back to you!

The one wobble was Friday afternoon swimming, which I think was about the changing rooms rather than the water. We'll talk to him about it and try a different plan this week (he might get changed in the disabled changing room with Mr Holroyd outside).

I know you and Lorna have both said emails get lost in the pile, so I've set up a WhatsApp group with the two of you and me so we can share quick updates and the odd photo of his work. My number is 07700 900587 if you want to save it - just send me a message and I'll add you both tonight.

Best wishes,
Priya

Priya Raman
Class Teacher, Ash Class
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""")

add("flag", "hussain_snapchat_leaver", S["hussain"], [MASON], "last day!!", when(2025, 7, 18, 15, 41),
    note="learning mentor invites a Y11 leaver to add him on Snapchat",
    text="""Mason,

Proud of you mate. Five years ago you wouldn't come through the gate and
today you walked out with your certificates and a college place. Biscuit
will miss you (she'll miss your crisps more).

Add me on snap if you want, I'm jamal.h_99, and let me know how the first
week at college goes. Anything you need over the summer just message me
there, I'm not going anywhere.

Mr H

Jamal Hussain
Learning Mentor
Example School
""")

add("flag", "grady_instagram_dm", S["grady"], [TYLER], "Your sketchbook", when(2025, 3, 6, 12, 10),
    fmt="html", cte="quoted-printable",
    note="art teacher asks pupil to follow and DM him on Instagram [unsure: public art account, but DMs invited]",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Tyler,</p>
<p>I&#39;ve just been through your sketchbook again for moderation and the charcoal studies of the viaduct are the best thing anyone in Birch class has done this year. Seriously. Keep going with that series for your sustained project &ndash; try the same view at night next.</p>
<p>I post a lot of my own stuff on Instagram, <b>@grady_draws</b>. Follow me and DM me photos of whatever you do over the Easter holidays and I&#39;ll give you feedback on there, it&#39;s easier than waiting till we&#39;re back.</p>
<p>Mr Grady</p>
<p style="color:#666666;font-size:11px">Owen Grady | Art &amp; Design<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</p>
</body></html>
""")

add("flag", "ormerod_facebook_friend", S["ormerod"], [ALI], "Re: Zain and the minibus",
    when(2025, 1, 21, 19, 8), fmt="alt", html_style="gmail", in_reply_to="<CAL7q2bus0121@mail.gmail.com>",
    note="family liaison asks father to friend her on Facebook and message her there",
    text="""Hi Ali,

Thanks for letting me know. I've had a word with Carol in transport and she's going to move Zain to the seat behind the driver for now, away from the lads who get on at Armley.

You said email is a pain on your phone and to be honest I feel the same. I'm on Facebook as Beth Ormerod (the profile picture is me with two springer spaniels on a beach, you can't miss it), so send me a friend request and message me on there whenever you like. Much quicker for little things like this.

Take care,
Beth

Beth Ormerod
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000

On Tue, 21 Jan 2025 at 08:14, Ali Guardian <ali.guardian@btinternet.com> wrote:

> Beth, Zain came home upset again saying the older lads on the minibus
> were winding him up about his trainers. Can someone have a word.
> Ali
""")

add("flag", "whitlock_gmail_over_christmas", S["whitlock"], [JANE], "Harvey over the Christmas break",
    when(2024, 12, 20, 14, 2), fmt="alt", html_style="gmail",
    note="class teacher gives his personal gmail to mother for the holidays",
    text="""Hi Jane,

Just wanted to say before we break up what a term Harvey has had. He's gone from spending most of September in the nurture room to managing full afternoons in Oak, and he's started asking if he can read to the Year 4s.

I know the holidays can be hard for him, with the change in routine and everything that's going on with his dad. School email isn't really checked over Christmas, so if anything comes up, or you just want some ideas for keeping him busy, drop me a line at tomwhitlock77@gmail.com and I'll get back to you. I'd rather you had someone to ask.

Have a lovely Christmas, both of you.

Tom

Tom Whitlock
Oak Class Teacher
Example School
""")

add("flag", "beddows_taxi_escort_own_mobile", S["beddows"], [SAM], "Kai's taxi from Monday – new escort",
    when(2025, 1, 16, 15, 36), cte="quoted-printable",
    note="transport officer gives foster carer her own mobile in +44 form",
    text="""Dear Sam,

The council's transport team have confirmed that from Monday 20th January Kai will have a new escort, Mrs Denise Yeadon, as Pauline is retiring. The driver (Gary) and the vehicle stay the same, and pick-up is still 8.05am.

I know Kai finds changes like this really difficult, so I've asked Denise to come in on Friday afternoon to meet him with Mr Hussain and Biscuit, which usually helps.

The office line doesn't open until 8.30, so if there are any problems with the pick-up first thing next week please ring or text me directly on my own mobile, +44 7700 900218. I'll keep it switched on from 7.30 every morning.

Kind regards,

Carol Beddows
Attendance & Transport Officer
Example School
Tel: 01632 960000
""")

_ics = "\r\n".join(ics_fold(l) for l in [
    "BEGIN:VCALENDAR",
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "UID:040000008200E00074C5B7101A82E00800000000R38BOX20250208",
    "DTSTAMP:20250204T163000Z",
    "DTSTART;TZID=Europe/London:20250208T100000",
    "DTEND;TZID=Europe/London:20250208T113000",
    "SUMMARY:Boxing taster session - Zain",
    "LOCATION:Bramley Amateur Boxing Club\\, Unit 3 Canal Wharf\\, Leeds",
    "DESCRIPTION:Meet Mr Carrick at the front door. Bring trainers\\, water and a "
    "snack. If you're running late or can't find it ring me on my own mobile 077"
    "00 900733 (the school phone is switched off at weekends).",
    "ORGANIZER;CN=Lewis Carrick:mailto:l.carrick@example-school.org.uk",
    "ATTENDEE;CN=Ali Guardian;RSVP=TRUE:mailto:ali.guardian@btinternet.com",
    "END:VEVENT",
    "END:VCALENDAR",
]) + "\r\n"

add("flag", "carrick_boxing_ics_mobile", S["carrick"], [ALI], "Saturday boxing taster - invite attached",
    when(2025, 2, 4, 16, 30),
    atts=[("invite.ics", "text", "calendar", _ics, {"params": {"method": "REQUEST"}, "cte": "base64"})],
    note="PE teacher's personal mobile only inside a base64 .ics attachment to father",
    text="""Hi Ali,

As promised, here's the invite for Saturday's boxing taster at Bramley
Amateur Boxing Club. Zain did really well in the two sessions the coach ran
in school and he thinks Zain would get a lot out of it - it's very
structured and the coaches are brilliant with lads who struggle with anger.

Session is 10 till 11.30. I'll be there myself for the first one. Details
(and how to get hold of me if you're running late) are in the calendar
invite, just click add to calendar.

Cheers
Lewis

Lewis Carrick
PE & Sport
Example School, Park Row, Leeds LS1 4AP
""")

_vcf = "\r\n".join([
    "BEGIN:VCARD", "VERSION:3.0", "N:Walsh;Kieran;;;", "FN:Kieran Walsh", "ORG:Example School",
    "TITLE:Outdoor Learning Lead", "TEL;TYPE=CELL:07700 900674",
    "EMAIL;TYPE=HOME:kwalsh.climbs@icloud.com", "EMAIL;TYPE=WORK:k.walsh@example-school.org.uk",
    "END:VCARD"]) + "\r\n"

add("flag", "walsh_vcard_forest_school", S["walsh"], [JANE], "Forest school - my details",
    when(2024, 10, 2, 20, 15), atts=[("Kieran Walsh.vcf", "text", "vcard", _vcf)],
    note="outdoor lead sends mother a vCard with personal mobile and iCloud address",
    text="""Hi Jane,

Good to meet you properly at the gate today. As I said, Harvey is a different lad
when he's out in the woods - he spent the whole session building a shelter with
Reece and didn't want to come in.

I've attached my contact card so you've got my details in your phone. Easier
than going through the office if it's about kit or whether we're out in the rain.

Kieran
""")

add("flag", "dunphy_replyto_personal_outlook", S["dunphy"], [KYLE],
    "Chemistry coursework - send it over the weekend", when(2025, 2, 7, 15, 20),
    reply_to=("Rory Dunphy", "rory.dunphy84@outlook.com"),
    note="science teacher sets Reply-To to his personal outlook.com for pupil's coursework",
    text="""Kyle,

You're nearly there with the rates of reaction write-up. Finish the evaluation
section over the weekend and send it to me by Sunday night so I can check it
before the moderator comes in on Tuesday.

Don't send it to my school address - the photos from your phone keep bouncing
because they're too big. Just hit reply to this and it'll go to my own email,
which doesn't have the limit.

Mr Dunphy
Science
Example School
""")

add("flag", "hughes_cc_home_yahoo", S["hughes"], [ALI], "Zain's English mock – next steps",
    when(2024, 11, 28, 21, 47), cc=[("Rachel Hughes", "rach.hughes.home@yahoo.co.uk")], fmt="alt",
    note="English teacher copies her own home yahoo address into mail to father and invites its use",
    text="""Dear Mr Guardian,

Thank you for your email this afternoon. I completely understand why Zain was upset about his mock result. A grade 3 is not a reflection of what he can do: he left the last two questions blank, which he tells me was because the hall was too noisy and he couldn't settle after someone dropped a chair. We will be applying for him to sit the real exams in the small room with a reader, and Mrs Laidlaw is already gathering the evidence for that.

I'd like to set him three short practice questions over the weekend, no more than twenty minutes each. He can do them on paper and you can photograph them.

I've copied in my home email address so I can pick up anything you send over the weekend - please feel free to use that one rather than the school address.

Kind regards,

Rachel Hughes
English / KS4
Example School, Park Row, Leeds LS1 4AP · 01632 960000
""")

add("flag", "shaw_drop_round_to_mine", S["shaw"], [SAM], "Kai's therapy box", when(2025, 3, 23, 11, 30),
    cte="8bit",
    note="therapist gives foster carer her home address (no postcode) to drop items round",
    text="""Hi Sam,

Sorry to email on a Sunday. I've just realised I let Kai take home the small box of sand tray figures he's been using in our sessions on Friday – he was so keen to show you the dragon family he'd made and I didn't have the heart to take them off him.

No rush at all, but I do need them back before Wednesday's session. I'm in most evenings this week, so if it's easier than sending them in the taxi you're very welcome to drop them round to mine – 2 Wren Cottages, Holly Lane, Burley-in-Wharfedale, the blue door at the end. Just knock.

Warmly,
Imogen

Imogen Shaw
Play and Drama Therapist
Example School
""")

add("flag", "kapoor_home_landline", S["kapoor"], [JANE], "Speech and language – home practice",
    when(2025, 1, 14, 16, 5), fmt="alt", html_sub=[("0113 496 0582", "<b>0113&nbsp;496&nbsp;0582</b>")],
    text_cte="quoted-printable",
    note="SALT gives mother her home landline (HTML part uses &nbsp;)",
    text="""Dear Jane,

Thank you for coming in to Harvey's session this morning. It was really helpful for him to see you using the "stop, think, say" cards with me.

As discussed, our targets for the next six weeks are:
- using "first... then..." to explain what happened, rather than "he just did"
- asking for a break with a card or a word before things escalate
- two back-and-forth turns in a conversation about something he hasn't chosen

I'm only in school on Tuesdays and Thursdays, so if you'd like to talk through how the practice is going, please ring me at home on 0113 496 0582. I'm usually in after 6pm on weekdays.

Best wishes,

Zara Kapoor
Speech and Language Therapist
Example School
""")

add("flag", "marsh_off_sick_own_mobile", S["marsh"], [ALI], "Re: Zain's passport form",
    when(2025, 5, 12, 10, 14), in_reply_to="<5e1f0a2c-passport@btinternet.com>",
    note="office manager on sick leave gives father her own mobile, hyphenated",
    text="""Hi Ali,

I'm off this week (my back again, nothing serious) but I saw your message come
through on my phone and didn't want you to miss the Post Office appointment.
I signed the counter-signatory section on Friday before I left, and it's in an
envelope in the office with Zain's name on it. Mrs Tennant can hand it over at
the gate.

If there's a problem with it, give me a ring on my own mobile, 07700-900-441,
rather than the office - they won't know where I've put the photos.

Helen

Helen Marsh
Office Manager
Example School
""")

add("flag", "ackroyd_discord_minecraft", S["ackroyd"], [REECE, LEON], "Minecraft club over the summer",
    when(2025, 7, 14, 13, 12), fmt="alt", html_style="gmail",
    note="computing teacher invites two pupils to his Discord server and to friend his account",
    text="""Hi both,

Since you two basically ran Minecraft club this year, I thought you'd like to know I'm keeping the server going over the summer holidays. I've set up a Discord for it so we can chat and plan the castle build while school's shut.

Join here: discord.gg/oakcastle38 - my username is mr_ack_builds, send me a friend request once you're in and I'll give you builder rank. I'll open it up to the rest of club in a week or two.

Mr Ackroyd
Computing & Online Safety
Example School
""")

add("flag", "pryce_base64_personal_mobile", S["pryce"], [SAM], "Kai – this weekend",
    when(2025, 4, 4, 18, 22), cte="base64",
    note="head gives foster carer his personal mobile (+44 (0)) in a base64 body, in a crisis",
    text="""Dear Sam,

Thank you for your call this afternoon, and for being so honest about how hard things have been at home this week since the contact with Kai's mum was cancelled. You are doing an amazing job with him.

I have spoken to Lorna and she is making sure the emergency duty team are aware of the situation over the weekend. I'm away at my sister's in Spain from tomorrow until Tuesday, but I don't want you to feel you have nobody from school to call. My personal mobile is +44 (0)7700 900 164 - it will be on all weekend and I am happy for you to call or text if Kai goes missing again or things escalate.

Kind regards,

Gareth Pryce
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

_laidlaw = """Dear Jane,

Thank you for sending back the parent views form for Harvey's EHCP annual
review. I have added it to the paperwork for the local authority, and the
meeting is confirmed for Thursday 27th February at 1.30pm in the family
room.

The educational psychologist's report should reach you by post next week.
It is a long document and some of the language can feel quite blunt, so
please don't read it alone late at night and worry. Give me a call before
the meeting and we'll go through it together. My mobile is 07700 90@@SB@@0918 – it's
my own phone so I can take calls after school hours.

Best wishes,

Fiona Laidlaw
SENCO
Example School
Tel: 01632 960000
"""
add("flag", "laidlaw_qp_split_mobile", S["laidlaw"], [JANE], "Harvey's annual review – paperwork",
    when(2025, 2, 5, 13, 40), fmt="rawqp", raw_payload=qp_body(_laidlaw),
    text=_laidlaw.replace("@@SB@@", ""),
    note="SENCO's own mobile split by a quoted-printable soft line break")

add("flag", "hussain_puppies_at_mine", S["hussain"], [ALI], "Biscuit's puppies!",
    when(2025, 5, 8, 19, 30), cte="8bit",
    note="mentor invites father and son to his home: address with postcode and unspaced mobile",
    text="""Hi Ali,

Zain has been asking me every single day about Biscuit's puppies so I thought I'd let you know – they arrived on Sunday night, five of them, all doing well and Biscuit is a brilliant mum.

They're at my house for the next eight weeks obviously, not in school. If Zain would like to come and see them one weekend you're both very welcome. I'm at 41 Kirkdale Mount, Bramley, LS13 9QZ, there's parking on the street. Text me on 07700900264 and we'll sort a time.

Jamal
""")

add("flag", "holroyd_dotted_text_me", S["holroyd"], [TYLER], "Proud of you this week 👍",
    when(2025, 1, 31, 16, 10),
    note="TA invites pupil to text his own phone at weekends, dotted number, encoded subject",
    text="""Tyler,

Just wanted to say I was proud of how you walked away on Wednesday when Leon
was trying to wind you up. That's exactly what we've been practising, and you
did it with the whole yard watching.

I know weekends are hard at the moment. If it starts getting on top of you,
instead of kicking off, text me - 07700.900.371 - even if it's just to say
you're fed up. I'd rather hear from you than hear on Monday that it all went
wrong.

See you Monday,
Mr Holroyd
""")

add("flag", "pritchard_signature_personal_mob", S["pritchard"], [KYLE], "Work experience – Monday",
    when(2025, 6, 27, 15, 55), cc=[S["dunphy"]], fmt="alt",
    html_sub=[("Personal mob: (07700) 900826",
               '<span style="color:#7F7F7F">Personal mob: (07700)&nbsp;900826</span>')],
    note="KS4 lead's signature carries a personal mobile in brackets; offers Signal to pupil",
    text="""Hi Kyle,

Just checking you're all set for Monday. You're at Hollins Motors on Kirkstall Road from 9 till 3 all week - ask for Dave at reception. Wear the black trousers and the boots we got you, and take your lunch because there's no canteen.

I'll visit on Wednesday morning to see how you're getting on. If anything goes wrong or you're not sure about something, ring me (numbers at the bottom) or message me on Signal if that's easier.

Miss P

Siân Pritchard
KS4 Lead | Birch Class
Example School, Park Row, Leeds LS1 4AP
School: 01632 960000
Personal mob: (07700) 900826
""")

# ====================================================================== CLEAN: everyday (30)

add("clean", "office_friday_news_oct", S["office"], PARENTS, "Friday News – 11 October",
    when(2024, 10, 11, 14, 30), fmt="alt", reply_to=S["office"], html_cte="quoted-printable",
    note="weekly newsletter to families, school phone and postcode in footer",
    text="""FRIDAY NEWS - 11 October

Biscuit turns three!
Our school dog celebrated her third birthday on Wednesday. Oak class made her a "cake" out of dog biscuits and Ash class wrote her a card which she chewed. Thank you to everyone who has asked after her - she is back to full days after her operation in the summer.

Farm trip
Ash class had a brilliant day at Meanwood Valley Farm on Tuesday. Special mention to the three boys who held a ferret for the first time.

Football
Our KS3 team drew 2-2 with Fairfield in the special schools league. Great sportsmanship from everyone, and a superb save from our goalkeeper in the last minute.

Dates for your diary
- Thursday 17 October: coffee morning for parents and carers, 9.15am, family room
- Friday 25 October: INSET day, school closed to pupils
- Monday 28 October - Friday 1 November: half term
- Monday 4 November: school reopens, taxis as normal

Lost property
We have four navy hoodies, a PlayStation controller (!) and a single football boot. Please ring the office if any of these are yours.

Have a lovely weekend.

Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
""",
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1f4e79;color:#fff"><h1 style="margin:0;font-size:22px">Friday News &ndash; 11 October</h1></td></tr>
<tr><td>
<h2 style="font-size:17px;color:#1f4e79">Biscuit turns three!</h2>
<p>Our school dog celebrated her third birthday on Wednesday. Oak class made her a &ldquo;cake&rdquo; out of dog biscuits and Ash class wrote her a card which she chewed. Thank you to everyone who has asked after her &ndash; she is back to full days after her operation in the summer.</p>
<h2 style="font-size:17px;color:#1f4e79">Farm trip</h2>
<p>Ash class had a brilliant day at Meanwood Valley Farm on Tuesday. Special mention to the three boys who held a ferret for the first time.</p>
<h2 style="font-size:17px;color:#1f4e79">Football</h2>
<p>Our KS3 team drew 2&ndash;2 with Fairfield in the special schools league. Great sportsmanship from everyone, and a superb save from our goalkeeper in the last minute.</p>
<h2 style="font-size:17px;color:#1f4e79">Dates for your diary</h2>
<ul>
<li>Thursday 17 October: coffee morning for parents and carers, 9.15am, family room</li>
<li>Friday 25 October: INSET day, school closed to pupils</li>
<li>Monday 28 October &ndash; Friday 1 November: half term</li>
<li>Monday 4 November: school reopens, taxis as normal</li>
</ul>
<h2 style="font-size:17px;color:#1f4e79">Lost property</h2>
<p>We have four navy hoodies, a PlayStation controller (!) and a single football boot. Please ring the office if any of these are yours.</p>
<p>Have a lovely weekend.</p>
</td></tr>
<tr><td style="background:#e8edf3;font-size:12px;color:#555">Example School, Park Row, Leeds LS1 4AP<br>Tel: 01632&nbsp;960000 | <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
</table></td></tr></table>
</body></html>
""")

add("clean", "whitlock_golden_time", S["whitlock"], [JANE], "Good news", when(2024, 9, 19, 15, 22),
    note="two-line positive note home",
    text="""Hi Jane, just a quick one - Harvey earned his full Golden Time today for the first time this term. He chose to spend it brushing Biscuit. Please make a fuss of him tonight!

Tom
""")

add("clean", "raman_poem_homework", S["raman"], [LEON], "Your poem for Thursday", when(2024, 11, 18, 12, 40),
    note="homework reminder to pupil",
    text="""Hi Leon,

Just a reminder that your poem about a place you feel safe is due in on
Thursday. It only needs to be 8-12 lines. You can type it on your laptop or
handwrite it, whichever you prefer, and it doesn't have to rhyme.

You told me on Friday you wanted to write about your nan's allotment - I
think that's a great idea. Start with what you can hear there.

If you get stuck come and find me at break on Wednesday and we'll do the
first two lines together.

Miss Raman
""")

add("clean", "okafor_cpoms_restraint_reminder", S["dsl"], [S["staff"]],
    "Reminder: CPOMS and bound book entries", when(2024, 10, 7, 8, 5),
    note="DSL reminder to all staff about incident recording",
    text="""Good morning all,

A gentle reminder after last week's audit:

1. Every incident, however small, needs to be on CPOMS by 4pm the same day. If you're on escort duty and can't get to a laptop, tell your class lead before you leave.
2. Any physical intervention must also go in the bound book in my office, signed by BOTH members of staff involved, within 24 hours. Three entries from last week were missing a second signature.
3. Please record the pupil's actual words where you can, in quotation marks, rather than "he was abusive". It makes a huge difference when we review patterns.
4. Every restraint needs a pupil debrief. If it hasn't happened by the next morning, let me know and I'll arrange it with Jamal.

Thank you - I know how much you are all juggling at the moment.

Nadia

Nadia Okafor
Deputy Headteacher / Designated Safeguarding Lead
Example School
""")

add("clean", "laidlaw_pep_meeting", S["laidlaw"], [SAM], "Kai – PEP meeting 15 October",
    when(2024, 9, 24, 11, 18), cc=[LORNA, ("Leeds Virtual School", "virtualschool@example.org")],
    fmt="alt", note="SENCO confirms looked-after child's PEP meeting with carer, SW and virtual school",
    text="""Dear Sam,

I'm writing to confirm Kai's autumn term Personal Education Plan meeting:

Tuesday 15 October, 10.00am - 11.00am
Family room, Example School

Lorna and Dawn from the Virtual School will be joining us. Kai is welcome to come for the first ten minutes if he would like to - last time he chose to show everyone his Lego model of the school and then go back to class, which worked really well.

Before the meeting it would be helpful to think about:
- how he's finding the mornings since the taxi changed
- anything he has said at home about friendships in Ash class
- any ideas for how we spend his Pupil Premium Plus this term (last term it went on his drumming lessons and the therapy dog sessions)

Please let me know if the time doesn't work and I'll rearrange.

Kind regards,

Fiona Laidlaw
SENCO
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "beddows_attendance_letter", S["beddows"], [ALI], "Zain's attendance - autumn 1",
    when(2024, 10, 22, 10, 47),
    atts=[("Attendance letter - Z Guardian.pdf", "application", "pdf",
           fake_pdf("Example School - Attendance", ["Pupil: Zain Guardian  Year 10",
                                                   "Attendance 2 Sept - 18 Oct: 88.4%",
                                                   "We would like to meet to discuss support."]))],
    note="attendance letter to father with PDF, school signature",
    text="""Dear Mr Guardian,

Please find attached a letter about Zain's attendance for the first half of
the autumn term, which is currently 88.4%.

I want to stress that this isn't a telling-off. Most of the missed sessions are
Monday mornings, and Zain has told Mr Hussain that Sunday nights are when
his worries about the week are at their worst. We'd like to meet with you to
think about what might help - for example a later start on Mondays for a few
weeks, or coming in with Biscuit through the side door.

Could you let me know a time that suits you next week? Tuesday or Thursday
afternoons are best for Mr Hussain.

Kind regards,

Carol Beddows
Attendance & Transport Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "carrick_swimming_kit", S["carrick"], [REECE, LEON, TYLER], "Swimming tomorrow",
    when(2025, 1, 7, 15, 10), note="kit reminder to three pupils",
    text="""Lads,

Swimming is back on tomorrow. Minibus leaves from the side gate at 1.00 sharp,
so eat your lunch quickly.

Bring: trunks or shorts, towel, something to get changed into. Goggles if you
have them, I've got spares. No deodorant cans on the bus please (Reece).

Mr C
""")

add("clean", "shaw_therapy_room_timetable", S["shaw"], [S["staff"]], "Therapy room this half term",
    when(2025, 2, 24, 8, 20), note="therapist tells staff about room bookings",
    text="""Hi all,

Quick update on the therapy room for this half term:

- Monday and Wednesday mornings: play therapy (me) - please don't knock unless it's an emergency, use the walkie-talkie instead
- Tuesday all day: Zara for SALT
- Thursday 1.30-3.00: Biscuit and Jamal's dog-assisted sessions
- Friday: free to book for calm-down space or 1:1 reading, sheet on the door

The sand tray is out of action until I replace the sand (long story involving a water bottle). Thank you for your patience with the noise from next door while the plumbers finish.

Imogen
""")

add("clean", "pryce_inset_agenda", S["pryce"], [S["staff"]], "INSET Monday 6 January – agenda",
    when(2025, 1, 2, 11, 0), fmt="alt",
    note="head sends staff INSET agenda",
    text="""Dear all,

I hope you've all managed to have a proper rest. Here's the plan for Monday:

8.30  Breakfast in the hall (bacon sandwiches courtesy of the PTA)
9.00  Welcome back and spring term priorities - GP
9.30  Team Teach refresher, part 1 - Dean and Nadia (hall, wear something you can move in)
11.00 Break
11.15 Trauma-informed practice: what the autumn incident data tells us - Nadia
12.15 Lunch
1.00  Class teams: updating individual risk assessments and positive handling plans
2.30  Annual reviews planning - Fiona
3.30  Finish

Pupils return on Tuesday. Taxis have been told.

Gareth

Gareth Pryce
Headteacher
Example School
""")

add("clean", "hussain_biscuit_vet", S["hussain"], [S["staff"]], "No Biscuit on Tuesday",
    when(2025, 3, 10, 16, 2), note="mentor tells staff the school dog is at the vet",
    text="""Hi everyone,

Biscuit is booked in for her vaccinations and a dental check on Tuesday so
she won't be in school. Sorry to anyone whose boys have her on their
timetable - please let them know tomorrow so it isn't a surprise, especially
Oak class.

I've moved the Tuesday sessions to Thursday afternoon. Updated rota is on the
staffroom board.

Jamal
""")

add("clean", "marsh_lost_coat_reply", S["marsh"], [JANE], "RE: Harvey's coat", when(2024, 11, 25, 9, 34),
    fmt="alt", in_reply_to="<CAJP-coat-1124@mail.gmail.com>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    note="office reply about lost coat with Outlook quoted block",
    text="""Hi Jane,

Good news - the coat was under a seat on the minibus after Friday's swimming. It's in the office now and I'll make sure it goes home with Harvey in his taxi tonight.

Helen

Helen Marsh
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 24 November 2024 19:12
To: Office <office@example-school.org.uk>
Subject: Harvey's coat

Hi, Harvey has come home without his coat again. It's a navy puffer jacket with his name on the label. He said he took it off on the bus. Could someone have a look please, it's the only warm one he has.
Thanks, Jane
""")

add("clean", "dunphy_practical_feedback", S["dunphy"], [KYLE], "Feedback on your titration write-up",
    when(2024, 12, 3, 14, 25),
    atts=[("Kyle B - titration feedback.pdf", "application", "pdf",
           fake_pdf("Required practical: titration - feedback",
                    ["Method: clear and in the right order. Well done.",
                     "Results table: units missing from column 3.",
                     "Next step: explain the concordant results."]))],
    note="teacher sends pupil feedback with PDF attachment",
    text="""Kyle,

Feedback on your titration practical is attached. Your method is the best
you've written - clear and in the right order. Two things to fix: units in
your results table, and a sentence explaining why we only used the
concordant results.

Ten minutes on Thursday in period 3 should be enough. Good work.

Mr Dunphy
""")

add("clean", "hughes_reading_book_reply", S["hughes"], [ALI], "Re: Reading at home",
    when(2024, 10, 15, 16, 48), fmt="alt", html_style="gmail", in_reply_to="<af3d91-read@btinternet.com>",
    note="teacher replies to father about home reading, quoted thread",
    text="""Dear Mr Guardian,

Thank you - it's lovely to hear Zain asked for a book. We're studying Of Mice and Men this term, so the most useful thing would be for him to re-read chapters 1 and 2 before Friday. I'll send our spare copy home with him tomorrow.

If he'd rather read something of his own choice as well, he really enjoyed the football autobiography in the class library - he's welcome to borrow it.

Kind regards,
Rachel Hughes

On Mon, 14 Oct 2024 at 20:03, Ali Guardian <ali.guardian@btinternet.com> wrote:

> Mrs Hughes, Zain asked me tonight if there is a book he should be reading for
> English. First time he has ever asked! What should I get him?
> Thanks, Ali
""")

add("clean", "fairclough_team_teach_booking", S["fairclough"], [S["staff"]],
    "Team Teach refresher – sign up", when(2025, 4, 28, 12, 15),
    note="staff-only training booking",
    text="""Hi all,

Team Teach certificates run out for nine of you before September (list on the
staffroom door). I'm running two refresher sessions:

- Wednesday 14 May, 3.30-6.30, hall
- Saturday 17 May, 9.00-12.00, hall (paid as overtime - see Sue)

Please put your name down by Friday. Comfortable clothes and flat shoes, and
let me know beforehand about any injuries so I can adapt the holds.

Dean
Team Teach Intermediate Instructor
""")

add("clean", "ormerod_coffee_morning", S["ormerod"], PARENTS, "Coffee morning this Thursday",
    when(2025, 3, 3, 13, 5), fmt="alt", html_style="gmail",
    note="family liaison invites parents to a coffee morning in school",
    text="""Dear parents and carers,

Just a reminder that our next coffee morning is this Thursday, 6 March, from 9.15 to 10.30 in the family room (come in through the main entrance and sign in at the office).

This month Imogen, our play therapist, will talk for ten minutes about what happens in a therapy session and how you can support it at home. The rest of the time is just for a cuppa, a biscuit and a chat with other families who get it.

No need to book. Younger brothers and sisters are welcome.

Best wishes,
Beth

Beth Ormerod
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add("clean", "walsh_forest_school_letter", S["walsh"], PARENTS, "Forest school starts next week - consent form",
    when(2024, 9, 11, 15, 40),
    atts=[("Forest school consent 2024-25.pdf", "application", "pdf",
           fake_pdf("Forest School Consent 2024-25",
                    ["I give permission for my child to take part in Forest School.",
                     "Medical needs / allergies: ____________",
                     "Signed: ____________  Date: ________"]))],
    note="trip letter to all parents with consent form PDF",
    text="""Dear parents and carers,

Forest school starts again next week in the woods behind the playing field. Each class will go out for one afternoon a week, whatever the weather, so please send your son in with:

- wellies or old trainers that can get muddy
- a waterproof coat
- spare socks in a carrier bag

We have spare waterproofs for anyone who needs them, just let us know - no questions asked.

The boys will be using tools (bow saws, potato peelers and, for the older ones, the Kelly kettle) with close supervision and a clear risk assessment. Please complete and return the attached consent form, or sign the paper copy coming home in bags today.

Thank you,

Kieran Walsh
Outdoor Learning Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "grady_clay_pot", S["grady"], [REECE], "Out of the kiln", when(2025, 5, 21, 10, 3),
    note="two-line note to pupil",
    text="""Reece - your coil pot survived the kiln! Come and see it at lunch. It didn't crack at all.

Mr G
""")

add("clean", "kapoor_salt_summary_staff", S["kapoor"], [S["whitlock"]], "Harvey – SALT summary for Oak team",
    when(2025, 1, 14, 16, 20), cc=[S["fairclough"]],
    note="therapist shares session targets with class team, staff only",
    text="""Hi Tom,

Summary from today's session for the Oak team (Jane came in, which was great):

- Harvey is now using the "first... then..." frame with adult support, about half the time
- he still says "he just did" when he's escalated - don't push for an explanation at that point, come back to it after
- the break card is working at home; please keep it on his desk, not in his tray

Could you or Dean note any times this week he asks for a break by himself? Even a tally on the board is useful.

Thanks,
Zara
""")

add("clean", "ackroyd_new_laptops", S["ackroyd"], [S["staff"]], "Staff laptops – swap-over Thursday",
    when(2024, 11, 4, 8, 45), fmt="alt",
    note="IT admin message to staff",
    text="""Morning all,

The new staff laptops have arrived. I'll be swapping them over on Thursday in the ICT suite, 3.30-5.00. Please:

1. Make sure everything is saved to OneDrive, not the desktop - anything left on the old machine will be wiped.
2. Bring your charger back, they're needed for the returns.
3. Know your password. You will be asked to set up the authenticator app again on your school phone or a hardware token (I have a box of them).

If you can't make Thursday, book a slot with me for Friday.

Phil

Philip Ackroyd
Computing & Online Safety Lead
Example School
""")

add("clean", "tennant_budget_forward", S["tennant"], [S["pryce"]], "FW: Q2 budget monitoring return",
    when(2024, 10, 9, 9, 12), headers={"X-Mailer": "Microsoft Outlook 16.0"},
    note="business manager forwards LA finance email to head, staff-only",
    text="""Gareth,

See below - the return is due on the 18th. I've done most of it but need you to sign off the overspend on escort cover (we're about £6k over because of the two new taxis). Can we go through it after briefing on Friday?

Sue

Sue Tennant
School Business Manager

From: Schools Finance Team <schoolsfinance@example.org>
Sent: 08 October 2024 16:31
To: School Business Managers
Subject: Q2 budget monitoring return

Dear colleagues,

The Q2 monitoring template is now available on the portal. Please complete and submit by Friday 18 October. Schools forecasting a deficit must include a recovery narrative.

Regards,
Schools Finance Team
""")

add("clean", "okafor_annual_review_reminder", S["okafor"], [ALI], "Zain's annual review – Tuesday",
    when(2025, 3, 20, 9, 30), cte="base64",
    note="deputy head reminds father of EHCP review (base64 body)",
    text="""Dear Mr Guardian,

Just a reminder that Zain's annual review is on Tuesday 25 March at 10.00am in the family room. Zain has chosen to join us at 10.30 to present his "All About Me" slides, which he has been working on with Mr Hussain.

The main thing we want to discuss is his post-16 plan and the college link course. If there's anything you'd like added to the agenda, let me know by Monday.

Kind regards,

Nadia Okafor
Deputy Headteacher
Example School
""")

add("clean", "holroyd_incident_summary_staff", S["holroyd"], [S["raman"]], "Incident - Reece, period 4",
    when(2025, 2, 11, 14, 5), cc=[S["dsl"]],
    note="TA's incident summary quoting pupil, staff-only",
    text="""Priya,

Quick summary before I put it on CPOMS:

Reece refused to come off the laptop in period 4. When I gave him the 2 minute warning he said "you can't make me, get lost". Dean and I used the script and offered the calm room. At 12.52 he picked up a chair and said "I'll smash the window, I swear". We used a single elbow guide to move him to the calm room (approx 2 mins). No injuries. He calmed with Biscuit and was back by 1.20.

Bound book entry done, Dean signed. Debrief with Jamal tomorrow morning.

Craig
""")

add("clean", "pritchard_mock_timetable", S["pritchard"], [KYLE, TYLER, MASON], "Mock exams next week",
    when(2024, 11, 29, 13, 30), fmt="alt",
    note="mock exam timetable to pupils: dates, times, rooms",
    text="""Hi Birch,

Here's the mock timetable for next week. All exams are in the library, not the hall, and there will only ever be the three of you in there.

Mon 2 Dec   9.15-10.45   English Language Paper 1
Tue 3 Dec   9.15-10.30   Maths (non-calculator)
Wed 4 Dec   9.15-10.30   Combined Science Biology
Thu 5 Dec   9.15-10.30   Maths (calculator)
Fri 6 Dec   no exam - football tournament!

Breakfast club is on from 8.30 every day. You can have a movement break whenever you need one - just show the card.

Miss P
""")

add("clean", "raman_end_of_year_report", S["raman"], [SAM], "Kai's end of year report",
    when(2025, 7, 16, 15, 15), cc=[LORNA],
    atts=[("Kai - annual report 2024-25.pdf", "application", "pdf",
           fake_pdf("Annual Report 2024-25 - Ash Class",
                    ["English: working towards expected, huge progress in writing stamina.",
                     "Maths: secure with times tables to 10.",
                     "Personal development: fewer incidents each term."]))],
    note="end-of-year report PDF to foster carer, SW copied",
    text="""Dear Sam,

Please find Kai's end of year report attached. A paper copy is coming home in his bag on Friday too.

I'm really proud of his year. Incidents are down from 31 in the autumn to 6 this term, and he wrote two full pages about his holiday with you at Whitby without a break, which for Kai is enormous.

I'll be moving up with Ash class in September so I'll still be his teacher, which I know he was worried about.

Have a good summer,
Priya

Priya Raman
Class Teacher, Ash Class
Example School
""")

add("clean", "whitlock_team_meeting_notes", S["whitlock"], [S["fairclough"], S["holroyd"]],
    "Oak team meeting notes 12/3", when(2025, 3, 12, 16, 40),
    note="class team meeting notes, staff-only",
    text="""Notes from tonight, so we're all on the same page:

1. Harvey - much better since the break card. Keep the seating plan as is.
2. Leon's visits from Ash on Friday afternoons: Craig to collect him at 1.15.
3. Reading: move the guided group to after lunch, mornings are too unsettled.
4. Positive handling plans due for review by Easter - I'll draft, you two check.
5. Dean to chase the broken lock on the calm room door (again).

Thanks both, good week.
Tom
""")

add("clean", "pryce_eid_leave_reply", S["pryce"], [ALI], "RE: Request for leave – Eid", when(2025, 3, 24, 12, 55),
    fmt="alt", in_reply_to="<ali-eid-request-0322@btinternet.com>", headers={"X-Mailer": "Microsoft Outlook 16.0"},
    note="head authorises a day's leave for Eid, Outlook quote",
    text="""Dear Mr Guardian,

Thank you for letting us know in good time. I'm happy to authorise Monday 31 March as an absence for religious observance. Eid Mubarak to you and the family.

Zain has asked whether he can bring some sweets in for his class on the Tuesday - that is absolutely fine, as long as they're nut free.

Kind regards,

Gareth Pryce
Headteacher
Example School, Park Row, Leeds LS1 4AP

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 22 March 2025 10:41
To: Gareth Pryce <g.pryce@example-school.org.uk>
Subject: Request for leave - Eid

Dear Mr Pryce,
We expect Eid to be on Monday 31st March and I would like Zain to be off school to spend the day with family. Please let me know if this is OK.
Regards, Ali Guardian
""")

add("clean", "beddows_taxi_late_staff", S["beddows"], [S["staff"]], "Taxi running late - Reece",
    when(2025, 2, 18, 8, 32), note="short staff-only transport update",
    text="""Reece's taxi is stuck on the ring road, ETA about 9.40. Could Ash please keep his breakfast back.

Carol
""")

add("clean", "laidlaw_reading_age_pupil", S["laidlaw"], [LEON], "Your reading test", when(2025, 6, 5, 11, 25),
    note="SENCO congratulates pupil",
    text="""Leon,

I've marked your reading test from Tuesday and your reading age has gone up by
1 year and 4 months since September. That is a massive jump. All those
sessions reading to Biscuit have clearly paid off!

Come and choose a book from the prize box whenever you like.

Mrs Laidlaw
""")

add("clean", "marsh_photo_proofs", S["marsh"], [ALI], "School photos – proofs",
    when(2024, 10, 30, 11, 5), fmt="alt",
    note="office reminds father about school photo orders",
    text="""Dear Mr Guardian,

Zain's school photo proof came home last week in a brown envelope. If it didn't make it out of his bag, don't worry - you can view and order online using the code printed on the card, and I have a spare copy of the card in the office.

Orders need to be in by Friday 8 November for free delivery to school.

(Between us, he's smiling in this one, which is a first!)

Helen

Helen Marsh
Office Manager
Example School
Tel: 01632 960000
""")

add("clean", "carrick_sports_day_harvey", S["carrick"], [JANE], "Sports day", when(2025, 7, 9, 16, 0),
    note="short note on pupil's sports day",
    text="""Hi Jane,

Sorry you couldn't make it today. Harvey won the Oak class 60m and came second in the egg and spoon, and more importantly he shook hands with everyone at the end when he lost the relay. Medal is in his bag.

Lewis Carrick
PE & Sport
Example School
""")

# ====================================================================== CLEAN: hard negatives (30)

add("clean", "walsh_residential_trip_phone", S["walsh"], PARENTS, "KS3 residential – Hawksmoor Lodge, 2–4 April",
    when(2025, 3, 21, 15, 20), fmt="alt",
    html_sub=[("07700 900950", "07700&nbsp;900950")],
    atts=[("Residential kit list.pdf", "application", "pdf",
           fake_pdf("Hawksmoor Lodge - kit list",
                    ["Sleeping bag and pillowcase", "Waterproof coat and trousers",
                     "Two pairs of trainers", "Medication in named bag"]))],
    note="trip letter: school-owned trip mobile stated as such, outdoor centre's address/postcode and phone",
    text="""Dear parents and carers,

We're looking forward to the KS3 residential at Hawksmoor Lodge in the Peak District from Wednesday 2 to Friday 4 April. This is a short letter with the practical details; the kit list is attached.

Travel
We leave school by minibus at 9.30am on Wednesday and are back at school for 3.00pm on Friday. Taxis have been cancelled for those days, so please arrange to drop off and collect from school. If that's a problem, speak to Carol and we'll sort something.

Where we're staying
Hawksmoor Lodge, Edale Road, Hope, Hope Valley S33 7ZQ
Centre office: 0114 496 0287 (staffed 8am-6pm)

Contact during the trip
We will have the school trip mobile with us: 07700 900950. This is a school phone, not anyone's personal number, and it will be switched on day and night while we're away. Mr Walsh or Mrs Okafor will answer it. Please don't expect daily phone calls from the boys - from experience it unsettles some of them - but we'll post photos on the school's class page every evening.

Medication
All medication needs to be handed in to the office, in its original box, by Monday 31 March.

Thank you,

Kieran Walsh
Outdoor Learning Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "beddows_new_taxi_firm_readback", S["beddows"], [SAM], "Kai's transport from September",
    when(2024, 8, 29, 11, 40),
    note="new taxi contractor's number given; carer's own address read back for pick-up",
    text="""Dear Sam,

I've had confirmation from the council about Kai's transport for the new
school year. The contract has moved to a new firm:

  Aire Valley Cars - school contracts desk: 0113 496 0217
  Route reference: SEN-LS-4471

The driver will be Gary and the escort is Pauline, who Kai already knows
from last year, so hopefully that softens the change.

Can you check the pick-up details they've been given are right?

  Pick-up: 17 Moorfield Drive, 8.05am
  Drop-off: same address, approx 3.50pm

If anything is wrong, or the taxi doesn't turn up on the first morning
(Wednesday 4 September), ring the contracts desk number above first and then
the school office on 01632 960000 once it opens at 8.30.

Kind regards,

Carol Beddows
Attendance & Transport Officer
Example School
""")

add("clean", "marsh_data_check_readback", S["marsh"], [ALI], "Data collection sheet – please check",
    when(2024, 9, 16, 10, 20), fmt="alt",
    note="office reads father's own mobile, address and contacts back to him for checking",
    text="""Dear Mr Guardian,

As part of our annual data check, please could you confirm the details we hold for Zain are still correct:

Priority contact 1: Ali Guardian (father) - mobile 07700 900789 - ali.guardian@btinternet.com
Home address: 12 Cowper Grove, Leeds LS8 5PR
Priority contact 2: Farida Guardian (aunt) - 0113 496 0419
GP: Harehills Medical Practice

If anything has changed, just reply to this email with the correct details. If everything is right, a quick "all correct" is fine.

Thank you,

Helen Marsh
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "okafor_out_of_hours_helplines", S["dsl"], [JANE], "Support over the weekend",
    when(2025, 2, 14, 15, 30),
    note="DSL gives mother third-party helplines and duty lines for the weekend",
    text="""Dear Jane,

Thank you for talking to me this afternoon. I know it has been a really frightening week, and you did exactly the right thing in telling us what Harvey said.

As we agreed, if you are worried about Harvey's safety over the weekend, these are the people to contact:

- Leeds Children's Social Work Service duty team: 0113 496 0500 (Mon-Fri, 9-5)
- Emergency Duty Team (evenings and weekends): 0113 496 0501
- Parents' helpline for children's mental health (free, Mon-Fri 9.30-4): 0808 157 0123
- If anyone is in immediate danger, ring 999.

I will check in with Harvey first thing on Monday, and Imogen has kept her 9.30 slot free for him.

Kind regards,

Nadia Okafor
Deputy Headteacher / Designated Safeguarding Lead
Example School
Tel: 01632 960000
""")

add("clean", "ackroyd_esafety_apps_parents", S["ackroyd"], PARENTS, "Online safety: Snapchat, TikTok, Discord and Roblox",
    when(2025, 1, 24, 12, 0), fmt="alt",
    note="e-safety advice to parents naming apps, no invitation",
    text="""Dear parents and carers,

Several of our boys have told staff about worrying contact through apps over the Christmas holidays, so here is a short guide. Please take five minutes to look at your son's settings with him.

Snapchat (13+): turn on Ghost Mode so Snap Map doesn't show where he is. Check "Quick Add" is off.
TikTok (13+): set the account to private and turn off direct messages for under-16s.
WhatsApp (13+ in the UK): check who can add him to groups (Settings > Privacy > Groups).
Discord (13+): servers can be joined by invite link from anyone. Set "Keep me safe" and turn off DMs from server members.
Roblox: use the parental controls and a parent PIN; chat can be switched off completely.

Please remember: no member of Example School staff will ever ask to follow, friend or message your child on any of these apps, or give out a personal number. If that ever happens, please tell us straight away.

Our online safety evening is on Thursday 6 February at 5.30pm, with pizza and supervised activities for the boys.

Philip Ackroyd
Computing & Online Safety Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "fairclough_declines_own_number", S["fairclough"], [JANE], "RE: Mornings",
    when(2025, 3, 4, 17, 5), fmt="alt", in_reply_to="<CAJP-mornings-0304@mail.gmail.com>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    note="TA declines to give mother his personal mobile and gives school routes instead; parent's quoted request",
    text="""Hi Jane,

I completely understand why it would help, and I'm glad the mornings are easier when you can give us a heads-up. I'm afraid I'm not allowed to give out my own mobile number though - it's school policy for all staff, and honestly it protects both of us.

What works well for other families is ringing the office on 01632 960000 from 8.30 and asking them to radio me in Oak - I'll get the message within a couple of minutes. If it's before 8.30, an email to me or to office@example-school.org.uk will be read before the taxis arrive.

Dean

Dean Fairclough
Senior Teaching Assistant
Example School

From: Jane Parent <jane.parent@gmail.com>
Sent: 04 March 2025 07:58
To: Dean Fairclough <d.fairclough@example-school.org.uk>
Subject: Mornings

Hi Dean, could I have your mobile number so I can text you on the mornings when Harvey has had a bad night? It would save me ringing the office. Jane
""")

add("clean", "tennant_hr_change_of_address", S["tennant"], [S["holroyd"]], "Change of address – payroll",
    when(2024, 10, 1, 13, 45), note="HR confirms staff member's own new address and mobile, staff-only",
    text="""Hi Craig,

Just confirming I've updated your details on the HR and payroll system from
1 October:

  Address: Flat 4, 27 Claremont Road, Headingley, Leeds LS6 4EB
  Mobile: 07700 900655
  Emergency contact: Laura Holroyd, 07700 900656

Your next payslip will go to the new address. Please also update your car
registration on the parking list if that's changed.

Thanks,
Sue

Sue Tennant
School Business Manager
Example School
""")

add("clean", "raman_staff_christmas_at_mine", S["raman"], [S["staff"]], "Staff Christmas do - at mine!",
    when(2024, 12, 2, 16, 15), fmt="alt", html_style="gmail",
    note="staff-only social invite with teacher's home address and mobile",
    text="""Hi all,

As voted for in the staffroom (by a landslide), this year's Christmas do is a bring-a-dish at my house on Friday 13 December from 7pm.

22 Beech Grove, Chapel Allerton. There's a bus stop right outside and parking on the next street. Partners welcome, dogs welcome (Biscuit is invited, obviously).

Text me on 07700 900388 if you get lost or want to tell me what you're bringing so we don't end up with six trifles.

Priya x
""")

add("clean", "laidlaw_camhs_appointment", S["laidlaw"], [ALI], "Zain – CAMHS appointment",
    when(2024, 11, 6, 10, 12),
    note="SENCO passes on CAMHS clinic address, phone and referral reference",
    text="""Dear Mr Guardian,

CAMHS have contacted school with Zain's first appointment, as they didn't
have your current postal address. The details are:

  Tuesday 19 November, 2.15pm
  Hillside Clinic, 3 Marsh Lane, Leeds LS9 8QT
  Clinic reception: 0113 496 0645
  Referral reference: CAM/22817

If the time doesn't suit, please ring the clinic directly and quote the
reference. Mr Hussain is happy to come with you both if that would help
Zain - he knows the building.

Kind regards,

Fiona Laidlaw
SENCO
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add("clean", "lumb_candidate_numbers", S["lumb"], [KYLE, MASON], "Your GCSE candidate numbers",
    when(2025, 4, 30, 9, 0),
    note="exams officer sends candidate numbers, centre number, dates and times",
    text="""Hi Kyle and Mason,

Here are your candidate numbers for the summer exams. You'll need to write
these on every paper, so please keep this email (there will also be a card
on your desk).

  Centre number: 36512
  Kyle Brennan - candidate number 4127
  Mason Dobson - candidate number 4131

Your first exam is English Language Paper 1 on Friday 16 May, 9.00am, in the
library. Your reader / extra time arrangements have been approved.

Mrs Lumb
Exams Officer
""")

add("clean", "tennant_school_fund_bank_details", S["tennant"], PARENTS, "Residential balance – how to pay",
    when(2025, 2, 26, 14, 10), fmt="alt",
    note="school fund bank details: sort code, account number, amounts, references",
    text="""Dear parents and carers,

Thank you to everyone who has paid the deposit for Hawksmoor Lodge. The remaining balance of £65 is due by Friday 14 March. Please remember that no boy will miss out because of money - if this is difficult, speak to Beth in confidence.

You can pay on ParentPay, or by bank transfer to:

Example School Fund
Sort code: 30-94-57
Account: 01726354
Reference: your son's surname + RES25 (e.g. SMITHRES25)

Cash in a named envelope to the office is fine too.

Kind regards,

Sue Tennant
School Business Manager
Example School, Park Row, Leeds LS1 4AP
""")

add("clean", "okafor_new_social_worker", S["okafor"], [SAM], "Kai's new social worker",
    when(2025, 5, 19, 16, 25), cc=[MARCUS, LORNA], fmt="alt",
    note="third-party social worker's official phone and email given to foster carer",
    text="""Dear Sam,

As Lorna explained on Friday, she is moving to the adoption team and Kai's new social worker from 2 June will be Marcus Deane. Lorna has introduced Marcus to me and I've copied them both in here so we're all connected.

Marcus's details are:
Marcus Deane, Children Looked After Team, Leeds Children's Services
Tel: 0113 496 0330
Email: marcus.deane@example.org

Marcus is going to visit Kai in school on Wednesday 4 June at 1.30, with Lorna, so that Kai meets him somewhere he feels safe. Biscuit will of course be in attendance.

Kind regards,

Nadia Okafor
Deputy Headteacher / Designated Safeguarding Lead
Example School
Tel: 01632 960000
""")

add("clean", "hussain_reply_quotes_parent_details", S["hussain"], [JANE], "Re: Harvey and Biscuit",
    when(2025, 4, 29, 12, 35), fmt="alt", html_style="gmail", in_reply_to="<CAJP-biscuit-0428@mail.gmail.com>",
    note="mentor's reply quotes mother's own signature (her mobile and home address)",
    text="""Hi Jane,

Of course he can. I'll take him and Biscuit round the field on Friday lunchtimes from this week - it'll be a good reward for getting through the week, and she needs the exercise!

Jamal

On Mon, 28 Apr 2025 at 21:17, Jane Parent <jane.parent@gmail.com> wrote:

> Hi Mr Hussain, Harvey keeps asking if he can walk Biscuit one lunchtime.
> Would that be possible? He talks about her more than his own family lol.
>
> Jane Parent
> 9 Sycamore Way, Pudsey
> 07700 900123
""")

add("clean", "whitlock_parents_evening_teams", S["whitlock"], [JANE], "Parents' evening on Teams – Thursday 4.40pm",
    when(2025, 3, 17, 15, 45), fmt="alt",
    html_sub=[("Meeting ID: 372 918 446 055", "Meeting ID: <b>372 918 446 055</b>")],
    note="Teams meeting ID, passcode and conference dial-in numbers",
    text="""Hi Jane,

Your parents' evening slot with me is Thursday 20 March at 4.40pm. As you asked, we'll do it on Teams so you don't have to get childcare.

Join on your computer or phone:
Meeting ID: 372 918 446 055
Passcode: x7Kp2q

Or call in (audio only):
+44 20 7946 0185, phone conference ID: 884 221 937#

Harvey's report will be on the screen so we can go through it together. Ten minutes, though we can run over if we need to - you're my last appointment.

Tom

Tom Whitlock
Oak Class Teacher
Example School
""")

add("clean", "carrick_tournament_venue", S["carrick"], [ALI], "Football tournament Friday – venue details",
    when(2024, 12, 4, 12, 50),
    note="venue address, postcode and venue phone, kick-off times",
    text="""Hi Ali,

Zain is in the squad for Friday's special schools tournament. We travel by
minibus from school and are back for the end of the day, but you said you'd
like to come and watch, so here are the details:

  Kirkstall Valley Sports Hub, Bridge Road, Leeds LS5 3YR
  Reception: 0113 496 0761
  First game 10.30, finals from 1.45
  Parking is free in the back car park (code for the barrier is 2471#)

He's been working really hard in training and earned his place. Bring a
flask - it's freezing on those pitches.

Lewis
""")

add("clean", "kapoor_book_isbn", S["kapoor"], [JANE], "The book I mentioned",
    when(2025, 2, 4, 13, 15),
    note="book recommendation with ISBN and price",
    text="""Hi Jane,

This is the book I mentioned about anger and the body, the one with the
bear:

  "When Billy Gets Cross" by Ruth Ambler
  ISBN 978-1-78775-204-6, paperback about £10.99

The library on Albion Street had a copy last time I looked. Harvey might like
the page with the thermometer - we've been using one like it in sessions.

Zara
""")

add("clean", "ormerod_family_hub_referral", S["ormerod"], [ALI], "Holiday club and the family hub",
    when(2025, 3, 27, 14, 0), fmt="alt",
    note="third-party family hub address, phone and holiday club code",
    text="""Dear Ali,

As we talked about, here are the details for the family hub near you. They run the free Easter holiday club and can help with the food vouchers and the energy bill advice.

Gledhow Family Hub
40 Roundhill Road, Leeds LS8 4HQ
Tel: 0113 496 0098 (Mon-Fri, 9-4)

When you ring, give them Zain's holiday club code: HAF-LS8-2231. That means you don't need to fill the form in again.

I'll check with you after Easter how it went.

Best wishes,
Beth

Beth Ormerod
Family Liaison Officer
Example School
""")

add("clean", "pryce_snow_closure_procedure", S["pryce"], PARENTS, "If it snows: how we'll let you know",
    when(2025, 1, 8, 12, 30), reply_to=S["office"], fmt="alt",
    note="closure procedure: school number, times, reply-to office",
    text="""Dear parents and carers,

With snow forecast for the rest of the week, a reminder of what happens if we have to close or open late.

- We decide by 6.45am and send a text message to the main contact for every pupil.
- The same message goes on the school website and the answerphone on 01632 960000.
- Taxi firms are told directly by the council, so please don't ring the drivers.
- If we open late, taxis will arrive about an hour after their usual time.

Please do not ring the office before 7.00am - there won't be anybody there to answer.

Kind regards,

Gareth Pryce
Headteacher
Example School, Park Row, Leeds LS1 4AP
""")

add("clean", "holroyd_declined_snapchat", S["holroyd"], [SAM], "Kai asked about Snapchat today",
    when(2025, 6, 12, 15, 50), cc=[S["dsl"]],
    note="TA tells carer he refused pupil's Snapchat request; names app, no invite",
    text="""Dear Sam,

Just so you know what was said in case Kai mentions it: at lunch today he asked
if he could add me on Snapchat, because "Mr Holroyd's the only one who gets it".

I told him kindly that staff don't use Snapchat or any other apps with pupils,
and that he can always talk to me in school or ask for me first thing. He took
it fine. I've let Mrs Okafor know, as we have to, and I've logged it.

It might be worth checking who he does have on there - he mentioned some older
lads from the estate.

Craig Holroyd
Teaching Assistant, Ash Class
Example School
""")

add("clean", "lumb_access_arrangements_board", S["lumb"], [("Access Arrangements Team", "access.arrangements@example.org")],
    "Access arrangements query – centre 36512", when(2025, 1, 29, 11, 5),
    note="exams officer to exam board, staff-only with candidate and pupil data",
    text="""Dear Access Arrangements team,

Centre number 36512, Example School.

Please could you advise on the status of the application for candidate 4127 (K. Brennan, DOB 14/06/2009) submitted on 13/01/2025, reference AA-25-188402. It is showing as "pending" and we need the reader and 25% extra time in place for the mocks on 10 February.

Our direct number for queries is 01632 960000 (ask for the exams office).

Kind regards,

Janet Lumb
Exams Officer
Example School
""")

add("clean", "pryce_complaint_stage_two", S["pryce"], [JANE], "Your complaint – next steps",
    when(2025, 5, 2, 16, 45), fmt="alt",
    note="head explains stage 2 complaint route via school address and governors mailbox",
    text="""Dear Ms Parent,

Thank you for meeting with me on Wednesday. I'm sorry that you still feel the way the incident on the playground was handled was not good enough, and I respect your decision to take it further.

Stage 2 of our complaints procedure is considered by a panel of governors. To start this, please write to:

Mrs Eleanor Whitby, Chair of Governors
c/o Example School, Park Row, Leeds LS1 4AP
or by email to governors@example-school.org.uk

The clerk will acknowledge your complaint within five school days. I have attached nothing to this email so that your complaint is in your own words, but you're welcome to include my letter of 25 April.

Yours sincerely,

Gareth Pryce
Headteacher
Example School
""")

add("clean", "laidlaw_college_transition_visit", S["laidlaw"], [ALI, ("Zain Guardian", "21zguardian@" + PUP)],
    "College visit – Tuesday 10am", when(2025, 5, 15, 9, 50), fmt="alt",
    note="SENCO gives father and pupil the college's transition contact details",
    text="""Dear Mr Guardian and Zain,

The transition visit to Airedale College is confirmed for Tuesday 20 May at 10.00am. Mr Hussain will take Zain in the school car and meet you there if you'd like to come too.

Who to ask for: Mrs Gill Ashworth, Transitions Coordinator
Phone: 0113 496 0552
Email: transitions@example.net
Address: Airedale College, Canal Road, Leeds LS12 2XP (main reception, the glass building)

Zain, they're going to show you the motor vehicle workshop first, like you asked.

Kind regards,

Fiona Laidlaw
SENCO
Example School
""")

add("clean", "hughes_cover_colleague_mobile", S["hughes"], [S["cover"]], "Rob off today – his Y9 planning",
    when(2025, 3, 3, 7, 48),
    note="staff-only: passes colleague's personal mobile to cover desk",
    text="""Morning,

Rob is off sick today. His Y9 planning is on the shared drive under English >
Spring 2 > Week 3. If you can't find it, he says you can text him on 07700
900502 but please only before 9.

Rachel
""")

add("clean", "shaw_equine_therapy_referral", S["shaw"], [SAM], "Equine therapy – the farm's details",
    when(2025, 4, 23, 14, 40), cc=[LORNA],
    note="therapist gives foster carer an external therapy provider's phone, email and address",
    text="""Dear Sam,

Lorna has agreed funding for six sessions of equine-assisted therapy for Kai
through the Virtual School. The provider will contact you to book, but in case
you want to get in touch first:

  Fernbank Farm Therapies
  Fernbank Farm, Moor Lane, Otley
  0113 496 0921 / hello@example.com
  Lead practitioner: Jo Barraclough

Sessions run on Saturday mornings. Kai will need boots and clothes that can
get mucky. I'll share his therapy goals with Jo (with your consent) so the two
pieces of work join up.

Best wishes,
Imogen
""")

add("clean", "okafor_threat_to_staff_dsl", S["okafor"], [S["pryce"]], "Confidential – threat to staff member",
    when(2025, 2, 12, 17, 30), fmt="alt",
    note="DSL to head, staff-only: pupil quoted knowing a staff member's home street, staff car reg",
    text="""Gareth,

Confidential - for your information before tomorrow.

During the incident in Ash at 2.10pm, Reece said to Craig, "I know where you live, you live on Tanner Street, I'll get my brother to do your car". Craig does live on Tanner Street; Reece appears to have seen his car (the red Corsa, BD19 XKT) parked outside on the way home in the taxi.

Actions so far:
- Logged on CPOMS and the bound book
- Craig has been offered the rest of the week off the Ash rota and has chosen to stay
- I have spoken to Reece's mum, who was very apologetic
- I've asked Carol to check the taxi route

I'd suggest Craig parks in the staff car park at the back for now. Can we discuss at 8.00?

Nadia
""")

add("clean", "ormerod_school_mobile_home_visit", S["ormerod"], [JANE], "Home visit next Tuesday",
    when(2024, 11, 14, 12, 20), fmt="alt",
    html_sub=[("07700 900940", "07700 900940")],
    note="family liaison's school-issued mobile in signature; mother's own address read back",
    text="""Hi Jane,

Just confirming I'll come to see you at home on Tuesday 19 November at 10am, as we arranged. Is it still 9 Sycamore Way? I've got that on the system but want to make sure before I set off.

I'll bring the sleep diary we talked about and the leaflet about the parenting course at the family hub.

See you then,
Beth

Beth Ormerod
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP
Office: 01632 960000
Family liaison mobile (school-issued, Mon-Fri 8am-5pm): 07700 900940
""")

add("clean", "marsh_payment_receipt", S["marsh"], [JANE], "Payment received – Christmas panto",
    when(2024, 12, 5, 10, 5),
    note="receipt with payment reference, transaction number, amount and date",
    text="""Dear Jane,

Thank you - we've received your payment for the Christmas panto trip.

  Item: Oak class panto, Tuesday 17 December
  Amount: £12.50
  Payment reference: EXS-24-0117
  ParentPay transaction: 88213074
  Date received: 04/12/2024

The coach leaves at 12.45 and we'll be back for the usual taxi time.

Helen
Office Manager
Example School
""")

add("clean", "pryce_new_staff_direct_lines", S["pryce"], PARENTS, "New faces in school – and how to reach us",
    when(2024, 9, 6, 14, 55), fmt="alt",
    note="head introduces staff with their school direct lines and school e-mail addresses",
    text="""Dear parents and carers,

Welcome back. I'm delighted to introduce two new members of our team this year.

Mrs Fiona Laidlaw joins us as SENCO. Fiona will lead all annual reviews and EHCP paperwork.
Direct line: 01632 960014 - senco@example-school.org.uk

Ms Beth Ormerod is our new Family Liaison Officer. Beth will be at the gate most mornings and is the person to talk to about anything at home that's affecting school.
Direct line: 01632 960021 - b.ormerod@example-school.org.uk

The main office number is still 01632 960000, and office@example-school.org.uk is the best address for absence and general questions.

Kind regards,

Gareth Pryce
Headteacher
Example School, Park Row, Leeds LS1 4AP
""")

add("clean", "kapoor_audiology_referral", S["kapoor"], [JANE], "Harvey – hearing test appointment",
    when(2025, 2, 20, 11, 35),
    note="hospital audiology phone, NHS number, appointment date and time",
    text="""Dear Jane,

The audiology department has sent Harvey's appointment through school, as we
made the referral. Details:

  Wednesday 12 March 2025, 09:40
  Children's Audiology, Leeds General Infirmary, Clarendon Wing
  Booking line: 0113 496 0477
  NHS number on the letter: 485 777 3456

Please ring the booking line if you need to change the time. It's a quick,
painless test - I've put a social story in his bag so he knows what to
expect.

Zara
Speech and Language Therapist
Example School
""")

add("clean", "hussain_stranger_online_advice", S["hussain"], [REECE], "What you told me today",
    when(2025, 5, 27, 15, 20), cc=[S["dsl"]],
    note="mentor's safety advice to pupil about a stranger on Snapchat and Roblox; no invite",
    text="""Reece,

You did exactly the right thing telling me about the person who added you on
Snapchat and Roblox and kept asking for pictures. That took guts.

Like we said:
- don't reply to them any more
- don't delete the messages - screenshot them so the police can see them
- block and report them on both apps
- if anyone else messages you like that, tell me, Mrs Okafor or your mum

Mrs Okafor is ringing your mum tonight so she knows too. None of this is your
fault.

Mr Hussain
""")

# ====================================================================== write


def main():
    assert sum(m["label"] == "flag" for m in M) == 20, sum(m["label"] == "flag" for m in M)
    assert sum(m["label"] == "clean" for m in M) == 60
    assert len({m["slug"] for m in M}) == len(M)
    order = sorted(M, key=lambda m: hashlib.sha256(("r38order" + m["slug"]).encode()).hexdigest())
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, m in enumerate(order, 1):
        fn = "%03d_%s_%s.eml" % (n, m["label"], m["slug"])
        data = build(m, n)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append((fn, m["label"], m["frm"][1], " ".join(p[1] for p in m["to"] + m["cc"]), m["note"]))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    write_readme(rows)
    check(rows)


KINDS = """\
Flags (20): a member of staff writing to a parent/carer or pupil and giving out their OWN
personal contact details or a private channel:
- personal mobile in many forms: plain, wrapped over a line break, +44, +44 (0), hyphens,
  dots, brackets, unspaced, split by a quoted-printable soft line break, in a base64 body,
  inside a base64 .ics attachment, in a vCard, in a signature ("Personal mob"), with &nbsp; in HTML
- home landline; home address (with and without postcode)
- personal e-mail in the body (gmail), in a vCard (icloud), in Reply-To (outlook.com), as a Cc (yahoo)
- private channels: WhatsApp group, Snapchat, Instagram DMs, Facebook friend request, Discord, Signal
Hard negatives (30): the school's own phone/postcode/mailboxes and direct lines; a school-owned
trip mobile and a school-issued family-liaison mobile stated as such; parents' own details read
back or quoted (data check, home-visit address, quoted signature); third parties given for a
reason (taxi firm, CAMHS clinic, audiology, social worker, family hub, college, outdoor centre,
therapy farm, sports venue, exam board, helplines); numbers that are not phones (candidate and
centre numbers, sort code/account, Teams meeting ID and dial-in, ISBN, NHS number, payment and
route references, barrier code, dates and times, prices); staff-only mail holding personal details
(HR address change, staff Christmas party at a teacher's house, colleague's mobile to cover desk,
DSL note about a threat naming a staff member's street); e-safety advice naming apps; staff
refusing to give a personal number or to add a pupil on Snapchat.
Everyday (30): newsletters, homework and kit reminders, attendance, PEP and annual-review
meetings, reports, incident summaries and CPOMS reminders, Team Teach training, therapy-room and
school-dog rotas, coffee morning, forest school, mock exam timetable, replies to parents.
"""


def write_readme(rows):
    nflag = sum(r[1] == "flag" for r in rows)
    nclean = len(rows) - nflag
    fmts = {}
    for m in M:
        k = m["fmt"] + (" + attachment" if m["atts"] else "")
        fmts[k] = fmts.get(k, 0) + 1
    txt = f"""# Round 38 hold-out: personal-address-to-parent

A BLIND held-out test corpus for the mailguard module that stops staff giving parents or pupils
their own personal contact details (personal phone, home address, personal e-mail) or inviting
them to private channels (WhatsApp, Snapchat, Facebook ...).

**Blind: never use this corpus for tuning rules or code.** It was written without reading the
filter's code, rules, tests or docs; only the school's staff policy, `config.example.yaml` and
`directory/parents.csv` were read. If the filter is changed because of a message here, the
corpus stops being a hold-out.

Setting for this round: a special school for boys aged 8-16 with social, emotional and mental
health (SEMH) needs: positive handling and restraint records, incident reports, therapists and
a school dog (Biscuit), taxis and escorts, looked-after children with social workers and foster
carers. All people, addresses and mailboxes are invented; phone numbers are in Ofcom's drama
ranges; third-party organisations use example.com / example.org / example.net.

## How it was made / regenerate

`../make_round38_personal.py` (Python 3.11 standard library only) builds every message with
`email.message.EmailMessage`, with fixed dates, Message-IDs and MIME boundaries, so a rerun is
byte-identical:

    python3 tests/holdout/round38/make_round38_personal.py

It rewrites the .eml files, `labels.csv` and this README, then re-parses every file with
`email.policy.default` and checks it against the labels.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space
separated; judgement calls are marked `[unsure]` in the note).

## Counts

| expected | count |
|---|---|
| flag | {nflag} |
| clean (everyday) | 30 |
| clean (hard negatives) | 30 |
| **total** | **{len(rows)}** |

Formats: """ + ", ".join(f"{k}: {v}" for k, v in sorted(fmts.items())) + """.

## Kinds of case

""" + KINDS
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


PHONE_RE = re.compile(r"(?<![\w.])(?:\+44\s?(?:\(0\)\s?)?|0044\s?|\(?0)[1-9](?:[\s.\-()]{0,2}\d){8,9}(?!\w)")
ALLOWED = [r"7700900\d{3}", r"1134960\d{3}", r"1144960\d{3}", r"20794600\d{2}|2079460\d{3}",
           r"1632960\d{3}", r"8081570\d{3}"]


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload(decode=True)
        if isinstance(c, bytes):
            if part.get_content_type() == "application/pdf":
                continue
            c = c.decode("utf-8", "replace")
        out.append(c)
    return "\n".join(out)


def check(rows):
    with open(os.path.join(OUT, "labels.csv"), newline="", encoding="utf-8") as fh:
        lab = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r["file"] for r in lab), "labels/files mismatch"
    parents = {p[1] for p in PARENTS}
    found = {}
    for r in lab:
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert r["expected"] == r["file"].split("_")[1]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (r["file"], h)
        frm = msg["From"].addresses[0].addr_spec
        assert frm == r["sender"] and frm.endswith("@" + DOM), r["file"]
        rcpts = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert rcpts == r["recipients"].split(" "), (r["file"], rcpts)
        ext = [a for a in rcpts if a in parents or a.endswith("@" + PUP)]
        if r["expected"] == "flag":
            assert ext, ("flag without parent/pupil recipient", r["file"])
        text = body_text(msg).replace("\r\n ", "").replace("&nbsp;", " ")
        for mm in PHONE_RE.finditer(text.replace("\n", " ")):
            digits = re.sub(r"\D", "", mm.group(0))
            digits = re.sub(r"^(?:440|44|0044|0)", "", digits)
            if not any(re.fullmatch(x, digits) for x in ALLOWED):
                raise AssertionError((r["file"], "non-fictional-looking phone", mm.group(0)))
            found.setdefault(r["file"], []).append(mm.group(0))
    # the QP soft-break message must decode to a joined number
    qp = [r["file"] for r in lab if "laidlaw_qp_split_mobile" in r["file"]][0]
    with open(os.path.join(OUT, qp), "rb") as fh:
        raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert b"07700 90=\n0918" in raw and "07700 900918" in msg.get_content()
    if os.environ.get("R38_SHOW_PHONES"):
        for k in sorted(found):
            print(k, found[k])
    print("ok: %d files (%d flag, %d clean) parsed and match labels.csv"
          % (len(lab), sum(r["expected"] == "flag" for r in lab), sum(r["expected"] == "clean" for r in lab)))


if __name__ == "__main__":
    main()
