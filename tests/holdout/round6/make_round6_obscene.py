#!/usr/bin/env python3
"""Round-6 BLIND hold-out corpus for the mailguard obscene-language module.

Writes tests/holdout/round6/obscene-language/*.eml, labels.csv and README.md.
Python 3.11, standard library only.  Fully deterministic: fixed dates,
Message-IDs and MIME boundaries, so two runs are byte-identical.

    python3 tests/holdout/round6/make_round6_obscene.py

Never use these messages to tune the filter.
"""
import base64
import csv
import datetime
import email.utils
import hashlib
import html
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")

STAFF = "example-school.org.uk"
PUPIL = "pupils.example-school.org.uk"

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

P = {
    "gary": ("Gary Thwaite", "g.thwaite"),            # site manager
    "dean": ("Dean Roper", "d.roper"),                # site assistant
    "zofia": ("Zofia Wiśniewska", "z.wisniewska"),    # site team / cleaning supervisor
    "helen": ("Helen Marsh", "h.marsh"),              # business manager
    "priya": ("Priya Chauhan", "p.chauhan"),          # finance officer
    "moira": ("Moira Kettleborough", "m.kettleborough"),  # exams officer
    "siobhan": ("Siobhán Ní Bhriain", "s.nibhriain"),  # PA to the head
    "head": ("Dr Adrian Okafor", "a.okafor"),
    "rachel": ("Rachel Lumb", "r.lumb"),              # deputy head
    "carys": ("Carys Pritchard", "c.pritchard"),      # assistant head, DSL
    "bev": ("Bev Holroyd", "b.holroyd"),              # catering manager
    "tomasz": ("Tomasz Nowak", "t.nowak"),            # cook
    "femi": ("Femi Adeyemi", "f.adeyemi"),            # careers adviser
    "laura": ("Laura Beckett", "l.beckett"),          # enrichment coordinator
    "owen": ("Owen Hardcastle", "o.hardcastle"),      # Willow Centre (SEMH/autism) lead
    "kirsty": ("Kirsty Nolan", "k.nolan"),            # Willow Centre TA
    "lorraine": ("Lorraine Dyson", "l.dyson"),        # SENCo
    "marcus": ("Marcus Reid", "m.reid"),              # head of The Bridge (PRU)
    "jas": ("Jas Sandhu", "j.sandhu"),                # learning mentor, The Bridge
    "callum": ("Callum Fry", "c.fry"),                # IT technician
    "margaret": ("Margaret Ashworth", "m.ashworth"),  # librarian
    "jonny": ("Jonny Firth", "j.firth"),              # PE
    "nadia": ("Nadia Hussain", "n.hussain"),          # PE
    "craig": ("Craig Hebden", "c.hebden"),            # PE / rugby
    "eleanor": ("Eleanor Vance", "e.vance"),          # head of English
    "tom": ("Tom Whitaker", "t.whitaker"),            # English
    "gwen": ("Gwen Rhys", "g.rhys"),                  # music
    "ellis": ("Ellis Booth", "e.booth"),              # drama
    "sanjay": ("Sanjay Mehta", "s.mehta"),            # history
    "fiona": ("Fiona McLeod", "f.mcleod"),            # geography
    "claire": ("Claire Dubois", "c.dubois"),          # French
    "javier": ("Javier Morales", "j.morales"),        # Spanish
    "katrin": ("Katrin Weber", "k.weber"),            # German
    "abi": ("Dr Abi Lawson", "a.lawson"),             # biology
    "hannah": ("Hannah Greenwood", "h.greenwood"),    # PSHE lead
    "kwame": ("Kwame Mensah", "k.mensah"),            # computing
    "rupert": ("Rupert Hale", "r.hale"),              # classics
    "shazia": ("Shazia Akhtar", "s.akhtar"),          # EAL coordinator
    "denise": ("Denise Fairclough", "d.fairclough"),  # cover manager
    "liam": ("Liam Sheard", "l.sheard"),              # head of Year 10
    "sophie": ("Sophie Ward", "s.ward"),              # reception teacher (primary phase)
    "amir": ("Amir Rahman", "a.rahman"),              # Year 6 teacher
    "beth": ("Beth Copley", "b.copley"),              # Year 3 teacher
    "janet": ("Janet Birch", "j.birch"),              # school nurse / first aid
    "kevin": ("Kevin Dobson", "k.dobson"),            # maths
    "aisha": ("Aisha Begum", "a.begum"),              # TA
    "carol": ("Carol Booth", "c.booth"),              # attendance officer
    "donna": ("Donna Illingworth", "d.illingworth"),  # pastoral manager
    "steve": ("Steve Marsden", "s.marsden"),          # DT
    "office": ("Example School Office", "office"),
    "invig": ("Invigilation Team", "invigilators"),
    "dslbox": ("Safeguarding", "dsl"),
    "allstaff": ("All Staff", "allstaff"),
}


def S(key):
    name, local = P[key]
    return (name, f"{local}@{STAFF}")


def PU(local, name=""):
    return (name, f"{local}@{PUPIL}")


def sha(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


# ----------------------------------------------------------------- dates
def when(y, mo, d, hh, mi, ss=0):
    dt = datetime.datetime(y, mo, d, hh, mi, ss)
    bst = datetime.datetime(2025, 3, 30, 1) <= dt < datetime.datetime(2025, 10, 26, 1)
    tz = datetime.timezone(datetime.timedelta(hours=1 if bst else 0))
    return dt.replace(tzinfo=tz)


def rfcdate(dt):
    return email.utils.format_datetime(dt)


def outlook_sent(dt):
    return dt.strftime("%A, ") + f"{dt.day} " + dt.strftime("%B %Y %H:%M")


def gmail_on(dt):
    return dt.strftime("%a, ") + f"{dt.day} " + dt.strftime("%b %Y at %H:%M")


def apple_on(dt):
    return f"{dt.day} " + dt.strftime("%b %Y, at %H:%M")


# ------------------------------------------------------------- encodings
SB = "\x00"  # marker: force a quoted-printable soft line break here


def qp_encode(text):
    out = []
    for line in text.split("\n"):
        toks = []
        for byte in line.encode("utf-8"):
            if byte == 0:
                toks.append(None)
            elif byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                toks.append("=%02X" % byte)
            else:
                toks.append(chr(byte))
        real = [i for i, t in enumerate(toks) if t is not None]
        if real and toks[real[-1]] in (" ", "\t"):
            toks[real[-1]] = "=%02X" % ord(toks[real[-1]])
        cur = ""
        for t in toks:
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def enc_b(s, charset="UTF-8"):
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 45:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(
        f"=?{charset}?B?{base64.b64encode(w.encode('utf-8')).decode()}?=" for w in words)


def enc_q_word(s, charset="UTF-8"):
    out = ""
    for byte in s.encode("utf-8"):
        c = chr(byte)
        if c == " ":
            out += "_"
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out += c
        else:
            out += "=%02X" % byte
    return f"=?{charset}?Q?{out}?="


def fmt_addr(p):
    if isinstance(p, str):
        return p
    name, addr = p
    if not name:
        return addr
    if not name.isascii():
        return f"{enc_b(name)} <{addr}>"
    if any(c in name for c in ',.()"'):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return f"{name} <{addr}>"


def disp(p):
    """How a person shows in a quoted header (decoded)."""
    if isinstance(p, str):
        return p
    return f"{p[0]} <{p[1]}>" if p[0] else p[1]


# ----------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already transfer-encoded)

    def serialize(self):
        hdr = "\n".join(f"{k}: {v}" for k, v in self.headers)
        return hdr + "\n\n" + self.body


def ctype_text(sub, charset, client):
    if client == "apple":
        return f"text/{sub};\n\tcharset={charset}"
    if client == "gmail":
        return f'text/{sub}; charset="{charset.upper()}"'
    if client == "thunderbird":
        return f"text/{sub}; charset={charset.upper()}" + ("; format=flowed" if sub == "plain" else "")
    return f'text/{sub}; charset="{charset}"'


def flow(body, width=72):
    """format=flowed wrapping as Thunderbird does it (RFC 3676): soft breaks end in a space."""
    out = []
    for line in body.split("\n"):
        if line.startswith((" ", "From ", ">")):
            line = " " + line
        while len(line) > width + 6:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text(body, sub="plain", client="outlook", cte=None, charset=None):
    if not body.endswith("\n"):
        body += "\n"
    ascii_ok = body.replace(SB, "").isascii()
    if charset is None:
        charset = "us-ascii" if (ascii_ok and client == "apple") else "utf-8"
    long_lines = any(len(l) > 76 for l in body.split("\n"))
    if cte is None:
        if client == "outlook":
            cte = "quoted-printable"
        elif client == "thunderbird" and sub == "plain":
            cte = "7bit" if ascii_ok else "8bit"
        elif ascii_ok and not long_lines:
            cte = "7bit"
        else:
            cte = "quoted-printable"
    if client == "thunderbird" and sub == "plain" and cte in ("7bit", "8bit"):
        body = flow(body)
    if cte == "quoted-printable":
        enc = qp_encode(body.rstrip("\n")) + "\n"
    elif cte == "base64":
        enc = b64_encode(body)
    else:
        assert SB not in body
        enc = body
    return Part([("Content-Type", ctype_text(sub, charset, client)),
                 ("Content-Transfer-Encoding", cte)], enc)


def boundary_for(client, seed, level=0):
    if client == "outlook":
        return f"_00{level}_LO2P265MB{sha(seed, 12).upper()}LO2P265MB{sha(seed + 'b', 4).upper()}GBRP_"
    if client == "gmail":
        return "000000000000" + sha(seed + str(level), 12)
    if client == "apple":
        u = sha(seed + str(level), 32).upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    return "------------" + sha(seed + str(level), 24)


def multipart(sub, parts, boundary, preamble=None):
    body = ""
    if preamble:
        body += preamble + "\n"
    for i, p in enumerate(parts):
        body += ("" if i == 0 else "\n") + f"--{boundary}\n" + p.serialize()
    body += f"\n--{boundary}--\n"
    return Part([("Content-Type", f'multipart/{sub};\n\tboundary="{boundary}"')], body)


def attach(filename, ctype, data, cte="base64", charset=None, client="outlook", size_date=None):
    if isinstance(data, str):
        raw = data.encode("utf-8")
    else:
        raw = data
    ct = f'{ctype}; name="{filename}"'
    if charset:
        ct = f'{ctype}; charset="{charset}"; name="{filename}"'
    headers = [("Content-Type", ct)]
    if client == "outlook":
        headers.append(("Content-Description", filename))
        cd = f'attachment; filename="{filename}"; size={len(raw)};\n\tcreation-date="{size_date}";\n\tmodification-date="{size_date}"'
    else:
        cd = f'attachment; filename="{filename}"'
    headers.append(("Content-Disposition", cd))
    if client == "gmail":
        headers.append(("X-Attachment-Id", "f_" + sha(filename, 9)))
        headers.append(("Content-ID", f"<f_{sha(filename, 9)}>"))
    headers.append(("Content-Transfer-Encoding", cte))
    if cte == "base64":
        body = b64_encode(raw)
    elif cte == "quoted-printable":
        body = qp_encode(raw.decode("utf-8").rstrip("\n")) + "\n"
    else:
        body = raw.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
    return Part(headers, body)


def pdf_stub(title):
    """A tiny but well-formed-looking PDF, deterministic."""
    t = title.replace("(", "[").replace(")", "]")
    stream = f"BT /F1 12 Tf 72 720 Td ({t}) Tj ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ------------------------------------------------------------ html bodies
def esc(s):
    return html.escape(s, quote=False)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def o_paras(t, raw=False):
    out = []
    for line in t.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{line if raw else esc(line)}<o:p></o:p></p>')
    return "\n".join(out)


def g_paras(t, raw=False):
    out = []
    for line in t.split("\n"):
        out.append("<div><br></div>" if line.strip() == "" else f"<div>{line if raw else esc(line)}</div>")
    return "".join(out)


def a_paras(t, raw=False):
    out = []
    for line in t.split("\n"):
        out.append("<div><br></div>" if line.strip() == "" else f"<div>{line if raw else esc(line)}</div>")
    return "".join(out)


def quote_plain(q):
    """q: dict(style, kind, who, to, cc, dt, subject, text)."""
    st, kind = q["style"], q.get("kind", "reply")
    if st == "outlook":
        lines = ["________________________________" if q.get("line") else "",
                 f"From: {disp(q['who'])}",
                 f"Sent: {outlook_sent(q['dt'])}",
                 "To: " + "; ".join(disp(x) for x in q["to"])]
        if q.get("cc"):
            lines.append("Cc: " + "; ".join(disp(x) for x in q["cc"]))
        lines += [f"Subject: {q['subject']}", "", q["text"]]
        if not q.get("line"):
            lines = lines[1:]
        return "\n".join(lines)
    if st == "gmail":
        if kind == "forward":
            return "\n".join(["---------- Forwarded message ---------",
                              f"From: {disp(q['who'])}",
                              f"Date: {gmail_on(q['dt'])}",
                              f"Subject: {q['subject']}",
                              "To: " + ", ".join(disp(x) for x in q["to"]), "", "", q["text"]])
        qt = "\n".join(">" if not l else "> " + l for l in q["text"].split("\n"))
        return f"On {gmail_on(q['dt'])}, {disp(q['who'])} wrote:\n{qt}"
    if st == "apple":
        if kind == "forward":
            return "\n".join(["Begin forwarded message:", "",
                              f"From: {disp(q['who'])}",
                              f"Subject: {q['subject']}",
                              f"Date: {apple_on(q['dt']).replace(', at', ' at')}:00 BST",
                              "To: " + ", ".join(disp(x) for x in q["to"]), "", q["text"]])
        qt = "\n".join(">" if not l else "> " + l for l in q["text"].split("\n"))
        return f"On {apple_on(q['dt'])}, {disp(q['who'])} wrote:\n\n{qt}"
    if st == "original":
        lines = ["-----Original Message-----", f"From: {disp(q['who'])}",
                 f"Sent: {outlook_sent(q['dt'])}",
                 "To: " + "; ".join(disp(x) for x in q["to"]),
                 f"Subject: {q['subject']}", "", q["text"]]
        return "\n".join(lines)
    raise ValueError(st)


def quote_html(q):
    st, kind = q["style"], q.get("kind", "reply")
    if st == "outlook":
        hdr = (f'<b>From:</b> {esc(disp(q["who"]))}<br>\n<b>Sent:</b> {outlook_sent(q["dt"])}<br>\n'
               f'<b>To:</b> {esc("; ".join(disp(x) for x in q["to"]))}<br>\n')
        if q.get("cc"):
            hdr += f'<b>Cc:</b> {esc("; ".join(disp(x) for x in q["cc"]))}<br>\n'
        hdr += f'<b>Subject:</b> {esc(q["subject"])}'
        return ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{hdr}<o:p></o:p></p>\n</div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + o_paras(q["text"]))
    if st == "gmail":
        if kind == "forward":
            return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    '---------- Forwarded message ---------<br>'
                    f'From: <strong class="gmail_sendername" dir="auto">{esc(q["who"][0])}</strong> '
                    f'<span dir="auto">&lt;<a href="mailto:{q["who"][1]}">{q["who"][1]}</a>&gt;</span><br>'
                    f'Date: {gmail_on(q["dt"])}<br>Subject: {esc(q["subject"])}<br>'
                    f'To: {esc(", ".join(disp(x) for x in q["to"]))}<br></div><br><br>'
                    f'<div dir="ltr">{g_paras(q["text"])}</div></div>')
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'On {gmail_on(q["dt"])}, {esc(q["who"][0])} &lt;<a href="mailto:{q["who"][1]}">'
                f'{q["who"][1]}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'<div dir="ltr">{g_paras(q["text"])}</div></blockquote></div>')
    if st == "apple":
        if kind == "forward":
            return ('<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
                    f'<div style="margin: 0px;"><b>From: </b>{esc(disp(q["who"]))}<br></div>'
                    f'<div style="margin: 0px;"><b>Subject: </b>{esc(q["subject"])}<br></div>'
                    f'<div style="margin: 0px;"><b>Date: </b>{apple_on(q["dt"]).replace(", at", " at")}:00 BST<br></div>'
                    f'<div style="margin: 0px;"><b>To: </b>{esc(", ".join(disp(x) for x in q["to"]))}<br></div><br>'
                    f'{a_paras(q["text"])}</blockquote></div>')
        return ('<div><br><blockquote type="cite"><div>On '
                f'{apple_on(q["dt"])}, {esc(disp(q["who"]))} wrote:</div><br class="Apple-interchange-newline">'
                f'{a_paras(q["text"])}</blockquote></div>')
    raise ValueError(st)


def html_doc(client, body_html):
    if client == "outlook":
        return OUTLOOK_HEAD + body_html + "\n" + OUTLOOK_TAIL
    if client == "gmail":
        return f'<div dir="ltr">{body_html}</div>\n'
    if client == "apple":
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + body_html + "</body></html>\n")
    return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
            "  </head>\n  <body>\n" + body_html + "\n  </body>\n</html>\n")


PARAS = {"outlook": o_paras, "gmail": g_paras, "apple": a_paras,
         "thunderbird": lambda t, raw=False: "<p>" + "<br>\n".join(t.split("\n") if raw else map(esc, t.split("\n"))) + "</p>"}


def alt(client, seed, plain, quote=None, html_override=None, level=0):
    """A multipart/alternative body as the given client would send it."""
    ptxt = plain if quote is None else plain + "\n\n" + quote_plain(quote)
    if html_override is not None:
        hbody = html_override
    else:
        hbody = PARAS[client](plain)
        if quote is not None:
            hbody += "\n" + quote_html(quote)
    hdoc = html_doc(client, hbody)
    parts = [text(ptxt, "plain", client), text(hdoc, "html", client)]
    return multipart("alternative", parts, boundary_for(client, seed, level))


def mixed(client, seed, body, atts):
    return multipart("mixed", [body] + atts, boundary_for(client, seed + "mixed", 1),
                     preamble="This is a multi-part message in MIME format." if client == "thunderbird" else None)


# -------------------------------------------------------------- messages
def msgid(client, seed):
    if client == "outlook":
        return f"<LO2P265MB{sha(seed, 16).upper()}@LO2P265MB{sha(seed + 'm', 4).upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        s = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
        s = s.replace("/", "_").replace("=", "")[:40]
        return f"<CA{s}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = sha(seed, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{STAFF}>"
    u = sha(seed, 32)
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{STAFF}>"


CASES = []


def add(label, slug, note, *, frm, to, subject, dt, part, cc=(), client="outlook",
        subject_raw=None, in_reply_to=None, extra=()):
    assert label in ("flag", "clean")
    def norm(x):
        if isinstance(x, tuple) and len(x) == 2 and all(isinstance(y, str) for y in x):
            return [x]
        return list(x)
    to, cc = norm(to), norm(cc)
    seed = slug
    mid = msgid(client, seed)
    subj = subject_raw if subject_raw is not None else (subject if subject.isascii() else enc_b(subject))
    H = []
    froms = fmt_addr(frm)
    tos = ",\n\t".join(fmt_addr(x) for x in to) if client == "outlook" else ", ".join(fmt_addr(x) for x in to)
    ccs = ",\n\t".join(fmt_addr(x) for x in cc) if cc else None
    irt = f"<{in_reply_to}>" if in_reply_to else None
    if client == "outlook":
        H.append(("From", froms))
        H.append(("To", tos))
        if ccs:
            H.append(("CC", ccs))
        H.append(("Subject", subj))
        H.append(("Thread-Topic", subj))
        H.append(("Thread-Index", base64.b64encode(hashlib.md5(seed.encode()).digest() + b"\x01\xdb").decode()))
        H.append(("Date", rfcdate(dt)))
        H.append(("Message-ID", mid))
        if irt:
            H.append(("References", irt))
            H.append(("In-Reply-To", irt))
        H.append(("Accept-Language", "en-GB, en-US"))
        H.append(("Content-Language", "en-GB"))
        H.append(("X-MS-Has-Attach", "yes" if "mixed" in part.headers[0][1] else ""))
        H.append(("X-MS-TNEF-Correlator", ""))
        H.extend(extra)
        H.extend(part.headers)
        H.append(("MIME-Version", "1.0"))
    elif client == "gmail":
        H.append(("MIME-Version", "1.0"))
        if irt:
            H.append(("References", irt))
            H.append(("In-Reply-To", irt))
        H.append(("From", froms))
        H.append(("Date", rfcdate(dt)))
        H.append(("Message-ID", mid))
        H.append(("Subject", subj))
        H.append(("To", tos))
        if ccs:
            H.append(("Cc", ccs))
        H.extend(extra)
        H.extend(part.headers)
    elif client in ("apple", "iphone"):
        H.append(("From", froms))
        H.extend(part.headers)
        if client == "apple":
            H.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
        else:
            H.append(("Mime-Version", "1.0 (1.0)"))
        H.append(("Subject", subj))
        H.append(("Date", rfcdate(dt)))
        if irt:
            H.append(("In-Reply-To", irt))
        if ccs:
            H.append(("Cc", ccs))
        H.append(("To", tos))
        if irt:
            H.append(("References", irt))
        H.append(("Message-Id", mid))
        H.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)" if client == "apple" else "iPhone Mail (22E252)"))
        H.extend(extra)
    else:  # thunderbird
        H.append(("Message-ID", mid))
        H.append(("Date", rfcdate(dt)))
        H.append(("MIME-Version", "1.0"))
        H.append(("User-Agent", "Mozilla Thunderbird"))
        H.append(("Content-Language", "en-GB"))
        H.append(("To", tos))
        if ccs:
            H.append(("Cc", ccs))
        H.append(("From", froms))
        H.append(("Subject", subj))
        if irt:
            H.append(("In-Reply-To", irt))
            H.append(("References", irt))
        H.extend(extra)
        H.extend(part.headers)
    data = "\n".join(f"{k}: {v}" if v != "" else f"{k}:" for k, v in H) + "\n\n" + part.body
    for k, v in H:
        assert v.isascii(), (slug, k)
    recips = " ".join([x[1] if isinstance(x, tuple) else x for x in to + cc])
    CASES.append(dict(label=label, slug=slug, note=note, data=data.encode("utf-8"),
                      sender=frm[1], recips=recips))


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def mathbold(s):
    out = ""
    for c in s:
        if "a" <= c <= "z":
            out += chr(0x1D41A + ord(c) - ord("a"))
        elif "A" <= c <= "Z":
            out += chr(0x1D400 + ord(c) - ord("A"))
        else:
            out += c
    return out


TRUST_FOOTER = ("Example School | part of Aire Valley Learning Trust\n"
                "LS1 4AP | 01632 960000 | office@example-school.org.uk")
DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error please tell the sender and delete it. "
              "Aire Valley Learning Trust is a charitable company limited by guarantee, registered in "
              "England and Wales.")


# =====================================================================
#                               FLAG CASES
# =====================================================================
def flags():
    # F1 plain swearing, terse site manager on his phone
    add("flag", "site_plantroom_contractor",
        "plain 'shit' and 'fucking' from the site manager about a contractor",
        frm=S("gary"), to=S("helen"), cc=S("dean"), client="iphone",
        subject="Boiler room - again", dt=when(2025, 1, 14, 15, 52),
        part=text("""Helen

Heating engineer finally turned up at 2. Left the plant room in a shit state, lagging all over the floor and the old pump dumped by the door for us to shift. Still no hot water in D block.

They are fucking useless. Third call out this month and nothing fixed. I want them off the contract at the review.

Dean's put oil heaters in D3 and D4 for the morning.

Gary

Sent from my iPhone""", client="apple", cte="7bit"))

    # F2 asterisk masks, exasperated exams officer
    body = """Evening all,

I'm going to be blunt because I've had about three hours' sleep since Friday.

On Friday a candidate in the sports hall sat the first 40 minutes of Chemistry Paper 1 with a smartwatch on his wrist and not one of us noticed until he looked at it. What the f*** were we all looking at? There were five of us in there.

I now have to write it up for the board, which means a malpractice report, statements from everyone on the rota and a very anxious 16-year-old. It's sh*t for him and it's sh*t for us.

From tomorrow, no exceptions:
- Watches OFF and into the clear bags at the door, including "it's only an ordinary watch".
- Two invigilators walking the sports hall at all times, one static at the front.
- Phones in the box on the stage. If a candidate says they haven't got one, ask again.
- If in doubt, radio me. Do not wait until the end of the exam.

Seating plans will be on the wall in the exams office from 8.15. Please be in by 8.30 for the 9.00 start.

Moira

Moira Kettleborough | Exams Officer
Example School | part of Aire Valley Learning Trust
01632 960000 ext 214"""
    add("flag", "exams_smartwatch_asterisks",
        "asterisk-masked 'f***' and 'sh*t' from the exams officer to the invigilation team",
        frm=S("moira"), to=S("invig"), cc=S("rachel"), client="outlook",
        subject="Tomorrow's exams - READ BEFORE 8.30 PLEASE", dt=when(2025, 5, 18, 21, 47),
        part=alt("outlook", "exams_smartwatch_asterisks", body))

    # F3 leetspeak, chatty TA in the Willow Centre (SEMH/autism base)
    body = """Hiya Owen

Just a heads up before tomorrow - R had a proper wobble at lunch, threw his tray and poor Maureen on the hatch got beans down her tabard. He came round in the sensory room after about 20 mins with the weighted blanket and we did his feelings board together, he picked "frustrated" and "too loud" which I thought was really good for him.

The b0ll0cks bit is that the taxi then turned up 25 mins late so he was stood at the gate getting wound up all over again. Absolute 5hit timing from the transport people AGAIN. I've logged it all on CPOMS and told mum at pick up.

Can we grab 10 mins at 8.30? I've got a couple of ideas for his transition plan (visual timetable on the taxi as well maybe??)

Kirsty x

Kirsty Nolan
Teaching Assistant, Willow Centre (SEMH & Autism Resource Base)
Example School"""
    add("flag", "willow_ta_leetspeak",
        "leetspeak 'b0ll0cks' and '5hit' from a TA to the base lead",
        frm=S("kirsty"), to=S("owen"), client="gmail",
        subject="R - lunchtime and taxi", dt=when(2025, 2, 4, 16, 21),
        part=alt("gmail", "willow_ta_leetspeak", body))

    # F4 letters separated by dots, finance officer
    body = """Helen,

Dales Office Supplies have now invoiced us three times for the same laminator pouches (44817, 44817-A and 45002, all for £186.40). I've rung them twice this week and got passed round like a parcel. Their account manager told me it was "our reconciliation problem".

Absolute w.a.n.k.e.r.s. I'm not paying any of them until I get a proper credit note in writing.

If Trevor from there rings you, please don't agree anything on the phone - he's trying to go over my head because I won't release the payment run.

Thanks
Priya

Priya Chauhan
Finance Officer
Example School | part of Aire Valley Learning Trust
01632 960000"""
    add("flag", "finance_supplier_dotted",
        "dotted letters 'w.a.n.k.e.r.s' from the finance officer about a supplier",
        frm=S("priya"), to=S("helen"), client="outlook",
        subject="Dales Office Supplies - triple invoice", dt=when(2025, 3, 6, 11, 3),
        part=alt("outlook", "finance_supplier_dotted", body))

    # F5 spaced-out letters, careers adviser
    body = """Laura - quick one.

The building society that promised us four stands for Thursday's careers fair pulled out at 8 this morning. Two days' notice. F u c k i n g typical. That leaves a hole right by the sports hall doors where everyone comes in.

I've asked the NHS trust and the fire service if they can stretch to an extra table each. If not I'll shunt the college stands up and put the UCAS drop-in at the end by the climbing wall.

Can your enrichment lot still do the meet-and-greet at 9?

Femi

Femi Adeyemi
Careers Adviser (Level 6) | Example School
Book a careers appointment: careers@example-school.org.uk"""
    add("flag", "careers_fair_spaced",
        "letters separated by spaces 'F u c k i n g' from the careers adviser",
        frm=S("femi"), to=S("laura"), client="gmail",
        subject="Careers fair - stand gap", dt=when(2025, 3, 11, 9, 14),
        part=alt("gmail", "careers_fair_spaced", body))

    # F6 hyphen / underscore separated, catering manager to supplier
    body = """Hi,

Today's delivery was short again:
- no semi-skimmed (ordered 40 x 2L)
- 6 trays of chicken thighs instead of 12
- bread arrived 11.40 and service starts 11.45

I've got 640 meals to get out. I am getting p_i_s_s_e_d off ringing round cash and carries at 7am every Wednesday because your Leeds driver makes a right a-r-s-e of our drop every single week.

Please credit the missing lines and confirm by 3pm today that tomorrow's order will arrive complete and before 9am.

Bev Holroyd
Catering Manager
Example School | part of Aire Valley Learning Trust
01632 960000 ext 230"""
    add("flag", "catering_supplier_hyphens",
        "underscore/hyphen separated 'p_i_s_s_e_d' and 'a-r-s-e' from the catering manager to a food supplier",
        frm=S("bev"), to=("Fresh Dales Foods Orders", "orders@freshdales-foods.example.com"),
        cc=S("tomasz"), client="outlook",
        subject="Delivery 14/05 short AGAIN - account 30419", dt=when(2025, 5, 14, 10, 26),
        part=alt("outlook", "catering_supplier_hyphens", body))

    # F7 repeated letters, PE teacher replying on a Mac (Apple Mail quote is clean)
    q = dict(style="apple", who=S("nadia"), dt=when(2025, 5, 19, 7, 52),
             text="""Morning!

Just checking we've got the minibus for the U14 netball at Roundhay tonight? Girls are asking if it's still on because of the rain. Leaving at 3.20 from the sports hall car park.

N""")
    body = """Fuuuuuuck. Completely forgot the minibus is in for its MOT this week. Shiiiiiite.

Ringing the hire place now. Tell the girls it's still on, I'll sort something even if it's two cars and a taxi.

J"""
    add("flag", "pe_minibus_repeated_letters",
        "repeated letters 'Fuuuuuuck', 'Shiiiiiite' in own reply text; quoted text clean",
        frm=S("jonny"), to=S("nadia"), client="apple",
        subject="Re: Minibus tonight?", dt=when(2025, 5, 19, 8, 4), in_reply_to="B1C2D3E4-netball@" + STAFF,
        part=alt("apple", "pe_minibus_repeated_letters", body, quote=q))

    # F8 Cyrillic look-alike letters, IT technician (Thunderbird, 8bit)
    body = ("Kwame,\n\n"
            "Smartboard in IT2 is still dead. The support desk closed my ticket AGAIN as \"resolved - user error\". "
            "Fu\u0441king joke. Whoever is on that desk this week are a bunch of \u0441unts, honestly.\n\n"
            "I've reopened it as a P2 and copied in the trust's IT lead. Until then use the portable projector "
            "from the prep room, the HDMI lead is in the top drawer of the grey cabinet.\n\n"
            "Callum\n--\nCallum Fry\nIT Technician, Example School\nHelpdesk: ext 250")
    add("flag", "it_helpdesk_cyrillic",
        "Cyrillic look-alike letters in 'Fuсking' and 'сunts' (U+0441) from the IT technician",
        frm=S("callum"), to=S("kwame"), client="thunderbird",
        subject="IT2 smartboard", dt=when(2025, 1, 28, 12, 37),
        part=text(body, client="thunderbird", cte="8bit"))

    # F9 full-width letters and mathematical bold letters, Willow Centre lead
    body = ("Lorraine,\n\n"
            "The LA have sent R's draft EHCP back for the annual review with the wrong child's name all through "
            "section B and somebody else's diagnosis in section E. " + fullwidth("BOLLOCKS") + ".\n\n"
            "They want our comments back by Friday. It's a complete " + mathbold("piss-take") +
            " - we sent them everything in January.\n\n"
            "I've marked it up in red and saved it in Willow > Reviews > 2025. Can you ring the caseworker? "
            "She listens to you more than me.\n\n"
            "Owen\n\nOwen Hardcastle\nLead Teacher, Willow Centre (SEMH & Autism Resource Base)\nExample School")
    add("flag", "willow_ehcp_fullwidth_bold",
        "full-width 'ＢＯＬＬＯＣＫＳ' and maths-bold 'piss-take' from the resource base lead",
        frm=S("owen"), to=S("lorraine"), cc=S("kirsty"), client="outlook",
        subject="R annual review - draft plan wrong again", dt=when(2025, 2, 12, 13, 18),
        part=alt("outlook", "willow_ehcp_fullwidth_bold", body))

    # F10 zero-width characters, PRU learning mentor to a parent
    body = ("Hi Mr Guardian,\n\n"
            "Thanks for coming in yesterday, it was really helpful to hear how things are at home.\n\n"
            "I've chased the council about the transport again this morning. Honestly they have been f\u200bucking "
            "you about for weeks and I'm sorry, it should not be this hard to get a taxi sorted for a Year 9. "
            "Taking the p\u200biss if you ask me.\n\n"
            "Until it's sorted we can cover the bus fare from our budget - just bring the tickets to reception at "
            "The Bridge on Fridays and we'll pay you back.\n\n"
            "Speak soon,\nJas\n\n"
            "Jas Sandhu\nLearning Mentor, The Bridge (Pupil Referral Unit)\nExample School | 01632 960000")
    add("flag", "pru_parent_zero_width",
        "zero-width spaces inside 'f​ucking' and 'p​iss'; to a parent",
        frm=S("jas"), to=ALI, client="outlook",
        subject="Transport - update", dt=when(2025, 3, 19, 10, 41),
        part=text(body, client="outlook"))

    # F11 soft hyphens, librarian
    body = ("Eleanor,\n\n"
            "The Year 8 who \"borrowed\" the entire Alex Rider set has brought them back with chewing gum in four of them. "
            "Little bas\u00adtard. I'm billing the parents.\n\n"
            "Also, your sixth formers left the quiet study room like a tip again at lunch - crisps in the carpet, "
            "a chair on the table. Tell them from me to stop being such tos\u00adsers about it or I'll lock it at lunchtimes.\n\n"
            "Margaret\n\nMargaret Ashworth\nLibrarian & Learning Resources\nExample School")
    add("flag", "library_soft_hyphens",
        "soft hyphens (U+00AD) inside 'bas-tard' and 'tos-sers' from the librarian",
        frm=S("margaret"), to=S("eleanor"), client="outlook",
        subject="Library - Alex Rider books / study room", dt=when(2025, 4, 29, 14, 2),
        part=alt("outlook", "library_soft_hyphens", body,
                 html_override=o_paras(esc(body).replace("\u00ad", "&shy;"), raw=True)))

    # F12 HTML markup inside words, HTML-only, drama teacher
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
         "<p>Gwen,</p>\n"
         "<p>The lighting hire company have sent us the wrong rig for the third time - no follow spots, two of the "
         "movers dead on arrival and a DMX cable that's about a foot too short. Tech rehearsal is tomorrow night. "
         "I am f<span style=\"color:#C00000\">uck</span>ing livid.</p>\n"
         "<p>Their excuse is that the order \"said LED pars\". It did not, I've got the quote in front of me. "
         "Absolute <b>bull</b><b>shit</b>.</p>\n"
         "<p>Can I borrow the two old follow spots from the music room store? I'll get the Year 12 crew to carry them.</p>\n"
         "<p>Ellis</p>\n"
         "<p style=\"color:#555555;font-size:9pt\">Ellis Booth | Teacher of Drama<br>Example School</p>\n"
         "</body></html>\n")
    add("flag", "drama_html_split_tags",
        "HTML-only body; 'f<span>uck</span>ing' and '<b>bull</b><b>shit</b>' split by markup",
        frm=S("ellis"), to=S("gwen"), client="thunderbird",
        subject="Lighting rig for Matilda", dt=when(2025, 3, 3, 17, 48),
        part=text(h, "html", client="thunderbird", cte="quoted-printable"))

    # F13 HTML character references, HTML-only, PA to the head
    inner = ("<p class=\"MsoNormal\">Adrian,<o:p></o:p></p>\n"
             "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
             "<p class=\"MsoNormal\">The main office copier has eaten the governors' packs for the second time this afternoon, "
             "and the engineer cannot come until Thursday. I am afraid my language in the office was not that of a PA to the "
             "Headteacher: the machine is a piece of &#115;&#104;&#105;&#116; and the lease company are, in my considered "
             "opinion, a shower of &#98;astards.<o:p></o:p></p>\n"
             "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
             "<p class=\"MsoNormal\">I have sent the packs to the reprographics room instead and they will be in governors' "
             "pigeonholes by 4pm. The agenda is unchanged.<o:p></o:p></p>\n"
             "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
             "<p class=\"MsoNormal\">Kind regards<o:p></o:p></p>\n"
             "<p class=\"MsoNormal\">Siobh&aacute;n<o:p></o:p></p>\n"
             "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
             "<p class=\"MsoNormal\"><b>Siobh&aacute;n N&iacute; Bhriain</b><br>PA to the Headteacher<br>"
             "Example School | part of Aire Valley Learning Trust<br>01632 960000<o:p></o:p></p>")
    add("flag", "pa_copier_html_entities",
        "HTML-only; numeric character references spell 'shit' and 'bastards'",
        frm=S("siobhan"), to=S("head"), client="outlook",
        subject="Governors' packs - copier", dt=when(2025, 2, 25, 14, 9),
        part=text(OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL, "html", client="outlook"))

    # F14 quoted-printable soft breaks inside words, music teacher
    body = ("Ellis,\n\n"
            "The peripatetic brass teacher has cancelled AGAIN, that's three Tuesdays out of four. What a wan" + SB +
            "ker. The Year 10s have their performance recordings in a fortnight and two of them haven't had a "
            "trumpet lesson since half term.\n\n"
            "And the music service's answer is that it's a staffing issue and they'll 'try to send cover'. Bollo" + SB +
            "cks they will.\n\n"
            "I'm going to ask Rachel if we can pay for a couple of private lessons out of the instrumental budget. "
            "Can you back me up at Thursday's meeting?\n\n"
            "Gwen\n\nGwen Rhys\nHead of Music\nExample School")
    add("flag", "music_qp_softbreak",
        "quoted-printable soft line breaks inside 'wan=ker' and 'Bollo=cks'",
        frm=S("gwen"), to=S("ellis"), client="thunderbird",
        subject="Brass lessons", dt=when(2025, 3, 4, 19, 12),
        part=text(body, client="thunderbird", cte="quoted-printable"))

    # F15 base64 text body, English teacher
    body = """El,

The trust moderation meeting was a joke. Some dickhead from the central team told us our Year 11 mocks were marked "generously" and then admitted he hadn't actually looked at the new mark scheme. I very nearly told him to piss off.

I've asked for his comments in writing so we can go through them properly at dept time on Wednesday. Can you put it on the agenda?

Tom

Tom Whitaker
Teacher of English | KS4 Coordinator
Example School"""
    add("flag", "english_moderation_base64",
        "base64 text/plain body containing 'dickhead' and 'piss off'",
        frm=S("tom"), to=S("eleanor"), client="gmail",
        subject="Moderation meeting", dt=when(2025, 1, 22, 17, 35),
        part=text(body, client="gmail", cte="base64"))

    # F16 RFC 2047 (B) subject only, deputy head; body clean
    body = """Agreed, thanks Hannah. Let's meet at 3.30 tomorrow in my office and redo the room plan and the running order before the next one. I'll bring the feedback forms.

Rachel

Rachel Lumb
Deputy Headteacher
Example School"""
    q = dict(style="outlook", who=S("hannah"), to=[S("rachel")], dt=when(2025, 2, 6, 21, 3),
             subject="Year 9 options evening", text="""Rachel,

Just home. Honestly that was hard work - the hall was too hot, the queue for the science table went out of the door and the options booklets ran out by 7.

Can we debrief tomorrow?

Hannah""")
    add("flag", "options_evening_subject_b64",
        "RFC 2047 base64 subject 'Re: Year 9 options evening – total shitshow'; body clean",
        frm=S("rachel"), to=S("hannah"), client="outlook",
        subject="Re: Year 9 options evening \u2013 total shitshow", dt=when(2025, 2, 7, 7, 18),
        in_reply_to="LO2P265MBHANNAH0601@LO2P265MB0601.GBRP265.PROD.OUTLOOK.COM",
        part=alt("outlook", "options_evening_subject_b64", body, quote=q))

    # F17 RFC 2047 (Q) subject split mid-word across two encoded-words; body clean
    subj_raw = enc_q_word("Whitby coach \u2013 absolute bol") + "\n " + enc_q_word("locks")
    body = """Helen,

Coach firm have just rung: the 53-seater for the Year 7 Whitby trip on Friday has failed its inspection and the best they can offer is two 33-seaters at an extra £240, leaving 30 minutes later.

I've said yes provisionally so we don't lose it. Could you confirm the extra cost is OK from the trips budget? The parents have already paid, so I don't want to go back to them.

Thanks,
Laura

Laura Beckett
Enrichment & Trips Coordinator
Example School"""
    add("flag", "whitby_coach_subject_qsplit",
        "RFC 2047 Q subject split 'bol' + 'locks' across encoded-words; body clean",
        frm=S("laura"), to=S("helen"), client="gmail",
        subject="", subject_raw=subj_raw, dt=when(2025, 6, 10, 13, 27),
        part=alt("gmail", "whitby_coach_subject_qsplit", body))

    # F18 swearing in a .txt attachment; covering note clean
    notes = """HANDOVER - YEAR 10 - while I'm on paternity leave (2-13 June)

1. Parents' evening 5 June: bookings are in SchoolCloud. Still 40-odd families not booked, the office are texting.
2. Work experience: Femi has the list. Three still without placements (initials on the tracker).
3. Bus 7C: if the afternoon bus is late again ring the operator, ask for the transport manager. Mr Pickles on the desk is a complete twat and will try to fob you off - don't let him.
4. Behaviour: the usual names. Restorative with the two boys from 10K is booked for Tuesday P3.
5. Reports: Y10 summer reports due to me 20 June, I'll do comments when back.

Mobile for emergencies only: ask Siobhan.
Liam
"""
    body = """Rachel,

Handover notes for Year 10 attached, as promised. Anything urgent, Donna knows most of it.

Thanks for covering.

Liam

Liam Sheard
Head of Year 10
Example School"""
    add("flag", "hoy_handover_txt_attachment",
        "swearing ('complete twat') only inside a base64 .txt attachment",
        frm=S("liam"), to=S("rachel"), cc=S("donna"), client="outlook",
        subject="Year 10 handover notes", dt=when(2025, 5, 30, 15, 55),
        part=mixed("outlook", "hoy_handover_txt_attachment",
                   alt("outlook", "hoy_handover_txt_attachment", body),
                   [attach("Y10_handover.txt", "text/plain", notes, charset="utf-8",
                           size_date="Fri, 30 May 2025 14:55:10 GMT")]))

    # F19 disability slur in a .csv attachment; covering note clean
    csv_text = """seat,initials,set,notes
A1,J.K.,9M4,needs instructions twice - front row
A2,S.R.,9M4,good with the calculator section
A3,M.T.,9M4,ear defenders in bag
B1,D.W.,9M4,total retard tbh - keep him away from the window
B2,A.P.,9M4,quiet - check in on her
B3,L.O.,9M4,
C1,R.H.,9M4,new from Bramley Primary partnership
C2,F.N.,9M4,chatty with C3
C3,T.E.,9M4,chatty with C2
"""
    body = """Hi Aisha,

Seating plan for 9M4 attached - could you print a copy for the front desk and one for the cover folder before Monday P2?

Thanks!
Kev

Kevin Dobson
Teacher of Mathematics
Example School"""
    add("flag", "maths_seating_csv_slur",
        "disability slur 'retard' about a pupil inside a .csv attachment",
        frm=S("kevin"), to=S("aisha"), client="gmail",
        subject="9M4 seating plan", dt=when(2025, 1, 10, 15, 31),
        part=mixed("gmail", "maths_seating_csv_slur",
                   alt("gmail", "maths_seating_csv_slur", body),
                   [attach("9M4_seating.csv", "text/csv", csv_text, client="gmail")]))

    # F20 swearing in an .html attachment, site assistant
    notice = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Staffroom fridge</title>
<style>body{font-family:Arial;text-align:center} h1{font-size:48pt;color:#b00}</style></head>
<body>
<h1>STAFFROOM FRIDGE</h1>
<p style="font-size:24pt">Whoever keeps leaving rotten shit in the staffroom fridge: it is being emptied into the skip at 4pm on FRIDAY.</p>
<p style="font-size:18pt">We are all pissed off with the smell. Label it or lose it.</p>
<p>- Site Team</p>
</body></html>
"""
    body = """Hi office,

Notice for the staffroom attached. Gary says can you print it A3 and laminate it, two copies (fridge door and noticeboard).

Cheers
Dean"""
    add("flag", "site_fridge_notice_html_attachment",
        "'shit' and 'pissed off' only inside an .html attachment for the staffroom",
        frm=S("dean"), to=S("office"), client="apple",
        subject="Staffroom notice to print", dt=when(2025, 4, 23, 9, 40),
        part=mixed("apple", "site_fridge_notice_html_attachment",
                   text(body, client="apple"),
                   [attach("staffroom_fridge_notice.html", "text/html", notice, charset="utf-8",
                           client="apple", cte="quoted-printable")]))

    # F21 racial slur masked with @
    body = """Donna,

Chased the P@ki family in 9K again this morning, no answer on either number as usual. That's 14 sessions missed this half term. I'll send the 10-day letter today and put them on the list for the EWO when she's in Thursday.

Carol

Carol Booth
Attendance Officer
Example School"""
    add("flag", "attendance_racial_slur_masked",
        "racial slur masked with @ ('P@ki') from the attendance officer",
        frm=S("carol"), to=S("donna"), client="outlook",
        subject="9K attendance", dt=when(2025, 3, 12, 9, 22),
        part=text(body, client="outlook", cte="7bit"))

    # F22 misogynistic slur masked with ! and #, primary phase
    body = """Sophie,

Just a heads up in case she comes to you next. Mum from 6R cornered me in the car park at 3.20 about the residential deposit and the silly b!tch screamed at me in front of half of Year 2. Told me I was incompetent because the letter had the wrong date on it (it didn't, she read the return date as the leaving date). What a f#cking end to the week.

I've logged it with Rachel. If she turns up at your door tomorrow don't engage, just send her to the office.

Amir

Amir Rahman
Year 6 Teacher | Primary Phase
Example School"""
    add("flag", "primary_parent_gendered_slur",
        "misogynistic slur masked 'b!tch' about a parent plus 'f#cking'",
        frm=S("amir"), to=S("sophie"), client="outlook",
        subject="6R mum - car park", dt=when(2025, 4, 4, 16, 12),
        part=alt("outlook", "primary_parent_gendered_slur", body))

    # F23 disability slur in a Gmail reply (quoted text clean)
    q = dict(style="gmail", who=S("kevin"), dt=when(2025, 2, 18, 7, 41),
             text="""Morning Denise, the cover sheet for my P3 says 8M2 but I'm teaching 9M4 period 3 on Tuesdays. Which one is the supply teacher actually going to?

Kevin""")
    body = """Sorry Kev, I'm a complete spaz this morning - it's 9M4 in M6, the sheet's wrong. I've corrected the master copy and the supply teacher has the right one.

Denise

Denise Fairclough
Cover Manager
Example School"""
    add("flag", "cover_disability_slur_reply",
        "disability slur 'spaz' (self-directed) in own reply; quoted text clean",
        frm=S("denise"), to=S("kevin"), client="gmail",
        subject="Re: P3 cover sheet", dt=when(2025, 2, 18, 7, 49),
        in_reply_to="CAKevinCover18Feb@mail.gmail.com",
        part=alt("gmail", "cover_disability_slur_reply", body, quote=q))

    # F24 offensive comments on grounds of age, no swear words
    body = """Hiya,

Can you keep an eye on the reading volunteers on Wednesday afternoons? Honestly half of them are senile old biddies - one of them fell asleep during a phonics session last week and the other can't hear a word the kids say. Coffin-dodgers, the lot of them. I'd rather have Year 10s from the secondary side on work experience.

Anyway the rota is on the classroom door. If any of them turn up and there's nobody to read with, send them to Mrs Copley's room.

Beth

Beth Copley
Year 3 Teacher | Primary Phase
Example School"""
    add("flag", "primary_volunteers_ageist",
        "offensive comments on grounds of age ('senile old biddies', 'coffin-dodgers'), no swear words",
        frm=S("beth"), to=S("aisha"), client="outlook",
        subject="Wednesday readers", dt=when(2025, 1, 27, 12, 50),
        part=alt("outlook", "primary_volunteers_ageist", body))

    # F25 religious slur
    body = """Liam,

FYI the DT practical exam moderation is booked for 31 March. I've just had a look at the register and I reckon half the towelheads will be off for Eid that week anyway, so I'll run a catch-up session on the Friday after.

Can you make sure the form tutors chase the missing NEA folders before then?

Steve

Steve Marsden
Head of Design & Technology
Example School"""
    add("flag", "dt_eid_religious_slur",
        "religious/racial slur 'towelheads' about Muslim families",
        frm=S("steve"), to=S("liam"), client="outlook",
        subject="DT moderation 31 March", dt=when(2025, 3, 14, 13, 5),
        part=text(body, client="outlook"))

    # F26 homophobic slurs in leetspeak
    body = """Steve,

Did you see the new cover supervisor at break? Prancing round the hall in those skinny chinos. Total b3nder. He asked me if he could "help out" with the U15s on Thursdays - can you imagine a p00f like that reffing a rugby match?

I've told him to speak to Jonny about the timetable and hopefully that's the end of it.

Craig"""
    add("flag", "pe_homophobic_leetspeak",
        "homophobic slurs in leetspeak ('b3nder', 'p00f') about a colleague",
        frm=S("craig"), to=S("steve"), client="gmail",
        subject="U15s Thursday", dt=when(2025, 1, 16, 11, 3),
        part=alt("gmail", "pe_homophobic_leetspeak", body))

    # F27 to a parent, Outlook reply; own text swears, quoted text clean
    q = dict(style="outlook", who=JANE, to=[S("liam")], dt=when(2025, 5, 6, 20, 14),
             subject="Ollie - PE changing rooms",
             text="""Dear Mr Sheard,

Ollie came home upset again today. He says a group of boys have been hiding his PE kit and throwing his shoes into the showers, and today someone filmed him getting changed. He didn't want me to email you but I think you need to know.

Please can you let me know what will happen?

Jane Parent""")
    body = """Dear Mrs Parent,

Thank you for letting me know, and please tell Ollie he did the right thing.

I've spoken to the three boys involved today. Frankly they've been absolute little shits to him and I told them so in no uncertain terms. The phone has been confiscated and the video deleted in front of me, and their parents are being contacted this afternoon.

From tomorrow Ollie can get changed in the accessible changing room next to the sports hall office if he'd prefer. I'll check in with him at registration on Friday.

Kind regards
Liam Sheard
Head of Year 10
Example School | 01632 960000"""
    add("flag", "hoy_reply_parent_swearing",
        "to a parent: 'little shits' in the teacher's own reply; quoted parent text clean",
        frm=S("liam"), to=JANE, client="outlook",
        subject="RE: Ollie - PE changing rooms", dt=when(2025, 5, 7, 15, 40),
        in_reply_to="CAJaneParentOllie0605@mail.gmail.com",
        part=alt("outlook", "hoy_reply_parent_swearing", body, quote=q))

    # F28 to pupils
    body = """Year 11,

Right. Half of you have still not handed in the required practical write-ups for osmosis and enzymes, and some of what has been handed in is crap - copied tables, no units, no conclusions. Stop pissing about. These are in your exam in five weeks.

Deadline is Friday 9am, in the tray in S4. Anyone who misses it is in my room Monday lunchtime.

Dr Lawson"""
    add("flag", "biology_pupils_pissing_about",
        "to pupils: 'crap' and 'pissing about' from a biology teacher",
        frm=S("abi"), to=PU("11x-biology", "11X Biology"), client="outlook",
        subject="Required practical write-ups - FINAL deadline", dt=when(2025, 4, 28, 16, 2),
        part=alt("outlook", "biology_pupils_pissing_about", body))

    # F29 sexual vulgarity between staff
    body = """Carol!!

Did you see the new rep from the photocopier company in reception this morning?? Wouldn't kick him out of bed. Apparently he's been shagging the woman from the lease company - all tits and fake tan, you know the one. No wonder our contract got renewed without anyone reading it.

He's back on Thursday to "look at the finisher" so I'll be making the coffees that morning ;)

D x"""
    add("flag", "cover_manager_sexual_vulgarity",
        "sexual vulgarity ('shagging', 'all tits') between staff",
        frm=S("denise"), to=S("carol"), client="outlook",
        subject="Reception this morning...", dt=when(2025, 2, 10, 10, 55),
        part=alt("outlook", "cover_manager_sexual_vulgarity", body))

    # F30 forward with swearing in the covering note; forwarded text clean
    q = dict(style="outlook", line=True, who=("Northline Car Park Services", "accounts@northline-parking.example.com"),
             to=[S("helen")], dt=when(2025, 6, 2, 9, 12), subject="Invoice NCP-2291 - additional works",
             text="""Dear Ms Marsh,

Please find below details of invoice NCP-2291 for additional line painting carried out at your premises on 24 May 2025 (staff car park bays 1-40 and the disabled bays by reception): £480.00 + VAT.

Payment is due within 14 days.

Regards
Accounts Team
Northline Car Park Services""")
    body = """Adrian,

See below from the car park contractor. What a bellend. We never asked for the bays repainting - they did it while here for the barrier service and now the knobhead on the phone says it's "standard practice".

I'm disputing it. Just flagging in case he contacts you directly.

Helen

Helen Marsh
School Business Manager
Example School"""
    add("flag", "business_manager_forward_bellend",
        "'bellend' and 'knobhead' in own covering note of a forward; forwarded text clean",
        frm=S("helen"), to=S("head"), client="outlook",
        subject="FW: Invoice NCP-2291 - additional works", dt=when(2025, 6, 2, 10, 31),
        part=alt("outlook", "business_manager_forward_bellend", body, quote=q))


# =====================================================================
#                         CLEAN CASES (part 1)
# =====================================================================
def clean_a():
    # C1 site team plumbing
    add("clean", "site_ballcock_stopcock",
        "plumbing: ballcock, stopcock, flush cock, nuts and screws",
        frm=S("gary"), to=S("dean"), client="iphone",
        subject="Sports hall boys toilets", dt=when(2025, 1, 20, 7, 34),
        part=text("""Dean

Boys toilets by the sports hall - cubicle 3 cistern overflowing again. Ballcock's knackered, swap it for one of the new ones in the store (top shelf, blue box). Turn the stopcock off under the sink in the cleaners' cupboard first, NOT the main one or the kitchen loses water at lunch.

Also the flush cock on the urinals in the staff gents is dripping. Bag of M8 nuts and screws and the fibre washers are on my desk.

G

Sent from my iPhone""", client="apple"))

    # C2 hardware order as CSV
    order = """Code,Description,Qty,Unit ex VAT,Line ex VAT
41872,Butt hinges 100mm satin chrome (pair),10,3.49,34.90
22650,Brass drain cock 15mm,2,6.99,13.98
63014,Ball valve 15mm full bore,4,4.29,17.16
17729,Hex nuts M8 zinc (pack 100),2,3.79,7.58
88401,Coach screws 8 x 100mm (pack 50),1,11.49,11.49
30157,Mortice knob set - satin (door knobs),6,14.99,89.94
55120,Rubber door stops brown,12,1.29,15.48
92043,Stopcock key 1.2m,1,12.99,12.99
70388,Grease nipple assortment,1,7.49,7.49
61702,Screw-in bollard padlock,2,19.99,39.98
13905,Fire door closer (EN1154),3,53.88,161.64
"""
    body = """Helen,

Can you raise a PO for the attached please? It's mostly summer holiday jobs - the door knobs on the Victorian block, new closers on the science corridor fire doors, and the drain cock and ball valves for the boiler room.

Total £412.63 ex VAT, Screwfix trade account.

Thanks
Dean

Dean Roper
Site Assistant
Example School"""
    add("clean", "site_hardware_order_csv",
        "hardware order CSV: butt hinges, drain cock, ball valve, nuts, knobs, rubber, nipple",
        frm=S("dean"), to=S("helen"), client="outlook",
        subject="PO request - Screwfix summer order", dt=when(2025, 6, 27, 10, 12),
        part=mixed("outlook", "site_hardware_order_csv", alt("outlook", "site_hardware_order_csv", body),
                   [attach("screwfix_order_summer.csv", "text/csv", order,
                           size_date="Fri, 27 Jun 2025 09:10:44 GMT")]))

    # C3 blackout blinds / flame-retardant drapes, PDF certificate stub
    body = """Moira

Sports hall blinds fixed. Still a couple of chinks of light coming in at the top of the end windows after 2pm, we'll black-out tape them Monday before the mocks.

Certificate for the new stage drapes attached (inherently flame retardant, BS 5867 part 2 type B) for your centre inspection file.

Gary

Sent from my iPhone"""
    add("clean", "site_blinds_flame_retardant_pdf",
        "'chinks of light', 'flame retardant' with a PDF certificate stub",
        frm=S("gary"), to=S("moira"), client="iphone",
        subject="Sports hall blinds + drapes cert", dt=when(2025, 2, 28, 15, 2),
        part=mixed("apple", "site_blinds_flame_retardant_pdf", text(body, client="apple"),
                   [attach("Stage_drapes_FR_certificate.pdf", "application/pdf",
                           pdf_stub("Certificate of Flame Retardancy - stage drapes - BS 5867-2 Type B"),
                           client="apple")]))

    # C4 lettings weekend, non-native writer
    body = """Hi Gary,

Weekend lettings report:

Saturday - badminton club, they left shuttlecocks everywhere in sports hall and one net post is bent, I put it behind the stage. Also somebody used the disabled toilet for changing and left it very wet, I mopped.

Sunday - Leeds Scottish dance group, Gay Gordons and Strip the Willow until 10pm, very loud but very nice people, they stack all chairs themselves. They ask if next time they can use the stage lights, I said I must ask you.

Alarm set 22:25, all doors checked.

Zofia"""
    add("clean", "site_lettings_weekend",
        "lettings report: shuttlecocks, 'Gay Gordons', 'Strip the Willow'",
        frm=S("zofia"), to=S("gary"), client="outlook",
        subject="Weekend lettings 8-9 March", dt=when(2025, 3, 10, 6, 58),
        part=text(body, client="outlook"))

    # C5 catering menu (Outlook, table in HTML)
    plain = """Hi both,

Here's the menu for week 2 (from 3 February) for the website and the parent app. Burns Night soup carried over as it went down so well.

Monday: Cottage pie / Quorn cottage pie, seasonal greens. Pudding: jam roly-poly and custard
Tuesday: Faggots in onion gravy with mash and peas (traditional - Mr Brain's) / veggie sausage and mash. Pudding: fruit jelly
Wednesday: Toad in the hole / veggie toad in the hole, onion gravy. Pudding: Bakewell tart (contains almonds - nut-free flapjack available)
Thursday: Roast chicken, roast potatoes, Yorkshire pudding / cheese and onion pie. Pudding: spotted dick and custard
Friday: Fish fingers or battered pollock, chips, mushy peas / veggie fingers. Pudding: ice cream

Soup of the week: cock-a-leekie (Mon-Wed), leek and potato (Thu-Fri)
Salad bar and jacket potatoes every day.

Bev

Bev Holroyd
Catering Manager
Example School"""
    rows = [("Monday", "Cottage pie / Quorn cottage pie", "Jam roly-poly &amp; custard"),
            ("Tuesday", "Faggots in onion gravy, mash &amp; peas / veggie sausage &amp; mash", "Fruit jelly"),
            ("Wednesday", "Toad in the hole / veggie toad in the hole", "Bakewell tart (contains almonds)"),
            ("Thursday", "Roast chicken / cheese &amp; onion pie", "Spotted dick &amp; custard"),
            ("Friday", "Fish fingers or battered pollock, chips / veggie fingers", "Ice cream")]
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
             + "\n".join(f'<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>{d}</b></p></td>'
                         f'<td style="padding:0cm 5.4pt"><p class="MsoNormal">{m}</p></td>'
                         f'<td style="padding:0cm 5.4pt"><p class="MsoNormal">{pd}</p></td></tr>' for d, m, pd in rows)
             + "\n</table>")
    hbody = (o_paras("Hi both,\n\nHere's the menu for week 2 (from 3 February) for the website and the parent app. "
                     "Burns Night soup carried over as it went down so well.\n") + "\n" + table + "\n"
             + o_paras("\nSoup of the week: cock-a-leekie (Mon-Wed), leek and potato (Thu-Fri)\n"
                       "Salad bar and jacket potatoes every day.\n\nBev\n\nBev Holroyd\nCatering Manager\nExample School"))
    add("clean", "catering_menu_faggots_spotted_dick",
        "school menu: faggots, spotted dick, toad in the hole, cock-a-leekie, Bakewell tart",
        frm=S("bev"), to=S("office"), cc=S("siobhan"), client="outlook",
        subject="Menu week 2 - for website", dt=when(2025, 1, 29, 13, 47),
        part=alt("outlook", "catering_menu_faggots_spotted_dick", plain, html_override=hbody))

    # C6 catering to a parent about an allergy
    body = """Dear Sam,

Thanks for the updated allergy plan for Jayden, I've added it to the kitchen board and the till system so his card flags at the counter.

A couple of things on next week's menu to be aware of:
- Wednesday's Bakewell tart contains almonds, so he'll be offered the nut-free flapjack instead.
- Thursday's stir-fry has shiitake mushrooms and sesame oil - no nuts, but sesame, which I know is on his "avoid" list, so we'll do him plain noodles with chicken and cucumber.
- All our bread is from a nut-free bakery.

If he ever isn't sure, he can ask for me or Tomasz at the hatch and we'll check the label with him.

Kind regards
Bev Holroyd
Catering Manager
Example School | 01632 960000"""
    add("clean", "catering_parent_allergy_shiitake",
        "to a parent: shiitake (contains 'shit' substring), Bakewell tart, nuts, cucumber",
        frm=S("bev"), to=SAM, client="outlook",
        subject="Jayden - allergy plan and next week's menu", dt=when(2025, 3, 7, 11, 20),
        part=alt("outlook", "catering_parent_allergy_shiitake", body))

    # C7 international food day, HTML-only
    h = (OUTLOOK_HEAD + o_paras(
        "Hi everyone,\n\nInternational Day lunch menu for Thursday - the kitchen has been practising all week!\n\n"
        "France: coq au vin, pissaladière (onion, anchovy and olive tart)\n"
        "Spain: chicken and chorizo paella\n"
        "Poland: pierogi ruskie with fried onion\n"
        "Nigeria/Ghana: jollof rice with plantain (friendly debate about whose jollof is best welcome)\n"
        "Wales: cawl and bara brith\n"
        "Vietnam: phở bò (beef noodle soup)\n"
        "Austria: Kaiserschmarrn with apple sauce\n"
        "England: bubble and squeak, toad in the hole\n\n"
        "Flags from the geography department will be up in the dining hall. Staff lunch is £3.20 as usual.\n\n"
        "Tomasz\nCook, Example School Catering") + "\n" + OUTLOOK_TAIL)
    add("clean", "catering_international_day_html",
        "HTML-only menu: coq au vin, pissaladière ('piss' substring), phở, Kaiserschmarrn",
        frm=S("tomasz"), to=S("allstaff"), client="outlook",
        subject="International Day lunch \u2013 Thursday", dt=when(2025, 6, 16, 9, 5),
        part=text(h, "html", client="outlook"))

    # C8 RSE puberty letter to a parent
    body = """Dear Ali,

As part of our Relationships, Sex and Health Education (RSHE) programme, Year 6 will be taught about puberty and changing bodies in the week beginning 9 June.

The lessons use the correct scientific names for body parts, as set out in the statutory guidance. Pupils will learn about:
- the male and female reproductive systems, including the penis, testicles, vulva, vagina, womb and ovaries;
- periods and how to manage them, including sanitary products;
- other changes such as erections, wet dreams, body hair, breasts developing and voices breaking;
- personal hygiene, and where to go for help and trusted information.

Boys and girls will learn the same content, with an optional single-sex question time at the end of the week. You are very welcome to look at the resources at the parents' drop-in on Monday 2 June, 3.30-4.30pm in the Year 6 classroom.

Please note that parents cannot withdraw their child from the puberty content, which is part of the science curriculum.

Kind regards

Hannah Greenwood
PSHE & RSHE Lead
Example School | part of Aire Valley Learning Trust
01632 960000"""
    add("clean", "rshe_year6_puberty_letter",
        "to a parent: RSHE puberty letter using anatomical terms",
        frm=S("hannah"), to=ALI, client="outlook",
        subject="Year 6 RSHE - puberty lessons w/b 9 June", dt=when(2025, 5, 21, 14, 30),
        part=alt("outlook", "rshe_year6_puberty_letter", body))

    # C9 biology revision to pupils
    body = """Hi 10Y,

Revision list for Thursday's end-of-topic test (Reproduction, Inheritance & Evolution):

1. Label the male and female reproductive systems - penis, testes, scrotum, sperm duct, urethra; ovaries, oviduct, uterus, cervix, vagina.
2. Sex chromosomes: XX and XY. Be able to draw the Punnett square showing the 50:50 chance.
3. The menstrual cycle - FSH, LH, oestrogen, progesterone. Know which gland makes which.
4. Contraception - hormonal vs barrier methods, pros and cons.
5. Evolution - Homo habilis, Homo erectus, Homo sapiens, and brain size/tool use over time.
6. Skeleton recap: the coccyx is a vestigial structure (tail bone) - good example for evidence of evolution.

The practice paper is on Google Classroom. Bring a pencil for the diagrams!

Dr Lawson"""
    add("clean", "biology_revision_reproduction",
        "to pupils: biology terms (penis, vagina, Homo erectus, coccyx, sex chromosomes)",
        frm=S("abi"), to=PU("10y-biology", "10Y Biology"), client="gmail",
        subject="Thursday test - revision list", dt=when(2025, 3, 24, 15, 48),
        part=alt("gmail", "biology_revision_reproduction", body))

    # C10 PSHE planning about homophobic and misogynistic language
    body = """Dear Year 8 tutors,

Next Wednesday's tutor-time PSHE session is on respectful language. The slides and script are in the shared drive (PSHE > Y8 > Spring 2).

The session looks at why phrases like "that's so gay" are homophobic even when pupils say they "don't mean it like that", and at misogynistic content online (the influencer videos a number of our boys have been quoting). The slides don't print any slurs - pupils are asked to think about the impact of words, not to list them.

Please:
- read the script beforehand, it has suggested answers for the tricky questions;
- log any disclosures on CPOMS as normal;
- let me know if a pupil in your form has a reason to sit this one out.

Thanks, as always
Hannah

Hannah Greenwood
PSHE & RSHE Lead"""
    add("clean", "pshe_respectful_language_tutors",
        "PSHE planning mentioning 'that's so gay' as the thing being taught against",
        frm=S("hannah"), to=("Year 8 Tutors", f"y8tutors@{STAFF}"), client="outlook",
        subject="Y8 tutor time - respectful language session", dt=when(2025, 2, 26, 16, 40),
        part=alt("outlook", "pshe_respectful_language_tutors", body))

    # C11 first aid note to a parent
    body = """Dear Sam,

Just to let you know Jayden had a bump in PE this afternoon - he collided with another pupil during basketball and had quite a bloody nose for about ten minutes. We sat him down, pinched the soft part of his nose and it stopped by itself. He also landed on his bottom and says it's a bit sore, but he was walking normally and went back to lessons.

No head injury, but please keep an eye on him this evening and ring 111 if you're worried.

Kind regards
Janet Birch
School Nurse / First Aid
Example School | 01632 960000"""
    add("clean", "first_aid_bloody_nose_parent",
        "to a parent: first aid note ('bloody nose', 'bottom')",
        frm=S("janet"), to=SAM, client="outlook",
        subject="Jayden - nosebleed in PE", dt=when(2025, 2, 5, 15, 10),
        part=text(body, client="outlook"))

    # C12 exams entries CSV with candidate surnames from many cultures
    entries = """Candidate No,Surname,Forename,Board,Spec,Tier/Option
4012,Butt,Ayesha,OCR,J282 Latin,Language + Literature A
4019,Cockburn,Fraser,OCR,J282 Latin,Language + Literature A
4027,Dikshit,Ravi,Pearson Edexcel,1HI0 History,Whitechapel c1870-c1900
4031,Shittu,Adebayo,Pearson Edexcel,1HI0 History,Whitechapel c1870-c1900
4036,Hancock,Molly,AQA,8062 Religious Studies A,Christianity/Islam; Themes A B D E
4040,Nguyen,Phuc,AQA,8062 Religious Studies A,Christianity/Islam; Themes A B D E
4044,Cummings,Ella,Pearson Edexcel,1HI0 History,
4051,Fuchs,Lena,AQA,8668 German,Foundation
4058,Sexton,Caleb,AQA,8668 German,Higher
"""
    body = """Rupert, Sanjay,

Final entries check attached. Two things before I submit on Friday, because after that it's late fees and I am not paying late fees again:

1. Ella Cummings has no History option recorded. Is she Whitechapel like the rest of the group?
2. Lena Fuchs is down as Foundation for German. Katrin says Higher - can someone make a decision and tell me, ideally in writing?

Everything else matches SIMS. Please check the spelling of names too - the certificates print exactly what's on the entry.

Moira

Moira Kettleborough | Exams Officer
Example School"""
    add("clean", "exams_entries_csv_surnames",
        "exam entries CSV: surnames Butt, Cockburn, Dikshit, Shittu, Hancock, Sexton; Whitechapel option",
        frm=S("moira"), to=[S("rupert"), S("sanjay")], cc=S("katrin"), client="outlook",
        subject="Summer entries - FINAL check by Thursday", dt=when(2025, 2, 17, 12, 15),
        part=mixed("outlook", "exams_entries_csv_surnames", alt("outlook", "exams_entries_csv_surnames", body),
                   [attach("entries_check_summer2025.csv", "text/csv", entries,
                           size_date="Mon, 17 Feb 2025 12:11:02 GMT")]))

    # C13 English set texts
    body = """Hi all,

A few reminders for next half term's teaching:

Year 10 - Of Mice and Men: when we get to chapter 2, remember the focus is on how the men label Curley's wife (Candy calls her a "tart", George calls her "jail bait") and what Steinbeck is doing with the fact she's never named. Please use the new context slides on 1930s attitudes to women rather than the old ones.

Year 9 - The Taming of the Shrew: the "wasp" and "sting" exchange in 2.1 is in the anthology with notes; the bawdy puns are glossed, no need to go further than the notes.

Year 12 - Chaucer, The Miller's Tale: Ruth and I will split the fabliau section. Students will need the glossary for "hende", "queynte" and the window scene. The Riverside edition has the best notes.

Department meeting Wednesday 3.30, E12. Biscuits on me.

Eleanor

Eleanor Vance
Head of English
Example School"""
    add("clean", "english_set_texts_mice_shrew_miller",
        "set texts: 'tart' quoted from Of Mice and Men, Shrew puns, Miller's Tale 'queynte'",
        frm=S("eleanor"), to=("English Department", f"english@{STAFF}"), client="outlook",
        subject="Next half term - set text reminders", dt=when(2025, 2, 14, 15, 22),
        part=alt("outlook", "english_set_texts_mice_shrew_miller", body))

    # C14 Larkin [unsure]
    body = """El,

For the A-level unseen poetry practice on Thursday I'm going to pair Larkin's "This Be The Verse" with Armitage's "Mother, any distance". Same theme (what parents hand on to children), completely different tone.

I know the first line - "They fuck you up, your mum and dad" - will get a reaction, but it's in most of the anthologies and that shock is exactly the point we'll discuss: the casual register against the tight rhyme scheme. I'll warn them at the start and set the tone.

Shout if you'd rather I used something else for this group.

Tom"""
    add("clean", "english_larkin_unseen",
        "[unsure] quotes the famous first line of a published Larkin poem in lesson planning",
        frm=S("tom"), to=S("eleanor"), client="gmail",
        subject="Y13 unseen poetry - Larkin", dt=when(2025, 3, 17, 8, 2),
        part=alt("gmail", "english_larkin_unseen", body))

    # C15 Latin homework
    body = """Salvete, Year 9!

Homework for Tuesday: Cambridge Latin Course Book 1, Stage 8 - translate "gladiatores" lines 1-14 into good English.

Grammar reminders:
- "cum" + ablative = "with" (cum amicis = with friends). Don't confuse it with "cum" meaning "when" - that comes later.
- "dicit" = he/she says; "dixit" = he/she said.
- Watch the word order: the verb is usually at the end.

Extension: find three English words that come from "gladius", "spectare" and "arena". Spectacles doesn't count twice!

We'll look at the real Pompeii graffiti next week (the polite ones).

Valete,
Mr Hale

Rupert Hale
Teacher of Classics
Example School"""
    add("clean", "latin_homework_cum_ablative",
        "to pupils: Latin 'cum' + ablative, 'dicit'",
        frm=S("rupert"), to=PU("9-latin", "9 Latin"), client="thunderbird",
        subject="Latin homework - Stage 8", dt=when(2025, 1, 30, 14, 11),
        part=text(body, client="thunderbird"))

    # C16 panto letter to a parent
    body = """Hi Jane,

Great news - Ollie has been cast in this year's Christmas panto, Aladdin. He'll be playing Widow Twankey (the dame!), which is a big part with lots of audience interaction, and he was brilliant at the audition.

Rehearsals are Tuesdays and Thursdays 3.15-4.30 in the drama studio from next week. Performances are 10 and 11 December at 6.30pm, plus a matinee for the primary phase.

For the costume, the dame gets the wardrobe's most ridiculous outfits so there's nothing you need to buy - just black trainers and leggings.

Last year's Dick Whittington raised over £900 for the PTA so we're hoping to beat that!

Best wishes
Ellis

Ellis Booth | Teacher of Drama
Example School"""
    add("clean", "drama_panto_widow_twankey",
        "to a parent: panto 'Widow Twankey' ('wank' substring), 'Dick Whittington'",
        frm=S("ellis"), to=JANE, client="gmail",
        subject="Ollie - Aladdin panto!", dt=when(2025, 10, 3, 16, 25),
        part=alt("gmail", "drama_panto_widow_twankey", body))

    # C17 music concert programme
    body = """Dear colleagues,

The Spring Concert programme is now fixed - thank you for releasing pupils for rehearsals.

First half
- Year 7 Choir: "Homeward Bound"
- Early music workshop showcase with York Waits: sackbut, cornett and shawm (Year 8 pupils will have tried them in the afternoon workshop)
- String Group: Fanny Mendelssohn Hensel, Notturno in G minor (arr.)
- Jazz Band: "Moanin'"

Second half
- Concert Band: Elgar, "Cockaigne (In London Town)" - heavily arranged, do not tell the Elgar Society
- Year 11 GCSE ensemble pieces
- Finale: everyone, "Jerusalem" (with the organ from St Anne's, thank you Mrs Hill)

Tickets £3 / £2 concessions from the finance office. Doors 6.30pm, Thursday 27 March.

Gwen

Gwen Rhys
Head of Music
Example School"""
    add("clean", "music_concert_sackbut_cockaigne",
        "concert programme: sackbut, Cockaigne, Fanny Mendelssohn Hensel, organ",
        frm=S("gwen"), to=S("allstaff"), client="outlook",
        subject="Spring Concert - programme", dt=when(2025, 3, 14, 12, 30),
        part=alt("outlook", "music_concert_sackbut_cockaigne", body))

    # C18 drama texts and theatre trip
    body = """Rachel,

Two things for your sign-off:

1. Year 13 scripted duologues: I'd like to offer Mike Bartlett's "Cock" as one of the options alongside "Blasted" extracts and "The Effect". It's a tight, brilliant play about John being pulled between his boyfriend and a woman he's met - perfect for two strong actors. The script has some strong language; I'll edit the extract and parents get the usual content note.

2. Theatre trip: "Kinky Boots" at Leeds Grand, Wednesday 14 May, matinee. 40 tickets held until Friday, £18 each with the schools' discount. It's a musical about a struggling shoe factory and acceptance - very good for the Year 10 practitioners unit.

Ellis"""
    add("clean", "drama_bartlett_kinky_boots",
        "play/musical titles: Mike Bartlett's 'Cock', 'Blasted', 'Kinky Boots'",
        frm=S("ellis"), to=S("rachel"), client="outlook",
        subject="Y13 duologue texts + Kinky Boots trip", dt=when(2025, 1, 23, 13, 10),
        part=alt("outlook", "drama_bartlett_kinky_boots", body))

    # C19 history Year 8
    body = """Hi team,

Y8 scheme for the next three weeks (Tudors and Stuarts, part 2):

Wk 1 - Mary I and the Protestant martyrs. Latimer and Ridley, Oxford 1555. The source pack has the Foxe woodcut of the faggots being piled round the stake; pupils usually ask, so: a faggot is a bundle of sticks tied together for burning. Please pre-empt the giggles.
Wk 2 - Titus Oates and the Popish Plot. Good one for "can we trust the source?".
Wk 3 - Crime and punishment case study: Dick Turpin, hanged at York in 1739, and how the legend grew (the ride to York was actually Swift Nick's).

Assessment is the usual source question in week 3.

Sanjay

Sanjay Mehta
Head of History
Example School"""
    add("clean", "history_y8_faggots_turpin",
        "history: 'faggots' (bundles of sticks, martyrs), Titus Oates, Dick Turpin",
        frm=S("sanjay"), to=("History Department", f"history@{STAFF}"), client="thunderbird",
        subject="Y8 next three weeks", dt=when(2025, 1, 7, 18, 20),
        part=text(body, client="thunderbird"))

    # C20 history Year 9 cross-curricular
    body = """Fiona,

Thanks for agreeing to the cross-curricular bit on Wales. My half of the plan:

- Aberfan, 21 October 1966 - colliery spoil tip (the "slag heap", as the papers called it) sliding onto Pantglas Junior School. Your lot can do why the tip failed (springs, rainfall, tipping over a stream) and I'll do the tribunal and the National Coal Board's response.
- Offa's Dyke - I'll cover Mercia and why it was built; could your Year 9s do the gradient/profile work on a section near Knighton?
- Victorian public health - Thomas Crapper and the flushing toilet (he didn't invent it, sorry everyone), Bazalgette, the Great Stink.

Shall we meet Thursday lunch to line up the assessment?

Sanjay"""
    add("clean", "history_y9_aberfan_crapper_dyke",
        "history/geography: 'slag heap' (Aberfan), Thomas Crapper, Offa's Dyke",
        frm=S("sanjay"), to=S("fiona"), client="gmail",
        subject="Y9 Wales cross-curricular", dt=when(2025, 4, 24, 12, 48),
        part=alt("gmail", "history_y9_aberfan_crapper_dyke", body))

    # C21 fixtures to a parent, RFC 2047 subject (en dash)
    body = """Dear Mr Guardian,

Thank you for offering to drive on Saturday, it really helps.

U13 boys v Penistone Grammar (away), Saturday 17 May. Meet at school 8.15am, kick-off 9.30am, back by about 12.30pm. Penistone is about 40 minutes down the M1. Four boys in your car would be perfect - I'll send you names on Friday. Our driver declaration form is attached to the team app; please bring your licence on the day.

Looking further ahead, the Scunthorpe Schools' Tournament is Saturday 14 June. We'll be taking the minibus for that one.

Many thanks
Jonny Firth
Teacher of PE
Example School | 01632 960000"""
    add("clean", "pe_fixtures_penistone_scunthorpe",
        "to a parent: Penistone and Scunthorpe place names; RFC 2047 subject",
        frm=S("jonny"), to=ALI, client="outlook",
        subject="U13 football \u2013 Penistone (Sat) and Scunthorpe tournament", dt=when(2025, 5, 13, 16, 5),
        part=alt("outlook", "pe_fixtures_penistone_scunthorpe", body))

    # C22 geography fieldwork, QP soft breaks inside place names
    body = ("Year 12,\n\n"
            "Fieldwork for your NEA: please pick ONE of the three options by Friday.\n\n"
            "1. Cocker" + SB + "mouth - flood risk and the defences built after the 2009 and 2015 floods. We'd "
            "visit the confluence of the Cocker and the Derwent.\n"
            "2. Clitheroe - the changing high street and regeneration. Good for questionnaires and land use mapping.\n"
            "3. Wetwang and the Yorkshire Wolds - rural services and depopulation. Small sample sizes, "
            "so you'll need to be clever with your methods.\n\n"
            "Transport for all three is the minibus. Risk assessments will go out once numbers are in. "
            "The Scun" + SB + "thorpe steelworks option from last year is not running.\n\n"
            "Ms McLeod\nGeography")
    add("clean", "geography_fieldwork_qp_placenames",
        "place names Cockermouth, Clitheroe, Wetwang, Scunthorpe; QP soft breaks inside the place names",
        frm=S("fiona"), to=PU("12-geography", "Year 12 Geography"), client="thunderbird",
        subject="NEA fieldwork options", dt=when(2025, 2, 3, 13, 2),
        part=text(body, client="thunderbird", cte="quoted-printable"))

    # C23 Denmark partner school + Welsh outdoor centre
    body = """Femi,

Two enrichment updates for the careers/international bit of the newsletter:

- Turing scheme: our partner school in Middelfart (Denmark) has confirmed 12 Year 10 places for the October exchange. Their English teacher, Mette, will video call our group on 3 June. They've asked for pupils interested in engineering because the town has a big wind turbine manufacturer - could you put me in touch with the Year 10s on your STEM list?

- Year 7 residential: the outdoor centre near Penisa'r-waun (just above Llanberis) has moved us to the first week of July. Gorge walking, climbing and a day on Llyn Padarn. Deposit letters go out next week.

Laura"""
    add("clean", "enrichment_middelfart_penisarwaun",
        "place names Middelfart (Denmark) and Penisa'r-waun (Wales)",
        frm=S("laura"), to=S("femi"), client="outlook",
        subject="Newsletter - international + Y7 residential", dt=when(2025, 5, 22, 10, 14),
        part=alt("outlook", "enrichment_middelfart_penisarwaun", body))

    # C24 Austria trip [unsure]
    body = """Hallo Laura, hola Javier,

Final bits for the Salzburg trip:

- Coach leaves 4.30am on 20 July. The driver has asked us to keep a list of who's on which coach for the Ausfahrt at every service station.
- On day 3 we go out to the lakes and the route passes Fugging - the village that was called Fucking until 2021, when the villagers finally got fed up with tourists stealing the sign. I'd rather the pupils heard that from us than from TikTok. Nobody is getting off the coach there.
- German words I'll teach on the coach so nobody panics: die Fahrt (journey), Gute Fahrt!, die Ausfahrt (exit), das Gift (poison, not a present), der Schmuck (jewellery), dick (thick/fat), die Kunst (art).

Danke!
Katrin"""
    add("clean", "german_trip_fugging",
        "[unsure] German trip: names the Austrian village's former name 'Fucking'; German words Fahrt, Gift, Kunst",
        frm=S("katrin"), to=[S("laura"), S("javier")], client="gmail",
        subject="Salzburg trip - last bits", dt=when(2025, 7, 8, 19, 44),
        part=alt("gmail", "german_trip_fugging", body))

    # C25 cover list with table and a soft hyphen
    rows = [("P1", "Mr A. Butt", "9Y1 Science", "S3", "Mrs Shuffle\u00adbottom"),
            ("P2", "Ms J. Cockburn", "11X English", "E4", "Mr Woodcock"),
            ("P3", "Mrs N. Dikshit", "7R Maths", "M2", "Dr Fuchs"),
            ("P4", "Mr P. Hancock", "10K Geography", "H1", "Ms Glasscock"),
            ("P5", "Mr A. Butt", "8T Science", "S3", "Mr Dickens")]
    plain = "Good morning,\n\nCover for today (Tuesday 4 March):\n\n" + "\n".join(
        f"{a} | absent: {b} | {c} | {d} | cover: {e.replace(chr(0xad), '')}" for a, b, c, d, e in rows) + \
        "\n\nWork is in the cover folders in the staffroom. Please collect registers from the office.\n\nDenise\nCover Manager"
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
             '<tr><th>Period</th><th>Absent</th><th>Class</th><th>Room</th><th>Cover</th></tr>\n'
             + "\n".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td><td>{d}</td><td>{esc(e).replace(chr(0xad), '&shy;')}</td></tr>"
                         for a, b, c, d, e in rows) + "\n</table>")
    hbody = (o_paras("Good morning,\n\nCover for today (Tuesday 4 March):\n") + "\n" + table + "\n" +
             o_paras("\nWork is in the cover folders in the staffroom. Please collect registers from the office.\n\nDenise\nCover Manager"))
    add("clean", "cover_list_surnames_table",
        "cover list: surnames Butt, Cockburn, Dikshit, Hancock, Glasscock, Woodcock, Dickens, Shufflebottom (soft hyphen)",
        frm=S("denise"), to=S("allstaff"), client="outlook",
        subject="Cover - Tuesday 4 March", dt=when(2025, 3, 4, 7, 31),
        part=alt("outlook", "cover_list_surnames_table", plain, html_override=hbody))

    # C26 trip list CSV with pupils' names from many cultures
    trip = """Surname,First name,Form,Medical,Consent
Nguyen,Phuc,8R,,Y
Tran,Bich Ngoc,8R,Inhaler,Y
Pham,Dung,8T,,Y
Shittu,Adebayo,8T,,Y
Lefèvre,Fanny,8K,Nut allergy - epipen x2,Y
Cumming,Nigel,8K,,Y
Butt,Ayesha,8M,,Y
Dikshit,Ravi,8M,,Y
Cockburn,Seamus,8R,Travel sickness,Y
Kuntz,Emil,8T,,N - chasing
"""
    body = """Hi Jonny,

Final list for the Year 8 Flamingo Land trip attached - 10 in your group. Medical notes are in the column, meds go in the red bag.

Emil's form still isn't back; I've texted home.

Laura"""
    add("clean", "trip_list_csv_many_cultures",
        "CSV pupil list: Phuc, Bich, Dung, Shittu, Fanny, Cumming, Butt, Dikshit, Cockburn, Kuntz",
        frm=S("laura"), to=S("jonny"), client="gmail",
        subject="Flamingo Land - your group", dt=when(2025, 6, 12, 11, 40),
        part=mixed("gmail", "trip_list_csv_many_cultures", alt("gmail", "trip_list_csv_many_cultures", body),
                   [attach("FL_group_Firth.csv", "text/csv", trip, client="gmail")]))

    # C27 parents' evening appointments to a parent
    body = """Dear Jane Parent,

Your appointments for Year 10 Parents' Evening on Thursday 5 June are confirmed:

17:10  Mr R. Dick - Mathematics (Room M4)
17:20  Mrs L. Hitchcock - English (Room E2)
17:30  Mr D. Cockcroft - Science (Room S5)
17:40  Ms H. Sexton - History (Room H3)
17:50  Mr L. Sheard - Head of Year 10 (Hall)

Please arrive 5 minutes early and sign in at main reception. Parking is available on the top playground.

Example School Office
01632 960000"""
    add("clean", "office_parents_evening_names",
        "to a parent: teacher surnames Dick, Hitchcock, Cockcroft, Sexton",
        frm=S("office"), to=JANE, client="outlook",
        subject="Parents' Evening appointments - Thursday 5 June", dt=when(2025, 5, 29, 12, 0),
        part=alt("outlook", "office_parents_evening_names", body))

    # C28 rugby selection to pupils
    body = """U15s,

Team for Wednesday v Roundhay (home, KO 3.45):

1 Loosehead prop - Marcus O.
2 Hooker - Tyler B.
3 Tight-head prop - Kofi A.
4/5 Locks - Sam R., Jack W.
6/7/8 Back row - Adam P., Reece T., Ibrahim K.
9 Scrum-half - Leo D.
10 Fly-half - Harvey M.
Centres and back three as last week. Subs: Josh, Mo, Ethan.

Reminders: gum shields (no gum shield, no game), boots cleaned, and whoever took the tackle bags into the cage - put them back in the PE store. I counted the balls on Friday and we're two down too.

Coach Hebden"""
    add("clean", "rugby_u15_hooker_tackle",
        "to pupils: rugby terms hooker, tight-head, tackle bags, balls",
        frm=S("craig"), to=PU("u15-rugby", "U15 Rugby"), client="gmail",
        subject="Team v Roundhay", dt=when(2025, 1, 13, 12, 22),
        part=alt("gmail", "rugby_u15_hooker_tackle", body))

    # C29 swimming gala and cricket to a parent
    body = """Dear Sam,

Two things for Jayden:

Swimming gala, Tuesday 3 June at the leisure centre - he's down for the 50m breaststroke and the medley relay (he's swimming butterfly, his choice!). Coach leaves 1.10pm.

Cricket - he's been picked for the U12 Lady Taverners softball team. He bowled two maiden overs in practice, six balls each and not a run, so he's opening the bowling. In the field he'll be at silly mid-on, which is close in, so please make sure he has a helmet from the kit store and a box (abdominal guard) - the school can lend one if needed, but most boys prefer their own.

Thanks
Nadia Hussain
Teacher of PE
Example School"""
    add("clean", "pe_gala_cricket_balls_box",
        "to a parent: breaststroke, six balls, maiden overs, silly mid-on, box",
        frm=S("nadia"), to=SAM, client="outlook",
        subject="Swimming gala + cricket", dt=when(2025, 5, 20, 15, 40),
        part=alt("outlook", "pe_gala_cricket_balls_box", body))

    # C30 birdwatching club to pupils
    body = """Hi Eco Club,

Big Garden Birdwatch results from the school field (one hour, Tuesday lunch):
- blue tits: 22
- great tits: 14
- long-tailed tits: 9 (a whole gang in the hawthorn)
- robins: 4
- a cock pheasant strolling along the back fence!
- and a woodcock flushed out of the copse by the groundsmen - very rare for us.

Flamborough trip (RSPB Bempton Cliffs) is on 22 May. Expect gannets, puffins, kittiwakes, razorbills, and on the rocks at the bottom the shags and cormorants drying their wings. Shags have a little crest and a green sheen; cormorants are bigger with a white face patch. Bring binoculars if you have them.

Ms McLeod"""
    add("clean", "eco_club_birdwatch",
        "to pupils: bird names great tit, blue tit, cock pheasant, woodcock, shag",
        frm=S("fiona"), to=PU("eco-club", "Eco Club"), client="outlook",
        subject="Birdwatch results + Bempton trip", dt=when(2025, 1, 29, 15, 35),
        part=alt("outlook", "eco_club_birdwatch", body))


# =====================================================================
#                         CLEAN CASES (part 2)
# =====================================================================
def clean_b():
    # C31 therapy dog in the Willow Centre
    body = """Dear Sam,

I wanted to let you know before it starts: from after half term the Willow Centre will have a visiting therapy dog on Tuesday and Thursday mornings.

Bramble is a two-year-old working cocker spaniel bitch, spayed, fully vaccinated and insured, and she's been assessed by Pets As Therapy. She belongs to our TA, Kirsty, and will only ever be in the base with her. Pupils choose whether to spend time with her; she is never in the dining hall or kitchen.

I know Jayden has been a bit unsure of dogs in the past, so we'll do it very gradually - photos first, then meeting her through the glass door, and only if he wants to. His "safe space" in the quiet room will stay dog-free.

If you'd rather he didn't meet her at all, just let me know and we'll make sure of that.

Best wishes
Owen Hardcastle
Lead Teacher, Willow Centre (SEMH & Autism Resource Base)
Example School | 01632 960000"""
    add("clean", "willow_therapy_dog_bitch",
        "to a parent: therapy dog described as a 'cocker spaniel bitch'",
        frm=S("owen"), to=SAM, client="outlook",
        subject="Therapy dog in the Willow Centre", dt=when(2025, 2, 13, 16, 30),
        part=alt("outlook", "willow_therapy_dog_bitch", body))

    # C32 Year 1 zoo trip
    body = """Dear Jane,

Thank you so much for volunteering for the Year 1 trip to the wildlife park on Friday - we couldn't go without parent helpers!

You'll have a group of five with Mrs Begum. The children have been learning about animals from hot and cold places, so they're hoping to see:
- the dik-diks (tiny antelopes - they LOVE saying the name)
- the meerkats and the banded mongooses
- the blue-footed boobies in the tropical house
- the titi monkeys
- and the donkeys at the farm end. One of the children has already informed me that a donkey is "really called an ass", so you may hear that a few times on the coach.

Packed lunches, sun cream and a coat please. We leave at 9.15 and are back for 3.

Thank you again,
Sophie Ward
Year 1 Teacher
Example School"""
    add("clean", "primary_zoo_dikdik_booby",
        "to a parent: animal names dik-dik, mongooses, blue-footed boobies, titi monkeys, ass",
        frm=S("sophie"), to=JANE, client="outlook",
        subject="Year 1 trip on Friday - thank you!", dt=when(2025, 6, 17, 15, 55),
        part=alt("outlook", "primary_zoo_dikdik_booby", body))

    # C33 computer science, base64 body
    body = """Hi 12CS,

Before Thursday's lesson please:

1. git pull the starter repo, make a new branch (not on main - the old "master" name is gone), and git commit with a sensible message.
2. Run your code in the debugger and step through the bubble sort. Watch the dict of counts update.
3. Add at least three assert statements to test_sort.py. An empty class with just "pass" in it does NOT count as a test.
4. If your program hangs, kill it (Ctrl+C, or kill -9 <pid> on the Linux boxes) rather than closing the laptop.

Extension: look up bit shifting (<< and >>) and explain why x << 1 doubles a number.

Mr Mensah"""
    add("clean", "computing_git_debugger_base64",
        "to pupils: computing terms git, debugger, assert, dict, kill; base64 body",
        frm=S("kwame"), to=PU("12cs", "12 Computer Science"), client="gmail",
        subject="Before Thursday - git + debugger", dt=when(2025, 1, 21, 16, 12),
        part=text(body, client="gmail", cte="base64"))

    # C34 IT technician on web-filter false positives
    body = """Kwame, Fiona,

The web filter update on Monday went a bit overboard. Things it was blocking until ten minutes ago:
- the Scunthorpe United page (Fiona's Year 8 football towns worksheet)
- a Middlesex University outreach page
- "Essex" and "Sussex" county council sites
- an "analysis" page on BBC Bitesize (!)
- a cockatiel care sheet for the animal club

All allow-listed now. It's the classic Scunthorpe problem - Kwame, might be a good real-world example for your ethics lesson on content filtering.

If you spot anything else, send me the URL rather than a screenshot please.

Callum"""
    add("clean", "it_web_filter_scunthorpe",
        "web-filter false positives: Scunthorpe, Middlesex, Essex, Sussex, analysis, cockatiel",
        frm=S("callum"), to=[S("kwame"), S("fiona")], client="thunderbird",
        subject="Web filter - over-blocking fixed", dt=when(2025, 4, 30, 11, 6),
        part=text(body, client="thunderbird"))

    # C35 SEND abbreviations
    body = """Owen, Kirsty,

Quick summary from today's TAC for R so it's all in one place:

- SALT: new PECS book arriving next week, phase 3 (discrimination). Kirsty to have a 20-min handover with the SaLT on Tues.
- OT: sensory diet updated - movement break before maths and after lunch; chewy tube allowed in class.
- EP report says ASD with a PDA profile is "likely"; CAMHS referral made, waiting list currently 9 months.
- EHCP: interim review to add transport and the afternoon nurture group to section F.
- CIN plan continues; next CIN meeting 8 April (social worker is still Gemma).

Stims are fine, don't stop them unless unsafe. Meltdowns after taxi delays are the pattern we're seeing, so the taxi issue is going on the EHCP too.

Lorraine
SENCo"""
    add("clean", "senco_abbreviations_pecs_salt",
        "SEND abbreviations: PECS, SALT, OT, ASD, PDA, EHCP, TAC, CIN, 'stims'",
        frm=S("lorraine"), to=[S("owen"), S("kirsty")], client="outlook",
        subject="R - TAC summary", dt=when(2025, 3, 21, 15, 15),
        part=text(body, client="outlook"))

    # C36 PRU referral with redaction asterisks
    body = """Rachel,

Referral paperwork for the Fair Access panel on Thursday. Summary for you:

Pupil K.S., Year 9. 3 suspensions (FTE) this year, 11.5 days total. Currently at The Bridge on a 6-week AP placement, going well - 96% attendance, no incidents since week 2.
Recommendation: managed move to a partner school in the trust rather than a return to mainstream here, with outreach from us for the first half term.

Dad (Mr S*****) is supportive; Mum (Mrs S*****) would prefer a return to us. Names are redacted on the panel copy as usual - full details on CPOMS.

Can you present it as I'm at the LA for the alternative provision meeting? I've put the IYFAP paperwork in your tray.

Marcus

Marcus Reid
Head of The Bridge (Pupil Referral Unit)
Example School"""
    add("clean", "pru_referral_redacted_names",
        "PRU referral: abbreviations (FTE, AP, IYFAP) and asterisk-redacted surname 'S*****'",
        frm=S("marcus"), to=S("rachel"), client="outlook",
        subject="Fair Access panel - K.S.", dt=when(2025, 3, 3, 16, 48),
        part=alt("outlook", "pru_referral_redacted_names", body))

    # C37 finance budget monitoring with PDF
    body = """Helen,

Month 7 budget monitoring attached. Headlines:

- Cumulative spend is 58.4% against 58.3% of the year elapsed, so bang on.
- Premises: Cockburn & Sons Roofing retention (£2,140) released in February as agreed.
- Income: Middlesex University PGCE placement fees came in (£1,800), plus lettings up 12% on last year thanks to the Saturday badminton club.
- Asset register: the old minibus is now disposed of; the sale proceeds are in the analysis tab.
- Supply: over budget by £9k, mostly long-term sickness cover in Science.

Happy to go through it before the Finance & Resources committee.

Priya"""
    add("clean", "finance_budget_monitoring_pdf",
        "budget monitoring: cumulative, Cockburn & Sons, Middlesex, asset, analysis; PDF stub",
        frm=S("priya"), to=S("helen"), client="outlook",
        subject="Month 7 budget monitoring", dt=when(2025, 3, 18, 9, 52),
        part=mixed("outlook", "finance_budget_monitoring_pdf", alt("outlook", "finance_budget_monitoring_pdf", body),
                   [attach("BM_Month7_2024-25.pdf", "application/pdf",
                           pdf_stub("Budget monitoring month 7 2024-25 - cumulative spend summary"),
                           size_date="Tue, 18 Mar 2025 09:40:01 GMT")]))

    # C38 geography Y7 countries quiz
    body = """Hi 7G,

For Friday's "countries of the world" quiz you need to be able to find these on a blank map:

Africa: Niger, Nigeria, Chad, Ghana, Kenya
Asia: Mongolia, Japan, Pakistan, Bangladesh, Vietnam
South America: Chile, Peru, Brazil

People mix up Niger and Nigeria every year - Niger is the big one to the north, Nigeria is the one on the coast. And yes, Turkey and Hungary are both real countries; any sniggering about food will cost you a house point.

The practice map is on Teams.

Ms McLeod"""
    add("clean", "geography_countries_niger_snigger",
        "to pupils: Niger/Nigeria, Mongolia, Pakistan, 'sniggering' (substring traps for slurs)",
        frm=S("fiona"), to=PU("7g-geography", "7G Geography"), client="gmail",
        subject="Friday map quiz", dt=when(2025, 5, 7, 14, 20),
        part=alt("gmail", "geography_countries_niger_snigger", body))

    # C39 French vocabulary
    body = """Bonjour 8F,

Vocabulary for the animals test on Wednesday (Module 3):

le phoque - seal (yes, really - say "fok", not anything else)
le coq - cockerel
la biche - doe (female deer)
le lapin - rabbit
la chouette - owl
le cochon d'Inde - guinea pig

Plus the bathroom words from last week: la douche (shower), la baignoire (bath), le lavabo (sink).

Remember the accents: "élève", "château", "forêt". No accents, no marks!

Madame Dubois"""
    add("clean", "french_vocab_phoque_biche",
        "to pupils: French vocab le phoque, le coq, la biche, la douche",
        frm=S("claire"), to=PU("8f-french", "8F French"), client="outlook",
        subject="Vocab test mercredi", dt=when(2025, 3, 10, 16, 5),
        part=alt("outlook", "french_vocab_phoque_biche", body))

    # C40 Spanish
    body = """Hola 9S,

Some of you were very confused in today's lesson, so a quick recap:

- "negro" just means black in Spanish: el gato negro (the black cat), los zapatos negros.
- "coger" means to take or catch in Spain: "Voy a coger el autobús a las ocho". In parts of Latin America people say "tomar" instead - both will get the marks.
- "embarazada" does NOT mean embarrassed. It means pregnant. Please stop writing "Estoy muy embarazada" in your holiday paragraphs.
- "la concha" - shell, as in the beach at San Sebastián (La Concha).

Speaking assessments start Monday. Practise your photo card answers out loud!

Sr Morales"""
    add("clean", "spanish_negro_coger",
        "to pupils: Spanish 'negro' (black), 'coger', 'embarazada'",
        frm=S("javier"), to=PU("9s-spanish", "9S Spanish"), client="apple",
        subject="Recap from today", dt=when(2025, 4, 30, 16, 33),
        part=alt("apple", "spanish_negro_coger", body))

    # C41 EAL welcome phrases, base64 body
    body = """Dear colleagues,

We have seven new arrivals starting on Monday, so here are a few greetings that go a long way in the first week:

Urdu (several of our Pakistani heritage families): "Assalam-o-Alaikum" (peace be upon you - hello), reply "Wa-alaikum-assalam". "Khuda Hafiz" (goodbye). "Shukriya" (thank you).
Ukrainian: "Привіт" (pryvit - hi), "Дякую" (dyakuyu - thank you).
Polish: "Dzień dobry" (good morning), "Cześć" (hi), "Dziękuję" (thank you).
Romanian: "Bună" (hi), "Mulțumesc" (thank you).

Buddy lists are on the EAL page of the staff drive. Please seat new arrivals next to their buddy for the first fortnight.

Thank you,
Shazia Akhtar
EAL Coordinator"""
    add("clean", "eal_greetings_base64",
        "EAL greetings: 'Assalam-o-Alaikum' ('ass' substring), Pakistani, Cyrillic Ukrainian; base64 body",
        frm=S("shazia"), to=S("allstaff"), client="outlook",
        subject="New arrivals - greetings cheat sheet", dt=when(2025, 4, 24, 13, 30),
        part=text(body, client="outlook", cte="base64"))

    # C42 Welsh for St David's Day, RFC 2047 Q subject
    body = """Hi primary team,

Dydd Gŵyl Dewi Hapus for Saturday! For Friday's assembly I've put together a few Welsh words the children can use all day:

bore da - good morning
diolch - thank you
cwtch - a cuddle (the best word in any language)
bach - little, or a term of affection ("cariad bach")
pump - five (un, dau, tri, pedwar, pump)
twp - daft, silly ("paid â bod yn dwp" - don't be silly)

Daffodils and leeks welcome, Welsh cakes in the staffroom at break.

Diolch,
Gwen"""
    add("clean", "welsh_st_davids_day",
        "Welsh words (pump, twp, bach, cwtch); RFC 2047 Q subject with ŵ",
        frm=S("gwen"), to=("Primary Phase Staff", f"primary@{STAFF}"), client="thunderbird",
        subject="", subject_raw=enc_q_word("Dydd Gŵyl Dewi Hapus - Welsh words for Friday"),
        dt=when(2025, 2, 26, 17, 2),
        part=text(body, client="thunderbird"))

    # C43 DSL incident report quoting a racist slur verbatim [unsure]
    body = """Incident report for DSL - please add to CPOMS

Date/time: Tuesday 11 March, 12.40pm
Location: Year 8 corridor outside H2
Reported by: Aisha Begum (TA)

Pupil A (8T) said to Pupil B (8K) "go back to your own country you Paki" while Pupil B was queuing for the classroom. Two other pupils laughed. I have written the exact words as we were told to in safeguarding training.

Pupil B was upset and went to the toilets. I went with a female member of staff and she then went to Mrs Illingworth. Pupil A denied it at first and then said "it was a joke".

Witnesses: Pupil C and Pupil D (8T) - names on CPOMS.

Aisha"""
    add("clean", "dsl_report_racist_slur_quoted",
        "[unsure] staff-only report to DSL quoting a pupil's racist slur verbatim",
        frm=S("aisha"), to=S("dslbox"), client="outlook",
        subject="Incident - racist comment Y8 corridor", dt=when(2025, 3, 11, 13, 5),
        part=text(body, client="outlook", cte="7bit"))

    # C44 DSL report quoting masked swearing [unsure]
    body = """Carys,

Recording for the DSL log as discussed on the phone.

At 10.15 today in the Bridge classroom, T (Y10) refused to put his phone away, then shouted "f*** off you f***ing sl*g" at Miss Hartley when she asked again, and threw a chair towards the door. Nobody was hurt. He was taken to the reflection room by Marcus and calmed down after about 30 minutes.

When we talked afterwards he said his stepdad had "kicked off" at home last night and he hadn't slept. I've not asked any leading questions. Mum has been informed of the behaviour incident only, not what he said about home - I wanted your advice first.

Jas

Jas Sandhu
Learning Mentor, The Bridge"""
    add("clean", "dsl_report_masked_swearing_quoted",
        "[unsure] staff-only report to DSL quoting a pupil's swearing (masked) with a disclosure",
        frm=S("jas"), to=S("carys"), cc=S("marcus"), client="gmail",
        subject="T - incident + possible disclosure", dt=when(2025, 2, 19, 11, 42),
        part=alt("gmail", "dsl_report_masked_swearing_quoted", body))

    # C45 homophobic bullying report [unsure]
    body = """Carys, Donna,

Logging this with you both because it's the third report this half term.

Pupil C (10S) came to me at the end of lunch. He says that for the last two weeks a group in the lunch queue have been calling him "bender" and "batty boy" and making comments about him and another boy in his form. Today one of them pushed him into the bin by the hatch. He named three pupils (names on CPOMS).

He asked me not to tell his parents because they don't know he's gay. I told him I can't promise to keep everything secret but that we'll talk to him first before anyone at home is contacted.

I've arranged for him to eat in the library with Mrs Ashworth for the rest of the week. I'll speak to the three boys tomorrow morning unless you'd rather handle it.

Liam"""
    add("clean", "hoy_homophobic_bullying_quoted",
        "[unsure] staff-only bullying report quoting homophobic slurs used by pupils",
        frm=S("liam"), to=[S("carys"), S("donna")], client="outlook",
        subject="10S - homophobic bullying report", dt=when(2025, 1, 24, 14, 18),
        part=alt("outlook", "hoy_homophobic_bullying_quoted", body))

    # C46 reply to a parent; abuse only in quoted text
    q = dict(style="outlook", who=SAM, to=[S("donna")], dt=when(2025, 3, 26, 21, 37),
             subject="Detention AGAIN",
             text="""This is fucking ridiculous. Third detention this month for "lateness" when the bus is late every single day. Nobody at that school listens. You are all useless.

Sam Carer""")
    body = """Dear Sam,

Thank you for your email. I understand how frustrating this has been.

I've checked the bus operator's log for this month and you're right that the number 7 has been late on several mornings. I've removed tomorrow's detention and asked reception to record Jayden as "bus late" rather than late when he arrives on that bus.

I'd like to talk about the bus with you properly - would a phone call on Friday morning work? I'm free between 9 and 11.

Kind regards
Donna Illingworth
Pastoral Manager
Example School | 01632 960000"""
    add("clean", "pastoral_reply_parent_abuse_quoted",
        "to a parent: polite reply; swearing only in the parent's quoted email (Outlook style)",
        frm=S("donna"), to=SAM, client="outlook",
        subject="RE: Detention AGAIN", dt=when(2025, 3, 27, 9, 5),
        in_reply_to="SamCarerDetention260325@outlook.com",
        part=alt("outlook", "pastoral_reply_parent_abuse_quoted", body, quote=q))

    # C47 reply to a pupil who swore; Gmail quote
    q = dict(style="gmail", who=PU("j.kowalski27", "Jakub Kowalski"), dt=when(2025, 2, 11, 21, 58),
             text="""sir this python homework is shit and replit keeps crashing ffs. i did it but its gone""")
    body = """Hi Jakub,

Please keep the language for emails to teachers polite - I'll let it go this time because I can tell you were fed up.

Replit had an outage last night, so it isn't just you. If you wrote the code, check the "History" tab - it normally keeps the last version. If it's really gone, do questions 1-3 in a lunchtime session with me on Thursday instead and I won't count it as late.

Mr Mensah"""
    add("clean", "computing_reply_pupil_swearing_quoted",
        "to a pupil: teacher's reply is clean; the swearing is only in the pupil's quoted email",
        frm=S("kwame"), to=PU("j.kowalski27", "Jakub Kowalski"), client="gmail",
        subject="Re: python homework", dt=when(2025, 2, 12, 8, 10),
        in_reply_to="CAJakubPython110225@mail.gmail.com",
        part=alt("gmail", "computing_reply_pupil_swearing_quoted", body, quote=q))

    # C48 forward of an abusive parent email to the head, neutral note
    q = dict(style="outlook", line=True, who=("Kerry McGarry", "k.mcgarry@example.net"), to=[S("sophie")],
             dt=when(2025, 6, 4, 22, 48), subject="Sports day",
             text="""Who the fuck do you think you are telling my son he can't do the sack race? You stuck up cow. You're a fucking disgrace to that school and I'll be up there in the morning to tell you to your face.""")
    body = """Dear Adrian,

Please see below, received last night from a Reception parent. I haven't replied.

For context: her son was moved from the sack race to the egg and spoon because of his cast, on the physio's advice, and I explained this to him at the time.

I'd be grateful if someone could be with me at the door at 8.40.

Sophie"""
    add("clean", "reception_forward_abusive_parent",
        "forward of an abusive parent email to the head and DSL with a neutral covering note",
        frm=S("sophie"), to=S("head"), cc=S("carys"), client="outlook",
        subject="FW: Sports day", dt=when(2025, 6, 5, 7, 12),
        part=alt("outlook", "reception_forward_abusive_parent", body, quote=q))

    # C49 forward of an abusive neighbour email, Apple Mail
    q = dict(style="apple", kind="forward", who=("Bob Ackroyd", "bob.ackroyd1958@example.com"),
             to=[S("gary")], dt=when(2025, 4, 7, 8, 51), subject="PARKING",
             text="""Third time this week one of your fucking parents has parked across my drive at half 8. I couldn't get to work. Next time I'm calling the police and the council and I'm putting it on Facebook with the reg. Sort it out.""")
    body = """Helen, FYI. Third one from him this month. I haven't replied.

Can we put the parking reminder in Friday's newsletter again?

G"""
    add("clean", "site_forward_abusive_neighbour",
        "forward (Apple Mail) of a neighbour's sweary email to the business manager; covering note clean",
        frm=S("gary"), to=S("helen"), client="apple",
        subject="Fwd: PARKING", dt=when(2025, 4, 7, 9, 20),
        part=alt("apple", "site_forward_abusive_neighbour", body, quote=q))

    # C50 formal PA to governors
    body = """Dear Governors,

Full Governing Board - Tuesday 18 March 2025, 5.30pm, Conference Room (and Teams)

Please find the agenda and papers on GovernorHub under "FGB Spring 2". Hard copies will be in your pigeonholes from Thursday for those who have requested them.

Could you please let me know by Friday 14 March whether you will attend in person or online, and any declarations of interest against the agenda items.

Refreshments will be available from 5.15pm. Visitor parking is reserved in bays 1-6 at the front of the school.

Kind regards

Siobhán Ní Bhriain
PA to the Headteacher, Dr Adrian Okafor
Example School | part of Aire Valley Learning Trust
T: 01632 960000 | LS1 4AP"""
    add("clean", "pa_governors_fgb",
        "ordinary: formal notice of governors' meeting from the head's PA",
        frm=S("siobhan"), to=[("Governing Board", f"governors@{STAFF}")],
        cc=("Clerk to Governors", "clerk@avlt-governance.example.org"), client="outlook",
        subject="FGB 18 March - papers and attendance", dt=when(2025, 3, 10, 10, 2),
        part=alt("outlook", "pa_governors_fgb", body))

    # C51 finance remittance with PDF
    body = """Good afternoon,

Please find attached our remittance advice for your invoices 7731 and 7744 (minibus hire, February), total £1,286.00, paid by BACS today.

Please note our purchase order number must be quoted on all future invoices or they may be delayed.

Kind regards
Priya Chauhan
Finance Officer
Example School | part of Aire Valley Learning Trust
01632 960000"""
    add("clean", "finance_remittance_pdf",
        "ordinary: remittance advice to a supplier with a PDF",
        frm=S("priya"), to=("Accounts", "accounts@airedale-minibus.example.com"), client="outlook",
        subject="Remittance advice - Example School", dt=when(2025, 3, 20, 14, 44),
        part=mixed("outlook", "finance_remittance_pdf", alt("outlook", "finance_remittance_pdf", body),
                   [attach("Remittance_0320.pdf", "application/pdf",
                           pdf_stub("Remittance advice - invoices 7731 7744 - 1286.00"),
                           size_date="Thu, 20 Mar 2025 14:40:12 GMT")]))

    # C52 careers work experience (with a stray zero-width space from copy-paste)
    body = ("Hi Year 10,\n\n"
            "Work experience is 30 June - 4 July. If you have found your own placement, the employer form must be "
            "back to me by Friday 21 March so the trust can check their insurance.\u200b\n\n"
            "If you haven't found one yet, don't panic - come to the careers office (next to the library) at lunch "
            "on Tuesday or Wednesday and we'll look through the list together. We have places at the hospital, "
            "two engineering firms, a vet's and the council.\n\n"
            "Mr Adeyemi\nCareers Adviser")
    add("clean", "careers_work_experience_pupils",
        "ordinary: careers message to pupils (contains a stray zero-width space)",
        frm=S("femi"), to=PU("year10", "Year 10"), client="outlook",
        subject="Work experience forms - deadline 21 March", dt=when(2025, 3, 5, 12, 35),
        part=alt("outlook", "careers_work_experience_pupils", body))

    # C53 exams officer about calculators
    body = """Maths department,

I'll say this once more with feeling: calculator lids.

For Papers 2 and 3, calculators must have the lid removed, no instruction leaflets, and nothing written or stuck on them. Last summer we had four Casio lids full of formulas in biro and I had to confiscate them at the door with thirty seconds to go.

Please check every calculator in your lessons this week. Spare approved calculators are in the exams office - tell me how many you need by Wednesday.

Thank you.
Moira

Moira Kettleborough | Exams Officer"""
    add("clean", "exams_calculator_lids",
        "ordinary: exasperated exams officer about calculator rules",
        frm=S("moira"), to=("Maths Department", f"maths@{STAFF}"), client="outlook",
        subject="Calculators - PLEASE check this week", dt=when(2025, 5, 12, 8, 3),
        part=alt("outlook", "exams_calculator_lids", body))

    # C54 PRU reintegration meeting with a parent
    body = """Dear Mr Guardian,

Thank you for your time on the phone this morning.

As agreed, the reintegration meeting will be on Wednesday 2 April at 2pm at The Bridge. Present will be myself, Jas Sandhu (learning mentor), Mr Sheard (Head of Year 10 at the main site) and, if he'd like to, your son for the second half of the meeting.

We'll look at the six-week report and agree a timetable for the first fortnight back, starting with mornings only.

Please ring 01632 960000 and ask for The Bridge if you need to change the time.

Yours sincerely
Marcus Reid
Head of The Bridge (Pupil Referral Unit)
Example School"""
    add("clean", "pru_reintegration_meeting_parent",
        "ordinary: PRU reintegration meeting letter to a parent",
        frm=S("marcus"), to=ALI, client="thunderbird",
        subject="Reintegration meeting - 2 April", dt=when(2025, 3, 24, 11, 50),
        part=text(body, client="thunderbird"))

    # C55 chatty TA cake sale
    body = """Hi everyone!!

Cake sale for Children in Need on Friday break time in the Willow Centre - our kids have been baking all week and are SO excited to run the stall (and count the money - maths!).

On the menu:
- fairy cakes with sprinkles
- jam tarts (strawberry and lemon curd)
- rock buns
- chocolate crispy cakes
- a massive Victoria sponge for the raffle

Everything 50p, raffle tickets £1. Please bring change if you can! Any leftovers go to the staffroom at lunch so don't worry about over-buying ;)

Kirsty x"""
    add("clean", "willow_cake_sale_tarts",
        "chatty TA: 'fairy cakes', 'jam tarts', 'rock buns'",
        frm=S("kirsty"), to=S("allstaff"), client="gmail",
        subject="Cake sale Friday!! \U0001F9C1", dt=when(2025, 11, 12, 15, 20),
        part=alt("gmail", "willow_cake_sale_tarts", body))

    # C56 DofE kit list
    body = """Bronze DofE group,

Kit list for the practice expedition on Saturday 10 May. Everything must fit in your rucksack:

- waterproof jacket AND waterproof trousers (not optional)
- spare socks and spare pants in a dry bag
- warm layer / fleece
- hat and gloves (yes, in May - the Dales are cold)
- 1.5 litres of water, lunch and snacks
- bum bag or zip pocket for your phone, map case and compass
- whistle, head torch
- sleeping bag and roll mat in bin liners

Group kit (tents, Trangias, fuel) will be shared out on Thursday after school. Kit check is compulsory.

Ms Beckett
Enrichment & DofE Coordinator"""
    add("clean", "dofe_kit_list_bum_bag",
        "to pupils: DofE kit list (spare pants, bum bag)",
        frm=S("laura"), to=PU("dofe-bronze", "DofE Bronze"), client="outlook",
        subject="DofE practice expedition - kit list", dt=when(2025, 5, 2, 13, 0),
        part=alt("outlook", "dofe_kit_list_bum_bag", body))

    # C57 lost property (EYFS) to a parent
    body = """Hi Jane,

Just a quick note - Poppy had a little accident after lunch today, nothing to worry about, it happens a lot in Reception! She changed into spare knickers and leggings from our box and her own things are in a bag in her book bag.

When you get a chance, could you wash and return the spares, and pop a spare set (knickers, socks, leggings) in her PE bag?

Thanks so much
Miss Ward
Reception"""
    add("clean", "reception_spare_knickers",
        "to a parent: EYFS accident note (spare knickers)",
        frm=S("sophie"), to=JANE, client="outlook",
        subject="Poppy - spare clothes", dt=when(2025, 9, 17, 15, 25),
        part=text(body, client="outlook"))

    # C58 nativity casting letter
    body = """Dear Sam,

Our Year 3 nativity is on Wednesday 17 December at 2pm and 6pm.

Maya will be playing the donkey (in our script, which is based on the traditional carol, the "ox and ass" stand by the manger - she was delighted to find out a donkey is also called an ass, and has told everyone). She has a short solo in "Little Donkey".

Costume: grey or brown clothes; we'll provide the ears. Please could she learn her lines over the weekend?

Many thanks
Beth Copley
Year 3 Teacher"""
    add("clean", "nativity_ox_and_ass",
        "to a parent: nativity 'ox and ass', 'Little Donkey'",
        frm=S("beth"), to=SAM, client="outlook",
        subject="Nativity - Maya's part", dt=when(2025, 11, 28, 15, 48),
        part=alt("outlook", "nativity_ox_and_ass", body))

    # C59 catering to site, short
    body = """Gary - pot wash machine leaking under the kitchen again, and the grease trap needs emptying before Friday. Water jugs for the dining hall are cracked (6), I'll order new.

Tomasz"""
    add("clean", "catering_potwash_grease_trap",
        "short ordinary kitchen maintenance note",
        frm=S("tomasz"), to=S("gary"), client="outlook",
        subject="Kitchen", dt=when(2025, 1, 15, 14, 2),
        part=text(body, client="outlook"))

    # C60 PA about a visit, formal
    body = """Dear Gary, dear colleagues in the office,

The Trust CEO, Mrs Pauline Ogunleye, will visit on Wednesday 21 May from 9.00am to 12.30pm, accompanied by the Trust's Director of Education.

Could I ask that:
- bay 1 by reception is kept clear from 8.45am;
- the conference room is set for six, with water and coffee at 9.00 and 11.00;
- the visitors' lanyards are ready at reception, pre-printed.

Dr Okafor will meet them at the front door. The itinerary is attached to the calendar invitation.

With thanks and kind regards

Siobhán Ní Bhriain
PA to the Headteacher
Example School | part of Aire Valley Learning Trust"""
    add("clean", "pa_trust_ceo_visit",
        "ordinary: head's PA arranging a Trust visit",
        frm=S("siobhan"), to=[S("gary"), S("office")], client="outlook",
        subject="Trust CEO visit - Wednesday 21 May", dt=when(2025, 5, 14, 9, 18),
        part=alt("outlook", "pa_trust_ceo_visit", body))


# =====================================================================
#                                 MAIN
# =====================================================================
README = """# Round 6 hold-out: obscene-language (BLIND)

**Blind test data. Never use these messages, or the results of running the filter on
them, to tune rules, word lists, thresholds or code.** They were written without
reading mailguard's code, rules, tests, docs or history, so that they measure how the
filter behaves on mail nobody tuned it on. If the filter is changed because of a
failure here, this set is spent: write a new round.

## What it tests

The school policy says staff must not "use obscene language or swear words" in their
communications, nor make comments that could cause offence "on the grounds of gender,
race, disability, age, religion or sexual orientation". Every message is outgoing mail
from a member of staff at example-school.org.uk (a mixed-phase school in a multi-academy
trust, with a SEMH/autism resource base, a pupil referral unit, exams office, site team,
finance office, catering, careers/enrichment and the head's PA).

- `flag` ({nflag}): the author's *own* words contain swearing, sexual vulgarity or a slur,
  plain or disguised in a way a human still reads: asterisk/@/!/# masks, leetspeak,
  letters split by dots, spaces, hyphens or underscores, repeated letters, Cyrillic
  look-alike letters, full-width and mathematical-bold letters, zero-width spaces, soft
  hyphens, HTML tags or character references inside a word (HTML-only bodies), a
  quoted-printable soft line break inside a word, a base64 body, RFC 2047 subjects
  (one split mid-word across two encoded-words, body clean), and .txt/.csv/.html
  attachments with a clean covering note. Slurs cover race, gender, disability, age,
  religion and sexual orientation. A few go to parents or pupils; most are between
  staff or to suppliers.
- `clean` ({nclean}): school mail a naive word filter would wrongly flag (place names
  such as Scunthorpe, Penistone, Cockermouth, Clitheroe, Middelfart, Penisa'r-waun;
  plumbing and hardware; school dinners; biology, RSHE and PSHE vocabulary; set texts,
  plays, musicals and music; history topics; surnames and given names from many
  cultures; sports and bird/animal names; computing terms; SEND abbreviations and
  redaction asterisks; French, Spanish, German, Welsh and Urdu words), plus replies
  and forwards where the abuse is only in quoted text, incident reports to the DSL
  quoting pupils, and ordinary mail. Some clean messages use the same encodings as the
  flagged ones (QP soft breaks inside place names, base64 bodies, RFC 2047 subjects,
  soft hyphens, a stray zero-width space, Cyrillic text).

Judgement calls are marked `[unsure]` in the `note` column ({nunsure} messages).

## Files

- `NNN_<flag|clean>_<slug>.eml` - full RFC 5322 messages (text/plain, multipart/alternative
  in Outlook, Gmail, Apple Mail and Thunderbird styles, HTML-only, multipart/mixed with
  text and PDF attachments; 7bit, 8bit, quoted-printable and base64).
- `labels.csv` - `file,expected,sender,recipients,note`; recipients are To + Cc separated
  by single spaces.

## Regenerate

    python3 tests/holdout/round6/make_round6_obscene.py

Python 3.11 standard library only. Dates, Message-IDs and MIME boundaries are fixed, so
two runs give byte-identical files. The only parent addresses used are the three in
directory/parents.csv; all organisations use example.com/.org/.net.

Counts: {ntotal} messages, {nflag} flag, {nclean} clean.
"""


def main():
    flags()
    clean_a()
    clean_b()
    order = list(range(len(CASES)))
    random.Random(20250606).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv", "README.md"):
            os.remove(os.path.join(OUT, f))
    slugs = set()
    rows = []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        fname = f"{n:03d}_{c['label']}_{c['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(c["data"])
        rows.append([fname, c["label"], c["sender"], c["recips"], c["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    nflag = sum(1 for r in rows if r[1] == "flag")
    nclean = len(rows) - nflag
    nunsure = sum(1 for r in rows if "[unsure]" in r[4])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(nflag=nflag, nclean=nclean, ntotal=len(rows), nunsure=nunsure))
    print(f"wrote {len(rows)} messages ({nflag} flag, {nclean} clean, {nunsure} unsure) to {OUT}")


if __name__ == "__main__":
    main()
