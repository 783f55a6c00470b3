#!/usr/bin/env python3
"""Generate the round-9 BLIND held-out corpus for the obscene-language module.

Writes tests/holdout/round9/obscene-language/*.eml, labels.csv and README.md.
Python 3.11 standard library only. Deterministic: dates, Message-IDs and MIME
boundaries are fixed, so two runs produce byte-identical files.

    python3 tests/holdout/round9/make_round9_obscene.py

This corpus was written blind (without reading the filter, its rules or other
tests) and must never be used to tune the filter.
"""
import base64
import csv
import email
import email.policy
import hashlib
import io
import os
import quopri
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------


def st(name, local=None):
    """A member of staff: (display name, address)."""
    if local is None:
        f = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        local = f.lower().replace("'", "").replace(" ", ".")
    return (name, f"{local}@{DOM}")


def role(local, name):
    return (name, f"{local}@{DOM}")


def pupil(first, last, intake):
    f = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode()
    local = f"{intake % 100:02d}{f.lower().replace(' ', '').replace(chr(39), '')}{first[0].lower()}"
    return (f"{first} {last}", f"{local}@{PUP}")


def ext(name, addr):
    return (name, addr)


HEAD = st("Eleri Pritchard")
DEP = st("Gareth Howells")
HANNAH = st("Hannah Blake")
OWAIN = st("Owain Rees")
RHIANNON = st("Rhiannon Pugh")
GEMMA = st("Gemma Ward")
RHODRI = st("Rhodri Bevan")
CARWYN = st("Carwyn Hughes")
LOWRI = st("Lowri Evans")
TOMASZ = st("Tomasz Nowak")
KERRY = st("Kerry-Ann Davies")
LEANNE = st("Leanne Morgan")
ROB = st("Rob Williams")
NIA = st("Nia Griffiths")
FFION = st("Ffion Llewellyn")
RYAN = st("Ryan O'Connor")
GRACE = st("Grace Okafor")
SUNIL = st("Sunil Mistry")
STEVE = st("Steve Morgan")
SARAH = st("Sarah Lane")
CHRIS = st("Chris Evans")
JON = st("Jon Pryce")
JULIE = st("Julie Thomas")
LEE = st("Lee Parry")
WAYNE = st("Wayne Phillips")
HELEN = st("Helen Roberts")
DAI = st("Dai Jenkins")
GARY = st("Gary Hill")
MERERID = st("Mererid ap Iorwerth")
GWEN = st("Gwenllïan Rowlands")
CATRIN = st("Catrin Lewis")
ADAM = st("Adam Kowalski")
KEV = st("Kev Doyle")
SIONED = st("Sioned Jones")
MARK = st("Mark Lloyd")
BETHAN = st("Bethan Harries")
RACHEL = st("Rachel Dunn")
TOM = st("Tom Baker")
SAMO = st("Sam Okonkwo")
AISHA = st("Aisha Rahman")
LISA = st("Lisa Hopkins")
SANDRA = st("Sandra Watkins")
EIRLYS = st("Eirlys Morgan")
LLINOS = st("Llinos Parry")
JOANNE = st("Joanne Bell")
ALEX = st("Alex Morgan")
SIAN = st("Siân Thomas")

COVER = role("cover", "Dawn Price")
EXAMS = role("exams", "Priya Nair")
ITSUP = role("it.support", "IT Support")
SITE = role("site", "Site Team")
OFFICE = role("office", "Example School Office")
DSL = role("dsl", "Rhian Beynon (DSL)")
STAFF = role("staff", "All Staff")
SLT = role("slt", "Senior Leadership Team")
HODS = role("hods", "Heads of Department")
REPRO = role("repro", "Reprographics")
TECHS = role("technicians", "Science Technicians")
ENGLISH = role("english", "English Department")
Y11TUT = role("y11tutors", "Year 11 Tutors")
Y13TUT = role("y13tutors", "Year 13 Tutors")
Y9TUT = role("y9tutors", "Year 9 Tutors")
Y8TUT = role("y8tutors", "Year 8 Tutors")
TUT7 = role("y7tutors", "Year 7 Tutors")
TRIPS = role("trips", "Trips and Visits")

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAMC = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------


class Text:
    def __init__(self, text, sub="plain", cte="7bit", charset="utf-8",
                 filename=None, ctype=None, disposition=None):
        self.text = text
        self.sub = sub
        self.cte = cte
        self.charset = charset
        self.filename = filename
        self.ctype = ctype or f"text/{sub}"
        self.disposition = disposition or ("attachment" if filename else None)


class Multi:
    def __init__(self, sub, *parts):
        self.sub = sub
        self.parts = parts


def T(text, cte="7bit", charset="utf-8"):
    return Text(text, "plain", cte, charset)


def H(html, cte="7bit", charset="utf-8"):
    return Text(html, "html", cte, charset)


def Alt(plain, html):
    return Multi("alternative", plain, html)


def Mixed(*parts):
    return Multi("mixed", *parts)


def Att(filename, content, ctype="text/plain", cte="base64", charset="utf-8"):
    sub = ctype.split("/")[1]
    return Text(content, sub, cte, charset, filename=filename, ctype=ctype)


SOFT = "\x00"  # marker: force a quoted-printable soft line break here


def qp_encode(text, charset):
    data = text.encode(charset)
    enc = quopri.encodestring(data, quotetabs=False)
    return enc.replace(b"=00", b"=\n")


def b64_encode(text, charset):
    data = text.replace("\n", "\r\n").encode(charset)
    return base64.encodebytes(data)


def html_page(inner, font="Calibri, Arial, sans-serif", lang="en-GB"):
    return (
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "</head>\n"
        f'<body lang="{lang}" style="font-family:{font};font-size:11pt">\n'
        f"{inner}\n</body>\n</html>\n"
    )


def to_html(text, **kw):
    """A plausible HTML rendering of a plain-text body (quoted lines -> blockquote)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(escape(l[1:].lstrip(), quote=False) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">\n{inner}\n</blockquote>')
        else:
            inner = "<br>\n".join(escape(l, quote=False) for l in lines)
            out.append(f"<p>{inner}</p>")
    return html_page("\n".join(out), **kw)


# --------------------------------------------------------------------------
# headers, dates, quoting
# --------------------------------------------------------------------------


def when(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    bst = (datetime(2024, 3, 31) <= d < datetime(2024, 10, 27)) or \
          (datetime(2025, 3, 30) <= d < datetime(2025, 10, 26))
    return d.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0)))


def gmail_on(s, who):
    d = when(s)
    return f"On {d:%a}, {d.day} {d:%b} {d:%Y} at {d:%H:%M}, {who[0]} <{who[1]}> wrote:"


def apple_on(s, who):
    d = when(s)
    return f"On {d.day} {d:%b} {d:%Y}, at {d:%H:%M}, {who[0]} <{who[1]}> wrote:"


def outlook_block(frm, s, to, subject, cc=()):
    d = when(s)
    lines = ["________________________________",
             f"From: {frm[0]} <{frm[1]}>",
             f"Sent: {d.day} {d:%B} {d:%Y} {d:%H:%M}",
             "To: " + "; ".join(f"{p[0]} <{p[1]}>" for p in to)]
    if cc:
        lines.append("Cc: " + "; ".join(f"{p[0]} <{p[1]}>" for p in cc))
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def gmail_fwd(frm, s, to, subject):
    d = when(s)
    return "\n".join([
        "---------- Forwarded message ---------",
        f"From: {frm[0]} <{frm[1]}>",
        f"Date: {d:%a}, {d.day} {d:%b} {d:%Y} at {d:%H:%M}",
        f"Subject: {subject}",
        "To: " + ", ".join(f"{p[0]} <{p[1]}>" for p in to),
    ])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def ew(s, enc="Q"):
    """RFC 2047 encoded words (UTF-8), split so that each stays short."""
    def one(chunk):
        b = chunk.encode("utf-8")
        if enc == "B":
            return "=?UTF-8?B?" + base64.b64encode(b).decode() + "?="
        out = []
        for byte in b:
            c = chr(byte)
            if byte < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            elif c == " ":
                out.append("_")
            else:
                out.append(f"={byte:02X}")
        return "=?UTF-8?Q?" + "".join(out) + "?="
    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 66:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return "\n ".join(words)


def addr_list(people):
    items = [formataddr(p, charset="utf-8") for p in people]
    out, line = [], ""
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) > 70:
            out.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return "\n ".join(out)


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uuid_like(seed):
    x = h(seed, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def message_id(client, seed, date):
    d = when(date)
    if client == "outlook":
        x = h(seed, 20).upper()
        return f"<LO4P265MB{x[:4]}{x[4:12]}{x[12:16]}@LO4P265MB{x[16:20]}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "iphone":
        return f"<{uuid_like(seed).upper()}@{DOM}>"
    if client == "gmail":
        raw = base64.b64encode(hashlib.sha1(seed.encode()).digest() * 2).decode()
        raw = raw.replace("/", "_").replace("+", "-")[:44]
        return f"<CA+{raw}@mail.gmail.com>"
    if client == "thunderbird":
        return f"<{uuid_like(seed)}@{DOM}>"
    return f"<{d:%Y%m%d%H%M%S}.{h(seed, 12)}@{DOM}>"


def boundary(client, seed, k):
    x = h(f"{seed}/{k}", 24)
    if client == "outlook":
        return f"_00{k}_LO4P265MB{x[:12].upper()}_"
    if client == "iphone":
        return f"Apple-Mail-{uuid_like(seed + str(k)).upper()}"
    if client == "gmail":
        return f"0000000000{x[:14]}"
    if client == "thunderbird":
        return f"------------{x[:22]}"
    return f"=_mg9_{x[:16]}_{k}"


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------


def render_part(part, ctx):
    """Returns (header lines, body bytes with LF line ends)."""
    if isinstance(part, Multi):
        ctx["k"] += 1
        b = boundary(ctx["client"], ctx["seed"], ctx["k"])
        hdrs = [f"Content-Type: multipart/{part.sub};\n\tboundary=\"{b}\""]
        chunks = []
        if ctx["k"] == 1:
            chunks.append(b"This is a multi-part message in MIME format.\n")
        for p in part.parts:
            ph, pb = render_part(p, ctx)
            chunks.append(f"--{b}\n".encode())
            chunks.append(("\n".join(ph) + "\n\n").encode())
            if not pb.endswith(b"\n"):
                pb += b"\n"
            chunks.append(pb)
        chunks.append(f"--{b}--\n".encode())
        return hdrs, b"".join(chunks)

    ct = f"Content-Type: {part.ctype}; charset=\"{part.charset}\""
    if part.filename:
        ct += f";\n\tname=\"{part.filename}\""
    hdrs = [ct, f"Content-Transfer-Encoding: {part.cte}"]
    if part.disposition:
        d = f"Content-Disposition: {part.disposition}"
        if part.filename:
            d += f";\n\tfilename=\"{part.filename}\""
        hdrs.append(d)
    text = part.text
    assert "\r" not in text
    if part.cte == "7bit":
        assert text.isascii(), "7bit part is not ASCII"
        body = text.encode("ascii")
    elif part.cte == "8bit":
        body = text.encode(part.charset)
    elif part.cte == "quoted-printable":
        body = qp_encode(text, part.charset)
    elif part.cte == "base64":
        body = b64_encode(text, part.charset)
    else:
        raise ValueError(part.cte)
    if SOFT in text and part.cte != "quoted-printable":
        raise ValueError("soft-break marker outside QP")
    for line in body.split(b"\n"):
        assert len(line) <= 998
    return hdrs, body


CLIENT_HEADERS = {
    "outlook": ["Content-Language: en-GB", "X-MS-Has-Attach:{att}",
                "X-MS-TNEF-Correlator:"],
    "iphone": ["X-Mailer: iPhone Mail (22D72)"],
    "gmail": [],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "system": ["X-Mailer: SchoolComms Bulk Mailer 4.2"],
}


def has_attachment(part):
    if isinstance(part, Multi):
        return any(has_attachment(p) for p in part.parts)
    return bool(part.filename)


def render_message(m):
    seed = m["slug"]
    client = m["client"]
    lines = []
    lines.append("From: " + formataddr(m["frm"], charset="utf-8"))
    lines.append("To: " + addr_list(m["to"]))
    if m["cc"]:
        lines.append("Cc: " + addr_list(m["cc"]))
    subj = m["subject"]
    if m["subj_enc"] or not subj.isascii():
        subj = ew(subj, m["subj_enc"] or "Q")
    lines.append("Subject: " + subj)
    lines.append("Date: " + format_datetime(when(m["date"])))
    lines.append("Message-ID: " + message_id(client, seed, m["date"]))
    if m["reply"]:
        parent = message_id("outlook" if client != "gmail" else "gmail", seed + "/parent",
                            m["date"])
        lines.append("In-Reply-To: " + parent)
        lines.append("References: " + parent)
    for extra in m["headers"]:
        lines.append(extra)
    for extra in CLIENT_HEADERS[client]:
        lines.append(extra.format(att=" yes" if has_attachment(m["body"]) else ""))
    lines.append("MIME-Version: 1.0")
    ctx = {"client": client, "seed": seed, "k": 0}
    ph, pb = render_part(m["body"], ctx)
    lines.extend(ph)
    head = ("\n".join(lines) + "\n\n").encode("ascii")
    if not pb.endswith(b"\n"):
        pb += b"\n"
    return (head + pb).replace(b"\n", b"\r\n")


MESSAGES = []


def add(slug, label, frm, to, subject, body, *, date, note, cc=(), client="outlook",
        reply=False, subj_enc=None, headers=()):
    assert label in ("flag", "clean")
    if isinstance(body, str):
        body = T(body, "7bit" if body.isascii() else "quoted-printable")
    MESSAGES.append(dict(slug=slug, label=label, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, body=body, date=date, note=note, client=client,
                         reply=reply, subj_enc=subj_enc, headers=list(headers)))


# ==========================================================================
# FLAG: the staff author's own words are obscene, swear, or a slur
# ==========================================================================

add("shit_day_missed_meeting", "flag", HANNAH, [OWAIN], "Sorry - missed the dept meeting",
    """Owain,

Sorry I didn't make it to the department meeting. What a shit day. 10B3 were
climbing the walls period 5, and then the fire alarm went off halfway through
the Inspector Calls assessment, so half of them have now seen each other's
answers. I've kept the scripts but I don't think we can use them as they are.

I'll catch up with Rhiannon tomorrow about the moderation sample. Could you
send me the minutes when they're done?

Hannah

Hannah Blake
English Department | Adran Saesneg
""", date="2024-11-13 16:52", note="plain 'shit' in own words to head of department")

add("masked_printer_e4", "flag", GEMMA, [ITSUP], "Printer in E4 - again",
    """Hi Kev,

The f***ing printer in E4 has chewed up another set of Year 11 mock papers.
That's the third time since half term. It's showing error 50.4, the tray
clicks a few times and then nothing.

Can someone come and have a look before period 3? I've got 11X1 and no copies.

Cheers
Gemma
""", date="2025-01-21 08:14", note="asterisk-masked 'f***ing' in own words to IT support")

add("leet_fixture_list", "flag", RHODRI, [CARWYN], "County fixtures after Christmas",
    """Carwyn,

Just seen the county fixture list for after Christmas and it's absolute
b0ll0cks. They've got our U15s away at Ystrad on the same afternoon as the U16s
at home, and both on a Thursday when half the squad are down the vocational
centre for the construction taster. Whoever put it together did a sh1t job of
checking it against the schools' calendars.

I'll email the league secretary but wanted to check you're happy for me to
push back before I do.

Rhods
""", cc=[LOWRI], date="2024-12-03 12:31",
    note="digit-for-letter 'b0ll0cks' and 'sh1t' to head of PE")

add("spaced_subject_heating", "flag", TOMASZ, [SITE], "F U C K I N G heating in C block AGAIN",
    """Dai,

C12 is 11 degrees this morning. Year 8 are sitting in their coats and I've got
a practical at 10:20 with Bunsens, so I can't exactly tell them to keep their
gloves on.

Third Monday running. Is it the timer on the boiler again?

Tomasz

Sent from my iPhone
""", date="2025-01-13 08:07", client="iphone",
    note="swearing only in subject line, letters spaced out; body clean")

KERRY_VENT = """Lee - are you free for lunch in the salon staffroom? Need to vent.

Helen in finance has knocked back my order for the colour stock AGAIN because
it "wasn't on the approved supplier list", even though it's the same supplier
we've used for six years. She's being a proper b.i.t.c.h about it and I've got
Level 2 colouring assessments next Tuesday with no toner.

K x
"""
add("dotted_insult_finance", "flag", KERRY, [LEANNE], "lunch?",
    Alt(T(KERRY_VENT), H(to_html(KERRY_VENT))), date="2025-02-26 11:02",
    note="gendered insult with full stops between letters ('b.i.t.c.h') about a colleague")

add("cyrillic_coach_complaint", "flag", ROB,
    [ext("Valley Coaches Bookings", "bookings@valleycoaches.example.com")],
    "Complaint - return pick-up from Cardiff Bay, Thursday 6 March",
    T("""Dear Mr Bowen,

I'm writing about yesterday's return journey from our Year 9 visit to the
Senedd (booking ref VC-20931).

Your driver left Cardiff Bay at 2:40pm without 14 of our pupils and two members
of staff, despite being told by my colleague that the group was still coming
out of the building. We then waited 55 minutes on the pavement for a second
vehicle, and parents were left waiting at school until gone five.

Frankly it was fu\u0441king shambolic, and I won't be paying for the second
coach. I'd like a written explanation by the end of next week, please.

Rob Williams
Educational Visits Co-ordinator
Example School | 01632 960000
""", "quoted-printable"), cc=[DEP], date="2025-03-07 09:26",
    note="Cyrillic 'с' (U+0441) inside 'fucking' in complaint to external coach firm")

add("zero_width_la_funding", "flag", NIA, [DEP], "ALN funding letter",
    T("""Gareth,

Have you seen the letter from County Hall? They've cut the ALN top-up for next
year by 18% and we only find out two days before the budget meeting. The
bas\u200btards knew in January, I'd put money on it.

That's at least two LSA posts, possibly three if the Year 7 numbers are what
Llinos thinks. I'll pull the figures together for Thursday but I wanted you to
see it first.

Nia

Nia Griffiths
ALNCo / Cydlynydd ADY
""", "8bit"), date="2025-03-18 15:47",
    note="zero-width space inside 'bastards' (about the local authority)")

add("html_span_parents_evening", "flag", FFION, [RYAN], "Y10 parents' evening",
    H(html_page(
        "<div>Ryan,</div>\n<div><br></div>\n"
        "<div>Well that was a complete sh<span style=\"color:#000000\">i</span>t show. "
        "I had three no-shows, one dad who spent ten minutes telling me drama isn't a "
        "real subject, and the booking system put me in the sports hall next to the "
        "heaters, so I couldn't hear a word anyone said.</div>\n<div><br></div>\n"
        "<div>Can we please talk about the layout before the Year 11 one?</div>\n"
        "<div><br></div>\n<div>Ffion</div>\n"
        "<div style=\"color:#7f7f7f;font-size:9pt\">Ffion Llewellyn | Drama / Drama</div>",
        font="Aptos, Calibri, sans-serif"), "quoted-printable"),
    date="2025-02-06 20:41", note="HTML-only; <span> inside the word 'shit'")

GRACE_PLAIN = """Sunil,

Callum (13G) was being a total w*nker in tutor again this morning - talking
over the register, winding the Year 12s up about their mocks, and then he
walked out when I asked him to stay behind. I've logged it on SIMS but I think
it needs to come from you now.

Grace
"""
GRACE_HTML = html_page(
    "<p>Sunil,</p>\n"
    "<p>Callum (13G) was being a total wank&#101;r in tutor again this morning - talking "
    "over the register, winding the Year 12s up about their mocks, and then he walked out "
    "when I asked him to stay behind. I&#39;ve logged it on SIMS but I think it needs to "
    "come from you now.</p>\n<p>Grace</p>")
add("entity_tutor_group", "flag", GRACE, [SUNIL], "13G - Callum",
    Alt(T(GRACE_PLAIN), H(GRACE_HTML)), date="2025-01-29 09:12",
    note="about a pupil: masked 'w*nker' in text part, HTML entity inside the word in HTML part")

add("qp_softbreak_supplier", "flag", STEVE,
    [ext("Darren Lewis", "sales@buildersmerchant.example.com")],
    "Order 44718 - still not delivered",
    T("""Hi Darren,

This is the third week running that the blocks and building sand for the Level 1
brickwork bay haven't turned up on the day you promised. I've had 16 learners
standing around for two sessions with nothing to lay.

To be honest it's taking the pi""" + SOFT + """ss now. If it's not here by 8am Thursday I'll
have to cancel the order and go elsewhere.

Steve Morgan
Construction Lecturer, Vocational Centre
Example School
""", "quoted-printable"), date="2025-02-04 13:05",
    note="quoted-printable soft line break splits 'piss' (to external supplier)")

add("base64_ucas_reference", "flag", SUNIL, [SARAH], "New UCAS reference format",
    T("""Sarah,

Had a proper look at the new three-section UCAS reference this afternoon.
Honestly, it's bollocks - they've made it longer for us and less useful for the
universities. Section 2 is going to be the same paragraph pasted 140 times.

Can we get the Year 13 tutors together in an INSET slot? I'd rather we agree one
shared template for the extenuating circumstances section than have everybody
invent their own.

S
""", "base64"), date="2024-09-17 16:20", client="thunderbird",
    note="'bollocks' inside a base64 text/plain body")

add("rfc2047_subject_estyn", "flag", DEP, [SLT], "RE: Estyn prep \u2013 what a shitshow",
    Alt(T("""Yes, I've read the self-evaluation draft. We're nowhere near. Half the
departments haven't sent their data and the ones that have used last year's
template.

I'll block out Thursday after school. Bring laptops and biscuits.

G

""" + outlook_block(HEAD, "2025-02-10 07:58", [SLT], "Estyn prep") + """

Morning all,

Have we all had a chance to look at the SER draft? Thoughts by Wednesday please.

Eleri
"""), H(to_html("""Yes, I've read the self-evaluation draft. We're nowhere near. Half the
departments haven't sent their data and the ones that have used last year's
template.

I'll block out Thursday after school. Bring laptops and biscuits.

G

""" + outlook_block(HEAD, "2025-02-10 07:58", [SLT], "Estyn prep") + """

Morning all,

Have we all had a chance to look at the SER draft? Thoughts by Wednesday please.

Eleri
"""))), subj_enc="B", reply=True, date="2025-02-10 12:44",
    note="'shitshow' only in the RFC 2047 base64-encoded subject; Outlook reply")

ICELAND = """ICELAND TRIP DEBRIEF - October half term 2024
Staff: C Evans (lead), A Rahman, M Lloyd
Pupils: 38 (Y10/Y11 GCSE Geography)

Flights (Cardiff - Keflavik): fine, on time both ways.

Coach and driver: excellent. Siggi was brilliant with the kids and knew every
waterfall on the south coast.

Hotel (Selfoss): an absolute shithole. Heating didn't work in four of the pupil
rooms on the first night, two showers cold all week, breakfast ran out by 8.
The manager was a complete prick when we complained and told Aisha we should
have "brought warmer pyjamas". DO NOT book again.

Golden Circle day: great. Thingvellir rift valley walk worked well for the
plate boundaries unit - get them to photograph the fissure for the NEA.

Reynisfjara: kept everyone well back from the waterline, no issues.

Incidents:
- 1 x minor injury (slip on ice at Gullfoss), first aid given, parent informed.
- 1 x passport left at hotel reception, recovered before the coach left.

Recommendation: same tour operator, different hotel.
"""
add("txt_attachment_trip_debrief", "flag", CHRIS, [ROB], "Iceland debrief notes",
    Mixed(T("""Rob,

Debrief notes from Iceland attached for the file, as promised. Happy to go
through them at the trips meeting on the 20th.

Chris
"""), Att("iceland_debrief_oct24.txt", ICELAND)), date="2024-11-05 17:36",
    note="own swearing ('shithole', 'prick') only inside a .txt attachment; body clean")

SEATING = """seat,pupil,notes
A1,Mason Rees,
A2,Tia Lewis,EAL - sits with Maya
A3,Maya Sandhu,
A4,Oliver Price,
B1,Harri Jenkins,glasses - front
B2,Chloe Morris,
B3,Jac Edwards,
B4,Kyle Harris,"total spaz, keep him away from the window blinds"
C1,Amelia Davies,
C2,Noah Thomas,
C3,Isla Fletcher,
C4,Dylan Hopkins,
D1,Evie Jones,
D2,Ruby Carter,
D3,Sion Williams,
D4,Lucas Green,
"""
add("csv_seating_plan_slur", "flag", JON, [COVER], "Cover work + seating plan - 8X2 P4 Weds",
    Mixed(T("""Hi Dawn,

Work for 8X2 on Wednesday P4 is on Teams under 8X2 > Cover > "Food chains" - a
reading and a worksheet, answers in their books.

Seating plan attached. Please ask whoever covers to stick to it, they will try
it on.

Thanks
Jon
"""), Att("8X2_seating.csv", SEATING, "text/csv")), cc=[JULIE], date="2025-03-04 16:10",
    note="disability slur about a pupil in the notes column of a .csv attachment")

add("digit_homophobic_fivea_side", "flag", LEE, [WAYNE], "5-a-side Thurs",
    """Wayne,

You coming Thursday or are you going to be a p00f about the weather again like
last week? 6pm on the 3G, bring your own bib, and it's your turn for the
pitch money.

Lee
""", date="2025-01-22 14:55", client="iphone",
    note="homophobic slur with zeros for letters ('p00f') between staff")

add("gyppos_field_muga", "flag", HELEN, [DAI], "Field behind the MUGA",
    """Dai,

Someone's just told me the gyppos are back on the field behind the MUGA with
three caravans and a pick-up. Can you make sure the side gate is padlocked
tonight and the ride-on mower is locked in the shed?

I'll ring the council first thing tomorrow.

Helen

Helen Roberts
School Business Manager
""", date="2025-05-12 15:22", note="racial slur against Gypsy/Traveller people, plain")

add("leet_racial_slur_keys", "flag", DAI, [GARY], "Sports hall keys",
    """Gaz,

Spare keys for the sports hall are with Raj at the P4ki shop on Heol Las as
usual, he's open till 10. Pick them up before you lock up tonight and leave
them in the key safe by reception, not in the PE office.

Badminton club are in till 8.

Dai
""", date="2025-02-14 16:38", client="iphone",
    note="racial slur with digit for letter ('P4ki')")

add("welsh_swearing_reports", "flag", MERERID, [GWEN], "Adroddiadau Bl 9",
    T("""Gwen,

Ffycin hel, wyt ti wedi gweld yr e-bost gan Adam? Mae'r adroddiadau Blwyddyn 9
i fod i mewn erbyn dydd Gwener, nid dydd Llun fel oedd ar y calendr.

A ma'r system newydd 'na yn gachu llwyr - mae'n colli popeth os ti'n pwyso
'nôl. Dwi 'di colli 9C2 i gyd ddwywaith.

Wela i di amser cinio,
Mer
""", "quoted-printable"), date="2025-03-12 13:02", headers=["Content-Language: cy-GB"],
    note="Welsh-language swearing ('ffycin', 'cachu') in own words to a colleague")

add("ffs_minibus_keys", "flag", CARWYN, [STAFF], "Minibus keys",
    """FFS, who has taken the minibus keys home? Key 2 (the white Transit) was
signed out on Friday and hasn't come back.

I've got the U13 girls going to Pontypridd at 1:15. If it's you, please bring
them to the PE office ASAP.

Carwyn
""", date="2025-03-24 11:48",
    note="[unsure] 'FFS' acronym only, to all staff; reads as 'for f***'s sake'")

AISHA_REPLY = """Dawn, are you taking the p*ss? That's my fourth cover this fortnight and I've
got thirteen Biology NEA write-ups to mark by Friday. Can it not go to someone
with a lighter timetable?

Aisha

""" + outlook_block(COVER, "2025-03-10 07:41", [AISHA],
                    "Cover - Tuesday P2 9Y3") + """

Morning Aisha,

Could you please cover 9Y3 (Science, Mr Pryce) on Tuesday period 2 in S4? Work
will be set on Teams.

Thanks
Dawn
Cover Manager | Rheolwr Cyflenwi
"""
add("outlook_reply_cover_masked", "flag", AISHA, [COVER], "RE: Cover - Tuesday P2 9Y3",
    Alt(T(AISHA_REPLY), H(to_html(AISHA_REPLY))), reply=True, date="2025-03-10 08:03",
    note="Outlook reply; masked 'p*ss' in own text above a clean quoted cover request")

FWD_NEA = """FYI - look at this crap from the board. They've moved the NEA deadline forward
by a WEEK with less than a month's notice. What a load of shite.

Dept meeting Weds - we'll need to rejig the marking and moderation schedule.

O

""" + gmail_fwd(("Exam Board Centre Support", "centres@examboard.example.org"),
                "2025-03-03 09:00", [("Exams Officers", "exams@example-school.org.uk")],
                "Change to NEA submission window - GCSE English Language") + """


Dear Exams Officer,

Please note that the submission window for internally assessed (NEA) marks for
GCSE English Language will now close on 2 May 2025, not 9 May 2025 as
previously advised. Samples will be requested within five working days of the
window closing.

We apologise for any inconvenience.

Centre Support Team
"""
add("gmail_forward_exam_board", "flag", OWAIN, [ENGLISH],
    "Fwd: Change to NEA submission window - GCSE English Language",
    Alt(T(FWD_NEA), H(to_html(FWD_NEA, font="Arial, sans-serif"))), client="gmail",
    date="2025-03-04 07:25",
    note="Gmail forward; own comment 'crap' and 'shite' above a clean exam-board notice")

add("apple_reply_parent_arse", "flag", BETHAN, [JANE], "Re: Llangrannog consent form",
    T("""Hi Jane,

Sorry - the online form is a pain in the arse on phones, loads of parents have
had the same thing. I'll put a paper copy in Dylan's bag tomorrow; just send it
back with him by Friday and I'll sort the rest.

Bethan

Sent from my iPhone

""" + apple_on("2025-02-04 19:22", JANE) + """

""" + quote("""Hi Mrs Harries,

I've tried three times to fill in the consent form for the Llangrannog trip but
it keeps saying "session expired" when I get to the medical bit. Is there
another way to send it?

Thanks
Jane""") + "\n", "quoted-printable"), client="iphone", reply=True, date="2025-02-04 20:10",
    note="Apple Mail reply to a parent; own words 'pain in the arse' (mild swear word)")

BOLD = "".join(chr(0x1D41A + ord(c) - 97) for c in "twat")
add("math_bold_deputy", "flag", LEANNE, [KERRY], "briefing",
    T(f"""did you hear Mr Matthews in briefing this morning telling all the women in the
office we should "smile more, it costs nothing" \U0001F644

what a {BOLD}. I nearly threw my coffee at him

L x
""", "quoted-printable"), date="2025-03-14 08:52",
    note="insult 'twat' in Unicode mathematical bold letters, about a senior colleague")

add("stretched_letters_estyn_done", "flag", CATRIN, [FFION], "DONE \U0001F389",
    T("""Ffi!!! Estyn have GONE.

Fuuuuuuuck me, that was the longest three days of my life. The inspector who came
into Year 9 music actually joined in with the samba band and said it was "a
joy". I may frame the feedback sheet.

Wine Friday? I'm buying.

C xx
""", "8bit"), client="iphone", subj_enc="B", date="2025-02-20 16:05",
    note="stretched spelling 'Fuuuuuuuck' in own words to a colleague")

TOSSER_PLAIN = """Kev,

Quick one before Friday: the rep from the photocopier leasing firm was a right
to\u00adsser in the meeting with Helen. Talked over her the whole time and then
tried to upsell us a "managed print solution" with a five-year tie-in.

Can you send me the current page counts for all the MFDs so we've got our own
numbers next time?

Adam
"""
TOSSER_HTML = html_page(
    "<p>Kev,</p>\n"
    "<p>Quick one before Friday: the rep from the photocopier leasing firm was a right "
    "to&shy;sser in the meeting with Helen. Talked over her the whole time and then tried "
    "to upsell us a &quot;managed print solution&quot; with a five-year tie-in.</p>\n"
    "<p>Can you send me the current page counts for all the MFDs so we&#39;ve got our own "
    "numbers next time?</p>\n<p>Adam</p>")
add("soft_hyphen_copier_rep", "flag", ADAM, [KEV], "Copier lease meeting",
    Alt(T(TOSSER_PLAIN, "quoted-printable"), H(TOSSER_HTML)), date="2025-01-16 12:17",
    note="soft hyphen inside 'tosser' (U+00AD in text part, &shy; in HTML part)")

add("ageist_office_colleague", "flag", JON, [SIONED], "Folly Farm trip money",
    """Sioned,

Don't bother giving the trip money to Margaret in the office, the silly old bat
is going senile - she lost half the Year 7 Folly Farm money last week and
blamed the envelopes. Should have been pensioned off years ago. Give it
straight to Lisa and get a receipt.

Jon
""", date="2025-05-20 10:41",
    note="ageist and gendered insult about a colleague ('silly old bat', 'senile'), no swear word")

add("religious_insult_assembly", "flag", MARK, [BETHAN], "Thursday assembly",
    """Bethan,

Heads up - the Bible-bashing nutters from the church on Station Road are doing
Thursday's Year 8 assembly again. Last time they told the kids that anyone who
didn't get saved was going to hell, and I had two in tears in my lesson after.

Can you have a word with Gareth? You're the RE person, he'll listen to you.

Mark
""", date="2024-10-08 16:02",
    note="[unsure] derogatory comment on grounds of religion ('Bible-bashing nutters'), no swear word")

NEWSLETTER = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Spring Newsletter 2025 - DRAFT</title></head>
<body style="font-family:Arial, sans-serif; max-width:640px">
<h1>Spring Newsletter / Cylchlythyr y Gwanwyn</h1>
<p><em>DRAFT v3 - not for circulation</em></p>

<h2>From the Headteacher</h2>
<p>What a term it has been! Thank you to every family who supported our
Estyn inspection in February. The inspectors commented on how welcoming and
polite our pupils were, and we are very proud of them.</p>

<h2>Eisteddfod yr Ysgol</h2>
<p>Congratulations to Tywi, who won this year's Eisteddfod by just four points.
Special mention to the Year 8 choir, and to Efa in Year 12 for the chair.</p>

<h2>Sport</h2>
<p>[Gaz to write some bullshit about the fun run here - 200 words max]</p>

<h2>Vocational Centre</h2>
<p>Our Level 2 catering learners served 60 covers at the St David's Day lunch
in the training restaurant. Diolch to everyone who came.</p>

<h2>Dates for your diary</h2>
<ul>
<li>Mon 24 March - Year 11 parents' evening</li>
<li>Fri 11 April - term ends</li>
<li>Mon 28 April - term starts</li>
</ul>
</body>
</html>
"""
add("html_attachment_newsletter_placeholder", "flag", RACHEL, [HEAD],
    "Spring newsletter - draft for approval",
    Mixed(Alt(T("""Hi Eleri,

Draft of the spring newsletter attached for your approval. Still waiting on the
sport section from Gaz - I've left a placeholder.

Rachel
"""), H(to_html("""Hi Eleri,

Draft of the spring newsletter attached for your approval. Still waiting on the
sport section from Gaz - I've left a placeholder.

Rachel
"""))), Att("newsletter_spring25_DRAFT.html", NEWSLETTER, "text/html")),
    date="2025-03-19 14:30",
    note="own placeholder text 'bullshit' inside an .html attachment sent to the head")

add("emoji_substitution_sims", "flag", TOM, [ADAM], "SIMS marksheets??",
    T("""Adam,

what the f\U0001F986ck is going on with SIMS today? It's logged me out of the Y10
assessment marksheet four times this morning and lost everything I'd typed
each time. Is it just me?

Tom
""", "8bit"), date="2025-01-30 11:26",
    note="emoji substituted for a letter ('f\U0001F986ck') in own words to data manager")

add("to_pupil_piss_poor", "flag", SAMO, [pupil("Ethan", "Hughes", 2018)],
    "Physics NEA draft",
    """Ethan,

I've read your NEA draft. Honestly it's piss-poor for someone predicted an A.
The method is half a page, there's no uncertainty analysis at all and the graph
has no error bars.

You need to get your arse in gear - final drafts are due on Friday 28th and I
won't be extending it. Come and see me Tuesday lunchtime in P2 if you want to
go through it.

Mr Okonkwo
""", date="2025-02-17 15:58",
    note="to a pupil: 'piss-poor' and 'get your arse in gear'")


# ==========================================================================
# CLEAN: ordinary everyday school mail
# ==========================================================================

add("cover_request_7c2", "clean", COVER, [TOM], "Cover - Thursday P4 7C2 (Maths)",
    """Hi Tom,

Could you please cover 7C2 for Mrs Ward on Thursday period 4 in M3? She's out
with the Year 9 Techniquest trip.

Work: the Sparx task is set for the class, and there's a fractions sheet in the
blue tray on her desk for anyone who finishes. Register on SIMS as usual.

Thanks
Dawn

Dawn Price
Cover Manager | Rheolwr Cyflenwi
""", date="2025-03-05 07:52", note="ordinary cover request")

ROTA = """Day,Location,Before school (08:30-08:45),Break,Lunch 1,Lunch 2
Monday,Canteen,G Ward,J Pryce,H Blake,T Baker
Monday,Top yard,R Bevan,L Evans,C Evans,A Rahman
Tuesday,Canteen,S Okonkwo,G Okafor,M Lloyd,B Harries
Tuesday,Top yard,C Hughes,F Llewellyn,C Lewis,S Jones
Wednesday,Canteen,H Blake,T Nowak,R Pugh,J Pryce
Wednesday,Top yard,L Evans,R Bevan,A Rahman,G Ward
Thursday,Canteen,T Baker,M Lloyd,G Okafor,S Okonkwo
Thursday,Top yard,C Evans,C Hughes,B Harries,F Llewellyn
Friday,Canteen,R Pugh,C Lewis,T Nowak,H Blake
Friday,Top yard,S Jones,L Evans,R Bevan,C Evans
Daily,Bus bays (15:10),G Howells,D Jenkins,,
"""
add("duty_rota_summer_csv", "clean", DEP, [STAFF], "Duty rota - summer term",
    Mixed(T("""Dear all,

Attached is the duty rota for the summer term, starting Monday 28 April. The
main change is that Lunch 2 on the top yard now runs until 13:40 because Year 10
have moved to second sitting.

If you need to swap, please arrange it between yourselves and let Dawn know so
the cover board stays accurate.

Diolch,
Gareth

Gareth Howells
Deputy Headteacher | Dirprwy Bennaeth
"""), Att("duty_rota_summer_2025.csv", ROTA, "text/csv")), date="2025-04-22 16:45",
    note="ordinary: duty rota with .csv attachment")

REPORTS_PLAIN = """Dear Year 11 teachers,

A reminder that interim report grades for Year 11 are due by 4pm on Friday 7
February. Please enter:

  - current working grade
  - predicted grade
  - attitude to learning (1-4)

in the Y11 Spring Interim marksheet on SIMS. Comments are not needed this time.

Reports go home on Friday 14 February, ahead of parents' evening on the 24th.
If any class lists look wrong, tell me before Wednesday so I can fix them.

Thanks,
Adam

Adam Kowalski
Data Manager
"""
REPORTS_HTML = html_page(
    "<p>Dear Year 11 teachers,</p>\n"
    "<p>A reminder that interim report grades for Year 11 are due by <b>4pm on Friday 7 "
    "February</b>. Please enter:</p>\n<ul>\n<li>current working grade</li>\n"
    "<li>predicted grade</li>\n<li>attitude to learning (1-4)</li>\n</ul>\n"
    "<p>in the <i>Y11 Spring Interim</i> marksheet on SIMS. Comments are not needed this "
    "time.</p>\n<p>Reports go home on Friday 14 February, ahead of parents' evening on the "
    "24th. If any class lists look wrong, tell me before Wednesday so I can fix them.</p>\n"
    "<p>Thanks,<br>Adam</p>\n<p style=\"color:#555\">Adam Kowalski<br>Data Manager</p>")
add("y11_interim_reports", "clean", ADAM, [Y11TUT], "Y11 interim reports - due Fri 7 Feb",
    Alt(T(REPORTS_PLAIN), H(REPORTS_HTML)), date="2025-01-31 10:05",
    note="ordinary: report deadline reminder, multipart/alternative")

add("gower_fieldwork_parent", "clean", CHRIS, [JANE],
    "Year 10 Geography fieldwork - Rhossili, Wednesday 14 May",
    H(html_page(
        "<p>Dear Ms Parent,</p>\n"
        "<p>As part of the GCSE Geography course, Year 10 will be carrying out coastal "
        "fieldwork at Rhossili Bay on the Gower on <b>Wednesday 14 May</b>. Pupils will measure "
        "beach profiles and sediment size and complete a land-use survey in the village.</p>\n"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
        "<tr><td>Depart school</td><td>08:15 (bus bays)</td></tr>\n"
        "<tr><td>Return</td><td>approx. 16:00</td></tr>\n"
        "<tr><td>Cost</td><td>&pound;12 (ParentPay by 2 May)</td></tr>\n"
        "<tr><td>Bring</td><td>packed lunch, waterproof coat, sturdy shoes, water</td></tr>\n"
        "</table>\n"
        "<p>If cost is a barrier, please contact the school office in confidence on "
        "01632 960000 and we will help.</p>\n"
        "<p>Yours sincerely,</p>\n<p>Mr C Evans<br>Head of Geography</p>"),
        "quoted-printable"),
    date="2025-04-29 12:10", note="ordinary: trip letter to a parent, HTML-only")

add("hods_agenda_jan", "clean", HEAD, [HODS], "HoDs meeting Wednesday 15 January - agenda",
    """Dear colleagues,

Agenda for Wednesday's meeting, 15:30 in the library:

1. Apologies
2. Minutes and actions from 4 December
3. Curriculum for Wales - Year 10 option blocks for September (GH)
4. Mock results: headline figures and intervention groups (AK)
5. Estyn - what to expect in department conversations (EP)
6. Budget requests for 2025-26: forms to Helen by 31 January
7. AOB

Please bring your mock analysis on one side of A4. We will finish by 16:45.

Eleri

Eleri Pritchard
Headteacher | Pennaeth
""", date="2025-01-13 17:20", note="ordinary: meeting agenda")

add("thanks_site_open_evening", "clean", HEAD, [SITE], "Diolch yn fawr \u2013 Open Evening",
    T("""Dai and the team,

Just a quick note to say diolch yn fawr for everything last night. The hall and
the vocational centre looked fantastic, the signage made the one-way route work
properly for the first time, and I know you were here until nearly ten putting
chairs away.

Several Year 6 families commented on how welcoming the site was. That's down to
you.

Eleri
""", "quoted-printable"), cc=[STAFF], date="2024-10-04 08:31",
    note="ordinary: thank-you, RFC 2047 subject (en dash)")

BULLETIN = """STAFF BULLETIN | BWLETIN STAFF - Week 23, w/c 10 March

WELCOME
Croeso to Siân Thomas, who joins the science technicians on Monday.

THIS WEEK
- Mon: Year 11 mock results to pupils in tutor time
- Tue: INSET twilight 15:30-17:00, "Adaptive teaching" (hall)
- Wed: Year 12 UCAS launch evening, 18:00
- Thu: Year 8 vaccinations (HPV second dose) - medical room, P1-P4
- Fri: Red Nose Day non-uniform, £1 donation

PARKING
Please don't park on the yellow hatching by the kitchen door - the delivery
lorry couldn't get in on Thursday and lunch was late.

WELLBEING
Lunchtime walk around the lake on Wednesday, 12:35 from reception. All welcome.

LOST
A set of keys with a Cardiff City fob was handed in to reception.
"""
add("staff_bulletin_week23", "clean", RACHEL, [STAFF], "Staff Bulletin | Bwletin Staff \u2013 Week 23",
    Alt(T(BULLETIN, "quoted-printable"), H(to_html(BULLETIN), "quoted-printable")),
    date="2025-03-07 15:00", note="ordinary: weekly staff bulletin, QP, RFC 2047 subject")

add("it_mfa_rollout", "clean", ITSUP, [STAFF], "Multi-factor authentication - starts Monday 3 March",
    """Dear all,

From Monday 3 March, signing in to your school Microsoft 365 account from
outside the school network will need a second step (multi-factor
authentication).

What you need to do this week:
  1. Install the Microsoft Authenticator app on your phone.
  2. Go to the "Security info" page (link on the staff intranet, IT > MFA).
  3. Add the app and follow the prompts. It takes about five minutes.

Inside school you won't be asked for the code. If you don't have a smartphone
or don't want the app on your personal phone, we have a small number of
hardware tokens - come and see us in the IT office (room B14).

Drop-in help: Tuesday and Thursday lunchtimes, B14.

Kev
IT Support
""", date="2025-02-24 09:15", note="ordinary: IT announcement")

add("car_park_resurfacing", "clean", DAI, [STAFF], "Staff car park closed - Sat 26 to Sun 27 October",
    """Hi all,

The contractors are resurfacing and re-lining the staff car park over the
first weekend of half term, Saturday 26 and Sunday 27 October.

If you are coming in over that weekend (I know some of you will be), please park
on the top yard, entering by the Heol Las gate. The main gate will be locked.

Anything left in the car park on Friday night will be in the way, so please take
cars home.

Thanks
Dai Jenkins
Site Manager
""", date="2024-10-21 12:02", note="ordinary: site notice")

MOCKS = """YEAR 11 MOCK EXAMINATIONS - JANUARY 2025 (FINAL)

All exams in the Sports Hall unless stated. Pupils to line up on the top yard
10 minutes before the start.

Mon 6 Jan    AM  English Language Unit 2 (1h 45m)
             PM  Science Double Award Unit 4 (1h 15m)
Tue 7 Jan    AM  Mathematics Unit 1 - Non-calculator (2h 15m)
             PM  Geography / History (1h 30m)
Wed 8 Jan    AM  Welsh Second Language / Cymraeg (1h 30m)
             PM  Religious Studies Unit 1 (2h)
Thu 9 Jan    AM  Mathematics Unit 2 - Calculator (2h 15m)
             PM  Option block A (see individual timetables)
Fri 10 Jan   AM  English Literature Unit 1 (2h)
             PM  Option block B (see individual timetables)
Mon 13 Jan   AM  Science Double Award Unit 5 (1h 15m)
             PM  Option block C

Access arrangements: rooms L1 and L2 (separate list sent to ALN base).
Invigilators: see rota in staffroom.
"""
add("mock_timetable_txt", "clean", EXAMS, [Y11TUT], "Year 11 mock timetable (final)",
    Mixed(T("""Dear Year 11 tutors,

Attached is the final Year 11 mock timetable. Please share it with your tutor
groups tomorrow and remind them that phones go in bags, switched off, in the
bag area at the back of the hall.

Individual candidate timetables will be printed and in your pigeonholes by
Friday.

Many thanks
Priya

Priya Nair
Exams Officer
"""), Att("Y11_mocks_Jan25_final.txt", MOCKS, "text/plain", "7bit")),
    date="2024-12-11 13:40", note="ordinary: exam timetable as .txt attachment")

add("gmail_reply_absence_sam", "clean", LISA, [SAMC], "Re: Jayden - Tuesday absence",
    Alt(T("""Dear Sam,

Thank you for letting us know. I've recorded Tuesday morning as a medical
appointment. If you could send in the appointment card or a photo of the text
reminder, that would be great - it just keeps the record complete.

Jayden arrived for period 3 and has been marked present for the afternoon.

Kind regards,
Lisa Hopkins
Attendance Officer

""" + gmail_on("2025-01-27 07:31", SAMC) + """
""" + quote("""Hi, Jayden has a dentist appointment at 9.20 tomorrow (Tuesday) so will be
in late, hopefully by break. Sorry for the short notice.
Sam""") + "\n"), H(to_html("""Dear Sam,

Thank you for letting us know. I've recorded Tuesday morning as a medical
appointment. If you could send in the appointment card or a photo of the text
reminder, that would be great - it just keeps the record complete.

Jayden arrived for period 3 and has been marked present for the afternoon.

Kind regards,
Lisa Hopkins
Attendance Officer

""" + gmail_on("2025-01-27 07:31", SAMC) + """

""" + quote("""Hi, Jayden has a dentist appointment at 9.20 tomorrow (Tuesday) so will be
in late, hopefully by break. Sorry for the short notice.
Sam""")))), client="gmail", reply=True, date="2025-01-28 11:50",
    note="ordinary: Gmail-style reply to a parent about absence")

add("further_maths_homework", "clean", GRACE,
    [pupil("Megan", "Roberts", 2019), pupil("Arjun", "Patel", 2019), pupil("Osian", "Lloyd", 2019)],
    "Further Maths - proof by induction sheet",
    """Hi all,

The proof by induction sheet is now on Teams (Further Maths > Files > FP1).
Please do questions 1-8 for Monday; 9 and 10 are stretch questions if you
fancy them.

Remember the structure: basis step, assumption for n = k, inductive step for
n = k + 1, and a concluding sentence. Most of the marks you dropped in the
assessment were for the conclusion, so write it out every time.

Miss Okafor
""", date="2025-02-27 14:12", note="ordinary: homework to sixth-form pupils")

add("no_briefing_friday", "clean", DEP, [STAFF], "No briefing tomorrow (Friday)",
    """Morning all,

Just to confirm there is no staff briefing tomorrow - tutors please go straight
to your rooms. Notices will be in the bulletin.

Gareth
""", date="2025-01-23 15:31", client="iphone", note="ordinary: short staff notice")

UCAS_PLAIN = """Dear Year 13 tutors,

A reminder that the 15 October UCAS deadline (Oxford, Cambridge, medicine,
dentistry and veterinary courses) is two weeks on Tuesday.

We have 11 early applicants this year. Please have tutor references for them
in the shared drive (UCAS 2025 > Early) by Friday 4 October, so that Sunil and
I have time to read them and add the school context before they go.

For everybody else, the internal deadline stays at Friday 22 November.

Thanks
Sarah

Sarah Lane
UCAS & Careers Co-ordinator
"""
add("ucas_early_deadline", "clean", SARAH, [Y13TUT], "UCAS early applicants - references by Fri 4 Oct",
    Alt(T(UCAS_PLAIN), H(to_html(UCAS_PLAIN))), cc=[SUNIL], date="2024-09-23 08:44",
    note="ordinary: sixth-form admin")

add("parentpay_balance_ali", "clean", OFFICE, [ALI], "School meals balance",
    T("""Dear Mr Guardian,

Our records show a negative balance of £8.40 on Zara's school meals account.
Please top up through ParentPay at your earliest convenience.

If you think your family may be entitled to free school meals, you can apply on
the council's website or ask the office for a paper form. All enquiries are
treated in confidence.

Kind regards,
School Office
Example School | 01632 960000
""", "quoted-printable", "windows-1252"), client="system", date="2025-02-12 10:00",
    note="ordinary: office to parent, windows-1252 QP")

add("safeguarding_refresher_inset", "clean", DSL, [STAFF],
    "Annual safeguarding refresher - INSET Monday 6 January",
    """Dear colleagues,

The annual whole-staff safeguarding refresher will be the first session on the
INSET day, Monday 6 January, 09:00-10:30 in the hall. This includes support
staff, LSAs and the vocational centre team.

Before the session please:
  - re-read Part 1 of Keeping Learners Safe (link on the intranet)
  - check you can log in to MyConcern

If you can't attend, let me know and I'll arrange a catch-up session before the
end of January. Attendance is recorded for the single central record.

Rhian Beynon
Designated Safeguarding Lead
""", date="2024-12-16 12:25", note="ordinary: training reminder from DSL")

EISTEDDFOD = """Annwyl gydweithwyr / Dear colleagues,

Eisteddfod yr Ysgol fydd ddydd Gwener 28 Chwefror, y diwrnod cyn Dydd Gŵyl Dewi.
The school Eisteddfod is on Friday 28 February, the day before St David's Day.

Trefn y dydd / Order of the day:
  09:00  Cofrestru yn y neuadd / Registration in the hall
  09:30  Cystadlaethau llwyfan / Stage competitions (Bl 7-9)
  12:00  Cinio / Lunch
  13:00  Cystadlaethau llwyfan / Stage competitions (Bl 10-13)
  14:45  Cadeirio'r bardd a'r canlyniadau / Chairing of the bard and results

Pupils can come in Welsh costume, a rugby or football shirt, or something red.
Tutors, please check your house captains have the entry lists to Mererid by
Wednesday.

Diolch o galon,
Mererid
Pennaeth y Gymraeg / Head of Welsh
"""
add("eisteddfod_bilingual", "clean", MERERID, [STAFF], "Eisteddfod yr Ysgol \u2013 Dydd Gŵyl Dewi",
    Alt(T(EISTEDDFOD, "quoted-printable"),
        H(to_html(EISTEDDFOD, lang="cy-GB"), "quoted-printable")),
    date="2025-02-17 09:05", headers=["Content-Language: cy-GB"],
    note="ordinary: bilingual Welsh/English notice, QP and RFC 2047 subject")

add("minibus_booking_eco", "clean", SIONED, [CARWYN], "Minibus booking - Eco club, Weds 21 May",
    """Hi Carwyn,

Could I book one of the minibuses for Wednesday 21 May, 13:00-16:30? Eco club
(12 pupils plus me and Siân) are going to the wetlands centre for the
pond-dipping session they won in the competition.

I've got my D1 and did the MiDAS refresher in September, so I can drive.

Thanks
Sioned
""", date="2025-05-06 10:37", client="thunderbird", note="ordinary: minibus booking")

SWAP = """No problem at all - I'll do your Thursday top yard and you take my Monday
canteen on the 3rd. I'll tell Dawn.

Jon

""" + outlook_block(AISHA, "2025-02-25 13:02", [JON], "Duty swap?") + """

Hi Jon,

Any chance you'd swap duties with me next week? I've got a hospital appointment
on Thursday lunchtime that I can't move.

Aisha
"""
add("outlook_reply_duty_swap", "clean", JON, [AISHA], "RE: Duty swap?",
    Alt(T(SWAP), H(to_html(SWAP))), reply=True, date="2025-02-25 13:20",
    note="ordinary: Outlook reply thread between colleagues")

add("library_overdue_pupil", "clean", EIRLYS, [pupil("Lili", "Jenkins", 2022)], "Overdue library books",
    """Hi Lili,

Just a reminder that these books are now two weeks overdue:

  - "Long Way Down", Jason Reynolds
  - "The Boy at the Back of the Class", Onjali Q. Rauf

If you've finished with them, please drop them in the returns box outside the
library. If you're still reading, come and see me and I'll renew them.

Mrs Morgan
Library
""", date="2025-03-11 12:58", note="ordinary: librarian to pupil")

CONF = """Hannah - thought you might be interested in this, especially the session on
oracy. The department can pay the fee if you'd like to go; let me know by
Friday and I'll book it.

Owain

""" + outlook_block(ext("NATE Cymru", "events@nate-cymru.example.org"), "2025-01-30 10:00",
                    [OWAIN], "NATE Cymru spring conference - Saturday 15 March") + """

Dear colleague,

Booking is now open for our spring conference in Swansea on Saturday 15 March
(09:30-15:30). Sessions include:

  * Oracy across the curriculum
  * Teaching the unseen poem at GCSE
  * Reading for pleasure in Key Stage 3

Early-bird fee: £45 until 14 February (includes lunch).

NATE Cymru Events
"""
add("outlook_forward_conference", "clean", OWAIN, [HANNAH], "FW: NATE Cymru spring conference - Saturday 15 March",
    Alt(T(CONF, "quoted-printable"), H(to_html(CONF), "quoted-printable")),
    date="2025-02-03 08:20", note="ordinary: Outlook forward of a conference advert")

add("parents_evening_ali", "clean", RYAN, [ALI], "Year 10 parents' evening - your appointments",
    """Dear Mr Guardian,

Thank you for booking. Your appointments for Zara on Thursday 27 March are:

  16:40  English - Miss Blake (room E2)
  16:50  Mathematics - Mrs Ward (M3)
  17:05  Science - Dr Nowak (S1)
  17:15  Welsh - Mrs ap Iorwerth (W1)
  17:30  Geography - Mr Evans (H4)

Parking is available on the top yard; please use the Heol Las entrance. Tea and
coffee will be served in the canteen by the Year 12 Young Enterprise team.

Kind regards,
Mr R O'Connor
Head of Year 10
""", date="2025-03-20 14:02", note="ordinary: appointments to a parent")

add("lost_property_clearout", "clean", OFFICE, [STAFF], "Lost property - end of term clear-out",
    """Dear all,

The lost property cupboard is full again (14 coats, 30+ PE tops, one trombone).
Please remind your tutor groups that anything not collected by 3pm on Thursday
18 July will be washed and given to the uniform swap shop or to charity.

Items with names in them are being returned to tutors this week.

Thanks,
Reception
""", date="2025-07-14 09:30", client="system", note="ordinary: reception notice")

add("pensions_dropin_html", "clean", HELEN, [STAFF], "Pensions drop-in - Tuesday 1 April",
    H(html_page(
        "<p>Dear colleagues,</p>\n"
        "<p>Representatives from <b>Teachers' Pensions</b> and the <b>Local Government Pension "
        "Scheme</b> will be in the library on <b>Tuesday 1 April, 15:15&ndash;17:30</b>.</p>\n"
        "<p>They can help with:</p>\n<ul>\n"
        "<li>checking your service history</li>\n"
        "<li>what happens if you go part-time or take a career break</li>\n"
        "<li>buying additional pension</li>\n"
        "<li>phased retirement</li>\n</ul>\n"
        "<p>Appointments are 15 minutes. Please book a slot on the sheet outside the "
        "finance office, or reply to this e-mail.</p>\n"
        "<p>Helen Roberts<br>School Business Manager</p>"), "quoted-printable"),
    date="2025-03-17 11:11", note="ordinary: HR/pensions notice, HTML-only")

add("repro_poetry_anthology", "clean", HANNAH, [REPRO], "Repro request - Y9 poetry anthology",
    """Hi,

Could I please have 180 copies of the Year 9 poetry anthology (file
"Y9_anthology_2025.pdf" in the repro folder), A4, double-sided, stapled top
left, by Monday 10 March?

If the colour pages are a problem, black and white is fine.

Many thanks
Hannah Blake (English)
""", date="2025-03-03 15:49", note="ordinary: reprographics request")

add("attendance_autumn_jane", "clean", LISA, [JANE], "Dylan\u2019s attendance \u2013 autumn term",
    T("""Dear Ms Parent,

I am writing to let you know that Dylan's attendance for the autumn term was
91.2%. This is below our target of 95%, and we know from experience that every
day counts for progress.

There is no action you need to take right now, but if anything is making it
harder for Dylan to be in school, please do get in touch. We can talk things through, or arrange for the Year 8 pastoral
team to meet with you.

Kind regards,

Lisa Hopkins
Attendance Officer
Example School | 01632 960000
""", "quoted-printable"), date="2025-01-09 13:24",
    note="ordinary: attendance letter to a parent, RFC 2047 subject (curly apostrophe)")

CAREERS_PLAIN = """Dear colleague,

We would be delighted if your organisation could join our Careers and
Apprenticeships Fair on Thursday 27 February, 13:30-16:00, in the sports hall.

Around 400 pupils from Years 10 to 13 will attend, along with parents from 15:30.
Each exhibitor gets a table, two chairs and a power socket; tea, coffee and
Welsh cakes provided by our catering learners.

To book, please reply by Friday 7 February with your organisation's name, the
number of people attending, and any requirements.

With thanks,
Joanne Bell
Careers Leader, Example School
01632 960000
"""
add("careers_fair_invitation", "clean", JOANNE,
    [ext("Apprenticeships Team", "apprenticeships@constructionskills.example.org"),
     ext("Recruitment", "recruitment@valleyhealth.example.org"),
     ext("Early Careers", "earlycareers@example.com")],
    "Invitation: Careers & Apprenticeships Fair, Thursday 27 February",
    Alt(T(CAREERS_PLAIN), H(to_html(CAREERS_PLAIN))), date="2025-01-20 11:45",
    note="ordinary: invitation to external organisations")

add("fire_drill_tuesday", "clean", DAI, [STAFF], "Fire drill - Tuesday period 2",
    """Dear all,

There will be a fire drill on Tuesday during period 2. Please don't tell the
pupils.

Reminders:
  - take your register (the red folder or the iPad) to the assembly point
  - last out of the room closes the door
  - vocational centre assembles on the lower field, not the car park
  - anyone with a PEEP will be met by their named adult at the lift lobby

Report any missing pupils to Gareth at the front of the top yard.

Dai
""", date="2025-04-24 16:02", note="ordinary: fire drill notice")

TRANSITION = """Dear colleagues,

Thank you again for all your help with transition this year. Our Year 6
transition days will be on Tuesday 1 and Wednesday 2 July.

Pupils should arrive at our main reception at 08:45 wearing their primary
school uniform and bringing a packed lunch on the first day (lunch on day two
is provided). They will finish at 15:00 both days, and buses will run from
each primary at the usual times.

Over the two days pupils will meet their form tutor, have taster lessons in
science, design and technology and Welsh, and take part in a team-building
afternoon with the Year 12 mentors.

I will send class lists to each school by 20 June. If there are pupils you
think would benefit from an extra visit beforehand, please let me know.

Llinos Parry
Head of Year 7 / Pennaeth Blwyddyn 7
"""
add("transition_days_primaries", "clean", LLINOS,
    [ext("Ysgol Gynradd Heol Las", "head@ysgolheollas.example.org"),
     ext("St Mary's Primary", "office@stmarysprimary.example.org")],
    "Year 6 transition days \u2013 1 & 2 July",
    T(TRANSITION, "base64"), date="2025-05-15 09:40",
    note="ordinary: transition arrangements to primary schools, base64 body")

add("idp_review_sam", "clean", NIA, [SAMC], "Jayden - IDP review meeting",
    T("""Dear Sam,

It's time for Jayden's annual Individual Development Plan review. Would
Wednesday 12 March at 15:30 suit you? We'll meet in the learning support base
(through the side door by the library).

Jayden is welcome to attend for the first part - we like to start with his
own views on what's going well and what he'd like help with. I'll also invite
his form tutor and Mrs Thomas, who supports him in maths.

If that date doesn't work, just let me know a couple of alternatives.

Diolch,
Nia Griffiths
ALNCo / Cydlynydd ADY
""", "quoted-printable"), date="2025-02-19 16:15", note="ordinary: ALN review invitation to a parent")


# ==========================================================================
# CLEAN: hard negatives (look rude, quote rudeness, or discuss it; not the
# author's own obscene language)
# ==========================================================================

add("dofe_gold_route_eryri", "clean", ROB, [CARWYN, SIONED, CHRIS],
    "Gold DofE practice expedition - route and campsites",
    """All,

Route cards for the Gold practice expedition (Thursday 19 - Sunday 22 June) are
on the shared drive under Trips > DofE > Gold 2025. Summary:

Day 1  Drop-off 09:30 at the community hall in Penisarwaun. Lanes east to
       Llanberis, then the Llyn Padarn path. Camp at Nant Peris.
Day 2  Nant Peris to Pen-y-Pass, Miners' Track into Cwm Dyli, then over the
       bwlch and down to Capel Curig. Camp at Plas y Brenin overflow field.
Day 3  Capel Curig to Ogwen along the old road, afternoon exploring Cwm Idwal
       for their project (glacial landforms). Camp at Ogwen.
Day 4  Ogwen down past Pant yr Ardd farm to Bethesda. Pick-up 14:00 at the
       rugby club.

Checkpoints for remote supervision are marked in red on the cards. Chris and
Sioned on days 1-2, Carwyn and me on days 3-4. The minibus will be at Ogwen on
the Saturday night in case anyone needs pulling out.

Kit check is Tuesday 17th after school in the sports hall.

Rob
""", date="2025-05-28 16:40",
    note="hard negative: Welsh place names (Penisarwaun, Cwm Dyli, Cwm Idwal, Pant yr Ardd, bwlch)")

add("welsh_word_of_week_cwm", "clean", MERERID, [STAFF], "Gair yr Wythnos \u2013 cwm",
    T("""Gair yr wythnos / Word of the week: CWM

cwm (noun, masculine) - a valley, especially a deep, rounded one at the head of
a river. Plural: cymoedd - which is where "the Valleys" comes from.

You'll know it from place names all around us: Cwmbrân, Cwmcarn, Cwm Rhondda,
Cwmtwrch, Cwm Idwal. Geographers, it's also the word English textbooks use
for a corrie.

Bonus words that make Year 7 giggle (all perfectly innocent):
  pant  - a hollow or dip: Pant-y-dŵr, Pantycelyn (as in William Williams
          Pantycelyn, who wrote the words of "Guide me, O thou great Redeemer",
          usually sung to the tune Cwm Rhondda)
  pump  - five
  pen   - head or top: Pen y Fan
  twp   - daft (that one is fair enough)

Try it in tutor time: "Mae pump o ddefaid yn y cwm." - There are five sheep in
the valley.

Mererid
""", "quoted-printable"), date="2025-01-27 07:45", headers=["Content-Language: cy-GB"],
    note="hard negative: Welsh words cwm, pant, pump; place names Cwmbrân, Cwmcarn, Cwmtwrch")

PENDERYN = """Dear Year 8 tutors,

As part of our unit on the Merthyr Rising of 1831, Year 8 will visit Cyfarthfa
Castle museum on Thursday 15 May (8C and 8T) and Friday 16 May (8W and 8Y).

The focus is Dic Penderyn (Richard Lewis), the young miner hanged at Cardiff
gaol in August 1831 for stabbing a soldier - a crime most historians now agree
he did not commit. Pupils will see the Penderyn memorial and the ironmasters'
paintings, and finish with a source exercise on whether he was a martyr.

A warning from experience: someone always sniggers at "Dic". It's simply the
Welsh form of the name (think Dic Siôn Dafydd), and the sniggering usually
stops when they hear how the story ends.

Letters went home today; money and consent on ParentPay by 2 May please.

Mark Lloyd
Head of History
"""
add("dic_penderyn_visit", "clean", MARK, [Y8TUT], "Y8 History - Merthyr Rising visit, Cyfarthfa Castle",
    Alt(T(PENDERYN, "quoted-printable"), H(to_html(PENDERYN), "quoted-printable")),
    cc=[TRIPS], date="2025-04-23 15:12",
    note="hard negative: history - 'Dic Penderyn', 'Dic' as a Welsh name")

add("ucas_open_days_places", "clean", SARAH,
    [pupil("Efa", "Griffiths", 2019), pupil("Kian", "Morgan", 2019), pupil("Poppy", "Walsh", 2019)],
    "Open days this month",
    """Hi all,

As promised in UCAS group, here are the open days that match the courses you
said you're interested in:

  University of Sussex (Brighton)        Sat 14 June  - Psychology
  University of Essex (Colchester)       Sat 21 June  - Law, Criminology
  Middlesex University (Hendon, London)  Fri 27 June  - Product Design
  University of Cumbria (Lancaster)      Sat 28 June  - Nursing
  University Campus North Lincolnshire
    (Scunthorpe)                         Wed 25 June  - Engineering degree
                                                       apprenticeships
  Cardiff, Swansea, Bangor and USW       various - see the sixth form board

You're allowed two authorised days off in Year 12 for open days. Fill in the
green form and get it signed by your tutor BEFORE you go, not after.

Mrs Lane
""", date="2025-06-02 12:30",
    note="hard negative: place names with embedded strings (Sussex, Essex, Middlesex, Scunthorpe, Cumbria)")

ADMISSIONS = """surname,forename,form,start_date,previous_school,notes
Nguyen,Phuc,7C2,2025-01-07,Birmingham,"EAL (Vietnamese, stage B). Buddy: Harri J."
Dikshit,Ananya,7T1,2025-01-07,Newport,"Keen netballer."
Butt,Hamza,7W3,2025-01-13,Cardiff,"Free school meals - check ParentPay set up."
Wańkowicz,Jakub,8Y1,2025-01-13,Poland,"EAL (Polish). Brother in Y10."
Cockburn,Erin,8C2,2025-01-20,Edinburgh,"Pronounced 'Co-burn'."
Kunt,Ayşe,8T3,2025-01-20,Bristol,"Turkish/English bilingual."
Fuchs,Lena,9W2,2025-02-03,Germany,"Managed move - see Gareth before first lesson."
Sexton,Niamh,9Y3,2025-02-03,Dublin,
Ramsbottom,Oliver,9C1,2025-02-10,Bury,"Asthma - inhaler in bag."
"""
add("csv_mid_year_admissions_names", "clean", ADAM, [TUT7, Y8TUT, Y9TUT],
    "Mid-year admissions \u2013 spring term",
    Mixed(T("""Dear tutors,

Attached are the new starters joining Years 7-9 this term, with forms and start
dates. Timetables and planners will be in your pigeonholes the Friday before
each start.

A request from Llinos: please make sure every new pupil's name is said
properly from day one, and jump on any "jokes". Phuc and Ananya both had
unkind comments about their names at previous schools, and we don't want a
repeat. If you're not sure how to say a name, ask the pupil.

Thanks
Adam
"""), Att("new_starters_spring25.csv", ADMISSIONS, "text/csv")),
    subj_enc="Q", date="2024-12-18 14:05",
    note="hard negative: surnames/names from many cultures (Phuc, Dikshit, Butt, Cockburn, Kunt, Wańkowicz) in .csv")

add("panto_dick_whittington", "clean", FFION,
    [pupil("Seren", "Watkins", 2021), pupil("Macsen", "Rhys", 2022), pupil("Efa", "Bowen", 2020),
     TOM],
    "Panto rehearsals - Dick Whittington",
    H(html_page(
        "<p>Hi everyone,</p>\n"
        "<p>Here is the cast list and rehearsal schedule for this year's panto, "
        "<b><i>Dick Whittington</i></b> (performances 11&ndash;12 December).</p>\n"
        "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n"
        "<tr><th>Role</th><th>Cast</th></tr>\n"
        "<tr><td>Dick Whittington</td><td>Seren (Y10)</td></tr>\n"
        "<tr><td>Tommy the Cat</td><td>Macsen (Y9)</td></tr>\n"
        "<tr><td>King Rat</td><td>Efa (Y11)</td></tr>\n"
        "<tr><td>Alice Fitzwarren</td><td>Poppy (Y10)</td></tr>\n"
        "<tr><td>Idle Jack</td><td>Ieuan (Y9)</td></tr>\n"
        "<tr><td>Dame Sarah the Cook</td><td>Mr Baker (sorry, Tom)</td></tr>\n"
        "<tr><td>Fairy Bowbells</td><td>Hana (Y8)</td></tr>\n"
        "</table>\n"
        "<p><b>Rehearsals:</b> Tuesdays and Thursdays 15:15&ndash;16:45 in the drama studio. "
        "Dick, Tommy and King Rat are needed every session; everyone else see the sheet on the "
        "drama noticeboard.</p>\n"
        "<p>Scripts by Friday. Please learn Act 1 by half term!</p>\n"
        "<p>Miss Llewellyn</p>"), "quoted-printable"),
    date="2024-10-01 13:20", note="hard negative: panto title 'Dick Whittington', role 'Dick'; HTML-only")

add("plumbing_order_nipples_ballcocks", "clean", WAYNE,
    [ext("Plumbbase Trade Counter", "trade@plumbbase.example.com")],
    "Order - Level 2 plumbing, account EXS104",
    """Hi Carys,

Please could you put the following on our account (EXS104) for delivery to the
vocational centre goods-in (not main reception) by Monday 3 March:

  20 x 1/2" BSP brass hex nipples
  20 x 3/4" BSP brass hex nipples
  10 x 15mm x 1/2" male iron adaptors
  10 x 15mm x 1/2" female iron adaptors
  12 x 1/2" ball cocks (float valves), Part 1 side entry, with plastic floats
  10 x 15mm DZR stopcocks
   6 x 22mm gate valves
  50 x rolls PTFE tape
   2 x bags 15mm brass olives (100)
 200 x 4 x 40mm pozi screws
 100 x M8 nuts and washers

The ball cocks are for the cistern rigs, so if the Part 1s are out of stock
the Torbeck equivalent is fine.

Thanks
Wayne Phillips
Plumbing Lecturer, Vocational Centre
""", date="2025-02-20 10:52",
    note="hard negative: plumbing fittings (hex nipples, male/female adaptors, ball cocks, stopcocks, nuts)")

KIT = """STUD PARTITION PRACTICAL - KIT LIST (per pair)

Timber:     6 x 2.4m 75x50 CLS studs
Fixings:    box 4 x 75mm screws, 8 x M10 nuts and bolts for the head plate,
            100 x 38mm plasterboard screws
Board:      2 x 12.5mm fire-retardant plasterboard (pink), 1 x standard
Tools:      tape, combination square, pencil, panel saw, 250mm flat bastard
            file, half-round second-cut file, cordless drill/driver, spirit level
PPE:        boots, glasses, gloves for cutting board, dust mask for sanding

Order of work:
  1. Mark out the sole and head plates together.
  2. Fix the sole plate, plumb up and fix the head plate.
  3. Erect the studs at 600mm centres, then the noggins.
  4. Get it checked BEFORE any board goes on.
"""
add("carpentry_kit_bastard_file", "clean", STEVE,
    [pupil("Callum", "Price", 2020), pupil("Jac", "Rowlands", 2020), pupil("Tyler", "Evans", 2020)],
    "Stud partition practical - kit list",
    Mixed(T("""Morning lads,

Kit list for the stud partition practical is attached - check you've got
everything in your bay before Thursday so we're not wasting time.

Tool of the week is the bastard file, and yes, that is its proper name: it's a
medium cut, coarser than a second cut and finer than a rough. You'll use it to
take the edges off the head plate. Go on, get the laughing out of the way now.

Mr Morgan
"""), Att("stud_partition_kit_list.txt", KIT, "text/plain", "quoted-printable")),
    date="2025-03-17 08:02",
    note="hard negative: carpentry 'bastard file' (real tool name), screws, nuts, erect, fire-retardant")

JOBS = """Level 2 MV - job cards for Wednesday

Bay 1 - 2011 Ford Fiesta 1.25
  Customer reports knocking from the engine, worse under load. Check the oil
  level on the dipstick first, then oil pressure test. Suspected big end
  bearing - DO NOT strip until I've seen your diagnosis sheet.

Bay 2 - Transit (college van)
  Vibration at 40-50 mph. Inspect the prop shaft, UJs and centre bearing.
  Check the drive shaft gaiters while it's on the ramp.

Bay 3 - Vauxhall Corsa
  Clunk over speed bumps. Check lower ball joints, drop links and bushes.
  Torque wheel nuts to spec when refitting (110 Nm) - torque wrench is in
  the cage.

Bay 4 - Renault Clio
  Replace the gear knob and gaiter (snapped at open evening). Parts in the
  blue tub.

Overalls, boots and gloves on before you go past the yellow line.
"""
add("motor_vehicle_job_cards", "clean", LEE,
    [pupil("Kai", "Morris", 2020), pupil("Bradley", "Hughes", 2020), pupil("Ffion", "Jones", 2020)],
    "Job cards - Wednesday",
    Alt(T(JOBS), H(to_html(JOBS, font="Consolas, monospace"))), date="2025-01-14 16:30",
    note="hard negative: motor vehicle (big end, prop shaft, ball joints, gear knob, dipstick, nuts, knocking)")

add("salon_evening_waxing", "clean", KERRY,
    [pupil("Mali", "Evans", 2019), pupil("Cerys", "Harris", 2019), pupil("Tegan", "Lloyd", 2019),
     pupil("Jess", "Powell", 2019)],
    "Salon evening Tues 11 March \u2013 client list",
    T("""Hi ladies,

Client list for Tuesday's salon evening (clients arrive from 17:15):

  17:30  Mrs P. Rees   - half leg & bikini line wax        Mali
  17:30  Ms A. Khan    - eyebrow shape & tint              Tegan
  18:00  Ms L. Moore   - Brazilian (hot wax)               Cerys*
  18:00  Mrs J. Hale   - underarm & lip wax                Jess
  18:45  Mr D. Cole    - back & chest wax                  Mali
  18:45  Ms R. Begum   - full leg & Hollywood              Cerys*

* Intimate waxing is Level 3 only, adult clients only, signed consultation
  form and consent on file, and I'll be supervising both.

Reminders: patch tests at least 24 hours before for new clients, couch roll
and fresh spatulas every client (no double dipping), gloves and aprons, and
the aftercare leaflet goes home with everyone.

Kerry-Ann
""", "quoted-printable"), cc=[LEANNE], date="2025-03-06 12:15",
    note="hard negative: hair & beauty (bikini line, Brazilian, Hollywood, intimate waxing) to adult L3 learners")

add("catering_st_davids_menu", "clean", SANDRA, [STAFF],
    "Y Bwyty - St David's Day lunch, Friday 28 February",
    H(html_page(
        "<h2 style=\"color:#b00\">Y Bwyty &ndash; St David&rsquo;s Day Lunch</h2>\n"
        "<p>Our Level 2 Professional Cookery learners would love to cook for you. "
        "Friday 28 February, sittings at 12:15 and 13:00. Two courses &pound;8.50, three "
        "courses &pound;10.</p>\n"
        "<h3>Starters</h3>\n<ul>\n"
        "<li>Cawl with Caerphilly cheese and fresh bara</li>\n"
        "<li>Glamorgan sausages, red onion chutney</li>\n"
        "<li>Welsh rarebit on sourdough</li>\n</ul>\n"
        "<h3>Mains</h3>\n<ul>\n"
        "<li>Faggots and peas, onion gravy and mash &ndash; a Merthyr market classic</li>\n"
        "<li>Rump of Welsh lamb, leek and potato gratin</li>\n"
        "<li>Chicken breast with crispy thighs, laverbread butter</li>\n"
        "<li>Mushroom and leek pie (V)</li>\n</ul>\n"
        "<h3>Desserts</h3>\n<ul>\n"
        "<li>Spotted dick and custard</li>\n"
        "<li>Bara brith bread and butter pudding</li>\n"
        "<li>Welsh cakes, warm from the bakestone, with a knob of salted butter</li>\n</ul>\n"
        "<p>Book with Sandra (ext. 241) by Wednesday. Diolch!</p>"), "quoted-printable"),
    date="2025-02-21 09:20",
    note="hard negative: catering (faggots and peas, spotted dick, rump, breast, thighs, knob of butter); HTML-only")

add("rugby_team_sheet_u13", "clean", RHODRI,
    [pupil("Dylan", "Parent", 2023), pupil("Harri", "Jenkins", 2023), pupil("Mason", "Rees", 2023),
     pupil("Ieuan", "Thomas", 2023)],
    "U13 team v Ysgol y Cwm - Weds",
    """Boys,

Team for Wednesday (home, KO 14:15):

 1 Harri - loose-head prop
 2 Dylan - hooker
 3 Mason - tight-head prop
 4 Rhys   5 Kyle - locks
 6 Noah - blindside   7 Alfie - openside   8 Tomos - No. 8
 9 Osian - scrum-half   10 Jac - outside half
11 Sion   12 Lucas   13 Evan   14 Aled   15 Cai

Subs: Ieuan, Oliver, Deio

Dylan, you're hooker this week because Ieuan had a bloody nose at training
on Tuesday - he's absolutely fine, we're just being careful. Ieuan, you'll get
the second half.

Bring boots, gumshield and a water bottle. Harri and Mason carry the ball bag
and tackle shields out at lunch.

Mr Bevan
""", cc=[JANE], date="2025-01-27 15:42", client="iphone",
    note="hard negative: rugby positions (hooker, tight-head, loose-head), 'bloody nose'; parent in Cc")

LEAR = """Hi 13E,

For Thursday, please come with these quotations annotated. We'll be looking at
Edmund and the language of legitimacy.

Act 1 Scene 2 (Edmund's soliloquy)
  "Thou, Nature, art my goddess"
  "Why bastard? Wherefore base?"
  "Now, gods, stand up for bastards!"

Act 2 Scene 2 (Kent to Oswald)
  "Thou whoreson zed! thou unnecessary letter!"

Act 4 Scene 6 (Lear)
  "Let copulation thrive"

Think about how "bastard" works both as a legal status and as an insult, and
how Edmund tries to reclaim it. Gloucester's jokes in 1.1 are relevant too.

Mr Rees
"""
add("lear_quotations_alevel", "clean", OWAIN,
    [pupil("Anwen", "Davies", 2018), pupil("Jacob", "Hill", 2018), pupil("Lily", "Chen", 2018)],
    "Lear - key quotations for Thursday",
    Alt(T(LEAR), H(to_html(LEAR))), date="2025-01-20 17:05",
    note="hard negative: Shakespeare quotations ('bastard', 'whoreson', 'copulation') for A-level")

add("under_milk_wood_llareggub", "clean", HANNAH, [ENGLISH], "Y9 Under Milk Wood - Dylan Thomas Day",
    """Hi all,

Resources for Dylan Thomas Day (Wednesday 14 May) are in the Y9 folder: the
1954 radio recording, the opening "To begin at the beginning" extract, and a
sound-mapping task for Llareggub.

Yes, Llareggub spelled backwards. No, we don't need to explain it. If someone
spots it, "Dylan Thomas had a cheeky sense of humour" is plenty and move on.
Same goes for Polly Garter.

If you'd like to do the Captain Cat drama task instead, Ffion has kindly lent
us the studio periods 3 and 4.

Hannah
""", date="2025-05-07 12:44",
    note="hard negative: 'Llareggub' (rude when reversed) in literature context, joke not spelled out")

add("larkin_this_be_the_verse", "clean", OWAIN, [ENGLISH], "Y13 comparison - This Be The Verse",
    """All,

For the Larkin unit we're adding "This Be The Verse" as the comparison text
for "Mr Bleaney" and "Dockery and Son".

You all know the first line: "They fuck you up, your mum and dad." I've
checked with Gareth and it's fine for Year 13 - it's on plenty of A-level
anthologies - but please give the class a heads-up before you hand it out, and
don't put it on the corridor display.

The focus is on inheritance, the nursery-rhyme form and the bleak last stanza,
not on the shock value, which wears off in about thirty seconds.

Owain
""", date="2025-03-05 16:55",
    note="[unsure] hard negative: verbatim Larkin quotation containing 'fuck' in literature context, staff only")

KES = """Dear Mr Guardian,

Thank you for getting in touch, and it's a fair question.

Yes, A Kestrel for a Knave does contain some strong language. Jud in particular
uses words like "bloody" and "bastard", and there's some period slang that
would get you a detention today. It reflects the mining town Barry Hines grew
up in, and it's one of the things we discuss in class - why a writer chooses to
keep it in.

It's the set text for the whole of Year 10, so we'd encourage Zara to read it,
but if you'd like to talk it through, I'm free on Thursday after school.

Kind regards,
Rhiannon Pugh
English

""" + outlook_block(ALI, "2025-01-14 20:37", [RHIANNON], "Kes") + """

Hi Miss Pugh,
Zara says the book she's reading in English has swearing in it. Is that
right for Year 10? Just want to check before I say anything.
Ali
"""
add("kes_language_parent_reply", "clean", RHIANNON, [ALI], "RE: Kes",
    Alt(T(KES), H(to_html(KES))), reply=True, date="2025-01-15 07:58",
    note="[unsure] hard negative: reply to a parent naming words in a set text ('bloody', 'bastard') in context")

RSE = """Dear Year 9 tutors,

Notes for RSE lesson 3 (Puberty and reproduction recap), tutor time next week.
Slides are on Teams.

Use the correct anatomical terms throughout and expect pupils to do the same:
penis, testicles, scrotum, vulva, vagina, clitoris, womb, ovaries.

Topics covered:
  - changes in puberty: periods, erections and wet dreams, breast development
  - masturbation is normal and private
  - sexual intercourse and how pregnancy happens
  - contraception: condoms and the pill (detail comes in Year 10)
  - STIs: what they are and where to get tested
  - consent, and why pornography is not a realistic picture of sex or bodies

The anonymous question box will be in your room from Monday. If a question
raises a safeguarding concern, don't answer it in class - pass it to Rhian.

Bethan Harries
RSE Lead
"""
add("rse_lesson_anatomy", "clean", BETHAN, [Y9TUT], "RSE lesson 3 - tutor notes",
    Alt(T(RSE), H(to_html(RSE))), date="2025-02-28 13:35",
    note="hard negative: RSE anatomical and sexual-health vocabulary")

add("skomer_birds_nest_boxes", "clean", SIONED,
    [pupil("Noah", "Thomas", 2023), pupil("Amelia", "Davies", 2023), pupil("Isla", "Fletcher", 2022)],
    "Skomer trip + nest box update",
    """Hi Eco Club,

Nest box news first: great tits in box 3 now have SEVEN eggs, blue tits are
sitting in boxes 1 and 5, and Mr Jenkins saw a woodcock by the lower field
hedge on Monday morning.

Skomer trip is confirmed for Saturday 7 June. The boat leaves Martin's Haven at
10:00, so the coach leaves school at 07:00 sharp. On the island we should see
puffins, razorbills, guillemots, Manx shearwaters (burrows only - they're out
at sea in the day) and, if we're lucky, shags on the rocks at North Haven.
Fulmars too.

Bring binoculars if you've got them, a packed lunch and a waterproof. There are
no toilets after the landing stage!

Mrs Jones
""", cc=[SIAN], date="2025-05-14 13:10", client="thunderbird",
    note="hard negative: bird names (great tits, blue tits, woodcock, shags, puffins)")

add("technician_requests_cocci_homo", "clean", AISHA, [TECHS], "Practical requests w/c 24 March",
    """Hi both,

Requests for next week, please:

Mon P2, 12BI1 (L3): Gram staining. Staphylococcus epidermidis (Gram-positive
cocci) and E. coli K12 (Gram-negative bacilli), crystal violet, iodine,
alcohol, safranin. 8 sets.

Tue P4, 9Y1 (S2): Human evolution. The skull casts - Homo habilis, Homo
erectus, Homo neanderthalensis, Homo sapiens - plus the callipers. 6 sets.

Wed P1, 11X2 (S1): Titration. 0.1 M sodium hydroxide and hydrochloric acid,
phenolphthalein, burettes and stands. 12 sets.

Thu P3, 12BI2 (L3): Heart dissection. 8 pigs' hearts from the butcher,
dissection kits, trays, gloves.

Diolch!
Aisha
""", date="2025-03-19 15:35",
    note="hard negative: science terms (cocci, Homo erectus, titration)")

add("nazi_germany_source_pack", "clean", MARK,
    [pupil("Zain", "Ahmed", 2020), pupil("Holly", "Edwards", 2020), pupil("Rhys", "Bevan", 2020)],
    "Source pack \u2013 persecution of the Jews, 1933\u201339",
    T("""Hi 11H,

The source pack for Monday is on Teams. It covers:

  Source A - boycott of Jewish shops, April 1933 (photo)
  Source B - cartoon from Der Stürmer, 1935
  Source C - extract from the Nuremberg Laws, 1935
  Source D - a Jewish woman's account of Kristallnacht, November 1938
  Source E - Nazi school textbook describing Jews as "Untermenschen"
             (subhumans)

Some of these sources are deliberately hateful, antisemitic propaganda. That's
exactly why they are historical evidence, and we'll look at them together in
class, not on your own. Questions for the exam: provenance, purpose, and how
useful the source is for an enquiry into Nazi policy towards the Jews.

If anything in the pack is difficult for you, come and see me.

Mr Lloyd
""", "quoted-printable"), date="2025-02-06 14:48",
    note="hard negative: history (Jews, antisemitic propaganda, Untermenschen) in teaching context")

RE_VISITS = """Dear Rabbi Cohen and Mr Siddiqui,

Thank you both again for agreeing to host our Year 8 groups next month. As
promised, here are some of the questions the pupils have prepared, so you have
an idea of what's on their minds:

  - Do Jewish people believe in heaven and hell?
  - Why do some Jewish men wear a kippah?
  - Why do Muslims pray five times a day, and what happens if you miss one?
  - What happens on the Day of Judgement? Is Jahannam the same as hell?
  - Is Shaytan the same as the Devil in Christianity?
  - What's the hardest thing about being a young Jew / Muslim in Wales?

Pupils have been reminded about dress (shoulders and knees covered; girls to
bring a scarf for the mosque) and that it's a place of worship, not a museum.

With thanks,
Bethan Harries
Head of RE
"""
add("re_visits_questions", "clean", BETHAN,
    [ext("Rabbi D. Cohen", "education@synagogue.example.org"),
     ext("Yusuf Siddiqui", "visits@centralmosque.example.org")],
    "Year 8 visits - pupils' questions",
    Alt(T(RE_VISITS), H(to_html(RE_VISITS))), cc=[TRIPS], date="2025-04-30 11:20",
    note="hard negative: RE (Jews, Muslims, hell, Devil, Day of Judgement) to faith partners")

add("iwd_concert_fanny_mendelssohn", "clean", CATRIN, [STAFF],
    "International Women's Day concert - programme",
    H(html_page(
        "<p>Dear all,</p>\n"
        "<p>Please come along to our <b>International Women's Day concert</b>, "
        "Friday 7 March, 13:00 in the hall (lunch 2 pupils may attend with their tutor).</p>\n"
        "<ol>\n"
        "<li><b>Fanny Mendelssohn Hensel</b> &ndash; Easter Sonata, 1st movement (Nia, Y13, piano)</li>\n"
        "<li><b>Clara Schumann</b> &ndash; Romance in A minor (Cerys, Y12, violin)</li>\n"
        "<li><b>Grace Williams</b> &ndash; <i>Sea Sketches</i>, &lsquo;Channel Sirens&rsquo; "
        "(string group)</li>\n"
        "<li><b>Morfydd Owen</b> &ndash; <i>Gweddi y Pechadur</i> (Chamber choir)</li>\n"
        "<li><b>Ethel Smyth</b> &ndash; <i>The March of the Women</i> (everyone!)</li>\n"
        "</ol>\n"
        "<p>Fanny Mendelssohn wrote over 450 pieces, many published under her brother "
        "Felix's name. Year 9 have been doing a project on her and would love to tell you "
        "about it.</p>\n<p>Catrin</p>"), "quoted-printable"),
    date="2025-03-03 08:15",
    note="hard negative: composer name 'Fanny Mendelssohn'; HTML-only")

TOURETTE = """Dear colleagues,

Osian Powell (9T2) has a diagnosis of Tourette syndrome. His updated one-page
profile is on the ALN drive; the key points are below.

About Osian's tics
  - Motor tics: blinking, shoulder shrugging, head jerks. Sometimes a
    tapping sequence on the desk.
  - Vocal tics: sniffing, throat clearing, short sounds and occasionally
    words. At times this includes coprolalia (involuntary swearing). It
    increases when he is anxious, tired or trying hard to suppress the tics.

What helps
  - Do not sanction tics or ask him to stop. They are involuntary.
  - Don't react or draw attention; carry on with the lesson.
  - He has a time-out card and may leave the room to the ALN base.
  - Seat him near the door and away from the front.
  - Tests: separate room if possible (exams officer has this on file).

The class had a short talk from Osian and his mum in tutor time and were brilliant.
If you hear other pupils mimicking him, please deal with it and log it.

Nia Griffiths
ALNCo
"""
add("tourette_pupil_profile", "clean", NIA, [RYAN, GEMMA, TOMASZ, HANNAH],
    "Pupil profile - Osian Powell 9T2",
    T(TOURETTE, "base64"), cc=[JULIE], date="2024-09-12 12:50",
    note="hard negative: learning-support profile describing Tourette's and coprolalia clinically")

add("dsl_concern_verbatim_quote", "clean", JULIE, [DSL], "Concern - 10R, lunchtime today",
    """Rhian,

Logging this on MyConcern as well, but wanted you to have it straight away.

At about 12:50 on the bottom yard I heard Connor B (10R) say to Evie M (10R):
"fuck off, you fat bitch, nobody wants you here". Two other Year 10 boys were
laughing and one was filming on his phone. Evie walked off crying and went to
the toilets; I went with her and she's now with Lowri in the pastoral room.

Evie told me it has been happening "for weeks" and that there is a group chat
about her. She didn't want to say more. I haven't spoken to Connor.

Julie Thomas
LSA
""", date="2025-03-13 13:25",
    note="[unsure] hard negative: staff-only DSL report quoting a pupil's abuse verbatim")

add("prejudice_incident_masked_slur", "clean", RYAN, [DEP], "Prejudice-related incident - Y10 changing rooms",
    T("""Gareth,

Prejudice-related incident during Year 10 PE, Tuesday period 5.

Pupil A (Kai M, 10W) called Pupil B (Zain A, 10R) a "P***" in the changing
rooms and told him to "go back where you came from". Witnessed by Lowri Evans
and two pupils, whose statements I have. Zain reported it straight away.

Actions so far:
  - Kai isolated for the rest of the day, parents phoned.
  - Zain and his dad spoken to; he's OK but upset.
  - Full wording recorded on the LA prejudice-related incident form, as
    required, and on SIMS.

Can we meet tomorrow to agree the sanction and the restorative piece?

Ryan
""", "quoted-printable"), cc=[DSL], date="2025-01-28 16:30",
    note="[unsure] hard negative: incident report quoting a pupil's racial slur (masked) to DHT/DSL")

ABUSIVE = """I am sick of this. Jayden has had ANOTHER detention for nothing, you lot are
fucking useless and this is a shit school. Nobody ever rings me back. I want
someone to phone me TODAY."""
REPLY_ABUSE = """Dear Sam,

Thank you for your e-mail. I'm sorry you've been left waiting for a call; that
shouldn't have happened.

I've looked into today's detention. Jayden was given it for leaving the science
lesson without permission, and Mr Pryce has noted that he came back and
apologised, which was good to see. I'd like to talk this through properly,
and also to hear what you think is going on for Jayden at the moment.

I'll ring you at 3.30 this afternoon. If that time doesn't suit, let me know
another.

I would ask that future messages to staff stay respectful, in line with our
home-school agreement. I know this is frustrating, and I do want to sort it
out with you.

Gareth Howells
Deputy Headteacher

""" + gmail_on("2025-02-11 08:04", SAMC) + "\n\n" + quote(ABUSIVE) + "\n"
add("reply_abusive_parent_quoted", "clean", DEP, [SAMC], "Re: detention",
    Alt(T(REPLY_ABUSE), H(to_html(REPLY_ABUSE))), client="gmail", reply=True,
    date="2025-02-11 10:15",
    note="hard negative: polite reply; parent's swearing appears only in the quoted text")

FWD_ABUSE = """Rhian, Eleri,

Forwarding as the policy asks. This arrived at 21:14 last night to my school
address. I don't recognise the sender and the address doesn't match any
parent on SIMS. I haven't replied.

I'm OK, but I'd rather not be on my own in E2 at the end of the day for a bit.

Hannah

""" + outlook_block(ext("concerned parent", "concernedparent77@example.net"),
                    "2025-05-19 21:14", [HANNAH], "your marking") + """

you stuck up bitch. my daughter failed her english because of you and
everyone knows your a useless cow. you wont be smiling at the gate for
long. watch yourself
"""
add("forward_abusive_email_to_dsl", "clean", HANNAH, [DSL, HEAD], "FW: your marking",
    Alt(T(FWD_ABUSE), H(to_html(FWD_ABUSE))), date="2025-05-20 07:41",
    note="[unsure] hard negative: staff forwarding an abusive e-mail to DSL/head as policy requires; abuse only in forwarded text")

add("reply_to_pupil_swearing", "clean", TOM, [pupil("Jac", "Edwards", 2021)],
    "Re: python coursework",
    T("""Jac,

Language, please - even in an email, and even at 10pm.

That aside: line 14, you've used = instead of == in the if statement. One
equals sign assigns, two compare. Fix that and it should run. Then check your
indentation in the while loop on line 22, because that's the next thing that
will trip you up.

Come to CS club at lunch tomorrow if it's still not working.

Mr Baker

Sent from my iPad

""" + apple_on("2025-03-26 22:03", pupil("Jac", "Edwards", 2021)) + """

""" + quote("""sir this fucking code wont run and its due tmrw, it just says syntax error
on line 14 wtf""") + "\n", "quoted-printable"), client="iphone", reply=True,
    date="2025-03-26 22:19",
    note="hard negative: teacher reply challenging a pupil's language; swearing only in quoted pupil e-mail")

LGBT = """Dear all,

February is LGBT+ History Month. A few things for this year:

Assemblies
  Year 7-9: "Out in history" - including Section 28, the law that stopped
  schools "promoting homosexuality" until 2003 in England and 2000 in Wales.
  Year 10-13: Welsh LGBT+ figures, including Ivor Novello and Jan Morris.

Pride Club
  Now meeting Thursdays at lunch in E3. Gay, lesbian, bi, trans, questioning
  and ally pupils all welcome; the pupils chose the name.

Language
  Some pupils use "queer" to describe themselves, and it's also the academic
  term in the Year 13 Sociology unit on queer theory (Butler). That's fine.
  What's not fine is "gay" used as an insult ("that's so gay"): challenge it
  every time and log it on SIMS as prejudice-related.

Resources are on the staff intranet under Wellbeing > LGBT+.

Alex Morgan
PSE co-ordinator (pronouns: they/them)
"""
add("lgbt_history_month", "clean", ALEX, [STAFF], "LGBT+ History Month - assemblies and Pride Club",
    Alt(T(LGBT), H(to_html(LGBT))), date="2025-01-30 15:05",
    note="hard negative: LGBT+ vocabulary (gay, lesbian, queer, homosexuality) in inclusive context")

add("niger_delta_homework", "clean", CHRIS,
    [pupil("Sophie", "Clarke", 2021), pupil("Dafydd", "Rees", 2021), pupil("Amir", "Hassan", 2021)],
    "Homework - Niger Delta case study",
    """Hi 10G2,

Homework for Friday: Niger Delta case study (booklet pages 14-19).

1. Describe the location of the Niger Delta using the map on p.14.
2. Using the cumulative rainfall graph for Port Harcourt, describe the
   pattern of rainfall through the year.
3. Explain two environmental impacts of oil extraction in the region
   (gas flaring, oil spills).
4. "The benefits of oil to Nigeria outweigh the costs." Discuss, using the
   Ogoni people as an example. (8 marks)

Use at least two figures from the booklet in Q4.

Mr Evans
""", date="2025-02-24 14:26",
    note="hard negative: geography ('Niger Delta', 'Nigeria', 'cumulative')")


# ==========================================================================
# output
# ==========================================================================

README = """# Round 9 held-out corpus: obscene-language (BLIND)

**Blind test data. Never use these files to tune, train or adjust mailguard or its
rules.** They were written without reading the filter's code, rules, word lists,
documentation, examples or earlier tests, and must stay that way: if any file here
is ever used to tune the filter, this corpus is spent and a new one is needed.

## How it was made

`../make_round9_obscene.py` (Python 3.11, standard library only) builds every
message by hand and writes `NNN_<flag|clean>_<slug>.eml`, `labels.csv` and this
README. Dates, Message-IDs and MIME boundaries are fixed, and the file order is
a seeded shuffle, so two runs are byte-identical. Messages are full RFC 5322
messages with CRLF line ends. The script checks at the end that every file
parses with `email.message_from_bytes(data, policy=email.policy.default)` and
that labels.csv matches the files.

Regenerate (from the repository root):

    python3 tests/holdout/round9/make_round9_obscene.py

## School

A bilingual (English/Welsh) secondary school in South Wales with a sixth form, a
vocational centre (construction, plumbing, motor vehicle, hair and beauty,
catering) and a learning-support base. All senders are staff
(`@example-school.org.uk`); pupils are `@pupils.example-school.org.uk`; the only
known parents are jane.parent@gmail.com, sam.carer@outlook.com and
ali.guardian@btinternet.com. Everything else is fictional.

## Policy tested

Staff must not use obscene language or swear words, nor make offensive comments
on grounds of gender, race, disability, age, religion or sexual orientation, in
any communication. `flag` means the staff author's own words do this; `clean`
means they do not.

## Counts

{counts}

## Kinds of case

- **flag**: the author's own words contain swearing, an obscenity or a slur,
  plain or disguised so that a human still reads it: asterisk masks, digits for
  letters, spaced or dotted letters, stretched spelling, a Cyrillic look-alike
  letter, Unicode mathematical bold, an emoji in place of a letter, a
  zero-width space, a soft hyphen (U+00AD and `&shy;`), an HTML `<span>` or
  character entity inside the word, a quoted-printable soft line break inside
  the word, base64 bodies, an RFC 2047 subject, swearing only in the subject,
  swearing only in a .txt / .csv / .html attachment, Welsh-language swearing,
  the acronym "FFS", and offensive comments on grounds of race (incl.
  Gypsy/Traveller), disability, sexual orientation, gender, age and religion.
  Recipients vary: colleagues, all-staff lists, the head, IT, a pupil, a
  parent, and outside suppliers.
- **clean, ordinary**: everyday school mail - cover, rotas, reports, trips,
  meetings, reminders, thank-yous, bulletins, IT, site, exams, attendance,
  ALN reviews, careers, transition - in many voices and formats.
- **clean, hard negatives**: Welsh words and place names (cwm, pant, pump,
  Penisarwaun, Dic Penderyn), English place names (Scunthorpe, Sussex,
  Middlesex, Cumbria), surnames and names from many cultures, vocational
  vocabulary (hex nipples, ball cocks, stopcocks, bastard file, big ends, prop
  shafts, gear knobs, bikini line and Brazilian waxing, faggots and peas,
  spotted dick), rugby positions, bird names, science terms, literature and
  drama quotations (Lear, Larkin, Kes, Llareggub, Dick Whittington), RSE
  vocabulary, history and RE, LGBT+ vocabulary used inclusively, a Tourette's
  profile, staff-only safeguarding reports quoting pupils, and replies or
  forwards where the abuse is only in the quoted or forwarded text.

Rows whose note starts with `[unsure]` are judgement calls.

## Formats

text/plain, multipart/alternative, HTML-only, multipart/mixed with .txt, .csv
and .html attachments; Outlook, Gmail and Apple Mail reply quoting; Gmail and
Outlook forwards; 7bit, 8bit, quoted-printable and base64 bodies; UTF-8 and
windows-1252; RFC 2047 (Q and B) subjects and display names.
"""


def main():
    msgs = list(MESSAGES)
    assert len({m["slug"] for m in msgs}) == len(msgs), "duplicate slug"
    random.Random(20250309).shuffle(msgs)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = render_message(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append([name, m["label"], m["frm"][1],
                     " ".join(p[1] for p in m["to"] + m["cc"]), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    n_flag = sum(1 for r in rows if r[1] == "flag")
    n_clean = len(rows) - n_flag
    n_unsure = sum(1 for r in rows if r[4].startswith("[unsure]"))
    n_hard = sum(1 for r in rows if "hard negative" in r[4])
    counts = (f"- total: {len(rows)}\n- flag: {n_flag}\n- clean: {n_clean} "
              f"({n_clean - n_hard} ordinary, {n_hard} hard negatives)\n"
              f"- marked [unsure]: {n_unsure}")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README.replace("{counts}", counts))

    # self-check
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(r["file"] for r in labels) == files, "labels.csv does not match files"
    for r in labels:
        assert r["expected"] in ("flag", "clean")
        assert r["file"].split("_")[1] == r["expected"]
        with open(os.path.join(OUT, r["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg["From"].addresses[0].addr_spec == r["sender"], r["file"]
        rcpts = [a.addr_spec for hname in ("To", "Cc") if msg[hname]
                 for a in msg[hname].addresses]
        assert " ".join(rcpts) == r["recipients"], r["file"]
        assert msg["Subject"] and msg["Date"] and msg["Message-ID"], r["file"]
        assert not msg.defects, (r["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
            if not part.is_multipart():
                part.get_content()
    print(f"wrote {len(rows)} messages to {OUT}")
    print(counts)


if __name__ == "__main__":
    main()
