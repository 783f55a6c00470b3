#!/usr/bin/env python3
"""Generate the BLIND round-24 hold-out corpus for the obscene-language module.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round24/obscene-language/. Deterministic: fixed dates, Message-IDs and
MIME boundaries, so running it twice gives byte-identical output. Python 3.11 stdlib only.

Blind corpus: written without looking at the filter or its rules. Never tune on it.
"""
import base64
import csv
import email
import email.policy
import hashlib
import html as htmlmod
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import formataddr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

SCHOOL_LINE = "Example School, Park Row, Leeds LS1 4AP"
SCHOOL_TEL = "01632 960000"

# ---------------------------------------------------------------- people
def S(local):
    return f"{local}@{DOM}"

STAFF = {
    "hughes": ("Rachel Hughes", S("r.hughes"), "Headteacher"),
    "okafor": ("Tom Okafor", S("t.okafor"), "Deputy Headteacher and Designated Safeguarding Lead"),
    "dsl": ("Safeguarding (DSL)", S("dsl"), ""),
    "sandhu": ("Priya Sandhu", S("p.sandhu"), "Year 5 Teacher"),
    "whitlock": ("Dan Whitlock", S("d.whitlock"), "Year 6 Teacher"),
    "brennan": ("Holly Brennan", S("h.brennan"), "Reception Teacher / EYFS Lead"),
    "garside": ("Sue Garside", S("s.garside"), "School Business Manager"),
    "office": ("Example School Office", S("office"), ""),
    "lowther": ("Karen Lowther", S("k.lowther"), "Office Manager"),
    "attendance": ("Bev Morley", S("attendance"), "Attendance Officer"),
    "pryce": ("Gareth Pryce", S("g.pryce"), "Year 4 Teacher / PE Lead"),
    "rahman": ("Aisha Rahman", S("a.rahman"), "SENCo"),
    "senco": ("SENCo", S("senco"), ""),
    "nowak": ("Lukas Nowak", S("l.nowak"), "Year 3 Teacher / Computing Lead"),
    "mcallister": ("Fiona McAllister", S("f.mcallister"), "Year 2 Teacher"),
    "baxter": ("Jo Baxter", S("wraparound"), "Wraparound Care Manager"),
    "reid": ("Callum Reid", S("c.reid"), "Teaching Assistant, Year 6"),
    "agyeman": ("Denise Agyeman", S("d.agyeman"), "Year 1 Teacher / English Lead"),
    "featherstone": ("Ben Featherstone", S("b.featherstone"), "Site Manager"),
    "cortes": ("Elena Cortés", S("e.cortes"), "Year 3 Teacher / MFL Lead"),
    "lambert": ("Zoë Lambert", S("z.lambert"), "Year 4 Teacher"),
    "stokes": ("Mandy Stokes", S("m.stokes"), "Senior Midday Supervisor"),
    "denton": ("Claire Denton", S("c.denton"), "HLTA / PTA Staff Link"),
    "pta": ("Example School PTA", S("pta"), ""),
    "siddiqui": ("Imran Siddiqui", S("i.siddiqui"), "Year 5 Teacher"),
    "farrow": ("Nicola Farrow", S("n.farrow"), "Teaching Assistant, Year 1"),
    "staffroom": ("All Staff", S("allstaff"), ""),
    "slt": ("SLT", S("slt"), ""),
}

def st(key):
    n, a, _ = STAFF[key]
    return (n, a)

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

def pupil(local, name=""):
    return (name, f"{local}@{PUP}")

TRUST = "airevalleytrust.example.org"


def sig(key, full=True, extra=""):
    n, a, role = STAFF[key]
    if not full:
        return f"\n{n.split()[0]}\n"
    lines = ["", "--", n]
    if role:
        lines.append(role)
    lines.append(SCHOOL_LINE)
    lines.append(f"Tel: {SCHOOL_TEL} | {a}")
    if extra:
        lines.append(extra)
    lines.append("Part of the Aire Valley Learning Trust")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- MIME building
def enc_header_text(s, force=False):
    if force:
        return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="
    if any(ord(c) > 127 for c in s):
        return Header(s, "utf-8", maxlinelen=76).encode()
    return s


def addr(pair):
    name, a = pair
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def encode_body(text, cte):
    data = text.encode("utf-8")
    if cte == "7bit":
        if any(b > 127 for b in data):
            cte = "quoted-printable"
        else:
            return "7bit", text
    if cte == "8bit":
        return "8bit", text
    if cte == "quoted-printable":
        return "quoted-printable", quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return "base64", base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def text_part(subtype, text, cte, qp_break=None):
    if not text.endswith("\n"):
        text += "\n"
    cte2, body = encode_body(text, cte)
    if qp_break:
        assert cte2 == "quoted-printable"
        for word, pos in qp_break:
            assert word in body, word
            body = body.replace(word, word[:pos] + "=\n" + word[pos:], 1)
    return (f"Content-Type: text/{subtype}; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: {cte2}\n\n{body}")


def attach_part(fname, ctype, data, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = quopri.encodestring(data).decode("ascii")
    cs = "; charset=\"utf-8\"" if ctype.startswith("text/") else ""
    return (f"Content-Type: {ctype}{cs}; name=\"{fname}\"\n"
            f"Content-Disposition: attachment; filename=\"{fname}\"\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def multipart(subtype, parts, boundary):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n"]
    for p in parts:
        out.append(f"--{boundary}\n{p}")
        if not p.endswith("\n"):
            out.append("\n")
    out.append(f"--{boundary}--\n")
    return "".join(out)


def auto_html(text, style="outlook"):
    paras = text.strip("\n").split("\n\n")
    chunks = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            chunks.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
                          + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            chunks.append("<p>" + "<br>\n".join(lines) + "</p>")
    inner = "\n".join(chunks)
    if style == "gmail":
        return f"<div dir=\"ltr\">\n{inner}\n</div>\n"
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p{margin:0 0 10px 0}</style></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            f"{inner}\n</body></html>\n")


def tiny_pdf(lines):
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


MSGS = []


def M(label, slug, frm, to, subject, date, body=None, *, cc=(), html=None, fmt="plain",
      cte="7bit", html_cte="quoted-printable", atts=(), note="", subj_force=False,
      qp_break=None, html_qp_break=None, hdrs=(), mailer=None, html_style="outlook"):
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     date=date, body=body, html=html, fmt=fmt, cte=cte, html_cte=html_cte,
                     atts=list(atts), note=note, subj_force=subj_force, qp_break=qp_break,
                     html_qp_break=html_qp_break, hdrs=list(hdrs), mailer=mailer,
                     html_style=html_style))


def render(i, m):
    h = hashlib.sha1(f"r24obs-{i}-{m['slug']}".encode()).hexdigest()
    boundary = f"----=_NextPart_r24o_{i:03d}_{h[:12]}"
    boundary2 = f"----=_Alt_r24o_{i:03d}_{h[12:24]}"
    mid = f"<r24o.{i:03d}.{h[:16]}@{DOM}>"
    H = []
    H.append(f"From: {addr(m['frm'])}")
    H.append("To: " + ",\n ".join(addr(a) for a in m["to"]))
    if m["cc"]:
        H.append("Cc: " + ",\n ".join(addr(a) for a in m["cc"]))
    H.append("Subject: " + enc_header_text(m["subject"], m["subj_force"]))
    H.append(f"Date: {m['date']}")
    H.append(f"Message-ID: {mid}")
    for k, v in m["hdrs"]:
        H.append(f"{k}: {v}")
    if m["mailer"]:
        H.append(f"X-Mailer: {m['mailer']}")
    H.append("MIME-Version: 1.0")

    fmt = m["fmt"]
    if fmt == "plain":
        body = text_part("plain", m["body"], m["cte"], m["qp_break"])
    elif fmt == "html":
        body = text_part("html", m["html"], m["html_cte"], m["html_qp_break"])
    elif fmt == "alt":
        html = m["html"] if m["html"] is not None else auto_html(m["body"], m["html_style"])
        body = multipart("alternative", [
            text_part("plain", m["body"], m["cte"], m["qp_break"]),
            text_part("html", html, m["html_cte"], m["html_qp_break"]),
        ], boundary2 if m["atts"] else boundary)
    else:
        raise ValueError(fmt)
    if m["atts"]:
        parts = [body] + [attach_part(*a) for a in m["atts"]]
        body = multipart("mixed", parts, boundary)
    raw = "\n".join(H) + "\n" + body
    return raw.encode("utf-8")


import datetime as _dt


def D(s):
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # BST from 30 Mar 2025 to 26 Oct 2025
    off = "+0100" if _dt.datetime(2025, 3, 30) <= t < _dt.datetime(2025, 10, 26) else "+0000"
    sec = (t.hour * 7 + t.minute * 13) % 60
    return t.strftime("%a, %d %b %Y %H:%M:") + f"{sec:02d} {off}"


OUTLOOK = "Microsoft Outlook 16.0"

# =====================================================================================
# MESSAGES
# =====================================================================================

# 001 everyday: office reminder about harvest
M("clean", "harvest_donations", st("office"), [JANE, SAM, ALI],
  "Harvest Festival donations - next week", D("2025-09-29 09:12"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Parents and Carers,

Our Harvest Festival assembly is on Friday 10th October at 9.15am in the main hall, and families are very welcome to join us. Please come to the main entrance from 9.00am; the side gate will stay locked.

This year we are collecting for the Riverside Community Pantry again. They have asked especially for:

- tinned fish and tinned meat
- long-life milk
- tinned tomatoes and pasta sauce
- toiletries (shampoo, toothpaste, deodorant)

Please send donations in with your child from Monday 6th October. Each class will have a box by the classroom door. Please check dates - the pantry cannot accept anything that is out of date.

Thank you, as always, for your generosity.

Kind regards

Karen Lowther
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
""", note="everyday: harvest donations reminder to parents")

# 002 flag: plain bollocks venting about trust policy
M("flag", "trust_policy_bollocks", st("sandhu"), [st("whitlock")],
  "Re: new marking policy", D("2025-10-02 16:48"),
  body="""Have you read the new trust marking policy yet?? Three colours of pen and a "response to feedback" box on every piece of work. In YEAR FIVE. Whoever wrote it has clearly not set foot in a classroom since 2009.

Honestly it's bollocks. We're going to spend every evening ticking green boxes so someone at central can do a book look in March.

Going to raise it at staff meeting but I'll try to be more polite than this.

P

Sent from my iPhone
""", note="plain 'bollocks', staff-to-staff venting")

# 003 everyday: attendance follow-up to carer
M("clean", "attendance_followup", st("attendance"), [SAM],
  "Example Pupil Two - absence today", D("2025-10-06 09:47"), mailer=OUTLOOK,
  body="""Dear Sam,

We haven't had a message about Example Pupil Two this morning and they weren't in the line at 8.45. Could you let us know the reason for absence when you get a moment, either by replying to this e-mail or by ringing the absence line on 01632 960000 (option 1)?

If it's the sickness bug that's going round Year 2, the 48-hour rule applies after the last episode, so please keep them off until that has passed.

Thanks,

Bev Morley
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: attendance follow-up to carer")

# 004 hard negative: Scunthorpe girls football tournament
M("clean", "scunthorpe_tournament", st("pryce"), [JANE, ALI],
  "U11 girls' football - Scunthorpe tournament on Saturday", D("2025-10-08 15:30"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Jane and Ali,

Great news - the girls' team has qualified for the regional round of the EFL Trust girls' cup, which is being held at the Scunthorpe United community pitches this Saturday (11th October).

Kick-off for the first group game is 10.00am and we need to be there by 9.15 to register. It's about an hour and a quarter from school, so if you are driving, I'd suggest leaving the car park at 8.00. I'll bring the kit bag, water bottles and the first aid kit; the girls need shin pads, boots AND trainers (some of the pitches are 3G), a warm layer and a packed lunch.

I've still only got two drivers confirmed, so if either of you can take two or three players it would help hugely. Please reply by Thursday so I can sort out the car seats and let the other families know.

Whatever happens, they've done brilliantly to get this far.

Thanks,
Gareth

Gareth Pryce
Year 4 Teacher / PE Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="hard negative: Scunthorpe place name")

# 005 everyday: Year 2 teacher reply to Jane about reading book
M("clean", "reading_book_reply", st("mcallister"), [JANE],
  "Re: Reading book", D("2025-10-08 18:05"), fmt="alt", html_style="gmail",
  hdrs=[("In-Reply-To", "<CAJp4821reading@mail.gmail.com>")],
  body="""Hi Jane,

Thanks for letting me know. You're right, that book is one they read back in Year 1, so I've put a new one in the book bag for tomorrow - it's from the orange band, which is where the phonics assessment puts them at the moment.

Please don't worry about finishing it in one go. Ten minutes a night and a quick chat about the pictures is perfect. Write a little note in the reading record if anything tricky comes up.

Fiona

On Wed, 8 Oct 2025 at 17:21, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs McAllister, just to say the book that came home tonight is one
> they had last year - they read it to me in about two minutes! Could
> they have a new one please? Thanks, Jane
""", note="everyday: reply to parent about reading book")

# 006 flag: base64 body - photocopier fucked
M("flag", "photocopier_base64", st("lowther"), [st("featherstone")], "photocopier AGAIN",
  D("2025-10-09 08:22"), cte="base64",
  body="""Ben,

The big photocopier in the workroom is fucked again - jammed on tray 3 and now it's just flashing the spanner light. I've got Year 6 reading papers and the PTA flyers to do before 9.

Can you have a look or ring the Canon man? The number's on the sticker on the side.

K
""", note="plain 'fucked' but base64-encoded body")

# 007 everyday: newsletter HTML
M("clean", "weekly_newsletter", st("hughes"), [JANE, SAM, ALI], "Friday Newsletter - 10th October",
  D("2025-10-10 15:45"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Families,

What a week! Year 4 came back from their Roman day at the museum full of facts about aqueducts, and Year 1 finally planted the bulbs in the sensory garden - thank you to the PTA gardening volunteers who gave up a Saturday to dig it over.

DATES FOR THE DIARY
- Tue 14 Oct: Flu nasal spray (Reception to Year 6)
- Thu 16 Oct: Parents' evening, 3.30-7pm (booking via the app closes Tuesday)
- Fri 17 Oct: Non-uniform day (£1 for the PTA), school closes for half term at 3.15pm
- Mon 27 Oct: INSET day - school closed to pupils
- Tue 28 Oct: Pupils return

WRAPAROUND CARE
Breakfast club and After School Club will NOT run on the INSET day. Holiday club at the leisure centre is run by Kickstart Sports, not by the school, so please book with them directly.

PARKING
Please, please do not park on the zig-zags or across residents' drives on Park Row. We had two complaints from neighbours this week and one near miss at the crossing. The church car park is available for drop-off from 8.30.

ATTENDANCE
Whole school attendance this week was 96.1%. Well done to 3C, our attendance cup winners with 99.3%!

Have a lovely weekend,

Rachel Hughes
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: headteacher weekly newsletter")

# 008 hard negative: RSE letter Year 5
M("clean", "rse_puberty_letter", st("sandhu"), [JANE, SAM], "Year 5 Relationships, Sex and Health Education - puberty lessons",
  D("2025-01-20 14:10"), fmt="alt", mailer=OUTLOOK, cc=[st("siddiqui")],
  body="""Dear Parents and Carers of Year 5,

As part of our statutory Relationships and Health Education curriculum, Year 5 will be learning about puberty over three lessons in the week beginning 3rd February.

The lessons cover:
1. How bodies change during puberty, using the correct scientific names for body parts: penis, testicles, vulva, vagina, womb, ovaries and breasts.
2. Periods (menstruation) - what happens, how to manage them, and where to find period products in school.
3. Other changes: erections and wet dreams, body hair, body odour and hygiene, and the emotional changes that come with growing up.

We use correct vocabulary because it helps children to talk confidently and accurately about their bodies, and it is an important part of keeping them safe. Children will be able to ask questions anonymously using a question box.

The puberty content is part of science and health education, so there is no right to withdraw from it. Our optional sex education lesson in Year 6 (about how a baby is conceived) is separate, and we will write about that in the summer term.

If you'd like to look at the resources, we're holding a drop-in on Tuesday 28th January at 3.20pm in the Year 5 classroom.

Kind regards,

Priya Sandhu and Imran Siddiqui
Year 5 Team
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="hard negative: RSE puberty letter with anatomical terms")

# 009 flag: to parent friend about football coaches - wankers
M("flag", "wankers_to_parent_friend", st("lambert"), [JANE], "Re: holiday club refund??",
  D("2025-10-12 20:37"), fmt="alt", html_style="gmail",
  body="""Jane I know, they did exactly the same to me in the summer! Paid for five days, they cancelled Thursday and Friday on the Wednesday night and it took six weeks to get the money back. The Kickstart lot are a bunch of wankers when it comes to refunds, lovely with the kids, useless with anything involving money.

Keep chasing them, and copy in the office if you get nowhere, Sue can lean on them because they hire the field off us.

See you at Maisie's party on Saturday x

Zoë

On Sun, 12 Oct 2025 at 19:58, Jane Parent <jane.parent@gmail.com> wrote:
> Did you ever get your money back from Kickstart for the summer days
> they cancelled? Still waiting for mine!!
""", note="plain 'wankers', staff (also a parent) to parent friend")

# 010 everyday: wraparound booking change
M("clean", "wraparound_booking", st("baxter"), [ALI], "After School Club bookings after half term",
  D("2025-10-13 11:20"), mailer=OUTLOOK,
  body="""Dear Ali,

Thank you for your e-mail. I've changed Example Pupil Three's After School Club bookings from Tuesdays and Thursdays to Mondays and Thursdays, starting the week after half term (3rd November). The Monday session includes the Spanish club, which runs 3.15-4.15 in the library, and they'll come over to us in the hall afterwards for tea.

Your invoice for November will be sent through ParentPay on the 1st. Sessions are £12.50 until 6pm, and just a reminder that we charge a late fee after 6.05pm.

Any questions, I'm in the hall from 2.45 most afternoons or you can ring the club mobile on 07700 900318.

Best wishes,

Jo Baxter
Wraparound Care Manager
Breakfast Club and After School Club
Example School, Park Row, Leeds LS1 4AP
""", note="everyday: wraparound booking change for father")

# 011 hard negative: Cockermouth residential
M("clean", "cockermouth_residential", st("whitlock"), [JANE, ALI, SAM], "Year 6 residential - Lake District itinerary",
  D("2025-05-07 16:02"), fmt="alt", mailer=OUTLOOK,
  atts=[("Y6_residential_kit_list.pdf", "application/pdf", tiny_pdf([
      "Year 6 Lake District residential - kit list",
      "Waterproof coat and trousers, walking boots or sturdy trainers",
      "Two warm jumpers or fleeces, hat and gloves",
      "Old clothes and trainers for the gill scramble (will get wet)",
      "Sleeping bag, pillowcase, towel, wash bag",
      "Named water bottle, small rucksack, torch",
      "No phones, tablets or sweets please"]), "base64")],
  body="""Dear Year 6 Parents and Carers,

We're now only a few weeks away from the residential (Monday 9th - Wednesday 11th June). Here is the outline of the three days:

Monday: leave school at 8.30am sharp. We'll stop at Cockermouth at lunchtime to visit Wordsworth House (linked to our poetry unit) and have our packed lunches by the river, then on to the centre at Bassenthwaite to unpack.
Tuesday: gill scrambling and canoeing in groups, and an evening campfire.
Wednesday: orienteering in the morning, then home. We aim to be back at school by 4.30pm, and we'll update the class page from the coach.

The kit list is attached. Please label everything - last year we came home with four identical navy fleeces and no idea whose they were.

Medicines must be handed to me in the original packaging, with the medical form, on the Monday morning. Any questions, please get in touch.

Thank you,

Dan Whitlock
Year 6 Teacher
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="hard negative: Cockermouth place name, trip letter with PDF")

# 012 flag: asterisk masks to TA
M("flag", "sats_asterisk", st("whitlock"), [st("reid")], "tomorrow",
  D("2025-05-12 21:14"),
  body="""Callum,

Can you do the small group for the reading paper tomorrow in the library? Same six as the mock plus Ellis. Readers, extra time for Harvey.

And if the moderator from the trust turns up again during the actual test I will lose my f*cking mind. Last year she walked round peering over shoulders and the kids were sh*t scared.

Coffee's on me in the morning.

Dan
""", note="disguised: asterisk-masked f*cking, sh*t")

# 013 everyday: pupil homework reminder
M("clean", "homework_reminder_pupils", st("siddiqui"), [pupil("20hbarker"), pupil("20mkowalski"), pupil("20tadeyemi"), pupil("20rsmith")],
  "Space project - due Friday", D("2025-01-27 15:50"),
  body="""Hi 5S,

Just a reminder that your Earth and Space projects are due in on Friday. You can bring in a model, a poster or a PowerPoint on Google Classroom - whatever you chose. Remember to include at least five facts and where you found them.

If you're stuck, come and see me at lunchtime on Wednesday or Thursday in the classroom.

Mr Siddiqui
""", note="everyday: homework reminder to pupils")

# 014 hard negative: Uranus / Lake Titicaca
M("clean", "space_geography_homework", st("sandhu"), [pupil("20jokafor"), pupil("20ldavies"), pupil("20amirza")],
  "Feedback on your planet fact files", D("2025-01-31 16:25"), fmt="alt", html_style="gmail",
  body="""Hi all,

I've marked your planet fact files and left comments on Google Classroom. Some lovely work!

Jacob - brilliant detail about Uranus being tipped on its side so it rolls round the Sun. Can you add how long one Uranus year is?
Lily - your Saturn diagram is great. Check your spelling of "atmosphere".
Aamina - good comparison of Venus and Mars. Next step: explain why Venus is hotter than Mercury even though it's further away.

Next week we start our South America geography topic. Our first lesson is about Lake Titicaca, the highest navigable lake in the world, on the border of Peru and Bolivia. If you can find a picture of the floating reed islands before Monday, bring it in!

Miss Sandhu
""", note="hard negative: Uranus, Lake Titicaca")

# 015 flag: disability slur venting about MIS
M("flag", "retard_slur_mis", st("garside"), [st("lowther")], "Re: Arbor training",
  D("2025-10-14 13:05"), mailer=OUTLOOK,
  body="""Karen,

Just got off the Teams call. The trainer from the trust spent forty minutes showing us how to add a contact, which we can all do, and then ran out of time before the dinner money module, which is the bit we actually asked about. Honestly the man is a complete retard.

I've asked for another session. Can you block out Thursday afternoon in case they say yes?

Sue

From: Karen Lowther <k.lowther@example-school.org.uk>
Sent: 14 October 2025 10:31
To: Sue Garside <s.garside@example-school.org.uk>
Subject: Arbor training

How did the training go? Did they cover the meals side?
""", note="slur (disability): 'retard' used as insult, staff-to-staff")

# 016 everyday: trip letter with consent form attachment
M("clean", "y4_roman_trip", st("lambert"), [JANE, SAM, ALI], "Year 4 trip to the Roman fort - consent and payment",
  D("2025-09-15 12:40"), fmt="alt", mailer=OUTLOOK,
  atts=[("Y4_Roman_fort_consent.pdf", "application/pdf", tiny_pdf([
      "Year 4 visit to the Roman fort - Tuesday 7 October 2025",
      "I give permission for my child to attend the visit.",
      "Child's name: ____________  Class: ______",
      "Medical needs / allergies: ____________________",
      "Parent/carer signature: ____________  Date: ______",
      "Voluntary contribution: 14.50 via ParentPay"]), "base64")],
  body="""Dear Parents and Carers,

As part of our Romans topic, Year 4 will visit the Roman fort and museum on Tuesday 7th October. We'll travel by coach, leaving at 9.00am and returning for the end of the school day.

Children will take part in a soldier training workshop, handle real artefacts and explore the remains of the bath house. Please send your child with a packed lunch (no nuts please, we have children with allergies in the year group), a named water bottle and a coat - much of the day is outside.

The voluntary contribution is £14.50, payable on ParentPay by Friday 26th September. No child will be left out because of cost; please speak to me or to the office in confidence if this is a concern.

Please return the attached consent form or complete the online version on the app.

Many thanks,

Miss Lambert and Mr Pryce
Year 4 Team
""", note="everyday: trip letter with PDF consent form")

# 017 hard negative: Penistone training day
M("clean", "penistone_training", st("okafor"), [st("sandhu"), st("pryce"), st("agyeman")],
  "Trust subject leader day - travel to Penistone", D("2025-02-24 10:15"), mailer=OUTLOOK,
  body="""Hi all,

The trust subject leader day on Friday 7th March is at our partner school in Penistone this year (Hillside Primary, on the road out towards the Trans Pennine Trail). Sessions start at 9.30 and finish about 3.

Priya and Gareth - can you car share? Penistone is about 50 minutes if the A628 is clear. Denise, you're on the English session in the afternoon so you may want to drive separately in case it runs on. Mileage claims go to Sue on the usual form.

Cover is arranged: Year 5 and Year 4 have Classroom First supply, Year 1 has Nicola with Mrs Stokes at lunchtime.

Tom
""", note="hard negative: Penistone place name, staff admin")

# 018 flag: subject line encoded swear (RFC 2047)
M("flag", "pickup_subject_encoded", st("stokes"), [st("okafor")],
  "total shit show at pick-up again", D("2025-10-15 15:52"), subj_force=True,
  body="""Tom,

Just so you know, the gate by the nursery was left open again and two of the Reception lot were nearly out on the road before I got to them. Parents blocking the path with scooters, one of the dads shouting at the football coach about the car park.

Can we talk tomorrow about who's on that gate? It can't just be me.

Mandy
""", note="disguised: swear in RFC 2047 base64-encoded Subject")

# 019 everyday: SENCo annual review meeting
M("clean", "senco_annual_review", st("rahman"), [ALI], "Annual review - Example Pupil Three",
  D("2025-11-03 09:30"), fmt="alt", mailer=OUTLOOK, cc=[st("pryce")],
  body="""Dear Ali,

I'm writing to arrange Example Pupil Three's annual review of their EHC plan. Would Tuesday 18th November at 3.30pm suit you? The meeting will be in the small meeting room by reception and will take about an hour. Mr Pryce will be there as class teacher, and I've invited the speech and language therapist, who may join on Teams.

Before the meeting I'll send you a short form asking for your views and Example Pupil Three's own views. We usually fill in the child's section together with them in school, with pictures, so don't worry about that part.

If the date doesn't work, just let me know another couple of afternoons that do.

Kind regards,

Aisha Rahman
SENCo
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | senco@example-school.org.uk
""", note="everyday: SENCo arranges annual review")

# 020 hard negative: safeguarding report quoting pupil
M("clean", "dsl_report_quote_pupil", st("mcallister"), [st("dsl")], "Concern - Y2 pupil (initials B.T.)",
  D("2025-11-04 12:48"), mailer=OUTLOOK, cc=[st("okafor")],
  body="""Tom,

Logging this on CPOMS as well but wanted you to see it straight away.

At the start of lunch B.T. (2M) was upset and wouldn't go out to play. When I asked what was wrong he said, in his words: "My stepdad says I'm a fucking useless little shit and he's going to put me in the shed if I wet the bed again." He then said "I'm not allowed to tell."

I didn't ask any leading questions. I said he'd done the right thing telling me and that I'd need to tell someone whose job it is to help keep him safe. He seemed calmer after that and went to lunch with Nicola.

No marks seen. Attendance has been fine but he's been very tired this week.

Fiona
Year 2
""", note="hard negative: safeguarding report to DSL quoting pupil verbatim (staff-only)")

# 021 flag: to pupil - pissing about
M("flag", "pissing_about_pupil", st("whitlock"), [pupil("18kwalsh", "Kian Walsh"), pupil("18jbrook", "Josh Brook")],
  "Class blog", D("2025-11-05 19:40"),
  body="""Kian and Josh,

I can see from the edit history who has been changing everyone else's posts on the class blog tonight. Stop pissing about and finish your own Viking report, which is still two sentences long.

We'll talk about it in the morning.

Mr Whitlock
""", note="plain 'pissing about' to pupils")

# 022 everyday: football provider register
M("clean", "football_register", st("garside"), [("Lee Dickinson", "lee@kickstartsports.example.com")],
  "After-school football - spring register and field booking", D("2025-12-08 10:02"), mailer=OUTLOOK,
  body="""Hi Lee,

Thanks for sending the spring term dates. I've booked the field and the hall (for wet weather) every Wednesday from 7th January to 25th March, 3.15-4.30pm, apart from 11th February, when the hall is being used for the Year 3 assembly rehearsal - you'll need to stay outside or cancel that week if it rains.

Could you send me the register of children booked by the Friday before each half term? We need it for the fire register and so the office knows who should be collected from you rather than from class.

Your public liability certificate expires in January, so please send the renewed one when you have it.

Regards,

Sue Garside
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: business manager to football coaching provider")

# 023 hard negative: VE Day menu faggots / spotted dick
M("clean", "ve_day_menu", st("lowther"), [JANE, SAM, ALI], "VE Day 80 lunch - Thursday 8th May",
  D("2025-04-30 13:15"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Parents and Carers,

To mark the 80th anniversary of VE Day, our catering team will be serving a special 1940s-style lunch on Thursday 8th May, and children are welcome to come in wartime or red, white and blue clothes.

The menu will be:

Main: faggots in onion gravy, mashed potato and garden peas
Vegetarian option: cheese and potato pie with peas
Pudding: spotted dick with custard, or fresh fruit

If your child normally has a packed lunch but would like the VE Day lunch, please book it on the app by Monday 5th May (£2.60, free for Reception to Year 2 and for children eligible for free school meals). The catering team have full allergen information if you need it.

Kind regards,

Karen Lowther
Office Manager
""", note="hard negative: faggots and spotted dick on lunch menu")

# 024 flag: plain twat in .txt attachment
M("flag", "parents_evening_notes_twat", st("pryce"), [st("lambert")], "parents evening notes",
  D("2025-10-16 19:55"), fmt="alt", mailer=OUTLOOK,
  atts=[("4P_parents_evening_notes.txt", "text/plain", """4P parents' evening - Thu 16 Oct

Harry B - mum happy, reading at home most nights. Times tables still shaky (6, 7, 8).
Amelia C - dad asked about the 11+ (!) in Year 4. Gave the usual answer.
Noah D - did not attend, ring next week.
Ruby F - mum worried about friendships, will keep an eye at lunch.
Jayden H - dad was an absolute twat, shouting that the homework is pointless and that I "don't know what I'm doing". Walked out. Tom aware.
Sofia K - lovely, nothing to report.
Theo M - both parents, want more challenge in maths. Agreed extension sheets.
""", "base64")],
  body="""Hi Zoë,

My notes from tonight attached so you can add anything for the shared pupils before I put them on the system. Didn't get to see the Year 4 Kickstart parents, I'll ring them next week.

Gareth
""", note="plain 'twat' inside .txt attachment; body clean")

# 025 hard negative: reception chicks cockerels
M("clean", "reception_chicks", st("brennan"), [JANE, SAM, ALI], "Our chicks have hatched!",
  D("2025-03-21 15:20"), fmt="alt", html_style="gmail",
  body="""Dear Reception families,

Your children will have told you - all eight of our eggs have now hatched! The children watched the last one break out of its shell during snack time this morning and there was a lot of cheering.

The farm thinks we probably have five hens and three cocks, but it's hard to tell at this age and we won't know for sure until the cockerels start growing their combs and trying to crow. The chicks go back to Hollybank Farm on Friday 4th April, where the hens will join the laying flock.

Children can hold the chicks (gently, with an adult) and must wash their hands afterwards. If your child has an allergy to feathers, please let us know.

Photos are on Tapestry. Do come and have a look at the brooder at pick-up.

Miss Brennan and the Reception team
""", note="hard negative: cocks/cockerels, Reception chick hatching")

# 026 everyday: staff cover
M("clean", "ppa_cover", st("okafor"), [st("nowak"), st("cortes"), st("farrow")], "Cover Thursday",
  D("2025-11-12 07:41"),
  body="""Morning,

Mrs Agyeman is off today and tomorrow (family). Cover:

Thursday AM - Nicola to take 1A with the planned phonics and maths, Lukas to pop in at 10.30 to check in.
Thursday PM - Elena, your PPA moves to Friday morning, sorry. Can you cover 1A for the afternoon? RE and PE are in the planning on the shared drive.

Thanks all, I know it's a squeeze.

Tom
""", note="everyday: cover arrangements")

# 027 hard negative: polite reply, parent's abuse quoted below
M("clean", "polite_reply_quoted_abuse", st("hughes"), [JANE], "Re: Disgusted",
  D("2025-11-13 16:30"), fmt="alt", mailer=OUTLOOK, cc=[st("okafor")],
  body="""Dear Mrs Parent,

Thank you for your e-mail. I'm sorry to hear that Example Pupil One came home upset about what happened on the bench at lunchtime, and I understand why you are angry.

Mr Okafor and I have spoken to the midday supervisors and to the children involved this afternoon. I would like to go through what we found out, and what we are putting in place, face to face rather than by e-mail. Could you come in at 8.45am tomorrow or at 3.20pm on Monday?

I would ask that we keep our communication respectful on both sides, as set out in our parent code of conduct, so that we can focus on what matters, which is Example Pupil One being happy and safe at school.

Yours sincerely,

Rachel Hughes
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 13 November 2025 12:02
To: Rachel Hughes <r.hughes@example-school.org.uk>
Subject: Disgusted

This is fucking ridiculous. Third time this term my child has come home in tears because of the same kids and your dinner ladies do absolutely shit all about it. I want a meeting TODAY.
""", note="hard negative: polite head reply, swearing only in parent's quoted text")

# 028 everyday: PTA summer fair volunteers
M("clean", "pta_fair_rota", st("pta"), [JANE, SAM, ALI], "Summer Fair volunteer rota - can you help?",
  D("2025-06-02 20:10"), fmt="alt", html_style="gmail",
  body="""Hi everyone,

The Summer Fair is on Saturday 28th June, 12-3pm, and we need around 40 volunteers to make it happen. Shifts are one hour, so even if you can only spare a bit of time it really helps.

Stalls still needing people:
- Tombola (2 people per shift)
- Cake stall (and cake donations on the Friday!)
- Bottle stall
- Splat the rat
- Refreshments / BBQ (food hygiene certificate needed for the BBQ)
- Setting up from 10am and clearing up from 3pm

There's a sign-up sheet on the PTA page of the app, or just reply to this e-mail with your name and a time. Last year we raised just over £3,200, which paid for the new playground markings and the Year 6 leavers' hoodies, so it really does make a difference.

Thank you!

Claire Denton
PTA staff link (on behalf of the PTA committee)
Example School PTA, Park Row, Leeds LS1 4AP
""", note="everyday: PTA summer fair volunteers")

# 029 flag: leetspeak
M("flag", "leet_trust_visit", st("siddiqui"), [st("sandhu")], "Re: CEO visit",
  D("2025-11-18 17:22"),
  body="""Ha, I saw. Ten minutes in 5S, asked one child what they were learning, child said "dunno", and he wrote it down. Then told me the displays were "a bit busy". What a w4nk3r.

The whole "learning walk" thing is b0ll0cks anyway, nobody learns anything when a man in a lanyard is standing behind them.

Pub Friday?

Imran

> Did you get the CEO in your room this morning? He came in while I was
> doing fractions and looked at the wall for the whole time.
""", note="disguised: leetspeak w4nk3r, b0ll0cks")

# 030 hard negative: Twatt pen pals
M("clean", "twatt_penpals", st("nowak"), [st("hughes")], "Year 3 pen pals - school in Orkney",
  D("2025-01-14 12:30"), mailer=OUTLOOK,
  body="""Hi Rachel,

Quick update on the pen pal project. I've been in touch with the P3 teacher at a small primary in the parish of Birsay on Orkney - the school is just outside the village of Twatt, near the Loch of Boardhouse. They have 14 children in a composite P3/4 class, so we'll pair them with 3N and some of 3C will write as small groups.

First letters go in the post on 31st January. We're also planning a Teams call in March so the children can see each other's classrooms and compare a town school with an island one, which fits nicely with the Year 3 geography unit on the UK.

Their teacher has sent a class photo, but I've said we won't share any photos on our website without checking their consent first.

Lukas
""", note="hard negative: Twatt (Orkney) place name")

# 031 everyday: trust data return reply
M("clean", "trust_data_return", st("garside"), [("Data Team", f"data@{TRUST}")], "RE: Autumn census and attendance return",
  D("2025-10-03 14:48"), mailer=OUTLOOK,
  body="""Hi,

Please find our figures below for the autumn return. The census itself was submitted to the DfE on Thursday and has been signed off by Rachel.

Number on roll: 612 (Reception 90, Years 1-6 522)
Pupils with EHC plans: 9
SEN support: 71
Free school meals (eligible): 88
Attendance to 3 October: 96.4%, persistent absence 8.2%

Two queries came back on the census validation (a missing ethnicity code and a date of birth typo), both now corrected.

Kind regards,

Sue Garside
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: business manager reply to trust data team")

# 032 flag: bellend about football coach, HTML alt
M("flag", "bellend_football_coach", st("baxter"), [st("garside")], "football club pick up",
  D("2025-11-19 16:58"), fmt="alt", mailer=OUTLOOK,
  body="""Sue,

The new coach from Kickstart has just sent four Year 2s over to After School Club at 4pm without telling me, and two of them aren't even booked in with us. When I went out to ask him he said "not my problem, love, I'm only paid till four." What a bellend.

I've kept them all and rung the parents but we can't have this. Can you speak to Lee at Kickstart before next Wednesday?

Jo
""", note="plain 'bellend' in multipart/alternative, staff-to-staff")

# 033 everyday: SATs meeting notes
M("clean", "sats_meeting_notes", st("whitlock"), [st("hughes"), st("okafor"), st("reid")], "Notes from Year 6 SATs planning meeting",
  D("2025-03-10 16:45"), fmt="alt", mailer=OUTLOOK,
  body="""Hi all,

Notes from this afternoon:

1. Access arrangements - applications submitted for 5 children (readers/extra time). Aisha to check evidence file is complete by 21 March.
2. Timetable - tests in the hall for the main group; small groups in the library and the SEN room. Callum and Nicola as readers.
3. Breakfast - PTA have offered to fund a SATs breakfast (toast, fruit, juice) each morning of test week. Jo has agreed to run it from 8.15 in the hall with breakfast club.
4. Boosters - maths booster sessions Tuesdays and Thursdays after school until Easter. 18 children invited, letters out on Wednesday.
5. Mock papers - week beginning 24 March. Marking moderation meeting 31 March.

Actions
- Dan: booster letters, mock timetable
- Callum: resources for the reading small group
- Tom: check the hall is free (no clubs) for the whole of test week

Dan
""", note="everyday: Year 6 SATs meeting notes")

# 034 hard negative: Shitterton in staff quiz
M("clean", "staff_quiz_placenames", st("pryce"), [st("staffroom")], "Staff quiz night - answers!",
  D("2025-12-19 17:40"), fmt="alt", mailer=OUTLOOK,
  body="""Evening all,

As promised, the answers to the place names round for those of you still arguing about it (Lukas):

1. Shitterton - Dorset (near Bere Regis, they had to bolt the sign into a block of stone because it kept being stolen)
2. Great Snoring - Norfolk
3. Crapstone - Devon
4. Brokenwind - Aberdeenshire
5. Westward Ho! - Devon, and yes, the exclamation mark is official
6. Barton in Fabis - Nottinghamshire

Winners were "Quiz Team Aguilera" (Office + Site), by one point. The tie-break was how many sheets of laminating pouches we got through this term. Sue knows.

Merry Christmas all, thank you for a brilliant autumn term.

Gareth
""", note="hard negative: real odd place names (Shitterton, Crapstone) in staff quiz [unsure]")

# 035 flag: arsehole + silly bitch about a parent in WhatsApp group
M("flag", "whatsapp_parent_arsehole", st("brennan"), [st("farrow")], "that WhatsApp message",
  D("2025-11-20 21:30"),
  body="""Nic,

Have you seen what's been posted in the RB class WhatsApp? My friend who's in it just sent me a screenshot. Lily's mum saying we "lost" her coat on purpose and that Reception staff "can't even keep track of 30 kids". Silly bitch, the coat was on the peg with someone else's name in it.

And her husband is an arsehole, he was the one who shouted at you at the gate last week wasn't he?

Not going to say anything, obviously. Just needed to tell someone.

H x
""", note="plain 'arsehole', 'silly bitch' (gender) about a parent, staff-to-staff")

# 036 everyday: Year 5 pupil story feedback
M("clean", "story_feedback_pupil", st("sandhu"), [pupil("20eparker", "Evie Parker")], "Your Viking saga",
  D("2025-02-05 15:35"),
  body="""Hi Evie,

I read your Viking saga last night and I really enjoyed it. The opening, with the longship coming out of the fog, made me want to read on, and you used brilliant fronted adverbials ("Without a sound, ...").

Next step: your middle section has a lot of speech in a row. Try breaking it up with some action or description so the reader can picture what's happening.

Could you make that change on Google Docs before Friday? Then it can go up on the display.

Miss Sandhu
""", note="everyday: teacher feedback to pupil")

# 037 hard negative: Vikings Cnut
M("clean", "vikings_cnut", st("siddiqui"), [st("sandhu")], "Vikings planning - week 4",
  D("2025-02-07 12:15"), mailer=OUTLOOK,
  body="""Priya,

I've uploaded week 4 of the Vikings planning to the shared drive. It covers the later Viking kings, so:

Mon - Sweyn Forkbeard and the invasion of 1013
Tue - King Cnut: ruling England, Denmark and Norway. I've put in the story of Cnut and the tide, with the discussion question "Was Cnut showing off or showing humility?"
Wed - Harald Hardrada and Stamford Bridge, 1066
Thu - Assessment quiz and timeline
Fri - Saga writing (continued)

Some of the children were giggling at "Ivar the Boneless" last week, so you might want to get in first with why he got the name (nobody's quite sure!).

The reading for Tuesday is on page 46 of the Oxford book. Could you print 30 copies if you get to the photocopier before me?

Imran
""", note="hard negative: Cnut, Viking history vocabulary")

# 038 flag: symbol masks sh!t, b@stards - Ofsted call
M("flag", "ofsted_call_symbols", st("okafor"), [st("hughes")], "Re: THE CALL",
  D("2025-11-24 12:20"), mailer="Outlook for iOS",
  body="""Just heard from Sue. Oh sh!t. Wednesday and Thursday then.

I'll get the SEF and the safeguarding folder up to date tonight and do the single central record check with Sue first thing. Can we do an all-staff briefing at 3.30 today?

Last time the b@stards spent two hours on attendance, so I'll ask Bev to have the figures ready too.

T

Get Outlook for iOS
""", note="disguised: symbol masks sh!t, b@stards, staff-to-staff")

# 039 everyday: site manager boiler
M("clean", "boiler_service", st("featherstone"), [st("staffroom")], "Heating - Saturday boiler service",
  D("2025-10-23 14:05"),
  body="""Hi all,

The boiler is being serviced on Saturday, so the heating will be off over the weekend. It'll be cold first thing on Monday until it catches up, so the Year 3 and Year 4 rooms (end of the corridor) may want coats on for the first half hour.

Also, anyone coming in at the weekend - the alarm code is unchanged but the main gate will be locked. Text me on the site phone if you need letting in.

Ben
Site Manager
""", note="everyday: site manager heating notice")

# 040 hard negative: birdwatch tits, woodcock
M("clean", "big_schools_birdwatch", st("agyeman"), [JANE, SAM, ALI], "Year 1 Big Schools' Birdwatch results",
  D("2025-02-14 14:55"), fmt="alt", html_style="gmail",
  body="""Dear Year 1 families,

Thank you for all the apple and seed feeders the children made with you at home - our bird count for the RSPB Big Schools' Birdwatch was our best ever!

In one hour on the field the children spotted:
- 11 blue tits and 4 great tits (the favourite, because of their "bicycle pump" song)
- 2 long-tailed tits
- 9 house sparrows and 6 starlings
- 3 robins, 2 blackbirds and a wren
- a pair of magpies and a very noisy crow
- and one woodcock, spotted by Mrs Farrow by the hedge, which caused great excitement as they are usually very shy

We've sent our results to the RSPB. If you do any birdwatching at home over half term, the children would love to tell us about it.

Mrs Agyeman and Mrs Farrow
Year 1
""", note="hard negative: blue tits, great tits, woodcock")

# 040b? (numbering is by position) ------------------------------------------------

# flag: dots/hyphens between letters
M("flag", "reading_scheme_dots", st("agyeman"), [st("mcallister")], "Re: phonics scheme",
  D("2025-11-25 18:12"),
  body="""Fi,

So we're switching phonics schemes AGAIN in January because the trust has signed a deal. That's three schemes in five years. All the decodable books we bought last year go in the skip and we're retraining every TA over two twilight sessions.

Honestly it's f.u.c.k.i.n.g madness. And whoever signed off the contract without asking a single KS1 teacher is a c-u-n-t.

Rant over. Are you coming to the training on the 8th?

D
""", note="disguised: letters split by dots and hyphens")

# everyday: Reception stay and play HTML-only
M("clean", "reception_stay_play_html", st("brennan"), [JANE, ALI], "Stay and Play - Reception",
  D("2025-09-19 13:30"), fmt="html",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<p>Dear Reception Parents and Carers,</p>
<p>We would love you to join us for our first <b>Stay and Play</b> session on <b>Friday 3rd October, 2.15&ndash;3.00pm</b>. You'll be able to see the classroom and outdoor area, play alongside your child and find out more about how we teach early reading and maths.</p>
<p>Younger siblings are welcome. Please come to the Reception gate on Park Row rather than the main office.</p>
<p>Also a reminder:</p>
<ul>
<li>Please name <i>everything</i> &ndash; jumpers, water bottles, book bags and wellies.</li>
<li>Spare clothes should stay in a bag on your child's peg.</li>
<li>Tapestry logins have now been sent out. Let us know if yours hasn't arrived.</li>
</ul>
<p>See you there!</p>
<p>Miss Brennan, Mrs Khan and the Reception team<br>
Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
""", note="everyday: Reception stay and play invitation, HTML-only")

# hard negative: Clitheroe trip
M("clean", "clitheroe_castle_trip", st("cortes"), [JANE, SAM, ALI], "Year 3 visit to Clitheroe Castle Museum",
  D("2025-03-03 11:45"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Parents and Carers,

To round off our Stone Age to Iron Age topic, Year 3 will be visiting Clitheroe Castle Museum on Wednesday 26th March. The museum has a fantastic geology gallery and a workshop where the children will handle fossils and Stone Age tools, and we'll have a walk up to the keep if the weather is kind.

We'll leave school at 8.45am by coach and return by 3.15pm. Children need a packed lunch (school can provide one for children who have free school meals - please tick the box on the form), a waterproof coat and sensible shoes.

The cost is £11.00 via ParentPay by Friday 14th March. We're looking for three parent helpers who have a current DBS check with the school - if you can help, please let me know.

Muchas gracias,

Señora Cortés
Year 3 Teacher / MFL Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="hard negative: Clitheroe place name, trip letter with non-ASCII")

# everyday: staff member as parent
M("clean", "staff_parent_dentist", st("nowak"), [st("mcallister")], "Olek - dentist Thursday",
  D("2025-11-26 07:55"),
  body="""Hi Fiona,

Olek has a dentist appointment on Thursday at 10.40 (brace check, the orthodontist in town). My wife will collect him from the office at 10.15 and he should be back before lunch. I've put it on the app as well for Bev.

He's a bit nervous about it so if he's quiet on Thursday morning that's why!

Thanks,
Lukas (dad hat on)
""", note="everyday: staff member writing as parent to his child's teacher")

# flag: repeated letters
M("flag", "wrong_report_repeated", st("lambert"), [st("lowther")], "URGENT - wrong attachment",
  D("2025-07-14 16:41"), mailer=OUTLOOK,
  body="""Karen

Shiiiiiit. Fuuuuuuck. I've just sent the 4L report e-mail to all the parents with the SPREADSHEET attached instead of the letter. It's only got names and reading ages on, no addresses, but still.

Can we recall it?? What do I do? Do I need to tell Tom as the data person or Sue?

Zoë
""", note="disguised: repeated letters (Shiiiiiit, Fuuuuuuck)")

# hard negative: Sussex transfer
M("clean", "sussex_transfer", st("lowther"), [("Admissions Team", "admissions@westsussex.example.org")], "In-year transfer - records request",
  D("2025-04-23 10:20"), mailer=OUTLOOK,
  body="""Dear Admissions Team,

We have a new Year 4 pupil starting with us on Monday 28th April, transferring from a primary school in Chichester, West Sussex. The family moved up from Sussex over Easter.

The previous school tells us the Common Transfer File has been uploaded to School-to-School, but it hasn't arrived with us yet. Could you check whether it's been sent to the correct DfE number (our LAESTAB is on the letterhead)? We also haven't received the paper SEN file the family mentioned.

Many thanks,

Karen Lowther
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk
""", note="hard negative: Sussex")

# everyday: Spanish club forward
M("clean", "spanish_club_forward", st("cortes"), [JANE, SAM, ALI], "Fwd: Pequeños Spanish club - spring term places",
  D("2025-12-03 09:10"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Parents and Carers,

Please see below from Pequeños, who run our Monday Spanish club. The club is run and charged for by them, not by the school, so please book directly using their link.

Señora Cortés

---------- Forwarded message ---------
From: Marta Ibáñez <marta@pequenos.example.org>
Date: Tue, 2 Dec 2025 at 18:44
Subject: Spanish club - spring term places
To: Elena Cortés <e.cortes@example-school.org.uk>

Hola Elena,

Could you share this with families please? Spring term Spanish club runs on Mondays from 12th January, 3.15-4.15pm, for Years 1-4. Ten sessions, £55. We'll be doing food, animals and a little Spanish carnival at the end. Booking opens Friday 5th December at 8pm on our website.

¡Gracias!
Marta
""", note="everyday: forward of external Spanish club message")

# flag: Cyrillic/Greek homoglyphs (8bit)
M("flag", "homoglyph_inset", st("pryce"), [st("whitlock")], "INSET day",
  D("2025-11-27 20:15"), cte="8bit",
  body="""Dan,

Have you seen the INSET agenda? Four hours of "trust-wide curriculum alignment" in the hall at Hillside and a working lunch. A fuсking working lunch. On a day that was supposed to be for reports.

It's bοllocks. I'm bringing a flask and sitting at the back.

G
""", note="disguised: Cyrillic с in fuсking, Greek ο in bοllocks, 8bit body")

# everyday: end-of-year report with attachment
M("clean", "end_of_year_report", st("mcallister"), [JANE], "End of year report - Example Pupil One",
  D("2025-07-11 15:30"), fmt="alt", mailer=OUTLOOK,
  atts=[("Report_Example_Pupil_One_Y2.pdf", "application/pdf", tiny_pdf([
      "Example School - End of Year Report 2024-25",
      "Pupil: Example Pupil One   Class: 2M",
      "Reading: working at the expected standard",
      "Writing: working towards the expected standard",
      "Maths: working at the expected standard",
      "Attendance: 97.2%",
      "A kind, thoughtful member of the class who has grown in confidence."]), "base64")],
  body="""Dear Jane,

Please find attached Example Pupil One's end of year report. It's been a real pleasure teaching them this year - the progress in reading since January has been lovely to see, and they've been such a kind friend to the new children in the class.

If you'd like to talk about anything in the report, I'm around after school on Tuesday and Wednesday next week, or you can book a slot through the office.

Have a wonderful summer,

Fiona McAllister
Year 2 Teacher
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="everyday: end-of-year report with PDF")

# hard negative: Dickens / Christmas Carol
M("clean", "christmas_carol_production", st("whitlock"), [JANE, SAM, ALI], "Year 6 Christmas production - A Christmas Carol",
  D("2025-11-17 15:10"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Year 6 Parents and Carers,

This year's Year 6 Christmas production will be our own adaptation of Charles Dickens' "A Christmas Carol", linked to our Victorians topic. Performances are on Tuesday 16th December at 2pm and Wednesday 17th December at 6pm.

Parts have been given out today and scripts have come home in book bags. Lines need to be learned by 5th December, please! Costumes are very simple - Victorian-ish, so dark trousers or long skirts, a white shirt, and a shawl or waistcoat if you have one. We have top hats and bonnets in school.

The children have loved learning Scrooge's famous lines, and you may hear "Bah! Humbug!" quite a lot at home over the next few weeks. Apologies in advance.

Tickets (two per family per performance) will be on the app from Monday.

Mr Whitlock
Year 6
""", note="hard negative: Dickens, Scrooge, humbug")

# hard negative: Cockburn supply booking
M("clean", "cockburn_supply", st("garside"), [("Bookings", "bookings@classroomfirst.example.com")], "Supply booking - Ms Cockburn, w/c 1 December",
  D("2025-11-21 11:05"), mailer=OUTLOOK,
  body="""Hi Sarah,

Thanks for confirming. Just to check we have the same details:

Teacher: Ms Helen Cockburn
Dates: Monday 1st - Friday 5th December, 8.15am-3.45pm
Class: Year 5 (5S), covering Miss Sandhu's course
Rate: as per our framework agreement

Please could you send Ms Cockburn's DBS number and date, right to work check and identity confirmation before Friday so I can add her to the single central record. She should report to the main office on Park Row at 8.15 on the Monday, and Mr Siddiqui will meet her.

Kind regards,

Sue Garside
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="hard negative: surname Cockburn")

# flag: full-width letters HTML-only
M("flag", "fullwidth_data_drop", st("sandhu"), [st("siddiqui"), st("nowak")], "data drop moved forward",
  D("2025-11-28 16:05"), fmt="html",
  html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Just had the e-mail: the trust have moved the autumn data drop forward to <b>next Friday</b>. So that's writing assessments, maths tests AND the reading ages done by Thursday.</p>
<p style="font-size:16pt"><b>ＦＵＣＫ ＴＨＡＴ</b></p>
<p>Sorry. Shall we divide up the moderation? I'll take narrative if one of you does the non-fiction pieces.</p>
<p>P</p>
</body></html>
""", note="disguised: full-width letters (ＦＵＣＫ), HTML-only")

# hard negative: Hancock volunteer
M("clean", "hancock_volunteer_dbs", st("lowther"), [("Martin Hancock", "m.hancock1962@btinternet.com")], "Reading volunteer - DBS and induction",
  D("2025-09-22 10:40"), mailer=OUTLOOK,
  body="""Dear Mr Hancock,

Thank you so much for offering to come in as a reading volunteer with Year 2 on Tuesday mornings. Mrs McAllister is delighted.

Before you start we need to complete an enhanced DBS check. Please could you bring two forms of ID (one with your current address, dated within the last three months) to the office any afternoon this week, and we'll do the online application with you there and then.

Once that's back, we'll book your safeguarding induction with Mr Okafor (about 45 minutes) and you'll be given a volunteer lanyard.

Kind regards,

Karen Lowther
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="hard negative: surname Hancock")

# everyday: lost property
M("clean", "lost_property", st("office"), [JANE, SAM, ALI], "Lost property - last chance before half term",
  D("2025-10-15 12:00"),
  body="""Dear Parents and Carers,

The lost property trolley is overflowing again: 23 jumpers, 9 cardigans, 14 water bottles, 6 lunch boxes and a single wellington boot. Anything named has gone back to classes.

The trolley will be outside the hall after school on Thursday and Friday. Anything not collected by Friday will be washed and passed to the PTA's second-hand uniform sale.

Please, please write names in everything!

Thanks,
School Office
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="everyday: lost property notice")

# flag: zero-width characters
M("flag", "zero_width_staff_meeting", st("reid"), [st("whitlock")], "after staff meeting",
  D("2025-12-01 17:35"), cte="quoted-printable",
  body="""Dan, did you hear Gary from the trust IT team in the meeting? "Just clear your cache" every time someone said something wasn't working. Twenty minutes of that. Absolute wan\u200bker.

And the new laptops are sh\u200bit, mine took eleven minutes to turn on this morning.

See you tomorrow

Callum
""", note="disguised: zero-width space inside wanker and shit, QP body")

# hard negative: Wankhede new starter
M("clean", "wankhede_new_starter", st("brennan"), [st("lowther"), st("farrow")], "New starter RB - Aarav Wankhede",
  D("2025-01-08 08:20"),
  body="""Morning,

Just to confirm, Aarav Wankhede is starting in RB on Monday. His mum, Mrs Priya Wankhede, will bring him to the Reception gate at 8.45. The family moved over from Pune in December and he's been at a nursery here for a few weeks, so he has some English but may be shy.

Karen - could you make sure his allergy (egg) is on the kitchen list and the photo is up in the staffroom before Monday? Nicola - could you be his buddy adult for the first week?

His dad is a big cricket fan and was very proud to tell me they share a surname with the Wankhede Stadium in Mumbai!

Holly
""", note="hard negative: surname Wankhede")

# everyday: staff meeting minutes
M("clean", "staff_meeting_minutes", st("okafor"), [st("staffroom")], "Staff meeting minutes 4/11",
  D("2025-11-05 08:05"), fmt="alt", mailer=OUTLOOK,
  body="""Hi all,

Minutes from Tuesday's staff meeting below and on the shared drive.

1. Safeguarding update - new online safety concern form on CPOMS; reminder that all concerns are logged the same day.
2. Parents' evening feedback - positive overall. Some families found the app booking confusing; office to send simpler instructions next time.
3. Christmas - Nativity (EYFS/KS1) 10-11 Dec, Y6 production 16-17 Dec, Christmas lunch 18 Dec. Jumpers day 12 Dec (PTA).
4. Clubs - football (Kickstart) and dance (Pointe & Flex) change to new days after Christmas. Updated list from Jo.
5. Marking policy consultation - comments to Rachel by 21 Nov. Please be specific about what is and isn't workable.
6. AOB - the staffroom fridge will be emptied every Friday at 4pm. Anything left will go.

Tom
""", note="everyday: staff meeting minutes")

# flag: HTML split word and entity - to PTA parent (sam.carer)
M("flag", "html_split_tombola", st("denton"), [SAM], "Re: tombola prizes",
  D("2025-06-24 21:50"), fmt="html",
  html="""<div dir="ltr">Ha, I know! The <span>fu</span><span>cking</span> tombola again - every year we say never again and every year we end up pricing 300 bottles of bubble bath on a Thursday night.<br><br>
Honestly the donations this year are <b>&#115;hite</b>, half of it is out-of-date chocolate and regifted candles. Bring wine on Friday and we'll sort it in the PTA cupboard after pick-up.<br><br>
Claire x<br><br>
<div class="gmail_quote">On Tue, 24 Jun 2025 at 21:12, Sam Carer &lt;sam.carer@outlook.com&gt; wrote:<br>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Are we doing the tombola again this year?! I thought we said never again after last time!</blockquote></div>
</div>
""", note="disguised: word split by HTML tags, entity-encoded s in 'shite', HTML-only, to parent volunteer")

# everyday: head lice letter
M("clean", "head_lice", st("agyeman"), [JANE, SAM], "Head lice in Year 1",
  D("2025-09-25 15:25"),
  body="""Dear Year 1 Parents and Carers,

We've had a few cases of head lice in Year 1 this week. Please could you check your child's hair this weekend, ideally with a detection comb and conditioner, and treat if needed. The pharmacist can give advice on treatments.

Children don't need to stay off school. Long hair tied back helps a lot.

Thank you,
Mrs Agyeman
Year 1
""", note="everyday: head lice letter")

# hard negative: Darwin boobies
M("clean", "galapagos_boobies", st("whitlock"), [pupil("18lnguyen"), pupil("18ohart"), pupil("18sbegum"), pupil("18tkamara")],
  "Evolution homework - Galapagos animals", D("2025-03-18 15:40"),
  body="""Hi 6W,

For this week's science homework, choose ONE animal that Charles Darwin saw on the Galapagos Islands and make a fact card about how it is adapted to where it lives. Choices:

- the blue-footed booby (why do boobies have such bright blue feet?)
- Darwin's finches (compare two different beak shapes)
- the giant tortoise
- the marine iguana

Use the websites on Google Classroom, not just any random search. Cards in by next Tuesday please. The best ones will go on our Evolution and Inheritance display.

Mr Whitlock
""", note="hard negative: blue-footed booby/boobies, to pupils")

# flag: QP soft line break inside homophobic slur
M("flag", "qp_break_slur", st("featherstone"), [st("garside")], "new cleaner",
  D("2025-12-02 14:30"), cte="quoted-printable",
  body="""Sue,

The new cleaner the contractor has sent is a right poofter, spent half an hour in the staffroom telling Mandy about his boyfriend's holiday instead of doing the Year 3 toilets. Can you ring the contractor and ask for someone else?

Ben
""", qp_break=[("poofter", 4)], note="disguised: homophobic slur split by QP soft line break")

# everyday: dance school invoice
M("clean", "dance_school_hall_hire", st("garside"), [("Pointe & Flex Dance", "accounts@pointeflexdance.example.net")], "Hall hire invoice - autumn term",
  D("2025-09-30 13:35"), mailer=OUTLOOK,
  atts=[("INV-2025-0418_hall_hire.pdf", "application/pdf", tiny_pdf([
      "Example School - Invoice INV-2025-0418",
      "To: Pointe & Flex Dance School",
      "Hall hire, Tuesdays 3.15-5.15pm, 9 Sep - 16 Dec 2025 (15 sessions)",
      "15 x 2 hours x 22.00 = 660.00",
      "Payment due within 30 days. Bank details overleaf."]), "base64")],
  body="""Hi Gemma,

Please find attached the invoice for the autumn term hall hire (Tuesdays, 15 sessions). As agreed, the session on 21st October was not charged because of the school's open evening.

Could you also confirm the date of your Christmas showcase? If it's in the hall on a Saturday we'll need to book Ben to open up and that's charged separately.

Many thanks,

Sue Garside
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: hall hire invoice to dance school")

# hard negative: Shakespeare Week
M("clean", "shakespeare_week", st("agyeman"), [st("staffroom")], "Shakespeare Week - lines for each year group",
  D("2025-03-06 16:20"), fmt="alt", mailer=OUTLOOK,
  body="""Hi everyone,

For Shakespeare Week each year group is performing a short scene in Friday's assembly. Here are the suggested extracts (scripts on the shared drive):

Year 3/4 - A Midsummer Night's Dream, the rehearsal scene. Bottom has been turned into a donkey and sings to show he isn't scared: "I see their knavery: this is to make an ass of me; to fright me, if they could." The children love the ass's head, we have two in the drama box.
Year 5 - The Tempest, the storm scene. The Boatswain and Gonzalo trade insults; Sebastian calls the Boatswain a "bawling, blasphemous, incharitable dog" and Antonio shouts "Hang, cur! hang, you whoreson, insolent noisemaker!" Decide with your class whether to keep "whoreson" - it's in the original and the RSC's school edition keeps it, but you know your class.
Year 6 - Macbeth, the witches, "Double, double toil and trouble".

Each scene should be no more than five minutes. Thanks!

Denise
English Lead
""", note="hard negative: Shakespeare quotes (ass, whoreson) in English planning [unsure]")

# flag: racial slur re Travellers
M("flag", "pikeys_slur_field", st("featherstone"), [st("garside"), st("hughes")], "field",
  D("2025-06-16 07:25"), mailer="iPhone Mail",
  body="""Morning,

The pikeys are back on the rec behind the school field, six caravans and a load of dogs. Someone has already been through the fence by the Year 3 garden again.

I've padlocked the side gate and will walk the field before the kids go out. Probably worth telling the midday staff to keep the children away from that end at lunch.

Ben

Sent from my iPhone
""", note="slur (race/ethnicity): 'pikeys' about Travellers, staff-to-staff")

# everyday: Purple Mash logins
M("clean", "purple_mash_logins", st("nowak"), [JANE, SAM, ALI], "Purple Mash and TT Rockstars logins",
  D("2025-09-12 15:20"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Parents and Carers,

Your child's login cards for Purple Mash and Times Tables Rock Stars came home in their reading folder today. Please keep them somewhere safe - the same logins work at home and in school.

This half term the children will be using Purple Mash for their computing homework (a short activity every Friday) and TT Rock Stars for times tables practice. We recommend 10 minutes, three or four times a week, rather than a long session.

If a card has gone missing, let me know and I'll print another one.

A reminder that children should never share their passwords with friends, even their best friend! We'll be talking about this in our online safety lessons.

Mr Nowak
Year 3 / Computing Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="everyday: computing logins letter")

# hard negative: RE Easter
M("clean", "re_easter_service", st("okafor"), [JANE, SAM, ALI], "Easter service at St Michael's",
  D("2025-04-01 12:10"), fmt="alt", mailer=OUTLOOK,
  body="""Dear Parents and Carers,

Our Easter service will be held at St Michael's Church on Thursday 10th April at 9.30am. Year 4 will retell the story of Holy Week, from Jesus Christ's entry into Jerusalem on Palm Sunday to the Last Supper, the crucifixion and the empty tomb.

Year 4 have been thinking in RE about why Christians call the day Jesus died "Good Friday", and about the words Jesus says on the cross, "My God, my God, why have you forsaken me?" They have written some very thoughtful prayers and reflections, some of which will be read in the service.

Children who do not take part in acts of worship will stay in school with Mrs Rahman, as usual. Please let the office know if this applies to your child and we haven't already got a note.

Families are welcome to attend; please use the church's front entrance.

Tom Okafor
Deputy Headteacher and RE Lead
""", note="hard negative: Jesus Christ, My God (religious use)")

# everyday: sports day change
M("clean", "sports_day_moved", st("pryce"), [JANE, SAM, ALI], "Sports Day - NEW DATE",
  D("2025-06-19 07:10"),
  body="""Dear Parents and Carers,

Because of this morning's forecast (heavy rain all day), KS2 Sports Day is postponed until next Tuesday, 24th June, same times: 1.15pm start, finishing with the relays at 2.45.

Please still send PE kit in today as the children will be doing indoor PE. Water bottles and sun cream next week, fingers crossed!

The PTA refreshment stall will move to next Tuesday too.

Mr Pryce
PE Lead
""", note="everyday: sports day postponed")

# hard negative: German partner school
M("clean", "german_partner_school", st("cortes"), [st("hughes")], "Partner school in Germany - art exchange",
  D("2025-02-11 16:40"), mailer=OUTLOOK,
  body="""Hi Rachel,

I've heard back from Frau Brandt at our partner Grundschule near Bielefeld. They're keen on the art exchange: their "Kunst-AG" (the after-school art club) will make postcards of their town, and our Year 3 will send self-portraits in the style of Frida Kahlo.

A couple of words that made our Year 3s laugh when we looked at the letter: "Fahrt" (a journey or trip - their class is going on a "Klassenfahrt" in May), and "Gift", which means poison! It was a good way into talking about false friends between languages.

Could we fund the postage (about £25) from the MFL budget? If so I'll get the parcel off by half term.

Elena
""", note="hard negative: German words Kunst, Fahrt, Gift")

# everyday: flu immunisation team
M("clean", "flu_immunisation", st("lowther"), [("School Immunisation Team", "immunisations@nhs-community.example.org")], "Flu session Tuesday 14 October",
  D("2025-10-07 10:50"), mailer=OUTLOOK,
  body="""Hello,

Just confirming the arrangements for next Tuesday's flu nasal spray session:

- Arrival: 8.45am, main office on Park Row (parking in the staff car park, spaces 1-3 reserved)
- Room: the main hall (the PE timetable has been moved)
- Numbers on our list: 612 on roll; the consent portal currently shows 431 consents and 52 refusals
- We'll send classes down in year group order, starting with Reception

Could you send the list of children who need the injectable alternative (gelatine-free) so we can let class teachers know?

Kind regards,

Karen Lowther
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: office to school immunisation team")

# hard negative: SEND outdated term in historic report
M("clean", "send_historic_report", st("rahman"), [st("okafor"), st("brennan")], "New starter - previous reports",
  D("2025-01-16 13:25"), mailer=OUTLOOK,
  body="""Tom, Holly,

I've been through the paperwork for the Reception child starting next week (family moved from overseas). The assessment from the previous country is translated and uses some very outdated language - it describes him as "mildly mentally retarded" and refers to "educable" classes. Please don't copy any of that wording onto our records or into conversations with parents. It's not a term we use, and the family found it upsetting too.

From what I can see the needs are consistent with global developmental delay and a possible ASD profile. Speech is very limited. I'm going to:

1. Observe in the first fortnight and start an SEN support plan
2. Refer to the Early Years SEND team and the paediatrician via the GP
3. Meet mum with an interpreter (Marathi) - booked for 29th January

Holly, can you note down what he's interested in and how he communicates (pointing, leading an adult etc.) in his first week?

Thanks,
Aisha
SENCo
""", note="hard negative: SENCo reports outdated term 'retarded' from an old report, staff-only [unsure]")

# everyday: midday rota / wet play
M("clean", "midday_wet_play", st("stokes"), [st("staffroom")], "Wet play this week",
  D("2025-11-10 11:30"),
  body="""Hi all,

Forecast is awful all week so we'll be doing wet play in classrooms most days. Can teachers please leave out the wet play boxes and make sure the board is switched off or on something sensible (not the class Dojo points).

Midday staff rota for wet play:
KS1 - Jan, Shirley and Nicola floating
Lower KS2 - me and Pam
Upper KS2 - Dawn and Tracey, with Year 6 monitors in the corridor

Any problems come and find me on the walkie-talkie.

Thanks,
Mandy
Senior Midday Supervisor
""", note="everyday: wet play rota")

# hard negative: racist incident log quoting pupil
M("clean", "racist_incident_log", st("pryce"), [st("dsl"), st("hughes")], "Racist incident - Y4 playground, logged",
  D("2025-11-21 13:40"), mailer=OUTLOOK,
  body="""Tom, Rachel,

For the racist incident log. Lunchtime today, KS2 playground, reported by Mrs Stokes and confirmed by three witnesses.

During an argument over the football, J.W. (4P) called A.H. (4L) "a Paki" and told him to "go back to your own country". A.H. told the midday supervisor straight away. He was very upset, and said it had been said to him once before, by a different child, last year.

Actions so far:
- J.W. removed from the playground, spoke to me and to Mr Okafor. He said he had heard it from an older cousin. He apologised but didn't seem to understand why it was so hurtful.
- Both sets of parents phoned this afternoon.
- Logged on CPOMS under "prejudice-related incident".

Could we discuss whether a restorative session and some follow-up work in 4P and 4L (the anti-racism unit from the trust) would be right?

Gareth
""", note="hard negative: staff incident log quoting a racist slur said by a pupil (staff-only)")

# everyday: WhatsApp rumour clarification
M("clean", "whatsapp_inset_clarify", st("mcallister"), [JANE, SAM], "INSET day - correct date",
  D("2025-12-04 19:15"),
  body="""Dear Year 2 Parents and Carers,

A couple of you have mentioned that a message is going round the class WhatsApp group saying school is closed on Monday 5th January. I just wanted to make sure everyone has the right information: the INSET day is on Monday 5th January, so children return on Tuesday 6th January.

The term dates are always on the school website and the app, so please check there if you're unsure - we don't see the class WhatsApp groups, so we can't correct anything that's posted there.

Thank you!
Mrs McAllister
""", note="everyday: teacher clarifies date circulating in class WhatsApp")

# hard negative: Outlook quoted reply with parent abuse (Sam)
M("clean", "outlook_reply_carer_abuse", st("okafor"), [SAM], "RE: Detention",
  D("2025-05-20 15:55"), fmt="alt", mailer=OUTLOOK, cc=[st("hughes")],
  body="""Dear Sam,

Thank you for getting in touch. I can see you're very unhappy about Example Pupil Two missing part of their lunchtime yesterday, and I'd like to explain what happened.

There was an incident in the dining hall involving several children, and all of them spent ten minutes of lunch with me talking it through. This is a normal part of our behaviour policy and isn't recorded as a detention. Example Pupil Two was calm, honest and helpful, and I told them so.

I'm happy to talk on the phone tomorrow morning. However, I won't respond to messages that include abusive language about members of staff, and I'd ask that future messages stay respectful.

Kind regards,

Tom Okafor
Deputy Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 20 May 2025 08:14
To: Office <office@example-school.org.uk>
Subject: Detention

Who the hell does that twat of a teacher think he is keeping my kid in at dinner for something he didn't even do. Sort it out or I'm going to the governors and Facebook.
""", note="hard negative: polite DSL reply, 'twat' only in carer's quoted Outlook block")

# everyday: head to trust consultation
M("clean", "trust_policy_consultation", st("hughes"), [("Policy Team", f"policy@{TRUST}")], "Feedback - draft feedback and marking policy",
  D("2025-11-24 18:20"), fmt="alt", mailer=OUTLOOK,
  body="""Dear colleagues,

Thank you for the opportunity to comment on the draft trust feedback and marking policy. I have gathered views from our staff, and our main points are below.

1. We strongly support the aim of feedback that moves learning on, and the emphasis on verbal feedback in the lesson.
2. The requirement for three pen colours and a written "response to feedback" box on every piece of work is, in our view, not workable in Key Stage 1 or with many of our SEND pupils, and it risks adding workload without improving learning. We'd ask that schools have discretion here.
3. It would help to include examples from EYFS, where most feedback is in the moment and recorded on Tapestry.
4. We'd welcome a review after two terms, with the workload survey repeated.

We're happy to pilot a revised version and share what we find.

Kind regards,

Rachel Hughes
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", note="everyday: head's professional response to trust policy consultation")

# hard negative: behaviour policy discussion about swearing
M("clean", "behaviour_policy_language", st("whitlock"), [st("slt")], "Behaviour policy - swearing in Upper KS2",
  D("2025-10-21 16:10"), mailer=OUTLOOK,
  body="""Hi Rachel, Tom,

Before the behaviour policy review on Thursday, can we agree how we deal with swearing? At the moment it's different in every class.

What we're hearing in Year 5 and 6 at the moment, mostly from YouTube and games: "shit" and "crap" as throwaway words, "wanker" and the hand gesture, and "fuck off" a few times in arguments, including once at a midday supervisor. Some of the Year 6 boys also say "that's so gay", which I think is a different thing and needs more than a sanction.

My suggestion:
- casual swearing not aimed at anyone: reminder, then the usual steps
- swearing at an adult or at another child: straight to a senior leader, phone call home
- homophobic, racist or sexist language: logged as a prejudice-related incident, plus education

It would help if we all used the same wording with the children, and if the midday team had it on a card.

Dan
""", note="hard negative: staff-only discussion of behaviour policy quoting words pupils use")

# hard negative: web filter alert to DSL
M("clean", "web_filter_alert", st("nowak"), [st("dsl")], "FW: Filtering alert - Year 4 iPad",
  D("2025-03-13 14:05"), mailer=OUTLOOK,
  body="""Tom,

Forwarding this morning's filtering alert for your log. It was the Year 4 class iPads during the research lesson on the human body (skeleton and muscles). I've checked with Zoë: a couple of the boys typed "boobs" and then "sex" into the search bar while they were supposed to be looking up the ribcage. Nothing loaded, the filter blocked both, and Zoë spoke to them straight away.

I don't think there's a wider concern, but I'll do a quick online safety recap with 4L next week. Logged on CPOMS.

Lukas

-----Original Message-----
From: Filtering Alerts <alerts@webfilter.example.com>
Sent: 13 March 2025 10:52
To: Lukas Nowak <l.nowak@example-school.org.uk>
Subject: Filtering alert - Example School

Device: Y4-iPad-07   User: (shared device)
10:41:12  search  "boobs"   category: Adult   action: BLOCKED
10:41:30  search  "sex"     category: Adult   action: BLOCKED
""", note="hard negative: web filter alert forwarded to DSL quoting pupil searches")

# everyday: Y6 transition to secondary
M("clean", "y6_transition_secondary", st("whitlock"), [("Year 7 Transition", "transition@parkside-academy.example.org")], "Transition information - Example School Year 6",
  D("2025-06-10 12:50"), mailer=OUTLOOK,
  body="""Hi Anna,

Thanks for the visit yesterday, the children loved meeting you. As promised, I've uploaded the transition forms for our 22 pupils coming to Parkside to the secure portal, including the SEN information Aisha has added and the friendship requests for tutor groups.

A few quick notes:
- Three children are really anxious about the move; I've flagged them and they'd benefit from the extra visit day in July if you're running it again.
- One pupil has a new medical care plan (epilepsy). The school nurse has a copy and I've added it to the portal.
- Parents have asked whether the uniform shop will be open on the induction day.

Let me know if you need anything else before the induction days.

Dan Whitlock
Year 6 Teacher
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", note="everyday: Year 6 transition info to secondary school")

# hard negative: Dick Whittington panto
M("clean", "dick_whittington_panto", st("denton"), [JANE, SAM, ALI], "PTA panto trip – Dick Whittington tickets",
  D("2025-11-03 20:30"), fmt="alt", html_style="gmail",
  body="""Hi everyone,

The PTA has booked a block of seats for the family panto trip - this year it's Dick Whittington at the Grand on Saturday 13th December, the 2pm matinee.

Tickets are £16 for adults and £12 for children (the PTA is covering the rest), and we have 120 seats. First come, first served through the PTA shop on the app, from 7pm on Wednesday.

We'll meet in the theatre foyer at 1.30. Children must be with their own grown-up - it's a family trip, not a school trip.

Oh yes it is!

Claire
PTA staff link
""", note="hard negative: Dick Whittington pantomime")

# hard negative: anti-bullying week planning
M("clean", "anti_bullying_week", st("rahman"), [st("staffroom")], "Anti-Bullying Week - language we hear",
  D("2025-11-07 15:05"), fmt="alt", mailer=OUTLOOK,
  body="""Hi all,

Thank you for filling in the quick survey about the language children use with each other. The most common things you reported hearing were:

- "gay" used to mean rubbish ("that's so gay") - reported in every KS2 class
- "you throw like a girl" and "girls can't play football" - Year 3 and 4, mostly at lunchtime
- "spastic" and "retard" - a small number of reports in Upper KS2, usually copied from online games
- name-calling about weight and appearance

For Anti-Bullying Week, the trust has provided lesson plans for each phase. Please teach the "Words Matter" lesson in the week beginning 17th November. Each lesson explains why these words are hurtful and who they hurt, rather than just banning them, and children are encouraged to report what they hear.

Resources are in Staff Shared > PSHE > Anti-Bullying Week 2025.

Aisha
SENCo and PSHE Lead
""", note="hard negative: staff-only survey of prejudiced language pupils use, quoted [unsure]")


# =====================================================================================
README = """# Round 24 hold-out corpus: obscene-language (BLIND)

**Blind test data: never use it for tuning.** These messages were written without looking at
mailguard's code, rules, tests or docs, and without running mailguard. They are there to measure
the filter on mail nobody tuned it against. Do not change rules to make these pass; if you look at
failures, write new, separate cases for development.

## What it is

{total} complete RFC 5322 e-mail messages (`.eml`) that staff at a fictional three-form-entry primary
school (ages 4-11, part of a multi-academy trust, with a PTA, wraparound care and clubs run by outside
providers) might send, labelled by the intent of the school's electronic communications policy
("use obscene language or swear words ... inappropriate comments which could cause offence ... on the
grounds of gender, race, disability, age, religion or sexual orientation"), as a designated
safeguarding lead would judge them.

- `flag`: the staff author's own words (subject, body or a text attachment) contain swearing or a
  slur, plain or disguised.
- `clean`: everything else, including hard negatives that a naive word filter would wrongly flag.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space-separated).
Judgement calls are marked `[unsure]` in the note.

## How it was made / how to regenerate

Generated by `../make_round24_obscene.py` (Python 3.11, standard library only). Dates,
Message-IDs and MIME boundaries are fixed, so the output is byte-identical on every run:

    python3 tests/holdout/round24/make_round24_obscene.py

All names, addresses and phone numbers are fictional (Ofcom drama ranges; example.com/.org/.net for
outside organisations). The only parent addresses used are the three in `directory/parents.csv`.

## Counts

| expected | kind | count |
|---|---|---|
{table}
| **total** | | **{total}** |

## Kinds of case

Flags:
- plain swearing in staff-to-staff venting (bollocks, bellend, arsehole, twat, "pissing about", fucked)
- a staff member who is also a parent swearing to a parent friend; a teacher swearing at pupils
- slurs: disability ("retard"), race/ethnicity ("pikeys"), sexual orientation ("poofter"), gender ("silly bitch")
- a swear word only in a `.txt` attachment; a base64 body; a swear word only in an RFC 2047 encoded subject
- disguised: asterisk masks, symbol masks (sh!t, b@stards), leetspeak, letters split by dots/hyphens,
  repeated letters, Cyrillic/Greek homoglyphs, full-width letters, zero-width spaces, a word split by
  HTML tags plus an HTML character entity, a quoted-printable soft line break inside a slur

Clean, everyday (half): newsletters, trip letters with PDF forms, reading-book replies, attendance,
wraparound bookings, club providers, PTA, trust data returns, minutes, cover, reports, pupil homework mail.

Clean, hard negatives (half): place names (Scunthorpe, Penistone, Cockermouth, Clitheroe, Sussex,
Twatt, Shitterton), surnames (Cockburn, Hancock, Wankhede, Dickens), a VE Day menu (faggots,
spotted dick), birds (tits, woodcock, boobies), Reception chicks (cocks), RSE puberty letter,
Uranus / Lake Titicaca, King Cnut, Shakespeare quotations, RE, German words, a SENCo note about an
outdated term in a historic report, safeguarding and racist-incident reports quoting a pupil verbatim
to the DSL, a web-filter alert, staff discussing the behaviour policy and anti-bullying language,
polite replies where the abuse is only in the parent's quoted text, Dick Whittington panto.
"""


def kind(m):
    n = m["note"]
    if m["label"] == "flag":
        return "disguised" if n.startswith("disguised") else "plain / slur"
    return "hard negative" if n.startswith("hard negative") else "everyday"


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(render(i, m))
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {}
    for m in MSGS:
        k = (m["label"], kind(m))
        counts[k] = counts.get(k, 0) + 1
    table = "\n".join(f"| {l} | {k} | {c} |" for (l, k), c in sorted(counts.items()))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MSGS), table=table))
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
