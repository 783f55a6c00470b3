#!/usr/bin/env python3
"""Generate the BLIND round-11 hold-out corpus for the personal-address-to-parent module.

Setting: a large inner-city Catholic voluntary-aided 11-18 school ("Example School", Park Row,
Leeds LS1 4AP) working in partnership with a further-education college.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
./personal-address-to-parent/ next to this script. Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so two runs give identical bytes.

Blind: written without looking at mailguard's code, rules or other tests. Never tune on it.
"""
import base64
import csv
import hashlib
import html
import io
import os
import quopri
import re
import sys
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people

STAFF = {
    "okafor": ("Bernadette Okafor", "b.okafor"),
    "chaplaincy": ("School Chaplaincy", "chaplaincy"),
    "moriarty": ("Declan Moriarty", "d.moriarty"),
    "kowalski": ("Teresa Kowalski", "t.kowalski"),
    "adeyemi": ("Joseph Adeyemi", "j.adeyemi"),
    "gallagher": ("Niamh Gallagher", "n.gallagher"),
    "attendance": ("Rosa Fernández", "attendance"),
    "dsl": ("Patrick Doyle", "dsl"),
    "doyle": ("Patrick Doyle", "p.doyle"),
    "rahman": ("Aisha Rahman", "a.rahman"),
    "nowak": ("Tomasz Nowak", "t.nowak"),
    "office": ("Catherine Byrne", "office"),
    "brennan": ("Liam Brennan", "l.brennan"),
    "marsh": ("Dr Helen Marsh", "h.marsh"),
    "mensah": ("Kwame Mensah", "k.mensah"),
    "careers": ("Careers and Apprenticeships", "careers"),
    "quinn": ("Siobhan Quinn", "s.quinn"),
    "exams": ("Maria Santos", "exams"),
    "lloyd": ("Gareth Lloyd", "g.lloyd"),
    "whitfield": ("Chloe Whitfield", "c.whitfield"),
    "hr": ("Anthony Cole", "hr"),
    "olawale": ("Grace Olawale", "g.olawale"),
    "horvath": ("Stefan Horvath", "s.horvath"),
    "head": ("Yvonne Clarke", "headteacher"),
    "fitzgerald": ("Rory Fitzgerald", "r.fitzgerald"),
    "nair": ("Priya Nair", "p.nair"),
    "fairweather": ("Lucy Fairweather", "l.fairweather"),
    "costello": ("Eimear Costello", "e.costello"),
    "sixthform": ("Bríd Kavanagh", "sixthform"),
    "library": ("Joanne Pickering", "library"),
    "doherty": ("Hannah Doherty", "h.doherty"),
    "keane": ("Martin Keane", "m.keane"),
    "hegarty": ("Seán Hegarty", "s.hegarty"),
    "reid": ("Callum Reid", "c.reid"),
    "cover": ("Denise Walker", "cover"),
    "clerk": ("Margaret Ellis", "clerk"),
    "allstaff": ("All Staff", "allstaff"),
    "re_dept": ("RE Department", "re.department"),
    "yr11team": ("Year 11 Tutors", "year11.tutors"),
}

PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}

PUPILS = {
    "faith": ("Faith Okonkwo", "19fokonkwo"),       # Y13
    "michael": ("Michael McBride", "19mmcbride"),   # Y13
    "daniel": ("Daniel Walsh", "20dwalsh"),         # Y12
    "ana": ("Ana Pereira", "20apereira"),           # Y12
    "kezia": ("Kezia Baptiste", "20kbaptiste"),     # Y12
    "jakub": ("Jakub Sobczak", "20jsobczak"),       # Y12
    "ciara": ("Ciara Nolan", "21cnolan"),           # Y11
    "emeka": ("Emeka Obi", "21eobi"),               # Y11
    "thomas": ("Thomas Murphy", "22tmurphy"),       # Y10
    "oliwia": ("Oliwia Zielinska", "22ozielinska"), # Y10
    "joel": ("Joel Da Costa", "22jdacosta"),        # Y10
    "grace10": ("Grace Mahon", "22gmahon"),         # Y10
    "aoife": ("Aoife Brennan-Kelly", "22abrennankelly"),  # Y10
    "samuel": ("Samuel Obi", "23sobi"),             # Y9
    "lucia": ("Lucia Ferreira", "23lferreira"),     # Y9
    "molly": ("Molly Ryan", "24mryan"),             # Y8
    "kacper": ("Kacper Nowicki", "24knowicki"),     # Y8
    "isla": ("Isla Farrell", "25ifarrell"),         # Y7
}


def who(key):
    """(display name, address) for a staff / parent / pupil key, or a literal (name, addr)."""
    if isinstance(key, tuple):
        return key
    if key in STAFF:
        n, local = STAFF[key]
        return n, f"{local}@{SD}"
    if key in PARENTS:
        return PARENTS[key]
    if key in PUPILS:
        n, local = PUPILS[key]
        return n, f"{local}@{PD}"
    raise KeyError(key)


def fmt_addrs(keys):
    out = []
    for k in keys:
        n, a = who(k)
        out.append(formataddr((n, a), charset="utf-8") if n else a)
    return ",\n ".join(out) if len(out) > 2 else ", ".join(out)


# --------------------------------------------------------------------------- MIME building


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return "".join(f"{k}: {v}\n" for k, v in self.headers) + "\n" + self.body


def _check_lines(s, where):
    for ln in s.split("\n"):
        if len(ln.encode("utf-8")) > 998:
            raise SystemExit(f"line too long in {where}: {ln[:60]}...")


def enc(text, cte):
    data = text.encode("utf-8")
    if cte == "7bit":
        if not data.isascii():
            bad = sorted({c for c in text if ord(c) > 127})
            raise SystemExit(f"7bit body has non-ASCII characters {bad!r}: {text[:60]!r}")
        out = text
    elif cte == "8bit":
        out = text
    elif cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    if not out.endswith("\n"):
        out += "\n"
    _check_lines(out, text[:40])
    return out


def auto_cte(text, want=None):
    if want:
        return want
    return "7bit" if text.isascii() else "quoted-printable"


def text_part(text, subtype="plain", cte=None, flowed=False, charset="utf-8"):
    cte = auto_cte(text, cte)
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], enc(text, cte))


def attach_part(filename, ctype, data, cte="base64", inline=False, params=""):
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
    hdrs = [
        ("Content-Type", f'{ctype}{params}; name="{filename}"'),
        ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(hdrs, body)


def multi(subtype, parts, boundary, preamble=False):
    body = "This is a multi-part message in MIME format.\n\n" if preamble else ""
    for p in parts:
        body += f"--{boundary}\n" + p.render()
    body += f"--{boundary}--\n"
    return Part([("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')], body)


# --------------------------------------------------------------------------- plain -> HTML

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://[^\s<>()]+[^\s<>().,;:!?]")


def linkify(s):
    s = html.escape(s, quote=False)
    out = []
    pos = 0
    pat = re.compile(f"({URL_RE.pattern})|({EMAIL_RE.pattern})")
    for m in pat.finditer(s):
        out.append(s[pos:m.start()])
        t = m.group(0)
        if m.group(1):
            out.append(f'<a href="{t}">{t}</a>')
        else:
            out.append(f'<a href="mailto:{t}">{t}</a>')
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


QUOTE_START = re.compile(r"^(On .+ wrote:|-----Original Message-----|_{20,}|From: .+|---------- Forwarded message ---------)$")


def split_quote(text):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if QUOTE_START.match(ln) and (ln.startswith("On ") or ln.startswith("-") or ln.startswith("_")
                                      or (i + 1 < len(lines) and lines[i + 1].startswith("Sent:"))):
            return "\n".join(lines[:i]).rstrip("\n"), "\n".join(lines[i:])
    return text, ""


def html_outlook(text):
    main, quote = split_quote(text)
    paras = [p for p in main.split("\n\n")]
    body = []
    for p in paras:
        body.append('<p class="MsoNormal">' + "<br>\n".join(linkify(x) for x in p.split("\n")) + "</p>")
        body.append('<p class="MsoNormal">&nbsp;</p>')
    if quote:
        body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        for p in quote.split("\n\n"):
            lines = [re.sub(r"^> ?", "", x) for x in p.split("\n")]
            body.append('<p class="MsoNormal">' + "<br>\n".join(linkify(x) for x in lines) + "</p>")
        body.append("</div>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n"
        "--></style>\n</head>\n"
        '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    )


def html_gmail(text):
    main, quote = split_quote(text)
    out = ['<div dir="ltr">']
    for ln in main.split("\n"):
        out.append("<div>" + (linkify(ln) if ln.strip() else "<br>") + "</div>")
    out.append("</div>")
    if quote:
        qlines = quote.split("\n")
        attr = qlines[0]
        rest = [re.sub(r"^> ?", "", x) for x in qlines[1:]]
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                   + linkify(attr) + "<br></div>")
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out.append("<br>\n".join(linkify(x) for x in rest))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def html_plainish(text):
    paras = text.split("\n\n")
    out = ["<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(linkify(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


HTML_STYLES = {"outlook": html_outlook, "gmail": html_gmail, "plainish": html_plainish}

# --------------------------------------------------------------------------- small file formats


def make_pdf(lines, title="Document"):
    """A tiny valid one-page PDF with the given text lines (Helvetica, uncompressed)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    content = ["BT", "/F1 11 Tf", "14 TL", f"50 {y} Td"]
    for ln in lines:
        content.append(f"({esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Microsoft Word for Microsoft 365) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


# --------------------------------------------------------------------------- message assembly

MESSAGES = []


def T(s):
    """Strip the single leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def msg(label, slug, note, frm, to, subject, when, body, *, cc=(), kind="plain", cte=None,
        html_body=None, html_cte="quoted-printable", html_style="outlook", atts=(),
        reply_to=None, irt=None, mailer=None, mid_style="school", flowed=False, from_name=None):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, when=when, body=body, kind=kind, cte=cte,
                         html_body=html_body, html_cte=html_cte, html_style=html_style,
                         atts=list(atts), reply_to=reply_to, irt=irt, mailer=mailer,
                         mid_style=mid_style, flowed=flowed, from_name=from_name))


def hx(s, n):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def message_id(m):
    seed = m["slug"]
    if m["mid_style"] == "outlook":
        box = "DB9PR0" + str(int(hx(seed + "b", 2), 16) % 9 + 1) + "MB" + str(int(hx(seed + "c", 4), 16) % 9000 + 1000)
        return f"<{box}{hx(seed, 24).upper()}@{box}.eurprd0{int(hx(seed, 1), 16) % 8 + 1}.prod.outlook.com>"
    if m["mid_style"] == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:27]).decode().replace("/", "_")
        return f"<CA{b}@mail.gmail.com>"
    if m["mid_style"] == "iphone":
        h = hx(seed, 32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{SD}>"
    return f"<{m['when']:%Y%m%d%H%M%S}.{hx(seed, 12)}@{SD}>"


def boundary(m, n):
    seed = m["slug"] + str(n)
    if m["mid_style"] == "outlook":
        return f"_00{n}_DB9PR04MB{hx(seed, 4).upper()}{hx(seed + 'x', 20).upper()}_"
    if m["mid_style"] == "gmail":
        return "0000000000" + hx(seed, 16)
    if m["mid_style"] == "iphone":
        h = hx(seed, 32).upper()
        return f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"----=_Part_{int(hx(seed, 6), 16)}_{int(hx(seed + 'y', 8), 16)}"


def enc_header(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def build(m):
    bcount = [0]

    def nb():
        bcount[0] += 1
        return boundary(m, bcount[0])

    text = m["body"]
    if m["kind"] == "plain":
        body_part = text_part(text, cte=m["cte"], flowed=m["flowed"])
    elif m["kind"] == "html":
        body_part = text_part(m["html_body"], subtype="html", cte=m["html_cte"])
    elif m["kind"] == "alt":
        h = m["html_body"] or HTML_STYLES[m["html_style"]](text)
        body_part = multi("alternative", [text_part(text, cte=m["cte"]),
                                          text_part(h, subtype="html", cte=m["html_cte"])], nb())
    else:
        raise ValueError(m["kind"])
    if m["atts"]:
        top = multi("mixed", [body_part] + m["atts"], nb(), preamble=True)
    else:
        top = body_part

    frm_name, frm_addr = who(m["frm"])
    if m["from_name"]:
        frm_name = m["from_name"]
    hdrs = [("From", formataddr((frm_name, frm_addr), charset="utf-8"))]
    hdrs.append(("To", fmt_addrs(m["to"])))
    if m["cc"]:
        hdrs.append(("Cc", fmt_addrs(m["cc"])))
    if m["reply_to"]:
        hdrs.append(("Reply-To", fmt_addrs([m["reply_to"]])))
    hdrs.append(("Subject", enc_header(m["subject"])))
    hdrs.append(("Date", format_datetime(m["when"])))
    hdrs.append(("Message-ID", message_id(m)))
    if m["irt"]:
        hdrs.append(("In-Reply-To", m["irt"]))
        hdrs.append(("References", m["irt"]))
    hdrs.append(("MIME-Version", "1.0"))
    if m["mailer"]:
        hdrs.append(("X-Mailer", m["mailer"]))
    if m["mid_style"] == "outlook":
        hdrs.append(("Content-Language", "en-GB"))
    raw = "".join(f"{k}: {v}\n" for k, v in hdrs) + top.render()
    return raw.encode("utf-8")


def D(mon, day, hh, mm):
    return datetime(2026, mon, day, hh, mm, 0, tzinfo=timezone.utc)


def recipients(m):
    return " ".join(who(k)[1] for k in m["to"] + m["cc"])


# --------------------------------------------------------------------------- signatures

SIG = {
    "okafor": T("""
Bernadette Okafor
Lay Chaplain
Example School - a Catholic Voluntary Aided School, 11-18
Park Row, Leeds LS1 4AP | 01632 960000
"Christ at the centre of all we do"
"""),
    "moriarty": T("""
Mr D. Moriarty
Head of Religious Education
Example School
Park Row, Leeds LS1 4AP
"""),
    "kowalski": T("""
Teresa Kowalski
Head of Sixth Form
Example School Sixth Form, in partnership with Northgate College
Park Row | Leeds | LS1 4AP
T: 01632 960000
"""),
    "adeyemi": T("""
Joseph Adeyemi
Head of Year 9
Example School | Park Row | Leeds | LS1 4AP
Tel: 01632 960000
"""),
    "gallagher": T("""
Miss N. Gallagher
English Department
Example School
"""),
    "attendance": T("""
Rosa Fernández
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Absence line: 01632 960000 (option 1)
"""),
    "dsl": T("""
Patrick Doyle
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000

CONFIDENTIAL: This e-mail and any attachments are intended only for the named recipient(s).
"""),
    "rahman": T("""
Aisha Rahman
SENCo
Example School
Park Row, Leeds LS1 4AP | 01632 960000
"""),
    "nowak": T("""
Mr T. Nowak
Mathematics
Example School
"""),
    "office": T("""
Catherine Byrne
Office Manager
Example School
Park Row, Leeds LS1 4AP
Tel: (01632) 960000
office@example-school.org.uk
"""),
    "marsh": T("""
Dr Helen Marsh
Head of Science
Example School, Park Row, Leeds LS1 4AP
"""),
    "mensah": T("""
Kwame Mensah
Careers and Apprenticeships Lead
Example School & Northgate College Partnership
Park Row, Leeds LS1 4AP | 01632 960000
"""),
    "quinn": T("""
Siobhan Quinn
Pastoral Manager - Year 11
Example School
01632 960000
"""),
    "exams": T("""
Maria Santos
Exams Officer
Example School, Park Row, Leeds LS1 4AP
Tel 01632 960000 | exams@example-school.org.uk
"""),
    "hr": T("""
Anthony Cole
Business Manager (HR and Finance)
Example School
Park Row, Leeds LS1 4AP

This e-mail may contain personal data. If you have received it in error please delete it and tell the sender.
"""),
    "head": T("""
Mrs Y. Clarke
Headteacher
Example School - a Catholic Voluntary Aided School
Park Row, Leeds LS1 4AP
"""),
    "nair": T("""
Priya Nair
Head of Computing | Online Safety Lead
Example School, Park Row, Leeds LS1 4AP
"""),
    "sixthform": T("""
Bríd Kavanagh
Sixth Form Administrator
Example School Sixth Form
Park Row, Leeds LS1 4AP
"""),
    "keane": T("""
Martin Keane
Head of Year 10
Example School
Tel: 01632 960000
"""),
    "reid": T("""
Mr C Reid
PE Department
Example School
"""),
    "costello": T("""
Eimear Costello
Head of Year 7
Example School | Park Row | Leeds LS1 4AP | 01632 960000
"""),
}


# =========================================================================== FLAGS (20)


def flags():
    msg("flag", "fixture_own_mobile", "PE teacher gives parent his own mobile (no spaces) for Saturday fixture",
        "brennan", ["jane"], "Saturday's fixture at Hollins Park - pick up", D(1, 16, 16, 42), T("""
Hi Jane,

Thanks for letting me know about Saturday. That's no problem at all, Example Pupil One can still play the first half and you can collect from the pavilion at half time. I'll make sure the subs know.

The minibus leaves school at 8.15 so they'll need to be at the sports hall doors for 8 with boots, shin pads and the black away kit. We should be back at school around 1pm, but cup games have a habit of running over if they go to extra time.

The trip phone is playing up at the minute so if you need me on the day just ring me on my own mobile, 07700900312. I'll have it in my tracksuit pocket all morning.

Cheers,
Liam

Mr L Brennan
Teacher of PE
Example School, Park Row, Leeds LS1 4AP
"""))

    msg("flag", "ucas_home_gmail", "Head of Sixth Form asks Y13 pupil to send statement to her personal gmail while off sick",
        "kowalski", ["faith"], "Re: personal statement - final draft?", D(1, 8, 19, 55), T("""
Hi Faith,

Well done for getting this far - the middle section about your placement at the hospice is so much stronger now. Two small things: cut the opening quote (admissions tutors see a lot of quotes) and make the last paragraph about what you'll bring to the course, not what it will give you.

I'm in for my operation tomorrow and won't be back in school until the 19th at the earliest, so I won't be looking at this account. Once you've had another go, send it to my home email instead - tkowalski.home@gmail.com - and I'll read it from the sofa. Don't leave it too close to the deadline please!

Mrs K

Teresa Kowalski
Head of Sixth Form
Example School Sixth Form, in partnership with Northgate College
Park Row | Leeds | LS1 4AP
T: 01632 960000

On Thu, 8 Jan 2026 at 17:21, Faith Okonkwo <19fokonkwo@pupils.example-school.org.uk> wrote:
> Hi Miss, I've redone it with your comments, is this ok to send now? I'm
> worried it's still over the character limit and Mr Mensah said the
> reference is nearly done.
> Thank you
> Faith
"""), kind="alt", html_style="gmail", mid_style="gmail", irt="<CAH3kq0b7fokonkwoPS2@mail.gmail.com>")

    msg("flag", "bereavement_home_landline", "Lay chaplain gives bereaved father her home landline to ring in the evenings",
        "okafor", ["ali"], "With our prayers", D(1, 13, 20, 10), T("""
Dear Mr Guardian,

I was so sorry to hear from Mr Hegarty this afternoon about the death of your mother. Please know that you and the whole family, and especially Example Pupil Three, are in our prayers. We will remember her by name at the staff Mass on Friday morning, and if you would like a candle lit for her in the chapel I'd be very glad to do that.

Example Pupil Three is welcome to come up to the chaplaincy at any point, even just to sit quietly at lunchtime. The door is always open and nobody will ask questions.

I know the days before a funeral can be very long, and the school office closes at half past four. If it would help to talk, or if you would like any help choosing readings or music for the Requiem, please ring me at home on 0113 496 0472 - any evening is fine. My husband will take a message if I'm out at the parish.

With every blessing,

Bernadette

Bernadette Okafor
Lay Chaplain
Example School \u2013 a Catholic Voluntary Aided School, 11\u201318
"""), cte="quoted-printable")

    msg("flag", "netball_whatsapp_group", "PE teacher invites Y10 pupils to message her mobile to join a WhatsApp group",
        "doherty", ["oliwia", "grace10", "aoife"], "Netball squad - Tuesday + group chat", D(1, 26, 15, 5), T("""
Hi girls,

Well done on Saturday, that second half against Holy Rosary was the best I've seen you play all season. Aoife, your interceptions were brilliant.

Training moves to TUESDAY after school this week because the sports hall is booked for the Year 11 information evening on Wednesday. 3.30 until 4.45, bring trainers and indoor shoes.

A few of you asked about a group chat so you're not relying on Teams for late changes. I've set up a WhatsApp group for the squad - send me a message on 07700 900641 and I'll add you. Put your name in the message as I won't have your numbers saved!

Miss Doherty
"""))

    msg("flag", "hoy9_mobile_in_signature", "Head of Year tells carer to text his own mobile, number in Outlook signature",
        "adeyemi", ["sam"], "RE: Example Pupil Two - lunchtimes", D(1, 20, 12, 38), T("""
Hi Sam,

Thanks for getting back to me so quickly. I've spoken to the lunchtime supervisors and Example Pupil Two can use the Year 9 base in D block at lunch for the rest of this half term, so there's somewhere quieter to go. Mrs Rahman is also going to look in on Wednesdays.

I'm out on a course at the diocesan education centre on Thursday and Friday, so if anything happens the best thing is to text my own mobile (number below) rather than going through reception - I'll see it much quicker.

Kind regards,
Joseph

Joseph Adeyemi
Head of Year 9
Example School | Park Row | Leeds | LS1 4AP
Tel: 01632 960000
Mobile: +44 7700 900587

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 20 January 2026 08:03
To: Joseph Adeyemi <j.adeyemi@example-school.org.uk>
Subject: Re: Example Pupil Two - lunchtimes

Morning Mr Adeyemi, yes that would be brilliant, they have found the canteen really overwhelming since Christmas. Thank you for sorting it.
Sam
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0",
        irt="<AS8PR02MB7731C0FFEE12@AS8PR02MB7731.eurprd02.prod.outlook.com>")

    msg("flag", "re_mock_replyto_gmail", "Head of RE sets Reply-To to his personal gmail on mail to parent (address only in header)",
        "moriarty", ["jane"], "GCSE RE - Example Pupil One's mock paper", D(2, 3, 21, 14), T("""
Dear Mrs Parent,

Thank you for your email about the Paper 2 mock. I've had another look at Example Pupil One's script this evening. The marks on the Christianity section are fair, but I agree the 12-mark question on the sanctity of life was marked harshly, so I've moved it up by two marks. That takes the overall grade to a 6.

The main thing to work on before the summer is using sources of wisdom and authority: quoting scripture or Church teaching accurately and then explaining what it means for a Catholic, rather than just mentioning it. There are good revision cards on the department Teams page and I'd recommend doing one a night.

I'm away on the diocesan RE leaders' course for the next fortnight but I'll be checking email in the evenings, so just reply to this and it'll reach me wherever I am.

Best wishes,

Mr D. Moriarty
Head of Religious Education
Example School
Park Row, Leeds LS1 4AP
"""), reply_to=("Declan Moriarty", "declanmoriarty74@gmail.com"))

    msg("flag", "nea_cc_personal_icloud", "History teacher Ccs her personal iCloud address on NEA feedback to Y12 pupil and invites him to use it",
        "olawale", ["daniel"], "NEA draft - feedback", D(1, 29, 17, 48), T("""
Daniel,

I've read your NEA draft on the Land War. There's a lot of good material in it, but at the moment it's mostly narrative: you need to be arguing with the historians from the first page, not saving it for the conclusion. Go back to the two interpretations in the pack and tell me which one you find more convincing and why, using your sources as evidence.

Comments are in the margin of the document on Teams. Second draft due Friday 6 February.

I've copied my home email in on this so I've got your draft and my notes to hand when I'm marking at the weekend. If it's easier, send the next version straight there too.

Ms Olawale
"""), cc=[("Grace Olawale", "grace.olawale@icloud.com")], kind="alt", html_style="outlook", mid_style="outlook")

    msg("flag", "choir_festival_html_mobile", "Music teacher gives carer 'my mobile' in HTML-only mail, digits joined by &nbsp;",
        "lloyd", ["sam"], "Diocesan Schools' Music Festival - Thursday 5 March", D(3, 2, 13, 25), "",
        kind="html", html_body=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Dear Sam,</p>
<p>Just to confirm that Example Pupil Two is singing with the chamber choir at the Diocesan Schools&#8217; Music Festival at the Cathedral on <b>Thursday 5 March</b>. We&#8217;ll walk down together from school at 4.30pm; the concert starts at 7pm and should finish by about 8.45pm.</p>
<p>Could you collect from the side door on the left of the cathedral rather than the main west doors? They lock those straight after the concert. If you&#8217;re running late or can&#8217;t find us, my mobile is <span style="white-space:nowrap">07700&nbsp;900&nbsp;218</span> &#8211; give me a ring and I&#8217;ll bring the children out to you.</p>
<p>Black trousers or skirt, white shirt and the choir tie, please. They&#8217;ll need a packed tea as there won&#8217;t be time to get anything in town.</p>
<p>Many thanks,<br>Gareth</p>
<p style="color:#7a1f2b;font-size:13px"><b>Gareth Lloyd</b><br>Director of Music<br>Example School &middot; Park Row &middot; Leeds LS1 4AP</p>
</body></html>
"""))

    vcf = crlf("""
BEGIN:VCARD
VERSION:3.0
N:Quinn;Siobhan;;;
FN:Siobhan Quinn
ORG:Example School
TITLE:Pastoral Manager - Year 11
TEL;TYPE=CELL:07700900846
EMAIL;TYPE=WORK:s.quinn@example-school.org.uk
EMAIL;TYPE=HOME:siobhanquinn77@yahoo.co.uk
ADR;TYPE=HOME:;;9 Sandhurst Grove;Leeds;;LS8 2QT;United Kingdom
END:VCARD
""")
    msg("flag", "pastoral_vcard_home", "Pastoral manager attaches vCard with her mobile, yahoo address and home address for parent",
        "quinn", ["ali"], "Example Pupil Three - catch-up meeting", D(2, 4, 11, 2), T("""
Dear Mr Guardian,

It was good to see you this morning. Just to put in writing what we agreed:

- Example Pupil Three will be on a report card for the next three weeks, to be signed by you each evening.
- Maths and Science intervention sessions on Tuesday and Thursday period 6 start next week.
- Mr Mensah will arrange a careers interview about the college and apprenticeship options.
- We will meet again on Friday 13 February at 8.30am to review.

I've attached my contact card so my details are saved in your phone. You're welcome to message me directly at any time, it's often easier than trying to catch me on the school line when I'm on duty.

Kind regards,
Siobhan Quinn
Pastoral Manager - Year 11
Example School
01632 960000
"""), atts=[attach_part("Siobhan Quinn.vcf", "text/vcard", vcf, params="; charset=utf-8")])

    ics = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000-r11-mensah-call
DTSTAMP:20260129T162000Z
DTSTART:20260131T100000Z
DTEND:20260131T103000Z
SUMMARY:Apprenticeship application call - Example Pupil Three
LOCATION:Phone call
DESCRIPTION:I'll ring you from my personal phone\\, 07700 900733. If we get c
 ut off or you miss me just ring me back on that number.
ORGANIZER;CN=Kwame Mensah:mailto:k.mensah@example-school.org.uk
ATTENDEE;CN=Ali Guardian;RSVP=TRUE:mailto:ali.guardian@btinternet.com
END:VEVENT
END:VCALENDAR
""")
    msg("flag", "apprenticeship_call_ics", "Careers lead books a Saturday call with parent; .ics gives his personal phone",
        "mensah", ["ali"], "Northgate College apprenticeship application - Saturday call", D(1, 29, 16, 20), T("""
Dear Mr Guardian,

As promised, I've looked at the Level 3 engineering apprenticeship at Northgate College with Example Pupil Three. The application closes on Monday and there are a couple of sections (the personal statement and the predicted grades) that I'd like to go through with you both before it goes in.

I know weekdays are difficult with your shifts, so I've put Saturday at 10am in your calendar - invite attached. Details of how I'll call are in the invite. It should take about half an hour.

Mrs Quinn is copied in as she's keeping an eye on the Year 11 applications.

Best wishes,

Kwame Mensah
Careers and Apprenticeships Lead
Example School & Northgate College Partnership
Park Row, Leeds LS1 4AP | 01632 960000
"""), cc=["quinn"], kind="alt", html_style="outlook", mid_style="outlook",
        atts=[attach_part("invite.ics", "text/calendar", ics, cte="7bit", params="; method=REQUEST; charset=utf-8")])

    msg("flag", "theatre_money_home_address", "English teacher tells parent to drop trip money through her door at her home address",
        "gallagher", ["jane"], "Re: Theatre trip money", D(2, 6, 19, 31), T("""
Hi Jane,

Don’t worry at all, these things happen! I’ve kept a place for Example Pupil One on the An Inspector Calls trip, so there’s no rush.

If it’s easier than coming into school, you’re very welcome to drop the money and the reply slip through my door over the weekend – I’m at 27 Brackenwood Close in Chapel Allerton, the house with the blue door, just past the parish hall. Put it in an envelope with their name on and I’ll bring it in on Monday.

Many thanks,
Niamh

On Fri, 6 Feb 2026 at 18:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Gallagher, so sorry, the slip and the £18 have been sitting on
> the kitchen table all week. Is it too late? We can’t get to the school
> office before it shuts.
> Jane
"""), cte="8bit", mid_style="gmail", irt="<CAJp7rT2theatre0slip@mail.gmail.com>")

    msg("flag", "drama_instagram_follow", "Drama teacher asks cast pupils to follow his Instagram and promises to follow back",
        "fitzgerald", ["lucia", "samuel", "joel", "isla"], "Godspell rehearsals next week + a favour", D(2, 25, 18, 40), T("""
Hi all,

Huge thanks for tonight - Act 1 is finally coming together and the final chorus gave me goosebumps. Learn your lines for Act 2 scenes 1-3 please, scripts down from Monday.

Next week:
Mon - full cast, 3.30-5.30, main hall
Wed - band call (principals only), 3.30-5
Thu - dance numbers, 3.30-5, drama studio

One more thing. I've started posting behind-the-scenes clips from rehearsals on my Instagram, @roryfitz.performs. Give me a follow and I'll follow you back, then I can tag you in the videos. Tell your families and friends - we want to sell out all three nights!

Mr F
"""), kind="alt", html_style="gmail", mid_style="gmail")

    msg("flag", "ta_snapchat_homework", "Teaching assistant tells Y8 pupil to add her on Snapchat for homework help",
        "whitfield", ["molly"], "your science homework", D(2, 10, 15, 52), T("""
hiya Molly, you left your planner in the learning support room so I've put it in Mr Keane's tray, you can pick it up in the morning.

if you get stuck on the science homework tonight just add me on snap (chloewhitx_) and send me a pic of the question, I'll help you through it x

Miss W
"""), mailer="iPhone Mail (22D63)", mid_style="iphone")

    msg("flag", "seville_exchange_0044", "MFL head on Seville exchange gives parents her own mobile in 0044 format",
        "fairweather", ["sam", "jane"], "Seville exchange - all well!", D(3, 10, 21, 30), T("""
Dear parents and carers,

Just a quick update from Seville. The group arrived safely on Sunday evening and everyone is settled in with their host families. Today we went round the Alcázar and up the Giralda, and this evening they had a flamenco workshop which was, let's say, enthusiastic.

Tomorrow is the day in school with our partner students, and on Thursday we're out to Córdoba by train, back late afternoon.

A couple of you have had trouble getting through on the trip phone. Mr Horvath has it with him, but the signal in the old town is very patchy. If you can't reach him, you can ring me on my own mobile: 0044 7700 900904. I'd rather you called me than worried.

Flights home are still on time for Saturday.

Saludos,
Lucy Fairweather
Head of Modern Languages
Example School
"""), cte="8bit")

    msg("flag", "maths_set_text_me_linebreak", "Maths teacher asks carer to text his number; number split over a line break",
        "nowak", ["sam"], "Year 9 maths - set change", D(2, 11, 16, 5), T("""
Dear Sam,

Following the assessment last week, we would like to move Example Pupil
Two up into set 2 after half term. Their score on the non-calculator
paper was one of the best in the year group and I think they are ready
for the extra challenge.

I know you wanted to talk it through before we confirm. I'm on duty most
lunchtimes so it's hard to catch me on the school number, but text me on 07700
900155 with a good time and I'll ring you back.

Best wishes,
Mr T. Nowak
Mathematics
Example School
"""), flowed=False)

    msg("flag", "practical_videos_hotmail", "Head of Science asks Y12 pupil to send videos to her personal hotmail (base64 body)",
        "marsh", ["kezia"], "Required practical videos", D(1, 22, 12, 15), T("""
Kezia,

The school email has bounced your titration videos twice now – the files are too big for the 25MB limit. Rather than faff about compressing them, send them to my own email, helen.marsh.lab@hotmail.co.uk, and I’ll watch them tonight.

Please make sure the camera can see the burette scale clearly this time – last time I couldn’t read the meniscus at all!

Dr Marsh
Head of Science
Example School, Park Row, Leeds LS1 4AP
"""), cte="base64")

    msg("flag", "attendance_facebook_friend", "Attendance officer has sent parent a Facebook friend request and asks her to message there",
        "attendance", ["jane"], "Appointments – and lovely to see you on Sunday", D(2, 24, 10, 12), T("""
Dear Jane,

Thank you for sending the letter from the orthodontist. I've marked Example Pupil One's absences on 3 March and 24 March as medical appointments, so they won't count against their attendance.

It was lovely to bump into you after the 10 o'clock Mass at St Anne's on Sunday! I've sent you a friend request on Facebook (Rosa Fernández Hill, the one with the picture of the dog). If you accept, just message me on there when there's another appointment and I'll sort it - it saves you ringing the absence line at 8 in the morning.

Best wishes,
Rosa

Rosa Fernández
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Absence line: 01632 960000 (option 1)
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")

    msg("flag", "compsci_discord_server", "Computing teacher invites Y12 pupils to her own Discord server and gives her handle",
        "nair", ["daniel", "jakub", "ana"], "A level CS - NEA help outside lessons", D(3, 4, 19, 2), T("""
Hi Year 12,

A few of you have asked for help with your NEA projects outside lesson time. Teams is hopeless for sharing code so I've set up a Discord server for the group:

https://discord.gg/q7NpR4kT

My username on there is pnair_codes. Join up and post your questions in #nea-help and I'll answer in the evenings when I can. Please keep it to NEA stuff!

Reminder that your analysis section is due on Friday 20 March.

Ms Nair
"""))

    msg("flag", "tutor_signal_parent", "Form tutor offers father his personal Signal number to avoid the school office",
        "hegarty", ["ali"], "Re: this week", D(3, 12, 21, 47), T("""
Mr Guardian,

Thank you for telling me, I know that can't have been an easy email to write. I'll keep a quiet eye on Example Pupil Three in registration and I've let Mrs Quinn know so the Year 11 team are aware. I have to pass anything like this on to Mr Doyle as well, but please don't worry, it's so that the right people can help.

If you'd rather not ring the office with things like this, I'm on Signal: 07700 900268. Message me whenever, I don't mind at all.

Seán Hegarty
Form Tutor 11H / Teacher of RE
"""), cte="quoted-printable", mid_style="gmail", irt="<CAKx0Ali4this9week@mail.gmail.com>")

    msg("flag", "geography_reply_brackets_number", "Geography teacher answers parent's request with his personal number in brackets/hyphen format",
        "horvath", ["jane"], "RE: Geography fieldwork - Example Pupil One", D(3, 18, 16, 33), T("""
Hi Jane,

Of course - it's (07700) 900-377. That's my personal phone so please keep it to yourself! Best time is after 4.

On the fieldwork itself: the write-up is due on 27 March, but if Example Pupil One misses the Robin Hood's Bay day because of the hospital appointment, they can use the class data set from the shared area instead of their own measurements. That's allowed in the spec and won't affect their mark.

Stefan

Stefan Horvath
Teacher of Geography
Example School

From: Jane Parent <jane.parent@gmail.com>
Sent: 18 March 2026 14:10
To: Stefan Horvath <s.horvath@example-school.org.uk>
Subject: Geography fieldwork - Example Pupil One

Hi Mr Horvath, is there a number I can get you on directly? Every time I ring, the office says you're teaching. It's about the fieldwork day and their hospital appointment.
Thanks, Jane
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")


STAFF.update({
    "ashworth": ("Ruth Ashworth", "r.ashworth"),
    "finance": ("Finance Office", "finance"),
})


# =========================================================================== CLEAN: everyday (30)


def everyday():
    nl_text = T("""
EXAMPLE SCHOOL - SPRING NEWSLETTER
Friday 30 January 2026

From the Headteacher
Dear parents and carers,

Happy new year, and thank you for all your support during what has been a very busy start to the spring term. Our Year 11 students sat their second round of mock exams this month with real maturity, and the Sixth Form have been busy with university and apprenticeship applications - over forty offers so far, including our first two degree apprenticeships with Northgate College's partner employers.

Lent begins on Ash Wednesday, 18 February, which falls in the half-term holiday this year. Ashes will be distributed at our whole-school Mass on Monday 23 February. Parents are very welcome to join us in the sports hall at 9.15am.

Our Lenten charity this year is the diocesan refugee support project. Each form will be running its own fundraising, and the chaplaincy team will share details after half term.

Dates for your diary
- Mon 9 Feb: Year 9 parents' evening (booking opens this week)
- Thu 12 Feb: Sixth Form open evening, 6pm
- Fri 13 Feb: School closes for half term at 3.15pm
- Mon 23 Feb: School reopens; whole-school Mass
- Thu 5 Mar: Diocesan Schools' Music Festival at the Cathedral

Uniform
Please check that your child's blazer and PE kit are clearly named. The lost property cupboard is overflowing!

Thank you, as always, for your prayers and your support.

Mrs Y. Clarke
Headteacher

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk
""")
    nl_html = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="640" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="background:#5b1a2b;color:#ffffff"><h1 style="margin:0;font-size:24px">Example School</h1><p style="margin:4px 0 0 0">Spring Newsletter &middot; Friday 30 January 2026</p></td></tr>
<tr><td>
<h2 style="color:#5b1a2b;font-size:18px">From the Headteacher</h2>
<p>Dear parents and carers,</p>
<p>Happy new year, and thank you for all your support during what has been a very busy start to the spring term. Our Year 11 students sat their second round of mock exams this month with real maturity, and the Sixth Form have been busy with university and apprenticeship applications &ndash; over forty offers so far, including our first two degree apprenticeships with Northgate College&rsquo;s partner employers.</p>
<p>Lent begins on Ash Wednesday, 18 February, which falls in the half-term holiday this year. Ashes will be distributed at our whole-school Mass on Monday 23 February. Parents are very welcome to join us in the sports hall at 9.15am.</p>
<p>Our Lenten charity this year is the diocesan refugee support project. Each form will be running its own fundraising, and the chaplaincy team will share details after half term.</p>
<h2 style="color:#5b1a2b;font-size:18px">Dates for your diary</h2>
<ul>
<li><b>Mon 9 Feb</b>: Year 9 parents&rsquo; evening (booking opens this week)</li>
<li><b>Thu 12 Feb</b>: Sixth Form open evening, 6pm</li>
<li><b>Fri 13 Feb</b>: School closes for half term at 3.15pm</li>
<li><b>Mon 23 Feb</b>: School reopens; whole-school Mass</li>
<li><b>Thu 5 Mar</b>: Diocesan Schools&rsquo; Music Festival at the Cathedral</li>
</ul>
<h2 style="color:#5b1a2b;font-size:18px">Uniform</h2>
<p>Please check that your child&rsquo;s blazer and PE kit are clearly named. The lost property cupboard is overflowing!</p>
<p>Thank you, as always, for your prayers and your support.</p>
<p>Mrs Y. Clarke<br>Headteacher</p>
</td></tr>
<tr><td style="background:#eeeeee;font-size:12px;color:#555">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
</table></td></tr></table>
</body></html>
""")
    msg("clean", "spring_newsletter", "Spring newsletter to parents: Lent, dates, uniform; school contact footer",
        "office", ["jane", "sam", "ali"], "Example School - Spring Newsletter", D(1, 30, 14, 0), nl_text,
        kind="alt", html_body=nl_html)

    msg("clean", "y10_maths_homework", "Maths homework reminder to Y10 pupils",
        "nowak", ["thomas", "joel", "grace10"], "Homework - due Thursday", D(1, 12, 15, 40), T("""
Hi 10M2,

Reminder that the simultaneous equations homework on Sparx is due on Thursday. At the moment only about half the class have started it.

If you're stuck on the ones where you have to multiply both equations, watch the video in the Teams files (Lesson 4) before you ask me - it goes through exactly that.

Mr Nowak
"""))

    msg("clean", "lost_blazer_reply", "Office replies to parent about a lost blazer",
        "office", ["jane"], "Re: Lost blazer", D(1, 14, 10, 22), T("""
Dear Mrs Parent,

Good news – the blazer has turned up in lost property. It had been left in the sports hall changing room after PE on Monday. I’ve put it in a bag with Example Pupil One’s name on and it’s waiting at reception, so they can collect it at break or after school.

Kind regards,

Catherine Byrne
Office Manager
Example School
Park Row, Leeds LS1 4AP
Tel: (01632) 960000
office@example-school.org.uk

> On 13 Jan 2026, at 21:05, Jane Parent <jane.parent@gmail.com> wrote:
>
> Hello, my child has lost their blazer (age 14-15, name sewn in the collar).
> Could someone check lost property please? Thank you.
"""), cte="8bit", irt="<6F1B2A44-0D1E-4C33-9A1F-2B7E31C0A9D2@gmail.com>")

    msg("clean", "cover_thursday", "Cover manager sends staff Thursday's cover list",
        "cover", ["allstaff"], "Cover - Thursday 22 January", D(1, 21, 15, 55), T("""
Afternoon all,

Cover for tomorrow (Thursday 22 January) is below. Please check your pigeonholes for the printed slips and make sure work is on the shared drive by 8am.

P1  9X2 RE (Mr Moriarty - diocesan meeting)   ->  Mr Hegarty, R14
P2  11B Eng (Miss Gallagher - trip)           ->  Mrs Okafor, E3
P3  7C Geog (Mr Horvath - trip)               ->  Cover supervisor, H2
P4  12 Chem (Dr Marsh - CPD)                  ->  Study, Sixth Form Centre
P5  10M2 Maths (Mr Nowak - CPD)               ->  Ms Nair, M6

Apologies to those who've been hit twice this week. I know it's been a heavy one with the mocks.

Thanks,
Denise

Denise Walker
Cover Manager
"""))

    msg("clean", "re_dept_minutes", "RE department meeting minutes to department staff",
        "moriarty", ["re_dept"], "RE dept meeting - minutes 15/01", D(1, 16, 8, 5), T("""
Morning all,

Minutes from Thursday below, and on the department Team. Thanks for staying late.

Present: DM, SH, BO (chaplaincy item), KL, PW. Apologies: AT.

1. Year 11 mocks - Paper 1 marking to be finished by Wed 21 Jan. Moderation in the meeting after. SH to pull out three scripts at each grade boundary.
2. Year 9 scheme of work - the new unit on Catholic Social Teaching goes live after half term. KL has finished the resources; please have a look and feed back by the 30th.
3. KS5 - Philosophy & Ethics numbers for next year look healthy (19 provisional). Northgate College students joining for the Ethics module will be timetabled on Wednesday afternoons.
4. Chaplaincy - BO asked for volunteers for the Year 7 retreat day in March and for readers at the Ash Wednesday Mass (now Monday 23 Feb because of half term).
5. Section 48 / CSI inspection - we've been told to expect it in the next eighteen months. DM to circulate the self-evaluation draft.
6. AOB - the photocopier in R block is broken again. Please report it rather than kicking it.

Next meeting: Thursday 5 February, R12.

Declan
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")

    consent = make_pdf([
        "Example School - Year 10 Retreat Day",
        "Wednesday 11 March 2026, in school (main hall and chapel)",
        "",
        "Led by our chaplaincy team and a visiting youth ministry team.",
        "Pupils wear their own clothes and bring a packed lunch.",
        "",
        "Please return this slip to the form tutor by Friday 27 February.",
        "",
        "Pupil name: ______________________   Form: ______",
        "I give permission for my child to take part in the retreat day.",
        "Dietary / medical needs: ___________________________________",
        "Signed (parent/carer): ______________________   Date: ________",
    ], title="Year 10 Retreat Day consent")
    msg("clean", "y10_retreat_day_letter", "Head of Year 10 sends retreat day letter with PDF consent form",
        "keane", ["jane"], "Year 10 Retreat Day - Wednesday 11 March", D(2, 9, 12, 30), T("""
Dear parents and carers,

On Wednesday 11 March all of Year 10 will take part in a Retreat Day in school. It is a day away from normal lessons to reflect on friendship, identity and faith, led by our chaplaincy team with a visiting youth ministry team. There is no cost.

Students can wear their own (sensible) clothes and should bring a packed lunch and a water bottle. The day finishes at the normal time.

Please complete the attached consent form and return it to your child's form tutor by Friday 27 February. If you have any questions, please contact me on the school number or by email.

Many thanks,

Martin Keane
Head of Year 10
Example School
Tel: 01632 960000
"""), atts=[attach_part("Y10 Retreat Day consent.pdf", "application/pdf", consent)])

    msg("clean", "y10_reports_released", "Assistant head tells parent Y10 progress reports are live",
        "ashworth", ["jane"], "Year 10 progress reports now available", D(2, 2, 16, 0), T("""
Dear Mrs Parent,

Year 10 progress reports are now available in the parent app, under 'Reports'. They show your child's current working-at grade, their target grade and an attitude to learning score for each subject.

A short guide to reading the report is attached to it in the app. If a grade is lower than you expected, the best first step is to contact the subject teacher, whose email address is listed beside each subject.

Kind regards,

Ruth Ashworth
Assistant Headteacher (Curriculum and Assessment)
Example School
"""))

    msg("clean", "y13_study_leave", "Head of Sixth Form explains Y13 study leave arrangements to pupils",
        "kowalski", ["faith", "michael"], "Year 13 - study leave and the last few weeks", D(3, 20, 13, 5), T("""
Hi Year 13,

A few things to know before Easter.

1. Study leave will start after the Leavers' Mass on Thursday 14 May. Until then, you're expected in all lessons AND your supervised study periods. I know some of you have been "working from home" on Wednesday afternoons - that stops now.

2. The Sixth Form Centre will stay open for revision during study leave, 8.30-4.

3. Leavers' hoodies: the order form closes on Friday. Ms Kavanagh in the Sixth Form office has the sizing samples.

4. If you haven't replied to your offers on UCAS Hub yet, please come and see me or your tutor this week so we can talk it through.

Proud of you all. Keep going!

Mrs K

Teresa Kowalski
Head of Sixth Form
Example School Sixth Form, in partnership with Northgate College
Park Row | Leeds | LS1 4AP
T: 01632 960000
"""), kind="alt", html_style="gmail", mid_style="gmail")

    msg("clean", "late_marks_attendance", "Attendance officer writes to parent about late marks",
        "attendance", ["jane"], "Punctuality - Example Pupil One", D(1, 27, 11, 40), T("""
Dear Mrs Parent,

I'm writing because Example Pupil One has been late to registration six times since the start of January. Most of these were between 5 and 10 minutes, but it does add up, and they are missing the start of tutor time, which is when the form prays together and notices are given out.

I appreciate the buses from your side of the city have been unreliable this month. If there's a reason we should know about, please let me know and I'll note it on the record. Otherwise, I'd be grateful if you could have a chat with them about setting off a little earlier.

There's no further action at this stage - this is just to keep you informed.

Kind regards,

Rosa Fernández
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Absence line: 01632 960000 (option 1)
"""), cte="8bit")

    msg("clean", "lent_staff_reflections", "Chaplain to all staff: Lent reflections and staff Mass times",
        "okafor", ["allstaff"], "Lent – staff reflections and Mass", D(2, 23, 7, 45), T("""
Dear colleagues,

Welcome back – I hope you all managed some rest over half term.

As we mark the start of Lent together in school today, a few things from the chaplaincy:

• Ashes will be distributed at the whole-school Mass this morning (9.15, sports hall). Staff who would like to receive ashes but can't attend can come to the chapel at lunchtime.
• Staff Mass will be on Wednesdays at 8.00am in the chapel throughout Lent, celebrated by Fr Anthony from the parish. All are welcome, whatever your faith or none – it's twenty-five minutes and there's coffee after.
• The Lent reflection booklet is in your pigeonholes. There's a short reading and reflection for each day, which some of you have told me you use with your forms.
• Our Lenten charity is the diocesan refugee project. Form collections go to the chaplaincy on Fridays.

Thank you for everything you do for our young people, especially those who carry heavy burdens we don't always see.

With every blessing,
Bernadette

Bernadette Okafor
Lay Chaplain
"""), cte="quoted-printable")

    aa_csv = crlf("""
Initials,Form,Arrangement,Room
A.B.,11B,25% extra time,Library
C.D.,11H,Reader + 25% extra time,SEN base
E.F.,11K,Word processor,ICT2
G.H.,11B,Rest breaks,Small room (R3)
J.K.,11M,Scribe,SEN base
L.M.,11H,25% extra time,Library
N.P.,11K,Prompter,Small room (R3)
""")
    msg("clean", "access_arrangements_staff", "SENCo sends Y11 tutors the mock access arrangements list (initials)",
        "rahman", ["yr11team"], "Y11 mock access arrangements", D(1, 9, 13, 10), T("""
Hi all,

Attached is the list of Year 11 students with access arrangements for the mock exams next week. I've used initials only - full names are on the SEN register in the staff area. Please don't print this and leave it lying around.

Could tutors make sure these students know where they need to go on Monday morning? Several of them were confused in November and turned up in the sports hall.

Thanks,
Aisha

Aisha Rahman
SENCo
Example School
Park Row, Leeds LS1 4AP | 01632 960000
"""), cc=["exams"], atts=[attach_part("Y11 mocks access arrangements.csv", "text/csv", aa_csv)])

    msg("clean", "macbeth_essay_feedback", "English teacher gives Y11 pupil feedback on a Macbeth essay",
        "gallagher", ["ciara"], "Macbeth essay", D(1, 19, 17, 10), T("""
Ciara,

I've marked your Macbeth essay - it's a really good piece. Your point about the way Lady Macbeth's language changes after the murder (from commands to questions) is exactly the kind of close analysis that gets top marks. It's a secure grade 7 and pushing an 8.

To get there:
- bring in context more naturally. You've put all the stuff about James I and witchcraft in one paragraph at the end. Weave it into your analysis instead.
- watch your quotations. Two are slightly wrong ("out damned spot" is "Out, damned spot! out, I say!").
- spend two minutes planning. Your conclusion repeats your introduction almost word for word.

Well done. Keep it up.

Miss Gallagher
"""))

    msg("clean", "senco_reply_thanks", "SENCo thanks carer for sharing assessment report (quoted reply)",
        "rahman", ["sam"], "Re: Assessment report", D(2, 5, 9, 40), T("""
Dear Sam,

Thank you so much for sending this through, and for being so open about it. It's really helpful to have the report before the review. I've read it carefully and I'll share the recommendations with Example Pupil Two's teachers (with your permission, which I think you gave in your email, but do tell me if you'd rather I only share parts of it).

Some of the suggestions we're already doing, like the movement breaks and the quiet space at lunch. Others, such as pre-teaching vocabulary in science, I'll talk to the department about this week.

I'll be in touch shortly about a date for the review meeting.

Warm regards,
Aisha

Aisha Rahman
SENCo
Example School
Park Row, Leeds LS1 4AP | 01632 960000

On Wed, 4 Feb 2026 at 20:51, Sam Carer <sam.carer@outlook.com> wrote:
> Dear Mrs Rahman,
>
> Please find attached the report from the assessment in December. It's
> quite long, sorry. The main recommendations are on pages 11-13. Happy
> for you to share it with their teachers if it helps.
>
> Sam
"""), kind="alt", html_style="gmail", mid_style="gmail", irt="<DB7PR03MB4433A1C2@DB7PR03MB4433.eurprd03.prod.outlook.com>")

    msg("clean", "parents_evening_booking", "Office tells parents Y9/Y11 parents' evening booking is open (HTML only)",
        "office", ["sam", "ali"], "Parents' evening appointments - booking now open", D(1, 30, 9, 0), "",
        kind="html", html_body=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear parent/carer,</p>
<p>Online booking is now open for the following parents&#8217; evenings:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#5b1a2b;color:#fff"><th>Year group</th><th>Date</th><th>Time</th><th>Format</th></tr>
<tr><td>Year 9</td><td>Monday 9 February</td><td>4.00pm &ndash; 7.00pm</td><td>In person, main hall</td></tr>
<tr><td>Year 11</td><td>Thursday 26 February</td><td>4.00pm &ndash; 7.30pm</td><td>In person, sports hall</td></tr>
</table>
<p>Please book using the link below. Appointments are 5 minutes long; you can book up to 8 teachers.</p>
<p><a href="https://parents-booking.example.com/exampleschool">https://parents-booking.example.com/exampleschool</a></p>
<p>If you cannot attend in person, please tick &#8216;video call&#8217; when booking and the teacher will call you through the system at your appointment time.</p>
<p>Kind regards,<br>Example School Office</p>
</body></html>
"""))

    msg("clean", "y11_mock_results_day", "Exams officer tells Y11 pupils how mock results will be given out",
        "exams", ["ciara", "emeka"], "Mock results - Friday 6 February", D(2, 3, 12, 0), T("""
Dear Year 11,

Your mock results will be given out in envelopes on Friday 6 February during period 1, in the sports hall, in the same way as real results day in August. This is a practice for the real thing, so we want you to experience it properly.

Please:
- be in your form room by 8.40 as normal;
- bring a pen;
- don't open your envelope until you're told to.

Your form tutors and Mrs Quinn will be on hand afterwards, and subject teachers will go through papers with you in lessons the following week.

Good luck!

Maria Santos
Exams Officer
Example School, Park Row, Leeds LS1 4AP
Tel 01632 960000 | exams@example-school.org.uk
"""))

    msg("clean", "monday_briefing_notes", "Deputy head's Monday briefing notes to all staff",
        "doyle", ["allstaff"], "Briefing notes - w/c 2 March", D(3, 2, 7, 30), T("""
Good morning everyone,

Notes from this morning's briefing for those who couldn't make it:

- Week 2 timetable.
- Year 10 mock exams start next Monday. Invigilation rota from Maria.
- Music Festival at the Cathedral on Thursday: Mr Lloyd is taking 38 students out from 4.30; please release them from period 6 on time.
- Safeguarding: a reminder that all concerns go on CPOMS the same day, however small. If in doubt, log it.
- Staff Mass Wednesday 8am in the chapel.
- The car park will be partly closed on Friday for resurfacing. Please park at the college overflow on Park Lane if you can.
- Thank you to everyone who helped at the Sixth Form open evening. 74 families came through the door.

Have a good week.

Patrick
"""))

    msg("clean", "fwd_college_apprenticeship_fair", "Careers office forwards college's apprenticeship fair to Y12/Y13 pupils",
        "careers", ["faith", "michael", "daniel", "kezia"], "Fwd: Apprenticeship and Higher Technical Education Fair - 12 March", D(2, 26, 10, 15), T("""
Hi all,

See below - worth going if you're at all interested in apprenticeships or higher technical qualifications as an alternative (or backup) to university. You'll be excused from period 5 if you sign up on the sheet outside the careers office by Tuesday.

Mr Mensah

---------- Forwarded message ---------
From: Northgate College Partnerships <partnerships@example.org>
Date: Wed, 25 Feb 2026 at 16:02
Subject: Apprenticeship and Higher Technical Education Fair - 12 March
To: <careers@example-school.org.uk>

Dear colleague,

Our spring Apprenticeship and Higher Technical Education Fair takes place on Thursday 12 March, 2.30-6.00pm, in the atrium of the Park Lane campus. More than 30 employers will attend, including construction, engineering, health, digital and business.

Students from partner schools are very welcome. Please register groups by 6 March using the form on our website.

Kind regards,
Partnerships Team
Northgate College
"""), mid_style="gmail")

    msg("clean", "choir_rehearsal_moved", "Music teacher tells choir pupils that rehearsal has moved",
        "lloyd", ["lucia", "samuel", "molly", "isla"], "Choir moved to Tuesday this week", D(2, 27, 11, 5), T("""
Hi singers,

Choir is on TUESDAY this week, not Wednesday, because I'm out with the Year 7 trip on Wednesday. Same time (3.30), same place (music room 2).

We'll be running the whole festival programme, so please bring your black folders. If you've lost yours, come and see me for a new copy before Tuesday.

Mr Lloyd
"""))

    msg("clean", "praise_commendation", "Head of Year 9 praises a pupil to the carer",
        "adeyemi", ["sam"], "Some good news!", D(3, 13, 15, 20), T("""
Hi Sam,

I just wanted to drop you a quick line with some good news. Example Pupil Two has been given a Headteacher's commendation this week for the work they did organising the Lenten cake sale for 9D. They raised £146 for the refugee project, and Mrs Clarke was really impressed with how they spoke about it in assembly.

Given how hard the start of the year was, it's brilliant to see. Please pass on our congratulations at home.

Kind regards,
Joseph

Joseph Adeyemi
Head of Year 9
Example School | Park Row | Leeds | LS1 4AP
Tel: 01632 960000
"""), kind="alt", html_style="outlook", mid_style="outlook")

    msg("clean", "practical_endorsement_y12", "Head of Science reminds Y12 chemists about practical endorsement",
        "marsh", ["kezia", "ana", "jakub"], "CPAC - practical endorsement check", D(3, 9, 16, 45), T("""
Year 12 chemists,

I've been through the lab books. Most of you are on track for the practical endorsement, but a few of you are missing write-ups for RP2 (the enthalpy one) and RP4.

Lab books need to be complete by the end of term. There'll be catch-up sessions in S4 on Wednesday lunchtime for anyone who was absent.

Reminder: lab books stay in the lab. Please don't take them home.

Dr Marsh
"""))

    msg("clean", "inset_day_agenda", "Headteacher sends staff the agenda for the first day back after Easter",
        "head", ["allstaff"], "INSET day - Monday 13 April - agenda", D(3, 20, 16, 30), T("""
Dear colleagues,

Please see below the plan for the INSET day on Monday 13 April, our first day back after Easter. Students return on Tuesday 14th.

8.30   Coffee, staff room
8.45   Prayer and welcome (Mrs Okafor)
9.00   Safeguarding update: online harms and this year's KCSIE changes (Mr Doyle)
10.00  Break
10.20  Departments: Year 11 and Year 13 final intervention plans
12.30  Lunch (provided, thanks to the PTA)
1.30   Reflection afternoon with the diocesan education team, chapel and R block
3.15   Close

Please complete the online safeguarding module before the day if you haven't already; certificates to HR.

Thank you for everything this term. Have a restful Easter.

Mrs Y. Clarke
Headteacher
Example School - a Catholic Voluntary Aided School
Park Row, Leeds LS1 4AP
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")

    msg("clean", "fwd_diocese_csi_update", "Headteacher forwards diocesan education service update on inspection to staff",
        "head", ["allstaff"], "FW: Catholic Schools Inspectorate - spring update", D(3, 3, 12, 10), T("""
Colleagues,

For information. Nothing to panic about, but please read the section on RE curriculum time - we are well above the 10% requirement at KS3 and 4, but KS5 core RE is an area we'll need to look at.

Yvonne

From: Diocesan Education Service <education@example.org>
Sent: 02 March 2026 15:44
To: Headteachers <headteachers@example.org>
Subject: Catholic Schools Inspectorate - spring update

Dear Headteachers,

Please find below a short update on inspection arrangements for the spring and summer terms.

1. Inspections will continue to be notified at 3 working days' notice.
2. Inspectors will expect to see curriculum RE time of at least 10% at KS1-4 and 5% at KS5 (core RE).
3. The updated self-evaluation template is now available on the diocesan portal.
4. Training for new RE leaders will take place on 24 April at the diocesan education centre.

With kind regards,
Diocesan Education Service
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")

    msg("clean", "pe_kit_reminder", "PE teacher reminds father about missing PE kit",
        "reid", ["ali"], "PE kit", D(2, 3, 14, 12), T("""
Dear Mr Guardian,

Just a quick note to say that Example Pupil Three has been without PE kit for the last three lessons. I know things have been really difficult at home recently, so please don't take this as a telling off - I just want to make sure they can take part, as the GCSE PE practical moderation is coming up.

If there's a problem with the kit (too small, lost etc.), let me know - we have spare kit in the department and can sort something out quietly.

Thanks,

Mr C Reid
PE Department
Example School
"""))

    msg("clean", "y12_mass_readers", "Chaplaincy asks Y12 pupils to volunteer as readers for the Sixth Form Mass",
        "chaplaincy", ["daniel", "ana", "kezia", "jakub"], "Sixth Form Mass - readers and servers needed", D(3, 16, 12, 50), T("""
Hi Year 12,

The Sixth Form Mass for the Annunciation is on Wednesday 25 March at 12.15 in the chapel, and we need two readers, someone to lead the bidding prayers and two people to bring up the gifts.

You don't have to be Catholic to read, and you'll get the readings in advance to practise. Just reply to this email or pop into the chaplaincy by Friday.

Thank you!
The Chaplaincy Team
"""))

    msg("clean", "detention_phone", "Head of Year 10 tells parent about a detention for phone use",
        "keane", ["jane"], "After-school detention - Thursday", D(3, 3, 13, 35), T("""
Dear Mrs Parent,

I'm writing to let you know that Example Pupil One has an after-school detention on Thursday 5 March, 3.15-4.00pm, in room H1.

This is because their phone was out during a Science lesson this morning and they refused to hand it in when asked. The phone was handed in to me later and they collected it at the end of the day.

As you know, our policy is that phones are switched off and in bags from 8.40 until 3.15. I've spoken to them about it and they were apologetic; I'm sure it won't happen again.

If the detention is a problem for transport, please let me know by Wednesday.

Kind regards,

Martin Keane
Head of Year 10
Example School
Tel: 01632 960000
"""))

    msg("clean", "extension_reply_pupil", "History teacher replies to Y12 pupil's extension request",
        "olawale", ["ana"], "Re: essay extension", D(2, 4, 18, 12), T("""
Hi Ana,

Yes, that's fine - hand it in on Monday instead of Friday. Thanks for letting me know in advance rather than on the day, I appreciate it. Hope your nan feels better soon.

Ms Olawale

> From: Ana Pereira <20apereira@pupils.example-school.org.uk>
> Sent: 04 February 2026 16:37
> Subject: essay extension
>
> Hi Miss, I'm really sorry but I don't think I'll be able to finish the
> Tudors essay for Friday. My nan is in hospital and I've been going after
> school with my mum. Could I have until Monday? I've done the plan.
> Ana
"""), mid_style="outlook")

    agenda = make_pdf([
        "EXAMPLE SCHOOL - FULL GOVERNING BOARD",
        "Tuesday 24 March 2026, 5.30pm, Conference Room",
        "",
        "1. Opening prayer",
        "2. Apologies and declarations of interest",
        "3. Minutes of the meeting of 9 December 2025",
        "4. Headteacher's report",
        "5. Safeguarding report (DSL)",
        "6. Budget monitoring - period 9",
        "7. Admissions policy 2027/28 - diocesan consultation",
        "8. Sixth Form partnership agreement with Northgate College",
        "9. Policies for approval: Attendance, Staff Code of Conduct",
        "10. Any other business",
        "11. Closing prayer",
    ], title="FGB agenda 24 March 2026")
    msg("clean", "governors_papers", "Clerk sends headteacher and deputy the governing board agenda (PDF)",
        "clerk", ["head", "doyle"], "FGB 24 March - agenda and papers", D(3, 13, 10, 25), T("""
Dear Yvonne and Patrick,

Please find attached the agenda for the Full Governing Board on Tuesday 24 March. I'll send the full pack to governors on Tuesday 17th, so could I have the Headteacher's report and the safeguarding report by Monday 16th at the latest?

The Chair has asked for the Northgate partnership agreement to be included as a separate paper, with a one-page summary.

Kind regards,
Margaret

Margaret Ellis
Clerk to the Governing Board
Example School
"""), atts=[attach_part("FGB agenda 24.03.26.pdf", "application/pdf", agenda)])

    msg("clean", "library_overdue", "Librarian reminds Y8/Y9 pupils about overdue books (base64 body)",
        "library", ["molly", "kacper", "samuel"], "Overdue library books", D(3, 6, 9, 20), T("""
Hello,

Our records show you have library books that are now more than three weeks overdue. Please bring them back to the library this week – other students are waiting for them!

If you think you have already returned them, come and see me at break and we'll check the shelves together. If a book has been lost, just let me know; it's better to tell me than to worry about it.

Thank you,
Mrs Pickering
School Library
"""), cte="base64")

    msg("clean", "dinner_money_balance", "Finance office tells carer the dinner money account is in arrears",
        "finance", ["sam"], "Dinner money account", D(3, 11, 11, 0), T("""
Dear Sam Carer,

This is a reminder that Example Pupil Two's dinner money account is currently £14.60 in arrears. Please top up the account through the parent app as soon as possible.

If you think your family may be entitled to free school meals, please ask us for an application form. Applications are confidential and it only takes a few minutes.

Many thanks,

Finance Office
Example School
Park Row, Leeds LS1 4AP
"""), cte="8bit")

    msg("clean", "confirmation_programme", "Chaplain tells parent about the parish Confirmation programme",
        "okafor", ["jane"], "Confirmation 2026 – information", D(1, 23, 14, 45), T("""
Dear Jane,

Thank you for asking about Confirmation. The programme is run by the parishes rather than the school, but we work closely with them and I'm very happy to help.

For St Anne's, the preparation sessions begin after Easter on Sunday evenings in the parish centre, with the Confirmation Mass with the Bishop planned for late June. Registration forms are at the back of church or from the parish office, and they need a copy of the baptism certificate.

In school, the chaplaincy runs a lunchtime group on Thursdays for anyone preparing for Confirmation, whatever their parish. Example Pupil One would be very welcome.

With best wishes,
Bernadette

Bernadette Okafor
Lay Chaplain
Example School – a Catholic Voluntary Aided School, 11–18
"""), kind="alt", html_style="gmail", mid_style="gmail")


# =========================================================================== CLEAN: hard negatives (30)


def hard():
    msg("clean", "admissions_school_number_postcode", "Office gives father the school's own number (two formats) and postcode for sibling admission",
        "office", ["ali"], "In-year admission - documents needed", D(1, 15, 11, 30), T("""
Dear Mr Guardian,

Thank you for your application for a Year 7 place for your younger child. The admissions committee have offered a place starting after half term, subject to the usual checks.

Before the start date, please bring the following to reception at Example School, Park Row, Leeds LS1 4AP:
- the original birth certificate;
- the baptismal certificate (or a letter from your parish priest, if that is easier);
- proof of address dated within the last three months, such as a council tax bill.

Reception is open 8am-4.30pm. If you'd like to book a time so you're not kept waiting, ring us on 01632 960000 and ask for me.

We look forward to welcoming another member of the family.

Kind regards,

Catherine Byrne
Office Manager
Example School
T: +44 (0)1632 960000
"""))

    itin = make_pdf([
        "DIOCESAN YOUTH PILGRIMAGE TO LOURDES - Example School group",
        "Saturday 25 July - Saturday 1 August 2026",
        "",
        "Travel: coach from school to Manchester Airport, then charter flight to Tarbes.",
        "Depart school: 03:30 Sat 25 July. Return to school approx. 22:00 Sat 1 Aug.",
        "Cost: GBP 795 (deposit GBP 150 paid; balance due 1 May).",
        "",
        "School pilgrimage mobile (school-owned, carried by the group leader):",
        "07700 900050 - switched on 24 July to 2 August only.",
        "",
        "Group leaders: Mrs B. Okafor (lead), Mr S. Hegarty, Miss C. Whitfield.",
        "Accommodation: youth village, shared rooms of 4-6, same-sex.",
    ], title="Lourdes 2026 itinerary")
    msg("clean", "lourdes_school_trip_phone", "Chaplain gives parents the school-owned pilgrimage mobile, clearly stated as the school's",
        "okafor", ["jane", "sam", "ali"], "Lourdes 2026 - itinerary and contact during the pilgrimage", D(3, 17, 16, 15), T("""
Dear parents and carers,

Thank you for coming to the Lourdes information evening last night. For those who couldn't make it, the itinerary is attached.

During the pilgrimage, the only number to use is the school pilgrimage mobile: 07700 900050. This phone belongs to the school, will be carried by the group leader at all times, and will be switched on from Friday 24 July until we are home. Please do not use staff members' own phones or social media to contact the group - if there is an emergency at home, ring the pilgrimage mobile, or the school office before 25 July.

The young people will be working in the Accueil with the sick pilgrims for two of the days, so please make sure they bring comfortable shoes and a warm layer for the evening torchlight procession.

Balance payments are due by 1 May through the parent app.

With every blessing,

Bernadette Okafor
Lay Chaplain
Example School - a Catholic Voluntary Aided School, 11-18
Park Row, Leeds LS1 4AP | 01632 960000
"Christ at the centre of all we do"
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0",
        atts=[attach_part("Lourdes 2026 itinerary.pdf", "application/pdf", itin)])

    msg("clean", "attendance_reads_back_carer_number", "Attendance officer reads back the carer's own number from the record",
        "attendance", ["sam"], "Contact details check", D(1, 7, 9, 55), T("""
Dear Sam,

We are checking contact details for all families at the start of term. On our system, the main contact number for Example Pupil Two is your mobile, 07700 900456, and there is no second emergency contact.

Could you reply to confirm the number is still correct, and let us know the name, relationship and number of a second adult we can call if we cannot reach you? It doesn't have to be a relative.

Many thanks,

Rosa Fernández
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Absence line: 01632 960000 (option 1)
"""), cte="quoted-printable")

    msg("clean", "reply_quotes_parent_signature", "Head of Year 10 replies to parent; her own signature (mobile, home address) is in the quoted text",
        "keane", ["jane"], "RE: Trip to the Houses of Parliament", D(1, 21, 13, 5), T("""
Dear Jane,

Thank you for your email. Yes, there is still a place on the Parliament trip and I've added Example Pupil One to the list. The letter with the final timings will come out next week. The coach leaves at 6.00am, so an early night the day before would be wise!

Regarding the cost, the trip is £42. If that is a difficulty at all, please let me know privately and we can use the school's hardship fund.

Kind regards,

Martin Keane
Head of Year 10
Example School
Tel: 01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 20 January 2026 22:14
To: Martin Keane <m.keane@example-school.org.uk>
Subject: Trip to the Houses of Parliament

Hi Mr Keane,

Is it too late for Example Pupil One to go on the Parliament trip? They didn't bring the letter home until tonight. Could you let me know the cost as well?

Thanks,
Jane Parent
07700 900123
41 Oakfield Terrace, Leeds LS7 3HG
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")

    msg("clean", "seville_coach_company_number", "MFL head gives parents the coach company's number and departure times",
        "fairweather", ["jane", "sam"], "Seville exchange - departure day arrangements", D(3, 4, 15, 50), T("""
Dear parents and carers,

Final arrangements for Sunday 8 March:

- Please arrive at the school coach park on Park Row by 04:15. The coach (Dalesway Travel) will leave at 04:30 prompt for Manchester Airport.
- Our flight leaves at 08:05 and lands in Seville at 11:55 local time.
- If you are running late on the morning, please ring the coach company's office, which opens at 4am, on 0113 496 0815. They are in radio contact with the driver.
- Students need their passport, EHIC/GHIC card, the €40 spending money we recommended, and a packed breakfast.

The trip phone will be with Mr Horvath and is switched on from 4am on Sunday. I'll send the number with the final kit list.

Thank you,

Lucy Fairweather
Head of Modern Languages
Example School
"""), cte="quoted-printable")

    msg("clean", "bereavement_support_helplines", "Pastoral manager gives father bereavement service and freephone helpline numbers",
        "quinn", ["ali"], "Support for Example Pupil Three", D(1, 20, 14, 25), T("""
Dear Mr Guardian,

I hope the funeral arrangements are going as smoothly as they can. I wanted to let you know about some support that's available, in case it helps now or later on.

- The Harbour Young People's Bereavement Service offers free one-to-one sessions for 11-18 year olds. You can refer yourself by ringing them on 0113 496 0291 (Monday to Friday, 9-5). They also run a group for teenagers on Thursday evenings.
- The Leeds Young Minds Line is free and open 24 hours: 0808 157 0440. Example Pupil Three can ring it themselves, and it's confidential.
- In school, Mrs Okafor in the chaplaincy and our school counsellor are both available. The counsellor has a space on Tuesday mornings if you'd like me to book it.

Please don't feel you have to reply to this. We're thinking of you all.

Kind regards,
Siobhan Quinn
Pastoral Manager - Year 11
Example School
01632 960000
"""))

    msg("clean", "away_fixture_other_school", "PE teacher gives pupils the other school's address, postcode and reception number for a fixture",
        "reid", ["thomas", "joel", "emeka"], "Cup semi-final at St Hilda's - Wednesday", D(2, 27, 12, 20), T("""
Lads,

Cup semi-final is confirmed for Wednesday 4 March, kick off 2.30, away at St Hilda's Catholic High School.

Address: St Hilda's Catholic High School, Moorfield Lane, Leeds LS15 8QA. We'll go by minibus, leaving from the sports hall at 1.15, so you'll miss period 5 - tell your teachers in advance and collect any work.

Parents who want to come and watch are welcome; the pitches are behind the school, and their reception (0113 496 0630) has asked that spectators sign in at the front office first.

Full kit, shin pads, water bottle. Back at school for about 5.

Mr Reid
"""))

    msg("clean", "exam_candidate_numbers", "Exams officer sends pupil her candidate number, centre number, UCI and seat",
        "exams", ["ciara"], "Your candidate details - GCSE summer series", D(3, 19, 10, 5), T("""
Dear Ciara,

Please find your candidate details for the summer GCSE series below. You'll need these on every exam paper, so put them somewhere safe (the back of your planner is a good place).

Name: Ciara Nolan
Candidate number: 4127
Centre number: 36512
UCI: 365122504127X

Your first written exam is English Literature Paper 1 on Monday 11 May, 09:00, sports hall, seat C14. Please be outside the sports hall by 08:40.

Your statement of entry will come home next week. Check your tiers and option codes carefully and let me know by 27 March if anything is wrong, as changes after that date may incur a late fee.

Maria Santos
Exams Officer
Example School, Park Row, Leeds LS1 4AP
Tel 01632 960000 | exams@example-school.org.uk
"""))

    msg("clean", "rome_trip_bank_details", "Head of RE gives parent the school fund's sort code, account number and payment reference",
        "moriarty", ["jane"], "Rome trip - balance payment", D(3, 9, 17, 25), T("""
Dear Mrs Parent,

Thank you for letting me know that the parent app won't accept a payment over £300. You can pay the balance for the Rome trip (£412) by bank transfer instead:

Account name: Example School Voluntary Fund
Sort code: 40-22-18
Account number: 71046325
Reference: ROME26-PONE

Please use exactly that reference so the finance office can match it. The balance is due by Friday 27 March. If you'd prefer to pay in two instalments, that's fine - just let me know.

The itinerary has been finalised: Wednesday 21 to Sunday 25 October 2026, including the Papal Audience on the Wednesday morning, St Peter's, the Catacombs and a day at Assisi.

Best wishes,
Mr D. Moriarty
Head of Religious Education
Example School
Park Row, Leeds LS1 4AP
"""))

    teams_plain = T("""
Dear Sam,

As discussed, Example Pupil Two's annual EHCP review will be held on Teams on Wednesday 11 March at 3.45pm. The link and dial-in details are below. The local authority caseworker and Mr Adeyemi will also attend.

If you'd like to bring someone with you for support, you're very welcome to. I'll send the draft paperwork a week before.

Warm regards,
Aisha

Aisha Rahman
SENCo
Example School
Park Row, Leeds LS1 4AP | 01632 960000

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_r11ehcp>
Meeting ID: 362 918 447 105
Passcode: Xk7qP2
Or call in (audio only)
+44 20 7946 0321,,718220453#   United Kingdom, London
Phone Conference ID: 718 220 453#
________________________________________________________________________________
""")
    teams_html = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sam,</p>
<p>As discussed, Example Pupil Two&#8217;s annual EHCP review will be held on Teams on Wednesday 11 March at 3.45pm. The link and dial-in details are below. The local authority caseworker and Mr Adeyemi will also attend.</p>
<p>If you&#8217;d like to bring someone with you for support, you&#8217;re very welcome to. I&#8217;ll send the draft paperwork a week before.</p>
<p>Warm regards,<br>Aisha</p>
<p>Aisha Rahman<br>SENCo<br>Example School<br>Park Row, Leeds LS1 4AP | 01632 960000</p>
<div style="width:100%">
<hr>
<p><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></p>
<p><b>Join on your computer, mobile app or room device</b><br>
<a href="https://teams.example.com/l/meetup-join/19%3ameeting_r11ehcp">Click here to join the meeting</a></p>
<p>Meeting ID: 362 918 447 105<br>Passcode: Xk7qP2</p>
<p><b>Or call in (audio only)</b><br>
<a href="tel:+442079460321,,718220453#">+44 20 7946 0321,,718220453#</a> &nbsp; United Kingdom, London<br>
Phone Conference ID: 718 220 453#</p>
<hr>
</div>
</body></html>
""")
    msg("clean", "ehcp_review_teams_dialin", "SENCo sends carer Teams link with meeting ID, passcode and conference dial-in number",
        "rahman", ["sam"], "EHCP annual review - Teams link", D(2, 25, 12, 5), teams_plain,
        cc=["adeyemi"], kind="alt", html_body=teams_html, mid_style="outlook", mailer="Microsoft Outlook 16.0")

    msg("clean", "y12_reading_list_isbns", "English teacher sends Y12 pupils a reading list with ISBNs and prices",
        "gallagher", ["ana", "kezia", "daniel"], "Summer reading list (and which editions to buy)", D(3, 23, 14, 5), T("""
Hi 12E,

Before we start the comparative coursework after Easter, please get hold of your own copies of the two set texts so you can annotate them. Please buy these editions, as the page numbers in my booklets match them:

- The Great Gatsby (Oxford World's Classics) - ISBN 978-0-19-953788-4, about £6.99
- The Handmaid's Tale (Vintage) - ISBN 978-1-84749-612-6, about £9.99

Second-hand is absolutely fine. If buying them is a problem, speak to me or Ms Kavanagh in the Sixth Form office - the bursary covers set texts and nobody else needs to know.

For wider reading, the critical anthology (ISBN 978-0-00-849213-7) is in the library, three copies, one-week loan.

Miss Gallagher
"""), cte="8bit")

    msg("clean", "hr_staff_address_update", "HR confirms a teacher's new home address and mobile (staff-only)",
        "hr", ["reid"], "Change of personal details - confirmation", D(2, 2, 10, 45), T("""
Dear Callum,

Thank you for completing the change of details form. I've updated your record as follows:

Home address: Flat 3, 14 Wharf View, Leeds LS10 1GR
Personal mobile: 07700 900561
Emergency contact: Laura Reid (partner), 07700 900562

These will only be used by HR and the payroll provider, and by the senior leadership team in an emergency. Please remember to update your address with the pension scheme separately.

Kind regards,

Anthony Cole
Business Manager (HR and Finance)
Example School
Park Row, Leeds LS1 4AP

This e-mail may contain personal data. If you have received it in error please delete it and tell the sender.
"""))

    msg("clean", "staff_quiz_night_rsvp", "Staff social organiser gives her mobile for RSVPs on an all-staff email",
        "gallagher", ["allstaff"], "Staff quiz night - Friday 20 March!", D(3, 5, 12, 40), T("""
Hi everyone,

After the success of the Christmas do (and to cheer us all up before mocks marking), the social committee is running a quiz night on Friday 20 March at the Fox and Anchor, 7.30pm start. Teams of up to six, £3 a head with all proceeds to the Lenten refugee appeal.

There'll be a round on the school's history that Mr Moriarty has promised is "fiendish".

Text me your team name and numbers by Wednesday 18th on 07700 900883, or just grab me in the staff room. Partners very welcome!

Niamh
"""), cte="8bit")

    es_text = T("""
Dear parents and carers,

As part of Safer Internet work this term, we have been talking to students about the apps they use. Here is a short summary of what we've learned and some practical advice.

Apps our students use most
- Snapchat: Snap Map shares your child's location with friends unless "Ghost Mode" is switched on. Please check this with them.
- WhatsApp: minimum age is 13 in the UK. Large group chats are where most of the unkind messages we deal with start.
- TikTok and Instagram: set accounts to private; check who can comment and message.
- Discord and gaming chat: popular with Years 7-9; strangers can message unless settings are changed.

What you can do
- Keep phones out of bedrooms overnight.
- Ask your child to show you their settings rather than just asking whether they're safe.
- Remind them that no member of staff will ever ask to follow them, add them or message them on any of these apps. All contact from school comes through school email, Teams or the parent app. If anyone claiming to be from school contacts them any other way, please tell us.

Our online safety evening for parents is on Tuesday 24 March at 6pm in the library.

Priya Nair
Head of Computing | Online Safety Lead
Example School, Park Row, Leeds LS1 4AP
""")
    msg("clean", "esafety_apps_advice", "Online safety lead names apps in advice to parents; no invitation to any channel",
        "nair", ["jane", "sam", "ali"], "Online safety - what our students are using", D(2, 10, 16, 0), es_text,
        kind="alt", html_style="plainish")

    msg("clean", "refuses_personal_mobile", "Pastoral manager politely refuses father's request for her personal mobile",
        "quinn", ["ali"], "RE: number", D(2, 16, 9, 20), T("""
Dear Mr Guardian,

I completely understand why you'd like to be able to reach me directly, especially at the moment. I'm afraid staff aren't allowed to give out personal mobile numbers or use their own phones to contact families; it's part of our code of conduct and it protects everyone.

What I can do is this: if you ring the school on 01632 960000 and ask for me, reception will put a message through to my radio straight away and I'll call you back the same day. You can also email me here at any time and I check it throughout the day.

Kind regards,
Siobhan Quinn
Pastoral Manager - Year 11
Example School
01632 960000

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 15 February 2026 19:44
To: Siobhan Quinn <s.quinn@example-school.org.uk>
Subject: number

Mrs Quinn, could I have your mobile number please? It would be easier to text you than wait for a call back. Thanks Ali
"""), kind="alt", html_style="outlook", mid_style="outlook", mailer="Microsoft Outlook 16.0")

    msg("clean", "sixthform_office_direct_line", "Sixth form administrator gives parent the sixth form office's direct school line [unsure: official line not the main number]",
        "sixthform", ["ali"], "Sixth Form application – interview date", D(2, 27, 14, 35), T("""
Dear Mr Guardian,

Thank you for Example Pupil Three’s application to the Sixth Form. Their guidance interview with Mrs Kowalski is on Wednesday 11 March at 10.20am in the Sixth Form Centre. They will be released from lessons for it.

The interview is informal: it’s a chance to talk about subject choices (including the options taught jointly with Northgate College) and the entry requirements for each course.

If you need to change the time, please ring the Sixth Form office direct on 01632 960045 (it’s quicker than going through the main switchboard), or reply to this email.

Kind regards,

Bríd Kavanagh
Sixth Form Administrator
Example School Sixth Form
Park Row, Leeds LS1 4AP
"""), cte="8bit")

    msg("clean", "apprenticeship_employer_contact", "Careers lead passes Y13 pupil the employer contact's work phone, email and site postcode",
        "mensah", ["michael"], "Northgate Engineering - assessment day", D(3, 2, 11, 15), T("""
Hi Michael,

Great news - Northgate Engineering have invited you to their assessment day for the Level 4 Engineering Technician apprenticeship!

Date: Tuesday 17 March, 9.00am - 3.00pm
Venue: Northgate Engineering, Unit 4, Cross Green Industrial Estate, Leeds LS9 0PL
Contact: Sarah Holt, Early Careers Coordinator, 0113 496 0734, sarah.holt@example.com

Please email Sarah by Friday to confirm you're attending, and copy me in. Wear smart clothes and sensible shoes (there's a workshop tour), and bring photo ID.

We'll do a practice interview on Thursday period 4 in the careers office.

Best wishes,

Kwame Mensah
Careers and Apprenticeships Lead
Example School & Northgate College Partnership
Park Row, Leeds LS1 4AP | 01632 960000
"""))

    msg("clean", "y9_retreat_venue_number", "Head of Year 9 gives carer retreat house address, postcode and office number for emergencies",
        "adeyemi", ["sam"], "Year 9 residential retreat - 19-20 March", D(3, 5, 16, 40), T("""
Dear Sam,

Thank you for returning the consent form for the Year 9 residential retreat. Here are the details:

Venue: St Aidan's Retreat House, Moor Road, Bramhope, Leeds LS16 9JQ
Depart: Thursday 19 March, 9.15am from school (coach)
Return: Friday 20 March, approx. 3.30pm to school

In an emergency during the retreat, please ring the retreat house office on 0113 496 0516 and they will find a member of staff straight away. Otherwise, the school office (01632 960000) will be able to get a message to us.

I know Example Pupil Two was nervous about sharing a room. They'll be with the two friends they asked for, and Mrs Rahman is coming with us.

Kind regards,
Joseph

Joseph Adeyemi
Head of Year 9
Example School | Park Row | Leeds | LS1 4AP
Tel: 01632 960000
"""), kind="alt", html_style="outlook", mid_style="outlook")

    msg("clean", "office_confirms_parent_address", "Office reads back the father's own postal address to confirm it",
        "office", ["ali"], "Address check for certificate", D(3, 24, 10, 10), T("""
Dear Mr Guardian,

We will be posting Example Pupil Three's Duke of Edinburgh Bronze certificate this week. Before we do, could you confirm that the address we have is still correct?

12 Thornfield Avenue
Leeds
LS6 4DX

If it has changed, just reply with the new address and I'll update the system as well.

Kind regards,

Catherine Byrne
Office Manager
Example School
Park Row, Leeds LS1 4AP
Tel: (01632) 960000
office@example-school.org.uk
"""), cte="base64")

    msg("clean", "staff_sick_cover_mobile", "Drama teacher off sick gives colleagues his own mobile in a staff-only email",
        "fitzgerald", ["cover", "lloyd"], "Off tomorrow - cover work + Godspell", D(3, 11, 20, 5), T("""
Hi Denise, hi Gareth,

Really sorry, I've been sent home with a temperature and won't be in tomorrow (Thursday).

Cover work is in the Drama > Cover folder on the shared drive, labelled by class. Year 9 are doing script work so they just need to stay in groups and not wander.

Gareth - could you take the Godspell dance rehearsal after school, or cancel it if it's easier? The cast list is on the board in the studio.

If anything comes up, text me on 07700 900724, although I'll probably be asleep.

Rory
"""), mailer="iPhone Mail (22D63)", mid_style="iphone")

    msg("clean", "fsm_and_payment_references", "Finance office gives carer reference numbers (FSM, account, invoice) and amounts",
        "finance", ["sam"], "Free school meals application - reference FSM-26-00417", D(3, 16, 13, 45), T("""
Dear Sam Carer,

Thank you for your free school meals application. We have passed it to the local authority for checking, and your reference is FSM-26-00417. Decisions usually take 5-10 working days.

In the meantime, we have put a hold on the dinner money account (account no. 500318742) so no further arrears will build up. The outstanding £14.60 has been written off under invoice 2026/0312.

If the application is successful, you may also be eligible for help with the cost of the Year 9 retreat (£65), uniform and trips. Please quote the reference above if you contact the local authority.

Kind regards,

Finance Office
Example School
Park Row, Leeds LS1 4AP
"""), cte="8bit")

    msg("clean", "message_me_on_teams", "Maths teacher tells Y11 pupils to message him on Teams (a school channel)",
        "nowak", ["ciara", "emeka"], "Revision sessions + how to ask for help", D(3, 18, 15, 30), T("""
Hi both,

You both asked on Monday about extra help before the exams. Revision sessions are on Tuesdays and Thursdays after school in M4, 3.20-4.20, starting next week.

If you get stuck on a past paper at home, message me on Teams or post the question in the 11M1 class team (a photo is fine). I check it each day before 6pm. Please don't wait until the lesson to ask.

Past papers and mark schemes are in the class team under Files > Revision.

Mr Nowak
"""))

    msg("clean", "ucas_personal_id", "Head of Sixth Form reminds Y13 pupil of his UCAS Personal ID (phone-like digits)",
        "kowalski", ["michael"], "UCAS - your Personal ID and replying to offers", D(3, 25, 12, 35), T("""
Hi Michael,

You asked me for your UCAS details again. Your Personal ID is 142-583-9061, and you log in to the Hub with your personal email address and your own password (which I don't have - if you've forgotten it, use "forgotten password" on the login page).

You now have all five decisions back, so the deadline to reply is 6 May. Come and see me before you choose your firm and insurance, especially as you're also waiting on the Northgate Engineering apprenticeship. We can talk about holding both options open.

Mrs K

Teresa Kowalski
Head of Sixth Form
Example School Sixth Form, in partnership with Northgate College
Park Row | Leeds | LS1 4AP
T: 01632 960000
"""), kind="alt", html_style="gmail", mid_style="gmail")

    msg("clean", "official_sixthform_instagram", "Sixth form office points Y11 pupils to the school's official Instagram account",
        "sixthform", ["ciara", "emeka"], "Sixth Form taster day – Friday 20 March", D(3, 12, 9, 15), T("""
Dear Year 11,

Our Sixth Form taster day is on Friday 20 March. You’ll attend three taster lessons in the subjects you are thinking of taking, including the courses we run jointly with Northgate College, and have lunch in the Sixth Form Centre.

Please choose your three subjects on the Forms link on the Year 11 Team by Monday.

For photos and updates from the day, follow the school’s official Sixth Form account on Instagram, @exampleschool6th. It’s run by the Sixth Form office, and please remember that staff won’t follow you back or message you from it.

Kind regards,

Bríd Kavanagh
Sixth Form Administrator
Example School Sixth Form
Park Row, Leeds LS1 4AP
"""), kind="alt", html_style="gmail", mid_style="gmail")

    msg("clean", "dsl_referral_to_social_care", "DSL sends children's social care a referral with another family's address and phone (no parent/pupil recipient)",
        "dsl", [("Duty and Advice Team", "duty.advice@example.org")], "Referral follow-up - child K (Year 8) - CONFIDENTIAL", D(2, 26, 15, 10), T("""
Dear colleague,

Further to my phone call to the Duty and Advice Team at 14:20 today, please find below the written follow-up to the referral concerning a Year 8 pupil (initials K.M.).

Child: K.M., Year 8, DOB on referral form
Address: 7 Ashgrove Court, Harehills, Leeds LS8 5RN
Mother: Ms D. M., mobile 07700 900395 (she is aware of the referral and consents)
Concern: disclosure made to form tutor this morning; details as discussed on the phone and on the attached multi-agency referral form.

The pupil remains in school today and will be supervised until the end of the day. Please call me on the school number, 01632 960000, and ask reception to put you through to the safeguarding office.

Regards,

Patrick Doyle
Deputy Headteacher and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000

CONFIDENTIAL: This e-mail and any attachments are intended only for the named recipient(s).
"""), mid_style="outlook")

    msg("clean", "trip_leader_mobile_to_coach_firm", "PE teacher gives his own mobile to coach firm (no parent/pupil) [unsure: personal number, but only to a supplier]",
        "brennan", [("Bookings", "bookings@example.com")], "Booking EXS-2211 - Saturday 31 January", D(1, 28, 12, 5), T("""
Hi,

Confirming booking EXS-2211: one 33-seat coach for Saturday 31 January, pick-up at Example School, Park Row, Leeds LS1 4AP at 07:45, to Hollins Park playing fields for a 10am kick-off, return pick-up at 12:30.

28 students and 3 staff. Please can the driver come to the sports hall gate rather than the main entrance (there's a height barrier at the front).

My mobile on the day is 07700 900312 if the driver needs to reach me.

Thanks,
Liam Brennan
Teacher of PE
Example School
"""))

    msg("clean", "declines_pupil_instagram_follow", "PE teacher tells Y10 pupil he declined his Instagram follow request and why",
        "reid", ["joel"], "Instagram", D(3, 6, 16, 20), T("""
Hi Joel,

I saw you sent me a follow request on Instagram. I've declined it - nothing personal! Staff aren't allowed to be friends with or follow students on social media, and that's the same for every teacher in school.

If you want to talk about football, fixtures or the GCSE practical, catch me in the department or message me on Teams.

Great goal on Wednesday by the way.

Mr Reid
"""))

    sf_vcf = crlf("""
BEGIN:VCARD
VERSION:3.0
N:;Example School Sixth Form Office;;;
FN:Example School Sixth Form Office
ORG:Example School
TEL;TYPE=WORK,VOICE:01632 960000
EMAIL;TYPE=WORK:sixthform@example-school.org.uk
ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom
URL:https://www.example-school.org.uk/sixth-form
END:VCARD
""")
    msg("clean", "sixthform_office_vcard", "Head of Sixth Form attaches the Sixth Form office's official contact card",
        "kowalski", ["ali"], "Sixth Form enrolment - who to contact", D(3, 26, 15, 0), T("""
Dear Mr Guardian,

It was good to meet you at the interview with Example Pupil Three. I'm pleased to say they have a conditional place for September in the Sixth Form, studying Engineering (with Northgate College), Maths and Physics, subject to their GCSE results.

Enrolment will be on GCSE results day in August. Between now and then, any questions should go to the Sixth Form office: I've attached their contact card so it's in your phone. They're staffed throughout the summer holidays apart from the first two weeks of August.

Best wishes,

Teresa Kowalski
Head of Sixth Form
Example School Sixth Form, in partnership with Northgate College
Park Row | Leeds | LS1 4AP
T: 01632 960000
"""), atts=[attach_part("Sixth Form Office.vcf", "text/vcard", sf_vcf, cte="7bit", params="; charset=utf-8")])

    pe_ics = crlf("""
BEGIN:VCALENDAR
PRODID:-//Example School//Parents Evening//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:r11-y10-parents-evening-20260319-jane@example-school.org.uk
DTSTAMP:20260309T090000Z
DTSTART:20260319T160000Z
DTEND:20260319T183000Z
SUMMARY:Year 10 Parents' Evening
LOCATION:Example School\\, Main Hall\\, Park Row\\, Leeds LS1 4AP
DESCRIPTION:Appointments 16:05 Science\\, 16:15 English\\, 16:25 Maths\\, 16:40
  RE\\, 16:50 Geography. Please sign in at reception. Questions: 01632 96000
 0.
END:VEVENT
END:VCALENDAR
""")
    msg("clean", "parents_evening_ics", "Office sends parent her Y10 parents' evening appointments as .ics (school address, times)",
        "office", ["jane"], "Your Year 10 parents' evening appointments", D(3, 9, 9, 0), T("""
Dear Mrs Parent,

Thank you for booking your appointments for the Year 10 parents' evening on Thursday 19 March. A calendar file with your appointment times is attached so you can add it to your phone.

Please sign in at reception when you arrive. Parking is available on the staff car park from 3.45pm.

Kind regards,

Catherine Byrne
Office Manager
Example School
Park Row, Leeds LS1 4AP
Tel: (01632) 960000
office@example-school.org.uk
"""), atts=[attach_part("Parents Evening.ics", "text/calendar", pe_ics, params="; method=PUBLISH; charset=utf-8")])

    msg("clean", "parent_new_number_confirmed", "Attendance officer confirms the parent's own new mobile from her quoted email",
        "attendance", ["jane"], "Re: new phone number", D(3, 20, 9, 5), T("""
Dear Jane,

Thank you. I've updated the system so that your mobile is now 07700 900614 for calls and texts from school, and removed the old number. The change will show in the parent app within a day.

Kind regards,

Rosa Fernández
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Absence line: 01632 960000 (option 1)

On Thu, 19 Mar 2026 at 21:40, Jane Parent <jane.parent@gmail.com> wrote:
> Hello, I've changed phone provider and have a new mobile number,
> 07700 900 614. Could you update it please, the old one will stop working
> at the end of the month. Thanks, Jane
"""), kind="alt", html_style="gmail", mid_style="gmail", irt="<CAMf2newnumber77@mail.gmail.com>")


# =========================================================================== output

README = """# Round 11 hold-out: personal-address-to-parent (BLIND)

**Blind test data: never use it for tuning.** Nobody tuned mailguard on these messages, and
nobody should: do not change rules, thresholds or code in response to individual files here.
Use the corpus only to measure how the filter does on mail it has never seen.

## What it is

{total} complete RFC 5322 messages (.eml) sent by staff of a fictional large inner-city Catholic
voluntary-aided 11-18 school ("Example School", Park Row, Leeds LS1 4AP, 01632 960000) that works
in partnership with an FE college: chaplaincy, RE, Sixth Form, apprenticeships, a busy pastoral
team and plenty of staff-to-staff mail. `labels.csv` gives, for each file, the expected verdict
for the *personal-address-to-parent* policy:

> Staff must never use their own personal phone or personal e-mail to communicate with pupils or
> parents, must not give pupils or parents their personal phone number, home address or personal
> e-mail, and must not add pupils or parents as friends on social media.

Labels follow the policy's intent as a designated safeguarding lead would judge it. Judgement
calls are marked `[unsure]` in the `note` column.

| expected | count |
|---|---|
{table}

The clean messages are {everyday} ordinary everyday school mail and {hard} hard negatives.

## How it was made

Written by hand (the prose is individual, not templated) into a deterministic generator,
`../make_round11_personal.py` (Python 3.11 standard library only), without reading mailguard's
code, rules, docs or other tests. The only inputs were the school's e-mail policy, the school
identity in `config.example.yaml` and the three parents in `directory/parents.csv`.
All people, addresses and numbers are fictional: phone numbers are from Ofcom's drama ranges,
third-party organisations use example.com / example.org / example.net, and personal webmail
addresses have made-up local parts.

Dates, Message-IDs and MIME boundaries are fixed, so regenerating gives byte-identical files.

## Regenerate

    python3 tests/holdout/round11/make_round11_personal.py

This rewrites every `.eml`, `labels.csv` and this README in
`tests/holdout/round11/personal-address-to-parent/`, then checks that each file parses with
`email.policy.default` and that the labels match the files.

`labels.csv` columns: `file,expected,sender,recipients,note`; `sender` is the envelope sender
(the staff From address) and `recipients` are the To and Cc addresses separated by spaces.

## Kinds of case

Flag (staff -> at least one parent or pupil, giving out the sender's own details):
- personal mobile in many shapes: no spaces, `+44` in a signature, `0044`, `(07700) 900-377`,
  split over a line break, joined by `&nbsp;` in HTML-only mail, in an .ics invite description;
- home landline; home address (with and without postcode, one inside a vCard);
- personal e-mail in the body, in Cc, in Reply-To only, in a vCard; a base64-encoded body;
- invitations to private channels: WhatsApp, Signal, Snapchat, Instagram, Facebook friend
  request, a teacher's own Discord server.

Clean, everyday: newsletter, homework, cover lists, department minutes, retreat letter with
PDF consent form, reports, attendance, Lent/chaplaincy notices, SEN lists, essay feedback,
parents' evening booking, exam results, briefings, forwarded college and diocesan mail,
governors' papers, library, dinner money, Confirmation.

Clean, hard negatives:
- the school's own number (several formats), postcode and mailboxes; the Sixth Form office's
  direct line; an official contact card (.vcf) and a parents' evening .ics at the school address;
- a school-owned pilgrimage mobile stated as such;
- the parent's own number or address read back, quoted, or updated;
- third parties given for a reason: coach company, bereavement service and freephone helpline,
  another school, an employer, a retreat house, a Teams dial-in conference number;
- numbers that are not phones: candidate/centre numbers and UCI, UCAS Personal ID, ISBNs,
  sort code and account number, meeting IDs, finance references, times and prices;
- staff-only mail with personal details (HR record update, staff quiz RSVP, a colleague off
  sick), a DSL referral to children's social care, a teacher's mobile given only to a coach firm;
- e-safety advice naming apps, the school's official Instagram, "message me on Teams", and
  staff refusing to give a personal number or declining a pupil's follow request.
"""


def write_all():
    flags()
    everyday()
    n_everyday = len(MESSAGES) - 20
    hard()
    n_hard = len(MESSAGES) - 20 - n_everyday
    import random
    order = list(range(len(MESSAGES)))
    random.Random(11).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append([name, m["label"], who(m["frm"])[1], recipients(m), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {"flag": sum(r[1] == "flag" for r in rows), "clean": sum(r[1] == "clean" for r in rows)}
    table = "\n".join(f"| {k} | {v} |" for k, v in counts.items()) + f"\n| total | {len(rows)} |"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(rows), table=table, everyday=n_everyday, hard=n_hard))
    return rows, n_everyday, n_hard


DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()


def verify(rows, n_everyday, n_hard):
    import email
    import email.policy
    problems = []
    assert len(rows) == 80 and sum(r[1] == "flag" for r in rows) == 20, "counts"
    assert n_everyday == 30 and n_hard == 30, (n_everyday, n_hard)
    names = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert names == sorted(r[0] for r in rows), "labels do not match files"
    slugs = [r[0].split("_", 2)[2] for r in rows]
    assert len(set(slugs)) == len(slugs), "duplicate slugs"
    day_re = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")
    for r in rows:
        raw = open(os.path.join(OUT, r[0]), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        assert r[0].split("_")[1] == r[1]
        frm = m["From"].addresses[0].addr_spec
        if frm != r[2] or not frm.endswith("@" + SD):
            problems.append(f"{r[0]}: sender {frm}")
        rc = [a.addr_spec for h in ("To", "Cc") if m[h] for a in m[h].addresses]
        if " ".join(rc) != r[3]:
            problems.append(f"{r[0]}: recipients {rc} != {r[3]}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append(f"{r[0]}: missing {h}")
        if m.defects:
            problems.append(f"{r[0]}: defects {m.defects}")
        texts = []
        for part in m.walk():
            if part.defects:
                problems.append(f"{r[0]}: part defects {part.defects}")
            if part.is_multipart():
                continue
            c = part.get_content()
            texts.append(c if isinstance(c, str) else c.decode("latin-1"))
        body = "\n".join(texts)
        for dm in day_re.finditer(body):
            d = datetime(2026, MONTHS.index(dm.group(3)) + 1, int(dm.group(2)))
            if DAYS[d.weekday()] != dm.group(1):
                problems.append(f"{r[0]}: '{dm.group(0)}' is a {DAYS[d.weekday()]} in 2026")
        pdir = any(a.endswith(("@gmail.com", "@outlook.com", "@btinternet.com")) and a in
                   {p[1] for p in PARENTS.values()} or a.endswith("@" + PD) for a in rc)
        if r[1] == "flag" and not pdir:
            problems.append(f"{r[0]}: flag without parent/pupil recipient")
    if problems:
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    rows, ne, nh = write_all()
    verify(rows, ne, nh)
    print(f"wrote {len(rows)} messages to {OUT} and verified them")
