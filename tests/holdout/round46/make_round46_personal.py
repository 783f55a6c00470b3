#!/usr/bin/env python3
"""Round 46 blind hold-out corpus, module "personal-address-to-parent".

Setting: a rural 11-18 secondary in the Scottish Highlands and Islands with a
Gaelic-medium unit and a hostel for island pupils.

Deterministic: running it twice gives byte-identical files (fixed dates,
Message-IDs and MIME boundaries; everything is built as raw text here).
Python 3.11 standard library only.

    python3 tests/holdout/round46/make_round46_personal.py

writes the .eml files, labels.csv and README.md into
tests/holdout/round46/personal-address-to-parent/ and then checks them.

BLIND: this corpus was written without looking at mailguard's code, rules or
tests. Never use it for tuning.
"""
import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import quopri
import sys
from email.utils import getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "personal-address-to-parent"
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {
    "hgrant": ("Hamish Grant", "h.grant"),
    "mmacleod": ("Mòrag NicLeòid", "m.macleod"),
    "hostel": ("Donald John Morrison", "hostel"),
    "djm": ("Donald John Morrison", "dj.morrison"),
    "tnowak": ("Tomasz Nowak", "t.nowak"),
    "cbeaton": ("Catriona Beaton", "c.beaton"),
    "amunro": ("Alasdair Munro", "a.munro"),
    "fmacrae": ("Fiona MacRae", "f.macrae"),
    "cmaclennan": ("Calum MacLennan", "c.maclennan"),
    "enicolson": ("Eilidh Nicolson", "e.nicolson"),
    "kmatheson": ("Kirsty Matheson", "k.matheson"),
    "lfraser": ("Lachlan Fraser", "l.fraser"),
    "rmackay": ("Ruaraidh Mackay", "r.mackay"),
    "gstewart": ("Gillian Stewart", "g.stewart"),
    "finance": ("Gillian Stewart", "finance"),
    "attendance": ("Seonaid Campbell", "attendance"),
    "icampbell": ("Iain Campbell", "i.campbell"),
    "head": ("Rachel Bell", "headteacher"),
    "office": ("Peigi MacInnes", "office"),
    "pmacinnes": ("Peigi MacInnes", "p.macinnes"),
    "dsl": ("Ewan Sutherland", "dsl"),
    "esutherland": ("Ewan Sutherland", "e.sutherland"),
    "sross": ("Shona Ross", "s.ross"),
    "library": ("Màiri Macaulay", "library"),
    "facilities": ("Neil MacPherson", "facilities"),
    "exams": ("Anna Kowalczyk", "exams"),
    "dgillies": ("Duncan Gillies", "d.gillies"),
    "imackenzie": ("Ishbel Mackenzie", "i.mackenzie"),
    "ithelp": ("Gregor Shaw", "ithelp"),
    "gshaw": ("Gregor Shaw", "g.shaw"),
    "kmackay": ("Coinneach Mackay", "k.mackay"),
    "mgunn": ("Morven Gunn", "m.gunn"),
    "amackinnon": ("Alison MacKinnon", "a.mackinnon"),
    "rmacaskill": ("Rhona MacAskill", "r.macaskill"),
    "catering": ("Margaret Fraser", "catering"),
    "hogilvie": ("Helen Ogilvie", "h.ogilvie"),
    "jmacsween": ("Jamie MacSween", "j.macsween"),
    "slamont": ("Sandy Lamont", "s.lamont"),
    "fmunro": ("Fenella Munro", "f.munro"),
    "staffall": ("All Staff", "staff"),
    "english": ("English Department", "english"),
}
PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def who(key):
    """A person as (display name, address)."""
    if isinstance(key, tuple):
        return key
    if key in STAFF:
        name, local = STAFF[key]
        return (name, f"{local}@{SCHOOL}")
    if key in PARENTS:
        return PARENTS[key]
    if key.startswith("p:"):  # pupil: "p:24anicolson:Anna Nicolson"
        _, local, name = key.split(":", 2)
        return (name, f"{local}@{PUPILS}")
    raise KeyError(key)


# --------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _ew(s, mode):
    b = s.encode("utf-8")
    if mode == "b":
        return "=?UTF-8?B?" + base64.b64encode(b).decode("ascii") + "?="
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif byte < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?UTF-8?Q?" + "".join(out) + "?="


def encode_words(s, mode="q", first_len=10):
    """RFC 2047 encoded words (each at most 75 chars), folded onto lines."""
    words, chunk = [], ""
    for ch in s:
        if chunk and len(_ew(chunk + ch, mode)) > 75 - (first_len if not words else 0):
            words.append(_ew(chunk, mode))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_ew(chunk, mode))
    return "\n ".join(words)


def fold_plain(name, value):
    """Fold a plain (ASCII) unstructured header at spaces."""
    line = f"{name}: "
    lines = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() not in (f"{name}:",):
            lines.append(line.rstrip())
            line = " " + word + " "
        else:
            line += word + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def hdr_text(name, value, mode="q"):
    if _is_ascii(value):
        return fold_plain(name, value)
    return f"{name}: " + encode_words(value, mode, first_len=len(name) + 2)


def fmt_addr(person, mode="q"):
    name, addr = who(person)
    if not name:
        return addr
    if _is_ascii(name):
        if any(c in name for c in '(),.:;<>@[]"\\'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{encode_words(name, mode)} <{addr}>"


def hdr_addrs(name, people, mode="q"):
    return f"{name}: " + ",\n ".join(fmt_addr(p, mode) for p in people)


# --------------------------------------------------------------------------
# MIME helpers (raw text, so that the output is byte-for-byte stable)
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith("\n") else body + "\n"

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def encode_body(data, cte):
    if isinstance(data, str):
        raw = data.encode("utf-8")
    else:
        raw = data
    if cte == "7bit":
        assert all(b < 128 for b in raw), "non-ASCII in a 7bit part"
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, subtype="plain", cte="7bit", charset=None, extra=()):
    if charset is None:
        charset = "us-ascii" if (cte == "7bit" and subtype == "plain") else "utf-8"
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"',
            f"Content-Transfer-Encoding: {cte}"]
    hdrs.extend(extra)
    return Part(hdrs, encode_body(text, cte))


def file_part(filename, ctype, data, cte="base64", params="", inline=False):
    disp = "inline" if inline else "attachment"
    hdrs = [f'Content-Type: {ctype}{params}; name="{filename}"',
            f'Content-Disposition: {disp}; filename="{filename}"',
            f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype, parts, boundary, preamble=None):
    hdrs = [f"Content-Type: multipart/{subtype};", f'\tboundary="{boundary}"']
    chunks = []
    if preamble:
        chunks.append(preamble + "\n")
    for p in parts:
        chunks.append(f"--{boundary}\n" + p.render())
    chunks.append(f"--{boundary}--\n")
    return Part(["\n".join(hdrs)], _join_parts(chunks))


def _join_parts(chunks):
    # each rendered part already ends in "\n": the boundary line follows it
    out = ""
    for c in chunks:
        out += c
    return out


# --------------------------------------------------------------------------
# HTML rendering of a plain body (as a mail client would)
# --------------------------------------------------------------------------
def _esc(line):
    s = html.escape(line, quote=False)
    stripped = s.lstrip(" ")
    return "&nbsp;" * (len(s) - len(stripped)) + stripped


def html_outlook(text):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
           "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           "<style><!--",
           "p.MsoNormal, li.MsoNormal, div.MsoNormal",
           '\t{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}',
           "--></style>",
           "</head>",
           '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    quote_started = False
    for line in text.split("\n"):
        if (line.startswith("From: ") or line.startswith("-----Original Message")) and not quote_started:
            quote_started = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        if line.strip() == "":
            out.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append(f'<p class="MsoNormal">{_esc(line)}</p>')
    if quote_started:
        out.append("</div>")
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_gmail(text):
    out = ['<div dir="ltr">']
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:].lstrip(" ") if lines[i] != ">" else "")
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("<br>\n".join(_esc(x) for x in q))
            out.append("</blockquote>")
            continue
        if line.strip() == "":
            out.append("<div><br></div>")
        elif line.startswith("On ") and line.rstrip().endswith("wrote:"):
            out.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_esc(line)}<br></div></div>')
        else:
            out.append(f"<div>{_esc(line)}</div>")
        i += 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def html_plainish(text):
    paras = text.split("\n\n")
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"></head>",
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(_esc(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


HTML_STYLES = {"outlook": html_outlook, "gmail": html_gmail, "plain": html_plainish}

# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
MESSAGES = []


def T(s):
    """Body text: drop the first newline of a triple-quoted literal."""
    return s[1:] if s.startswith("\n") else s


def M(label, slug, note, frm, to, subject, date, body, cc=(), fmt="plain", cte="7bit",
      html_body=None, html_cte="quoted-printable", style="outlook", attachments=(),
      extra_headers=(), subj_enc="q", name_enc="q", mailer="outlook", preamble=False):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt, cte=cte,
                         html_body=html_body, html_cte=html_cte, style=style,
                         attachments=list(attachments), extra_headers=list(extra_headers),
                         subj_enc=subj_enc, name_enc=name_enc, mailer=mailer,
                         preamble=preamble))


def message_id(n, spec):
    hx = hashlib.sha256(f"r46-personal-{n}-{spec['slug']}".encode()).hexdigest().upper()
    if spec["mailer"] == "outlook":
        return f"<DB9PR03MB{hx[:8]}{hx[8:16]}@DB9PR03MB{hx[16:20]}.eurprd03.prod.outlook.com>"
    if spec["mailer"] == "mac":
        return f"<{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@{SCHOOL}>"
    return f"<r46.{n:03d}.{hx[:12].lower()}@mail.{SCHOOL}>"


def boundary(n, spec, level):
    hx = hashlib.sha256(f"r46b-{n}-{spec['slug']}-{level}".encode()).hexdigest()
    if spec["mailer"] == "outlook":
        kind = {"alt": "000", "mixed": "004", "rel": "005"}[level]
        return f"_{kind}_DB9PR03MB{hx[:12].upper()}eurprd03prodoutlookcom_"
    if spec["mailer"] == "mac":
        return f"Apple-Mail={hx[:8].upper()}-{hx[8:12].upper()}-{hx[12:16].upper()}"
    return f"=_r46_{level}_{hx[:20]}"


MAILER_HEADERS = {
    "outlook": ["Content-Language: en-GB",
                "X-MS-Has-Attach: {att}",
                "X-MS-TNEF-Correlator:"],
    "mac": ["X-Mailer: Apple Mail (2.3774.600.62)"],
    "web": ["User-Agent: Roundcube Webmail/1.6.9"],
    "tbird": ["User-Agent: Mozilla Thunderbird"],
    "ios": ["X-Mailer: iPhone Mail (21G93)"],
}


def build(n, spec):
    plain = spec["body"]
    fmt = spec["fmt"]
    if fmt == "plain":
        body = text_part(plain, "plain", spec["cte"])
    elif fmt == "html":
        body = text_part(spec["html_body"], "html", spec["html_cte"])
    elif fmt == "alt":
        h = spec["html_body"] or HTML_STYLES[spec["style"]](plain)
        body = multipart("alternative", [text_part(plain, "plain", spec["cte"]),
                                         text_part(h, "html", spec["html_cte"])],
                         boundary(n, spec, "alt"))
    else:
        raise ValueError(fmt)
    atts = spec["attachments"]
    if atts:
        parts = [body] + [file_part(*a) if isinstance(a, tuple) else a for a in atts]
        body = multipart("mixed", parts, boundary(n, spec, "mixed"),
                         preamble="This is a multi-part message in MIME format." if spec["preamble"] else None)
    frm = who(spec["frm"])
    lines = [hdr_addrs("From", [spec["frm"]], spec["name_enc"]),
             hdr_addrs("To", spec["to"], spec["name_enc"])]
    if spec["cc"]:
        lines.append(hdr_addrs("Cc", spec["cc"], spec["name_enc"]))
    lines.append(hdr_text("Subject", spec["subject"], spec["subj_enc"]))
    lines.append(f"Date: {spec['date']}")
    lines.append(f"Message-ID: {message_id(n, spec)}")
    lines.extend(spec["extra_headers"])
    lines.append("MIME-Version: 1.0")
    for mh in MAILER_HEADERS.get(spec["mailer"], []):
        lines.append(mh.format(att="yes" if atts else "no"))
    raw = "\n".join(lines) + "\n" + body.render()
    return raw.encode("utf-8"), frm[1], [who(p)[1] for p in spec["to"] + spec["cc"]]


def pdf_bytes(title, lines):
    """A tiny but well-formed one-page PDF (deterministic)."""
    text = ["BT", "/F1 12 Tf", "50 800 Td", f"({title}) Tj"]
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text += ["0 -16 Td", f"({safe}) Tj"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# Short-hand pupils (year of entry + initial + surname)
def P(local, name):
    return f"p:{local}:{name}"


# ==========================================================================
# 001-020
# ==========================================================================
M("clean", "homework_gaidhlig_s2", "everyday: S2 Gaelic homework reminder to pupils (bilingual)",
  "mmacleod",
  [P("24anicolson", "Anna Nicolson"), P("24smacaskill", "Seumas MacAskill"),
   P("24kmacleod", "Kenna MacLeod"), P("24rmatheson", "Ross Matheson")],
  "Obair-dachaigh – S2 Gàidhlig (for Thursday)",
  "Tue, 16 Sep 2025 08:12:40 +0100",
  T("""
Madainn mhath a h-uile duine,

Just a reminder that your obair-dachaigh for Thursday is the short piece
"An t-Àite agam" – 120 to 150 words about where you live. Some of you have
already handed it in on Teams, tapadh leibh!

Remember:
 - use at least three adjectives from the list we made in class
   (brèagha, fuar, sàmhach, fliuch...)
 - check your séimheachadh after "mo" and "do"
 - no Google Translate please. I can always tell :)

If you were off on Monday (Seumas, Kenna) the worksheet is in the Files tab
under Seachdain 3.

Chì mi a-màireach sibh,
Mrs MacLeod

--
Mòrag NicLeòid / Mòrag MacLeod
Tidsear Gàidhlig, Aonad Foghlam tro Mheadhan na Gàidhlig
Gaelic-Medium Teacher
Example School, Park Row, LS1 4AP · 01632 960000
"""), cte="8bit", mailer="web", name_enc="q")

M("flag", "dofe_practice_own_mobile", "Outdoor Ed teacher gives parent his own mobile for pick-up day",
  "hgrant", ["jane"],
  "Re: Bronze practice expedition - pick up time?",
  "Thu, 18 Sep 2025 07:31:09 +0100",
  T("""
Hi Jane,

Good question. The plan is for the groups to walk out to the Glenbrittle
road end by about 3pm on Sunday, but honestly with the wind forecast it
could be anything from 2 till half 4. I'll put a message on the group's
Teams on Sunday morning with a better estimate.

If there's any change on the day you won't get anyone in the office after
4, so just text me on my own mobile - 07700 900614. I'll have it with me
all weekend.

Isla's kit list is fine by the way. The only thing I'd add is a spare pair
of dry socks in a plastic bag - Skye bogs are merciless.

Cheers,
Hamish

Hamish Grant
Outdoor Education & DofE
Example School | 01632 960000

On Wed, 17 Sep 2025 at 21:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Grant,
> Isla is really looking forward to the practice expedition this weekend.
> Could you let me know roughly what time we should be at the pick-up
> point on Sunday? It's a 40 minute drive for us so I'd rather not be
> sitting in the car for hours!
> Thanks
> Jane
"""), mailer="tbird",
  extra_headers=["In-Reply-To: <CAK7x2Lr9Qm@mail.gmail.com>", "References: <CAK7x2Lr9Qm@mail.gmail.com>"])

M("clean", "ferry_cancelled_hostel_weekend",
  "hard: ferry operator line, school office and school hostel line only",
  "hostel", ["sam", "ali"],
  "Friday sailing cancelled - pupils staying in the hostel this weekend",
  "Thu, 09 Oct 2025 15:47:22 +0100",
  T("""
Dear parents and carers,

Western Isles Ferries have just confirmed that tomorrow's (Friday 10
October) 14:10 sailing from Uig is cancelled because of the forecast gales,
and the Saturday morning sailing is "under review".

Your young people will stay with us in the hostel over the weekend rather
than risk being stuck at the terminal. The usual weekend staff will be on,
meals as normal, and we'll take them to the pool in Portree on Saturday
afternoon if the weather allows.

If the Saturday sailing does go, we will drive them to Uig for it and let
you know as soon as they're on board. You can check the sailing status
yourselves at www.example.com/service-status or on the ferry company's
information line, 0141 496 0321 (updated every couple of hours).

During the day you can reach the hostel through the school office on
01632 960000. After 4pm and at weekends please use the hostel's own line,
01632 960077 - it rings in the staff room and is always answered.

Please make sure they have enough of any medication for the extra days.
Let me know today if anything is running low and we'll sort it with the
chemist.

Mòran taing,

Donald John Morrison
Hostel Warden
Example School Hostel, Park Row, LS1 4AP
Office 01632 960000 | Hostel (evenings/weekends) 01632 960077
"""), fmt="alt", cte="quoted-printable", style="outlook")

M("clean", "pe_kit_reply", "everyday: short reply to parent about wet PE kit",
  "tnowak", ["jane"],
  "RE: PE kit",
  "Tue, 23 Sep 2025 08:40:03 +0100",
  T("""
Hi Mrs Parent,

No problem at all, thanks for letting me know. Isla can borrow a top from
the spare kit box today and bring her own back on Thursday. She won't be
marked down for it.

Kind regards,
Tomasz Nowak
Teacher of PE
Example School

From: Jane Parent <jane.parent@gmail.com>
Sent: 23 September 2025 07:52
To: Tomasz Nowak <t.nowak@example-school.org.uk>
Subject: PE kit

Morning Mr Nowak, sorry, Isla's PE top is still soaking from the weekend
(we had a power cut and the dryer was out). She'll have shorts and
trainers but not the top. Hope that's OK. Jane
"""), fmt="alt", style="outlook",
  extra_headers=["Thread-Topic: PE kit", "In-Reply-To: <CAF3pkit0923@mail.gmail.com>"])

M("flag", "gaelic_summer_reading_gmail",
  "Gaelic-medium teacher gives carer her personal Gmail for the holidays",
  "mmacleod", ["sam"],
  "Leughadh an t-samhraidh – Gàidhlig summer reading for Ruairidh",
  "Wed, 25 Jun 2025 13:05:51 +0100",
  T("""
Halò Sam,

Tapadh leibh for asking about books for Ruairidh over the holidays. I've
put four in his bag today from the Aonad library, and he can keep them
until August:

 - "An Ìolair Dhubh" – an adventure story, quick to read
 - "Sgeulachdan à Uibhist" – short folk tales, good for reading aloud
 - "Dìomhaireachd a' Chladaich" – a mystery, a bit harder
 - the Gaelic comic annual (he asked for that one!)

If you can, try to get him to read for ten minutes a day out loud, even if
it's to the dog. It really does keep his fluency going over the long break,
and a lot of our pupils lose ground over the summer when nobody at home
speaks Gaelic.

I won't be checking this school account over the holidays, so if you've any
questions about the books or want more suggestions, email me at
moragnicleoid.gaidhlig@gmail.com and I'll get back to you.

Samhradh math dhuibh – have a lovely summer.
Mòrag

--
Mòrag NicLeòid
Tidsear Gàidhlig / Gaelic-Medium Teacher
Example School, Park Row, LS1 4AP · 01632 960000
"""), fmt="alt", cte="quoted-printable", style="gmail", subj_enc="b", mailer="web")

M("clean", "cover_request_p3_p4", "everyday: depute arranges cover, staff only",
  "amunro", ["kmatheson", "icampbell"],
  "Cover Tuesday P3/P4",
  "Fri, 31 Oct 2025 15:58:14 +0000",
  T("""
Hi both,

Calum is away on Tuesday at the SQA marker briefing in Inverness so I need
cover for:

P3  S2 Maths (2M1), room 14 - Kirsty, you're free then I think?
P4  S4 N5 Maths, room 14 - Iain

Work is set on the class Teams. The S4s are doing past paper questions
from 2023, answers in the green folder on his desk. Shout if this clashes
with anything.

Thanks,
Alasdair
"""), cc=["cmaclennan"], mailer="outlook")

M("clean", "parent_number_quoted_reply",
  "hard: guidance reply reads back the parent's own mobile from his message",
  "fmacrae", ["ali"],
  "RE: Finlay - worried about the hostel",
  "Tue, 16 Sep 2025 10:22:37 +0100",
  T("""
Dear Mr Guardian,

Thank you for getting in touch, and please don't apologise. This is
exactly the sort of thing I'd want to know about.

I had a quiet word with Finlay this morning and also with Mr Morrison at
the hostel. Finlay says the first few weeks have been harder than he
expected, mostly missing home and the dog, and he's finding the evenings
long. That is really common for our S1s from the islands and it usually
settles by the October break, but I'd like to keep a close eye on it. Mr
Morrison is going to pair him up with one of the S4 boys from the same
island for the evening activities.

I'll ring you tomorrow (Wednesday) at 4.15 on 07700 900789, as you
suggested. If that time no longer suits, just reply here and we'll find
another.

Kind regards,
Fiona MacRae
Principal Teacher of Guidance
Example School, Park Row, LS1 4AP
Tel: 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 15 September 2025 21:40
To: Fiona MacRae <f.macrae@example-school.org.uk>
Subject: Finlay - worried about the hostel

Dear Mrs MacRae,
Sorry to bother you. Finlay phoned home tonight in tears and says he wants
to come home for good. He doesn't want us to make a fuss at school. Could
you give me a call sometime? I'm at the fank most days but the best time is
after 4 on my mobile, 07700 900789.
Ali Guardian
"""), fmt="alt", cte="quoted-printable", style="outlook",
  extra_headers=["Thread-Topic: Finlay - worried about the hostel"])

M("clean", "s4_prelim_timetable", "everyday: exams officer sends S4 prelim timetable, PDF attached",
  "exams",
  [P("22cmorrison", "Calum Morrison"), P("22iferguson", "Iona Ferguson"),
   P("22kstewart", "Kieran Stewart"), P("22amacrae", "Amy MacRae")],
  "S4 Prelim timetable - January 2026",
  "Tue, 25 Nov 2025 12:03:44 +0000",
  T("""
Dear S4,

Your prelim timetable is below and attached as a PDF. Please check it
against your own subjects and let me know by Friday 5 December if anything
is missing or clashes.

Mon 12 Jan  09:00-11:00  English                Games Hall
Mon 12 Jan  13:00-14:30  Gàidhlig / Gaelic (L)  Library
Tue 13 Jan  09:00-11:15  Maths Papers 1 and 2   Games Hall
Wed 14 Jan  09:00-11:30  Chemistry              Games Hall
Wed 14 Jan  13:00-14:45  History                Room 9
Thu 15 Jan  09:00-11:00  Biology                Games Hall
Fri 16 Jan  09:00-10:45  Geography              Games Hall

If you travel from the islands and a sailing is cancelled on an exam
morning, phone the school office as soon as you can and we will rearrange.
Don't panic - prelims can be moved.

Bring two black pens, a calculator where allowed, and your candidate card.
Phones go in your bag at the front of the hall, switched off.

Ms Kowalczyk
Exams Officer
Example School
"""), fmt="alt", cte="quoted-printable", style="outlook",
  attachments=[("S4_Prelims_Jan2026.pdf", "application/pdf",
                pdf_bytes("S4 Prelim Timetable - January 2026",
                          ["Mon 12 Jan 09:00 English (Games Hall)",
                           "Tue 13 Jan 09:00 Maths P1 and P2 (Games Hall)",
                           "Wed 14 Jan 09:00 Chemistry / 13:00 History",
                           "Thu 15 Jan 09:00 Biology", "Fri 16 Jan 09:00 Geography"]))])

M("flag", "hostel_warden_home_landline",
  "hostel warden gives parent his home landline for the weekend",
  "djm", ["ali"],
  "Finlay staying this weekend",
  "Fri, 24 Oct 2025 16:20:05 +0100",
  T("""
Hi Ali,

Just to let you know Finlay is fine and settled. He's staying with us this
weekend along with the two Paterson boys, as the Saturday boat is off. He
was a bit fed up at first, but once he heard there was pizza tonight he
cheered up no end.

I'm off duty from Saturday lunchtime and Kenny is on for the rest of the
weekend, but I'm only down the road. If anything comes up, or you just want
a word, ring me at the house on (01632) 960518. Mairead will take a message
if I'm out at the sheep.

Mòran taing,
Donald John
"""), cte="8bit", mailer="ios")

M("clean", "snow_closure_notice", "everyday: head teacher closes school for snow (HTML only)",
  "head", ["jane", "sam", "ali"],
  "School closed today – Wednesday 21 January",
  "Wed, 21 Jan 2026 06:52:18 +0000",
  "", fmt="html", html_cte="quoted-printable",
  html_body=T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>Because of overnight snow and ice on the A87 and the side roads, and with most of our school
transport unable to run safely, I have taken the decision to <b>close the school today,
Wednesday 21 January</b>.</p>
<p>The hostel will stay open for pupils already staying there; hostel staff will be in touch
with those families separately.</p>
<p><b>S4&ndash;S6 pupils with prelims this week:</b> today's Chemistry and History prelims will be
rescheduled and Mrs Kowalczyk will email new times by Friday. Please do not try to travel in.</p>
<p>All pupils should check their class Teams for work &ndash; teachers will post tasks by 10am.</p>
<p>We will update the school website and the Council's school closures page by 7am tomorrow
about Thursday.</p>
<p>Stay safe and warm,</p>
<p>Rachel Bell<br>Head Teacher</p>
</body></html>
"""), mailer="outlook", subj_enc="q")

M("clean", "expedition_school_phone",
  "hard: expedition mobile explicitly a school phone; school office number",
  "hgrant", ["jane", "sam", "ali"],
  "S3 Glen Affric expedition - contact during the weekend",
  "Wed, 01 Oct 2025 16:35:40 +0100",
  T("""
Dear parents and carers,

A few practical points for this weekend's expedition (Friday 3 - Sunday 5
October).

Contact during the expedition
The school expedition mobile is 07700 900100. This is a school phone, not a
personal one - it is carried by whoever is leading the expedition (this
time me, with Ms Matheson as second). Please only use it if something is
urgent. Signal in the glen is very patchy, so a text is more likely to get
through than a call. For anything non-urgent please email me or phone the
school office on 01632 960000 before 4pm on Friday.

Emergency contacts
If we need to contact you we'll use the numbers on the consent form, so
please let the office know today if yours has changed.

Timings
Minibuses leave the school at 08:30 on Friday and should be back at about
17:00 on Sunday. We'll text you from the expedition phone when we leave
Cannich on Sunday so you have an hour's warning.

Kit
Full waterproofs (jacket AND trousers), a warm hat and gloves, and a proper
sleeping mat. The forecast is 4°C overnight.

Thanks,
Hamish Grant
Outdoor Education
Example School, Park Row, LS1 4AP
"""), fmt="alt", cte="quoted-printable", style="outlook")

M("flag", "shinty_snapchat", "PE teacher asks pupils to add him on Snapchat",
  "tnowak",
  [P("22smacaskill", "Seumas MacAskill"), P("22cmorrison", "Calum Morrison"),
   P("21dmacdonald", "Darren MacDonald"), P("23lgillies", "Lewis Gillies")],
  "shinty training",
  "Mon, 13 Oct 2025 12:47:33 +0100",
  T("""
Hi lads,

Training Tuesday is ON unless the pitch is under water again. It's easier
if you add me on Snapchat (tnowak_coach) and I'll put any changes up there
the afternoon before - saves me chasing you all on email.

Bring boots AND trainers. The Schools Cup game against Ardcross High is
Saturday 18th, squad goes up Thursday.

Mr N
"""), mailer="ios")

M("clean", "s1_tracking_report", "everyday: office sends S1 tracking report PDF to parent",
  "office", ["ali"],
  "Finlay - S1 tracking report (October)",
  "Fri, 31 Oct 2025 11:15:00 +0000",
  T("""
Dear Mr Guardian,

Please find attached Finlay's first tracking report of S1. At this stage
the reports are short: they show how he has settled into each subject, his
effort and his homework, rather than grades.

If you would like to discuss anything in it, his Guidance teacher is Mrs
MacRae, who can be contacted through the office.

S1 parents' evening is on Thursday 20 November. Booking opens on 3 November
and island families can choose a telephone or Teams appointment instead of
coming in.

Kind regards,
Peigi MacInnes
Office Manager
Example School, Park Row, LS1 4AP
Tel 01632 960000 | office@example-school.org.uk
"""), fmt="alt", style="outlook",
  attachments=[("S1_Tracking_Report_Oct2025.pdf", "application/pdf",
                pdf_bytes("S1 Tracking Report - October 2025",
                          ["Pupil: Finlay (S1)", "English: settled well, effort good",
                           "Maths: effort very good, homework complete",
                           "Gaidhlig (learners): enthusiastic", "PE: excellent effort"]))])

M("clean", "address_change_readback",
  "hard: attendance confirms the carer's own new address and phone from her message",
  "attendance", ["sam"],
  "RE: Change of address - Ruairidh",
  "Fri, 05 Dec 2025 09:41:27 +0000",
  T("""
Dear Sam,

Thank you for letting us know. I have updated Ruairidh's record with your
new details:

Address:     2 Tigh na Mara, Camuscross, Isle of Skye IV99 6ZZ
Home phone:  01632 960339
Mobile:      07700 900456 (unchanged)

Could you check that is all correct? As you're now on Skye rather than on
the island, Ruairidh won't need a hostel place from the start of next term.
I've passed that on to Mr Morrison, who will be in touch about the handover,
and to the Council's transport team about the school bus from Camuscross.

Kind regards,
Seonaid Campbell
Attendance and Pupil Records
Example School · 01632 960000

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 04 December 2025 18:22
To: attendance@example-school.org.uk
Subject: Change of address - Ruairidh

Hello, we've moved house over the weekend. New address is 2 Tigh na Mara,
Camuscross, Isle of Skye IV99 6ZZ and the house phone is 01632 960339.
Mobile stays the same. Thanks, Sam
"""), cte="8bit", mailer="outlook")

M("flag", "mod_choir_whatsapp",
  "music teacher asks choir pupils (and a parent) to WhatsApp her mobile to join a group",
  "cbeaton",
  [P("23imacinnes", "Iona MacInnes"), P("23epaterson", "Eilidh Paterson"),
   P("24mbeaton", "Mairi Beaton"), P("23jmacsween", "Josh MacSween")],
  "Mòd – coach times and WhatsApp group",
  "Mon, 22 Sep 2025 19:08:51 +0100",
  "", cc=["jane"], fmt="html", html_cte="quoted-printable", subj_enc="b",
  html_body=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">
<p>A ch&ograve;isir ch&ograve;ir / Dear choir,</p>
<p>Only three weeks to the M&ograve;d! Thank you all for coming to the extra Wednesday
rehearsals &ndash; the puirt-&agrave;-beul is sounding brilliant.</p>
<p>For M&ograve;d week itself it's much easier to get messages to everyone on WhatsApp
than by email (nobody checks school email on a Saturday, I know!). So I'm setting up a
group: please send a WhatsApp to my number <b>07700.900.372</b> with your name and
I'll add you. Parents are welcome to join too &ndash; Mrs Parent, I've copied you in as
you kindly offered to help with costumes.</p>
<p>Competition uniform: black skirt or trousers, white shirt, and the choir sash (I'll
hand these out on the bus).</p>
<p>Tapadh leibh,<br>Mrs Beaton</p>
<p style="color:#555;font-size:9pt">Catriona Beaton<br>Principal Teacher of Music<br>
Example School, Park Row, LS1 4AP<br>01632 960000</p>
</body></html>
"""), mailer="outlook")

M("clean", "english_dept_minutes", "everyday: English department meeting notes, staff only",
  "enicolson", ["amackinnon", "rmacaskill"],
  "English dept meeting 29/10 - notes",
  "Thu, 30 Oct 2025 16:44:02 +0000",
  T("""
Hi both,

Notes from yesterday below - shout if I've missed anything.

1. N5/Higher folio
 - Final folio pieces in by Fri 6 Feb. Cross-marking swap w/c 9 Feb (same
   pairs as last year).
 - Reminder: drafts get ONE round of written feedback only.

2. S1 reading
 - Màiri has ordered 30 copies of the new class novel, should be here
   before Christmas.
 - Trialling paired reading with S6 buddies, period 6 on Fridays.

3. Prelims
 - Alison setting the RUAE paper, I'll do Critical Reading. Marking split
   as per the sheet on Teams.
 - Hostel pupils can't always stay after school for catch-up, so please
   offer them lunchtime slots instead.

4. AOB
 - The printer in E3 is still jamming. Neil says the part is coming on
   Tuesday's van from Inverness.
 - Book week ideas to Rhona by the end of term please.

Next meeting Wed 26 Nov, 3.45, in E2.

Eilidh
"""), cte="quoted-printable", cc=["library"], mailer="outlook")

M("clean", "mod_travel_costs_venue",
  "hard: coach firm office number, hostel and venue postcodes, prices and times",
  "cbeaton", ["jane", "sam", "ali"],
  "Royal National Mòd – travel, costs and timings",
  "Mon, 06 Oct 2025 17:30:12 +0100",
  T("""
Dear parents and carers,

Here are the arrangements for the Mòd in Oban next week.

Travel
We are travelling with MacKinnon's Coaches. The coach leaves the school at
06:45 on Monday 13 October (please be at school by 06:30) and comes back on
Friday 17 October, arriving at about 19:30. If we're delayed on the way
home, MacKinnon's office (0141 496 0588) can tell you where the coach is.

Accommodation
Pupils are staying at the Lochside Youth Hostel, Corran Esplanade, Oban
PA99 5ZZ, in rooms of 4-6 with staff on the same corridor.

Competitions
Most of our competitions are in the Lochside Halls (PA99 5YY). The choir
sings on Thursday at 14:20; solo and puirt-à-beul competitors will get
their times on the day.

Cost
The total is £145 per pupil, of which £40 has already been paid as a
deposit. The balance of £105 is due by Friday 10 October through
ParentPay. If cost is a difficulty, please speak to me or to Mrs Stewart in
confidence - nobody will miss out.

We suggest no more than £30 pocket money for the week.

Mòran taing,
Catriona Beaton
Principal Teacher of Music
Example School, Park Row, LS1 4AP · 01632 960000
"""), fmt="alt", cte="quoted-printable", style="outlook", subj_enc="b")

M("flag", "it_signature_own_mobile",
  "IT technician's reply to parent carries his own mobile in the signature (+44, &nbsp; in HTML)",
  "gshaw", ["jane"],
  "RE: Isla's Chromebook – charger",
  "Wed, 08 Oct 2025 13:26:45 +0100",
  T("""
Hi Jane,

Thanks for your email. Yes, the charger is covered by the loan agreement.
Isla can bring the broken one to the IT office (room 22) any lunchtime and
I'll swap it there and then. No charge.

If she has any trouble logging in after the update, get her to restart it
twice while connected to your home Wi-Fi. That usually sorts it.

Regards,
Gregor

Gregor Shaw
IT Technician
Example School
Mob: +44 7700 900841 (my own phone - text if it's urgent)

From: Jane Parent <jane.parent@gmail.com>
Sent: 07 October 2025 20:03
To: Gregor Shaw <g.shaw@example-school.org.uk>
Subject: Isla's Chromebook – charger

Hello, the charger for Isla's school Chromebook has stopped working (frayed
near the plug). Do we need to pay for a new one? Jane
"""), fmt="alt", cte="quoted-printable", subj_enc="q",
  html_body=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Hi Jane,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks for your email. Yes, the charger is covered by the loan agreement.
Isla can bring the broken one to the IT office (room 22) any lunchtime and I&#8217;ll swap it
there and then. No charge.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If she has any trouble logging in after the update, get her to restart it
twice while connected to your home Wi-Fi. That usually sorts it.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,<br>Gregor</p>
<p class="MsoNormal">&nbsp;</p>
<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:9pt;color:#1F3864">
<tr><td><b>Gregor Shaw</b></td></tr>
<tr><td>IT Technician</td></tr>
<tr><td>Example School</td></tr>
<tr><td>Mob:&nbsp;+44&nbsp;7700&nbsp;900841&nbsp;(my own phone &#8211; text if it&#8217;s urgent)</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Jane Parent &lt;jane.parent@gmail.com&gt;<br>
<b>Sent:</b> 07 October 2025 20:03<br>
<b>To:</b> Gregor Shaw &lt;g.shaw@example-school.org.uk&gt;<br>
<b>Subject:</b> Isla&#8217;s Chromebook &#8211; charger</p>
</div>
<p class="MsoNormal">Hello, the charger for Isla&#8217;s school Chromebook has stopped working
(frayed near the plug). Do we need to pay for a new one? Jane</p>
</div>
</body></html>
"""), mailer="outlook", extra_headers=["Thread-Topic: Isla's Chromebook - charger"])

M("clean", "lewis_immersion_host_family",
  "hard: host family's home and mobile numbers given for a Gaelic immersion week",
  "kmackay", ["sam"],
  "Seachdain bogaidh ann an Leòdhas – host family details",
  "Thu, 12 Feb 2026 14:02:29 +0000",
  T("""
A Sam chòir / Dear Sam,

Here are the details for Ruairidh's Gaelic immersion week in Lewis, Monday
2 to Friday 6 March.

Host family
Ruairidh will stay with Dòmhnall and Catrìona MacIver, 14 Baile Ùr,
Siabost, Isle of Lewis HS9 9ZQ. Their home number is 01632 960412 and
Mrs MacIver's mobile is 07700 900827. They have hosted our pupils for years
and have two teenage sons, both fluent, which is exactly what we want. You
are very welcome to phone them before the trip to introduce yourself -
they'd like that.

Programme
Mornings in the local school's Gaelic-medium classes, afternoons with the
comann eachdraidh (historical society) and the local radio studio, and a
cèilidh in the village hall on the Thursday night.

Travel
We take the 13:55 ferry from Uig on the Monday. Staff going are myself and
Mrs NicLeòid. During the week you can reach us through the school office on
01632 960000, which will pass on messages.

The consent form and medical form are attached to the letter in Ruairidh's
bag - please return both by Friday 20 February.

Le dùrachd,
Coinneach Mackay
Tidsear Eachdraidh tro Mheadhan na Gàidhlig / History through Gaelic
Example School, Park Row, LS1 4AP
"""), cte="base64", subj_enc="q", mailer="outlook")

M("clean", "lost_property_mountain", "everyday: office lost-property reminder to parents",
  "office", ["jane", "sam", "ali"],
  "Lost property - please have a look",
  "Mon, 17 Nov 2025 10:05:58 +0000",
  T("""
Dear parents and carers,

The lost property trolley outside the office is overflowing again: 23
fleeces, at least 15 water bottles, two pairs of football boots and a set
of chanter reeds (!). Anything not collected by Friday 28 November will go
to the charity shop in Portree or into the PE spare kit box.

Please name your child's clothing. It really does make it much easier for
us to get things back to the right person.

Thank you,
School Office
Example School · 01632 960000
"""), cte="quoted-printable", mailer="outlook")

# ==========================================================================
# 021-040
# ==========================================================================
VCARD_GILLIES = crlf("""BEGIN:VCARD
VERSION:3.0
N:Gillies;Duncan;;Mr;
FN:Duncan Gillies
TITLE:DYW Co-ordinator
ORG:Example School
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=CELL,VOICE:+447700900263
EMAIL;TYPE=INTERNET,HOME:dunc.gillies@hotmail.co.uk
NOTE:Mobile and home email for the holidays
END:VCARD
""")

M("flag", "careers_vcard_personal",
  "careers adviser attaches vCard with his own mobile and hotmail to a pupil",
  "dgillies", [P("20mmorrison", "Màili Morrison")],
  "Modern Apprenticeship interview - next steps",
  "Tue, 07 Oct 2025 15:11:08 +0100",
  T("""
Hi Màili,

Well done on getting through to the interview stage with the estate! It's a
really good apprenticeship and they only take two a year, so you should be
proud of yourself.

I've put some practice questions in the attached sheet, and I'm happy to do
a mock interview with you on Thursday lunchtime in the careers room if you
want.

The interview itself is on the 14th and might run into the holidays if they
do a second day on the hill, so I've also attached my contact card. It has
my own mobile and personal email on it, so you can get hold of me while the
school's closed if you need a hand with anything.

Best of luck,
Mr Gillies

Duncan Gillies
DYW Co-ordinator / Careers
Example School, Park Row, LS1 4AP
"""), fmt="alt", cte="quoted-printable", style="outlook", name_enc="b",
  attachments=[("Interview_practice_questions.pdf", "application/pdf",
                pdf_bytes("Practice interview questions",
                          ["1. Why do you want to work on the estate?",
                           "2. Tell us about a time you worked in a team.",
                           "3. What do you know about deer management?",
                           "4. How would you cope with long days outdoors?"])),
               ("Duncan Gillies.vcf", "text/vcard", VCARD_GILLIES, "base64", '; charset="utf-8"')])

M("clean", "history_plan_feedback", "everyday: teacher feedback on pupil's Higher History plan",
  "sross", [P("21smacaskill", "Seumas MacAskill")],
  "Re: assignment plan",
  "Thu, 22 Jan 2026 17:49:30 +0000",
  T("""
Hi Seumas,

Thanks for sending your plan. The argument is much clearer than it was -
you've now got a proper line on why the Clearances happened, and your
paragraph on the economics of sheep farming is strong.

Three things to work on before the write-up:

1. You've got loads of evidence on Sutherland but hardly any on the islands.
   Your great-granny's story is fascinating, but you need a historian to
   back it up. Try Richards or Devine (both on the library shelf in H2).
2. Your conclusion repeats the introduction. Weigh the factors up - which
   one mattered MOST, and why?
3. Keep an eye on the resource sheet: 200 words maximum.

The write-up is Tuesday 3 February under exam conditions, so this plan is
what you'll take in with you.

Ms Ross

On 22/01/2026 13:05, Seumas MacAskill wrote:
> Hi miss here is my plan for the assignment, is it ok? i wasnt sure about
> the conclusion
> Seumas
"""), mailer="tbird")

M("clean", "camhs_referral_supports",
  "hard: guidance gives parent CAMHS duty line and a charity helpline, no staff personal details",
  "fmacrae", ["jane"],
  "Following our conversation yesterday",
  "Thu, 06 Nov 2025 09:14:55 +0000",
  T("""
Dear Jane,

Thank you for coming in yesterday. I know it wasn't an easy conversation,
and I think Isla was very brave to tell us how she's been feeling.

As agreed, I have made the referral to the Child and Adolescent Mental
Health Service. Their letter should come to you directly within about four
weeks. If you haven't heard anything by the end of November, you can phone
the CAMHS duty line on 0131 496 0740 and quote Isla's date of birth.

While you wait, these may help:

 • Calm Waters, the young people's support line: 0808 157 0249 (free, 24
   hours, and they also take texts). Isla has the card I gave her.
 • Your GP at the Portree surgery if things get worse quickly, or NHS 24
   on 111 out of hours.
 • In an emergency, always 999.

Isla will have a check-in with me every Monday in period 2, and her teachers
know she can use her time-out card if she needs it.

Please get in touch through the school if anything changes - I'm in Monday
to Thursday.

Kind regards,
Fiona MacRae
Principal Teacher of Guidance
Example School, Park Row, LS1 4AP
01632 960000
"""), cte="quoted-printable", mailer="outlook")

M("flag", "history_reply_to_gmail",
  "History teacher sets Reply-To to her personal Gmail on mail to a parent",
  "sross", ["jane"],
  "Isla - missed History homework",
  "Wed, 29 Oct 2025 16:02:11 +0000",
  T("""
Dear Jane,

Just a quick note as Isla hasn't handed in her last two History homeworks
(the source questions on the Jacobites, and the timeline). She tells me
she's been struggling to find time with the expedition training, which I
completely understand, but I don't want her falling behind before the unit
test on 7 November.

She can hand them in by next Wednesday, no problem at all.

Also - my school inbox has been playing up since the migration and half my
mail is vanishing, so I've set replies to go to my own Gmail for now. If you
just reply to this it'll come straight to me.

Best wishes,
Shona Ross
Teacher of History
Example School
"""), extra_headers=["Reply-To: Shona Ross <shona.ross.hist@gmail.com>"], mailer="outlook")

M("clean", "hostel_nut_allergy_staff", "everyday: hostel warden to catering about a pupil allergy, staff only",
  "hostel", ["catering"],
  "New S1 boarder - nut allergy",
  "Thu, 21 Aug 2025 14:37:19 +0100",
  T("""
Hi Margaret,

Just a heads-up that one of the new S1 girls coming into the hostel on
Sunday night, Kenna, has a severe peanut allergy and carries two
auto-injectors. Her mum has filled in the care plan; there's a copy in the
hostel office and I'll drop one round to the kitchen tomorrow.

Could we make sure Sunday tea and the packed lunches for Monday's trip are
nut-free? I know the kitchen is already good with this, but the cereal bars
we had last term had a "may contain" warning on them.

Thanks,
DJ
"""), cc=["fmacrae"], mailer="outlook")

M("flag", "art_folio_home_address",
  "art teacher tells pupil to bring folio to his house, gives home address (no postcode)",
  "lfraser", [P("21iferguson", "Iona Ferguson")],
  "Folio sheets over the October week",
  "Fri, 10 Oct 2025 15:21:48 +0100",
  T("""
Hi Iona,

Great work on the expressive folio this week. The seaweed studies are really
coming on. I know you want to keep going over the holidays, and that's fine,
but I'll need to see the sheets before the final mount.

Easiest thing: drop them round to my house on the Wednesday or Thursday of
the break. It's 7 Lower Ollach, Braes - the white house just past the old
phone box, with the blue boat in the garden. If I'm out, leave them in the
porch, it's never locked.

Wrap them in a bin bag. It will be raining.

Mr Fraser
Art & Design
"""), mailer="mac")

M("clean", "library_overdue_book", "everyday: librarian chases an overdue book",
  "library", [P("23kmackenzie", "Kyle Mackenzie")],
  "Overdue library book",
  "Tue, 14 Oct 2025 11:50:26 +0100",
  T("""
Hi Kyle,

Just a reminder that you still have "Storm Lantern" out, which was due back
on 3 October. We don't do fines, but there are three people waiting for it!

Could you bring it back to the library this week? If it's been lost, let me
know and we'll sort something out - it happens.

Thanks,
Mrs Macaulay
Leabharlannaiche / School Librarian
"""), fmt="alt", cte="quoted-printable", style="gmail", mailer="web", name_enc="b")

M("clean", "sqa_candidate_details",
  "hard: SCN, centre number and course codes (numbers that are not phones)",
  "exams", [P("21emorrison", "Eilidh Morrison")],
  "Your SQA entries - please check",
  "Mon, 02 Feb 2026 10:18:03 +0000",
  T("""
Dear Eilidh,

Your Statement of Entry for this year's SQA exams is attached. Please check
it carefully and reply to me by Friday 13 February if anything is wrong.

Your details as held by SQA:
  Scottish Candidate Number (SCN):  130 472 958
  Date of birth:                    14/03/2009
  Centre:                           Example School (centre number 5301480)

Your entries:
  C847 76  Higher English
  C863 76  Higher Gàidhlig
  C813 76  Higher Chemistry
  C837 76  Higher History
  C807 75  National 5 Applications of Mathematics

Keep your SCN safe - you'll need it to sign up for MySQA, which is how
you'll get your results by text and email on 4 August.

Ms Kowalczyk
Exams Officer
Example School · 01632 960000
"""), cte="quoted-printable", mailer="outlook",
  attachments=[("Statement_of_Entry_2026.pdf", "application/pdf",
                pdf_bytes("SQA Statement of Entry 2026",
                          ["Candidate: Eilidh Morrison", "SCN 130472958", "Centre 5301480",
                           "C847 76 Higher English", "C863 76 Higher Gaidhlig",
                           "C813 76 Higher Chemistry", "C837 76 Higher History",
                           "C807 75 N5 Applications of Mathematics"]))])

M("clean", "ucas_internal_deadlines", "everyday: careers adviser reminds S6 of UCAS deadlines",
  "dgillies",
  [P("20cmacdonald", "Ciaran MacDonald"), P("20mmorrison", "Màili Morrison"),
   P("20rstewart", "Rebecca Stewart"), P("20tnicolson", "Tormod Nicolson")],
  "UCAS - school deadlines",
  "Mon, 08 Sep 2025 09:02:47 +0100",
  T("""
Morning S6,

A quick reminder of the school deadlines for UCAS. These are earlier than
the UCAS ones so that your referees have time to write your references
properly - please stick to them.

 - Medicine, vet, dentistry and Oxbridge: complete application to me by
   Friday 26 September.
 - Everyone else: personal statement draft to your guidance teacher by
   Friday 31 October, full application by Friday 28 November.

If you're applying to the UHI campuses or to college instead, come and see
me anyway - there are a couple of bursaries for island students that are
worth applying for and the deadlines sneak up.

Drop-in sessions are every Wednesday lunchtime in the careers room.

Mr Gillies
"""), mailer="outlook", name_enc="q")

M("flag", "depute_signal_text_base64",
  "depute invites parent to text/Signal his mobile over the weekend (base64 body)",
  "amunro", ["jane"],
  "Isla - this afternoon",
  "Fri, 14 Nov 2025 17:26:40 +0000",
  T("""
Dear Jane,

Thank you for taking my call this afternoon. I just wanted to put in writing
what we agreed.

The pupils involved in this morning's incident on the bus have been spoken
to, and their parents have been contacted. Isla did absolutely the right
thing by telling Mrs MacRae, and I've told her that.

On Monday, Isla will go straight to the Pupil Support base when she gets off
the bus, and she'll sit at the front of the bus for the next two weeks; I've
spoken to the driver.

I know the weekend can be a long time when a young person is anxious. If
anything else happens or you're worried, you're welcome to text me on
07700-900-455 - I'm on Signal too if that's easier. I'd much rather hear
from you than have you sitting at home worrying.

Kind regards,
Alasdair Munro
Depute Head Teacher
Example School
"""), cte="base64", mailer="outlook")

M("clean", "isbn_reading_list", "hard: reading list with ISBNs and prices (not phone numbers)",
  "enicolson",
  [P("20tnicolson", "Tormod Nicolson"), P("20rstewart", "Rebecca Stewart"),
   P("20fmackay", "Freya Mackay")],
  "Advanced Higher English - reading for the dissertation",
  "Wed, 27 Aug 2025 13:33:21 +0100",
  T("""
Hi all,

As promised, here's the longer list for anyone still deciding on their
dissertation texts. The library has one copy of each; if you want your own,
the prices are roughly what the bookshop in Portree charges.

Scottish fiction
  The Crofter's Daughter, M. Finlayson   ISBN 978-1-84502-114-7   £9.99
  Salt and Peat, A. Gunn                  ISBN 978-0-86241-930-3   £8.99
  Eilean Fhraoich (parallel text)         ISBN 978-1-90890-452-1   £12.50

Poetry
  Collected Shorter Poems, S. MacLean     ISBN 978-1-78027-301-6   £14.99
  Tide Lines: New Island Voices (anth.)   ISBN 978-1-91133-218-0   £10.00

Drama
  The Clearance Year, J. Munro            ISBN 978-1-84002-661-2   £7.99

Remember you need two texts by the same writer, or two that are genuinely
linked - chat to me before you commit. First proposals due 19 September.

Ms Nicolson
"""), cte="quoted-printable", mailer="outlook")

M("clean", "headteacher_inset_briefing", "everyday: head teacher's note to all staff about INSET day",
  "head", ["staffall"],
  "INSET Monday - plan for the day",
  "Thu, 13 Nov 2025 16:10:59 +0000",
  T("""
Dear colleagues,

A reminder that Monday 17 November is an INSET day. Plan below.

08:45  Tea and coffee in the staffroom (the Parent Council have kindly
       donated home bakes - thank you, Morag and Sheila!)
09:15  Child protection update - Ewan. Annual refresher, everyone must
       attend, including hostel and support staff.
10:30  Break
10:45  Department time: moderation of S3 BGE evidence
12:30  Lunch
13:15  Gaelic in the whole school - Mòrag and Coinneach. Easy phrases for
       non-Gaelic speakers, signage, and how we support GME pupils in
       English-medium classes.
14:45  Hostel staff: fire drill and evacuation walk-through with Neil.
       Everyone else: Pupil Equity Fund planning in departments.
15:30  Finish

Please bring a laptop. If you're travelling in from the islands and the
ferry is off, log in to the Teams meeting for the morning session instead -
the link is in the staff channel.

Thank you,
Rachel
"""), cte="quoted-printable", mailer="outlook")

M("flag", "learning_support_mobile_linebreak",
  "support teacher's own mobile spread over a line break, to carer",
  "mgunn", ["sam"],
  "Ruairidh - reader for the prelims",
  "Tue, 02 Dec 2025 19:40:31 +0000",
  T("""
Dear Sam,

Good news - SQA have agreed that Ruairidh can have a reader and 25% extra
time in all his prelims and exams, so we'll use that in January as a
practice run. I've also put him on the list for the digital papers, so he
can use the text-to-speech on the laptop for the English ones.

I'll be doing a short session with him on how it all works on Thursday
period 5.

It's hard to catch you with the boat times, I know, so if it's easier to
chat at the weekend my mobile is 07700
900733 - just drop me a text first. I'm around most of Saturday.

Best wishes,
Morven Gunn
Support for Learning Teacher
Example School
"""), mailer="web")

M("clean", "s3_trip_bank_transfer",
  "hard: school bank sort code, account number and payment reference",
  "finance", ["jane"],
  "S3 ski trip - paying by bank transfer",
  "Wed, 10 Dec 2025 11:29:14 +0000",
  T("""
Dear Mrs Parent,

Thank you for your email. Yes, you can pay the balance for Isla's S3 ski
trip by bank transfer if ParentPay isn't working for you. The details are:

  Account name:   Example School Fund
  Sort code:      80-91-44
  Account number: 06123457
  Reference:      SKI26 ISLA S3

The balance is £210 (total £310 less the £100 deposit) and is due by
Friday 16 January. If you would rather pay in instalments, that's fine -
just let me know the amounts and dates so I can match them up.

Kind regards,
Gillian Stewart
School Business Manager
Example School, Park Row, LS1 4AP
01632 960000
"""), fmt="alt", cte="quoted-printable", style="outlook")

M("clean", "rural_skills_lambing_visit", "everyday: rural skills teacher arranges lambing visit with pupils",
  "kmatheson",
  [P("23lgillies", "Lewis Gillies"), P("23imacinnes", "Iona MacInnes"),
   P("23kmackenzie", "Kyle Mackenzie"), P("23epaterson", "Eilidh Paterson")],
  "Rural Skills - lambing visit Thursday",
  "Mon, 23 Mar 2026 08:25:33 +0000",
  T("""
Hi all,

Great news - Mr MacAskill has said we can come up to the croft at Ord on
Thursday to see the lambing. We'll go in the minibus during periods 3-5
and be back for lunch.

What you need:
 - wellies (NOT trainers, you will regret it)
 - waterproof jacket
 - old clothes - there will be mud and worse
 - your signed permission slip if you haven't already handed it in
   (Lewis, Kyle, I'm looking at you)

We'll be helping to check the ewes in the lambing shed and, if we're
lucky, see a birth. Please remember it's a working croft: stay with the
group, close every gate behind you, and no dogs or food near the pens.

Wash your hands well before eating anything - there is hand gel on the bus.

Miss Matheson
Biology / Rural Skills
"""), mailer="outlook")

M("clean", "island_parents_evening_teams",
  "hard: Teams meeting ID and passcode, appointment times, school office number",
  "office", ["sam", "ali"],
  "Parents' evening - your Teams appointment details",
  "Mon, 17 Nov 2025 14:48:06 +0000",
  T("""
Dear Parent/Carer,

As you are joining the parents' evening on Thursday 20 November from home,
here are your Microsoft Teams details. You do not need a Teams account; you
can join in a web browser or on your phone.

Meeting ID: 381 552 904 177
Passcode: gT7x9Q

Your appointments (each 5 minutes):
  16:10  English - Ms Nicolson
  16:20  Maths - Mr MacLennan
  16:35  Guidance - Mrs MacRae
  16:50  Gàidhlig - Mrs NicLeòid

If your connection drops, please rejoin with the same ID. If the
connection on the island is too poor on the night, phone the school office
on 01632 960000 and we will ask the teacher to call you back on the number
we have on record.

Kind regards,
School Office
Example School, Park Row, LS1 4AP
"""), cte="quoted-printable", mailer="outlook")

M("flag", "rum_fieldtrip_personal_mobile",
  "biology teacher gives parents her own mobile (+44 (0)) for a field trip, not the school phone",
  "kmatheson", ["jane", "sam", "ali"],
  "S5 Biology field trip to Rum - contact",
  "Mon, 08 Sep 2025 18:55:42 +0100",
  T("""
Dear parents and carers,

Just a short note before Wednesday's field trip to Rum.

We take the 08:40 ferry from Mallaig and are back on the 16:45 sailing,
returning to school about 19:30. Packed lunches are provided by the school
kitchen. Pupils need waterproofs, proper boots and midge repellent (really).

The school's trip phone is with the reserve ranger for the day as it's
the only one with a satellite option, so if you need to get hold of us
please use my own mobile instead: +44 (0)7700 900931. Signal on Rum is
only good near the pier, so a text is best and I'll reply when I can.

Thanks,
Kirsty Matheson
Teacher of Biology
Example School, Park Row, LS1 4AP
"""), fmt="alt", cte="7bit", style="outlook", mailer="outlook")

M("clean", "feis_letter_bilingual", "everyday: GME unit letter about a local Feis (bilingual)",
  "mmacleod", ["jane", "sam"],
  "Fèis Eilean a' Cheò – clàradh / registration",
  "Mon, 02 Mar 2026 12:15:38 +0000",
  T("""
A phàrantan is a luchd-cùraim chòir,

Tha Fèis Eilean a' Cheò a' tighinn a-rithist sna làithean-saora
Càisge, bho 7 gu 10 Giblean. Bidh clasaichean ann ann an fìdhleireachd,
pìobaireachd, òrain Ghàidhlig, dràma agus dannsa.

Dear parents and carers,

The Skye Fèis is on again over the Easter holidays, from 7 to 10 April.
There are classes in fiddle, piping, Gaelic song, drama and dance, all
taught through Gaelic. It's open to all our GME pupils, and pupils who are
learning Gaelic are very welcome too.

Registration is online on the Fèis website and closes on 20 March. The
cost is £40 for the four days, but there are free places for anyone who
needs one - just tick the box on the form, nobody will ask questions.

We have a few school fiddles that can be borrowed for the week; let me know
by the end of next week if your child needs one.

Tapadh leibh,
Mòrag NicLeòid
Aonad Gàidhlig / Gaelic-Medium Unit
Example School, Park Row, LS1 4AP · 01632 960000
"""), fmt="alt", cte="quoted-printable", style="plain", subj_enc="b", mailer="web")

M("clean", "payroll_details_staff_only",
  "hard: business manager reads back a teacher's own home address and mobile, staff only",
  "gstewart", ["tnowak"],
  "Payroll - please confirm your details",
  "Tue, 26 Aug 2025 10:41:52 +0100",
  T("""
Hi Tomasz,

Welcome back! Payroll have asked me to confirm your details after your
move, before the August run. This is what they now have:

  Home address:     3 Kyleside Cottages, Dornie IV99 8ZZ
  Personal mobile:  07700 900650
  Personal email:   tomasz.nowak.88@gmail.com (for the payslip portal)
  Next of kin:      Agnieszka Nowak, 07700 900651

Could you reply to confirm that's all correct, or correct anything that
isn't? The cut-off is Thursday.

Thanks,
Gillian

Gillian Stewart
School Business Manager
Example School
"""), mailer="outlook")

M("flag", "office_facebook_friend",
  "office manager accepts parent's Facebook friend request and invites Messenger contact",
  "pmacinnes", ["jane"],
  "Re: Christmas fair baking",
  "Thu, 27 Nov 2025 20:16:03 +0000",
  T("""
Hi Jane,

That's brilliant, thank you so much! Two dozen tablet squares and the
clootie dumpling will go down a storm. Could you drop them at the office
before 9 on the Saturday morning?

Oh and I've accepted your friend request on Facebook - it's probably easier
to message me on there about the baking rota, I'm on Messenger most
evenings (Peigi MacInnes, the picture with the Highland cow!).

Peigi

On Thu, 27 Nov 2025 at 19:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Peigi, put me down for tablet and I'll do a clootie dumpling too if
> that's useful? Jane
"""), fmt="alt", style="gmail", mailer="ios")

# ==========================================================================
# 041-060
# ==========================================================================
M("clean", "it_password_reset", "everyday: IT support tells a pupil his password was reset",
  "ithelp", [P("21dmacdonald", "Darren MacDonald")],
  "Your school password has been reset",
  "Wed, 05 Nov 2025 09:33:16 +0000",
  T("""
Hi Darren,

Your password has been reset. The temporary one is on a sealed slip at the
IT office (room 22) - come and get it at break. Sorry, I'm not allowed to
email passwords.

When you log in you'll be asked to choose a new one. At least 12
characters; three random words works well, something like
Puffin-Teapot-Harbour (not that one!).

Also, turn on the authenticator app when it asks you. It saves a lot of
lockouts.

Gregor
IT Support
ithelp@example-school.org.uk
"""), mailer="outlook")

ESAFETY_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#1b1b1b">
<h2 style="color:#0b4f6c">Online safety &ndash; a few things worth knowing this winter</h2>
<p>Dear parents and carers,</p>
<p>The long dark evenings mean more time online for most of our young people. Here are the
things that have come up most often in school this term.</p>
<ul>
<li><b>Snapchat &ndash; Snap Map.</b> Unless Ghost Mode is switched on, friends can see exactly
where your child is, and in a small place that often means which house. It takes ten seconds
to switch off: Settings &rarr; Privacy Controls &rarr; Snap Map.</li>
<li><b>WhatsApp groups.</b> Pupils are often added to big groups by people they don't know. In
WhatsApp settings you can choose who is allowed to add you to groups.</li>
<li><b>Instagram and TikTok.</b> Accounts for under-18s should be private by default, but do
check. Teen accounts can limit messages from people they don't follow.</li>
<li><b>Discord and Roblox.</b> Popular with S1&ndash;S3 for gaming. Chat with strangers is the
main risk; both have parental controls.</li>
<li><b>&ldquo;Sextortion&rdquo; scams.</b> We have had national warnings about young people,
mostly boys, being tricked into sharing images and then blackmailed. If this happens: don't
pay, don't delete the messages, tell a trusted adult, and use the Report Remove tool from
Childline and the IWF.</li>
</ul>
<p>No member of staff will ever ask your child to contact them on Snapchat, WhatsApp, Instagram
or any other personal app. If that ever happens, please tell us straight away.</p>
<p>If you're worried about anything, contact your child's Guidance teacher or me through the
school office on 01632 960000.</p>
<p>Ewan Sutherland<br>Depute Head Teacher and Designated Safeguarding Lead<br>
Example School, Park Row, LS1 4AP</p>
</body></html>
""")

M("clean", "esafety_apps_advice",
  "hard: DSL e-safety advice names Snapchat/WhatsApp/Discord etc. without inviting anyone",
  "dsl", ["jane", "sam", "ali"],
  "Online safety – a few things worth knowing this winter",
  "Fri, 28 Nov 2025 12:30:45 +0000",
  T("""
Dear parents and carers,

The long dark evenings mean more time online for most of our young people.
Here are the things that have come up most often in school this term.

* Snapchat - Snap Map. Unless Ghost Mode is switched on, friends can see
  exactly where your child is, and in a small place that often means which
  house. It takes ten seconds to switch off: Settings > Privacy Controls >
  Snap Map.
* WhatsApp groups. Pupils are often added to big groups by people they
  don't know. In WhatsApp settings you can choose who is allowed to add you
  to groups.
* Instagram and TikTok. Accounts for under-18s should be private by
  default, but do check. Teen accounts can limit messages from people they
  don't follow.
* Discord and Roblox. Popular with S1-S3 for gaming. Chat with strangers is
  the main risk; both have parental controls.
* "Sextortion" scams. We have had national warnings about young people,
  mostly boys, being tricked into sharing images and then blackmailed. If
  this happens: don't pay, don't delete the messages, tell a trusted adult,
  and use the Report Remove tool from Childline and the IWF.

No member of staff will ever ask your child to contact them on Snapchat,
WhatsApp, Instagram or any other personal app. If that ever happens, please
tell us straight away.

If you're worried about anything, contact your child's Guidance teacher or
me through the school office on 01632 960000.

Ewan Sutherland
Depute Head Teacher and Designated Safeguarding Lead
Example School, Park Row, LS1 4AP
"""), fmt="alt", html_body=ESAFETY_HTML, subj_enc="q", mailer="outlook")

M("clean", "instrument_lessons_timetable", "everyday: music dept instrumental lesson times to pupils",
  "cbeaton",
  [P("24mbeaton", "Mairi Beaton"), P("25acampbell", "Aonghas Campbell"),
   P("23jmacsween", "Josh MacSween"), P("25hmorrison", "Hannah Morrison")],
  "Chanter and fiddle lessons - new times from Monday",
  "Thu, 04 Sep 2025 15:03:27 +0100",
  T("""
Hi everyone,

The instructors' timetable is finally sorted, so here are your lesson
times from Monday. They rotate every week so you don't miss the same
class all the time - the full rota is on the music room door.

Practice chanter (Mr Nicolson, Mondays)
  Aonghas  - 09:50 this week
  Josh     - 10:20 this week

Fiddle (Miss Morrison, Wednesdays)
  Mairi    - 11:40 this week
  Hannah   - 13:40 this week

Please remember to bring your instrument AND your music, and to tell your
class teacher before the lesson that you'll be out. If you're off sick,
let the music department know so the instructor isn't waiting.

The S1s (Aonghas and Hannah) - the hire instruments need the form signed
at home before you can take them out of school.

Mrs Beaton
"""), mailer="outlook")

M("flag", "home_ec_instagram", "home economics teacher invites S2 pupils to follow her Instagram",
  "imackenzie",
  [P("24mbeaton", "Mairi Beaton"), P("24rmatheson", "Ross Matheson"),
   P("24anicolson", "Anna Nicolson"), P("24kmacleod", "Kenna MacLeod")],
  "Scones and next week",
  "Thu, 20 Nov 2025 15:49:12 +0000",
  T("""
Hi 2H2,

Well done on the scones today. Mairi's were honestly the best I've seen
from an S2 class, and Ross's "rustic" ones tasted lovely even if they looked
like rocks from the shore!

A few of you asked for the cranachan recipe for next week - it's in the
class Files on Teams. Bring a tub on Thursday.

And if you want to see what I bake at home (lots of disasters as well as
successes), follow my baking Instagram, @ishbels.island.bakes. I'll follow
you back and you can send me photos of what you make at home.

Mrs Mackenzie
Home Economics
"""), fmt="alt", style="outlook", mailer="outlook")

M("clean", "refuses_personal_mobile",
  "hard: teacher declines parent's request for her personal mobile, gives school routes",
  "rmacaskill", ["jane"],
  "RE: After-school study group",
  "Mon, 09 Feb 2026 16:25:03 +0000",
  T("""
Dear Jane,

Thanks for your message, and I'm really glad Isla is enjoying the class
novel now - it took her a wee while to get into it!

I'm sorry, but I can't give out my personal mobile number. It's school
policy, and honestly it's a good policy for everyone. The best way to reach
me is by replying to this email, which I check every school day, or through
the school office on 01632 960000 - they can take a message and I'll ring
you back from school.

If Isla is going to be late for study group, she can just let me know
herself in registration, or you can email the office and they'll pass it
on. There's no problem at all with her coming in at 3.45 when the bus is
late.

Kind regards,
Rhona MacAskill
Teacher of English
Example School

From: Jane Parent <jane.parent@gmail.com>
Sent: 08 February 2026 21:10
To: Rhona MacAskill <r.macaskill@example-school.org.uk>
Subject: After-school study group

Hi Mrs MacAskill, could I have your mobile number so I can text you when
Isla's going to be late for the study group? It's easier than email as I'm
at work and can't always get on my laptop. Thanks, Jane
"""), fmt="alt", style="outlook", mailer="outlook",
  extra_headers=["Thread-Topic: After-school study group"])

M("clean", "boiler_failure_block_b", "everyday: facilities manager to staff about heating failure",
  "facilities", ["staffall"],
  "Block B heating - off again",
  "Tue, 13 Jan 2026 08:07:51 +0000",
  T("""
Morning all,

The boiler for Block B has failed again (same fault as November). The
engineer is driving over from Inverness and should be here by 1pm.

B1-B8 are cold - 11 degrees at the moment. Alasdair has agreed the
following room swaps for this morning:
  B1, B2  -> Library
  B3, B4  -> Dining hall (tables at the back)
  B5-B8   -> Games hall balcony and the drama studio

Please DON'T bring in heaters from home. They have to be PAT tested and
the ones in the store are already out. If you need a fan heater for a
pupil with a medical need, ring me on extension 240.

I'll update you at lunchtime.

Neil
Facilities Manager
"""), mailer="outlook")

M("clean", "staff_christmas_night_out",
  "hard: staff-only social mail with organiser's own mobile and WhatsApp group",
  "amackinnon", ["staffall"],
  "Christmas night out 🎄",
  "Mon, 17 Nov 2025 13:02:44 +0000",
  T("""
Hi everyone!

It's that time of year... The staff Christmas night out is on Friday 12
December at the Claymore Hotel in Portree, 7pm for 7.30. Three courses for
£32, and there's a cèilidh band afterwards.

Deposit of £10 to me by Friday 28 November - cash in the envelope in my
pigeonhole, or ask me for bank details.

If you're not on the staff WhatsApp group yet and want the updates, text me
on 07700 900233 and I'll add you. The minibus back to Broadford and Kyle
leaves at midnight sharp. Hamish is driving, so soft drinks only for him!

Menu choices on the sheet in the staffroom please - veggie option is the
mushroom and chestnut pie.

Alison x
"""), cte="8bit", subj_enc="b", mailer="ios")

M("flag", "computing_discord_server",
  "computing teacher invites S6 pupils to his Discord server and to add him",
  "rmackay",
  [P("20cmacdonald", "Ciaran MacDonald"), P("20tnicolson", "Tormod Nicolson"),
   P("20fmackay", "Freya Mackay")],
  "AH Computing - evening help before the project deadline",
  "Tue, 03 Mar 2026 21:14:09 +0000",
  T("""
Hi all,

To make the run-up to the project deadline easier I've set up a Discord
server for AH Computing Science. It's much easier to share code snippets
there than on Teams, and you can ask questions in the evenings. Join here:
discord.gg/ahcomp-rm26 and add me - I'm ruaraidh_m on there. I'll be on
most nights between 8 and 9.

Reminders:
 - Project deadline is Friday 27 March, no extensions (SQA date).
 - Testing evidence needs screenshots AND a table. A folder of screenshots
   on its own won't get you the marks.
 - Ciaran, your database still needs the normalisation write-up.

Mr Mackay
"""), mailer="web")

M("clean", "absence_followup", "everyday: attendance officer asks parent about an unexplained absence",
  "attendance", ["jane"],
  "Isla - absence on Monday 12 January",
  "Wed, 14 Jan 2026 09:05:27 +0000",
  T("""
Dear Mrs Parent,

Our records show Isla was absent on Monday 12 January and we haven't
received a reason. If she was unwell, could you reply to this email, or
phone the attendance line on 01632 960000 (option 1), so that we can
update her record?

If the absence was because of the school bus not running on your road that
morning, please let us know, as that's recorded differently.

Thank you,
Seonaid Campbell
Attendance Officer
Example School
"""), mailer="outlook")

M("clean", "support_colleague_direct_line",
  "hard: depute gives parent a colleague's official school direct line",
  "esutherland", ["ali"],
  "Finlay - literacy screening",
  "Mon, 24 Nov 2025 11:37:09 +0000",
  T("""
Dear Mr Guardian,

Thank you for coming to the parents' evening call last week. As we
discussed, Finlay's English and Gàidhlig teachers have both noticed that
his spelling and reading speed don't match how well he explains things out
loud, and we'd like to do a literacy screening with him.

This will be done by Mrs Gunn, our Support for Learning teacher, over two
short sessions in December. It isn't a test he can pass or fail, and it
won't take him out of anything he enjoys.

Mrs Gunn would like a quick chat with you beforehand about how things were
at primary. Her direct line at school is 01632 960021 (Monday to Wednesday),
or you can ring the main office on 01632 960000 and ask to be put through.

Kind regards,
Ewan Sutherland
Depute Head Teacher
Example School, Park Row, LS1 4AP
"""), fmt="alt", cte="quoted-printable", style="outlook", mailer="outlook")

M("clean", "tech_timber_order", "everyday: technical teacher asks finance for a purchase order",
  "jmacsween", ["finance"],
  "PO please - S3 timber order",
  "Wed, 03 Sep 2025 12:58:40 +0100",
  T("""
Hi Gillian,

Could you raise a PO for the S3 timber order please? Quote attached from
J & A MacLeod in Broadford (their ref Q-44812).

Total is £486.40 inc VAT, plus £25 delivery because the lorry only comes
over on Tuesdays. Budget code 4120-TECH.

If we can get it through this week it'll arrive before the S3s start the
bird box project on the 15th.

Cheers,
Jamie
Technical Department
"""), cte="quoted-printable", mailer="outlook",
  attachments=[("Quote_Q-44812.pdf", "application/pdf",
                pdf_bytes("J & A MacLeod - Quotation Q-44812",
                          ["20 x 2.4m planed redwood 22x144", "10 x 2.4m PSE 44x44",
                           "1 x box 4x40 screws", "Subtotal 405.33  VAT 81.07  Total 486.40",
                           "Delivery (Tuesday): 25.00"]))])

M("flag", "maths_tutoring_home_address",
  "maths teacher offers private tutoring at his house (address with postcode) and his iCloud email",
  "cmaclennan", ["ali"],
  "RE: Extra maths help for Finlay",
  "Thu, 15 Jan 2026 18:12:36 +0000",
  T("""
Dear Mr Guardian,

Thank you for asking about extra help for Finlay. He's doing fine in class,
honestly, but I understand wanting to build his confidence before S2.

I do a bit of private tutoring in the evenings, and I'd be happy to see
Finlay on Tuesdays from 6 to 7 at my house: 12 Seaview Terrace, Portree
IV99 4ZZ. It's a ten-minute walk from the hostel, so he could come over
after tea. I charge £20 a session.

Best to arrange it through my own email, calum.tutoring@icloud.com, rather
than this one, as I keep the tutoring separate from school.

Kind regards,
Calum MacLennan
Teacher of Mathematics
Example School

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 14 January 2026 20:31
To: Calum MacLennan <c.maclennan@example-school.org.uk>
Subject: Extra maths help for Finlay

Dear Mr MacLennan, Finlay says he is finding fractions hard. Is there any
extra help he could get? We are happy to pay. Ali Guardian
"""), fmt="alt", cte="8bit", style="outlook", mailer="outlook")

M("clean", "outdoor_centre_residential",
  "hard: outdoor centre's reception, its own duty phone and postcode (third party)",
  "hgrant", ["jane", "sam", "ali"],
  "S2 residential - Creag Dhubh Outdoor Centre",
  "Fri, 24 Apr 2026 14:20:58 +0100",
  T("""
Dear parents and carers,

The S2 residential is from Monday 18 to Wednesday 20 May at the Creag Dhubh
Outdoor Centre, Glenmore, Aviemore PH99 1ZZ.

The centre provides all the specialist kit (wetsuits, helmets, buoyancy
aids) and the instructors. Our staff going are Mr Grant, Miss Matheson and
Mr Nowak.

Contacting us during the trip
 - Centre reception: 0131 496 0456 (8am-6pm)
 - Out of hours: the centre's duty instructor phone, 07700 900880. This
   belongs to the centre and is always staffed; they will find one of us.
 - The school office (01632 960000) will also pass on messages in school
   hours.

Pupils may bring phones, but they're handed in at 9pm and given back at
breakfast.

The £95 balance is due by Friday 8 May on ParentPay. The kit list and
medical form are attached to the letter that came home today.

Hamish Grant
Outdoor Education
Example School
"""), fmt="alt", cte="quoted-printable", style="plain", mailer="tbird")

M("clean", "parent_council_agm", "everyday: head teacher invites parents to the Parent Council AGM",
  "head", ["jane", "sam", "ali"],
  "Parent Council AGM - Tuesday 30 September",
  "Tue, 16 Sep 2025 16:15:20 +0100",
  T("""
Dear parents and carers,

Every parent and carer of a pupil at the school is automatically a member
of the Parent Forum, and you are all warmly invited to the Parent Council
AGM on Tuesday 30 September at 7pm in the school library.

We know many of you live a long way from the school, or on the islands, so
you can also join on Teams - the link will be on the school website on the
day.

Agenda
1. Chair's report for 2024-25
2. Treasurer's report (the Christmas fair raised £1,840 - thank you!)
3. Election of office bearers
4. Head teacher's update: hostel refurbishment, the new Gaelic signage,
   and the timetable for the new S1 transport contract
5. AOCB

Tea, coffee and home bakes from 6.45. It would be lovely to see some new
faces, especially from our S1 families.

Rachel Bell
Head Teacher
"""), fmt="alt", cte="quoted-printable", style="outlook", mailer="outlook")

M("flag", "gaelic_own_mobile_0044",
  "Gaelic-medium teacher, writing in Gaelic, gives carer his own mobile as 0044 7700 ...",
  "kmackay", ["sam"],
  "Ruairidh – am pròiseact eachdraidh",
  "Thu, 29 Jan 2026 17:44:12 +0000",
  T("""
Halò Sam,

Tapadh leibh airson a' phost-d agaibh. Tha Ruairidh air a bhith a' dèanamh
glè mhath sa chlas Eachdraidh an t-seachdain-sa, agus bha am pròiseact aige
air na Fuadaichean air leth math – tha e airidh air duais.

Tha fios agam gu bheil e doirbh dhuibh tighinn chun na sgoile leis an
aiseag, agus nach eil an oifis fosgailte às dèidh ceithir uairean. Ma tha
sibh airson bruidhinn rium aig an deireadh-sheachdain, seo am fòn-làimhe
agam fhìn: 0044 7700 900507. Cuiribh teacsa thugam an toiseach.

(In English: thanks for your email. Ruairidh has done very well in History
this week and his project on the Clearances was excellent. I know it's hard
to get to school with the ferry, so if you'd like to talk at the weekend,
that's my own mobile above - text me first.)

Le deagh dhùrachd,
Coinneach

Coinneach Mackay
Eachdraidh tro Mheadhan na Gàidhlig
Example School
"""), fmt="alt", cte="quoted-printable", style="gmail", mailer="web", subj_enc="q")

M("clean", "winter_closure_info_line",
  "hard: council closures freephone with PIN, school's send-only text number stated as such",
  "office", ["jane", "sam", "ali"],
  "Winter weather - how you will hear about closures",
  "Mon, 03 Nov 2025 10:00:00 +0000",
  T("""
Dear parents and carers,

With winter on its way, here is a reminder of how you will hear if the
school has to close, or if school transport isn't running.

1. Text message from the school. These come from 07700 900010, which is the
   school's messaging service. It can't receive replies, so please don't
   text back - email or phone the office instead.
2. The Council's school closures information line: freephone 0808 157 0312,
   then enter our school's PIN, 04 1530.
3. The school website and the Council's closures web page, updated by 7.30am.
4. Local radio news bulletins from 7am (in Gaelic and English).

School transport: if your child's bus hasn't arrived 20 minutes after its
usual time, it isn't coming - please don't leave children waiting at the
roadside in the dark.

Hostel pupils: the hostel stays open even if the school closes.

School Office
Example School, Park Row, LS1 4AP
01632 960000
"""), mailer="outlook")

M("clean", "s4_easter_revision_classes", "everyday: maths teacher's Easter revision class schedule to S4",
  "cmaclennan",
  [P("22cmorrison", "Calum Morrison"), P("22iferguson", "Iona Ferguson"),
   P("22kstewart", "Kieran Stewart"), P("22amacrae", "Amy MacRae"),
   P("22smacaskill", "Seumas MacAskill")],
  "N5 Maths Easter revision",
  "Fri, 20 Mar 2026 14:35:06 +0000",
  T("""
Hi S4,

Here's the plan for the Easter revision classes. They're optional, but if
you're on a C/D borderline you should really be there.

Tue 7 April   10:00-12:00  Non-calculator paper skills (fractions!)
Wed 8 April   10:00-12:00  Trigonometry and vectors
Thu 9 April   10:00-12:00  Full past paper, 2024, under timed conditions

All in room 14. Bring a calculator and something to eat - the canteen is
closed.

The hostel is open for island pupils on those days if you want to stay
over rather than travel back and forward; ask Mr Morrison by Friday 27
March.

If you can't make it, the worked solutions for every past paper are on
Teams. Do at least one full paper over the holidays, honestly.

Mr MacLennan
"""), mailer="outlook")

M("clean", "forward_council_transport",
  "hard: office forwards a council transport officer's message with his work phone and email",
  "office", ["sam"],
  "FW: School transport from Camuscross",
  "Tue, 16 Dec 2025 10:24:48 +0000",
  T("""
Dear Sam,

Please see the message below from the Council's school transport team
about Ruairidh's bus from January. If you have any questions about the
route, it's best to contact Mr Ross directly, as the school doesn't run
the buses.

Kind regards,
Peigi MacInnes
Office Manager
Example School · 01632 960000

---------- Forwarded message ----------
From: Graham Ross <school.transport@example.org>
Date: Mon, 15 Dec 2025 at 16:02
Subject: School transport from Camuscross
To: office@example-school.org.uk

Good afternoon,

From Tuesday 6 January the pupil living at 2 Tigh na Mara, Camuscross
will be picked up by the Sleat school bus (route SK14) at the Camuscross
road end at 07:52. The bus returns to the same stop at approximately 16:35.

The operator is Sleat Minibus Hire. Any issues on the day should be
reported to the transport team on 0131 496 0220 (8.30am-5pm) or by email
to school.transport@example.org.

Regards,
Graham Ross
Transport Officer, Education Transport Team
"""), cte="quoted-printable", mailer="outlook")

M("flag", "chemistry_family_domain_email",
  "chemistry teacher tells pupils to use his family-domain e-mail (body and signature)",
  "icampbell",
  [P("21emorrison", "Eilidh Morrison"), P("21iferguson", "Iona Ferguson"),
   P("21smacaskill", "Seumas MacAskill")],
  "Higher Chemistry - extra practice papers",
  "Sun, 26 Apr 2026 19:58:30 +0100",
  T("""
Hi all,

I've put together three extra practice papers in the style of the new
Higher, mostly on the bits you found hardest in the prelim (redox, the
equilibrium questions, and the open-ended ones).

They're on Teams under Revision. A few of you said Teams keeps logging you
out on your home Wi-Fi - if that happens, email me at my home address,
iain@ardvasar-campbells.example.net, and I'll send you the PDFs directly.
Same if you get stuck on a question at the weekend; I'll try to reply the
same evening.

The exam is on Friday 8 May. You're in better shape than you think.

Mr Campbell

--
Iain Campbell
Teacher of Chemistry, Example School
Home: iain@ardvasar-campbells.example.net
"""), fmt="alt", cte="quoted-printable", style="gmail", mailer="mac")

M("clean", "forward_canteen_menu", "everyday: office forwards catering manager's menu change to staff",
  "pmacinnes", ["staffall"],
  "FW: Menu change next week",
  "Thu, 05 Feb 2026 11:12:31 +0000",
  T("""
Forwarding from Margaret - please remind your registration classes.

Peigi

From: Margaret Fraser <catering@example-school.org.uk>
Sent: 05 February 2026 10:48
To: Peigi MacInnes <p.macinnes@example-school.org.uk>
Subject: Menu change next week

Hi Peigi,

Could you let staff know that because the delivery lorry missed Monday's
boat, next week's menu is changing:

Monday - macaroni cheese instead of the chicken curry
Wednesday - fish and chips moved to Friday
Friday - fish and chips (moved from Wednesday), veggie option as normal

Hostel packed lunches are not affected.

Thanks,
Margaret
Catering Manager
"""), mailer="outlook", extra_headers=["Thread-Topic: Menu change next week"])

# ==========================================================================
# 061-080
# ==========================================================================
M("clean", "pupil_own_number_readback",
  "hard: careers adviser reads back the pupil's own mobile from the pupil's message [unsure]",
  "dgillies", [P("21rmacleod", "Rory MacLeod")],
  "Re: work experience form",
  "Tue, 03 Mar 2026 14:09:55 +0000",
  T("""
Hi Rory,

Thanks, that's all I needed. I've filled in the placement form for the vet
practice with:

  Your mobile:        07700 900561
  Emergency contact:  your mum, as on the school system

Could you double-check the mobile number is right? The practice will text
you the week before with your start time, so if it's wrong you'll miss it.

Don't forget you need your own wellies and a waterproof - they do farm
visits most mornings.

Mr Gillies

On 3 Mar 2026, at 12:41, Rory MacLeod <21rmacleod@pupils.example-school.org.uk> wrote:
> hi sir my number is 07700 900561 for the form. my mum says thats fine
> thanks
> Rory
"""), mailer="mac")

M("clean", "work_experience_employer_contact",
  "hard: depute gives carer the placement employer's supervisor mobile and email",
  "amunro", ["sam"],
  "Ruairidh - work experience placement confirmed",
  "Mon, 11 May 2026 10:47:12 +0100",
  T("""
Dear Sam,

I'm pleased to confirm Ruairidh's S4 work experience placement for the week
of 1 June:

  Employer:    Fraser's Boatyard, Kyleakin
  Supervisor:  Mr Angus Fraser
  Phone:       07700 900342 (Mr Fraser's work mobile - the yard has no landline)
  Email:       frasersboatyard@example.com
  Hours:       8.30am - 4pm, Monday to Friday

Ruairidh needs steel-toe-capped boots and old clothes; the boatyard will
provide overalls, gloves and ear defenders. He'll need to bring a packed
lunch.

Mr Fraser is happy for you to phone him before the week starts if you'd
like to know more about what Ruairidh will be doing. The risk assessment
has been completed and is held in school.

During the week, if Ruairidh is ill, please phone both the boatyard and the
school office (01632 960000).

Kind regards,
Alasdair Munro
Depute Head Teacher
Example School, Park Row, LS1 4AP
"""), fmt="alt", cte="quoted-printable", style="outlook", mailer="outlook")

M("clean", "school_photo_day", "everyday: office reminder about school photographs",
  "office", ["jane", "sam", "ali"],
  "School photos - Tuesday 30 September",
  "Thu, 25 Sep 2025 13:40:08 +0100",
  T("""
Dear parents and carers,

The school photographer will be in on Tuesday 30 September.

 - Individual photos for all pupils during the school day, by register class.
 - Sibling photos in the library from 8.40am (hostel pupils can be brought
   over by hostel staff - just let Mr Morrison know).
 - S6 leavers' group photo at lunchtime on the front steps, weather permitting.

A proof card with a login code will come home about two weeks later. There
is no obligation to buy anything.

Please send your child in full school uniform, with a tie!

Thank you,
School Office
Example School
"""), fmt="alt", style="gmail", mailer="outlook")

M("flag", "english_cc_personal_hotmail",
  "English teacher copies her own Hotmail on folio feedback to a pupil",
  "enicolson", [P("21emorrison", "Eilidh Morrison")],
  "Folio feedback - personal essay",
  "Fri, 16 Jan 2026 16:31:22 +0000",
  T("""
Hi Eilidh,

I've read your personal essay draft - the piece about your grandad's last
season at the fank. It's really moving, and the ending with the empty
crook by the door is exactly right. Don't change that.

Things to look at:
 - The middle section drifts into description for quite a while. Keep the
   focus on what YOU felt and learned.
 - Watch the tenses in paragraph 4 (present, then past, then present).
 - It's about 1,150 words; the limit is 1,300, so you have room to add one
   more reflective paragraph.

I've copied in my home email so I can pick up your reply over the weekend -
feel free to send the next draft straight there if it's easier.

Ms Nicolson
"""), cc=[("Eilidh Nicolson", "eilidh.n.reads@hotmail.co.uk")], mailer="outlook")

GME_NEWS_TEXT = T("""
Naidheachdan an Aonaid – Samhain 2025
Gaelic-Medium Unit news – November 2025

A phàrantan chòir / Dear parents,

Mòd
Abair Mòd! Our choir came second in the Junior Choir competition in Oban,
and Iona MacInnes won the silver medal for solo singing. Meal a naidheachd
dhuibh uile!

Gaelic Week
Seachdain na Gàidhlig runs from 23 to 27 February. Pupils will be doing
Gaelic-only lunchtimes, a quiz against the primaries, and a cèilidh on the
Friday night.

Books
Thanks to a grant from the Gaelic Books Council we have 60 new books in the
Aonad library, from picture books for the sgoil-àraich links to teenage
novels. Pupils can borrow up to three at a time.

Follow us
Lean oirnn air Facebook! The school's official Gaelic page is
facebook.com/ExampleSchoolGaelic - it's where we post photos (with
permission) and reminders. It's run by the school office, and we don't
accept friend requests or messages there - for anything about your child,
please email the school as usual.

Facal na mìos / Word of the month: "fuachd" – cold. Appropriate!

Le dùrachd,
Mòrag NicLeòid agus Coinneach Mackay
Aonad Gàidhlig, Example School, Park Row, LS1 4AP · 01632 960000
""")

M("clean", "gme_newsletter_school_facebook",
  "hard: GME newsletter points to the school's official Facebook page, no personal contact",
  "mmacleod", ["jane", "sam"],
  "Naidheachdan an Aonaid – Samhain / Gaelic unit news, November",
  "Fri, 21 Nov 2025 15:15:42 +0000",
  GME_NEWS_TEXT, fmt="alt", cte="quoted-printable", style="plain", subj_enc="b", mailer="web")

M("clean", "short_reply_got_it", "everyday: two-line acknowledgement to a pupil",
  "jmacsween", [P("23lgillies", "Lewis Gillies")],
  "Re: design folder",
  "Fri, 13 Feb 2026 12:20:37 +0000",
  T("""
Got it, thanks Lewis. I'll mark it over the weekend.

Mr MacSween

On Fri, 13 Feb 2026 at 11:58, Lewis Gillies <23lgillies@pupils.example-school.org.uk> wrote:
> sir here is my design folder sorry its late
"""), mailer="web")

M("clean", "staff_personal_gmail_internal",
  "hard: staff-to-staff mail giving a colleague a personal Gmail (no parent or pupil)",
  "hgrant", ["kmatheson"],
  "route cards",
  "Wed, 24 Sep 2025 21:46:18 +0100",
  T("""
Kirsty,

Could you send the final route cards and the kit list for Glen Affric to
my Gmail, hamish.grant.hills@gmail.com? The school laptop won't open
Outlook at home since the update and I want to print them tonight.

Nothing with pupils' names or medical info please - that stays on the
school system, I'll do the group lists in school tomorrow.

Cheers
H
"""), mailer="ios")

M("clean", "s3_geography_quiraing", "everyday: geography field trip letter to parents",
  "hogilvie", ["jane", "ali"],
  "S3 Geography fieldwork - Quiraing, Wednesday 15 October",
  "Wed, 08 Oct 2025 12:42:05 +0100",
  T("""
Dear parents and carers,

As part of the S3 Geography course on glaciation and landslips, pupils
will be going to the Quiraing on Wednesday 15 October. We will leave
school at 9.15 by coach and be back for the end of the school day.

There is no cost for the trip. Pupils will be walking on rough and
sometimes steep ground for about three hours, so they need:

 - proper walking boots or sturdy trainers with a good grip
 - a waterproof jacket (and trousers if they have them)
 - a packed lunch and a drink (hostel pupils will get one from the kitchen)
 - a pencil - pens don't work in the rain!

If the weather is too bad for the ridge we'll do the lower loop instead,
and if it's really wild we'll postpone.

Please let me know by Monday if your child has any medical condition I
should know about that isn't already on the school system.

Kind regards,
Helen Ogilvie
Teacher of Geography
Example School
"""), mailer="outlook")

M("clean", "headteacher_letter_reply_to_office",
  "hard: head teacher's letter with Reply-To set to the school office",
  "head", ["jane", "ali"],
  "Behaviour on the Uig school bus",
  "Thu, 05 Mar 2026 16:30:11 +0000",
  T("""
Dear parents and carers,

I am writing to all families whose children travel on the Uig school bus.

Over the last two weeks the driver has reported a number of incidents on
the afternoon run: pupils standing while the bus is moving, bags in the
aisle, and some very unkind language towards younger pupils. Most of our
young people behave well on the bus, and I'm sorry that they have had to
put up with this.

From Monday there will be a seating plan, with S1 and S2 pupils at the
front. A member of staff will also travel on the bus for the first week.
The bus has CCTV, and the Council will withdraw transport from any pupil
whose behaviour puts others at risk.

Please talk to your child about this. If your child has been upset by
anything that has happened on the bus, please let us know - replies to this
email go to the school office and will be passed to the right person.

Yours sincerely,
Rachel Bell
Head Teacher
Example School, Park Row, LS1 4AP
"""), fmt="alt", cte="quoted-printable", style="outlook", mailer="outlook",
  extra_headers=["Reply-To: Example School Office <office@example-school.org.uk>"])

ICS_MACRAE = crlf("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:r46-personal-070-macrae-call@example-school.org.uk
DTSTAMP:20260226T163000Z
DTSTART:20260303T163000Z
DTEND:20260303T170000Z
SUMMARY:Catch-up call about Ruairidh (Mrs MacRae / Sam)
LOCATION:Microsoft Teams
DESCRIPTION:Teams link to follow. If Teams won't connect with the island s
 ignal\\, just ring my own mobile on 07700900190 instead and we can talk on
  the phone.
ORGANIZER;CN=Fiona MacRae:mailto:f.macrae@example-school.org.uk
ATTENDEE;CN=Sam Carer;RSVP=TRUE:mailto:sam.carer@outlook.com
END:VEVENT
END:VCALENDAR
""")

M("flag", "guidance_ics_own_mobile",
  "guidance teacher's calendar invite (.ics) tells carer to ring her own mobile",
  "fmacrae", ["sam"],
  "Catch-up call about Ruairidh - Tuesday 3 March",
  "Thu, 26 Feb 2026 16:31:02 +0000",
  T("""
Dear Sam,

As promised, here's an invitation for our catch-up call on Tuesday at 4.30.
I'd like to talk about how Ruairidh has settled since the move, and about
his subject choices for S5.

All the details, including what to do if the connection is bad, are in the
invite.

Kind regards,
Fiona MacRae
Principal Teacher of Guidance
Example School
"""), fmt="alt", style="outlook", mailer="outlook",
  attachments=[("invite.ics", "text/calendar", ICS_MACRAE, "base64",
                '; charset="utf-8"; method=REQUEST')])

VCARD_HOSTEL = crlf("""BEGIN:VCARD
VERSION:3.0
N:;Example School Hostel;;;
FN:Example School Hostel
ORG:Example School
TEL;TYPE=WORK,VOICE:01632 960000
TEL;TYPE=WORK,VOICE:01632 960077
EMAIL;TYPE=INTERNET,WORK:hostel@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;;;LS1 4AP;United Kingdom
NOTE:School office in school hours; hostel line evenings and weekends
END:VCARD
""")

M("clean", "hostel_welcome_vcard",
  "hard: hostel welcome with a vCard holding only school numbers, address and mailbox",
  "hostel", ["sam", "ali"],
  "Fàilte don ostail – welcome to the hostel",
  "Wed, 13 Aug 2025 11:02:19 +0100",
  T("""
Dear parents and carers,

Fàilte! Welcome to the school hostel. We're looking forward to meeting
everyone on Sunday evening.

I've attached a contact card so the hostel's numbers are saved in your
phone. In school hours please ring the school office, 01632 960000; in the
evenings and at weekends, the hostel line, 01632 960077, which is staffed
every night the hostel is open. For anything that isn't urgent, email
hostel@example-school.org.uk.

Arrival on Sunday: from 6pm. Bring bedding for the first week (duvet
covers and towels are provided after that), indoor shoes, and any
medication in its labelled box. Mobile phones are handed in at 10pm for
S1-S3.

Tapadh leibh,
Donald John Morrison
Hostel Warden
"""), fmt="alt", cte="quoted-printable", style="outlook", subj_enc="q", mailer="outlook",
  attachments=[("Example School Hostel.vcf", "text/vcard", VCARD_HOSTEL, "quoted-printable",
                '; charset="utf-8"')])

M("clean", "pupil_support_group_notes", "everyday: pupil support group actions, staff only",
  "esutherland", ["fmacrae", "mgunn", "hostel"],
  "PSG 11 Feb - actions",
  "Wed, 11 Feb 2026 17:03:40 +0000",
  T("""
Hi all,

Thanks for today. Actions only (full notes in the PSG folder):

- S2 (KM): anxiety around lunchtimes. FM to arrange a lunch club place in
  the library from next week; MG to check reading age before the S2
  assessments.
- S1 (FG): settling much better in the hostel. DJ to keep the weekly
  call home on Wednesdays going until Easter, then review.
- S4 (RC): reader and extra time approved by SQA. MG to do a practice
  digital paper with him before the end of February.
- S5 (anon., see CP log): as discussed. I'll update the chronology and
  speak to social work on Friday.

Next PSG Wednesday 11 March, same time, my office.

Ewan
"""), mailer="outlook")

ICS_CEILIDH = crlf("""BEGIN:VCALENDAR
PRODID:-//Example School//Music Department//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:r46-personal-073-ceilidh@example-school.org.uk
DTSTAMP:20251201T090000Z
DTSTART:20251218T190000Z
DTEND:20251218T220000Z
SUMMARY:Cèilidh na Nollaig / Christmas Cèilidh
LOCATION:Example School Games Hall\\, Park Row\\, LS1 4AP
DESCRIPTION:Tickets £5 (under-12s free) from the school office\\, 01632 960
 000. Raffle in aid of the S6 leavers. Dress: warm and comfortable!
ORGANIZER;CN=Music Department:mailto:c.beaton@example-school.org.uk
END:VEVENT
END:VCALENDAR
""")

M("clean", "ceilidh_calendar_invite",
  "hard: .ics for the school Christmas ceilidh: school hall, school number, prices, times",
  "cbeaton", ["jane", "sam", "ali"],
  "Cèilidh na Nollaig – Thursday 18 December",
  "Mon, 01 Dec 2025 09:05:33 +0000",
  T("""
Dear parents and carers,

You're all invited to our Cèilidh na Nollaig - the Christmas cèilidh - on
Thursday 18 December from 7 until 10pm in the Games Hall.

The ceilidh band is made up of pupils and staff (and one very brave depute
head on the accordion). There will be Strip the Willow, the Gay Gordons,
and the Dashing White Sergeant, with a caller for anyone who's rusty.

Tickets are £5, under-12s free, from the school office. There's a raffle in
aid of the S6 leavers. I've attached a calendar entry so it goes in your
diary.

Nollaig Chridheil!
Catriona Beaton
Principal Teacher of Music
Example School
"""), fmt="alt", cte="quoted-printable", style="outlook", subj_enc="b", mailer="outlook",
  attachments=[("Ceilidh_na_Nollaig.ics", "text/calendar", ICS_CEILIDH, "quoted-printable",
                '; charset="utf-8"; method=PUBLISH')])

M("clean", "sports_day_postponed", "everyday: PE department postpones sports day for weather",
  "fmunro", ["jane", "sam", "ali"],
  "Sports day moved to Thursday",
  "Tue, 09 Jun 2026 07:41:26 +0100",
  T("""
Dear parents and carers,

With gales and heavy rain forecast for tomorrow, we've moved sports day
from Wednesday 10 June to Thursday 11 June. Everything else stays the
same: the field events start at 9.30, the track races after lunch, and the
staff-versus-S6 relay at 2.45 (we're expecting to lose again).

Pupils should come in PE kit with a waterproof, sun cream (optimistically)
and a water bottle. The tug-of-war between the houses is back this year,
so parents are very welcome to come along and shout.

If Thursday is also washed out, we'll let you know by text before 8am.

Fenella Munro
Principal Teacher of PE
Example School
"""), mailer="outlook")

M("clean", "leaving_teacher_no_contacts",
  "hard: leaving teacher tells pupils he will not share personal contacts or social media",
  "slamont",
  [P("22cmorrison", "Calum Morrison"), P("22iferguson", "Iona Ferguson"),
   P("22kstewart", "Kieran Stewart"), P("22amacrae", "Amy MacRae")],
  "Leaving at Christmas",
  "Fri, 12 Dec 2025 13:27:50 +0000",
  T("""
Dear 4P1,

As most of you have heard by now, I'm leaving at Christmas to take up a job
in a school in Glasgow, closer to my family. I've really enjoyed teaching
you. You're a lively lot, and I'll miss our arguments about whether
Newton would have liked Skye.

Your new Physics teacher, Mr Henderson, starts on 6 January, and I've
left him detailed notes on where each of you is with the assignment.

A few of you asked for my Instagram or personal email so you can tell me how
your exams go. I'm sorry, but I won't be sharing those - teachers can't,
for good reasons. If you'd like to let me know how you get on, write a card
or a note and hand it in at the school office; they'll forward it to me.

Good luck in May. You can do this.

Mr Lamont
"""), mailer="outlook")

M("clean", "emergency_contact_grandparent",
  "hard: attendance confirms the grandmother's numbers as a new emergency contact (third party)",
  "attendance", ["jane"],
  "RE: Second emergency contact for Isla",
  "Thu, 04 Sep 2025 14:18:09 +0100",
  T("""
Dear Mrs Parent,

Thank you. I've added Isla's gran as her second emergency contact:

  Mrs Morag Sinclair (grandmother)
  Home:   01632 960884
  Mobile: 07700 900874

We'll only use these numbers if we can't get hold of you first.

Kind regards,
Seonaid Campbell
Attendance and Pupil Records
Example School · 01632 960000

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 03 September 2025 22:04
To: attendance@example-school.org.uk
Subject: Second emergency contact for Isla

Hi, I'm working on the fish farm boat most days now and can't always
answer. Can you add my mum as a contact for Isla? Morag Sinclair, house
01632 960884, mobile 07700 900874. Thanks, Jane
"""), fmt="alt", cte="quoted-printable", style="outlook", mailer="outlook")

M("clean", "cost_of_school_day_support",
  "hard: business manager points carer to grants, a warm-homes charity and advice service numbers",
  "finance", ["sam"],
  "Help with costs - clothing grant and more",
  "Mon, 19 Jan 2026 12:09:44 +0000",
  T("""
Dear Sam,

Thank you for getting in touch, and please don't worry - lots of families
ask about this, especially in winter.

From what you've said, Ruairidh is likely to be entitled to:

 - Free school meals, and the school clothing grant (£150 for secondary
   pupils). Both are on the one online form on the Council website; I can
   print it for you if that's easier.
 - The Education Maintenance Allowance next year, once he's 16 (£30 a week
   if he's in school every day).

The school will also cover the S4 trip costs for Ruairidh from the Pupil
Equity Fund. You don't need to do anything for that.

For help with heating, Blàths (the Skye warm homes project) can visit and
advise, and sometimes help with fuel top-ups: 0808 157 0611, free. The
Citizens Advice drop-in is in Portree library on Tuesdays, or by phone on
0131 496 0399; they're very good with benefit checks.

Everything you tell me stays with me and the head teacher.

Kind regards,
Gillian Stewart
School Business Manager
Example School, Park Row, LS1 4AP · 01632 960000
"""), fmt="alt", cte="quoted-printable", style="outlook", mailer="outlook")

M("clean", "shinty_away_fixture_other_school",
  "hard: fixture details with the other school's PE contact, office number and pitch postcode",
  "tnowak",
  [P("22smacaskill", "Seumas MacAskill"), P("22cmorrison", "Calum Morrison"),
   P("21dmacdonald", "Darren MacDonald"), P("23lgillies", "Lewis Gillies")],
  "Schools Cup v Ardcross High - Saturday",
  "Thu, 16 Oct 2025 15:55:13 +0100",
  T("""
Hi all,

Squad for Saturday is on the PE noticeboard. If you're in it:

Bus leaves the school at 08:15 sharp - Mr Grant is driving and he WILL go
without you. Throw-up is at 10:30 at Ardcross Park, IV99 2ZZ. We should be
back by 15:30.

Ardcross are hosting, so if your parents want to come and watch and need
directions or parking info, the person to contact is their PE teacher, Mr
Dòmhnall Stewart: d.stewart@example.org, or through Ardcross High's office
on 0141 496 0912. On the day, for anything about our team, parents should
ring our school office before Saturday.

Bring: boots, shin guards, gumshield, helmet, your own caman (spares in the
bus), water, and something warm for after.

Mr Nowak
"""), cte="quoted-printable", mailer="outlook")

NEWS_TEXT = T("""
Example School – October newsletter

Dear parents and carers,

What a half-term! Here are some of the highlights, and a few dates for
your diary.

Mòd success
Our choir came second in the Junior Choir at the Royal National Mòd in
Oban, and Iona MacInnes (S3) won silver in the solo singing. Thanks to Mrs
Beaton, the instructors, and all the parents who helped with costumes and
transport.

Duke of Edinburgh
Twenty-four S3 pupils completed their Bronze practice expedition in
Glenbrittle, in wind and rain that would have put off most adults. Their
qualifying expedition is in May.

Hostel
We welcome Kenny MacLeod, our new weekend hostel supervisor. The hostel
kitchen has also had a long-awaited new cooker, so Sunday night roasts are
back.

Gaelic phrase of the month
"Tha an t-uisge ann" – it's raining. You'll use it often.

Dates for your diary
  Thu 20 Nov   S1 parents' evening (in person, phone or Teams)
  Mon 17 Nov   INSET day - school closed to pupils
  Thu 18 Dec   Cèilidh na Nollaig, 7pm
  Fri 19 Dec   Term ends at 12.30 (hostel pupils: buses and ferries as usual)

Contact us
Example School, Park Row, LS1 4AP
01632 960000 · office@example-school.org.uk

Rachel Bell
Head Teacher
""")

NEWS_HTML = T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>October newsletter</title></head>
<body style="margin:0;background:#eef2f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#222">
<tr><td style="background:#0b4f6c;color:#fff"><h1 style="margin:0;font-size:22px">Example School &ndash; October newsletter</h1></td></tr>
<tr><td>
<p>Dear parents and carers,</p>
<p>What a half-term! Here are some of the highlights, and a few dates for your diary.</p>
<h3>M&ograve;d success</h3>
<p>Our choir came second in the Junior Choir at the Royal National M&ograve;d in Oban, and Iona
MacInnes (S3) won silver in the solo singing. Thanks to Mrs Beaton, the instructors, and all the
parents who helped with costumes and transport.</p>
<h3>Duke of Edinburgh</h3>
<p>Twenty-four S3 pupils completed their Bronze practice expedition in Glenbrittle, in wind and rain
that would have put off most adults. Their qualifying expedition is in May.</p>
<h3>Hostel</h3>
<p>We welcome Kenny MacLeod, our new weekend hostel supervisor. The hostel kitchen has also had a
long-awaited new cooker, so Sunday night roasts are back.</p>
<h3>Gaelic phrase of the month</h3>
<p><i>&ldquo;Tha an t-uisge ann&rdquo;</i> &ndash; it's raining. You'll use it often.</p>
<h3>Dates for your diary</h3>
<table cellpadding="4" style="font-size:14px">
<tr><td>Thu 20 Nov</td><td>S1 parents' evening (in person, phone or Teams)</td></tr>
<tr><td>Mon 17 Nov</td><td>INSET day &ndash; school closed to pupils</td></tr>
<tr><td>Thu 18 Dec</td><td>C&egrave;ilidh na Nollaig, 7pm</td></tr>
<tr><td>Fri 19 Dec</td><td>Term ends at 12.30 (hostel pupils: buses and ferries as usual)</td></tr>
</table>
<p style="font-size:13px;color:#555">Example School, Park Row, LS1 4AP<br>
01632&nbsp;960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></p>
<p>Rachel Bell<br>Head Teacher</p>
</td></tr></table>
</td></tr></table>
</body></html>
""")

M("clean", "october_newsletter", "everyday: head teacher's half-term newsletter (HTML + plain)",
  "head", ["jane", "sam", "ali"],
  "October newsletter",
  "Fri, 24 Oct 2025 12:00:00 +0100",
  NEWS_TEXT, fmt="alt", cte="quoted-printable", html_body=NEWS_HTML, html_cte="base64",
  mailer="web")

M("clean", "biology_praise_note", "everyday: short positive note home, sent from a phone app",
  "kmatheson", ["jane"],
  "Isla - well done",
  "Wed, 04 Feb 2026 15:52:07 +0000",
  T("""
Hi Jane,

Just a quick note to say Isla has been brilliant in Biology this term. Her
write-up of the heart dissection was one of the best in the year group, and
she's been helping the others at her table without being asked. Please
tell her I said so - she'll pretend to be embarrassed!

Kirsty Matheson
Teacher of Biology

Sent from Outlook for iOS
"""), mailer="ios")

# ==========================================================================
# Output
# ==========================================================================
README = """# Round 46 hold-out: personal-address-to-parent

**BLIND hold-out corpus. Never use it for tuning** (no rule, threshold,
word list or test fixture may be adjusted to make these files pass). It was
written without reading mailguard's code, rules, tests or documentation, so
that it measures how the filter does on mail nobody tuned it on.

## What it is

{total} outgoing e-mail messages (RFC 5322 `.eml`) from staff of a rural
11-18 secondary in the Scottish Highlands and Islands, with a Gaelic-medium
unit (Aonad Gàidhlig), a hostel for island pupils, ferries and weather
closures, crofting families, SQA exams and outdoor education. Each is
labelled `flag` or `clean` for the policy rule:

> Staff must never use their own personal communications device or personal
> e-mail to communicate with pupils or parents, and must not give pupils or
> parents their personal phone number, home address or personal e-mail;
> they must not add pupils or parents as friends on social media.

`labels.csv` columns: `file,expected,sender,recipients,note`. `sender` is the
envelope sender (the staff From address); `recipients` is To + Cc separated
by single spaces. Judgement calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff gives a parent/pupil their own contact details or a private channel | {flag} |
| clean | everyday school mail | {everyday} |
| clean | hard negatives (look like the above, but are fine) | {hard} |
| **total** | | **{total}** |

## Kinds of case

Flag (each has at least one parent or pupil recipient):
- own mobile in the body (spaces, hyphens, dots, `+44 (0)`, `0044`, no spaces),
  one split over a line break, one in Gaelic;
- own mobile in an HTML signature with `&nbsp;`; own home landline in brackets;
- own mobile/e-mail in a vCard attachment, own mobile in an `.ics` invite;
- personal e-mail in the body (Gmail, iCloud), in `Reply-To`, in `Cc`
  (Hotmail), and a family-domain address in body and signature;
- home address with and without postcode;
- private channels: Snapchat, WhatsApp, Signal, Facebook friend/Messenger,
  Instagram, Discord;
- one body in base64, several quoted-printable, RFC 2047 subjects and names.

Clean, hard negatives:
- the school's own number, postcode and mailboxes; school-owned phones stated
  as such (expedition phone, hostel line, send-only text service);
  a colleague's school direct line; `Reply-To` the school office;
  vCard / `.ics` holding only school details; the school's official Facebook page;
- a parent's, pupil's or grandparent's own details read back or quoted;
- third parties given for a reason: ferry operator, coach firm, outdoor centre,
  host family, employer, other school, council transport, CAMHS, helplines;
- numbers that are not phones: SCN, centre number, course codes, ISBNs,
  prices, sort code and account, Teams meeting ID, council closure PIN,
  venue postcodes, dates and times;
- staff-only mail with personal details (payroll, staff night out, a colleague's Gmail);
- e-safety advice naming apps; staff declining to give a personal number or social media.

Clean, everyday: homework, reminders, replies to parents, trip letters,
reports, prelim timetables, newsletters, closures, meeting notes, cover,
purchase orders, and short acknowledgements, in English and Gàidhlig.

Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative
(Outlook, Gmail and webmail-style HTML), HTML only, multipart/mixed with PDF,
vCard and iCalendar attachments, Outlook and Gmail quoted replies, forwards.
All phone numbers are in Ofcom's drama ranges (no real Highland 01463/island
numbers are used; 01632 960xxx stands in for local landlines); names,
addresses and mailboxes are invented; postcodes other than the school's
(LS1 4AP) are deliberately non-existent (IV99, HS9 9ZQ, PA99, PH99).

## How it was made / how to regenerate

Written by hand as data in `../make_round46_personal.py` (Python 3.11
standard library only), which builds every message as raw MIME text with
fixed dates, Message-IDs and boundaries. Regenerate with

    python3 tests/holdout/round46/make_round46_personal.py

Running it twice gives byte-identical files. The script then re-parses every
file with `email.message_from_bytes(..., policy=email.policy.default)` and
checks that the labels match the files.
"""


def hard_or_everyday(note):
    return "everyday" if note.startswith("everyday") else "hard"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for n, spec in enumerate(MESSAGES, 1):
        data, sender, rcpts = build(n, spec)
        name = f"{n:03d}_{spec['label']}_{spec['slug']}.eml"
        (OUT / name).write_bytes(data)
        rows.append([name, spec["label"], sender, " ".join(rcpts), spec["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    (OUT / "labels.csv").write_text(buf.getvalue(), encoding="utf-8")
    nflag = sum(1 for r in rows if r[1] == "flag")
    clean = [m for m in MESSAGES if m["label"] == "clean"]
    nevery = sum(1 for m in clean if hard_or_everyday(m["note"]) == "everyday")
    (OUT / "README.md").write_text(
        README.format(total=len(rows), flag=nflag, everyday=nevery, hard=len(clean) - nevery),
        encoding="utf-8")
    verify(rows)
    print(f"wrote {len(rows)} messages ({nflag} flag, {len(rows) - nflag} clean: "
          f"{nevery} everyday, {len(clean) - nevery} hard) to {OUT}")


def verify(rows):
    assert len(rows) == 80, len(rows)
    assert sum(r[1] == "flag" for r in rows) == 20
    assert sum(r[1] == "clean" for r in rows) == 60
    slugs = [r[0].split("_", 2)[2] for r in rows]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    with open(OUT / "labels.csv", newline="", encoding="utf-8") as f:
        labels = list(csv.DictReader(f))
    assert [l["file"] for l in labels] == sorted(p.name for p in OUT.glob("*.eml"))
    parent_addrs = {a for _, a in PARENTS.values()}
    for lab in labels:
        raw = (OUT / lab["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (lab["file"], msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (lab["file"], h)
        frm = [a for _, a in getaddresses([str(msg["From"])])]
        assert frm == [lab["sender"]], (lab["file"], frm)
        assert lab["sender"].endswith("@" + SCHOOL)
        rc = [a for _, a in getaddresses([str(x) for x in (msg.get_all("To") or []) + (msg.get_all("Cc") or [])])]
        assert rc == lab["recipients"].split(" "), (lab["file"], rc)
        assert lab["file"].split("_")[1] == lab["expected"]
        if lab["expected"] == "flag":
            assert any(a in parent_addrs or a.endswith("@" + PUPILS) for a in rc), lab["file"]
        texts = 0
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
            if part.is_multipart():
                continue
            content = part.get_content()
            if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
                assert isinstance(content, str) and content.strip(), lab["file"]
                texts += 1
        assert texts >= 1, lab["file"]
        str(msg["Subject"])


if __name__ == "__main__":
    main()
