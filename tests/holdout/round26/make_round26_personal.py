#!/usr/bin/env python3
"""Generator for the round-26 blind hold-out corpus, module personal-address-to-parent.

Setting: a Welsh-medium bilingual 11-18 school in Gwynedd ("Ysgol Example School").
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Standard library only and fully
deterministic: fixed dates, Message-IDs, MIME boundaries and a seeded ordering, so two
runs give byte-identical files.

BLIND CORPUS: never use these messages to tune the filter.
"""
import base64
import csv
import datetime as _dt
import email.charset
import email.header
import email.utils
import hashlib
import html
import io
import os
import quopri
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
DOM = "example-school.org.uk"
PDOM = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
STAFF = {
    "pritchard": ("Eleri Pritchard", "e.pritchard"),
    "dhughes": ("Dafydd Hughes", "d.hughes"),
    "nroberts": ("Non Roberts", "n.roberts"),
    "gowen": ("Gareth Owen", "g.owen"),
    "shughes": ("Siân Hughes", "s.hughes"),
    "office": ("Swyddfa Ysgol Example | School Office", "office"),
    "sjones": ("Sioned Jones", "s.jones"),
    "iparry": ("Ifan Parry", "i.parry"),
    "cwilliams": ("Catrin Williams", "c.williams"),
    "revans": ("Rhys Evans", "r.evans"),
    "attendance": ("Menna Thomas", "attendance"),
    "dsl": ("Huw Griffiths", "dsl"),
    "blloyd": ("Bethan Lloyd", "b.lloyd"),
    "tmorgan": ("Tomos Morgan", "t.morgan"),
    "ledwards": ("Lowri Edwards", "l.edwards"),
    "ajenkins": ("Aled Jenkins", "a.jenkins"),
    "exams": ("Gwenan Davies", "exams"),
    "erowlands": ("Emyr Rowlands", "e.rowlands"),
    "hprice": ("Heledd Price", "h.price"),
    "ovaughan": ("Osian Vaughan", "o.vaughan"),
    "fmorris": ("Ffion Morris", "f.morris"),
    "kbailey": ("Kevin Bailey", "k.bailey"),
    "acarter": ("Alison Carter", "a.carter"),
    "cellis": ("Carwyn Ellis", "c.ellis"),
    "nparry": ("Nia Parry", "n.parry"),
    "dyjones": ("Dylan Jones", "dy.jones"),
    "mwyn": ("Meirion Wyn", "m.wyn"),
    "egwilym": ("Elin Gwilym", "e.gwilym"),
    "ljones": ("Llinos Jones", "l.jones"),
    "gpugh": ("Gwyn Pugh", "g.pugh"),
    "crowlands": ("Cadi Rowlands", "c.rowlands"),
    "staff": ("Staff Ysgol Example", "staff"),
    "adran_cymraeg": ("Adran Gymraeg", "adran.cymraeg"),
}


def S(key):
    name, local = STAFF[key]
    return (name, f"{local}@{DOM}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def P(local, name):
    return (name, f"{local}@{PDOM}")


# --------------------------------------------------------------------------------------
# MIME building blocks (raw text built by hand so that everything is deterministic)
# --------------------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, payload, cte=None, charset="utf-8", params=None,
                 filename=None, disposition=None, name_param=True):
        self.ctype = ctype
        self.payload = payload
        self.cte = cte
        self.charset = charset
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.name_param = name_param


class Multi:
    def __init__(self, subtype, parts, boundary=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def _fn_params(key, filename):
    """filename="x" or RFC 2231 filename*=utf-8''... for non-ASCII names."""
    try:
        filename.encode("ascii")
        return f'{key}="{filename}"'
    except UnicodeEncodeError:
        return f"{key}*={email.utils.encode_rfc2231(filename, 'utf-8')}"


def render_part(part, bseed):
    """Return (header_lines, body_text) for a part; body_text is str (may contain UTF-8)."""
    if isinstance(part, Multi):
        if part.boundary is None:
            part.boundary = bseed()
        hdrs = [f'Content-Type: multipart/{part.subtype};\n\tboundary="{part.boundary}"']
        chunks = []
        if part.preamble:
            chunks.append(part.preamble + "\n")
        for sub in part.parts:
            sh, sb = render_part(sub, bseed)
            chunks.append(f"\n--{part.boundary}\n" + "\n".join(sh) + "\n\n" + sb)
        chunks.append(f"\n--{part.boundary}--\n")
        body = "".join(chunks)
        if not part.preamble:
            body = body[1:]  # no leading blank line before first boundary
        return hdrs, body
    # Leaf
    ct = part.ctype
    params = []
    is_text = ct.startswith("text/")
    if is_text and part.charset:
        params.append(f'charset="{part.charset}"')
    params += part.params
    if part.filename and part.name_param:
        params.append(_fn_params("name", part.filename))
    hdrs = ["Content-Type: " + ct + "".join("; " + p for p in params)]
    data = part.payload
    if isinstance(data, str):
        data = data.encode(part.charset or "utf-8")
    cte = part.cte
    if cte is None:
        if not is_text:
            cte = "base64"
        else:
            try:
                data.decode("ascii")
                cte = "7bit"
            except UnicodeDecodeError:
                cte = "8bit"
    if cte != "base64":
        data = data.replace(b"\r\n", b"\n")  # the file uses LF line ends throughout
    if cte == "7bit":
        data.decode("ascii")  # must be ASCII
        body = data.decode("ascii")
    elif cte == "8bit":
        body = data.decode("utf-8")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    for line in body.split("\n"):
        assert len(line.encode("utf-8")) <= 998, "line too long"
    if not body.endswith("\n"):
        body += "\n"
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    if part.disposition:
        d = part.disposition
        if part.filename:
            d += ";\n\t" + _fn_params("filename", part.filename)
        hdrs.append("Content-Disposition: " + d)
    return hdrs, body


def enc_subject(subject, mode):
    """mode: None (raw ASCII), 'b' or 'q' RFC 2047 encoding."""
    if mode is None:
        try:
            subject.encode("ascii")
            return subject
        except UnicodeEncodeError:
            mode = "q"
    cs = email.charset.Charset("utf-8")
    cs.header_encoding = email.charset.BASE64 if mode == "b" else email.charset.QP
    return email.header.Header(subject, cs, header_name="Subject").encode(linesep="\n")


def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def fmt_addr_list(pairs):
    return ",\n\t".join(fmt_addr(p) for p in pairs)


def mkdate(y, mo, d, h, mi, s=0):
    """UK local time -> RFC 5322 date string with the correct BST/GMT offset."""
    day = _dt.date(y, mo, d)
    bst = (_dt.date(2024, 3, 31) <= day < _dt.date(2024, 10, 27)) or \
          (_dt.date(2025, 3, 30) <= day < _dt.date(2025, 10, 26))
    tz = _dt.timezone(_dt.timedelta(hours=1 if bst else 0))
    return email.utils.format_datetime(_dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def h(s, n=24):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def build_message(m):
    slug = m["slug"]
    counter = [0]
    style = m.get("client", "outlook")

    def bseed():
        counter[0] += 1
        k = counter[0]
        if style == "gmail":
            return "0000000000" + h(f"{slug}/b{k}", 18)
        if style == "apple":
            return "Apple-Mail=_" + h(f"{slug}/b{k}", 32).upper()
        return f"_00{k}_" + h(f"{slug}/b{k}", 32).upper()

    hdrs = []
    hdrs.append("From: " + fmt_addr(m["frm"]))
    hdrs.append("To: " + fmt_addr_list(m["to"]))
    if m.get("cc"):
        hdrs.append("Cc: " + fmt_addr_list(m["cc"]))
    if m.get("reply_to"):
        hdrs.append("Reply-To: " + fmt_addr(m["reply_to"]))
    hdrs.append("Subject: " + enc_subject(m["subject"], m.get("subj_enc")))
    hdrs.append("Date: " + m["date"])
    if style == "gmail":
        mid = f"<CA{h(slug + '/mid', 10).upper()}+{h(slug + '/mid2', 24)}@mail.gmail.com>"
    elif style == "apple":
        mid = f"<{h(slug + '/mid', 8).upper()}-{h(slug + '/m2', 4).upper()}-{h(slug + '/m3', 12).upper()}@{DOM}>"
    else:
        mid = f"<LO2P265MB{h(slug + '/mid', 8).upper()}{h(slug + '/mid3', 20).upper()}@LO2P265MB{h(slug + '/mid4', 4).upper()}.GBRP265.PROD.OUTLOOK.COM>"
    hdrs.append("Message-ID: " + mid)
    if m.get("reply"):
        parent = f"<{h(slug + '/parent', 20)}@{m['reply']}>"
        hdrs.append("In-Reply-To: " + parent)
        hdrs.append("References: " + parent)
    if m.get("lang"):
        hdrs.append("Content-Language: " + m["lang"])
    if style == "outlook":
        hdrs.append("X-Mailer: Microsoft Outlook 16.0")
    elif style == "apple":
        hdrs.append("X-Mailer: iPhone Mail (21F90)")
    hdrs.append("MIME-Version: 1.0")
    ph, body = render_part(m["body"], bseed)
    hdrs += ph
    raw = "\n".join(hdrs) + "\n\n" + body
    return raw.encode("utf-8")


# --------------------------------------------------------------------------------------
# Convenience constructors for bodies
# --------------------------------------------------------------------------------------
def T(s):
    """Strip the first newline of a triple-quoted block and guarantee a final newline."""
    if s.startswith("\n"):
        s = s[1:]
    return s if s.endswith("\n") else s + "\n"


def _inline(text):
    out = html.escape(text, quote=False)
    out = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', out)
    out = re.sub(r"\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b", r'<a href="mailto:\1">\1</a>', out)
    return out


def to_html(text, style="outlook"):
    """Turn a plain body into the HTML a mail client would send alongside it."""
    paras = text.rstrip("\n").split("\n\n")
    blocks = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_inline(l.lstrip("> ").rstrip()) for l in lines)
            if style == "gmail":
                blocks.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                              'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                              f"{inner}</blockquote>")
            else:
                blocks.append(f'<blockquote style="border-left:solid #CCCCCC 1.0pt;padding-left:6pt">{inner}</blockquote>')
            continue
        if all(re.match(r"^(- |\u2022 |\d+\. )", l) for l in lines):
            bullet = re.compile(r"^(- |\u2022 |\d+\. )")
            items = "".join("<li>" + _inline(bullet.sub("", l)) + "</li>\n" for l in lines)
            tag = "ol" if lines[0][0].isdigit() else "ul"
            blocks.append(f"<{tag} style=\"margin-top:0cm\">\n{items}</{tag}>")
            continue
        inner = "<br>\n".join(_inline(l) for l in lines)
        if style == "gmail":
            blocks.append(f"<div>{inner}</div>")
        else:
            blocks.append(f'<p class="MsoNormal">{inner}</p>')
    if style == "gmail":
        return ('<div dir="ltr">' + "\n<div><br></div>\n".join(blocks) + "</div>\n")
    sep = '\n<p class="MsoNormal">&nbsp;</p>\n'
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + sep.join(blocks) + "\n</div>\n</body>\n</html>\n")


def plain(text, cte=None, params=None):
    return Leaf("text/plain", T(text), cte=cte, params=params)


def alt(text, html_text=None, style="outlook", cte_text=None, cte_html="quoted-printable"):
    text = T(text)
    if html_text is None:
        html_text = to_html(text, style)
    return Multi("alternative", [Leaf("text/plain", text, cte=cte_text),
                                 Leaf("text/html", html_text, cte=cte_html)])


def html_only(html_text, cte="quoted-printable"):
    return Leaf("text/html", T(html_text), cte=cte)


def attach(ctype, filename, data, cte="base64", params=None):
    return Leaf(ctype, data, cte=cte, charset=None if not ctype.startswith("text/") else "utf-8",
                params=params, filename=filename, disposition="attachment")


def mixed(*parts):
    return Multi("mixed", list(parts))


def make_pdf(lines):
    """A small, valid one-page PDF with the given lines of text (Helvetica, WinAnsi)."""
    def esc(s):
        s = s.replace("ŵ", "w").replace("ŷ", "y").replace("Ŵ", "W").replace("Ŷ", "Y")
        s = s.replace("–", "-").replace("’", "'").replace("£", "\\243")
        s = s.replace("\\", "\\\\").replace("\\\\243", "\\243")
        s = s.replace("(", "\\(").replace(")", "\\)")
        return s
    content = "BT\n/F1 11 Tf\n14 TL\n56 790 Td\n" + "".join(
        f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    cbytes = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, summary, start, end, location, description, organiser):
    def esc(s):
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250301T090000Z",
        f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}",
        f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}",
        f"DESCRIPTION:{esc(description)}",
        f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return ("\r\n".join(ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def isbn13(stem12):
    digits = [int(c) for c in stem12 if c.isdigit()]
    total = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return f"{stem12}-{(10 - total % 10) % 10}"


MESSAGES = []


def add(label, slug, note, frm, to, subject, date, body, **kw):
    assert label in ("flag", "clean")
    m = dict(label=label, slug=slug, note=note, frm=frm, to=to, subject=subject,
             date=date, body=body)
    m.update(kw)
    MESSAGES.append(m)

# --------------------------------------------------------------------------------------
# Signatures (bilingual, as staff really set them up; many carry the school's details)
# --------------------------------------------------------------------------------------
SCH = "Ysgol Example School, Park Row, Leeds LS1 4AP"
SIG = {
    "dhughes": "Dafydd Hughes\nPennaeth Blwyddyn 9 | Head of Year 9\nYsgol Example School | 01632 960000",
    "gowen": f"Gareth Owen\nAdran Addysg Gorfforol | PE Department\n{SCH}\n01632 960000",
    "nroberts": f"Non Roberts\nAdran Gymraeg | Welsh Department\nCydlynydd Eisteddfod yr Urdd\n{SCH} | 01632 960000",
    "iparry": f"Ifan Parry\nAdran Hanes | History Department\n{SCH}\n01632 960000",
    "cwilliams": "Catrin Williams\nMathemateg | Maths\nYsgol Example School",
    "revans": "Rhys Evans\nAdran Gemeg | Chemistry",
    "attendance": f"Menna Thomas\nSwyddog Presenoldeb | Attendance Officer\n{SCH}\n01632 960000",
    "dsl": ("Huw Griffiths\nDirprwy Bennaeth | Deputy Headteacher\n"
            "Person Dynodedig Diogelu | Designated Safeguarding Lead\n"
            f"{SCH}\nFfôn / Tel: 01632 960000"),
    "blloyd": "Bethan Lloyd\nCydlynydd ADY | ALNCo\nYsgol Example School\n01632 960000",
    "tmorgan": "Tomos Morgan\nAdran Gerdd | Music Department",
    "ledwards": "Lowri Edwards\nAdran Gelf | Art Department",
    "ajenkins": f"Aled Jenkins\nPennaeth y Chweched | Head of Sixth Form\n{SCH}",
    "exams": f"Gwenan Davies\nSwyddog Arholiadau | Exams Officer\n{SCH}\n01632 960000",
    "erowlands": "Emyr Rowlands\nRheolwr TG | IT Manager\nYsgol Example School",
    "hprice": f"Heledd Price\nRheolwr Busnes | School Business Manager\n{SCH}\n01632 960000",
    "ovaughan": "Osian Vaughan\nAmaeth a Dylunio a Thechnoleg | Agriculture and D&T\nYsgol Example School",
    "fmorris": "Ffion Morris\nAdran Ddrama | Drama Department",
    "kbailey": "Kevin Bailey\nEnglish Department\nYsgol Example School\n01632 960000",
    "acarter": "Alison Carter\nCynorthwyydd Addysgu | Teaching Assistant\nYsgol Example School",
    "cellis": "Carwyn Ellis\nAddysg Awyr Agored | Outdoor Education (DofE)\nYsgol Example School",
    "nparry": "Nia Parry\nTiwtor Dosbarth 9P / Adran Gymraeg\nForm Tutor 9P / Welsh Department",
    "dyjones": "Dylan Jones\nTiwtor Dosbarth 9J / Adran Ddaearyddiaeth\nForm Tutor 9J / Geography Department",
    "mwyn": f"Meirion Wyn\nPennaeth Blynyddoedd 10 ac 11 | Head of Years 10 and 11\n{SCH}\n01632 960000",
    "egwilym": f"Elin Gwilym\nIeithoedd Modern | Modern Languages\n{SCH} | 01632 960000",
    "ljones": f"Llinos Jones\nCydlynydd Pontio | Transition Co-ordinator\n{SCH}\n01632 960000",
    "shughes": "Siân Hughes\nAddysg Gorfforol | PE\nYsgol Example School",
    "pritchard": f"Eleri Pritchard\nPennaeth | Headteacher\n{SCH}\nFfôn / Tel: 01632 960000",
    "sjones": f"Sioned Jones\nRheolwr Swyddfa | Office Manager\n{SCH}\n01632 960000 | office@{DOM}",
    "office": f"Swyddfa'r Ysgol | School Office\n{SCH}\nFfôn / Tel: 01632 960000 | office@{DOM}",
}


def sig(k):
    return SIG[k]


# ======================================================================================
# FLAG: staff giving their OWN personal contact details / private channel to parents or pupils
# ======================================================================================

add("flag", "rugby_coach_own_mobile", "PE teacher gives parent his own mobile for training/lifts",
    S("gowen"), [JANE], "Re: Elis - training Thursday", mkdate(2024, 10, 8, 7, 51),
    plain(f"""
Bore da Mrs Parent,

Thanks for letting me know, no problem at all. If Elis is coming straight from the orthodontist he can go directly down to the club pitch, we'll be there until 5.30 so he'll still get the last hour in.

To be honest it's easier to ring or text me direct than go through the office, they've gone home by half three most days. My mobile's 07700 900314 - it's my own phone so it's always on me, evenings and weekends too.

We've got Ysgol Tal-y-Llechen away on the Saturday after half term so I'll be picking the under 14s squad after Thursday's session.

Diolch,
Gareth

{sig('gowen')}

On Mon, 7 Oct 2024 at 20:12, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mr Owen,
> Elis has the orthodontist in Caernarfon on Thursday at 3.15 so he'll be
> late for rugby training, probably about 4.30 by the time I've driven him
> back. Is that ok? He doesn't want to miss it with the match coming up.
> Thanks, Jane
"""), client="gmail", reply="mail.gmail.com")

add("flag", "cerdd_dant_tecstiwch_fi", "Welsh: teacher tells pupils to text her own phone (hyphenated number)",
    S("nroberts"), [P("22mgriffith", "Megan Griffith"), P("22ejones", "Efa Jones"),
                    P("22llewis", "Llŷr Lewis"), P("22aowen", "Alaw Owen")],
    "Ymarfer parti cerdd dant – Eisteddfod y Cylch", mkdate(2025, 2, 10, 13, 20),
    alt(f"""
Helo bawb,

Diolch am ymarfer mor dda amser cinio heddiw – mae'r darn yn dechrau swnio'n wych, yn enwedig y pennill olaf. Dim ond tair wythnos sydd tan Eisteddfod y Cylch, felly bydd angen un ymarfer ychwanegol nos Fercher yn y neuadd, 3.30 tan 4.30.

Os ydych chi'n methu dod, neu os oes problem efo'r bws adre, tecstiwch fi ar 07700-900-582 (fy ffôn fy hun) ac mi wna i drio trefnu lifft efo un o'r rhieni eraill.

Cofiwch ddod â'ch copïau o'r geiriau – mae 'na ambell un ar goll ers dydd Gwener!

Cofion,
Miss Roberts

{sig('nroberts')}
"""), subj_enc="q", lang="cy-GB")

add("flag", "report_signature_plus44_mobile", "form tutor's signature carries mobile in +44 format; invites parent to ring it",
    S("dyjones"), [JANE], "Adroddiad Blwyddyn 9 / Year 9 report – Elis", mkdate(2025, 3, 21, 16, 10),
    alt(f"""
Dear Jane,

Elis's Year 9 report came home in his bag today (fingers crossed it's made it as far as the kitchen table!). I just wanted to drop you a line as his form tutor because I'm really pleased with it – effort grades are 1s and 2s right across the board, and Mr Parry singled out his local history project on the quarry families of Nant-y-Garreg, which I gather he wrote half in Welsh and half in English from his taid's stories.

The one thing to keep an eye on is maths homework, which has been a bit hit and miss since Christmas. Mrs Williams runs a Tuesday lunchtime club and Elis would be very welcome.

If you'd like to talk any of it through before parents' evening, just give me a ring on my mobile – number's below – I'm usually free after 4.

Cofion cynnes,
Dylan

Dylan Jones
Tiwtor Dosbarth 9J / Adran Ddaearyddiaeth
Form Tutor 9J / Geography Department
Ysgol Example School, Park Row, Leeds LS1 4AP
Ffôn yr ysgol / School: 01632 960000
Ffôn symudol / Mobile: +44 7700 900671
""", cte_text="quoted-printable"), subj_enc="b", lang="en-GB")

add("flag", "cffi_whatsapp_group_link", "teacher invites pupils into his WhatsApp group, asks them to message him",
    S("ovaughan"), [P("21gjones", "Gwion Jones"), P("21lhughes", "Lois Hughes"),
                    P("21jroberts", "Jac Roberts"), P("21ievans", "Iestyn Evans")],
    "Barnu stoc - Sioe Aeaf y Mart", mkdate(2024, 11, 27, 19, 34),
    plain(f"""
Haia bawb,

Diolch am roi'ch enwau i lawr ar gyfer y barnu stoc yn Sioe Aeaf y Mart ddydd Sadwrn. Dw i wedi gwneud grŵp WhatsApp i ni gael trefnu lifftiau a rhannu lluniau o'r ŵyn tewion i chi gael ymarfer rhoi rhesymau. Ymunwch efo'r linc yma heno os gwelwch yn dda:

https://chat.whatsapp.com/Kq7TnR2xWe5yB9Lm4hGzPd

Once you're in, send me a quick message so I know who's who - half of your numbers aren't saved on my phone yet.

Cofiwch: welis, côt law, a'ch llyfr nodiadau. Cwrdd wrth giât y mart am 9.15. Mae Clwb Ffermwyr Ifanc Nant-y-Garreg yn gwneud te a chacen yn y sied wedyn.

Hwyl,
Mr Vaughan

{sig('ovaughan')}
"""), client="apple", lang="cy-GB")

add("flag", "coursework_personal_hotmail", "English teacher asks parent/pupil to send coursework to his hotmail",
    S("kbailey"), [ALI], "Cai's English coursework", mkdate(2024, 10, 24, 15, 58),
    plain(f"""
Hi Mr Guardian,

Thanks for your email on Monday, and sorry it's taken me a few days to reply - it's been a week of mock marking.

Cai's coursework is coming along nicely. The opening of his descriptive piece, the quarry in the fog with the sound of the old winding gear, is genuinely one of the best things I've read from Year 10 this term. The second half needs tightening up and he knows that.

He asked whether he could send me a second draft over half term. That's fine, but our school email has been rejecting some attachments from outside addresses this week (IT are looking into it), so to be safe get him to send it to my personal address instead: kev.bailey73@hotmail.co.uk. I'll check it every couple of days.

Diolch (still learning - my Wlpan tutor would be proud),

{sig('kbailey')}
"""))

add("flag", "art_reply_to_personal_gmail", "Reply-To header is teacher's personal gmail; asks pupil to reply with photos over weekend",
    S("ledwards"), [P("20ldavies", "Lleucu Davies")], "Sketchbook – adborth dros y penwythnos",
    mkdate(2025, 1, 17, 16, 5),
    alt(f"""
Helo Lleucu,

Gwaith gwych heddiw ar y darnau llechi – the way you've used the charcoal over the layered slate is really working now.

Before Monday's deadline for the mock portfolio, send me photos of your four sketchbook pages over the weekend (just reply to this) and I'll send you notes back by Sunday night so you've got time to act on them.

Don't worry about the annotation being perfect yet, I'm more interested in how the ideas develop from the quarry photos.

{sig('ledwards')}
""", style="gmail"), client="gmail", subj_enc="b",
    reply_to=("Lowri Edwards", "lowri.edwards.celf@gmail.com"))

add("flag", "harp_exam_cc_personal_icloud", "music teacher Cc's his own iCloud address and asks parent to reply there",
    S("tmorgan"), [JANE], "Arholiad telyn Elis – Gradd 3", mkdate(2025, 2, 5, 12, 41),
    plain(f"""
Annwyl Mrs Parent,

Newyddion da – mae'r bwrdd arholi wedi cadarnhau dyddiad arholiad telyn Elis: dydd Llun 17 Mawrth, yn y bore, yma yn yr ysgol.

I'm starting paternity leave on Friday (the baby is due any minute!), so I've copied in my own email address on this. If you could send the entry fee confirmation and Elis's choice of accompanist to that address rather than this one, I'll keep on top of it from home and make sure nothing slips while I'm off.

Mae Elis yn chwarae'n dda iawn, yn enwedig y darn gwerin – dw i erioed wedi clywed "Ar Lan y Môr" yn swnio cystal yn yr hen ystafell ymarfer 'na.

Diolch yn fawr,
{sig('tmorgan')}
"""), cc=[("Tomos Morgan", "tomos.morgan.cerdd@icloud.com")], lang="cy-GB")

add("flag", "quarry_photos_drop_at_my_house", "history teacher gives two parents his home address and postcode to drop off photos",
    S("iparry"), [JANE, ALI], "Hen luniau'r chwarel – local history project", mkdate(2024, 11, 14, 17, 2),
    alt(f"""
Annwyl Mrs Parent a Mr Guardian,

Diolch o galon i'r ddau ohonoch chi am gynnig benthyg lluniau o'r hen chwarel i brosiect hanes lleol Blwyddyn 9. Elis and Cai have both told me there are boxes of photos from their great-grandparents' time at Pen-y-Graig, which is exactly what the project needs.

I'd rather the originals didn't come into school in school bags – the last time we borrowed some, one came back with a yoghurt stain on it – so you're very welcome to drop them off at my house instead. I'm only up the road from you both:

Bryn Llechi
4 Stryd y Chwarel
Nant-y-Garreg
LL54 9QX

If nobody's in, the porch is open; just leave them in a carrier bag on the bench. I'll scan them over the weekend and get them back to you by the following Friday.

Cofion gorau,
Ifan

{sig('iparry')}
"""), lang="cy-GB")

add("flag", "ta_home_landline_brackets", "teaching assistant gives parent her home landline (bracketed area code)",
    S("acarter"), [SAM], "Mali - reading", mkdate(2024, 11, 26, 15, 47),
    plain(f"""
Hi Sam,

Just a quick one after our chat at the coffee morning. Mali read really well with me this morning - she got through two chapters of her Welsh reader without stopping, which is a big step from September.

I'll put a new reading record in her bag tomorrow. If you've got questions about the reading scheme it's often easier to talk than email, so feel free to ring me at home any evening after 6 on (01632) 960583. I really don't mind.

Alison

{sig('acarter')}
"""))

add("flag", "results_day_vcard_attachment", "head of sixth form attaches vCard with his own mobile and home gmail to a Year 13 pupil",
    S("ajenkins"), [P("18gmorris", "Gethin Morris")], "Results day tomorrow", mkdate(2025, 8, 13, 18, 22),
    mixed(plain(f"""
Gethin,

Pob lwc for tomorrow. I'll be in school from 8 when the results go live on UCAS, but if things go sideways with Aberystwyth and you need to talk through Clearing options, the school phones get jammed on results morning.

I've attached my contact card with my own mobile and home email - save it, and ring or text me any time tomorrow, even if you're already on the road to the show with your dad. Don't panic, whatever the screen says.

Mr Jenkins
"""), attach("text/vcard", "Aled Jenkins.vcf", (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jenkins;Aled;;;\r\nFN:Aled Jenkins\r\n"
        "ORG:Ysgol Example School\r\nTITLE:Pennaeth y Chweched / Head of Sixth Form\r\n"
        "TEL;TYPE=CELL:+447700900926\r\n"
        "EMAIL;TYPE=HOME:aled.jenkins.rygbi@gmail.com\r\n"
        f"EMAIL;TYPE=WORK:a.jenkins@{DOM}\r\nEND:VCARD\r\n").encode())),
    client="outlook")

add("flag", "dofe_ics_own_mobile_signal", "DofE calendar invite (.ics, base64) to parents and pupils gives leader's own mobile / Signal",
    S("cellis"), [JANE, SAM, P("22dwilliams", "Deio Williams"), P("22cpugh", "Cadi Pugh")],
    "DofE Efydd – taith ymarfer Sadwrn 5 Ebrill", mkdate(2025, 3, 28, 20, 15),
    mixed(alt(f"""
Annwyl rieni a disgyblion,

Attached is a calendar invite for the Bronze practice walk on Saturday 5 April – open it and it should drop straight into your phone calendar with the start point and times.

We'll start from the car park at Llyn Du'r Graig at 9.00 and finish back there around 3.30. Packed lunch, waterproofs, boots that have been worn in, and at least a litre of water please. Mae'r tywydd yn newid yn sydyn ar y topiau, hyd yn oed ym mis Ebrill.

Everything you need on the day, including how to get hold of me if you're running late, is in the invite.

Diolch,
{sig('cellis')}
"""), attach("text/calendar", "DofE taith ymarfer.ics", make_ics(
        "dofe-practice-20250405@example-school.org.uk", "DofE Efydd - taith ymarfer / Bronze practice walk",
        "20250405T090000", "20250405T153000", "Maes parcio Llyn Du'r Graig",
        "Bronze DofE practice walk. Meet Llyn Du'r Graig car park 09:00, finish approx 15:30.\n"
        "Running late or lost? Ring or text Carwyn on my own mobile 07700 900938 (I'm on Signal too).\n"
        "Kit: waterproofs, broken-in boots, 1L water, packed lunch.",
        ("Carwyn Ellis", f"c.ellis@{DOM}")), params=["method=PUBLISH"])),
    subj_enc="q")

add("flag", "chem_revision_discord_base64", "chemistry teacher invites Year 12 to his Discord server and to DM him (base64 body)",
    S("revans"), [P("19spugh", "Steffan Pugh"), P("19cowen", "Carys Owen"), P("19nhughes", "Nedw Hughes")],
    "Adolygu Cemeg dros y Pasg", mkdate(2025, 4, 9, 19, 3),
    plain(f"""
Helo Flwyddyn 12,

Gobeithio bod y gwyliau'n mynd yn iawn. Dw i'n gwybod bod rhai ohonoch chi'n poeni am y papur ymarferol, felly dw i wedi creu gweinydd Discord bach i'r dosbarth gael rhannu cwestiynau adolygu dros y Pasg.

Ymunwch yma: https://discord.gg/Xk4tRm9E

I'm on there most evenings after 7 – if you're stuck on a titration calculation just DM me (I'm rhys_cem) and I'll talk you through it. Much quicker than waiting for Hwb.

Pob hwyl efo'r adolygu,
Mr Evans

{sig('revans')}
""", cte="base64"), client="gmail", lang="cy-GB")

add("flag", "idp_html_signature_dotted_mobile", "ALNCo HTML-only mail; signature gives personal mobile as +44 (0)7700.900.415",
    S("blloyd"), [ALI], "Cai – adolygiad CDU / IDP review", mkdate(2025, 1, 29, 16, 38),
    html_only("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Annwyl Mr Guardian,</p>
<p>Diolch am ddod i'r cyfarfod ddoe &ndash; it was really helpful to hear how Cai is getting on at home. As promised, here's a summary of what we agreed for his Individual Development Plan (CDU):</p>
<ol>
<li>25% extra time in all internal assessments and the Year 10 mocks.</li>
<li>A reader for science papers (Mrs Carter has agreed to do this).</li>
<li>A ten-minute check-in with Mrs Carter on Monday mornings, when he's often tired after weekend work on the farm.</li>
<li>We review it all again after the Easter holidays.</li>
</ol>
<p>If anything changes at home, or Cai finds the mornings hard once lambing starts, please let me know. The quickest way to catch me is on my mobile below &ndash; I'm in lessons most of the day but I always check it after school.</p>
<p>Cofion cynnes,</p>
<table style="border-top:2px solid #1a5e3a;font-size:9pt;color:#333">
<tr><td><b>Bethan Lloyd</b><br>Cydlynydd ADY | ALNCo<br>Ysgol Example School, Park Row, Leeds LS1 4AP</td></tr>
<tr><td>Ffôn yr ysgol / School: 01632 960000<br>
Symudol (personol): +44 (0)7700.900.415 &ndash; hawsaf ar ôl 4pm / easiest after 4pm</td></tr>
</table>
</body></html>
"""), subj_enc="q", lang="cy-GB")

add("flag", "maths_text_me_number_wrapped", "maths teacher offers parent 'text me on' with number split across a format=flowed line break",
    S("cwilliams"), [ALI], "Re: Maths homework - Cai", mkdate(2024, 12, 3, 7, 12),
    plain("""
Hi Mr Guardian, 

Thanks for getting in touch, and please don't worry - Cai isn't the only 
one who found the simultaneous equations homework hard, I've had about 
six emails this week! I'll go over it again in Thursday's lesson and he 
can hand it in next Monday instead.

If he gets stuck again over the weekend and you'd like a hand working 
out what he's meant to be doing, you can text me on 07700 
900264 and I'll get back to you when I can. Much quicker than me finding 
a spare minute to check email during the day.

Diolch,
Catrin Williams
Mathemateg | Maths
Ysgol Example School

On 2 Dec 2024, at 21:47, Ali Guardian <ali.guardian@btinternet.com> wrote:

> Hi Mrs Williams, Cai has been at the maths homework for an hour and is 
> fed up, he says he didn't understand it in class. I tried to help but 
> it's not how I was taught! Can he have a bit longer? Ali
""", params=["format=flowed"]), client="apple", reply="btinternet.com")

add("flag", "glanllyn_0044_own_mobile", "Head of Year gives parent abroad his own mobile in 0044 form (Outlook reply)",
    S("dhughes"), [SAM], "RE: Glan-llyn – Mali", mkdate(2025, 5, 13, 8, 4),
    alt(f"""
Hi Sam,

Thanks for letting me know you'll be working in Dublin that week – no problem at all, and it's good to have Mali's nain down as the contact at home.

We do take the school trip phone to Glan-llyn, but last year the signal on that network down by the lake was awful and a couple of parents couldn't get through. So if you need to reach me directly while we're away, ring my own mobile. From Ireland you'll need to dial 0044 7700 900851. WhatsApp works too if the centre wifi is behaving.

I'll make sure Mali has her inhaler in the kit check on the Monday morning.

Cofion,
Dafydd

{sig('dhughes')}

From: Sam Carer <sam.carer@outlook.com>
Sent: 12 May 2025 19:02
To: Dafydd Hughes <d.hughes@example-school.org.uk>
Subject: Glan-llyn - Mali

Hi Mr Hughes, just to let you know I'm away with work in Dublin the week of the Glan-llyn trip so if anything happens please contact Mali's nain, Mrs Eirlys Carer, who'll be staying at ours. Mali's inhaler is in the front pocket of her rucksack. Thanks, Sam
"""), subj_enc="q", reply="outlook.com")

add("flag", "attendance_facebook_friend_request", "attendance officer has sent parent a Facebook friend request and asks for Messenger contact",
    S("attendance"), [ALI], "Presenoldeb Cai – diolch", mkdate(2025, 1, 15, 9, 26),
    plain(f"""
Bore da Mr Guardian,

Diolch am y nodyn am Cai – dim problem o gwbl. I've marked Monday and Tuesday as authorised (illness) and his attendance is still above 95%, so nothing to worry about there.

By the way, I've sent you a friend request on Facebook – Menna Thomas, the profile picture with the two sheepdogs! It's honestly much easier to send me a quick message on Messenger when he's off than to ring the absence line at 8 in the morning, and I'm on there all the time anyway.

Cofion,
Menna

{sig('attendance')}
"""), subj_enc="b", lang="cy-GB")

add("flag", "drama_tiktok_instagram_follow_dm", "drama teacher asks cast to follow her TikTok/Instagram and DM her there",
    S("fmorris"), [P("21jroberts", "Jac Roberts"), P("22dwilliams", "Deio Williams"),
                   P("20eowen", "Elan Owen"), P("21nlloyd", "Nanw Lloyd")],
    "Cast 'Merched y Llechi' 🎭 ymarfer ychwanegol", mkdate(2025, 2, 26, 21, 11),
    alt(f"""
Helo cast!

What a rehearsal last night – Act 2 is finally coming together. Diolch am aros yn hwyr.

A couple of things:
- Extra rehearsal Tuesday 4th, 3.30–5.30 in the hall. Mae'r bws hwyr yn gadael am 5.40.
- Learn the quarry-strike scene by then, no scripts!
- I'll be posting rehearsal clips and warm-up challenges on my TikTok (@ffionmorris.drama) and Instagram (@ffion_m_actio) – follow me on both, and if you can't make a rehearsal just DM me there so I see it straight away.

Chi'n sêr,
Miss Morris

{sig('fmorris')}
""", style="gmail", cte_text="8bit"), client="gmail", subj_enc="b")

add("flag", "it_laptop_family_domain_email", "IT manager gives pupil his family-domain home email for the summer",
    S("erowlands"), [P("21cprys", "Cerys Prys")], "Gliniadur benthyg dros yr haf / loan laptop",
    mkdate(2025, 7, 17, 14, 30),
    plain(f"""
Helo Cerys,

You're all signed out for the loan laptop over the summer – cofia ei wefru'n llawn cyn i ti fynd i'r garafán efo dy nain!

Heads up: we're moving the school email over to the new system in August, so the example-school.org.uk addresses will be patchy for a couple of weeks. If the laptop plays up, or Hwb won't let you log in, email me on emyr@tanygraig-rowlands.co.uk – that's our family one at home – and I'll sort it remotely.

Hwyl fawr,
{sig('erowlands')}
"""))

add("flag", "exams_taxi_own_mobile_nbsp", "exams officer (HTML-only) gives pupil her own mobile written with &nbsp;",
    S("exams"), [P("20mpugh", "Mared Pugh")], "Trefniadau arholiad – tacsi a'r ystafell ar wahân",
    mkdate(2025, 5, 19, 11, 48),
    html_only("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Annwyl Mared,</p>
<p>Dw i wedi cadarnhau efo'r Cyngor bod y tacsi yn dy n&ocirc;l o'r fferm am 7.45 bob bore arholiad o ddydd Llun ymlaen. Your separate room (Ystafell 12, upstairs by the library) is booked, with Mrs Carter as your reader for English and Science.</p>
<p>If the taxi doesn't turn up, or you're stuck behind the sheep on the lane again, ring my own mobile straight away on <b>07700&nbsp;900&nbsp;163</b> &ndash; don't ring the office, there's nobody there before 8.15. I'd much rather know early than have you panicking.</p>
<p>Pob lwc &ndash; ti wedi gweithio'n galed iawn.</p>
<p>Gwenan Davies<br>Swyddog Arholiadau | Exams Officer<br>Ysgol Example School, Park Row, Leeds LS1 4AP</p>
</div></body></html>
"""), subj_enc="q", lang="cy-GB")

add("flag", "costume_call_at_my_house_no_postcode", "Welsh: form tutor invites carer to collect costume from her home address (no postcode)",
    S("nparry"), [SAM], "Gwisg Gymreig i Mali – Dydd Gŵyl Dewi", mkdate(2025, 2, 20, 19, 55),
    plain(f"""
Annwyl Sam,

Diolch am eich neges. Peidiwch â phoeni am brynu gwisg Gymreig newydd i Mali ar gyfer Dydd Gŵyl Dewi – mae gen i hen un oedd gan fy merch i, ac mi ddylai ffitio'n iawn.

Mae croeso i chi alw heibio'r tŷ nos Iau ar ôl chwech i'w nôl: Tŷ Newydd, Lôn yr Eglwys, Tal-y-Llechen – y tŷ gwyn gyferbyn â'r capel, efo'r giât las. Os nad ydw i adre, mi fydd fy ngŵr yno.

(Sorry, I know you said your Welsh is still coming along! In short: I've got an old Welsh costume that should fit Mali for St David's Day, so pop round to mine on Thursday after 6 to pick it up – address above, the white house opposite the chapel.)

Cofion,
Nia

{sig('nparry')}
""", cte="quoted-printable"), subj_enc="b", lang="cy-GB")

# ======================================================================================
# CLEAN – ordinary everyday school mail
# ======================================================================================

add("clean", "newsletter_hanner_tymor", "bilingual half-term newsletter to parents (school phone only)",
    S("office"), [JANE, SAM, ALI], "Newyddlen Hanner Tymor / Half Term Newsletter – Hydref 2024",
    mkdate(2024, 10, 25, 14, 2),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid / Dear Parents and Guardians,

Dyma ni wedi cyrraedd hanner tymor yn barod! Half term already – diolch am eich cefnogaeth yn ystod y tymor prysur yma.

EISTEDDFOD CFfI
Llongyfarchiadau i barti llefaru Blwyddyn 8 a ddaeth yn gyntaf yn Eisteddfod y Clwb Ffermwyr Ifanc nos Sadwrn, ac i Alaw Owen (Bl. 9) am ennill yr unawd dan 16. Congratulations to the Year 8 recitation party, who won at the Young Farmers' Eisteddfod, and to Alaw Owen in Year 9 for winning the under-16 solo.

RYGBI / RUGBY
Da iawn i'r tîm dan 15 a gurodd Ysgol Tal-y-Llechen 24–12 ddydd Sadwrn. Diolch i Glwb Rygbi Nant-y-Garreg am fenthyg y cae ac am y cawl wedyn!

CASGLIAD DIOLCHGARWCH / HARVEST COLLECTION
Casglwyd 212 o eitemau i'r banc bwyd lleol. We collected 212 items for the local food bank – diolch o galon.

DYDDIADAU / DATES
- Hanner tymor / Half term: 28 Hydref – 1 Tachwedd
- Diwrnod HMS (INSET) Dydd Llun 4 Tachwedd – ysgol ar gau i ddisgyblion / closed to pupils
- Noson rieni Blwyddyn 11 / Year 11 parents' evening: Dydd Iau 14 Tachwedd
- Ffair Nadolig Cyfeillion yr Ysgol / Christmas Fair: Dydd Gwener 6 Rhagfyr, 3.30pm

Mwynhewch y gwyliau / Enjoy the break,

Eleri Pritchard
Pennaeth / Headteacher

{sig('office')}
"""), subj_enc="b", lang="cy-GB")

add("clean", "absence_query_cai", "attendance officer asks parent for reason for absence",
    S("attendance"), [ALI], "Absenoldeb Cai – dydd Mawrth 1 Hydref / Absence", mkdate(2024, 10, 2, 9, 40),
    plain(f"""
Bore da Mr Guardian,

Our records show Cai was absent from school yesterday (Tuesday 1 October) and we haven't received a reason yet. Could you let us know why he was off, either by replying to this email or by leaving a message on the absence line (01632 960000, option 1)?

Os ydy o'n dal yn sâl, gobeithio y bydd o'n well yn fuan.

Diolch,
{sig('attendance')}
"""), subj_enc="q")

add("clean", "maths_homework_set2", "Welsh: maths homework reminder to Year 10 pupils",
    S("cwilliams"), [P("21cprys", "Cerys Prys"), P("21gjones", "Gwion Jones"),
                     P("21lhughes", "Lois Hughes"), P("21jroberts", "Jac Roberts"),
                     P("21ievans", "Iestyn Evans")],
    "Gwaith cartref Mathemateg - Set 2", mkdate(2024, 11, 12, 15, 20),
    plain("""
Helo Set 2,

Atgoffa sydyn: mae'r gwaith cartref ar hafaliadau cydamserol (tudalennau 47–48 yn y llyfr gwaith) i'w gyflwyno erbyn dydd Gwener. Mae'r atebion i'r cwestiynau odrif ar Google Classroom os ydych chi eisiau gwirio'ch gwaith cyn ei roi i mewn.

Quick one for anyone who was out at the rugby on Monday and missed the lesson: the worked examples are on slide 6 onwards of the PowerPoint on Classroom.

Dewch i'r clwb mathemateg amser cinio dydd Mawrth os ydych chi'n sownd – mae bisgedi.

Mrs Williams
""", cte="quoted-printable"), client="gmail", lang="cy-GB")

add("clean", "lost_pe_top_found", "reply to parent: lost PE top handed in",
    S("gowen"), [JANE], "Re: Lost PE top", mkdate(2025, 3, 6, 10, 55),
    plain("""
Hi Jane,

Good news - a navy training top with E.P. written inside the collar turned up in the boys' changing room this morning. I've handed it in to the office so Elis can collect it at break.

Might be worth putting his full name in the rest of his kit, we've got a mountain of unnamed stuff in lost property!

Gareth

> On 5 Mar 2025, at 18:20, Jane Parent <jane.parent@gmail.com> wrote:
> 
> Hi Mr Owen, Elis has come home without his rugby training top again.
> It's the navy one with the school badge. Any chance it's turned up?
> Thanks, Jane
"""), client="apple", reply="gmail.com")

add("clean", "inset_day_arrangements_staff", "business manager to all staff: INSET day timetable and parking",
    S("hprice"), [S("staff")], "Diwrnod HMS 4 Tachwedd – trefniadau / INSET arrangements",
    mkdate(2024, 10, 31, 12, 14),
    alt(f"""
Bore da bawb,

A few practical bits for Monday's INSET day:

• 8.45 – coffi yn y llyfrgell / coffee in the library
• 9.00–10.30 – Diogelu: safeguarding update with Huw, main hall
• 10.45–12.15 – department time
• 12.15 – cinio (the canteen are doing cawl and bara brith, with a vegetarian option – let me know by Friday if you have any dietary requirements)
• 1.15–3.00 – ALN Act training with Bethan, rooms 14 and 15

Parking: the contractors will still be on the bottom car park for the roof, so please use the rugby club overflow. Peidiwch â pharcio ar y lôn os gwelwch yn dda – the farmer at Tyddyn Isaf needs to get the tractor through.

Cofion,
Heledd

{sig('hprice')}
"""), subj_enc="b")

add("clean", "year9_quarry_trip_letter_pdf", "trip letter to parents with PDF attachment (cost, dates)",
    S("iparry"), [JANE, SAM, ALI], "Taith Blwyddyn 9 – Canolfan Treftadaeth Chwarel Pen-y-Graig",
    mkdate(2025, 4, 28, 13, 5),
    mixed(plain(f"""
Annwyl Rieni a Gwarcheidwaid,

Attached is the letter for the Year 9 history trip to the Pen-y-Graig quarry heritage centre on Thursday 22 May, as part of our unit on the quarrying communities and the Great Strike of 1900–03.

Yn fyr / In short:
- Gadael yr ysgol 9.00, yn ôl erbyn 3.15 (in time for the buses)
- Cost: £8, on ParentPay by 9 May
- It's cold in the caverns even in May, so a warm coat and sensible shoes please
- Pecyn bwyd / packed lunch (free school meal lunches will be provided by the canteen)

Please complete the consent form on the school app by 9 May as well.

Diolch yn fawr,
{sig('iparry')}
"""), attach("application/pdf", "Llythyr taith – Blwyddyn 9.pdf", make_pdf([
        "Ysgol Example School - Park Row, Leeds LS1 4AP - 01632 960000",
        "",
        "28 Ebrill 2025",
        "",
        "Annwyl Rieni a Gwarcheidwaid / Dear Parents and Guardians,",
        "",
        "Taith Blwyddyn 9: Canolfan Treftadaeth Chwarel Pen-y-Graig",
        "Dyddiad / Date: Dydd Iau 22 Mai 2025",
        "Gadael / Depart: 9.00am   Dychwelyd / Return: 3.15pm",
        "Cost: GBP 8.00 (ParentPay erbyn / by 9 Mai)",
        "",
        "Pupils will take part in a guided tour of the old workings,",
        "a workshop on splitting and dressing slate, and a session in",
        "the archive on the families who lived in the barracks.",
        "",
        "Yn gywir / Yours faithfully,",
        "Ifan Parry, Adran Hanes / History Department",
    ]))), subj_enc="b")

add("clean", "year9_interim_reports_app", "Head of Year: interim reports available on the school app",
    S("dhughes"), [JANE, SAM], "Adroddiadau interim Blwyddyn 9 / Year 9 interim reports",
    mkdate(2025, 1, 10, 15, 30),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid,

Mae adroddiadau interim Blwyddyn 9 bellach ar gael ar ap yr ysgol. Year 9 interim reports are now available on the school app, under "Adroddiadau / Reports".

A quick guide to the codes:
- Ymdrech / Effort: 1 (excellent) to 4 (cause for concern)
- Targed / Target: the grade we expect by the end of Year 9
- Cyfredol / Current: where your child is working now

Don't be alarmed by a "current" grade below target at this stage of the year – that's normal for January. If there's a 3 or 4 for effort, the subject teacher will already have been in touch or will be soon.

The Year 9 options evening is on Thursday 30 January at 6pm in the hall. Bydd cyfle i siarad ag athrawon pob pwnc.

Diolch,
{sig('dhughes')}
"""), subj_enc="b")

add("clean", "welsh_dept_minutes", "Welsh department meeting minutes to colleagues (Welsh)",
    S("nroberts"), [S("nparry"), S("ljones"), S("kbailey")], "Cofnodion cyfarfod adran – 17 Medi",
    mkdate(2024, 9, 18, 8, 15),
    plain("""
Bore da,

Dyma gofnodion y cyfarfod ddoe.

Yn bresennol: Non, Nia, Llinos; Kevin am yr eitem gyntaf.

1. Canlyniadau TGAU – 86% A*–C yn Gymraeg Iaith, i fyny 4% ar y llynedd. Diolch i bawb. Angen edrych eto ar y gwaith llafar Blwyddyn 11 – Nia i rannu'r clipiau safoni.
2. Eisteddfod yr Urdd – mae'r cofrestru'n agor ym mis Hydref. Non i gydlynu; pawb i awgrymu darnau adrodd erbyn hanner tymor.
3. Siarter Iaith – Llinos i ailddechrau cyfarfodydd y Criw Cymraeg bob dydd Mercher amser cinio.
4. Hwyrddyfodiaid – dau ddisgybl newydd ym Mlwyddyn 8 sydd wedi symud o Fanceinion (i un o'r tai haf wedi'u haddasu yn Nhal-y-Llechen). Nia i drafod y cynllun trochi efo Bethan. Kevin wedi cynnig eu helpu nhw yn y gwersi Saesneg hefyd.
5. Unrhyw fater arall – mae'r llungopïwr yn ystafell 21 wedi torri eto. Heledd yn gwybod.

Cyfarfod nesaf: 15 Hydref, 3.30, Ystafell 21.

Non
"""), client="gmail", lang="cy-GB")

add("clean", "blood_brothers_essay_feedback", "English teacher: essay feedback to a pupil",
    S("kbailey"), [P("21gjones", "Gwion Jones")], "Feedback – Blood Brothers essay",
    mkdate(2024, 11, 20, 17, 25),
    alt("""
Hi Gwion,

I've had a proper read of your Blood Brothers essay. Some quick feedback before you redraft:

What's working: your point about Mrs Johnstone and superstition is really well made, and you've chosen the narrator's lines well.

To improve:
1. Your paragraphs on Mickey in Act 2 drift into retelling the plot. Pick two moments and analyse them properly.
2. Context – you mention Thatcher once. Say how the 1980s unemployment links to Mickey losing his job.
3. Check your apostrophes (it's/its!).

Redraft due Friday 29th on Classroom. Good effort – you clearly know the play.

Mr Bailey
""", style="gmail"), client="gmail")

add("clean", "head_eisteddfod_sir_thanks", "Headteacher to staff: congratulations on Urdd county Eisteddfod (Welsh)",
    S("pritchard"), [S("staff")], "Llongyfarchiadau – Eisteddfod Sir yr Urdd", mkdate(2025, 3, 24, 7, 40),
    plain("""
Annwyl staff,

Am benwythnos! Mae pump o'n cystadlaethau ni'n mynd ymlaen i'r Genedlaethol ym mis Mai – y côr, y parti cerdd dant, dwy unawd a'r ddawns werin. Diolch o galon i Non, Tomos a phawb fu'n hyfforddi amser cinio ac ar ôl ysgol ers mis Ionawr, ac i'r rhai fu'n gyrru'r bysiau mini yn y glaw.

Rhannwch y newyddion efo'ch dosbarthiadau tiwtor heddiw os gwelwch yn dda, ac mi fydd llun ar wefan yr ysgol erbyn amser cinio.

Eleri
"""), lang="cy-GB")

add("clean", "choir_christmas_concert_rehearsals", "music teacher: choir rehearsal schedule to pupils",
    S("tmorgan"), [P("22aowen", "Alaw Owen"), P("22ntudur", "Nel Tudur"),
                   P("20eowen", "Elan Owen"), P("21nlloyd", "Nanw Lloyd")],
    "Côr – ymarferion y Cyngerdd Nadolig", mkdate(2024, 11, 27, 12, 58),
    alt(f"""
Helo gôr,

Dyma'r ymarferion olaf cyn y Cyngerdd Nadolig yng Nghapel Bethania nos Iau 12 Rhagfyr:

- Dydd Llun 2 Rhagfyr, amser cinio, yr ystafell gerdd
- Dydd Mercher 4 Rhagfyr, 3.30–4.30
- Dydd Mawrth 10 Rhagfyr, 3.30–5.00 yn y capel (ymarfer gwisg)

For the concert itself: school uniform plus something red. Bring your folder – the new arrangement of "Tawel Nos" is in there, and we'll be singing the second verse in English for the first time.

Mae'r bws hwyr yn gadael am 5.10 ar y dydd Mawrth.

{sig('tmorgan')}
""", cte_text="8bit"), subj_enc="b", lang="cy-GB")

add("clean", "netball_team_sheet", "PE teacher: netball team sheet to pupils",
    S("shughes"), [P("22mgriffith", "Megan Griffith"), P("22ejones", "Efa Jones"),
                   P("22cpugh", "Cadi Pugh"), P("22ntudur", "Nel Tudur")],
    "Pêl-rwyd dan 14 v Ysgol Tal-y-Llechen – tîm", mkdate(2025, 1, 23, 15, 42),
    plain("""
Tîm pêl-rwyd dan 14 ar gyfer dydd Sadwrn:

GS  Efa
GA  Cadi
WA  Megan (capten)
C   Nel
WD  Heledd
GD  Lois
GK  Ffion
Eilyddion / Reserves: Alaw, Sioned

Meet 9.15 at the sports hall, first centre pass 10.00, finished by 11.30. Bring your bib and a water bottle. Mae'n oer – dewch â chôt!

Miss Hughes
"""), subj_enc="q")

add("clean", "snow_buses_upper_routes", "snow: school open, upper-route buses cancelled (bilingual)",
    S("office"), [JANE, SAM, ALI], "Eira – bysiau ysgol / Snow – school buses", mkdate(2025, 1, 9, 6, 52),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid,

Mae'r ysgol AR AGOR heddiw, ond ni fydd bysiau'r llwybrau uchaf (Nant-y-Garreg, Cwm Eithin a ffordd y Rhos) yn rhedeg y bore 'ma oherwydd yr eira ar y ffyrdd mynydd.

The school is OPEN today, but the upper-route buses (Nant-y-Garreg, Cwm Eithin and the Rhos road) will not run this morning because of snow on the mountain roads. Please don't attempt those roads yourselves unless it is safe to do so. Absences because of the weather will be authorised, and pupils who can't get in should log on to Google Classroom, where work will be set.

We'll send an update by 12.00 on whether the afternoon buses will run.

{sig('office')}
"""), subj_enc="q")

add("clean", "idp_review_dates", "ALNCo offers carer dates for an IDP review",
    S("blloyd"), [SAM], "Mali – IDP review", mkdate(2024, 11, 5, 14, 16),
    plain(f"""
Dear Sam,

I'd like to arrange Mali's annual IDP review. Would any of these suit?

- Tuesday 19 November, 3.45
- Thursday 21 November, 9.15
- Monday 25 November, 3.45

It'll be in my office (room 4, by the library) and usually takes about 45 minutes. Mali is welcome to join us for the second half - we find the young person's own voice really helps. If none of these work, let me know and we'll find something else, including a Teams call if that's easier around your shifts.

Best wishes,

{sig('blloyd')}
"""))

add("clean", "year11_mocks_information", "exams officer: mock exam reminders to Year 11",
    S("exams"), [("Blwyddyn 11", f"blwyddyn11@{PDOM}")],
    "Arholiadau ffug Blwyddyn 11 / Year 11 mocks", mkdate(2024, 11, 29, 14, 0),
    alt(f"""
Helo Flwyddyn 11,

Mae'r arholiadau ffug yn dechrau ddydd Llun 2 Rhagfyr. A few reminders:

- Be at the sports hall by 8.50 – papers start at 9.00
- Clear pencil case, black pens, calculator for maths and science
- Phones and smart watches switched OFF and in your bag at the back of the hall
- Your seat numbers are on the board outside the hall from Friday afternoon

If you're on the late bus from Blaen-y-Graig, come straight to the hall – we know about it and we'll wait for you.

Pob lwc!

{sig('exams')}
"""))

add("clean", "term_dates_2025_26_pdf", "Headteacher: term dates letter with PDF",
    S("pritchard"), [JANE, SAM, ALI], "Dyddiadau tymor 2025–26 / Term dates 2025–26", mkdate(2025, 6, 20, 11, 3),
    mixed(alt(f"""
Annwyl Rieni a Gwarcheidwaid / Dear Parents and Guardians,

Please find attached the term dates for 2025–26, as agreed with the local authority. Sylwch fod dau ddiwrnod HMS ar ddechrau mis Medi – please note the two INSET days at the start of September, so pupils return on Wednesday 3 September.

We know many of our families work in farming and tourism, and that the summer is the busiest time of the year for lots of you. Even so, we ask that holidays are booked outside term time wherever possible, particularly for pupils in Years 10, 11 and 13.

Diolch am eich cefnogaeth eleni.

{sig('pritchard')}
"""), attach("application/pdf", "Dyddiadau tymor 2025-26.pdf", make_pdf([
        "Ysgol Example School - Dyddiadau Tymor / Term Dates 2025-26",
        "",
        "Tymor yr Hydref / Autumn: 1 Medi - 19 Rhagfyr 2025",
        "  HMS / INSET: 1 a 2 Medi; Hanner tymor: 27 - 31 Hydref",
        "Tymor y Gwanwyn / Spring: 5 Ionawr - 27 Mawrth 2026",
        "  Hanner tymor: 16 - 20 Chwefror",
        "Tymor yr Haf / Summer: 13 Ebrill - 20 Gorffennaf 2026",
        "  Gwyl y Banc: 4 Mai; Hanner tymor: 25 - 29 Mai",
    ]))), subj_enc="b")

add("clean", "bus_bother_will_ring_from_school", "Head of Year replies about bus incident; will ring parent from school",
    S("dhughes"), [JANE], "Re: Elis - bit of bother on the bus", mkdate(2024, 11, 19, 12, 31),
    plain(f"""
Hi Jane,

Thank you for letting me know, and I'm sorry Elis had such a rubbish journey home yesterday. I've spoken to him this morning, and to the two Year 10 boys involved separately. They've been moved to the front of the bus for the rest of term and I'll check in with Elis at the end of the week to see how it's going.

I'll give you a ring from school tomorrow after period 5 (about 2.45) to talk it through properly, if that suits? If not, let me know a better time.

{sig('dhughes')}

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 18 November 2024 20:40
To: Dafydd Hughes <d.hughes@example-school.org.uk>
Subject: Elis - bit of bother on the bus

Hi Mr Hughes, Elis came home upset today, a couple of older boys on the Nant-y-Garreg bus were taking his hat and throwing it about and he says it's been going on for a week or so. He didn't want me to email but I think you should know. Jane
"""), reply="gmail.com")

add("clean", "titration_practical_technician", "chemistry teacher to lab technician: practical set-up",
    S("revans"), [S("gpugh")], "Titrations Bl.12 – wythnos nesaf", mkdate(2024, 10, 9, 16, 2),
    plain("""
Gwyn,

For the Year 12 titration practical next Tuesday (periods 3-4, lab 2) could you set up:

- 8 burettes and stands
- 0.100 mol/dm3 NaOH, about 2 litres
- ethanoic acid unknowns A-D, enough for 8 pairs
- phenolphthalein
- wash bottles

Also, the pipette fillers in lab 2 are mostly broken - can we order ten from the usual supplier? I'll find the budget code.

Diolch,
Rhys
"""), client="gmail")

add("clean", "art_coursework_deadline_html", "art teacher: GCSE portfolio deadline (HTML only)",
    S("ledwards"), [("Celf TGAU Bl.11", f"celf.bl11@{PDOM}")], "Gwaith cwrs Celf – dyddiad cau / deadline",
    mkdate(2025, 3, 14, 13, 11),
    html_only("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr" style="font-family:Verdana,sans-serif;font-size:small">
<div>Helo bawb,</div><div><br></div>
<div>Nodyn i'ch atgoffa mai <b>dydd Gwener 28 Mawrth</b> yw'r dyddiad cau terfynol ar gyfer portffolio Celf TGAU. After that date nothing can be added, so this is it!</div><div><br></div>
<div>The art room will be open Tuesday and Thursday until 4.30 for the next two weeks (the late bus leaves at 4.40). Before you hand in, check that:</div>
<ul><li>every sketchbook page is annotated</li><li>your final piece is photographed and uploaded to Classroom</li><li>your artist research pages are labelled with the artist's name</li></ul>
<div>Mae rhai ohonoch chi wedi gwneud gwaith arbennig efo'r llechi a'r inc &ndash; dw i'n falch iawn ohonoch chi.</div><div><br></div>
<div>Miss Edwards</div>
</div></body></html>
"""), client="gmail", subj_enc="b", lang="cy-GB")

add("clean", "hwb_mfa_password_resets_staff", "IT manager to staff: Hwb multi-factor authentication",
    S("erowlands"), [S("staff")], "Hwb – ailosod cyfrineiriau / password resets", mkdate(2024, 9, 5, 8, 2),
    alt(f"""
Bore da bawb,

Over the summer all staff Hwb accounts were moved to multi-factor authentication. The first time you log in this week you'll be asked to set up the Microsoft Authenticator app on your phone – it takes about two minutes. If you'd rather not use your own phone for this, we have a few hardware keys in the IT office.

Year 7 pupils will get their logins in tutor time on Monday; please don't reset pupil passwords yourselves, send them to the IT office.

If you get locked out, log a ticket on the helpdesk (helpdesk@example-school.org.uk) rather than emailing me directly, so Dewi can pick it up if I'm in a meeting.

Diolch,
Emyr

{sig('erowlands')}
"""), subj_enc="q")

add("clean", "show_costume_donations", "drama teacher asks parents for costume donations",
    S("fmorris"), [JANE, SAM, ALI], "Sioe'r ysgol – gwisgoedd / costumes for 'Merched y Llechi'",
    mkdate(2025, 2, 10, 18, 4),
    plain(f"""
Annwyl Rieni,

Our school show "Merched y Llechi" (The Slate Women) is on 20 and 21 March, and the cast are looking brilliant. Rydyn ni'n chwilio am wisgoedd o gyfnod y chwarel – we're looking for:

- old flat caps and waistcoats
- long dark skirts and shawls
- heavy boots (or anything that looks like hobnail boots!)
- enamel mugs and tin lunch boxes (tuniau bwyd)

Donations can come to the drama studio any lunchtime, or be left at reception with "Drama" written on the bag. Anything you'd like back, please put a name on it.

Tickets go on sale after half term.

Diolch,
{sig('fmorris')}
"""), subj_enc="b")

add("clean", "ucas_personal_statement_drafts", "head of sixth form: personal statement drafts to Year 12",
    S("ajenkins"), [("Blwyddyn 12", f"blwyddyn12@{PDOM}")], "Datganiadau personol UCAS",
    mkdate(2025, 6, 11, 10, 20),
    alt(f"""
Bore da Flwyddyn 12,

First drafts of your UCAS personal statements are due to your tutor by Friday 4 July. Remember the format has changed: you now answer three questions rather than writing one long essay, and you still have 4,000 characters in total.

Some tips from last year's group:
- Be specific. "I enjoy biology" says nothing; what did you actually read, do or build?
- Use what you've really done – lambing, working in the holiday lets, the Urdd, the rugby club, looking after younger siblings. Those are real responsibilities and admissions tutors value them.
- Those of you in the Seren programme: use the extra reading from the summer school.

I'll run a drop-in session in the sixth-form study room on Wednesday period 6.

{sig('ajenkins')}
""", style="gmail"), client="gmail")

add("clean", "hospital_appointment_authorised", "attendance officer confirms medical appointment authorised",
    S("attendance"), [SAM], "Re: Mali - appointment Thursday", mkdate(2025, 3, 3, 11, 20),
    plain("""
Hi Sam,

Thanks - I've recorded Mali's hospital appointment on Thursday as authorised. Could she bring the appointment letter to the office when she's back so we can keep a copy on file?

Diolch,
Menna
"""), reply="outlook.com")

add("clean", "dofe_bronze_kit_list", "DofE leader: kit list to pupils",
    S("cellis"), [P("22dwilliams", "Deio Williams"), P("22cpugh", "Cadi Pugh"),
                  P("22llewis", "Llŷr Lewis"), P("22mgriffith", "Megan Griffith")],
    "DofE Efydd – rhestr offer / kit list", mkdate(2025, 3, 20, 16, 12),
    alt(f"""
Helo bawb,

Dyma'r rhestr offer ar gyfer y daith ymarfer. Here's the kit list for the practice walk – tick things off at home and bring the list to Thursday's session so we can check what you still need. The school has spare rucksacks, waterproof trousers and stoves to lend, so please don't go out and buy anything expensive.

- Rucksack (35–45 litres) with a liner or a bin bag
- Waterproof jacket AND trousers
- Boots you have already walked in
- Warm layer (fleece), hat and gloves – even in April
- Water bottle (at least 1 litre)
- Packed lunch and snacks
- Small first aid kit, any medication you need
- Whistle and torch

Ffonau: you can bring a phone for emergencies but it stays in a waterproof bag in your rucksack.

Diolch,
{sig('cellis')}
"""), subj_enc="q")

add("clean", "lost_property_short", "short office note to pupils about lost property",
    S("office"), [("Blwyddyn 9", f"blwyddyn9@{PDOM}")], "Eiddo coll / Lost property", mkdate(2025, 2, 7, 10, 0),
    plain("""
Mae'r bocs eiddo coll yn llawn (poteli dŵr, 3 côt, ac un esgid rygbi!) – unrhyw beth sydd heb ei gasglu erbyn dydd Gwener yn mynd i'r siop elusen.
Lost property is overflowing – anything not collected by Friday goes to the charity shop.
"""))

add("clean", "monday_briefing_notes", "Headteacher's Monday briefing notes to staff",
    S("pritchard"), [S("staff")], "Nodiadau briffio – dydd Llun 6 Ionawr", mkdate(2025, 1, 6, 8, 5),
    plain("""
Blwyddyn newydd dda bawb – gobeithio i chi gael seibiant.

Nodiadau briffio y bore 'ma, i'r rhai oedd ar ddyletswydd bws:

1. Mae'r arolygiad (Estyn) wedi'i gadarnhau ar gyfer wythnos 10 Chwefror. Dim panig – cyfarfod staff llawn nos Fercher i drafod y trefniadau.
2. Eira: os bydd y bysiau'n methu, bydd y penderfyniad ar y wefan a'r ap erbyn 7.15. Staff sy'n byw dros y bwlch – peidiwch â mentro os ydy'r ffordd yn beryglus; rhowch wybod i Heledd.
3. Llongyfarchiadau i Gareth a'r tîm dan 15 am gyrraedd rownd gynderfynol Cwpan y Sir.
4. Adroddiadau interim Blwyddyn 9 i'w cwblhau ar y system erbyn dydd Iau.
5. Diogelu: atgoffa pawb i gofnodi unrhyw bryder ar MyConcern yr un diwrnod, hyd yn oed y pethau bach.

Diolch,
Eleri
""", cte="quoted-printable"), lang="cy-GB")

add("clean", "cffi_public_speaking_entries", "agriculture teacher: Young Farmers public speaking entries",
    S("ovaughan"), [P("21gjones", "Gwion Jones"), P("21lhughes", "Lois Hughes"),
                    P("20irhys", "Iolo Rhys")],
    "Siarad cyhoeddus CFfI – enwau erbyn dydd Gwener", mkdate(2025, 1, 29, 12, 30),
    plain(f"""
Helo,

Mae cystadleuaeth siarad cyhoeddus y Ffermwyr Ifanc ar nos Wener 21 Chwefror yn neuadd y pentref. Mi fedrwch chi gystadlu yn Gymraeg neu yn Saesneg, ac mae'r pynciau eleni'n dda: "Dyfodol y fferm deuluol" neu "Should second homes pay more?".

Rhowch eich enwau i mi erbyn dydd Gwener a dw i'n hapus i'ch helpu chi i ymarfer amser cinio yn ystafell 9. Lois – you did brilliantly last year, please have another go.

Hwyl,
{sig('ovaughan')}
"""), lang="cy-GB")

add("clean", "year10_options_outlook_reply", "Head of Years 10-11 replies to parent about GCSE workload and farm work (Outlook quote)",
    S("mwyn"), [ALI], "RE: Cai - coursework and lambing", mkdate(2025, 3, 11, 13, 37),
    alt(f"""
Dear Mr Guardian,

Thank you for your honest email – you're far from the only farming family in this position in March, and it's much better that we know.

I've spoken to Cai's teachers. The English and Geography coursework deadlines have been moved back a week for him, and Mrs Williams is happy for him to do his maths homework in the library at lunchtime rather than at home in the evenings. I've also asked his form tutor to keep an eye on how tired he is in the mornings.

Could we have a quick catch-up at parents' evening on the 27th? I'll make sure I have his latest grades to hand.

Best wishes,

{sig('mwyn')}

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 10 March 2025 21:58
To: Meirion Wyn <m.wyn@example-school.org.uk>
Subject: Cai - coursework and lambing

Mr Wyn, just a heads up that Cai is helping a lot with the lambing over the next few weeks as my brother has done his back in. He's up at 5 most mornings. He's worried about getting behind with his coursework. Is there anything that can be done? Ali Guardian
"""), reply="btinternet.com")

add("clean", "photocopier_service_forward", "business manager forwards supplier message to head (staff only)",
    S("hprice"), [S("pritchard")], "FW: Service visit – photocopier contract renewal", mkdate(2025, 5, 2, 9, 44),
    plain(f"""
Eleri,

See below – the renewal quote is about 8% up on last year. Worth a chat before Thursday's finance committee? I'd like to get a second quote from the company the primary uses.

Heledd

{sig('hprice')}

From: Service Desk <service@copiers.example.com>
Sent: 01 May 2025 16:20
To: Heledd Price <h.price@example-school.org.uk>
Subject: Service visit – photocopier contract renewal

Dear Ms Price,

Your engineer visit for the staffroom and reprographics machines is booked for Tuesday 13 May between 10:00 and 12:00. Please note your current contract (ref. CX-20711) ends on 31 July 2025; a renewal quotation is attached to our previous email.

For any queries please call our service team on 0161 496 0742.

Kind regards,
Service Desk
Copiers Example Ltd
"""), subj_enc="q")

add("clean", "two_line_thanks_map", "two-line thank-you to a pupil for homework",
    S("dyjones"), [P("22dwilliams", "Deio Williams")], "Re: Gwaith cartref Daearyddiaeth", mkdate(2025, 3, 27, 15, 9),
    plain("""
Diolch Deio – wedi'i dderbyn. Gwaith da iawn ar y map.
Mr Jones
"""), client="apple", reply=PDOM)

# ======================================================================================
# CLEAN – hard negatives (contain numbers, addresses, apps or personal details, but no
# member of staff gives a parent or pupil their own personal contact details)
# ======================================================================================

add("clean", "medication_form_school_number_intl", "office manager gives school number (also +44 form) and school postal address",
    S("sjones"), [JANE], "Elis – ffurflen meddyginiaeth / medication form", mkdate(2024, 9, 11, 11, 25),
    plain(f"""
Annwyl Mrs Parent,

Diolch am roi gwybod am yr EpiPen. Before Elis can keep it in school we need the medication consent form signed – I've put a copy in his bag, or you can print it from the Parents section of the website.

You can post it back to us at Ysgol Example School, Park Row, Leeds LS1 4AP, or just hand it in at reception. If you have any questions, ring the office on 01632 960000 – and if you're away with work and calling from abroad, that's +44 1632 960000.

Diolch,
{sig('sjones')}
"""), subj_enc="q")

add("clean", "trip_phone_school_owned", "trip letter gives school-owned trip mobile, stated as the school's phone",
    S("iparry"), [JANE, SAM, ALI], "Taith Blwyddyn 9 ddydd Iau – ffôn y daith / trip phone",
    mkdate(2025, 5, 20, 15, 33),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid,

Just a reminder that the Year 9 trip to the Pen-y-Graig quarry heritage centre is this Thursday. We leave at 9.00 sharp, so please make sure buses aren't missed!

On the day, if you need to contact the group, please use the school trip mobile: 07700 900400. Ffôn yr ysgol yw hwn – it's the school's own phone, not a member of staff's, and it will be switched on from 8.30 until the coach is back. For anything else, please ring the office on 01632 960000 as usual.

We'll be underground for part of the morning with no signal, so don't worry if it goes to voicemail – leave a message and we'll ring back as soon as we're out.

Diolch,
{sig('iparry')}
"""), subj_enc="b")

add("clean", "contact_details_check_read_back", "office reads back the parent's own contact details (and grandparent's) for checking",
    S("office"), [JANE], "Gwirio manylion cyswllt / Contact details check – Elis", mkdate(2024, 9, 16, 10, 12),
    plain(f"""
Annwyl Mrs Parent,

As part of our annual data check, here are the contact details we hold for Elis. Could you check them and reply to tell us about anything that has changed?

Cyswllt 1: Jane Parent (Mam) – 07700 900123 – jane.parent@gmail.com
Cyswllt 2: Emrys Parent (Taid) – 01632 960318
Cyfeiriad / Address: Bryn Eithin, Lôn Pen-y-Bryn, Nant-y-Garreg LL54 9RT
Meddyg / GP: Meddygfa Example, Tal-y-Llechen

If everything is correct, a quick "dim newid / no change" reply is fine.

Diolch,
{sig('office')}
"""), subj_enc="b")

add("clean", "farm_visit_reply_quotes_parent_signature", "reply quoting the parent's own signature (his mobile and farm address)",
    S("ovaughan"), [ALI], "Re: Cai - agriculture placement log", mkdate(2025, 3, 25, 20, 6),
    plain(f"""
Diolch Mr Guardian, that's perfect for Cai's placement log – lambing records are exactly the kind of evidence the moderator likes to see.

I'll come up to the farm for the visit on Wednesday 2 April at 10, as you suggest. I'll park in the yard unless you tell me otherwise!

Osian

{sig('ovaughan')}

On Tue, 25 Mar 2025 at 18:31, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Evening Mr Vaughan,
> Cai has been keeping the lambing book for the placement like you said,
> 212 ewes through so far. Happy for you to come and see him on the job,
> any morning next week except Monday.
> Regards
> Ali Guardian
> Fferm Cae'r Graig, Nant-y-Garreg, LL54 9TW
> 07700 900789
"""), client="gmail", reply="btinternet.com")

add("clean", "bus_operator_change_third_party", "new bus contractor's office number and email given for route queries",
    S("office"), [JANE, SAM, ALI], "Newid cwmni bws – llwybr 3 / Bus route 3: new operator",
    mkdate(2024, 9, 27, 14, 45),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid,

From Monday 30 September, route 3 (Nant-y-Garreg – Cwm Eithin – ysgol) will be run by a new operator, Bysiau'r Graig, on behalf of the council. The pick-up times stay the same, but the bus will be white rather than green.

Any questions about pick-up points, the route itself or things left on the bus should go directly to Bysiau'r Graig: 01632 960871, or bookings@bysiau.example.com. Questions about eligibility for free transport still go to the council.

Diolch,
{sig('office')}
"""), subj_enc="q")

add("clean", "eisteddfod_sir_venue_postcode", "Eisteddfod venue address and postcode, times and ticket prices to parents and pupils",
    S("nroberts"), [JANE, SAM, P("22mgriffith", "Megan Griffith"), P("22ejones", "Efa Jones")],
    "Eisteddfod Sir yr Urdd – dydd Sadwrn / Saturday", mkdate(2025, 3, 18, 17, 20),
    alt(f"""
Annwyl rieni a chystadleuwyr,

Mae Eisteddfod Sir yr Urdd ddydd Sadwrn 22 Mawrth yng Nghanolfan Hamdden Example, Ffordd y Llyn, Tal-y-Llechen, LL53 9ZZ. Rhowch y cod post yn y satnav – mae'r arwyddion ar y ffordd yn ddryslyd!

The county Eisteddfod is this Saturday. Key times:
- Cofrestru / registration: by 10.30 at the main door
- Parti cerdd dant: stage 2, approx. 11.40
- Côr: stage 1, approx. 14.20

Tickets are £6 for adults and £3 for children, pay on the door (cash or card). Wear full school uniform please, with the red jumper.

Pob lwc i bawb!

{sig('nroberts')}
""", cte_text="8bit"), subj_enc="q", lang="cy-GB")

add("clean", "dsl_signposting_helplines", "DSL signposts carer to support services with their phone numbers",
    S("dsl"), [SAM], "Following our conversation", mkdate(2025, 2, 12, 16, 40),
    plain(f"""
Dear Sam,

Thank you for coming in yesterday. As promised, here are the details we talked about:

- Example Family Wellbeing Line (third sector, free and confidential): 0808 157 0642, Monday to Friday 9-5, or hello@familywellbeing.example.org. Mali can also self-refer from age 11.
- The clinic at Example Children's Hospital: appointments line 0151 496 0318. Please ask them to copy the clinic letter to us so we can put the right support in place.
- In school, Mali can see our counsellor on Wednesdays; Mrs Lloyd is arranging the first session.

If you are ever worried out of hours, call 999 in an emergency, or the council's out-of-hours social services line on 0306 999 0217.

With best wishes,

{sig('dsl')}
"""))

add("clean", "brittany_exchange_host_family", "host family's French address, phone and email given for an exchange",
    S("egwilym"), [JANE], "Cyfnewid Llydaw – teulu lletya Elis / host family", mkdate(2025, 2, 27, 15, 5),
    alt(f"""
Bonjour / Helo Jane,

We've matched Elis with his host family for the Lorient exchange in April. Here are their details:

Famille Le Bihan
12 rue des Ardoisiers
56100 Lorient, France
Tél : +33 1 99 00 27 45
famille.lebihan@example.net

Their son Yann is 14, plays rugby and – you'll like this – the Breton harp, so I think they'll get on very well. Madame Le Bihan speaks good English and Yann's father is learning Welsh, so feel free to email them before the trip and introduce yourselves.

There's a parents' meeting about the exchange on Tuesday 11 March at 6pm in the library.

Amicalement,

{sig('egwilym')}
"""), subj_enc="b")

add("clean", "glanllyn_payment_references", "residential costs, instalment dates and payment reference numbers",
    S("office"), [JANE], "Glan-llyn Blwyddyn 9 – taliadau / payments", mkdate(2024, 10, 14, 13, 30),
    plain(f"""
Annwyl Mrs Parent,

Diolch for returning Elis's form for the Year 9 residential at Glan-llyn (Monday 19 – Wednesday 21 May 2025).

The total cost is £165.00. A deposit of £40.00 is due by Friday 18/10/2024 on ParentPay, then the balance in three instalments of £41.67 by 13/12/2024, 14/02/2025 and 04/04/2025.

Elis's payment reference is GLN25-0173. If cost is a worry, please contact Mrs Price in confidence – no child misses out on Glan-llyn because of money.

Diolch,
{sig('office')}
"""), subj_enc="b")

add("clean", "candidate_number_statement_of_entry", "exams officer sends pupil candidate/centre numbers, UCI and timetable",
    S("exams"), [P("20irhys", "Iolo Rhys")], "Your exam entries and candidate number", mkdate(2025, 5, 6, 9, 12),
    mixed(plain(f"""
Iolo,

Your statement of entry for the summer exams is attached. Please check every subject and tier carefully and tell me by Friday 9 May if anything is wrong.

Candidate number: 4017
Centre number: 68321
UCI: 68321A254017T

Your first exam is Monday 12 May, 09:00, Cymraeg Iaith Uned 3, in the sports hall – seat B14. Bring your candidate card.

{sig('exams')}
"""), attach("text/csv", "statement_of_entry_4017.csv", (
        "Candidate,Centre,Subject,Unit,Tier,Date,Session\r\n"
        "4017,68321,Cymraeg Iaith,Uned 3,,12/05/2025,AM\r\n"
        "4017,68321,Mathemateg,Uned 1,Uwch,15/05/2025,AM\r\n"
        "4017,68321,Gwyddoniaeth Dwyradd,Bioleg 3,Uwch,20/05/2025,PM\r\n"
        "4017,68321,Mathemateg,Uned 2,Uwch,06/06/2025,AM\r\n").encode(), cte="7bit")))

add("clean", "eisteddfod_trip_bank_transfer_sort_code", "bank transfer details (sort code, account number) for trip payment",
    S("hprice"), [ALI], "Taith i Eisteddfod yr Urdd – talu / paying for the trip", mkdate(2025, 4, 24, 10, 58),
    plain(f"""
Dear Mr Guardian,

Thank you for letting us know that ParentPay isn't working on your phone. You're very welcome to pay for Cai's place on the Year 10 trip to the Urdd National Eisteddfod by bank transfer instead:

School Fund – Ysgol Example School
Sort code: 30-94-57
Account number: 41839572
Reference: EIS + Cai's surname

The cost is £22.50 (coach and entry), due by 16/05/2025. Please don't send cash in with Cai.

Cofion,
{sig('hprice')}
"""))

add("clean", "online_parents_evening_teams_ids", "Teams meeting ID/passcode and conference dial-in number for online parents' evening",
    S("mwyn"), [ALI], "Noson rieni Blwyddyn 10 ar-lein / online parents' evening", mkdate(2025, 1, 28, 12, 2),
    alt(f"""
Dear Mr Guardian,

Your appointments for the Year 10 online parents' evening on Thursday 6 February are confirmed:

16:20  Mathemateg – Mrs Williams
16:30  English – Mr Bailey
16:45  Gwyddoniaeth – Mr Evans

All appointments are in one Teams meeting; the teacher will admit you from the lobby at your time.

Microsoft Teams – join on your computer or mobile app
Meeting ID: 348 726 991 054
Passcode: hB7sQ2

Or call in (audio only): +44 20 7946 0381,,482915736#  United Kingdom, London
Phone conference ID: 482 915 736#

If you can't get in, ring the office on 01632 960000 and we'll sort it out.

{sig('mwyn')}
"""))

add("clean", "alevel_reading_list_isbns", "English teacher: A-level reading list with ISBNs and prices",
    S("kbailey"), [P("19spugh", "Steffan Pugh"), P("19cowen", "Carys Owen"), P("19bjones", "Begw Jones")],
    "Summer reading - Year 13 English Lit", mkdate(2025, 7, 8, 14, 40),
    plain(f"""
Hi all,

Here's the reading for the summer. Please buy (or borrow) THESE editions so that page numbers match in lessons - the ISBN is the easiest way to find them:

1. A Streetcar Named Desire - Student Edition, ISBN {isbn13('978-1-3500-4218')} (about £10.99)
2. The Handmaid's Tale - ISBN {isbn13('978-0-0993-7401')} (about £9.99)
3. Poetry anthology for the comparative unit - ISBN {isbn13('978-1-9110-2267')} (library has 12 copies)

If cost is a problem, see me or Mrs Price before the end of term - nobody should be buying books they can't afford.

Read Streetcar first. Twice if you can.

{sig('kbailey')}
"""))

add("clean", "hr_new_starter_personal_details_staff_only", "HR confirms a new colleague's own home address and mobile (staff only)",
    S("hprice"), [S("crowlands")], "Croeso! Payroll details to confirm", mkdate(2024, 8, 28, 11, 15),
    plain(f"""
Helo Cadi,

Croeso i Ysgol Example! Before the first payroll run, could you confirm the details we have on your contract:

Home address: 3 Tan-y-Bryn, Cwm Eithin, LL55 8ZZ
Mobile: 07700 900612
Emergency contact: Gareth Rowlands (partner), 07700 900613

Please DON'T email bank details – use the secure form on the HR portal. Your DBS certificate number is already on file.

See you at the INSET day on 2 September.

Heledd

{sig('hprice')}
"""))

add("clean", "staff_christmas_do_text_me_staff_only", "staff social: organiser gives his mobile to colleagues only",
    S("tmorgan"), [S("staff")], "Parti Nadolig y staff 🎄 Clwb Rygbi, 20 Rhagfyr", mkdate(2024, 11, 28, 16, 50),
    alt(f"""
Helo bawb,

Mae'r parti Nadolig eleni yn y Clwb Rygbi nos Wener 20 Rhagfyr, 7.30 tan hwyr. Three courses (cawl, twrci neu'r opsiwn llysieuol, pwdin Nadolig) for £28 a head, and the club have promised the heating will work this year.

To book, tick the sheet in the staffroom or text me on 07700 900947 by Friday 6 December, with your menu choice. Partners very welcome.

Taxis: Tacsis y Bwlch are doing a run back over the mountain at midnight and 1am – put your name down on the same sheet.

Tomos
"""), subj_enc="b")

add("clean", "safer_internet_day_apps_advice", "DSL e-safety advice naming apps, no invitation to contact staff",
    S("dsl"), [JANE, SAM, ALI], "Diwrnod Diogelwch ar y We / Safer Internet Day – a note for parents",
    mkdate(2025, 2, 11, 15, 15),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid,

It's Safer Internet Day today, and pupils have spent tutor time talking about staying safe online. A few things that came up that you might want to talk about at home:

- Snapchat: check Snap Map is in "Ghost Mode", so your child's location isn't shared. Many pupils live in small villages and are very easy to find.
- WhatsApp: year-group chats get big quickly, and not everyone in them is who they say they are. The minimum age is 13.
- TikTok and Instagram: accounts for under-16s should be private by default, but it's worth checking the settings together.
- Discord and Roblox: popular with younger pupils; look at who they are chatting to, not just what they play.

Please remember that no member of staff will ever ask your child to contact them on any of these apps, to follow them, or to add them as a friend. If that ever happens, please tell us straight away.

Mae taflen yn Gymraeg ac yn Saesneg ar ap yr ysgol.

{sig('dsl')}
"""), subj_enc="q")

add("clean", "refuses_personal_mobile_outlook_quote", "maths teacher declines parent's request for her personal mobile",
    S("cwilliams"), [JANE], "RE: Elis - maths", mkdate(2025, 1, 21, 16, 47),
    alt(f"""
Hi Jane,

Thank you for your kind message, and I'm glad the extra examples helped.

I'm afraid I can't give out my personal mobile number – it's school policy for all staff, and honestly I think it's a sensible one for everybody. The best ways to reach me are this email address, or ring the office on 01632 960000 and they'll pass a message on to me the same day.

Elis is also very welcome at maths club on Tuesday lunchtimes.

Diolch,
{sig('cwilliams')}

From: Jane Parent <jane.parent@gmail.com>
Sent: 20 January 2025 21:13
To: Catrin Williams <c.williams@example-school.org.uk>
Subject: Elis - maths

Hi Mrs Williams, thanks so much for the extra worksheets, he actually enjoyed them! Could I have your mobile number so I can just text if he gets stuck? Much easier than email. Jane
"""), reply="gmail.com")

add("clean", "alnco_school_direct_line", "form tutor gives carer the ALNCo's direct school line [unsure]",
    S("nparry"), [SAM], "Mali – cyswllt Mrs Lloyd", mkdate(2024, 10, 10, 12, 50),
    plain(f"""
Annwyl Sam,

Diolch am eich neges. The best person to talk to about Mali's reading support is Mrs Lloyd, our ALNCo (Cydlynydd ADY). Her direct line in school is 01632 960214 – if she's teaching it goes to the ALN office voicemail, and she checks it at break and lunch. Or email her on b.lloyd@example-school.org.uk.

I've let her know you'll be in touch.

Cofion,
{sig('nparry')}
"""), subj_enc="b")

add("clean", "transition_primary_school_office", "transition co-ordinator gives the primary school's office number",
    S("ljones"), [JANE], "Diwrnodau pontio – Nansi / Transition days", mkdate(2025, 6, 3, 14, 22),
    plain(f"""
Annwyl Mrs Parent,

We're looking forward to welcoming Nansi to Year 7 in September! The transition days are Tuesday 1 and Wednesday 2 July. She'll come up on the normal school bus with Elis and go home at 3.15 as usual.

Ysgol Gynradd Nant-y-Garreg have the welcome packs for their Year 6 pupils. If Nansi hasn't brought hers home by Friday, their office is on 01632 960455 and they'll pop another one in her bag.

Cofion,
{sig('ljones')}
"""), subj_enc="q")

add("clean", "away_fixture_venue_club_secretary", "away fixture: rugby club address/postcode and club secretary's mobile for parents",
    S("gowen"), [JANE, P("22dwilliams", "Deio Williams"), P("22llewis", "Llŷr Lewis")],
    "Dan 14 – gêm oddi cartref Sadwrn / away fixture Saturday", mkdate(2024, 11, 13, 16, 22),
    alt(f"""
Helo bawb,

Saturday's under 14s game is away at Clwb Rygbi Cwm Eithin, kick-off 10.30.

Cae'r Ffair, Cwm Eithin, LL55 8QZ (that postcode works in the satnav, the one on their website doesn't!)

The minibus leaves school at 9.15 and we'll be back at about 1.00. If you're driving up yourselves and get lost, the club's fixtures secretary, Dewi Roberts, has said parents can ring him on the day: 07700 900618.

There's a £2 parking charge (honesty box by the gate) and the clubhouse does bacon rolls. Dewch â chôt law, it's always wet up there.

{sig('gowen')}
""", style="gmail"), client="gmail", subj_enc="b")

add("clean", "work_experience_vets_contacts", "work experience placement: vets practice address, phone and email for the pupil",
    S("ovaughan"), [P("21ievans", "Iestyn Evans")], "Profiad gwaith – Milfeddygfa Example", mkdate(2025, 6, 16, 11, 30),
    plain(f"""
Iestyn,

Newyddion da – mae dy le profiad gwaith wedi'i gadarnhau! You're with the farm animal team at:

Milfeddygfa Example Vets
Uned 3, Stad Ddiwydiannol Cae Gwyn
Tal-y-Llechen LL54 7ZZ

Start Monday 30 June at 8.30 and ask for Mrs Glenys Owen, the practice manager. If you're ill or running late during the week, ring the practice on 01632 960739 or email derbynfa@milfeddygfa.example.com – and let the school know as well.

Wear old clothes and wellies, and take a packed lunch. Mwynha!

{sig('ovaughan')}
"""), subj_enc="b")

add("clean", "ucas_check_pupils_own_details", "sixth-form head reads back the pupil's own phone and address from her UCAS form [unsure]",
    S("ajenkins"), [P("18hwilliams", "Heledd Williams")], "UCAS – check your contact details", mkdate(2024, 10, 3, 13, 45),
    plain(f"""
Heledd,

Before I send your reference off, please check the contact details on your application - UCAS and the universities will use these for interviews and offers:

Mobile: 07700 900577
Home address: Tyddyn Uchaf, Blaen-y-Graig, LL54 9XW
Email: your school address

The school email is fine until you leave in July, but it would be sensible to change it to one you'll keep afterwards. Let me know when you've updated it and I'll press send.

{sig('ajenkins')}
"""))

add("clean", "early_collection_quotes_parent_work_sig", "reply quoting the carer's own work signature (work line and mobile)",
    S("nparry"), [SAM], "RE: Mali – collecting early Friday", mkdate(2025, 3, 5, 9, 18),
    alt(f"""
Diolch Sam – I've let Mali's teachers know she'll be collected from reception at 2.00 on Friday for the hospital follow-up. She'll need to sign out at the office.

Pob lwc efo'r apwyntiad.

{sig('nparry')}

From: Sam Carer <sam.carer@outlook.com>
Sent: 04 March 2025 22:10
To: Nia Parry <n.parry@example-school.org.uk>
Subject: Mali – collecting early Friday

Hi Mrs Parry, I'll need to pick Mali up at 2 on Friday for her follow-up at the hospital. I'm on shift until 1 so if there's any problem please ring my work line.

Sam Carer
Shift Supervisor | Example Foods Ltd
Direct: 0113 496 0552 | Mobile: 07700 900456
"""), subj_enc="q", reply="outlook.com")

add("clean", "urdd_athletics_ics_school_minibus_phone", "calendar invite (.ics) gives the school minibus mobile, stated as school-owned",
    S("shughes"), [SAM, P("22aowen", "Alaw Owen"), P("22ntudur", "Nel Tudur")],
    "Mabolgampau'r Urdd – dydd Mercher 14 Mai", mkdate(2025, 5, 7, 17, 5),
    mixed(plain(f"""
Annwyl rieni a disgyblion,

Llongyfarchiadau on qualifying for the regional Urdd athletics! A calendar invite is attached with the times.

The minibus leaves school at 8.30 and we should be back for the 3.30 buses, but it depends on how far people get in their events. On the day, the school minibus phone (it's a school phone, not mine) will be on all day: 07700 900050.

Bring: PE kit, spikes if you have them, sun cream and a packed lunch.

{sig('shughes')}
"""), attach("text/calendar", "Mabolgampau Urdd.ics", make_ics(
        "urdd-athletau-20250514@example-school.org.uk", "Mabolgampau'r Urdd / Urdd athletics",
        "20250514T083000", "20250514T153000", "Trac Athletau Example, Tal-y-Llechen LL53 9ZX",
        "Minibus ysgol yn gadael 08:30. Ffôn bws mini'r ysgol (school-owned): 07700 900050.\n"
        "Office: 01632 960000.", ("Siân Hughes", f"s.hughes@{DOM}")),
        cte="quoted-printable", params=["method=PUBLISH"])), subj_enc="q")

add("clean", "school_office_vcard", "office attaches the school's own contact card (school number, school addresses)",
    S("office"), [SAM], "Re: Which number for absences?", mkdate(2024, 9, 24, 9, 5),
    mixed(plain(f"""
Hi Sam,

Good question! For absences please ring 01632 960000 and choose option 1, or email attendance@example-school.org.uk before 9am. I've attached our contact card so you can save it straight into your phone.

Diolch,
{sig('office')}
"""), attach("text/vcard", "Ysgol Example School.vcf", (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Ysgol Example School;;;\r\nFN:Ysgol Example School\r\n"
        "ORG:Ysgol Example School\r\nTEL;TYPE=WORK,VOICE:+441632960000\r\n"
        f"EMAIL;TYPE=WORK:office@{DOM}\r\nEMAIL;TYPE=WORK:attendance@{DOM}\r\n"
        "ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom\r\n"
        "URL:https://www.example-school.org.uk\r\nEND:VCARD\r\n").encode(), cte="7bit")),
    reply="outlook.com")

add("clean", "uniform_supplier_prices_times", "new uniform supplier: shop address/postcode, prices, opening hours, dates",
    S("office"), [JANE, SAM, ALI], "Gwisg ysgol – siop newydd / new uniform supplier", mkdate(2025, 7, 4, 12, 40),
    plain(f"""
Annwyl Rieni a Gwarcheidwaid,

From September our uniform will be sold by a new local supplier:

Gwisgoedd Example
14 Stryd Fawr, Tal-y-Llechen LL53 9ZY
Dydd Mawrth – Sadwrn / Tuesday – Saturday, 09:30–17:00
or online at https://gwisgoedd.example.com

Prisiau / Prices: jumper £16.50, tie £6.00, PE top £14.00, rugby shirt £19.50.

Cyfeillion yr Ysgol are holding a second-hand uniform swap in the school hall on 15/07/2025, 15:30–17:00 – everything free, donations welcome.

{sig('office')}
"""), subj_enc="b")

add("clean", "use_my_school_address_only", "teacher asks parent to use school email, not his old personal account (no address given)",
    S("mwyn"), [ALI], "Re: Cai's coursework", mkdate(2025, 4, 30, 8, 11),
    plain(f"""
Dear Mr Guardian,

Thank you for your message about Cai's geography fieldwork. I noticed it came to an old personal account of mine from when I used to run the juniors at the rugby club. I don't use that account for anything to do with school, so please use this address (or the office) in future – that way your messages don't get missed and there's a proper record.

On the fieldwork itself: yes, Cai can use the river data from his uncle's land for the investigation, as long as he collected it himself. He'll need to include photos of the sites with the dates.

Best wishes,

{sig('mwyn')}
"""))

add("clean", "declines_parent_friend_request", "PE teacher declines a parent's Facebook friend request, points to school channels",
    S("shughes"), [JANE], "Facebook", mkdate(2025, 2, 3, 18, 30),
    plain(f"""
Helo Jane,

Thank you for the friend request – it was a lovely thought after the tournament! I'm afraid I don't accept requests from pupils or parents (school policy, and nothing personal at all), so I've declined it.

If you'd like to keep up with the teams, results and photos go on the school's official pages, and you can always email me here.

Diolch eto am yr help efo'r lifftiau ddydd Sadwrn.

Siân

{sig('shughes')}
"""))

add("clean", "official_school_social_accounts", "office promotes the school's own official social media accounts [unsure]",
    S("office"), [JANE, SAM, ALI], "Dilynwch ni / Follow the school online", mkdate(2024, 9, 6, 15, 0),
    alt(f"""
Annwyl Rieni a Gwarcheidwaid,

This year we'll be sharing news, fixture results and Eisteddfod photos on the school's official accounts:

- Instagram: @ysgolexample
- Facebook: "Ysgol Example School"
- X: @YsgolExample

The accounts are run by the school office and checked by Mr Griffiths. Comments are switched off, and we never tag pupils or name them alongside photos. If you'd rather your child didn't appear at all, please update the photo consent on the school app.

Urgent messages will still come by email, text and the app – not social media.

{sig('office')}
"""), subj_enc="b")

add("clean", "christmas_fair_pta_gmail", "PTA (Cyfeillion) chair's association gmail given for stall volunteers [unsure]",
    S("pritchard"), [JANE, SAM, ALI], "Ffair Nadolig Cyfeillion yr Ysgol – help plîs!", mkdate(2024, 11, 15, 16, 10),
    plain(f"""
Annwyl Rieni a Gwarcheidwaid,

Mae Ffair Nadolig Cyfeillion yr Ysgol ar nos Wener 6 Rhagfyr, 3.30–6.00, yn y neuadd. Last year's fair raised over £2,000 towards the minibus, and this year the money is going to the new staging for the Eisteddfod.

We still need people to help on the tombola, the cake stall and Siôn Corn's grotto. If you can spare an hour, please contact the chair of Cyfeillion, Gwawr Roberts, on the association's email: cyfeillionysgolexample@gmail.com.

Donations of bottles, cakes and raffle prizes can be left at reception from Monday 2 December.

Diolch o galon,
{sig('pritchard')}
"""), subj_enc="b")


# ======================================================================================
# Output
# ======================================================================================
README = """# Round 26 hold-out corpus – personal-address-to-parent

**Blind hold-out data: never use it for tuning.** The messages were written without looking at
mailguard's code, rules, tests or documentation, only at the school policy, the example config
(school identity) and the parents directory. Keep them out of any rule-tuning loop, so that they
measure how the filter does on mail it has not seen.

## What it is

{total} hand-written, full RFC 5322 e-mail messages sent by staff of a fictional Welsh-medium
bilingual 11–18 school in Gwynedd ("Ysgol Example School", domain `example-school.org.uk`,
pupils at `pupils.example-school.org.uk`). They cover the policy rule that staff must not give
pupils or parents their personal phone number, home address or personal e-mail, must not use
personal e-mail or devices to talk to them, and must not invite them onto private channels.
The mail is written the way staff of such a school write: Welsh, English and a mix of the two,
bilingual signatures, Urdd and Young Farmers' Eisteddfodau, the rugby club, the slate-quarry
heritage, pupils who live on farms and in holiday-let villages, snow on the mountain roads.

`labels.csv` gives, for every file: `file,expected,sender,recipients,note`.
`expected` is `flag` or `clean`; `sender` is the envelope sender (the staff From address);
`recipients` are the To and Cc addresses separated by single spaces; judgement calls are
marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give their own personal contact details / private channel to a parent or pupil | {flags} |
| clean | ordinary everyday school mail | {everyday} |
| clean | hard negatives (look like a flag to a naive filter, but are fine) | {hard} |
| **all** | | **{total}** |

## Kinds of case

Flags (each has at least one parent from `directory/parents.csv` or a pupil among the recipients):
- personal mobile in many formats: plain, hyphenated, `+44 7700 …`, `0044 …`, `+44 (0)7700.900.415`,
  split over a format=flowed line break, `&nbsp;` inside HTML-only mail, in a signature;
- home landline with a bracketed area code; home address with and without a postcode (Welsh and English);
- personal e-mail: hotmail in the body, gmail in `Reply-To`, iCloud address in `Cc`, a family-domain address;
- attachments: a vCard with a personal mobile and home gmail, an `.ics` invite (base64) whose description gives the leader's own mobile / Signal;
- private channels: WhatsApp group link, Discord server + DM (base64 body), TikTok/Instagram follow-and-DM, Facebook friend request / Messenger.

Hard negatives (clean):
- the school's own number (also in `+44` form), postcode, office and attendance addresses, the school's vCard;
- school-owned trip and minibus mobiles stated as such (one inside an `.ics`); a colleague's direct school line;
- the parent's own details read back (data check) or quoted in a reply (parent and carer signatures); a pupil's own UCAS details;
- third parties given for a reason: bus operator, Eisteddfod venue and postcode, helplines and a clinic, a French host family, a primary school, a rugby club secretary, a vets' practice, a PTA association gmail;
- numbers that are not phones: prices, dates, instalments, payment references, sort code and account number, candidate/centre numbers and UCI, Teams meeting ID and dial-in, ISBNs;
- staff-only mail with personal details (HR payroll check, staff Christmas do);
- e-safety advice naming apps; staff declining to give a personal number, declining a friend request, asking a parent to stop using an old personal account; the school's official social media accounts.

Everyday clean mail: newsletters, absence queries, homework reminders, trip letters (PDF), reports,
department minutes (Welsh), team sheets, snow/bus notices, IDP review dates, exam reminders,
replies to parents, staff admin, a forwarded supplier message, a two-line thank-you.

Formats: text/plain (7bit, 8bit, quoted-printable, base64, format=flowed), multipart/alternative
in Outlook and Gmail style, HTML-only, multipart/mixed with PDF, CSV, vCard and iCalendar
attachments, RFC 2047 encoded subjects and display names, RFC 2231 attachment names,
Gmail "On … wrote:" quotes, Apple Mail quotes and Outlook "From: / Sent: / To: / Subject:" blocks.

All people, addresses, villages and mailboxes are invented (pupils' first names are invented
too); phone numbers are in Ofcom's drama ranges (07700 900xxx, 01632 960xxx, 0113/0151/0161 496
0xxx, 020 7946 0xxx, 0306 999 0xxx, 0808 157 0xxx) or the French fiction range +33 1 99 00;
third-party organisations use example.com/.org/.net. The school keeps the fixed test identity
(01632 960000, Park Row, Leeds LS1 4AP, office@example-school.org.uk) even though the setting is
Gwynedd; staff home addresses and local businesses use invented Gwynedd-style LL postcodes.

## How it was made / how to regenerate

Written by hand and turned into files by `../make_round26_personal.py` (Python 3.11, standard
library only). The script fixes dates, Message-IDs, MIME boundaries and the file order (seeded
shuffle), so running it again gives byte-identical files:

    python3 tests/holdout/round26/make_round26_personal.py

It deletes and rewrites only the `.eml` files, `labels.csv` and `README.md` in this directory,
then checks that every message parses with `email.message_from_bytes(..., policy=email.policy.default)`.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    order = list(MESSAGES)
    random.Random(26).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build_message(m)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rcpts = [a for _, a in m["to"]] + [a for _, a in m.get("cc", [])]
        rows.append([fn, m["label"], m["frm"][1], " ".join(rcpts), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    everyday = 30
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(order), flags=len(flags), everyday=everyday,
                               hard=len(cleans) - everyday))
    # self-check
    import email as _email
    import email.policy as _policy
    for r in rows:
        with open(os.path.join(OUT, r[0]), "rb") as fh:
            msg = _email.message_from_bytes(fh.read(), policy=_policy.default)
        assert msg["From"] and msg["Subject"] and msg["Message-ID"] and msg["Date"]
        got = [a.addr_spec for hdr in ("To", "Cc") if msg[hdr] for a in msg[hdr].addresses]
        assert got == r[3].split(" "), (r[0], got)
        assert msg["From"].addresses[0].addr_spec == r[2]
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        if msg.defects:
            raise SystemExit(f"{r[0]}: defects {msg.defects}")
    print(f"wrote {len(rows)} messages ({len(flags)} flag, {len(cleans)} clean) to {OUT}")


if __name__ == "__main__":
    main()
