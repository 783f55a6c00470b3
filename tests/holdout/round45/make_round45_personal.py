#!/usr/bin/env python3
"""Generate the round-45 BLIND hold-out corpus for the personal-address-to-parent module.

Setting: an Orthodox Jewish voluntary-aided primary school in north Manchester.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library only;
fully deterministic (fixed dates, Message-IDs and MIME boundaries), so running it twice
gives byte-identical files.

Blind: written without reading the filter's code, rules or tests. Never tune on it.
"""

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

def S(local):
    return f"{local}@{SCHOOL}"


STAFF = {
    "rosenberg": ("Chaya Rosenberg", S("c.rosenberg")),          # Headteacher
    "feldman": ("Rabbi Yossi Feldman", S("y.feldman")),          # Menahel, Limudei Kodesh
    "goldberg": ("Morah Rivka \u2013 Reception", S("r.goldberg")),  # Reception teacher
    "katz": ("Esther Katz", S("e.katz")),                        # Year 2 teacher
    "friedman": ("Friedman, Leah", S("l.friedman")),             # Year 4 teacher (chol)
    "senco": ("Devorah Stern (SENCo)", S("senco")),              # SENCo
    "office": ("Example School Office", S("office")),            # Mrs Malka Weiss
    "levy": ("David Levy", S("d.levy")),                         # Business manager
    "dsl": ("Shoshana Adler", S("dsl")),                         # Deputy head & DSL
    "adler": ("Shoshana Adler", S("s.adler")),
    "attendance": ("Attendance \u2013 Example School", S("attendance")),  # Mrs Sarah Cohen
    "schwartz": ("Bracha Schwartz", S("b.schwartz")),            # Nursery lead
    "gross": ("Rabbi Mendel Gross", S("m.gross")),               # Year 6 boys' rebbe
    "halpern": ("Perel Halpern", S("p.halpern")),                # TA Year 1
    "green": ("Jonathan Green", S("j.green")),                   # PE / sports coach
    "kitchen": ("Faigy Lieberman", S("kitchen")),                # Catering manager
    "kahan": ("Kahan, Miriam", S("m.kahan")),                    # Year 5 girls' teacher
    "shapiro": ("Daniel Shapiro", S("d.shapiro")),               # Computing lead
    "it": ("IT Support", S("it")),
    "braun": ("Hindy Braun", S("h.braun")),                      # Year 3 teacher
    "rubin": ("Gitty Rubin", S("g.rubin")),                      # Family liaison officer
    "berger": ("\u05de\u05d5\u05e8\u05d4 \u05e6\u05d9\u05e8\u05dc Tzirel Berger", S("t.berger")),  # Year 1 kodesh
    "mandel": ("Avi Mandel", S("a.mandel")),                     # Site manager
    "hr": ("Ruth Engel", S("hr")),                               # HR & admin
    "klein": ("Shani Klein", S("s.klein")),                      # Year 6 girls' teacher
    "jacobs": ("Rabbi Shmuel Jacobs", S("s.jacobs")),            # Year 4 boys' rebbe
    "fischer": ("Fischer, Breindy", S("b.fischer")),             # Year 1 teacher
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]

STAFFLIST = ("All Staff", S("staff"))


def P(local, name):
    return (name, f"{local}@{PUPILS}")


Y6_BOYS = [P("18ybernstein", "Yehuda Bernstein"), P("18mlowy", "Menachem Lowy"),
           P("18sdeutsch", "Shmuli Deutsch")]


def st(key):
    return STAFF[key]


# --------------------------------------------------------------------------------------
# MIME building (by hand, so that every byte is under our control)
# --------------------------------------------------------------------------------------

def _encode(payload: bytes, cte: str) -> bytes:
    if cte == "7bit":
        payload.decode("ascii")  # must be ASCII
        out = payload
    elif cte == "8bit":
        out = payload
    elif cte == "quoted-printable":
        out = quopri.encodestring(payload)
    elif cte == "base64":
        out = base64.encodebytes(payload)
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    for line in out.split(b"\n"):
        assert len(line) <= 998, "line too long"
    return out


def leaf(ctype, payload, cte, extra=()):
    """A single body part: (list of header lines, encoded body bytes)."""
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    hdrs.extend(extra)
    return (hdrs, _encode(payload, cte))


def multipart(subtype, boundary, parts):
    hdrs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    buf = io.BytesIO()
    for ph, pb in parts:
        buf.write(f"--{boundary}\n".encode())
        buf.write(("\n".join(ph) + "\n\n").encode("utf-8"))
        buf.write(pb)
    buf.write(f"--{boundary}--\n".encode())
    return (hdrs, buf.getvalue())


def enc_header(name, value):
    """RFC 2047-encode a header value only when it is not ASCII."""
    try:
        value.encode("ascii")
        return f"{name}: {value}"
    except UnicodeEncodeError:
        h = Header(value, "utf-8", header_name=name, maxlinelen=76)
        return f"{name}: " + h.encode(linesep="\n")


def addr(pair):
    name, a = pair
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def addr_header(name, pairs):
    items = [addr(p) for p in pairs]
    line = f"{name}: " + ", ".join(items)
    if len(line) <= 78:
        return line
    return f"{name}: " + ",\n\t".join(items)


# --------------------------------------------------------------------------------------
# Text -> HTML, in the manner of Outlook or Gmail
# --------------------------------------------------------------------------------------

def to_html(text, style):
    blocks = text.strip("\n").split("\n\n")
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip(" "), quote=False) for l in lines)
            if style == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           f"{inner}</blockquote>")
            else:
                out.append(f'<div style="border-left:solid #CCCCCC 1.0pt;padding-left:6pt">{inner}</div>')
            continue
        if lines[0].startswith("____") or lines[0].startswith("-----Original"):
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            lines = lines[1:]
            if not lines:
                continue
        inner = "<br>\n".join(html.escape(l, quote=False) for l in lines)
        if style == "gmail":
            out.append(f"<div>{inner}</div><div><br></div>")
        else:
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    body = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f"{body}\n</div>\n</body>\n</html>\n")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

def uk_date(y, mo, d, h, mi, s=0):
    naive = dt.datetime(y, mo, d, h, mi, s)
    # British Summer Time: last Sunday in March to last Sunday in October (01:00 UTC)
    def last_sunday(year, month):
        d0 = dt.date(year, month, 31)
        return d0 - dt.timedelta(days=(d0.weekday() + 1) % 7)
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1, 0))
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1, 0))
    off = 1 if start <= naive < end else 0
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

def fake_pdf(lines):
    """A small but well-formed one-page PDF with the given text lines."""
    text_ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({safe}) Tj T*")
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
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def att(filename, ctype, data, cte="base64", inline=False):
    return {"filename": filename, "ctype": ctype, "data": data, "cte": cte, "inline": inline}


# --------------------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------------------

MSGS = []


def M(label, slug, frm, to, subject, date, body, note, *, cc=(), fmt="plain", cte="7bit",
      html_cte="quoted-printable", style="outlook", html_sub=(), html_body=None,
      attachments=(), reply_to=None, reply=False, mailer=None, extra_headers=()):
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc), subject=subject,
                     date=date, body=body, note=note, fmt=fmt, cte=cte, html_cte=html_cte,
                     style=style, html_sub=list(html_sub), html_body=html_body,
                     attachments=list(attachments), reply_to=reply_to, reply=reply,
                     mailer=mailer, extra_headers=list(extra_headers)))



# ---- 001 --------------------------------------------------------------------------------
M("clean", "yom_tov_closure_dates", st("office"), PARENTS,
  "Yom Tov closure dates \u2013 Tishrei 5785", uk_date(2024, 10, 1, 11, 20),
  """\u05d1\u05e1\u05f4\u05d3

Dear Parents,

As we come into the Yomim Tovim, please note the school closure dates for Tishrei:

Rosh Hashanah \u2013 school closed Thursday 3rd and Friday 4th October. Erev Rosh Hashanah (Wednesday 2nd) is a 12.30pm finish for Years 1\u20136; Nursery and Reception finish at 12 noon.

Yom Kippur \u2013 school closed Friday 11th October.

Sukkos \u2013 school closes at 12.30pm on Tuesday 15th October and reopens on Monday 28th October. There is no school over Chol Hamoed.

Please make sure any outstanding dinner money is paid before the break. The office will be closed over Chol Hamoed; if something is urgent, e-mail office@example-school.org.uk and we will pick it up as soon as we are back.

Wishing all our families a kesivah vachasimah tovah and a gut gebentched yohr.

Mrs M Weiss
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", "everyday: office yom tov closure dates, school number only",
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 002 --------------------------------------------------------------------------------
M("flag", "reception_teacher_mobile", st("goldberg"), [JANE],
  "Moishy this morning", uk_date(2024, 9, 9, 16, 47),
  """Dear Mrs Parent,

Just a quick note to let you know Moishy was absolutely fine about ten minutes after you left. He cried at the door, but by the time we were saying the morning brachos he was sitting next to Yitzchok and joining in, and at playtime he was on the bikes with a big smile. It's very normal in the first couple of weeks, especially with a new baby at home, so please don't worry.

A couple of things that usually help: a short goodbye at the gate rather than coming into the classroom, and if you can send in a small photo of the family for his tray, he can look at it when he misses you.

I know drop-off is a rush with all the others, so if you want to talk it through properly, give me a ring this evening - my mobile is 07700 900312. I'm usually free once my own are in bed, about 8ish.

Morah Rivka
Reception
""", "reception teacher gives own mobile to parent, plain text")

# ---- 003 --------------------------------------------------------------------------------
M("clean", "winter_friday_timetable", st("office"), PARENTS,
  "Winter Friday timetable and lunches from 8th November", uk_date(2024, 10, 31, 9, 5),
  """Dear Parents,

The clocks have gone back and Shabbos is coming in earlier, so from Friday 8th November we move to the winter Friday timetable:

- Nursery and Reception: finish 12.15pm
- Years 1 to 6: finish 12.45pm
- From Friday 6th December to Friday 24th January (the shortest Fridays) all classes finish at 12.15pm

There is no hot lunch on Fridays while the winter timetable runs. Please send a small snack; children on free school meals will be given a roll and fruit by the kitchen.

Lunch prices for the rest of the term stay at \u00a32.60 a day (\u00a313.00 a week). The total for 11th November to 19th December is \u00a372.80, as there are no hot lunches on Fridays. Please pay by Friday 15th November.

Please be on time on Fridays. Staff need to be home well before candle-lighting (4.10pm on 8th November, about 3.35pm in mid-December), and we cannot keep children in school after 1.15pm.

Thank you for your co-operation, and a good Shabbos to everyone.

Malka Weiss
Office Manager
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", "hard negative: many times, dates and prices, school number only",
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 004 --------------------------------------------------------------------------------
M("clean", "nursery_first_week", st("schwartz"), [SAM],
  "Baila \u2013 spare clothes and a lovely first week", uk_date(2024, 9, 18, 15, 32),
  """Dear Mrs Carer,

Baila has had a lovely first full week with us. She\u2019s found the home corner and the playdough table and hasn\u2019t looked back \u2013 today she \u201cbaked challah\u201d for the whole class and gave everyone a piece!

Just a small request: could you pop a spare set of clothes in a named bag on her peg? We had a little accident with the water tray this morning and had to borrow a skirt from our spares. I\u2019ve put her wet things in a bag to go home. No rush to return the skirt.

Also a reminder that the whole nursery is nut-free, as we have two children with serious allergies. Please check snacks before they come in (some of the rugelach from the bakery on the main road contain almonds).

Have a good evening,
Morah Bracha
Nursery Lead, Example School
""", "everyday: nursery note to carer", fmt="plain", cte="base64")

# ---- 005 --------------------------------------------------------------------------------
M("clean", "attendance_readback_parent_mobile", st("attendance"), [JANE],
  "RE: Chaim absent today", uk_date(2024, 11, 12, 10, 5),
  """Dear Mrs Parent,

Thank you for letting us know. I tried to call you back on 07700 900123 at about 9.30 to check how Chaim is, but it went to voicemail, so I left a message. No need to ring back - I've marked him as ill for today and tomorrow.

If he's still unwell on Thursday, please let us know by 9am, either by email or by calling 01632 960000 and choosing option 1.

Refuah shleimah to him,

Sarah Cohen
Attendance Officer
Example School | Park Row, Leeds LS1 4AP | 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 12 November 2024 07:41
To: attendance@example-school.org.uk
Subject: Chaim absent today

Hi, Chaim (Year 4) has a temperature and was up half the night so I'm keeping him home today and probably tomorrow. You can reach me on my mobile 07700 900123 if you need anything, I'm home all day with him.
Thanks
Jane Parent

Sent from my iPhone
""", "hard negative: parent's own mobile read back and quoted", reply=True,
  mailer="Microsoft Outlook 16.0")

# ---- 006 --------------------------------------------------------------------------------
M("clean", "year2_newsletter_vayeitzei", st("katz"), PARENTS,
  "Year 2 news - Parshas Vayeitzei", uk_date(2024, 12, 6, 9, 12),
  """Dear Year 2 Parents,

What a busy week! In chol we finished our topic on the Great Fire of London, and the girls wrote wonderful diary entries as Samuel Pepys. Some of them are up on the display outside the classroom, so do have a look at pickup.

Spellings for next week (test on Thursday): because, people, water, could, would, should, again, half, money, Mr. Please practise a few minutes each night rather than all on Wednesday!

Maths: we are moving on to the two times table. A good game for the car is counting in twos from any number ("start at 14...").

Chanukah: on Thursday 19th December each child will make a menorah in class. Please send in ten clean bottle tops in a named bag by Monday 16th. Please don't send in oil, candles or matches.

A reminder that Friday is a 12.15 finish for the next few weeks. The children are very tired by the end of the week, and the earlier bedtimes really do help.

Have a good Shabbos,
Mrs Katz
Year 2
""", "everyday: class newsletter", fmt="alt", cte="7bit", html_cte="7bit", style="gmail")

# ---- 007 --------------------------------------------------------------------------------
M("flag", "rebbe_signature_personal_mobile", st("feldman"), [ALI],
  "Yanky - Chumash", uk_date(2025, 1, 15, 14, 20),
  """Dear Mr Guardian,

I wanted to drop you a line about Yanky. He has really taken off in Chumash this term. He knows the pesukim of Parshas Shemos almost by heart, and when we were learning about the sneh he asked a kasha that the whole class was still talking about at lunchtime. Please tell him I said so; a bit of chizuk from home goes a long way.

The one thing to work on is writing. In his Chumash book the answers are often one or two words. I'd like him to start writing full sentences, and five minutes a night with you or an older sibling looking over it would make a big difference.

We have the Parsha test on Thursday. If you'd like to discuss anything, I'm around most evenings after Maariv.

Kol tuv,

Rabbi Y. Feldman
Menahel - Limudei Kodesh
Example School
Mobile (personal): 07700 900 587
Office: 01632 960000
""", "personal mobile in the signature; &nbsp; between digit groups in the HTML part",
  fmt="alt", cte="7bit", style="outlook",
  html_sub=[("Mobile (personal): 07700 900 587",
             "Mobile&nbsp;(personal):&nbsp;07700&nbsp;900&nbsp;587")],
  mailer="Microsoft Outlook 16.0")

# ---- 008 --------------------------------------------------------------------------------
M("clean", "esafety_newsletter_apps", st("shapiro"), PARENTS,
  "Keeping children safe online - a note for parents", uk_date(2025, 2, 3, 12, 40),
  None, "hard negative: e-safety advice naming WhatsApp/TikTok/Snapchat, no invitation; HTML-only",
  cc=[("Chaya Rosenberg", S("c.rosenberg"))], fmt="html", html_cte="quoted-printable",
  html_body="""<html><head><meta charset="utf-8"><title>Online safety</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#1f3a5f;color:#fff;padding:14px 20px;font-size:20px">Example School &ndash; Online Safety</td></tr>
<tr><td style="padding:18px 20px">
<p>Dear Parents,</p>
<p>It is Safer Internet Day next week, and we want to share a few things we have been hearing in school.</p>
<p>Many of our children don&rsquo;t have devices of their own, which is wonderful. But they do come across phones and tablets at cousins&rsquo; houses, at simchas and on long car journeys to grandparents. Over the last month several children in Years&nbsp;4&ndash;6 have told staff about videos they have seen on TikTok and YouTube, and some have been added to WhatsApp groups by older children they don&rsquo;t know.</p>
<p><b>A few reminders</b></p>
<ul>
<li>WhatsApp, Snapchat, Instagram and TikTok all have a minimum age of 13. None of them is suitable for primary-age children.</li>
<li>If your child has been added to a group chat, look at it together, then leave the group and report anyone sending unkind or inappropriate messages.</li>
<li>Filters help, but they are not enough on their own. Keep devices in shared rooms and out of bedrooms.</li>
<li>Children should never share their address, school or phone number online, or agree to meet someone they have only talked to online.</li>
<li>No member of staff will ever ask your child to contact them on WhatsApp, social media or a personal phone. If that ever happens, please tell us straight away.</li>
</ul>
<p>We are holding a short parents&rsquo; session (in English and Yiddish) on <b>Wednesday 12th February at 7.30pm</b> in the school hall, with a local technology filtering adviser. Separate seating.</p>
<p>If you are worried about something your child has seen or been sent, please contact our Designated Safeguarding Lead, Mrs Adler, at <a href="mailto:dsl@example-school.org.uk">dsl@example-school.org.uk</a> or through the school office on 01632&nbsp;960000.</p>
<p>With thanks,<br>Mr D Shapiro<br>Computing Lead</p>
</td></tr>
<tr><td style="background:#f2f2f2;padding:10px 20px;font-size:11px;color:#666">Example School &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</body></html>
""")

# ---- 009 --------------------------------------------------------------------------------
M("clean", "mishnayos_homework_pupils", st("gross"), Y6_BOYS,
  "Mishnayos homework - Bava Kamma perek 2", uk_date(2024, 11, 17, 19, 34),
  """Boys,

Well done on today's chazara, especially the back row, who have clearly been learning with their fathers.

For Tuesday please:

1. Learn mishna 2 and 3 of the second perek with a parent or an older brother.
2. On Google Classroom there is a sheet with six questions. Answer them in full sentences (English or Hebrew, but neatly please).
3. Bring your Mishnayos back to school! Three of you left them in the beis medrash on Thursday and I have them on my desk.

If you can't open the sheet on Classroom, don't worry, there will be printed copies on my desk on Monday morning.

Rabbi Gross
""", "everyday: rebbe homework mail to Year 6 pupils", fmt="alt", cte="7bit", html_cte="7bit",
  style="gmail")

# ---- 010 --------------------------------------------------------------------------------
M("clean", "year5_trip_school_mobile", st("kahan"), PARENTS,
  "Year 5 trip to the science museum \u2013 Thursday", uk_date(2025, 3, 3, 15, 50),
  """Dear Parents,

Just a few final details for Thursday\u2019s Year 5 trip.

We will leave school at 9.15am by coach and aim to be back by 2.45pm. The girls should be in full school uniform with a warm coat and sensible shoes. Please send a packed lunch (milchig or pareve only, no meat \u2013 we will be eating in the museum\u2019s picnic room), a drink and a small snack. No money, please.

On the day, if you need to reach the group, please ring the school trip mobile on 07700 900050. This is a school phone and it will be with me all day. Please keep it for urgent things, as we\u2019ll be busy counting heads! For anything else, call the office on 01632 960000.

Mrs Ehrentreu and Mrs Halpern are coming with us, and we still have room for one more mother as a helper. Please let me know by Tuesday if you can come.

Many thanks,
Mrs M Kahan
Year 5 Teacher
Example School, Park Row, Leeds LS1 4AP
""", "hard negative: school-owned trip mobile stated as such", cc=[st("office")],
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 011 --------------------------------------------------------------------------------
M("flag", "teacher_gmail_over_chanukah", st("katz"), [SAM],
  "Chaya Sara's reading over Chanukah", uk_date(2024, 12, 19, 20, 15),
  """Dear Mrs Carer,

Thank you for coming in today, it was really helpful to talk. As promised, here are a few ideas to keep Chaya Sara\u2019s reading going over the holidays without it turning into a battle:

\u2022 Ten minutes a day is plenty. Little and often works much better than a long session once a week.
\u2022 Let her choose \u2013 comics, recipe books, the back of the cereal box, it all counts.
\u2022 Ask her to read the Chanukah story to Baila. She loves being the big sister and concentrates much harder when she has an audience.

I\u2019ve put two new library books and the phonics sheet we looked at in her bag.

I know things are hard at home at the moment, so if anything comes up over the break please don\u2019t wait until January. My school email doesn\u2019t come through on my phone, so the easiest thing is to email me at estherkatz84@gmail.com and I\u2019ll see it straight away.

A freilichen Chanukah to you all,
Esther Katz
""", "teacher gives personal gmail to carer for the holidays; quoted-printable",
  cte="quoted-printable")

# ---- 012 --------------------------------------------------------------------------------
M("clean", "safeguarding_briefing_notes_staff", st("dsl"), [STAFFLIST],
  "Notes from Monday's safeguarding briefing", uk_date(2024, 11, 5, 16, 30),
  """Dear all,

Thank you for staying on for the briefing yesterday. For anyone who missed it (and for the file), the main points:

1. Lanyards. Please wear yours at all times, including on Sunday mornings and at the Friday early finish. Visitors without a red visitor lanyard should be walked to the office.

2. Friday dismissal. From this week Nursery and Reception leave by the side gate and everyone else by the main door. No child goes home with anyone not on their collection list without a phone call from the office to the parent first.

3. Recording concerns. Anything, however small, goes on the safeguarding log the same day. Please don't write it on a post-it and leave it on my desk. If it is serious, come and find me or Mrs Rosenberg straight away.

4. Photos. Only on school iPads, never on your own phone, and no photos of the children in costume for Purim to go on anyone's status. We had an issue last year.

5. Parents and phones. Several of you have said parents from shul are messaging you directly. Please don't reply from your own phone; pass it to the office and they will deal with it. If someone is persistent, tell me.

The next briefing is on Monday 2nd December.

Shoshana Adler
Deputy Head & DSL
""", "everyday: staff-only safeguarding briefing notes")

# ---- 013 --------------------------------------------------------------------------------
M("clean", "rebbe_declines_personal_number", st("feldman"), [ALI],
  "Re: Avrumi's kriah", uk_date(2025, 2, 16, 10, 25),
  """Dear Mr Guardian,

Thank you for your message, and for the kind words after davening on Shabbos.

You asked if you could have my mobile number so you can call me directly about Avrumi. I hope you'll understand that I can't give it out. The school asks all of us not to use our own phones with parents, and it protects everyone, even when we all know each other from the community. Please call the office on 01632 960000 and ask for me; if I'm teaching they will take a message and I'll ring you back the same day from school. Or just reply here.

On Avrumi: he's moved up to the next kriah group and is reading with nekudos quite fluently now. The sheva is still tripping him up, so I'll send home a sheet of practice words next week.

Kol tuv,
Rabbi Y. Feldman

On Thu, 13 Feb 2025 at 21:47, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Dear Rabbi Feldman,
> Thanks again for everything you're doing with Avrumi. Could you send me your mobile number? It's hard for me to email during the day and I'd rather give you a quick call in the evening.
> Ali Guardian
""", "hard negative: staff refuses to give personal number, points to office", reply=True)

# ---- 014 --------------------------------------------------------------------------------
M("clean", "spring_lunch_menu", st("kitchen"), PARENTS,
  "Spring term lunch menu", uk_date(2025, 1, 8, 11, 2),
  """Dear Parents,

Here is the lunch menu for the spring term. All food is cooked on site in our fleishig kitchen under the supervision of the Beth Din, and the menu runs on a two-week cycle.

Week 1
Monday - chicken schnitzel, potato kugel, coleslaw
Tuesday - spaghetti bolognese, green salad
Wednesday - chicken soup with lokshen, roast chicken, rice
Thursday - meatballs, mashed potato, peas and sweetcorn

Week 2
Monday - schnitzel strips in a wrap, wedges, cucumber
Tuesday - beef stew with barley, bread
Wednesday - chicken soup with kneidlach, chicken pie
Thursday - turkey burgers, potato salad, carrot sticks

There is no hot lunch on Fridays until the end of January.

A vegetable option and fresh fruit are available every day. If your child has an allergy or a special diet that we don't know about yet, please ask the office for a dietary form, and I will go through it with you.

Faigy Lieberman
Catering Manager, Example School
""", "everyday: kitchen menu", fmt="alt", cte="7bit", html_cte="7bit", style="outlook",
  mailer="Microsoft Outlook 16.0")

# ---- 015 --------------------------------------------------------------------------------
M("flag", "rebbe_whatsapp_group_pupils", st("gross"),
  Y6_BOYS + [P("18ahorowitz", "Aron Horowitz")],
  "Mishnayos chazara competition!!", uk_date(2025, 1, 23, 16, 5),
  """Boys,

The big Mishnayos chazara competition starts next week. Every boy who can say over the whole of perek 2 by heart by Rosh Chodesh Adar gets a prize, and the top three get a day out with me to the ice rink.

To make it easier I'm setting up a WhatsApp group for the class, so I can send you voice notes of each mishna and you can send me a recording when you've learned it. Ask your father or mother to text me on 07700-900-384 from their phone (or yours if you have one) and I'll add you tonight.

Hatzlacha!
Rabbi Gross
""", "rebbe invites Year 6 pupils to WhatsApp group and gives own mobile (hyphens)")

# ---- 016 --------------------------------------------------------------------------------
M("clean", "hr_new_starter_details", st("hr"),
  [("Chaya Rosenberg", S("c.rosenberg")), ("David Levy", S("d.levy"))],
  "New starter - Mrs Ehrentreu (TA, Year 5)", uk_date(2024, 8, 26, 13, 15),
  """Dear Mrs Rosenberg, dear David,

Please find below the details for our new TA, who starts on Monday 2nd September. I've set her up on payroll and the single central record, and the enhanced DBS came back clear on Friday.

Name: Mrs Nechama Ehrentreu
Role: Teaching Assistant, Year 5 (0.8 FTE, Mon-Thu and Friday mornings)
Home address: 6 Larkhill Gardens, Prestwich, Manchester M25 9QX
Personal mobile: 07700 900938
Personal email: n.ehrentreu@hotmail.co.uk
Emergency contact: Mr Yisroel Ehrentreu (husband), 07700 900939
DBS certificate no: 001781234567, issued 14/08/2024
References: both received and filed.

Malka, could you please sort out her lanyard, school email address and a fob for the side gate? Daniel will need to set up her laptop login before the INSET day.

Please don't forward these details beyond SLT and the office.

Thanks,
Ruth Engel
HR & Admin
Example School
""", "hard negative: staff-only HR mail with a new starter's personal details",
  cc=[st("office")])

# ---- 017 --------------------------------------------------------------------------------
M("clean", "story_feedback_pupil", st("kahan"), [P("19bmarkovitz", "Baila Markovitz")],
  "Your story - brilliant!", uk_date(2025, 2, 4, 16, 12),
  """Dear Baila,

I've just finished reading "The Lost Key" and I had to write straight away to tell you how much I enjoyed it. The bit where Malky hears footsteps on the stairs and it turns out to be her Zaidy looking for his glasses made me laugh out loud in the staffroom!

Two things to think about for your next draft:
- Start a new paragraph every time the speaker changes. You have lots of great dialogue, but at the moment it all runs together.
- Your ending is a bit sudden. Could Malky find the key in a way that links back to something earlier in the story?

Please make the changes on the same Google Doc (not a new copy) by Monday.

Well done,
Mrs Kahan
""", "everyday: teacher feedback to pupil", fmt="alt", cte="7bit", html_cte="7bit",
  style="gmail")

# ---- 018 --------------------------------------------------------------------------------
M("clean", "year6_outing_coach_company", st("klein"), PARENTS,
  "Year 6 outing - coach times", uk_date(2025, 6, 9, 14, 30),
  """Dear Parents,

Final arrangements for the Year 6 girls' end-of-year outing on Tuesday 17th June:

Coaches: we are using Broadway Coaches again this year. The coach will be outside the girls' entrance at 8.15am and will leave at 8.30am sharp. We expect to be back at about 5.30pm, traffic permitting. If we are running late, the office will text you.

If you need to contact the coach company after the trip (for example if your daughter left something on the coach), their office number is 0161 496 0712. Please quote our booking reference BC-25117.

Cost: \u00a318 per child, which covers the coach and entrance. Please pay through the school payment system by Thursday 12th June. If this is difficult, please speak to Mrs Rubin in confidence.

Packed lunch, a drink, sun cream and a hat please. No phones or cameras; we will take plenty of photos on the school iPads.

Kind regards,
Mrs S Klein
Year 6 Girls' Class Teacher | Example School | 01632 960000
""", "hard negative: coach company phone and booking reference",
  cc=[("Rabbi Mendel Gross", S("m.gross"))], fmt="alt", cte="quoted-printable",
  style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 019 --------------------------------------------------------------------------------
M("clean", "ehcp_annual_review_dates", st("senco"), [SAM],
  "Dovi \u2013 EHCP annual review", uk_date(2024, 11, 14, 13, 45),
  """Dear Mrs Carer,

I\u2019m writing to arrange Dovi\u2019s EHCP annual review. The local authority needs it to take place before 20th December, so I\u2019d like to suggest either:

\u2022 Tuesday 3rd December at 9.15am, or
\u2022 Thursday 5th December at 2.00pm

Both meetings will be in the small meeting room by the office and should take about an hour. Mrs Halpern, who works with Dovi every day, will join us, and I have invited his speech and language therapist, who may join online.

Before the meeting I\u2019ll send home a short form asking for your views and Dovi\u2019s \u2013 what is going well, what worries you, and what you would like him to be able to do by the end of Year 2. It\u2019s really helpful if you can fill it in with him; even a few words in his own voice are valuable.

If neither date works, just let me know and we\u2019ll find another.

Kind regards,
Mrs D Stern
SENCo
Example School, Park Row, Leeds LS1 4AP \u00b7 01632 960000
""", "everyday: SENCo arranges EHCP review", cc=[("Perel Halpern", S("p.halpern"))],
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 020 --------------------------------------------------------------------------------
M("flag", "coach_own_phone_html_nbsp", st("green"), [JANE, ALI],
  "Football tournament on Sunday - Chaim and Yanky", uk_date(2025, 3, 26, 18, 22),
  None, "PE coach gives own mobile in HTML-only mail, digits joined by &nbsp;",
  fmt="html", html_cte="quoted-printable",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
<p>Dear Mrs Parent and Mr Guardian,</p>
<p>Great news &ndash; Chaim and Yanky have both been picked for the Year&nbsp;4 team for the inter-school football tournament this Sunday (30th March) at the sports centre in Broughton. Our first match kicks off at 10am and we should be finished by about 1pm.</p>
<p>Please have the boys there for 9.30am in school PE kit with shin pads. Bring plenty of water and a pareve snack &ndash; there is nothing on sale there that they can eat.</p>
<p>I&rsquo;ll be going straight there from home rather than from school, so if you&rsquo;re running late or can&rsquo;t find us, text or ring me on my own phone, <b>07700&nbsp;900&nbsp;641</b>, and I&rsquo;ll come out to the car park.</p>
<p>Thanks,<br>Coach Green</p>
<p style="font-size:9pt;color:#555">Mr J Green | PE &amp; Sport | Example School<br>Park Row, Leeds LS1 4AP | 01632&nbsp;960000</p>
</div></body></html>
""", mailer="Microsoft Outlook for iOS")

# ---- 021 --------------------------------------------------------------------------------
M("clean", "secondary_open_evenings_other_schools", st("klein"), [JANE],
  "Secondary school open evenings - Tova", uk_date(2024, 9, 9, 15, 58),
  """Dear Mrs Parent,

Thank you for asking about secondary open evenings for Tova. The dates I have so far are:

- Beis Chaya Girls' High School: Tuesday 1st October, 7.30pm. You don't need to book, but their admissions office (0161 496 0640, admissions@example.org) can answer questions about the entrance assessment.
- Kesser Torah Girls' High School: Wednesday 9th October, 7pm, at their building on Fernleigh Road, Salford M7 4ZT. This one is by booking only - ring Mrs Tauber in their office on 0161 496 0655.

The council's deadline for secondary applications is 31st October. Even if you are only applying to the independent schools, please do fill in the council form as well; we have had families caught out before.

I've told Tova I'm happy to help her prepare for the assessments, and we'll do some practice comprehension in class anyway.

Kind regards,
Mrs Klein
Year 6
Example School | 01632 960000
""", "hard negative: other schools' admissions numbers and address")

# ---- 022 --------------------------------------------------------------------------------
M("clean", "head_weekly_newsletter", st("rosenberg"), PARENTS,
  "Weekly newsletter \u2013 Parshas Va\u2019eira", uk_date(2025, 1, 24, 8, 30),
  """\u05d1\u05e1\u05f4\u05d3

Dear Parents,

From the Head\u2019s desk
In this week\u2019s parsha Moshe tells Hashem that he is \u201caral sefasayim\u201d \u2013 he finds speaking hard \u2013 and yet he is the one chosen to speak to Pharaoh. Our Year 3 girls talked about this on Tuesday and came up with a beautiful idea: the things we find hardest are sometimes exactly the things we are meant to do. Do ask your daughters about it over the Shabbos table.

Mazel tovs
\u2022 To the Guardian family on the birth of a baby boy.
\u2022 To Miss Friedman (Year 4) on her engagement!
\u2022 To the Year 1 boys, who have finished the whole alef-beis.

Attendance this week
Whole school 95.8%. Well done to Year 5 girls, 99.1%!

Reminders
\u2022 Tu B\u2019Shvat is on Thursday 13th February. Classes will have their own Tu B\u2019Shvat seder; teachers will let you know what to send in.
\u2022 Nit checks are back. Please check all the children\u2019s hair this Sunday, including the little ones who are not yet in school.
\u2022 Friday finish is still 12.15pm until the end of this month; from 31st January it moves back to 12.45pm.

Wishing you all a good Shabbos,

Mrs C Rosenberg
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
""", "everyday: headteacher's weekly newsletter", fmt="alt", cte="quoted-printable",
  style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 023 --------------------------------------------------------------------------------
M("clean", "zoom_workshop_meeting_id", st("senco"), PARENTS,
  "Online workshop: supporting speech and language at home", uk_date(2025, 3, 3, 12, 10),
  """Dear Parents,

Following several requests, our speech and language therapist will be running a short online workshop for parents of children in Nursery to Year 2 on Wednesday 12th March at 8.15pm. It lasts about 45 minutes, with time for questions at the end. Cameras can stay off.

We will look at simple games for the car and the Shabbos table, how to build vocabulary in more than one language (Yiddish, Hebrew and English at home is an advantage, not a problem!), and when to ask for extra help.

Join Zoom meeting
Meeting ID: 815 4427 9036
Passcode: 460193

To join by phone instead: 020 7946 0852 (standard rate), then enter the meeting ID followed by #.

If you would like to talk about your own child afterwards, please email me here and I will set up a time to meet in school.

Kind regards,
Mrs D Stern
SENCo
Example School | 01632 960000
""", "hard negative: Zoom meeting ID, passcode and dial-in number", fmt="alt", cte="7bit",
  html_cte="7bit", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 024 --------------------------------------------------------------------------------
M("flag", "teacher_plus44_whatsapp_from_israel", st("kahan"), [ALI],
  "Re: Parents' evening - Rivky", uk_date(2025, 3, 17, 21, 30),
  """Dear Mr Guardian,

Thanks for getting back to me so quickly. Unfortunately I\u2019ll be away for parents\u2019 evening on the 25th \u2013 we\u2019re flying to Eretz Yisroel for my nephew\u2019s chasuna, b\u2019ezrat Hashem, and I won\u2019t be back until the Thursday.

I don\u2019t want you to miss out on Rivky\u2019s meeting, especially with the maths worries we talked about, so I\u2019m happy to do it by phone while I\u2019m there. Israel is two hours ahead, so any time between 6 and 9pm your time is fine. My own number is +44 7700 900218 \u2013 WhatsApp is probably best, as calls can be patchy from there. Just send me a message with a time that suits you.

Mrs Kahan

On Mon, 17 Mar 2025 at 19:58, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Dear Mrs Kahan,
> We got the letter about parents' evening. My wife would like to come for Rivky but the 25th is difficult, is there any way of doing another time?
> Thanks, Ali Guardian
""", "teacher gives own mobile in +44 form and invites WhatsApp; 8bit reply",
  cte="8bit", reply=True)

# ---- 025 --------------------------------------------------------------------------------
M("clean", "attendance_three_children", st("attendance"), [ALI],
  "Attendance \u2013 Rivky, Yanky and Avrumi", uk_date(2025, 4, 2, 11, 40),
  """Dear Mr Guardian,

I\u2019m writing to all families at the end of each term with their children\u2019s attendance. This term\u2019s figures are:

Rivky (Year 5) \u2013 96.1%
Yanky (Year 4) \u2013 93.4%
Avrumi (Year 1) \u2013 89.7%

We completely understand that the last few months have been busy with the new baby, and most of Avrumi\u2019s absences were for illness, which is nobody\u2019s fault. I just wanted to let you know before it becomes a worry. Anything under 90% is something the local authority asks us to keep an eye on.

A reminder that school breaks up for Pesach at 12.30pm on Friday 11th April and reopens on Tuesday 22nd April, after Isru Chag. Please try not to take extra days either side; we are not able to authorise them.

If there is anything we can do to help in the mornings, Mrs Rubin would be very happy to talk it through with you.

Wishing you a kosher and freilichen Pesach,
Sarah Cohen
Attendance Officer
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", "everyday: attendance letter to father", fmt="alt", cte="quoted-printable",
  style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 026 --------------------------------------------------------------------------------
M("clean", "office_confirms_new_address", st("office"), [SAM],
  "Change of address - confirmed", uk_date(2024, 10, 8, 10, 12),
  """Dear Mrs Carer,

Thank you for filling in the change of details form. I have now updated our records for Chaya Sara, Dovi and Baila as follows:

Address: 41 Hazelbrook Avenue, Salford M7 4ZH
Home telephone: 0161 496 0473
Mobile: 07700 900456 (unchanged)
Email: sam.carer@outlook.com (unchanged)

Could you check these are right and let me know if anything is wrong? It's important that we can reach you quickly in an emergency.

As you are now a bit further away, do let us know if the children will be using the school bus. The Broughton Park route stops at the end of your road.

Many thanks,
Malka Weiss
Office Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""", "hard negative: office reads back the carer's own new address and phones")

# ---- 027 --------------------------------------------------------------------------------
M("clean", "business_manager_ordering_deadline", st("levy"), [STAFFLIST],
  "Budget ordering - deadline Friday 14th March", uk_date(2025, 2, 27, 9, 45),
  """Morning all,

We are coming up to the end of the financial year, so a few reminders about ordering:

- All orders for this year's budget must reach me by Friday 14th March. Anything after that will come out of next year's allocation.
- Orders over \u00a3500 need two quotes. Please attach them to the order form rather than sending them separately.
- Kodesh sefarim and Chumashim go through Rabbi Feldman, who has his own budget line.
- Please don't buy things on your own Amazon account and ask to be paid back. I can't reimburse it without an invoice in the school's name, and it makes a mess of the VAT.
- Petty cash receipts for this term by the end of next week, please, stapled to the claim form.

If you're not sure how much is left in your subject budget, pop into the office and I'll print it out for you.

Thanks,
David

David Levy
School Business Manager
""", "everyday: staff-only budget reminder", cte="8bit")

# ---- 028 --------------------------------------------------------------------------------
M("flag", "teacher_home_landline_brackets", st("braun"), [JANE],
  "Shira - a quick word", uk_date(2025, 2, 11, 17, 10),
  """Dear Mrs Parent,

I tried to catch you at pickup but you'd already gone with the little ones. Nothing to worry about. Shira had a bit of an upset at lunchtime with a couple of the girls and she was quite tearful this afternoon. It was all sorted out and they were playing together nicely by the end of the day, but she may want to talk about it tonight.

I know you said you'd rather have a phone call than an email, so please feel free to ring me at home this evening instead of waiting until tomorrow. Our number is (0161) 496 0382. If I'm putting the children to bed, my husband will take a message and I'll call you back.

Hindy Braun
Year 3
""", "teacher gives home landline (bracketed area code) to parent")

# ---- 029 --------------------------------------------------------------------------------
M("clean", "staff_melave_malka_at_home", st("katz"), [STAFFLIST],
  "Staff Melave Malka - Motzei Shabbos 1st February", uk_date(2025, 1, 20, 20, 40),
  """Hi everyone,

After last year's success we're doing the staff Melave Malka again! Motzei Shabbos 1st February, from 8.30pm, at ours: 31 Elmsworth Close, Prestwich M25 1ZQ.

Ladies only, so it's a chance to actually talk to each other without a class of 28 listening in. Please bring a milchig dish if you can; I'll do the soup and the famous cheesecake. Parking is easiest on the main road, as the close gets blocked very quickly.

Please text me on 07700 900349 by Thursday so I know numbers, or just reply here.

Esther
""", "hard negative: staff-only social invitation with home address and mobile")

# ---- 030 --------------------------------------------------------------------------------
M("clean", "reception_alef_beis_party", st("goldberg"), PARENTS,
  "Reception Alef-Beis Party \u2013 invitation", uk_date(2025, 2, 27, 14, 5),
  """\u05d1\u05e1\u05f4\u05d3

Dear Parents,

We are delighted to tell you that the Reception children have now learned all of the osiyos of the alef-beis, and we would love you to celebrate with us!

Our Alef-Beis Party will be on Tuesday 25th March at 10am in the school hall. Mothers and grandmothers are warmly invited. It will last about an hour, and the children have been practising their songs for weeks (you may have heard some of them at home already\u2026).

Please could the children come in their Shabbos clothes that day, and could each family send in a plate of pareve cake or biscuits on the Monday, labelled with the child\u2019s name.

The school photographer will take pictures, which we will send home. We ask parents not to take photos or videos on their phones during the party, as some families prefer their children not to appear online.

We look forward to seeing you there, b\u2019ezrat Hashem!

Morah Rivka and the Reception team
""", "everyday: reception party invitation", fmt="alt", cte="base64", html_cte="base64",
  style="gmail")

# ---- 031 --------------------------------------------------------------------------------
M("clean", "senco_hearing_clinic_referral", st("senco"), [ALI],
  "Avrumi - hearing test referral", uk_date(2024, 12, 4, 11, 25),
  """Dear Mr Guardian,

Thank you for coming in on Monday. As we discussed, Mrs Fischer has noticed that Avrumi often doesn't respond when he's spoken to from behind or across the classroom, and he has had a lot of ear infections this year. It is worth ruling out a hearing problem before we look at anything else.

The school nurse has now sent a referral to the children's audiology clinic at the North Manchester community health centre. They will write to you with an appointment, but if you haven't heard within three weeks you can ring their appointments line on 0161 496 0245 and quote referral number NMC-AUD-88213.

In the meantime Mrs Fischer has moved him to the front of the carpet and will make sure she has his attention before giving instructions.

If you would like to talk about any of this, please ring the school office on 01632 960000 and ask for me.

Kind regards,
Mrs D Stern
SENCo
Example School
""", "hard negative: NHS clinic appointments line and referral number")

# ---- 032 --------------------------------------------------------------------------------
M("flag", "teacher_reply_to_hotmail", st("friedman"), [JANE],
  "Chaim - homework and reading record", uk_date(2024, 9, 23, 16, 2),
  """Dear Mrs Parent,

Chaim has had a really positive start to Year 4. He has settled well into the new classroom, and his times tables are much stronger than I expected after the summer.

Two small things. Firstly, his reading record hasn't come in since the first week. Could you have a look in his bag? We ask for it to be signed three times a week, and the boys get a sticker towards their Friday prize. Secondly, the Romans homework project is due on Tuesday 1st October (before Yom Tov). It doesn't need to be anything fancy; a poster or a model is fine.

Thank you for all your support,

Miss L Friedman
Year 4 Teacher
Example School | Park Row | Leeds LS1 4AP
""", "teacher's personal hotmail set only as Reply-To header (replies go to it)",
  reply_to=("Leah Friedman", "leahfriedman.home@hotmail.co.uk"),
  fmt="alt", cte="7bit", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 033 --------------------------------------------------------------------------------
M("clean", "pe_kit_reminder", st("green"), PARENTS,
  "PE kit for this year", uk_date(2024, 9, 2, 10, 30),
  """Dear Parents,

Welcome back! A few reminders about PE kit for the new year.

PE days:
Years 1 and 2 - Monday
Years 3 and 4 - Tuesday (boys) and Wednesday (girls)
Years 5 and 6 - Thursday (boys) and Wednesday (girls)

Girls: navy pleated PE skirt over navy leggings, school PE top and trainers.
Boys: navy tracksuit bottoms, school PE top and trainers. Tzitzis can stay on under the top.

Please label everything. We had over forty unnamed PE tops in lost property last year.

No jewellery or watches on PE days, and long hair tied back. If your child can't take part for medical reasons, please send a note.

Swimming for Year 4 boys starts after Pesach; I'll write separately about that.

Thanks,
Mr J Green
PE & Sport
Example School
""", "everyday: PE kit reminder")

# ---- 034 --------------------------------------------------------------------------------
M("clean", "voluntary_contributions_bank_details", st("levy"), PARENTS,
  "Voluntary contributions and building fund 2024\u201325", uk_date(2024, 9, 3, 14, 0),
  """Dear Parents,

As a voluntary aided school, our governors must pay 10% of the cost of any building work and repairs to the school. This money cannot come from the government grant, so we rely on the voluntary contributions of our families. Thank you to everyone who contributed last year; it paid for the new roof over the boys\u2019 building.

For 2024\u201325 we are asking families to contribute \u00a345 a month. We know many of our families have several children in the school, and this is per family, not per child.

The easiest way to give is by standing order:

Account name: Example School Building Fund
Sort code: 20-45-77
Account number: 83917264
Reference: your family surname followed by VC (e.g. PARENT-VC)

If you are a UK taxpayer, please fill in the Gift Aid form on the back of the paper letter; it adds 25% to your gift at no cost to you.

Any questions, please contact me through the school office on 01632 960000 or at finance@example-school.org.uk. All contributions are voluntary, and no child will ever be treated differently because of them.

With thanks,
David Levy
School Business Manager
Example School, Park Row, Leeds LS1 4AP
""", "hard negative: bank sort code, account number and payment reference",
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 035 --------------------------------------------------------------------------------
M("clean", "teacher_reply_project_extension", st("friedman"), [JANE],
  "Re: Roman project", uk_date(2024, 10, 9, 15, 44),
  """Dear Mrs Parent,

Of course, no problem at all. Chaim can bring it in after Sukkos, any time in the week of 28th October. I'd much rather he enjoyed making it than rushed it between Yom Kippur and Sukkos!

If it helps, several of the boys are doing a Roman shield out of a cereal box, which is quick and looks great.

Have a wonderful Yom Tov,
Miss Friedman

On Tue, 8 Oct 2024 at 22:18, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Friedman,
> With Yom Tov and everything we haven't managed to start Chaim's Roman project. Is there any chance of him handing it in after Sukkos? Sorry!
> Jane
""", "everyday: reply to parent with gmail-style quote", reply=True, fmt="alt", cte="7bit",
  html_cte="7bit", style="gmail")

# ---- 036 --------------------------------------------------------------------------------
M("flag", "nursery_cc_own_icloud", st("schwartz"), [SAM],
  "Baila \u2013 toilet training", uk_date(2025, 1, 21, 15, 15),
  """Dear Mrs Carer,

Just following up our chat at the door. Baila has done really well this week \u2013 only one accident since Monday, and she\u2019s started telling us when she needs to go, which is a big step. We\u2019ll keep going with the sticker chart in nursery, and I\u2019ve sent a copy home so you can do the same.

Please keep sending two spare sets of clothes for now, including socks!

As I\u2019m only in on Mondays, Tuesdays and Wednesdays, I\u2019ve copied in my own email address. I check that one much more often, so if you reply to both of us I\u2019ll see it even on my days off.

Morah Bracha
""", "nursery teacher copies her personal iCloud address into Cc for the carer to use",
  cc=[("Bracha Schwartz", "brachaschwartz@icloud.com")], cte="quoted-printable")

# ---- 037 --------------------------------------------------------------------------------
M("clean", "dsl_purim_safety_helpline", st("dsl"), PARENTS,
  "Purim \u2013 keeping everyone safe", uk_date(2025, 3, 10, 12, 55),
  """Dear Parents,

Purim is almost here, and we know how much the children are looking forward to it. A few reminders so that everyone has a safe and happy day:

\u2022 Costumes may be worn to school on Thursday 13th March. No toy guns, swords or face masks that cover the whole face, please.
\u2022 School is closed on Friday 14th March (Purim).
\u2022 When children go out collecting for tzedakah, please make sure an adult is with them, especially after dark and near the main roads. Every year we hear of near misses with cars.
\u2022 Please be mindful that children see and copy what adults do. Keep alcohol well away from them.

Purim can also be a hard time for families who are struggling. If you are worried about your child, or about yourself, there is free and confidential support from the community family support line on 0808 157 0321 (Yiddish and Hebrew speakers available). In an emergency, always call 999.

If you have a concern about a child\u2019s safety, please contact me at dsl@example-school.org.uk or through the office on 01632 960000.

A freilichen Purim,
Mrs S Adler
Deputy Head and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
""", "hard negative: community helpline freephone number in safety letter",
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 038 --------------------------------------------------------------------------------
M("clean", "cover_request_staff", st("klein"),
  [("Chaya Rosenberg", S("c.rosenberg")), st("office")],
  "Cover today - Y6 girls", uk_date(2025, 2, 6, 6, 58),
  """Morning both,

So sorry, I've been up all night with the baby, who has a high temperature, and I'm waiting for the GP to open. I won't be in today.

Y6 plans are in the blue folder on my desk:
- Maths: textbook p.34, ratio. The answers are in the back of the teacher's copy.
- English: read chapter 9 of our class novel together, then the questions on the sheet.
- Afternoon: 11+ practice paper (in the top drawer). 40 minutes, timed, and then collect them in.

Chani Strauss has a dentist appointment at 2pm and her mother is collecting her from the office.

I'll check my email at lunchtime in case there are any questions.

Shani
""", "everyday: staff-only cover request")

# ---- 039 --------------------------------------------------------------------------------
M("clean", "chanukah_mesibah_venue_postcode", st("rosenberg"), PARENTS,
  "Chanukah Mesibah - Thursday 19th December", uk_date(2024, 12, 16, 9, 0),
  None, "hard negative: venue address and postcode for school event; HTML-only",
  fmt="html", html_cte="quoted-printable",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:15px">
<div style="text-align:center;color:#1f3a5f"><p>&#1489;&#1505;&#1524;&#1491;</p>
<h2 style="margin:4px 0">Chanukah Mesibah</h2>
<p><i>Thursday 19th December 2024</i></p></div>
<p>Dear Parents,</p>
<p>We warmly invite you to our Chanukah Mesibah, with songs from every class, the Year&nbsp;6 girls&rsquo; play and, of course, doughnuts.</p>
<p>As the school hall is too small for the whole school, this year&rsquo;s Mesibah will be held at:</p>
<p style="margin-left:30px"><b>Broughton Park Community Hall<br>18 Cedarfold Road<br>Salford M7 4ZX</b></p>
<p>Doors open at 5.00pm and the programme starts at 5.30pm sharp. It will finish by 7.15pm. Tickets are &pound;3 per adult (children free) and can be paid for on the school payment system.</p>
<p>The hall&rsquo;s caretaker has asked us to remind everyone not to park on Cedarfold Road itself. Please use the car park behind the shops on the main road, a two-minute walk away.</p>
<p>Children should arrive in school uniform; they will be collected from their teachers at the end.</p>
<p>Wishing you all a freilichen Chanukah,</p>
<p>Mrs C Rosenberg<br>Headteacher<br>Example School, Park Row, Leeds LS1 4AP &middot; 01632&nbsp;960000</p>
</body></html>
""", mailer="Microsoft Outlook 16.0")

# ---- 040 --------------------------------------------------------------------------------
_VCARD_RUBIN = """BEGIN:VCARD\r
VERSION:3.0\r
N:Rubin;Gitty;;Mrs;\r
FN:Gitty Rubin\r
ORG:Example School\r
TITLE:Family Liaison Officer\r
TEL;TYPE=CELL,VOICE:07700900733\r
TEL;TYPE=WORK,VOICE:01632 960000\r
EMAIL;TYPE=INTERNET,WORK:g.rubin@example-school.org.uk\r
NOTE:Mobile is my own - text or call any time\r
END:VCARD\r
"""
M("flag", "family_liaison_vcard_own_mobile", st("rubin"), [ALI],
  "Lovely to meet you on Shabbos", uk_date(2025, 1, 20, 13, 35),
  """Dear Mr Guardian,

It was so nice to meet you and your wife properly at the kiddush on Shabbos, and mazel tov again on the new baby!

As I mentioned, part of my job is helping families when things are busy at home, whether that's help with forms, sorting out free school meals, or arranging for the children to be picked up for a few weeks. Please don't feel awkward about asking; that's what I'm here for.

I've attached my contact card. The mobile on it is my own, so you can call or message me any time, including evenings. It's much easier than trying to get through to the office first thing.

Wishing you lots of nachas,
Gitty Rubin
Family Liaison Officer
Example School
""", "family liaison officer attaches vCard with her own mobile (only in the .vcf)",
  fmt="alt", cte="7bit", style="outlook",
  attachments=[att("Gitty Rubin.vcf", 'text/vcard; charset=utf-8; name="Gitty Rubin.vcf"',
                   _VCARD_RUBIN, cte="base64")],
  mailer="Microsoft Outlook 16.0")

# ---- 041 --------------------------------------------------------------------------------
M("clean", "lost_property_before_pesach", st("office"), PARENTS,
  "Lost property - please check before Pesach", uk_date(2025, 3, 19, 12, 20),
  """Dear Parents,

The lost property rail outside the office is overflowing again! At the last count we had 23 navy jumpers, 11 coats, a small mountain of hats and gloves, and one very smart pair of Shabbos shoes.

Please come and have a look at pickup over the next two weeks. Anything not collected by Thursday 10th April will be washed and given to the uniform exchange.

We are also holding a gold bracelet and a pair of children's glasses (purple frames) in the office. Please ask at the window if these might be yours.

And one more plea: please write names in everything, including coats and hats. A name on the label means it comes back to you the same day.

Thank you,
The Office
Example School | 01632 960000
""", "everyday: lost property reminder")

# ---- 042 --------------------------------------------------------------------------------
M("clean", "dsl_gives_senco_direct_line", st("adler"), [SAM],
  "Following up our meeting", uk_date(2024, 11, 28, 16, 40),
  """Dear Mrs Carer,

Thank you for coming in yesterday. I know it isn't easy to talk about these things, and I really appreciated how open you were.

To summarise what we agreed:

1. Dovi will have a quieter lunchtime, with Mrs Halpern and two other boys in the small room, for the next four weeks. We will then review it.
2. We will keep a simple record of what happens before any difficult moments, so that we can see whether there is a pattern.
3. You will let us know if anything changes at home, for example with the hospital appointments, so that we can be ready for it.

Mrs Stern, our SENCo, is the best person to speak to about his EHCP and the lunchtime plan. Her direct line in school is 01632 960014, or you can email senco@example-school.org.uk. She is in school Monday to Thursday.

Mrs Rubin can help you with the DLA form. You can reach her through the office on 01632 960000, extension 219.

With best wishes,
Mrs S Adler
Deputy Head
Example School, Park Row, Leeds LS1 4AP
""", "hard negative: colleagues' official school direct line and extension")

# ---- 043 --------------------------------------------------------------------------------
M("clean", "it_passwords_printer_staff", st("it"), [STAFFLIST],
  "Back after the break - passwords and the staffroom printer", uk_date(2025, 1, 6, 7, 50),
  """Good morning everyone, and welcome back.

Three quick things from IT:

1. Passwords. Everyone will be asked to change their password when they first log in today. It needs to be at least 12 characters. A short sentence is easier to remember than a jumble of letters. Please don't write it on a post-it on the laptop (you know who you are).

2. The staffroom printer has been replaced. It should appear automatically as "Staffroom-Copier". If it doesn't, restart your laptop before coming to find me. To print in colour you now need to release the job with your fob.

3. Class iPads. All iPads have been updated over the break. The camera roll has been cleared, so please make sure any photos you needed from before the holidays were already uploaded to the shared drive.

If you have any problems, email it@example-school.org.uk or catch me in the computing room at lunchtime.

Daniel
""", "everyday: staff-only IT notice")

# ---- 044 --------------------------------------------------------------------------------
_ICS_STERN = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:GMT Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:-0000\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T010000\r
TZOFFSETFROM:-0000\r
TZOFFSETTO:+0100\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
ORGANIZER;CN="Devorah Stern (SENCo)":mailto:senco@example-school.org.uk\r
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Carer:\r
 mailto:sam.carer@outlook.com\r
DESCRIPTION;LANGUAGE=en-GB:Phone call to go through Dovi's new support plan.\r
 \\n\\nI'll be working from home that afternoon\\, so I will ring you from my o\r
 wn mobile: 07700 900915. If we get cut off\\, just ring me back on that numb\r
 er.\\n\\nDevorah\r
UID:040000008200E00074C5B7101A82E00800000000R45P044SENCO\r
SUMMARY;LANGUAGE=en-GB:Phone call - Dovi's support plan (Mrs Stern)\r
DTSTART;TZID=GMT Standard Time:20250128T151500\r
DTEND;TZID=GMT Standard Time:20250128T153500\r
DTSTAMP:20250121T121000Z\r
LOCATION;LANGUAGE=en-GB:Phone call\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
DESCRIPTION:REMINDER\r
TRIGGER;RELATED=START:-PT15M\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""
M("flag", "senco_ics_invite_own_mobile", st("senco"), [SAM],
  "Phone call about Dovi's support plan - Tuesday 28th", uk_date(2025, 1, 21, 12, 10),
  """Dear Mrs Carer,

As we discussed, I'll phone you next Tuesday afternoon to go through Dovi's new support plan, rather than you having to come in with Baila. I've sent this as an invitation so that it goes into your calendar; all the details, including the number I'll be calling from, are in the invite.

It should take about 20 minutes. If you can, please have a look at the draft plan (it's in Dovi's bag tonight) beforehand.

Kind regards,
Mrs D Stern
SENCo
""", "SENCo's own mobile appears only inside the .ics meeting invitation (folded line)",
  fmt="plain", cte="7bit",
  attachments=[att("invite.ics", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"',
                   _ICS_STERN, cte="base64")],
  mailer="Microsoft Outlook 16.0")

# ---- 045 --------------------------------------------------------------------------------
M("clean", "shabbaton_host_family_details", st("klein"), [JANE],
  "Year 6 Shabbaton in London \u2013 Tova\u2019s host family", uk_date(2025, 5, 12, 15, 20),
  """Dear Mrs Parent,

As promised, here are the details of Tova\u2019s host family for the Year 6 Shabbaton in Stamford Hill (Friday 23rd \u2013 Sunday 25th May). Tova will be staying together with her friend Chani Strauss:

Mr and Mrs Pinter
52 Ashgrove Road, London N16 5ZR
Home: 020 7946 0318

The Pinters have hosted our girls for several years and come very highly recommended by our partner school in London. All host families have been checked in line with our safeguarding procedures.

The girls will leave by coach from school at 9.00am on Friday (please send a packed lunch) and will be back at about 7pm on Sunday. The staff on the trip will have the school trip phone with them the whole time: 07700 900050.

Please return the medical form by Friday.

Kind regards,
Mrs Klein
""", "hard negative: host family address and phone, plus school trip phone; base64 body",
  cc=[st("dsl")], cte="base64")

# ---- 046 --------------------------------------------------------------------------------
M("clean", "kodesh_update_mishkan_purim", st("feldman"), PARENTS,
  "Kodesh update - Mishkan models and Purim", uk_date(2025, 2, 28, 10, 15),
  """Dear Parents,

This week the boys in Years 3 to 6 began learning Parshas Terumah, and each class is building its own model of the Mishkan. Year 4's aron is already looking very impressive (and very gold). If you have any spare fabric, gold card or small wooden boxes at home, please send them in!

Chumash tests
Year 3 - Monday 10th March
Year 5 - Tuesday 11th March
Year 4 and Year 6 - after Purim

Purim
Taanis Esther is on Thursday 13th March. The Megillah will be read in school for the older boys at 11am. The children may come in costume on Thursday.

Mishloach manos: each child will be given a class partner and should bring ONE small mishloach manos for that partner. Please keep it simple, no more than about three pounds, and no nuts, as we have several children with allergies.

Wishing you a good Shabbos,
Rabbi Y. Feldman
Menahel - Limudei Kodesh
""", "everyday: kodesh department update", fmt="alt", cte="7bit", html_cte="7bit",
  style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 047 --------------------------------------------------------------------------------
M("clean", "reply_quotes_parent_signature", st("fischer"), [ALI],
  "RE: Avrumi's collection on Fridays", uk_date(2025, 2, 20, 8, 45),
  """Dear Mr Guardian,

Thank you for letting us know. I've made a note that from next Friday Avrumi will be collected by his grandmother, Mrs Guardian, and I've passed this on to the office so that it's on the system. Could she come to the Year 1 door and say hello the first time, so that we know who she is?

Thanks,
Mrs B Fischer
Year 1 Teacher
Example School
Park Row, Leeds LS1 4AP
01632 960000

________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 19 February 2025 22:03
To: Fischer, Breindy <b.fischer@example-school.org.uk>
Subject: Avrumi's collection on Fridays

Dear Mrs Fischer,

Just to let you know that from next week my mother will be collecting Avrumi on Fridays, as my wife is still at home with the baby. She is Mrs Rochel Guardian and she'll come in a blue Honda.

If there are any problems please call me on 07700 900789 or at home.

Ali Guardian
17 Kinnerton Grove
Salford M7 4ZL
Home: 0161 496 0614
Mobile: 07700 900789
""", "hard negative: parent's own address and phones in quoted Outlook reply",
  reply=True, fmt="alt", cte="7bit", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 048 --------------------------------------------------------------------------------
M("flag", "mobile_split_over_line_break", st("klein"), [JANE],
  "Tova - entrance assessment preparation", uk_date(2024, 11, 25, 18, 5),
  """Dear Mrs Parent,

I've been thinking about our conversation at parents' evening. Tova
is more than capable of doing well in the Kesser Torah assessment in
January; her reading and comprehension are among the strongest in the
class. But she panics when there is a clock on the wall, and that is
what we need to work on.

I've put together a pack of practice papers and I will give her one a
week to do at home under timed conditions. Please don't help her with
the answers, but do set a timer and make sure she is somewhere quiet.
With the little ones around I know that's not always easy!

We will go through each paper together on Monday lunchtimes.

If you would like a chat about how she is getting on, do ring me on 07700
900455 after seven in the evening, or just send a text if that is easier.

Kind regards,
Shani Klein
""", "teacher's own mobile split across a hard line break in a wrapped plain-text mail")

# ---- 049 --------------------------------------------------------------------------------
_PDF_REPORT = fake_pdf([
    "Example School - End of Year Report 2024-25",
    "Pupil: Shira Parent    Class: Year 3    Teacher: Mrs H Braun",
    "",
    "English: Shira reads widely and with expression. Next step: paragraphs.",
    "Maths: Secure in addition and subtraction; times tables 2, 5, 10 and 3.",
    "Science: Enjoyed the plants topic; careful, neat recording.",
    "Kodesh: Davens beautifully; knows the brachos well.",
    "Attendance: 97.2%",
    "",
    "Headteacher's comment: A kind and hard-working year. Well done, Shira!",
])
M("clean", "end_of_year_report_pdf", st("braun"), [JANE],
  "Shira's end of year report", uk_date(2025, 7, 11, 10, 0),
  """Dear Mrs Parent,

Please find attached Shira's end of year report. It has been a real pleasure teaching her this year. She has grown so much in confidence, especially in reading aloud, and she is always the first to help a friend who is stuck.

The paper copy came home in her bag today with a reply slip. Please sign and return the slip by Wednesday. If you would like to talk about anything in the report, I'm happy to meet before the end of term.

Reports for Tova, Chaim and Moishy come separately from their own teachers.

Have a lovely summer,
Mrs Braun
Year 3
Example School | 01632 960000
""", "everyday: end-of-year report with PDF attachment", fmt="alt", cte="7bit",
  html_cte="7bit", style="outlook",
  attachments=[att("Shira_Parent_Y3_Report_2025.pdf", 'application/pdf; name="Shira_Parent_Y3_Report_2025.pdf"',
                   _PDF_REPORT)],
  mailer="Microsoft Outlook 16.0")

# ---- 050 --------------------------------------------------------------------------------
M("clean", "teacher_declines_parents_whatsapp_group", st("goldberg"), [JANE],
  "Re: Reception mothers' WhatsApp group", uk_date(2024, 9, 12, 16, 20),
  """Dear Mrs Parent,

Thank you for thinking of me. It's lovely that the Reception mothers have set up a group; it's a great way for everyone to get to know each other, especially the new families.

I'm afraid I won't join it, though. Staff aren't allowed to be in WhatsApp groups with parents, and honestly it's better for all of us to keep school messages in one place. Anything about the class will still come by email from school, and you can always catch me at the door in the morning or call the office on 01632 960000.

Please pass on my thanks to Mrs Gross for the invitation!

Morah Rivka

On Wed, 11 Sep 2024 at 21:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Morah Rivka,
> A few of us have set up a WhatsApp group for the Reception mothers. Mrs Gross asked me to ask if you'd like to be added, so you can send reminders etc. Let me know and I'll add your number!
> Jane
""", "hard negative: teacher declines to join parents' WhatsApp group", reply=True)

# ---- 051 --------------------------------------------------------------------------------
M("clean", "uniform_exchange_sunday", st("rubin"), PARENTS,
  "Uniform exchange - Sunday 1st September", uk_date(2024, 8, 29, 11, 0),
  None, "everyday: family liaison uniform exchange notice; HTML-only",
  fmt="html", html_cte="7bit",
  html_body="""<div dir="ltr"><div>Dear Parents,</div><div><br></div>
<div>Before the new year starts, we are holding our <b>uniform exchange</b> in the school hall on <b>Sunday 1st September, 10am - 12 noon</b>.</div><div><br></div>
<div>If your children have outgrown jumpers, skirts, shirts, PE kit or Shabbos shoes in good condition, please bring them along (washed, please!). Everything is free to take, and anything left over goes to the uniform bank for families who need it during the year.</div><div><br></div>
<div>With so many big families in the school, we know how quickly uniform costs add up. If you need help with uniform at any time, please speak to me in confidence. You can email me here or ask at the office, and nobody else needs to know.</div><div><br></div>
<div>Looking forward to seeing you there,</div>
<div>Mrs Gitty Rubin</div>
<div>Family Liaison Officer, Example School</div>
<div>Park Row, Leeds LS1 4AP | 01632 960000</div>
</div>
""")

# ---- 052 --------------------------------------------------------------------------------
M("flag", "ta_offers_help_mobile_dots", st("halpern"), [SAM],
  "Dovi and Sukkos", uk_date(2024, 10, 10, 15, 40),
  """Dear Mrs Carer,

Dovi had a good day today. He made a lovely sukkah decoration (a paper chain with every colour he could find!) and it's in his bag, slightly squashed.

You mentioned at pickup that it will be hard to get all three children to the hospital appointment on Chol Hamoed. I'm only round the corner and I'm off over Yom Tov, so I'd be very happy to have Dovi for a couple of hours while you go. He knows me well and we could go to the park.

Just text me on 07700.900.271 and we'll sort out a time.

Perel Halpern
(Dovi's TA)
""", "TA offers out-of-school help and gives own mobile with dots")

# ---- 053 --------------------------------------------------------------------------------
M("clean", "site_parking_shomrim_number", st("mandel"), PARENTS,
  "Parking and safety at drop-off", uk_date(2025, 1, 13, 8, 5),
  """Dear Parents,

We have had several complaints from neighbours about parking at drop-off and pickup. Please do not park across driveways or on the zig-zags outside the girls' entrance, even "just for a minute". A car reversing there last Tuesday came very close to a Year 1 child.

The staff car park is for staff only. Please do not drive in to drop children off.

Last week a car was seen parked with its engine running outside the boys' entrance for over an hour, with the driver watching the playground. It may well have been innocent, but if you see anything that worries you near the school, please tell the office and call Shomrim on 0161 496 0999 (24 hours) or the police on 101. In an emergency, always call 999.

Thank you for helping to keep our children safe.

Mr A Mandel
Site Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", "hard negative: community watch (Shomrim) number and police numbers")

# ---- 054 --------------------------------------------------------------------------------
M("clean", "ta_phonics_group_notes_staff", st("halpern"), [st("fischer")],
  "Phonics group notes", uk_date(2025, 2, 5, 15, 55),
  """Hi Breindy,

Notes from my phonics group this week, as promised:

Avrumi - much better on "ai" and "ee". Still guessing at longer words; I've been getting him to sound out every sound with his finger. He was much more focused sitting at the front.
Dovi - only managed two sessions (he was upset on Tuesday). Knows all the set 1 sounds now. Needs the picture cards still.
Menachem - ready to move up to your group, I think. Can you listen to him read on Friday and see what you think?
Yossi and Ari - both fine, need more practice at home. Shall I send a note?

I've run out of the green reading books at level 3. Do you know if there are more in the store cupboard?

Perel
""", "everyday: TA to teacher, staff-only notes")

# ---- 055 --------------------------------------------------------------------------------
M("clean", "kitchen_refers_to_outside_caterer", st("kitchen"), [SAM],
  "Re: Platters for the vort", uk_date(2025, 5, 29, 10, 30),
  """Dear Mrs Carer,

Mazel tov on your granddaughter's engagement! What wonderful news.

I'm so sorry, but we aren't allowed to take private orders from the school kitchen, as everything we cook has to be for the school. But Mrs Blum at Golden Crust Kosher Catering does lovely platters and is very reasonable. She has the same hechsher as us. You can reach her on 0161 496 0233 or at orders@example.com. Tell her the school sent you.

Wishing you lots of nachas,
Faigy Lieberman
Catering Manager

On Wed, 28 May 2025 at 20:41, Sam Carer <sam.carer@outlook.com> wrote:
> Dear Mrs Lieberman,
> The children's cousin has just got engaged and we are making the vort on Motzei Shabbos. Is there any chance the school kitchen could do a few platters of sandwiches and cakes? I will of course pay.
> Sam Carer
""", "hard negative: outside caterer's phone and email given to carer", reply=True,
  fmt="alt", cte="7bit", html_cte="7bit", style="gmail")

# ---- 056 --------------------------------------------------------------------------------
M("flag", "business_manager_mobile_0044", st("levy"), [ALI],
  "Dinner money and the free school meals form", uk_date(2025, 1, 28, 12, 25),
  """Dear Mr Guardian,

Thank you for popping in this morning. As I said, with the new baby and the change in your hours, it is well worth applying for free school meals. If it goes through, all the children would get lunch free and the school gets extra funding for them too.

The form is on the council website. You'll need your National Insurance number and the details of any benefits you receive. If it's easier, I'm happy to go through it with you over the phone one evening. Just call me on my mobile, 0044 7700 900176.

Please don't worry about the arrears of \u00a386.40 in the meantime. I've put a hold on the reminder letters.

Best wishes,
David Levy
School Business Manager
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", "business manager offers evening call on his own mobile, 0044 format",
  fmt="alt", cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 057 --------------------------------------------------------------------------------
M("clean", "head_reply_uniform_complaint", st("rosenberg"), [ALI],
  "RE: Uniform skirts", uk_date(2024, 10, 29, 16, 50),
  """Dear Mr Guardian,

Thank you for your email, and I'm sorry that the uniform costs have been such a worry.

You are quite right that the pleated skirt with the school badge is only available from the supplier. However, the governors agreed last year that any plain navy pleated skirt, below the knee, is acceptable. There is no need to buy the badged one, and the ones from the high street shops are perfectly fine.

Mrs Rubin also runs the uniform exchange, where second-hand skirts and jumpers are free. The next one is after Chanukah, but if Rivky needs something before then, please let her know and she will see what we have.

I will raise the wider question of cost at the next governors' meeting.

Kind regards,
Mrs C Rosenberg
Headteacher

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 28 October 2024 21:55
To: Rosenberg, Chaya <c.rosenberg@example-school.org.uk>
Subject: Uniform skirts

Dear Mrs Rosenberg,
I was shocked to see the price of the school skirt has gone up again. With four children it is very hard. Is there really no other option?
Ali Guardian
""", "everyday: headteacher replies to uniform complaint", reply=True,
  mailer="Microsoft Outlook 16.0")

# ---- 058 --------------------------------------------------------------------------------
M("clean", "staff_reports_parent_messaging_own_phone", st("kahan"), [st("dsl")],
  "Parent messaging my personal WhatsApp", uk_date(2025, 4, 6, 21, 10),
  """Shoshana,

I wanted to flag something so that it's on record. Last night, after Shabbos, a Year 5 mother sent me a long voice note on my own WhatsApp about her daughter's friendship problems. I've never given her my number; I think she got it from the shul's kiddush rota list, which has everyone's details on it.

For the record my number is +44 7700 900218, in case you need it. I haven't replied.

I'll ask the office to ring her tomorrow and invite her in to talk properly. Should I block her number, or would you rather I keep the messages for now? I've taken screenshots.

Thanks,
Miriam
""", "hard negative: staff-only report to DSL that mentions the teacher's own number")

# ---- 059 --------------------------------------------------------------------------------
M("clean", "year1_kriah_practice", st("berger"), PARENTS,
  "Kriah practice at home \u2013 Year 1", uk_date(2024, 11, 18, 14, 30),
  """\u05d1\u05e1\u05f4\u05d3

Dear Parents,

The Year 1 children have made a wonderful start to kriah this term. This week we are learning the kamatz and the patach, and most of the class can now read simple words like \u05d1\u05b8\u05bc\u05d0 and \u05d3\u05b8\u05bc\u05dd on their own.

From tonight, your child will bring home a small kriah booklet. Please could you:

\u2022 listen to them read one page every night (it only takes five minutes),
\u2022 sign the box at the bottom of the page, and
\u2022 send the booklet back every day in their bag.

The children who read every night make the most progress by far. If they get stuck on a letter, just tell them the sound and move on \u2013 we don\u2019t want kriah to become a struggle at home.

Thank you for your support,
Morah Tzirel
Year 1 Kodesh
""", "everyday: kriah practice letter with Hebrew text", fmt="alt", cte="quoted-printable",
  style="gmail")

# ---- 060 --------------------------------------------------------------------------------
M("flag", "attendance_officer_whatsapp_no_spaces", st("attendance"), [JANE],
  "Shira - late this morning", uk_date(2025, 3, 4, 9, 40),
  """Dear Mrs Parent,

Shira arrived at 9.25 this morning and has been marked late. That is the fourth time this half term. I know mornings are very busy with five children to get out of the door, and I'm not cross, but the late marks do add up.

Rather than ringing the office in the morning rush (the line is always engaged between 8.30 and 9), just WhatsApp me on my own number, 07700900598, if any of the children are going to be late or off. I'll see it and mark the register straight away.

Sarah Cohen
Attendance
Example School
""", "attendance officer invites WhatsApp on her own mobile, no spaces; tel: link in HTML",
  fmt="alt", cte="7bit", style="outlook",
  html_sub=[("07700900598", '<a href="tel:07700900598">07700900598</a>')],
  mailer="Microsoft Outlook 16.0")

# ---- 061 --------------------------------------------------------------------------------
M("clean", "third_party_kriah_tutor_number", st("berger"), [ALI],
  "Avrumi \u2013 kriah over the summer", uk_date(2025, 6, 9, 16, 5),
  """Dear Mr Guardian,

Avrumi has come a long way in kriah this year and he should be very proud of himself. He is now reading whole words without sounding out each letter, and his davening is much more confident.

You asked whether he should have some help over the summer so that he doesn\u2019t lose what he has learned. I think that is a very good idea. A few families have used Mrs Rochel Baum, who does one-to-one kriah sessions at her home in Broughton Park. She isn\u2019t connected with the school, but she is very experienced and the children like her. Her number is 07700 900861; she usually gets booked up quickly for August.

Otherwise, ten minutes a day reading from his siddur with you or one of the older children will make a real difference.

Wishing you a good summer,
Morah Tzirel
""", "hard negative: private tutor's (third party) mobile recommended to parent",
  cte="8bit")

# ---- 062 --------------------------------------------------------------------------------
M("clean", "site_sukkah_heating_staff", st("mandel"), [STAFFLIST],
  "Sukkah, heating and the side gate", uk_date(2024, 10, 14, 7, 35),
  """Morning all,

1. The sukkah goes up in the girls' playground after school today. Any husbands or older sons who can give an hour from 4pm would be very welcome; the more hands, the quicker it goes. Classes can decorate it on Tuesday morning. Please, no glitter - it took me until Chanukah to get rid of it last year.

2. The heating is now on a timer from 7am. If your classroom is still cold by 8.30, let me know and I'll bleed the radiators.

3. The side gate code is changing after Yom Tov. The new code will be given out at Monday's briefing. Please don't write it down or give it to parents, however nicely they ask.

Avi
Site Manager
""", "everyday: staff-only site notice")

# ---- 063 --------------------------------------------------------------------------------
M("clean", "admissions_reference_numbers", st("office"), [ALI],
  "Gitty's Reception application - reference numbers", uk_date(2025, 1, 16, 11, 50),
  """Dear Mr Guardian,

Thank you for sending in the supplementary information form for Gitty's Reception place for September 2025. I can confirm we have received it and it has been logged as SIF-2025-0192.

For your records, the council's reference number for your online application is MCC-RA-2025-047731. You will need it if you contact the admissions team. National offer day for primary places is Wednesday 16th April 2025, and offers will be sent to the email address on the application.

As Gitty already has three siblings in the school, she will come under the sibling criterion (criterion 3) in our admissions policy.

If you have any questions, please don't hesitate to contact the office.

Kind regards,
Malka Weiss
Office Manager
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", "hard negative: admission reference numbers and dates, no phone")

# ---- 064 --------------------------------------------------------------------------------
M("flag", "mazel_tov_home_address_base64", st("berger"), [ALI],
  "Mazel tov!", uk_date(2025, 1, 16, 19, 50),
  """\u05d1\u05e1\u05f4\u05d3

Dear Mr and Mrs Guardian,

Mazel tov on the birth of your baby boy! Avrumi came in this morning absolutely beaming and told the whole class he has a \u201cbrand new brother who cries a lot\u201d. We said a kapitel Tehillim for the baby and for Mrs Guardian.

I know how hectic the next few weeks will be. We live just round the corner from you, at 8 Kinnerton Grove (the house with the green door), so if you ever need someone to have Avrumi after school or on a Shabbos afternoon, just send him over. He\u2019s more than welcome to play with our boys, and you don\u2019t even need to ask first.

B\u2019ezrat Hashem the bris should be at the right time, and may you have lots of nachas from all of them.

Morah Tzirel
""", "Year 1 morah gives her home address (no postcode) to parent; base64 body",
  cte="base64")

# ---- 065 --------------------------------------------------------------------------------
_PDF_TRIP = fake_pdf([
    "Example School - Year 3 trip to Chester, Thursday 22nd May 2025",
    "",
    "I give permission for my child ______________ to go on the Year 3 trip.",
    "Voluntary contribution: GBP 14 (paid on the school payment system)",
    "Medical needs / allergies: ___________________________________",
    "Emergency contact on the day: ________________________________",
    "",
    "Signed: ____________________  (parent/carer)   Date: __________",
    "Please return to the class teacher by Thursday 15th May.",
])
M("clean", "year3_trip_consent_form", st("braun"), PARENTS,
  "Year 3 trip to Chester \u2013 consent form", uk_date(2025, 5, 5, 13, 15),
  """Dear Parents,

As part of our topic on the Romans, Year 3 will be visiting Chester on Thursday 22nd May. The children will walk part of the Roman walls, visit the amphitheatre and take part in a workshop where they get to try on Roman armour (the boys are already very excited about this).

We will leave school at 8.45am and be back by 3.30pm. The voluntary contribution is \u00a314 to cover the coach and workshop. Please pay through the school payment system.

The children need a packed lunch (pareve or milchig, please), a drink, a waterproof coat and comfortable shoes. No money or phones.

The consent form is attached. Please print it, sign it and send it back by Thursday 15th May. If you can\u2019t print it, there are paper copies in the office.

Thank you,
Mrs Braun and the Year 3 team
""", "everyday: trip letter with consent-form PDF", fmt="alt", cte="quoted-printable",
  style="outlook",
  attachments=[att("Y3_Chester_trip_consent.pdf", 'application/pdf; name="Y3_Chester_trip_consent.pdf"',
                   _PDF_TRIP)],
  mailer="Microsoft Outlook 16.0")

# ---- 066 --------------------------------------------------------------------------------
M("clean", "maths_homework_large_numbers_pupils", st("kahan"),
  [P("19bmarkovitz", "Baila Markovitz"), P("19rguardian", "Rivky Guardian"),
   P("19mlandau", "Malky Landau")],
  "Maths homework - place value", uk_date(2025, 2, 25, 15, 45),
  """Girls,

For Thursday, please do the place value sheet on Google Classroom. A reminder of what we did today:

- Reading and writing numbers up to 1,000,000 (e.g. 407,215 = four hundred and seven thousand, two hundred and fifteen).
- Rounding to the nearest 10, 100, 1,000 and 10,000.

Questions 1-8 are for everyone; 9-12 are the challenge questions. For question 10, the population of Manchester in 2021 was 551,938. Round it to the nearest 1,000 and the nearest 10,000.

If you want extra practice, try textbook pages 62-63.

Mrs Kahan
""", "hard negative: pupil homework full of large numbers, no phone", fmt="alt", cte="7bit",
  html_cte="7bit", style="gmail")

# ---- 067 --------------------------------------------------------------------------------
M("flag", "head_refuah_shleimah_own_mobile", st("rosenberg"), [SAM],
  "\u05e8\u05e4\u05d5\u05d0\u05d4 \u05e9\u05dc\u05de\u05d4 \u2013 thinking of you all",
  uk_date(2025, 3, 12, 13, 5),
  """Dear Mrs Carer,

I was so sorry to hear from Mrs Adler this morning that your husband has been taken into hospital. Please know that the whole school is davening for a refuah shleimah, and the girls in Chaya Sara\u2019s class are saying Tehillim every morning.

Please don\u2019t worry about the children at all. We will make sure they have breakfast and lunch in school, Mrs Rubin can arrange a lift home on the days you are at the hospital, and Dovi\u2019s routine will carry on as normal with Mrs Halpern.

I know the office isn\u2019t always easy to get hold of, and this is not a time for going through switchboards. Please call me directly, day or night, on my own mobile: 07700 900802. Whatever you need.

With every good wish,
Chaya Rosenberg
Headteacher
""", "headteacher gives own mobile to carer in a crisis (DSL in Cc); Hebrew RFC 2047 subject",
  cc=[st("dsl")], fmt="alt", cte="quoted-printable", style="outlook",
  mailer="Microsoft Outlook 16.0")

# ---- 068 --------------------------------------------------------------------------------
M("clean", "tu_bshvat_fruit_year1", st("fischer"), PARENTS,
  "Tu B'Shvat - Thursday", uk_date(2025, 2, 10, 15, 30),
  """Dear Year 1 Parents,

On Thursday we will be having our Year 1 Tu B'Shvat seder. Please could your child bring in one fruit from the shivas haminim (wheat crackers, barley, grapes, figs, pomegranate, olives or dates) in a named container. We will talk about each one and practise the brachos before we eat.

If you can't get hold of any of these, any fruit is absolutely fine.

As always, please no nuts.

Thank you,
Mrs Fischer
Year 1
""", "everyday: short class reminder")

# ---- 069 --------------------------------------------------------------------------------
M("clean", "holiday_club_school_duty_phone", st("rubin"), PARENTS,
  "Summer holiday club \u2013 4th to 15th August", uk_date(2025, 7, 7, 10, 45),
  """Dear Parents,

We are pleased to be running our summer holiday club again this year, in school, for children from Reception to Year 4.

Dates: Monday 4th \u2013 Thursday 14th August (Monday to Thursday only)
Times: 9.30am \u2013 1.30pm
Cost: \u00a312 a day or \u00a345 a week, with \u00a35 a week off for each brother or sister
What to bring: a packed lunch, drink, sun hat and a change of clothes for water play

The club is run by our own school staff, and every day will include a shiur, arts and crafts, sport and a trip to the park.

During the holidays the school office is closed. If you need to reach the club on the day, please ring the holiday club phone, 07700 900066. This is a school mobile and it stays with the member of staff on duty. Please do not try to contact staff on their own phones.

To book, please fill in the form at the office by Friday 18th July.

Mrs G Rubin
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP
""", "hard negative: school-owned holiday-club mobile stated as such", fmt="alt",
  cte="quoted-printable", style="outlook", mailer="Microsoft Outlook 16.0")

# ---- 070 --------------------------------------------------------------------------------
M("flag", "computing_teacher_discord_invite_pupils", st("shapiro"),
  [P("18ybernstein", "Yehuda Bernstein"), P("18sdeutsch", "Shmuli Deutsch")],
  "Scratch club over the summer", uk_date(2025, 7, 17, 14, 55),
  """Hi both,

Well done again on your game for the showcase. The maze level with the moving walls was the best thing in the whole Year 6 exhibition.

I know you're both keen to keep coding over the holidays before you start at big school, so I've set up a Discord server for the Scratch club boys where you can share your projects and ask me if you get stuck. Here's the invite: discord.gg/shapirocodeclub. My username on there is dshap_codes. Add me as a friend when you join and I'll give you the "coder" role.

If your parents don't want you on Discord, that's fine, just keep going on the Scratch website.

Mr Shapiro
""", "computing teacher invites Year 6 pupils to his Discord server and to add him as a friend",
  fmt="alt", cte="7bit", html_cte="7bit", style="gmail")

# ---- 071 --------------------------------------------------------------------------------
M("clean", "hr_inset_day_payslips_staff", st("hr"), [STAFFLIST],
  "INSET day on 6th January and December payslips", uk_date(2024, 11, 27, 12, 30),
  """Dear all,

Two admin reminders before the end of term:

INSET day - Monday 6th January
The first day back after the winter break is an INSET day for all staff, 9am to 3pm. The morning is the whole-school safeguarding update with Mrs Adler (compulsory for everyone, including part-time staff and lunchtime supervisors). In the afternoon, kodesh and chol staff will meet separately. Lunch will be provided.

December pay
Because of the holidays, December salaries will be paid on Friday 20th December. Payslips will be available on the payroll portal from the 18th. If you have forgotten your payroll login, please let me know this week rather than over the holiday!

Overtime and supply claims for November must reach me by Wednesday 4th December.

Thanks,
Ruth Engel
HR & Admin
""", "everyday: staff-only HR notice")

# ---- 072 --------------------------------------------------------------------------------
M("clean", "office_reads_back_second_parent_email", st("office"), [JANE],
  "Contact details updated", uk_date(2024, 9, 5, 14, 35),
  """Dear Mrs Parent,

Thank you for returning the data collection sheets for all four children. I've updated our records with the changes you made:

- Second email address for school letters: parentfamily.home@yahoo.co.uk (as well as jane.parent@gmail.com)
- Father's mobile: 07700 900127
- Emergency contact: Mrs Leah Parent (grandmother), 0161 496 0288

From now on we will send letters to both email addresses. If you'd rather we stopped using one of them, just let me know.

Kind regards,
Malka Weiss
Office Manager
Example School | 01632 960000
""", "hard negative: office reads back the family's own second email and phones")

# ---- 073 --------------------------------------------------------------------------------
M("flag", "kitchen_facebook_friend_request", st("kitchen"), [SAM],
  "Dovi's diet", uk_date(2024, 9, 10, 14, 20),
  """Hi Mrs Carer,

Thank you for the letter from the dietitian about Dovi. We can definitely do a gluten-free option every day \u2013 I\u2019ll use the GF crumbs for his schnitzel, and on kugel days he\u2019ll have rice instead.

It would really help me to see what he eats at home so I can keep things similar. It\u2019s much easier to share photos than to keep emailing back and forth, so I\u2019ve sent you a friend request on Facebook (Faigy Lieberman \u2013 the profile picture is a big chocolate cake!). Accept it and message me there with some pictures of his favourite meals.

Faigy
Kitchen
""", "catering manager sends carer a Facebook friend request and asks to message there",
  cte="8bit")

# ---- 074 --------------------------------------------------------------------------------
M("clean", "nursery_30_hours_code", st("schwartz"), [SAM],
  "Baila \u2013 30 hours funding code", uk_date(2025, 3, 6, 12, 15),
  """Dear Mrs Carer,

Just a reminder that Baila\u2019s 30 hours funding code needs to be reconfirmed on the government website before 31st March, or she will go back to 15 hours for the summer term.

Once you\u2019ve reconfirmed it, could you send the office a screenshot or bring in the letter, so that we can check it on the council system?

If you have any trouble with the website, Mrs Rubin is happy to sit with you and go through it.

Thank you,
Morah Bracha
Nursery
""", "everyday: nursery funding reminder", cte="quoted-printable")

# ---- 075 --------------------------------------------------------------------------------
_PDF_KIT = fake_pdf([
    "Year 6 Boys' Residential - Hope Valley, 6th-8th May 2025 - KIT LIST",
    "",
    "Waterproof coat and trousers; walking boots or old trainers",
    "Two warm jumpers; hat and gloves; 3 changes of clothes",
    "Tallis, tefillin (if applicable), siddur, Mishnayos",
    "Shabbos clothes are NOT needed (we return on Thursday)",
    "Toiletries, towel, torch, named water bottle",
    "NO phones, tablets, games consoles or money",
    "Medicines in a named bag, handed to Rabbi Gross on the coach",
])
M("clean", "residential_outdoor_centre_details", st("gross"), PARENTS,
  "Year 6 boys' residential \u2013 Hope Valley, 6th\u20138th May", uk_date(2025, 4, 1, 16, 20),
  """Dear Parents,

We are all looking forward to the Year 6 boys\u2019 residential next month. Please find the kit list attached.

Where we are staying
Hollin Clough Outdoor Centre, Hollin Lane, Hope Valley S33 7ZY. Centre reception: 0114 496 0557. Please only use this number in a real emergency; for anything else during the trip, ring the school trip phone, 07700 900050, which will be with me.

Food
All meals will be provided by our own caterer and brought up in sealed containers. The centre kitchen will not be used.

Davening
We will have a minyan every morning and Mincha/Maariv together in the evening. Please make sure your son packs his siddur (and tefillin if he has them).

Payment
The cost is \u00a395, which can be paid in instalments on the school payment system. If this is difficult, please speak to Mrs Rubin in confidence.

We will leave school at 9am on Tuesday 6th May and return at about 4pm on Thursday 8th May.

Rabbi M. Gross
Year 6 Boys
Example School, Park Row, Leeds LS1 4AP \u00b7 01632 960000
""", "hard negative: outdoor centre phone and postcode, school trip phone; PDF kit list",
  cc=[st("office")], fmt="alt", cte="quoted-printable", style="outlook",
  attachments=[att("Y6_residential_kit_list.pdf", 'application/pdf; name="Y6_residential_kit_list.pdf"',
                   _PDF_KIT)],
  mailer="Microsoft Outlook 16.0")

# ---- 076 --------------------------------------------------------------------------------
M("flag", "rebbe_whatsapp_you_have_my_number", st("jacobs"), [ALI],
  "Yanky - Lag BaOmer outing form", uk_date(2025, 4, 30, 17, 45),
  """Dear Mr Guardian,

Yanky is the only boy in the class whose form for the Lag BaOmer outing (Friday 16th May, to the farm) hasn't come back yet.

Honestly, don't worry about chasing the paper one. I know what it's like with a newborn in the house! Just send me a WhatsApp to say he can come and which pickup point you want. You've got my number from the minyan. I'll sort it out with the office.

Rabbi S. Jacobs
Year 4 Boys
""", "rebbe asks father to WhatsApp his personal number (known from shul) [unsure: no number written]")

# ---- 077 --------------------------------------------------------------------------------
M("clean", "staff_mazel_tov_engagement", st("rosenberg"), [STAFFLIST],
  "Mazel tov to Leah Friedman!", uk_date(2025, 1, 19, 21, 5),
  """Dear all,

I\u2019m delighted to share that our own Miss Friedman (Year 4) became a kallah on Motzei Shabbos! Mazel tov to Leah and to both families.

We will have a small l\u2019chaim in the staffroom tomorrow (Monday) at 1pm. Please come if you can, even for five minutes.

There is an envelope in the office for anyone who would like to contribute towards a gift from the staff. Please have it in by Thursday.

Leah would like to tell her class herself on Tuesday, so please keep it among ourselves until then (I know that\u2019s a tall order in this community!).

Chaya
""", "everyday: staff-only mazel tov", cte="base64")

# ---- 078 --------------------------------------------------------------------------------
M("clean", "entrance_assessment_candidate_number", st("klein"), [JANE],
  "Tova - entrance assessment on Sunday", uk_date(2025, 1, 8, 15, 10),
  """Dear Mrs Parent,

Kesser Torah have sent through the details for Sunday's entrance assessment:

Date: Sunday 12th January, 9.30am to 12 noon (please arrive by 9.15am)
Place: Kesser Torah Girls' High School, 23 Fernleigh Road, Salford M7 4ZT
Tova's candidate number: 20417 (she must write it on every paper)
Enquiries reference: KTG/ADM/2025/0331

She needs two pencils, a rubber and a ruler. No calculators. A drink and a small snack are fine for the break.

Results will be sent out by 28th February.

Tova did really well on her last practice paper, and she finished with five minutes to spare! Please tell her from me not to worry.

Hatzlacha,
Mrs Klein
""", "hard negative: candidate number, enquiry reference, other school's address")

# ---- 079 --------------------------------------------------------------------------------
M("clean", "purim_shpiel_rehearsals_pupils", st("klein"),
  [P("18rfrankel", "Rochel Frankel"), P("18cstrauss", "Chani Strauss"),
   P("18tparent", "Tova Parent")],
  "Purim shpiel - scripts and rehearsals", uk_date(2025, 2, 26, 16, 0),
  """Hi girls,

Thank you so much for the script. I read it last night, and the scene where Haman tries to order a takeaway from the palace kitchen is hilarious. Mrs Rosenberg is going to love it.

Rehearsals are on Mondays and Wednesdays at lunchtime in the hall, starting next Monday. Please bring your lunch with you.

Everyone needs to know their lines by Monday 10th March. The performance is on Thursday 13th March at 11.30am, for the mothers and the younger classes.

Costumes: please keep them simple. Anything you need for the palace scene, ask me and we'll see what's in the costume cupboard.

Mrs Klein
""", "everyday: teacher mail to Year 6 pupils", fmt="alt", cte="7bit", html_cte="7bit",
  style="gmail")

# ---- 080 --------------------------------------------------------------------------------
M("clean", "booklist_isbns", st("braun"), PARENTS,
  "Books for September - Year 3", uk_date(2025, 7, 14, 12, 5),
  """Dear Parents,

For children going into Year 3 in September, please make sure they have the following books. They are all available from the school shop, or you are welcome to buy them elsewhere.

1. Chumash Bereishis, school edition with English notes - ISBN 978-1-7384-2291-6 (\u00a312.95)
2. Pocket siddur, the blue one they used in Year 2 - ISBN 978-0-9931-5562-4 (if they still have it in good condition, there is no need to buy a new one)
3. Times tables practice book - ISBN 978-1-80099-463-2 (\u00a34.50)

Please cover all books in clear plastic and write your child's name on the inside cover.

The school shop will be open on the first two Sundays of September, 10am to 12 noon.

Have a wonderful summer,
Mrs Braun
Year 3
Example School | 01632 960000
""", "hard negative: ISBNs and prices in a book list", cte="8bit")


# --------------------------------------------------------------------------------------
# Serialisation
# --------------------------------------------------------------------------------------

def _h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def boundary(n, level, style):
    seed = f"r45-personal-{n:03d}-{level}"
    if style == "gmail":
        return "0000000000" + _h(seed, 18)
    return f"_{level:03d}_R45P{n:03d}{_h(seed, 12).upper()}_"


def message_id(n, m):
    seed = f"r45-personal-msgid-{n:03d}-{m['slug']}"
    if m["style"] == "gmail" and m["fmt"] != "html":
        return f"<CAF{_h(seed, 28)}+{_h(seed + 'x', 10)}@mail.gmail.com>"
    return f"<{_h(seed, 8).upper()}.{n:03d}.R45P@mx1.{SCHOOL}>"


def build(n, m):
    style = m["style"]
    # ----- body parts
    parts_alt = []
    if m["fmt"] in ("plain", "alt"):
        charset = "utf-8"
        try:
            m["body"].encode("ascii")
            charset = "us-ascii" if m["cte"] == "7bit" else "utf-8"
        except UnicodeEncodeError:
            pass
        parts_alt.append(leaf(f'text/plain; charset="{charset}"', m["body"], m["cte"]))
    if m["fmt"] in ("alt", "html"):
        if m["html_body"] is not None:
            h = m["html_body"]
        else:
            h = to_html(m["body"], style)
        for old, new in m["html_sub"]:
            assert old in h, (n, old)
            h = h.replace(old, new)
        parts_alt.append(leaf('text/html; charset="utf-8"', h, m["html_cte"]))
    if len(parts_alt) == 1:
        body = parts_alt[0]
    else:
        body = multipart("alternative", boundary(n, 1, style), parts_alt)
    if m["attachments"]:
        parts = [body]
        for a in m["attachments"]:
            disp = "inline" if a["inline"] else "attachment"
            parts.append(leaf(a["ctype"], a["data"], a["cte"],
                              extra=[f'Content-Disposition: {disp}; filename="{a["filename"]}"']))
        body = multipart("mixed", boundary(n, 0, style), parts)

    # ----- top-level headers
    hdrs = []
    hdrs.append(addr_header("From", [m["frm"]]))
    hdrs.append(addr_header("To", m["to"]))
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    if m["reply_to"]:
        hdrs.append(addr_header("Reply-To", [m["reply_to"]]))
    hdrs.append(enc_header("Subject", m["subject"]))
    hdrs.append(f"Date: {format_datetime(m['date'])}")
    hdrs.append(f"Message-ID: {message_id(n, m)}")
    if m["reply"]:
        ref = f"<{_h('r45-personal-parent-' + m['slug'], 24)}@mail.example.net>"
        hdrs.append(f"In-Reply-To: {ref}")
        hdrs.append(f"References: {ref}")
    if m["mailer"]:
        hdrs.append(f"X-Mailer: {m['mailer']}")
    if style == "outlook" and m["mailer"] and "Outlook 16" in m["mailer"]:
        hdrs.append("Content-Language: en-GB")
    hdrs.extend(m["extra_headers"])
    hdrs.append("MIME-Version: 1.0")
    bh, bb = body
    raw = ("\n".join(hdrs + bh) + "\n\n").encode("utf-8") + bb
    # CRLF line endings throughout, as on the wire
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def recipients(m):
    return " ".join(a for _, a in m["to"] + m["cc"])


README = """# Round 45 hold-out: personal-address-to-parent (BLIND)

**Blind test corpus. Never use it for tuning rules, thresholds or code.** It was written
without reading mailguard's code, rules, tests, README or docs, and without running
mailguard. If a message here is ever used to adjust the filter, this directory stops being
a hold-out and must be replaced.

## What it is

{total} complete RFC 5322 e-mail messages (`.eml`) sent by staff of a fictional
Orthodox Jewish voluntary-aided primary school (ages 3-11) in north Manchester, with
`labels.csv` giving the expected verdict of the *personal-address-to-parent* policy:
staff must never use their own phone or personal e-mail with pupils or parents, must not
give pupils or parents their personal phone number, home address or personal e-mail, and
must not add them as friends on social media.

The school's identity follows `config.example.yaml` (staff domain example-school.org.uk,
pupil domain pupils.example-school.org.uk, school phone 01632 960000, postcode LS1 4AP);
the three parents are the ones in `directory/parents.csv`. (So staff signatures carry the
configured Leeds address although the story is set in north Manchester.) Children's first
names, staff, streets, halls, schools and organisations are invented; they are placed in
real north Manchester districts (Broughton Park, Prestwich, Salford M7/M25). Phone numbers are in Ofcom's drama ranges; other domains are example.com /
.org / .net or consumer webmail with made-up local parts.

## Counts

| expected | count |
|----------|------:|
| flag     | {flag} |
| clean    | {clean} |
| **total** | **{total}** |

Of the clean messages, 30 are ordinary everyday school mail and 30 are hard negatives.

## Kinds of case

Flag (staff mail with at least one parent or pupil recipient that gives out the sender's own
contact details or invites a private channel):
- personal mobile in the body, in several formats: spaces, hyphens, dots, no spaces,
  `+44`, `0044`, split over a hard line break
- personal mobile in a signature, with `&nbsp;` between digit groups in the HTML part;
  in an HTML-only message with `&nbsp;`; in a `tel:` link
- home landline with a bracketed area code
- personal mobile only inside a vCard (`.vcf`) or a calendar invitation (`.ics`, folded line)
- personal e-mail in the body, in `Cc`, or only in the `Reply-To` header
- home address (no postcode) in a base64-encoded body
- invitations to WhatsApp (with and without a number), Discord, a Facebook friend request
- RFC 2047 (Hebrew) subject, quoted-printable, base64 and 8bit bodies

Clean, hard negatives:
- the school's own number, postcode and addresses; school-owned trip / holiday-club mobiles
  stated as such; colleagues' school direct lines and extensions
- the parent's own phone, address or second e-mail read back or quoted in a reply
- third parties given for a reason: coach firm, clinic, helpline, other schools, host family,
  outside caterer, private tutor, outdoor centre, community watch, Zoom dial-in
- numbers that are not phones: times, dates, prices, sort code and account number, meeting
  ID and passcode, candidate and reference numbers, ISBNs, large numbers in homework
- staff-only mail containing personal details (HR starter, staff social at home, a teacher
  reporting to the DSL that a parent messaged her own phone)
- e-safety advice naming apps; staff declining to give a personal number or join a
  parents' WhatsApp group

Clean, everyday: newsletters, closure dates, class news, homework to pupils, trip letters
and consent forms, reports (PDF), SEN and attendance letters, menus, staff admin, cover,
IT and site notices.

Judgement calls are marked `[unsure]` in the `note` column.

## How it was made and how to regenerate

Generated by `../make_round45_personal.py` (Python 3.11 standard library only; MIME built
by hand with fixed dates, Message-IDs and boundaries, CRLF line endings). Regenerate with:

    python3 tests/holdout/round45/make_round45_personal.py

Running it again gives byte-identical files. The script also checks that every message
parses with `email.message_from_bytes(..., policy=email.policy.default)` and that
`labels.csv` matches the files.

`labels.csv` columns: `file,expected,sender,recipients,note` (sender is the envelope
sender, the staff From address; recipients are To and Cc, space-separated).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    # remove our own old outputs only
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        raw = build(i, m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        rows.append([fname, m["label"], m["frm"][1], recipients(m), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    nflag = sum(1 for r in rows if r[1] == "flag")
    nclean = sum(1 for r in rows if r[1] == "clean")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README.format(total=len(rows), flag=nflag, clean=nclean))
    verify(rows)
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean) to {OUT}")


def verify(rows):
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r[0] for r in rows), "labels and files differ"
    assert len(rows) == 80
    assert sum(r[1] == "flag" for r in rows) == 20
    for r in rows:
        fname, label, sender, rcpts, _ = r
        assert fname.split("_")[1] == label
        with open(os.path.join(OUT, fname), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (fname, h)
        frm = [a for _, a in getaddresses([str(msg["From"])])]
        assert frm == [sender] and sender.endswith("@" + SCHOOL), (fname, frm)
        got = [a for _, a in getaddresses([str(msg.get("To", ""))] + ([str(msg["Cc"])] if msg["Cc"] else []))]
        assert got == rcpts.split(" "), (fname, got, rcpts)
        if label == "flag":
            assert any(a.endswith("@" + PUPILS) or a in {p[1] for p in PARENTS} for a in got), fname
        assert not msg.defects, (fname, msg.defects)
        for part in msg.walk():
            assert not part.defects, (fname, part.defects)
            if part.get_content_maintype() != "multipart":
                part.get_content()  # decodes without error


if __name__ == "__main__":
    main()
