#!/usr/bin/env python3
"""Generate the BLIND round-35 hold-out corpus for the personal-address-to-parent module.

Setting: an alternative-provision academy (pupil referral unit) for 11-16 year olds in
Birmingham. Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script. Deterministic: fixed dates, Message-IDs
and MIME boundaries, so running it twice gives byte-identical files.

Python 3.11 standard library only.
"""
import base64
import csv
import datetime as _dt
import email.utils
import hashlib
import html
import io
import os
import quopri
from email import quoprimime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCH = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
STAFF = {
    "okafor": ("Denise Okafor", "d.okafor", "Headteacher"),
    "pryce": ("Gareth Pryce", "g.pryce", "Deputy Headteacher & Designated Safeguarding Lead"),
    "dsl": ("Safeguarding Team", "dsl", ""),
    "sandhu": ("Harpreet Sandhu", "h.sandhu", "Pastoral Lead / Deputy DSL"),
    "doherty": ("Liam Doherty", "l.doherty", "English"),
    "brown": ("Chantelle Brown", "c.brown", "Maths"),
    "mahmood": ("Tariq Mahmood", "t.mahmood", "Key Worker, KS4"),
    "hollins": ("Bev Hollins", "b.hollins", "Office Manager"),
    "office": ("Example School Office", "office", ""),
    "begum": ("Yasmin Begum", "y.begum", "Attendance Officer"),
    "attendance": ("Attendance - Example School", "attendance", ""),
    "whitehouse": ("Craig Whitehouse", "c.whitehouse", "PE & Outdoor Education"),
    "mcallister": ("Fiona McAllister", "f.mcallister", "SENCo"),
    "asante": ("Kwame Asante", "k.asante", "Reintegration Coordinator"),
    "tranter": ("Sue Tranter", "s.tranter", "Transport & Travel Training Coordinator"),
    "fitzgerald": ("Dan Fitzgerald", "d.fitzgerald", "Science"),
    "lindqvist": ("Rosa Lindqvist", "r.lindqvist", "Art Therapist"),
    "campbell": ("Errol Campbell", "e.campbell", "Behaviour Mentor"),
    "akhtar": ("Parveen Akhtar", "p.akhtar", "Family Support Worker"),
    "bayliss": ("Jon Bayliss", "j.bayliss", "Computing & IT Manager"),
    "dunn": ("Kerry Dunn", "k.dunn", "Exams Officer"),
    "exams": ("Exams Office", "exams", ""),
    "sole": ("Adrian Sole", "a.sole", "Business Manager"),
    "hr": ("HR - Example School", "hr", ""),
    "greaves": ("Nathan Greaves", "n.greaves", "Careers Adviser"),
    "cartwright": ("Lee Cartwright", "l.cartwright", "Teaching Assistant"),
    "quinn": ("Marcus Quinn", "m.quinn", "Learning Mentor"),
    "hartley": ("Zoë Hartley", "z.hartley", "Food Technology"),
    "prothero": ("Siân Prothero", "s.prothero", "Humanities & Y9 Tutor"),
    "ashworth": ("Jade Ashworth", "j.ashworth", "Teaching Assistant"),
}


def st(key):
    name, local, _ = STAFF[key]
    return (name, f"{local}@{SCH}")


def role(key):
    return STAFF[key][2]


ALLSTAFF = ("All Staff", f"staff@{SCH}")
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name):
    return (name, f"{local}@{PUP}")


KIERAN = pupil("23kwalker", "Kieran Walker")
RAYYAN = pupil("24rhussain", "Rayyan Hussain")
JORDAN = pupil("23jmcdonald", "Jordan McDonald")
LACEY = pupil("25lbailey", "Lacey Bailey")
DANIEL = pupil("24dosei", "Daniel Osei")
SUMAYA = pupil("23smiah", "Sumaya Miah")
CONNOR = pupil("25cwright", "Connor Wright")
TAYYAB = pupil("24tkhan", "Tayyab Khan")
MIKEY = pupil("24mgrant", "Mikey Grant")
ELLIE = pupil("23ejohnson", "Ellie-Mae Johnson")

# ---------------------------------------------------------------- signatures


def sig_full(key, sign_off="Kind regards"):
    name, _ = st(key)
    return (f"\n\n{sign_off}\n\n{name}\n{role(key)}\n\nExample School\nPark Row, Leeds LS1 4AP\n"
            f"Tel: 01632 960000\nwww.{SCH}")


def sig_line(key):
    name, _ = st(key)
    return f"\n\n{name} | {role(key)}\nExample School, Park Row, Leeds LS1 4AP | 01632 960000"


def sig_disclaimer(key, sign_off="Many thanks"):
    name, addr = st(key)
    return (f"\n\n{sign_off},\n\n{name}\n{role(key)}\nExample School | Park Row | Leeds | LS1 4AP\n"
            f"T 01632 960000 | E {addr}\n\n"
            "This e-mail and any attachments are confidential and intended for the named "
            "recipient only. If you have received it in error, please tell the sender and delete it. "
            "Example School is an alternative provision academy for pupils aged 11-16.")


def sig_short(key):
    name, _ = st(key)
    return f"\n\n{name.split()[0]}\n\n{name}\n{role(key)}\nExample School"


# ---------------------------------------------------------------- MIME building
NL = "\n"


def boundary(slug, k, style):
    h = hashlib.sha1(f"r35p|{slug}|{k}".encode()).hexdigest()
    if style == "outlook":
        return f"_00{k}_R35P{h[:12].upper()}EXSCH_"
    if style == "gmail":
        return f"0000000000{h[:16]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{k}"


def enc_body(data: bytes, cte: str) -> str:
    if cte == "7bit":
        s = data.decode("ascii")  # raises if not ascii
        for line in s.split("\n"):
            assert len(line) < 990, "7bit line too long"
        return s if s.endswith("\n") else s + "\n"
    if cte == "8bit":
        s = data.decode("utf-8")
        return s if s.endswith("\n") else s + "\n"
    if cte == "quoted-printable":
        s = quopri.encodestring(data).decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, content, cte, filename=None, disposition=None, params=""):
    data = content.encode("utf-8") if isinstance(content, str) else content
    hdr = []
    if ctype.startswith("text/"):
        cs = "us-ascii" if cte == "7bit" else "utf-8"
        hdr.append(f"Content-Type: {ctype}; charset=\"{cs}\"{params}")
    else:
        hdr.append(f"Content-Type: {ctype}{params}" + (f"; name=\"{filename}\"" if filename else ""))
    if filename and ctype.startswith("text/"):
        hdr[0] += f"; name=\"{filename}\""
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if disposition:
        hdr.append(f"Content-Disposition: {disposition}; filename=\"{filename}\"")
    return hdr, enc_body(data, cte)


def multipart(subtype, parts, bnd):
    hdr = [f"Content-Type: multipart/{subtype};", f"\tboundary=\"{bnd}\""]
    body = []
    for ph, pb in parts:
        body.append(f"--{bnd}")
        body.extend(ph)
        body.append("")
        body.append(pb.rstrip("\n"))
        body.append("")
    body.append(f"--{bnd}--")
    return hdr, NL.join(body) + NL


def text_to_html(text, style="outlook"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l[1:].lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       f"{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    body = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body lang="EN-GB">\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">\n'
            f"{body}\n</div>\n</body>\n</html>\n")


def fmt_addr(p):
    name, addr = p
    return email.utils.formataddr((name, addr), charset="utf-8")


def enc_subject(s, how):
    if how == "b":
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="
    if how == "q":
        return quoprimime.header_encode(s.encode("utf-8"), charset="UTF-8")
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


MESSAGES = []


def M(label, slug, frm, to, subject, when, body, *, cc=(), reply_to=None, fmt="plain",
      cte="7bit", html_cte="quoted-printable", html_body=None, style="outlook",
      attachments=(), note="", subj_enc=None, kind="", in_reply_to=None, mailer=None):
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                         reply_to=reply_to, subject=subject, when=when, body=body, fmt=fmt,
                         cte=cte, html_cte=html_cte, html_body=html_body, style=style,
                         attachments=list(attachments), note=note, subj_enc=subj_enc,
                         kind=kind, in_reply_to=in_reply_to, mailer=mailer))


def render(m, num):
    slug = m["slug"]
    y, mo, d, hh, mi = m["when"]
    dt = _dt.datetime(y, mo, d, hh, mi, (num * 7) % 60, tzinfo=_dt.timezone.utc)
    h = hashlib.sha1(f"r35p-msgid-{slug}".encode()).hexdigest()
    if m["style"] == "gmail":
        mid = f"<CAR35p{h[:24]}@mail.{SCH}>"
    else:
        mid = f"<R35P{h[:8].upper()}.{num:03d}@{SCH}>"
    headers = [
        f"From: {fmt_addr(m['frm'])}",
        "To: " + ",\n\t".join(fmt_addr(a) for a in m["to"]),
    ]
    if m["cc"]:
        headers.append("Cc: " + ",\n\t".join(fmt_addr(a) for a in m["cc"]))
    if m["reply_to"]:
        headers.append(f"Reply-To: {fmt_addr(m['reply_to'])}")
    headers.append(f"Subject: {enc_subject(m['subject'], m['subj_enc'])}")
    headers.append(f"Date: {email.utils.format_datetime(dt)}")
    headers.append(f"Message-ID: {mid}")
    if m["in_reply_to"]:
        headers.append(f"In-Reply-To: {m['in_reply_to']}")
        headers.append(f"References: {m['in_reply_to']}")
    if m["mailer"]:
        headers.append(f"X-Mailer: {m['mailer']}")
    headers.append("MIME-Version: 1.0")

    body = m["body"].strip("\n") + "\n"
    k = 0
    if m["fmt"] == "plain":
        part = leaf("text/plain", body, m["cte"])
    elif m["fmt"] == "html":
        part = leaf("text/html", m["html_body"] or text_to_html(body, m["style"]), m["html_cte"])
    elif m["fmt"] == "alt":
        p1 = leaf("text/plain", body, m["cte"])
        p2 = leaf("text/html", m["html_body"] or text_to_html(body, m["style"]), m["html_cte"])
        k += 1
        part = multipart("alternative", [p1, p2], boundary(slug, k, m["style"]))
    else:
        raise ValueError(m["fmt"])
    if m["attachments"]:
        parts = [part]
        for fn, ctype, data, acte in m["attachments"]:
            parts.append(leaf(ctype, data, acte, filename=fn, disposition="attachment"))
        k += 1
        part = multipart("mixed", parts, boundary(slug, k, m["style"]))
    ph, pb = part
    text = NL.join(headers + ph) + NL + NL + pb
    return text.encode("utf-8"), [a[1] for a in m["to"] + m["cc"]]


def mini_pdf(lines):
    """A tiny but valid one-page PDF containing the given text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
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


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n") + "\r\n"


# ======================================================================== MESSAGES
# label, slug, from, to, subject, (y, m, d, h, min), body

# ----------------------------------------------------------------- everyday clean
M("clean", "taxi_no_show_kayden", st("attendance"), [SAM], "Kayden - not in this morning",
  (2025, 1, 7, 9, 41),
  """Good morning Sam,

Kayden's taxi has reported that he didn't come out when they arrived at 8.10 this morning, and he wasn't marked in at registration. I've tried the number we have for you but it went to voicemail.

Could you give the office a ring on 01632 960000 or reply to this email to let us know he's OK and whether he'll be in later? If he's poorly that's fine, we just need to know. If he's up and about, the taxi can come back for him at 10.30 as long as we know before 10.

Thanks,
Yasmin

Yasmin Begum
Attendance Officer
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  note="everyday: attendance first-day call, school number")

M("clean", "spring_newsletter", st("okafor"), [JANE, SAM, ALI], "Spring term newsletter",
  (2025, 1, 10, 15, 20),
  """Dear parents and carers,

Happy new year, and welcome back. It has been a good first week: attendance is up on last January and the young people have come back mostly ready to work, which is lovely to see.

A few bits of news:

New faces. Mr Lee Cartwright has joined us as a teaching assistant in KS3, and Ms Jade Ashworth will be starting after half term. Please say hello if you see them at the door.

Moving on. Two of our Year 9s have now completed their reintegration and started full-time at their new mainstream schools. We are really proud of them, and it is a reminder that Example School is a stepping stone, not a dead end.

Travel training. Six pupils are now travelling in on the bus on their own, having done their training with Mrs Tranter. If you think your child might be ready, talk to their key worker.

Boxing club. Mr Whitehouse's boxing and fitness club runs on Wednesdays after school until 4.30. It is non-contact, and gloves and wraps are provided.

Coffee morning. Our next parents' coffee morning is on Thursday 30 January at 9.15. Come for a brew and a chat with the pastoral team - no agenda, no forms.

Half term is Monday 17 to Friday 21 February. School is closed to pupils on Friday 14 February for staff training.

As always, if you are worried about anything, ring the office on 01632 960000 and we will get the right person to call you back.

Tara-a-bit,

Denise Okafor
Headteacher
Example School, Park Row, Leeds LS1 4AP""",
  fmt="alt", cte="quoted-printable", note="everyday: head's termly newsletter (HTML+text)")

M("clean", "y10_writing_task", st("doherty"), [RAYYAN, DANIEL, TAYYAB], "Year 10 - this week's bit of writing",
  (2025, 1, 13, 14, 5),
  """Hi all,

This week's writing task, like I said in the lesson:

Write about a place in Birmingham you know really well - your street, the park, the Bullring, your nan's kitchen, the chippy, anywhere. 150 to 200 words. Try to use at least three senses (what can you hear, smell, see?) and one comparison (it looks like..., it sounds like...).

Due Monday. You can type it and email it back, or write it on paper and give it to me in the morning. Either is fine.

Rayyan - your bit about the market last week was class, more of that please.

Mr D""",
  note="everyday: homework set to pupils")

M("clean", "algebra_feedback_kieran", st("brown"), [KIERAN], "Your algebra sheet",
  (2025, 1, 14, 16, 22),
  """Hi Kieran,

I've had a look at the algebra sheet you did with Mr Cartwright on Friday. Honestly, really good. Questions 1 to 8 are all spot on, and you've shown your working this time, which is exactly what the examiner wants to see.

Question 9 and 10 went a bit wrong because you multiplied out the brackets but forgot the minus sign on the second term. Have a look at 9 again: it should be 3(x - 4) = 3x - 12, not 3x + 12. Once you've fixed that the rest follows.

We'll do a bit more on this tomorrow period 2. If you get the two corrections right before then, you can have the first go on the mini whiteboards (I know how much you love them).

Miss Brown""",
  note="everyday: maths feedback to pupil")

M("clean", "staff_briefing_wed", st("pryce"), [ALLSTAFF], "Briefing notes Wednesday 15 Jan",
  (2025, 1, 15, 8, 5),
  """Morning all, notes from this morning's briefing for those on the door:

- Taxis: roadworks on the Coventry Road are making the Small Heath runs late. If a young person arrives after 9.15 because of the taxi it's a late code L, not U. Yasmin is chasing the firms.
- Y11 mocks start Monday 27th. Kerry will send the rooming. Please don't book the hall.
- CPOMS: a reminder that anything a young person says to you that worries you needs logging the same day, in their words, not your summary of it. If you're not sure, log it and tell me or Harpreet.
- PC Leigh (schools liaison) is in on Thursday from 11. She's doing the Y10 session on joint enterprise in Room 6.
- Fire drill this week. You don't know when. Neither do I (I do).
- Visitors must sign in at reception and wear a lanyard, including agency staff and YOT workers. We had two people wandering about on Monday.

Have a good one.

Gareth""",
  cte="quoted-printable", note="everyday: staff-only briefing")

M("clean", "taxi_time_change_tyler", st("tranter"), [JANE], "Tyler - taxi pick-up time from Monday",
  (2025, 1, 16, 11, 30),
  """Hi Jane,

Just to let you know that from Monday 20 January Tyler's taxi will be picking him up at 8.20 instead of 8.05. The council have re-jigged the route so the driver can do the Hall Green pick-up first.

Nothing else changes: same firm, same driver (Gurdeep), and Lorraine will still be the escort. Home time stays the same, leaving school at 2.45.

If 8.20 causes a problem with getting his brother to school, let me know and I'll see what I can do, but I can't promise as the routes are set by the council's transport team.

Thanks,

Sue

Sue Tranter
Transport & Travel Training Coordinator
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
  note="everyday: taxi route change")

M("clean", "incident_amira_science", st("sandhu"), [ALI], "Amira - incident in science today",
  (2025, 1, 17, 15, 45),
  """Dear Mr Guardian,

I'm sorry to be emailing on a Friday afternoon with this, but I wanted you to hear it from us before Amira gets home.

During period 4 science Amira was asked to put her phone in the tray, as everyone is. She refused, and when Mr Fitzgerald asked again she told him to "get out my face" and that he was "doing her head in". She then pushed a stool over and walked out of the room. She went to the quiet room with Mr Campbell, where she calmed down after about twenty minutes.

Nobody was hurt. Amira told Mr Campbell that she had been up late because of an argument with a friend on her phone and that she was "proper wound up" before she even came in. That makes sense to us, and it isn't a sanction-heavy situation, but we do need to repair things with Mr Fitzgerald.

We'd like to do a short restorative meeting on Monday morning with Amira, Mr Fitzgerald and me. You're very welcome to join us at 9.30 if you can.

Have a good weekend,
Harpreet Sandhu
Pastoral Lead / Deputy DSL
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  fmt="alt", cte="quoted-printable", note="everyday: incident report quoting pupil's words")

M("clean", "cover_p3_monday", st("pryce"), [st("cartwright"), st("prothero")], "Cover P3 today",
  (2025, 1, 20, 7, 48),
  """Lee, Sian - Dan is off today. Can you cover P3 with the Y9 group in Room 4 between you? Work's on the desk (it's the electricity worksheet). Keep Connor and Mikey apart.

Cheers, G""",
  note="everyday: staff cover request")

M("clean", "reintegration_notes_jm", st("asante"), [("Rachel Moss", "r.moss@greenfield-academy.example.org")],
  "Notes from Thursday - J.M. phased return", (2025, 1, 20, 13, 10),
  """Hi Rachel,

Thanks for hosting on Thursday. Notes below as agreed - let me know if I've missed anything.

Present: Rachel Moss (SENCo, Greenfield), Darren Hale (HoY 10, Greenfield), Kwame Asante (Example School), J.M.'s mom.

1. Phased return starts w/c 27 January: Tuesday and Thursday mornings at Greenfield (8.40 to 12.30), the rest of the week with us.
2. Key adult at Greenfield: Mr Hale. Meet and greet at the student entrance, not reception, so J. doesn't have to walk through the main corridor on day one.
3. Timetable: English, maths and PE only for the first three weeks. No science practicals until the review.
4. J. will keep his Example School key worker (Tariq) until the end of the phased period. Tariq will do a handover call with Mr Hale each Friday.
5. Flashpoints: lunchtime queues and being touched on the shoulder. He's fine with a quiet word, not with a crowd.
6. Review: Monday 10 February, 3.30, at Greenfield.

Transport: J. will travel by taxi on Greenfield days for now; we'll look at travel training after the review.

Thanks again, he was really chuffed after the visit.

Kwame

Kwame Asante
Reintegration Coordinator
Example School
Park Row, Leeds LS1 4AP
01632 960000""",
  cc=[st("sandhu")], note="everyday: reintegration meeting notes to mainstream school")

M("clean", "progress_report_kayden", st("prothero"), [SAM], "Kayden's progress report",
  (2025, 1, 24, 14, 0),
  """Hi Sam,

Please find attached Kayden's progress report for the autumn term. The short version is that he's made real progress in English and in his attendance, which is up to 87% from 64% last year.

Maths is still the one he avoids, and he's told me himself that it's because he "got shown up" in his old school. We're working on that with small-group sessions with Miss Brown, and he's started to stay in the room for the whole lesson, which is a big step.

If you want to talk any of it through, I'm free after 3 most days - just ring the office and they'll book a call in.

Diolch (that's thank you - I'm Welsh, Kayden thinks it's hilarious),

Siân

Siân Prothero
Humanities & Y9 Tutor
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  cte="quoted-printable",
  attachments=[("Kayden_progress_report_autumn_2024.pdf", "application/pdf",
                mini_pdf(["Example School - Progress Report - Autumn Term 2024",
                          "Pupil: Kayden   Tutor: S. Prothero",
                          "Attendance: 87% (2023-24: 64%)",
                          "English: working towards Grade 3 - good progress",
                          "Maths: working towards Grade 2 - engagement improving",
                          "Science: working towards Grade 2",
                          "PE: excellent effort, boxing club regular"]), "base64")],
  note="everyday: report with PDF attachment")

M("clean", "thinktank_trip_letter", st("fitzgerald"), [JANE, ALI], "Science museum visit - Thursday 6 February",
  (2025, 1, 27, 10, 25),
  """Dear parents and carers,

On Thursday 6 February I'm taking a small group from Years 9 and 10 to the science museum at Millennium Point, as part of our forces and electricity topic. Your child is one of the group.

We'll go in the school minibus after registration and be back for the usual home time, so taxis are not affected. Staff going: me, Mr Cartwright and Mr Campbell.

Your child will need:
- a packed lunch, or we can provide one if they have free school meals (just tell the office)
- a coat, as we'll walk from the car park
- phones are allowed on the trip but stay in bags in the galleries

There's no cost. Please reply to this email to say yes or no by Monday 3 February. If your child has any worries about the trip, or about crowds, let us know and we'll plan around it.

Thank you,

Dan Fitzgerald
Science
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
  note="everyday: day-trip letter")

M("clean", "mocks_timetable", st("exams"), [KIERAN, JORDAN, SUMAYA, ELLIE], "Your mock exam timetable",
  (2025, 1, 22, 10, 15),
  """Hello Year 11,

Here is your mock timetable. All exams are in the small hall unless it says otherwise. Be in by 9.00 - if your taxi is late, come straight to the exams office and we'll sort it.

Mon 27 Jan  9.15  English Language Paper 1 (1h 45)
Tue 28 Jan  9.15  Maths Paper 1 (1h 30)
Wed 29 Jan  9.15  Science (combined) Biology 1 (1h 15)
Thu 30 Jan  9.15  Maths Paper 2 (1h 30)
Fri 31 Jan  9.15  English Language Paper 2 (1h 45)

Bring a black pen, pencil, ruler and calculator (we have spares). No phones, no smart watches, no earbuds - they go in the box at the door.

If you have extra time or a reader, you'll be in Room 2 with Mrs Dunn.

You've got this.

Mrs Dunn
Exams Officer""",
  fmt="alt",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Hello Year 11,</p>
<p>Here is your mock timetable. All exams are in the small hall unless it says otherwise. Be in by 9.00 - if your taxi is late, come straight to the exams office and we'll sort it.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Day</th><th>Start</th><th>Paper</th><th>Length</th></tr>
<tr><td>Mon 27 Jan</td><td>9.15</td><td>English Language Paper 1</td><td>1h 45</td></tr>
<tr><td>Tue 28 Jan</td><td>9.15</td><td>Maths Paper 1</td><td>1h 30</td></tr>
<tr><td>Wed 29 Jan</td><td>9.15</td><td>Science (combined) Biology 1</td><td>1h 15</td></tr>
<tr><td>Thu 30 Jan</td><td>9.15</td><td>Maths Paper 2</td><td>1h 30</td></tr>
<tr><td>Fri 31 Jan</td><td>9.15</td><td>English Language Paper 2</td><td>1h 45</td></tr>
</table>
<p>Bring a black pen, pencil, ruler and calculator (we have spares). No phones, no smart watches, no earbuds - they go in the box at the door.</p>
<p>If you have extra time or a reader, you'll be in Room 2 with Mrs Dunn.</p>
<p>You've got this.</p>
<p>Mrs Dunn<br>Exams Officer</p>
</body></html>
""",
  note="everyday: mock timetable to pupils (HTML table)")

M("clean", "college_taster_sumaya", st("greaves"), [SUMAYA], "College taster day - hair and beauty",
  (2025, 1, 28, 12, 30),
  """Hi Sumaya,

Good news - City College have got a space for you on their hair and beauty taster day on Wednesday 12 February. It runs 10 till 2 and they'll give you lunch.

I'll take you there and bring you back, so you don't need to worry about the bus. We'll leave school at 9.15.

Have a think about two or three questions you'd like to ask the tutors (for example: what the level 1 course involves, whether there's work placement, what the timetable looks like). We can go over them on Monday in our careers session.

Can you let me know by Friday if you still want to go?

Mr Greaves
Careers Adviser
Example School""",
  note="everyday: careers, college taster to pupil")

M("clean", "annual_review_date", st("mcallister"), [SAM], "Kayden – EHCP annual review date",
  (2025, 1, 29, 9, 0),
  """Dear Sam,

I'm writing to confirm the date for Kayden's EHCP annual review: Wednesday 5 March at 1.30pm, here at school. It will last about an hour.

Because Kayden is in Year 11 this review is an important one - we will be looking at his move to college in September, so I've also invited the council's SEND officer, a careers adviser and, if Kayden agrees, his social worker.

Before the meeting I'll send you a short form asking for your views and Kayden's. Kayden can fill his in with Mr Mahmood if he'd rather not do it at home.

If the date doesn't work for you, please let me know as soon as you can so I can rearrange before the invitations go out.

Kind regards,

Fiona McAllister
SENCo
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
  cte="quoted-printable", subj_enc=None, note="everyday: EHCP review date, encoded subject (en dash)")

M("clean", "cracking_week_amira", st("quinn"), [ALI], "A good week for Amira",
  (2025, 1, 31, 15, 10),
  """Hi Mr Guardian,

Just a quick one to end the week on a good note. Amira has had a cracking week. She's been in every day, on time, and she went back into science on Tuesday and apologised to Mr Fitzgerald without being asked - which took guts.

She also helped one of the new Year 8s who was having a rough morning, and did it really kindly.

Please tell her we noticed. Have a good weekend.

Marcus Quinn
Learning Mentor""",
  fmt="alt", style="outlook", note="everyday: praise note to parent")

M("clean", "password_reset_connor", st("bayliss"), [CONNOR], "Your login",
  (2025, 2, 3, 9, 20),
  """Hi Connor,

I've reset your password. The temporary one is on the card Mr Cartwright has for you - it'll ask you to change it the first time you log in. Make it something you'll remember but that isn't your name or "password123" (I can see you thinking it).

Mr B""",
  note="everyday: IT password reset to pupil")

M("clean", "coat_left_in_taxi", st("office"), [JANE], "Tyler's coat",
  (2025, 2, 4, 12, 40),
  """Hi Jane,

The taxi driver has dropped off a grey North Face coat that was left on the back seat yesterday - we think it's Tyler's. It's in the office and we'll give it to him at home time.

Bev
Example School Office
01632 960000""",
  note="everyday: lost property, short")

M("clean", "travel_training_update_staff", st("tranter"), [st("mahmood"), st("sandhu")], "Travel training - L.B. update",
  (2025, 2, 5, 15, 55),
  """Hi both,

Quick update on L.B.'s travel training.

Week 1: did the route with me beside her, 50 bus from Maypole into town then the walk. Fine, chatty, knew where to get off.
Week 2: I sat at the back, she sat at the front, she paid with her Swift card and managed the change of stop when there were roadworks. Good.
This week: I'm going to follow at a distance (she knows I'm there). If that goes well, the plan is solo with a check-in at the office on arrival after half term.

One thing to flag: she got anxious when a group of older lads got on at Kings Heath. She handled it, but it might be worth Harpreet picking that up with her in a session.

Sue""",
  note="everyday: staff-only travel training update")

M("clean", "cpoms_reminder", st("dsl"), [ALLSTAFF], "Logging concerns - quick reminder",
  (2025, 2, 6, 16, 30),
  """Dear colleagues,

Following this week's supervision sessions, a short reminder about how we log concerns.

1. Log it the same day. If it's urgent, speak to a DSL first and log after.
2. Write what the young person actually said, in their words, in quotation marks, even if it's rude or slang. "He said he was gonna shank him" is useful; "made a threat" is not.
3. Write what you saw and what you did, not what you think it means.
4. Don't promise to keep a secret.
5. Don't investigate. Listen, reassure, record, report.

If you're not sure whether something is worth logging, it is.

Thank you for everything you're doing. It's been a heavy few weeks.

Gareth Pryce
Designated Safeguarding Lead""",
  note="everyday: DSL reminder to staff")

M("clean", "breakfast_club", st("office"), [JANE, SAM, ALI], "Breakfast club",
  (2025, 2, 7, 10, 0),
  """Dear parents and carers,

Just a reminder that breakfast club runs every morning from 8.30 in the dining room and is free for everyone. Toast, cereal, fruit, and on Fridays bacon cobs (we do halal and veggie ones too).

Taxis arriving before 8.45 will drop straight at the dining room door.

Thank you,
Example School Office
Park Row, Leeds LS1 4AP
01632 960000""",
  note="everyday: breakfast club reminder")

M("clean", "coursework_reply_tayyab", st("prothero"), [TAYYAB], "Re: history coursework",
  (2025, 2, 10, 13, 35),
  """Hi Tayyab,

Good question. Yes, you can use the interview with your grandad as one of your sources - that's actually a brilliant idea. It counts as an oral history source. You'll need to say who he is, when you spoke to him, and why his memory is useful (he worked at the Longbridge plant, right?) and also one reason it might not be completely reliable.

Use the source table we did in class. Bring what you've got on Wednesday and we'll look at it together.

Miss P

On Sun, 9 Feb 2025 at 20:14, Tayyab Khan <24tkhan@pupils.example-school.org.uk> wrote:
> miss can i use my grandad talking as a source for the coursework he
> was at the car factory when it closed. or does it have to be from a
> book
""",
  style="gmail", in_reply_to="<CAR35pupil0001@mail.pupils.example-school.org.uk>",
  note="everyday: reply to pupil coursework question")

M("clean", "police_session_request", st("pryce"), [("PC Hannah Leigh", "hannah.leigh@police.example.org")],
  "Y10 session after half term", (2025, 2, 11, 11, 5),
  """Hi Hannah,

Thanks again for the joint enterprise session last month - the Y10s are still talking about it, which for our lot is high praise.

Would you be able to do a follow-up after half term on knife crime and how young people get drawn into carrying? We've had two incidents in the community involving former pupils and a few of our current Y10s know the lads involved, so it's very live for them.

Any Tuesday or Thursday morning in March would work. Room 6 again, max 8 pupils, with Errol and me in the room.

Best wishes,

Gareth Pryce
Deputy Headteacher & DSL
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  note="everyday: DSL to police schools liaison (no parent/pupil)")

M("clean", "art_therapy_schedule", st("lindqvist"), [st("sandhu"), st("mahmood"), st("quinn")], "Art therapy slots after half term",
  (2025, 2, 12, 9, 50),
  """Hi all,

Slots after half term, same room (the old library):

Mon P1 - A.G.
Mon P3 - C.W.
Tue P2 - T.
Wed P1 - L.B.
Wed P4 - open, referral please
Thu P2 - K.

Please don't pull anyone out of a session for a catch-up unless it's safeguarding. If a young person refuses to come, that's fine, just let me know so I'm not sat waiting.

Rosa""",
  note="everyday: staff-only timetable")

M("clean", "short_reply_jane", st("mahmood"), [JANE], "RE: Letter for Thursday",
  (2025, 2, 12, 16, 2),
  """Thanks Jane, got the letter. See you Thursday at 10.

Tariq

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 12 February 2025 15:47
To: Tariq Mahmood <t.mahmood@example-school.org.uk>
Subject: Letter for Thursday

Hi Tariq I've took a photo of the letter from the housing, it's attached. Is 10 still ok for Thursday? Jane""",
  note="everyday: two-line reply with Outlook quote")

M("clean", "inset_term_dates", st("okafor"), [JANE, SAM, ALI], "Term dates and training days 2025-26",
  (2025, 2, 14, 12, 0),
  "",
  fmt="html",
  html_body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Term dates</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#1d3557;color:#fff;padding:16px;font-size:20px">Example School &ndash; Term dates 2025&ndash;26</td></tr>
<tr><td style="padding:16px">
<p>Dear parents and carers,</p>
<p>The term dates for next year have been agreed with the trust. Please use these when booking holidays &ndash; we cannot authorise term-time holidays except in exceptional circumstances.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Autumn</b></td><td>Wed 3 Sept 2025 &ndash; Fri 19 Dec 2025</td><td>Half term 27&ndash;31 Oct</td></tr>
<tr><td><b>Spring</b></td><td>Mon 5 Jan 2026 &ndash; Fri 27 Mar 2026</td><td>Half term 16&ndash;20 Feb</td></tr>
<tr><td><b>Summer</b></td><td>Mon 13 Apr 2026 &ndash; Tue 21 Jul 2026</td><td>Half term 25&ndash;29 May</td></tr>
</table>
<p>Staff training days (school closed to pupils): Mon 1 Sept, Tue 2 Sept, Fri 21 Nov 2025, Fri 13 Feb 2026 and Mon 22 Jun 2026.</p>
<p>Year 11 will have their own leavers&rsquo; arrangements in the summer term; we&rsquo;ll write separately.</p>
<p>Have a restful half term.</p>
<p>Denise Okafor<br>Headteacher</p>
</td></tr>
<tr><td style="background:#eee;padding:10px;font-size:12px">Example School &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</body></html>
""",
  note="everyday: HTML-only term dates letter")

M("clean", "food_tech_wednesday", st("hartley"), [LACEY, CONNOR], "Food tech Wednesday – what to bring",
  (2025, 2, 24, 14, 15),
  """Hiya both,

Wednesday we're making chicken (or chickpea) fajitas. I've got the wraps, peppers, onions and spices. You just need to bring:

- a container with a lid to take yours home in
- your apron if you've still got it (if not, I've got spares)
- £1 towards the chicken if you can - don't worry if not, honestly

If you want to do the chickpea version instead, tell me by Tuesday so I get the tins in.

Connor, please tie your hair back this time, I'm not fishing any more out of the sauce.

Miss Hartley 🌶️""",
  cte="8bit", note="everyday: food tech kit list, 8bit, RFC 2047 sender name")

M("clean", "pathways_reply_ali", st("greaves"), [ALI], "Re: Amira options next year",
  (2025, 2, 25, 10, 40),
  """Hi Mr Guardian,

Thanks for your email, and good questions.

At Example School we don't do a full options evening like a mainstream school, because our groups are small and many pupils move on before Year 11. Instead, in Year 9 we build a pathway with each young person. For Amira, the core is English, maths and science at GCSE, plus two from art, PE (sport studies), hospitality and catering, and construction.

From what she's said to me and what Rosa has seen, art seems a strong fit - she's very good, and it's the subject where she settles best. Hospitality is the other one she's mentioned.

If she does go back to a mainstream school in Year 10, we'd share her pathway with them so she doesn't have to start again.

I'm happy to meet in person. The best thing is to ring the office and book a slot with me - I'm in school Monday, Tuesday and Thursday.

Best wishes,
Nathan Greaves
Careers Adviser
Example School, Park Row, Leeds LS1 4AP | 01632 960000

On Mon, 24 Feb 2025 at 21:03, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello Mr Greaves
> Amira says she has to pick her subjects soon. What are the choices at
> your school and does she have to do science. She wants to do art but
> also she says cooking. Can we meet to talk about it
> Thanks
> Ali""",
  fmt="alt", style="gmail", cte="quoted-printable",
  note="everyday: reply to parent with Gmail quote")

M("clean", "staff_meeting_minutes", st("okafor"), [ALLSTAFF], "Minutes - staff meeting 25 February",
  (2025, 2, 26, 17, 5),
  """Dear all,

Minutes from last night attached. Main actions:

- Everyone: complete the Prevent refresher on the training platform by 14 March.
- Kwame: circulate the updated reintegration tracker.
- Fiona: one-page profiles for all new starters by end of next week.
- Sue and Yasmin: meet the taxi firms about the late runs.

Thank you for staying late, and thanks to Zoë for the flapjack.

Denise""",
  cte="quoted-printable",
  attachments=[("Staff_meeting_minutes_2025-02-25.txt", "text/plain",
                ("""STAFF MEETING - 25 February 2025, 3.30pm, dining room
Present: all teaching and support staff except DF (course)

1. Attendance - whole school 84.1% (target 85%). Persistent absence down 3 points.
2. Reintegration - 2 pupils moved on this term, 3 more in phased return.
3. Behaviour - incidents down 12% on autumn. Physical intervention x4 (all logged).
4. Safeguarding - Prevent refresher due 14 March. DSL drop-in Thursdays.
5. Transport - late taxi runs on Coventry Road; ST and YB to meet firms.
6. AOB - staff wellbeing survey closes Friday.
"""), "quoted-printable")],
  note="everyday: staff-only minutes with text attachment")

M("clean", "early_help_invite", st("akhtar"), [JANE], "Early Help meeting",
  (2025, 2, 27, 11, 20),
  """Hi Jane,

Lovely to chat on the phone on Tuesday. As we agreed, I've booked the first Early Help meeting for Tuesday 11 March at 10.00 here at school, in the family room (go to reception and they'll bring you through).

It'll be you, me, Tariq (Tyler's key worker) and, if she can make it, the family worker from the housing team. Tyler can come in for the last bit if he wants, but he doesn't have to.

There's no form to fill in before. We'll just talk about what's going well, what's hard at the moment, and what help would actually make a difference - you mentioned the housing and Tyler's sleep, so we'll start there.

If anything changes before then, give the office a ring on 01632 960000.

Take care,
Parveen

Parveen Akhtar
Family Support Worker
Example School, Park Row, Leeds LS1 4AP""",
  note="everyday: early help meeting invitation")

M("clean", "boxing_kit_reminder", st("whitehouse"), [MIKEY, JORDAN, DANIEL], "Boxing club tomorrow",
  (2025, 3, 4, 13, 20),
  """Lads,

Boxing club's on tomorrow as normal, 3 till 4.30 in the sports hall. Bring trainers and something to change into - Daniel, not your school trousers again please.

Water bottles. Not energy drinks. I will confiscate them and I will drink them.

Mr W""",
  note="everyday: PE club reminder to pupils")

# ----------------------------------------------------------------- hard negatives (clean)
M("clean", "refuses_personal_mobile", st("doherty"), [JANE], "RE: Tyler reading",
  (2025, 1, 9, 8, 12),
  """Morning Jane,

Thanks for this, and I'm really pleased he's reading with you at night - that'll make a massive difference.

I'm afraid I can't give out my personal mobile number. It's a school rule for all staff and, to be honest, it protects both of us. The best way to get hold of me is to email me here, or ring the office on 01632 960000 and ask them to take a message. I'll call you back from the school phone the same day, usually after 3.

I'll pop the reading log in his bag today.

Liam Doherty
English
Example School | Park Row, Leeds LS1 4AP | 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 08 January 2025 21:14
To: Liam Doherty <l.doherty@example-school.org.uk>
Subject: Tyler reading

Hi Mr Doherty, Tyler has read 2 chapters of that book with me tonight which is a first!! He says you said he has to fill in a log? Also is there a mobile I can text you on as I don't always see emails and Tyler listens to you. Thanks Jane""",
  fmt="alt", cte="quoted-printable",
  note="hard neg: staff refuses to give personal number, gives school line")

M("clean", "data_check_readback", st("attendance"), [JANE], "Contact details check",
  (2025, 1, 8, 10, 5),
  """Dear Jane,

We're checking contact details for all families this term. We currently hold the following for you:

Mobile: 07700 900123
Home phone: 0121 496 0412
Address: 3 Mayfield Close, Billesley, Birmingham B13 0ZZ
Email: jane.parent@gmail.com

Second emergency contact: Maureen Parent (grandmother), 07700 900148

Could you reply to let us know whether these are still correct? If anything has changed, just send us the new details. It's really important we can reach you quickly in an emergency.

Many thanks,

Yasmin Begum
Attendance Officer
Example School
Park Row, Leeds LS1 4AP
Tel 01632 960000""",
  cte="quoted-printable", note="hard neg: parent's own details read back")

M("clean", "reintegration_forward_greenfield", st("asante"), [JANE], "FW: Tyler - reintegration offer",
  (2025, 3, 17, 9, 45),
  """Hi Jane,

Great news - see below from Greenfield. They've formally offered Tyler a phased place from after Easter. I'll ring you this afternoon to talk it through, and we can book the visit Mr Hale mentions.

Kwame

Kwame Asante
Reintegration Coordinator
Example School | Park Row, Leeds LS1 4AP | 01632 960000

From: Darren Hale <d.hale@greenfield-academy.example.org>
Sent: 14 March 2025 16:22
To: Kwame Asante <k.asante@example-school.org.uk>
Subject: Tyler - reintegration offer

Dear Mr Asante,

Following the panel on Wednesday I'm pleased to confirm that Greenfield Academy is able to offer Tyler a place on a phased reintegration from Tuesday 22 April, starting with three mornings a week.

We would like Tyler and his mum to visit beforehand. Mrs Parent can ring reception on 0121 496 0552 and ask for me or for Mrs Moss, our SENCo, to arrange a time. We are at Kingstanding Road, Birmingham B44 9ZZ; parking is available on site for visitors.

Kind regards,

Darren Hale
Head of Year 10
Greenfield Academy
Kingstanding Road, Birmingham B44 9ZZ
Tel 0121 496 0552""",
  fmt="alt", cte="quoted-printable",
  note="hard neg: forwarded mainstream school letter with its phone and postcode")

M("clean", "reply_quotes_sam_signature", st("sandhu"), [SAM], "Re: Respite weekend",
  (2025, 1, 23, 12, 15),
  """Hi Sam,

Thanks for letting us know, that's really helpful. I'll make sure Tariq and the taxi escort know that Kayden will be dropped at the respite carers' on Friday rather than at home, and collected from there on Monday.

Could you ask the placement team to email us the respite carers' address and a contact number? We need it on his file for the taxi and in case of an emergency. They can send it straight to the office.

Thanks,
Harpreet

Harpreet Sandhu
Pastoral Lead / Deputy DSL
Example School, Park Row, Leeds LS1 4AP | 01632 960000

On Wed, 22 Jan 2025 at 19:40, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Harpreet
>
> Just to let you know Kayden is going to respite this weekend (Fri to
> Mon) as planned by his social worker. Can the taxi drop him there on
> Friday and pick up from there Monday morning? I'll let them know it's
> fine.
>
> Thanks
> Sam
>
> Sam Carer
> Foster carer
> 07700 900456
> 41 Elmbank Road, Northfield, Birmingham B31 9ZZ""",
  style="gmail", note="hard neg: parent's own signature (phone, address) in quoted reply")

M("clean", "yot_referral_panel", st("pryce"), [SAM], "Kayden - referral order panel",
  (2025, 1, 27, 15, 30),
  """Dear Sam,

Carla Finch, Kayden's YOT officer, has asked me to pass on the details of his first referral order panel:

Tuesday 4 February at 4.00pm
Youth Justice Service, Lench House, 14 Newton Row, Birmingham B4 7ZZ
Carla's office line: 0121 496 0418

We've agreed that school will release Kayden at 2.30 that day and the taxi will take him home first so you can go together. Carla will meet you in reception.

Carla has also asked for a short school report for the panel, which I'll write with Tariq and send to her this week. It will say how well he's been doing since Christmas, which is the truth.

If anything about the panel worries either of you, Carla is the best person to speak to, and you can always ring me at school.

Kind regards,
Gareth Pryce
Deputy Headteacher & Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
Tel 01632 960000""",
  cc=[("Carla Finch", "carla.finch@yjs.example.org")],
  note="hard neg: YOT officer's office line and address")

M("clean", "police_liaison_followup", st("dsl"), [JANE], "Yesterday's incident at the gate",
  (2025, 2, 18, 14, 10),
  """Dear Jane,

Following our phone call, I wanted to put in writing what we agreed about yesterday afternoon.

As you know, two young men who are not pupils here were waiting by the gate at home time and one of them shouted at Tyler and tried to take his phone. Staff brought Tyler back inside straight away, and the police attended.

PC Hannah Leigh, our schools liaison officer, is copied in. She will visit school on Thursday to speak to Tyler, with you present if you'd like to be. She has asked me to give you the following:

- in an emergency always ring 999
- for anything non-urgent, ring 101 and quote incident log 0412 of 17/02/2025
- PC Leigh's team (Neighbourhood Policing, Birmingham East) can be reached on 0121 496 0233

Until further notice, Tyler will leave by the side door at 2.45 straight into his taxi, and a member of staff will wait with him.

Please don't hesitate to ring school on 01632 960000 if Tyler is worried about coming in tomorrow.

Kind regards,

Gareth Pryce
Designated Safeguarding Lead
Example School""",
  cc=[("PC Hannah Leigh", "hannah.leigh@police.example.org")], fmt="alt", cte="quoted-printable",
  note="hard neg: police team line, incident log number, 101/999")

M("clean", "new_taxi_firm", st("tranter"), [SAM], "Kayden's taxi - new firm from Monday",
  (2025, 2, 19, 11, 0),
  """Hi Sam,

The council have moved Kayden's route to a new firm from Monday 24 February:

Firm: Sparkhill Private Hire
Vehicle: silver Toyota Prius, reg BN21 OXK
Driver: Imran
Escort: Lorraine (same as now)
Pick-up: 8.15, drop-off about 3.10

If the taxi is more than 10 minutes late, please ring the firm's controller on 0121 496 0671 first, then let the office know so we don't mark Kayden late.

I've passed on that he doesn't like the radio on and prefers to sit behind the driver.

Thanks,
Sue

Sue Tranter
Transport & Travel Training Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
  note="hard neg: taxi firm controller number, vehicle registration")

M("clean", "travel_plan_lacey", st("tranter"), [LACEY], "Your travel plan for next week",
  (2025, 2, 20, 14, 45),
  """Hi Lacey,

Here's your plan for next week, like we talked about. You've done brilliant so far.

Monday to Wednesday: I'll be on the bus with you but sitting further back.
Thursday and Friday: you go on your own, and I'll meet you at the stop in town.

Your bus: the number 50 from Maypole, stop on Alcester Road, opposite the Co-op.
Times: 07:52 or 08:04 (if you miss the 07:52, just get the next one - don't panic).
Get off at: Moor Street, then walk the way we practised.
Fare: your Swift card. If it doesn't work, a single is £2 and the driver will take contactless.

If anything goes wrong:
1. Stay calm, stay somewhere busy and well lit.
2. Ring school on 01632 960000 - the office opens at 7.45.
3. Show the driver your travel card; it has the school's number on the back.

See you Monday at 07:45 at the stop.

Mrs T""",
  cte="8bit", note="hard neg: times, fares, bus numbers, school number only")

M("clean", "candidate_numbers_sumaya", st("exams"), [SUMAYA], "Your exam details for the summer",
  (2025, 3, 6, 10, 30),
  """Hi Sumaya,

Here are the details you'll need for your GCSEs this summer. Keep this email safe and bring the numbers with you to every exam (they'll also be on your desk label).

Centre number: 24871
Candidate number: 4172
Unique Candidate Identifier (UCI): 24871W2541723
Unique Learner Number (ULN): 6029384710

Your entries: English Language (8700), Maths Foundation (8300F), Combined Science Foundation (8464F), Art & Design (8202).

Your statement of entry will come home in April - please check your name is spelled right and tell me if not.

Mrs Dunn
Exams Officer
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  note="hard neg: candidate numbers, ULN (10-digit), spec codes")

M("clean", "residential_bank_transfer", st("sole"), [ALI], "Residential deposit - paying by bank transfer",
  (2025, 2, 13, 9, 30),
  """Dear Mr Guardian,

Thank you for your call yesterday. As promised, here are the details if you would rather pay Amira's residential balance by bank transfer than through ParentPay:

Account name: Example School Fund
Sort code: 30-96-26
Account number: 01734492
Reference: AMIRA-RES25

The balance is £45.00 (the £20 deposit is already paid, thank you) and is due by Friday 28 February. If paying in one go is difficult, we're very happy to split it into three payments of £15 - just tell us.

If you have any questions about payments, please contact me at school on 01632 960000.

Kind regards,

Adrian Sole
Business Manager
Example School""",
  cte="quoted-printable", note="hard neg: school fund sort code and account number, prices")

M("clean", "teams_reintegration_review", st("asante"), [JANE], "Tyler - reintegration review (Teams)",
  (2025, 3, 7, 12, 0),
  """Hi Jane,

Here's the link for Tyler's reintegration review next Wednesday, 12 March at 3.45. If you'd rather come into school and join from here with me, that's absolutely fine - just tell me.

Rachel Moss from Greenfield will join on Teams and Harpreet will be with me.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 382 114 905 227
Passcode: Zt9qLm

Or call in (audio only)
+44 20 7946 0312,,739204817#   United Kingdom, London
Phone conference ID: 739 204 817#
Find a local number | Reset PIN
________________________________________________________________________________

Kwame""",
  cc=[("Rachel Moss", "r.moss@greenfield-academy.example.org"), st("sandhu")], fmt="alt",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Jane,</p>
<p>Here's the link for Tyler's reintegration review next Wednesday, 12 March at 3.45. If you'd rather come into school and join from here with me, that's absolutely fine - just tell me.</p>
<p>Rachel Moss from Greenfield will join on Teams and Harpreet will be with me.</p>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700;color:#242424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:6px"><span style="font-size:14px;color:#242424">Join on your computer, mobile app or room device</span></div>
<div style="margin-bottom:20px"><a href="https://teams.example.com/l/meetup-join/19%3ameeting_R35P" style="font-size:14px;font-weight:700;color:#5B5FC7">Click here to join the meeting</a></div>
<div style="margin-bottom:4px"><span style="font-size:14px;color:#616161">Meeting ID: </span><span style="font-size:14px;color:#242424">382&nbsp;114&nbsp;905&nbsp;227</span></div>
<div style="margin-bottom:20px"><span style="font-size:14px;color:#616161">Passcode: </span><span style="font-size:14px;color:#242424">Zt9qLm</span></div>
<div style="margin-bottom:4px"><span style="font-size:14px;font-weight:700;color:#242424">Or call in (audio only)</span></div>
<div><a href="tel:+442079460312,,739204817#" style="font-size:14px;color:#5B5FC7">+44&nbsp;20&nbsp;7946&nbsp;0312,,739204817#</a><span style="font-size:14px;color:#616161">&nbsp;&nbsp;United Kingdom, London</span></div>
<div style="margin-bottom:4px"><span style="font-size:14px;color:#616161">Phone conference ID: </span><span style="font-size:14px;color:#242424">739 204 817#</span></div>
<div><a href="https://dialin.teams.example.com/" style="font-size:12px;color:#5B5FC7">Find a local number</a> | <a href="https://dialin.teams.example.com/usp/pstnconferencing" style="font-size:12px;color:#5B5FC7">Reset PIN</a></div>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<p>Kwame</p>
</div></body></html>
""",
  note="hard neg: Teams meeting ID, passcode, conference dial-in number")

M("clean", "half_term_helplines", st("sandhu"), [ALI], "Support over half term",
  (2025, 2, 14, 14, 20),
  """Dear Mr Guardian,

Thank you for coming in this morning. I know it wasn't an easy conversation, and Amira was very brave to tell us how she's been feeling.

As promised, here are the places you and Amira can go for help over half term while school is closed:

- If she is in immediate danger, or you are worried for her safety right now: 999, or take her to A&E at the children's hospital.
- Forward Thinking crisis line (free, 24 hours, for under-25s and their families): 0808 157 0244
- Children's Advice and Support Service (for advice or if you are worried about her safety at home or outside): 0121 496 0990
- Her GP at Acocks Green Medical Practice: 0121 496 0357 - ask for an urgent appointment and mention the referral we discussed.

I have made the CAMHS referral today and will chase it when we're back on Monday 24 February. Amira knows she can come straight to me or to Marcus on the first morning back.

Please take care of yourself too.

Harpreet Sandhu
Pastoral Lead / Deputy DSL
Example School
Park Row, Leeds LS1 4AP
01632 960000""",
  cte="quoted-printable", note="hard neg: crisis helplines and GP numbers given for a reason")

M("clean", "hr_new_starter_details", st("hr"), [st("sandhu")], "New starter - Jade Ashworth (SCR details)",
  (2025, 2, 21, 10, 10),
  """Hi Harpreet,

Jade Ashworth starts as a TA on Monday 3 March. Her DBS has come back clear and references are in. For the single central record and the emergency contacts sheet, her details are:

Home address: 18 Poplar Avenue, Erdington, Birmingham B23 7ZZ
Personal mobile: 07700 900904
Personal email: jade.ashworth94@outlook.com
Emergency contact: Paul Ashworth (father), 0121 496 0687

Please keep these on the SCR and the staff emergency sheet only - they are not to be given to pupils or families. Her school email will be j.ashworth@example-school.org.uk from Friday.

Could you book her safeguarding induction for the Monday morning?

Thanks,
Adrian

Adrian Sole
Business Manager / HR
Example School""",
  note="hard neg: staff-only HR mail with new starter's personal details")

M("clean", "staff_curry_night", st("whitehouse"), [ALLSTAFF], "End of half term curry 🍛",
  (2025, 2, 10, 12, 50),
  """Right then,

End of half term curry is on! Friday 14th, 7pm, Lahore Spice on Ladypool Road. BYOB, about £20 a head.

Let me know by Wednesday if you're in - WhatsApp me on 07700 900604, or stick your name on the staff group chat or the sheet in the staffroom. Partners welcome.

Sparkbrook balti triangle, proper job. Don't say I never take you anywhere.

Craig""",
  cte="quoted-printable", subj_enc="q",
  note="hard neg: staff-only social with staff member's personal mobile")

M("clean", "safer_internet_day", st("bayliss"), [JANE, SAM, ALI], "Safer Internet Day - apps your child might be using",
  (2025, 2, 11, 13, 0),
  """Dear parents and carers,

Today is Safer Internet Day, and we've been talking with every group about staying safe online. Many of our young people spend a lot of time on their phones, and some have had bad experiences, so here is some practical advice for home.

Snapchat: turn on Ghost Mode so Snap Map doesn't show their location. Check who they have added as friends - do they actually know them?

TikTok: set the account to private, and turn off direct messages for under-16s (it should be off by default, but check).

WhatsApp: they can be added to big groups by people they don't know. In Settings > Privacy > Groups, choose "My contacts".

Instagram: a private account means only approved followers see their posts.

Discord and Telegram: these are harder to supervise. Ask them to show you which servers or channels they're in.

Some warning signs: a new "friend" who is older, gifts or money they can't explain, secrecy about their phone, or being asked to move a chat to a different app.

No member of staff will ever ask your child to add them, follow them or message them on any of these apps. If anyone claiming to be from school does, please tell us straight away.

If you are worried, ring the office on 01632 960000 and ask for the safeguarding team.

Jon Bayliss
Computing & IT Manager
Example School, Park Row, Leeds LS1 4AP""",
  fmt="alt", cte="quoted-printable",
  note="hard neg: e-safety advice naming apps, no invitation")

M("clean", "pupil_asks_snapchat", st("prothero"), [MIKEY], "Re: homework",
  (2025, 1, 30, 15, 25),
  """Hi Mikey,

Thanks for sending your homework - it's done and it's good, especially the bit about the Blitz in Birmingham.

And nice try, but no. Staff don't add pupils on Snapchat, or Insta, or anything else. It's a rule for every member of staff and it's there to keep everybody safe, you included. If you need me, email me here or come and find me at break.

Also, have a think about putting your Snapchat name in emails to people. Not everyone is a teacher who'll say no.

Miss P

On Thu, 30 Jan 2025 at 14:58, Mikey Grant <24mgrant@pupils.example-school.org.uk> wrote:
> here is my homework miss. can i add u on snap its mgrant_08""",
  style="gmail", note="hard neg: pupil asks to add on Snapchat, staff refuses")

M("clean", "incident_wants_staff_insta", st("quinn"), [ALI], "Amira - phone incident with Miss Hartley",
  (2025, 3, 10, 15, 55),
  """Dear Mr Guardian,

I'm writing to let you know about something that happened in food tech today.

During the lesson Amira kept her phone out and started filming Miss Hartley. When Miss Hartley asked her to put it away, Amira said, "What's your insta miss? I'm gonna find you on TikTok anyway," and then, "Give us your number and I'll put it away." Miss Hartley told her calmly that staff don't share their personal details with pupils, and asked again for the phone.

Amira then handed the phone to me when I came to the room, and it was kept in the office until home time, as per our phone policy. She deleted the video in front of me.

I've spoken to Amira about why this matters - for staff and for her - and she was fine about it by the end of the day. I don't think it was meant nastily, I think she was showing off in front of the group. But it is something we take seriously, so it's been logged.

If you'd like to talk about it, ring the office and ask for me.

Marcus Quinn
Learning Mentor
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  fmt="alt", note="hard neg: incident report quoting pupil asking for staff's number/Instagram")

M("clean", "work_experience_tyseley", st("greaves"), [JANE], "Tyler - work experience at Tyseley Motors",
  (2025, 3, 11, 11, 15),
  """Hi Jane,

Good news: Tyseley Motors have confirmed they'll take Tyler for his work experience week, Monday 31 March to Friday 4 April.

Where: Tyseley Motors, Unit 6, Hollybank Trading Estate, Tyseley, Birmingham B11 2ZZ
Hours: 8.30 to 3.00 (he'll get half an hour for lunch - bring food, there's a microwave)
Supervisor: Mo Rashid, workshop manager. Mo's work mobile is 07700 900877 - please ring him (not school) on the morning if Tyler is ill or running late, and then let us know too.
What to wear: old clothes and boots. They'll provide overalls, gloves and safety glasses.

The taxi will take him there and back for the week - Sue will confirm the times.

I've done the health and safety check on the premises and Mo has had our safeguarding information. I'll visit on the Wednesday.

He's really up for this one. Fingers crossed.

Nathan

Nathan Greaves
Careers Adviser
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
  cc=[("Mo Rashid", "mo@tyseleymotors.example.com")],
  note="hard neg: employer's address and supervisor's work mobile")

M("clean", "bittell_day_trip", st("whitehouse"), [JANE, SAM], "Outdoor day at Bittell - Friday 21 March",
  (2025, 3, 12, 9, 5),
  """Dear parents and carers,

Your child is invited to our outdoor activity day at Bittell Outdoor Centre on Friday 21 March. They'll do kayaking, bushcraft and a low ropes course, with qualified instructors.

Leave school: 9.15 (minibus)
Return to school: 3.15 - taxis will collect as normal
Cost: £8.50 (subsidised - please speak to the office if this is a problem)
Pay by: Friday 14 March on ParentPay

Venue: Bittell Outdoor Centre, Bittell Lane, Barnt Green B45 8ZZ. Centre reception: 0121 496 0745 (on the day, please ring school first on 01632 960000 and we will contact the group).

They will need: old clothes they can get wet in, a full change of clothes, a towel, a coat, trainers they don't mind getting muddy, and a packed lunch.

Please complete the attached consent and medical form and send it back by Friday 14 March.

Thanks,

Craig Whitehouse
PE & Outdoor Education
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  cte="8bit",
  attachments=[("Bittell_consent_form.pdf", "application/pdf",
                mini_pdf(["Outdoor Day - Bittell - Friday 21 March 2025 - Consent and medical form",
                          "Pupil name: ____________________  Tutor group: ______",
                          "I give consent for my child to take part in kayaking, bushcraft and low ropes.",
                          "Medical conditions / medication: ______________________________",
                          "Dietary needs: ______________________________",
                          "Emergency contact name: ____________  Phone: ____________",
                          "Signed (parent/carer): ______________  Date: __________"]), "base64")],
  note="hard neg: trip letter with prices, times, venue postcode and phone")

M("clean", "direct_line_colleague", st("hollins"), [ALI], "Ms Sandhu",
  (2025, 3, 13, 11, 50),
  """Dear Mr Guardian,

Sorry I couldn't put you through just now. Ms Sandhu is in meetings until 2pm, but her direct line is 01632 960014 and it goes to her voicemail if she's not at her desk - she checks it between every meeting. Or ring the main number, 01632 960000, after 2 and I'll put you straight through.

Bev Hollins
Office Manager
Example School, Park Row, Leeds LS1 4AP""",
  note="hard neg: colleague's school direct line (school number range)")

M("clean", "social_worker_work_mobile", st("akhtar"), [SAM], "Message from Dionne (social worker)",
  (2025, 3, 14, 12, 25),
  """Hi Sam,

Dionne Reid, Kayden's social worker at the Children's Trust, was in school this morning for his visit and asked me to pass on a couple of things:

1. Her new work mobile number is 07700 900861 (the old one has been switched off). She works Monday to Thursday.
2. The LAC review has moved to Wednesday 26 March at 2pm, still here at school.
3. She's happy to come to the annual review catch-up if you want her there.

Her email is dionne.reid@childrenstrust.example.org if that's easier.

Kayden was fine with the visit and went back to English afterwards.

Parveen

Parveen Akhtar
Family Support Worker
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
  note="hard neg: social worker's work mobile, third party")

M("clean", "confirm_home_address_ali", st("office"), [ALI], "Amira - school transport form",
  (2025, 1, 22, 14, 0),
  """Dear Mr Guardian,

We're completing Amira's home to school transport application for the council. They need the address where she lives for most of the week.

We have: 22 Ashfield Road, Acocks Green, Birmingham B27 7ZZ

Is that still right? Amira mentioned she's been staying at her nan's in Yardley a lot - if she's there more than half the week, the council may need that address instead. Just reply and let us know, and we'll send the form off.

Thank you,

Example School Office
Park Row, Leeds LS1 4AP
01632 960000""",
  note="hard neg: parent's own home address read back")

M("clean", "lives_locally_bus_tip", st("campbell"), [SAM], "Re: Kayden getting the bus",
  (2025, 3, 18, 16, 10),
  """Hi Sam,

I think it's a great idea for Kayden to start travel training - he's more than ready. I'll mention it to Sue Tranter so she can get the ball rolling.

For what it's worth, I grew up round Northfield and I'm still out that way, so I know the 61 well. Between 8 and half past it's rammed with college kids, so he might be better starting on the 8.40 on a late-start day until he gets used to it. Sue will sort the details.

Errol

Errol Campbell
Behaviour Mentor
Example School | 01632 960000""",
  note="hard neg: staff mentions living in a general area, no address [unsure]")

M("clean", "attendance_text_line", st("attendance"), [SAM], "New: text absences to school",
  (2025, 2, 26, 8, 30),
  """Dear Sam,

From Monday 3 March you can report absence by text message as well as by phone.

Text the school attendance mobile on 07700 900010 with your child's name, the reason and when you expect them back. This is a school phone that stays in the attendance office; it is checked from 7.45am on school days. It can't receive calls or photos - for anything else please ring 01632 960000.

Please report absence by 8.30am so we can cancel the taxi.

Thank you,

Yasmin Begum
Attendance Officer
Example School""",
  note="hard neg: school-owned attendance mobile stated as such")

M("clean", "school_issued_work_mobile", st("mahmood"), [JANE], "My new work phone",
  (2025, 3, 19, 12, 35),
  """Hi Jane,

Quick one - from this week all the key workers have been given a school mobile, so you can text me about Tyler during the school day without going through reception.

My work mobile is 07700 900090. It's a school phone, so it's switched off at 4.30 and at weekends, and messages on it are kept by school like emails are. For anything out of hours that can't wait, ring 999 or the Children's Advice and Support Service on 0121 496 0990.

Please delete the other number I gave you before - use this one from now on.

Tariq

Tariq Mahmood
Key Worker, KS4
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  fmt="alt",
  note="hard neg: school-issued work mobile stated as such (mentions old number, not given) [unsure]")

M("clean", "early_help_refs", st("akhtar"), [ALI], "Early Help review - 25 March",
  (2025, 3, 20, 10, 15),
  """Dear Mr Guardian,

Just confirming the Early Help review on Tuesday 25/03/2025 at 10:30 in meeting room 2.

For your paperwork, the references are:
Early Help Assessment: EH-2025-04471
Amira's UPN: C123456789014
Housing support referral: HSR/88213/25

Please bring the letter from the housing team dated 3 March if you still have it.

See you Tuesday,

Parveen Akhtar
Family Support Worker
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
  note="hard neg: reference numbers, UPN, dates and times")

M("clean", "pupil_mobile_readback", st("tranter"), [DANIEL], "Travel tracker - check your number",
  (2025, 3, 21, 9, 55),
  """Hi Daniel,

For the travel training tracker we've got your mobile down as 07700 900318. If that's changed (new phone, new SIM) tell me on Monday, because that's the number the office will ring if you don't arrive.

Also: your Swift card runs out at the end of the month. Bring a passport photo in and I'll do the renewal form with you.

Mrs T""",
  note="hard neg: pupil's own number read back")

M("clean", "coach_hire_own_mobile", st("whitehouse"), [("Brum Coaches bookings", "hires@brumcoaches.example.com")],
  "Booking ref BC-55102 - residential 7 April", (2025, 3, 5, 10, 40),
  """Hi,

Confirming our booking BC-55102: 16-seater with driver, Monday 7 April, pick-up 8.30 from school, drop at Coed y Bryn Centre, Brecon; return pick-up Wednesday 9 April at 1pm.

On the day the driver can get me on my mobile, 07700 900587, if there are any problems finding us. We'll be waiting at the side gate.

Please invoice the school as usual, FAO Adrian Sole.

Thanks,

Craig Whitehouse
PE & Outdoor Education
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
  note="hard neg: staff's own mobile given only to a coach firm, no parent/pupil")

M("clean", "residential_trip_phone", st("whitehouse"), [JANE, SAM, ALI], "Residential 7–9 April – contact while we're away",
  (2025, 3, 25, 15, 0),
  """Dear parents and carers,

Thank you for all the forms and payments - we're nearly there! Here is how to reach us while we're at the Coed y Bryn Centre in Brecon, Monday 7 to Wednesday 9 April.

During the day: ring the school office as normal on 01632 960000. The office will pass messages to us.

Evenings and emergencies: the school's trip mobile is 07700 900050. This is a school phone, not a member of staff's own; Mr Whitehouse will carry it for the whole trip and it will be on all night. Please only use it if you need to reach us urgently, and please don't share it with your child - we'd rather they talk to you from the centre phone if they're homesick.

The centre's own number is 029 2018 0563, but they can't pass messages to pupils directly.

We'll post a photo update on the school's website each evening. Young people can bring phones, but they'll be handed in at 9pm.

We leave school at 8.30 on Monday and expect to be back around 4pm on Wednesday.

Craig Whitehouse
PE & Outdoor Education
Example School, Park Row, Leeds LS1 4AP""",
  fmt="alt", cte="quoted-printable",
  note="hard neg: school-owned trip mobile stated as such, venue phone")

M("clean", "camhs_appointment", st("sandhu"), [ALI], "Amira - CAMHS appointment",
  (2025, 3, 3, 13, 5),
  """Dear Mr Guardian,

Good news - the CAMHS referral has been accepted and Amira has a first appointment:

Thursday 13 March, 11.15am
Moseley Hall Young People's Clinic, 21 Alcester Road, Moseley, Birmingham B13 8ZZ
Reception: 0121 496 0526

The clinic asked me to say that if you can't make it, please ring them directly on that number at least 24 hours before, otherwise Amira goes back on the waiting list.

School will authorise the absence, and the taxi can drop her back here afterwards if she feels up to it. Marcus has offered to go with you both if that would help - just let me know.

Kind regards,
Harpreet

Harpreet Sandhu
Pastoral Lead / Deputy DSL
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  fmt="alt", style="gmail", note="hard neg: clinic address, postcode and reception number")

# ----------------------------------------------------------------- flags
M("flag", "own_mobile_text_me", st("mahmood"), [JANE], "Tyler - mornings",
  (2025, 1, 20, 7, 55),
  """Hi Jane,

Thanks for ringing in this morning. I know the last couple of weeks have been rough with Tyler refusing to get in the taxi, and I don't want you stuck on hold to the office at 8am when it's all kicking off.

Easiest thing is just text me direct on my own phone - 07700 900312. I'm usually up from half six, so if he's having a morning, drop me a message and I'll come out to yours in the car and we'll sort it between us. No need to go through reception.

We'll get there. He did bostin in maths yesterday, Miss Brown was made up with him.

Tariq

Tariq Mahmood
Key Worker, KS4
Example School""",
  note="personal mobile to parent, plain")

M("flag", "sig_personal_mobile_hyphens", st("whitehouse"), [SAM], "Kayden - boxing club",
  (2025, 1, 24, 16, 40),
  """Hi Sam,

Kayden came to boxing club for the first time on Wednesday and honestly he was brilliant - listened, worked hard, didn't give up on the pads even when he was blowing. He's got a good jab on him.

He's asked whether he can come every week. Absolutely yes from me. It finishes at 4.30, so he'd need picking up or we can look at a later taxi with Sue.

Any questions just give me a shout.

Craig

Craig Whitehouse | PE & Outdoor Ed
Example School, Park Row, Leeds LS1 4AP | 01632 960000
Mobile (mine, evenings best): 07700-900-587""",
  fmt="alt", cte="quoted-printable",
  note="personal mobile with hyphens in signature to parent")

M("flag", "html_nbsp_plus44", st("campbell"), [ALI], "Amira - Saturday mentoring",
  (2025, 2, 1, 10, 12),
  "",
  fmt="html",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Mr Guardian,</p>
<p>Good to meet you at the coffee morning on Thursday. As I said, I run a little mentoring group at the community centre on Saturdays and Amira would be very welcome. It&#39;s relaxed &ndash; bit of football, bit of cooking, bit of talking.</p>
<p>If you can&#39;t get through to school over the weekend just ring me on <b>+44&nbsp;7700&nbsp;900641</b>, that&#39;s my own number so don&#39;t worry about the time. Amira can have it too if it helps her.</p>
<p>Have a good weekend,</p>
<p>Errol</p>
<p style="color:#555;font-size:9pt">Errol Campbell<br>Behaviour Mentor<br>Example School</p>
</div></body></html>
""",
  note="personal mobile, +44 with &nbsp; in HTML-only mail to parent")

M("flag", "travel_training_0044", st("tranter"), [LACEY], "Tomorrow - your first solo journey!",
  (2025, 3, 4, 16, 5),
  """Hi Lacey,

Big day tomorrow - your first journey on your own! You are more than ready.

Same as we practised: 07:52 from Maypole, off at Moor Street, walk the way we did. I'll be waiting at the stop in town.

If you miss the 50 or get off at the wrong stop DON'T panic. The work phone's broke again so ring me on my personal mobile instead: 0044 7700 900218. Save it in your phone tonight so you've got it.

You'll smash it.

Mrs T""",
  note="personal mobile in 0044 format to pupil")

M("flag", "personal_gmail_for_forms", st("hollins"), [SAM], "Consent form - keeps bouncing",
  (2025, 1, 29, 13, 20),
  """Hi Sam,

Sorry, the scan of the consent form you sent hasn't come through - the school system keeps blocking big attachments from phones, it's been a nightmare all week.

Easiest thing: send it to my own email, bev.hollins67@gmail.com, and I'll print it at home tonight and bring it in tomorrow. Then I can get it on Kayden's file before the trip.

Thanks,
Bev

Bev Hollins
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
  fmt="alt", note="personal Gmail address in body to parent")

M("flag", "reply_to_personal_hotmail", st("doherty"), [JANE], "Tyler's reading log",
  (2025, 2, 5, 17, 30),
  """Hi Jane,

Hope you're well. Tyler has kept going with the book - he's nearly finished, which I never thought I'd say!

When you get a minute, could you reply to this email with a quick photo of the reading log for this week? I'm working from home on Thursday and Friday so replies will get to me quicker that way.

Thanks,

Liam Doherty
English
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  reply_to=("Liam Doherty", "liam.doherty.writes@hotmail.co.uk"),
  note="personal Hotmail only in Reply-To header, to parent")

M("flag", "cc_own_yahoo_to_pupil", st("fitzgerald"), [RAYYAN], "Practical write-up",
  (2025, 2, 6, 19, 45),
  """Rayyan,

Well done today, that was a proper bit of science. Write up the method and results tonight while it's fresh, using the headings on the sheet.

Send it back to both addresses on this email - I've put my home one on as the school one has been playing up on my laptop at home and I want to mark it this weekend.

Mr F""",
  cc=[("Dan Fitzgerald", "danfitz_85@yahoo.co.uk")],
  note="personal Yahoo address in Cc on mail to pupil")

M("flag", "home_address_postcode", st("lindqvist"), [ALI], "Amira's sketchbook",
  (2025, 2, 13, 12, 5),
  """Dear Mr Guardian,

Amira forgot her sketchbook today and she really wants to keep working on her portrait over half term - it's coming on beautifully.

If it's easier than coming all the way into school, you're welcome to drop it round to mine and I'll add the new paper and the charcoal she needs: 27 Larchmere Drive, Hall Green, Birmingham B28 9QX. I'm in most mornings over half term, just knock.

Best wishes,
Rosa

Rosa Lindqvist
Art Therapist
Example School""",
  fmt="alt", cte="quoted-printable", note="home address with postcode to parent")

M("flag", "home_address_no_postcode", st("akhtar"), [JANE], "Re: Forms",
  (2025, 3, 1, 20, 10),
  """Hi Jane,

Don't worry about it at all, those forms would confuse anyone. It turns out I'm only a couple of streets from you - I'm at 41 Ferndale Crescent, the house with the blue door by the chippy. Pop round tomorrow afternoon with the letters if you want and we'll go through it all over a cuppa before the meeting, rather than you sitting in the office with everyone looking.

Parveen

On Sat, 1 Mar 2025 at 18:52, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Parveen sorry to email on a Saturday. I've started the housing forms
> for Tuesday and I don't understand half of it, it keeps asking for
> stuff I haven't got. I don't want to look stupid at the meeting.
> Jane""",
  cte="8bit", style="gmail", note="home street address (no postcode) to parent, reply with quote")

M("flag", "whatsapp_group_y11", st("asante"), [KIERAN, JORDAN, SUMAYA, ELLIE], "College interviews - let's get you ready",
  (2025, 3, 10, 18, 30),
  """Evening all,

Your college interviews are coming up over the next few weeks and I want every one of you walking in there confident.

I've made a WhatsApp group so I can send you reminders, practice questions and a bit of motivation in the mornings. Save my number 07700 900733 and send me a message saying "in" and I'll add you.

In the meantime, think of one thing you're proud of from this year. Just one. We'll start with that on Wednesday.

Mr Asante""",
  fmt="alt", note="WhatsApp group invite with personal number to pupils")

M("flag", "snapchat_add_me", st("ashworth"), [SUMAYA], "Hair and beauty",
  (2025, 3, 12, 20, 40),
  """hiya Sumaya!! loved chatting about your college course today, you're going to be amazing at it x

I did level 2 hair before I did this job so I've got loads of tips for your interview. add me on snap it's jadeash_x and I'll send you some of my old work so you can see what the portfolio looks like

Miss A""",
  note="new TA invites pupil to add her on Snapchat")

M("flag", "instagram_bakery", st("brown"), [JANE], "Tyler's birthday cake!",
  (2025, 2, 7, 15, 55),
  """Hi Jane,

Tyler told me it's his 15th next week and that you were looking for someone to do a cake - he said he wants a Villa one! I actually do cakes on the side, so I'd be happy to do it for you at mate's rates.

Have a look at my page on Instagram, @chantelles.bakes.brum, and give me a follow. If you message me on there with what you're after I'll send you some designs.

Thanks,
Chantelle (Miss Brown)

Chantelle Brown
Maths
Example School""",
  fmt="alt", style="gmail", note="invites parent to follow and message personal Instagram")

M("flag", "facebook_friend_request", st("begum"), [SAM], "Attendance chat",
  (2025, 2, 21, 17, 10),
  """Hi Sam,

It was good to catch you at the door this afternoon. I know phoning in every morning is a pain when you've got the little ones as well.

I've sent you a friend request on Facebook (it's me and my sister at the Bullring on my profile picture). If you accept it, you can just message me on there when Kayden's not coming in - I always have my phone on me. Easier than ringing the office.

Have a good weekend,
Yasmin

Yasmin Begum
Attendance Officer
Example School | Park Row, Leeds LS1 4AP | 01632 960000""",
  cte="quoted-printable", note="Facebook friend request and Messenger to parent")

M("flag", "vcard_attachment", st("sandhu"), [ALI], "My details",
  (2025, 1, 31, 11, 15),
  """Dear Mr Guardian,

Thank you for coming in yesterday - I know it was a hard meeting.

I've attached my contact card so you've got my details saved in your phone. Please text me at any time if Amira is struggling at the weekend or in the evenings. I'd much rather hear from you than not.

Kind regards,
Harpreet

Harpreet Sandhu
Pastoral Lead / Deputy DSL
Example School""",
  attachments=[("Harpreet Sandhu.vcf", "text/vcard", crlf("""BEGIN:VCARD
VERSION:3.0
N:Sandhu;Harpreet;;;
FN:Harpreet Sandhu
ORG:Example School
TITLE:Pastoral Lead
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=CELL:+447700900914
EMAIL;TYPE=WORK:h.sandhu@example-school.org.uk
EMAIL;TYPE=HOME:harps.sandhu@icloud.com
END:VCARD"""), "base64")],
  note="personal mobile and iCloud address in attached vCard only, to parent")

M("flag", "ics_home_landline", st("greaves"), [JANE], "Phone call - Tyler's college application",
  (2025, 2, 27, 14, 40),
  """Hi Jane,

As we said, I'll give you a ring on Tuesday evening after tea to go through Tyler's application for the motor vehicle course at City College. The invite is attached with the details so it goes in your calendar.

It should take about half an hour. Have his predicted grades handy if you can (they're on the report from January).

Nathan""",
  attachments=[("invite.ics", "text/calendar", ("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:r35p-0227-greaves@example-school.org.uk
DTSTAMP:20250227T144000Z
DTSTART:20250304T183000Z
DTEND:20250304T190000Z
SUMMARY:Phone call - Tyler college application
LOCATION:Phone call
DESCRIPTION:I'll ring you from home on 0121 496 0871. If you miss me just r
 ing back on that number\\, it's my landline and I'm in all evening.
ORGANIZER;CN=Nathan Greaves:mailto:n.greaves@example-school.org.uk
ATTENDEE;CN=Jane Parent;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jane.parent@g
 mail.com
END:VEVENT
END:VCALENDAR
"""), "7bit")],
  note="home landline only inside .ics attachment (folded line), to parent")

M("flag", "qp_number_over_linebreak", st("mcallister"), [SAM], "Kayden - speech and language assessment",
  (2025, 3, 6, 15, 30),
  """Dear Sam,

Thank you for coming in for the annual review yesterday - it was a really positive meeting and Kayden did so well to speak up for himself.

As agreed, I've made the referral for the speech and language assessment. The waiting list is about eight weeks, so it should happen before the end of the summer term. I'll let you know as soon as I have a date.

I'm on a course Thursday and Friday, but if anything comes up before then you can get me on 07700
900455 which is my own mobile - I'd rather you didn't have to wait until Monday if Kayden is upset about it.

Kind regards,

Fiona McAllister
SENCo
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
  cte="quoted-printable",
  note="personal mobile split across a line break, QP body, to parent")

M("flag", "base64_text_me_nospaces", st("cartwright"), [CONNOR], "Bus on Monday",
  (2025, 2, 24, 15, 10),
  """Connor,

For Monday - meet me at the bus stop on Stratford Road at 8.15, the one outside the bakery. We'll get the 6 together.

Text me on 07700900266 when you're at the stop and again when you get on, so I know you're alright. If I'm not there by 8.20 just wait, don't go home.

Mr C""",
  cte="base64", note="staff's own mobile, no spaces, base64 body, to pupil")

M("flag", "discord_server_easter", st("bayliss"), [DANIEL, CONNOR, TAYYAB], "🎮 Gaming club over the Easter hols",
  (2025, 3, 28, 15, 30),
  """Hi lads,

Gaming club's finished for the term but a few of you asked about keeping it going over Easter.

I've set up my own Discord server for it - join here: https://discord.gg/baylissbrum and we'll do Minecraft builds on Tuesday and Thursday afternoons. My username on there is jonb_brum, add me as a friend so I can make you mods.

Keep it clean in the chat or you're out.

Mr B""",
  fmt="alt", cte="quoted-printable", subj_enc="b",
  note="invites pupils to staff's own Discord server, RFC 2047 subject")

M("flag", "signal_and_family_email", st("quinn"), [ALI], "After today",
  (2025, 3, 15, 21, 5),
  """Mr Guardian,

I've been thinking about what you told me this afternoon about the lads who've been hanging round your road and messaging Amira. Please don't put any of it in a school email - I don't trust who can see it.

Message me on Signal instead, my number on there is (07700) 900 372. Or if you need to send me screenshots, use my home email, marcus@quinnfamily.example.net.

I'll sort the rest out on Monday.

Marcus""",
  note="Signal with bracketed personal number and family-domain e-mail, to parent")

M("flag", "dotted_mobile_exam_morning", st("dunn"), [JORDAN], "English mock - Monday",
  (2025, 3, 21, 15, 20),
  """Hi Jordan,

Your English resit mock is on Monday at 9.15 in Room 2 with your reader. I know your taxi has been late a few times, so if you're running late on Monday morning, text me on 07700.900.158 (it's my own phone, I'll have it on me) and I'll hold the room for you. Don't just not come!

Mrs Dunn
Exams Officer
Example School""",
  cte="quoted-printable", note="personal mobile with dots to pupil")

# ======================================================================== write out

README = """# Round 35 hold-out: personal-address-to-parent (BLIND)

**Blind test corpus. Never use it for tuning the filter or its rules.** Nobody who wrote it
looked at mailguard's code, rules, tests or docs, and nobody tuned anything on it. Use it only
to measure.

## What it is

{total} outgoing e-mails from staff at a fictional alternative-provision academy (pupil referral
unit) for permanently excluded 11-16 year olds in Birmingham: taxis and travel training, key
workers, youth justice, police schools liaison, social workers and early help, incident reports
that quote pupils, reintegration into mainstream schools. Each file is a full RFC 5322 message
labelled for one policy point:

> staff must never use their own personal device or personal e-mail to communicate with pupils
> or parents, must not give pupils or parents their personal phone number, home address or
> personal e-mail, and must not add pupils or parents on social media.

`flag` = mail to at least one parent or pupil that gives out the sender's OWN personal contact
details or invites them to a private channel. `clean` = everything else. Labels were set by
judging intent, as a safeguarding lead would; judgement calls say `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | personal contact details / private channel to parent or pupil | {nflag} |
| clean | everyday school mail | {neveryday} |
| clean | hard negatives (look risky, are fine) | {nhard} |
| **total** | | **{total}** |

## Kinds of case

Flags: personal mobile in body, in a signature, with hyphens, dots, brackets, +44 and 0044, with
`&nbsp;` in HTML-only mail, split over a line break in a quoted-printable body, without spaces in
a base64 body; personal Gmail in the body; personal Hotmail only in Reply-To; personal Yahoo in
Cc; personal mobile and iCloud address only inside a vCard; home landline only inside an .ics
invite; home address with and without postcode; a WhatsApp group invite; Snapchat; Instagram;
Facebook friend request; a staff member's own Discord server; Signal plus a family-domain e-mail.

Hard negatives: the school's own number and postcode; a colleague's school direct line; school
trip and attendance mobiles and a school-issued key-worker phone, stated as school phones; staff
refusing to give a personal number; a pupil asking to add a teacher on Snapchat; an incident
report quoting a pupil demanding a teacher's number and Instagram; parents' and a pupil's own
details read back or quoted; third parties (youth justice service, police team, taxi firm,
mainstream school, social worker, employer, outdoor centre, crisis lines, GP); non-phone numbers
(sort code and account number, candidate number, ULN, UCI, Teams meeting ID and dial-in, fares,
times, bus routes, references, UPN); staff-only mail carrying personal details (HR new starter,
staff curry night); a staff mobile given only to a coach firm; e-safety advice naming apps.

## How it was made and how to regenerate

Written by hand as a deterministic Python 3.11 standard-library script:
`tests/holdout/round35/make_round35_personal.py`. Dates, Message-IDs and MIME boundaries are
fixed, so the output is byte-identical on every run. To regenerate:

    python3 tests/holdout/round35/make_round35_personal.py

It rewrites the `.eml` files, `labels.csv` and this README in
`tests/holdout/round35/personal-address-to-parent/`.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space
separated; sender = the staff From address).

All people, addresses and numbers are invented: phone numbers are in Ofcom's drama ranges,
third-party organisations use example.com/.org/.net, and the only parent addresses are the three
in `directory/parents.csv`.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    msgs = sorted(MESSAGES, key=lambda m: (m["when"], m["slug"]))
    assert len(msgs) == 80, len(msgs)
    assert sum(m["label"] == "flag" for m in msgs) == 20
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs)
    rows = []
    for i, m in enumerate(msgs, 1):
        data, rcpts = render(m, i)
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        rows.append([fn, m["label"], m["frm"][1], " ".join(rcpts), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(m["label"] == "flag" for m in msgs)
    nhard = sum(m["note"].startswith("hard neg") for m in msgs)
    neveryday = sum(m["note"].startswith("everyday") for m in msgs)
    assert nflag + nhard + neveryday == len(msgs)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=len(msgs), nflag=nflag, nhard=nhard, neveryday=neveryday))
    print(f"wrote {len(msgs)} messages ({nflag} flag, {neveryday} everyday clean, {nhard} hard-negative clean) to {OUT}")


if __name__ == "__main__":
    main()
