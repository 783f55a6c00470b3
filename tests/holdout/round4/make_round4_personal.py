#!/usr/bin/env python3
"""Generate the round-4 BLIND holdout corpus for the personal-address-to-parent check.

Writes NNN_<flag|clean>_<slug>.eml files and labels.csv into
tests/holdout/round4/personal-address-to-parent/ next to this script.
Python 3.11 standard library only.  Fully deterministic: dates, Message-IDs and
MIME boundaries are fixed, so running it twice gives byte-identical files.

    python3 tests/holdout/round4/make_round4_personal.py
"""
import base64
import csv
import datetime
import hashlib
import html
import io
import os
import quopri
import random
import struct
import zlib
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
STAFF = {
    "rh": ("Rhiannon Hughes", "r.hughes@" + SD),
    "ko": ("Kelechi Okafor", "k.okafor@" + SD),
    "ml": ("Maja Lindqvist", "m.lindqvist@" + SD),
    "dp": ("Dev Patel", "d.patel@" + SD),
    "sb": ("Siobhán Brennan", "s.brennan@" + SD),
    "tw": ("Tom Whitfield", "t.whitfield@" + SD),
    "an": ("Agnieszka Nowak", "a.nowak@" + SD),
    "jm": ("Jamie McAllister", "j.mcallister@" + SD),
    "ho": ("Hannah Osei", "h.osei@" + SD),
    "pg": ("Paul Garside", "p.garside@" + SD),
    "lf": ("Lucy Fairbairn", "l.fairbairn@" + SD),
    "ca": ("Chris Adeyemi", "c.adeyemi@" + SD),
    "et": ("Emma Thornton", "e.thornton@" + SD),
    "bk": ("Ben Kowalczyk", "b.kowalczyk@" + SD),
    "nr": ("Nadia Rahman", "n.rahman@" + SD),
    "ge": ("Gareth Ellison", "g.ellison@" + SD),
    "fm": ("Faith Mensah", "f.mensah@" + SD),
    "wh": ("Will Holroyd", "w.holroyd@" + SD),
    "yc": ("Yvonne Chen", "y.chen@" + SD),
    "im": ("Iain MacLeod", "i.macleod@" + SD),
    "af": ("Aoife Fitzgerald", "a.fitzgerald@" + SD),
    "rs": ("Rob Sutcliffe", "r.sutcliffe@" + SD),
    "ob": ("Owen Brady", "o.brady@" + SD),
    "kd": ("Kirsty Devlin", "k.devlin@" + SD),
    "lp": ("Lowri Pryce", "l.pryce@" + SD),
    "jp": ("Jo Pearson", "j.pearson@" + SD),
    "mq": ("Mark Quinn", "m.quinn@" + SD),
    "so": ("Sade Oyelaran", "s.oyelaran@" + SD),
    "gp": ("Gill Pickard", "g.pickard@" + SD),
    "kl": ("Kate Lowther", "k.lowther@" + SD),
    "am": ("Amy Marsden", "a.marsden@" + SD),
    "mo": ("Michael Oduya", "m.oduya@" + SD),
    "ja": ("Julie Ackroyd", "j.ackroyd@" + SD),
    "of": ("Example School Office", "office@" + SD),
    "fi": ("Example School Finance", "finance@" + SD),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]


def pupil(name, local):
    return (name, local + "@" + PD)


# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, s=0):
    day = datetime.date(y, mo, d)
    # UK summer time: last Sunday of March .. last Sunday of October
    def last_sunday(month):
        x = datetime.date(y, month, 31)
        return x - datetime.timedelta(days=(x.weekday() + 1) % 7)
    off = 1 if last_sunday(3) <= day < last_sunday(10) else 0
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def ew_b(text):
    """RFC 2047 B encoded words, folded."""
    words, cur = [], b""
    for ch in text:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 39:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(w).decode() for w in words)


def ew_q(text):
    """RFC 2047 Q encoded words, folded."""
    words, cur = [], ""
    for ch in text:
        if ch == " ":
            enc = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            enc = ch
        else:
            enc = "".join("=%02X" % b for b in ch.encode("utf-8"))
        if len(cur) + len(enc) > 50:
            words.append(cur)
            cur = ""
        cur += enc
    if cur:
        words.append(cur)
    return "\n ".join("=?utf-8?Q?%s?=" % w for w in words)


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if not name.isascii():
        return "%s <%s>" % (ew_q(name), addr)
    if any(c in name for c in ',.;:()"@[]'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def addr_of(a):
    return a if isinstance(a, str) else a[1]


def addr_header(name, lst):
    parts = [fmt_addr(a) for a in lst]
    line = name + ": "
    out = []
    cur = line
    for i, p in enumerate(parts):
        piece = p + ("," if i < len(parts) - 1 else "")
        if cur.strip().endswith(":") or len(cur) + len(piece) + 1 <= 78:
            cur += ("" if cur.endswith(": ") else " ") + piece
        else:
            out.append(cur)
            cur = " " + piece
    out.append(cur)
    return "\n".join(out)


def encode_body(text, enc):
    """Return (cte, payload) for a text body."""
    if enc is None:
        enc = "7bit" if text.isascii() else "quoted-printable"
    if enc == "7bit":
        assert text.isascii(), "7bit body must be ASCII"
        assert all(len(l) < 990 for l in text.split("\n"))
        return "7bit", text
    if enc == "8bit":
        return "8bit", text
    if enc == "quoted-printable":
        return "quoted-printable", quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if enc == "base64":
        data = text.replace("\n", "\r\n").encode("utf-8")
        return "base64", base64.encodebytes(data).decode("ascii")
    if enc == "raw-qp":  # already quoted-printable encoded by hand
        return "quoted-printable", text
    raise ValueError(enc)


def text_part(text, subtype, enc, charset="utf-8", fmt_flowed=False):
    cte, payload = encode_body(text, enc)
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += "; format=flowed"
    if not payload.endswith("\n"):
        payload += "\n"
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte, payload)


def multipart(subtype, boundary, parts):
    body = "Content-Type: multipart/%s;\n\tboundary=\"%s\"\n\n" % (subtype, boundary)
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    body += "--%s--\n" % boundary
    return body


def attachment_part(att):
    fn, ctype, data = att["filename"], att["ctype"], att["data"]
    enc = att.get("enc", "base64")
    disp = att.get("disposition", "attachment")
    hdr = 'Content-Type: %s; name="%s"\n' % (ctype, fn)
    hdr += 'Content-Disposition: %s; filename="%s"\n' % (disp, fn)
    if att.get("cid"):
        hdr += "Content-ID: <%s>\n" % att["cid"]
    if enc == "base64":
        payload = base64.encodebytes(data).decode("ascii")
        hdr += "Content-Transfer-Encoding: base64\n"
    elif enc == "7bit":
        payload = data.decode("ascii").replace("\r\n", "\n")
        hdr += "Content-Transfer-Encoding: 7bit\n"
    elif enc == "quoted-printable":
        payload = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
        hdr += "Content-Transfer-Encoding: quoted-printable\n"
    else:
        raise ValueError(enc)
    return hdr + "\n" + payload


def auto_html(text, style):
    """Render a plain-text body roughly the way Outlook / Gmail would."""
    blocks = []  # list of (kind, lines)
    for line in text.split("\n"):
        kind = "q" if line.startswith(">") else "t"
        if kind == "q":
            line = line[1:].lstrip(" ") if line.startswith("> ") or line == ">" else line[1:]
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    esc = lambda s: html.escape(s, quote=False)
    if style == "gmail":
        out = ['<div dir="ltr">']
        for kind, lines in blocks:
            inner = "".join("<div>%s</div>\n" % (esc(l) if l.strip() else "<br>") for l in lines)
            if kind == "q":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote>\n' % inner)
            else:
                out.append(inner)
        out.append("</div>\n")
        return "".join(out)
    # outlook
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
           '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
           '<div class="WordSection1">\n']
    for kind, lines in blocks:
        ps = "".join('<p class="MsoNormal">%s</p>\n' % (esc(l) if l.strip() else "&nbsp;") for l in lines)
        if kind == "q":
            out.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 4.0pt">\n%s</div>\n' % ps)
        else:
            out.append(ps)
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def msgid(slug, style):
    x = h("mid:" + slug, 40).upper()
    if style == "outlook":
        return "<LO4P265MB%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (x[:28], x[28:32])
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(x[:36])).decode().replace("/", "_").replace("+", "-")
        return "<CAH%s@mail.gmail.com>" % b
    return "<%s.%s@%s>" % (x[:12].lower(), x[12:20].lower(), SD)


# ---------------------------------------------------------------- tiny files
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 800 Td 15 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def make_png(w, hgt, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(hgt))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- message builder
CASES = []


def case(label, slug, note, **kw):
    assert label in ("flag", "clean")
    CASES.append(dict(label=label, slug=slug, note=note, **kw))


def build(c, n):
    slug = c["slug"]
    style = c.get("style", "outlook")  # outlook | gmail | plain-client
    frm = STAFF[c["frm"]]
    to = c["to"]
    cc = c.get("cc", [])
    hdrs = []
    hdrs.append("From: " + fmt_addr(frm))
    hdrs.append(addr_header("To", to))
    if cc:
        hdrs.append(addr_header("Cc", cc))
    if c.get("reply_to"):
        hdrs.append(addr_header("Reply-To", [c["reply_to"]]))
    subj = c["subject"]
    se = c.get("subject_enc")
    if se == "B":
        hdrs.append("Subject: " + ew_b(subj))
    elif se == "Q":
        hdrs.append("Subject: " + ew_q(subj))
    else:
        assert subj.isascii(), slug
        hdrs.append("Subject: " + subj)
    hdrs.append("Date: " + c["date"])
    hdrs.append("Message-ID: " + msgid(slug, style))
    if c.get("in_reply_to"):
        hdrs.append("In-Reply-To: " + c["in_reply_to"])
        hdrs.append("References: " + c["in_reply_to"])
    if style == "outlook":
        hdrs.append("Thread-Topic: " + (ew_q(subj) if not subj.isascii() else subj))
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if c.get("attachments") else ""))
    elif style == "plain-client":
        hdrs.append("User-Agent: Mozilla Thunderbird")
    hdrs.append("MIME-Version: 1.0")

    b = h("b:" + slug, 12)
    text = c.get("text")
    if text is not None:
        text = text.strip("\n") + "\n"
    if c.get("html_only"):
        body = text_part(c["html"], "html", c.get("html_enc", "quoted-printable"))
    elif c.get("html") is not None:
        htm = c["html"]
        if htm == "auto":
            htm = auto_html(text.rstrip("\n"), "gmail" if style == "gmail" else "outlook")
        bnd = ("000_%s_" % b) if style == "outlook" else ("0000000000%s" % b)
        body = multipart("alternative", bnd, [
            text_part(text, "plain", c.get("enc")),
            text_part(htm, "html", c.get("html_enc", "quoted-printable")),
        ])
    else:
        body = text_part(text, "plain", c.get("enc"), fmt_flowed=c.get("flowed", False))
    if c.get("attachments"):
        bnd = ("_004_%s_" % h("m:" + slug, 12)) if style == "outlook" else ("00000000000%s" % h("m:" + slug, 12))
        body = multipart("mixed", bnd, [body] + [attachment_part(a) for a in c["attachments"]])
    msg = "\n".join(hdrs) + "\n" + body
    return crlf(msg)


def recipients(c):
    return " ".join(addr_of(a) for a in list(c["to"]) + list(c.get("cc", [])))


# ================================================================ FLAG cases (30)

case("flag", "malham_trip_mobile", "personal mobile in body, spaced",
     frm="tw", to=[JANE], style="plain-client",
     subject="Malham fieldwork tomorrow - Example Pupil One",
     date=dt(2026, 3, 12, 17, 4, 51),
     text="""
Dear Mrs Parent,

Thanks for letting me know about the inhaler - I've made a note on the trip
list and I'll keep it in my rucksack rather than leaving it on the coach.

We're due back at school for about 4.30pm but the A65 can be slow on a Friday,
so please don't worry if we're a little late. If anything comes up while we're
away, or you need to get hold of me tomorrow evening, just ring my mobile,
07700 900312, as the office shuts at 4.

Best wishes,
Tom Whitfield
Geography
""")

case("flag", "minibus_text_me", "'text me' mobile without spaces, to pupil",
     frm="ko", to=[pupil("Tariq Khan", "22tkhan")], style="outlook", html="auto",
     subject="Saturday fixture - minibus",
     date=dt(2026, 1, 29, 15, 47, 2),
     text="""
Hi Tariq,

Minibus leaves from the sports hall car park at 8.15 on Saturday, not 8.30 like I said at training. Bring boots AND astros because we won't know till we get there whether it's the 3G or grass.

If your dad's running late just text me on 07700900547 and we'll hang on a few minutes.

Mr Okafor
""")

case("flag", "access_arrangements_evening_call", "mobile written 077009 00418, reply to carer",
     frm="sb", to=[SAM], style="outlook", html="auto",
     subject="RE: Exam access arrangements",
     in_reply_to="<DB7PR02MB4410C3E1A9F0@DB7PR02MB4410.eurprd02.prod.outlook.com>",
     date=dt(2026, 2, 3, 16, 12, 40),
     text="""
Dear Sam,

Thank you for sending the letter from the paediatrician so quickly. That is everything I need for the access arrangements application and I'll get it submitted before half term.

I know you said daytime calls are hard with your shifts. I'm happy to have a quick chat one evening to go through what the extra time and rest breaks will look like in practice - my number's 077009 00418, any time after 6 is fine.

Kind regards,

Siobhán Brennan
SENCo
Example School
Park Row, Leeds LS1 4AP
01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 02 February 2026 21:55
To: Siobhán Brennan <s.brennan@example-school.org.uk>
Subject: Exam access arrangements

Hi Mrs Brennan, letter from Dr Ahmed attached. I'm on nights most of this week so email is best for me. Thanks, Sam
""")

case("flag", "berlin_landed_roaming", "+44 7700 mobile and WhatsApp offer on trip abroad",
     frm="nr", to=[ALI], style="gmail", html="auto",
     subject="Berlin - we've landed",
     date=dt(2026, 2, 16, 11, 38, 9),
     text="""
Dear Mr Guardian,

Just a quick note to say we've landed safely at Brandenburg and everyone is on the S-Bahn to the hostel. Example Pupil Three has been absolutely fine and did remember the passport in the end!

Signal in the U-Bahn is patchy, but if you need me urgently over the next four days my own mobile is on roaming: +44 7700 900634. WhatsApp works on it too if that's easier.

Nadia Rahman
Head of Sixth Form
""")

case("flag", "catchup_sig_plus44_0", "signature 'Mobile (personal)' +44 (0)7700",
     frm="an", to=[JANE], style="outlook", html="auto",
     subject="Year 10 science catch-up sessions",
     date=dt(2026, 1, 14, 8, 2, 33),
     text="""
Dear Mrs Parent,

I'm running catch-up sessions for Year 10 combined science on Thursdays after school in S12, 3.15 to 4.15, up to the mocks. Example Pupil One missed a few of the electrolysis lessons before Christmas and I think she'd find the next three really useful. There's no need to sign up - she can just turn up.

Many thanks,

Agnieszka Nowak
Teacher of Science
Example School, Park Row, Leeds LS1 4AP
Office: 01632 960000
Mobile (personal): +44 (0)7700 900271
""")

case("flag", "ski_trip_0044", "0044 international form of own mobile",
     frm="af", to=[SAM], style="plain-client",
     subject="Ski trip - getting hold of me in Austria",
     date=dt(2026, 2, 5, 19, 21, 17),
     text="""
Dear Sam,

Thanks for the kit list questions - yes, he can borrow the school's helmets, and
salopettes from the charity shop are absolutely fine.

You asked how to reach me while we're away. The hotel reception speaks good
English but can be slow to pass messages on. If you're ringing from a UK phone
my mobile works as normal, but if you're calling from your work phone in Spain
next week you'll need the full international format: 0044 7700 900905.

Aoife Fitzgerald
MFL / Ski trip leader
""")

case("flag", "revision_timetable_dots", "mobile with dots, to pupil",
     frm="rs", to=[pupil("Ella Brown", "21ebrown")], style="gmail", html="auto",
     subject="revision timetable",
     date=dt(2026, 3, 6, 20, 14, 0),
     text="""
Hi Ella,

Had a look at the revision timetable you sent. It's a good start but you've got nothing at all for chemistry until April, and that's the one you said you were most worried about! Swap one of the Tuesday history slots for chemistry and see how it goes.

If you're stressing about it over the weekend, message me on 07700.900.382 and we can sort it out.

Mr Sutcliffe
""")

case("flag", "homework_call_hyphens", "'my personal number' with hyphens; parent address in odd case",
     frm="dp", to=[("Jane Parent", "Jane.Parent@GMAIL.com")], style="outlook", html="auto",
     subject="Missing maths homework",
     date=dt(2026, 1, 21, 16, 55, 30),
     text="""
Dear Mrs Parent,

Example Pupil One has not handed in the last three Sparx homeworks. I don't want to put her in a detention without talking to you first, as she has said there are problems with the laptop at home.

It might be easier to talk - my personal number is 07700-900-219 and I'm usually free after 5.

Thanks,
Mr Patel
Maths
""")

case("flag", "nea_upload_split_line", "mobile split over a line break, plain text",
     frm="lf", to=[pupil("Maryam Farooq", "19mfarooq")], style="plain-client",
     subject="NEA upload tonight",
     date=dt(2026, 3, 19, 18, 2, 12),
     text="""
Maryam,

Don't panic about the upload error - it's the file name, Teams doesn't like the
apostrophe in "Carter's". Rename it to Farooq_NEA_final.docx and try again.

The deadline is midnight, but if the upload keeps failing, ring me on 07700
900 764 and I'll tell you what to do. Do NOT email it to me as an attachment.

Ms Fairbairn
""")

case("flag", "cello_lesson_nbsp_html", "HTML-only, mobile with &nbsp; entities",
     frm="ml", to=[JANE], style="outlook", html_only=True,
     subject="Cello lessons - change of day",
     date=dt(2026, 1, 8, 12, 41, 5),
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Mrs Parent,</p>
<p>A quick one about cello lessons. From next week I need to move Example Pupil One&#39;s lesson from Tuesday period 3 to Wednesday period 1, as I am now covering a Year 7 class on Tuesdays. The lesson still rotates, so she won&#39;t keep missing the same subject.</p>
<p>If Wednesday mornings are a problem because of her orthodontist appointments, give me a ring on my mobile on 07700&nbsp;900&nbsp;851 and we&#39;ll find another slot.</p>
<p>Best wishes,<br>Maja Lindqvist<br>Head of Music</p>
</div></body></html>
""")

case("flag", "costume_fitting_tel_link", "HTML-only, number only in tel: href",
     frm="jm", to=[pupil("Kayla Douglas", "22kdouglas")], style="outlook", html_only=True,
     subject="Costume fitting Thursday",
     date=dt(2026, 2, 24, 13, 9, 44),
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Kayla,</p>
<p>Wardrobe have your Lady Macbeth dress ready for a fitting on Thursday after school in the drama studio (D1). It&#39;s 15:15 and should only take 20 minutes.</p>
<p>If you can&#39;t make Thursday <a href="tel:+447700900193">give me a call</a> tonight and we&#39;ll sort another time &ndash; I&#39;d rather not leave it until dress rehearsal week!</p>
<p>Mr McAllister<br>Drama</p>
</body></html>
""")

case("flag", "dt_materials_sig_mob", "signature 'Mob:' line under school number, QP",
     frm="ge", to=[SAM], style="plain-client", enc="quoted-printable",
     subject="Year 11 DT - materials contribution",
     date=dt(2026, 1, 12, 9, 30, 0),
     text="""
Dear Sam,

Just a reminder that the voluntary contribution for Year 11 coursework materials is £15, payable on ParentPay. Your son has chosen to make a bedside table in oak, which is more expensive than the pine most people use, so I've ordered the wood already and we can settle up later - there's no rush at all, and if money is tight please just tell me and we'll sort something out quietly.

Thanks,

Gareth Ellison
Teacher of Design & Technology
Example School | Park Row | Leeds | LS1 4AP
Tel: 01632 960000
Mob: 07700 900 577
""")

case("flag", "battlefields_ring_me_home", "home landline 'ring me at home'",
     frm="wh", to=[ALI], style="outlook", html="auto",
     subject="Battlefields trip - medical form",
     date=dt(2026, 3, 3, 15, 20, 18),
     text="""
Dear Mr Guardian,

Thank you for the medical form for the Ypres trip. I just need a bit more detail on the allergy - the form says "nuts" but the tour company needs to know whether that includes coconut and whether he carries an auto-injector.

I'm out on Thursday and Friday on a course, but ring me at home on 0113 496 0527 any evening this week and we can go through it.

Will Holroyd
History
""")

case("flag", "friendship_personal_gmail", "personal gmail address offered in body",
     frm="rh", to=[JANE], style="outlook", html="auto",
     subject="RE: Example Pupil One - friendship issues",
     in_reply_to="<CAJx0Lq7p9dW1@mail.gmail.com>",
     date=dt(2026, 2, 10, 17, 51, 26),
     text="""
Dear Mrs Parent,

Thank you for your email - I'm so sorry she's had such a difficult week. I've spoken to both girls separately today and I'm going to do a restorative meeting with them on Thursday morning with Miss Thornton.

Our email has been unreliable this week (some parents' messages have been bouncing) so if you don't hear back from me, email me at my own address, rhiannon.hughes.leeds@gmail.com, and I'll pick it up in the evening.

Kind regards,
Rhiannon Hughes
Head of Year 9

> Dear Mrs Hughes, she came home in tears again today. I don't want to make a fuss but something has to be done. Jane
""")

case("flag", "apprenticeship_sig_hotmail", "personal hotmail in signature, to pupil",
     frm="ca", to=[pupil("Owen Lewis", "20olewis")], style="outlook", html="auto",
     subject="Apprenticeship applications - Arup and Leeds Teaching Hospitals",
     date=dt(2026, 1, 27, 10, 5, 59),
     text="""
Hi Owen,

Both of these close at the end of February, so don't leave them. For Arup the online test is the hard part - there are practice versions on their site. For the hospital one, the supporting statement really matters; send me a draft by Friday 13th and I'll read it over the weekend.

Chris

Chris Adeyemi | Careers Lead | Example School | 01632 960000
personal: chrisadeyemi84@hotmail.co.uk
""")

case("flag", "gallery_trip_reply_to_outlook", "Reply-To header is own personal outlook.com",
     frm="fm", to=[JANE, SAM, ALI], reply_to=("Faith Mensah", "faith.mensah.art@outlook.com"),
     style="outlook", html="auto",
     subject="GCSE Art gallery trip - please confirm",
     date=dt(2026, 2, 25, 14, 33, 7),
     text="""
Dear Parents and Carers,

The GCSE Art trip to the Hepworth in Wakefield is on Wednesday 11 March. We leave by train from Leeds station at 9.20 and will be back for the end of the school day. The trip is free, but pupils need around £5 for lunch.

Please just hit reply to confirm your child is coming, as I am collecting the replies myself this time.

Thank you,
Ms Mensah
Head of Art
""")

case("flag", "working_from_home_cc_icloud", "Cc to own personal icloud address",
     frm="et", to=[SAM], cc=[("Emma Thornton", "emma.thornton77@icloud.com")], style="outlook", html="auto",
     subject="Monday's meeting",
     date=dt(2026, 3, 13, 16, 40, 2),
     text="""
Hi Sam,

Just confirming our catch-up about the anxiety support plan on Monday at 2pm. I'll be working from home that day so I'll ring you rather than meet in school.

I've copied in my personal email because I can't always get onto the school system from home - if you need to change the time, reply to both and I'll definitely see it.

Emma Thornton
Pastoral Manager
""")

case("flag", "python_project_at_dot", "obfuscated personal gmail 'at ... dot com'",
     frm="ob", to=[pupil("Alfie Price", "21aprice")], style="gmail", html="auto",
     subject="Re: project won't send",
     in_reply_to="<0e9b1c7a.21aprice@pupils.example-school.org.uk>",
     date=dt(2026, 3, 2, 21, 3, 36),
     text="""
The school filter blocks .zip files, that's why it bounced. Either upload it to your OneDrive and share the link, or send the zip to owenbrady1985 at gmail dot com and I'll download it tonight.

Mr Brady

On Mon, 2 Mar 2026 at 20:41, Alfie Price <21aprice@pupils.example-school.org.uk> wrote:
> sir it keeps saying message not delivered
""")

case("flag", "fabric_drop_home_address", "own home address with postcode",
     frm="kd", to=[JANE], style="outlook", html="auto",
     subject="Fabric donation - thank you!",
     date=dt(2026, 1, 30, 12, 18, 45),
     text="""
Dear Mrs Parent,

That's so kind - the Year 8 quilting project gets through a ridiculous amount of fabric and the curtains you described sound perfect.

If it's easier than bringing the bags into school, you're welcome to drop them round to mine over the weekend: 22 Larkspur Close, Leeds LS6 2QT. Just leave them in the porch if I'm out.

Thank you again,
Kirsty Devlin
Textiles
""")

case("flag", "dofe_tents_garage_b64_html", "HTML-only base64 body with own home address",
     frm="im", to=[pupil("Ruth Nwosu", "21rnwosu"), pupil("Jack Smith", "21jsmith"), pupil("Tariq Khan", "22tkhan")],
     style="outlook", html_only=True, html_enc="base64",
     subject="DofE - collecting tents this weekend",
     date=dt(2026, 4, 16, 14, 2, 50),
     html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1F1F1F">
<p>Hi all,</p>
<p>The kit store is being re-roofed this week so the tents and trangias for the practice expedition are in my garage instead.</p>
<p>Please come and collect your group&#39;s kit on <b>Saturday between 10 and 12</b> from my house: <b>7 Mill Lane, Horsforth, Leeds LS18 5JD</b>. Bring a big bag and someone with a car if you can.</p>
<p>Route cards still due Monday.</p>
<p>Mr MacLeod<br>DofE Manager</p>
</div></body></html>
""")

case("flag", "attendance_whatsapp_me", "'WhatsApp me on' own mobile; RFC 2047 subject",
     frm="ho", to=[SAM], style="gmail", html="auto", subject_enc="Q",
     subject="Attendance – mornings",
     date=dt(2026, 1, 19, 9, 48, 11),
     text="""
Hi Sam,

Thanks for ringing in again this morning. I know the phone line has been a nightmare first thing, you're not the only one who's said.

It's probably quickest if you WhatsApp me on 07700 900 648 on the mornings he isn't going to make it in, and I'll log it on the register for you.

Hannah
Attendance Officer
""")

case("flag", "team_sheet_snapchat_b64", "Snapchat handle invitation, base64 plain body",
     frm="ko", to=[pupil("Jack Smith", "21jsmith"), pupil("Owen Lewis", "20olewis")], style="plain-client", enc="base64",
     subject="Team sheet for Wednesday",
     date=dt(2026, 2, 9, 18, 30, 21),
     text="""
Lads,

Team sheet for Wednesday's cup game won't be up on the PE board till Tuesday
lunch. If you want it earlier, add me on Snapchat @coach_k_okafor and I'll stick
it on my story Monday night.

Training Tuesday 3.15 as normal.

Mr O
""")

case("flag", "quartet_instagram", "own Instagram handle to pupil",
     frm="ml", to=[pupil("Ella Brown", "21ebrown")], style="gmail", html="auto",
     subject="Shostakovich recording",
     date=dt(2026, 3, 10, 19, 55, 0),
     text="""
Hi Ella,

You asked about the Shostakovich 8 recording I played in class - it's the Borodin Quartet one, it's on Spotify.

Also my Insta is @maja.plays.cello - I post clips from my quartet's gigs there, follow if you want to hear the second movement properly played (ha). DM me if you want the fingerings for the bit you're stuck on.

Miss Lindqvist
""")

case("flag", "game_jam_discord", "invitation to own Discord server/handle",
     frm="bk", to=[pupil("Alfie Price", "21aprice"), pupil("Kayla Douglas", "22kdouglas"), pupil("Ruth Nwosu", "21rnwosu")],
     style="outlook", html="auto",
     subject="Game jam this Friday",
     date=dt(2026, 3, 17, 12, 55, 13),
     text="""
Hi all,

The game jam is on! Friday from 3.15 in C4, pizza provided (thank you PTA).

To keep everything together over the weekend I've made a Discord server. Add me, I'm bkowal_dev, or use this invite: discord.gg/q7TmR2xK. We'll post builds and bugs there.

Mr Kowalczyk
Computing
""")

case("flag", "contact_card_vcf_attachment", "personal mobile and yahoo address only in attached vCard",
     frm="lp", to=[JANE], style="outlook", html="auto",
     subject="My details",
     date=dt(2026, 1, 15, 11, 11, 11),
     attachments=[dict(filename="Lowri Pryce.vcf", ctype="text/vcard", data=(
         "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pryce;Lowri;;;\r\nFN:Lowri Pryce\r\n"
         "ORG:Example School\r\nTITLE:Learning Mentor\r\n"
         "TEL;TYPE=WORK,VOICE:01632 960000\r\nTEL;TYPE=CELL:+44 7700 900815\r\n"
         "EMAIL;TYPE=WORK:l.pryce@example-school.org.uk\r\n"
         "EMAIL;TYPE=HOME:lowri.pryce@yahoo.co.uk\r\n"
         "ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom\r\n"
         "END:VCARD\r\n").encode())],
     text="""
Dear Jane,

It was lovely to meet you both this morning. As promised I've attached my contact card so you've got all my details in one place. I'll see Example Pupil One on Tuesdays and Fridays in the mentoring room to start with.

Lowri
""")

case("flag", "results_day_paren_mobile", "mobile as (07700) 900336; emoji B subject; QP",
     frm="pg", to=[pupil("Ella Brown", "21ebrown")], style="gmail", html="auto", subject_enc="B",
     subject="Results day – don't panic 🙂",
     date=dt(2026, 8, 18, 10, 26, 7),
     text="""
Hi Ella,

Envelopes will be in the sports hall from 8am on Thursday. If you can't come in, the results will be emailed to your school account at 10am — you don't need to do anything.

If you need to talk about remarks or sixth-form entry and can't get through to school (the phones are always jammed that morning 🙄), call me on (07700) 900336.

Mr Garside
Exams Officer
""")

case("flag", "ucas_signal_holidays", "'message me on Signal' with own number",
     frm="jp", to=[pupil("Owen Lewis", "20olewis")], style="outlook", html="auto",
     subject="Personal statement over Easter",
     date=dt(2026, 3, 27, 15, 58, 40),
     text="""
Hi Owen,

Your draft is really close now. Over Easter, focus on the middle paragraph - it's a list of things you've done rather than what you learned from them.

I know the UCAS hub goes a bit wrong sometimes. If it does over the holidays, message me on Signal (07700 900 174) rather than waiting until we're back.

Have a good break,
Ms Pearson
""")

case("flag", "sunday_league_facebook", "invitation to add own Facebook profile",
     frm="mq", to=[ALI], style="outlook", html="auto",
     subject="Football - Sunday league",
     date=dt(2026, 2, 19, 20, 7, 3),
     text="""
Hi Ali,

Good to chat at the match. As I said, I also coach Meanwood Juniors U15 on Sundays and we'd love to have him - he was outstanding at left back yesterday.

Easiest way to keep in touch outside school is Facebook: add me at facebook.com/markquinn.coach and message me there, and I'll send you the training details.

Mark Quinn
PE
""")

case("flag", "cc_parent_qp_soft_break", "parent only in Cc; QP soft line break inside mobile",
     frm="dp", to=[STAFF["rh"]], cc=[ALI], style="plain-client", enc="raw-qp",
     subject="Set change - Example Pupil Three",
     date=dt(2026, 3, 11, 16, 44, 29),
     text=(
         "Dear Mrs Hughes, Mr Guardian,\n"
         "\n"
         "Following the mock, I think Example Pupil Three would be better served in=\n"
         " set 2 for the rest of Year 9. He's consistently scoring in the top 5 of =\n"
         "set 3 and I don't want him to coast.\n"
         "\n"
         "I have copied Mr Guardian in so he has the same information. If it's eas=\n"
         "ier to talk it through before Friday, you can get me directly on 07700 9=\n"
         "00492 until about 8pm most evenings - the school phones go to voicemail =\n"
         "after 4.\n"
         "\n"
         "Dev Patel\n"
         "Maths\n"))

case("flag", "dance_tiktok_dm", "TikTok handle with 'DM me', to pupils",
     frm="so", to=[pupil("Kayla Douglas", "22kdouglas"), pupil("Ruth Nwosu", "21rnwosu")],
     style="gmail", html="auto",
     subject="Dance showcase choreography",
     date=dt(2026, 3, 4, 21, 16, 55),
     text="""
Hi girls,

Brilliant rehearsal today. I've filmed the new section of the routine so you can practise at home before Monday.

It's up on my TikTok, @missoyelaran.dance - follow me and DM me if you can't see it and I'll send it to you directly.

Miss O
""")

# ================================================================ CLEAN cases (60)

case("clean", "absence_call_school_line", "school attendance line 01632 960000 and LS1 4AP",
     frm="ho", to=[JANE], style="plain-client",
     subject="Absence this morning",
     date=dt(2026, 1, 13, 9, 17, 2),
     text="""
Dear Mrs Parent,

Example Pupil One was marked absent at registration this morning and we haven't
had a call from home yet. I'm sure there's a simple explanation, but could you
let us know, either by replying to this email or by ringing the attendance line
on 01632 960000 (option 1), before 10.30?

If she's poorly, please ring in each morning she is off.

Many thanks,
Hannah Osei
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

case("clean", "whitby_coach_company", "coach firm's depot number, address and booking ref",
     frm="tw", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Year 9 Whitby trip - coach times",
     date=dt(2026, 3, 9, 13, 2, 47),
     text="""
Dear Parents and Carers,

Thank you to everyone who has returned the consent form for Thursday's trip to Whitby. A few practical points:

- The coach is with Aire Valley Travel. It will be parked on Park Row from 7.40am and leaves at 8.00am sharp.
- We expect to be back at school at around 5.15pm. If we are running late, the office will text all parents through the school messaging system.
- The coach company have asked me to pass on that anything left on the coach goes to their depot: Aire Valley Travel, Unit 4, Canal Wharf, Leeds LS11 5PY, 0113 496 0841. Please quote booking reference AVT-26-0313.

Pupils will need a packed lunch, a waterproof and around £10 if they want something from the abbey shop.

On the day, if you need to get a message to the group, please ring the school office on 01632 960000 and they will contact me.

Kind regards,
Tom Whitfield
Trip Leader / Geography
Example School
""")

case("clean", "macbeth_box_office", "theatre box office phone/e-mail, price, booking ref, ISBN",
     frm="lf", to=[pupil("Maryam Farooq", "19mfarooq"), pupil("Owen Lewis", "20olewis"), pupil("Ella Brown", "21ebrown")],
     style="plain-client",
     subject="Macbeth at the Playhouse - tickets",
     date=dt(2026, 2, 26, 12, 31, 9),
     text="""
Hi all,

Good news - the Playhouse has confirmed our group booking for the evening
performance of Macbeth on Wednesday 18th March (7.30pm). Tickets are £12.50 each
and the booking reference is PLH-558104.

A couple of you asked about bringing a parent along. Our block is full, but the
box office still had seats in the circle when I rang this morning: 0113 496 0112,
or boxoffice@playhouse-leeds.example.org. Say you're with the Example School
party and they'll try to seat your family near us.

We'll meet in the foyer at 7pm. Bring your copy of the play if you have it
(the Oxford School Shakespeare edition, ISBN 978-0-19-832400-6).

Ms Fairbairn
""")

case("clean", "discovery_centre_html_only", "HTML-only trip letter, museum address/learning-team number",
     frm="an", to=[JANE, SAM, ALI], style="outlook", html_only=True,
     subject="Year 8 visit to the Harbourside Discovery Centre",
     date=dt(2026, 2, 23, 8, 45, 0),
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>As part of the Year 8 forces and motion topic, we are visiting the <b>Harbourside Discovery Centre</b> on <b>Tuesday 17 March 2026</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Venue</td><td>Harbourside Discovery Centre, 3 Quay Street, Manchester M3 4QB</td></tr>
<tr><td>Depart school</td><td>8.45am (registration as normal)</td></tr>
<tr><td>Return</td><td>approx. 3.30pm</td></tr>
<tr><td>Cost</td><td>&pound;8.50 on ParentPay by Friday 6 March</td></tr>
</table>
<p>If your child has access needs, the centre&#39;s learning team are very helpful and can be contacted directly on 0161 496 0318 or learning@harbourside-discovery.example.org. Otherwise, any questions to the Science office via the school on 01632 960000.</p>
<p>Mrs A Nowak<br>Teacher of Science</p>
</div></body></html>
""")

case("clean", "prom_venue_postcode", "prom venue address/postcode, events team number, prices; emoji subject",
     frm="nr", to=[pupil("Maryam Farooq", "19mfarooq"), pupil("Daniel Okoro", "19dokoro"), pupil("Grace Whitaker", "19gwhitaker")],
     style="gmail", html="auto", enc="base64", html_enc="base64", subject_enc="B",
     subject="Y13 Prom – venue confirmed! 🎉",
     date=dt(2026, 2, 12, 13, 40, 22),
     text="""
Hi Year 13,

It's official - Prom 2026 is at Oakwood Hall Hotel, Wetherby Road, Leeds LS17 8QN on Friday 26 June, 7pm till midnight.

Tickets are £45 (three-course meal, DJ, photo booth). A £15 deposit is due on ParentPay by 20 March and the rest by 22 May.

If you have dietary requirements or need step-free access, please contact the hotel's events team directly on 0113 496 0760 or events@oakwoodhall.example.com and quote "Example School Prom 2026".

Arrivals will be via the main entrance only, no vehicles past the barrier after 6.45pm.

Ms Rahman
""")

case("clean", "u15_cup_away_fixture", "away school's address and its 01632 960xxx reception number",
     frm="mq", to=[ALI], style="outlook", html="auto",
     subject="U15 cup quarter-final - away at St Aidan's",
     date=dt(2026, 2, 2, 11, 24, 36),
     text="""
Dear Mr Guardian,

The quarter-final is away at St Aidan's Academy, Grange Road, Harrogate HG2 9QQ on Wednesday, kick-off 3.45pm. The minibus leaves at 2.30 from the sports hall and we should be back about 6.30.

You mentioned you'd rather pick him up from Harrogate as you work near there - that's fine, just let me know in writing before Wednesday. If you're held up on the day, St Aidan's reception is 01632 960518 and they can get a message to me at the pitch.

Mr Quinn
PE Department
""")

case("clean", "in_year_admissions_council", "local authority admissions number/e-mail and reference",
     frm="gp", to=[SAM], style="outlook", html="auto",
     subject="RE: Place for younger sibling",
     in_reply_to="<AM0PR10MB3321D5E7A1C2@AM0PR10MB3321.EURPRD10.PROD.OUTLOOK.COM>",
     date=dt(2026, 1, 22, 14, 3, 0),
     text="""
Dear Sam,

Thank you for your enquiry about a Year 7 place for your younger child. I'm afraid in-year applications can't be made to us directly; they go through the local authority's admissions team:

Leeds School Admissions
0113 496 0233
schooladmissions@leeds-admissions.example.org

Your sibling link will be taken into account. The council will contact us once they have processed the form (your online reference, IYA/2026/0471, is what they'll ask for).

Kind regards,
Gill Pickard
Admissions Officer
Example School | Park Row | Leeds LS1 4AP | 01632 960000
""")

case("clean", "school_nurse_chathealth", "[unsure] NHS ChatHealth text number is a mobile (third party)",
     frm="et", to=[JANE], style="outlook", html="auto",
     subject="School nursing drop-in",
     date=dt(2026, 3, 5, 10, 12, 15),
     text="""
Dear Mrs Parent,

Following our conversation yesterday, here are the details of the school nursing team I mentioned.

They run a drop-in in the medical room every Tuesday lunchtime, which Example Pupil One is welcome to use without an appointment. Young people aged 11-19 can also text the NHS ChatHealth service confidentially on 07700 900940 - it's answered by the school nurses, Monday to Friday 9 till 5.

As a parent, you can reach the team on 0113 496 0690 (Leeds Community Healthcare, 0-19 Public Health Integrated Nursing Service).

Best wishes,
Emma Thornton
Pastoral Manager
""")

case("clean", "camhs_referral_crisis_lines", "CAMHS, crisis line, Samaritans numbers to parent",
     frm="sb", to=[ALI], style="outlook", html="auto",
     subject="CAMHS referral - next steps",
     date=dt(2026, 2, 27, 15, 30, 44),
     text="""
Dear Mr Guardian,

As we discussed, I submitted the referral to CAMHS this afternoon. They aim to triage within four weeks and will contact you directly, not through school.

While you are waiting:
- CAMHS Single Point of Access: 0113 496 0555 (Mon-Fri 9-5) if you want to check on progress
- Out-of-hours mental health crisis line: 0808 157 0123
- Samaritans: 116 123 (free, 24 hours)
- If you are ever worried about his immediate safety, call 999 or go to A&E.

In school, he can come to me or to Mrs Thornton at any point; his time-out card is ready.

Kind regards,

Siobhán Brennan
SENCo
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

case("clean", "wellbeing_childline_pupil", "Childline 0800 1111, Samaritans 116 123, Shout 85258 to pupil",
     frm="lp", to=[pupil("Grace Whitaker", "19gwhitaker")], style="gmail", html="auto",
     subject="Thinking of you",
     date=dt(2026, 3, 16, 15, 36, 1),
     text="""
Hi Grace,

Thank you for talking to me today - I know that wasn't easy. I've let Mrs Ackroyd know, like we agreed.

I'm in the Wellbeing Hub (G07) every day until 4pm, and you can come in at break or lunch without booking. If things feel too much when school is closed:

Childline - 0800 1111 or childline.org.uk (you can chat online)
Samaritans - 116 123
Shout - text SHOUT to 85258

Take care of yourself this weekend.
Miss Pryce
""")

case("clean", "blazer_uniform_supplier", "uniform shop address/number and order number; reply",
     frm="of", to=[SAM], style="outlook", html="auto",
     subject="RE: Blazer sizes",
     in_reply_to="<PAXP190MB1742E0F3C1@PAXP190MB1742.EURP190.PROD.OUTLOOK.COM>",
     date=dt(2026, 1, 9, 11, 6, 14),
     text="""
Dear Sam,

Blazers and ties are only sold by our uniform supplier, not by the school office:

Schoolwear Centre
41 Kirkgate, Leeds LS2 7DJ
0113 496 0377 / orders@schoolwear-centre.example.com
Mon-Sat 9.30-5

If you've already ordered online, they'll need your order number (SWC-48213 from the email you forwarded) to swap the size. They're usually very good about exchanges if the labels are still on.

Kind regards,
School Office
Example School, Park Row, Leeds LS1 4AP | 01632 960000

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 08 January 2026 19:32
To: office@example-school.org.uk
Subject: Blazer sizes

Hi, the 34 blazer is too small already, can we swap it at school? Thanks, Sam
""")

case("clean", "music_hub_lessons", "music service number/e-mail, price, URL with numbers",
     frm="ml", to=[JANE], style="outlook", html="auto",
     subject="Instrumental lessons 2026-27",
     date=dt(2026, 3, 18, 16, 20, 0),
     text="""
Dear Mrs Parent,

You asked whether Example Pupil One's younger brother could start violin when he joins us in September. Lessons are provided by the Leeds Music Hub, not by the school itself, so sign-up is through them:

https://leedsmusichub.example.org/apply?school=4402&year=2026

Lessons are £12.50 per 20-minute slot (£125 a term), and there are bursaries for families eligible for free school meals. The Hub's office is on 0113 496 0150, lessons@leedsmusichub.example.org.

Sign-ups for September close on 2026-05-01.

Best wishes,
Maja Lindqvist
Head of Music
""")

case("clean", "careers_interview_external_cc", "external careers adviser's work number/e-mail, adviser Cc'd",
     frm="ca", to=[pupil("Daniel Okoro", "19dokoro")], cc=[("Dawn Feltham", "dawn.feltham@futurescareers.example.org")],
     style="outlook", html="auto",
     subject="Careers interview - Thursday P3",
     date=dt(2026, 1, 26, 9, 3, 21),
     text="""
Hi Daniel,

You're booked in for a careers guidance interview with Mrs Dawn Feltham from Futures Careers on Thursday, period 3, in the Careers Library (L2). I've copied her in.

Have a think beforehand about the two or three options you're most interested in - she is brilliant on apprenticeships as well as university.

If you need to rearrange, please contact Mrs Feltham directly on 0113 496 0962 or dawn.feltham@futurescareers.example.org, and let me know too.

Mr Adeyemi
Careers Lead
""")

case("clean", "work_experience_placement", "employer address/postcode and supervisor's work number",
     frm="kl", to=[pupil("Jack Smith", "21jsmith")], cc=[JANE], style="outlook", html="auto",
     subject="Work experience placement confirmed",
     date=dt(2026, 4, 20, 10, 44, 18),
     text="""
Dear Jack (and Mrs Parent),

Great news - your work experience placement is confirmed:

Harlow & Binns Solicitors
12 Wellington Street, Leeds LS1 2DE
Monday 22 - Friday 26 June 2026, 9am to 4pm
Supervisor: Priya Sandhu, Office Manager, 0113 496 0714

Dress is smart office wear. Please ring Ms Sandhu before Friday 12 June to introduce yourself - she's expecting your call. If you're ill during the week you must ring both Harlow & Binns and the school attendance line (01632 960000).

The health and safety check was completed on 14/04/2026.

Kate Lowther
Work Experience Coordinator
""")

case("clean", "history_remark_candidate_no", "candidate/centre numbers, fee, enquiry ref, dates",
     frm="pg", to=[ALI], style="outlook", html="auto",
     subject="RE: Re-mark request - GCSE History",
     in_reply_to="<1a2b3c4d5e6f.ali.guardian@btinternet.com>",
     date=dt(2025, 8, 27, 11, 52, 3),
     text="""
Dear Mr Guardian,

I've submitted the review of marking for GCSE History Paper 2 (8145/2) today. For your records:

Candidate number: 4172
Centre number: 36245
Enquiry reference: EAR-25-00391
Fee: £48.60 (refunded if the grade changes)

The board's deadline for a result is 24/09/2025 at the latest, but most come back within three weeks. I'll email you as soon as I hear. Please note the mark can go down as well as up, as you confirmed on the consent form.

Paul Garside
Exams Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext 240
""")

case("clean", "community_pantry_half_term", "food bank address/number, weekly price; base64",
     frm="et", to=[SAM], style="gmail", html="auto", enc="base64", html_enc="base64",
     subject="Support over half term",
     date=dt(2026, 2, 12, 16, 5, 42),
     text="""
Hi Sam,

Thank you for being so open with me yesterday. As promised, here are the details:

St Luke's Community Pantry
Church Hall, 8 Kendal Lane, Leeds LS3 1AX
Tuesdays and Fridays, 10am-12pm
£3.50 a week for a full bag - no referral needed
0113 496 0488

The holiday activities programme is also running over half term with free lunches; I've put your son's name down for the Wednesday and Thursday at the sports centre.

Nobody else in school needs to know about any of this. Just shout if there's anything else.

Emma
""")

case("clean", "gp_letter_absence", "GP surgery name and number for evidence",
     frm="ho", to=[ALI], style="plain-client",
     subject="Medical evidence for absence",
     date=dt(2026, 3, 2, 10, 30, 30),
     text="""
Dear Mr Guardian,

Thank you for letting us know. Because his attendance has dropped below 90% this
term we do need some medical evidence for the last two absences.

This doesn't have to be a doctor's letter (surgeries often charge for those). An
appointment card, a prescription label or a printout from the NHS app is fine.
Meanwood Group Practice (0113 496 0299) told me last week they can print
appointment confirmations at reception for free.

Hannah Osei
Attendance Officer
""")

case("clean", "bus_stop_incident_pcso", "[unsure] PCSO's work mobile and police log number (third party)",
     frm="rh", to=[JANE], style="outlook", html="auto",
     subject="Incident at the bus stop on Friday",
     date=dt(2026, 3, 9, 17, 14, 5),
     text="""
Dear Mrs Parent,

Thank you for telling us about what happened at the Park Row bus stop on Friday. I've spoken to the pupils involved from our school today.

As the older boys weren't ours, I've passed it to our neighbourhood PCSO, Danny Rourke (West Yorkshire Police, Leeds City Centre team). He's happy for you to contact him directly on his work mobile, 07700 900921, or via 101 quoting log 1187 of 06/03/2026.

Rhiannon Hughes
Head of Year 9
""")

case("clean", "ski_2027_payment_schedule", "prices, dates in several formats, ParentPay; HTML table",
     frm="af", to=[JANE, SAM, ALI], style="outlook",
     subject="Ski trip February 2027 - payment schedule",
     date=dt(2026, 3, 4, 12, 0, 0),
     text="""
Dear Parents and Carers,

Thank you for your interest in the ski trip to Söll, Austria (13-20 February 2027). The total cost is £1,250, payable on ParentPay as follows:

Deposit (non-refundable)   £250   by 12/03/2026
Instalment 2               £350   by 2026-05-15
Instalment 3               £325   by 30 Sept 2026
Final balance              £325   by 4 December 2026

The coach leaves school at 04:30 on Saturday 13/02/2027. A kit list and the EHIC/GHIC guidance will follow in the autumn.

Ms Fitzgerald
MFL
""",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>Thank you for your interest in the ski trip to S&ouml;ll, Austria (13-20 February 2027). The total cost is <b>&pound;1,250</b>, payable on ParentPay as follows:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th>Payment</th><th>Amount</th><th>Due by</th></tr>
<tr><td>Deposit (non-refundable)</td><td>&pound;250</td><td>12/03/2026</td></tr>
<tr><td>Instalment 2</td><td>&pound;350</td><td>2026-05-15</td></tr>
<tr><td>Instalment 3</td><td>&pound;325</td><td>30 Sept 2026</td></tr>
<tr><td>Final balance</td><td>&pound;325</td><td>4 December 2026</td></tr>
</table>
<p>The coach leaves school at 04:30 on Saturday 13/02/2027. A kit list and the EHIC/GHIC guidance will follow in the autumn.</p>
<p>Ms Fitzgerald<br>MFL</p>
</div></body></html>
""")

case("clean", "parentpay_missing_payment", "ParentPay transaction ID and account ref, school ext",
     frm="fi", to=[SAM], style="plain-client",
     subject="ParentPay - missing payment",
     date=dt(2026, 3, 10, 11, 40, 8),
     text="""
Dear Sam,

We've looked into the revision guide payment you asked about. ParentPay shows a
payment of £37.20 on 03/03/2026 (transaction ID 55102391-0047) but it was made
against the Year 10 item, not Year 11. We've moved it across, so there's nothing
more to pay. Your ParentPay account reference is PP-7730-2291 if you need to
contact them.

Any problems, please ring the finance office via the main number, 01632 960000
ext 205, between 8.30 and 3.

Yvonne Chen
School Business Manager
""")

case("clean", "virtual_parents_evening_teams", "Teams meeting ID/passcode and +44 20 7946 dial-in",
     frm="dp", to=[JANE], style="outlook",
     subject="Virtual parents' evening - Maths",
     date=dt(2026, 2, 4, 8, 15, 0),
     text="""
Dear Mrs Parent,

Here are the details for our appointment on Thursday 5 February at 17:40. Please join a minute or two early.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE1ODM5NDIt%40thread.v2/0?context=%7b%22Tid%22%3a%224402%22%7d>
Meeting ID: 349 882 107 653
Passcode: Xy7bQ2
Or call in (audio only)
+44 20 7946 0123,,71583942#   United Kingdom, London
Phone Conference ID: 715 839 42#
________________________________________________________________________________

Mr Patel
""",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mrs Parent,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here are the details for our appointment on Thursday 5 February at 17:40. Please join a minute or two early.</p>
<div style="margin-bottom:24px;overflow:hidden">
<hr style="border:none;border-top:1px solid #ccc">
<div style="font-size:24px;font-weight:700;color:#242424">Microsoft Teams meeting</div>
<div><b>Join on your computer, mobile app or room device</b></div>
<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE1ODM5NDIt%40thread.v2/0?context=%7b%22Tid%22%3a%224402%22%7d">Click here to join the meeting</a></div>
<div>Meeting ID: <span>349 882 107 653</span></div>
<div>Passcode: <span>Xy7bQ2</span></div>
<div><b>Or call in (audio only)</b></div>
<div><a href="tel:+442079460123,,71583942#">+44 20 7946 0123,,71583942#</a> United Kingdom, London</div>
<div>Phone Conference ID: 715 839 42#</div>
<hr style="border:none;border-top:1px solid #ccc">
</div>
<p class="MsoNormal">Mr Patel</p>
</div></body></html>
""")

case("clean", "revision_zoom_details", "Zoom meeting ID and passcode, times",
     frm="wh", to=[pupil("Jack Smith", "21jsmith"), pupil("Ella Brown", "21ebrown"), pupil("Alfie Price", "21aprice")],
     style="gmail", html="auto",
     subject="Revision session tonight - Zoom details",
     date=dt(2026, 4, 22, 12, 5, 31),
     text="""
Hi all,

Tonight's Paper 1 revision session (Germany 1890-1945) runs 18:30-19:30.

Join Zoom Meeting
https://example-school.zoom.us/j/84522907731?pwd=Tm9yd2ljaDIwMjY
Meeting ID: 845 2290 7731
Passcode: 661209

Cameras optional, but please put your real name so I can let you in from the waiting room. Have the 1923 source pack open.

Mr Holroyd
""")

case("clean", "ucas_personal_id_buzzword", "UCAS ID, buzzword, centre no.; pupil's own personal e-mail",
     frm="nr", to=[pupil("Maryam Farooq", "19mfarooq")], style="outlook", html="auto",
     subject="UCAS - reference almost done",
     date=dt(2026, 1, 6, 14, 22, 50),
     text="""
Hi Maryam,

Your reference is written and I'll send your application on to UCAS by Friday. Just to check the details on the form match ours:

Personal ID: 123-456-7890
Buzzword used: ExSch2026
Centre number: 36245

UCAS will send everything to m.farooq2008@gmail.com, the personal address you registered with, so keep an eye on that inbox (and its spam folder) rather than your school one.

Ms Rahman
Head of Sixth Form
""")

case("clean", "transfer_upn_dfe_number", "UPN and DfE establishment number",
     frm="gp", to=[ALI], style="plain-client",
     subject="Transfer paperwork for Example Pupil Three",
     date=dt(2025, 9, 3, 9, 5, 0),
     text="""
Dear Mr Guardian,

We've now received Example Pupil Three's records from his previous school via
the DfE's School to School service. His Unique Pupil Number is C123456789014,
which will stay with him throughout his time in school. Our DfE number is
383/4402 if Hillcrest ask for it.

His timetable starts on Monday 8 September - please send him to Student
Reception (G02) at 8.30am on the first day.

Gill Pickard
Admissions Officer
""")

case("clean", "retainer_case_tracking", "Royal Mail tracking number and activity centre address",
     frm="im", to=[JANE], style="outlook", html="auto",
     subject="Retainer case from the residential",
     date=dt(2026, 3, 25, 13, 45, 0),
     text="""
Dear Mrs Parent,

Good news - Example Pupil One's retainer case turned up at the activity centre (Bowland Outdoor Centre, Dunsop Bridge, Clitheroe BB7 3BB) under a bunk. They posted it to school on Monday by Royal Mail Tracked 48, tracking number QF 0477 2191 8GB, so it should be with us by Thursday and I'll send it straight to Student Reception for her to collect.

Mr MacLeod
""")

case("clean", "battlefields_bank_transfer_b64", "school fund sort code/account number; base64 body",
     frm="fi", to=[ALI], style="plain-client", enc="base64",
     subject="Paying for the Ypres trip by bank transfer",
     date=dt(2026, 1, 20, 10, 0, 15),
     text="""
Dear Mr Guardian,

Yes, you can pay the balance for the Ypres trip by bank transfer instead of
ParentPay. The details are:

Account name: Example School Fund
Sort code: 40-12-76
Account number: 71029384
Reference: YPRES26-THREE

The balance is £289.00. Please allow 3 working days for us to see it.

Finance Office
Example School, Park Row, Leeds LS1 4AP
""")

case("clean", "binary_homework_urls", "URLs full of digits (resource IDs, timestamps)",
     frm="bk", to=[pupil("Oliver Hart", "24ohart"), pupil("Sienna Moss", "24smoss")], style="gmail", html="auto",
     subject="Binary homework links",
     date=dt(2026, 1, 16, 16, 45, 9),
     text="""
Hi both,

Sorry, the links on the homework sheet were wrong. Here they are:

Video: https://www.example.org/watch?v=07700900&t=312s
Worksheet: https://classroom.example.com/c/NjQ0MTc3MDA5MDAz/a/NzcwMDkwMDQ1Ng/details
Quiz: https://quiz.example.net/2026/01/16/y8-binary-0449218

Due Wednesday 21/01/2026.

Mr Kowalczyk
""")

case("clean", "parent_number_quoted_reply", "parent's own mobile quoted back in reply",
     frm="et", to=[SAM], style="gmail", html="auto",
     subject="Re: Phone call",
     in_reply_to="<AS8PR07MB7416.carer1@AS8PR07MB7416.eurprd07.prod.outlook.com>",
     date=dt(2026, 3, 18, 8, 31, 4),
     text="""
Thanks Sam, I'll ring you on Thursday morning from school, probably about 10. It'll come up as a withheld number so please do pick up!

Emma

On Tue, 17 Mar 2026 at 22:10, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Emma, I'm off work on Thursday so any time is good. My number is 07700 900456 if you need to call.
> Sam
""")

case("clean", "data_check_parent_number", "parent's own number repeated to that parent to confirm",
     frm="of", to=[JANE], style="plain-client",
     subject="Contact details check",
     date=dt(2026, 1, 7, 12, 0, 0),
     text="""
Dear Mrs Parent,

We're checking contact details for all families at the start of term. We have
your number as 07700 900123 and your email as this one. Is that still right?

If anything has changed, please reply to this email or update it on the parent
app. Thank you!

School Office
""")

case("clean", "y8_online_safety_lesson", "e-safety lesson naming WhatsApp/Snapchat/Instagram/TikTok as apps",
     frm="bk", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Online safety - what Year 8 covered this week",
     date=dt(2026, 2, 11, 15, 50, 20),
     text="""
Dear Parents and Carers,

In Computing this week, Year 8 looked at staying safe on the apps they actually use. You might want to talk about some of it at home:

- The minimum age for WhatsApp in the UK is 13, as it is for Snapchat, Instagram and TikTok.
- Snap Map shares your child's exact location with friends unless Ghost Mode is switched on.
- Instagram "Close Friends" lists and group chats on WhatsApp can be screenshotted and forwarded, so nothing is ever really private.
- On Discord, strangers can message anyone in a shared server unless direct messages are turned off in the privacy settings.

Pupils practised reporting and blocking, and we talked about CEOP (www.ceop.police.uk) for anything that worries them.

Mr Kowalczyk
Computing
""")

case("clean", "official_school_social_accounts", "school's OFFICIAL Instagram/Facebook/X accounts",
     frm="am", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Follow Example School online",
     date=dt(2026, 1, 23, 12, 30, 0),
     text="""
Dear Parents and Carers,

Lots of you have asked where to see photos from the Year 7 Christmas concert. Our official school accounts are:

Instagram: @exampleschoolleeds
Facebook: facebook.com/ExampleSchoolLeeds
X: @ExampleSchLeeds

These are run by the school office and are the only official accounts - please don't follow or share anything claiming to be us from other accounts. We never post pupils' full names, and if you would prefer your child not to appear, please let us know at office@example-school.org.uk.

Amy Marsden
Communications Officer
Example School
""")

case("clean", "coursework_from_school_account", "pupil's school address and teacher's school address",
     frm="dp", to=[pupil("Jack Smith", "24jsmith")], style="plain-client",
     subject="Re: coursework",
     date=dt(2026, 2, 2, 8, 10, 0),
     text="""
Jack,

I can't accept work sent from a personal account. Please send it again from your
school account (24jsmith@pupils.example-school.org.uk) to my school email,
d.patel@example-school.org.uk, before Wednesday.

Mr Patel
""")

case("clean", "sen_contact_other_staff", "another staff member's school e-mail and school extension",
     frm="rs", to=[ALI], style="outlook", html="auto",
     subject="RE: Mock exams",
     date=dt(2026, 1, 28, 16, 2, 30),
     text="""
Dear Mr Guardian,

Thank you - I'm glad the mock timetable helped. For anything about his exam arrangements (rest breaks, the separate room), the best person is Mrs Brennan, our SENCo. You can email her at s.brennan@example-school.org.uk or ring reception on 01632 960000 and ask for extension 214.

Kind regards,
Rob Sutcliffe
Head of Year 11
Example School, Park Row, Leeds LS1 4AP
""")

case("clean", "spring_newsletter", "newsletter full of dates, prices, scores, venues, school contacts",
     frm="am", to=[JANE, SAM, ALI], style="outlook", subject_enc="Q",
     subject="Example School Newsletter – Spring 2, issue 5",
     date=dt(2026, 3, 20, 15, 0, 0),
     text="""
EXAMPLE SCHOOL NEWSLETTER - Spring 2, issue 5 (20/03/2026)

FROM THE HEADTEACHER
What a half term! Thank you to the 412 families who came to our Year 9 options evening, and to everyone who sponsored the Year 10 fun run, which raised £1,482.36 for Leeds Children's Hospice.

SPORT
U13 girls' football beat Roundhay 4-2 in the city semi-final. U15 boys lost 1-3 to St Aidan's in the quarter-final, but it was a great game. Sports Day is on Tuesday 7 July 2026.

SUMMER CONCERT
Thursday 2 July, 7pm, at Park Row Methodist Hall, 21 Park Row, Leeds LS1 5HD. Tickets £5 (£3 concessions) from the school office.

EXAMS
GCSE and A level exams begin on Monday 11 May. The full timetable is on the website: www.example-school.org.uk/exams/2026

DATES FOR YOUR DIARY
27/03/2026 - school closes 1.30pm for Easter
13/04/2026 - school reopens (Week B)
04/05/2026 - bank holiday
25-29 May - half term

LOST PROPERTY
We have 37 unnamed jumpers! Please label everything. Lost property is in G02 until Friday 3 April.

CONTACT US
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
""",
     html="auto")

case("clean", "letterhead_pdf_letter", "PDF letter on letterhead with school address/number",
     frm="mo", to=[JANE], style="outlook", html="auto",
     subject="Letter from the Headteacher",
     date=dt(2026, 2, 6, 14, 10, 0),
     attachments=[dict(filename="Letter - Example Pupil One - 06.02.2026.pdf", ctype="application/pdf",
                       data=make_pdf([
                           "EXAMPLE SCHOOL",
                           "Park Row, Leeds LS1 4AP  |  Tel: 01632 960000  |  office@example-school.org.uk",
                           "Headteacher: Dr M Oduya",
                           "",
                           "6 February 2026",
                           "",
                           "Dear Mrs Parent,",
                           "",
                           "I am writing to congratulate Example Pupil One on being selected",
                           "for the Leeds Young Scientists programme 2026.",
                           "",
                           "Yours sincerely,",
                           "Dr M Oduya, Headteacher",
                       ]))],
     text="""
Dear Mrs Parent,

Please find attached a letter from me about the Leeds Young Scientists programme. A paper copy is coming home in her bag today too.

Dr Michael Oduya
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

case("clean", "emergency_contact_form", "asks parent for THEIR mobile, home phone, address",
     frm="of", to=[SAM], style="outlook", html="auto",
     subject="Please update your emergency contacts",
     date=dt(2026, 1, 12, 10, 5, 0),
     text="""
Dear Sam,

We only have one emergency contact on file for your son. Could you reply to this email with the following, so we can update his record?

Your mobile number:
Your home phone number (if you have one):
Your home address and postcode:
Second emergency contact - name, relationship and phone number:

Please give phone numbers in full, e.g. 07xxx xxxxxx or 0113 xxx xxxx.

Thank you,
School Office
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

case("clean", "science_dept_direct_line", "school science department line 01632 960214, described as official",
     frm="an", to=[JANE], style="outlook", html="auto",
     subject="RE: Lab coat",
     date=dt(2026, 3, 3, 9, 0, 55),
     text="""
Dear Mrs Parent,

No problem at all - the technicians have a spare lab coat she can borrow for the practical exam.

If you need the Science office in future, you can also use our department's direct line in school, 01632 960214 (staffed 8.15 to 4 by the technicians), rather than going through the main switchboard.

Mrs Nowak
Science
""")

case("clean", "iceland_school_trip_mobile", "[unsure] school-owned trip mobile, clearly described as the school's",
     frm="tw", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Iceland trip - contact while we are away",
     date=dt(2026, 2, 13, 15, 15, 15),
     text="""
Dear Parents and Carers,

While we are in Iceland (16-20 February) please use the school's trip mobile if you urgently need to reach the group: 07700 900600. This is a school-owned phone carried by whichever member of staff is on duty; it is not a personal number, and it is switched off when we get back.

For anything non-urgent, email the school office (office@example-school.org.uk) and they will pass messages on to us each evening.

We'll post photos on the school's official Facebook page.

Tom Whitfield
Trip Leader
""")

case("clean", "staff_only_trip_rota_mobiles", "staff-only: personal mobiles in trip rota",
     frm="tw", to=[STAFF["an"], STAFF["bk"], STAFF["ml"]], cc=[STAFF["ja"]], style="outlook", html="auto",
     subject="Iceland - duty rota and numbers",
     date=dt(2026, 2, 12, 17, 3, 0),
     text="""
Hi all,

Rota for the Iceland trip attached to the Teams channel. For the coach and airport legs, here are everyone's own mobiles so we can find each other (please don't share these beyond the staff team):

Tom - 07700 900312
Agnieszka - 07700 900271
Ben - 07700 900 389
Maja - 07700 900851

The school trip mobile (07700 900600) will be with whoever is on night duty. Julie, copying you in as DSL for the emergency contact sheet.

Tom
""")

case("clean", "staff_only_cover_sick", "staff-only: own mobile and home number to colleagues",
     frm="ko", to=[STAFF["mq"], STAFF["im"]], style="gmail", html="auto",
     subject="Off tomorrow - cover",
     date=dt(2026, 3, 5, 21, 40, 12),
     text="""
Lads,

Rotten flu, I won't be in tomorrow. Cover work is in the PE shared drive under "Thurs 6th". Year 10 BTEC just need to finish the fitness testing write-up.

If anything isn't clear text me on 07700900547, or if I'm not answering try the house on 0113 496 0398.

Kel
""")

case("clean", "staff_only_leaving_do_home", "staff-only: personal gmail and home address for leaving drinks",
     frm="lf", to=[STAFF["wh"], STAFF["jp"], STAFF["rs"], STAFF["ca"]], style="outlook", html="auto",
     subject="Last day Friday!",
     date=dt(2026, 3, 24, 12, 44, 0),
     text="""
Hi all,

Last day before maternity leave on Friday (!). Drinks at mine from 6 - 31 Rosebank Road, Leeds LS3 1HQ. Partners and kids welcome.

I won't be checking school email while I'm off, so if you want to send news/gossip my personal email is lucy.fairbairn.home@gmail.com.

Lucy x
""")

case("clean", "coach_firm_external_only", "own mobile sent only to external coach firm (no parent/pupil)",
     frm="tw", to=[("Aire Valley Travel Bookings", "bookings@airevalleytravel.example.com")], style="outlook", html="auto",
     subject="Booking AVT-26-0313 - Whitby, Thursday 12 March",
     date=dt(2026, 3, 10, 8, 20, 0),
     text="""
Hi Karen,

Confirming 48 pupils and 5 staff for Thursday, pick-up Park Row at 7.40 for an 8.00 departure, returning to school for about 17:15.

On the day, the driver can get me on my mobile, 07700 900312. If there's any problem before then, the school office is on 01632 960000.

Thanks,
Tom Whitfield
Example School
""")

case("clean", "certificate_parent_address", "parent's OWN address repeated to that parent",
     frm="gp", to=[ALI], style="plain-client",
     subject="Certificate - checking your address",
     date=dt(2026, 3, 16, 11, 22, 0),
     text="""
Dear Mr Guardian,

Example Pupil Three's Arkwright Scholarship certificate has arrived. We'd like to
post it to you rather than send it home in his bag. The address we hold is:

5 Elm Court, Chapel Allerton, Leeds LS7 3ZZ

Please let us know if this has changed.

Gill Pickard
Admissions & Data Officer
""")

case("clean", "mock_results_direct_dial", "signature with school number and extension; QP",
     frm="rs", to=[pupil("Ella Brown", "21ebrown")], style="outlook", html="auto", enc="quoted-printable",
     subject="Mock results meeting",
     date=dt(2026, 1, 30, 13, 20, 0),
     text="""
Hi Ella,

Well done on the mocks - a real step up from the summer. I'd like to see you on Tuesday at 12.40 in my office (H3) to talk about your sixth-form application and the predicted grades.

Mr Sutcliffe

Rob Sutcliffe | Head of Year 11
Example School · Park Row · Leeds · LS1 4AP
Direct dial: 01632 960000 ext 231 · www.example-school.org.uk
""")

case("clean", "art_auction_charity_text_png", "charity number, text-to-donate shortcode; PNG poster",
     frm="fm", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Year 11 art auction",
     date=dt(2026, 3, 11, 12, 12, 12),
     attachments=[dict(filename="auction-poster.png", ctype="image/png", data=make_png(16, 12, (200, 40, 90)))],
     text="""
Dear Parents and Carers,

Our Year 11 artists are auctioning a piece each at the exhibition evening on Wednesday 25 March (6-8pm, Art block). Poster attached.

All proceeds go to Leeds Children's Hospice (registered charity no. 1092376). If you can't come, you can donate £5 by texting ART5 to 70085.

Ms Mensah
Head of Art
""")

case("clean", "dofe_route_grid_refs", "grid references, campsite address/phone, checkpoint times",
     frm="im", to=[pupil("Ruth Nwosu", "21rnwosu"), pupil("Jack Smith", "21jsmith")], style="outlook", html="auto",
     subject="Bronze practice expedition - route",
     date=dt(2026, 4, 28, 15, 2, 0),
     text="""
Hi both,

Your route for the practice expedition (9-10 May) is approved with one change: start from Clapham car park (SD 745 692), not Austwick.

Checkpoints: CP1 Norber erratics (SD 765 699) by 10:30, CP2 Crummack Lane (SD 772 712) by 13:15.

Overnight: Dalesbridge Outdoors, Austwick, LA2 8AZ (tel 01632 960777 for the campsite office, only if I'm unavailable).

In an emergency, call 999 and ask for police, then Cave Rescue.

Mr MacLeod
""")

case("clean", "front_door_safeguarding", "children's social care and out-of-hours numbers",
     frm="ja", to=[JANE], style="outlook", html="auto",
     subject="Following our conversation",
     date=dt(2026, 2, 18, 16, 58, 20),
     text="""
Dear Mrs Parent,

Thank you for speaking with me this afternoon. As agreed, I'll keep in touch with you each week.

The numbers I mentioned are:
Leeds Children's Social Work Service "Front Door": 0113 496 0600 (Mon-Thu 9-5, Fri 9-4.30)
Emergency Duty Team (evenings and weekends): 0113 496 0610
Police (non-emergency): 101

I'm in school every day; ring 01632 960000 and ask for me.

Julie Ackroyd
Designated Safeguarding Lead
Example School
""")

case("clean", "declines_whatsapp_request", "declines parent's WhatsApp request; quoted parent text",
     frm="rh", to=[SAM], style="outlook", html="auto",
     subject="RE: Quick question",
     in_reply_to="<GV1PR09MB8013.carer2@GV1PR09MB8013.eurprd09.prod.outlook.com>",
     date=dt(2026, 2, 24, 17, 30, 0),
     text="""
Hi Sam,

I completely understand it would be quicker, but I'm afraid staff aren't allowed to use WhatsApp or personal phones with parents. Please keep using this email address, or ring the Year 9 office via the main switchboard on 01632 960000, and I'll always get back to you within a day.

Best wishes,
Rhiannon Hughes
Head of Year 9

From: Sam Carer <sam.carer@outlook.com>
Sent: 24 February 2026 12:14
To: Rhiannon Hughes <r.hughes@example-school.org.uk>
Subject: Quick question

Hi Mrs Hughes, would it be easier if we just WhatsApped? It takes me ages to find the emails. Sam
""")

case("clean", "reply_quotes_parent_signature", "quoted parent's own signature (mobile + btinternet)",
     frm="wh", to=[ALI], style="outlook", html="auto",
     subject="RE: Ypres - passport",
     in_reply_to="<000c01dc8a5e$7f9e2b40$7eda81c0$@btinternet.com>",
     date=dt(2026, 3, 6, 12, 35, 0),
     text="""
Dear Mr Guardian,

That's absolutely fine - a passport that expires in October is valid for Belgium. Please send in a photocopy of the photo page by Friday.

Will Holroyd
History

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 05 March 2026 20:47
To: Will Holroyd <w.holroyd@example-school.org.uk>
Subject: Ypres - passport

Mr Holroyd, his passport runs out on 14/10/2026, is that a problem?
Regards
Ali Guardian
07700 900789
ali.guardian@btinternet.com
""")

case("clean", "chemistry_practical_room", "ordinary: room, period and times",
     frm="an", to=[pupil("Oliver Hart", "22ohart")], style="plain-client",
     subject="Chemistry practical catch-up",
     date=dt(2026, 1, 19, 12, 50, 0),
     text="""
Hi Oliver,

You missed the rates of reaction required practical while you were off. Come to
S14 on Thursday period 5 (14:05-15:05) and you can do it with 10X3. Bring your lab
book.

Mrs Nowak
""")

case("clean", "sketchbook_praise_pupil", "ordinary: short praise to pupil",
     frm="fm", to=[pupil("Sienna Moss", "24smoss")], style="gmail", html="auto",
     subject="Your sketchbook",
     date=dt(2026, 2, 27, 15, 30, 0),
     text="""
Sienna, your sketchbook this half term is wonderful - the charcoal studies of your gran's hands especially. I've put two pages up in the corridor display, I hope that's ok!

Ms Mensah
""")

case("clean", "praise_postcard_html_only", "ordinary: HTML-only praise to parent",
     frm="rs", to=[JANE], style="outlook", html_only=True,
     subject="Some good news",
     date=dt(2026, 3, 13, 14, 41, 0),
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mrs Parent,</p>
<p>I just wanted to let you know that Example Pupil One has been nominated by three different teachers for this week&#39;s Year 11 <b>Star of the Week</b>. Her effort in the run-up to the exams has been brilliant and her English teacher said her last essay was the best in the class.</p>
<p>Please pass on our congratulations!</p>
<p>Mr R Sutcliffe<br>Head of Year 11</p>
</body></html>
""")

case("clean", "absence_ack_short", "ordinary: two-line acknowledgement",
     frm="ho", to=[ALI], style="outlook", html="auto",
     subject="RE: Dentist",
     date=dt(2026, 2, 9, 8, 49, 0),
     text="""
Thank you, Mr Guardian - I've recorded it as a medical appointment. Please ask him to sign in at reception when he arrives.

Hannah
""")

case("clean", "detention_notice", "ordinary: detention date, time and room",
     frm="rh", to=[SAM], style="outlook", html="auto",
     subject="After-school detention - Wednesday",
     date=dt(2026, 3, 9, 15, 35, 0),
     text="""
Dear Sam,

I'm sorry to let you know that your son has an after-school detention on Wednesday 11 March, 15:10-15:40, in H2. This is for repeated lateness to lessons after lunch (four times in the last two weeks).

He has been told today. If the time is a genuine problem for getting home, please let me know by Tuesday.

Rhiannon Hughes
Head of Year 9
""")

case("clean", "parents_evening_ics", "calendar invite attachment with school address and number",
     frm="of", to=[JANE], style="outlook", html="auto",
     subject="Year 11 parents' evening - your appointments",
     date=dt(2026, 1, 26, 11, 0, 0),
     attachments=[dict(filename="parents-evening.ics", ctype="text/calendar; method=PUBLISH", enc="7bit", data=(
         "BEGIN:VCALENDAR\r\nPRODID:-//Example School//Appointments//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
         "BEGIN:VEVENT\r\nUID:pe-2026-02-05-1700@example-school.org.uk\r\nDTSTAMP:20260126T110000Z\r\n"
         "DTSTART:20260205T170000Z\r\nDTEND:20260205T183000Z\r\n"
         "SUMMARY:Year 11 parents' evening\r\n"
         "LOCATION:Main Hall\\, Example School\\, Park Row\\, Leeds LS1 4AP\r\n"
         "DESCRIPTION:Appointments from 17:00. Enquiries 01632 960000.\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n").encode())],
     text="""
Dear Mrs Parent,

Your appointments for Thursday 5 February are:

17:00 English - Ms Fairbairn (table 4)
17:10 Maths - Mr Patel (table 9)
17:25 Science - Mrs Nowak (table 12)
17:40 Music - Ms Lindqvist (table 20)

A calendar file is attached. Parking is limited, please use the Park Row entrance.

School Office
Example School, Park Row, Leeds LS1 4AP
""")

case("clean", "residential_consent_pdf", "PDF consent form with coach firm and school numbers",
     frm="im", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Year 7 residential - consent form",
     date=dt(2026, 1, 5, 9, 30, 0),
     attachments=[dict(filename="Y7 Residential Consent 2026.pdf", ctype="application/pdf",
                       data=make_pdf([
                           "EXAMPLE SCHOOL - Year 7 Residential, Bowland Outdoor Centre",
                           "Dates: 23-25 March 2026.  Cost: GBP 165.00 (ParentPay item 7104)",
                           "Transport: Aire Valley Travel, 0113 496 0841",
                           "Centre: Dunsop Bridge, Clitheroe BB7 3BB",
                           "During the trip, contact the school office on 01632 960000.",
                           "",
                           "Parent/carer name: ____________________",
                           "Your mobile: ____________________  Home phone: ____________________",
                           "Signed: ____________________  Date: ___/___/2026",
                       ]))],
     text="""
Dear Parents and Carers,

Please find attached the consent form for the Year 7 residential to Bowland (23-25 March). Please print, sign and return it to your child's form tutor by Friday 30 January, together with the medical form.

Mr MacLeod
Outdoor Education
""")

case("clean", "mobile_phone_policy_letter", "policy letter about pupils' phones; 'text' and 'phone' words",
     frm="mo", to=[JANE, SAM, ALI], style="outlook", html="auto",
     subject="Changes to our mobile phone policy from September",
     date=dt(2026, 3, 26, 16, 0, 0),
     text="""
Dear Parents and Carers,

Following the consultation last term, from September 2026 pupils in Years 7-11 will hand their mobile phones in to their form tutor at 8.40am and collect them at 3.10pm.

We know many of you text your child during the day. Please don't - if you need to get an urgent message to them, ring the school office on 01632 960000 and we will find them. In the same way, pupils who are unwell must come to the medical room rather than phoning home themselves.

Sixth formers may keep their phones but must not use them in lessons or corridors.

The full policy is on our website: www.example-school.org.uk/policies/mobile-phones-2026

Yours faithfully,
Dr M Oduya
Headteacher
""")

case("clean", "office_vcard_attachment", "vCard of the school office (school number/address/e-mail)",
     frm="of", to=[SAM], style="outlook", html="auto",
     subject="Our contact details",
     date=dt(2026, 1, 16, 9, 5, 0),
     attachments=[dict(filename="Example School Office.vcf", ctype="text/vcard", enc="quoted-printable", data=(
         "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Example School Office;;;\r\nFN:Example School Office\r\n"
         "ORG:Example School\r\nTEL;TYPE=WORK,VOICE:01632 960000\r\n"
         "EMAIL;TYPE=WORK:office@example-school.org.uk\r\n"
         "ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom\r\n"
         "URL:https://www.example-school.org.uk\r\nEND:VCARD\r\n").encode())],
     text="""
Dear Sam,

As requested, our contact card is attached so you can save it to your phone. The office is open 8am to 4.30pm; outside those hours please leave a message or email us.

School Office
""")

case("clean", "teams_down_school_email", "teacher gives only own school e-mail (named as school address)",
     frm="jp", to=[pupil("Daniel Okoro", "19dokoro")], style="gmail", html="auto",
     subject="If Teams is down tomorrow",
     date=dt(2026, 2, 25, 18, 10, 0),
     text="""
Hi Daniel,

IT have said Teams might be down tomorrow morning for maintenance. If you can't submit your EPQ log, email it to me at j.pearson@example-school.org.uk instead - that's my school address, so it'll still be time-stamped properly.

Ms Pearson
""")

case("clean", "lost_coat_parent_details_sent", "office replies with school contacts only; 'mobile' as a word",
     frm="of", to=[JANE], style="plain-client",
     subject="Re: Lost coat and phone",
     in_reply_to="<CAJx0Lq9t2mW8@mail.gmail.com>",
     date=dt(2026, 1, 28, 14, 20, 0),
     text="""
Dear Mrs Parent,

Good news - her coat has been handed in, and her mobile was in the pocket. Both
are locked in the office safe. She can collect them from Student Reception (G02)
at the end of the day, or you are welcome to collect them yourself before 4.30.

School Office
01632 960000
""")

# ================================================================ output

README = """# Round 4 holdout: personal-address-to-parent (BLIND)

**Blind test data. Never use these files to tune rules, thresholds or code.** They were
written by a helper that did not read mailguard's code, rules, tests or docs, only the
school's e-mail policy, `config.example.yaml` (school identity) and `directory/parents.csv`.
Read them only to diagnose a failure after a run, and do not then adjust the filter
for the specific messages here.

## How it was made

`../make_round4_personal.py` (Python 3.11, standard library only) holds every message as
text and writes the `.eml` files and `labels.csv` here. It is deterministic: fixed dates,
Message-IDs and MIME boundaries, so a re-run gives byte-identical files. Regenerate with

    python3 tests/holdout/round4/make_round4_personal.py

All senders are staff at example-school.org.uk. Parents are the three addresses in
`directory/parents.csv`; pupils are @pupils.example-school.org.uk. Phone numbers are in
Ofcom's drama ranges; names, street addresses and mailboxes are fictitious.

## Labels

`labels.csv`: `file,expected,sender,recipients,note`. `expected` is `flag` (the message
gives a parent or pupil the sender's OWN personal contact details) or `clean`.
`recipients` = To + Cc, space-separated. Notes marked `[unsure]` are judgement calls.

| expected | count |
|---|---|
| flag | {nflag} |
| clean | {nclean} |
| total | {ntotal} |

## Kinds of case

**flag**: staff personal mobile in every common UK form (spaced, unspaced, 077009 00xxx,
+44 7700, +44 (0)7700, 0044, (07700), dots, hyphens, split across a line break, split by a
quoted-printable soft line break, `&nbsp;` in HTML, number only inside a `tel:` link,
signature `Mob:` / `Mobile (personal):` lines); home landline ("ring me at home");
personal webmail in the body, in a signature, in Reply-To, Cc'd to the sender's own
personal address, and obfuscated ("name at gmail dot com"); home postal address with
postcode; invitations to WhatsApp, Snapchat, Instagram, Discord, Signal, Facebook and
TikTok with a handle or number; details only in an attached vCard. Recipients include a
parent or pupil in To or only in Cc (one parent address in unusual letter case).

**clean**: mostly hard negatives: the school's own number, postcode, office e-mail,
extensions and a department line in 01632 960xxx; third parties' numbers, e-mails and
addresses (coach firm, theatre, museum, prom venue, away school, council admissions,
school nurses, CAMHS, crisis lines, Childline/Samaritans/Shout, uniform shop, music hub,
careers adviser, work-experience employer, food pantry, GP, PCSO, social care); prices,
dates, times, ParentPay/transaction IDs, Teams (with +44 20 7946 dial-in) and Zoom IDs,
candidate/centre numbers, UCAS ID, UPN, ISBNs, tracking number, sort code and account
number, URLs with digits; the parent's own number/address/signature quoted or repeated
to that parent; a pupil's own personal address; e-safety lesson naming apps; the
school's official social accounts; a declined WhatsApp request; emergency-contact form;
letterhead PDF, consent PDF, calendar invite, school-office vCard; a school-owned trip
mobile. Also staff-only mail (and one to an external coach firm only) carrying
personal mobiles, home address and personal e-mail: clean because no parent or pupil
is a recipient. A few ordinary messages.

Formats: text/plain (7bit, quoted-printable, base64), multipart/alternative in
Outlook and Gmail styles, HTML-only, multipart/mixed with PDF, PNG, vCard and iCalendar
attachments, RFC 2047 (Q and B) subjects, CRLF line endings.
"""


def main():
    flags = [c for c in CASES if c["label"] == "flag"]
    cleans = [c for c in CASES if c["label"] == "clean"]
    order = flags + cleans
    random.Random(20260404).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    slugs = set()
    for n, c in enumerate(order, 1):
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        fn = "%03d_%s_%s.eml" % (n, c["label"], c["slug"])
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(build(c, n))
        rows.append([fn, c["label"], STAFF[c["frm"]][1], recipients(c), c["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(nflag=len(flags), nclean=len(cleans), ntotal=len(order)))
    print("wrote %d messages (%d flag, %d clean) to %s" % (len(order), len(flags), len(cleans), OUT))


if __name__ == "__main__":
    main()
