#!/usr/bin/env python3
"""Generate the round-5 BLIND hold-out corpus for the obscene-language module.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round5/obscene-language/ next to this script.

Python 3.11 standard library only.  Deterministic: dates, Message-IDs and MIME
boundaries are fixed, so running it twice gives byte-identical files.

The corpus is blind: it was written without looking at the filter, its rules or
its other tests, and must never be used to tune them.
"""

import base64
import csv
import datetime as dt
import email.utils
import hashlib
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

STAFF = {
    "okafor": ("Daniel Okafor", "d.okafor", "Teacher of Mathematics | Year 9 Tutor"),
    "lees": ("Hannah Lees", "h.lees", "Year 1 Teacher, Primary Phase"),
    "sugden": ("Joanne Sugden", "j.sugden", "Catering Manager"),
    "whitcombe": ("Lorna Whitcombe", "l.whitcombe", "Reception Class Teacher & EYFS Lead"),
    "wragg": ("Jon Wragg", "j.wragg", "Head of Design & Technology"),
    "brierley": ("Owen Brierley", "o.brierley", "Year 4 Teacher | Primary Science Lead"),
    "pryce": ("Gareth Pryce", "g.pryce", "Head of PE"),
    "raman": ("Priya Raman", "p.raman", "Teacher of English | KS5 English Coordinator"),
    "ashworth": ("Helen Ashworth", "h.ashworth", "Head of Primary Phase"),
    "deakin": ("Angela Deakin", "a.deakin", "Office Manager"),
    "holroyd": ("Karen Holroyd", "k.holroyd", "Breakfast Club Coordinator"),
    "ellery": ("Tom Ellery", "t.ellery", "Teacher of Physics"),
    "quayle": ("Bernadette Quayle", "b.quayle", "SENCO & Lead for the SEND Unit"),
    "mistry": ("Ravi Mistry", "r.mistry", "Head of History"),
    "garside": ("Fiona Garside", "f.garside", "Director of Music"),
    "lomas": ("Stuart Lomas", "s.lomas", "Site Manager"),
    "fairbrother": ("Neil Fairbrother", "n.fairbrother", "Deputy Headteacher & Designated Safeguarding Lead"),
    "saleem": ("Imran Saleem", "i.saleem", "Teacher of Religious Education"),
    "thorne": ("Rebecca Thorne", "r.thorne", "Teacher of Biology"),
    "cartwright": ("Phil Cartwright", "p.cartwright", "IT Technician"),
    "hartley": ("Denise Hartley", "d.hartley", "Clerk to the Governors"),
    "fitzgerald": ("Callum Fitzgerald", "c.fitzgerald", "Head of Sixth Form"),
    "marsden": ("Sue Marsden", "s.marsden", "Teaching Assistant | PTA Liaison"),
    "greenwood": ("Tasha Greenwood", "t.greenwood", "Teacher of Drama"),
    "priestley": ("Alan Priestley", "a.priestley", "Teacher of Geography"),
    "nuttall": ("Gail Nuttall", "g.nuttall", "Finance Officer"),
    "doyle": ("Kieran Doyle", "k.doyle", "Year 6 Teacher"),
    "kowalczyk": ("Maria Kowalczyk", "m.kowalczyk", "Teacher of MFL (French & German)"),
    "bannister": ("Chloe Bannister", "c.bannister", "Nursery Manager"),
    "townend": ("Mark Townend", "m.townend", "Teacher of Art"),
    "shaw": ("Lisa Shaw", "l.shaw", "Exams & Data Officer"),
    "begum": ("Nasreen Begum", "n.begum", "Head of Year 9"),
    "kershaw": ("Dean Kershaw", "d.kershaw", "Teacher of PE"),
    "holt": ("Craig Holt", "c.holt", "Teacher of PE"),
    "barraclough": ("Lee Barraclough", "l.barraclough", "Learning Mentor"),
    "whitaker": ("Claire Whitaker", "c.whitaker", "Head of English"),
    "hussain": ("Amira Hussain", "a.hussain", "Teacher of Science | 8H Tutor"),
    "ibbotson": ("Rachel Ibbotson", "r.ibbotson", "Teacher of Food Preparation & Nutrition"),
    "ledger": ("Sam Ledger", "s.ledger", "DofE Manager | Outdoor Education"),
    "lister": ("Kate Lister", "k.lister", "Head of Year 8"),
    "cover": ("Cover Office", "cover", "Cover Office"),
}

LISTS = {
    "staffroom": ("Staffroom", "staffroom"),
    "allstaff": ("All Staff", "allstaff"),
    "primarystaff": ("Primary Staff", "primarystaff"),
    "english": ("English Department", "english"),
    "science": ("Science Department", "science"),
    "history": ("History Department", "history"),
    "maths": ("Maths Department", "maths"),
    "pe": ("PE Department", "pe"),
    "tutors6": ("Sixth Form Tutors", "sixthform-tutors"),
    "governors": ("Governing Board", "governors"),
    "pta": ("PTA Committee", "pta"),
    "invig": ("Invigilators", "invigilators"),
    "office": ("Example School Office", "office"),
    "nurserystaff": ("Nursery Team", "nursery"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def person(key):
    """Return (display name, address) for a staff key, list key, parent key,
    a (name, addr) tuple or a bare address."""
    if isinstance(key, tuple):
        return key
    if key in STAFF:
        name, local, _ = STAFF[key]
        return name, f"{local}@{SCHOOL}"
    if key in LISTS:
        name, local = LISTS[key]
        return name, f"{local}@{SCHOOL}"
    if key in PARENTS:
        return PARENTS[key]
    if "@" in key:
        return "", key
    raise KeyError(key)


def fmt_addr(key):
    name, addr = person(key)
    if not name:
        return addr
    if any(c in name for c in ',.()"'):
        name = '"' + name.replace('"', '') + '"'
    return f"{name} <{addr}>"


def sig(key, style="full"):
    name, local, role = STAFF[key]
    first = name.split()[0]
    if style == "first":
        return first
    if style == "short":
        return f"{name}\n{role}"
    if style == "parent":
        return (f"{name}\n{role}\nExample School\nPark Row, Leeds LS1 4AP\n"
                f"Tel: 01632 960000 | office@{SCHOOL}\n\n"
                "This e-mail and any attachments are confidential and intended solely "
                "for the addressee.\nIf you have received it in error please tell "
                f"office@{SCHOOL} and delete it.")
    return (f"{name}\n{role}\nExample School | Park Row, Leeds LS1 4AP\n"
            f"01632 960000")


# --------------------------------------------------------------------------
# MIME building (by hand, so that every byte is under our control)
# --------------------------------------------------------------------------

SOFT = "\x1e"  # marker: force a quoted-printable soft line break here


def qp_encode(text):
    out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == SOFT:
                toks.append(None)
                continue
            for b in ch.encode("utf-8"):
                if b == 32 or (33 <= b <= 126 and b != 61):
                    toks.append(chr(b))
                else:
                    toks.append("=%02X" % b)
        # trailing whitespace must be encoded
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] is None:
                continue
            if toks[i] == " ":
                toks[i] = "=20"
            break
        cur = ""
        for t in toks:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def encode_body(text_or_bytes, cte):
    if cte == "base64":
        return b64_encode(text_or_bytes)
    assert isinstance(text_or_bytes, str)
    if cte == "quoted-printable":
        return qp_encode(text_or_bytes)
    if cte == "7bit":
        assert text_or_bytes.isascii(), "7bit part is not ASCII"
    assert SOFT not in text_or_bytes
    return text_or_bytes


def default_cte(text):
    if isinstance(text, bytes):
        return "base64"
    if text.isascii() and max((len(l) for l in text.split("\n")), default=0) < 900:
        return "7bit"
    return "quoted-printable"


def P(text, cte=None):
    charset = "us-ascii" if text.replace(SOFT, "").isascii() else "utf-8"
    return {"kind": "leaf", "ctype": f"text/plain; charset=\"{charset}\"",
            "body": text, "cte": cte or default_cte(text)}


def H(html, cte=None):
    return {"kind": "leaf", "ctype": "text/html; charset=\"utf-8\"",
            "body": html, "cte": cte or "quoted-printable"}


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def html_from_text(text, font="Calibri, sans-serif"):
    """Outlook/Gmail-like HTML rendering of a plain-text body."""
    text = text.replace(SOFT, "")
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(esc(l[1:].lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append('<p class="MsoNormal">' + "<br>\n".join(esc(l) for l in lines) + "</p>")
    body = "\n".join(out)
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style>p.MsoNormal{margin:0cm;margin-bottom:10pt}</style>\n</head>\n"
            f"<body lang=\"EN-GB\">\n<div style=\"font-family:{font};font-size:11pt\">\n"
            f"{body}\n</div>\n</body>\n</html>\n")


def ALT(plain, html=None, pcte=None, hcte=None):
    if html is None:
        html = html_from_text(plain)
    return {"kind": "multi", "sub": "alternative", "parts": [P(plain, pcte), H(html, hcte)]}


def MIX(main, *atts):
    return {"kind": "multi", "sub": "mixed", "parts": [main, *atts]}


def ATT(filename, ctype, data, cte="base64"):
    if ctype.startswith("text/") and "charset" not in ctype:
        ctype += "; charset=\"utf-8\""
    return {"kind": "leaf", "ctype": f"{ctype}; name=\"{filename}\"", "body": data,
            "cte": cte, "disp": f"attachment; filename=\"{filename}\""}


def render(part, n, path="1"):
    """Return (list of header lines, body text) for a part."""
    if part["kind"] == "leaf":
        hdrs = [f"Content-Type: {part['ctype']}",
                f"Content-Transfer-Encoding: {part['cte']}"]
        if "disp" in part:
            hdrs.append(f"Content-Disposition: {part['disp']}")
        body = encode_body(part["body"], part["cte"])
        if not body.endswith("\n"):
            body += "\n"
        return hdrs, body
    boundary = f"----=_Part_r5obs_{n:03d}_{path.replace('.', '_')}_{hashlib.sha1(f'{n}{path}'.encode()).hexdigest()[:10]}"
    hdrs = [f"Content-Type: multipart/{part['sub']};\n\tboundary=\"{boundary}\""]
    chunks = []
    if path == "1":
        chunks.append("This is a multi-part message in MIME format.\n\n")
    for i, sub in enumerate(part["parts"], 1):
        sh, sb = render(sub, n, f"{path}.{i}")
        chunks.append(f"--{boundary}\n" + "\n".join(sh) + "\n\n" + sb + "\n")
    chunks.append(f"--{boundary}--\n")
    return hdrs, "".join(chunks)


def enc_subject(s):
    """RFC 2047 B-encode a subject if it is not ASCII."""
    if s.isascii():
        return s
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 42:
            words.append(cur)
            cur = b""
        cur += b
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w).decode() + "?=" for w in words)


def fmt_date(stamp):
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    bst = (4 <= d.month <= 9) or (d.month == 10 and d.day < 27 and d.year == 2024) \
        or (d.month == 3 and d.day >= 30 and d.year == 2025)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return email.utils.format_datetime(d.replace(tzinfo=tz))


MSGS = []


def M(label, slug, frm, to, subject, date, body, cc=(), note="", raw_subject=None,
      reply_to_id=None, mailer=None):
    assert label in ("flag", "clean")
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, raw_subject=raw_subject, date=date, body=body,
                     note=note, reply_to_id=reply_to_id, mailer=mailer))


def build(n, m):
    h = []
    h.append(f"From: {fmt_addr(m['frm'])}")
    h.append("To: " + ",\n\t".join(fmt_addr(t) for t in m["to"]))
    if m["cc"]:
        h.append("Cc: " + ",\n\t".join(fmt_addr(t) for t in m["cc"]))
    subj = m["raw_subject"] if m["raw_subject"] is not None else enc_subject(m["subject"])
    h.append(f"Subject: {subj}")
    h.append(f"Date: {fmt_date(m['date'])}")
    digest = hashlib.sha1(f"r5obs-{n}-{m['slug']}".encode()).hexdigest()
    h.append(f"Message-ID: <{digest[:16].upper()}.r5obs{n:03d}@{SCHOOL}>")
    if m["reply_to_id"]:
        h.append(f"In-Reply-To: <{m['reply_to_id']}>")
        h.append(f"References: <{m['reply_to_id']}>")
    h.append("MIME-Version: 1.0")
    if m["mailer"]:
        h.append(f"X-Mailer: {m['mailer']}")
    ph, pb = render(m["body"], n)
    h.extend(ph)
    return ("\n".join(h) + "\n\n" + pb).encode("utf-8")


# --------------------------------------------------------------------------
# Helpers for disguises
# --------------------------------------------------------------------------

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


CYR_ES = "\u0441"   # Cyrillic small es, looks like Latin c
CYR_O = "\u043e"    # Cyrillic small o
ZWSP = "\u200b"     # zero-width space
OUTLOOK = "Microsoft Outlook 16.0"

# ==========================================================================
# The messages
# ==========================================================================

# 001 ----------------------------------------------------------------------
M("clean", "phonics_ck_ss_words", "whitcombe", ["jane"],
  "Phonics this week - 'ck' and 'ss' endings", "2024-10-03 16:12:05",
  P(f"""Dear Mrs Parent,

As promised at pick-up, here are the words we have been practising in
phonics this week, so you can have a go at home with Example Pupil One.

Sounds of the week: ck (as in duck) and ss (as in hiss)

ck words: duck, sock, back, kick, neck, lock, stuck, truck, snack
ss words: miss, kiss, less, fuss, boss, hiss, glass, class, grass, dress

Silly words (nonsense words we use to practise blending - please don't
"correct" them into real words, the point is to sound them out):
vock, jass, plick, zuck, frass, thock

Tricky words: the, said, was, you, they

He is blending really nicely now. The only thing that trips him up is
remembering that c and k together make one sound at the end of a word, so
if he says "duc-k" just point to the two letters and say "these two are
friends, they make one sound". Five minutes before bed is plenty.

Thank you,
Mrs Whitcombe

{sig('whitcombe')}
"""),
  note="Reception phonics list: -ss/-ck words, nonsense words")

# 002 ----------------------------------------------------------------------
M("flag", "data_drop_vent", "okafor", ["shaw"],
  "Re: Y9 data drop - deadline tomorrow", "2024-11-27 21:58:41",
  P("""Lisa,

Just went to check my Y9 grades before the deadline and the whole fucking
column has gone again. 9X2 and 9Y3 are completely blank. I entered them on
Tuesday in my PPA, I've even got a screenshot of the marksheet with them in.

Can you see anything your end? Some kind of lock or rollback? I'm not
re-typing 58 grades at 10pm.

Dan
"""),
  reply_to_id="8812AC41.data@example-school.org.uk",
  note="venting to colleague; plain 'fucking'")

# 003 ----------------------------------------------------------------------
MENU_PLAIN = f"""Hi Angela,

Here's the Week 2 menu for the newsletter (w/c 3 February). Same prices as
before: £2.60 primary (free for R-Y2 under UIFSM), £2.85 secondary.

MONDAY
Roast chicken, Yorkshire pudding, roast potatoes, carrots & peas
V: Quorn fillet with the same
Pudding: Spotted dick and custard

TUESDAY
Faggots in onion gravy with mash and mushy peas
V: Cheese & onion pie
Pudding: Fruit jelly

WEDNESDAY
Vegetable chilli with rice or jacket potato
Pudding: Chocolate sponge with chocolate sauce

THURSDAY
Toad in the hole with mash and gravy
V: Veggie sausage toad in the hole
Pudding: Apple crumble and custard

FRIDAY
Fish fingers or battered fish, chips, beans or peas
V: Cheese and tomato pizza
Pudding: Ice cream and fruit

Allergen notes: the spotted dick contains wheat, milk and egg (we use
vegetable suet, so it is fine for the vegetarian children). The faggots
contain pork and sulphites - the halal alternative on Tuesday is chicken
meatballs in the same gravy, please make sure that goes in.

Nursery tea is unchanged.

Thanks
Jo
{sig('sugden', 'short')}
"""
M("clean", "spotted_dick_faggots_menu", "sugden", ["deakin"],
  "Menu w/c 3rd Feb for newsletter", "2025-01-22 10:04:19",
  ALT(MENU_PLAIN), cc=["office"], mailer=OUTLOOK,
  note="lunch menu: spotted dick, faggots")

# 004 ----------------------------------------------------------------------
M("clean", "nappy_change_note", "whitcombe", ["jane"],
  "Quick note from today", "2024-09-19 15:41:10",
  P(f"""Hi Mrs Parent,

Just a quick note so you know - we changed Example Pupil One twice today
(11.20 and 2.15) after a couple of little accidents. No fuss at all, he
was absolutely fine about it and went straight back to the sand tray.

We did notice his bum looked a bit red and sore, so we used the barrier
cream from his bag as it says on his intimate care plan. Might be worth
keeping an eye on over the weekend.

He's down to his last two pull-ups and we've used his spare trousers, so
could you pop some more in his bag on Monday?

Thanks,
Mrs Whitcombe

{sig('whitcombe', 'short')}
"""),
  note="[unsure] Reception intimate-care note to parent, 'bum'")

# 005 ----------------------------------------------------------------------
M("flag", "supplier_delivery_bollocks", "lomas", [("Craig Melling", "orders@kestrel-furniture.example.com")],
  "RE: Delivery ref KEF-20931 - Year 3 tables and chairs", "2025-01-16 15:52:30",
  ALT(f"""Craig,

Third time of asking. You told me Tuesday, then Thursday, and today your
driver turned up at 3.20 - right in the middle of home time, with 200
children coming out of the Park Row gate - and then drove off again
because "nobody was there to sign". I was there. I was stood at the gate
in a hi-vis vest.

Honestly, the "nobody to sign" line is bollocks and you know it.

We've now got 60 Year 3 children sitting on borrowed dining chairs. I want
a confirmed morning slot (before 8.15 or between 9.15 and 11.30) this week
or we're cancelling the order, and Gail will be in touch about the deposit.

Stuart Lomas
Site Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), cc=["nuttall"], mailer=OUTLOOK,
  reply_to_id="KEF20931.4471@kestrel-furniture.example.com",
  note="rude reply to supplier; 'bollocks'")

# 006 ----------------------------------------------------------------------
M("clean", "guide_dog_visit", "ashworth", ["primarystaff"],
  "Guide Dogs visit Thursday - timings and allergies", "2025-02-24 07:48:55",
  P(f"""Morning all,

Reminder that Margaret from Guide Dogs (our local volunteer speaker) is in
on Thursday for the KS1 and Year 3 assembly, then classroom visits in the
afternoon.

She is bringing two dogs:
- Juno, a working guide dog. Please remind children NOT to stroke her
  while she is in harness - she is "at work".
- Bess, a retired brood bitch from the breeding programme, who is very
  happy to be stroked and will probably try to lie on someone.

Margaret always explains that the puppies come from brood bitches who live
with volunteer families. It's the correct term and she will use it, so it
might be worth a quick word with your class beforehand - every year a
couple of the older ones giggle.

Please check your allergy lists. I know of two children in 2B and one in
Y3 with dog allergies; they can stay with Mrs Marsden in the library for
the classroom visit part.

Timings:
9.10 Assembly (hall) - KS1 and Y3
1.30 Y1  /  1.50 Y2  /  2.10 Y3  (about 15 minutes each)

Thanks,
Helen

{sig('ashworth', 'short')}
"""),
  note="guide dog visit: 'brood bitch'")

# 007 ----------------------------------------------------------------------
TEAM_CSV = """No,Position,Player,Form
1,Loosehead prop,Reuben Bellamy,10B
2,Hooker,Jack Sexton,10K
3,Tighthead prop,Sam Titmuss,10P
4,Lock,Kofi Mensah,10B
5,Lock,Ethan Ward,10R
6,Blindside flanker,Dan Hooker,10K
7,Openside flanker,Alfie Dickinson,10P
8,Number 8,Tomasz Nowak,10R
9,Scrum half,Finley Cox,10B
10,Fly half,Isaac Fenwick,10K
11,Left wing,Jayden Clarke,10P
12,Inside centre,Harry Gaunt,10R
13,Outside centre,Louis Bramley,10K
14,Right wing,Mo Farouk,10B
15,Full back,Charlie Rhodes,10P
16,Replacement (front row),Ollie Cox,10R
17,Replacement,Elliot Marsh,10K
18,Replacement,Zach Holroyd,10B
"""
M("clean", "u15_rugby_team_sheet", "pryce", ["kershaw", ("Harewood Grange Rugby", "rugby@harewoodgrange.example.org")],
  "U15 XV v Harewood Grange - Saturday team sheet", "2024-11-06 12:31:02",
  MIX(P(f"""Hi Dean, hi Mr Platt,

Team sheet for Saturday attached. KO 10.30 on our top pitch, changing in
the sports hall block. Parents are welcome on the touchline.

Changes from last week: Jack Sexton moves to hooker because Ollie Cox is
still nursing the shoulder - Ollie's on the bench and will only come on
if we need a front-rower. Dan Hooker keeps the 6 shirt after a massive
game against Roundhay.

Mr Platt - could you confirm you have a qualified ref? If not, our Mr
Kershaw will take the first half and you the second, as before.

Thanks,
{sig('pryce')}
"""), ATT("U15_XV_v_Harewood_Grange.csv", "text/csv", TEAM_CSV, "base64")),
  note="rugby: 'hooker' position, surnames Sexton, Cox, Hooker, Titmuss (csv)")

# 008 ----------------------------------------------------------------------
M("flag", "leetspeak_car_park", "kershaw", ["staffroom"],
  "RE: Minibus bay - please keep clear", "2025-03-05 16:20:44",
  P("""Whoever parked the silver Qashqai across the minibus bay AGAIN - I had the
U12s sat on the bus for twenty minutes waiting to get out. Absolute pr1ck
move. Sh1t like this is exactly why we never get to fixtures on time.

(If it's the new supply in science, can someone have a word before I do.)

Dean

-----Original Message-----
From: Angela Deakin <a.deakin@example-school.org.uk>
Sent: 05 March 2025 08:02
To: Staffroom <staffroom@example-school.org.uk>
Subject: Minibus bay - please keep clear

Morning all, a gentle reminder that the hatched bay by the sports hall is
for the minibuses only. Thank you!
Angela
"""), mailer=OUTLOOK,
  note="staffroom thread; leetspeak pr1ck / sh1t")

# 009 ----------------------------------------------------------------------
M("clean", "reply_parent_swearing_quoted", "fairbrother", ["ali"],
  "Re: Detention on Friday", "2025-03-07 08:35:12",
  P(f"""Dear Mr Guardian,

Thank you for your email. I can hear how frustrated you are, and I would
like to talk this through with you properly rather than by email.

Example Pupil Three's detention was set because three pieces of maths
homework are showing as not submitted on Satchel. It may well be that
something has gone wrong with the upload - that does happen - so I have
asked Mr Okafor to check, and I have moved the detention to Tuesday so
that it does not clash with football on Friday.

Could you ring me on 01632 960000 today or Monday? I am free after 3.30
both days.

I would also ask that future emails stay courteous. Our staff are
entitled to be spoken to respectfully, just as you are.

Yours sincerely,

Neil Fairbrother
Deputy Headteacher

On Thu, 6 Mar 2025 at 21:47, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is a fucking joke. Third detention this half term for homework he
> says he handed in. Your maths teacher is clearly useless and has it in
> for him. He is NOT staying behind on Friday, he's got football. Sort it
> out.
> Ali Guardian
"""),
  reply_to_id="CAJ8x-7ffk.guardian@mail.btinternet.example",
  note="reply to parent; swearing only in quoted parent text")

# 010 ----------------------------------------------------------------------
M("clean", "larkin_this_be_the_verse", "raman", ["english"],
  "Y12 Larkin lesson next week - heads-up on language", "2025-01-09 17:05:33",
  P(f"""Hi all,

For anyone teaching the Y12 "Larkin and the family" lesson next week: the
starter uses "This Be The Verse" (1971). You'll all know the opening line -
"They fuck you up, your mum and dad." I've left it uncensored in the
resource, because the shock of the register is the point of the lesson:
the deliberately demotic opening against the tight ABAB quatrains and the
almost hymn-like metre.

Please set the tone at the start. We read it once, we discuss why he chose
that word, and we don't have students reading it aloud round the room. If
anyone would rather swap in "Home is so Sad", that's absolutely fine -
same themes, no swearing.

Resource is in Shared > English > KS5 > Larkin.

Priya
"""),
  note="[unsure] A-level teaching note quoting Larkin's line")

# 011 ----------------------------------------------------------------------
M("flag", "masked_asterisks_pupil", "kershaw", ["begum"],
  "9C period 5", "2025-02-04 15:47:09",
  P("""Nasreen, heads up before it comes through on the system.

Kyle W in 9C was an absolute sh*t again today. Refused to get changed,
kicked the ball at Mia's head "by accident" and then told me I was a sad
old man in front of the whole group. Honestly the kid's a little w*nker
and I'm done with him.

Logged on Arbor as a C3. Can we get him on report please?

Dean
"""),
  note="about a pupil to HoY; star-masked sh*t / w*nker")

# 012 ----------------------------------------------------------------------
M("clean", "birdwatch_tits_shags", "brierley", ["primarystaff"],
  "Big Schools' Birdwatch results (and a Bempton teaser)", "2025-02-07 13:10:27",
  ALT(f"""Hi everyone,

Thanks for letting your classes out for the RSPB Big Schools' Birdwatch
last week. Our combined tally for the wildlife area:

14 blue tits
6 great tits
9 long-tailed tits (one flock - Y2 were beside themselves)
4 robins
11 woodpigeons
2 magpies
1 wren
a cock blackbird and two hens on the compost heap
and, a first for us, a male bullfinch on the hawthorn!

Year 4 will take the data further on our Bempton Cliffs trip in May. The
RSPB ranger has promised puffins, gannets, kittiwakes, razorbills and, if
we're lucky, shags on the lower ledges. I'll brief the children
beforehand that a shag is a close cousin of the cormorant so we get the
laughing over with on the coach.

The results are now up on the corridor display outside Y4.

Owen

{sig('brierley')}
"""), mailer=OUTLOOK,
  note="birdwatch: tits, cock blackbird, shags")

# 013 ----------------------------------------------------------------------
M("clean", "visitors_supply_names", "deakin", ["cover", "fairbrother"],
  "Visitors, volunteers and supply - w/c 10 March", "2025-03-07 14:22:48",
  P(f"""Hi both,

Sign-in list for next week so reception are ready:

Mon - Mr Dick Bellamy (supply; our old Head of Chemistry, so he knows
      the way!) covering 10T Chemistry P1-3. Needs a parking permit.
Tue - Mrs Fanny Titmuss (volunteer reader, Y2). She is 84 - please make
      sure someone meets her at reception and walks her round, she
      doesn't like the stairs by the hall.
Wed - Sister Mary Assumpta (RE visitor for Year 8, hall, period 4).
Thu - Mr Gaylord Okoye, careers adviser from Ashlar Careers, sixth form
      1:1s in the library all day.
Fri - New midday supervisors Ms Hooker and Mr Cox start. DBS is through
      for both, but I need to scan their ID before they go on the yard.

Lanyards for all of the above are in the top drawer of my desk.

Thanks,
Angela

{sig('deakin', 'short')}
"""),
  note="names: Dick, Fanny, Assumpta, Gaylord, Hooker, Cox")

# 014 ----------------------------------------------------------------------
M("flag", "separators_mobile_heating", "greenwood", ["wragg"],
  "mobile 2", "2024-12-03 08:47:15",
  P("""Jon,

It is F-U-C-K-I-N-G freezing in Mobile 2 again. 9 degrees on the
thermometer at 8.40. Kids in coats, me in my coat, scarf and the
fingerless gloves.

The heating bloke came Monday, "had a look", said it was fine and left.
What a t.w.a.t.

Going to drag Stuart over at break so he can feel it for himself. Any
chance I can have the DT room period 3 if it's free?

T x
"""),
  note="colleague vent; letters separated by - and .")

# 015 ----------------------------------------------------------------------
M("clean", "y6_residential_great_cockup", "doyle", ["jane", "sam", "ali"],
  "Year 6 residential - Bassenthwaite itinerary and kit list", "2025-04-29 18:02:11",
  ALT(f"""Dear Year 6 parents and carers,

Our residential is only three weeks away! Here is the plan for the week.

Monday 19 May
8.30am depart from Park Row (please be there by 8.10). Lunch stop at
Tebay services, arrive at the Bassenthwaite Lake centre about 2pm.
Afternoon: orienteering in the grounds.

Tuesday 20 May
Ghyll scrambling in the morning (old trainers and a spare set of
clothes - they WILL get soaked). Afternoon: canoeing on the lake.

Wednesday 21 May
Our big fell walk. We are climbing Great Cockup (526 m) from Orthwaite
and, if the weather is kind, carrying on to Meal Fell. Yes, that really is
its name - it's one of Wainwright's Outlying Fells - and yes, the children
have already found it very funny. Walking boots essential.

Thursday 22 May
Morning in Cockermouth: Wordsworth House, the poet's birthplace, where
the children will be doing a Georgian kitchen workshop, then the Derwent
Pencil Museum in Keswick. Evening: disco!

Friday 23 May
Climbing wall, then home. We expect to be back at school around 4pm and
will text on the way.

Medication forms and the final balance (£85) are due on ParentPay by
Friday 9 May. If you have any worries at all, please ring the office on
01632 960000 and ask for me.

Many thanks,
Mr Doyle

{sig('doyle')}
"""), mailer=OUTLOOK,
  note="place names: Great Cockup fell, Cockermouth")

# 016 ----------------------------------------------------------------------
M("clean", "breakfast_club_price", "holroyd", ["jane", "sam"],
  "Breakfast Club - price change from 24 February", "2025-02-05 09:15:00",
  P(f"""Dear parents and carers,

I'm writing to let you know that from Monday 24 February the cost of
Breakfast Club will go up from £3.00 to £3.50 per session. This is the
first increase for three years and covers the rise in food and staffing
costs.

- Sibling discount stays the same (second child half price).
- Children entitled to free school meals still attend free of charge.
- Doors open at 7.45am. Please walk your child to the hall door and sign
  them in with a member of staff.

Bookings are through ParentPay as usual. If you have any questions, catch
me at the hall door in the morning or ring the office.

Thank you for your continued support,
Karen Holroyd

{sig('holroyd', 'parent')}
"""),
  note="ordinary: breakfast club notice")

# 017 ----------------------------------------------------------------------
M("flag", "repeated_letters_parents_evening", "kowalczyk", ["raman"],
  "survived", "2025-03-13 20:11:56",
  P("""Pri - 27 appointments, 4 no-shows, and one dad who argued for fifteen
minutes that French is pointless "because everyone speaks English".
Fuuuuuuck me. I need a very large glass of wine.

Oh shiiiiite, I've just realised I've left my planner on the table in the
hall. Is the building still open??

M x
"""),
  note="vent after parents' evening; repeated letters")

# 018 ----------------------------------------------------------------------
M("clean", "mockingbird_n_word_redacted", "whitaker", ["english"],
  "TKAM - reading aloud guidance (please read before Y10 reach ch. 9)", "2024-09-26 16:40:03",
  ALT(f"""Colleagues,

As Year 10 start To Kill a Mockingbird next week, here is a reminder of our
department guidance on the racial slur that appears throughout the novel.
I'll call it the n-word here; the first time it matters in class is
Chapter 9, when Cecil Jacobs says Atticus "defended n------s".

1. The word is never read aloud - not by staff, not by students, including
   when quoting in essays or answers. When reading aloud, say "n-word" or
   skip it.
2. Before Chapter 9, talk with the class about why Lee uses it (realism,
   Maycomb's racism, how the word is used as a weapon against Atticus,
   Calpurnia and Tom Robinson) and how hurtful it is.
3. Students writing about it write "the n-word" or quote with the word
   redacted, as in our model answers.
4. If a student uses it, in any context, it is logged as a racist incident
   and passed to their Head of Year.

Several of our students will be the only Black child in the room. Please
check in with them, privately, before you start - Jo has a short script
that works well.

The updated lesson PowerPoint is in Shared > English > KS4 > TKAM.

Thanks,
Claire

{sig('whitaker', 'short')}
"""), mailer=OUTLOOK,
  note="TKAM teaching guidance, slur redacted")

# 019 ----------------------------------------------------------------------
M("clean", "german_false_friends", "kowalczyk", ["9g2-german@" + PUPILS],
  "Falsche Freunde – Vokabeltest am Freitag (Übung)", "2025-01-28 14:05:40",
  P(f"""Hallo 9G2,

Hier sind die "falschen Freunde" (false friends) for Friday's vocab test.
Remember: they look like English words but mean something different.

das Gift – poison (not a present!)
der Rock – skirt
die Fahrt – journey (Gute Fahrt! = have a good trip; die Ausfahrt = exit)
dick – fat / thick (Das Buch ist sehr dick.)
bekommen – to get, to receive (NOT to become)
der Chef – boss
also – so, therefore
das Handy – mobile phone
die Mappe – folder
sensibel – sensitive

Yes, I know some of these cause giggles. Please get that out of your
system at home – on Friday I expect grown-up German.

Viel Glück!
Frau Kowalczyk
""", cte="8bit"),
  note="German false friends: dick, Fahrt, Gift; RFC 2047 subject")

# 020 ----------------------------------------------------------------------
M("flag", "cyrillic_lookalike_ceo", "mistry", ["ellery"],
  "that email from the Trust", "2025-01-14 19:26:37",
  P(f"""Did you see the CEO's "wellbeing" email? "We recognise the extraordinary
commitment of our staff" - and in the same breath we lose half our PPA
next term. What a {CYR_ES}unt. The whole thing is b{CYR_O}llocks.

Pint Friday? I need to moan at someone who isn't my wife.

R
""", cte="8bit"),
  note="colleague vent; Cyrillic look-alike letters in c*nt / b*llocks")

# 021 ----------------------------------------------------------------------
M("clean", "physics_retardation_old_text", "ellery", ["science"],
  "Y12 mechanics booklet – old textbook wording", "2024-10-08 12:44:21",
  P(f"""Hi physics team,

Heads-up if you're using the old A-level textbook scans in the Y12 mechanics booklet (pp. 14–17). The old wording uses "retardation" for negative acceleration, and phrases like "the car is uniformly retarded at 2.5 m s⁻²" and "a retarding force of 400 N".

It's correct physics, just dated, and last year a couple of students in 12P found it hilarious while one found it genuinely upsetting because of how the word gets used in the corridor.

So I've added a box on p. 14: retardation (old term) = deceleration = negative acceleration. Please say "deceleration" or "resistive force" when you talk it through, and point out that exam boards haven't used "retardation" for years.

"Flame retardant" in the materials topic is fine as it is.

Tom
""", cte="quoted-printable"),
  note="[unsure] physics: 'retardation'/'retarded' = deceleration")

# 022 ----------------------------------------------------------------------
M("clean", "nativity_ox_and_ass", "whitcombe", ["jane", "sam"],
  "Nativity costumes - 'A Stable Full of Friends'", "2024-11-20 15:30:00",
  ALT(f"""Dear Reception families,

Our Nativity, "A Stable Full of Friends", will be on Wednesday 11 December
at 2pm and Thursday 12 December at 9.30am in the hall. Two tickets per
family per performance - slips will come home next week.

Your child's part is written on the slip in their book bag. Costume
ideas:

Mary / Joseph - tea towel headdress, long plain top or dressing gown
Angels - white T-shirt, tinsel halo (we provide the halo)
Shepherds - tea towel, stripy top, a toy sheep if you have one
Kings - anything sparkly! we'll make the crowns in class
Sheep - white or cream clothes; we'll make the ears
The ox and the ass - brown clothes. We're using the traditional words in
the carol ("the ox and ass kneeling"), but the children are calling them
the cow and the donkey, which is lovely.
Stars - yellow or gold top

Please don't buy anything special - home-made is perfect. Costumes into
school in a named carrier bag by Monday 9 December.

Thank you!
Mrs Whitcombe and the Reception team

{sig('whitcombe', 'parent')}
"""), mailer=OUTLOOK,
  note="Reception Nativity: 'the ox and the ass'")

# 023 ----------------------------------------------------------------------
M("flag", "fullwidth_ucas_refs", "fitzgerald", ["mistry"],
  "Y13 refs", "2024-10-02 12:58:03",
  P(f"""Ravi,

The Trust have just moved the Y13 reference deadline forward a week "to
align processes". Without asking a single one of us. {fullwidth('Wankers')}.

I've got 41 references to check. Can you get the history paragraphs for
your lot to me by Wednesday?

C
""", cte="quoted-printable"),
  note="colleague vent; full-width letters, QP encoded")

# 024 ----------------------------------------------------------------------
FAKE_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
M("clean", "rse_body_parts_letter", "ashworth", ["jane", "sam", "ali"],
  "Relationships and Health Education - Years 1 and 2, Summer 1", "2025-04-22 13:15:44",
  MIX(ALT(f"""Dear Parents and Carers,

This half term, children in Years 1 and 2 will be learning about growing
up, keeping safe and looking after their bodies, as part of our
Relationships and Health Education programme.

In line with the statutory guidance and our RSHE policy, children learn
the correct names for the parts of the body, including the private parts.
We use the words penis, testicles, vulva and vagina, alongside the
everyday words families use at home. This is not sex education. Knowing the
correct words helps keep children safe: if a child ever needs to tell a
trusted adult about something that has happened, they can be clearly
understood.

We will also use the NSPCC's PANTS rule ("Pants are private"), and talk
about safe and unsafe touch, and who the trusted adults in their lives
are.

You are very welcome to look at the lesson materials at our drop-in on
Tuesday 29 April, 3.15-4pm, in the library. The attached sheet lists the
lessons week by week.

Kind regards,
Helen Ashworth

{sig('ashworth', 'parent')}
"""), ATT("RHE_Y1-2_Summer1_overview.pdf", "application/pdf", FAKE_PDF)),
  note="RSHE letter naming body parts correctly (penis, vulva)")

# 025 ----------------------------------------------------------------------
M("clean", "it_password_expiry", "cartwright", ["allstaff"],
  "Password expiry this Friday + MFA reminder", "2024-10-14 08:05:00",
  P(f"""Morning all,

A reminder that network passwords set in the summer expire this Friday
(18 October). You'll be prompted to change it at logon - please do it on a
school machine, not from home, or your laptop will get out of sync.

- At least 12 characters. Three random words works well.
- Don't reuse your old one with a 2 on the end. We can see that.
- MFA: if you've changed your phone, come and see me before Friday and I'll
  move the authenticator across.

And as always: IT will never email you asking for your password. If
something looks odd, forward it to me and delete it.

Cheers,
Phil

{sig('cartwright', 'short')}
Ext. 214
"""),
  note="ordinary: IT notice")

# 026 ----------------------------------------------------------------------
M("flag", "zero_width_laser_cutter", "wragg", ["fitzgerald"],
  "laser cutter - need a PO signing today please", "2025-02-11 11:02:30",
  ALT(f"""Callum,

The laser cutter is down again, third time this month. The fu{ZWSP}cking
extraction fan has packed in and I can't run it without extraction (fumes
from the acrylic).

Y11 coursework deadline is the 28th, and 19 of them still need to cut
their final pieces.

Can you sign off the repair PO today? It's £640 plus VAT. Gail says
anything over £500 needs SLT.

Jon
""", pcte="quoted-printable", hcte="base64"), mailer=OUTLOOK,
  note="zero-width space inside 'fucking' (plain QP + HTML base64)")

# 027 ----------------------------------------------------------------------
M("clean", "scope_spastics_society_history", "mistry", ["fitzgerald"],
  "Charity week - Scope background for the assembly", "2025-03-18 10:27:19",
  P(f"""Hi Callum,

The sixth form charity committee asked me for some background on Scope
for their assembly, so here's what I gave them:

- Founded in 1952 by three parents and a social worker as the National
  Spastics Society, later The Spastics Society. "Spastic" was then the
  ordinary medical word for people with cerebral palsy.
- Over the following decades the word became a playground insult, and
  disabled people, many of them members of the charity, campaigned for a
  new name. It became Scope in 1994.
- It now supports disabled people and their families much more broadly,
  and runs the shop on Briggate.

It's a really good bit of history about how language changes, and the
students want to make that point. I've asked them to put the old name on
one slide only, with the dates and that explanation, not as a big title.
Could you glance at the slides before Friday?

Ravi

{sig('mistry', 'short')}
"""),
  note="[unsure] history of the Spastics Society renamed Scope")

# 028 ----------------------------------------------------------------------
M("clean", "ballcock_stopcock_toilets", "lomas", ["deakin"],
  "Upstairs boys' toilets - secondary block", "2024-11-12 07:38:14",
  P(f"""Angela,

So you know why the upstairs boys' toilets are taped off: the ballcock in
the cistern on the end cubicle has snapped and it's been overflowing into
the ceiling void above the IT suite all night.

I've shut the water off at the stopcock in the cleaners' cupboard, so the
whole upstairs block has no water until Hollins have been (tomorrow,
7.30). Can you put a note out to the Y7-9 tutors to send boys down to the
ground floor toilets by the canteen?

Phil knows about the ceiling tile over PC 14 - it's wet but it's holding.

Cheers
Stuart
"""),
  note="site: ballcock, stopcock")

# 029 ----------------------------------------------------------------------
M("flag", "html_tags_split_auditor", "nuttall", ["deakin"],
  "audit", "2025-02-19 14:36:50",
  H("""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p class="MsoNormal">Angela,</p>
<p class="MsoNormal">The auditor has now asked for every petty cash receipt back to 2021. Every single one. Smug little <span style="color:black">bas</span><span style="color:black">tard</span> sat in my office eating my biscuits while he said it.</p>
<p class="MsoNormal">Can I borrow your archive boxes and the trolley this afternoon? The 2021&ndash;22 folders are in the loft over the old kitchen.</p>
<p class="MsoNormal">G</p>
</div>
</body>
</html>
"""), mailer=OUTLOOK,
  note="HTML-only; word split by span tags")

# 030 ----------------------------------------------------------------------
M("clean", "wordsworth_gay_meaning", "whitaker", ["8x-english@" + PUPILS],
  "Homework for Thursday - I Wandered Lonely as a Cloud", "2025-03-03 15:55:28",
  ALT(f"""Hi 8X,

For Thursday, annotate the Wordsworth poem (it's on Teams, in the
Homework channel). Focus on the third stanza:

   The waves beside them danced; but they
   Out-did the sparkling waves in glee:
   A poet could not but be gay,
   In such a jocund company:

Remember that in 1807 "gay" meant joyful, carefree, light-hearted. Look at
the words around it - "glee", "jocund", "danced" - and explain how
Wordsworth builds a semantic field of happiness. Two PEE paragraphs,
please.

If you want a challenge: how does the mood change in the final stanza?

Miss Whitaker
"""),
  note="19th-century poem, 'gay' = joyful, to pupils")

# 031 ----------------------------------------------------------------------
M("clean", "lgbt_inclusion_letter", "ashworth", ["jane", "sam", "ali"],
  "Inclusion Week - what your child will be learning", "2025-02-03 12:00:00",
  ALT(f"""Dear Parents and Carers,

Next week is our whole-school Inclusion Week. Every class, from Reception
to Year 6, will have lessons about celebrating difference, based on our
"Everyone Welcome" scheme.

In the primary phase, children will read picture books showing many kinds
of family - families with a mum and a dad, one parent, grandparents, foster
carers, and two mums or two dads (for example "And Tango Makes Three").
In Years 5 and 6, when children ask, teachers will explain words such as
gay, lesbian, bisexual and transgender in a simple, factual way, for
example "a man who loves another man might describe himself as gay".

We will also be clear that using "gay" as an insult ("that's so gay") is
hurtful, and that homophobic language is treated like any other form of
bullying in our school.

If you would like to see the books or talk to your child's teacher, please
come to the drop-in on Monday at 3.20pm in the library.

Kind regards,
Helen Ashworth

{sig('ashworth', 'parent')}
"""), mailer=OUTLOOK,
  note="LGBT+ inclusion letter to parents")

# 032 ----------------------------------------------------------------------
M("flag", "html_entities_planning_officer", "townend", ["greenwood"],
  "mural", "2025-05-09 13:14:22",
  H("""<div dir="ltr">Tash,<br><br>Mural&#39;s off. The council planning officer came out this morning, took one look at the Park Row wall and said it needs &quot;heritage consent&quot; because we&#39;re in the conservation area. Eight weeks minimum, so that&#39;s the summer gone.<br><br>Total &#100;&#105;ckhead &#8211; he didn&#39;t even look at the designs the Y10s did. Hasan had done the whole thing to scale.<br><br>Can we talk at lunch about moving it inside onto the drama studio wall instead?<br><br>M</div>
""", cte="7bit"),
  note="HTML-only; 'dickhead' with numeric character references")

# 033 ----------------------------------------------------------------------
M("clean", "queer_history_month_talk", "raman", ["tutors6"],
  "LGBT+ History Month - 'Queer Leeds' talk, Thurs 20 Feb", "2025-02-10 09:31:12",
  ALT(f"""Dear sixth form tutors,

Please could you flag this in tutor time this week:

LGBT+ History Month talk - "Queer Leeds: 100 years of hidden history"
Thursday 20 February, 3.30-4.30pm, lecture theatre.
Speaker: Dr Frances Holden (university history department), who will talk
about the city's LGBT+ history from the 1920s to Section 28 and beyond.

A note on language, in case students ask: "queer" is used here as the
speaker and many LGBT+ people use it today - as a reclaimed umbrella term
and in the name of an academic field (queer history, queer theory). It's
worth saying that it has been, and still can be, used as an insult, so
students shouldn't use it to describe anyone unless that's how the person
describes themselves.

The LGBT+ society's reading list is on the sixth form noticeboard.

Thanks,
Priya

{sig('raman', 'short')}
"""),
  note="[unsure] 'queer' in LGBT+ History Month notice")

# 034 ----------------------------------------------------------------------
M("clean", "behaviour_log_sniggered", "hussain", ["lister"],
  "8H tutor time log - 11/11", "2024-11-11 09:18:40",
  P("""Hi Kate,

Log for 8H tutor time this morning, for your records:

- JT and RM sniggered all the way through the two-minute silence.
  Spoken to afterwards; both apologised and were moved. I've emailed home.
- LP - no planner again (third time). Lunch detention set for Wednesday.
- Positive: AK read "In Flanders Fields" to the form beautifully, without
  being asked twice. 10 house points.

Nothing else to report.

Amira
"""),
  note="behaviour log: 'sniggered'")

# 035 ----------------------------------------------------------------------
M("flag", "qp_soft_break_parent_reply", "brierley", ["sam"],
  "Re: what happened at pick-up", "2025-03-21 19:44:09",
  P(f"""Sam,

I've read your email and I'm not going to apologise for asking you to wait behind the gate. That is where every parent waits, it is a safety rule for the whole school, and I asked you politely.

What I won't accept is being sworn at and called a liar in front of a playground full of children. Frankly, behaving like an arse{SOFT}hole at pick-up every week is not helping Example Pupil Two, who was in tears this morning.

If you want to discuss this properly, book an appointment through the office on 01632 960000.

Mr Brierley
""", cte="quoted-printable"),
  reply_to_id="DU0P192MB1733.carer@outlook.example",
  note="angry reply to parent; QP soft line break inside 'arsehole'")

# 036 ----------------------------------------------------------------------
M("clean", "nigeria_niger_case_study", "priestley", ["9a-geography@" + PUPILS],
  "Nigeria case study - reading for Monday", "2025-01-17 15:20:00",
  P(f"""Year 9,

For Monday, read pages 56-61 of the textbook (Nigeria - a newly emerging
economy) and complete the fact file on Teams. Some things people got
muddled in the last lesson:

- Nigeria takes its name from the River Niger, which flows through the
  west of the country into the Gulf of Guinea.
- The capital is Abuja, not Lagos (Lagos is the biggest city).
- Niger is a separate country, to the north of Nigeria.
- The Niger Delta is where most of the oil is - think about who benefits
  and who suffers (oil spills, gas flaring, pipeline sabotage).

Extension: find one Nigerian company and explain how it links Nigeria to
the rest of the world.

Mr Priestley
"""),
  note="geography: Niger, Nigeria")

# 037 ----------------------------------------------------------------------
M("clean", "niggardly_word_of_week", "fitzgerald", ["tutors6"],
  "Word of the week - change", "2024-11-15 12:06:51",
  P(f"""Tutors,

Small change to the Vocab Builder slot. The list I sent round had
"niggardly" (adj., mean or ungenerous, from an old Scandinavian word for a
miser). It has nothing to do with the racial slur, but it sounds close
enough that it has caused real upset in schools and workplaces, and a
couple of you raised it with me.

So let's swap it for "parsimonious" - same meaning, no ambiguity. If
students ask why, that's actually a good conversation about words that
sound like slurs and why intent isn't the only thing that matters.

Thanks,
Callum
"""),
  note="[unsure] 'niggardly' discussed and withdrawn")

# 038 ----------------------------------------------------------------------
M("flag", "base64_body_referee", "doyle", ["brierley"],
  "saturday", "2025-03-10 07:55:26",
  P("""Owen,

The ref at Harewood Primary on Saturday was an absolute knobhead. Sent
Liam off for "dissent" for saying "oh come on". He's ten! Total
piss-take.

I've emailed their PE lead (politely, don't worry). Can we swap our home
fixture so it isn't him again?

K
""", cte="base64"),
  note="base64 body; 'knobhead', 'piss-take'")

# 039 ----------------------------------------------------------------------
M("clean", "nursery_nature_table", "bannister", ["jane", "sam"],
  "Spring nature table - can you help?", "2025-03-10 13:02:44",
  P(f"""Dear Nursery families,

This week we are starting our spring nature table and we would love your
help! If you are out and about, please could your child collect and bring
in:

- fallen daffodil heads or blossom
- a few sprigs of pussy willow (the soft grey catkins are lovely for the
  children to stroke, and we'll be counting the "fluffy buds" in maths)
- pine cones, feathers, interesting stones
- clean, empty eggshells for our bird's nest

Please don't pick anything from gardens or parks without permission!

We will be talking about what is new and growing, and the children will be
drawing what they find with our new magnifiers.

Thank you,
Chloe and the Nursery team

{sig('bannister', 'parent')}
"""),
  note="nursery: 'pussy willow'")

# 040 ----------------------------------------------------------------------
M("clean", "ks1_panto_puss_in_boots", "marsden", ["jane", "sam", "ali"],
  "KS1 pantomime trip - Puss in Boots", "2024-11-25 16:18:30",
  ALT(f"""Dear parents and carers,

As a Christmas treat, all of Key Stage 1 will be going to see the
pantomime Puss in Boots at the Park Row Playhouse on Tuesday 17 December.
The PTA has kindly paid for the coaches, so the cost is just £8 per child
for the ticket.

We'll leave school at 9.15am and be back for lunch. Children should wear
school uniform and a warm coat. No sweets, please - we'll have a drink and a
snack in the interval.

Oh no it isn't... oh yes it is! Please pay on ParentPay by Friday 6
December.

If you would like to help as a parent helper (DBS needed), please let the
office know.

Many thanks,
Mrs Marsden

{sig('marsden', 'parent')}
"""),
  note="panto trip: 'Puss in Boots'")

# 041 ----------------------------------------------------------------------
M("flag", "rfc2047_subject_la_transport", "quayle", ["fairbrother"],
  "Re: Tossers at the LA - transport again", "2024-12-02 10:41:15",
  P(f"""Neil,

The LA have cancelled the taxi for our two children in the Unit from
Monday, with no notice. Again. I've been on hold for 45 minutes and then
got cut off.

Both families have been told it's "under review". One mum works nights
and can't do the school run.

Could you ring Trevor in SEN Transport yourself? He seems to answer when
it's SLT.

Bernie
"""),
  raw_subject="=?utf-8?B?" + base64.b64encode("Re: Tossers at the LA - transport again".encode()).decode() + "?=",
  reply_to_id="SENTRANS.2911@example-school.org.uk",
  note="swearing only in subject, RFC 2047 base64-encoded")

# 042 ----------------------------------------------------------------------
M("clean", "chaucer_millers_tale_glossary", "raman", ["13-englit@" + PUPILS],
  "Miller's Tale - reading and glossary for Tuesday", "2025-01-23 16:48:00",
  P(f"""Year 13,

For Tuesday, please read lines 3696-3854 (the window scene to the end of
the Tale). It's the bawdiest part of the Tale, so here are some glossary
notes so we don't get stuck in the lesson:

- "ers" = arse, backside. Yes, really: Absolon "kiste hir naked ers".
- "towte" = backside again (Nicholas is scalded "amydde the towte").
- "queynte" - Chaucer puns on this twice: "clever, elegant" and a vulgar
  word for a woman's genitals. You need to be able to discuss the pun in
  the exam without being coy: "Chaucer puns on 'queynte', meaning both
  ... and ...", in academic register.
- "kultour" = coulter, the iron blade of a plough.

Then think about the fabliau genre and how the Miller "quites" (pays
back) the Knight's Tale: what happens to the courtly lover in each?

See you Tuesday,
Ms Raman
"""),
  note="A-level Chaucer glossary (ers = arse)")

# 043 ----------------------------------------------------------------------
M("clean", "romeo_prick_of_noon", "whitaker", ["10y-english@" + PUPILS],
  "R&J Act 2 Scene 4 – Mercutio's puns", "2025-04-30 14:22:10",
  P(f"""Hi 10Y,

A few of you asked about Mercutio's line to the Nurse, so here it is:

“Tis no less, I tell ye, for the bawdy hand of the dial is now upon the prick of noon.”

On the surface: the hour hand of the sundial is on the mark (the “prick”) for twelve o'clock, so it's midday. Underneath: Mercutio is making a crude joke to embarrass the Nurse – which is exactly why she reacts the way she does. Shakespeare's audience would have laughed; you need to be able to explain the double meaning calmly and in the right register.

Compare with the servants' jokes in Act 1 Scene 1 (“my naked weapon is out”, “the heads of the maids, or their maidenheads”). What does the bawdy humour tell us about how the play presents love and sex, compared with Romeo's sonnet language?

Miss Whitaker
""", cte="quoted-printable"),
  note="Shakespeare bawdy pun explained to Y10 (QP)")

# 044 ----------------------------------------------------------------------
M("flag", "rfc2047_split_word_mocks", "shaw", ["fitzgerald"],
  "Re: Y11 mocks – what a fucking mess", "2024-11-28 11:09:37",
  ALT(f"""Callum,

The sports hall is booked for the netball tournament on Wednesday 4
December, which is English Language Paper 2 for the whole of Year 11.
Nobody told me until 10 minutes ago.

That's 212 candidates to relocate, plus 14 students with access
arrangements who need separate rooms and readers.

Options:
1. Move English to the main hall and push the Y8 assembly into the
   drama studio.
2. Split across the library and the two science labs (needs 4 extra
   invigilators).

I need a decision by 3pm today so I can print seating plans.

Lisa

{sig('shaw', 'short')}
"""), mailer=OUTLOOK,
  raw_subject="=?UTF-8?Q?Re=3A_Y11_mocks_=E2=80=93_what_a_f?=\n =?UTF-8?Q?ucking_mess?=",
  note="subject word split across two RFC 2047 encoded-words")

# 045 ----------------------------------------------------------------------
M("clean", "duffy_havisham_revision", "whitaker", ["11-english@" + PUPILS],
  "Havisham - revision notes", "2025-04-02 17:12:00",
  P(f"""Year 11,

Revision notes on Havisham (Carol Ann Duffy) as promised.

Opening: "Beloved sweetheart bastard." Three words, one sentence. The first
two are tender and the third is violent - the oxymoron sums up the whole
poem: love and hatred are tangled together and she can't separate them.
The swearing is deliberate. It shocks, and it sounds like her spitting the
word out. In the exam, quote it accurately and analyse it; don't skip it
or put stars in it.

Other key quotations:
- "Spinster." - a one-word sentence: isolation, the label society gives
  her.
- "I stink and remember." - sensory, both physical decay and memory.
- "Love's / hate behind a white veil" - enjambment splits love from hate.
- "a red balloon bursting / in my face. Bang." - plosives, violence.

Compare with: Neutral Tones (Hardy), Porphyria's Lover (Browning).

Miss Whitaker
"""),
  note="[unsure] GCSE poem quote 'Beloved sweetheart bastard' to pupils")

# 046 ----------------------------------------------------------------------
M("clean", "nazi_propaganda_sources", "mistry", ["history"],
  "Y9 lesson 6 – Nazi propaganda sources (sensitive content)", "2025-02-26 16:03:35",
  ALT(f"""Colleagues,

Y9 lesson 6 next week uses sources from Der Stürmer and stills from the
1940 film Der ewige Jude ("The Eternal Jew"). These are grotesque
antisemitic caricatures, and the point of the lesson is to analyse how
Goebbels's Ministry of Propaganda dehumanised Jewish people to prepare the
ground for persecution.

Some guidance:
- Don't leave the Der Stürmer front page on the board longer than you
  need to. Project it, analyse it, take it down.
- Always name the technique (stereotype, scapegoat, dehumanising
  language) rather than repeating the insult.
- We have Jewish students in 9R and 9T. Please give them and their
  families a heads-up via their tutor, and let them know they can step
  out if they need to.
- The Hitler speech extract is from 1939; the translation is in the
  booklet.

Resources are in Shared > History > KS3 > Y9 > Nazi Germany.

Ravi

{sig('mistry', 'short')}
"""), mailer=OUTLOOK,
  note="history: Nazi antisemitic propaganda lesson guidance")

# 047 ----------------------------------------------------------------------
PE_TRACKER = """Name,Group,Attendance %,Kit missed,Effort (1-4),Comment
Ella B,10G1,97,0,1,"Excellent, leads warm-ups"
Sophie D,10G1,94,1,2,"Good in netball, quiet in fitness"
Chantelle R,10G1,81,6,4,"gobby little slag, no kit again, mum won't answer the phone"
Amelia K,10G1,99,0,1,Sports leader candidate
Grace T,10G1,90,2,2,"Improving, needs confidence"
Leah W,10G1,86,3,3,"Medical note for knee, check dates"
Priya S,10G1,95,0,1,County badminton
"""
M("flag", "csv_attachment_pe_tracker", "holt", ["pryce"],
  "Y10 girls core PE tracker", "2025-03-26 16:55:08",
  MIX(P("""Gareth,

Attached is my Y10 girls' core PE tracker for the department review -
comments column updated this week.

Craig
"""), ATT("Y10G1_core_PE_tracker.csv", "text/csv", PE_TRACKER, "7bit")),
  note="sexist slur about a pupil inside csv attachment")

# 048 ----------------------------------------------------------------------
M("clean", "re_balaams_ass", "saleem", ["lister", "hussain"],
  "Y7 RE - 'Talking animals' lesson: KJV texts", "2024-10-10 15:14:06",
  P(f"""Hi both,

As you're covering my Y7 lessons on Monday, a note on the texts. The
lesson compares translations, so the sheets have the King James Version
next to the NIV:

Numbers 22:28 (KJV): "And the LORD opened the mouth of the ass, and she
said unto Balaam, What have I done unto thee, that thou hast smitten me
these three times?"

Matthew 21:5 (KJV): "... thy King cometh unto thee, meek, and sitting upon
an ass, and a colt the foal of an ass."

The NIV has "donkey" in both. Expect a giggle at "ass" - just acknowledge
it and move on to the question on the sheet: why would translators change
the word?

The last part of the lesson is the story of Sulayman and the ant
(Surah 27:18-19). The Qur'an extract is in a plastic wallet - please
remind students to handle it respectfully.

Thanks,
Imran

{sig('saleem', 'short')}
"""),
  note="RE: Balaam's ass, KJV")

# 049 ----------------------------------------------------------------------
M("clean", "a_level_bio_gametes", "thorne", ["science"],
  "Y12 reproduction - slides and prep for next week", "2025-05-14 12:40:19",
  ALT(f"""Hi all,

For those teaching Y12 biology next week (topic 6.3, reproduction):

Lesson 1 - Gametogenesis. Spermatogenesis in the seminiferous tubules of
the testes; oogenesis in the ovaries. Prepared slides of mammalian testis
TS and ovary TS are in prep room drawer 4 (please count them back in - we
lost two last year).

Lesson 2 - Fertilisation. Acrosome reaction, cortical reaction, zona
pellucida. The animation is in the Teams folder. The students find the
numbers interesting (about 250 million sperm per ejaculation, a handful
reach the oocyte).

Lesson 3 - Hormonal control of the menstrual cycle (FSH, LH, oestrogen,
progesterone) and the pollen tube practical (sucrose agar, 20% and 10%).

Any student who is uncomfortable with any of it, let me know and I'll talk
to them.

Becky

{sig('thorne', 'short')}
"""),
  note="A-level biology: sperm, testes, ovaries")

# 050 ----------------------------------------------------------------------
COVER_TXT = """COVER WORK - Thursday 6 Feb - Mr Pryce (away: U16 county cup)

P2  10X  GCSE PE theory, room G14
- Textbooks are in the grey cupboard, top shelf.
- Chapter 4: Cardiovascular system. Q1-8 page 62, in exercise books.
- The usual pricks at the back (Jordan, Tyler, Mason) will try it on.
  Split them up straight away, don't wait for them to kick off.

P4  7K  Practical, sports hall - badminton
- Cover supervisor + Mr Kershaw. Nets are already up.

P5  12BTEC  Unit 2 coursework - library computers
- They know what they're doing. Just check they're actually on it.
"""
M("flag", "txt_attachment_cover_notes", "pryce", ["cover"],
  "Cover work Thursday", "2025-02-05 16:32:48",
  MIX(P(f"""Hi,

Cover work for tomorrow attached - I'm out all day with the U16s at the
county cup.

Thanks,
{sig('pryce', 'first')}
"""), ATT("cover_work_thursday.txt", "text/plain", COVER_TXT, "base64")),
  note="swearing about pupils in base64 .txt attachment")

# 051 ----------------------------------------------------------------------
M("clean", "dofe_tent_erection", "ledger", ["dofe-silver@" + PUPILS],
  "DofE Silver - practice expedition kit check", "2025-04-03 15:00:12",
  P(f"""Silver groups,

Kit check and tent practice: Tuesday after school, back field, 3.20-5pm.

Every group must be able to erect and strike its tent in under 15 minutes
before I'll let you go on the practice expedition. Last year one group
took 50 minutes to erect theirs in the rain on Ilkley Moor. Don't be that
group.

Bring:
- your group's tent (check poles, pegs, flysheet, guy lines)
- Trangia and fuel bottle (EMPTY - we'll do a fuel demo separately)
- rucksack packed as if for the expedition, so we can weigh it (max 25% of
  your body weight)

Route cards for the practice are due on Friday.

Mr Ledger

{sig('ledger', 'short')}
"""),
  note="DofE: tent erection")

# 052 ----------------------------------------------------------------------
M("clean", "royal_armouries_cocking", "mistry", ["history"],
  "Royal Armouries visit - handling session details", "2024-10-17 11:25:58",
  P(f"""Hi all,

Details for the Y8 trip to the Royal Armouries on the 24th.

The handling session in the Education Room is "From Flintlock to Lee-
Enfield". The educator will:
- show a flintlock musket and explain the parts - the cock (the hammer
  that holds the flint), the frizzen and the pan - and where "lock, stock
  and barrel" and "going off half-cocked" come from;
- demonstrate the bolt action on a deactivated SMLE rifle (cocking on
  closing, the safety catch) and link it to the "mad minute" of 1914.

Students don't handle the rifle, only the replica musket. Please remind
them it is a museum and not Call of Duty.

Coach at 9.00, back by 2.45.

Ravi
"""),
  note="history trip: cock of a musket, half-cocked")

# 053 ----------------------------------------------------------------------
QUIZ_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Staff Quiz - answers</title></head>
<body>
<h1>Staff Christmas Quiz - ANSWERS (no peeking)</h1>
<ol>
<li>Which member of SLT has a signed photo of Rick Astley? <b>Neil</b></li>
<li>How many staplers has the office lost since September? <b>11</b></li>
<li>What is the real name of the staffroom plant "Kevin"? <b>Monstera deliciosa</b></li>
<li>Who has parked in the minibus bay every single day this term? <b>Dave from maths, the absolute bellend</b></li>
<li>Which year group set off the fire alarm with toast (twice)? <b>Year 12</b></li>
<li>How many cups of tea does Stuart drink before 8am? <b>4</b></li>
</ol>
</body>
</html>
"""
M("flag", "html_attachment_staff_quiz", "greenwood", ["staffroom"],
  "Staff quiz Friday - answer sheet for the quizmasters", "2024-12-16 12:11:40",
  MIX(ALT("""Hi all,

Answer sheet for Friday's staff quiz attached for the quizmasters - DON'T
open it if you're playing (Dean, I mean you).

Teams of 4, £2 each, all proceeds to the PTA. Mince pies provided.

Tasha
"""), ATT("staff_quiz_answers.html", "text/html", QUIZ_HTML, "quoted-printable")),
  mailer=OUTLOOK,
  note="careless staffroom joke in HTML attachment ('bellend')")

# 054 ----------------------------------------------------------------------
M("clean", "chamber_choir_dixit_dominus", "garside", ["chamberchoir@" + PUPILS],
  "Chamber Choir - spring concert music", "2025-01-08 16:27:33",
  ALT(f"""Dear Chamber Choir,

Here is the music for the spring concert (Thursday 27 March, 7pm, at St
Anne's). Scores will be in your pigeonholes tomorrow.

1. Handel - Dixit Dominus, movements 1 and 8 ("Dixit Dominus" and
   "Gloria Patri")
2. Bach - Mass in B minor: "Cum Sancto Spiritu"
3. Purcell - "Hear my prayer, O Lord"
4. Parry - "I was glad" (with organ)

Latin pronunciation: we are using church Latin. "Dixit" is DEEK-seet,
"Cum" is "koom", "Spiritu" is SPEE-ree-too. There is a recording of me
reading the texts on Teams.

The organ scholar from St Anne's will accompany, and Maddie in Y12 will
play the bassoon continuo part in the Handel (thank you Maddie!).

Rehearsals: Tuesdays 3.20-4.30 and Friday lunchtimes from next week.

Mrs Garside

{sig('garside', 'short')}
"""),
  note="music: Dixit Dominus, Cum Sancto Spiritu, organ, bassoon")

# 055 ----------------------------------------------------------------------
SETS_CSV = """Surname,Forename,From,To,Reason
Cox,Ava,10X3,10X2,Consistently top of set in assessments
Sexton,Harry,10X2,10X3,Parent request - confidence
Hancock,Ben,10Y4,10Y3,Mock result
Titmuss,Lily,10Y3,10Y2,Mock result
Babcock,Oscar,10Y2,10Y3,Timetable clash with triple science
Shufflebottom,Ruby,10X4,10X3,Mock result
Dickinson,Jamal,10X3,10X4,SEN support (TA in 10X4)
Bellamy,Evie,10Y1,10Y2,Higher/Foundation review
Hooker,Leo,10Y3,10Y2,Mock result
Mensah,Gaylord,10X2,10X1,Mock result - top of set
"""
M("clean", "maths_set_changes", "okafor", ["maths"],
  "Y10 set changes from Monday", "2025-01-31 15:06:27",
  MIX(P(f"""Hi team,

Attached are the Y10 set changes agreed at Wednesday's meeting. They take
effect from Monday. Please update your seating plans and let the students
know in your last lesson this week. Letters home go out today.

Any problems, shout.

Dan

{sig('okafor')}
"""), ATT("Y10_set_changes_Feb.csv", "text/csv", SETS_CSV, "base64")),
  cc=["begum"],
  note="pupil surnames Cox, Sexton, Hancock, Titmuss, Dickinson, Gaylord (csv)")

# 056 ----------------------------------------------------------------------
M("flag", "racist_banter_new_pupil", "barraclough", ["holt"],
  "new lad in 7P", "2025-04-24 12:47:03",
  P("""Craig - you seen the new lad in 7P? Little Paki kid, Zayan something.
Absolutely rapid. Smoked everyone in the 100m in PE this morning,
including Josh Haigh.

Get him in the relay squad before athletics club nicks him. He'd take it
as a compliment, he's a good laugh.

Lee
"""),
  note="racial slur as 'banter' about a pupil")

# 057 ----------------------------------------------------------------------
PTA_MINUTES = """EXAMPLE SCHOOL PTA - MINUTES
Committee meeting, Tuesday 8 October 2024, 7pm, staffroom

Present: Sarah Whitely (Chair), Dick Hancock (Treasurer), Mel Hooker
(Secretary), Sue Marsden (staff liaison), 7 parents
Apologies: Mrs Ashworth

1. Treasurer's report
   Balance £3,412.18. Summer Fair raised £1,876. Dick thanked everyone who
   helped on the bottle tombola.

2. Christmas Fayre - Saturday 30 November, 11am-2pm
   Stalls agreed: tombola, bottle tombola (screw-top bottles only, no glass
   near the Nursery area), hook-a-duck (Mel), cake stall, Santa's grotto
   (Mr Lomas has kindly agreed again), "guess the name of the teddy",
   Year 5 beanbag-and-balls throw, second-hand uniform.
   Spotted dick and custard bake-off: judged by Mrs Sugden.

3. Sensory room
   The SEND Unit has asked for a ball pit, weighted blankets and a bubble
   tube. Quote £1,150. Agreed to fund half now, half from the Fayre.

4. AOB
   The Year 6 leavers' hoodies order needs to be in by 15 November.

Next meeting: Tuesday 12 November, 7pm.
"""
M("clean", "pta_minutes_oct", "marsden", ["pta"],
  "PTA minutes - 8 October", "2024-10-10 20:30:45",
  MIX(P(f"""Hi all,

Minutes from Tuesday attached. Please check your names are spelled right
and let Mel know of any corrections before I put them on the website.

Thanks for a lovely (and speedy!) meeting.

Sue

{sig('marsden', 'short')}
"""), ATT("PTA_minutes_2024-10-08.txt", "text/plain", PTA_MINUTES, "quoted-printable")),
  note="PTA minutes: Dick Hancock, Hooker, balls, spotted dick (txt)")

# 058 ----------------------------------------------------------------------
M("clean", "governors_minutes_rshe", "hartley", ["governors"],
  "Draft minutes - Full Governing Board 20 March", "2025-03-24 10:02:16",
  H("""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Governors,</p>
<p>Please find below the draft minutes of item 6 for checking before they are circulated in full. Comments to me by Friday please.</p>
<p><b>6. RSHE policy (annual review)</b></p>
<p>The Headteacher presented the updated Relationships, Sex and Health Education policy. Changes: the new statutory guidance; the primary phase now names body parts correctly from Year 1; and the consultation with parents held in February (142 responses).</p>
<p>Cllr Bellamy asked whether parents could withdraw their child from sex education in the secondary phase. The Headteacher confirmed that parents can request withdrawal from sex education (but not from Relationships Education, Health Education or the science curriculum) until three terms before the child turns 16, after which the pupil may choose to opt in.</p>
<p>Mr Cox asked how the school teaches about sexual orientation and gender identity. The DSL explained that it is taught in an age-appropriate way, with all families and faith perspectives treated with respect, and that homophobic, biphobic and transphobic language is recorded and followed up as bullying.</p>
<p>Governors <b>approved</b> the policy (proposed Mrs Sexton, seconded Revd Dick Parkin).</p>
<p>Kind regards,<br>Denise Hartley<br>Clerk to the Governors<br>Example School</p>
</div>
</body>
</html>
"""), mailer=OUTLOOK,
  note="governors' minutes: sex education, sexual orientation; names (HTML-only)")

# 059 ----------------------------------------------------------------------
M("flag", "traveller_slur_new_starters", "deakin", ["begum"],
  "New starters Mon - Y3 and Y5", "2025-01-09 11:51:29",
  P("""Nasreen,

Two new starters on Monday, Y3 and Y5, from the site off the ring road.
Typical pikey family - they'll be gone by Easter and we'll never see the reading books again, same as last time.

Do we have to do the full induction pack or can I just do the basics (photo, dinner money, medical)?

Ang
""", cte="quoted-printable"),
  note="ethnic slur against a Traveller family (QP)")

# 060 ----------------------------------------------------------------------
OUTLOOK_REPLY_PLAIN = f"""Dear Sam,

Thank you for your email, and I'm sorry that the process has been so
exhausting. You are right that the annual review paperwork was late from
the Local Authority, and I understand why you feel let down.

What I can do this week:
- I have chased the LA caseworker and asked for the draft amended EHCP by
  Friday 23 May.
- Example Pupil Two's support in the Unit carries on exactly as now in the
  meantime - nothing will be removed while the plan is being amended.
- I would like to meet you on Tuesday at 3.30pm (or another time that
  suits you) to go through the draft together.

I know this matters enormously to you. Please ring me on 01632 960000 if
it would be easier to talk.

Kind regards,
Bernadette Quayle
SENCO

From: Sam Carer <sam.carer@outlook.com>
Sent: 14 May 2025 22:13
To: Bernadette Quayle <b.quayle@example-school.org.uk>
Subject: EHCP review

I'm sick to death of this. Nobody at that school or the council gives a
shit about my kid. The LA are a bunch of useless bastards and you're no
better, the review was in March and I still have NOTHING.
"""
OUTLOOK_REPLY_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
<p class="MsoNormal">Dear Sam,</p>
<p class="MsoNormal">Thank you for your email, and I&#8217;m sorry that the process has been so exhausting. You are right that the annual review paperwork was late from the Local Authority, and I understand why you feel let down.</p>
<p class="MsoNormal">What I can do this week:</p>
<ul>
<li>I have chased the LA caseworker and asked for the draft amended EHCP by Friday 23 May.</li>
<li>Example Pupil Two&#8217;s support in the Unit carries on exactly as now in the meantime &#8211; nothing will be removed while the plan is being amended.</li>
<li>I would like to meet you on Tuesday at 3.30pm (or another time that suits you) to go through the draft together.</li>
</ul>
<p class="MsoNormal">I know this matters enormously to you. Please ring me on 01632 960000 if it would be easier to talk.</p>
<p class="MsoNormal">Kind regards,<br>Bernadette Quayle<br>SENCO</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Sam Carer &lt;sam.carer@outlook.com&gt;<br>
<b>Sent:</b> 14 May 2025 22:13<br>
<b>To:</b> Bernadette Quayle &lt;b.quayle@example-school.org.uk&gt;<br>
<b>Subject:</b> EHCP review</p>
</div>
<p class="MsoNormal">I&#8217;m sick to death of this. Nobody at that school or the council gives a shit about my kid. The LA are a bunch of useless bastards and you&#8217;re no better, the review was in March and I still have NOTHING.</p>
</div>
</body>
</html>
"""
M("clean", "outlook_reply_parent_swearing_below", "quayle", ["sam"],
  "RE: EHCP review", "2025-05-15 09:12:30",
  ALT(OUTLOOK_REPLY_PLAIN, OUTLOOK_REPLY_HTML), mailer=OUTLOOK,
  reply_to_id="AM9P195MB0998.sam@outlook.example",
  note="Outlook-style reply; parent's swearing only in the quoted original")

# 061 ----------------------------------------------------------------------
M("clean", "safeguarding_disclosure_record", "brierley", ["fairbrother"],
  "CONFIDENTIAL - safeguarding concern, Y4 (disclosure)", "2025-02-12 11:05:57",
  P(f"""Neil,

Logged on CPOMS as well, but sending as you asked so you have it straight
away.

Child: DW, 4B
Time/place: 10.40, guided reading group, classroom

Exactly what DW said, unprompted, while we were reading a story about a
dog: "My mum's boyfriend says I'm a fucking waste of space and he'll put
me in the shed again."

I said: "Thank you for telling me. I'm going to make sure the right people
know so we can help." I did not ask any further questions. DW went back to
reading and seemed calm.

I noticed when DW rolled up a sleeve at break that there is a bruise about
3cm across on the left forearm, yellowish. I did not ask about it.

I am in class all day; I can come to your office at 12.

Owen
"""),
  note="[unsure] DSL record quoting a child's exact words")

# 062 ----------------------------------------------------------------------
M("flag", "disability_slurs_swimming", "holt", ["pryce"],
  "swimming next term", "2025-03-28 14:02:12",
  P("""Gareth,

Please don't give me the retard group for swimming again next term. No
offence, but I didn't do a sports science degree to babysit the mongs from
the Unit. Put Lauren on it, she likes that sort of thing.

I'll happily take both Y8 groups instead.

Craig
"""),
  note="disability slurs about SEND pupils")

# 063 ----------------------------------------------------------------------
M("clean", "racist_incident_log_masked", "begum", ["fairbrother"],
  "Prejudice-related incident record - 9R, 3 February", "2025-02-04 08:20:33",
  P(f"""Neil,

Record for the prejudice-related incident log (for the LA return):

Date/time: Monday 3 February, 12.35, lunch queue (canteen)
Pupil responsible: JB (9R)
Pupil targeted: AM (9R)
Witnesses: two pupils (statements on CPOMS) and Mrs Lord (midday)

What was said (as reported by both witnesses, consistent): JB called AM a
"p***" and told him to "go back to where you came from".

Action taken:
- JB removed from the queue and brought to me. He admitted it.
- Fixed-term suspension, 1 day, agreed with the Head; restorative meeting on
  his return.
- Parents of both pupils phoned on the day.
- AM has been offered a check-in with Mr Barraclough each morning this week.

Nasreen

{sig('begum', 'short')}
"""),
  note="[unsure] racist incident record quoting a pupil's slur, masked")

# 064 ----------------------------------------------------------------------
M("clean", "send_profile_tourettes", "quayle", ["lister", "hussain", "whitaker"],
  "Pupil profile update - TS (8H), Tourette's", "2024-09-12 12:55:04",
  ALT(f"""Dear colleagues,

An update to TS's pupil profile now that the diagnosis has been confirmed.
TS has Tourette's syndrome and ADHD.

What you might see:
- Motor tics: blinking, shoulder shrugging, sometimes tapping.
- Vocal tics: throat clearing, sniffing, and occasionally a word or a
  short phrase. A minority of people with Tourette's have tics that
  include swearing or socially unacceptable words (coprolalia). At
  present TS's vocal tics are mild and don't include this, but tics
  change over time.

What to do:
- Tics are involuntary. Please don't sanction them, comment on them or
  ask TS to stop - it makes them worse.
- Let TS use the time-out card to go to the SEND Unit base if the tics
  are building up.
- Seat TS near the door and away from the middle of the room.
- Exams: separate room and rest breaks are in place.

TS and mum are happy for me to talk to 8H about Tourette's next week.

Thanks,
Bernie

{sig('quayle')}
"""),
  note="SEND profile: Tourette's, coprolalia described without words")

# 065 ----------------------------------------------------------------------
M("flag", "homophobic_slur_staff_panto", "wragg", ["staffroom"],
  "staff panto", "2024-11-29 13:27:50",
  P("""Who's signed up for the staff panto? I hear Callum's doing the Dame again.
Bit too convincing last year if you ask me, the big poof 😂

Gaz says he's already got the tights. Rehearsals Weds after school in the
drama studio apparently.

Jon
""", cte="8bit"),
  note="homophobic slur as staffroom joke")

# 066 ----------------------------------------------------------------------
M("clean", "oliver_twist_characters", "whitaker", ["7w-english@" + PUPILS],
  "Oliver Twist - character list for Monday", "2024-10-04 14:58:38",
  P(f"""Hi 7W,

Please learn these characters for Monday's quiz:

Oliver Twist - the orphan hero
Mr Bumble - the pompous beadle at the workhouse
Noah Claypole - bully at the undertaker's
Fagin - leader of the gang of child pickpockets
The Artful Dodger (Jack Dawkins) - Fagin's best pickpocket
Charley Bates - another of Fagin's boys (Dickens often calls him "Master
Bates" - yes, we all know, let's not spend the lesson on it)
Nancy - works for Fagin, but tries to help Oliver
Bill Sikes - violent criminal, Nancy's partner
Mr Brownlow - the kind gentleman who takes Oliver in

One more thing for the discussion: in the first edition Dickens calls
Fagin "the Jew" hundreds of times, and the character uses antisemitic
stereotypes. After complaints from a Jewish reader, Eliza Davis, Dickens
cut many of these in later editions. We'll talk about why that matters.

Miss Whitaker
"""),
  note="Dickens: 'Master Bates', Fagin 'the Jew' discussed")

# 067 ----------------------------------------------------------------------
M("clean", "u13_scunthorpe_tournament", "pryce", ["jane", "ali"],
  "U13 football - Scunthorpe tournament, Saturday 17 May", "2025-05-06 17:44:19",
  P(f"""Dear parents and carers,

Your child has been selected for the U13 squad for the regional
tournament in Scunthorpe on Saturday 17 May.

- Meet at school 7.45am; minibus leaves 8.00am sharp.
- First game 10.00am (v Penistone Juniors), then group games against
  Cleethorpes Town and Goole.
- Back at school by about 5pm, depending on how far we get!
- Kit: full school kit, shin pads, boots and astro trainers (3G pitches),
  plus a packed lunch, plenty of water, sun cream and a waterproof.

Please return the consent form and medical details by Friday.

Thanks,
{sig('pryce', 'parent')}
"""),
  note="place names: Scunthorpe, Penistone")

# 068 ----------------------------------------------------------------------
M("flag", "lesbian_slur_new_teacher", "marsden", ["holroyd"],
  "new PE teacher", "2024-09-06 15:38:47",
  ALT("""Karen,

Have you met the new PE teacher yet, Ms Rowe? Short hair, rugby shirt,
Doc Martens... Definitely a dyke, you can always tell. Not that there's
anything wrong with it lol.

Anyway, she's down for the breakfast club rota on Mondays from the 16th,
so you'll meet her then.

Sue
"""), mailer=OUTLOOK,
  note="homophobic slur about a colleague")

# 069 ----------------------------------------------------------------------
M("clean", "london_trip_cockfosters", "greenwood", ["jane", "sam"],
  "Y10 Drama London trip - travel details", "2025-03-04 18:21:54",
  ALT(f"""Dear parents and carers,

Final travel details for the Year 10 Drama trip to London on Wednesday 19
March (matinee of The Woman in Black).

- Coach leaves Park Row at 6.30am. Please be there by 6.15.
- The coach drops us at Cockfosters, at the end of the Piccadilly line, to
  avoid the central London traffic. We then take the Tube straight through
  to Covent Garden (about 50 minutes).
- Lunch in Covent Garden (bring a packed lunch or about £10).
- Matinee 3pm, then back on the Piccadilly line to Cockfosters for the
  coach at 6.30pm.
- We expect to be back at school at about 11pm. I'll send updates on the
  school app.

Students need their Oyster card or contactless (under-16s travel free
with a Zip card if they have one; otherwise we have group tickets).

Thank you,
Miss Greenwood

{sig('greenwood', 'parent')}
"""), mailer=OUTLOOK,
  note="place name: Cockfosters")

# 070 ----------------------------------------------------------------------
M("clean", "tectonics_fukushima_phuket", "priestley", ["10g-geography@" + PUPILS],
  "Tectonic hazards case studies – Tōhoku 2011 and the 2004 tsunami", "2024-12-05 15:33:08",
  P(f"""Year 10,

Your case-study revision sheet for the tectonic hazards test is on Teams.
Learn BOTH of these in detail:

1. Tōhoku earthquake and tsunami, Japan, 11 March 2011 (HIC)
   - magnitude 9.0, epicentre off the Tōhoku coast
   - tsunami waves up to 40 m; around 18,000 deaths
   - meltdown at the Fukushima Daiichi nuclear power plant
   - responses: early warning, sea walls, evacuation drills

2. Indian Ocean tsunami, 26 December 2004 (mostly LICs/NEEs)
   - magnitude 9.1, off Sumatra
   - around 230,000 deaths in 14 countries
   - worst hit: Banda Aceh (Indonesia), Sri Lanka, and Phuket and Khao Lak
     in Thailand, where many tourists were also killed
   - no warning system in the Indian Ocean at the time

Compare: why did fewer people die in Japan even though the tsunami there
was higher?

Mr Priestley
""", cte="base64"),
  note="geography: Fukushima, Phuket (base64 body, RFC 2047 subject)")

# 071 ----------------------------------------------------------------------
M("flag", "ageist_care_home_visit", "doyle", ["lees"],
  "Thursday", "2025-02-18 16:49:21",
  P("""Hannah,

Y6 are off to Park View care home again on Thursday to sing to the coffin
dodgers. Half of them fell asleep last time.

And old Mr Brannigan from the governors is coming with us, the senile old
git, so expect him to tell the kids about rationing for forty minutes.

Any chance you can swap my Friday duty? I'll need a lie down.

K
"""),
  note="ageist slurs about elderly residents and a governor")

# 072 ----------------------------------------------------------------------
M("clean", "y5_space_homework_uranus", "brierley", ["jane", "sam", "ali"],
  "Year 5 space homework", "2025-01-10 15:45:00",
  H(f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<p>Dear Year 5 families,</p>
<p>This half term our science topic is <b>Earth and Space</b>. For homework, each child has chosen (or been given) one planet to research and present to the class on <b>Friday 31 January</b>.</p>
<p>They should find out:</p>
<ul>
<li>its distance from the Sun and how long its year is</li>
<li>what it is made of (rocky or gas giant?)</li>
<li>how many moons it has</li>
<li>one amazing fact</li>
</ul>
<p>A few children have Uranus &ndash; astronomers usually say it <i>YOOR-uh-nus</i>, which might save some giggles at the front of the class! Fun fact: Uranus spins on its side.</p>
<p>Models are welcome but not required. Please no polystyrene balls bigger than a football, we have nowhere to store them.</p>
<p>Thank you,<br>Mr Brierley</p>
<p style="font-size:9pt;color:#666">Owen Brierley | Year 4 Teacher | Primary Science Lead<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</p>
</div>
</body>
</html>
"""),
  note="Y5 planets homework: Uranus (HTML-only)")

# 073 ----------------------------------------------------------------------
M("clean", "dt_order_bastard_files", "wragg", ["nuttall"],
  "DT workshop order - spring term", "2025-01-06 10:14:36",
  P(f"""Hi Gail,

Spring term workshop order below - all from the usual supplier (account
EXS-2231). Could you raise the PO this week?

- 2 x engineer's file sets, 250mm: bastard cut (flat, half-round, round),
  plus second cut and smooth in flat
- 1 x needle file set
- 5 m flame retardant fabric, black (for the Y9 textiles/lighting project)
- 200 x self-tapping screws, 4 x 20mm
- 1 box M6 nuts and bolts
- 10 x sheets 3mm acrylic, assorted colours
- 2 x replacement hacksaw blades packs (24 tpi)

Total should come to about £312 ex VAT.

Thanks,
Jon

{sig('wragg')}
"""),
  note="D&T order: 'bastard cut' files, 'flame retardant'")

# 074 ----------------------------------------------------------------------
M("flag", "sexist_slur_pta_parent", "nuttall", ["marsden"],
  "fayre float", "2024-11-27 12:34:10",
  P("""Sue,

That stuck-up bitch from the PTA (you know who - Range Rover, big
sunglasses) has been in AGAIN wanting to count the float with me because
she "doesn't trust the safe". I've told her, it's £250 in coins, same as
every year.

If she comes in on Friday I'm going on my lunch.

Gail
"""),
  note="sexist slur about a parent volunteer")

# 075 ----------------------------------------------------------------------
M("clean", "art_gallery_pissarro", "townend", ["11-art@" + PUPILS],
  "Gallery visit Thursday - Impressionism", "2025-02-25 13:40:00",
  ALT(f"""Hi Year 11 artists,

Reminder that on Thursday we're walking down to Leeds Art Gallery for your
Component 1 research. Meet in A3 at 9.00.

We're focusing on the Impressionist and Post-Impressionist rooms:
- Camille Pissarro - look at how he builds up light with short broken
  brush marks (his Paris boulevard scenes are in your booklet)
- Alfred Sisley - river scenes and skies
- Walter Sickert - the Camden Town paintings, for those of you doing
  interiors

Bring your sketchbook, a pencil case and your phone (for reference photos
only - no flash). Aim for at least four pages of studies.

Mr Townend
"""),
  note="art: Pissarro")

# 076 ----------------------------------------------------------------------
M("clean", "offas_dyke_fieldwork", "priestley", ["12-geography@" + PUPILS],
  "NEA fieldwork - Offa's Dyke / Knighton", "2025-05-20 10:18:22",
  P(f"""Year 12 geographers,

The NEA fieldwork residential is confirmed for 9-11 June, staying in
Knighton on the Welsh border.

Day 1: Knighton and the Offa's Dyke Centre; introduction to rural
rebranding and tourism along the Offa's Dyke Path National Trail.
Day 2: Data collection - footpath erosion transects along the dyke north
of Knighton, and visitor questionnaires in town.
Day 3: River Teme - channel measurements, then home.

Please start thinking about your own question. Last year's best ones were
about whether the National Trail actually brings money into Knighton.

Kit list and consent forms to follow.

Mr Priestley
"""),
  note="geography: Offa's Dyke")

# 077 ----------------------------------------------------------------------
M("flag", "religious_slur_contractor", "lomas", ["deakin"],
  "new cleaning crew", "2025-04-07 07:12:45",
  P("""Angela,

New cleaning contractor starts tonight. Four of them, 5pm-8pm. One of them's
a raghead, wears the full turban, so tell the nursery lot not to panic if
they see him in the corridor when they're locking up.

I've got their DBS numbers if you need them for the single central record.

Stuart
"""),
  note="religious/ethnic slur about a Sikh contractor")

# 078 ----------------------------------------------------------------------
M("clean", "mongol_empire_homework", "mistry", ["8r-history@" + PUPILS],
  "Y8 homework - the Mongol Empire", "2024-11-21 15:38:00",
  P(f"""Hi 8R,

Homework for next Thursday: create a one-page fact file on the Mongol
Empire. Include:

- Who was Genghis Khan (Temujin), and how did he unite the Mongol tribes?
- A map showing how big the empire was by 1279, under Kublai Khan (it
  stretched from Korea to Hungary).
- Two reasons the Mongols were so successful (think horses, archery,
  messengers, religious tolerance).
- One way the Mongol Empire is still remembered in Mongolia today.

Use the links on Teams, not random websites.

Mr Mistry
"""),
  note="history: Mongol Empire, Mongolia")

# 079 ----------------------------------------------------------------------
M("clean", "pancake_day_breakfast_club", "holroyd", ["jane", "sam", "ali"],
  "Shrove Tuesday at Breakfast Club!", "2025-02-27 15:22:17",
  P(f"""Dear parents and carers,

Next Tuesday (4 March) is Shrove Tuesday, so Breakfast Club is going
pancake mad!

- Pancakes with lemon and sugar, or banana, for everyone.
- At 8.15 we'll have our famous pancake race in the hall. The children
  will be tossing pancakes in (non-stick, child-sized!) pans. Prizes for
  the highest toss, the most flips and the best-dressed team.
- Pancakes are made with egg, milk and wheat flour. We will have a
  dairy-free and egg-free batch for children with allergies - please let
  me know by Friday if your child needs it.

Normal Breakfast Club prices apply. Doors at 7.45am as usual.

Karen

{sig('holroyd', 'short')}
"""),
  note="Pancake Day: tossing pancakes")

# 080 ----------------------------------------------------------------------
M("flag", "rude_reply_to_pupil_extension", "fitzgerald", ["23hwalker@" + PUPILS],
  "Re: extension request - history essay", "2025-03-14 17:30:02",
  P("""Harvey,

No. This is the third extension you've asked for this term, and "my laptop
died" is exactly what you said in October.

You're taking the piss. Get your shit together, hand in whatever you've got
by 9am on Monday, and come and see me at 8.40.

Mr Fitzgerald
"""),
  reply_to_id="PA4P192MB.hwalker@pupils.example-school.org.uk",
  note="rude reply to a sixth-form pupil")

# 081 ----------------------------------------------------------------------
M("clean", "coalfield_slag_heaps", "priestley", ["8t-geography@" + PUPILS],
  "Local study - the Yorkshire coalfield", "2025-06-05 14:02:45",
  P(f"""Year 8,

For our local study on the Yorkshire coalfield, please read the sheet on
Teams and answer questions 1-6.

Key words to learn:
- colliery / pit - a coal mine and its buildings
- pithead - the top of the shaft with the winding gear
- spoil heap (slag heap) - waste rock piled up near the pit. Many have now
  been landscaped into country parks (look up Anglers Country Park near
  Wakefield)
- Aberfan, 1966 - a spoil tip in South Wales collapsed onto a school,
  killing 116 children and 28 adults. We will talk about this carefully in
  the lesson.
- slag (from steelworks) - the waste left after smelting iron; it is now
  crushed and used in road building

Mr Priestley
"""),
  note="geography: slag heap")

# 082 ----------------------------------------------------------------------
M("clean", "marian_martyrs_faggots_firewood", "mistry", ["history"],
  "Y8 Tudors - Foxe's Book of Martyrs source pack", "2025-01-29 16:17:51",
  P(f"""Hi all,

For the Y8 lesson on Mary I and the Marian persecutions, the source pack
uses the original Foxe's Book of Martyrs account of Latimer and Ridley
(Oxford, 1555).

Heads-up on vocabulary: the source says the fire was built with
"faggots" - bundles of sticks or brushwood. That's the historical meaning
and it's in the glossary box. Please gloss it before students read the
source, and be ready to say calmly that the word is now also used as a
homophobic slur, which is never acceptable in our school. Then move on.

Key question for the lesson: "Bloody Mary" - fair nickname or Protestant
propaganda?

Ravi
"""),
  note="history source: 'faggots' = bundles of firewood")

# 083 ----------------------------------------------------------------------
M("flag", "clusterfuck_mis_migration", "cartwright", ["fairbrother"],
  "MIS migration - Sunday update", "2024-08-25 18:41:03",
  ALT(f"""Neil,

Quick update from the MIS migration weekend. Honestly it's a total clusterfuck.

- About half the secondary timetable didn't come across. Primary is fine.
- Parent contacts for the nursery are duplicated (everyone has two mums and two dads, which is going to cause fun with the text messages).
- The behaviour data from 2019-2022 is missing completely.

The supplier's weekend support line goes to voicemail. I'm in from 7am tomorrow and will ring them at 8. We should probably hold off telling staff to log in until lunchtime.

Phil

{sig('cartwright', 'short')}
""", pcte="quoted-printable"), mailer=OUTLOOK,
  note="IT vent to SLT; compound 'clusterfuck'")

# 084 ----------------------------------------------------------------------
M("clean", "food_practical_cock_a_leekie", "ibbotson", ["10-food@" + PUPILS],
  "Practical next week - ingredients list", "2025-01-16 14:48:29",
  ALT(f"""Hi Year 10,

Next week's practical is a Burns Night theme: cock-a-leekie soup with
bread rolls. Please bring, in a named container:

- 1 chicken thigh (or 100g shiitake mushrooms for the vegetarian version)
- 1 leek
- 1 carrot
- 4 prunes (traditional - trust me)
- a knob of butter (about 15g)
- a dash of Tabasco, if you like a bit of heat
- 1 chicken or vegetable stock cube

I'll provide the flour and yeast for the rolls.

If ingredients are a problem for any reason, come and see me by Friday and
I'll sort it - nobody misses a practical.

Mrs Ibbotson

{sig('ibbotson', 'short')}
""", hcte="base64"),
  note="food tech: cock-a-leekie, knob of butter, Tabasco, shiitake")

# 085 ----------------------------------------------------------------------
M("clean", "sats_week_reminder", "doyle", ["jane", "sam", "ali"],
  "SATs week - 12 to 15 May", "2025-05-07 16:05:00",
  P(f"""Dear Year 6 parents and carers,

Just a quick reminder that next week is SATs week. The children have worked
really hard and are well prepared, so please reassure them that all they
need to do is their best.

- Breakfast Club is free for all Y6 children next week, from 8am.
- Please make sure your child is in school by 8.40 every day - tests start
  at 9.15.
- They'll need a black pen, a pencil, a ruler and a rubber (we have
  spares).
- Early nights help more than extra revision!

Thank you for all your support this year.

Mr Doyle

{sig('doyle', 'parent')}
"""),
  note="ordinary: SATs reminder to parents")

# 086 ----------------------------------------------------------------------
M("flag", "shitshow_coach_reply_parent", "pryce", ["jane"],
  "Re: coach time?", "2025-06-11 09:04:36",
  P("""Hi Jane,

Sorry - honestly it's been a total shitshow with the coach company this
morning. They sent a 33-seater for 48 kids. We're now leaving at 10.15
instead of 9.30, so he'll be back about 5.30 rather than 4.45.

I'll put updates on the school app as we go.

Gareth

On Wed, 11 Jun 2025 at 08:51, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Pryce, is the coach still leaving at 9.30? Example Pupil One said
> there was a problem. Thanks, Jane
"""),
  reply_to_id="CAF3kx9.parent@mail.gmail.example",
  note="casual swearing in reply to parent ('shitshow')")

# 087 ----------------------------------------------------------------------
M("clean", "ucas_statement_reminder", "fitzgerald", ["23smoreno@" + PUPILS],
  "Personal statement - next draft", "2024-09-20 13:27:11",
  P("""Hi Sofia,

Thanks for the first draft of your personal statement - it's a really good
start. A few things for the next version:

- Your opening paragraph about the hospital work experience is strong. Keep
  it, but cut the quotation at the start.
- The section on your EPQ needs more on what YOU found out, not just the
  topic.
- You're about 400 characters over. The Duke of Edinburgh paragraph can go
  down to two sentences.

Internal deadline for medicine applicants is Friday 4 October. Come and
see me on Tuesday lunchtime if you want to talk it through.

Mr Fitzgerald
Head of Sixth Form
"""),
  note="ordinary: UCAS feedback to pupil")

# 088 ----------------------------------------------------------------------
ROTA_CSV = """Date,Session,Room,Exam,Lead invigilator,Invigilators
2025-05-12,AM,Main hall,Biology Paper 1,Mrs Cox,"Mr Hall, Ms Ahmed, Mrs Dyson"
2025-05-12,PM,Sports hall,Computer Science Paper 1,Mr Hall,"Mrs Dyson, Mr Sexton"
2025-05-13,AM,Main hall,English Literature Paper 1,Mrs Cox,"Ms Ahmed, Mrs Pickles, Mr Sexton"
2025-05-13,PM,Library,French Listening (access arrangements),Ms Ahmed,Mrs Pickles
2025-05-14,AM,Main hall,Maths Paper 1 (Higher & Foundation),Mr Hall,"Mrs Cox, Mrs Dyson, Mr Sexton, Mrs Pickles"
"""
M("clean", "invigilation_rota", "shaw", ["invig"],
  "Summer exams - invigilation rota v3", "2025-04-25 11:48:03",
  MIX(ALT(f"""Dear invigilators,

Attached is version 3 of the rota for the first week of the summer
series. Changes from v2 are the Tuesday afternoon French session and
Wednesday's maths (now five invigilators because of numbers).

Please arrive 30 minutes before the start of each session, and remember:
no phones or smart watches in the exam rooms, including yours.

Training refresher: Thursday 8 May, 2pm, main hall.

Thank you,
Lisa

{sig('shaw', 'short')}
"""), ATT("Invigilation_rota_wk1_v3.csv", "text/csv", ROTA_CSV, "7bit")),
  mailer=OUTLOOK,
  note="ordinary: invigilation rota (csv)")

# 089 ----------------------------------------------------------------------
M("clean", "cricket_nets_safety", "pryce", ["u15-cricket@" + PUPILS],
  "U15 cricket - nets Thursday and safety kit", "2025-04-23 12:17:49",
  P(f"""U15 squad,

Nets on Thursday, 3.20-5pm, outdoor nets if dry, sports hall if not.

Safety - no exceptions:
- Every batter wears a helmet, pads, gloves and a box. If you haven't got
  a box, buy one (about £6). We do not lend them out, for obvious reasons.
- We're using hard balls from now on.
- Anyone fielding at short leg or silly mid-off in matches wears a helmet.

For the bowlers: I'll be looking at line and length. A maiden over in the
nets is worth more to me than a wicket ball followed by four full tosses.

First fixture is away at Roundhay on Saturday 3 May.

Mr Pryce
"""),
  note="cricket: box, balls, maiden, silly mid-off")

# 090 ----------------------------------------------------------------------
M("flag", "christmas_do_crude_joke", "townend", ["staffroom"],
  "Staff Christmas do - who's in?", "2024-11-18 12:52:27",
  H("""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
<p>Hi all,</p>
<p>Christmas do is booked: <b>Friday 13 December</b>, upstairs at the Corn Exchange bar, 7.30 till late. &pound;25 deposit to Sue by the 29th, please.</p>
<p>Let&rsquo;s try to keep it a bit classier than last year, when Dave got so pissed he tried to shag the photocopier &#129315; (sorry Dave).</p>
<p>Mark</p>
</div>
</body>
</html>
"""),
  note="crude joke in staffroom mail (HTML-only)")


# ==========================================================================
# Writing
# ==========================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for n, m in enumerate(MSGS, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        data = build(n, m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        recips = [person(a)[1] for a in m["to"] + m["cc"]]
        rows.append([fname, m["label"], person(m["frm"])[1], " ".join(recips), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    nflag = sum(1 for r in rows if r[1] == "flag")
    nclean = len(rows) - nflag
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(nflag=nflag, nclean=nclean, total=len(rows)))
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean) to {OUT}")


README = """# Round 5 hold-out: obscene-language (BLIND)

**This corpus is blind. Never use it to tune, train or write rules for mailguard.**
It was written without reading the filter's code, rules, docs, examples or any
other tests, and nobody has run the filter on it while writing it. It is only for
measuring the filter once, honestly, after the rules are frozen.

## How it was made

Hand-written by a helper from the school's e-mail policy (staff must not use
obscene language, swear words, or make offensive comments on the grounds of
gender, race, disability, age, religion or sexual orientation), the school's
identity (an all-through school: nursery, primary Reception-Y6, secondary and
sixth form, breakfast club, SEND unit, PTA, governors; staff domain
example-school.org.uk, pupils at pupils.example-school.org.uk) and the parent
directory (the three parents in directory/parents.csv). All names, addresses,
mailboxes and organisations are fictional; outside organisations use
example.com/.org/.net; phone numbers are the school's own or Ofcom drama ranges.

Every message is a different situation written as real staff write: chatty
vents, replies to parents and suppliers, letters home, teaching notes,
minutes, logs. Formats vary: text/plain (7bit, 8bit, quoted-printable,
base64), multipart/alternative (Outlook/Gmail style), HTML-only, attachments
(csv, txt, html, pdf), RFC 2047 subjects.

## Regenerate

    python3 tests/holdout/round5/make_round5_obscene.py

Python 3.11 standard library only. Deterministic (fixed dates, Message-IDs and
MIME boundaries): running it twice gives byte-identical files.

## Counts

| expected | count |
|----------|-------|
| flag     | {nflag} |
| clean    | {nclean} |
| total    | {total} |

Of the clean messages, 55 are hard negatives (words or substrings a naive word
filter would catch) and 5 are ordinary mail (016, 025, 085, 087, 088).
Nine messages are marked `[unsure]`; all are clean judgement calls.

`labels.csv` columns: file, expected, sender, recipients (To + Cc, space
separated), note. Judgement calls are marked `[unsure]` in the note.

## Kinds of case

**flag** - the staff author's own words contain swearing, obscenity or a slur:
- plain: venting to colleagues, rude reply to a supplier, angry or casual
  replies to parents, rude reply to a pupil, crude staffroom jokes, compounds
  (clusterfuck, shitshow, knobhead, piss-take);
- slurs on each ground: race/ethnicity (incl. Gypsy/Traveller), religion,
  disability, age, gender, sexual orientation - mostly as "banter" about
  pupils, parents, colleagues or contractors;
- disguised: leetspeak, `*` masks, letters separated by `-`/`.`, repeated
  letters, Cyrillic look-alike letters, full-width letters, a zero-width space,
  HTML tags splitting a word, HTML numeric character references, a QP soft line
  break inside a word, a base64 body, a swear word only in an RFC 2047
  subject (base64, and split across two encoded-words);
- in attachments: csv, base64 txt, html.

**clean** - mostly hard negatives a naive word filter would trip on, plus some
ordinary mail:
- early years: phonics lists, nursery notes, an intimate-care note ("bum"),
  RSHE letter naming body parts correctly;
- names: Dick, Fanny, Assumpta, Gaylord, Hooker, Cox, Sexton, Titmuss,
  Shufflebottom, Dickinson;
- places: Scunthorpe, Penistone, Cockermouth, Great Cockup, Cockfosters,
  Offa's Dyke, Niger/Nigeria, Phuket, Fukushima, Uranus;
- nature, food, trades: tits, shags, cock blackbird, brood bitch, pussy
  willow, ox and ass, spotted dick, faggots (food and firewood), knob of
  butter, cock-a-leekie, ballcock/stopcock, bastard-cut files, flame
  retardant, slag heaps, tent erection, cocking a musket, tossing pancakes;
- curriculum: Wordsworth's "gay", LGBT+ inclusion, "queer" history, Chaucer,
  Shakespeare, Dickens ("Master Bates"), Duffy's Havisham, Larkin's
  "This Be The Verse", To Kill a Mockingbird (slur redacted), Nazi propaganda,
  KJV "ass", German false friends, biology (sperm, testes, ovaries), music
  (Dixit Dominus, Cum Sancto Spiritu, organ, bassoon), physics "retardation",
  the Spastics Society/Scope, "niggardly" withdrawn, Mongol Empire;
- records: behaviour log ("sniggered"), DSL disclosure record quoting a
  child's exact words, racist-incident record with the slur masked, a SEND
  profile about Tourette's;
- replies to parents where the swearing is only in the quoted parent text
  (`>` quoting and Outlook header-block quoting).
"""

if __name__ == "__main__":
    sys.exit(main())
