#!/usr/bin/env python3
"""Round 49 blind hold-out corpus: personal-address-to-parent.

Setting: a primary school (ages 3-11) in Leicester; most families are of Gujarati
Hindu, Punjabi Sikh and Somali Muslim heritage.  Writes 80 .eml files (20 flag,
60 clean), labels.csv and README.md into ./personal-address-to-parent/ next to
this script.  Deterministic: fixed dates, Message-IDs and MIME boundaries, so two
runs give byte-identical output.  Python 3.11 standard library only.

BLIND: written without reading the filter's code, rules or tests.  Never use this
corpus for tuning.
"""

import base64
import csv
import datetime as dt
import email.header
import email.utils
import hashlib
import html
import io
import os
import quopri
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")
CRLF = b"\r\n"
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------- people

def st(name, local):
    return (name, f"{local}@{DOM}")

S = {
    "hema": st("Hema Mistry", "h.mistry"),
    "gurpreet": st("Gurpreet Sandhu", "g.sandhu"),
    "faadumo": st("Faadumo Hassan", "f.hassan"),
    "head": st("Rachel Doherty", "head"),
    "tom": st("Tom Ashworth", "t.ashworth"),
    "kiran": st("Kiran Bains", "k.bains"),
    "office": st("Example School Office", "office"),
    "attendance": st("Attendance \u2013 Example School", "attendance"),
    "dsl": st("Claire Whitfield (DSL)", "dsl"),
    "claire": st("Claire Whitfield", "c.whitfield"),
    "priya": st("Priya Lad", "p.lad"),
    "jas": st("Jaswinder Gill", "j.gill"),
    "senco": st("Sarah Kettleborough", "senco"),
    "amina": st("Amina Yusuf", "a.yusuf"),
    "daniel": st("Daniel Okafor", "d.okafor"),
    "bhavna": st("Bhavna Parmar", "b.parmar"),
    "harjit": st("Harjit Dhillon", "site"),
    "leanne": st("Leanne Pickering", "l.pickering"),
    "manjit": st("Manjit Rai", "m.rai"),
    "hodan": st("Hodan Ali", "h.ali"),
    "ravi": st("Ravi Solanki", "r.solanki"),
    "paul": st("Paul Brennan", "p.brennan"),
    "yasmin": st("Yasmin Farah", "y.farah"),
    "sunita": st("Sunita Chavda", "admissions"),
    "deepa": st("Deepa Lakhani", "d.lakhani"),
    "nikita": st("Nikita Odedra", "n.odedra"),
    "allstaff": st("All Staff", "allstaff"),
    "cover": st("Cover", "cover"),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pu(name, local):
    return (name, f"{local}@{PUP}")

P = {
    "harleen": pu("Harleen Kaur", "19hkaur"),
    "jasleen": pu("Jasleen Kaur", "19jkaur"),
    "ranveer": pu("Ranveer Singh", "19rsingh"),
    "ilhan": pu("Ilhan Mohamed", "19imohamed"),
    "aarav": pu("Aarav Patel", "19apatel"),
    "khadar": pu("Khadar Jama", "19kjama"),
    "siya": pu("Siya Patel", "20spatel"),
    "hibo": pu("Hibo Osman", "20hosman"),
    "gurveer": pu("Gurveer Gill", "20ggill"),
    "dev": pu("Dev Makwana", "20dmakwana"),
}

# --------------------------------------------------------------------------- helpers

def when(y, mo, d, h, mi, s=0):
    """Local UK time with the right offset (BST periods of 2024 and 2025)."""
    naive = dt.datetime(y, mo, d, h, mi, s)
    bst = (dt.datetime(2024, 3, 31, 2) <= naive < dt.datetime(2024, 10, 27, 2)) or \
          (dt.datetime(2025, 3, 30, 1) <= naive < dt.datetime(2025, 10, 26, 2))
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return naive.replace(tzinfo=tz)


def h8(slug, salt, n):
    return hashlib.sha256(f"{salt}:{slug}".encode()).hexdigest()[:n]


def msgid(slug, style, date):
    hx = h8(slug, "mid", 32).upper()
    if style == "outlook":
        box = "DB9PR06MB" + hx[:4]
        return f"<{box}{hx[4:20]}@{box}.eurprd06.prod.outlook.com>"
    if style == "gmail":
        raw = hashlib.sha256(f"gm:{slug}".encode()).digest()[:36]
        tok = base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "+").replace("_", "x")
        return f"<CA{tok}@mail.gmail.com>"
    return f"<{date.strftime('%Y%m%d%H%M%S')}.{hx[:12].lower()}@{DOM}>"


def boundary(slug, n, style):
    hx = h8(slug, f"b{n}", 24)
    if style == "outlook":
        return f"_00{n}_DB9PR06MB{hx[:4].upper()}{hx[4:20].upper()}_"
    if style == "gmail":
        return "0000000000" + hx[:18]
    return f"----=_Part_{n}_{hx[:10]}"


def addr(a):
    return email.utils.formataddr(a, charset="utf-8")


def addr_list(lst):
    parts = [addr(a) for a in lst]
    out, line = "", ""
    for i, p in enumerate(parts):
        piece = p + ("," if i < len(parts) - 1 else "")
        if line and len(line) + 1 + len(piece) > 70:
            out += line + "\r\n "
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    return out + line


def hdr_text(value, name):
    try:
        value.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and len(name) + 2 + len(value) <= 78:
        return value
    if ascii_ok:
        words, lines, cur = value.split(" "), [], ""
        limit = 78 - len(name) - 2
        for w in words:
            if cur and len(cur) + 1 + len(w) > limit:
                lines.append(cur)
                cur, limit = w, 76
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        return "\r\n ".join(lines)
    return email.header.Header(value, "utf-8", header_name=name).encode(linesep="\r\n")


def enc_body(text, cte):
    if isinstance(text, str):
        text = text.replace("\r\n", "\n")
        data = text.encode("utf-8")
    else:
        data = text
    if cte == "7bit":
        data.decode("ascii")  # raises if not ASCII
        out = data.replace(b"\n", CRLF)
    elif cte == "8bit":
        out = data.replace(b"\n", CRLF)
    elif cte == "quoted-printable":
        out = quopri.encodestring(data).replace(b"\n", CRLF)
    elif cte == "base64":
        out = base64.encodebytes(data.replace(b"\n", CRLF)).replace(b"\n", CRLF)
    else:
        raise ValueError(cte)
    for line in out.split(CRLF):
        assert len(line) <= 998, line[:60]
    return out


def enc_text_b64(text):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    return base64.encodebytes(data).replace(b"\n", CRLF)


def leaf(ctype, body_bytes, cte, extra=()):
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hs, body_bytes)


def text_leaf(subtype, text, cte, charset="utf-8", extra=()):
    if cte == "base64":
        body = enc_text_b64(text)
    else:
        body = enc_body(text, cte)
    cs = "us-ascii" if cte == "7bit" and charset == "utf-8" else charset
    return leaf(f'text/{subtype}; charset="{cs}"', body, cte, extra)


def multipart(subtype, parts, bnd):
    pre = b"This is a multi-part message in MIME format." + CRLF + CRLF if subtype == "mixed" else b""
    chunks = [b"--" + bnd.encode() + CRLF + ser(p).rstrip(CRLF) for p in parts]
    body = pre + CRLF.join(chunks) + CRLF + b"--" + bnd.encode() + b"--" + CRLF
    return ([("Content-Type", f'multipart/{subtype};\r\n\tboundary="{bnd}"')], body)


def ser(part):
    hs, body = part
    return b"".join(f"{k}: {v}".encode() + CRLF for k, v in hs) + CRLF + body


def attachment(ctype, filename, data):
    b64 = base64.encodebytes(data).replace(b"\n", CRLF)
    return leaf(f'{ctype}; name="{filename}"', b64, "base64",
                [("Content-Disposition", f'attachment; filename="{filename}"')])


def make_pdf(title, lines):
    """A small but well-formed one-page PDF."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 16 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for ln in lines:
        text += [f"({esc(ln)}) Tj", "0 -16 Td"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def isbn(prefix12):
    digits = [int(c) for c in prefix12 if c.isdigit()]
    assert len(digits) == 12
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return prefix12 + "-" + str((10 - s % 10) % 10)

# --------------------------------------------------------------------------- HTML rendering

OUTLOOK_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n')
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def e(s):
    return html.escape(s, quote=False)


def outlook_lines(text):
    out = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{e(ln)}<o:p></o:p></p>')
    return "\n".join(out) + "\n"


def gmail_lines(text):
    out = []
    for ln in text.split("\n"):
        out.append("<div><br></div>" if ln.strip() == "" else f"<div>{e(ln)}</div>")
    return "\n".join(out)


def quote_plain(q):
    if q is None:
        return ""
    if q["kind"] == "gmail":
        lines = "\n".join(("> " + l) if l else ">" for l in q["lines"])
        return f"\nOn {q['date']}, {q['who'][0]} <{q['who'][1]}> wrote:\n{lines}\n"
    return ("\n________________________________\n"
            f"From: {q['who'][0]} <{q['who'][1]}>\nSent: {q['date']}\nTo: {q['to']}\n"
            f"Subject: {q['subject']}\n\n" + "\n".join(q["lines"]) + "\n")


def auto_html(body, style, q):
    if style == "outlook":
        h = OUTLOOK_HEAD + outlook_lines(body.rstrip("\n"))
        if q is not None:
            h += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                  '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                  f'<p class="MsoNormal"><b>From:</b> {e(q["who"][0])} &lt;{e(q["who"][1])}&gt; <br>\n'
                  f'<b>Sent:</b> {e(q["date"])}<br>\n<b>To:</b> {e(q["to"])}<br>\n'
                  f'<b>Subject:</b> {e(q["subject"])}<o:p></o:p></p>\n</div>\n'
                  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_lines("\n".join(q["lines"])))
        return h + OUTLOOK_TAIL
    # gmail
    h = '<div dir="ltr">' + gmail_lines(body.rstrip("\n")) + "</div>"
    if q is not None:
        qs = "<br>\n".join(e(l) for l in q["lines"])
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'On {e(q["date"])}, {e(q["who"][0])} &lt;<a href="mailto:{q["who"][1]}">{q["who"][1]}</a>&gt; wrote:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              f'rgb(204,204,204);padding-left:1ex">{qs}</blockquote></div>')
    return h + "\n"

# --------------------------------------------------------------------------- message assembly

MSGS = []


def add(label, slug, note, frm, to, subject, date, body, cc=(), fmt="plain", cte="7bit",
        style="plain", html_body=None, html_cte=None, quote=None, atts=(), extra=(),
        in_reply_to=None, post=None):
    MSGS.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, fmt=fmt, cte=cte, style=style,
                     html=html_body, html_cte=html_cte or cte, quote=quote, atts=list(atts),
                     extra=list(extra), irt=in_reply_to, post=post))


def build(m):
    slug, style = m["slug"], m["style"]
    plain = m["body"].rstrip("\n") + "\n" + quote_plain(m["quote"])
    if m["fmt"] == "plain":
        root = text_leaf("plain", plain, m["cte"])
    elif m["fmt"] == "html":
        root = text_leaf("html", m["html"], m["html_cte"])
    elif m["fmt"] == "alt":
        hb = m["html"] if m["html"] is not None else auto_html(m["body"], style, m["quote"])
        root = multipart("alternative", [text_leaf("plain", plain, m["cte"]),
                                         text_leaf("html", hb, m["html_cte"])],
                         boundary(slug, 1, style))
    elif m["fmt"] == "plain+att":
        root = multipart("mixed", [text_leaf("plain", plain, m["cte"])] + m["atts"],
                         boundary(slug, 0, style))
    elif m["fmt"] == "alt+att":
        hb = m["html"] if m["html"] is not None else auto_html(m["body"], style, m["quote"])
        alt = multipart("alternative", [text_leaf("plain", plain, m["cte"]),
                                        text_leaf("html", hb, m["html_cte"])],
                        boundary(slug, 1, style))
        root = multipart("mixed", [alt] + m["atts"], boundary(slug, 0, style))
    else:
        raise ValueError(m["fmt"])
    if m["post"]:
        root = m["post"](root)
    date = m["date"]
    hs = [("From", addr(m["frm"])), ("To", addr_list(m["to"]))]
    if m["cc"]:
        hs.append(("Cc", addr_list(m["cc"])))
    hs += [("Subject", hdr_text(m["subject"], "Subject")),
           ("Date", email.utils.format_datetime(date)),
           ("Message-ID", msgid(slug, style, date))]
    if m["irt"]:
        hs += [("In-Reply-To", m["irt"]), ("References", m["irt"])]
    hs += m["extra"]
    if style == "outlook":
        hs += [("Thread-Topic", hdr_text(m["subject"].split(": ", 1)[-1] if m["subject"].startswith(("RE: ", "Re: ")) else m["subject"], "Thread-Topic")),
               ("Content-Language", "en-GB"),
               ("X-MS-Has-Attach", "yes" if m["atts"] else "")]
    elif style == "plain":
        hs += [("User-Agent", "Mozilla Thunderbird")] if int(h8(slug, "ua", 2), 16) % 2 else []
    hs.append(("MIME-Version", "1.0"))
    rh, rb = root
    lines = b"".join(f"{k}: {v}".encode() + CRLF for k, v in hs + rh)
    return lines + CRLF + rb


# Signature snippets -------------------------------------------------------------------
ADDR_LINE = "Example School, Park Row, LS1 4AP"
PHONE = "01632 960000"

# =========================================================================== FLAGS (20)

add("flag", "whatsapp_garba_costumes",
    "Y2 teacher asks parent to WhatsApp her own mobile (no-space format) about garba outfits",
    S["hema"], [JANE], "Navratri garba on Friday \u2013 outfits", when(2024, 10, 7, 16, 42, 11),
    """Dear Mrs Parent,

Thank you so much for offering to help with the children's outfits for Friday's garba in the hall \u2013 Anaya was beaming this morning when she told me her Ba is sewing the mirror-work borders!

We have 28 children in Peacock Class and about ten of them still need something to wear. If you could manage a few dupattas for the girls that would be amazing, and I'll sort out kurtas for the boys from the dressing-up store.

It's going to be a bit of a scramble this week, so rather than going back and forth on email just WhatsApp me on 07700900312. That's my own phone so I'll see it straight away, even in the evenings. Send me photos of the fabric if you like.

Thanks again, and Jai Shri Krishna to all the family.

Hema Mistry
Year 2 Class Teacher (Peacock Class)
Example School, Park Row, LS1 4AP
01632 960000
""", cte="8bit")

add("flag", "pupil_gmail_halfterm",
    "Y6 teacher tells pupil to send work to his personal gmail over half term",
    S["gurpreet"], [P["harleen"]], "Re: my persuasive writing", when(2024, 10, 25, 15, 31, 40),
    """Hi Harleen,

Good start \u2013 your opening paragraph about keeping the school field is really persuasive and I love the rhetorical question. Over half term, try to add a counter-argument paragraph (look at the WAGOLL on Classroom) and check your commas after fronted adverbials.

Classroom keeps logging me out at the moment, so if it won't let you hand it in just send it to my own email instead: gsandhu.84@gmail.com. I'll check it over the holiday.

Happy Diwali and Bandi Chhor Divas to you and your family!

Mr Sandhu
""", fmt="alt", cte="quoted-printable", style="gmail",
    quote=dict(kind="gmail", who=P["harleen"], date="Fri, 25 Oct 2024 at 14:02",
               lines=["Hi Mr Sandhu I finished my persuasive writing about keeping the field "
                      "can you check it before half term. thanks", "Harleen"]))

F03_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">
<p>Dear Sam,</p>
<p>Just a quick note to say Arjan has had a lovely first full week in Butterfly Class. He was a bit tearful at the door on Monday, but by snack time he was at the water tray with two new friends, and today he told me all about the langar at the gurdwara on Sunday &ndash; he was very proud that he'd helped roll the rotis!</p>
<p>He's still getting used to the toilets being down the corridor, so a spare pair of trousers and pants in his bag would be really helpful for the next couple of weeks.</p>
<p>I know Nani ji is doing most of the pick-ups. If she has any worries at all and doesn't want to come into the office, she is very welcome to ring or text me on my own mobile, which is in my signature below. Any time is fine, evenings included.</p>
<p>Best wishes,</p>
<table cellpadding="0" cellspacing="0" style="font-size:10pt"><tr>
<td style="border-right:2px solid #6a3d9a;padding-right:10px"><b>Miss Priya Lad</b><br>Reception Teacher &ndash; Butterfly Class</td>
<td style="padding-left:10px">Mobile:&nbsp;07700&nbsp;900&nbsp;547<br>School:&nbsp;01632&nbsp;960000<br>Example School, Park Row, LS1&nbsp;4AP</td>
</tr></table>
</body></html>
"""
add("flag", "html_nbsp_mobile_reception",
    "Reception teacher offers her own mobile (HTML signature with &nbsp;) to carer",
    S["priya"], [SAM], "Arjan's first week", when(2024, 9, 13, 17, 5, 2),
    "", fmt="html", html_body=F03_HTML, html_cte="quoted-printable")

add("flag", "home_address_fsm_forms",
    "Family support worker gives her home address (with postcode) for dropping off forms",
    S["faadumo"], [ALI], "Free school meals form and uniform grant", when(2024, 9, 20, 12, 10, 33),
    """Salaam Mr Guardian,

It was good to see you at the gate this morning. As promised, here is what you need for the free school meals check and the uniform grant:

- a copy of your Universal Credit award letter (the most recent page is fine)
- the form I gave you, signed on page 2
- receipts for Hamza's and Sagal's school shoes if you still have them

I know it is hard for you to get to the office before 3pm when you are on your own in the shop. I live just round the corner from you, at 14 Fernleaf Close, LE4 7QZ, so if it is easier you can drop everything through my letterbox at the weekend and I will bring it in on Monday. If my car is outside, ring the bell and I can help you with the uniform grant page there and then.

Mahadsanid,
Faadumo

Faadumo Hassan
Family Support Worker
Example School, Park Row, LS1 4AP | 01632 960000
""")

add("flag", "base64_eid_assembly_text_me",
    "Y3 teacher invites father to text her personal mobile (+44 format), base64 body",
    S["amina"], [ALI], "Hamza \u2013 Eid assembly next Friday", when(2025, 3, 27, 18, 20, 5),
    """Dear Mr Guardian,

Hamza asked me today if he could recite a short surah in our Eid assembly next Friday (4th April) and I said I would check with you first. He told me he has been learning Surah Al-Ikhlas with his macallin at the mosque and he knows it off by heart already \u2013 very impressive!

If you are happy for him to do it, he will need to practise with the microphone on Thursday after lunch. Sagal's class are doing a short piece about Eid food too, so you might want to come along. The assembly starts at 9.10 in the big hall and families are welcome.

I know the shop is extra busy at the moment with Ramadan, so if it's easier than email just text me on +44 7700 900681 over the weekend. It's my personal mobile but I honestly don't mind.

Eid Mubarak in advance to you all,

Amina Yusuf
Year 3 Teacher
""", cte="base64")

add("flag", "qp_choir_concert_mobile",
    "Y5 teacher gives own mobile for concert night; number split by a QP soft line break",
    S["leanne"], [JANE], "Riya \u2013 choir concert on 12th February", when(2025, 1, 29, 19, 47, 12),
    """Dear Mrs Parent,

I'm delighted to let you know that Riya has been picked for the school choir that will sing at the city schools' music festival on Wednesday 12th February. She has worked so hard on the harmony line and she was thrilled when I told her.

A few practical things:
- children need to be in school uniform with a plain white top (no jumpers on stage)
- we leave school at 4.30pm on the minibus and the performance finishes at about 7.15pm
- parents collect from the venue, not from school

The consent slip went home in her book bag today \u2013 if Ba has it, could it come back by Friday?

Last year a couple of families couldn't find us in the crowd afterwards, so if you're waiting outside and can't see our group, ring my mobile, 07700 900238. It's my own phone and I'll have it on me all evening.

Many thanks,
Leanne Pickering
Year 5 Teacher & Music Lead
Example School | Park Row | LS1 4AP | 01632 960000
""", fmt="alt", cte="quoted-printable", style="outlook",
    post=None)  # a QP soft line break is put inside the number below (fix-ups)

F07_VCF = """BEGIN:VCARD
VERSION:3.0
N:Gill;Jaswinder;;;
FN:Jaswinder Gill
NOTE:Breakfast club - Example School
TEL;TYPE=CELL:07700-900874
EMAIL;TYPE=HOME:jazz.gill77@hotmail.co.uk
END:VCARD
""".replace("\n", "\r\n").encode()
add("flag", "vcard_breakfast_club",
    "TA attaches vCard with personal mobile (hyphenated) and hotmail for grandfather",
    S["jas"], [SAM], "Breakfast club from Monday + my contact card", when(2024, 11, 8, 7, 12, 50),
    """Sat Sri Akal ji,

Thanks for letting me know that Bapu ji will be bringing Jasleen and Arjan to breakfast club from Monday while you are on early shifts at the warehouse. Just so he knows:

- the side gate on Park Row opens at 7.45am, not before
- he needs to sign them in on the sheet by the hall door
- Arjan can have toast and fruit, and I've noted no egg for him

I've attached my contact card so he can save my number in his phone. If he's running late or gets stuck at the lights on Melton Road, tell him to just give me a ring or send a voice note and I'll keep an eye out for them. Weekends are fine too.

Jaswinder Gill
Teaching Assistant / Breakfast Club Lead
Example School
""", fmt="plain+att", cte="8bit",
    atts=[attachment("text/vcard", "Jaswinder Gill.vcf", F07_VCF)])

F08_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250802T100000
DTEND;TZID=Europe/London:20250802T110000
RRULE:FREQ=WEEKLY;COUNT=5
DTSTAMP:20250722T190500Z
ORGANIZER;CN=Manjit Rai:mailto:manjit.rai.music@gmail.com
UID:3k7r49harmonium0802@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Jane Parent:mailto:jane.parent@gmail.com
SUMMARY:Riya - harmonium
LOCATION:31 Marigold Road\\, Leicester LE5 2QX
DESCRIPTION:Bring the aarti book and the yellow practice folder.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n").encode()
add("flag", "ics_harmonium_at_home",
    "Music teacher's calendar invite: lessons at her home address, organiser is personal gmail",
    S["manjit"], [JANE], "Harmonium lessons over the summer", when(2025, 7, 22, 20, 5, 0),
    """Namaste Mrs Parent,

Lovely to chat to you and Ba at the summer fair. As I said, I'm very happy to keep going with Riya's harmonium over the holidays so she doesn't lose everything we did for the Diwali show. She has nearly got the full aarti now.

I've sent a calendar invite for Saturday mornings, 10 till 11, starting 2nd August. We'll do them at my house rather than school as the building is shut for the summer \u2013 the address is on the invite. There's parking on the road, and Riya is welcome to bring her cousin if he wants to sit in.

No need to pay me anything for the first few, we can sort that out later.

Manjit Rai
Music Teacher / Punjabi Club
""", fmt="alt+att", cte="quoted-printable", style="gmail",
    atts=[attachment("text/calendar", "invite.ics", F08_ICS)])

add("flag", "replyto_home_outlook_nursery",
    "Part-time nursery practitioner sets Reply-To to her personal outlook.com address",
    S["bhavna"], [ALI], "Ayaan \u2013 nappies and spare clothes", when(2024, 10, 9, 14, 48, 20),
    """Dear Mr Guardian,

Ayaan has had a good week in Nursery. He loves the sand pit and has started saying "bye bye" to the other children at home time, which is lovely to hear.

Could you please send in a pack of nappies and wipes for his peg? We're down to the last two. A couple of spare sets of clothes would be great too, labelled if possible.

Just so you know, I only work Monday to Wednesday, so emails to my school address sit there until the following week. I've set this email up so that when you press reply it comes to my home email instead, and I'll see it on my days off.

Thank you,
Bhavna Parmar
Nursery Practitioner
Example School, Park Row, LS1 4AP
01632 960000
""", fmt="alt", cte="7bit", style="outlook",
    extra=[("Reply-To", addr(("Bhavna Parmar", "bhavna.parmar.home@outlook.com")))])

F10_BODY = """Dear Jane,

Thank you for coming in on Wednesday with Anaya's dadi. I know those meetings are long, and it was really helpful to hear how things are at home, especially around bedtime and the noise at the mandir on festival days.

As agreed, I'm going to carry on putting the EHCP request together over the summer so that it can go to the local authority as soon as we're back in September. I'll need:

1. the letter from the paediatrician after Anaya's appointment on the 29th
2. any reports from the speech and language therapist
3. your own views ("All about Anaya") in English or Gujarati, whichever is easier \u2013 Mrs Chavda has kindly offered to translate

I've copied in my personal email on this so I can pick up anything you send over the holidays without logging in to the school system. Please press "reply all" and it'll reach me either way.

Have a good summer, and please give Anaya a high five from me.

Sarah Kettleborough
SENCo
Example School | 01632 960000
"""
add("flag", "cc_personal_icloud_ehcp",
    "SENCo copies her personal icloud address into mail to parent for summer replies",
    S["senco"], [JANE], "Anaya \u2013 EHCP request over the summer", when(2025, 7, 18, 15, 55, 41),
    F10_BODY, cc=[("Sarah Kettleborough", "s.kettleborough73@icloud.com")],
    fmt="alt", cte="quoted-printable", style="outlook")

add("flag", "snapchat_insta_football",
    "PE lead invites Y6 pupils to add him on Snapchat / follow his Instagram for photos",
    S["tom"], [P["ranveer"], P["khadar"], P["aarav"], P["harleen"]],
    "Saturday's tournament - what a team!!", when(2025, 3, 10, 16, 20, 9),
    """Hi all,

What a morning! Runners-up in the city Year 5/6 tournament, and honestly we should have won that final. Khadar, that shot off the post is going to haunt me.

Ranveer - player of the tournament from the referees, so well deserved.

Mrs Whitfield took loads of photos and videos. The ones for the school website will go up this week, but I've got some funny ones on my phone too - add me on Snapchat (tash_coach10) and I'll send them to you, or follow me on Insta, same name, and I'll tag you in the team one.

Training is still Wednesdays 3.15 till 4.15. Bring water, and Aarav, please bring your own shin pads this time!

Mr Ashworth
""")

add("flag", "discord_coding_club_summer",
    "Computing lead invites Y5/6 pupils to his Discord server and to friend him",
    S["daniel"], [P["siya"], P["dev"], P["gurveer"], P["ilhan"], P["aarav"]],
    "Coding Club - summer challenge", when(2025, 7, 21, 13, 0, 27),
    """Hi Coding Club,

Thank you for a brilliant year. The maze games you made in Scratch were the best we've ever had - Siya, your Diwali lantern level was amazing, and Dev's gravity bug is now a feature.

I've set up a Discord server so we can keep sharing projects over the summer holidays. Join with this link: https://discord.gg/mrokcodeclub and send me a friend request - I'm mr_ok_codes on there. I'll post a new challenge every Monday morning.

If you don't have Discord, you can still do the challenges on Scratch and show me in September.

Have a great summer!
Mr Okafor
Computing Lead
""", fmt="alt", cte="7bit", style="gmail")

add("flag", "facebook_add_me_parenting",
    "Learning mentor asks father to add her on Facebook to join a group",
    S["hodan"], [ALI], "Parenting course in Somali \u2013 starts next month", when(2025, 2, 4, 11, 32, 0),
    """Nabad Mr Guardian,

Thank you for talking to me after the meeting about Hamza last week. I found out more about the parenting course I mentioned. It's run in Somali by two mums from the community centre on Kamal Road: six Tuesday mornings, 10 till 12, starting 4th March. It's free and there is a cr\u00e8che, so Ayaan can come too.

The organisers share everything through a Facebook group rather than by email. The easiest thing is if you add me on Facebook \u2013 I'm Hodan Ali, my profile picture is me and my sister at Abbey Park with the ducks \u2013 and I'll add you to the group and message you the sign-up form.

If you're not on Facebook, let me know and I'll print it out for you instead.

Hodan Ali
Learning Mentor
Example School | 01632 960000
""", cte="quoted-printable")

add("flag", "signal_attendance_brackets",
    "Attendance officer offers his own number for Signal, bracketed format",
    S["attendance"], [SAM], "Jasleen \u2013 late marks since January", when(2025, 1, 14, 9, 40, 16),
    """Dear Sam,

I'm writing because Jasleen has been late 9 times since we came back in January, mostly between 8.55 and 9.10. I know mornings are a juggle with Arjan and your shifts, and I'm not writing to tell you off \u2013 I'd rather we sort something out together before it becomes a bigger problem, especially with SATs coming up.

Would you be able to come in for a quick chat one morning next week? Ten minutes is plenty. Breakfast club might be an option too: it's \u00a32 a day and there's help with the cost for some families.

Emails to the attendance inbox sometimes take me a day to get to. If it's easier, message me on Signal \u2013 (07700) 900415 \u2013 that's my own number and I'll reply quicker there.

Thanks,
Abdirahman Warsame
Attendance & Welfare Officer
Example School, Park Row, LS1 4AP
Tel: 01632 960000 (option 1)
""", cte="quoted-printable")

F15_QUOTE = dict(kind="outlook", who=ALI, date="04 June 2025 12:06",
                 to="Deepa Lakhani <d.lakhani@example-school.org.uk>", subject="Sagal phonics check",
                 lines=["Hello Mrs Lakhani",
                        "Sagal says she has a test next week for reading and she is worried. What is this "
                        "test, does she need to practise? Her mother is asking also.",
                        "Thank you", "Ali Guardian"])
F15_BODY = """Dear Mr Guardian,

Please don't worry about the phonics check next week. It's very low-key: Sagal will read 40 words to me one to one in the quiet room, some real and some "alien" words, and it takes about five minutes. She has been doing really well with her digraphs and I'd be surprised if she didn't pass. If she doesn't, she simply has another go in Year 2 \u2013 no big deal at all.

The best thing you can do at home is carry on with the reading books, even five minutes before bed. Hamza reading with her counts too!

I'm out on a course on Thursday, so if you want to talk before the check, ring me on my mobile (number below) after 4 and I'll explain how it works.

Kind regards,
Deepa Lakhani
Year 1 Teacher
Mob (personal): 0044\u00a07700\u00a0900455
Example School | Park Row | LS1 4AP
"""
add("flag", "outlook_reply_0044_phonics",
    "Y1 teacher's reply signature carries 'Mob (personal)' in 0044 format with no-break spaces",
    S["deepa"], [ALI], "RE: Sagal phonics check", when(2025, 6, 4, 17, 22, 3),
    F15_BODY, fmt="alt", cte="quoted-printable", style="outlook", quote=F15_QUOTE,
    in_reply_to="<LO2P265MB5121A9D0E17F6C2B@LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM>")

add("flag", "home_landline_sats_maths",
    "Maths lead invites carer to ring his home landline in the evening",
    S["paul"], [SAM], "Jasleen - maths before SATs", when(2025, 4, 24, 19, 10, 44),
    """Hi Sam,

Thanks for your note in Jasleen's planner. I've had a look through her arithmetic paper from last week and honestly she's nearly there - it's mostly long division and fractions of amounts that are losing her marks, not understanding.

I've put three short practice sheets in her bag, no more than 20 minutes each. Please don't let her do more than that; she's working hard enough and I don't want her worrying over the bank holiday weekend.

If you'd like to go through it together, I'm at home most evenings - ring the house on 0116 496 0732 after six and either I or my wife will pick up. Easier than trying to catch me at the gate.

Paul Brennan
Year 6 / Maths Lead
""")

F17_QUOTE = dict(kind="gmail", who=JANE, date="Sat, 2 Nov 2024 at 09:14",
                 lines=["Dear Sunita ben, Happy Diwali to you and your family. Small box of mithai "
                        "for the office, please share.", "From Jane, Ba, Anaya and Riya"])
add("flag", "diwali_invite_home_address",
    "Admissions officer invites parent's family to her home, street address (no postcode); encoded Gujarati subject",
    S["sunita"], [JANE], "Re: \u0ab6\u0ac1\u0aad \u0aa6\u0ac0\u0aaa\u0abe\u0ab5\u0ab2\u0ac0 \u2013 thank you for the mithai!",
    when(2024, 11, 4, 20, 31, 9),
    """Jai Shri Krishna Jane ben,

Thank you so much for the box of mithai you left at the office before Diwali \u2013 the kaju katli didn't last till lunchtime! Please thank Ba as well, I know the ghughra were hers.

Saal Mubarak to all of you. We're having a few families round on Sunday afternoon for the new year, nothing fancy, just chai and nasto, and I'd love you to come with Ba and the girls. We're at 8 Kestrel Avenue, just off Melton Road by the sweet centre \u2013 the house with the big rangoli on the step. Come any time after 3.

\u0ab8\u0abe\u0ab2 \u0aae\u0ac1\u0aac\u0abe\u0ab0\u0a95!
Sunita
""", fmt="alt", cte="8bit", style="gmail", quote=F17_QUOTE)

add("flag", "residential_kit_dotted_mobile",
    "EVC tells two parents to message his own mobile over the weekend (dotted format)",
    S["paul"], [SAM, JANE], "Residential kit list - last few bits", when(2025, 5, 16, 21, 3, 30),
    """Hi both,

Quick one, as I know a few of you have been asking at the gate. For Wednesday:

- sleeping bag AND pillowcase (the centre provides pillows and mattresses)
- wellies or old trainers that can get properly wet for gorge walking
- a torch
- no phones, no tablets, no sweets in bags please - the centre has a tuck shop
- any medicines in a named bag, handed to Mrs Whitfield at drop-off, not packed in cases

I'm about all weekend sorting the rooms, so if you have any questions about kit or who's sharing with who, drop me a message on 07700.900.903 rather than waiting for Monday. Voice notes are fine.

Thanks
Paul
""")

add("flag", "yahoo_to_leaver_pupil",
    "EAL coordinator gives a Y6 leaver her personal yahoo address to keep in touch",
    S["yasmin"], [P["ilhan"]], "Good luck at big school, Ilhan!", when(2025, 7, 22, 12, 45, 0),
    """Dear Ilhan,

I can't believe it's your last day. When you arrived in Year 3 from Amsterdam you hardly said a word in English, and this week you read your speech in front of the whole school. I was so proud I nearly cried (don't tell anyone).

I'm going to miss our Thursday reading sessions. Please keep reading in Somali with your hooyo as well as in English \u2013 both will help you.

You won't have your school email after the summer, so if you want to tell me how you're getting on at secondary, my own email is yasmin.farah.ldn@yahoo.co.uk. I'd love to hear about it.

Good luck, and remember what we said: ask for help early.

Ms Farah
""", fmt="alt", cte="8bit", style="outlook")

add("flag", "whatsapp_group_number_wrapped",
    "Forest School lead asks volunteer parents to save his mobile for a WhatsApp group; number wrapped over a line break",
    S["ravi"], [JANE, SAM, ALI], "Forest School volunteers - spring term", when(2025, 2, 25, 16, 5, 58),
    """Dear parents,

Thank you all for putting your names down to help with Forest School on
Friday afternoons this term. Having you there makes such a difference,
especially when we light the fire and everyone wants to toast a
marshmallow at once!

To make the rota easier I'm going to start a WhatsApp group for our
volunteers (grandparents very welcome too). Please save my mobile - 07700
900664 - and send me a quick message with your name and which Fridays you
can do, and I'll add you.

Reminder: old clothes, wellies and a waterproof. We'll be out whatever
the weather.

Many thanks,
Ravi Solanki
Year 1 Teacher & Forest School Lead
Example School, Park Row, LS1 4AP
""")

# =========================================================================== HARD NEGATIVES (30)

add("clean", "office_hours_school_phone",
    "hard: office gives school phone and school postcode to parent",
    S["office"], [JANE], "Re: Anaya's cardigan / office hours", when(2024, 9, 5, 10, 15, 0),
    """Dear Mrs Parent,

Thank you for your email. I've had a look in lost property and there is a navy cardigan with "A.P." written on the label, so I've put it in Anaya's tray and she'll bring it home today.

Just to let you know, from this term the office is open 8.15am to 4.15pm. If it's easier for Ba, she is very welcome to call us on 01632 960000 rather than email, or come to the front entrance on Park Row (postcode LS1 4AP if she ever needs it for a taxi). We have a member of staff who speaks Gujarati on most mornings.

Kind regards,
Nisha Chauhan
Office Manager
Example School | Park Row | LS1 4AP | 01632 960000 | office@example-school.org.uk
""")

F_KITLIST = make_pdf("Year 5/6 Residential - Kit List", [
    "Millstone Edge Outdoor Centre, 21st-23rd May 2025",
    "Sleeping bag and pillowcase", "Two pairs of trainers or wellies", "Waterproof coat and trousers",
    "Warm jumper or fleece x2", "Toiletries, towel, named water bottle", "Torch",
    "No phones, tablets or sweets", "Medicines in a named bag, handed in at the coach"])
add("clean", "residential_trip_mobile_centre",
    "hard: school-owned trip mobile stated as such; outdoor centre's address, postcode and phone",
    S["paul"], [JANE, SAM], "Year 5/6 residential \u2013 Millstone Edge, 21st\u201323rd May",
    when(2025, 5, 6, 15, 30, 0),
    """Dear parents and carers,

Our Year 5/6 residential to Millstone Edge Outdoor Centre in the Peak District is now only two weeks away, and the children are very excited. Here are the final details; the full kit list is attached.

Departure: Wednesday 21st May. Please have children in the playground by 8.30am; the coach leaves at 9.00am.
Return: Friday 23rd May, arriving back at school at approximately 3.30pm.

Address of the centre, in case you need it:
Millstone Edge Outdoor Centre, Castleton Road, Hathersage, Hope Valley S32 1DQ
Centre office: 0114 496 0287 (staffed 8am to 6pm)

While we are away, the school's trip mobile is 07700 900050. This is a school-owned phone that stays with the trip leader, and it is for urgent matters only, so please don't worry if routine messages aren't answered straight away. The school office (01632 960000) will have a full list of staff and children and can contact us at any time.

Food: the centre has been sent all the dietary information \u2013 vegetarian, no egg, halal and Jain \u2013 and has confirmed it in writing. If anything has changed since you filled in the form, please let the office know by Friday.

Medication: please hand any medicines, in the original packaging and in a named bag, to Mrs Whitfield at the coach on Wednesday morning.

Thank you for your support,

Mr P Brennan
Educational Visits Coordinator
Example School
Park Row, LS1 4AP
01632 960000
""", cc=[S["claire"]], fmt="alt+att", cte="quoted-printable", style="outlook",
    atts=[attachment("application/pdf", "Residential kit list 2025.pdf", F_KITLIST)])

add("clean", "readback_family_contacts",
    "hard: data officer reads back the family's own numbers (parent, grandmother, home phone, uncle)",
    S["sunita"], [JANE], "Updated contact details for Anaya and Riya", when(2024, 9, 16, 11, 2, 37),
    """Dear Mrs Parent,

Thank you for returning the data collection sheets. I've updated both girls' records and just wanted to read back what we now hold, so you can check it's right:

Priority 1: Jane Parent (Mother) - 07700 900123 - jane.parent@gmail.com
Priority 2: Mrs Kusum Parent (Grandmother, "Ba") - 07700 900129 - home 0116 496 0448
Priority 3: Mr Nilesh Parent (Uncle) - 07700 900131

Collection: Ba collects Monday to Thursday; Mum on Fridays.
Languages at home: Gujarati and English.
Dietary: vegetarian, no egg.

If anything is wrong, just reply to this email or pop into the office.

Kind regards,
Sunita Chavda
Admissions & Data Officer
Example School | 01632 960000
""")

add("clean", "quoted_parent_shop_signature",
    "hard: teacher's reply quotes father's own signature (shop address and his mobile)",
    S["deepa"], [ALI], "Re: Sagal reading book", when(2024, 11, 19, 16, 50, 14),
    """Dear Mr Guardian,

Thank you for letting me know, and it's no problem at all. I've found a replacement copy of the storm book and put it in Sagal's bag with a new reading record. Please don't worry about paying for the damaged one \u2013 baby brothers and library books don't mix!

Sagal read beautifully to me this afternoon.

Best wishes,
Mrs Lakhani
""", fmt="alt", cte="quoted-printable", style="gmail",
    quote=dict(kind="gmail", who=ALI, date="Tue, 19 Nov 2024 at 08:37",
               lines=["Good morning Mrs Lakhani,",
                      "Sorry Ayaan has ripped Sagals reading book (the one about the storm) and put "
                      "juice on it. Tell me how much and I will pay.", "Thank you", "",
                      "Ali Guardian", "Guardian Mini Market",
                      "212 Narborough Parade, Leicester LE3 0ZX", "07700 900789"]))

F_MANDIR_FORM = make_pdf("Consent form - Year 2 visit to Shree Radha Govind Mandir", [
    "Tuesday 22nd October 2024, 9.30am - 12.00pm (walking)",
    "I give permission for my child ...................................... to take part.",
    "Dietary / medical information: ..............................................",
    "I am able to help on the day:  YES / NO",
    "Signed .............................  Date ................",
    "Please return to the class teacher by Friday 18th October."])
add("clean", "mandir_visit_letter",
    "hard: RE visit letter with the mandir's education officer number, email and postcode",
    S["hema"], [JANE, SAM, ALI],
    "Year 2 visit to Shree Radha Govind Mandir \u2013 Tuesday 22nd October",
    when(2024, 10, 14, 13, 20, 45),
    """Dear Parents and Carers,

As part of our RE topic "Special Places", Year 2 will be visiting Shree Radha Govind Mandir on Tuesday 22nd October, just before half term and Diwali. A number of our families worship there, and the mandir's education team have kindly offered to show us round the main hall, explain the murtis and tell the story of Rama and Sita.

Timings
- We will walk from school at 9.30am (it takes about 15 minutes) and be back in time for lunch.
- Children should wear school uniform and bring a coat. Shoes come off inside, so clean socks please!

The mandir's address is 58 Harrowgate Street, Leicester LE4 6RB. Parent helpers can meet us there at 9.45am or walk with us from school.

The mandir's education officer, Mr Pankaj Thaker, has asked that any questions about the visit itself (for example about prasad \u2013 the children will be offered a small piece of fruit) go to him on 0116 496 0215 or education@radhagovindmandir.example.org.

There is no cost for the visit. Please complete the attached consent form and return it to the class teacher by Friday 18th October. We need four adult helpers, so do let me know if you can come.

Many thanks,
Mrs H Mistry
Year 2 Class Teacher & RE Lead
Example School, Park Row, LS1 4AP
01632 960000
""", cc=[S["office"]], fmt="alt+att", cte="quoted-printable", style="outlook",
    atts=[attachment("application/pdf", "Mandir visit consent form.pdf", F_MANDIR_FORM)])

add("clean", "gurdwara_vaisakhi_visit",
    "hard: gurdwara visit letter with the gurdwara office number, coach firm, price; Gurmukhi in subject",
    S["manjit"], [ALI], "Year 3 gurdwara visit for \u0a35\u0a3f\u0a38\u0a3e\u0a16\u0a40 \u2013 Thursday 10th April",
    when(2025, 4, 3, 12, 0, 18),
    """Dear Parents and Carers,

To celebrate Vaisakhi, Year 3 will be visiting Gurdwara Sahib on Harcourt Lane on Thursday 10th April, the week before the festival. The children will see the Guru Granth Sahib, hear about the founding of the Khalsa and, if time allows, help with sewa in the langar hall before sharing langar.

Head coverings: everyone, children and adults, will need to cover their heads inside. The gurdwara has rumals for anyone who needs one, but children are welcome to bring their own scarf or patka.

Food: langar is always vegetarian (no meat, fish or eggs), so it is suitable for everyone. If your child has any allergies, please let Miss Yusuf know.

Transport: we will travel with Soar Valley Coaches, leaving school at 9.15am and returning by 2.30pm. If the coach is delayed on the day, the office will text all families.

The gurdwara have asked that anyone with access needs (for example a parent helper who uses a wheelchair) calls their office in advance on 0116 496 0431.

Cost: a voluntary contribution of \u00a34.50 towards the coach, via ParentPay.

Waheguru ji ka Khalsa, Waheguru ji ki Fateh \u2013 and thank you!

Mrs M Rai
RE & Music, Example School | 01632 960000
""", cc=[S["amina"]], fmt="alt", cte="quoted-printable", style="gmail")

add("clean", "parentpay_sortcode_balance",
    "hard: business manager's dinner-money mail with prices, ParentPay ref, sort code and account number",
    S["kiran"], [SAM], "Jasleen \u2013 school meals balance", when(2025, 2, 12, 10, 5, 2),
    """Dear Sam,

I hope you're well. I'm just getting in touch about the ParentPay account for Jasleen, which currently shows a balance of -\u00a347.60. This is for school dinners from 6th January to 7th February (\u00a32.60 a day) plus breakfast club in the first week of February.

Arjan's dinners are free as he's in Reception, so nothing is owed for him.

You can pay in any of these ways:
- online through ParentPay (Jasleen's account reference is 3381 2290 17)
- at any PayPoint shop with the barcode letter, which I've put in her bag
- by bank transfer: Example School Fund, sort code 30-96-26, account 41728390, reference JKAUR6

If it's easier to spread it, for example \u00a310 a week until Easter, that's absolutely fine \u2013 just reply and let me know. It may also be worth checking whether Jasleen is eligible for free school meals; Mrs Hassan can help with the form.

Kind regards,
Kiran Bains
School Business Manager
Example School, Park Row, LS1 4AP
01632 960000 ext. 203
""", cte="quoted-printable")

add("clean", "sats_access_candidate_upn",
    "hard: SATs timetable with candidate number, UPN, dates and times",
    S["gurpreet"], [SAM], "Jasleen \u2013 SATs week arrangements", when(2025, 4, 29, 16, 15, 0),
    """Dear Sam,

Following our conversation at parents' evening, I'm pleased to confirm that Jasleen has been approved for the following access arrangements for the KS2 tests next month:

- 25% additional time in the reading and maths papers
- sitting with a small group in the library rather than in the hall
- a rest break of up to 5 minutes per paper if she needs it

The timetable is:
Monday 12 May - English grammar, punctuation and spelling (Papers 1 and 2)
Tuesday 13 May - English reading
Wednesday 14 May - Maths Papers 1 and 2
Thursday 15 May - Maths Paper 3

Each paper starts at 9.00am, so please make sure she arrives by 8.40am. Breakfast club will be free for all Year 6 pupils that week.

For your records, her candidate number on the test papers is 4127 and her UPN is B123456789013. You don't need to do anything with these, but you may be asked to quote them if you have a query about her results in July.

Best wishes,
Gurpreet Sandhu
Year 6 Teacher
Example School | 01632 960000
""", fmt="alt", cte="7bit", style="outlook")

H09_HTML = OUTLOOK_HEAD + outlook_lines("""Dear Jane,

I've arranged for Dr Fiona Marsh, our link Educational Psychologist, to meet with us about Anaya on Tuesday 11th March at 3.30pm. Dr Marsh will join online, and you and I will be in my office at school, so please come to the main office and ask for me. Ba is very welcome to come too.

If you can't get into school on the day, you can join from your phone using the Teams details below instead.

Kind regards,
Sarah Kettleborough
SENCo""") + """<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="max-width:1024px"><p class="MsoNormal"><span style="color:#242424">________________________________________________________________________________</span></p>
<p class="MsoNormal"><b><span style="font-size:18.0pt;color:#242424">Microsoft Teams</span></b> <span style="color:#242424">Need help?</span></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YjQ2ZTgtMzQ5Mi00ZGQ1LWI3OWMtZTI0MTlkNzE5OGQx%40thread.v2/0"><b><span style="font-size:15.0pt;color:#5B5FC7">Join the meeting now</span></b></a></p>
<p class="MsoNormal"><span style="color:#616161">Meeting ID: </span><span style="color:#242424">384 227 916 530</span></p>
<p class="MsoNormal"><span style="color:#616161">Passcode: </span><span style="color:#242424">pY7mQ3</span></p>
<p class="MsoNormal"><span style="color:#242424">________________________________</span></p>
<p class="MsoNormal"><b><span style="color:#242424">Dial in by phone</span></b></p>
<p class="MsoNormal"><a href="tel:+442079460381,,618227904#">+44 20 7946 0381,,618227904#</a> <span style="color:#242424">United Kingdom, London</span></p>
<p class="MsoNormal"><span style="color:#616161">Phone conference ID: </span><span style="color:#242424">618 227 904#</span></p>
<p class="MsoNormal"><span style="color:#242424">________________________________________________________________________________</span></p>
</div>
""" + OUTLOOK_TAIL
add("clean", "teams_meeting_ep_dialin",
    "hard: Teams invitation with meeting ID, passcode and conference dial-in number",
    S["senco"], [JANE], "Meeting with the Educational Psychologist \u2013 Tuesday 11th March",
    when(2025, 3, 4, 11, 20, 0),
    """Dear Jane,

I've arranged for Dr Fiona Marsh, our link Educational Psychologist, to meet with us about Anaya on Tuesday 11th March at 3.30pm. Dr Marsh will join online, and you and I will be in my office at school, so please come to the main office and ask for me. Ba is very welcome to come too.

If you can't get into school on the day, you can join from your phone using the Teams details below instead.

Kind regards,
Sarah Kettleborough
SENCo

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YjQ2ZTgtMzQ5Mi00ZGQ1LWI3OWMtZTI0MTlkNzE5OGQx%40thread.v2/0>
Meeting ID: 384 227 916 530
Passcode: pY7mQ3
________________________________
Dial in by phone
+44 20 7946 0381,,618227904# United Kingdom, London
Phone conference ID: 618 227 904#
________________________________________________________________________________
""", cc=[("Dr Fiona Marsh", "f.marsh@psychology.example.org")], fmt="alt",
    cte="quoted-printable", style="outlook", html_body=H09_HTML)

add("clean", "hr_new_ta_payroll_details",
    "hard: staff-only HR mail reading back a new TA's home address, personal email and mobile",
    S["kiran"], [S["nikita"]], "Welcome pack \u2013 payroll and DBS details", when(2024, 9, 2, 9, 15, 28),
    """Hi Nikita,

Welcome to Example School! Before your first payslip can go through I need to double-check a few details from your application form. Please reply to confirm these are correct:

Home address: 19 Wycliffe Gardens, Leicester LE5 4QX
Personal email (for payslips and pension letters): nikita.odedra96@gmail.com
Mobile: 07700 900568
Emergency contact: Mr Bharat Odedra (father), 07700 900571

Your DBS certificate number ends 4471. I've recorded it on the single central record, so please bring the original in on Wednesday along with your passport.

Payroll runs on the 20th of each month, and September's pay will be pro rata from today.

Any questions, just shout \u2013 my office is next to the staffroom.

Kiran

Kiran Bains
School Business Manager | ext. 203
""", cc=[S["claire"]], cte="8bit")

add("clean", "staff_diwali_party_at_home",
    "hard: staff-only social invite with a colleague's home address and mobile; emoji subject",
    S["bhavna"], [S["allstaff"]], "Staff Diwali get-together \u2013 Sat 2nd Nov \U0001FA94",
    when(2024, 10, 24, 12, 40, 3),
    """Hi everyone,

As promised, we're doing the staff Diwali get-together at ours again this year \u2013 Saturday 2nd November from 7pm. Partners and kids welcome, just let me know numbers by Wednesday so Dilip can stop panic-buying samosas.

Address: 44 Brookhouse Lane, Thurmaston, LE4 8ZN. Parking on the drive and on the road. If you get lost, text me on 07700 900392.

Bring a dish if you like (veg please, my mother-in-law will be there!) but honestly there'll be more than enough. Sparklers in the garden about 8.30 for anyone brave.

Happy Diwali!
Bhavna x
""", cte="8bit")

H12_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Safer Internet Day</title></head>
<body style="margin:0;background:#f3f4f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#2b4c7e;color:#fff"><h1 style="margin:0;font-size:22px">Safer Internet Day &ndash; apps and age limits</h1>
<p style="margin:4px 0 0">Example School &middot; Tuesday 11th February 2025</p></td></tr>
<tr><td>
<p>Dear Parents and Carers,</p>
<p>Today the children have been talking about staying safe and kind online. Many of them told us they use apps at home, often on a family phone or a big brother or sister's tablet, so here is a short guide to the apps that came up most.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8ecf5"><th align="left">App</th><th align="left">Minimum age</th><th align="left">Things to check</th></tr>
<tr><td>WhatsApp</td><td>13</td><td>Who can add them to groups (Settings &rarr; Privacy &rarr; Groups). Large family and community groups can share things not meant for children.</td></tr>
<tr><td>Snapchat</td><td>13</td><td>Snap Map shows where your child is. Turn on &ldquo;Ghost Mode&rdquo;.</td></tr>
<tr><td>TikTok</td><td>13</td><td>Use Family Pairing; switch off direct messages for younger users.</td></tr>
<tr><td>Roblox</td><td>All ages, chat varies</td><td>Parental controls can turn chat off completely. Children should never move a chat to another app.</td></tr>
<tr><td>YouTube</td><td>13 (YouTube Kids for younger children)</td><td>Autoplay can lead to unsuitable videos. Check the history now and then.</td></tr>
</table>
<p><b>Shared phones:</b> if the whole family uses one phone or one e-mail address, check which accounts are logged in before handing it over, and whether notifications from adult chats pop up on the screen.</p>
<p><b>A note about school staff:</b> nobody from school will ever ask your child, or you, to add them on any app or to message them on a personal phone. If anyone claiming to be from school does, please tell the office straight away.</p>
<p>If you would like help setting up parental controls, Mr Okafor is running a drop-in in the ICT suite on Thursday 13th February, 3.15&ndash;4.00pm. Bring the device and we will go through it together. Interpreters for Gujarati, Punjabi and Somali can be arranged &ndash; just let the office know.</p>
<p>Best wishes,<br>Mr D Okafor, Computing Lead</p>
</td></tr>
<tr><td style="background:#e8ecf5;font-size:12px;color:#555">Example School &middot; Park Row &middot; LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
"""
add("clean", "safer_internet_day_apps",
    "hard: e-safety newsletter naming WhatsApp, Snapchat, TikTok, Roblox with no invitation",
    S["daniel"], [JANE, SAM, ALI], "Safer Internet Day \u2013 apps and age limits",
    when(2025, 2, 11, 15, 45, 0),
    "", fmt="html", html_body=H12_HTML, html_cte="quoted-printable")

H13_QUOTE = dict(kind="outlook", who=JANE, date="26 November 2024 08:12",
                 to="Hema Mistry <h.mistry@example-school.org.uk>", subject="Anaya homework / WhatsApp?",
                 lines=["Hi Mrs Mistry, Ba is asking what the spelling words are this week, Anaya forgot "
                        "her book. Also is there a WhatsApp number for you? Ba doesn't use email much but "
                        "she is on WhatsApp all day lol. My number is 07700 900123 if easier.",
                        "Thanks, Jane"])
add("clean", "refuses_whatsapp_number",
    "hard: teacher declines to give her number/WhatsApp, points to the office; parent's own number quoted",
    S["hema"], [JANE], "RE: Anaya homework / WhatsApp?", when(2024, 11, 26, 17, 35, 21),
    """Dear Jane,

Thank you for your message, and please thank Ba for the lovely note in Anaya's reading record. It's really helpful to know she's reading with her every night.

I completely understand that email is tricky for Ba. I'm sorry, but I'm not able to give out my personal number or use WhatsApp with families \u2013 it's a school rule that protects staff and families alike. What I can suggest:

- Ba can ring the school office on 01632 960000 and ask for me. If I'm teaching, the office will take a message and I'll call back from school the same day.
- Mrs Chauhan in the office speaks Gujarati and is happy to help Ba with anything.
- You're always welcome to catch me on the playground at 3.15.

This week's spellings are the "tion" words; they're stuck in the front of her homework book.

Kind regards,
Hema Mistry
Year 2 Class Teacher
""", fmt="alt", cte="quoted-printable", style="outlook", quote=H13_QUOTE,
    in_reply_to="<CAJx7n2Fq0pWz5kRr8YvM3aH9sQe1LtU4bN6cDm@mail.gmail.com>")

add("clean", "fwd_audiology_clinic",
    "hard: forwarded school-nursing letter with clinic and duty-line numbers, appointment reference",
    S["faadumo"], [SAM], "Fwd: Arjan \u2013 hearing screening follow-up", when(2024, 12, 3, 10, 30, 55),
    """Hi Sam,

Forwarding this from the school nursing team, as I think the letter they posted went to your old address \u2013 they've updated it now. The important bit is that they'd like Arjan to have a proper hearing test at the audiology clinic. It's nothing to worry about; lots of children in Reception get referred after the screening, often just because they had a cold on the day.

If you can't make the date, ring the clinic on the number below rather than school and they'll rebook you. I'm happy to come with you if you'd like someone there.

Faadumo

---------- Forwarded message ---------
From: School Nursing Team <schoolnursing@healthytogether.example.org>
Date: Mon, 2 Dec 2024 at 15:47
Subject: Arjan \u2013 hearing screening follow-up
To: Faadumo Hassan <f.hassan@example-school.org.uk>

Dear Ms Hassan,

Please pass on to Arjan's carer: following the Reception hearing screen on 14/11/2024, Arjan has been referred to Children's Audiology.

Appointment: Wednesday 8 January 2025, 10:20am
Children's Audiology, Fosse Lane Health Centre, Leicester LE3 5QT
Ref: AUD/44817

To change the appointment, please call Children's Audiology on 0116 496 0557 (Mon\u2013Fri, 9am\u20134pm). For general questions, the school nursing duty line is 0116 496 0560.

Kind regards,
Healthy Together \u2013 School Nursing (Leicester City)
""", cte="8bit")

add("clean", "somali_support_freephone",
    "hard: EAL coordinator passes on Somali-speaking helpline (freephone) and welfare rights line",
    S["yasmin"], [ALI], "Information you asked for \u2013 Somali-speaking support",
    when(2025, 1, 21, 13, 5, 40),
    """Nabad Mr Guardian,

As promised on Friday, here are the services we talked about. All of them have Somali-speaking staff:

1. Family Support Line (freephone): 0808 157 0244, Monday to Friday, 10am to 4pm. Ask for a Somali speaker and they will call you back.
2. Advice drop-in at the library on Tuesdays, 1pm to 3pm \u2013 help with letters, benefits and housing forms. No appointment needed.
3. Welfare rights line: 0116 496 0603. They can check whether you are getting everything you are entitled to.

You don't have to go through school for any of these, but if you'd like me to make the first phone call with you, I'm happy to do it from school \u2013 just come to the office after drop-off any day except Wednesday.

Mahadsanid,
Yasmin Farah
EAL Coordinator
Example School, Park Row, LS1 4AP | 01632 960000
""", cte="quoted-printable")

add("clean", "secondary_transition_contact",
    "hard: deputy head passes on secondary school's Year 7 office number and email",
    S["claire"], [SAM], "Jasleen \u2013 moving up to Rushey Fields Academy", when(2025, 6, 17, 14, 40, 0),
    """Dear Sam,

I've just come off the phone with Mrs Osei, Head of Year 7 at Rushey Fields Academy, and wanted to pass on what we discussed about Jasleen.

They're keen for her to come on an extra "small steps" visit on Thursday 26th June as well as the two main induction days (2nd and 3rd July), because she'll be one of only three children going there from our school. On the small steps visit she'll go with Mrs Rai and meet her form tutor and the learning support team.

Mrs Osei would like to talk to you directly about Jasleen's worries around changing buildings. She has asked if you could call her at the academy on 0116 496 0990 (ask for the Year 7 office) or email y7transition@rusheyfields.example.org. The best time is after 3.30pm.

We'll send over Jasleen's records and our notes, including the things that have helped her this year, by the end of June.

Best wishes,
Claire Whitfield
Deputy Headteacher
Example School | Park Row | LS1 4AP | 01632 960000
""", fmt="alt", cte="7bit", style="gmail")

add("clean", "senco_school_direct_line",
    "hard: office gives the SENCo's school direct line (school number range)",
    S["office"], [ALI], "Re: Hamza - meeting with Mrs Kettleborough", when(2025, 1, 8, 9, 25, 11),
    """Dear Mr Guardian,

Thank you for your email. Mrs Kettleborough, our SENCo, is in school on Mondays, Tuesdays and Thursdays. The easiest way to reach her is her direct line at school, 01632 960014, or you can book a meeting through the office on 01632 960000.

She has a free slot on Tuesday 14th January at 2.45pm if that suits you. Let me know and I'll put it in her diary.

Kind regards,
Nisha Chauhan
Office Manager
""")

BOOKS = [
    ("The Kite Maker of Ashwell Street", "Meera Joshi", isbn("978-1-80263-114")),
    ("Ayaan and the River of Stars", "Farah Warsame", isbn("978-0-85763-902")),
    ("The Secret Langar", "Harpal Bhogal", isbn("978-1-91631-447")),
    ("Goal Line", "Danny Merritt", isbn("978-0-70284-355")),
    ("Grandma's Suitcase", "Nalini Desai", isbn("978-1-39980-028")),
    ("Robots Don't Eat Samosas", "Kit Adeyemi", isbn("978-1-78800-661")),
]
h18_list = "\n".join(f"{i}. {t} \u2013 {a} \u2013 ISBN {n}" for i, (t, a, n) in enumerate(BOOKS, 1))
add("clean", "summer_reading_isbns",
    "hard: reading list to Y5 pupils full of ISBNs",
    S["leanne"], [P["siya"], P["hibo"], P["gurveer"], P["dev"]], "Summer reading challenge \u2013 book list",
    when(2025, 7, 16, 12, 10, 0),
    f"""Hi Year 5,

Here's the summer reading list I promised. You don't have to read all of them! Pick at least three, and remember the library's Summer Reading Challenge gives you stickers and a medal if you finish.

If you want to reserve a copy from the library, give them the ISBN (the long number) and they can find it straight away:

{h18_list}

Number 5 is brilliant to read with a grandparent \u2013 Hibo, I think your ayeeyo would love it.

Happy reading,
Mrs Pickering
""", fmt="alt", cte="8bit", style="outlook")

add("clean", "stone_age_trip_venue",
    "hard: Y3 trip letter with venue address/postcode, venue phone, times, cost and ParentPay code",
    S["amina"], [ALI], "Year 3 Stone Age day \u2013 Friday 11th October", when(2024, 9, 26, 15, 50, 36),
    """Dear Parents and Carers,

To launch our Stone Age to Iron Age topic, Year 3 are going to Hollybank Woods Education Centre on Friday 11th October for a day of shelter building, flint-knapping demonstrations and cave painting with natural pigments.

Venue: Hollybank Woods Education Centre, Woodhouse Lane, Loughborough LE12 8XS
Coach leaves school: 9.15am
Back at school: about 3.00pm
Cost: \u00a38.50 (ParentPay item Y3-STONE-24)

Please send your child with a packed lunch in a bag that can be thrown away, a waterproof coat and old trainers or wellies. If your child gets free school meals, the kitchen will make a packed lunch (halal or vegetarian as usual) \u2013 you don't need to do anything.

On the day, the centre's own number is 0116 496 0612 if you need to get a message to us and can't get through to the school office.

Thank you,
Miss A Yusuf
Year 3 Teacher
""", cc=[S["office"]], fmt="alt", cte="quoted-printable", style="gmail")

add("clean", "grandfather_collection_readback",
    "hard: data officer confirms grandfather as collecting adult, reading back his mobile supplied by the family",
    S["sunita"], [ALI], "Re: Awoowe collecting the children", when(2024, 10, 2, 11, 48, 9),
    """Dear Mr Guardian,

Thank you for letting us know. I've added Hamza and Sagal's grandfather to both their records as a named adult who can collect them:

Name: Mr Abdi Guardian (grandfather)
Mobile: 07700 900791
Collecting: Wednesdays and Fridays

Please let him know that the first time he collects, the class teacher will ask him for the family password you set up with us. Ayaan's Nursery record has been updated too.

Kind regards,
Sunita Chavda
Admissions & Data Officer, Example School
""")

H21_TEXT = """Dear Parents and Carers,

What a fortnight! Thank you to everyone who came to the Diwali fair on Friday 8th November \u2013 the Friends of Example School raised \u00a31,284.50, which will go towards new reading books for Key Stage 1 and a second set of dhol drums for the music room.

Thank you to our local businesses
Several family businesses helped make the fair happen, and we'd love you to support them back:
- Shree Krishna Sweets, 112 Belgrave Road, LE4 5AT (0116 496 0371) donated all the jalebi and are taking orders for weddings and parties.
- Guardian Mini Market on Narborough Road gave the fruit for every class's Diwali snack.
- Sandhu Brothers Cash & Carry lent us tables and gazebos.

Dates for your diary
- Tue 19th & Wed 20th Nov: flu nasal spray, Reception to Year 6 (a gelatine-free injection is available on request)
- Tue 26th & Wed 27th Nov: parents' evening \u2013 booking opens on Monday
- Fri 29th Nov: Guru Nanak Gurpurab assembly, led by Year 4
- Fri 20th Dec: last day of term, 2pm finish

Attendance
Well done to Butterfly Class and 5P, who both had 98% attendance last week.

With best wishes,
Mrs R Doherty
Headteacher
Example School, Park Row, LS1 4AP \u2013 01632 960000
"""
H21_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#1d1d1d">
<div style="max-width:640px;margin:auto">
<h2 style="color:#7a1f5c;border-bottom:3px solid #f2b705">Newsletter &ndash; 15th November 2024</h2>
<p>Dear Parents and Carers,</p>
<p>What a fortnight! Thank you to everyone who came to the Diwali fair on Friday 8th November &ndash; the Friends of Example School raised <b>&pound;1,284.50</b>, which will go towards new reading books for Key Stage 1 and a second set of dhol drums for the music room.</p>
<h3 style="color:#7a1f5c">Thank you to our local businesses</h3>
<p>Several family businesses helped make the fair happen, and we'd love you to support them back:</p>
<ul>
<li><b>Shree Krishna Sweets</b>, 112 Belgrave Road, LE4 5AT (0116&nbsp;496&nbsp;0371) donated all the jalebi and are taking orders for weddings and parties.</li>
<li><b>Guardian Mini Market</b> on Narborough Road gave the fruit for every class's Diwali snack.</li>
<li><b>Sandhu Brothers Cash &amp; Carry</b> lent us tables and gazebos.</li>
</ul>
<h3 style="color:#7a1f5c">Dates for your diary</h3>
<table cellpadding="4" style="font-size:13px">
<tr><td>Tue 19th &amp; Wed 20th Nov</td><td>Flu nasal spray, Reception to Year 6 (a gelatine-free injection is available on request)</td></tr>
<tr><td>Tue 26th &amp; Wed 27th Nov</td><td>Parents' evening &ndash; booking opens on Monday</td></tr>
<tr><td>Fri 29th Nov</td><td>Guru Nanak Gurpurab assembly, led by Year 4</td></tr>
<tr><td>Fri 20th Dec</td><td>Last day of term, 2pm finish</td></tr>
</table>
<h3 style="color:#7a1f5c">Attendance</h3>
<p>Well done to Butterfly Class and 5P, who both had 98% attendance last week.</p>
<p>With best wishes,<br>Mrs R Doherty<br>Headteacher</p>
<p style="font-size:11px;color:#666">Example School, Park Row, LS1 4AP &ndash; 01632 960000</p>
</div></body></html>
"""
add("clean", "newsletter_local_businesses",
    "hard: head's newsletter thanking parents' businesses, with a sweet shop's address and phone",
    S["head"], [JANE, SAM, ALI], "Newsletter \u2013 15th November 2024", when(2024, 11, 15, 14, 2, 0),
    H21_TEXT, fmt="alt", cte="quoted-printable", style="outlook", html_body=H21_HTML)

add("clean", "breakfast_club_school_mobile",
    "hard: breakfast club's school-owned mobile, explicitly not the TA's personal phone",
    S["jas"], [JANE], "Breakfast club \u2013 late drop-off", when(2025, 1, 7, 7, 55, 42),
    """Morning Mrs Parent,

No problem at all about this morning, the girls had their toast and went in happy.

For future reference, breakfast club has its own mobile: 07700 900010. It's a school phone (not my personal one) and whoever is on breakfast duty has it, so text it if Ba is running late and we'll keep their places.

Jaswinder Gill
Breakfast Club, Example School \u2013 01632 960000
""", cte="8bit")

add("clean", "place_value_homework_y6",
    "hard: Y6 maths homework with seven-digit numbers",
    S["paul"], [P["harleen"], P["jasleen"], P["ranveer"], P["ilhan"], P["aarav"], P["khadar"]],
    "Maths homework - place value (due Wednesday)", when(2024, 9, 19, 15, 40, 0),
    """Hi Year 6,

This week's homework is on Classroom, but a few of you said it wasn't loading, so here it is as well. Write your answers in your homework book.

1. Write 7,700,900 in words.
2. Write three million, sixty thousand and twelve in digits.
3. Round 4,960,312 to the nearest 100,000 and to the nearest 1,000.
4. Put these in order, smallest first: 1,011,900  1,101,090  1,110,009  1,019,100
5. About 368,600 people live in Leicester. Round this to the nearest 10,000.
6. Challenge: I'm a 7-digit number. My millions digit is double my tens digit, and all my other digits are 0. My tens digit is 4. What am I?

Due Wednesday 25th September. We'll mark them together in class.

Mr Brennan
""")

add("clean", "staff_sick_cover_own_mobile",
    "hard: staff-only cover note including the teacher's own mobile",
    S["leanne"], [S["claire"]], "Off today - cover for 5P", when(2025, 3, 18, 6, 42, 7),
    """Morning Claire,

Really sorry - Rohan's been up all night with a temperature, so I won't be in today. Cover work for 5P is in the blue folder on my desk:

- Maths: fractions of amounts, sheets printed, answers in the back of the folder
- English: carry on with the newspaper report, the plan is on the flipchart
- Afternoon: PE with Tom as normal, then the science video and worksheet

Priya G knows where everything is. I'll have my phone on if anyone gets stuck (07700 900241) and I'll check emails at lunchtime.

Leanne
""", cc=[S["cover"]])

add("clean", "official_instagram_vaisakhi",
    "hard: office points parents to the school's official Instagram/Facebook, run by the office",
    S["office"], [JANE, SAM, ALI], "Vaisakhi celebration photos \u2013 photo consent",
    when(2025, 4, 15, 10, 20, 0),
    """Dear Parents and Carers,

Thank you to everyone who came to Friday's Vaisakhi celebration \u2013 the bhangra from Year 4 and the Khalsa story from Year 3 had the whole hall clapping. A special thank you to the dhol players from the gurdwara youth group.

We'd love to share some photos on the school's official Instagram (@exampleschool_official) and Facebook page ("Example School \u2013 Official"). These accounts are run by the school office, not by individual staff, and we only post photos of children whose families have given consent. Children's names are never used.

If you've changed your mind about photo consent since September, please fill in the updated form on the school website or let the office know by Thursday.

Kind regards,
School Office
Example School, Park Row, LS1 4AP \u2013 01632 960000
""", fmt="alt", cte="quoted-printable", style="gmail")

add("clean", "home_visit_family_address",
    "hard: Reception home visit at the family's own address (from their admission form)",
    S["priya"], [SAM], "Home visit for Arjan \u2013 Wednesday 4th September", when(2024, 8, 29, 11, 5, 16),
    """Dear Sam,

I'm looking forward to meeting Arjan properly before he starts in Butterfly Class. As arranged, Mrs Parmar and I will come for his home visit on:

Wednesday 4th September, 10.30am
63 Cheviot Terrace, Leicester LE4 9BH (the address on your admission form)

We'll stay about half an hour and bring some toys and a photo book of the classroom so he can see where his peg will be. Please have his red book handy so we can check his vaccinations, and tell us anything about what he likes, his routines and the languages he hears at home \u2013 I know Nani ji speaks to him a lot in Punjabi, which is wonderful.

If the time doesn't suit, reply to this email or ring the office on 01632 960000.

Best wishes,
Priya Lad
Reception Teacher \u2013 Butterfly Class
""", cte="8bit")

add("clean", "interpreter_booking_reference",
    "hard: SENCo confirms council interpreter booking, with the service's phone and booking reference",
    S["senco"], [ALI], "Hamza \u2013 review meeting with a Somali interpreter", when(2025, 2, 20, 9, 5, 50),
    """Dear Mr Guardian,

I've booked a Somali interpreter for Hamza's support plan review on Thursday 6th March at 3.30pm, so that Hamza's mum can take part fully too. The interpreter will come to school in person from the city council's interpreting service.

The booking reference is LIS-250306-1187. If you need to cancel, please tell me, or call the service directly on 0116 496 0620 and quote the reference so that the school isn't charged.

At the meeting we'll look at Hamza's reading and spelling targets and at how the after-lunch check-ins with Ms Ali are going.

Kind regards,
Sarah Kettleborough
SENCo | Example School | 01632 960000
""", cc=[("Interpreting Bookings", "bookings@languages.example.org")], cte="quoted-printable")

add("clean", "dsl_reminder_personal_phones",
    "hard: DSL's staff-only reminder not to give personal numbers or join parent WhatsApp/Facebook",
    S["dsl"], [S["allstaff"]], "Reminder: personal phones, WhatsApp and social media",
    when(2024, 9, 3, 16, 30, 0),
    """Dear colleagues,

A few reminders following Monday's safeguarding training, as several new colleagues have asked about this and it comes up every September.

- Please don't give parents or pupils your personal mobile number, home address or personal email, however kindly meant. If a parent asks for your number (it happens a lot at the gate, especially with grandparents who find email hard), point them to the office on 01632 960000.
- Don't accept friend or follow requests from parents or pupils on Facebook, Instagram, Snapchat, TikTok or anything else, and don't join class parents' WhatsApp groups.
- Many of us are part of the same mandir, gurdwara or mosque communities as our families, and that's part of what makes this school special. If you're already connected to a family outside school, come and have a quiet word with me so it's recorded, and keep school business off those channels.
- On trips, use the school mobiles from the office, never your own. If your own phone really is the only option in an emergency, tell me afterwards.
- No photos of children on personal phones, ever.

Thanks all \u2013 my door is always open.

Claire
Claire Whitfield
Deputy Headteacher & Designated Safeguarding Lead
""", cte="8bit")

add("clean", "withheld_school_call",
    "hard: attendance officer will call from school (withheld) and gives the school number",
    S["attendance"], [SAM], "Call tomorrow morning", when(2025, 3, 5, 15, 12, 30),
    """Dear Sam,

Thanks for getting back to me. I'll ring you tomorrow (Thursday) at about 9.30am from the school phone. It will probably come up as "No Caller ID" or "Withheld", so please do answer! If you miss me, call the office on 01632 960000 and choose option 1 for attendance.

Abdirahman Warsame
Attendance & Welfare Officer
""")

add("clean", "hall_hire_lettings_mobile",
    "hard: site manager confirms garba hall hire to parent organiser; site team's school lettings mobile, prices, invoice no.",
    S["harjit"], [JANE], "Hall hire \u2013 Navratri garba, 3rd\u201311th October", when(2024, 9, 24, 13, 33, 0),
    """Dear Mrs Parent,

Thank you for the booking form from the Mahila Mandal for garba in the main hall. I'm pleased to confirm:

Dates: Thursday 3rd to Friday 11th October (9 nights)
Times: 7.00pm to 10.30pm, hall to be clear by 11.00pm
Charge: \u00a345 per night, \u00a3405 in total; invoice EXS-LET-0931 will follow from Mrs Bains
Capacity: 220 people maximum

Someone from the site team will be on site each night to open up and lock up. If you need us during the evening (heating, lights, the sound system tripping out), please ring the site team's lettings mobile, 07700 900020. It's a school phone held by whoever is on duty that night.

Please keep the fire exits clear, and no real diyas or candles inside the hall \u2013 the electric ones are fine.

Kind regards,
Harjit Dhillon
Site Manager, Example School
Park Row, LS1 4AP | 01632 960000
""", fmt="alt", cte="quoted-printable", style="outlook")

# =========================================================================== ORDINARY CLEAN (30)

add("clean", "pe_kit_reminder_y2",
    "ordinary: Y2 PE kit reminder to a parent",
    S["hema"], [JANE], "PE days and named jumpers", when(2024, 9, 10, 15, 58, 0),
    """Dear Peacock Class families,

Just a gentle reminder that our PE days this half term are Tuesday and Thursday. Children should come to school in their PE kit on those days (white t-shirt, navy shorts or joggers, trainers), so there's no need to bring a bag.

Please make sure earrings are taken out at home or covered with tape, and long hair is tied back. Children who wear a kara can keep it on with a sweatband over it, and patkas are absolutely fine.

A few jumpers have gone missing already \u2013 please write your child's name in everything, even just initials on the label.

Thank you!
Mrs Mistry
""", cte="quoted-printable")

add("clean", "navratri_reception_dress_up",
    "ordinary: Reception Navratri dress-up day and garba",
    S["priya"], [SAM], "Navratri in Butterfly Class on Friday", when(2024, 10, 7, 12, 5, 0),
    """Dear families,

This week in Butterfly Class we've been learning about Navratri. The children have been making dandiya sticks out of kitchen-roll tubes, and we've been practising a (very wobbly!) garba circle in the hall.

On Friday 11th October children are welcome to come to school in traditional clothes \u2013 chaniya choli, kurta, lehenga or anything sparkly \u2013 or in their usual uniform if they prefer. Please make sure they can still manage the toilet by themselves and wear shoes they can run in, as we'll be outside in the afternoon.

If any grandparents would like to come and show us some garba steps at 2pm, we'd love that. Just let me know by Wednesday so I can tell the office.

Best wishes,
Miss Lad
""", fmt="alt", cte="8bit", style="gmail")

add("clean", "reading_comprehension_classroom",
    "ordinary: Y6 reading homework to pupils",
    S["gurpreet"], [P["harleen"], P["jasleen"], P["ranveer"], P["aarav"]],
    "Reading comprehension - due Friday", when(2024, 11, 12, 16, 2, 0),
    """Hi 6S,

Your reading comprehension for this week is now on Google Classroom. It's the extract about the storm at sea that we started in class on Monday.

- Answer all 8 questions in full sentences.
- For question 6, use evidence from the text ("I think... because the text says...").
- It's due Friday at 9am.

If you get stuck, re-read the paragraph first and then have a go. A good try is worth much more than a blank answer.

Mr Sandhu
""")

add("clean", "term_time_leave_india_wedding",
    "ordinary: attendance officer declines term-time leave for a family wedding in India",
    S["attendance"], [JANE], "Leave of absence request \u2013 Anaya and Riya", when(2024, 12, 9, 14, 25, 0),
    """Dear Mrs Parent,

Thank you for completing the leave of absence request for Anaya and Riya to travel to India for your cousin's wedding in Vadodara, from 13th January to 7th February.

I'm sorry to say that the Headteacher has not been able to authorise this request. Schools can only grant leave in term time in exceptional circumstances, and a family wedding, however important, doesn't usually meet that test. If the girls are away for the full period, the absence will be recorded as unauthorised and the local authority may issue a penalty notice.

I know this is a difficult message to receive, and I know how much a family wedding means, especially with grandparents travelling. If it's possible to shorten the trip \u2013 for example by travelling over the February half term (17th\u201321st February) \u2013 please let me know and we will look at it again. Mrs Doherty is also happy to meet you if you'd like to talk it through.

Kind regards,
Abdirahman Warsame
Attendance & Welfare Officer
Example School
Park Row, LS1 4AP
01632 960000 (option 1)
""", fmt="alt", cte="quoted-printable", style="outlook")

C05_TEXT = """Dear Parents and Carers,

Jai Shri Krishna, Sat Sri Akal, Assalamu alaikum and welcome back! I hope you all had a restful summer. It has been lovely to see so many smiling faces at the gate this week, and our new Nursery and Reception children have settled in beautifully.

New faces
We welcome Miss Lad, who joins us as Reception teacher in Butterfly Class, and Mrs Odedra, who joins the Year 2 team as a teaching assistant.

Start and end of the day
Gates open at 8.40am and the day starts at 8.50am. Please make sure children are on time; the gates close at 8.55am and children arriving after that need to come through the office. Collection is at 3.15pm (Nursery mornings finish at 11.45am).

Grandparents and collecting adults
We know many of you share pick-up with grandparents, aunties and uncles. If someone new is collecting your child, please let the class teacher or the office know in the morning. We will not let a child go with an adult we don't know.

Dates for your diary
- Friday 20th September: Harvest assembly (tins and dry food for the food bank please)
- Thursday 3rd to Friday 11th October: Navratri garba evenings in the hall (community booking)
- Friday 11th October: Navratri dress-up day in Nursery and Reception
- Friday 25th October: last day before half term
- Friday 1st November: Diwali / Bandi Chhor Divas (school closed for half term)

Uniform
Navy jumper or cardigan with the school logo, white polo shirt, grey or black trousers, skirt or salwar. Patkas, hijabs and headscarves should be navy, black or white.

Have a wonderful first few weeks. My door is always open.

Rachel Doherty
Headteacher
Example School, Park Row, LS1 4AP
01632 960000
"""
add("clean", "welcome_back_newsletter",
    "ordinary: head's September welcome-back newsletter",
    S["head"], [JANE, SAM, ALI], "Welcome back \u2013 September newsletter", when(2024, 9, 6, 16, 0, 0),
    C05_TEXT, fmt="alt", cte="quoted-printable", style="outlook")

add("clean", "staff_briefing_notes",
    "ordinary: Monday staff briefing notes (staff only)",
    S["claire"], [S["allstaff"]], "Briefing notes - Monday 4th November",
    when(2024, 11, 4, 8, 31, 0),
    """Morning all, notes from this morning's briefing for anyone who missed it:

1. Fire drill this week - date not announced, you know the drill (sorry). Registers to the playground.
2. Diwali assembly Wednesday 9.10, led by Year 2. Year 5 and 6 please sit on benches at the back.
3. Visitors: the LA attendance adviser is in Thursday am, she'll be in the small meeting room.
4. Year 6 booster groups start Tuesday after school. Gurpreet has the lists.
5. Lunch duty: Tom is on a course Tuesday, Jaswinder has swapped with him.
6. Please check your class medical bags this week - three inhalers went out of date over half term.
7. Flu spray 19th/20th Nov - consent forms still missing from about 40 children, lists in the office.

Happy Saal Mubarak to all who are celebrating!

Claire
""")

F_TRIPFORM = make_pdf("Year 5 - Space Centre visit - consent", [
    "Thursday 6th February 2025", "Cost: 12.50 via ParentPay", "Leave 9.00am, return 3.15pm",
    "Packed lunch required (school lunches available for FSM)",
    "Signed ............................ Parent/Carer"])
add("clean", "space_centre_trip_y5",
    "ordinary: Y5 trip letter with consent form attached",
    S["leanne"], [JANE], "Year 5 trip \u2013 Space Centre, Thursday 6th February", when(2025, 1, 15, 15, 20, 0),
    """Dear Parents and Carers,

As part of our Earth and Space topic, Year 5 will be visiting the Space Centre on Thursday 6th February. The children will take part in a planetarium show and a rocket-building workshop, and they'll have time to explore the galleries.

We will leave school by coach at 9.00am and return by 3.15pm, so normal collection.

The cost is \u00a312.50, payable through ParentPay. If the cost is a difficulty for your family, please speak to Mrs Bains in confidence \u2013 no child will miss out.

Children will need a packed lunch in a disposable bag. Children who receive free school meals will be given a packed lunch by the kitchen.

Please return the attached consent form by Friday 24th January.

Many thanks,
Mrs L Pickering
Year 5 Teacher
Example School | Park Row | LS1 4AP | 01632 960000
""", fmt="alt+att", cte="quoted-printable", style="outlook",
    atts=[attachment("application/pdf", "Y5 Space Centre consent.pdf", F_TRIPFORM)])

F_REPORT = make_pdf("End of Year Report 2024-25 - Year 2 (Peacock Class)", [
    "Reading: working at the expected standard", "Writing: working towards the expected standard",
    "Maths: working at the expected standard", "Attendance: 96.4%",
    "Teacher comment: Anaya is a kind, thoughtful member of Peacock Class...",
    "Class teacher: Mrs H Mistry    Headteacher: Mrs R Doherty"])
add("clean", "end_of_year_report_y2",
    "ordinary: Y2 teacher sends end-of-year report PDF",
    S["hema"], [JANE], "Anaya's end of year report", when(2025, 7, 11, 15, 40, 0),
    """Dear Mrs Parent,

Please find attached Anaya's end of year report. A paper copy is also coming home in her book bag today, for Ba.

She has had a wonderful year in Peacock Class. Her reading has really taken off since Christmas \u2013 she now reads with expression and loves the funny voices \u2013 and she has been a great friend to the new children who joined us in the spring. Her writing is coming along; the next step is to use full stops and capital letters without being reminded.

Her Year 3 teacher will be Miss Yusuf, and she'll spend Tuesday morning in her new classroom.

If you'd like to talk about the report, I'm in the classroom after school on Thursday 17th, from 3.15 to 4.30. No appointment needed.

Thank you for all your support this year \u2013 and for the mithai at Diwali!

Hema Mistry
Year 2 Class Teacher
""", fmt="plain+att", cte="8bit",
    atts=[attachment("application/pdf", "Anaya - End of Year Report 2025.pdf", F_REPORT)])

add("clean", "water_bottle_found",
    "ordinary: two-line reply about a lost water bottle",
    S["deepa"], [ALI], "Re: water bottle", when(2025, 5, 21, 12, 14, 0),
    """Hi Mr Guardian, found it \u2013 it was in the Year 1 cloakroom under the bench. It's in Sagal's bag now.
Mrs Lakhani
""", cte="8bit",
    quote=dict(kind="gmail", who=ALI, date="Wed, 21 May 2025 at 08:02",
               lines=["Sagal has lost her purple water bottle with a unicorn. Can you look please", "Ali"]))

ROTA_CSV = """Day,Playground 12:00-12:30,Playground 12:30-1:00,Hall
Monday,Tom Ashworth,Amina Yusuf,Jaswinder Gill
Tuesday,Jaswinder Gill,Leanne Pickering,Deepa Lakhani
Wednesday,Gurpreet Sandhu,Ravi Solanki,Nikita Odedra
Thursday,Paul Brennan,Hodan Ali,Jaswinder Gill
Friday,Claire Whitfield,Hema Mistry,Manjit Rai
""".replace("\n", "\r\n").encode()
add("clean", "lunch_duty_rota_csv",
    "ordinary: staff lunch duty rota with CSV attachment (staff only)",
    S["claire"], [S["allstaff"]], "Lunch duty rota \u2013 summer term", when(2025, 4, 22, 17, 45, 0),
    """Hi all,

Attached is the lunch duty rota for the summer term. It's mostly the same as last term, but I've moved a few people around because of the Year 6 SATs boosters on Tuesdays and Thursdays.

If you need to swap, please sort it out between you and then let me know, so the office has the right names if there's an incident.

Reminder: during Ramadan (and for anyone fasting at other times) please let me know if you'd prefer not to do hall duty \u2013 I'm happy to rearrange.

Thanks,
Claire
""", fmt="plain+att", cte="8bit",
    atts=[attachment("text/csv", "Lunch duty rota summer 2025.csv", ROTA_CSV)])

add("clean", "hall_heating_boiler_service",
    "ordinary: site manager's short note about hall heating (staff only)",
    S["harjit"], [S["allstaff"]], "Hall heating off Thursday morning", when(2024, 11, 5, 7, 40, 0),
    """Morning all, the engineer is coming to service the hall boiler on Thursday 8-11, so the hall will be cold for the Diwali assembly rehearsal. There are two heaters in the staffroom cupboard if you need them. Back on by lunch.
Harjit
""")

add("clean", "support_plan_meeting_notes",
    "ordinary: SENCo's notes from a support plan meeting to carer",
    S["senco"], [SAM], "Notes from Jasleen's support plan meeting", when(2025, 1, 30, 16, 40, 0),
    """Dear Sam,

Thank you for coming in yesterday. As promised, here is a summary of what we agreed.

What's going well
- Jasleen is making good progress in reading and enjoys the lunchtime book club.
- She has a settled friendship group and told us she feels safe in class.

What we're working on
- Worries before tests: she will have a short "check-in" with Ms Ali every Monday morning.
- Organisation: a visual checklist on her desk for the start and end of the day.
- Maths: small group support with Mr Brennan three times a week.

At home
- A regular bedtime on school nights, as we discussed.
- Ten minutes of reading, in English or Punjabi, most days.

We'll review everything on Thursday 27th March at 3.30pm. If anything changes before then, please get in touch.

Kind regards,
Sarah Kettleborough
SENCo
Example School | Park Row | LS1 4AP | 01632 960000
""", fmt="alt", cte="7bit", style="outlook")

add("clean", "eid_absence_authorised",
    "ordinary: attendance confirms Eid absence is authorised",
    S["attendance"], [ALI], "Re: Eid absence", when(2025, 3, 27, 10, 2, 0),
    """Dear Mr Guardian,

Thank you for letting us know. Hamza and Sagal's absence for Eid al-Fitr will be authorised for one day \u2013 we know it will be Monday 31st March or Tuesday 1st April depending on the moon, so you don't need to tell us which; we'll mark whichever day they are off. Ayaan's Nursery session is covered too.

Eid Mubarak to all the family.

Abdirahman Warsame
Attendance & Welfare Officer
""", cte="8bit")

C14_HTML = OUTLOOK_HEAD + outlook_lines("""Dear Nursery families,

This Friday (7th March) is our Stay and Play morning. Come along from 9.00 to 10.00am with your child and join in with painting, play dough, the mud kitchen and story time.

Grandparents, aunties and uncles are all very welcome. There will be chai and biscuits for the grown-ups!

This month's theme is "Our Families". If you can, please bring a photo of your family or a favourite object from home that we can talk about. It could be a special cooking pot, a scarf, a picture from a festival or anything that tells us about your family.

Please come to the Nursery gate on the side of the building.

See you there!
Mrs Parmar and the Nursery team""") + OUTLOOK_TAIL
add("clean", "nursery_stay_and_play",
    "ordinary: nursery stay-and-play invitation, HTML only",
    S["bhavna"], [ALI], "Stay and Play \u2013 Friday 7th March", when(2025, 3, 3, 13, 10, 0),
    "", fmt="html", html_body=C14_HTML, html_cte="quoted-printable")

add("clean", "autumn_lunch_menu",
    "ordinary: new school lunch menu (halal meat, vegetarian, Jain-friendly days)",
    S["kiran"], [JANE, SAM, ALI], "New lunch menu from Monday", when(2024, 10, 31, 11, 0, 0),
    """Dear Parents and Carers,

Our new autumn/winter lunch menu starts on Monday 4th November. You can find the full three-week menu on the school website.

A few reminders:
- All meat served in school is halal, and we do not serve beef or pork.
- There is a vegetarian main dish every day, and on Wednesdays the vegetarian option is also suitable for children following a Jain diet (no onion, garlic or root vegetables).
- Fresh fruit and a salad bar are available every day.
- School meals are free for all children in Reception, Year 1 and Year 2. For Year 3 to Year 6, a meal costs \u00a32.60.

Our cook, Mrs Bhatt, is always happy to hear suggestions. The children have asked for dal makhani and chapati more often, so that's now on the menu every Thursday!

Kind regards,
Kiran Bains
School Business Manager
""", fmt="alt", cte="8bit", style="gmail")

add("clean", "pupil_water_cycle_feedback",
    "ordinary: Y5 teacher's feedback to a pupil",
    S["leanne"], [P["hibo"]], "Your water cycle poster", when(2025, 3, 12, 16, 30, 0),
    """Hi Hibo,

I loved your water cycle poster - the labels are really clear and the arrows show the order perfectly. Next time, try to use the word "condensation" in your explanation as well as in the labels.

Bring it in tomorrow and we'll put it on the display by the door.

Mrs Pickering
""")

add("clean", "dhol_bhangra_club",
    "ordinary: new after-school dhol and bhangra club",
    S["manjit"], [JANE, SAM], "New after-school club \u2013 dhol and bhangra (Years 3\u20136)",
    when(2024, 12, 12, 15, 25, 0),
    """Dear Parents and Carers,

After the amazing response to the dhol players at our Gurpurab assembly, we're starting a dhol and bhangra club after school in the spring term.

When: Tuesdays, 3.15pm to 4.15pm, starting 14th January
Who: Years 3 to 6, girls and boys \u2013 no experience needed
Cost: \u00a32 a session through ParentPay
Where: the music room (and the hall for bhangra)

Drums and sticks are provided. Children should wear trainers and bring a water bottle. Ear defenders are available for anyone who finds it loud!

There are 20 places and they'll be given out in the order the online forms come in. The form goes live on Monday at 6pm.

Best wishes,
Mrs M Rai
Music Teacher
""", fmt="alt", cte="quoted-printable", style="gmail")

add("clean", "dual_language_books_library",
    "ordinary: EAL coordinator tells staff about new dual-language books (staff only)",
    S["yasmin"], [S["allstaff"]], "New dual-language books in the library", when(2025, 1, 28, 12, 35, 0),
    """Hi everyone,

Our order of dual-language books has finally arrived! There are now about 60 new titles in the library on the shelf by the window, in Gujarati, Punjabi (Gurmukhi), Somali, Urdu, Polish and Romanian alongside English.

A few of the picture books come with talking pens, so children (and grandparents!) can hear the story read aloud in either language. The pens are in the blue box on the librarian's desk and need signing out.

Ideas for using them:
- Send one home with a new arrival in their first week, so the family can share it together.
- Invite a parent or grandparent in to read one in their home language during story time.
- Use the Somali and Gujarati versions of "Handa's Surprise" in Reception to compare words for fruit.

If there are titles or languages we're missing, let me know and I'll add them to the next order.

Yasmin
Yasmin Farah | EAL Coordinator
""", cte="8bit")

add("clean", "head_lice_year2",
    "ordinary: head lice letter to Y2 families",
    S["office"], [JANE], "Head lice in Year 2", when(2025, 1, 22, 14, 0, 0),
    """Dear Parents and Carers,

We have had a few cases of head lice in Year 2. Please check your child's hair this week with a fine-tooth comb, ideally on wet hair with conditioner, and treat if you find anything. Remember to check the rest of the family too, including grandparents who do a lot of hugging!

Long hair should be tied back or plaited for school.

There's no need to keep your child off school.

Thank you,
School Office
""")

add("clean", "grandparents_reading_mornings",
    "ordinary: invitation for grandparents to read in home languages",
    S["ravi"], [JANE, SAM, ALI], "Dada-Dadi, Nana-Nani, Awoowe and Ayeeyo reading mornings",
    when(2024, 11, 20, 16, 10, 0),
    """Dear Parents and Carers,

Our Year 1 children love it when a grandparent comes in, so from next term we're starting grandparents' reading mornings.

Every Wednesday from 8.50 to 9.20am, grandparents (and great-aunties and uncles!) are invited to come into class and share a story with a small group. Stories can be in English, Gujarati, Punjabi, Somali or any language at all \u2013 the children really enjoy hearing different languages, and we have plenty of dual-language books if you'd like to borrow one.

Visitors will need to sign in at the office and wear a visitor's badge. There's no need to book, but if you let us know the week before, we'll make sure there's a comfy chair ready!

Many thanks,
Mr R Solanki
Year 1 Teacher
""", fmt="alt", cte="quoted-printable", style="outlook")

add("clean", "parents_evening_booking",
    "ordinary: parents' evening booking with interpreters on request",
    S["office"], [JANE, SAM, ALI], "Parents' evening \u2013 26th and 27th November", when(2024, 11, 18, 12, 0, 0),
    """Dear Parents and Carers,

Parents' evening will be held on Tuesday 26th November (3.30pm to 6.00pm) and Wednesday 27th November (3.30pm to 7.00pm).

Appointments are 10 minutes long and are booked through the online booking system. Booking opens on Monday at 6pm and closes on Sunday 24th November. If you have more than one child in school, the system will let you book back-to-back appointments.

Interpreters for Gujarati, Punjabi and Somali will be available on both evenings. Please tick the box when you book so that we can make sure someone is free at your time.

If you can't book online, please call into the office and we'll do it for you.

Kind regards,
Nisha Chauhan
Office Manager
""", fmt="alt", cte="7bit", style="outlook")

add("clean", "sats_week_encouragement",
    "ordinary: Y6 teacher's encouraging note to pupils before SATs",
    S["gurpreet"], [P["harleen"], P["jasleen"], P["ranveer"], P["ilhan"]], "Next week", when(2025, 5, 9, 15, 30, 0),
    """Hi 6S,

Just a quick message before the weekend. You have worked so hard this year and I am really proud of every one of you.

This weekend: rest, play outside, eat well and get a good night's sleep on Sunday. No revision needed \u2013 honestly! You already know what you need to know.

Breakfast club is free for all of Year 6 next week, starting at 8.00am, so come in and have some toast with us.

Remember: read the question twice, show your working, and if you get stuck, move on and come back to it.

See you Monday,
Mr Sandhu
""", cte="8bit")

add("clean", "school_photos_siblings",
    "ordinary: school photographer and sibling photos",
    S["office"], [JANE, SAM, ALI], "School photos \u2013 Tuesday 8th October", when(2024, 9, 30, 11, 30, 0),
    """Dear Parents and Carers,

The school photographer will be in on Tuesday 8th October. Individual photos will be taken during the school day.

Sibling photos (including younger brothers and sisters not yet at school) will be taken from 8.15am to 8.45am in the hall. Please come through the main entrance.

Children should wear full school uniform. Patkas, hijabs and headscarves in school colours are of course fine, and children are welcome to bring a comb!

Proofs will come home about two weeks later with a code to order online.

Kind regards,
School Office
""", cte="base64")

add("clean", "sports_day_planning_staff",
    "ordinary: PE lead's sports day plan to staff",
    S["tom"], [S["allstaff"]], "Sports day plan - Thursday 3rd July", when(2025, 6, 23, 17, 0, 0),
    """Hi all,

Sports day plan for Thursday 3rd July. Full timetable on the staff drive.

- 9.15 KS1 races on the field (Reception 9.15, Y1 9.40, Y2 10.05)
- 10.45 break
- 11.00 KS2 carousel: kabaddi demo (Mr Dhillon's nephew and friends from the club), tug of war, sack race, long jump
- 12.15 lunch (picnic on the field if dry, hall if not)
- 1.15 KS2 relays and parents' race
- 2.30 results and medals

Each class needs two water stations - bottles will be filled by the TAs at break. Sun cream in the medical bags, please check them.

Thanks all,
Tom
""", cc=[S["head"]])

add("clean", "inset_day_agenda",
    "ordinary: INSET day agenda to staff",
    S["head"], [S["allstaff"]], "INSET day agenda \u2013 Monday 6th January", when(2025, 1, 2, 10, 0, 0),
    """Dear all,

I hope you're having a restful break. Here's the agenda for Monday's INSET day.

8.45  Coffee and breakfast in the staffroom (thank you Manjit for the parathas!)
9.15  Safeguarding update \u2013 Claire
10.30 Break
10.45 Phonics: the new reading scheme \u2013 Deepa and Ravi
12.15 Lunch
1.15  Supporting new arrivals and EAL learners \u2013 Yasmin
2.30  Classroom time

Please bring your laptops and chargers. Dress is casual.

See you Monday,
Rachel
""", cte="quoted-printable")

add("clean", "classroom_password_reset",
    "ordinary: computing lead tells a pupil her password has been reset",
    S["daniel"], [P["jasleen"]], "Your Classroom password", when(2025, 2, 3, 9, 45, 0),
    """Hi Jasleen,

I've reset your Google Classroom password. Mr Sandhu will give you a slip with your temporary password this morning, and you'll be asked to choose a new one when you log in.

Remember not to share your password with anyone, even your friends.

Mr Okafor
""")

add("clean", "asthma_plan_inhaler",
    "ordinary: office asks carer for asthma plan and a new inhaler",
    S["office"], [SAM], "Jasleen \u2013 asthma plan and inhaler", when(2025, 2, 24, 10, 40, 0),
    """Dear Sam,

During our termly medical check we noticed that Jasleen's blue inhaler in school runs out at the end of March. Could you please send in a new one, in the original box with the pharmacy label, before then?

We'd also be grateful if you could look over her asthma plan (coming home in her book bag today), make any changes and sign the back. If her medication has changed since last year, please let us know.

Thank you,
Nisha Chauhan
Office Manager
""")

add("clean", "year3_class_assembly",
    "ordinary: Y3 class assembly invitation",
    S["amina"], [ALI], "You're invited \u2013 Year 3 class assembly", when(2025, 5, 12, 15, 35, 0),
    """Dear Parents and Carers,

Year 3 would love you to come to our class assembly on Friday 16th May at 9.10am in the hall. Our theme is "Our Families, Our Festivals", and the children will be sharing what they've learned about Eid, Vaisakhi, Navratri and Diwali through songs, poems and artwork.

Please come to the main entrance from 9.00am. The assembly lasts about 20 minutes, and you're welcome to stay for a cup of tea afterwards.

Younger brothers and sisters are welcome!

Best wishes,
Miss Yusuf and Year 3
""", fmt="alt", cte="8bit", style="outlook")

add("clean", "ba_thursday_pickup_reply",
    "ordinary: teacher confirms grandmother will collect on Thursdays",
    S["hema"], [JANE], "Re: Thursday pick up", when(2025, 3, 3, 12, 20, 0),
    """Hi Jane,

That's absolutely fine \u2013 I've let the office know, and Anaya knows Ba is coming on Thursdays. Ba just needs to come to the classroom door at 3.15 rather than waiting at the front gate for the first couple of weeks, so that I can see her.

Good luck with the new job!

Mrs Mistry
""", cte="8bit",
    quote=dict(kind="gmail", who=JANE, date="Mon, 3 Mar 2025 at 07:41",
               lines=["Hi Mrs Mistry, just to let you know Ba will pick Anaya up on Thursdays from now on "
                      "as I've started a new job. She'll have Riya with her. Thanks, Jane"]))

add("clean", "harvest_food_bank",
    "ordinary: head's harvest collection letter",
    S["head"], [JANE, SAM, ALI], "Harvest collection for the food bank", when(2024, 9, 13, 15, 10, 0),
    """Dear Parents and Carers,

Our harvest assembly will be on Friday 20th September, and once again we're collecting for the local food bank.

They have asked especially for:
- tins of tomatoes, chickpeas and beans
- rice, dal and pasta
- atta and oil in small bottles
- tea, long-life milk and sugar
- toiletries and nappies

Please don't send fresh food. The collection boxes are by the office from Monday.

Thank you for your generosity \u2013 it really does make a difference to families in our area.

Mrs R Doherty
Headteacher
""", fmt="alt", cte="quoted-printable", style="gmail")

# --------------------------------------------------------------------------- fix-ups

# put a QP soft line break inside the concert phone number (both parts)
for m in MSGS:
    if m["slug"] == "qp_choir_concert_mobile":
        def _post(root):
            hs, body = root
            needle, split = b"07700 900238", b"07700 9=\r\n00238"
            body = body.replace(needle, split)  # parts the encoder did not already split there
            assert body.count(split) == 2, body.count(split)
            return (hs, body)
        m["post"] = _post

# --------------------------------------------------------------------------- write

def main():
    flags = [m for m in MSGS if m["label"] == "flag"]
    cleans = [m for m in MSGS if m["label"] == "clean"]
    assert len(flags) == 20 and len(cleans) == 60, (len(flags), len(cleans))
    assert len({m["slug"] for m in MSGS}) == 80
    order = list(MSGS)
    random.Random(4949).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append([fname, m["label"], m["frm"][1],
                     " ".join(a[1] for a in m["to"] + m["cc"]), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    hard = sum(1 for m in cleans if m["note"].startswith("hard:"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(hard=hard, ordinary=len(cleans) - hard))
    print(f"wrote {len(order)} messages to {OUT}")


README = """# Round 49 hold-out: personal-address-to-parent

**Blind corpus - never use it for tuning.** It was written without reading the
filter's code, rules, tests or documentation, and nobody has adjusted the filter to it.
Use it only to measure.

## What it is
80 outgoing e-mails from staff at a primary school (ages 3-11) in Leicester, where
most families are of Gujarati Hindu, Punjabi Sikh and Somali Muslim heritage:
garba and Diwali, Vaisakhi and gurdwara visits, Eid, grandparents doing pick-up
(Ba, Nani ji, Awoowe), shared family e-mail addresses and parents who run local
shops. Each is labelled as the school's safeguarding lead would judge it against the
staff policy: staff must not give pupils or parents their own personal phone number,
home address or personal e-mail, must not use personal devices/e-mail with them, and
must not invite them onto private channels or social media.

Parents are the three in `directory/parents.csv`; pupils are at
`pupils.example-school.org.uk`. The children's first names used in message bodies are
invented. All phone numbers are in Ofcom's drama ranges; all people, street addresses
and non-school mailboxes are fictitious; organisations use example.com/.org/.net.

## Counts

| expected | kind | count |
|---|---|---|
| flag | personal contact details / private channel given to a parent or pupil | 20 |
| clean | ordinary everyday school mail | {ordinary} |
| clean | hard negatives (look risky, are fine) | {hard} |
| **total** | | **80** |

## Kinds of case
- **flag**: own mobile in many shapes (no spaces, `+44`, `0044` with no-break spaces,
  dots, brackets, `&nbsp;` in an HTML signature, split by a quoted-printable soft line
  break, wrapped over a line break, in a base64 body, hyphenated in a vCard); home
  landline; home address (with and without postcode, and in an .ics LOCATION);
  personal e-mail in the body, in Cc, in Reply-To, as an .ics ORGANIZER; WhatsApp,
  Signal, Snapchat/Instagram, Discord, Facebook invitations. Recipients are parents
  and/or pupils.
- **clean, hard**: the school's number and postcode; school-owned trip, breakfast-club
  and lettings mobiles stated as such; a SENCo's school direct line; the family's own
  numbers/addresses read back or quoted; third parties (mandir, gurdwara, outdoor
  centre, clinic, helpline, secondary school, interpreter service, a parent's shop);
  non-phone numbers (prices, sort code, ParentPay ref, candidate number, UPN, ISBNs,
  Teams meeting ID and dial-in, seven-digit maths); staff-only mail containing personal
  details (HR, a staff Diwali party, a sick-day cover note, the DSL's reminder); an
  e-safety newsletter naming apps; the school's official Instagram; a teacher refusing
  to give her WhatsApp number.
- **clean, ordinary**: reminders, letters home, trip letters, reports, newsletters,
  pupil homework, staff notes and rotas, replies to parents.

Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative in
Outlook and Gmail styles, HTML-only, multipart/mixed with PDF, CSV, vCard and iCalendar
attachments, RFC 2047 subjects (Gujarati, Gurmukhi, emoji, dashes) and display names,
Outlook and Gmail quoted replies, a forward.

## How it was made / regenerating
Written by hand as data inside `../make_round49_personal.py` (Python 3.11, standard
library only), which builds the raw MIME text itself with fixed dates, Message-IDs and
boundaries and shuffles the order with a fixed seed. Regenerate with:

    python3 tests/holdout/round49/make_round49_personal.py

Two runs produce byte-identical files. `labels.csv` columns: file, expected, sender
(envelope sender), recipients (To+Cc, space-separated), note.
"""

if __name__ == "__main__":
    main()
