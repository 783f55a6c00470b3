#!/usr/bin/env python3
"""Round 50 blind held-out corpus: personal-address-to-parent.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library
only; fully deterministic (fixed dates, Message-IDs and MIME boundaries), so two
runs give byte-identical output.

Setting: an 11-16 school in Blackpool with high pupil mobility (holiday flats,
B&Bs, HMOs, seasonal work on the Pleasure Beach and the piers, mid-year
arrivals and leavers, home visits by the attendance team).

BLIND: written without reading the filter's code, rules, tests or docs.
Never use it for tuning.
"""

import base64
import csv
import datetime as dt
import hashlib
import html
import os
import quopri
import re
import sys
import textwrap
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

STAFF = {}


def staff(key, name, local, sig):
    STAFF[key] = (name, f"{local}@{SCHOOL}", sig.strip("\n"))


staff("whitworth", "Dawn Whitworth", "d.whitworth",
      "Dawn Whitworth\nAttendance Officer\nExample School, Park Row, LS1 4AP\n"
      "Attendance line: 01632 960000 (option 1)")
staff("walmsley", "Attendance Team", "attendance",
      "Kieran Walmsley\nAttendance and Welfare Officer\n"
      "Example School | Park Row | LS1 4AP | 01632 960000")
staff("fairclough", "Lee Fairclough", "l.fairclough",
      "Lee Fairclough\nHead of Year 9\nExample School | Park Row | LS1 4AP\nSchool: 01632 960000")
staff("mistry", "Priya Mistry", "p.mistry", "Ms P Mistry\nTeacher of English\nExample School")
staff("nowak", "Tomasz Nowak", "t.nowak",
      "Tomasz Nowak\nNew Arrivals and EAL Coordinator\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("office", "Example School Office", "office",
      "Karen Ashworth\nOffice Manager\nExample School, Park Row, LS1 4AP\n"
      "01632 960000 | office@example-school.org.uk")
staff("ashworth", "Karen Ashworth", "k.ashworth", "Karen")
staff("pilling", "Gareth Pilling", "g.pilling", "Mr G Pilling\nTeacher of PE")
staff("cartmell", "Lauren Cartmell", "l.cartmell", "Miss L Cartmell\nTeacher of PE\nExample School")
staff("entwistle", "Chloe Entwistle", "c.entwistle", "Miss C Entwistle\nTeacher of Maths | 7CE Tutor")
staff("raman", "Dev Raman", "d.raman",
      "Dev Raman\nAssistant Headteacher (Pastoral) | Designated Safeguarding Lead\n"
      "Example School, Park Row, LS1 4AP | 01632 960000")
staff("dsl", "Dev Raman (DSL)", "dsl",
      "Dev Raman\nAssistant Headteacher and Designated Safeguarding Lead\n"
      "Example School, Park Row, LS1 4AP | 01632 960000")
staff("quayle", "Bernadette Quayle", "b.quayle",
      "Bernadette Quayle\nSENCo\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("baines", "Jordan Baines", "j.baines", "Jordan Baines\nLearning Mentor\nExample School, Park Row, LS1 4AP")
staff("mcateer", "Siobhán McAteer", "s.mcateer", "Siobhán McAteer\nHead of Science\nExample School")
staff("holt", "Ricky Holt", "r.holt",
      "Ricky Holt\nCareers Lead\nExample School | Park Row | LS1 4AP | 01632 960000")
staff("exams", "Exams Office", "exams",
      "Mrs J Swarbrick\nExams Officer\nExample School | Park Row | LS1 4AP | 01632 960000")
staff("cookson", "Hannah Cookson", "h.cookson", "Miss H Cookson\nHead of Performing Arts")
staff("adeyemi", "Femi Adeyemi", "f.adeyemi",
      "Mr F Adeyemi\nHead of Year 8\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("pye", "Lorraine Pye", "l.pye", "Lorraine Pye\nSchool Business Manager\nExample School")
staff("kinsella", "Aaron Kinsella", "a.kinsella",
      "Mr A Kinsella\nComputing and Online Safety Lead\nExample School, Park Row, LS1 4AP")
staff("marsden", "Shelley Marsden", "s.marsden",
      "Shelley Marsden\nFamily Liaison Officer\nExample School, Park Row, LS1 4AP\nTel: 01632 960000")
staff("rawcliffe", "Neil Rawcliffe", "n.rawcliffe",
      "Neil Rawcliffe\nHeadteacher\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("thornber", "Amy Thornber", "a.thornber", "Amy Thornber\nTeaching Assistant")
staff("greenhalgh", "Callum Greenhalgh", "c.greenhalgh",
      "Mr C Greenhalgh\nTeacher of Geography\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("leach", "Yvonne Leach", "y.leach", "Yvonne Leach\nWelfare Officer\nExample School | 01632 960000")
staff("butterworth", "Stuart Butterworth", "s.butterworth",
      "Stuart Butterworth\nHead of Year 10\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("rossall", "Gemma Rossall", "g.rossall", "Miss G Rossall\n9GR Tutor | Teacher of Art")
staff("singleton", "Mark Singleton", "m.singleton", "Mr M Singleton\nHead of Year 11")
staff("fishwick", "Natalie Fishwick", "n.fishwick", "Natalie Fishwick\nHead of Year 7 and Transition")
staff("goodier", "Rachel Goodier", "r.goodier",
      "Ms R Goodier\nTeacher of Biology\nExample School, Park Row, LS1 4AP\n01632 960000")
staff("hartley", "Daniel Hartley", "d.hartley", "Daniel Hartley\n8DH Tutor | Teacher of History\nExample School")
staff("finance", "Example School Finance", "finance",
      "Finance Office\nExample School, Park Row, LS1 4AP | 01632 960000")
staff("reception", "Donna Crook", "reception",
      "Donna Crook\nReception\nExample School, Park Row, LS1 4AP\n01632 960000")

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(name, user):
    return (name, f"{user}@{PUPILS}")


def colleague(key):
    n, a, _ = STAFF[key]
    return (n, a)


def school(local, name=""):
    return (name, f"{local}@{SCHOOL}")


# ---------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------

def H(key):
    return hashlib.sha256(key.encode()).hexdigest()


def body(s):
    """Strip the leading newline of a triple-quoted block; fill in {SIG:key}."""
    s = s.lstrip("\n").rstrip() + "\n"
    return re.sub(r"\{SIG:(\w+)\}", lambda m: STAFF[m.group(1)][2], s)


def curly(s):
    return re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", "\u2019", s)


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def fold_list(field, items):
    out = f"{field}: "
    line = out
    parts = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > 78 and line.strip() != f"{field}:":
            parts.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    parts.append(line.rstrip())
    return "\n".join(parts)


def enc_header(field, value):
    if value.isascii():
        if len(field) + 2 + len(value) <= 78:
            return f"{field}: {value}"
        words = value.split(" ")
        lines, cur = [], f"{field}:"
        for w in words:
            if len(cur) + 1 + len(w) > 76 and cur != f"{field}:":
                lines.append(cur)
                cur = " " + w
            else:
                cur += " " + w
        lines.append(cur)
        return "\n".join(lines)
    return f"{field}: " + Header(value, "utf-8", header_name=field).encode(linesep="\n")


def date_hdr(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    bst = dt.datetime(2025, 3, 30, 1) <= d < dt.datetime(2025, 10, 26, 1)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    d = d.replace(tzinfo=tz)
    return d.strftime("%a, %d %b %Y %H:%M:%S %z"), d


def protect_wrap(line, width, flowed):
    if len(line) <= width or line.startswith(">"):
        return [line]
    lead = re.match(r"\s*(?:[-*\u2022]\s+)?", line).group(0)
    prot = re.sub(r"(?<=\w) (?=\d)", "\x00", line)
    parts = textwrap.wrap(prot, width=width, break_long_words=False, break_on_hyphens=False,
                          subsequent_indent=" " * len(lead) if lead.strip() else "")
    parts = [p.replace("\x00", " ") for p in parts]
    if flowed:
        parts = [p + " " for p in parts[:-1]] + [parts[-1]]
    return parts


def wrap_text(text, width=76, flowed=False):
    out = []
    for line in text.split("\n"):
        out.extend(protect_wrap(line, width, flowed))
    return "\n".join(out)


def encode_body(text_bytes_or_str, cte, charset="utf-8"):
    if isinstance(text_bytes_or_str, str):
        raw = text_bytes_or_str.encode(charset)
    else:
        raw = text_bytes_or_str
    if cte == "7bit":
        assert raw.isascii(), raw[:200]
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


LINK = re.compile(r"(https?://[^\s<]+)")


def html_from_text(text, style):
    """Turn the plain body into the HTML an Outlook or Gmail client would send."""
    lines = text.rstrip("\n").split("\n")
    blocks = []  # ("p", [lines]) or ("q", [lines]) or ("blank",)
    for ln in lines:
        if ln.startswith(">"):
            q = ln[1:].lstrip(" ") if not ln.startswith("> ") else ln[2:]
            if blocks and blocks[-1][0] == "q":
                blocks[-1][1].append(q)
            else:
                blocks.append(("q", [q]))
        elif ln.strip() == "":
            blocks.append(("blank",))
        else:
            blocks.append(("l", ln))

    def esc(s):
        s = html.escape(s, quote=False)
        return LINK.sub(r'<a href="\1">\1</a>', s)

    out = []
    if style == "outlook":
        out.append('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                   'xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:w="urn:schemas-microsoft-com:office:word" '
                   'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                   'xmlns="http://www.w3.org/TR/REC-html40">')
        out.append('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
        out.append('<meta name="Generator" content="Microsoft Word 15 (filtered medium)">')
        out.append('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                   'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                   '\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\t'
                   'mso-fareast-language:EN-US;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n'
                   '\tcolor:#467886;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t'
                   '{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\t'
                   'margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                   '--></style>\n</head>')
        out.append('<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">')
        out.append('<div class="WordSection1">')
        for b in blocks:
            if b[0] == "blank":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif b[0] == "l":
                out.append(f'<p class="MsoNormal">{esc(b[1])}<o:p></o:p></p>')
            else:
                out.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">')
                for q in b[1]:
                    out.append(f'<p class="MsoNormal">{esc(q) if q else "&nbsp;"}<o:p></o:p></p>')
                out.append("</div>")
        out.append("</div>\n</body>\n</html>")
    else:  # gmail
        out.append('<div dir="ltr">')
        for b in blocks:
            if b[0] == "blank":
                out.append("<div><br></div>")
            elif b[0] == "l":
                out.append(f"<div>{esc(b[1])}</div>")
            else:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                out.append("<br>\n".join(esc(q) for q in b[1]))
                out.append("</blockquote>")
        out.append("</div>")
    return "\n".join(out) + "\n"


def leaf(ctype, payload, cte, charset="utf-8", params="", disposition=None, extra=()):
    hdrs = []
    ct = f"Content-Type: {ctype}"
    if charset:
        ct += f'; charset="{charset}"'
    if params:
        ct += params
    hdrs.append(ct)
    if disposition:
        hdrs.append(disposition)
    hdrs.extend(extra)
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    return ("leaf", hdrs, encode_body(payload, cte, charset or "utf-8"))


def multi(subtype, boundary, parts):
    return ("multi", subtype, boundary, parts)


def render(node, top_headers=None):
    top_headers = top_headers or []
    if node[0] == "leaf":
        _, hdrs, payload = node
        return "\n".join(top_headers + hdrs) + "\n\n" + payload.rstrip("\n") + "\n"
    _, subtype, boundary, parts = node
    s = "\n".join(top_headers + [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']) + "\n\n"
    if top_headers:
        s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        s += f"--{boundary}\n" + render(p) + "\n"
    s += f"--{boundary}--\n"
    return s


def make_pdf(title, lines):
    """A small but valid one-page PDF holding the given lines of text."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 11 Tf\n56 780 Td\n15 TL\n"
    for ln in lines:
        content += f"({esc(ln)}) Tj T*\n"
    content += "ET"
    cbytes = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (Microsoft Word for Microsoft 365) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return out


def crlf(s):
    return s.strip("\n").replace("\n", "\r\n") + "\r\n"


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


def message_id(m):
    h = H("r50p-" + m["slug"])
    client = m.get("client", "outlook")
    if client == "outlook" or client == "outlook_mobile":
        srv = "DB9PR0" + str(int(h[0], 16) % 8) + "MB" + str(1000 + int(h[1:4], 16) % 9000)
        return f"<{srv}{h[4:36].upper()}@{srv}.eurprd0{int(h[0], 16) % 8}.prod.outlook.com>"
    if client == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_").replace("+", "-")
        return f"<CA+{b}@mail.gmail.com>"
    if client == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{SCHOOL}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{SCHOOL}>"


def boundary(m, n=0):
    h = H(f"r50p-b{n}-" + m["slug"])
    client = m.get("client", "outlook")
    if client in ("outlook", "outlook_mobile"):
        return f"_00{n}_DB9PR05MB{h[:4].upper()}{h[4:20].upper()}_"
    if client == "gmail":
        return "0000000000" + h[:16]
    if client == "apple":
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:28].upper()
    return "------------" + h[:24]


def build(m):
    client = m.get("client", "outlook")
    frm = STAFF[m["frm"]]
    text = body(m["body"])
    if m.get("curly"):
        text = curly(text)
    fmt = m.get("fmt", "plain")
    cte = m.get("cte", "quoted-printable" if client.startswith("outlook") else "7bit")
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    flowed = client == "thunderbird"
    if m.get("wrap", cte in ("7bit", "8bit") and client not in ("outlook", "outlook_mobile")):
        text = wrap_text(text, 76 if not flowed else 72, flowed)
    params = "; format=flowed" if flowed and fmt == "plain" else ""
    style = "gmail" if client in ("gmail", "apple") else "outlook"

    if fmt == "plain":
        node = leaf("text/plain", text, cte, params=params)
    elif fmt == "html":
        htm = m["html"]
        node = leaf("text/html", htm, m.get("html_cte", cte))
    else:  # alternative
        htm = m.get("html") or html_from_text(text, style)
        for old, new in m.get("html_sub", []):
            assert old in htm, (m["slug"], old)
            htm = htm.replace(old, new)
        node = multi("alternative", boundary(m, 1), [
            leaf("text/plain", text, cte),
            leaf("text/html", htm, m.get("html_cte", cte if cte != "7bit" else "quoted-printable")),
        ])

    atts = m.get("attachments", [])
    if atts:
        parts = [node]
        for a in atts:
            fname, ctype, data = a[0], a[1], a[2]
            params_a = a[3] if len(a) > 3 else ""
            charset = "utf-8" if ctype.startswith("text/") else None
            if ctype == "text/calendar":
                parts.append(leaf(ctype, data, "base64", charset=charset,
                                  params=params_a + f'; name="{fname}"',
                                  disposition=f'Content-Disposition: attachment; filename="{fname}"'))
            else:
                parts.append(leaf(ctype, data, "base64", charset=charset, params=f'; name="{fname}"',
                                  disposition=f'Content-Disposition: attachment; filename="{fname}"'))
        node = multi("mixed", boundary(m, 2), parts)

    date_s, _ = date_hdr(m["date"])
    hdrs = [f"From: {fmt_addr((frm[0], frm[1]))}"]
    hdrs.append(fold_list("To", [fmt_addr(a) for a in m["to"]]))
    if m.get("cc"):
        hdrs.append(fold_list("Cc", [fmt_addr(a) for a in m["cc"]]))
    if m.get("reply_to"):
        hdrs.append(f"Reply-To: {fmt_addr(m['reply_to'])}")
    hdrs.append(enc_header("Subject", m["subject"]))
    if client.startswith("outlook"):
        topic = re.sub(r"^(?:(?:RE|Re|FW|Fwd|FW):\s*)+", "", m["subject"])
        hdrs.append(enc_header("Thread-Topic", topic))
        ti = base64.b64encode(bytes.fromhex(H("ti" + m["slug"])[:44])).decode()
        hdrs.append(f"Thread-Index: {ti}")
    hdrs.append(f"Date: {date_s}")
    hdrs.append(f"Message-ID: {message_id(m)}")
    if m.get("in_reply_to"):
        irt = m["in_reply_to"]
        hdrs.append(f"In-Reply-To: {irt}")
        hdrs.append(f"References: {irt}")
    if client.startswith("outlook"):
        hdrs.append("Accept-Language: en-GB, en-US")
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
        hdrs.append("X-MS-TNEF-Correlator:")
    elif client == "thunderbird":
        hdrs.append("User-Agent: Mozilla Thunderbird")
        hdrs.append("Content-Language: en-GB")
    elif client == "apple":
        hdrs.append("X-Mailer: iPhone Mail (22D72)")
    for eh in m.get("extra_headers", []):
        hdrs.append(eh)
    hdrs.append("MIME-Version: 1.0")
    raw = render(node, hdrs)
    return raw.encode("utf-8")


def recipients(m):
    out = []
    for a in m["to"] + m.get("cc", []):
        out.append(a if isinstance(a, str) else a[1])
    return out


# ---------------------------------------------------------------------------
# FLAG messages: staff giving parents/pupils their own personal contact details
# ---------------------------------------------------------------------------

M(slug="attendance_whatsapp_own_phone", label="flag", frm="whitworth", to=[JANE],
  note="attendance officer after a missed home visit asks parent to WhatsApp her own phone",
  subject="Mia - attendance this week", date="2025-03-11 16:52:07", client="outlook",
  cte="quoted-printable", fmt="alt", curly=True,
  body="""
Hi Jane,

I called round to the flat this morning at about half nine but there was no answer, so I've left one of our cards through the door. Mia has been off since Friday now and we haven't had a call, so I just wanted to check that she's OK.

I know you've started early shifts at the Pleasure Beach now the season's opened, and I know how hard it is to get through on the school line first thing when everybody is ringing in. To make it easier, just WhatsApp me on my own phone – 07700 900318 – and I'll pick it up even if I'm not in work that day. A quick message saying she's poorly and when you think she'll be back is all we need.

If she's back tomorrow, can you ask her to call in and see me at the attendance office before registration? It's nothing to worry about, I just want to make sure she's caught up and that she's got her bus pass sorted for the new address.

Thanks,
Dawn

{SIG:whitworth}
""")

M(slug="hoy_signature_mobile", label="flag", frm="fairclough", to=[SAM],
  note="Head of Year's Outlook signature carries his own mobile (+44, &nbsp; in HTML) and body invites evening calls",
  subject="Tyler - first couple of weeks", date="2025-02-06 15:41:33", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  html_sub=[("Mobile: +44 7700 900 562", "Mobile:&nbsp;+44&nbsp;7700&nbsp;900&nbsp;562")],
  body="""
Dear Sam,

Just a quick update on how Tyler has been getting on since he joined us from Preston. His tutor, Miss Rossall, says he's settled well into 9GR and he's already found his feet with a few of the lads in his form. He's been a bit quiet in lessons, which is completely understandable when everything is new – new school, new flat and new faces all in one go.

There were a couple of behaviour points in Science on Tuesday for not having equipment. I've given him a pencil case and a calculator from the Year Office so that shouldn't happen again, and I haven't taken it any further.

If you'd like to come in for a chat once he's been here a bit longer, just let me know and we'll find a time that fits round your work. If anything crops up in the evening, feel free to ring me on my mobile below rather than waiting for the office to open.

Kind regards,

Lee Fairclough
Head of Year 9
Example School | Park Row | LS1 4AP
School: 01632 960000
Mobile: +44 7700 900 562
""")

M(slug="flo_photos_to_own_gmail", label="flag", frm="marsden", to=[ALI],
  note="family liaison officer asks parent to send proof-of-address photos to her own gmail",
  subject="Free school meals form", date="2025-01-15 12:18:44", client="gmail", cte="8bit", curly=True,
  body="""
Hi Ali,

Thanks for popping in yesterday. I've started the free school meals application for Kian but the council need proof of address for the new place and a copy of your Universal Credit award letter.

Easiest thing is to take photos of both on your phone. Our school email blocks a lot of phone pictures for some reason (they just bounce back), so send them to my own email instead - shelleymarsden.fylde@gmail.com - and I'll print them off and send it all in on Friday.

Don't worry if the tenancy agreement is still in the landlord's name, a letter from council tax with your name and the new address on is fine too.

Shelley

{SIG:marsden}
""")

M(slug="reply_to_home_hotmail_pupil", label="flag", frm="mistry", to=[pupil("Leah McGuire", "21lmcguire")],
  reply_to=("Priya Mistry", "priya.m.reads@hotmail.co.uk"),
  note="teacher to pupil with Reply-To set to her personal hotmail; body invites replies 'at home'",
  subject="Your Inspector Calls essay", date="2025-04-03 19:06:12", client="gmail", fmt="alt", cte="7bit",
  body="""
Hi Leah,

I've finished marking your Inspector Calls essay and it's a really strong piece. Your paragraph on Sheila and the "fire and blood and anguish" speech is the best I've read from the whole group. To push it up to a 7 you need to bring in more about Priestley's purpose and the 1945 audience, not just 1912.

I've put my comments on the document in Teams. Try redrafting the conclusion over the holidays if you can - even half a page would help.

I won't be logging into school email over Easter, but if you get stuck just hit reply to this and it'll come straight through to me at home.

Have a good break,
Ms Mistry
""")

M(slug="cc_own_icloud_weekend", label="flag", frm="butterworth", to=[ALI],
  cc=[("Stuart Butterworth", "stu.butterworth@icloud.com")],
  note="Head of Year copies his personal iCloud address into a mail to a parent and asks for replies there",
  subject="Kian - geography fieldwork write-up due Monday", date="2025-05-16 15:27:50",
  client="outlook", fmt="alt", cte="quoted-printable", curly=True,
  body="""
Hi Mr Guardian,

Kian's geography fieldwork write-up (the coastal study from Fleetwood) has to be handed in by 3pm on Monday so that Mr Greenhalgh can moderate it with the rest of the group. At the moment we've only got the first two sections.

Kian told me today he's been struggling to do it at home because there's no wifi at the new flat yet. The central library in town is open on Saturday from 9 till 4 and he can log into Teams on their computers, or he's welcome to come into the Year 10 office at 8am on Monday and use my laptop.

I've copied in my home email so that I see your reply over the weekend – I don't get school mail on my phone. If there's any problem with him getting it finished, just let me know on there.

Thanks,

{SIG:butterworth}
""")

M(slug="drop_portfolio_round_mine", label="flag", frm="cookson", to=[pupil("Ellie Jackson", "20ejackson")],
  note="drama teacher gives Year 11 pupil her home address (no postcode) to drop coursework off",
  subject="Drama portfolio - don't panic!", date="2025-05-07 21:14:03", client="apple",
  cte="quoted-printable", curly=True,
  body="""
Ellie,

Got your message. Don't panic about the portfolio – the exam board deadline is the 15th, not this Friday, so you've got more time than you think.

If you can't get into school because of your shifts on the pier, drop it round to mine at the weekend – 9 Kestrel Close in Bispham, the house with the blue door and the camper van outside. Just put it through the letterbox if nobody answers and I'll scan it all in on Monday morning.

Make sure the evaluation section has your candidate number on every page.

Miss Cookson

Sent from my iPhone
""")

M(slug="pe_add_me_on_snap", label="flag", frm="pilling", to=[pupil("Dominik Kaminski", "22dkaminski")],
  note="PE teacher tells Year 9 pupil to add him on Snapchat for the team chat",
  subject="Cup game Thursday", date="2025-02-10 17:33:21", client="outlook_mobile", cte="quoted-printable",
  body="""
Dom - great effort on Saturday, best game you've had for us.

Cup quarter-final is Thursday, KO 4pm at home. Team sheet's on Teams. Add me on snap (gaz_pilling7) and I'll put you in the team chat so you know about lifts.

Mr P

Get Outlook for iOS
""")

M(slug="ta_facebook_friend_request", label="flag", frm="thornber", to=[SAM],
  note="teaching assistant has sent a parent a Facebook friend request so they can message",
  subject="Tyler's reading", date="2025-02-25 16:08:55", client="outlook", fmt="html", cte="quoted-printable",
  html=curly("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hi Sam,</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I'm the TA who takes Tyler's reading group on Mondays and Wednesdays. I just wanted to say how well he's doing &#8211; he's gone up two book bands since Christmas and he actually volunteered to read out loud today, which he would never have done when he first came.</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
It would really help if he could read for ten minutes a night at home. It doesn't have to be his school book &#8211; comics, the football pages in the Gazette, anything he likes.</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I've sent you a friend request on Facebook (Amy Thornber &#8211; my picture is me and my dog on the prom at Cleveleys) so it's easier for us to message each other about how he's getting on at home. Just accept it when you get a minute.</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Thanks,</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Amy</div>
<div id="Signature">
<p style="margin:0"><span style="font-size:10pt;color:#1F3864">Amy Thornber<br>Teaching Assistant<br>Example School</span></p>
</div>
</body>
</html>
"""), body="(html only)")

VCARD_BAINES = crlf("""
BEGIN:VCARD
VERSION:3.0
N:Baines;Jordan;;;
FN:Jordan Baines
ORG:Example School
TITLE:Learning Mentor
TEL;TYPE=CELL,VOICE:07700 900745
EMAIL;TYPE=INTERNET,HOME:jordanbaines91@yahoo.co.uk
REV:2025-03-03T09:12:00Z
END:VCARD
""")

M(slug="mentor_vcard_attached", label="flag", frm="baines", to=[JANE],
  note="learning mentor attaches a vCard holding his personal mobile and Yahoo address, body says text me",
  subject="Mia - mentoring sessions", date="2025-03-03 09:14:26", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  attachments=[("Jordan Baines.vcf", "text/vcard", VCARD_BAINES)],
  body="""
Hi Jane,

Lovely to meet you on Friday. As we agreed, I'll see Mia every Tuesday period 3 for the next six weeks. We'll be working on the friendship stuff that's been going on in the group chat and on getting her to lessons on time after break.

I've attached my contact card so you've got me saved in your phone. It's easier to text me on that than ring the office, as I'm hardly ever at my desk.

Speak soon,
Jordan

{SIG:baines}
""")

ICS_MCATEER = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000061a4d3f2e39edb01
DTSTAMP:20250327T163000Z
DTSTART;TZID=Europe/London:20250408T100000
DTEND;TZID=Europe/London:20250408T120000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4
SUMMARY:Chemistry catch-up - Kian
LOCATION:23 Dunlin Way\\, Thornton-Cleveleys FY5 4LT (my house)
DESCRIPTION:Bring exercise book\\, calculator and the revision guide. Text
  me on 07700 900276 if you are running late or can't make it.
ORGANIZER;CN=Siobhan McAteer:mailto:s.mcateer@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ali.guardian@btinternet.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

M(slug="science_home_tuition_invite", label="flag", frm="mcateer", to=[ALI],
  note="Head of Science sends calendar invite for tuition at her home; address and own mobile in the .ics",
  subject="Chemistry catch-up over Easter", date="2025-03-27 16:31:02", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  attachments=[("invite.ics", "text/calendar", ICS_MCATEER, "; method=REQUEST")],
  body="""
Dear Mr Guardian,

Following our phone call, I've sent through a calendar invite for Kian's chemistry catch-up sessions over the Easter holidays. With the two moves this year he's missed most of bonding and quantitative chemistry, and I'd hate for him to go into Year 11 with gaps that big.

We'll do Tuesday and Thursday mornings, 10 till 12, at mine – the address is on the invite. There's no charge, I'm happy to help. He'll just need his exercise book and a calculator, and I'll sort out some past paper questions for him to take away.

Best wishes,

{SIG:mcateer}
""")

M(slug="results_day_whatsapp_0044", label="flag", frm="greenhalgh", to=[pupil("Shannon Bradshaw", "20sbradshaw")],
  note="teacher gives Year 11 leaver his own number in 0044 format to WhatsApp on results day",
  subject="Well done - and results day", date="2025-06-20 13:02:45", client="gmail", fmt="alt", cte="8bit", curly=True,
  body="""
Hi Shannon,

Just wanted to say well done for sticking with it. I know this year has been really hard with everything at home and the move into the hostel, and you still turned up to every single geography exam. That takes a lot.

Results day is Thursday 21 August, from 9am in the main hall. I'm away in Portugal that week so I won't be there, which I'm gutted about. Message me and let me know how you got on! My number from abroad is 0044 7700 900481 - WhatsApp is best as I'll have no signal half the time.

All the best for college in September. You'll smash it.

Mr G
""")

M(slug="senco_weekend_number_tel_link", label="flag", frm="quayle", to=[SAM],
  note="SENCo gives carer her own mobile with no spaces (tel: link in HTML) and says it is her own phone",
  subject="EHCP paperwork - over the weekend", date="2025-03-28 15:55:19", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  html_sub=[("ring me on 07700900638.", 'ring me on <a href="tel:07700900638">07700900638</a>.')],
  body="""
Dear Sam,

Thank you for sending back the parent and carer views section. I've read it through and it's really helpful – especially the part about how Tyler copes with noise and with change, which we'll put straight into section B.

The local authority caseworker is going to ring you early next week to go through the draft plan. If anything worries you over the weekend, or you want to talk it through before she calls, ring me on 07700900638. That's my own phone, so please don't pass it on, but I'd rather you had it than worried all weekend.

Have a restful weekend,

{SIG:quayle}
""")

M(slug="bus_incident_mobile_line_break", label="flag", frm="adeyemi", to=[JANE],
  note="Head of Year gives parent his mobile, number split across a hard line break", wrap=False,
  subject="Mia and what happened on the bus", date="2025-04-02 16:44:38", client="thunderbird", cte="7bit",
  body="""
Dear Ms Parent,

Thank you for ringing this morning about what happened on the number 11
bus on Monday. I have spoken to Mia and to the two Year 9 girls
involved, and I've passed everything on to Mr Raman, who will be in
touch with you separately.

Mia was upset but she has been very sensible about it. She has agreed
to come to the Year 8 office at the end of the day for the rest of this
week, and one of us will walk her down to the stop on Central Drive.

If anything else happens on the way home over the next few days,
please don't wait until the morning - text me on my mobile, 07700
900433, and I'll deal with it first thing. I'd much rather know
straight away.

Kind regards,

{SIG:adeyemi}
""")

M(slug="new_arrival_signal_polish_base64", label="flag", frm="nowak",
  to=[pupil("Alicja Wiśniewska", "23awisniewska")],
  note="EAL coordinator gives new Polish pupil his private number for her mum, brackets/dots, Signal; base64 body",
  subject="Witaj w szkole! Twój plan lekcji / your timetable", date="2025-01-13 15:48:10",
  client="outlook", cte="base64",
  body="""
Cześć Alicja,

Welcome to Example School! I hope your first day was OK and that the lunch queue was not too scary.

Here is your timetable again in case you lose the paper one. You are in form 8DH with Mr Hartley, and your buddy is Natalia, who also speaks Polish. Tomorrow period 1 is Maths in room M4, then English with Ms Mistry in E2.

Twoja mama może do mnie dzwonić albo pisać na Signalu: (07700) 900.154. To mój prywatny numer, ale to nie problem – wiem, że trudno się dodzwonić do szkoły rano. (Your mum can call or message me on Signal on that number. It is my private number but that's OK, I know it is hard to get through to school in the morning.)

If you need anything tomorrow, come to the New Arrivals Hub next to the library.

Do zobaczenia jutro!
Pan Nowak

{SIG:nowak}
""")

M(slug="welfare_ring_me_at_home", label="flag", frm="leach", to=[JANE],
  note="welfare officer tells parent on night shifts to ring her home landline (01632 960xxx, same prefix as school)",
  subject="Mia - in the medical room today", date="2025-01-23 15:20:31", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Hi Jane,

Just to let you know Mia came to see me after lunch with a bad tummy and a headache. She had a lie down in the medical room and some water, and by 2.30 she was feeling brighter, so she went back for last lesson. I didn't give her any medication.

You mentioned last time that you're on nights at the hotel at the moment and can't always pick up during the day. If she's poorly again tonight and you want some advice about whether to send her in, you're very welcome to ring me at home on 01632 960847 – I'm usually up until about eleven.

Yvonne

{SIG:leach}
""")

M(slug="dance_club_private_instagram", label="flag", frm="entwistle",
  to=[pupil("Ruby Nolan", "24rnolan"), pupil("Kacey Osei", "24kosei"), pupil("Lily-Mae Gornall", "23lgornall"),
      pupil("Amelia Shaw", "23ashaw")],
  note="maths teacher invites dance club pupils to follow her private Instagram; HTML-only, base64",
  subject="Dance club - new routine!!", date="2025-01-19 19:41:27", client="outlook", fmt="html",
  cte="base64", body="(html only)",
  html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p>Hi dancers!</p>
<p>Brilliant session on Thursday &#8211; the new routine is really coming together. Lots of you asked for the videos so you can practise at home.</p>
<p>I&#8217;ve put them on my Instagram: <b>@chloe.e.dances</b>. It&#8217;s a private account, so send me a follow request and I&#8217;ll accept you so you can see them. Please practise the chorus bit at least twice before Thursday!</p>
<p>The show is on <b>Friday 14 February at 6pm</b> in the main hall. Tickets are &pound;2 from the office.</p>
<p>Miss Entwistle &#128131;</p>
</div>
</body>
</html>
""")

M(slug="discord_revision_server", label="flag", frm="kinsella",
  to=[pupil("Michael Okoro", "20mokoro"), pupil("Kayla Finch", "20kfinch"), pupil("Jacob Law", "20jlaw"),
      pupil("Tia Sutcliffe", "20tsutcliffe")],
  note="computing teacher invites Year 11 pupils to a Discord server on his own account; emoji RFC 2047 subject",
  subject="\U0001F4BB Computer Science revision over Easter", date="2025-04-05 11:20:04", client="gmail",
  fmt="html", cte="quoted-printable", body="(html only)",
  html="""<div dir="ltr"><div>Hi all,</div><div><br></div><div>Paper 1 is on <b>Wednesday 14 May</b>, which is closer than it sounds once you take out the Easter break.</div><div><br></div><div>I&#39;ve set up a Discord server so we can do revision quizzes together over the holidays and you can ask questions when you get stuck. Join here: <a href="https://discord.gg/kT9xQmPz">https://discord.gg/kT9xQmPz</a> &#8211; I&#39;m on there as <b>akins_dev</b>. DM me if the link doesn&#39;t work.</div><div><br></div><div>I&#39;ll run a live session on Tuesday at 7pm on the big topics: binary and hex, logic gates and SQL. Bring questions!</div><div><br></div><div>Mr K</div></div>
""")

M(slug="leaving_for_glasgow_text_me", label="flag", frm="rossall", to=[pupil("Courtney Blackburn", "22cblackburn")],
  note="tutor gives pupil who is moving away her own mobile (hyphenated) and home address with postcode",
  subject="Good luck in Glasgow", date="2025-02-07 16:26:48", client="outlook", cte="quoted-printable",
  fmt="alt", curly=True,
  body="""
Courtney,

I'm so sorry I didn't get to say a proper goodbye today – Mrs Marsden told me at lunch that your mum has got the flat in Glasgow sorted and you're going on Sunday.

You've been a brilliant member of 9GR even though you've only been with us since October. Keep drawing! That portrait of your nan was one of the best things I've seen from Year 9 all year.

Text me on 07700-900-351 when you've settled in and tell me what the new school's like. And if you want to send me any of your new art, my address is 41 Cormorant Avenue, Cleveleys, FY5 3QT – I'd love to put it up in the art room.

Take care of yourself,
Miss Rossall
""")

M(slug="basketball_parents_whatsapp_group", label="flag", frm="cartmell", to=[JANE, SAM, ALI],
  note="PE teacher sets up parents' WhatsApp group on her own phone and gives her number to three parents",
  subject="Basketball tournament on Saturday - lifts", date="2025-04-30 20:11:36", client="gmail", fmt="alt",
  cte="7bit",
  body="""
Hi all,

Thank you so much for letting Mia, Tyler and Kian play in the Lancashire schools tournament on Saturday. They've trained really hard and I think we've got a real chance in our group.

We need to be at the sports centre in Preston for 9.30 and it usually finishes about 3. I've got room in my car for two, so if anyone needs a lift just let me know. Bring a packed lunch and plenty of water.

To make organising easier on the day, I've set up a WhatsApp group for the team's parents on my phone. Either send me a quick message on 07700 900907 and I'll add you, or just reply here with OK and your mobile number.

Thanks,
Miss Cartmell
""")

M(slug="forwarded_from_personal_gmail", label="flag", frm="holt", to=[ALI],
  note="careers lead forwards his own message from his personal gmail and asks parent to reply to that account",
  subject="Fwd: Kian - work experience at the Pleasure Beach", date="2025-03-04 08:22:10", client="gmail",
  cte="7bit",
  body="""
Hi Ali,

Sorry, I wrote this at home last night and sent it from the wrong account - forwarding it from school now. It's probably quicker to reply to the gmail one though, as I check that more in the evenings.

Ricky

---------- Forwarded message ---------
From: Ricky Holt <rickyholt.careers@gmail.com>
Date: Mon, 3 Mar 2025 at 21:47
Subject: Kian - work experience at the Pleasure Beach
To: <ali.guardian@btinternet.com>


Hi Ali,

Good news - the Pleasure Beach have come back to me and said they can take Kian for his work experience week in June, with the rides maintenance team. He'll need steel toe-capped boots, which we can help with from the careers budget if that's a problem.

I need the signed parental consent form back by Friday 14 March. I'll give Kian another copy tomorrow in case the first one has gone walkabout.

Thanks,
Ricky Holt
Careers Lead, Example School
""")

# ---------------------------------------------------------------------------
# CLEAN hard negatives
# ---------------------------------------------------------------------------

M(slug="fieldtrip_running_late_school_mobile", label="clean", frm="greenhalgh", to=[ALI],
  cc=[school("office", "Example School Office")],
  note="trip running late; gives the school-owned trip mobile (stated as such) and the coach firm's number",
  subject="Year 10 Fleetwood trip - running late", date="2025-05-08 16:02:17", client="outlook_mobile",
  cte="quoted-printable",
  body="""
Hi Mr Guardian,

Just to let you know the coach is stuck in traffic on the A585 coming back from Fleetwood, so we'll be back at school about 5.15 rather than 4.30. Kian is fine and has been working hard all day.

If you need to get hold of us before then, ring the school trip mobile on 07700 900100 – it's the school's phone, not mine, and it's with me until everyone's been picked up. The coach company (Fylde Coast Travel) can also give you an update on 01632 960512.

Mr Greenhalgh

Get Outlook for iOS
""")

M(slug="contact_details_readback", label="clean", frm="office", to=[SAM],
  note="office reads back the carer's own mobile and address, plus grandmother's and GP's numbers, for checking",
  subject="Tyler - contact details for our records", date="2025-01-20 11:37:52", client="outlook", fmt="alt",
  cte="quoted-printable",
  body="""
Dear Sam,

Thank you for coming in this morning with Tyler's paperwork. I've now set him up on our system. Could you check the details below and let me know if anything is wrong?

Address: Flat 2, 15 Withnell Road, Blackpool FY4 1HT
Main contact: Sam Carer (kinship carer) - 07700 900456
Second contact: Maureen Booth (grandmother) - 07700 900298
Doctor: South Shore Medical Practice - 01632 960433
Medical notes: mild asthma, blue inhaler kept in the medical room

Tyler's lunch account is set up and he'll get free school meals from tomorrow. His ParentPay activation letter is in his bag (hopefully!).

Kind regards,

{SIG:office}
""")

M(slug="change_of_address_confirmed", label="clean", frm="walmsley", to=[JANE],
  note="attendance team confirms the parent's new flat address and checks her mobile is still right",
  subject="Change of address - Mia", date="2025-06-09 10:05:44", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Dear Jane,

Thanks for letting us know you've moved out of the guest house. I've updated Mia's record with the new address:

Flat 3, 27 Larkholme Street
Blackpool
FY1 6QW

As it's a bit further from school, Mia may be able to get a free bus pass. If you'd like me to look into it, just reply and I'll send the form home with her.

Can you also confirm your mobile is still 07700 900123? We tried it on Friday and it went straight to voicemail.

Many thanks,

{SIG:walmsley}
""")

M(slug="housing_options_numbers", label="clean", frm="marsden", to=[ALI],
  note="family liaison officer passes on council housing team, advice centre and food bank details (third parties)",
  subject="Housing - who to ring", date="2025-01-22 13:48:09", client="gmail", cte="8bit", curly=True, fmt="alt",
  body="""
Hi Ali,

As promised, here are the numbers we talked about this morning.

Council Housing Options team: 01632 960733. Ask for Marcia Sowerby - she's expecting your call and already knows the landlord has given you notice.

Fylde Coast Advice Centre: 01632 960519. Drop-in is Tuesday and Thursday mornings at Kirkstall House, 18 Kirkstall Street, FY1 3DJ. They're really good with deposits and notice periods.

St Aidan's food bank, on the corner by the church hall: open Tuesday and Friday 10-12, no referral needed.

If the council ask for a letter from school saying Kian is on roll here and how far he has to travel, just let me know and I'll do one the same day.

Shelley

{SIG:marsden}
""")

M(slug="staff_barbecue_at_ours", label="clean", frm="ashworth", to=[school("allstaff", "All Staff")],
  note="staff-only invitation to a colleague's house with her home address and personal mobile",
  subject="End of year get-together at ours \U0001F379", date="2025-07-07 12:31:40", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  body="""
Hi all,

Now that the Year 11s have gone and the end is (nearly) in sight, Phil and I would love to have everyone round for food and drinks on Friday 18 July from 5pm.

The address is 18 Ribblesdale Close, Poulton, FY6 7JT. Parking on the road is fine, or it's a ten-minute walk from Poulton station if you're planning on a drink.

Bring a bottle and a garden chair if you've got one. Partners and kids very welcome.

Can you text me on 07700 900812 by Wednesday so I know numbers for the barbecue? Dietary requirements too please!

Karen x
""")

M(slug="hr_new_address_and_mobile", label="clean", frm="rossall", to=[colleague("pye")], cc=[school("hr")],
  note="teacher updates her own home address and mobile with HR (staff-only)",
  subject="Change of address", date="2025-04-29 08:12:55", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Hi Lorraine,

I've finally moved, so could you update my details on the payroll system please?

New address: 7 Sandpiper Court, Marton, Blackpool FY4 4NE
New mobile: 07700 900366 (the old one won't work after this week)
Emergency contact stays as my mum.

I'll fill in the bank details form separately as I know you need that signed.

Thanks,
Gemma
""")

M(slug="safer_internet_day_tips", label="clean", frm="kinsella", to=[JANE, SAM, ALI],
  note="e-safety advice to parents naming Snapchat, TikTok, WhatsApp, Discord etc.; no invitation",
  subject="Safer Internet Day - a few things to talk about at home", date="2025-02-11 14:25:03",
  client="outlook", fmt="alt", cte="quoted-printable", curly=True,
  body="""
Dear Parents and Carers,

Today is Safer Internet Day, and in tutor time every year group has been talking about staying safe online. Here are a few things that came up which are worth chatting about at home.

Age limits
Most of the apps our pupils use have a minimum age of 13 – Snapchat, TikTok, Instagram, Discord and, in the UK, WhatsApp. Lots of our Year 7s already have accounts, so it's usually better to sit down and check the privacy settings together than to ban them outright.

Snap Map
If your child uses Snapchat, ask them to switch on Ghost Mode so that people can't see where they are. With so many of our families moving around town, this really matters – it can show your new address to everyone on their friends list.

Group chats
A lot of the falling-out we deal with in school starts in big WhatsApp and Snapchat group chats at the weekend. Encourage your child to leave groups where people are being unkind, and to screenshot anything worrying before they delete it.

Who they talk to
Remind them that no member of staff will ever ask them to follow, add or message them on social media or gaming platforms. If anyone saying they are from school does, please tell us straight away.

If you're worried about anything your child has seen or been sent, contact their Head of Year through the school office on 01632 960000.

Thank you,

{SIG:kinsella}
""")

M(slug="tutor_declines_to_give_mobile", label="clean", frm="hartley", to=[JANE],
  note="tutor politely refuses parent's request for his mobile and points to the school office; parent quoted",
  subject="Re: Mia's homework", date="2025-03-24 07:58:20", client="gmail", fmt="alt", cte="7bit",
  in_reply_to="<CAFx7Lw2q9hPz0rT3kq1mN8vYd4Jp6sR@mail.gmail.com>",
  body="""
Hi Jane,

Thanks for your message, and I'm glad the homework timetable is helping.

I'm afraid I can't give you my mobile number - staff aren't allowed to use their own phones to contact parents, which is there to protect everyone. But you can always leave a message for me with the office on 01632 960000 and I'll ring you back from school, usually the same day. Or just email me here - I check it every morning before registration.

The history project is due the Friday after Easter, so there's plenty of time.

Daniel Hartley
8DH Tutor | Teacher of History

On Sun, 23 Mar 2025 at 20:14, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Hartley, thanks for sorting out the homework timetable, Mia says
> it makes more sense now. Would it be ok to have your mobile number? I
> work at the hotel till 6 most nights and it would be easier to text
> you than ring school. Also when is the history project due?
> Thanks Jane
""")

M(slug="exam_candidate_details", label="clean", frm="exams", to=[pupil("Michael Okoro", "20mokoro")],
  note="exams officer sends candidate number, centre number, times and room to a pupil (numbers, not phones)",
  subject="Your exam details - please keep this email", date="2025-04-28 09:31:17", client="outlook",
  cte="quoted-printable",
  body="""
Dear Michael,

Please keep this email safe - you will need these details for every exam this summer.

Candidate name: Michael Okoro
Candidate number: 4172
Centre number: 36218
Seat: small exam room (S12), seat 7

Access arrangements: 25% extra time and a computer reader.

Your first exam is English Literature Paper 1 on Monday 12 May at 9.00am (1 hour 45 minutes, plus your extra time). Please be outside the sports hall by 8.40am with a clear pencil case and black pens.

Please check your statement of entry, which your tutor will give you this week. If anything is wrong, come and see me in the exams office by Friday 2 May.

{SIG:exams}
""")

M(slug="trip_payment_bank_transfer", label="clean", frm="finance", to=[JANE],
  note="finance office gives the school fund's sort code, account number and payment reference",
  subject="Year 8 Liverpool trip - payment", date="2025-03-05 10:44:03", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear Ms Parent,

Thank you for returning Mia's consent slip for the Year 8 trip to the Liverpool museums on Thursday 3 April.

The cost is £14.00, which covers the coach. You mentioned you've been having trouble logging into ParentPay since you changed your phone. The office can reset that for you, or if it's easier you can pay by bank transfer:

Account name: Example School Fund
Sort code: 40-11-62
Account number: 51730284
Reference: Y8TRIP PARENT M

Please allow two working days for the payment to show. If the cost is a problem, please speak to us – no child will miss the trip because of money.

Kind regards,

{SIG:finance}
""")

M(slug="online_parents_evening_teams", label="clean", frm="adeyemi", to=[JANE],
  note="Teams parents' evening with 12-digit meeting ID, passcode and time; school number only",
  subject="Year 8 parents' evening - your online appointment", date="2025-03-17 12:06:55", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  body="""
Dear Ms Parent,

Your online appointment with me to talk about Mia's progress is on Thursday 20 March at 17:40, and will last ten minutes.

You can join on your phone or a computer – you don't need a Teams account.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5ZDc2NTMtOGE1Yi00@thread.v2/0
Meeting ID: 381 274 995 026
Passcode: g7Qm2X

If the link doesn't work on the night, the office is open until 7pm on 01632 960000 and can put you through to the hall instead.

{SIG:adeyemi}
""")

M(slug="district_athletics_venue", label="clean", frm="pilling",
  to=[pupil("Dominik Kaminski", "22dkaminski"), pupil("Jay Doherty", "22jdoherty"), pupil("Ben Wright", "21bwright")],
  note="athletics details with venue address and postcode, event times, parking price",
  subject="District athletics - Wednesday 21 May", date="2025-05-12 13:15:29", client="outlook",
  cte="quoted-printable",
  body="""
Hi all,

Well done on being picked for the district athletics championships. Here are the details:

Where: Fylde Coast Athletics Track, Moorfield Lane, Blackpool FY3 7QN
When: Wednesday 21 May. Minibus leaves from outside the sports hall at 12.15 and we'll be back by 6pm.
Bring: PE kit, spikes if you have them, a water bottle, a packed lunch and sun cream.

Events:
Dominik - 1500m (heats at 14:20)
Jay - 100m (13:05) and 4 x 100m relay (16:40)
Ben - shot put (pool B, 14:00)

If your parents want to come and watch, the postcode for the sat nav is FY3 7QN and parking is £2 on the gate.

{SIG:pilling}
""")

M(slug="work_experience_hotel_placement", label="clean", frm="holt", to=[pupil("Hana Patel", "21hpatel")],
  note="work experience placement: hotel supervisor's name, phone and email given to pupil (third party)",
  subject="Your work experience placement - 16 June", date="2025-05-15 11:52:36", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Hi Hana,

Great news – your work experience placement is confirmed:

The Sandcliffe Hotel, 212 Seafront Parade, Blackpool FY2 9PL
Supervisor: Mrs Deborah Kirkham, Front of House Manager
Phone: 01632 960274
Email: d.kirkham@example.com
Dates: Monday 16 June to Friday 20 June, 9am–3pm

Please ring Mrs Kirkham before Friday 6 June to introduce yourself and check what to wear – she mentioned black trousers and a white shirt for reception. Making that call yourself is part of the placement, so please don't ask your mum to do it!

If there are any problems during the week, ring school on 01632 960000 and ask for me.

{SIG:holt}
""")

M(slug="attendance_team_work_mobile", label="clean", frm="walmsley", to=[SAM],
  note="attendance team's shared school-owned work mobile, stated as a school phone [unsure]",
  subject="Reporting Tyler's absence", date="2025-01-14 09:47:12", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Dear Sam,

Thanks for your call this morning. Just to confirm the ways you can report an absence:

- ring 01632 960000 and choose option 1 before 9am, or
- text the attendance team's work mobile on 07700 900200. This is a school phone that the attendance team share, and it's checked from 8am to 4pm on school days.

Please give Tyler's name, tutor group (9GR) and the reason he's off. If he's off for more than two days we'll usually ask to see an appointment card or a prescription.

Many thanks,

{SIG:walmsley}
""")

M(slug="moving_to_manchester_new_school", label="clean", frm="butterworth", to=[ALI],
  note="pupil leaving mid-year: receiving school's admissions contact, phone and email (third party)",
  subject="Kian's move to Manchester - next steps", date="2025-05-22 14:40:58", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear Mr Guardian,

Thank you for letting us know that you've got the tenancy in Manchester and that Kian will be starting at his new school after half term. We'll really miss him – he's come on so much this year.

I've spoken to the admissions team at his new school:

Irwell Park Academy – Mrs Farida Chowdhury, Admissions
0161 496 0382
admissions@example.org

They have his start date as Monday 2 June and will post a uniform list to your new address. I'll send his file, his coursework marks and his exam entries across by secure transfer on Friday, so he shouldn't have to redo anything.

Because he's in Year 10, it's important his GCSE options stay the same where they can. Irwell Park offer geography and computer science, but not drama, so he'll need to pick something else for that block – Mrs Chowdhury will talk you through it.

Please could you let the office have your new address once you've moved, so we can close his record properly.

All the best to you all,

{SIG:butterworth}
""")

M(slug="detention_moved_outlook_quote", label="clean", frm="fairclough", to=[SAM],
  note="reply quoting carer's own message and signature with her address and mobile (Outlook header block)",
  subject="RE: Tyler - detention tomorrow", date="2025-03-12 08:19:37", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear Sam,

Thank you for letting me know. I've moved Tyler's detention to Monday so he can go to the dentist tomorrow as planned. It'll be 3.10 to 3.40 in the Year 9 office.

Kind regards,

{SIG:fairclough}

From: Sam Carer <sam.carer@outlook.com>
Sent: 11 March 2025 21:36
To: Lee Fairclough <l.fairclough@example-school.org.uk>
Subject: Tyler - detention tomorrow

Hi Mr Fairclough
Tyler has said he has a detention tomorrow after school but he's got the dentist at 3.45 which took me 3 months to get. Can it be another day please?
Thanks
Sam Carer
Flat 2, 15 Withnell Road, Blackpool FY4 1HT
07700 900456

Get Outlook for Android
""")

M(slug="summer_reading_isbns", label="clean", frm="mistry",
  to=[pupil("Alicja Wiśniewska", "23awisniewska"), pupil("Lily-Mae Gornall", "23lgornall"),
      pupil("Connor Morris", "23cmorris"), pupil("Amelia Shaw", "23ashaw")],
  cc=[JANE],
  note="Year 8 summer reading list with ISBNs (digit groups that are not phone numbers)",
  subject="Summer reading - Year 8", date="2025-07-17 14:03:49", client="gmail", fmt="alt", cte="quoted-printable",
  curly=True,
  body="""
Hi everyone,

As promised, here's the summer reading list. You don't have to buy anything – all of these are in the school library (you can borrow up to three over the holidays) or at the central library in town. If you do order one online, use the ISBN so you get the right edition.

1. The Boy Who Swam the Bay – Ruth Calloway (ISBN 978-1-83994-217-6)
2. Candyfloss and Thunder – Marcus Adeyinka (ISBN 978-0-00-861542-3)
3. Tidewater – Jo Kettering (ISBN 978-1-4052-9613-2)
4. Notes from the Top Deck – Sunita Rao (ISBN 978-0-571-38820-7)

Pick at least one and keep a reading log – just a few lines after each chapter is fine. There will be house points in September for anyone who brings a log back.

Have a brilliant summer,
Ms Mistry
""")

M(slug="support_services_after_disclosure", label="clean", frm="dsl", to=[SAM],
  note="DSL gives carer helpline, school nursing and young carers numbers (third-party services)",
  subject="Support for Tyler", date="2025-03-14 16:12:30", client="outlook", cte="quoted-printable",
  curly=True, fmt="alt",
  body="""
Dear Sam,

Thank you for coming in yesterday at such short notice. I know it was a very difficult conversation, and you handled it really well.

As promised, here are the services we talked about. Tyler can contact any of them himself, and so can you:

• Fylde Coast Young Minds – phone and text support for 11–18 year olds, free on 0808 157 0419, open 24 hours
• School nursing team – drop-in every Wednesday lunchtime in the Hub, or 01632 960681
• Coastline Young Carers – 01632 960655, they run a Tuesday evening group for young people who help look after someone at home

I've also made the early help referral we discussed. A worker called Jess should be in touch with you within ten working days – please let me know if you haven't heard by the end of the month.

In school, Tyler knows he can come to the Hub at any time and ask for me or for Mr Baines.

Best wishes,

{SIG:dsl}
""")

M(slug="declines_pupil_snapchat", label="clean", frm="singleton", to=[pupil("Kayla Finch", "20kfinch")],
  note="Head of Year refuses pupil's Snapchat add request; pupil's own username quoted",
  subject="Re: can i add u", date="2025-02-19 08:05:11", client="gmail", fmt="alt", cte="7bit",
  in_reply_to="<CAJm4sQb0Hh8Zk2pT1yWc9LxNf3Re7dA@mail.gmail.com>",
  body="""
Hi Kayla,

Thanks for the message, and I'm really glad the revision timetable is helping. I can't add you on Snapchat though, or follow you anywhere else - staff aren't allowed to be friends with pupils on social media, even after you've left. It's nothing personal!

If you need me, email me here or come to the Year 11 office - I'm there every break. Revision club is on Thursday as normal, 3.10 in S4.

Mr Singleton
Head of Year 11

On Tue, 18 Feb 2025 at 21:03, Kayla Finch <20kfinch@pupils.example-school.org.uk> wrote:
> sir can i add u on snap its kayla.f2009 x its easier than email lol
> also is there revision club on thursday
""")

M(slug="chester_zoo_times_prices", label="clean", frm="goodier", to=[SAM],
  note="trip letter full of times, prices, dates and a ParentPay item code",
  subject="Year 9 Biology trip to Chester Zoo - Friday 27 June", date="2025-06-02 15:30:22", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  body="""
Dear Parent/Carer,

As part of the Year 9 ecology topic, we are taking 52 pupils to Chester Zoo on Friday 27 June. Tyler has been given a place.

Departure: 07:45 from the bus bay on Park Row (please arrive by 07:30)
Return: approximately 18:30, depending on traffic on the M6
Cost: £22.50 – pay on ParentPay under item 9BIO-0627 by Friday 13 June

Pupils should wear school uniform with a waterproof coat and comfortable shoes, and bring a packed lunch (free school meals pupils will be given one by the kitchen). Mobile phones can be brought but are the pupil's own responsibility.

If you are having difficulty paying, please contact the finance office in confidence – we have some funding available.

Yours sincerely,

{SIG:goodier}
""")

M(slug="child_employment_permit", label="clean", frm="whitworth", to=[ALI],
  note="pupil's summer job on the Pleasure Beach: council child employment officer's number (third party)",
  subject="Kian's job on the Pleasure Beach", date="2025-04-24 11:26:40", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Dear Mr Guardian,

Kian mentioned to his tutor that he's been offered weekend work on one of the kiosks at the Pleasure Beach. That's great news, but I wanted to make sure you know about the rules for young people working, as we've had a few families caught out by them this season.

Anyone under school leaving age needs a child employment permit from the council before they start. The employer is supposed to apply for it, but it's worth checking they have. The council's Child Employment Officer is Graham Tattersall, on 01632 960391.

At 15, Kian can't work during school hours or after 7pm, and on a Saturday he can do up to 8 hours. In the summer holidays it goes up to 35 hours a week.

We're happy for him to work as long as it doesn't affect his attendance – he's at 93% at the moment, which is really good given the moves.

Kind regards,

{SIG:whitworth}
""")

M(slug="fun_run_organiser_staff_mobile", label="clean", frm="pilling", to=[("Claire Hebden", "events@example.org")],
  note="PE teacher gives his own mobile to an outside event organiser, not a parent or pupil [unsure]",
  subject="School staff team - Prom 5K", date="2025-06-05 12:48:14", client="outlook", cte="quoted-printable",
  curly=True,
  attachments=[("Prom5K_team_entry.csv", "text/csv",
                "Name,Role,T-shirt size\r\nGareth Pilling,Team captain,L\r\nLauren Cartmell,,S\r\n"
                "Dev Raman,,M\r\nKaren Ashworth,,M\r\nTomasz Nowak,,L\r\nGemma Rossall,,S\r\n"
                "Callum Greenhalgh,,L\r\nAmy Thornber,,S\r\nStuart Butterworth,,XL\r\n"
                "Priya Mistry,,S\r\nRicky Holt,,M\r\nYvonne Leach,,M\r\n")],
  body="""
Hi Claire,

Thanks for getting back to me. We'd like to enter a team of 12 staff for the Prom 5K on Sunday 29 June, raising money for the school's uniform exchange. The team entry form is attached with everyone's T-shirt sizes.

As it's a Sunday I won't be anywhere near a school phone, so the best number to get me on during the day is my mobile, 07700 900579.

Could you let me know when the bibs will be ready to collect?

Cheers,
Gareth

Gareth Pilling
Teacher of PE, Example School
""")

M(slug="official_school_social_media", label="clean", frm="rawcliffe", to=[JANE, SAM, ALI],
  note="head announces the school's official Facebook/Instagram pages; school phone in tel: link with &nbsp; [unsure]",
  subject="Our new school Facebook and Instagram pages", date="2025-07-04 15:02:05", client="outlook",
  fmt="html", cte="quoted-printable", body="(html only)",
  html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>From Monday the school will have an official Facebook page and Instagram account, run by the school office. We&#8217;ll use them to share celebrations, reminders about non-uniform days and trips, and urgent messages such as closures in bad weather.</p>
<ul>
<li>Facebook: <a href="https://www.facebook.com/ExampleSchoolOfficial">facebook.com/ExampleSchoolOfficial</a></li>
<li>Instagram: <b>@exampleschool_official</b></li>
</ul>
<p>Please note:</p>
<ul>
<li>Comments are switched off and we won&#8217;t reply to messages sent through either page. If you need to contact us, please ring <a href="tel:+441632960000">01632&nbsp;960000</a> or email <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a>.</li>
<li>Staff use their own accounts privately and will not accept friend or follow requests from pupils or parents. Please don&#8217;t be offended if they don&#8217;t accept!</li>
<li>We only post photos of pupils whose parents have given consent on the admissions form. If you moved to us mid-year and aren&#8217;t sure whether you filled that section in, the office can check.</li>
</ul>
<p>Thank you for your support,</p>
<p>Neil Rawcliffe<br>
Headteacher<br>
Example School, Park Row, LS1&nbsp;4AP<br>
Tel: <a href="tel:+441632960000">01632&nbsp;960000</a></p>
</body>
</html>
""")

M(slug="declines_parents_whatsapp_group", label="clean", frm="rossall", to=[SAM],
  note="tutor declines invitation to join the form's parents' WhatsApp group; carer quoted",
  subject="Re: 9GR parents group", date="2025-01-21 17:20:45", client="gmail", fmt="alt", cte="8bit", curly=True,
  in_reply_to="<AM0PR09MB4215E1D2C3B4A5968778695A4B3C2D1E@AM0PR09MB4215.eurprd09.prod.outlook.com>",
  body="""
Hi Sam,

That's really kind of you to think of me, but I'm afraid I can't join the 9GR parents' WhatsApp group - staff aren't allowed to be in groups with parents or pupils on their own phones. I know some of the other parents find it useful for sorting out who's got PE kit on which day, so please don't close it on my account!

If anything comes up in the group that you think school should know about, just email me here or ring the office.

{SIG:rossall}

On Tue, 21 Jan 2025 at 16:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Miss Rossall, a few of us mums have started a whatsapp group for
> 9GR parents, do you want adding? It would be handy for asking about
> homework. Sam
""")

M(slug="cover_tomorrow_text_me", label="clean", frm="mcateer", to=[colleague("goodier")], cc=[school("cover")],
  note="staff-only cover request giving her own mobile to a colleague",
  subject="Cover tomorrow P3-5", date="2025-02-26 18:40:09", client="apple", cte="quoted-printable",
  body="""
Rach, I've got to take my mum to Vic for her scan tomorrow so I'll be out periods 3 to 5. Cover work for 10S1 and 11S2 is on the shared drive under Science > Cover > 27 Feb. If the cover supervisor can't find it, text me on 07700 900623 and I'll talk them through it from the car park. Back for P6.

S x

Sent from my iPhone
""")

M(slug="fwd_parent_safeguarding_address", label="clean", frm="office", to=[colleague("dsl")],
  note="office forwards parent's message with her temporary address and mobile to the DSL (staff-only)",
  subject="FW: change of circumstances - Mia", date="2025-03-24 09:02:51", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dev – forwarding this from Mia's mum for your information, as she's asked that the address isn't shared with dad. I've updated Arbor with the temporary address and put an alert on the record, but I haven't changed anything on the contact list yet. Can you let me know what you'd like me to do about dad's contact details?

Karen

From: Jane Parent <jane.parent@gmail.com>
Sent: 23 March 2025 22:47
To: Example School Office <office@example-school.org.uk>
Subject: change of circumstances - Mia

Hello, just to let you know me and Mia are staying at my sister's for a few weeks while things get sorted. The address is 54 Bloomfield Terrace, Blackpool FY1 6RB. My number is the same (07700 900123). Please do NOT give this address to Mia's dad if he rings. Mia will still be in school as normal, she'll just be getting the 9 bus instead.
Thanks
Jane
""")

M(slug="home_visit_notes_landlady", label="clean", frm="walmsley", to=[colleague("dsl"), colleague("whitworth")],
  note="staff-only home visit note with a B&B landlady's and a parent's numbers (children missing education)",
  subject="Home visit - Jay Doherty 9LF", date="2025-03-06 12:37:26", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Dev / Dawn,

Home visit this morning for Jay Doherty (9LF) – 4th day absent, no contact from home.

• Called at Room 6, The Laurels, 31 Mansfield Street at 10.05. The landlady (Mrs Irene Shaw) said the family left on Saturday owing two weeks' rent. She thinks they've gone to mum's sister in Morecambe.
• Landlady's number if we need it: 07700 900684. She's happy to be contacted.
• No forwarding address. Mum's mobile (07700 900517) goes straight to voicemail – tried three times.

Next steps: I'll start the children missing education checks with the council this afternoon and ask Lancashire admissions whether Jay has been registered anywhere else.

Dev – do you want me to add this to CPOMS, or will you?

Kieran
""")

M(slug="leave_request_refused_refs", label="clean", frm="rawcliffe", to=[SAM],
  note="term-time leave refused: reference numbers, session counts, fine amounts, legal section",
  subject="Leave of absence request - Tyler (ref LOA/2025/0147)", date="2025-04-30 10:22:18",
  client="outlook", fmt="alt", cte="quoted-printable", curly=True,
  body="""
Dear Sam,

Thank you for your leave of absence request for Tyler from Monday 12 May to Friday 16 May (10 sessions), to attend a family wedding in Ireland.

I'm sorry to say that I'm unable to authorise this request. Headteachers can only grant leave during term time in exceptional circumstances, and unfortunately a family wedding does not meet that test under the current regulations.

If Tyler does not attend school on these days, the absence will be recorded as unauthorised. Where a pupil has 10 or more unauthorised sessions in a 10-week period, the local authority may issue a penalty notice under section 444 of the Education Act 1996. The penalty is £80 per parent if paid within 21 days, rising to £160 if paid within 28 days.

I know this isn't the answer you were hoping for. If there is anything about the circumstances that you haven't been able to tell us, please ring the office on 01632 960000 and ask to speak to me.

Reference: LOA/2025/0147

Yours sincerely,

{SIG:rawcliffe}
""")

M(slug="senco_direct_line_via_reception", label="clean", frm="reception", to=[ALI],
  note="reception gives parent a colleague's official direct line and school email",
  subject="Message for Mrs Quayle", date="2025-02-18 11:09:33", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Dear Mr Guardian,

Thank you for your call this morning. I've passed your message on to Mrs Quayle, our SENCo, about Kian's assessment for extra time in his exams.

She's teaching until 1pm today, but you can reach her directly on her office line, 01632 960014, or by email at b.quayle@example-school.org.uk. If she doesn't pick up, leave a message and she'll get back to you before the end of the day.

Kind regards,

{SIG:reception}
""")

ICS_REVIEW = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000b07c91a8d28fdb01
DTSTAMP:20250310T101500Z
DTSTART;TZID=Europe/London:20250325T133000
DTEND;TZID=Europe/London:20250325T143000
SUMMARY:EHCP annual review - Tyler
LOCATION:Meeting Room 2\\, Example School\\, Park Row\\, LS1 4AP
DESCRIPTION:Annual review of Tyler's EHCP. Please sign in at reception. If
  you need to rearrange\\, ring the school office on 01632 960000.
ORGANIZER;CN=Bernadette Quayle:mailto:b.quayle@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.carer@outlook.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

M(slug="annual_review_invite_school_address", label="clean", frm="quayle", to=[SAM],
  note="EHCP review calendar invite: school meeting room, school postcode and office number in the .ics",
  subject="Tyler's EHCP annual review - Tuesday 25 March", date="2025-03-10 10:15:47", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  attachments=[("invite.ics", "text/calendar", ICS_REVIEW, "; method=REQUEST")],
  body="""
Dear Sam,

I've sent a calendar invite for Tyler's EHCP annual review, which will be on Tuesday 25 March at 1.30pm in Meeting Room 2 here at school. It should take about an hour.

Attending will be me, Mr Fairclough, Tyler's caseworker from the local authority, and Tyler himself for the last part if he feels up to it. I'll send you the reports from his teachers by Friday so you've got time to read them first.

Please bring the parent and carer views form if you haven't already sent it back.

Kind regards,

{SIG:quayle}
""")

# ---------------------------------------------------------------------------
# CLEAN everyday mail
# ---------------------------------------------------------------------------

M(slug="newsletter_february_half_term", label="clean", frm="office", to=[JANE, SAM, ALI],
  note="everyday half-term newsletter to parents (school number only)",
  subject="Example School News - February half term", date="2025-02-14 13:10:26", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  body="""
Dear Parents and Carers,

As we break up for February half term, here are a few things to know before we come back on Monday 24 February.

Welcome to our new families
Since Christmas we have welcomed 23 new pupils across Years 7 to 10. If your child has joined us recently, thank you for your patience while we sort out timetables, lockers and lunch accounts. Mr Nowak and the New Arrivals team are in the Hub every morning from 8.15 if you have any questions.

Attendance
Whole-school attendance this half term was 91.4%. Year 7 were our best year group at 94.1% – well done to them! Please remember that if your child is off, you need to ring the attendance line on 01632 960000 (option 1) before 9am on every day they are absent.

Uniform exchange
The uniform exchange is open every Wednesday after school in main reception. We have plenty of blazers in sizes 30 to 36, PE tops and school shoes. Everything is free – just come in and ask.

Year 11 mocks
Year 11 sit their second round of mock exams from Monday 3 March. Timetables have been given out in tutor time and are also on Teams.

Moved house or changed your phone?
If you move house or change your mobile number, please let the office know as soon as you can. It's really important that we can reach you if your child is unwell or we have a concern.

Have a lovely half term, and we'll see everyone back at 8.40am on Monday 24 February.

{SIG:office}
""")

M(slug="inspector_calls_homework_reminder", label="clean", frm="mistry",
  to=[pupil("Leah McGuire", "21lmcguire"), pupil("Ben Wright", "21bwright"), pupil("Hana Patel", "21hpatel"),
      pupil("Kian Guardian", "21kguardian"), pupil("Oliver Tomlinson", "21otomlinson")],
  note="everyday homework reminder to Year 10 English pupils",
  subject="Act 2 questions - due Thursday", date="2025-01-28 16:35:02", client="gmail", cte="7bit",
  body="""
Hi 10X2,

Quick reminder that your Act 2 questions on An Inspector Calls are due on Thursday. They're on Teams under Assignments - answer all five, in full sentences, and use at least one quotation for each.

If you were away last week (a few of you were), the notes from Wednesday's lesson are in the Class Materials folder.

Ms Mistry
""")

M(slug="mock_invigilation_rota", label="clean", frm="exams", to=[school("staff", "Teaching Staff")],
  note="staff-only invigilation rota with a CSV attachment",
  subject="Year 11 mocks - invigilation rota", date="2025-02-26 14:50:31", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  attachments=[("Mocks_invigilation_rota_Mar25.csv", "text/csv",
                "Date,Session,Exam,Room,Lead invigilator,Second invigilator\r\n"
                "03/03/2025,AM,English Language P1,Sports Hall,J Swarbrick,D Hartley\r\n"
                "03/03/2025,PM,Combined Science Biology 1,Sports Hall,R Goodier,G Rossall\r\n"
                "04/03/2025,AM,Maths P1 (non-calculator),Sports Hall,C Entwistle,A Thornber\r\n"
                "04/03/2025,PM,Geography P1,S12,C Greenhalgh,T Nowak\r\n"
                "05/03/2025,AM,English Literature P1,Sports Hall,P Mistry,L Cartmell\r\n"
                "05/03/2025,PM,Computer Science P1,IT3,A Kinsella,R Holt\r\n")],
  body="""
Dear all,

Attached is the invigilation rota for the Year 11 mocks, which start on Monday. Please check your sessions and let me know by Friday if there's a clash – I know a few of you have Year 7 transition meetings that week.

A few reminders:
• Please arrive ten minutes before the start so we can get everyone seated on time.
• Phones on silent and in your pocket, not on the desk.
• The access arrangements candidates are in S12 again, with their own invigilators.

Thanks as always – the mocks couldn't happen without you.

{SIG:exams}
""")

M(slug="year11_prom_and_leavers", label="clean", frm="singleton",
  to=[pupil("Kayla Finch", "20kfinch"), pupil("Jacob Law", "20jlaw"), pupil("Tia Sutcliffe", "20tsutcliffe"),
      pupil("Ellie Jackson", "20ejackson"), pupil("Michael Okoro", "20mokoro"), pupil("Shannon Bradshaw", "20sbradshaw")],
  note="everyday Year 11 prom tickets and leavers' assembly reminder",
  subject="Prom tickets and leavers' assembly", date="2025-05-01 12:40:19", client="outlook", cte="quoted-printable",
  curly=True, fmt="alt",
  body="""
Hi Year 11,

Two quick things.

Prom tickets go on sale on Monday. The prom is on Friday 27 June at the Tower Lounge, 7pm till 11pm, and tickets are £25 including food. Pay on ParentPay. If the cost is a worry, come and see me privately – nobody will miss out because of money.

Your leavers' assembly is on your last day, Friday 23 May, period 1. Bring a pen for shirt signing, and please keep it sensible – no permanent marker on anyone's face this year.

Proud of you all,

{SIG:singleton}
""")

M(slug="new_arrivals_this_week_staff", label="clean", frm="nowak", to=[school("staff", "Teaching Staff")],
  note="staff-only list of mid-year new arrivals with tutor groups and needs",
  subject="New arrivals w/c 10 March", date="2025-03-07 15:22:46", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear colleagues,

We have five new pupils starting next week. They will spend Monday morning in the Hub for induction and go to lessons from period 3.

• Year 7 – Florin Popescu (7CE). Arrived from Romania in February. Good spoken English, reading still developing. Buddy: Ruby Nolan.
• Year 8 – Tyreece Ward (8DH). Moved from Bolton with mum, living in temporary accommodation. Previous school says attendance was 78%.
• Year 9 – Natasha Kowalczyk (9LF). Polish and English. Very able in maths.
• Year 10 – Jack and Ella Hirst (10SB and 10MN). Family working the season at the Pleasure Beach; expected to stay until October. Previous school is sending GCSE option details.

Their timetables are on SIMS from this afternoon. Please give them a seating plan spot near the front and check in with them at the end of the first lesson.

If you notice anything – tiredness, hunger, no equipment – please log it on CPOMS as usual.

Thanks,

{SIG:nowak}
""")

FIELDWORK_PDF = make_pdf("Year 10 Geography Fieldwork", [
    "Example School",
    "Park Row, LS1 4AP    Tel 01632 960000",
    "",
    "Year 10 Geography Fieldwork - Fleetwood and Knott End",
    "Thursday 8 May 2025",
    "",
    "Dear Parent/Carer,",
    "",
    "As part of the GCSE Geography course, all pupils must carry out fieldwork in",
    "two contrasting environments. Our physical geography day will look at coastal",
    "management along the Fleetwood seafront and at Knott End.",
    "",
    "Depart: 08:50 from school    Return: approximately 16:30",
    "Cost: free (coach paid from the Geography budget)",
    "",
    "Pupils should bring: waterproof coat, sensible footwear, packed lunch, a drink,",
    "pencil and clipboard (we will provide the fieldwork booklet).",
    "",
    "Please complete the consent form on ParentPay by Friday 2 May.",
    "",
    "Mr C Greenhalgh, Teacher of Geography",
])

M(slug="fieldwork_letter_pdf", label="clean", frm="greenhalgh", to=[ALI],
  note="everyday Year 10 fieldwork letter with a PDF attached",
  subject="Year 10 Geography fieldwork - letter attached", date="2025-04-23 13:55:12", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  attachments=[("Y10 Fieldwork letter May 2025.pdf", "application/pdf", FIELDWORK_PDF)],
  body="""
Dear Mr Guardian,

Please find attached the letter about the Year 10 geography fieldwork day on Thursday 8 May. Kian should have brought a paper copy home, but I know letters don't always make it out of bags!

The trip is free, but we do need the consent form completed on ParentPay by Friday 2 May.

Many thanks,

{SIG:greenhalgh}
""")

M(slug="praise_mia_effort", label="clean", frm="adeyemi", to=[JANE],
  note="short everyday praise email to a parent",
  subject="Well done Mia!", date="2025-02-04 15:48:27", client="outlook", cte="quoted-printable", curly=True,
  body="""
Dear Ms Parent,

I just wanted to let you know that Mia has been nominated by three different teachers this week for effort, and she's our Year 8 star of the week. Mrs Whitworth also tells me she's not been late once since half term. Please pass on a big well done from me!

{SIG:adeyemi}
""")

M(slug="netball_fixture_kit", label="clean", frm="cartmell",
  to=[pupil("Amelia Shaw", "23ashaw"), pupil("Lily-Mae Gornall", "23lgornall"), pupil("Mia Parent", "23mparent"),
      pupil("Alicja Wiśniewska", "23awisniewska")],
  note="everyday PE fixture and kit reminder to pupils",
  subject="Netball v St Mary's - Tuesday", date="2025-01-30 12:22:58", client="outlook", cte="quoted-printable",
  curly=True,
  body="""
Hi girls,

Our Year 8 netball match against St Mary's is on Tuesday after school. We're at home, so meet in the sports hall changing rooms at 3.10. We should finish about 4.45.

Please bring full PE kit, including the navy skort, and a water bottle. Make sure your parents know you'll be late home, and that someone's picking you up or you've got your bus pass.

Alicja – welcome to the team! Wear whatever kit you've got for now, and we'll sort a bib for you.

{SIG:cartmell}
""")

M(slug="school_photos_order_deadline", label="clean", frm="office", to=[ALI],
  note="short everyday office reminder about school photo orders",
  subject="School photographs - last day to order", date="2025-01-29 10:31:09", client="outlook",
  cte="quoted-printable",
  body="""
Dear Mr Guardian,

Just a reminder that the last day to order Kian's school photographs is this Friday. The code is on the proof card he brought home. If the card has gone missing, let us know and we can print another one.

{SIG:office}
""")

M(slug="monday_briefing_notes", label="clean", frm="rawcliffe", to=[school("allstaff", "All Staff")],
  note="staff-only weekly briefing notes",
  subject="Briefing notes - Monday 3 February", date="2025-02-03 08:52:40", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Good morning all,

Notes from this morning's briefing for anyone on duty or in the Hub.

1. Attendance. We're at 90.8% for the half term so far. Persistent absence is still highest in Year 9. Dawn and Kieran will be doing home visits on Tuesday and Thursday mornings this week – if you have concerns about a pupil who's been off, email attendance@ before Tuesday.

2. New arrivals. Eight new pupils joined us last week, and another three are due on Wednesday. Tomasz has sent round their profiles. Please greet them by name and keep an eye out at break – it's a lot to take in.

3. Duty rota. The yard duty rota changes from today because of the building work by the canteen. The new rota is on the staffroom noticeboard and on the shared drive.

4. Year 11. Mocks results go home on Friday. Heads of department, please have grades on SIMS by Wednesday at 4pm.

5. Wellbeing. The staff quiz is on Friday 14th at 4pm in the library. Teams of four, £1 each, proceeds to the uniform exchange.

Have a good week,

Neil
""")

M(slug="biology_homework_cells", label="clean", frm="goodier",
  to=[pupil("Tyler Booth", "22tbooth"), pupil("Jay Doherty", "22jdoherty"), pupil("Dominik Kaminski", "22dkaminski")],
  note="short everyday homework message to pupils",
  subject="Homework - cell structure", date="2025-01-16 14:11:33", client="outlook", cte="quoted-printable",
  body="""
Hi 9B3,

Tonight's homework is the cell structure worksheet on Teams - label the animal and plant cell and answer questions 1 to 6. It's due next Tuesday. Ask me in Monday's lesson if you get stuck.

Ms Goodier
""")

M(slug="year10_mock_results_revision", label="clean", frm="butterworth",
  to=[pupil("Leah McGuire", "21lmcguire"), pupil("Hana Patel", "21hpatel"), pupil("Ben Wright", "21bwright"),
      pupil("Oliver Tomlinson", "21otomlinson"), pupil("Jack Hirst", "21jhirst")],
  note="everyday Year 10 message about mock results and revision sessions",
  subject="Your mock results - what happens next", date="2025-06-27 14:18:05", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Hi Year 10,

You'll get your mock results in tutor time on Monday. A few things before you open the envelope:

These are mocks. They tell you and your teachers what to work on, not what you're going to get next summer. Some of you have done brilliantly; some of you have had a year of moving house and changing schools and are still catching up. Both are fine, as long as you use the results.

Each subject will give you a short list of topics to revise over the summer. Keep it somewhere you won't lose it.

Revision sessions for English, maths and science will run on Tuesday and Thursday after school from September. You don't need to sign up, just turn up.

If you're worried about your results, or about anything else, come and see me in the Year 10 office.

{SIG:butterworth}
""")

M(slug="science_practical_order", label="clean", frm="mcateer", to=[school("science", "Science Department")],
  note="staff-only department admin about equipment and practicals",
  subject="Practical orders for after Easter", date="2025-03-19 17:02:21", client="outlook",
  cte="quoted-printable", curly=True,
  body="""
Hi all,

Bev needs practical orders for the first two weeks after Easter by next Wednesday, please. Use the usual form on the shared drive and put the date, period and room on it – she had three orders last week with no room number.

A couple of things:
- The new microscopes have arrived and are in Prep Room 2. Please only take them out with a class set of slides.
- We're low on hydrochloric acid until the next delivery, so if you can do the rates practical as a demo with Year 9, that would really help.
- Year 11 required practical write-ups need to be signed off by Friday 4 April.

Thanks,
Siobhán
""")

M(slug="sparx_homework_reply", label="clean", frm="entwistle", to=[pupil("Ruby Nolan", "24rnolan")],
  note="teacher replies to a pupil's homework question with quoted pupil message",
  subject="Re: sparx homework", date="2025-02-20 18:29:44", client="gmail", cte="8bit", curly=True, fmt="alt",
  in_reply_to="<CAK2ptL5rN0vY8wQ3hZmB6cXe1Fj9Dg4@mail.gmail.com>",
  body="""
Hi Ruby,

Don't worry - if the bookwork check keeps marking it wrong, it's usually because you've written the answer in your book but typed it differently. Try writing 3/4 as 0.75 instead, because that question asks for a decimal.

If it still won't go through, leave it and we'll look at it together on Monday. You won't get a detention for it.

Miss Entwistle

On Thu, 20 Feb 2025 at 17:52, Ruby Nolan <24rnolan@pupils.example-school.org.uk> wrote:
> miss i keep getting question 4B wrong on sparx but i did it right in my
> book what do i do
""")

M(slug="safeguarding_reminder_staff", label="clean", frm="raman", to=[school("allstaff", "All Staff")],
  note="staff-only safeguarding and CPOMS reminder",
  subject="Safeguarding - reminders before half term", date="2025-05-19 12:45:10", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear all,

A few safeguarding reminders before half term:

1. Please log every concern on CPOMS on the same day, even if it seems small. With so many families moving in and out of temporary housing at the moment, small things like a pupil suddenly not having a PE kit or talking about sleeping at a friend's can be the first sign that something has changed.

2. If a pupil tells you they are moving away, please let the attendance team know straight away, even if it's "just a rumour". We have a duty to find out where they've gone.

3. The annual online safeguarding update must be completed by Friday 23 May. Eleven people still haven't done it – you know who you are!

4. Staff must not give pupils or parents personal phone numbers or social media details, or contact them from personal accounts. If a parent needs to reach you urgently, they should ring the office.

Thank you for everything you do.

{SIG:raman}
""")

M(slug="production_tickets_parents", label="clean", frm="cookson", to=[JANE, SAM, ALI],
  note="everyday letter to parents about the school production and tickets",
  subject="Grease - tickets now on sale!", date="2025-06-11 16:03:52", client="gmail", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear Parents and Carers,

After months of rehearsals, our summer production of Grease is nearly here! Performances are on Wednesday 9 and Thursday 10 July at 7pm in the main hall.

Tickets are £5 for adults and £3 for children and concessions, on sale now through ParentPay or from the school office. Last year both nights sold out, so please book early.

Cast and crew will need to stay after school on Monday 7 and Tuesday 8 July for dress rehearsals until 6pm. We'll provide a light tea.

We'd also love some help with the interval refreshments – if you can spare an hour on either night, please let the office know.

See you there,

{SIG:cookson}
""")

M(slug="uniform_exchange_blazer", label="clean", frm="marsden", to=[JANE],
  note="short everyday note about free blazer from the uniform exchange",
  subject="Blazer for Mia", date="2025-01-09 09:28:43", client="gmail", cte="8bit", curly=True,
  body="""
Hi Jane,

We've had a load of blazers donated to the uniform exchange and there's a size 32 that should fit Mia. I'll leave it at reception with her name on - she can pick it up at break. No charge.

Shelley
""")

M(slug="reading_intervention_notes", label="clean", frm="thornber", to=[colleague("quayle")],
  note="staff-only TA notes on a reading intervention group",
  subject="Reading group update", date="2025-03-21 15:44:09", client="outlook", cte="quoted-printable", curly=True,
  body="""
Hi Bernadette,

Update on the Year 9 Monday/Wednesday reading group after the last six weeks:

Tyler B – up two book bands, much more confident reading aloud. Still struggles with longer words, but he's starting to break them down himself.
Jay D – only attended 4 of 12 sessions (attendance). Hard to judge progress.
Natasha K – probably doesn't need the group any more; her decoding is fine, it's more vocabulary. Could she move to the EAL vocabulary group with Tomasz?
Kyle R – making steady progress, but very tired on Mondays. He told me he's been helping his dad set up on the pier at weekends. Might be worth a word with Dev?

I've put the reading ages on the tracker.

Amy
""")

M(slug="work_experience_forms", label="clean", frm="holt",
  to=[pupil("Kian Guardian", "21kguardian"), pupil("Leah McGuire", "21lmcguire"), pupil("Hana Patel", "21hpatel"),
      pupil("Ben Wright", "21bwright"), pupil("Oliver Tomlinson", "21otomlinson")],
  note="everyday reminder to Year 10 pupils about work experience forms",
  subject="Work experience - forms due Friday", date="2025-02-24 12:58:15", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Hi Year 10,

Work experience week is 16–20 June. If you haven't handed in your placement form yet, it's due this Friday at the latest.

If you've found your own placement, the employer needs to fill in page 2, and your parent or carer needs to sign page 3. If you haven't got a placement yet, don't panic – come and see me at lunchtime in the careers office and we'll find something. We've got places at hotels, cafés, the zoo, a vet's, a couple of garages and the council.

Please don't leave this until the last minute. Some employers need DBS and insurance checks, which take weeks.

{SIG:holt}
""")

M(slug="payroll_overtime_deadline", label="clean", frm="pye", to=[school("allstaff", "All Staff")],
  note="staff-only payroll and overtime claim reminder",
  subject="Overtime and expense claims - deadline Friday", date="2025-03-17 09:10:53", client="outlook",
  cte="quoted-printable", curly=True,
  body="""
Morning all,

Please can all overtime, cover and expense claims for March be with me by 12 noon on Friday 21 March so that they can go through with this month's payroll. Anything later will be paid in April.

Claims for the parents' evening last Thursday should go on the overtime form, not the expense form, please.

Car park reminder: the spaces by the sports hall are for visitors and the minibus only.

Thanks,

{SIG:pye}
""")

M(slug="teams_password_reset", label="clean", frm="kinsella",
  to=[pupil("Tyler Booth", "22tbooth"), pupil("Jay Doherty", "22jdoherty"), pupil("Courtney Blackburn", "22cblackburn")],
  note="everyday message to pupils about Teams assignment and password reset",
  subject="Computing - Teams assignment and passwords", date="2025-01-24 11:14:26", client="outlook",
  cte="quoted-printable",
  body="""
Hi all,

A few of you couldn't log into Teams in today's lesson. I've reset your passwords - the new temporary one is on a slip in your tutor's tray. You'll be asked to change it the first time you log in.

The spreadsheets assignment is due next Friday. It's worth doing the first two tasks before Wednesday's lesson so we can work on the charts together.

Mr Kinsella
""")

M(slug="attendance_letter_percentage", label="clean", frm="walmsley", to=[ALI],
  note="everyday attendance letter with percentages and dates",
  subject="Kian's attendance", date="2025-02-12 14:36:22", client="outlook", fmt="alt", cte="quoted-printable",
  curly=True,
  body="""
Dear Mr Guardian,

I'm writing to let you know that Kian's attendance since September is 89.6%. That means he has missed 17 days of school this year.

I know the family has moved twice since the start of the year, and some of those absences were while you were waiting for the new tenancy to start, so I'm not worried about the reasons. But anything under 90% counts as persistent absence, and we want to get him back over the line before his GCSEs.

Since January he has been in every day, so he's definitely heading in the right direction. If there's anything we can help with – a bus pass, breakfast club or uniform – please let us know.

Kind regards,

{SIG:walmsley}
""")

M(slug="inhaler_out_of_date", label="clean", frm="leach", to=[JANE],
  note="short everyday welfare message about an expired inhaler",
  subject="Mia's inhaler", date="2025-05-06 10:17:41", client="outlook", cte="quoted-printable", curly=True,
  body="""
Hi Jane,

Mia's spare inhaler in the medical room went out of date at the end of April. Could you send a new one in with her this week, in the box with the pharmacy label on? Thank you.

{SIG:leach}
""")

M(slug="art_club_two_lines", label="clean", frm="rossall",
  to=[pupil("Tyler Booth", "22tbooth"), pupil("Courtney Blackburn", "22cblackburn"), pupil("Jay Doherty", "22jdoherty")],
  note="two-line art club reminder to pupils",
  subject="Art club", date="2025-01-29 08:41:12", client="apple", cte="7bit",
  body="""
Art club is on Thursday as usual, 3.10 in A2. Bring your sketchbooks - we're starting the lino prints.

Miss Rossall
""")

M(slug="easter_early_finish", label="clean", frm="rawcliffe", to=[JANE, SAM, ALI],
  note="everyday HTML-only letter about the end-of-term early finish",
  subject="End of term - early finish on Friday 4 April", date="2025-03-31 13:27:36", client="outlook",
  fmt="html", cte="quoted-printable", body="(html only)",
  html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>School will close for the Easter holidays at <b>1.15pm on Friday 4 April</b>. Lunch will be served as normal from 12.25 for pupils who want it, and free school meals pupils can pick up a packed lunch on the way out.</p>
<p>Buses will run at the earlier time. If your child can&#8217;t get home early, please let the office know by Wednesday and they can stay in the library until 3.10.</p>
<p>School reopens for pupils on <b>Tuesday 22 April</b> (Monday 21 April is Easter Monday).</p>
<p>Thank you for all your support this term, and have a lovely break.</p>
<p>Neil Rawcliffe<br>Headteacher</p>
<p style="font-size:9pt;color:#555555">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</body>
</html>
""")

M(slug="transition_day_planning", label="clean", frm="fishwick", to=[school("year7tutors", "Year 7 Tutors")],
  cc=[colleague("nowak")],
  note="staff-only meeting notes for Year 6 transition day",
  subject="Transition day - notes from Tuesday's meeting", date="2025-06-18 16:42:03", client="outlook",
  fmt="alt", cte="quoted-printable", curly=True,
  body="""
Hi all,

Thanks for coming to Tuesday's meeting. Here's a summary of what we agreed for transition day on Thursday 3 July.

Numbers: 186 Year 6 pupils from 14 primary schools, plus any late admissions. Tomasz thinks we'll get another 10–15 over the summer, as usual.

Timings:
08:45 – arrive, welcome in the sports hall
09:15 – tutor groups, tour and name games
10:30 – break (free toast)
10:50 – taster lessons (timetable to follow)
12:30 – lunch in the canteen with their tutor
13:30 – "Meet the Year 7s" panel in the hall
14:45 – collection from the front gate

Actions:
• Tutors: please prepare a 20-minute "getting to know you" activity. No worksheets!
• Tomasz to brief us on the pupils who speak little English, and to organise interpreters for the parents' session.
• I'll email the primaries for final lists by Friday 27 June.

Any questions, grab me in the Year 7 office.

{SIG:fishwick}
""")

M(slug="welcome_new_pupil_romania", label="clean", frm="nowak", to=[pupil("Florin Popescu", "24fpopescu")],
  note="everyday welcome email to a new mid-year arrival",
  subject="Welcome to Example School, Florin", date="2025-03-10 15:31:27", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Hi Florin,

Welcome to Example School! You did really well today.

Your tutor group is 7CE and your tutor is Miss Entwistle. Ruby will be your buddy for the first two weeks – she'll meet you at the Hub every morning at 8.30 and take you to lessons.

Tomorrow:
Period 1 – English (E4)
Period 2 – Maths (M2)
Period 3 – PE (bring your kit)
Period 4 – Science (S3)
Period 5 – Geography (H1)

Bine ai venit! If you don't understand something, come and find me in the Hub.

Mr Nowak
""")

M(slug="access_arrangements_outcome", label="clean", frm="quayle", to=[ALI],
  note="everyday SENCo update to a parent about exam access arrangements",
  subject="Kian - exam access arrangements", date="2025-02-27 13:05:39", client="outlook",
  cte="quoted-printable", curly=True, fmt="alt",
  body="""
Dear Mr Guardian,

Thank you for ringing last week. I've now finished Kian's assessment, and I'm pleased to say he qualifies for 25% extra time in his exams. His processing speed scores were well below average, which fits with what his teachers have noticed in class.

He'll use the extra time in his Year 10 mocks in June, and I'll apply to the exam board for his GCSEs next year. He'll also sit in the smaller exam room, which he said he'd prefer.

If he moves schools again before his exams, the assessment goes with him – just ask the new school's SENCo to contact me.

Kind regards,

{SIG:quayle}
""")

M(slug="staffroom_fridge_clearout", label="clean", frm="ashworth", to=[school("allstaff", "All Staff")],
  note="two-line staff-only admin",
  subject="Staffroom fridge", date="2025-03-27 12:02:50", client="outlook", cte="quoted-printable",
  body="""
The staffroom fridge will be emptied at 4pm on Friday. Anything left in it goes in the bin - including the mystery soup on the bottom shelf!

Karen
""")

M(slug="english_mock_reply_outlook", label="clean", frm="mistry", to=[ALI],
  note="teacher replies to a parent about assessment grades; parent's Outlook message quoted",
  subject="RE: Kian's English assessment", date="2025-03-18 16:20:08", client="outlook", fmt="alt",
  cte="quoted-printable", curly=True,
  body="""
Dear Mr Guardian,

Thank you for your email. Kian got a grade 4 in English Language and a 3 in English Literature in the spring assessments. That's a real improvement on his baseline in September, especially given how much school he's missed with the moves.

The quickest way to push the Literature grade up is learning quotations. Ten key quotes for each text would make a big difference, and he can use the flashcards on Teams. I've also put him on the list for the Tuesday intervention group after Easter.

Kind regards,

Ms P Mistry
Teacher of English

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 17 March 2025 19:12
To: Priya Mistry <p.mistry@example-school.org.uk>
Subject: Kian's English assessment

Hi Ms Mistry, Kian said he's had his English assessment back but he won't tell me what he got. Can you let me know and what he needs to do to get better? Thanks, Ali
""")


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

README = """# Round 50 held-out corpus: personal-address-to-parent

**BLIND: never use this corpus for tuning.** It was written without reading the
filter's code, rules, tests, docs or git history, so that it measures how the
filter does on mail nobody tuned it on. If a message here is misjudged, fix the
filter for the general case, and do not add this message (or something shaped
like it) to the rules or the tuning tests.

## What it is

{total} RFC 5322 messages (`.eml`) as staff at Example School would send them,
with `labels.csv` (columns `file,expected,sender,recipients,note`). `expected`
is `flag` where the policy says the mail should be held: a member of staff gives
a parent or pupil their OWN personal contact details (personal mobile or home
landline, personal e-mail address, home address) or invites them onto a private
channel (WhatsApp, Snapchat, Instagram, Facebook, Discord, Signal...).
Judgement calls are marked `[unsure]` in the note.

Setting for this round: an 11-16 school in Blackpool with very high pupil
mobility: families in holiday flats, guest houses and HMOs, seasonal work on the
Pleasure Beach and the piers, pupils arriving and leaving mid-year, attendance
officers doing home visits, a family liaison officer, a New Arrivals Hub.

## How it was made

`../make_round50_personal.py` (Python 3.11 standard library only) holds every
message and writes the files, `labels.csv` and this README. Dates,
Message-IDs and MIME boundaries are fixed, so the output is byte-identical on
every run. Regenerate with:

    python3 tests/holdout/round50/make_round50_personal.py

Formats: text/plain (Outlook QP, Gmail 7bit, Thunderbird format=flowed, iPhone
QP), multipart/alternative (Outlook Word HTML and Gmail HTML), HTML-only,
multipart/mixed with PDF, CSV, vCard and iCalendar attachments; base64, QP, 7bit
and 8bit bodies; RFC 2047 subjects and display names; replies with `>` quotes,
"On ... wrote:" and Outlook "From/Sent/To/Subject" blocks; a forward.

All phone numbers are Ofcom drama numbers (07700 900xxx, 01632 960xxx,
0161 496 0xxx, 0808 157 0xxx). The round asked for local 01253 numbers, but
there is no drama range for 01253, so "local" landlines use 01632 960xxx (the
same range as the school's own 01632 960000). The school's identity (Park Row,
LS1 4AP) comes from the config, even though the setting is Blackpool; other
addresses use invented streets with FY postcodes. Names are invented; parent
addresses are the three in `directory/parents.csv`; third-party organisations
use example.com / example.org.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give a parent/pupil their own contact details or a private channel | {flag} |
| clean | hard negatives (look like the flag case but are fine) | {hard} |
| clean | ordinary everyday school mail | {ordinary} |
| | **total** | **{total}** |

## Kinds of case

Flag:
- own mobile in the body: plain, no spaces, hyphens, brackets and dots, +44 and
  0044 forms, split over a hard line break, in an HTML `tel:` link, in an
  Outlook signature with `&nbsp;`
- home landline; home address with and without a postcode
- personal e-mail in the body, in `Reply-To`, in `Cc`, in a forwarded header
- personal details only inside an attached vCard or an .ics invite
- invitations to WhatsApp (one-to-one and a parents' group), Snapchat,
  Instagram (private account), Facebook friend request, Discord server, Signal
- recipients: the three known parents, or pupils; base64 and Polish text in one

Clean, hard:
- the school's own number, postcode, e-mail and official social media pages
- a school-owned trip mobile and the attendance team's shared work mobile,
  each stated as a school phone
- the parent's own number and address read back or quoted in a reply
- third parties: housing team, advice centre, food bank, coach firm, hotel
  placement, receiving school, child-employment officer, helplines, GP,
  a colleague's office line, a B&B landlady (staff-only)
- numbers that are not phones: candidate and centre numbers, ISBNs, sort code
  and account number, a Teams meeting ID, references, prices, times, venue
  postcodes
- staff-only mail with personal details (staff barbecue, HR change of address,
  cover request, safeguarding forward, home-visit notes)
- e-safety advice naming apps; staff refusing a number, a parents' WhatsApp
  group and a pupil's Snapchat request
- a PE teacher giving his own mobile to an outside event organiser (not a
  parent or pupil)

Clean, ordinary: newsletters, homework reminders, trip letters, fixtures,
exams admin, briefing notes, meeting notes, new-arrival lists, payroll,
attendance and welfare notes, replies to parents and pupils.
"""

HARD = {
    "fieldtrip_running_late_school_mobile", "contact_details_readback", "change_of_address_confirmed",
    "housing_options_numbers", "staff_barbecue_at_ours", "hr_new_address_and_mobile", "safer_internet_day_tips",
    "tutor_declines_to_give_mobile", "exam_candidate_details", "trip_payment_bank_transfer",
    "online_parents_evening_teams", "district_athletics_venue", "work_experience_hotel_placement",
    "attendance_team_work_mobile", "moving_to_manchester_new_school", "detention_moved_outlook_quote",
    "summer_reading_isbns", "support_services_after_disclosure", "declines_pupil_snapchat",
    "chester_zoo_times_prices", "child_employment_permit", "fun_run_organiser_staff_mobile",
    "official_school_social_media", "declines_parents_whatsapp_group", "cover_tomorrow_text_me",
    "fwd_parent_safeguarding_address", "home_visit_notes_landlady", "leave_request_refused_refs",
    "senco_direct_line_via_reception", "annual_review_invite_school_address",
}


def main():
    import random
    msgs = list(MESSAGES)
    slugs = [m["slug"] for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    assert all(h in slugs for h in HARD)
    random.Random(50).shuffle(msgs)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append([fname, m["label"], STAFF[m["frm"]][1], " ".join(recipients(m)), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in msgs if m["label"] == "flag")
    nhard = sum(1 for m in msgs if m["slug"] in HARD)
    total = len(msgs)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=total, flag=nflag, hard=nhard, ordinary=total - nflag - nhard))
    print(f"wrote {total} messages ({nflag} flag, {total - nflag} clean) to {OUT}")


if __name__ == "__main__":
    main()
