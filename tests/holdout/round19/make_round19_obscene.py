#!/usr/bin/env python3
"""Round 19 blind hold-out corpus, module: obscene-language.

Writes NNN_<flag|clean>_<slug>.eml files, labels.csv and README.md into
./obscene-language/ beside this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so running it
twice gives byte-identical output.

BLIND: written without reading the filter, its rules or its tests.  Never use
these messages to tune the filter.
"""
import base64
import csv
import datetime
import hashlib
import html
import io
import os
import random
import textwrap
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# low-level MIME helpers (raw text built by hand so the output is stable)
# --------------------------------------------------------------------------

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def mkdate(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = int(hashlib.sha1(s.encode()).hexdigest(), 16) % 60
    bst = datetime.datetime(2025, 3, 30, 2) <= dt < datetime.datetime(2025, 10, 26, 2)
    off = "+0100" if bst else "+0000"
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        _DAYS[dt.weekday()], dt.day, _MONS[dt.month - 1], dt.year, dt.hour, dt.minute, sec, off)


def h8(*parts, n=8):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def addr(a):
    """a is 'x@y' or (name, 'x@y')."""
    if isinstance(a, tuple):
        name, email_ = a
        if is_ascii(name):
            return formataddr((name, email_))
        return formataddr((name, email_), charset="utf-8")
    return a


def bare(a):
    return a[1] if isinstance(a, tuple) else a


def enc_subject(s):
    if is_ascii(s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode()


def enc_b_words(s):
    """RFC 2047 B-encoding, forced, split into words of safe length."""
    b = s.encode("utf-8")
    words, chunk = [], b""
    for ch in s:
        cb = ch.encode("utf-8")
        if len(chunk) + len(cb) > 42:
            words.append(chunk)
            chunk = b""
        chunk += cb
    if chunk:
        words.append(chunk)
    assert b"".join(words) == b
    return "\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(w).decode() for w in words)


def wrap_plain(text, width=74):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">") or line.startswith("|"):
            out.append(line)
            continue
        ind = ""
        for lead in ("- ", "* ", "\u2022 "):
            if line.startswith(lead):
                ind = "  "
        m = len(line) - len(line.lstrip(" "))
        if m and not ind:
            ind = " " * m
        out.append(textwrap.fill(line, width, break_long_words=False,
                                 break_on_hyphens=False, subsequent_indent=ind))
    return "\n".join(out)


def qp_encode(text):
    """Quoted-printable encoding.  A \\x00 in the text forces a soft line break
    at that point (used to split one word across a soft break)."""
    out_lines = []
    for line in text.split("\n"):
        segments = line.split("\x00")
        enc_segments = []
        for si, seg in enumerate(segments):
            toks = []
            for i, ch in enumerate(seg):
                last_of_line = (i == len(seg) - 1) and si == len(segments) - 1
                if ch == "=" or ord(ch) > 126 or (ord(ch) < 32 and ch != "\t"):
                    toks.append("".join("=%02X" % b for b in ch.encode("utf-8")))
                elif ch in " \t" and last_of_line:
                    toks.append("=%02X" % ord(ch))
                else:
                    toks.append(ch)
            lines, cur = [], ""
            for t in toks:
                if len(cur) + len(t) > 75:
                    lines.append(cur + "=")
                    cur = ""
                cur += t
            lines.append(cur)
            enc_segments.append(lines)
        merged = []
        for si, lines in enumerate(enc_segments):
            if si < len(enc_segments) - 1:
                lines = lines[:-1] + [lines[-1] + "="]
            merged.extend(lines)
        out_lines.extend(merged)
    return "\n".join(out_lines)


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str, already transfer-encoded

    def render(self):
        return "".join("%s: %s\n" % hv for hv in self.headers) + "\n" + self.body


def text_part(body, subtype="plain", cte="7bit", charset="utf-8", wrap=True,
              disposition=None):
    if subtype == "plain" and wrap and cte in ("7bit", "8bit", "base64"):
        body = wrap_plain(body)
    if cte == "7bit" and not is_ascii(body):
        cte = "8bit"
    if cte in ("7bit", "8bit"):
        enc = body
    elif cte == "quoted-printable":
        enc = qp_encode(body)
    elif cte == "base64":
        enc = b64_encode(body.encode(charset))
    else:
        raise ValueError(cte)
    if not enc.endswith("\n"):
        enc += "\n"
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return Part(hdrs, enc)


def attachment(filename, ctype, data, cte="base64"):
    if cte == "base64":
        enc = b64_encode(data) + "\n"
    else:
        enc = data.decode("utf-8") if isinstance(data, bytes) else data
        if not enc.endswith("\n"):
            enc += "\n"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", cte)], enc)


def multipart(subtype, parts, boundary):
    body = ""
    if subtype == "mixed":
        body += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p.render())
    body += "--%s--\n" % boundary
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], body)


# --------------------------------------------------------------------------
# plain -> HTML, in the style of a couple of common clients
# --------------------------------------------------------------------------

def _paras(text):
    paras, cur = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        paras.append(cur)
    return paras


def _inner_html(text, pstart, pend, blank):
    out = []
    quoted = []

    def flush_quote():
        if quoted:
            inner = "\n".join(q[1:].lstrip(" ") if q.startswith(">") else q for q in quoted)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + _inner_html(inner, pstart, pend, blank) + "</blockquote>")
            quoted.clear()

    for para in _paras(text):
        if all(l.startswith(">") for l in para):
            quoted.extend(para + [">"])
            continue
        flush_quote()
        out.append(pstart + "<br>\n".join(html.escape(l, quote=False) for l in para) + pend)
        out.append(blank)
    flush_quote()
    return "\n".join(out)


def to_html(text, style="outlook"):
    if style == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n')
        return head + _inner_html(text, '<p class="MsoNormal">', "</p>",
                                  '<p class="MsoNormal">&nbsp;</p>') + "\n</div>\n</body>\n</html>\n"
    if style == "gmail":
        return ('<div dir="ltr">' + _inner_html(text, "<div>", "</div>", "<div><br></div>")
                + "</div>\n")
    # generic
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,"
            "sans-serif;font-size:14px\">\n" + _inner_html(text, "<p>", "</p>", "") + "\n</body></html>\n")


def alt(num, plain, style="outlook", pcte="quoted-printable", hcte="quoted-printable", html_text=None):
    if html_text is None:
        html_text = to_html(plain, style)
    b = ("_000_%s_" % h8("alt", num, n=16).upper()) if style == "outlook" else ("000000000000%s" % h8("alt", num, n=12))
    return multipart("alternative", [text_part(plain, cte=pcte), text_part(html_text, "html", cte=hcte)], b)


def mixed(num, parts):
    return multipart("mixed", parts, "----=_Part_%d_%s" % (num, h8("mixed", num, n=10)))


def fake_pdf(title):
    t = title.replace("(", "").replace(")", "")
    stream = "BT /F1 14 Tf 72 720 Td (%s) Tj ET" % t
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

def S(name, mailbox):
    return (name, "%s@%s" % (mailbox, DOM))


def P(local):
    return "%s@%s" % (local, PUP)


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

ADDR = "Example School, Park Row, Leeds LS1 4AP"

PRYCE = S("Gareth Pryce", "g.pryce")
IBBOTSON = S("Dan Ibbotson", "d.ibbotson")
WHITLOCK = S("Donna Whitlock", "d.whitlock")
HIRST = S("Graham Hirst", "g.hirst")
KOWALCZYK = S("Adam Kowalczyk", "a.kowalczyk")
MOTTRAM = S("Kerry-Ann Mottram", "k.mottram")
FENTON = S("Shannon Fenton", "s.fenton")
BIANCHI = S("Luca Bianchi", "l.bianchi")
OLDROYD = S("Pam Oldroyd", "p.oldroyd")
LLEWELLYN = S("Rhys Llewellyn", "r.llewellyn")
KILBRIDE = S("Jamie Kilbride", "j.kilbride")
NOWAK = S("Tomasz Nowak", "t.nowak")
MULGREW = S("Shaun Mulgrew", "s.mulgrew")
ACKROYD = S("Liam Ackroyd", "l.ackroyd")
CHAUDHARY = S("Priya Chaudhary", "p.chaudhary")
DSL = S("Helen Ashworth (DSL)", "dsl")
ASHWORTH = S("Helen Ashworth", "h.ashworth")
ATTEND = S("Attendance Office", "attendance")
OFFICE = S("Example School Office", "office")
OAKES = S("Martin Oakes", "m.oakes")
MAHMOOD = S("Tariq Mahmood", "t.mahmood")
ADEYEMI = S("Dr Ngozi Adeyemi", "n.adeyemi")
PRITCHARD = S("Zo\u00eb Pritchard", "z.pritchard")
THRELFALL = S("Simon Threlfall", "s.threlfall")
BEAUMONT = S("Claire Beaumont", "c.beaumont")
BATTERSBY = S("Owen Battersby", "o.battersby")
MISTRY = S("Anjali Mistry", "a.mistry")
PLACEMENTS = S("Paul Kershaw", "placements")
CAREY = S("Siobh\u00e1n Carey", "s.carey")
FAIRCLOUGH = S("Dean Fairclough", "d.fairclough")
BOOTH = S("Aimee Booth", "a.booth")
SUTCLIFFE = S("Jo Sutcliffe", "j.sutcliffe")
RAHMAN = S("Mo Rahman", "m.rahman")
HEBDEN = S("Mark Hebden", "m.hebden")
EXAMS = S("Lorraine Pickles (Exams)", "exams")
DOBSON = S("Kev Dobson", "k.dobson")
SADIQ = S("Imran Sadiq", "i.sadiq")
LOFTHOUSE = S("Becky Lofthouse", "b.lofthouse")
GREENWOOD = S("Nathan Greenwood", "n.greenwood")
ROWNTREE = S("Gemma Rowntree", "g.rowntree")
CROWTHER = S("Hannah Crowther", "h.crowther")
JOWETT = S("Sarah Jowett", "s.jowett")
HAIGH = S("Chris Haigh", "c.haigh")
ALLSTAFF = S("All Staff", "allstaff")
HOY = S("Heads of Year", "heads-of-year")


def sig_full(name, role, ext=None, extra=""):
    t = "%s\n%s\n%s\nTel: 01632 960000" % (name, role, ADDR)
    if ext:
        t += " (ext. %s)" % ext
    if extra:
        t += "\n" + extra
    return t


def sig_bar(name, role):
    return "%s | %s\nExample School | Park Row | Leeds | LS1 4AP | 01632 960000" % (name, role)


DISCLAIMER = ("This email and any attachments are confidential and intended solely for the "
              "addressee. If you have received it in error please tell the sender and delete it. "
              "Example School, Park Row, Leeds LS1 4AP.")


# --------------------------------------------------------------------------
# the messages
# --------------------------------------------------------------------------

MSGS = []


def add(label, slug, note, frm, to, subject, date, part, cc=(), reply_to_id=None,
        mailer=None, raw_subject=None):
    MSGS.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, part=part, reply=reply_to_id, mailer=mailer,
                     raw_subject=raw_subject))


def mk(key, kind, *a, **kw):
    """part factory, deferred until the message number is known."""
    return (kind, a, kw)


# ============================ FLAGS (20) ===================================
# ---- plain (10)

add("flag", "block_delivery_bollocks",
    "staff-to-staff venting, 'bollocks' plain in body",
    PRYCE, [IBBOTSON], "Block delivery - again", "2025-09-23 08:41",
    mk(0, "plain", """Dan,

The merchants have sent 400 dense concrete blocks instead of the lightweight ones we ordered for the Level 2 cavity wall bays. Third time this term. I rang them at eight and got the usual bollocks about "the system picked the wrong product code", so now there's a full pallet sat on the car park by the MV workshop and Kev wants it shifted before the buses come in at 3.

Can you get your Year 12s doing setting-out and gauge rod work on the existing walls tomorrow morning instead of starting new courses? I'll chase the replacement delivery but I'm not holding my breath.

Also - Kev - can we borrow the pallet truck after period 4?

G

""" + sig_full("Gareth Pryce", "Head of Construction | Vocational Centre", "2210")),
    cc=[DOBSON])

add("flag", "rugby_ref_wanker",
    "coach-to-coach match debrief, calls referee a 'wanker'",
    LLEWELLYN, [KILBRIDE, ACKROYD], "Saturday debrief + injuries", "2025-10-06 07:58",
    mk(0, "alt", """Morning both,

Proud of the U16s on Saturday considering what they were up against. The ref was an absolute wanker though - 14 penalties against us at the breakdown and not one word of explanation to the captain. I've sent a note to the referees' society (politely, before anyone asks).

Injuries:
- Declan Firth: rolled ankle, iced and strapped, should be fine for Thursday training but no contact Tuesday.
- Harvey Moxon: took a knock to the head in the 52nd minute, came off, HIA done pitchside. He's on the graduated return to play from today - stage 1, rest. No contact until we've got the GP letter.

Liam, can you take Harvey out of the gym programme this week and let his tutor know? Jamie, you've got the U15s Wednesday, I'm at the county meeting.

Rhys

Rhys Llewellyn
Head of Rugby | Sports Academy
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), mailer="Microsoft Outlook 16.0")

add("flag", "torque_wrench_twat",
    "workshop staff email, 'twat' about whoever took tools",
    WHITLOCK, [HIRST, KOWALCZYK], "Norbar torque wrench set missing from bay 3", "2025-10-14 13:22",
    mk(0, "plain", """Some twat has walked off with the Norbar torque wrench set from bay 3 AGAIN. It's not signed out on the sheet and it's not in the cage.

If it's in your bay please put it back before period 5 - I've got the Level 3s doing cylinder heads this afternoon and I'm not having them guess the torque settings.

Donna"""))

add("flag", "ucas_portal_fucking",
    "Head of Sixth Form venting to tutor about UCAS portal: 'fucking hell', 'shit' - Outlook reply with quoted thread",
    CHAUDHARY, [MAHMOOD], "RE: Refs for Friday", "2025-10-09 16:47",
    mk(0, "alt", """Tariq,

Fucking hell. The UCAS adviser portal has just logged me out halfway through Leah Dransfield's reference and lost the lot - forty minutes of work. The autosave is shit, it clearly doesn't save anything. Lesson learned, I'm writing the rest in Word first.

To answer your question: yes, send me your three by Thursday lunchtime and I'll do the final read and send on Friday. Remember predicted grades need to match what's on SIMS, we had two mismatches last year.

P

Priya Chaudhary
Head of Sixth Form
Example School | Park Row | Leeds | LS1 4AP
01632 960000 ext. 2301

From: Tariq Mahmood <t.mahmood@example-school.org.uk>
Sent: 09 October 2025 15:12
To: Priya Chaudhary <p.chaudhary@example-school.org.uk>
Subject: Refs for Friday

Hi Priya,

I've got three refs nearly done for the 15 Oct batch (the two medics and the vet). Do you want them emailed to you or just marked as complete on the tracker?

Thanks,
Tariq
"""), reply_to_id="refs-friday", mailer="Microsoft Outlook 16.0")

add("flag", "football_pupil_arse_pissing",
    "coach to a Year 10 pupil: 'get your arse to training', 'pissing about'",
    NOWAK, [("Jayden Holroyd", P("22jholroyd"))], "Training", "2025-11-03 18:05",
    mk(0, "plain", """Jayden,

That's the third session you've missed since half term without a word. Get your arse to training on Wednesday or you're not in the squad for Saturday, simple as that.

And stop pissing about on the team group chat during lessons. Mrs Sutcliffe has had two teachers mention it to her already.

Mr Nowak"""))

add("flag", "boxing_parent_taking_piss",
    "boxing coach to parent: 'taking the piss now' - reply above parent's quoted email [unsure] mild idiom but vulgar, to a parent",
    MULGREW, [ALI], "Re: Sparring on Thursday", "2025-11-07 21:14",
    mk(0, "plain", """Mr Guardian,

This is the third email this week about who your son spars with and I'll be honest, it's taking the piss now. Example Pupil Three spars with whoever I pair him with, based on weight, age and experience, the same as every other lad in the club. Thursday's partner was within 2kg of him and has had fewer bouts.

If you want to come and watch a session you're welcome any Tuesday. But I won't be changing pairings on request.

Shaun Mulgrew
Boxing Club | Sports Academy
Example School, Park Row, Leeds LS1 4AP | 01632 960000

On Fri, 7 Nov 2025 at 19:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hi Mr Mulgrew,
>
> I've spoken to Example Pupil Three again and he says the lad he was with
> on Thursday is much bigger than him. I'd like him paired with someone his
> own size please. Can you confirm this will happen next week?
>
> Thanks
> Ali
"""), reply_to_id="sparring-thursday")

add("flag", "u15_tackling_slur",
    "assistant coach to head of rugby: homophobic slur ('bunch of poofs') about pupils' tackling",
    KILBRIDE, [LLEWELLYN], "U15s v Roundhay", "2025-10-16 17:31",
    mk(0, "plain", """Rhys,

Lost 31-12. First half was decent, we were level at 12-12 at the break. Second half they tackled like a bunch of poofs, nobody wanting to go low, and we got run over. I've told them Monday's session will be nothing but tackle technique.

Theo Brannigan was the only one who put his body on the line, give him a shout-out in assembly if you can.

Minibus back with a full tank, keys in the PE office.

Jamie"""))

add("flag", "kitchen_taster_retard",
    "chef lecturer to technician: disability slur about a Year 10 taster-day pupil",
    BIANCHI, [OLDROYD], "Friday service", "2025-11-12 15:48",
    mk(0, "plain", """Pam,

Rota for Friday lunch service attached to the board. One change: the lad from 10C who came on the taster day is not going on the line. He's a complete retard with a knife, nearly took his thumb off on the julienne, and I'm not having that with 40 covers booked. Put him on front of house with Bethany, he was fine taking orders.

Can you order two more cases of leeks for the soup and check we've got enough double cream.

Luca

""" + sig_full("Luca Bianchi", "Chef Lecturer | Catering & Hospitality | The Park Row Kitchen", "2240")))

add("flag", "site_milk_run_slur",
    "site manager to office: racial slur for a corner shop",
    DOBSON, [("Bev Tranter", "office@" + DOM)], "milk", "2025-10-21 10:02",
    mk(0, "plain", """Bev, I'm nipping to the Paki shop on Kirkgate for milk for the governors meeting tonight, want anything while I'm out? Back in 10.

Kev"""))

add("flag", "placement_tracker_csv_shit",
    "body clean; own note in attached .csv calls a learner a 'lazy little shit'",
    PLACEMENTS, [WHITLOCK], "Week 6 placement tracker - MV learners", "2025-10-17 14:10",
    mk(0, "tracker"))

# ---- disguised (10)

add("flag", "invigilators_asterisk",
    "asterisk/symbol masks: 'f***ing' in subject, 'Sh!t' in body",
    EXAMS, [HAIGH], "Invigilators for Monday - this is a f***ing joke", "2025-11-21 15:36",
    mk(0, "plain", """Chris,

Two of the agency invigilators have just dropped out of Monday's Y11 English Lit mock (hall, 9am, 238 candidates plus 14 in the access room). The agency say they will "try" to find cover. Sh!t show, frankly.

I need two bodies from cover for periods 1 and 2 or I can't run it legally. Any chance of Olivia and Raj? I'll do the briefing at 8.40.

Lorraine

Lorraine Pickles
Exams Officer
Example School | Park Row | Leeds | LS1 4AP
01632 960000 ext. 2105"""))

add("flag", "gym_attendance_leet",
    "S&C coach to sixth-form pupils: leetspeak '5h1t', 'b0ll0cks'",
    ACKROYD, [("Callum Brannigan", P("20cbrannigan")), ("Tyler Hepworth", P("20thepworth")),
              ("Owen Sykes", P("20osykes")), ("Josh Pearson", P("20jpearson"))],
    "Gym attendance this week", "2025-10-24 16:20",
    mk(0, "plain", """Lads,

Gym attendance this week was 5h1t. Four of you didn't show on Tuesday and nobody messaged me. The "bus was late" excuse is b0ll0cks when the session starts at 3.45 and the buses drop at 8.

Sessions after half term are Tues/Thurs 3.45-5.00 in the performance gym. Miss two more and I'll be talking to Mr Llewellyn about your academy places.

Coach Ackroyd
Strength & Conditioning | Sports Academy
Example School, Park Row, Leeds LS1 4AP"""))

add("flag", "kiln_repeated_letters",
    "Gmail-style HTML, repeated letters 'FUUUUUUCK', 'shiiiiite', to a colleague",
    LOFTHOUSE, [GREENWOOD], "kiln", "2025-11-25 12:51",
    mk(0, "alt_gmail", """Nathaaaan

The kiln died mid-firing overnight. All of Y11's coursework pots. FUUUUUUCK. Element's gone apparently. Absolutely shiiiiite timing with moderation in three weeks.

Can I borrow your drama studio tables on Thursday P3 so I can spread everything out and see what's salvageable? I'll bring cake.

B x"""))

add("flag", "copier_vendor_separators",
    "network manager venting: letters split by dots/hyphens/spaces ('w.a.n.k.e.r', 'c-u-n-t', 's h i t')",
    FAIRCLOUGH, [BOOTH], "copier contract", "2025-09-30 11:17",
    mk(0, "plain", """Aimee,

Just off the phone with the copier leasing rep.
Turns out the "free" upgrade in the new contract
costs us 1.2p a page more on colour. What a
w.a.n.k.e.r. Told me it was in the small print.
Patronising c-u-n-t.

Anyway, the new firmware is s h i t as well, the
Follow-Me printing drops jobs over 20 pages. Can you
put a note on the staff bulletin for Friday telling
people to print big packs from the office machine
until they fix it?

Dean

Dean Fairclough
Network Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2050"""))

add("flag", "salon_wholesaler_homoglyph",
    "Cyrillic look-alike letters inside 'bitch' (Cyrillic i) and 'bastard' (Cyrillic a), 8bit UTF-8, to a colleague",
    MOTTRAM, [FENTON], "Tuesday clinic + the wholesaler", "2025-10-15 17:02",
    mk(0, "plain8", """Shan,

Well done with Tuesday's clinic, the Level 2s were brilliant. The lady with the toner though - proper b\u0456tch about it, wasn't she. Her roots were three shades darker than she told us at consultation, it wasn't our colour that went brassy. I've written it up on the client record in case she comes back.

Also the wholesaler have put the developer price up again and still can't deliver before the 29th. Thieving b\u0430st\u0430rd. I'll order from the other place.

Kerry-Ann

Kerry-Ann Mottram
Curriculum Lead - Hair & Beauty
Example School | Park Row | Leeds | LS1 4AP | 01632 960000"""))

add("flag", "moderation_fullwidth",
    "full-width letters spelling BOLLOCKS (U+FF21 range) in body, Outlook alt, QP",
    OAKES, [MAHMOOD], "Moderation sample deadline", "2025-11-18 08:09",
    mk(0, "alt", """Tariq,

Just seen the board's email - they've moved the NEA moderation sample deadline forward a week to 28 November. \uff22\uff2f\uff2c\uff2c\uff2f\uff23\uff2b\uff33.

That means my 11Y3 set need marking and second-marking by Monday. Can we do a department meeting on Wednesday purely for cross-moderation rather than the usual agenda?

Martin"""), mailer="Microsoft Outlook 16.0")

add("flag", "duty_system_zero_width",
    "zero-width spaces (U+200B) inside 'fucking' and 'bellend', 8bit UTF-8",
    SUTCLIFFE, [RAHMAN], "lunch duty / the new system", "2025-09-18 13:47",
    mk(0, "plain8", """Mo,

The new behaviour app crashed for the whole of lunch duty so I've got nine incidents on a scrap of paper. What a fu\u200bcking mess. And whichever bell\u200bend scheduled the update for 12.30 on a school day needs a word.

I'll type them up after school. Can you check if your Y8 logs from period 4 went through?

Jo"""))

add("flag", "assessor_html_split",
    "HTML-only: swear words split by empty tags, spans, an HTML comment and numeric entities",
    IBBOTSON, [PRYCE], "EPA assessor visit", "2025-11-27 16:55",
    mk(0, "html_split"))

add("flag", "coach_cancel_qp_softbreak",
    "quoted-printable body with a soft line break inside 'fuck=/ing'",
    THRELFALL, [BATTERSBY], "Thursday trip - coach cancelled", "2025-09-24 19:12",
    mk(0, "qp_split"))

add("flag", "hall_double_booked_base64",
    "RFC 2047 B-encoded subject with 'bollocks'; base64 body with 'pissed off', 'bastard'",
    RAHMAN, [SUTCLIFFE, MULGREW], None, "2025-12-02 08:26",
    mk(0, "b64plain", """Jo, Shaun,

Someone has double-booked the sports hall for Thursday period 1 - my Year 8 assembly (all 240 of them) and the boxing club show set-up. I\u2019m really pissed off because I booked it in September and have the confirmation email.

Shaun \u2013 I know you\u2019ve got the ring half built already, so I\u2019m not asking you to take it down. Can we do the assembly in the theatre and split it into two sittings? Jo, could your Y10 tutor time move to the dining hall for one morning?

The room booking system is a bastard, it clearly lets two people book the same slot.

Mo

Mo Rahman
Head of Year 8
Example School, Park Row, Leeds LS1 4AP
01632 960000"""),
    raw_subject=enc_b_words("Sports hall double booked \u2013 bollocks"))


# ======================= CLEAN: everyday (30) ==============================

add("clean", "children_in_need_nonuniform",
    "office newsletter-style reminder to parents: non-uniform day",
    OFFICE, [JANE, SAM, ALI], "Non-uniform day - Friday 14 November (Children in Need)",
    "2025-11-10 15:30",
    mk(0, "alt", """Dear Parents and Carers,

This Friday, 14 November, is our Children in Need non-uniform day. Students may come to school in their own clothes in exchange for a donation of \u00a31, which can be paid through ParentPay or in cash to form tutors during morning registration.

A few reminders:

- Clothing should be sensible for a normal school day. Students in practical lessons (construction, motor vehicle, catering, hair and beauty and PE) must still bring their usual PPE, whites or kit.
- No clothing with offensive slogans or images, please.
- Sixth Form students are welcome to join in.

The Student Council are also running a bake sale at break and lunch in the Atrium, and the Catering Level 2 group are selling Pudsey biscuits at The Park Row Kitchen counter.

Thank you, as always, for your support.

Kind regards,

Bev Tranter
Office Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 | office@example-school.org.uk"""))

add("clean", "attendance_reply_appointment",
    "attendance officer reply to parent about a medical appointment, Gmail-style quote",
    ATTEND, [SAM], "Re: Example Pupil Two - hospital appointment Tuesday", "2025-09-29 09:12",
    mk(0, "alt_gmail", """Dear Sam,

Thank you for letting us know, and for sending the appointment letter. I've marked Example Pupil Two's absence on Tuesday morning as a medical appointment (code M), so it won't count against her attendance.

If she's well enough to come in after the appointment, she just needs to sign in at Student Reception so we know she's on site. Her period 3 lesson is Food Preparation in C4 - I've let Miss Oldroyd know she may be late.

Best wishes,

Fiona Gallagher
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000 (option 1 for absence)

On Sun, 28 Sept 2025 at 20:41, Sam Carer <sam.carer@outlook.com> wrote:
> Hello,
> Example Pupil Two has an appointment at the LGI on Tuesday at 9.20 so will
> be in late, hopefully by break. Letter attached. Thanks, Sam"""), reply_to_id="hosp-appt")

add("clean", "personal_statement_feedback",
    "Head of Sixth Form to Y13 pupil: personal statement feedback",
    CHAUDHARY, [("Ellie Stansfield", P("19estansfield"))], "Your personal statement - second draft",
    "2025-09-16 17:35",
    mk(0, "plain", """Hi Ellie,

I've read your second draft and it's a big step forward. A few thoughts before you send it to Mr Mahmood:

1. Question 1 (why this course) is now really clear. The bit about shadowing the physio at the rugby club is your strongest material - give it a little more room and say what you actually learned about rehab, not just what you saw.

2. Question 2 is a bit of a list at the moment. Pick two things from your A-level Biology and BTEC Sport and go deeper on them rather than mentioning five.

3. Question 3: your Level 2 coaching award and the Saturday junior sessions belong here. Universities love evidence of commitment over time.

4. You're about 250 characters over. Cutting the opening sentence would fix most of it - you don't need to tell them you've "always been passionate".

Internal deadline for Physiotherapy applicants is 10 October, so let's aim to have a final version by the 6th. Pop in to see me on Thursday lunchtime if you want to talk it through.

Miss Chaudhary

Priya Chaudhary
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2301"""))

add("clean", "brickwork_placement_confirm",
    "placements coordinator to employer: confirming Level 2 brickwork placement, PDF attached",
    PLACEMENTS, [("Steve Mallinson", "s.mallinson@example.com")],
    "Placement confirmation - Connor Lumb, from 3 November", "2025-10-22 11:45",
    mk(0, "pdf_attach", """Dear Steve,

Thank you again for agreeing to take Connor Lumb for his Level 2 Bricklaying work placement. To confirm the arrangements we discussed on the phone:

- Start date: Monday 3 November, then every Monday and Tuesday until 16 December
- Hours: 8.00am to 3.30pm (he's under 18, so no more than 8 hours a day and a 30-minute break)
- Site: the Headingley extension job, reporting to your site office
- PPE: Connor has his own boots, hi-vis and hard hat from college; he'll need site gloves and eye protection from you
- CSCS: he's booked onto the health and safety test on 30 October

I've attached the placement agreement and the risk assessment checklist. Could you sign and return both before the start date? I'll do a visit in week 2 and again in week 5.

If Connor is absent or there are any concerns at all, please ring me on 01632 960000 ext. 2180 or the placements mobile 07700 900512.

Kind regards,

Paul Kershaw
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2180""", "Placement_Agreement_CLumb.pdf"))

add("clean", "mv_ppe_reminder",
    "motor vehicle lecturer to Y10 pupils: PPE reminder",
    WHITLOCK, [P("22lhaigh"), P("22rcallaghan"), P("22zahmed"), P("22bsowerby")],
    "Workshop PPE - Monday", "2025-09-12 14:30",
    mk(0, "plain", """Hi all,

Quick reminder that from Monday nobody goes into the workshop without:

- steel toe-capped boots (trainers are not OK, even "chunky" ones)
- your overalls, with your name on
- long hair tied back

Safety glasses are provided. If you're waiting for boots from the uniform grant, come and see me before period 1 and I'll lend you a pair from the spares.

Thanks,
Miss Whitlock
Motor Vehicle, Vocational Centre"""))

add("clean", "salon_model_night",
    "HTML-only all-staff email: salon appointments for staff models",
    MOTTRAM, [ALLSTAFF], "Staff models needed - salon evenings in November", "2025-10-30 12:05",
    mk(0, "html_only", """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello everyone,</p>
<p>Our Level 2 and Level 3 Hair &amp; Beauty learners need <b>models</b> for their assessed practicals in November.
Appointments are in the salon (V1.04) on <b>Tuesday and Wednesday evenings, 4.00&ndash;6.00pm</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Service</th><th>Price</th><th>Time</th></tr>
<tr><td>Cut and blow-dry</td><td>&pound;6</td><td>1 hr</td></tr>
<tr><td>Full head colour (skin test needed 48 hrs before)</td><td>&pound;15</td><td>2 hrs</td></tr>
<tr><td>Gel polish, hands</td><td>&pound;5</td><td>1 hr</td></tr>
<tr><td>Facial</td><td>&pound;8</td><td>1 hr</td></tr>
<tr><td>Eyebrow shape and tint</td><td>&pound;4</td><td>30 min</td></tr>
</table>
<p>Everything is supervised by a qualified lecturer, but please allow a little extra time &ndash; the learners are being assessed on consultation as well as the service itself.</p>
<p>To book, reply to this email or ring the salon on ext. 2260.</p>
<p>Thank you!<br>
Kerry-Ann</p>
<p style="color:#555;font-size:9pt">Kerry-Ann Mottram | Curriculum Lead &ndash; Hair &amp; Beauty<br>
Example School | Park Row | Leeds | LS1 4AP | 01632 960000</p>
</body></html>
"""))

add("clean", "boxing_consent_medical",
    "boxing club new-season consent and medical form reminder to parent",
    MULGREW, [ALI], "Boxing club - consent form and medical card", "2025-09-08 16:15",
    mk(0, "alt", """Dear Mr Guardian,

Welcome back for the new season. Example Pupil Three has signed up for the boxing club again, which is great to see.

Before he can take part in any sparring this year, I need:

1. The updated parental consent form (attached to the club letter that went home last week - a copy is on the website under Sports Academy > Boxing).
2. His medical card renewed. Our club doctor's clinic is on Tuesday 23 September after school in the medical room, and it's free for club members.
3. His England Boxing registration fee (\u00a325) paid through ParentPay.

He can still train, skip and do pad work while we wait for these, but no contact.

Any questions, give me a ring on 01632 960000 and ask for the PE office.

Many thanks,

Shaun Mulgrew
PE Teacher & Boxing Club Lead
Example School, Park Row, Leeds LS1 4AP"""))

add("clean", "mock_timetable_csv",
    "exams officer to staff: mock timetable CSV attached",
    EXAMS, [ALLSTAFF], "Y11 and Y13 mock timetable (final)", "2025-11-13 10:00",
    mk(0, "mock_csv"))

add("clean", "y10_pastoral_minutes",
    "Head of Year 10 pastoral meeting notes to tutors",
    SUTCLIFFE, [HOY, ("Year 10 Tutors", "y10tutors@" + DOM)], "Y10 pastoral meeting notes - 7 October",
    "2025-10-07 17:20",
    mk(0, "plain", """Hi all,

Notes from tonight's Y10 pastoral meeting. Thanks for staying late.

Present: JS, MR, CB, DW, TN, six tutors. Apologies: SM (boxing show rehearsal).

1. Attendance. Year group is at 93.1%, which is below target. Fiona will send tutors a list of students under 90% on Friday. Please phone home for anyone on the list you haven't already spoken to this half term - log the call on the MIS.

2. Vocational options. 46 students are now on a vocational pathway (construction, MV, hair & beauty, catering). Donna flagged that some students are arriving at the Vocational Centre late after registration because they go to lockers first. Tutors, please send them straight over at 8.50.

3. Work experience. Paul will speak at the Y10 assembly on 4 November. Placements are the week of 22 June. Students who want to find their own placement need the employer form back by 30 January.

4. SEND. Claire reminded everyone that the updated pupil passports are on the shared drive. Please read the ones for your tutor group before parents' evening.

5. Sports Academy. Training timetables clash with period 6 catch-up sessions for some students. Tomasz and I are going to sort out a rota so nobody misses more than one a fortnight.

6. AOB. Tutor time reading programme restarts Monday. Books are in the tutor boxes.

Next meeting: 4 November, 3.30, in the Y10 office.

Jo

Jo Sutcliffe
Head of Year 10
Example School, Park Row, Leeds LS1 4AP
01632 960000"""))

add("clean", "access_arrangements_mocks",
    "SENCo to staff: access arrangements for mocks, QP plain",
    BEAUMONT, [ALLSTAFF], "Access arrangements for the November mocks", "2025-11-11 08:15",
    mk(0, "qpplain", """Dear colleagues,

A reminder that the access arrangements list for the Year 11 and Year 13 mocks is now on the SEND area of the shared drive (Staff > SEND > Access Arrangements 2025-26). The mocks are our chance to check the arrangements actually work for each student, so please read it before your invigilation slot.

Main arrangements this year:
\u2022 25% extra time \u2013 61 students
\u2022 Reader or computer reader \u2013 18 students
\u2022 Scribe or word processor \u2013 22 students
\u2022 Rest breaks \u2013 9 students
\u2022 Separate room \u2013 14 students (Room S12 and the library annexe)

If you teach a student who you think needs an arrangement that isn't on the list, please email me with evidence of their normal way of working (for example, they always word process in your lessons) by Friday. We can't put arrangements in place for the real exams unless they reflect normal practice.

Thank you,

Claire Beaumont
SENCo
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 ext. 2120"""))

add("clean", "sparx_homework_y8",
    "maths teacher short homework reminder to Y8 pupils",
    SADIQ, [P("24oanderson"), P("24pkaur"), P("24lwhiteley"), P("24sbolton"), P("24rmensah")],
    "Sparx homework due Wednesday", "2025-10-13 15:20",
    mk(0, "plain", """Hi 8M2,

This week's Sparx homework is live and due Wednesday at 8am. It's on ratio and proportion, which we finished today. Remember to write your bookwork codes down in your book as you go - I'll be checking on Wednesday.

If you're stuck, homework club is Tuesday after school in M7.

Mr Sadiq"""))

add("clean", "mfa_rollout_staff",
    "network manager to all staff: multi-factor authentication rollout",
    FAIRCLOUGH, [ALLSTAFF], "Multi-factor authentication - switching on 3 November", "2025-10-20 09:05",
    mk(0, "alt", """Dear colleagues,

From Monday 3 November, all staff accounts will need multi-factor authentication (MFA) to sign in from outside school. Inside the building, nothing changes.

What you need to do before half term:
1. Install the Microsoft Authenticator app on your phone.
2. Go to the staff portal, choose Security > Set up MFA and follow the steps.
3. Test it by signing in to webmail from your phone's data connection.

If you don't have a smartphone or don't want to use your personal phone, we can issue a hardware token - email IT support and we'll have one ready.

Drop-in help sessions: Tuesday 21 and Thursday 23 October, 3.30-4.30, in the IT office (A12).

Thanks,

Dean Fairclough
Network Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2050"""), mailer="Microsoft Outlook 16.0")

add("clean", "principal_friday_bulletin",
    "principal's weekly staff bulletin, multipart HTML",
    HEBDEN, [ALLSTAFF], "Friday bulletin - week 7", "2025-10-17 16:02",
    mk(0, "alt", """Dear all,

Another big week - thank you. A few highlights and notices before the weekend.

Celebrations
- Our U18 footballers beat Harrogate 3-1 in the national academy cup. Huge credit to Tomasz and the team.
- Three Level 3 Catering learners have been invited to cook at the regional young chef final in December.
- Year 13: 41 UCAS applications already submitted, including all the 15 October medicine, dentistry and vet applicants. Well done Priya and the tutor team.
- The construction department's "Build a Bench" project for the primary schools is finished and will be delivered next week.

Notices
- Parents' evening for Year 11 is on Thursday 6 November, 4.00-7.00pm. Booking opens on Monday.
- Please make sure all staff lanyards are visible at all times, including in the Vocational Centre and the sports hall. We have had two visitors comment on this.
- The car park resurfacing will happen over half term; see Kev's email.
- Flu vaccinations for staff: sign-up sheet in the staffroom.

Wellbeing
The staff wellbeing group are running a walking netball session on Wednesday after school. Everyone welcome, no skill required.

Have a restful weekend.

Mark

Mark Hebden
Principal
Example School, Park Row, Leeds LS1 4AP
01632 960000"""), mailer="Microsoft Outlook 16.0")

add("clean", "car_park_resurfacing",
    "site manager to all staff: car park closure over half term",
    DOBSON, [ALLSTAFF], "Car park closed over half term", "2025-10-15 11:30",
    mk(0, "plain", """All,

The main staff car park will be closed from Saturday 25 October to Sunday 2 November for resurfacing and new line markings.

If you're coming in over half term (revision sessions, sports fixtures, the boxing show rehearsal), please use the Vocational Centre car park off Bank Street. The barrier will be up from 7.30am to 6pm.

Please make sure no cars are left in the main car park after 5pm on Friday 24th - anything still there will be in the way of the contractors.

Thanks,
Kev Dobson
Site Manager
Example School, Park Row, Leeds LS1 4AP
Site mobile 07700 900231"""))

add("clean", "apprenticeship_evening_invite",
    "apprenticeships evening invitation to parent and pupil; RFC 2047 subject (en dash)",
    PLACEMENTS, [JANE], "Apprenticeships Evening \u2013 Thursday 20 November", "2025-11-04 13:00",
    mk(0, "alt", """Dear Ms Parent,

We're holding our Apprenticeships Evening on Thursday 20 November, 5.30-7.30pm, in the Vocational Centre, and Example Pupil One and your family are warmly invited.

Around 25 local employers and training providers will be there, including construction firms, garages, salons, hotel and restaurant groups, the NHS trust and several engineering companies. There will also be short talks at 6.00pm and 6.45pm on:

- how apprenticeships work (levels 2 to 7, including degree apprenticeships)
- what employers look for in an application
- how the pay, training and qualifications fit together

Former students who are now apprentices will be there to answer questions too. You don't need to book; just come along.

Kind regards,

Paul Kershaw
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2180"""))

add("clean", "reference_request_thread",
    "Outlook reply thread between Head of Sixth Form and a tutor about an employer reference",
    CHAUDHARY, [ROWNTREE], "RE: Reference request - Dylan Moss (degree apprenticeship)", "2025-11-19 12:32",
    mk(0, "alt", """Hi Gemma,

Yes, happy for you to send it from the careers account. I've read it and made two small changes (tracked) - mainly adding his attendance figure, which is 97%, and mentioning that he's captained the U18 rugby side this year.

Thanks for turning this round so quickly.

Priya

From: Gemma Rowntree <g.rowntree@example-school.org.uk>
Sent: 19 November 2025 10:05
To: Priya Chaudhary <p.chaudhary@example-school.org.uk>
Subject: Reference request - Dylan Moss (degree apprenticeship)

Hi Priya,

Dylan has applied for the civil engineering degree apprenticeship with the highways contractor and they've asked for a reference by Friday, ahead of their assessment centre. I've drafted one from his tutor comments and the careers interview - could you have a quick look before I send it? It's in the careers folder.

Thanks,
Gemma

Gemma Rowntree
Careers Adviser
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2310"""), reply_to_id="ref-osykes", mailer="Microsoft Outlook 16.0")

add("clean", "y10_work_experience_letter",
    "work experience letter to parent with PDF attachment",
    PLACEMENTS, [JANE], "Year 10 work experience - June 2026", "2025-11-06 15:00",
    mk(0, "pdf_attach", """Dear Ms Parent,

Year 10 work experience takes place from Monday 22 June to Friday 26 June 2026. It is one of the most valuable weeks of the year for our students, and many of them go on to apprenticeships or part-time jobs with the employers they meet.

Example Pupil One has two options:

1. Choose a placement from our list of approved employers (available from 1 December on the careers page), or
2. Find her own placement with a family friend or local business. If she does this, the employer needs to complete the form attached and return it by Friday 30 January, so that we can carry out the health and safety checks.

Students on the hair and beauty and catering pathways are encouraged to look for placements in those industries, but it isn't compulsory.

Please don't hesitate to get in touch if you have any questions.

Kind regards,

Paul Kershaw
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2180""", "Y10_Work_Experience_Employer_Form.pdf"))

add("clean", "history_extension_reply",
    "history teacher replies to a pupil's extension request, quoted",
    BATTERSBY, [("Amira Hussain", P("20ahussain"))], "Re: NEA extension", "2025-11-26 19:40",
    mk(0, "plain", """Hi Amira,

That's fine - you can have until Monday 8 December for the full draft. I'd rather have it done properly than rushed while you're off sick. Please make sure Section 3 (your evaluation of the historians) is the part you put the most time into, as that's where your first draft was thinnest.

Hope you feel better soon.

Mr Battersby

On 26/11/2025 18:02, Amira Hussain wrote:
> Sir, I've been off with flu since Monday and I'm behind on the NEA. Is
> there any chance I could have a few extra days for the draft? Sorry.
> Amira"""), reply_to_id="nea-ext")

add("clean", "madrid_trip_deposit",
    "MFL trip deposit reminder to parent; sender name RFC 2047 encoded (Siobhán)",
    CAREY, [JANE], "Madrid trip \u2013 deposit reminder", "2025-10-01 17:10",
    mk(0, "alt", """Dear Jane,

Just a gentle reminder that the \u00a3120 deposit for the Year 10 Spanish trip to Madrid (16-20 March 2026) is due by Friday 10 October on ParentPay.

We've had a great response and there are only four places left. Once the deposit is paid, Example Pupil One's place is confirmed and we'll send the full itinerary and kit list after Christmas. Highlights include the Prado, a tapas cooking class, a visit to the Santiago Bernab\u00e9u and two mornings of lessons at a language school.

If the cost is a worry, please contact me in confidence - the school has a hardship fund for trips.

Muchas gracias,

Siobh\u00e1n Carey
Head of Modern Foreign Languages
Example School, Park Row, Leeds LS1 4AP
01632 960000"""), mailer="Microsoft Outlook 16.0")

add("clean", "allergen_reply_parent",
    "catering lecturer reply to parent about allergens in practical lessons",
    BIANCHI, [SAM], "Re: Nut allergy and the practical lessons", "2025-09-10 12:15",
    mk(0, "plain", """Dear Sam,

Thank you for your email, and for the copy of the allergy care plan.

I can reassure you that the Catering department is nut-free: we don't buy or use any nuts or nut oils in our lessons, and we check every ingredient label when it's delivered. For the Year 8 food preparation lessons, ingredients are provided by the school, so students don't bring anything from home.

I've added Example Pupil Two's allergy to our class list and to the board in the kitchen, and I've checked that her auto-injector is kept in the medical room, which is two minutes from the training kitchen.

If you'd like to see the kitchen or go through the recipes for this half term, you're very welcome to come in - just ring the office on 01632 960000 to arrange a time.

Kind regards,

Luca Bianchi
Chef Lecturer, Catering & Hospitality
Example School, Park Row, Leeds LS1 4AP"""), reply_to_id="nut-allergy")

add("clean", "sc_timetable_academy",
    "S&C timetable to sports academy pupils, plain text table",
    ACKROYD, [P("21mfirth"), P("21ssaeed"), P("21jbarker"), P("21ewade")],
    "Autumn 2 S&C timetable", "2025-10-31 10:15",
    mk(0, "plain", """Hi all,

Here's the strength and conditioning timetable for after half term. Sessions are in the performance gym unless stated.

| Day       | Time        | Group                         |
| Monday    | 7.45-8.30   | Rugby (forwards)              |
| Tuesday   | 3.45-5.00   | Rugby (backs) + football U16  |
| Wednesday | 7.45-8.30   | Boxing club (conditioning)    |
| Thursday  | 3.45-5.00   | All academy - speed & agility |
| Friday    | 12.30-1.00  | Mobility / recovery (sports hall) |

Bring a water bottle, trainers and your training diary. If you're injured, still come - I'll give you a rehab plan.

Coach Ackroyd"""))

add("clean", "weekend_coaching_duty_swap",
    "staff-to-staff: swap a duty because of weekend coaching of a local team",
    NOWAK, [("Chris Haigh", "c.haigh@" + DOM)], "Friday late duty swap?", "2025-11-05 10:10",
    mk(0, "plain", """Hi Chris,

I coach the U12 girls at a local club at weekends and we've got a tournament in Wakefield on Saturday, so I'm running the kit and minibus from our ground on Friday after school. Would you mind if I swapped my Friday late duty for your Monday one next week? I've checked with Jo and she's OK with it.

Cheers,
Tomasz"""))

add("clean", "detention_reply_parent",
    "Head of Year 8 polite reply to parent about a detention",
    RAHMAN, [SAM], "Re: Detention on Wednesday", "2025-10-08 16:40",
    mk(0, "alt", """Dear Sam,

Thank you for getting in touch, and I'm sorry for the confusion.

The detention was given because Example Pupil Two's homework had been missing three times this half term, which is our threshold for a Head of Year detention. Having spoken to her today, I understand she had been doing the work but was submitting it in the wrong class on Teams. We've sorted that out together, and I've cancelled Wednesday's detention.

She was very honest about it, and I've told her she can always come and find me if she's unsure about anything.

Kind regards,

Mo Rahman
Head of Year 8
Example School, Park Row, Leeds LS1 4AP
01632 960000"""), reply_to_id="detention-wed", mailer="Microsoft Outlook 16.0")

add("clean", "careers_interviews_y11",
    "careers adviser to Y11 pupils: interview appointments",
    ROWNTREE, [P("21tnaylor"), P("21ccrossley"), P("21hpatel"), P("21dlunn"), P("21kwalsh")],
    "Your careers interview", "2025-11-17 09:30",
    mk(0, "plain", """Hello,

You've each got a one-to-one careers interview with me next week. Times are on the list outside the careers office (L3) and in your Teams calendar.

Before the interview, please:
- have a think about which post-16 route you're considering - sixth form, college, an apprenticeship, or a mix
- look at the Sixth Form prospectus and the Vocational Centre courses page
- bring your predicted grades if you know them

It's a relaxed chat, not a test. If you can't make your slot, email me and we'll rearrange.

Mrs Rowntree
Careers Adviser"""))

add("clean", "y12_progress_evening",
    "office to parent: Year 12 progress evening booking",
    OFFICE, [ALI], "Year 12 Progress Evening - Thursday 13 November", "2025-10-27 12:00",
    mk(0, "alt", """Dear Parent/Carer,

The Year 12 Progress Evening will take place on Thursday 13 November from 4.00pm to 7.00pm in the Sixth Form Centre.

Appointments are booked online through the School Cloud system, which opens at 6pm on Monday 27 October and closes at noon on Wednesday 12 November. Each appointment is five minutes. Staff from the Vocational Centre and the Sports Academy will be in the Atrium.

The Sixth Form team and our Careers Adviser will also be available throughout the evening to talk about university, apprenticeships and UCAS.

If you have any problems booking, please contact the school office.

Yours faithfully,

Example School Office
Park Row, Leeds LS1 4AP
01632 960000"""))

add("clean", "library_overdue",
    "librarian short overdue reminder to a pupil",
    JOWETT, [P("23nbarlow")], "Overdue library book", "2025-11-20 11:05",
    mk(0, "plain", """Hi Nia, just a reminder that "Noughts & Crosses" was due back on 6 November. No fine - just pop it back into the library when you can, as someone else has reserved it.

Mrs Jowett, Library"""))

add("clean", "cscs_tests_college_partner",
    "Head of Construction to FE college partner about CSCS test bookings",
    PRYCE, [("Karen Holdsworth", "k.holdsworth@example.org")], "CSCS test bookings for our Year 13 apprentices",
    "2025-09-25 14:20",
    mk(0, "plain", """Hi Karen,

Following our meeting last week, I'd like to book our Year 13 construction apprentices onto the CITB health, safety and environment test at your centre. There are nine learners in total - six on bricklaying and three on carpentry and joinery.

Could you let me know which dates you have in late October or early November? Ideally a Wednesday morning, as that's their college day. We'll bring them by minibus and a member of staff will stay with them.

Once they've passed, we'll apply for their green labourer cards through the school and then the apprentice cards once they're registered with their employers.

Many thanks,

Gareth

""" + sig_full("Gareth Pryce", "Head of Construction | Vocational Centre", "2210")))

add("clean", "ucas_deadline_base64",
    "sixth form UCAS deadline reminder to Y13 pupils, base64 body",
    CHAUDHARY, [P("19estansfield"), P("19awankhede"), P("19ldransfield"), P("19cmitchell")],
    "UCAS - final deadlines", "2025-12-01 08:00",
    mk(0, "b64plain", """Good morning Year 13,

A reminder of the dates you need to know:

\u2022 Friday 12 December \u2013 our internal deadline. Your application must be paid for and sent to me by 4pm so that your reference and predicted grades can be added before the Christmas break.
\u2022 Wednesday 14 January 2026 \u2013 UCAS\u2019s equal consideration deadline for most courses.

If you\u2019re applying for an apprenticeship instead of, or alongside, university, please make sure Mrs Rowntree knows \u2013 several of the degree apprenticeship deadlines are in January too.

Drop-in help is available every lunchtime in the Sixth Form Study Centre.

Miss Chaudhary
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP"""))

add("clean", "cover_work_p3",
    "teacher sets cover work for an absence, to the cover manager",
    ADEYEMI, [HAIGH], "Cover work for tomorrow - 10Y2 P3 and 12B P5", "2025-12-03 06:55",
    mk(0, "plain", """Morning Chris,

I'm off tomorrow (hospital appointment, agreed with Mark). Cover work:

10Y2, P3, Lab S4: Seneca assignment "Rates of reaction" - they know how to log in. Anyone who finishes can do the exam questions on p.112 of their revision guide. No practical work please.

12B, P5, Lab S2: they're A-level so they can work independently - past paper questions on enzymes, in the Teams assignment folder. Mark schemes are there too.

Thanks,
Ngozi"""))

add("clean", "y10_tutor_evening_thanks",
    "Head of Year short reply to parent after tutor evening",
    SUTCLIFFE, [JANE], "Re: Year 10 tutor evening", "2025-09-26 18:30",
    mk(0, "alt_gmail", """Dear Jane,

Thank you so much for your kind message - it was lovely to meet you both. Example Pupil One has made a really positive start to Year 10 and is already a regular at the lunchtime football club.

Do let me know if anything comes up.

Best wishes,
Jo Sutcliffe
Example School, Park Row, Leeds LS1 4AP
01632 960000"""), reply_to_id="tutor-evening")

# ======================= CLEAN: hard negatives (30) ========================

add("clean", "scunthorpe_cup_away",
    "place name: U18 cup away at Scunthorpe, letter to parents",
    NOWAK, [ALI], "U18 Academy Cup - away at Scunthorpe, Wed 12 November", "2025-11-06 17:45",
    mk(0, "alt", """Dear Parents and Carers,

Our U18 football team have been drawn away in the third round of the national academy cup, and we'll be playing at Scunthorpe on Wednesday 12 November (kick-off 2.00pm).

Arrangements:
- The coach leaves from outside the sports hall at 11.15am. Students will be signed out of periods 4-6.
- We should be back at school at around 6.30pm, depending on traffic on the M62/M18. I'll text updates to the team group and post on the Sports Academy page.
- Students need their home kit, shin pads, moulded boots (it's a 3G pitch - no metal studs), a warm coat and a packed lunch. There's no time to stop for food on the way.

If you need to contact me on the day, please ring the trip mobile on 07700 900614.

Thank you for your support - we'd love to see some of you there.

Mr T. Nowak
Football Academy Coach
Example School, Park Row, Leeds LS1 4AP
01632 960000"""))

add("clean", "penistone_sevens",
    "place name: U14 rugby sevens at Penistone, team selection",
    LLEWELLYN, [P("23wcoates"), P("23rdobson"), P("23lnkemelu"), P("23jbell"), P("23fmurray")],
    "U14 Sevens squad - Penistone, Sunday", "2025-09-19 15:05",
    mk(0, "plain", """Hi all,

Well done on the trial session yesterday. You're in the squad for the U14 sevens tournament at Penistone on Sunday 28 September.

Meet at school at 8.15am - we'll go in the two minibuses. First game is at 10.00. We should be home by 4pm.

Kit: school training top, black shorts, academy socks, gum shield (no gum shield, no game - it's a tournament rule), boots, water and lunch. Weather on the hills above Penistone can be grim, so bring a coat.

Your parents should have the consent form on ParentPay - please remind them to fill it in by Thursday.

Mr Llewellyn"""))

add("clean", "cockermouth_geography_residential",
    "place name: A-level flood fieldwork in Cockermouth, letter with PDF consent form",
    THRELFALL, [ALI], "Year 12 Geography fieldwork - Cockermouth and Keswick", "2025-09-22 16:30",
    mk(0, "pdf_attach", """Dear Mr Guardian,

As part of the A-level Geography course, Example Pupil Three will take part in a three-day residential in Cumbria from Wednesday 15 to Friday 17 October, which is essential for the independent investigation (NEA).

We'll be based at a field centre near Keswick. On day two, students will collect data in Cockermouth, where the rivers Cocker and Derwent meet, looking at how the town's flood defences have performed since Storm Desmond in 2015. On day three, they'll study coastal management at St Bees.

The cost is \u00a3185, which covers transport, accommodation, meals and all field centre teaching. Please pay a \u00a350 deposit through ParentPay by Friday 3 October and complete the attached consent and medical form.

Students will need walking boots, waterproofs (top and bottom - Cumbria in October!), and a packed lunch for the journey on day one.

If you have any questions, please get in touch.

Yours sincerely,

Simon Threlfall
Head of Geography
Example School, Park Row, Leeds LS1 4AP
01632 960000""", "Cumbria_Fieldwork_Consent_Form.pdf"))

add("clean", "dofe_gold_dorset_shitterton",
    "place name: DofE Gold route passes Shitterton (Dorset), to sixth-form pupils",
    CROWTHER, [P("20ahussain"), P("20bmcgrath"), P("20snorris"), P("20plord"), P("20hwood")],
    "DofE Gold practice expedition - route cards", "2025-09-17 13:10",
    mk(0, "plain", """Hi Gold group,

The route cards for the Dorset practice expedition (3-6 October) are now on the DofE Teams channel. A few things to note:

Day 1 starts from the campsite at Bere Regis and heads east along the Jurassic Coast path. You'll pass through Shitterton on the way out of Bere Regis - yes, it really is called that, and no, you may not take a photo with the village sign and post it on the group chat. The locals have had enough of it being stolen.

Day 2 is the long one (22km) over the Purbeck Hills, so plan your water carefully. Day 3 is the navigation test.

Kit check is on Wednesday 1 October at 3.30pm in the sports hall. Please bring everything on the kit list, packed as you would for the expedition.

Mrs Crowther
DofE Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""))

add("clean", "orkney_twatt_reference",
    "place name: Twatt, Orkney - reference for a sixth-former's archaeology volunteer placement",
    BATTERSBY, [("Volunteer Coordinator", "volunteers@example.org")], "Reference for Grace Kellett - summer excavation volunteer",
    "2025-11-24 16:00",
    mk(0, "alt", """Dear Volunteer Coordinator,

I am writing to support Grace Kellett's application to volunteer on your excavation near Twatt, Birsay, in July 2026.

I have taught Grace History for five years, and she is currently studying A-level History and Geography with us. She is a hard-working, thoughtful and reliable student with a genuine passion for prehistoric Britain. Her NEA is on the Neolithic monuments of the Orkney mainland, and she has already read widely around the Ness of Brodgar.

She is physically fit, having completed her Silver Duke of Edinburgh's Award, and is used to working outdoors in all weathers. She has excellent attendance and has never missed a deadline. I have no hesitation in recommending her.

Please do not hesitate to contact me if you need any further information.

Yours faithfully,

Owen Battersby
Teacher of History
Example School, Park Row, Leeds LS1 4AP
01632 960000"""), mailer="Microsoft Outlook 16.0")

add("clean", "uni_offers_tracker_csv",
    "place names: Sussex/Essex/Middlesex university offers tracker CSV to tutors",
    CHAUDHARY, [("Year 13 Tutors", "y13tutors@" + DOM)], "Offers tracker - week 12", "2025-11-28 15:15",
    mk(0, "offers_csv"))

add("clean", "clitheroe_cockburn_apprenticeship",
    "place name and surname: Clitheroe depot, employer Mr Cockburn",
    PLACEMENTS, [("Rob Cockburn", "r.cockburn@example.com")], "Ellis Garside - apprenticeship interview follow-up",
    "2025-12-01 10:40",
    mk(0, "plain", """Dear Mr Cockburn,

Thank you for interviewing Ellis Garside at your Clitheroe depot last Thursday, and for showing him around the workshop. He came back really enthusiastic about the heavy vehicle apprenticeship and said it was the best interview he's had.

As requested, I've attached his Level 3 Motor Vehicle progress report and his attendance record (98%). His lecturer, Donna Whitlock, is happy to speak to you directly if that would help - she can be reached on 01632 960000 ext. 2230.

You mentioned that the apprenticeship starts in September and that accommodation in Clitheroe may be available for the first year through your training provider. Ellis's family would appreciate any details when you have them.

Kind regards,

Paul Kershaw
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP"""))

add("clean", "wankhede_medicine_reference",
    "surname: Aarav Wankhede's medicine reference, Outlook thread",
    MAHMOOD, [CHAUDHARY], "RE: Aarav Wankhede - medicine reference", "2025-10-08 13:02",
    mk(0, "alt", """Hi Priya,

Here's the final version of Aarav Wankhede's reference. I've taken out the paragraph about the UCAT (it's already in his application) and added more about the sixth form mentoring he does with Year 9 in science.

Predicted grades: A* Chemistry, A* Biology, A Maths - these match SIMS.

Tariq

From: Priya Chaudhary <p.chaudhary@example-school.org.uk>
Sent: 07 October 2025 17:40
To: Tariq Mahmood <t.mahmood@example-school.org.uk>
Subject: Aarav Wankhede - medicine reference

Tariq,

Thanks for Aarav's draft. It's strong, but could you cut it down a bit (we're at 4,100 characters of the 4,000) and say more about his work experience at the GP practice and the hospice? Medical schools like to see reflection.

Priya"""), reply_to_id="awankhede-ref", mailer="Microsoft Outlook 16.0")

add("clean", "christmas_carol_revision",
    "Dickens set text quotations for Y11 revision; RFC 2047 subject",
    OAKES, [P("21kwalsh"), P("21hpatel"), P("21rturner"), P("21tokafor")],
    "A Christmas Carol \u2013 key quotations for Thursday", "2025-11-24 15:55",
    mk(0, "alt", """Hi 11Y3,

Ahead of Thursday's mock, here are the quotations we said were most useful. Learn at least two for each stave.

Stave 1
- "Hard and sharp as flint, from which no steel had ever struck out generous fire; secret, and self-contained, and solitary as an oyster."
- "If they would rather die... they had better do it, and decrease the surplus population."
- "Bah! Humbug!"

Stave 2
- "A solitary child, neglected by his friends"

Stave 3
- "God bless us, every one!"
- "This boy is Ignorance. This girl is Want. Beware them both."

Stave 5
- "I will honour Christmas in my heart, and try to keep it all the year."

Remember: Dickens wants to change the attitudes of his middle-class readers. Link at least one quotation in every paragraph to his message about social responsibility.

Mr Oakes
English Department
Example School, Park Row, Leeds LS1 4AP"""), mailer="Microsoft Outlook 16.0")

add("clean", "king_lear_edmund_soliloquy",
    "A-level set text: King Lear, Edmund's 'stand up for bastards' soliloquy, to Y13 pupils",
    MAHMOOD, [P("19cmitchell"), P("19ldransfield"), P("19rpickard"), P("19yahmed")],
    "Lear - Edmund's soliloquy (1.2) for Tuesday", "2025-10-03 14:45",
    mk(0, "plain", """Hi all,

For Tuesday, please re-read Act 1 Scene 2 and annotate Edmund's soliloquy. We'll be focusing on these lines:

  "Why bastard? Wherefore base?
   When my dimensions are as well compact,
   My mind as generous, and my shape as true,
   As honest madam's issue?"

and the end of the speech:

  "I grow; I prosper:
   Now, gods, stand up for bastards!"

Think about how Shakespeare makes the audience partly sympathise with Edmund here. What does he resent about the word "legitimate", and how is "Nature" set against "the plague of custom"? Does his speech change the way we see Gloucester's jokes about his birth in 1.1?

Essay question (due Friday 10th): "In King Lear, the villains are more honest than the virtuous characters." How far do you agree?

Mr Mahmood
Head of English
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""))

add("clean", "park_row_kitchen_menu",
    "HTML-only training-restaurant menu: faggots, spotted dick, cock-a-leekie, shiitake",
    BIANCHI, [ALLSTAFF], "The Park Row Kitchen - this week's menu", "2025-11-17 08:30",
    mk(0, "html_only", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:12pt;color:#222">
<h2 style="color:#7a1f1f">The Park Row Kitchen</h2>
<p>Our Level 2 learners are on their <i>Traditional British</i> unit this week, so the menu has a distinctly northern feel. Service is Wednesday to Friday, 12.15&ndash;1.15pm. Two courses &pound;5.50, three courses &pound;7.</p>
<h3>Starters</h3>
<ul>
<li>Cock-a-leekie soup with crusty bread</li>
<li>Black pudding, apple and watercress salad</li>
<li>Shiitake and leek tartlet (v)</li>
</ul>
<h3>Mains</h3>
<ul>
<li>Faggots, creamy mash, mushy peas and onion gravy</li>
<li>Fish pie with a cheddar crust</li>
<li>Lancashire hotpot with pickled red cabbage</li>
<li>Wild mushroom and chestnut pie (v)</li>
</ul>
<h3>Puddings</h3>
<ul>
<li>Spotted dick and custard</li>
<li>Yorkshire parkin with treacle ice cream</li>
<li>Eton mess</li>
</ul>
<p>Please tell your server about any allergies &ndash; full allergen information is available for every dish.</p>
<p>Book by replying to this email or ringing ext. 2240. Walk-ins welcome if there's space.</p>
<p>Luca Bianchi<br>Chef Lecturer, Catering &amp; Hospitality<br>Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body>
</html>
"""))

add("clean", "birdwatch_great_tits_woodcock",
    "bird names (great tits, blue tits, woodcock, shag) in eco club results to pupils; sender name RFC 2047",
    PRITCHARD, [P("24hrowe"), P("24iqureshi"), P("24cdunn"), P("24mlee")],
    "Birdwatch results!", "2025-11-21 15:40",
    mk(0, "alt_gmail", """Hi Eco Club,

Thank you for all your hard work on Tuesday's bird survey around the school grounds. Here are our totals:

- Blue tits: 14
- Great tits: 6
- Long-tailed tits: 9 (one flock near the rugby pitches)
- Blackbirds: 11
- Magpies: 7
- Woodpigeons: 19
- Robins: 4
- Woodcock: 1 - this is a first for the school! Well spotted, Isaac.

The "shag" we thought we saw on the reservoir turned out to be a cormorant - they are very similar, but a shag has a crest in the breeding season and is usually found on the coast.

Next week we're building nest boxes with the Year 12 construction learners - meet in the Vocational Centre at 3.30.

Miss Pritchard
Biology | Eco Club"""))

add("clean", "rugby_team_sheet_hooker",
    "rugby positions (hooker, loosehead) and line-out calls in a team sheet",
    LLEWELLYN, [P("21dfirth"), P("21hmoxon"), P("22tbrannigan"), P("21kokoro"), P("21aleach")],
    "U16 team v Wakefield - Saturday", "2025-11-13 16:30",
    mk(0, "plain", """U16 team for Saturday (home, KO 10.30, meet 9.15 in the changing rooms):

1 Kwame Okoro (loosehead)
2 Declan Firth (hooker, captain)
3 Alfie Leach (tighthead)
4 Ben Crowther
5 Sam Ibbotson
6 Theo Brannigan
7 Harvey Moxon (if cleared by the GP - otherwise Luke Pratt)
8 Nathan Ward
9 Jack Stead
10 Owen Lister
11 Rafi Begum
12 Dan Metcalfe
13 Kieran Quinn
14 Joe Shaw
15 Ellis Morton

Replacements: Luke Pratt, Ryan Tate, Mikey Coe, Will Booth, Arun Nair

Hookers and jumpers - extra line-out throwing on Thursday lunchtime. Forwards, we're keeping the same calls as last week. Backs bring your own balls for the warm-up, the ball bag is short.

Mr Llewellyn"""))

add("clean", "boxing_kit_list_groin_guard",
    "sports kit: groin guard, box, gum shield in boxing kit list to parent",
    MULGREW, [SAM], "Boxing club kit list", "2025-09-11 17:05",
    mk(0, "plain", """Dear Sam,

Thanks for signing Example Pupil Two up for the girls' boxing sessions on Mondays - she was brilliant in her first session.

Here's what she'll need over the next few weeks. Please don't buy everything at once; the club can lend gloves and headguards to start with.

- Hand wraps (about \u00a35 - these are personal and can't be shared)
- A gum shield - a boil-and-bite one is fine for training
- Training gloves, 12oz or 14oz
- A groin/pelvic protector (the club has some to lend for sparring)
- Comfortable trainers (not running shoes with thick soles)
- A water bottle

When she starts sparring, she'll also need a medical card and a registered headguard, which I'll explain nearer the time.

Shaun Mulgrew
Boxing Club Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""))

add("clean", "plumbing_order_ballcock_retarder",
    "trade vocabulary: ball cocks, nipples, scaffold erection, set retarder, assessor Mr Hancock; CSV order attached",
    IBBOTSON, [("Trade Counter", "trade@example.com")], "Order - Example School Vocational Centre (acct 44817)",
    "2025-10-02 09:20",
    mk(0, "plumb_order"))

add("clean", "mv_bastard_file_grease_nipples",
    "tool names: bastard file, grease nipples, petcock, big end - technician order",
    WHITLOCK, [HIRST], "Order for next half term", "2025-10-23 15:25",
    mk(0, "plain", """Graham,

Can you put the following on the next order please:

- 6 x 10" flat bastard files and 6 x second cut (the old ones are clogged solid)
- 2 x file cards for cleaning them
- assorted grease nipples, M6 and M8 straight and 90 degree - the Level 2s stripped most of the ones in the drawer doing the suspension job
- 1 x fuel petcock for the Honda CG125 in bay 5 (it's weeping)
- big end shells for the Fiesta engine rebuild - std size, I've left the part number on your desk
- 2 x boxes nitrile gloves, large

Thanks,
Donna"""))

add("clean", "rse_year10_letter",
    "RSE letter to parents: anatomy terms, consent, contraception, pornography",
    MISTRY, [JANE], "Year 10 Relationships and Sex Education - information for parents",
    "2025-11-03 16:00",
    mk(0, "alt", """Dear Parents and Carers,

Next half term, Year 10 will begin the Relationships and Sex Education (RSE) unit of their PSHE course. I'm writing to let you know what will be covered, so that you can support the conversations at home.

Topics will include:
- body changes and puberty (a recap), using the correct names for body parts, including penis, vulva and vagina
- consent, and what the law says about it
- healthy and unhealthy relationships, including coercive control
- contraception and sexually transmitted infections, and where young people can get confidential sexual health advice
- the impact of pornography and why it gives an unrealistic picture of sex and relationships
- sharing nude images: the law, the risks, and how to get images removed

All lessons are taught by trained staff, and there is an anonymous question box in every lesson. The resources are available to view in the school office, or I can send them to you.

You have the right to withdraw your child from the sex education parts of RSE (but not from relationships education or the parts covered in the science curriculum). If you'd like to discuss this, please contact me before 21 November.

Yours faithfully,

Anjali Mistry
PSHE and RSE Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000"""), mailer="Microsoft Outlook 16.0")

add("clean", "ehcp_spastic_diplegia_pe",
    "SEND medical term 'spastic diplegia' (cerebral palsy) in SENCo note to PE staff [unsure] clinical use, not a slur",
    BEAUMONT, [MULGREW, LLEWELLYN, ("PE Department", "pe@" + DOM)], "Tia Okonkwo (7P) - PE adaptations after EHCP review",
    "2025-10-10 12:30",
    mk(0, "plain", """Dear PE team,

Following Tia Okonkwo's EHCP annual review yesterday, a few updates for her PE lessons. Tia has cerebral palsy (spastic diplegia, affecting mainly her legs). She walks independently with ankle-foot orthoses (AFOs) but tires quickly, and her balance is affected on uneven ground.

Agreed adaptations:
- She can wear her AFOs with trainers in all PE lessons, including gymnastics.
- Please allow rest breaks when she asks - she knows her limits and won't abuse it.
- For invasion games, a modified role (e.g. umpire, coach, scorer) or a smaller area is fine, but she wants to be included wherever possible.
- Her physio recommends boccia and swimming, and she's interested in the boxing club's non-contact fitness sessions - Shaun, could you have a chat with her?
- She should not do any cross-country on the field in wet weather.

Her physiotherapist will visit on 5 November and would like to observe a PE lesson. I'll confirm the time.

Thanks,
Claire

Claire Beaumont
SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2120"""))

add("clean", "dsl_report_quoting_pupil",
    "staff-only safeguarding report to DSL quoting pupil's exact words ('fucking slag')",
    SUTCLIFFE, [DSL], "Concern - Y10 field, lunchtime 12:40", "2025-11-04 13:25",
    mk(0, "qpplain", """Helen,

Logging on CPOMS as well but wanted you to have this straight away.

At about 12:40 today on the Y10 field, I heard Kai Barraclough (10R) shout at Mia Sowerby (10K), in front of a group of about ten students: "you're a fucking slag, everyone's seen your nudes". Mia was very upset and came to me straight afterwards.

In the Y10 office (with Mrs Beaumont present) Mia told me that an image of her was shared in a group chat over the weekend, and that she didn't send it to anyone other than her ex-boyfriend (Year 11). I have NOT asked to see the image and nobody has shown me one. I told her I would need to pass this on to you and she understands.

Kai has been taken to the isolation room for the rest of the afternoon. Mia is with the pastoral team and wants to stay in school.

Mum has not been contacted yet - I'll wait for your advice before doing that.

Jo

Jo Sutcliffe
Head of Year 10
Ext. 2140"""))

add("clean", "apprentice_racist_language_report",
    "staff-only report to DSL quoting racist words used to an apprentice by a placement foreman",
    PLACEMENTS, [DSL, PRYCE], "Placement concern - Amir Rashid (Y12 bricklaying)", "2025-10-28 15:50",
    mk(0, "plain", """Helen, Gareth,

During my week 5 placement visit this morning, Amir Rashid (Y12 Level 2 Bricklaying) told me that the site foreman has repeatedly spoken to him in a racist way. In Amir's words: "He calls me Paki in front of the other lads, and when I'm late he asks if I've been at the mosque building a bomb." He says this has happened "most days" for about three weeks and that the other labourers laugh.

Amir was calm but clearly upset, and said he hadn't told anyone because he didn't want to lose the placement. I told him he'd done the right thing and that I'd have to share it with you.

Actions so far:
- Amir has been brought back to school for the rest of this week and is working in the brickwork bays with Dan.
- I haven't yet contacted the employer. I'd like your advice, Helen, on how we do that and whether it needs reporting anywhere else.
- I've written it up on CPOMS with his exact words.

Gareth - we'll need to find him an alternative placement. Can we talk tomorrow?

Paul

Paul Kershaw
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2180"""))

add("clean", "behaviour_policy_language_consistency",
    "staff-only discussion of behaviour policy on swearing, quoting example words",
    RAHMAN, [HOY, ("Deputy Head (Behaviour)", "r.mcdermott@" + DOM)], "Behaviour policy - language (draft wording)", "2025-09-25 17:05",
    mk(0, "alt", """Hi all,

Following Tuesday's HoY meeting, here is the draft wording for the language section of the behaviour policy. Rachel asked us to give examples so that staff apply it consistently, particularly in the Vocational Centre and on the sports fields where we know swearing is more common.

Proposed levels:

C1 (warning) - swearing in conversation that isn't aimed at anyone, e.g. "oh shit, I've left my book at home". Staff should challenge it and remind the student of our expectations.

C2 (detention) - repeating it after a warning, or swearing in a lesson in front of the class.

C3 (HoY detention and phone call home) - swearing aimed at another student ("you're a dickhead").

Internal exclusion - swearing directed at a member of staff ("fuck off, sir"), or any homophobic, racist, sexist or disability-related language, including "that's so gay" or "retard" used as insults. These are also logged as prejudice-related incidents.

Sports coaches and vocational staff asked whether "bloody" counts. My view is that we shouldn't put it in the policy, but staff shouldn't model it either.

Comments by Friday please, then it goes to Rachel.

Mo"""), mailer="Microsoft Outlook 16.0")

add("clean", "polite_reply_abusive_parent_gmail",
    "polite reply to parent; obscene words only in parent's quoted text ('>' lines)",
    ATTEND, [SAM], "Re: Fine letter", "2025-10-03 10:35",
    mk(0, "plain", """Dear Sam,

Thank you for your email. I understand that receiving a letter about a penalty notice is upsetting, and I'm sorry that it came as a surprise.

To explain: the letter you received is a warning, not a fine. It was sent because Example Pupil Two had 10 sessions of unauthorised absence in the last 10 school weeks, which is the threshold set by the local authority. No penalty has been issued, and none will be if her attendance improves over the next 15 school days.

I'd be very happy to meet you to talk about any reasons behind the absences - if there is anything going on at home or with her health, we can often help, and some absences may be authorised once we have the information. I'm in school every day from 8am; please ring 01632 960000 and ask for me.

Yours sincerely,

Fiona Gallagher
Attendance Officer
Example School, Park Row, Leeds LS1 4AP

On Thu, 2 Oct 2025 at 22:17, Sam Carer <sam.carer@outlook.com> wrote:
> Who the fuck do you think you are sending me a letter threatening me with
> a fine. She was ill. You lot are a fucking joke, I work all day and I'm
> not having some jumped up office woman telling me how to bring up my kid.
> Sort it out or I'm going to the papers."""), reply_to_id="fine-letter")

add("clean", "polite_reply_abusive_parent_outlook",
    "principal's polite reply; abusive words ('twat', 'bastards') only in the parent's Outlook-quoted text",
    HEBDEN, [JANE], "RE: Complaint about PE", "2025-11-11 08:20",
    mk(0, "alt", """Dear Ms Parent,

Thank you for your email. I'm sorry to hear that Example Pupil One came home so upset on Friday.

I have asked Mrs Ashworth, our Deputy Head, to look into what happened in the PE lesson, including speaking to Example Pupil One and the other students involved. I'd like to meet you in person once that has been done, and I'll ask my PA to contact you today to arrange a time this week.

I do need to ask that future correspondence with staff remains respectful. I know you're worried about your daughter, and I want to help sort this out.

Yours sincerely,

Mark Hebden
Principal
Example School, Park Row, Leeds LS1 4AP
01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 10 November 2025 23:04
To: Office <office@example-school.org.uk>
Subject: Complaint about PE

That PE teacher is a complete twat. My daughter came home in tears AGAIN because he made her run in front of the boys when she told him she was on her period. You're all useless bastards and nobody ever rings me back. I want a meeting with the head this week."""), reply_to_id="complaint-pe", mailer="Microsoft Outlook 16.0")

add("clean", "pissarro_art_homework",
    "artist name Pissarro in Y9 art homework",
    LOFTHOUSE, [P("23nbarlow"), P("23ekhan"), P("23ofowler"), P("23jharrison")],
    "Art homework - Impressionism", "2025-10-06 15:35",
    mk(0, "plain", """Hi 9A1,

Your homework this fortnight is a study of an Impressionist street scene. Choose one of these:

- Camille Pissarro, "The Boulevard Montmartre at Night" (1897)
- Camille Pissarro, "The Avenue de l'Opera, Paris" (1898)
- Claude Monet, "Boulevard des Capucines" (1873)

1. Do a quick oil pastel copy of a section of the painting (about A5).
2. Write 5-6 sentences about how the artist uses colour and brushstrokes to show light, weather or movement.

Pissarro painted lots of the Paris boulevards from hotel windows - look at how high up the viewpoint is. It's the same idea as our photos from the top floor of the Vocational Centre.

Due Monday 20 October. Miss Lofthouse"""))

add("clean", "arsenal_trip_hamstring_niggle",
    "Arsenal (football club) trip; 'niggle' and 'groin strain' injury terms",
    NOWAK, [P("20rquinn"), P("20ddoherty"), P("20lcastle"), P("20mparker"), P("20bnaylor")],
    "London trip - Arsenal stadium tour + WSL match", "2025-11-26 12:15",
    mk(0, "plain", """Hi Year 12 BTEC Sport,

Confirmed: the London trip is on Sunday 7 December. We're doing the Emirates Stadium tour in the morning and then watching Arsenal Women in the WSL at 12.30. Your unit 4 coursework on the sports industry will use the tour, so bring a notebook.

Coach leaves school at 6.00am (yes, really) and gets back around 9pm.

Also, anyone carrying a niggle - hamstring, groin strain, ankle - please see Mr Ackroyd before Thursday. I'd rather manage it now than have you miss the county game the week after.

Mr Nowak"""))

add("clean", "whin_sill_dyke_fieldtrip",
    "geology term 'dyke' in an A-level geography field trip note",
    THRELFALL, [P("19cmitchell"), P("19gkellett"), P("19swhite"), P("19dmoss")],
    "Teesdale day - Whin Sill and the dykes", "2025-10-01 16:05",
    mk(0, "plain", """Hi Y13,

For Friday's Teesdale trip, please read the Whin Sill pages in the fieldwork booklet.

We'll look at High Force, where the Tees flows over the dolerite, and then walk to a dyke near Holwick - a vertical sheet of dolerite that cut through the older rocks and cooled there. You'll measure its width and sketch where the dyke meets the limestone, then compare how the dyke and the sill have been weathered.

Boots and waterproofs essential. Bus leaves at 8.15.

Mr Threlfall"""))

add("clean", "lgbt_history_month_planning",
    "LGBT+ History Month planning: gay, lesbian, queer history, Section 28",
    MISTRY, [GREENWOOD, LOFTHOUSE, BEAUMONT, ("Sixth Form Office", "sixthform@" + DOM)],
    "LGBT+ History Month - planning meeting", "2025-12-02 12:45",
    mk(0, "alt", """Hi all,

Thanks for volunteering to help with LGBT+ History Month in February. I'd like to get a first planning meeting in before Christmas - how does Wednesday 10 December at 3.30 in my room (H2) sound?

Ideas so far from the Rainbow Club (our student GSA):
- a display in the library on gay and lesbian sportspeople, including Justin Fashanu and the Lionesses
- a short drama piece about the history of Section 28 (Nathan - would your Y12s be up for this?)
- an art competition on the theme "Queer history in our city", judged by Becky
- a tutor-time quiz on LGBT+ history, with input from the sixth form

Claire, it would be great to think about how we make all of this accessible for students with SEND.

Anjali"""), mailer="Microsoft Outlook 16.0")

add("clean", "swedish_partner_slutspel",
    "Swedish words (slutspel = play-offs, slutsignal) in partner-school football tournament, 8bit",
    NOWAK, [("Anders Lindqvist", "anders.lindqvist@example.net")], cc=[CAREY],
    subject="Re: Turnering i Göteborg \u2013 schedule", date="2025-11-14 11:20",
    part=mk(0, "plain8", """Hi Anders,

Thanks for the schedule. I've translated it for our players and parents - can you check I've understood it correctly?

Fredag 20 mars
  Kl. 09.00 Samling (meet at the sports centre)
  Kl. 10.00-16.00 Gruppspel (group stage)

Lördag 21 mars
  Kl. 09.30 Slutspel (the knock-out rounds)
  Kl. 15.00 Final
  Kl. 16.30 Prisutdelning (presentations)
  Kl. 17.00 Slutsignal

So the "slutspel" is the play-offs, not a final on its own? And does "slutsignal" at 17.00 in the last line just mean the final whistle for the whole event?

We're bringing 14 players and 3 staff. Siobhán, our Head of MFL, is copied in - she's helping with the parents' letter.

Tack så mycket!

Tomasz Nowak
Football Academy Coach
Example School, Park Row, Leeds LS1 4AP
+44 1632 960000

> Hej Tomasz,
> Here is the programme for the tournament. Looking forward to seeing you!
> Anders"""), reply_to_id="goteborg")

add("clean", "panto_dick_whittington",
    "school panto 'Dick Whittington' rehearsal schedule to cast",
    GREENWOOD, [P("22rackroyd"), P("23tbegum"), P("21wfarrar"), P("24ppatel"), P("20jokeefe")],
    "Dick Whittington - rehearsal schedule", "2025-11-10 15:50",
    mk(0, "alt_gmail", """Hi cast!

Here's the rehearsal schedule up to show week. Please put these in your planners.

Mon 17 Nov, 3.30-5.00 - Act 1, scenes 1-4 (Dick, Alice, Idle Jack, Sarah the Cook, Tommy the Cat)
Wed 19 Nov, 3.30-5.00 - King Rat and the rats (Year 7 and 8 chorus)
Mon 24 Nov, 3.30-5.30 - Act 2, ship scene and Morocco
Wed 26 Nov, 3.30-5.30 - songs with Mr Ryder
Mon 1 Dec, 3.30-6.00 - full run
Tues 9 Dec - technical rehearsal
Wed 10 and Thu 11 Dec, 7pm - SHOWS

Ruby, as Dick you're in almost every scene, so please try not to miss any. Jack (our dame), your costume fitting with Mrs Lord is on Thursday.

"Turn again, Whittington!"

Mr Greenwood
Drama"""))

add("clean", "beauty_intimate_waxing_policy",
    "Level 3 beauty unit: Brazilian/Hollywood intimate waxing policy, adult models only",
    MOTTRAM, [FENTON, ("Rosie Tait", "r.tait@" + DOM)], "Level 3 intimate waxing unit - reminder of our policy",
    "2025-11-19 16:25",
    mk(0, "plain", """Hi both,

As Rosie is new to the team and the Level 3s start the intimate waxing unit (Brazilian and Hollywood) after Christmas, here's a reminder of how we run it.

- All models for this unit must be 18 or over, with photo ID checked at consultation. No exceptions - not even sixth formers who have just turned 18 without ID.
- Learners on the unit must also be 18+; anyone younger does the theory and observes demonstrations on the training video only.
- Services take place in the private treatment room (V1.06) with the door closed and the "treatment in progress" sign up. The supervising lecturer must be the same gender as the client, or a second member of staff must be present if the client requests it.
- Full consultation and contra-indication checks, signed by the client, every time.
- Treatments are only offered to staff and adult members of the public - never to students.

The risk assessment is in the Hair & Beauty folder. Rosie, let's go through it together on Monday.

Kerry-Ann"""))

assert len(MSGS) == 80, len(MSGS)

# --------------------------------------------------------------------------
# special bodies
# --------------------------------------------------------------------------

TRACKER_CSV = """learner,group,employer,visit_date,attendance_pct,employer_rating,coordinator_notes
Mason Clegg,MV L2,Kirkstall Garage Services,2025-10-14,100,Excellent,Keen; employer discussing apprenticeship for Sept
Ryan Tolson,MV L2,Quickfit Tyres Kirkstall,2025-10-15,90,Good,Needs to bring own overalls
Zak Mahmood,MV L2,Headingley Motors,2025-10-15,100,Good,Doing MOT prep with the tester - good progress
Bradley Wragg,MV L2,Ring Road Autos,2025-10-16,60,Poor,"Lazy little shit - sat in the van on his phone all morning, employer fed up. Warning letter?"
Lewis Oddy,MV L2,Armley Auto Electrics,2025-10-16,95,Good,Quiet but reliable
Ellis Garside,MV L3,Fleet Depot (Stourton),2025-10-17,100,Excellent,Employer would like him two days a week
"""

MOCK_CSV = """date,session,year,subject,paper,duration_mins,room
2025-11-24,AM,11,English Literature,Paper 1,105,Main Hall
2025-11-24,PM,13,Biology,Paper 1,120,Sports Hall
2025-11-25,AM,11,Mathematics,Paper 1 (non-calculator),90,Main Hall
2025-11-25,PM,11,Geography,Paper 1,90,Main Hall
2025-11-26,AM,11,Combined Science,Biology 1,75,Main Hall
2025-11-26,PM,13,English Literature,Paper 1,150,Sports Hall
2025-11-27,AM,11,English Language,Paper 1,105,Main Hall
2025-11-27,PM,11,History,Paper 1,120,Main Hall
2025-11-28,AM,11,Mathematics,Paper 2 (calculator),90,Main Hall
2025-11-28,PM,13,Chemistry,Paper 1,120,Sports Hall
"""

OFFERS_CSV = """student,tutor,course,university,status,notes
E Stansfield,13PC,Physiotherapy,University of Sussex,Offer AAB,Interview done
E Stansfield,13PC,Physiotherapy,Leeds Beckett University,Interview 9 Dec,
A Wankhede,13TM,Medicine,University of Leeds,Awaiting,UCAT 2870
C Mitchell,13TM,English Literature,University of Essex,Offer ABB,
C Mitchell,13TM,English and Creative Writing,Middlesex University,Unconditional offer,Advise not to firm without discussion
L Dransfield,13PC,Sport and Exercise Science,University of Hull,Offer BBB,
G Kellett,13SB,Archaeology,University of York,Offer AAB,Orkney dig application in
S White,13ST,Geography,University of Sussex,Awaiting,
D Moss,13ST,Civil Engineering (degree apprenticeship),Employer - highways contractor,Assessment centre 15 Jan,Via careers
"""

PLUMB_CSV = '''item,description,qty,unit
BV15,"1/2"" ball cock (float valve) part 2, brass, with plastic float",12,each
HN15,"Hex nipple 1/2"" BSP, brass",20,each
HN22,"Hex nipple 3/4"" BSP, brass",10,each
BN15,"Tap connector / back nut 1/2""",20,each
MF15,"Male iron to 15mm compression adaptor",15,each
FF15,"Female iron to 15mm compression adaptor",15,each
PTFE,PTFE tape 12m,24,roll
RET5,"Concrete set retarder, 5 litre",1,each
CB1,"Copper 15mm, 3m lengths",30,length
'''


def build_special(kind, num, a):
    if kind == "tracker":
        body = """Hi Donna,

Updated tracker attached after this week's visits. Headlines: everyone is on placement, attendance is mostly good, and two employers are already talking about apprenticeships. There's one learner I'd like us to talk to together before half term - details in the notes column.

Can we grab 15 minutes on Tuesday?

Paul

Paul Kershaw
Work Placements & Apprenticeships Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2180"""
        return mixed(num, [text_part(body),
                           attachment("MV_placement_tracker_wk6.csv", "text/csv", TRACKER_CSV, cte="7bit")])
    if kind == "mock_csv":
        body = """Dear colleagues,

The final Y11 and Y13 mock timetable is attached as a spreadsheet (CSV, opens in Excel). The invigilation rota will follow on Monday.

Please note:
- Lessons for Y11 and Y13 are suspended during the mocks week (24-28 November). Y11 students in the Vocational Centre will do their practical sessions as normal outside exam times.
- The Sports Hall will not be available for PE or academy training from Friday 21 November at 3pm until Friday 28 November at 5pm.
- Students with access arrangements sit in S12 and the library annexe - Claire's list is on the shared drive.

Thank you,

Lorraine Pickles
Exams Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 2105"""
        return mixed(num, [alt(num, body), attachment("Mock_Timetable_Nov2025.csv", "text/csv", MOCK_CSV.encode())])
    if kind == "offers_csv":
        body = """Hi all,

Updated offers tracker attached. We're at 31 offers from 44 applications. A few things to pick up in tutor time:

- Two students have had offers from Sussex, which is brilliant - please remind them not to reply to any offer until they've heard from all their choices.
- Chloe has an unconditional offer from Middlesex. Please make sure she talks to me before she firms it, as she is predicted well above the entry grades.
- Chloe's Essex offer came through yesterday too.
- Anyone applying for degree apprenticeships should be on Gemma's list - check with her.

Priya"""
        return mixed(num, [text_part(body), attachment("Offers_tracker_wk12.csv", "text/csv", OFFERS_CSV.encode())])
    if kind == "plumb_order":
        body = """Hello,

Please find our order attached for delivery to the Vocational Centre, Bank Street entrance (Example School, Park Row, Leeds LS1 4AP). Account 44817, PO number 25-0931.

A few notes:
- The ball cocks need to be the part 2 type with the brass body - last time we got the plastic ones and they won't take the practice cisterns.
- The hex nipples and back nuts are for the Level 2 pipework bays, so the sizes matter.
- Could the concrete set retarder come on the same van? We need it before the scaffold erection on the 13th, when the Year 13s are pouring the footings for the bike shelter.

We have an assessor from the awarding body, Mr Hancock, visiting on 14 October, so delivery by Friday 10th would be great.

Please call me on 01632 960000 ext. 2215 if anything is out of stock.

Thanks,

Dan Ibbotson
Plumbing & Construction Tutor
Example School, Vocational Centre"""
        return mixed(num, [text_part(body), attachment("PO_25-0931.csv", "text/csv", PLUMB_CSV.encode())])
    if kind == "html_split":
        h = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Gareth,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The EPA assessor today was a proper <span style="color:black">wan</span><span style="color:black">ker</span>.
Failed two of the lads on their pipe bends for being 2mm out, when the spec says 3mm tolerance.
I showed him the standard and he said "that's my interpretation". Total &#115;&#104;&#105;&#116;e.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I've asked for the appeal form. Not having an ars<!-- -->ehole with a clipboard mark my learners down for
something they did right. Can you back me on this with the awarding body? Their details are on the last
paperwork in your tray.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Otherwise the other six passed, including Connor, so not all b<b></b>ad news.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dan</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Dan Ibbotson | Plumbing &amp; Construction Tutor<br>
Example School | Park Row | Leeds | LS1 4AP | 01632 960000</span></p>
</div>
</body>
</html>
"""
        return text_part(h, "html", cte="quoted-printable")
    if kind == "qp_split":
        body = ("Owen,\n\n"
                "Just had a call from the coach firm - they've \"lost a driver\" and can't do Thursday's Year 10 trip "
                "to Ilkley. Two days' notice, after I confirmed it with them on Monday. Absolute fuck\x00ing shambles.\n\n"
                "I've rung three other companies and the only one who can do it wants \u00a3240 more. I'm going to ask "
                "Mark if the department budget can stretch to it, otherwise we'll have to move it after half term and "
                "redo all the consent forms.\n\n"
                "Can you hold off telling your group until I know tomorrow?\n\n"
                "Simon\n\n"
                "Simon Threlfall\nHead of Geography\nExample School, Park Row, Leeds LS1 4AP\n01632 960000")
        return Part([("Content-Type", 'text/plain; charset="utf-8"'),
                     ("Content-Transfer-Encoding", "quoted-printable")], qp_encode(body) + "\n")
    raise ValueError(kind)


def build_part(num, spec):
    kind, a, kw = spec
    if kind == "plain":
        return text_part(a[0], cte="7bit")
    if kind == "plain8":
        return text_part(a[0], cte="8bit")
    if kind == "qpplain":
        return text_part(a[0], cte="quoted-printable")
    if kind == "b64plain":
        return text_part(a[0], cte="base64")
    if kind == "alt":
        return alt(num, a[0], "outlook")
    if kind == "alt_gmail":
        return alt(num, a[0], "gmail")
    if kind == "html_only":
        return text_part(a[0], "html", cte="quoted-printable")
    if kind == "pdf_attach":
        body, fname = a
        return mixed(num, [alt(num, body, "outlook"),
                           attachment(fname, "application/pdf", fake_pdf(fname.replace("_", " ")))])
    return build_special(kind, num, a)


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------

def render_message(num, m):
    frm = m["frm"]
    part = build_part(num, m["part"])
    hdrs = [("From", addr(frm)), ("To", ", ".join(addr(t) for t in m["to"]))]
    if m["cc"]:
        hdrs.append(("Cc", ", ".join(addr(c) for c in m["cc"])))
    subj = m["raw_subject"] if m["raw_subject"] else enc_subject(m["subject"])
    hdrs.append(("Subject", subj))
    hdrs.append(("Date", mkdate(m["date"])))
    hdrs.append(("Message-ID", "<%s.%s@%s>" % (h8("msgid", num, m["slug"], n=20).upper(),
                                                 m["date"].replace("-", "").replace(" ", "").replace(":", ""),
                                                 DOM)))
    if m["reply"]:
        ref = "<%s@%s>" % (h8("orig", m["reply"], n=24), "mail.example.net")
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    hdrs.append(("MIME-Version", "1.0"))
    if m["mailer"]:
        hdrs.append(("X-Mailer", m["mailer"]))
    hdrs.extend(part.headers)
    return "".join("%s: %s\n" % hv for hv in hdrs) + "\n" + part.body


README = """# Round 19 hold-out corpus: obscene-language

**Blind. Never use for tuning.** These messages were written without reading the
filter's code, rules, tests or documentation, and without running the filter.
They exist only to measure the filter on mail nobody tuned it against. If a rule
is changed because of one of these files, the file is no longer a hold-out.

## What it is

80 RFC 5322 e-mail messages that a member of staff at a large 11-18 academy
(vocational centre with construction, motor vehicle, hair and beauty and
catering; apprenticeships and work placements; a sports academy with rugby,
football and a boxing club; a busy sixth form) might send, labelled against the
school policy's rule on obscene language: staff must not use obscene language
or swear words, nor make offensive comments on grounds of gender, race,
disability, age, religion or sexual orientation.

`labels.csv` columns: `file,expected,sender,recipients,note` (`expected` is
`flag` or `clean`; `recipients` is the To+Cc addresses separated by spaces;
judgement calls are marked `[unsure]` in the note).

## Counts

| expected | kind | count |
| --- | --- | --- |
| flag | plain swearing or slur in the author's own words | 10 |
| flag | disguised (masks, leetspeak, repeated letters, separators, homoglyphs, full-width, zero-width, HTML splitting/entities, QP soft break, base64 body + RFC 2047 subject) | 10 |
| clean | ordinary everyday school mail | 30 |
| clean | hard negatives | 30 |
| **total** | | **80** (20 flag, 60 clean) |

## How it was made

Written by hand (one distinct situation per message) and emitted by the
deterministic generator `../make_round19_obscene.py` (Python 3.11 standard
library only; fixed dates, Message-IDs and MIME boundaries). Formats vary:
text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative
(Outlook- and Gmail-style HTML), HTML-only, multipart/mixed with PDF or CSV
attachments, replies with `>` quoting or Outlook "From:/Sent:" blocks, RFC 2047
encoded subjects and display names.

Regenerate (byte-identical output):

    python3 tests/holdout/round19/make_round19_obscene.py

## Kinds of case

Flag:
- staff-to-staff venting (supplier, referee, missing tools, UCAS portal, copier
  firm, kiln, exam board, wholesaler, assessor, coach firm, room booking)
- swearing at a pupil, and at a parent in a reply
- slurs: homophobic, disability, racial, gendered
- swearing only inside a .csv attachment
- disguises: `f***ing`, `Sh!t`, `5h1t`, `b0ll0cks`, `FUUUUUUCK`, `w.a.n.k.e.r`,
  `c-u-n-t`, `s h i t`, Cyrillic look-alike letters, full-width letters,
  zero-width spaces, words split by HTML tags/comments/entities, a
  quoted-printable soft line break inside a word, a base64 body with an RFC 2047
  encoded subject

Clean, everyday: reminders, replies to parents, homework, placements and
apprenticeships, PPE, kit, consent forms, meeting notes, access arrangements,
staff bulletin, site notices, references, trips, cover work.

Clean, hard negatives: place names (Scunthorpe, Penistone, Cockermouth,
Shitterton, Twatt, Clitheroe, Sussex/Essex/Middlesex); surnames (Wankhede,
Cockburn, Hancock, Dickens); foods (faggots, spotted dick, cock-a-leekie,
shiitake); birds (tits, woodcock, shag); sports terms (hooker, groin guard,
niggle, Arsenal); trade terms (ball cock, nipples, scaffold erection, set
retarder, bastard file, petcock); set texts (Dickens, King Lear's "stand up for
bastards"); art (Pissarro); geology (dyke); RSE letter; SEND medical term
(spastic diplegia); LGBT+ History Month planning; Swedish (slutspel); panto
(Dick Whittington); beauty (intimate waxing policy); staff-only safeguarding
reports to the DSL quoting pupils' or an apprentice's exact words; staff
discussing the behaviour policy on language; polite replies where the abuse is
only in the parent's quoted text.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    order = list(range(len(MSGS)))
    random.Random(1919).shuffle(order)
    rows = []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        fname = "%03d_%s_%s.eml" % (num, m["label"], m["slug"])
        raw = render_message(num, m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(raw.encode("utf-8"))
        rcpts = " ".join(bare(x) for x in m["to"] + m["cc"])
        rows.append([fname, m["label"], bare(m["frm"]), rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README)
    print("wrote %d messages to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
