#!/usr/bin/env python3
"""Generate the round-7 BLIND hold-out corpus for the mailguard "obscene-language" module.

Writes tests/holdout/round7/obscene-language/NNN_<flag|clean>_<slug>.eml, labels.csv and
README.md.  Python 3.11 standard library only.  Everything is deterministic: dates,
Message-IDs and MIME boundaries are fixed or derived from the slug, the file order comes
from a seeded shuffle, so two runs give byte-identical output.

Written without looking at mailguard's code, rules, tests or docs.  Never tune on it.

    python3 tests/holdout/round7/make_round7_obscene.py
"""
import base64
import csv
import datetime
import email
import email.policy
import glob
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"
SEED = 20250307


def D(s):
    """Body text: strip the leading newline of a triple-quoted string, end with one newline."""
    return s.strip("\n") + "\n"


# --------------------------------------------------------------------------- people
STAFF = {}


def _staff(key, name, local):
    STAFF[key] = (name, f"{local}@{SCHOOL}")


for _k, _n, _l in [
    ("whitworth", "Dan Whitworth", "d.whitworth"),
    ("chaudhry", "Priya Chaudhry", "p.chaudhry"),
    ("nowak", "Agnieszka Nowak", "a.nowak"),
    ("mensah", "Kwame Mensah", "k.mensah"),
    ("bailey", "Shereen Bailey-Campbell", "s.bailey-campbell"),
    ("wisniewski", "Tomasz Wiśniewski", "t.wisniewski"),
    ("ackroyd", "Helen Ackroyd", "h.ackroyd"),
    ("hussain", "Imran Hussain", "i.hussain"),
    ("butterworth", "Chloe Butterworth", "c.butterworth"),
    ("sowerby", "Gareth Sowerby", "g.sowerby"),
    ("okafor", "Blessing Okafor", "b.okafor"),
    ("fairclough", "Liam Fairclough", "l.fairclough"),
    ("pickersgill", "Joanne Pickersgill", "j.pickersgill"),
    ("gallagher", "Sean Gallagher", "s.gallagher"),
    ("ortega", "Marisol Ortega", "m.ortega"),
    ("patel", "Rajesh Patel", "r.patel"),
    ("adeyemi", "Ngozi Adeyemi", "n.adeyemi"),
    ("haworth", "Craig Haworth", "c.haworth"),
    ("dewhurst", "Lorraine Dewhurst", "l.dewhurst"),
    ("clarke", "Jordan Clarke", "j.clarke"),
    ("begum", "Fatima Begum", "f.begum"),
    ("kowalczyk", "Ewa Kowalczyk", "e.kowalczyk"),
    ("forbes", "Winston Forbes", "w.forbes"),
    ("holroyd", "Dr Ruth Holroyd", "r.holroyd"),
    ("lund", "Karen Lund", "k.lund"),
    ("marsden", "Steve Marsden", "s.marsden"),
    ("oyelaran", "Funmi Oyelaran", "f.oyelaran"),
    ("hargreaves", "Paul Hargreaves", "p.hargreaves"),
    ("thornton", "Dean Thornton", "d.thornton"),
    ("booth", "Rachel Booth", "r.booth"),
    ("qureshi", "Zainab Qureshi", "z.qureshi"),
    ("mcgrath", "Niamh McGrath", "n.mcgrath"),
    ("bright", "Tony Bright", "t.bright"),
    ("ellison", "Mark Ellison", "m.ellison"),
    ("sharma", "Vikram Sharma", "v.sharma"),
    ("lees", "Hannah Lees", "h.lees"),
    ("rashid", "Amina Rashid", "a.rashid"),
    ("royle", "Gemma Royle", "g.royle"),
    ("aziz", "Tariq Aziz", "t.aziz"),
    ("ainsworth", "Rob Ainsworth", "r.ainsworth"),
    ("hirst", "Sandra Hirst", "s.hirst"),
    ("greenwood", "Donna Greenwood", "d.greenwood"),
    ("murray", "Alex Murray", "a.murray"),
    ("pearson", "Janet Pearson", "j.pearson"),
    ("nhussain", "Nadia Hussain", "n.hussain"),
    ("naylor", "Kelly Naylor", "k.naylor"),
    ("sandhu", "Gurpreet Sandhu", "g.sandhu"),
    ("ashworth", "Ben Ashworth", "b.ashworth"),
]:
    _staff(_k, _n, _l)


def S(key):
    return STAFF[key]


def G(local, name=""):
    """A staff-side group / shared mailbox."""
    return (name, f"{local}@{SCHOOL}")


def P(local, name=""):
    """A pupil address or pupil group list."""
    return (name, f"{local}@{PUPILS}")


def X(addr, name=""):
    """An outside address (example.com/.org/.net only)."""
    return (name, addr)


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]


# --------------------------------------------------------------------------- MIME model
class Part:
    def __init__(self, ctype, text, cte=None, charset=None, filename=None, preencoded=False):
        self.ctype = ctype
        self.text = text if text.endswith("\n") else text + "\n"
        self.charset = charset or ("us-ascii" if text.isascii() else "utf-8")
        if cte is None:
            ok7 = text.isascii() and all(len(l) <= 900 for l in text.split("\n"))
            cte = "7bit" if ok7 else "quoted-printable"
        self.cte = cte
        self.filename = filename
        self.preencoded = preencoded


class Multi:
    def __init__(self, subtype, *parts):
        self.subtype = subtype
        self.parts = parts


def T(text, cte=None, charset=None):
    return Part("text/plain", text, cte, charset)


def H(text, cte=None, charset=None):
    return Part("text/html", text, cte, charset)


def ALT(plain, htmlpart):
    return Multi("alternative", plain, htmlpart)


def MIX(*parts):
    return Multi("mixed", *parts)


def ATT(filename, ctype, text, cte="base64", charset=None):
    return Part(ctype, text, cte, charset or "utf-8", filename=filename)


def RAWQP(ctype, qp_text, charset="utf-8"):
    """A part whose quoted-printable body is written by hand."""
    p = Part(ctype, qp_text, "quoted-printable", charset, preencoded=True)
    return p


def encode_body(p):
    if p.preencoded:
        return p.text
    data = p.text.encode("utf-8" if p.charset.lower() != "us-ascii" else "ascii")
    if p.cte in ("7bit", "8bit"):
        return p.text
    if p.cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if p.cte == "base64":
        # canonical form of text is CRLF, so encode the line breaks as CRLF (as mail clients do)
        return base64.encodebytes(data.replace(b"\n", b"\r\n")).decode("ascii")
    raise ValueError(p.cte)


def render(p, seed, counter, top=False):
    if isinstance(p, Multi):
        counter[0] += 1
        h = hashlib.sha1(f"{seed}/{counter[0]}".encode()).hexdigest()
        style = int(h[0], 16) % 3
        if style == 0:
            b = f"_000_{h[:28].upper()}_"
        elif style == 1:
            b = f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
        else:
            b = f"000000000000{h[:16]}"
        out = f'Content-Type: multipart/{p.subtype};\n\tboundary="{b}"\n\n'
        if top:
            out += "This is a multi-part message in MIME format.\n\n"
        for sp in p.parts:
            out += f"--{b}\n" + render(sp, seed, counter) + "\n"
        out += f"--{b}--\n"
        return out
    head = f'Content-Type: {p.ctype}; charset="{p.charset}"'
    if p.filename:
        head += f';\n\tname="{p.filename}"'
    head += f"\nContent-Transfer-Encoding: {p.cte}\n"
    if p.filename:
        head += f'Content-Disposition: attachment;\n\tfilename="{p.filename}"\n'
    body = encode_body(p)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n" + body


# --------------------------------------------------------------------------- headers
def ew_b(s):
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 45:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def ew_q(s):
    def enc(ch):
        if ch == " ":
            return "_"
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            return ch
        return "".join("=%02X" % b for b in ch.encode("utf-8"))

    words, cur = [], ""
    for ch in s:
        e = enc(ch)
        if len(cur) + len(e) > 60:
            words.append(cur)
            cur = e
        else:
            cur += e
    if cur:
        words.append(cur)
    return "\n ".join(f"=?utf-8?Q?{w}?=" for w in words)


def fmt_addr(a):
    name, addr = a
    if not name:
        return addr
    if not name.isascii():
        return f"{ew_b(name)} <{addr}>"
    if any(c in name for c in '()<>[]:;@\\,."'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(label, addrs):
    pieces = [fmt_addr(a) for a in addrs]
    lines, cur = [], f"{label}: "
    for i, p in enumerate(pieces):
        piece = p + ("," if i < len(pieces) - 1 else "")
        if i > 0 and len(cur) + len(piece) > 76:
            lines.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    lines.append(cur.rstrip())
    return "\n".join(lines) + "\n"


def subject_header(subj, enc=None):
    if enc == "B" or (enc is None and not subj.isascii()):
        return "Subject: " + ew_b(subj) + "\n"
    if enc == "Q":
        return "Subject: " + ew_q(subj) + "\n"
    line = "Subject: " + subj
    if len(line) <= 78:
        return line + "\n"
    cut = line.rfind(" ", 0, 76)
    return line[:cut] + "\n" + line[cut:] + "\n"


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def fmt_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    bst = _last_sunday(dt.year, 3) <= dt.date() < _last_sunday(dt.year, 10)
    off = "+0100" if bst else "+0000"
    sec = int(hashlib.md5(s.encode()).hexdigest()[:4], 16) % 60
    return f"{DAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}:{sec:02d} {off}"


def msgid(slug, date, salt=""):
    h = hashlib.sha1((slug + salt).encode()).hexdigest()
    dt = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    return f"<{dt:%Y%m%d%H%M}.{h[:16].upper()}@{'EXMBX0' + str(int(h[16], 16) % 4 + 1)}.{SCHOOL}>"


# --------------------------------------------------------------------------- helpers for bodies
def auto_html(text, font="Calibri, sans-serif", outlook=True):
    paras = text.rstrip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [htmlmod.escape(l, quote=False) for l in para.split("\n")]
        inner = "<br>\n".join(lines)
        if outlook:
            out.append(f'<p class="MsoNormal">{inner}</p>\n<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append(f"<div>{inner}</div>\n<div><br></div>")
    if outlook:
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            f"\t{{margin:0cm; font-size:11.0pt; font-family:{font};}}\n"
            ".WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(out) + "\n</div>\n</body>\n</html>\n"
        )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div dir="ltr" style="font-family:{font};font-size:small">\n'
        + "\n".join(out) + "\n</div></body></html>\n"
    )


def gmail_quote(intro, text):
    q = []
    for l in text.rstrip("\n").split("\n"):
        if not l:
            q.append(">")
        elif l.startswith(">"):
            q.append(">" + l)
        else:
            q.append("> " + l)
    return intro + "\n" + "\n".join(q) + "\n"


def outlook_quote(frm, sent, to, subject, text, cc=None):
    s = "________________________________\n"
    s += f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n\n" + text.rstrip("\n") + "\n"
    return s


# --------------------------------------------------------------------------- registry
ENTRIES = []


def add(kind, slug, note, frm, to, subject, date, root, cc=(), unsure=False, subj_enc=None,
        mailer="Microsoft Outlook 16.0", reply_to_id=True, extra=()):
    assert kind in ("flag", "clean")
    assert re.fullmatch(r"[a-z0-9_]+", slug), slug
    ENTRIES.append(dict(kind=kind, slug=slug, note=("[unsure] " if unsure else "") + note, frm=frm,
                        to=list(to), cc=list(cc), subject=subject, date=date, root=root,
                        subj_enc=subj_enc, mailer=mailer, reply_to_id=reply_to_id, extra=extra))


def build(e):
    h = ""
    h += addr_header("From", [e["frm"]])
    h += addr_header("To", e["to"])
    if e["cc"]:
        h += addr_header("Cc", e["cc"])
    h += subject_header(e["subject"], e["subj_enc"])
    h += f"Date: {fmt_date(e['date'])}\n"
    h += f"Message-ID: {msgid(e['slug'], e['date'])}\n"
    if e["reply_to_id"] and re.match(r"(?i)(re|fw|fwd):", e["subject"]):
        parent = msgid(e["slug"], e["date"], salt="parent")
        if re.match(r"(?i)re:", e["subject"]):
            h += f"In-Reply-To: {parent}\n"
        h += f"References: {parent}\n"
    if e["mailer"]:
        h += f"X-Mailer: {e['mailer']}\n"
    for k, v in e["extra"]:
        h += f"{k}: {v}\n"
    h += "Content-Language: en-GB\n" if e["mailer"] and "Outlook" in e["mailer"] else ""
    h += "MIME-Version: 1.0\n"
    text = h + render(e["root"], e["slug"], [0], top=True)
    for line in text.split("\n"):
        assert len(line) <= 998, (e["slug"], line[:60])
    return text.replace("\n", "\r\n").encode("utf-8")


# =========================================================================== MESSAGES
# ---------------------------------------------------------------- FLAG (30)

add("flag", "mock_papers_copier_shite",
    "British swearing (shite, to buggery) in plain text to reprographics",
    S("nowak"), [S("bright")], "Mock papers - Year 11 Paper 2", "2025-01-13 07:52",
    T(D("""
Tony,

The bloody copier in the English workroom has chewed up the whole set of Year 11 Paper 2 mocks - 120 copies, half of them creased to buggery and the rest jammed in tray 3. It's complete shite and I've got the first sitting at 9.

Can you run another set on the big machine in repro and send them up with someone before 8.50? Double-sided, stapled top left, same as the master I left in your tray on Friday.

Niamh - cc'ing you so you know why Paper 2 might start a few minutes late in the hall.

Ta,
Aga
""")), cc=[S("mcgrath")])

_body = D("""
Vik,

Just seen this. So they've moved the f***ing deadline forward two days AND changed the column headings on the tracker, so the copy-paste from the last drop won't line up.

I'm not staying till seven again re-entering 180 predicted grades because somebody couldn't look at a calendar before sending it out. I'll do 10X3 and 10X4 tonight if you can pick up the Year 9 sets. Anything else can wait till Monday and they can chase me.

G
""") + "\n" + outlook_quote(
    "Nadia Hussain <n.hussain@example-school.org.uk>", "04 February 2025 12:31",
    "Maths Department <maths-dept@example-school.org.uk>", "Data drop 2 - deadline moved to Thursday",
    D("""
Dear colleagues,

Please note that, due to the trust reporting window, Data Drop 2 will now close at 4pm on Thursday 6 February rather than Monday 10 February.

The tracker has been updated with the new column headings for the 2025 specification. Please enter working-at and predicted grades for all KS3 and KS4 groups.

Thank you for your understanding.

Nadia Hussain
Assistant Headteacher
"""))
add("flag", "data_drop_masked_f_word",
    "masked f***ing in own reply above a clean quoted notice from an assistant head",
    S("sowerby"), [S("sharma")], "RE: Data drop 2 - deadline moved to Thursday", "2025-02-04 16:07",
    ALT(T(_body), H(auto_html(_body))))

add("flag", "cover_rota_digit_swaps",
    "digit substitutions sh1t, b0ll0cks in complaint to cover supervisor",
    S("clarke"), [S("dewhurst")], "cover P4 tomorrow??", "2024-11-19 15:44",
    T(D("""
Lorraine,

I've just been put down to cover 8Y Science P4 tomorrow - that's my only free before the county cup game and I've got 40 consent forms to chase. This is sh1t, honestly. Third time in a fortnight.

Is there genuinely nobody else? I'm not being funny but the whole rota is b0ll0cks at the minute - the same five of us keep getting hammered while some people never appear on it.

Jordan
""")), mailer="Microsoft Outlook for iOS")

add("flag", "minibus_bay_spaced_letters",
    "spaced-out letters 'w a n k e r' about a driver, to site manager",
    S("butterworth"), [S("haworth")], "Minibus bay - silver Audi", "2025-03-20 11:38",
    T(D("""
Craig,

Some absolute w a n k e r in a silver Audi (reg starts YK19) has parked right across the minibus bay again, and I've got the orchestra going to the Town Hall at 12.15 with the timps and both double basses.

Can you get someone to find out whose it is and get it shifted? If it's a visitor, could reception put a note on the signing-in screen about the bay?

Thanks,
Chloe
""")))

_body = D("""
Helen,

That's the third annual review in a row the LA caseworker has failed to turn up to. No apology, nothing. Mum had taken the morning off work and brought Grandma to interpret. I rang the team and was told he "had it down for next week".

He is a complete t-w-a-t and frankly a lazy b.a.s.t.a.r.d - I'm sick of carrying the can for him with families.

Can we raise it at the LA link meeting on the 14th? I've got the dates of all three missed reviews and the emails I sent confirming them.

Blessing
""")
add("flag", "ehcp_review_punctuated_insults",
    "letters separated by hyphens/dots (t-w-a-t, b.a.s.t.a.r.d) about an LA caseworker",
    S("okafor"), [S("ackroyd")], "EHCP annual review - LA no-show again", "2025-01-28 13:05",
    ALT(T(_body), H(auto_html(_body))))

add("flag", "iceland_trip_cyrillic_homoglyphs",
    "Cyrillic look-alike letters inside 'fucking' (U+0441) and 'bollocks' (U+043E) (QP utf-8)",
    S("forbes"), [S("ellison")], "Iceland trip - insurance claim", "2025-04-29 09:17",
    T(D("""
Mark,

Update on the Iceland claim for the lad whose phone went in the Blue Lagoon: the insurers have now fu\u0441king lost the claim form. Twice. They're saying they need the original receipt, which Dad already sent them in February, and a police report, which for a phone dropped in a swimming pool is b\u043ellocks.

I've not attached anything because I've sent them everything already - could you ring them from your end? The policy number is in the trip folder on the shared drive.

Cheers,
Winston
"""), cte="quoted-printable"))

add("flag", "exam_platform_zero_width",
    "zero-width space (U+200B) inside 'wanker' and zero-width joiner (U+200D) inside 'shite' (base64 utf-8)",
    S("patel"), [S("hussain")], "Online mocks platform", "2025-02-26 14:21",
    T(D("""
Imran,

Did the rep from the exam platform ever get back to you? I've just had Year 10 Business sitting there for 25 minutes staring at a loading wheel. He kept telling me to "clear their cache". Absolute wan\u200bker. The whole thing is sh\u200dite from top to bottom and we've paid for three years of it.

I'm going back to paper for the Year 11s next week unless you know something I don't.

Raj
"""), cte="base64"))

_body = D("""
All,

So options evening has been put on the same night as the Year 9 parents' consultation. Same hall, same time. Whoever did the calendar: this is \U0001d41f\U0001d42e\U0001d41c\U0001d424\U0001d422\U0001d427\U0001d420 ridiculous.

We've already sent the letter home. I'll ring round tomorrow, but it's going to look \uff53\uff48\uff49\uff54\uff45 to families either way.

Liam
""")
add("flag", "options_evening_fancy_unicode",
    "mathematical-bold letters for 'fucking' and full-width letters for 'shite'",
    S("fairclough"), [G("heads-of-year", "Heads of Year")], "Options evening clash", "2025-01-09 19:48",
    ALT(T(_body, cte="base64"), H(auto_html(_body), cte="quoted-printable")),
    mailer="Microsoft Outlook for Android")

add("flag", "lighting_desk_html_entities",
    "HTML-only: 'fucked' written entirely as numeric character references",
    S("mensah"), [S("royle"), S("aziz")], "Tech week - lighting desk", "2025-03-05 18:12",
    H(D("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<style>
body { font-family: 'Segoe UI', Arial, sans-serif; font-size: 10.5pt; color: #222222; }
.sig { color: #7a1f5c; font-size: 9pt; border-top: 1px solid #d7c3d0; padding-top: 4px; }
</style></head>
<body>
<p>Hi both,</p>
<p>Bad news for tech week. The hire company have sent us the wrong lighting desk &ndash; it&rsquo;s an old Strand one with half the faders dead, and the USB port is &#102;&#117;&#99;&#107;&#101;&#100;, so we can&rsquo;t load Thursday&rsquo;s plot off the stick.</p>
<p>I&rsquo;ve rung them and they can&rsquo;t swap it until Monday. Can one of you come in early tomorrow so we can re-plot Act One by hand? I&rsquo;ll bring bacon sandwiches (and the veggie ones, Tariq).</p>
<p>K</p>
<p class="sig">Kwame Mensah<br>Head of Drama &amp; Performing Arts</p>
</body></html>
""")))

add("flag", "netball_umpire_markup_split",
    "HTML-only: swear words split by tags and an HTML comment (bell<span>end, <b>f</b>ucking, Sh<!-- -->ite)",
    S("booth"), [G("pe-dept", "PE Department")], "Saturday's county semi", "2025-03-17 07:58",
    H(D("""
<html><body>
<div style="font-family:Arial, Helvetica, sans-serif; font-size:11pt; color:#1b1b1b">
<p>Morning all,</p>
<p>Quick debrief from Saturday as a few of you were asking. We lost 31&ndash;29 to Heckmondwike Grammar in the semi, and honestly the umpire was a total bell<span style="color:#1b1b1b">end</span>. Three held-ball calls against Maisie in the last quarter that were nowhere near three seconds, and she let their GK stand on our shooter&#39;s foot all game.</p>
<p>The girls were gutted. I told them they played brilliantly, which they did, but it was <b>f</b>ucking hard not to say something to her at the end. Sh<!-- -->ite way to go out.</p>
<p>Training as normal Tuesday.</p>
<p>R</p>
</div>
</body></html>
""")))

_body = D("""
Steve,

Got your note about the PO. For the record: the rep from the laser cutter firm is an arse\u00adhole. He's invoiced us twice for the same extraction unit, and now he wants a £180 "call-out fee" for the training day that HE cancelled.

I've put a stop on both invoices and told their accounts team we'll pay once for the unit and nothing for training until it actually happens. If he rings you, don't agree to anything on the phone - send him to me.

Mark
Finance Manager
""")
_html = auto_html(_body).replace("\u00ad", "&shy;")
add("flag", "laser_cutter_soft_hyphen",
    "soft hyphen inside 'arsehole' (U+00AD in the text part, &shy; in the HTML part)",
    S("ellison"), [S("marsden")], "RE: Laser cutter PO 4471", "2024-10-08 10:26",
    ALT(T(_body, cte="quoted-printable"), H(_html, cte="quoted-printable")))

_qp = D("""
Liam,

Repro have printed all 64 of the Stage 2 attendance letters on last ye=
ar's headed paper with the old head's signature and the wrong meeting d=
ates. I'm fuc=
king fed up of it - this is the second time this term.

I'll have to redo the lot tonight, so they won't go out till Thursday. =
Sorry, I know you wanted them in bags today. What a load of =73=68=69=74.

Fatima
Attendance Officer
""")
QP_CHECKS = [(_qp, D("""
Liam,

Repro have printed all 64 of the Stage 2 attendance letters on last year's headed paper with the old head's signature and the wrong meeting dates. I'm fucking fed up of it - this is the second time this term.

I'll have to redo the lot tonight, so they won't go out till Thursday. Sorry, I know you wanted them in bags today. What a load of shit.

Fatima
Attendance Officer
"""))]
add("flag", "attendance_letters_qp_split",
    "quoted-printable: soft line break inside 'fuc=/king' and 'shit' hex-encoded as =73=68=69=74",
    S("begum"), [S("fairclough")], "Attendance letters Y9 - reprint", "2024-11-26 16:35",
    RAWQP("text/plain", _qp, charset="us-ascii"))

add("flag", "dt_drills_base64",
    "base64 body: 'pissed off', 'Some bastard has had the drills'",
    S("marsden"), [S("haworth")], "D4 cordless drills - gone again", "2025-02-24 08:03",
    T(D("""
Craig,

I'm properly pissed off. Some bastard has had the cordless drills out of D4 again - all six of the Makitas and both chargers, out of a locked cupboard. That's the second set since Christmas.

Whoever it is has a key or knows where the spare lives, because there's no damage to the door. Can we get the lock changed today, and can you pull the CCTV for the D&T corridor from Friday 4pm to this morning?

Mark - cc'ing you for the insurance. We'll need a replacement set before the Year 11 NEA deadline or they can't finish their pieces.

Steve
"""), cte="base64"), cc=[S("ellison")])

_body = D("""
Sorry I had to bail at 7.30 - the booking system had me double-booked for most of the evening and I ended up seeing about half my list.

Did any of the 10X2 parents wander over to you? I'll ring the ones I missed tomorrow after school.

Z
""") + "\n" + outlook_quote(
    "Gareth Sowerby <g.sowerby@example-school.org.uk>", "13 March 2025 20:41",
    "Zainab Qureshi <z.qureshi@example-school.org.uk>", "Parents' evening",
    D("""
Zainab - a couple of your 10X2 parents were asking for you at the maths tables around 7.45. I said you'd probably been pulled away. Everything OK?

Gareth
"""))
add("flag", "parents_evening_subject_b64",
    "swearing only in the RFC 2047 (base64) encoded subject 'what a shitshow'; body and quoted message clean",
    S("qureshi"), [S("sowerby")], "Re: Parents’ evening – what a shitshow", "2025-03-13 21:02",
    T(_body), subj_enc="B")

_body = D("""
Jo,

Honestly, tell him to piss off. He's been a twat to half the candidates this series - I've had two complaints about him tutting at kids with access arrangements - and now he wants to leave at 2 on the one afternoon I'm short.

If he can't do the full session, he can't do the session. I'll find someone from the pool.

Paul
""") + "\n" + outlook_quote(
    "Joanne Pickersgill <j.pickersgill@example-school.org.uk>", "12 May 2025 09:14",
    "Paul Hargreaves <p.hargreaves@example-school.org.uk>", "FW: Thursday afternoon",
    D("""
Hi Paul,

Please see below from Derek. He's asking whether he can leave at 2pm on Thursday. He's down for the Geography Paper 2 in the sports hall.

Jo
""") + "\n" + outlook_quote(
        "Derek Lomax <d.lomax@example.net>", "11 May 2025 19:02",
        "Joanne Pickersgill <j.pickersgill@example-school.org.uk>", "Thursday afternoon",
        D("""
Hi Joanne,

Is there any chance I could finish at 2pm on Thursday 15th? I've got an appointment at St James's at 2.45. Happy to make the time up on another day.

Regards,
Derek Lomax
""")))
add("flag", "invigilator_reply_above_thread",
    "own Outlook reply ('piss off', 'twat') above a clean two-level quoted thread",
    S("hargreaves"), [S("pickersgill")], "RE: FW: Thursday afternoon", "2025-05-12 09:40",
    T(_body))

_body = D("""
Hi Jane,

Apologies for the slow reply. The coach company have completely fucked up the booking - they've given our coach to another school - so we're now on two minibuses and a later slot. Honestly it's a shit situation, but we will still get to the Lowry for the matinee.

New return time is about 7.15pm to the front car park. I'll text the parent group when we leave Salford.

Kwame

Sent from my iPhone
""") + "\n" + gmail_quote("On 3 Mar 2025, at 18:22, Jane Parent <jane.parent@gmail.com> wrote:\n", D("""
Hi Mr Mensah,

Just checking what time the coach is due back on Thursday from the theatre trip? Olivia has a dentist appointment at 5 so I need to know whether to pick her up from Salford or school.

Thanks,
Jane
"""))
add("flag", "lowry_trip_reply_to_parent",
    "swearing (fucked up, shit) in own mobile reply to a parent above her clean quoted question",
    S("mensah"), [JANE], "Re: Lowry trip - pick up time?", "2025-03-04 07:31",
    ALT(T(_body), H(auto_html(_body, font="-apple-system, Helvetica, Arial", outlook=False))),
    mailer="iPhone Mail (22D82)")

_body = D("""
Fuuuuuck's sake. Read the below. 30% off consumables and they still expect every required practical done twice for the resit groups.

Who signed this off? Can we meet at lunch and work out what we're actually dropping?

N
""") + "\n" + outlook_quote(
    "Mark Ellison <m.ellison@example-school.org.uk>", "19 June 2025 15:50",
    "Heads of Department <hods@example-school.org.uk>", "Departmental budgets 2025-26",
    D("""
Dear Heads of Department,

Following the Finance Committee on Tuesday, I attach the departmental allocations for 2025-26.

Because of the increase in energy costs and the support staff pay award, consumables budgets have been reduced across the school. For Science this is a reduction of 30% on the 2024-25 figure. Capital bids can still be made through the usual form by 11 July.

If you would like to talk through your allocation, I have slots on Monday and Tuesday next week.

Kind regards,
Mark Ellison
Finance Manager
"""))
add("flag", "science_budget_forward_note",
    "elongated 'Fuuuuuck's sake' in own forwarding note above a clean forwarded budget notice",
    S("adeyemi"), [S("qureshi"), S("wisniewski")], "FW: Departmental budgets 2025-26", "2025-06-19 16:12",
    T(_body))

add("flag", "cover_9f_racial_slur_symbol",
    "racial slur with symbol substitution ('P@ki') about a pupil, plus 'they all stick together'",
    S("dewhurst"), [S("fairclough")], "9F period 5", "2025-02-11 15:36",
    T(D("""
Liam,

9F were a nightmare for cover again P5. That little P@ki lad at the back (the one who's always with Ayaan) was mouthing off the whole lesson and refused to move seats. They all stick together that lot, so nobody would tell me his name.

I've put it on the behaviour system as "unknown pupil". Can you have a word?

Lorraine
""")))

add("flag", "chargers_polack_slur",
    "ethnic slur 'Polacks' about Eastern European pupils, IT technician to site manager",
    S("thornton"), [S("haworth")], "Chargers in B block", "2024-12-03 12:18",
    T(D("""
Craig,

Another 9 laptop chargers gone from the B11 trolley. I'd put money on it being the Polacks in Year 10 again - they were in there for their EAL session before break and the lot of them sell stuff on.

Can you add B11 to your lock-up round at lunch? I'm ordering replacements but they're £28 each.

Dean
"""), cte="quoted-printable"))

add("flag", "pe_8r_disability_slurs",
    "disability slurs ('spaz', 'retard') about a pupil with an EHCP",
    S("whitworth"), [S("clarke")], "8R PE - Thursday", "2025-04-23 17:02",
    T(D("""
Jordan,

Heads up for Thursday. The spaz in 8R (the one with the EHCP and the ear defenders) kicked off again in the changing rooms and threw his trainer at the window. I'm not having that retard in a practical lesson with javelins next half-term, I don't care what the SENCo says.

Stick him on scoring or in the classroom with a worksheet.

Dan
""")))

_body = D("""
Yeah, I'll bring them over after 3. Although if they're for the new drama teacher he can carry them himself - he's a right poof, all scarves and "darling". Bet he's never lifted anything heavier than a script. Proper bender, that one.

T
""") + "\n" + outlook_quote(
    "Craig Haworth <c.haworth@example-school.org.uk>", "30 September 2024 10:05",
    "Tony Bright <t.bright@example-school.org.uk>", "Staging blocks",
    D("""
Tony,

Can you drop the eight staging blocks from the repro store over to the drama studio at some point today? Mr Lowe needs them for the Year 8 showcase on Wednesday.

Cheers,
Craig
"""))
add("flag", "staging_blocks_homophobic",
    "homophobic slurs ('poof', 'bender') about a colleague, in reply above clean request",
    S("bright"), [S("haworth")], "RE: Staging blocks", "2024-09-30 10:22",
    T(_body))

add("flag", "minibus_sectarian_slur",
    "anti-Catholic sectarian slurs ('Taigs', 'left-footers') about the partner sixth form",
    S("ellison"), [S("pickersgill")], "St Cuthbert's minibus", "2024-10-15 14:47",
    T(D("""
Jo,

The Taigs at St Cuthbert's are now asking us to pay half the minibus lease for the sixth-form partnership runs. Half! Their kids use it four days out of five. Typical left-footers - everything's a collection plate.

Can you dig out the original partnership agreement before I reply? I'm sure it says costs are split by usage.

Mark
""")))

add("flag", "repro_ageist_insults",
    "ageist insults about an older colleague ('senile old coffin-dodger', 'doddery old git')",
    S("pickersgill"), [S("begum")], "Repro", "2025-01-20 08:26",
    T(D("""
Fatima,

Don't bother sending the registers to repro this week, Tony's lost them again. Honestly, the senile old coffin-dodger should have retired in about 2010 - he can't work the new copier, can't hear the phone and can't remember what he's been asked by the time he's got back down the stairs. Doddery old git.

Just print them in the office on the colour one and I'll sort the code.

Jo
""")))

_body = D("""
Dan,

Seen the list. So the new Head of Year 8 has put us on the car park instead of running the track events, because "the PE department shouldn't be on every event". Silly bitch has been here five minutes. Someone needs to tell her how sports day actually works.

Typical - give a woman a lanyard and a clipboard and she thinks she runs the place. I'll talk to Ruth.

J
""") + "\n" + outlook_quote(
    "Dan Whitworth <d.whitworth@example-school.org.uk>", "02 July 2025 13:10",
    "PE Department <pe-dept@example-school.org.uk>", "Sports day – duty list",
    D("""
All,

Duty list for sports day attached from Kirsty. We're on car park and the first aid tent in the morning, then free from 1pm.

Dan
"""))
add("flag", "sports_day_sexist_slur",
    "sexist slur and remark about a female colleague ('Silly bitch', 'give a woman a lanyard'); Q-encoded subject",
    S("clarke"), [S("whitworth")], "RE: Sports day – duty list", "2025-07-02 13:34",
    ALT(T(_body, cte="quoted-printable"), H(auto_html(_body), cte="quoted-printable")), subj_enc="Q")

add("flag", "sports_hall_roof_racist",
    "racist description of a Black pupil ('golliwog hair', 'the Caribbean lot')",
    S("haworth"), [S("thornton")], "Roof", "2025-05-07 12:52",
    T(D("""
Dean,

Can you pull the camera on the sports hall roof for about 12.40? One of the Year 10s was up there - lad with the golliwog hair, probably 10C, one of the Caribbean lot. Got down the drainpipe before I could get round.

I want him identified before he breaks his neck. Send me a still and I'll take it to his Head of Year.

Craig
""")), mailer="Microsoft Outlook for Android")

add("flag", "homework_email_to_pupil",
    "teacher swears at a pupil by email ('Get your arse', 'lazy little shit')",
    S("sharma"), [P("19rmahmood", "Rehan Mahmood")], "Homework", "2024-12-10 18:44",
    T(D("""
Rehan,

That's the third homework in a row you've not handed in, and don't tell me Sparx wasn't working because I checked. Get your arse to M7 at 3.10 tomorrow and stop being such a lazy little shit about it. You're capable of a 7 and you're heading for a 4.

Mr Sharma
""")))

add("flag", "behaviour_email_to_carer",
    "Head of Year writes 'bloody disgraceful' and 'complete dickhead' about a pupil to his carer",
    S("fairclough"), [SAM], "Callum - today", "2025-03-06 16:20",
    T(D("""
Dear Sam,

I need to let you know about Callum's behaviour today, which was frankly bloody disgraceful. During the visit from the councillors this morning he shouted across the hall, swore at one of the lunchtime supervisors, and then acted like a complete dickhead in front of the whole Year 9 assembly.

He'll be in internal exclusion tomorrow. I'd like you to come in on Friday at 8.30 to discuss it - please let me know if that works.

Liam Fairclough
Head of Year 9
""")))

add("flag", "dept_meeting_notes_txt_attachment",
    "swearing only in the staff author's own attached .txt notes ('total bollocks', 'wankers'); body clean",
    S("mcgrath"), [G("english-dept", "English Department")], "Dept meeting notes 21/01", "2025-01-21 17:55",
    MIX(T(D("""
Hi all,

Notes from tonight's department meeting attached - typed up quickly, so forgive the typos. Actions for everyone are at the bottom.

Niamh
""")), ATT("dept_meeting_notes_2025-01-21.txt", "text/plain", D("""
ENGLISH DEPT MEETING - 21/01/25
Present: NM, AN, JH, RK, SP (apols: TB)

1. Year 11 mocks
- Paper 1 marking done except 11E4 (JH by Fri).
- Moderation sample: 3 per set, to NM by 31st.

2. KS3 reading ages
- LA reading age data came through. It's total bollocks - half of Year 7 are apparently reading at 16+. Ignore it and use our own NGRT scores.

3. New trust KS3 scheme
- Written by wankers who've never taught a Year 8 set on a Friday afternoon. We'll use the texts but keep our own assessments. (Don't say that at the trust meeting.)

4. AOB
- Book order for An Inspector Calls (30 copies) - AN to chase.
- World Book Day costumes - RK.

ACTIONS
- Everyone: moderation samples by 31/01
- AN: chase books
- NM: email trust re assessment calendar
"""), cte="base64")))

_body = D("""
Hi all,

Updated squad tracker attached (Y9/10). Selection for Saturday is on Friday lunch, so any comments on attendance or attitude let me know before then.

Thanks,
Rachel
""")
add("flag", "netball_tracker_csv_comments",
    "insults about pupils ('knobhead', 'twat') in the comments column of the author's CSV attachment",
    S("booth"), [G("pe-dept", "PE Department")], "Netball squad tracker (Y9/10)", "2025-01-15 12:40",
    MIX(ALT(T(_body), H(auto_html(_body))), ATT("netball_squad_tracker_Y9-10.csv", "text/csv", D('''
Name,Year,Position,Training attended (of 8),Fixture availability,Comments
Maisie Clough,10,GS/GA,8,All,Shooting much improved - captain material
Zara Iqbal,10,C/WA,7,All,Great vision; needs to talk more on court
Amelia Hirst,10,WA,6,Not 8 Feb,Quick feet. Working on her dodge
Jodie Barraclough,9,GK,3,Not Saturdays,Absolute knobhead today - refused to warm up and sulked all session
Kacey Moran,9,WD,5,All,Gobby little twat to the umpire on Weds. Dropped for Sat.
Olivia Nowicka,9,GD,8,All,"Reliable, good footwork"
Precious Okoro,9,GA,7,All,Strong at the top of the circle
'''), cte="quoted-printable")))

add("flag", "printers_wtf_ffs",
    "only abbreviated swearing (WTF, FFS) to the IT technician",
    S("hussain"), [S("thornton")], "C block printers", "2025-05-19 10:03",
    T(D("""
Dean - WTF has happened to the printers in C block? Every job since 9am is sitting in the queue and I've got Year 11 coursework to print for moderation by 3. FFS, this is the third time this month.

Can you have a look before lunch? I'll be in C14.

Imran
""")), unsure=True)

# ---------------------------------------------------------------- CLEAN (60)

add("clean", "u15_cricket_report",
    "cricket report: mishit, maidens, balls, short leg, box, niggling thumb, surnames Cockburn/Dikshit, Pakistan Cricket Board",
    S("sharma"), [G("pe-dept", "PE Department")], "U15 cricket v Ossett - match report", "2025-06-11 08:15",
    T(D("""
Hi all,

Brief report from last night's U15 game away at Ossett, for the newsletter and the squad.

We won by 34 runs. Batting first we made 142 for 6 off our 20 overs. Harry Cockburn carried his bat for 47 not out, and Zain Qureshi chipped in a quick 28 before he mishit a pull straight to square leg. A couple of the middle order were out playing across the line to balls that were full and straight - something for Tuesday's nets.

With the ball Aditya Dikshit was outstanding: 4 for 12 off his four overs including two maidens, with the last two balls of his spell both hitting the top of off stump. Josh Ramsden took a sharp catch at short leg, and Bilal kept tidily despite a niggling thumb.

Fielding was the best it's been all season. Ibrahim at silly point had their batsmen nervous all evening - please remember, helmets on for anyone fielding close in, no exceptions.

Reminder that the development coach from the Pakistan Cricket Board's UK programme is with us next Wednesday after school. Whites please, and bring your own box and pads if you have them - we've only got four spares.

Mr Sharma
""")), cc=[P("u15-cricket", "U15 Cricket Squad")])

_body = D("""
Dear parents and carers,

Just a quick note to say how proud we are of the U14 rugby league squad after Wednesday's cup win against Castleford Academy, 26-18.

It was a proper battle. We were 12-6 down at half-time after a couple of knock-ons in our own twenty, and their hooker was winning everything at the play-the-ball. The lads stuck at it, and once Josh Shufflebottom started running hard from dummy-half we found a chink in their armour down the left edge. Tries from Kyle, Reuben (2), Tendai and Josh, with Arjun kicking three goals.

There was one high tackle from our side which the referee dealt with correctly, and the player concerned apologised to his opposite number straight away - I was pleased with how both teams conducted themselves.

The quarter-final is away at Hunslet on the 27th. Kick-off 3.45, minibus leaves at 2.30. Gum shields are compulsory, and please check your son's boots still fit - we had three pairs held together with tape on Wednesday.

Thanks for all the support on the touchline.

Mr Whitworth
Head of PE
""")
add("clean", "u14_rugby_league_cup",
    "rugby league report to parents: hooker, dummy-half, knock-ons, surname Shufflebottom, idiom 'a chink in their armour'",
    S("whitworth"), [JANE, SAM], "U14 rugby league - Castleford cup win", "2025-02-07 12:30",
    ALT(T(_body), H(auto_html(_body))), cc=[G("pe-dept", "PE Department")], unsure=True)

add("clean", "boxing_club_kit_reply",
    "boxing club reply to parent: gum shield, groin guards, jab/hook/uppercut, no hitting below the belt",
    S("clarke"), [ALI], "RE: Boxing club - kit and consent", "2024-10-02 16:48",
    T(D("""
Dear Mr Guardian,

Thanks for your email about Zayn joining boxing club. He's been along to two taster sessions and he's keen, works hard and listens, which is the main thing.

To answer your questions:

Kit - he'll need a gum shield (the boil-and-bite ones from any sports shop are fine, about £5), a pair of 12oz gloves and hand wraps. We lend headguards and groin guards for sparring, so there's no need to buy those yet.

Sparring - nobody spars until they've done a full half-term of pads, bag work and technique, and never without a signed consent form (attached to the club letter). The first few weeks are non-contact drills: jab, cross, hook, uppercut, footwork and defence. We're very strict about control - no hitting below the belt, no hitting on the break, and anyone who loses their temper sits out.

Competitions - a few of our older boxers go to England Boxing skills bouts, but that's entirely optional and only with your permission.

Sessions are Tuesday and Thursday 3.15-4.30 in the small gym. Any other questions, just give me a ring on 01632 960000.

Kind regards,
Jordan Clarke
PE Department
"""), cte="quoted-printable"))

add("clean", "staff_darts_night",
    "staff darts social: double top, bust, bullseye, 180, pub called the Cock & Bottle",
    S("haworth"), [G("staff-social", "Staff Social")], "Staff darts - Thursday at the Cock & Bottle", "2025-01-27 15:10",
    T(D("""
Evening all,

Staff darts is back on Thursday at the Cock & Bottle on Wharf Street, 6.30 start. The board's been re-hung since last time, so hopefully nobody ends up in the surround like Gareth did.

Format as usual: 501, double out, pairs drawn out of a hat. If you bust, you bust - no arguing with the scorer (that's Jo, and she's ruthless). Warm-up round of Shanghai for anyone who wants it.

Bragging rights so far this term: Vik with the only 180, Blessing with a bullseye finish on 50, and Steve with a three-dart average I'm not allowed to print.

Food's on the pub - chip butties and a veggie option. Soft drinks for anyone driving, please.

Craig
""")))

add("clean", "snooker_enrichment",
    "snooker enrichment: screw back, stun, in-off, snookering, potting the pink, balls",
    S("gallagher"), [P("y12-enrichment", "Year 12 Enrichment")], "Wednesday enrichment - snooker", "2024-09-12 13:02",
    T(D("""
Hi all,

For those who signed up for snooker in the Wednesday enrichment slot, we start next week at the community centre on Kirkgate - meet at the sixth-form entrance at 1.35 and we'll walk down.

First session is the basics: stance, bridge, cueing straight. After that we'll move on to cue ball control - stun, screw back and top spin - and some simple safety play, so you can start snookering each other properly.

A few table rules from the centre: no sitting on the cushions, keep chalk off the cloth, and if you go in-off or foul, the other player gets the points, no arguments. Don't try jumping balls - the centre will ban us.

By Christmas I'd like everyone to be able to clear the colours from yellow through to the black. Some of you are already potting the pink better than I can.

Mr Gallagher
""")))

add("clean", "swimming_gala_results",
    "swimming gala letter: breaststroke, butterfly, trunks, changing rooms, periods, names Cummings/Phuc Nguyen (base64)",
    S("booth"), PARENTS, "Year 7 & 8 swimming gala - results and thanks", "2024-11-21 15:55",
    ALT(T(D("""
Dear parents and carers,

Thank you to everyone who came to the Year 7 and 8 inter-form gala at the leisure centre on Tuesday. The atmosphere was brilliant, and the noise from the viewing gallery could be heard in the car park.

Highlights:
- 7A won the 4 x 25m freestyle relay by a fingertip.
- Ellie Cummings (8K) broke the school record for 50m breaststroke - 41.8 seconds.
- Phuc Nguyen (7C), who only learned to swim last year, swam a full length of butterfly in the novice race to a standing ovation.
- 8M won the overall trophy; 7H were runners-up.

A few practical notes for next time: please label costumes, trunks and towels, as we came back with a whole bin bag of lost property. Goggles are fine; jewellery needs to come off before pupils go into the changing rooms. Anyone who can't swim for medical or religious reasons, or because they're on their period, can still come along as an official or timekeeper - just let us know.

Photos will go on the school website once we've checked consents.

Miss Booth
PE Department
"""), cte="base64"), H(D("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear parents and carers,</p>
<p>Thank you to everyone who came to the Year 7 and 8 inter-form gala at the leisure centre on Tuesday. The atmosphere was brilliant, and the noise from the viewing gallery could be heard in the car park.</p>
<p><b>Highlights:</b></p>
<ul>
<li>7A won the 4 x 25m freestyle relay by a fingertip.</li>
<li>Ellie Cummings (8K) broke the school record for 50m breaststroke &ndash; 41.8 seconds.</li>
<li>Phuc Nguyen (7C), who only learned to swim last year, swam a full length of butterfly in the novice race to a standing ovation.</li>
<li>8M won the overall trophy; 7H were runners-up.</li>
</ul>
<p>A few practical notes for next time: please label costumes, trunks and towels, as we came back with a whole bin bag of lost property. Goggles are fine; jewellery needs to come off before pupils go into the changing rooms. Anyone who can&rsquo;t swim for medical or religious reasons, or because they&rsquo;re on their period, can still come along as an official or timekeeper &ndash; just let us know.</p>
<p>Photos will go on the school website once we&rsquo;ve checked consents.</p>
<p>Miss Booth<br>PE Department</p>
</body></html>
"""), cte="base64")), cc=[G("pe-dept", "PE Department")])

add("clean", "netball_positions",
    "netball positions to pupils: GS/GA/WD, obstruction, contact, held ball; name Titilayo",
    S("lees"), [P("y7-netball", "Year 7 Netball")], "Netball - positions for Saturday", "2025-01-30 16:25",
    T(D("""
Hi girls,

Well done on Thursday's training - much better passing. Here are positions for Saturday's league match at Batley Girls. We'll rotate at half-time so everyone gets court time.

First half:
GS - Titilayo
GA - Amelia
WA - Hafsa
C - Millie
WD - Oliwia
GD - Grace
GK - Precious

Remember what we worked on: hold your space, don't make contact, and stay three feet away when you mark the ball or it's obstruction. If the umpire calls held ball, don't argue - just get back into position.

Bench: Chloe, Iman, Harriet. Full kit please - bibs are provided. Meet 8.45 at the school gates.

Miss Lees
""")))

_body = D("""
Dear parents and carers,

We have had a fantastic season so far with our boys' and girls' football teams, and we know how much our young people appreciate having families on the touchline.

However, I need to raise something from last Saturday's U16 fixture. A small group of spectators (not from our school) began singing chants that were homophobic and racist, including one about an opposing player's sexuality and another aimed at a player's ethnicity. The match was paused and the referee, quite rightly, asked for the group to be removed.

I want to be really clear about our expectations when you support our teams, home or away:

- Chants or comments about anyone's race, religion, sexuality, disability or gender are not acceptable, full stop. We will stop the game.
- Please don't direct comments at referees, who are often young officials themselves.
- Cheer for our players, not against theirs.

We follow the FA Respect code and support Kick It Out. Next month our U14s travel to the regional tournament at Scunthorpe United's academy, and I know we'll represent the school brilliantly there as well.

Thank you for your support.

Dan Whitworth
Head of PE
""")
add("clean", "football_chants_letter",
    "letter about banned homophobic/racist chants described without quoting them; Scunthorpe",
    S("whitworth"), PARENTS, "Spectator behaviour at football fixtures", "2024-10-18 14:05",
    ALT(T(_body), H(auto_html(_body))), cc=[S("holroyd")])

add("clean", "pe_injury_groin_report",
    "accident report to carer: knee to the groin, testicles checked, bloody nose (literal)",
    S("clarke"), [SAM], "Jayden - PE injury this afternoon", "2025-04-30 15:32",
    T(D("""
Dear Sam,

Just to let you know that Jayden took a knock during PE football this afternoon. He went in for a 50-50 tackle and caught the other lad's knee in the groin. He was winded and in a fair bit of pain, so I took him to the medical room, where Mrs Dewhurst (first aider) checked him over. There was no swelling or bruising to the testicles that she could see, and he was walking normally after twenty minutes with an ice pack.

He also had a slightly bloody nose from a separate collision earlier in the lesson, which stopped quickly.

If he's still sore tonight or tomorrow, or you notice any swelling, please get him checked by your GP or 111 - with any blow to that area it's better to be safe. An accident form has been completed and I've logged it on the system.

Kind regards,
Mr Clarke
""")))

_body = D("""
Dear parents and carers,

I am writing to let you know about the Relationships and Sex Education (RSE) topics Year 9 will cover in PSHE lessons this summer term, in line with the statutory guidance.

Lessons will cover:
- Puberty and the body: using the correct terms for the genitals (penis, testicles, vulva, vagina), erections and wet dreams, periods and menstrual health, and why these changes are normal.
- Consent: what it is, how it is given and withdrawn, and the law.
- Contraception and sexual health, including condoms and STIs.
- The risks of pornography and of sharing nude images, including the law on under-18s.
- Masturbation is mentioned briefly, as a normal and private part of development, in answer to anonymous questions.

We use correct anatomical vocabulary because it helps young people to understand their bodies and to tell a trusted adult if something is wrong.

You have the right to request that your child is withdrawn from the sex education elements (but not the relationships or health education elements) until three terms before they turn 16. If you would like to discuss this, or to see the lesson resources, please contact me on 01632 960000 or reply to this email.

Yours sincerely,
Mrs A Rashid
PSHE Lead
""")
add("clean", "rse_year9_letter",
    "RSE letter: penis, testicles, vulva, vagina, erections, wet dreams, masturbation, pornography as topics (QP)",
    S("rashid"), PARENTS, "Year 9 Relationships and Sex Education - summer term", "2025-04-24 11:00",
    ALT(T(_body, cte="quoted-printable"), H(auto_html(_body), cte="quoted-printable")))

add("clean", "intimate_care_plan",
    "SENCo intimate care / continence plan: pull-ups, wet, soiled, bowel movement, urine (staff only)",
    S("okafor"), [S("naylor")], "Intimate care plan - T (7L) - please read before Monday", "2024-09-06 14:40",
    T(D("""
Kelly,

Thanks for agreeing to be T's second named adult for intimate care. Here's a summary of the plan - the full version is in the locked SEN cabinet and on CPOMS.

- T wears pull-ups during the day and is working on toileting at set times: on arrival, after break, after lunch and before the bus.
- He usually lets us know he's wet by tugging at his trousers or going to the door. He won't always say if he's soiled, so check discreetly at the set times.
- Use the accessible toilet by the hall. Gloves, apron, wipes, spare pull-ups and a full change of clothes are in his named box.
- Record every change on the sheet in the box - time, wet or bowel movement, and anything unusual (loose stools, blood in the urine, redness or soreness). Mum has asked to be told if he's had no bowel movement for two days.
- Two adults are not needed for every change, but always let another member of staff know you're going.

He's a lovely lad and very anxious about this, so keep it low-key and matter-of-fact - a sticker at the end of the day works wonders.

Blessing
SENCo
""")), cc=[S("ackroyd")])

add("clean", "period_products_restock",
    "free period products: tampons, pads, menstrual cups, heavy periods (base64 utf-8)",
    S("rashid"), [G("pastoral", "Pastoral Team")], "Free period products - restock and reminder", "2025-02-03 08:34",
    T(D("""
Hi all,

The new delivery from the DfE period product scheme has arrived (thanks to Joanne for signing for 14 boxes). Stock is now in the pastoral office cupboard and in the girls' and accessible toilets on each floor.

We now have:
- Regular, super and night-time pads (sanitary towels)
- Regular and super tampons, applicator and non-applicator
- Period pants in sizes 8-16
- A small number of menstrual cups, which we only give out after a chat with the school nurse

Please remind tutor groups that anyone who needs them can just take them - no questions asked, no need to ask a member of staff. If a pupil has very heavy periods, is missing lessons because of period pain, or says they're using toilet roll because they can't afford products at home, please log it on CPOMS so we can follow up kindly.

Budget left for this year: £312. If you spot stock running low, let me know.

Thanks,
Amina
"""), cte="base64"))

add("clean", "re_heaven_hell_homework",
    "RE homework: Hell, the damned, damnation, purgatory, Jesus Christ, Dante's Inferno",
    S("chaudhry"), [P("y10-re", "Year 10 RE")], "Y10 RE homework - Christian beliefs about Heaven and Hell", "2025-03-10 15:12",
    T(D("""
Year 10,

Your homework for Monday is a 12-mark practice question:

"A loving God would not send anyone to Hell." Evaluate this statement.

Remember to include:
- Traditional Christian teaching on Heaven, Hell and judgement - e.g. the parable of the Sheep and the Goats (Matthew 25), where the damned are sent "into the eternal fire".
- Catholic teaching on purgatory, and how some Christians see Hell as separation from God rather than a place of fire.
- A different Christian view: e.g. universalism, the belief that Jesus Christ's sacrifice saves all people.
- A non-religious view.

For wider reading, Dante's Inferno has nine circles of Hell and is the source of a lot of modern images of damnation - the Year 10 library box has a graphic novel version.

Two sides of A4 maximum. Don't forget SPaG counts on this one.

Mrs Chaudhry
""")))

add("clean", "sixth_form_mass_newsletter",
    "HTML-only styled chaplaincy newsletter: Hail Mary ('fruit of thy womb, Jesus'), Creed ('descended into hell'), hymns naming Jesus Christ",
    S("gallagher"), [P("sixthform", "Sixth Form"), G("allstaff", "All Staff")],
    "Sixth Form Partnership – Mass for the Ascension", "2025-05-23 09:30",
    H(D("""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>
  body { margin:0; background:#f3f0e8; font-family: Georgia, 'Times New Roman', serif; color:#2b2b2b; }
  .wrap { max-width:620px; margin:0 auto; background:#ffffff; }
  .banner { background:#5b2a86; color:#ffffff; padding:18px 24px; }
  .banner h1 { margin:0; font-size:22px; letter-spacing:0.5px; }
  .banner p { margin:4px 0 0; font-size:13px; color:#e7dcf2; }
  .section { padding:14px 24px; border-bottom:1px solid #ece6f3; }
  .section h2 { font-size:16px; color:#5b2a86; margin:0 0 6px; }
  .prayer { font-style:italic; background:#faf7fd; border-left:4px solid #c9a227; padding:8px 12px; }
  .foot { padding:12px 24px; font-size:11px; color:#777777; }
</style></head>
<body><div class="wrap">
<div class="banner"><h1>Sixth Form Partnership Chaplaincy</h1><p>Example School &amp; St Cuthbert&#8217;s Catholic Sixth Form</p></div>
<div class="section"><h2>Mass for the Solemnity of the Ascension</h2>
<p>All sixth-form students and staff are warmly invited to our partnership Mass on <b>Thursday 29 May at 9.15am</b> in the St Cuthbert&#8217;s chapel, celebrated by Fr Dominic. Students of all faiths and none are very welcome to attend and take part as they feel comfortable.</p></div>
<div class="section"><h2>Hymns</h2>
<ul>
<li>Entrance: <i>Hail the Day That Sees Him Rise</i></li>
<li>Offertory: <i>Christ Be Our Light</i></li>
<li>Communion: <i>Jesus Christ Is Risen Today</i> (Year 13 choir, descant by Aoife and Chidi)</li>
<li>Recessional: <i>Hail, Redeemer, King Divine</i></li>
</ul></div>
<div class="section"><h2>Prayer of the month</h2>
<p class="prayer">Hail Mary, full of grace, the Lord is with thee; blessed art thou among women, and blessed is the fruit of thy womb, Jesus.<br>Holy Mary, Mother of God, pray for us sinners, now and at the hour of our death. Amen.</p></div>
<div class="section"><h2>RE enrichment</h2>
<p>Tuesday&#8217;s lunchtime discussion looks at the line in the Apostles&#8217; Creed that Christ &#8220;descended into hell&#8221; &#8211; what did early Christians mean by it, and why do some modern translations say &#8220;to the dead&#8221;? Bring your lunch to RS2.</p></div>
<div class="section"><h2>Volunteering</h2>
<p>The SVP group needs four more helpers for the food bank on Saturday mornings. Speak to Mr Gallagher.</p></div>
<div class="foot">Chaplaincy team &middot; 01632 960000 &middot; office@example-school.org.uk</div>
</div></body></html>
"""), cte="quoted-printable"))

add("clean", "carol_service_programme",
    "carol service: 'the ox and ass before Him bow', Polish carol title (QP utf-8)",
    S("butterworth"), PARENTS, "Christmas Carol Service - St Anne's, 17 December", "2024-12-02 17:20",
    T(D("""
Dear parents and carers,

Our Christmas Carol Service will take place at St Anne's Cathedral on Tuesday 17 December at 6.30pm. All three choirs, the brass group and the Year 7 nativity readers are taking part. Doors open at 6pm.

Singers need to be at the cathedral by 5.15 for a rehearsal, wearing school uniform with a red or green accessory (tinsel within reason!).

The programme includes:
- Once in Royal David's City (solo first verse - Amara, Year 8)
- Good Christian Men, Rejoice - listen out for the ox and ass before Him bow!
- In the Bleak Midwinter (Holst)
- Hark! The Herald Angels Sing
- Lulajże, Jezuniu, a Polish carol sung by our Polish-speaking pupils
- Joy to the World, with the whole congregation

There will be a retiring collection for the cathedral's night shelter. Pupils will be dismissed from the cathedral at around 7.45 and must be collected by an adult unless you have told us otherwise.

Miss Butterworth
Director of Music
""")))

add("clean", "mandir_gurdwara_visits",
    "RE colleague email: Shiva lingam explained respectfully, kirpan, Waheguru, karah prashad",
    S("chaudhry"), [S("sandhu")], "Mandir and gurdwara visits - Year 8", "2025-04-01 12:11",
    T(D("""
Hi Gurpreet,

Thanks for sorting the gurdwara visit - the committee were lovely on the phone. Can you remind the kids about head coverings (we'll take spare bandanas) and that they'll be offered karah prashad? They should accept it with cupped hands, and tell you beforehand if they have allergies.

For the mandir visit the week after, the pandit has offered to talk them through the murtis in the shrine, including the Shiva lingam. Some of them will giggle at the word because of what they've read online, so I've added a slide explaining what it actually is - a symbol of Shiva and the formless divine - and why it's treated with great respect.

Also on the worksheet: Waheguru, the Mool Mantar, and the Five Ks (kesh, kangha, kara, kachera and kirpan). Please make sure they understand the kirpan is an article of faith and not "a knife" - we had a couple of silly comments last year.

Priya
""")))

_body = D("""
Dear colleagues,

Monday 27 January is Holocaust Memorial Day, marking the liberation of Auschwitz-Birkenau in 1945. This year's theme is "For a Better Future".

Tutor time materials are on the shared drive under Pastoral > HMD 2025. They include a short film about a survivor who came to Bradford as a child, and a set of discussion questions.

Please read the staff notes before you use them. Some key points:
- Use precise language: the Holocaust was the murder of six million Jews by the Nazis and their collaborators. Roma and Sinti people, disabled people, gay men and political opponents were also persecuted and murdered.
- Avoid activities that ask pupils to role-play victims or perpetrators.
- Some pupils may have family histories of genocide or persecution - including Srebrenica, Rwanda, Darfur and Cambodia - so please be alert.
- The film includes brief archive footage of the camps, including the gas chambers and extermination sites. Pupils can step outside if they need to.

If any pupil makes antisemitic or other hateful comments, please challenge it, record it on CPOMS as a prejudice-related incident, and let me know.

Thank you,
Shereen
Head of History
""")
add("clean", "holocaust_memorial_day",
    "Holocaust Memorial Day tutor notes: Nazis, Jews, extermination, gas chambers, genocide, antisemitic",
    S("bailey"), [G("allstaff", "All Staff")], "Holocaust Memorial Day - tutor time materials", "2025-01-22 16:30",
    ALT(T(_body), H(auto_html(_body, font="Aptos, sans-serif"))))

add("clean", "y12_history_reading",
    "history reading list: Bloody Sunday, Bloody Mary, Peterloo Massacre, 'William the Bastard' as historical epithet",
    S("bailey"), [P("y12-history", "Year 12 History")], "Y12 summer reading - power and protest", "2025-07-15 14:02",
    T(D("""
Year 12,

Before we start the coursework unit in September, please read at least two of the following. They're all in the sixth-form library or on the ebook platform.

1. A history of Bloody Sunday and the Saville Inquiry - the events in Derry on 30 January 1972.
2. A life of Mary I (often called "Bloody Mary") - Anna Whitelock's is very readable. Ask yourself how far that nickname is Protestant propaganda.
3. Jacqueline Riding, "Peterloo: The Story of the Manchester Massacre" - 16 August 1819, a couple of tram stops from where some of you live.
4. Marc Morris, "William the Conqueror". Contemporaries called him William the Bastard because his parents weren't married; think about how historians choose what to call people.

Keep a reading log - author, argument, evidence, and one thing you disagree with. We'll use them in the first week back.

Have a good summer.

Ms Bailey-Campbell
""")))

add("clean", "racist_advertising_sources",
    "history dept note on teaching racist imagery: names 'golliwog' and 'Little Black Sambo' as offensive sources, not used at anyone",
    S("bailey"), [G("history-dept", "History Department")], "Y9 racism in advertising lesson - sources", "2025-02-26 17:45",
    T(D("""
Hi team,

Quick note on the Year 9 "Empire and Advertising" lesson for next week, before anyone prints the sources.

The source pack includes a 1930s Robertson's jam advert with the golliwog mascot and a page from "The Story of Little Black Sambo". Both are there deliberately, so pupils can analyse how racist caricature was used to sell products and normalise empire - Robertson's only dropped the golliwog in 2001.

Please:
- Introduce the sources with the framing slide first, and explain that the words and images are offensive and why.
- Don't ask pupils to read any of the captions aloud, and don't use the words yourself beyond naming the sources.
- Give a heads-up to Black pupils in your group beforehand, and offer the alternative source (the Windrush-era poster) to anyone who'd prefer it.
- Log anything said by pupils in the lesson that's directed at someone as a racist incident.

Thanks - any worries, come and see me.
Shereen
""")), unsure=True)

_body = D("""
Dear colleagues,

UK Disability History Month runs from 14 November to 20 December. As part of it, Year 10 History and Year 9 PSHE are looking at how the language used about disabled people has changed.

Some of the historical terms are shocking to read now. The Mental Deficiency Act 1913 formally classified people as "idiots", "imbeciles" and "feeble-minded", and the charity now called Scope was founded in 1952 as The Spastics Society, changing its name only in 1994 after disabled campaigners pointed out the harm the word did.

We are teaching these terms as history, and pupils will be told clearly that they are offensive and why. If you hear them used as insults in corridors or in your lessons, please treat it as a prejudice-related incident, in the same way as racist or homophobic language, and record it on CPOMS.

Today we say "disabled people" (the social model), "learning disability", "autistic person" or "person with autism" (ask the individual what they prefer) and "wheelchair user".

Our SEND Ambassadors are leading an assembly in week 2 - please encourage your tutor group to listen.

Blessing Okafor
SENCo
""")
add("clean", "disability_history_month",
    "Disability History Month: historical terms (idiots, imbeciles, The Spastics Society) named as offensive, not used at anyone",
    S("okafor"), [G("allstaff", "All Staff")], "UK Disability History Month - language then and now", "2024-11-11 07:45",
    ALT(T(_body), H(auto_html(_body))), unsure=True)

_body = D("""
Dear parents and carers,

This half-term Year 10 will be studying John Steinbeck's novella Of Mice and Men as part of their English Literature course.

The novel is set among migrant ranch workers in 1930s California, and it reflects the racism, sexism and attitudes to disability of that time and place. In particular:
- Crooks, the only Black character, is repeatedly referred to by a racial slur. We do not say this word aloud in lessons, including when reading extracts; teachers will say "the n-word" or leave it out.
- Curley's wife is never given a name and is called things like "tart" by the men - we look closely at why Steinbeck does this.
- Lennie's learning disability is described in terms that are offensive today.

Pupils will discuss these issues carefully and respectfully, and we talk explicitly about the harm such language causes. If your child would find any of this upsetting, or you have any questions, please get in touch.

Yours sincerely,
Mrs N McGrath
Head of English
""")
add("clean", "of_mice_and_men_letter",
    "set-text letter to parents: racial slur referred to as 'the n-word', 'tart' quoted as characters' language",
    S("mcgrath"), PARENTS, "Year 10 English - Of Mice and Men", "2025-02-24 12:15",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "dna_script_language",
    "drama set text DNA: strong language in the script described ('the f-word appears dozens of times'), rehearsal rules",
    S("mensah"), [P("y10-drama", "Year 10 Drama")], "DNA - scripts and rehearsal schedule", "2024-09-24 15:58",
    T(D("""
Hi Year 10,

Scripts for DNA (Dennis Kelly) are in your trays. Please have Section One read by Thursday.

A reminder about the language in the play: the characters swear a lot - the f-word appears dozens of times in the first few scenes. It's part of how Kelly shows the group and their fear. In rehearsal we'll speak the lines as written, because that's the script the examiner knows, but:
- We say them as characters, in the scene, not to each other in the corridor.
- If you're not comfortable saying a line, tell me and we'll agree a cut.
- No improvised extra swearing!

Rehearsal schedule:
Tue 3.15-4.30 Section One (Leah, Phil, John Tate, Jan, Mark)
Thu 3.15-4.30 Section Two (Brian, Cathy, Richard, Lou, Danny)

See you then,
Mr Mensah
""")), cc=[S("royle")])

add("clean", "kes_essay_feedback",
    "essay feedback to a pupil quoting the word 'bastard' from the set text Kes in analytical context",
    S("nowak"), [P("20tbarker", "Tyler Barker")], "Kes essay feedback", "2025-05-14 19:20",
    T(D("""
Hi Tyler,

Really good essay on Billy and Jud - some of your best writing this year. A few pointers before you redraft.

WWW: Your analysis of the scenes at home is strong. You spot that when Jud calls Billy a "bastard" and threatens him, Hines writes the dialect exactly as it would be spoken in Barnsley, so the violence feels real and local. That's a great point about setting.

EBI: Don't just quote the swearing and say it "shows he's angry". Link it to the bigger picture - the way Billy is spoken to by almost every adult (Jud, Mr Gryce, Mr Sugden) and how Mr Farthing is the exception. What is Hines saying about how working-class boys were treated by school in the 1960s?

Target: one paragraph on Kes the kestrel as a symbol of freedom.

Redraft due Friday. Well done.
Miss Nowak
""")), unsure=True)

add("clean", "shakespeare_insults_homework",
    "Shakespeare insults homework: 'devil damn thee black', 'Out, damned spot', 'Thou whoreson zed'",
    S("mcgrath"), [P("y9-english", "Year 9 English")], "Y9 - Shakespearean insults homework", "2024-10-09 14:50",
    T(D("""
Year 9,

Following today's lesson, here's the homework: pick three insults from the list below, explain what each one means in modern English, who says it to whom, and why.

- "The devil damn thee black, thou cream-faced loon!" (Macbeth to a servant, Macbeth 5.3)
- "Out, damned spot! Out, I say!" (Lady Macbeth, 5.1 - is this an insult, or something else?)
- "Thou whoreson zed! Thou unnecessary letter!" (Kent to Oswald, King Lear 2.2)
- "Thou art a boil, a plague-sore" (Lear to Goneril, 2.4)
- "You Banbury cheese!" (Bardolph to Slender, The Merry Wives of Windsor)

Then write a short dialogue (10 lines) in which two characters insult each other using Shakespearean language only. Keep it kind - no insults about anyone in the class, please.

Due Wednesday.
Mrs McGrath
""")))

_body = D("""
Year 13,

For Thursday, please re-read the window scene in The Miller's Tale with the glossary open.

Things to annotate:
- The fabliau conventions: an old husband, a clever clerk, a young wife, and a plot that ends in public humiliation.
- Chaucer's bawdy vocabulary. "Queynte" and "ers" are exactly as direct as they look; think about why the Miller, who is drunk, tells it this way - and why Chaucer the pilgrim apologises in the Prologue and tells us to "turne over the leef" if we'd rather a more moral tale.
- The moment Absolon "kiste hir naked ers" - a comic reversal of courtly love. How does it parody the language of romance earlier in the tale?

Critical reading is on the VLE: Derek Pearsall on the fabliaux, and the Helen Cooper chapter.

Mrs McGrath
""")
add("clean", "millers_tale_annotation",
    "A-level Chaucer: Middle English bawdy words quoted from the set text ('queynte', 'kiste hir naked ers')",
    S("mcgrath"), [P("y13-englit", "Year 13 English Literature")], "Y13 Lit - The Miller's Tale, window scene", "2025-01-14 16:05",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "lotf_quotes_txt",
    "set-text revision .txt (QP): 'Sucks to your ass-mar', 'Bollocks to the rules!' quoted from Lord of the Flies",
    S("nowak"), [P("10e2", "10E2")], "Lord of the Flies - key quotations", "2025-03-03 16:40",
    MIX(T(D("""
Hi 10E2,

Attached is the key quotations sheet we went through today. Learn five of them for the quiz on Monday - you'll need them for the character and theme questions.

Miss Nowak
""")), ATT("LOTF_key_quotations.txt", "text/plain", D("""
LORD OF THE FLIES - KEY QUOTATIONS (William Golding, 1954)

PIGGY
"I got to have them specs." (ch.1) - dependence, vulnerability
"Sucks to your ass-mar!" (Ralph, ch.1) - the boys mock Piggy's asthma; the cruelty starts early
"Which is better - to have rules and agree, or to hunt and kill?" (ch.11)

RALPH / JACK
"We've got to have rules and obey them. After all, we're not savages. We're English." (Jack, ch.2) - dramatic irony
"Bollocks to the rules! We're strong - we hunt!" (Jack, ch.5) - open rejection of order
"Kill the pig! Cut her throat! Spill her blood!" (chant, ch.4) - rising violence
"Ralph wept for the end of innocence, the darkness of man's heart" (ch.12)

SIMON
"Maybe there is a beast... maybe it's only us." (ch.5)

THE LORD OF THE FLIES
"Fancy thinking the Beast was something you could hunt and kill!" (ch.8)

THEMES TO LINK: civilisation vs savagery; loss of innocence; power; fear; the beast within.
"""), cte="quoted-printable")))

add("clean", "aladdin_panto_newsletter",
    "HTML-only panto newsletter: Widow Twankey, genie vanishes 'poof!', Dick Whittington next year",
    S("mensah"), PARENTS, "Aladdin - this year's Christmas panto! Tickets on sale now", "2024-11-25 18:00",
    H(D("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>
 body { background:#12083a; margin:0; padding:0; }
 .card { width:600px; margin:20px auto; background:#fffaf0; border:6px solid #d4a017; border-radius:12px; font-family:'Trebuchet MS', Arial, sans-serif; color:#2a1a00; }
 .top { background:linear-gradient(#7b1fa2,#4a0072); color:#ffd54f; text-align:center; padding:22px; border-radius:6px 6px 0 0; }
 .top h1 { font-size:34px; margin:0; font-family:'Palatino Linotype', serif; }
 .top .sub { color:#ffffff; font-size:14px; }
 .body { padding:16px 26px; font-size:14px; line-height:1.5; }
 .cast td { padding:2px 10px 2px 0; font-size:13px; }
 .btn { display:inline-block; background:#d4a017; color:#12083a; padding:8px 18px; border-radius:20px; font-weight:bold; text-decoration:none; }
</style></head>
<body><div class="card">
<div class="top"><h1>&#10024; ALADDIN &#10024;</h1><div class="sub">The Example School Christmas Pantomime &middot; 11&ndash;13 December, 7pm &middot; Main Hall</div></div>
<div class="body">
<p>Oh yes it is! Our Year 7&ndash;13 company have been rehearsing since September and we can&rsquo;t wait to welcome you to Old Peking (via Leeds).</p>
<table class="cast">
<tr><td><b>Aladdin</b></td><td>Ruby Osei (Y10)</td></tr>
<tr><td><b>Princess Jasmine</b></td><td>Mariam Haq (Y11)</td></tr>
<tr><td><b>Widow Twankey</b></td><td>Mr Sowerby from Maths, in a wig we can only describe as architectural</td></tr>
<tr><td><b>Wishee Washee</b></td><td>Kacper Zielinski (Y9)</td></tr>
<tr><td><b>Abanazar</b></td><td>Jonah Ellis (Y12) &ndash; boo him loudly</td></tr>
<tr><td><b>The Genie</b></td><td>Adaeze Nwosu (Y13)</td></tr>
</table>
<p>Expect the laundry scene, a flying carpet held together by the D&amp;T department, and a Genie who vanishes &ndash; <i>poof!</i> &ndash; in a cloud of (biodegradable) glitter. Please shout &ldquo;He&rsquo;s behind you!&rdquo; as loudly as you like.</p>
<p>Tickets: &pound;5 adults, &pound;3 children and concessions, on the school app. Interval refreshments from the PTA.</p>
<p><a class="btn" href="https://example-school.org.uk/panto">Book tickets</a></p>
<p style="font-size:12px;color:#6b4e00">Sneak preview: next year&rsquo;s panto will be <b>Dick Whittington</b> &ndash; auditions for his cat open in June.</p>
</div></div></body></html>
"""), cte="quoted-printable"))

_body = D("""
Hi all,

Thanks to everyone who came to the Legally Blonde info session - 83 of you! The audition sign-up sheet is on the music block noticeboard.

Audition songs (learn the section marked on the sheet music in your folder):
- Elle: "So Much Better" (bars 1-32)
- Emmett: "Chip on My Shoulder" (bars 9-40)
- Paulette: "Ireland" (first verse and chorus)
- Vivienne: "Legally Blonde Remix" (bars 24-56)
- Callahan: "Blood in the Water" (first verse)
- Brooke: "Whipped into Shape" - with skipping rope, if you dare!
- Ensemble / Delta Nus: "Omigod You Guys" opening

Acting sides are from the courtroom scene around "Gay or European?", the comedy number about the witness, Nikos. The joke is on the characters trying to guess, not on anyone's sexuality, and we'll talk about how to play it with that in mind. Paulette's "Bend and Snap" choreography will be taught at the dance call.

Callbacks Friday 3.30 in the drama studio.

Miss Butterworth
""")
add("clean", "legally_blonde_auditions",
    "musical song titles: 'Gay or European?', 'Bend and Snap', 'Whipped into Shape', 'Blood in the Water'",
    S("butterworth"), [P("musical-2025", "Musical 2025 Cast")], "Legally Blonde auditions - songs and sides", "2025-01-08 15:40",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "punk_unit_album_title",
    "music lesson context: album title 'Never Mind the Bollocks' and 1977 obscenity case explained",
    S("butterworth"), [S("ashworth")], "Y10 popular music - punk unit", "2025-02-12 13:22",
    T(D("""
Ben,

I've put the punk lesson for Year 10 on the drive. Main listening is "God Save the Queen" and "Anarchy in the UK" - the radio edits, so nothing to worry about in the lyrics.

The context slides cover the Bill Grundy interview (described, not played) and the 1977 case over the album Never Mind the Bollocks, Here's the Sex Pistols, when a Nottingham record shop manager was prosecuted for displaying the sleeve. The magistrates threw it out after a language expert explained the word's long and fairly innocent history, including as an old nickname for clergymen - the kids love that bit, and it's a good way into how punk used shock as a marketing tool.

Can you check the DIY-aesthetic task sheets print in colour? They need the safety-pin and ransom-note lettering.

Chloe
""")), unsure=True)

add("clean", "burns_night_ceilidh",
    "ceilidh dances: Gay Gordons, Strip the Willow, Dashing White Sergeant",
    S("royle"), [JANE, ALI], "Year 7 Burns Night ceilidh - Friday 24 January", "2025-01-10 12:35",
    T(D("""
Dear Year 7 parents and carers,

Our Year 7 Burns Night ceilidh is on Friday 24 January, 6-8pm in the main hall. In PE dance lessons this half-term everyone has been learning the dances, so be prepared to be dragged up!

The programme, with our caller Mrs Ferguson and a local ceilidh band:
- Gay Gordons
- Dashing White Sergeant
- Strip the Willow (the fast one - sensible shoes essential!)
- Virginia Reel
- Canadian Barn Dance

Pupils can wear non-uniform - tartan if they have it, trainers definitely. There will be shortbread, Irn-Bru and a haggis-tasting table (vegetarian and halal options provided).

Tickets are £3 per pupil; parents and siblings free. Pay via the school app.

Mrs Royle
Dance
"""), cte="quoted-printable"), cc=[P("year7", "Year 7")])

add("clean", "film_club_lineup",
    "HTML-only film club list: Moby Dick, Free Willy, Princess Mononoke (Ashitaka), Kes, Hitchcock",
    S("aziz"), [P("filmclub", "Film Club")], "Film Club - spring term line-up", "2025-01-06 10:15",
    H(D("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<style>
table.films { border-collapse:collapse; font-family:Verdana, sans-serif; font-size:12px; }
table.films th { background:#111; color:#f5c518; padding:6px 10px; text-align:left; }
table.films td { border-bottom:1px solid #ddd; padding:6px 10px; }
h2 { font-family:Impact, 'Arial Black', sans-serif; color:#b0001e; letter-spacing:1px; }
</style></head>
<body>
<h2>FILM CLUB &ndash; SPRING TERM</h2>
<p style="font-family:Verdana,sans-serif;font-size:12px">Tuesdays, 3.15pm, Media Suite (M2). Popcorn 50p. Age ratings are on the list &ndash; we stick to them.</p>
<table class="films">
<tr><th>Date</th><th>Film</th><th>Why we&#39;re watching it</th></tr>
<tr><td>14 Jan</td><td>Free Willy (1993)</td><td>Animal welfare and the ethics of keeping orcas &ndash; ties in with Year 8 Science</td></tr>
<tr><td>21 Jan</td><td>Princess Mononoke (1997)</td><td>Studio Ghibli: Ashitaka, the cursed prince, caught between the forest gods and the ironworks</td></tr>
<tr><td>28 Jan</td><td>Kes (1969)</td><td>Ken Loach in Barnsley &ndash; before the Year 10 set text</td></tr>
<tr><td>4 Feb</td><td>Moby Dick (1956)</td><td>Gregory Peck as Captain Ahab; compare with the novel&#39;s opening chapter</td></tr>
<tr><td>11 Feb</td><td>The Birds (1963)</td><td>Hitchcock and suspense &ndash; how sound builds fear (Year 10+ only)</td></tr>
<tr><td>25 Feb</td><td>Bend It Like Beckham (2002)</td><td>Hounslow, football, family &ndash; our pick for Women&#39;s History Month</td></tr>
</table>
<p style="font-family:Verdana,sans-serif;font-size:12px">Suggestions for summer term to Mr Aziz.</p>
</body></html>
""")))

_body = D("""
Hi all,

Six new arrivals starting with us in the next fortnight - details attached. I've included a pronunciation guide, as last year a couple of our new students had their names mangled in register for weeks and were too shy to say.

A few of the names look like English words. The families are used to it, but please be alert to any comments from other pupils and log them as prejudice-related if they're directed at the child.

I'll do the induction tours on their first mornings. Buddies please by Friday.

Ewa
EAL Coordinator
""")
add("clean", "eal_arrivals_csv",
    "EAL arrivals CSV with real names containing rude-looking sequences (Phuc, Bich, Wankhede, Dikshit) and pronunciation notes",
    S("kowalczyk"), [G("heads-of-year", "Heads of Year")], "New EAL arrivals - w/c 3 March", "2025-02-27 11:48",
    MIX(T(_body), ATT("EAL_new_arrivals_March.csv", "text/csv", D('''
Name,Year,Form,First language,Country,Start date,EAL stage,Pronunciation / notes
Phuc Nguyen,7,7C,Vietnamese,Vietnam,03/03/2025,B - Early acquisition,"Rising tone, close to ""Fook"". Prefers his full name, no nickname"
Bich Ngoc Tran,9,9S,Vietnamese,Vietnam,03/03/2025,A - New to English,"Roughly ""Bik Ngop"". Family name Tran. Cousin of Phuc"
Sneha Wankhede,8,8K,Marathi,India,04/03/2025,C - Developing competence,"SNAY-ha WAAN-kheh-day"
Ananya Dikshit,10,10R,Hindi,India,04/03/2025,D - Competent,"a-NUN-ya DEEK-shit. Please check spelling on reports"
Ionuț Popescu,8,8M,Romanian,Romania,05/03/2025,A - New to English,"Yo-NOOTS. Ț is 'ts'"
Wiktoria Kurek,7,7A,Polish,Poland,06/03/2025,B - Early acquisition,"Vik-TOR-ya KOO-rek"
'''), cte="base64")), cc=[S("okafor")])

add("clean", "awards_evening_names_html",
    "awards list in an .html attachment: surnames Cockcroft, Hancock, Shitole, Balls, Sexton, Hoare, Gaylord, Dong; first name Fanny",
    S("pickersgill"), [S("holroyd")], "Awards evening - certificate names for checking", "2025-06-30 10:05",
    MIX(T(D("""
Ruth,

Attached is the running order and the list of certificate names for Thursday. Could heads of department check spellings by Tuesday noon? Last year we printed "Cockroft" instead of "Cockcroft" and Mrs Cockcroft has not forgotten it.

Certificates go to the printer on Tuesday afternoon.

Jo
""")), ATT("awards_evening_2025_running_order.html", "text/html", D("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Awards Evening 2025 - running order</title>
<style>
body{font-family:Arial,sans-serif;font-size:12px} h1{font-size:18px;color:#003366}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px 6px} th{background:#dfe8f3}
</style></head><body>
<h1>Awards Evening &ndash; Thursday 3 July 2025, 6.30pm, Main Hall</h1>
<p>Welcome: Dr Holroyd. Musical interlude after the Year 9 awards (Year 10 string quartet).</p>
<table>
<tr><th>Award</th><th>Pupil</th><th>Form</th><th>Presented by</th></tr>
<tr><td>Year 7 Outstanding Progress</td><td>Oliver Hancock</td><td>7H</td><td>Mr Fairclough</td></tr>
<tr><td>Year 7 Kindness Award</td><td>Fanny Lindqvist</td><td>7C</td><td>Mr Fairclough</td></tr>
<tr><td>Year 8 Science Prize</td><td>Rohan Shitole</td><td>8K</td><td>Mrs Adeyemi</td></tr>
<tr><td>Year 8 Sports Personality</td><td>Titilayo Adebayo</td><td>8M</td><td>Mr Whitworth</td></tr>
<tr><td>Year 9 Mathematics Prize</td><td>Isaac Balls</td><td>9S</td><td>Mr Sowerby</td></tr>
<tr><td>Year 9 Languages Prize</td><td>Hoang Dong</td><td>9F</td><td>Sra Ortega</td></tr>
<tr><td>Year 10 Drama Award</td><td>Grace Sexton</td><td>10R</td><td>Mr Mensah</td></tr>
<tr><td>Year 10 Attendance (100%)</td><td>Kieran Hoare</td><td>10C</td><td>Mrs Begum</td></tr>
<tr><td>Year 11 Head&#39;s Award</td><td>Amelia Cockcroft</td><td>11E</td><td>Dr Holroyd</td></tr>
<tr><td>Year 12 Community Award</td><td>Dylan Gaylord</td><td>12G</td><td>Mr Gallagher</td></tr>
<tr><td>Year 13 Contribution to Music</td><td>Maja W&oacute;jcik</td><td>13B</td><td>Miss Butterworth</td></tr>
<tr><td>Year 13 Harvey Dickinson Memorial Prize</td><td>Precious Okonkwo</td><td>13A</td><td>Mrs Dickinson</td></tr>
</table>
<p>Close: Head Boy and Head Girl. Refreshments in the dining hall.</p>
</body></html>
"""), cte="quoted-printable")), cc=[G("hods", "Heads of Department")])

_body = D("""
Year 7,

For this week's homework, use the OS map extracts (or Digimap for Schools) to find these real Yorkshire places, and find out where each name comes from. Many come from Old English or Old Norse words.

1. Wetwang (East Riding) - hint: Old Norse for a field where a legal case was heard
2. Penistone (South Yorkshire) - hint: "pen" is an old word for a hill
3. Crackpot (Swaledale) - hint: "kraka" is Old Norse for a crow
4. Booze (Arkengarthdale) - hint: it meant a house by a bend, not a pub!
5. Giggleswick (near Settle)
6. Blubberhouses (by the Washburn valley reservoirs)
7. Ugthorpe (North York Moors)

For each one, give a six-figure grid reference, a sentence on the meaning, and one physical feature nearby (river, moorland, valley). Bonus point for anyone who finds a Yorkshire place with a Viking "-by" or "-thorpe" ending that isn't on the list.

Mr Forbes
""")
add("clean", "yorkshire_place_names",
    "geography homework on real Yorkshire place names: Wetwang, Penistone, Crackpot, Booze, Giggleswick",
    S("forbes"), [P("y7-geography", "Year 7 Geography")], "Y7 map skills - Yorkshire place-name challenge", "2024-10-01 15:25",
    ALT(T(_body), H(auto_html(_body, font="Arial, sans-serif", outlook=False))))

add("clean", "silver_dofe_route",
    "DofE route via Hellifield, Gordale Scar, Malham; reply about inhaler to parent",
    S("ainsworth"), [P("dofe-silver", "Silver DofE 2025")], "Silver DofE practice expedition - route and kit", "2025-04-28 17:05",
    T(D("""
Hi Silver group,

Final details for the practice expedition (Sat 10 - Mon 12 May):

Day 1: Minibus to Hellifield station, then walk via Otterburn Moor to Malham (approx 16km). Campsite near Gordale Scar.
Day 2: Malham Cove, Malham Tarn, then over Fountains Fell to Horton-in-Ribblesdale (approx 19km).
Day 3: Horton to Settle along the Ribble Way, pick-up at Settle station at 3pm.

Kit check is Thursday at 3.15 in the sports hall - bring everything, packed, including stoves and gas. No cotton (jeans, hoodies) as base layers; two pairs of walking socks per day.

Mr Guardian, you asked about Zayn's inhaler - yes, he should carry it in his hip-belt pocket, and a spare goes in the staff first aid kit.

For those doing Gold next year, the qualifying expedition is in the Lake District starting from Keswick, so it's worth saving for decent boots now.

Mr Ainsworth
DofE Manager
""")), cc=[ALI])

_body = D("""
Dear parents and carers,

We are delighted to confirm that our Year 9 French exchange will go ahead this year with our partner collège in Condom, in the Gers region of south-west France. (Yes, the town's name causes a few giggles every year - it comes from a Gaulish word for the meeting of two rivers. We'll get the giggles out of the way on the first day!)

French pupils will visit us from 12 to 19 March, and our pupils will travel to Condom from 14 to 21 May. Host families are asked to provide a bed (pupils of the same sex may share a room), meals, and transport to and from school.

Highlights of the French programme include the Cathédrale Saint-Pierre, a day in Toulouse at the Cité de l'espace, and visits to a goat's cheese farm and a market in Auch.

Cost: £395, including flights from Manchester, insurance and all activities. Bursaries are available - please speak to me in confidence.

Please return the reply slip by Friday 6 December.

Merci beaucoup,
Sra Ortega
Head of MFL
""")
add("clean", "french_exchange_condom",
    "exchange with a school in Condom (Gers), etymology explained; RFC 2047 subject with accent",
    S("ortega"), PARENTS, "Échange scolaire – Year 9 French exchange 2025", "2024-11-14 16:45",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "mfl_false_friends",
    "false friends: Swedish 'slut' (end), Danish 'fart' (speed), German 'Gift', French 'préservatif', Spanish 'embarazada'",
    S("ortega"), [G("mfl-dept", "MFL Department")], "False friends for the KS3 display", "2025-03-18 17:30",
    T(D("""
Hola a todos,

For the languages corridor display, here's my list of false friends - the ones that make the kids laugh are the ones they remember, so I've leaned into it a bit. Please check the ones in your languages and add any you like.

German
- das Gift = poison (not a present)
- der Rock = skirt
- die Ausfahrt = motorway exit; gute Fahrt = have a good journey
- bekommen = to get (not to become)

French
- un préservatif = a condom (NOT a preservative - a classic!)
- la librairie = bookshop
- sensible = sensitive

Spanish
- embarazada = pregnant (not embarrassed)
- constipado = having a cold

Scandinavian (for Ana's Swedish club)
- slut (Swedish) = end, finish - it comes up at the end of old Swedish films
- fart (Danish/Norwegian) = speed; "fartkontrol" is a speed check

Polish (thanks, Ewa)
- pies = dog
- data = date

I'll laminate on Thursday.

Marisol
"""), cte="8bit"))

_body = D("""
Year 12,

A reminder that our rocky shore fieldwork at Robin Hood's Bay is next Friday. Low tide is at 11.42, so the coach leaves at 8.00 sharp.

The practical is a belt transect from the strandline down to the low-water mark. You'll record percentage cover of the main brown seaweeds and count limpets, barnacles and dog whelks in each quadrat.

Seaweeds to learn before the trip:
- Channelled wrack, Pelvetia canaliculata (highest on the shore)
- Spiral wrack, Fucus spiralis
- Bladder wrack, Fucus vesiculosus (look for the paired air bladders)
- Serrated wrack, Fucus serratus (toothed edge, lowest of the Fucus species)
- Oarweed, Laminaria digitata (only at extreme low water)

Back in the lab we'll separate the pigments by chromatography - brown algae contain fucoxanthin as well as chlorophyll a and c, which is why they're brown rather than green. This links to the A-level photosynthesis topic.

Wellies or old trainers, waterproofs and a packed lunch. The rocks are slippery - nobody goes below the tide line without a partner.

Mr Wiśniewski
""")
add("clean", "rocky_shore_fucus",
    "biology fieldwork: Fucus spiralis/vesiculosus/serratus, fucoxanthin; sender name RFC 2047 encoded",
    S("wisniewski"), [P("y12-biology", "Year 12 Biology")], "Y12 Biology - rocky shore fieldwork at Robin Hood's Bay", "2025-05-30 14:10",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "chemistry_practical_requests",
    "technician requests: titration, cumene, dickite clay, flame retardants, arsenic, finger-prick kits",
    S("adeyemi"), [G("science-technicians", "Science Technicians")], "Practical requests w/c 9 June", "2025-06-04 16:55",
    T(D("""
Hi both,

Practical requests for next week. Sorry it's a long one - end-of-year rush.

Y10 C2 (Mon P2, Lab 3): titration of sodium hydroxide with hydrochloric acid. 15 sets: burettes, pipettes and fillers, phenolphthalein. Not methyl orange this time.
Y11 C1 (Tue P4, Lab 1): flame tests - lithium, sodium, potassium, calcium and copper chlorides. Nichrome wires, not splints.
Y12 (Wed P1-2, Lab 2): I'd pencilled in the cumene process demo, but that's next year's. Instead: aspirin synthesis, as per the CLEAPSS sheet.
Y13 (Thu P5): unknown salts. Please also put the dickite and kaolinite clay samples out for the geology crossover session.
Y8 (Fri P3): the fire triangle and flame retardants - the treated and untreated cotton squares from the box marked FR in the prep room.

Also, a student asked about the arsenic compound in the old Marsh test demo - please confirm we have none on the premises (I'm sure we disposed of it in 2019).

Biology have asked for finger-prick blood typing kits for Y11 on Thursday - they'll come and collect.

Thanks,
Ngozi
""")), cc=[S("qureshi")])

add("clean", "birdwatch_results_newsletter",
    "HTML-only eco club bulletin: great tit, blue tit, coal tit, woodcock, cock pheasant, shags, blue-footed booby; emoji subject",
    S("wisniewski"), [P("eco-club", "Eco Club")], "Eco Club - Big Garden Birdwatch results 🐦", "2025-02-03 13:15",
    H(D("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>
body{font-family:'Century Gothic',Verdana,sans-serif;background:#eef6ee;color:#173d17}
.box{max-width:560px;margin:10px auto;background:#fff;border-radius:10px;padding:16px 22px;border:2px solid #7cb87c}
h1{color:#2e7d32;font-size:22px;margin-top:0} td{padding:3px 12px 3px 0} .n{text-align:right;font-weight:bold}
.note{font-size:12px;color:#4b6b4b}
</style></head><body><div class="box">
<h1>🐦 Big Garden Birdwatch 2025 &ndash; our results</h1>
<p>Thank you to the 26 Eco Club members who spent an hour at the wildlife area and the playing field on Thursday. Here is what we counted:</p>
<table>
<tr><td>Blue tit</td><td class="n">22</td></tr>
<tr><td>Great tit</td><td class="n">14</td></tr>
<tr><td>Long-tailed tit</td><td class="n">9</td></tr>
<tr><td>Coal tit</td><td class="n">3</td></tr>
<tr><td>Woodpigeon</td><td class="n">11</td></tr>
<tr><td>Magpie</td><td class="n">6</td></tr>
<tr><td>Robin</td><td class="n">4</td></tr>
<tr><td>Cock pheasant (on the cricket square!)</td><td class="n">1</td></tr>
<tr><td>Woodcock (flushed from the hedge by the bike shed)</td><td class="n">1</td></tr>
</table>
<p>The woodcock was the surprise of the day &ndash; they&rsquo;re winter visitors and very well camouflaged. Well done to Hamza and Lena for spotting it.</p>
<p class="note">Coming up: our Flamborough trip in May, where we hope to see puffins, gannets and shags on the cliffs. Year 8s asked about the blue-footed booby from the Galápagos documentary &ndash; sadly not a Yorkshire bird!</p>
<p>Mr Wiśniewski</p>
</div></body></html>
"""), cte="base64"))

add("clean", "scunthorpe_problem_lesson",
    "computing ethics lesson about the 'Scunthorpe problem' and 'clbuttic', word list of harmless place names and surnames",
    S("hussain"), [G("computing-dept", "Computing Department")], "Y12 CS - ethics lesson on content filtering", "2025-03-24 17:15",
    T(D("""
Hi all,

For Friday's Y12 ethics lesson I've written a short case study on automated content filters (it ties in with last week's regex work).

The hook is the "Scunthorpe problem" - filters that block innocent text because a rude word appears inside another word. Classic examples: people from Scunthorpe and Penistone unable to register on websites, and the "clbuttic" mistake, where a naive find-and-replace swapped part of "classic" for "butt". Students then:

1. Write a regex that matches whole words only (\\b boundaries) and test it against our list of place names and surnames.
2. Discuss false positives versus false negatives - who is harmed by each?
3. Look at how people get round filters (spaces, symbols, l33tspeak) and why simple matching fails.

The word list I'm giving them is harmless place names and surnames only (Scunthorpe, Penistone, Sussex, Middlesex, Cockburn, Hancock, Dickinson), so please don't add anything spicier to the spreadsheet - it goes on the projector.

Imran
""")))

_body = D("""
Imran,

Found it. The web server on Pi 14 was spawning a child process per request and never reaping them, so after a lesson of 30 kids hammering it the parent process hit the limit and the daemon died. I've killed the zombie processes with kill -9, added a cron job to restart the service nightly, and run fsck on the SD card, which had errors from all the hard power-offs.

Going forward:
- Please don't let them pull the plug - sudo shutdown -h now.
- I've renamed the master branch on the class repo to main, as agreed at the department meeting, so they'll need to git pull before Tuesday. If anyone force-pushes again I'll revert it.
- Core dumps were filling the card, so I've turned them off.

Raj - same applies to the Year 10 Pis in C12.

Dean
""") + "\n" + outlook_quote(
    "Imran Hussain <i.hussain@example-school.org.uk>", "05 March 2025 13:02",
    "Dean Thornton <d.thornton@example-school.org.uk>", "RE: Raspberry Pi lab - web server keeps dying",
    D("""
Dean,

It's happened again - half of 12CS1 lost their Flask apps in the middle of the lesson. "Aborted" messages on about half the screens. Is it the Pis or the code? I can't get into any of them now.

Imran
""") + "\n" + outlook_quote(
        "Dean Thornton <d.thornton@example-school.org.uk>", "27 February 2025 08:40",
        "Imran Hussain <i.hussain@example-school.org.uk>", "RE: Raspberry Pi lab - web server keeps dying",
        D("""
Morning,

Have you tried running one of their apps through the debugger with the reloader off? It could be a memory leak in their code rather than the hardware. Send me the name of a pupil whose app fell over and I'll pull the logs.

Dean
""") + "\n" + outlook_quote(
            "Imran Hussain <i.hussain@example-school.org.uk>", "26 February 2025 15:51",
            "Dean Thornton <d.thornton@example-school.org.uk>", "Raspberry Pi lab - web server keeps dying",
            D("""
Hi Dean,

The Pi web server in C14 keeps falling over about 40 minutes into Year 12 lessons. Everything's fine at the start and then nobody can load anything. Any ideas?

Thanks,
Imran
"""))))
add("clean", "pi_lab_it_thread",
    "long Outlook thread: child process, kill -9, daemon, fsck, zombie, master branch, core dumps, debugger, aborted",
    S("thornton"), [S("hussain")], "RE: Raspberry Pi lab - web server keeps dying", "2025-03-05 15:27",
    T(_body), cc=[S("patel")])

add("clean", "dt_order_bastard_file_csv",
    "D&T order: 'bastard cut' files, pipe nipples, male/female adaptors, ballcock, cocktail sticks (CSV attachment)",
    S("marsden"), [X("sales@toolsupply.example.com", "Tool Supply Sales")], "Quote request - D&T workshop (PO to follow)", "2024-10-21 13:30",
    MIX(T(D("""
Hello,

Please could you quote for the items on the attached list? Our finance office will raise a PO once we have the quote. Delivery to the D&T block via main reception, LS1 4AP.

A couple of notes:
- The files must be the 10" bastard cut and second cut, not smooth - the ones you sent last time were smooth and the kids can't take material off with them.
- The pipe nipples are for the Year 12 plumbing taster: 1/2" BSP, brass.

Many thanks,
Steve Marsden
Head of Design & Technology
Example School | 01632 960000
""")), ATT("DT_quote_request_Oct24.csv", "text/csv", D('''
Item,Description,Qty,Notes
Flat file 10in,Bastard cut,12,with handles
Half-round file 8in,Second cut,12,
Countersunk wood screws,4 x 30mm,1000,box
Pipe nipple,1/2in BSP brass,20,plumbing taster
Compression adaptor,15mm male/female,20,plumbing taster
Ballcock float valve,Part 2 side entry,4,cistern demo
Cocktail sticks,for modelling,2000,
Screw eyes,small zinc,200,
'''), cte="7bit", charset="us-ascii")))

add("clean", "toilets_ballcock_stopcock",
    "site manager: ballcock, stopcock, urinals, sanitary bins, pan connector (QP for £)",
    S("haworth"), [S("ellison")], "Toilets - C block boys and staff", "2025-01-16 07:41",
    T(D("""
Mark,

Update on the toilets for your budget sheet.

C block boys: the urinal flush was running non-stop because the ballcock in the cistern above the urinals had stuck, and the overflow was going straight down. I've replaced the float arm and washer for now (£14). Longer term the whole cistern wants swapping for a sensor flush - quote to follow.

Staff toilet by the staffroom: isolated at the stopcock under the sink so nobody floods the corridor again. It needs a new pan connector - plumber booked for Thursday 7.30am, before anyone's in.

Girls' upstairs: two sanitary bins full; the contractor's been chased.

Also, whoever keeps flushing paper towels down the accessible toilet in B block - the drain's blocked again. I'll put a sign up.

Craig
Site Manager
""")), cc=[S("pickersgill")])

_body = D("""
Hello all,

Here's next week's menu. Every main meal comes with a vegetarian option, and all meat is halal except where marked (NH).

Monday - Chicken and leek pie, mash, peas. Veg: cheese and onion pie. Pudding: spotted dick and custard.
Tuesday - Faggots in onion gravy with mushy peas and chips (NH, pork). Halal: lamb kofta. Veg: bean burger. Pudding: Bakewell tart.
Wednesday - Nowruz special: Persian jewelled rice with chicken, and kuku sabzi (herb frittata). Pudding: saffron rice pudding.
Thursday - Toad in the hole (halal beef sausages) with onion gravy. Veg: Quorn toad in the hole. Pudding: jam roly-poly.
Friday - Fish and chips, mushy peas, curry sauce. Pudding: fruit salad.

Allergy information is on the board at the servery and on the school app.

Thanks,
Sandra
Catering Manager
""")
add("clean", "canteen_menu_faggots_spotted_dick",
    "canteen menu: faggots and mushy peas, spotted dick, toad in the hole",
    S("hirst"), [G("allstaff", "All Staff")], "Menu w/c 10 March - British Pie Week and Nowruz", "2025-03-07 11:20",
    ALT(T(_body), H(auto_html(_body, font="Arial, sans-serif"))), cc=PARENTS)

add("clean", "food_tech_recipes_txt",
    "food recipes .txt: cock-a-leekie soup, knob of butter, shiitake, blood orange, pissaladière",
    S("lund"), [P("y9-food", "Year 9 Food")], "Y9 Food - recipes for the next fortnight", "2025-02-20 14:15",
    MIX(T(D("""
Hi Year 9,

Recipes for the next two practicals are attached. Please bring your ingredients in a named container on the morning of the lesson and put them in the food room fridge before registration.

If you can't find shiitake mushrooms, chestnut mushrooms are fine. If the ingredients are a problem for your family this week, come and see me quietly - we have a store cupboard for exactly that.

Mrs Lund
""")), ATT("Y9_recipes_spring2.txt", "text/plain", D("""
PRACTICAL 1 - COCK-A-LEEKIE SOUP (Scotland)
Serves 4
- 2 chicken thighs (halal if you prefer)
- 3 leeks, washed and sliced
- 1 carrot, diced
- a knob of butter
- 1 litre chicken stock
- a handful of prunes (traditional, optional)
- parsley to finish
Method: melt the butter, sweat the leeks for 5 minutes, add the stock and chicken, simmer 25 minutes. Shred the chicken, return to the pan, add prunes, season.

PRACTICAL 2 - MUSHROOM STIR-FRY WITH BLOOD ORANGE GLAZE
- 150g shiitake mushrooms
- 1 pepper, spring onions, 1 nest of noodles
- juice of 1 blood orange, 1 tbsp soy sauce, 1 tsp honey
- sesame seeds

EXTENSION (Food Club only) - PISSALADIÈRE (Provence)
- ready-rolled puff pastry
- 3 onions, slow-cooked for 40 minutes
- black olives, anchovies (optional), thyme
"""), cte="base64")))

add("clean", "art_trip_pissarro",
    "art trip: Camille Pissarro, life drawing, nude in art history (Manet's Olympia), male gaze",
    S("oyelaran"), [P("y12-art", "Year 12 Art")], "Y12 Art trip - Leeds Art Gallery and The Hepworth Wakefield", "2025-03-11 12:05",
    T(D("""
Hi Year 12,

Trip details for Thursday:

Morning at Leeds Art Gallery for the Impressionist room - look closely at the Camille Pissarro and the Sisley, and sketch the composition of at least one landscape. Afternoon at The Hepworth Wakefield for the sculpture galleries and the life-drawing workshop.

A note on the life-drawing workshop: the model will be clothed (leotard), in line with school policy for under-18s. We'll also look at reproductions of Manet's Olympia and Titian's Venus of Urbino in the learning room, as part of a session on the nude in art history, and discuss the idea of the male gaze. If you have any concerns, speak to me before Thursday.

Bring: A3 sketchbook, 2B/4B/6B pencils, charcoal, fixative (I'll bring spare), packed lunch.
Minibus leaves 8.40 from the art block.

Ms Oyelaran
""")))

_body = D("""
Dear Mrs Parent,

Thank you for your email. I understand you're upset that Olivia was given a detention yesterday, and I'd like to help sort this out.

Having spoken to Mr Sowerby, the detention was for two pieces of maths homework that weren't completed, and Olivia was offered the chance to do them at homework club first. I appreciate the text message only went out at 2pm, which didn't give you much notice to arrange pickup - that's fair feedback and I've passed it on.

I'd be very happy to meet you, with or without Olivia, to talk about how she's getting on and what support would help. I'm free on Tuesday or Thursday after 3.30.

I do need to ask that future emails to staff are kept respectful. Our parent communication policy applies both ways, and I'd like us to work on this together.

Kind regards,
Liam Fairclough
Head of Year 9
""") + "\n" + gmail_quote("On Mon, 10 Feb 2025 at 16:48, Jane Parent <jane.parent@gmail.com> wrote:", D("""
This school is a fucking disgrace. Olivia got a detention YESTERDAY for homework she says she handed in and nobody bothered to tell me till 2pm. That useless twat Mr Sowerby has had it in for her since September.

I'm sick of this shit. Either sort it or I'm going to the governors.

Jane
"""))
add("clean", "reply_parent_abuse_quoted",
    "calm reply to parent; the swearing ('fucking disgrace', 'useless twat', 'shit') is only in the parent's quoted text",
    S("fairclough"), [JANE], "Re: Detention", "2025-02-11 08:55",
    T(_body), mailer="Mozilla Thunderbird")

_body = D("""
Dear Sam,

Thank you for getting back to me about Jayden's attendance. I'm glad to hear his cough has cleared up.

I do need to address part of your email. The comments you made about another family are not acceptable, and we will not move pupils because of their ethnicity or background. If Jayden has a specific problem with another pupil - for example, if something of his has gone missing - please tell us exactly what happened and Mr Fairclough will look into it properly.

Jayden's attendance is currently 84%, and he has missed four days this half-term. Under our attendance policy I'm required to invite you to a meeting. Could you come in on Wednesday 12 March at 9am? If that doesn't suit, please call me on 01632 960000.

Kind regards,
Mrs F Begum
Attendance Officer
""") + "\n" + outlook_quote(
    "Sam Carer <sam.carer@outlook.com>", "04 March 2025 21:13",
    "Fatima Begum <f.begum@example-school.org.uk>", "Re: Jayden's attendance",
    D("""
He's not coming back in while he's sat next to them gyppo kids from that Roma family. They stink and they're always nicking stuff. Sort it out and he'll be in.

Sam
""") + "\n" + outlook_quote(
        "Fatima Begum <f.begum@example-school.org.uk>", "03 March 2025 10:30",
        "Sam Carer <sam.carer@outlook.com>", "Jayden's attendance",
        D("""
Dear Sam,

I'm writing because Jayden has been absent on Thursday and Friday last week and today, and we haven't received a reason. Could you let me know why he is off, and when we can expect him back?

Kind regards,
Mrs F Begum
Attendance Officer
""")))
add("clean", "reply_carer_racist_quoted",
    "attendance officer challenges carer's racist remark without repeating it; slur 'gyppo' only in quoted carer text",
    S("begum"), [SAM], "RE: Jayden's attendance", "2025-03-05 09:12",
    T(_body, cte="quoted-printable"))

_body = D("""
Ruth, Helen,

Forwarding the email below from Mr Guardian, received at 11.52 last night, as per the staff code of conduct. I haven't replied and won't unless you'd like me to.

For context, Zayn got a 5 in his Year 10 drama assessment, and his dad had been told to expect a 7 at parents' evening. I'm happy to talk him through the marking, but I'm not comfortable meeting him on my own after this.

Thanks,
Kwame
""") + "\n" + outlook_quote(
    "Ali Guardian <ali.guardian@btinternet.com>", "18 March 2025 23:52",
    "Kwame Mensah <k.mensah@example-school.org.uk>", "Drama grade",
    D("""
Mensah,

A 5? You're a fucking joke. My lad's worth ten of you. Typical black bastard who's only got the job because of some diversity quota. I'll be coming up to that school and you'd better be there.

A. Guardian
"""))
add("clean", "forward_racist_abuse_to_head",
    "teacher forwards a parent's racist, abusive email to the head and DSL as policy requires; his own words are clean",
    S("mensah"), [S("holroyd")], "FW: Drama grade", "2025-03-19 07:20",
    T(_body), cc=[S("ackroyd")])

add("clean", "dsl_incident_log_verbatim",
    "DSL-team-only incident record quoting a pupil's racist abuse verbatim ('fucking Paki')",
    S("ackroyd"), [G("dsl-team", "DSL Team")], "Incident summary - Y8 racist incident, field, 13/03 (DSL TEAM ONLY)", "2025-03-13 16:05",
    T(D("""
CONFIDENTIAL - DSL TEAM ONLY. Please do not forward.

Logged on CPOMS 13/03/2025 13:20 by H Ackroyd (DSL). Summarised here for Monday's safeguarding meeting.

Pupils: A (8T, alleged perpetrator), B (8K, target), C and D (8T, witnesses).

Account from B, taken by HA at 12.55. B's words recorded verbatim, as per our recording policy:
"A came up to me at the football and said 'you're a fucking Paki, go back to your own country'. Then he pushed me and C laughed. I said I was born in Leeds and he said 'shut up, nobody wants you here'."

Witness C confirms the words and the push. Witness D heard "go back to your own country" but not the first part.

A's account: admits swearing, denies the racist language, says "it was banter".

Actions:
- B's mum informed by phone at 13:40. B supported by the pastoral lead and returned to lessons.
- A in isolation pending investigation; parents called in for tomorrow at 8.30.
- Recorded as a racist incident for the LA return.
- B to be offered a check-in with Mrs Begum tomorrow.

Helen Ackroyd
Deputy Head / DSL
"""), cte="quoted-printable"), unsure=True)

_body = D("""
Hi all,

Attached is the summary of prejudice-related language incidents logged for Years 7-9 this half-term (six incidents, down from eleven last half-term).

The words are recorded as they were reported, so that we can see patterns - please don't circulate this outside the pastoral team. The homophobic language in Year 8 is the main concern, and I'd like to talk about a Year 8 assembly at Thursday's meeting.

Donna
Pastoral Support Officer
""")
add("clean", "prejudice_incidents_csv",
    "pastoral log CSV recording pupils' prejudiced words verbatim (e.g. 'batty boy', 'lezza'), staff-only",
    S("greenwood"), [G("heads-of-year", "Heads of Year")], "Prejudice-related incidents - Y7-9, spring 1", "2025-02-13 15:50",
    MIX(ALT(T(_body), H(auto_html(_body))), ATT("prejudice_incidents_Y7-9_spring1.csv", "text/csv", D('''
Date,Year,Category,Words or behaviour reported (verbatim),Location,Action taken
06/01/2025,7,Homophobic,"""that's so gay"" about another pupil's PE kit",Changing room,Restorative conversation; letter home
09/01/2025,8,Homophobic,"Called another pupil ""batty boy"" repeatedly",Canteen,Detention; parent meeting
14/01/2025,9,Sexist,"""get back in the kitchen"" said to girls in DT",D3,Detention; HoY conversation
20/01/2025,8,Disability,"""are you autistic or something"" used as an insult",Corridor,Restorative; SEND ambassador session
27/01/2025,9,Homophobic,"""lezza"" written on a locker",Sports hall,Under investigation
03/02/2025,7,Racist,"Mimicked a Polish accent and said ""go back to Poland""",Playground,Detention; parent meeting
'''), cte="base64")), cc=[S("ackroyd")], unsure=True)

add("clean", "friday_bulletin_newsletter",
    "HTML-only head's bulletin: Matilda's 'Revolting Children', Arsenal Women, shuttlecocks, Middlesex, Dickens, Ramadan, Holi, St Patrick's Day",
    S("holroyd"), PARENTS, "Friday Bulletin – 14 March 2025", "2025-03-14 15:30",
    H(D("""
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Friday Bulletin</title></head>
<body style="margin:0;padding:0;background-color:#e9edf2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#e9edf2;">
<tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222;">
<tr><td style="background:#0b3d6e;padding:22px 28px;color:#ffffff;">
<div style="font-size:12px;letter-spacing:2px;text-transform:uppercase;color:#9cc3ea;">Example School</div>
<div style="font-size:28px;font-weight:bold;">Friday Bulletin</div>
<div style="font-size:13px;color:#d6e6f6;">14 March 2025 &middot; Issue 24</div>
</td></tr>
<tr><td style="padding:20px 28px;font-size:14px;line-height:1.55;">
<h2 style="color:#0b3d6e;font-size:18px;margin:0 0 8px;">From the Headteacher</h2>
<p>Ramadan Mubarak to all our families who are fasting &ndash; thank you to the many parents who came to our community iftar on Tuesday. We also marked Holi with a (very colourful) Year 8 art lunchtime, and on Monday our partnership students at St Cuthbert&rsquo;s celebrate St Patrick&rsquo;s Day with a Mass and a ceili.</p>
<h2 style="color:#0b3d6e;font-size:18px;margin:18px 0 8px;">Sport</h2>
<p>Community coaches from <b>Arsenal Women</b> ran a girls&rsquo; football masterclass for Years 7 and 8 on Wednesday. Our U13 rugby league nines reached the county final, and badminton club has had a delivery of new feathered shuttlecocks, so please return the old ones to the PE office.</p>
<h2 style="color:#0b3d6e;font-size:18px;margin:18px 0 8px;">Performing Arts</h2>
<p><i>Matilda the Musical</i> sold out all three nights. &ldquo;Revolting Children&rdquo; brought the house down, and Miss Trunchbull (Tobi, Year 11) is now being greeted in corridors with a respectful silence. Thank you to the PTA for the interval refreshments.</p>
<h2 style="color:#0b3d6e;font-size:18px;margin:18px 0 8px;">Learning</h2>
<ul>
<li>Year 11 mock results go home on Friday 21 March with a question-level analysis for each subject.</li>
<li>Year 12 visit Middlesex University and the University of Sussex open days in April &ndash; letters to follow.</li>
<li>World Book Day: Year 8 voted <i>A Christmas Carol</i> their favourite Dickens, narrowly beating <i>Oliver Twist</i>.</li>
</ul>
<h2 style="color:#0b3d6e;font-size:18px;margin:18px 0 8px;">Dates</h2>
<table role="presentation" cellpadding="4" cellspacing="0" style="font-size:13px;">
<tr><td style="color:#0b3d6e;font-weight:bold;">Mon 17 Mar</td><td>Year 9 options deadline</td></tr>
<tr><td style="color:#0b3d6e;font-weight:bold;">Thu 20 Mar</td><td>Year 7 parents&rsquo; evening, 4&ndash;7pm</td></tr>
<tr><td style="color:#0b3d6e;font-weight:bold;">Fri 4 Apr</td><td>Term ends, 1.30pm</td></tr>
</table>
<p style="margin-top:18px;">Have a lovely weekend,<br><b>Dr Ruth Holroyd</b><br>Headteacher</p>
</td></tr>
<tr><td style="background:#f2f4f7;padding:12px 28px;font-size:11px;color:#666;">Example School &middot; LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""), cte="quoted-printable"), cc=[G("allstaff", "All Staff")], subj_enc="B")

_body = D("""
Dear colleagues,

February is LGBT+ History Month, and Pride Club have planned the following:

- Week 1 assemblies: the history of Section 28 (1988-2003) and what it meant for schools - some of you will remember teaching under it.
- Week 2: Alan Turing, his conviction for "gross indecency" in 1952, and his posthumous pardon.
- Week 3: a lunchtime screening of "Pride" (2014), about Lesbians and Gays Support the Miners in 1984 - it's a 15, so sixth form only.

A note on language, as pupils do ask: we use "gay", "lesbian", "bisexual", "trans" and "LGBT+". Some older pupils in Pride Club describe themselves as "queer" - that's their choice, and a reclaimed word for many people, but please don't label anyone else with it. If you hear any of these words used as insults, please challenge it and log it as a homophobic or transphobic incident.

Rainbow lanyards are available from me if you'd like one.

Alex Murray
English / Pride Club
""")
add("clean", "lgbt_history_month",
    "LGBT+ History Month: gay, lesbian, bisexual, trans, reclaimed 'queer', Section 28, 'gross indecency'",
    S("murray"), [G("allstaff", "All Staff")], "LGBT+ History Month - assemblies and Pride Club", "2025-01-29 16:10",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "staffroom_fridge_minced_oaths",
    "minced oaths only: flipping heck, by 'eck, blooming, crikey, sod's law",
    S("pickersgill"), [G("allstaff", "All Staff")], "Staffroom fridge - final warning!", "2024-11-06 08:05",
    T(D("""
Flipping heck, everyone.

I opened the staffroom fridge this morning and something in a Tupperware at the back tried to introduce itself. By 'eck, it was bad.

So, in the spirit of kindness: on Friday at 4pm ANYTHING left in the fridge without a name and date goes in the bin. Blooming yoghurts from October included. Milk club members - your milk is safe, it's labelled.

And yes, it's sod's law that the one week I do this, the dishwasher's broken too. Crikey. Washing up by hand it is, folks. Tea towels are in the drawer by the sink.

Thank you!
Jo
Office Manager
""")), unsure=True)

add("clean", "vet_work_experience",
    "work-experience details: bitch spays, tom cats, cocker spaniel puppies, whelping records",
    S("pearson"), [P("21mkhan", "Maryam Khan")], "Work experience - Moorside Vets", "2025-05-22 13:40",
    T(D("""
Hi Maryam,

Great news - Moorside Veterinary Centre have confirmed your work experience placement for 30 June to 4 July. Your contact there is Sarah, the head nurse.

They've sent over what a typical week looks like, so you know what to expect:
- Morning consults - you'll observe with a vet (with the owner's permission).
- Routine operations on Tuesday and Thursday: usually a couple of bitch spays, castrations of tom cats and dogs, and dentals. You'll be able to watch from the theatre window.
- Wednesday with the nurses - weighing, post-op checks, cleaning kennels.
- On Friday a breeder is bringing in a litter of cocker spaniel puppies for first vaccinations and microchipping, and you might help with the whelping records.

Wear comfortable black trousers and closed shoes; they provide scrubs. Tie long hair back and bring a packed lunch.

Please return the signed health and safety form to me by 13 June.

Mrs Pearson
Careers Adviser
""")))

_body = D("""
Year 13,

Final details for the physical geography fieldwork in Upper Teesdale.

We'll look at the Whin Sill, a dolerite intrusion, at High Force and Cauldron Snout, and at the smaller dykes that cut across the Carboniferous limestone and sandstone. Bring your notes on igneous intrusions - be ready to explain the difference between a sill (concordant) and a dyke (discordant), and how the baked margins formed.

On the way back we'll stop at Cow Green reservoir to talk about dams, reservoir management and the rare Teesdale flora.

For your NEA, remember the deadline for the title proposal is 24 October. Several of you are still deciding between the coastal and the river topics - the Niger Delta secondary data is still available for anyone doing the flooding comparison, and the Mongolia permafrost dataset for the climate one.

Boots and waterproofs are essential.

Mr Forbes
""")
add("clean", "teesdale_dykes_fieldwork",
    "geology/geography: dykes (igneous), dams, Niger Delta, Mongolia",
    S("forbes"), [P("y13-geography", "Year 13 Geography")], "Y13 fieldwork - Whin Sill and High Force", "2024-09-17 14:20",
    ALT(T(_body), H(auto_html(_body))))

add("clean", "ks3_assessment_calendar",
    "common words with rude substrings: assessment, class, assassination, cumulative, analysis, Dickens, Cockermouth, Sussex, Essex",
    S("nhussain"), [G("allstaff", "All Staff")], "Summer assessment calendar - KS3", "2025-04-22 08:10",
    T(D("""
Dear colleagues,

The KS3 summer assessment calendar is now on the shared drive. Please check your subject's slots and let me know by Friday if anything clashes with trips or fieldwork.

A few specific notes:
- English: the Year 8 Dickens extract assessment (A Christmas Carol) has moved to the week of 9 June.
- History: Year 9 assessment on the assassination of Archduke Franz Ferdinand and the causes of the First World War - source analysis, one lesson.
- Science: the Year 7 test is cumulative, covering all topics since September, not just the last unit.
- Geography: Year 8 fieldwork write-up on the Cockermouth floods case study.
- Maths: all KS3 classes sit a one-hour non-calculator paper.
- Year 9 taster day at the University of Sussex (not Essex, as the first draft said!) is 18 June.

Results need to be entered by 4 July so that reports can go home before the end of term. Class teachers will receive a question-level analysis template for each assessment.

Nadia Hussain
Assistant Headteacher
""")))

_body = D("""
All,

Version 3 of the rooming attached to the exams calendar, with the changes below. Thanks for bearing with me.

- Mrs Cockcroft is lead invigilator in the sports hall for all of week 2; Mrs Titmus covers her on the Thursday afternoon.
- The Dickinson Room is now the reader/scribe room for English Language Paper 1. Mr Hancock from site will set out the desks and the clock on Monday after school.
- Candidates with 25% extra time and supervised rest breaks for Maths Paper 2 will be in C10, not C12 (C12 has the fire alarm test that morning).
- Please make sure mobile phones go in the clear bags and the bags go under the front table, not the candidates' chairs.

Any problems, reply to me rather than all.

Paul Hargreaves
Exams Officer
""") + "\n" + outlook_quote(
    "Joanne Pickersgill <j.pickersgill@example-school.org.uk>", "06 May 2025 12:18",
    "Paul Hargreaves <p.hargreaves@example-school.org.uk>", "RE: Summer series - rooming and invigilation (v2)",
    D("""
Paul - just a heads up that the fire alarm contractor is in on the morning of Maths Paper 2 and they're testing the C block sounders first. Can we move anyone out of C12?

Jo
""") + "\n" + outlook_quote(
        "Paul Hargreaves <p.hargreaves@example-school.org.uk>", "02 May 2025 15:47",
        "Invigilation Team <invigilators@example-school.org.uk>", "Summer series - rooming and invigilation (v2)",
        D("""
All,

v2 attached. The main change is that the Dickinson Room is now reserved for English on the 21st. Mrs Cockcroft, are you still OK to lead in the sports hall for week 2?

Paul
""") + "\n" + outlook_quote(
            "Margaret Cockcroft <m.cockcroft@example.net>", "02 May 2025 16:30",
            "Paul Hargreaves <p.hargreaves@example-school.org.uk>", "RE: Summer series - rooming and invigilation (v2)",
            D("""
Hello Paul,

Yes, that's fine for week 2, except Thursday afternoon when I have my grandson's sports day. Perhaps Mrs Titmus could step in?

Best wishes,
Margaret
"""))))
add("clean", "exam_rooming_long_thread",
    "long Outlook thread about exam rooming; surnames Cockcroft, Titmus, Hancock, Dickinson Room",
    S("hargreaves"), [G("invigilators", "Invigilation Team")], "RE: Summer series - rooming and invigilation (v3)", "2025-05-07 08:22",
    T(_body), cc=[S("pickersgill")])

_body = D("""
Dear choir parents and carers,

Our spring concert, "A Night at the Opera: the music of Queen", is on Thursday 3 April at 7pm in the main hall. Rehearsals are every Tuesday and Thursday until then, 3.15-4.30, plus a full dress rehearsal on Wednesday 2 April until 5.30.

The programme:
- Bohemian Rhapsody (SATB arrangement, with the Year 11 rock band)
- Somebody to Love (Gospel Choir)
- Killer Queen (Year 9 close-harmony group)
- Don't Stop Me Now (whole company)
- Another One Bites the Dust (percussion ensemble)
- We Are the Champions (finale)

A few families asked about the lyrics of Bohemian Rhapsody ("Mama, just killed a man", "Beelzebub has a devil put aside for me"). We have talked with the choir about the song as a mini-opera that tells a story, and why Freddie Mercury wrote it that way - it's been a great discussion.

Black concert clothes please. Tickets £4 on the school app.

Miss Butterworth
Director of Music
""")
add("clean", "queen_concert_programme",
    "concert programme: Bohemian Rhapsody lyrics quoted (killed a man, Beelzebub, devil), Killer Queen; emoji subject",
    S("butterworth"), [JANE, SAM], "Spring concert – programme and rehearsals 🎶", "2025-03-12 17:48",
    ALT(T(_body), H(auto_html(_body))))


# =========================================================================== OUTPUT
README = """# Hold-out round 7: obscene-language (BLIND)

**Blind hold-out corpus. Never use it to tune, train or write rules for mailguard.** It was
written without reading mailguard's code, rules, tests, docs or git history, from the school
policy (Employee Advice on the use of Electronic Communications and Social Media, section 7:
"Use obscene language or swear words ... inappropriate comments which could cause offence or
harassment on the grounds of gender, race, disability, age, religion or sexual orientation")
and general knowledge of UK school life. If a rule is changed because of a case in here, the
case stops being a fair test: move it to the ordinary test suite and write a fresh hold-out.

## How it was made

`../make_round7_obscene.py` (Python 3.11 standard library only) writes every `.eml`,
`labels.csv` and this README. Dates, Message-IDs and MIME boundaries are fixed or derived from
each case's slug, and the file order comes from a seeded shuffle, so two runs are
byte-identical. The script then parses every message with
`email.message_from_bytes(data, policy=email.policy.default)`, decodes every part and checks
that labels.csv matches the files.

Regenerate (from the repository root):

    python3 tests/holdout/round7/make_round7_obscene.py

## Contents

- {n} messages: {nflag} `flag`, {nclean} `clean`; {nunsure} marked `[unsure]` in the note.
- File names: `NNN_<flag|clean>_<slug>.eml`.
- `labels.csv`: `file,expected,sender,recipients,note` (recipients = To + Cc, single spaces).
- Senders are all staff at example-school.org.uk. Recipients are staff, pupils
  (pupils.example-school.org.uk), the three known parents and a few outside
  example.com/.org/.net addresses.

Formats: text/plain, multipart/alternative (Outlook-style HTML), HTML-only newsletters with
styling, multipart/mixed with .txt/.csv/.html attachments, quoted-printable and base64 bodies
(including a hand-written QP body), RFC 2047 subjects (B and Q) and display names, Outlook
"From:/Sent:" reply threads, "On ... wrote:" / "> " quoting, forwards.

## Kinds of case

`flag` - the staff author's own words contain swearing, obscenity or a slur:
plain British swearing; masked (`f***ing`); digit and symbol swaps (`sh1t`, `P@ki`);
letters spaced or punctuated apart; Cyrillic look-alike letters; zero-width characters; soft
hyphens; mathematical-bold and full-width letters; HTML entities, tags and comments inside a
word; a QP soft line break inside a word and hex-encoded letters; base64 bodies; swearing only
in an RFC 2047 subject; swearing in the sender's reply or forwarding note above a clean quoted
thread; swearing only in the author's own .txt / .csv attachment; slurs and offensive comments
about pupils or colleagues on grounds of race/ethnicity, religion (sectarian), disability,
sexuality, age and sex; swearing at a pupil and to a parent; abbreviations (WTF/FFS, unsure).

`clean` - hard negatives: sport (cricket, rugby league, boxing, darts, snooker, swimming,
netball, a letter about banned chants that does not quote them); performing arts (panto
Widow Twankey, Legally Blonde song titles, Queen lyrics, ceilidh dance names, film titles,
punk album title); PE/health (RSE anatomy, continence plan, period products, groin injury);
RE (Hell, damnation, hymns and prayers naming Jesus Christ, Shiva lingam); history (Holocaust,
Bloody Sunday, William the Bastard, racist advertising and disability terms named as offensive);
English/drama set texts quoting strong language in context; names from many cultures (Phuc,
Bich, Wankhede, Dikshit, Shitole, Cockburn, Hancock, Balls); real places (Scunthorpe,
Penistone, Wetwang, Crackpot, Condom, Hellifield); foreign words (slut, fart, Gift,
préservatif); science and chemicals (Fucus, fucoxanthin, dickite, cumene, flame retardant);
computing (kill -9, child process, fsck, Scunthorpe problem); trade terms (bastard file,
ballcock, stopcock, pipe nipple); food (faggots, spotted dick, cock-a-leekie, knob of butter);
replies and forwards where a parent's abuse is only in the quoted or forwarded text; DSL and
pastoral records quoting pupils verbatim (unsure); newsletters; minced oaths (unsure).

Cases marked `[unsure]` are judgement calls; the label is the writer's best reading of the
policy, and the note says what makes it debatable.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for qp, expected in QP_CHECKS:
        assert quopri.decodestring(qp.encode()).decode() == expected, "hand QP does not decode"
        assert all(len(l) <= 76 for l in qp.split("\n")), "hand QP line too long"
    slugs = [e["slug"] for e in ENTRIES]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    nflag = sum(e["kind"] == "flag" for e in ENTRIES)
    nclean = sum(e["kind"] == "clean" for e in ENTRIES)
    assert (nflag, nclean) == (30, 60), (nflag, nclean)

    order = list(ENTRIES)
    random.Random(SEED).shuffle(order)

    for old in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]_*.eml")):
        os.remove(old)

    rows = []
    for i, e in enumerate(order, 1):
        fname = f"{i:03d}_{e['kind']}_{e['slug']}.eml"
        data = build(e)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        rcpts = " ".join(a[1] for a in e["to"] + e["cc"])
        rows.append([fname, e["kind"], e["frm"][1], rcpts, e["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    nunsure = sum(r[4].startswith("[unsure]") for r in rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README.format(n=len(rows), nflag=nflag, nclean=nclean, nunsure=nunsure))

    # ---- verification: every file parses, every text part decodes, labels match files
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(OUT, "*.eml")))
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="") as f:
        labels = list(csv.DictReader(f))
    assert files == sorted(r["file"] for r in labels), "labels.csv does not match the files"
    for r in labels:
        assert r["expected"] in ("flag", "clean")
        assert r["file"].split("_")[1] == r["expected"]
        with open(os.path.join(OUT, r["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg["From"].addresses[0].addr_spec == r["sender"], r["file"]
        got = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert got == r["recipients"].split(" "), (r["file"], got)
        assert str(msg["Subject"]) and msg["Date"].datetime and msg["Message-ID"]
        ntext = 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                content = part.get_content()
                assert content.strip(), r["file"]
                ntext += 1
            assert not part.defects, (r["file"], part.defects)
        assert ntext >= 1
        assert not msg.defects, (r["file"], msg.defects)
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean, {nunsure} unsure) to {OUT}")


if __name__ == "__main__":
    main()
