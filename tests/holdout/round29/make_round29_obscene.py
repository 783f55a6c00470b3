#!/usr/bin/env python3
"""Round 29 blind hold-out corpus, module "obscene-language".

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
tests/holdout/round29/obscene-language/.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice
gives byte-identical output.

Setting: a primary school (4-11) in a Lincolnshire market town where most
families are newly arrived from Poland, Lithuania, Latvia, Romania, Bulgaria
and Portugal and work in agriculture and food packing.

BLIND: written without reading the filter's code, rules or tests.
Never use these files for tuning.
"""
import base64
import csv
import datetime
import hashlib
import os
import re
import textwrap
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
CRLF = "\r\n"
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def hx(s, n=12):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def fmt_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    bst = datetime.datetime(2025, 3, 30, 1) <= dt < datetime.datetime(2025, 10, 26, 1)
    return "%s, %02d %s %d %s %s" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1],
                                    dt.year, dt.strftime("%H:%M:%S"), "+0100" if bst else "+0000")


def long_date(s):
    """'12 May 2025 21:14' style, for quoted Outlook headers."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return dt


# ---------------------------------------------------------------- encoders

def enc_words(s, mode="B"):
    """RFC 2047 encoded words (UTF-8), each at most 75 characters."""
    def one(chunk):
        b = chunk.encode("utf-8")
        if mode == "B":
            return "=?UTF-8?B?" + base64.b64encode(b).decode("ascii") + "?="
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "=?UTF-8?Q?" + "".join(out) + "?="
    words, chunk = [], ""
    for c in s:
        if chunk and len(one(chunk + c)) > 75:
            words.append(one(chunk))
            chunk = c
        else:
            chunk += c
    if chunk:
        words.append(one(chunk))
    return (CRLF + " ").join(words)


def hdr_text(s, mode="B"):
    return s if s.isascii() else enc_words(s, mode)


def fmt_addr(a, mode="Q"):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return enc_words(name, mode) + " <" + addr + ">"


def addr_of(a):
    return a if isinstance(a, str) else a[1]


def fold_list(items):
    line, lines = "", []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) + 1 > 74:
            lines.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    lines.append(line)
    return (CRLF + " ").join(lines)


def _chunks(units, backwards):
    """Split encoded units into runs of at most 75 characters."""
    seq = list(reversed(units)) if backwards else list(units)
    runs, cur, n = [], [], 0
    for u in seq:
        if cur and n + len(u) > 75:
            runs.append(cur)
            cur, n = [], 0
        cur.append(u)
        n += len(u)
    if cur or not runs:
        runs.append(cur)
    if backwards:
        runs = [list(reversed(r)) for r in reversed(runs)]
    return ["".join(r) for r in runs]


def qp_encode(text, marker="\x00"):
    """Quoted-printable encode.  `marker` forces a soft line break at that point
    (the text before it is packed so that the break falls at a full line)."""
    out = []
    for line in text.split("\n"):
        units = []
        for byte in line.encode("utf-8"):
            ch = chr(byte)
            if ch == marker:
                units.append(None)
            elif byte == 0x3D or byte > 126 or (byte < 32 and ch != "\t"):
                units.append("=%02X" % byte)
            else:
                units.append(ch)
        for i in range(len(units) - 1, -1, -1):
            if units[i] is None:
                continue
            if units[i] in (" ", "\t"):
                units[i] = "=%02X" % ord(units[i])
            break
        groups, cur = [], []
        for u in units:
            if u is None:
                groups.append(cur)
                cur = []
            else:
                cur.append(u)
        groups.append(cur)
        segs = []
        for gi, g in enumerate(groups):
            segs.extend(_chunks(g, backwards=gi < len(groups) - 1))
        out.append(("=" + CRLF).join(segs))
    return CRLF.join(out)


def b64_encode(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^((?:> ?)*)", line).group(1)
        body = line[len(prefix):]
        parts = textwrap.wrap(body, width=width - len(prefix), break_long_words=False,
                              break_on_hyphens=False, replace_whitespace=False) or [""]
        out.extend(prefix + p for p in parts)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return "".join("%s: %s%s" % (k, v, CRLF) for k, v in self.headers) + CRLF + self.body


def _encode(data, cte):
    """data: str (LF line ends) or bytes."""
    if cte in ("7bit", "8bit"):
        s = data if isinstance(data, str) else data.decode("utf-8")
        if cte == "7bit":
            assert s.isascii(), "non-ASCII text with 7bit"
        return s.replace("\n", CRLF)
    if cte == "quoted-printable":
        s = data if isinstance(data, str) else data.decode("utf-8")
        return qp_encode(s)
    if cte == "base64":
        b = data.replace("\n", CRLF).encode("utf-8") if isinstance(data, str) else data
        return b64_encode(b)
    raise ValueError(cte)


def text(t, subtype="plain", cte=None, charset=None, do_wrap=True, flowed=False):
    t = t.strip("\n") + "\n"
    if cte is None:
        cte = "7bit" if t.isascii() else "8bit"
    if subtype == "plain" and cte in ("7bit", "8bit") and do_wrap:
        t = wrap(t)
    if charset is None:
        charset = "us-ascii" if t.replace("\x00", "").isascii() else "utf-8"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    body = _encode(t, cte)
    if not body.endswith(CRLF):
        body += CRLF
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def attachment(data, ctype, filename, cte="base64", inline=False):
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode("utf-8") if cte == "base64" else data
    body = _encode(data, cte)
    if not body.endswith(CRLF):
        body += CRLF
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", cte)], body)


def multipart(subtype, parts, boundary, preamble=False):
    body = ""
    if preamble:
        body += "This is a multi-part message in MIME format." + CRLF + CRLF
    for p in parts:
        body += "--" + boundary + CRLF + p.render()
        if not body.endswith(CRLF):
            body += CRLF
    body += "--" + boundary + "--" + CRLF
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, CRLF, boundary))], body)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(t, style="outlook"):
    """Turn a plain-text body into the kind of HTML a mail client would send."""
    t = t.strip("\n")
    paras = t.split("\n\n")
    if style == "outlook":
        out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
               '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
               '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
               '</head>', '<body lang="EN-GB" link="#0563C1" vlink="#954F72">',
               '<div class="WordSection1">']
        for p in paras:
            lines = [esc(x) for x in p.split("\n")]
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
            out.append('<p class="MsoNormal">&nbsp;</p>')
        out += ["</div>", "</body>", "</html>"]
        return "\n".join(out) + "\n"
    # gmail style
    out = ['<div dir="ltr">']
    for p in paras:
        lines = p.split("\n")
        groups = []
        for x in lines:
            q = x.startswith(">")
            if groups and groups[-1][0] == q:
                groups[-1][1].append(x)
            else:
                groups.append((q, [x]))
        for q, ls in groups:
            if q:
                inner = "<br>".join(esc(re.sub(r"^> ?", "", x)) for x in ls)
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            elif len(ls) == 1 and ls[0].startswith("On ") and ls[0].endswith("wrote:"):
                out.append('<div class="gmail_attr">' + esc(ls[0]) + "<br></div>")
            else:
                out.append("<div>" + "<br>".join(esc(x) for x in ls) + "</div><div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def alt(t, style="outlook", tcte="quoted-printable", hcte="quoted-printable", boundary="x", html=None):
    plain = text(t, cte=tcte, charset="utf-8")
    h = html if html is not None else html_from_text(t, style)
    return multipart("alternative", [plain, text(h, "html", hcte, charset="utf-8")], boundary)


def fake_pdf(title):
    stream = "BT /F1 12 Tf 72 770 Td (" + title + ") Tj ET"
    body = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length " + str(len(stream)) + ">>stream\n" + stream + "\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def bnd(slug, k, style="outlook"):
    if style == "gmail":
        return "000000000000" + hx(slug + str(k), 16)
    if style == "apple":
        return "Apple-Mail=_" + hx(slug + str(k), 32).upper()
    return "_00%d_%s_" % (k, hx(slug + str(k), 20).upper())


# ---------------------------------------------------------------- people

def st(local, name):
    return (name, local + "@" + SCHOOL)


S = {
    "head": st("h.whitworth", "Helen Whitworth"),
    "dep": st("g.pryce", "Gareth Pryce"),
    "dsl": st("dsl", "Designated Safeguarding Lead"),
    "office": st("office", "Example School Office"),
    "sue": st("s.marriott", "Sue Marriott"),
    "karen": st("admissions", "Karen Holt"),
    "att": st("attendance", "Linda Skelton"),
    "senco": st("p.chauhan", "Priya Chauhan"),
    "sbm": st("c.thorpe", "Carol Thorpe"),
    "site": st("n.brackenbury", "Neil Brackenbury"),
    "pe": st("d.ashby", "Dan Ashby"),
    "y6": st("o.fairbairn", "Owen Fairbairn"),
    "y5": st("h.ogilvie", "Hannah Ogilvie"),
    "y4": st("k.dalton", "Kirsty Dalton"),
    "y3": st("m.zielinski", "Marek Zieliński"),
    "y2": st("b.lound", "Becky Lound"),
    "y1": st("t.hebblethwaite", "Tom Hebblethwaite"),
    "rec": st("j.cutts", "Joanne Cutts"),
    "pl": st("a.nowak", "Agnieszka Nowak"),
    "lt": st("t.petrauskas", "Tomas Petrauskas"),
    "lv": st("i.berzina", "Ilze Bērziņa"),
    "ro": st("e.popescu", "Elena Popescu"),
    "bg": st("d.ivanova", "Desislava Ivanova"),
    "pt": st("r.ferreira", "Rui Ferreira"),
    "haf": st("haf", "Fiona Rudd (HAF)"),
    "clerk": st("clerk", "Judith Amos"),
    "ta2": st("j.pask", "Julie Pask"),
    "ta1": st("d.keal", "Dawn Keal"),
    "staff": st("staff", "All Staff"),
    "teachers": st("teachers", "Teaching Staff"),
    "eal": st("eal-team", "EAL Team"),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name):
    return (name, local + "@" + PUPILS)


SIG_ADDR = "Example School, Park Row, LS1 4AP"

SIG = {
    "head": "Helen Whitworth\nHeadteacher\nExample School, Park Row, LS1 4AP\nTel: 01632 960000 | office@example-school.org.uk",
    "dep": "Gareth Pryce\nDeputy Headteacher | Designated Safeguarding Lead\nExample School\nT: 01632 960000",
    "office": "Sue Marriott\nOffice Manager\nExample School | Park Row | LS1 4AP | 01632 960000\nWe have Polish, Lithuanian, Latvian, Romanian, Bulgarian and Portuguese speakers on our staff - just ask at the office.",
    "att": "Linda Skelton\nAttendance & Welfare Officer\nExample School - 01632 960000 (option 1 to report an absence)",
    "senco": "Priya Chauhan\nSENCo (Mon-Thu)\nExample School, Park Row, LS1 4AP",
    "sbm": "Carol Thorpe\nSchool Business Manager\nExample School\nPark Row\nLS1 4AP\nTel 01632 960000",
    "site": "Neil Brackenbury\nSite Manager\nExample School, Park Row, LS1 4AP\nSite mobile 07700 900318",
    "pe": "Dan Ashby\nPE & School Sport Lead / Year 5\nExample School | 01632 960000",
    "y6": "Owen Fairbairn\nYear 6 Teacher\nExample School",
    "y5": "Miss H. Ogilvie\nYear 5 Teacher & English Lead\nExample School, Park Row, LS1 4AP - 01632 960000",
    "y4": "Kirsty Dalton\nYear 4 Teacher | History & Geography Lead",
    "y3": "Marek Zieliński\nYear 3 Teacher | Art & RE Lead\nExample School",
    "y2": "Mrs B. Lound\nYear 2 Teacher & KS1 Phase Leader\nExample School, Park Row, LS1 4AP",
    "y1": "Tom Hebblethwaite\nYear 1 Teacher\nExample School - 01632 960000",
    "rec": "Mrs Joanne Cutts\nEYFS Lead / Reception Teacher\nExample School, Park Row, LS1 4AP | 01632 960000",
    "pl": "Agnieszka Nowak\nEAL Teaching Assistant | Asystentka nauczyciela (j. polski)\nExample School, Park Row, LS1 4AP - 01632 960000",
    "lt": "Tomas Petrauskas\nEAL Support (lietuvių / русский)\nExample School",
    "lv": "Ilze Bērziņa\nFamily Liaison Officer - latviešu / русский / English\nExample School · 01632 960000 · Park Row, LS1 4AP",
    "ro": "Elena Popescu\nBilingual Teaching Assistant (Română)\nExample School 01632 960000",
    "bg": "Desislava Ivanova\nBilingual TA - Български\nExample School",
    "pt": "Rui Ferreira\nLearning Mentor · Mentor (Português)\nExample School, Park Row LS1 4AP · 01632 960000",
    "haf": "Fiona Rudd\nHoliday Activities & Food (HAF) Coordinator\nExample School | 01632 960000 | haf@example-school.org.uk",
    "clerk": "Judith Amos\nClerk to the Governing Board\nExample School, Park Row, LS1 4AP",
    "karen": "Karen Holt\nAdmissions & Office Assistant\nExample School · 01632 960000",
    "ta1": "Dawn Keal\nTeaching Assistant & First Aider\nExample School",
}

# ---------------------------------------------------------------- registry

MSGS = []


def add(label, slug, note, frm, to, subject, date, body, cc=(), extra=(), mailer=None,
        subject_mode=None, from_mode="Q", msgid=None):
    assert label in ("flag", "clean")
    headers = [("From", fmt_addr(frm, from_mode)),
               ("To", fold_list([fmt_addr(a) for a in to]))]
    if cc:
        headers.append(("Cc", fold_list([fmt_addr(a) for a in cc])))
    if subject_mode:
        headers.append(("Subject", enc_words(subject, subject_mode)))
    else:
        headers.append(("Subject", hdr_text(subject)))
    headers.append(("Date", fmt_date(date)))
    mid = msgid or "<%s.%s@%s>" % (hx(slug, 20).upper(), date[:10].replace("-", ""), SCHOOL)
    headers.append(("Message-ID", mid))
    headers.extend(extra)
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers.append(("MIME-Version", "1.0"))
    raw = "".join("%s: %s%s" % (k, v, CRLF) for k, v in headers) + body.render()
    MSGS.append({
        "label": label, "slug": slug, "note": note, "sender": addr_of(frm),
        "recipients": " ".join(addr_of(a) for a in list(to) + list(cc)),
        "raw": raw.encode("utf-8"),
    })


def reply_hdrs(slug, domain="mail.gmail.com"):
    rid = "<CA%s@%s>" % (hx(slug + "parent", 28), domain)
    return [("In-Reply-To", rid), ("References", rid)]


OL = "Microsoft Outlook 16.0"


# =====================================================================
# FLAG: the author's own swearing / slurs (20)
# =====================================================================

# --- plain -----------------------------------------------------------

add("flag", "moderation_bollocks", "Y6 teacher venting to deputy about LA writing moderation: 'absolute bollocks' (plain)",
    S["y6"], [S["dep"]], "Re: KS2 writing moderation feedback", "2025-06-20 16:41:07",
    text("""Gareth,

Just off the phone with the LA moderator. She's knocked Wiktoria and Luca down from GDS to EXS because their pieces "lacked independence" - apparently because Agnieszka translated the success criteria into Polish for the first draft. That's absolute bollocks. The writing is all theirs, the criteria sheet is on the wall in English for everyone else, and we've done exactly the same thing for three years without a word said.

I've asked her to put it in writing. Can we talk before I reply? I don't want to go in all guns blazing but I'm not having those two marked down because they happened to arrive in Year 3 without any English.

I'm in my room till 5.30.

Owen

""" + SIG["y6"]), extra=[("In-Reply-To", "<B7E51C0A4D.20250619@%s>" % SCHOOL)], mailer=OL)

add("flag", "boiler_contractor_wanker", "site manager to business manager: heating contractor 'a complete wanker' (plain, text+HTML)",
    S["site"], [S["sbm"]], "Boiler - again", "2025-01-14 07:22:31",
    alt("""Carol,

Heating's off in the KS1 block again this morning, 11 degrees in Becky's room at 7. I rang Fenland Heating at quarter to and got the same bloke as last week who told me the part "should" be in by Thursday. He's a complete wanker. I asked him straight out whether he'd actually ordered it and he went quiet, then said he'd ring me back. He hasn't.

I've put the two oil-filled radiators from the hall in Y1 and Y2 and the little fan heater in Reception (with the guard on). That'll do for today but it won't do till Thursday. Can you ring them from your end - they might listen to the person who pays the invoices. If not I think we need to be looking at another contractor before next winter.

Neil

""" + SIG["site"], boundary=bnd("boiler_contractor_wanker", 1)), mailer=OL)

add("flag", "interpreter_invoice_piss", "office manager to SBM: interpreting agency 'taking the piss', 'pissed off' (plain, swear in subject) [unsure] mild swearing",
    S["sue"], [S["sbm"]], "Re: Interpreter invoice - taking the piss", "2025-04-02 11:05:52",
    text("""Carol,

Have you seen the invoice from Lingua Bridge for parents' evening? £68 "travel and waiting time" for each of the four interpreters on top of the hourly rate. Two of them live in town and the Romanian lady walked here, I watched her come across the car park. They are taking the piss.

I haven't paid it. Ilze says the Bulgarian and Romanian interpreters were only booked in the first place because Desi and Elena were both off on the Thursday, so could we say we'll pay the hours and not the extras?

Honestly I'm pissed off with them, this is the third time since September. If you're happy I'll ring them this afternoon.

Sue

""" + SIG["office"], cte="8bit"), mailer=OL)

add("flag", "fine_reply_twat_to_parent", "attendance officer's comment meant for the head sent to the father: 'what a twat' (plain, Outlook quote below)",
    S["att"], [ALI], "RE: Fine letter ???", "2025-05-13 08:17:40",
    text("""Helen - Mr Guardian again, see below. Honestly, what a twat. He took Pupil Three out for 12 school days in March for his brother's wedding in Vilnius, we told him in writing before he went that it couldn't be authorised, and now he's saying nobody told him. Can you deal with this one please, I've had enough of being shouted at down the phone.

Linda

""" + SIG["att"] + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 12 May 2025 21:14
To: attendance@example-school.org.uk
Subject: Fine letter ???

Hello

I get letter from council about fine for holiday. Nobody tell me this before. My son was at wedding of my brother, it is family, it is important. I not pay this.

Please call me 07700 900789

Ali Guardian
"""), cc=[S["head"]], extra=reply_hdrs("fine_reply_twat_to_parent", "btinternet.com"), mailer=OL)

add("flag", "pupil_story_shit_hot", "Y6 teacher praising a pupil's story: 'that is shit hot' (to pupil, plain)",
    S["y6"], [pupil("18kwisniewski", "Kacper Wisniewski")], "Your Viking saga", "2025-02-06 19:32:15",
    alt("""Kacper,

Just read your Viking saga on Google Classroom. Honestly mate, that is shit hot. The bit where Ragnar's boat comes out of the fog and nobody on the shore says a word - that gave me goosebumps. Best thing you've written all year.

Two things before Friday: check your speech punctuation in the middle section (new speaker, new line!) and have another look at your last paragraph, it stops a bit suddenly. Then print it off and bring it in, I want it on the display.

Mr F
""", style="gmail", tcte="7bit", boundary=bnd("pupil_story_shit_hot", 1, "gmail")))

add("flag", "admissions_gyppo_slur", "admissions assistant to attendance officer: 'gyppo kids' about a Roma family (race slur, plain)",
    S["karen"], [S["att"]], "more admissions", "2025-09-09 10:48:03",
    text("""Linda, heads up - three more gyppo kids at the counter this morning, another family straight off the coach from Romania by the sound of it. Mum with a carrier bag full of paperwork and no proof of address. I've given her the in-year form and told her it's the council not us.

Bet they'll be gone by October like the last lot and we'll be chasing CME forms for months. Can you let Elena know in case they come back tomorrow wanting it explained.

K

""" + SIG["karen"]), mailer=OL)

add("flag", "ta_retarded_slur", "TA to TA about a Y2 pupil: 'he's just retarded' (disability slur, plain)",
    S["ta2"], [S["ta1"]], "Fri phonics + rant", "2025-03-12 15:52:44",
    text("""Dawn, can you swap Friday afternoon phonics with me this week? I've got the dentist at 2. I'll have your lot on Monday instead, they're no bother.

Also - re Jayden. Everyone keeps saying it's an EAL thing with him but he's English born and bred, mum's from Boston! He's just retarded if you ask me, he can't hold a pencil properly and he still can't tell you his colours. Priya needs to get him seen properly instead of sticking him in with the new arrivals group.

Sorry, rant over. Thank you lovely

J x"""), mailer=OL)

add("flag", "gates_polacks_slur", "site manager to head about parking at the gates: 'the Polacks' (nationality slur, plain)",
    S["site"], [S["head"]], "Gates this morning", "2025-02-27 08:09:26",
    alt("""Helen,

Same again this morning. Half seven and there's vans and cars across both gates from the Polacks dropping kids at breakfast club before the 8 o'clock shift at the packing plant. The bin lorry couldn't get in and has gone without emptying us, so we've got the Friday bins sitting there till next week.

I've put cones out but they just move them. Can we put something in the newsletter (in Polish as well, Agnieszka said she'd do it) and maybe ask the PCSO to come down one morning?

Neil

""" + SIG["site"], boundary=bnd("gates_polacks_slur", 1)), mailer=OL)

add("flag", "supply_teacher_poof", "Y4 teacher to Y2 teacher about a male supply teacher: 'what a poof' (sexual-orientation slur, plain)",
    S["y4"], [S["y2"]], "Supply in Jo's room", "2025-11-19 12:41:09",
    text("""Bec, did you meet the supply chap they've sent for Reception while Jo's off? Lovely with the kids to be fair, but what a poof - he spent the whole of lunch telling me about his husband's new kitchen and the colour of the tiles. The little ones loved him though, they were all doing his sticky-hands song at home time.

Are you going on Friday? Tanya's booked the Italian for 7.

K x"""), mailer=OL)

add("flag", "groups_csv_notes_swearing", "Y5 teacher's intervention list; swearing only in the CSV attachment notes ('lazy little shit', 'nasty bastard')",
    S["y5"], [S["lt"]], "Y5 maths intervention groups from Monday", "2025-10-03 16:20:11",
    multipart("mixed", [
        text("""Hi Tomas,

Attached is the new group list for the Y5 maths interventions from Monday, with my notes. Can you check I've put all the Lithuanian speakers with you? I think Matas might be better in Rui's group now, he's flying.

Thanks,
Hannah

""" + SIG["y5"]),
        attachment("""group,pupil,adult,time,notes
A,Matas K,Tomas,Mon/Wed 9.10,place value fine now - move up?
A,Gabija S,Tomas,Mon/Wed 9.10,needs number lines in LT
A,Dominykas P,Tomas,Mon/Wed 9.10,lazy little shit - will copy if sat with Diogo
B,Diogo S,Rui,Tue/Thu 9.10,times tables 6/7/8
B,Beatriz M,Rui,Tue/Thu 9.10,
B,Ivan D,Rui,Tue/Thu 9.10,dad is a nasty bastard - DO NOT ring home without Gareth
C,Maria I,Hannah,Fri 13.15,fractions pre-teach
C,Elīza K,Hannah,Fri 13.15,fractions pre-teach
""", "text/csv", "Y5_maths_groups_autumn2.csv"),
    ], bnd("groups_csv_notes_swearing", 1)), mailer=OL)

# --- disguised -------------------------------------------------------

add("flag", "photocopier_asterisks", "Y3 teacher to colleague: 'f*cking photocopier', 'Sh*t' (asterisk masks) [unsure] self-censored with asterisks",
    S["y3"], [S["y4"]], "photocopier (again)", "2025-01-20 08:14:58",
    text("""Kirsty, is the f*cking photocopier in the staffroom working for you?? It's eaten all my Polish reading comprehension sheets, jammed twice and now just says "call technician". I've got 30 to do for 9am. Sh*t.

Could you print them off the KS2 one if I send you the file? Owe you a coffee.

Marek"""), mailer=OL)

add("flag", "minibus_leetspeak", "PE lead to site manager about minibus MOT: 'b0ll0cks', 'p!ss-take', 'sh!tshow' (symbol/digit masks)",
    S["pe"], [S["site"]], "Minibus MOT", "2025-05-06 12:33:20",
    text("""Neil - garage rang. The minibus has failed its MOT on the brakes AND the seatbelt on row 3. Absolute b0ll0cks, we've got the tag rugby festival at Sleaford on Thursday with 14 kids.

Can you ring the coach firm and see if they can do a 16-seater? The quote they gave us last time was a proper p!ss-take (£340 for a morning!) but I don't think we've got a choice. What a sh!tshow.

Dan"""), mailer=OL)

add("flag", "screen_died_repeated_letters", "Reception teacher to colleague: 'Fuuuuuuck', 'Shiiiiite day' (repeated letters)",
    S["rec"], [S["y2"]], "my screen!!", "2025-03-04 09:27:03",
    text("""Beccyyyy, the screen in my room has died mid-phonics. Just gone black. 28 four-year-olds staring at me. Fuuuuuuck.

Had to do Phase 2 with a whiteboard pen and my best Mr Thorne voice. Is yours ok? If Neil's about can you send him my way please.

Shiiiiite day and it's only half nine.

J x"""), mailer="iPhone Mail (22D72)")

add("flag", "delivery_driver_spaced", "SBM to office manager about a lorry driver: 'What a b e l l e n d' (letters spaced out)",
    S["sbm"], [S["sue"]], "That delivery driver", "2025-06-11 15:31:47",
    text("""Sue - did you see him? Parked the lorry right across the KS1 gate at ten past three, refused to move it until he'd been "signed for", then called Neil "pal" and told him to calm down.

What a b e l l e n d.

I've emailed the depot. If he turns up again ring me and don't sign for anything until he's moved.

C"""), mailer=OL)

add("flag", "father_shouting_cyrillic", "Bulgarian TA to colleague after a father shouted at her: 'Bаstаrd' with Cyrillic а (homoglyphs)",
    S["bg"], [S["ro"]], "Mr Dimitrov", "2025-04-29 13:02:16",
    text("""Elena,

The father from Y4 (Nikolai's dad) just came to the office window shouting because the council stopped his bus pass form. I explained three times in Bulgarian that it is not us, it is the council. He called me liar in front of the other parents. B\u0430st\u0430rd.

Sorry. I am still shaking a bit. Can you stand with me at 3 o'clock pick up in case he comes back?

Desi

""" + SIG["bg"], cte="8bit"), from_mode="B")

add("flag", "long_week_fullwidth", "Y6 teacher to colleague: 'ｆｕｃｋｉｎｇ endless' in full-width letters",
    S["y6"], [S["y5"]], "Friday", "2025-05-09 12:15:40",
    text("""H - this week has been \uff46\uff55\uff43\uff4b\uff49\uff4e\uff47 endless. SATs walk-through, two new arrivals with no English at all, and the Ofsted rumour mill going again.

Pub after work? The Red Lion quiz starts at 8.

O""", cte="8bit"), mailer=OL)

add("flag", "ehcp_panel_zero_width", "SENCo to deputy about an LA officer: 'what a c-u-n-t' with zero-width spaces inside the word",
    S["senco"], [S["dep"]], "EHCP panel - Amelia", "2025-11-27 17:48:22",
    text("""Gareth,

Panel said no to Amelia's EHC needs assessment. Again. The officer told me on the phone that "EAL children often look like SEN" and we should "give it another term". She has been with us for three years, Ilze says she's fluent in Latvian at home, and she still can't blend CVC words in either language.

Honestly, what a c\u200bu\u200bn\u200bt.

I'll write the appeal tonight. Can I have Friday afternoon out of class to finish it? Tomas could cover my intervention group.

P

""" + SIG["senco"], cte="8bit"), mailer=OL)

add("flag", "translation_html_split", "Polish TA to Y3 teacher: 'shite' split by Outlook language spans and 'arseholes' with an HTML entity (HTML only)",
    S["pl"], [S["y3"]], "Y3 trip letter - Polish version", "2025-02-18 14:09:37",
    text("""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>
</head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Marek,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The translation company sent back the Y3 castle trip letter in Polish and honestly it is <span lang="PL">shi</span><span lang="EN-GB">te</span>. Google Translate, I am sure &#8211; &#8220;wycieczka do zamku&#8221; came back as &#8220;trip to the lock&#8221; and the payment date is wrong.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I fixed it myself, it is in the shared drive now (Trips &gt; Y3 &gt; Lincoln). They are <span lang="PL">&#97;rse</span>holes for charging &#163;45 for this.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Aga</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#7F7F7F">Agnieszka Nowak<br>EAL Teaching Assistant | Asystentka nauczyciela (j. polski)<br>Example School, Park Row, LS1 4AP &#8211; 01632 960000</span></p>
</div>
</body>
</html>""", "html", "quoted-printable", charset="utf-8"), mailer=OL)

add("flag", "training_day_qp_softbreak", "EAL support to a friend at the county EAL service: 'bollocks'/'wanker' each split by a QP soft line break",
    S["lt"], [("Rasa Vaitkute", "r.vaitkute@example.org")], "Thursday training", "2025-10-14 21:06:33",
    text("""Hi Rasa,

Are you going to the county EAL network on Thursday? I have to go because Helen has paid for it but honestly the new "language acquisition tracker" they want us all to use is a load of bollo\x00cks - twelve pages per child, in English only, and none of the parents will ever see it.

Also if the head of service starts again about "parents not engaging" I might walk out. Half our families are on the 6-till-2 shift at the packing factory and the other half are on 2-till-10, of course they can't come to a coffee morning at 10am. He is a wan\x00ker, sorry, but he is.

Save me a seat near the door. I bring the Lithuanian biscuits.

Tomas""", cte="quoted-printable", charset="utf-8"), mailer=OL)

add("flag", "rota_rfc2047_base64", "family liaison to office about interpreter rota: 'shitshow' in RFC 2047 subject, 'fucking ridiculous' in base64 body",
    S["lv"], [S["sue"]], "Re: Parents’ evening interpreter rota – what a shitshow", "2025-03-18 16:55:09",
    text("""Sue,

I just saw that somebody moved all my interpreting to Thursday afternoon without asking me. I have four Latvian families booked for Tuesday after the shifts finish - they asked their supervisors at the factory to leave early, one of them swapped a whole shift for this.

Now I have to ring all of them and say sorry, it is changed. This is fucking ridiculous. Who did this??

Ilze

""" + SIG["lv"], cte="base64", charset="utf-8"), subject_mode="B", from_mode="Q", mailer=OL)


# =====================================================================
# CLEAN, hard negatives (30)
# =====================================================================

add("clean", "scunthorpe_girls_football", "hard negative: place name Scunthorpe; football kit, balls, shin pads",
    S["pe"], [JANE, SAM, ALI], "Y5/6 girls' football - Scunthorpe tournament Thursday", "2025-03-10 16:02:48",
    alt("""Dear parents and carers,

Your daughter has been picked for the Y5/6 girls' football squad for the county tournament in Scunthorpe this Thursday (13 March). Well done to them - they have trained hard since Christmas and they deserve it.

The plan for the day:
- Meet in the hall at 8.30. The minibus leaves at 8.45 sharp.
- Please send them in PE kit with the school football shirt on top (we hand these out on the day), shin pads, boots or trainers and a warm coat. It is very windy on those pitches.
- A packed lunch and a named water bottle. If your child has free school meals the kitchen will make a packed lunch for them - you don't need to do anything.
- We should be back at school by about 3.45, but if the finals run late we could be later. I will send a message on the school app when we leave Scunthorpe.

If you work the late shift on Thursday and someone else is collecting, please tell the office who it will be (name and phone number).

If you have any questions please ask me on the gate or ring the office on 01632 960000. Mrs Nowak and Mr Ferreira can help with Polish and Portuguese.

Thank you,
Mr Ashby

""" + SIG["pe"], style="gmail", boundary=bnd("scunthorpe_girls_football", 1, "gmail")), cc=[S["office"]])

add("clean", "penistone_reference_request", "hard negative: place names Penistone and East Sussex in a reference request",
    S["sbm"], [("Mrs Gillian Stead", "head@example.org")], "Reference request - Ms Natalia Kowalska (Bilingual Teaching Assistant)", "2025-05-19 10:24:05",
    multipart("mixed", [
        text("""Dear Mrs Stead,

Ms Natalia Kowalska has applied for the post of Bilingual Teaching Assistant (Polish/English) at our school and has given your name as a referee. Her application says she worked at Moorside Primary in Penistone from September 2019 to July 2023 as a Level 2 TA, before moving to a school in East Sussex.

I would be very grateful if you could complete the attached reference form and return it to me by Friday 30 May, as interviews are on 4 June. In particular we would appreciate your comments on her work with pupils new to English, her reliability and attendance, and any safeguarding concerns (we are required to ask this of every referee).

If it is easier to talk, please ring me on 01632 960000 and ask for me - I am in the office every day until 4pm.

Many thanks for your help.

Kind regards,

""" + SIG["sbm"]),
        attachment(fake_pdf("Example School - Reference Request Form - Support Staff"), "application/pdf", "Reference_form_N_Kowalska.pdf"),
    ], bnd("penistone_reference_request", 1), preamble=True), mailer=OL)

add("clean", "cockermouth_residential", "hard negative: place name Cockermouth; Y6 residential letter with translated versions attached",
    S["y6"], [JANE, SAM, ALI], "Year 6 residential - Lake District, 16-18 June", "2025-01-28 15:40:12",
    multipart("mixed", [
        alt("""Dear Year 6 parents and carers,

I am very pleased to confirm that this year's Year 6 residential will be at Bassenfell Outdoor Centre, just outside Cockermouth in the Lake District, from Monday 16 to Wednesday 18 June.

The children will be canoeing, ghyll scrambling, doing a night walk and climbing a proper fell (weather permitting!). For many of our pupils it will be their first time in the mountains, and it is always the thing they remember most from primary school.

Cost: £185, which covers the coach, two nights' full board and all activities. You can pay in instalments on ParentPay. The first £30 is due by 28 February to hold the place. Please do not let money stop your child going - if you are worried about the cost, speak to Mrs Thorpe in confidence. The school and the PTA help every year.

The letter is attached in Polish, Lithuanian, Latvian, Romanian, Bulgarian and Portuguese. There will be a meeting for parents on Thursday 27 February at 5.30pm (after the day shifts), with our bilingual staff there to answer questions, and we will show photos of the centre.

Kind regards,

Mr Fairbairn
Year 6

Example School, Park Row, LS1 4AP
01632 960000
""", boundary=bnd("cockermouth_residential", 2)),
        attachment(fake_pdf("Y6 residential - Cockermouth - PL"), "application/pdf", "Y6_residential_PL.pdf"),
        attachment(fake_pdf("Y6 residential - Cockermouth - LT"), "application/pdf", "Y6_residential_LT.pdf"),
        attachment(fake_pdf("Y6 residential - Cockermouth - RO"), "application/pdf", "Y6_residential_RO.pdf"),
    ], bnd("cockermouth_residential", 1)), cc=[S["head"]], mailer=OL)

add("clean", "clitheroe_records_transfer", "hard negative: place name Clitheroe; pupil records transfer to another school",
    S["sue"], [("Admissions, Ribble Vale Primary", "admissions@example.org")], "Pupil leaving - CTF and records for Oliwia Mazur (Y2)", "2025-02-24 13:51:30",
    text("""Good afternoon,

Oliwia Mazur (DOB 14/06/2017, Year 2) left us on Friday 21 February. Her family have moved to Clitheroe, where dad has started a new job at the meat processing plant, and mum tells us Oliwia has been offered a place with you from 3 March.

I have uploaded her Common Transfer File to School-to-School this morning. Her paper file (including EAL assessments and her reading records in Polish and English) will go by recorded post tomorrow. There are no safeguarding records to transfer - our DSL has confirmed this.

A few things that may help her settle: Oliwia is confident in spoken English now but still prefers to read in Polish, and she had speech and language therapy last year for her /s/ sounds. Mum's English is limited and she is happiest with written messages she can put through a translation app.

If you need anything else please call me on 01632 960000.

Kind regards,

""" + SIG["office"]), mailer=OL)

add("clean", "dykes_farm_safety_letter", "hard negative: 'dykes' (Fenland drainage ditches) in a summer water and farm safety letter",
    S["head"], [JANE, SAM, ALI], "Staying safe near dykes, drains and farm machinery this summer", "2025-07-14 12:00:00",
    alt("""Dear parents and carers,

As the summer holiday gets closer, please talk to your children about staying safe outside.

Water. The dykes and drains around town look shallow and still, but they are deep, very cold and have steep, slippery sides. Every year children in Lincolnshire get into difficulty in dykes, especially on hot days. Please make sure your children know:
- never to swim or paddle in dykes, drains or the river;
- never to go near the water without an adult;
- if a friend falls in, shout for help and ring 999 - do not go in after them.

Farms and packhouses. Many of our families work on the farms and in the packing sheds over the summer. Please do not take children on to fields or yards where machinery is working, and remind them that tractors, forklifts and lorries cannot see small people.

Lincolnshire Fire and Rescue came into assembly last week, and the children can tell you what they learned (ask them about "Float to Live"!).

This letter has been translated into Polish, Lithuanian, Latvian, Romanian, Bulgarian and Portuguese, and the translations are on the school app.

Have a safe and happy summer.

Mrs Whitworth

""" + SIG["head"], boundary=bnd("dykes_farm_safety_letter", 1)), mailer=OL)

add("clean", "twatt_shitterton_map_skills", "hard negative: place names Twatt (Orkney) and Shitterton (Dorset) found in a Y4 map-skills lesson",
    S["y4"], [S["y2"]], "Gazetteer lesson - a heads-up for next year", "2025-02-05 15:47:51",
    text("""Hi Becky,

Quick one for when you're looking at the geography plans for next year. We did the UK gazetteer lesson today with the new atlases (4-figure grid references, find the place, name the county). Great lesson on the whole - but one group found Twatt in Orkney in the index, and then a couple of the boys went hunting for Shitterton in Dorset because someone's older brother had told them about it. Lots of giggling.

I kept a straight face and we talked about where place names come from - Old Norse and Old English words for fields, farms, streams - which actually turned into a decent bit of learning. Tomas says there are Lithuanian villages with names that make the kids laugh too!

Nothing to do really, just maybe pre-empt it with Y3 if you use the same atlases, or choose the places for them.

Kirsty

""" + SIG["y4"]), mailer=OL)

add("clean", "governors_agenda_cockburn", "hard negative: surnames Cockburn, Hancock and Dickens in a governors' meeting agenda",
    S["clerk"], [("Ian Cockburn", "i.cockburn@" + SCHOOL), ("Lesley Hancock", "l.hancock@" + SCHOOL),
                 ("Paul Dickens", "p.dickens@" + SCHOOL), ("Ewa Lewandowska", "e.lewandowska@" + SCHOOL),
                 S["head"]], "FGB meeting - Tuesday 18 March, 6pm - agenda and papers", "2025-03-11 09:30:14",
    multipart("mixed", [
        text("""Dear Governors,

Please find attached the agenda and papers for the Full Governing Board meeting on Tuesday 18 March at 6pm in the school library. Mr Cockburn will chair.

Agenda
1. Welcome, apologies and declarations of interest
2. Minutes of the meeting of 21 January and matters arising
3. Headteacher's report (attendance, in-year admissions and mobility)
4. EAL provision and the new family liaison role - presentation by Ilze Bērziņa
5. Finance: budget monitoring (Mrs Hancock, chair of Resources)
6. Safeguarding and SEND link governor visits (Mr Dickens, Mrs Lewandowska)
7. Policies for approval: Behaviour, Charging and Remissions, Accessibility Plan
8. AOB

Apologies received so far: none. If you cannot attend, please let me know by Friday so I can check we will be quorate.

Tea and coffee from 5.45.

Kind regards,

""" + SIG["clerk"], cte="8bit"),
        attachment(fake_pdf("FGB 18 March 2025 - Agenda and Papers"), "application/pdf", "FGB_2025-03-18_papers.pdf"),
    ], bnd("governors_agenda_cockburn", 1)), mailer=OL)

add("clean", "wankhede_cricket_coaching", "hard negative: surname Wankhede (cricket coach); balls, stumps",
    S["pe"], [("Ravi Wankhede", "r.wankhede@example.org")], "Re: Summer term cricket sessions", "2025-04-24 10:11:36",
    alt("""Hi Ravi,

Thanks for getting back to me so quickly. Tuesdays are perfect. Y3 and Y4 can have you 1.15-2.15 and Y5/6 2.15-3.15, starting 6 May for six weeks.

A few bits so you know what you're walking into: we have about 220 children, most of them from Polish, Lithuanian, Romanian and Portuguese families, and for a lot of them cricket will be completely new (one Y5 boy asked me if it was "baseball for English people"). So please keep the instructions short and visual - our TAs will be out with you and can translate when needed.

We have stumps and bats but our soft balls have mostly gone over the fence into the allotments, so if you can bring a bag of balls that would be brilliant. The field will be marked out by Neil, our site manager, on the Monday.

Also, is there any chance of the after-school taster at the club for families? A Saturday morning might work better than a weekday, as lots of parents are on shifts until 6.

Cheers,
Dan

""" + SIG["pe"] + """

On Wed, 23 Apr 2025 at 17:02, Ravi Wankhede <r.wankhede@example.org> wrote:
> Hi Dan, great to hear from you. We can offer six free sessions this summer
> through the county programme, either Tuesday or Thursday afternoons. Let me
> know which suits and how many classes. Best, Ravi
""", style="gmail", tcte="7bit", boundary=bnd("wankhede_cricket_coaching", 1, "gmail")),
    extra=reply_hdrs("wankhede_cricket_coaching"))

add("clean", "haf_menu_spotted_dick", "hard negative: foods: spotted dick, faggots, shiitake, pierogi; HAF menu to caterer",
    S["haf"], [("Orders - Fenway Catering", "orders@example.com")], "Easter HAF menu - final version", "2025-03-25 14:26:19",
    text("""Hi Joanne,

Thanks for the draft menu for the Easter Holiday Activities and Food club (Mon 7 - Thu 17 April, 4 days a week, about 60 children a day). A few changes after we talked to the children and parents:

Week 1
Mon - chicken and vegetable pasta bake, garlic bread; fruit
Tue - sausage and mash with peas and gravy; spotted dick and custard
Wed - pierogi ruskie (potato and cheese) with soured cream and salad - several parents offered to help make these, see below
Thu - fish fingers, potato wedges, beans; yoghurt

Week 2
Mon - chicken curry and rice; fruit
Tue - could we swap the faggots, mash and peas for cottage pie? Faggots came back last time almost untouched
Wed - vegetable and shiitake stir fry with noodles (the cooking club will make this one)
Thu - pizza and salad; Easter nest cakes

Allergies: two children with nut allergies, one coeliac (same child as last year), and one child who does not eat pork. I will send the full list with names on the Friday before.

The Polish mums who offered to help with the pierogi have food hygiene certificates - could you let me know if they can use your kitchen on the Wednesday morning?

Thanks,
Fiona

""" + SIG["haf"]), mailer=OL)

add("clean", "birdwatch_tits_cock_pheasant", "hard negative: birds: blue tits, great tits, coal tits, cock pheasant; newsletter item",
    S["y2"], [S["head"]], "Big Schools' Birdwatch - bit for the newsletter", "2025-02-03 16:05:44",
    text("""Hi Helen,

Here's a short piece for Friday's newsletter if there is room.

---
Big Schools' Birdwatch

Year 2 spent an hour on the field last Thursday counting birds for the RSPB Big Schools' Birdwatch. We saw 14 blue tits, 6 great tits, a pair of coal tits, 11 woodpigeons, 23 starlings, 3 robins and - the highlight - a cock pheasant strutting along the back fence as if he owned the place.

The children learned the names in their home languages too: a tit is "sikorka" in Polish and "pițigoi" in Romanian, and Elias taught us that a robin is "pisco-de-peito-ruivo" in Portuguese. Try counting the birds in your garden or from your window this weekend!
---

There's a photo of the pheasant on the Y2 iPad if you want it.

Becky

""" + SIG["y2"]), mailer=OL)

add("clean", "reception_farm_visit", "hard negative: farm animals (ewes, tups, boar, cockerel, donkeys) and village South Cockerington in a trip letter",
    S["rec"], [JANE, SAM, ALI], "Reception trip to Manor Farm - Thursday 1 May", "2025-04-23 15:15:27",
    alt("""Dear Reception families,

As part of our "Life on the Farm" topic, Reception will visit Manor Farm at South Cockerington on Thursday 1 May. We will go by coach, leaving at 9.15 and coming back for the end of the day.

At the farm the children will see the ewes and their new lambs, the tups (that's the farmer's word for rams!), the pigs including Big Bob the boar, the hens and the cockerel, and two very friendly donkeys. They will feed the lambs with bottles and go on a tractor-and-trailer ride.

Please send your child in:
- old clothes and wellies or old trainers (it will be muddy!)
- a waterproof coat
- a named bag with a drink. The school will give lunch to every child.

The trip costs £6. Please pay on ParentPay or in an envelope at the office. If this is difficult, please talk to me or Mrs Marriott - no child will miss out.

We need 4 parent helpers. If you are not working that day and would like to come, please tell me at the classroom door. Helpers need to have a DBS check, so please ask soon.

Thank you!
Mrs Cutts and the Reception team

""" + SIG["rec"], style="gmail", boundary=bnd("reception_farm_visit", 1, "gmail")))

add("clean", "space_homework_uranus", "hard negative: science homework to Y5 pupils: Uranus, analyse",
    S["y5"], [pupil("19mionescu", "Maria Ionescu"), pupil("19dsilva", "Diogo Silva"), pupil("19ekalnina", "Eliza Kalnina"),
              pupil("19gpetrov", "Georgi Petrov"), pupil("19jbaranauskas", "Jokubas Baranauskas")],
    "Space homework - planet fact file", "2025-01-17 15:34:02",
    alt("""Hello Year 5 (Science group B),

Your homework this week is a planet fact file. Choose ONE planet and find:
- its distance from the Sun
- how long its day and its year are
- what it is made of
- how many moons it has
- one fact that will surprise the class

A few of you have already asked for Uranus. Yes, you can do Uranus! It is the planet that spins on its side, and it is colder than Neptune, which scientists are still trying to explain. And yes, I know it's a funny name. Get the giggles out of your system at home please.

On Thursday we will put everyone's numbers into a table and analyse them together - is there a pattern between distance from the Sun and length of year?

You can write your fact file in English and add words in your home language if you like. It's due on Wednesday 22 January on Google Classroom.

Miss Ogilvie
""", style="gmail", tcte="7bit", boundary=bnd("space_homework_uranus", 1, "gmail")))

add("clean", "normans_william_the_bastard", "hard negative: history: 'William the Bastard' (William the Conqueror) in Y4 planning, staff-to-staff",
    S["y4"], [S["dep"]], "Normans unit - wording question", "2025-04-28 16:37:09",
    text("""Hi Gareth,

Quick question about the new Normans unit for Y4. The knowledge organiser from the trust says William was known as "William the Bastard" before 1066, because his parents weren't married, and one of the source activities uses a chronicle extract with that name in it.

I'm happy to teach it as a historical fact - it's true, and it helps explain why he had to fight so hard to keep Normandy - but it's a word a lot of our children will know as an insult, some of them from older brothers and sisters. I'd rather we agreed as a school how to handle it than have every class doing it differently.

My suggestion: we use "William the Conqueror" on everything, and I mention the older name once, in context, with the explanation, and remind them it's not a word we use about people. What do you think? Happy to run it past Helen too.

Kirsty

""" + SIG["y4"]), mailer=OL)

add("clean", "rivers_niger_titicaca", "hard negative: geography: River Niger, Niger/Nigeria, Lake Titicaca and 'sniggering' in Y5 rivers notes",
    S["y5"], [S["pt"], S["ta2"]], "Rivers topic - next week's groups", "2025-05-15 16:12:55",
    text("""Hi Rui and Julie,

Next week we move from UK rivers to world rivers. Plan for your groups:

Monday - the Nile and the River Niger. Please make sure they realise Niger and Nigeria are two different countries (the river flows through both). Last year's lot got very confused, so the map of West Africa is in the tray with the two countries coloured differently.
Wednesday - the Amazon, with a bit on Lake Titicaca for the fast finishers. There was a lot of sniggering at "Titicaca" last year, so just be ready for it! Rui, the Brazilian Portuguese names for the Amazon animals are a lovely hook for Diogo and Beatriz.
Friday - the Danube. We will trace it on the map from Germany through to Romania and Bulgaria and out into the Black Sea. Elena and Desi have agreed to come in for 20 minutes to talk about it - several of the children have family in towns along it.

Vocabulary cards are printed. Shout if anything's missing.

Hannah"""), mailer=OL)

add("clean", "shakespeare_week_ass_curse", "hard negative: literature: A Midsummer Night's Dream ('make an ass of me') and The Tempest ('how to curse') quoted for Shakespeare Week",
    S["y5"], [S["teachers"]], "Shakespeare Week - KS2 plan", "2025-03-07 13:08:40",
    alt("""Hi all,

Shakespeare Week starts on 17 March. KS2 plan below - I will put the resources in the shared area on Monday.

Y3/4 - A Midsummer Night's Dream. Focus on Bottom and the rude mechanicals. The children always love the moment Bottom is given the ass's head and says "I see their knavery: this is to make an ass of me; to fright me, if they could." Please do point out that "ass" here means a donkey - you will get comments otherwise!

Y5/6 - The Tempest. We will look at Caliban and Prospero, and especially Caliban's lines: "You taught me language; and my profit on't / Is, I know how to curse. The red plague rid you / For learning me your language!" For our children this is a really powerful way into talking about learning a new language, who it belongs to, and how it feels to be told you're speaking it wrong. Rui and Tomas have offered to help with a discussion in home languages.

Thursday afternoon: performances in the hall, parents welcome from 2.30.

Thanks,
Hannah

""" + SIG["y5"], boundary=bnd("shakespeare_week_ass_curse", 1)), mailer=OL)

add("clean", "easter_traditions_pussy_willow", "hard negative: RE: Easter traditions letter with 'pussy willow' (palms), 'hell' in the Creed, Orthodox Easter",
    S["y3"], [JANE, SAM, ALI], "Easter traditions in school - can you help?", "2025-03-31 15:20:33",
    alt("""Dear parents and carers,

This year Western and Orthodox Easter both fall on the same day, Sunday 20 April, which doesn't happen very often! In RE over the next two weeks every class will be learning how Easter is celebrated by the families in our school.

We would love your help. Could your child bring in (or tell us about):
- Palm Sunday palms. In Poland and Lithuania these are often made from pussy willow and dried flowers; in Latvia pussy willow branches are used on Pūpolsvētdiena. Real branches are very welcome!
- Easter baskets (święconka) and painted eggs - pisanki, margučiai, ouă roșii, шарени яйца.
- Songs, prayers or greetings from home, like "Hristos a înviat!" or "Христос воскресе!"

In Year 3 and Year 4 the children will also learn what Christians believe happened between Good Friday and Easter Sunday, including the words of the Apostles' Creed ("he descended into hell; on the third day he rose again") and how different churches understand them. Families who are not Christian are of course very welcome to share their own celebrations too.

Thank you - the children always learn so much from each other.

Mr Zieliński
RE Lead

""" + SIG["y3"], boundary=bnd("easter_traditions_pussy_willow", 1)), mailer=OL)

add("clean", "rse_puberty_letter", "hard negative: RSE letter to parents: penis, vagina, erections, wet dreams, periods, sexual intercourse",
    S["dep"], [JANE, SAM, ALI], "Year 5 and 6 Relationships, Sex and Health Education - summer term", "2025-04-30 14:02:11",
    multipart("mixed", [
        alt("""Dear parents and carers of children in Years 5 and 6,

During the summer term your child will have lessons about growing up and puberty as part of Relationships, Sex and Health Education (RSHE). We want you to know exactly what we will teach, so you can talk about it at home too.

Year 5 (Health Education - compulsory):
- how bodies change during puberty, for girls and for boys
- the correct names for body parts, including penis, testicles, vagina and vulva
- periods: what happens and how to manage them, with a chance to see pads and other products
- for boys: voice breaking, erections and wet dreams, and that these are normal
- feelings, friendships and keeping clean

Year 6 (Sex Education - you may withdraw your child):
- how a baby is made (sexual intercourse) and how it grows, in simple and scientific language
- this lesson is taught in the context of loving, respectful relationships

You have the right to withdraw your child from the Year 6 sex education lesson, but not from the Health Education or Science lessons. If you are thinking about this, please come and talk to me first.

Parents' meeting: Wednesday 14 May at 5.30pm in the library. We will show you all the videos and resources. Our bilingual staff will be there to translate (Polish, Lithuanian, Latvian, Romanian, Bulgarian, Portuguese). The attached letter is also translated.

Yours sincerely,

""" + SIG["dep"], style="outlook", boundary=bnd("rse_puberty_letter", 2)),
        attachment(fake_pdf("RSHE Y5-6 summer term - translated letters"), "application/pdf", "RSHE_Y5_Y6_letter_translations.pdf"),
    ], bnd("rse_puberty_letter", 1)), mailer=OL)

add("clean", "physio_spastic_diplegia", "hard negative: SEND/medical term 'spastic diplegia' (cerebral palsy); SENCo to NHS physio",
    S["senco"], [("Kate Lowther (Paediatric Physiotherapy)", "k.lowther@example.org")], "Re: Dominik W (Y1) - updated physio programme", "2025-06-03 09:44:18",
    text("""Dear Kate,

Thank you for the updated programme for Dominik and for coming into school last week - his TA found it really helpful to see the stretches done properly.

Just to confirm what we've put in place from Monday:
- daily stretches (hamstrings, calves and hip adductors) after morning break, 15 minutes, with Mrs Keal
- standing frame during the phonics input, as you suggested
- he now sits on the wedge cushion at the end of the row, so he can get up without climbing past anyone
- PE: adapted activities as on your sheet; he will use the walker for the outdoor lessons

We've also explained to mum, with Agnieszka translating, that the spastic diplegia affects his legs much more than his arms, so he can do most things at the table like everyone else, and that the tightness tends to get worse during growth spurts. She asked whether he would need more surgery - I said I would pass that question on to you and the consultant.

His annual review of his EHCP is on 8 July at 2pm. It would be great if you could send a short written update or join by Teams.

Kind regards,
Priya

""" + SIG["senco"]), mailer=OL)

add("clean", "tourettes_staff_briefing", "hard negative: SEND briefing to staff: pupil with Tourette's whose tics include swear words, quoted; do not sanction (staff only)",
    S["senco"], [S["staff"]], "Confidential - Tiago (Y4) - Tourette's: please read before Monday", "2025-09-05 15:58:30",
    text("""Dear all,

Please read this carefully, especially if you teach, cover or do duty with Year 4.

Tiago S (4KD) was diagnosed with Tourette syndrome over the summer. His motor tics (blinking, shoulder shrugs, head jerks) are frequent. He also has vocal tics - mostly sniffing, throat clearing and repeating the last word he heard, in English or Portuguese - and, much less often, involuntary swearing (coprolalia). When this happens it is usually "shit" or "fuck", sometimes "merda". He cannot control it, it gets worse when he is stressed or excited, and he is very embarrassed by it.

What we do:
- Do not sanction tics, do not ask him to stop and do not draw attention to them. Carry on as normal.
- If other children react, a calm "that's a tic, Tiago can't help it" is enough. Kirsty and Rui have talked to the class, with mum's permission.
- He has a time-out card and can go to Rui's room whenever he needs to.
- Please do not log tics on CPOMS as behaviour incidents. If you are worried about a change, tell me or Kirsty.
- Supply staff covering Y4 must be given the one-page profile (in the cover folder).

Mum has asked that this information is not shared with other parents. Thank you.

Priya

""" + SIG["senco"]), mailer=OL)

add("clean", "dsl_disclosure_polish_quote", "hard negative: safeguarding concern to DSL quoting exactly what a Y5 pupil said (swearing and slur in her words), staff only",
    S["pl"], [S["dsl"]], "Safeguarding concern - Zuzanna K (5HO) - logged on CPOMS", "2025-11-06 12:58:47",
    text("""Gareth,

I have logged this on CPOMS but wanted you to have it straight away.

At 12.20 today, in the library, Zuzanna (5HO) told me in Polish that she does not want to go home tonight. I asked her why and she said (my translation, her words as near as I can):

"Mum's boyfriend Tomek shouts at me when mum is at work. Last night he said 'you fucking little shit, go to your room' and he called me 'mała szmata' (little rag / little slut) because I spilled the milk. He pushed me on the door."

She showed me her right arm - there is a red mark above the elbow, about 3 cm, no broken skin. I did not ask any leading questions. I told her I had to tell you because it is my job to keep her safe. She is back in class with Miss Ogilvie now and seems calm.

Mum works 2-10pm at the packing factory this week, so the boyfriend will be at home with her and her brother (Y2) after school.

I am free all afternoon if you need me to translate when you speak to her or to mum.

Agnieszka

""" + SIG["pl"], cte="8bit"), mailer=OL)

add("clean", "racist_incident_log", "hard negative: racist incident report to DSL/head quoting a Y6 pupil's slurs ('dirty gypsy', 'gyppo'), staff only",
    S["y6"], [S["dep"], S["head"]], "Racist incident - playground, 6FB - Tue lunch", "2025-06-24 15:46:12",
    text("""Gareth, Helen,

Logging this here as well as on CPOMS because I think it needs a parent meeting.

At about 12.40 today on the KS2 playground, Lewis (6FB) and two Y6 boys were in a group near the benches. Andreea (6FB) walked past with her friend. Lewis said to her, in front of about ten children: "You dirty gypsy, go back to Romania, nobody wants you here." When she turned round he said "What, smelly gyppo?" and the others laughed. This was witnessed by Mrs Pask on duty and by three children, who have all told me the same words separately.

Andreea was very upset and went to Elena, who stayed with her for the rest of lunch. She says it is not the first time - the same words were used in the lunch queue last week, but she didn't tell anyone.

I spoke to Lewis at 1.15. He admitted it and said he "was only joking", and that his cousin says it. He was removed from the afternoon's football.

Can we meet tomorrow at 8.15 to agree next steps (parents of both children, racist incident log for the LA, class work on this)?

Owen

""" + SIG["y6"]), mailer=OL)

add("clean", "census_ethnicity_codes", "hard negative: census guidance: Gypsy/Roma ethnicity code (WROM) and language codes",
    S["sue"], [S["teachers"]], "Spring census - ethnicity and first language codes", "2025-01-08 10:30:55",
    text("""Hi everyone,

The spring census is on Thursday 16 January. Before then I need to check the data for children who joined since October. I will put a sheet in your pigeonhole for any blanks in your class, but please remember:

Ethnicity
- Only the parent (or the child, if they are old enough) can choose the ethnicity. We don't guess from nationality or name.
- For our Roma families, the code is "Gypsy/Roma" (WROM) - but only if the family has chosen it. Many Roma families prefer "White - Romanian" or "Any other White background". If the parent chooses "refused", that is what we record.
- Elena, Desi and Ilze can help families understand the form in their own language.

First language
- Record the language the child was first exposed to at home (Polish, Lithuanian, Latvian, Romanian, Bulgarian, Portuguese, Russian etc.), not how good their English is now.
- Several of our Latvian and Lithuanian families speak Russian at home - please ask, don't assume.

Proficiency in English (A-E): I'll need these for every EAL child by Monday 13 January. Tomas has the tracker.

Thanks,
Sue

""" + SIG["office"], cte="8bit"), mailer=OL)

add("clean", "attendance_reply_parent_quote_abuse", "hard negative: polite attendance reply; the swearing ('bullshit', 'fucking') is only in the parent's quoted e-mail",
    S["att"], [JANE], "Re: Attendance letter", "2025-03-20 09:12:36",
    alt("""Dear Ms Parent,

Thank you for your email, and I'm sorry the letter upset you. I can see why it came as a shock when Example Pupil One has been ill.

The letter is sent automatically to every family when a child's attendance drops below 90%. It isn't a fine and it doesn't mean we think you have done anything wrong - it's our way of checking whether the family needs any help.

Pupil One's absences this term were all for illness, and these are authorised. I have added a note to her record to say that you have told us about her asthma, and I'd be grateful if you could drop in the inhaler plan from the GP when you have it.

If it would help, I'm happy to meet you at the start or end of the day - whatever fits around your shifts. You can also ring me on 01632 960000 (option 1).

Kind regards,

""" + SIG["att"] + """

On Wed, 19 Mar 2025 at 22:41, Jane Parent <jane.parent@gmail.com> wrote:
> This is absolute bullshit. My daughter was ill with her chest for 2 weeks,
> you know this because I rang every day. I don't need your fucking letters
> telling me her attendance is a concern. I work nights at the factory and
> I am doing my best. Stop sending me these.
""", style="gmail", tcte="7bit", boundary=bnd("attendance_reply_parent_quote_abuse", 1, "gmail")),
    extra=reply_hdrs("attendance_reply_parent_quote_abuse"))

add("clean", "head_reply_latvian_parent_quote", "hard negative: head's polite reply; 'stupid bitch' and 'shit school' only in the father's quoted e-mail; Latvian summary",
    S["head"], [("Janis Ozols", "janis.ozols.family@gmail.com")], "RE: my son red card", "2025-10-09 13:25:40",
    text("""Dear Mr Ozols,

Thank you for writing to me. I understand that you are upset, and I would like to meet you to talk about what happened to Roberts on Tuesday.

Roberts was given a red card because he pushed another child over in the line after lunch, not because of one word. He told his teacher what happened honestly, and he has said sorry. There is no further punishment.

I do need to say that I cannot accept the words you used about Miss Dalton in your email. She cares about Roberts very much. I would ask that in future we speak to each other politely, and I will do the same.

Could you come in on Friday at 3.20pm, or another time after your shift? Mrs Bērziņa will be with us to translate into Latvian.

Mrs Bērziņa has written a short summary in Latvian below.

Ar cieņu / Kind regards,

Helen Whitworth

---
Latviski (Ilze Bērziņa): Cienījamais Ozola kungs, direktore vēlas ar Jums tikties, lai runātu par to, kas notika otrdien. Roberts saņēma sarkano kartīti, jo pagrūda citu bērnu rindā. Lūdzu, piezvaniet man uz 01632 960000, lai sarunātu laiku.

""" + SIG["head"] + """

From: Janis Ozols <janis.ozols.family@gmail.com>
Sent: 08 October 2025 20:52
To: office@example-school.org.uk
Subject: my son red card

Hello. Why my son get red card from teacher, he only say one word. Your teacher is stupid bitch and this school is shit. In Latvia this not happen. I want speak with director.
Janis
""", cte="8bit"), cc=[S["lv"]], extra=reply_hdrs("head_reply_latvian_parent_quote"), mailer=OL)

add("clean", "playground_language_home_languages", "hard negative: behaviour-policy discussion listing swear words in pupils' home languages (kurwa, blyat, caralho...), staff only",
    S["dep"], [S["staff"]], "Playground language - swearing in home languages", "2025-01-23 16:30:06",
    alt("""Dear all,

Several of you have asked how to handle swearing in languages other than English, particularly at lunchtime. Our behaviour policy is clear that swearing is swearing in any language, and the same steps apply (reminder, then time out, then a call home if it is repeated or aimed at someone).

The problem, of course, is knowing when it is happening. With help from the EAL team, here are the words we hear most often on the playground, so you can recognise them:
- Polish: "kurwa" (very common, used like the f-word), "spierdalaj" (get lost, strong)
- Russian, used by many of our Latvian and Lithuanian children: "blyat" (like the f-word), "suka" (bitch)
- Portuguese: "caralho" and "foda-se" (both like the f-word)
- Romanian: "dracu'" (the devil - mild, like "damn")

Please do not repeat these words back to children in front of the class, and please don't ask the child who reported it to "say exactly what he said" out loud in the playground. Take them to one side, and if you're not sure what a word means, ask Aga, Tomas, Ilze, Elena, Desi or Rui.

When you log it on CPOMS, write the exact word and the language, so we can see patterns.

Thanks,
Gareth

""" + SIG["dep"], boundary=bnd("playground_language_home_languages", 1)), mailer=OL)

add("clean", "animals_vocab_csv", "hard negative: EAL animal vocabulary in 7 languages (CSV attachment): šikšnosparnis, sikspārnis, pisică, kura, cocoș...",
    S["lt"], [S["rec"], S["y1"]], "Animal vocab cards - 7 languages", "2025-04-25 11:43:27",
    multipart("mixed", [
        text("""Hi Joanne, hi Tom,

For the farm and minibeasts topics: here is the animal vocabulary list in all our home languages. Aga, Ilze, Elena, Desi and Rui checked their columns. The Bulgarian is in Cyrillic - Desi says the children will recognise it even if they can't read it yet.

If you open it in Excel and it looks funny (strange letters), open it with "Data > From Text" and choose UTF-8.

Tomas

""" + SIG["lt"]),
        attachment("""English,Polish,Lithuanian,Latvian,Romanian,Bulgarian,Portuguese
cat,kot,katė,kaķis,pisică,котка,gato
dog,pies,šuo,suns,câine,куче,cão
horse,koń,arklys,zirgs,cal,кон,cavalo
cow,krowa,karvė,govs,vacă,крава,vaca
pig,świnia,kiaulė,cūka,porc,прасе,porco
sheep,owca,avis,aita,oaie,овца,ovelha
hen,kura,višta,vista,găină,кокошка,galinha
rooster,kogut,gaidys,gailis,cocoș,петел,galo
duck,kaczka,antis,pīle,rață,патица,pato
rabbit,królik,triušis,trusis,iepure,заек,coelho
mouse,mysz,pelė,pele,șoarece,мишка,rato
fox,lis,lapė,lapsa,vulpe,лисица,raposa
bat,nietoperz,šikšnosparnis,sikspārnis,liliac,прилеп,morcego
frog,żaba,varlė,varde,broască,жаба,rã
bee,pszczoła,bitė,bite,albină,пчела,abelha
seal,foka,ruonis,ronis,focă,тюлен,foca
""", "text/csv", "animals_7_languages.csv"),
    ], bnd("animals_vocab_csv", 1)), mailer=OL)

add("clean", "fire_retardant_curtains", "hard negative: site manager to contractor: fire-retardant curtains, door knobs, screws",
    S["site"], [("Stageworks Quotes", "quotes@example.com")], "Hall stage curtains - fire certificate and fixings", "2025-01-30 11:02:19",
    text("""Hello,

Thanks for fitting the new stage curtains in our hall on Tuesday, they look great.

Two things before I can sign off the job:

1. Our fire risk assessor needs the certificate showing the curtains are inherently flame-retardant (or treated with a fire-retardant finish, and when it needs redoing). The fitter said it would be emailed but nothing has come through yet.

2. The fixings on the end bracket by the fire exit are the wrong screws - they are too short and two have already pulled out of the plaster. Could someone come back with proper fixings? While they're here, the door knobs on the two stage cupboards are loose as well, if they don't mind.

We have the Year 6 performance on 24 February, so ideally before half term. I'm on site from 6.30am every day.

Thanks,

""" + SIG["site"]), mailer=OL)

add("clean", "pissarro_art_homework", "hard negative: art: Camille Pissarro (Impressionism) homework to parents",
    S["y3"], [JANE, SAM, ALI], "Year 3 art - Pissarro and our town", "2025-06-09 15:30:08",
    alt("""Dear Year 3 families,

This half term in art we are studying the Impressionist painter Camille Pissarro. Pissarro liked to paint the same street or the same field again and again at different times of day and in different weather - in the morning mist, in bright sun, in the rain, at night with the street lamps lit.

We would like the children to do the same at home. Over the next two weeks, could your child look at one view - the street outside your home, the view from a window, the fields on the way to school - at two different times of day, and draw or paint it both times? They can use pencils, crayons, paint, anything you have. Paper is available from the classroom if you need it.

Please bring the pictures in by Friday 20 June. We will make a "Pissarro in our town" exhibition in the hall for the summer fair.

Thank you,
Mr Zieliński and Mrs Pask

""" + SIG["y3"], boundary=bnd("pissarro_art_homework", 1)), mailer=OL)

add("clean", "panto_dick_whittington", "hard negative: KS1 pantomime trip: Dick Whittington",
    S["y2"], [JANE, SAM, ALI], "KS1 pantomime trip - Dick Whittington - Tuesday 9 December", "2025-11-12 15:22:41",
    alt("""Dear parents and carers of children in Years 1 and 2,

We are delighted to tell you that the whole of Key Stage 1 will go to see the pantomime "Dick Whittington" at the theatre in Boston on Tuesday 9 December, thanks to a grant from the town's Round Table.

What is a pantomime? It is a funny Christmas show, a British tradition. The audience shouts and sings along ("He's behind you!"), and it's a great way for children to practise their English. Dick Whittington is a poor boy who goes to London with his cat to look for his fortune, and ends up as Lord Mayor.

- We leave school by coach at 12.45 and return by 3.30 for normal home time.
- The trip is free.
- Children should wear school uniform and a warm coat.
- If your child has a car seat or booster at school for a medical reason, please tell us.

Please sign and return the consent slip (on the school app in all our languages) by Friday 21 November.

Thank you,
Mrs Lound and the KS1 team

""" + SIG["y2"], boundary=bnd("panto_dick_whittington", 1)), mailer=OL)

add("clean", "first_aid_bloody_nose", "hard negative: first-aid note to carer: 'bloody nose' (literal), blood on jumper",
    S["ta1"], [SAM], "Example Pupil Two - bumped head at lunch", "2025-10-21 13:28:15",
    text("""Dear Sam,

Just to let you know that Example Pupil Two had a bloody nose at lunchtime today after bumping heads with another child while playing tag. It stopped after about ten minutes of pinching and sitting forward. There was no bump or cut on the head, and they did not feel sick or dizzy. They had a cold compress and went back to class happily.

There is some blood on the front of the jumper, so I have put it in a bag in their book bag. We have spare jumpers at the office if you want to swap it tomorrow.

Please keep an eye on them tonight, and if you notice any headache, sickness or unusual sleepiness, please contact your GP or ring 111.

If you have any questions, ring the office on 01632 960000.

Kind regards,

""" + SIG["ta1"]), mailer=OL)


# =====================================================================
# CLEAN, everyday school mail (30)
# =====================================================================

add("clean", "parents_evening_interpreters", "everyday: parents' evening interpreter slots (staff)",
    S["sue"], [S["teachers"]], "Parents' evening 25/26 March - interpreter slots", "2025-03-05 12:14:33",
    text("""Hi all,

The booking system for parents' evening (Tues 25 and Wed 26 March, 3.30-7pm) opens to parents on Monday. Before it does, I need to know which of your appointments will need an interpreter, so I can put them in the right blocks.

This time:
- Polish: Aga (Tues), Marek (Weds, after his own appointments)
- Lithuanian/Russian: Tomas (both nights)
- Latvian/Russian: Ilze (both nights)
- Romanian: Elena (Tues)
- Bulgarian: Desi (Weds)
- Portuguese: Rui (both nights)
- Tetum and Ukrainian: booked through the agency for Weds 5-7pm only

Please can you fill in the sheet on the staffroom door (name of child, language, which evening) by Friday. Remember that a lot of our parents are on the 2-10 shift that week - the packhouses are busy with the early veg - so a few will ask for a phone appointment instead. That's fine, just mark them with a P.

Thanks,
Sue

""" + SIG["office"]), mailer=OL)

add("clean", "term_time_leave_reply", "everyday: reply to carer about a term-time leave request (Poland trip)",
    S["att"], [SAM], "Re: Leave request - Example Pupil Two", "2025-01-29 14:40:50",
    text("""Dear Sam,

Thank you for filling in the leave request form and for letting us know early - we really do appreciate it.

I've spoken to Mrs Whitworth. I'm sorry, but she isn't able to authorise the 8 days in March for the family trip to Poland. The law only allows headteachers to agree leave in term time in exceptional circumstances, and a family celebration (even a grandma's 80th!) isn't usually counted as one. If you do take Example Pupil Two out, the days will be recorded as unauthorised, and the council may send a penalty notice.

I know how hard it is when flights are so much cheaper outside the holidays and when shifts don't always match school dates. If it helps, the Easter holiday this year is 7-18 April, and the first week of it is the Easter week in Poland too.

If there is something you haven't told us about - for example illness in the family - please let me know, as that might change things.

Best wishes,

""" + SIG["att"] + """

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 27 January 2025 19:03
To: attendance@example-school.org.uk
Subject: Leave request - Example Pupil Two

Good evening, I have put the form in the office. We would like to go to Poland 10 March to 19 March for grandmother 80 birthday. Thank you. Sam
"""), extra=reply_hdrs("term_time_leave_reply", "outlook.com"), mailer=OL)

add("clean", "haf_easter_bookings", "everyday: holiday food and activities club bookings letter (HTML and text)",
    S["haf"], [JANE, SAM, ALI], "Free Easter holiday club - book now / Bezpłatny klub świąteczny", "2025-03-14 11:00:00",
    alt("""Dear families,

Our free Holiday Activities and Food (HAF) club is back for the Easter holidays!

When: Monday 7 - Thursday 10 April and Monday 14 - Thursday 17 April, 8.30am to 2.30pm
Where: Example School hall and field
Who: children aged 5-11 who get benefits-related free school meals. We also have some places for other families - please ask.

Every day there will be a hot lunch, sport, crafts, cooking and games. On Wednesday 16 April we are going to the farm park.

The club starts at 8.30 so that parents on the early shift can drop off on their way to work. If you start at 6am, your child can also come to our breakfast club from 7.15 (free during HAF).

To book, please fill in the form on the school app, or come to the office and Fiona, Ilze or Elena will help you. Places go quickly, so please book by Friday 28 March.

Polski: Bezpłatny klub w czasie ferii wielkanocnych - zapisy w sekretariacie lub w aplikacji szkolnej do 28 marca.
Lietuviškai: Nemokamas Velykų atostogų klubas - registracija mokyklos raštinėje iki kovo 28 d.
Română: Club gratuit în vacanța de Paște - înscrieri la secretariat până pe 28 martie.

See you there!

""" + SIG["haf"], style="outlook", boundary=bnd("haf_easter_bookings", 1)), mailer=OL)

add("clean", "reading_reminder_pupil", "everyday: Y6 teacher reminds a pupil about her reading journal (to pupil, short)",
    S["y6"], [pupil("18azemaityte", "Austeja Zemaityte")], "Reading journal", "2025-02-12 15:31:26",
    text("""Hi Austėja,

Don't forget your reading journal tomorrow - we're sharing our book reviews in guided reading. You can bring the Lithuanian book you told me about if you'd rather talk about that one.

Mr Fairbairn""", cte="8bit"))

add("clean", "staff_meeting_agenda", "everyday: head's staff meeting agenda",
    S["head"], [S["staff"]], "Staff meeting Weds - agenda", "2025-01-13 17:02:33",
    text("""Hi everyone,

Staff meeting on Wednesday in the library, 3.30-4.45. Cake from Aga (it's her birthday - shh).

1. Welcome back and a quick look at the spring term calendar (HW)
2. New arrivals since September: 23 children, 9 of them with no English on entry. How the induction programme is going and what we need to change (Tomas, Ilze)
3. Reading: the new decodable books in Polish/English and Romanian/English - how to use them for home reading (Hannah)
4. Safeguarding update (Gareth): attendance of children of seasonal workers, children missing education forms
5. Any other business

Please bring your EAL trackers for your class if you have them. Support staff are welcome - it will be useful to hear from you about item 2 in particular.

Thanks,
Helen

""" + SIG["head"]), mailer=OL)

add("clean", "weekly_newsletter", "everyday: weekly newsletter to parents (HTML with text alternative)",
    S["office"], [JANE, SAM, ALI], "Newsletter - Friday 16 May 2025", "2025-05-16 14:45:00",
    alt("""Example School - Weekly Newsletter
Friday 16 May 2025

A message from Mrs Whitworth
What a week! Year 6 finished their SATs on Thursday and we could not be prouder of how hard they worked. Thank you to all the families who made sure they were in school on time every day, even with early shifts. They celebrated with a picnic on the field this afternoon.

Attendance
Whole school this week: 95.1%. Top class: 3MZ with 98.7%! Please remember to ring the office before 9am if your child is ill.

Dates for your diary
- Mon 26 - Fri 30 May: half term. School reopens on Monday 2 June.
- Wed 4 June: Reception and Year 6 height and weight checks (school nurse)
- Fri 13 June: Summer fair, 3.30pm - stalls from all our countries! Please tell Mrs Bērziņa if you can bring food.
- Thurs 3 July: Sports day (reserve date Tues 8 July)

Free English classes for parents
Our Tuesday coffee and conversation group is now at 3.30pm, after pick-up. Everyone welcome, bring the little ones.

Lost property
The rail is overflowing! Please name everything - most of our jumpers look the same.

Have a lovely weekend,
Example School, Park Row, LS1 4AP - 01632 960000
""", style="outlook", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#1b4f8a;color:#fff;padding:16px"><h1 style="margin:0;font-size:22px">Example School &ndash; Weekly Newsletter</h1>Friday 16 May 2025</td></tr>
<tr><td style="padding:16px">
<h2 style="font-size:17px;color:#1b4f8a">A message from Mrs Whitworth</h2>
<p>What a week! Year 6 finished their SATs on Thursday and we could not be prouder of how hard they worked. Thank you to all the families who made sure they were in school on time every day, even with early shifts. They celebrated with a picnic on the field this afternoon.</p>
<h2 style="font-size:17px;color:#1b4f8a">Attendance</h2>
<p>Whole school this week: <b>95.1%</b>. Top class: <b>3MZ with 98.7%!</b> Please remember to ring the office before 9am if your child is ill.</p>
<h2 style="font-size:17px;color:#1b4f8a">Dates for your diary</h2>
<ul>
<li>Mon 26 &ndash; Fri 30 May: half term. School reopens on Monday 2 June.</li>
<li>Wed 4 June: Reception and Year 6 height and weight checks (school nurse)</li>
<li>Fri 13 June: Summer fair, 3.30pm &ndash; stalls from all our countries! Please tell Mrs B&#275;rzi&#326;a if you can bring food.</li>
<li>Thurs 3 July: Sports day (reserve date Tues 8 July)</li>
</ul>
<h2 style="font-size:17px;color:#1b4f8a">Free English classes for parents</h2>
<p>Our Tuesday coffee and conversation group is now at 3.30pm, after pick-up. Everyone welcome, bring the little ones.</p>
<h2 style="font-size:17px;color:#1b4f8a">Lost property</h2>
<p>The rail is overflowing! Please name everything &ndash; most of our jumpers look the same.</p>
<p>Have a lovely weekend,</p>
</td></tr>
<tr><td style="background:#f2f2f2;padding:10px;font-size:12px">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></body></html>
""", boundary=bnd("weekly_newsletter", 1)), mailer=OL)

add("clean", "sats_week_letter", "everyday: Y6 SATs week letter to parents",
    S["y6"], [JANE, SAM, ALI], "Year 6 SATs - Monday 12 to Thursday 15 May", "2025-05-02 15:50:29",
    text("""Dear Year 6 parents and carers,

Next Monday SATs week begins. Please don't worry - the children are well prepared and we have practised how the week will work.

The timetable:
Monday 12 May - grammar, punctuation and spelling (two papers)
Tuesday 13 May - reading
Wednesday 14 May - maths papers 1 and 2
Thursday 15 May - maths paper 3

How you can help:
- Make sure your child is in school by 8.45 every day. Breakfast club (from 7.15) is free for all Year 6 children that week and there will be toast, cereal and fruit.
- An early night and a good breakfast make a big difference.
- If your child is unwell, ring the office before 8.30 and we will talk about what to do.

Some children will have extra time, a reader, or rest breaks. If your child has one of these, I have already spoken to you. Children who arrived in the UK recently may have support that the rules allow - Mrs Nowak and Mr Petrauskas will be in the rooms.

After the tests on Thursday there will be a treat afternoon!

Thank you for all your support,
Mr Fairbairn

""" + SIG["y6"]), mailer=OL)

add("clean", "reception_welcome_meeting", "everyday: Reception September starters welcome meeting",
    S["rec"], [JANE, SAM, ALI], "Welcome to Reception - new parents' meeting 24 June", "2025-06-10 09:05:14",
    alt("""Dear families,

We are so happy that your child will be starting Reception with us in September!

Please come to our New Parents' Meeting:
Tuesday 24 June, 5.00-6.00pm, in the Reception classroom (enter by the green gate)

We will tell you about the first weeks in school, uniform, lunches, reading books and how to get in touch with us. You can meet me, Mrs Keal, and our bilingual staff. Children are welcome - they can play in the classroom while you listen.

We know many of you will be at work at this time. If you can't come, please ring the office on 01632 960000 and we will arrange a time for a home visit or a phone call instead. We will do home visits in the first week of September.

Please bring your child's red book (health record) if you have it, and any letters from health visitors or nursery.

We can't wait to meet you.

Mrs Cutts

""" + SIG["rec"], style="gmail", boundary=bnd("reception_welcome_meeting", 1, "gmail")))

add("clean", "new_arrival_bulgaria_notes", "everyday: Bulgarian TA's notes on a new arrival for the class teacher",
    S["bg"], [S["y2"]], "Viktoria P - first week notes", "2025-09-19 15:40:07",
    text("""Hi Becky,

Notes from Viktoria's first week, as promised.

She came from a school in Plovdiv, where she was in first grade (so one year behind where she would be here - Bulgarian children start at 7). She reads and writes confidently in Bulgarian in Cyrillic, and she knows about 10 English words (hello, yes, no, toilet, colours). Numbers to 100 are good - she did all the counting tasks with me in Bulgarian and got them right.

Band A on the Bell Foundation framework for now, but I think she will move quickly. She is very observant and copies the other children.

Things that would help:
- the visual timetable next to her table
- a buddy for lunchtime (Maria from your class speaks a bit of Bulgarian from her grandma)
- let her write in Bulgarian in the first weeks if she wants - I will translate for you

Mum works at the salad factory, 6-2 shifts, so dad does pick-up. Dad speaks some English. Mum prefers messages in Bulgarian, I can send them.

Desi

""" + SIG["bg"], cte="8bit"), from_mode="B")

add("clean", "breakfast_club_early_start", "everyday: breakfast club opening earlier for early-shift parents",
    S["office"], [JANE, SAM, ALI], "Breakfast club now opens at 7.15am", "2025-09-01 16:00:00",
    text("""Dear parents and carers,

From Monday 8 September, breakfast club will open at 7.15am (instead of 7.45am). Many of you told us that you start work at 7 or 7.30 on the farms and in the packhouses, and this will make mornings easier.

- Breakfast club runs every school day from 7.15 until 8.40, in the hall.
- It costs £1.50 a day. It is free for children who get free school meals.
- Children can have cereal, toast, fruit, yoghurt and milk or juice.
- Please bring your child to the hall door (by the car park) and sign them in with a member of staff. Please do not leave children at the gate.

To book, tell the office or use the school app. You can book for the days you need - this is helpful if your shifts change week to week.

Thank you,
Example School Office
01632 960000"""), mailer=OL)

add("clean", "lost_cardigan_reply", "everyday: office reply to carer about a lost cardigan; quoted parent message",
    S["sue"], [SAM], "RE: lost cardigan", "2025-11-04 10:02:16",
    text("""Hi Sam,

Good news - I think we've found it! There was a navy cardigan on the field yesterday with "P.T." inside the collar in black pen. It's now at the office in a bag with your child's name on it, so you can pick it up at home time or I can put it in the book bag.

If it turns out not to be the right one, have a look on the lost property rail in the main corridor. We also have a second-hand uniform rail in the hall foyer - everything on it is free, so please help yourself if you need anything.

Kind regards,
Sue

""" + SIG["office"] + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 03 November 2025 18:47
To: office@example-school.org.uk
Subject: lost cardigan

Hello, my child lost the school cardigan last week, it is blue with name P.T. inside. Can you look please? Thank you
"""), extra=reply_hdrs("lost_cardigan_reply", "outlook.com"), mailer=OL)

add("clean", "reading_books_reply_jane", "everyday: Y2 teacher replies to a parent about reading books and Polish books",
    S["y2"], [JANE], "Re: Reading book", "2025-01-22 16:44:53",
    alt("""Dear Ms Parent,

Thank you for your message - it's lovely to hear that Example Pupil One has been reading every night.

You're right that the book she brought home this week was too easy. She moved up a level on Monday, but the new books hadn't been put in her bag yet. She will have a new one tomorrow (purple band), and I will check her reading record on Friday.

You asked about books in Polish. Yes, we have! Our library has about 80 Polish books now, including some dual-language ones (Polish and English on the same page). Pupil One can choose one on Thursday, which is our library day. Reading together in Polish at home is really good for her English too, so please keep doing it - talking about the story is just as important as reading the words.

Best wishes,
Mrs Lound

""" + SIG["y2"] + """

On Tue, 21 Jan 2025 at 20:10, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Mrs Lound, my daughter say the reading book is too easy, she read it
> in 5 minutes. Also do you have books in Polish? Her grandmother wants to
> read with her. Thank you, Jane
""", style="gmail", tcte="7bit", boundary=bnd("reading_books_reply_jane", 1, "gmail")),
    extra=reply_hdrs("reading_books_reply_jane"))

add("clean", "dual_language_books_invoice", "everyday: SBM to book supplier about an invoice query",
    S["sbm"], [("Accounts - Linden Books", "accounts@example.com")], "Invoice LB-20417 - dual-language books", "2025-02-11 10:17:42",
    text("""Dear Sir/Madam,

Thank you for the delivery of dual-language picture books on 6 February. Unfortunately the invoice (LB-20417) does not match the delivery:

- We ordered 12 Romanian/English titles and received 12, but we have been charged for 24.
- The 8 Latvian/English titles are on the invoice but have not arrived. Your website says they are on back order - could you confirm a date?

Could you please send a corrected invoice for the items received? Our purchase order number is PO 2425/188. We will pay within 30 days of the corrected invoice.

Many thanks,

""" + SIG["sbm"]), mailer=OL)

add("clean", "eal_team_minutes", "everyday: EAL team meeting notes",
    S["lt"], [S["eal"]], "EAL team meeting notes - 4 March", "2025-03-04 16:55:38",
    text("""Hi all, notes from today's meeting below. Shout if I've missed anything.

Present: Tomas, Aga, Ilze, Elena, Desi, Rui, Priya (for item 3)

1. New arrivals
Four new children since half term: 2 Romanian (Y1, Y4), 1 Bulgarian (R), 1 Portuguese (Y5). Home-language assessments done for all except the Y4 boy - Elena to do this week.

2. Translated letters
We are spending too long on trip letters. Agreed: Sue sends the English letter to eal-team at least 5 days before it goes out; each person translates their language, and we use the same template each time. Aga will set up the shared folder.

3. EAL or SEND?
Priya joined us. Three children where class teachers are not sure. We agreed to do a home-language assessment first for each and then a joint meeting with parents (with interpreter). Priya will bring the checklist.

4. Parents' evening
Ilze to confirm the rota with Sue. Rui cannot do Weds after 6.

5. Summer fair
Food stalls from each country - Desi has asked her church about banitsa.

Next meeting: Tues 1 April, 3.30, library.

Tomas"""), mailer=OL)

add("clean", "reports_timeline_translations", "everyday: deputy to teachers about end-of-year reports and translated summaries",
    S["dep"], [S["teachers"]], "End of year reports - deadlines", "2025-06-02 08:05:21",
    text("""Morning all,

Reports timeline for this year:

- Fri 20 June: reports written on Arbor and set to "ready for review"
- Fri 27 June: SLT reading done, comments back to you
- Fri 4 July: final changes made
- Wed 9 July: reports go home (paper and on the app)

The comments should be short, warm and specific - three or four sentences per subject area is plenty. Please avoid jargon ("greater depth", "EXS", "phonics phase") in the comments themselves; the grid explains the levels.

Translated summaries: as last year, the EAL team will translate the one-page summary (attendance, the "next steps" box and your general comment) for families who have asked for it. Sue has the list - about 70 families. This means the general comment must be done by 20 June, even if other bits need changing later. Keep it simple for translating - short sentences help a lot.

Any problems, come and find me.

Gareth"""), mailer=OL)

add("clean", "y3_lincoln_castle_trip", "everyday: Y3 trip letter to Lincoln Castle",
    S["y3"], [JANE, SAM, ALI], "Year 3 trip to Lincoln Castle - Thursday 6 March", "2025-02-17 15:29:10",
    text("""Dear Year 3 parents and carers,

As part of our history topic, Year 3 will visit Lincoln Castle on Thursday 6 March. The children will walk on the castle walls, see one of the four surviving copies of Magna Carta, and take part in a workshop about the Victorian prison.

- We will leave school by coach at 9.00 and return by 3.15.
- Please give your child a packed lunch in a named bag (no glass bottles or fizzy drinks). If your child has free school meals, the kitchen will make a packed lunch for them.
- The trip costs £9. You can pay on ParentPay or at the office. Please talk to us if this is a problem.
- Children should wear school uniform, comfortable shoes and a waterproof coat.

This letter is available in Polish, Lithuanian, Romanian and Portuguese on the school app.

Thank you,
Mr Zieliński

""" + SIG["y3"], cte="quoted-printable", charset="utf-8"), mailer=OL)

add("clean", "flu_vaccine_letter", "everyday: forwarded school nurse letter about the nasal flu vaccine (porcine gelatine alternative)",
    S["office"], [JANE, SAM, ALI], "Fw: Children's flu vaccination - Tuesday 14 October", "2025-09-30 11:20:41",
    text("""Dear parents and carers,

Please see the message below from the school nursing team. The consent form is online - if you need help to fill it in, come to the office and one of our bilingual staff will help you.

Example School Office

---------- Forwarded message ---------
From: Immunisation Team <immunisations@example.org>
Date: Mon, 29 Sept 2025 at 14:05
Subject: Children's flu vaccination - Tuesday 14 October
To: office@example-school.org.uk

Dear parent or carer,

The school immunisation team will be in school on Tuesday 14 October to give the flu vaccine to children in Reception to Year 6. The vaccine is a quick and painless spray up the nose.

Please complete the online consent form by Friday 10 October, whether you want your child to have the vaccine or not.

The nasal spray contains a small amount of porcine gelatine. If you do not want your child to have this for religious or other reasons, you can ask for an injected vaccine instead - please say so on the form.

Information leaflets are available in Polish, Lithuanian, Latvian, Romanian, Bulgarian and Portuguese on our website.

Kind regards,
School Immunisation Team
"""), mailer=OL)

add("clean", "story_competition_pupil", "everyday: English lead congratulates a Y5 pupil on her story competition entry (to pupil)",
    S["y5"], [pupil("19mionescu", "Maria Ionescu")], "Your story for the county competition", "2025-03-27 15:48:02",
    alt("""Dear Maria,

I read your story "The Girl Who Kept Two Languages in Her Pocket" again last night, and I think it's wonderful. The judges of the county young writers' competition have put it on their shortlist! You should feel very proud.

The winners will be announced at a ceremony in the library in Lincoln on Saturday 10 May. Your family is invited. I will give you a letter for your mum and dad tomorrow, and Mrs Popescu will explain it to them in Romanian.

Well done!

Miss Ogilvie
""", style="gmail", tcte="7bit", boundary=bnd("story_competition_pupil", 1, "gmail")))

add("clean", "half_term_site_access", "everyday: site manager to staff about site access during half term",
    S["site"], [S["staff"]], "Site access over half term", "2025-10-17 13:10:36",
    text("""Hi all,

Over half term (27-31 October) the site will be open Monday to Wednesday, 8am to 3pm. I'm off Thursday and Friday, so the building will be locked and alarmed.

The contractors are in on Monday and Tuesday re-sealing the KS2 playground, so please park on the top car park and come in by the office door. The KS2 doors will be locked.

The HAF club is not running this half term, so the hall will be free if anyone wants to set up for the Harvest assembly.

If you come in, please sign in at the office (the book is on the desk) so I know who's on site in case of a fire.

Thanks,
Neil

""" + SIG["site"]), mailer=OL)

add("clean", "polish_speaking_supply_booking", "everyday: SBM books a Polish-speaking supply TA from an agency",
    S["sbm"], [("Bookings - Carrfield Education", "bookings@example.net")], "Booking request - Polish-speaking TA, 2 weeks from 3 November", "2025-10-22 09:37:48",
    text("""Hello,

We'd like to book a teaching assistant for two weeks, Monday 3 to Friday 14 November, 8.30am to 3.30pm, to cover a member of staff who will be on leave.

Ideally the TA would speak Polish, as they will be supporting children in Years 3 and 4 who are new to English, including one child with significant SEND. Experience with phonics (Little Wandle) would be useful but isn't essential.

Please could you send me the profile of anyone suitable, with confirmation of their enhanced DBS, barred list check and the date of their most recent safeguarding training. We will need to see their ID on their first morning.

Thank you,

""" + SIG["sbm"]), mailer=OL)

add("clean", "free_school_meals_reminder", "everyday: free school meals application reminder for families with seasonal work",
    S["office"], [JANE, SAM, ALI], "Could your child get free school meals?", "2025-10-01 14:30:00",
    alt("""Dear parents and carers,

All children in Reception, Year 1 and Year 2 get a free school lunch. For children in Years 3-6, families can apply for free school meals if they get certain benefits, for example Universal Credit with household earnings under £7,400 a year (after tax, not counting benefits).

Even if your child is in Reception to Year 2, please still apply if you think you might be eligible. The school gets extra money (Pupil Premium) for every child who is registered, and this helps us pay for things like the breakfast club, trips and the holiday club.

Your income may change during the year with seasonal work. If your hours have gone down, or you have started to get Universal Credit, please check again - you can apply at any time.

How to apply: online at the council website (www.example.org/free-school-meals), or come to the office and we will help you to fill in the form. It takes about 10 minutes. You will need your National Insurance number.

Thank you,
Example School Office
Park Row, LS1 4AP - 01632 960000
""", style="outlook", boundary=bnd("free_school_meals_reminder", 1)), mailer=OL)

add("clean", "phonics_screening_letter", "everyday: Y1 phonics screening check letter",
    S["y1"], [JANE, SAM, ALI], "Year 1 phonics screening check - week of 9 June", "2025-05-21 15:12:09",
    text("""Dear Year 1 parents and carers,

In the week of 9 June, all Year 1 children in England do the phonics screening check. Your child will read 40 words to me, one at a time, in a quiet room. Some are real words and some are "alien" (made-up) words, to check that they can sound out words they have never seen before. It takes about 5-10 minutes, and most children enjoy it.

You don't need to do anything special to prepare. The best thing you can do is keep reading the phonics books with your child every night, and let them sound out the words on signs and packets when you are out and about.

If your child is still learning English, please don't worry. The check is only about reading sounds, not understanding the meaning. We will tell you the result in the end-of-year report.

If you have any questions, please catch me at the classroom door.

Mr Hebblethwaite

""" + SIG["y1"]), mailer=OL)

add("clean", "safeguarding_training_dates", "everyday: DSL announces safeguarding training dates to staff",
    S["dsl"], [S["staff"]], "Safeguarding refresher training - Weds 3 September", "2025-07-18 12:34:50",
    text("""Dear all,

Before we break up, a date for the diary: our annual safeguarding refresher will be on the September INSET day, Wednesday 3 September, 9.00-11.30am in the hall. It is compulsory for everyone who works in school, including the kitchen, cleaning and breakfast club teams.

We will cover:
- the changes to Keeping Children Safe in Education 2025 (please read Part 1 over the summer - you'll sign to say you have)
- children missing education, especially when families move for seasonal work
- private fostering and children living with relatives
- Prevent and online safety
- how to record concerns on CPOMS, with the exact words the child uses, in their language if that's how they said it

New starters: I'll do your induction separately in the first week.

Thank you for everything you've done this year to keep our children safe.

Gareth Pryce
Designated Safeguarding Lead
Example School, Park Row, LS1 4AP - 01632 960000"""), mailer=OL)

add("clean", "esol_classes_for_parents", "everyday: family liaison tells parents about free ESOL classes",
    S["lv"], [JANE, SAM, ALI], "Free English classes for adults - evenings and Saturdays", "2025-09-16 10:20:31",
    text("""Dear parents and carers,

Many of you have asked about English classes for adults. The college has free ESOL (English for Speakers of Other Languages) courses starting in October:

- Entry 1 and Entry 2 (beginners): Tuesday and Thursday, 6.30-8.30pm
- Entry 3 and Level 1: Monday and Wednesday, 6.30-8.30pm
- Saturday morning class, all levels: 9.30am-12.30pm (good for people on weekday shifts)

The courses are free if you have lived in the UK for more than 3 years or get certain benefits. If you are not sure, ask me.

You need to do a short assessment first. The college will do assessments in our school library on Wednesday 24 September, 3.30-6.30pm. You can bring your children.

More information: www.example.org/esol or ring the college on 0115 496 0372.

Latviešu valodā: Bezmaksas angļu valodas kursi pieaugušajiem. Pārbaude skolā 24. septembrī no 15:30. Jautājumi - zvaniet man.
По-русски: Бесплатные курсы английского языка для взрослых. Тестирование в школе 24 сентября с 15:30.

Ar cieņu / Kind regards,

""" + SIG["lv"], cte="quoted-printable", charset="utf-8"), from_mode="Q", mailer=OL)

add("clean", "fw_road_closure", "everyday: office forwards a council road closure notice to staff",
    S["sue"], [S["staff"]], "FW: Temporary road closure - Park Row - 10 to 14 February", "2025-02-04 09:12:02",
    text("""FYI - please allow extra time on your way in next week. Neil says the top car park will be open as normal from the Station Road side.

Sue

-----Original Message-----
From: Highways Notices <highways.notices@example.org>
Sent: 03 February 2025 16:22
To: office@example-school.org.uk
Subject: Temporary road closure - Park Row - 10 to 14 February

Dear Sir/Madam,

We are writing to let you know that part of Park Row (between the junction with Station Road and the school entrance) will be closed from 7pm on Monday 10 February until 6am on Friday 14 February for resurfacing. Works will take place overnight between 7pm and 6am only, and the road will be open during the day.

Pedestrian access will be kept at all times. The signed diversion is via Station Road and Market Street.

We apologise for any inconvenience.

Highways Team
"""), mailer=OL)

add("clean", "swimming_reply_ali", "everyday: PE lead replies to father about Y4 swimming lessons",
    S["pe"], [ALI], "Re: swimming", "2025-04-29 12:06:19",
    text("""Dear Mr Guardian,

Thanks for your email. Yes, Year 4 swimming starts next Monday (5 May) and runs every Monday for 10 weeks at the leisure centre. The coach leaves school at 1.15 and we're back by 3.10.

What Example Pupil Three needs each Monday:
- swimming trunks (no long shorts please) and a towel in a bag
- a swimming hat - we can give him one if you don't have one
- goggles are fine, as long as he can put them on himself

Earrings need to be taken out at home or covered with tape. If he can't swim yet, that's absolutely fine - lots of our children are learning for the first time, and the instructors put them in small groups.

Best wishes,
Mr Ashby

""" + SIG["pe"] + """

> On 28 Apr 2025, at 21:33, Ali Guardian <ali.guardian@btinternet.com> wrote:
>
> Hello, my son say he goes to swimming with school. When it starts and what he needs? He not swim very good yet. Thank you Ali
"""), extra=reply_hdrs("swimming_reply_ali", "btinternet.com"), mailer=OL)

add("clean", "sports_day_postponed", "everyday: sports day postponed because of rain",
    S["pe"], [JANE, SAM, ALI], "Sports day postponed to Tuesday 8 July", "2025-07-03 07:12:44",
    text("""Dear parents and carers,

Sorry - with the heavy rain overnight the field is waterlogged, so we have decided to postpone today's sports day. It will now take place on Tuesday 8 July, same times (KS1 9.30-11.30, KS2 1.15-3.15).

Children should come to school in normal uniform today. PE kits can stay in school for Tuesday.

We know many of you swapped shifts to be here today, and we're really sorry. If you can't come on Tuesday, we will take lots of photos and put them on the app.

Mr Ashby"""), mailer="iPhone Mail (22F76)")

add("clean", "clubs_summer_html_only", "everyday: after-school clubs list (HTML only)",
    S["office"], [JANE, SAM, ALI], "After-school clubs - summer term", "2025-04-22 12:30:00",
    text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear parents and carers,</p>
<p>Here are the after-school clubs for the summer term. All clubs run from <b>3.20 to 4.20pm</b> and start in the week of 28 April. Clubs are free unless it says otherwise.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Day</th><th>Club</th><th>Years</th><th>Leader</th></tr>
<tr><td>Monday</td><td>Football</td><td>3&ndash;6</td><td>Mr Ashby</td></tr>
<tr><td>Monday</td><td>Gardening</td><td>1&ndash;3</td><td>Mrs Keal</td></tr>
<tr><td>Tuesday</td><td>Cooking (&pound;1 a week)</td><td>4&ndash;6</td><td>Mrs Rudd</td></tr>
<tr><td>Wednesday</td><td>Polish Saturday school taster</td><td>1&ndash;6</td><td>Mrs Nowak</td></tr>
<tr><td>Wednesday</td><td>Dance</td><td>R&ndash;2</td><td>Miss Dalton</td></tr>
<tr><td>Thursday</td><td>Chess</td><td>3&ndash;6</td><td>Mr Petrauskas</td></tr>
<tr><td>Thursday</td><td>Homework club</td><td>3&ndash;6</td><td>Mr Ferreira</td></tr>
</table>
<p>To sign up, please use the form on the school app by <b>Friday 25 April</b>. If a club is full, we will keep a waiting list.</p>
<p>Please remember to tell us who is collecting your child if it is not the usual person.</p>
<p>Example School Office<br>Park Row, LS1 4AP &middot; 01632 960000</p>
</body></html>""", "html", "quoted-printable", charset="utf-8"), mailer=OL)

add("clean", "lunch_duty_swap", "everyday: teacher asks colleague to swap lunch duty (short)",
    S["y4"], [S["rec"]], "duty swap?", "2025-05-20 10:41:15",
    text("""Hi Jo,

Any chance you could swap my Thursday lunch duty for your Monday one next week? I've got the Y4 multiplication check moderation on Thursday at 12.

Thanks!
Kirsty"""), mailer=OL)

add("clean", "contact_details_update", "everyday: attendance officer asks parents to update contact numbers",
    S["att"], [JANE, SAM, ALI], "Please check your contact details", "2025-09-10 13:20:15",
    text("""Dear parents and carers,

At the start of every year we ask families to check the phone numbers and addresses we have for them. This is very important: if your child is ill or hurt, or if they are absent and we don't know why, we need to be able to reach you quickly.

Many of our families change phone numbers or move house during the year, especially when work changes. Please tell us every time this happens.

Your child will bring home a data sheet today. Please check it, correct anything that is wrong, and send it back by Friday 19 September. We need at least two contacts for every child, and at least one must live nearby and be able to come to school if needed.

If you are not sure what to write, come to the office and we will help. You can also ring me on 01632 960000 (option 1) or email attendance@example-school.org.uk.

Thank you,

""" + SIG["att"]), mailer=OL)


# =====================================================================
# output
# =====================================================================

KINDS_FLAG = """- plain swearing in staff-to-staff venting: bollocks, wanker, piss / taking the piss / pissed off (also in the subject)
- a comment meant for the head sent to the father by mistake ("what a twat"), with his e-mail quoted below
- swearing as praise to a Year 6 pupil ("shit hot")
- slurs: "gyppo" (Roma family), "retarded" (pupil), "the Polacks" (parents), "poof" (supply teacher)
- swearing only in the notes column of a CSV attachment ("lazy little shit", "nasty bastard")
- disguised: asterisks (f*cking, Sh*t); digits/symbols (b0ll0cks, p!ss-take, sh!tshow); repeated letters (Fuuuuuuck, Shiiiiite);
  spaced letters (b e l l e n d); Cyrillic homoglyphs (Bаstаrd); full-width letters (ｆｕｃｋｉｎｇ); zero-width spaces (c-u-n-t);
  a word split by Outlook language spans plus an HTML entity (HTML-only: shite, arseholes); quoted-printable soft line
  breaks inside words (bollocks, wanker); RFC 2047 encoded subject (shitshow) with a base64 body (fucking)"""

KINDS_CLEAN = """- everyday (30): interpreter rotas, term-time leave, holiday food club, SATs, newsletter, Reception welcome, new-arrival notes,
  breakfast club for early shifts, lost property, reading books, invoices, EAL team minutes, reports, trips, flu vaccine,
  pupil mail, site access, supply booking, free school meals, phonics check, safeguarding training dates, ESOL classes,
  forwarded road closure, swimming, sports day, clubs, duty swap, contact details
- hard negatives (30): place names (Scunthorpe, Penistone, Sussex, Cockermouth, Clitheroe, Twatt, Shitterton, South Cockerington,
  Fenland dykes); surnames (Cockburn, Hancock, Dickens, Wankhede); foods (spotted dick, faggots, shiitake); birds and animals
  (blue/great/coal tits, cock pheasant, tups, boar, cockerel); science (Uranus, analyse); history ("William the Bastard");
  geography (Niger, Titicaca, sniggering); set texts (Midsummer Night's Dream "make an ass of me", The Tempest "how to curse");
  RE (pussy willow palms, "descended into hell"); RSE puberty letter; SEND/medical (spastic diplegia, Tourette's with
  coprolalia quoted for staff); safeguarding reports to the DSL quoting a pupil's exact words (swearing, "gyppo");
  census ethnicity code Gypsy/Roma; polite replies where the abuse is only in the parent's quoted e-mail;
  behaviour-policy guidance listing home-language swear words; other-language vocabulary CSV (šikšnosparnis, sikspārnis,
  pisică, kura); fire-retardant curtains, door knobs, screws; Camille Pissarro; Dick Whittington; a bloody nose"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml") or name in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, name))
    slugs = [m["slug"] for m in MSGS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    msgs = sorted(MSGS, key=lambda m: hx("round29-obscene:" + m["slug"], 16))
    rows = []
    for i, m in enumerate(msgs, 1):
        fname = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(m["raw"])
        rows.append([fname, m["label"], m["sender"], m["recipients"], m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    n_flag = sum(1 for r in rows if r[1] == "flag")
    n_clean = len(rows) - n_flag
    readme = """# Round 29 hold-out corpus - obscene-language

**BLIND: never use these files for tuning rules, word lists or thresholds.** They were written without
reading mailguard's code, rules, tests or docs, so that they measure how the filter does on mail nobody
tuned it on. If a message here fails, fix the filter for the general case, not for this file.

## What it is

%d outgoing e-mails from staff of a primary school (ages 4-11) in a Lincolnshire market town, where most
families are newly arrived from Poland, Lithuania, Latvia, Romania, Bulgaria and Portugal and work on the
farms and in the food-packing plants: interpreters and translated letters, bilingual EAL staff, shift
patterns, a holiday food club, parents writing in simple English or their own language.

Each message is labelled by the intent of the school policy ("staff must not use obscene language or swear
words, nor make offensive comments on grounds of gender, race, disability, age, religion or sexual
orientation, in any electronic communication"), as the designated safeguarding lead would judge it:
`flag` when the staff author's own words (subject, body or a text attachment) contain swearing or a slur;
`clean` otherwise, including when the words are quoted from a pupil or parent, used as a term of art, or
are innocent words that merely look rude.

## How it was made

`../make_round29_obscene.py` (Python 3.11 standard library only) builds every message as raw RFC 5322 /
MIME text with fixed dates, Message-IDs and boundaries, and writes the .eml files, `labels.csv` and this
README. Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative (Outlook and
Gmail styles), HTML only, multipart/mixed with PDF and CSV attachments, Outlook and Gmail reply/forward
blocks, RFC 2047 encoded subjects and display names. All people, addresses and phone numbers are
fictitious (Ofcom drama ranges; example.com/.org/.net for organisations); the only parent addresses are the
three in directory/parents.csv.

Regenerate (byte-identical output):

    python3 tests/holdout/round29/make_round29_obscene.py

## Counts

| expected | count |
|----------|-------|
| flag     | %d |
| clean    | %d |
| total    | %d |

Of the clean messages, 30 are everyday school mail and 30 are hard negatives.

`labels.csv` columns: file, expected, sender (envelope sender), recipients (To + Cc, space separated),
note. Judgement calls are marked [unsure] in the note.

## Kinds of case

Flag (20, about half plain and half disguised):
%s

Clean (60):
%s
""" % (len(rows), n_flag, n_clean, len(rows), KINDS_FLAG, KINDS_CLEAN)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    print("wrote %d messages (%d flag, %d clean) to %s" % (len(rows), n_flag, n_clean, OUT))


if __name__ == "__main__":
    main()
