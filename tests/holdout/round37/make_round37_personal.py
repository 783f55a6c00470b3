#!/usr/bin/env python3
"""Generate the round-37 blind hold-out corpus for the personal-address-to-parent module.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library
only; the output is deterministic (fixed dates, Message-IDs and MIME
boundaries), so running it twice gives byte-identical files.

Setting: an 11-18 school on the Cornish coast (fictional town of Porthgwyn).
All people, addresses, mailboxes and numbers are fictitious; phone numbers are
from the Ofcom drama ranges.
"""

import base64
import csv
import datetime as _dt
import hashlib
import html
import io
import os
import quopri
import re
import zlib
import struct
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PDOM = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

STAFF = {
    "tpascoe": ("Tamsin Pascoe", "t.pascoe", "Mrs T Pascoe\nHead of Year 9\nExample School, Park Row, LS1 4AP\nTel 01632 960000"),
    "jtrev": ("Jago Trevithick", "j.trevithick", "Mr J Trevithick\nPE Department / Surf Club\nExample School, Park Row, LS1 4AP  |  01632 960000"),
    "mrowe": ("Morwenna Rowe", "m.rowe", "Ms M Rowe\nTeacher of English | Kernewek Club\nExample School\nPark Row, LS1 4AP\n01632 960000"),
    "attend": ("Kerensa Nance", "attendance", "Kerensa Nance\nAttendance Officer\nExample School | Park Row | LS1 4AP\nAttendance line: 01632 960000 (option 1)"),
    "pangove": ("Peder Angove", "p.angove", "Peder Angove\nDesign & Technology\nExample School"),
    "office": ("Example School Office", "office", "School Office\nExample School, Park Row, LS1 4AP\n01632 960000 | office@example-school.org.uk"),
    "dcurnow": ("Demelza Curnow", "d.curnow", "Demelza Curnow\nOffice Manager\nExample School, Park Row, LS1 4AP\nT: 01632 960000"),
    "dsl": ("Loveday Hosking", "dsl", "Loveday Hosking\nDeputy Headteacher & Designated Safeguarding Lead\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "btonkin": ("Ben Tonkin", "b.tonkin", "Mr B Tonkin\nGeography | DofE Manager\nExample School\n01632 960000"),
    "sjenkin": ("Sarah Jenkin", "s.jenkin", "Mrs S Jenkin\nHead of Sixth Form\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "head": ("Michael Chegwidden", "headteacher", "Michael Chegwidden\nHeadteacher\nExample School\nPark Row, LS1 4AP\n01632 960000\n\"Onen hag oll\""),
    "gpenrose": ("Gwen Penrose", "g.penrose", "Gwen Penrose\nSENCo\nExample School | 01632 960000"),
    "tbolitho": ("Tom Bolitho", "t.bolitho", "Mr T Bolitho\nMathematics\nExample School"),
    "ecarne": ("Elowen Carne", "e.carne", "Miss E Carne\nHead of Music\nExample School, Park Row, LS1 4AP"),
    "hwhitford": ("Hannah Whitford", "h.whitford", "Hannah Whitford\nCareers Lead\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "transport": ("Chris Polglase", "transport", "Chris Polglase\nTransport & Facilities Manager\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "nashworth": ("Nadia Ashworth", "n.ashworth", "Dr N Ashworth\nScience | Lifesaving Club\nExample School"),
    "hr": ("Oliver Treloar", "hr", "Oliver Treloar\nBusiness Manager\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "exams": ("Rosie Lanyon", "exams", "Rosie Lanyon\nExams Officer\nExample School, Park Row, LS1 4AP\nExams office: 01632 960000"),
    "kvingoe": ("Keir Vingoe", "k.vingoe", "Keir Vingoe\nIT Support\nExample School"),
    "pdas": ("Priya Das", "p.das", "Mme P Das\nHead of MFL\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "epengelly": ("Ewan Pengelly", "e.pengelly", "Mr E Pengelly\nHistory\nExample School"),
    "jspargo": ("Julie Spargo", "j.spargo", "Julie Spargo\nTeaching Assistant\nExample School"),
    "rhichens": ("Rob Hichens", "r.hichens", "Rob Hichens\nHead of Year 10\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "snank": ("Steve Nankervis", "s.nankervis", "Mr S Nankervis\nHead of PE\nExample School"),
    "ablewett": ("Anna Blewett", "a.blewett", "Miss A Blewett\nScience Department\nExample School"),
    "irowse": ("Ian Rowse", "i.rowse", "Ian Rowse\nTA / Route 4 bus escort"),
    "library": ("Zoë Retallack", "library", "Zoë Retallack\nLibrarian\nExample School Library\n01632 960000"),
    "cover": ("Alison Dunstan", "cover", "Alison Dunstan\nCover Manager\nExample School"),
    "mopie": ("Mark Opie", "m.opie", "Mark Opie\nDeputy Headteacher (Curriculum)\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "tcarlyon": ("Tressa Carlyon", "t.carlyon", "Mrs T Carlyon\nPhilosophy & Ethics\nExample School"),
    "welfare": ("Fiona Matthews", "welfare", "Fiona Matthews\nStudent Welfare Officer\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "cpollard": ("Cerys Pollard", "c.pollard", "Ms C Pollard\nArt & Design\nExample School, Park Row, LS1 4AP\nSchool office: 01632 960000"),
    "djewell": ("Dan Jewell", "d.jewell", "Mr D Jewell\nHead of Humanities\nExample School, Park Row, LS1 4AP\n01632 960000"),
    "krodda": ("Kate Rodda", "k.rodda", "Miss K Rodda\nGeography\nExample School"),
}


def S(key):
    """(display name, address) of a member of staff."""
    name, local, _ = STAFF[key]
    return (name, f"{local}@{DOM}")


def SIG(key):
    return STAFF[key][2]


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def P(local, name):
    return (name, f"{local}@{PDOM}")


RUBY = P("18rkitto", "Ruby Kitto")
ETHAN = P("18egilbert", "Ethan Gilbert")
MEGAN = P("18mharvey", "Megan Harvey")
DANIEL = P("18dwearne", "Daniel Wearne")
JOWAN = P("19jtrewin", "Jowan Trewin")
LILY = P("19lsemmens", "Lily Semmens")
HARRY = P("19hoates", "Harry Oates")
CALLUM = P("20cmay", "Callum May")
BETHANY = P("20bstevens", "Bethany Stevens")
LOWEN = P("21lcollins", "Lowen Collins")
FREYA = P("21fjames", "Freya James")
TOBY = P("21tpeters", "Toby Peters")
SEREN = P("21sroberts", "Seren Roberts")
OLLY = P("22obennetts", "Olly Bennetts")
AMELIA = P("22athomas", "Amelia Thomas")
TYLER = P("23tmitchell", "Tyler Mitchell")
EVIE = P("23ewhite", "Evie White")
KIT = P("24kpearce", "Kit Pearce")
STAFFLIST = ("All Staff", f"staff@{DOM}")

# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------


def uk_date(y, mo, d, h, mi, s=0):
    """Date header for a UK local time (BST/GMT chosen by the EU/UK rule)."""
    def last_sunday(year, month):
        day = _dt.date(year, month, 31)
        return day - _dt.timedelta(days=(day.weekday() + 1) % 7)
    naive = _dt.datetime(y, mo, d, h, mi, s)
    start = _dt.datetime.combine(last_sunday(y, 3), _dt.time(1))
    end = _dt.datetime.combine(last_sunday(y, 10), _dt.time(2))
    off = 1 if start <= naive < end else 0
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(naive.replace(tzinfo=tz))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew_b(s):
    """RFC 2047 B-encoding, split into words of at most 75 characters."""
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len(base64.b64encode(trial.encode("utf-8"))) > 45:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def ew_q(s):
    """RFC 2047 Q-encoding, split into words of at most 75 characters."""
    def enc(ch):
        if ch == " ":
            return "_"
        if re.match(r"[A-Za-z0-9!*+\-/]", ch):
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
    return "\n ".join("=?utf-8?Q?" + w + "?=" for w in words)


def fmt_addr(pair, enc="b"):
    name, addr = pair
    if not name:
        return addr
    if not is_ascii(name):
        n = ew_b(name) if enc == "b" else ew_q(name)
        return f"{n} <{addr}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def fold_addrs(pairs):
    return ",\n ".join(fmt_addr(p) for p in pairs)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text(content, sub="plain", cte=None, charset=None, flowed=False):
    data = content.encode("utf-8")
    if cte is None:
        cte = "7bit" if is_ascii(content) else "quoted-printable"
    if charset is None:
        charset = "us-ascii" if is_ascii(content) and cte == "7bit" else "utf-8"
    if cte in ("7bit", "8bit"):
        body = content if content.endswith("\n") else content + "\n"
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    ct = f'text/{sub}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def raw_text(encoded_body, sub="plain", cte="quoted-printable", charset="utf-8"):
    """A text part whose body is given already transfer-encoded."""
    return Part([("Content-Type", f'text/{sub}; charset="{charset}"'),
                 ("Content-Transfer-Encoding", cte)], encoded_body)


def attach(filename, ctype, data, cte="base64", inline=False, extra_ct=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype};{extra_ct} name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", cte)], body)


def multipart(sub, boundary, parts, extra=""):
    out = []
    for p in parts:
        out.append(f"--{boundary}\n" + render(p))
    body = "\n".join(out) + f"\n--{boundary}--\n"
    return Part([("Content-Type", f'multipart/{sub};{extra}\n\tboundary="{boundary}"')], body)


def render(part):
    h = "".join(f"{k}: {v}\n" for k, v in part.headers)
    return h + "\n" + part.body


LINK_RE = re.compile(r"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})|(https?://[^\s<>]+|www\.[^\s<>]+)")


def linkify(escaped):
    def rep(m):
        if m.group(1):
            return f'<a href="mailto:{m.group(1)}">{m.group(1)}</a>'
        url = m.group(2)
        href = url if url.startswith("http") else "https://" + url
        return f'<a href="{href}">{url}</a>'
    return LINK_RE.sub(rep, escaped)


def outlook_html(plain):
    """Roughly what Outlook produces for a plain-looking message."""
    paras = []
    for line in plain.rstrip("\n").split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("- "):
            paras.append('<p class="MsoListParagraph" style="text-indent:-18.0pt">'
                         '<span style="font-family:Symbol">&middot;</span>'
                         '<span style="font:7.0pt \'Times New Roman\'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
                         f'{linkify(html.escape(line[2:], quote=False))}<o:p></o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{linkify(html.escape(line, quote=False))}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


WROTE_RE = re.compile(r"^On .+ wrote:$")


def gmail_html(plain):
    """Roughly what Gmail / Google Workspace produces."""
    lines = plain.rstrip("\n").split("\n")
    cut = None
    for i, line in enumerate(lines):
        if WROTE_RE.match(line):
            cut = i
            break
    main = lines if cut is None else lines[:cut]
    out = ['<div dir="ltr">']
    for line in main:
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{linkify(html.escape(line, quote=False))}</div>")
    out.append("</div>")
    if cut is not None:
        quoted = []
        for line in lines[cut + 1:]:
            q = line[1:] if line.startswith(">") else line
            q = q[1:] if q.startswith(" ") else q
            quoted.append(linkify(html.escape(q, quote=False)) if q.strip() else "")
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   + html.escape(lines[cut], quote=False) + '<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                   + "<br>\n".join(quoted) + "</blockquote></div>")
    return "\n".join(out) + "\n"


def alt(plain, html_text, boundary, cte_plain=None, cte_html=None):
    return multipart("alternative", boundary, [text(plain, "plain", cte_plain), text(html_text, "html", cte_html)])


def make_pdf(lines):
    """A tiny, valid one-page PDF with the given lines of text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 790 Td 15 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_png(w=24, h=16, rgb=(20, 90, 140)):
    """A small solid-colour PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------

def build(m, number):
    seed = hashlib.sha1(f"r37-personal-{m['slug']}".encode()).hexdigest()
    if m["mailer"] == "outlook":
        mid = f"<{seed[:4].upper()}P265MB{seed[4:8].upper()}{seed[8:28].upper()}@{seed[28:32].upper()}P265MB{seed[32:36].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    elif m["mailer"] == "gmail":
        mid = f"<CA+{base64.b64encode(bytes.fromhex(seed[:30])).decode().replace('/', '_')}@mail.gmail.com>"
    else:
        mid = f"<{seed[:16]}.{number:03d}@{DOM}>"
    hdr = []
    hdr.append(("From", fmt_addr(m["sender"])))
    hdr.append(("To", fold_addrs(m["to"])))
    if m["cc"]:
        hdr.append(("Cc", fold_addrs(m["cc"])))
    if m["reply_to"]:
        hdr.append(("Reply-To", fmt_addr(m["reply_to"])))
    subj = m["subject"]
    if m["subj_enc"] == "b" or (m["subj_enc"] is None and not is_ascii(subj)):
        subj = ew_b(subj)
    elif m["subj_enc"] == "q":
        subj = ew_q(subj)
    hdr.append(("Subject", subj))
    hdr.append(("Date", m["date"]))
    hdr.append(("Message-ID", mid))
    if m["in_reply_to"]:
        ref = "<" + hashlib.sha1(m["in_reply_to"].encode()).hexdigest()[:24] + "@" + m["in_reply_to"].split("@")[-1] + ">"
        hdr.append(("In-Reply-To", ref))
        hdr.append(("References", ref))
    if m["mailer"] == "outlook":
        hdr.append(("Thread-Topic", re.sub(r"^(RE|Re|FW|Fwd|FW): ", "", m["subject"]) if is_ascii(m["subject"]) else ew_b(m["subject"])))
        hdr.append(("Accept-Language", "en-GB, en-US"))
        hdr.append(("Content-Language", "en-GB"))
    elif m["mailer"] not in ("gmail", "other"):
        hdr.append(("User-Agent", m["mailer"]))
    hdr.extend(m["extra"])
    hdr.append(("MIME-Version", "1.0"))
    body = m["body"]
    top = "".join(f"{k}: {v}\n" for k, v in hdr)
    return (top + render(body)).encode("utf-8")


# --------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------
# F = flag, E = everyday clean, H = hard-negative clean.  They are interleaved
# into a fixed order at the end of the file.

F, E, H = [], [], []


def add(kind, **kw):
    m = dict(cc=[], extra=[], subj_enc=None, mailer="outlook", reply_to=None, in_reply_to=None)
    m.update(kw)
    m["to"], m["cc"] = list(m["to"]), list(m["cc"])
    {"F": F, "E": E, "H": H}[kind].append(m)


# ============================== FLAGS =====================================

add("F", slug="surf_club_text_me_saturday", label="flag", sender=S("jtrev"), to=[JANE],
    subject="Surf club Saturday - swell check", date=uk_date(2024, 9, 26, 16, 48, 12),
    note="PE teacher tells parent to text his own mobile at the weekend",
    body=text("""\
Hi Mrs Parent,

Just a heads-up for Saturday. The forecast is showing a big groundswell
arriving overnight Friday, 8-10ft at the point by the morning, which is well
beyond what I'm happy taking the Year 11 improvers out in. I'll make the call
at about 7 on Saturday once I've had a look at the beach myself.

If it's a no-go we'll do a pool session at the leisure centre instead,
10 till 11.30, same kit plus a towel and a pound for the locker.

Easiest thing is just text me on 07700 900317 Saturday morning and I'll let
you know either way - I'll be up early anyway as I'm on call for the boat
this weekend.

She did really well last week by the way, popped up first time on the
second wave and didn't stop grinning all the way back up the slipway.

Cheers,
Jago

""" + SIG("jtrev")))

add("F", slug="nea_draft_send_to_gmail", label="flag", sender=S("mrowe"), to=[RUBY],
    subject="NEA draft – before Easter", date=uk_date(2025, 3, 28, 15, 22, 40),
    note="English teacher asks Y13 pupil to send coursework to her personal gmail",
    body=None)
_p = """\
Hi Ruby,

Thanks for the latest version of your NEA – the comparison between Rebecca and Jane Eyre is really starting to take shape, and the section on Manderley as a character is the best thing you've written this year.

A few things to look at before the final draft:
- your introduction still promises three strands and you only really deliver two
- the Alison Light quotation needs a proper reference
- watch the word count: you're at 2,860 and the ceiling is 3,000 including quotations

I know you're working at the campsite café over the holidays, so don't panic about the school deadline being the Friday we come back. If you get a draft done before then, send it to my own email, morwenna.rowe.reads@gmail.com, as I can never get the school remote login to work from home and I'd rather not leave you waiting a fortnight for comments.

Have a good break – and get some sleep!

""" + SIG("mrowe") + "\n"
F[-1]["body"] = alt(_p, outlook_html(_p), "_000_R37P002NEAdraftmrowe_", "quoted-printable", "quoted-printable")

add("F", slug="gig_oars_come_round_home", label="flag", sender=S("pangove"), to=[ALI],
    subject="Gig oars - finishing off over half term", date=uk_date(2025, 2, 13, 17, 5, 3),
    note="DT teacher invites parent and pupil to his home; gives home address and postcode",
    body=text("""\
Dear Mr Guardian,

Your son mentioned you'd be keen to see the oar he's been shaping for the
pilot gig project before it goes off to the rowing club. It's come on
brilliantly – he's got a real eye for the grain and the loom is almost done.

The workshop at school is shut over half term while they replace the dust
extraction, so I've brought the oars home to finish the varnishing in my
shed. You're both very welcome to pop round on the Wednesday or Thursday
afternoon and he can put the last coat on himself, which I think he'd like.

I'm at Chy Coth, 2 Wheal Agnes Row, Porthgwyn TR20 9QX – the grey cottage up
behind the chapel with an old punt upside down in the front garden. Any time
after 2 is fine, just knock.

Best wishes,

""" + SIG("pangove"), cte="8bit", charset="utf-8"))

_h = """\
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dear Sam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for coming in on Tuesday. I know it wasn&#8217;t an easy conversation and I really appreciated you being so open about how things have been at home since his grandad passed.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;ve spoken to his tutor and his teachers, and they all know to give him a bit of space if he needs it. He has a time-out card now, which lets him go to the Base at any point in a lesson without having to explain himself, and Mrs Matthews in Welfare will check in with him each morning when the St Buryan bus gets in.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">He seemed a bit brighter today &#8211; he was laughing with his mates at lunch, which was lovely to see.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If anything comes up over the weekend please don&#8217;t hesitate to ring or text me on my mobile (it&#8217;s at the bottom of this email). I&#8217;d much rather hear from you than have him worrying about Monday all weekend.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Tamsin<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="border-left:solid #1F6F8B 2.25pt;padding:0cm 0cm 0cm 6.0pt">
<p class="MsoNormal"><b><span style="color:#1F6F8B">Tamsin Pascoe</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Head of Year 9<br>Example School, Park Row, LS1 4AP</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Office:&nbsp;01632&nbsp;960000&nbsp;&nbsp;|&nbsp;&nbsp;Mobile:&nbsp;07700&nbsp;900&nbsp;582</span><o:p></o:p></p>
</td></tr></table>
</div>
</body>
</html>
"""
add("F", slug="hoy9_checking_in_mobile_in_sig", label="flag", sender=S("tpascoe"), to=[SAM],
    subject="Checking in after this week", date=uk_date(2024, 11, 22, 15, 41, 9),
    note="HTML-only; head of year invites carer to ring her mobile, given in signature with &nbsp;",
    body=text(_h, "html", "quoted-printable"))

_p = """\
Hi all,

Right, the practice expedition is a fortnight on Saturday – the walk from Botallack round the coast path to Zennor, camping at the farm site, and back inland on the Sunday. Kit check is Thursday lunchtime in G4. Bring everything packed exactly as you'd carry it, including the trangia and your group's share of the food.

Lots of you have asked about a group chat so you can sort out who's bringing what. I've set up a WhatsApp group for the expedition – save my number 07700900641 and I'll add you all tonight, or message me and I'll send the link. Please keep it to DofE stuff only!

Weather is looking mixed so waterproofs are NOT optional, and nobody is walking in trainers after last year.

Miss Rodda is copied in as she's the second member of staff on the walk.

Mr Tonkin

--
""" + SIG("btonkin") + "\n"
add("F", slug="dofe_whatsapp_group_number", label="flag", sender=S("btonkin"),
    to=[LOWEN, FREYA, TOBY, SEREN], cc=[S("krodda")],
    subject="Bronze DofE practice expedition – kit check and group chat", date=uk_date(2025, 4, 24, 19, 12, 55),
    note="DofE leader asks pupils to save his number (no spaces) for a WhatsApp group", mailer="gmail",
    body=alt(_p, gmail_html(_p), "000000000000a1b2c3r37p005dofe"))

add("F", slug="fiddle_tune_instagram_follow", label="flag", sender=S("ecarne"), to=[OLLY],
    subject="Re: the tune from Tuesday", date=uk_date(2024, 12, 5, 20, 3, 27),
    in_reply_to=f"olly-tune@{PDOM}",
    note="music teacher invites Y9 pupil to follow her personal Instagram",
    body=text("""\
Hi Olly,

The one we played at the end was "Tom Bawcock's Eve" - the Mousehole one
about the stargazy pie. It's in the Year 9 folder on Teams but only the
melody, not the fiddle harmony part I was playing.

I post most of the session tunes I'm learning on my Instagram,
@elowen.fiddles - give me a follow and you can play along with the videos.
The harmony's on there from about three weeks ago.

Glad you enjoyed it!
Miss Carne

On Thu, 5 Dec 2024 at 18:47, Olly Bennetts <22obennetts@pupils.example-school.org.uk> wrote:
> hi miss what was the song called at the end of music on tuesday, the one
> about the fish pie. my grandad knows it but he cant remember all the words
"""))

_b = """\
Dear Mrs Parent,

Thank you for getting your daughter's sixth form application in ahead of
the deadline. She's asked for Biology, Chemistry and Geography, with
Environmental Science as a possible fourth - great choices given how much
she enjoyed the rocky shore fieldwork at Marazion last summer.

Application interviews run from 3 to 7 February. I've pencilled her in for
Tuesday 4th at 2.10pm with me in the sixth form centre; it's a relaxed
chat, about fifteen minutes, and she's welcome to bring her Year 11 report.

I'm out of school on a course for most of next week, so I've set replies
on this email to go to my home address so that nothing gets missed - just
hit reply as normal and it will reach me.

Kind regards

""" + SIG("sjenkin") + "\n"
add("F", slug="sixth_form_interview_reply_to_hotmail", label="flag", sender=S("sjenkin"), to=[JANE],
    reply_to=("Sarah Jenkin", "sarah.jenkin74@hotmail.co.uk"),
    subject="Sixth form application - interview slot", date=uk_date(2025, 1, 23, 12, 31, 4),
    note="base64 body; Reply-To set to head of sixth form's personal hotmail",
    body=text(_b, cte="base64", charset="utf-8"))

add("F", slug="maths_set_cc_home_btinternet", label="flag", sender=S("tbolitho"), to=[ALI],
    cc=[("Tom Bolitho", "tom.bolitho@btinternet.com")],
    subject="Re: Maths set change", date=uk_date(2025, 3, 5, 16, 14, 38), mailer="gmail",
    in_reply_to="ali-maths@btinternet.com",
    note="maths teacher copies his personal btinternet address into a reply to a parent",
    body=text("""\
Dear Mr Guardian,

Thanks for getting in touch, and sorry it's taken me a couple of days.

The move to set 2 isn't a reflection on effort at all - if anything he's
one of the hardest workers in the room. It's purely that set 2 are sitting
the Foundation paper in the summer mocks and I think he'd get more out of
the pace there for now. We review the sets again after the mocks and it is
absolutely possible to move back up.

I've copied in my home email as I'm off on paternity leave from Friday
(baby due any day!) and I'll keep an eye on that one if anything comes up
about the set change while I'm away. Mrs Tregear will be taking the class
in the meantime.

Best wishes,
Tom Bolitho

On Mon, 3 Mar 2025 at 21:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello Mr Bolitho,
>
> My son came home upset today saying he's been moved down a maths set. He's
> been out on the boat with me a few early mornings this term but I didn't
> think it had affected his school work. Could you explain the reasons?
>
> Thanks
> Ali Guardian
"""))

_b = """\
Dear Sam,

Thank you for sending back the views form so quickly - it's really helpful
to have his own words in there, and the bit about wanting to work on the
boats "like Dad and Uncle Jory" made me smile.

The annual review meeting is booked for Wednesday 12 March at 3.30pm in
the SEN room (the old sixth form office, next to reception). The
educational psychologist will join by video for the first half hour.

I know it can be hard for you to get to school during the day with the
tides the way they are, so if it's easier to talk things through in the
evening once you're back in from the boat, ring me at home on
(01632) 960 418 - I'm usually in after six.

Best wishes,
Gwen

""" + SIG("gpenrose") + "\n"
add("F", slug="ehcp_review_ring_me_at_home", label="flag", sender=S("gpenrose"), to=[SAM],
    subject="Annual review - date and paperwork", date=uk_date(2025, 2, 26, 13, 8, 50),
    note="base64 body; SENCo gives her home landline in brackets format",
    body=text(_b, cte="base64", charset="utf-8"))

_qp = """\
Hi all,

Just a quick one as a couple of you asked at the end of the lesson. I'm on =
call for the lifeboat this weekend so I won't be checking school email much=
, but if you get properly stuck on the source analysis section of the cours=
ework, text me on my mobile 07700 90=
0274 and I'll get back to you when I can.

Remember: provenance first, then content. I don't want three paragraphs te=
lling me what the 1817 wreck report says - tell me who wrote it, why, and w=
hat they might have had reason to leave out.

Drafts in by Wednesday please.

Have a good weekend,
Mr P

Mr E Pengelly
History
Example School
"""
add("F", slug="history_coursework_mobile_qp_split", label="flag", sender=S("epengelly"),
    to=[JOWAN, LILY, HARRY], subject="Coursework - this weekend", date=uk_date(2025, 1, 17, 15, 36, 2),
    note="quoted-printable soft line break splits the teacher's personal mobile; sent to pupils",
    body=raw_text(_qp, cte="quoted-printable", charset="us-ascii"))

_vcf = crlf("""\
BEGIN:VCARD
VERSION:3.0
N:Whitford;Hannah;;;
FN:Hannah Whitford
ORG:Example School;Careers
TITLE:Careers Lead
TEL;TYPE=CELL,VOICE:+44 7700 900835
TEL;TYPE=WORK,VOICE:01632 960000
EMAIL;TYPE=HOME,INTERNET:hannah.whitford@icloud.com
EMAIL;TYPE=WORK,INTERNET:h.whitford@example-school.org.uk
REV:20250612T091500Z
END:VCARD
""")
_p = """\
Hi Jowan,

Great news – Porthgwyn Surf School have said yes to taking you on for the summer as an assistant instructor, as long as you pass your beach lifeguard award in June (which I'm sure you will). They'd like you to come in for a short induction on the Saturday after we break up, 10am at the hut by the slipway.

They'll need the parental consent form and a copy of your NI number letter before then – I've put both on your careers page in Unifrog.

As you'll be working through the holidays when school's closed and I won't be in, I've attached my contact card so you've got my mobile and home email – message me if there's any problem with the paperwork, or if anything about the job doesn't feel right.

Well done, you've really earned this.

Hannah

""" + SIG("hwhitford") + "\n"
add("F", slug="summer_job_vcard_attached", label="flag", sender=S("hwhitford"), to=[JOWAN],
    subject="Summer job at the surf school - next steps", date=uk_date(2025, 6, 12, 10, 16, 21),
    note="careers lead attaches vCard with personal mobile (+44) and icloud address for a pupil",
    body=multipart("mixed", "_004_R37P011careersvcard_", [
        alt(_p, outlook_html(_p), "_000_R37P011careersvcard_", "quoted-printable", "quoted-printable"),
        attach("Hannah Whitford.vcf", "text/x-vcard", _vcf)]))

_ics = crlf("""\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T180000Z
DTEND:20250327T182000Z
DTSTAMP:20250324T164502Z
ORGANIZER;CN=Priya Das:mailto:priyadas.kernow@gmail.com
UID:r37p012speakingcall@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Jane
 Parent:mailto:jane.parent@gmail.com
SUMMARY:Phone call - French speaking exam (Mme Das)
LOCATION:Phone call - I will ring you from my mobile 07700 900512
DESCRIPTION:Quick chat about the speaking exam and the photo card practice.
 If I'm running late or you need to rearrange just text me on 07700 900512.
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
add("F", slug="french_speaking_call_ics_invite", label="flag", sender=S("pdas"), to=[JANE],
    subject="Invitation: Phone call - French speaking exam, Thu 27 Mar 6pm", date=uk_date(2025, 3, 24, 16, 45, 2),
    note="calendar invite (.ics) from teacher's personal gmail with her mobile in LOCATION/DESCRIPTION",
    mailer="gmail",
    body=multipart("mixed", "000000000000f00dr37p012mixed", [
        text("""\
Dear Mrs Parent,

As promised, here's an invitation for our call on Thursday at 6pm about
the speaking exam. The school phones go to voicemail after five, so I'll
ring you from my own phone - the number is in the invite in case you need
to move it.

She honestly has nothing to worry about; her photo card answers in the
last practice were some of the best in the group.

Bien cordialement,
Mme Das
"""),
        attach("invite.ics", "text/calendar", _ics, cte="7bit", extra_ct=" charset=\"UTF-8\"; method=REQUEST;")]))

_p = """\
Hi everyone,

As promised, the club now has its own Discord server so we can sort out practice times for the Rocket League cup and not lose everything in Teams chats.

Join here: https://discord.gg/pRtgwyn7kx

Once you're in, add me as a friend – I'm keirv_kernow on there – and I'll give you the Player role so you can see the match channels.

Practice is still Tuesdays and Thursdays after school in IT3 until the late bus.

Keir
"""
add("F", slug="esports_discord_add_me", label="flag", sender=S("kvingoe"),
    to=[TYLER, EVIE, AMELIA, OLLY], subject="Esports club – new Discord server 🎮", subj_enc="b",
    date=uk_date(2025, 1, 30, 14, 2, 11),
    note="IT technician invites pupils to a Discord server and to add his personal account",
    body=alt(_p, outlook_html(_p), "_000_R37P013esportsdiscord_", "quoted-printable", "quoted-printable"))

_p = """\
Hi Sam,

Lovely to meet you properly at the pool on Saturday – he did really well in the rescue relay and the coaches were impressed with his tow.

I've just sent you a friend request on Facebook (Nadia Ashworth, the profile picture with the spaniel on the beach). The lifesaving club's parents' group is private, and it only lets me add people I'm friends with, so if you accept I'll pop you in. That's where all the lifts to galas get sorted, and the kit swaps.

See you at the next session,
Nadia

""" + SIG("nashworth") + "\n"
add("F", slug="lifesaving_facebook_friend_request", label="flag", sender=S("nashworth"), to=[SAM],
    subject="Lifesaving club - keeping in touch", date=uk_date(2024, 10, 8, 18, 27, 45),
    note="teacher sends carer a Facebook friend request on her personal profile",
    body=alt(_p, outlook_html(_p), "_000_R37P014lifesavingfb_", "quoted-printable", "quoted-printable"))

add("F", slug="ta_bus_stop_whatsapp_0044", label="flag", sender=S("jspargo"), to=[JANE],
    subject="Bus stop in the mornings", date=uk_date(2024, 11, 7, 15, 55, 30),
    note="TA offers WhatsApp on her own number written 0044 ...",
    body=text("""\
Dear Jane,

Thank you for letting us know about the mornings. Now the clocks have gone
back it's pitch black at the Carn Du stop when the 7.10 comes through and I
can completely understand why she's been getting herself in a state.

I've had a word with Chris in transport and he's going to ask the driver to
pull right in at the layby rather than stopping on the bend, which should
help. I'll meet her off the bus at the front gate for the next few weeks so
she's got a friendly face first thing, and we'll take it from there.

If she's having a bad morning and you want to give me a heads-up before she
gets in, WhatsApp me any time on 0044 7700 900193 – I'm up early anyway
with the dog.

Best wishes,
Julie

""" + SIG("jspargo"), cte="8bit", charset="utf-8"))

_p = """\
Dear Mr Guardian,

Thanks for this, and please don't apologise – it's good that you've told me now rather than at the end of the year.

I've spoken to his Geography and Engineering teachers and we've agreed an extended deadline for both pieces, to the Friday after half term. He can use the library after school on Tuesdays and Thursdays, which still gets him on the 4.20 bus.

In future please use rob@hichens.example.net – it's our family email and I check it far more often than this one, especially on the days I'm out on the boat with the lifeboat crew. It'll get to me much quicker.

Best wishes,
Rob

""" + SIG("rhichens") + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 04 February 2025 20:41
To: Rob Hichens <r.hichens@example-school.org.uk>
Subject: Coursework

Dear Mr Hichens,

I'm sorry to say my son has got behind with his coursework. The crab season has been good and I've had him out helping me haul pots before school more than I should. That's my fault not his. Is there any way he can have a bit more time?

Regards
Ali Guardian
"""
add("F", slug="hoy10_use_family_domain_email", label="flag", sender=S("rhichens"), to=[ALI],
    subject="RE: Coursework", date=uk_date(2025, 2, 5, 8, 2, 16), in_reply_to="ali-cw@btinternet.com",
    note="head of year asks parent to use his family-domain personal e-mail",
    body=alt(_p, outlook_html(_p), "_000_R37P016hichensfamily_", "quoted-printable", "quoted-printable"))

add("F", slug="easter_revision_at_my_house", label="flag", sender=S("tcarlyon"),
    to=[RUBY, ETHAN, MEGAN, DANIEL], subject="Easter revision morning",
    date=uk_date(2025, 3, 31, 12, 40, 33),
    note="teacher invites Y13 pupils to a revision session at her home, street address without postcode",
    body=text("""\
Hi all,

As promised, one last push on the ethics paper before the exams. We'll do
the revision morning on Tuesday 15 April, 10 till 1.

Rather than coming in when the site's locked up, we'll do it at mine -
4 Chapel Terrace, down in the harbour, the one with the blue door opposite
the Lugger. Come round the back through the yard as the front door sticks.
I'll do pasties and there'll be tea on the go.

Bring your past paper attempts on Kant and situation ethics, and your
annotated anthology if you've still got it.

Mrs Carlyon
"""))

add("F", slug="rugby_add_me_on_snapchat", label="flag", sender=S("snank"), to=[CALLUM],
    subject="Wednesday fixture", date=uk_date(2024, 10, 14, 21, 15, 0),
    note="PE teacher asks a Y11 pupil to add him on Snapchat",
    body=text("""\
Callum,

Good shift on Saturday, you ran their back row ragged in the second half.
Team sheet for Wednesday at Penwartha goes up tomorrow, you're starting at 8.

Easier if you add me on snap - coach_nank - then I can message you and the
lads there when fixtures get moved about, half of you never check this.

Mr N
"""))

_p = """\
Dear Sam,

Just a note to say he's missed the last two science lessons while he was at his hospital appointments, and we've started the 'Cells' topic, so I've put the worksheets and the microscope slides PowerPoint in the Class Notebook for him.

There's no pressure to get through it all this week – he can come to the catch-up session on Wednesday lunchtime in S2 if he'd like some help with the diagrams.

If it's easier than email, feel free to text me on my number below, I'm happy to answer any questions.

Best wishes,

Anna Blewett
Science Department
Example School
M: 07700.900.662
"""
_h = outlook_html(_p)
add("F", slug="science_catchup_mobile_dotted", label="flag", sender=S("ablewett"), to=[SAM],
    subject="Science catch-up – ‘Cells’ topic", date=uk_date(2025, 1, 15, 16, 2, 48),
    note="RFC 2047 subject; science teacher offers texting her mobile written with dots in signature",
    body=alt(_p, _h, "_000_R37P019blewettcells_", "quoted-printable", "base64"))

add("F", slug="bus_escort_yahoo_in_signature", label="flag", sender=S("irowse"), to=[SAM],
    subject="RE: Pick up point", date=uk_date(2024, 9, 19, 17, 29, 7), in_reply_to="sam-bus@outlook.com",
    note="bus escort TA signs off with personal yahoo address and mobile, invites carer to use them",
    body=text("""\
Hi Sam,

No problem at all. I'll let the driver know he's getting off at the
Trevean crossroads on Tuesdays and Thursdays instead of the village, and
I'll keep an eye that he actually does!

Feel free to drop me a line on my own email below if it's ever easier,
I don't get to a computer much during the day being on the bus both ends.

Ian

Ian Rowse
TA / Route 4 bus escort
ianrowse1968@yahoo.co.uk
07700 900904

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 19 September 2024 12:04
To: Ian Rowse <i.rowse@example-school.org.uk>
Subject: Pick up point

Hi Ian, on Tuesdays and Thursdays he's going to his nan's after school
so could he get off at the crossroads instead of going on into the
village? She'll meet him there. Thanks, Sam
""", cte="quoted-printable", charset="utf-8"))


# ============================ EVERYDAY CLEAN ==============================

_p = """\
Dear Parents and Carers,

What a half term! A few highlights before we all head off for a well-earned break.

SURF AND LIFESAVING
Our surf team came back from the county schools' championships with two golds and a bronze, and the lifesaving club passed 14 new Rookie Lifeguard awards. Huge thanks to Mr Trevithick, Dr Ashworth and the volunteers from the surf lifesaving club who gave up their Saturdays.

LIFEBOAT OPEN DAY
Thank you to everyone who came down to the station for the open day and to the Year 8s who ran the cake stall – they raised £312 for the crew's new kit. Several of our staff crew the boat and they were very touched.

KERNEWEK CLUB
Ms Rowe's Cornish language club has grown to 23 members. New speakers are welcome on Wednesday lunchtimes in E3 – no experience needed. Dydh da!

HARVEST
Our harvest collection for the fishermen's mission filled four crates. Thank you.

WINTER BUSES
From 4 November the Route 2 and Route 6 buses will leave 10 minutes earlier in the afternoon to allow for the lanes in the dark. Full timetables are on the website under Parents > Transport.

DATES
- Monday 4 November: school reopens (Week B)
- Thursday 14 November: Year 11 parents' evening
- Friday 15 November: non-uniform day (Children in Need)

Have a restful half term.

Michael Chegwidden
Headteacher

""" + SIG("office") + "\n"
add("E", slug="newsletter_october_half_term", label="clean", sender=S("office"), to=[JANE, SAM, ALI],
    subject="Newsletter – October half term", date=uk_date(2024, 10, 25, 13, 0, 0),
    note="half-term newsletter to parents; only school contact details",
    body=alt(_p, outlook_html(_p), "_000_R37P101newsletteroct_", "quoted-printable", "quoted-printable"))

add("E", slug="attendance_monday_absence", label="clean", sender=S("attend"), to=[SAM],
    subject="Absence on Monday 14 October", date=uk_date(2024, 10, 15, 9, 12, 30),
    note="attendance officer asks for reason for absence",
    body=text("""\
Dear Sam,

Our records show that your son was absent from school on Monday 14 October
and we haven't yet received a reason for the absence.

Could you please reply to this email, or ring the attendance line (option 1
on the main school number below), to let us know why he was off? If he was
unwell, there's no need for a doctor's note for a single day.

If we don't hear from you the absence will be recorded as unauthorised.

Many thanks,

""" + SIG("attend")))

add("E", slug="maths_homework_simultaneous_eqns", label="clean", sender=S("tbolitho"),
    to=[LOWEN, FREYA, TOBY, SEREN], subject="Homework - simultaneous equations (due Thursday)",
    date=uk_date(2024, 11, 12, 15, 25, 0), mailer="gmail",
    note="maths homework reminder to pupils",
    body=text("""\
Hi 10M2,

Homework is on Sparx as usual, but I've also put a worksheet on Teams for
anyone who wants extra practice on the elimination method - it's the one
with the ice creams and the pasties. Questions 1-8 everyone, 9-12 if you
want a challenge.

Due Thursday. If you're on the Route 6 bus and lose signal halfway home,
download it before you leave school!

Mr Bolitho
"""))

add("E", slug="cover_list_friday", label="clean", sender=S("cover"), to=[STAFFLIST],
    subject="Cover - Friday 22 November", date=uk_date(2024, 11, 21, 15, 48, 12),
    note="cover list to all staff",
    body=text("""\
Good afternoon all,

Cover for tomorrow (Friday 22 Nov, Week B). Mr Nankervis and Mr Trevithick
are out with the county cross-country team; Miss Carne is on the Truro
music course.

P1  10PE1  Sports Hall -> E7   Mrs Tregear (theory lesson, work on Teams)
P2  8PE3   Field -> G2         Cover supervisor
P2  9Mu2   M1                  Mr Jewell
P3  11PE   Sports Hall         Mr Hichens (practical, badminton)
P4  7Mu1   M1                  Cover supervisor
P5  12BTEC Sports Lab          Ms Pollard (coursework catch-up)

Duties: Mr Trevithick's break duty on the top yard is covered by Mr Opie.

Please check the cover folder in the staffroom before registration and let
me know if there are any problems.

Thanks,
Alison

""" + SIG("cover")))

_letter = make_pdf([
    "Example School, Park Row, LS1 4AP   01632 960000",
    "",
    "Year 10 Geography fieldwork: Porthgwyn estuary",
    "Date: Thursday 13 March 2025, periods 1-4",
    "Pupils will walk to the estuary with staff and return for lunch.",
    "They will need wellies or old trainers, a waterproof and a packed snack.",
    "Cost: GBP 3.00 towards transect equipment, payable via the parent app.",
    "Please complete the consent form on the parent app by Friday 7 March.",
    "",
    "Mr B Tonkin, Geography",
])
_p = """\
Dear Parents and Carers,

Please find attached a letter about the Year 10 Geography fieldwork at the Porthgwyn estuary on Thursday 13 March. This is the data collection for their GCSE physical geography investigation, so it's really important that everyone comes.

Consent and the £3 contribution are both through the parent app as usual.

Kind regards,
Ben Tonkin

""" + SIG("btonkin") + "\n"
add("E", slug="y10_estuary_fieldwork_letter", label="clean", sender=S("btonkin"), to=[ALI, JANE],
    subject="Year 10 Geography fieldwork - letter attached", date=uk_date(2025, 2, 27, 11, 3, 40),
    note="trip letter to parents with PDF attachment",
    body=multipart("mixed", "_004_R37P105estuaryletter_", [
        alt(_p, outlook_html(_p), "_000_R37P105estuaryletter_", "quoted-printable", "quoted-printable"),
        attach("Y10 Geography fieldwork March 2025.pdf", "application/pdf", _letter)]))

add("E", slug="lost_pe_hoodie_reply", label="clean", sender=S("jtrev"), to=[JANE],
    subject="Re: Lost hoodie", date=uk_date(2024, 10, 3, 12, 52, 9), mailer="gmail",
    in_reply_to="jane-hoodie@gmail.com",
    note="reply to parent about lost PE kit, quoted thread",
    body=text("""\
Hi Mrs Parent,

Good news - there's a navy hoodie with her initials on the label in the
lost property box outside the changing rooms. I've put it in the PE office
and she can collect it at break tomorrow.

There's also a single black trainer in there that I suspect is hers too,
unless she's only got one foot!

Jago Trevithick

On Wed, 2 Oct 2024 at 20:31, Jane Parent <jane.parent@gmail.com> wrote:
> Hello, sorry to bother you. My daughter has lost her navy school PE hoodie,
> she thinks she left it in the changing rooms after surf club on Monday.
> It's got her initials written in the label. Could someone have a look?
> Many thanks, Jane
"""))

_h = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:620px">
<tr><td style="background:#1F6F8B;color:#fff;padding:12px 16px;font-size:18px"><b>Example School</b> &middot; Parent information</td></tr>
<tr><td style="padding:16px">
<p>Dear Parents and Carers of Year 11,</p>
<p>Mock examination reports are now available to view on the parent app. You will find them under <b>Documents &gt; Reports</b>. Each report shows the mock grade for every subject alongside your child's current working-at grade and target grade.</p>
<p>Please take some time to go through the report with your child over the weekend. Form tutors will be discussing the results with every student next week, and subject teachers will be at Year 11 parents' evening on <b>Thursday 16 January</b>.</p>
<p>If you have not yet activated your parent app account, please contact the school office and we will send you a new activation link.</p>
<p>With best wishes,<br>Mark Opie<br>Deputy Headteacher</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:12px;color:#666">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></p>
</td></tr></table>
</body></html>
"""
add("E", slug="y11_mock_reports_html_only", label="clean", sender=S("office"), to=[JANE],
    subject="Year 11 mock reports now available", date=uk_date(2025, 1, 9, 16, 0, 0), mailer="other",
    extra=[("X-Mailer", "SchoolComms Bulk Sender 4.2")],
    note="HTML-only bulk notice about reports",
    body=text(_h, "html", "7bit"))

add("E", slug="curriculum_meeting_notes", label="clean", sender=S("mopie"),
    to=[S("djewell"), S("mrowe"), S("tbolitho"), S("pdas"), S("snank")],
    subject="Notes - curriculum leaders 3 Dec", date=uk_date(2024, 12, 4, 7, 58, 1),
    note="staff-only meeting notes",
    body=text("""\
Morning all,

Quick notes from yesterday, full minutes to follow on SharePoint.

1. KS4 options booklet - drafts to me by 17 Jan. Please include the new
   Marine Engineering pathway (with Penwartha College) in your pages where
   relevant. Dan to coordinate Humanities wording.
2. Mock exams - Y11 mocks run 6-10 Jan. Rosie needs final papers by 13 Dec.
   No paper over 1h45 for Y11 this time.
3. Reading - tutor time reading goes to 4 days a week from January. English
   to share the reading list; Tom raised the issue of the Route 6 bus
   arriving after registration, which we'll pick up with Chris.
4. Homework - Sparx/Seneca usage data looks good. MFL to trial Language
   Nut with Y8 from February.
5. AOB - Priya asked about the Breton exchange dates; parked until the
   budget meeting.

Next meeting Tue 14 Jan, 3.30pm, library.

Mark
"""))

_p = """\
Hi Lowen,

I've marked your persuasive piece on jet skis in the harbour – it's really good. Your opening, with the seals hauled out on the slipway and the engine noise bouncing off the harbour wall, puts the reader right there, and you use the rule of three brilliantly in the third paragraph.

Two targets for next time:
- vary your sentence openings – five sentences in a row start with "The"
- your counter-argument needs a rebuttal, otherwise it just agrees with the other side

Working at a solid grade 6. Well done.

Ms Rowe
"""
add("E", slug="english_feedback_persuasive", label="clean", sender=S("mrowe"), to=[LOWEN],
    subject="Your persuasive writing", date=uk_date(2024, 11, 27, 17, 40, 0),
    note="teacher feedback to pupil",
    body=alt(_p, outlook_html(_p), "_000_R37P109mrowefeedback_", "quoted-printable", "quoted-printable"))

add("E", slug="bus_route_diversion_road_closure", label="clean", sender=S("transport"), to=[SAM, ALI],
    cc=[S("office")], subject="Route 4 and Route 6 – diversion from Monday 20 January",
    date=uk_date(2025, 1, 15, 11, 20, 0),
    note="transport notice to parents about bus diversion",
    body=text("""\
Dear Parents and Carers,

Highways will be closing the lane between Treveglos and Carn Du from Monday
20 January for three weeks while they rebuild the collapsed hedge and
culvert by the ford.

While the road is closed:

- Route 4 will pick up at Treveglos chapel instead of the Carn Du layby, at
  the same time (07:12). In the afternoon it will drop at the chapel at
  about 16:35.
- Route 6 will run its normal route but will be around 10 minutes later in
  the morning because of the diversion via the main road. Registration will
  not be affected – the bus is marked as late on our system.

We know this is a long journey already for many of our students, so thank
you for your patience. Please make sure your child has a coat and a charged
phone – it will still be dark for the morning pick-up.

If you have any questions, please email transport@ or ring the school
office.

Kind regards,

""" + SIG("transport"), cte="quoted-printable"))

_p = """\
Dear Year 13,

A reminder that our internal deadline for UCAS applications is Friday 15 November. This is well before UCAS's own deadline, because every application needs a reference, predicted grades and a final check from me before it goes.

By the deadline you need to have:
- completed every section in Apply, including your personal statement
- paid the application fee
- clicked "send to referee"

If you're applying for an apprenticeship or going straight into work (and there are plenty of you heading to the boatyard, the harbour office and the NHS trust – brilliant), please book a meeting with Mrs Whitford so we can support you just as much.

Drop-in help is every Wednesday after school in the sixth form study room.

Mrs Jenkin

""" + SIG("sjenkin") + "\n"
add("E", slug="ucas_internal_deadline_y13", label="clean", sender=S("sjenkin"),
    to=[RUBY, ETHAN, MEGAN, DANIEL], subject="UCAS – internal deadline 15 November",
    date=uk_date(2024, 11, 4, 8, 30, 0), note="sixth form deadline reminder to pupils",
    body=alt(_p, outlook_html(_p), "_000_R37P111ucasdeadline_", "quoted-printable", "quoted-printable"))

_p = """\
Dear all,

As we reach the end of a long and very full autumn term, I wanted to say a proper thank you.

It has been a term of storms – three days of buses not running, a power cut during the Year 11 mocks, and the sea coming over the wall onto the bottom car park – and yet it's also been a term where our students have done remarkable things. Two of our sixth formers were part of the shout on the 6th when the lifeboat went out to the trawler off the point, as shore crew, and did the school proud.

Thank you for the late nights at parents' evenings, the Saturdays on the beach, the carol service, and the hundred small kindnesses I don't get to see.

Staff lunch is on Thursday 19th in the hall from 12.30 – Demelza and the kitchen team have outdone themselves.

Nadelik lowen ha blydhen nowydh da – Merry Christmas and a happy new year.

Michael

""" + SIG("head") + "\n"
add("E", slug="head_end_of_term_thanks", label="clean", sender=S("head"), to=[STAFFLIST],
    subject="End of term – thank you", date=uk_date(2024, 12, 18, 17, 2, 0),
    note="headteacher thank-you to all staff",
    body=alt(_p, outlook_html(_p), "_000_R37P112endofterm_", "quoted-printable", "quoted-printable"))

_p = """\
Dear Sam,

Thank you for your email, and for coming to options evening.

Yes, he can take both Engineering and the new Marine Engineering pathway – they run in different option blocks, so there's no clash. The Marine pathway is taught one afternoon a week at Penwartha College's waterfront site, with transport provided by us, and includes time at the boatyard in the summer term.

The only thing I'd flag is that choosing both means he'd drop either Geography or History, as we need every student to take at least one humanities subject and he's already got those in the same block. He'd need to choose one.

The deadline for the options form is Friday 7 March.

Kind regards,
Mark Opie

""" + SIG("mopie") + """

From: Sam Carer <sam.carer@outlook.com>
Sent: 26 February 2025 19:15
To: Mark Opie <m.opie@example-school.org.uk>
Subject: Options question

Dear Mr Opie,
Thank you for a useful evening last night. He is very keen on doing Engineering and also the marine course with the college. Is it possible to do both?
Many thanks
Sam Carer
"""
add("E", slug="options_engineering_reply", label="clean", sender=S("mopie"), to=[SAM],
    subject="RE: Options question", date=uk_date(2025, 2, 27, 9, 40, 55), in_reply_to="sam-options@outlook.com",
    note="deputy head replies to parent about GCSE options, Outlook quoted block",
    body=alt(_p, outlook_html(_p), "_000_R37P113options_", "quoted-printable", "quoted-printable"))

add("E", slug="christmas_concert_rehearsals", label="clean", sender=S("ecarne"),
    to=[OLLY, AMELIA, TYLER, EVIE, KIT, BETHANY], subject="Christmas concert rehearsals",
    date=uk_date(2024, 11, 25, 12, 15, 0),
    note="music rehearsal schedule to pupils",
    body=text("""\
Hi everyone,

Three weeks to go! Here's the rehearsal plan:

Tue 26 Nov   lunchtime   Choir (M1)
Thu 28 Nov   after school until 4.15   Band + choir together (Hall)
Tue 3 Dec    lunchtime   Choir (M1)
Thu 5 Dec    after school until 4.15   Full run-through (Hall)
Tue 10 Dec   after school until 5.30   Dress rehearsal at St Piran's church

The concert itself is Wednesday 11 December, 7pm, at St Piran's.

Late bus leaves at 4.20 on Thursdays. For the dress rehearsal you'll need a
lift home - please check with your parents now rather than on the day.

Black on the bottom, white on top, Santa hats optional but encouraged.

Miss Carne
"""))

add("E", slug="access_arrangements_mocks_staff", label="clean", sender=S("gpenrose"),
    to=[S("exams"), S("cover")], cc=[S("mopie")],
    subject="Access arrangements for Y11 mocks", date=uk_date(2024, 12, 10, 10, 5, 32),
    note="SENCo to exams officer and cover manager, staff-only",
    body=text("""\
Hi Rosie, hi Alison,

Attached list is on SharePoint (SEN > Access Arrangements > Mocks Jan 25).
Summary:

- 11 students with 25% extra time
- 4 readers (two can share a room - see the notes column)
- 3 scribes, one of whom also needs a word processor
- 2 rest breaks only
- 1 separate invigilation (small room, please not the one next to the
  music rooms)

I've only got 3 TAs who are trained as readers/scribes, so the Tuesday
morning with English and Geography back to back is going to be tight.
Alison, could we borrow Julie from the Year 7 timetable that morning?

Thanks both,
Gwen
"""))

add("E", slug="chemistry_practical_catch_up", label="clean", sender=S("nashworth"), to=[BETHANY],
    subject="Missed practical", date=uk_date(2025, 3, 3, 14, 10, 0),
    note="teacher to pupil about catching up a practical",
    body=text("""\
Hi Bethany,

You missed the rates of reaction practical on Friday (hope you're feeling
better). It's one of the required practicals so you do need to do it
before the exam.

Can you come to S4 on Tuesday after school? It takes about 40 minutes, so
you'll still make the late bus. Bring your lab book.

Dr Ashworth
"""))

_form = make_pdf([
    "Example School - Year 10 Work Experience 2025",
    "Placement week: Monday 7 July - Friday 11 July 2025",
    "",
    "Section A: student details (name, tutor group)",
    "Section B: employer details (to be completed by the employer)",
    "Section C: health and safety checklist",
    "Section D: parent/carer consent",
    "",
    "Return to the Careers Office by Friday 21 March 2025.",
])
_p = """\
Hi Year 10,

The placement form for work experience week (7–11 July) is attached. If you've already found your own placement – the harbour office, the boatyard, a farm, a café, your auntie's salon – your employer needs to fill in Section B and sign the health and safety checklist.

If you haven't found anything yet, don't panic. Come and see me in the Careers Office at lunch and we'll go through the list of employers who've offered places this year.

Forms back to me by Friday 21 March.

Mrs Whitford

""" + SIG("hwhitford") + "\n"
add("E", slug="work_experience_forms_y10", label="clean", sender=S("hwhitford"),
    to=[LOWEN, FREYA, TOBY, SEREN], subject="Work experience form – please read",
    date=uk_date(2025, 2, 24, 13, 33, 0),
    note="careers lead sends placement form to pupils, PDF attached",
    body=multipart("mixed", "_004_R37P117workexp_", [
        alt(_p, outlook_html(_p), "_000_R37P117workexp_", "quoted-printable", "quoted-printable"),
        attach("Work experience placement form 2025.pdf", "application/pdf", _form)]))

_tt = make_pdf([
    "Year 11 Mock Examinations - January 2025",
    "Mon 6 Jan   AM English Language P1 (1h45)   PM Biology P1 (1h45)",
    "Tue 7 Jan   AM Maths P1 (1h30)              PM Geography P1 (1h30)",
    "Wed 8 Jan   AM English Literature (1h45)    PM Chemistry P1 (1h45)",
    "Thu 9 Jan   AM Maths P2 (1h30)              PM History P1 (1h45)",
    "Fri 10 Jan  AM Physics P1 (1h45)            PM Options subjects",
    "Morning exams start 09:00 in the Sports Hall. Afternoon exams 13:30.",
])
add("E", slug="y11_mock_timetable", label="clean", sender=S("exams"), to=[CALLUM, BETHANY],
    subject="Y11 mock exam timetable", date=uk_date(2024, 12, 12, 9, 45, 10),
    note="exams officer sends mock timetable to pupils, PDF attached",
    body=multipart("mixed", "_004_R37P118mocktimetable_", [
        text("""\
Hi both,

Your mock timetable is attached. The same thing is on the noticeboard
outside the exams office.

Please check it now for clashes and let me know before we break up. Phones
go in your bag at the back of the hall, switched OFF, not on silent.

Rosie Lanyon
Exams Officer
"""),
        attach("Y11 mocks Jan 2025.pdf", "application/pdf", _tt)]))

_p = """\
Dear Mrs Parent,

Just a quick, happy email! Your daughter passed her RLSS Bronze Medallion at the club assessment on Saturday. The assessor singled her out for her deep-water rescue, which was calm and textbook even with a fairly uncooperative "casualty" (Mr Trevithick, who rather enjoyed the role).

It's a real achievement, and it means she can now start working towards her beach lifeguard qualification next year if she'd like to.

Her certificate will be presented in assembly on Monday.

Best wishes,
Dr Ashworth

""" + SIG("nashworth") + "\n"
add("E", slug="rlss_bronze_medallion_praise", label="clean", sender=S("nashworth"), to=[JANE],
    subject="Bronze Medallion – well done!", date=uk_date(2025, 3, 17, 16, 20, 0),
    note="positive news to parent",
    body=alt(_p, outlook_html(_p), "_000_R37P119bronzemedallion_", "quoted-printable", "quoted-printable"))

add("E", slug="it_password_reset_staff", label="clean", sender=S("kvingoe"), to=[STAFFLIST],
    subject="Password change this week - please read", date=uk_date(2025, 1, 6, 8, 5, 0),
    note="IT notice to staff",
    body=text("""\
Morning all,

Over the holiday we moved everyone onto the new password policy. The next
time you log in you'll be asked to pick a new password (at least 14
characters - three random words works well, e.g. GullPastyHarbour).

A couple of things:
- do it on a school machine first, not your phone, or Outlook on your
  phone will keep asking for the old one
- the classroom PCs may take an extra minute the first time
- if you get locked out, come and see me in the IT office or log a ticket
  at helpdesk@example-school.org.uk from a colleague's machine

Please don't write your password on a post-it under the keyboard. I will
find it.

Keir
"""))

add("E", slug="boatbuilding_materials_order", label="clean", sender=S("pangove"), to=[S("hr")],
    cc=[S("djewell")], subject="Order - gig project materials", date=uk_date(2025, 1, 21, 12, 2, 0),
    note="DT teacher asks business manager to approve an order; staff-only",
    body=text("""\
Hi Oliver,

Could you approve the order below for the pilot gig project? It's coming
out of the grant from the rowing club, not the DT capitation.

- Larch planking, 12 lengths at 4.8m      £468.00
- Copper rivets and roves, 2kg             £74.50
- Marine epoxy kit                         £96.00
- Varnish (2.5L) x2                        £58.00
Total                                      £696.50 + VAT

The supplier is the timber merchant we used last year, account already set
up. They've said 10 working days.

Thanks,
Peder
""", cte="8bit", charset="utf-8"))

add("E", slug="extension_request_reply_pupil", label="clean", sender=S("tbolitho"), to=[CALLUM],
    subject="Re: statistics project", date=uk_date(2025, 3, 11, 19, 1, 0), mailer="gmail",
    in_reply_to="callum-stats@pupils.example-school.org.uk",
    note="teacher replies to pupil's extension request, quoted",
    body=text("""\
Hi Callum,

Yes, that's fine - Monday it is. Thanks for asking in advance rather than
on the day.

Your data on catch weights is a really interesting idea for the project, by
the way. Make sure you say where the numbers came from and how they were
recorded, and think about whether a box plot or a histogram shows it
better.

Mr Bolitho

On Tue, 11 Mar 2025 at 17:22, Callum May <20cmay@pupils.example-school.org.uk> wrote:
> Hi sir
> Please could I have till Monday for the statistics project. Ive been helping
> my dad on the boat because his crew man is off and I havent had time to do
> the graphs. I have got all the data.
> Callum
"""))

_p = """\
Hi all,

A friendly reminder that the books below are now overdue. Please bring them back to the library this week – or come and renew them if you're still reading.

- The Boy at the Back of the Class
- Wonder
- Ghost Boys
- A Kind of Spark

No fines, no fuss – we'd just like them back so other people can borrow them!

Miss Retallack

""" + SIG("library") + "\n"
add("E", slug="library_overdue_books", label="clean", sender=S("library"), to=[KIT, TYLER, EVIE],
    subject="Overdue library books", date=uk_date(2025, 5, 13, 11, 0, 0),
    note="librarian (RFC 2047 encoded name) reminds pupils of overdue books",
    body=alt(_p, outlook_html(_p), "_000_R37P123library_", "quoted-printable", "quoted-printable"))

add("E", slug="sports_day_kit_and_sun", label="clean", sender=S("snank"), to=[JANE, ALI, SAM],
    subject="Sports day – Thursday 10 July", date=uk_date(2025, 7, 3, 13, 40, 0),
    note="sports day information to parents",
    body=text("""\
Dear Parents and Carers,

Sports day is on Thursday 10 July at the recreation ground (weather
permitting – the back-up date is Friday 11th).

Students should come to school in PE kit with a hat, a refillable water
bottle and sun cream already applied. We'll have sun cream on the field
too, but please make sure they start the day protected – it gets very
exposed up there even when the sea mist hasn't burnt off.

Parents are very welcome from 1pm for the track events. Parking at the rec
is limited, so please use the harbour car park and walk up.

The PTA will be running the tea stall with a pasty and squash deal for £3.

Thanks,

""" + SIG("snank"), cte="quoted-printable"))

_p = """\
Dydh da oll!

This week in Kernewek Club we're learning weather words, which in Cornwall is basically a survival skill:

- glaw – rain
- howl – sun
- gwyns – wind
- niwl – mist
- yeyn – cold

Challenge for next Wednesday: describe today's weather in a full Cornish sentence. "Glaw yw" is a start, but I'd like more than that!

Also, Dewi from Year 8 has very kindly made us a poster for the corridor. Come and see it.

Gans gorhemmynadow,
Ms Rowe
"""
add("E", slug="kernewek_club_weather_words", label="clean", sender=S("mrowe"),
    to=[KIT, TYLER, EVIE, OLLY, AMELIA], subject="Kernewek Club – Dydh da!", subj_enc="q",
    date=uk_date(2025, 2, 5, 14, 30, 0), note="Cornish language club mail to pupils",
    body=alt(_p, outlook_html(_p), "_000_R37P125kernewek_", "quoted-printable", "quoted-printable"))

add("E", slug="lunch_account_topup_reply", label="clean", sender=S("dcurnow"), to=[ALI],
    subject="RE: Lunch account", date=uk_date(2024, 9, 24, 10, 30, 0), in_reply_to="ali-lunch@btinternet.com",
    note="office confirms lunch payment received",
    body=text("""\
Dear Mr Guardian,

Thank you - the payment has come through and his lunch account is back in
credit. The kitchen had let him have a meal on Friday anyway, so no harm
done.

If you'd like to set up a low-balance alert, that's in the parent app
under Payments > Settings.

Kind regards,

""" + SIG("dcurnow") + """

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 23 September 2024 21:10
To: Office <office@example-school.org.uk>
Subject: Lunch account

I've just topped up my son's lunch money, sorry it went negative, I didn't
get the reminder. Can you check it's gone through?
Ali
""", cte="quoted-printable"))

_csv = crlf("""\
site,profile,distance_m,height_change_m,sediment_mm,notes
Porthgwyn beach,P1,0,0.00,,top of beach at sea wall
Porthgwyn beach,P1,5,-0.42,4,
Porthgwyn beach,P1,10,-0.58,3,berm
Porthgwyn beach,P1,15,-0.61,2,
Porthgwyn beach,P1,20,-0.37,2,
Porthgwyn beach,P2,0,0.00,,slipway end
Porthgwyn beach,P2,5,-0.51,6,cobbles
Porthgwyn beach,P2,10,-0.40,5,
Porthgwyn beach,P2,15,-0.33,3,
Porthgwyn beach,P2,20,-0.29,2,wet sand
""")
_p = """\
Hi Year 12 geographers,

Here's the beach profile data from Thursday, tidied up into one spreadsheet. Group B, I've had to guess at your last reading on P2 as the tide came in before you finished – please check it against your field notebook.

For Monday: draw both profiles on the same axes and write a paragraph comparing them. Think about why the slipway end is steeper and coarser.

Mr Tonkin
"""
add("E", slug="beach_profile_data_csv", label="clean", sender=S("btonkin"), to=[JOWAN, LILY, HARRY],
    subject="Beach profile data", date=uk_date(2025, 5, 16, 15, 10, 0), mailer="gmail",
    note="geography data spreadsheet (CSV) to Y12 pupils",
    body=multipart("mixed", "000000000000beefr37p127mixed", [
        alt(_p, gmail_html(_p), "000000000000beefr37p127alt"),
        attach("beach_profiles_porthgwyn.csv", "text/csv", _csv)]))

add("E", slug="welfare_headache_fyi", label="clean", sender=S("welfare"), to=[JANE],
    subject="Visit to Welfare today", date=uk_date(2025, 5, 8, 12, 20, 0),
    note="welfare officer informs parent of minor visit",
    body=text("""\
Dear Mrs Parent,

Just to let you know that your daughter came to Welfare during period 3
with a headache. She'd not had much breakfast and hadn't drunk anything
since getting on the bus, so she had some water and a cereal bar and sat
quietly for twenty minutes. She felt much better and went back to lesson
for period 4.

No action needed - just keeping you in the loop.

Kind regards,

""" + SIG("welfare")))

_h = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Parent/Carer,</p>
<p>Booking is now open for <b>Year 10 Parents&#8217; Evening</b> on <b>Thursday 3 April 2025</b>, 4.00pm &#8211; 7.00pm. This year appointments will be held in the main hall, with a choice of video appointments for families who live further out or who can&#8217;t get back from work in time.</p>
<p>To book, log in to the parent app and choose <b>Parents&#8217; Evening &gt; Book appointments</b>. Appointments are five minutes long. Bookings close at 12 noon on Tuesday 1 April.</p>
<p>We look forward to seeing you.</p>
<p>Rob Hichens<br>Head of Year 10</p>
<p style="font-size:12px;color:#777">Example School &middot; Park Row &middot; LS1 4AP &middot; 01632 960000</p>
</body></html>
"""
add("E", slug="y10_parents_evening_booking", label="clean", sender=S("rhichens"), to=[ALI],
    subject="Year 10 Parents’ Evening – booking now open", date=uk_date(2025, 3, 18, 9, 0, 0),
    note="HTML-only parents' evening booking notice",
    body=text(_h, "html", "base64"))

add("E", slug="phone_confiscated_collect", label="clean", sender=S("tpascoe"), to=[SAM],
    subject="Phone confiscated today", date=uk_date(2025, 5, 20, 15, 10, 0),
    note="head of year explains phone confiscation to carer",
    body=text("""\
Dear Sam,

I wanted to let you know that your son's phone was confiscated in period 2
today after he was using it in a Maths lesson (filming a friend, who didn't
want to be filmed).

As it's the second time this half term, under our mobile phone policy the
phone has to be collected by a parent or carer from the school office. I
know that's awkward with work and the distance, so if it's easier, a
written note giving permission for him to collect it on Friday after
school will be fine.

He's been spoken to about the filming and he apologised to his friend,
which I was pleased to see.

Kind regards,

""" + SIG("tpascoe")))


# ============================ HARD NEGATIVES ==============================

add("H", slug="office_number_and_postcode_reply", label="clean", sender=S("dcurnow"), to=[JANE],
    subject="Re: Dropping off forms", date=uk_date(2024, 9, 10, 9, 5, 0), mailer="gmail",
    in_reply_to="jane-forms@gmail.com",
    note="school office number and postcode only",
    body=text("""\
Dear Mrs Parent,

Of course. The office is open from 8am and you can drop the forms in at
reception any time - we're at Example School, Park Row, LS1 4AP if you're
using the sat nav (it still sends people down the harbour lane, so ignore
it after the mini roundabout).

If you'd rather not make the trip, ring us on 01632 960000 and we can go
through the medical form over the phone.

Kind regards,
Demelza Curnow
Office Manager

On Mon, 9 Sept 2024 at 21:48, Jane Parent <jane.parent@gmail.com> wrote:
> Hi, can I drop my daughter's medical and consent forms into the office
> tomorrow morning, or do they have to come in her bag? Thanks, Jane
"""))

_p = """\
Dear Parents and Carers,

Thank you for your support for the Year 10 residential to the Isles of Scilly (Mon 16 – Wed 18 June). Some final information:

TRAVEL
The coach leaves school at 06:30 for the ferry from Penzance. The crossing takes about 2 hours 45 minutes – sea-sickness tablets should be given before departure with a note in the medical form if needed.

CONTACT DURING THE TRIP
The school trip mobile is 07700 900050. This is a school-owned phone, carried by the trip leader at all times. Please use it only in an emergency; routine messages should go via the school office on 01632 960000, who are in touch with us each evening. Staff will not be using their own phones to contact families.

ACCOMMODATION
We are staying at the field centre on St Mary's. Students will be in rooms of 4–6.

We'll post an update on the school website each evening.

Ben Tonkin
Trip Leader

""" + SIG("btonkin") + "\n"
add("H", slug="scilly_residential_school_trip_phone", label="clean", sender=S("btonkin"), to=[JANE, ALI],
    subject="Isles of Scilly residential – final details", date=uk_date(2025, 6, 9, 16, 30, 0),
    note="school-owned trip mobile stated as such",
    body=alt(_p, outlook_html(_p), "_000_R37P202scilly_", "quoted-printable", "quoted-printable"))

add("H", slug="parent_mobile_updated_readback", label="clean", sender=S("dcurnow"), to=[JANE],
    subject="RE: New mobile number", date=uk_date(2024, 10, 1, 11, 45, 0), in_reply_to="jane-newmob@gmail.com",
    note="office reads back the parent's own number",
    body=text("""\
Dear Mrs Parent,

Thank you - I've updated your contact number on our system to
07700 900123 and removed the old one. Text messages from school will go to
the new number from today.

Kind regards,

""" + SIG("dcurnow") + """

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 30 September 2024 20:02
To: Office <office@example-school.org.uk>
Subject: New mobile number

Hello, I've got a new phone. My new number is 07700 900123. Please can you
update it for my daughter's record.
Thanks
Jane Parent
"""))

add("H", slug="storm_coach_company_number", label="clean", sender=S("transport"), to=[SAM],
    cc=[S("office")], subject="Buses tomorrow - storm warning", date=uk_date(2024, 11, 22, 14, 5, 0),
    note="third-party coach company number given for a reason",
    body=text("""\
Dear Parents and Carers of Route 4 students,

The Met Office has issued an amber wind warning for tomorrow morning. At
the moment the school is expected to open as normal, but the decision to
run the Route 4 bus over the top road will be made by the coach company at
6am.

If the bus hasn't arrived by 07:25, please don't leave children waiting at
the stop in the weather. Ring Kernow Kestrel Coaches on 01632 960771 (their
control room is staffed from 5.30am) to check whether it's running, or
check the school website, which we'll update by 6.30.

Any lateness or absence caused by the storm will be authorised.

Kind regards,

""" + SIG("transport")))

_p = """\
Dear Mr Guardian,

I'm delighted to confirm your son's place on the Breton exchange in April. His partner is Erwan, who is also 15, sails with his local club and – his mother tells me – has been practising his English on Cornish fishing documentaries.

Host family:
Famille Le Goff
8 rue du Port
Douarnenez, Finistère
Email: famille.legoff@example.net

The Le Goffs would love to hear from you before the trip, so do feel free to email them directly. Our partner school's exchange coordinator is Mme Kerjean (echange@lycee-douarnenez.example.org), who will be the first point of contact on the French side.

Kind regards,
Priya Das

""" + SIG("pdas") + "\n"
add("H", slug="breton_exchange_host_family", label="clean", sender=S("pdas"), to=[ALI],
    subject="Breton exchange – host family details", date=uk_date(2025, 2, 10, 13, 15, 0),
    note="host family's address and e-mail given to parent for the exchange",
    body=alt(_p, outlook_html(_p), "_000_R37P205breton_", "quoted-printable", "quoted-printable"))

add("H", slug="dsl_support_helpline_freephone", label="clean", sender=S("dsl"), to=[SAM],
    subject="Following up from today", date=uk_date(2025, 3, 6, 16, 45, 0),
    note="DSL gives helpline and GP service numbers to carer",
    body=text("""\
Dear Sam,

Thank you for meeting with me this afternoon. I know it was difficult to
hear, and I want to reassure you that we will keep supporting him in
school.

As we discussed, here are the services that may help over the coming weeks:

- Kernow Young People's Wellbeing Line - freephone 0808 157 0234, 4pm to
  10pm every day. Young people can call themselves, or you can call for
  advice as a parent/carer.
- The Cove Centre (counselling for 11-18s) - self-referral by email at
  referrals@cove-centre.example.org, or ask your GP.
- Your GP surgery can make a referral to CAMHS if things don't improve.

In school, he can go to Mrs Matthews in Welfare at any time, and I'll check
in with him myself on Monday morning.

If you are ever worried about his immediate safety, please call 999.

With best wishes,

""" + SIG("dsl")))

add("H", slug="exam_board_candidate_numbers", label="clean", sender=S("exams"), to=[CALLUM],
    subject="Your resit entry - candidate number", date=uk_date(2025, 4, 28, 10, 20, 0),
    note="candidate, centre and UCI numbers; exam board helpline",
    body=text("""\
Hi Callum,

Your entry for the November Maths resit has been confirmed. Please keep
these details safe - you'll need them on the day and for results:

Centre number:    64731
Candidate number: 4173
UCI:              64731F24A0417X

Your statement of entry will be in your tutor's pigeonhole next week;
check your name and date of birth are correct and tell me if they aren't.

If you ever need to contact the exam board yourself about a certificate
after you've left us, their candidate enquiries line is 0161 496 0318 -
quote the centre and candidate numbers above.

Rosie Lanyon
Exams Officer
"""))

_p = """\
Dear Parents and Carers,

Surf club subs for the summer term are £45, which covers twelve sessions, wetsuit hire and the beach lifeguard cover provided by Porthgwyn Surf Life Saving Club.

As the sessions are run jointly with the club, subs are paid directly to the club rather than through the parent app:

Account name: Porthgwyn SLSC Juniors
Sort code: 20-45-77
Account number: 43917265
Reference: your child's surname + SURF25 (e.g. PARENTSURF25)

Please pay by Friday 25 April. If the cost is a barrier, speak to me in confidence – nobody misses out because of money.

Thanks,
Jago Trevithick
PE / Surf Club
"""
add("H", slug="surf_club_subs_bank_details", label="clean", sender=S("jtrev"), to=[JANE, SAM, ALI],
    subject="Surf club – summer term subs", date=uk_date(2025, 4, 22, 17, 0, 0),
    note="club bank sort code / account / reference, not phone numbers",
    body=alt(_p, outlook_html(_p), "_000_R37P208surfsubs_", "quoted-printable", "quoted-printable"))

_p = """\
Dear Mrs Parent,

As discussed, here is the link for our Teams meeting on Thursday at 5pm to talk about your daughter's sixth form options. You don't need to install anything – it will open in your browser.

Sarah Jenkin
Head of Sixth Form

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 349 882 715 004
Passcode: kT9x2Q

Or call in (audio only)
+44 20 7946 0123,,847219384#   United Kingdom, London
Phone Conference ID: 847 219 384#

Learn More | Meeting options
________________________________________________________________________________
"""
_h = outlook_html(_p.split("____")[0]).replace("</div>\n</body>", """\
<div style="max-width:1024px">
<p class="MsoNormal">________________________________________________________________________________</p>
<p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></b></p>
<p class="MsoNormal"><b><span style="font-size:10.5pt;color:#252424">Join on your computer, mobile app or room device</span></b></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_r37p209sixthform%40thread.v2/0"><b><span style="font-size:10.5pt;color:#6264A7">Click here to join the meeting</span></b></a></p>
<p class="MsoNormal"><span style="font-size:10.5pt;color:#252424">Meeting ID: </span><span style="font-size:12.0pt;color:#252424">349 882 715 004</span><br><span style="font-size:10.5pt;color:#252424">Passcode: </span><span style="font-size:12.0pt;color:#252424">kT9x2Q</span></p>
<p class="MsoNormal"><b><span style="font-size:10.5pt;color:#252424">Or call in (audio only)</span></b></p>
<p class="MsoNormal"><a href="tel:+442079460123,,847219384#"><span style="font-size:10.5pt;color:#6264A7">+44&nbsp;20&nbsp;7946&nbsp;0123,,847219384#</span></a><span style="font-size:10.5pt;color:#252424">&nbsp;&nbsp; United Kingdom, London</span></p>
<p class="MsoNormal"><span style="font-size:10.5pt;color:#252424">Phone Conference ID: 847 219 384#</span></p>
<p class="MsoNormal">________________________________________________________________________________</p>
</div>
</div>
</body>""")
add("H", slug="teams_meeting_id_dial_in", label="clean", sender=S("sjenkin"), to=[JANE],
    subject="Sixth form options – Teams meeting Thursday 5pm", date=uk_date(2025, 1, 13, 14, 22, 0),
    note="Teams meeting ID, passcode and conference dial-in number, no personal number",
    body=alt(_p, _h, "_000_R37P209teams_", "quoted-printable", "quoted-printable"))

add("H", slug="reading_list_isbns", label="clean", sender=S("mrowe"), to=[RUBY, ETHAN, MEGAN, DANIEL],
    subject="Summer reading - A level English", date=uk_date(2024, 7, 15, 14, 0, 0),
    note="ISBNs in a reading list",
    body=text("""\
Hi all,

Here's the summer reading list for next year. Please get your own copies of
the two set texts (the editions matter, as we'll be using page numbers in
class):

Daphne du Maurier, Rebecca (Virago)        ISBN 978-1-84408-038-0
Charlotte Brontë, Jane Eyre (Penguin)      ISBN 978-0-14-144114-6

And at least two of the following, from the library or wherever:

Daphne du Maurier, Jamaica Inn             ISBN 978-1-84408-722-8
Jean Rhys, Wide Sargasso Sea               ISBN 978-0-14-118542-2
Sarah Waters, The Little Stranger          ISBN 978-1-84408-600-9

If buying them is a problem, let me know and the department will sort it.

Have a good summer - and read on the beach!

Ms Rowe
""", cte="8bit", charset="utf-8"))

add("H", slug="hr_confirm_personal_details_staff", label="clean", sender=S("hr"), to=[S("pangove")],
    subject="Payroll - please confirm your details", date=uk_date(2024, 9, 12, 11, 30, 0),
    note="staff-only HR mail containing a staff member's home address and mobile",
    body=text("""\
Hi Peder,

As part of the switch to the new payroll provider, could you check the
details we hold for you and reply to confirm (or correct):

Home address:  Chy Coth, 2 Wheal Agnes Row, Porthgwyn TR20 9QX
Mobile:        07700 900371
Personal email: none held
Emergency contact: Mrs K Angove (wife) - 07700 900372

Please don't send bank details by email - if those have changed, pop in
and see me.

Thanks,
Oliver

""" + SIG("hr")))

add("H", slug="staff_christmas_drinks_at_mine", label="clean", sender=S("jtrev"), to=[STAFFLIST],
    subject="Staff Christmas drinks - Fri 20th", date=uk_date(2024, 12, 13, 15, 50, 0), mailer="gmail",
    note="staff-only social invitation with the teacher's home address and mobile",
    body=text("""\
Hi all,

Last day of term drinks are at ours again this year - Friday 20th from
about 6 once we've all escaped.

11 Quay Street, Porthgwyn (the house with the surfboards on the wall,
you can't miss it). Parking is terrible, walk down from the chapel.

Bring a bottle and something for the table if you can. Partners very
welcome. Text me on 07700 900 618 if you're coming so I know how many
pasties to order from Hocking's.

Jago
"""))

_p = """\
Dear Parents and Carers,

Over the last few weeks we've had a number of concerns raised about online group chats, so this month's safeguarding update focuses on the apps our students use most.

SNAPCHAT
Snap Map shows a user's location to their friends, and sometimes more widely. We'd strongly recommend turning on Ghost Mode (Settings > Snap Map > Ghost Mode). Remember that the minimum age is 13.

WHATSAPP
Group chats can include people your child doesn't know. The minimum age for WhatsApp in the UK is 13. You can change the settings so that only contacts can add your child to groups.

TIKTOK AND INSTAGRAM
Make sure accounts for under-16s are set to private, and talk to your child about what they'd do if a stranger messaged them.

DISCORD AND ONLINE GAMING
Many students use Discord to chat while gaming. Servers can be public, and direct messages can come from anyone unless the settings are changed.

Please remember: no member of staff at Example School will ever ask your child to contact them on a personal account, a messaging app or social media. If that ever happens, please tell us straight away.

If you have any concerns, please contact me on the school number below or at dsl@example-school.org.uk.

Loveday Hosking

""" + SIG("dsl") + "\n"
add("H", slug="esafety_update_apps_named", label="clean", sender=S("dsl"), to=[JANE, SAM, ALI],
    subject="Safeguarding update – group chats and apps", date=uk_date(2025, 2, 3, 16, 0, 0),
    note="e-safety advice naming Snapchat/WhatsApp/Discord without inviting anyone",
    body=alt(_p, outlook_html(_p), "_000_R37P213esafety_", "quoted-printable", "quoted-printable"))

add("H", slug="art_teacher_declines_personal_number", label="clean", sender=S("cpollard"), to=[SAM],
    subject="RE: Art coursework", date=uk_date(2025, 4, 30, 16, 5, 0), in_reply_to="sam-art@outlook.com",
    note="teacher refuses to give her personal mobile, points to office number",
    body=text("""\
Dear Sam,

Thank you for your message, and I'm glad the sketchbook work on the
harbour boats has been going so well at home.

I'm afraid I'm not able to give out my personal mobile number - it's
school policy for all staff, and it protects families as well as us.
But I'm very happy to talk. You can email me here at any time, or ring the
school office on 01632 960000 and they'll put you through to the Art
department or ask me to call you back from school.

I'm in school on Tuesdays to Fridays this term.

Best wishes,

""" + SIG("cpollard") + """

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 29 April 2025 22:17
To: Cerys Pollard <c.pollard@example-school.org.uk>
Subject: Art coursework

Hi Ms Pollard, he's been drawing non stop since the trip to the harbour.
Could I have your mobile number so I can send you a couple of photos of
what he's done at home, I'm not very good with email. Thanks Sam
""", cte="quoted-printable"))

add("H", slug="dsl_direct_line_colleague", label="clean", sender=S("mopie"), to=[ALI],
    subject="Your call this morning", date=uk_date(2024, 10, 17, 12, 40, 0),
    note="colleague's official school direct line given to parent",
    body=text("""\
Dear Mr Guardian,

Thank you for calling this morning. As I mentioned, the right person to
talk to about your concern is Mrs Hosking, our Designated Safeguarding
Lead. I've let her know you'll be in touch and she's expecting your call.

Her direct line in school is 01632 960012, or you can email
dsl@example-school.org.uk. If she's teaching, the office will take a
message and she will call you back the same day.

Kind regards,
Mark Opie

""" + SIG("mopie")))

add("H", slug="surf_lifesaving_champs_venue", label="clean", sender=S("snank"), to=[JANE, SAM],
    subject="County surf lifesaving championships – Saturday 24 May", date=uk_date(2025, 5, 19, 12, 55, 0),
    note="venue address, postcode and phone, PE department's school mobile labelled as such",
    body=text("""\
Dear Parents and Carers,

Your child has been selected for the school team at the county schools'
surf lifesaving championships on Saturday 24 May.

Venue: Pentreath Sands SLSC clubhouse, Towans Road, Pentreath TR27 5ZZ
Registration: 08:15 at the clubhouse (events start at 09:00)
Finish: approximately 15:30, depending on the tide

Parking is in the beach car park (£6 for the day, card only). The club's
own number for the day is 01632 960544 if you're lost or running late.

On the day, the team manager will have the PE department's school mobile,
07700 900045 - this is a school phone, not a personal number, and is the
best way to reach us on the beach.

Kit list: wetsuit, rash vest (we'll provide team caps), towel, warm layers,
packed lunch and plenty to drink.

Thanks,

""" + SIG("snank"), cte="quoted-printable"))

add("H", slug="history_trip_prices_dates_times", label="clean", sender=S("djewell"), to=[ALI],
    subject="Year 10 History trip – Bodmin", date=uk_date(2024, 11, 13, 13, 10, 0),
    note="prices, dates and times only",
    body=text("""\
Dear Parent/Carer,

Year 10 historians will visit Bodmin on Friday 24 January 2025 as part of
their study of crime and punishment.

Cost: £32.50 (including coach and entry). A deposit of £10 is due by
29/11/2024 and the balance by 10.01.2025, both via the parent app.
Timings: coach departs 07:45 from the bus bays, returning by 17:30.
Group size: 54 students, 5 staff (ratio 1:11).

Please let us know of any dietary or medical needs when you give consent.

With thanks,
Dan Jewell

""" + SIG("djewell"), cte="quoted-printable"))

add("H", slug="fsm_reference_and_voucher_code", label="clean", sender=S("office"), to=[SAM],
    subject="Free school meals - application received", date=uk_date(2024, 9, 16, 14, 30, 0),
    note="application reference and voucher code digits, not phone numbers",
    body=text("""\
Dear Sam,

Thank you for your free school meals application, which the council has now
approved. Your reference is FSM/24/0771/3390 - please quote it if you need
to contact the council's school meals team.

Your son's meals will be free from Monday 23 September.

As you're now eligible, you'll also receive a £30 supermarket voucher for
the October half term under the holiday support scheme. Your voucher code
is 5521 8830 1947 and can be redeemed online until 30 November.

Kind regards,

""" + SIG("office")))

_p = """\
Hi Year 8,

On Thursday 26 June we're visiting the lifeboat station as part of our forces and motion topic – we'll be looking at how the boat is launched down the slipway and what happens when it hits the water!

The station's visits team have sent some information for you to read first: visits@porthgwyn-lifeboat.example.org if you'd like to send them a question in advance – they love it when students do.

One thing to know: I'm on the crew, so if my pager goes off during the visit I will have to run. Don't worry, Miss Blewett and the station's volunteer guide will carry on with you.

Bring a coat, it's always breezy on the slip.

Mr Pengelly
"""
add("H", slug="lifeboat_station_visit_y8", label="clean", sender=S("epengelly"), to=[TYLER, EVIE],
    cc=[S("ablewett")], subject="Lifeboat station visit – Thursday", date=uk_date(2025, 6, 20, 14, 0, 0),
    note="lifeboat station visits e-mail (third party); staff crew member mentions pager, no personal contact",
    body=alt(_p, outlook_html(_p), "_000_R37P219lifeboat_", "quoted-printable", "quoted-printable"))

add("H", slug="parent_signature_quoted_outlook", label="clean", sender=S("rhichens"), to=[ALI],
    subject="RE: Incident on the bus", date=uk_date(2025, 5, 7, 10, 15, 0), in_reply_to="ali-busincident@btinternet.com",
    note="parent's own phone and e-mail appear only in his quoted signature",
    body=text("""\
Dear Mr Guardian,

Thank you for letting me know. I've spoken to both boys this morning and
to the bus escort. It sounds as though it started as a silly argument over
a seat and got out of hand on the way down the hill. Both have apologised
and they'll be sitting apart on the bus for the next two weeks.

I'll check in with your son again on Friday. If there's any repeat, please
let me know straight away.

Kind regards,

""" + SIG("rhichens") + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 06 May 2025 19:52
To: Rob Hichens <r.hichens@example-school.org.uk>
Subject: Incident on the bus

Mr Hichens,
My son came home with a bruise on his arm after a scuffle on the bus this
afternoon. I'd like it looked into please.

Ali Guardian
07700 900789
ali.guardian@btinternet.com
"""))

add("H", slug="cafe_trial_shift_employer_mobile", label="clean", sender=S("hwhitford"), to=[LILY],
    subject="Saturday job at the Crab Pot", date=uk_date(2025, 4, 3, 11, 45, 0),
    note="employer's mobile passed to pupil to arrange a trial shift [unsure: third-party mobile]",
    body=text("""\
Hi Lily,

Good news - Mrs Tregenza who runs the Crab Pot café on the harbour would
like you to come in for a trial shift over the Easter holidays, with a
view to Saturdays and then full time over the summer.

She asked that you ring her directly to arrange a day - her number is
07700 900918 (best after the lunch rush, so after 3pm). She knows you're
16 and still at school, so hours will be within the rules.

Let me know how it goes, and well done.

Mrs Whitford

""" + SIG("hwhitford")))

add("H", slug="college_link_course_contact", label="clean", sender=S("gpenrose"), to=[ALI],
    subject="Link course support at Penwartha College", date=uk_date(2025, 4, 23, 15, 20, 0),
    note="FE college learning support contact (third party) for parent",
    body=text("""\
Dear Mr Guardian,

Following our conversation, I've shared your son's support plan with the
learning support team at Penwartha College, so they're ready for him
starting the Marine Engineering taster on the link course next Thursday.

If you'd like to talk to them directly before he starts, the team's
number is 01632 960388, or email learningsupport@penwartha.example.org.
Ask for Mr Dunn, who will be his key worker on the college side.

I'll go over with him on the first Thursday to help him settle.

Best wishes,

""" + SIG("gpenrose")))

add("H", slug="off_sick_text_me_staff_only", label="clean", sender=S("ecarne"), to=[S("cover")],
    cc=[S("mopie")], subject="Off sick today and tomorrow", date=uk_date(2025, 1, 27, 6, 48, 0),
    note="staff-only sickness notice with the teacher's own mobile",
    body=text("""\
Morning Alison,

Sorry, I'm not going to make it in today or tomorrow - I've got the bug
that's been going round Year 7. Work is set on Teams for all my classes
and the seating plans are in the top drawer of my desk in M1.

Choir rehearsal at lunch is cancelled - could someone put a note on the
music room door?

If anything urgent comes up, text me on 07700 900 266 rather than email as
I'll be asleep most of the day.

Elowen
"""))

_p = """\
Dear Parents and Carers,

A gentle reminder, as we've had a few requests recently.

Staff at Example School are not permitted to share their personal phone numbers, personal email addresses or social media accounts with students or families, and they won't accept friend requests or follows from students or parents. This isn't about being unfriendly – it's there to protect everyone, and it means every conversation is recorded and can be followed up properly.

The best ways to contact us are:
- email your child's tutor or teacher at their school address
- email office@example-school.org.uk
- ring the school on 01632 960000 (8am–4.30pm)

For anything urgent about a child's safety, ask for Mrs Hosking or any member of the safeguarding team.

Thank you for your support.

Michael Chegwidden

""" + SIG("head") + "\n"
add("H", slug="head_reminder_no_personal_contact", label="clean", sender=S("head"), to=[JANE, SAM, ALI],
    subject="Contacting staff – a reminder", date=uk_date(2025, 3, 14, 15, 0, 0),
    note="policy reminder to parents that staff do not share personal contact details",
    body=alt(_p, outlook_html(_p), "_000_R37P224nopersonal_", "quoted-printable", "quoted-printable"))

add("H", slug="parent_change_of_address_readback", label="clean", sender=S("office"), to=[JANE],
    subject="Re: Change of address", date=uk_date(2025, 4, 29, 10, 0, 0), mailer="gmail",
    in_reply_to="jane-address@gmail.com",
    note="office reads back the parent's own new home address",
    body=text("""\
Dear Mrs Parent,

Thank you for letting us know. We've updated your daughter's record with
the new address:

Flat 2, 11 Quay Hill
Porthgwyn
TR19 6QQ

As you're now within the walking distance of the school she'll no longer be
eligible for a place on Route 6, so her bus pass will stop at the end of
May half term. If you think this is wrong, please get in touch with
transport@example-school.org.uk.

Kind regards,
School Office

On Mon, 28 Apr 2025 at 18:20, Jane Parent <jane.parent@gmail.com> wrote:
> Hello, we've moved house over Easter. Our new address is Flat 2, 11 Quay
> Hill, Porthgwyn TR19 6QQ. Please can you update my daughter's records.
> Jane
"""))

_p = """\
Dear Parents and Carers,

Thank you to everyone who came to the surf club presentation evening – what a night.

We've put the photos (only of students whose families have given photo consent) on the school's official Facebook page and on the school Instagram account, @exampleschool_official, which are run by the office team. Both are public pages – there's no need to send a friend request, just follow the page if you'd like to see news and results.

Please remember not to tag students in comments.

Kind regards,
School Office

""" + SIG("office") + "\n"
add("H", slug="official_school_social_pages", label="clean", sender=S("office"), to=[JANE, SAM, ALI],
    subject="Presentation evening photos", date=uk_date(2025, 7, 7, 12, 0, 0),
    note="points parents to the school's official social media pages [unsure: social media named]",
    body=alt(_p, outlook_html(_p), "_000_R37P226socialpages_", "quoted-printable", "quoted-printable"))

add("H", slug="results_day_exams_office_line", label="clean", sender=S("exams"), to=[RUBY, ETHAN, MEGAN, DANIEL],
    subject="A level results day – Thursday 14 August", date=uk_date(2025, 7, 18, 11, 0, 0),
    note="results-day arrangements, exams office school extension",
    body=text("""\
Hi all,

A level results day is Thursday 14 August. Results will be available to
collect from the sixth form centre from 8am until 12 noon.

If you can't collect in person (and I know some of you will be at work on
the beach or away), you can:
- nominate someone to collect for you - send me their name and a signed
  note by 1 August, or
- ask for your results to be emailed to your school address at 8am.

On the day, the exams office will be staffed from 7.30am. The direct line
is 01632 960031, or ring the main number 01632 960000. Mrs Jenkin and
Mrs Whitford will be in the sixth form centre all morning for UCAS and
clearing advice.

Good luck - you've worked incredibly hard.

Rosie Lanyon
Exams Officer
"""))

add("H", slug="immunisation_team_nhs_number", label="clean", sender=S("welfare"), to=[JANE],
    subject="Year 10 immunisations - missed session", date=uk_date(2025, 3, 20, 14, 40, 0),
    note="immunisation team's number (third party) and NHS number",
    body=text("""\
Dear Mrs Parent,

Your daughter was absent when the school immunisation team visited on
Tuesday for the Year 10 teenage booster and MenACWY vaccinations.

The team run catch-up clinics during the Easter holidays. To book, please
ring the School Age Immunisation Service on 0117 496 0642 (Monday to
Friday, 9am-4pm) and quote her NHS number: 999 041 7736.

If she has already had these vaccinations elsewhere, please let the team
know so they can update her record.

Kind regards,

""" + SIG("welfare")))

_p = """\
Hi Year 12,

Locations for Friday's coastal fieldwork. Please copy these into your field notebooks before we go, as there's no signal at site 3.

Site 1 – Porthgwyn harbour wall: SW 3626 2583
Site 2 – Carn Du cove (access via the coast path stile): SW 3581 2650
Site 3 – Treveglos beach, north end: SW 3544 2712

Low water is at 11:42 (0.6 m), so we need to be on the beach at Site 3 by 10:30 and off by 13:00. The minibus leaves school at 09:15.

Miss Rodda
"""
add("H", slug="fieldwork_grid_refs_tide_times", label="clean", sender=S("krodda"), to=[JOWAN, LILY, HARRY],
    subject="Fieldwork locations – Friday", date=uk_date(2025, 6, 4, 15, 0, 0),
    note="OS grid references and tide times, not phone numbers",
    body=alt(_p, outlook_html(_p), "_000_R37P229gridrefs_", "quoted-printable", "quoted-printable"))

add("H", slug="boatyard_visit_third_party", label="clean", sender=S("pangove"), to=[JOWAN, HARRY, DANIEL],
    subject="Boatyard visit - Wednesday", date=uk_date(2025, 5, 12, 13, 5, 0),
    note="boatyard (third party) address, postcode and office number for pupils",
    body=text("""\
Hi all,

Wednesday's visit to Penhallow Boatworks is confirmed. We'll walk down
from school after registration.

Penhallow Boatworks
Slipway Lane, Porthgwyn TR19 6BW
Yard office: 01632 960614

If you're coming straight from an appointment, go to the yard office and
ask for Jory, who is showing us the new gig they're building. Steel toe
caps if you have them, otherwise sturdy shoes - no trainers in the yard.

We'll be back for period 5.

Mr Angove
"""))

# --------------------------------------------------------------------------
# Ordering and output
# --------------------------------------------------------------------------

PATTERN = "EHFEHEFH"   # 3 everyday, 3 hard negatives, 2 flags per block of 8


def ordered():
    iters = {"E": iter(E), "H": iter(H), "F": iter(F)}
    out = []
    for _ in range(10):
        for k in PATTERN:
            out.append(next(iters[k]))
    return out


README = """\
# Round 37 hold-out corpus: personal-address-to-parent

Blind held-out test messages for mailguard's personal-address-to-parent check
(staff giving pupils or parents their own personal phone number, home address,
personal e-mail, or an invitation to a private messaging/social channel).

**Blind: never use these files for tuning rules or code.** They were written
without reading mailguard's code, rules, tests or documentation, only the
school policy, `config.example.yaml` and `directory/parents.csv`.

## How it was made

`../make_round37_personal.py` (Python 3.11 standard library only) builds every
message as raw RFC 5322 text with fixed dates, Message-IDs and MIME
boundaries, and writes the `.eml` files, `labels.csv` and this README.
Regenerate with:

    python3 tests/holdout/round37/make_round37_personal.py

Running it twice gives byte-identical output.

Setting for this round: an 11-18 school on the Cornish coast (fictional town of
Porthgwyn): surf and lifesaving clubs, a pilot-gig / boatbuilding link, fishing
and farming families, long bus routes, holiday jobs, the Kernewek club, staff
who crew the lifeboat. All people, addresses and mailboxes are invented;
third-party organisations use example.com/.org/.net; phone numbers are from the
Ofcom drama ranges. School identity: office 01632 960000, postcode LS1 4AP.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients are the
To and Cc addresses; `[unsure]` marks judgement calls).

## Counts

| expected | kind | count |
|---|---|---|
| flag | personal contact details / private channel to a parent or pupil | {nf} |
| clean | everyday school mail | {ne} |
| clean | hard negatives | {nh} |
| **total** | | **{nt}** |

## Kinds of case

Flag:
- personal mobile in the body, written plainly, with no spaces, with dots,
  with 0044, in brackets, or split by a quoted-printable soft line break
- personal mobile in an HTML signature with `&nbsp;`
- home landline in a base64 body; home address (with and without postcode)
- personal webmail in the body, a signature, `Reply-To` or `Cc`; a family-domain address
- vCard and .ics attachments carrying personal numbers / addresses
- invitations to WhatsApp, Instagram, Discord, Facebook, Snapchat

Clean (hard negatives):
- the school's own number, postcode and mailboxes; colleagues' school direct lines
- a school-owned trip mobile and a PE department school mobile, stated as such
- the parent's own number/address read back, or quoted in a reply
- third parties: coach firm, host family, helplines, exam board, college,
  immunisation team, boatyard, café employer, lifeboat station, venue
- numbers that are not phones: sort code/account, Teams meeting ID and dial-in,
  ISBNs, candidate/centre/UCI numbers, NHS number, references, voucher codes,
  OS grid references, tide times, prices and dates
- staff-only mail with personal details (HR, staff social, sick note)
- e-safety advice naming apps; a head's reminder that staff never share personal
  contacts; a teacher declining to give her number; the school's official
  social media pages

Clean (everyday): newsletters, attendance, homework, cover, trip letters,
reports, meeting notes, feedback, bus changes, UCAS, concerts, work
experience, exams, praise, IT notices, orders, library, sports day, clubs,
welfare, parents' evenings.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    rows = []
    for i, m in enumerate(ordered(), 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m, i)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        recips = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fn, m["label"], m["sender"][1], recips, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README.format(nf=len(F), ne=len(E), nh=len(H), nt=len(F) + len(E) + len(H)))
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
