#!/usr/bin/env python3
"""Generate the round-34 BLIND held-out corpus for the obscene-language module.

Setting: a boys' independent boarding school (13-18) - boarding houses, matrons, chapel,
rugby and cricket, CCF, exeats, international boarders with UK guardians.

Python 3.11 standard library only. Deterministic: fixed dates, Message-IDs and MIME
boundaries, raw MIME text built by hand, so running it twice gives byte-identical files.

    python3 tests/holdout/round34/make_round34_obscene.py

writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round34/obscene-language/ and then re-parses every file as a check.

BLIND: never use these files for tuning the filter.
"""
import base64
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import html
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
STAFF_DOMAIN = "example-school.org.uk"
PUPIL_DOMAIN = "pupils.example-school.org.uk"

# ---------------------------------------------------------------------------------------
# MIME building helpers (raw text, LF line endings)
# ---------------------------------------------------------------------------------------

BST = [(datetime.date(2025, 3, 30), datetime.date(2025, 10, 26)),
       (datetime.date(2026, 3, 29), datetime.date(2026, 10, 25))]


def date_hdr(y, mo, d, h, mi, s=0):
    day = datetime.date(y, mo, d)
    off = 0
    for a, b in BST:
        if a <= day < b:
            off = 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def h(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def enc_words(text, mode="B"):
    """RFC 2047 encode text (UTF-8) into encoded words of at most 75 chars, folded."""
    words, cur = [], ""
    limit = 45 if mode == "B" else 40  # bytes of raw text per word (keeps words <= 75)
    for ch in text:
        if len((cur + ch).encode("utf-8")) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode("utf-8")
        if mode == "B":
            out.append("=?UTF-8?B?" + base64.b64encode(raw).decode("ascii") + "?=")
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?UTF-8?Q?" + q + "?=")
    return "\n ".join(out)


def header_text(text, mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return enc_words(text, mode)


def fmt_addr(name, addr, mode="B"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_words(name, mode), addr)


def fold_addrs(label, people, mode="B"):
    items = [fmt_addr(n, a, mode) for n, a in people]
    return label + ": " + ",\n ".join(items)


def qp_encode(text):
    """Quoted-printable encoder. The character \\x00 in text forces a soft line break there."""
    out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == "\x00":
                toks.append(None)
            elif ch in " \t" or (33 <= ord(ch) <= 126 and ch != "="):
                toks.append(ch)
            else:
                toks.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        # trailing whitespace must be encoded
        i = len(toks) - 1
        while i >= 0 and toks[i] is None:
            i -= 1
        if i >= 0 and toks[i] in (" ", "\t"):
            toks[i] = "=%02X" % ord(toks[i])
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


class Leaf:
    def __init__(self, ctype, payload, cte="7bit", charset="utf-8", filename=None,
                 disposition=None, params=""):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.charset, self.filename, self.disposition, self.params = charset, filename, disposition, params

    def render(self):
        hdrs = []
        ct = "Content-Type: " + self.ctype
        if self.ctype.startswith("text/") and self.charset:
            ct += '; charset="%s"' % self.charset
        if self.params:
            ct += self.params
        if self.filename and not self.ctype.startswith("text/calendar"):
            ct += ';\n name="%s"' % self.filename
        hdrs.append(ct)
        if self.disposition:
            d = "Content-Disposition: " + self.disposition
            if self.filename:
                d += ';\n filename="%s"' % self.filename
            hdrs.append(d)
        hdrs.append("Content-Transfer-Encoding: " + self.cte)
        p = self.payload
        if self.cte == "7bit":
            text = p.replace("\x00", "")
            assert all(ord(c) < 128 for c in text), ("non-ascii in 7bit part", text[:60])
            body = text
        elif self.cte == "8bit":
            body = p
        elif self.cte == "quoted-printable":
            body = qp_encode(p)
        elif self.cte == "base64":
            body = b64_encode(p)
        else:
            raise ValueError(self.cte)
        if not body.endswith("\n"):
            body += "\n"
        return hdrs, body


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    def render(self):
        hdrs = ['Content-Type: multipart/%s;\n boundary="%s"' % (self.subtype, self.boundary)]
        body = ""
        if self.subtype == "mixed":
            body += "This is a multi-part message in MIME format.\n\n"
        for part in self.parts:
            ph, pb = part.render()
            body += "--" + self.boundary + "\n" + "\n".join(ph) + "\n\n" + pb
        body += "--" + self.boundary + "--\n"
        return hdrs, body


# ---------------------------------------------------------------------------------------
# plain text -> HTML, in the style of the sending client
# ---------------------------------------------------------------------------------------

def _blocks(text):
    """Split text into ('p', lines) and ('q', lines) blocks."""
    blocks = []
    for line in text.rstrip("\n").split("\n"):
        kind = "q" if line.startswith(">") else "p"
        if kind == "q":
            line = line[1:].lstrip(" ")
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    return blocks


def html_outlook(text):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal',
           '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}',
           'span.EmailStyle17\t{mso-style-type:personal-compose;}',
           '@page WordSection1\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}',
           'div.WordSection1\t{page:WordSection1;}',
           '--></style>',
           '</head>',
           '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for kind, lines in _blocks(text):
        if kind == "q":
            out.append('<div style="border:none;border-left:solid #E1E1E1 1.0pt;padding:0cm 0cm 0cm 4.0pt">')
        for line in lines:
            if line.strip() == "":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
        if kind == "q":
            out.append("</div>")
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_gmail(text):
    out = ['<div dir="ltr">']
    for kind, lines in _blocks(text):
        if kind == "q":
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.append("<br>".join(html.escape(l, quote=False) for l in lines))
            out.append("</blockquote>")
            continue
        for line in lines:
            if line.strip() == "":
                out.append("<div><br></div>")
            else:
                out.append("<div>%s</div>" % html.escape(line, quote=False))
    out.append("</div>")
    return "\n".join(out) + "\n"


def html_apple(text):
    paras = text.rstrip("\n").split("\n\n")
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">']
    for p in paras:
        out.append("<div>%s</div><div><br></div>" %
                   "<br>".join(html.escape(l, quote=False) for l in p.split("\n")))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


HTMLERS = {"outlook": html_outlook, "gmail": html_gmail, "apple": html_apple, "tool": html_gmail}


def boundary_for(client, seed, n=0):
    x = h(seed + str(n), 24)
    if client == "outlook":
        return "_%03d_LO4P265MB%s_" % (n, x[:12].upper())
    if client == "gmail":
        return "0000000000" + x[:18]
    if client == "apple":
        return "Apple-Mail-%s-%s" % (x[:8].upper(), x[8:16].upper())
    return "----=_Part_%s_%s" % (int(x[:6], 16), x[6:18])


def msgid_for(client, seed):
    x = h(seed, 40).upper()
    if client == "outlook":
        return "<LO4P265MB%s%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (x[:4], x[4:12], x[:4])
    if client == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (x[:20], x[20:36].lower())
    if client == "apple":
        return "<%s-%s-%s-%s@example-school.org.uk>" % (x[:8], x[8:12], x[12:16], x[16:28])
    return "<%s.%s@mailer.example-school.org.uk>" % (x[:16].lower(), x[16:24].lower())


# ---------------------------------------------------------------------------------------
# tiny deterministic PDF and calendar attachments
# ---------------------------------------------------------------------------------------

def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        stream += "(%s) Tj T*\n" % esc(ln)
    stream += "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def pdf_att(filename, lines):
    return Leaf("application/pdf", make_pdf(lines), "base64", charset=None, filename=filename,
                disposition="attachment")


# ---------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------

def S(local):
    return local + "@" + STAFF_DOMAIN


def P(local):
    return local + "@" + PUPIL_DOMAIN


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")

ST = {
    "rhl": ("Rupert Harcourt-Lowe", S("r.harcourt-lowe")),
    "estates": ("Neil Gaskell (Estates)", S("estates")),
    "stroud": ("Helen Stroud", S("h.stroud")),
    "ferraby": ("Charles Ferraby", S("c.ferraby")),
    "pennington": ("Tom Pennington", S("t.pennington")),
    "dunne": ("Alastair Dunne", S("a.dunne")),
    "achterberg": ("Simon Achterberg", S("s.achterberg")),
    "price": ("Gareth Price", S("g.price")),
    "hargreaves": ("Will Hargreaves", S("w.hargreaves")),
    "doyle": ("Kevin Doyle", S("k.doyle")),
    "rudd": ("Mark Rudd", S("m.rudd")),
    "it": ("IT Services", S("itsupport")),
    "wetherall": ("Giles Wetherall", S("g.wetherall")),
    "rennie": ("Paul Rennie", S("p.rennie")),
    "matron_fleming": ("Fleming Matron", S("matron.fleming")),
    "sturt": ("Oliver Sturt", S("o.sturt")),
    "whitlock": ("Sam Whitlock", S("s.whitlock")),
    "lassiter": ("Ben Lassiter", S("b.lassiter")),
    "raman": ("Priya Raman", S("p.raman")),
    "gilchrist": ("Hamish Gilchrist", S("h.gilchrist")),
    "marchetti": ("Lucy Marchetti", S("l.marchetti")),
    "osei": ("Nana Osei", S("n.osei")),
    "adair": ("Jonny Adair", S("j.adair")),
    "rowntree": ("Felix Rowntree", S("f.rowntree")),
    "hollis": ("Martin Hollis", S("m.hollis")),
    "dunmore": ("Claire Dunmore", S("c.dunmore")),
    "lang": ("Sophie Lang", S("s.lang")),
    "macleod": ("Rory MacLeod", S("r.macleod")),
    "medical": ("Medical Centre", S("medical")),
    "wetherall2": ("Maj G Wetherall", S("g.wetherall")),
    "chaplain": ("The Chaplain", S("chaplain")),
    "fees": ("Fees Office", S("fees")),
    "exams": ("Exams Office", S("exams")),
    "kowalczyk": ("Daniel Kowalczyk", S("d.kowalczyk")),
    "chen": ("Lin Chen", S("l.chen")),
    "adeyemi": ("Olu Adeyemi", S("o.adeyemi")),
    "library": ("School Library", S("library")),
    "catering": ("Catering Office", S("catering")),
    "boehm": ("Jürgen Böhm", S("j.boehm")),
    "admissions": ("Admissions", S("admissions")),
    "mensah": ("Kofi Mensah", S("k.mensah")),
    "matron_sh": ("School House Matron", S("matron.schoolhouse")),
    "comms": ("Example School", S("communications")),
    "thwaite": ("Rachel Thwaite", S("r.thwaite")),
    "kerr": ("Sebastian Kerr", S("s.kerr")),
    "okonkwo": ("Chidi Okonkwo", S("c.okonkwo")),
    "goodall": ("Tess Goodall", S("t.goodall")),
    "pemberton": ("Hugh Pemberton", S("h.pemberton")),
    "thackeray": ("James Thackeray", S("j.thackeray")),
    "dsl": ("Designated Safeguarding Lead", S("dsl")),
    "fairbrother": ("Zoë Fairbrother", S("z.fairbrother")),
    "burrell": ("Andrew Burrell", S("a.burrell")),
    "head": ("Dr Katharine Ellwood", S("head")),
    "fairweather": ("Nick Fairweather", S("n.fairweather")),
    "matron_wolsey": ("Wolsey Matron", S("matron.wolsey")),
}

L_COMMON = ("Common Room", S("common-room"))
L_HMS = ("Housemasters", S("housemasters"))
L_ALLSTAFF = ("All Staff", S("all-staff"))

MESSAGES = []


def M(label, slug, sender, to, subject, date, body=None, *, cc=(), client="outlook", cte=None,
      fmt="plain", html_body=None, attachments=(), note="", reply_to_id=None, subj_mode="B",
      extra_headers=(), sender_name=None):
    MESSAGES.append(dict(label=label, slug=slug, sender=sender, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, client=client, cte=cte, fmt=fmt,
                         html_body=html_body, attachments=list(attachments), note=note,
                         reply_to_id=reply_to_id, subj_mode=subj_mode,
                         extra_headers=list(extra_headers), sender_name=sender_name))


def build(m):
    seed = "r34obscene/" + m["slug"]
    client = m["client"]
    text = m["body"]
    fmt = m["fmt"]
    cte = m["cte"]
    nonascii_text = text is not None and any(ord(c) > 127 for c in text.replace("\x00", ""))
    if cte is None:
        if client == "outlook":
            cte = "quoted-printable" if (nonascii_text or fmt != "plain") else "7bit"
        elif client == "gmail":
            cte = "quoted-printable" if nonascii_text else "7bit"
        else:
            cte = "quoted-printable" if nonascii_text else "7bit"
    # body tree
    if fmt == "plain":
        node = Leaf("text/plain", text, cte)
    elif fmt == "alt":
        htm = m["html_body"] or HTMLERS[client](text.replace("\x00", ""))
        hcte = "quoted-printable" if cte in ("7bit", "quoted-printable") else cte
        if cte == "7bit" and client == "gmail":
            hcte = "quoted-printable"
        node = Multi("alternative", [Leaf("text/plain", text, cte), Leaf("text/html", htm, hcte)],
                     boundary_for(client, seed, 1))
    elif fmt == "html":
        node = Leaf("text/html", m["html_body"], cte)
    else:
        raise ValueError(fmt)
    if m["attachments"]:
        node = Multi("mixed", [node] + m["attachments"], boundary_for(client, seed, 2))
    # headers
    name, addr = m["sender"]
    if m["sender_name"]:
        name = m["sender_name"]
    hdrs = ["From: " + fmt_addr(name, addr), fold_addrs("To", m["to"])]
    if m["cc"]:
        hdrs.append(fold_addrs("Cc", m["cc"]))
    hdrs.append("Subject: " + header_text(m["subject"], m["subj_mode"]))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: " + msgid_for(client, seed))
    if m["reply_to_id"]:
        rid = msgid_for("gmail" if client != "gmail" else "outlook", seed + "/parent")
        hdrs.append("In-Reply-To: " + rid)
        hdrs.append("References: " + rid)
    if client == "outlook":
        hdrs += ["Accept-Language: en-GB, en-US", "Content-Language: en-GB"]
    elif client == "apple":
        hdrs.append("X-Mailer: iPhone Mail (22G86)")
    elif client == "tool":
        hdrs.append("X-Mailer: Example School Communications 4.2")
    hdrs += m["extra_headers"]
    hdrs.append("MIME-Version: 1.0")
    nh, nb = node.render()
    hdrs += nh
    raw = "\n".join(hdrs) + "\n\n" + nb
    for line in "\n".join(hdrs).split("\n"):
        assert all(ord(c) < 128 for c in line), ("non-ascii header", line)
        assert len(line) <= 998
    return raw.encode("utf-8")


# =======================================================================================
# Signatures
# =======================================================================================

ADDR = "Example School, Park Row, Leeds LS1 4AP"

SIG_RHL = """--
Rupert Harcourt-Lowe MA
Housemaster, School House
Example School, Park Row, Leeds LS1 4AP
Switchboard 01632 960000 | House office ext. 214"""

SIG_STURT = """Oliver Sturt
Housemaster, Fleming House
Example School | Park Row | Leeds LS1 4AP
Tel: 01632 960000 (ask for Fleming)"""

SIG_STROUD = """Helen Stroud
Head of Boarding
Example School, Park Row, Leeds LS1 4AP
T: 01632 960000  E: h.stroud@example-school.org.uk"""

SIG_FERRABY = """Charles Ferraby
Master i/c Cricket | Teacher of Geography
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""

SIG_PENNINGTON = """Tom Pennington
Director of Sport
Example School
Park Row, Leeds LS1 4AP
01632 960000 | Sports Office ext. 301"""

SIG_DUNNE = """Alastair Dunne
Housemaster, Ridley
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_CHEN = """Dr Lin Chen
Head of Mathematics
Example School, Park Row, Leeds LS1 4AP
Tel 01632 960000"""

SIG_MEDICAL = """Sister Anna Kestrel RGN
Medical Centre (the San)
Example School, Park Row, Leeds LS1 4AP
01632 960000 (switchboard, 24 hours in term time)"""

SIG_WETHERALL = """Maj (Retd) G. R. Wetherall
Contingent Commander, Combined Cadet Force
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_CHAPLAIN = """The Revd Canon Elizabeth Marsh
School Chaplain
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_FEES = """Fiona McAllister
Fees Office, The Bursary
Example School, Park Row, Leeds LS1 4AP
01632 960000 | fees@example-school.org.uk"""

SIG_DUNMORE = """Claire Dunmore
PA to the Head
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_EXAMS = """Sandra Wilkes
Examinations Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""

SIG_KOWALCZYK = """Daniel Kowalczyk
Head of Geography
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_IT = """Ed Vickery
IT Services
Example School | 01632 960000 (ext. 250) | itsupport@example-school.org.uk"""

SIG_MENSAH = """Kofi Mensah
Head of Higher Education and Careers
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_THACKERAY = """James Thackeray
Deputy Head (Pastoral) and Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_BOEHM = """Jürgen Böhm
Head of German / Tutor, Wolsey
Example School, Park Row, Leeds LS1 4AP
+44 1632 960000"""

SIG_ROWNTREE = """Felix Rowntree | Head of Drama
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""

SIG_LASSITER = """Ben Lassiter
Teacher of History
Example School, Park Row, Leeds LS1 4AP"""

SIG_GILCHRIST = """Hamish Gilchrist
Housemaster, Wolsey
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_FAIRBROTHER = """Zoë Fairbrother
Head of Learning Support (SENCo)
Example School, Park Row, Leeds LS1 4AP | 01632 960000"""

SIG_GOODALL = """Ms T. Goodall
English Department
Example School, Park Row, Leeds LS1 4AP"""

# =======================================================================================
# FLAG messages (20): 9 plain, 11 disguised
# =======================================================================================

M("flag", "school_house_boiler", ST["rhl"], [ST["estates"]],
  "School House boiler - AGAIN", date_hdr(2025, 10, 6, 7, 12, 44), cc=[ST["stroud"]],
  client="outlook", fmt="plain",
  note="housemaster to estates, plain 'fucking' about broken boiler",
  body="""Neil,

The fucking boiler in School House has packed in again. That's the third time since the start of term. No hot water at all on the top corridor this morning, so 38 boys showering in cold water before chapel, and the radiators in the Shells' dorm are stone cold.

I know you've had the contractor out twice already, but whatever they did clearly hasn't worked. Can someone come over before lunch please? I've put the two portable heaters in the end dorm for now but we haven't got enough for the whole floor.

Matron is logging the complaints, and I've already had two emails overnight from parents in Hong Kong because the boys messaged home at six this morning.

Rupert

""" + SIG_RHL + "\n")

M("flag", "fixture_cancelled", ST["ferraby"], [ST["pennington"]],
  "RE: 1st XI v St Aldhelm's - Saturday", date_hdr(2026, 5, 7, 11, 3, 19),
  client="outlook", fmt="alt", reply_to_id=True,
  note="cricket master to director of sport, plain 'bollocks'; reply with Outlook quote",
  body="""Tom,

Well that's bollocks. They've known about their exam leave since January and they pull out on the Thursday before? We've booked both umpires, the tea is ordered, and I've got two sets of parents flying in from Lagos specifically to watch.

I'll ring their MIC this afternoon and see if they'd play a 20-over game on the Sunday instead. If not, could we ask the MCC side whether they'd come a week early?

Charlie

""" + SIG_FERRABY + """

From: Tom Pennington <t.pennington@example-school.org.uk>
Sent: 07 May 2026 10:14
To: Charles Ferraby <c.ferraby@example-school.org.uk>
Subject: 1st XI v St Aldhelm's - Saturday

Charlie - just had a call from St Aldhelm's. They're cancelling Saturday, citing A level study leave. Sorry to be the bearer. T
""")

M("flag", "parent_complaint_vent", ST["dunne"], [ST["stroud"]],
  "Re: Complaint from Mr Vandermeer", date_hdr(2025, 11, 11, 17, 26, 2),
  client="gmail", fmt="alt", reply_to_id=True,
  note="housemaster calls a parent 'a total wanker' to head of boarding; gmail quote",
  body="""Helen,

Honestly, the man is a total wanker. He's complained about the food, the laundry, the rugby selection and now the fact that his son has to share a study with a boy from "a lesser prep school". He doesn't seem to realise we can all see the chain he's copied the Head into.

My version: the study list was drawn up by the Ridley prefects in June, as it is every year, and nobody else in the Removes has asked to move. I'll draft a reply that says nothing and says it very politely, and send it to you before it goes. Can we get him in for a meeting before the exeat rather than letting this run on email?

Al

On Tue, 11 Nov 2025 at 16:02, Helen Stroud <h.stroud@example-school.org.uk> wrote:
> Al,
> Forwarding the latest from Mr Vandermeer - see below. Could you give me your
> version of events re the study allocation before I reply? He's copied the
> Head in again.
> H
""")

M("flag", "prep_feedback_pupil", ST["achterberg"], [("Benedict Farquhar", P("23bfarquhar"))],
  "Your titration write-up", date_hdr(2025, 11, 18, 21, 47, 31),
  client="outlook", fmt="plain",
  note="chemistry teacher to pupil: 'it's shit' about his prep",
  body="""Benedict,

I've marked your titration write-up and I'm going to be straight with you: it's shit. Half of it is copied from the method sheet, the results table has no units, and you've worked out the concentration using the wrong volume. You can do far better than this and we both know it.

Redo it properly and hand it in to the Chemistry office by 5pm on Friday. If the calculation is the problem, come to my clinic in C4 after lunch on Wednesday.

Dr A
""")

M("flag", "mother_vent_gender", ST["price"], [ST["dunne"]],
  "fun and games", date_hdr(2026, 1, 21, 21, 58, 10),
  client="apple", fmt="plain",
  note="housemaster calls a mother 'silly bitch', 'typical hysterical woman' (gender)",
  body="""Al,

Just come off a 40 minute call with Mrs Laidlaw-Hughes. Silly bitch wants Freddie moved out of his dorm because another boy "snores in an aggressive manner". Typical hysterical woman, there's something every single term. Told her I'd look into it. I won't.

Pint in the Common Room bar on Friday? I need one.

G

Sent from my iPhone
""")

M("flag", "house_song_slur", ST["hargreaves"], [("Grenville House", P("grenville-house"))],
  "House Song - rehearsals", date_hdr(2026, 2, 2, 18, 5, 0),
  client="outlook", fmt="alt",
  note="assistant housemaster to house pupil list: homophobic slur 'bunch of poofs'",
  body="""Gents,

House Song is in three weeks and on current form we'll come last again. Rehearsals are Tuesday and Thursday at 9pm in the Common Room, no exceptions and no "I've got prep" excuses - do your prep before.

And for the love of God stop prancing about like a bunch of poofs during the dance bit. It's meant to be a rugby chant, not a West End audition. Sing it like you mean it.

Lyric sheets are on the house Teams channel. Learn them by Thursday.

Mr H
Assistant Housemaster, Grenville
""")

M("flag", "milk_run_racial", ST["doyle"], [ST["matron_wolsey"], ("Wolsey Tutors", S("wolsey-tutors"))],
  "milk for breakfast", date_hdr(2025, 9, 24, 20, 41, 7),
  client="outlook", fmt="plain",
  note="boarding assistant uses racial slur ('the Paki shop') to house staff",
  body="""Hi all,

The catering delivery hasn't come again so there's no milk in the Wolsey kitchen for the boys' cereal tomorrow. I'll nip down to the Paki shop on Station Road after lights out and get a few pints, and put it on the house float.

If anyone wants anything else from there let me know before 10.

Kev
Kevin Doyle | Boarding Assistant, Wolsey
""")

M("flag", "cover_system_disability", ST["rudd"], [ST["it"]],
  "RE: Ticket #48213 - cover sheet not printing", date_hdr(2026, 1, 20, 16, 22, 55),
  client="outlook", fmt="alt", reply_to_id=True,
  note="physics teacher to IT: disability slur 'complete mong' about software designer",
  body="""Ed,

Still not working. Whoever designed this new cover system must be a complete mong - you have to click through five screens just to see which set you're covering, and it still prints the wrong room. I've got four cover lessons tomorrow and no idea where three of them are.

Could you come over to the Physics prep room before period 1 and look at it with me?

Mark

Mark Rudd
Head of Physics
Example School, Park Row, Leeds LS1 4AP | 01632 960000

From: IT Services <itsupport@example-school.org.uk>
Sent: 20 January 2026 15:40
To: Mark Rudd <m.rudd@example-school.org.uk>
Subject: Ticket #48213 - cover sheet not printing

Hi Mark,

We've re-synced your profile with the timetable. Please log out and back in and try printing the cover sheet again. Let us know if it still doesn't appear.

Kind regards,
Ed
IT Services
""")

M("flag", "ccf_coach_vent", ST["wetherall"], [ST["rennie"]],
  "RE: Annual camp transport", date_hdr(2026, 6, 18, 9, 37, 12),
  client="outlook", fmt="plain", reply_to_id=True,
  note="CCF commander calls coach firm manager 'an absolute arsehole' to SSI",
  body="""Paul,

The coach firm's area manager was an absolute arsehole on the phone just now. Says the booking was for 40 not 52 and they "can't guarantee" a second vehicle. I have the confirmation in writing, with 52 on it. I've forwarded it to the Bursary and asked them to chase.

In the meantime can you ring round for a backup 16-seater for the Sunday? Training area won't hold the range slot if we're late in.

GW

""" + SIG_WETHERALL + """

From: Paul Rennie <p.rennie@example-school.org.uk>
Sent: 18 June 2026 08:55
To: Giles Wetherall <g.wetherall@example-school.org.uk>
Subject: Annual camp transport

Sir,

Coach company rang first thing. They say the booking shows 40 pax, not 52. Can you call them? Number is 0118 496 0472, ask for the area manager.

SSI
""")

M("flag", "laundry_kit_masked", ST["matron_fleming"], [ST["sturt"]],
  "Laundry - missing rugby kit", date_hdr(2025, 10, 15, 12, 9, 40),
  client="outlook", fmt="alt",
  note="matron to housemaster: masked swearing 'f*cking' and leet 'sh1t'",
  body="""Oliver,

Just to let you know the laundry contractor has lost 40 sets of f*cking rugby kit. FORTY. All the Fleming 1st and 2nd team shirts, socks, the lot. They're now saying it "may have been delivered to another school". What a load of sh1t. I've spent the whole morning on the phone to them.

Boys will have to wear the spare house kit on Saturday. Some of it is about twenty years old, so apologies in advance for the match photos.

I'll keep chasing. Any chance you could have a word with the Bursar?

Bridget

Bridget Okafor
Fleming House Matron
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("flag", "minibus_keys_repeated", ST["pennington"], [ST["whitlock"]],
  "keys!!", date_hdr(2025, 11, 22, 11, 48, 3),
  client="apple", fmt="plain",
  note="director of sport to coach: stretched letters 'Fuuuuuck', 'shiiiiit'",
  body="""Fuuuuuck. I've driven off with the U15 minibus keys in my pocket and I'm already on the M25.

Sam - is there a spare set in the key safe in the Sports Centre? Code is the usual. If not the U15Bs are shiiiiit out of luck for the away game at Hallbrook and we'll have to beg a lift off the parents.

Sorry. I owe you a drink.

T

Sent from my iPhone
""")

M("flag", "governor_visit_dotted", ST["lassiter"], [ST["raman"]],
  "that governors' visit", date_hdr(2026, 3, 4, 13, 2, 26),
  client="gmail", fmt="alt",
  note="history teacher about a governor: separated letters 'c.u.n.t' and 'T-W-A-T'",
  body="""Priya,

Did you see the governor who sat in on my Lower Sixth lesson this morning? Wrote "lacks pace" on the feedback form and then spent twenty minutes of a fifty-minute lesson scrolling on his phone. What a c.u.n.t. Honestly, the T-W-A-T didn't even know which period we were doing - he asked if the Tudors were "the ones with the wives".

Coffee at break tomorrow? I need to rant at someone in person.

Ben
""")

M("flag", "inspection_cyrillic", ST["gilchrist"], [ALI],
  "Re: drinks on Saturday", date_hdr(2025, 12, 3, 22, 14, 50),
  client="gmail", fmt="plain", cte="8bit", reply_to_id=True,
  note="housemaster to parent: 'bollocks' written with Cyrillic o homoglyphs",
  body="""Ali,

Thanks so much for the invitation - I'd love to come, as long as I can get one of the tutors to cover the house after Saturday games. I'll confirm by Thursday.

Between the two of us, the inspection week was a load of b\u043ell\u043ecks. Four days of box-ticking and nobody once asked a boy how he was actually getting on. Still, we survived, and your son was a star when they interviewed the Fifth Form reps.

See you Saturday, hopefully.

Hamish

On Wed, 3 Dec 2025 at 19:30, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hamish, we're having a few people round on Saturday evening from 7, very
> informal. Would be lovely if you could come. Ali
""")

M("flag", "duty_rota_fullwidth", ST["marchetti"], [ST["osei"]],
  "Saturday duty (again)", date_hdr(2026, 2, 25, 22, 31, 8),
  client="outlook", fmt="plain", cte="quoted-printable",
  note="teacher to colleague: full-width letters 'ＦＵＣＫＩＮＧ ridiculous', QP body",
  body="""Nana,

Have you seen the duty rota for this half? I'm on Saturday evening boarding duty FOUR weekends out of six. \uff26\uff35\uff23\uff2b\uff29\uff2e\uff27 ridiculous. I've emailed Helen but if you were willing to swap the 14th with me I'd owe you forever (and I'll do your Sunday chapel duty).

L x
""")

M("flag", "referee_zero_width", ST["adair"], [ST["pennington"]],
  "Saturday's ref", date_hdr(2025, 11, 17, 8, 16, 33),
  client="outlook", fmt="alt",
  note="head of rugby calls referee 'wanker' with a zero-width space inside the word",
  body="""Tom,

Before you hear it from anyone else: the ref on Saturday was an absolute wan\u200bker. He sent off our tighthead in the 50th minute for a "dangerous tackle" that was textbook - I've watched the video three times. We were 12-10 up at that point and lost 12-31.

I'm putting in formal feedback to the referees' society this morning. I've spoken to the boy, he's upset but fine. I'd rather his parents heard it from us, so I'll ring them at lunchtime (they're in Dubai, four hours ahead).

Jonny

Jonny Adair
Head of Rugby
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("flag", "tech_rehearsal_html_split", ST["rowntree"], [ST["hollis"]],
  "Tech rehearsal", date_hdr(2026, 3, 10, 8, 2, 14),
  client="outlook", fmt="html", cte="quoted-printable",
  note="HTML-only: 'bellend' split by an empty span, 'fuck' written with a numeric entity",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Martin,</p>
<p>Whichever bell<span style="color:#000000"></span>end moved the lighting desk onto the pit rail during your band call has snapped the DMX cable, so we had no lighting for the whole of the tech last night. What the &#102;uck were they thinking? We open on Thursday.</p>
<p>I&#39;ve ordered a replacement (next-day, &pound;48 from the drama budget) but I&#39;d be grateful if you could remind the band that the desk does not move. Ever.</p>
<p>Felix</p>
<p style="color:#666666;font-size:9pt">Felix Rowntree | Head of Drama<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</p>
</div></body></html>
""")

M("flag", "stolen_bike_qp_softbreak", ST["sturt"], [JANE],
  "Bike", date_hdr(2026, 4, 21, 9, 12, 0),
  client="outlook", fmt="plain", cte="quoted-printable",
  note="housemaster to parent: 'bastard' cut by a quoted-printable soft line break",
  body="""Dear Jane,

I'm really sorry to tell you that your son's bike went from the Fleming racks some time between Sunday evening and this morning. It was locked, and the lock has been cut. We've looked at the CCTV and it's clear some bas\x00tard came onto site with bolt cutters at about 2am - two bikes have gone from Ridley as well.

We've reported it to the police and I'll forward the crime reference number as soon as I have it. The school's insurance won't cover it, I'm afraid, but it may be worth checking your home contents policy.

I'll let you know if anything comes of the CCTV.

With best wishes,

""" + SIG_STURT + "\n")

M("flag", "halfterm_coach_base64", ST["stroud"], [L_HMS],
  "Half-term coaches - Friday", date_hdr(2025, 10, 22, 16, 50, 21),
  client="outlook", fmt="plain", cte="base64",
  note="head of boarding to housemasters, base64 body: 'taking the piss', 'total shitshow'",
  body="""All,

The coach company are taking the piss. They've now told me the Heathrow coach on Friday can't leave until 2.30pm instead of 1pm, which means the boys on the early evening Hong Kong flight and the Lagos flight will be cutting it very fine. Total shitshow.

Plan B:
- Heathrow boys with flights before 7pm go in the two school minibuses at 1pm (Tom and Jonny driving). Please send me names by 9am tomorrow.
- Everyone else stays on the coach at 2.30pm.
- Gatwick coach unchanged, 1.15pm from the Quad.

Guardians have been told. Parents abroad will get an email from me tonight - Hong Kong is eight hours ahead, so it'll land first thing for them.

Helen

""" + SIG_STROUD + "\n")

M("flag", "speech_day_subject_2047", ST["dunmore"], [ST["lang"]],
  "Speech Day seating plan \u2014 total clusterfuck", date_hdr(2026, 6, 30, 10, 44, 5),
  client="outlook", fmt="alt", subj_mode="B",
  note="swear word only in an RFC 2047 (base64) encoded subject",
  body="""Sophie,

Just opened the seating plan from the marquee people. They've put the Lord-Lieutenant behind the tent pole, the Chairman of Governors next to the press photographer, and all the prize-winners' parents in the back four rows.

Can we sit down with it at 2pm in my office? I'll bring the proper list from the Head.

Claire

""" + SIG_DUNMORE + "\n")


def _handover_csv():
    rows = [
        ["date", "time", "boy / area", "issue", "action", "notes"],
        ["Sat 15 Nov", "19:40", "Shells dorm", "Window latch broken", "Estates ticket 5521",
         "Temporary fix with a cable tie"],
        ["Sat 15 Nov", "21:10", "JL (Removes)", "Homesick, wanted to ring mum in Hong Kong (5am there)",
         "Let him ring at 7am our time", "Much better after breakfast"],
        ["Sun 16 Nov", "07:55", "Gap assistant (Tom)", "Late for breakfast duty again", "Spoken to",
         "useless twat frankly - 3rd time this term"],
        ["Sun 16 Nov", "14:00", "Mr Pryce-Jones", "Rang house phone re laundry (again)",
         "Logged, passed to Matron", "what a wanker"],
        ["Sun 16 Nov", "20:30", "All", "Roll call", "All present", "Two boys back late from guardians - signed in 20:25"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    return buf.getvalue()


M("flag", "handover_csv_attachment", ST["macleod"], [ST["rhl"]],
  "Handover notes for the weekend", date_hdr(2025, 11, 16, 21, 5, 0),
  client="outlook", fmt="plain",
  attachments=[Leaf("text/csv", _handover_csv(), "base64", filename="handover_15-16Nov.csv",
                    disposition="attachment")],
  note="clean body; attached CSV (base64) has 'useless twat' and 'what a wanker' in notes column",
  body="""Rupert,

Handover notes for Saturday and Sunday attached, as you were off for the exeat weekend. Nothing major - only eleven boys stayed in, and there was one homesick Removes boy, a broken window latch and the usual phone call about laundry.

All boys present at roll call tonight.

Rory

Rory MacLeod
Deputy Housemaster, School House
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

# =======================================================================================
# CLEAN everyday messages (30)
# =======================================================================================

M("clean", "exeat_reminder_parent", ST["sturt"], [JANE],
  "Exeat weekend 17-19 October", date_hdr(2025, 10, 9, 15, 20, 0),
  client="outlook", fmt="alt",
  note="housemaster reminds parent of exeat collection and return times",
  body="""Dear Jane,

Just a reminder that the October exeat begins after Saturday school and matches on 18 October. Boys may be collected from Fleming from 1.30pm if they are not playing, or straight from the touchline if they are - please come and find me or Matron before you go so we can sign him out.

Boys should be back in house by 8pm on Sunday 19 October. If you're planning to drop him at a different time, or if he's going home with a friend's family, please let me know by Wednesday so the leave-out book is right.

He'll need to bring home his games kit for washing and his French vocabulary book, which he has promised me he will open.

With best wishes,

""" + SIG_STURT + "\n")

M("clean", "san_temperature_parent", ST["medical"], [SAM],
  "Your son in the San", date_hdr(2025, 11, 4, 10, 35, 12),
  client="outlook", fmt="plain",
  note="medical centre tells carer pupil is staying in the San with a temperature",
  body="""Dear Sam,

I wanted to let you know that your son came over to the San this morning before breakfast with a sore throat and a temperature of 38.4. We gave him paracetamol at 8.10am and he's now tucked up in one of the side rooms, watching something on his iPad and complaining about the toast, which is usually a good sign.

We'll keep him in overnight so we can keep an eye on the temperature, and I've let his housemaster and tutor know he won't be in lessons today. A lateral flow test was negative.

If he's not improving by tomorrow morning the school doctor will see him at the 9am surgery. Please feel free to ring us on the number below at any time - the Medical Centre is staffed around the clock in term time.

Kind regards,

""" + SIG_MEDICAL + "\n")

M("clean", "heathrow_guardian_hk", ST["rhl"], [("Patricia Hartigan", "pat.hartigan62@sky.com")],
  "Henry's half-term travel - Friday 24 October", date_hdr(2025, 10, 20, 18, 2, 45),
  cc=[("Mr and Mrs Leung", "leung.family.hk@gmail.com")],
  client="outlook", fmt="alt",
  note="housemaster confirms half-term airport run with UK guardian, HK parents cc'd",
  body="""Dear Mrs Hartigan,

Thank you for your email. I can confirm Henry is booked on the school minibus to Heathrow on Friday 24 October, leaving the Quad at 3.45pm. His flight to Hong Kong is the 21.50 from Terminal 3, so he'll have plenty of time, and one of our boarding staff will see him through to the Unaccompanied Minor desk as he is still under 15.

He returns on Sunday 2 November. As you kindly offered, could you collect him from Terminal 3 and bring him back to School House by 7pm? If his flight is delayed, please call the house phone via the switchboard on 01632 960000 and whoever is on duty will pick up.

Mr and Mrs Leung, I realise it is the middle of the night in Hong Kong as I write this, so please don't feel you need to reply straight away. Henry has had a very good half of term - more on that at parents' evening.

With best wishes,

""" + SIG_RHL + "\n")

M("clean", "essay_extension_pupil", ST["raman"], [("Owen Carrington", P("24ocarrington"))],
  "Re: An Inspector Calls essay", date_hdr(2025, 11, 26, 19, 12, 3),
  client="gmail", fmt="plain", reply_to_id=True,
  note="head of English grants a pupil a two-day essay extension",
  body="""Owen,

That's fine - you can have until Friday 5pm, given the match tomorrow. Please don't let it slide past that, as I want to give the set feedback on Monday.

Remember to focus on how Priestley presents Sheila as changing, and use at least two short quotations for each paragraph.

Ms Raman

On Wed, 26 Nov 2025 at 18:40, Owen Carrington <24ocarrington@pupils.example-school.org.uk> wrote:
> Hi Ms Raman, I'm playing in the U15 cup match tomorrow and we don't get back
> until about 7. Please could I have an extra day for the essay? Thanks, Owen
""")

M("clean", "ccf_field_day_kit", ST["wetherall"], [("CCF Army Section", P("ccf-army"))],
  "Field Day - Thursday 2 October - orders and kit", date_hdr(2025, 9, 26, 14, 0, 0),
  cc=[ST["rennie"]], client="outlook", fmt="alt",
  note="CCF field day orders and kit list to cadets",
  body="""Cadets,

Field Day is next Thursday. Timings and kit below. Read them, then read them again.

Timings
0715  Breakfast (houses have been told)
0730  Collect packed lunch from the dining hall
0745  Parade on the Quad in uniform, kit checked by section commanders
0800  Coaches depart
1630  Coaches depart the training area
1745  Approximate return - straight to houses to clean kit before supper

Kit
- Boots, cleaned. Combat trousers, shirt and smock. Beret.
- Waterproofs and a warm layer. The forecast is not kind.
- 2 litres of water minimum.
- Notebook and pencil, compass if issued.
- Spare socks in a plastic bag.
- Any personal medication (inhalers, EpiPens) - section commanders will check.

No mobile phones on the training area. They will be collected on the coach and returned at the end of the day.

Any cadet who is unwell on the morning should report to the San before 0730 and the San will let the CCF office know.

Maj Wetherall

""" + SIG_WETHERALL + "\n")

M("clean", "chapel_readers_rota", ST["chaplain"], [L_COMMON],
  "Chapel readers and Harvest", date_hdr(2025, 9, 19, 11, 15, 0),
  client="outlook", fmt="alt",
  note="chaplain to common room: readers rota and Harvest Festival arrangements",
  body="""Dear colleagues,

Thank you to everyone who has volunteered to read in chapel this term. The rota for the second half of term is now on the Common Room noticeboard and in the staff Teams channel. If you can't make your date, please swap with a colleague and let me know, rather than the other way round.

Harvest Festival is on Sunday 5 October at 10.30am. Each house is asked to bring tins and dried goods to the chapel porch by Saturday evening; everything goes to the food bank in town on the Monday. The Chapel Choir will sing Greene's "Thou visitest the earth", and parents are very welcome.

Tutors, please remind your tutees that chapel is at 8.20am sharp on weekdays and that blazers are to be done up.

With thanks and every blessing,

Elizabeth

""" + SIG_CHAPLAIN + "\n")

M("clean", "rugby_fixture_parents", ST["pennington"], [ALI, SAM],
  "U15A rugby v Hallbrook College - Saturday 8 November", date_hdr(2025, 11, 5, 16, 40, 0),
  client="outlook", fmt="alt",
  note="sports office fixture details to parents",
  body="""Dear Parents,

The U15A XV play Hallbrook College away this Saturday, kick-off 2.30pm. The team coach leaves the Sports Centre at 12.15pm, straight after an early lunch, and we expect to be back at about 6.15pm.

Spectators are very welcome. Parking at Hallbrook is on the field beside the pavilion and match teas are served in the pavilion after the game. If you would like to take your son out for supper after the match, please tell his housemaster and the coach in charge, Mr Adair, before Friday evening, and have him back in house by 9pm.

The team sheet is on the sports portal. Boys need both home and away shirts, gum shields and boots with the correct studs. It looks likely to be wet.

Best wishes,

""" + SIG_PENNINGTON + "\n")

M("clean", "maths_report_reply", ST["chen"], [ALI],
  "RE: Autumn report - Maths grade", date_hdr(2025, 12, 10, 17, 5, 33),
  client="outlook", fmt="alt", reply_to_id=True,
  note="head of maths explains a report grade to a parent; quoted parent message",
  body="""Dear Mr Guardian,

Thank you for your email, and I'm sorry the grade came as a surprise.

The attainment grade of 5 reflects the November assessment, which covered quadratics and simultaneous equations. Your son found the second half of the paper difficult, largely because he ran out of time rather than because he didn't understand the methods - he lost very few marks on the questions he attempted. The effort grade of 2 is a fair reflection of how hard he works in lessons.

Over the next few weeks I'd suggest he does one timed past-paper section each weekend, which his teacher will mark. He is also very welcome at the Maths clinic on Tuesdays after games.

I'd be happy to talk this through at parents' evening on 15 January.

Kind regards,

""" + SIG_CHEN + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 09 December 2025 21:14
To: Lin Chen <l.chen@example-school.org.uk>
Subject: Autumn report - Maths grade

Dear Dr Chen,
We were surprised to see a 5 for Maths on the report when he has always been in the top set. Could you explain what has happened and how we can help at home?
Many thanks,
Ali Guardian
""")

M("clean", "fees_invoice_parent", ST["fees"], [SAM],
  "Lent Term 2026 - fees invoice", date_hdr(2025, 12, 1, 9, 0, 0),
  client="outlook", fmt="alt",
  attachments=[pdf_att("Invoice_LT26_B123456.pdf", [
      "Example School - Fees Office", "Park Row, Leeds LS1 4AP   01632 960000", "",
      "INVOICE  LT26-B123456", "Lent Term 2026", "",
      "Boarding fee ................................ 16,450.00",
      "Extras: Music tuition (10 lessons) ..............  365.00",
      "Extras: CCF annual camp deposit ..................   50.00",
      "Total due by 5 January 2026 ................. 16,865.00"])],
  note="fees office sends termly invoice PDF to carer",
  body="""Dear Sam,

Please find attached the fees invoice for the Lent Term 2026, which is due for payment by Monday 5 January 2026.

Payment details and our reference for your account are on the invoice. If you pay by the termly instalment plan, no action is needed - the first collection will be taken on 1 January as usual.

If you have any questions about the extras listed, please reply to this email or ring the Fees Office on 01632 960000.

Kind regards,

""" + SIG_FEES + "\n")

M("clean", "common_room_minutes", ST["dunmore"], [L_COMMON],
  "Common Room meeting - minutes, 15 September", date_hdr(2025, 9, 17, 12, 30, 0),
  client="outlook", fmt="alt",
  attachments=[pdf_att("CR_minutes_2025-09-15.pdf", [
      "Common Room Meeting - 15 September 2025", "",
      "1. Welcome to new colleagues", "2. Boarding: Saturday evening activities rota",
      "3. Reports calendar for Michaelmas", "4. CCF Field Day arrangements",
      "5. AOB: car parking by the Chapel during Speech Day rehearsals"])],
  note="head's PA circulates meeting minutes PDF",
  body="""Dear all,

Please find attached the minutes of Monday's Common Room meeting. Three action points to note:

1. Tutors: first tutor reports are due on the portal by Friday 10 October.
2. Saturday evening activities: the rota is on the noticeboard - please check your dates.
3. Anyone driving a minibus this term who hasn't done the refresher course, please email the Transport office this week.

The next meeting is on Monday 3 November at 4.30pm in the Library.

Many thanks,
Claire

""" + SIG_DUNMORE + "\n")

M("clean", "mock_timetable_pupils", ST["exams"], [("Upper Sixth", P("uppersixth"))],
  "January mock examinations - timetable and rules", date_hdr(2025, 12, 8, 8, 30, 0),
  cc=[("Upper Sixth Tutors", S("u6-tutors"))], client="outlook", fmt="alt",
  attachments=[pdf_att("U6_Mocks_Jan2026_timetable.pdf", [
      "Upper Sixth Mock Examinations - January 2026", "",
      "Mon 12 Jan  AM Mathematics Paper 1   Sports Hall",
      "Mon 12 Jan  PM History Paper 1       Sports Hall",
      "Tue 13 Jan  AM Chemistry Paper 1     Sports Hall",
      "...full timetable continues..."])],
  note="exams officer sends mock timetable PDF and exam rules to upper sixth",
  body="""Dear Upper Sixth,

Your mock examination timetable for January is attached. Please check it carefully now and tell me by Friday if you find a clash or if a paper you sit is missing.

A few reminders:
- Exams start promptly at 9.00am and 2.00pm. Be outside the Sports Hall 10 minutes before.
- Clear pencil case only. No watches of any kind, smart or otherwise - they must be left in your bag at the back of the hall.
- Mobile phones are not allowed in the hall, switched off or not.
- If you are unwell on the day, go to the San, and the San will contact me.

Boys with access arrangements will receive a separate email from Learning Support.

Good luck with your revision over the holidays.

""" + SIG_EXAMS + "\n")

M("clean", "lagos_arrivals_hms", ST["stroud"], [L_HMS], "New boarders arriving Sunday",
  date_hdr(2026, 1, 8, 14, 11, 9), cc=[("Transport Office", S("transport"))],
  client="outlook", fmt="plain",
  note="head of boarding to housemasters: airport pick-ups for new international boarders",
  body="""Dear all,

Four new boarders join us this Sunday for the Lent Term - two for Clive, one each for Ridley and Wolsey. Three are flying in from Lagos on the overnight flight, which lands at Heathrow Terminal 5 at about 05.20; the fourth arrives from Frankfurt at 11.40.

Transport have booked the school driver for both pick-ups. He will bring the boys straight to their houses, so please make sure someone is up and about to meet them and that Matron has beds made and a breakfast ready in the house kitchen.

Parents' contact details and guardian details are on the MIS. For reference, Lagos is one hour ahead of us at the moment, so a call home at a sensible time on Sunday evening would be appreciated by the families. If anyone's plans change I'll ring the housemaster concerned.

Thanks, all.

Helen

""" + SIG_STROUD + "\n")

M("clean", "carol_service_choir", ST["hollis"], [("Chapel Choir", P("chapel-choir"))],
  "Carol Service rehearsals", date_hdr(2025, 11, 27, 17, 45, 0),
  client="gmail", fmt="alt",
  note="director of music: carol service rehearsals and solo auditions",
  body="""Dear Choir,

The Carol Service is on Sunday 7 December at 6pm, and there are two extra rehearsals before then:

Tuesday 2 December, 6.30-7.30pm, Chapel
Saturday 6 December, 5.00-6.30pm, Chapel (full run with the organ)

Auditions for the opening solo of "Once in Royal David's City" will be on Monday at 1.15pm in the Music School. Trebles and the newly-broken altos are both welcome to try - the solo is sung unaccompanied so please prepare the first verse from memory.

Cassocks and surplices will be issued from the vestry on the Saturday. Please check your name is written in yours.

Thank you for all your hard work this term. It's sounding lovely.

Mr Hollis
Director of Music
""")

M("clean", "geography_fieldtrip_letter", ST["kowalczyk"], [JANE, ALI],
  "Lower Sixth Geography fieldwork - Devon, 20-23 March", date_hdr(2026, 1, 14, 16, 0, 0),
  client="outlook", fmt="alt",
  attachments=[pdf_att("L6_Geography_fieldwork_consent.pdf", [
      "Lower Sixth Geography Fieldwork - Devon, 20-23 March 2026", "",
      "Cost: 385.00 GBP, added to the Lent Term bill", "",
      "I give consent for my son to attend.  Signed: ____________  Date: _______",
      "Medical information / dietary requirements: __________________"])],
  note="trip letter with consent form to parents",
  body="""Dear Parents,

As part of the A level course, all Lower Sixth geographers will spend four days at a residential field studies centre in North Devon from Friday 20 to Monday 23 March. The boys will collect data for their independent investigation (the NEA), working on coastal processes and on rural change in the villages around the centre.

The cost of 385 GBP covers transport, full board accommodation and tuition, and will be added to the Lent Term bill. Please complete the attached consent and medical form and return it to the Geography office by Friday 30 January.

The boys will need walking boots, full waterproofs and a day rucksack. A full kit list will follow in February.

Please get in touch if you have any questions.

Yours sincerely,

""" + SIG_KOWALCZYK + "\n")

M("clean", "it_password_mfa", ST["it"], [L_ALLSTAFF],
  "Staff accounts: password and MFA changes from Monday", date_hdr(2025, 9, 11, 8, 5, 0),
  client="outlook", fmt="plain",
  note="IT services notice about MFA and phishing",
  body="""Dear colleagues,

From Monday 15 September all staff accounts will require multi-factor authentication when you sign in from outside the school network. If you haven't yet set up the Authenticator app, please do so this week - instructions are on the IT page of the staff intranet, and we'll be in the Common Room at break on Thursday and Friday to help.

Passwords will no longer expire every 90 days, but they now need to be at least 14 characters. A short sentence you can remember is ideal.

A reminder that IT Services will never ask you for your password by email or over the phone. If you receive a message that claims to be from us and asks you to "verify your account", please forward it to itsupport@example-school.org.uk and delete it.

Thanks,

""" + SIG_IT + "\n")

M("clean", "winter_nets_pupils", ST["ferraby"], [("Senior Cricket Squad", P("cricket-senior"))],
  "Winter nets", date_hdr(2026, 1, 9, 12, 20, 0),
  client="outlook", fmt="plain",
  note="short notice to pupils about winter cricket nets",
  body="""Gents,

Winter nets start on Tuesday 13 January in the Sports Hall, 7.00-8.30pm, every Tuesday until half term. Bring your own kit; the club bags will be there for anyone who needs to borrow pads or a helmet.

Bowlers, please keep your run-ups shortened - the hall is not the Oval.

Mr Ferraby
""")

M("clean", "flu_vaccination_parents", ST["medical"], [ALI, JANE],
  "Flu vaccinations \u2013 consent by 28 October", date_hdr(2025, 10, 13, 9, 30, 0),
  client="outlook", fmt="alt", subj_mode="Q",
  note="medical centre flu vaccination consent letter to parents; RFC 2047 subject (en dash)",
  body="""Dear Parents and Guardians,

The local NHS school immunisation team will be in school on Tuesday 4 November to offer the nasal flu vaccine to boys in the Shells, Removes and Fifth Form.

Consent is given online through the immunisation team's form, which you will receive separately by email this week. Please complete it by Tuesday 28 October, whether or not you wish your son to have the vaccine. Boys whose parents live abroad are included in the programme in the usual way - the form can be completed from anywhere.

If your son has had a flu vaccine elsewhere this autumn, or if he has asthma that needed a course of steroids in the past two weeks, please let us know.

With kind regards,

""" + SIG_MEDICAL + "\n")

M("clean", "dubai_parents_evening_call", ST["adeyemi"],
  [("Khalid Al Mansoori", "k.almansoori.dxb@outlook.com")],
  "Re: Parents' evening - video call", date_hdr(2026, 1, 12, 13, 28, 17),
  client="gmail", fmt="alt", reply_to_id=True,
  note="tutor arranges a parents' evening video call with father in Dubai, time zones",
  body="""Dear Mr Al Mansoori,

Thank you - of course. As Dubai is four hours ahead of us, would 4.30pm UK time (8.30pm your time) on Thursday 15 January work for you? I'll send a Teams link the day before, and I'll ask Zayed's Maths and Science teachers to join for the first twenty minutes so you can hear from them directly.

He has settled in very well since September. He's playing for the U14 A team, sings in the choir, and his housemaster tells me he has become the unofficial chess champion of Wolsey.

Best wishes,

Olu Adeyemi
Teacher of Biology | Shells Tutor, Wolsey
Example School, Park Row, Leeds LS1 4AP | 01632 960000

On Sun, 11 Jan 2026 at 19:02, Khalid Al Mansoori <k.almansoori.dxb@outlook.com> wrote:
> Dear Mr Adeyemi,
> We will not be able to travel to the UK for the parents' evening this term.
> Would it be possible to speak by video call instead? Evenings are best for us.
> Kind regards, Khalid Al Mansoori
""")

M("clean", "weekly_newsletter_html", ST["comms"], [JANE, SAM, ALI],
  "The Chronicle - Week 7", date_hdr(2025, 10, 17, 16, 0, 0),
  client="tool", fmt="html", cte="quoted-printable",
  note="HTML-only weekly newsletter to parents",
  html_body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Chronicle - Week 7</title></head>
<body style="margin:0;background:#f3f1ec;font-family:Georgia,serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#14284b;color:#ffffff"><h1 style="margin:0;font-size:26px">The Chronicle</h1>
<p style="margin:4px 0 0 0">Example School &middot; Michaelmas Term &middot; Week 7</p></td></tr>
<tr><td>
<h2 style="font-size:19px">From the Head</h2>
<p>What a half of term it has been. Our new Shells have found their feet remarkably quickly, the 1st XV are unbeaten, and on Tuesday evening the Lower Sixth debaters beat three much larger schools to reach the regional final. I am grateful to all the staff who give up their evenings and weekends to make these things happen.</p>
<p>Exeat begins after matches tomorrow. Please remember that boys must be signed out with their housemaster or matron before leaving site.</p>
<h2 style="font-size:19px">Sport</h2>
<p>1st XV 27&ndash;12 v Hallbrook College (tries from Adebayo, Whitcombe and a penalty try). U15A won 19&ndash;17 with the last kick of the game. The U14B XV lost narrowly but Mr Adair reports &ldquo;outstanding spirit&rdquo;.</p>
<h2 style="font-size:19px">Chapel and Music</h2>
<p>Thank you to everyone who supported Harvest Festival &mdash; the houses collected over 400 items for the town food bank. House Music heats begin after half term; the final is on Friday 21 November.</p>
<h2 style="font-size:19px">CCF</h2>
<p>Congratulations to the RAF Section, who completed their first gliding day, and to Cadet Sgt Nwosu on his selection for the regional leadership course.</p>
<h2 style="font-size:19px">Dates for the diary</h2>
<ul>
<li>Sat 18 Oct &ndash; Exeat begins after matches</li>
<li>Sun 19 Oct &ndash; Boys return by 8pm</li>
<li>Fri 24 Oct &ndash; Half term begins, 12.30pm</li>
<li>Sun 2 Nov &ndash; Boarders return by 8pm</li>
</ul>
</td></tr>
<tr><td style="background:#eeeae0;font-size:12px;color:#555">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk<br>
You are receiving this because you are a parent or guardian of a current pupil.</td></tr>
</table></td></tr></table>
</body></html>
""")

M("clean", "library_overdue_pupil", ST["library"], [("Alexander Chan", P("23achan"))],
  "Overdue library books", date_hdr(2026, 2, 6, 10, 2, 0),
  client="outlook", fmt="plain",
  note="librarian reminds pupil of overdue books",
  body="""Hi Alexander,

Our records show the following books are now more than two weeks overdue:

- "A Brief History of Time", Stephen Hawking
- "The Penguin Book of First World War Poetry"

Could you bring them back, or renew them at the desk, by the end of next week please? Another boy has reserved the poetry anthology for his coursework.

Thanks,
Mrs Quigley
School Library | ext. 240
""")

M("clean", "catering_allergen_update", ST["catering"], [("Matrons", S("matrons")), L_HMS],
  "House suppers - allergen matrix update", date_hdr(2025, 9, 30, 15, 14, 0),
  client="outlook", fmt="alt",
  note="catering manager updates house supper allergen information",
  body="""Dear Matrons and Housemasters,

From Monday the house supper boxes will change supplier. The new allergen matrix is on the catering page of the intranet and a printed copy will come over with Monday's delivery - please pin it up in the house kitchen and take down the old one.

The main changes:
- The flapjacks now contain sesame (tahini). Boys with a sesame allergy should not have them.
- The cereal bars are now made in a nut-free factory.
- Gluten-free bread will come in a separate, labelled bag.

If you have a boy with a new allergy or dietary requirement this term, please make sure the Medical Centre has been told, and they will pass it on to us.

Kind regards,

Jo Tyndall
Catering Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "german_family_update", ST["boehm"], [("Familie von Brandt", "vonbrandt.familie@gmail.com")],
  "Rückmeldung nach den ersten Wochen \u2013 Constantin", date_hdr(2025, 10, 10, 19, 40, 11),
  client="outlook", fmt="alt",
  note="German-speaking tutor writes to a German family in German; encoded subject and name",
  body="""Liebe Frau von Brandt, lieber Herr von Brandt,

ich wollte Ihnen kurz eine Rückmeldung geben, nachdem Constantin nun seit gut fünf Wochen bei uns in der Lower Sixth ist.

Er hat sich in Wolsey sehr gut eingelebt. Mr Gilchrist, sein Housemaster, sagt mir, dass er in seinem Zimmer schon gute Freunde gefunden hat, und er spielt jeden Samstag für das 2nd XV. In Mathematik und Physik ist er sehr stark; in Economics muss er sich noch an das englische Fachvokabular gewöhnen, aber das ist ganz normal und wird schnell besser.

Das Exeat-Wochenende ist vom 18. bis 19. Oktober. Wenn er zu Ihnen nach Hamburg fliegt, geben Sie bitte Mr Gilchrist bis Mittwoch Bescheid. Die Zeitverschiebung ist ja nur eine Stunde, Sie können mich also gern auch abends anrufen.

Mit herzlichen Grüßen

""" + SIG_BOEHM + "\n")

M("clean", "open_morning_staff", ST["admissions"], [L_COMMON],
  "Open Morning - Saturday 27 September", date_hdr(2025, 9, 22, 9, 45, 0),
  client="outlook", fmt="alt",
  note="registrar asks staff for help at open morning",
  body="""Dear colleagues,

Thank you for your help with Open Morning this Saturday. Visitors arrive from 9.00am; the Head speaks in Chapel at 9.30am and tours run from 10.00am until 12.30pm.

Departments, please have your rooms open and staffed from 9.45am, with a short display of pupils' work. Housemasters, all houses will be on the tour route this year, so please make sure the common rooms and at least one dormitory are tidy and a matron or tutor is there to answer questions about boarding.

Fifty of the Lower Sixth will act as guides. They will meet in the Library at 8.45am for a briefing.

Coffee and pastries for staff in the Common Room from 8.30am.

With many thanks,

Kate Ellery
Registrar
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "governors_invite_ics", ST["dunmore"], [ST["head"], ST["thackeray"], ST["stroud"]],
  "Invitation: Education Committee of Governors - Tue 25 Nov 2025 16:00",
  date_hdr(2025, 11, 3, 11, 2, 0), client="outlook", fmt="plain",
  attachments=[Leaf("text/calendar", "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//Example School//EN\r\n"
                    "VERSION:2.0\r\nBEGIN:VEVENT\r\nUID:r34-edcomm-20251125@example-school.org.uk\r\n"
                    "DTSTAMP:20251103T110200Z\r\nDTSTART:20251125T160000Z\r\nDTEND:20251125T173000Z\r\n"
                    "SUMMARY:Education Committee of Governors\r\nLOCATION:Board Room\r\n"
                    "ORGANIZER;CN=Claire Dunmore:mailto:c.dunmore@example-school.org.uk\r\n"
                    "END:VEVENT\r\nEND:VCALENDAR\r\n", "base64", filename="invite.ics",
                    params="; method=REQUEST", disposition="attachment")],
  note="head's PA sends governors' committee meeting invitation (.ics)",
  body="""The Education Committee will meet in the Board Room on Tuesday 25 November at 4pm. Papers will be circulated a week before.

Helen - the Chair has asked for a short update on boarding numbers and the new Sunday activities programme.

Claire
""")

M("clean", "hot_water_shutdown", ST["estates"], [L_HMS, ("Matrons", S("matrons"))],
  "Planned hot water shutdown - Ridley and Clive, Tuesday", date_hdr(2026, 2, 12, 14, 30, 0),
  client="outlook", fmt="plain",
  note="estates notice of planned hot water shutdown",
  body="""Hi all,

Please note there will be no hot water in Ridley or Clive on Tuesday 17 February from 9am to 1pm while the contractors replace the mixing valves on the second floor.

Cold water, heating and toilets are not affected. Showers should be back by the time the boys come in from games.

Any problems on the day, ring the Estates office on ext. 260.

Thanks,
Neil Gaskell
Estates Manager
""")

M("clean", "ucas_references_request", ST["mensah"], [("Upper Sixth subject teachers", S("u6-teachers"))],
  "UCAS references - subject paragraphs due Friday 10 October", date_hdr(2025, 9, 29, 8, 45, 0),
  client="outlook", fmt="alt",
  note="head of careers asks subject teachers for UCAS reference paragraphs",
  body="""Dear colleagues,

The Oxford and Cambridge and Medicine applications go to UCAS on 15 October, so I need subject paragraphs for those candidates by Friday 10 October at the latest. For everyone else the deadline is 14 November.

Please write about 150 words per pupil, focusing on what he has done beyond the specification: wider reading, competitions, the EPQ, anything that shows real engagement with the subject. Predicted grades should go in the spreadsheet, not in the text.

Paragraphs go straight into the reference tool on the portal. I'll put the tutors' sections and the school statement together and send every draft to the Head for signing.

Thank you - I know this lands at a busy point in term.

""" + SIG_MENSAH + "\n")

M("clean", "epq_feedback_pupil", ST["lassiter"], [("James Whitcombe", P("22jwhitcombe"))],
  "Re: EPQ draft - Corn Laws", date_hdr(2026, 2, 18, 20, 11, 0),
  client="gmail", fmt="alt", reply_to_id=True,
  note="history teacher gives EPQ draft feedback to pupil; quoted pupil message",
  body="""James,

Thanks for sending this. It's a good start. The section on the Anti-Corn Law League is the strongest part, and you use Cobden's speeches well.

Three things for the next draft:
1. Your research question is still too broad. "Why were the Corn Laws repealed?" needs narrowing - perhaps to Peel's role, or the Irish famine as a trigger.
2. You need more historians. At the moment it's mostly one textbook. Look at the two articles I put on the EPQ Teams page.
3. Footnotes, please, not bracketed references. Follow the style guide.

Shall we meet on Tuesday in H3 at 1.30?

Mr Lassiter

On Tue, 17 Feb 2026 at 22:48, James Whitcombe <22jwhitcombe@pupils.example-school.org.uk> wrote:
> Sir, I've attached my first draft (about 2,500 words). I wasn't sure whether
> the section on the famine should come before or after Peel. Thanks, James
""")

M("clean", "theatre_trip_london", ST["rowntree"], [SAM, JANE],
  "Fifth Form Drama theatre trip - Wednesday 25 February", date_hdr(2026, 2, 9, 12, 0, 0),
  client="outlook", fmt="alt",
  note="drama teacher theatre trip letter to parents",
  body="""Dear Parents,

The Fifth Form GCSE drama set will see a West End production on Wednesday 25 February as part of their live theatre evaluation. The coach leaves school at 2pm after lunch, and we will return at approximately 11.45pm. Boys will sign back into their houses with the duty tutor.

Supper will be a packed meal from the kitchens, eaten on the coach. Boys may bring up to 15 GBP spending money for the interval.

Tickets and transport are paid for from the Drama budget. There is nothing to pay and no need to reply unless your son should not attend.

Kind regards,

""" + SIG_ROWNTREE + "\n")

M("clean", "lost_property_pupils", ST["matron_sh"], [("School House", P("school-house"))],
  "Lost property - last call", date_hdr(2025, 12, 5, 17, 55, 0),
  client="outlook", fmt="plain",
  note="matron's short lost property notice to house pupils",
  body="""Boys,

The lost property cupboard is full again: 11 rugby shirts, 6 fleeces, a blazer with no name in it and one football boot (left). Come and look before Wednesday. Anything unclaimed goes to the second-hand uniform shop at the end of term.

Please name your kit. All of it.

Matron
""")

M("clean", "oxbridge_mock_interviews", ST["mensah"],
  [("Rohan Mehta", P("21rmehta")), ("Tobenna Nwosu", P("21tnwosu")), ("Felix Baxter", P("21fbaxter"))],
  "Mock interviews - Thursday", date_hdr(2025, 11, 20, 9, 10, 0),
  client="outlook", fmt="plain", cte="base64",
  note="careers head schedules mock interviews for three upper sixth pupils (base64 body)",
  body="""Gentlemen,

Your mock interviews are on Thursday 27 November in the Careers Library:

2.00pm  Rohan  (Medicine - with Dr Kerr and an external interviewer)
2.45pm  Tobenna  (Engineering - with Dr Chen)
3.30pm  Felix  (History - with Mr Lassiter)

Wear school uniform, bring a copy of your personal statement, and be outside ten minutes early. Expect to be asked about something you haven't prepared - that's the point.

If your real interview is online, it may fall during the holidays while you're at home. Tobenna, I know you'll be in Lagos: check the time zone on the invitation very carefully, and let me know the date and time when you have it.

Mr Mensah
""")

# =======================================================================================
# CLEAN hard negatives (30)
# =======================================================================================

M("clean", "cricket_tour_wankhede", ST["ferraby"], [JANE, ALI], "Cricket tour to India - Easter 2027",
  date_hdr(2026, 6, 2, 18, 30, 0), cc=[ST["pennington"]], client="outlook", fmt="alt",
  note="hard neg: Wankhede Stadium and a Mr Wankhede (surname) in a cricket tour letter",
  body="""Dear Parents,

I'm delighted to confirm that the senior cricket tour to India will go ahead over the Easter holidays in 2027. We will spend ten days in Mumbai and Pune, play five fixtures against schools and clubs, and stay in a hotel we have used before, which is right by the training ground.

The highlight will be a guided tour of the Wankhede Stadium in Mumbai, followed by a coaching session with the Mumbai Cricket Association's academy coaches. Our tour organiser in Mumbai, Mr Sandeep Wankhede (no relation, he assures me), has arranged for the boys to watch a first-class match if the calendar allows.

The provisional cost is 2,950 GBP, including flights, accommodation, transport, kit and insurance. A deposit of 300 GBP secures a place, and the squad of 16 will be selected from the 1st and 2nd XI.

There will be an information evening on Thursday 18 June at 6.30pm in the Pavilion, to which you'd be very welcome.

Best wishes,

""" + SIG_FERRABY + "\n")

M("clean", "new_colleagues_cockburn", ST["head"], [L_COMMON],
  "New colleagues after half term", date_hdr(2025, 10, 23, 17, 0, 0),
  client="outlook", fmt="alt",
  note="hard neg: surnames Cockburn, Hancock, Titmuss in a staff welcome",
  body="""Dear colleagues,

I'm pleased to let you know that three new colleagues join us after half term.

Dr Fiona Cockburn (pronounced "Coburn", she tells me, though she has heard every alternative) joins as Head of Physics. She comes to us from a large sixth form college, where she ran their Olympiad programme, and she will also be an assistant tutor in Clive.

Mr Tim Hancock joins the Sports Department as Graduate Sports Assistant for the rest of the year. He played rugby at university and will help with the U14 and U15 teams as well as living in Ridley.

Ms Sarah Titmuss joins the Learning Support department three days a week, working mainly with the Shells and Removes.

Please do make them welcome, and introduce yourselves in the Common Room on Monday.

With best wishes,

Katharine Ellwood
Head
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "dickens_set_text", ST["raman"], [("Fifth Form English Set 2", P("fifth-eng2"))],
  "Great Expectations - reading for half term", date_hdr(2025, 10, 23, 15, 40, 0),
  client="gmail", fmt="plain",
  note="hard neg: Dickens set text; Mr Dick (David Copperfield) and Pumblechook mentioned",
  body="""Dear Set 2,

Over half term please finish Volume Two of Great Expectations (up to the end of Chapter 39, when Magwitch returns). We start Volume Three on the first Monday back, and there will be a short quiz.

As you read, keep a page in your notebook for each of these characters: Pip, Estella, Miss Havisham, Joe, Magwitch and Jaggers. For each, write down two quotations that show how Dickens wants us to see them.

Several of you asked in class whether Uncle Pumblechook is meant to be funny or horrible. The answer is both, and that's worth an essay in itself. If you enjoy the way Dickens writes comic characters, try David Copperfield over Christmas - Mr Micawber and Mr Dick are two of the best.

Enjoy the break.

Ms Raman
Head of English
""")

M("clean", "scunthorpe_steelworks_trip", ST["burrell"], [("Lower Sixth Economics", P("l6-economics"))],
  "Industry visit - Scunthorpe steelworks, Thursday 12 March", date_hdr(2026, 2, 26, 12, 5, 0),
  cc=[("Economics Department", S("economics"))], client="outlook", fmt="alt",
  attachments=[pdf_att("Scunthorpe_visit_risk_assessment.pdf", [
      "Risk assessment - L6 Economics visit to the steelworks, Scunthorpe", "",
      "Hazards: site traffic, heat, noise. Controls: PPE issued on site, group of 12 max."])],
  note="hard neg: place name Scunthorpe in a pupil trip notice",
  body="""Dear Lower Sixth economists,

Our industry visit to the steelworks at Scunthorpe is confirmed for Thursday 12 March. It's a long day: the coach leaves the Quad at 6.30am (breakfast bags from the kitchens) and we expect to be back around 7.30pm.

We'll have a guided tour of the blast furnace area in the morning and a talk from the site management team after lunch about energy costs, global competition and the future of British steel - all of which ties in directly with the Theme 3 material we've just finished.

You must wear long trousers and sturdy closed shoes. Hard hats, glasses and high-vis jackets are provided on site. No trainers.

The risk assessment is attached for information.

Mr Burrell
Head of Economics and Business
""")

M("clean", "penistone_guardian_travel", ST["price"], [("Grace Holt", "grace.holt.guardian@yahoo.co.uk")],
  "Tobi's exeat travel - Friday", date_hdr(2026, 2, 10, 18, 20, 0),
  cc=[("Mr and Mrs Adebayo", "adebayo.family.lagos@yahoo.co.uk")], client="outlook", fmt="alt",
  note="hard neg: guardian lives in Penistone; exeat train travel for Lagos boarder",
  body="""Dear Mrs Holt,

Thank you for agreeing to have Tobi for the February exeat. To confirm the travel plan:

- Friday 13 February: our minibus will take him to the station for the 2.10pm train to London. He'll cross to King's Cross and take the 4.03pm to Sheffield, where he changes for the local train to Penistone. He should arrive at about 7.15pm, and you kindly said you'd meet him there.
- Sunday 15 February: the reverse journey, leaving Penistone on the 1.20pm. He must be back in Clive by 8pm.

He has his railcard and the tickets are on his phone. I've asked him to text you at Sheffield, and to ring the house when he arrives with you.

Mr and Mrs Adebayo, I'm copying you in so that you know the arrangements. Lagos is an hour ahead, so I'll ring you on Friday at about 8.30pm your time once he's arrived.

Best wishes,

Gareth Price
Housemaster, Clive
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "cockermouth_dofe_expedition", ST["thwaite"], [("DofE Gold 2026", P("dofe-gold"))],
  "Gold qualifying expedition - route and kit", date_hdr(2026, 6, 22, 16, 15, 0),
  client="outlook", fmt="alt",
  note="hard neg: Cockermouth start point in a DofE expedition briefing",
  body="""Dear Gold participants,

Your qualifying expedition is from Monday 6 to Thursday 9 July in the Lake District. We travel up on Sunday 5 July and camp the first night at the base campsite.

Groups will start on Monday morning from the car park on the edge of Cockermouth, and finish on Thursday at Keswick. Your route cards must be finished and checked by Mrs Thwaite by Friday 26 June - no route card, no expedition.

Kit checks are on Thursday 2 July at 4pm in the CCF stores. You'll need the full kit list from the handbook, plus:
- a spare gas canister per group
- your own first aid kit with blister plasters
- the group's emergency envelope (map, route card, contact numbers)

During the expedition the base team can be reached on 07700 900638. Please only use it for genuine problems.

Mrs Thwaite
DofE Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "clitheroe_pendle_trip", ST["lassiter"], [JANE, SAM],
  "Lower Sixth History trip - Clitheroe and Pendle", date_hdr(2026, 1, 27, 16, 45, 0),
  client="gmail", fmt="alt",
  note="hard neg: Clitheroe place name in a history trip letter",
  body="""Dear Parents,

As part of their coursework on witchcraft and the law in early modern England, the Lower Sixth historians will visit Lancashire on Friday 6 March to study the Pendle witch trials of 1612.

We will visit Clitheroe Castle and its museum in the morning, then walk part of the Pendle Witch trail in the afternoon (weather permitting), finishing at the heritage centre at Barrowford. The coach leaves at 6am and returns at around 9pm.

The trip costs 45 GBP, which will be added to the bill. Boys will need walking boots, waterproofs, a packed lunch (provided by the kitchens) and a notebook.

Kind regards,

Ben Lassiter
Teacher of History
""")

M("clean", "twatt_orkney_nea", ST["kowalczyk"], [("Callum Rennard", P("21crennard"))],
  "Re: NEA - Orkney data", date_hdr(2025, 9, 29, 20, 35, 0),
  client="gmail", fmt="plain", cte="8bit", reply_to_id=True,
  note="hard neg: Orkney settlement of Twatt in a geography coursework reply to pupil",
  body="""Callum,

Good - Orkney is a great choice and the summer fieldwork sounds thorough. A few thoughts:

The comparison between Stromness and the smaller settlements in the West Mainland is the heart of it. Twatt is a good example for your "dispersed rural" category, but with only a handful of households you'll need to be careful about anonymity in the questionnaire data - report it with Birsay and Dounby as one area rather than by individual settlement.

Your census data are from 2011 and 2022, which is fine, but say clearly in your methodology why there's an eleven-year gap (the Scottish census was delayed by a year).

Send me the revised title and hypotheses by Friday and we'll go through them in the next lesson.

Mr K

On Sun, 28 Sept 2025 at 21:10, Callum Rennard <21crennard@pupils.example-school.org.uk> wrote:
> Sir, I've uploaded my data from Orkney (my grandparents live near Dounby so I
> did the fieldwork in August). I've got questionnaires from Stromness, Twatt and
> Birsay. Is it OK to compare them? Callum
""")

M("clean", "shitterton_hardy_trip", ST["goodall"], [("Lower Sixth English Literature", P("l6-englit"))],
  "Hardy's Dorset - Friday 15 May", date_hdr(2026, 4, 28, 11, 20, 0),
  client="outlook", fmt="alt",
  note="hard neg: Dorset hamlet Shitterton on a Tess of the d'Urbervilles trip itinerary",
  body="""Dear Lower Sixth,

Our Hardy day in Dorset is on Friday 15 May. We'll be following Tess around "Wessex", so please bring your copy of the novel and a pencil.

Itinerary
09.45  Hardy's Cottage, Higher Bockhampton, where he was born
11.30  Max Gate, Dorchester, the house he designed for himself
13.00  Lunch in Dorchester (packed lunches)
14.15  Bere Regis - Hardy's "Kingsbere", where the d'Urberville tombs are. We'll walk from the church through the tiny neighbouring hamlet of Shitterton (yes, really - it's in the Domesday Book, and no, you may not steal the sign) to the water meadows.
16.00  Coach home

Think about Chapter 52, when Tess's family camp by the tombs at Kingsbere. We'll read it aloud in the church.

Ms Goodall
""")

M("clean", "sussex_academy_trials", ST["pennington"], [ALI],
  "Sussex and Middlesex academy trials", date_hdr(2026, 3, 3, 19, 0, 0),
  cc=[ST["ferraby"]], client="outlook", fmt="plain",
  note="hard neg: county names Sussex/Middlesex/Essex in a cricket trials email",
  body="""Dear Mr Guardian,

Following his excellent winter nets, your son has been invited to trials for the Sussex county academy on Sunday 22 March. The Middlesex and Essex trials fall in the same fortnight, and Mr Ferraby and I think Sussex is the best fit for him as a leg-spinner - they have a strong spin coaching programme and the travel is easiest from here.

The trial is at the county ground from 10am to 3pm. He'll need whites, his own kit and a packed lunch. As it's a Sunday, we can't provide transport, so please let me know if you're able to take him or whether we should ask his guardian.

Congratulations to him - it's thoroughly deserved.

Best wishes,

""" + SIG_PENNINGTON + "\n")

M("clean", "british_food_week_menu", ST["catering"], [L_ALLSTAFF, ("All Pupils", P("all-pupils"))],
  "British Food Week menu", date_hdr(2026, 2, 27, 11, 0, 0),
  client="outlook", fmt="html", cte="quoted-printable",
  note="hard neg: HTML-only menu with faggots, spotted dick, toad in the hole",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear all,</p>
<p>Next week is British Food Week in the Dining Hall. Each lunch will feature a traditional regional dish alongside the usual salad bar and vegetarian option.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Day</th><th>Main</th><th>Pudding</th></tr>
<tr><td>Monday</td><td>Faggots with mushy peas and onion gravy (Black Country)</td><td>Bakewell tart</td></tr>
<tr><td>Tuesday</td><td>Toad in the hole with mash</td><td>Eton mess</td></tr>
<tr><td>Wednesday</td><td>Lancashire hotpot</td><td>Spotted dick and custard</td></tr>
<tr><td>Thursday</td><td>Welsh cawl with cheese and bread</td><td>Bara brith</td></tr>
<tr><td>Friday</td><td>Fish and chips with tartare sauce</td><td>Cranachan (Scotland)</td></tr>
</table>
<p>Vegetarian versions of the faggots and the hotpot will be available. Full allergen information is on the counter cards as usual.</p>
<p>Jo Tyndall<br>Catering Manager<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</p>
</body></html>
""")

M("clean", "farne_islands_birds", ST["kerr"], [("Natural History Society", P("nathist-soc"))],
  "NatHist Soc - Farne Islands and the nest box survey", date_hdr(2026, 4, 24, 17, 30, 0),
  client="gmail", fmt="alt",
  note="hard neg: bird names (shags, great tits, woodcock, cock pheasant, boobies) to pupils",
  body="""Dear all,

Two bits of news.

1. Farne Islands trip. We have 14 places on the boat on Saturday 13 June. It's the best time of year for seabirds: puffins, guillemots, razorbills, Arctic terns (bring a hat - they dive at your head), and a good number of nesting shags on the cliffs. Sign up on the sheet outside the Biology office.

2. Nest box survey. Thanks to everyone who checked the boxes on the Upper fields. So far we have great tits in 9 boxes and blue tits in 6, plus a nuthatch in the box behind Wolsey. Several of you reported a woodcock flushed from the copse by the cricket nets, which is unusual for April - if anyone gets a photo, send it in.

And yes, the cock pheasant walking across the 1st XI square during Saturday's match has been noted. The groundsman is not amused.

Next meeting: Wednesday, 1.30pm, B2. Leo will give his talk on the boobies and frigatebirds he saw in the Galapagos over Easter.

Dr Kerr
Head of Biology
""")

M("clean", "cricket_kit_list_box", ST["ferraby"], [("Shells cricketers", P("shells-cricket"))],
  "Cricket kit list for the summer", date_hdr(2026, 3, 20, 10, 40, 0),
  cc=[SAM], client="outlook", fmt="alt",
  note="hard neg: cricket kit list mentions box/abdominal guard, jockstrap, balls",
  body="""Dear Shells cricketers (and parents, copied),

Ahead of the summer term, here's the kit each boy needs. Please label everything.

- Cricket whites: two shirts, two pairs of trousers, a sleeveless sweater (school shop)
- Cricket shoes or spikes, and trainers for the nets
- Bat - the right size, please; the Pro Shop will advise
- Batting pads, batting gloves and a helmet that meets the current safety standard
- An abdominal guard ("box") and either a jockstrap or compression shorts with a pouch to hold it. Every boy batting or keeping must wear one in matches and nets - no exceptions.
- Thigh pad (recommended)

Balls, stumps and scoring equipment are provided by the school. Boys may bring their own match ball for practice if they like, but it must be named.

Many thanks,

""" + SIG_FERRABY + "\n")

M("clean", "biology_reproduction_revision", ST["adeyemi"], [("Fifth Form Biology Set 1", P("fifth-bio1"))],
  "Revision list - Reproduction and hormones", date_hdr(2026, 3, 16, 14, 0, 0),
  client="outlook", fmt="alt",
  note="hard neg: GCSE biology revision list with anatomical terms",
  body="""Set 1,

Your end-of-topic test on Thursday covers B5 (hormones) and B6 (reproduction). Use this checklist:

1. Label the male reproductive system: penis, testes, scrotum, sperm duct, prostate gland, urethra. Know the function of each.
2. Label the female reproductive system: ovaries, oviducts, uterus, cervix, vagina.
3. The menstrual cycle: roles of FSH, LH, oestrogen and progesterone. Be able to read the hormone graph.
4. Contraception: hormonal and non-hormonal methods, and how each one works.
5. Fertility treatment: IVF - the steps, and the ethical issues.
6. Meiosis and why gametes are haploid.
7. Sexual vs asexual reproduction - advantages and disadvantages.

The past paper questions are on Teams. Do at least the 6-markers.

Mr Adeyemi
""")

M("clean", "civil_rights_sources_dept", ST["okonkwo"], [("History Department", S("history"))],
  "Removes Civil Rights unit - sources and language", date_hdr(2026, 1, 6, 10, 15, 0),
  client="outlook", fmt="alt",
  note="hard neg: historical term 'Negro' quoted from MLK speech; staff discuss handling of racist terms in sources",
  body="""Dear all,

I've updated the source pack for the Removes Civil Rights unit (on the shared drive under Removes > USA 1945-74). Two points about language that came up last year:

1. Many of the primary sources use "Negro", which was the standard term at the time and was used by Civil Rights leaders themselves. King's "I Have a Dream" speech says "one hundred years later, the Negro still is not free". Please explain this to the boys before they read the sources, and make the point that it is not a term we use today.

2. A few sources (mainly the photographs of segregation signs and one of the Little Rock letters) contain racist slurs. We will not read these words aloud in class, and the boys should write "the n-word" or "[slur]" in their own work. If a boy uses a slur, even "just quoting", deal with it as we would any other prejudice-related incident and log it.

Happy to talk about any of this at Wednesday's department meeting.

Chidi

Chidi Okonkwo
Teacher of History
Example School, Park Row, Leeds LS1 4AP | 01632 960000
""")

M("clean", "king_lear_edmund", ST["goodall"], [("Upper Sixth English Set 1", P("u6-eng1"))],
  "Lear - Edmund's soliloquy for Tuesday", date_hdr(2025, 11, 13, 19, 5, 0),
  client="outlook", fmt="alt",
  note="hard neg: set text quotation 'Why bastard? ... stand up for bastards!' from King Lear",
  body="""Dear Upper Sixth,

For Tuesday, please reread Act 1 Scene 2 and come ready to discuss Edmund's opening soliloquy:

"Why bastard? Wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

and, of course, the end of the speech:

"I grow; I prosper:
Now, gods, stand up for bastards!"

Essay question to think about (not to write yet): "Edmund is the most modern character in the play." How far do you agree? Think about legitimacy, "nature" versus custom, and how an Elizabethan audience might have reacted to him compared with us.

The critical reading on Moodle (Dollimore, and the short Bradley extract) is worth doing before the lesson.

Ms Goodall
""")

M("clean", "chaucer_millers_tale", ST["fairweather"], [("Upper Sixth English Set 2", P("u6-eng2"))],
  "Miller's Tale - lines for Friday", date_hdr(2026, 1, 22, 16, 30, 0),
  client="gmail", fmt="plain",
  note="hard neg: quoted Middle English set text (Chaucer 'ers', 'queynte') to sixth formers",
  body="""Dear Set 2,

For Friday, read from "This Absolon doun sette hym on his knees" to the end of the tale, using the glossed edition.

Yes, this is the famously bawdy bit. When Alisoun puts her "hole" out of the window and Absolon "kiste hir naked ers / Ful savourly", Chaucer is deliberately crude - and the point for us is why. Think about how the Miller's Tale answers the Knight's Tale: courtly love turned upside down, the "hende" clerk Nicholas who "caughte hire by the queynte", and a parish clerk who is far too squeamish for his own good.

Two questions to come ready with:
1. Is Chaucer endorsing the Miller's view of the world, or mocking it?
2. Who, if anyone, is punished in this tale, and is it fair?

Mr Fairweather
""")

M("clean", "chapel_difficult_passages", ST["chaplain"], [("Chapel Prefects", P("chapel-prefects"))],
  "Sermon series - difficult passages", date_hdr(2026, 1, 16, 12, 0, 0),
  client="outlook", fmt="alt",
  note="hard neg: RE vocabulary (Sodom and Gomorrah, hell, damnation) in chapel planning",
  body="""Dear Chapel Prefects,

Thank you for your suggestions for this term's Sunday evening series. We'll call it "Difficult Passages", and each week one of you will introduce the reading before the sermon.

18 Jan  Genesis 19 - Sodom and Gomorrah, and Lot's wife
25 Jan  Matthew 23 - "You brood of vipers!" (Jesus and the Pharisees)
1 Feb   The parable of the rich man and Lazarus - what did Jesus mean by hell?
8 Feb   Judges 11 - Jephthah's daughter
15 Feb  No service - exeat

The idea is that we don't skip the uncomfortable bits of the Bible. Hell and damnation are part of the story, and so is what the prophets actually say Sodom's sin was (Ezekiel 16:49 is worth looking up before you introduce it).

Please come and see me about your week by the Friday before.

Elizabeth

""" + SIG_CHAPLAIN + "\n")

M("clean", "hamburg_exchange_vocab", ST["boehm"], [SAM, JANE],
  "Hamburg exchange \u2013 final details and a little vocabulary", date_hdr(2026, 3, 11, 17, 0, 0),
  client="outlook", fmt="alt", cte="base64",
  note="hard neg: German words Fahrt, Ausfahrt, Gift, Mist explained in an exchange letter; base64 body",
  body="""Dear Parents,

The Removes exchange group leaves for Hamburg on Saturday 28 March. Final details:

- Meet at the Chapel steps at 5.45am. Coach to Heathrow Terminal 2, flight at 10.05am.
- Boys must have their passport (and a copy), their GHIC card and 50 EUR in cash.
- Host families will meet us at the Gymnasium at about 3pm German time (Germany is an hour ahead).
- Return on Saturday 4 April, back at school at approximately 6pm.

A little vocabulary, because the boys have already found the words they think are funny:
  die Fahrt - the journey (as in "Gute Fahrt!" - have a good trip)
  die Ausfahrt / die Einfahrt - motorway exit / entrance
  das Gift - poison (not a present!)
  Mist! - "Rubbish!" or "Drat!" - perfectly polite
  die Fahrkarte - ticket

I've told them that a joke which is funny once is not funny forty times on the A7, but I make no promises.

Gute Fahrt, and thank you for your support.

""" + SIG_BOEHM + "\n")

M("clean", "latin_cum_clauses", ST["pemberton"], [("Removes Latin", P("removes-latin"))],
  "Cum clauses - prep for Thursday", date_hdr(2025, 11, 24, 15, 10, 0),
  client="outlook", fmt="plain",
  note="hard neg: Latin grammar (cum clauses, dic, fecit) to pupils",
  body="""Removes,

Prep for Thursday: Exercise 14B, sentences 1-10. All of them contain cum clauses.

Remember:
- cum + indicative usually means "when" (at the time when)
- cum + subjunctive can mean "when", "since" or "although" - you have to decide from the context.

e.g. cum Caesar in Galliam venisset, legatos ad Gallos misit.
"When Caesar had come into Gaul, he sent envoys to the Gauls."

e.g. cum pauci essent, tamen fortiter pugnaverunt.
"Although they were few, they fought bravely." (tamen is your clue)

Also revise the imperatives: dic, duc, fac and fer are the four irregular ones. The test on Monday will include "dic mihi" and "fac hoc statim".

Dr Pemberton
""")

M("clean", "rse_letter_parents", ST["thackeray"], [JANE, SAM, ALI],
  "Relationships and Sex Education - Removes, Lent Term", date_hdr(2026, 1, 9, 15, 0, 0),
  client="outlook", fmt="alt",
  attachments=[pdf_att("RSE_Removes_LentTerm_outline.pdf", [
      "Removes RSE - Lent Term 2026 outline", "",
      "Wk1 Healthy relationships   Wk2 Consent and the law",
      "Wk3 Contraception and sexual health   Wk4 Pornography and its effects",
      "Wk5 Nude image sharing and the law   Wk6 LGBT+ relationships and respect"])],
  note="hard neg: RSE letter to parents (sex, consent, contraception, pornography, nudes)",
  body="""Dear Parents and Guardians,

This term, as part of the PSHE programme, the Removes will have six lessons of Relationships and Sex Education, taught by their tutors and by the school's PSHE lead with support from the school nurse. An outline is attached.

Topics include healthy and unhealthy relationships, consent and the law, contraception and sexual health, the effects of pornography, the law on sharing nude images, and respect for LGBT+ people and relationships. All materials are age-appropriate and you are very welcome to see them; please contact me if you would like to.

Parents may ask to withdraw their son from the sex education elements (but not the relationships elements or the biology covered in Science) up to three terms before he turns 16. If you are considering this, please get in touch so we can discuss it; the Head will then meet with you.

Boys whose parents live abroad: we are happy to arrange a video call at a time that suits your time zone.

Yours sincerely,

""" + SIG_THACKERAY + "\n")

M("clean", "tourettes_send_note", ST["fairbrother"], [("Teachers of TN (Removes)", S("tn-teachers"))],
  "TN (Removes) - Tourette syndrome: classroom guidance", date_hdr(2025, 9, 8, 8, 0, 0),
  cc=[ST["gilchrist"]], client="outlook", fmt="alt",
  note="hard neg: SENCo note on Tourette's, coprolalia, ADHD, dyspraxia (no actual swear words)",
  body="""Dear colleagues,

TN, who joins the Removes in Wolsey this term, has Tourette syndrome. He is very happy for staff to know, and he has asked that his class is told too - his tutor will do that with him this week.

His tics are mostly motor (blinking, shoulder shrugs) and vocal (throat clearing, sniffing, repeating the last word he has heard). Occasionally, especially when he is tired or anxious, he has coprolalia - involuntary swearing. This is a tic, not a choice, and must not be sanctioned under the behaviour policy. Please don't draw attention to it or ask him to stop; the tics get worse when he tries to suppress them.

What helps:
- A seat near the door so he can leave for a movement break (he has a time-out card).
- Extra time (25%) and a separate room for tests and exams.
- Warning before cold-calling him to read aloud.

He also has a diagnosis of ADHD and mild dyspraxia, so typed work is fine. The full learning profile is on the MIS.

Please come and see me if you have any questions.

Zoë

""" + SIG_FAIRBROTHER + "\n")

M("clean", "dsl_report_homophobic_abuse", ST["price"], [ST["dsl"]],
  "Incident - Clive Removes corridor, Tues 21:40", date_hdr(2026, 2, 3, 22, 15, 0),
  cc=[ST["stroud"]], client="outlook", fmt="plain",
  note="hard neg: housemaster's safeguarding report to DSL quoting a pupil's homophobic abuse verbatim",
  body="""James,

Logging this with you tonight - it's also on CPOMS.

At about 21:40 the duty tutor heard shouting in the Removes corridor. AB was standing in the doorway of CD's room. CD was in tears. Both boys and the two witnesses (EF, GH) confirm that AB said, word for word:

"You're a fucking faggot, nobody wants you in this house."

and, as he walked away:

"Go and cry to your boyfriend, you gay little shit."

CD says this is not the first time. He says AB and two others have been calling him "faggot" in the changing rooms after games since half term, and that it started after he joined the choir.

I've separated the boys for tonight (CD is sleeping in the spare room by Matron's flat, by his choice), taken AB's phone, and spoken to both. CD's mother has been told. I haven't yet spoken to AB's parents - they're in Dubai and I'd like to discuss it with you first.

Can we meet before chapel tomorrow?

Gareth

Gareth Price
Housemaster, Clive
""")

M("clean", "dsl_report_racist_abuse", ST["osei"], [ST["dsl"]],
  "Concern - racist comments at lunch, Fri 6 Mar", date_hdr(2026, 3, 6, 14, 2, 0),
  client="outlook", fmt="alt",
  note="hard neg: teacher's report to DSL quoting a pupil's racist abuse exactly",
  body="""Dear James,

I was on lunch duty in the Dining Hall today and need to report the following.

At about 1.15pm, JW (Removes, Grenville) was arguing with TO (Removes, Clive) at the tray return. I heard JW say to TO:

"Go back to your mud hut, you black cunt."

A few seconds later, when I was walking over, JW added "at least my dad didn't get his money from scamming", and two boys at the next table laughed and made monkey noises. I didn't see who made the noises, but the boys at that table were from Grenville.

I separated them and sent JW to the Deputy Head's office. TO was clearly very upset and said "it happens all the time, sir, it's not worth it". I've walked him back to Clive and told his housemaster, Mr Price.

I've recorded this on CPOMS as a racist incident. Please let me know if you need a written statement.

Nana Osei
Teacher of Mathematics
""")

M("clean", "dsl_disclosure_stepfather", ST["matron_wolsey"], [ST["dsl"]],
  "Disclosure - Wolsey, Removes boy (KR)", date_hdr(2025, 11, 2, 21, 40, 0),
  cc=[ST["gilchrist"]], client="outlook", fmt="plain", cte="quoted-printable",
  sender_name="Wolsey Matron (Mrs Denise Farrow)",
  note="hard neg: matron's disclosure to DSL quoting a stepfather's abusive words as told by the boy",
  body="""Dear Mr Thackeray,

KR came back from half term this evening very quiet and asked to talk to me in the Matron's room. I have written down what he said as closely as I can.

He said his stepdad "gets really angry when Mum's at work" and that on Saturday he was told he was "a useless little shit" and "a waste of fucking space", and that his stepdad pushed him into the kitchen door. He showed me a bruise on his upper left arm, about 5cm, yellowish. He said "please don't tell Mum, it'll make it worse" and that he dreads going home for Christmas.

I told him that I couldn't keep it a secret and that I would need to tell you, and that you would help. He said "OK". I didn't ask him any more questions. I've recorded this on CPOMS with a body map.

He is now in bed; Mr Gilchrist knows and the duty tutor will check on him tonight.

Denise Farrow
Matron, Wolsey
Example School | 01632 960000
""")

M("clean", "reply_angry_parent_quoted", ST["dunne"], [("Richard Vandermeer", "r.vandermeer.home@gmail.com")],
  "Re: Study allocation", date_hdr(2025, 11, 12, 10, 15, 0), cc=[ST["stroud"]],
  client="gmail", fmt="alt", reply_to_id=True,
  note="hard neg: housemaster's polite reply; swearing only in the parent's quoted text",
  body="""Dear Mr Vandermeer,

Thank you for your email. I'm sorry you and Hugo are unhappy with the study arrangements, and I want to look at this properly with you.

Studies in Ridley are allocated by the house prefects at the end of the summer term, using a system the boys designed themselves, and every Removes study is shared. Hugo's study partner is a kind and hard-working boy, and Hugo has told me himself that they get on well.

That said, I'd very much like to meet you and talk it through. Would Friday at 4pm in Ridley suit you, before Hugo goes out for the exeat? Mrs Stroud, our Head of Boarding, would join us.

Yours sincerely,

""" + SIG_DUNNE + """

On Tue, 11 Nov 2025 at 14:37, Richard Vandermeer <r.vandermeer.home@gmail.com> wrote:
> This is fucking ridiculous. I am paying over 16,000 pounds a term so that my
> son can share a study with a boy from some bloody second-rate prep school?
> Sort it out or I will take it up with the Head and the governors.
> R. Vandermeer
""")

M("clean", "reply_parent_outlook_quote", ST["sturt"], [JANE],
  "RE: Inhaler on the geography trip", date_hdr(2026, 3, 25, 9, 5, 0),
  client="outlook", fmt="alt", reply_to_id=True,
  note="hard neg: polite reply; parent's Outlook-quoted message contains swearing",
  body="""Dear Jane,

Thank you for your email, and I completely understand why you were upset. I'm very sorry.

I've looked into what happened. Your son's spare inhaler was in the trip medical bag, but the bag travelled in the second minibus, and his own inhaler was in his suitcase in the trailer. When he needed it on the beach, it took about fifteen minutes to reach him. He was looked after by a first-aid trained member of staff throughout and recovered quickly, but that is not good enough.

From now on, any boy who carries an inhaler will keep it on his person for the whole of a trip, and the trip leader will check this before departure. Sister Kestrel will go through it with him this week.

I'd be happy to talk on the phone if that would help - the house phone number is below.

With best wishes,

""" + SIG_STURT + """

From: Jane Parent <jane.parent@gmail.com>
Sent: 24 March 2026 22:41
To: Oliver Sturt <o.sturt@example-school.org.uk>
Subject: Inhaler on the geography trip

Oliver, I have just heard from my son that he had an asthma attack on the trip and nobody could find his inhaler for a quarter of an hour. What a fucking shambles. Whoever packed the medical bag should be ashamed of themselves. I want to know what happened.
Jane
""")

M("clean", "behaviour_policy_language", ST["thackeray"], [L_HMS, ("Senior Leadership Team", S("slt"))],
  "Behaviour policy review - section 6 (language)", date_hdr(2026, 4, 20, 16, 45, 0),
  client="outlook", fmt="alt",
  note="hard neg: deputy head discusses behaviour policy on pupils' language, quoting terms",
  body="""Dear all,

Thank you for your comments on the draft behaviour policy. Section 6 (language) caused the most discussion, so here is where I think we've landed. Please come back to me by Friday if you disagree.

6.1 Casual swearing between boys (e.g. "shit" or "fuck" dropped into conversation in a corridor) - challenge every time, tutor or duty member of staff deals with it, no automatic log.

6.2 Swearing at or about a member of staff (e.g. telling a teacher to "fuck off") - referred to the Housemaster, logged, and normally a Saturday detention.

6.3 Discriminatory language - always logged on CPOMS as a prejudice-related incident, whatever the intention. This includes "gay" used as an insult, "retard" or "spaz", racial slurs, and "that's so Jewish" type comments. Boys often say "it's just banter"; the policy is clear that the effect matters, not the intent.

6.4 Online - the same rules apply to group chats and gaming, where the language is often worse.

The one point still open is whether repeated 6.1 should escalate automatically. Views welcome.

James

""" + SIG_THACKERAY + "\n")

M("clean", "dick_whittington_panto", ST["hargreaves"], [("Grenville House", P("grenville-house"))],
  "House panto auditions - Dick Whittington", date_hdr(2025, 11, 6, 19, 30, 0),
  client="outlook", fmt="html", cte="quoted-printable",
  note="hard neg: HTML-only panto notice (Dick Whittington, Puss in Boots) to house pupils",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Gents,</p>
<p>This year&#39;s Grenville Christmas panto is <b>Dick Whittington</b>, performed on the last Saturday of term in the house Common Room. Auditions are on Monday at 9pm.</p>
<p>Parts available:</p>
<ul>
<li>Dick Whittington &ndash; our hero, who comes to London to find streets paved with gold</li>
<li>Tommy the Cat &ndash; needs someone who can do a convincing miaow</li>
<li>King Rat &ndash; boo, hiss</li>
<li>Alderman Fitzwarren and his daughter Alice</li>
<li>Sarah the Cook &ndash; the dame. Traditionally played by a member of the Upper Sixth. You know who you are.</li>
</ul>
<p>Last year&#39;s Puss in Boots raised &pound;640 for the house charity; let&#39;s beat it.</p>
<p>Mr Hargreaves<br>Assistant Housemaster, Grenville</p>
</div></body></html>
""")

M("clean", "house_labrador_puppies", ST["gilchrist"], [("Wolsey House", P("wolsey-house"))],
  "Puppies!", date_hdr(2026, 5, 12, 7, 30, 0),
  client="apple", fmt="alt",
  note="hard neg: 'the bitch' used of the housemaster's labrador after whelping",
  body="""Morning Wolsey,

Good news: Tilly had her puppies overnight - seven of them, four black and three yellow. Mrs Gilchrist was up with her until 4am.

The vet came first thing and says the bitch and all the pups are doing well, but she needs peace and quiet for the next couple of weeks. So, please:

- Do NOT go into the utility room or the garden at the back of the private side.
- No sneaking a look through the window either, Shells.
- Keep the noise down on the ground floor corridor.

I promise there will be an organised visit (in small groups, hands washed) once the puppies are about three weeks old. Photos on the house Teams channel later today.

Mr G
""")


# =======================================================================================
# write everything
# =======================================================================================

README = """# Round 34 held-out corpus: obscene-language

**Blind held-out test set. Never use it for tuning.** The messages were written without reading
mailguard's code, rules, tests or docs, and nobody should adjust the filter to fit them. Use them
only to measure.

## What it is

{total} complete RFC 5322 e-mail messages, of the kind staff at a school send out, for the policy
rule: staff must not use obscene language or swear words, nor make offensive comments on grounds
of gender, race, disability, age, religion or sexual orientation, in any electronic communication.

Setting for this round: a boys' independent boarding school (ages 13-18) - boarding houses with
housemasters and matrons, chapel, rugby and cricket, the CCF, exeats, and international boarders
whose parents live in Hong Kong, Nigeria, the Gulf and Germany, with UK guardians. The school's
identity is the one in `config.example.yaml` (example-school.org.uk, pupils.example-school.org.uk,
01632 960000, LS1 4AP) and the three parents in `directory/parents.csv`. All other people,
addresses and numbers are invented (Ofcom drama ranges, example.com/.org/.net, made-up webmail
local parts).

`labels.csv` has the columns `file,expected,sender,recipients,note`. `expected` is `flag` or
`clean`, judged as the school's safeguarding lead would judge the intent of the policy.
`recipients` is To + Cc separated by single spaces. Judgement calls are marked `[unsure]`.

## Counts

| expected | count |
|----------|-------|
| flag     | {flag} |
| clean (everyday) | {everyday} |
| clean (hard negatives) | {hard} |
| **total** | **{total}** |

Formats: {fmt_summary}.

## Kinds of case

- **flag, plain** ({flag_plain}): the author's own swearing (fucking, bollocks, wanker, shit,
  arsehole) in staff venting, to a pupil about his work, and slurs on grounds of gender
  ("silly bitch ... hysterical woman"), sexual orientation ("poofs", to a house list), race
  ("the Paki shop") and disability ("mong").
- **flag, disguised** ({flag_disg}): asterisk/digit masks (f*cking, sh1t), stretched letters
  (Fuuuuuck), separated letters (c.u.n.t, T-W-A-T), Cyrillic homoglyphs, full-width letters,
  a zero-width space inside the word, a word split by an empty HTML span and an HTML numeric
  entity, a quoted-printable soft line break inside the word, a base64 body, a swear word only in
  an RFC 2047 encoded subject, and swearing only inside a base64 CSV attachment.
- **clean, everyday** ({everyday}): exeats, the San, airport runs with guardians, prep, CCF orders,
  chapel, fixtures, reports, fees, minutes, mocks, choir, trips, IT notices, nets, flu jabs,
  parents' evening across time zones, a newsletter, library, catering, a letter in German,
  open morning, a calendar invitation, estates, UCAS, EPQ, theatre, lost property, interviews.
- **clean, hard negatives** ({hard}): place names (Scunthorpe, Penistone, Cockermouth, Clitheroe,
  Twatt, Shitterton, Sussex/Middlesex/Essex), surnames (Wankhede, Cockburn, Hancock, Titmuss,
  Dickens), food (faggots, spotted dick), birds (shags, tits, woodcock, boobies), cricket kit
  (box, jockstrap, balls), biology, Latin (cum clauses), German (Fahrt, Gift, Mist), RE (Sodom,
  hell), set texts (King Lear "bastards", Chaucer), historical sources ("Negro" in King's speech),
  RSE, SEND (Tourette's and coprolalia), the Dick Whittington panto, a labrador bitch and her
  puppies, safeguarding reports to the DSL that quote pupils' and a stepfather's words verbatim,
  polite replies where the swearing is only in the parent's quoted text, and the behaviour policy
  on pupils' language.

## How it was made and how to regenerate

Written by hand as a deterministic Python 3.11 standard-library script that builds each raw
MIME message itself (fixed dates, Message-IDs and boundaries):

    python3 tests/holdout/round34/make_round34_obscene.py

It rewrites every file in this directory (byte-identical on each run) and then parses every .eml
with `email.message_from_bytes(..., policy=email.policy.default)` and checks it against
labels.csv.
"""


def fmt_kind(m):
    parts = []
    if m["fmt"] == "plain":
        parts.append("text/plain")
    elif m["fmt"] == "alt":
        parts.append("multipart/alternative")
    else:
        parts.append("HTML-only")
    return parts[0]


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    assert len(MESSAGES) == 80, len(MESSAGES)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)
    order = sorted(MESSAGES, key=lambda m: h("order/" + m["slug"], 40))
    rows = []
    for i, m in enumerate(order, 1):
        fn = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        data = build(m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        m["file"] = fn
        m["raw"] = data
        rcpts = " ".join(a for _, a in m["to"] + m["cc"])
        rows.append([fn, m["label"], m["sender"][1], rcpts, m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    everyday = cleans[:30]
    hard = cleans[30:]
    assert all(not m["note"].startswith("hard neg") for m in everyday)
    assert all(m["note"].startswith("hard neg") for m in hard), [m["slug"] for m in hard if not m["note"].startswith("hard neg")]
    kinds = {}
    for m in MESSAGES:
        k = fmt_kind(m)
        kinds[k] = kinds.get(k, 0) + 1
    att = sum(1 for m in MESSAGES if m["attachments"])
    b64 = sum(1 for m in MESSAGES if re.search(rb"text/(plain|html).*\nContent-Transfer-Encoding: base64", m["raw"]))
    qp = sum(1 for m in MESSAGES if b"Content-Transfer-Encoding: quoted-printable" in m["raw"])
    eightbit = sum(1 for m in MESSAGES if b"Content-Transfer-Encoding: 8bit" in m["raw"])
    enc_subj = sum(1 for m in MESSAGES if any(ord(c) > 127 for c in m["subject"]))
    fmt_summary = ", ".join("%d %s" % (v, k) for k, v in sorted(kinds.items()))
    fmt_summary += "; %d with attachments; %d with base64 text bodies, %d with quoted-printable parts, %d with 8bit bodies; %d with RFC 2047 encoded subjects" % (att, b64, qp, eightbit, enc_subj)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(total=len(MESSAGES), flag=len(flags), everyday=len(everyday),
                              hard=len(hard), fmt_summary=fmt_summary, flag_plain=9, flag_disg=11))
    check()


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        else:
            part.get_content()
    return "\n".join(out)


ALLOWED_PHONES = [r"01632 960\d{3}", r"07700 900\d{3}", r"\+44 7700 900\d{3}", r"\+44 1632 960\d{3}",
                  r"0113 496 0\d{3}", r"0118 496 0\d{3}", r"0114 496 0\d{3}", r"0117 496 0\d{3}"]


def check():
    with open(os.path.join(OUT, "labels.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r for r in rows][0].keys() == {"file", "expected", "sender", "recipients", "note"}
    files = sorted(fn for fn in os.listdir(OUT) if fn.endswith(".eml"))
    assert files == sorted(r["file"] for r in rows), "labels/files mismatch"
    counts = {"flag": 0, "clean": 0}
    for r in rows:
        with open(os.path.join(OUT, r["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert r["file"].split("_")[1] == r["expected"]
        counts[r["expected"]] += 1
        frm = msg["From"].addresses[0].addr_spec
        assert frm == r["sender"], (r["file"], frm)
        assert frm.endswith("@" + STAFF_DOMAIN)
        rc = [a.addr_spec for a in msg["To"].addresses]
        if msg["Cc"]:
            rc += [a.addr_spec for a in msg["Cc"].addresses]
        assert " ".join(rc) == r["recipients"], (r["file"], rc)
        for hname in ("Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[hname], (r["file"], hname)
        assert not msg.defects, (r["file"], msg.defects)
        txt = body_text(msg)
        assert len(txt) > 50
        for part in msg.walk():
            assert not part.defects, (r["file"], part.defects)
        # phone numbers: only fictional ranges
        for num in re.findall(r"(?<![\d#])(?:\+\d{2} ?)?0?\d{3,5} ?\d{3} ?\d{3,4}(?!\d)", txt):
            assert any(re.fullmatch(p, num) for p in ALLOWED_PHONES), (r["file"], num)
    assert counts == {"flag": 20, "clean": 60}, counts
    print("OK: %d files (%d flag, %d clean) parsed and match labels.csv" %
          (len(rows), counts["flag"], counts["clean"]))


if __name__ == "__main__":
    main()
