#!/usr/bin/env python3
"""Generate the round-26 BLIND held-out corpus for the obscene-language module.

Setting: a Welsh-medium bilingual 11-18 school in Gwynedd (identity in the project's
config.example.yaml: Example School / Ysgol Enghraifft, 01632 960000, LS1 4AP).

Python 3.11 standard library only. Deterministic: fixed dates, Message-IDs and MIME
boundaries; raw RFC 5322 text is built by hand so that encodings (quoted-printable
soft line breaks, base64 bodies, RFC 2047 words) are exactly as written here.

    python3 tests/holdout/round26/make_round26_obscene.py

writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round26/obscene-language/ (files of an earlier run are replaced).
Never use this corpus for tuning the filter.
"""
import base64
import csv
import glob
import hashlib
import html
import os
import quopri
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"
CRLF = "\r\n"


# --------------------------------------------------------------------------- helpers

def h(s, n=40):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def date_hdr(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=int(h(s, 2), 16) % 60)
    bst = (datetime(2024, 3, 31, 1) <= d < datetime(2024, 10, 27, 1)) or (
        datetime(2025, 3, 30, 1) <= d < datetime(2025, 10, 26, 1))
    return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0))))


def fmt_addr(person):
    name, addr = person
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def addr_header(field, people):
    parts = [fmt_addr(p) for p in people]
    lines, cur = [], field + ":"
    for i, p in enumerate(parts):
        piece = p + ("," if i < len(parts) - 1 else "")
        if len(cur) + 1 + len(piece) > 78 and cur != field + ":":
            lines.append(cur)
            cur = " " + piece
        else:
            cur = cur + " " + piece
    lines.append(cur)
    return CRLF.join(lines)


def fold_ascii(field, value):
    words = value.split(" ")
    lines, cur = [], field + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur != field + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return CRLF.join(lines)


def b_words(s):
    """RFC 2047 B-encoded words, split on character boundaries."""
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 39:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return [f"=?UTF-8?B?{base64.b64encode(w).decode()}?=" for w in words]


def subject_header(s, force_b=False):
    if force_b:
        return "Subject: " + (CRLF + " ").join(b_words(s))
    if s.isascii():
        return fold_ascii("Subject", s)
    return "Subject: " + Header(s, "utf-8", header_name="Subject", maxlinelen=78).encode(linesep=CRLF)


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        rest = line[len(prefix):]
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)]|[a-z][.)])\s+)", rest)
        ind = " " * len(m.group(1)) if m else ""
        for x in textwrap.wrap(rest, width=width - len(prefix), subsequent_indent=ind,
                               break_long_words=False, break_on_hyphens=False):
            out.append(prefix + x)
    return "\n".join(out)


def encode_body(text, cte, wrap=True):
    if cte == "auto":
        cte = "7bit" if text.isascii() else "quoted-printable"
    if cte == "7bit" and not text.isascii():
        cte = "8bit"  # as a client would: 7bit was only a preference
    if wrap and cte in ("7bit", "8bit"):
        text = wrap_plain(text)
    data = text.encode("utf-8")
    if cte == "7bit":
        assert data.isascii(), text[:60]
        body = text
    elif cte == "8bit":
        body = text
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    return cte, body.rstrip("\n").replace("\n", CRLF)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def serialize(self):
        return CRLF.join(self.headers) + CRLF + CRLF + self.body


def leaf(ctype, text, cte="auto", wrap=True, extra=None):
    cte, body = encode_body(text, cte, wrap)
    hdrs = [f'Content-Type: {ctype}; charset="utf-8"']
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    return Part(hdrs + (extra or []), body)


def raw_leaf(ctype, cte, body_lines):
    return Part([f'Content-Type: {ctype}; charset="utf-8"', f"Content-Transfer-Encoding: {cte}"],
                CRLF.join(body_lines))


def multipart(sub, parts, boundary):
    body = ""
    for p in parts:
        body += f"--{boundary}{CRLF}{p.serialize()}{CRLF}"
    body += f"--{boundary}--{CRLF}"
    return Part([f'Content-Type: multipart/{sub};{CRLF} boundary="{boundary}"'], body)


def attachment(filename, ctype, data, cte="base64", charset=None):
    ct = f'{ctype}; name="{filename}"'
    if charset:
        ct = f'{ctype}; charset="{charset}"; name="{filename}"'
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii").rstrip("\n").replace("\n", CRLF)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii").rstrip("\n").replace("\n", CRLF)
    else:
        body = data.decode("utf-8").replace("\r\n", "\n").rstrip("\n").replace("\n", CRLF)
    return Part([f"Content-Type: {ct}",
                 f'Content-Disposition: attachment; filename="{filename}"',
                 f"Content-Transfer-Encoding: {cte}"], body)


# ---- HTML renderings of a plain-text body, as Outlook or Gmail would make them

OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n@font-face\n\t{font-family:Aptos;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n'
    '\tfont-family:"Aptos",sans-serif;}\n'
    'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
    '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
)


def outlook_html(text, lang="EN-GB"):
    out = [OUTLOOK_HEAD, f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
           '<div class="WordSection1">\n']
    in_hdr = False
    for line in text.split("\n"):
        if re.match(r"^(From|Oddi wrth): ", line) and not in_hdr:
            in_hdr = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        esc = html.escape(line, quote=False)
        m = re.match(r"^(From|Sent|To|Cc|Subject|Oddi wrth|Anfonwyd|At|Pwnc): (.*)$", line)
        if in_hdr and m:
            out.append(f'<p class="MsoNormal"><b>{m.group(1)}:</b> {html.escape(m.group(2), quote=False)}</p>\n')
        elif not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>\n')
    if in_hdr:
        out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def gmail_html(text):
    lines = text.split("\n")
    q_start = None
    for i, line in enumerate(lines):
        if line.startswith(">"):
            q_start = i
            break
    attr = None
    main = lines
    quoted = []
    if q_start is not None:
        j = q_start - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and (lines[j].rstrip().endswith("wrote:") or lines[j].rstrip().endswith("ysgrifennodd:")):
            attr = lines[j]
            main = lines[:j]
        else:
            main = lines[:q_start]
        quoted = [re.sub(r"^> ?", "", x) for x in lines[q_start:]]
    while main and not main[-1].strip():
        main = main[:-1]
    out = ['<div dir="ltr">']
    for line in main:
        out.append("<div><br></div>" if not line.strip() else f"<div>{html.escape(line, quote=False)}</div>")
    out.append("</div>")
    if quoted:
        out.append('<br><div class="gmail_quote gmail_quote_container">')
        if attr:
            out.append(f'<div dir="ltr" class="gmail_attr">{html.escape(attr, quote=False)}<br></div>')
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out.append("<br>\n".join(html.escape(x, quote=False) for x in quoted))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def plain(text, cte="auto"):
    return leaf("text/plain", text, cte)


def alt(text, flavor="outlook", html_text=None, cte_t="auto", cte_h="quoted-printable", lang="EN-GB", key=""):
    if html_text is None:
        html_text = outlook_html(text, lang) if flavor == "outlook" else gmail_html(text)
    if flavor == "outlook":
        b = f"_000_DB9PR01MB{int(h(key, 6), 16) % 9000 + 1000}{h(key + 'b', 20).upper()}_"
    else:
        b = f"000000000000{h(key + 'g', 16)}"
    return multipart("alternative", [leaf("text/plain", text, cte_t), leaf("text/html", html_text, cte_h, wrap=False)], b)


def html_only(html_text, cte="quoted-printable"):
    return leaf("text/html", html_text, cte, wrap=False)


def mixed(inner, atts, key):
    return multipart("mixed", [inner] + atts, f"_004_MIX{h(key + 'm', 24).upper()}_")


def make_pdf(lines):
    """A small valid one-page PDF with the given ASCII lines of text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 780
    ops = ["BT", "/F1 11 Tf", "14 TL", f"50 {y} Td"]
    for i, ln in enumerate(lines):
        ops.append(f"({esc(ln)}) Tj T*" if i else f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


# --------------------------------------------------------------------------- people

def S(local):
    return f"{local}@{DOM}"


STAFF = {
    "rhodri": ("Rhodri Hughes", S("r.hughes"), "Pennaeth Addysg Gorfforol | Head of PE"),
    "dewi": ("Dewi Jenkins", S("d.jenkins"), "Athro Addysg Gorfforol | PE Teacher"),
    "sian": ("Siân Prys-Jones", S("s.prys-jones"), "Dirprwy Bennaeth | Deputy Headteacher"),
    "catrin": ("Catrin Ellis", S("c.ellis"), "Pennaeth Blwyddyn 9 | Head of Year 9"),
    "gareth": ("Gareth Owen", S("g.owen"), "Pennaeth Mathemateg | Head of Mathematics"),
    "bryn": ("Bryn Morgan", S("b.morgan"), "Athro Mathemateg | Teacher of Mathematics"),
    "dafydd": ("Dafydd ap Iwan", S("d.apiwan"), "Pennaeth Hanes | Head of History"),
    "tom": ("Tom Barker", S("t.barker"), "Pennaeth Daearyddiaeth | Head of Geography"),
    "office": ("Swyddfa'r Ysgol / School Office", S("office"), "Rheolwr Swyddfa | Office Manager"),
    "attendance": ("Bethan Pritchard", S("attendance"), "Swyddog Presenoldeb | Attendance Officer"),
    "dsl": ("Ffion Morgan", S("dsl"), "Arweinydd Diogelu Dynodedig | Designated Safeguarding Lead"),
    "huw": ("Huw Williams", S("h.williams"), "Rheolwr Safle | Site Manager"),
    "lowri": ("Lowri Evans", S("l.evans"), "Athrawes Gymraeg | Teacher of Welsh"),
    "iwan": ("Iwan Thomas", S("i.thomas"), "Pennaeth Gwyddoniaeth | Head of Science"),
    "mared": ("Mared Jenkins", S("m.jenkins"), "Athrawes Gwyddoniaeth | Science Teacher"),
    "meinir": ("Meinir Jones", S("m.jones"), "Cydlynydd ADY | ALN Coordinator (ALNCo)"),
    "helen": ("Helen Kowalski", S("h.kowalski"), "Pennaeth Ieithoedd Modern | Head of MFL"),
    "alun": ("Alun Griffiths", S("a.griffiths"), "Pennaeth | Headteacher"),
    "osian": ("Osian Parry", S("o.parry"), "Athro Dylunio a Thechnoleg | Teacher of D&T"),
    "gwenllian": ("Gwenllian Davies", S("g.davies"), "Pennaeth Cerddoriaeth | Head of Music"),
    "emyr": ("Emyr Roberts", S("exams"), "Swyddog Arholiadau | Exams Officer"),
    "sioned": ("Sioned Hughes", S("s.hughes"), "Arweinydd y Chweched | Head of Sixth Form"),
    "kevin": ("Kevin Shaw", S("k.shaw"), "Technegydd TG | IT Technician"),
    "angharad": ("Angharad Rees", S("a.rees"), "Athrawes Addysg Grefyddol | Teacher of RE"),
    "geraint": ("Geraint Lewis", S("g.lewis"), "Rheolwr Busnes | Business Manager"),
    "eirlys": ("Eirlys Pugh", S("llyfrgell"), "Llyfrgellydd | Librarian"),
    "dylan": ("Dylan Rowlands", S("d.rowlands"), "Pennaeth Blwyddyn 11 | Head of Year 11"),
    "carwyn": ("Carwyn Morris", S("cover"), "Rheolwr Cyflenwi | Cover Manager"),
    "elin": ("Elin Wyn Roberts", S("e.roberts"), "Pennaeth Saesneg | Head of English"),
    "rhian": ("Rhian Bowen", S("r.bowen"), "Cwnselydd Ysgol | School Counsellor"),
    "glenys": ("Glenys Owen", S("cegin"), "Rheolwr Arlwyo | Catering Manager"),
    "ceri": ("Ceri Hughes", S("c.hughes"), "Technegydd Gwyddoniaeth | Science Technician"),
    "emlyn": ("Emlyn Parry", S("e.parry"), "Athro Ffiseg a Thiwtor 10E | Physics Teacher, Tutor 10E"),
    "nia": ("Nia Lloyd", S("office"), "Rheolwr Swyddfa | Office Manager"),
}


def P(key):
    n, a, _ = STAFF[key]
    return (n, a)


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name=""):
    return (name, f"{local}@{PUP}")


SCHOOL_LINES = ["Ysgol Enghraifft | Example School", "Park Row, Leeds LS1 4AP",
                "Ffôn | Tel: 01632 960000"]


def sig(key, style="full"):
    name, addr, role = STAFF[key]
    if key == "nia":
        name = "Nia Lloyd"
    if style == "full":
        return "\n".join([name, role] + SCHOOL_LINES)
    if style == "lang":
        return "\n".join([name, role] + SCHOOL_LINES + [
            "",
            "Croesewir gohebiaeth yn Gymraeg neu yn Saesneg. Byddwn yn ateb yn yr un iaith.",
            "We welcome correspondence in Welsh or English and will reply in the same language."])
    if style == "line":
        return f"{name} | {role}\nYsgol Enghraifft, Park Row, Leeds LS1 4AP | 01632 960000"
    if style == "disclaimer":
        return "\n".join([name, role] + SCHOOL_LINES + [
            "",
            "Mae'r e-bost hwn a'r atodiadau yn gyfrinachol ac at ddefnydd y derbynnydd yn unig.",
            "This e-mail and any attachments are confidential and intended solely for the addressee."])
    return name


MESSAGES = []


def add(slug, label, note, frm, to, subject, date, body, cc=(), flavor="outlook",
        in_reply_to=None, extra=(), force_b_subject=False, lang="en-GB"):
    MESSAGES.append(dict(slug=slug, label=label, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, flavor=flavor,
                         in_reply_to=in_reply_to, extra=list(extra),
                         force_b=force_b_subject, lang=lang))


def message_id(m):
    k = m["slug"] + m["date"]
    if m["flavor"] == "outlook":
        box = f"DB9PR01MB{int(h(k, 6), 16) % 9000 + 1000}"
        return f"<{box}{h(k, 24).upper()}@{box}.eurprd01.prod.exchangelabs.com>"
    if m["flavor"] == "iphone":
        u = h(k, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{DOM}>"
    return f"<CAK{h(k, 30)}+r26@mail.{DOM}>"


def render(m):
    hdrs = []
    hdrs.append(addr_header("From", [m["frm"]]))
    hdrs.append(addr_header("To", m["to"]))
    if m["cc"]:
        hdrs.append(addr_header("Cc", m["cc"]))
    hdrs.append(subject_header(m["subject"], m["force_b"]))
    hdrs.append("Date: " + date_hdr(m["date"]))
    hdrs.append("Message-ID: " + message_id(m))
    if m["in_reply_to"]:
        hdrs.append("In-Reply-To: " + m["in_reply_to"])
        hdrs.append("References: " + m["in_reply_to"])
    if m["flavor"] == "outlook":
        hdrs.append("Content-Language: " + m["lang"])
    elif m["flavor"] == "iphone":
        hdrs.append("X-Mailer: iPhone Mail (21H221)")
    hdrs.extend(m["extra"])
    hdrs.append("MIME-Version: 1.0")
    body = m["body"]
    return (CRLF.join(hdrs) + CRLF + body.serialize().rstrip(CRLF) + CRLF).encode("utf-8")


# =========================================================================== MESSAGES
# ---------------------------------------------------------------- FLAG: plain words

add("u15_fixture_bollocks", "flag", "PE head venting to colleague: 'Absolute bollocks' (plain)",
    P("rhodri"), [P("dewi")], "Gêm dan 15 fory – wedi'i chanslo", "2024-11-15 19:22",
    plain("""Dewi,

Newydd gael galwad gan eu pennaeth AG nhw. They've pulled the U15s out of tomorrow morning because "the pitch is waterlogged". Their pitch is halfway up a hill in Porthmadog, it's never been waterlogged in its life. Absolute bollocks – they just haven't got fifteen players because half their squad is away at the CFfI rally.

Can you ring round the parents of the boys on the bus list tonight? I've put it on the team's Teams page but you know half of them don't look at it on a Friday. I've told Geraint to cancel the bus, he's not happy either, we'll probably still get charged.

Dwi'n mynd i gwyno i'r gynghrair ddydd Llun. Third time this season with them.

Rhodri""", "8bit"))

add("estyn_news", "flag", "Deputy to friend colleague: 'Fucking brilliant timing' (base64 UTF-8 body)",
    P("sian"), [P("catrin")], "ti 'di clywed?", "2025-02-03 16:48",
    plain("""Cat,

Ti 'di clywed? Estyn rang Alun at half two. They're in from Monday week. Fucking brilliant timing, with the Year 11 mocks and Eisteddfod yr ysgol in the same week.

Paid â dweud dim byd eto – he's telling everyone in briefing tomorrow morning. But start dusting off the Year 9 tracking because they WILL want to see it, and I know the attendance interventions column is half empty because mine is too.

Gwin nos Wener? I think we're going to need it.

S x""", "base64"))

add("parent_call_reply", "flag", "HoY11 Outlook reply to colleague calling a parent 'a wanker'; original query quoted below",
    P("dylan"), [P("mared")], "RE: Complaint – Y11 chemistry mock (Mr Vaughan)", "2024-12-12 16:05",
    alt("""Hi Mared,

Had him on the phone for forty minutes after your email. He told me I was "a failed teacher who couldn't get a job in Cardiff" and that the department "couldn't mark a shopping list". What a wanker.

Don't reply to him again yourself. I've logged the call on the system, and if he emails you directly just forward it to me and I'll pass it up to Siân. Your marking is fine, I had a look at the paper and the mark scheme – if anything you were generous on 6b.

Dylan

Dylan Rowlands
Pennaeth Blwyddyn 11 | Head of Year 11
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000

From: Mared Jenkins <m.jenkins@example-school.org.uk>
Sent: 12 December 2024 13:14
To: Dylan Rowlands <d.rowlands@example-school.org.uk>
Subject: Complaint – Y11 chemistry mock (Mr Vaughan)

Hi Dylan,

Mr Vaughan (Osian's dad, 11R) has emailed me again about the chemistry mock grade. He wants the paper remarked by "someone who actually knows what they're doing". I've attached my marking and the mark scheme. I'm not sure how to respond – can you advise? I don't want to make it worse.

Diolch,
Mared""", key="parent_call_reply"))

add("y13_coursework_pissing_about", "flag", "Maths teacher to Year 13 pupil: 'Stop pissing about' (plain)",
    P("gareth"), [pupil("18cjones", "Cai Jones")], "Further Maths coursework - last chance", "2025-01-24 15:31",
    plain("""Cai,

I've had nothing from you since October half term. The other five in the group have all handed in a draft of the mechanics investigation, and you told me in the corridor last Tuesday that yours was "nearly done".

Stop pissing about and get it uploaded to Teams by 9am on Monday, or I'm phoning home and it goes to Miss Hughes. You're more than capable of an A* in this and you know it, which is exactly why this is so frustrating.

Mr Owen""", "7bit"))

add("detention_reply_to_parent", "flag", "HoY9 to parent: calls the parent's complaint 'bullshit'; parent's email quoted",
    P("catrin"), [ALI], "Re: Detention on Thursday", "2025-01-15 08:12",
    plain("""Mr Guardian,

I've read your email twice now. With respect, the idea that three members of staff have "ganged up" on Example Pupil Three is bullshit, and I think you know that. He swore at a supply teacher in front of the whole class and then walked out of the lesson. Under our behaviour policy that is an after-school detention. It isn't personal and it isn't going to be cancelled.

The detention stands: Thursday 3.20–4.20pm, room G12. If he doesn't attend, it will be repeated on Monday with a senior member of staff.

Catrin Ellis
Pennaeth Blwyddyn 9 | Head of Year 9
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000

On Tue, 14 Jan 2025 at 21:37, Ali Guardian <ali.guardian@btinternet.com> wrote:
> I am writing again about the detention given to my son. He tells me that
> three different teachers have picked on him this week and frankly I am
> not happy about it. He is not perfect but he is not the only one messing
> about in that class. I want the detention cancelled and I want a meeting.
>
> Ali Guardian""", "8bit"),
    flavor="gmail", in_reply_to="<7a1c3e92.20250114213702@btinternet.com>")

add("llungopiwr_ffycin", "flag", "Welsh teacher venting in Welsh to colleague: 'ffycin', 'cachu' (Welsh-spelt swearing, QP)",
    P("lowri"), [P("gwenllian")], "llungopïwr llawr cyntaf", "2024-10-02 08:41",
    plain("""Mae'r ffycin llungopïwr ar y llawr cyntaf wedi torri ETO. Papur yn sownd yn rhywle tu mewn a does neb yn y swyddfa'n gwybod lle, a Huw ddim i mewn tan naw.

Dwi 'di colli hanner awr bore 'ma a does gen i ddim byd i 9C gwers un. Cachu rwtsh.

Ti'n gwybod os ydi'r un yn y llyfrgell yn gweithio? Neu oes gen ti gopïau o'r daflen 'Hon' ar ôl o'r llynedd?

Lowri""", "quoted-printable"), lang="cy-GB")

add("dance_workshop_poof", "flag", "DT teacher to PE head: homophobic slur ('poof') about visiting dance tutor",
    P("osian"), [P("rhodri")], "dance workshop Wednesday", "2025-02-25 12:58",
    plain("""Rhods,

Did you see who Angharad's booked for the Year 9 boys' dance workshop next Wednesday? The bloke from the theatre company that came in for the Christmas show, with the pink leggings. No wonder half your lads are trying to get out of it, he's a proper poof.

Can we not just give the boys rugby that period and let the girls do the dance? I'll cover the pitch with you if you want.

Os""", "7bit"))

add("set4_swap_retards", "flag", "Maths teacher to HoD: disability slur ('the retards') about a lower set",
    P("bryn"), [P("gareth")], "Thursday P5 swap?", "2024-09-19 13:20",
    alt("""Gareth,

Any chance of swapping my period 5 Thursday with someone? Teaching the retards in 8X4 last thing on a Thursday straight after they've had PE is a waste of everyone's time. None of them can sit still for five minutes and I spend the whole hour on behaviour instead of fractions.

I'd happily take 8X1 period 5 instead, or even Year 11 resits.

Cheers
Bryn""", key="set4_swap_retards"))

add("caravans_top_field", "flag", "Site manager to head: ethnic slur ('pikeys') about Travellers on the lane",
    P("huw"), [P("alun")], "Caravans on the lane by the top field", "2025-03-10 07:14",
    plain("""Alun,

Just a heads up before the kids start arriving. There's three caravans and a transit pulled onto the lane by the top field gate since some time last night. Pikeys by the look of it, probably the same lot as last summer.

I've padlocked the field gate and moved the ride-on mower and the strimmers into the container. I'd keep the Year 7s off the top field at break till they've moved on. Do you want me to ring the council or will you do it?

Huw
Rheolwr Safle | Site Manager
Ysgol Enghraifft | Example School""", "7bit"),
    cc=[P("geraint")])

add("seating_plan_csv_notes", "flag", "Cover notes in attached CSV call pupils 'lazy little shit' and 'stupid cow' (body clean)",
    P("angharad"), [P("carwyn")], "10B cover fory – seating plan", "2024-11-27 16:35",
    mixed(plain("""Carwyn,

I'm on the Year 11 RE revision day tomorrow so 10B period 3 needs cover. Work is on Teams (Lesson 14 – "Is war ever justified?"), they just need to do the source questions in their books.

Seating plan attached with a few notes so whoever covers knows who's who. Please make them stick to it.

Diolch,
Angharad""", "7bit"),
        [attachment("10B_seating_plan.csv", "text/csv", """seat,pupil,notes
A1,Elis Jones,good - can hand out books
A2,Gwion Hughes,lazy little shit - do NOT let him sit by the window
A3,Mali Roberts,quiet
A4,Tomos Pritchard,
B1,Lili Owen,ALN - can use a laptop
B2,Tia Moss,"stupid cow, will ask for the toilet every ten minutes - say no"
B3,Hari Davies,
B4,Cadi Lloyd,helpful
C1,Jac Williams,
C2,Efa Parry,new this term - speaks more English than Welsh at the moment
C3,Steffan Rees,
C4,Nanw Jones,will finish early - extension q on the board
""".encode("utf-8"), "7bit", "utf-8")], key="seating_plan_csv_notes"),
    lang="cy-GB")

# ---------------------------------------------------------------- FLAG: disguised

add("timetable_v3_masked", "flag", "Asterisk/symbol masking: 'f*cking', 'Sh!t' (plain + HTML)",
    P("iwan"), [P("mared")], "Timetable v3 (!!)", "2024-07-09 12:06",
    alt("""Have you seen the new timetable? They've given me Year 10 triple in S4 for the whole of next year, the lab with no gas taps. How am I supposed to do flame tests and the rates practical, with a f*cking candle?

Plus five periods on a Friday, and you've got 7X3 period 5 twice. Sh!t like this is why people leave.

I'm going to see Siân after school, come with me if you're free. Strength in numbers.

Iwan""", key="timetable_v3_masked"))

add("supply_teacher_leet", "flag", "Leetspeak insults: 'w4nk3r', 'b3ll3nd' about a supply teacher",
    P("mared"), [P("lowri")], "omg the supply guy", "2024-10-08 11:02",
    plain("""Lowri!!

You will not believe the supply teacher they've given us for Iolo's classes this week. Told 9S2 that Welsh is "a dead language you'll never use outside this valley" and then asked me where the "proper" staffroom was, as if ours is a cupboard.

Absolute w4nk3r. Honestly, what a b3ll3nd. I've told Iwan and he's going to ring the agency.

Coffee at break? I need to rant x

Mared""", "7bit"))

add("buses_ice_stretched", "flag", "Sixth-form head to Year 12 pupils: stretched swearing 'shiiiite', 'Fuuuuck knows'",
    P("sioned"), [pupil("19mparry", "Math Parry"), pupil("19ejones", "Erin Jones"), pupil("19tlloyd", "Twm Lloyd"),
                  pupil("19sroberts", "Swyn Roberts")],
    "Bysiau fory / Buses tomorrow", "2025-01-08 17:45",
    plain("""Helo bawb,

Well this is shiiiiite news: the Cyngor have just told us the 7.20 bus from Trawsfynydd and the Llan Ffestiniog one won't run tomorrow because of the ice on the A470. Fuuuuuck knows when they'll be back on, they're saying "review daily".

If you're on those two routes, work from home tomorrow – your lessons will be set on Teams and Mr Owen will do Further Maths live at 10. Everyone else in as normal. Please pass this on to anyone in the group who doesn't check their email.

Cadwch yn gynnes!
Miss Hughes""", "8bit"),
    cc=[P("geraint")])

add("budget_meeting_dotted", "flag", "Dotted/hyphenated masking: 't.w.a.t', 'c-u-n-t' about a senior colleague",
    P("dafydd"), [P("tom")], "re: budget", "2025-03-05 16:22",
    plain("""Tom,

Just out of the budget meeting. He's cut the Humanities trip money by half and moved it into "digital learning", i.e. another thirty iPads that'll be smashed by Easter. Sat there smirking the whole time while he did it.

Honestly, t.w.a.t. doesn't begin to cover it. Some days I think he's a c-u-n-t on purpose.

Penrhyn Castle for Year 9 might have to go unless we charge for it, and we both know half those families can't pay. Pint in the Anglesey later?

D.""", "7bit"))

add("transport_cut_homoglyph", "flag", "Cyrillic homoglyphs inside 'bastards' and 'shite' (plain + HTML)",
    P("geraint"), [P("alun")], "Transport – Cwm Pennant route from January", "2024-12-03 10:47",
    alt("""Alun,

The council have done it again. They're cutting the Cwm Pennant minibus from January with two weeks' notice – "review of eligibility". Six children, two of them on farms three miles up an unadopted track. Useless b\u0430st\u0430rds haven't even told the parents yet, I had to hear it from the driver at the gate this morning.

It's the same sh\u0456te as last year with Nantmor. I'm drafting a letter to the Head of Transport and I'll copy in the county councillor for the ward. Can you read it and sign it off by Thursday?

Geraint

Geraint Lewis
Rheolwr Busnes | Business Manager
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="transport_cut_homoglyph"))


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


add("referee_fullwidth", "flag", "PE teacher to rugby club chair: full-width letters 'ａｒｓｅｈｏｌｅ' about a referee",
    P("dewi"), [("Meirion Lloyd", "cadeirydd@clwbrygbi.example.org")], "Saturday's ref", "2024-11-18 20:11",
    plain(f"""Meirion,

Thanks to you and the club for hosting Saturday, the lads loved playing on a proper pitch and they were brilliant in the second half.

But that ref. Three yellows to our boys and nothing for their number 8 stamping on Gruffudd's hand at the ruck – it's still bandaged today. He was an absolute {fw("arsehole")} all afternoon, and I heard him tell Osian to "stop whinging in Welsh".

Is he on the district panel or is he one of theirs? I'd like to put something in writing before the cup game on the 7th.

Diolch eto,
Dewi
Ysgol Enghraifft | Example School – 01632 960000""", "8bit"))

add("reports_deadline_zwsp", "flag", "Zero-width spaces inside 'shite' and 'fuck-up' (Outlook, QP)",
    P("elin"), [P("lowri"), ("Owain Pierce", S("o.pierce")), ("Rebecca Hale", S("r.hale")),
                ("Ffion Wyn", S("f.wyn"))],
    "Y10 reports – deadline moved", "2025-01-28 12:35",
    alt("""Bawb,

Just found out Year 10 reports are now due THIS Friday, not the 14th. Nobody told heads of department – Siân says it "was in the bulletin". It wasn't, I've checked. What a load of sh\u200bite.

I know it's a fu\u200bck-up and it isn't your fault. Do what you can: full comments for your target groups first, and use the comment bank on the shared drive for the rest. I'll do the moderation over the weekend so don't worry about that bit.

Diolch bawb, sorry.
Elin""", key="reports_deadline_zwsp"))

add("coach_firm_html_split", "flag", "HTML-only: swearing split by tags and an entity ('<b>bol</b>locks', 'w&#97;nker')",
    P("tom"), [P("dafydd")], "Dinorwig trip – coach cancelled", "2025-03-12 14:09",
    html_only("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Daf,</p>
<p>The coach firm have cancelled the Electric Mountain / Dinorwig trip for Tuesday. AGAIN. Total <b>bol</b>locks &ndash; they confirmed it in writing on Monday, I&rsquo;ve got the email.</p>
<p>Their booking bloke is a complete w&#97;nker, he actually said &ldquo;it&rsquo;s only forty kids, mate, put them in cars&rdquo;. What a load of s<span style="color:#000">hi</span>t.</p>
<p>I&rsquo;ve rung the other firm in Caernarfon and they can do Thursday instead, &pound;40 more. Can History swap the Thursday lesson with me?</p>
<p>Tom</p>
<p style="color:#666;font-size:9pt">Tom Barker | Pennaeth Daearyddiaeth | Head of Geography<br>Ysgol Enghraifft, Park Row, Leeds LS1 4AP | 01632 960000</p>
</body></html>
"""))


def qp_soft(paragraphs):
    """Quoted-printable body built by hand; '|' marks where a soft line break goes."""
    lines = []
    for para in paragraphs:
        segs = para.split("|")
        enc = [quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "") for s in segs]
        enc = [e[:-3] + " " if e.endswith("=20") and k < len(enc) - 1 else e for k, e in enumerate(enc)]
        for e in enc[:-1]:
            assert len(e) <= 75, e
            lines.append(e + "=")
        assert len(enc[-1]) <= 76, enc[-1]
        lines.append(enc[-1])
    return lines


add("harpist_qp_softbreak", "flag", "QP soft line breaks inside 'bell=end' and 'piss=ed off' (staff to colleague)",
    P("gwenllian"), [P("lowri")], "Cyngerdd Nadolig – sorry am amser cinio", "2024-12-09 15:57",
    Part(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
         CRLF.join(qp_soft([
             "Lowri,",
             "",
             "Sorry I was short with you at lunch, it really wasn't about you. That bell|end from the council arts service has cancelled the harpist for the Christ|mas concert with one day's notice, and I'm absolutely piss|ed off about it.",
             "",
             "Can your Year 8s still do the penillion on Thursday night if Mrs Puw acc|ompanies on the piano instead? It won't be the same but it'll do.",
             "",
             "Diolch, a sori eto.",
             "Gwen",
         ]))), lang="cy-GB")

add("christmas_show_subject", "flag", "Swearing only in RFC 2047 base64-encoded subject ('shitshow'); body clean",
    P("dylan"), [P("catrin"), P("sian")], "Sioe Nadolig 🎄 – never again, total shitshow", "2024-12-13 21:48",
    plain("""Both of you – thanks for staying till the end tonight. I honestly don't know what we'd have done without you on the doors.

Anyone who suggests next year that Year 11 can "run the Christmas show themselves" gets my lanyard. Lights went twice, the raffle money's £40 short and the sound desk is still in the hall with a can of Monster on it.

Debrief Monday period 1? I'll bring the cakes.

Dylan""", "8bit"),
    force_b_subject=True)

# ---------------------------------------------------------------- CLEAN: everyday

add("urdd_rehearsals_parent", "clean", "Music head replies to parent about Urdd Eisteddfod rehearsals (bilingual)",
    P("gwenllian"), [JANE], "Re: Ymarferion Eisteddfod yr Urdd / Urdd rehearsals", "2025-03-03 16:20",
    alt("""Annwyl Mrs Parent,

Diolch am eich neges. Ydy, mae Example Pupil One yn y côr ac yn y parti cerdd dant eleni. Bydd ymarferion bob dydd Mawrth a dydd Iau amser cinio yn Ystafell Gerdd 2, ac ymarfer ychwanegol ar ôl ysgol ddydd Mercher 12 Mawrth tan 4.30pm.

Mae Eisteddfod y Cylch ddydd Sadwrn 15 Mawrth. Byddwn yn anfon llythyr gyda'r amseroedd a'r trefniadau teithio yr wythnos nesaf.

---

Dear Mrs Parent,

Thank you for your message. Yes, Example Pupil One is in the choir and the cerdd dant party this year. Rehearsals are every Tuesday and Thursday lunchtime in Music Room 2, with an extra after-school rehearsal on Wednesday 12 March until 4.30pm.

The Cylch (area) Eisteddfod is on Saturday 15 March. We'll send a letter with times and travel arrangements next week. She doesn't need anything special for now – just her school uniform and a bottle of water on the day.

Cofion cynnes / Kind regards,

Gwenllian Davies
Pennaeth Cerddoriaeth | Head of Music
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="urdd_rehearsals_parent"),
    in_reply_to="<CAJm7qZ0b1TfVh2+e8rWkq@mail.gmail.com>", lang="cy-GB")

add("absence_recorded", "clean", "Attendance officer confirms an illness absence to carer, gentle attendance note",
    P("attendance"), [SAM], "Absenoldeb / Absence – Example Pupil Two", "2024-11-05 10:03",
    plain("""Bore da Sam,

Diolch am ffonio bore 'ma. I've recorded Example Pupil Two's absence for yesterday and today as illness. I hope he's feeling better soon – there's a lot of this bug going round Year 10 at the moment.

Just so you're aware, his attendance this term is now 91.4%. That isn't at a level where we'd take any action, but it is below the school's 95% target, so if there's anything we can help with – the bus, anything worrying him in school – please do get in touch with me or Mr Parry, his form tutor.

Cofion,

Bethan Pritchard
Swyddog Presenoldeb | Attendance Officer
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP
01632 960000 (opsiwn 1 / option 1)""", "8bit"))

add("hwb_password_reply", "clean", "IT technician replies to parent about a locked Hwb account (quoted parent mail)",
    P("kevin"), [ALI], "Re: Can't log in to Hwb", "2024-10-08 09:15",
    alt("""Dear Mr Guardian,

Thanks for letting us know. I've reset Example Pupil Three's Hwb password this morning – the new temporary one is in an envelope his form tutor will give him at registration today (we never send passwords by email). He'll be asked to choose his own the first time he logs in.

If he still gets the "account locked" message at home, it's usually because the old password is saved in the browser. Removing the saved Hwb password in Chrome (Settings > Passwords) normally fixes it.

Kind regards,

Kevin Shaw
Technegydd TG | IT Technician
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000

On Mon, 7 Oct 2024 at 19:52, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hello,
>
> My son can't get onto Hwb to do his science homework, it keeps saying
> the account is locked. Can someone help please? He says his teacher
> said it has to be in by Wednesday.
>
> Thanks
> Ali Guardian""", flavor="gmail", key="hwb_password_reply"),
    flavor="gmail", in_reply_to="<5f2e81a0.20241007195204@btinternet.com>")

add("traethawd_feedback", "clean", "Welsh teacher's feedback to a Year 10 pupil on an essay (in Welsh)",
    P("lowri"), [pupil("21nroberts", "Nel Roberts")], "Dy draethawd ar 'Hon' – adborth", "2024-10-14 17:40",
    plain("""Helo Nel,

Diolch am anfon dy draethawd ar "Hon" gan T. H. Parry-Williams. Mae'n dda iawn – rwyt ti wedi deall y tensiwn rhwng y bardd yn trio dianc oddi wrth Gymru a'r ffaith ei fod yn methu, ac mae dy ddyfyniadau'n addas.

Dau beth i'w gwella:

1. Paid ag ailadrodd cynnwys y gerdd – canolbwyntia ar y TECHNEGAU (y cwestiynau rhethregol, y newid yng nghywair y llais ar y diwedd, "Duw a'm gwaredo, ni allaf ddianc rhag hon").
2. Gwylia'r treigladau ar ôl "ei": "ei gartref" (gwrywaidd) ond "ei chartref" (benywaidd).

Cei di ei ailgyflwyno erbyn dydd Gwener os wyt ti eisiau codi'r marc.

Da iawn ti,
Miss Evans""", "quoted-printable"), lang="cy-GB")

add("cover_thursday", "clean", "Cover manager's daily cover list to staff",
    P("carwyn"), [("Staff Ysgol Enghraifft", S("staff"))], "Cyflenwi / Cover – Dydd Iau 21 Tachwedd", "2024-11-20 16:10",
    plain("""Prynhawn da bawb,

Cover for tomorrow (Thursday 21 Nov). Work should be on Teams or left in the cover tray in the staffroom by 8.30am please.

P1  8R2 Mathemateg   G7   – Mr H. Jones (cover supervisor)
P1  11S Cemeg         S3   – Mrs A. Rees
P2  7T  Cymraeg       C4   – Mr C. Morris
P3  10B AG            G2   – Mr T. Barker
P4  9C  Hanes         H1   – Mrs E. Pugh (library, bring class to LRC)
P5  12  Daearyddiaeth H3   – study period, sign in with Miss Hughes

Absent: Miss L. Evans (course), Mr I. Thomas (Y10 trip), Mrs G. Davies (pm, Urdd meeting).

If you've been given a cover and you have a clash, let me know before 8.15am.

Diolch,
Carwyn
Rheolwr Cyflenwi | Cover Manager""", "7bit"), lang="cy-GB")

add("newsletter_november", "clean", "HTML-only bilingual newsletter to parents (YFC, rugby, slate museum, dates)",
    P("office"), [JANE], "Newyddion Tachwedd | November News", "2024-11-29 15:30",
    html_only("""<!DOCTYPE html>
<html lang="cy"><head><meta charset="utf-8"><title>Newyddion Tachwedd</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#7a1f2b;color:#fff"><h1 style="margin:0;font-size:22px">Ysgol Enghraifft | Example School</h1>
<p style="margin:4px 0 0">Newyddion Tachwedd 2024 &middot; November News 2024</p></td></tr>
<tr><td>
<h2 style="font-size:17px;color:#7a1f2b">Llongyfarchiadau i'r CFfI / Well done, Young Farmers</h2>
<p>Llongyfarchiadau mawr i'r disgyblion a gystadlodd yn Eisteddfod CFfI Eryri. Daeth y parti llefaru'n gyntaf ac enillodd Gethin (Bl. 10) y gystadleuaeth barnu stoc.</p>
<p>Many congratulations to our pupils who competed at the Eryri Young Farmers' Eisteddfod: the recitation party came first and Gethin (Year 10) won the stock judging.</p>
<h2 style="font-size:17px;color:#7a1f2b">Rygbi / Rugby</h2>
<p>The Under 16s beat Ysgol Glan y M&ocirc;r 31&ndash;12 on Saturday in the first round of the North Wales Cup. Diolch to the rugby club for the use of their pitch and to the parents who ran the tea hut.</p>
<h2 style="font-size:17px;color:#7a1f2b">Yr Amgueddfa Lechi / Slate Museum</h2>
<p>Aeth Blwyddyn 8 i'r Amgueddfa Lechi yn Llanberis fel rhan o'u gwaith ar dreftadaeth y chwareli. Year 8 visited the National Slate Museum in Llanberis as part of their quarrying heritage project; a special thank you to Mr Ifor Hughes, whose grandfather worked at Dinorwig, for talking to them about life in the barics.</p>
<h2 style="font-size:17px;color:#7a1f2b">Dyddiadau / Dates</h2>
<ul>
<li>Llun 2 Rhagfyr &ndash; Noson Rieni Bl. 10 / Year 10 Parents' Evening, 4&ndash;7pm</li>
<li>Iau 12 Rhagfyr &ndash; Cyngerdd Nadolig / Christmas Concert, 6.30pm</li>
<li>Gwener 20 Rhagfyr &ndash; Diwedd y tymor, 1.15pm / End of term, 1.15pm</li>
</ul>
<p>Plant Mewn Angen: casglwyd &pound;642.18 &ndash; diolch! / Children in Need: we raised &pound;642.18 &ndash; thank you!</p>
</td></tr>
<tr><td style="background:#eee;font-size:12px;color:#555">Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk<br>
Rydych yn derbyn yr e-bost hwn fel rhiant/gwarcheidwad disgybl yn yr ysgol. You are receiving this e-mail as the parent/carer of a pupil at the school.</td></tr>
</table></td></tr></table>
</body></html>
""", "quoted-printable"),
    flavor="gmail", extra=["List-Unsubscribe: <mailto:office@example-school.org.uk?subject=unsubscribe>"])

add("slate_museum_trip_letter", "clean", "History head sends Year 9 trip letter with PDF consent form to parent",
    P("dafydd"), [ALI], "Taith Blwyddyn 9: Yr Amgueddfa Lechi / Year 9 trip: National Slate Museum", "2025-02-04 13:25",
    mixed(alt("""Annwyl riant / gwarcheidwad,
Dear parent / carer,

Mae Blwyddyn 9 yn mynd i'r Amgueddfa Lechi yn Llanberis ddydd Mawrth 25 Chwefror fel rhan o'u gwaith ar Streic Fawr y Penrhyn.

Year 9 are visiting the National Slate Museum in Llanberis on Tuesday 25 February as part of their unit on the Penrhyn quarry lockout of 1900–03. Pupils will see the workshops and the quarrymen's houses from Fron Haul, and take part in a slate-splitting demonstration.

- Departure: 9.00am from the school car park; return by 3.15pm
- Cost: £6 (coach), payable on ParentPay by 14 February. There is no charge for pupils eligible for free school meals.
- Please send a packed lunch and a waterproof coat – a lot of the visit is outside.

Please complete the attached consent form and return it to the History department, or fill in the online form on the school app, by Friday 14 February.

Diolch yn fawr,

Dafydd ap Iwan
Pennaeth Hanes | Head of History
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="slate_museum_trip_letter", lang="CY"),
          [attachment("Ffurflen_Ganiatad_Amgueddfa_Lechi.pdf", "application/pdf", make_pdf([
              "Ysgol Enghraifft | Example School - Park Row, Leeds LS1 4AP - 01632 960000",
              "",
              "Ffurflen Ganiatad / Consent Form",
              "Taith Blwyddyn 9: Yr Amgueddfa Lechi, Llanberis - Dydd Mawrth 25 Chwefror 2025",
              "Year 9 trip: National Slate Museum, Llanberis - Tuesday 25 February 2025",
              "",
              "Enw'r disgybl / Pupil name: ______________________  Dosbarth / Form: ______",
              "Rhoddaf ganiatad i fy mhlentyn fynd ar y daith. I give permission for my child to attend.",
              "Gwybodaeth feddygol / Medical information: _______________________________",
              "Rhif ffon mewn argyfwng / Emergency contact number: ______________________",
              "Llofnod / Signature: ______________________  Dyddiad / Date: __________",
          ]))], key="slate_museum_trip_letter"), lang="cy-GB")

add("reports_on_app", "clean", "Deputy head tells parent Year 9 progress reports are on the app",
    P("sian"), [ALI], "Adroddiadau Blwyddyn 9 / Year 9 progress reports", "2025-03-14 15:05",
    alt("""Annwyl Mr Guardian,

Mae adroddiad cynnydd Example Pupil Three ar gael nawr ar ap yr ysgol, o dan "Dogfennau".

Example Pupil Three's Year 9 progress report is now available on the school app under "Documents". The report shows a working-at grade and an effort grade for each subject, and a short comment from his form tutor. There is a key on the last page explaining the grades.

If you'd like to talk about any part of the report, Year 9 parents' evening is on Thursday 27 March – appointments open on the app on Monday. If you can't get into the app, the office can print a copy for you.

Cofion gorau / Best wishes,

Siân Prys-Jones
Dirprwy Bennaeth | Deputy Headteacher
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="reports_on_app"))

add("hod_minutes", "clean", "Minutes of heads-of-department meeting to HoDs (bilingual, base64 body)",
    P("sian"), [P("gareth"), P("dafydd"), P("tom"), P("iwan"), P("elin"), P("helen"), P("gwenllian"), P("rhodri")],
    "Cofnodion Cyfarfod Penaethiaid Adran 8 Hydref / HoD minutes", "2024-10-09 12:40",
    plain("""Bore da bawb,

Cofnodion isod o'r cyfarfod ddoe. Minutes from yesterday below – shout if I've missed anything.

Yn bresennol / Present: SPJ (cadeirydd), GO, DaI, TB, IT, EWR, HK, GD, RH
Ymddiheuriadau / Apologies: MJ (ADY)

1. Materion yn codi / Matters arising
   - Data tracking Blwyddyn 7: all departments now entered except MFL (HK to complete by Friday).

2. Cwricwlwm i Gymru – Blwyddyn 10
   - New GCSE specifications: Geography and History to share their first-unit plans at the next meeting so we can look at overlap on the quarrying heritage work.
   - Science confirmed they'll run the integrated award for the whole year group.

3. Asesu ac adrodd / Assessment and reporting
   - Year 10 reports: data deadline 14 February (to be confirmed in the bulletin).
   - Comment banks to be updated in Welsh and English – EWR and SPJ to check the Welsh versions for consistency.

4. Cyllideb / Budget
   - Capitation letters out next week. Trip subsidies to be discussed separately with GL.

5. Unrhyw fater arall / AOB
   - RH: U16 rugby in the North Wales Cup – may need cover on two Wednesday afternoons.
   - GD: Eisteddfod yr Ysgol is 6 March; departments asked to avoid setting tests that week.

Cyfarfod nesaf / Next meeting: Tuesday 5 November, 3.30pm, ystafell gynadledda.

Siân""", "base64"), lang="cy-GB")

add("rugby_club_coaching", "clean", "PE head to rugby club development officer about taster sessions and DBS checks",
    P("rhodri"), [("Sara Puw", "datblygu@clwbrygbi.example.org")], "Sesiynau blasu Bl. 7 / Year 7 taster sessions", "2024-09-24 14:22",
    alt("""Helo Sara,

Diolch am ddod draw wythnos diwethaf – the Year 7s haven't stopped talking about it.

Just to confirm what we agreed for the taster sessions:

- Wednesdays after school, 2 October to 13 November (not half term week), 3.20–4.30pm on the school field, moving into the sports hall if it's wet.
- Mixed sessions – we've had 14 girls and 19 boys sign up so far.
- The club provides the coaches and the tag belts; we provide balls, cones and first aid. Dewi or I will be there every week.

For our safeguarding records, could you send me the names of the coaches who'll be coming, with their DBS certificate numbers and the date of their WRU safeguarding course? Ffion, our DSL, needs them before the first session. No copies of certificates needed, just the details.

Then after Christmas we'd love to get the keenest ones along to the club's U12s on Sunday mornings.

Diolch eto,

Rhodri Hughes
Pennaeth Addysg Gorfforol | Head of PE
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="rugby_club_coaching"))

add("mock_timetable_y11", "clean", "Exams officer sends Year 11 mock timetable (PDF) to pupils",
    P("emyr"), [pupil("20ahughes", "Alaw Hughes"), pupil("20bwilliams", "Bedwyr Williams"), pupil("20dowen", "Deio Owen")],
    "Amserlen Arholiadau Ffug / Mock exam timetable – Year 11", "2024-11-22 11:30",
    mixed(plain("""Helo Flwyddyn 11,

Atodir yr amserlen ar gyfer yr arholiadau ffug (2–13 Rhagfyr).
Attached is your mock exam timetable (2–13 December).

A few things to remember:
- Be outside the sports hall 10 minutes before each exam starts.
- Clear pencil case only. Phones and smartwatches go in your bag at the back of the hall, switched OFF.
- If you have access arrangements (extra time, reader, laptop) you'll sit in the LRC – check the list on the exams noticeboard.
- If you're ill on the day of an exam, a parent/carer must phone the school on 01632 960000 before 8.30am.

Pob lwc – good luck.

Mr Roberts
Swyddog Arholiadau | Exams Officer
Ysgol Enghraifft | Example School""", "quoted-printable"),
          [attachment("Amserlen_Ffug_Bl11_Rhag2024.pdf", "application/pdf", make_pdf([
              "Ysgol Enghraifft - Arholiadau Ffug Blwyddyn 11 / Year 11 Mock Examinations",
              "",
              "Llun 2 Rhag   AM  Cymraeg Iaith 1 (1h 30)      PM  Mathemateg Papur 1 (2h 15)",
              "Mawrth 3 Rhag AM  Saesneg Iaith (2h)          PM  Bioleg (1h 45)",
              "Mercher 4 Rhag AM Hanes (1h 45)               PM  Daearyddiaeth (1h 30)",
              "Iau 5 Rhag    AM  Cemeg (1h 45)               PM  Ffrangeg / Almaeneg",
              "Gwener 6 Rhag AM  Mathemateg Papur 2 (2h 15)  PM  Addysg Grefyddol",
              "Llun 9 Rhag   AM  Ffiseg (1h 45)              PM  Cerddoriaeth / Celf",
              "Mawrth 10 Rhag AM Llenyddiaeth Gymraeg        PM  Llenyddiaeth Saesneg",
              "Mercher 11 - Gwener 13 Rhag: Dalgylch / catch-up sessions",
          ]))], key="mock_timetable_y11"), lang="cy-GB")

add("dinner_money_low", "clean", "Office reminder to carer that the dinner-money balance is low (short)",
    P("office"), [SAM], "Cyfrif cinio / Dinner money balance", "2025-01-20 09:02",
    plain("""Dear Sam Carer,

Just a quick reminder that Example Pupil Two's dinner money account is currently £1.35 in debit. Please top up on ParentPay when you can – if you're having any difficulty, or think you may now be eligible for free school meals, give me a ring in confidence on 01632 960000.

Diolch,
Nia Lloyd
Rheolwr Swyddfa | Office Manager
Ysgol Enghraifft | Example School""", "8bit"), flavor="gmail")

add("bus_route_changes", "clean", "Business manager to bus contractor about farm pick-up changes",
    P("geraint"), [("Bysiau Eryri", "archebion@bysiaueryri.example.com")], "Route 14 (Rhyd-ddu) – changes from 4 November", "2024-10-24 11:48",
    plain("""Bore da Gwyn,

Following our phone call, here are the changes for route 14 from Monday 4 November:

1. Add a pick-up at the end of the lane to Tyddyn Mawr (just past the cattle grid, about a mile above Rhyd-ddu). Two new pupils, Year 7 and Year 9. The family will wait at the lane end – there's room to pull in by the gate.
2. The pick-up at Pont Cae'r Gors is no longer needed (pupil has moved to the Beddgelert route).
3. Could the bus be at school by 8.40 rather than 8.50? We've had three late marks this half term that weren't the children's fault.

If the timings don't work with the extra stop, let me know and we'll look at it again. Please send over the revised timetable when you have it so I can update the letters to parents.

Diolch,
Geraint

Geraint Lewis
Rheolwr Busnes | Business Manager
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP
01632 960000""", "8bit"))

add("ucas_reference_reply", "clean", "Sixth-form head replies to Year 13 pupil about UCAS reference (quoted)",
    P("sioned"), [pupil("18gparry", "Gwenno Parry")], "Re: UCAS reference", "2024-10-03 18:20",
    plain("""Helo Gwenno,

Dim problem – I've started your reference tonight. Your subject teachers' paragraphs are all in apart from Geography, and I've chased Mr Barker. I'll mention the Eisteddfod harp results and the volunteering at the Canolfan, but send me anything else you want included (the summer school at Aberystwyth?) by Monday.

Your personal statement reads really well now. One small thing: you say "I have always been passionate about veterinary science" twice – cut the first one.

Once the reference is attached I'll send the application off and you'll get an email from UCAS. The October 15th deadline for Vet Med is tight, so please don't change anything on the form after Friday.

Miss Hughes
Arweinydd y Chweched | Head of Sixth Form

On Wed, 2 Oct 2024 at 21:04, Gwenno Parry <18gparry@pupils.example-school.org.uk> wrote:
> Noswaith dda Miss,
> Sorry to bother you but I was wondering when my reference will be done?
> I've finished my personal statement and the deadline is the 15th.
> Diolch, Gwenno""", "7bit"),
    flavor="gmail", in_reply_to="<CAK4f0c1b2d3e4f5a6b7c8d9e0f1a2b3c4d5+r26@mail.example-school.org.uk>")

add("staff_christmas_meal", "clean", "Staff social invitation: Christmas meal (HTML-only, short)",
    P("gwenllian"), [("Staff Ysgol Enghraifft", S("staff"))], "Noson Nadolig y Staff / Staff Christmas do 🎄", "2024-11-11 13:01",
    html_only("""<div dir="ltr"><div>Helo bawb!</div><div><br></div>
<div>Mae'n amser trefnu'r noson Nadolig. This year it's at <b>Tafarn y Chwarelwr</b> on <b>Friday 13 December</b>, 7pm. Three courses for £32 (menu below), taxis back to Porthmadog and Caernarfon organised at 11.</div>
<div><br></div>
<div><u>Bwydlen / Menu</u></div>
<ul><li>Cawl cennin / leek soup &ndash; or &ndash; pâté</li>
<li>Twrci gyda'r trimins / turkey with all the trimmings &ndash; or &ndash; nut roast</li>
<li>Pwdin Nadolig, or chocolate torte</li></ul>
<div>Please put your name and choices on the sheet in the staffroom and pay me (cash or bank transfer) by 29 November.</div>
<div><br></div><div>Gwen x</div>
<div><br></div><div style="color:#888">Gwenllian Davies | Pennaeth Cerddoriaeth | Ysgol Enghraifft, Park Row, Leeds LS1 4AP | 01632 960000</div></div>
""", "quoted-printable"), flavor="gmail")

add("phishing_warning", "clean", "IT technician warns all staff about a phishing email",
    P("kevin"), [("Staff Ysgol Enghraifft", S("staff"))], "RHYBUDD / WARNING: fake 'password expiry' emails", "2025-02-11 10:26",
    plain("""Bore da,

Several staff have received an email this morning claiming to be from "Microsoft 365 Admin" saying your password expires today and asking you to click a link to "keep your current password". It is NOT from us.

- Don't click the link. If you already have, let me know straight away (ext. 214) and I'll reset your password – no one is going to be in trouble.
- Use the "Report" button in Outlook to report it as phishing, then delete it.
- We will never ask you to confirm your password by email, and passwords here don't expire on a schedule.

Diolch,
Kevin
Technegydd TG | IT Technician""", "7bit"))

add("careers_fair_employer", "clean", "Sixth-form head confirms stall at apprenticeship fair with local energy employer",
    P("sioned"), [("Llinos Bebb", "gyrfaoedd@ynniperis.example.com")], "Ffair Brentisiaethau 6 Chwefror – stondin", "2025-01-13 14:40",
    alt("""Dear Llinos,

Thank you for coming back to me so quickly. I'm delighted to confirm a stall for Ynni Peris at our apprenticeship and careers fair on Thursday 6 February, 1.30–4.00pm in the sports hall.

- Tables are 6ft, with power sockets available along the back wall if you need a screen.
- Year 10 and 11 come through in form groups 1.30–3.00pm; Year 12 and 13, and parents, 3.00–4.00pm.
- Parking is in the staff car park at the front; please sign in at reception when you arrive. Visitors will be given a lanyard and shouldn't be alone with pupils.

Many of our pupils are interested in the engineering and electrical apprenticeships, and the fact that you recruit Welsh speakers for the visitor centre will go down well. If one of your current apprentices could come along, that's always the most popular stall.

Kind regards,

Sioned Hughes
Arweinydd y Chweched | Head of Sixth Form
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="careers_fair_employer"))

add("counsellor_dropin", "clean", "School counsellor's drop-in times to staff (short)",
    P("rhian"), [("Staff Ysgol Enghraifft", S("staff"))], "Sesiynau galw heibio / Drop-in times this term", "2024-09-10 08:05",
    plain("""Bore da bawb,

My drop-in times for pupils this term: Tuesday and Thursday lunchtimes, Room 5 (by the library). Referrals for regular sessions via the form on the staff SharePoint as usual, or come and find me.

Rhian
Cwnselydd Ysgol | School Counsellor""", "7bit"))

add("canolfan_iaith_reply", "clean", "ALNCo explains Welsh-language immersion support to a parent new to the area",
    P("meinir"), [ALI], "Re: Welsh support for my son", "2024-09-17 15:45",
    alt("""Dear Mr Guardian,

Thank you for your email, and croeso i'r ardal – welcome to the area. It's completely normal for pupils who join us from outside Wales to feel worried about the Welsh at first, and Example Pupil Three is doing better than he thinks.

Here's what happens from here:

1. For the next few weeks he'll have three extra Welsh sessions a week with Mrs Owen in the language support room, in small groups with other pupils who've joined us recently.
2. Gwynedd has a language immersion centre (canolfan iaith) for latecomers to Welsh-medium education. We'd like to refer him for the next intensive course, which starts after half term and runs for ten weeks, four days a week, with a day a week back here. Transport is provided free. I'll send you the referral form separately.
3. In the meantime, subject teachers know he is new to Welsh, and he can ask for worksheets and key words in English.

Please don't worry about using Welsh at home – it's not expected. If you'd like to learn a bit yourself, the free "Cymraeg i Blant" and Learn Welsh courses are a good start.

Cofion cynnes,

Meinir Jones
Cydlynydd ADY | ALN Coordinator (ALNCo)
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 16 September 2024 20:31
To: Meinir Jones <m.jones@example-school.org.uk>
Subject: Welsh support for my son

Hello Mrs Jones,
We moved here from Lancashire in the summer and my son started in Year 9 this month. He is finding it very hard because most lessons are in Welsh and he says he doesn't understand anything. What help is there? We don't speak any Welsh at home.
Regards,
Ali Guardian""", key="canolfan_iaith_reply"))

add("lost_pe_kit", "clean", "PE teacher to Year 7 pupils about lost property (short)",
    P("dewi"), [pupil("24ewilliams", "Efa Williams"), pupil("24tjones", "Tomos Jones"), pupil("24hmorgan", "Heledd Morgan")],
    "Eiddo coll / Lost property – changing rooms", "2024-10-11 15:20",
    plain("""Helo Flwyddyn 7,

There are 4 hoodies, 2 rugby tops, a left football boot and a lot of socks in the boys' and girls' changing rooms. Anything without a name goes to the charity bag next Friday. Come and look at break on Monday or Tuesday.

Mr Jenkins""", "7bit"))

add("eisteddfod_ysgol_plan", "clean", "Music head's school Eisteddfod plan for staff (houses, timings)",
    P("gwenllian"), [("Staff Ysgol Enghraifft", S("staff"))], "Eisteddfod yr Ysgol – dydd Iau 6 Mawrth", "2025-02-24 16:15",
    plain("""Helo bawb,

Dyma'r trefniadau ar gyfer Eisteddfod yr Ysgol ddydd Iau 6 Mawrth. Here's the plan for the school Eisteddfod on Thursday 6 March.

8.50  Cofrestru yn y llysoedd / registration in house areas (no form time)
9.15  Seremoni agoriadol, neuadd – all of Years 7–10; Years 11–13 in the gym with the live stream
9.45  Cystadlaethau llwyfan / stage competitions: unawdau, llefaru, deuawdau
12.15 Cinio / lunch
1.00  Corau'r llysoedd / house choirs: Tryfan, Moelwyn, Cnicht
2.15  Cadeirio'r bardd a'r cyhoeddi / chairing of the bard and results
3.15  Bysiau / buses as normal

Staff on duty in the hall are on the rota in the staffroom – please check you're on it and swap with someone if you can't make your slot. Heads of house, your choirs rehearse Tuesday and Wednesday lunchtime; I've booked the hall and the drama studio.

Diolch o galon – mae'n ddiwrnod gorau'r flwyddyn.

Gwen""", "quoted-printable"), lang="cy-GB")

add("dofe_kit_list", "clean", "DofE manager's expedition kit list to parent (Eryri, Bronze)",
    P("tom"), [JANE], "DofE Bronze expedition – kit list and timings", "2025-03-17 19:02",
    alt("""Dear Mrs Parent,

Example Pupil One's Bronze qualifying expedition is on Saturday 5 and Sunday 6 April, walking from Rhyd-ddu round to the campsite at Beddgelert and back over two days. Groups of six, supervised remotely by staff at checkpoints.

Kit (we'll check every bag on Friday 4 April at 3.30pm in the Geography room):
- Rucksack 45–55 litres with a liner (bin bags are fine)
- Waterproof jacket AND waterproof trousers – not optional in Eryri in April
- Walking boots, worn in; two pairs of walking socks
- Warm layers (fleece, hat, gloves) – no jeans or cotton hoodies
- Sleeping bag and roll mat; the school provides tents and stoves
- Food for two lunches, one evening meal and one breakfast, plus snacks
- Water bottle (1 litre), head torch, personal first aid and any medication

Phones are allowed for emergencies but must stay switched off in a dry bag. Drop-off is 8.00am at school on Saturday; pick-up around 4.00pm on Sunday at school – I'll text the parent group if we're running late.

Any questions, give me a ring on 01632 960000 or reply to this email.

Tom Barker
Pennaeth Daearyddiaeth | Head of Geography
Rheolwr Dug Caeredin | DofE Manager
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP""", key="dofe_kit_list"))

add("governors_date", "clean", "Headteacher to clerk to governors re meeting date (short)",
    P("alun"), [("Eleri Wyn", "clerc@llywodraethwyr.example.org")], "Cyfarfod y Llywodraethwyr – 19 Mawrth", "2025-02-27 17:33",
    plain("""Noswaith dda Eleri,

Could we move the full governing body meeting from 19 to 26 March? The Estyn feedback will be with us by then, and I'd rather present the report once. Same time, 5.30pm, in the library. The papers will be with you by the 19th.

Diolch,
Alun

Alun Griffiths
Pennaeth | Headteacher
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP | 01632 960000""", "7bit"))

add("coursework_extension_ok", "clean", "Science head agrees a short coursework extension with a Year 11 pupil",
    P("iwan"), [pupil("20lpritchard", "Lleucu Pritchard")], "Re: Physics practical write-up", "2025-02-06 12:51",
    plain("""Helo Lleucu,

That's fine – I'm sorry to hear about your taid. Hand in the write-up for the specific heat capacity practical by Wednesday 12th instead. If you need longer, just tell me, it's not a problem.

Mr Thomas""", "7bit"))

add("school_photos", "clean", "Office to staff: school photographer schedule",
    P("nia"), [("Staff Ysgol Enghraifft", S("staff"))], "Lluniau ysgol / School photos – Tuesday 1 October", "2024-09-26 12:10",
    plain("""Prynhawn da,

The photographer is in on Tuesday 1 October, in the drama studio. Forms will be called down by a prefect – please send them promptly and in full uniform (blazers on, ties done up, please!).

P1 Year 7 (all) | P2 Year 8 | P3 Year 9 | P4 Year 10 | P5 Year 11, then sixth form group photo on the front steps at 2.45pm.

Siblings photos at lunchtime for families who've booked. Pupils with a "no photo" consent will be taken off the list – I'll send tutors their names on Monday.

Diolch,
Nia
Rheolwr Swyddfa | Office Manager
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP | 01632 960000""", "7bit"))

add("snow_closure_letter", "clean", "Headteacher's bilingual severe-weather letter to parents (QP HTML+plain)",
    P("alun"), [JANE], "Tywydd garw: ysgol ar gau yfory / Severe weather: school closed tomorrow", "2025-01-09 14:55",
    alt("""Annwyl rieni a gwarcheidwaid,

Oherwydd yr eira a'r rhew sydd wedi'u rhagweld dros nos, a'r ffaith bod y cyngor wedi canslo'r rhan fwyaf o'r bysiau ysgol, bydd yr ysgol AR GAU yfory, dydd Gwener 10 Ionawr.

Bydd gwaith yn cael ei osod ar Teams erbyn 9.30am. Bydd disgyblion Blwyddyn 11 a 13 yn cael gwersi byw yn ôl eu hamserlen arferol.

Dear parents and carers,

Because of the snow and ice forecast overnight, and the council's decision to cancel most of our school transport, the school will be CLOSED tomorrow, Friday 10 January.

Work will be set on Teams by 9.30am. Year 11 and 13 pupils will have live lessons following their normal timetable.

Pupils entitled to free school meals will receive a payment for tomorrow in the usual way. We will post an update on the school website and the app by 7.00am on Monday if the weather affects next week.

Cadwch yn ddiogel – stay safe.

Alun Griffiths
Pennaeth | Headteacher
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", cte_t="quoted-printable", key="snow_closure_letter", lang="CY"), lang="cy-GB")

add("technician_order", "clean", "Science technician to head of science about a practical order (short)",
    P("ceri"), [P("iwan")], "Archeb / Order – Year 10 practicals", "2025-01-06 08:30",
    plain("""Iwan,

Order's gone in for the rates practical: 2 x 500g sodium thiosulfate, 2.5 L of 2 M hydrochloric acid, 100 conical flasks and a box of stopwatches (ours are dying). Should arrive Thursday. The balance in S2 is still broken – want me to get it repaired or just replace it?

Ceri""", "7bit"))

add("library_overdue", "clean", "Librarian reminds a Year 8 pupil about an overdue book (Welsh, short)",
    P("eirlys"), [pupil("23mroberts", "Morgan Roberts")], "Llyfr hwyr / Overdue book", "2024-12-02 11:44",
    plain("""Helo Morgan,

Mae "Pluen" gan Manon Steffan Ros ddeg diwrnod yn hwyr. Plîs tyrd â fo'n ôl i'r llyfrgell erbyn dydd Gwener – mae tri pherson arall yn aros amdano!

Mrs Pugh
Llyfrgellydd""", "quoted-printable"), lang="cy-GB")

add("training_forward", "clean", "Deputy forwards council's safeguarding training dates to new staff",
    P("sian"), [P("mared"), ("Owain Pierce", S("o.pierce")), ("Rebecca Hale", S("r.hale"))],
    "FW: Hyfforddiant Diogelu Lefel 1 / Level 1 Safeguarding – new staff", "2024-09-05 12:02",
    plain("""Hi all,

As new starters you need to complete the Level 1 safeguarding training below within your first half term. Please book the 1 October session if you can – we'll cover your lessons. Let me know once you've booked.

Diolch,
Siân

-----Original Message-----
From: Tîm Hyfforddiant / Training Team <hyfforddiant@cyngor.example.org>
Sent: 04 September 2024 16:18
To: Dirprwy Benaethiaid Uwchradd / Secondary Deputy Heads
Subject: Hyfforddiant Diogelu Lefel 1 / Level 1 Safeguarding

Annwyl gydweithwyr / Dear colleagues,

Bydd hyfforddiant Diogelu Lefel 1 ar gyfer staff newydd yn cael ei gynnal ar y dyddiadau canlynol / Level 1 Safeguarding training for new staff will run on the following dates:

- Dydd Mawrth 1 Hydref, 1.30–4.00pm, Canolfan Addysg (Welsh-medium)
- Dydd Iau 10 Hydref, 1.30–4.00pm, ar-lein / online (bilingual)
- Dydd Mercher 6 Tachwedd, 4.00–6.30pm, ar-lein / online (English-medium)

Archebwch le drwy'r porth dysgu / Please book through the learning portal. Ffoniwch / phone 0113 496 0712 with any problems.

Tîm Hyfforddiant / Training Team""", "8bit"), lang="en-GB")


def ics(uid, start, end, summary, location, desc):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Ysgol Enghraifft//Parents Evening//CY\r\nVERSION:2.0\r\n"
            "METHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20241125T090000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")


add("parents_evening_booking", "clean", "Office confirms parents' evening appointments to parent, with .ics",
    P("office"), [JANE], "Noson Rieni Bl. 10 – cadarnhad / Year 10 Parents' Evening – confirmation", "2024-11-25 09:00",
    mixed(plain("""Dear Jane Parent,

Your appointments for Year 10 Parents' Evening on Monday 2 December (main hall) are:

16:10  Cymraeg – Miss L. Evans
16:20  Mathemateg / Maths – Mr G. Owen
16:35  Gwyddoniaeth / Science – Mr E. Parry
16:45  Daearyddiaeth / Geography – Mr T. Barker
17:00  Cerddoriaeth / Music – Mrs G. Davies

Appointments are five minutes each. Please arrive a few minutes early and bring Example Pupil One with you if you can. A calendar entry is attached.

To change an appointment, use the booking system or call the office on 01632 960000.

Swyddfa'r Ysgol / School Office
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP""", "8bit"),
          [attachment("noson-rieni.ics", "text/calendar", ics(
              "r26-pe-20241202-jparent@example-school.org.uk", "20241202T161000Z", "20241202T170500Z",
              "Noson Rieni Bl. 10 / Year 10 Parents' Evening", "Ysgol Enghraifft\\, Park Row\\, Leeds LS1 4AP",
              "5 appointments - see email"), "7bit", "utf-8")], key="parents_evening_booking"),
    flavor="gmail")

# ---------------------------------------------------------------- CLEAN: hard negatives

add("fieldwork_penisarwaun_twll_du", "clean", "Hard neg: place names Penisarwaun, Twll Du (Devil's Kitchen), Cwm Idwal in fieldwork letter to carer",
    P("tom"), [SAM], "Gwaith maes Cwm Idwal / Cwm Idwal fieldwork – Year 10", "2024-09-30 16:40",
    alt("""Dear Sam Carer,

Example Pupil Two's GCSE Geography fieldwork day is on Wednesday 9 October at Cwm Idwal in Eryri. It's a compulsory part of the course – the data they collect goes into their assessed fieldwork write-up.

The coach will do the usual Llanberis-route stops on the way: Llanrug square 7.55am, the bus shelter in Penisarwaun 8.05am, Deiniolen 8.15am, then school for everyone else at 8.45am. If you'd rather drop him at school that's fine.

We'll walk from Ogwen Cottage up to Llyn Idwal and, if the weather allows, round the lake to the foot of Twll Du (the Devil's Kitchen) to look at the corrie, the moraines and the roches moutonnées that Darwin wrote about. It's a good path but it's rocky and wet, so he'll need:

- walking boots or trainers with a good grip (no school shoes)
- a proper waterproof, hat and gloves – it's much colder up there than in the valley
- packed lunch and water (free school meal packed lunches can be ordered through the kitchen by Friday)

We'll be back at school for 3.15pm and the buses will run as normal.

Diolch,

Tom Barker
Pennaeth Daearyddiaeth | Head of Geography
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="fieldwork_penisarwaun_twll_du"))

add("open_days_sussex_scunthorpe", "clean", "Hard neg: place names Sussex, Essex, Scunthorpe, Cockermouth in Year 13 careers round-up",
    P("sioned"), [pupil("18gparry", "Gwenno Parry"), pupil("18cjones", "Cai Jones"), pupil("18ilewis", "Ifan Lewis"),
                  pupil("18kmorris", "Kayleigh Morris")],
    "Diwrnodau agored a phrentisiaethau / Open days and apprenticeships", "2024-10-21 13:15",
    plain("""Helo Flwyddyn 13,

A few things that have come in this week – have a look and tell me if you want to go to any of them, because for anything in term time I need to let your teachers know.

Diwrnodau agored / Open days
- Prifysgol Bangor – Saturday 2 November (bus from Caernarfon is easy)
- Aberystwyth – Saturday 9 November; the Coleg Cymraeg scholarship talk is at 11am
- University of Sussex (Brighton) – Saturday 16 November. Ifan, this is the one with the Marine Biology course you asked about.
- University of Essex (Colchester) – online open day, Wednesday 20 November, 6pm

Prentisiaethau / Apprenticeships
- Degree apprenticeship in metallurgy with a steel producer in Scunthorpe – accommodation provided for the first year, deadline 30 November. Cai, this could suit you.
- Outdoor instructor trainee scheme at an adventure centre near Cockermouth in the Lake District – a paid gap year, closing date 15 January. Kayleigh, I think of you every time I see this one!
- Ynni Peris electrical apprenticeships – they'll be at our careers fair on 6 February.

Remember UCAS deadline for most courses is 29 January, but our internal deadline is 6 December so that the references can be done before Christmas.

Miss Hughes
Arweinydd y Chweched | Head of Sixth Form""", "7bit"))

add("dorset_shitterton", "clean", "Hard neg: place name Shitterton (Dorset) in staff residential planning",
    P("tom"), [P("iwan")], "Dorset residential – accommodation sorted", "2025-01-16 20:35",
    plain("""Iwan,

Good news – I've got us the bunkhouse for the Year 12 Jurassic Coast trip, 23–26 June. It's just outside Bere Regis, in a hamlet called Shitterton. Yes, really. The village sign is a block of stone now because people kept nicking the metal one, so expect the kids to want a photo with it on the first evening. It's twenty minutes to Lulworth and Kimmeridge, which is what we need for the rock-type and coastal-processes fieldwork.

Costs: £38 per pupil per night, self-catering, exclusive use, sleeps 28. With the minibus hire that comes to about £190 each. I'll get a letter drafted for parents next week and check with Geraint whether the trip fund can knock something off for the FSM pupils.

Can you get the fossil-hunting permit form sorted for Kimmeridge? You did it last time.

Tom""", "7bit"))

add("reference_penistone_clitheroe", "clean", "Hard neg: place names Penistone and Clitheroe in headteacher's reference request",
    P("alun"), [("Mrs K. Holroyd", "headteacher@mooredge.example.org")], "Reference request – Mr James Ashworth", "2025-03-06 11:20",
    alt("""Dear Mrs Holroyd,

Mr James Ashworth has applied for the post of Teacher of Physics at Ysgol Enghraifft, and has given your name as his current headteacher at Moor Edge Academy, Penistone. He has also told us that he previously taught at a school in Clitheroe from 2016 to 2020; we have written to that school separately.

I would be grateful if you could provide a reference using the attached form, or in a letter if you prefer. In line with safer recruitment guidance, please include:

- his dates of employment and current post
- any disciplinary action, current or spent, relating to the safety and welfare of children
- whether he has been the subject of any concerns or allegations about his behaviour towards children, and the outcome
- your view of his suitability to work with children

Interviews will be held on Friday 21 March, so a reply by Tuesday 18 March would be much appreciated. References are treated in confidence.

Yours sincerely,

Alun Griffiths
Pennaeth | Headteacher
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="reference_penistone_clitheroe"))

add("nea_orkney_twatt", "clean", "Hard neg: place name Twatt (Orkney) in A-level NEA feedback to pupil",
    P("tom"), [pupil("19sroberts", "Swyn Roberts")], "Re: NEA proposal – Orkney wind", "2024-11-06 17:05",
    plain("""Swyn,

I've read your proposal. It's an ambitious idea and I like it, but we need to make sure you can actually collect primary data.

If you're staying with your aunt in Orkney over February half term, a study of community attitudes to the small wind turbines around the farms in the West Mainland is workable. Your aunt's farm near Twatt (I had to look it up – it's a real place, just north of Stenness!) would be a good base for the questionnaires and the turbine-to-house distance mapping.

What I need from you by Friday:
1. A focused question – "How do attitudes to small-scale wind turbines vary with distance in the West Mainland of Orkney?" is fine to start with.
2. A risk assessment for working alone in a rural area – you must not do door-to-door questionnaires on your own.
3. A back-up plan in case the weather stops you getting out, e.g. a comparison with the community turbine at Llanberis.

Well done, it's one of the more original ones this year.

Mr Barker""", "7bit"))

add("moderator_cockburn", "clean", "Hard neg: surnames Cockburn and Hancock (exam moderator visit)",
    P("emyr"), [("Catrin Ifan", S("c.ifan")), ("Bethan Haf", S("b.haf"))], "Art moderation visit – Mr Cockburn, 13 May", "2025-03-19 10:12",
    plain("""Hi both,

The exam board has confirmed the moderator for the GCSE Art and A-level Art component 1 visit: Mr Alasdair Cockburn (he says it's pronounced "Co-burn", in case you were wondering). He'll arrive at 9.30am on Tuesday 13 May and expects to see the full sample laid out in the art rooms by then.

Sample: the 15 candidates listed on the portal, plus the highest and lowest marked in each component. Please check the candidate numbers on every sheet, and make sure the authentication forms are signed by both you and the candidate.

If anything changes, the contact at the board is Mrs Hancock in the moderation team (her number is on the portal). I'll sort lunch and parking.

Emyr
Swyddog Arholiadau | Exams Officer
Ysgol Enghraifft | Example School""", "7bit"))

add("stem_wankhede_dickens", "clean", "Hard neg: surnames Wankhede and Dickens (STEM ambassador visit)",
    P("iwan"), [("Dr Priya Wankhede", "p.wankhede@stem.example.org")], "Year 9 STEM day – 2 April", "2025-02-19 15:50",
    alt("""Dear Dr Wankhede,

Thank you so much for agreeing to come in for our Year 9 STEM day on Wednesday 2 April. Tom Dickens at the STEM hub passed on your details and said your talk on the pumped-storage scheme at Dinorwig went down really well at another school.

The plan for the day:
- 9.00–9.40: your talk to the whole year group (about 130 pupils) in the hall. A projector and a microphone are set up.
- 9.50–12.15: three rotations of the "build a water turbine" challenge in the science labs, run by our staff, with you moving between groups if you're happy to.
- 12.15: lunch with the science department.

Most of the year group is fluent in English, but a few of our pupils joined us recently and are more confident in Welsh, so don't be surprised if the questions come in both. Our staff will help.

Please bring photo ID and sign in at reception on arrival; you'll be accompanied by a member of staff throughout.

Diolch yn fawr,

Iwan Thomas
Pennaeth Gwyddoniaeth | Head of Science
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="stem_wankhede_dickens"),
    cc=[P("mared"), P("ceri")])

add("canteen_menu_faggots", "clean", "Hard neg: foods faggots and peas, spotted dick, cockles in the canteen menu",
    P("glenys"), [SAM], "Bwydlen y ffreutur / Canteen menu – wythnos 1", "2025-01-03 12:30",
    alt("""Annwyl rieni / Dear parents,

Dyma fwydlen y ffreutur ar gyfer wythnos gyntaf y tymor. Here is the canteen menu for the first week of term. All main meals are £2.60 and include a drink and a dessert.

Dydd Llun / Monday: Cawl cig oen gyda bara crystiog / Welsh lamb cawl with crusty bread (V: cawl llysiau)
Dydd Mawrth / Tuesday: Ffagots a phys gyda thatws stwnsh a grefi / Faggots and peas with mash and gravy (V: vegetarian faggots)
Dydd Mercher / Wednesday: Cyri cyw iâr a reis / Chicken curry and rice (V: chickpea curry)
Dydd Iau / Thursday: Cinio rhost / Roast dinner (V: nut roast)
Dydd Gwener / Friday: Pysgodyn a sglodion / Fish and chips

Pwdin yr wythnos / Pudding of the week: Spotted dick a chwstard, and on Friday bara brith.

Breakfast club (8.00–8.35am, free for all pupils) has a new item this term: cocos a bara lawr (cockles and laverbread) on toast on Fridays, from a farm in Penclawdd.

If your child has an allergy or special diet, please make sure the kitchen has an up-to-date form – ask the office for one.

Glenys Owen
Rheolwr Arlwyo | Catering Manager
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP | 01632 960000""", key="canteen_menu_faggots"),
    lang="cy-GB")

add("bird_survey_tits_shags", "clean", "Hard neg: birds (great tit, blue tit, shag, woodcock, cock pheasant) in eco club mail to pupils",
    P("mared"), [pupil("23mroberts", "Morgan Roberts"), pupil("23aowen", "Alys Owen"), pupil("22dmoss", "Dion Moss")],
    "Clwb Eco – canlyniadau'r cyfrif adar / bird count results", "2025-02-03 15:40",
    plain("""Helo Glwb Eco!

Diolch am eich help gyda'r cyfrif adar wythnos diwethaf. Here are our school grounds results for the Big Schools' Birdwatch:

- Great tit (titw mawr) – 7
- Blue tit (titw tomos las) – 12, mostly on the feeders by the DT block
- Coal tit – 2
- Robin, blackbird, chaffinch – lots!
- Red kite (barcud coch) – 2 over the top field
- Woodcock – 1, flushed from the wet ground by the hedge. That's a really good record, they're very shy.
- A cock pheasant walking across the rugby pitch at 9.15, which made Mr Hughes's PE lesson more interesting.

And don't forget the boat trip to Ynys Enlli in June: last year we saw shags and cormorants nesting on the cliffs, plus choughs (brân goesgoch) and grey seals. Start practising telling a shag from a cormorant: the shag is smaller, has a thinner bill and a little crest in spring.

Clwb Eco is on Tuesday lunchtime in S2. Bring your lunch.

Miss Jenkins""", "8bit"))

add("sheepdog_tup_sale_reply", "clean", "Hard neg: farming words (sheepdog 'bitch', tup sale) in tutor's reply to carer",
    P("emlyn"), [SAM], "Re: Dydd Gwener / Friday", "2024-10-02 12:35",
    plain("""Helo Sam,

Llongyfarchiadau to Example Pupil Two – second place in the novice class at the CFfI sheepdog trial on Saturday is brilliant, especially with a young bitch who was only started on sheep in the spring. He showed me the video of Nel on the last pen and the whole form cheered.

About Friday: I understand the tup sale at Bryncir is a big day for the farm, and that he's learning the business. I'm afraid I can't authorise it as an absence under the attendance rules, though – it would go down as unauthorised. It's one day and his attendance is good, so it won't lead to anything on its own, but I wanted you to know before you decide.

If he does go, ask him to check Teams for the physics and maths work he'll miss.

Cofion,
Emlyn Parry
Tiwtor 10E | Form Tutor 10E
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP | 01632 960000

On Tue, 1 Oct 2024 at 21:12, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Parry, can he have Friday off please? It's the big tup sale at
> Bryncir mart and his taid wants him to help with our rams. He'll catch
> up on the work. Also he came 2nd with Nel at the young farmers trial!!
> Thanks Sam""", "8bit"),
    flavor="gmail", in_reply_to="<AM0PR10MB4721B6C39A1F0E2D7C8B9A0E1F2A3@AM0PR10MB4721.EURPRD10.PROD.OUTLOOK.COM>")

add("u16_girls_hooker", "clean", "Hard neg: rugby terms (hooker, tighthead, balls) in team selection to parent",
    P("dewi"), [JANE], "Tîm Merched dan 16 / U16 girls' squad – Saturday", "2025-02-12 18:20",
    plain("""Dear Mrs Parent,

I'm pleased to let you know that Example Pupil One has been picked to start at hooker for the U16 girls against Ysgol y Moelwyn on Saturday 15 February. She's worked really hard on her throwing in at the lineout this term and it shows.

Details:
- Meet at school 9.15am, kick-off 10.30am, at the rugby club pitch (not the school field).
- Back at around 1pm. Parents are very welcome to come and watch – the club's tea hut will be open.
- Kit: school rugby shirt (we provide), black shorts, red socks, boots with rugby studs, and a gumshield, which is compulsory. A scrum cap is optional but recommended for the front row.
- We'll bring the balls, water bottles, first aid kit and the tackle shields.

If she has any injury or hasn't been well this week, please let me know before Friday, as we only have one other hooker in the squad and I'd need to move Cadi across from tighthead.

Diolch,
Dewi Jenkins
Athro Addysg Gorfforol | PE Teacher
Ysgol Enghraifft | Example School, Park Row, Leeds LS1 4AP
01632 960000""", "8bit"))

add("space_week_uranus", "clean", "Hard neg: science vocabulary (Uranus, cumulonimbus, Hooke's law) in Year 8 homework",
    P("mared"), [pupil("23gevans", "Guto Evans"), pupil("23aowen", "Alys Owen"), pupil("23sjones", "Sion Jones")],
    "Wythnos y Gofod / Space week – homework", "2024-10-03 14:30",
    plain("""Helo 8G,

Space week homework is on Teams, due next Thursday. Three parts:

1. Make a fact file on ONE planet. Most of you have picked Jupiter or Saturn, so I'd love a few on Uranus or Neptune. (Yes, we all know the joke about Uranus. Say it once, get it out of your system, and then tell me why it spins on its side.) Include two of its moons – Titania and Oberon are a good start.
2. Look out of the window this week and sketch a cloud. Try to identify it: cumulus, stratus, cirrus or cumulonimbus (the huge thundercloud ones).
3. Extension: we did Hooke's law in Year 7 with the springs. Explain why an astronaut's spring balance reads a different weight on the Moon but the same mass.

Miss Jenkins""", "7bit"))

add("dt_order_bastard_files", "clean", "Hard neg: DT tool names (bastard-cut files, knobs, male/female connectors) in workshop order",
    P("osian"), [("Bleddyn Roberts", S("b.roberts"))], "Archeb gweithdy / Workshop order – spring term", "2025-01-07 08:55",
    plain("""Bore da Bleddyn,

Here's the workshop order for this term, can you put it through on the usual account before Friday? The Year 9 box project starts in week 3.

Metalwork
- 6 x flat files 250mm, bastard cut
- 6 x flat files 250mm, second cut
- 4 x half-round files 200mm, smooth
- 2 x file cards (the old ones are clogged)
- 4 x ball pein hammers 8oz

Woodwork / Year 9 box project
- 120 x pine cabinet knobs 30mm
- 250 x countersunk screws 4 x 30mm
- 120 x brass butt hinges 38mm
- 10 x sanding blocks

Electronics / Year 10 torch project
- 100 x JST connectors, male and female pairs
- 100 x battery clips
- 1 x reel 60/40 solder

Diolch,
Osian""", "7bit"))

add("william_the_bastard", "clean", "Hard neg: history, 'William the Bastard' (Norman Conquest) in Year 7 homework",
    P("dafydd"), [pupil("24ewilliams", "Efa Williams"), pupil("24tjones", "Tomos Jones"), pupil("24hmorgan", "Heledd Morgan"),
                  pupil("24lhughes", "Llŷr Hughes")],
    "Gwaith cartref Hanes / History homework – 1066", "2024-11-13 16:02",
    alt("""Helo 7H,

Your homework is on Teams: read the three sources about the Battle of Hastings and answer questions 1–4.

One thing you'll notice in Source B: a lot of writers at the time called William "William the Bastard", because his parents weren't married. It was a common way of describing him then, not a swear word in that sentence, and historians still mention it. In your own answers please call him William of Normandy, William the Conqueror or William I.

Next week we're moving on to how the Normans took control of Wales, and then to Edward I and the castles at Caernarfon, Harlech and Conwy, so have a think about which castle you've visited.

Due Wednesday 20 November.

Mr ap Iwan""", key="william_the_bastard"), lang="cy-GB")

add("penrhyn_lockout_blacklegs", "clean", "Hard neg: history terms (blacklegs, scabs, 'bradwr') about the Penrhyn lockout, to colleagues",
    P("dafydd"), [("Owain Pierce", S("o.pierce")), ("Gwawr Williams", S("g.williams"))], "Y9 Penrhyn unit – resources", "2025-01-30 19:20",
    plain("""Hi both,

I've put the Year 9 Penrhyn lockout resources in the shared drive (Hanes > Bl9 > Streic Fawr y Penrhyn). Some notes before you teach it:

- The key source is the poster that families put in their windows in Bethesda: "Nid oes bradwr yn y tŷ hwn" (there is no traitor in this house). The pupils love it – get them to work out why a family would need to say that.
- The men who went back to work in 1901 were called "bradwyr" (traitors) or "cynffonwyr" (literally "tail-wagers"), and in the English-language papers "blacklegs" or "scabs". Some pupils will have family on both sides – the bitterness in Bethesda lasted generations – so handle the "which side would you be on?" activity gently.
- The Fron Haul houses at the slate museum are set up as they were in 1861, 1901 and 1969, so there's a direct link to the trip on the 25th.

Give me a shout if you want to go through the assessment.

Dafydd""", "8bit"))

add("dykes_offas_dyke", "clean", "Hard neg: 'dyke' as landform and Offa's Dyke path in geography mail to pupils",
    P("tom"), [pupil("21ahughes", "Aron Hughes"), pupil("21ccarey", "Cerys Carey"), pupil("21jprice", "Jac Price")],
    "Rocks revision + DofE Gold route", "2025-03-20 13:48",
    plain("""Helo,

Two quick things.

1. Rocks revision: for the test next Tuesday, make sure you can explain the difference between a dyke (cuts across the rock layers, usually vertical) and a sill (runs along between the layers). We saw both on the cliff at Cwm Idwal – check the photos on Teams, the dark band of dolerite in photo 6 is a dyke.

2. DofE Gold: the practice expedition route is now confirmed as the northern section of Offa's Dyke Path (Clawdd Offa), from Llangollen to Prestatyn over four days. Route cards are due back to me by 3 April.

Mr Barker""", "7bit"))

add("re_heaven_hell", "clean", "Hard neg: RE vocabulary (hell, damnation, Jahannam, blasphemy) in Year 9 homework (base64)",
    P("angharad"), [pupil("22dmoss", "Dion Moss"), pupil("22eprys", "Elan Prys"), pupil("22rjames", "Rhun James")],
    "AG Bl. 9: Bywyd ar ôl marwolaeth / RE: Life after death", "2025-02-26 10:15",
    plain("""Helo 9C,

Next unit: Bywyd ar ôl marwolaeth – Life after death. Before Tuesday's lesson, please read pages 44–49 in the textbook and make notes on:

- Christian beliefs about heaven and hell, judgement and salvation. Why do some Christians today see hell as separation from God rather than a place of fire?
- The meaning of "damnation" – it comes from the Latin damnare, "to condemn". Find one example from a hymn or a painting.
- Islamic beliefs about Jannah (paradise) and Jahannam (hell), and the Day of Judgement.
- Buddhist ideas of rebirth and samsara.

We'll also look at why many believers consider blasphemy – using God's name carelessly – to be wrong, and how the law in the UK on blasphemy changed in 2008.

Remember you can answer in Welsh or English in your exam.

Mrs Rees""", "base64"))

add("romeo_prick_of_noon", "clean", "Hard neg: Shakespeare set text quoted (bawdy puns, 'prick of noon', 'bite my thumb') to Year 9",
    P("elin"), [pupil("22eprys", "Elan Prys"), pupil("22rjames", "Rhun James"), pupil("22lparry", "Lois Parry")],
    "Romeo and Juliet – Act 2 Scene 4 prep", "2024-10-16 15:12",
    plain("""Hi 9E,

Before Thursday please reread Act 2 Scene 4, where the Nurse meets Romeo, Mercutio and Benvolio in the street. We'll be looking at how Mercutio mocks her.

Find the line where Mercutio says "the bawdy hand of the dial is now upon the prick of noon". Work out:
1. what he literally means (what time is it?), and
2. why the Nurse is offended – "bawdy" is the clue.

Shakespeare's audience loved this kind of double meaning. Think back to the opening scene too: "Do you bite your thumb at us, sir?" and Sampson's jokes about "the heads of the maids, or their maidenheads". Be ready to explain in a sensible, grown-up way why a 1590s audience would have found it funny.

Mrs Roberts""", "7bit"))

add("llareggub_dept", "clean", "Hard neg [unsure]: English colleague explains 'Llareggub' is 'bugger all' backwards (literature, staff only)",
    ("Owain Pierce", S("o.pierce")), [P("elin"), P("lowri")], "Under Milk Wood in Year 10", "2025-03-04 16:44",
    plain("""Elin, Lowri,

Quick one before we start Under Milk Wood with 10W next week. Someone is bound to notice that Llareggub is "bugger all" spelt backwards – usually it takes about ten minutes. My plan is just to acknowledge it: yes, Dylan Thomas did that deliberately, it tells you something about how he saw small-town Wales and about his sense of humour, and then move on. No point pretending it isn't there.

Lowri, would you be up for doing the Welsh-language version comparison in the second week? T. James Jones's translation, "Dan y Wenallt", would be perfect for the bilingual lesson.

Owain""", "7bit"))

add("mockingbird_language_letter", "clean", "Hard neg: letter to parent about racist language in To Kill a Mockingbird (no slur spelled out)",
    P("elin"), [ALI], "Llenyddiaeth Saesneg Bl. 9 / Year 9 English: To Kill a Mockingbird", "2025-01-06 15:35",
    alt("""Dear Mr Guardian,

This term Year 9 are reading Harper Lee's To Kill a Mockingbird in English. It is a powerful novel about racial injustice in 1930s Alabama, and we think it is one of the most important books pupils read with us.

The novel includes racist language of its time, including the n-word, which is used many times by characters in the book. I want to let you know how we handle this:

- We talk with the class before we start about why the language is there and why it is harmful.
- Staff and pupils do not say the word aloud when reading; we read it as "n-word".
- Pupils can talk privately to their teacher at any point if they find a part of the book upsetting.

If you'd like to talk about this, or if there is anything we should know, please get in touch.

Yours sincerely,

Elin Wyn Roberts
Pennaeth Saesneg | Head of English
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="mockingbird_language_letter"))

add("cynghanedd_dic_cwm", "clean", "Hard neg: Welsh vocabulary and names (Dic, cwm, pant, twll) in A-level Welsh mail",
    P("lowri"), [pupil("19mparry", "Math Parry"), pupil("19ejones", "Erin Jones"), pupil("19gwyn", "Gwenllian Wyn")],
    "Cymraeg Safon Uwch – Dic Jones a'r gynghanedd", "2024-12-04 16:05",
    plain("""Helo bawb,

Ar gyfer dydd Llun, darllenwch "Y Cynhaeaf" gan Dic Jones (Dic yr Hendre) a dewiswch dri chwpled sy'n dangos cynghanedd groes, draws a sain. Marciwch yr atebion cytseiniol.

Hefyd, ar gyfer y gwaith ar enwau lleoedd: casglwch ddeg enw lle o'r ardal sy'n cynnwys elfennau fel cwm, pant, bwlch, nant, twll, rhyd a llan, ac eglurwch beth maen nhw'n ei ddweud am dirwedd yr ardal. Mae "Twll Du" a "Pant Glas" yn ddechrau da. Bonws i unrhyw un sy'n darganfod pwy oedd Dic Aberdaron a faint o ieithoedd roedd o'n eu siarad.

Cofiwch am y ddarlith yn Neuadd Pritchard-Jones ym Mangor ar y 12fed – mae'r bws yn gadael am 5.

Miss Evans""", "quoted-printable"), lang="cy-GB")

add("german_false_friends", "clean", "Hard neg: German/French false friends (Gift, Fahrt, Mist, dick, préservatif) in MFL mail to pupils",
    P("helen"), [pupil("21nroberts", "Nel Roberts"), pupil("21ahughes", "Aron Hughes"), pupil("21mlloyd", "Mabli Lloyd")],
    "Falsche Freunde – vocab for Thursday", "2025-01-22 13:10",
    plain("""Hallo 10G,

As promised, here is the "falsche Freunde" (false friends) list from today. These are the words that trip people up in the reading paper every single year:

- das Gift = poison (NOT a present – that's das Geschenk)
- die Fahrt = journey, trip ("Gute Fahrt!" = have a good journey)
- der Mist = manure, rubbish ("So ein Mist!" = what a nuisance) – not fog
- dick = fat, thick ("Das Buch ist sehr dick")
- der Rock = skirt
- bald = soon
- also = so, therefore

And since some of you do French too: "le préservatif" means a condom, not a preservative (that's "le conservateur"). Yes, everybody laughs; now you'll never forget it.

Vocab test on Thursday. Viel Glück!

Frau Kowalski""", "quoted-printable"))

add("rse_letter_year10", "clean", "Hard neg: bilingual RSE (ACRh) letter with anatomical and sexual-health vocabulary, PDF attached",
    P("sian"), [SAM], "Addysg Cydberthynas a Rhywioldeb Bl. 10 / Year 10 RSE", "2025-01-31 14:20",
    mixed(alt("""Annwyl rieni a gofalwyr / Dear parents and carers,

Yn unol â Chod ACRh Llywodraeth Cymru, bydd Blwyddyn 10 yn dechrau uned newydd ar Addysg Cydberthynas a Rhywioldeb ar ôl hanner tymor.

In line with the Welsh Government's RSE Code, Year 10 will begin a new unit of Relationships and Sexuality Education after half term. RSE is a statutory part of the Curriculum for Wales for all learners, so there is no right to withdraw, but we want you to know exactly what will be covered so you can talk about it at home.

Over six lessons, pupils will learn about:
- healthy and unhealthy relationships, coercive control and consent, including the law on the age of consent
- puberty and the reproductive system, using correct terms (penis, testicles, vulva, vagina, womb, periods)
- contraception, including condoms and the pill, and where to get confidential sexual health advice locally
- sexually transmitted infections and how to prevent them
- pornography, sexting and sharing nude images – the law, and how to get help if an image has been shared
- sexual orientation and gender identity, and respecting others

The lessons are taught by Mrs Rees and the form tutors, and a school nurse will lead the contraception lesson. Pupils can ask questions anonymously using the question box. The full lesson plan is attached.

Please get in touch if you'd like to see any of the materials or discuss anything.

Cofion cynnes / Kind regards,

Siân Prys-Jones
Dirprwy Bennaeth | Deputy Headteacher
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000""", key="rse_letter_year10", lang="CY"),
          [attachment("ACRh_Bl10_cynllun.pdf", "application/pdf", make_pdf([
              "Ysgol Enghraifft - ACRh / RSE Blwyddyn 10 - Cynllun gwersi / Lesson plan",
              "",
              "1. Perthnasoedd iach / Healthy relationships; consent and the law",
              "2. Glasoed a'r system atgenhedlu / Puberty and the reproductive system",
              "3. Atal cenhedlu / Contraception (school nurse)",
              "4. Heintiau a drosglwyddir yn rhywiol / STIs",
              "5. Pornograffi, secstio a delweddau noeth / Pornography, sexting, nude images",
              "6. Cyfeiriadedd rhywiol a hunaniaeth rhywedd / Sexual orientation and gender identity",
          ]))], key="rse_letter_year10"), lang="cy-GB")

add("tourettes_staff_note", "clean", "Hard neg: ALNCo staff-only note quoting a pupil's involuntary swearing tics (Tourette's)",
    P("meinir"), [P("emlyn"), P("gareth"), P("lowri"), P("tom"), P("dewi")],
    "CONFIDENTIAL – Ifan (10E): Tourette's update", "2025-01-14 08:20",
    alt("""Bore da,

You all teach Ifan in 10E. Following his neurology appointment over Christmas, his diagnosis of Tourette syndrome has been confirmed and his IDP has been updated. Please read this before you teach him this week.

His vocal tics have changed recently and now include coprolalia (involuntary swearing). The words he is currently ticcing are "fuck", "shit" and occasionally "wanker", often repeated two or three times, and they get worse when he is anxious or tired. He can't control them and is very embarrassed by them.

What we've agreed with Ifan and his mum:
- Tics are NOT sanctioned and are not logged as swearing on the behaviour system.
- Don't react or ask him to stop; carry on with the lesson. A calm, neutral response helps.
- He has a time-out card and can leave for the ALN base at any time without asking.
- He will explain Tourette's to his form himself on Friday, with Mr Parry there. Other classes: if pupils comment, tell them briefly that it's a medical condition and move on.
- In exams he'll sit in a separate room.

Please don't forward this outside the teaching team. Any questions, come and see me.

Meinir

Meinir Jones
Cydlynydd ADY | ALN Coordinator (ALNCo)
Ysgol Enghraifft | Example School""", key="tourettes_staff_note"))

add("spastic_diplegia_pe", "clean", "Hard neg: SEND/medical term 'spastic diplegia' in ALNCo plan to PE staff",
    P("meinir"), [P("rhodri"), P("dewi")], "New Year 7 – Lois W. – PE adaptations", "2024-09-03 14:05",
    plain("""Rhodri, Dewi,

Lois W. (7M) starts tomorrow. She has cerebral palsy – specifically spastic diplegia, which mainly affects her legs: tight hamstrings and calf muscles, and her balance tires quickly. She walks independently with AFOs (splints) and uses a wheelchair for longer distances, e.g. the walk down to the top field.

The physio's recommendations for PE are in her IDP on the system. The main points:
- She wants to take part in everything she can, and she's very competitive. Adapt rather than exclude.
- Seated or supported activities for balance work; boccia and table tennis are her favourites.
- Extra time to change – she can use the accessible changing room by the sports hall.
- Regular stretches are part of her physio programme; she knows them and will do them during warm-ups.

Her physio, from the children's therapy team, would like to come and see a lesson in October. Can we find a date?

Diolch,
Meinir""", "7bit"))

add("bus_incident_dsl_report", "clean", "Hard neg: staff report to DSL quoting a pupil's sexual insults verbatim (staff only)",
    P("dewi"), [P("dsl")], "Pryder diogelu / Safeguarding concern – bus 14, Tues 4 March", "2025-03-04 17:12",
    plain("""Ffion,

Logging this with you as well as on MyConcern. Bus duty this afternoon, about 3.25pm on bus 14 before it left.

I heard raised voices at the back of the bus and went on. Mali (9T) was crying. Deio (9R) was standing over her seat. I heard him say, word for word: "you're a fucking slag, everyone's seen what you sent Gethin" and "I'll send it to the whole year, you whore". A Year 8 boy sitting nearby told me Deio had said the same thing to her at lunch.

I took Deio off the bus and he walked home with his brother – his mum has been phoned by Catrin. Mali went home on the bus as she wanted to; I sat with her until it left and she said she was OK.

I'm worried there may be an image of Mali being shared. I haven't asked to see any phones. Mali said "it was only meant for Gethin" and then wouldn't say any more.

Happy to talk first thing tomorrow.

Dewi Jenkins
Athro Addysg Gorfforol | PE Teacher""", "7bit"),
    cc=[P("catrin")], lang="cy-GB")

add("racist_incident_log", "clean", "Hard neg: staff racist-incident report to DSL and HoY quoting a racial slur verbatim",
    P("bryn"), [P("dsl"), P("dylan")], "Racist incident – 10C corridor, period 3", "2024-12-05 12:30",
    alt("""Ffion, Dylan,

Recording a racist incident from this morning so it can go on the log.

At the end of period 3 outside M4, Kian B. (10C) shouted at Aliya (8H) as she went past: "oi Paki, go back to your own country" and then "watch out, she's got a bomb in her bag". Several Year 10s laughed. I heard the words myself – I was on the door of M4 about three metres away – and two other pupils, Nanw and Seb, confirmed them.

I told Kian that what he said was racist and completely unacceptable and sent him to the Year 10 office. Aliya was upset; she went to the office with Mrs Lloyd and asked for her dad to be phoned, which was done at 12.10.

Aliya said this is the second time this week, and that the other time was on the bus (she didn't give a name).

Bryn Morgan
Athro Mathemateg | Teacher of Mathematics
Ysgol Enghraifft | Example School""", key="racist_incident_log"))

add("reply_to_abusive_parent", "clean", "Hard neg: polite reply to carer; swearing only in the carer's quoted email",
    P("sian"), [SAM], "RE: phone taken off him", "2025-02-07 09:40",
    alt("""Dear Sam Carer,

Thank you for getting in touch, and I'm sorry you were so upset when you wrote last night. I understand it's frustrating to hear about this second-hand.

Example Pupil Two's phone was taken yesterday because he was using it to film in the changing rooms during PE, which isn't allowed for everyone's privacy. It was kept safely in the office and he collected it at 3.15pm, as our policy sets out. He wasn't in any other trouble.

I'd be very happy to meet you and go through what happened. I'm free on Tuesday or Wednesday after 3.30pm, or I can phone you if that's easier.

I'd also ask, politely, that future messages to staff are kept respectful. We want to work with you.

Yours sincerely,

Siân Prys-Jones
Dirprwy Bennaeth | Deputy Headteacher
Ysgol Enghraifft | Example School
Park Row, Leeds LS1 4AP
Ffôn | Tel: 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 06 February 2025 22:47
To: Office <office@example-school.org.uk>
Subject: phone taken off him

Your PE teachers are fucking useless. They took his phone off him AGAIN and nobody even rang me. Bunch of twats on a power trip. I want to speak to the head tomorrow, not one of his lackeys.
Sam""", key="reply_to_abusive_parent"),
    in_reply_to="<DB7PR03MB5012E2A1C3F4B5D6E7F8A9B0C1D2E3@DB7PR03MB5012.eurprd03.prod.outlook.com>")

add("behaviour_policy_language", "clean", "Hard neg: pastoral lead discusses behaviour-policy handling of named swear words and homophobic use of 'gay' (staff only)",
    P("catrin"), [P("dylan"), ("Rhys Gwynedd", S("r.gwynedd")), ("Nerys Owen", S("n.owen"))],
    "Polisi ymddygiad – iaith / language: draft for Thursday", "2025-03-11 17:05",
    plain("""Hi all,

Ahead of Thursday's pastoral meeting, here's my draft of the language section of the behaviour policy review. Comments welcome before then.

What we're seeing: in Year 9 especially, "bellend", "twat" and "wanker" have become everyday banter between pupils, in both languages – a lot of "paid â bod yn gymaint o dwat". Most staff are challenging it, but inconsistently. "Gay" is being used as an insult ("that's so gay") and "spaz" has come back, and neither is being logged.

Proposal:
1. Swearing in conversation between pupils (not directed at anyone): verbal challenge, logged as Level 1.
2. Swearing at another pupil as an insult: Level 2, phone call home.
3. Swearing at or about a member of staff: Level 3, isolation and a meeting with parents.
4. Homophobic, racist, sexist or disablist language ("gay" as an insult, "spaz", racist slurs), whether or not it's "banter": always logged as a prejudice-related incident, regardless of intent, and follows the anti-bullying procedure.

Can you each bring two or three real examples from your year (anonymised) so we can test the levels?

Catrin""", "8bit"), lang="cy-GB")

add("report_abusive_email_fwd", "clean", "Hard neg: teacher reports an abusive external email to head and DSL; swearing only in the forwarded text",
    P("gareth"), [P("alun"), P("dsl")], "FW: your maths department", "2025-03-18 08:05",
    plain("""Alun, Ffion,

As per the e-communications policy, I'm reporting the email below, which came to my school account last night from an address I don't recognise. I haven't replied. I'll delete it from my inbox once you've confirmed you've got a copy.

From the mention of "my nephew" and the Year 11 set change, I think it may be to do with the 11M3 move, but I can't be sure.

Gareth

-----Original Message-----
From: dragon.fan.1987 <dragon.fan.1987@hotmail.co.uk>
Sent: 17 March 2025 23:41
To: Gareth Owen <g.owen@example-school.org.uk>
Subject: your maths department

You moved my nephew down a set without telling anyone. You lot are useless bastards who couldn't teach a dog to sit. Shove your "data" up your arse. I'll be telling everyone in the village what a shit school this is.""", "7bit"))


# =========================================================================== output

README = """# Round 26 blind hold-out corpus: obscene-language

**Blind: never use these files for tuning, rule writing or threshold setting.** They were
written without looking at mailguard's code, rules, tests or docs, so that the results
measure how the filter does on mail nobody tuned it against. If a rule is changed because of
something seen here, this corpus stops being a fair test.

## What it is

{total} RFC 5322 messages (`.eml`) as staff of a Welsh-medium bilingual 11-18 school in
Gwynedd might send them from `@example-school.org.uk` (identity as in `config.example.yaml`:
01632 960000, LS1 4AP), with `labels.csv` giving the label a safeguarding lead would give under
the school's e-communications policy ("Use obscene language or swear words in your
communications ... inappropriate comments which could cause offence or harassment on the
grounds of gender, race, disability, age, religion or sexual orientation").

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is `flag` or `clean`;
`sender` is the envelope sender (the staff From address); `recipients` are the To and Cc
addresses separated by single spaces; `note` says what the case is. Judgement calls are marked
`[unsure]`.

| expected | kind | count |
| --- | --- | --- |
| flag | plain swearing or slurs in the author's own words (incl. a base64 body, Welsh-spelt swearing and a CSV attachment) | {flag_plain} |
| flag | disguised: masks, leetspeak, stretched letters, dotted letters, Cyrillic homoglyphs, full-width letters, zero-width spaces, HTML tags/entities, QP soft breaks, RFC 2047 subject | {flag_disg} |
| clean | everyday school mail | {clean_every} |
| clean | hard negatives | {clean_hard} |
| **all** | | **{total}** ({flags} flag, {cleans} clean) |

## How it was made

Written by hand (content) and built by `../make_round26_obscene.py` (Python 3.11 standard
library only). The script writes the raw message text itself, so dates, Message-IDs, MIME
boundaries and encodings are fixed: running it twice gives byte-identical files. Phone numbers
other than the school's and the parents' are from Ofcom's drama ranges; names, addresses and
third-party mailboxes are invented (example.com / .org / .net for organisations).

Regenerate (from the repository root):

    python3 tests/holdout/round26/make_round26_obscene.py

## Kinds of case

- Flag: staff-to-staff venting (fixtures, Estyn, timetables, budgets, photocopiers, coach
  firms, reports deadlines), a few to pupils, a parent and an outside rugby club; slurs on
  grounds of sexual orientation, disability, race/ethnicity (Gypsy/Traveller) and gender; Welsh
  swearing ("ffycin", "cachu"); swearing only in a .csv attachment or only in an encoded subject.
- Flag, disguised: `f*cking`/`Sh!t`, `w4nk3r`, `shiiiite`, `t.w.a.t`/`c-u-n-t`, Cyrillic
  letters inside words, full-width letters, zero-width spaces, words split by HTML tags and
  entities, quoted-printable soft line breaks inside words, base64 bodies, RFC 2047 subject.
- Clean, everyday: Urdd Eisteddfod rehearsals, attendance, Hwb passwords, essay feedback in
  Welsh, cover lists, newsletter, trip letters with PDF forms, reports, minutes, rugby club
  links, mock timetables, dinner money, farm bus routes, UCAS, staff social, phishing warning,
  careers fair, counsellor, language-immersion support, lost property, DofE kit list,
  governors, snow closure, parents' evening with .ics.
- Clean, hard negatives: place names (Penisarwaun, Twll Du, Scunthorpe, Sussex, Essex,
  Cockermouth, Shitterton, Penistone, Clitheroe, Twatt, Offa's Dyke); surnames (Cockburn,
  Hancock, Wankhede, Dickens); foods (faggots, spotted dick, cockles); birds (tits, shags,
  woodcock, cock pheasant); farming (a sheepdog bitch, tup sale); rugby (hooker); science,
  DT (bastard-cut files), history (William the Bastard, blacklegs), RE (hell, damnation),
  literature (Romeo and Juliet puns, Llareggub, To Kill a Mockingbird letter), Welsh, German
  and French vocabulary; an RSE letter; ALN notes (Tourette's tics quoted, spastic diplegia);
  safeguarding and racist-incident reports quoting pupils verbatim to the DSL; a polite reply
  below a parent's abusive email; a behaviour-policy discussion naming words; an abusive
  outside email forwarded to the head and DSL as the policy asks.
"""

PLAIN_FLAGS = {"u15_fixture_bollocks", "estyn_news", "parent_call_reply", "y13_coursework_pissing_about",
               "detention_reply_to_parent", "llungopiwr_ffycin", "dance_workshop_poof", "set4_swap_retards",
               "caravans_top_field", "seating_plan_csv_notes"}
EVERYDAY_END = "parents_evening_booking"


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    order = list(MESSAGES)
    idx_every_end = [m["slug"] for m in order].index(EVERYDAY_END)
    kinds = {}
    for i, m in enumerate(order):
        if m["label"] == "flag":
            kinds[m["slug"]] = "flag_plain" if m["slug"] in PLAIN_FLAGS else "flag_disg"
        else:
            kinds[m["slug"]] = "clean_every" if i <= idx_every_end else "clean_hard"
    random.Random(26).shuffle(order)
    rows = []
    for n, m in enumerate(order, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(render(m))
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["frm"][1], rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {k: sum(1 for v in kinds.values() if v == k) for k in ("flag_plain", "flag_disg", "clean_every", "clean_hard")}
    flags = counts["flag_plain"] + counts["flag_disg"]
    cleans = counts["clean_every"] + counts["clean_hard"]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README.format(total=len(order), flags=flags, cleans=cleans, **counts))
    print(f"wrote {len(order)} messages ({flags} flag, {cleans} clean) to {OUT}")


if __name__ == "__main__":
    main()
