#!/usr/bin/env python3
"""Generate the round 32 blind hold-out corpus for the personal-address-to-parent module.

Setting: an Islamic girls' secondary school (11-16), families in and around Bradford.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round32/personal-address-to-parent/ next to this script.

Python 3.11 standard library only. Deterministic: fixed dates, Message-IDs and MIME
boundaries, so running it twice gives byte-identical files.

BLIND corpus: written without reading the filter's code, rules or tests. Never tune on it.
"""

import base64
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import quopri
import zipfile
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"
SCHOOL_ADDR = "Example School, Park Row, Leeds LS1 4AP"
SCHOOL_TEL = "01632 960000"

# --------------------------------------------------------------------------- people

STAFF = {
    # key: (display name in From, formal name for signature, address, role)
    "fh": ("Farzana Hussain", "Mrs Farzana Hussain", "f.hussain", "Head of Year 9"),
    "ra": ("Rukhsana Akhtar", "Ms Rukhsana Akhtar", "r.akhtar", "Teacher of Urdu"),
    "iq": ("Imran Qureshi", "Mr Imran Qureshi", "i.qureshi", "Head of Arabic"),
    "att": ("Attendance Office", "Mrs Sadia Malik", "attendance", "Attendance Officer"),
    "hw": ("Hannah Whitworth", "Miss Hannah Whitworth", "h.whitworth", "Teacher of Science (Chemistry)"),
    "dsl": ("Nasreen Begum", "Mrs Nasreen Begum", "dsl", "Designated Safeguarding Lead"),
    "cp": ("Claire Pickersgill", "Mrs Claire Pickersgill", "c.pickersgill", "School Business Manager"),
    "ar": ("Ayesha Rafiq", "Mrs Ayesha Rafiq", "a.rafiq", "Head of Religious Education"),
    "lc": ("Laila Chaudhry", "Miss Laila Chaudhry", "l.chaudhry", "Teacher of PE"),
    "off": ("Example School Office", "Mrs Shabana Iqbal", "office", "School Office Manager"),
    "jt": ("Joanne Thackray", "Ms Joanne Thackray", "j.thackray", "SENCo"),
    "hs": ("Humaira Siddiqui", "Mrs Humaira Siddiqui", "headteacher", "Headteacher"),
    "mz": ("Mariam Zafar", "Miss Mariam Zafar", "m.zafar", "Teacher of English"),
    "ka": ("Kulsoom Ahmed", "Mrs Kulsoom Ahmed", "k.ahmed", "Teacher of Mathematics"),
    "ex": ("Exams Office", "Mr David Ellison", "exams", "Exams Officer"),
    "ur": ("Uzma Rashid", "Mrs Uzma Rashid", "u.rashid", "Head of Year 7 and Charity Week Lead"),
    "sp": ("Safiya Patel", "Miss Safiya Patel", "s.patel", "Teacher of Geography / Educational Visits Coordinator"),
    "rh": ("Rebecca Holroyd", "Mrs Rebecca Holroyd", "r.holroyd", "Deputy Headteacher"),
    "ab": ("Amina Bashir", "Mrs Amina Bashir", "a.bashir", "Learning Mentor"),
    "it": ("IT Support", "Mr Yusuf Khan", "itsupport", "Network Manager"),
    "tn": ("Tahira Nawaz", "Mrs Tahira Nawaz", "t.nawaz", "Teacher of Food & Nutrition"),
    "lib": ("Library", "Mrs Gillian Sutcliffe", "library", "Librarian"),
    "car": ("Careers", "Mrs Rabia Saleem", "careers", "Careers Leader"),
    "hr": ("HR", "Mrs Pauline Firth", "hr", "HR Officer"),
    "sj": ("Sumaira Javed", "Ms Sumaira Javed", "s.javed", "Head of Year 11"),
    "nh": ("Nighat Hameed", "Mrs Nighat Hameed", "n.hameed", "Head of Year 8"),
    "ah": ("Aneesa Hanif", "Miss Aneesa Hanif", "a.hanif", "Form Tutor 7H / Teacher of Science"),
    "bo": ("Adam Booth", "Mr Adam Booth", "a.booth", "Teacher of Physics"),
    "rs": ("Rizwana Shah", "Mrs Rizwana Shah", "r.shah", "Teaching Assistant"),
    "na": ("Nadia Aslam", "Miss Nadia Aslam", "n.aslam", "Teacher of History"),
    "sm": ("Saima Mir", "Mrs Saima Mir", "s.mir", "Teacher of Art"),
    "bl": ("Bushra Latif", "Mrs Bushra Latif", "b.latif", "EAL Teaching Assistant"),
    "mo": ("Margaret Oldroyd", "Mrs Margaret Oldroyd", "m.oldroyd", "Teacher of Music"),
    "hsd": ("Huda Saeed", "Miss Huda Saeed", "h.saeed", "Teacher of Arabic"),
    "fy": ("Farhat Yousaf", "Mrs Farhat Yousaf", "f.yousaf", "Teacher of Textiles"),
    "hr2": ("Hamza Rauf", "Mr Hamza Rauf", "h.rauf", "Teacher of Mathematics"),
    "ba": ("Bilal Anwar", "Mr Bilal Anwar", "b.anwar", "Teacher of Computing"),
}


def saddr(key):
    return STAFF[key][2] + "@" + SCHOOL


NAMES = {
    "jane.parent@gmail.com": "Jane Parent",
    "sam.carer@outlook.com": "Sam Carer",
    "ali.guardian@btinternet.com": "Ali Guardian",
    "allstaff@" + SCHOOL: "All Staff",
    "teaching@" + SCHOOL: "Teaching Staff",
    "year11team@" + SCHOOL: "Year 11 Team",
    "re.dept@" + SCHOOL: "RE Department",
    "kitchen@" + SCHOOL: "Kitchen",
}
for _k, (_d, _f, _a, _r) in STAFF.items():
    NAMES[_a + "@" + SCHOOL] = _d

PUPIL_LIST = {
    # Year 11 = 20, Year 10 = 21, Year 9 = 22, Year 8 = 23, Year 7 = 24
    "20zhussain": "Zainab Hussain",
    "20hali": "Hafsa Ali",
    "20imahmood": "Iqra Mahmood",
    "20ssiddique": "Sana Siddique",
    "21mkhan": "Maryam Khan",
    "21ajaved": "Aisha Javed",
    "21hnadeem": "Halima Nadeem",
    "21rbhatti": "Rumaysa Bhatti",
    "22fraza": "Fatima Raza",
    "22kahmed": "Khadija Ahmed",
    "22amunir": "Alisha Munir",
    "22ytariq": "Yusra Tariq",
    "22lchoudhry": "Laiba Choudhry",
    "23sbutt": "Sumayyah Butt",
    "23nanwar": "Noor Anwar",
    "23hsadiq": "Hiba Sadiq",
    "23mkaur": "Manpreet Kaur",
    "24esheikh": "Eman Sheikh",
    "24rmirza": "Ruqayyah Mirza",
    "24zakram": "Zoya Akram",
}
for _u, _n in PUPIL_LIST.items():
    NAMES[_u + "@" + PUPILS] = _n


def P(user):
    return user + "@" + PUPILS


JANE = "jane.parent@gmail.com"
SAM = "sam.carer@outlook.com"
ALI = "ali.guardian@btinternet.com"
PARENTS = [JANE, SAM, ALI]

# --------------------------------------------------------------------------- signatures


def sig(key, style="full", extra=None):
    disp, formal, local, role = STAFF[key]
    mail = local + "@" + SCHOOL
    if style == "full":
        lines = [formal, role, SCHOOL_ADDR, "Tel: " + SCHOOL_TEL + " | " + mail]
    elif style == "pipe":
        lines = [formal + " | " + role, "Example School | Park Row | Leeds | LS1 4AP",
                 "T 01632 960000 | W www.example-school.org.uk"]
    elif style == "short":
        lines = [formal, role]
    elif style == "name":
        lines = [disp.split()[0]]
    elif style == "office":
        lines = [formal, role, "Example School", "Park Row, Leeds LS1 4AP",
                 "Telephone: 01632 960000", "office@example-school.org.uk"]
    else:
        raise ValueError(style)
    if extra:
        lines += extra
    return "\n".join(lines)


DISCLAIMER = ("This e-mail and any attachments are confidential and intended only for the "
              "addressee. If you have received it in error please tell the sender and delete it. "
              "Example School, Park Row, Leeds LS1 4AP.")

# --------------------------------------------------------------------------- MIME helpers


def when(y, mo, d, h, mi, s=0):
    # UK local time: BST from 30 March 2025 01:00 UTC to 26 October 2025
    naive = dt.datetime(y, mo, d, h, mi, s)
    bst = dt.datetime(2025, 3, 30, 2, 0) <= naive < dt.datetime(2025, 10, 26, 2, 0)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return naive.replace(tzinfo=tz)


def on_wrote(d, name, addr):
    # Gmail / Apple style attribution line
    return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
        d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.hour, d.minute, name, addr)


def outlook_block(d, frm, to, subject, cc=None):
    lines = ["From: " + frm,
             "Sent: %s %02d %s %d %02d:%02d" % (d.strftime("%A"), d.day, d.strftime("%B"),
                                                 d.year, d.hour, d.minute),
             "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subject)
    return "\n".join(lines)


def quote(text):
    out = []
    for line in text.split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out)


def h8(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def encode_body(data: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte in ("7bit", "8bit"):
        return data.decode("utf-8")
    raise ValueError(cte)


def text_part(text, subtype="plain", cte=None, flowed=False):
    data = text.encode("utf-8")
    if cte is None:
        if subtype == "html":
            cte = "quoted-printable"
        else:
            try:
                text.encode("ascii")
                cte = "7bit" if max(len(x) for x in text.split("\n")) < 900 else "quoted-printable"
            except UnicodeEncodeError:
                cte = "quoted-printable"
    ctype = 'Content-Type: text/%s; charset="utf-8"' % subtype
    if flowed:
        ctype = "Content-Type: text/plain; charset=utf-8; format=flowed"
    return ([ctype, "Content-Transfer-Encoding: " + cte], encode_body(data, cte))


def attach_part(filename, ctype, data: bytes, cte="base64", inline=False, params=""):
    disp = "inline" if inline else "attachment"
    headers = ['Content-Type: %s; name="%s"%s' % (ctype, filename, params),
               'Content-Disposition: %s; filename="%s"' % (disp, filename),
               "Content-Transfer-Encoding: " + cte]
    return (headers, encode_body(data, cte))


def multipart(subtype, parts, boundary, preamble=True):
    headers = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)]
    body = "This is a multi-part message in MIME format.\n" if preamble else ""
    for ph, pb in parts:
        body += "\n--%s\n%s\n\n%s" % (boundary, "\n".join(ph), pb.rstrip("\n") + "\n")
    body += "\n--%s--\n" % boundary
    return (headers, body)


def fmt_addr(addr):
    name = NAMES.get(addr)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def fmt_addr_list(addrs):
    return ",\n ".join(fmt_addr(a) for a in addrs)


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


# --------------------------------------------------------------------------- HTML flavours


def _para_html(block):
    return "<br>\n".join(htmlmod.escape(line, quote=False) for line in block.split("\n"))


def to_html(text, flavour="outlook"):
    """Turn a plain body into the HTML a mail client would send alongside it."""
    blocks, quoted, cur = [], [], []
    # group quoted (>) lines into blockquotes
    segments = []
    for line in text.split("\n"):
        is_q = line.startswith(">")
        if segments and segments[-1][0] == is_q:
            segments[-1][1].append(line)
        else:
            segments.append((is_q, [line]))
    out = []
    for is_q, lines in segments:
        if is_q:
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith("> ") or l == ">" else l[1:] for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + to_html_body(inner, flavour) + "</blockquote>")
        else:
            out.append(to_html_body("\n".join(lines), flavour))
    body = "\n".join(out)
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    if flavour == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    return "<html><body>\n" + body + "\n</body></html>\n"


def to_html_body(text, flavour):
    paras = [p for p in text.split("\n\n") if p.strip() != ""]
    if flavour == "outlook":
        return "\n".join('<p class="MsoNormal">%s</p>\n<p class="MsoNormal">&nbsp;</p>' % _para_html(p)
                         for p in paras)
    if flavour == "gmail":
        return "<br>".join("<div>%s</div>" % _para_html(p) for p in paras)
    return "\n".join("<p>%s</p>" % _para_html(p) for p in paras)


# --------------------------------------------------------------------------- attachments


def make_pdf(title, lines):
    """A small but valid one-page PDF with some text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 14 Tf 56 790 Td (%s) Tj ET\n" % esc(title)
    y = 760
    for line in lines:
        content += "BT /F1 10 Tf 56 %d Td (%s) Tj ET\n" % (y, esc(line))
        y -= 16
    content_b = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content_b)).encode() + b" >>\nstream\n" + content_b + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def make_docx(paragraphs):
    """A minimal .docx (zip with fixed timestamps, so it is reproducible)."""
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(p)
                   for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>" + body + "</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# --------------------------------------------------------------------------- message builder

MESSAGES = []


def M(label, slug, note, frm, to, subject, date, body=None, html=None, fmt="plain", cc=(),
      reply_to=None, attachments=(), cte=None, html_cte=None, flavour="outlook",
      in_reply_to=None, extra=(), mailer=None, flowed=False, from_name=None):
    assert label in ("flag", "clean")
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, html=html, fmt=fmt,
                         reply_to=reply_to, attachments=list(attachments), cte=cte,
                         html_cte=html_cte, flavour=flavour, in_reply_to=in_reply_to,
                         extra=list(extra), mailer=mailer, flowed=flowed, from_name=from_name))


def render(n, m):
    key = "%03d_%s" % (n, m["slug"])
    frm_addr = saddr(m["frm"])
    frm_name = m["from_name"] or STAFF[m["frm"]][0]
    try:
        frm_name.encode("ascii")
        from_h = formataddr((frm_name, frm_addr))
    except UnicodeEncodeError:
        from_h = formataddr((frm_name, frm_addr), charset="utf-8")
    msgid = "<%s.%s@%s>" % (m["date"].strftime("%Y%m%d%H%M%S"), h8("r32p" + key, 16), SCHOOL)
    hdr = ["From: " + from_h, "To: " + fmt_addr_list(m["to"])]
    if m["cc"]:
        hdr.append("Cc: " + fmt_addr_list(m["cc"]))
    if m["reply_to"]:
        hdr.append("Reply-To: " + m["reply_to"])
    hdr.append("Subject: " + enc_subject(m["subject"]))
    hdr.append("Date: " + format_datetime(m["date"]))
    hdr.append("Message-ID: " + msgid)
    if m["in_reply_to"]:
        hdr.append("In-Reply-To: " + m["in_reply_to"])
        hdr.append("References: " + m["in_reply_to"])
    mailer = m["mailer"]
    if mailer is None:
        mailer = "outlook" if m["flavour"] == "outlook" else None
    if mailer == "outlook":
        hdr.append("X-Mailer: Microsoft Outlook 16.0")
        hdr.append("Content-Language: en-GB")
    elif mailer == "iphone":
        hdr.append("X-Mailer: iPhone Mail (21E236)")
    hdr.extend(m["extra"])
    hdr.append("MIME-Version: 1.0")

    # body
    fmt = m["fmt"]
    b1 = "----=_NextPart_%s_%s" % (h8(key + "a", 4).upper(), h8(key + "b", 8).upper())
    b2 = "----=_NextPart_%s_%s" % (h8(key + "c", 4).upper(), h8(key + "d", 8).upper())
    if m["flavour"] == "gmail":
        b1 = "0000000000" + h8(key + "a", 16)
        b2 = "0000000000" + h8(key + "c", 16)
    if mailer == "iphone":
        u1, u2 = h8(key + "a", 32).upper(), h8(key + "c", 32).upper()
        b1 = "Apple-Mail-%s-%s-%s-%s-%s" % (u1[:8], u1[8:12], u1[12:16], u1[16:20], u1[20:32])
        b2 = "Apple-Mail-%s-%s-%s-%s-%s" % (u2[:8], u2[8:12], u2[12:16], u2[16:20], u2[20:32])
    if fmt == "plain":
        content = text_part(m["body"], "plain", m["cte"], m["flowed"])
    elif fmt == "html":
        content = text_part(m["html"], "html", m["html_cte"] or m["cte"])
    elif fmt == "alt":
        html = m["html"] if m["html"] is not None else to_html(m["body"], m["flavour"])
        content = multipart("alternative", [text_part(m["body"], "plain", m["cte"], m["flowed"]),
                                            text_part(html, "html", m["html_cte"])],
                            b2 if m["attachments"] else b1, preamble=not m["attachments"])
    else:
        raise ValueError(fmt)
    if m["attachments"]:
        parts = [content] + [attach_part(*a) if isinstance(a, tuple) else attach_part(**a)
                             for a in m["attachments"]]
        content = multipart("mixed", parts, b1)
    ch, cb = content
    raw = "\n".join(hdr + ch) + "\n\n" + cb
    return raw.encode("utf-8")


def recipients(m):
    return " ".join(m["to"] + m["cc"])


# =========================================================================== the messages
# Numbering follows the order of the M(...) calls below.

# 001
M("clean", "ramadan_timings", "everyday: Ramadan shortened day letter to parents", "hs", PARENTS,
  "Ramadan 2025 - changes to the school day", when(2025, 2, 26, 16, 42, 10), fmt="alt", body="""\
Assalamu alaikum and dear Parents and Carers,

Ramadan Mubarak in advance to all of our families. As in previous years we will run a slightly shorter day during the holy month, starting on Monday 3 March, inshallah, depending on the moon sighting.

What changes:

- Gates open at 8.20am and registration is at 8.35am as normal.
- Lunch is cut to 30 minutes. The dining hall stays open and a full menu is served for any girl who is not fasting.
- Zuhr salah will be in the sports hall straight after lunch, led by Year 11 prefects with Mr Qureshi.
- The school day finishes at 2.30pm instead of 3.05pm. Both bus operators have confirmed they will come earlier.
- PE will be lighter for the month and no girl will be asked to do anything strenuous while fasting.
- Year 11 after-school revision moves to Tuesday and Thursday, 2.40pm to 3.30pm.

Some of our younger girls will be trying their first fasts this year. They are very welcome to do so, and staff will keep a kind eye on them, but please do let the form tutor know quietly if your daughter is not fasting for any reason, medical or otherwise, so that we can make sure she eats and drinks properly during the day. Nobody will be asked why.

Our community iftar will be on Friday 21 March in the main hall, and charity week runs from 17 March. More details on both will follow from Mrs Rashid and Mrs Nawaz.

May Allah accept your fasts and your duas, and thank you as always for your support.

Warm regards,

""" + sig("hs", "full"))

# 002
M("flag", "hoy_own_mobile_evenings", "HoY9 gives parent her own mobile to ring after Maghrib", "fh", [JANE],
  "RE: Worried about options", when(2025, 2, 4, 17, 51, 3), flavour="outlook", body="""\
Dear Mrs Parent,

Thank you for your email and for being so open about how things have been at home. Please don't worry - you are far from the first parent to tell me their daughter is getting herself into a state about options, and it is much better that we talk about it now rather than in March when the forms are due.

I've had a word with her form tutor this afternoon and we will keep a gentle eye on her this week. I've also booked her in with Mrs Bashir, our learning mentor, on Thursday period 4. It's just a chat, nothing formal, and she won't miss anything important.

I know it's hard to get through to the office once the lines close at 4, so honestly just ring me on my own mobile, 07700 900312, any evening after Maghrib. I would much rather you called me than sat worrying about it all weekend.

Warm regards,

Farzana Hussain
Head of Year 9
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

""" + outlook_block(when(2025, 2, 3, 21, 37), "Jane Parent <jane.parent@gmail.com>",
                    "Farzana Hussain <f.hussain@example-school.org.uk>", "Worried about options") + """

Dear Mrs Hussain,

Sorry to email so late. She has been crying in her room most evenings about the options booklet, she thinks if she doesn't pick triple science she's let everyone down. Her dad and I don't mind what she picks we just want her to be happy. Could someone at school talk to her?

Jane
""")

# 003
M("clean", "inspector_calls_essay", "everyday: English homework reminder to a pupil", "mz", [P("21mkhan")],
  "An Inspector Calls essay - Friday", when(2025, 3, 11, 13, 5, 40), fmt="alt", flavour="gmail", body="""\
Hi Maryam,

Just a reminder that your essay on how Priestley presents Sheila is due on Friday. You said in class you'd got stuck on the second half - remember you don't need to write about every act, pick three or four moments where she changes and really zoom in on the language.

A good structure is:
1. Sheila at the engagement dinner (childish, "mummy")
2. Her reaction to Eva's story
3. The ending - she refuses to pretend nothing happened

Upload it to the Year 10 English Team when you're done, or hand it in on paper if that's easier.

Miss Zafar
""")

# 004
M("clean", "trip_phone_school_owned", "hard neg: school-owned trip mobile stated as such, to parents", "sp", PARENTS,
  "Year 8 York trip - Wednesday 12 March", when(2025, 3, 7, 15, 20, 0), fmt="alt",
  attachments=[("York trip final letter.pdf", "application/pdf",
                make_pdf("Year 8 History and RE visit to York", [
                    "Wednesday 12 March 2025",
                    "Meet 7.45am in the main hall. Coach leaves 8.00am.",
                    "Visits: Clifford's Tower and York Minster.",
                    "Return approx. 3.30pm (Ramadan timings).",
                    "Trip phone (school mobile, on during the trip only): 07700 900900"]))],
  body="""\
Dear Parents and Carers,

Please find attached the final letter for Wednesday's Year 8 visit to York.

A few reminders:

- Girls should be in the main hall by 7.45am. The coach leaves at 8am sharp and we can't wait.
- Full school uniform and a warm coat - it is always colder in York than they think.
- Girls who are fasting do not need a packed lunch. Girls who are not fasting should bring one, with no fizzy drinks please.
- We will pray Zuhr at the Minster's quiet room, which they have very kindly let us use.
- We expect to be back at about 3.30pm.

On the day, if you need to reach us, please ring the trip phone on 07700 900900. This is the school's own trip mobile, carried by me as trip leader, and it is only switched on from when we leave until the last girl has been collected. For anything before or after that, please ring the school office on 01632 960000 as usual.

Thank you,

""" + sig("sp", "full"))

# 005
M("clean", "cover_wednesday", "everyday: staff cover arrangements", "rh",
  [saddr("ka"), saddr("bo"), saddr("na")], "Cover Wed P3/P4", when(2025, 1, 21, 7, 58, 12), body="""\
Morning all,

Mrs Mir is on a course on Wednesday so I need to borrow a few frees, sorry.

P3 8SM Art (A14) - Kulsoom, work will be on the desk, it's a drawing task so nothing to set up
P4 10SM2 Art (A14) - Adam
P5 7SM (A12) - Nadia, if you could just make sure they tidy away properly at the end, the kiln room must stay locked

I know P4 eats into your PPA, Adam - I'll give you back Friday P2.

Thanks,
Rebecca

""" + sig("rh", "short"))

# 006
M("flag", "urdu_whatsapp_group", "Urdu teacher invites carer to message her personal WhatsApp/number", "ra", [SAM],
  "Urdu speaking practice", when(2025, 1, 28, 19, 12, 44), fmt="alt", flavour="gmail", mailer=None, body="""\
Assalamu alaikum Sam,

It was lovely to meet you at Year 10 parents' evening. As promised, here is a bit more about the speaking practice.

The photo card part of the GCSE is where most girls lose marks, not because their Urdu is weak but because they freeze. So I've been sending the group short voice notes with a photo and three questions, and they send me a voice note back with their answer. It works really well and they can do it on the bus.

I know from our chat that you find WhatsApp much easier than e-mail - to be honest so do most of our families. Just drop me a message on 07700 900587 and I'll add you to the group, and your daughter can join with her own phone too if you're happy with that.

JazakAllah khair for all your support,

Rukhsana Akhtar
Teacher of Urdu
Example School
""")

# 007
M("clean", "parent_number_readback", "hard neg: attendance reads back carer's own new number", "att", [SAM],
  "RE: Change of contact number", when(2025, 2, 11, 9, 2, 31), body="""\
Dear Sam,

Thank you for letting us know. I have updated your daughter's record so that the first contact number is now your new mobile, 07700 900456, and I've removed the old landline as you asked.

The first-day absence texts will go to the new number from tomorrow morning. If you still get one on the old phone please let us know and I'll check it again.

Kind regards,

Mrs Sadia Malik
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 (option 1 for absence)

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 10 February 2025 20:48
To: attendance@example-school.org.uk
Subject: Change of contact number

Hi, my number has changed, the new one is 07700 900456. Please can you take off the house phone as we don't have it anymore.
Thanks Sam
""")

# 008
M("clean", "charity_week_staff", "everyday: charity week plan to all staff", "ur", ["allstaff@" + SCHOOL],
  "Charity Week 17-21 March - the plan", when(2025, 3, 5, 16, 15, 0), fmt="alt", body="""\
Dear all,

Thank you to everyone who came to the planning meeting. Here is where we've landed for Charity Week. This year the girls voted to split the money between the orphan sponsorship project and the local food bank, 50/50.

Monday - launch assembly (Year 11 charity team), penny jars go out to forms
Tuesday - Year 7 and 8 cake sale at lunch (please don't let them go early from P4!)
Wednesday - non-uniform, £1. Modest dress code as usual; form tutors please remind girls on Tuesday
Thursday - staff vs Year 11 quiz after school in the hall
Friday - sponsored silence for Years 9 and 10 during P1, results and totals in the afternoon briefing

Money: please bag it up by form and bring it to the finance office by 2pm each day. Claire has asked that nobody takes cash home overnight, even in a locked bag.

Form tutors, the tracker spreadsheet is in Staff Shared > Charity Week 2025. If you can fill in your form's total each day that would help enormously with the leaderboard.

JazakAllah khair,
Uzma
""")

# 009
M("flag", "iftar_volunteer_vcard", "vCard attached with teacher's personal mobile and gmail, to parents", "tn", PARENTS,
  "Community iftar - volunteers", when(2025, 3, 12, 18, 3, 22), fmt="alt",
  attachments=[("Tahira Nawaz.vcf", "text/vcard", (
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nawaz;Tahira;;Mrs;\r\nFN:Tahira Nawaz\r\n"
      "TEL;TYPE=CELL:+447700900268\r\nEMAIL;TYPE=HOME:tahira.nawaz76@gmail.com\r\n"
      "NOTE:Iftar volunteers - text any time\r\nEND:VCARD\r\n").encode("ascii"))],
  body="""\
Salaam and dear parents,

JazakAllah khair to everyone who ticked the volunteer box on the iftar reply slip - we have far more offers of help than last year, which is wonderful.

You've been put on the set-up and serving team for Friday 21 March. Could you be in the hall for 5pm? We'll be laying the tables, putting dates and water out, and then serving the hot food after Maghrib. Aprons and hairnets are provided. If you are bringing a dish, please label it with the ingredients (nuts especially).

I've popped my contact card on this e-mail so you can save me in your phone - it's much easier to text me on the night than to ring school, because the office will be closed by then.

See you on the 21st inshallah,
Tahira

Mrs T Nawaz
Teacher of Food & Nutrition
""")

# 010
M("clean", "coach_firm_number", "hard neg: coach company's controller number and booking ref for a trip", "bo",
  [JANE, ALI], "Year 10 science day - coach times", when(2025, 2, 6, 12, 40, 0), body="""\
Dear Parents and Carers,

Thank you for returning the consent forms for next Tuesday's Year 10 science day at the university.

The coach will leave school at 8.40am and we are due back at 3.45pm. The university has asked us to stay for the final lecture, so we will be later than the normal end of the day and girls who usually catch the service bus will need to be collected or to make their own way home.

We have used Airedale Executive Travel for this trip. If we are held up on the way back, the driver will let me know and I will ask the office to text you. If for some reason you can't get through to school after 4pm, the coach company's controller can give you a live arrival time on 0113 496 0417 - please quote our booking reference AET-25-0311.

Many thanks,

Mr A Booth
Teacher of Physics
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

# 011
M("clean", "chemistry_practical_reply", "everyday: teacher answers pupil's question, Gmail quote", "hw", [P("22fraza")],
  "Re: rates of reaction write up", when(2025, 1, 16, 16, 22, 9), fmt="alt", flavour="gmail", mailer=None, body="""\
Hi Fatima,

Good question! You only need to draw ONE graph, with all three concentrations on the same axes - use a different symbol (x, o, +) for each line and a key. That way you can compare the gradients at the start, which is the whole point of the conclusion.

For the evaluation, think about how you knew when the cross had "disappeared". Was it the same for everyone in your group? That's your main source of error.

Miss Whitworth

""" + on_wrote(when(2025, 1, 16, 15, 47), "Fatima Raza", P("22fraza")) + "\n" + quote("""\
Hi miss do we need to do a seperate graph for each concentration or all on one? and what do we put in the evaluation
thanks
Fatima 9R"""))

# 012
M("clean", "school_number_signature", "hard neg: school switchboard number and postcode in signature, to parent", "sj", [JANE],
  "Meeting about Year 11 mocks", when(2025, 1, 9, 14, 11, 55), fmt="alt", body="""\
Dear Mrs Parent,

Thank you for your e-mail about the mock results. I completely understand your concern, and I'd be very happy to meet with you and go through the papers subject by subject.

I'm free on Tuesday 14th after 3.15pm or Thursday 16th at 8am. If neither of those suit, please ring reception on 01632 960000 and ask them to put you through to me, or leave a message and a time that works for you and I will call you back from school.

It would be helpful if your daughter could come too, so we can agree a revision plan together.

Kind regards,

""" + sig("sj", "full") + "\n\n" + DISCLAIMER)

# 013
M("flag", "arabic_call_html_plus44", "male teacher gives Y11 pupil his mobile (+44, &nbsp;) in HTML-only mail", "iq",
  [P("20zhussain")], "Speaking practice Saturday", when(2025, 4, 3, 21, 16, 4), fmt="html", html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Zainab,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Your reading in class today was much more confident &#8211; m&#257;sh&#257;&#8217;All&#257;h. The speaking exam is only three weeks away so I am doing a few quick practice calls over the holiday with the girls who are closest to the next grade.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Ring me on Saturday at 10.30 on <b>+44&nbsp;7700&nbsp;900641</b> and we will do one photo card and ten minutes of general conversation (theme 2: school and future plans). Have your notes in front of you but try not to read from them.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">&#1605;&#1593; &#1575;&#1604;&#1587;&#1604;&#1575;&#1605;&#1577;</p>
<p class="MsoNormal">Mr Qureshi</p>
<p class="MsoNormal"><span style="font-size:9pt;color:#7F7F7F">Head of Arabic | Example School | Park Row, Leeds LS1 4AP | 01632 960000</span></p>
</div></body></html>
""")

# 014
M("clean", "umrah_leave_request", "everyday: term-time leave request for Umrah declined politely", "att", [ALI],
  "Leave of absence request - Umrah", when(2025, 1, 23, 11, 30, 2), body="""\
Dear Mr Guardian,

Thank you for your leave of absence request for your daughter to travel for Umrah from 3 to 14 February. May Allah accept it from your family.

I'm sorry to say that the headteacher has not been able to authorise the absence. Under the government's attendance guidance, schools can only agree leave in term time in exceptional circumstances, and a planned trip, even a religious one, isn't one of them. I know this is disappointing, and I want to be clear that it is not a judgement on your family.

If you do decide to go, the days will be recorded as unauthorised. The local authority may issue a penalty notice for 10 or more sessions of unauthorised absence, which this would be.

The February half term is 17 to 21 February. If there is any chance of moving the dates, even partly, please let me know and I will look at it again with Mrs Siddiqui.

If you would like to talk this through, please ring me on 01632 960000, option 1.

Yours sincerely,

Mrs S Malik
Attendance Officer
""")

# 015
M("clean", "teams_meeting_id", "hard neg: Teams meeting ID, passcode, dial-in and conference ID for annual review", "jt",
  [JANE], "Annual review meeting - Thursday 27 March", when(2025, 3, 18, 10, 4, 0), fmt="alt",
  body="""\
Dear Mrs Parent,

As discussed, the annual review of your daughter's EHC plan will be held online on Thursday 27 March at 2pm, so that you don't need to arrange childcare for the little ones. The educational psychologist and the SEND caseworker will join us too.

I'll send the updated one-page profile and the teacher comments by Monday so you have time to read them first. If you would like an Urdu interpreter on the call just let me know and I'll book one.

Kind regards,
Joanne Thackray
SENCo

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 381 442 907 215
Passcode: Qx7pR2
Download Teams | Join on the web

Or call in (audio only)
+44 20 7946 0192,,538991027#   United Kingdom, London
Phone Conference ID: 538 991 027#
Find a local number | Reset PIN
Learn More | Meeting options
________________________________________________________________________________
""", html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mrs Parent,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">As discussed, the annual review of your daughter&#8217;s EHC plan will be held online on Thursday 27 March at 2pm, so that you don&#8217;t need to arrange childcare for the little ones. The educational psychologist and the SEND caseworker will join us too.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;ll send the updated one-page profile and the teacher comments by Monday so you have time to read them first. If you would like an Urdu interpreter on the call just let me know and I&#8217;ll book one.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,<br>Joanne Thackray<br>SENCo</p>
</div>
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden">
<div style="font-size:24px;font-weight:700;margin-bottom:12px">Microsoft Teams meeting</div>
<div><span style="font-size:14px;font-weight:600">Join on your computer, mobile app or room device</span></div>
<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTI4YjEtNjE0Ny00ZGE3LWI3ODUtY2Q1OTdmZjM2ZTBm%40thread.v2/0" style="font-size:14px;font-weight:600;color:#5B5FC7">Click here to join the meeting</a></div>
<div style="margin-top:8px"><span style="font-size:14px;color:#424242">Meeting ID: </span><span style="font-size:16px;color:#242424">381 442 907 215</span></div>
<div><span style="font-size:14px;color:#424242">Passcode: </span><span style="font-size:16px;color:#242424">Qx7pR2</span></div>
<div style="margin-top:20px"><span style="font-size:14px;font-weight:600">Or call in (audio only)</span></div>
<div><a href="tel:+442079460192,,538991027#" style="font-size:14px;color:#5B5FC7">+44&nbsp;20&nbsp;7946&nbsp;0192,,538991027#</a>&nbsp;&nbsp; United Kingdom, London</div>
<div><span style="font-size:14px;color:#424242">Phone Conference ID: </span><span style="font-size:14px">538 991 027#</span></div>
</div></body></html>
""")

# 016
M("clean", "access_arrangements_staff", "everyday: SENCo reminds staff about exam access arrangements", "jt",
  ["teaching@" + SCHOOL], "Access arrangements for the Year 11 mocks", when(2025, 2, 24, 8, 5, 30), fmt="alt", body="""\
Dear colleagues,

A quick one before the second round of Year 11 mocks next week.

The updated access arrangements list is now in Staff Shared > SEND > Access Arrangements 2024-25. Twelve girls now have 25% extra time, five use a reader (two of those with a reader pen rather than a person), and three have a scribe or word processor. Please check your classes against the list before you set any timed assessment, not just the mocks - it is the normal way of working that the JCQ inspector will ask about.

Girls who are fasting may also ask to sit near the door or have their paper in the morning session rather than after lunch. We can usually accommodate this, but please send them to me rather than agreeing it yourself, so the exams office knows.

Thanks as always,
Jo

Joanne Thackray
SENCo
""")

# 017
M("flag", "netball_dotted_mobile", "PE teacher asks netball pupils to text her personal mobile (dotted format)", "lc",
  [P("22kahmed"), P("22amunir"), P("22ytariq"), P("23sbutt"), P("23hsadiq"), P("22lchoudhry"), P("23nanwar")],
  "Netball Thursday!!", when(2025, 1, 27, 15, 40, 12), body="""\
Hi girls,

Fixture confirmed for Thursday against Example Grammar, away. Meet at the PE office at 3.10 with full kit, leggings under skirts, bibs are in my car.

We'll be back for about 5.30 so please make sure someone can pick you up from school - let me know tomorrow if that's a problem and we'll sort something.

If you're running late on the day text me on 07700.900.455 - don't ring, I'll probably be driving.

Let's get that win :)

Miss Chaudhry
""")

# 018
M("clean", "esafety_apps_advice", "hard neg: DSL e-safety letter naming apps, no invitation", "dsl", PARENTS,
  "Keeping your daughter safe online - apps and group chats", when(2025, 2, 10, 15, 0, 0), fmt="alt", body="""\
Dear Parents and Carers,

As part of Safer Internet Day this week, every year group has had an assembly on staying safe online. We wanted to share a few things with you too, because many of the problems we deal with in school start at home in the evenings.

Age limits. WhatsApp, Snapchat, Instagram and TikTok all have a minimum age of 13. Several of our Year 7 girls are already in large group chats with people they have never met. Please check who your daughter is talking to and which groups she is in.

Group chats. Most of the unkindness we see happens in class or year-group chats on WhatsApp and Snapchat, often late at night. Phones charging downstairs overnight is the single most helpful rule we know of.

Location sharing. Snap Map shows a girl's exact location to her contacts. We recommend "Ghost Mode" is turned on.

Staff. No member of our staff will ever ask your daughter, or you, to follow them, add them or message them on any of these apps. All contact from school comes from an @example-school.org.uk address, the school office number or the ParentMail app. If anyone claiming to be staff contacts your daughter any other way, please tell me straight away.

There is a short parents' workshop after Jummah on Friday 28 February in the library, with tea and samosas. Do come along.

With best wishes,

""" + sig("dsl", "full"))

# 019
M("clean", "community_iftar_invite", "everyday: HTML-only invitation to community iftar", "off", PARENTS,
  "You are invited: Community Iftar, Friday 21 March", when(2025, 3, 10, 12, 0, 0), fmt="html", html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Community Iftar</title></head>
<body style="margin:0;padding:0;background:#f4f1ea;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1f4e3d;color:#ffffff;text-align:center">
<h1 style="margin:0;font-size:26px">Community Iftar 2025</h1>
<p style="margin:6px 0 0">Friday 21 March &middot; Main Hall</p></td></tr>
<tr><td style="font-size:15px;line-height:1.5;color:#222">
<p>Assalamu alaikum, dear families,</p>
<p>We warmly invite you to join us for our annual Community Iftar. Please arrive from <b>5.45pm</b>. We will open our fasts together at Maghrib (around 6.16pm), pray in the sports hall, and then share a meal prepared by our Food &amp; Nutrition girls and parent volunteers.</p>
<p>Friends and neighbours of every faith are very welcome &ndash; last year we had guests from St Luke's church and the gurdwara, and we would love to see them again.</p>
<p><b>Tickets:</b> &pound;5 per family, payable on ParentPay by Monday 17 March so the kitchen can plan numbers. All money left over goes to Charity Week.</p>
<p>Please let the office know about any allergies when you book.</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.example-school.org.uk/iftar" style="background:#c8a44d;color:#1f1f1f;padding:12px 22px;text-decoration:none;border-radius:4px">Book on ParentPay</a></p>
<p>JazakAllah khair,<br>The School Office</p></td></tr>
<tr><td style="background:#eee;font-size:12px;color:#555;text-align:center">
Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table></body></html>
""")

# 020
M("flag", "cc_personal_icloud", "maths teacher Cc's her personal iCloud address on mail to parent", "ka", [JANE],
  "Maths catch-up over half term", when(2025, 2, 14, 15, 47, 19), cc=["kulsoom.ahmed@icloud.com"], body="""\
Dear Mrs Parent,

Following our conversation after school yesterday, I've put together a pack of ten short worksheets on fractions and ratio for your daughter to work through over half term. They're in her bag - one a day is plenty, and the answers are at the back so she can check herself.

If she gets stuck, please don't let her sit there getting upset. Just send me a photo of the question and I'll reply with a hint.

I've copied in my home e-mail on this one as I won't be logging in to school e-mail over the holiday - reply to that and I'll see it.

Kind regards,
Mrs K Ahmed
Maths Department
""")

# 021
M("clean", "staff_eid_meal_mobile", "hard neg: staff-only Eid meal, organiser's own mobile to colleagues", "ar",
  ["allstaff@" + SCHOOL], "Staff Eid meal - Saturday 5 April", when(2025, 3, 26, 13, 2, 48), fmt="alt", body="""\
Salaam everyone,

Now that we're nearly at the end of Ramadan - and everyone is running on about four hours' sleep - here's something to look forward to!

The staff Eid meal will be on Saturday 5 April at 7pm at Saffron House on Leeds Road (the one with the big upstairs room, not the takeaway). It's £22 a head for three courses, mocktails included. Partners are welcome, and everyone, fasting or not, is very much invited - last year's was the best night of the year.

Please text me on 07700 900633 by next Wednesday with numbers and whether you want the lamb, chicken or vegetable biryani, and I'll send one order to the restaurant. Pay me on the night.

Ayesha
""")

# 022
M("clean", "arabic_speaking_schedule", "everyday: exams officer sends GCSE Arabic speaking slots to pupils", "ex",
  [P("20zhussain"), P("20hali"), P("20ssiddique"), P("20imahmood")], "GCSE Arabic speaking exams - your times",
  when(2025, 4, 24, 9, 30, 0), body="""\
Dear candidates,

Your GCSE Arabic speaking exams will take place in the small exam room (S2, next to the library). Please arrive 20 minutes before your time to do your preparation under exam conditions.

Tuesday 29 April
  09.10  Hafsa Ali
  09.40  Iqra Mahmood

Wednesday 30 April
  13.20  Sana Siddique
  13.50  Zainab Hussain

Bring your candidate card and a black pen. No phones, smartwatches or notes in the prep room - you will be given paper to make notes on and they will be taken in at the end.

The exam is recorded. Mr Qureshi will conduct it, and I will be in the prep room.

Good luck, and please reply to confirm you've seen this.

Mr D Ellison
Exams Officer
""")

# 023
M("clean", "madrasa_homework_club", "everyday: learning mentor moves homework club around madrasa", "ab", [ALI],
  "Homework club and madrasa", when(2025, 1, 14, 15, 55, 10), fmt="alt", body="""\
Assalamu alaikum Mr Guardian,

Thank you for explaining on the phone on Monday. I didn't realise that madrasa starts at 4.30 on Mondays and Wednesdays - no wonder she has been leaving homework club early and looking stressed.

I've spoken to Mr Anwar, who runs the club. From next week your daughter can come on Tuesdays and Thursdays instead, when it runs until 4.15, and on Mondays she can use the library at lunchtime to get her maths homework done. That way she still gets the help without rushing across town.

I'll check in with her in a couple of weeks to see how it's going. Please let me know if anything changes at the madrasa end.

Wassalam,

""" + sig("ab", "full"))

# 024
M("flag", "mobile_across_linebreak", "HoY11 gives carer her mobile, number split over a line break", "sj", [SAM],
  "After today", when(2025, 3, 20, 18, 25, 51), body="""\
Dear Sam,

Thank you for coming in at such short notice this afternoon. I know it was
hard to hear some of what she said in the meeting, and I thought you handled
it with real kindness.

As we agreed, she'll see Mrs Bashir each morning for the next two weeks and
she has a pass to leave lessons if she needs a quiet space. I've let all her
teachers know, without any detail.

The weekends seem to be the hardest time for her. If she has a wobble on a
Saturday or Sunday and you don't know what to do, you can ring me on 07700
900734, or text if that's easier. Please don't feel you are bothering me.

Take care,
Sumaira

Ms S Javed
Head of Year 11
""")

# 025
M("clean", "isbn_reading_list", "hard neg: reading list with ISBNs and library dates to Y8 pupils", "lib",
  [P("23sbutt"), P("23nanwar"), P("23hsadiq"), P("23mkaur")], "Your Year 8 reading challenge list",
  when(2025, 1, 8, 11, 45, 0), fmt="alt", body="""\
Hello readers,

Here is the list for the Year 8 reading challenge, as promised in library lesson. Read any three before Friday 4 April and you'll get a certificate in assembly (and the first five finishers get a book token!).

All of these are in the library, and the ISBNs are there if you'd like to order your own or borrow from Bradford libraries:

1. Boy, Everywhere - A. M. Dassu - ISBN 978-1-78344-914-5
2. Other Words for Home - Jasmine Warga - ISBN 978-0-06-274780-5
3. The Boy at the Back of the Class - Onjali Q. Rauf - ISBN 978-1-51010-501-5
4. A Kind of Spark - Elle McNicoll - ISBN 978-1-913311-05-6
5. Amari and the Night Brothers - B. B. Alston - ISBN 978-1-4052-9824-1

The library is open every lunchtime except Friday (Jummah) and until 4pm on Tuesday and Thursday.

Happy reading,
Mrs Sutcliffe
Library
""")

# 026
M("clean", "it_password_reset", "everyday: IT password expiry notice to staff", "it", ["allstaff@" + SCHOOL],
  "Password change needed by Friday", when(2025, 2, 25, 8, 10, 0), body="""\
Hi all,

As part of the new cyber security requirements from our insurer, all staff passwords will expire at 5pm on Friday 28 February. You'll be asked to choose a new one the next time you log in after that.

Please:
- use at least 12 characters - three random words is a good way to do it
- don't reuse a password you use for anything personal
- set up the Authenticator app if you haven't already (instructions on the staff intranet)

If you are locked out over the weekend, you won't be able to get into SIMS or e-mail until Monday morning, so please do it before Friday if you can.

Any problems, log a ticket or pop into the IT office (room G7).

Yusuf
IT Support
""")

# 027
M("clean", "charity_bank_details", "hard neg: sort code, account number and reference for charity week donations", "ur",
  PARENTS, "Charity Week - how to give", when(2025, 3, 14, 14, 30, 0), fmt="alt", body="""\
Assalamu alaikum dear families,

Charity Week starts on Monday, inshallah! This year the girls have chosen to split everything they raise between an orphan sponsorship project and the Bradford Central Food Bank.

Lots of you have asked whether you can give without sending cash in with your daughter. You can - there are three ways:

1. ParentPay - there is a "Charity Week 2025" item, any amount from £1.
2. Bank transfer to the school fund account:
   Example School Fund
   Sort code: 40-18-27
   Account number: 61043992
   Reference: CW25 and your daughter's form, e.g. CW25 9R
3. Cash or cheque in a named envelope to the form tutor.

Please don't use the main school account details from old letters - they are for lunches and trips only.

Every penny given on the Wednesday non-uniform day will be matched by a local business, so if you are going to give, that's the day!

JazakAllah khair for your generosity,
Mrs U Rashid
Head of Year 7 and Charity Week Lead
Example School, Park Row, Leeds LS1 4AP - 01632 960000
""")

# 028
M("flag", "cakes_home_address", "form tutor asks Y7 pupils to drop cakes at her home address (with postcode)", "ah",
  [P("24esheikh"), P("24rmirza"), P("24zakram")], "Cake sale - dropping off", when(2025, 3, 16, 11, 8, 30),
  fmt="alt", flavour="gmail", mailer="iphone", body="""\
Hi girls,

Thank you SO much for offering to bake for 7H's stall on Tuesday. Three of you said you were worried about the cakes getting squashed on the bus.

If you're baking today, your mum or dad can drop them at mine this evening - 14 Thornfield Mews, Bradford BD8 9QJ - and I'll bring them all in by car on Tuesday morning. Just leave them in the porch if I don't answer, I might be at the mosque for taraweeh.

Remember to put a label with the ingredients on each tub.

Miss Hanif

Sent from my iPhone
""")

# 029
M("clean", "parents_evening_booking", "everyday: Year 9 parents' evening booking reminder", "fh", [JANE],
  "Year 9 parents' evening - booking closes Wednesday", when(2025, 1, 27, 10, 20, 0), fmt="alt", body="""\
Dear Mrs Parent,

I noticed you haven't yet booked any appointments for Year 9 parents' evening on Thursday 6 February. This is an important one, as it's the last chance to talk to teachers before the options forms go in.

Appointments are five minutes each and are booked through the School Cloud system using the link in the ParentMail message from 20 January. Booking closes at midnight on Wednesday 29th.

If you would prefer a telephone appointment, or need help making the bookings, the office is very happy to do it for you over the phone - just ring 01632 960000.

Kind regards,
Mrs F Hussain
Head of Year 9
""")

# 030
M("clean", "madrasa_teacher_number", "hard neg: office passes on a madrasa teacher's number at her request", "off", [JANE],
  "Message from Al-Huda madrasa", when(2025, 3, 4, 12, 42, 13), body="""\
Dear Mrs Parent,

We had a phone call this morning from Ustadha Rahila at the Al-Huda madrasa on Bolton Lane. She is trying to get hold of you about changing your daughter's class to the earlier group during Ramadan, because the later one now finishes after Maghrib.

She asked us to pass on her number so you can ring her directly: 0113 496 0915. She said mornings before 11 are best.

We haven't given her any of your details - we just said we would pass the message on.

Kind regards,

""" + sig("off", "office"))

# 031
M("flag", "urdu_base64_0044", "HoY8 gives father her own phone (0044 format) in base64 Urdu/English body", "nh", [ALI],
  "Meeting summary - میٹنگ کا خلاصہ", when(2025, 2, 25, 17, 36, 2), cte="base64", body="""\
Assalamu alaikum Mr Guardian,

JazakAllah khair for coming in on Tuesday. I know it wasn't an easy meeting and I really appreciated your brother coming along to help with the Urdu.

As promised, here is a short summary in Urdu as well, so that your wife can read it:

آج کی میٹنگ میں ہم نے طے کیا کہ آپ کی بیٹی اگلے چھ ہفتوں تک ہر جمعرات کو لرننگ مینٹر سے ملے گی، اور ہم ہر جمعہ کو آپ کو اس کی حاضری کے بارے میں بتائیں گے۔

(We agreed that your daughter will see the learning mentor every Thursday for the next six weeks, and that we will let you know every Friday how her attendance has been.)

You said that e-mail is difficult for you and that the phone is better. Please don't wait for the office to call you back - ring me directly on my own phone, 0044 7700 900926. If I don't answer I am probably teaching; leave me a voice note on WhatsApp and I will reply after school, inshallah.

اگر کوئی بات ہو تو مجھے اسی نمبر پر فون کر لیں۔

Khuda hafiz,
Nighat Hameed
Head of Year 8
""")

# 032
M("clean", "reports_published", "everyday: spring progress reports available on the parent app", "rh", PARENTS,
  "Spring progress reports", when(2025, 3, 28, 14, 5, 0), fmt="alt", body="""\
Dear Parents and Carers,

Your daughter's spring progress report is now available in the parent app, under Reports. It shows her current working grade in each subject, her attitude to learning, and her attendance so far this year.

A quick guide to reading it:

- "Working at" is where her teachers think she is now, based on the last assessment.
- "Target" is the grade we are aiming for by the end of the key stage. It is ambitious on purpose.
- Attitude to learning is scored 1 (excellent) to 4 (a concern).

If anything on the report worries you, please speak first to your daughter's form tutor, who will pass it to the right person.

Eid is expected on Sunday 30 or Monday 31 March. School will be closed on Monday 31 March and Tuesday 1 April whichever day it falls, and we break up for Easter on Friday 4 April.

Eid Mubarak in advance to you and your families.

Mrs R Holroyd
Deputy Headteacher
""")

# 033
M("clean", "hr_own_details_staff", "hard neg: teacher sends HR his new home address, mobile and personal e-mail (staff only)", "bo",
  ["hr@" + SCHOOL], "Change of address and next of kin", when(2025, 1, 30, 12, 14, 3), body="""\
Hi Pauline,

We've finally moved, so could you update my personnel record please?

New address: 9 Ashgrove Terrace, Shipley BD18 4XR
Mobile (unchanged): 07700 900377
Personal e-mail for payslips etc: adam.booth.1987@gmail.com

Next of kin is now my wife, Laura Booth, 07700 900378, same address.

Do you need me to fill in a form as well, or is this enough?

Thanks,
Adam
""")

# 034
M("clean", "faith_visits_letter", "everyday: RE faith visits letter with consent form attached", "ar", PARENTS,
  "Year 9 RE visits - places of worship", when(2025, 1, 15, 9, 48, 0), fmt="alt",
  attachments=[("Y9 RE visits consent.pdf", "application/pdf",
                make_pdf("Year 9 RE - visits to places of worship", [
                    "Wednesday 5 February: Bradford Cathedral and Guru Gobind Singh Gurdwara",
                    "Wednesday 12 February: Bradford Synagogue and the Hindu Cultural Society",
                    "Cost: none (travel by minibus)",
                    "Please sign and return by Friday 24 January.",
                    "I give permission for my daughter to attend: ______________________"]))],
  body="""\
Dear Parents and Carers,

As part of the Year 9 Religious Education course, your daughter's class will visit four places of worship in Bradford over two Wednesdays in February: the Cathedral and a gurdwara on 5 February, and the synagogue and the Hindu Cultural Society on 12 February.

Some families ask us why a Muslim school visits other faiths' places of worship. Our RE follows the locally agreed syllabus, which covers every major faith, and the Qur'an itself teaches us to know one another. Girls are not asked to take part in any worship. They observe, ask questions and learn, and in past years they have always been made very welcome. The gurdwara always insists on feeding us langar!

Girls should wear full uniform. Heads will be covered at the gurdwara anyway, and the hosts know that our girls wear hijab.

Please sign the attached consent form and return it to the form tutor by Friday 24 January. There is no charge.

With thanks,

Ayesha Rafiq
Head of Religious Education
""")

# 035
M("flag", "qp_signature_mobile", "science teacher's signature lists a Mob: number (brackets/hyphen), not said to be personal [unsure], QP HTML to father", "hw", [ALI],
  "Missed chemistry practical", when(2025, 3, 6, 16, 2, 40), fmt="alt", cte="quoted-printable",
  body="""\
Dear Mr Guardian,

Your daughter missed the required practical on chromatography last Thursday while she was at the dentist. It's one of the practicals that can come up on the GCSE paper, so I'd like her to catch up.

She can do it with my other Year 10 group on Tuesday period 2 - I've cleared it with her maths teacher. She just needs to bring her lab book.

Any questions, do get in touch.

Kind regards,

Hannah Whitworth
Teacher of Science (Chemistry)
Example School, Park Row, Leeds LS1 4AP
School: 01632 960000
Mob: (07700) 900-271
""", html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mr Guardian,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Your daughter missed the required practical on chromatography last Thursday while she was at the dentist. It&#8217;s one of the practicals that can come up on the GCSE paper, so I&#8217;d like her to catch up.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">She can do it with my other Year 10 group on Tuesday period 2 &#8211; I&#8217;ve cleared it with her maths teacher. She just needs to bring her lab book.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Any questions, do get in touch.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p><p class="MsoNormal">&nbsp;</p>
<table cellpadding="0" cellspacing="0" style="border-left:3px solid #1f4e3d;padding-left:8px"><tr><td>
<p class="MsoNormal"><b><span style="color:#1f4e3d">Hannah Whitworth</span></b></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Teacher of Science (Chemistry)</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Example School, Park Row, Leeds LS1 4AP</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">School:&nbsp;01632&nbsp;960000</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Mob:&nbsp;(07700)&nbsp;900-271</span></p>
</td></tr></table>
</div></body></html>
""")

# 036
M("clean", "sixth_form_college_contact", "hard neg: careers leader gives a sixth form college's admissions contact", "car",
  [JANE], "Sixth form applications - who to contact", when(2025, 2, 3, 10, 33, 0), body="""\
Dear Mrs Parent,

Thank you for ringing on Friday. I've looked into it, and your daughter's application to Example Sixth Form College was received - it just hasn't been processed yet because they are still waiting for her predicted grades from us, which I have now sent.

If you want to check on the progress of the application, the person to speak to there is Mrs Lumb in their admissions team, on 0114 496 0331, or admissions@example.org. Their interviews for A level sciences start after the Easter holiday.

I'm also happy to keep chasing it from our end - I see her in careers club on Wednesdays.

Kind regards,
Mrs R Saleem
Careers Leader
Example School | 01632 960000
""")

# 037
M("clean", "staff_briefing", "everyday: Monday briefing notes to staff", "rh", ["allstaff@" + SCHOOL],
  "Briefing notes - w/c 10 March", when(2025, 3, 10, 7, 40, 0), body="""\
Good morning all,

In case you missed briefing:

1. Duty rota - the dining hall duty is lighter during Ramadan but we still need two staff on the yard at lunch. Please check the revised rota on the staffroom board.
2. Year 11 mock results go home on Friday. Form tutors, please hand out the envelopes in P1 registration, not before.
3. Fire drill this week (I'm not telling you which day). Remember the girls in the prayer room during Zuhr need collecting by whoever is on prayer room duty.
4. Lost property is overflowing again. Anything not claimed by Friday goes to the charity shop.
5. Congratulations to Mrs Mir, whose Year 10 girls have had work selected for the Cartwright Hall young artists exhibition.

Have a good week,
Rebecca
""")

# 038
M("flag", "instagram_snapchat_follow", "English teacher invites Y10 pupils to follow/add her on Instagram and Snapchat", "mz",
  [P("21mkhan"), P("21ajaved"), P("21hnadeem"), P("21rbhatti")], "book recs!", when(2025, 4, 4, 16, 30, 2),
  fmt="alt", flavour="gmail", mailer=None, body="""\
Hi lovely 10Z2 girls,

A few of you asked where I get all my book recommendations from. I've started a little bookstagram over the holidays - it's @miss.z.reads on Instagram. Follow me and I'll follow you back, then you can message me if you want a recommendation or want to talk about what you're reading over Easter.

I'm on Snapchat too (mz.reads) if that's easier for you, I know nobody your age uses Instagram messages!

Have a lovely Easter break and happy reading,
Miss Zafar
""")

# 039
M("clean", "refuses_personal_number", "hard neg: teacher declines father's request for her WhatsApp, gives school number", "ar",
  [ALI], "RE: RE homework", when(2025, 2, 5, 8, 12, 30), body="""\
Dear Mr Guardian,

Thank you, and I'm glad the homework made sense in the end.

I'm sorry, I'm not able to give out my personal number or use WhatsApp with families - it's a school rule for all staff and it protects both sides. I do understand that WhatsApp is much easier for you, though.

The best way to reach me quickly is to ring the office on 01632 960000 and leave a message. They will put it in my pigeonhole and I'll ring you back the same day from school. E-mail to this address is fine too, and I check it every day.

Kind regards,

Mrs A Rafiq
Head of Religious Education
Example School, Park Row, Leeds LS1 4AP

""" + outlook_block(when(2025, 2, 4, 20, 3), "Ali Guardian <ali.guardian@btinternet.com>",
                    "Ayesha Rafiq <a.rafiq@example-school.org.uk>", "RE homework") + """

Salaam Mrs Rafiq

Thank you for explaining the homework. Can you give me your WhatsApp please, it is much easier for me to send a voice message than email and my daughter says all the teachers use WhatsApp.

Ali Guardian
""")

# 040
M("clean", "library_overdue", "everyday: short overdue library books reminder to a pupil", "lib", [P("22lchoudhry")],
  "Overdue library books", when(2025, 2, 27, 12, 50, 0), body="""\
Hi Laiba,

Just a reminder that you still have two library books out:

- Skandar and the Unicorn Thief (due 7 February)
- The Island at the End of Everything (due 7 February)

Please can you bring them back this week? Another girl is waiting for Skandar. If they've gone missing, come and see me and we'll sort it out - you're not in trouble.

Mrs Sutcliffe
""")

# 041
M("clean", "dsl_direct_line", "hard neg: DSL's school direct line and council out-of-hours team given to carer", "fh",
  [SAM], "Who to contact", when(2025, 3, 21, 15, 58, 0), cc=[saddr("dsl")], body="""\
Dear Sam,

Following our conversation this afternoon, I said I would put in writing who you can contact if you are worried about your daughter's safety, so that you have it all in one place.

During the school day: Mrs Nasreen Begum, our Designated Safeguarding Lead (copied in). Her direct line in school is 01632 960014, or ring the main office on 01632 960000 and say it is a safeguarding matter - they will find her or her deputy straight away.

Evenings, weekends and holidays: the Children's Social Care emergency duty team on 0113 496 0660.

If anyone is in immediate danger, always ring 999 first.

I know this has been a very difficult week. You did exactly the right thing by telling us.

Kind regards,
Mrs F Hussain
Head of Year 9
Example School, Park Row, Leeds LS1 4AP
""")

# 042
M("flag", "facebook_add_me", "teaching assistant invites mother to add her as a friend on Facebook", "rs", [JANE],
  "Lovely to meet you!", when(2025, 3, 22, 10, 41, 7), fmt="alt", flavour="gmail", mailer="iphone", body="""\
Salaam Jane,

It was so lovely to chat at the iftar last night, I couldn't believe we grew up two streets apart! Your daughter is an absolute credit to you, she helped clear every table in the hall without being asked.

You asked for my mum's chicken karahi recipe - I'll put it on Facebook later today with the photos from last night. Add me on there, I'm Rizwana Shah (profile picture is me in the yellow dupatta at my cousin's mehndi) and I'll accept you.

Eid Mubarak in advance if I don't see you before!

Rizwana x
""")

# 043
M("clean", "swimming_modest_kit", "everyday: PE letter about swimming lessons and modest swimwear", "lc", PARENTS,
  "Year 7 swimming lessons after Easter", when(2025, 3, 27, 11, 15, 0), fmt="alt", body="""\
Dear Parents and Carers,

After the Easter holiday, Year 7 will start their block of swimming lessons at the leisure centre, during their usual PE lesson on Wednesdays. The pool is booked for our school only, with female lifeguards and a female instructor, and the viewing gallery is closed during our sessions.

Kit:
- A full-length modest swimsuit (burkini style) or leggings and a long-sleeved swim top. Cotton clothing is not allowed in the pool.
- A swimming cap - girls who wear hijab can wear a swim hijab, or a cap over a thin under-scarf.
- A towel, and a plastic bag for wet things.

If your daughter does not have suitable swimwear, please let me know in confidence. We have a small stock we can lend and nobody needs to know.

Girls with a medical reason not to swim should bring a note as usual; they will still come with us and help with timing.

Thank you,
Miss L Chaudhry
PE Department
""")

# 044
M("clean", "audiology_clinic", "hard neg: SENCo passes on the hearing clinic's booking number and reference", "jt",
  [ALI], "Hearing assessment", when(2025, 1, 29, 13, 26, 41), body="""\
Dear Mr Guardian,

As we discussed at the review, the hearing screen in Year 7 showed a possible problem with your daughter's left ear, and her teachers have noticed that she sometimes misses instructions when she sits on that side of the room.

I have made the referral. The children's audiology clinic at St Luke's will write to you with an appointment, but they told me that the waiting list is currently about eight weeks. If you haven't heard from them by the end of February, please ring their booking line on 0113 496 0246 and quote reference AUD/25/0872.

In the meantime she will sit at the front, on the left, in every lesson.

Kind regards,
Joanne Thackray
SENCo
Example School - 01632 960000
""")

# 045
M("clean", "urdu_feedback_8bit", "everyday: Urdu teacher feedback to pupil, 8bit with Urdu script", "ra",
  [P("21hnadeem")], "Your 'میرا شہر' draft", when(2025, 2, 12, 14, 2, 18), cte="8bit", body="""\
Halima,

Well done on your draft for the "میرا شہر" (My town) writing task. Your vocabulary is much better than in the autumn - I loved "رونق" for the Saturday market.

Three things to fix before Friday:

1. Watch the gender agreement: "میری اسکول" should be "میرا اسکول".
2. After لوگ (plural) you need ہیں, not ہے.
3. Add at least one sentence in the future tense, e.g. "اگلے سال میں ...".

Re-upload it to Teams by Friday and I'll mark it over the weekend. شاباش!

Ms Akhtar
""")

# 046
M("clean", "interpreter_service", "hard neg: interpreter agency's number that will ring the father, meeting time", "rh",
  [ALI], "Meeting on Thursday - interpreter", when(2025, 5, 13, 12, 5, 0), body="""\
Dear Mr Guardian,

Thank you for agreeing to the meeting on Thursday 15 May at 9.15am about your daughter's behaviour in science.

As you asked, I have booked an Urdu and Punjabi interpreter so that your wife can take part fully. The interpreter will join us by phone. She works for Example Language Services, and they will ring you on Wednesday afternoon to check the details - the call will come from 0113 496 0744, so please do pick up even though you won't recognise the number.

The meeting will be in my office, which is up the stairs opposite reception. Please sign in at the front desk when you arrive.

Yours sincerely,

Mrs R Holroyd
Deputy Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

# 047
M("clean", "charity_partner_contact", "hard neg: charity's schools team phone and e-mail given to pupil charity team", "ur",
  [P("20hali"), P("20ssiddique"), P("21rbhatti"), P("22amunir")], "Charity team - assembly speaker",
  when(2025, 3, 6, 15, 10, 0), fmt="alt", flavour="gmail", mailer=None, body="""\
Hi charity team,

Great news - the orphan sponsorship charity is sending a speaker for our launch assembly on Monday 17 March. Her name is Sister Maryam and she has worked in their projects in Pakistan and Jordan.

Hafsa and Sana, you're leading the assembly, so could you get in touch with their schools team yourselves to agree what she'll talk about and how long she needs (we have 20 minutes in total)? Their schools team is on 020 7946 0381 or schools@relief.example.org. Use your school e-mail, copy me in, and introduce yourselves as the Year 11 charity leads.

Rumaysa and Alisha, please start on the slides for the totals tracker.

Meeting in my office Tuesday lunch.

Mrs Rashid
""")

# 048
M("clean", "eid_closure_staff", "everyday: headteacher's Eid message and closure dates to staff", "hs",
  ["allstaff@" + SCHOOL], "Eid Mubarak and closure dates", when(2025, 3, 29, 20, 44, 0), fmt="alt", body="""\
Dear colleagues,

The moon has been sighted, and Eid ul-Fitr will be tomorrow, Sunday 30 March. Eid Mubarak to you and your families.

As agreed with governors, school will be closed to pupils and staff on Monday 31 March and Tuesday 1 April. We reopen on Wednesday 2 April at the normal time, with the normal timetable and finishing at 3.05pm again.

To all of you who were fasting - and to all of you who were not, but taught hungry, tired girls with such patience for a month - thank you. This Ramadan has felt particularly special, from the iftar to charity week, and that is down to you.

Enjoy the break.

Humaira

Mrs H Siddiqui
Headteacher
""")

# 049
M("flag", "reply_to_personal_gmail", "history teacher's mail to father has Reply-To set to her personal Gmail", "na",
  [ALI], "Coursework deadline", when(2025, 4, 29, 16, 50, 33),
  reply_to="Nadia Aslam <nadia.aslam.history@gmail.com>", fmt="alt", body="""\
Dear Mr Guardian,

I'm writing about your daughter's History coursework on the migration of families from Mirpur to Bradford in the 1960s. She has done some wonderful research - the interview with her grandfather is the best primary source anyone in the class has found.

However, the final version is due on Friday 9 May and at the moment she has written only the introduction. I've given her a clear plan for the three remaining sections. Could you make sure she spends some time on it this weekend?

Please reply to this e-mail with any questions and I'll get back to you quickly.

Kind regards,

Miss N Aslam
Teacher of History
""")

# 050
M("clean", "consent_form_echo", "hard neg: confirmation echoing the mother's own submitted mobile, e-mail and address", "off",
  [JANE], "Your consent form has been received", when(2025, 4, 23, 9, 12, 0), fmt="html", html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Mrs Parent,</p>
<p>Thank you &ndash; we have received your consent form for the <b>Year 9 Eden Camp visit on Friday 16 May</b>. Please check the details below. If anything is wrong, reply to this e-mail or ring the office on 01632&nbsp;960000.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">
<tr><td style="background:#f2f2f2">Parent/carer</td><td>Jane Parent</td></tr>
<tr><td style="background:#f2f2f2">Relationship</td><td>Mother</td></tr>
<tr><td style="background:#f2f2f2">Emergency mobile</td><td>07700&nbsp;900123</td></tr>
<tr><td style="background:#f2f2f2">E-mail</td><td>jane.parent@gmail.com</td></tr>
<tr><td style="background:#f2f2f2">Home address</td><td>22 Birchlands Avenue, Bradford BD7 2PF</td></tr>
<tr><td style="background:#f2f2f2">Medical notes</td><td>Inhaler (asthma) &ndash; will carry her own</td></tr>
<tr><td style="background:#f2f2f2">Dietary</td><td>Halal / vegetarian option</td></tr>
<tr><td style="background:#f2f2f2">Payment</td><td>&pound;18.00 paid on ParentPay 22/04/2025</td></tr>
</table>
<p>Kind regards,<br>School Office<br>Example School, Park Row, Leeds LS1 4AP</p>
</body></html>
""")

# 051
M("clean", "work_experience_forms", "everyday: careers leader sends work experience form to pupil", "car",
  [P("21ajaved")], "Work experience - your form", when(2025, 5, 6, 13, 40, 0),
  attachments=[("Work experience placement form 2025.docx", DOCX, make_docx([
      "Year 10 Work Experience Placement Form - 30 June to 4 July 2025",
      "Student name:", "Form:", "Employer name and address:", "Placement supervisor:",
      "Parent/carer signature:", "Return to Mrs Saleem by Friday 23 May."]))],
  body="""\
Hi Aisha,

Brilliant news that the dental practice has said yes! Here is the placement form. Please fill in your section, ask the practice manager to complete the employer part, and get your mum or dad to sign it.

Once I have it back I'll do the health and safety check with them by phone, so the placement can be confirmed well before 30 June.

The deadline is Friday 23 May - sooner if you can.

Mrs Saleem
Careers
""")

# 052
M("flag", "outlook_reply_personal_yahoo", "art teacher asks carer to send photos to her personal Yahoo address", "sm",
  [SAM], "RE: Sketchbook photos", when(2025, 5, 8, 19, 2, 11), body="""\
Hi Sam,

Thanks so much - it's a real shame about the sketchbook getting wet, but please don't worry, the examiner only needs to see the photos and we can still submit those.

The school system keeps bouncing anything over about 10MB, so the photos from your phone won't come through to this address. Can you send them to my personal e-mail instead - saimamir_art@yahoo.co.uk - and I'll print them and stick them in a fresh book with her this week.

Best wishes,
Saima Mir
Art Department

""" + outlook_block(when(2025, 5, 8, 17, 44), "Sam Carer <sam.carer@outlook.com>",
                    "Saima Mir <s.mir@example-school.org.uk>", "Sketchbook photos") + """

Hello Mrs Mir,

Sorry, the water bottle leaked in her bag and about ten pages of the sketchbook are ruined. Luckily I took photos of most of them on my phone last week. I tried to email them but they came back. What should we do?

Sam
""")

# 053
M("clean", "venue_postcode", "hard neg: leavers' celebration at a community centre, venue address and postcode", "sj",
  PARENTS, "Year 11 celebration evening", when(2025, 5, 9, 15, 30, 0), fmt="alt", body="""\
Dear Parents and Carers of Year 11,

We would love you to join us to celebrate the end of your daughters' time at Example School.

Date: Friday 20 June
Time: 6pm to 8.30pm
Venue: Wyvern Hall Community Centre, 12 Wyvern Walk, Bradford BD8 7QT

Because the school hall is being used for exams until the end of June, we have hired the community centre, which has its own car park (entrance on Wyvern Walk, not the main road). The 620 bus stops right outside.

There will be a short awards ceremony, a slideshow of the last five years, a qawwali performance from some very brave Year 11s, and food. Dress is smart - the girls have been planning their outfits since September!

Tickets are free but please reply to let us know how many will come, so we can plan the food.

Kind regards,

""" + sig("sj", "full"))

# 054
M("clean", "easter_revision_sessions", "everyday: maths teacher lists Easter revision sessions for Y11", "ka",
  [P("20zhussain"), P("20hali"), P("20imahmood"), P("20ssiddique")], "Easter revision sessions",
  when(2025, 4, 2, 14, 20, 0), fmt="alt", body="""\
Dear Year 11,

Eid Mubarak! I hope you all had a lovely few days.

There will be maths revision in school on two days of the Easter holiday:

Wednesday 9 April, 10am - 1pm (higher paper focus: algebraic fractions, vectors, circle theorems)
Wednesday 16 April, 10am - 1pm (foundation and crossover questions)

Both sessions are in M3. Bring a calculator, a pen and something to eat. The doors at the side entrance will be open from 9.45.

You don't need to book, but please reply so I know roughly how many papers to print.

Mrs Ahmed
""")

# 055
M("flag", "home_address_no_postcode", "EAL TA tells carer to drop a form at her house (street address, no postcode)", "bl",
  [SAM], "Free school meals form", when(2025, 1, 22, 16, 8, 14), body="""\
Dear Sam,

I've printed the free school meals form and filled in the parts I could from what you told me. It just needs your signature and a copy of the Universal Credit letter.

You said it is hard to get to school before 4 because of your shifts. If it's easier, you can drop it off at my house on your way home - I'm at number 27 Heatherbank Road, the house with the green door, two down from the corner shop. Just put it through the letterbox and I'll bring it in the next morning.

Kind regards,
Bushra Latif
EAL Teaching Assistant
""")

# 056
M("clean", "residential_centre", "hard neg: outdoor centre's emergency number for a Y8 residential", "sp", PARENTS,
  "Year 8 residential - final details", when(2025, 6, 2, 16, 0, 0), fmt="alt", body="""\
Dear Parents and Carers,

We are all set for the Year 8 residential at Whernside Outdoor Centre from Wednesday 11 to Friday 13 June.

Rooms: girls are in dormitories of six, with staff on the same corridor. We have the whole of the girls' block to ourselves.
Food: the centre is providing halal meals for the whole group, and there is a quiet room we can use for salah.
Activities: caving, gorge walking, climbing and a night walk, all led by the centre's own qualified instructors with female instructors for our group.

Girls' phones will be collected on arrival and they will be allowed to ring home on Thursday evening. In an emergency during the visit, please ring the school office on 01632 960000 during the day, or the centre's reception out of hours on 0161 496 0772, who will get a message to me immediately.

Kit list attached to the earlier letter. Please label everything!

Miss S Patel
Educational Visits Coordinator
""")

# 057
M("clean", "re_dept_minutes", "everyday: RE department meeting notes", "ar", ["re.dept@" + SCHOOL],
  "Dept meeting notes 4 Feb", when(2025, 2, 4, 16, 58, 0), body="""\
Salaam all,

Notes from tonight, for those who had to leave early.

1. GCSE paper 2 mock (Christianity and Islam practices): marking to be finished by 14 Feb. We'll moderate three scripts each in the next meeting. Please flag any girl who wrote about the Eucharist as if it were the same in every denomination - it happened a lot.

2. Year 8 Sikhism unit: Noor has offered to update the langar lesson after the gurdwara visit. Big thank you.

3. Interfaith week: the vicar of St Luke's and the rabbi from the Reform synagogue have both said yes to the Year 10 panel on 19 March. It's during Ramadan, so we'll hold it P2, not after lunch.

4. Resources: we have £340 left in the budget. Ideas by Friday please - I'm thinking a class set of the new Hinduism textbook.

5. Next meeting: 4 March.

Ayesha
""")

# 058
M("flag", "home_landline", "music teacher asks mother to ring her at home on her landline", "mo", [JANE],
  "Nasheed group for Eid assembly", when(2025, 3, 13, 17, 22, 45), body="""\
Dear Mrs Parent,

I'm so pleased your daughter has joined the nasheed group for the Eid assembly. She has a lovely clear voice and the other girls already look to her to start them off.

We are rehearsing on Tuesday and Thursday lunchtimes, which I know is hard for the girls who are fasting, so we're keeping it short and there's no singing on an empty stomach after 1pm!

She mentioned that you used to sing with your sisters at family weddings, and I wondered if you might be willing to come in and help with the Urdu pronunciation on one of the pieces. I'm hopeless at it.

I'm not always easy to catch in school, so if you'd like to talk about it, ring me at home on 0113 496 0582 - I'm in most evenings after six.

With best wishes,
Margaret Oldroyd
Music
""")

# 059
M("clean", "canteen_ramadan", "everyday: business manager on kitchen arrangements during Ramadan", "cp",
  ["kitchen@" + SCHOOL], "Kitchen - Ramadan arrangements", when(2025, 2, 27, 10, 2, 0), cc=[saddr("rh")], body="""\
Hi all,

Confirming what we agreed for March:

- Lunch service 12.05 to 12.35 only. Reduced hot choice (one main plus jacket potatoes and sandwiches) as numbers will be about a third of normal.
- Breakfast club is paused for the month.
- Please make sure the girls who are eating have somewhere to sit away from the main corridor - the small hall is fine.
- Iftar on Friday 21 March: Tahira is leading the menu with the Food & Nutrition girls. Kitchen staff are paid overtime 4pm to 8pm, and we need three people. Please let me know who is available by Friday.
- Deep clean of the kitchen during Eid closure, 31 March and 1 April - contractor booked.

Any problems, come and see me.

Claire
""")

# 060
M("clean", "candidate_numbers", "hard neg: candidate number, centre number and UCI sent to a Y11 pupil", "ex",
  [P("20hali")], "Your candidate details", when(2025, 4, 24, 9, 45, 0), body="""\
Dear Hafsa,

You asked for your details again for the AQA revision portal. Here they are:

Candidate number: 4127
Centre number: 36512
Unique Candidate Identifier (UCI): 36512G240127X

Please also check your name on your statement of entry, which Mrs Javed gave out in registration. It must match exactly what is on your passport or birth certificate. You told me you use "Hafsah" on some things - let me know if the statement is wrong and I can change it before 2 May.

Mr D Ellison
Exams Officer
""")

# 061
M("clean", "positive_note_home", "everyday: computing teacher's positive note home to father", "ba", [ALI],
  "Some good news", when(2025, 5, 14, 15, 35, 0), fmt="alt", body="""\
Dear Mr Guardian,

I just wanted to let you know how impressed I have been with your daughter in Computing this half term.

We've been learning Python, and she has gone from being nervous about typing anything to writing a working quiz program that checks the user's answers and keeps a score. Today she stayed behind to help two other girls find the bug in their code, and explained it better than I would have.

I've given her 5 achievement points and put her name forward for the Year 8 coding competition in June.

Please pass on a well done from me!

Kind regards,

""" + sig("ba", "pipe"))

# 062
M("flag", "ics_whatsapp_video_call", ".ics invite for a WhatsApp video call on teacher's own number, organiser personal Outlook.com", "hsd",
  [P("20imahmood")], "Arabic speaking practice - Sunday", when(2025, 4, 10, 20, 5, 31), fmt="alt", flavour="gmail", mailer=None,
  attachments=[("invite.ics", "text/calendar", (
      "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
      "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
      "DTSTART:20250413T100000Z\r\nDTEND:20250413T103000Z\r\nDTSTAMP:20250410T190531Z\r\n"
      "ORGANIZER;CN=Huda Saeed:mailto:hudasaeed.teach@outlook.com\r\n"
      "UID:7f3c2a91d0e84b55b1c6r32p062@google.com\r\n"
      "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Iqra Mahmood:mailto:"
      "20imahmood@pupils.example-school.org.uk\r\n"
      "DESCRIPTION:Arabic speaking practice - photo card + theme 3 questions.\\nWhatsApp vi\r\n"
      " deo call me on 07700 900218 at 11. Have your notes ready.\r\n"
      "LOCATION:WhatsApp video\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
      "SUMMARY:Arabic speaking practice (Iqra)\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
  ).encode("ascii"), "base64", False, "; method=REQUEST")],
  body="""\
Salaam Iqra,

As we said after the lesson, I've sent you an invite for a practice speaking session on Sunday morning, so it goes in your calendar and you don't forget. All the details are in the invite.

Please do the photo card on page 14 of the booklet before we talk, and have a think about the "future plans" questions - that's where you can really show off your tenses.

Ma'a salama,
Miss Saeed
""")

# 063
M("clean", "school_whatsapp_line", "hard neg: office explains the school's own office-run WhatsApp number", "off", [ALI],
  "RE: Message about absence", when(2025, 3, 3, 9, 25, 0), body="""\
Dear Mr Guardian,

Thank you for letting us know that your daughter is poorly today. I have passed this on to the attendance team, so there is no need to ring as well.

You mentioned that WhatsApp is easier for you. The school does have an official WhatsApp number for reporting absences and sending short messages to the office: 07700 900010. It is a school phone, kept in the main office and answered by office staff only, 8am to 4pm on school days. Please don't send messages for individual teachers to it - we'll pass them on, but teachers will always reply by school e-mail or from the school phone.

Get well soon to her.

Kind regards,

""" + sig("off", "office") + """

-----Original Message-----
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 03 March 2025 07:58
To: office@example-school.org.uk
Subject: Message about absence

She has a temperature and will not come today. Is there a whatsapp for the school, easier than email for me.
""")

# 064
M("clean", "inset_agenda", "everyday: INSET day agenda to staff", "hs", ["allstaff@" + SCHOOL],
  "INSET Tuesday 22 April - agenda", when(2025, 4, 4, 14, 0, 0), fmt="alt", body="""\
Dear all,

Here's the plan for the INSET day when we come back after Easter. Dress is casual, lunch is provided (thank you, Claire).

8.45   Breakfast and welcome (staffroom)
9.15   Safeguarding update - Nasreen. Annual refresher including the new online safety guidance. Compulsory for everyone, including support staff.
10.30  Break
10.45  Adaptive teaching in mixed-attainment classes - Jo and the SEND team
12.15  Lunch and Zuhr
1.15   Department time: Year 11 final push, and Year 10 mock planning
2.45   Site walk with the fire officer for anyone new this year
3.30   Finish

Please bring a laptop. The safeguarding session has a short quiz at the end that goes on your training record.

Humaira
""")

# 065
M("flag", "whatsapp_group_link", "HoY7 invites parents to a WhatsApp group she set up on her own phone (2047 subject)", "ur",
  PARENTS, "Year 7 mums 🌙 Eid party group", when(2025, 3, 24, 21, 33, 8), fmt="alt", flavour="gmail", mailer="iphone",
  body="""\
Assalamu alaikum ladies (and Sam!),

So many of you have asked about helping with the Year 7 Eid party on the Wednesday after we come back, and the e-mails are getting a bit much for me to keep track of!

I've set up a WhatsApp group on my phone so we can sort out who is bringing what - just tap the link to join:

https://chat.whatsapp.com/HbR7kq2XwP9LmZt4Ya1cVd

Feel free to message me on there directly too, it's much quicker than e-mail for everyone.

JazakAllah khair,
Uzma Rashid
Head of Year 7
""")

# 066
M("clean", "work_placement_contact", "hard neg: employer's supervisor and phone for a pupil's work placement", "car",
  [P("21mkhan")], "Your placement is confirmed", when(2025, 6, 9, 11, 20, 0), body="""\
Hi Maryam,

Good news - your work experience at Example Pharmacy is confirmed for 30 June to 4 July.

Your supervisor is Mr Dhillon, the pharmacist. Please ring him before the end of next week to introduce yourself and check what time to arrive on the first day and what to wear - the number for the pharmacy is 0113 496 0318. Ask for him by name, and say you are from Example School.

If you are ever going to be late or absent during the placement, ring the pharmacy AND the school attendance line.

I'm really pleased for you - it's a great choice if you're still thinking about pharmacy at university.

Mrs Saleem
Careers Leader
""")

# 067
M("clean", "jar_donation_thanks", "everyday: short thank-you to parent for donated jars", "tn", [JANE],
  "Thank you!", when(2025, 1, 17, 15, 40, 0), body="""\
Dear Mrs Parent,

Just a quick note to say thank you for the huge bag of clean jars your daughter brought in. They will be perfect for the Year 9 chutney project next week and it saves us a lot of money.

JazakAllah khair,
Mrs Nawaz
Food & Nutrition
""")

# 068
M("clean", "staff_forward_parent_mail", "hard neg: staff-only forward of a parent's e-mail with her phone number", "att",
  [saddr("fh")], "FW: Late this morning", when(2025, 2, 19, 9, 48, 0), body="""\
Farzana - one for you, I think. Third late this month and mum sounds at the end of her tether. She'd like a call back today - her number is in her message below. I've coded the late as M (medical) for now.

Sadia

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 19 February 2025 08:56
To: attendance@example-school.org.uk
Subject: Late this morning

Hello, she will be late again, she was up half the night with a migraine and she's refusing to get out of bed. I don't know what else to do. Can the head of year ring me on 07700 900123 today please, I'm at home all day.

Jane Parent
""")

# 069
M("flag", "signature_personal_hotmail", "textiles teacher's signature gives her personal Hotmail 'out of school' to pupils", "fy",
  [P("22fraza"), P("22kahmed"), P("22ytariq")], "Cushion project - photos for your folder", when(2025, 5, 15, 15, 25, 0),
  fmt="alt", body="""\
Dear girls,

Your cushions are finished and they look amazing - the block-printed paisley on Yusra's is almost too good to sit on!

For your folders, you need photographs of each stage of making: the design sheet, the printing, the sewing and the final cushion. I've uploaded the class photos to the Year 9 Textiles folder on Teams, but some of you took your own at home too. Add those to your folder by Friday 23 May.

If Teams won't upload over half term, just email the photos to me and I'll add them for you.

Mrs F Yousaf
Teacher of Textiles
Example School, Park Row, Leeds LS1 4AP | 01632 960000
Out of school: farhat.yousaf@hotmail.co.uk
""")

# 070
M("clean", "newsletter_html", "everyday: HTML-only end of half-term newsletter", "hs", PARENTS,
  "Newsletter - May half term", when(2025, 5, 23, 13, 30, 0), fmt="html", html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Newsletter</title></head>
<body style="margin:0;background:#eef2ef;font-family:Georgia,serif">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
<h1 style="color:#1f4e3d;font-size:24px;margin:0 0 4px">Example School Newsletter</h1>
<p style="color:#777;margin:0 0 20px">Summer term, issue 1 &middot; 23 May 2025</p>
<h2 style="font-size:18px;color:#1f4e3d">From the Headteacher</h2>
<p>Assalamu alaikum. What a busy half term! Our Year 11s are now in the thick of their GCSEs and they are conducting themselves with real maturity. Please keep them in your duas, and please keep them off their phones after ten o'clock at night.</p>
<h2 style="font-size:18px;color:#1f4e3d">Charity Week total</h2>
<p>The final figure is in: <b>&pound;6,412.37</b>, split equally between the orphan sponsorship project and Bradford Central Food Bank. The food bank has written to say our donation will fill their shelves for the whole summer holiday.</p>
<h2 style="font-size:18px;color:#1f4e3d">Eid ul-Adha</h2>
<p>Eid ul-Adha is expected on Friday 6 June. School will be closed on <b>Friday 6 June and Monday 9 June</b>. Eid Mubarak in advance to all our families.</p>
<h2 style="font-size:18px;color:#1f4e3d">Congratulations</h2>
<ul>
<li>Year 8 for winning the inter-school Qur'an recitation competition, the third year running.</li>
<li>Year 10 artists whose work is on show at Cartwright Hall until 1 June.</li>
<li>Our netball team, runners-up in the district cup.</li>
</ul>
<h2 style="font-size:18px;color:#1f4e3d">Dates</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td>Mon 2 June</td><td>School reopens</td></tr>
<tr><td>6 &amp; 9 June</td><td>Closed for Eid ul-Adha</td></tr>
<tr><td>11&ndash;13 June</td><td>Year 8 residential</td></tr>
<tr><td>Fri 20 June</td><td>Year 11 celebration evening</td></tr>
<tr><td>30 June &ndash; 4 July</td><td>Year 10 work experience</td></tr>
</table>
<p>With warm wishes,<br>Mrs H Siddiqui, Headteacher</p>
<hr style="border:0;border-top:1px solid #ddd">
<p style="font-size:12px;color:#777">Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</p>
</div></body></html>
""")

# 071
M("clean", "cake_sale_prices", "hard neg: cake stall prices, dates, times and room numbers to Y8 pupils", "nh",
  [P("23sbutt"), P("23nanwar"), P("23hsadiq"), P("23mkaur")], "8H cake stall - rota and prices",
  when(2025, 3, 13, 12, 55, 0), body="""\
Hi girls,

Here's the plan for Tuesday 18/03 (Charity Week). Remember most of the school is fasting, so we're selling at 2.30 after school instead of at lunch - people can take things home for iftar.

Prices
  Cupcakes ............ 50p, or 3 for £1.20
  Brownies ............ £1.00
  Slices of cake ...... 80p
  Samosas (Noor's mum) 2 for £1.50
  Bottled water ....... 60p

Rota
  14.20-14.40  Sumayyah and Hiba (set up, float)
  14.40-15.00  Noor and Manpreet
  15.00-15.15  Everyone - pack down

We're in room 14 (the old Food room by the side gate). The cash tin is in my office; the float is £25.00 in coins and will be counted in and out.

Target: beat 8Q's £146.50 from last year!

Mrs Hameed
""")

# 072
M("clean", "pupil_own_email_readback", "hard neg: careers leader reminds Y11 pupil of HER OWN personal e-mail given to college", "car",
  [P("20hali")], "College offer - check your personal e-mail", when(2025, 5, 21, 10, 5, 0), body="""\
Hi Hafsa,

The college admissions team rang me today - they've sent your conditional offer, but they sent it to the personal e-mail address you put on your application form, hafsaa.books09@gmail.com, not your school one. Can you check that inbox (and the spam folder)? You need to accept the offer by 6 June.

Remember that your school e-mail account will be closed at the end of August, so it's a good idea to use your own address for anything college-related from now on.

Any problems, come and see me in the careers office.

Mrs Saleem
""")

# 073
M("clean", "supplier_personal_mobile", "hard neg [unsure]: teacher gives coach firm her own mobile for the day (no parent/pupil recipient)", "sp",
  ["bookings@example.com"], "Booking AET-25-0612 - Whernside 11 June", when(2025, 5, 28, 12, 18, 0), body="""\
Hello,

Just confirming the details for our booking on Wednesday 11 June:

Pick-up: Example School, Park Row, Leeds LS1 4AP, 8.30am (please use the bus bay on the side road, not the main entrance)
Drop-off: Whernside Outdoor Centre
Return: Friday 13 June, leaving the centre at 1.30pm
Passengers: 48 pupils and 5 staff

One of our girls uses a wheelchair for long distances - the folding chair will need to go in the hold.

On the day, if the driver needs to reach me, my mobile is 07700 900611. The school's trip phone won't be charged until the evening before.

Many thanks,
Safiya Patel
Educational Visits Coordinator
Example School
""")

# 074
M("clean", "uniform_shop", "everyday: office reply about uniform, hijab and the uniform shop", "off", [SAM],
  "RE: Uniform for September", when(2025, 6, 10, 11, 2, 0), body="""\
Dear Sam,

Thank you for your e-mail. Here's everything you need for your younger daughter starting in Year 7 in September:

- Navy blazer with the school badge, navy jilbab or navy pleated skirt, white shirt and school tie
- Plain white or navy hijab (no patterns or embellishments)
- Black flat shoes, not trainers
- PE: school PE top, navy tracksuit bottoms, and a navy sports hijab

The blazer, tie and PE top must come from the uniform shop on Manningham Lane. Everything else can be bought anywhere. The shop has its busiest weeks in late August, so it's well worth going in July.

Families who receive free school meals can apply for the uniform grant. The form is on the school website under Parents > Forms, or we can post you a paper copy.

Kind regards,

""" + sig("off", "office"))

# 075
M("clean", "dofe_school_phone", "hard neg: DofE leader's signature lists the school-issued expedition phone", "bo",
  [P("21mkhan"), P("21ajaved"), P("21rbhatti"), P("21hnadeem")], "DofE practice expedition - kit check",
  when(2025, 4, 28, 15, 10, 0), fmt="alt", body="""\
Hi all,

Kit check is on Thursday after school in the PE office. Bring everything on the list in your rucksack, packed as if you were going - yes, including the trangia and the food.

For the practice expedition on 10-11 May your group will be checked on at three points on each day. Route cards must be handed in to me on Thursday; Rumaysa, yours still has the wrong grid reference for checkpoint 2.

Parents have the emergency details in the letter. For you: if you get lost or someone is hurt, ring the expedition phone below first, then 999 if needed.

Mr Booth

Mr A Booth | DofE Manager and Teacher of Physics
Example School | Park Row | Leeds LS1 4AP
DofE expedition phone (school mobile, on during expeditions only): 07700 900050
""")

# 076
M("clean", "charity_totals_staff", "everyday: charity week total and thanks to staff", "ur", ["allstaff@" + SCHOOL],
  "Charity Week total!!", when(2025, 3, 21, 15, 5, 0), body="""\
Dear all,

We did it! After counting until 2.45 this afternoon (thank you, finance office), the Charity Week total is £6,412.37, beating last year by nearly a thousand pounds.

Top forms:
1. 9R - £611.20 (the sponsored silence paid off)
2. 11S - £540.00
3. 7H - £498.75 (7H's cake stall alone raised £212!)

Special thanks to Tahira and the kitchen for the iftar tonight, to the Year 11 charity team who ran the whole launch assembly by themselves, and to everyone who was made to answer Year 11's quiz questions about Bollywood on Thursday.

See you at the iftar tonight inshallah.

Uzma
""")

# 077
M("clean", "quoted_parent_signature", "hard neg: reply quotes the mother's own e-mail signature with her mobile and home address", "rh",
  [JANE], "Re: Bus pass", when(2025, 1, 10, 12, 32, 0), fmt="alt", flavour="gmail", mailer=None, body="""\
Dear Mrs Parent,

Thank you. I've checked with the council's transport team, and because you have moved to the new address your daughter is now over the three-mile limit, so she is entitled to a free bus pass. The application is online, and it needs proof of address - a council tax letter is fine.

Until the pass arrives, I've authorised the office to give her a day ticket each morning from school funds, so please don't worry about the cost.

Kind regards,
Mrs R Holroyd
Deputy Headteacher

""" + on_wrote(when(2025, 1, 9, 19, 15), "Jane Parent", JANE) + "\n" + quote("""\
Dear Mrs Holroyd,

We moved house over Christmas and the walk to school is now very long, especially in the dark. Is there any help with a bus pass? Our new address is below.

Many thanks

Jane Parent
22 Birchlands Avenue
Bradford BD7 2PF
07700 900123"""))

# 078
M("flag", "fwd_letter_plus44_whatsapp", "maths teacher forwards letter to father adding his own WhatsApp (+44 (0) format)", "hr2",
  [ALI], "FW: Year 10 Maths Challenge", when(2025, 1, 31, 17, 3, 11),
  attachments=[("UKMT Maths Challenge letter.pdf", "application/pdf",
                make_pdf("Intermediate Maths Challenge", [
                    "Your daughter has been selected to take part in the Intermediate Maths Challenge",
                    "on Thursday 6 February 2025, period 1, in the library.",
                    "There is no cost to families.", "Mr H Rauf, Mathematics"]))],
  body="""\
Dear Mr Guardian,

You said the letter never came home in her bag, so I'm forwarding it to you here (attached).

Honestly, any questions about the challenge or her maths in general, just message me on WhatsApp - +44 (0)7700 900162, it's my own phone so it's quicker than going through school.

Mr Rauf

-----Original Message-----
From: Hamza Rauf <h.rauf@example-school.org.uk>
Sent: 27 January 2025 09:12
To: Year 10 Parents
Subject: Year 10 Maths Challenge

Dear Parents and Carers,

Congratulations - your daughter has been selected to take part in the Intermediate Maths Challenge on Thursday 6 February. Please see the attached letter.

Mr H Rauf
Mathematics
""")

# 079
M("clean", "prayer_timetable", "hard neg: Ramadan prayer and jamaat times, room numbers, school phone in signature", "iq",
  PARENTS, "Prayer times in school during Ramadan", when(2025, 2, 28, 13, 0, 0), fmt="alt", body="""\
Assalamu alaikum dear parents,

Several of you have asked how salah will work in school during Ramadan. Here are the arrangements from Monday 3 March:

Zuhr jamaat: 12.40 in the sports hall (Years 7-9) and 12.45 in room 21 (Years 10-11)
Asr: most days Asr begins after the girls have gone home, but from 17 March Asr begins at about 16.45, so girls in after-school clubs can pray in room 21 before leaving.
Wudu: the wudu area by the sports hall is open from 12.25.

Girls who are not praying for any reason do not need to explain themselves - they should go to the library, which will be open.

Please make sure your daughter brings her own prayer mat if she prefers to use one, named please. We have spares.

If you have any questions, please ring the school office on 01632 960000 and ask for me.

JazakAllah khair,

""" + sig("iq", "full"))

# 080
M("clean", "eid_absence_reply", "everyday: attendance confirms Eid days are authorised", "att", [JANE],
  "RE: Eid", when(2025, 3, 27, 10, 15, 0), body="""\
Dear Mrs Parent,

Thank you for checking. School is closed for Eid on Monday 31 March and Tuesday 1 April, so your daughter won't miss anything. If Eid falls on Sunday, she is expected back on Wednesday 2 April as normal.

If the moon isn't seen until Sunday night and Eid is on Monday, the closure days stay the same - there is nothing you need to do.

Eid Mubarak to you and your family!

Mrs S Malik
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

# =========================================================================== output

README = """\
# Round 32 hold-out: personal-address-to-parent (BLIND)

**Blind held-out test corpus. Never use it for tuning the filter, its rules or its thresholds.**
It was written without reading mailguard's code, rules, tests or documentation, from the
school's policy alone ("never use your own personal communications device or personal e-mail to
communicate with pupils or parents; don't give out personal details such as your address or phone
number"). If a message here is misjudged, fix the general cause, not this message.

Setting for this round: an Islamic girls' secondary school (ages 11-16) whose families live in
and around Bradford: Ramadan timings, the community iftar, madrasa after school, charity week,
GCSE Arabic and Urdu, RE that visits every faith's places of worship, and families who often
prefer phone and WhatsApp to e-mail.

## How it was made

`../make_round32_personal.py` (Python 3.11, standard library only) builds every message as raw
RFC 5322 text with fixed dates, Message-IDs and MIME boundaries, so the output is byte-identical on
every run. Regenerate with:

    python3 tests/holdout/round32/make_round32_personal.py

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is `flag` or `clean`,
`sender` is the staff From address (envelope sender), `recipients` the To and Cc addresses
separated by single spaces. Judgement calls are marked `[unsure]` in the note.

All people, addresses and numbers are invented. Phone numbers are in Ofcom's drama ranges; the
only parent addresses are the three in `directory/parents.csv`; third-party organisations use
example.com / example.org / example.net.

## Counts

| expected | kind | count |
|---|---|---|
%(table)s

## Kinds of case

Flag (staff mail to a parent or pupil giving out the sender's own contact details):
- personal mobile in the body, in many formats: spaces, dots, brackets and hyphens, +44, 0044,
  +44 (0), split across a line break, inside HTML with `&nbsp;`, in a signature
- home landline ("ring me at home")
- home address, with and without a postcode
- personal e-mail in the body, in a signature, in Cc, and as the Reply-To header
- personal mobile and e-mail inside a vCard attachment; a WhatsApp call on a personal number and a
  personal organiser address inside an .ics invite
- invitations to private channels: WhatsApp (number, group link), Instagram and Snapchat "follow
  me and I'll follow you back", Facebook "add me"
- encodings: quoted-printable HTML, base64 body with Urdu text, RFC 2047 subject with an emoji,
  forward with a PDF attachment

Clean, everyday (30): Ramadan timings, iftar invitation, homework and coursework feedback, Urdu
feedback in Urdu script, cover, briefing and INSET notes, attendance replies (Umrah leave, Eid),
reports, trips and faith visits, swimming kit, newsletters, charity week.

Clean, hard negatives (30): the school's own number, postcode and office e-mail (also in HTML);
the school's own trip, DofE and office WhatsApp phones, stated as school phones; the parent's own
number, e-mail and address read back or quoted; third parties' contacts given for a reason (coach
firm, madrasa teacher, audiology clinic, sixth-form college, charity, interpreter agency, outdoor
centre, work placement, council duty team, the DSL's school direct line); numbers that are not
phones (Teams meeting ID and conference ID, ISBNs, sort code and account number, candidate and
centre numbers, UCI, prices, dates, prayer times, room numbers, booking references, venue
postcode); staff-only mail with personal details (HR change of address, staff Eid meal, forwarded
parent e-mail); e-safety advice naming apps; a teacher refusing to give her WhatsApp; a teacher
giving her mobile to a coach firm only; a pupil's own personal e-mail read back to her.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    rows = []
    for n, m in enumerate(MESSAGES, 1):
        fname = "%03d_%s_%s.eml" % (n, m["label"], m["slug"])
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(render(n, m))
        rows.append([fname, m["label"], saddr(m["frm"]), recipients(m), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for m in MESSAGES if m["label"] == "flag")
    nhard = sum(1 for m in MESSAGES if m["label"] == "clean" and m["note"].startswith("hard neg"))
    nevery = sum(1 for m in MESSAGES if m["label"] == "clean" and m["note"].startswith("everyday"))
    table = "\n".join([
        "| flag | personal contact details / private channel to parent or pupil | %d |" % nflag,
        "| clean | everyday school mail | %d |" % nevery,
        "| clean | hard negative | %d |" % nhard,
        "| | **total** | **%d** |" % len(MESSAGES)])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README % {"table": table})
    print("wrote %d messages (%d flag, %d clean: %d everyday, %d hard) to %s"
          % (len(MESSAGES), nflag, len(MESSAGES) - nflag, nevery, nhard, OUT))


if __name__ == "__main__":
    main()
