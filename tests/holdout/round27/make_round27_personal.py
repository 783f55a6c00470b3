#!/usr/bin/env python3
"""Round 27 blind hold-out corpus: personal-address-to-parent.

Setting: an all-through special school (ages 3-19) for pupils with autism and
severe or profound learning difficulties.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 stdlib only.
Deterministic: fixed dates, Message-IDs and MIME boundaries; running it twice
gives byte-identical output.

    python3 tests/holdout/round27/make_round27_personal.py

BLIND: written without reading mailguard's code, rules or tests.  Never use
these files for tuning.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

SD = "example-school.org.uk"
PD = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
S = {
    "okafor": ("Bernadette Okafor", "b.okafor@" + SD),
    "dsl": ("Jo Fairclough", "dsl@" + SD),
    "fairclough": ("Jo Fairclough", "j.fairclough@" + SD),
    "office": ("Example School Office", "office@" + SD),
    "brierley": ("Lorraine Brierley", "l.brierley@" + SD),
    "attendance": ("Siobhán Tierney", "attendance@" + SD),
    "transport": ("Example School Transport", "transport@" + SD),
    "pryce": ("Gareth Pryce", "g.pryce@" + SD),
    "nurse": ("Helen Mbeki", "h.mbeki@" + SD),
    "raman": ("Priya Raman", "p.raman@" + SD),
    "kowalczyk": ("Anita Kowalczyk", "a.kowalczyk@" + SD),
    "ashworth": ("Tom Ashworth", "t.ashworth@" + SD),
    "nwosu": ("Chloe Nwosu", "c.nwosu@" + SD),
    "bennett": ("Marcia Bennett", "m.bennett@" + SD),
    "morgan": ("Rhys Morgan", "r.morgan@" + SD),
    "greenwood": ("Hannah Greenwood", "h.greenwood@" + SD),
    "doyle": ("Kirsty Doyle", "k.doyle@" + SD),
    "haworth": ("Daniel Haworth", "d.haworth@" + SD),
    "carr": ("Lewis Carr", "l.carr@" + SD),
    "rowntree": ("Gemma Rowntree", "g.rowntree@" + SD),
    "reid": ("Callum Reid", "c.reid@" + SD),
    "ellison": ("Ruth Ellison", "r.ellison@" + SD),
    "begum": ("Fatima Begum", "f.begum@" + SD),
    "siddiqui": ("Imran Siddiqui", "i.siddiqui@" + SD),
    "lloyd": ("Owen Lloyd", "o.lloyd@" + SD),
    "kaye": ("Steve Kaye", "s.kaye@" + SD),
    "whitworth": ("Dawn Whitworth", "d.whitworth@" + SD),
    "holroyd": ("Becky Holroyd", "b.holroyd@" + SD),
    "nuttall": ("Joanne Nuttall", "j.nuttall@" + SD),
    "lumb": ("Kate Lumb", "k.lumb@" + SD),
    "mcgill": ("Shauna McGill", "s.mcgill@" + SD),
    "dyson": ("Pauline Dyson", "p.dyson@" + SD),
    "qureshi": ("Ahmed Qureshi", "a.qureshi@" + SD),
    "allstaff": ("All Staff", "allstaff@" + SD),
}
JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
KIRAN = ("Kiran Patel", "19kpatel@" + PD)
TYLER = ("Tyler Brown", "20tbrown@" + PD)
SAFIYA = ("Safiya Ahmed", "19sahmed@" + PD)
RUBY = ("Ruby McBride", "20rmcbride@" + PD)
LEON = ("Leon Nowak", "21lnowak@" + PD)
JOSH = ("Josh Hart", "19jhart@" + PD)

SCHOOL_SIG = "Example School\nPark Row, Leeds LS1 4AP\nTel: 01632 960000 | office@example-school.org.uk\nwww.example-school.org.uk"
DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
              "addressee. If you have received it in error please tell the sender and delete it. "
              "Example School, Park Row, Leeds LS1 4AP.")


def T(s):
    """Strip the one leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


# --------------------------------------------------------------------------
# Dates: UK local time (GMT / BST)
# --------------------------------------------------------------------------
def _last_sunday(y, m):
    d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def dt(y, mo, d, h, mi, s=0):
    local = datetime(y, mo, d, h, mi, s)
    bst = _last_sunday(y, 3).replace(hour=1) <= local < _last_sunday(y, 10).replace(hour=1)
    tz = timezone(timedelta(hours=1)) if bst else timezone.utc
    return local.replace(tzinfo=tz)


def rfcdate(d):
    s = format_datetime(d)
    return s.replace("-0000", "+0000")


# --------------------------------------------------------------------------
# MIME building (raw text, so that boundaries and encodings are fixed)
# --------------------------------------------------------------------------
def h8(slug, n=16, salt=""):
    return hashlib.sha1((slug + salt).encode()).hexdigest()[:n]


def enc_header(value):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8", maxlinelen=76).encode()


def addr(p):
    return formataddr(p, charset="utf-8")


def addr_list(ps):
    out, line = [], ""
    items = [addr(p) for p in ps]
    return ",\n ".join(items) if sum(len(i) for i in items) > 60 else ", ".join(items)


def encode_body(text_or_bytes, cte):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    if cte == "7bit":
        data.decode("ascii")  # raises if not ASCII
        txt = data.decode("ascii")
        assert all(len(l) < 990 for l in txt.split("\n")), "7bit line too long"
        return txt if txt.endswith("\n") else txt + "\n"
    if cte == "8bit":
        txt = data.decode("utf-8")
        assert all(len(l.encode()) < 990 for l in txt.split("\n")), "8bit line too long"
        return txt if txt.endswith("\n") else txt + "\n"
    if cte == "quoted-printable":
        txt = quopri.encodestring(data).decode("ascii")
        return txt if txt.endswith("\n") else txt + "\n"
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, body, cte=None, charset="utf-8", filename=None, inline=False, params=""):
    if cte is None:
        if isinstance(body, bytes):
            cte = "base64"
        elif all(ord(c) < 128 for c in body) and all(len(l) < 990 for l in body.split("\n")):
            cte = "7bit"
        else:
            cte = "quoted-printable"
    hdrs = []
    ct = ctype
    if ctype.startswith("text/"):
        ct += f'; charset="{charset}"' if charset else ""
    ct += params
    if filename:
        ct += f';\n\tname="{filename}"'
    hdrs.append(("Content-Type", ct))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if filename:
        disp = "inline" if inline else "attachment"
        hdrs.append(("Content-Disposition", f'{disp};\n\tfilename="{filename}"'))
    return ("leaf", hdrs, encode_body(body, cte))


def multi(subtype, boundary, parts, preamble=None):
    return ("multi", subtype, boundary, parts, preamble)


def render(node):
    if node[0] == "leaf":
        _, hdrs, body = node
        return "".join(f"{k}: {v}\n" for k, v in hdrs), body
    _, subtype, boundary, parts, preamble = node
    hdr = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n'
    out = []
    if preamble:
        out.append(preamble + "\n")
    for p in parts:
        ph, pb = render(p)
        out.append(f"\n--{boundary}\n{ph}\n{pb}")
    out.append(f"\n--{boundary}--\n")
    body = "".join(out)
    if not preamble:
        body = body[1:]
    return hdr, body


# --------------------------------------------------------------------------
# Plain text -> HTML, in the style of the sending client
# --------------------------------------------------------------------------
def _blocks(text):
    blocks, cur = [], []
    for line in text.rstrip("\n").split("\n"):
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    return blocks


def to_html(text, style="outlook"):
    parts = []
    for b in _blocks(text):
        if all(l.startswith(">") for l in b):
            inner = "<br>\n".join(html.escape(l[1:].lstrip(" ")) for l in b)
            if style == "gmail":
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            else:
                parts.append('<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">'
                             + inner + "</blockquote>")
        elif all(l.startswith(("- ", "* ", "\u2022 ")) for l in b):
            parts.append("<ul>\n" + "\n".join("<li>" + html.escape(l[2:]) + "</li>" for l in b) + "\n</ul>")
        else:
            inner = "<br>\n".join(html.escape(l) for l in b)
            if style == "outlook":
                parts.append('<p class="MsoNormal">' + inner + "</p>\n<p class=\"MsoNormal\">&nbsp;</p>")
            elif style == "gmail":
                parts.append("<div>" + inner + "</div><div><br></div>")
            else:
                parts.append("<p>" + inner + "</p>")
    body = "\n".join(parts)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n' + body + "\n</body></html>\n")


# --------------------------------------------------------------------------
# Small attachments
# --------------------------------------------------------------------------
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def crlf(s):
    return T(s).replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------
def message_id(slug, client, d):
    h = h8(slug, 40, "mid").upper()
    if client == "outlook":
        return f"<DB9PR02MB{h[:4]}{h[4:16]}{h[16:20]}@DB9PR02MB{h[20:24]}.eurprd02.prod.outlook.com>"
    if client == "gmail":
        raw = base64.b64encode(bytes.fromhex(h8(slug, 40, "g")), altchars=b"+_").decode().rstrip("=")
        return f"<CA+{raw}@mail.gmail.com>"
    if client == "iphone":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@example-school.org.uk>"
    return f"<{d.strftime('%Y%m%d%H%M%S')}.{h[:12].lower()}@example-school.org.uk>"


def boundary(slug, client, n=0):
    h = h8(slug, 24, f"b{n}")
    if client == "outlook":
        return f"_00{n}_DB9PR02MB{h[:4].upper()}eurprd02prod_"
    if client == "gmail":
        return "0000000000" + h[:16]
    if client == "iphone":
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    return f"=_mg27_{h[:20]}"


def build(m):
    slug, client = m["slug"], m.get("client", "outlook")
    d = m["date"]
    style = {"outlook": "outlook", "gmail": "gmail"}.get(client, "plain")
    text = m.get("text")
    fmt = m.get("fmt", "plain")
    if fmt == "plain":
        body = leaf("text/plain", text, m.get("cte"),
                    params='; format=flowed' if m.get("flowed") else "")
    elif fmt == "html":
        body = leaf("text/html", m["html"], m.get("cte", "quoted-printable"))
    elif fmt == "alt":
        htm = m.get("html") or to_html(text, style)
        body = multi("alternative", boundary(slug, client, 1), [
            leaf("text/plain", text, m.get("cte")),
            leaf("text/html", htm, m.get("html_cte", "quoted-printable")),
        ])
    else:
        raise ValueError(fmt)
    atts = m.get("attachments", [])
    if atts:
        parts = [body]
        for a in atts:
            fn, ctype, data = a[0], a[1], a[2]
            params = a[3] if len(a) > 3 else ""
            parts.append(leaf(ctype, data, "base64", charset="utf-8" if ctype.startswith("text/") else None,
                              filename=fn, params=params))
        body = multi("mixed", boundary(slug, client, 2), parts)

    hdrs = [("From", addr(m["frm"]))]
    hdrs.append(("To", addr_list(m["to"])))
    if m.get("cc"):
        hdrs.append(("Cc", addr_list(m["cc"])))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", addr(m["reply_to"])))
    hdrs.append(("Subject", enc_header(m["subject"])))
    hdrs.append(("Date", rfcdate(d)))
    hdrs.append(("Message-ID", message_id(slug, client, d)))
    if m.get("reply"):
        parent = "<" + h8(slug, 24, "parent") + "@mail.example.net>"
        hdrs.append(("In-Reply-To", parent))
        hdrs.append(("References", parent))
    if client == "outlook":
        hdrs.append(("Content-Language", "en-GB"))
        if atts:
            hdrs.append(("X-MS-Has-Attach", "yes"))
    elif client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22D82)"))
    elif client == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
    hdrs.append(("MIME-Version", "1.0"))
    bh, bb = render(body)
    raw = "".join(f"{k}: {v}\n" for k, v in hdrs) + bh + "\n" + bb
    return raw.encode("utf-8")


MSGS = []


def add(**kw):
    MSGS.append(kw)


# ==========================================================================
# FLAG: staff giving parents/pupils their own personal contact details
# ==========================================================================

add(slug="diary_text_me_evenings", label="flag", client="outlook", reply=True,
    note="TA gives exhausted mother her own mobile (plain, spaced) to text in the evenings",
    frm=S["doyle"], to=[JANE], subject="RE: rough night again", date=dt(2025, 1, 15, 16, 12),
    text=T("""
Hi Jane,

Thanks for letting us know this morning. He was tired but honestly he held it together really well - a bit of the "no no no bus" echolalia when he came in, but once he'd had ten minutes on the swing in the sensory room he settled and did both his work trays with me. He ate most of his lunch (not the carrots, never the carrots) and had a little nap on the beanbag after dinner for about 20 minutes, which I think he needed.

I know how hard it is when he's up at 3am, you sounded shattered. Please don't feel you have to wait for the diary or go through the office. If he's having a bad evening and you want a bit of advice, or you just want to know how his day actually went, text me on my own phone - 07700 900614. I don't mind at all, I'm usually up late anyway.

Hope tonight is a better one.

Kirsty

Kirsty Doyle
Teaching Assistant, Willow Class
Example School

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: 15 January 2025 07:48
To: Kirsty Doyle <k.doyle@example-school.org.uk>
Subject: rough night again

Morning Kirsty, just a heads up he was awake from 3 till nearly 6 so he might be grumpy today. He had his melatonin but it didn't touch him. Sorry in advance! Jane
"""))

add(slug="oak_mobile_in_signature", label="flag", client="outlook", fmt="alt", cte="quoted-printable",
    note="class teacher adds own mobile (+44, tel: link) to signature for foster carer; says it is his own phone",
    frm=S["morgan"], to=[SAM], subject="Standing frame and this week in Oak", date=dt(2025, 2, 4, 15, 51),
    text=T("""
Dear Sam,

Just a quick update from Oak Class. Anita (OT) came in on Monday and we tried the new standing frame with Example Pupil Two. She managed 15 minutes on Monday and 20 today with her music on, and she was vocalising happily for most of it. We'll build it up slowly and Anita will send you her notes separately.

She has been a bit sleepier than usual in the afternoons. Nothing worrying and no seizure activity recorded, but I wondered if anything had changed with her evening meds? Let me know when you get a minute.

A reminder too that Thursday is rebound therapy, so loose comfy clothes please rather than the dungarees.

I know it's tricky for you to get hold of us in the day with the little ones at home, so I've put my mobile in my signature now. It's my own phone rather than a school one, but I'd much rather you could just ring or text me than sit in the queue for the office line. Evenings are fine.

Best wishes,
Rhys

Rhys Morgan
Class Teacher – Oak Class
Example School | Park Row | Leeds LS1 4AP
School: 01632 960000
Mobile: +44 7700 900338
"""),
    html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Just a quick update from Oak Class. Anita (OT) came in on Monday and we tried the new standing frame with Example Pupil Two. She managed 15 minutes on Monday and 20 today with her music on, and she was vocalising happily for most of it. We&#8217;ll build it up slowly and Anita will send you her notes separately.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">She has been a bit sleepier than usual in the afternoons. Nothing worrying and no seizure activity recorded, but I wondered if anything had changed with her evening meds? Let me know when you get a minute.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A reminder too that Thursday is rebound therapy, so loose comfy clothes please rather than the dungarees.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I know it&#8217;s tricky for you to get hold of us in the day with the little ones at home, so I&#8217;ve put my mobile in my signature now. It&#8217;s my own phone rather than a school one, but I&#8217;d much rather you could just ring or text me than sit in the queue for the office line. Evenings are fine.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best wishes,<br>Rhys</p><p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0" cellspacing="0"><tr><td style="border-left:3px solid #2E7D32;padding-left:8px">
<p class="MsoNormal"><b><span style="color:#2E7D32">Rhys Morgan</span></b><br>
Class Teacher &#8211; Oak Class<br>
Example School | Park Row | Leeds LS1 4AP<br>
School: 01632 960000<br>
Mobile: <a href="tel:+447700900338">+44 7700 900338</a></p>
</td></tr></table>
</div></body></html>
"""))

add(slug="makaton_whatsapp_group", label="flag", client="outlook", fmt="html",
    note="EYFS teacher invites course parents to a WhatsApp group via her number (HTML-only, &nbsp; inside number)",
    frm=S["nwosu"], to=[JANE, SAM, ALI], subject="Makaton for Families - week 2 (and a WhatsApp group)",
    date=dt(2025, 1, 23, 19, 37),
    html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello everyone,</p>
<p>Thank you so much for coming along on Tuesday evening. It was lovely to meet you all properly, and I was really impressed with how many signs you&rsquo;d remembered from week one! This week we&rsquo;ll be doing food and drink, plus &ldquo;more&rdquo;, &ldquo;finished&rdquo; and &ldquo;help&rdquo; again, because they&rsquo;re the ones that make the biggest difference at home.</p>
<p>A couple of you asked if there was a way to share videos of the signs in between sessions, so I&rsquo;ve set up a WhatsApp group for the course. Just drop me a message on <b>07700&nbsp;900&nbsp;482</b> and I&rsquo;ll add you in. I&rsquo;ll post a short video of each week&rsquo;s signs on there so you can practise at the tea table, and you can ask me questions on there any time.</p>
<p>The crèche is running again for brothers and sisters &ndash; please let the office know by Monday if you need a place.</p>
<p>See you next Tuesday, 6pm in the Hub.</p>
<p>Chloe</p>
<p style="font-size:9pt;color:#666666">Chloe Nwosu<br>EYFS Teacher, Acorn Class<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</body></html>
"""))

add(slug="facebook_friend_request_photos", label="flag", client="iphone",
    note="HLTA asks foster carer to friend her on Facebook to get photos taken on her phone",
    frm=S["greenwood"], to=[SAM], subject="photos from the fair", date=dt(2024, 12, 9, 20, 14),
    text=T("""
Hi Sam,

Lovely to see you both at the Christmas fair on Saturday, she looked so happy in the sensory tent with the bubble tube! I got some really nice photos of the two of you but they're on my phone and too big to send on here.

If you send me a friend request on Facebook I'll message them over - I'm Hannah Greenwood on there, profile picture is me with a very muddy springer spaniel.

Hannah x

Sent from my iPhone
"""))

add(slug="snapchat_sixth_former", label="flag", client="outlook",
    note="post-16 TA asks a sixth-form pupil to add him on Snapchat and keep it quiet",
    frm=S["carr"], to=[KIRAN], subject="football on saturday", date=dt(2025, 3, 14, 15, 22),
    text=T("""
Hi Kiran

Great work in the cafe today. You took 14 orders on your own and you remembered to say "anything else?" every time. Mr Haworth was well impressed.

About the Leeds game tomorrow - I'll be watching it too. Add me on snap (lewiscarr_22) and we can chat about it after, just don't tell the others or they'll all want me on there haha.

See you Monday
Mr Carr
"""))

add(slug="discord_minecraft_summer", label="flag", client="gmail", fmt="alt",
    note="post-16 lead invites two pupils to his own Discord server over the holidays",
    frm=S["haworth"], to=[RUBY, LEON], subject="Minecraft club over the summer", date=dt(2025, 7, 17, 14, 5),
    text=T("""
Hi Ruby and Leon,

You two have been the best builders in Minecraft club this year. The model of school with the hydro pool that you made is still on the big screen in the Post-16 common room, and everyone who visits asks about it.

I know the summer holidays are really long and you both said you'll miss the club. So I've set up a Discord server where we can keep building together over the holidays. Here is the invite: https://discord.gg/Xq7bWmN4

My username on there is dhaworth_builds. Send me a friend request when you've joined and I'll let you into the build channel.

Ask your mum or dad to help you with the link if it doesn't work.

Have a brilliant summer!

Mr Haworth
Post-16 Lead
Example School
"""))

add(slug="respite_ring_me_at_home", label="flag", client="gmail", fmt="plain", reply=True,
    note="family support worker gives father his home landline in brackets; parent's own number in quoted text",
    frm=S["reid"], to=[ALI], subject="Re: Respite this weekend", date=dt(2025, 2, 6, 16, 48),
    text=T("""
Hi Ali,

I'm really sorry, that's not what you needed to hear on a Thursday. I've emailed the Short Breaks team again this afternoon and asked them to escalate it, and I've let Jo (our DSL) know as well so she's aware of how things are at home.

If the weekend place does fall through and things get too much on Saturday or Sunday, please don't just sit with it. Ring me at home - (0113) 496 0724. It's the landline so you'll get me or my wife, and she knows who you are. I'd rather you rang than struggled on your own.

Try and get some sleep tonight.

Callum

Callum Reid
Family Support Worker
Example School | 01632 960000

On Thu, 6 Feb 2025 at 13:05, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Callum
> They've just rung to say the carer at Fernlea is off sick and they might not have a bed for him on Saturday night. I honestly don't know how we're going to do another weekend. He was up smashing the kitchen cupboards last night and screaming the f word over and over, the neighbours must think we're killing him.
> Ali
> 07700 900789
"""))

add(slug="private_music_sessions_ics", label="flag", client="outlook", fmt="alt",
    note="music therapist offers paid private sessions at her home; home address and own mobile in .ics invite",
    frm=S["ellison"], to=[JANE], subject="Saturday music sessions", date=dt(2025, 2, 5, 17, 30),
    text=T("""
Hi Jane,

I've been thinking about what you said at parents' evening, about how much calmer he is after music therapy on a Wednesday and how the weekends are the hardest part.

I do a small number of private sessions on Saturday mornings from my music room at home, and I've got a 10am slot free from the start of next month. I've attached an invite for the first one so it's in your calendar - the address is on there. It's £30 for 45 minutes and there's parking on the drive. He'd have the drum and the ocean drum and the same hello song we use in school, so it should all feel familiar.

No pressure at all, just let me know what you think.

Warm wishes,
Ruth

Ruth Ellison
Music Therapist (HCPC registered)
Example School
"""),
    attachments=[("invite.ics", "text/calendar", crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Ruth Ellison:mailto:r.ellison@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Jane Parent:mailto:jane.parent@gmail.com
DESCRIPTION:Music session (45 mins). Park on the drive\\, side door. If you
 get lost ring me on 07700 900391.
DTSTART:20250301T100000Z
DTEND:20250301T104500Z
LOCATION:Music room\\, 7 Hawthorn Rise\\, Rawdon\\, Leeds LS19 6QE
SUMMARY:Music session with Ruth
UID:040000008200E00074C5B7101A82E0080000000021B9A3C4F277DB01
DTSTAMP:20250205T173000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""), '; method=REQUEST')])

add(slug="placement_vcard_pupil", label="flag", client="outlook",
    note="job coach sends a sixth-form pupil a .vcf with her personal mobile and gmail",
    frm=S["rowntree"], to=[SAFIYA], subject="My phone number for the cafe", date=dt(2025, 4, 28, 15, 40),
    text=T("""
Hi Safiya,

You were brilliant on your first day at the garden centre cafe. Sue the manager said you were polite and you wiped all the tables without being asked.

I have attached my contact card. Ask your mum to help you save it in your phone. Then if you are worried when you are at the cafe on Tuesday and I am not there, you can text me or send me a message.

Remember:
- Bus at 9.15 with Mr Carr
- Apron is in your bag
- Lunch is at 12 o'clock

See you tomorrow.

Gemma
Job Coach - Supported Internships
Example School
"""),
    attachments=[("Gemma Rowntree.vcf", "text/vcard", crlf("""
BEGIN:VCARD
VERSION:3.0
N:Rowntree;Gemma;;;
FN:Gemma Rowntree
ORG:Example School
TITLE:Job Coach
TEL;TYPE=CELL:07700 900527
EMAIL;TYPE=HOME:gemrowntree88@gmail.com
NOTE:My own phone - text me if you are worried at the cafe
END:VCARD
"""))])

add(slug="ot_home_visit_base64_0044", label="flag", client="outlook", cte="base64",
    note="OT gives father her personal mobile in 0044 format (base64 body)",
    frm=S["kowalczyk"], to=[ALI], subject="Home visit - bathroom and bedroom", date=dt(2025, 3, 10, 12, 27),
    text=T("""
Dear Ali,

Thank you for having me on Friday. As promised, here is a summary of what we talked about.

1. Bathing: the current bath board is no longer safe now that he's taller. I've requested a trial of a larger bath lift through Community Equipment, and they should contact you directly within three weeks.
2. Bedroom: the bed rails are fine for now. Given the night waking, I'd suggest we think about a safe-space bed at his annual review, and I'm happy to write supporting evidence for that.
3. Sensory: the weighted blanket is fine to use at home for up to 20 minutes at a time, but not overnight. I'll send a copy of the sensory diet we use in class home in his bag.

I'm trying to get the bath lift delivered on a day I'm not in school so that I can be there when it arrives and show you both how to use it. The delivery team won't always give a time slot, so the easiest thing is for you to ring me on my personal mobile, 0044 7700 900915, as soon as they call you with a date, and I'll see if I can come over.

Kind regards,

Anita Kowalczyk
Occupational Therapist
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000 (Tues-Thurs)
"""))

add(slug="half_term_cc_home_gmail", label="flag", client="outlook", fmt="alt",
    note="class teacher copies his own gmail into a mail to a parent so she can reply to it in the holiday",
    frm=S["ashworth"], to=[JANE], cc=[("Tom Ashworth", "tom.ashworth81@gmail.com")],
    subject="Half term and the new visual timetable", date=dt(2025, 2, 14, 15, 2),
    text=T("""
Dear Jane,

Just a quick one before we break up. He's had a really settled week: he's using the now/next board on his own and he asked for "biscuit please" on his talker three times on Thursday without any prompting, which is huge for him.

I've put a copy of the new visual timetable in his bag with laminated symbols, so you can use the same ones at home over half term. The velcro strip goes on the fridge!

I've copied in my home email on this one as I know you wanted to let me know how the hospital appointment goes on the Wednesday. I won't be checking my school account over the holiday, so if you reply all it'll reach me.

Have a restful week (or as restful as it gets).

Tom

Tom Ashworth
Class Teacher, Willow Class
Example School
01632 960000
"""))

add(slug="minibus_escort_reply_to_hotmail", label="flag", client="thunderbird",
    note="escort's personal hotmail set as Reply-To; body says replies come straight to her",
    frm=S["whitworth"], to=[SAM], reply_to=("Dawn Whitworth", "dawnwhitworth67@hotmail.co.uk"),
    subject="Minibus tomorrow", date=dt(2025, 3, 19, 17, 55),
    text=T("""
Hi Sam

Just to say I'll be on the minibus with her tomorrow for swimming instead of Claire, who's on a course. I've got her chewy and the spare pads and I know about the harness clip. We should be back at school for 2.15 so she'll still get her taxi home as normal.

If there's anything I need to know about tonight or the morning, just reply to this and it'll come straight to me.

Dawn
Midday Supervisor / Minibus Escort
"""))

add(slug="nurse_seizure_plan_hyphen_mobile", label="flag", client="outlook", fmt="alt", cte="quoted-printable",
    note="school nurse offers carer her own mobile (hyphenated) for weekend advice; school ext also present",
    frm=S["nurse"], to=[SAM], subject="Updated seizure care plan – please check and sign", date=dt(2025, 1, 28, 13, 16),
    text=T("""
Dear Sam,

The updated seizure care plan for Example Pupil Two is in her bag tonight (pink folder). The main changes following her neurology appointment are:

• Buccal midazolam dose is now 7.5mg (was 5mg), given after 5 minutes of tonic-clonic seizure activity
• A second dose is NOT to be given in school – we will call 999
• Her morning clusters can be recorded on the sheet rather than phoned through, unless there are more than three

Could you sign page 4 and send it back by Friday? We can't use the new dose in school until the plan is signed and the pharmacy label matches.

I know you've had a few frightening weekends lately. If you're ever unsure at a weekend whether something needs 111 or an ambulance, you're welcome to ring me on my mobile, 07700-900-247. It's my own phone, but honestly I'd rather you called. Obviously if she's fitting and it isn't stopping, it's always 999 first.

Kind regards,

Helen Mbeki RGN
School Nurse
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext 214
"""))

add(slug="taxi_handover_number_wrapped", label="flag", client="thunderbird", reply=True,
    note="class teacher's own mobile split across a hard line break (07700 / 900836)",
    frm=S["lumb"], to=[ALI], subject="Re: new taxi escort on Monday", date=dt(2025, 4, 25, 16, 3),
    text=T("""
Hi Ali,

Thanks for the heads up about the new escort. I'll make sure someone
meets him at the taxi on Monday with his now/next card so the handover
is calm, and we'll do the Monday song straight away so he knows what's
happening. He's had a good week - only one wobble on Tuesday (shouting
"shut up you b*****d" at the hand dryer, which to be fair is very loud)
and he did his whole cooking session.

I know mornings are the worst bit for you, so if it goes wrong at the
taxi end on Monday, text me on 07700
900836 and I'll come straight out to the front. That's my own mobile
rather than the school's but it'll be quicker than going through the
office at that time of the morning.

Kate

--
Kate Lumb
Class Teacher, Maple Class (KS4)
Example School
"""))

add(slug="leavers_instagram_tiktok", label="flag", client="outlook", fmt="html",
    note="post-16 TA invites three leavers to follow her personal Instagram and TikTok (HTML-only, emoji subject)",
    frm=S["nuttall"], to=[JOSH, TYLER, KIRAN], subject="Leavers 2025!! \U0001F393", date=dt(2025, 7, 16, 21, 10),
    html=T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:12pt">
<div>Hi Josh, Tyler and Kiran,</div><div><br></div>
<div>I can&#39;t believe it&#39;s your last week!! It has been the best three years working with you all in Post-16 and I am SO proud of you.</div><div><br></div>
<div><b>Josh</b> &ndash; your speech at the leavers&#39; assembly made everyone cry (even Mr Haworth).<br>
<b>Tyler</b> &ndash; the best caf&eacute; manager we have ever had.<br>
<b>Kiran</b> &ndash; still the only person who can beat me at Uno.</div><div><br></div>
<div>I don&#39;t want to lose touch with you when you go to college, so follow me on Instagram <b>@jo.nuttall.x</b> and on TikTok <b>@jojo_nutts</b> and I&#39;ll follow you back. Then we can still see what you&#39;re all up to! &#128522;</div><div><br></div>
<div>Love,<br>Miss Nuttall xx</div>
<div style="color:#888;font-size:10pt">Teaching Assistant, Post-16<br>Example School</div>
</body></html>
"""))

add(slug="taxi_contract_family_domain", label="flag", client="outlook", cte="8bit",
    note="transport coordinator gives mother his family-domain home email (8bit body, RFC 2047 subject)",
    frm=S["pryce"], to=[JANE], subject="Taxi contract change – new firm from Monday 3 March", date=dt(2025, 2, 21, 11, 34),
    text=T("""
Dear Jane,

As you'll have seen from the council letter, the contract for his route moves from Aire Valley Cars to Kirkstall Private Hire from Monday 3 March. Same pick-up time (7.55) and the same escort – Maureen is staying with the route, which I know was the thing you were most worried about.

The new firm will use a different vehicle, a silver Ford Galaxy. I've asked them for a photo that we can put in his social story this week, and Kirsty will read it with him every day so it isn't a surprise on the Monday.

I'm on annual leave from the 28th for a week, which is typical timing I know. If there are any problems with the first few runs, email me at home on gareth@thepryces.example.net rather than the transport inbox – nobody else picks that one up while I'm off and I'd rather sort it out myself.

Best regards,

Gareth Pryce
Transport Coordinator
Example School – 01632 960000
"""))

add(slug="slt_videos_whatsapp_dotted", label="flag", client="gmail", fmt="alt", html_cte="base64",
    note="SLT asks mother to send AAC videos to her WhatsApp (number with dots); HTML part base64",
    frm=S["raman"], to=[JANE], subject="Videos of his talker at home", date=dt(2025, 3, 4, 13, 2),
    text=T("""
Hi Jane,

It was so lovely to hear he's been using "go" and "more" on his talker at home with his sister. That's exactly the kind of generalisation we're hoping for.

Would you be able to get a few short videos of him using it at home? Snack time, bath time, whatever's natural - nothing staged. Seeing how he uses it with you really helps me decide which core words to add next, and I'd love to show his progress at his EHCP review.

The easiest way is probably WhatsApp, my number is 07700.900.263. Just send them whenever you get a chance, there's no need to write anything with them.

Thanks so much,
Priya

Priya Raman
Speech and Language Therapist
Example School
Works Mon, Tue, Thu
"""))

add(slug="ear_defenders_drop_at_mine", label="flag", client="outlook", cte="quoted-printable",
    note="TA tells father where she lives (home address, no postcode) and invites him round",
    frm=S["holroyd"], to=[ALI], subject="ear defenders and his diary", date=dt(2024, 11, 1, 15, 48),
    text=T("""
Hi Ali,

He left his ear defenders and the home–school diary in the taxi yesterday (we think – they weren't in his bag at home time and they're not in class). I've rung the taxi firm and they haven't found them yet.

I've got a spare pair of the same ones that he's fine with, and I'd rather he had them this weekend with the fireworks going off everywhere. I live at 41 Cragg Terrace, just off the top of Town Street behind the Co-op, so only five minutes from you. I can drop them round on my way home tonight, or you're welcome to call round to mine and pick them up – I'm in all weekend.

Becky

Becky Holroyd
Teaching Assistant, Maple Class
"""))

add(slug="after_review_signal", label="flag", client="outlook",
    note="SENCo asks carer to message her on Signal on her number and keep it off the school system",
    frm=S["begum"], to=[SAM], subject="After today's review", date=dt(2025, 5, 13, 18, 21),
    text=T("""
Sam,

I just wanted to say I'm sorry today was so difficult. You advocated brilliantly for her and you were right to push on the nursing hours.

To be honest there are things I can't put in a school email. If you want to talk through the tribunal route, message me on Signal - 07700 900705. Probably best that stays between us for now.

Fatima

Fatima Begum
Assistant Headteacher / SENCo
"""))

add(slug="sports_day_photos_icloud", label="flag", client="outlook", fmt="alt",
    note="PE lead forwards head's photo reminder to parents and asks for videos at his personal iCloud address",
    frm=S["lloyd"], to=[JANE, SAM, ALI], subject="FW: Sports day photos", date=dt(2025, 6, 26, 12, 40),
    text=T("""
Hi all,

Forwarding the note below from Mrs Okafor about sports day photos. Just to add: if you took any photos or videos of your own on the day (especially the wheelchair relay - what a finish!) I'd love copies for the PE display board. The school email won't take big video files, so please send them to my personal email instead: owen.lloyd.pe@icloud.com

Thanks,
Owen

Owen Lloyd
PE & Hydrotherapy Lead
Example School

________________________________
From: Bernadette Okafor <b.okafor@example-school.org.uk>
Sent: 25 June 2025 09:14
To: All Staff <allstaff@example-school.org.uk>
Subject: Sports day photos

Dear all,

Thank you for a wonderful sports day. A reminder that photos of pupils taken on the day must only be on school iPads and must be uploaded to the shared drive (Events > Sports Day 2025) by Friday and then deleted from the devices. Please check the photo consent list in the office before anything goes on the website or in the newsletter, as several of our families have opted out.

Many thanks,
Bernadette
"""))

# ==========================================================================
# CLEAN: everyday mail
# ==========================================================================

add(slug="diary_willow_tuesday", label="clean", client="outlook",
    note="daily home-school diary to mother",
    frm=S["doyle"], to=[JANE], subject="Home-school diary - Tuesday 21 January", date=dt(2025, 1, 21, 15, 26),
    text=T("""
Hi Jane,

Today's diary:

Arrival: happy off the taxi, straight to the swing.
Morning: two work trays (posting and colour matching), then PE in the hall - he loved the parachute.
Snack: toast and milk, all gone.
Lunch: pasta, ate about half, plus some of his yoghurt.
Toileting: dry at 10.30, wet pad at 1.15 (changed). Bowels opened about 11.
Afternoon: sensory story (The Gruffalo) - lots of giggling at the "terrible tusks".
Communication: used his talker for "more" and "bubbles". Lots of Peppa Pig echolalia after lunch, but happy with it.
Mood: 4/5 :)

Could you pop some more wipes in tomorrow please? We're nearly out.

Kirsty
"""))

add(slug="diary_oak_thursday_table", label="clean", client="outlook", fmt="alt",
    note="daily diary for PMLD pupil with feeds/meds/positioning, HTML table",
    frm=S["greenwood"], to=[SAM], subject="Oak Class diary – Thursday 23 January", date=dt(2025, 1, 23, 15, 9),
    text=T("""
Hi Sam,

Here's today's diary.

Feeds: 10am bolus 200ml via PEG, 1pm bolus 200ml, water flushes as per plan. Kept everything down.
Medication: 12pm meds given by Hannah, witnessed by Rhys.
Seizures: none seen today.
Personal care: changed at 9.45, 12.15 and 2.30. The skin on her back is looking much better with the new cream.
Positioning: standing frame 20 mins, side-lying after lunch, walker in the hall with Anita.
Activities: hydro this morning - she was kicking her legs and laughing. Sensory story this afternoon.
Communication: big smiles, and reaching for the switch to make the fan come on (4 times!).

She was quite sleepy after hydro so we let her rest this afternoon.

Hannah
"""),
    html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Sam,</p><p>Here&#8217;s today&#8217;s diary.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10.5pt">
<tr><td><b>Feeds</b></td><td>10am bolus 200ml via PEG, 1pm bolus 200ml, water flushes as per plan. Kept everything down.</td></tr>
<tr><td><b>Medication</b></td><td>12pm meds given by Hannah, witnessed by Rhys.</td></tr>
<tr><td><b>Seizures</b></td><td>None seen today.</td></tr>
<tr><td><b>Personal care</b></td><td>Changed at 9.45, 12.15 and 2.30. The skin on her back is looking much better with the new cream.</td></tr>
<tr><td><b>Positioning</b></td><td>Standing frame 20 mins, side-lying after lunch, walker in the hall with Anita.</td></tr>
<tr><td><b>Activities</b></td><td>Hydro this morning &#8211; she was kicking her legs and laughing. Sensory story this afternoon.</td></tr>
<tr><td><b>Communication</b></td><td>Big smiles, and reaching for the switch to make the fan come on (4 times!).</td></tr>
</table>
<p>She was quite sleepy after hydro so we let her rest this afternoon.</p>
<p>Hannah</p>
</body></html>
"""))

add(slug="taxi_pickup_time_change", label="clean", client="outlook",
    note="transport office: pick-up time change, school number in signature",
    frm=S["transport"], to=[ALI], subject="Transport: morning pick-up time from Monday 10 March", date=dt(2025, 3, 3, 10, 12),
    text=T("""
Dear Mr Guardian,

Leeds Passenger Transport have confirmed that from Monday 10 March the morning pick-up for his taxi will change from 8.05 to 7.50. This is because another pupil has been added to the route. The driver (Des) and the escort (Karen) will stay the same.

The afternoon drop-off should still be around 3.40.

I know a change to the morning routine can be hard for him. Kate has a social story ready and will start reading it with him this week. If you'd like a printed copy for home, just say and I'll send one in his bag.

Kind regards,

Gareth Pryce
Transport Coordinator
""" + SCHOOL_SIG + "\n"))

add(slug="pecs_book_going_home", label="clean", client="gmail", fmt="alt",
    note="SLT sends PECS book home with instructions",
    frm=S["raman"], to=[ALI], subject="His new PECS book", date=dt(2024, 10, 8, 14, 47),
    text=T("""
Hi Ali,

His new PECS book is coming home in his bag tonight - it's the blue one with the velcro strips on the front.

We've moved him on to discrimination (choosing between two pictures), which he's doing really well with in class. He's now fairly reliably choosing crisps over a "distractor" picture like a sock, and he's started to bring the sentence strip to an adult across the room.

A couple of things that would help at home:
- Keep the book somewhere he can always get to it, even if it's annoying
- When he hands you a picture, give him the item straight away and say the word ("crisps!")
- Please don't ask him "what do you want?" first - we want him to start the exchange himself

There are spare pictures of his favourite things in the back pocket. If you need any more, let me know what they are and I'll make them.

Priya

Priya Raman
Speech and Language Therapist
Example School
"""))

add(slug="staff_briefing_week", label="clean", client="outlook",
    note="head's weekly staff briefing notes (staff only)",
    frm=S["okafor"], to=[S["allstaff"]], subject="Staff briefing - w/b 3 February", date=dt(2025, 2, 3, 7, 41),
    text=T("""
Morning all,

A few things for this week, as we didn't get through everything at Monday's briefing:

1. Fire drill - Wednesday, some time in the morning. Class teachers, please check your PEEPs are in the red folder by the door, especially Oak and Acorn where there have been changes. The evac chairs have been serviced.
2. Hydro pool - closed on Thursday for the water test. Owen has rearranged sessions; see the sheet in the staffroom.
3. Intimate care records - January's sheets need to be in the office by Friday. Two staff names and two signatures on every change please, even the quick ones.
4. Inset day - Friday 14 February. Morning is Team Teach refresher (Jo will send details), afternoon is class time for EHCP outcome tracking.
5. Visitors - two students from the university SLT course will be with Priya on Tuesday and Wednesday. They'll have red lanyards and will be with Priya at all times.
6. Minibus - MiDAS assessment for new drivers is on the 19th. If you put your name down, Steve has the paperwork.

And a big thank you to Beech class, who hosted Friday's coffee morning. 23 families came, which is our best turnout yet.

Have a good week,
Bernadette

Bernadette Okafor
Headteacher
"""))

add(slug="nurse_flu_spray_consent", label="clean", client="outlook",
    note="school nurse: flu nasal spray consent reminder",
    frm=S["nurse"], to=[JANE], subject="Flu nasal spray - consent form", date=dt(2024, 10, 2, 11, 8),
    text=T("""
Dear Jane,

The immunisation team will be in school on Tuesday 15 October to give the nasal flu vaccine. We haven't had a consent form back for him yet - it's done online this year, through the link on the letter that came home in his bag last week.

I know the spray can be tricky for some of our children. We do it in the quiet room with his class staff, and the team are very used to working with our pupils. If he won't tolerate it on the day we won't force it, and they can arrange an alternative at the clinic.

If you'd rather he didn't have it, that's fine too - just tick "no" on the form so we know.

Kind regards,

Helen Mbeki
School Nurse
""" + SCHOOL_SIG + "\n"))

add(slug="spring_newsletter", label="clean", client="outlook", fmt="alt",
    note="termly newsletter (HTML) to parents, school contact details in footer",
    frm=S["office"], to=[JANE, SAM, ALI], subject="Spring Newsletter – February 2025", date=dt(2025, 2, 12, 13, 0),
    text=T("""
EXAMPLE SCHOOL – SPRING NEWSLETTER
February 2025

Dear Parents and Carers,

What a busy half term it has been! Here are a few highlights and some dates for your diary.

HYDROTHERAPY POOL
The pool is back open after the refit, with a new ceiling hoist and changing bench. Owen and the team have been in the water with every class this week. Please keep sending in swimwear, a towel and a swim nappy where needed.

WORLD BOOK DAY – THURSDAY 6 MARCH
Children are welcome to dress up if they're comfortable, but comfy clothes are absolutely fine. Each class is doing a sensory story, and Post-16 will be running a book swap in the café.

MAKATON SIGN OF THE FORTNIGHT: "FINISHED"
Both hands open, palms facing you, then turn them out and away. We use it at the end of every activity, so it really helps if you use it at home too.

POST-16 CAFÉ
The café is open to families on Friday afternoons, 1.30–2.30. Tea and toast are 50p and our students will take your order.

MAKATON FOR FAMILIES
Chloe's six-week course for parents and carers continues on Tuesday evenings. There is still space – ask at the office.

DATES
Half term: Monday 17 – Friday 21 February
Parents' evening: Tuesday 11 March, 3.30–6.30
Easter holidays: from Friday 4 April (school closes at 1.30)

Thank you, as always, for your support.

Bernadette Okafor
Headteacher

Example School, Park Row, Leeds LS1 4AP · 01632 960000 · office@example-school.org.uk
"""),
    html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f6f4">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#2E7D32;color:#fff;padding:18px 24px"><h1 style="margin:0;font-size:22px">Example School &ndash; Spring Newsletter</h1><div>February 2025</div></td></tr>
<tr><td style="padding:18px 24px">
<p>Dear Parents and Carers,</p>
<p>What a busy half term it has been! Here are a few highlights and some dates for your diary.</p>
<h2 style="font-size:17px;color:#2E7D32">Hydrotherapy pool</h2>
<p>The pool is back open after the refit, with a new ceiling hoist and changing bench. Owen and the team have been in the water with every class this week. Please keep sending in swimwear, a towel and a swim nappy where needed.</p>
<h2 style="font-size:17px;color:#2E7D32">World Book Day &ndash; Thursday 6 March</h2>
<p>Children are welcome to dress up if they&rsquo;re comfortable, but comfy clothes are absolutely fine. Each class is doing a sensory story, and Post-16 will be running a book swap in the caf&eacute;.</p>
<h2 style="font-size:17px;color:#2E7D32">Makaton sign of the fortnight: &ldquo;finished&rdquo;</h2>
<p>Both hands open, palms facing you, then turn them out and away. We use it at the end of every activity, so it really helps if you use it at home too.</p>
<h2 style="font-size:17px;color:#2E7D32">Post-16 caf&eacute;</h2>
<p>The caf&eacute; is open to families on Friday afternoons, 1.30&ndash;2.30. Tea and toast are 50p and our students will take your order.</p>
<h2 style="font-size:17px;color:#2E7D32">Makaton for Families</h2>
<p>Chloe&rsquo;s six-week course for parents and carers continues on Tuesday evenings. There is still space &ndash; ask at the office.</p>
<h2 style="font-size:17px;color:#2E7D32">Dates</h2>
<ul><li>Half term: Monday 17 &ndash; Friday 21 February</li><li>Parents&rsquo; evening: Tuesday 11 March, 3.30&ndash;6.30</li><li>Easter holidays: from Friday 4 April (school closes at 1.30)</li></ul>
<p>Thank you, as always, for your support.</p>
<p>Bernadette Okafor<br>Headteacher</p>
</td></tr>
<tr><td style="background:#e8efe9;padding:12px 24px;font-size:12px;color:#555">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
</table></body></html>
"""))

add(slug="farm_trip_consent_pdf", label="clean", client="outlook", fmt="alt",
    note="class trip letter with PDF consent form attached",
    frm=S["ashworth"], to=[JANE, SAM], cc=[S["morgan"]], subject="Willow and Oak trip to Whinmoor Open Farm - Thursday 22 May",
    date=dt(2025, 5, 6, 14, 18),
    text=T("""
Dear Parents and Carers,

Willow and Oak classes are going to Whinmoor Open Farm on Thursday 22 May. We'll leave school at 9.45 on the school minibuses (both have tail lifts) and be back in time for taxis.

The farm has a Changing Places toilet, a quiet room we've booked for the day, and wide level paths, so it works well for wheelchairs and walkers. The children will be feeding the goats, visiting the pets' corner and having a go on the tractor ride if they want to.

What to send:
- Packed lunch, or we will order one from the school kitchen (let us know by Friday)
- Waterproof coat and wellies or old trainers
- Ear defenders and any comforters
- Sun cream already applied if it's sunny

There's no charge for the trip. Please read, sign and return the attached consent form by Friday 16 May, and tell us on it about any changes to medication or care plans.

Any questions, just reply to this email.

Tom Ashworth
Class Teacher, Willow Class
""" + SCHOOL_SIG + "\n"),
    attachments=[("Farm trip consent form.pdf", "application/pdf", make_pdf([
        "Example School - Educational Visit Consent", "",
        "Visit: Whinmoor Open Farm   Date: Thursday 22 May 2025",
        "Classes: Willow and Oak   Depart 9.45am, return by 2.45pm", "",
        "Pupil name: ____________________________",
        "I give consent for my child to take part in this visit.",
        "Medication / care plan changes: ____________________",
        "Lunch:  packed lunch from home [ ]   school lunch [ ]", "",
        "Signed: __________________  Date: ____________"]))])

add(slug="money_task_homework_pupil", label="clean", client="outlook",
    note="maths teacher feedback to sixth-form pupil on money task (simple language)",
    frm=S["qureshi"], to=[LEON], subject="Your shopping task", date=dt(2025, 3, 5, 14, 35),
    text=T("""
Hi Leon,

Well done on your shopping task today. You:
- found all 4 things on your list
- paid with a £5 note
- checked your change

Your change was £1.20. You counted it right!

Next week we will go to the shop again. This time you will have £10 and 6 things on your list. Your list is on Teams in the Maths folder. You can look at the pictures at home if you want to.

Mr Qureshi
Post-16 Maths
"""))

add(slug="annual_review_invite", label="clean", client="outlook", fmt="alt",
    note="SENCo invites father to EHCP annual review (in person)",
    frm=S["begum"], to=[ALI], cc=[S["lumb"]], subject="Annual review of his EHCP - Wednesday 2 April", date=dt(2025, 3, 12, 9, 30),
    text=T("""
Dear Ali,

His EHCP annual review will be on Wednesday 2 April at 1.30pm, in the Meeting Room by main reception. It should take about an hour.

Invited:
- You (and anyone you'd like to bring for support)
- Kate Lumb, class teacher
- Priya Raman, SLT
- Anita Kowalczyk, OT
- Callum Reid, family support
- His SEND case officer from the local authority (they may join online)

Before the meeting, I'll send home a parent/carer views form and a simple "All about me" sheet that Kate will complete with him in class using symbols. It would be really helpful to have your form back by 26 March so we can include it in the paperwork.

This is his Year 10 review, so we'll be starting to talk about preparing for adulthood and what he might do after Year 11.

If the date doesn't work, please let me know as soon as you can and we'll find another.

Kind regards,

Fatima Begum
Assistant Headteacher / SENCo
""" + SCHOOL_SIG + "\n"))

add(slug="mdt_meeting_notes_internal", label="clean", client="outlook",
    note="internal multi-disciplinary meeting notes (staff only)",
    frm=S["ashworth"], to=[S["raman"], S["kowalczyk"], S["doyle"], S["begum"]], subject="Willow MDT notes - 29 January",
    date=dt(2025, 1, 29, 16, 40),
    text=T("""
Hi all,

Notes from today - shout if I've missed anything.

EP1
- AAC: Priya to add "toilet" and "stop" to the core page this week. Consistent modelling from all adults.
- Sleep: mum still reporting 3am waking. Callum has been asked to talk to her about the sleep clinic referral.
- OT: chewing sleeves a lot. Anita to trial chewy tube/necklace options and send ideas home.

LM
- Transition to Beech in September - first visits after Easter, 20 mins, with Kirsty.
- Toileting: timed sits every 90 mins going well, 3 dry days last week.

RS
- Hitting out at lunchtime has increased (6 incidents logged). Possibly the noise in the hall. Trial lunch in the classroom for two weeks, then review.
- Positive handling plan needs reviewing - Jo to sign off.

Actions
Priya - core page update (Fri)
Anita - chewy options (next week)
Kirsty - transition visit schedule
Fatima - book RS review with Jo

Thanks,
Tom
"""))

add(slug="spare_clothes_and_pe_kit", label="clean", client="outlook",
    note="TA asks father for spare clothes and PE kit",
    frm=S["holroyd"], to=[ALI], subject="Spare clothes", date=dt(2025, 1, 9, 14, 52),
    text=T("""
Hi Ali,

Could you send in a couple of spare sets of clothes when you get chance? We used both today after a spill at lunch and a wet one in the afternoon, so his peg is empty. Joggers and t-shirts are perfect - he won't tolerate anything with buttons at the moment.

Also his PE trainers are getting really tight, he was limping a bit after PE. No rush but maybe worth a look at the weekend.

Thanks,
Becky
"""))

add(slug="attendance_hospital_appointment", label="clean", client="outlook", cte="quoted-printable",
    note="attendance officer authorises hospital appointment absence",
    frm=S["attendance"], to=[JANE], subject="Absence - Friday 31 January", date=dt(2025, 1, 30, 9, 14),
    text=T("""
Dear Ms Parent,

Thank you for your email this morning letting us know that he won't be in tomorrow because of his appointment at the children's hospital. I've recorded it as a medical appointment, so it will show as authorised.

When you get a chance, could you send a photo or copy of the appointment letter for our records?

If he's well enough to come in afterwards, the taxi won't be able to bring him, but you're very welcome to drop him at main reception.

I hope it goes well.

Kind regards,

Siobhán Tierney
Attendance & Admissions Officer
Example School
"""))

add(slug="ot_chewy_options", label="clean", client="gmail", fmt="alt",
    note="OT sends sensory/chewing suggestions to mother",
    frm=S["kowalczyk"], to=[JANE], subject="Chewing - some ideas to try", date=dt(2025, 2, 5, 16, 2),
    text=T("""
Hi Jane,

As we discussed at the MDT, he's been chewing his sleeves and collars a lot in class, so I wanted to send some ideas to try at home too.

Chewing is usually a way of getting calming input through the jaw, so rather than stopping it we want to give him something better to chew on. In class this week we're trialling:

- a chewy tube (the yellow one, it's firmer) kept on a clip on his belt loop
- crunchy snacks at snack time: breadsticks, rice cakes, apple
- drinking water through a sports bottle or a thick straw
- "heavy work" before sitting down: pushing the trolley, carrying the book box

If the chewy tube works, I'll send one home for you to keep. Please don't buy anything yet; I'd rather we see what he likes first.

Any questions, just let me know.

Anita

Anita Kowalczyk
Occupational Therapist
Example School
"""))

add(slug="team_teach_refresher", label="clean", client="outlook",
    note="DSL/deputy: Team Teach refresher training arrangements (staff only)",
    frm=S["fairclough"], to=[S["allstaff"]], subject="Inset 14 Feb - Team Teach refresher", date=dt(2025, 2, 7, 12, 15),
    text=T("""
Dear all,

Details for next Friday's Team Teach refresher:

- 8.45 coffee in the Hub, 9.00 start, finishing at 12.15
- Wear comfortable clothes and flat shoes - we'll be practising holds on the mats
- If you have an injury or are pregnant, please let me know beforehand so the trainers can adapt

Certificates run out in March for about half of us, so this is not optional if your name is on the list in the staffroom.

We'll also spend 20 minutes going over how we record physical intervention on CPOMS, as there have been a few gaps this term. Every hold must be logged the same day, with the de-escalation tried first.

Thanks,
Jo

Jo Fairclough
Deputy Headteacher / Designated Safeguarding Lead
"""))

add(slug="winter_sensory_show", label="clean", client="outlook", fmt="alt",
    note="invitation to sensory-friendly Christmas show",
    frm=S["bennett"], to=[JANE, SAM, ALI], subject="Our winter show: The Snow Queen", date=dt(2024, 11, 27, 16, 20),
    text=T("""
Dear Families,

You are warmly invited to our winter show, The Snow Queen, on Wednesday 11 December at 2pm in the hall.

Every class has a part: Acorn are the snowflakes, Willow and Oak are doing the forest with lights and sounds, Beech are the reindeer, and Maple and Post-16 have done the music and the set.

We have made it as sensory-friendly as we can:
- no sudden loud noises, and the lights stay up
- a quiet room next door with a live video link if it all gets too much
- you are welcome to come and go
- wheelchair spaces at the front; please tell us if you need one

Costumes: there's no need to buy anything. Classes have made costumes in school, and if your child won't wear theirs on the day, that's absolutely fine.

Tea, coffee and mince pies afterwards, served by Post-16.

We hope to see you there!

Marcia Bennett
Beech Class Teacher and Performing Arts Lead
Example School
"""))

add(slug="swimming_kit_leisure_centre", label="clean", client="outlook",
    note="PE lead: swimming at the leisure centre kit reminder",
    frm=S["lloyd"], to=[ALI], subject="Swimming on Wednesdays", date=dt(2025, 4, 24, 10, 5),
    text=T("""
Hi Ali,

From next Wednesday Maple class will be swimming at Bramley Baths instead of our hydro pool, as the older pupils are ready for a bigger pool and a bit more independence.

Please send:
- swimming shorts (not baggy ones, the pool won't allow them)
- a towel
- a bag for wet things
- his goggles if he has some

He'll be changed in a private family cubicle with two male staff, as on his intimate care plan. We'll leave school at 10.15 and be back for lunch.

Owen
PE & Hydrotherapy Lead
"""))

add(slug="end_of_term_report_pdf", label="clean", client="outlook",
    note="class teacher sends end-of-term report PDF",
    frm=S["ashworth"], to=[JANE], subject="Spring term report", date=dt(2025, 4, 3, 15, 30),
    text=T("""
Dear Jane,

Please find attached his spring term report. A paper copy is also coming home in his bag.

The headline is his communication: he's now using his talker to request, to say "no" and, just this week, to tell us "finished". We've also seen real progress with toileting and with tolerating other children close to him at the table.

If you'd like to talk anything through, I'm around at the end of the day all next week, or we can arrange a call.

Have a lovely Easter,
Tom

Tom Ashworth
Class Teacher, Willow Class
Example School
"""),
    attachments=[("Spring report - Willow.pdf", "application/pdf", make_pdf([
        "Example School - Spring Term Report 2025", "Class: Willow   Teacher: Mr T Ashworth", "",
        "Communication: uses AAC to request, refuse and comment ('finished').",
        "Cognition and learning: completes two structured work trays independently.",
        "Social, emotional, mental health: tolerates peers at the table for 10 minutes.",
        "Physical and sensory: enjoys swing and parachute; chewy tube trial in place.",
        "Independence: timed toileting, three dry days in a row in March.", "",
        "Attendance: 93.1%"]))])

add(slug="college_taster_day_pupil", label="clean", client="gmail", fmt="alt",
    note="post-16 lead tells pupil about a college taster day",
    frm=S["haworth"], to=[TYLER], subject="College taster day on Thursday", date=dt(2025, 1, 27, 11, 45),
    text=T("""
Hi Tyler,

On Thursday you are going to a taster day at Kirkgate College.

What will happen:
- We will go on the minibus at 9.30
- You will try the catering kitchen and the horticulture garden
- You will have lunch in the college café
- We will come back to school at 2.30

Mr Carr will be with you all day.

Please bring your coat and your lanyard. You can bring your headphones for the minibus.

If you have any questions, ask me in the common room.

Mr Haworth
"""))

add(slug="texture_modified_tasters", label="clean", client="outlook", cte="8bit",
    note="catering manager on IDDSI level 4 tasters per SLT plan (8bit)",
    frm=S["dyson"], to=[SAM], cc=[S["raman"]], subject="Tasters at lunchtime – new menu", date=dt(2025, 4, 29, 13, 40),
    text=T("""
Dear Sam,

Priya has asked me to let you know about the tasters she's put in place for her at lunchtime, as part of her eating and drinking plan.

From next week the kitchen will make her a small pot of a Level 4 (puréed) taster from the main menu each day – for example the shepherd's pie or the custard – which staff will offer on a spoon as per her plan. Her PEG feeds stay exactly the same; the tasters are for enjoyment and oral stimulation only.

Everything is made in the separate texture-modified area and labelled with her name and the IDDSI level. If there's anything she really loves (or really hates) at home, do tell us and we'll see what we can do.

Kind regards,

Pauline Dyson
Catering Manager
Example School
"""))

add(slug="oak_lunch_and_changing_rota", label="clean", client="outlook",
    note="internal class rota for lunch and two-person intimate care (staff only)",
    frm=S["greenwood"], to=[S["morgan"], S["mcgill"], S["whitworth"]], subject="Oak rota w/b 10 March",
    date=dt(2025, 3, 7, 15, 44),
    text=T("""
Hi all,

Rota for next week attached below (and on the board).

Changes (always 2 staff, both sign the sheet):
Mon - Hannah/Shauna AM, Rhys/Dawn PM
Tue - Shauna/Dawn AM, Hannah/Rhys PM
Wed - Hannah/Rhys AM (Shauna at hydro), Shauna/Dawn PM
Thu - Rhys/Shauna AM, Hannah/Dawn PM
Fri - Hannah/Shauna all day (Rhys PPA)

Lunch feeds: Hannah Mon/Wed/Fri, Shauna Tue/Thu. Dawn on the hall for the walkers.

Hoist check: Rhys, Monday morning, before first use - please fill in the log, it was missed twice last week.

Reminder that EP2's new seizure plan is now signed, so the new dose applies from Monday. Helen has put the updated copy in the meds file.

Thanks
Hannah
"""))

add(slug="asdan_moderation_submission", label="clean", client="outlook", fmt="alt",
    note="post-16 lead to external moderator about portfolio submission",
    frm=S["haworth"], to=[("Judith Whitaker", "j.whitaker@example.org")], subject="Centre moderation - Personal Progress portfolios",
    date=dt(2025, 5, 19, 10, 50),
    text=T("""
Dear Judith,

Thank you for confirming the moderation visit. As agreed, we'll have the sample ready for you on Tuesday 10 June from 10am.

The sample is 8 learners across Entry 1 and Entry 2, with evidence mainly in the form of photos, video clips and annotated observation records. Because many of our learners are non-verbal, much of the evidence for "Communicating with others" is video, so we'll have a laptop set up for you.

We've used the updated witness statement template this year. If there's anything else you need us to prepare, please let me know.

Parking is available in the visitor spaces at the front; please sign in at main reception.

Kind regards,

Daniel Haworth
Post-16 Lead
""" + SCHOOL_SIG + "\n"))

add(slug="parents_evening_booking", label="clean", client="outlook", fmt="html",
    note="office: parents' evening booking (HTML-only)",
    frm=S["office"], to=[JANE, SAM, ALI], subject="Parents' evening - Tuesday 11 March", date=dt(2025, 2, 26, 9, 0),
    html=T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Parents and Carers,</p>
<p>Parents&rsquo; evening will be on <b>Tuesday 11 March, 3.30&ndash;6.30pm</b>. Appointments are 15 minutes with your child&rsquo;s class teacher. Therapists (SLT, OT, music therapy) will be in the Hub from 4pm if you would like a drop-in chat.</p>
<p>Please book your slot through the parent app by Friday 7 March. If you can&rsquo;t get into the app, reply to this email with a preferred time and we&rsquo;ll book it for you.</p>
<p>If it&rsquo;s hard to come in, we can also do your appointment as a phone or video call &ndash; just say which when you book.</p>
<p>Children are welcome to come with you. The sensory room and the soft play will be open and staffed.</p>
<p>Kind regards,<br>Lorraine Brierley<br>Office Manager</p>
<p style="font-size:12px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
"""))

add(slug="break_card_proud_moment", label="clean", client="outlook",
    note="class teacher shares positive moment (behaviour/swearing reduced)",
    frm=S["lumb"], to=[ALI], subject="A really good moment today", date=dt(2025, 3, 27, 15, 35),
    text=T("""
Hi Ali,

I had to tell you about this. In cookery this afternoon the smoke alarm test went off (we did warn him, but still). Instead of shouting and swearing like he usually would, he put his hands over his ears, went to his card and pointed to "I need a break", then walked to the quiet room with Becky. Five minutes later he came back and finished his pizza.

We've been working on that break card since September. It's a big deal. Please tell him how proud we are - he'll pretend not to care but he'll love it.

Kate
"""))

add(slug="lost_property_fleece", label="clean", client="outlook",
    note="office: lost property",
    frm=S["brierley"], to=[JANE], subject="Blue fleece", date=dt(2025, 3, 6, 10, 2),
    text=T("""
Hi Jane,

We've got a navy fleece in lost property with his name on the label, found in the hall after the book swap. I'll send it back in his bag today.

We still haven't found the other shoe, sorry - we'll keep looking.

Lorraine
Office
"""))

add(slug="carers_assessment_followup", label="clean", client="outlook", reply=True,
    note="family support worker follows up a carer's assessment referral (Outlook quoted thread)",
    frm=S["reid"], to=[SAM], subject="RE: Carer's assessment", date=dt(2025, 3, 18, 11, 20),
    text=T("""
Hi Sam,

Good news - the referral for your carer's assessment has been accepted, and the Carers' Team have said a worker will be in touch within four weeks to arrange a visit. They know you're also a foster carer, so they'll liaise with her social worker rather than asking you for everything twice.

When they come, it's worth mentioning:
- the night-time care (turns and suction) and how little sleep you're getting
- that you have the two younger ones as well
- the weekends when her short breaks get cancelled

If it would help, I'm happy to be there for the visit - just let me know the date once you have it.

Callum

Callum Reid
Family Support Worker
Example School

From: Sam Carer <sam.carer@outlook.com>
Sent: 11 March 2025 22:14
To: Callum Reid <c.reid@example-school.org.uk>
Subject: Carer's assessment

Hi Callum, did you hear anything back about the carer's assessment? Sorry to chase, it's just been a really long few weeks.
Sam
"""))

add(slug="epilepsy_training_internal", label="clean", client="outlook",
    note="school nurse books epilepsy and buccal midazolam training (staff only)",
    frm=S["nurse"], to=[S["morgan"], S["greenwood"], S["mcgill"], S["ashworth"], S["doyle"]],
    subject="Epilepsy & buccal midazolam training - Tues 25 Feb", date=dt(2025, 2, 18, 8, 55),
    text=T("""
Morning all,

Your epilepsy and rescue medication training is due for renewal. I've booked a session for Oak and Willow staff on Tuesday 25 February, 3.30-5.00, in the Meeting Room.

We'll cover:
- recognising different seizure types (with video)
- recording seizures on the new chart
- administering buccal midazolam, with a practical assessment
- when to call 999

Please bring your current certificate if you can find it. If you can't make the date, let me know and I'll add you to the Beech/Maple session in March, but you can't give rescue meds until you've been signed off.

Thanks,
Helen
"""))

add(slug="library_work_diary_pupil", label="clean", client="outlook",
    note="job coach replies to a sixth-form pupil about his placement diary",
    frm=S["rowntree"], to=[JOSH], subject="Re: my diary", date=dt(2025, 2, 25, 14, 10), reply=True,
    text=T("""
Hi Josh,

Thank you for sending your work diary. It is really good!

You wrote that you put 40 books back on the shelves. That is a lot of books! You also wrote that a customer asked you where the toilets were and you showed them. That is excellent customer service.

One thing to try next week: when you get to the library, say "good morning" to Mrs Akhtar before you take your coat off.

See you on Thursday.

Gemma

> I put 40 books back. a lady askd where toilet is and I showd her. I had a sandwich at break.
> Josh
"""))

add(slug="pool_closed_plant_service", label="clean", client="outlook",
    note="site manager: hydro pool closure (staff only)",
    frm=S["kaye"], to=[S["allstaff"]], subject="Hydro pool closed Wednesday", date=dt(2025, 3, 24, 7, 58),
    text=T("""
Morning,

The hydro pool will be closed all day Wednesday for the plant room service and chemical dosing check. Please don't let anyone in, even just to use the changing bench, as the engineers will have the plant room open.

The accessible changing room by the pool will still be available.

Back to normal on Thursday.

Steve
Site Manager
"""))

add(slug="willow_teacher_cover_letter", label="clean", client="outlook", fmt="alt",
    note="headteacher letter about class teacher's paternity leave and cover",
    frm=S["okafor"], to=[JANE], subject="Willow Class - staffing after half term", date=dt(2025, 5, 21, 16, 0),
    text=T("""
Dear Jane,

I'm writing to let you know about a change in Willow Class after half term.

Mr Ashworth and his partner are expecting their first baby in June, and he will be on paternity leave for two weeks from Monday 9 June. During that time Miss Nwosu, who many of you will know from Acorn, will teach Willow, and Kirsty and the rest of the team will stay the same.

We know change can be difficult for the children, so Miss Nwosu will spend some time in Willow before half term, and the class will have a social story with her photo. If you think your child would benefit from a copy at home, please let Kirsty know.

With best wishes,

Bernadette Okafor
Headteacher
""" + SCHOOL_SIG + "\n"))

# ==========================================================================
# CLEAN: hard negatives
# ==========================================================================

add(slug="office_number_for_messages", label="clean", client="outlook", reply=True,
    note="HARD: school's own number and postcode given for daytime messages",
    frm=S["ashworth"], to=[JANE], subject="Re: getting a message to you in the day", date=dt(2024, 9, 17, 16, 5),
    text=T("""
Hi Jane,

Good question. The best way to get an urgent message to us in the day is to ring the office on 01632 960000 - they'll radio through to the class straight away, and someone will ring you back if you need us to. The office is staffed 8 till 4.30.

For anything that isn't urgent, email me here or write in the diary. I check my email before school and at the end of the day.

If you want to post the signed forms instead of sending them in his bag, the address is Example School, Park Row, Leeds LS1 4AP - mark it for Willow Class.

Tom

On Tue, 17 Sept 2024 at 08:32, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Tom, what's the best way to get hold of you in the day if something comes up? Jane
"""))

add(slug="seaside_trip_school_phone", label="clean", client="outlook", fmt="alt",
    note="HARD: school-owned trip mobile, clearly stated as a school phone",
    frm=S["bennett"], to=[JANE, SAM, ALI], subject="Whole-school seaside trip - Friday 11 July", date=dt(2025, 7, 1, 13, 12),
    text=T("""
Dear Parents and Carers,

Just a few final details for our seaside trip to Filey on Friday.

- Coaches leave at 8.45 sharp, so please make sure taxis drop off on time. Taxis will collect from school as normal at the end of the day.
- We expect to be back at school by 3.30. If we're running late, the office will send a text.
- On the day, the school trip phone is 07700 900050. This is a school mobile that stays with the trip leader (me), and it will be switched on from 8am until everyone is back. Please only use it on the day for anything urgent; for everything else ring the office on 01632 960000.

Please send sun cream (already on), a sun hat, a change of clothes and a towel. Lunch will be provided by the school kitchen.

Thank you,

Marcia Bennett
Trip Leader
Example School
"""))

add(slug="data_check_parent_details", label="clean", client="outlook",
    note="HARD: office reads back carer's own phone, email and home address for annual data check",
    frm=S["brierley"], to=[SAM], subject="Annual data check - please confirm your details", date=dt(2024, 9, 24, 11, 30),
    text=T("""
Dear Sam,

We're doing our annual check of the contact details we hold for every pupil. Please could you look at the details below and reply to let us know if anything has changed?

Pupil: Example Pupil Two (Oak Class)
Main contact: Sam Carer (Carer)
Mobile: 07700 900456
Email: sam.carer@outlook.com
Address: 9 Beckside Court, Stanningley, Leeds LS28 6RT
Second contact: Fostering Team, Children's Services (social worker Nadia Haq)
GP: Priory View Medical Centre
Photo consent: website NO / newsletter YES / class displays YES

If everything is correct, a quick "all fine" is enough.

Thank you,

Lorraine Brierley
Office Manager
""" + SCHOOL_SIG + "\n"))

add(slug="swimming_changing_quoted_signature", label="clean", client="outlook", reply=True,
    note="HARD: reply quotes father's email whose signature has his mobile and home address",
    frm=S["lumb"], to=[ALI], subject="RE: Swimming and the changing rooms", date=dt(2025, 3, 13, 12, 44),
    text=T("""
Hi Ali,

Thanks for explaining, that makes complete sense. He's 15 and of course he doesn't want to be changed in the big changing room with the younger ones. From next week he'll use the private changing room by the pool with Owen and one other male member of staff, as his intimate care plan already allows, and we'll update the wording at his review.

I'll also ask Owen to make him a visual sequence for getting changed, so he can do as much as possible himself.

Kind regards,
Kate

Kate Lumb
Class Teacher - Maple Class (KS4)
Example School, Park Row, Leeds LS1 4AP
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 12 March 2025 20:41
To: Kate Lumb <k.lumb@example-school.org.uk>
Subject: Swimming and the changing rooms

Hi Kate
He came home really upset after swimming today and kept saying "not with the babies, not with the babies". I think he's embarrassed about being changed in the same room as the little ones now he's older. Is there anything you can do? He's a big lad now and he knows.
Thanks
Ali

Ali Guardian
58 Ferncliffe Road, Bramley, Leeds LS13 2JP
07700 900789
"""))

add(slug="short_breaks_service_number", label="clean", client="outlook",
    note="HARD: third-party short breaks service phone number given to parent",
    frm=S["reid"], to=[JANE], subject="Short breaks - who to contact", date=dt(2025, 1, 17, 13, 5),
    text=T("""
Hi Jane,

Following our chat on Wednesday, here are the details for the short breaks service I mentioned. They run Saturday clubs and overnight stays for children with autism and learning disabilities, and several of our families use them.

Ravensworth House Short Breaks
Phone: 0113 496 0381 (Mon-Fri, 9-4; ask for Denise in referrals)
Email: referrals@ravensworth.example.org

You'll need his EHCP and a recent social care assessment. If he hasn't had one, they'll refer you for it, and I can write a letter to support that. I'd really encourage you to ring them - you're doing an enormous amount on your own and you're entitled to the help.

Callum

Callum Reid
Family Support Worker
Example School
"""))

add(slug="taxi_firm_number_late", label="clean", client="outlook",
    note="HARD: taxi firm's number given for late pick-ups, with school office number",
    frm=S["transport"], to=[JANE], subject="If the taxi is late", date=dt(2025, 1, 13, 9, 40),
    text=T("""
Dear Jane,

Sorry to hear the taxi was so late this morning - I've spoken to the firm and it was a breakdown on the ring road. They say it won't happen again, but we know it's very unsettling for him.

If it's ever more than 15 minutes late, please ring Aire Valley Cars directly on 0113 496 0557 (the controller can tell you where the car is), and then let us know on 01632 960000 so we're ready for him whenever he arrives.

Kind regards,

Gareth Pryce
Transport Coordinator
Example School
"""))

add(slug="wheelchair_clinic_appointment", label="clean", client="outlook", fmt="alt",
    note="HARD: wheelchair clinic address, postcode and phone given for an appointment",
    frm=S["kowalczyk"], to=[SAM], subject="Wheelchair services appointment", date=dt(2025, 3, 20, 14, 26),
    text=T("""
Dear Sam,

Wheelchair services have sent through her appointment for the new seating assessment:

Tuesday 15 April, 10.30am
Harehills Mobility Centre, 14 Hovingham Road, Leeds LS8 3QA
Appointments line: 0113 496 0269

I'm planning to come to the appointment, as the new chair needs to work with her standing frame routine and the school minibus clamps. If you're happy for me to, I'll meet you in reception at 10.20.

If you need to change the time, please ring the appointments line above rather than school.

Anita

Anita Kowalczyk
Occupational Therapist
Example School
"""))

add(slug="dsl_carers_line_and_edt", label="clean", client="outlook",
    note="HARD: DSL gives father out-of-hours helplines (freephone, EDT) and school number",
    frm=S["dsl"], to=[ALI], subject="Support over the weekend", date=dt(2025, 2, 7, 14, 2),
    text=T("""
Dear Ali,

Callum has told me how hard things have been at home this week, and I wanted to make sure you have the right numbers in case things become too much over the weekend.

- Leeds Family Carers Line (free, 24 hours): 0808 157 0246
- Children's Social Care Emergency Duty Team (evenings and weekends): 0113 496 0870
- If anyone is in danger, or you are worried about your own safety or his, please call 999.

Callum is chasing the Short Breaks team about Saturday night, and we'll ring you on Monday morning to see how the weekend went. In school hours you can always reach me or Callum through the office on 01632 960000.

Please look after yourself too.

Jo Fairclough
Deputy Headteacher / Designated Safeguarding Lead
Example School
"""))

add(slug="post16_options_other_college", label="clean", client="gmail", fmt="alt",
    note="HARD: other college's transition coordinator phone and email given for post-16 options",
    frm=S["haworth"], to=[ALI], subject="Post-16 options - visiting Heronsgate College", date=dt(2025, 4, 30, 15, 15),
    text=T("""
Dear Ali,

As we discussed at the review, it's worth looking at a couple of options for after Year 11 so you can compare them with staying on in our own Post-16.

Heronsgate College is a specialist college for young people with autism and learning disabilities. They run open mornings every Thursday in term time. Their transition coordinator is Elaine Pickles:
Tel: 0113 496 0912
Email: transitions@heronsgate.example.org

I'd also suggest visiting our Post-16 on a normal afternoon, so you can see the café and the supported internship work. Just let me know which day suits.

Best wishes,

Daniel Haworth
Post-16 Lead
Example School
"""))

add(slug="annual_review_teams_details", label="clean", client="outlook", fmt="alt",
    note="HARD: Teams meeting ID, passcode and conference dial-in number",
    frm=S["begum"], to=[JANE], subject="Annual review - online joining details", date=dt(2025, 5, 7, 10, 33),
    text=T("""
Dear Jane,

As requested, you can join the annual review online on Wednesday 14 May at 9.30am. The rest of us will be in the meeting room at school.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 372 614 908 255
Passcode: q3Tz8K

Or call in (audio only)
+44 20 7946 0378,,518204667#   United Kingdom, London
Phone conference ID: 518 204 667#
________________________________________________________________________________

If the link doesn't work on the day, ring the office on 01632 960000 and they'll put you through to the meeting room.

Kind regards,

Fatima Begum
Assistant Headteacher / SENCo
"""))

add(slug="panto_payment_sort_code", label="clean", client="outlook", fmt="alt",
    note="HARD: price, bank sort code, account number and payment reference",
    frm=S["office"], to=[ALI], subject="Pantomime trip – £8.50 payment", date=dt(2024, 11, 19, 10, 20),
    text=T("""
Dear Mr Guardian,

Thank you for returning the consent form for the Maple Class pantomime trip on Tuesday 10 December (relaxed performance, 1pm).

The cost is £8.50, which covers the ticket and the coach. You can pay:
• on the parent app, under Trips, or
• by bank transfer to Example School Fund, sort code 20-45-77, account 53019844, reference MAPLE-PANTO plus his initials

Please pay by Friday 29 November. If cost is a problem, please speak to Lorraine in the office in confidence – no child will miss out.

Kind regards,

School Office
Example School, Park Row, Leeds LS1 4AP · 01632 960000
"""))

add(slug="puberty_book_isbn", label="clean", client="outlook",
    note="HARD: ISBN and page numbers in a nurse's puberty/hygiene advice",
    frm=S["nurse"], to=[ALI], subject="Puberty and personal care - book recommendation", date=dt(2025, 1, 22, 15, 57),
    text=T("""
Dear Ali,

Thank you for talking to me about shaving and personal hygiene at his intimate care review. As promised, here's the book I mentioned. It has clear photos and symbols and is written for autistic teenagers with learning disabilities:

Growing Up, Changing Body: A Visual Guide for Autistic Teens
ISBN 978-1-78775-412-6

Pages 24-31 (washing and deodorant) and 40-47 (shaving) are the most useful bits for now. Kate is using the same pictures in class, so he'll see the same steps at home and at school.

We're also starting an electric shaver routine in the Maple bathroom with a male member of staff, as agreed. I'll update the plan and send you a copy to sign.

Kind regards,

Helen Mbeki
School Nurse
Example School
"""))

add(slug="hr_new_starter_details_internal", label="clean", client="outlook",
    note="HARD: staff-only HR mail with new starter's home address and personal mobile",
    frm=S["siddiqui"], to=[S["okafor"]], cc=[S["brierley"]], subject="New starter - Megan Firth (TA, Acorn)",
    date=dt(2025, 4, 2, 11, 48),
    text=T("""
Hi Bernadette,

Megan's DBS has come back clear and both references are in, so she can start on Monday 28 April as planned.

Details for the single central record and for payroll:
Name: Megan Firth
Post: Teaching Assistant Level 2, Acorn Class, 32.5 hrs
Address: 17 Wharfedale View, Otley LS21 3RT
Personal mobile: 07700 900612
Personal email: meganfirth_96@hotmail.co.uk
Emergency contact: Daniel Firth (husband), 07700 900613

Lorraine, could you set up her lanyard, IT account and the intimate care and safeguarding induction for her first morning?

Thanks,
Imran

Imran Siddiqui
School Business Manager
"""))

add(slug="staff_christmas_do_rsvp", label="clean", client="gmail",
    note="HARD: staff social, office manager's personal mobile and yahoo email to staff only",
    frm=S["brierley"], to=[S["allstaff"]], subject="Staff Christmas do!!", date=dt(2024, 11, 12, 12, 31),
    text=T("""
Hi everyone!

The staff Christmas do is booked for Friday 13 December at The Fox and Hounds in Horsforth, from 7pm. Three courses for £32, and they can do vegan, gluten free and halal if you tell me by the 29th.

Deposits of £10 to me by Friday 22nd please (cash in the envelope in my top drawer, or ask me for bank details).

If you're replying from home over the weekend, text me on 07700 900318 or email my own address, lorraine.brierley@yahoo.co.uk, so it doesn't get lost in the office inbox.

Partners welcome!

Lorraine x
"""))

add(slug="e_safety_apps_newsletter", label="clean", client="outlook", fmt="html",
    note="HARD: e-safety advice naming WhatsApp, Snapchat, TikTok, Discord, Roblox with no invitation",
    frm=S["dsl"], to=[JANE, SAM, ALI], subject="Online safety: apps your child might be using", date=dt(2025, 2, 11, 12, 0),
    html=T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Parents and Carers,</p>
<p>Today is Safer Internet Day. Many of our young people use tablets and phones independently, and some of our older pupils have been contacted online by people they don&rsquo;t know. Here is a quick guide to the apps we see most often.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8efe9"><th>App</th><th>Minimum age</th><th>What to check</th></tr>
<tr><td>WhatsApp</td><td>13 (UK)</td><td>Who can add them to groups (Settings &gt; Privacy &gt; Groups &gt; &ldquo;My contacts&rdquo;)</td></tr>
<tr><td>Snapchat</td><td>13</td><td>Turn on Ghost Mode so the Snap Map doesn&rsquo;t show where they are</td></tr>
<tr><td>TikTok</td><td>13</td><td>Family Pairing, private account, direct messages off</td></tr>
<tr><td>Discord</td><td>13</td><td>Block messages from server members they don&rsquo;t know</td></tr>
<tr><td>Roblox</td><td>All ages</td><td>Parental controls and chat settings; set a parent PIN</td></tr>
</table>
<p><b>Remember:</b> school staff will never ask your child to add them, follow them or message them on any of these apps. If anyone claiming to be from school does, please tell us straight away.</p>
<p>If you&rsquo;re worried about something your child has seen or been sent, please contact me through the office on 01632 960000.</p>
<p>Jo Fairclough<br>Designated Safeguarding Lead</p>
</body></html>
"""))

add(slug="refuses_personal_number", label="clean", client="outlook", reply=True,
    note="HARD: TA declines to give her personal number and offers school channels",
    frm=S["mcgill"], to=[SAM], subject="Re: can I have your number?", date=dt(2025, 2, 25, 8, 12),
    text=T("""
Hi Sam,

I completely understand why you asked, and honestly it's lovely that she's so settled with me. But I'm really sorry, I'm not allowed to give families my personal number or message them from my own phone. It's the same rule for every member of staff here, it's not about you at all.

What I can do:
- check my school email before 8.30 and again at the end of the day, so if you message me by then I'll see it
- if it's urgent in the day, ring the office on 01632 960000 and they'll get a message straight to Oak
- write anything you want to tell me in the diary and I'll reply in it that afternoon

Hope that's OK.

Shauna

Shauna McGill
Teaching Assistant, Oak Class

> On Mon, 24 Feb 2025 at 21:02, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Shauna, would you mind if I had your mobile number? Just so I can text if she's had a bad night, it's hard to get through in the mornings with the little ones. Sam
"""))

add(slug="nurse_direct_line_school", label="clean", client="outlook",
    note="HARD: colleague's official direct line (school range 01632 960214), not a personal number",
    frm=S["greenwood"], to=[SAM], subject="Tummy and the new feed", date=dt(2025, 3, 11, 11, 6),
    text=T("""
Hi Sam,

She's been quite uncomfortable this morning - lots of arching and grimacing after her 10 o'clock feed, and she's been sick once. Her temperature is normal and she's settled a bit now on her side in the soft room.

Helen (school nurse) has had a look at her and would like a quick word with you about the new feed. Her direct line is 01632 960214, she's in her room until 12.30, or she'll try you at lunchtime if that's easier.

Hannah
"""))

add(slug="residential_venue_and_coach", label="clean", client="outlook", fmt="alt",
    note="HARD: residential venue address/postcode/phone and coach company number",
    frm=S["lloyd"], to=[ALI], cc=[S["lumb"]], subject="Maple residential – Ringinglow Outdoor Centre, 4–6 June",
    date=dt(2025, 5, 15, 16, 22),
    text=T("""
Dear Ali,

Here are the final details for the Maple residential.

Venue: Ringinglow Outdoor Centre, Sheephill Lane, Sheffield S11 7TB
Centre office: 0114 496 0321 (for emergencies only while we're there)
Coach: Dearne Valley Coaches, 0114 496 0788

We leave school at 9.30 on Wednesday 4 June and return by 3pm on Friday 6 June. The centre is fully accessible, with a Changing Places toilet, and he'll be sharing a two-bed room with one other boy from Maple, with staff next door.

Kate will ring each family on Wednesday evening at 7pm with an update. Please send his medication in the original boxes, with the MAR sheet signed.

Kit list attached on the back of the consent form. Any questions, give me a shout.

Owen Lloyd
PE & Hydrotherapy Lead
Example School
"""))

add(slug="exam_candidate_numbers_pupil", label="clean", client="outlook",
    note="HARD: candidate and centre numbers, exam date/time sent to pupil",
    frm=S["qureshi"], to=[JOSH], subject="Your maths exam", date=dt(2025, 5, 6, 13, 50),
    text=T("""
Hi Josh,

Your Entry Level maths exam is on:

Wednesday 14 May
9.15 am
Room 3 in the Hub

Your candidate number is 4127. The centre number is 36512. You do not need to learn these, they will be on your desk.

You will have a reader and extra time, like in the practice test.

Bring:
- a pencil
- your calculator
- your water bottle

You are ready. You did really well in the practice test.

Mr Qureshi
"""))

add(slug="grandparent_emergency_contact", label="clean", client="outlook",
    note="HARD: office reads back a new emergency contact (grandparent) numbers supplied by the mother",
    frm=S["office"], to=[JANE], subject="Emergency contacts updated", date=dt(2025, 1, 8, 14, 20),
    text=T("""
Dear Jane,

Thank you for letting us know. I've added his grandad as the second emergency contact on our system:

Name: Mr Keith Parent (grandfather)
Home: 0113 496 0418
Mobile: 07700 900871
Can collect from school: YES (password as you gave it)

I've also let the class team know that he'll be collecting on Wednesdays while you're at your course.

Kind regards,

Lorraine Brierley
Office Manager
Example School
"""))

add(slug="community_slt_holiday_cover", label="clean", client="gmail", fmt="alt",
    note="HARD: NHS community SLT admin number given for holiday cover",
    frm=S["raman"], to=[JANE], subject="Speech and language over the summer", date=dt(2025, 7, 14, 12, 10),
    text=T("""
Hi Jane,

Just to let you know that I'm not in school over the summer holidays, but the community speech and language therapy team can help if there are any problems with his talker (e.g. it stops working or the vocabulary needs changing).

Community Children's SLT – admin team
0113 496 0632 (Mon–Fri)
Please quote his NHS number when you ring.

I've also put a laminated core board in his bag as a backup, in case the talker needs repairing.

Have a lovely summer, and I'll see you both in September.

Priya
"""))

add(slug="official_facebook_and_class_app", label="clean", client="outlook", fmt="alt",
    note="HARD: school's official Facebook page and class learning-journal app join code",
    frm=S["bennett"], to=[JANE, SAM, ALI], subject="New learning journal app and our school Facebook page",
    date=dt(2024, 9, 12, 16, 30),
    text=T("""
Dear Parents and Carers,

This year we are moving all our learning journals and class photos to a new app, so you can see what your child has been doing in school. Photos are only visible to you and the school.

To join:
1. Download "Evidence Journal" from your app store
2. Choose "Join as a parent"
3. Enter your family code - this is printed on the slip coming home in your child's bag today (please don't share it)

Staff post from school iPads in school time only, and you can reply to posts if you'd like to share something from home.

You can also follow the school's official Facebook page, "Example School Leeds", for news, closures and events. It's run by the office, and we never post pictures of children whose families haven't given consent.

If you need help setting up the app, come to the coffee morning on Friday or ring the office on 01632 960000.

Marcia Bennett
Digital Learning Lead
"""))

add(slug="school_issued_work_mobile", label="clean", client="outlook",
    note="HARD: family support worker's school-issued work mobile, clearly stated as school-owned",
    frm=S["reid"], to=[SAM], subject="My new work mobile", date=dt(2025, 4, 23, 9, 15),
    text=T("""
Hi Sam,

Good news - the school has given me a work mobile so that families can reach me more easily when I'm out on home visits. The number is 07700 900100.

Just so you know how it works:
- it's a school phone, not my own, and it's switched off at 4.30 and at weekends
- texts and calls are logged, the same as emails
- if it's urgent and I don't answer, ring the office on 01632 960000

Out of hours, please use the Emergency Duty Team number on the sheet I gave you.

Callum

Callum Reid
Family Support Worker
Example School
"""))

add(slug="taxi_new_address_confirmed", label="clean", client="outlook",
    note="HARD: transport reads back the mother's own new home address for taxi pick-up",
    frm=S["transport"], to=[JANE], subject="Taxi pick-up from your new address", date=dt(2025, 6, 2, 10, 44),
    text=T("""
Dear Jane,

Congratulations on the move! I've passed your new address to Passenger Transport and they've confirmed the route change from Monday 16 June:

Pick-up: 22 Sandmoor Green, Alwoodley, Leeds LS17 7SD at 7.40
Drop-off: same address, about 3.45

The driver and escort will stay the same, which is good news. Kirsty is doing a social story with photos of the new house, if you can send one in.

Kind regards,

Gareth Pryce
Transport Coordinator
Example School
"""))

add(slug="dsl_stranger_on_snapchat", label="clean", client="outlook",
    note="HARD: DSL advises father after a stranger contacted pupil on Snapchat; app names, no invitation",
    frm=S["dsl"], to=[ALI], subject="This afternoon - Snapchat", date=dt(2025, 5, 22, 16, 35),
    text=T("""
Dear Ali,

Thank you for coming in at short notice this afternoon. As we discussed, he showed Becky some Snapchat messages on his phone from someone he doesn't know, who had asked him for photos and to "keep it secret". He hasn't sent anything, and he did exactly the right thing by telling an adult.

What we have done:
- screenshots saved and the account reported to Snapchat
- a referral to the police online safety team, who may contact you
- recorded on our safeguarding system

What would help at home:
- switch on Ghost Mode and set "Who can contact me" to "My friends" only
- check his friends list with him and remove anyone he doesn't know in real life
- keep using the "Tell an adult" social story we sent home

Please don't delete the messages in case the police need them.

Kind regards,

Jo Fairclough
Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(slug="staff_minibus_personal_mobile", label="clean", client="iphone",
    note="HARD: TA gives colleagues his personal mobile for a minibus run (staff only)",
    frm=S["carr"], to=[S["haworth"], S["nuttall"]], subject="minibus tomorrow", date=dt(2025, 3, 26, 19, 2),
    text=T("""
Hi both,

I'm picking up the minibus from the depot after its MOT first thing, so I might be a bit late for the 9.15 cafe run. If you need me, text me on 07700 900544 and I'll let you know where I am.

Lewis

Sent from my iPhone
"""))

add(slug="rda_contact_gmail", label="clean", client="outlook",
    note="HARD: third-party charity's gmail and phone given for riding sessions [unsure: third-party webmail]",
    frm=S["lloyd"], to=[SAM], subject="Carriage driving with Riding for the Disabled", date=dt(2025, 4, 9, 14, 38),
    text=T("""
Dear Sam,

You asked at parents' evening about carriage driving for her outside school. The group we use for our Oak sessions also runs Saturday sessions for families, and they have a wheelchair-accessible carriage.

Wharfedale Riding for the Disabled
Bookings: Margaret Holt, 0113 496 0455
Email: wharfedalerda.bookings@gmail.com

They're volunteer-run, so email is usually the best way. Mention that she already comes with school, as they'll have her risk assessment.

Owen
PE & Hydrotherapy Lead
Example School
"""))

add(slug="cc_father_personal_gmail", label="clean", client="outlook", fmt="alt",
    note="HARD: teacher copies the child's father (separated parent) at his own gmail as agreed [unsure]",
    frm=S["ashworth"], to=[JANE], cc=[("Mark Parent", "markparent.leeds@gmail.com")], subject="Willow update for both of you",
    date=dt(2025, 3, 19, 16, 15),
    text=T("""
Dear Jane and Mark,

As agreed at the meeting last week, I'm copying you both into updates from now on so that you each get the same information.

This week he's been working on waiting: we've introduced a visual timer for turn-taking at snack, and he's gone from snatching to waiting for up to 30 seconds. He's also been really interested in the fish tank in the library and has started using "look" on his talker to show us.

On Mondays after his weekends with Mark he can be a bit unsettled in the morning, which is completely understandable with the change of house. We've found the swing first thing helps a lot. Mark, if you can keep using the now/next board at your house too, that consistency will really help.

Any questions, either of you, just reply here.

Tom

Tom Ashworth
Class Teacher, Willow Class
Example School
01632 960000
"""))

add(slug="declines_parent_whatsapp_group", label="clean", client="outlook", reply=True,
    note="HARD: teacher declines to join parents' own WhatsApp group",
    frm=S["morgan"], to=[SAM], subject="RE: Oak parents' WhatsApp", date=dt(2024, 10, 15, 16, 30),
    text=T("""
Hi Sam,

Thank you for the invite, and it's really nice that the Oak parents have got a group going. It sounds like a great bit of support for you all.

I'm afraid staff aren't allowed to join parent WhatsApp groups or message families on our own phones, so I'll have to say no. For anything about school, please keep emailing me here, use the diary, or ring the office on 01632 960000.

If there's ever something in the group you think we should know about, do pass it on.

Best wishes,
Rhys

Rhys Morgan
Class Teacher - Oak Class

From: Sam Carer <sam.carer@outlook.com>
Sent: 14 October 2024 21:37
To: Rhys Morgan <r.morgan@example-school.org.uk>
Subject: Oak parents' WhatsApp

Hi Rhys, a few of us Oak mums and carers have set up a WhatsApp group. Would you like to join? Might be easier than emails! Sam
"""))

add(slug="meds_received_nhs_number", label="clean", client="outlook", fmt="alt",
    note="HARD: NHS number, doses, batch numbers and expiry dates in a medication receipt",
    frm=S["nurse"], to=[SAM], subject="Medication received - please check", date=dt(2025, 1, 6, 10, 52),
    text=T("""
Dear Sam,

Thank you for sending in her medication after the holidays. I've checked it in as follows:

Pupil: Example Pupil Two    NHS number: 999 041 3378
- Sodium valproate liquid 200mg/5ml, 4ml at 12.00. Batch VL2231, expiry 09/2026
- Buccal midazolam 5mg/0.5ml x 2 syringes. Batch BM0917, expiry 03/2026
- Lansoprazole 15mg orodispersible, via PEG at 12.00. Batch LZ4480, expiry 11/2025

Everything matches her care plan and MAR sheet. The midazolam is in the emergency grab bag in Oak.

The lansoprazole will run out in about three weeks, so please send in a new box before the 24th.

Kind regards,

Helen Mbeki
School Nurse
Example School
"""))

# --------------------------------------------------------------------------


def readme(rows):
    n_flag = sum(1 for r in rows if r[1] == "flag")
    n_clean = len(rows) - n_flag
    n_hard = sum(1 for r in rows if r[4].startswith("HARD"))
    return T(f"""
# Round 27 hold-out: personal-address-to-parent

**Blind, never use for tuning.** These messages were written without reading mailguard's
code, rules, tests, docs or history, and nobody has tuned the filter on them. Use them only to
measure the filter; if a case fails, fix the filter against other material, not against these files.

## What it is

{len(rows)} outgoing staff e-mails from an all-through special school (ages 3-19) for pupils
with autism and severe or profound learning difficulties: home-school diaries, taxis and escorts,
speech and language and occupational therapy, the school nurse, intimate-care and medication
plans, behaviour (swearing, echolalia), short breaks and respite, exhausted parents and carers.
Each is labelled against the school policy: staff must not give pupils or parents their
personal phone number, home address or personal e-mail, nor use personal channels
(WhatsApp, Snapchat, Facebook, Signal, Discord, Instagram, TikTok, ...) with them.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff give a parent/pupil their own personal contact details or private channel | {n_flag} |
| clean | ordinary everyday school mail | {n_clean - n_hard} |
| clean | hard negatives (look risky, are fine) | {n_hard} |
| **all** | | **{len(rows)}** |

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients = To + Cc, space
separated; notes starting `HARD:` are hard negatives; `[unsure]` marks judgement calls).

## Kinds of case

Flags: personal mobile in plain text, in a signature with a `tel:` link, with `&nbsp;` in HTML,
hyphenated, dotted, `0044`, split over a line break, in a base64 body, in a .vcf and in an .ics
attachment; home landline in brackets; home address with and without postcode (.ics location);
personal e-mail in Cc, in Reply-To only, in the body (iCloud, family domain); invitations to
WhatsApp, Facebook, Snapchat, Discord, Signal, Instagram and TikTok, to parents and to pupils.

Hard negatives: the school's own number/postcode/address; a school-owned trip phone and a
school-issued work mobile stated as such; the school nurse's direct line; parents' own details
read back or quoted in replies; a grandparent's numbers read back; third parties (short breaks
service, taxi firm, wheelchair clinic, carers' helpline and duty team, another college, NHS SLT,
outdoor centre and coach firm, a charity's gmail); non-phone numbers (Teams meeting ID and
dial-in, sort code and account, ISBN, candidate/centre numbers, NHS number, batch numbers,
prices, dates, times); staff-only mail with personal details (HR new starter, staff social,
minibus run); e-safety advice naming apps; staff refusing a personal number or a parents'
WhatsApp group; the school's official Facebook page and class app; a separated father copied
at his own gmail.

Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative in Outlook
and Gmail styles, HTML-only, multipart/mixed with PDF, .ics and .vcf attachments, replies with
`>` quoting, "On ... wrote:" and Outlook "From:/Sent:/To:/Subject:" blocks, a forward, RFC 2047
encoded subjects and display names.

## How it was made / regenerate

Written by hand as a deterministic Python 3.11 stdlib script (fixed dates, Message-IDs and MIME
boundaries, so output is byte-identical on every run). All names, addresses and mailboxes are
invented; phone numbers are Ofcom drama-range numbers; third-party organisations use
example.com/.org/.net.

    python3 tests/holdout/round27/make_round27_personal.py
""")


def main():
    flags = [m for m in MSGS if m["label"] == "flag"]
    cleans = [m for m in MSGS if m["label"] == "clean"]
    assert len(flags) == 20, len(flags)
    assert len(cleans) == 60, len(cleans)
    assert len({m["slug"] for m in MSGS}) == len(MSGS)
    order = list(MSGS)
    random.Random(2727).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rcpts = [p[1] for p in m["to"]] + [p[1] for p in m.get("cc", [])]
        rows.append((name, m["label"], m["frm"][1], " ".join(rcpts), m["note"]))
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(rows))
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
