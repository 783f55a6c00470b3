#!/usr/bin/env python3
"""Round 47 blind hold-out corpus generator: obscene-language module.

Setting: an 11-18 mainstream secondary with a resourced provision for deaf pupils.
Writes NNN_<flag|clean>_<slug>.eml files plus labels.csv into ./obscene-language/.
Deterministic: fixed dates, Message-IDs and MIME boundaries; stdlib only.
BLIND: written without reading mailguard's code, rules or tests. Never tune on it.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import textwrap
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people
STAFF = {
    "hughes": ("Rachel Hughes", "r.hughes", "Teacher of the Deaf | Head of Deaf Resource Provision"),
    "okafor": ("Tom Okafor", "t.okafor", "Head of Year 9 | Teacher of Computing"),
    "nair": ("Priya Nair", "p.nair", "Teacher of English"),
    "pryce": ("Gareth Pryce", "g.pryce", "Teacher of PE"),
    "whitworth": ("Helen Whitworth", "h.whitworth", "Deputy Headteacher | Designated Safeguarding Lead"),
    "featherstone": ("Dan Featherstone", "d.featherstone", "Teacher of Science"),
    "lomax": ("Kirsty Lomax", "k.lomax", "Communication Support Worker (BSL Level 6)"),
    "birtwistle": ("Joanne Birtwistle", "j.birtwistle", "Educational Audiologist"),
    "sadiq": ("Imran Sadiq", "i.sadiq", "Teacher of Mathematics"),
    "mccready": ("Siobh\u00e1n McCready", "s.mccready", "SENCo"),
    "office": ("Lorraine Ackroyd", "office", "Office Manager"),
    "attendance": ("Bev Holroyd", "attendance", "Attendance Officer"),
    "ellison": ("Mark Ellison", "m.ellison", "Network Manager"),
    "varga": ("Chloe Varga", "c.varga", "Head of Modern Foreign Languages"),
    "doyle": ("Fergus Doyle", "f.doyle", "Head of History"),
    "rahman": ("Aisha Rahman", "a.rahman", "Head of RE | PSHE & RSE Lead"),
    "brierley": ("Nathan Brierley", "n.brierley", "Teacher of Geography"),
    "exams": ("Hannah Kowalczyk", "exams", "Exams Officer"),
    "tate": ("Owen Tate", "o.tate", "Head of Sixth Form"),
    "sutcliffe": ("Megan Sutcliffe", "m.sutcliffe", "Deaf Instructor & BSL Tutor"),
    "gallagher": ("Pete Gallagher", "p.gallagher", "Site Manager"),
    "head": ("Andrew Marsh", "head", "Headteacher"),
    "quinn": ("Lauren Quinn", "l.quinn", "Teacher of Drama"),
    "bell": ("Steph Bell", "s.bell", "Librarian"),
    "evans": ("Rhys Evans", "r.evans", "Head of English"),
    "osei": ("Kwame Osei", "k.osei", "Teacher of Physics"),
    "fenwick": ("Jo Fenwick", "j.fenwick", "Head of Year 11"),
    "whitaker": ("Craig Whitaker", "c.whitaker", "Teacher of PE"),
    "catering": ("Ingrid Lindqvist", "catering", "Catering Manager"),
    "mcgovern": ("Declan McGovern", "d.mcgovern", "Teacher of the Deaf"),
    "marchetti": ("Zo\u00eb Marchetti", "z.marchetti", "Head of Year 7"),
    "ormerod": ("Becky Ormerod", "b.ormerod", "DofE Manager | Teacher of Geography"),
    "richardson": ("Amy Richardson", "a.richardson", "Form Tutor 8R | Teacher of Art"),
    "clerk": ("Anne-Marie Doherty", "clerk", "Clerk to the Governors"),
    "dsl": ("Helen Whitworth", "dsl", "Designated Safeguarding Lead"),
}


def S(key):
    name, local, role = STAFF[key]
    return (name, f"{local}@{DOM}")


def P(local):
    return ("", f"{local}@{PUP}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
STAFFLIST = ("All Staff", f"staff@{DOM}")
SLT = ("SLT", f"slt@{DOM}")
COVER = ("Cover", f"cover@{DOM}")


def sig(key, style="full"):
    name, local, role = STAFF[key]
    if style == "name":
        return name.split()[0]
    if style == "short":
        return f"{name}\n{role}"
    if style == "iphone":
        return "Sent from my iPhone"
    if style == "relay":
        return (f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n"
                f"Tel: 01632 960000 | Relay UK (textphone): 18001 01632 960000\n"
                f"Deaf parents and carers: you are welcome to email, use Relay UK or ask us for a video call with a BSL interpreter.")
    if style == "disclaimer":
        return (f"{name}\n{role}\nExample School | Park Row | Leeds | LS1 4AP\nT: 01632 960000\n\n"
                "This email and any attachments are confidential and intended solely for the addressee. "
                "If you have received it in error please notify the sender and delete it.")
    return f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"


# --------------------------------------------------------------------------- encoding helpers
def h(n):
    return hashlib.sha256(("r47obs-" + str(n)).encode()).hexdigest()


def dt(y, mo, d, hh, mi):
    day = datetime(y, mo, d)
    bst = (datetime(2024, 3, 31) <= day < datetime(2024, 10, 27)) or (datetime(2025, 3, 30) <= day < datetime(2025, 10, 26))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(datetime(y, mo, d, hh, mi, 0, tzinfo=tz))


def enc_word_b(s):
    """RFC 2047 B-encoding, split on character boundaries, each word <= 75 chars."""
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 39:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w).decode() + "?=" for w in words)


def enc_word_q(s):
    out, cur = [], ""
    for ch in s:
        if ch == " ":
            piece = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            piece = ch
        else:
            piece = "".join("=%02X" % b for b in ch.encode("utf-8"))
        if len(cur) + len(piece) > 58:
            out.append(cur)
            cur = ""
        cur += piece
    if cur:
        out.append(cur)
    return "\n ".join("=?utf-8?Q?" + w + "?=" for w in out)


def subject_hdr(s, mode=None):
    if mode is None and s.isascii():
        return s
    if mode == "Q":
        return enc_word_q(s)
    return enc_word_b(s)


def addr(a):
    name, email = a
    if not name:
        return email
    if not name.isascii():
        return f"{enc_word_b(name)} <{email}>"
    if any(c in name for c in ',.;:@()"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def addr_list(lst):
    parts = [addr(a) for a in lst]
    line, lines = "", []
    for p in parts:
        if line and len(line) + len(p) > 70:
            lines.append(line + ",")
            line = p
        else:
            line = (line + ", " + p) if line else p
    lines.append(line)
    return "\n ".join(lines)


def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def encode(text, cte):
    if cte == "7bit":
        assert text.isascii(), text[:80]
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


# A "part" is (list_of_header_lines, body_string)
def leaf(ctype, text, cte="7bit", charset="utf-8", extra=None, raw_body=None):
    hdrs = [f'Content-Type: {ctype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    if extra:
        hdrs += extra
    body = raw_body if raw_body is not None else encode(text, cte)
    return (hdrs, body)


def attachment(filename, ctype, data):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: attachment; filename="{filename}"',
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(data).decode("ascii"))


def multipart(subtype, parts, boundary):
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
    chunks = []
    for ph, pb in parts:
        chunks.append(f"--{boundary}\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n")
    body = "".join(chunks) + f"--{boundary}--\n"
    return (hdrs, body)


def outlook_boundary(n, k=0):
    x = h(f"{n}-{k}").upper()
    return f"_{k:03d}_{x[:12]}{x[12:20]}EURP265PRODO_"


def gmail_boundary(n, k=0):
    return "000000000000" + h(f"g{n}-{k}")[:12]


def apple_boundary(n, k=0):
    x = h(f"a{n}-{k}").upper()
    return f"Apple-Mail={x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


# --------------------------------------------------------------------------- text -> html
def to_html(text, style="outlook"):
    blocks = text.split("\n\n")
    out = []
    quote_buf = []

    def para(b):
        lines = [html.escape(l, quote=False) for l in b.split("\n")]
        return "<br>\n".join(lines)

    def flush_quote():
        if quote_buf:
            inner = "\n".join(quote_buf)
            qtext = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in inner.split("\n"))
            qhtml = to_inner(qtext)
            if style == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qhtml + "</blockquote>")
            else:
                out.append('<blockquote style="border-left:solid #CCCCCC 1.5pt;padding-left:6pt;margin-left:3pt">'
                           + qhtml + "</blockquote>")
            quote_buf.clear()

    def to_inner(t):
        return "\n".join(f"<p>{para(b)}</p>" for b in t.split("\n\n") if b.strip())

    for b in blocks:
        if not b.strip():
            continue
        if all(l.startswith(">") for l in b.split("\n")):
            quote_buf.append(b)
            continue
        flush_quote()
        if style == "gmail":
            out.append(f"<div>{para(b)}</div><div><br></div>")
        else:
            if b.startswith("From: ") and "\nSent: " in b:
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f'<p class="MsoNormal">{para(b)}</p></div>')
            else:
                out.append(f'<p class="MsoNormal">{para(b)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    flush_quote()
    inner = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1">\n<div class="WordSection1">\n'
            f"{inner}\n</div>\n</body>\n</html>\n")


# --------------------------------------------------------------------------- attachments
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# --------------------------------------------------------------------------- message assembly
MESSAGES = []


def add(label, slug, sender, to, subject, date, part, note, cc=(), subj_mode=None,
        mailer="Microsoft Outlook 16.0", reply_to_id=None, extra_headers=()):
    n = len(MESSAGES) + 1
    mid = h(n)
    if mailer and "iPhone" in mailer:
        msgid = f"<{mid[:8].upper()}-{mid[8:12].upper()}-{mid[12:16].upper()}-{mid[16:28].upper()}@{DOM}>"
    else:
        msgid = f"<LO2P265MB{mid[:4].upper()}{mid[4:24].upper()}@LO2P265MB{mid[24:28].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    hdr = [f"From: {addr(sender)}", f"To: {addr_list(to)}"]
    if cc:
        hdr.append(f"Cc: {addr_list(cc)}")
    hdr += [f"Subject: {subject_hdr(subject, subj_mode)}", f"Date: {date}", f"Message-ID: {msgid}"]
    if reply_to_id:
        rid = f"<{h('r' + reply_to_id)[:24]}@{reply_to_id.split('@')[-1] if '@' in reply_to_id else 'mail.gmail.com'}>"
        hdr += [f"In-Reply-To: {rid}", f"References: {rid}"]
    hdr += list(extra_headers)
    if mailer:
        hdr.append(f"X-Mailer: {mailer}")
    hdr.append("MIME-Version: 1.0")
    ph, pb = part
    raw = "\n".join(hdr + ph) + "\n\n" + pb
    if not raw.endswith("\n"):
        raw += "\n"
    assert "\r" not in raw
    data = raw.replace("\n", "\r\n").encode("utf-8")
    fname = f"{n:03d}_{label}_{slug}.eml"
    recips = " ".join(a[1] for a in list(to) + list(cc))
    MESSAGES.append((fname, data, label, sender[1], recips, note))
    return n


def nxt():
    return len(MESSAGES) + 1


def plain(text, cte="7bit", wrap=False):
    if wrap:
        text = wrap_text(text)
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    return leaf("text/plain", text, cte)


def alt(text, style="outlook", html_text=None, cte="quoted-printable", k=0):
    n = nxt()
    hb = html_text if html_text is not None else to_html(text, style)
    b = gmail_boundary(n, k) if style == "gmail" else outlook_boundary(n, k)
    return multipart("alternative", [leaf("text/plain", text, cte), leaf("text/html", hb, cte)], b)


def mixed(body_part, atts, style="outlook"):
    n = nxt()
    b = gmail_boundary(n, 9) if style == "gmail" else outlook_boundary(n, 9)
    return multipart("mixed", [body_part] + atts, b)


def htmlonly(hb, cte="quoted-printable"):
    return leaf("text/html", hb, cte)


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    for fname, data, *_ in MESSAGES:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        for fname, _d, label, sender, recips, note in MESSAGES:
            w.writerow([fname, label, sender, recips, note])


# =========================================================================== MESSAGES
def build():
    # 001 clean everyday: Y10 parents' evening, RFC 2047 subject (en dash)
    t = f"""Dear Parents and Carers,

Year 10 Parents' Evening will take place on Thursday 6 February from 4.00pm to 7.00pm in the Main Hall. Appointments are five minutes long and can be booked through SchoolCloud from 9.00am on Monday 27 January until 12 noon on Wednesday 5 February.

BSL/English interpreters will be available throughout the evening. If you would like an interpreter for your appointments, please tick the "interpreter required" box when you book and we will arrange the timings so that the same interpreter stays with you. If you would prefer a video appointment instead of coming in, please choose "video call" in SchoolCloud; interpreters can join video appointments too.

The hall has a hearing loop at the front tables, and the Deaf Resource Base (Room B2) will be open with tea and coffee for families who would like a quieter space.

If you have any difficulty booking, please email office@example-school.org.uk, call 01632 960000, or use Relay UK on 18001 01632 960000.

We look forward to seeing you.

Yours faithfully,

{sig("office", "relay")}"""
    add("clean", "y10_parents_evening_interpreters", S("office"), [JANE, SAM, ALI],
        "Year 10 Parents\u2019 Evening \u2013 Thursday 6 February", dt(2025, 1, 22, 15, 5),
        alt(t), "everyday: parents' evening letter, BSL interpreters, encoded subject", subj_mode="Q")

    # 002 flag plain: bollocks, staff-to-staff reply
    t = f"""Tom,

Have you seen the cover rota for this week? I've got three cover periods on Thursday on top of my Y11 practical and I'm down to take the Y9 signed assembly. It's complete bollocks. Whoever put it together clearly hasn't looked at the duty rota either.

Can you have a word with Lisa before briefing? I'm not going to kick off about it in front of everyone but I'm not doing all three.

Cheers
Gaz

> On 13 Jan 2025, at 16:40, Tom Okafor <t.okafor@example-school.org.uk> wrote:
>
> Gaz - cover list is up on the staffroom board and on SharePoint.
> Shout if there are any clashes with fixtures.
>
> T"""
    add("flag", "cover_rota_bollocks", S("pryce"), [S("okafor")], "Re: Cover w/c 13 Jan",
        dt(2025, 1, 14, 7, 52), plain(t, wrap=True), "plain swearing (bollocks), staff-to-staff reply",
        mailer="iPhone Mail (22C152)", reply_to_id="okafor@" + DOM)

    # 003 clean everyday: attendance reply to deaf carer re audiology
    t = f"""Dear Sam,

Thank you for letting us know. I have marked tomorrow morning as a medical appointment, so it will not count against attendance. If you can send a photo of the appointment letter or card by email or by replying to our school text, that is all I need.

If she is back in school before the end of period 3, she just needs to sign in at reception and the office will let her CSW know she has arrived. She doesn't need to bring a note.

There is no need to phone us - email or text is absolutely fine, whichever is easier for you.

Kind regards,

Bev Holroyd
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Relay UK: 18001 01632 960000

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 03 March 2025 19:22
To: Attendance <attendance@example-school.org.uk>
Subject: absence tomorrow - audiology

Hello, my daughter has audiology at St James's tomorrow at 9.15 for new moulds. She will come to school after. Thank you, Sam"""
    add("clean", "attendance_audiology_reply", S("attendance"), [SAM], "RE: absence tomorrow - audiology",
        dt(2025, 3, 4, 8, 11), plain(t), "everyday: attendance reply to deaf carer, medical appointment",
        reply_to_id="sam@outlook.com")

    # 004 hard negative: Scunthorpe / Penistone fixtures
    t = f"""Dear Parents and Carers,

A quick update on fixtures for the next fortnight.

Under-15 boys' football: we have reached the quarter-final of the county cup and play away at Scunthorpe on Wednesday 12 March (kick-off 2.30pm). The coach leaves from the sports hall car park at 12.30pm and should be back at about 6.15pm. Players will need packed lunches as they will miss second sitting.

Cross-country: the Yorkshire schools' championships are at Penistone on Saturday 15 March. We are taking twelve runners from Years 7 to 10. Parents are very welcome to come and support; the course is muddy so please send spikes or studs and a change of clothes.

For both events we have already told the organisers that some of our athletes are deaf. The starters at Penistone use a flag as well as the gun, and the referee at Scunthorpe has agreed to raise his arm with the whistle. Please make sure processors and hearing aids are sent in their dry boxes so they can be looked after by staff during the race or match.

Consent forms are on Arbor. Thank you for your continued support.

Mr C Whitaker
PE Department
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
    add("clean", "fixtures_scunthorpe_penistone", S("whitaker"), [JANE, SAM, ALI],
        "Football and cross-country fixtures - Scunthorpe and Penistone", dt(2025, 3, 5, 16, 20),
        alt(t), "hard negative: place names Scunthorpe, Penistone")

    # 005 flag plain: fuck + bastard, interpreter booking
    t = f"""Lorraine,

I've just had a text from the agency saying our two BSL interpreters are booked for Wednesday 5th. Parents' evening is THURSDAY 6th. It has been in the calendar since September. Who the fuck changed the booking?

I now have four deaf families who have booked slots specifically because they were told there would be an interpreter, and the agency says they can't promise anyone for Thursday at this notice. This bastard booking portal has done this to us twice now.

Can you ring Signpost Interpreting on 0113 496 0714 first thing and see what they can do? If they can't, I'll have to ask Kirsty and Megan to cover, which means pulling both of them out of lessons.

Rachel

{sig("hughes")}"""
    add("flag", "interpreter_booking_wrong_night", S("hughes"), [S("office")], "Interpreters for Y10 parents' evening",
        dt(2025, 2, 3, 17, 48), alt(t), "plain swearing (fuck, bastard) to office, Outlook multipart",
        cc=[S("mccready")])

    # 006 clean everyday: maths homework to pupils
    t = """Hi 8X2,

Homework for this week is on Sparx - it's the fractions of amounts task (XP target 200) and it's due next Tuesday 11 March before registration.

I've put a short signed video in the Teams channel going through the first two examples with Mrs Lomax, and the captions on the Sparx videos are switched on for everyone. If anything doesn't load, come and find me in M5 at lunch on Thursday rather than leaving it.

Bookwork codes must be written in your exercise books please - I'll be checking on Wednesday.

Mr Sadiq"""
    add("clean", "maths_homework_8x2", S("sadiq"), [P("23mkowalski"), P("23ajames"), P("23cmcdonald"), P("23hbatty")],
        "8X2 homework - due Tuesday", dt(2025, 3, 4, 15, 40), plain(t, wrap=True),
        "everyday: homework reminder to pupils")

    # 007 hard negative: Cockermouth flooding case study
    t = """Year 10 geographers,

Ahead of Thursday's lesson, please read the Cockermouth case study in your booklet (pages 14-17). Cockermouth is a market town in Cumbria that sits where the River Cocker joins the River Derwent, and it flooded badly in November 2009 and again during Storm Desmond in December 2015.

For each flood, note down:
- the physical causes (rainfall totals, relief, saturated ground, the confluence)
- the human factors (building on the floodplain, bridges trapping debris)
- the effects on people, businesses and the town's infrastructure
- what has been done since (the flood defence scheme and the glass flood walls)

There is a captioned news clip and a BSL summary of the case study on the Geography Teams page. We'll be using this for your 9-mark "assess" question, so the more detail the better.

Mr Brierley"""
    add("clean", "cockermouth_flood_case_study", S("brierley"), [P("21hlee"), P("21wgreenwood"), P("21pfarrar"), P("21ymensah")],
        "Y10 homework: Cockermouth case study", dt(2025, 1, 27, 12, 35), plain(t),
        "hard negative: place name Cockermouth, River Cocker")

    # 008 flag plain in Outlook reply: arsehole (taxi firm manager)
    t = """Hi Rachel,

Finally got hold of the taxi firm. The transmitter was on the back seat all weekend, the driver handed it in at their depot on Monday morning and nobody thought to ring us. The manager was an absolute arsehole on the phone - told me it "wasn't his job to chase kids' hearing gadgets" and that we should label them better. It's a Roger system worth about £2,000 with the school's name engraved on the back.

Anyway, I'm collecting it at lunch. I'll re-pair it with his receivers before period 5 so he has it for the Science practical, and I'll let mum know it's turned up.

Jo

Joanne Birtwistle
Educational Audiologist
Example School, Park Row, Leeds LS1 4AP | 01632 960000

From: Rachel Hughes <r.hughes@example-school.org.uk>
Sent: 04 February 2025 08:47
To: Joanne Birtwistle <j.birtwistle@example-school.org.uk>
Subject: Radio aid left in taxi

Jo - mum says the Roger Touchscreen was left in the taxi on Friday afternoon. Can you chase Crossgates Cars? Their number is on the transport sheet.
Thanks, R"""
    add("flag", "radio_aid_taxi_arsehole", S("birtwistle"), [S("hughes")], "RE: Radio aid left in taxi",
        dt(2025, 2, 4, 11, 2), alt(t), "plain swearing (arsehole) about taxi manager, Outlook reply",
        reply_to_id="hughes@" + DOM)

    # 009 clean everyday: radio aid charging, ToD to parent
    t = f"""Dear Jane,

Thank you for your message about the radio aid. The flashing orange light on the receiver just means the battery is low - it isn't a fault. The receivers need charging every night in the little cradle we sent home in September. If the cradle has gone walkabout, let me know and I'll send a spare home in her bag on Monday.

I've also checked the transmitter in school today and it's working fine. She told me she had switched it to "mute" in maths by mistake, which may explain Tuesday!

If you have any other questions about the equipment you are very welcome to pop in after school on a Wednesday, when Joanne (our educational audiologist) is on site.

Best wishes,

{sig("mcgovern", "relay")}

> On Thu, 13 Feb 2025 at 20:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr McGovern, the radio aid receiver keeps flashing orange and she says
> she couldn't hear the teacher in maths on Tuesday. Is it broken? Thanks, Jane"""
    add("clean", "radio_aid_charging_reply", S("mcgovern"), [JANE], "Re: Radio aid",
        dt(2025, 2, 14, 15, 12), alt(t), "everyday: teacher of the deaf replies to parent about radio aid",
        reply_to_id="jane@mail.gmail.com")

    # 010 hard negative: Tolpuddle residential near Shitterton, PDF
    t = f"""Dear Parents and Carers,

I am delighted to confirm the Year 9 History residential to Dorset from Monday 16 to Wednesday 18 June. The trip links to our "Protest and Power" unit and includes the Tolpuddle Martyrs Museum, Corfe Castle and a day on the Jurassic Coast.

We will be staying at Woodbury Farm Hostel, just outside Bere Regis. The nearest hamlet is called Shitterton - yes, really - and I am told its sign is the most photographed thing in the village. We will talk to pupils about being sensible and respectful while we are there, as people do live there!

Practical details:
- Cost: £185, payable on ParentPay by 4 April (instalments welcome; please speak to me in confidence if cost is a concern)
- Two of our communication support workers are coming, and rooms will have vibrating alarm pads and visual fire alarms
- Pupils who use radio aids should bring chargers; we will collect processors overnight if families prefer

The consent and medical form is attached. Please return it to the History office by Friday 21 March.

Yours sincerely,

{sig("doyle")}"""
    pdf = make_pdf(["Example School - Year 9 History Residential, Dorset, 16-18 June 2025",
                    "Consent and medical information form", "",
                    "Pupil name: ____________________   Form: ______",
                    "I give permission for my child to attend the residential.",
                    "Communication needs (BSL / SSE / spoken English / other): ________",
                    "Hearing technology to be brought: hearing aids / CI / radio aid",
                    "Medical conditions or allergies: ______________________",
                    "Emergency contact: ______________________",
                    "Signed: __________________  Date: ________",
                    "Return to the History office by Friday 21 March."])
    add("clean", "dorset_residential_shitterton", S("doyle"), [JANE, SAM, ALI], "Year 9 History residential - Dorset",
        dt(2025, 3, 7, 13, 30), mixed(alt(t), [attachment("Y9_Dorset_consent_form.pdf", "application/pdf", pdf)]),
        "hard negative: place name Shitterton, with PDF attachment")

    # 011 flag plain to pupil: shit
    t = """Declan,

I've still not had your NEA draft. The deadline was before half term and I've already given you two extensions. I'm not trying to get at you, but you need to get your shit together this week or I'll have to tell the exam board it isn't coming, and that's 20% of your A level gone.

Come and see me in H4 at lunch tomorrow. Bring whatever you've got, even if it's half finished - we can work with half finished.

Mr Doyle"""
    add("flag", "nea_deadline_to_pupil", S("doyle"), [P("18dwalsh")], "NEA draft - deadline Friday",
        dt(2025, 3, 10, 16, 44), plain(t), "plain swearing (shit) teacher to Y13 pupil")

    # 012 clean everyday: CSW timetable
    t = """Hi Rachel,

Here's my support timetable for next week with the changes we talked about:

Mon - P1 9F Science (lab 3), P2 9F Science, P3 free/prep, P4 10N3 English, P5 Y7 BSL club set-up
Tue - P1 7K Maths, P2 7K Humanities, P3 10N3 English, P4 9F RE, P5 PPA
Wed - P1-2 Y11 mock (reader/signer for T and M, room B2), P3 9F Science, P4-5 10N3 Geography
Thu - P1 7K English, P2 9F Maths, P3 10N3 English, P4 7K PE (pool - no radio aid), P5 9F French
Fri - P1 9F Science, P2 free/prep, P3-4 Y7 trip to the Armouries, P5 back by 2.40

The clash is Wednesday P1-2: if Megan can't cover the mock, someone will need to pick up 9F Science. I've asked Mr Featherstone for the slides in advance so I can prep the technical vocab.

Kirsty"""
    add("clean", "csw_support_timetable", S("lomax"), [S("hughes")], "My timetable next week",
        dt(2025, 1, 31, 14, 3), plain(t), "everyday: communication support worker timetable to ToD")

    # 013 hard negative: staff farewell, moving to Twatt on Orkney
    t = f"""Dear colleagues,

Many of you will already know that Eileen Rowntree will retire at the end of this term after twenty-two years as a Teacher of the Deaf here. Eileen set up the resourced provision when it was two pupils in a portakabin, and there are now deaf adults all over Leeds who learned to read with her.

Eileen and her husband are moving to Orkney, to a cottage near the village of Twatt on Mainland. She assures me the locals have heard every joke there is about the name, so please don't put it on the card. She is very much hoping for visitors, and for wildlife rather than Ofsted.

There will be a collection in the staffroom until Friday 11 July, and drinks in the Deaf Resource Base on the last day of term from 1.30pm. Megan has kindly agreed to teach us the BSL for "thank you for everything" so that we can sign it to her properly.

Andrew

Andrew Marsh
Headteacher
Example School, Park Row, Leeds LS1 4AP"""
    add("clean", "farewell_orkney_twatt", S("head"), [STAFFLIST], "Eileen's retirement",
        dt(2025, 6, 30, 8, 5), alt(t), "hard negative: place name Twatt (Orkney) in staff farewell")

    # 014 clean everyday: exams access arrangements with CSV
    t = """Dear colleagues,

Please find attached the access arrangements list for the summer exam series. Can invigilators and departments check it before the briefing on Monday 28 April.

Key points for our deaf candidates:
- Modified language papers have been ordered where approved. These arrive in sealed packets and must not be opened before the start time.
- BSL interpretation of instructions only is permitted for most candidates. Interpreters must not sign questions in the English Language papers.
- 25% extra time applies as listed. Candidates in B2 start 10 minutes early so that radio aids can be checked.
- Visual clocks are in every room; invigilators must write the "10 minutes remaining" warning on the board as well as announcing it.

If you spot anything wrong, email me by Friday so I can update the JCQ forms.

Many thanks,
Hannah

Hannah Kowalczyk
Exams Officer | Example School | 01632 960000"""
    csvdata = ("candidate,initials,form,arrangement,room,notes\n"
               "4012,T.M.,11C,25% extra time; BSL instructions; modified language,B2,radio aid check 8.50\n"
               "4019,O.M.,11F,25% extra time; reader,B2,\n"
               "4027,J.B.,11C,separate room; BSL instructions,B3,CI processor spare batteries in office\n"
               "4033,S.A.,11H,modified language; prompter,B2,\n"
               "4041,K.D.,11F,25% extra time,Hall,seat front row for lip-reading\n")
    add("clean", "access_arrangements_summer", S("exams"), [STAFFLIST], "Access arrangements - summer series",
        dt(2025, 4, 23, 10, 15), mixed(plain(t), [attachment("access_arrangements_summer2025.csv", "text/csv", csvdata.encode())]),
        "everyday: exams access arrangements with CSV attachment")

    # 015 flag plain: pikeys (racial slur, Gypsy/Traveller)
    t = """Jo,

Just seen the admissions list for after Easter. Two more from the site off the ring road, so that's another lot of pikeys who'll turn up for three weeks and then disappear when they move on. Not sure why we bother doing the full induction and the hearing screen for them.

Can we at least put them in the same form so it's one tutor dealing with it?

T"""
    add("flag", "admissions_racial_slur", S("okafor"), [S("fenwick")], "New starters after Easter",
        dt(2025, 4, 2, 12, 58), plain(t), "racial slur (pikeys) about Traveller pupils, staff-to-staff")

    # 016 hard negative: safeguarding report quoting pupil
    t = f"""Helen,

Reporting an incident from period 3 today (Science, Lab 3, 9F). I have also logged it on CPOMS.

At about 11.40, J.R. turned round to L.K. and said out loud: "you're a slag, everyone knows what you did at the party". L.K. told him to stop. He then said "I'll fucking kill you after school" and signed KILL and YOU at the same time so that the deaf pupils on the table could see it. L.K. was visibly upset and left the room with me at the end of the lesson.

Mr Featherstone heard the first comment and has given a behaviour point; I'm not sure he heard or saw the second part. L.K. says it's the third time this week and that some of it has been on Snapchat.

I am in B2 until 3.30 if you want to talk to me before you speak to L.K.

Kirsty

{sig("lomax", "short")}"""
    add("clean", "dsl_report_threat_quoted", S("lomax"), [S("dsl")], "Incident 9F - for DSL",
        dt(2025, 2, 11, 12, 20), plain(t), "hard negative: CSW report to DSL quoting pupil's threat and slur verbatim",
        cc=[S("okafor")])

    # 017 clean everyday: head's newsletter, HTML alternative, 8bit
    t = f"""Dear Families,

What a busy half term it has been. Thank you to everyone who came to the Year 7 showcase, which was signed and spoken throughout by our Year 7 BSL club. Seeing a whole hall sign applause was something I won't forget.

Deaf Awareness Week
From 5 to 11 May we are celebrating Deaf Awareness Week. Every tutor group will learn a "sign of the day", and on Friday the Café 16 sixth-form coffee bar will only take orders in BSL (staff will be on hand to help!).

Sixth form open evening
Our sixth form open evening is on Thursday 15 May, 5.30pm to 7.30pm. Interpreters will be available and subject talks will be captioned.

Uniform and lost property
Please name everything, including hearing aid boxes and radio aid pouches. We currently have fourteen unnamed blazers.

Term dates
School closes for half term on Friday 23 May at 3.10pm and reopens on Monday 2 June.

With best wishes,

Dr Andrew Marsh
Headteacher"""
    hb = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
          '<table width="600" align="center" cellpadding="12"><tr><td style="background:#1d3b6f;color:#fff">'
          '<h1 style="margin:0;font-size:22px">Example School Newsletter</h1><p style="margin:0">Spring 2 &middot; April 2025</p></td></tr>'
          '<tr><td><p>Dear Families,</p><p>What a busy half term it has been. Thank you to everyone who came to the Year 7 showcase, '
          'which was signed and spoken throughout by our Year 7 BSL club. Seeing a whole hall sign applause was something I won\u2019t forget.</p>'
          '<h2 style="font-size:17px;color:#1d3b6f">Deaf Awareness Week</h2><p>From 5 to 11 May we are celebrating Deaf Awareness Week. '
          'Every tutor group will learn a \u201csign of the day\u201d, and on Friday the Caf\u00e9 16 sixth-form coffee bar will only take orders in BSL '
          '(staff will be on hand to help!).</p><h2 style="font-size:17px;color:#1d3b6f">Sixth form open evening</h2>'
          '<p>Our sixth form open evening is on Thursday 15 May, 5.30pm to 7.30pm. Interpreters will be available and subject talks will be captioned.</p>'
          '<h2 style="font-size:17px;color:#1d3b6f">Uniform and lost property</h2><p>Please name everything, including hearing aid boxes and radio aid pouches. '
          'We currently have fourteen unnamed blazers.</p><h2 style="font-size:17px;color:#1d3b6f">Term dates</h2>'
          '<p>School closes for half term on Friday 23 May at 3.10pm and reopens on Monday 2 June.</p>'
          '<p>With best wishes,<br>Dr Andrew Marsh<br>Headteacher</p></td></tr>'
          '<tr><td style="font-size:12px;color:#666;border-top:1px solid #ccc">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; '
          'Relay UK 18001 01632 960000 &middot; office@example-school.org.uk</td></tr></table></body></html>\n')
    add("clean", "head_newsletter_spring2", S("head"), [JANE, SAM, ALI], "Newsletter - Spring 2",
        dt(2025, 4, 4, 14, 0), alt(t, html_text=hb, cte="8bit"), "everyday: headteacher newsletter, HTML, 8bit")

    # 018 flag plain to parent: pissed off
    t = """Dear Sam,

Thank you for your email. I have to be honest, I'm pretty pissed off that this has gone straight to the Head without anyone speaking to me first. The homework was set on Sparx on Monday with a signed explanation video attached, exactly as we agreed at the review meeting, and the captions were checked by Mrs Hughes before it went out.

If she couldn't access it, I'm very happy to sit down with you both and a CSW and go through it together. I would just rather we talked about these things before they turn into a complaint.

Regards,
Imran Sadiq
Teacher of Mathematics

From: Sam Carer <sam.carer@outlook.com>
Sent: 10 March 2025 21:14
To: Imran Sadiq <i.sadiq@example-school.org.uk>; Head <head@example-school.org.uk>
Subject: Maths homework

Hello. The maths homework this week had no BSL and the video had auto captions which were wrong. My child sat for two hours and could not do it. I am copying the head because this keeps happening. Sam"""
    add("flag", "reply_to_carer_pissed_off", S("sadiq"), [SAM], "RE: Maths homework",
        dt(2025, 3, 11, 7, 36), alt(t), "plain swearing (pissed off) in teacher's reply to deaf carer",
        reply_to_id="sam@outlook.com")

    # 019 hard negative: William the Bastard
    t = """Hi 7K and 7L,

Your homework this week is a short piece of writing (about a side) answering: "Did William have a better claim to the throne than Harold in 1066?"

Use the claims sheet from Tuesday's lesson. Some things to think about:
- Edward the Confessor's promise (if he really made one)
- Harold's oath in Normandy
- the Witan choosing Harold

One fact that surprises people: in his own lifetime William was often called "William the Bastard", because his parents were not married. That mattered a lot in the eleventh century, and some historians think it is one reason he worked so hard to prove he was the rightful king. You can use this in your answer, but explain why it mattered.

Due Monday 20 January. The signed version of the task is on the History Teams page.

Mr Doyle"""
    add("clean", "history_homework_william", S("doyle"), [P("24jsmith"), P("24rpatel"), P("24fbegum"), P("24ldawson")],
        "Y7 History homework - 1066", dt(2025, 1, 10, 15, 25), plain(t, wrap=True),
        "hard negative: history term 'William the Bastard'")

    # 020 flag disguised: asterisk masks
    t = """Well that was a f***ing shambles. Two hours of data drop meetings and we still don't know what the new tracking sheet is actually for. The sheet is b*llocks and everyone in that room knew it, and nobody said so because the trust lead was sitting there.

I've got 40 Y11 reports to check by Friday and I've done none of them.

Pint on Friday? I need one.

J"""
    add("flag", "data_drop_asterisks", S("fenwick"), [S("okafor")], "today", dt(2025, 2, 26, 18, 9),
        alt(t, style="gmail"), "disguised swearing: asterisk masks (f***ing, b*llocks), staff-to-staff",
        mailer=None)

    # 021 clean everyday: fire alarm test, visual beacons and pagers
    t = """All,

Weekly fire alarm test will be at 8.20am on Wednesday as usual, but this week we are also testing the visual beacons in B block and the vibrating pagers for the deaf provision.

Could tutors with deaf pupils in their groups please make sure pagers are switched on and being worn at registration on Wednesday. If any don't go off when the alarm sounds, note the pager number (on the back) and send it to me or Joanne.

Reminder that the beacon in the B block toilets is still out of action - the contractor is booked for Friday. Until then, please make sure deaf pupils aren't sent to those toilets alone during lessons.

Thanks
Pete

Pete Gallagher
Site Manager
Example School | 01632 960000"""
    add("clean", "fire_alarm_beacons_pagers", S("gallagher"), [STAFFLIST], "Fire alarm test Weds + beacons/pagers",
        dt(2025, 1, 20, 16, 2), plain(t), "everyday: site manager, fire alarm test, visual beacons")

    # 022 flag disguised: leet/symbols, to sixth-form pupil, emoji 8bit
    t = """Hi Rehana,

Marked it. Honestly, the first paragraph was a bit sh!t - you spend 200 words telling me what happens in the novel before you get anywhere near an argument. But from the Valley of Ashes section onwards it's really good, genuinely some of the best stuff I've had from Y12 this year.

Cut the intro to three sentences and lead with your point about Nick being unreliable. And please stop writing "in today's society", it's b0ll0cks and the examiners hate it \U0001F602

Miss N"""
    add("flag", "gatsby_feedback_leet", S("nair"), [P("19rkhan")], "your Gatsby essay", dt(2025, 2, 19, 21, 14),
        plain(t), "disguised swearing: symbol/leet (sh!t, b0ll0cks) teacher to Y12 pupil",
        mailer="iPhone Mail (22D63)")

    # 023 hard negative: DofE Clitheroe
    t = f"""Hi everyone,

Final details for the Bronze practice expedition on Saturday 10 and Sunday 11 May.

Day 1: minibus drops you in Clitheroe at 9.30am. Route goes up past the castle, over towards Pendle Hill (we are NOT going to the summit) and down to Downham for lunch. Camp is at Sawley.
Day 2: Sawley to Bolton-by-Bowland and back to Clitheroe for 3pm pick-up.

Kit list is on Teams. Please make sure your boots are worn in - blisters ended three expeditions last year.

For those of you who use hearing aids or processors: bring the waterproof covers and a dry box, and spare batteries in a freezer bag. Each group will carry a laminated set of visual check-in cards and the vibrating watch, and your supervisors know the group's agreed signs for stop, danger and come here.

Any questions, come and find me in G2.

Mrs Ormerod

{sig("ormerod")}"""
    add("clean", "dofe_clitheroe_route", S("ormerod"), [P("21hlee"), P("21wgreenwood"), P("21aokoro"), P("21sbutt")],
        "DofE Bronze practice - Clitheroe", dt(2025, 5, 6, 13, 10), alt(t), "hard negative: place name Clitheroe",
        cc=[S("whitaker")])

    # 024 clean everyday: EHCP annual review invitation with PDF
    t = f"""Dear Mr Guardian,

I am writing to invite you to the annual review of your son's Education, Health and Care Plan, which will take place on Tuesday 25 March at 3.45pm in the Deaf Resource Base (Room B2).

Joining us will be Mr McGovern (Teacher of the Deaf), Joanne Birtwistle (Educational Audiologist), his form tutor, and a representative from the local authority SEND team. If you would rather join by Teams, just let me know and I will send a link.

Before the meeting, it would be really helpful if you could complete the attached parent views form. It asks about how things are going at home, his friendships, and anything you'd like us to focus on next year. We will also ask him for his own views in a session with his CSW beforehand.

If the date is not convenient, please reply and I will find another time.

Yours sincerely,

{sig("mccready", "relay")}"""
    pdf = make_pdf(["Example School - EHCP Annual Review: Parent / Carer Views",
                    "Pupil: ____________________   Date of review: 25/03/2025", "",
                    "1. What is going well at school and at home?",
                    "2. What are you worried about?",
                    "3. Communication: how does your child prefer to communicate at home?",
                    "4. Hearing technology: any problems with aids, processors or radio aid?",
                    "5. What would you like the outcomes to be for next year?", "",
                    "Please return to s.mccready@example-school.org.uk or hand in at reception."])
    add("clean", "ehcp_review_invite", S("mccready"), [ALI], "Annual review - invitation",
        dt(2025, 3, 3, 9, 40), mixed(alt(t), [attachment("Parent_views_form.pdf", "application/pdf", pdf)]),
        "everyday: SENCo EHCP annual review invite with PDF, encoded sender name")

    # 025 flag plain: homophobic slur
    t = """Lorraine,

Can you let the two poofs from the theatre company know they can't have the hall until 4.15 on Thursday - the cleaners need it straight after BSL club. They kept me waiting over an hour last time while they did their "warm-ups".

Also tell them no glitter this year. It's still in the stage curtains from Christmas.

Pete"""
    add("flag", "hall_booking_homophobic", S("gallagher"), [S("office")], "Hall booking Thursday",
        dt(2025, 3, 17, 10, 21), plain(t), "homophobic slur (poofs) about visiting theatre company, staff-to-staff")

    # 026 hard negative: cricket, Wankhede + Cockburn
    t = """Evening all,

Nets start again on Tuesday after school in the sports hall - 3.20 to 4.45. Mr Cockburn from the county cricket foundation is coming in for the first three weeks to work with the seamers, so please be on time and bring your own kit if you have it.

If anyone watched the highlights from the Wankhede in Mumbai at the weekend, that's exactly the kind of reverse swing he'll be trying to teach you. No promises.

Two reminders:
- helmets are compulsory for all batting in nets, no exceptions
- Liam and Tobi, please bring the waterproof headbands for your processors, the hall gets hot

Selection for the first fixture against Roundhay will be on the board by Friday.

Mr Whitaker"""
    add("clean", "cricket_nets_wankhede", S("whitaker"), [P("19ebarraclough"), P("18lchen"), P("18tnwosu"), P("19mdaly")],
        "Cricket nets start Tuesday", dt(2025, 4, 24, 19, 2), plain(t, wrap=True),
        "hard negative: surnames/places Cockburn, Wankhede stadium")

    # 027 clean everyday: teams captions
    t = """Hi all,

Following the request from the deaf provision team, we have now switched on live captions and transcription for all Teams meetings across the school tenancy. A few things to know:

1. In a meeting, click More (...) > Language and speech > Turn on live captions. Each person turns them on for themselves.
2. Transcription can be started by the organiser and is saved in the meeting chat afterwards.
3. PowerPoint subtitles: Slide Show > Subtitle Settings > Always use subtitles. The classroom PCs have all been updated.
4. Stream videos you upload will get automatic captions within a few hours. Please check them before sharing with pupils - the auto captions still struggle with subject words and with names.

If a room PC isn't showing the subtitle option, log a ticket on the helpdesk and I'll get to it.

Mark

Mark Ellison
Network Manager
Example School"""
    add("clean", "teams_live_captions", S("ellison"), [STAFFLIST], "Live captions now on in Teams and PowerPoint",
        dt(2024, 11, 12, 12, 10), plain(t), "everyday: IT notice about captions")

    # 028 flag plain: wanker in subject only
    t = """Pete,

The silver Audi is parked across the disabled bay by the resource base entrance again. Third time this week. The deaf provision minibus couldn't get in this morning and the kids had to get off on the main road.

Can you put a note on it or get someone to find out whose it is? Reg starts YK19, I didn't get the rest.

Dan"""
    add("flag", "parking_subject_wanker", S("featherstone"), [S("gallagher")], "Parking - that wanker in the Audi again",
        dt(2025, 3, 12, 8, 34), plain(t), "plain swearing in subject only (wanker), staff-to-staff")

    # 029 clean everyday: Y11 English essay feedback to pupil
    t = """Hi Olivia,

Thanks for sending your An Inspector Calls essay early - that's really helpful.

Two things you're doing well: you're using short, embedded quotations ("a chain of events") and you're linking Priestley's message to 1945 rather than just 1912. That's exactly what gets you into the top band for AO3.

Two things to work on:
- Your paragraphs on Sheila and Gerald are both about "responsibility" - pick one idea per paragraph so the examiner can see your argument developing.
- Your conclusion repeats your introduction. Try ending with what Priestley wanted his 1945 audience to DO.

If you'd like, bring a re-drafted paragraph to Thursday's revision session and we'll go through it with Mrs Lomax.

Mr Evans"""
    add("clean", "inspector_calls_feedback", S("evans"), [P("20omorris")], "Your Inspector Calls essay",
        dt(2025, 3, 18, 17, 25), alt(t), "everyday: English feedback to Y11 pupil")

    # 030 hard negative: faggots and spotted dick menu
    t = f"""Dear Parents and Carers,

To finish the year, the canteen is holding a "Great British Lunch" on Friday 27 June, chosen by the student council.

Menu for the day:
- Faggots, mash, mushy peas and onion gravy (a vegetarian lentil version will also be available)
- Fish goujons, chips and peas
- Cheese and onion pie
- Spotted dick and custard, or Bakewell tart
- Fruit pot

Allergen information for every dish is on the ParentPay menu page, and the catering team can talk through any allergies in person at the kitchen hatch. Please pre-order by Wednesday 25 June so we know how many faggots to make!

Pupils with a packed lunch are, of course, very welcome to join in with the pudding.

{sig("catering")}"""
    add("clean", "great_british_lunch_menu", S("catering"), [JANE, SAM, ALI], "Great British Lunch - Friday 27 June",
        dt(2025, 6, 16, 11, 45), alt(t), "hard negative: foods (faggots, spotted dick)")

    # 031 flag attachment: handover notes .txt with swearing
    t = """Hi Lucy,

As promised, my handover notes for 10N3 and 12B are attached. The schemes of work and all the slides are on SharePoint, and Rhys has the moderation folder.

Any questions before the 24th, just message me. After that I'll be a bit busy!

Priya"""
    notes = """HANDOVER - P. Nair - maternity cover from Mon 24 Feb

10N3 (English Language, Room E6)
- Mon P2, Wed P4, Fri P5
- 3 deaf pupils, CSW (Kirsty) in every lesson. Seat them front left by the window so they can see her and your face. Radio aid transmitter is in the top drawer - wear it, and mute it if you speak to someone privately.
- Fri P5 they are little shits, honestly. Start with the silent starter and don't let anyone out of their seat for the first 10 mins.
- Scheme: Paper 1 Q5 descriptive writing. Slides on SharePoint > English > Y10 > Spring 2.

12B (A level Literature)
- Gatsby essays due 7 March, rubric is in Teams.
- Rehana will ask for an extension. Say no.

Other
- Mr Pemberton from the LA advisory team keeps emailing about the moderation sample. He's a twat, but reply politely and always copy Rhys in.
- Key to the E6 cupboard is on the hook in the English office.
"""
    add("flag", "handover_notes_txt_attachment", S("nair"), [("Lucy Ward", f"l.ward@{DOM}")], "Handover notes",
        dt(2025, 2, 12, 16, 55),
        mixed(plain(t), [attachment("handover_10N3_12B.txt", "text/plain", notes.encode())]),
        "plain swearing (shits, twat) only in a .txt attachment (handover notes)", cc=[S("evans")])

    # 032 clean everyday: interpreter booking to agency
    t = """Hello,

I'd like to book two BSL/English interpreters for our Sixth Form Open Evening:

Date: Thursday 15 May 2025
Time: 5.00pm - 8.00pm (arrival 4.45pm for briefing)
Venue: Example School, Park Row, Leeds LS1 4AP - please report to main reception
Assignment: welcome talk in the Main Hall (about 200 people), then subject stalls in the sports hall. We expect around six deaf families.

The welcome talk slides and a list of subject names will be sent a week before. Parking is available on site.

Please could you confirm availability and send the booking form and terms to this address. Our purchase order number is PO-24-1187.

Many thanks,

Lorraine Ackroyd
Office Manager
Example School
Tel: 01632 960000"""
    add("clean", "interpreter_agency_booking", S("office"), [("Signpost Interpreting Bookings", "bookings@signpost-interpreting.example.com")],
        "Interpreter booking - 15 May, Open Evening", dt(2025, 3, 20, 10, 3), plain(t),
        "everyday: booking BSL interpreters from agency")

    # 033 hard negative: birdwatch (tits, shags, cock pheasant)
    t = """Hi Eco Club,

Thank you to everyone who came out for the birdwatch on Tuesday - despite the drizzle we counted 16 species! Our totals:

Blue tits 14, great tits 3, coal tit 1, long-tailed tits 6 (the little flock in the hedge by the car park), robins 4, blackbirds 7, magpies 5, woodpigeons 11, a pair of goldfinches and one very brave wren.

Mr Gallagher also spotted a cock pheasant on the top field before school, which is a first for us. The females are brown and much harder to see.

For the Flamborough trip in June: we'll be looking at seabird colonies, so expect puffins, gannets, razorbills and shags. A shag is a type of cormorant - and yes, I know. Please learn the ID sheet rather than giggling at it.

The video of the birdwatch with BSL and captions is on the club Teams page, thanks to Megan.

Mr Featherstone"""
    add("clean", "eco_club_birdwatch", S("featherstone"), [P("24jsmith"), P("24nwhite"), P("23ajames"), P("24zali")],
        "Birdwatch results!", dt(2025, 2, 6, 15, 55), alt(t, style="gmail"), "hard negative: bird names (tits, shags, cock pheasant)",
        mailer=None)

    # 034 flag disguised: repeated letters, iPhone
    t = """Fuuuuuuuck. Forgot the Y11 required practical kit is still in the prep room in the old block. Can you grab it on your way past?? I'm stuck on gate duty till 8.45

Sent from my iPhone

> On 4 Mar 2025, at 08:21, Dan Featherstone <d.featherstone@example-school.org.uk> wrote:
>
> Morning - are we still doing the specific heat capacity practical P1?"""
    add("flag", "practical_kit_repeated_letters", S("osei"), [S("featherstone")], "Re: P1", dt(2025, 3, 4, 8, 26),
        plain(t), "disguised swearing: repeated letters (Fuuuuuuuck), staff-to-staff",
        mailer="iPhone Mail (22D63)", reply_to_id="featherstone@" + DOM)

    # 035 clean everyday: Y7 reports published, to deaf carer
    t = f"""Dear Sam,

Year 7 progress reports were published this afternoon and can be viewed on the Arbor app or website under "Reports".

As we discussed at the last review, we have also recorded a short BSL summary of the report with Mrs Sutcliffe, which is in the same folder as a video. It goes through each subject's comment and her attitude to learning grades.

Overall it's a really positive report. Her English teacher in particular has noticed how much more confident she is reading aloud in her signed group.

If you would like to talk through anything, I'm happy to arrange a video call with an interpreter - just let me know two or three times that suit you.

Kind regards,

{sig("marchetti", "relay")}"""
    add("clean", "y7_report_bsl_summary", S("marchetti"), [SAM], "Year 7 report and BSL summary",
        dt(2025, 2, 7, 15, 30), alt(t), "everyday: Y7 report published, BSL summary for deaf carer, encoded sender name")

    # 036 hard negative: PE kit (cricket box, sports bra)
    t = f"""Dear Parents and Carers,

As we move into the summer term, here is the kit list for PE. Please label everything.

All pupils:
- school PE polo and navy shorts or skort
- white socks and trainers (non-marking soles for the sports hall)
- a water bottle

Cricket (Years 8-10):
- the school provides helmets, pads and gloves
- boys must bring their own abdominal guard (box) for hard-ball cricket; these are not shared for hygiene reasons. Girls playing hard-ball cricket should bring a female abdominal guard.

Girls: a well-fitting sports bra is strongly recommended for athletics. If cost is a barrier, please speak to Mrs Sutton in confidence.

Pupils with hearing aids, implants or radio aids: equipment should be removed and stored in the labelled dry box before athletics on the field if rain is forecast. Staff will use visual signals for starts.

Thank you,

{sig("pryce")}"""
    add("clean", "pe_kit_summer_term", S("pryce"), [JANE, SAM, ALI], "PE kit - summer term",
        dt(2025, 4, 22, 12, 0), plain(t), "hard negative: sports kit (box, sports bra)")

    # 037 clean everyday: provision team meeting notes
    t = """Hi all,

Notes from Monday's provision meeting. Shout if I've missed anything.

Present: RH, DMcG, JB, KL, MS

1. Caseload - two new Y7 referrals for September (one CI user, one moderate bilateral). Transition visits booked for 17 and 24 June.
2. Audiology - JB has done radio aid checks for all of KS3. Three receivers sent for repair; loan sets in the B2 cupboard.
3. Staffing - MS to run the staff BSL Level 1 taster on Wednesdays after Easter. 14 names so far.
4. Exams - modified papers ordered; KL and MS to sign instructions for Y11 in the summer series (not questions).
5. Parents - we need to chase three families who haven't returned Relay UK/SMS preference forms.
6. AOB - the B block hearing loop has been crackling again. PG is aware.

Actions:
- RH: finalise September timetables by 30 May
- DMcG: update communication passports for Y9
- JB: chase repairs
- KL/MS: exam briefing with HK

Next meeting 12 May.

Rachel"""
    add("clean", "provision_meeting_notes", S("hughes"),
        [S("mcgovern"), S("birtwistle"), S("lomax"), S("sutcliffe")], "Provision meeting notes 31/3",
        dt(2025, 4, 1, 16, 15), plain(t), "everyday: deaf provision team meeting notes")

    # 038 flag disguised: dots and hyphens, to parent
    t = """Hi Jane,

Yes, she's absolutely fine, just a bit shaken. The ref was a proper t.w.a.t about it to be honest - he blew up at her for not stopping after the whistle, when he knew she'd taken her processor off for the match and couldn't hear it. We'd told him before the start. I was p-i-s-s-e-d off and I did have words with him afterwards.

We're going to ask the league to agree flag signals for next season so this doesn't happen again.

See you at the Y8 parents' evening.
Gareth

> On Sat, 8 Mar 2025 at 17:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Gareth, she came home really upset from the tournament. She said the
> referee shouted at her in front of everyone? Is she in trouble? Jane"""
    add("flag", "netball_ref_dotted_to_parent", S("pryce"), [JANE], "Re: Netball tournament", dt(2025, 3, 9, 10, 12),
        alt(t, style="gmail"), "disguised swearing: letters split by dots/hyphens (t.w.a.t, p-i-s-s-e-d) teacher to parent",
        mailer=None, reply_to_id="jane@mail.gmail.com")

    # 039 hard negative: King Lear, Edmund's soliloquy
    t = """Dear 13L,

For Monday, please re-read Act 1 Scene 2 and annotate Edmund's soliloquy. The key lines:

"Why bastard? Wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

and of course

"Now, gods, stand up for bastards!"

Think about how Shakespeare makes us half-sympathise with Edmund here, and how the word "bastard" is turned from an insult into a kind of battle cry. Link it to Gloucester's jokes about Edmund's mother in 1.1, which Edmund has to stand there and listen to.

If you want a further challenge, look at Kent's insults to Oswald in 2.2 ("thou whoreson zed, thou unnecessary letter") and think about status and language.

The filmed BSL-interpreted performance is on Teams for anyone who wants to rewatch the scene.

Ms Nair"""
    add("clean", "king_lear_edmund_soliloquy", S("nair"), [P("18aparkinson"), P("18lchen"), P("18dwalsh"), P("18gokafor")],
        "Lear - Act 1 Scene 2 for Monday", dt(2025, 1, 16, 16, 40), alt(t), "hard negative: set text quoted (King Lear 'bastard', 'whoreson')")

    # 040 clean everyday: cover request
    t = """Hi,

I'm on the AQA training course on Thursday 13 March, so I'll need cover for:

P1 9F French (L3) - worksheet on the desk, they know the routine
P2 11G Spanish (L3) - past paper 2, Foundation, in the blue tray
P4 7K French (L1) - Duolingo-style starter + vocab booklet pages 6-7
P5 Year 12 French - independent study in the library (no cover needed, just a register)

9F has a CSW in with them and 7K has Mrs Lomax for the whole lesson, so please let the cover supervisor know the CSW will lead on anything signed.

Thanks,
Chloe"""
    add("clean", "cover_request_training", S("varga"), [COVER], "Cover Thurs 13 March", dt(2025, 3, 6, 13, 22),
        plain(t), "everyday: cover request")

    # 041 hard negative: Of Mice and Men language guidance to English staff
    t = f"""Hi all,

With Year 10 starting Of Mice and Men after half term, a reminder of how we handle the language in the text. Please read this before your first lesson.

1. The racial slur used about Crooks. We do not read it aloud and we don't ask pupils to. Say "the n-word" and explain why Steinbeck uses it: to show how Crooks is dehumanised by everyone on the ranch. The CSWs and interpreters have agreed to fingerspell N-WORD rather than sign the slur, and I'd ask you to brief any cover staff the same way.
2. Other language - "bitch", "son-of-a-bitch", "tart", "jailbait" - is read as written, in context. Curley's wife being called a "tart" is central to the AO3 discussion about women in 1930s America, so don't skip it, but do frame it.
3. Pupils will use the words in essays when quoting. That's fine. They shouldn't be using them anywhere else, and if you hear the slur used in the corridor, that's a behaviour and a safeguarding matter.

The department PowerPoint "Language in Of Mice and Men" is in the Y10 folder, with a signed version.

Thanks,
Rhys

{sig("evans")}"""
    add("clean", "of_mice_and_men_language", S("evans"), [("English Department", f"english@{DOM}")],
        "Of Mice and Men - handling the language", dt(2025, 2, 13, 12, 50), alt(t),
        "hard negative: English set text vocabulary (bitch, tart) discussed; slur referred to as 'n-word'")

    # 042 flag disguised: Cyrillic homoglyphs, base64 body
    t = """Kwame,

Back from the trust moderation day. Honestly, the fu\u0441king state of it. We got told our Y10 assessments were "too accessible" because we'd used the modified language versions for the deaf kids - which is literally what the exam board does. A couple of absolute w\u0430nkers from the other school spent the afternoon telling us they'd "never need that sort of thing".

I'll write it up properly for Rachel tomorrow. Not tonight.

D"""
    add("flag", "moderation_cyrillic_base64", S("featherstone"), [S("osei")], "trust moderation",
        dt(2025, 3, 26, 20, 41), plain(t, cte="base64"),
        "disguised swearing: Cyrillic homoglyphs (fucking with Cyrillic es, wankers with Cyrillic a) in base64 body")

    # 043 clean everyday: Malham fieldtrip letter with PDF
    t = f"""Dear Parents and Carers,

As part of the GCSE Geography course, all Year 10 pupils must complete a day of physical fieldwork. This year we are visiting Malham in the Yorkshire Dales on Tuesday 25 March, to study river processes on Gordale Beck and the limestone landscape at Malham Cove.

We will leave school at 8.30am and return by about 4.30pm. Pupils need a packed lunch, a waterproof coat, sturdy footwear (not trainers) and a change of socks. There is no charge for the trip.

A BSL interpreter will be with us for the whole day, and our CSWs are coming too. Pupils who use hearing aids, processors or radio aids should bring their waterproof covers; we will have a dry bag for each group.

Please complete the attached consent form and return it to your child's Geography teacher by Friday 14 March.

Yours faithfully,

{sig("brierley")}"""
    pdf = make_pdf(["Example School - Year 10 Geography Fieldwork, Malham, 25 March 2025",
                    "Consent form", "", "Pupil name: ____________________  Form: ______",
                    "I consent to my child taking part in the fieldwork visit.",
                    "Medical information: ______________________",
                    "Communication support needed on the day: ______________",
                    "Signed: __________________  Date: ________"])
    add("clean", "malham_fieldwork_letter", S("brierley"), [JANE, SAM, ALI], "Year 10 Geography fieldwork - Malham",
        dt(2025, 2, 28, 14, 20), mixed(alt(t), [attachment("Malham_consent.pdf", "application/pdf", pdf)]),
        "everyday: fieldtrip letter with PDF consent form")

    # 044 hard negative: RSE parent letter
    t = f"""Dear Parents and Carers,

I am writing to let you know about the Relationships and Sex Education (RSE) unit that Year 9 will study in PSHE during the summer term.

The lessons will cover:
- healthy and unhealthy relationships, and consent (including the law on the age of consent)
- contraception, including how condoms and the pill work, and where young people can get confidential sexual health advice
- sexually transmitted infections (STIs), how they are spread and how they are prevented
- sharing of nude or semi-nude images ("sexting"), the law, and how to get help
- pornography: how it can give a distorted view of sex and relationships
- LGBT+ relationships, including gay, lesbian and bisexual relationships, and gender identity

All resources are captioned, and the CSWs have been briefed on the agreed BSL vocabulary so that deaf pupils get the same accurate information as their hearing classmates. Lessons will be taught in smaller groups where possible.

You can see all the materials at our information evening on Wednesday 23 April (5pm, Library, interpreter available). Parents have the right to request that their child is withdrawn from the sex education elements, but not from relationships education or from the science curriculum. Please contact me if you would like to discuss this.

Yours sincerely,

{sig("rahman", "relay")}"""
    add("clean", "rse_letter_year9", S("rahman"), [JANE, SAM, ALI], "Year 9 Relationships and Sex Education",
        dt(2025, 4, 7, 11, 0), alt(t), "hard negative: RSE letter (condoms, STIs, sexting, pornography, gay)")

    # 045 clean everyday: PE swimming to audiologist
    t = """Hi Jo,

Swimming block for 8R starts next Thursday (P4-5, John Charles pool). Just checking what you'd like us to do with the two lads' processors - shall I collect them in a dry box at the poolside and keep them with me, or are they going to use the waterproof kits you mentioned?

Also, Kirsty says the pool PA is useless, so I'll do the whistle plus arm signals as we agreed for the gala.

Cheers
Craig"""
    add("clean", "swimming_processors_query", S("whitaker"), [S("birtwistle")], "Swimming 8R - processors",
        dt(2025, 4, 24, 8, 5), plain(t), "everyday: PE teacher asks audiologist about processors at swimming")

    # 046 flag disguised: full-width letters, HTML only
    hb = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:11pt">
<p>Gaz,</p>
<p>Have you seen what that \uff42\uff45\uff4c\uff4c\uff45\uff4e\uff44 from Westfield put on the league group chat last night? Saying we "bring the deaf kids to get sympathy calls". Our U14s beat them 4-1 fair and square and two of our goals were from Tyler.</p>
<p>I've screenshotted it and sent it to the league secretary. Not replying on the chat myself, I'll only say something I regret.</p>
<p>Craig</p>
</div>
</body></html>
"""
    add("flag", "league_chat_fullwidth", S("whitaker"), [S("pryce")], "League chat", dt(2025, 3, 13, 7, 58),
        htmlonly(hb), "disguised swearing: full-width letters (bellend), HTML-only", mailer="Microsoft Outlook for iOS")

    # 047 hard negative: deaf awareness language CPD
    t = f"""Dear colleagues,

Thank you for the questions after Monday's Deaf awareness CPD. A few of you asked me to write down the language points, so here they are.

Please avoid:
- "deaf and dumb" and "deaf-mute" - these are offensive and outdated. Deaf people are not "dumb" in any sense, and most of our pupils use their voices as well as BSL.
- "suffers from deafness" or "hearing loss sufferer" - our pupils don't see being deaf as suffering.
- "hearing impaired" - it is used in some medical reports but many Deaf adults dislike it because it defines people by a deficit.

Please use:
- "deaf" for anyone with a hearing loss, "Deaf" (capital D) when talking about the Deaf community and BSL users, and "hard of hearing" if that is the person's own preference.
- "BSL user" rather than "signer" when describing a pupil's language.

If a pupil uses "deaf and dumb" or mimes signing as a joke, please challenge it and record it as a prejudice-related incident, the same as any other.

Declan

{sig("mcgovern")}"""
    add("clean", "deaf_awareness_language_cpd", S("mcgovern"), [STAFFLIST], "Deaf awareness CPD - language",
        dt(2025, 1, 15, 16, 30), plain(t), "hard negative: SEND/deaf terms incl. 'deaf and dumb' discussed as language to avoid")

    # 048 clean everyday: library overdue books
    t = """Hello readers!

A few of you have library books that are now more than three weeks overdue (you'll have had a reminder on the app). Please bring them back by Friday - no fines, we just want the books back so other people can read them.

New this month:
- six new graphic novels, including two by Deaf authors
- BSL-signed story videos for Year 7: scan the QR code on the back of the book to watch the signed version
- the first three books of the Carnegie shortlist

The library is open every lunchtime and until 4.15 on Tuesdays and Thursdays. Reading club is Wednesday lunchtime in the quiet room.

Happy reading,
Mrs Bell"""
    add("clean", "library_overdue_and_new", S("bell"), [P("24jsmith"), P("24zali"), P("23ajames"), P("22fbrennan"), P("24nwhite")],
        "Library books and new arrivals", dt(2025, 3, 3, 12, 30), alt(t, style="gmail"),
        "everyday: librarian to pupils", mailer=None)

    # 049 hard negative: BSL homophobic bullying report to DSL
    t = f"""Helen,

Logging something from BSL club today (Tuesday lunchtime, B2). I have put it on CPOMS as a prejudice-related incident.

Two Year 8 boys (C.M. and A.J.) were fingerspelling F-A-G at a Year 10 boy, T.N., across the room and then doing the sign for GAY with a limp wrist, which is the insulting version. When I stopped them, C.M. said out loud "it's just a joke, he IS a faggot". T.N. laughed it off but left early and didn't come back for the afternoon registration.

T.N. has told Kirsty before that he's been getting comments on the bus. I'd like someone from pastoral to check in with him before the end of the day if possible.

I have spoken to both Y8 boys and they have a meeting with Ms Marchetti tomorrow.

Megan

{sig("sutcliffe", "short")}"""
    add("clean", "dsl_report_homophobic_bsl", S("sutcliffe"), [S("dsl")], "BSL club incident - prejudice related",
        dt(2025, 2, 25, 13, 35), plain(t), "hard negative: report to DSL quoting pupils' homophobic slur and fingerspelling",
        cc=[S("marchetti")])

    # 050 flag disguised: zero-width characters
    t = """Bev, did you hear him? Stood at reception shouting at Chloe because his lad got a late mark, when the bus was late for everyone. Called her useless in front of a whole queue of Y7s. What a c\u200bu\u200bn\u200bt. I've logged it and told Andrew.

Tea at break, I need one.
L"""
    add("flag", "reception_dad_zero_width", S("office"), [S("attendance")], "that dad this morning",
        dt(2025, 1, 29, 9, 3), alt(t, cte="8bit"), "disguised swearing: zero-width spaces (U+200B) between the letters of cunt, staff-to-staff")

    # 051 clean everyday: praise to parent
    t = f"""Dear Mr Guardian,

Just a quick note to say how proud we are of your son this week. A new Year 9 pupil joined us from Bradford on Monday, and she is profoundly deaf and quite nervous. Without being asked, your son showed her round, introduced her to the BSL club and has been sitting with her at lunch every day.

He has been awarded 20 house points and his name will be on the Year 9 praise board. We thought you'd want to know.

Best wishes,

Mr Okafor
Head of Year 9
Example School | 01632 960000"""
    add("clean", "praise_to_parent", S("okafor"), [ALI], "Some good news", dt(2025, 1, 17, 15, 10),
        alt(t), "everyday: praise email to parent")

    # 052 hard negative: disclosure to DSL quoting exact words
    t = """Helen,

Please can you see me today if possible. During registration this morning, M. (8R) stayed behind and told me that her mum's new boyfriend "keeps calling me a retard and a spaz because I can't hear him" and that he "takes my hearing aids off me when I'm in trouble". She said this has happened "loads of times" since Christmas. She didn't want me to tell her mum.

I didn't ask leading questions. I told her I would need to pass it on to you because it's about keeping her safe. I have written it on CPOMS with her exact words.

She is in Art with me P3 and P4 if you need to see her.

Amy

Amy Richardson
Form Tutor 8R"""
    add("clean", "dsl_disclosure_exact_words", S("richardson"), [S("dsl")], "Urgent - disclosure 8R",
        dt(2025, 1, 21, 8, 58), plain(t), "hard negative: disclosure to DSL quoting disability slurs used by adult at home")

    # 053 flag plain: disability slur, staff-to-staff
    t = """Gaz,

I've done the sports day teams. I've put all the spastics from the SEN base in one house so they don't drag the others down in the relays - not the deaf kids, they're fine, I mean the ones in the other unit. Don't show Siobhan the sheet before Friday, she'll only start.

Sheet's on the PE drive.

C"""
    add("flag", "sports_day_disability_slur", S("whitaker"), [S("pryce")], "Sports day houses", dt(2025, 6, 23, 12, 47),
        alt(t), "disability slur (spastics) about SEND pupils, staff-to-staff")

    # 054 clean everyday: non-uniform day
    t = """Dear Parents and Carers,

This Friday (21 March) is a non-uniform day in aid of Deaf Children North, the charity that runs the family sign language weekends many of our families have been to.

Pupils can wear their own clothes in exchange for a donation of £1, which can be paid on ParentPay or brought in cash to form tutors. Please make sure clothing is suitable for school - no offensive slogans, and sensible shoes for PE.

The student council will also be running a cake sale at break. Thank you for your support.

Example School Office
01632 960000 | Relay UK 18001 01632 960000"""
    add("clean", "non_uniform_day", S("office"), [JANE, SAM, ALI], "Non-uniform day Friday", dt(2025, 3, 17, 14, 15),
        plain(t), "everyday: non-uniform day letter")

    # 055 hard negative: polite reply to abusive parent, abuse only in quoted text
    t = f"""Dear Mr Guardian,

Thank you for your email. I'm sorry that you are so upset about the detention, and I do understand that being kept behind made your son miss the taxi home.

I have looked into what happened. The detention was for missing two homeworks, and a text message was sent on the day. However, you're right that the taxi firm should have been told, and that didn't happen. That is our mistake and I'm sorry for it. I have asked the office to make sure transport is always contacted before a detention is set for pupils who use school taxis.

I would welcome the chance to talk this through with you in person. I'm free on Thursday after 3.30, or I can ring you at a time that suits.

I would ask that future emails are kept respectful, so that we can work together on this.

Yours sincerely,

Mr T Okafor
Head of Year 9

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 24 March 2025 19:48
To: Tom Okafor <t.okafor@example-school.org.uk>
Subject: detention

This is a fucking joke. My son waited 45 minutes in the rain because your useless staff couldn't be bothered to tell the taxi. Nobody rang me. Nobody texted. If this happens again I'm coming up there."""
    add("clean", "polite_reply_abusive_parent", S("okafor"), [ALI], "RE: detention", dt(2025, 3, 25, 12, 40),
        alt(t), "hard negative: polite reply, swearing only in the parent's quoted email",
        reply_to_id="ali@btinternet.com")

    # 056 flag disguised: word split by HTML tags and entity, HTML-only
    hb = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Fergus,</p>
<p>The coach company have just cancelled Malham for Tuesday. Two days' notice, after we've paid the deposit AND booked the interpreter for the whole day (which we'll probably still have to pay for). Absolute <span>bas</span><span>tards</span>.</p>
<p>I'm so pi<b></b>ssed off. Four weeks of planning, risk assessments, the lot, and it's all gone to &#115;hit because they've "double-allocated a vehicle".</p>
<p>Can we talk at lunch about moving it to after Easter or trying another firm? I've got quotes from two.</p>
<p>Nathan</p>
</div>
</body></html>
"""
    add("flag", "coach_cancelled_html_split", S("brierley"), [S("doyle")], "Malham coach", dt(2025, 3, 21, 11, 18),
        htmlonly(hb, cte="7bit"), "disguised swearing: words split by HTML tags / entity (bas<span>tards, pi<b></b>ssed, &#115;hit)")

    # 057 clean everyday: Deaf Awareness Week plan to staff
    t = f"""Hi everyone,

Deaf Awareness Week is 5-11 May. Here is the plan - please have a look and let me know by Friday if anything clashes.

Monday - assembly (signed and spoken) led by Y12 BSL Young Ambassadors
Tuesday to Friday - "sign of the day" in tutor time. Slides with a video will be in the tutor folder each morning. It takes two minutes!
Wednesday - staff BSL taster, 3.30-4.30, B2. All welcome, biscuits provided.
Thursday - Year 8 "quiet lunch": the canteen will be voice-off for 20 minutes, with signing helpers on each table.
Friday - Café 16 takes orders in BSL only. Sixth formers will help.

If you'd like a sign for your subject (there are some great ones for photosynthesis and trigonometry) just ask and I'll film it for you.

Thank you!

{sig("sutcliffe")}
Please note: I am Deaf. Email or Teams chat is the best way to reach me."""
    add("clean", "deaf_awareness_week_plan", S("sutcliffe"), [STAFFLIST], "Deaf Awareness Week - plan",
        dt(2025, 4, 28, 7, 45), alt(t), "everyday: Deaf Awareness Week plan to staff")

    # 058 hard negative: forward of abusive neighbour complaint to head
    t = """Andrew,

FYI, see below. This came into my inbox last night from the neighbour at number 14 - it's the minibus again. I haven't replied. The minibus was actually parked on our own side road at 3.05 while the driver loaded two wheelchairs, which took about ten minutes.

I'm happy to go and speak to him but thought you'd want to see it first, given the tone and the threat at the end.

Pete

---------- Forwarded message ----------
From: Gary Thwaite <gary.thwaite64@hotmail.co.uk>
Date: Tue, 6 May 2025 at 21:17
Subject: YOUR MINIBUSES
To: <p.gallagher@example-school.org.uk>

I am sick to death of your fucking minibuses blocking my drive every afternoon. Today I couldn't get out for 20 minutes. I don't care if they are for disabled kids or not, I pay my council tax. Next time I will let the tyres down."""
    add("clean", "forward_neighbour_complaint", S("gallagher"), [S("head")], "Fwd: YOUR MINIBUSES",
        dt(2025, 5, 7, 7, 30), plain(t), "hard negative: forward to head, swearing only in neighbour's forwarded text")

    # 059 clean everyday: video call with deaf carer
    t = f"""Dear Sam,

Thank you for your message. Of course - a video call is a much better idea than a phone call. I've checked with Megan Sutcliffe, who is Deaf and a fluent BSL user, and she is happy to join us so you can talk to me directly in BSL rather than through an interpreter.

Would any of these suit you?
- Tuesday 18 March, 4.00pm
- Wednesday 19 March, 8.15am
- Thursday 20 March, 3.45pm

We'll use Teams and I'll send a link the day before. If your camera or connection is a problem on the day, just text the school number from the letter and we'll rearrange.

The things I'd like to talk about are her new timetable, the extra literacy sessions, and how the radio aid is working at home.

Best wishes,

Rachel

{sig("hughes", "relay")}"""
    add("clean", "video_call_deaf_carer", S("hughes"), [SAM], "Video call", dt(2025, 3, 12, 16, 40), alt(t),
        "everyday: arranging BSL video call with deaf carer", cc=[S("sutcliffe")])

    # 060 flag disguised: QP soft line break inside the word
    body = """Rachel,

Panel came back this afternoon. They've cut the top-up for two of our Y7s from Band D to Band C \u2013 so roughly \u00a34,300 less each \u2013 on the basis that "they are making good progress". They're making good progress BECAUSE they have a CSW in every lesson. It's fucking ridiculous.

I'm going to appeal both. Can you pull the audiology and language assessment data together by the 20th? I'll draft the letters over the weekend.

S"""
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    assert qp.count("fucking") == 1
    qp = qp.replace("fucking", "fuc=\nking")
    add("flag", "funding_panel_qp_softbreak", S("mccready"), [S("hughes")], "Funding panel", dt(2025, 3, 14, 16, 22),
        leaf("text/plain", None, "quoted-printable", raw_body=qp),
        "disguised swearing: quoted-printable soft line break inside the word (fuc=/king)")

    # 061 hard negative: new staff - Hancock, Dickens
    t = f"""Good morning all,

Please give a warm welcome to three new colleagues who start with us today:

- Sarah Hancock joins the deaf provision as a Communication Support Worker. Sarah has BSL Level 6 and has worked in FE for eight years. She'll mainly be supporting Year 10.
- Tom Dickens joins us as a cover supervisor. Tom is a former pupil (Class of 2016!) and has recently finished his degree in Sport Science.
- Joy Adeyemi joins the science technicians' team.

Sarah, Tom and Joy will be at briefing on Wednesday. Please say hello, and if you see them looking lost in B block, point them in the right direction.

Thanks,
Andrew

Andrew Marsh
Headteacher"""
    add("clean", "welcome_new_staff", S("head"), [STAFFLIST], "Welcome to new colleagues", dt(2025, 1, 6, 7, 30),
        plain(t), "hard negative: surnames Hancock, Dickens")

    # 062 clean everyday: audiology appointment letter to parent
    t = f"""Dear Jane,

I've had a letter from the paediatric audiology department at the hospital: her annual review has been booked for Monday 9 June at 10.30am (Audiology, Clinic 4). They've asked for her radio aid to be brought along so they can check it with her new hearing aid settings.

I'll put a copy of the letter in her bag today rather than attach it here. If the time doesn't work, the number to rearrange is on the letter; or let me know and I can ask them to contact you by email instead.

She can come back to school afterwards if she feels up to it - just let attendance know.

Best wishes,

{sig("birtwistle")}"""
    add("clean", "audiology_appointment_parent", S("birtwistle"), [JANE], "Audiology appointment 9 June",
        dt(2025, 5, 19, 13, 2), alt(t, style="outlook"), "everyday: audiologist to parent about hospital appointment")

    # 063 flag: RFC 2047 encoded subject with swearing
    t = """Rhys, Imran,

The English and maths mock results are in the Y11 shared drive. Can we meet Thursday after school to draw up the intervention list? I'd like to finalise it before the Easter revision sessions go out.

We also need to talk about room 3. The two deaf candidates were given the standard papers rather than the modified ones in English Paper 2, and nobody noticed until they were twenty minutes in. Hannah is looking into it, but I think we'll need to rerun that paper for both of them.

Jo"""
    add("flag", "mocks_encoded_subject", S("fenwick"), [S("evans"), S("sadiq")],
        "Y11 mocks \u2013 what an absolute shitshow", dt(2025, 2, 3, 16, 50), alt(t),
        "disguised: swearing only in RFC 2047 (base64) encoded subject (shitshow)", subj_mode="B")

    # 064 hard negative: RE visits
    t = f"""Dear Parents and Carers,

As part of the Year 8 RE course "Faith in Leeds", pupils will visit three places of worship in the city during the week beginning 12 May:

- Monday: the synagogue in Moortown, where pupils will learn about Shabbat and see the Torah scrolls
- Wednesday: a mosque in Harehills, where they will learn about the five pillars of Islam and watch the call to prayer (with captions prepared by the mosque's youth team)
- Friday: the gurdwara in Chapeltown, including langar (the free community kitchen) - pupils will be offered a vegetarian lunch

Pupils should dress modestly. Girls will need a headscarf for the mosque and gurdwara; boys will need to cover their heads in the synagogue and the gurdwara (head coverings will be provided). Shoes are removed at the mosque and gurdwara, so clean socks please!

Interpreters will attend each visit. If you have any questions, or your child has particular needs around food or faith, please contact me.

Yours sincerely,

{sig("rahman")}"""
    add("clean", "re_visits_places_of_worship", S("rahman"), [JANE, SAM, ALI], "Year 8 RE visits - synagogue, mosque, gurdwara",
        dt(2025, 4, 29, 10, 0), alt(t), "hard negative: religion vocabulary")

    # 065 clean everyday: Y12 work experience
    t = """Dear Year 12,

Work experience week is Monday 30 June to Friday 4 July. By now you should have had your placement confirmed on Unifrog - if you haven't, please see me this week; there are still places with the NHS trust, the city council and two engineering firms.

Before your placement:
- complete the health and safety quiz on Unifrog
- make sure your employer has your access needs on the form (interpreters, radio aid, note-taking). Mrs Hughes and I have already contacted employers for those of you in the deaf provision, but double-check with your contact.
- plan your journey and do a test run if you can

During the week, please complete the daily log, and send me a quick email on Monday lunchtime to say you've arrived safely.

Mr Tate
Head of Sixth Form"""
    add("clean", "y12_work_experience", S("tate"), [P("19rkhan"), P("19ptran"), P("19ebarraclough"), P("19mdaly")],
        "Work experience week - reminders", dt(2025, 6, 9, 12, 15), alt(t), "everyday: sixth-form work experience reminder")

    # 066 hard negative: German trip vocabulary
    t = """Hallo Year 9!

Only three weeks until the Berlin trip. Here's some vocabulary you will see everywhere - please learn it, and yes, some of it will make you laugh the first time:

die Ausfahrt = exit (motorway)   |   die Einfahrt = entrance (for cars)
die Fahrt = journey - "Gute Fahrt!" means "have a good journey"
das Gift = poison (so think twice before you buy "Gift" in a shop)
die Kunst = art - we are visiting the Kunstmuseum on Tuesday
das Bad = bath / bathroom
das Gymnasium = a secondary school (not a sports hall!)
der Schlussverkauf = end-of-season sale

For the Spanish group going to Seville in the autumn: the colours quiz is on Teams. Remember "negro" is just the Spanish word for black (el gato negro).

We're practising the German fingerspelling and the DGS signs for "hello" and "thank you" in Thursday's lesson with Mrs Sutcliffe.

Bis bald,
Mrs Varga"""
    add("clean", "german_trip_vocabulary", S("varga"), [P("22nhussain"), P("22fbrennan"), P("22kdobson"), P("22lmurphy")],
        "Berlin - useful German", dt(2025, 3, 24, 15, 30), plain(t),
        "hard negative: foreign-language words (Fahrt, Kunst, Gift, negro)")

    # 067 clean everyday: governors meeting with calendar invite
    t = """Dear Governors,

A reminder that the Full Governing Body meets on Tuesday 18 March at 5.30pm in the Library. Papers are on GovernorHub.

Agenda:
1. Apologies and declarations of interest
2. Minutes of the meeting of 14 January
3. Headteacher's report
4. Deaf Resource Provision: annual report (Rachel Hughes)
5. Budget monitoring, month 10
6. Safeguarding update (Helen Whitworth)
7. Policies for approval: Accessibility Plan, Charging and Remissions
8. AOB

A BSL interpreter is booked for the meeting. If you are unable to attend, please send your apologies to me.

Kind regards,

Anne-Marie Doherty
Clerk to the Governors
Example School"""
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:r47-fgb-20250318@example-school.org.uk
DTSTAMP:20250304T090000Z
DTSTART:20250318T173000Z
DTEND:20250318T193000Z
SUMMARY:Full Governing Body
LOCATION:Library\\, Example School
ORGANIZER;CN=Anne-Marie Doherty:mailto:clerk@example-school.org.uk
END:VEVENT
END:VCALENDAR
"""
    add("clean", "governors_meeting_invite", S("clerk"),
        [("Diane Okonjo", f"d.okonjo.gov@{DOM}"), ("Keith Ramsden", f"k.ramsden.gov@{DOM}"), ("Farah Iqbal", f"f.iqbal.gov@{DOM}")],
        "FGB Tuesday 18 March", dt(2025, 3, 4, 9, 0),
        mixed(plain(t), [attachment("FGB_18_March.ics", "text/calendar", ics.encode())]),
        "everyday: clerk to governors with calendar attachment", cc=[S("head")])

    # 068 hard negative: behaviour policy discussion about language
    t = f"""Dear all,

Ahead of Thursday's SLT meeting, here is my draft of the revised language section of the behaviour policy. Staff have asked for more clarity, and the current wording ("inappropriate language will be sanctioned") is being applied very differently across departments.

Proposed tiers:

Tier 1 - incidental swearing, not directed at anyone (e.g. "shit" when a pupil drops their tray). Quiet reminder; no behaviour point unless repeated.
Tier 2 - swearing in conversation or to a peer (e.g. "piss off" to a friend). Behaviour point and a restorative conversation.
Tier 3 - swearing directed at staff (e.g. "fuck off, sir"). Internal exclusion, parents contacted.
Tier 4 - any discriminatory language: racist, homophobic, sexist or disability-related slurs, including using "gay" or "retard" as an insult. Recorded as a prejudice-related incident, parents contacted, education session.

Two points I'd like us to discuss:
- BSL. Pupils can swear in sign just as easily as in speech, and some staff don't recognise the signs. Megan has offered a short (and slightly eye-opening) briefing so that we apply the policy equally.
- Consistency with the staff code of conduct: we need to model the language we expect.

Comments before Thursday, please.

Helen

{sig("whitworth", "short")}"""
    add("clean", "behaviour_policy_language_tiers", S("whitworth"), [SLT], "Behaviour policy - language section draft",
        dt(2025, 5, 12, 18, 5), alt(t), "hard negative: SLT discussing behaviour policy, example swear words quoted [unsure]")

    # 069 clean everyday: lost hearing aid found
    t = """Hi all,

A behind-the-ear hearing aid (blue, with a sparkly sticker on it) was handed in to reception at lunch - found on the top field near the long jump pit. It's now in the safe in the office.

Could tutors of deaf pupils in Years 7 and 8 ask at registration tomorrow whether anyone is missing one? Joanne will check the serial number against her records in the morning too.

Thanks
Lorraine"""
    add("clean", "lost_hearing_aid_found", S("office"), [STAFFLIST], "Hearing aid found on field", dt(2025, 5, 21, 13, 48),
        plain(t), "everyday: lost property, hearing aid")

    # 070 hard negative: behaviour log CSV with quoted pupil language
    t = """Helen,

As requested, the Y11 behaviour export for the last half term is attached - just the incidents logged under "language" and "defiance". I've put the exact words in the description column where staff recorded them.

Three names come up repeatedly. I'd suggest we start with report cards for those three before the study leave letters go out.

Jo"""
    csvdata = ("date,pupil,form,category,staff,description,action\n"
               "2025-04-28,O.M.,11F,language,KO,\"Said 'this is bullshit' when asked to move seat\",reminder\n"
               "2025-04-30,J.B.,11C,language,IS,\"Told another pupil to 'piss off' across the room\",behaviour point\n"
               "2025-05-02,S.A.,11H,defiance,RE,Refused to hand over phone,detention\n"
               "2025-05-06,O.M.,11F,language,GP,\"Shouted 'fuck this' and walked out of PE\",internal exclusion\n"
               "2025-05-08,K.D.,11F,language,CL,\"Signed a rude sign at CSW (see CPOMS)\",restorative\n"
               "2025-05-13,J.B.,11C,language,DF,\"Called peer a 'dickhead'\",behaviour point\n")
    add("clean", "behaviour_export_csv", S("fenwick"), [S("whitworth")], "Y11 behaviour export",
        dt(2025, 5, 16, 14, 25), mixed(plain(t), [attachment("Y11_behaviour_language_HT5.csv", "text/csv", csvdata.encode())]),
        "hard negative: staff-only behaviour CSV quoting pupils' swearing")

    # 071 clean everyday: forwarded training course
    t = f"""Hi both,

This looks really useful, especially the second session on assessing BSL development. Budget is fine for one of you to go in person and the other to join online - let me know between you who'd like which.

S.

-----Original Message-----
From: Deaf Education North Training <training@deafed-north.example.org>
Sent: 10 February 2025 10:02
To: SENCo <s.mccready@example-school.org.uk>
Subject: Spring CPD: Supporting deaf learners in mainstream secondary

Dear colleague,

Places are now available on our spring CPD programme for CSWs, teaching assistants and teachers of the deaf:

Session 1 (6 March): Working effectively with a CSW in the mainstream classroom
Session 2 (20 March): Assessing and tracking BSL language development at KS3-4
Session 3 (3 April): Exam access arrangements for deaf candidates

Venue: Leeds Conference Centre, or online via Zoom. Cost: £95 per session.
Bookings: training@deafed-north.example.org or 0113 496 0382.

Deaf Education North"""
    add("clean", "forward_cpd_course", S("mccready"), [S("lomax"), S("mcgovern")], "FW: Spring CPD: Supporting deaf learners",
        dt(2025, 2, 10, 12, 31), alt(t), "everyday: SENCo forwards training course to staff")

    # 072 hard negative: web filtering report to DSL
    t = """Helen,

Weekly web filtering summary (week ending 14 February). Nothing urgent from the dashboard, but a few things you asked me to pass on:

Flagged searches (pupil accounts, school devices):
- 10N3 laptop trolley, Tues P5: "porn" and "free porn videos" - blocked, user identified as a Y10 boy (details on the dashboard)
- Library PC 6, Wed lunch: "how to make someone stop bullying me" - not blocked, flagged by keyword
- Y8 account, Thurs: "am I gay quiz" - allowed (category: health/LGBT support)
- Y11 account, Thurs P3: "how many paracetamol" - blocked, flagged as self-harm risk

The last one is the one I'd look at first. I have not spoken to anyone about any of these.

Mark"""
    add("clean", "web_filter_report_dsl", S("ellison"), [S("dsl")], "Filtering report w/e 14 Feb",
        dt(2025, 2, 14, 15, 50), plain(t), "hard negative: filtering report to DSL quoting pupils' search terms")

    # 073 clean everyday: Y11 revision timetable PDF
    t = """Hi Year 11,

Attached is the after-school revision timetable for the next four weeks. Sessions run 3.15-4.15 unless it says otherwise. You don't need to book - just turn up, but do bring your exercise books.

Every session in the Hall and in M5 has the loop switched on, and there will be a CSW at the English and maths sessions. The slides from each session will go on Teams the same evening.

Make the most of it - you've got this.

Mrs Fenwick"""
    pdf = make_pdf(["Example School - Year 11 After-School Revision, April-May 2025", "",
                    "Mon: English Literature (Hall) / Geography (G2)",
                    "Tue: Maths Higher (M5) / Maths Foundation (M3) / History (H4)",
                    "Wed: Science - Biology and Chemistry (Lab 1) / French (L3)",
                    "Thu: English Language (Hall) / Computing (C1)",
                    "Fri: drop-in study, Library, until 4.00pm", "",
                    "CSW support: Mon, Tue and Thu sessions. Loop: Hall, M5."])
    add("clean", "y11_revision_timetable", S("fenwick"),
        [P("20omorris"), P("20jbaxter"), P("20sakhtar"), P("20kdobson"), P("20tmcintyre")],
        "Revision timetable", dt(2025, 4, 14, 12, 5),
        mixed(alt(t), [attachment("Y11_revision_timetable.pdf", "application/pdf", pdf)]),
        "everyday: Y11 revision timetable with PDF")

    # 074 hard negative: BSL glossary for reproduction unit to CSWs
    t = """Hi team,

Year 8 start the "Reproduction" unit in Science next week (8R, 8K and 8X). Dan has sent the slides, and the glossary with the agreed signs is in the B2 shared folder.

Vocabulary for the first three lessons: penis, testes, scrotum, sperm duct, erection, ejaculation, vagina, cervix, uterus, ovaries, oviduct, menstruation/periods, fertilisation, puberty.

Please use the signs in the glossary rather than local or slang signs. A few pupils will know some rude ones (you know the ones) and will try them out to see our reaction - treat it exactly as you would if a hearing pupil said a slang word out loud: calmly give the correct sign and move on.

If a pupil discloses anything personal during these lessons, follow the usual safeguarding procedure and tell Helen.

Thanks,
Rachel"""
    add("clean", "bsl_glossary_reproduction", S("hughes"), [S("lomax"), S("sutcliffe"), ("Sarah Hancock", f"s.hancock@{DOM}")],
        "Y8 Reproduction unit - BSL vocabulary", dt(2025, 3, 27, 16, 12), plain(t),
        "hard negative: science/RSE anatomy vocabulary for CSWs")

    # 075 clean everyday: BSL course for families
    t = f"""Dear Families,

We are delighted to offer a free BSL Level 1 course for parents, carers and siblings of pupils at Example School. It runs on Tuesday evenings from 6.00pm to 8.00pm in the Library, starting on 22 April, for ten weeks.

The course is taught by me (I'm Deaf, and BSL is my first language) with a hearing co-tutor for the first few weeks. No experience is needed. Children aged 8 and over are welcome with an adult.

To book a place, please reply to this email or complete the form at https://forms.example.com/ExampleSchoolBSL by Friday 11 April. Places are limited to 20.

Hope to see you there!

{sig("sutcliffe")}"""
    add("clean", "bsl_course_for_families", S("sutcliffe"), [JANE, SAM, ALI], "Free BSL course for families",
        dt(2025, 3, 31, 9, 15), alt(t, style="outlook"), "everyday: BSL course for families")

    # 076 hard negative: Larkin to A level pupils [unsure]
    t = """13L,

For Wednesday we're starting the Larkin poems in the anthology. Please read "This Be The Verse", "An Arundel Tomb" and "The Whitsun Weddings" before the lesson.

A word about "This Be The Verse", because someone always asks. Yes, the opening line really is "They fuck you up, your mum and dad." Larkin chose that word deliberately - the shock of it in 1971, and the way it sits in such a neat, nursery-rhyme metre, is the whole point of the poem. We'll talk about why he does it and what the rest of the poem says about how patterns get passed down.

Please don't quote the line in the common room for laughs - it's in your exam essays, not your group chat.

Mr Evans"""
    add("clean", "larkin_this_be_the_verse", S("evans"), [P("18aparkinson"), P("18lchen"), P("18dwalsh"), P("18gokafor")],
        "Larkin for Wednesday", dt(2025, 1, 24, 14, 2), plain(t),
        "hard negative: A level set poem quoted (Larkin 'They fuck you up') to pupils [unsure]")

    # 077 hard negative: Dick Whittington panto trip
    t = f"""Dear Parents and Carers,

Year 7 are going to the panto! We have tickets for the BSL-integrated performance of "Dick Whittington and His Cat" at the Playhouse on Wednesday 10 December at 1.00pm.

This year's production has a Deaf actor playing the Cat (Puss, who signs throughout), and the whole show is captioned. Our Year 7s in the provision are particularly excited, as some of them met the cast at the workshop in October.

We'll walk to the theatre after period 2 and be back in time for the buses. The cost is £12, payable on ParentPay by Friday 28 November. Please speak to me if this is a problem.

Oh yes it is!

{sig("quinn")}"""
    add("clean", "panto_dick_whittington", S("quinn"), [JANE, SAM, ALI], "Year 7 panto trip - Dick Whittington",
        dt(2024, 11, 14, 11, 40), alt(t), "hard negative: title/names (Dick Whittington, Puss)")

    # 078 hard negative: UCAS replies (Sussex, Essex, Middlesex)
    t = """Hi all,

A few of you are still to reply to your offers on UCAS Hub. The deadline for most of you is 5 June - please don't leave it until the last day.

Reminders:
- Your firm choice should be the one you most want to go to; your insurance should usually have lower entry requirements than your firm.
- Amira - Sussex and Essex have both made you offers for Psychology, so have a look at the grade requirements side by side before you decide. Don't forget Sussex's offer includes a contextual reduction.
- Leo - Middlesex have confirmed they can provide a BSL interpreter for your interview-day replacement session; the disability adviser's details are in your Unifrog notes.
- Anyone applying for Disabled Students' Allowance: apply now, don't wait for results. Mrs Hughes can help with the evidence.

My door's open Tuesday and Thursday lunchtimes.

Mr Tate"""
    add("clean", "ucas_offers_sussex_essex", S("tate"), [P("18aparkinson"), P("18lchen"), P("18tnwosu")],
        "UCAS replies - deadline 5 June", dt(2025, 5, 20, 12, 40), alt(t, style="gmail"),
        "hard negative: place names Sussex, Essex, Middlesex", mailer=None)

    # 079 clean everyday: French speaking exam arrangements to pupils
    t = """Hi 11G,

Your French speaking exams will be in the week of 28 April, in L3. I'll put the individual times on Teams next Monday.

For those of you with approved access arrangements: the visiting examiner has been told, and your CSW or interpreter will be in the room for the instructions. You'll do the role play and photo card with the prompts on screen as well as read aloud. If you use a radio aid, please bring it charged - I'll wear the transmitter.

We have two practice sessions before then: Thursday lunch and the following Tuesday after school.

Bon courage !
Mme Varga"""
    add("clean", "french_speaking_exam", S("varga"), [P("20jbaxter"), P("20sakhtar"), P("20kdobson")],
        "French speaking exams", dt(2025, 4, 2, 15, 8), plain(t), "everyday: MFL speaking exam arrangements to pupils")

    # 080 hard negative: names Phuc Tran, Mr Dikshit
    t = """Hi Phuc,

Great to hear you've decided to do an EPQ. I've matched you with Mr Dikshit as your supervisor - he teaches Physics and he's really interested in your idea about low-cost vibrating alarms for deaf people living alone.

Your first supervision meeting is on Wednesday at 1.10pm in S12. Please bring your project proposal form (it's on the EPQ Teams channel) and a rough list of three or four sources you've found.

Mr Dikshit has asked whether you'd like your CSW there for supervision meetings or whether you'd prefer to do them by typing in a shared document - either is fine, just let him know.

Mr Tate"""
    add("clean", "epq_supervisor_names", S("tate"), [P("19ptran")], "EPQ supervisor", dt(2025, 6, 11, 16, 0),
        alt(t), "hard negative: personal names Phuc, Dikshit", cc=[("Anand Dikshit", f"a.dikshit@{DOM}")])


README = """# Round 47 - obscene-language hold-out corpus (BLIND)

**Blind: never use this corpus for tuning rules, word lists or thresholds.** It was written
without reading mailguard's code, rules, tests or documentation, so that it can measure how the
filter does on mail nobody tuned it against. If a case here fails, fix the filter in general
terms, then write a *new* round for the next check.

## What it is

80 complete RFC 5322 messages (`.eml`) sent by staff of a fictional 11-18 mainstream secondary
with a resourced provision for deaf pupils (Teachers of the Deaf, communication support workers,
an educational audiologist, BSL interpreters for parents' evenings, deaf parents using Relay UK
18001/18002, SMS and video calls, radio aids and audiology appointments), with `labels.csv`
(`file,expected,sender,recipients,note`). `expected` is `flag` or `clean`, judged by the intent
of the school's electronic communications policy, section 7: staff must not use obscene language
or swear words, or make offensive comments on grounds of gender, race, disability, age, religion
or sexual orientation. Judgement calls are marked `[unsure]` in the note.

## How it was made / how to regenerate

Written by hand as data inside `../make_round47_obscene.py` (Python 3.11, standard library only).
Dates, Message-IDs and MIME boundaries are fixed, so the output is byte-identical on every run:

    python3 tests/holdout/round47/make_round47_obscene.py

The script rewrites the `.eml` files and `labels.csv` in this directory and checks that every
message parses with `email.message_from_bytes(..., policy=email.policy.default)`.

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing or slurs | 10 |
| flag | disguised / encoded | 10 |
| clean | ordinary everyday school mail | 30 |
| clean | hard negatives | 30 |
| **total** | | **80** |

## Kinds of case

Flags (staff author's own words):
- plain swearing in body or subject (bollocks, fuck, bastard, arsehole, shit, pissed off, wanker),
  staff-to-staff, to pupils and to a parent; swearing only in a `.txt` attachment
- slurs: racial (Gypsy/Traveller), disability, homophobic
- disguised: asterisk masks, symbols/leetspeak, repeated letters, letters split by dots and
  hyphens, Cyrillic homoglyphs in a base64 body, full-width letters in HTML, zero-width spaces,
  words split by HTML tags and a numeric entity, a quoted-printable soft line break inside the
  word, swearing only in an RFC 2047 encoded subject

Clean everyday: parents' evening with interpreters, attendance, homework, trip letters with PDF
forms, radio aid and audiology mail, exam access arrangements (CSV), newsletter, captions notice,
EHCP review, cover, governors (calendar invite), forwarded CPD, lost hearing aid, BSL course.

Clean hard negatives: place names (Scunthorpe, Penistone, Cockermouth, Shitterton, Clitheroe,
Twatt, Sussex/Essex/Middlesex), surnames and names (Cockburn, Wankhede, Hancock, Dickens, Phuc,
Dikshit, Dick Whittington), foods (faggots, spotted dick), birds (tits, shags, cock pheasant),
sports kit, history ("William the Bastard"), set texts (King Lear, Of Mice and Men, Larkin),
RE vocabulary, German/Spanish words, RSE letter, anatomy vocabulary for CSWs, deaf-awareness
language guidance, staff-only safeguarding reports and disclosures quoting pupils' exact words,
behaviour-policy discussion and a behaviour CSV quoting pupils, a filtering report to the DSL, a
polite reply with the parent's abusive email quoted below, a forward of a neighbour's abusive
complaint to the head.
"""


def verify():
    import email
    import email.policy
    rows = list(csv.DictReader(open(os.path.join(OUT, "labels.csv"), encoding="utf-8")))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert [r["file"] for r in rows] == files, "labels do not match files"
    for r in rows:
        assert r["expected"] in ("flag", "clean")
        assert f"_{r['expected']}_" in r["file"]
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hd in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[hd] is not None, (r["file"], hd)
        assert msg["From"].addresses[0].addr_spec == r["sender"], r["file"]
        got = [a.addr_spec for hd in ("To", "Cc") if msg[hd] for a in msg[hd].addresses]
        assert got == r["recipients"].split(" "), (r["file"], got)
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
    n_flag = sum(r["expected"] == "flag" for r in rows)
    print(f"{len(rows)} messages: {n_flag} flag, {len(rows) - n_flag} clean - all parse")


if __name__ == "__main__":
    build()
    write_all()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    verify()
