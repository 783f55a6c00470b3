#!/usr/bin/env python3
"""Round 27 blind hold-out corpus, obscene-language module.

Setting: an all-through special school (ages 3-19) for pupils with autism and
severe or profound learning difficulties.

Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs and MIME boundaries, so running it twice
gives byte-identical output.

BLIND: written without looking at mailguard's code, rules or tests.  Never use
these files for tuning.
"""
import base64
import csv
import email
import email.policy
import hashlib
import os
import quopri
import random
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.charset import BASE64 as CS_B64, Charset, QP as CS_QP
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
def st(local):
    return f"{local}@{SCHOOL}"


S = {
    "rhughes": ("Rachel Hughes", st("r.hughes")),
    "kashworth": ("Kelly Ashworth", st("k.ashworth")),
    "glumb": ("Gareth Lumb", st("g.lumb")),
    "fbegum": ("Fatima Begum", st("f.begum")),
    "dsl": ("Maureen Okafor", st("dsl")),
    "transport": ("Tom Brennan", st("transport")),
    "tbrennan": ("Tom Brennan", st("t.brennan")),
    "spryce": ("Siân Pryce", st("s.pryce")),
    "pchaudhry": ("Priya Chaudhry", st("p.chaudhry")),
    "nurse": ("Jo Whitaker (School Nurse)", st("nurse")),
    "zmarsden": ("Zoë Marsden", st("z.marsden")),
    "nfairbairn": ("Neil Fairbairn", st("n.fairbairn")),
    "office": ("Example School Office", st("office")),
    "lcrabtree": ("Linda Crabtree", st("l.crabtree")),
    "attendance": ("Attendance - Example School", st("attendance")),
    "head": ("Andrew Sutcliffe", st("headteacher")),
    "asutcliffe": ("Andrew Sutcliffe", st("a.sutcliffe")),
    "hkowalczyk": ("Hannah Kowalczyk", st("h.kowalczyk")),
    "creid": ("Callum Reid", st("c.reid")),
    "it": ("IT Support", st("it")),
    "mnowak": ("Marek Nowak", st("m.nowak")),
    "anibhriain": ("Aoife Ní Bhriain", st("a.nibhriain")),
    "sdyson": ("Steve Dyson", st("s.dyson")),
    "jsandhu": ("Jas Sandhu", st("j.sandhu")),
    "klister": ("Karen Lister", st("k.lister")),
    "rellery": ("Ruth Ellery", st("r.ellery")),
    "doyelaran": ("Dan Oyelaran", st("d.oyelaran")),
    "gthwaite": ("Gemma Thwaite", st("g.thwaite")),
    "kitchen": ("Paul Ridsdale", st("kitchen")),
    "lbeck": ("Lorraine Beck", st("l.beck")),
    "lshaw": ("Leanne Shaw", st("l.shaw")),
    "mfirth": ("Megan Firth", st("m.firth")),
    "srahman": ("Sadia Rahman", st("s.rahman")),
    "opritchard": ("Owen Pritchard", st("o.pritchard")),
    "mduval": ("Mireille Duval", st("m.duval")),
    "clerk": ("Helen Moorhouse", st("clerk")),
    "bfenton": ("Bernie Fenton", st("b.fenton")),
    "allstaff": ("All Staff", st("allstaff")),
    "post16": ("Post-16 Team", st("post16team")),
    "supply": ("Supply Cover", st("supply.cover")),
    "gov_cockburn": ("Rachel Cockburn (Chair of Governors)", st("gov.rcockburn")),
    "gov_hancock": ("Mike Hancock (Governor)", st("gov.mhancock")),
}

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

P = {  # pupils
    "jayden": ("Jayden Morrow", f"19jmorrow@{PUPILS}"),
    "amira": ("Amira Hussain", f"20ahussain@{PUPILS}"),
    "ryan": ("Ryan Whiteley", f"18rwhiteley@{PUPILS}"),
    "kyle": ("Kyle Dobson", f"20kdobson@{PUPILS}"),
    "lucy": ("Lucy Price", f"19lprice@{PUPILS}"),
    "mandeep": ("Mandeep Kaur", f"21mkaur@{PUPILS}"),
}


# --------------------------------------------------------------------------
# MIME building (raw text, so every byte is under our control)
# --------------------------------------------------------------------------
def hx(*parts, n=32):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def encode_body(text, cte):
    raw = text.encode("utf-8")
    if cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        body = text
    elif cte == "8bit":
        body = text
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return body


def textpart(text, subtype="plain", cte="quoted-printable", raw_body=None):
    ascii_only = text.encode("utf-8").isascii()
    charset = "us-ascii" if (ascii_only and cte == "7bit") else "utf-8"
    if subtype == "plain" and charset == "utf-8" and cte in ("quoted-printable", "base64", "8bit"):
        pass
    body = raw_body if raw_body is not None else encode_body(text, cte)
    return {
        "headers": [
            ("Content-Type", f'text/{subtype}; charset="{charset}"'),
            ("Content-Transfer-Encoding", cte),
        ],
        "body": body,
        "text": text,
    }


def multipart(subtype, parts, boundary):
    return {
        "headers": [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')],
        "parts": parts,
        "boundary": boundary,
    }


def attachment(filename, ctype, data, cte="base64", charset=None):
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
    ct = f'{ctype}; name="{filename}"'
    if charset:
        ct = f'{ctype}; charset="{charset}"; name="{filename}"'
    return {
        "headers": [
            ("Content-Type", ct),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", cte),
        ],
        "body": body,
    }


def render(part):
    out = "".join(f"{k}: {v}\n" for k, v in part["headers"]) + "\n"
    if "parts" in part:
        b = part["boundary"]
        out += "This is a multi-part message in MIME format.\n\n"
        for p in part["parts"]:
            out += f"--{b}\n" + render(p)
        out += f"--{b}--\n"
    else:
        out += part["body"]
    return out


def fmt_addr(a):
    name, addr = a
    return formataddr((name, addr), charset="utf-8")


def fold_addrs(addrs):
    items = [fmt_addr(a) for a in addrs]
    lines, cur = [], ""
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if cur and len(cur) + 1 + len(piece) > 74:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + " " + piece) if cur else piece
    lines.append(cur)
    return "\n\t".join(lines)


def enc_subject(subject, how="auto"):
    """RFC 2047: 'b' base64, 'q' quoted-printable, 'auto' whichever is shorter."""
    if subject.isascii():
        return subject
    if how in ("b", "q"):
        cs = Charset("utf-8")
        cs.header_encoding = CS_B64 if how == "b" else CS_QP
        return Header(subject, cs, header_name="Subject").encode(linesep="\n")
    return Header(subject, "utf-8", header_name="Subject").encode(linesep="\n")


def london(ts):
    d = datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
    bst = (datetime(2024, 3, 31, 1) <= d < datetime(2024, 10, 27, 1)) or (
        datetime(2025, 3, 30, 1) <= d < datetime(2025, 10, 26, 1))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return format_datetime(d.replace(tzinfo=tz))


def message_id(client, slug):
    h = hx("mid", slug, n=64).upper()
    if client == "outlook":
        box = f"LO{h[0:1]}P265MB{int(h[1:5], 16) % 9000 + 1000}"
        return f"<{box}{h[5:37]}@{box}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        b = base64.urlsafe_b64encode(bytes.fromhex(h[:48])).decode().rstrip("=")
        return f"<CAH{b}@mail.gmail.com>"
    if client == "apple":
        u = h.lower()
        return f"<{u[0:8].upper()}-{u[8:12].upper()}-{u[12:16].upper()}-{u[16:20].upper()}-{u[20:32].upper()}@{SCHOOL}>"
    return f"<{h[:20].lower()}.{h[20:28].lower()}@{SCHOOL}>"


def boundary_for(client, slug, level):
    h = hx("bnd", slug, str(level), n=40)
    if client == "outlook":
        return f"_00{level}_LO2P265MB{h[:4].upper()}{h[4:24].upper()}_"
    if client == "gmail":
        return f"000000000000{h[:12]}"
    if client == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    return f"------------{h[:24]}"


MAILERS = {
    "outlook": [("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""),
                ("Content-Language", "en-GB")],
    "gmail": [],
    "apple": [("X-Mailer", "iPhone Mail (21G93)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "plain": [],
}


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------
OUTLOOK_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
    '\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def _blocks(text):
    """Split text into (kind, lines) blocks: 'p' paragraphs and 'q' quoted runs."""
    blocks = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        cur_kind, cur = None, []
        for ln in lines:
            kind = "q" if ln.startswith(">") else "p"
            if kind != cur_kind and cur:
                blocks.append((cur_kind, cur))
                cur = []
            cur_kind = kind
            cur.append(ln[1:].lstrip(" ") if kind == "q" else ln)
        if cur:
            blocks.append((cur_kind, cur))
    return blocks


def html_outlook(text, quoted=None):
    out = [OUTLOOK_HEAD]
    for kind, lines in _blocks(text):
        inner = "<br>\n".join(escape(l, quote=False) for l in lines)
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n'
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    if quoted:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        for kind, lines in _blocks(quoted):
            inner = "<br>\n".join(escape(l, quote=False) for l in lines)
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n')
        out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_gmail(text, quoted=None, quote_intro=None):
    out = ['<div dir="ltr">']
    first = True
    for kind, lines in _blocks(text):
        if not first:
            out.append("<div><br></div>")
        first = False
        for l in lines:
            out.append(f"<div>{escape(l, quote=False) if l else '<br>'}</div>")
    out.append("</div>")
    if quoted:
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                   f"{escape(quote_intro or '', quote=False)}<br></div>"
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        for kind, lines in _blocks(quoted):
            out.append("<div>" + "<br>".join(escape(l, quote=False) for l in lines) + "</div><br>")
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def html_simple(text):
    out = ["<html><body style=\"font-family:Arial,sans-serif;font-size:11pt\">"]
    for kind, lines in _blocks(text):
        tag = "blockquote" if kind == "q" else "p"
        out.append(f"<{tag}>" + "<br>\n".join(escape(l, quote=False) for l in lines) + f"</{tag}>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# small binary attachments
# --------------------------------------------------------------------------
def tiny_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def tiny_png(w, h, seed):
    rnd = random.Random(seed)
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(rnd.randrange(90, 230) for _ in range(w * 3))

    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------
# message registry
# --------------------------------------------------------------------------
MSGS = []


def add(label, slug, note, frm, to, subject, date, body, cc=(), client="outlook",
        subj_enc="auto", extra_headers=(), in_reply_to=None):
    """body: a part dict (textpart / multipart)."""
    assert label in ("flag", "clean")
    MSGS.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, date=date, body=body, client=client, subj_enc=subj_enc,
                     extra=list(extra_headers), in_reply_to=in_reply_to))


def build(m):
    slug, client = m["slug"], m["client"]
    hdrs = [("From", fmt_addr(m["frm"])), ("To", fold_addrs(m["to"]))]
    if m["cc"]:
        hdrs.append(("Cc", fold_addrs(m["cc"])))
    hdrs.append(("Subject", enc_subject(m["subject"], m["subj_enc"])))
    if client == "outlook":
        topic = m["subject"]
        for pre in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hdrs.append(("Thread-Topic", enc_subject(topic, m["subj_enc"])))
    hdrs.append(("Date", london(m["date"])))
    hdrs.append(("Message-ID", message_id(client, slug)))
    if m["in_reply_to"]:
        hdrs.append(("In-Reply-To", m["in_reply_to"]))
        hdrs.append(("References", m["in_reply_to"]))
    has_att = "parts" in m["body"] and m["body"]["headers"][0][1].startswith("multipart/mixed")
    for k, v in MAILERS[client]:
        if k == "X-MS-Has-Attach":
            v = "yes" if has_att else ""
        hdrs.append((k, v))
    hdrs.extend(m["extra"])
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" if v != "" else f"{k}:\n" for k, v in hdrs)
    return (head + render(m["body"])).encode("utf-8")


def alt(slug, client, plain, html, pcte="quoted-printable", hcte="quoted-printable"):
    return multipart("alternative", [textpart(plain, "plain", pcte), textpart(html, "html", hcte)],
                     boundary_for(client, slug, 1))


def mixed(slug, client, main, *atts):
    return multipart("mixed", [main, *atts], boundary_for(client, slug, 0))


def recipients(m):
    return " ".join(a for _, a in m["to"] + m["cc"])


# Signatures ---------------------------------------------------------------
def sig(name, role, style=0, extra=None):
    if style == 0:
        s = f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000"
    elif style == 1:
        s = f"{name}\n{role}\nExample School | Park Row | Leeds | LS1 4AP\n01632 960000"
    elif style == 2:
        s = f"{name}\n{role}\nExample School\nPark Row, Leeds LS1 4AP\nT: 01632 960000  |  E: office@{SCHOOL}"
    else:
        s = f"{name} | {role}\nExample School, Park Row, Leeds LS1 4AP | 01632 960000"
    if extra:
        s += "\n" + extra
    return s


DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
              "addressee. If you have received it in error, please tell the sender and delete it. "
              "Example School, Park Row, Leeds LS1 4AP.")


# ==========================================================================
# FLAG messages (20): the staff author's own words swear or use a slur
# ==========================================================================

# --- F01 plain: taxi driver -------------------------------------------------
_t = """Rach,

Just so you know before you hear it from the office - Alfie's taxi didn't get in till 9.05 again. Third time in two weeks. Carol (escort) was lovely as always but the driver is a complete wanker, he was on his phone the whole time we were getting Alfie out of the car seat and then told me to "hurry up love, I've got another drop".

I've logged it on the transport sheet and told Tom. Alfie was pretty dysregulated when he came in so I took him straight to the sensory room and he was settled by about 9.30. Had his snack at 10 and he's fine now, on the swing with Dan.

Honestly I'm pissed off with the lot of them. Can we raise it at the transport meeting on Thursday?

K"""
add("flag", "taxi_driver_wanker", "TA to teacher venting about taxi driver: wanker, pissed off",
    S["kashworth"], [S["rhughes"]], "Taxi this morning", "2024-09-16 09:32:10",
    textpart(_t, cte="7bit"), client="plain")

# --- F02 plain: EHCP template ---------------------------------------------------
_t = """Hi Fatima,

Thanks for sending this over. I'll be honest, the new LA template is absolute bollocks - section F has moved again and they now want every outcome copied into three separate boxes. It took me an hour and a half to do Jayden's and most of that was copy and paste.

I'll get Lucy's and Ryan's done by the 11th but I can't promise before that, we've got the college taster days next week.

Could we ask at the next SENCO network whether anyone's found a way round the duplication?

Gareth

""" + sig("Gareth Lumb", "Post-16 Teacher - Horizons Pathway", 1)
_q = """________________________________
From: Fatima Begum <f.begum@example-school.org.uk>
Sent: 02 October 2024 13:05
To: Post-16 Team <post16team@example-school.org.uk>
Subject: New EHCP review paperwork

Hi all,

The local authority has issued a new annual review template from this half-term. Please use the attached version for any reviews from 7 October onwards - the LA will send back anything on the old forms.

Thanks,
Fatima"""
add("flag", "ehcp_template_bollocks", "teacher to SENCO: 'absolute bollocks' about LA paperwork",
    S["glumb"], [S["fbegum"]], "RE: New EHCP review paperwork", "2024-10-02 16:47:33",
    alt("ehcp_template_bollocks", "outlook", _t + "\n\n" + _q, html_outlook(_t, _q)))

# --- F03 plain: to a pupil --------------------------------------------------------
_t = """Hi Jayden,

Don't worry about it, the printer in the library is a pile of shit and it's been jamming all week. Just email me your CV as an attachment and I'll print it in the staffroom and bring it to the cafe on Thursday.

Well done for finishing it, it reads really well. Remember your apron and your badge for Thursday.

Miss Lister

On Tue, 5 Nov 2024 at 11:58, Jayden Morrow <19jmorrow@pupils.example-school.org.uk> wrote:
> hi miss the printer wont print my cv it says error 41. jayden"""
add("flag", "pupil_printer_shit", "teacher to post-16 pupil: 'pile of shit'",
    S["klister"], [P["jayden"]], "Re: my cv", "2024-11-05 12:31:02",
    textpart(_t, cte="7bit"), client="gmail")

# --- F04 plain: contractor ----------------------------------------------------
_t = """Morning,

Your engineer came out on Friday afternoon to look at the ceiling track hoist over the hydrotherapy pool (job ref LC-20931). He signed it off as working and left at 3.15. At 8 this morning the motor unit is dead again - no charging light, and the emergency lowering is the only thing that works.

To be blunt, it's fucked again, and we have six pupils who can't use the pool at all without it. This is the third call-out since November. I need someone here today, not Wednesday.

Please ring me on 07700 900318 or the school office on 01632 960000.

Neil Fairbairn
Site Manager
Example School, Park Row, Leeds LS1 4AP"""
add("flag", "pool_hoist_fucked", "site manager to external contractor: 'it's fucked again'",
    S["nfairbairn"], [("Liftcare Service Desk", "service@liftcare.example.com")],
    "Pool hoist - still not working after Friday's visit (LC-20931)", "2025-01-13 08:04:51",
    textpart(_t, cte="7bit"), cc=[S["jsandhu"]], client="plain")

# --- F05 plain slur (race): ---------------------------------------------------
_t = """Jas,

The pikeys are back on the top field, four caravans and a flatbed, must have come in Saturday night. They've cut the padlock on the farm gate again. I've rung the council's encampments line and they're sending someone out this morning.

I've locked the lower gate so the minibuses can still get round to the hydro entrance, but the sensory garden side is a no-go until it's sorted. Can you let the class teachers know - no outdoor learning on that side today.

Neil"""
add("flag", "top_field_slur", "site manager to business manager: ethnic slur 'pikeys' (Gypsy/Traveller)",
    S["nfairbairn"], [S["jsandhu"]], "Top field", "2025-03-24 07:41:16",
    textpart(_t, cte="7bit"), client="apple")

# --- F06 plain: to a parent --------------------------------------------------
_t = """Hi Sam,

Just a quick one before the weekend. I know it's been a shit week for all of you with the hospital appointments and Maisie not sleeping, so I wanted you to know she's had a really lovely afternoon. She did messy play with the shaving foam for nearly ten minutes (a record!) and she asked for "more bubbles" with her symbol twice during circle time.

No seizures observed today. Her midazolam is in her bag as usual and today's log is in the diary.

Try and get some rest if you can. See you Monday.

Aoife

Aoife Ní Bhriain
Acorn Class Teacher (EYFS)
Example School · Park Row · Leeds LS1 4AP · 01632 960000"""
add("flag", "parent_shit_week", "EYFS teacher to carer, warm but 'shit week'",
    S["anibhriain"], [SAM], "Maisie's week", "2024-09-27 15:52:40",
    alt("parent_shit_week", "gmail", _t, html_gmail(_t), pcte="8bit", hcte="quoted-printable"),
    client="gmail")

# --- F07 plain, in a .txt attachment -----------------------------------------
_t = """Hi Leanne,

Notes attached for Monday and Tuesday while I'm on the Team Teach instructor course. Everything's in there including the new lunch plan for Kian. Any problems text me.

Steve"""
_att = """OAK CLASS HANDOVER - w/c 25 November
Written by Steve D, Friday 22/11

ARRIVALS
- Kian: taxi 8.50ish. Needs 5 mins in the den before coming into class. Visual timetable is on the door.
- Ellie: Mum dropping off Monday (taxi cancelled), usual route Tuesday.
- Tyler: new ear defenders in his bag, named.

LUNCH
- Kian now on the soft & bite-sized plan from Sian - cut everything to finger size, no crusts. Plan is in the red folder.
- Tyler still won't go in the hall, eats in class with Jo.

PHONE CALLS
- Mr Ogden (Tyler's dad) will probably ring Monday about the trip money. He was a total arsehole to Linda on the phone last week so please put him through to Leanne or Ruth, not the office.
- Physio coming Tuesday 1.30 for Ellie's standing frame.

MEDS
- Nothing new. Ellie's inhaler is in the class med box, expiry checked 15/11.

Back Wednesday.
Steve
"""
add("flag", "handover_notes_txt", "LSA handover notes .txt attachment calls a parent 'a total arsehole'",
    S["sdyson"], [S["lshaw"]], "Handover notes for Mon/Tue", "2024-11-22 16:20:05",
    mixed("handover_notes_txt", "outlook",
          alt("handover_notes_txt", "outlook", _t, html_outlook(_t)),
          attachment("Oak_handover_wc25Nov.txt", "text/plain", _att.encode("utf-8"),
                     cte="quoted-printable", charset="utf-8")),
    cc=[S["bfenton"]])

# --- F08 plain, in a .csv attachment ----------------------------------------
_t = """Morning Ruth,

Updated rota for the spring term attached, with the changes the LA confirmed on Friday. Main ones:

- Jess T starts on R3 from today (booster seat fitted, checked it myself at 7.45).
- Maisie's new escort on R5 is now permanent.
- R7 is still with Aire Valley in the WAV. I've asked passenger transport again about the driver.

Can you forward to the class teachers? I'll put a copy on the board in the office.

Thanks
Tom

""" + sig("Tom Brennan", "Transport & Admissions Officer", 0)
_csv = """route,pupils,operator,driver,escort,am_pickup,pm_drop,notes
R3,"Alfie P; Jess T",Aire Valley Cars,Mohammed A,Carol,08:05,15:40,booster seat for Jess (new from 7/1)
R5,Maisie C,Kirkgate Taxis,Pete H,Shabnam,08:15,15:30,emergency meds bag travels with Maisie - escort trained
R7,"Idris G; Lewis B",Aire Valley Cars (WAV),Dave M,Shabana,07:55,15:50,"WAV, tracking checked. Dave M is a bellend - get the LA to swap him off R7 if at all possible"
R9,Kian D,Kirkgate Taxis,Gary W,Helen,08:20,15:35,solo route - no other passengers
R12,"Ellie P; Tyler O",City Cabs Leeds,Anita R,Joanne,08:00,15:45,
"""
add("flag", "transport_rota_csv", "transport officer's .csv rota note: driver 'is a bellend'",
    S["transport"], [S["rellery"]], "Spring term taxi/escort rota", "2025-01-07 08:47:12",
    mixed("transport_rota_csv", "outlook",
          alt("transport_rota_csv", "outlook", _t, html_outlook(_t)),
          attachment("transport_rota_spring25.csv", "text/csv", _csv.encode("utf-8"), cte="base64")))

# --- F10 plain slur (disability) ----------------------------------------------
_t = """Tom,

Just seen the letter Kian's mum forwarded. The council transport lot are a bunch of retards, honestly. They've turned down the appeal because he lives 2.6 miles away and "a parent could reasonably be expected to accompany him". Mum works nights, has a two-year-old at home, and Kian has no sense of danger whatsoever - he bolted into the road outside the big Tesco last month.

Can we put something in writing from school for the stage 2 appeal? I'm happy to write about his behaviour in the community and the two-adult ratio he needs on trips. Zoe said she'll help mum with the form.

Leanne

""" + sig("Leanne Shaw", "Class Teacher - Oak Class (KS3)", 3)
add("flag", "council_transport_slur", "teacher to colleague: disablist slur 'retards' about council staff",
    S["lshaw"], [S["tbrennan"]], "Kian - transport appeal refused", "2024-10-10 16:05:27",
    textpart(_t, cte="7bit"), cc=[S["zmarsden"]], client="outlook")

# --- F11 disguised: asterisk / symbol masks ---------------------------------
_t = """What a f*cking morning. Two pads leaked on the bus, sh!t everywhere, Alfie's spare clothes bag was empty AND the washing machine's broken. I've borrowed a pair of joggers from lost property.

Can you grab more wipes and gloves from the nurse's room on your way back from the pool please? x"""
add("flag", "asterisk_morning", "masked swearing f*cking / sh!t, staff to staff",
    S["rhughes"], [S["kashworth"]], "today...", "2024-09-18 10:45:09",
    textpart(_t, cte="7bit"), client="apple")

# --- F13 disguised: leetspeak ------------------------------------------------
_t = """Better be careful what I type on here, but the new trip risk assessment form is total b0ll0cks. Eleven pages for taking six kids in the minibus two miles to the leisure centre, and it wants a separate "dynamic hazard matrix" for every pupil.

Has either of you done one on the new form yet? If you've got one I can pinch the wording from, that'd be great.

Also still need a second D1 driver for Friday 14th - Karen, are you free?

Cal

""" + sig("Callum Reid", "PE & Hydrotherapy Lead", 3)
add("flag", "leet_risk_assessment", "leetspeak 'b0ll0cks' in staff-to-staff moan",
    S["creid"], [S["klister"], S["glumb"]], "Panathlon RA", "2025-02-24 13:10:44",
    textpart(_t, cte="7bit"), client="outlook")

# --- F14 disguised: repeated letters, to a pupil ----------------------------
_t = """Shiiiiit, Amira, I am so sorry - I realised this afternoon that I never booked the minibus for tomorrow's visit to Kirkstall Valley College. It's sorted now (Neil is lending us the small bus) but we'll be leaving at 9.30 instead of 9.15.

So the plan for tomorrow is:
- Come to Post-16 as normal.
- 9.30 minibus to college with me and Miss Lister.
- Tour of the Foundation Learning department and meet Sarah from learning support.
- Lunch in the college canteen (bring your money card).
- Back at school by 1.45.

See you in the morning.

Mr Lumb"""
add("flag", "pupil_repeated_letters", "teacher to pupil, stretched 'Shiiiiit'",
    S["glumb"], [P["amira"]], "College visit tomorrow", "2025-02-10 16:58:30",
    alt("pupil_repeated_letters", "outlook", _t, html_outlook(_t)), cc=[S["klister"]])

# --- F15 disguised: dotted letters -------------------------------------------
_t = """Siân - just back from Idris's seating clinic. The rep from the chair company was a complete w.a.n.k.e.r. Talked over me and over Ali the whole time, kept pushing the £4k tilt-in-space upgrade that the NHS won't fund, and didn't once speak to Idris. Ali looked like he was going to cry.

The actual wheelchair therapist was fine and they've agreed a new seat depth and a lateral support, so a good outcome in the end. I'll write it up tomorrow for Megan.

How was feeding clinic?

P"""
add("flag", "dotted_wanker", "OT to SALT: dotted-out 'w.a.n.k.e.r' about equipment rep",
    S["pchaudhry"], [S["spryce"]], "seating clinic", "2024-11-21 17:22:18",
    textpart(_t, cte="8bit"), client="apple")

# --- F16 disguised: Cyrillic homoglyphs ---------------------------------------
_t = ("Lorraine, have you seen the mock timetable? It's b\u043ell\u043ecks. They've put the Entry Level "
      "reading paper on Tuesday morning, which is exactly when Kyle and Mandeep have hydro and rebound, "
      "and Functional Skills maths on the afternoon of the Post-16 trip. I've emailed Ruth but I bet "
      "nothing changes.\n\nCoffee at break? I need a proper moan.\n\nH")
add("flag", "cyrillic_mock_timetable", "Cyrillic o in 'bollocks' (homoglyphs), teacher to colleague",
    S["hkowalczyk"], [S["lbeck"]], "mock timetable", "2025-03-05 12:20:03",
    alt("cyrillic_mock_timetable", "outlook", _t, html_outlook(_t)))

# --- F17 disguised: full-width letters ----------------------------------------
_t = """Neil, another \uff46\uff55\uff43\uff4b\uff49\uff4e\uff47 access point has died in the hydro corridor - that's three since Christmas. I think damp is getting into the ceiling void above the pool changing rooms. Can you get me into the loft hatch this afternoon? I'll need the tall ladder and someone to foot it.

The eye-gaze laptops in Kestrel keep dropping off the network because of it too, so Megan's going to be on my case.

Marek
IT Technician | ext 250"""
add("flag", "fullwidth_wifi", "full-width letters spelling 'fucking', IT tech to site manager",
    S["mnowak"], [S["nfairbairn"]], "hydro corridor wifi", "2025-01-14 10:12:37",
    textpart(_t, cte="8bit"), client="thunderbird")

# --- F18 disguised: zero-width characters -------------------------------------
_t = ("Leanne,\n\nMr Ogden was at the gate again tonight shouting about the trip money and that he "
      "\"never got a letter\". In front of the taxis and half of Primary. I got Tyler onto his bus and "
      "walked off.\n\nI'm sorry but he is an absolute c\u200bu\u200cn\u200bt and I've had enough of it. "
      "Can we get Ruth or Andrew to speak to him before Monday?\n\nSteve")
add("flag", "zero_width_parent", "zero-width chars inside 'cunt', LSA about a parent",
    S["sdyson"], [S["lshaw"]], "Tyler's dad", "2024-12-06 15:58:21",
    alt("zero_width_parent", "gmail", _t, html_gmail(_t), pcte="8bit", hcte="8bit"), client="gmail")

# --- F19 disguised: HTML tag split + entity -----------------------------------
_h = OUTLOOK_HEAD + """<p class="MsoNormal">Linda,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The LA schools finance officer has just rung &#8211; AGAIN &#8211; about the transport recharge. Now they&#8217;re saying we owe &pound;3,840 for the summer escorts because &#8220;the SLA auto-renewed&#8221;. We cancelled it last March and I have the email. He was an absolute <span lang="EN-GB">tw</span><span lang="EN-GB" style="color:black">at</span> about it, talked to me like I&#8217;d never seen a spreadsheet.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Can you dig the cancellation email out of the shared inbox (search &#8220;SLA escorts&#8221;, around March last year)? I&#8217;m not letting those b&#97;stards take it out of our budget.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jas<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Jas Sandhu | School Business Manager<br>
Example School, Park Row, Leeds LS1 4AP | 01632 960000</span><o:p></o:p></p>
</div>
</body>
</html>
"""
add("flag", "html_split_finance", "HTML-only: 'twat' split across spans, 'bastards' via &#97; entity",
    S["jsandhu"], [S["lcrabtree"]], "LA recharge - escorts SLA", "2025-02-12 14:03:58",
    textpart(_h, "html", "quoted-printable"))

# --- F20 disguised: QP soft line break inside the word ------------------------
_t = ("Glad the seating went OK in the end, and well done for keeping your cool.\n\n"
      "Feeding clinic was worse. Honestly, the locum consultant was a total arsehole from start to "
      "finish - he wouldn't look at the weight chart Jo sent, talked about \"managing expectations\" "
      "over Idris's head and told Ali the oral tasters \"weren't clinically indicated\" without even "
      "watching him have one. Ali walked out in tears.\n\n"
      "I'm writing to Dr Wankhede tomorrow to ask for Idris to go back to his usual consultant. Can I "
      "use some of your notes about his head control in the new chair?\n\nS")
add("flag", "qp_softbreak_consultant", "QP soft line break inside 'arsehole', SALT to OT",
    S["spryce"], [S["pchaudhry"]], "Re: seating clinic", "2024-11-21 17:48:02",
    textpart(_t, cte="quoted-printable"), client="apple")

# --- F21 disguised: base64 body, homophobic slur + swearing ----------------
_t = """Neil, you still on for five-a-side tomorrow? 10am at the Parkside cages. Dave's bringing some new lad from his work, bit of a poofter by all accounts but apparently he can actually play, which is more than can be said for you.

Also the fucking lock on the sports hall changing room is jammed again - had to get the kids changed for rebound in the accessible loo. Can you have a look Monday before 9?

Cal"""
add("flag", "base64_fivea_side", "base64 body: homophobic slur 'poofter' and 'fucking'",
    S["creid"], [S["nfairbairn"]], "Saturday", "2025-01-17 15:45:19",
    textpart(_t, cte="base64"), client="apple")

# --- F22 disguised: RFC 2047 encoded subject, to a parent ---------------------
_t = """Ali,

I've just had Fernbank on the phone as well. I can't believe they've cancelled Idris's weekend again with less than 24 hours' notice - that's the third time since Christmas, and I know how much you were counting on it after the last fortnight.

I've already emailed the short breaks team manager and copied in Idris's social worker, asking for an urgent review and for the missed nights to be made up. I've also asked whether the direct payments PA can pick up some extra hours this week instead.

I'll ring you at 2pm. If you need anything before then, call the office on 01632 960000 and they'll get hold of me.

Zoë

""" + sig("Zoë Marsden", "Family Support Worker", 2)
add("flag", "rfc2047_subject_respite", "encoded subject 'the bastards have cancelled again' to a parent",
    S["zmarsden"], [ALI], "Fernbank – the bastards have cancelled again", "2025-02-17 10:20:45",
    textpart(_t, cte="8bit"), client="outlook", subj_enc="b")


# ==========================================================================
# HARD-NEGATIVE clean messages (30)
# ==========================================================================

# --- H01 DSL report quoting a pupil (staff only) --------------------------------
_t = """Maureen,

Logging this on CPOMS as well but wanted you to have it straight away.

At 8.55 this morning Kian arrived on route 9. As the escort (Helen) was unclipping his seatbelt he shouted "fuck off you fat bitch, I'll kill you" and pulled her hair. Helen says he had been calm for the whole journey until the taxi pulled up behind the ambulance in the car park, which may have been the trigger (blue lights).

Once inside he said "Daddy says fuck off" twice, and then "Daddy hit the telly". I didn't question him or ask him to repeat it. He went to the den and was calm by 9.20. He has eaten his snack and is now doing his work tray with Steve.

I haven't said anything to parents. Helen is OK but shaken; she's filling in the LA incident form and Tom has a copy of the transport sheet.

His exact words are written on the ABC sheet, which is in the safeguarding tray in your office.

Leanne

""" + sig("Leanne Shaw", "Class Teacher - Oak Class (KS3)", 3)
add("clean", "dsl_report_pupil_words", "concern to DSL quoting exactly what a pupil said (staff only)",
    S["lshaw"], [S["dsl"]], "Safeguarding - Kian D - arrival this morning (12/11)", "2024-11-12 09:41:55",
    textpart(_t, cte="7bit"), cc=[S["tbrennan"]])

# --- H02 SALT on echolalia (staff only) ----------------------------------------
_t = """Hi both,

Following on from Tuesday's session, a few thoughts on the phrases Alfie has started using.

As we discussed, most of what he's saying at the moment is delayed echolalia - chunks of language lifted whole from YouTube, the bus and home. "Oh shit, oh shit" and "you stupid idiot" are both from the same cartoon clip Jane mentioned (she's found it on his tablet). He's using them when something goes wrong - a dropped toy, lunch not being ready - so they do have a function: they mean "something's wrong and I don't like it".

What I'd suggest:
- Keep your reaction flat. No big face, no "we don't say that" - the reaction is often the most rewarding part for him.
- Straight away, model a replacement in the same tone: "Oh no! Help please." Pair it with the help symbol on his lanyard.
- Log it on the ABC sheet with what happened just before, so we can see whether it's dropping off.

Please don't worry about it being "rude" in front of visitors - it's communication, and it's actually a sign he's noticing that things have gone wrong and wants to tell us.

I'll be in Willow on Thursday afternoon to model it with you.

Siân

""" + sig("Siân Pryce", "Highly Specialist Speech and Language Therapist", 0,
          "Working days: Mon, Tue, Thu")
add("clean", "salt_echolalia", "SALT to class team quoting a pupil's echolalic swearing (staff only)",
    S["spryce"], [S["rhughes"], S["kashworth"]], "Alfie - echolalia and the new phrases",
    "2024-10-23 15:12:36", alt("salt_echolalia", "outlook", _t, html_outlook(_t)))

# --- H03 Tourette's tics briefing (staff only) ---------------------------------
_t = """Dear all,

For anyone covering in Post-16 this week, especially supply colleagues, please read this before you go in.

Ryan W has Tourette syndrome as well as autism. His tics come and go and he's having a difficult spell since Christmas. At the moment they include a sharp sniff, touching door frames, clapping twice, and vocal tics including "wanker", "twat" and "beep beep". He cannot control them and they are not aimed at anyone.

Please:
- Don't react, tell him off or ask him to stop. Carry on as if nothing happened.
- Don't keep asking if he's OK - it makes him more anxious and the tics increase.
- If another pupil laughs (Jayden sometimes does), calmly redirect them.
- If a member of the public reacts when you're out, a simple "Ryan has Tourette's, those words are tics" is enough.
- He has a tic pass on his lanyard. If he shows it, let him go to the Post-16 quiet room; he'll come back when he's ready.

Ryan is happy for staff to know this and it's in his one-page profile on the shared drive.

Thanks,
Ruth

""" + sig("Ruth Ellery", "Deputy Headteacher", 2)
add("clean", "tourettes_tic_briefing", "staff briefing listing a pupil's vocal tics (wanker, twat), staff only",
    S["rellery"], [S["post16"], S["supply"]], "Ryan W - tics: briefing for anyone covering in Post-16",
    "2025-01-06 08:02:11", alt("tourettes_tic_briefing", "outlook", _t, html_outlook(_t)))

# --- H04 polite reply, swearing only in the carer's quoted text ------------------
_t = """Dear Sam,

Thank you for your email, and I am really sorry about this morning. You're right that it isn't good enough, and I'm sorry nobody rang you.

I've spoken to Kirkgate Taxis. The driver on Route 5 was off sick and the replacement was sent to the wrong address; the controller did not let us know until 8.40. I've asked for a written explanation and I've reported it to the council's passenger transport team, who hold the contract, as a formal complaint.

From tomorrow, if Route 5 can't run for any reason, the controller has been told to ring you and me by 7.45 at the latest. Maisie's emergency medication bag and seizure plan will always travel with her escort, never with the driver.

Please claim your mileage for today - the form is on the school website under Transport, or I can post one out.

I'll ring you tomorrow at 10 to check how this morning went.

Kind regards,

Tom Brennan
Transport & Admissions Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000

On Mon, 4 Nov 2024 at 08:52, Sam Carer <sam.carer@outlook.com> wrote:
> This is a fucking joke. Third time this month the taxi hasn't turned up
> and I've had to drive her in myself with the other two in the back and
> no escort for her meds. The council and the taxi firm are useless
> bastards the lot of them. And nobody rang me. SORT IT OUT.
>
> Sam"""
add("clean", "reply_carer_quoted_swearing", "polite reply to carer; swearing only in the carer's quoted text",
    S["transport"], [SAM], "Re: Maisie's taxi AGAIN", "2024-11-04 10:15:48",
    textpart(_t, cte="7bit"), client="plain",
    in_reply_to="<DB7PR04MB5168A21C37F4E0A9D31B7C22C8512@DB7PR04MB5168.eurprd04.prod.outlook.com>")

# --- H05 headteacher reply, Outlook quoted block with parent's abuse --------
_t = """Dear Mr Ogden,

Thank you for your email, which Linda passed on to me.

I'm sorry that you received a second reminder - that was an automatic message from our payments system and it should have been stopped after you spoke to the office. I have made sure it won't be sent again.

To be clear, contributions for trips are voluntary and no child is left out because a contribution hasn't been made. The visit to Meadowbank Garden Centre on 5 December is part of Oak Class's life skills work, and Tyler's class teacher, Mrs Shaw, has planned it carefully around his needs, including a quieter arrival time before the centre opens. I would really like him to be able to go, but if you would prefer him not to, he will stay in school with a familiar adult.

I would also ask that when you contact the office you keep things courteous. I know how much families are juggling, and I am always happy to talk things through. I'm in school all day Thursday if you'd like to come in, or I can ring you - whichever suits you.

Yours sincerely,

Andrew Sutcliffe
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
_q = """________________________________
From: Darren Ogden <d.ogden84@hotmail.co.uk>
Sent: 25 November 2024 21:47
To: Office <office@example-school.org.uk>
Subject: Trip money

Why have I had ANOTHER text asking for 8 pound for Tylers trip. I told your office last week im not paying for some shit trip to a garden centre when he gets nothing out of it. You lot are arseholes the way you talk to parents. Take him off the list."""
add("clean", "head_reply_outlook_quote", "head's courteous reply; abuse only in parent's Outlook-quoted email",
    S["head"], [("Darren Ogden", "d.ogden84@hotmail.co.uk")], "RE: Trip money", "2024-11-26 12:34:07",
    alt("head_reply_outlook_quote", "outlook", _t + "\n\n" + _q, html_outlook(_t, _q)),
    cc=[S["lshaw"]])

# --- H06 Cockermouth residential ---------------------------------------------------
_t = """Dear Ali,

I'm delighted to let you know that the Post-16 residential is going ahead this year, from Wednesday 12 to Friday 14 March, and we would love Idris to come.

We'll be staying at Derwent Bank Outdoor Centre, just outside Cockermouth in Cumbria. We visited in the autumn and it's fully accessible: ceiling track hoists in four of the bedrooms, a Changing Places toilet, level access throughout and a warm sensory room. Activities include a wheelchair-accessible canoe with a platform, the sensory trail through the woods, a campfire evening and a morning in Cockermouth itself for the market and a cafe stop.

Staffing will be 1:1 for Idris, with Megan, Jo (our school nurse) and two of the Kestrel Class team who know him well. Jo will manage his feeds and medication on the same timings as school, and there will be a waking night staff member.

The cost is a £45 contribution towards food; please speak to me in confidence if this is a difficulty, as the PTA has a fund for exactly this.

There is an information meeting for families on Wednesday 5 February at 3.30pm in the Hub, where you can see photos of the rooms and meet the staff. The kit list is attached. Please let me know by Friday 7 February whether Idris will be coming.

Best wishes,

""" + sig("Karen Lister", "Post-16 Teacher & Residential Lead", 0)
add("clean", "cockermouth_residential", "residential letter mentioning Cockermouth (place name)",
    S["klister"], [ALI], "Post-16 residential – Cockermouth, 12–14 March", "2025-01-16 14:05:50",
    mixed("cockermouth_residential", "outlook",
          alt("cockermouth_residential", "outlook", _t, html_outlook(_t)),
          attachment("Residential_kit_list_Cockermouth_2025.pdf", "application/pdf",
                     tiny_pdf(["Post-16 Residential - Derwent Bank, Cockermouth",
                               "Kit list: waterproof coat, 3 changes of clothes, pyjamas,",
                               "toiletries, pads and wipes, medication in original boxes,",
                               "feeding equipment (labelled), comforter, ear defenders."]))),
    cc=[S["office"]])

# --- H07 Penistone short breaks referral -----------------------------------------
_t = """Dear Hollins House team,

Further to my phone call with Karen on Monday, I'm attaching the referral for overnight short breaks for Alfie P (age 8). Alfie's mum, Jane, is copied in and has given consent for me to share this information.

Alfie is autistic with a severe learning disability. He communicates using some symbols and single words, and is learning to use a core vocabulary board. He needs 1:1 support for personal care (he wears pads day and night) and two staff in the community, as he has little sense of danger around roads. He sleeps poorly - usually 4 to 5 hours - and is on melatonin.

I understand Hollins House in Penistone is currently the only unit in the area with a vacancy for under-11s with autism, so the family are happy with the extra travel. Jane would be keen to start with tea visits so Alfie can get used to the house, the smells and the staff before trying an overnight stay.

Our speech and language therapist, Siân Pryce, can provide a communication passport, and Alfie's class teacher is happy to talk to your key worker about his routines.

Kind regards,

Zoë Marsden
Family Support Worker
Example School, Park Row, Leeds LS1 4AP
01632 960000 (ext 207) | 07700 900641 (work mobile)"""
add("clean", "penistone_short_breaks", "short-breaks referral to a unit in Penistone (place name)",
    S["zmarsden"], [("Hollins House Referrals", "referrals@hollinshouse.example.org")],
    "Referral – overnight short breaks for Alfie P", "2024-11-27 11:20:14",
    textpart(_t, cte="8bit"), cc=[JANE])

# --- H08 Scunthorpe transfer --------------------------------------------------------
_t = """Dear Mrs Rigby,

I'm the SENCO at Example School in Leeds. I understand from North Lincolnshire's SEN team that Ellie P (Year 8) will be joining Brumby Vale School after the Easter holidays, as the family are moving to Scunthorpe at the end of March.

Ellie has been with us since Reception. She is autistic with a severe learning disability and has an EHCP; North Lincolnshire have named your school in the amended plan and we've sent the latest annual review paperwork to them.

I'd really like to set up a transition call before the move, ideally with her class teacher, Leanne Shaw, and our physiotherapist, as Ellie uses a standing frame for part of each day and has a new sleep system at home. We can also put together a short video of her classroom routines, her visual timetable and her favourite activities, which has worked well for other moves.

Her educational record will come through the usual secure transfer and our DSL will send the child protection file separately, by secure email, to your DSL.

Would any time in the week of 10 March suit you?

Kind regards,

""" + sig("Fatima Begum", "Assistant Headteacher - SENCO", 0)
add("clean", "scunthorpe_transfer", "SENCO to receiving school: pupil moving to Scunthorpe (place name)",
    S["fbegum"], [("Mrs J Rigby, SENCO", "senco@brumbyvale.example.org")],
    "Pupil transfer – Ellie P moving to Scunthorpe after Easter", "2025-02-10 10:32:27",
    alt("scunthorpe_transfer", "outlook", _t, html_outlook(_t)))

# --- H09 Dr Wankhede clinic ----------------------------------------------------------
_t = """Dear Jane,

Dr Wankhede, Consultant Community Paediatrician, will be holding her clinic in school on Thursday 21 November and has asked to see Alfie at 10.40am for his routine review (sleep, constipation and his melatonin dose).

You're very welcome to join us in the Medical Room - it's usually about 30 minutes. Please bring Alfie's red book if you have it and a list of anything he's taking at home. If you can't come in, Dr Wankhede is happy to ring you afterwards instead; just let me know which number to give her.

Could you reply by Monday so I can confirm the list with the clinic?

Many thanks,

Linda Crabtree
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "wankhede_clinic", "clinic appointment with Dr Wankhede (surname)",
    S["office"], [JANE], "Alfie – paediatric clinic in school, Thursday 21 November",
    "2024-11-07 13:48:33", textpart(_t, cte="quoted-printable"), client="outlook", subj_enc="q")

# --- H10 lunch menu: faggots, spotted dick, cock-a-leekie -------------------------
_menu_rows = [
    ("Monday", "Cock-a-leekie soup with crusty bread", "Jacket potato, cheese and beans", "Apple crumble and custard"),
    ("Tuesday", "Faggots in onion gravy, mash and peas", "Vegetable sausages, mash and peas", "Yoghurt and fruit"),
    ("Wednesday", "Roast chicken, roast potatoes and carrots", "Quorn roast", "Spotted dick and custard"),
    ("Thursday", "Toad in the hole with gravy", "Veggie toad in the hole", "Jam sponge"),
    ("Friday", "Fish, chips and mushy peas", "Cheese and onion pie", "Bakewell tart"),
]
_rows = "\n".join(
    f"<tr><td style=\"padding:4px 8px;border:1px solid #9bbb59\"><b>{d}</b></td>"
    f"<td style=\"padding:4px 8px;border:1px solid #9bbb59\">{escape(a)}</td>"
    f"<td style=\"padding:4px 8px;border:1px solid #9bbb59\">{escape(b)}</td>"
    f"<td style=\"padding:4px 8px;border:1px solid #9bbb59\">{escape(c)}</td></tr>"
    for d, a, b, c in _menu_rows)
_h = OUTLOOK_HEAD + f"""<p class="MsoNormal">Hi all,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Here&#8217;s next week&#8217;s menu &#8211; it&#8217;s our &#8220;Great British&#8221; week, so a few old favourites the older staff will remember from school dinners!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table style="border-collapse:collapse;font-family:Aptos,sans-serif;font-size:10.5pt">
<tr style="background:#ebf1de"><th style="padding:4px 8px;border:1px solid #9bbb59">Day</th><th style="padding:4px 8px;border:1px solid #9bbb59">Main</th><th style="padding:4px 8px;border:1px solid #9bbb59">Vegetarian</th><th style="padding:4px 8px;border:1px solid #9bbb59">Pudding</th></tr>
{_rows}
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please note:<o:p></o:p></p>
<ul>
<li>Every dish is available at IDDSI levels 4 (pur&eacute;ed), 5 (minced &amp; moist) and 6 (soft &amp; bite-sized). Please check each pupil&#8217;s eating and drinking plan from Si&acirc;n before ordering on the tablet.</li>
<li>The faggots contain pork liver and are not halal. The halal option on Tuesday is lamb kofta with the same mash and peas.</li>
<li>The spotted dick is made with vegetable suet, so it&#8217;s fine for vegetarians.</li>
<li>Cock-a-leekie is chicken and leek soup &#8211; the blended version goes out in the blue jugs.</li>
</ul>
<p class="MsoNormal">Any allergies or changes to plans, please let me know by Friday lunchtime.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Paul<br>
Catering Manager &#8211; Example School, Park Row, Leeds LS1 4AP &#8211; 01632 960000<o:p></o:p></p>
</div>
</body>
</html>
"""
add("clean", "lunch_menu_faggots", "HTML-only menu: faggots, spotted dick, cock-a-leekie (foods)",
    S["kitchen"], [S["allstaff"]], "Menu w/c 20 January - Great British week", "2025-01-17 11:02:09",
    textpart(_h, "html", "quoted-printable"), cc=[S["office"]])

# --- H11 Forest school birdwatch --------------------------------------------------
_t = """Hi Jane,

Just wanted to share a lovely session from this morning. Willow Class did the Big Schools' Birdwatch in the Forest School area and Alfie was brilliant - he sat on the log circle for nearly 20 minutes, which is a first.

We counted:
- 7 blue tits
- 3 great tits
- 1 coal tit
- 4 long-tailed tits (they always come in a little gang)
- a pair of bullfinches
- a wren
- 5 woodpigeons
- and a cock pheasant strutting along the fence by the field!

Alfie did the tallies by pressing his switch every time Kelly held up the picture card, and he was fascinated by the great spotted woodpecker drumming on the dead oak - he kept doing the "again" sign.

I've attached a couple of photos of him at the bird feeders. We made fat-ball feeders afterwards, so one should be coming home in his bag tonight - hang it somewhere you can see from a window.

Best wishes,
Gemma

Gemma Thwaite
Forest School Leader
Example School, Park Row, Leeds LS1 4AP · 01632 960000"""
add("clean", "forest_school_birdwatch", "birdwatch: great tits, blue tits, cock pheasant (birds)",
    S["gthwaite"], [JANE], "Forest School – our birdwatch this morning", "2025-01-31 14:22:51",
    mixed("forest_school_birdwatch", "gmail",
          alt("forest_school_birdwatch", "gmail", _t, html_gmail(_t)),
          attachment("IMG_4471.png", "image/png", tiny_png(24, 16, "birds1")),
          attachment("IMG_4474.png", "image/png", tiny_png(24, 16, "birds2"))),
    client="gmail")

# --- H12 RSE letter to a parent --------------------------------------------------
_t = """Dear Ali,

This half-term, Post-16 will be starting the next part of our Relationships and Sex Education (RSE) programme, and I wanted to let families know what we'll be covering and how we teach it.

All of our RSE is adapted to each young person's understanding and uses symbols, photos, objects and lots of repetition. For Kestrel Class it is mostly about dignity, personal care and being able to say yes or no.

Topics this half-term:
- My body: using the correct names for private parts - penis, testicles, vulva, vagina and breasts - so that young people can tell someone if they are hurt or if something is wrong.
- Public and private: which places are private (bedroom, bathroom) and which are public. This includes teaching that touching your own genitals or masturbating is something that happens in private, not in class, on the bus or in the living room.
- Growing up: periods and using pads, shaving, washing and deodorant.
- Consent and personal care: who is allowed to help with intimate care, asking before touching, and using "stop" or "no" (by voice, sign, symbol or gesture).
- Relationships: family, friends, staff, strangers, and keeping safe online.

We use anatomically correct drawings and dolls, which you are welcome to look at. There is a workshop for parents and carers on Wednesday 5 March at 2pm in the Hub, where we'll share the resources and talk about how to use the same words at home.

You have the right to withdraw your child from the sex education part of RSE (but not from relationships or health education). If you would like to talk about this, please contact me.

Kind regards,

""" + sig("Ruth Ellery", "Deputy Headteacher (RSE Lead)", 2)
add("clean", "rse_letter_parents", "RSE letter naming body parts and masturbation-in-private teaching",
    S["rellery"], [ALI], "Relationships and Sex Education – Post-16 this half-term",
    "2025-02-24 09:15:00",
    mixed("rse_letter_parents", "outlook",
          alt("rse_letter_parents", "outlook", _t, html_outlook(_t), pcte="quoted-printable", hcte="base64"),
          attachment("RSE_Post16_overview_Spring2.pdf", "application/pdf",
                     tiny_pdf(["Post-16 RSE overview - Spring 2",
                               "My body / Public and private / Growing up / Consent / Relationships",
                               "Parent and carer workshop: Wednesday 5 March, 2pm, the Hub"]))),
    cc=[S["mfirth"]], subj_enc="b")

# --- H13 intimate care plan (staff) --------------------------------------------------
_t = """Hi Rachel and Kelly,

Alfie's intimate care plan has been updated after the review with Jane last week - the new version is on the shared drive (Pupils > Willow > Alfie > Health) and I've put a printed copy in the hygiene room folder. Main changes:

1. Two adults for every change, as before, but please use the changing bed in the Willow hygiene room rather than the mat - his hip is still sore.
2. At each change check the skin around his bottom, genitals and groin for redness. If red, apply a thin layer of Cavilon barrier cream (in his named box). If the skin is broken, tell me and let Jane know the same day.
3. Bowels: please record every dirty pad on the bowel chart using the Bristol Stool Chart number. He's been constipated (types 1-2) and is now on one sachet of Movicol at home. If there's no bowel movement at school or at home for 3 days, tell me.
4. Toilet sitting after lunch: up to 2 minutes, with his "toilet" symbol and the sand timer. No pressure - we're just building the routine.
5. He has started pulling at his pad during changes. Give him his chewy tube to hold and keep talking him through each step with the same words.

Any questions, I'm in on Tuesdays and Thursdays or bleep me via the office.

Jo

Jo Whitaker RGN
School Nurse
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "intimate_care_plan", "nurse's intimate-care plan: genitals, bottom, bowel chart (staff)",
    S["nurse"], [S["rhughes"], S["kashworth"]], "Alfie – updated intimate care plan and bowel chart",
    "2024-09-17 12:40:22", alt("intimate_care_plan", "outlook", _t, html_outlook(_t)))

# --- H14 medication plan to carer ---------------------------------------------------
_t = """Dear Sam,

Thank you for bringing in the letter from the epilepsy nurse. I've updated Maisie's seizure care plan and a copy is attached for you to check and sign.

The main changes are:
- Buccal midazolam: the dose is now 5 mg (Buccolam 5 mg pre-filled syringe, the yellow label). Give it if a tonic-clonic seizure lasts more than 5 minutes, or if she has three seizures in an hour. We'll then call 999 as before.
- Rectal diazepam is no longer part of her plan, so I've sent the two tubes we were holding home in her bag today in a sealed envelope. Please take them to your pharmacy to be disposed of.
- The consultant's note about a glycerin suppository for constipation is for home only - we won't give this in school, but I've noted it so staff know it may have been given in the morning.

All of Acorn staff and Maisie's escort, Shabnam, have been trained on the new midazolam dose.

Could you sign the plan and send it back in her bag this week? If anything doesn't look right please give me a ring.

Kind regards,

Jo Whitaker
School Nurse
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "seizure_medication_plan", "nurse to carer: buccal midazolam, rectal diazepam, suppository",
    S["nurse"], [SAM], "Maisie – updated seizure care plan", "2024-09-09 13:20:31",
    mixed("seizure_medication_plan", "outlook",
          alt("seizure_medication_plan", "outlook", _t, html_outlook(_t)),
          attachment("Maisie_seizure_care_plan_Sept2024.pdf", "application/pdf",
                     tiny_pdf(["Individual Healthcare Plan - Epilepsy", "Pupil: Maisie C  Class: Acorn",
                               "Emergency medication: Buccolam 5 mg (buccal midazolam)",
                               "Review date: September 2025"]))))

# --- H15 behaviour policy: how we record language (staff) ----------------------
_t = """Dear all,

Ahead of Tuesday's staff meeting, here is the draft section on language for the behaviour policy review. Comments welcome in the Teams file or in person.

1. Write down exactly what was said.
"Swore at staff" doesn't tell us anything. If a pupil said "fuck off", write "fuck off". If he said "you're a shit teacher", write that. It feels uncomfortable, but it matters for safeguarding, particularly when the words are sexual or sound like something heard at home.

2. Say what kind of language it is.
For our pupils, swearing usually falls into one of these:
- echolalia (a phrase repeated from TV, YouTube or home, often with no intended meaning);
- tics (Ryan, and one pupil in Primary);
- communicating distress ("shit!" when something goes wrong);
- language aimed at someone to hurt or provoke.
Only the last one is logged as a behaviour incident. The others go on the ABC sheet so the therapists can see patterns.

3. Prejudice-related language.
Homophobic, racist or disablist words ("gay" as an insult, "retard", racist names) are recorded on CPOMS as prejudice-related incidents whatever the pupil's level of understanding, so that we can spot patterns and teach, not to punish.

4. Our own responses.
Please don't repeat the word back as a question ("Did you just say...?"). Use the script: name the feeling, offer the replacement, move on.

Thanks,
Maureen

Maureen Okafor
Deputy Head (Pastoral) and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "behaviour_policy_language", "DSL's draft policy on recording pupils' swearing, quotes words (staff)",
    S["dsl"], [S["allstaff"]], "Behaviour policy review – recording pupils' language (please read before Tuesday)",
    "2024-11-28 16:30:12", alt("behaviour_policy_language", "outlook", _t, html_outlook(_t)))

# --- H16 Romeo and Juliet homework to pupils ------------------------------------
_t = """Hi both,

For Thursday please reread Act 2 Scene 4 (pages 62-67 in your copy, or listen to the audio version on Teams). This is the scene where Mercutio teases the Nurse.

Find and copy out these two lines:
1. "the bawdy hand of the dial is now upon the prick of noon"
2. "A sail, a sail!"

For each one, write one or two sentences: what is Mercutio doing, and how does the Nurse react? Remember what we said in class - "bawdy" means rude jokes, and Shakespeare's audience would have found this scene really funny. You don't need to explain every pun, just say what the joke is about and why the Nurse is cross.

Extension: look back at Act 1 Scene 1, "Do you bite your thumb at us, sir?" How does Shakespeare use insults to start trouble in the play?

If you get stuck, use the word mat in your folder.

Ms Kowalczyk"""
add("clean", "romeo_juliet_homework", "GCSE set text quoted to pupils ('prick of noon', bawdy)",
    S["hkowalczyk"], [P["kyle"], P["mandeep"]], "Romeo and Juliet - homework for Thursday",
    "2024-10-08 15:40:26", textpart(_t, cte="7bit"), client="outlook")

# --- H17 Dickens sensory story -----------------------------------------------------
_t = """Hi Lorraine,

I'm doing a sensory version of A Christmas Carol with the Pathway 2 classes in December and wondered if the Wednesday art group could help with props?

What I'm after:
- a Dickensian street backdrop (cobbles, snow, gas lamps) for the hall stage
- chains for Marley's ghost - I've got the rattly ones from the music room, but they'd look better sprayed grey
- a top hat and nightcap for Scrooge
- something glittery for the Ghost of Christmas Past

I'm putting "Bah! Humbug!" on a Big Mack switch so the non-verbal pupils can join in, and Dan is doing fiddle music for Mr Fezziwig's party. Tiny Tim's "God bless us, every one" will be the last line, signed with Makaton.

Dickens wrote it in six weeks, so I reckon we can manage a backdrop in three!

Hannah"""
add("clean", "dickens_sensory_story", "A Christmas Carol props: Dickens, Dickensian (surname/literature)",
    S["hkowalczyk"], [S["lbeck"]], "Christmas Carol sensory story - props?", "2024-11-21 12:51:40",
    alt("dickens_sensory_story", "gmail", _t, html_gmail(_t)), client="gmail")

# --- H18 Pissarro art week --------------------------------------------------------
_t = """Dear Jane,

This week in art, Willow Class have been looking at the Impressionists. We started with Camille Pissarro's paintings of Paris boulevards at night and in the rain, then Monet's water lilies, and talked (and signed) about colours, lights and reflections.

Alfie loved dabbing paint with the sponge dabbers to make his own "Pissarro street at night" - lots of yellow dots for the street lights on a dark blue background. He chose the colours himself from two choices each time, which is a real step forward. I've attached a photo of his finished painting.

All the Willow paintings will be in our Impressionist exhibition in the Hub on Friday 21 March at 2.30pm. Families are very welcome and there'll be tea and biscuits.

Best wishes,

Lorraine Beck
Art Teacher
Example School, Park Row, Leeds LS1 4AP · 01632 960000"""
add("clean", "pissarro_art_week", "art week on Camille Pissarro (artist's name)",
    S["lbeck"], [JANE], "Art week in Willow – Pissarro and the Impressionists", "2025-03-07 15:10:04",
    mixed("pissarro_art_week", "outlook",
          alt("pissarro_art_week", "outlook", _t, html_outlook(_t)),
          attachment("Alfie_Pissarro_street.png", "image/png", tiny_png(32, 20, "pissarro"))))

# --- H19 Dick Whittington relaxed panto ----------------------------------------------
_t = """Dear Sam,

We're delighted to say that Acorn and Willow Classes have been offered tickets for a relaxed performance of Dick Whittington at the Aire Playhouse on Wednesday 11 December (10.30am, back in school for a late lunch).

Relaxed performances are made for audiences like ours: the house lights stay on low, there are no sudden bangs or flashes, people can move around, make noise and come and go, and there's a chill-out room with beanbags. Dick, his cat Tommy and King Rat will come out to meet the children in costume before the show, so nobody gets a fright.

Maisie will travel on the school minibus with her class team and her medication. The cost is £5, which the PTA is subsidising; please pay through the usual app by 29 November. If you'd rather she didn't go, she'll stay in school with a familiar adult.

We'll send the theatre's visual story home next week so you can look at the photos of the building with her.

Kind regards,

Linda Crabtree
Office Manager, Example School
Park Row, Leeds LS1 4AP · 01632 960000"""
add("clean", "dick_whittington_panto", "relaxed pantomime 'Dick Whittington' letter to carer",
    S["office"], [SAM], "Relaxed pantomime – Dick Whittington, Wednesday 11 December",
    "2024-11-18 10:05:37", alt("dick_whittington_panto", "outlook", _t, html_outlook(_t)),
    cc=[S["anibhriain"]])

# --- H20 governors: Cockburn, Hancock, Sussex --------------------------------------
_t = """Dear governors,

The papers for Tuesday's Full Governing Body meeting (4 February, 5.30pm, in the Hub or on Teams) are now on GovernorHub.

Agenda
1. Welcome and apologies - Mr Hancock has sent apologies as he'll be at a conference in Sussex; he has sent written questions on item 5.
2. Declarations of interest
3. Minutes of 3 December and matters arising
4. Chair's report (Mrs Cockburn)
5. Finance: budget monitoring, and the quote from Eastbourne Lifting Services (Sussex) for the replacement hydrotherapy pool hoist
6. Safeguarding report (Mrs Okafor)
7. Headteacher's report, including transport and the post-16 residential
8. Policies for approval: Behaviour (language section), Intimate Care, Medicines
9. AOB

Mrs Cockburn has asked that questions on the headteacher's report are sent to me by Monday noon so Mr Sutcliffe can prepare answers.

Kind regards,

Helen Moorhouse
Clerk to the Governing Body
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "governors_cockburn_hancock", "FGB agenda: Mrs Cockburn, Mr Hancock, Sussex (surnames/place)",
    S["clerk"], [S["gov_cockburn"], S["gov_hancock"]], "Full Governing Body – Tuesday 4 February, papers",
    "2025-01-28 17:12:48", alt("governors_cockburn_hancock", "outlook", _t, html_outlook(_t)),
    cc=[S["asutcliffe"]])

# --- H21 Disability History Month: the words we no longer use ------------------
_t = """Dear all,

For Friday's 10-minute briefing, and for anyone doing the Post-16 tutor-time session on UK Disability History Month, here's the short piece of history we'll be using.

Scope, the charity many of our families get support from, was founded in 1952 as The National Spastics Society. It changed its name to Scope in 1994, partly because "spastic" had become one of the commonest playground insults of the 1970s and 80s. In the same way, Down syndrome was routinely called "mongolism" in medical books until the 1960s, and "mental handicap" was official NHS language until the early 1990s.

The point for our young people is that words change, and that the people the words are about should have a say. Several of our Post-16 students have told us they have heard "spaz" or "retard" shouted at them in town, so this matters to them.

If you hear any of these words in school or on trips - from pupils, visitors or adults - please challenge it calmly and log it as a prejudice-related incident.

The slides are in the Staff > CPD channel on Teams.

Ruth

""" + sig("Ruth Ellery", "Deputy Headteacher", 2)
add("clean", "disability_history_words", "CPD on disability history; mentions slurs as words to challenge, staff only [unsure]",
    S["rellery"], [S["allstaff"]], "UK Disability History Month – Friday briefing", "2024-11-25 16:44:19",
    alt("disability_history_words", "outlook", _t, html_outlook(_t)))

# --- H22 old diagnostic wording ----------------------------------------------------
_t = """Jo, Megan,

While updating Section C of Idris's EHCP I've gone back through his medical file. The 2010 letter from the child development centre gives his diagnoses as "spastic quadriplegic cerebral palsy", "severe mental retardation (ICD-10 F72)" and "epilepsy", and the LA has copied the second phrase straight into the old plan, where it's stayed ever since.

Jo - could you confirm the current diagnosis wording from Dr Wankhede's latest letter? I believe "bilateral spastic cerebral palsy (GMFCS level V)" is still the correct clinical term, but for the learning need I'd like Section C to say "profound and multiple learning disabilities", which is how Ali describes Idris and how we describe him in school.

Megan - can you check his one-page profile uses the same wording?

Thanks both,
Fatima

""" + sig("Fatima Begum", "Assistant Headteacher - SENCO", 0)
add("clean", "old_diagnosis_wording", "SENCO quotes outdated ICD-10 wording from an old letter (staff)",
    S["fbegum"], [S["nurse"], S["mfirth"]], "Idris G – diagnosis wording for the EHCP", "2025-03-05 09:27:55",
    textpart(_t, cte="quoted-printable"), client="outlook")

# --- H23 SALT: 'truck' sounds like a swear word (staff) ---------------------------
_t = """Hi Leanne and Steve,

A quick one after Kian's session today. You'll have noticed that when he asks for the fire truck (his favourite at the moment) the word comes out sounding like "fuck". That's a speech sound pattern, not swearing: he's simplifying the /tr/ cluster and replacing it with /f/, which is really common at his stage of speech development.

Please:
- don't react or correct him;
- respond to what he means: "Fire truck! Here's the fire truck";
- model the word clearly and slowly, with the truck symbol.

Helen wrote on the transport sheet yesterday that he'd "sworn" in the taxi - Steve, could you have a word with her at pick-up and explain? I don't want him getting a reaction every time he asks for his toy.

I'll add it to his communication passport.

Siân"""
add("clean", "salt_truck_sound", "SALT explains 'truck' sounds like a swear word (speech pattern), staff only [unsure]",
    S["spryce"], [S["lshaw"], S["sdyson"]], "Kian – \"truck\" (please share with Helen on the taxi)",
    "2025-02-04 15:30:42", textpart(_t, cte="8bit"), client="gmail")

# --- H24 farm visit home-school diary ------------------------------------------------
_t = """Hi Ali,

Idris's diary for today - we went to Low Ings Farm!

Journey: fine on the minibus, dozed for the last 10 minutes.
Farm: he lay on a hay bale in the barn for a good while and loved the smell. The cockerel crowed right next to him - he jumped, then laughed and laughed, so we got the farmer to do a very loud "cock-a-doodle-doo" for him about six more times. He stroked the donkey (Bramble) with hand-under-hand support and had a warm hen's egg placed in his palm, which he held for ages. Photos on Evidence for Learning.

Feeds: 10.00 Nutrison 250 ml via pump at 125 ml/hr, 50 ml water flush. 12.30 as above. 14.30 water flush 100 ml.
Pad changes: 10.15 (wet), 13.00 (wet and dirty - normal).
Meds: 12.00 as per MAR sheet.
Sleep: 11.20 - 11.45 in his chair.
Seizures: none seen.
Positioning: out of chair for 30 mins on the hay bale, 20 mins in standing frame after lunch.

Mood: smiley, vocal, a really good day.

Megan

Megan Firth
Class Teacher, Kestrel Class (Post-16)
Example School · 01632 960000"""
add("clean", "farm_visit_diary", "home-school diary: cockerel, cock-a-doodle-doo, donkey (animals)",
    S["mfirth"], [ALI], "Idris – diary, Tuesday 8 October", "2024-10-08 15:25:12",
    textpart(_t, cte="8bit"), client="outlook")

# --- H25 International week: words in other languages ------------------------------
_t = """Bonjour à tous !

The phrase sheets for International Week are in your pigeonholes and on Teams. Each class has greetings, please, thank you and a song in its chosen language, with symbols and Makaton.

A heads-up about a few words which might get a giggle from our readers (and from staff):
- Swedish: "slut" means "end" - you'll see it on the last page of the Pippi Longstocking book Oak are using.
- German: "Gute Fahrt!" means "have a good journey" and "Ausfahrt" means exit - they're on the transport display by reception. "Gift" means poison, which comes up in the fairy tale sessions.
- Dutch: "kunst" means art - Lorraine's Dutch-themed art table has it on the sign.
- French: "phoque" is a seal - it's in the animal song for Acorn.
- Welsh: "cwtch" is a cuddle - Siân's favourite word.

If pupils find them funny, that's fine: just explain it means something different in another language and move on.

The international lunch is on Friday - thank you to the families who have sent in recipes.

Merci !
Mireille

Mireille Duval
International Coordinator / MFL
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "international_week_words", "foreign words: slut (Swedish), Fahrt, Gift, kunst, phoque",
    S["mduval"], [S["allstaff"]], "International Week – phrase sheets (and a heads-up on a few words)",
    "2025-03-10 08:05:33", alt("international_week_words", "outlook", _t, html_outlook(_t)))

# --- H26 Friday bulletin: Shitterton sign ----------------------------------------
_t = """Happy Friday everyone! Here's this week's bulletin.

Birthdays
Happy birthday to Kelly (Monday) and Neil (Thursday). There is cake in the staffroom, courtesy of Neil's wife, so thank her, not him.

Welcome
A warm welcome to Bernie Fenton, who joins us as an HLTA covering Oak and Willow. Please say hello.

Holiday news
Bev is back from a week walking the Dorset coast. If you haven't seen it yet, her photo of herself next to the Shitterton village sign (the one the villagers set into a block of stone because it kept being pinched) is on the staffroom noticeboard. She also brought back fudge.

Car park
Please don't park in the taxi bays between 8.00 and 9.15 or 3.15 and 4.00. The taxis have been queuing onto Park Row and the police have been round.

Team Teach
Refresher dates are on the sign-up sheet by the pigeonholes. If your certificate runs out before July, you must book one.

Lost
A green "World's Best Auntie" mug has gone missing from the staffroom. No questions asked.

Have a lovely weekend,
Linda

Linda Crabtree | Office Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "bulletin_shitterton_sign", "staff bulletin: Shitterton (Dorset village) sign photo",
    S["lcrabtree"], [S["allstaff"]], "Friday bulletin – 4 October", "2024-10-04 12:30:00",
    alt("bulletin_shitterton_sign", "outlook", _t, html_outlook(_t), hcte="base64"))

# --- H27 Clitheroe Castle trip -------------------------------------------------------
_t = """Dear Ali,

Kestrel Class are going on a trip to Clitheroe Castle and Museum on Wednesday 26 March, as part of our "Castles" sensory topic, and we'd love Idris to come along.

We'll travel on the big minibus with the tail lift, leaving at 9.30am and back for 3pm. The museum has a lift to all floors and an accessible toilet, and we'll take the portable changing bed and hoist sling with us. There's a sensory trail in the castle grounds and the museum staff have set aside the learning room for us at lunchtime, so Idris's 12.30 feed can go on as usual.

Idris will be with Megan or Jo at all times, and his emergency medication and feed pump come with him. There is no charge for this trip.

If you're happy for him to go, please sign the consent slip in his bag, or just reply to this email.

Best wishes,

Megan Firth
Class Teacher, Kestrel Class (Post-16)
Example School, Park Row, Leeds LS1 4AP · 01632 960000"""
add("clean", "clitheroe_castle_trip", "trip letter: Clitheroe Castle (place name)",
    S["mfirth"], [ALI], "Kestrel Class trip – Clitheroe Castle, Wednesday 26 March", "2025-03-10 15:48:27",
    alt("clitheroe_castle_trip", "outlook", _t, html_outlook(_t)))

# --- H28 Panathlon kit: shuttlecocks, balls ------------------------------------------
_t = """Hi Jane,

Great news - Alfie has been picked for our Primary Panathlon team on Friday 14 March at Aire Valley Leisure Centre!

It's a multi-sport competition for disabled young people from special schools across Leeds. Each school rotates round the events: boccia, table cricket, polybat, New Age Kurling and a target game where the children throw big soft balls and giant shuttlecocks into hoops. Alfie has been practising with the shuttlecocks in PE and is surprisingly accurate!

What he needs:
- school PE top and joggers (no jeans please)
- trainers with velcro
- his water bottle
- ear defenders - the sports hall gets very loud

We'll leave at 9.15 on the school minibus and be back by 2.30. Lunch is provided. Alfie will have the same adults as in class, and his visual schedule for the day will come home on Wednesday so you can go through it with him.

Any questions, just let me know.

Callum Reid
PE & Hydrotherapy Lead
Example School | Park Row | Leeds | LS1 4AP | 01632 960000"""
add("clean", "panathlon_kit", "sports letter: shuttlecocks, balls, boccia (sports kit)",
    S["creid"], [JANE], "Panathlon – Friday 14 March", "2025-03-03 12:15:50",
    alt("panathlon_kit", "gmail", _t, html_gmail(_t)), client="gmail")

# --- H29 reply to dad, his swearing only in the quoted text -------------------------
_t = """Morning Ali,

No need to apologise at all - thank you for letting us know, it really helps.

We'll keep today gentle for him. He can have a rest out of his chair on the mat in the sensory room mid-morning, and Jo will check him over when she's in at 9.30. We'll keep a close eye for any absences and record anything we see on his seizure chart, with times. Feeds as normal unless he's sick or very sleepy, in which case Jo will ring you before we change anything.

If he seems unwell, we'll call you straight away.

I hope you get some rest today.

Megan"""
_q = """Morning, sorry, we had an absolute shit night. Idris was up from 2am crying and I think he had two absences around 4. Gave his early feed late. He'll probably be wiped out today.
Ali"""
_qi = "On Thu, 16 Jan 2025 at 07:02, Ali Guardian <ali.guardian@btinternet.com> wrote:"
_plain = _t + "\n\n" + _qi + "\n" + "\n".join("> " + l for l in _q.split("\n"))
add("clean", "reply_dad_quoted_shit", "reply to dad; 'shit night' only in his quoted text",
    S["mfirth"], [ALI], "Re: Idris tonight/this morning", "2025-01-16 07:41:06",
    alt("reply_dad_quoted_shit", "gmail", _plain, html_gmail(_t, _q, _qi)), client="gmail",
    in_reply_to="<000f01db67ec$5a2b1c70$0e815550$@btinternet.com>")

# --- H30 science: Uranus, Titan -------------------------------------------------------
_t = """Hi Kyle and Lucy,

Your homework this week is to finish your planet fact file (it's on Teams under Science > Space).

For each planet you need:
- its position from the Sun
- whether it's rocky or a gas giant
- one amazing fact

Two things to look up:
1. Which planet has a moon called Titan?
2. How long is one year on Uranus? (Hint: it's a lot longer than one of ours.)

And yes, I know everyone laughs at Uranus. Astronomers usually say it "YOOR-uh-nus". It's named after the Greek god of the sky, and it spins on its side, which nobody fully understands yet.

Extension: why is Pluto called a dwarf planet now?

Due Wednesday. Use the word bank in your book if you need it.

Mr Pritchard"""
add("clean", "science_planets_homework", "science homework: Uranus, Titan",
    S["opritchard"], [P["kyle"], P["lucy"]], "Entry Level Science - planets homework",
    "2025-01-22 14:52:17", textpart(_t, cte="7bit"), client="outlook")


# ==========================================================================
# EVERYDAY clean messages (30)
# ==========================================================================

# --- E01 home-school diary -------------------------------------------------------
_t = """Hi Jane,

Here's today's diary for Alfie.

Arrival: happy, came off the taxi holding Carol's hand and went straight to his peg.
Breakfast club: two slices of toast and most of his milk.
Morning: sensory circuit, then our "Colours" attention autism session - he waited for his turn with the bucket for the first time!
Lunch: pasta and sweetcorn, ate about half. Drank well.
Toileting: pad changes at 10.40 and 1.15, both wet, dirty at 1.15 (normal for him). We sat him on the toilet after lunch as per his plan - nothing yet, but he sat for a full minute.
Afternoon: short walk to the park with Kelly, then music with Dan.
Mood: mostly settled. A little upset at 2.30 when the fire alarm was tested, but he used his ear defenders.

Could you pop a couple more pairs of joggers in his bag when you get a chance? We're down to one spare set.

Thanks,
Rachel

Rachel Hughes
Class Teacher, Willow Class
Example School | 01632 960000"""
add("clean", "diary_alfie_monday", "daily home-school diary to parent",
    S["rhughes"], [JANE], "Alfie's diary - Monday 9th", "2024-09-09 15:34:20",
    textpart(_t, cte="7bit"), client="outlook")

# --- E02 escort change -------------------------------------------------------------
_t = """Dear Sam,

I'm writing to let you know that from Monday 23 September Maisie will have a new passenger assistant on Route 5. Denise, who has been with Maisie since she started in Acorn, is moving to a route closer to her home. The new passenger assistant is Shabnam, who has completed the council's epilepsy awareness and buccal midazolam training and has worked on our routes for the last three years.

The driver (Pete) and the pick-up time (8.15am) are not changing.

Denise will do Friday's journeys with Shabnam so they can hand over, and Maisie's emergency medication bag and care plan will travel with her as usual. If there is anything you'd like Shabnam to know about Maisie's journey - favourite songs, things that help her settle - please let me know and I'll pass it on, or pop a note in her diary.

If you have any questions please ring me on 01632 960000 (option 2).

Kind regards,

""" + sig("Tom Brennan", "Transport & Admissions Officer", 0)
add("clean", "escort_change_route5", "transport: change of passenger assistant",
    S["transport"], [SAM], "Maisie – change of escort from Monday 23 September", "2024-09-19 11:02:45",
    alt("escort_change_route5", "outlook", _t, html_outlook(_t)))

# --- E03 attendance follow-up ---------------------------------------------------------
_t = """Dear Mr Guardian,

I hope Idris is feeling better. Our records show he was absent on Monday 30 September and Tuesday 1 October and we haven't received a reason yet. Could you let me know whether this was illness or a medical appointment? If it was a hospital appointment, a copy of the letter or a photo of the appointment card is fine.

I know mornings are hard work at the moment, so please don't worry about ringing - a quick reply to this email is all I need.

Many thanks,

Bev Holroyd
Attendance Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "attendance_absence_query", "attendance officer asks reason for absence",
    S["attendance"], [ALI], "Idris - absence Monday and Tuesday", "2024-10-02 09:48:03",
    textpart(_t, cte="7bit"), client="plain")

# --- E04 newsletter -------------------------------------------------------------------
_t = """Dear Parents and Carers,

Welcome to our October newsletter. It has been a busy and happy start to the year, and our new Acorn Class children have settled in beautifully.

Parents' coffee morning
Wednesday 16 October, 9.15am in the Hub. Zoë Marsden (Family Support) will be there, along with a speaker from Leeds Carers' Network, who can tell you about carer's assessments, short breaks and the support available to you as a carer. Bring a friend - it's informal and there will be biscuits.

Diwali
On Thursday 31 October we'll celebrate Diwali with a sensory light show in the hall, rangoli patterns in the art room and Indian sweets at lunch (texture-modified versions available).

Flu vaccinations
The immunisation team will be in school on Tuesday 15 October. If you haven't returned your child's consent form, please do so this week.

Transport
If your child won't be travelling, please ring the office by 7.45am so we can let the taxi firm know.

Dates for your diary
- Half term: Monday 28 October to Friday 1 November
- INSET day (school closed to pupils): Monday 4 November
- Winter Fair: Saturday 7 December, 10am-1pm

Thank you, as always, for your support.

Andrew Sutcliffe
Headteacher

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk"""
add("clean", "newsletter_october", "school newsletter to parent (HTML + text)",
    S["office"], [JANE], "Example School Newsletter – October 2024", "2024-10-11 14:30:00",
    alt("newsletter_october", "outlook", _t, html_outlook(_t)))

# --- E05 SALT core board with PDF ------------------------------------------------
_t = """Hi Jane,

Lovely to see you at the coffee morning. As promised, I've attached Alfie's new core vocabulary board (A4, so you can laminate it or put it in a plastic wallet on the fridge).

We've moved him on from single PECS cards to the board because he's been combining two symbols at school - "more" + "bubbles", "go" + "outside". The idea is that everyone points to the symbols as they talk to him (aided language modelling). You don't need him to point back, just keep showing him.

A few tips:
- Model, don't test. So instead of "show me more", say "more? more crisps" and point to "more" and "crisps".
- Keep it where the action is - kitchen, bath time, the car.
- If he points to something unexpected, treat it as meaningful and respond ("go? you want to go!").

I'll review it with Rachel at half-term. Any questions just drop me a line.

Best wishes,
Siân

Siân Pryce
Highly Specialist Speech and Language Therapist
Example School, Park Row, Leeds LS1 4AP | 01632 960000
Working days: Mon, Tue, Thu"""
add("clean", "salt_core_board", "SALT sends parent a core vocabulary board (PDF)",
    S["spryce"], [JANE], "Alfie's communication – new core board", "2024-10-17 16:08:14",
    mixed("salt_core_board", "gmail",
          alt("salt_core_board", "gmail", _t, html_gmail(_t)),
          attachment("Alfie_core_board_Oct24.pdf", "application/pdf",
                     tiny_pdf(["CORE BOARD - Alfie", "I  you  want  more  stop  go  help",
                               "eat  drink  play  look  open  finished  yes  no"]))),
    client="gmail")

# --- E06 wheelchair seating review -------------------------------------------------
_t = """Dear colleagues,

I'd like to request an early review of Idris's wheelchair and seating system. Idris is 17 and attends our Post-16 class for young people with profound and multiple learning disabilities.

Since a growth spurt over the summer his pelvis slides forward in the chair despite the pelvic strap, and staff are having to reposition him every 20-30 minutes. His head also drops forward in the headrest when he's tired, which affects his feeding position (he is gastrostomy fed via a pump) and his access to his eye-gaze device.

Measurements taken in school on 21/10:
- seat depth: approx. 2-3 cm more needed
- hip width: 36 cm
- knee to heel: 41 cm (left), 40 cm (right)

His dad, Mr Ali Guardian, is aware of this referral and is happy for me to attend the clinic appointment with him. We're also happy to host the review in school if that's easier - we have a quiet therapy room with a plinth and ceiling hoist.

Kind regards,

Priya Chaudhry
Occupational Therapist
Example School, Park Row, Leeds LS1 4AP | 01632 960000 ext 231"""
add("clean", "wheelchair_seating_referral", "OT referral to wheelchair service (external NHS)",
    S["pchaudhry"], [("Wheelchair Service", "wheelchair.service@nhstrust.example.org")],
    "Seating review request – Idris G", "2024-10-22 11:36:58",
    alt("wheelchair_seating_referral", "outlook", _t, html_outlook(_t)), cc=[S["mfirth"]])

# --- E07 flu consent ---------------------------------------------------------------
_t = """Dear Sam,

The school immunisation team will be in school on Tuesday 15 October to give the nasal flu vaccine, and we haven't yet received a consent form for Maisie.

You can fill in the form online at https://immunisations.example.org/leeds-flu using our school code LS1004, or I can send a paper copy home in her bag.

Maisie's epilepsy doesn't stop her having the vaccine, but please mention it on the form. The nasal spray contains a small amount of pork gelatine; if that's a concern for your family, the team can offer an injection instead - there's a box to tick.

I'll be with her when the team visit, and she can have it in the Acorn quiet room rather than the hall.

Kind regards,

Jo Whitaker
School Nurse
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "flu_consent_reminder", "nurse reminder about flu vaccine consent",
    S["nurse"], [SAM], "Flu vaccine – consent form for Maisie", "2024-09-30 10:14:26",
    textpart(_t, cte="quoted-printable"), client="outlook")

# --- E08 forwarded placement confirmation to pupil --------------------------------
_t = """Hi Ryan,

Good news - see below! Meadowbank have said yes to Tuesdays from 19 November. I'll come with you for the first three weeks and then we'll see how it's going.

Things to remember:
- Steel toe boots (there's a pair in your size in the Post-16 cupboard)
- Your lanyard and the visual schedule we made
- A packed lunch - there's no canteen

Mr Lumb

---------- Forwarded message ---------
From: Carol Ingham <carol.ingham@meadowbank.example.com>
Date: Wed, 6 Nov 2024 at 16:12
Subject: Work placement confirmation - Meadowbank Garden Centre
To: Gareth Lumb <g.lumb@example-school.org.uk>

Hi Gareth,

Thanks for bringing Ryan over for the visit. The team really liked him and we'd be happy to have him on Tuesdays from 19th November, 10am until 2pm, working with Phil in the plant area (potting on, watering and labelling). He'll need sturdy footwear. Our risk assessment is attached to my earlier email for your records.

Best,
Carol Ingham
Customer Services Manager, Meadowbank Garden Centre
0113 496 0452"""
add("clean", "fwd_work_placement", "teacher forwards work placement confirmation to pupil",
    S["glumb"], [P["ryan"]], "Fwd: Work placement confirmation - Meadowbank Garden Centre",
    "2024-11-07 08:26:39", alt("fwd_work_placement", "gmail", _t, html_gmail(_t)), client="gmail")

# --- E09 maths homework ----------------------------------------------------------
_t = """Hi Mandeep,

Your money homework is on Teams now (Assignments > Maths). It's the shopping one we started in class: you have £10 to spend at the café and you need to choose a drink, a sandwich and a snack, add them up and work out your change.

You can use the coins from your maths box or the calculator - both are fine. If it's easier, take a photo of your working instead of typing it.

It's due next Tuesday. Well done today, your rounding was really good.

Miss Rahman"""
add("clean", "maths_money_homework", "maths homework to pupil",
    S["srahman"], [P["mandeep"]], "Money homework", "2024-11-12 15:20:08",
    textpart(_t, cte="8bit"), client="outlook")

# --- E10 Team Teach dates -------------------------------------------------------------
_t = """Dear all,

Here are this year's Team Teach refresher dates. If your certificate expires before July 2025, please sign up for one session on the sheet in the staffroom by Friday 20 September.

- Monday 21 October, 3.45-6.45pm (Hub)
- Wednesday 6 November, 3.45-6.45pm (Hub)
- Tuesday 14 January, 3.45-6.45pm (Sports Hall)
- INSET day, Monday 24 February, 9am-12pm (Sports Hall)

Please wear comfortable clothes and trainers, and remove jewellery. Sessions count as directed time for teaching staff; support staff will be paid overtime for twilight sessions.

New staff who haven't done the full two-day course will be booked onto it by the office - you don't need to do anything.

Thanks,
Ruth

""" + sig("Ruth Ellery", "Deputy Headteacher", 2)
add("clean", "team_teach_dates", "deputy head: training dates to all staff",
    S["rellery"], [S["allstaff"]], "Team Teach refresher training - dates for this year",
    "2024-09-05 16:02:44", alt("team_teach_dates", "outlook", _t, html_outlook(_t)))

# --- E11 EHCP review invitation with .ics -------------------------------------------
_t = """Dear Sam,

I'd like to invite you to Maisie's annual review meeting on Thursday 28 November at 1.30pm, in the Meeting Room at school (or on Teams if that's easier - just let me know).

Also invited:
- Aoife Ní Bhriain, Acorn class teacher
- Siân Pryce, speech and language therapist
- Jo Whitaker, school nurse
- Maisie's social worker and the epilepsy specialist nurse

About a week before the meeting I'll send you the draft reports so there are no surprises on the day. I've attached the parent/carer views form; you can fill it in, bring it on the day, or we can go through it together on the phone beforehand. There's also a calendar invite attached.

Maisie will stay in class as normal during the meeting.

If the date doesn't suit, please let me know and I'll find another.

Kind regards,

""" + sig("Fatima Begum", "Assistant Headteacher - SENCO", 0)
_ics = """BEGIN:VCALENDAR
PRODID:-//Example School//Annual Reviews//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ar-maisie-20241128@example-school.org.uk
DTSTAMP:20241104T091500Z
DTSTART:20241128T133000Z
DTEND:20241128T150000Z
SUMMARY:Annual review - Maisie C
LOCATION:Meeting Room, Example School, Park Row, Leeds LS1 4AP
DESCRIPTION:Annual review of EHCP. Contact: f.begum@example-school.org.uk / 01632 960000
END:VEVENT
END:VCALENDAR
"""
add("clean", "annual_review_invite", "EHCP annual review invitation with .ics and PDF",
    S["fbegum"], [SAM], "Maisie – Annual Review, Thursday 28 November", "2024-11-04 09:15:02",
    mixed("annual_review_invite", "outlook",
          alt("annual_review_invite", "outlook", _t, html_outlook(_t)),
          attachment("Parent_carer_views_form.pdf", "application/pdf",
                     tiny_pdf(["Annual Review - Parent/Carer Views",
                               "What is working well?  What is not working so well?",
                               "What would you like Maisie to achieve next year?"])),
          attachment("Annual_review_Maisie.ics", "text/calendar", _ics.encode("utf-8"),
                     cte="7bit", charset="utf-8")))

# --- E12 short breaks panel ----------------------------------------------------------
_t = """Hi Ali,

Hope you managed a bit of sleep at the weekend.

I've heard back from the short breaks panel and it's good news: they've agreed that Idris's overnight stays at Fernbank can go up from two to three nights a month from January, and they've approved six hours a week of direct payments for a personal assistant during the school holidays.

The social worker will write to you formally, but I wanted you to know straight away.

I've also chased your carer's assessment. Noreen Akhtar from Adults and Health will visit you at home on Tuesday 26 November at 10am - if that doesn't work, her number is 0113 496 0718. It's worth thinking beforehand about what a typical night looks like for you, and what would make the biggest difference.

The carers' group meets again on Thursday 21st at 9.30 in the Hub if you fancy it - no pressure.

Zoë

""" + sig("Zoë Marsden", "Family Support Worker", 2)
add("clean", "short_breaks_panel", "family support worker: respite panel and carer's assessment",
    S["zmarsden"], [ALI], "Short breaks panel and your carer's assessment", "2024-11-13 13:42:19",
    textpart(_t, cte="8bit"), client="outlook")

# --- E13 AAC iPad update ---------------------------------------------------------------
_t = """Hi all,

TD Snap and Proloquo2Go are both getting an update tonight. Before it runs, each device will back up its vocabulary to the school account, so nobody's pages will be lost.

What I need from you:
1. Please leave every pupil's AAC iPad on charge in the class trolley tonight, switched on and with the lid open.
2. If a device is going home, don't let it update on home Wi-Fi - tell the parent to ignore the update prompt until it comes back.
3. Tomorrow morning, check the pupil's home page looks right before the device goes out. If anything's missing, don't edit it - log a ticket and I'll restore the backup.

Tickets: it@example-school.org.uk or ext 250.

Thanks,
Marek"""
add("clean", "aac_ipad_update", "IT: AAC device update instructions to staff",
    S["it"], [S["allstaff"]], "AAC iPads - update tonight, please leave on charge", "2024-11-19 13:05:40",
    textpart(_t, cte="7bit"), client="thunderbird")

# --- E14 hydro closure ---------------------------------------------------------------
_t = """Afternoon all,

The hydrotherapy pool will be closed on Wednesday 27 and Thursday 28 November while the filters are changed and the annual water-quality test is done.

Classes with hydro slots on those days: you'll have rebound therapy in the sports hall instead, at the same times. Please bring pupils in their PE kit, not swimwear, and check their rebound risk assessments are in the red folder by the trampoline.

Physio sessions in the pool will move to the therapy room - Sarah has emailed the families concerned.

The pool should be open as normal from Friday morning, but I'll confirm on Thursday afternoon once the results are back.

Thanks,
Callum

""" + sig("Callum Reid", "PE & Hydrotherapy Lead", 1)
add("clean", "hydro_pool_closed", "PE lead: pool closure and rebound timetable",
    S["creid"], [S["allstaff"]], "Hydro pool closed Wed–Thu this week", "2024-11-25 14:10:55",
    alt("hydro_pool_closed", "outlook", _t, html_outlook(_t)))

# --- E15 head's thanks (HTML only) -----------------------------------------------
_h = OUTLOOK_HEAD + """<p class="MsoNormal">Dear all,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">A huge thank you for everything you did for Saturday&#8217;s Winter Fair. We raised <b>&pound;1,243.60</b> for the sensory garden, which is our best total ever.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Special thanks to Paul and the kitchen team for the mince pies and hot chocolate, to Neil for building (and then rebuilding) the grotto, and to the Post-16 enterprise group, who sold 140 candles and ran the card machine like professionals. Several families told me how relaxed it felt &#8211; the quiet room and the low-sensory first hour made a real difference.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">There are leftover mince pies in the staffroom. Please help yourselves.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">With thanks,<o:p></o:p></p>
<p class="MsoNormal">Andrew<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Andrew Sutcliffe, Headteacher<br>
Example School, Park Row, Leeds LS1 4AP &#8211; 01632 960000</span><o:p></o:p></p>
</div>
</body>
</html>
"""
add("clean", "winter_fair_thanks", "HTML-only thank-you from head to all staff",
    S["asutcliffe"], [S["allstaff"]], "Thank you – Winter Fair", "2024-12-09 08:12:31",
    textpart(_h, "html", "quoted-printable"))

# --- E16 MDT notes ------------------------------------------------------------------
_t = """MDT meeting - Kian D - Wednesday 15 January 2025
Present: Leanne Shaw (class teacher), Steve Dyson (LSA), Siân Pryce (SALT), Priya Chaudhry (OT), Jo Whitaker (nurse), Fatima Begum (SENCO, notes)

1. Eating and drinking (Siân)
Kian is managing the soft & bite-sized diet well. Still overfilling his mouth when anxious - staff to use the "small bites" visual and offer one piece at a time.

2. Sensory (Priya)
New sensory diet started this week: 5 minutes on the swing or trampoline before each work session, heavy work (carrying the register box, pushing the trolley) mid-morning. Weighted lap pad for carpet time, 10 minutes maximum.

3. Health (Jo)
Weight stable. Melatonin increased at home by the paediatrician in December; mum reports sleep is slightly better. Dental appointment booked at the community dental service for February.

4. Communication (Siân)
Working at PECS phase 4 ("I want" + item). Now using the sentence strip with two staff consistently. Next step: attributes (big/little, colours).

5. Transport
Stage 2 appeal submitted; letter from school attached to mum's application. Tom following up.

Actions
- Steve: print and laminate new "small bites" visual - by 20/1
- Priya: sensory diet timetable on the class wall - done
- Siân: update communication passport - by 24/1
- Fatima: circulate notes and add to EHCP review evidence - done

Next MDT: Wednesday 12 March

Fatima Begum
Assistant Headteacher - SENCO
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "mdt_notes_kian", "multidisciplinary meeting notes (QP)",
    S["fbegum"], [S["lshaw"], S["sdyson"], S["spryce"], S["pchaudhry"], S["nurse"]],
    "MDT notes – Kian D – 15/01/25", "2025-01-16 12:22:03",
    textpart(_t, cte="quoted-printable"), client="outlook")

# --- E17 trip letter ----------------------------------------------------------------
_t = """Dear Jane,

As part of our "Minibeasts" topic, Willow Class will be visiting the Butterfly House at Roundhill Gardens on Thursday 13 March.

We'll leave school at 10am on the minibus with the tail lift and be back by 1.30pm. The visit includes the tropical butterfly house, the bug room, where children can hold a stick insect if they want to, and a quiet picnic area. The butterfly house is warm and humid, so please send Alfie in a short-sleeved top under his jumper.

A packed lunch will be provided by the kitchen (the same food as his school lunch plan), and Alfie's pads, wipes and spare clothes will come with us. He'll be with his usual adults.

The trip is free, as the PTA has covered the cost of the coach and entry.

If you're happy for Alfie to go, please sign the consent slip in his bag. If you have any worries - the heat, the crowds, anything else - ring me or pop a note in his diary.

Best wishes,

Rachel Hughes
Class Teacher, Willow Class
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "trip_butterfly_house", "class trip letter to parent",
    S["rhughes"], [JANE], "Willow Class trip – Butterfly House, Thursday 13 March", "2025-02-27 16:05:11",
    alt("trip_butterfly_house", "outlook", _t, html_outlook(_t)))

# --- E18 report with PDF ---------------------------------------------------------------
_t = """Dear Sam,

Please find attached Maisie's spring term report.

It has been a lovely term for her. A few highlights we're really proud of:
- She now requests "more", "bubbles" and "music" using her symbols without a prompt.
- She tolerated the hand-over-hand painting for a whole session and now chooses the sand tray most days.
- She now walks from the minibus to class holding an adult's hand, instead of going in her buggy.

Her next targets are on the last page. We'll talk about them at parents' evening on 2 April, but if you'd like to chat before then just let me know.

Thank you for all the little notes in her diary - they really help us understand how she's been at home.

Warm wishes,

Aoife

Aoife Ní Bhriain
Acorn Class Teacher (EYFS)
Example School · Park Row · Leeds LS1 4AP · 01632 960000"""
add("clean", "spring_report_maisie", "end-of-term report cover letter with PDF, Q-encoded subject",
    S["anibhriain"], [SAM], "Maisie’s spring term report", "2025-03-28 15:35:44",
    mixed("spring_report_maisie", "gmail",
          alt("spring_report_maisie", "gmail", _t, html_gmail(_t), pcte="8bit"),
          attachment("Maisie_Spring_Report_2025.pdf", "application/pdf",
                     tiny_pdf(["Spring Term Report 2025 - Maisie C - Acorn Class",
                               "Communication and Interaction", "Cognition and Learning",
                               "Social, Emotional and Mental Health", "Sensory and Physical"]))),
    client="gmail", subj_enc="q")

# --- E19 reply about spare clothes ----------------------------------------------------
_t = """Hi Sam,

Great question - here's what Maisie needs each day:
- Two full sets of spare clothes, including socks (all labelled please)
- Nappies and wipes - send a pack in and we'll write in her diary when she's running low
- Her blue-lid cup - perfect, we'll keep it for her drinks in class

We provide aprons for messy play, but it does get everywhere, so old clothes are best on Tuesdays and Thursdays (messy play days).

She doesn't need a PE kit in Acorn.

Thanks,
Aoife"""
_q = """Hi, just wondering what Maisie needs to bring in each day? Does she need spare clothes and her own nappies or do you provide them? Also her cup is the one with the blue lid. Thanks Sam"""
_qi = "On Mon, 9 Sep 2024 at 19:26, Sam Carer <sam.carer@outlook.com> wrote:"
_plain = _t + "\n\n" + _qi + "\n" + "\n".join("> " + l for l in _q.split("\n"))
add("clean", "reply_spare_clothes", "reply to carer with quoted question",
    S["anibhriain"], [SAM], "Re: Spare clothes and nappies", "2024-09-10 08:14:05",
    alt("reply_spare_clothes", "gmail", _plain, html_gmail(_t, _q, _qi), pcte="8bit"),
    client="gmail", in_reply_to="<AM0PR02MB5621D1E4B1A0C98F5A2E11B6F39C2@AM0PR02MB5621.eurprd02.prod.outlook.com>")

# --- E20 taxi firm route change -----------------------------------------------------
_t = """Hi Sue,

Please can you add a new pupil to Route R3 from Monday 6 January.

Pupil: Jess T (age 6)
Pick-up: 22 Larchfield Grove, Leeds LS8 9ZX - between 8.00 and 8.10am
Drop-off: same address, from 3.40pm. Mum or Nan will always be home.
Needs: high-back booster seat (the family will not be supplying one), travels with the R3 escort (Carol). No medication. She may bring a small comforter toy.

This is confirmed on the LA's transport order TO-25-0114, which passenger transport will send you today.

Jess will need a short visit to see the car before her first day - could your driver (Mohammed) call at school at 3.45 on Thursday 19 December? She can sit in it in the car park with her mum.

Thanks,
Tom

Tom Brennan
Transport & Admissions Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "taxi_route_new_pupil", "transport officer to taxi firm: route change",
    S["transport"], [("Aire Valley Cars Bookings", "bookings@airevalleycars.example.com")],
    "Route R3 - additional pupil from Monday 6 January", "2024-12-12 10:48:22",
    textpart(_t, cte="7bit"),
    cc=[("Passenger Transport", "passenger.transport@leedscouncil.example.org")], client="plain")

# --- E21 supplier invoice query -----------------------------------------------------
_t = """Good afternoon,

We've received invoice SW-44817 for £2,316.00 + VAT, but it includes the 150 cm bubble tube (item LED-BT150, £849.00), which was delivered with a cracked base on 9 December and collected by your courier for replacement on 12 December. The replacement hasn't arrived yet.

Please could you either send a revised invoice for the items we have received (weighted blankets x 4, fibre-optic curtain, vibration cushion), or a credit note for the bubble tube, so that I can pay the balance? Our finance system won't let me part-pay an invoice.

Our purchase order number is PO 24-0917.

Could you also let me know when the replacement bubble tube is likely to be delivered? It's for our new sensory room, which opens after half-term.

Kind regards,

Jas Sandhu
School Business Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000"""
add("clean", "supplier_invoice_query", "business manager invoice query to supplier",
    S["jsandhu"], [("Sensory World Accounts", "accounts@sensoryworld.example.com")],
    "Invoice SW-44817 – query (PO 24-0917)", "2025-01-15 13:55:09",
    alt("supplier_invoice_query", "outlook", _t, html_outlook(_t)))

# --- E22 cover arrangements ---------------------------------------------------------
_t = """Hi both,

Reminder that I'm at Tyler's EHCP meeting at Merrion House on Thursday, 9 till 12.

Bernie is covering the morning. Plans are on my desk in the blue tray. Phonics groups as normal, then the cooking session (fruit kebabs - everything is in the fridge on the Oak shelf). Kian needs his sensory break every 90 minutes as per the new plan, and Ellie's standing frame is at 11.

I'll be back for lunch.

Thanks,
Leanne"""
add("clean", "cover_thursday_oak", "teacher's cover arrangements to colleagues",
    S["lshaw"], [S["sdyson"], S["bfenton"]], "Thursday cover - Oak", "2025-01-21 16:40:50",
    textpart(_t, cte="7bit"), cc=[S["rellery"]], client="outlook")

# --- E23 gastrostomy supplies -------------------------------------------------------
_t = """Hi Ali,

Just a heads-up that Idris's feeding supplies in school are getting low. We have:
- 3 extension sets left (he uses one a day)
- 5 x 60 ml enteral syringes
- 2 boxes of Nutrison (enough until Friday)

Also, the spare balloon button (14Fr, 1.5 cm) in his emergency kit expires at the end of March.

Could you ask Homeward Nutrition to add these to your next delivery, with the school as a second address? Their freephone number is 0808 157 0321. Or, if it's easier, send some in with him on the bus and we'll swap them into his box.

Thanks,
Jo

Jo Whitaker
School Nurse
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "gastrostomy_supplies", "nurse: feeding supplies running low",
    S["nurse"], [ALI], "Idris – feeding supplies running low", "2025-02-03 11:09:36",
    textpart(_t, cte="quoted-printable"), client="outlook")

# --- E24 pupil tuck shop -----------------------------------------------------------
_t = """Hi Amira,

Brilliant list, thank you! A few things to check:

- Fruit shoots: last week we sold 18, so 12 might not be enough. Can you change it to 20?
- Check the total against our budget - we've got £30 this week. Use the prices in the spreadsheet on Teams.
- Bananas go brown quickly, so let's buy those on Thursday, not Monday.

We'll go to the cash and carry on Thursday after lunch with Mr Lumb.

Miss Lister

On Wed, 5 Feb 2025 at 11:02, Amira Hussain <20ahussain@pupils.example-school.org.uk> wrote:
> Miss I done the list. 24 crisps 12 fruit shoots 10 kitkats 10 bananas. Is it enough for friday"""
add("clean", "pupil_tuck_shop", "teacher reply to pupil about enterprise tuck shop",
    S["klister"], [P["amira"]], "Re: tuck shop list", "2025-02-05 13:25:18",
    textpart(_t, cte="8bit"), client="gmail")

# --- E25 safeguarding training (base64 parts) -----------------------------------
_t = """Dear all,

A reminder that the first morning of tomorrow's INSET (Tuesday 3 September) is our annual safeguarding update, 8.45-10.30 in the Hub, for all staff including kitchen, site, office, transport and therapy colleagues.

Before the session, please:
1. Read Part 1 of Keeping Children Safe in Education 2024 (and Annex B if you are a teacher or in the pastoral team).
2. Sign the declaration on the Teams form - link on the Staff channel.
3. Check you can log in to CPOMS. If not, see Marek before 8.30.

We'll cover this year's changes, our procedures for intimate care and restrictive physical intervention, and some anonymised cases from last year, including a reminder of how communication differences can hide signs of abuse in our pupils.

The deputy DSLs this year are Ruth Ellery, Fatima Begum and Zoë Marsden.

Thank you,
Maureen

Maureen Okafor
Deputy Head (Pastoral) and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""
add("clean", "safeguarding_inset", "DSL reminder about INSET safeguarding training (base64 body)",
    S["dsl"], [S["allstaff"]], "Safeguarding update – INSET Tuesday 3 September and KCSIE 2024",
    "2024-09-02 15:02:27", alt("safeguarding_inset", "outlook", _t, html_outlook(_t),
                              pcte="base64", hcte="base64"))

# --- E26 staff photos (short) -------------------------------------------------------
_t = """Hi all,

The photographer will be in the Hub on Thursday, 8.15-9.00 and 12.15-1.00, for new ID badge photos. If you started after July, or your badge photo is from before 2021, please pop along.

Thanks,
Linda"""
add("clean", "staff_id_photos", "short office notice to staff",
    S["lcrabtree"], [S["allstaff"]], "Staff photos for ID badges - Thursday", "2024-09-25 09:31:12",
    textpart(_t, cte="7bit"), client="outlook")

# --- E27 music therapy update --------------------------------------------------------
_t = """Hi Jane,

I wanted to give you a quick update now Alfie has had ten music therapy sessions.

He's really coming out of himself in the music room. At first he mostly stayed by the door, listening. Now he comes straight to the djembe and we have a lovely back-and-forth: I play a short rhythm, he answers. He's started vocalising "ba-ba" in time with the drum, and twice this week he reached for my hand to make me start again when I stopped - a really clear request.

He still finds the cymbal too much, so we've left it out, and he likes the lights dimmed.

I'd like to carry on weekly until Easter and then review with you and Rachel. If there's a song he loves at home, please tell me - it can be a great way in.

Best wishes,
Dan

Dan Oyelaran
HCPC-registered Music Therapist
Example School, Park Row, Leeds LS1 4AP · 01632 960000"""
add("clean", "music_therapy_update", "music therapist's progress update to parent",
    S["doyelaran"], [JANE], "Alfie – music therapy update", "2025-01-17 14:12:38",
    alt("music_therapy_update", "gmail", _t, html_gmail(_t)), client="gmail")

# --- E28 college transition visits ---------------------------------------------------
_t = """Dear Sarah,

Thank you for your time on the phone last week. As discussed, I'd like to arrange transition visits for our four Year 14 leavers who have applied for the Foundation Learning programme starting in September.

Could we book:
- Tuesday 11 February: visit for Amira and Ryan (morning, with lunch in the canteen)
- Tuesday 4 March: visit for Jayden and Lucy
- A joint session in May with your learning support team and the students' families

All four students will be accompanied by two staff. Ryan and Lucy are wheelchair users, so we'll need the accessible entrance and the lift to the first floor. Amira finds noisy spaces difficult, so a quiet room she can go to would really help.

I'll send each student's one-page profile and communication passport once you've confirmed who will be meeting us.

Kind regards,

Gareth Lumb
Post-16 Teacher - Horizons Pathway
Example School | Park Row | Leeds | LS1 4AP
01632 960000"""
add("clean", "college_transition_visits", "post-16 teacher arranges college transition visits",
    S["glumb"], [("Sarah Pennington", "transition@kirkstallvalley.example.org")],
    "Transition visits for Year 14 leavers – spring term", "2024-11-26 15:20:41",
    alt("college_transition_visits", "outlook", _t, html_outlook(_t)))

# --- E29 lost coat (2 lines) ------------------------------------------------------
_t = """Hi Sam, Maisie's pink coat turned up in the hall after the photographer's visit - it's in her bag tonight.
Linda (office)"""
add("clean", "lost_coat_found", "two-line note about a coat",
    S["office"], [SAM], "Maisie's coat", "2024-11-14 14:48:10", textpart(_t, cte="7bit"),
    client="outlook")

# --- E30 sports day -------------------------------------------------------------------
_t = """Dear Ali,

Our Sports Day will be on Friday 20 June, and families are warmly invited to join us from 1.30 to 3pm on the school field (or in the sports hall if it rains).

This year every event is designed so that every pupil can take part:
- switch-activated races with the remote-control cars
- parachute games
- wheelchair and walker slalom
- a hydro relay in the pool for Kestrel Class (families can watch from the viewing window)
- the staff egg-and-spoon race, which is traditionally won by the kitchen team

There will be a quiet zone with shade and beanbags, the Changing Places toilet will be open, and ice lollies will be available (including thickened versions).

If Idris finds crowds hard, come whenever suits you - even ten minutes is lovely.

Please let the office know if you're planning to come so we can save you a parking space near the field gate.

Best wishes,

""" + sig("Ruth Ellery", "Deputy Headteacher", 2)
add("clean", "sports_day_invite", "sports day invitation to parent",
    S["rellery"], [ALI], "Sports Day – Friday 20 June", "2025-06-04 10:32:15",
    alt("sports_day_invite", "outlook", _t, html_outlook(_t)), cc=[S["office"]])


# ==========================================================================
# output
# ==========================================================================
README = """# Round 27 hold-out corpus: obscene-language

**Blind held-out test data. Never use it for tuning** the filter, its rules, word lists or
thresholds. Whoever wrote it did not look at mailguard's code, rules, tests or docs; they read
only the school e-mail policy, `config.example.yaml` and `directory/parents.csv`.

## What it is

80 complete RFC 5322 messages (`.eml`) for the policy section on obscene language: *staff must not
use obscene language or swear words, nor make offensive comments on grounds of gender, race,
disability, age, religion or sexual orientation, in any electronic communication*. Every message
is sent by a member of staff at example-school.org.uk. `labels.csv` gives the expected verdict.

Setting: an all-through special school (ages 3-19) for pupils with autism and severe or profound
learning difficulties: taxis and escorts, daily home-school diaries, speech and language
therapists, occupational therapists and a school nurse on site, intimate-care and seizure plans,
pupils' swearing, echolalia and tics, short breaks, and exhausted parent carers.

| expected | count | of which |
| --- | ---: | --- |
| flag | 20 | 9 plain (2 of them slurs), 11 disguised or encoded (1 of them a slur) |
| clean | 60 | 30 everyday school mail, 30 hard negatives |
| **total** | **80** | |

`labels.csv` columns: `file,expected,sender,recipients,note`. `sender` is the envelope sender (the
staff From address); `recipients` are the To and Cc addresses, separated by single spaces.
Judgement calls are marked `[unsure]` in the note.

## How it was made and how to regenerate

Written by hand as Python data in `../make_round27_obscene.py` (Python 3.11 standard library
only). The script builds the raw MIME text itself, with fixed dates, Message-IDs and boundaries,
so the output is byte-identical on every run:

    python3 tests/holdout/round27/make_round27_obscene.py

It rewrites this directory's `.eml` files, `labels.csv` and this README, then re-parses every
file with `email.message_from_bytes(..., policy=email.policy.default)` and checks the labels.

Formats: text/plain only; multipart/alternative as Outlook or Gmail send it; HTML-only; attachments
(.txt, .csv, .pdf, .png, .ics); 7bit, 8bit, quoted-printable and base64 bodies; RFC 2047 subjects
(B and Q) and display names; replies with `>` quoting, "On ... wrote:" and Outlook
"From/Sent/To/Subject" blocks; a forward. All people, addresses and numbers are fictitious
(Ofcom drama ranges, example.* domains).

## Kinds of case

**flag** (the author's own words):
- plain swearing in staff-to-staff venting (wanker, pissed off, bollocks, bellend, arsehole);
- swearing to a parent, to a pupil and to an outside contractor;
- swearing inside a .txt handover note and inside a .csv rota;
- slurs: ethnic ("pikeys"), disablist ("retards"), homophobic ("poofter");
- disguised: asterisk/symbol masks (f*cking, sh!t), leetspeak (b0ll0cks), stretched letters
  (Shiiiiit), dotted letters (w.a.n.k.e.r), Cyrillic homoglyphs, full-width letters, zero-width
  characters inside the word, a word split across HTML spans plus an HTML entity, a
  quoted-printable soft line break inside the word, a base64 body, and an RFC 2047 encoded subject.

**clean, hard negatives**:
- safeguarding reports to the DSL and therapist notes that quote exactly what a pupil said
  (swearing, echolalia, Tourette's tics, a speech-sound error), all staff-only;
- the behaviour-policy draft on recording pupils' language; a Disability History Month briefing on
  words we no longer use; old diagnostic wording quoted from a medical letter;
- polite replies where the swearing is only in the parent's quoted text (`>` and Outlook style);
- place names (Cockermouth, Penistone, Scunthorpe, Shitterton, Clitheroe, Sussex), surnames
  (Wankhede, Cockburn, Hancock, Dickens), Pissarro, Dick Whittington;
- foods (faggots, spotted dick, cock-a-leekie), birds and farm animals (tits, cock pheasant,
  cockerel), sports kit (shuttlecocks, balls), Uranus;
- RSE letter naming body parts; intimate-care and medication plans;
- a Shakespeare set text quoted to pupils; words in other languages (slut, Fahrt, Gift, kunst,
  phoque).

**clean, everyday**: home-school diaries, transport and escort changes, attendance, newsletter,
therapy updates, annual review invitation, short breaks, IT and site notices, meeting notes, trip
letters, a report, replies to parents, homework and work placements for pupils, supplier and
college mail, training reminders.
"""


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.Random(27).shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        m["file"] = fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m))
        rows.append([fname, m["label"], m["frm"][1], recipients(m), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    return rows


def check(rows):
    from email.utils import getaddresses
    assert len(rows) == 80, len(rows)
    assert sum(r[1] == "flag" for r in rows) == 20
    assert sum(r[1] == "clean" for r in rows) == 60
    assert len({m["slug"] for m in MSGS}) == 80
    for fname, label, sender, rcpts, note in rows:
        with open(os.path.join(OUT, fname), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (fname, msg.defects)
        for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[k] is not None, (fname, k)
        frm = getaddresses([str(msg["From"])])[0][1]
        assert frm == sender and frm.endswith("@" + SCHOOL), (fname, frm)
        got = [a for _, a in getaddresses([str(msg["To"])] + ([str(msg["Cc"])] if msg["Cc"] else []))]
        assert " ".join(got) == rcpts, (fname, got, rcpts)
        assert fname.split("_")[1] == label
        for part in msg.walk():
            if part.is_multipart():
                continue
            assert not part.defects, (fname, part.defects)
            part.get_content()
    # the QP case must really have its soft line break inside the word
    m = next(x for x in MSGS if x["slug"] == "qp_softbreak_consultant")
    body = m["body"]["body"]
    assert "arsehole" not in body and any(
        body.count(f"{'arsehole'[:k]}=\n{'arsehole'[k:]}") for k in range(1, 8)), body


if __name__ == "__main__":
    rows = write_all()
    check(rows)
    print(f"wrote {len(rows)} messages to {OUT}")
