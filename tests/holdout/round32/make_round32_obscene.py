#!/usr/bin/env python3
"""Round 32 blind hold-out corpus, module "obscene-language".

Setting: an Islamic girls' secondary school (11-16) serving Bradford families.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into ./obscene-language/.
Python 3.11 standard library only. Deterministic: running it twice gives byte-identical files
(fixed dates, Message-IDs and MIME boundaries; no clock, no randomness except a seeded shuffle).

BLIND: written without reading mailguard's code, rules, tests or docs. Never use it for tuning.
"""
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import random
import sys
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"
SCHOOL_ADDR = "Example School, Park Row, Leeds LS1 4AP"

# ---------------------------------------------------------------- people
STAFF = {
    "head": ("Mrs Rukhsana Akhtar", "r.akhtar", "Headteacher"),
    "dep": ("Ms Farzana Hussain", "f.hussain", "Deputy Headteacher & Designated Safeguarding Lead"),
    "dsl": ("Safeguarding Team", "dsl", "Designated Safeguarding Lead"),
    "sci": ("Mr Imran Qureshi", "i.qureshi", "Head of Science"),
    "chem": ("Dr Noreen Akram", "n.akram", "Teacher of Chemistry"),
    "bio": ("Mr Jonathan Pickles", "j.pickles", "Teacher of Biology & Eco Club lead"),
    "att": ("Mrs Nusrat Begum", "attendance", "Attendance Officer"),
    "eng": ("Miss Hannah Whitworth", "h.whitworth", "Teacher of English"),
    "eng2": ("Mrs Gemma Stansfield", "g.stansfield", "Head of English"),
    "hoy9": ("Mrs Sadia Iqbal", "s.iqbal", "Head of Years 8 & 9"),
    "hoy10": ("Mrs Nadia Hanif", "n.hanif", "Head of Year 10"),
    "hoy11": ("Mrs Razia Shah", "r.shah", "Head of Year 11"),
    "hoy7": ("Miss Chlo\u00e9 Barraclough", "c.barraclough", "Assistant Headteacher (Pastoral)"),
    "arabic": ("Ustadha Maryam Siddiqui", "m.siddiqui", "Head of Arabic & Islamic Studies"),
    "urdu": ("Mrs Yasmin Bibi", "y.bibi", "Teacher of Urdu"),
    "maths": ("Mr Tariq Mahmood", "t.mahmood", "Head of Maths"),
    "maths2": ("Mr Adeel Rafiq", "a.rafiq", "Teacher of Maths"),
    "senco": ("Mrs Claire Ambler", "c.ambler", "SENCo"),
    "re": ("Ms Aisha Rahman", "a.rahman", "Head of RE"),
    "office": ("Mrs Shabana Kauser", "office", "Office Manager"),
    "it": ("Mr Daniel Firth", "d.firth", "IT Technician"),
    "pe": ("Mrs Zainab Patel", "z.patel", "Head of PE"),
    "geog": ("Miss Amina Choudhry", "a.choudhry", "Teacher of Geography"),
    "hist": ("Mr Bilal Anwar", "b.anwar", "Head of Humanities"),
    "sbm": ("Mrs Helen Sutcliffe", "h.sutcliffe", "School Business Manager"),
    "rse": ("Miss Khadija Ali", "k.ali", "PSHE & RSE Lead"),
    "exams": ("Mr Gareth Holmes", "exams", "Exams Officer"),
    "food": ("Mrs Fatima Malik", "f.malik", "Teacher of Food & Nutrition"),
    "art": ("Miss Sophie Clegg", "s.clegg", "Teacher of Art"),
    "cover": ("Mrs Saima Nawaz", "cover", "Cover Manager"),
    "careers": ("Mrs Asma Javed", "a.javed", "Careers Lead"),
    "dofe": ("Miss Rachel Haigh", "r.haigh", "DofE Coordinator"),
    "site": ("Mr Kevin Dobson", "k.dobson", "Site Manager"),
    "finance": ("Finance Office", "finance", "Finance Office"),
}
PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def S(k):
    n, local, _ = STAFF[k]
    return (n, local + "@" + DOM)


def P(k):
    return PARENTS[k]


def PU(local, name=""):
    return (name, local + "@" + PUP)


def X(name, addr):
    return (name, addr)


ALLSTAFF = ("All Staff", "allstaff@" + DOM)


def sig(k, style="full"):
    n, local, role = STAFF[k]
    if style == "full":
        return f"{n}\n{role}\n{SCHOOL_ADDR}\nTel: 01632 960000"
    if style == "pipe":
        return (f"{n} | {role}\nExample School | Park Row | Leeds | LS1 4AP\n"
                f"T: 01632 960000 | E: {local}@{DOM}")
    if style == "disclaimer":
        return (f"{n}\n{role}\n{SCHOOL_ADDR}\nTel: 01632 960000\n\n"
                "This e-mail and any attachments are confidential and intended solely for the "
                "addressee. If you have received it in error, please tell the sender and delete it.")
    if style == "short":
        return f"{n}\n{role}"
    raise ValueError(style)


# ---------------------------------------------------------------- encoding helpers
def hx(s, n=32):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def uk_date(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    bst = (dt.datetime(2024, 3, 31, 1) <= d < dt.datetime(2024, 10, 27, 1)) or \
          (dt.datetime(2025, 3, 30, 1) <= d < dt.datetime(2025, 10, 26, 1))
    return format_datetime(d.replace(tzinfo=dt.timezone(dt.timedelta(hours=1 if bst else 0))))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, enc="B"):
    """RFC 2047 encoded-words for a header value (only if it is not plain ASCII)."""
    if is_ascii(text) and enc != "force":
        return text
    if enc == "force":
        enc = "B"
    words, cur = [], ""
    for ch in text:
        if enc == "B":
            if len((cur + ch).encode("utf-8")) > 39:
                words.append(cur)
                cur = ch
            else:
                cur += ch
        else:
            if len(_q(cur + ch)) > 58:
                words.append(cur)
                cur = ch
            else:
                cur += ch
    if cur:
        words.append(cur)
    if enc == "B":
        out = ["=?utf-8?B?%s?=" % base64.b64encode(w.encode("utf-8")).decode("ascii") for w in words]
    else:
        out = ["=?utf-8?Q?%s?=" % _q(w) for w in words]
    return "\n ".join(out)


def _q(w):
    r = []
    for b in w.encode("utf-8"):
        c = chr(b)
        if c == " ":
            r.append("_")
        elif c.isalnum() and b < 128 or c in "-!*+/":
            r.append(c)
        else:
            r.append("=%02X" % b)
    return "".join(r)


def fmt_addr(a, enc="Q"):
    name, addr = a
    if not name:
        return addr
    if not is_ascii(name):
        return f"{ew(name, enc)} <{addr}>"
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return f"{name} <{addr}>"


def fmt_list(addrs):
    parts = [fmt_addr(a) for a in addrs]
    line, lines = "", []
    for p in parts:
        cand = (line + ", " + p) if line else p
        if line and len(cand) > 70:
            lines.append(line + ",")
            line = p
        else:
            line = cand
    lines.append(line)
    return "\n ".join(lines)


def encode_body(text, cte):
    if cte == "7bit":
        assert is_ascii(text), text[:80]
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, cte=None, charset="utf-8", extra=()):
    if cte is None:
        short = max(len(ln) for ln in text.split("\n")) <= 76
        cte = "7bit" if (is_ascii(text) and short) else "quoted-printable"
    cs = "us-ascii" if (is_ascii(text) and charset == "us-ascii") else charset
    hdrs = [f'Content-Type: {ctype}; charset="{cs}"', f"Content-Transfer-Encoding: {cte}"]
    hdrs.extend(extra)
    body = encode_body(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return (hdrs, body)


def raw_leaf(ctype, cte, encoded_body, extra=()):
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    hdrs.extend(extra)
    if not encoded_body.endswith("\n"):
        encoded_body += "\n"
    return (hdrs, encoded_body)


def attachment(filename, ctype, data, cte="base64", inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    ct = f'{ctype}; name="{filename}"'
    if ctype.startswith("text/"):
        ct = f'{ctype}; charset="utf-8"; name="{filename}"'
    disp = "inline" if inline else "attachment"
    hdrs = [f"Content-Type: {ct}", f'Content-Disposition: {disp}; filename="{filename}"',
            f"Content-Transfer-Encoding: {cte}"]
    return (hdrs, body if body.endswith("\n") else body + "\n")


def multipart(subtype, parts, boundary):
    hdrs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    out = []
    for ph, pb in parts:
        out.append(f"--{boundary}\n" + "\n".join(ph) + "\n\n" + pb + "\n")
    out.append(f"--{boundary}--\n")
    return (hdrs, "".join(out))


def boundary_for(style, key, n=0):
    h = hx(f"{key}/{n}", 28)
    if style == "outlook":
        return f"_00{n}_LO4P265MB{h[:4].upper()}{h[4:20].upper()}_"
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "apple":
        return f"Apple-Mail=_{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:28].upper()}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{n}"


def message_id(style, key):
    h = hx(key, 40)
    if style == "outlook":
        box = f"LO{int(h[0], 16) % 4 + 2}P265MB{int(h[1:5], 16) % 9000 + 1000}"
        return f"<{box}{h[5:37].upper()}@{box}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "gmail":
        b = base64.urlsafe_b64encode(bytes.fromhex(h)).decode("ascii").rstrip("=")
        return f"<CAH{b[:24]}+{b[24:]}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{DOM}>"
    return f"<{h[:12]}.{h[12:20]}@mailer.{DOM}>"


def tiny_pdf(lines):
    """A minimal, valid one-page PDF with the given lines of (ASCII) text."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        stream.append(f"({esc(ln)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ---------------------------------------------------------------- HTML rendering of a plain body
def to_html(text, style):
    lines = text.split("\n")
    blocks = []  # (kind, [lines])
    for ln in lines:
        kind = "q" if ln.startswith(">") else "t"
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(ln)
        else:
            blocks.append((kind, [ln]))
    if style == "outlook":
        body = []
        for kind, bl in blocks:
            inner = []
            for ln in bl:
                if kind == "q":
                    ln = ln.lstrip(">").lstrip(" ")
                if ln.strip():
                    inner.append(f'<p class="MsoNormal">{html.escape(ln, quote=False)}<o:p></o:p></p>')
                else:
                    inner.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            if kind == "q":
                body.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">\n'
                            + "\n".join(inner) + "\n</div>")
            else:
                body.append("\n".join(inner))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    # gmail / apple style
    body = []
    for kind, bl in blocks:
        inner = []
        for ln in bl:
            if kind == "q":
                ln = ln[1:]
                if ln.startswith(" "):
                    ln = ln[1:]
            inner.append(f"<div>{html.escape(ln, quote=False)}</div>" if ln.strip() else "<div><br></div>")
        if kind == "q":
            body.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                        + "".join(inner) + "</blockquote>")
        else:
            body.append("".join(inner))
    return '<div dir="ltr">' + "\n".join(body) + "</div>\n"


# ---------------------------------------------------------------- message assembly
MESSAGES = []


def add(label, slug, note, frm, to, subject, date, text=None, *, cc=(), fmt="plain", style="outlook",
        cte=None, html_body=None, html_cte="quoted-printable", attachments=(), part=None,
        subject_enc="B", reply_to_id=None, extra_headers=(), charset="utf-8"):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, text=text, fmt=fmt, style=style, cte=cte,
                         html_body=html_body, html_cte=html_cte, attachments=list(attachments),
                         part=part, subject_enc=subject_enc, reply_to_id=reply_to_id,
                         extra_headers=list(extra_headers), charset=charset))


def render(m):
    key = m["slug"]
    st = m["style"]
    hdrs = []
    hdrs.append("From: " + fmt_addr(m["frm"]))
    hdrs.append("To: " + fmt_list(m["to"]))
    if m["cc"]:
        hdrs.append("Cc: " + fmt_list(m["cc"]))
    subj = m["subject"]
    hdrs.append("Subject: " + (ew(subj, m["subject_enc"]) if (not is_ascii(subj) or m["subject_enc"] == "force") else subj))
    hdrs.append("Date: " + uk_date(m["date"]))
    hdrs.append("Message-ID: " + message_id(st, key))
    if m["reply_to_id"]:
        rid = message_id("gmail" if st != "gmail" else "outlook", m["reply_to_id"])
        hdrs.append("In-Reply-To: " + rid)
        hdrs.append("References: " + rid)
    if st == "outlook":
        hdrs.append("Content-Language: en-GB")
        if m["attachments"]:
            hdrs.append("X-MS-Has-Attach: yes")
    elif st == "apple":
        hdrs.append("X-Mailer: iPhone Mail (22D82)")
    elif st == "mis":
        hdrs.append("X-Mailer: Example School Messaging 4.2")
        hdrs.append("Auto-Submitted: auto-generated")
    hdrs.extend(m["extra_headers"])
    hdrs.append("MIME-Version: 1.0")

    if m["part"] is not None:
        body_part = m["part"]
    else:
        text = m["text"]
        if m["cte"] is None and st in ("gmail", "apple") and is_ascii(text):
            m = dict(m, cte="7bit")  # these clients leave long ASCII lines unencoded
        if m["fmt"] == "plain":
            body_part = leaf("text/plain", text, m["cte"], m["charset"])
        elif m["fmt"] == "html":
            hb = m["html_body"] if m["html_body"] is not None else to_html(text, st)
            body_part = leaf("text/html", hb, m["html_cte"])
        elif m["fmt"] == "alt":
            hb = m["html_body"] if m["html_body"] is not None else to_html(text, st)
            body_part = multipart("alternative", [leaf("text/plain", text, m["cte"], m["charset"]),
                                                  leaf("text/html", hb, m["html_cte"])],
                                  boundary_for(st, key, 0))
        else:
            raise ValueError(m["fmt"])
    if m["attachments"]:
        parts = [body_part] + [attachment(*a) for a in m["attachments"]]
        body_part = multipart("mixed", parts, boundary_for(st, key, 4))
    ph, pb = body_part
    raw = "\n".join(hdrs + ph) + "\n\n" + pb
    return raw.encode("utf-8")


def recipients(m):
    return " ".join(a[1] for a in m["to"] + m["cc"])


# =====================================================================================
# EVERYDAY CLEAN MAIL (30)
# =====================================================================================

add("clean", "ramadan_timetable", "everyday: Head's letter on the Ramadan timetable",
    S("head"), [P("jane")], "Ramadan timetable 2025 \U0001F319", "2025-02-24 16:05",
    """Assalamu alaikum Mrs Parent,

As Ramadan is expected to begin on Saturday 1st March, inshallah, I am writing to let you know how the school day will change for the month.

From Monday 3rd March:

- Registration as normal at 8:40am
- Lunch is shortened to 30 minutes. The dining hall stays open for girls who are not fasting, and the library will be a quiet space for those who are
- Dhuhr prayer will be in the sports hall at 12:35pm, led by Ustadha Siddiqui
- The school day will finish at 2:30pm instead of 3:10pm, Monday to Thursday
- Friday finish stays at 12:30pm for Jumu'ah

The buses will leave at 2:40pm. If your daughter normally stays for a club, please check Satchel One, as most clubs will pause until after Eid. Year 11 revision sessions will carry on, but they will finish by 3:30pm.

PE will be lighter in intensity during the month and girls who are fasting should still bring their kit. If your daughter has a medical reason not to fast, or is not fasting for any other reason, please ring the office so we can support her discreetly. Nobody will be asked about it in front of other girls.

Our community iftar will be on Thursday 20th March. A separate letter will follow with the details.

Ramadan Mubarak to you and your family. May Allah accept your fasts and your duas.

Wassalam,

Mrs R. Akhtar
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
    fmt="alt", style="outlook")

IFTAR_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Community Iftar</title></head>
<body style="margin:0;padding:0;background:#f4f1ea;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d4e45;color:#ffffff;padding:24px;text-align:center">
<h1 style="margin:0;font-size:26px">Community Iftar</h1>
<p style="margin:6px 0 0 0;font-size:15px">Thursday 20th March 2025 &middot; School Hall</p>
</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Assalamu alaikum,</p>
<p>Families, staff and friends of the school are warmly invited to our Community Iftar. Last year more than 300 of you joined us and it was one of the happiest evenings of the year, alhamdulillah.</p>
<p><strong>Doors open:</strong> 5:45pm<br>
<strong>Maghrib / opening the fast:</strong> 6:14pm<br>
<strong>Food served:</strong> after Maghrib prayer<br>
<strong>Finish:</strong> around 8:00pm</p>
<p>The main hall will be sisters and children only; brothers will be seated in the sports hall with the same food and a screen for the short talk by Shaykha Amatullah. Dates, water and soup will be on every table for opening the fast.</p>
<p>Tickets are free, but we need numbers for the caterers. Please reply to this e-mail or ring the office on <a href="tel:01632960000">01632 960000</a> by <strong>Friday 14th March</strong> with how many adults and children are coming. If it is easier, your daughter can hand a note to her form tutor.</p>
<p>If you would like to bring a dish to share, samosas, pakoras, fruit chaat and desserts are always welcome &ndash; please label anything that contains nuts.</p>
<p>We are also looking for volunteers to help set up from 4:30pm and to clear away afterwards. Year 10 and 11 girls can count this towards their volunteering hours.</p>
<p>JazakAllah khair,<br>Mrs Shabana Kauser<br>Office Manager</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:12px;font-size:12px;color:#555;text-align:center">
Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk
</td></tr>
</table></td></tr></table>
</body></html>
"""
add("clean", "iftar_invitation", "everyday: HTML-only invitation to the community iftar",
    S("office"), [P("sam")], "You're invited: Community Iftar, Thursday 20th March", "2025-03-10 11:20",
    fmt="html", style="mis", html_body=IFTAR_HTML)

add("clean", "attendance_unexplained", "everyday: attendance officer chasing an unexplained absence",
    S("att"), [P("jane")], "Hafsa - absence this morning", "2025-01-21 09:47",
    """Dear Mrs Parent,

Hafsa was marked absent at registration this morning and we haven't had a reason from home yet. If she is unwell, could you ring the attendance line on 01632 960000 (option 1) or reply to this e-mail so that I can update the register?

I know a lot of families find it easier to send a WhatsApp message, but we aren't able to accept absence reasons that way - phone or e-mail only, please.

Many thanks,

Nusrat Begum
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 (option 1)""")

add("clean", "madrasa_revision_clash", "everyday: HoY reply to parent about revision clashing with madrasa, quoted thread",
    S("hoy11"), [P("ali")], "Re: Maths revision and madrasa", "2025-01-15 08:31",
    """Wa alaikum assalam Mr Guardian,

Thank you for getting in touch, and please don't worry - Zara won't miss out.

The Tuesday maths revision runs from 3:15 to 4:15pm, so she can still leave in time for madrasa at 5. If a session ever runs late, she is welcome to slip out at 4:15; Mr Mahmood knows that several girls go straight to the masjid. Everything that is covered is also posted on Teams the same evening, with the worked solutions, so she can catch up at the weekend if she has to miss one.

The only session I would really encourage her to stay for is the mock paper walk-through on Tuesday 4th February, which will be longer. If that is difficult, let me know and we will find her a lunchtime slot with Mr Mahmood instead.

She is working hard and her last two topic tests were much improved, so she should be proud of herself.

Kind regards,

Mrs Razia Shah
Head of Year 11
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

On Tue, 14 Jan 2025 at 19:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Salaam Mrs Shah,
>
> Zara says the maths revision is after school on Tuesdays but she goes to
> madrasa at the masjid at 5 every weekday. Will she miss out if she can't
> stay to the end? We don't want her to fall behind before the exams.
>
> Thanks
> Ali Guardian""",
    fmt="alt", style="gmail", reply_to_id="madrasa_q")

add("clean", "maths_homework_sparx", "everyday: maths teacher homework reminder to a pupil class list",
    S("maths"), [X("9M2 Maths", "9m2-maths@" + PUP)], "Homework this week - simultaneous equations", "2025-03-04 13:10",
    """Salaam 9M2,

Your Sparx homework this week is on simultaneous equations and it is due on Thursday by 9pm. It should take about 40 minutes - please don't leave it until the last half hour, especially while you're fasting and tired in the evening.

A few reminders:
- Write your working in your book, not just in your head. The bookwork codes are there for a reason.
- If you get stuck on the elimination questions, watch the video first, then try again.
- I will be in M3 at lunchtime on Wednesday if anyone wants help. You don't have to bring lunch (I won't be eating either!).

Well done to the eleven of you who got 100% last week.

Mr Mahmood""")

add("clean", "arabic_speaking_schedule", "everyday: exams officer sends GCSE Arabic speaking schedule with CSV attachment",
    S("exams"), [X("Year 11 GCSE Arabic", "y11-arabic@" + PUP)], "GCSE Arabic speaking exams - your times",
    "2025-04-23 10:02",
    """Dear Year 11 Arabic students,

Your GCSE Arabic speaking exams will take place next week in room L2 (the Languages office). Your individual times are in the attached spreadsheet - please find your candidate number and make a note of your slot.

- Arrive at the waiting room (L1) 20 minutes before your time. You will have 12 minutes' supervised preparation time with your card.
- Bring nothing in with you except a black pen. Phones go in your bag at the front of L1.
- The exam is recorded. Ustadha Siddiqui will conduct it, as in your mock.
- If you are absent on the day, your parent must ring 01632 960000 before 8:30am. We cannot easily rearrange, because the board's window closes on 15th May.

Good luck, and make sure you get some sleep the night before.

Mr G. Holmes
Exams Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
    cc=[S("arabic")],
    attachments=[("Arabic_speaking_schedule.csv", "text/csv",
                  "candidate_no,initials,date,prep_start,exam_start,room\r\n"
                  "4012,A.H.,2025-04-29,09:00,09:12,L2\r\n"
                  "4015,F.K.,2025-04-29,09:20,09:32,L2\r\n"
                  "4021,M.R.,2025-04-29,09:40,09:52,L2\r\n"
                  "4033,S.B.,2025-04-29,10:00,10:12,L2\r\n"
                  "4038,Z.M.,2025-04-30,09:00,09:12,L2\r\n"
                  "4041,I.N.,2025-04-30,09:20,09:32,L2\r\n"
                  "4047,H.Q.,2025-04-30,09:40,09:52,L2\r\n")])

add("clean", "monday_briefing", "everyday: Head's Monday staff briefing notes",
    S("head"), [ALLSTAFF], "Briefing notes - w/c 10th February", "2025-02-10 07:52",
    """Good morning everyone,

For those who couldn't make briefing, here are the main points.

1. Year 11 mock results go home on Friday. Marking must be on Arbor by Wednesday 4pm please - Mrs Shah will chase anything missing.
2. Fire drill at some point this week. Please make sure your register is printed or on your phone, and remember the Year 7s now line up on the netball court, not the car park.
3. Charity week starts on 24th February. Mrs Javed needs the names of your form's two collectors by Friday.
4. Ramadan timetable: the letter goes out to families on 24th February. Staff version is in the shared drive under Calendar > 2024-25. Heads of department, please look at after-school commitments now.
5. Duty: the back gate on Carlisle Road is being resurfaced, so the Tuesday and Thursday gate duty moves to the front entrance for two weeks.
6. Staff wellbeing - the Year 9 team are running a chai and biscuits morning in the staffroom on Thursday. Please come, even for five minutes.

Jazakumullahu khairan for all your hard work this half term, especially to the Science department for running the parents' workshop on Thursday evening.

Rukhsana

Mrs R. Akhtar
Headteacher
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="outlook")

add("clean", "charity_week_plan", "everyday: careers lead plans charity week with staff",
    S("careers"), [ALLSTAFF], "Charity Week 24th-28th Feb - plan and form collectors", "2025-02-04 15:40",
    """Assalamu alaikum all,

Charity Week is nearly here! This year the student council voted to support the orphan sponsorship and clean water projects run by Hope Wells (www.example.org), and they have set themselves a target of \u00a35,000 across the week.

Plan for the week:

Mon - Non-uniform day (\u00a31), modest dress rules as usual please
Tue - Year 7 and 8 cake sale at break and lunch (Food dept has kindly lent the hall tables)
Wed - Sponsored Qur'an read-a-thon in the library, 3:15-5pm, led by Ustadha Siddiqui
Thu - Staff vs Year 11 netball, lunchtime, \u00a31 to watch
Fri - Charity bazaar after Jumu'ah, stalls run by forms

Each form needs two collectors who will bring the money to the office at the end of each day in the sealed bags. Please send me their names by Friday. Mrs Kauser has asked that no cash is left in classrooms overnight.

If your form wants to run a stall on Friday, please fill in the form on the staff Teams channel so we don't end up with six henna stalls and no food!

JazakAllah khair,

Asma

Mrs Asma Javed
Careers Lead & Student Council Coordinator
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")

add("clean", "eid_closure_dates", "everyday: office letter on Eid al-Fitr closure dates (Q-encoded subject)",
    S("office"), [P("ali")], "Eid al-Fitr \u2013 school closure dates", "2025-03-21 12:15",
    """Assalamu alaikum,

As Eid al-Fitr depends on the sighting of the moon, we have planned for both possible dates.

School will be closed to pupils on Monday 31st March and Tuesday 1st April.

If Eid falls on Sunday 30th March, girls will still have Monday and Tuesday at home with their families. If it is announced for Monday 31st March, the two days are the same, so there is no change either way.

School reopens on Wednesday 2nd April at the normal time (8:40am), and the normal timetable (3:10pm finish) starts again from that day. The Easter holiday then begins on Friday 4th April, returning on Tuesday 22nd April.

We will send a text message through the usual system on the evening of Saturday 29th March if anything changes.

Please note that these two days are authorised by the school and will not count against your daughter's attendance.

Eid Mubarak in advance to you and your family from all of the staff.

Mrs S. Kauser
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
    subject_enc="Q", style="mis")

add("clean", "spring_progress_report", "everyday: tutor tells carer the progress report is available",
    S("eng"), [P("sam")], "Iqra's spring progress report", "2025-03-13 16:48",
    """Dear Sam,

I just wanted to let you know that Iqra's spring progress report is now on the Arbor app, under Reports. If you can't get into the app, the office can print a copy and send it home with her.

As her form tutor, I'm really pleased with it. Her attendance is 97% and she has no behaviour points at all this term. In English she has moved up a grade since her autumn assessment - her writing about the poem "Kamikaze" was one of the best in the class. Science is the subject she is finding hardest at the moment, and Mr Qureshi has suggested she comes to the Wednesday lunchtime catch-up once Ramadan is over.

If you'd rather talk it through, I'm happy to ring you one evening - just let me know a good time.

Best wishes,
Hannah Whitworth
Form Tutor 10W / Teacher of English
Example School | 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "y11_mock_review_notes", "everyday: HoY11 notes of the mock review meeting to SLT",
    S("hoy11"), [S("head"), S("dep")], "Notes - Year 11 mock review meeting 6/2", "2025-02-06 17:22",
    """Hi both,

Notes from this afternoon's meeting below, so that we have them before SLT on Monday.

Present: RS, TM, GS, IQ, MS, AJ

1. Overall picture
- English and Maths are broadly where we expected. English Language Paper 2 was weaker than Paper 1 - GS thinks it's timing on Q5, not skills.
- Combined Science is the biggest concern: 14 girls are below target in at least two papers.
- Arabic and Urdu results are strong again; MS is happy to run an extra speaking practice for the handful who are nervous.

2. Intervention
- Maths: Tuesday revision continues; TM to invite a named group of 18 by letter.
- Science: IQ to run a Saturday morning session on 1st March (before Ramadan starts). Needs a first aider and a site supervisor - I'll ask Kevin.
- English: targeted small groups during tutor time, twice a week.

3. Wellbeing
- Several girls mentioned to tutors that they feel pressure at home about results. AJ is going to do a short session with them on revision planning and sleep, and we will put something in the newsletter for parents about realistic expectations during Ramadan.

4. Actions
- RS: letters home by Friday 14th.
- TM / IQ: intervention lists to me by Monday.
- AJ: college application check - 6 girls still haven't applied anywhere.

Thanks,
Razia

Mrs Razia Shah
Head of Year 11
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "museum_trip_letter", "everyday: Year 8 trip letter to the science and media museum",
    S("sci"), [P("jane")], "Year 8 trip - Science and Media Museum, Wednesday 14th May", "2025-04-28 14:03",
    """Dear Parent/Carer,

As part of the Year 8 light and sound topic, we are taking the year group to the National Science and Media Museum in Bradford on Wednesday 14th May.

The girls will take part in a hands-on workshop on light and colour, visit the Wonderlab gallery and watch a short film in the IMAX cinema. The museum has kindly set aside a quiet room for Dhuhr prayer, and we will pray there as a group at about 1pm.

Details:
- Leaving school: 9:00am by coach (please be in school for normal registration)
- Returning: about 3:00pm, in time for normal home time
- Cost: \u00a34, as most of the cost has been paid from school funds
- Uniform: full school uniform, including blazer
- Lunch: please send a packed lunch and a drink. Girls entitled to free school meals will be given a halal packed lunch from the kitchen

Please give consent and pay on the Arbor app by Friday 9th May. If cost is a worry, please speak to me or to the office in confidence; no girl will miss out because of money.

Kind regards,

Mr I. Qureshi
Head of Science
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "uniform_hijab_reminder", "everyday: assistant head reminder about uniform and hijab colour (encoded sender name)",
    S("hoy7"), [P("jane")], "Uniform reminder after half term", "2025-02-27 15:30",
    """Dear Parents and Carers,

Assalamu alaikum. I hope you all had a restful half term.

I just wanted to send a gentle reminder about a few uniform points, as we have had quite a few girls arriving this week in things that aren't part of our uniform:

- Hijabs should be plain navy, with no pattern or glitter. Plain white is fine for PE.
- The navy jilbab or skirt should be ankle length.
- Plain black school shoes, not trainers (trainers are for PE only).
- No make-up, nail varnish or false nails, please.

If there is a reason your daughter can't wear a particular item at the moment - for example, a medical reason or because you are waiting for a new size - please drop me a line or send a note in her planner, and I will make sure her tutor knows.

Second-hand blazers and jilbabs are available from the office for a small donation, which goes to charity week.

Thank you for your support,

Miss Barraclough
Assistant Headteacher (Pastoral)
Example School, Park Row, Leeds LS1 4AP
01632 960000""",
    fmt="alt", style="gmail")

add("clean", "parents_evening_phone", "everyday: tutor agrees to phone a carer instead of parents' evening",
    S("eng"), [P("sam")], "Re: Parents' evening", "2024-11-27 16:12",
    """Hi Sam,

Thank you for letting me know - of course, a phone call is absolutely fine. I know evenings are difficult with the little ones.

I'll ring you on Thursday between 4 and 5pm on the number we have on file. If that doesn't suit, just reply with a better time. It should only take 10-15 minutes. I'll have notes from all of Iqra's subject teachers so that you don't miss anything.

Best wishes,
Miss Whitworth
Form Tutor 10W

> Salaam Miss, I can't come on Tuesday night as I have no one to watch the
> younger two. Can somebody call me instead? WhatsApp is easiest for me but
> a normal call is fine. Sam""",
    style="gmail", reply_to_id="pe_evening_q")

add("clean", "swimming_kit_letter", "everyday: PE letter about female-only swimming lessons and modest swimwear",
    S("pe"), [P("jane")], "Year 8 swimming lessons - summer term", "2025-04-23 11:45",
    """Dear Parents/Carers,

In the summer term, Year 8 will have swimming lessons at the leisure centre instead of their Thursday PE lesson. I know some families have questions about this, so I wanted to explain how the sessions work.

- The pool is booked for our school only, and all the staff on poolside, including the lifeguards and the swimming instructor, are female.
- The windows onto the public viewing area are covered for our sessions.
- Girls may wear full-length modest swimwear (a burkini or similar) and a swim hijab or cap. A leotard-style costume with leggings is also fine. Please avoid cotton clothing, as it becomes very heavy in the water.
- Changing is in individual cubicles.

The lessons are part of the national curriculum - every child should be able to swim 25 metres and know how to stay safe in water by the end of Key Stage 3. Over half of our Year 8s told us they can't swim yet, so this is a real chance for them.

If you have any concerns at all, please ring me on 01632 960000 and I will be happy to talk it through.

Kind regards,

Mrs Z. Patel
Head of PE""",
    fmt="alt", style="outlook")

add("clean", "pupil_password_reset", "everyday: IT technician to a pupil about a password reset",
    S("it"), [PU("23sahmed", "Safiya Ahmed")], "Your password", "2025-01-09 10:26",
    """Hi Safiya,

I've reset your school account password as you asked. For security I don't send new passwords by e-mail - please come to the ICT office (next to the library) at break or lunch and I'll give it to you. You'll be asked to choose your own new one when you log in.

Please don't share it with anyone, even friends.

Mr Firth
IT Support""")

ANNUAL_REVIEW_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example School//Annual Review//EN\r\n"
                     "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:annualreview-20250402@example-school.org.uk\r\n"
                     "DTSTAMP:20250310T101500Z\r\nDTSTART:20250402T143000Z\r\nDTEND:20250402T153000Z\r\n"
                     "SUMMARY:EHCP annual review - Hafsa\r\nLOCATION:Meeting Room 1\\, Example School\r\n"
                     "ORGANIZER;CN=Mrs Claire Ambler:mailto:c.ambler@example-school.org.uk\r\n"
                     "END:VEVENT\r\nEND:VCALENDAR\r\n")
add("clean", "ehcp_annual_review", "everyday: SENCo invites parent to EHCP annual review, .ics attached",
    S("senco"), [P("jane")], "Hafsa's annual review - Wednesday 2nd April", "2025-03-10 10:15",
    """Dear Mrs Parent,

It's time for Hafsa's EHCP annual review, and I'd like to invite you to a meeting on Wednesday 2nd April at 2:30pm in Meeting Room 1. I've attached a calendar invitation. If the time doesn't work, please let me know and we will find another.

Before the meeting I'll send you a short form asking for your views and Hafsa's. She can fill in her part with her TA, Mrs Butt, if she likes - she did it beautifully last year.

The speech and language therapist and the educational psychologist have been invited, though they may only be able to send written reports.

If any family members joining us would find it helpful to have an interpreter (Urdu, Punjabi or another language), just tell me and I will book one. You are also very welcome to bring someone with you for support.

Warm regards,

Claire Ambler
SENCo
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 ext. 231""",
    fmt="alt", style="outlook",
    attachments=[("invite.ics", "text/calendar", ANNUAL_REVIEW_ICS)])

add("clean", "cover_request_hospital", "everyday: teacher asks cover manager for cover, short",
    S("hist"), [S("cover")], "Cover Thursday P3-4", "2025-01-27 20:14",
    """Hi Saima,

I've got a hospital appointment on Thursday morning (finally!), so I'll need cover for P3 and P4 - 8H2 and 10H1. Work is in the shared drive under Humanities > Cover > 30 Jan. 8H2 just need to carry on with the castles booklet. 10H1 have a source question to do in silence.

I should be back for P5.

Thanks,
Bilal""",
    style="apple")

add("clean", "late_entry_query", "everyday: exams officer asks exam board about late entry fees",
    S("exams"), [X("Entries Team", "entries@examboard.example.org")], "Late entry query - centre 36999",
    "2025-02-25 09:18",
    """Dear Entries Team,

Centre number 36999 (Example School).

We have two candidates who have recently joined the school and would like to sit GCSE Urdu (8UR0) this summer. The entry deadline was 21st February. Could you confirm:

1. whether a late entry is still possible for the written papers and the speaking component, and
2. what late entry fee would apply per candidate?

Both candidates are fluent speakers and have sat mock papers with us, so we are confident the entries are appropriate.

Thank you,

Gareth Holmes
Exams Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")

add("clean", "iftar_catering_order", "everyday: business manager's catering order for the iftar",
    S("sbm"), [X("Bookings", "bookings@spicegarden-catering.example.com")], "Order confirmation - iftar, Thursday 20th March",
    "2025-03-11 13:37",
    """Dear Imtiaz,

Thank you for the quote. I'm pleased to confirm our order for our community iftar on Thursday 20th March:

- Chicken biryani - 150 portions
- Vegetable biryani - 50 portions
- Lamb seekh kebabs - 300
- Vegetable samosas - 300
- Lentil soup - 200 portions, in the hot boxes
- Fruit chaat - 200 portions
- Dates - 10 kg (Medjool if possible)
- Kheer - 200 pots

As discussed, all meat must be HMC-certified and we will need a copy of the certificate on the day for our records. Please deliver to the kitchen entrance on Carlisle Road at 5:15pm; Mr Dobson, our site manager, will meet your driver.

Please send the invoice to finance@example-school.org.uk quoting PO 24-1187. We pay within 30 days.

Many thanks,

Helen Sutcliffe
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "art_portfolio_feedback", "everyday: art teacher feedback to a GCSE pupil",
    S("art"), [PU("21nkausar", "Nimra Kausar")], "Your geometric pattern studies", "2025-01-30 16:25",
    """Hi Nimra,

I had a proper look at your sketchbook pages this afternoon and I wanted to tell you how impressed I am. The eight-point star studies are really precise, and the way you've developed them from the tiles in the photo of the masjid in Fes into your own design shows exactly the kind of development the examiners want to see.

Three things to work on before the next deadline:

1. Annotate more. Explain why you chose the colours - you told me in class it was the blue in your nani's dupatta, so write that down!
2. Try the same pattern in at least one other medium. Lino printing would work really well.
3. Add an artist reference. Have a look at the work of Zarah Hussain, who makes geometric art.

Keep going, this is really lovely work.

Miss Clegg""",
    fmt="alt", style="gmail")

URDU_TEXT = """السلام علیکم

Dear Year 10 Urdu,

I have put the June 2023 and June 2024 past papers in the Urdu Teams channel, with the mark schemes. Please do the reading paper (Paper 3) from 2023 by next Wednesday, under timed conditions - 1 hour 5 minutes for Foundation and 1 hour 20 minutes for Higher.

For the writing task, remember the three things we keep practising:
- use a range of tenses (ماضی، حال، مستقبل)
- give opinions with reasons (میرے خیال میں ... کیونکہ ...)
- check your spellings of the common words we listed on the board

If anyone wants to practise their speaking photo card, I am free every Monday lunchtime in L3.

محنت کرتے رہیں - keep working hard!

شکریہ
Mrs Bibi
Teacher of Urdu
Example School, Park Row, Leeds LS1 4AP
"""
add("clean", "urdu_past_papers", "everyday: Urdu teacher sets past papers, Urdu script in 8bit body and subject",
    S("urdu"), [X("Year 10 Urdu", "y10-urdu@" + PUP)], "اردو past papers - Paper 3 homework", "2025-01-22 14:50",
    URDU_TEXT, cte="8bit")

NEWSLETTER_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#1b1b1b;max-width:640px;margin:auto">
<div style="background:#1d4e45;color:#fff;padding:18px 22px">
<h1 style="margin:0;font-size:22px">Example School Newsletter</h1>
<p style="margin:4px 0 0 0">Summer Term 2025 &ndash; Issue 6</p>
</div>
<div style="padding:18px 22px">
<p>Assalamu alaikum dear families,</p>
<p>What a year it has been! As we reach the end of the summer term, I want to thank every one of you for your support, your duas and your patience with our building works.</p>
<h2 style="font-size:17px;color:#1d4e45">Charity Week total</h2>
<p>The final total from Charity Week is <strong>&pound;6,240</strong>, well above the girls' target. This will sponsor twelve orphans for a full year and fund a new well. JazakAllah khair to everybody who baked, bought, read and ran.</p>
<h2 style="font-size:17px;color:#1d4e45">Sports Day</h2>
<p>Congratulations to Maryam House, who won Sports Day by just four points. Special mention to the Year 9 relay team, who broke the school record.</p>
<h2 style="font-size:17px;color:#1d4e45">Hifz and Qur'an celebration</h2>
<p>Three girls completed the memorisation of the whole Qur'an this year, alhamdulillah, and 41 girls took part in the recitation competition. It was a beautiful afternoon &ndash; thank you to Ustadha Siddiqui and the Islamic Studies team.</p>
<h2 style="font-size:17px;color:#1d4e45">Staff news</h2>
<p>We say goodbye to Mr Firth, who is moving to a job at the university, and to Mrs Malik, who is starting her maternity leave. We wish them both every happiness.</p>
<h2 style="font-size:17px;color:#1d4e45">Dates for September</h2>
<ul>
<li>Wednesday 3rd September &ndash; Year 7 only</li>
<li>Thursday 4th September &ndash; all year groups</li>
<li>Thursday 18th September &ndash; Year 7 parents' welcome evening, 5pm</li>
</ul>
<p>Have a restful summer, and remember that the office is open on Tuesdays during the holidays for uniform sales.</p>
<p>Wassalam,<br>Mrs R. Akhtar, Headteacher</p>
</div>
<div style="background:#eee;padding:10px 22px;font-size:11px;color:#555">
Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000<br>
You are receiving this because you are a parent or carer of a pupil at the school.
</div>
</body></html>
"""
add("clean", "summer_newsletter", "everyday: HTML-only end-of-year newsletter",
    S("office"), [P("ali")], "Summer newsletter 2025", "2025-07-17 15:00",
    fmt="html", style="mis", html_body=NEWSLETTER_HTML)

add("clean", "fwd_madrasa_timings", "everyday: forward of the masjid's Ramadan madrasa timings to staff",
    S("arabic"), [X("Year 7 Tutors", "y7tutors@" + DOM), S("hoy7")], "Fwd: Madrasa timings during Ramadan",
    "2025-02-28 12:06",
    """Salaam all,

FYI - the madrasa at the masjid on Carlisle Road is moving its evening classes later during Ramadan (see below), so quite a few of our Year 7s will be getting home after 9pm for the month. Please bear it in mind if they are tired in period 1, and keep homework light where you can.

Jazakumullahu khair,
Maryam

Ustadha Maryam Siddiqui
Head of Arabic & Islamic Studies
Example School, Park Row, Leeds LS1 4AP

---------- Forwarded message ---------
From: Masjid Secretary <secretary@carlisleroad-masjid.example.org>
Date: Thu, 27 Feb 2025 at 21:14
Subject: Madrasa timings during Ramadan
To: <m.siddiqui@example-school.org.uk>

Assalamu alaikum Sister Maryam,

Please can you let the parents at your school know that during Ramadan, madrasa will run from 7:00pm to 8:30pm Monday to Thursday, instead of 5:00pm to 7:00pm, so that children can break their fast at home first. There will be no madrasa on Fridays during Ramadan. The Qur'an competition will take place after Eid, insha'Allah.

Jazak Allahu khairan,
Br. Yusuf
Masjid Secretary""",
    fmt="alt", style="gmail")

add("clean", "safeguarding_training_reminder", "everyday: DSL reminds staff of annual safeguarding training",
    S("dep"), [ALLSTAFF], "Safeguarding training - INSET day and online modules", "2024-09-02 07:30",
    """Good morning and welcome back, everyone.

A reminder that this morning's INSET begins at 8:45 in the hall with our annual safeguarding update. Attendance is compulsory for all staff, including lunchtime supervisors and the office team.

Before Friday 20th September, please also:

- read Part 1 of Keeping Children Safe in Education 2024 (and Annex B if you haven't before) and sign the declaration on the staff Teams channel;
- complete the Prevent online module if your certificate is more than two years old;
- check that you can log in to CPOMS. If you can't, see Mr Firth.

Our safeguarding team this year is me (DSL), Mrs Iqbal and Mrs Shah (deputy DSLs). Our posters are up in every classroom. If you have a concern, however small, record it on CPOMS the same day and speak to one of us. If a child is at immediate risk, come and find us straight away.

Thank you,

Farzana Hussain
Deputy Headteacher & Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "whatsapp_group_reply", "everyday: office explains staff cannot join parent WhatsApp groups, quoted thread",
    S("office"), [P("sam")], "Re: Year 10 parents WhatsApp", "2024-10-08 10:41",
    """Dear Sam,

Thank you for the kind offer, and I'm glad the Year 10 parents' group is working so well.

I'm afraid staff aren't able to join parent WhatsApp groups or message families from their personal phones - it's part of our safeguarding policy and it protects everyone. The best ways to reach us are:

- ring the office on 01632 960000 (8am to 4:30pm), or
- e-mail office@example-school.org.uk, and we will pass your message on the same day.

We do send important reminders by text message through the school system, so please make sure we have your current mobile number.

Kind regards,
Mrs Kauser
Office Manager
Example School, Park Row, Leeds LS1 4AP

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 07 October 2024 20:55
To: Office <office@example-school.org.uk>
Subject: Year 10 parents WhatsApp

Hi, a few of us mums have started a WhatsApp group for Year 10 parents and we were wondering if Mrs Shah or one of the teachers would like to join so we can ask about homework and trips? Would make it much easier for lots of us who don't check e-mail. Thanks, Sam""",
    fmt="alt", style="outlook", reply_to_id="whatsapp_q")

add("clean", "finance_committee_minutes", "everyday: business manager sends draft committee minutes to the clerk",
    S("sbm"), [X("Clerk to Governors", "clerk@governorservices.example.org")], "Draft minutes - Finance & Premises committee 12/3",
    "2025-03-14 12:40",
    """Dear Rebecca,

Please find the draft minutes of Wednesday's Finance & Premises committee below, for you to tidy up before they go to the Chair.

1. Apologies: Mr Naveed Hassan (work commitment).
2. Budget monitoring (month 11): forecast in-year surplus of \u00a318,400, mainly due to lower supply costs. Governors asked for the reserves position to be reported separately next time.
3. Roof repairs (science block): three quotes received. Committee agreed to recommend the middle quote (\u00a342,750) to the full governing body, subject to the condition survey.
4. Wudu area refurbishment: the ablution area next to the prayer room is to be refitted over the summer, with two accessible washing stations. Quote of \u00a311,200 approved within delegated limits.
5. Lettings: the masjid committee has asked to hire the sports hall for Eid al-Adha prayers in June. Approved at the community rate, subject to the usual insurance certificate.
6. Any other business: none.

Next meeting: Wednesday 18th June, 4:30pm.

Kind regards,

Helen Sutcliffe
School Business Manager
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")

add("clean", "coach_invoice_query", "everyday: finance office queries a duplicated coach invoice",
    S("finance"), [X("Accounts", "accounts@pennine-coaches.example.net")], "Invoice 20417 - possible duplicate",
    "2025-05-20 11:03",
    """Good morning,

We have received invoice 20417 for the coach to the Science and Media Museum on 14th May (\u00a3385.00). We believe this may be a duplicate of invoice 20398, which was for the same journey and has already been paid by BACS on 16th May.

Could you check and either cancel 20417 or let us know what it relates to? I've attached a copy for reference.

Thank you,

Finance Office
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
    attachments=[("INV-20417.pdf", "application/pdf",
                  tiny_pdf(["Pennine Coaches Ltd", "INVOICE 20417", "Customer: Example School",
                            "14/05/2025 Return coach, 53 seats, Bradford", "Total: GBP 385.00"]))])

add("clean", "hifz_celebration_invite", "everyday: Islamic Studies invitation to the Qur'an and Hifz celebration",
    S("arabic"), [P("jane")], "Invitation: Qur'an recitation and Hifz celebration, 3rd July", "2025-06-20 13:30",
    """Assalamu alaikum wa rahmatullah,

Dear families,

We are delighted to invite you to our annual Qur'an recitation competition and Hifz celebration on Thursday 3rd July, from 1:30pm to 3:00pm in the school hall.

This year three of our girls have completed the memorisation of the whole Qur'an, alhamdulillah, and more than forty girls from every year group will recite in the competition. The judges are Qari Abdul Rahman and Ustadha Hafsah from the Carlisle Road masjid.

Mothers, grandmothers, sisters and aunties will be seated in the main hall. Fathers and other male relatives are very welcome too and will be seated in the side hall, where the recitation will be shown on screen.

Light refreshments will be served afterwards. Please let the office know by Friday 27th June how many people are coming, by phone (01632 960000) or by replying to this e-mail.

May Allah reward our girls and their families for their efforts.

Wassalam,

Ustadha Maryam Siddiqui
Head of Arabic & Islamic Studies
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="gmail")

add("clean", "book_recommendations_pupil", "everyday: English teacher replies to a Year 7 pupil asking for books",
    S("eng"), [PU("24aiqbal", "Aleena Iqbal")], "Re: books", "2024-12-05 15:55",
    """Hi Aleena,

What a lovely e-mail - thank you! I'm so glad you enjoyed Amal Unbound.

If you liked that, here are a few more you might enjoy. They are all in the school library, and Mrs Hirst can order more if they're out:

- Other Words for Home by Jasmine Warga (it's written as poems, but don't let that put you off)
- The Boy at the Back of the Class by Onjali Q. Rauf
- A Place to Belong by Cynthia Kadohata
- Saving Sorya by Trang Nguyen

Let me know what you think of them. If you write me a short review I'll put it on the library display.

Miss Whitworth

> Salaam Miss, I finished the book you gave me its so good!! do you have
> any more like it? Aleena 7B""",
    style="gmail", reply_to_id="books_q")

# =====================================================================================
# HARD NEGATIVES - CLEAN (30)
# =====================================================================================

add("clean", "cockermouth_fieldwork", "hard: place name Cockermouth (Geography flood fieldwork letter)",
    S("geog"), [P("sam")], "Year 10 Geography fieldwork \u2013 Cockermouth and Keswick", "2025-05-06 12:20",
    """Dear Parent/Carer,

As part of their GCSE, every Year 10 geographer has to complete a day of physical fieldwork. This year we are going to Cockermouth and Keswick in Cumbria on Wednesday 11th June to study the River Derwent and how the towns have been protected since the floods of 2009 and 2015.

In Cockermouth the girls will look at the flood defence walls and the self-closing flood barrier, measure the river's width, depth and velocity at three sites, and interview (politely!) shoppers about how the floods affected the town. In the afternoon we will visit Keswick to compare the two towns' defences.

Practical information:
- Depart school: 7:15am sharp (please drop off at the front gate from 7:00am)
- Return: approximately 6:00pm - we will text when we leave Keswick
- Cost: \u00a318, payable on Arbor by 23rd May
- Bring: packed lunch, plenty of water, waterproof coat, wellies or old trainers, and a change of socks
- Prayer: Dhuhr will be prayed together in Keswick; we have prayer mats and a compass on the coach

The fieldwork is an essential part of the course, as the girls will be asked about it in Paper 3. If there is any difficulty with the date or the cost, please ring me on 01632 960000.

Thank you,

Miss A. Choudhry
Teacher of Geography
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="outlook", subject_enc="B")

add("clean", "clitheroe_castle_trip", "hard: place name Clitheroe (Year 8 castles trip)",
    S("hist"), [P("jane")], "Year 8 History trip - Clitheroe Castle", "2025-05-12 09:05",
    """Dear Parent/Carer,

Year 8 have been studying medieval castles and how the Normans and their successors kept control of England, and on Tuesday 17th June we are taking them to Clitheroe Castle in the Ribble Valley.

Clitheroe has one of the smallest Norman keeps in England, and the girls will look at how a motte and bailey castle was built and defended. The museum staff will run a workshop on everyday life in the castle, and in the afternoon we will walk to the viewpoint over the town to sketch the landscape around it.

- Leaving: 8:45am, returning by 3:30pm
- Cost: \u00a36 (coach and workshop)
- Lunch: packed lunch please; we will eat in the castle grounds if it is dry
- Clothing: school uniform with a waterproof jacket; sensible shoes, as the path up to the keep is steep

Please give consent on the Arbor app by 6th June.

Many thanks,

Mr B. Anwar
Head of Humanities
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")

add("clean", "christmas_carol_revision", "hard: surname Dickens (A Christmas Carol revision)",
    S("eng2"), [X("Year 11 English", "y11-english@" + PUP)], "A Christmas Carol - revision for Thursday",
    "2025-03-17 14:22",
    """Hi Year 11,

On Thursday we are revisiting A Christmas Carol for your Literature Paper 1. Before the lesson, please re-read Stave 3 and the end of Stave 4, and make sure you can answer these three questions:

1. What is Dickens saying about poverty through the Cratchit family?
2. Why does Dickens show us Ignorance and Want as two children hidden under the Ghost's robe?
3. How does Scrooge change between "a squeezing, wrenching, grasping, scraping, clutching, covetous, old sinner!" and "as good a friend, as good a master, and as good a man, as the good old city knew"?

Remember that Dickens was writing in 1843 for a middle-class audience who could make a difference. Context should always link to his purpose - don't just tell me he had a hard childhood in the blacking factory, explain why it matters to the novella.

There is a knowledge organiser on Teams if you've lost yours.

Mrs Stansfield""")

add("clean", "romeo_bawdy_puns", "hard: set text quotes (Romeo and Juliet bawdy lines) in staff planning mail",
    S("eng"), [S("eng2")], "Y9 R&J - Act 1 Sc 1 and Mercutio", "2025-01-14 18:03",
    """Hi Gemma,

Quick one before our department meeting. I'm starting R&J with 9W next week and wanted to check how we want to handle the opening of Act 1 Scene 1 and Mercutio in Act 2 Scene 4 this year.

Last year I taught from the edited school edition, which cuts Sampson and Gregory's jokes - "I will push Montague's men from the wall, and thrust his maids to the wall", "Me they shall feel while I am able to stand", "My naked weapon is out" - and Mercutio's "the bawdy hand of the dial is now upon the prick of noon". The girls noticed the gaps and found the full text online anyway, so it became a bigger deal than if we'd just explained it.

My suggestion: we use the full text, and I gloss it briefly as crude jokes which show the servants' attitude to women and to violence - which is actually the point of the scene, and links nicely to the theme of masculinity and honour. Nobody has to read those lines aloud.

I'm happy to drop a line to parents in advance if you think that's wise, given we had a couple of questions about the Romeo and Juliet film last year.

Let me know what you think.

Hannah""",
    style="outlook")

add("clean", "bastard_feudalism_homework", "hard: History term 'bastard feudalism' in homework to pupils",
    S("hist"), [X("Year 8 History 8H2", "8h2-history@" + PUP)], "Homework - Wars of the Roses",
    "2025-02-05 13:40",
    """Assalamu alaikum 8H2,

Your homework this week is a short piece of writing (half a page is plenty) answering:

"Why were powerful nobles able to cause so much trouble in the Wars of the Roses?"

In your answer, use the term bastard feudalism, which we met on Monday. Remember what it means: instead of holding land in return for military service, nobles paid men in money and gave them badges and livery to wear. Historians called it "bastard" feudalism because it was seen as a corrupted, not-quite-genuine version of the old system - the word is used in its old meaning here. Charles Plummer first used the phrase in the 1880s and K. B. McFarlane made it famous.

Include at least one example - the Percys and the Nevilles are good ones.

Due next Wednesday on Satchel One. If you were absent on Monday, the slides are on Teams.

Mr Anwar""")

add("clean", "york_trip_clitherow_turpin", "hard: York trip with Dick Turpin and Margaret Clitherow",
    S("hist"), [P("sam")], "Year 10 GCSE History trip to York - Thursday 26th June", "2025-05-22 15:15",
    """Dear Parent/Carer,

On Thursday 26th June, our Year 10 GCSE historians will visit York as part of their thematic study of crime and punishment in Britain.

In the morning the girls will visit York Castle Museum, including the debtors' prison and the cells where the highwayman Dick Turpin was held before he was hanged in 1739. They will then walk through the Shambles and visit the shrine of Margaret Clitherow, who was executed in 1586 for hiding Catholic priests. Our RE department is keen for the girls to see how persecution for religious belief is part of English history, and the girls have been preparing questions about religious freedom then and now.

In the afternoon we will walk the city walls and see Clifford's Tower.

- Depart: 8:30am; return by 4:30pm
- Cost: \u00a312
- Packed lunch and water needed; a space for Dhuhr prayer has been arranged at the museum
- Full uniform, comfortable shoes

Consent and payment on Arbor by 13th June, please.

Kind regards,

Mr Bilal Anwar
Head of Humanities
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "y8_reproduction_letter", "hard: anatomical vocabulary in Year 8 reproduction letter, PDF attached",
    S("sci"), [P("jane")], "Year 8 Science - human reproduction topic", "2025-01-08 16:30",
    """Dear Parent/Carer,

After half term, Year 8 will be studying the Reproduction topic in Science. This is part of the statutory National Curriculum for Science, so unlike some parts of RSE there is no right to withdraw, but I want you to know exactly what will be taught so that you can talk about it at home if you wish.

The girls will learn:
- the structure and function of the male and female reproductive systems, using the correct scientific names (for example penis, testes, sperm duct, vagina, cervix, uterus, ovaries and oviducts);
- the menstrual cycle, and what happens during puberty;
- gametes, fertilisation and implantation;
- how the foetus develops during pregnancy, including the role of the placenta, and the effect of smoking and alcohol on the foetus;
- flowering plant reproduction (pollination and seed dispersal).

All lessons are taught by female science teachers, and the diagrams used are the standard textbook diagrams. I've attached the vocabulary list the girls will be given so that you can see it in advance.

If you would like to look at the lesson resources, or talk to me about anything, please ring 01632 960000 and ask for me.

Yours sincerely,

Mr Imran Qureshi
Head of Science
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="outlook",
    attachments=[("Y8 Reproduction - key vocabulary.pdf", "application/pdf",
                  tiny_pdf(["Year 8 Science - Reproduction: key vocabulary",
                            "penis, testes, scrotum, sperm duct, urethra",
                            "vagina, cervix, uterus, ovary, oviduct",
                            "gamete, sperm cell, egg cell, fertilisation, implantation",
                            "menstruation, menstrual cycle, puberty, hormone",
                            "foetus, placenta, umbilical cord, amniotic fluid"]))])

add("clean", "rse_consultation", "hard: RSE consultation letter to parent (sex education, consent, FGM)",
    S("rse"), [P("ali")], "Relationships and Sex Education - parent consultation", "2024-11-11 10:30",
    """Dear Mr Guardian,

Assalamu alaikum.

We are reviewing our Relationships and Sex Education (RSE) policy this term, and I would like to invite you to a consultation coffee morning on Thursday 28th November at 9:15am in the school library. Shaykha Nadia from the Muslim women's network will join us to talk about how the curriculum fits with Islamic teaching.

Under the Department for Education's statutory guidance:
- Relationships Education and Health Education are compulsory for all pupils;
- parents can ask for their daughter to be withdrawn from the sex education part of RSE (but not from the biology of reproduction in Science) until three terms before she turns 16.

The draft policy is attached. In brief, girls will learn, at an age-appropriate stage:
- what a healthy relationship and a healthy marriage look like, and what consent means;
- that forced marriage and female genital mutilation (FGM) are illegal in the UK and where to get help;
- how to stay safe online, including the law on sharing nude images and the harm that pornography can do;
- in Year 10, about sexual health, sexually transmitted infections and contraception, presented factually and alongside the religious perspectives on sex within marriage.

Everything is taught by female staff in single-sex groups. Many parents told us last year that they were relieved the school covers these topics so carefully, rather than girls finding things out online.

If you cannot attend, please feel free to ring me on 01632 960000 or reply with your comments by 6th December.

JazakAllah khair,

Miss Khadija Ali
PSHE & RSE Lead
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="outlook",
    attachments=[("RSE policy draft 2024.pdf", "application/pdf",
                  tiny_pdf(["Example School - Relationships and Sex Education Policy (DRAFT)",
                            "1. Aims  2. Statutory requirements  3. Right to be excused from sex education",
                            "4. Content by year group  5. Religious perspectives  6. Safeguarding",
                            "Consultation closes 6 December 2024"]))])

add("clean", "tourettes_staff_briefing", "hard: SENCo briefing on a pupil's Tourette's tics, quotes the words [unsure]",
    S("senco"), [X("Year 9 Teachers", "y9teachers@" + DOM)], "Confidential: Y9 pupil with Tourette's - how to respond",
    "2024-10-01 08:05",
    """Dear colleagues,

CONFIDENTIAL - staff only, please do not forward.

As some of you have already noticed, M. in 9Q has recently been diagnosed with Tourette's syndrome. Her motor tics (blinking, shoulder shrugs, head jerks) have been there since primary, but since the summer she has also developed vocal tics, including coprolalia - involuntary swearing. At the moment this is mostly the word "shit", and occasionally "fuck", usually said quietly and often when she is anxious or concentrating hard.

These are tics. She cannot control them and she is mortified by them. Please:

- do not sanction her or give behaviour points for tics;
- do not react, draw attention to them or ask her to stop - it makes them worse;
- if another pupil reacts, deal with that pupil calmly and privately;
- let her use her time-out card to leave the room whenever she needs to (she will go to the SEND base);
- seat her near the door and away from the front.

Her mum has asked that we don't discuss the diagnosis with the class. M. herself may decide to tell her form group later in the year, with Mrs Iqbal's support.

The full support plan is on Provision Map. Thank you for being so kind to her already.

Claire

Claire Ambler
SENCo
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="outlook")

add("clean", "pe_cerebral_palsy", "hard: SEND clinical term 'spastic diplegia' in a PE adaptation note",
    S("senco"), [S("pe")], "PE adaptations for R. in 7B", "2024-09-17 12:55",
    """Hi Zainab,

Following our chat in the corridor - here is the summary from R.'s physiotherapy report, so that we can plan her PE together.

R. has spastic diplegia, which is a form of cerebral palsy affecting mainly her legs. Her muscles are stiff and tight, particularly the hamstrings and calves, and her balance is affected when she turns quickly or gets tired. She walks independently but uses a wheelchair for longer distances, such as the walk to the leisure centre.

The physio's recommendations:
- she should join in with warm-ups, but allow her extra time and a stable place to hold on to for the stretches;
- seated or adapted versions of activities work well - she loved boccia at primary and is keen to try wheelchair basketball;
- avoid long periods of standing still in the cold, as her muscles stiffen;
- she may need to stop and rest without asking - please don't treat it as opting out.

She is a very sociable girl and really doesn't want to be the one sitting on the bench, so anything that keeps her in the game with her friends will mean a lot to her.

Could we meet on Friday with her TA to sort out the netball unit?

Thanks,
Claire""",
    style="outlook")

add("clean", "dsl_disclosure_record", "hard: staff record of concern to DSL quoting a pupil's exact words",
    S("hoy9"), [S("dsl")], "Record of concern - 9Q pupil (disclosure this morning)", "2025-02-11 11:32",
    cc=[S("dep")],
    text="""Farzana,

Logged on CPOMS as well, but sending this so you have it straight away. Staff only.

Time/place: 10:50, Year 9 office, after F. asked to speak to me at break.

What she said (as close to her words as I could write them down straight afterwards):
"My cousin keeps messaging me on Snap. He sent me a picture I didn't want. When I told him to stop he said 'if you tell anyone I'll fucking end you, you slag, everyone will know what you are.'" She said this has been going on "since Eid" and that he is 19 and lives with his parents round the corner from her nani's house.

She showed me the messages on her phone but I did not take the phone or screenshots. She is frightened that her dad will find out and "it will all be my fault".

What I said: I thanked her for telling me, told her it was not her fault, and explained that I would need to pass it on to you to keep her safe. I did not ask leading questions.

She is now in the Year 9 office with Mrs Nawaz. She does not want to go home until she has spoken to someone.

Sadia

Mrs Sadia Iqbal
Head of Year 9 / Deputy DSL""")

add("clean", "dsl_racist_abuse_busstop", "hard: incident report to DSL quoting racist abuse shouted at pupils",
    S("pe"), [S("dsl"), S("head")], "Incident at the Park Row bus stop - Year 7 girls", "2025-03-06 16:10",
    """Farzana, Rukhsana,

Reporting an incident from this afternoon - also on CPOMS.

At about 2:45pm, while I was on bus duty, four Year 7 girls (names on CPOMS) came back into school very upset. They told me that a white man, in his 40s or 50s, with a grey hoodie and a small dog, had walked past the bus stop on Park Row and shouted at them "fucking Pakis, go back to your own country". One girl (A.) says he pulled at the back of her hijab as he walked past. He then went towards the station.

The girls were shaken but not hurt. I sat with them in the PE office and Mrs Begum rang all four families. A.'s mum came to collect her.

I rang 101 at 3:20pm - reference number is on CPOMS. The officer said it would be recorded as a racially and religiously aggravated public order offence and that someone would contact the school tomorrow about CCTV from the shops.

Could we talk about extra staff at the bus stop tomorrow? The girls were asking if he'd come back.

Zainab

Mrs Z. Patel
Head of PE""",
    fmt="alt", style="outlook")

add("clean", "reply_parent_quoted_swearing", "hard: polite reply where the swearing is only in the parent's quoted text",
    S("hoy10"), [P("sam")], "Re: Detention", "2025-01-23 17:45",
    """Dear Sam,

Thank you for your e-mail. I'm sorry that yesterday's detention caused so much upset at home, and I do understand your frustration, especially with the bus times.

Having looked into it, the detention was given because Iqra had missed three homework deadlines in English, not for the pencil case, although I can see why it may have come across that way. That said, I agree that we should have rung you first rather than relying on the planner, and I have spoken to the department about that.

I'd really like to talk to you properly. Would you be able to come in, or would a phone call suit you better? I'm free on Monday after 3:30pm.

Kind regards,

Mrs Nadia Hanif
Head of Year 10
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

On Wed, 22 Jan 2025 at 21:18, Sam Carer <sam.carer@outlook.com> wrote:
> This is absolutely fucking ridiculous. Iqra got a detention today for
> what, a bloody pencil case? She missed the bus and had to walk home in
> the dark. Nobody rang me. Is this how you treat kids now? I want
> someone to call me tomorrow.""",
    fmt="alt", style="gmail", reply_to_id="detention_q")

add("clean", "reply_outlook_quoted_abuse", "hard: polite reply to an abusive parent; abuse only in Outlook quoted block",
    S("maths"), [P("ali")], "RE: Zara maths set", "2025-02-13 08:20",
    """Dear Mr Guardian,

Thank you for your e-mail last night. I understand that the set change has come as a shock, and I'm sorry that Zara heard about it before you did. That shouldn't have happened.

To explain: the move is from Set 2 to Set 3 and is based on her last two assessments. Both sets are entered for the Higher tier paper, so it does not limit the grade she can get. Set 3 is smaller, which means more time with the teacher.

I'd be very happy to meet you and Zara to go through her results and agree a plan. I'm free on Tuesday or Thursday after 3:30pm, or I can ring you - whichever is easiest.

Yours sincerely,

Tariq Mahmood
Head of Maths
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 12 February 2025 22:47
To: Tariq Mahmood <t.mahmood@example-school.org.uk>
Subject: Zara maths set

Moving her down a set in Year 11 is a load of shite. Your department is bloody useless and I want to know who made this decision and why nobody told us. Frankly this is crap and she is in tears.""",
    fmt="alt", style="outlook", reply_to_id="maths_set_q")

add("clean", "behaviour_policy_language", "hard: HoY draft on prejudice-based language in the behaviour policy (staff only) [unsure]",
    S("hoy9"), [X("Pastoral Team", "pastoral@" + DOM)], "Draft - language section of the behaviour policy",
    "2025-04-29 16:40", cc=[S("dep")],
    text="""Hi all,

Ahead of Thursday's pastoral meeting, here is my draft of the new section on language for the behaviour policy. Please add comments in the shared document rather than replying to all.

The main change is to separate general swearing from prejudice-based language, which we've seen more of this year:

- General swearing in lessons or corridors (e.g. "shit", "what the hell") - C2, with a conversation about language. Repeated swearing - C3 and a call home.
- Swearing directed at a member of staff (e.g. telling a teacher to "f*** off") - C4, internal exclusion and a meeting with parents.
- Prejudice-based language - recorded as a prejudice-related incident on CPOMS, whoever it is aimed at. Examples we've had this year: "gay" used as an insult, "retard" and "spaz", and "kafir" shouted at the two Hindu girls in Year 8 on the bus. These are not "banter" and need a restorative conversation as well as a sanction.

I've also added a paragraph saying staff should write down exactly what was said when they log it, rather than "used bad language", because it helps us see patterns.

Sadia""")

add("clean", "food_tech_spotted_dick", "hard: foods - spotted dick, knob of butter, Bakewell tart",
    S("food"), [X("9F Food", "9f-food@" + PUP)], "Ingredients for next week - British puddings", "2025-01-29 12:15",
    """Hi 9F,

Next week's practical is a classic British steamed pudding - spotted dick! We will make it with vegetable suet so that it is suitable for everyone. Please bring, in a named container:

- 150g self-raising flour
- 75g vegetable suet (Atora or a supermarket own brand - check it says vegetable)
- 50g caster sugar
- 100g currants or raisins
- zest of 1 lemon
- 100ml milk
- a knob of butter for greasing the basin

If you forget ingredients you will be doing the written task instead, so please put a reminder on your phone.

The week after, we are making Bakewell tart. The ingredient list for that is on Teams.

Mrs Malik
Food & Nutrition""")

add("clean", "bempton_birds_trip", "hard: birds - great tits, blue tits, shags at Bempton Cliffs",
    S("bio"), [P("jane")], "Eco Club trip to RSPB Bempton Cliffs", "2025-05-15 16:02",
    """Dear Parent/Carer,

Hafsa has put her name down for the Eco Club trip to RSPB Bempton Cliffs on the Yorkshire coast on Saturday 14th June, and I'm writing with the details.

Early summer is the best time of year to visit: the cliffs are home to around half a million seabirds, including gannets, kittiwakes, guillemots, razorbills, fulmars and, if we are lucky, puffins. The rangers say shags have also been nesting at the bottom of the cliffs this year, so bring binoculars if you have them - we have some to lend.

This follows on nicely from our Big Schools' Birdwatch in January, when the club counted blue tits, great tits, a pair of goldfinches and a very bold robin in the school garden.

- Meet at school at 8:00am; back by about 5:30pm
- Cost: free (funded by the Eco Club grant)
- Bring: packed lunch, water, warm layers and a waterproof - it is always windy on the cliff tops
- Staff: Mr Pickles, Miss Choudhry and Mrs Patel

Please return the consent form to me by Friday 6th June.

Best wishes,

Jonathan Pickles
Teacher of Biology & Eco Club lead
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""",
    fmt="alt", style="outlook")

add("clean", "shuttlecock_order", "hard: sports kit - shuttlecocks, balls, bibs order to supplier",
    S("pe"), [X("Schools Sales", "schools@pitchside-sports.example.com")], "Order - Example School PE department",
    "2025-06-30 10:10",
    """Hello,

Please could I place the following order, against your quote Q-55128:

- 12 tubes of feather shuttlecocks (medium speed)
- 6 tubes of nylon shuttlecocks (yellow)
- 10 badminton rackets (junior length)
- 24 size 5 netballs
- 2 sets of netball position bibs (7 per set, red and blue)
- 12 soft cricket balls
- 2 stump sets with bases
- 1 ball pump with spare needles

Please deliver to the main reception, Example School, Park Row, Leeds LS1 4AP, marked for the attention of the PE department. Delivery any weekday before 3pm. Our official order number is PO 24-1422, and the invoice should go to finance@example-school.org.uk.

Thanks,

Mrs Zainab Patel
Head of PE
01632 960000""")

add("clean", "cover_butt_hancock", "hard: surnames Butt and Hancock in cover arrangements",
    S("cover"), [ALLSTAFF], "Cover - Thursday 6th March", "2025-03-05 16:30",
    """Cover for tomorrow, Thursday 6th March:

P1  7B Science (IQ)    - Mrs Butt (TA) with cover supervisor, lab S2
P2  10C Geography (AC) - Mr Rafiq, room H3
P3  8Q Maths (TM)      - Mrs Butt, room M1 - Mr Mahmood is with the governors
P4  9W English (HW)    - Mrs Nawaz, library
P5  11R RE (AR)        - Ms Rahman back from the SACRE meeting for P5

Also tomorrow: Mrs Hancock, our link governor for SEND, is in school from 10am to meet Mrs Ambler and visit lessons. Please make her welcome if she pops into your room.

Mr Hancock (no relation, as he keeps telling me!) from the Trust's estates team is checking the fire doors in the science block during P2 and P3.

Thanks,
Saima
Cover Manager""")

add("clean", "cricket_coach_wankhede", "hard: surname Wankhede (cricket coach) in PE correspondence",
    S("pe"), [X("Priya Wankhede", "p.wankhede@yorkshire-cricket-foundation.example.org")], "Re: Girls' softball cricket sessions",
    "2025-04-24 09:50",
    """Dear Priya,

Thank you so much for your e-mail and for offering us the six-week softball cricket programme. The girls were so excited when I mentioned it in assembly that we already have 34 names!

Thursdays after school would be perfect. As we are a girls' school, could you confirm that the coaches will be female? I know you said that you and Ms Hargreaves would be delivering it, which would be ideal. We can offer the sports hall if it rains and the top field if it's dry.

A few practical things:
- Most of our girls play in long sleeves, tracksuit bottoms and a sports hijab - I assume that's fine for softball cricket?
- Could you bring the stumps and bats? We've just ordered soft balls of our own.
- Would you be able to finish by 4:30pm so that the girls catch the late bus?

If it helps with your planning, I'd love the Year 8 and 9 group to have a go at the festival at the end of the term. Several of them have been following the women's Hundred and are desperate to bowl a maiden over!

Thanks again, Ms Wankhede - I really appreciate it.

Zainab Patel
Head of PE
Example School, Park Row, Leeds LS1 4AP | 01632 960000""",
    fmt="alt", style="gmail")

ARABIC_DIACRITICS = """السلام عليكم Year 10,

Well done for this week's dictation - most of you have really improved your harakat. Here is a reminder of the short vowel marks for the test on Monday:

- fatha (َ ) - a short "a" above the letter, e.g. كَتَبَ kataba (he wrote)
- kasra (ِ ) - a short "i" below the letter, e.g. بِنْت bint (girl)
- damma (ُ ) - a short "u" above the letter, e.g. كُتُب kutub (books)
- sukun (ْ ) - no vowel, e.g. مَدْرَسَة madrasa (school)
- shadda (ّ ) - a doubled letter, e.g. مُدَرِّسَة mudarrisa (female teacher)
- tanween - the double marks at the end of indefinite nouns: كِتَابٌ kitabun

A lot of you are still mixing up the damma and the small waw, so please practise reading the words aloud at home. Your GCSE vocabulary list for the topic "my school" is on Teams - learn the first 30 words.

بارك الله فيكم
Ustadha Siddiqui
"""
add("clean", "arabic_harakat_damma", "hard: Arabic vowel names (damma, fatha, kasra) in a base64 body",
    S("arabic"), [X("Year 10 Arabic", "y10-arabic@" + PUP)], "Harakat test on Monday", "2025-01-16 15:05",
    ARABIC_DIACRITICS, cte="base64", style="gmail")

add("clean", "re_hinduism_kama_hell", "hard: RE vocabulary across faiths (kama, Hell, Holy Ghost, Jahannam)",
    S("re"), [X("Year 9 RE 9R", "9r-re@" + PUP)], "RE homework - beliefs about life after death",
    "2024-11-19 13:25",
    """Assalamu alaikum 9R,

This half term we are comparing what different religions teach about the purpose of life and what happens after death. For homework, please complete the table on the sheet (also on Teams) for Christianity, Hinduism, Islam and Sikhism.

Some reminders from today's lesson:

- Christianity: belief in the resurrection, judgement, Heaven and Hell. Some Christians understand Hell as a place of punishment; others see it as separation from God. Remember the Trinity - Father, Son and Holy Spirit (older Bibles say "Holy Ghost").
- Hinduism: the four aims of life (purusharthas) - dharma (duty), artha (wealth), kama (pleasure and love, within the limits of dharma) and moksha (liberation from samsara, the cycle of rebirth).
- Islam: the Day of Judgement, Jannah and Jahannam, and the belief that Allah is just and merciful.
- Sikhism: mukti, and living as gurmukh rather than manmukh; the five Ks - kesh, kara, kanga, kachera and kirpan.

Use the key words correctly and explain at least one similarity and one difference. Be respectful of every faith in the way you write - remember that we have Sikh and Hindu visitors coming in to talk to you next week.

Ms Rahman
Head of RE""")

add("clean", "titration_practical", "hard: chemistry vocabulary (titration, titre, burette) to Year 11",
    S("chem"), [X("Year 11 Chemistry", "y11-chemistry@" + PUP)], "Required practical - titration recap",
    "2025-04-29 12:48",
    """Year 11,

As promised, here is the recap of the titration required practical before Paper 2.

1. Rinse the burette with the acid, then fill it. Read the meniscus at eye level.
2. Use a pipette and filler to put exactly 25.0 cm3 of sodium hydroxide into a conical flask.
3. Add a few drops of indicator (phenolphthalein goes from pink to colourless).
4. Run in the acid, swirling all the time, and go drop by drop near the end point.
5. Record the volume - this is your titre. Repeat until you have concordant titres (within 0.10 cm3 of each other) and take the mean.

Typical exam questions: why use a white tile, why swirl, why repeat, and how to calculate the concentration from the mean titre. We did a worked example in the lesson - it's on slide 14.

Revision session is Thursday at 3:15pm in S4.

Dr Akram""")

add("clean", "dofe_penistone_walk", "hard: place name Penistone (DofE practice walk)",
    S("dofe"), [P("ali")], "DofE Silver - practice walk from Penistone, Saturday 10th May", "2025-04-24 17:20",
    """Dear Parent/Carer,

Zara's Duke of Edinburgh Silver group will be doing their practice walk on Saturday 10th May. We will take the train to Penistone and walk about 14 km along the Trans Pennine Trail and back through the villages, practising navigation and cooking a hot lunch on the stoves.

- Meet at school: 7:45am (we travel together by minibus to the station)
- Back at school: 5:00pm approximately
- Kit: full DofE kit list (on Teams), including waterproofs, walking boots, a packed lunch and 2 litres of water
- Prayer: we will stop for Dhuhr and Asr; the girls should bring a travel prayer mat if they have one

The walk is led by female staff (Miss Haigh and Mrs Patel) and a female volunteer from the DofE centre. Girls must keep their phones switched on but in their rucksacks, and will carry an emergency card with the school number, 01632 960000.

If the weather forecast is poor, we will decide by 6pm on Friday and text you.

Many thanks,

Rachel Haigh
DofE Coordinator
Example School, Park Row, Leeds LS1 4AP""",
    fmt="alt", style="outlook", subject_enc="B")

add("clean", "careers_cockburn_sussex", "hard: surname Cockburn and Sussex/Middlesex/Essex in careers mail",
    S("careers"), [X("Year 11", "year11@" + PUP)], "Careers - next week's visitor and summer schools",
    "2024-10-10 14:40", cc=[S("hoy11")],
    text="""Hi Year 11,

Two things for your diaries.

1. Ms Penny Cockburn from Future Pathways careers service will be in school on Tuesday and Wednesday next week for one-to-one careers interviews. If you haven't had yours yet, your time is on the list outside the Year 11 office. Ms Cockburn can help with sixth form and college applications, apprenticeships and what A-levels you need for different degrees - please take your questions.

2. Several universities run free summer schools for Year 11 and 12 students, and some of you have asked about places further away. This year there are residential options at the University of Sussex (Brighton), Middlesex University (north London) and the University of Essex (Colchester), as well as the ones closer to home in Leeds, Bradford and Sheffield. Travel is paid for, and most of them have female-only accommodation corridors and halal food on request. The links are on the careers Teams page.

Come and see me in the library at lunch if you want help with an application.

Mrs Javed
Careers Lead""")

add("clean", "macbeth_damned_spot", "hard: set text quotes (Macbeth: damned spot, Hell is murky, bloody)",
    S("eng2"), [X("Year 11 English", "y11-english@" + PUP)], "Macbeth quotations - learn these for Monday",
    "2025-03-26 15:10",
    """Year 11,

Here are the 12 Macbeth quotations we agreed in class. Learn them for Monday's low-stakes quiz, and be ready to explain one technique in each.

1. "Fair is foul, and foul is fair" - the Witches (1.1)
2. "What bloody man is that?" - Duncan (1.2)
3. "Stars, hide your fires; / Let not light see my black and deep desires" - Macbeth (1.4)
4. "Come, you spirits / That tend on mortal thoughts, unsex me here" - Lady Macbeth (1.5)
5. "Look like th'innocent flower, / But be the serpent under't" - Lady Macbeth (1.5)
6. "Is this a dagger which I see before me" - Macbeth (2.1)
7. "O, full of scorpions is my mind, dear wife!" - Macbeth (3.2)
8. "Be bloody, bold, and resolute" - Second Apparition (4.1)
9. "Out, damned spot! out, I say!" - Lady Macbeth (5.1)
10. "Hell is murky" - Lady Macbeth (5.1)
11. "Life's but a walking shadow" - Macbeth (5.5)
12. "this dead butcher and his fiend-like queen" - Malcolm (5.9)

For number 9 and 10, think about what the sleepwalking scene shows us about guilt - and compare it with "A little water clears us of this deed" in Act 2.

Mrs Stansfield""")

INCIDENTS_CSV = ("date,year,pupil_initials,location,category,description_as_recorded,action\r\n"
                 "2025-03-10,9,S.K.,Art room,Defiance,\"Told Miss Clegg to 'piss off' when asked to move seat\",C3 + call home\r\n"
                 "2025-03-10,9,H.A.,Corridor B,Unkind language,\"Called another pupil a 'fat cow' at changeover\",Restorative conversation\r\n"
                 "2025-03-11,9,M.R.,M2,Language,\"Said 'this is shit' about the maths test, not directed at anyone\",C2\r\n"
                 "2025-03-12,9,S.K.,Library,Refusal,Refused to hand in phone,C3\r\n"
                 "2025-03-13,9,N.B.,Dining hall,Prejudice-related,\"Said 'that's so gay' about a pupil's bag - logged on CPOMS\",Restorative + PSHE follow-up\r\n"
                 "2025-03-14,9,Z.H.,Bus bay,Language,\"Shouted 'oh my days, you bitch' at friend - says she was joking\",C2 + conversation\r\n")
add("clean", "behaviour_log_quotes_csv", "hard: weekly behaviour log CSV quoting pupils' words, sent to pastoral staff",
    S("hoy9"), [S("dep"), S("hoy7")], "Y9 behaviour log w/c 10th March", "2025-03-14 15:52",
    """Hi both,

Attached is the Year 9 behaviour export for this week, for Monday's pastoral meeting. Staff only please.

Headlines:
- A much calmer week overall - 23 incidents compared with 41 last week.
- S.K. has two C3s; I'm meeting her mum on Tuesday.
- One prejudice-related incident (the "gay" comment in the dining hall), which is on CPOMS. Miss Ali is going to pick up the language in PSHE next week.
- Swearing is mostly casual, between friends, but still needs picking up - I've copied the staff's wording exactly as they logged it.

Sadia""",
    style="outlook",
    attachments=[("Y9_behaviour_wc_10-03-2025.csv", "text/csv", INCIDENTS_CSV)])

add("clean", "islamophobic_bus_other_school", "hard: report to another school's head quoting Islamophobic abuse [unsure]",
    S("hoy11"), [X("Mr Stephen Walsh", "headteacher@millbeck-academy.example.org")], "Incident on the 4:05 bus - Wednesday 14th May",
    "2025-05-15 09:20", cc=[S("head"), S("dsl")],
    text="""Dear Mr Walsh,

I'm writing, with my Headteacher's agreement, about an incident on the 4:05pm service bus from Park Row yesterday, which I believe involved some of your Year 10 boys.

Three of our Year 10 girls told us this morning that a group of four boys in your uniform sat behind them and, for most of the journey, called them "terrorists" and "ISIS brides", asked whether they had "a bomb under that" and pulled at one girl's headscarf. One of the girls filmed part of it on her phone. She has shown it to me; it clearly shows your school's uniform, and one of the boys says "go on, say Allahu Akbar and blow yourself up".

The girls were very distressed. We have recorded this as a religiously motivated incident and informed their parents. The families have not asked for police involvement at this stage, but would like to know that it is being dealt with.

I would be grateful if we could speak today, and if you could let me know what action your school will take. I'd also welcome the chance to work together on something positive - our girls would be happy to take part in a joint event.

Yours sincerely,

Mrs Razia Shah
Head of Year 11 / Deputy DSL
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000""")

add("clean", "scunthorpe_steel_homework", "hard: place name Scunthorpe (Geography steelworks homework)",
    S("geog"), [X("Year 9 Geography 9G1", "9g1-geography@" + PUP)], "Homework - Scunthorpe steelworks case study",
    "2025-04-14 13:55",
    """Hi 9G1,

You'll probably have seen on the news that the government has stepped in to keep the blast furnaces at the British Steel works in Scunthorpe running. It's a perfect real-life example for our "Changing UK economy" unit, so this week's homework is a short case study.

Read the BBC article and the fact sheet on Teams, then answer:

1. Why was Scunthorpe a good location for steelmaking in the first place? (Think about raw materials - the town was built on local iron ore.)
2. Why has steelmaking declined in the UK since the 1970s?
3. What would happen to the people and businesses of Scunthorpe if the works closed? Use the words multiplier effect and deindustrialisation.
4. Should the government keep the works open? Give your opinion with at least two reasons.

About one page. Due Monday 28th April (after the holidays).

Miss Choudhry""")

add("clean", "web_filter_overblocking", "hard: IT notice on web filter over-blocking (Twatt, Sussex, Middlesex)",
    S("it"), [ALLSTAFF], "Web filter - sites wrongly blocked", "2024-11-05 12:30",
    """Hi all,

A few of you have reported the web filter blocking sites it shouldn't. Since the update on Friday, it has been far too keen on certain letter combinations. So far I've unblocked:

- the University of Sussex and Middlesex University websites (careers lessons)
- a page about Twatt, a village in Orkney, which a Year 9 geography group found while researching Scottish place names
- the Scunthorpe United fixtures page, which someone in the PE office really needed
- a GCSE Bitesize page on "analysing sources", which was blocked for reasons I won't go into

If you find another one, please don't try to get round the filter - e-mail ithelp@example-school.org.uk with the full address and I'll look at it the same day. Please don't ask pupils to use their phones instead.

Thanks,
Dan

Mr Daniel Firth
IT Technician
Example School, Park Row, Leeds LS1 4AP""",
    style="outlook")

# =====================================================================================
# FLAGS (20): 9 plain, 11 disguised
# =====================================================================================

add("flag", "deep_dive_bollocks", "plain: 'bollocks' venting to a colleague about the deep dive",
    S("sci"), [S("chem")], "Re: KS3 curriculum map (again)", "2025-01-16 19:48",
    """Noreen,

Just seen the e-mail from the Trust. Honestly, the whole "deep dive readiness" thing is bollocks. We've rewritten the KS3 map three times since September and every time someone from the Trust comes in they want it in a different format.

I'm not doing a fourth version before half term. I'll send them what we've got with the sequencing rationale on the front and if they don't like it they can come and teach 8Q period 5 on a Friday.

Can we have 20 minutes on Monday to agree the Year 7 practicals though? That bit actually matters.

Imran""",
    style="apple")

add("flag", "photocopier_fucking", "plain: 'fucking' in a short note to the office about the photocopier",
    S("chem"), [S("office")], "Prep room copier", "2025-02-03 08:14", cc=[S("it")],
    text="""The fucking photocopier in the science prep room has jammed again and I've got 90 Year 11 practical sheets to do before period 2. Can someone come up please, or can I send them to the office one?

Noreen""")

add("flag", "supply_agency_twat", "plain: 'twat' about the supply agency rep in an Outlook-quoted reply",
    S("cover"), [S("sbm")], "RE: Supply invoice - Horizon Teaching", "2025-03-12 13:05",
    """Helen,

No, I didn't agree to that rate. Their area manager is an absolute twat. That's the third time this half term he's sent us someone who didn't know what a register was, never mind our prayer timetable, and then he has the nerve to charge the higher day rate.

I've got the e-mails where he quoted \u00a3185 a day - I'll forward them. Please don't pay it until we've spoken to him.

Saima

From: Helen Sutcliffe <h.sutcliffe@example-school.org.uk>
Sent: 12 March 2025 11:41
To: Saima Nawaz <cover@example-school.org.uk>
Subject: Supply invoice - Horizon Teaching

Hi Saima,

Horizon have invoiced us \u00a3215 a day for the English supply teacher last week (5 days). Did you agree that rate with them? The quote I have on file is lower.

Thanks,
Helen""",
    fmt="alt", style="outlook")

add("flag", "pissed_off_to_parent", "plain: 'pissed off' in a teacher's e-mail to a carer",
    S("food"), [P("sam")], "Iqra - Food practicals", "2025-02-12 17:35",
    """Dear Sam,

I'm writing because Iqra has now come to three practical lessons in a row without her ingredients, and each time she has told me that you were going to bring them in.

I'll be honest, I'm pretty pissed off with the whole situation. Practicals are a big part of her GCSE mark, and every time she misses one she falls further behind the others. I also had to find her something to do for an hour while everyone else cooked.

If buying the ingredients is a problem, please just tell me - we have a fund for exactly that, and nobody else needs to know. But I do need to know what is going on.

Regards,

Mrs Malik
Food & Nutrition""",
    fmt="alt", style="outlook")

add("flag", "arse_in_gear_pupil", "plain: 'get your arse' in a teacher's e-mail to a Year 11 pupil [unsure]",
    S("hist"), [PU("20smahmood", "Sana Mahmood")], "Coursework sources", "2025-03-18 11:50",
    """Sana,

Get your arse down to H4 at lunchtime and finish the Whitechapel source questions. That's the third lunchtime you've "forgotten" and the deadline is Friday.

Mr Anwar""")

add("flag", "fwd_complaint_bitch", "plain slur (gender): calls a parent a 'bitch' when forwarding her complaint",
    S("hoy9"), [S("dep")], "FW: Complaint about Hafsa's detention", "2025-02-20 16:58",
    """Farzana,

Here we go again. This woman is an absolute bitch. She's now cc'd the governors and is threatening to go to the local paper over a 20 minute detention. Can you deal with her? I genuinely can't face another phone call with her this week.

S

From: Jane Parent <jane.parent@gmail.com>
Sent: 20 February 2025 15:20
To: Sadia Iqbal <s.iqbal@example-school.org.uk>
Cc: Governors <governors@example-school.org.uk>
Subject: Complaint about Hafsa's detention

Dear Mrs Iqbal,

I would like to make a formal complaint about the detention Hafsa was given on Tuesday. She was not told why she had it and she was kept until 4pm without us being informed. She has a long walk home and it was getting dark.

I would like a meeting with you and the Headteacher as soon as possible.

Regards,
Jane Parent""",
    fmt="alt", style="outlook")

add("flag", "set5_retards", "plain slur (disability): calls a low-attaining class 'retards'",
    S("maths"), [S("maths2")], "Y9 set 5", "2025-01-10 16:41",
    """Adeel,

I know you wanted 9M5 next half term but I'm not sure it's a favour. I had them P5 today. Honestly half of them are retards, I couldn't get them past column addition in an hour. Can we talk on Monday about putting them on the Numeracy Ninjas programme instead of the scheme?

T""",
    style="apple")

add("flag", "rse_speaker_poof", "plain slur (sexual orientation): mocks a visiting speaker as a 'poof'",
    S("exams"), [S("it")], "lol", "2025-03-24 12:20",
    """Did you see the drama bloke who came in for the Year 10 healthy relationships workshop? Total poof. Minced into the hall with a rainbow lanyard and a man bag. The girls couldn't stop giggling. I bet he won't be booked again once the governors hear.

Anyway are you coming to the canteen or not""",
    style="outlook")

MARKBOOK_CSV = ("initials,target,mock_nov,mock_feb,comment\r\n"
                "A.B.,5,3,4,\"Tries hard, needs to show working\"\r\n"
                "F.H.,4,2,2,\"Lazy cow, can't be arsed with homework\"\r\n"
                "K.M.,5,4,5,\"Good progress since Jan\"\r\n"
                "N.S.,4,3,3,\"Thick as shit but polite\"\r\n"
                "R.Q.,6,4,5,\"Coasting\"\r\n"
                "S.A.,5,2,3,\"Gobby, takes the piss out of supply staff\"\r\n"
                "U.R.,4,3,4,\"Quiet, attends revision\"\r\n")
add("flag", "markbook_comments_csv", "plain: swearing in the teacher's own comments in a CSV attachment",
    S("maths2"), [S("maths")], "Y10 set 4 data for intervention meeting", "2025-03-03 15:40",
    """Hi Tariq,

Attached is the Y10 set 4 data for Thursday's intervention meeting - targets and both mocks, plus my comments. The two I'm most worried about are F.H. and S.A., both down on target by two grades.

Let me know if you want it in the department template instead.

Adeel""",
    style="outlook",
    attachments=[("Y10_set4_mocks.csv", "text/csv", MARKBOOK_CSV)])

# ---------------------------------------------------------------- disguised

add("flag", "asterisk_pissing_pupil", "disguised (asterisk mask): 'p*ssing about', 'sh*t' in e-mail to a pupil",
    S("eng2"), [PU("20hakhtar", "Humaira Akhtar")], "Your essay", "2025-03-20 13:15",
    """Humaira,

I'm not going to chase you again. Stop p*ssing about and send me the Inspector Calls essay by 4pm today, or you will be in detention with me on Friday.

And please don't tell me the laptop ate it. That excuse was sh*t the first time.

Mrs Stansfield""")

add("flag", "leet_repeated_exam_laptops", "disguised (leetspeak + repeated letters): 'fuuuuuck', 'sh1t', 'b0ll0cks'",
    S("it"), [S("exams")], "exam laptops", "2025-05-09 17:02",
    """Gareth

fuuuuuck. Just checked the access arrangements laptops for Monday and 6 of the 14 haven't taken the update, so the spellcheck lockdown isn't on. sh1t is going to hit the fan if the board find out we've had them with spellcheck.

I'll stay late and do them by hand but honestly what a load of b0ll0cks, I was told they'd all been done last week

Dan""")

add("flag", "spaced_letters_parking", "disguised (letters separated by dots/spaces): 'c.u.n.t', 'w a n k e r'",
    S("hoy11"), [S("hoy9")], "this morning", "2025-02-26 09:05",
    """Sadia did you see him?? The bloke in the white Audi parked across the bus bay AGAIN and when I asked him to move he told me to mind my own business and wound his window up. Absolute c.u.n.t. Kevin's got his reg.

Girls were having to squeeze past his car into the road. What a w a n k e r.

Anyway. Coffee at break? x""",
    style="apple")

add("flag", "cyrillic_trust_marking", "disguised (Cyrillic homoglyphs): bollocks and twat written with Cyrillic o and a",
    S("hist"), [S("maths2")], "Trust marking policy", "2025-01-29 21:10",
    """Adeel,

Have you read the Trust's new marking policy? Green pen for "feed forward", purple for pupil response, a stamp for verbal feedback. It's b\u043ell\u043ecks, all of it. The consultant who wrote it hasn't taught a lesson in fifteen years and it shows.

And the tw\u0430t wants us to evidence it in every book by the end of February.

Rant over. See you tomorrow.

Bilal""",
    cte="quoted-printable")

add("flag", "greek_homoglyph_traveller_slur", "disguised slur (race): pikeys/gyppos about Travellers, with a Greek rho and a Cyrillic u",
    S("sbm"), [S("site")], "Back field", "2025-04-02 10:12",
    """Kevin,

The \u03c1ikeys are back on the land behind the top field - the council say it's not our land so they can't move them for at least a week. Can you check the fence panels and put the padlock on the field gate? Last time the g\u0443ppos were there we lost the football goals and half the lead off the shed roof.

Also please make sure the minibus keys aren't left in the site office.

Helen""",
    cte="8bit", fmt="alt", style="outlook")

add("flag", "fullwidth_dofe_tents", "disguised (full-width letters): fuck and shite in full-width forms, about DofE kit",
    S("dofe"), [S("bio")], "DofE kit store", "2025-05-12 08:40",
    """Jonathan,

Who the \uff46\uff55\uff43\uff4b put the tents away wet after Saturday?! I've just opened the kit store and two of them are black with mould and smell like \uff53\uff48\uff49\uff54\uff45. That's \u00a3400 of tents.

Can you ask your group at registration? We need to know before the Bronze qualifying in June.

Rachel""",
    cte="8bit", fmt="alt", style="gmail")

ZW_TEXT = """Farzana,

The LA have lost Hafsa's EHCP paperwork AGAIN. That's the annual review we held in April, all the reports, the lot. Useless wan\u200bkers. They've now told me the deadline was "missed by the school", which is complete bull\u200dshit, I've got the e-mail where they acknowledged receiving it.

I'm going to escalate it to the SEND team manager. Can you back me up if they ring you?

Claire"""
add("flag", "zero_width_ehcp", "disguised (zero-width space/joiner inside wankers and bullshit), text+HTML",
    S("senco"), [S("dep")], "LA and the EHCP - again", "2025-05-07 16:20",
    ZW_TEXT, fmt="alt", style="outlook")

HTML_SPLIT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<div>Dan,</div>
<div><br></div>
<div>The access arrangements spreadsheet from the SENCo is a total <b>sh</b><span style="color:#c00000">it</span>show. Half the girls on it haven't been assessed and two of them left last year.</div>
<div><br></div>
<div>If the JCQ inspector asks to see it on Thursday I am &#102;&#117;&#99;&#107;ed. Can you at least lock the laptops down to the names I've highlighted?</div>
<div><br></div>
<div>Also the <i>bol</i>locks about needing a &quot;separate invigilator log&quot; - that's new, isn't it?</div>
<div><br></div>
<div>G</div>
<div>--</div>
<div>Gareth Holmes | Exams Officer | Example School | 01632 960000</div>
</body></html>
"""
add("flag", "html_split_access_arrangements", "disguised (HTML tags and numeric entities split the words), HTML-only",
    S("exams"), [S("it")], "access arrangements list", "2025-05-13 14:35",
    fmt="html", html_body=HTML_SPLIT, html_cte="quoted-printable", style="outlook")

QP_SOFTBREAK = (
    "Helen,\n"
    "\n"
    "Just so you know before you hear it from the cleaners - some absolute bas=\n"
    "tard has fly-tipped a load of old kitchen units against the back gate on =\n"
    "Carlisle Road again, so the minibus can't get out for the swimming run at =\n"
    "10.\n"
    "\n"
    "I've rung the council. They say 5 working days. I'll move what I can with =\n"
    "the caretakers but there's a fridge in there as well. Same arseho=\n"
    "le as last time I reckon, the van was on the CCTV at 5am.\n"
    "\n"
    "Kevin\n"
    "Site Manager\n"
)
add("flag", "qp_softbreak_flytipping", "disguised (quoted-printable soft line breaks inside 'bastard' and 'arsehole')",
    S("site"), [S("sbm")], "Back gate", "2025-06-04 07:48",
    part=raw_leaf('text/plain; charset="utf-8"', "quoted-printable", QP_SOFTBREAK), style="apple")

B64_TEXT = """Maryam,

I'm so pissed off with the exam board. They've sent the wrong Urdu speaking cards AGAIN \u2013 Higher tier cards in the Foundation pack \u2013 and nobody on the phone line can tell me what to do. Three weeks before the window closes. What a shit show.

\u0645\u06cc\u06ba \u0628\u06c1\u062a \u062a\u06be\u06a9 \u06af\u0626\u06cc \u06c1\u0648\u06ba\u06d4

I'll ring them again tomorrow at 8 sharp. If you have a minute at lunch can you look at what they sent and tell me if I'm going mad?

Yasmin"""
add("flag", "base64_urdu_exam_board", "disguised (base64 body): 'pissed off', 'shit show' in a staff vent",
    S("urdu"), [S("arabic")], "Speaking cards", "2025-04-09 16:55",
    B64_TEXT, cte="base64", style="gmail")

add("flag", "rfc2047_subject_reports", "disguised (RFC 2047 encoded subject): swearing only in the Subject header",
    S("art"), [S("dofe")], "Re: Y10 reports \u2013 what a fucking shambles", "2025-03-27 18:22",
    """Ignore my last message, long day. The deadline is Monday, not Friday, so we're fine.

Can you send me the comment bank template again though? Mine has disappeared off the shared drive.

Sophie""",
    subject_enc="B", style="gmail")



# =====================================================================================
# output
# =====================================================================================
README = """# Round 32 hold-out corpus - obscene-language

**Blind test data. Never use it for tuning.** These messages were written without looking at
mailguard's code, rules, tests, README or docs, and without running mailguard. If a rule is changed
because one of these files failed, the file stops being a blind test: write a new round instead.

## What it is

{total} outgoing e-mail messages (`.eml`, RFC 5322 / MIME) from staff of a fictional Islamic girls'
secondary school (ages 11-16) serving families in Bradford, labelled by the intent of the school's
policy on electronic communication: staff must not use obscene language or swear words, nor make
offensive comments on grounds of gender, race, disability, age, religion or sexual orientation.

- `expected = flag`: the staff author's **own** words (subject, body or a text attachment) contain
  swearing or a slur - plainly, or disguised.
- `expected = clean`: everyday school mail, and hard negatives that a naive word filter would wrongly
  flag.

All people, addresses and organisations are invented. Staff are at `example-school.org.uk`, pupils at
`pupils.example-school.org.uk`; the only parents are the three in `directory/parents.csv`; outside
organisations use example.com / example.org / example.net; phone numbers are the school's own
(01632 960000) or from Ofcom's drama ranges.

## Counts

| expected | count | of which |
|---|---|---|
| flag | {flags} | {plain} plain, {disg} disguised |
| clean | {cleans} | 30 everyday, 30 hard negatives |
| total | {total} | |

## Files

- `NNN_<flag|clean>_<slug>.eml` - the messages (order shuffled with a fixed seed).
- `labels.csv` - `file,expected,sender,recipients,note`. `sender` is the envelope sender (the staff
  From address); `recipients` are the To and Cc addresses separated by single spaces. Judgement
  calls are marked `[unsure]` in the note.

## How it was made and how to regenerate

Written by hand as a Python 3.11 standard-library generator, `../make_round32_obscene.py`.
It builds the raw MIME text itself (fixed dates, Message-IDs and boundaries), so it is deterministic:

    python3 tests/holdout/round32/make_round32_obscene.py

rewrites this directory byte-for-byte and then checks that every file parses with
`email.message_from_bytes(..., policy=email.policy.default)` and agrees with `labels.csv`.

## Kinds of case

Flags:
- plain swearing by staff in casual staff-to-staff venting (bollocks, fucking, twat, arse, shit...),
  in an Outlook-quoted reply and in a forward whose quoted part is harmless;
- swearing in mail to a carer and to a pupil;
- slurs by staff: gender ("bitch" about a parent), disability ("retards" about a class), sexual
  orientation ("poof" about a visitor), race (slurs about Travellers, disguised);
- swearing only in a CSV attachment (a markbook comments column);
- disguised: asterisk masks, leetspeak with repeated letters, letters split by dots/spaces,
  Cyrillic and Greek homoglyphs, full-width letters, zero-width characters, words split by HTML
  tags and numeric entities (HTML-only), quoted-printable soft line breaks inside the word, a
  base64 body, and swearing only in an RFC 2047 encoded Subject.

Clean, everyday (30): Ramadan timetable, iftar invitation, Eid closure, madrasa clashes, attendance,
homework, trips, reports, SEND review, catering and invoices, newsletters, Urdu and Arabic text,
WhatsApp/phone preferences, staff briefings and minutes.

Clean, hard negatives (30):
- place names: Cockermouth, Clitheroe, Penistone, Scunthorpe, Twatt, Sussex/Middlesex/Essex;
- surnames: Dickens, Butt, Hancock, Wankhede, Cockburn, Clitherow, Dick Turpin;
- foods (spotted dick, a knob of butter), birds (great tits, shags), sports kit (shuttlecocks, balls);
- subject vocabulary: "bastard feudalism", titration, reproduction vocabulary, RE across faiths
  (kama, Hell, Holy Ghost), Arabic vowel names (damma), Macbeth and Romeo and Juliet quotations;
- RSE consultation letter; SEND terms (Tourette's coprolalia, spastic diplegia);
- staff-only safeguarding records, incident reports and a behaviour log that quote exactly what a
  pupil said or what was shouted at pupils; a report to another school quoting abuse;
- polite replies where the swearing is only in the parent's quoted message (Gmail `>` quoting and
  an Outlook "From/Sent/To/Subject" block);
- a behaviour-policy draft listing the words that count as prejudice-based language;
- an IT notice about the web filter over-blocking place names.
"""


def write_all():
    msgs = list(MESSAGES)
    n_flag = sum(m["label"] == "flag" for m in msgs)
    n_clean = sum(m["label"] == "clean" for m in msgs)
    assert (n_flag, n_clean) == (20, 60), (n_flag, n_clean)
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    random.Random(32).shuffle(msgs)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(render(m))
        rows.append([name, m["label"], m["frm"][1], recipients(m), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    plain = sum(1 for m in msgs if m["label"] == "flag" and m["note"].startswith("plain"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README.format(total=len(msgs), flags=n_flag, cleans=n_clean, plain=plain,
                               disg=n_flag - plain))
    return rows


def check(rows):
    import email
    import email.policy
    from email.utils import getaddresses
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r[0] for r in rows), "labels and files differ"
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8", newline="") as fh:
        lab = list(csv.DictReader(fh))
    assert [r["file"] for r in lab] == [r[0] for r in rows]
    for r in lab:
        raw = open(os.path.join(OUT, r["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert r["expected"] in ("flag", "clean") and f"_{r['expected']}_" in r["file"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (r["file"], h)
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == r["sender"] and frm.endswith("@" + DOM), (r["file"], frm)
        rc = [a for _, a in getaddresses([str(v) for v in (msg.get_all("To", []) + msg.get_all("Cc", []))])]
        assert " ".join(rc) == r["recipients"], (r["file"], rc, r["recipients"])
        # every text part decodes
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                continue
            c = part.get_content()
            assert c is not None
        assert not msg.defects, (r["file"], msg.defects)
    # raw quoted-printable line lengths
    for line in QP_SOFTBREAK.split("\n"):
        assert len(line) <= 76, line
    dec = quopri.decodestring(QP_SOFTBREAK.encode()).decode()
    assert "bastard" in dec and "arsehole" in dec
    return len(lab)


if __name__ == "__main__":
    rows = write_all()
    n = check(rows)
    print(f"wrote and checked {n} messages in {OUT}")
