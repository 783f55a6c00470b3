#!/usr/bin/env python3
"""Round 36 blind hold-out corpus, module personal-address-to-parent.

Setting: an integrated (mixed Catholic and Protestant) secondary school in Belfast.
Writes 80 .eml files, labels.csv and README.md into ./personal-address-to-parent/.
Deterministic: fixed dates, Message-IDs and MIME boundaries; Python 3.11 stdlib only.

BLIND: written without looking at mailguard's code, rules or tests. Never tune on it.
"""
import base64
import csv
import hashlib
import html
import io
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

BST = timezone(timedelta(hours=1))
GMT = timezone(timedelta(0))


def when(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    bst = (datetime(2025, 3, 30, 1) <= d < datetime(2025, 10, 26, 1)) or d >= datetime(2026, 3, 29, 1)
    return d.replace(tzinfo=BST if bst else GMT)


def H(s):
    return hashlib.sha1(s.encode()).hexdigest()


# ---------------------------------------------------------------- people
def staff(name, box):
    return (name, f"{box}@{DOM}")


def pupil(box):
    return ("", f"{box}@{PUP}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]
ALLSTAFF = ("All Staff", f"staff@{DOM}")

BOYD = staff("Lorraine Boyd", "attendance")
DEVLIN = staff("Ciarán Devlin", "c.devlin")
KENNEDY = staff("Heather Kennedy", "h.kennedy")
MCALEESE = staff("Róisín McAleese", "r.mcaleese")
ORR = staff("Naomi Orr", "n.orr")
MOORE = staff("Gareth Moore", "g.moore")
STEWART = staff("Mark Stewart", "m.stewart")
OFFICE = staff("Pauline Magee", "office")
MURRAY = staff("Aoife Murray", "a.murray")
DSL = staff("Siobhán Quinn", "dsl")
QUINN = staff("Siobhán Quinn", "s.quinn")
ODOCH = staff("Eoin Ó Dochartaigh", "e.odochartaigh")
CRAWFORD = staff("Jonathan Crawford", "j.crawford")
MCCANN = staff("Darren McCann", "d.mccann")
HR = staff("Denise Hanna", "hr")
CAREERS = staff("Emma Wilson", "careers")
BEATTIE = staff("Gillian Beattie", "g.beattie")
PATTERSON = staff("Ryan Patterson", "r.patterson")
PRINCIPAL = staff("Dr Stephen Gilmore", "principal")
GILMORE = staff("Stephen Gilmore", "s.gilmore")
EXAMS = staff("Janet Rea", "exams")
TONER = staff("Paddy Toner", "p.toner")
FITZ = staff("Niall Fitzpatrick", "n.fitzpatrick")
BURSAR = staff("Karen Lyttle", "bursar")
GAULT = staff("Louise Gault", "l.gault")
KEARNEY = staff("Bronagh Kearney", "b.kearney")
RANKIN = staff("Fiona Rankin", "f.rankin")
FERRIS = staff("Lesley Ferris", "l.ferris")
ADAIR = staff("Callum Adair", "c.adair")
MILLAR = staff("Leanne Millar", "l.millar")
DUNLOP = staff("Tracey Dunlop", "t.dunlop")
HUTCH = staff("Alan Hutchinson", "a.hutchinson")
HAMILL = staff("Clodagh Hamill", "c.hamill")
MORROW = staff("Kerry Morrow", "k.morrow")
LAVERY = staff("Conor Lavery", "c.lavery")
GIBSON = staff("Trevor Gibson", "t.gibson")
CARVILLE = staff("Sinéad Carville", "s.carville")
TOAL = staff("Deirdre Toal", "d.toal")
REID = staff("Alison Reid", "a.reid")
MCBRIDE = staff("Gráinne McBride", "g.mcbride")
LOWRY = staff("Brendan Lowry", "b.lowry")
DOHERTY = staff("Kieran Doherty", "k.doherty")
COVER = staff("Rosemary Hughes", "cover")
CARSON = staff("Patricia Carson", "p.carson")
MCKEOWN = staff("Clare McKeown", "c.mckeown")
LIBRARY = staff("Janice Welsh", "library")
BREEN = staff("Orla Breen", "o.breen")


# ---------------------------------------------------------------- encoders
def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def qp_manual(text: str, width: int = 76) -> str:
    """Quoted-printable by hand; the character \\x00 in text forces a soft line break there."""
    out_lines = []
    for line in text.split("\n"):
        toks = []
        b = line.encode("utf-8")
        for i, byte in enumerate(b):
            c = chr(byte)
            if c == "\x00":
                toks.append(None)
            elif c == "=" or byte > 126 or (byte < 32 and c != "\t"):
                toks.append("=%02X" % byte)
            elif c in " \t" and (i == len(b) - 1):
                toks.append("=%02X" % byte)
            else:
                toks.append(c)
        cur = ""
        for t in toks:
            if t is None:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\n".join(out_lines)


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def encode_body(text, cte, charset):
    data = text.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
        return text
    if cte == "8bit":
        return data.decode(charset)
    if cte == "quoted-printable":
        return qp(data)
    if cte == "base64":
        return b64(data)
    raise ValueError(cte)


# ---------------------------------------------------------------- HTML renderers
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://[^\s<>&]+")


def linkify(s):
    s = URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', s)
    return EMAIL_RE.sub(lambda m: m.group(0) if "href" in s[max(0, m.start() - 30):m.start()] else
                        f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', s)


def outlook_html(text):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n')
    out = []
    lines = text.rstrip("\n").split("\n")
    in_hdr = False
    opened_quote = False
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if ln.startswith("From: ") and nxt.startswith("Sent: "):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            in_hdr = True
            opened_quote = True
        if in_hdr:
            if ln.strip() == "":
                out.append("</div>")
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                in_hdr = False
                continue
            lab, _, rest = ln.partition(": ")
            out.append(f'<p class="MsoNormal"><b><span lang="EN-US">{html.escape(lab)}:</span></b>'
                       f'<span lang="EN-US"> {html.escape(rest)}<o:p></o:p></span></p>')
            continue
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{linkify(html.escape(ln, quote=False))}<o:p></o:p></p>')
    if in_hdr:
        out.append("</div>")
    del opened_quote
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def gmail_html(text):
    lines = text.rstrip("\n").split("\n")
    main, attr, quoted = [], None, []
    for i, ln in enumerate(lines):
        if attr is None and re.match(r"^On .+wrote:$", ln):
            attr = ln
            continue
        if attr is None:
            main.append(ln)
        else:
            quoted.append(re.sub(r"^> ?", "", ln))
    def render(ls):
        parts = []
        for ln in ls:
            parts.append(linkify(html.escape(ln, quote=False)) if ln.strip() else "")
        return "<br>".join(parts)
    out = '<div dir="ltr">' + render(main) + "</div>"
    if attr is not None:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + html.escape(attr, quote=False) + '<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + render([q for q in quoted]) + "</blockquote></div>")
    return out + "\n"


# ---------------------------------------------------------------- MIME assembly
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text(body, subtype="plain", cte="quoted-printable", charset="utf-8", raw=None, extra=None):
    if raw is not None:
        enc = raw
    else:
        enc = encode_body(body, cte, charset)
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    if extra:
        hdrs += extra
    return Part(hdrs, enc)


def attach(ctype, filename, data: bytes, cte="base64", inline=False):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"',
            f"Content-Transfer-Encoding: {cte}"]
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode("utf-8")
    return Part(hdrs, body)


def multipart(subtype, parts, boundary, preamble=None):
    hdrs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    chunks = []
    if preamble:
        chunks.append(preamble + "\n\n")
    for p in parts:
        chunks.append(f"--{boundary}\n" + "\n".join(p.headers) + "\n\n" + p.body.rstrip("\n") + "\n\n")
    chunks.append(f"--{boundary}--\n")
    return Part(hdrs, "".join(chunks))


def fold_addrs(name, addrs):
    items = [formataddr(a) if a[0] else a[1] for a in addrs]
    line = f"{name}: "
    out = []
    for i, it in enumerate(items):
        sep = ", " if i else ""
        if i and len(line) + len(sep) + len(it) > 76:
            out.append(line + ",")
            line = " " + it
        else:
            line += sep + it
    out.append(line)
    return "\n".join(out)


def subj_header(s):
    try:
        s.encode("ascii")
        return f"Subject: {s}"
    except UnicodeEncodeError:
        return "Subject: " + Header(s, "utf-8", header_name="Subject").encode()


def alt(plain, style, boundary, html_body=None, pcte="quoted-printable", hcte="quoted-printable",
        charset="utf-8"):
    if html_body is None:
        html_body = outlook_html(plain) if style == "outlook" else gmail_html(plain)
    return multipart("alternative", [text(plain, "plain", pcte, charset), text(html_body, "html", hcte, charset)],
                     boundary)


# ---------------------------------------------------------------- small PDF writer (for attachments)
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT\n/F1 11 Tf\n14 TL\n50 800 Td\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    stream_b = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream_b)).encode() + b" >>\nstream\n" + stream_b + b"endstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offs:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


# ---------------------------------------------------------------- message assembly
MESSAGES = []


def msg(slug, label, kind, note, frm, to, subject, date, body, cc=(), reply_to=None, client="outlook",
        in_reply_to=False, extra_headers=()):
    MESSAGES.append(dict(slug=slug, label=label, kind=kind, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, reply_to=reply_to, client=client,
                         in_reply_to=in_reply_to, extra=list(extra_headers)))


def bnd(slug, n, client):
    h = H(f"{slug}/{n}")
    if client == "outlook":
        return f"_00{n}_{h[:4].upper()}PR03MB{h[4:12].upper()}{h[12:16]}prod_"
    if client == "gmail":
        return f"0000000000{h[:16]}"
    if client == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"


def render(idx, m):
    slug = f"{idx:03d}_{m['label']}_{m['slug']}"
    h = H(slug)
    d = when(m["date"])
    if m["client"] == "outlook":
        mid = f"<DB9PR03MB{h[:4].upper()}{h[4:16].upper()}{h[16:20]}@DB9PR03MB{h[20:24].upper()}.eurprd03.prod.outlook.com>"
    elif m["client"] == "gmail":
        mid = f"<CAF{h[:6]}{base64.b64encode(bytes.fromhex(h[6:34])).decode().rstrip('=').replace('/', '_')}@mail.gmail.com>"
    elif m["client"] == "apple":
        mid = f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{m['frm'][1].split('@')[1]}>"
    else:
        mid = f"<{h[:24]}.r36@{DOM}>"
    body = m["body"](slug, m["client"]) if callable(m["body"]) else m["body"]
    hdrs = [f"From: {formataddr(m['frm'])}"]
    hdrs.append(fold_addrs("To", m["to"]))
    if m["cc"]:
        hdrs.append(fold_addrs("Cc", m["cc"]))
    if m["reply_to"]:
        hdrs.append(f"Reply-To: {formataddr(m['reply_to'])}")
    hdrs.append(subj_header(m["subject"]))
    hdrs.append(f"Date: {format_datetime(d)}")
    hdrs.append(f"Message-ID: {mid}")
    if m["in_reply_to"]:
        pid = f"<{H(slug + '/parent')[:20]}@{'mail.gmail.com' if m['in_reply_to'] == 'gmail' else 'example.net'}>"
        if m["in_reply_to"] == "outlook":
            pid = f"<AS8PR07MB{H(slug + '/p')[:14].upper()}@AS8PR07MB{H(slug + '/p')[14:18].upper()}.eurprd07.prod.outlook.com>"
        hdrs.append(f"In-Reply-To: {pid}")
        hdrs.append(f"References: {pid}")
    if m["client"] == "outlook":
        ti = base64.b64encode(bytes.fromhex(h[:40]) + bytes.fromhex(H(h)[:12])).decode()
        topic = re.sub(r"^(RE|Re|FW|Fwd|Automatic reply): ", "", m["subject"])
        try:
            topic.encode("ascii")
            hdrs.append(f"Thread-Topic: {topic}")
        except UnicodeEncodeError:
            hdrs.append("Thread-Topic: " + Header(topic, "utf-8").encode())
        hdrs.append(f"Thread-Index: {ti}")
        hdrs.append("Accept-Language: en-GB, en-US")
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if "multipart/mixed" in body.headers[0] else ""))
    elif m["client"] == "apple":
        hdrs.append("X-Mailer: Apple Mail (2.3826.500.181.1.5)")
    elif m["client"] == "plain":
        hdrs.append("User-Agent: Mozilla Thunderbird")
    hdrs += m["extra"]
    hdrs.append("MIME-Version: 1.0")
    hdrs += body.headers
    raw = "\n".join(hdrs) + "\n\n" + body.body
    if not raw.endswith("\n"):
        raw += "\n"
    return slug + ".eml", raw.encode("utf-8")


# ---------------------------------------------------------------- bodies helpers
def P(t, cte="quoted-printable", charset="utf-8"):
    """single text/plain body"""
    return lambda slug, client: text(t, "plain", cte, charset)


def HT(t, cte="quoted-printable"):
    return lambda slug, client: text(t, "html", cte)


def ALT(t, html_body=None, pcte="quoted-printable", hcte="quoted-printable", charset="utf-8"):
    return lambda slug, client: alt(t, client if client in ("outlook", "gmail") else "gmail",
                                    bnd(slug, 0, client), html_body, pcte, hcte, charset)


def MIXED(inner, attachments):
    def f(slug, client):
        first = inner(slug, client)
        return multipart("mixed", [first] + [a() for a in attachments], bnd(slug, 4, client),
                         preamble="This is a multi-part message in MIME format." if client == "plain" else None)
    return f


# ==================================================================== MESSAGES
SIG_SCHOOL = "Example School\nPark Row, LS1 4AP\nTel: 01632 960000"
DISCLAIMER = ("This email and any attachments are confidential and intended only for the named recipient(s). "
              "If you have received it in error, please tell the sender and delete it. "
              "Example School, Park Row, LS1 4AP.")

# ---- 001
msg("absence_no_reason", "clean", "everyday", "attendance officer chases an unexplained absence; school line only",
    BOYD, [JANE], "Absence today – Example Pupil One (10B)", "2025-09-15 09:47:12", P("""\
Dear Mrs Parent,

Example Pupil One was marked absent at registration this morning (Monday 15 September) and we have not yet received a reason for the absence.

If she is unwell, could you reply to this email or ring the attendance line on 01632 960000 (option 1) to let us know? If she is off for more than one day, please get in touch each morning before 9.30am.

If you have already spoken to the office, please ignore this message, and thank you.

Kind regards,

Lorraine Boyd
Attendance Officer
""" + SIG_SCHOOL + "\n"), client="plain")

# ---- 002
msg("u14_gaelic_text_my_phone", "flag", "flag",
    "GAA coach tells parents and pupils to text his own phone (hyphenated mobile) on match day",
    DEVLIN, [JANE, SAM, ALI, pupil("24ooneill"), pupil("24tcassidy")],
    "U14 football – Saturday blitz at Hannahstown", "2025-09-25 16:12:40", P("""\
Hi all,

Just confirming the details for Saturday's blitz. We're playing three games, 20 minutes a half, so it'll be a long enough morning.

Meet: 9.15am in the school car park (the minibus leaves at 9.30 sharp, the club want us warmed up by ten)
Back: roughly 1.30pm, same place
Bring: full school GAA kit, gumshield, helmet for anyone who wears one, water and something to eat between games. It was baltic up there the last time, so a warm coat for the sideline too.

The pitch is up past the club rooms, so if you're driving up yourselves to watch, follow the signs for the top field.

If anyone's running late on the morning or can't find us, text me on 07700-900-314. That's my own phone so I'll have it on me all day - better than ringing the school, there'll be nobody in the office on a Saturday.

Any of the lads who can't make it, let me know by Friday lunchtime so I can sort out the panel.

Cheers,
Ciarán

Mr C Devlin
PE Department / GAA
Example School
""", cte="8bit"), client="plain")

# ---- 003
msg("parent_new_address_read_back", "clean", "hard",
    "Head of Year reads back the carer's own new address and mobile; Outlook quote of carer's mail",
    KENNEDY, [SAM], "RE: New address and phone number", "2025-09-23 08:31:05", ALT("""\
Dear Sam,

Thanks for letting us know, and congratulations on the move. I've passed everything to the office this morning so the records will be updated by the end of the day. Just to double-check we have it right:

Address: 16 Lismoyne Brae, Newtownabbey BT36 5QJ
Mobile: 07700 900456 (unchanged)
Home phone: removed, as you said the landline has gone

If any of that is wrong, just reply and I'll sort it. Example Pupil Two's bus pass will need changing as well – the new address puts him on the Glengormley route, so I've asked the office to print the form. He can pick it up from reception.

Kind regards,
Heather

Mrs H Kennedy
Head of Year 10
Example School | Park Row | LS1 4AP
T: 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 22 September 2025 20:14
To: Heather Kennedy <h.kennedy@example-school.org.uk>
Subject: New address and phone number

Hi Mrs Kennedy,
We moved house at the weekend. New address is 16 Lismoyne Brae, Newtownabbey BT36 5QJ. My mobile is the same 07700 900456 but please take the house phone off as we don't have one now.
Thanks
Sam
"""), in_reply_to="outlook")

# ---- 004
msg("history_civil_rights_homework", "clean", "everyday", "Year 12 History homework on the civil rights campaign",
    MCALEESE, [pupil("21aconnolly"), pupil("21bferguson"), pupil("21jmckee"), pupil("21lhenderson"), pupil("21rwalsh")],
    "Y12 History – homework for Thursday (civil rights)", "2025-10-06 15:48:22", ALT("""\
Hi 12H,

As promised, here's the homework from today. It's due in on Thursday, period 2.

1. Read pages 34–39 in the textbook on the civil rights campaign, 1967–69.
2. Answer the practice question: "Explain how the events of 5 October 1968 in Derry/Londonderry affected the civil rights movement." (6 marks) Aim for two well-developed points, each backed up with specific detail.
3. Bring the source pack back with you – we need it for Burntollet next week.

Remember the CCEA mark scheme wants you to explain the consequence, not just describe what happened on the day. If you were off today, the slides are on Google Classroom under "Unit 2 – Week 5".

A few of you asked about the oral history project with Glenview. I'll have the permission letters on Thursday, so don't worry if you haven't heard anything yet.

Miss McAleese
Head of History
"""))

# ---- 005
msg("personal_statement_to_gmail", "flag", "flag",
    "English teacher asks a Year 14 pupil to send drafts to her personal gmail",
    ORR, [pupil("19cmcgrath")], "Personal statement – second draft", "2025-10-10 14:05:51", ALT("""\
Hi Caoimhe,

Thanks for the first draft – there's loads of good material in there. You just need to cut the opening paragraph (the "ever since I was a little girl" bit) and get to the Heaney stuff much faster. Admissions tutors read hundreds of these and they'll decide in the first few lines.

The school email keeps bouncing anything over a few MB, and I know you're sending it as a Pages file with the photos in, so send the next version to my own address instead – naomi.orr.writes@gmail.com – and I'll get comments back to you over the weekend.

Aim for the second draft by Monday if you can. The internal deadline for Queen's applicants is the 24th.

Miss Orr
English Department
Example School
"""))

# ---- 006
msg("schools_cup_coach_and_trip_phone", "clean", "hard",
    "rugby away trip: coach firm's depot number and a school-owned trip mobile stated as such",
    MOORE, PARENTS, "Schools' Cup – away match at Northfield, travel arrangements", "2026-01-21 12:20:33", ALT("""\
Dear Parents/Guardians,

Following Saturday's win (well done to everyone who stood out in that rain), the 1st XV have been drawn away to Northfield Academy in Coleraine in the next round of the Schools' Cup.

The match is on Wednesday 4 February, kick-off 2.30pm. Travel arrangements are:

• Coach departs school at 11.45am (boys will be released from period 4)
• Expected return to school around 7.00pm, depending on traffic on the M2
• Packed lunch needed; Northfield are providing tea and sandwiches after the game

The coach is with Lagan Valley Travel. If it is delayed on the way back and you want to check where it is, their depot controller can be reached on 028 9649 6811.

On the day, the school trip mobile is 07700 900402. This is a school phone, not a member of staff's own, and it will be with whichever teacher is leading the trip. Please only use it on the day for travel problems – for anything else, contact the office on 01632 960000.

We're hoping to run a supporters' bus for pupils as well; Mr Stewart will send details to the sixth form this week.

Regards,

Gareth Moore
Head of PE
Example School
Park Row, LS1 4AP | 01632 960000
"""))

# ---- 007
msg("staffroom_copier", "clean", "everyday", "office notice to staff about the photocopier",
    OFFICE, [ALLSTAFF], "Staffroom photocopier", "2025-09-30 08:05:10", P("""\
Morning all,

The staffroom copier is jammed again and the engineer can't come out until tomorrow. Please use the one in the library, or send jobs to reprographics before 10.30 for same-day return.

Thanks,
Pauline
School Office
""", cte="7bit"), client="plain")

# ---- 008
msg("art_instagram_follow_back", "flag", "flag",
    "Art teacher invites a Year 12 pupil to follow her personal Instagram and DM her",
    MURRAY, [pupil("21eobrien")], "Your portfolio – brilliant work", "2025-12-11 15:30:18", ALT("""\
Hi Erin,

Just wanted to say again how strong your portfolio was in the review today. The lino prints of the shipyard cranes are exactly the kind of personal response the moderators love – make sure Samson and Goliath get a proper double page in the final sketchbook.

You were asking about the mixed-media work I showed the class. I post most of my own stuff on Instagram – I'm @aoife.makes.art – so have a look over Christmas. Give it a follow and I'll follow you back, then you can DM me any questions while school's off rather than waiting until January.

Have a lovely Christmas,
Ms Murray
Art & Design
"""), client="gmail")


# ---- 009
def pdf_esafety():
    return attach("application/pdf", "Online safety guide for parents.pdf", make_pdf([
        "Example School - Online safety guide for parents and carers",
        "",
        "1. Talk before you set up: agree where devices are charged overnight.",
        "2. Snapchat: turn on Ghost Mode so Snap Map does not share location.",
        "3. WhatsApp: minimum age 13 in the UK. Check who can add your child to groups.",
        "4. Instagram / TikTok: accounts for under-16s should be private. Check messaging settings.",
        "5. Games and Discord: restrict voice and text chat to friends only.",
        "6. No member of staff will ask to follow, friend or message your child on a personal account.",
        "",
        "Worried? Contact the school safeguarding team: 01632 960000, dsl@example-school.org.uk",
    ]))


msg("esafety_christmas_letter", "clean", "hard",
    "DSL e-safety letter to parents naming Snapchat/WhatsApp/TikTok/Discord; no invitation; PDF guide",
    DSL, PARENTS, "Keeping your child safe online over Christmas", "2025-12-19 11:00:02",
    MIXED(ALT("""\
Dear Parents and Carers,

With many young people getting new phones, tablets and consoles over Christmas, we wanted to share some reminders from this term's Learning for Life and Work lessons.

• Snapchat: Snap Map shows your child's location to their friends unless Ghost Mode is switched on. Please check this together.
• WhatsApp: the minimum age in the UK is 13. Group chats are where we see most of the falling-out that spills into school in January, so a quick look at which groups your child is in is worth doing.
• TikTok and Instagram: accounts for under-16s should be private by default, but it is worth checking, along with who can send them messages.
• Online games (Fortnite, Roblox, Minecraft) and Discord: voice chat with strangers is the biggest risk. Most platforms let you restrict chat to friends only.

Please also remember that no member of staff will ever ask to follow, friend or message your child on a personal account. If anyone claiming to be from school does, please let us know straight away.

The attached guide explains how to set up parental controls on the most common devices. In an emergency over the holidays, always ring 999.

When school reopens on Monday 5 January, the safeguarding team can be reached through the school office on 01632 960000 or at dsl@example-school.org.uk.

Wishing you all a peaceful Christmas,

Mrs S Quinn
Vice-Principal and Designated Teacher for Child Protection
Example School, Park Row, LS1 4AP
"""), [pdf_esafety]))

# ---- 010
msg("seachtain_na_gaeilge_ceili", "clean", "everyday", "Irish teacher's Seachtain na Gaeilge programme for Year 9",
    ODOCH, [pupil("24dmcconville"), pupil("24sogorman"), pupil("24abrennan"), pupil("24mlynch")],
    "Seachtain na Gaeilge – céilí ar an Aoine!", "2026-03-09 13:10:44", P("""\
Dia daoibh, a rang,

Seachtain na Gaeilge starts today and we're finishing the week with a céilí in the sports hall on Friday, periods 5 and 6. Everyone who takes Irish is welcome, and you can bring a friend from another class as long as they're up for the Siege of Ennis.

The rest of the week:
- Tuesday: Irish-only lunch in B12. Speak as Gaeilge and you get a biscuit – yes, even a cúpla focal counts.
- Wednesday: table quiz in form time (questions in Irish and English).
- Thursday: the Ulster-Scots club have invited us along to their session after school, which should be good craic. Mrs Beattie says they'll teach us a few words of their own too.
- Friday: céilí. Wear trainers, not school shoes, please!

Go raibh maith agaibh, agus feicfidh mé sibh ar an Aoine.

Mr Ó Dochartaigh
Múinteoir Gaeilge | Irish Department
Example School
"""), client="plain")

# ---- 011
msg("maths_ring_me_at_home", "flag", "flag",
    "maths teacher gives a parent his home landline (028) to ring in the evening; Outlook reply",
    CRAWFORD, [ALI], "RE: Example Pupil Three – maths worries", "2025-11-04 17:42:19", ALT("""\
Hi Ali,

Thanks for your email, and please don't worry – she's far from the only one who found the algebra test hard, and her classwork has been steady all term.

I'd be happy to talk it through properly. Daytimes are tricky as I'm teaching most of the day, so the easiest thing would be to ring me at home one evening – 028 9649 6273, any time after seven is fine. If I'm not in, leave a message and I'll call you back.

In the meantime the Tuesday maths clinic (room M4, 3.20–4.00) would be a good shout for her: small groups, and she can bring the test with her.

Jonathan Crawford
Mathematics Department
Example School

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 03 November 2025 21:37
To: Jonathan Crawford <j.crawford@example-school.org.uk>
Subject: Example Pupil Three – maths worries

Mr Crawford,
My daughter came home very upset about her maths test result. She says she doesn't understand the algebra and is too embarrassed to ask in class. Is there anything we can do at home? Could we have a chat sometime?
Ali Guardian
"""), in_reply_to="plain")

# ---- 012
msg("hr_change_of_address", "clean", "hard",
    "staff-only: teacher sends HR his own new home address, mobile and personal email",
    MCCANN, [HR], "Change of address", "2025-10-01 12:48:37", P("""\
Hi Denise,

I moved at the end of August and completely forgot to tell you, sorry. New details for my file:

41 Cairnburn Gardens
Belfast
BT4 2HR

Mobile: 07700 900611 (same as before, but in case it's wrong on the system)
Personal email for the payslip notifications: dmccann.home@outlook.com

Do I need to fill in a form for the EA as well, or do you send it on?

Thanks,
Darren

Darren McCann
Science Department
""", cte="7bit"), client="plain")

# ---- 013
msg("open_days_year13", "clean", "everyday", "careers leader lists university open days to Year 13",
    CAREERS, [pupil("20ecorr"), pupil("20jpatton"), pupil("20nmcnally"), pupil("20thewitt")],
    "Open days – Queen's, Ulster and Stranmillis", "2025-09-18 10:15:26", ALT("""\
Hi everyone,

A few of you have asked about open days. The dates I have so far are below, but check the university websites too as they sometimes add extra sessions.

- Queen's University Belfast: Friday 10 and Saturday 11 October
- Ulster University (Belfast and Coleraine campuses): Saturday 18 October
- Stranmillis University College: Saturday 15 November

If you want to go on the Friday, it counts as an authorised absence, but you'll need to fill in the green form from the sixth-form office at least three days before and bring back proof that you went (a screenshot of the booking is fine).

For anyone thinking about universities in GB, most of the virtual open days are recorded – I'll put the links on the careers page on Google Classroom.

Pop into the careers room (beside the library) any lunchtime if you want to talk through options.

Miss Wilson
Careers Leader
Example School | 01632 960000
"""), client="gmail")

# ---- 014
msg("trad_group_feis_html_mobile", "flag", "flag",
    "HTML-only: music teacher invites parents to ring her mobile; number in signature written with &nbsp;",
    BEATTIE, [JANE, SAM], "Trad group – Feis entry forms", "2026-01-14 19:25:08", HT("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear parents,</p>
<p>Entry forms for the spring Feis went home in bags today &ndash; the trad group are entering the under-16 ensemble and the slow air, and a few of them are doing solo fiddle and whistle as well. The group has been sounding great, so I&rsquo;m really hoping they&rsquo;ll enjoy it.</p>
<p>Entries close on <b>Friday 30 January</b>. The fee is &pound;6 per pupil, which the music department will cover, so you only need to sign the form and send it back.</p>
<p>I&rsquo;m only in school Monday to Wednesday this term, so if you have any questions on the other days just give me a ring or a text on my mobile &ndash; I honestly don&rsquo;t mind at all.</p>
<p>Many thanks,</p>
<p style="margin-bottom:0">Gillian Beattie<br>
Music Department (part-time)<br>
Mob:&nbsp;07700&nbsp;900&nbsp;871<br>
<span style="color:#1F4E79">Example School &middot; Park Row &middot; LS1 4AP</span></p>
</body></html>
"""), client="plain")

# ---- 015
def pdf_kitlist():
    return attach("application/pdf", "Bronze DofE kit list.pdf", make_pdf([
        "Bronze DofE practice expedition - kit list",
        "",
        "Rucksack (40-50 litres) - can be borrowed from school",
        "Sleeping bag and roll mat - roll mats can be borrowed",
        "Waterproof jacket AND waterproof trousers",
        "Walking boots, worn in, and two pairs of thick socks",
        "Warm layers (fleece, hat, gloves) - no jeans",
        "Food for Friday lunch, Saturday breakfast and lunch (tea on Friday is provided)",
        "Water bottle (1 litre), torch, small first aid kit, personal medication",
    ]))


msg("dofe_mournes_out_of_hours_phone", "clean", "hard",
    "DofE letter: school out-of-hours mobile stated as school-owned; campsite address/postcode; grid refs; price",
    PATTERSON, [JANE, ALI, pupil("23hmcgarry"), pupil("23rboyd")],
    "Bronze DofE practice expedition – Mournes, 3–4 October", "2025-09-19 15:55:41", MIXED(ALT("""\
Dear Parents/Guardians,

The Bronze practice expedition goes ahead on Friday 3 and Saturday 4 October. Groups will walk in from the Trassey Road car park (grid ref J 311 314) and camp overnight before walking out to Bryansford on the Saturday.

Departure: 8.30am Friday, school car park
Campsite: Shimna Valley Campsite, 14 Bryansford Road, Newcastle BT33 0PX
Return: approximately 4.00pm Saturday, school car park
Cost: £25 (minibus, campsite and gas), payable on ParentPay by Friday 26 September

Emergency contact: over the two days the school's out-of-hours phone is 07700 900064. It is a school mobile carried by the senior leader on duty, not a member of staff's personal number. Please use it only if you need to get an urgent message to your child or to us.

The kit list is attached. Please don't go out and buy expensive gear – we can lend rucksacks and roll mats, and waterproofs are the one thing that really matters. Pupils will be checked on the Thursday after school (3.30pm, Geography base) so we can sort out anything missing.

Many thanks,

Mr R Patterson
Geography / DofE Manager
Example School, Park Row, LS1 4AP – 01632 960000
"""), [pdf_kitlist]))

# ---- 016
msg("chem_revision_snapchat", "flag", "flag",
    "science teacher asks Year 11 pupils to add him on Snapchat for a revision group",
    MCCANN, [pupil("22kdevine"), pupil("22pmurphy"), pupil("22sbell"), pupil("22tmcallister")],
    "revision group", "2025-10-12 20:41:03", P("""\
Hey guys,

Good turnout on Thursday, well done. Email is a bit slow for quick reminders so I've made a snap group for the revision lot - add me, I'm d.mccann_chem on snapchat, and I'll stick you in the group. I'll put the past paper answers up on there as well.

Thursday again this week, lab 3, bring calculators.

Mr McCann
""", cte="7bit"), client="apple")

# ---- 017
NEWSLETTER_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:11pt;color:#222} h2{color:#1b4d3e;font-size:14pt;margin:18px 0 4px}</style>
</head><body>
<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #1b4d3e"><tr><td style="padding:16px">
<p style="font-size:18pt;color:#1b4d3e;margin:0">Principal&rsquo;s Update &ndash; October 2025</p>
<p style="color:#666;margin:2px 0 14px">Example School &middot; An Integrated School &middot; Scoil Chomhth&aacute;ite</p>
<p>Dear Parents and Carers,</p>
<p>As we head towards the Halloween break, I want to thank you for your support during a busy and very positive first half-term. Our new Year 8 pupils have settled in remarkably well, and it has been a joy to see them already taking part in clubs and teams.</p>
<h2>Open Evening</h2>
<p>Our Open Evening for P7 pupils and their families is on <b>Thursday 6 November, 6.30&ndash;8.30pm</b>. Current pupils will be giving tours, so please encourage your child to volunteer through their form tutor.</p>
<h2>Sport</h2>
<p>The 1st XV are through to the next round of the Schools&rsquo; Cup, our U14 Gaelic footballers won their blitz at Hannahstown, and the senior camogie team had a narrow defeat away to a strong Armagh side. Netball and hockey fixtures start after half-term.</p>
<h2>Shared Education</h2>
<p>Year 9 have begun their joint programme with Glenview College. This term&rsquo;s theme is &ldquo;Our Shared City&rdquo;, and the pupils&rsquo; work on murals and memorials will be on display at Open Evening.</p>
<h2>Harvest</h2>
<p>Thank you for your generosity &ndash; our harvest assemblies collected 412 items for the local food bank, which will be delivered next week.</p>
<h2>Halloween holiday</h2>
<p>School closes at <b>12.30pm on Friday 24 October</b> and reopens on <b>Monday 3 November</b>. Buses will run at the earlier time.</p>
<p>Finally, a reminder that as the mornings get darker, pupils walking or cycling to school should wear something reflective.</p>
<p>Best wishes,</p>
<p>Dr S Gilmore<br>Principal</p>
<p style="font-size:9pt;color:#666;border-top:1px solid #ccc;padding-top:6px">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</td></tr></table>
</body></html>
"""
msg("principal_update_october", "clean", "everyday", "principal's half-termly newsletter to parents (rich HTML)",
    PRINCIPAL, PARENTS, "Principal's Update – October 2025", "2025-10-17 14:00:00", ALT("""\
Principal's Update – October 2025
Example School · An Integrated School · Scoil Chomhtháite

Dear Parents and Carers,

As we head towards the Halloween break, I want to thank you for your support during a busy and very positive first half-term. Our new Year 8 pupils have settled in remarkably well, and it has been a joy to see them already taking part in clubs and teams.

OPEN EVENING
Our Open Evening for P7 pupils and their families is on Thursday 6 November, 6.30–8.30pm. Current pupils will be giving tours, so please encourage your child to volunteer through their form tutor.

SPORT
The 1st XV are through to the next round of the Schools' Cup, our U14 Gaelic footballers won their blitz at Hannahstown, and the senior camogie team had a narrow defeat away to a strong Armagh side. Netball and hockey fixtures start after half-term.

SHARED EDUCATION
Year 9 have begun their joint programme with Glenview College. This term's theme is "Our Shared City", and the pupils' work on murals and memorials will be on display at Open Evening.

HARVEST
Thank you for your generosity – our harvest assemblies collected 412 items for the local food bank, which will be delivered next week.

HALLOWEEN HOLIDAY
School closes at 12.30pm on Friday 24 October and reopens on Monday 3 November. Buses will run at the earlier time.

Finally, a reminder that as the mornings get darker, pupils walking or cycling to school should wear something reflective.

Best wishes,

Dr S Gilmore
Principal

Example School, Park Row, LS1 4AP · 01632 960000 · office@example-school.org.uk
""", html_body=NEWSLETTER_HTML))

# ---- 018
msg("january_entries_candidate_numbers", "clean", "hard",
    "exams officer: centre number, candidate numbers, UCI, exam dates and times (numbers that are not phones)",
    EXAMS, [pupil("21ahughes"), pupil("21mduffy"), pupil("21cgraham")],
    "January 2026 entries - please check your statement of entry", "2025-11-24 09:20:55", P("""\
Hi all,

Your statements of entry for the January 2026 CCEA series are now in your form tutor's tray. Please check them carefully, sign them and hand them back by Friday 28 November. If anything is wrong (your name spelt differently from your birth certificate, a missing unit, the wrong tier) come and see me in the exams office - it is much easier to fix now than in January.

Some numbers you will need:

Centre number: 71234 (the same for everyone)
Candidate number: four digits, printed top right of your statement, e.g. 4127. It stays the same for every exam you sit here.
UCI: 13 characters, starting with the centre number, e.g. 71234A251427X. You only need this if you ever move school.

Your exams:
GCSE Mathematics M4 - Tuesday 13 January 2026, 9.15am, sports hall, 1 hour 45 minutes
GCSE English Language Unit 1 - Thursday 15 January 2026, 9.15am, sports hall, 1 hour 45 minutes

Be in the sports hall foyer by 8.55am. Clear pencil case, black pens, calculator with the lid off, no smartwatches.

Mrs J Rea
Examinations Officer
Example School | 01632 960000
""", cte="7bit"), client="plain")

# ---- 019
msg("review_summary_cc_own_icloud", "flag", "flag",
    "Head of Year copies her own personal iCloud address into a mail to a carer and asks for replies there",
    KENNEDY, [SAM], "Example Pupil Two – Year 10 review meeting", "2025-10-24 15:40:27", ALT("""\
Dear Sam,

Thanks for making the time to come in on Wednesday. As promised, here's a quick summary of what we agreed:

- Example Pupil Two will use his time-out card in Maths and French for the rest of term
- He'll have a short check-in with me every Monday morning in the Year 10 office
- We'll review how it's going after Christmas, and sooner if either of us is worried

I've copied my own email address into this, as I'm away for part of half-term and won't be logging in to the school system. If anything comes up before we're back, reply to that one and I'll see it.

Have a good break,

Heather Kennedy
Head of Year 10
Example School
"""), cc=[("Heather Kennedy", "heatherkennedy72@icloud.com")])

# ---- 020
msg("year8_password_reset", "clean", "everyday", "ICT support tells Year 8 how to reset passwords",
    TONER, [pupil("25cmoore"), pupil("25fquinn"), pupil("25jtaggart"), pupil("25lwhite")],
    "Can't log in? Read this", "2025-09-09 11:02:31", P("""\
Hi Year 8,

If you can't log in to the school computers or Google Classroom, it's usually because your temporary password has run out. Come to the ICT office (beside room T2) at break or lunch with your planner and we'll reset it for you.

Please don't share your password with friends, even as a joke. Anything done on your account is recorded as you.

Mr Toner
ICT Support
""", cte="7bit"), client="plain")

# ---- 021
msg("shared_education_partner_school", "clean", "hard",
    "Shared Education day: partner school's address, postcode and reception number given to parents",
    FITZ, [JANE, ALI], "Year 9 Shared Education day at Glenview College – Tuesday 11 November",
    "2025-11-03 12:30:48", ALT("""\
Dear Parents/Guardians,

On Tuesday 11 November our Year 9 pupils will spend the day at our partner school, Glenview College, as part of the Shared Education programme. This term's theme is "Our Shared City": the pupils will be working in mixed groups looking at murals, flags and the different ways communities in Belfast remember the past, and they'll finish the day presenting their work to each other.

Pupils travel by bus with their form tutors, leaving school at 8.50am and returning in time for the normal end of the day at 3.15pm.

Glenview College, 60 Knockbracken Road, Belfast BT8 6WX
Reception: 028 9649 6550 – only if you need to get an urgent message to your child during the day. Otherwise please contact us as usual on 01632 960000.

Pupils should wear full school uniform and bring a packed lunch (Glenview's canteen is cash only and can't take our dinner cards).

Mrs Cheryl Hamilton, who coordinates the programme at Glenview, is copied in on this email.

Mr N Fitzpatrick
Shared Education and Community Relations Coordinator
Example School, Park Row, LS1 4AP
"""), cc=[("Cheryl Hamilton", "c.hamilton@glenview-college.example.org")])

# ---- 022
msg("u16_rugby_whatsapp_plus44", "flag", "flag",
    "rugby coach asks parents and boys to save his own number (+44 format) and WhatsApp him to join groups",
    STEWART, [JANE, SAM, ALI, pupil("22cbrown"), pupil("22jirvine")],
    "U16 rugby – how we'll keep in touch this season", "2025-09-07 21:10:15", P("""\
Hi all,

Welcome back, and welcome to U16 rugby for 2025-26. We've a good squad this year and a decent fixture list, including the Medallion Plate after Christmas.

Last season too many messages about training changes went out too late, so this year I'm going to run everything through WhatsApp - one group for the boys and one for parents. It's far quicker when a pitch gets waterlogged at three o'clock.

Save my number, +44 7700 900246, and send me a message with your name and your son's name and I'll add you to the right group. Boys, same for you.

Training is Monday and Wednesday 3.30-5.00, fixtures usually Saturday mornings. Gumshields are compulsory, no exceptions.

Cheers,
Mark Stewart
PE / Rugby
""", cte="7bit"), client="plain")

# ---- 023
msg("dinner_account_low", "clean", "everyday", "bursar tells a parent the dinner account is low (prices)",
    BURSAR, [JANE], "Dinner account – low balance", "2025-10-08 10:22:14", P("""\
Dear Mrs Parent,

Just a quick note to let you know that Example Pupil One's dinner account is down to £1.85. A main meal is £2.80 at the minute, so she won't be able to buy lunch tomorrow unless the account is topped up.

You can add money through ParentPay as usual, or send cash in an envelope marked with her name and form class to the finance office. If you think you might be entitled to free school meals, the application is made through the Education Authority website, and I'm happy to help with it if that would be useful.

Regards,
Karen Lyttle
Bursar
Example School, Park Row, LS1 4AP
Tel 01632 960000
"""), client="plain")

# ---- 024
msg("refuses_pupil_snapchat_number", "clean", "hard",
    "teacher refuses a pupil's request for her number/Snapchat, points to school email and office line",
    GAULT, [("Kayla Maguire", f"23kmaguire@{PUP}")], "RE: bake sale", "2025-11-18 12:40:09", ALT("""\
Hi Kayla,

Great idea about the cupcake stall for the Christmas fair, and yes, you can use the HE room on Thursday lunchtime to get things ready.

I can't give you my mobile number though, and I'm not able to add pupils on Snapchat or Instagram. That's school policy for all staff, and it's there to protect both you and me. If you need me about the bake sale, email me here on my school address or catch me in the HE room at break. If it's urgent, the office (01632 960000) can always get a message to me.

Mrs Gault
Home Economics

From: Kayla Maguire <23kmaguire@pupils.example-school.org.uk>
Sent: 18 November 2025 11:02
To: Louise Gault <l.gault@example-school.org.uk>
Subject: bake sale

hi miss can we do a cupcake stall for the christmas fair?? can i have ur number or can i add u on snap so i can tell u what we need its easier than email
Kayla 10G
"""), in_reply_to="outlook")

# ---- 025
msg("form_tutor_mobile_base64", "flag", "flag",
    "form tutor gives a parent her own mobile in 0044 format; body base64-encoded",
    KEARNEY, [JANE], "Settling in – 10B", "2025-09-12 16:20:37", P("""\
Hi Jane,

Just a wee note at the end of the first fortnight. I know you were a bit anxious about Example Pupil One moving into 10B with a new tutor group, but she has settled in really well. She's sitting with Niamh and Grace in form time, and she put her name forward for the school council, which I was delighted about.

I know from last year that Friday nights and weekends are often when things flare up in the group chats. If anything happens and you'd like to talk to me before Monday, you can get me on my own mobile, 0044 7700 900437. I'm in Donegal most weekends, which is why I've given it to you with the international code.

Have a lovely weekend,

Bronagh Kearney
Form Tutor, 10B | Religious Studies
Example School
""", cte="base64"), client="outlook")

# ---- 026
msg("pastoral_minutes", "clean", "everyday", "pastoral team minutes circulated to staff (pupil initials, actions)",
    RANKIN, [KENNEDY, LOWRY, DOHERTY, QUINN, staff("Orla Breen", "o.breen")],
    "Pastoral team minutes – 30 September", "2025-10-01 16:05:52", P("""\
Hi all,

Minutes from yesterday below. Shout if I've missed anything or got anything wrong.

Present: SQ, HK, BL, KD, OB, FR (chair)

1. Attendance
Whole-school attendance for September is 95.1%, slightly up on last year. Year 11 is the lowest at 93.4%. BL to meet the attendance officer about the six Year 11 pupils under 90% and decide on letters home.

2. Uniform
Still a lot of non-uniform jackets in Years 9 and 10. Agreed: reminder in assemblies next week, then tutors to send a note home after that. No confiscations.

3. Year 9 friendship issues
Ongoing fallout in 9C from a group chat over the summer. OB has met the girls involved individually; restorative meeting planned for Thursday with the school counsellor. FR to update parents.

4. Bus behaviour
Two reports of name-calling on the Glengormley bus. HK and the community relations coordinator are dealing with it; it will also feed into the Year 10 community relations workshop in November. Any further reports to HK.

5. Sixth form
KD reported the study centre is overcrowded periods 3 and 4. Agreed to open the library annexe for Year 14 at those times.

AOB
SQ reminded everyone that all concerns must be logged on the system by the end of the school day, however minor they seem.

Next meeting: Tuesday 14 October, 3.30pm, meeting room 2.

Fiona
Head of Year 9
"""), client="plain")

# ---- 027
msg("edinburgh_host_family_details", "clean", "hard",
    "exchange coordinator gives a parent the Edinburgh host family's address and phones (0131 496) and the school trip phone",
    FERRIS, [ALI], "Edinburgh exchange – host family details", "2026-02-26 16:45:30", ALT("""\
Dear Mr Guardian,

I'm pleased to confirm Example Pupil Three's host family for the Edinburgh exchange (Monday 16 – Friday 20 March):

Host family: Mr and Mrs Lindsay (their daughter Isla is in S4 at Braidwood Academy)
Address: 27 Ravelrig Crescent, Edinburgh EH12 7QN
Home phone: 0131 496 0218
Mrs Lindsay's mobile: 07700 900781

Braidwood Academy's office is on 0131 496 0500 – ask for Mr Baxter, who coordinates the exchange at their end.

While we are away, the staff will carry the school trip phone, 07700 900402. That is the number to use if you need to contact us during the week; it's a school phone, so whoever is on duty will answer it.

Please share the Lindsays' details with your daughter, but we'd ask that they aren't posted on social media. There's a short information evening for parents on Tuesday 3 March at 7pm in the library, where you can meet the other families and ask any questions.

Kind regards,

Mrs L Ferris
History / Exchange Coordinator
Example School | Park Row | LS1 4AP | 01632 960000

""" + DISCLAIMER + "\n"))


# ---- 028
VCARD_ADAIR = """\
BEGIN:VCARD\r
VERSION:3.0\r
N:Adair;Callum;;Mr;\r
FN:Callum Adair\r
ORG:Example School;Geography\r
TEL;TYPE=CELL,VOICE:+447700900558\r
EMAIL;TYPE=HOME,INTERNET:callum.adair@hotmail.co.uk\r
EMAIL;TYPE=WORK,INTERNET:c.adair@example-school.org.uk\r
ADR;TYPE=HOME:;;9 Ardcarn Park;Belfast;;BT5 7PF;United Kingdom\r
REV:20260302T180000Z\r
END:VCARD\r
"""
msg("fieldwork_vcard_attachment", "flag", "flag",
    "geography teacher attaches a vCard with his own mobile, home email and home address for a carer",
    ADAIR, [SAM], "Fieldwork at Portrush – contact details", "2026-03-02 18:10:44", MIXED(ALT("""\
Hi Sam,

Thanks for agreeing to let Example Pupil Two come on the Portrush fieldwork day, I know he was keen.

I've attached my contact card so you have my number and home email in case anything comes up on the day or the night before. Saves going through the school system, which can be slow.

We leave at 8.15am on Thursday 12 March and should be back by 5pm. He'll need a waterproof, wellies or old trainers (we'll be in the sand dunes) and a packed lunch.

Callum

Callum Adair
Geography
"""), [lambda: attach("text/vcard; charset=utf-8", "Callum Adair.vcf", VCARD_ADAIR.encode("utf-8"))]))

# ---- 029
msg("translations_isbn_price", "clean", "hard",
    "A-level English reading: edition details, ISBN, price, period times (numbers that are not phones)",
    ORR, [pupil("20ecorr"), pupil("20rmcgeown"), pupil("20sharkin"), pupil("20dtodd")],
    "Translations – buying your own copy", "2025-09-04 14:30:12", P("""\
Hi 13E,

For the drama unit this year we're studying Brian Friel's Translations. You'll want your own copy to annotate, so please get the Faber edition - all the page references in my notes match that one:

Translations, Brian Friel (Faber & Faber)
ISBN 978-0-571-11742-0
About £10.99 new, but second-hand copies are fine as long as they're the same edition.

If buying a copy is a problem, the library has six to lend for the year; see Mrs Welsh before Friday and she'll put your name on one.

First lesson is Tuesday 9 September, periods 3-4 (11.05-12.25) in E4. Read Act One before then and jot down every moment where someone is misunderstood or mistranslated. There are more than you'd think.

Miss Orr
"""), client="plain")

# ---- 030
msg("open_evening_thanks", "clean", "everyday", "principal thanks staff after open evening",
    GILMORE, [ALLSTAFF], "Thank you – Open Evening", "2025-11-07 08:15:03", ALT("""\
Colleagues,

A huge thank you for last night. We had well over 300 families through the doors, and the feedback I heard on the way out was excellent: the science demonstrations, the Irish-language display, the music department's trad session in the foyer and, above all, our Year 14 guides, who were a credit to you and to the school.

I know how much work goes into an evening like that on top of a full teaching day. There are tea and buns in the staffroom at break as a small thank you.

Stephen
"""))

# ---- 031
msg("costume_returns_home_address", "flag", "flag",
    "drama teacher invites parents to drop costumes at her home address (with postcode)",
    MILLAR, [JANE, ALI, SAM], "Bugsy Malone – costume returns", "2026-02-16 20:05:21", ALT("""\
Hi everyone,

Thank you all again for last week. Three full nights, and the splurge-gun scene didn't go wrong once!

The costumes we hired need to go back to the costume company by Friday, so could you send in anything your child took home (especially the hats and the pinstripe jackets) by Wednesday?

If it's easier, you're welcome to drop them off at mine on your way past instead: 14 Glenvarlock Drive, Belfast BT5 7QX. Just leave them in a bag in the porch – the door's usually open until about nine.

Thanks a million,
Leanne Millar
Head of Drama
""", hcte="base64"))

# ---- 032
msg("staff_christmas_do", "clean", "hard",
    "staff-only social: organiser gives her own mobile and home address to colleagues",
    DUNLOP, [ALLSTAFF], "Staff Christmas night out – Fri 12 Dec 🎄", "2025-11-17 13:00:46", ALT("""\
Hi all,

The staff Christmas do is booked! Friday 12 December, 7.30pm at The Linen Yard on the Ormeau Road.

Three courses for £38. I need a £10 deposit by Friday 28 November – cash to me in reprographics, or text me on 07700 900519 and I'll send you the bank details for a transfer. Menu choices by 5 December please; the menu is pinned up in the staffroom.

Afterwards anyone who's still standing is welcome back to ours for a nightcap: 9 Ballyhanwood Close, Dundonald, BT16 1XY. Taxis from there are easy enough.

Partners very welcome – just let me know numbers.

Tracey x
Reprographics / Staff Social Committee
"""))

# ---- 033
PTM_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>Booking is now open for <b>Year 10 Parent-Teacher Meetings</b> on <b>Thursday 29 January, 3.30&ndash;7.00pm</b> in the Assembly Hall.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #bbb">
<tr><td style="border:1px solid #bbb"><b>Book online</b></td><td style="border:1px solid #bbb"><a href="https://booking.example.com/example-school/ptm">booking.example.com/example-school/ptm</a></td></tr>
<tr><td style="border:1px solid #bbb"><b>Appointments</b></td><td style="border:1px solid #bbb">5 minutes each, with at least 5 minutes between them</td></tr>
<tr><td style="border:1px solid #bbb"><b>Booking closes</b></td><td style="border:1px solid #bbb">Monday 26 January at 9.00pm</td></tr>
</table>
<p>You will need your child&rsquo;s date of birth to log in. If you can&rsquo;t attend in person, please ask the form tutor and we will arrange a telephone call from school instead.</p>
<p>Parking is limited; please use the lower car park off Park Row and follow the signs to the main entrance.</p>
<p>Kind regards,<br>Pauline Magee<br>Office Manager<br>Example School &middot; Park Row &middot; LS1 4AP &middot; 01632 960000</p>
</body></html>
"""
msg("ptm_booking_open", "clean", "everyday", "office announces parent-teacher meeting booking to parents",
    OFFICE, PARENTS, "Year 10 Parent-Teacher Meetings – booking now open", "2026-01-12 09:00:17", ALT("""\
Dear Parents and Carers,

Booking is now open for Year 10 Parent-Teacher Meetings on Thursday 29 January, 3.30–7.00pm in the Assembly Hall.

Book online: https://booking.example.com/example-school/ptm
Appointments: 5 minutes each, with at least 5 minutes between them
Booking closes: Monday 26 January at 9.00pm

You will need your child's date of birth to log in. If you can't attend in person, please ask the form tutor and we will arrange a telephone call from school instead.

Parking is limited; please use the lower car park off Park Row and follow the signs to the main entrance.

Kind regards,
Pauline Magee
Office Manager
Example School · Park Row · LS1 4AP · 01632 960000
""", html_body=PTM_HTML))

# ---- 034
msg("biology_discord_server", "flag", "flag",
    "biology teacher invites Upper Sixth to a private Discord server he runs and to message him there",
    HUTCH, [pupil("19lrooney"), pupil("19cmcgrath"), pupil("19jwhite"), pupil("19okane")],
    "Easter revision - Discord", "2026-03-27 15:30:09", P("""\
Hi U6,

With Easter coming up I've set up a Discord server so you can ask questions while you're revising and help each other out - much better than forty separate emails. Join with this link: https://discord.gg/u6bioRevise (I'm on there as hutchbio). I'll be on most evenings between 8 and 9 and I'll drop past papers and mark schemes into #resources.

It's up to you whether you join, but it'll be the quickest way to get hold of me over the holidays. DM me if you're stuck on anything.

Have a good break, and don't leave the A2 2 practicals to the last week.

Mr Hutchinson
""", cte="7bit"), client="plain")

# ---- 035
msg("dentist_reply_quotes_parent_sig", "clean", "hard",
    "attendance reply quoting the parent's own signature with her mobile and home address",
    BOYD, [JANE], "Re: Dentist appointment Thursday", "2025-10-14 10:03:40", ALT("""\
Dear Mrs Parent,

Thanks for letting us know. I've recorded Thursday morning as a medical appointment. Could you ask her to sign in at the office when she arrives back, so her attendance shows correctly for the afternoon?

Kind regards,
Lorraine Boyd
Attendance Officer
Example School
01632 960000

On Mon, 13 Oct 2025 at 21:18, Jane Parent <jane.parent@gmail.com> wrote:
> Hello,
> Example Pupil One has a dentist appointment on Thursday at 10.15 so she will miss the
> start of the day. I'll drop her back to school for lunch.
> Thanks,
> Jane Parent
> 07700 900123
> 48 Beechgrove Avenue, Belfast BT6 0NF
"""), client="gmail", in_reply_to="gmail")

# ---- 036
msg("geography_river_data", "clean", "everyday", "Year 12 geography fieldwork write-up instructions",
    ADAIR, [pupil("21rwalsh"), pupil("21nboyd"), pupil("21ekerr")],
    "Glenariff river study – data and write-up", "2025-10-02 16:30:33", P("""\
Hi all,

Thanks for a good day at Glenariff, even if half of you went in over the wellies at site 4.

The class data set is now on Google Classroom as a spreadsheet. For next Thursday:
- add your group's figures for width, depth and velocity at all six sites (check the units - a few of you wrote velocity in cm)
- draw one cross-section for an upstream site and one for a downstream site on the graph paper in the pack
- write a paragraph describing how channel width changes downstream, using figures

We'll do the Spearman's rank in class together, so don't worry about that yet.

Mr Adair
"""), client="plain")

# ---- 037
msg("teams_review_meeting_id", "clean", "hard",
    "SENCo sends a Teams link: meeting ID, passcode, conference dial-in number (020 7946) and conference ID",
    HAMILL, [ALI], "Review meeting on Thursday – Teams link", "2025-11-10 11:20:24", ALT("""\
Dear Mr Guardian,

As we discussed, Thursday's review meeting for Example Pupil Three will be on Teams so that Dr Shaw from the educational psychology service can join us. Please use the link below at 2.00pm. If you would rather come in to school and join from my office, that's absolutely fine – just call at reception.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.example.com/l/meetup-join/19meeting_ZmQ3Y2E5
Meeting ID: 381 642 907 153
Passcode: hX7bQ2
Or call in (audio only)
+44 20 7946 0315,,552118903#   United Kingdom, London
Phone conference ID: 552 118 903#
________________________________________________________________________________

Kind regards,

Clodagh Hamill
SENCo / Learning Support
Example School, Park Row, LS1 4AP | 01632 960000
"""), cc=[("Dr Helen Shaw", "h.shaw@psychology-service.example.org")])

# ---- 038
msg("biology_tiktok_follow", "flag", "flag",
    "[unsure] biology teacher asks Year 11 to follow her own TikTok revision account and comment there",
    MORROW, [pupil("22kdevine"), pupil("22hcampbell"), pupil("22mfegan"), pupil("22ssloan")],
    "Mock revision – cell biology videos", "2025-11-30 19:05:57", ALT("""\
Hi 11B1,

Mocks start a week tomorrow, so here's a wee bit of extra help. I've been making 60-second revision videos for the CCEA Unit 1 topics (mitosis, osmosis, enzymes and so on) and posting them on my own TikTok, @missmorrowbio. Give me a follow and you'll get them as they go up – I'm doing one a night until the exam. Drop me a comment if there's a topic you want covered and I'll reply on there.

Past papers are on Classroom as usual.

Miss Morrow
Biology
"""), client="gmail")

# ---- 039
msg("child_protection_update_staff", "clean", "everyday", "DSL reminds staff about the annual child protection update",
    DSL, [ALLSTAFF], "Child protection update – staff meeting Wednesday 14 January", "2026-01-09 12:00:31", P("""\
Dear colleagues,

Wednesday's staff meeting (14 January, 3.30-4.30pm, library) will be our annual child protection update. It is compulsory for all teaching and support staff, including part-time staff who work that day. Please sign the register on the way in.

We will cover:
- changes to the school's child protection policy agreed by the Board of Governors in December
- recording concerns: every concern on the system by the end of the school day, with facts rather than opinions
- online safety, including what to do when a pupil shows you something on their phone
- the staff code of conduct on communication with pupils and parents (school accounts and school phones only)

If you cannot attend for a genuine reason, let me know by Monday so I can arrange a catch-up session.

Siobhan Quinn
Vice-Principal / Designated Teacher for Child Protection
""", cte="7bit"), client="plain")

# ---- 040
msg("dublin_trip_bank_details", "clean", "hard",
    "bursar: trip balance with school bank sort code, account number, payment reference and prices",
    BURSAR, PARENTS, "Year 10 History trip to Dublin – final payment due", "2026-02-04 14:10:56", ALT("""\
Dear Parents/Guardians,

The final instalment of £65 for the Year 10 History trip to Dublin on Thursday 5 March is due by Friday 20 February. The total cost of £110 covers the coach, entry to Kilmainham Gaol and the GPO museum, and lunch.

You can pay on ParentPay as usual, or by bank transfer:

Account name: Example School Trips Account
Sort code: 98-76-54
Account number: 40217736
Reference: DUB26 followed by your child's surname, e.g. DUB26 MURPHY

Pupils should bring photo ID and some spending money in euro (€20 is plenty). The coach leaves school at 7.15am sharp and is due back at about 7.30pm.

If paying is difficult for any reason, please contact me in confidence through the school office on 01632 960000 – no child will miss out.

Regards,
Karen Lyttle
Bursar
Example School
"""))

# ---- 041
msg("stormont_writeups_reply_to_home", "flag", "flag",
    "politics teacher sets Reply-To to his personal outlook.com and tells Year 13 to reply there",
    LAVERY, [pupil("20jpatton"), pupil("20nmcnally"), pupil("20cdonaghy")],
    "Stormont visit - write-ups", "2026-01-21 10:40:29", P("""\
Morning folks,

Thanks for being so good at Stormont yesterday. The MLA we met said it was the best set of questions she'd had from a school group all year, and I think she meant it.

Write-ups please by Monday: 500 words on what you saw in the Assembly chamber, and one thing that surprised you about how power-sharing works day to day.

I'm off for the rest of the week so I've set this to reply to my home account, which I'm checking. Just hit reply and send it in the body of the email - it'll come straight to me.

Mr Lavery
Government & Politics
""", cte="7bit"), reply_to=("Conor Lavery", "conorlavery88@outlook.com"), client="plain")

# ---- 042
msg("training_off_waterlogged", "clean", "everyday", "two-line training cancellation to the squad",
    STEWART, [pupil("22cbrown"), pupil("22jirvine"), pupil("22pmurphy")],
    "Training off tonight", "2025-11-24 13:05:02", P("""\
Lads - training is off tonight, both pitches are under water. Gym session Wednesday instead, 3.30, bring trainers.
Mr Stewart
""", cte="7bit"), client="apple")

# ---- 043
msg("senco_official_direct_line", "clean", "hard",
    "[unsure] Head of Year gives a carer a colleague's official school direct line (028 9649, not the main number) and school email",
    KENNEDY, [SAM], "Who to contact about Example Pupil Two's reading support", "2025-11-27 15:20:18", ALT("""\
Dear Sam,

You asked who the best person would be to speak to about his reading support while I'm away on the Year 10 residential next week. That's Mrs Hamill, our SENCo. Her direct line in the Learning Support Centre is 028 9649 6130 (she's usually there from 8.15am, and free periods 3 and 4 on Tuesdays), and her email is c.hamill@example-school.org.uk.

For anything else, the school office on 01632 960000 can put you through to Mrs Rankin, who is covering for me while I'm away.

Kind regards,
Heather Kennedy
Head of Year 10
Example School | Park Row | LS1 4AP
"""))

# ---- 044
msg("cad_files_to_sky_address", "flag", "flag",
    "technology teacher tells a parent to send coursework files to his family sky.com address",
    GIBSON, [ALI], "CAD files for the coursework", "2026-01-15 21:15:40", P("""\
Hi Ali,

Thanks for your note about the laptop. If she can't get the CAD files to upload to the school system from home, just send them to the home address instead - gibsonfamily@sky.com - and I'll have a look at them tonight and put them on the network myself in the morning. That way she won't lose a week on the box joint.

Tell her not to panic about the folder, it's in decent shape.

Trevor Gibson
Technology & Design
Example School
""", cte="8bit"), client="plain")

# ---- 045
msg("irish_speaking_nerves_reply", "clean", "everyday", "Irish teacher reassures a parent about a speaking assessment",
    ODOCH, [JANE], "Re: Irish speaking assessment – nerves", "2026-02-10 16:45:12", ALT("""\
Dear Mrs Parent,

Thank you for letting me know, and please reassure her – nearly everyone in the class is nervous about the speaking, and she is much better prepared than she thinks.

The assessment is just her and me in the small room beside B12, and it's recorded only so that the department can check marks. She already has her answers prepared on "Mo theaghlach" and "Mo scoil", and she's allowed her cue card with five words on it. If she'd like a practice run, she can come to B12 at lunchtime on Tuesday and we'll go through it together with a couple of others.

Le gach dea-ghuí,
Eoin Ó Dochartaigh
Múinteoir Gaeilge

On Mon, 9 Feb 2026 at 20:02, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr O Dochartaigh,
> Example Pupil One is very worried about her Irish speaking test next week. She says
> she freezes when she has to talk in front of people. Is there anything she can do
> to prepare? She really likes Irish, I don't want this to put her off.
> Jane
"""), client="gmail", in_reply_to="gmail")

# ---- 046
msg("troubles_chronology_dates", "clean", "hard",
    "AS History chronology of the Troubles: many dates and page numbers (numbers that are not phones)",
    MCALEESE, [pupil("20ecorr"), pupil("20jpatton"), pupil("20thewitt"), pupil("20sharkin")],
    "AS History – Troubles chronology task", "2026-01-08 15:00:26", ALT("""\
Hi 13H,

Before we start the unit on the search for a settlement, I want everyone secure on the chronology. Put these into a timeline with one sentence on the significance of each:

• 12–14 August 1969 – Battle of the Bogside; troops deployed on 14 August
• 9 August 1971 – internment introduced
• 30 January 1972 – Bloody Sunday, Derry/Londonderry
• 30 March 1972 – Stormont prorogued; direct rule begins
• 9 December 1973 – Sunningdale Agreement signed
• 15–28 May 1974 – Ulster Workers' Council strike
• 1 March – 3 October 1981 – hunger strikes
• 15 November 1985 – Anglo-Irish Agreement
• 15 December 1993 – Downing Street Declaration
• 31 August 1994 – IRA ceasefire; 13 October 1994 – CLMC ceasefire
• 10 April 1998 – Belfast/Good Friday Agreement; referendums on 22 May 1998

Use pages 112–148 of the textbook and the chronology sheet from the Linen Hall pack. Due Tuesday 13 January.

As always with this unit, remember our ground rules: people in this class come from a range of backgrounds and family experiences, so we discuss the evidence and listen to each other. If anything in the material is difficult for you personally, come and talk to me.

Miss McAleese
Head of History
"""))

# ---- 047
msg("camogie_lifts_text_me_nospace", "flag", "flag",
    "PE teacher asks camogie girls and a parent to text her own mobile (written without spaces)",
    CARVILLE, [pupil("23aoneill"), pupil("23cmcgurk"), pupil("24rmurtagh"), JANE],
    "Camogie – lifts to Armagh on Wednesday", "2026-03-06 12:55:31", P("""\
Hi girls (and parents),

We're a minibus driver short for Wednesday's Ulster Colleges match in Armagh, so I'm looking for a couple of parents who could drive. If you can help, or if your daughter is getting a lift with you and doesn't need a seat on the bus, text me on 07700900915 by Sunday night so I know numbers.

Throw-in is 2pm so we'll be away at 12.15. Full kit, helmets, hurls and gumshields, and a packed lunch to eat on the way.

Thanks a million!
Miss Carville
PE / Camogie
"""), client="apple")

# ---- 048
msg("lost_blazer", "clean", "everyday", "office tells a carer a blazer was handed in",
    OFFICE, [SAM], "Blazer handed in", "2025-11-05 11:40:08", P("""\
Hi Sam,

A blazer with Example Pupil Two's name tag in it was handed in to reception after PE yesterday. He can collect it from the office any time - if you could let him know, that would be great.

Pauline
School Office | 01632 960000
""", cte="7bit"), client="plain")

# ---- 049
msg("llw_privacy_settings_homework", "clean", "hard",
    "LLW homework naming Snapchat/Instagram/TikTok/Discord; explicitly tells pupils not to add the teacher",
    FITZ, [pupil("24dmcconville"), pupil("24abrennan"), pupil("24tcassidy"), pupil("24gmcauley")],
    "LLW homework – privacy settings", "2025-11-12 14:20:39", ALT("""\
Hi 9F,

For Tuesday's LLW lesson, pick ONE app that you (or an older brother or sister) use – Snapchat, Instagram, TikTok, WhatsApp, Discord, Roblox, whatever – and find out:

1. What is the minimum age in its terms and conditions?
2. Who can see your location, and how do you turn that off?
3. How do you block and report someone?
4. Can someone add you to a group chat without asking you first?

Write your answers on the worksheet on Google Classroom. Please do NOT send me screenshots of your own profile, and don't add me (or anyone else you don't know in real life) on anything – that's kind of the whole point of the lesson!

Mr Fitzpatrick
LLW / Community Relations
"""))


# ---- 050
ICS_TOAL = """\
BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010B2A4F3\r
DTSTAMP:20251120T193000Z\r
DTSTART;TZID=GMT Standard Time:20251125T183000\r
DTEND;TZID=GMT Standard Time:20251125T193000\r
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU\r
SUMMARY;LANGUAGE=en-GB:Maths help - Example Pupil Two\r
LOCATION;LANGUAGE=en-GB:22 Knockmount Gardens\\, Belfast (side door)\r
DESCRIPTION;LANGUAGE=en-GB:Extra maths before the end-of-term tests. At my h\r
 ouse - ring the bell at the side door. If he's running late text me on (077\r
 00) 900 583.\\n\r
ORGANIZER;CN=Deirdre Toal:mailto:d.toal@example-school.org.uk\r
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Sam Carer:mailto:sam.carer@outlook.com\r
CLASS:PUBLIC\r
PRIORITY:5\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
TRANSP:OPAQUE\r
END:VEVENT\r
END:VCALENDAR\r
"""
msg("maths_help_at_home_ics", "flag", "flag",
    "maths teacher sends a carer a calendar invite (.ics) for sessions at her house: home address (no postcode) and own mobile",
    TOAL, [SAM], "Extra help before the end-of-term tests – Tuesday evenings", "2025-11-20 19:30:04", MIXED(ALT("""\
Hi Sam,

As we discussed at the meeting, I'm happy to give him a bit of extra help with his maths before the end-of-term tests. I do a few sessions at home on Tuesday evenings anyway for my nephew, so he's very welcome to join in, and there's no charge.

I've attached a calendar invite for the next four Tuesdays, 6.30 to 7.30pm, with my address in it. If he can't make one, just text me – my number's in the invite too.

Deirdre Toal
Mathematics
"""), [lambda: attach("text/calendar; charset=utf-8; method=REQUEST", "invite.ics", ICS_TOAL.encode("utf-8"))]))

# ---- 051
msg("maths_homework_feedback", "clean", "everyday", "maths teacher gives a pupil homework feedback (algebra)",
    CRAWFORD, [pupil("22aboyle")], "Your homework on simultaneous equations", "2025-10-15 16:10:49", P("""\
Hi Aaron,

I've marked your homework and it's much better than last week - 7 out of 10.

A couple of things to look at:
Q3: you had the method right but lost a minus sign when you subtracted the equations. Check your second line again.
Q5: substitution was a good choice here. The answer is x = 3, y = -2, and you had it until the very last step.
Q8 and Q9 weren't attempted. If you got stuck, come to the Tuesday clinic in M4 and we'll go through them.

Keep it up,
Mr Crawford
""", cte="7bit"), client="plain")

# ---- 052
msg("work_experience_employer_contact", "clean", "hard",
    "careers: work-experience employer's contact name, phone, email and business address given to a pupil",
    CAREERS, [pupil("20rquinn")], "Work experience – placement confirmed", "2026-02-03 11:30:57", ALT("""\
Hi Rory,

Good news – Harbour Engineering have confirmed your placement for the week beginning Monday 23 February.

Where: Unit 4, Channel Business Park, Belfast BT3 9DZ (buses from the city centre stop at the end of the road)
Start: 8.30am on the Monday – ask for Ms Kerr at reception
Contact: Joanne Kerr, HR Officer – 028 9649 6447 / j.kerr@harbour-engineering.example.com

Please ring or email Ms Kerr before Friday 20 February to introduce yourself (we practised how to do that in the careers lesson, so you'll be fine). You'll need steel toe-capped boots; they'll give you hi-vis and goggles.

Remember to bring your logbook back signed, and enjoy it!

Miss Wilson
Careers Leader
Example School | 01632 960000
"""))


# ---- 053
def qp_reid(slug, client):
    body = ("Hi Jane,\n\n"
            "She had a much better day today \u2013 she stayed in for the whole of English and even read a bit "
            "out loud, which is huge for her. I told her you'd be proud.\n\n"
            "I know it's hard getting information through the school system quickly, so if you want to let me "
            "know how the mornings are going before she comes in, you can text me on my own number, 07700 9\x00"
            "00652, and I'll make sure I'm at the gate for her.\n\n"
            "Alison\n\n"
            "Alison Reid\nClassroom Assistant, Learning Support\nExample School\n")
    return text(None, "plain", "quoted-printable", raw=qp_manual(body))


msg("classroom_assistant_mobile_qp_break", "flag", "flag",
    "classroom assistant gives a parent her own mobile; quoted-printable soft line break falls inside the number",
    REID, [JANE], "Re: How she got on today", "2025-11-25 16:35:22", qp_reid, client="outlook",
    in_reply_to="gmail")

# ---- 054
msg("community_relations_workshop_tutors", "clean", "everyday",
    "staff-only: arrangements for a Year 10 anti-sectarianism workshop",
    FITZ, [KENNEDY, KEARNEY, staff("Patricia Carson", "p.carson"), staff("Callum Adair", "c.adair")],
    "Year 10 community relations workshop – Thursday 27 November", "2025-11-17 08:50:14", P("""\
Hi all,

A reminder that the Year 10 community relations workshop runs on Thursday 27 November, periods 1-4, in the drama studio. The facilitators are from Common Ground Youth, who did the Year 9 sessions last year and got very good feedback.

The focus this year is sectarian name-calling and "banter": where it comes from, how it feels on the receiving end, and what a bystander can do. It grew partly out of the reports from the Glengormley bus in September.

Could tutors please:
- bring your form to the studio at the start of period 1 and stay with them (you'll be in the room, not teaching)
- give your class a heads-up in form time on Wednesday that some of the language that comes up may be upsetting, and that they can step out to the quiet room if they need to
- pass on any disclosures or concerns through the usual child protection procedures the same day

Materials use anonymised examples of words pupils told us they had heard around school and online. Please don't photocopy or share these outside the session.

Thanks,
Niall
""", cte="7bit"), client="plain")

# ---- 055
msg("thank_you_card_send_to_school", "clean", "hard",
    "teacher declines to give a carer her home address and gives the school's postal address instead",
    ORR, [SAM], "RE: Thank you!", "2025-12-19 16:00:36", ALT("""\
Dear Sam,

That's so kind of you, thank you. It's been a pleasure having him in the class this term, and his reading has really come on.

I'm afraid I can't give out my home address, but if you'd like to send anything, please address it to me at school – Miss N Orr, Example School, Park Row, LS1 4AP – and the office will make sure it reaches me.

Have a lovely Christmas,
Naomi Orr
English Department

From: Sam Carer <sam.carer@outlook.com>
Sent: 19 December 2025 13:12
To: Naomi Orr <n.orr@example-school.org.uk>
Subject: Thank you!

Hi Miss Orr,
He wanted to send you a wee card and a present to say thanks for all the help with his reading this term. Could you let me have your address so we can post it over the holidays?
Sam
"""), in_reply_to="outlook")

# ---- 056
msg("gaeltacht_fundraiser_facebook", "flag", "flag",
    "Irish teacher asks a parent to send her a Facebook friend request (under her maiden name) to join a group",
    MCBRIDE, [JANE], "Re: Gaeltacht fundraiser", "2026-01-24 10:15:43", ALT("""\
Hi Jane,

Brilliant, thank you so much for offering to help with the table quiz – we need all the hands we can get!

Most of the organising is happening in a wee Facebook group for the parents of the ones going to the Gaeltacht in the summer. If you send me a friend request – I'm on there as Gráinne Ní Bhriain, my maiden name – I'll add you to the group. It's easier than a hundred emails!

Go raibh míle maith agat,
Gráinne

On Fri, 23 Jan 2026 at 21:40, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs McBride,
> I saw the note about the fundraiser for the Gaeltacht trip. I'd be happy to help
> with the quiz night if you need volunteers - I can do raffle or collect money at
> the door.
> Jane
"""), client="gmail", in_reply_to="gmail")

# ---- 057
msg("tech_folder_deadline", "clean", "everyday", "technology teacher reminds Year 12 of a coursework deadline",
    GIBSON, [pupil("21ekerr"), pupil("21dscott"), pupil("21wmcclean")],
    "Folder deadline – Friday 6 February", "2026-01-26 13:30:25", P("""\
Hi all,

Reminder that your design folders are due in on Friday 6 February, end of period 6. That's the analysis, specification, initial ideas and development sections, printed and in the plastic wallet with your name and candidate number on the front.

The workshop is open Tuesday and Thursday after school for anyone who still needs to get photographs of their models. Don't leave it all tae the last night - as my granda used to say, it's no use being scunnered on a Thursday about a thing you could've done on a Monday.

Mr Gibson
Technology & Design
""", cte="8bit"), client="plain")

# ---- 058
msg("residential_centre_phone", "clean", "hard",
    "residential update: outdoor centre's own number and the school trip phone (school-owned) for parents",
    KENNEDY, PARENTS, "Year 10 residential – home on Friday", "2025-12-04 20:30:11", P("""\
Dear Parents/Guardians,

Just a quick update from Ballycastle: everyone is well, and we had a brilliant day on the coastal walk despite the wind. Photos will go on the school website when we're back.

We are due back at school at about 4.15pm on Friday. The driver has asked that parents wait in the staff car park rather than on Park Row so that he can turn the coach.

If you need to get an urgent message to your child before then, the centre office is on 028 9649 6729 until 9pm and they will pass it to us. On the journey home, the staff have the school trip phone (07700 900402); if we're delayed we will text the office and an update will go on the school app.

Thank you for all the lovely messages of support this week – the young people have been a credit to you.

Heather Kennedy
Head of Year 10
""", cte="8bit"), client="apple")

# ---- 059
def pdf_report():
    return attach("application/pdf", "Y11 Interim Report - Example Pupil Three.pdf", make_pdf([
        "Example School - Year 11 Interim Report - November 2025",
        "Pupil: Example Pupil Three    Form: 11L",
        "",
        "Subject            Effort (1-4)   Working at   Target",
        "English Language        1             B           A",
        "Mathematics             2             C           B",
        "Double Award Science    1             BB          BB",
        "History                 1             A           A",
        "French                  2             B           B",
        "Religious Studies       1             A           A*",
        "",
        "Attendance: 96.2%",
    ]))


msg("y11_interim_report_pdf", "clean", "everyday", "Head of Year 11 sends a parent the interim report as a PDF",
    LOWRY, [ALI], "Year 11 interim report", "2025-11-28 15:15:52", MIXED(lambda slug, client: text("""\
Dear Mr Guardian,

Please find attached Example Pupil Three's Year 11 interim report. Effort grades are from 1 (excellent) to 4 (cause for concern), and the "working at" column is each teacher's current judgement rather than a prediction.

Overall this is a very pleasing report. Her effort is excellent across the board. Mathematics is the one subject where she is currently below target, and Mr Crawford tells me she has started coming to the Tuesday clinic, which is exactly the right step.

Mock exams run from Monday 5 to Friday 16 January, and Year 11 Parent-Teacher Meetings are on Thursday 22 January. You'll receive a booking link nearer the time.

Kind regards,

Brendan Lowry
Head of Year 11
Example School
Park Row, LS1 4AP
01632 960000
""", "plain", "quoted-printable"), [pdf_report]), client="plain")

# ---- 060
def wrap72(paras):
    import textwrap
    return "\n\n".join(textwrap.fill(x, 72) if not x.startswith("|") else x[1:] for x in paras) + "\n"


msg("sixth_form_signal_line_break", "flag", "flag",
    "Head of Sixth Form tells a distressed pupil to message his own phone on Signal; number wrapped across a line",
    DOHERTY, [("Shauna Donnelly", f"19sdonnelly@{PUP}")], "Checking in", "2026-01-16 17:50:13", P(wrap72([
        "Hi Shauna,",
        "Just wanted to check in after our chat today. You did the right thing telling me, and I've passed "
        "it on to Mrs Quinn like I said I would, so she'll see you first thing on Monday.",
        "I know weekends are the hardest bit. If things get on top of you over the next couple of days, "
        "message me on Signal - it's my own phone, 07700 900184 - and I'll answer if I can. If it's an "
        "emergency, ring 999 or go to A&E.",
        "|Try to get some rest,\nMr Doherty",
    ]), cte="7bit"), client="plain")

# ---- 061
msg("cover_request", "clean", "everyday", "cover manager asks a colleague to cover a lesson",
    COVER, [MCALEESE], "Cover tomorrow – 11H period 4", "2025-10-13 15:55:38", P("""\
Hi Róisín,

Mr Lavery is out tomorrow at a CCEA training day and you're the only one in History free period 4. Could you take his 11H in H3? The work is set on Classroom (the Burntollet source questions) and the textbooks are in the cupboard at the back.

If that's a problem give me a shout before 8.30.

Thanks a million,
Rosemary
Cover Manager
"""), client="plain")

# ---- 062
msg("refuses_whatsapp_with_parent", "clean", "hard",
    "Head of Year declines a parent's request to WhatsApp him; offers school email and office callback",
    LOWRY, [ALI], "RE: Quick question", "2025-12-02 12:15:27", ALT("""\
Hi Ali,

Thanks for getting in touch, and it's no bother at all – that's what I'm here for.

I'm afraid staff don't use WhatsApp or their own phones to contact parents; it's part of our staff code of conduct. The best ways to get me are to reply to this email (I check it between lessons) or to ring the office on 01632 960000 and ask for me. They'll take a message and I'll ring you back from a school line the same day.

On your question: yes, she can drop Home Economics practical lessons for the two weeks after her operation. I'll let Mrs Gault know, and she'll give her written work to do instead.

Brendan Lowry
Head of Year 11
Example School | Park Row | LS1 4AP

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 01 December 2025 22:03
To: Brendan Lowry <b.lowry@example-school.org.uk>
Subject: Quick question

Mr Lowry, quick question about her operation in January and whether she can sit out practical subjects for a couple of weeks. Would it be easier if I just WhatsApp you? What's your number? Email isn't great for me.
Ali
"""), in_reply_to="plain")

# ---- 063
msg("after_school_detention", "clean", "everyday", "head of languages notifies a carer of a detention",
    CARSON, [SAM], "After-school detention – Wednesday 21 January", "2026-01-19 14:40:21", P("""\
Dear Sam,

I'm writing to let you know that Example Pupil Two has been given an after-school detention this Wednesday, 21 January, from 3.20 to 4.05pm in room L6. This is for not handing in his French homework on three occasions this half-term, despite reminders.

He can use the time to catch up on the vocabulary booklet, so it shouldn't be wasted. If Wednesday causes a problem with transport, please let me know by tomorrow and we can move it to Thursday.

Thank you for your support.

Regards,
Patricia Carson
Head of Modern Languages
Example School, Park Row, LS1 4AP
"""), client="outlook")

# ---- 064
msg("support_services_after_meeting", "clean", "hard",
    "Designated Teacher gives a parent third-party support services: family hub (028 9649) and freephone helpline",
    QUINN, [JANE], "The support we talked about", "2026-01-21 16:30:50", ALT("""\
Dear Jane,

Thank you for coming in today. I know it wasn't an easy conversation, and I appreciate how open you were.

As promised, here are the details of the services I mentioned:

• School counselling – the counsellor is in school every Tuesday. I've put her on the list and she'll be seen within the next fortnight. The appointment will come through school, so you don't need to do anything.
• Lagan Family Support Hub – they can offer support for the whole family at home. Phone 028 9649 6388 or self-refer at https://familysupport.example.org/refer
• Youth Nightline – a free, confidential listening service for young people, 24 hours a day: freephone 0808 157 0247 (free from mobiles too)
• Your GP, if her sleep doesn't improve over the next couple of weeks.

If you're worried about her safety at any time over the weekend, please ring 999 or take her to A&E.

I'll check in with her on Monday morning, and I'll ring you on Wednesday from school to see how things are.

Kind regards,

Siobhán Quinn
Vice-Principal / Designated Teacher for Child Protection
Example School | 01632 960000
"""))

# ---- 065
msg("fiddle_group_extra_rehearsal", "clean", "everyday", "music teacher calls an extra trad/Ulster-Scots rehearsal",
    BEATTIE, [pupil("24mlynch"), pupil("23lwright"), pupil("23bmcilroy"), pupil("24sogorman")],
    "Fiddle group – extra rehearsal Tuesday", "2026-01-29 12:30:15", P("""\
Hi all,

Right, we're sounding good, but the second tune in the set is still a bit of a guddle, especially the changeover into the reel. Extra rehearsal Tuesday lunchtime in the music room – eat your lunch first and be there by 1.10.

Fiddles, whistles and the bodhrán, please. Erin, bring the printed set list back, I've only the one copy.

The Feis is three weeks on Saturday, so we need every rehearsal we can get.

Aye, and whoever left a tin whistle in practice room 2 – it's on my desk.

Mrs Beattie
"""), client="plain")

# ---- 066
msg("edinburgh_staff_contact_list", "clean", "hard",
    "staff-only: trip leader circulates colleagues' personal mobiles and a staff WhatsApp group; parents get the school trip phone",
    FERRIS, [LAVERY, MCALEESE, KEARNEY], "Edinburgh – staff contact list", "2026-03-09 16:00:52", P("""\
Hi all,

Ahead of next week, here's the staff contact list for the trip. I've also set up a WhatsApp group for the four of us so we can keep each other posted during the day. It's staff only - please don't add anyone else, and no pupil photos on it.

Lesley Ferris      07700 900265
Conor Lavery       07700 900381
Róisín McAleese    07700 900492
Bronagh Kearney    07700 900437

School trip phone: 07700 900402. That is the only number parents and pupils are given, and it stays with whoever is on duty.

Hostel: Canongate Youth Hostel, reception 0131 496 0773
Braidwood Academy office: 0131 496 0500

Flight/ferry times and the rota are in the shared drive under Trips > Edinburgh 2026.

Lesley
"""), client="outlook")

# ---- 067
msg("debating_motion", "clean", "everyday", "debating club motion and teams",
    LAVERY, [pupil("21mduffy"), pupil("20cdonaghy"), pupil("20thewitt")],
    "Debating – motion for Thursday", "2026-02-02 12:05:44", P("""\
Hi all,

Thursday's motion: "This house believes the voting age in Northern Ireland should be lowered to 16."

Proposition: Megan, Ciara, Tom
Opposition: the Year 11s who came last week (I'll confirm names in person)

Three minutes each, with points of information allowed after the first minute. We're in H2 at lunchtime. Bring some evidence - we had a lot of "everyone knows" last week.

Mr Lavery
""", cte="7bit"), client="plain")

# ---- 068
msg("forwarded_irish_college_details", "clean", "hard",
    "Irish teacher forwards an outside Irish college's booking details (its phone, email, address) to parents",
    ODOCH, PARENTS, "Fwd: Summer Irish college – places available", "2026-02-03 09:40:35", ALT("""\
Dear parents,

A few of you asked me about Irish college this summer. This one is on the Antrim coast and has places left on both courses, so I'm passing on their details. Please book directly with them rather than through school.

Eoin Ó Dochartaigh
Múinteoir Gaeilge | Irish Department
Example School

---------- Forwarded message ---------
From: Coláiste na Mara Bookings <bookings@colaiste-na-mara.example.org>
Date: Mon, 2 Feb 2026 at 15:22
Subject: Summer 2026 courses – schools
To: <e.odochartaigh@example-school.org.uk>

A chara,

We still have places on our three-week residential courses for summer 2026:

Course A: 1–21 July (ages 12–15)
Course B: 23 July – 12 August (ages 14–17)

The fee is £850, with a £150 deposit to secure a place. Bursaries are available for families who need them.

Bookings: 028 9649 6910 (Monday–Friday, 10am–4pm) or bookings@colaiste-na-mara.example.org
Coláiste na Mara, Main Street, Cushendun BT44 0PH

Le meas,
Orlaith
Coláiste na Mara
"""), client="gmail")

# ---- 069
msg("formal_committee", "clean", "everyday", "Head of Sixth Form invites Year 14 to the formal committee",
    DOHERTY, [pupil("19lrooney"), pupil("19jwhite"), pupil("19okane"), pupil("19sdonnelly"), pupil("19pkeenan")],
    "Formal committee – first meeting", "2025-09-25 13:00:21", P("""\
Hi Year 14,

Anyone who wants to be on the formal committee, first meeting is Tuesday lunchtime in the sixth-form centre.

Jobs going: venue, tickets and money, DJ, photographer, the awards (keep them kind), and someone to keep the minutes. We need a venue shortlist by Halloween because the good places book up early for June.

Reminder that the formal is a school event, so school rules apply from the minute you arrive until the last bus leaves.

Mr Doherty
Head of Sixth Form
""", cte="7bit"), client="plain")

# ---- 070
CONTACT_HTML = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>How to contact the school</title></head>
<body style="margin:0;background:#f3f5f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222">
<tr><td style="background:#1b4d3e;color:#fff;padding:18px 24px;font-size:20px">Example School &mdash; How to contact us, 2025/26</td></tr>
<tr><td style="padding:20px 24px">
<p>Dear Parents and Carers,</p>
<p>At the start of every year we are asked about the best way to get in touch, so here it is in one place.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr><td style="border-bottom:1px solid #ddd"><b>School office</b></td><td style="border-bottom:1px solid #ddd">01632&nbsp;960000 (8.15am&ndash;4.15pm, Monday to Friday)</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>General enquiries</b></td><td style="border-bottom:1px solid #ddd"><a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Absences</b></td><td style="border-bottom:1px solid #ddd"><a href="mailto:attendance@example-school.org.uk">attendance@example-school.org.uk</a> or 01632&nbsp;960000, option&nbsp;1, before 9.30am</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Finance / ParentPay</b></td><td style="border-bottom:1px solid #ddd"><a href="mailto:bursar@example-school.org.uk">bursar@example-school.org.uk</a></td></tr>
<tr><td style="border-bottom:1px solid #ddd"><b>Safeguarding concerns</b></td><td style="border-bottom:1px solid #ddd"><a href="mailto:dsl@example-school.org.uk">dsl@example-school.org.uk</a></td></tr>
<tr><td><b>Post</b></td><td>Example School, Park Row, LS1&nbsp;4AP</td></tr>
</table>
<p>Teachers have school email addresses in the form <i>initial.surname@example-school.org.uk</i>. Please use these rather than trying to reach staff through their own phones or social media: staff are asked not to use personal accounts to communicate with families, and they will politely decline.</p>
<p>The school&rsquo;s official Facebook page and Instagram account (<b>@ExampleSchoolBelfast</b>) carry news, sports results and any weather closures. They are run by the office, are not monitored for messages, and don&rsquo;t follow pupils or parents back.</p>
<p>Kind regards,<br>Pauline Magee<br>Office Manager</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""
msg("how_to_contact_the_school", "clean", "hard",
    "HTML-only (base64): school's own phone, postcode, role mailboxes and official school social account",
    OFFICE, PARENTS, "How to contact the school – 2025/26", "2025-09-08 10:30:05",
    HT(CONTACT_HTML, cte="base64"), client="plain")

# ---- 071
msg("library_overdue", "clean", "everyday", "librarian chases overdue books",
    LIBRARY, [pupil("22hcampbell")], "Overdue library books", "2026-03-10 10:20:16", P("""\
Hi Hannah,

Just a reminder that you have two library books that were due back on 24 February: Milkman by Anna Burns and the CCEA GCSE Biology revision guide. Could you drop them into the library this week? If you're still using the revision guide, bring it in and I'll renew it for you.

Thanks,
Mrs Welsh
School Library
""", cte="7bit"), client="plain")

# ---- 072
msg("christmas_concert_tickets", "clean", "hard",
    "concert letter full of times, dates, prices and a payment code (numbers that are not phones)",
    BEATTIE, PARENTS, "Christmas Concert – Wednesday 10 December", "2025-11-24 12:00:40", ALT("""\
Dear Parents and Carers,

Our Christmas Concert is on Wednesday 10 December at 7.00pm in the Assembly Hall (doors open at 6.30pm). This year's programme includes the junior choir, the senior choir, the trad group, the Ulster-Scots fiddle ensemble and the jazz band, and we should finish at about 8.45pm.

Tickets
Adults £6, under-18s and concessions £4, family ticket (2 adults + 2 children) £16
On sale on ParentPay from Monday 1 December (item code XMAS25-0412), or at the door if any are left.

Performers
Please arrive by 6.00pm in full uniform, and collect your child from the music corridor at the end, not from the hall.

There will be a raffle on the night (5 tickets for £2) and mulled-apple juice and mince pies at the interval. All proceeds go to the music department and the local homeless charity we support every year.

We hope to see you there!

Gillian Beattie
Music Department
Example School · 01632 960000
"""))

# ---- 073
msg("homework_club_reply", "clean", "everyday", "homework club coordinator replies to a carer (quoted)",
    MCKEOWN, [SAM], "Re: Homework club", "2025-10-16 09:05:31", ALT("""\
Hi Sam,

Yes, of course – he'd be very welcome. Homework club runs Monday to Thursday, 3.20–4.30pm in the library, and there are always two teachers there to help. He just needs to sign in at the desk when he arrives. There's toast and juice at the start, which is usually the main attraction!

If he's going to be getting a later bus on those days, could you let the office know so they can update his transport arrangements?

Best wishes,
Clare McKeown
English / Homework Club Coordinator

On Wed, 15 Oct 2025 at 19:55, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Miss McKeown,
> Could Example Pupil Two join the homework club after school? I'm not home until
> after 5 most days and he gets more done when there's someone to ask.
> Thanks, Sam
"""), client="gmail", in_reply_to="plain")

# ---- 074
msg("gaa_awards_night_venue", "clean", "hard",
    "awards night: hotel venue address with postcode, times and ticket prices",
    DEVLIN, [JANE, ALI, pupil("23aoneill"), pupil("24tcassidy")],
    "GAA awards night – Friday 13 March", "2026-03-02 15:00:27", P("""\
Hi all,

Our GAA awards night is on Friday 13 March, 7.00pm for 7.30pm, finishing by 9.30pm.

Venue: The Riverside Suite, 22 Lagan Wharf Road, Belfast BT7 3GL. There's parking on site, or it's about ten minutes' walk from Lanyon Place station.

Tickets are £12 for adults and £6 for pupils, including a hot buffet. Please pay on ParentPay by Friday 6 March so I can give the venue final numbers. Smart casual - no GAA jerseys for once!

Our guest speaker is former county footballer Declan Rooney, who'll present the awards for the U14, U16 and senior football, camogie and hurling teams.

Any questions, email me or the PE office (pe@example-school.org.uk).

Ciarán Devlin
PE Department / GAA
"""), client="plain")

# ---- 075
msg("christmas_jumper_day", "clean", "everyday", "non-uniform Christmas jumper day notice to parents",
    BREEN, PARENTS, "Christmas jumper day – Friday 19 December", "2025-12-08 12:30:30", ALT("""\
Dear Parents and Carers,

The School Council has organised a Christmas jumper day for Friday 19 December, the last day of term. Pupils may wear a Christmas jumper with school trousers or skirt, for a donation of £2 to the children's hospice the council has chosen this year.

Please no full fancy dress, and sensible shoes as normal. School finishes at 12.30pm that day.

Thank you for your support,

Mrs O Breen
Pupil Voice Coordinator
Example School
"""))

# ---- 076
msg("out_of_office_school_phone", "clean", "hard",
    "auto-reply to a parent giving the school out-of-hours mobile (stated as school-owned) and the office line",
    PATTERSON, [JANE], "Automatic reply: Sleeping bag for Friday", "2025-10-03 09:12:44", P("""\
Thank you for your email. I am on a Duke of Edinburgh expedition with pupils on Friday 3 and Saturday 4 October and will not be reading email until Monday 6 October.

For anything urgent to do with the expedition, please use the school's out-of-hours phone, 07700 900064 (a school mobile carried by the senior leader on duty). For anything else, please contact the school office on 01632 960000 or office@example-school.org.uk.

Mr R Patterson
Geography / DofE Manager
""", cte="7bit"), client="outlook",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# ---- 077
msg("history_dept_meeting_agenda", "clean", "everyday", "head of department circulates a meeting agenda to colleagues",
    MCALEESE, [LAVERY, FERRIS, KEARNEY], "History dept meeting Wednesday – agenda", "2026-01-19 16:20:48", P("""\
Hi all,

Agenda for Wednesday, 3.30 in H1. Should be done by 4.30.

1. GCSE controlled assessment - internal moderation before the CCEA deadline. Bring three scripts each from across the mark range.
2. Year 10 Dublin trip - numbers, payments, risk assessment (Lesley)
3. Troubles unit - sensitive topics guidance. A couple of parents have asked which murals and images we use in Year 10; I'd like us to agree a short note we can send out.
4. Oral history project with Glenview - interview dates and consent forms
5. AOB

Traybakes provided, as ever.

Róisín
"""), client="outlook")

# ---- 078
msg("camogie_club_contact_third_party", "clean", "hard",
    "teacher points parents to a local club's juvenile secretary (third party's mobile and email), not school",
    CARVILLE, [JANE, SAM, pupil("23aoneill")], "Camogie club registration – not through school",
    "2025-09-15 13:30:19", P("""\
Hi all,

A few parents have asked whether school camogie registration covers the club season. It doesn't: school teams are registered with Ulster Colleges through us, but club membership is completely separate.

If your daughter would like to play club camogie as well, Rosehill Camogie Club is the nearest and is very welcoming to beginners. Their juvenile secretary, Bernie Hannaway, is the person to contact - 07700 900733 or juveniles@rosehill-camogie.example.org. Please get in touch with her directly rather than through school.

School training stays the same: Tuesdays 3.30-5.00 on the back pitch.

Miss Carville
PE / Camogie
"""), client="apple")

# ---- 079
msg("ucas_personal_id", "clean", "hard",
    "UCAS personal ID in xxx-xxx-xxxx form and timestamps given to a pupil (phone-like but not a phone)",
    DOHERTY, [pupil("19pkeenan")], "Your UCAS application has gone", "2026-01-13 11:00:38", P("""\
Hi Patrick,

Your reference is done and your application went to UCAS this morning, well ahead of tomorrow's deadline. Well done.

For your records:
Personal ID: 172-418-3306
Sent: 13 January 2026, 10:48

You'll need the Personal ID if you ever ring UCAS or sign in to the Hub from a new device, so keep it somewhere safe. Offers from your five choices (Queen's, Ulster, Glasgow, Strathclyde and Edinburgh Napier) can come any time up to May. Let me know when you hear anything.

Mr Doherty
Head of Sixth Form
""", cte="7bit"), client="plain")


# ---- 080
def pdf_mocks():
    return attach("application/pdf", "Mock timetable January 2026.pdf", make_pdf([
        "Example School - Mock examinations, January 2026 (Years 12 and 14)",
        "",
        "Mon 5 Jan   9.15  Y12 English Language P1      Sports hall    1h45",
        "Mon 5 Jan   13.30 Y14 Biology A2 1             Assembly hall  2h00",
        "Tue 6 Jan   9.15  Y12 Mathematics M4           Sports hall    1h45",
        "Wed 7 Jan   9.15  Y12 History Paper 1          Sports hall    1h45",
        "Wed 7 Jan   13.30 Y14 History A2 1             Assembly hall  1h30",
        "Thu 8 Jan   9.15  Y12 Science Unit 1           Sports hall    1h00",
        "Fri 9 Jan   9.15  Y12 Irish / French Reading   Sports hall    1h00",
        "",
        "Invigilation rota: see staff shared drive > Exams > Mocks 2026",
    ]))


msg("mock_timetable_invigilation", "clean", "everyday", "exams officer sends staff the mock timetable (PDF)",
    EXAMS, [ALLSTAFF], "Year 12 & 14 mock exams – timetable and invigilation", "2025-12-01 08:30:49",
    MIXED(ALT("""\
Dear colleagues,

The timetable for the January mocks (Monday 5 – Friday 16 January) is attached. The invigilation rota is on the shared drive under Exams > Mocks 2026. Please check your duties this week and let me know by Friday about any clashes.

A few reminders:
- Seating plans will be on the hall doors by 8.40am each morning.
- Candidates may not bring phones or smartwatches into the hall, even switched off. Spare clear pencil cases are in the exams office.
- If a candidate is taken ill, please send for a first aider through the office rather than leaving the hall.

Thank you, as ever, for your help.

Janet Rea
Examinations Officer
"""), [pdf_mocks]))


# ==================================================================== output
README = """\
# Round 36 hold-out corpus: personal-address-to-parent

**Blind: never use these messages for tuning.** They were written without looking at mailguard's
code, rules, tests or documentation, so they can measure how the filter does on mail nobody fitted
it to. If a rule is changed because of one of these files, the corpus stops being a hold-out.

## What it is

80 complete RFC 5322 messages (`NNN_<flag|clean>_<slug>.eml`) sent by staff of "Example School",
set this round in an integrated (mixed Catholic and Protestant) secondary school in Belfast:
CCEA GCSEs and A levels, Years 8-14, GAA, camogie and rugby, Shared Education with a partner
school, a History department teaching the Troubles, Irish-language and Ulster-Scots activities,
and Northern Ireland (028 9649 6xxx) phone numbers. `labels.csv` gives the expected verdict.

The policy tested (school e-communications advice): staff must never use a personal device or
personal e-mail to communicate with pupils or parents, must not give pupils or parents their
personal phone number, home address or personal e-mail, and must not add them as friends on
social media.

- `flag`: mail to at least one parent or pupil in which the sender gives out their OWN personal
  contact details or invites them to a private channel.
- `clean`: everything else, including 30 hard negatives that a naive filter might flag.

Labels follow the policy's intent as a school's designated teacher for child protection would
judge it. Judgement calls are marked `[unsure]` in the note column.

## Counts

| expected | kind                | count |
|----------|---------------------|------:|
| flag     | policy breach       | {nflag} |
| clean    | everyday school mail | {neveryday} |
| clean    | hard negative       | {nhard} |
| **all**  |                     | **{nall}** |

## How it was made / regenerating

`../make_round36_personal.py` (Python 3.11, standard library only) builds every message as raw
MIME text with fixed dates, Message-IDs and boundaries, so running it again gives byte-identical
files:

    python3 tests/holdout/round36/make_round36_personal.py

It rewrites the `.eml` files, `labels.csv` and this README in this directory. Formats vary on
purpose: text/plain only, multipart/alternative (Outlook- and Gmail-style HTML), HTML-only,
multipart/mixed with PDF, vCard and iCalendar attachments, 7bit, 8bit, quoted-printable and
base64 bodies, RFC 2047 encoded subjects and display names, Outlook "From/Sent/To/Subject"
quote blocks, Gmail "On ... wrote:" quotes, a forward and an auto-reply.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space
separated; sender = the staff From address).

## Kinds of case

Flags (sender's own details to a parent or pupil):
- personal mobile in many shapes: hyphenated, `+44`, `0044` in a base64 body, no spaces,
  `&nbsp;`-separated in an HTML-only signature, split by a quoted-printable soft line break,
  wrapped across a plain-text line, in brackets inside an .ics description
- home landline (028 9649 ...) offered for evening calls
- personal e-mail in the body (gmail, sky.com family address), in Cc (iCloud), in Reply-To
  (outlook.com), in a vCard attachment (hotmail)
- home address with postcode (drop costumes at mine), without postcode (.ics LOCATION), in a vCard
- private channels: WhatsApp group via own number, Snapchat, Instagram follow-back and DMs,
  Discord server, Signal, Facebook friend request, TikTok follow (marked [unsure])

Hard negatives (clean):
- school's own number, postcode and role mailboxes; official school social account
- school-owned trip / out-of-hours mobiles stated as such (letters and an auto-reply)
- parent's own details read back or quoted (Outlook and Gmail quotes)
- third parties given for a reason: coach depot, partner school, outdoor centre, host family in
  Edinburgh (0131 496), work-experience employer, Irish college (forwarded), family support hub
  and freephone helpline, local club's juvenile secretary, colleague's official direct line
- numbers that are not phones: candidate numbers, UCI, centre number, ISBN, sort code and account
  number, payment references, Teams meeting ID and dial-in, UCAS Personal ID (xxx-xxx-xxxx),
  history dates, prices and times, venue postcodes
- staff-only mail containing personal details (HR change of address, staff night out, trip staff
  WhatsApp list)
- e-safety letter and LLW homework naming apps without inviting anyone
- staff refusing to give a personal number, WhatsApp or home address
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        name, data = render(i, m)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        recips = " ".join(a[1] for a in m["to"] + m["cc"])
        kind = {"flag": "", "everyday": "everyday: ", "hard": "hard negative: "}[m["kind"]]
        rows.append([name, m["label"], m["frm"][1], recips, kind + m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = dict(nflag=sum(m["label"] == "flag" for m in MESSAGES),
                  neveryday=sum(m["kind"] == "everyday" for m in MESSAGES),
                  nhard=sum(m["kind"] == "hard" for m in MESSAGES), nall=len(MESSAGES))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(**counts))
    print(f"wrote {len(MESSAGES)} messages to {OUT}: {counts}")


if __name__ == "__main__":
    main()
