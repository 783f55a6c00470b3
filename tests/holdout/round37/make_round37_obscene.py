#!/usr/bin/env python3
"""Generate the round-37 blind hold-out corpus for the obscene-language module.

Setting: an 11-18 school on the Cornish coast.  Python 3.11 standard library only.
Writes .eml files, labels.csv and README.md into ./obscene-language/ next to this script.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice gives
byte-identical output.

    python3 make_round37_obscene.py
"""
import base64
import csv
import hashlib
import html
import io
import os
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PDOM = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
STAFF = {
    "pascoe": ("Tamsin Pascoe", "t.pascoe", "Head of Year 9"),
    "trewin": ("Jory Trewin", "j.trewin", "Teacher of PE | Surf Club"),
    "angove": ("Morwenna Angove", "m.angove", "Teacher of English"),
    "penrose": ("Kit Penrose", "k.penrose", "Head of Design & Technology"),
    "rowe": ("Demelza Rowe", "d.rowe", "Teacher of Science (Biology)"),
    "nance": ("Gareth Nance", "g.nance", "Teacher of Mathematics"),
    "office": ("Lowenna Jenkin", "office", "Office Manager"),
    "attendance": ("Bryony Kessell", "attendance", "Attendance Officer"),
    "carthew": ("Helen Carthew", "h.carthew", "Deputy Headteacher and Designated Safeguarding Lead"),
    "bolitho": ("Sion Bolitho", "s.bolitho", "Head of Geography"),
    "raman": ("Priya Raman", "p.raman", "Teacher of RE & Philosophy"),
    "hocking": ("Tom Hocking", "t.hocking", "Teacher of History"),
    "senco": ("Claire Tremayne", "senco", "SENCo"),
    "polglase": ("Mark Polglase", "m.polglase", "Site Manager"),
    "curnow": ("Ewan Curnow", "e.curnow", "Head of Sixth Form"),
    "chegwidden": ("Zoë Chegwidden", "z.chegwidden", "Head of Modern Languages"),
    "transport": ("Neil Sampson", "transport", "Transport Coordinator"),
    "head": ("Dr Annie Treloar", "head", "Headteacher"),
    "quick": ("Ben Quick", "b.quick", "Network Manager"),
    "oates": ("Kerensa Oates", "k.oates", "PSHE and RSE Lead"),
    "rickard": ("Steve Rickard", "s.rickard", "Head of Music"),
    "vingoe": ("Jess Vingoe", "j.vingoe", "Teacher of Food & Nutrition | Lifesaving Club"),
    "hughes": ("Rachel Hughes", "r.hughes", "Careers Lead"),
    "exams": ("Pauline Hosking", "exams", "Exams Officer"),
    "catering": ("Sue Laity", "catering", "Catering Manager"),
    "library": ("Ellie Berryman", "library", "Librarian"),
    "governance": ("Jan Roskilly", "governance", "Clerk to the Governors"),
    "hendy": ("Dr Piran Hendy", "p.hendy", "Head of Science"),
    "bray": ("Hannah Bray", "h.bray", "Teacher of Geography"),
    "kitto": ("Dan Kitto", "d.kitto", "Teacher of Business"),
    "keverne": ("Ross Keverne", "r.keverne", "DofE Manager"),
    "pearce": ("Lisa Pearce", "l.pearce", "Head of PE"),
    "nankervis": ("Alan Nankervis", "a.nankervis", "Head of English"),
    "cover": ("Jen Hosken", "cover", "Cover Manager"),
}


def s(key):
    name, local, _ = STAFF[key]
    return (name, f"{local}@{DOM}")


def role(key):
    return STAFF[key][2]


def lst(local, name):
    return (name, f"{local}@{DOM}")


ALLSTAFF = lst("staff", "All Staff")
TEACHERS = lst("teachers", "Teaching Staff")
SCIENCE = lst("science", "Science Department")
ENGLISH = lst("english", "English Department")
SLT = lst("slt", "Senior Leadership Team")
SFTUTORS = lst("sixthformtutors", "Sixth Form Tutors")
DSL = lst("dsl", "Safeguarding (DSL)")

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pup(code, name):
    return (name, f"{code}@{PDOM}")


Y13 = [pup("18nharvey", "Nathan Harvey"), pup("18rstephens", "Ruby Stephens"), pup("18cmoyle", "Caleb Moyle")]
Y12 = [pup("19etrembath", "Elowen Trembath"), pup("19ihichens", "Isla Hichens"), pup("19jwilliams", "Jago Williams")]
Y11 = [pup("20kpender", "Kieran Pender"), pup("20turen", "Tegen Uren"), pup("20ntonkin", "Noah Tonkin")]
Y10 = [pup("21lcarne", "Lily Carne"), pup("21fopie", "Finn Opie"), pup("21asymons", "Amber Symons")]
Y9 = [pup("22opengelly", "Ollie Pengelly"), pup("22frowse", "Freya Rowse"), pup("22mthomas", "Mason Thomas")]
Y8 = [pup("23peddy", "Poppy Eddy"), pup("23aretallack", "Alfie Retallack"), pup("23swearne", "Sienna Wearne")]
Y7 = [pup("24ematthews", "Evie Matthews"), pup("24jtrudgeon", "Jacob Trudgeon"), pup("24mkemp", "Maisie Kemp")]


# --------------------------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------------------------
def sig(key, style="full", closing="Kind regards"):
    name, local, r = STAFF[key]
    if style == "full":
        return f"{closing}\n\n{name}\n{r}\nExample School\nPark Row, LS1 4AP\nTel: 01632 960000\n"
    if style == "compact":
        return f"{name} | {r}\nExample School | 01632 960000 | LS1 4AP\n"
    if style == "block":
        return f"{name}\n{r}\nExample School, Park Row, LS1 4AP | 01632 960000\n"
    if style == "short":
        return f"{name}\n{r}\nExample School | 01632 960000\n"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------------------------
SB = "\x01"  # forced quoted-printable soft line break


def qp(text):
    """Quoted-printable encode text (UTF-8); SB forces a soft line break at that point."""
    out = []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for line in lines:
        toks = []
        for ch in line:
            if ch == SB:
                toks.append(None)
                continue
            o = ord(ch)
            if ch == "=" or o > 126 or (o < 32 and ch != "\t"):
                toks.append("".join("=%02X" % b for b in ch.encode("utf-8")))
            else:
                toks.append(ch)
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] is None:
                continue
            if toks[i] in (" ", "\t"):
                toks[i] = "=%02X" % ord(toks[i])
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
    return "\n".join(out) + "\n"


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def _chunks_for_ew(s, enc_len, limit):
    pieces, cur = [], ""
    for ch in s:
        if cur and enc_len(cur + ch) > limit:
            pieces.append(cur)
            cur = ""
        cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def ew_b(s):
    def enc(x):
        return "=?UTF-8?B?" + base64.b64encode(x.encode("utf-8")).decode("ascii") + "?="
    return "\n ".join(enc(p) for p in _chunks_for_ew(s, lambda x: len(enc(x)), 75))


def ew_q(s):
    def enc(x):
        o = ""
        for b in x.encode("utf-8"):
            c = chr(b)
            if c == " ":
                o += "_"
            elif b < 128 and (c.isalnum() or c in "!*+-/"):
                o += c
            else:
                o += "=%02X" % b
        return "=?utf-8?Q?" + o + "?="
    return "\n ".join(enc(p) for p in _chunks_for_ew(s, lambda x: len(enc(x)), 75))


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    if not name:
        return email
    if not name.isascii():
        return f"{ew_q(name)} <{email}>"
    if any(c in name for c in ',.()"'):
        return '"' + name.replace('"', '') + f'" <{email}>'
    return f"{name} <{email}>"


def fmt_addrs(lst_):
    return ",\n\t".join(fmt_addr(a) for a in lst_)


def addr_only(a):
    return a if isinstance(a, str) else a[1]


def is_bst(dt):
    def last_sunday(y, m):
        d = datetime(y, m, 31, 1, 0)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return d
    return last_sunday(dt.year, 3) <= dt < last_sunday(dt.year, 10)


def mkdate(sv):
    dt = datetime.strptime(sv, "%Y-%m-%d %H:%M:%S")
    off = 1 if is_bst(dt) else 0
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=off))))


def h(*parts):
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


_bcount = [0]


def boundary(style="outlook"):
    _bcount[0] += 1
    x = h("r37-obscene-boundary", str(_bcount[0]))
    if style == "outlook":
        return f"_000_{x[:16].upper()}{x[16:28].upper()}EURPRD02PRODOUT_"
    if style == "gmail":
        return "0000000000" + x[:16]
    if style == "apple":
        return "Apple-Mail=_" + x[:8].upper() + "-" + x[8:12].upper() + "-" + x[12:16].upper() + "-" + x[16:28].upper()
    return "----=_Part_" + str(int(x[:8], 16) % 100000) + "_" + str(int(x[8:16], 16))


# --------------------------------------------------------------------------------------------
# MIME part builders (raw text so every byte is under our control)
# --------------------------------------------------------------------------------------------
def leaf(text, subtype="plain", cte="7bit", charset=None, extra=None):
    if not text.endswith("\n"):
        text += "\n"
    if charset is None:
        charset = "us-ascii" if text.isascii() else "utf-8"
    if cte == "7bit":
        assert text.isascii(), "non-ASCII text in 7bit part: " + repr([c for c in text if ord(c) > 127][:5])
        assert all(len(l) < 990 for l in text.split("\n"))
        body = text
    elif cte == "8bit":
        body = text
    elif cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text.replace(SB, "").encode("utf-8"))
    else:
        raise ValueError(cte)
    hdrs = [("Content-Type", f'text/{subtype}; charset="{charset}"'), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return (hdrs, body)


def attach(filename, ctype, data, charset=None):
    ct = f'{ctype}; name="{filename}"'
    if charset:
        ct = f'{ctype}; charset="{charset}"; name="{filename}"'
    hdrs = [("Content-Type", ct),
            ("Content-Description", filename),
            ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}'),
            ("Content-Transfer-Encoding", "base64")]
    return (hdrs, b64(data))


def multipart(subtype, parts, style="outlook", preamble=False):
    bnd = boundary(style)
    hdrs = [("Content-Type", f'multipart/{subtype};\n\tboundary="{bnd}"')]
    body = "This is a multi-part message in MIME format.\n\n" if preamble else ""
    for ph, pb in parts:
        body += f"--{bnd}\n"
        body += "".join(f"{k}: {v}\n" for k, v in ph)
        body += "\n" + pb
        if not pb.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{bnd}--\n"
    return (hdrs, body)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            lead = len(line) - len(line.lstrip(" "))
            esc = html.escape(line.strip(" "), quote=False)
            if lead:
                esc = "&nbsp;" * lead + esc
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def html_gmail(text):
    lines = text.rstrip("\n").split("\n")
    out = ['<div dir="ltr">']
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(html.escape(lines[i][1:].lstrip(" "), quote=False))
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>\n".join(q) + "</blockquote>")
            continue
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>" + html.escape(line, quote=False) + "</div>")
        i += 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def alt(text, style="outlook", cte="quoted-printable", html_text=None):
    if html_text is None:
        html_text = html_outlook(text) if style == "outlook" else html_gmail(text)
    return multipart("alternative", [leaf(text, "plain", cte), leaf(html_text, "html", cte)], style)


def make_pdf(lines):
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --------------------------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------------------------
MESSAGES = []


def add(slug, expected, note, frm, to, subject, date, part, cc=None, subj_enc=None, mailer="outlook",
        in_reply_to=None):
    MESSAGES.append(dict(slug=slug, expected=expected, note=note, frm=frm, to=to, cc=cc or [],
                         subject=subject, date=date, part=part, subj_enc=subj_enc, mailer=mailer,
                         in_reply_to=in_reply_to))


def render(m):
    frm = m["frm"]
    hid = h("r37-obscene-msgid", m["slug"])
    if m["mailer"] == "iphone":
        msgid = f"<{hid[:8].upper()}-{hid[8:12].upper()}-{hid[12:16].upper()}-{hid[16:20].upper()}-{hid[20:32].upper()}@{DOM}>"
    else:
        msgid = f"<{hid[:40].upper()}@EX01.{DOM}>"
    subj = m["subject"]
    if m["subj_enc"] == "B":
        subj = ew_b(subj)
    elif m["subj_enc"] == "Q":
        subj = ew_q(subj)
    else:
        assert subj.isascii()
    hdrs = [("From", fmt_addr(frm)), ("To", fmt_addrs(m["to"]))]
    if m["cc"]:
        hdrs.append(("Cc", fmt_addrs(m["cc"])))
    hdrs += [("Subject", subj), ("Date", mkdate(m["date"])), ("Message-ID", msgid)]
    if m["in_reply_to"]:
        irt = "<" + h("r37-obscene-parent", m["slug"])[:32] + "@" + m["in_reply_to"] + ">"
        hdrs += [("In-Reply-To", irt), ("References", irt)]
    if m["mailer"] == "outlook":
        hdrs += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                 ("X-MS-Has-Attach", "yes" if "mixed" in m["part"][0][0][1] else ""),
                 ("X-Mailer", "Microsoft Outlook 16.0")]
    elif m["mailer"] == "iphone":
        hdrs += [("X-Mailer", "iPhone Mail (22E252)")]
    elif m["mailer"] == "web":
        hdrs += [("User-Agent", "Microsoft-OWA/16.0"), ("Content-Language", "en-GB")]
    hdrs.append(("MIME-Version", "1.0"))
    ph, pb = m["part"]
    hdrs += ph
    txt = "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n" + pb
    return txt.encode("utf-8")


# ============================================================================================
# FLAG messages (20)
# ============================================================================================
add("copier_repro", "flag", "staff-staff venting, plain 'fucking' about the copier",
    s("nance"), [s("penrose")], "Repro room", "2024-09-30 07:52:11",
    leaf("""Kit,

Is the fucking copier in repro broken again or is it just me? It's eaten two sets of Y10 mocks and now it's flashing "J-27" at me like I'm meant to know what that means. I've got them period 1.

Can I run them off on the one in your office if I bring my own paper? I'll owe you a coffee.

G
"""), mailer="outlook")

add("minibus_bay", "flag", "staff-staff, plain 'bellend' about a parked camper van, Outlook text+HTML",
    s("trewin"), [s("polglase")], "Minibus bay - again", "2024-10-09 15:31:40",
    alt("""Hi Mark,

Some bellend in a camper van has parked right across the minibus bay again and I can't get the surf club trailer out. Blue VW, boards on the roof, definitely not one of ours - I reckon they're down at Porthmeor for the day and thought they'd save on parking. I've put a note under the wiper.

We're meant to be at Gwithian for 4 and I've got 14 kids in wetsuits sitting in the changing rooms. Any chance you could come round with the keys to the side gate so I can take the trailer out that way? Otherwise I'll have to cancel and ring round all the parents.

Cheers
Jory

""" + sig("trewin", "compact")), cc=[s("transport")])

add("supply_agency", "flag", "reply to cover manager calling agency woman a 'twat', 'pissing about'; Outlook quoted thread",
    s("pascoe"), [s("cover")], "RE: Cover for 9T tomorrow?", "2025-03-05 15:50:02",
    alt("""Jen,

Nope, nobody. The agency rang at 8.40 to say their guy had "car trouble at Hayle" - third time this month. Honestly, the woman who runs that desk is a complete twat, she promised me faithfully on Friday she'd send someone who'd been here before. So I had 9T in the hall with Mr Hocking's group and half of them spent the hour pissing about with the stage curtains.

I'm going to raise it with Annie, but can we please stop using them after Easter? I'm happy to ring round the other agencies myself if it helps.

T

________________________________
From: Jen Hosken <cover@example-school.org.uk>
Sent: 04 March 2025 16:12
To: Tamsin Pascoe <t.pascoe@example-school.org.uk>
Subject: Cover for 9T tomorrow?

Hi Tamsin,

Did the agency ever come back to you about tomorrow? I've got nobody free P3-4 to take 9T if their supply doesn't turn up.

Thanks
Jen

""" + sig("cover", "block")), in_reply_to=DOM)

add("bus_to_parent", "flag", "to parent: 'total shitshow' about the bus; parent's message quoted below",
    s("transport"), [JANE], "Re: Number 9 bus this morning", "2024-11-12 10:15:27",
    leaf("""Dear Mrs Parent,

Thank you for your email, and I'm really sorry your daughter was left standing at Trevean Cross in the rain. To be honest it was a total shitshow this morning: the usual double-decker failed its checks at the depot, the replacement was a 33-seater, and the relief driver didn't know the Lamorna loop at all, so he missed three stops and came in on the main road instead.

I've spoken to the operator and they've promised the proper bus and the regular driver back from tomorrow. I've also asked them to confirm that in writing.

If it ever happens again, please ring the school office on 01632 960000 and we'll arrange for someone to collect her. She won't be marked late for today.

""" + sig("transport") + """
On Tue, 12 Nov 2024 at 08:47, Jane Parent <jane.parent@gmail.com> wrote:
> Hello,
>
> The number 9 bus didn't stop at Trevean Cross this morning. My daughter waited
> over half an hour and I had to drive her in myself, which made me late for work.
> Is it coming back this afternoon? Nobody has told us anything.
>
> Jane Parent
"""), in_reply_to="mail.gmail.com")

add("epq_draft", "flag", "[unsure] teacher to Y13 pupil: 'don't piss about' with referencing (mild, but own words to a pupil)",
    s("angove"), [Y13[0]], "EPQ draft", "2025-02-11 07:40:55",
    leaf("""Hi Nathan,

Read your draft last night. The chapter on the collapse of the pilchard fishery is genuinely good - the interview with your grandad really lifts it, and the bit about the Newlyn riots is exactly the kind of thing the moderator wants to see.

Two things though. Your referencing is all over the place again: half Harvard, half footnotes, and three sources with no dates at all. Please don't piss about with it this time. Pick Harvard and do it properly all the way through, because the moderator will notice. And your conclusion is basically your introduction again in different words - tell me what you actually found out.

Final deadline is Friday 21st. Come and find me in the library at lunch on Wednesday if you want to go through it.

Mrs Angove
"""))

add("fieldtrip_groups", "flag", "disability slur 'retard' about a Y8 pupil, staff-staff, Outlook text+HTML",
    s("hocking"), [s("bolitho")], "Loe Bar trip groups", "2025-01-22 16:20:18",
    alt("""Sion,

For the Loe Bar trip can you not put Tyler in my group please? Had him for a double this afternoon and honestly the kid is a total retard - spent forty minutes trying to balance a glue stick on his nose and then asked me if the Normans had mobile phones. Stick him with Claire's TA, she's got the patience of a saint.

Also do we need waders for the lagoon bit or just wellies? I'll tell mine either way.

Tom
"""))

add("boatshed_breakin", "flag", "ethnic slur 'pikeys' (Travellers) in site manager's report to DT head and Head",
    s("polglase"), [s("penrose"), s("head")], "Boat shed break-in over the weekend", "2025-04-28 07:35:44",
    leaf("""Kit, Annie,

Someone's been in the boat shed behind the DT block over the weekend. Padlock cut clean through. The outboard off the safety boat has gone, plus a coil of copper pipe, the big battery charger and two of the new paddles. The gig's fine, thankfully, and they didn't get into the container.

It'll be the pikeys from the lay-by out on the Polgrean road again, same as the February half-term one. I've reported it to the police this morning (crime ref to follow) and let the insurers know.

I'll get a proper closed-shackle lock and a new hasp on today and I'm going to ask about a camera on that corner. Kit, could you check whether any of the Y10 boat project stuff is missing? I couldn't tell what was meant to be there.

Mark

""" + sig("polglase", "short")))

add("ofsted_subject", "flag", "swearing only in the subject line ('Fuck.'), body is ordinary",
    s("curnow"), [s("carthew")], "Fuck. Ofsted call tomorrow?", "2024-11-19 16:48:03",
    leaf("""Helen,

Just heard from Annie's PA that the call might come tomorrow lunchtime. Can you and I sit down first thing and go through the sixth form attendance and destinations data? I haven't updated the tracker since half term and I'd rather not be found out in front of an inspector.

I'm in from 7.30.

Ewan
"""))

CSV_BEHAVIOUR = """date,pupil,class,incident,action,comment
04/11/2024,Mason Thomas,9S2,Late to lesson x3,Lunch detention,"Always last off the Route 3 bus, to be fair"
05/11/2024,Freya Rowse,9S1,Phone out in practical,Phone to office,Apologised straight away
06/11/2024,Kai Penberthy,9S2,No homework (3rd time),Homework club,"Lazy little shit, did nothing again and had his phone out twice"
11/11/2024,Ollie Pengelly,9S3,Talking over others,Warning then moved,Much better after the move
13/11/2024,Lacey Rodda,9S1,Refused to wear goggles,Removed from practical,Came back and did the write-up
18/11/2024,Kai Penberthy,9S2,Threw a pen lid,C2,Said it was an accident
25/11/2024,Mason Thomas,9S2,No equipment,Lent kit,Working hard once settled
02/12/2024,Dylan Berryman,9S3,Out of seat,Warning,Fine after that
"""

add("behaviour_log_csv", "flag", "teacher's own comment 'lazy little shit' inside a base64 CSV attachment; body clean",
    s("rowe"), [s("pascoe")], "Y9 science behaviour log - autumn 2", "2024-12-09 17:05:31",
    multipart("mixed", [
        leaf("""Hi Tamsin,

Here's the Y9 science behaviour log for this half term, ahead of Thursday's meeting. Mostly low-level stuff, a couple of repeat names you'll recognise. I've added a comments column so you've got the context.

Shout if you want the seating plans as well.

Demelza
""", cte="quoted-printable"),
        attach("Y9_science_behaviour_autumn2.csv", "text/csv", CSV_BEHAVIOUR.encode("utf-8"), charset="utf-8"),
    ]))

add("staffroom_fridge", "flag", "HTML-only all-staff email: 'Which wanker left the fridge open'",
    s("rickard"), [ALLSTAFF], "Staffroom fridge", "2025-01-06 08:10:26",
    leaf("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Morning all,</p>
<p>Which wanker left the staffroom fridge door open over the holidays? Everything in there is now warm and grey, including the milk, three people's yoghurts and what I think used to be a crab sandwich. I've binned the lot and given it a wipe, but it still smells like the fish quay at low tide.</p>
<p>Please just push the door until it clicks. That's all it takes.</p>
<p>Steve</p>
<p style="color:#555555;font-size:9pt">Steve Rickard<br>
Head of Music<br>
Example School | Park Row | LS1 4AP | 01632 960000</p>
</body>
</html>
""", "html", "quoted-printable"), mailer="web")

add("parents_evening", "flag", "masked swearing 'f*cking' and 'sh!t', staff-staff; sender name RFC 2047 encoded",
    s("chegwidden"), [s("raman")], "last night", "2025-03-14 07:21:09",
    leaf("""Priya,

What an absolute f*cking shambles of a parents' evening. Half my Y11 appointments were double-booked by the system, the heating in the sports hall was off, and I had one dad tell me French was "no use on a trawler". (I did point out the trawler he works on lands half its catch in Roscoff.) Got home at 9.40 and realised I'd left my planner on table 14.

Did you get out any earlier? Need coffee and a moan before briefing.

Also the new booking software is sh!t and I'm putting that in the feedback form in exactly those words.

Z x
"""))

add("comp_fees", "flag", "leetspeak 'b0ll0cks' from teacher to Y12 pupil (surf club captain), Gmail-style reply",
    s("trewin"), [Y12[0]], "Re: Comp entry fees", "2025-05-06 19:12:48",
    alt("""Hi Elowen,

Yeah I saw their email. £35 a rider for the juniors is b0ll0cks when it was £15 last year, and they've only gone and moved it to Fistral on the same weekend as the lifesaving champs. I'm going to ring the organiser in the morning.

Don't say anything to the team yet. If it stays at 35 I'll ask the PTA if they'll cover half like they did for the gig regatta.

Mr T

On Tue, 6 May 2025 at 17:40, Elowen Trembath <19etrembath@pupils.example-school.org.uk> wrote:
> Hi sir, have you seen the entry fees for the Cornwall schools comp? Some of the
> Y8s are saying they can't do it now. Is school paying for any of it?
> Elowen
""", style="gmail"), mailer="web", in_reply_to=DOM)

add("pool_booking", "flag", "repeated letters 'Fuuuuuck' and 'biiitch' (gendered) about leisure-centre staff, 8bit",
    s("vingoe"), [s("office")], "pool booking!!", "2024-10-14 21:03:37",
    leaf("""Lowenna,

Fuuuuuck. I forgot to confirm the pool booking for Tuesday lifesaving and the leisure centre have given our slot to aqua aerobics. The woman on the desk was a right biiitch about it too - said "rules are rules" and put the phone down on me.

Could you ring them first thing with your lovely office voice? We need 5-6pm, lanes 1 to 3, 18 kids plus me and two helpers. Their bookings line is 01632 960418.

Sorry!!! I owe you a saffron bun.

Jess
""", cte="8bit", charset="utf-8"), mailer="iphone")

add("coast_road", "flag", "spaced-out letters 't w a t s' about council highways, staff-staff",
    s("transport"), [s("polglase")], "Coast road closure from Monday", "2025-02-27 18:30:50",
    leaf("""Mark,

FYI the council are shutting the B3315 at Lamorna from Monday for "emergency resurfacing" - two weeks, zero notice to us. Routes 9, 12 and 14 are all affected and the diversion adds about 25 minutes. The t w a t s at highways didn't even email the school, I found out from one of the drivers at the depot.

I'm redoing the pick-up times tonight and the office will text parents tomorrow. Could you make sure the top gate is open by 7.45 from Monday so the buses can turn in there instead of backing out onto the main road?

Cheers
Neil
"""))

add("route4_lates", "flag", "'arsehole' with Cyrillic homoglyphs (а, е) about a bus driver, 8bit UTF-8",
    s("attendance"), [s("transport")], "Lates from Route 4", "2024-11-26 14:22:15",
    leaf("""Hi Neil,

Route 4 was late again this morning (in at 9.12), which is the fourth time this fortnight, and it's dragging our Y8 punctuality figures right down. Two of the children said the driver stopped at the garage in Helston for a pasty and a fag while they waited on the bus.

He's also been an absolute \u0430rs\u0435hole to the two Porthleven girls - told them to "shut it or walk" when they asked why they were stopping. Both their mums have rung me and one of them is talking about complaining to the council.

Could you raise it with the operator? I can send the registers for the last two weeks if they want evidence of the times.

Thanks
Bryony

""" + sig("attendance", "block"), cte="8bit"))


def fw(t):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in t)


add("rse_dropdown", "flag", "full-width letters 'pissed off' and 'shite', HTML-only base64, staff-staff",
    s("oates"), [s("senco")], "Y10 drop-down day", "2025-06-11 07:55:42",
    leaf(f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">
<div dir="ltr">Claire,</div>
<div dir="ltr"><br></div>
<div dir="ltr">I'm so {fw("pissed off")}. The external provider cancelled the Y10 drop-down day at 4pm yesterday - for the second time this term - and SLT's answer is "just show them a video in tutor time". The whole thing is {fw("shite")}.</div>
<div dir="ltr"><br></div>
<div dir="ltr">Quick question: your two Y10s with LSAs - do they still need the quiet room if we end up running it in tutor groups instead of the hall? I'll book it anyway if so.</div>
<div dir="ltr"><br></div>
<div dir="ltr">K</div>
<div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div></div>
</body></html>
""", "html", "base64"), mailer="iphone")

add("ehcp_review", "flag", "SENCo to parent: 'bollocks' with a zero-width space inside, quoted-printable",
    s("senco"), [SAM], "EHCP annual review - update", "2025-01-30 16:40:20",
    leaf("""Dear Sam,

Thank you for coming in on Tuesday, it was really helpful to go through everything together.

I've chased the county SEN team again about the annual review paperwork. It's now eleven weeks since we sent it off and they still haven't issued the amended plan, which frankly is bol\u200blocks, and I've told them so (slightly more politely than that).

In the meantime we'll carry on with everything in the draft: the laptop for extended writing, the exit pass for when things get too loud, and the Tuesday and Thursday morning sessions with Mrs Uren. I've also let his tutor know about the new bus arrangements so he can sit near the front.

I'll ring you as soon as I hear anything. If you need me before then my direct line is 01632 960047.

""" + sig("senco", "full", "Best wishes"), cte="quoted-printable"))

add("sims_down", "flag", "Outlook HTML-only: 'f</span><span>&#117;cking' and 'bas</span><span>tards' split by tags/entity",
    s("quick"), [s("office")], "SIMS / internet down", "2024-12-03 08:24:57",
    leaf(OUTLOOK_HEAD + """<p class=MsoNormal><span style='color:#1F3864'>Lowenna,<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'>SIMS is down because the f</span><span style='color:#1F3864'>&#117;cking broadband line from the council has gone again (since 8.15). Registers will have to be on paper this morning &#8211; I&#8217;ve printed them and they&#8217;re in the pigeonholes.<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'>The bas</span><span lang=EN-US style='color:#1F3864'>tards at the ISP are saying &#8220;up to four hours&#8221;. I&#8217;ll send an all-staff once I know more. Can you let the front desk know not to promise anyone a callback that needs SIMS?<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='color:#1F3864'>Ben<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>Ben Quick | Network Manager<br>Example School | 01632 960000 | LS1 4AP<o:p></o:p></span></p>
</div>
</body>
</html>
""", "html", "quoted-printable"))

add("new_drama_teacher", "flag", "homophobic slur 'poofter' split by a quoted-printable soft line break, staff-staff",
    s("hocking"), [s("nance")], "Re: new drama teacher", "2024-09-17 20:11:33",
    leaf("""Ha, fair enough. He seems alright actually - bit of a poof""" + SB + """ter with the scarf and calling everyone "darling", but the Y8s love him already and he's offered to help with the panto, so I'm not complaining.

Are you on the boat this weekend? If not, pint at the Star on Friday?

T

On 17 Sep 2024, at 19:02, Gareth Nance <g.nance@example-school.org.uk> wrote:
> Have you met the new drama guy yet? Sat next to him at the INSET lunch and he
> talked at me for 40 mins about Kneehigh. Nice enough but I'm knackered.
> G
""", cte="quoted-printable"), mailer="iphone", in_reply_to=DOM)

add("sports_day_rota", "flag", "RFC 2047 base64 subject 'what a load of shite' plus base64 body, staff-staff from phone",
    s("bolitho"), [s("trewin")], "Sports day rota \U0001F644 what a load of shite", "2025-06-24 21:47:12",
    leaf("""Just seen the rota. I'm on the long jump pit all day AND marshalling the 1500m, and I've got the Y9 Bude trip paperwork the day before. Whoever wrote this has clearly never stood in a sand pit for six hours in July. Absolute shite.

Can we swap? You take the pit and I'll do the relay changeovers and the PA. I'll even bring the gazebo.

Sion

Sent from my iPhone
""", cte="base64", charset="utf-8"), subj_enc="B", mailer="iphone")

# ============================================================================================
# CLEAN: everyday school mail (30)
# ============================================================================================
add("late_bus_clubs", "clean", "everyday: office letter to parents about the Thursday late bus",
    s("office"), [JANE, SAM, ALI], "Late bus for after-school clubs from Thursday 19 September",
    "2024-09-12 13:30:05",
    alt("""Dear Parents and Carers,

We're pleased to say the Thursday late bus is running again this year, starting on Thursday 19 September. It's there so that students on the longer routes can stay for surf club, lifesaving, gig rowing and the other after-school clubs without someone having to drive in to collect them.

The late bus leaves the main gate at 5.15pm and runs two routes:

  West: Newlyn, Mousehole, Paul, St Buryan, Crows-an-Wra, Sennen, St Just, Pendeen
  East: Penzance, Long Rock, Marazion, Hayle, Connor Downs

Places must be booked by 12 noon each Tuesday using the form on the school app, so we can tell the operator how many seats we need. If a student is booked on and then doesn't need the bus, please let the office know so we don't wait for them.

Students who don't live on either route can still stay, but will need to be collected from the main gate by 5.30pm.

Any questions, please ring the office on 01632 960000.

Kind regards

Lowenna Jenkin
Office Manager
Example School
Park Row, LS1 4AP
01632 960000 | office@example-school.org.uk
"""))

add("absence_reply", "clean", "everyday: attendance reply to parent about illness absence",
    s("attendance"), [JANE], "Re: Absence today", "2024-10-07 09:02:44",
    leaf("""Dear Ms Parent,

Thank you for letting us know. I've recorded today's absence as illness. I hope she feels better soon - there's a sickness bug going round Year 8 at the moment, so she's definitely not the only one.

If she needs to be off for more than two days, please ring the absence line on 01632 960000 (option 1) each morning, and we may ask for a note from the GP if it goes beyond a week. Any work she misses will be on Teams.

Kind regards

Bryony Kessell
Attendance Officer
Example School, Park Row, LS1 4AP

On Mon, 7 Oct 2024 at 07:31, Jane Parent <jane.parent@gmail.com> wrote:
> Morning, she's been up half the night being sick so won't be in today.
> Hopefully back tomorrow. Jane
"""), in_reply_to="mail.gmail.com")

add("porthleven_homework", "clean", "everyday: geography homework reminder to Y9 pupils",
    s("bolitho"), Y9, "9G2 homework - Porthleven sea defences", "2024-10-01 15:40:19",
    leaf("""Hi 9G2,

Quick reminder that your homework is due in on Thursday:

1. An annotated photo of the Porthleven harbour and sea wall (use the one on Teams if you weren't on the trip).
2. About 150 words on whether the defences there are hard or soft engineering, and whether they're worth the cost.

Use at least four key terms: erosion, longshore drift, revetment, groyne, managed retreat, cost-benefit.

Mr Bolitho
"""))

EDEN_PDF = make_pdf([
    "Example School - Year 8 Science trip to the Eden Project",
    "Friday 16 May 2025",
    "",
    "Student name: ........................................  Tutor group: ..........",
    "",
    "I give permission for my child to attend the trip to the Eden Project.",
    "Coach departs 8.15am, returns approx. 4.30pm. Cost GBP 12 via ParentPay.",
    "",
    "Medical needs / allergies: ..................................................",
    "Medication to be carried: ...................................................",
    "Emergency contact number on the day: ........................................",
    "",
    "[ ] My child receives free school meals and needs a packed lunch from school",
    "",
    "Signed (parent/carer): ............................  Date: .................",
    "",
    "Please return to your child's tutor by Friday 9 May.",
    "Example School, Park Row, LS1 4AP - 01632 960000",
])

add("eden_trip", "clean", "everyday: Y8 trip letter to parents with PDF consent form",
    s("rowe"), [JANE, SAM, ALI], "Year 8 Science trip to the Eden Project - Friday 16 May", "2025-04-29 12:00:41",
    multipart("mixed", [alt("""Dear Parents and Carers,

As part of the Year 8 unit on ecosystems and plant adaptations, we are taking the whole year group to the Eden Project near St Austell on Friday 16 May.

Students will spend the morning in the Rainforest and Mediterranean Biomes completing a workbook on adaptations, and in the afternoon they will take part in a soil and decomposition workshop run by Eden's education team.

  - Coaches leave school at 8.15am (please be in the hall for registration at 8.00am)
  - We expect to be back at approximately 4.30pm
  - Cost: £12, payable on ParentPay by Friday 9 May
  - Students need a packed lunch, a drink, a waterproof and comfortable shoes. Uniform is not required, but sensible clothing is.

Students who receive free school meals will be given a packed lunch from the canteen - please tick the box on the form.

The consent and medical form is attached. Please return it to tutors by Friday 9 May. If the cost is a problem, please contact me in confidence and we will help.

""" + sig("rowe")),
        attach("Y8 Eden Project trip - consent form.pdf", "application/pdf", EDEN_PDF)]),
    cc=[s("hendy")])

add("lifeboat_pager", "clean", "everyday: lifeboat pager, cover request from phone (base64 body)",
    s("nance"), [s("cover")], "Pager - need cover P3 and P4", "2025-02-04 10:21:06",
    leaf("""Jen - pager's just gone, I'm on the boat. Need cover P3 (10M2, room M4, work is on Teams under "Ratio and proportion - lesson 6") and probably P4 Y12 (they can crack on with the mechanics past paper in the folder on my desk).

Will let you know as soon as we're back in.

Gareth

Sent from my iPhone
""", cte="base64", charset="utf-8"), mailer="iphone")

add("surf_club_join", "clean", "everyday: PE reply to carer about joining surf club, Outlook quoted thread",
    s("trewin"), [SAM], "RE: Surf club", "2025-01-08 17:15:30",
    alt("""Dear Sam,

Thanks for asking about surf club - we'd be really pleased to have him.

Sessions run every Wednesday after school from late April until the October half term, at Gwithian or Godrevy depending on the conditions. The minibus leaves from the sports hall at 3.25pm and we're back at school by 5.45pm. The late bus only runs on Thursdays, so on Wednesdays he'd need collecting, I'm afraid.

Before his first session he'll need to do the 25 m swim and tread-water check at the leisure centre. We run these on the first two Mondays of the summer term; I've put his name down for Monday 28 April.

We provide boards and wetsuits (5/4 mm in spring - the water is still around 11 degrees). He'll need a towel, a warm hat for afterwards, a drink and something to eat. All sessions are led by me and a qualified surf coach, with a lifeguard on the beach.

We ask for £4 a session towards fuel, which you can pay on ParentPay. If that's a problem just let me know quietly.

The consent form is on the school app under Clubs > Surf Club.

Best wishes

""" + sig("trewin", "compact") + """
________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 07 January 2025 21:40
To: Jory Trewin <j.trewin@example-school.org.uk>
Subject: Surf club

Hi Mr Trewin, he's been going on about surf club since September. Is it too late to join, and what does he need? He's not the strongest swimmer. Thanks, Sam
"""), in_reply_to="outlook.com")

NEWS_TEXT = """EXAMPLE SCHOOL NEWSLETTER
Friday 7 February 2025

FROM THE HEADTEACHER
What a fortnight. Thank you to every family for your patience during last week's storm closure. Our site team were in at 5am clearing the drive, and the bus operators did brilliantly to get everyone home safely on the Friday afternoon when the wind picked up earlier than forecast. We will always make a closure decision by 6.30am and post it on the app, the website and local radio.
Dr Annie Treloar

LIFEBOAT LAUNCH
Congratulations to Mr Nance, our maths teacher, who was part of the volunteer crew that went out on Tuesday to a fishing boat with engine failure off Cape Cornwall. All three fishermen were brought safely into Sennen. Mr Nance was back teaching Year 10 by period 4.

YEAR 11 MOCKS
Mock results will be handed out in sealed envelopes on Monday 24 February. Please go through them together at home; the Year 11 progress evening is on Thursday 6 March.

GIG ROWING
Our Year 9 girls' crew came second in the winter series race at Newquay last Saturday, in a sea Mr Trewin described as "lively". Well done to all six rowers and their cox.

KERNEWEK CLUB
Dydh da! The Cornish language club meets on Mondays at lunchtime in room H2. All welcome, no experience needed.

DATES FOR THE DIARY
Mon 17 - Fri 21 Feb: half term
Mon 24 Feb: Year 11 mock results
Wed 5 Mar: St Piran's Day - Cornish black and gold welcome
Thu 6 Mar: Year 11 progress evening

LOST PROPERTY
We have a mountain of unnamed black hoodies and more than twenty odd trainers. Anything not collected by half term will go to the PTA second-hand sale.

Example School | Park Row | LS1 4AP | 01632 960000 | office@example-school.org.uk
"""

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Example School Newsletter</title>
</head>
<body style="margin:0;padding:0;background:#eef3f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef3f6;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1d2b36;">
<tr><td style="background:#0b3d5c;color:#ffffff;padding:18px 24px;">
<h1 style="margin:0;font-size:24px;">Example School Newsletter</h1>
<p style="margin:4px 0 0 0;">Friday 7 February 2025</p>
</td></tr>
<tr><td style="padding:20px 24px;">
<h2 style="color:#0b3d5c;font-size:18px;">From the Headteacher</h2>
<p>What a fortnight. Thank you to every family for your patience during last week&#39;s storm closure. Our site team were in at 5am clearing the drive, and the bus operators did brilliantly to get everyone home safely on the Friday afternoon when the wind picked up earlier than forecast. We will always make a closure decision by 6.30am and post it on the app, the website and local radio.</p>
<p><em>Dr Annie Treloar</em></p>
<h2 style="color:#0b3d5c;font-size:18px;">Lifeboat launch</h2>
<p>Congratulations to Mr Nance, our maths teacher, who was part of the volunteer crew that went out on Tuesday to a fishing boat with engine failure off Cape Cornwall. All three fishermen were brought safely into Sennen. Mr Nance was back teaching Year 10 by period 4.</p>
<h2 style="color:#0b3d5c;font-size:18px;">Year 11 mocks</h2>
<p>Mock results will be handed out in sealed envelopes on Monday 24 February. Please go through them together at home; the Year 11 progress evening is on Thursday 6 March.</p>
<h2 style="color:#0b3d5c;font-size:18px;">Gig rowing</h2>
<p>Our Year 9 girls&#39; crew came second in the winter series race at Newquay last Saturday, in a sea Mr Trewin described as &ldquo;lively&rdquo;. Well done to all six rowers and their cox.</p>
<h2 style="color:#0b3d5c;font-size:18px;">Kernewek club</h2>
<p><strong>Dydh da!</strong> The Cornish language club meets on Mondays at lunchtime in room H2. All welcome, no experience needed.</p>
<h2 style="color:#0b3d5c;font-size:18px;">Dates for the diary</h2>
<ul>
<li>Mon 17 &ndash; Fri 21 Feb: half term</li>
<li>Mon 24 Feb: Year 11 mock results</li>
<li>Wed 5 Mar: St Piran&#39;s Day &ndash; Cornish black and gold welcome</li>
<li>Thu 6 Mar: Year 11 progress evening</li>
</ul>
<h2 style="color:#0b3d5c;font-size:18px;">Lost property</h2>
<p>We have a mountain of unnamed black hoodies and more than twenty odd trainers. Anything not collected by half term will go to the PTA second-hand sale.</p>
</td></tr>
<tr><td style="background:#0b3d5c;color:#ffffff;padding:12px 24px;font-size:12px;">
Example School | Park Row | LS1 4AP | 01632 960000 | <a href="mailto:office@example-school.org.uk" style="color:#ffffff;">office@example-school.org.uk</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""

add("newsletter_feb", "clean", "everyday: HTML newsletter to parents (mentions 'cox' of a gig crew)",
    s("office"), [JANE, SAM, ALI], "Example School Newsletter - Friday 7 February 2025", "2025-02-07 15:00:00",
    alt(NEWS_TEXT, html_text=NEWS_HTML, style="other"), mailer=None)

add("y12_interim_report", "clean", "everyday: head of sixth form reply to parent about report; Outlook quoted",
    s("curnow"), [ALI], "RE: Y12 interim report", "2025-01-17 12:45:58",
    alt("""Dear Mr Guardian,

Thank you for your email, and for getting in touch so quickly.

I've spoken to his Physics teacher. The E on the interim report reflects two missing practical write-ups (resistivity and the Young's modulus practical), not his test scores, which are sitting at a solid C with some B-grade answers. If he hands both in by the end of next week, Mrs Kneebone will update the grade before the next report.

On the weekend job: lots of our Year 12s work in the season, and a cafe job in Sennen over the winter is completely reasonable. Our guidance is no more than 12 hours a week during term time, and not late on a Sunday night. If he's doing more than that, it might be worth a conversation at home.

I'd be happy to meet with you both - I'm free after school on Tuesday or Thursday next week. Just let me know.

""" + sig("curnow") + """
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 January 2025 19:32
To: Ewan Curnow <e.curnow@example-school.org.uk>
Subject: Y12 interim report

Mr Curnow,

We got the interim report today and were surprised by the E in Physics as he says he's doing fine. He works at the cafe at Sennen on Saturdays and Sundays, could that be affecting things? Should we be worried?

Ali Guardian
"""), in_reply_to="btinternet.com")

add("science_minutes", "clean", "everyday: science department meeting notes to the department",
    s("hendy"), [SCIENCE], "Science dept meeting notes - 15 Jan", "2025-01-15 17:40:12",
    leaf("""Hi all,

Notes from tonight's meeting below. Thanks for staying on - I know it ran over.

Present: PH, DR, JK, MB, AW (SL sent apologies)

1. KS3 practical kit
Order goes in on Friday. Anything you need for Y7/8 practicals this term, add it to the spreadsheet on Teams by Thursday lunchtime. We are low on test tubes, universal indicator and 250 ml beakers.

2. Y11 required practicals
Tracker is up to date except 11S3. Please make sure every student has done the osmosis and the specific heat capacity practicals before the Easter holidays. Catch-up session Tuesday after school in S4.

3. Y7 rockpooling
Dates confirmed with the marine conservation group: 20 and 21 May, low tide around 11.00 both days. DR leading, need two more staff each day. Risk assessment is being updated - new section on the slipway.

4. Fume cupboards
Annual test is Monday 27 January. S2 and S5 will be out of action periods 1-3.

5. CPD
JK fed back from the ASE conference. Slides are on Teams. Worth a look at the session on retrieval practice in chemistry.

6. AOB
- Please don't leave the dataloggers charging over the weekend.
- Gareth has asked if we can lend the weather station to the lifeboat crew for their open day in July. Fine by me.

Next meeting: Wednesday 5 February.

Piran

""" + sig("hendy", "block")))

add("summer_jobs_permits", "clean", "everyday: careers lead to Y10/11 pupils about holiday jobs and permits",
    s("hughes"), [Y11[0], Y11[1], Y10[0], Y10[2]], "Summer jobs - if you're under 16 you need a work permit",
    "2025-05-20 11:10:37",
    alt("""Hi all,

Lots of you have asked about summer jobs, and with the season starting it's a good time to get organised. Cafes, ice-cream kiosks, campsites, surf schools and the harbour shops are all taking people on.

If you're still of compulsory school age (which for Year 11 means until the last Friday in June), the rules are:

  - your employer must apply to the council for a child employment permit before you start;
  - there are limits on how many hours you can work, and when (not before 7am or after 7pm);
  - you must have proper breaks, and at least two weeks of the summer holiday completely off.

The exact hours depend on your age, so check the council's page before you agree to anything. If an employer tells you that you don't need a permit, that's a warning sign - come and talk to me.

Year 11s, once you've officially left at the end of June things change, but please still let me know where you're working so I can update your destinations record.

I'm in the careers office (next to the library) every lunchtime if you want help with a CV or a covering letter.

""" + sig("hughes", "compact")))

add("dt_portfolio", "clean", "everyday: DT portfolio deadline reminder to Y10 pupils",
    s("penrose"), Y10, "Y10 DT - portfolio sections 1-3 due Friday", "2025-03-18 13:15:08",
    leaf("""Hi all,

Reminder that sections 1-3 of your design portfolio (context, research and specification) are due on Friday. Upload to the Y10 DT Team, one PDF please, not 40 separate photos.

If you were on the boatyard visit, use your own photos of the planking and the steam box in the research section and say what you learned from the shipwrights - that's exactly the primary research the exam board wants to see.

Anyone who's been off, come to D1 on Wednesday lunchtime and I'll help you catch up.

Mr Penrose
"""))

add("network_maintenance", "clean", "everyday: IT maintenance notice to all staff",
    s("quick"), [ALLSTAFF], "Network maintenance - Saturday 12 October", "2024-10-09 12:30:55",
    leaf("""Hi all,

The network will be down from 8am to roughly 2pm on Saturday 12 October while we replace the core switch in the server room. That means no Wi-Fi, no SIMS, no printing and no remote access to the shared drives for those hours.

Email and Teams will work as normal from home as they're cloud-based.

If you're planning to come in on Saturday (I know the Y11 art group are), please bring anything you need on a USB stick or in OneDrive.

Thanks
Ben

""" + sig("quick", "compact")))

add("shanty_choir", "clean", "everyday: music letter to parents about shanty choir performance",
    s("rickard"), [JANE, SAM], "Shanty choir at Penzance harbour - Saturday 14 June", "2025-05-30 16:00:29",
    alt("""Dear Parents and Carers,

Our Year 7-9 shanty choir have been invited to sing at the harbour day in Penzance on Saturday 14 June, alongside one of the local fishermen's choirs. It's a lovely event and a real honour to be asked.

  Meet: 10.30am at the bandstand on the Promenade (please don't come to school)
  Performance: 11.15am, about 20 minutes
  Finish: 11.45am - please collect your child from the bandstand
  Wear: school jumper, jeans or dark trousers, and sensible shoes (the harbour steps are slippery)

We'll be singing "South Australia", "Haul Away Joe" and, of course, "Trelawny". Please can singers practise the second verse of "Haul Away Joe" at home - we're still a bit wobbly on it.

Could you let me know by Friday 6 June whether your child can take part, by replying to this email.

Thank you

Steve Rickard
Head of Music
Example School
01632 960000
""", style="gmail"), mailer="web")

add("pasty_practical", "clean", "everyday: food tech ingredients list to Y9 pupils",
    s("vingoe"), Y9, "Pasty practical next Tuesday", "2024-11-21 14:50:03",
    leaf("""Hi 9F1,

Next Tuesday is the pasty practical. Please bring:

  - 250 g beef skirt (or extra veg if you're veggie - ask me about a cheese and onion version)
  - 1 medium potato
  - a chunk of swede (lots of Cornish families call it turnip - either name is fine)
  - half an onion
  - a container with a lid to take it home in

I'll provide the flour, fat, salt and pepper. We'll be making the pastry ourselves and practising the crimp - remember a proper Cornish pasty is crimped on the side, not the top, and the filling goes in raw.

If the ingredients are a problem for your family, see me before Friday and I'll sort it out, no questions asked.

Miss Vingoe
""", cte="8bit", charset="utf-8"))

add("exam_clash", "clean", "everyday: exams officer to Y11 pupil about a timetable clash",
    s("exams"), [Y11[0]], "Exam clash on Friday 16 May", "2025-04-24 10:05:14",
    leaf("""Dear Kieran,

You have a clash on the morning of Friday 16 May between GCSE Geography Paper 1 and GCSE Spanish Listening. This happens to a few students every year and it's nothing to worry about.

You will sit Spanish Listening first, at 9.00am in the main hall, then have a supervised break in the exams office, and sit Geography straight afterwards in room E3. You must not use your phone or talk to anyone during the break.

Your updated individual timetable has been uploaded to your Teams. Please check it carefully and let me know if anything else looks wrong.

Best wishes

""" + sig("exams", "block")))

add("brittany_exchange", "clean", "everyday: MFL letter to parent about exchange host family; RFC 2047 subject and sender name",
    s("chegwidden"), [JANE], "Échange Bretagne – your host family in Douarnenez", "2025-02-25 18:20:47",
    alt("""Dear Ms Parent,

I'm delighted to confirm that your daughter has been matched with a host family for this year's Year 8 exchange with the Collège des Sardiniers in Douarnenez.

Her exchange partner is Maëlle Kerhervé, who is 13 and also loves swimming and netball. Maëlle lives with her parents, Yann and Sophie, and her little brother, about ten minutes' walk from the port. Yann works at the fish auction, so there may be an early-morning visit to the criée on offer - a nice link with our Newlyn trip!

Key dates
  Sunday 23 March: depart Plymouth on the overnight ferry to Roscoff
  Monday 24 - Friday 28 March: school in Douarnenez and visits (including Océanopolis in Brest)
  Saturday 29 March: return to Plymouth, then coach back to school (approx. 4pm)
  June: Maëlle and her classmates visit us - dates to follow

There will be an information evening for parents on Tuesday 4 March at 6pm in the library, where we'll go through passports, the EHIC/GHIC card, spending money and what to pack. The Kerhervé family's contact details will be shared with you then.

Please don't hesitate to get in touch if you have any questions before then.

Meilleures salutations / Best wishes

Zoë Chegwidden
Head of Modern Languages
Example School
Park Row, LS1 4AP
01632 960000
"""), subj_enc="Q")

add("storm_procedure", "clean", "everyday: Head to all staff about weather warning and closure decisions",
    s("head"), [ALLSTAFF], "Weather warning Thursday - how closure decisions will be made", "2024-12-04 15:45:21",
    alt("""Dear colleagues,

The Met Office has issued an amber wind warning for the whole of Cornwall from 6am to 6pm on Thursday, with gusts of 70-80 mph possible on exposed coasts. I want everyone to know how we will make and communicate any decision.

- I will decide by 6.30am on Thursday after speaking to the bus operators and the county.
- The decision will go out by text, on the app, on the website and on local radio. Please don't ring the office before 7am.
- If we open, some coastal routes (particularly 9 and 14) may not run. Registers should be taken as normal and the attendance team will code affected students correctly.
- If we close, please set work on Teams for your Thursday classes by 9am. No live lessons are expected.
- Staff who live beyond Hayle or out past St Just should not put themselves at risk to get in. Tell your line manager and work from home.
- Colleagues who crew the lifeboat or are on the coastguard rescue team: if you're paged, go. Just text Jen on the cover phone when you can.

If we open and the wind picks up during the day, we may send students home early in bus-route order. Mark and the site team will be walking the site at first light to check for damage.

Thank you, as ever, for your flexibility.

Annie

""" + sig("head", "block")))

add("pe_bag_found", "clean", "everyday: short reply to carer about lost PE bag",
    s("trewin"), [SAM], "Re: Missing PE bag", "2024-10-16 16:05:50",
    leaf("""Hi Sam,

Good news - it turned up in the changing rooms at the leisure centre after Monday's swimming. I've left it at the school office with his name on it; he can pick it up at break tomorrow.

Jory Trewin
PE

On Wed, 16 Oct 2024 at 07:55, Sam Carer <sam.carer@outlook.com> wrote:
> Morning, he's lost his PE bag again (navy, Nike, his name is on the strap).
> Has anyone handed it in? Thanks
> Sam
"""), in_reply_to="outlook.com")

add("car_park_resurfacing", "clean", "everyday: site manager notice to staff",
    s("polglase"), [ALLSTAFF], "Car park resurfacing over half term", "2025-02-10 08:30:16",
    leaf("""Hi all,

Just a heads-up that the contractors will be resurfacing the main car park and relining the bus bay over half term (Monday 17 to Friday 21 February).

If you're coming in during the week, please park on the top playground - the gate will be open from 7am to 5pm. The bus bay will be coned off until the Sunday evening so it can cure.

Please make sure there's nothing left in the car park by 4pm on Friday 14th, including the surf club trailer (Jory) and the gig trailer (Kit). Anything left there will be in the way of the planer and I can't move it.

Thanks
Mark

""" + sig("polglase", "short")))

CSV_ACCESS = """candidate_no,name,tutor_group,arrangement,room
4012,Tegen Uren,11B,25% extra time,Main hall (front row)
4027,Noah Tonkin,11K,25% extra time; reader,Room E2
4033,Morgan Richards,11P,Word processor (spellcheck off),Library
4041,Kieran Pender,11B,Supervised rest breaks,Main hall (end of row)
4058,Isabel Pascall,11T,Separate room; 25% extra time,SEN base
4066,Charlie Bassett,11K,Scribe,Room E1
4071,Leah Couch,11P,Coloured overlay; 25% extra time,Main hall
"""

add("access_arrangements", "clean", "everyday: SENCo to teachers with CSV of exam access arrangements",
    s("senco"), [TEACHERS], "Access arrangements for Y11 mocks - please read", "2024-11-28 16:30:39",
    multipart("mixed", [alt("""Dear colleagues,

Y11 mocks start on Monday 2 December. Attached is the list of students with access arrangements for the mock series, so you know what to expect if you're invigilating or teaching them the week before.

A few reminders:
- Extra time is 25% unless stated otherwise. It must be added to the finish time on the board, not "roughly".
- Readers and scribes have been briefed; please don't ask an LSA to cover a reader slot without checking with me first.
- Students using a word processor will be in the library, with spellcheck disabled.
- Rest breaks are supervised and the clock stops.

Please treat this list as confidential - don't print it or leave it on a desk.

Many thanks

Claire

""" + sig("senco", "block")),
        attach("Y11 mocks access arrangements.csv", "text/csv", CSV_ACCESS.encode("utf-8"), charset="utf-8")]))

add("term_time_leave", "clean", "everyday: attendance letter declining term-time holiday (tourism family)",
    s("attendance"), [ALI], "Leave of absence request - 3 to 14 March", "2025-02-03 11:30:08",
    leaf("""Dear Mr Guardian,

Thank you for your leave of absence request for your son from Monday 3 to Friday 14 March.

I'm sorry to say that the Headteacher has not been able to authorise the request. Schools can only grant leave in term time in exceptional circumstances, and a family holiday, even a well-earned one, doesn't usually meet that test.

We do understand how hard it is for families who run holiday lets or work in tourism, when the summer holidays are the busiest weeks of your year. Dr Treloar has asked me to say that she is very happy to meet with you to talk this through, and if there are circumstances we don't know about, please do tell us.

If he is absent on those dates, the absence will be recorded as unauthorised. Please be aware that the local authority may issue a penalty notice for unauthorised term-time holiday, and that this is a decision for the council rather than the school.

Those two weeks also include his first A-level Biology practical assessments, so if you do go, please let us know so that his teachers can plan how he catches up.

Kind regards

Bryony Kessell
Attendance Officer
on behalf of Dr A Treloar, Headteacher
Example School
Park Row, LS1 4AP
01632 960000
""", cte="quoted-printable"))

add("cousin_jacks", "clean", "everyday: history homework on Cornish miners' emigration, to Y9 pupils",
    s("hocking"), Y9, "Y9 History - \"Cousin Jacks\" homework", "2025-03-06 15:10:44",
    alt("""Hi 9H3,

Your homework this week follows on from Tuesday's lesson on the decline of Cornish mining and the great emigration.

Imagine you are a Cornish miner (or a miner's wife or child) who left Camborne in the 1870s for the copper mines at Moonta in South Australia. Write a letter home to your family - about 300 words.

Include:
- why you left (think about the price of copper and the mines closing)
- the voyage - how long it took and what it was like
- what life is like in "Australia's Little Cornwall" - the work, the heat, the chapel, the pasties
- whether you think you'll ever come home

The sources pack from the lesson is on Teams, including the emigration agent's poster and the photo of the Moonta engine house.

Due next Thursday. The best letters will go on the display for Open Evening.

Mr Hocking
"""))

add("ucas_deadline", "clean", "everyday: UCAS deadline reminder to Y13 pupils",
    s("curnow"), Y13, "UCAS - 29 January deadline", "2025-01-13 08:05:33",
    leaf("""Hi all,

A reminder that the UCAS equal-consideration deadline is 6pm on Wednesday 29 January. Our internal deadline, so we have time to add references, was last Friday - so if your application is still sitting in "draft", you need to come and see me today.

If you've already sent it off, well done, and please check your UCAS Hub for messages from universities - a couple of you have interview invitations you haven't replied to yet.

Mr Curnow
"""))

add("dairy_order", "clean", "everyday: catering order to an outside supplier",
    s("catering"), [("Tasha Rowe", "orders@kernowdairies.example.com")], "Order for sports day - Thursday 10 July",
    "2025-06-30 10:40:27",
    leaf("""Hello Tasha,

Could I place an order for delivery on the morning of Thursday 10 July, please, for our sports day:

  - 400 x 100 ml vanilla ice-cream tubs
  - 150 x 100 ml strawberry tubs
  - 60 x 1 litre semi-skimmed milk
  - 4 x 2.5 kg clotted cream (for the cream teas on the PTA stall)

Delivery to the kitchen entrance at the back of the main building, before 8.30am if possible, as the field gates are locked from 9. The freezer will have space from Wednesday afternoon.

Please invoice as usual against our account. Order ref: SD-2025.

Many thanks

""" + sig("catering", "full", "Many thanks").split("\n", 2)[2]))

add("u14_fixture", "clean", "everyday: PE fixture arrangements with another school",
    s("trewin"), [("Matt Hendra", "m.hendra@stkea-academy.example.org")], "U14 rugby - Wednesday 13 November",
    "2024-11-05 12:20:49",
    leaf("""Hi Matt,

Just confirming we're still on for the U14 game at yours on Wednesday 13 November. We'll bring a squad of 20 in the minibus and a car, leaving here at 2.15, so we should be with you by 3.15 for a 3.30 kick-off.

Could you let me know which pitch and where we can park the minibus? Last time we ended up on the verge by the bus stop.

We'll need to be away by 5 as half my lot are on the Sennen bus route. Happy to do squash and biscuits for both teams afterwards if you're doing the same as usual.

Cheers

Jory Trewin
Teacher of PE
Example School
01632 960000
"""))

add("essay_received", "clean", "everyday: English teacher acknowledges Y12 coursework, Gmail-style quoted reply",
    s("angove"), [Y12[0]], "Re: comparative essay draft", "2025-03-24 20:15:02",
    alt("""Thanks Elowen - got it, and it opened fine this time. I'll have written feedback to you by Wednesday next week, and we can talk it through in Thursday's lesson.

From a quick read, the section comparing the two houses - the green house on the point and Manderley - is the strongest part. Watch your word count though: you're at 2,730 and the limit is 2,500, so something has to go.

Mrs Angove

On Sun, 23 Mar 2025 at 21:48, Elowen Trembath <19etrembath@pupils.example-school.org.uk> wrote:
> Hi Miss,
> Here's my comparative essay draft (The Shipping News and Rebecca). Sorry it's
> late, I was working at the surf school all weekend. Is it OK as a Word doc?
> Elowen
""", style="gmail"), mailer="web", in_reply_to=DOM)

add("lifeboat_open_day", "clean", "everyday: forward to all staff asking for lifeboat open day volunteers",
    s("nance"), [ALLSTAFF], "FW: Open day at the lifeboat station - Saturday 19 July", "2025-07-01 12:30:18",
    alt("""Hi all,

Forwarding this from our station's volunteer coordinator. If anyone fancies helping out on the day - face painting, selling raffle tickets, or just steering visitors round the boathouse - it'd be hugely appreciated. It's a great day and lots of our students come along with their families.

Just reply to me and I'll pass your name on.

Gareth

________________________________
From: Carol Jewell <volunteers@lifeboatstation.example.org>
Sent: 30 June 2025 18:22
To: Gareth Nance <g.nance@example-school.org.uk>
Subject: Open day - Saturday 19 July

Hi Gareth,

Thanks for offering to ask at school. We're looking for about a dozen helpers for the open day on Saturday 19 July, 10am till 4pm. Jobs include the raffle, the souvenir stall, face painting, teas, and guiding people round the boathouse. The crew will be doing a launch demonstration at 2pm (tide permitting!).

Volunteers get a free bacon roll and our undying gratitude.

Best wishes
Carol Jewell
Volunteer Coordinator
"""))

add("bronze_medallion", "clean", "everyday: lifesaving club assessment dates to pupils",
    s("vingoe"), [Y10[1], Y10[2], Y9[1]], "Lifesaving club - Bronze Medallion assessment", "2025-04-23 15:30:24",
    leaf("""Hi all,

The Bronze Medallion assessment will be on Tuesday 20 May at the leisure centre, 5-6.30pm, with an external assessor. Please be at the pool by 4.50pm.

Before then, please practise:
- the timed 400 m swim
- the defensive swim and approach
- CPR - the manikins will be out at lunchtime on Thursday in the sports hall if you want extra practice
- the rescue of a "casualty" 20 m away using a towing aid

Bring your log books to the next session so I can sign off the parts you've completed.

If you've already got a weekend job at the beach cafe, well done, but please don't turn up to the assessment straight from a shift - you need to be fresh.

Miss Vingoe
"""))

add("tutor_cover_short", "clean", "everyday: two-line staff request for registration cover",
    s("pascoe"), [s("angove")], "tutor cover tomorrow?", "2025-03-11 21:15:40",
    leaf("""Hi Morwenna, any chance you could take 9P for registration tomorrow morning? Dentist at 8.20 so I won't be in until period 1.
Thank you!! T
"""), mailer="iphone")

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:r37-fgb-20250325@example-school.org.uk
DTSTAMP:20250311T090000Z
DTSTART:20250325T180000Z
DTEND:20250325T200000Z
SUMMARY:Full Governing Board
LOCATION:Library\\, Example School
DESCRIPTION:Agenda and papers on GovernorHub. Refreshments from 5.45pm.
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

add("governors_agenda", "clean", "everyday: clerk sends governors the agenda with a calendar attachment",
    s("governance"),
    [("Elaine Penhaligon", "e.penhaligon@example.net"), ("Chris Jago", "cjago.governor@example.org"),
     ("Dr Sarah Tregenza", "s.tregenza@example.com")],
    "Full Governing Board - Tuesday 25 March, 6pm - agenda", "2025-03-11 09:00:36",
    multipart("mixed", [alt("""Dear Governors,

Please find the agenda for the next meeting of the Full Governing Board below, and a calendar entry attached. Papers are in the Governors' folder on GovernorHub.

Tuesday 25 March 2025, 6.00pm, Library (refreshments from 5.45pm)

1. Welcome, apologies and declarations of interest
2. Minutes of the meeting on 28 January and matters arising
3. Headteacher's report (including attendance and the storm closure)
4. Safeguarding update (Designated Safeguarding Lead)
5. Budget monitoring - period 10
6. Transport: the county's consultation on post-16 bus routes
7. Policies for approval: Behaviour, Charging and Remissions, Online Safety
8. Governor visits and training
9. Any other business
10. Date of next meeting

If you are unable to attend, please let me know by Friday 21 March so I can confirm we'll be quorate.

Kind regards

Jan Roskilly
Clerk to the Governors
Example School
Park Row, LS1 4AP
01632 960000 | governance@example-school.org.uk
"""), attach("Full Governing Board 25 March.ics", "text/calendar", ICS.encode("utf-8"), charset="utf-8")]),
    cc=[s("head")])

# ============================================================================================
# CLEAN: hard negatives (30)
# ============================================================================================
add("flood_case_studies", "clean", "hard neg: Cockermouth / river Cocker in A-level geography reading",
    s("bolitho"), Y12, "A-level Geography - flood case studies for Thursday", "2024-11-14 16:00:51",
    alt("""Hi Y12,

For Thursday's lesson please read the two case studies in the "Hydrology" folder on Teams and make notes using the usual framework (causes / impacts / responses / lessons learned).

1. Cockermouth, Cumbria, November 2009. Record rainfall at Seathwaite (over 300 mm in 24 hours), the confluence of the Derwent and the Cocker right in the town centre, and the bridge collapse in Workington. Think about why a town built where two rivers meet is so exposed.

2. Boscastle, August 2004. Much closer to home - a flash flood in a steep, narrow valley, with the Valency and the Jordan meeting just above the harbour. Around 100 people were lifted out by helicopter and, incredibly, nobody died.

The exam question will ask you to compare a flood in an upland catchment with one in a small coastal catchment, so look for the similarities as well as the differences. Bonus points for anyone who can tell me what has changed in Cockermouth's defences since 2015.

Also: the Loe Bar fieldwork write-up is due a week on Monday.

Mr Bolitho
"""), cc=[s("bray")])

add("dofe_bodmin", "clean", "hard neg: Brown Willy (Cornwall's highest hill) in DofE expedition letter",
    s("keverne"), [SAM], "Bronze DofE practice expedition - Bodmin Moor, 10-11 May", "2025-04-01 15:20:09",
    alt("""Dear Parents and Carers,

The Bronze DofE practice expedition will take place on Saturday 10 and Sunday 11 May on Bodmin Moor.

Route: groups will be dropped at the car park below Rough Tor and walk over Rough Tor, then across the moor to Brown Willy, which at 420 m is the highest point in Cornwall, before dropping down to the campsite for the night. On Sunday they'll walk back along the De Lank river and finish at Camelford, where the minibus will collect them at about 2pm.

Students navigate in their groups of 5-6, with staff checking in at set points. Staff camp on the same site overnight. This is a practice, so staff will be closer at hand than on the assessed expedition in June.

Kit: a full list is on the app. The essentials are waterproof jacket and trousers (the moor can go from sunshine to horizontal rain in 20 minutes), walking boots that are already broken in, warm layers (no jeans or cotton hoodies), hat and gloves, sleeping bag and mat, a head torch, and food for two lunches, one evening meal and a breakfast. Tents and stoves are provided by school.

Students may take phones for emergencies, switched off and in a dry bag. There is no signal on most of the moor anyway.

Drop-off is at school at 7.45am on Saturday; collection is at school at approximately 3pm on Sunday.

Please complete the medical and consent form on the app by Friday 25 April. If you have any questions, I'm happy to chat - just ring the school office.

""" + sig("keverne")))

add("bus_routes_jan", "clean", "hard neg: place names Tuckingmill, Praze-an-Beeble, Crows-an-Wra, Drift in bus timetable (8bit)",
    s("transport"), [ALLSTAFF], "Revised bus routes and times from Monday 6 January", "2024-12-18 14:00:45",
    leaf("""Hi all,

From Monday 6 January the county has re-tendered three of our routes. The new times are below - please check if you have tutees on these routes, as some pick-ups are now up to 10 minutes earlier.

Route 3 (operator changes to Kernow Coaches)
  Tuckingmill, Pendarves Road ........ 07.25
  Camborne, Trevu Road ............... 07.31
  Praze-an-Beeble, The Square ........ 07.42
  Leedstown .......................... 07.48
  Townshend .......................... 07.53
  Relubbus ........................... 07.58
  St Erth ............................ 08.06
  School ............................. 08.35

Route 12 (times change)
  Porthcurno ......................... 07.40
  Treen .............................. 07.45
  St Levan ........................... 07.49
  Crows-an-Wra ....................... 07.55
  Drift .............................. 08.02
  Buryas Bridge ...................... 08.06
  School ............................. 08.32

Route 14
  Afternoon departure moves to 15.25, with a new drop-off at Zennor crossroads (approx. 16.05).

Parents have been sent the same information, and the operator contact numbers are on the school app. Please send any questions to me rather than the office.

Neil

Neil Sampson
Transport Coordinator
Example School · Park Row · LS1 4AP · 01632 960000
""", cte="8bit"), cc=[s("office")])

add("dorset_fieldwork", "clean", "hard neg: Shitterton (real Dorset hamlet) explained in fieldwork letter to Y13",
    s("bray"), Y13, "Dorset fieldwork - final details", "2025-06-16 13:00:22",
    leaf("""Hi all,

Final details for next week's Jurassic Coast fieldwork (Monday 23 to Thursday 26 June).

Travel: the minibus leaves school at 7.00am on Monday sharp. It's about five hours with stops, so bring snacks, water and something to do that isn't blasting music through the speaker.

Where we're staying: the field studies centre in Bere Regis. Before anyone asks - yes, the hamlet on the edge of the village really is called Shitterton. It's in the Domesday Book, the name comes from the Old English for a stream used as an open sewer, and the sign is now set in a block of stone because people kept stealing it. We will not be stopping for photos.

Days:
  Tue - Lulworth Cove, Stair Hole and Durdle Door (concordant and discordant coasts)
  Wed - Studland and Old Harry Rocks, plus sand dune transects
  Thu - Chesil Beach and the Fleet on the way home

Kit: walking boots, waterproofs, sun cream, hat, clipboard and your fieldwork booklet. The data you collect on Wednesday is what you'll use for your independent investigation, so take it seriously.

Any medical changes since you handed in the form, tell me by Friday.

Miss Bray
"""), cc=[s("bolitho")])

add("y13_offers_tracker", "clean", "hard neg: place names Sussex, Scunthorpe, Penistone in sixth-form update to tutors",
    s("curnow"), [SFTUTORS], "Y13 offers tracker - update", "2025-03-03 17:20:38",
    leaf("""Hi all,

Quick update on the Y13 destinations tracker (full version on Teams):

- 41 of 58 now have at least one offer. Most popular: Exeter (Penryn and Streatham), Falmouth, Plymouth, Bristol and Cardiff.
- Two offers from Sussex (Marine Biology and English), and one from Lancaster, which will please Caleb's mum, who was worried he'd end up in London.
- Kris has been offered the engineering apprenticeship in Scunthorpe he interviewed for in February - fully paid, with accommodation for the first year. Huge credit to him, he did the assessment centre on his own.
- Four are planning a gap year: one on the Scillonian, two at surf schools, and one as a deckhand on a Newlyn trawler.
- Three have not applied for anything yet. Please nudge them towards Rachel in careers.

Please update the tracker if your tutees tell you about offers or rejections - I'm pulling it together for the governors on the 25th.

PS Don't forget Rhiannon's leaving drinks next Friday. She starts her new job at a school in Penistone after Easter and has been warned about the Pennine weather.

Ewan
"""))

add("orkney_seabirds", "clean", "hard neg: Twatt (Orkney village) and shags in a letter to parent about a residential",
    s("rowe"), [ALI], "Seabird monitoring residential in Orkney - great news", "2025-05-12 16:45:03",
    alt("""Dear Mr Guardian,

I'm delighted to let you know that your son has been offered one of eight places nationally on the Young Seabird Surveyors residential this summer, on the strength of his application about the puffin counts he did on our Isles of Scilly trip. It's a real achievement and he should be very proud.

The residential runs from Monday 28 July to Friday 8 August. Students stay at a field station near the village of Twatt, in the north-west of Mainland Orkney, and spend their days on the cliffs at Marwick Head and the Brough of Birsay helping the rangers count guillemots, razorbills, fulmars, kittiwakes, shags and, of course, puffins.

The costs, including travel from Cornwall, are covered by the trust that runs the scheme. He will need waterproofs, good boots and binoculars - we can lend him a pair from the department.

The organisers will send the full details and forms to you directly next week. In the meantime, please let me know whether he'd like to accept, and if you have any questions I'd be very happy to talk.

""" + sig("rowe", "full", "Best wishes")))

add("new_colleagues", "clean", "hard neg: surnames Wankhede, Cockburn, Hancock, Dickens in welcome email",
    s("head"), [ALLSTAFF], "Welcome to our new colleagues", "2025-01-03 11:00:17",
    alt("""Dear all,

Happy new year, and welcome back on Monday. I hope you all managed a proper rest - and thank you to the site team, who spent part of the holiday clearing the gutters after the December storms.

Please make a special effort to welcome four new colleagues who join us this term:

Dr Anjali Wankhede joins the Science department to teach Chemistry. Anjali grew up in Pune, did her PhD at Exeter and has spent the last three years at a school in Plymouth. She has already asked about joining the gig rowing crew.

Mr Callum Cockburn (pronounced "Co-burn", he tells me) joins Maths. Callum is from Edinburgh, is a keen sea swimmer, and has promised Gareth he'll think about joining the lifeboat crew.

Mrs Debbie Hancock joins the front office on reception, three days a week.

Mr Luke Dickens joins us as a cover supervisor. He has heard every possible Great Expectations joke, so please try to be original.

They'll all be at briefing on Monday, and their mentors know who they're looking after.

Best wishes

Annie

""" + sig("head", "block")))

MENU_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>
td, th { border:1px solid #9bb3c4; padding:6px 8px; font-size:10.5pt; vertical-align:top; }
th { background:#0b3d5c; color:#ffffff; }
</style>
</head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1d2b36">
<p>Dear Parents and Carers,</p>
<p>Here is the lunch menu for the first three weeks of the summer term. All our meat comes from a family butcher in Redruth, and the fish is landed at Newlyn. Full allergen information is on the school app, and the kitchen is always happy to talk about special diets.</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr><th>&nbsp;</th><th>Main</th><th>Vegetarian</th><th>Pudding</th></tr>
<tr><td><b>Monday</b></td><td>Faggots, mash, peas and onion gravy</td><td>Lentil cottage pie</td><td>Spotted dick and custard</td></tr>
<tr><td><b>Tuesday</b></td><td>Fish and chips (Newlyn pollack)</td><td>Halloumi fingers and chips</td><td>Fruit and yoghurt</td></tr>
<tr><td><b>Wednesday</b></td><td>Roast chicken with all the trimmings</td><td>Nut roast</td><td>Apple crumble</td></tr>
<tr><td><b>Thursday</b></td><td>Pasty day: steak pasty</td><td>Cheese and onion pasty</td><td>Saffron bun</td></tr>
<tr><td><b>Friday</b></td><td>Fish finger wraps</td><td>Bean chilli wraps</td><td>Flapjack</td></tr>
</table>
<p>Weeks 2 and 3 follow the same pattern, with hog&#39;s pudding and mash replacing the faggots on week 2 Monday, Cornish hake goujons on week 3 Tuesday, and Eton mess, jam roly-poly and Bakewell tart on the pudding menu.</p>
<p>A meal costs &pound;2.60. Please make sure your child&#39;s account is topped up on ParentPay.</p>
<p>Sue Laity<br>Catering Manager<br>Example School | Park Row | LS1 4AP | 01632 960000</p>
</body>
</html>
"""

add("summer_menu", "clean", "hard neg: faggots, spotted dick, hog's pudding on the lunch menu (HTML-only)",
    s("catering"), [JANE, SAM, ALI], "Summer term lunch menu (weeks 1-3)", "2025-04-17 10:00:59",
    leaf(MENU_HTML, "html", "quoted-printable"), mailer="web")

add("rockpool_seabirds", "clean", "hard neg: shags, great tits, blue tits, dog whelks in Y7 rockpooling letter",
    s("rowe"), Y7, "Y7 rockpooling and seabird watch - what to bring", "2025-05-14 15:00:34",
    leaf("""Hi 7R1,

Next Wednesday (21 May) is our rockpooling and seabird morning at the cove. Low tide is at 11.05, so we'll walk down straight after registration.

Bring:
- wellies or old trainers that can get wet (no flip-flops - the rocks are sharp and slippery)
- a waterproof and a warm layer
- sun cream and a hat if it's sunny
- a packed lunch if you don't normally have school dinners - we won't be back until 12.45

On the shore we'll be looking for beadlet and snakelocks anemones, shore crabs, blennies, limpets and dog whelks. Remember: lift rocks gently, put everything back exactly where you found it, and never leave a crab in a bucket in the sun.

On the cliffs, keep an eye out for the seabirds we've been learning about. Shags and cormorants both nest on the ledges below the coastguard lookout - shags are smaller, with a greenish sheen and a little crest at this time of year. We should also see fulmars and herring gulls and, if we're very lucky, a chough.

When we get back we'll compare the shore survey with our bird feeder survey from last term (blue tits, great tits, coal tits, chaffinches and one very greedy woodpigeon).

Mrs Rowe
"""))

add("fish_market_followup", "clean", "hard neg: cock crabs / hen crabs, huss, John Dory in Newlyn fish market task",
    s("kitto"), Y10, "Newlyn fish market visit - follow-up task", "2025-03-27 14:30:11",
    alt("""Hi Y10 Business,

Thank you for being brilliant on Tuesday morning - I know 5.45am at the school gate is a big ask. The auctioneer said you were the best-behaved group they've had, which is high praise from someone who's been up since 3.

Your follow-up task is on Teams. Use your notes from the market floor and include:

1. How the auction worked (the buyers, the tickets, and how quickly the prices were agreed)
2. Three species you saw and the price per kilo if you wrote it down - e.g. hake, megrim (sold as "Cornish sole"), monkfish, John Dory, pollack, gurnard, or dogfish (often sold as "huss" or "rock salmon")
3. The crab and lobster section: remember the merchant explained that cock crabs (the males, with the bigger claws) usually fetch more than hen crabs because of the white meat, and why undersized and berried lobsters have to go back
4. One reason the price of fish can change so much from one day to the next (weather, quotas, how many boats landed)

About 400 words, due Thursday 3 April.

Thanks again to Finn's uncle and his crew for showing us round the boat afterwards.

Mr Kitto
"""))

add("boatyard_week2", "clean", "hard neg: seacocks, cockpit, butt joints, scarf joints in boatyard placement email",
    s("penrose"), [("Pete Tonkin", "pete@trewartha-boats.example.com")], "Y10 placement - week 2 tasks",
    "2025-02-12 17:50:26",
    leaf("""Hi Pete,

Thanks again for having our four last week - they haven't stopped talking about it. Luke's mum says he's been explaining scarf joints over tea every night.

For week two, would it be possible for them to:

- help with fitting the new seacocks on the crabber (even if it's just watching and passing tools - I've told them the rule about never leaving a seacock open);
- carry on with the cockpit sole and the drains on the shrimper;
- have a go at fairing the planks before you glue the butt joints - Finn was desperate to use the long board;
- see the gig going back on her trailer on Thursday.

I've updated the risk assessment with the bit about the slipway and the hoist, and the signed copy is in the post. They'll bring their own steel toe caps and ear defenders.

Also, could you send me some photos of the rubbing strake and the transom for their portfolios? No faces needed.

All the best

Kit

""" + sig("penrose", "full", "Thanks again").split("\n", 2)[2]))

add("farm_work_experience", "clean", "hard neg: bullocks, cockerel, sheepdog bitch in work-experience letter to carer (base64 body)",
    s("hughes"), [SAM], "Work experience at Trenoweth Farm - 30 June to 4 July", "2025-06-02 15:00:40",
    leaf("""Dear Sam,

Good news - Trenoweth Farm have confirmed they'll take him for work experience week, Monday 30 June to Friday 4 July. Mr and Mrs Chenoweth run a beef and sheep farm on the moor above Zennor, and they've had several of our students before.

What he'll be doing:
- helping with the beef herd - mostly moving the bullocks between fields, checking water troughs and feeding the calves
- looking after the hens (and keeping out of the way of the cockerel, who apparently has opinions)
- some fencing and hedge work
- the Chenoweths' sheepdog bitch, Fly, has just had a litter, so he'll probably spend some time with the puppies too

Hours are 8am to 3.30pm. He can get the Route 14 bus to Zennor crossroads, and Mrs Chenoweth will meet him there each morning. He'll need steel toe-capped boots or wellies, waterproofs, old clothes that can get filthy, sun cream and a packed lunch.

The farm's health and safety check was completed on 22 May and their insurance is in place. He'll have a proper induction on the first morning about the animals and the machinery, and he won't be driving anything.

Please can you sign the placement agreement on the app by Friday 13 June.

Best wishes

""" + sig("hughes", "compact"), cte="base64", charset="utf-8"))

add("summer_pe_kit", "clean", "hard neg: cricket box, sports bra, cox in PE kit letter to parents",
    s("pearce"), [JANE, SAM, ALI], "Summer term PE kit - cricket, athletics and gig rowing", "2025-04-22 09:30:05",
    alt("""Dear Parents and Carers,

As we move into the summer term, here's a reminder of the kit your child needs for PE and clubs.

Cricket (Years 7-10)
We use hard balls from Year 8. Every player batting or keeping wicket must wear a helmet, pads, gloves and an abdominal protector (a box). School has helmets, pads and gloves, but for hygiene reasons we ask every student to bring their own box - they're about £5 from any sports shop, and female protectors are available too. A gum shield is recommended.

Athletics
Trainers or spikes (spikes on the track only, never in the changing rooms), school PE shorts or leggings and the school PE top. Girls are advised to wear a well-fitted sports bra - if cost is a problem, please speak to me in confidence; we have a small fund for this.

Gig rowing club
Old clothes that can get wet, a waterproof layer, a hat, and soft shoes or neoprene boots. Rowers and coxes must be able to swim 50 m, and the cox wears the club's lifejacket at all times.

Sun safety
Please send your child in with sun cream already applied on PE days, and a named water bottle.

Thank you

""" + sig("pearce", "block")))

add("william_1066", "clean", "hard neg: 'William the Bastard' explained in Y7 history homework",
    s("hocking"), Y7, "Y7 History homework - who should be king in 1066?", "2024-10-02 15:15:48",
    leaf("""Hi 7H2,

Your homework this week is to decide who had the best claim to the English throne when Edward the Confessor died in January 1066. Fill in the claimants sheet (on Teams) for:

- Harold Godwinson, Earl of Wessex
- Harald Hardrada, King of Norway
- William, Duke of Normandy
- Edgar Atheling

A few of you asked about William's nickname. Before 1066 he was known as "William the Bastard", because his parents weren't married - his father was the Duke of Normandy and his mother, Herleva, was the daughter of a tanner. It was a real problem for him, as some nobles thought it made him unfit to rule. Historians still use the name, so you'll see it in books, and it's fine to use it in your answer when you're writing about him - just not about each other, please!

Then write a paragraph: who do YOU think had the best claim, and why? Use at least two pieces of evidence.

Due next Wednesday.

Mr Hocking
"""))

add("of_mice_and_men_language", "clean", "hard neg: head of English on racist/sexist language in Of Mice and Men (staff-only)",
    s("nankervis"), [ENGLISH], "Of Mice and Men - reading aloud and the language in the text", "2024-09-09 18:00:13",
    leaf("""Hi all,

As Y10 start Of Mice and Men this half term, here's a reminder of what we agreed in July about the language in the novel, especially for colleagues who are new to the department.

1. The racial slur used about Crooks. We do not read it aloud, and students don't either. When you reach it, say "the n-word" or pause and move on - and explain why before you start the book, not in the moment. The Crooks chapter should be taught after the context lesson on segregation and the Jim Crow laws, not cold (lesson 7 in the scheme).

2. Curley's wife. She's called a "tart", "jail bait" and worse by the men, and she's never given a name. That's exactly the point, and the best answers explore it. Please do get students to discuss how Steinbeck shows the way women were seen - but make sure it's the characters' language they're analysing, not repeating as banter.

3. Lennie. Students sometimes reach for modern labels for Lennie. Talk about what Steinbeck shows us and how other characters treat him, but challenge any student who uses a disability slur, exactly as we would anywhere else in school.

4. Some of the language is simply the language of ranch hands in the 1930s: "bastard", "God damn", and Slim's dog being a "bitch" who has just had pups (which is literal, as a couple of Y10s worked out last year with great delight).

If a student is upset by any of this, please let their tutor know, and if anything is said that crosses a line, log it as you normally would.

Alan

""" + sig("nankervis", "short")))

add("romeo_juliet_quotes", "clean", "hard neg: Shakespeare set text quoted ('prick of noon', 'maidenheads') to Y10 pupils",
    s("angove"), Y10, "Romeo and Juliet - quotations for Thursday", "2024-10-22 16:30:47",
    alt("""Hi 10E1,

For Thursday, please learn these five quotations and be ready to explain what each one shows about the conflict in Verona:

1. "Do you bite your thumb at us, sir?" (Abram, 1.1)
2. "What, drawn, and talk of peace? I hate the word, / As I hate hell, all Montagues, and thee." (Tybalt, 1.1)
3. "A plague o' both your houses!" (Mercutio, 3.1)
4. "My only love sprung from my only hate!" (Juliet, 1.5)
5. "These violent delights have violent ends" (Friar Lawrence, 2.6)

Some of you asked about Mercutio's line to the Nurse in 2.4: "the bawdy hand of the dial is now upon the prick of noon." Yes, it's a rude joke, and yes, Shakespeare's audience would have roared. For the exam, all you need to say is that Mercutio uses bawdy puns to mock the Nurse and make fun of romance - one sentence is plenty.

Also remember that the opening of 1.1 is full of Sampson and Gregory's crude jokes about "maidenheads" and being "a pretty piece of flesh" - they show how the servants' banter tips into violence.

Mrs Angove
""", style="gmail"), mailer="web")

add("larkin_this_be_the_verse", "clean", "hard neg [unsure]: A-level set poem's first line ('They fuck you up...') quoted to Y13 pupils",
    s("nankervis"), Y13, "Larkin - This Be The Verse for Thursday", "2025-01-28 17:15:21",
    leaf("""Hi all,

For Thursday's lesson please re-read "This Be The Verse" in your High Windows anthology and come with notes on the questions below.

You all know the opening line, and several of you have already quoted it at me with great enthusiasm: "They fuck you up, your mum and dad." Larkin wants that shock - it's one of the most famous first lines in post-war English poetry for a reason. What I want you to think about is what the poem does with it afterwards.

1. The form: three neat quatrains, rhyming ABAB, in regular tetrameter. Why write something so bleak in such a tidy, almost nursery-rhyme form?
2. "Man hands on misery to man. / It deepens like a coastal shelf." Look at that image closely - we live on a coast, so you should be able to say something clever about it.
3. Is the last stanza advice, a joke, or despair? Find evidence for more than one reading.
4. Compare it with "Mr Bleaney" and "Home is so Sad" - is Larkin's view of family and home consistent?

In your essays, quote the first line accurately if you need to - examiners see it every year - but don't build your whole argument around it.

Mr Nankervis
"""))

add("re_relationships_revision", "clean", "hard neg: RE revision on religious attitudes to homosexuality, contraception, Sodom",
    s("raman"), Y10, "GCSE RE - Relationships and families: revision checklist", "2025-04-30 15:45:30",
    alt("""Hi 10R2,

Your end-of-unit test on Relationships and Families is next Wednesday. Use this checklist to revise, and tick off each point in your booklet.

Christianity and Islam - make sure you can explain two contrasting views on each:
- Sex before marriage and adultery
- Contraception and family planning (Catholic teaching compared with most Protestant churches; different Muslim views on contraception)
- Homosexual relationships and same-sex marriage - e.g. the Church of England's position; the Quakers, the first church in Britain to support same-sex marriage; and different interpretations of the story of Sodom and Gomorrah (Genesis 19) and of the Qur'an's account of Lut
- Divorce and remarriage
- Gender equality and the roles of men and women in the family

Remember: for the 12-mark questions you need to evaluate, so include a non-religious view (e.g. humanist) as well, and reach a justified conclusion.

When we talk about these topics in class, please remember our ground rules: we discuss views respectfully, and we disagree with ideas, not people.

A reminder that the visit to the Friends' Meeting House at Come-to-Good is on Friday 16 May - forms back by Monday please.

Ms Raman
"""))

add("oceanopolis_vocab", "clean", "hard neg: French 'le phoque' (seal) in Y8 vocab list; RFC 2047 subject, 8bit",
    s("chegwidden"), Y8, "Océanopolis – vocab to learn before the trip", "2025-03-19 16:00:58",
    alt("""Bonjour 8F2,

Before our visit to Océanopolis in Brest next Wednesday, please learn the vocabulary below. We'll have a quick quiz on Friday, and you'll need it for the worksheets in the polar and temperate pavilions.

  le phoque - seal (yes, I know. It's pronounced "fok". Get the giggling out of your system now, not in front of Madame Le Goff)
  la baleine - whale
  le requin - shark
  la pieuvre - octopus
  le homard - lobster
  le crabe - crab
  la méduse - jellyfish
  le manchot - penguin
  la mouette - seagull
  le phare - lighthouse
  la marée - tide

Bonus: in Breton, "thank you" is "trugarez" and goodbye is "kenavo". In Cornish a seal is a "morlo", so you can now say seal in three languages.

At lunch on the Thursday we're trying kig ha farz, a Breton dish of meat and buckwheat pudding. Vegetarians, there will be galettes for you.

À vendredi !
Mme Chegwidden
""", style="gmail", cte="8bit"), subj_enc="Q", mailer="web")

RSE_PDF = make_pdf([
    "Example School - PSHE: Relationships and Sex Education, summer term 2025",
    "",
    "Year 8",
    "  Wk 1-2  Puberty and body changes (recap)",
    "  Wk 3    Healthy and unhealthy friendships, online and offline",
    "  Wk 4    Consent: what it means and how it can be withdrawn",
    "  Wk 5    Sharing nude or semi-nude images: the law and getting help",
    "  Wk 6    Review and anonymous question box",
    "",
    "Year 10",
    "  Wk 1    Contraception and local sexual health services",
    "  Wk 2    Sexually transmitted infections: prevention and testing",
    "  Wk 3    Consent, coercion and the law",
    "  Wk 4    Pornography and unrealistic expectations",
    "  Wk 5    Healthy relationships and recognising abuse",
    "  Wk 6    Where to get confidential help",
    "",
    "Parents may view all materials on request. Contact: k.oates@example-school.org.uk",
    "Example School, Park Row, LS1 4AP - 01632 960000",
])

add("rse_letter", "clean", "hard neg: RSE letter to parents (contraception, STIs, pornography, nudes) with PDF",
    s("oates"), [JANE, SAM], "Relationships and Sex Education - Years 8 and 10, summer term", "2025-04-25 12:00:16",
    multipart("mixed", [alt("""Dear Parents and Carers,

I'm writing to let you know what your child will be learning in Relationships and Sex Education (RSE) this term, as part of our PSHE programme.

Year 8
- Puberty and body changes (a recap of Year 7)
- Healthy and unhealthy friendships and relationships, including online
- Consent: what it means, and that it can be withdrawn at any time
- The law on sharing nude or semi-nude images, and what to do if someone asks for one

Year 10
- Contraception, including condoms, and how to access sexual health services in Cornwall
- Sexually transmitted infections: how they're prevented and tested for
- Consent and the law, including coercion and the age of consent
- Pornography: how it can give an unrealistic and sometimes harmful picture of sex and relationships
- Where to get confidential help and advice

All lessons are taught by trained staff. The scheme of work is attached, and you are very welcome to come in and look at the materials - just contact me.

Right to withdraw: you can ask for your child to be withdrawn from some or all of the sex education lessons (but not from relationships education or the content that is part of the science curriculum) up until three terms before they turn 16. If you are thinking about this, please contact me first so we can talk it through.

If your child may find any of these topics difficult because of something that has happened to them, please let me or the Designated Safeguarding Lead know in confidence.

""" + sig("oates")),
        attach("RSE scheme of work Y8 Y10 summer 2025.pdf", "application/pdf", RSE_PDF)]))

add("y8_reproduction", "clean", "hard neg: Y8 biology homework with reproductive anatomy terms",
    s("rowe"), Y8, "Y8 Biology homework - human reproduction", "2025-02-05 15:30:00",
    leaf("""Hi 8S1,

Homework for this week is on the Teams page: label the two diagrams of the human reproductive systems and answer the questions underneath.

Male system: penis, testes, scrotum, sperm duct, glands, urethra.
Female system: ovaries, oviducts (fallopian tubes), uterus, cervix, vagina.

Then answer:
1. Where are sperm cells made, and where are egg cells made?
2. Where does fertilisation normally take place?
3. Describe what happens during the menstrual cycle, in 4-5 sentences.
4. Explain two ways a sperm cell is adapted to its function.

Please use the proper scientific words - I know some of you find it funny, but these are the words you'll need in your exams and when talking to a doctor. If you have a question you'd rather not ask in front of the class, there's a question box on my desk or you can email me.

Due Monday.

Mrs Rowe
"""))

add("tourettes_tic_update", "clean", "hard neg: SENCo briefing quoting a pupil's involuntary vocal tics (staff-only)",
    s("senco"), [s("angove"), s("hocking"), s("nance"), s("pearce")],
    "Confidential - Reece Trathen (10K) - tic update", "2024-11-04 08:15:27",
    leaf("""Dear colleagues,

You all teach Reece in 10K, so I wanted to update you after my meeting with him and his mum this morning.

As you know, Reece has Tourette's syndrome. Over half term his tics have changed. His motor tics (shoulder shrug, blinking) are much the same, but his vocal tics now include some coprolalia - involuntary swearing. At the moment the words are mainly "shit" and, less often, "wanker", sometimes quite loudly. It tends to be worse when he is anxious or tired, and when he's trying hard to suppress it.

Please remember:
- These tics are involuntary and not directed at anyone. They must not be sanctioned, and please don't ask him to stop.
- Other students may laugh or react. Please deal with that calmly and privately; his tutor talked to the class this morning, with Reece's permission.
- He has an exit card and can go to the SEN base at any time without explanation.
- In exams he will sit in a separate room.

If something ever seems different from his usual tics, please come and talk to me rather than treating it as a behaviour incident.

Reece is a lovely lad and is mortified by this, so anything you can do to keep things low-key will really help him.

Thank you

""" + sig("senco", "block"), cte="quoted-printable"))

add("lunch_hall_incident", "clean", "hard neg: incident report to DSL quoting a pupil's threats verbatim (staff-only)",
    s("pascoe"), [DSL], "Incident - lunch hall 14/11 - Y9 - threat (verbatim)", "2024-11-14 13:35:42",
    leaf("""Helen,

Logging this on CPOMS as well, but I wanted you to have it straight away as it involves a threat.

Time/place: approx 12.50, Thursday 14 November, lunch hall, by the tray return.
Students: Mason Thomas (9T) and Kai Penberthy (9S2).
Witnesses: me, Mrs Laity (catering), and about a dozen Y9s.

What I saw and heard: Kai had knocked Mason's tray. Mason stood up, pushed Kai against the wall with both hands and shouted, "You're fucking dead after school, you fat cunt. I'll get my brother on you." Kai replied, "Go on then, you're a pussy." I stepped in and separated them. Mason said to me, "I don't give a shit, miss, he started it," and walked out towards the field.

Mr Trewin found Mason on the field at 13.05 and brought him to the HoY office. He was calm by then but said again that his brother would "sort it". His brother is in Y11. Kai said he was fine but was visibly shaking.

Actions so far: both in separate rooms for P5; parents of both contacted (Mason's mum by phone, Kai's dad - voicemail left). Brother not yet spoken to. I'm worried about the walk to the buses - they are both on Route 3.

Can we talk before the end of the day?

Tamsin
"""))

DRIVER_STATEMENT = """Statement - Martin Rodda, driver, Route 9
Taken by N. Sampson, Transport Coordinator, Wednesday 12 March 2025, 16.30
Read back to Mr Rodda, who agrees it is accurate.

For about a week there's been a group of lads at the back of the bus - four or five of them, Year 9 and 10 I think - giving the smaller lad with the glasses a hard time. He sits about halfway down on his own.

Tuesday (11th) they were chanting "Ollie's a bender, Ollie's a bender" most of the way from Newlyn. I told them to pack it in over the mic. When he got up to get off at Paul, the tall one with the red hair shouted "see you tomorrow, faggot" and another one flicked him on the ear as he went past. He got off two stops before his usual one.

Today it started again as soon as we left school - same chant. I stopped the bus at the top of the hill and told them I'd be reporting it. It went quiet after that.

I don't know their names but I'd know them again. The CCTV should have it all.

Signed: M. Rodda
"""

add("route9_homophobic_report", "clean", "hard neg: report to DSL with driver's statement quoting homophobic slurs shouted by pupils (.txt)",
    s("transport"), [DSL], "Route 9 bus - homophobic abuse reported by driver", "2025-03-12 16:50:19",
    multipart("mixed", [
        leaf("""Helen,

Martin, the driver on Route 9, came to see me after the afternoon run, and I've written up what he told me in the attached (his words, as close as I could get them - he's read it and agrees it's accurate).

In short, a group of Y9 and Y10 boys at the back of the bus have been targeting a Y9 boy, Ollie Pengelly, for at least the last week. Martin heard them chanting a homophobic slur at him and saw one of them flick his ear. Ollie got off two stops early on Tuesday, which is a long walk in the dark along that road.

I've moved Ollie to the seat behind the driver from tomorrow, and Martin is going to keep the back seats empty. I haven't spoken to any of the students involved - I'll leave that to you and Tamsin.

The bus has CCTV; the operator will keep Tuesday's and today's footage for us if we ask by Friday.

Neil
"""),
        attach("Route 9 driver statement 12-03-25.txt", "text/plain", DRIVER_STATEMENT.encode("utf-8"), charset="utf-8")]),
    cc=[s("pascoe")])

add("detention_reply_parent", "clean", "hard neg: polite reply; the swearing ('fucking joke', 'prat', 'bloody') is only in the parent's quoted text",
    s("carthew"), [JANE], "Re: Detention yesterday", "2024-12-11 09:20:35",
    leaf("""Dear Ms Parent,

Thank you for your email, and I'm very sorry that your daughter had such a long, cold walk home last night. You're absolutely right that she shouldn't have been kept behind when she relies on the bus, and I apologise.

Our policy is that students on school transport do lunchtime detentions, not after-school ones, precisely so this doesn't happen. Yesterday's detention was set by a cover teacher who wasn't aware of that, and it wasn't picked up by the office. I've spoken to the colleague concerned and to our cover manager, and we've added a bus flag to the detention system so it warns staff if they try to set an after-school detention for a student on a bus route.

The detention itself (for missing homework) has been cancelled, and her Head of Year will follow up the homework separately.

I would really like to speak to you properly about this. I'm free tomorrow after 2.30pm, or I can call you at a time that suits you - please let me know.

With best wishes

Helen Carthew
Deputy Headteacher
Example School
Park Row, LS1 4AP
01632 960000

On Tue, 10 Dec 2024 at 21:14, Jane Parent <jane.parent@gmail.com> wrote:
> This is a fucking joke. My daughter was kept in detention until 4.15 for
> forgetting her homework, missed the bus, and had to walk nearly four miles
> home along the coast road in the dark because nobody bothered to phone me.
> She's 12. Whoever decided that is a complete prat and I want to know who it
> was. I've had it with your bloody school.
> Jane Parent
""", cte="quoted-printable"), in_reply_to="mail.gmail.com")

add("boat_project_reply", "clean", "hard neg: polite reply; 'bollocks' only in the carer's Outlook-quoted message",
    s("penrose"), [SAM], "RE: Boat project", "2025-05-14 17:10:44",
    alt("""Dear Sam,

Thank you for getting in touch, and I'm sorry it's felt like that at home - I'd much rather you told me.

You're right that the first few weeks of the project are slow. Before anything goes near the boat, the students have to show they can plane, sand and scarf a plank to within half a millimetre, because the boatyard won't let them work on a real hull until they can. He's actually one of the quickest in the group - he passed the plank test yesterday - so from next week he moves on to the steam box and the frames, which is where it gets exciting.

I'll put some photos of his work on Teams so you can see what he's done. You'd also be very welcome to come and see the boat shed: we have an open afternoon on Friday 23 May from 3.30pm, and the boatyard team will be there.

If he's struggling with anything else, or it isn't really about the sanding, do let me or his tutor know.

""" + sig("penrose", "full", "Best wishes") + """
From: Sam Carer <sam.carer@outlook.com>
Sent: 13 May 2025 22:05
To: Kit Penrose <k.penrose@example-school.org.uk>
Subject: Boat project

Mr Penrose,

Frankly this whole boat project is bollocks. He's spent three weeks sanding one plank and comes home saying it's pointless and he's learning nothing. I thought he'd be building a boat, that's why he picked DT. I'm not paying for the trip to the boatyard if this is what it is.

Sam Carer
"""), in_reply_to="outlook.com")

add("behaviour_policy_language", "clean", "hard neg: SLT discussion of the behaviour policy quoting example swear words and slurs",
    s("carthew"), [SLT], "Behaviour policy review - language section (draft for Thursday)", "2025-06-05 18:25:13",
    leaf("""Hi all,

Ahead of Thursday, here's where I've got to with the language section of the behaviour policy. Feedback from staff and the student council was that the current wording ("inappropriate language") is too vague and staff are applying it very differently.

Proposed levels:

C1 - Casual swearing in conversation, not aimed at anyone (e.g. "this is shit", "oh crap"). A reminder, then a C1 if repeated. We agreed we don't want staff spending every lesson policing "crap".

C2 - Swearing in front of a member of staff in frustration but not as abuse (e.g. "I don't give a f***" muttered at a teacher - though in the log we'd record what was actually said). Same-day detention.

C3 - Swearing directed at a person as abuse (e.g. "fuck off, miss", "you dickhead"). Isolation and parents contacted.

Discriminatory language - any racist, homophobic, sexist or disability-related language, including using "gay" as an insult or calling someone "retarded", whether or not it is aimed at anyone in the room. Always logged as a prejudice-related incident, reported to me, and parents contacted. Repeat incidents go to the DSL.

Two open questions:
1. Do we treat local insults about visitors ("emmet", "grockle" etc.) as anything? My view is no, unless they're being used to bully.
2. Should staff record the exact words on CPOMS? I think yes - we can't spot patterns otherwise, and "used offensive language" tells nobody anything.

And a reminder that tics (we have two students with Tourette's) are never sanctioned under this section.

Helen
"""))

add("cornish_legends", "clean", "hard neg: Cornish folklore 'knockers', dialect 'emmets' in Y7 creative writing task (8bit)",
    s("angove"), Y7, "Y7 creative writing - Cornish legends", "2024-10-17 15:20:31",
    alt("""Hi 7E3,

For your creative writing piece, choose ONE of the Cornish legends we've been reading and retell it in your own way - up to 600 words. You can change the time period, or tell it from a different character's point of view.

Choose from:
- The knockers - the little spirits who lived in the tin mines. Miners believed their knocking in the rock warned of danger (or showed where the best lodes were), and left the crusts of their pasties for them.
- The Mermaid of Zennor, who fell in love with Mathey Trewella's singing in the church and lured him down to the sea.
- Jack the Giant Killer and the giant Cormoran of St Michael's Mount.
- Bucca, the sea spirit that fishermen in Newlyn and Mousehole would leave a fish for on the beach.
- The piskies of Bodmin Moor, who "piskie-lead" travellers round in circles.

You can use some Cornish dialect in speech if it suits the character, but make sure the reader can still follow it: "dreckly" (later, eventually), "proper job" (well done), "my 'ansum" (my dear), "teasy" (grumpy), "emmets" (what Cornish folk call tourists - it literally means "ants"). A short glossary at the end is fine.

Draft due Thursday 24 October.

Mrs Angove
""", style="gmail", cte="8bit"), mailer="web")

add("cumulative_frequency", "clean", "hard neg: maths revision with 'cumulative', 'coxswain', 'shouts' (lifeboat data)",
    s("nance"), Y11, "Y11 revision - cumulative frequency and box plots", "2025-04-29 16:10:52",
    leaf("""Hi 11M1,

As promised, there's a real data set on Teams for your cumulative frequency revision: the time (in minutes) from pager alert to launch for 80 shouts at our lifeboat station, shared by the coxswain with permission. No names or details, just the times.

Tasks:
1. Complete the grouped frequency table and the cumulative frequency column.
2. Draw the cumulative frequency curve (plot at the upper class boundaries!).
3. Estimate the median and the interquartile range.
4. Draw a box plot and compare it with the box plot for the 2014 data, which is already on the sheet.
5. The coxswain says "we're quicker now than ten years ago". Use your answers to comment - two sentences, using both the median and the IQR.

These questions come up on Papers 2 and 3 almost every year - if you can do these, you're picking up easy marks.

Mr Nance
"""))

READING_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:10pt;color:#222222">
<p>Hello Year 9!</p>
<p>Summer is nearly here, so here are the library&#39;s picks for this year&#39;s summer reading theme: <b>stories of the sea</b>. All of these are in the library now, and most are on the e-book app too.</p>
<ul>
<li><b>Moby-Dick</b> &ndash; Herman Melville. The big one: Captain Ahab, the white whale and a lot of rope. Try the graphic novel version first if the full book looks scary.</li>
<li><b>The Old Man and the Sea</b> &ndash; Ernest Hemingway. Short, and perfect for anyone who has been out fishing with family.</li>
<li><b>David Copperfield</b> &ndash; Charles Dickens. Not all about the sea, but the Peggottys&#39; upturned-boat house at Yarmouth is one of the best homes in fiction.</li>
<li><b>Jamaica Inn</b> &ndash; Daphne du Maurier. Wreckers, smugglers and Bodmin Moor in the fog.</li>
<li><b>Why the Whales Came</b> and <b>Kensuke&#39;s Kingdom</b> &ndash; Michael Morpurgo. The first is set on the Isles of Scilly.</li>
<li><b>The Sheep-Pig</b> &ndash; Dick King-Smith. Not the sea at all, but if your little brothers and sisters need a bedtime story, it is still brilliant.</li>
</ul>
<p>Bring your reading passport back in September for a house point per book and a chance to win a &pound;20 voucher for the bookshop in St Ives.</p>
<p>Happy reading!<br>
Ellie Berryman<br>
Librarian, Example School | 01632 960000</p>
</body>
</html>
"""

add("summer_reading_sea", "clean", "hard neg: Moby-Dick, Dickens, Dick King-Smith in HTML-only reading list (base64)",
    s("library"), Y9, "Summer reading - stories of the sea", "2025-07-08 12:00:07",
    leaf(READING_HTML, "html", "base64", charset="utf-8"), mailer="web")


# ============================================================================================
# Write everything
# ============================================================================================
README = """# Round 37 hold-out corpus: obscene-language

**Blind hold-out set. Never use it to tune, train or adjust mailguard's rules or code.**
It exists only to measure the filter on mail nobody tuned it on.

## What it is

{total} complete RFC 5322 messages (`.eml`) that staff at a fictional 11-18 school on the Cornish
coast might send: fishing and farming families, surf club and lifesaving club, a boatyard link,
holiday-season jobs, long bus routes, Cornish words and place names, and staff who crew the
lifeboat. Each message is labelled `flag` or `clean` by the intent of the school's
electronic-communications policy ("Use obscene language or swear words ... inappropriate comments
which could cause offence ... on the grounds of gender, race, disability, age, religion or sexual
orientation"), as a designated safeguarding lead would judge it.

`labels.csv` columns: `file,expected,sender,recipients,note`. `sender` is the staff From
address (envelope sender); `recipients` is the To+Cc addresses separated by single spaces.
Judgement calls are marked `[unsure]` in the note.

## How it was made

Written by hand for this round by a helper that had not seen mailguard's code, rules, tests or
docs (only the policy text, `config.example.yaml` and `directory/parents.csv`). The messages
are produced by `../make_round37_obscene.py` (Python 3.11 standard library only), which builds
the raw MIME itself so that every byte is fixed: dates, Message-IDs and MIME boundaries are
constant, and running it twice gives byte-identical files.

All people, mailboxes and street details are invented. Third-party organisations use
example.com / example.org / example.net; phone numbers are from Ofcom's drama ranges or the
school's own number (01632 960000). Real places are used only as place names.

## Regenerate

    python3 tests/holdout/round37/make_round37_obscene.py

## Counts

| expected | count |
|----------|-------|
| flag     | {flag} |
| clean (everyday) | {everyday} |
| clean (hard negative) | {hard} |
| **total** | **{total}** |

## Kinds of case

Flag (the staff author's own words):
- plain swearing in the body, subject line, or a CSV attachment (fucking, bellend, twat, shitshow,
  piss about, wanker)
- slurs: disability ("retard"), ethnic ("pikeys"), homophobic ("poofter"), gendered ("bitch")
- disguised: asterisk/symbol masks, leetspeak, repeated letters, spaced letters, Cyrillic
  homoglyphs, full-width letters, a zero-width space, words split by HTML tags and entities,
  a quoted-printable soft line break inside the word, base64 bodies, an RFC 2047 subject
- registers: staff-to-staff venting (most), to a parent, to pupils, all-staff

Clean, everyday: bus and club letters, attendance replies, homework, trips with attachments,
newsletter, reports, meeting notes, lifeboat cover, governors' agenda, supplier order.

Clean, hard negatives:
- place names (Cockermouth, Brown Willy, Tuckingmill, Shitterton, Twatt, Scunthorpe, Penistone,
  Sussex, Crows-an-Wra, Come-to-Good) and surnames (Wankhede, Cockburn, Hancock, Dickens)
- food (faggots, spotted dick), animals and fishing (shags, great tits, cock crabs, bullocks,
  sheepdog bitch), boatbuilding (seacocks, cockpit, butt joints), sports kit (box, sports bra, cox)
- subject vocabulary: William the Bastard, reproductive anatomy, cumulative frequency, French
  "phoque", RE on sexuality and Sodom, RSE letter
- set texts quoted (Romeo and Juliet, Of Mice and Men, Larkin's "This Be The Verse")
- staff-only safeguarding/SEND mail quoting what a pupil said or a pupil's tics verbatim
- polite replies where the swearing is only in the parent's quoted message
- SLT discussing the behaviour policy's language section; Cornish dialect ("emmets", knockers)
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    msgs = list(MESSAGES)
    assert sum(m["expected"] == "flag" for m in msgs) == 20, sum(m["expected"] == "flag" for m in msgs)
    assert sum(m["expected"] == "clean" for m in msgs) == 60
    assert len({m["slug"] for m in msgs}) == len(msgs)
    random.Random(3737).shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        fn = f"{i:03d}_{m['expected']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(render(m))
        rcpts = " ".join(addr_only(a) for a in m["to"] + m["cc"])
        rows.append([fn, m["expected"], addr_only(m["frm"]), rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    flag = sum(r[1] == "flag" for r in rows)
    hard = sum(1 for m in msgs if m["expected"] == "clean" and m["note"].startswith("hard neg"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=len(rows), flag=flag, everyday=len(rows) - flag - hard, hard=hard))
    print(f"wrote {len(rows)} messages ({flag} flag, {len(rows) - flag} clean, {hard} hard negatives) to {OUT}")


if __name__ == "__main__":
    main()
