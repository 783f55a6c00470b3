#!/usr/bin/env python3
"""Generate the round-4 BLIND held-out corpus for the obscene-language module.

Writes tests/holdout/round4/obscene-language/NNN_<flag|clean>_<slug>.eml and labels.csv.
Python 3.11 standard library only.  Deterministic: fixed dates, Message-IDs, MIME
boundaries and file order, so running it twice gives byte-identical files.

BLIND: written without looking at mailguard's code, rules or tests.  Never tune on it.
"""

import base64
import csv
import hashlib
import html
import io
import os
import random
import re
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

STAFF = {
    "rh": ("Rachel Hughes", "r.hughes", "Head of Year 9 | Teacher of Geography"),
    "do": ("Daniel Okafor", "d.okafor", "Teacher of PE"),
    "mp": ("Meera Patel", "m.patel", "Head of Science"),
    "sl": ("Sofia Lindqvist", "s.lindqvist", "Teacher of English"),
    "jb": ("James Barraclough", "j.barraclough", "Site Manager"),
    "kn": ("Kemi Nwosu", "k.nwosu", "Deputy Headteacher (Pastoral) | Designated Safeguarding Lead"),
    "tf": ("Tom Fairbairn", "t.fairbairn", "Teacher of History"),
    "lc": ("Lucy Chen", "l.chen", "Teacher of Biology"),
    "aw": ("Adam Whitaker", "a.whitaker", "Head of Design & Technology"),
    "pk": ("Piotr Kowalski", "p.kowalski", "Teacher of Computing"),
    "ha": ("Hina Ahmed", "h.ahmed", "Teacher of Religious Education"),
    "gm": ("Graham Murray", "g.murray", "Head of Sixth Form"),
    "co": ("Chioma Oduya", "c.oduya", "Head of Music"),
    "er": ("Elena Rossi", "e.rossi", "Teacher of Art"),
    "bt": ("Ben Thornton", "b.thornton", "Teacher of Mathematics"),
    "ns": ("Neha Sharma", "n.sharma", "Teacher of Food & Nutrition"),
    "fm": ("Fiona McAllister", "f.mcallister", "Head of English"),
    "wp": ("Will Priestley", "w.priestley", "Teacher of Drama"),
    "yo": ("Yaw Osei", "y.osei", "Teacher of Chemistry"),
    "ij": ("Iwona Jankowski", "i.jankowski", "Data Manager"),
    "ob": ("Olivia Bradshaw", "o.bradshaw", "Office Manager"),
    "vh": ("Victoria Hargreaves", "v.hargreaves", "Headteacher"),
    "ms": ("Mark Sutcliffe", "m.sutcliffe", "Head of Year 11"),
    "cd": ("Claire Dobson", "c.dobson", "Librarian"),
    "re": ("Ruth Ellison", "r.ellison", "Careers & Work Experience Coordinator"),
    "jk": ("Joe Kearney", "j.kearney", "Teacher of PE | Rugby"),
    "sb": ("Sarah Beaumont", "s.beaumont", "Head of Languages"),
    "gl": ("Gareth Llewellyn", "g.llewellyn", "Teacher of Geography | DofE Coordinator"),
    "ar": ("Aisha Rahman", "a.rahman", "Teacher of English Language & Sociology"),
    "hm": ("Hannah Moss", "h.moss", "Exams Officer"),
    "lt": ("Lee Tranter", "l.tranter", "Network Manager"),
    "pg": ("Paul Greenwood", "p.greenwood", "Teacher of Physics"),
    "kf": ("Kate Foster", "k.foster", "Head of Year 7"),
    "sh": ("Simon Hollis", "s.hollis", "Head of Year 10"),
    "dw": ("Debbie Walsh", "d.walsh", "School Business Manager"),
    "tn": ("Tracy Nixon", "t.nixon", "Catering Manager"),
    "mr": ("Matt Royle", "m.royle", "Teacher of English"),
    "np": ("Nia Pryce", "n.pryce", "Teacher of PE | DofE Gold Leader"),
    "rq": ("Rob Quayle", "r.quayle", "Teacher of Engineering"),
    "gh": ("Gill Hancock", "g.hancock", "SENCo"),
    "la": ("Lynne Ackroyd", "l.ackroyd", "Cover Manager"),
}


def S(k):
    """Staff mailbox as (display name, address)."""
    name, local, _ = STAFF[k]
    return (name, "%s@%s" % (local, DOM))


def G(local, name=None):
    """A staff group mailbox."""
    return (name, "%s@%s" % (local, DOM))


def P(local, name=None):
    """A pupil (or pupil group) mailbox."""
    return (name, "%s@%s" % (local, PUP))


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def sig(k, v):
    name, local, role = STAFF[k]
    if v == 1:
        return "-- \n%s\n%s\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000" % (name, role)
    if v == 2:
        return ("%s | %s\nExample School | Park Row | Leeds LS1 4AP\n"
                "T: 01632 960000 | www.example-school.org.uk" % (name, role))
    if v == 3:
        return ("%s\n%s\n\nExample School\nPark Row, Leeds LS1 4AP\nT: 01632 960000\n"
                "E: office@example-school.org.uk" % (name, role))
    if v == 4:
        return ("%s\n%s\nExample School\n01632 960000\n\n"
                "This email and any attachments are confidential and intended solely for the "
                "addressee. If you have received it in error, please tell the sender and delete it. "
                "Views expressed are those of the sender and not necessarily those of Example School, "
                "Park Row, Leeds LS1 4AP." % (name, role))
    if v == 5:
        return "Sent from Outlook for iOS"
    if v == 6:
        return "--\n%s (%s)\nExample School - 01632 960000" % (name, role)
    raise ValueError(v)


# ---------------------------------------------------------------- encoders

def qp_encode(text):
    out = []
    for line in text.split("\n"):
        toks = []
        for byte in line.encode("utf-8"):
            if (33 <= byte <= 126 and byte != 61) or byte in (32, 9):
                toks.append(chr(byte))
            else:
                toks.append("=%02X" % byte)
        if toks and toks[-1] in (" ", "\t"):
            toks[-1] = "=%02X" % ord(toks[-1])
        cur = ""
        for t in toks:
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


def rfc2047(s, mode="B"):
    """Encode a header value as one or more UTF-8 encoded-words, folded."""
    words, cur = [], ""
    limit = 45 if mode == "B" else 20
    for ch in s:
        if len((cur + ch).encode("utf-8")) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    enc = []
    for w in words:
        if mode == "B":
            enc.append("=?UTF-8?B?%s?=" % base64.b64encode(w.encode("utf-8")).decode("ascii"))
        else:
            q = ""
            for byte in w.encode("utf-8"):
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128 or c in "!*+-/":
                    q += c
                else:
                    q += "=%02X" % byte
            enc.append("=?UTF-8?Q?%s?=" % q)
    return "\n ".join(enc)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ---------------------------------------------------------------- HTML from plain text

def _esc(s):
    return html.escape(s, quote=False)


def text_to_html(text, style):
    lines = text.split("\n")
    out = []

    def line_html(ln):
        return _esc(ln)

    if style == "outlook":
        out.append('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns:w="urn:schemas-microsoft-com:office:word" '
                   'xmlns="http://www.w3.org/TR/REC-html40">')
        out.append('<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                   '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                   '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                   'font-family:"Calibri",sans-serif;} --></style></head>')
        out.append('<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">')
        out.append('<div class="WordSection1">')
        i = 0
        while i < len(lines):
            ln = lines[i]
            if (ln.startswith("From: ") and i + 1 < len(lines) and lines[i + 1].startswith("Sent: ")):
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                           'padding:3.0pt 0cm 0cm 0cm">')
                hdr = []
                while i < len(lines) and lines[i].strip():
                    lab, _, val = lines[i].partition(": ")
                    hdr.append("<b>%s:</b> %s" % (_esc(lab), _esc(val)))
                    i += 1
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(hdr))
                out.append("</div>")
                continue
            if ln.strip() in ("", "-- ", "--"):
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % line_html(ln))
            i += 1
        out.append("</div></body></html>")
        return "\n".join(out) + "\n"

    # gmail style
    def block(ls):
        res = []
        j = 0
        while j < len(ls):
            ln = ls[j]
            if ln.startswith(">"):
                q = []
                while j < len(ls) and ls[j].startswith(">"):
                    q.append(ls[j][2:] if ls[j].startswith("> ") else ls[j][1:])
                    j += 1
                res.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + block(q) + "</blockquote>")
                continue
            if re.match(r"^On .* wrote:$", ln) and j + 1 < len(ls) and ls[j + 1].startswith(">"):
                q = []
                k = j + 1
                while k < len(ls) and ls[k].startswith(">"):
                    q.append(ls[k][2:] if ls[k].startswith("> ") else ls[k][1:])
                    k += 1
                res.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                           % (_esc(ln), block(q)))
                j = k
                continue
            if ln in ("-- ", "--"):
                k = j + 1
                while k < len(ls) and not re.match(r"^On .* wrote:$", ls[k]):
                    k += 1
                rest = ls[j + 1:k]
                while rest and not rest[-1].strip():
                    rest.pop()
                res.append('<div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
                           + "".join("<div>%s</div>" % (_esc(r) if r else "<br>") for r in rest)
                           + "</div>")
                j = k
                continue
            res.append("<div>%s</div>" % (_esc(ln) if ln.strip() else "<br>"))
            j += 1
        return "\n".join(res)

    return '<div dir="ltr">\n' + block(lines) + "\n</div>\n"


# ---------------------------------------------------------------- MIME assembly

def h(sl, n):
    return hashlib.sha256(("%s/%s" % (sl, n)).encode()).hexdigest()


def boundary(slug, style, level):
    x = h(slug, "b%d" % level)
    if style == "outlook":
        return "_%03d_LO2P265MB%s_" % (level, x[:20].upper())
    if style == "gmail":
        return "0000000000%s" % x[:18]
    return "----=_Part_%d_%s" % (level, x[:24])


def message_id(slug, style):
    x = h(slug, "mid")
    if style == "outlook":
        host = "LO2P265MB%s" % x[:4].upper()
        return "<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (host, x[4:36].upper(), host)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(x[:48])).decode().replace("/", "_").replace("+", "-")
        return "<CA+%s@mail.gmail.com>" % b
    return "<%s.%s@%s>" % (x[:16], x[16:24], DOM)


def leaf(ctype, body, cte, extra=None, charset="utf-8"):
    if isinstance(body, bytes):
        data = body
    else:
        data = body
    if cte == "auto":
        if isinstance(data, str) and is_ascii(data) and max(len(x) for x in data.split("\n")) <= 990:
            cte = "7bit"
        else:
            cte = "quoted-printable"
    if cte == "7bit" or cte == "8bit":
        assert cte == "8bit" or is_ascii(data), "non-ASCII body declared 7bit"
        enc = data
    elif cte == "quoted-printable":
        enc = qp_encode(data)
    elif cte == "base64":
        if isinstance(data, str):
            data_b = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        else:
            data_b = data
        enc = b64_encode(data_b)
    elif cte == "raw-qp":   # body already QP-encoded by hand
        enc = data
        cte = "quoted-printable"
    else:
        raise ValueError(cte)
    if not enc.endswith("\n"):
        enc += "\n"
    ct = ctype
    if ctype.startswith("text/") and "charset" not in ctype:
        cs = charset
        if isinstance(data, str) and is_ascii(data) and charset == "utf-8" and cte == "7bit":
            cs = "us-ascii"
        ct = '%s; charset="%s"' % (ctype, cs)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs.extend(extra)
    return (hdrs, enc)


def multipart(sub, bnd, parts):
    body = ""
    for p in parts:
        body += "--%s\n%s" % (bnd, ser(p))
    body += "--%s--\n" % bnd
    return ([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (sub, bnd))], body)


def ser(part):
    hdrs, body = part
    return "".join("%s: %s\n" % (k, v) for k, v in hdrs) + "\n" + body


def fmt_addr(a):
    name, addr = a
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (rfc2047(name), addr)


def fmt_list(lst):
    return ",\n\t".join(fmt_addr(a) for a in lst)


def attachment(filename, ctype, data, cte="base64"):
    extra = [("Content-Disposition", 'attachment;\n\tfilename="%s"' % filename)]
    if ctype.startswith("text/"):
        ct = '%s; charset="utf-8"; name="%s"' % (ctype, filename)
    else:
        ct = '%s; name="%s"' % (ctype, filename)
    return leaf(ct, data, cte, extra)


def make_pdf(lines):
    """A small valid one-page PDF with the given text lines."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        content += "(%s) '\n" % ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content += "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
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


MESSAGES = []


def M(label, slug, frm, to, subject, date, note, text=None, html_body=None, kind="plain",
      style="plain", cc=None, cte="auto", html_cte="quoted-printable", atts=None,
      subject_raw=None, subj_enc=None, sigv=None, extra=None):
    MESSAGES.append(dict(label=label, slug=slug, frm=frm, to=to, cc=cc or [], subject=subject,
                         date=date, note=note, text=text, html=html_body, kind=kind, style=style,
                         cte=cte, html_cte=html_cte, atts=atts or [], subject_raw=subject_raw,
                         subj_enc=subj_enc, sigv=sigv, extra=extra or []))


def build(m):
    slug, style = m["slug"], m["style"]
    sender = S(m["frm"])
    text = m["text"]
    if text is not None:
        text = text.strip("\n")
        if m["sigv"]:
            text = text.replace("{SIG}", sig(m["frm"], m["sigv"]))
        assert "{SIG}" not in text, slug
        text += "\n"
    day, hm = m["date"].split()
    hh, mm = hm.split(":")
    sec = int(h(slug, "sec")[:4], 16) % 60
    dt = datetime(2025, 3, int(day), int(hh), int(mm), sec, tzinfo=timezone.utc)
    hdrs = [("From", fmt_addr(sender)), ("To", fmt_list(m["to"]))]
    if m["cc"]:
        hdrs.append(("Cc", fmt_list(m["cc"])))
    if m["subject_raw"]:
        subj = m["subject_raw"]
    elif m["subj_enc"] or not is_ascii(m["subject"]):
        subj = rfc2047(m["subject"], m["subj_enc"] or "B")
    else:
        subj = m["subject"]
    hdrs.append(("Subject", subj))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", message_id(slug, style)))
    hdrs.extend(m["extra"])
    if style == "outlook":
        hdrs.append(("Content-Language", "en-GB"))
    elif style == "plain":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
    hdrs.append(("MIME-Version", "1.0"))

    kind = m["kind"]
    if kind == "plain":
        core = leaf("text/plain", text, m["cte"])
    elif kind == "html":
        core = leaf("text/html", m["html"], m["html_cte"])
    elif kind == "alt":
        hb = m["html"] if m["html"] is not None else text_to_html(text, style)
        core = multipart("alternative", boundary(slug, style, 1),
                         [leaf("text/plain", text, m["cte"]), leaf("text/html", hb, m["html_cte"])])
    else:
        raise ValueError(kind)
    if m["atts"]:
        parts = [core] + [attachment(*a) for a in m["atts"]]
        root = multipart("mixed", boundary(slug, style, 0), parts)
    else:
        root = core
    raw = "".join("%s: %s\n" % (k, v) for k, v in hdrs + root[0]) + "\n" + root[1]
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def addrs(lst):
    return [a for _, a in lst]


# ======================================================================
#                                FLAG (30)
# ======================================================================

M("flag", "bollocks_data_drop", "bt", [S("ms")], "Y11 data drop moved to Friday", "10 16:42",
  "plain 'bollocks' in own words to colleague", sigv=1, text="""
Mark,

Just seen the email from Iwona - the Year 11 data drop has been brought forward to Friday. That is complete bollocks when half of us haven't even finished marking the mocks.

I'll get 11X3 and 11Y2 in by Thursday night but 11X1 will have to be teacher assessment only, their papers are still in my bag. Can you let her know, or shall I?

Ben

{SIG}
""")

M("flag", "wankers_coach_forward", "ob", [S("gl")], "FW: Booking ref WC-44817 - vehicle change", "11 16:31",
  "own words above a clean forward call the coach firm 'wankers'", cc=[S("kf")], sigv=3, text="""
Gareth,

See below from the coach firm. The wankers have swapped our 53-seater for two 33-seaters without asking, which means we need two more staff on the Year 8 Eureka trip or we can't go. I've rung them and they're "looking into it".

Can you ask around geography for one extra body? Kate, could you spare a TA?

Olivia

{SIG}

________________________________
From: Bookings <bookings@wolds-coaches.example.com>
Sent: 11 March 2025 16:02
To: Olivia Bradshaw <o.bradshaw@example-school.org.uk>
Subject: Booking ref WC-44817 - vehicle change

Dear Olivia,

Due to a vehicle availability issue your booking for Tuesday 25 March (Leeds - Halifax return) will now be operated by two 33-seat midi coaches. There is no change to the price or the timings.

We apologise for any inconvenience.

Kind regards
Bookings Team
Wolds Coaches Ltd
""")

M("flag", "sh1t_library_wifi", "cd", [S("lt")], "Library wifi again", "04 09:18",
  "leetspeak sh1t", kind="alt", style="outlook", sigv=2, text="""
Hi Lee,

The wifi in the library is sh1t again this morning. The Year 7 reading group couldn't get the laptops to connect at all in period 1 and we ended up doing it on paper. It seems to be the access point by the careers corner - the little light on it is flashing orange.

Is there any chance someone could look at it before Thursday? I've got 9R in for research lessons all day.

Thanks,
Claire

{SIG}
""")

M("flag", "b0ll0cks_pupil_nea", "ar", [P("19kfarrell", "Kieran Farrell")], "NEA draft", "13 12:05",
  "leetspeak b0ll0cks, staff to a Y12 pupil", text="""
Kieran,

I've now had three different reasons why your NEA draft isn't in. The printer one is b0ll0cks - it goes in through Teams, nobody needs to print anything.

You have until 4pm on Friday. If it isn't there by then I'll be passing it to Mr Murray and home will get a letter, which neither of us wants.

If something is genuinely going on, come and see me in E12 at lunch and we'll sort out a plan.

Ms Rahman
""")

M("flag", "arse_copier_parent", "wp", [JANE], "Re: Costumes for the Easter show", "06 17:10",
  "masked @rse in a reply to a parent", kind="alt", style="gmail", sigv=1, text="""
Dear Jane,

Thank you so much for offering to help with costumes - that's a huge weight off my mind. We rehearse in the drama studio on Tuesdays and Thursdays until 4.30 and you'd be very welcome to pop in and see what we've got so far.

The scripts should have come home last Friday but the photocopier has been a pain in the @rse all week, so they'll come home tomorrow instead. Sorry about that.

Best wishes,
Will

{SIG}
""")

M("flag", "fck_minibus_keys", "do", [G("pe-dept", "PE Department")], "Minibus 2 keys??", "12 13:48",
  "mask f*ck", kind="alt", style="gmail", text="""
Has anyone got the keys for minibus 2? They're not on the hook in reception and f*ck knows where they've gone. I need it for the U13 netball at Moor Lane at 3.15 and the other one is booked by science.

If they're in a coat pocket please drop them at reception asap!

Dan
""")

M("flag", "fking_sims_export_reply", "ij", [S("hm")], "RE: Entries export for AQA", "12 10:03",
  "mask f**king in own reply above a clean quoted message", sigv=None,
  extra=[("In-Reply-To", "<9c1e55aa01d2b7f3.7a1b2c3d@example-school.org.uk>")], text="""
Hannah,

No - the f**king SIMS export has fallen over again. It gets to about 80% and then throws the same 'object reference' error. I've logged it with the support desk (ref 20931) and they're saying 48 hours.

Worst case I can key the late entries straight into the AQA portal on Thursday morning. There are only 14 of them.

Iwona

-----Original Message-----
From: Hannah Moss <h.moss@example-school.org.uk>
Sent: 12 March 2025 09:12
To: Iwona Jankowski <i.jankowski@example-school.org.uk>
Subject: Entries export for AQA

Morning Iwona, did the entries export run overnight? The AQA late entry deadline is Friday and I'd rather not leave it to the last minute.

Thanks, H
""")

M("flag", "sh_excl_ofsted_window", "sh", [S("rh")], "the email", "07 18:22",
  "mask sh!t", kind="alt", style="gmail", text="""
Holy sh!t, have you seen the email from Victoria? We're in the window from Monday apparently.

I'm going to get the Year 10 behaviour logs tidied up tonight. Are you doing the same for 9? Might be worth us doing a joint bit in Wednesday's briefing so tutors know what the inspectors might ask them.

S
""")

M("flag", "dotted_fucking_laminator_pupil", "er", [P("18mokonkwo", "Maya Okonkwo")], "Your A3 sheet", "18 15:56",
  "dot-separated f.u.c.k.i.n.g, staff to a Y13 pupil", text="""
Hi Maya,

Really sorry - the f.u.c.k.i.n.g laminator in the art office ate your A3 composition study this afternoon. The top half is fine but the bottom third is crumpled past saving.

Could you print it again from your drive and bring it in tomorrow? I'll do it by hand with the sleeves this time. It needs to be in your portfolio before moderation on the 24th.

Ms Rossi
""")

M("flag", "spaced_cunt_timber_merchant", "aw", [S("dw")], "Timber merchant invoice", "05 14:27",
  "letter-spaced c u n t", text="""
Debbie,

Heads up about the timber merchant. I rang them about the invoice for the birch ply (they've charged us for 40 sheets, we got 25). The bloke in their accounts department was an absolute c u n t to Jan on reception when she first put him through, and then told me it was our fault for signing the delivery note.

Can you hold the payment until they send a credit note for the 15 sheets? I've kept the delivery note and photos of the stack.

Cheers,
Adam
""")

M("flag", "fuuuck_lanyard", "jk", [S("do")], "lanyard", "19 21:37",
  "repeated letters fuuuuuuck", kind="alt", style="gmail", text="""
Fuuuuuuck. Left my lanyard and door fob in the away changing room at Moor Lane after the match. Their site team don't open up until 7.30 tomorrow.

Can you let me into the PE block in the morning if I'm there for 7.45? And don't tell Barraclough.

Joe
""")

M("flag", "cyrillic_bellend_copier_rep", "dw", [S("vh")], "Copier lease renewal", "04 15:12",
  "Cyrillic look-alike letters in 'bellend', QP body", cte="quoted-printable", sigv=3, text="""
Victoria,

I met the rep from the copier company this morning about the lease renewal. Honestly, what a complete b\u0435ll\u0435nd - he spent twenty minutes telling me we "had no choice" but to upgrade to the colour fleet and another ten talking about his boat.

The actual numbers: the current lease ends on 31 July. Like-for-like renewal comes in at about \u00a36,200 a year, the colour fleet at \u00a38,950. I'd recommend we go out to two other suppliers before we sign anything, and I've asked the trust procurement team for their framework list.

Can we pick this up at our Thursday meeting?

Debbie

{SIG}
""")

M("flag", "greek_knobhead_careers_fair", "gm", [S("ms")], "Apprenticeship fair", "14 16:05",
  "Greek omicron in 'knobhead', 8bit body", cte="8bit", text="""
Mark,

The careers event went fine in the end, but the kn\u03bfbhead from the apprenticeship agency turned up forty minutes late, set his stand up in front of the fire exit and then wanted to know why no Year 11s had come to talk to him.

Ruth is writing up the feedback forms. Can we make sure he's not on the list for the summer one?

Graham
""")

M("flag", "fullwidth_shite_canteen", "kf", [S("sh")], "Canteen one-way system", "17 13:40",
  "full-width letters 'shite', QP", kind="alt", style="outlook", cte="quoted-printable", sigv=2, text="""
Simon,

Did you see lunch today? The new one-way system in the canteen is absolute \uff53\uff48\uff49\uff54\uff45. Year 7s were still queuing at 1.05 and three of mine missed lunch altogether because they had music practice.

I'm going to raise it with Tracy, but it would be good to have you in my corner if it's the same for the 10s. Could we go back to the old split for a week while it gets sorted?

Kate

{SIG}
""")

M("flag", "zerowidth_arsehole_car_park", "pg", [S("jb")], "Car park - damage to my car", "20 12:31",
  "zero-width characters inside 'arsehole', base64 parts", kind="alt", style="outlook", cte="base64",
  html_cte="base64", sigv=2, text="""
Hi James,

Some a\u200crse\u200dhole reversed into my car in the top car park at some point between 8 and 12 today (silver Corsa, the bay by the tennis courts). Rear bumper cracked and no note left.

Is the CCTV on that side working? If so, could you save this morning's footage before it gets overwritten? My insurer will want to know.

Thanks,
Paul

{SIG}
""")

M("flag", "html_tag_split_fuck_moderation", "fm", [G("english-dept", "English Department")],
  "Moderation next week", "14 17:02", "HTML-only, word split by tags <b>F</b>uck", kind="html",
  style="outlook", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal"><b>F</b>uck me, what a week. Thank you all for getting the Year 11 mock data in on time.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Moderation for the Year 13 NEA is on <b>Tuesday 25th</b> after school in E4. Please bring three folders each: one top band, one borderline, and one you're not sure about. Annotated copies are fine.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Biscuits are on me.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Fiona</p>
<p class="MsoNormal"><span style="color:#1F3864">Fiona McAllister | Head of English<br>Example School, Park Row, Leeds LS1 4AP | 01632 960000</span></p>
</div>
</body></html>
""")

M("flag", "html_entities_tosser_supplier", "tn", [("Customer Services", "customerservices@freshfoods.example.com")],
  "Complaint - delivery 13/03, account EX4471", "13 10:26",
  "HTML-only, 'tosser' written as numeric entities, to an outside supplier", kind="html", style="outlook",
  html_cte="7bit", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Customer Services,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I am writing to complain about this morning's delivery (account EX4471). The driver arrived
50 minutes outside our slot, left two cases of chilled produce on the pavement by the kitchen door and, when
my assistant asked him to bring them inside, told her it wasn't his job and drove off. Frankly he was a total
&#116;&#111;&#115;&#115;&#101;&#114;.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We have had to throw away 2 x 5kg natural yoghurt and a case of grated cheddar as they
were out of temperature by the time we found them. Please credit these to the account and confirm that a
different driver will be used for our deliveries.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,</p>
<p class="MsoNormal">Tracy Nixon<br>Catering Manager<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</div>
</body></html>
""")

_SACRE = """Kemi,

Bad news I'm afraid - the bastards at the council have cut the SACRE small grants fund, so the \u00a3400 we were counting on for the Year 9 visits isn't coming.

I can still do the gurdwara visit in April (they don't charge, it's just the coach) but the synagogue and mosque visits in June would need to come out of the RE budget, which is already at zero.

Could we talk about whether the pastoral budget could cover one coach? Otherwise I'll look at doing the synagogue visit virtually.

Thanks,
Hina
"""
_q = qp_encode(_SACRE)
assert _q.count("bastards") == 1
_q = _q.replace("bastards", "bast=\nards")
M("flag", "qp_softbreak_bastards_council", "ha", [S("kn")], "SACRE funding / Y9 visits", "06 08:12",
  "QP soft line break inside 'bastards'", cte="raw-qp", text=_q)

M("flag", "base64_piss_off_marketing", "lt", [("ClassBoard Sales", "sales@edtechwidgets.example.com")],
  "Re: Last chance: 40% off ClassBoard Pro licences!!", "17 08:03",
  "base64 body, 'piss off' to an outside company", cte="base64", text="""
Hi,

Please remove example-school.org.uk from your mailing list. This is the ninth email this month, I have already unsubscribed twice using your link and I've asked your colleague Tom on the phone. We are not going to buy ClassBoard Pro.

Honestly - piss off.

Lee Tranter
Network Manager
Example School, Park Row, Leeds LS1 4AP
""")

M("flag", "subject_b64_shitshow_options", "rh", [S("sh"), S("ms")],
  "Re: Options evening \u2013 what a shitshow", "07 08:15",
  "'shitshow' only in a base64 RFC 2047 subject; body clean", kind="alt", style="gmail", sigv=6, text="""
Thanks both for staying until the end last night.

My notes from the Year 9 side:
- We ran out of printed booklets by 6.15. We need about 40 more than last year.
- The Sociology and Psychology tables were next to each other and the queue blocked the hall doors.
- Several parents asked about the entry criteria for triple science and nobody on the science table knew the answer.
- The online options form opens on Monday and closes on 4 April.

I'll put together a one-page FAQ for tutors before the form goes live. Can one of you check the criteria with Meera?

Rachel

{SIG}
""")

M("flag", "subject_q_split_fuckwit_delivery_bay", "jb", [G("allstaff", "All Staff")],
  "Whichever fuckwit parked across the kitchen delivery bay", "10 08:05",
  "'fuckwit' split across two Q encoded-words in the subject; body clean",
  subject_raw="=?UTF-8?Q?Whichever_fuck?=\n =?UTF-8?Q?wit_parked_across_the_kitchen_delivery_bay?=",
  sigv=1, text="""
All,

The food delivery lorry couldn't get into the kitchen bay at 7.20 this morning because a grey Qashqai was parked right across it. Tracy's team had to carry 30-odd crates round from the main gate.

The delivery bay is marked with yellow hatching and a sign. Please don't park there, even "for five minutes". Next time I'll be asking reception to put a call out.

Thanks
James

{SIG}
""")

_SUPPLIERS = """supplier,contact,phone,email,account_no,notes
Wolds Coaches Ltd,Bookings Team,0113 496 0221,bookings@wolds-coaches.example.com,WC-2210,Book 3 weeks ahead for trips
Fresh Foods Wholesale,Customer Services,0161 496 0734,customerservices@freshfoods.example.com,EX4471,Delivery slot 7.00-7.30
Brightline Cleaning,Karen Holt,0113 496 0458,contracts@brightline.example.net,BC-118,Contract renews September
Pennine Copiers,Darren Pike,0113 496 0612,sales@pennine-copiers.example.com,PC-0087,"Rep is a dickhead - ask for Maureen in service instead"
Leeds Timber & Board,Accounts,0113 496 0987,accounts@leedstimber.example.com,LT-5530,Query open re ply invoice
Sport Supplies Direct,Sales,020 7946 0321,sales@sportsupplies.example.com,ES-2041,PE orders via Dan O
"""
M("flag", "csv_dickhead_supplier_list", "dw", [S("ob")], "Updated supplier contacts list", "18 11:20",
  "'dickhead' in the notes column of a CSV attachment; body clean", sigv=2,
  atts=[("supplier_contacts_2025.csv", "text/csv", _SUPPLIERS, "base64")], text="""
Hi Olivia,

Attached is the updated supplier contacts list for the office folder. I've added the new catering and cleaning contacts and taken out the old uniform supplier.

Could you print a copy for the reception file too?

Thanks
Debbie

{SIG}
""")

_LANG_MINUTES = """LANGUAGES FACULTY MEETING - Tuesday 11 March 2025, L3, 3.30pm
Present: SB (chair), MG, TL, AK, RD (notes)
Apologies: none

1. Year 11 speaking exams
- Window confirmed 22 April - 9 May. Rooms L1 and L2 booked.
- AK to draw up the candidate running order by 28 March.

2. Staffing
- Still no update on maternity cover for Spanish from September. SB has chased trust HR three times; they are being complete pricks about approving the advert.
- Interim: TL to pick up two Year 8 Spanish groups.

3. Trips
- Paris trip deposits: 31 of 40 received. Final date 4 April.

4. AOB
- New headsets for L2 have arrived (thanks DW).

Next meeting: Tuesday 8 April.
"""
M("flag", "txt_attachment_pricks_minutes", "sb", [G("languages", "Languages Faculty")],
  "Draft minutes - Languages faculty 11 March", "12 19:44",
  "'pricks' inside a text/plain attachment (draft minutes)", kind="alt", style="outlook",
  atts=[("Languages_minutes_2025-03-11_DRAFT.txt", "text/plain", _LANG_MINUTES, "7bit")], text="""
Hi all,

Draft minutes from yesterday attached. Let me know of any corrections by Friday and I'll send the final version on to Kemi.

Sarah
""")

_HELPDESK = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Helpdesk export 10-14 March 2025</title></head>
<body>
<h1>Helpdesk tickets: 10-14 March 2025</h1>
<table border="1" cellpadding="4">
<tr><th>Ticket</th><th>Room</th><th>Category</th><th>Notes</th><th>Status</th></tr>
<tr><td>4410</td><td>S4</td><td>Projector</td><td>Lamp hours exceeded, replacement ordered</td><td>Open</td></tr>
<tr><td>4411</td><td>Staffroom</td><td>Account</td><td>MFA re-registration after new phone</td><td>Closed</td></tr>
<tr><td>4413</td><td>H2</td><td>Projector</td><td>HDMI cable replaced</td><td>Closed</td></tr>
<tr><td>4417</td><td>2nd floor office</td><td>Account</td><td>3rd password reset this week for twatface on the 2nd floor - told him to write it down somewhere safe</td><td>Closed</td></tr>
<tr><td>4420</td><td>E12</td><td>Projector</td><td>No signal - loose wall plate</td><td>Closed</td></tr>
<tr><td>4422</td><td>Library</td><td>Network</td><td>AP by careers corner flashing orange, replaced</td><td>Closed</td></tr>
</table>
</body></html>
"""
M("flag", "html_attachment_twatface_helpdesk", "pk", [S("lt")], "Helpdesk export for the week", "14 15:35",
  "'twatface' inside an HTML attachment; body clean",
  atts=[("helpdesk_export_w11.html", "text/html", _HELPDESK, "base64")], text="""
Lee,

Here's this week's helpdesk export as you asked. Most of it is password and MFA resets after the change. The top three rooms for projector faults are S4, H2 and E12.

Piotr
""")

M("flag", "race_slur_corner_shop", "tf", [G("humanities", "Humanities")], "Milk", "05 10:42",
  "racial slur ('paki shop') in casual staff email", text="""
There's no milk in the humanities office again. I'll nip to the paki shop on Park Lane at break, but can we please start a kitty? £2 each for the half term would cover it.

Tom
""")

M("flag", "disability_slur_entries_screen", "hm", [S("ij")], "Entries screen", "11 15:50",
  "disability slur ('retard') about a software designer", kind="alt", style="outlook", sigv=6, text="""
Iwona,

Whoever designed the new entries screen in the MIS must be a retard. You now have to click into each candidate individually to change a tier - there's no bulk edit anywhere. 190 Year 11s x 3 sciences...

Do you know if there's a way round it through the import routine? Otherwise I'm going to be here until 7 every night this week.

Hannah

{SIG}
""")

M("flag", "homophobic_slur_dance_company", "do", [S("jk")], "Dance workshop Y9", "13 16:18",
  "homophobic slur ('poofs') about visiting dancers", text="""
Joe,

Have you seen they've booked that dance company for the Y9 boys' PE on the 20th? Watched their video - couple of poofs in leotards prancing about. The lads will eat them alive.

Can we swap so you take that one and I take your Y10 fitness testing? I'll owe you.

Dan
""")

M("flag", "sexist_slur_parent", "ms", [S("kf")], "Re: T.W. (7F) - sibling in 11", "19 17:05",
  "misogynistic slur ('slag') about a pupil's mother", kind="alt", style="gmail", text="""
Kate,

Yes, T's older brother is in 11Y, same family. Mum came in about the older one last year. Between us, she's a right slag - different bloke at the gate every time - so I wouldn't be surprised if home is chaotic.

I'd get Kemi involved early if you're worried about the attendance. Happy to sit in on the meeting if it helps.

Mark
""")

M("flag", "religious_slur_supply_teacher", "gl", [S("ob")], "Supply for Thursday", "18 14:02",
  "religious/racial slur ('raghead') about a supply teacher", text="""
Olivia,

Is the supply teacher from last Thursday coming back for 8G3? If it's the raghead from the agency again please can we ask for someone else - the kids couldn't understand a word he said.

Otherwise the cover work is in the geography shared drive, folder "Y8 Spring 2".

Gareth
""")

M("flag", "ageist_coffin_dodgers_volunteers", "cd", [S("kf")], "Reading mentors", "21 12:44",
  "[unsure] ageist insult ('coffin dodgers', 'senile old bats') about volunteers - offensive comment, not a swear word",
  kind="alt", style="outlook", sigv=2, text="""
Hi Kate,

Quick update on the Year 7 reading mentor scheme. The volunteers from the U3A are lovely, but honestly they're a bunch of coffin dodgers - two of them nodded off in Tuesday's session and one couldn't hear a word the kids were saying. Senile old bats, the lot of them.

Could we try the Year 12 mentors instead after Easter? Graham thinks he could find eight who'd do it for their personal statements.

Claire

{SIG}
""")

# ======================================================================
#                                CLEAN (60)
# ======================================================================

M("clean", "scunthorpe_cup_fixture", "do", [G("pe-dept", "PE Department")], "U15 cup QF - Scunthorpe away Wed 19th",
  "10 12:20", "place name Scunthorpe", cc=[S("ob")], sigv=1, text="""
Hi all,

The U15 boys' county cup quarter-final is confirmed: away at St Lawrence Academy, Scunthorpe, on Wednesday 19 March, kick-off 2.30pm.

The coach leaves from the bus bay at 12.15 (Olivia has booked it), so the squad will miss P4 and P5. I'll send the squad list to tutors tomorrow. We should be back at school for about 6.30, depending on the M62.

I need one more member of staff to come with me as Joe is on a course. Any takers? You'd be back in time for a late tea and I'll cover your duty next week.

Dan

{SIG}
""")

M("clean", "penistone_debating_heat", "ar", [P("debating-club", "Debating Club")], "Debating - Penistone regional heat",
  "11 15:30", "place name Penistone", kind="alt", style="gmail", text="""
Hi everyone,

Great news - we've been drawn in the regional heat at Penistone Grammar School on Saturday 29 March. The motion is "This House believes that social media companies should be legally responsible for what their users post", and we're proposing.

Team: Amara, Josh and Leah speaking, Callum as reserve. Everyone else, please come along as audience if you can - it really helps.

We'll go by train from Leeds (change at Huddersfield for the Penistone line), meeting under the station clock at 8.15. Consent forms are on Teams and need to be back by Wednesday.

Practice session Thursday lunchtime in E7.

Ms Rahman
""")

M("clean", "ucas_middlesex_sussex_essex", "gm", [P("19jwalker", "Jordan Walker")], "Your UCAS offers - next steps",
  "12 14:15", "Middlesex, Sussex, Essex (sex substrings)", kind="alt", style="outlook", sigv=3, text="""
Hi Jordan,

Congratulations - that's four out of five back now. For my records, you have:

- Middlesex University, Criminology - unconditional offer
- University of Sussex, Sociology and Criminology - BBB
- University of Essex, Criminology - BBC
- Sheffield Hallam, Criminology - BCC
- still waiting on Leeds

Please don't accept the Middlesex unconditional offer as your firm choice without talking to me first. It's a good course, but I'd want you to be sure it's where you want to be and not just the safe option. Sussex and Essex both have offer-holder days in April; if you can get to one, go.

Replies aren't due until after you've heard from Leeds, so there's no rush.

Mr Murray

{SIG}
""")

_COCKERMOUTH_PDF = make_pdf([
    "Example School, Park Row, Leeds LS1 4AP - 01632 960000",
    "",
    "Year 10 GCSE Geography fieldwork: Cockermouth, Cumbria",
    "Wednesday 7 May - Thursday 8 May 2025",
    "",
    "Students will investigate flood risk and flood management where the",
    "River Cocker meets the River Derwent in Cockermouth.",
    "Accommodation: YHA Cockermouth. Travel by school minibus.",
    "Cost: 95 pounds, payable via ParentPay by Friday 11 April.",
    "",
    "Consent form: please complete and return to Mr Llewellyn.",
])
M("clean", "cockermouth_fieldwork_letter", "gl", [JANE], "Year 10 Geography fieldwork - Cockermouth, 7-8 May",
  "10 13:02", "place name Cockermouth, PDF letter attached", sigv=4,
  atts=[("Cockermouth_fieldwork_letter.pdf", "application/pdf", _COCKERMOUTH_PDF, "base64")], text="""
Dear Ms Parent,

Please find attached the letter and consent form for the Year 10 GCSE Geography fieldwork trip to Cockermouth in Cumbria, from Wednesday 7 to Thursday 8 May.

Students will collect data for their fieldwork write-up on flood risk and flood management along the rivers Derwent and Cocker, which meet in the town and flooded badly in 2009 and again in 2015. We'll stay overnight at the YHA in Cockermouth and travel by minibus.

The cost is £95, payable through ParentPay by 11 April. If cost is a barrier, please get in touch with me in confidence - there is help available.

Kind regards,
Mr G Llewellyn

{SIG}
""")

M("clean", "shitterton_twatt_place_names", "tf", [G("humanities", "Humanities")], "Y7 starter - place names",
  "03 16:10", "place names Shitterton and Twatt in a history lesson on etymology", text="""
Hi all,

For anyone teaching the Y7 "Anglo-Saxons and Vikings" unit next week, I've put a place-name starter in the shared area (Y7 > Spring 2 > L3). It gets them working out what place names tell us about who settled where.

Fair warning, I've included a couple that will get a reaction:
- Shitterton (Dorset) - from Old English "scite" and "tun": a farm on a stream used as an open sewer. The village sign used to get stolen so often they set the new one in stone.
- Twatt (Orkney and Shetland) - from Old Norse "thveit", a clearing or small piece of land. Same root as all the -thwaite places in Cumbria.
- Then the local ones: Kirkstall (kirk = church, Norse), Headingley (-ley = clearing, Old English) and all the -by and -thorpe endings round York.

They will laugh. That's fine - let them, then get them to spot the pattern with Braithwaite and Thwaite. It's a good hook for the Danelaw map that follows.

Tom
""")

M("clean", "wetwang_dofe_route", "gl", [("DofE Volunteers", "dofe.volunteers@example.org")],
  "Bronze practice expedition \u2013 Huggate to Wetwang", "12 19:05",
  "place name Wetwang, RFC 2047 subject, to outside volunteers", kind="alt", style="gmail", cc=[S("np")],
  subj_enc="Q", sigv=1, text="""
Dear all,

Thank you again for volunteering for the Bronze practice expedition on Saturday 5 April. Here is the plan for the day.

Groups start from Huggate at 9.00 and walk the Yorkshire Wolds Way west to Fridaythorpe, then south to Wetwang, finishing at the village pond. Total distance is about 14 km.

Checkpoints:
CP1 - Huggate church, 9.00 start
CP2 - Fridaythorpe, approx 11.00 (lunch)
CP3 - Wetwang pond, approx 14.30, minibus pick-up

I'll send the group lists and emergency contact sheet separately through the DofE system rather than by email. Please bring your own phone, charged, and the usual first aid kit.

Many thanks,
Gareth

{SIG}
""")

M("clean", "bitchfield_minibus_invoice", "dw", [("Accounts", "accounts@kesteven-minibus.example.com")],
  "Invoice KMH-3318 - change of address?", "13 11:47", "place name Bitchfield, to an outside supplier",
  sigv=4, text="""
Hello,

Thank you for invoice KMH-3318 (minibus hire for the Year 10 climbing trip on 28 February). We're happy to pay, but before I do I need to check your details.

Our supplier record has your address as Manor Farm, Bitchfield, near Grantham, but the invoice shows a unit in Grantham and a different bank account. Could someone please confirm the change on headed paper, or ring our office on 01632 960000 and ask for me? We have to verify any change of bank details by phone before paying - apologies for the hassle, it's our fraud policy.

Kind regards
Debbie Walsh

{SIG}
""")

_DARTMOOR_KIT = """DARTMOOR RESIDENTIAL - KIT LIST (Year 9)

Essential
- Waterproof jacket AND waterproof trousers
- Walking boots (worn in!) plus trainers for the bunkhouse
- Wellies for the stream and bog work
- Warm fleece or jumper x 2
- Hat and gloves (yes, even in May)
- Small rucksack for day walks
- Refillable water bottle
- Sleeping bag and pillowcase (bedding is NOT provided)
- Toiletries and towel
- Any medication, handed to staff in a named bag

Please do not bring
- Energy drinks, aerosols, valuables

Phones: allowed for evenings only; staff will collect them at lights out.
"""
M("clean", "crapstone_dartmoor_residential", "gl", [SAM], "Re: Dartmoor residential - where are we staying?",
  "14 09:30", "place name Crapstone; kit list attached", sigv=2,
  atts=[("Dartmoor_kit_list.txt", "text/plain", _DARTMOOR_KIT, "7bit")], text="""
Dear Sam,

Thank you for your email asking where the group will be staying on the Year 9 Dartmoor residential.

We're booked into a field centre bunkhouse just outside Crapstone, near Yelverton, on the western edge of Dartmoor. It's about ten minutes from our walking routes on Roborough Common and in the Walkham valley. Students will be in rooms of four to six, single sex, with staff rooms on each corridor.

The emergency contact number during the trip will be the school office, 01632 960000, which is diverted to the trip mobile out of hours.

The full kit list is attached. Wellies really are essential - the stream study is exactly as muddy as it sounds.

Best wishes,
Gareth Llewellyn

{SIG}
""")

_FGB_MINUTES = """EXAMPLE SCHOOL - FULL GOVERNING BODY
Minutes of the meeting held on Thursday 6 March 2025 at 5.30pm in the Library

Present: Mrs A Lowther (Chair), Mrs V Hargreaves (Headteacher), Mr D Asante, Revd P Kirkby,
Ms S Mahmood, Mrs J Pickersgill, Mr T Rourke (staff governor)
In attendance: Mrs G Hancock (SENCo, item 4), Mrs O Bradshaw (Clerk)
Apologies: Mr R Cockburn (Chair of Finance & Resources) - accepted

1. Declarations of interest
None.

2. Minutes of the meeting of 28 November 2024
Approved as a correct record and signed by the Chair.

3. Headteacher's report
Attendance is 93.1% year to date; persistent absence has fallen from 21% to 17%. Governors asked
how the Year 9 figure compared with last year; the Headteacher will circulate the breakdown.

4. SEND report
Mrs Hancock presented the SEND report. 14% of pupils are on the SEND register and 31 have an EHCP.
Governors asked about waiting times for external assessments; Mrs Hancock explained the current
position with the local authority. Governors thanked Mrs Hancock and her team.

5. Finance
In Mr Cockburn's absence, Mr Asante summarised the month 10 budget monitoring report. A small
surplus is forecast. The copier lease renewal will come to the Finance & Resources committee.

6. Policies
The Charging and Remissions Policy and the Whistleblowing Policy were approved.

7. Any other business
None. The meeting closed at 7.10pm.
"""
M("clean", "governors_minutes_cockburn_hancock", "ob", [G("governors", "Governors")],
  "Draft minutes - Full Governing Body 6 March 2025", "17 10:05",
  "surnames Cockburn and Hancock in minutes (base64 txt attachment)", cc=[S("vh")], kind="alt",
  style="outlook", atts=[("FGB_minutes_2025-03-06_draft.txt", "text/plain", _FGB_MINUTES, "base64")],
  sigv=3, text="""
Dear Governors,

Please find attached the draft minutes of the Full Governing Body meeting held on 6 March. Could you send any corrections to me by Friday 21 March? They will be approved at the summer term meeting.

With thanks,

Olivia Bradshaw
Clerk to the Governors

{SIG}
""")

M("clean", "shufflebottom_cover_supervisor", "la", [G("allstaff", "All Staff")],
  "Welcome Jo Shufflebottom - new cover supervisor", "14 14:20", "surname Shufflebottom",
  kind="alt", style="outlook", sigv=2, text="""
Dear colleagues,

Please join me in welcoming Jo Shufflebottom, who starts with us on Monday as a cover supervisor. Jo joins us from a primary school in Bradford and has a background in youth work, so she'll also be helping with the Year 7 homework club on Tuesdays.

Jo will be based in the cover office next to reception and will mostly be covering KS3 lessons. Please make sure your cover work is on the system by 8am as usual, with seating plans, so she isn't hunting for them.

If you see her around, do say hello - and if someone could show her where the staffroom coffee lives, that would be appreciated.

Lynne

{SIG}
""")

M("clean", "theatre_trips_russell_whittington", "wp", [JANE], "Theatre trips \u2013 Blood Brothers and Dick Whittington",
  "10 15:45", "Willy Russell, Dick Whittington; RFC 2047 subject", kind="alt", style="outlook", sigv=3, text="""
Dear Parents and Carers,

We are delighted to offer two theatre trips this term.

Year 10 - Blood Brothers
As part of their GCSE Drama and English study, Year 10 will see Willy Russell's Blood Brothers at the Leeds Grand Theatre on the evening of Wednesday 2 April. Tickets are £22 including the coach. We'll leave from school at 6pm and return by about 10.30pm.

Year 7 - Dick Whittington
As an end-of-term reward, Year 7 will see a matinee of Dick Whittington at the City Varieties on Friday 4 April. Yes, it's an Easter panto - and a lovely first taste of live theatre. Cost £8.

Payment and consent for both trips are through ParentPay by Friday 21 March. Places are limited, so please book early.

Best wishes,
Mr W Priestley

{SIG}
""")

M("clean", "dickens_fagin_teaching_note", "fm", [G("english-dept", "English Department")],
  "Y9 Oliver Twist extracts - Fagin", "06 16:35", "Dickens, Fagin; antisemitic stereotyping discussed, not used",
  text="""
Hi all,

Before we start the Victorian crime extracts with Year 9 next week, a note on Oliver Twist.

In the original text Dickens refers to Fagin as "the Jew" hundreds of times, and the character draws on antisemitic stereotypes that were common at the time. Dickens cut many of those references in later editions after Eliza Davis wrote to him about them. I'd like us to teach that directly rather than skate over it - there's a short lesson in the shared area (Y9 > Dickens > L4) using the Davis letters.

Please use the extract versions in the booklet rather than a free online text. And as always, if a pupil repeats something offensive, deal with it the same way you would in any other lesson.

Thanks,
Fiona
""")

_RSE_SUMMARY = """RELATIONSHIPS AND SEX EDUCATION - WHAT IS TAUGHT WHEN (DRAFT, MARCH 2025)

Year 7: puberty and body changes, periods, wet dreams; correct names for the genitalia
(penis, testicles, vulva, vagina); friendships; staying safe online.
Year 8: consent; healthy and unhealthy relationships; FGM - the law and where to get help.
Year 9: contraception (condoms, the pill, emergency contraception); sexually transmitted
infections including chlamydia and HIV; sexual intercourse and the law on the age of consent.
Year 10: pornography and its effects; sharing nudes and the law; breast and testicular
self-examination; sexual orientation and gender identity.
Year 11: fertility and pregnancy choices; revisiting consent and coercion.
Sixth form: local sexual health services; healthy relationships at university and work.

Questions about masturbation, pornography or other sensitive topics are answered honestly and in
an age-appropriate way, usually individually rather than in front of the whole class.
"""
M("clean", "rse_policy_consultation", "kn", [JANE, SAM, ALI], "Consultation on our draft RSE policy",
  "05 16:00", "RSE vocabulary (penis, vagina, vulva, testicles, contraception, masturbation) in a letter to parents",
  kind="alt", style="outlook", sigv=4,
  atts=[("RSE_curriculum_summary_DRAFT.txt", "text/plain", _RSE_SUMMARY, "quoted-printable")], text="""
Dear Parents and Carers,

We are reviewing our Relationships and Sex Education (RSE) policy and would value your views before it goes to governors in May. A summary of what is taught in each year group is attached.

Some points parents often ask about:
- Relationships Education and Health Education are compulsory. You can ask for your child to be withdrawn from some or all of the sex education taught outside the science curriculum, up until three terms before they turn 16.
- We use correct anatomical terms from Year 7, including penis, vagina, vulva and testicles. This is recommended safeguarding practice: children who know the right words are better able to tell an adult if something is wrong.
- In Years 9 and 10, lessons cover contraception, sexually transmitted infections, consent and healthy relationships. The policy also explains how we answer questions about topics such as masturbation or pornography if pupils raise them - honestly and in an age-appropriate way, without going into detail in front of the whole class.

You are very welcome to come and look at the lesson resources. There will be a drop-in session in the library on Tuesday 25 March from 3.30 to 5.30pm, or you can reply to this email with any comments by Friday 4 April.

Yours sincerely,

{SIG}
""")

M("clean", "biology_revision_reproduction", "lc", [P("10b2-biology", "10B2 Biology")], "Revision for Thursday's test",
  "17 15:25", "biology vocabulary (anus, penis, testes, vagina) to a pupil group", text="""
Hi 10B2,

Thursday's test covers the last two topics, digestion and reproduction. You should be able to:

Digestion
- Label the digestive system from the mouth to the anus, and say what happens in each part.
- Explain what amylase, protease and lipase do and where they're made.
- Describe the food tests (Benedict's, biuret, iodine).

Reproduction
- Label the male reproductive system: testes, scrotum, sperm duct, urethra, penis, prostate gland.
- Label the female reproductive system: ovaries, oviducts, uterus, cervix, vagina.
- Explain the menstrual cycle and the roles of oestrogen and progesterone (higher tier: FSH and LH too).

Use the diagrams on pages 84-91 of the revision guide and do the Seneca assignment I've set. If anything doesn't make sense, come to the Wednesday lunchtime session in S3.

Miss Chen
""")

_NEWS_TEXT = """EXAMPLE SCHOOL NEWSLETTER
Spring Term 2 - Issue 3 - Friday 14 March 2025

FROM THE HEADTEACHER
What a fortnight! Year 11 have finished their mocks with real maturity, our musicians packed out the hall for the spring concert, and the Year 8 science fair produced some brilliant (and some very smelly) experiments. Thank you for all your support.

WEAR IT PINK - FRIDAY 28 MARCH
Our student council are holding a non-uniform day in aid of breast cancer research. Pupils can wear something pink for a £1 donation. The Year 12 health ambassadors will also run a lunchtime stall on checking for signs of breast and testicular cancer - a good conversation to have at home too.

GIRLS' FOOTBALL: OFF TO ARSENAL
Congratulations to our U14 girls, who won the regional final and have been invited to a training day at the Arsenal Women academy in May. Letters will go home to the squad next week.

LUNCH MENU - WEEK BEGINNING 17 MARCH
Monday: chicken tikka masala or chickpea curry; fruit crumble
Tuesday: pasta bolognese or veggie lasagne; flapjack
Wednesday: roast turkey or nut roast; jam sponge
Thursday: fish and chips or bean burger; fruit salad
Friday: cottage pie or jacket potatoes; spotted dick and custard

DATES FOR THE DIARY
Thu 27 March - Year 10 Parents' Evening, 4-7pm
Fri 4 April - school closes at 1.30pm for Easter
Tue 22 April - school reopens

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk
"""
_NEWS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccd">
<tr><td style="background:#1b3a6b;color:#fff;padding:16px"><h1 style="margin:0;font-size:20pt">Example School Newsletter</h1>
<p style="margin:4px 0 0 0">Spring Term 2 &middot; Issue 3 &middot; Friday 14 March 2025</p></td></tr>
<tr><td style="padding:16px">
<h2 style="color:#1b3a6b">From the Headteacher</h2>
<p>What a fortnight! Year 11 have finished their mocks with real maturity, our musicians packed out the hall for the spring concert, and the Year 8 science fair produced some brilliant (and some very smelly) experiments. Thank you for all your support.</p>
<h2 style="color:#c2185b">Wear it Pink &ndash; Friday 28 March</h2>
<p>Our student council are holding a non-uniform day in aid of <b>breast cancer</b> research. Pupils can wear something pink for a &pound;1 donation. The Year 12 health ambassadors will also run a lunchtime stall on checking for signs of breast and testicular cancer &ndash; a good conversation to have at home too.</p>
<h2 style="color:#1b3a6b">Girls' football: off to Arsenal</h2>
<p>Congratulations to our U14 girls, who won the regional final and have been invited to a training day at the Arsenal Women academy in May. Letters will go home to the squad next week.</p>
<h2 style="color:#1b3a6b">Lunch menu &ndash; week beginning 17 March</h2>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Monday</b></td><td>Chicken tikka masala or chickpea curry; fruit crumble</td></tr>
<tr><td><b>Tuesday</b></td><td>Pasta bolognese or veggie lasagne; flapjack</td></tr>
<tr><td><b>Wednesday</b></td><td>Roast turkey or nut roast; jam sponge</td></tr>
<tr><td><b>Thursday</b></td><td>Fish and chips or bean burger; fruit salad</td></tr>
<tr><td><b>Friday</b></td><td>Cottage pie or jacket potatoes; spotted dick and custard</td></tr>
</table>
<h2 style="color:#1b3a6b">Dates for the diary</h2>
<ul><li>Thu 27 March &ndash; Year 10 Parents' Evening, 4&ndash;7pm</li>
<li>Fri 4 April &ndash; school closes at 1.30pm for Easter</li>
<li>Tue 22 April &ndash; school reopens</li></ul>
</td></tr>
<tr><td style="background:#eef;padding:10px;font-size:9pt">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</body></html>
"""
M("clean", "newsletter_pink_arsenal_spotted_dick", "ob", [JANE, SAM, ALI],
  "Example School Newsletter - Spring 2, Issue 3", "14 15:10",
  "newsletter: breast/testicular cancer, Arsenal, spotted dick", kind="alt", style="outlook",
  text=_NEWS_TEXT, html_body=_NEWS_HTML)

M("clean", "cover_titration_writeup", "yo", [S("la")], "Cover 11C1 Chemistry P3 Tuesday", "14 16:50",
  "cover work: titration, concordant titres", cc=[G("cover", "Cover")], text="""
Hi Lynne,

Cover work for 11C1, Tuesday P3, lab S6. I'm at the AQA standardisation meeting.

They did the titration practical on Friday (sodium hydroxide and hydrochloric acid). This lesson is the write-up, so there's no practical work and nothing needs to come out of the prep room.

1. Worksheet "Titration write-up" (30 copies on the side in S6).
2. They use their results tables to calculate the mean titre - concordant results only, within 0.10 cm3.
3. Higher tier: calculate the concentration of the acid. The worked example is on slide 4 of the PowerPoint in the shared area.
4. If they finish: past paper questions on the back of the sheet.

Seating plan is on the front desk. No one to watch in particular, it's a good group.

Thanks,
Yaw
""")

M("clean", "zoolab_cockroaches_cockatoo", "mp", [G("science", "Science Department")], "Zoolab visit next Wednesday",
  "12 12:30", "cockroaches, cockatoo", kind="alt", style="gmail", sigv=6, text="""
Hi all,

Just confirming the Zoolab outreach visit on Wednesday 19 March, for Science Club and the two Y7 classes in P5 and P6 (7S1 and 7S3 - Jack and Priya, they'll come to you).

Animals coming: Madagascan hissing cockroaches, a giant African land snail, a corn snake, a tarantula and - new this year - a sulphur-crested cockatoo called Kevin. He apparently talks.

Handling is optional for pupils. Please check the medical list for allergies (feathers especially this time) and let me know by Monday. We'll be in S1 because it has the big benches.

Meera

{SIG}
""")

_BIRDS = """species,count,location
Blue tit,14,Science block feeders
Great tit,6,Science block feeders
Long-tailed tit,2,Hedge by tennis courts
Coal tit,1,Science block feeders
Robin,3,Wild area
Blackbird,5,Playing field
House sparrow,11,Canteen roof
Woodpigeon,7,Playing field
Magpie,4,Playing field
Carrion crow,3,Playing field
Starling,9,Canteen roof
Woodcock,1,Wild area by pond
"""
M("clean", "birdwatch_tits_woodcock_csv", "pg", [P("eco-club", "Eco Club")], "Big Schools' Birdwatch - our results",
  "04 15:40", "great tit, blue tits, woodcock; CSV attached", cc=[S("mp")],
  atts=[("birdwatch_2025.csv", "text/csv", _BIRDS, "7bit")], text="""
Hi Eco Club,

Thanks to everyone who came out in the cold for the Big Schools' Birdwatch. Our results are attached and I've sent them off to the RSPB.

Highlights: 14 blue tits and 6 great tits on the feeders by the science block, which is our best count yet, and a pair of long-tailed tits in the hedge. The most exciting one was a woodcock flushed from the wild area by the pond - Mr Barraclough reckons it's the first one ever seen on site.

Next job: cleaning out the nest boxes before the tits start nesting. Tuesday lunchtime, meet at S1.

Mr Greenwood
""")

M("clean", "galapagos_boobies_homo_sapiens", "lc", [P("y13-biology", "Year 13 Biology")],
  "Gal\u00e1pagos case study + homework", "11 17:20",
  "blue-footed boobies, Homo sapiens; QP body, RFC 2047 subject", subj_enc="Q", cte="quoted-printable", text="""
Hi Year 13,

Following Monday's lesson on speciation, here's the Gal\u00e1pagos material.

1. Read the case study on Darwin's finches (the beak depth data from the Grants' work on Daphne Major).
2. Watch the clip of the blue-footed boobies' courtship display (link on Teams). This is sexual selection: females prefer males with brighter blue feet, and foot colour is an honest signal of condition. Compare with the Nazca booby, which nests on the same islands.
3. Homework: "Explain how isolating mechanisms could lead to speciation." 6 marks. Use the booby and finch examples.

We start human evolution after Easter - Homo habilis through to Homo sapiens - so if you want to get ahead, read chapter 22.

Miss Chen
""")

M("clean", "shiitake_ingredients_order", "ns", [("Maria Dunn", "m.dunn@" + DOM)],
  "Ingredients for Y10 practical - w/b 17 March", "12 08:40", "shiitake", text="""
Hi Maria,

Could you order these for the Year 10 stir-fry practical next week (2 groups of 24)?

- Shiitake mushrooms x 1.5 kg
- Pak choi x 24
- Spring onions x 12 bunches
- Fresh ginger x 500 g
- Egg noodles x 6 packs
- Firm tofu x 8 blocks for the veggie option
- Reduced-salt soy sauce x 2 bottles

Dried shiitake will do if fresh is silly money - just let me know and I'll change the recipe sheet to allow for soaking time.

Thanks,
Neha
""")

M("clean", "stem_club_sextant_uranus", "bt", [P("stem-club", "STEM Club")],
  "STEM club - navigation, then a night with the telescope", "13 13:05",
  "sextant, Uranus, cumulative, analysis", cc=[S("pg")], kind="alt", style="gmail", text="""
Hi STEM club,

Next Tuesday we're doing old-school navigation. Leeds Museums are lending us a real brass sextant, and you'll use it to measure the angle of the sun at midday and work out our latitude. Bring a calculator - there is trigonometry.

Then on Thursday 20 March, Mr Greenwood is running a telescope evening on the field from 7pm (weather permitting). Jupiter is the headline act, but Uranus should also be visible as a faint blue-green dot if the sky is clear.

If you're doing the project, please add your readings to the cumulative observation log on Teams - we'll do the data analysis after Easter.

Parents are welcome at the telescope evening. Letters went home on Monday.

Mr Thornton
""")

M("clean", "shakespeare_insults_lesson", "sl", [G("english-dept", "English Department")],
  "Y8 Shakespeare insults lesson - resources", "07 12:55",
  "quoted Shakespeare insults (whoreson, bull's-pizzle) in a lesson resource", text="""
Hi all,

The Y8 "Shakespeare's language" lesson is in the shared area now (Y8 > Spring 2 > L2). It's the insult-generator one that always goes down well.

The card sort uses real lines, so you know what's coming:
- "Thou whoreson zed! thou unnecessary letter!" (Kent to Oswald, King Lear)
- "Away, you scullion! you rampallian! you fustilarian!" (Henry IV Part 2)
- "Thou art a boil, a plague-sore" (Lear to Goneril)
- "You starveling, you eel-skin, you dried neat's-tongue, you bull's-pizzle, you stock-fish!" (Henry IV Part 1)

There's a glossary on the back. If you'd rather leave "whoreson" out with a particular group, the editable version is there too - just delete the card.

The writing task at the end is for them to insult a fictional character in the style of Shakespeare, not each other. Worth saying that out loud at the start!

Sofia
""")

M("clean", "chaucer_millers_tale_reading", "fm", [P("y13-englit", "Year 13 English Literature")],
  "Miller's Tale - reading for Monday", "20 16:15",
  "[unsure] quoted Middle English ('hir hole', 'naked ers', 'queynte') in an A-level reading task",
  kind="alt", style="outlook", text="""
Dear Year 13,

For Monday, please reread the last 150 lines or so of The Miller's Tale - the "misdirected kiss" and the hot coulter. It's the climax of the fabliau and as crude as Chaucer gets, which is rather the point: the Miller is answering the Knight's courtly romance with a bawdy one.

Things to annotate:
- How Chaucer uses the window: Alisoun "at the wyndow out she putte hir hole" and Absolon "kiste hir naked ers". What does this do to the language of courtly love Absolon has been using?
- The pun on "queynte" earlier in the tale - see the glossary in your edition and the critical essay on the Moodle page.
- Nicholas's cry of "Help! water! water!" and why the carpenter's fall is the punchline.

Please use the Riverside line numbers. Essay plans due Friday.

Ms McAllister
""")

M("clean", "of_mice_and_men_crooks", "mr", [G("english-dept", "English Department")],
  "Y10 Of Mice and Men - teaching Section 4", "17 16:45",
  "discusses the slur in Of Mice and Men without writing it; 'tart', 'jail bait' quoted", text="""
Hi all,

Quick reminder of the department approach before we reach Section 4 with Year 10.

- The racial slur used about Crooks is not read aloud by anyone, staff or pupils. Say "the n-word" or skip it. Tell the class this before you start reading, not after someone has already said it.
- Spend time on why Steinbeck uses it: the way the ranch hands talk to and about Crooks is the point of the chapter, and his isolation comes up in the exam.
- Curley's wife: the men call her a "tart" and "jail bait", and the useful question is why she never gets a name. Contrast with her own account of herself in Section 5.

There's a one-page context sheet on the Jim Crow era and 1930s California in the shared area.

Matt
""")

M("clean", "bloody_mary_homework", "tf", [P("8h2-history", "8H2 History")], "Homework - \"Bloody Mary\"",
  "18 13:30", "Bloody Mary (Mary I)", text="""
8H2,

Homework for next Tuesday:

"Mary I is remembered as 'Bloody Mary'. How fair is this nickname?"

Write one paragraph agreeing and one disagreeing, using at least two facts in each. Think about the roughly 280 Protestants burned, how that compares with what Henry VIII and Elizabeth did, and who wrote the history books afterwards (look up Foxe's Book of Martyrs).

It's on Satchel too. Please hand it in on paper, not by email.

Mr Fairbairn
""")

M("clean", "re_afterlife_hell_damnation", "ha", [P("11-re", "Year 11 RE")],
  "RE revision - Christian beliefs about the afterlife", "19 15:15", "hell, damnation in GCSE RE",
  kind="alt", style="gmail", text="""
Hi Year 11,

Here's the checklist for the afterlife section of Paper 1 (Christian beliefs):

- Heaven: being with God for eternity. Know at least one Bible quotation, e.g. John 14:2 "In my Father's house are many rooms".
- Hell: traditionally a place of eternal punishment and damnation; many modern Christians see it as a state of separation from God rather than a physical place.
- Purgatory: Catholic teaching on purification before heaven.
- Judgement: the Parable of the Sheep and the Goats (Matthew 25).
- Resurrection: physical and spiritual views.

A 12-mark question might ask you to evaluate "A loving God would not send anyone to hell." Practise one before Friday and bring it to the revision session.

Mrs Ahmed
""")

M("clean", "rugby_team_sheet_hooker", "jk", [P("u16-rugby", "U16 Rugby")], "U16 team v Moor Lane - Saturday",
  "20 14:05", "rugby hooker, loosehead/tighthead", text="""
Team for Saturday (home, KO 10.30, meet 9.45 in the PE changing rooms):

1. Harry W
2. Ollie B (hooker)
3. Kofi A
4. Sam D
5. Lewis T (capt)
6. Reece M
7. Ethan P
8. Jamal O
9. Finn R
10. Max L
11. Aaron C
12. Zak H
13. Dylan S
14. Noah K
15. Charlie G

Subs: Isaac N, Ryan J, Tom F

Ollie - you're throwing in at the lineouts, so do ten minutes against the wall on Thursday. Lewis to call them. Kofi, you're tighthead this week, Harry loosehead.

Bring gumshields. No gumshield, no game.

Mr Kearney
""")

M("clean", "cricket_balls_shuttlecocks_order", "do", [("Sport Supplies Direct", "sales@sportsupplies.example.com")],
  "Order - PO 7731", "06 11:10", "cricket balls, shuttlecocks; order to outside supplier", text="""
Hello,

Please could you supply the following against our purchase order PO 7731 (account ES-2041):

- 24 x junior cricket balls, 4.75oz, red
- 12 x windball cricket balls, yellow
- 10 x tubes of feather shuttlecocks (medium speed)
- 6 x junior badminton rackets
- 2 x stump sets with spring bases

Delivery to Example School, Park Row, Leeds LS1 4AP, marked for the PE department. We need the cricket balls before 14 April if at all possible.

Many thanks
Daniel Okafor
PE Department
01632 960000
""")

M("clean", "vet_work_experience_bitch_whelping", "re", [P("21hmorgan", "Holly Morgan")],
  "Your work experience placement - Meadowbank Kennels", "19 11:55",
  "[unsure] 'bitches' = female dogs in a kennel/vet placement letter to a pupil", kind="alt", style="outlook",
  sigv=2, text="""
Hi Holly,

Good news - Meadowbank Kennels and Veterinary Practice have confirmed your work experience placement for 30 June to 4 July. You'll be working 8.30 to 4.00 with half an hour for lunch.

I spoke to Jo, the practice manager, today. They breed and show Labradors as well as running the vet surgery, and one of their bitches is due to whelp that week, so you may get to help look after her and the puppies - she said that's usually the highlight for students. You'll also be cleaning kennels, helping on reception and watching some routine consultations.

Wear old clothes and sturdy boots, and bring a packed lunch. Jo has asked for your medical form (including any animal allergies) by the end of April.

Mrs Ellison

{SIG}
""")

M("clean", "palm_sunday_ass_script", "wp", [P("drama-club", "Drama Club")], "St Anne's Easter assembly - scripts",
  "21 15:35", "'ass' (donkey) in a King James Bible script", text="""
Hi Drama Club,

Scripts for the Easter assembly we're performing at St Anne's Primary are in the folder in the drama studio. The performance is Thursday 10 April at 9.15.

Parts:
- Narrator: Grace
- Jesus: Daniel
- Disciples: Amir, Ruby, Kian, Ella
- Crowd with palm leaves: everyone else (the Year 3s will join in)
- The ass: Josh and Lily (front and back legs - you were volunteered, sorry)

The narrator's opening is from the King James Bible, Matthew 21: "Behold, thy King cometh unto thee, meek, and sitting upon an ass, and a colt the foal of an ass." The head at St Anne's asked for the traditional wording, so please learn it as written.

The donkey costume is in the big blue box. It smells a bit. I'll wash it.

Mr Priestley
""")

M("clean", "faggots_and_peas_regional_dishes", "ns", [P("9-foodprep", "Year 9 Food Preparation")],
  "Y9 \"Regional British dishes\" project", "05 13:20", "faggots and peas (food)", kind="alt", style="gmail",
  text="""
Hi Year 9,

For the next four weeks you'll be researching and cooking a regional British dish. Choose one from the list, or suggest your own:

- Yorkshire pudding with onion gravy (Yorkshire)
- Lancashire hotpot (Lancashire)
- Faggots and peas (Black Country / West Midlands)
- Pan haggerty (Northumberland)
- Bara brith (Wales)
- Cornish pasty (Cornwall)
- Cullen skink (Scotland)

If you choose faggots, you'll need to adapt the recipe - the traditional version uses pig's liver and caul fat, which we can't get for school, so we'll make a beef and onion version in gravy. The research sheet is on Teams and the first practical is the week beginning 24 March.

Mrs Sharma
""")

M("clean", "pollock_pissarro_gallery_visit", "er", [P("9-art", "Year 9 Art")], "Leeds Art Gallery visit + drip painting",
  "17 08:30", "Jackson Pollock, Camille Pissarro; HTML-only", kind="html", style="outlook",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi Year 9 artists,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Reminder that we're visiting <b>Leeds Art Gallery on Thursday, P3 to P5</b>. We'll look at the Impressionist rooms first &ndash; make sure you sketch at least one of the Camille Pissarro landscapes, as we'll compare his brushwork with Monet's back in class.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Then next week we jump forward a century to <i>Jackson Pollock</i> and action painting. We'll be making our own drip paintings in the art block, outside if it's dry, so please wear old clothes or bring an apron. It will get messy.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sketchbooks and 2B pencils, please. Meet in the art block at the start of P3.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Miss Rossi</p>
<p class="MsoNormal"><span style="font-size:9pt;color:#555">Elena Rossi | Teacher of Art | Example School, Park Row, Leeds LS1 4AP | 01632 960000</span></p>
</div></body></html>
""")

M("clean", "art_therapist_referral", "kf", [S("kn")], "Referral - art therapist for 7F pupil", "10 16:25",
  "therapist (the-rapist substring), internal referral", cc=[S("gh")], text="""
Kemi,

Following our chat on Friday, I'd like to refer L.M. in 7F to the school's art therapist. Since the bereavement in January she's been withdrawn in lessons, isn't eating at lunch and has stopped going to her football club. Mum is supportive and has given consent; she mentioned they're on the waiting list for CAMHS but that's months off.

Gill says the therapist has two slots free on Wednesday mornings from after Easter. I've put the full background on CPOMS.

Could we discuss it at Thursday's pastoral meeting?

Kate
""")

M("clean", "bassoon_mock_assessment", "co", [P("20bnewton", "Ben Newton")],
  "Grade 6 bassoon - mock assessment", "18 10:15", "bassoon, assessment, passage (ass substrings)",
  cc=[("Martin Holroyd", "m.holroyd@leedsmusicservice.example.org")], kind="alt", style="outlook", sigv=1, text="""
Hi Ben,

Mr Holroyd and I would like to do a mock assessment for your Grade 6 bassoon exam next Wednesday, P5, in practice room M2. We'll run it exactly like the real thing: scales and arpeggios, the three pieces, sight-reading and aural.

Please give particular attention to the semiquaver passage in the Vivaldi - it was rushing last week - and remember to soak and warm up the reed properly before you come in.

The real exam is on 2 April at the Leeds centre. Your accompanist, Mrs Tate, will be at the mock too.

Ms Oduya

{SIG}
""")

M("clean", "dsl_report_quotes_pupil", "mr", [G("dsl", "Designated Safeguarding Lead")],
  "Safeguarding concern - 10R pupil (J.T.)", "12 11:52",
  "[unsure] report to the DSL quoting a pupil's words verbatim ('fucking kill me')", cc=[S("kn")], text="""
Kemi,

Logging this by email as well as on CPOMS as I think it needs looking at today.

Pupil: J.T., 10R
Time: 11.20am, Wednesday 12 March, room E9

J was upset at the end of period 3 and stayed behind. When I asked if he was OK he said, and I'm quoting him exactly: "my stepdad said if I grass on him he'll fucking kill me". He wouldn't say what he meant by grassing, then said he was joking and left for lunch. He had a mark on his left wrist which he pulled his sleeve down over.

I haven't asked any leading questions and I haven't contacted home. He is in my lesson again P6 today.

Matt Royle
Teacher of English
""")

M("clean", "hoy_report_homophobic_quote", "bt", [S("sh")], "10X4 - homophobic comment P2", "19 10:40",
  "[unsure] behaviour report to head of year quoting a slur a pupil used", kind="alt", style="outlook", text="""
Simon,

FYI, incident in 10X4 period 2 today. While I was going through the starter, C.D. shouted "faggot" across the room at another boy (A.K.) after A.K. answered a question. Several pupils heard it. A.K. laughed it off at the time but was clearly upset by the end of the lesson.

I removed C.D. to the on-call room and have logged it on CPOMS as homophobic language. I spoke to A.K. privately after the lesson - he's OK, but he said it's been happening in the corridors too.

Could you pick this up with both families? Happy to write a statement.

Ben
""")

M("clean", "reply_parent_gt_quoted_abuse", "ms", [ALI], "Re: Detention", "14 08:20",
  "parent's abuse (fucking, twat, prick) only in '> ' quoted lines; staff reply is polite", sigv=3,
  extra=[("In-Reply-To", "<B1F3A0C2-77E4-4D1B-9E3A-5C2D8F0A9B11@btinternet.com>")], text="""
Dear Mr Guardian,

Thank you for your email. I understand you're unhappy about the detention and I'd like to talk it through properly.

The detention was given for three missed maths homeworks over the past fortnight, which is our standard policy. It isn't connected to last week's incident in the corridor. I'm happy to look at whether there's a reason the homework hasn't been done - if something is going on at home, we'd much rather know and help.

I'm free on Thursday at 4pm or Friday at 8.15am if you'd like to come in, or I can ring you. Please let me know what suits.

Yours sincerely,

{SIG}

> From: Ali Guardian <ali.guardian@btinternet.com>
> Sent: 13 March 2025 22:41
> To: Mark Sutcliffe
> Subject: Detention
>
> You lot are fucking useless. Another detention for my son because some
> jumped-up twat of a maths teacher can't be bothered to explain anything.
> He's not doing it. Sort it out or I'm going to the governors and the
> local paper, and you can tell that prick that from me.
""")

M("clean", "reply_parent_gmail_quoted_abuse", "rh", [SAM], "Re: Geography homework", "11 08:05",
  "parent's abuse (bollocks, twat) only in an 'On ... wrote:' quoted block", kind="alt", style="gmail",
  sigv=1, extra=[("In-Reply-To", "<AM0PR83MB0412C1D9E2F84A6B@AM0PR83MB0412.EURPRD83.prod.outlook.com>")], text="""
Dear Sam,

Thank you for getting in touch, and I'm sorry the homework caused so much stress at home.

You're right that the instructions on Satchel were unclear - the map task should have said the atlas pages were optional. I've updated it now and given the whole class until next Friday. Nothing that's already done needs redoing.

If it would help, I'm happy to set up a quick call with you and the form tutor to talk about the homework load this term more generally.

Kind regards,
Rachel

{SIG}

On Mon, 10 Mar 2025 at 21:14, Sam Carer <sam.carer@outlook.com> wrote:
> This geography homework is absolute bollocks. Three hours tonight on a
> map nobody explained and a kid in tears. Whoever set this is a
> complete twat. Sort it out.
>
> Sam
""")

M("clean", "forward_abusive_parent_to_head", "sb", [S("vh")], "FW: French homework", "13 07:58",
  "abusive parent email (hell, bitch, piss off) only in a forwarded Outlook From/Sent block, reported to the head",
  cc=[S("kn")], kind="alt", style="outlook", sigv=2, text="""
Victoria,

Forwarding the email below, received late last night, as per the staff guidance on abusive messages. I haven't replied and won't unless you'd like me to. I've saved a copy in the Languages shared area too.

For context, the pupil received a homework sanction on Monday for not completing the Year 10 vocabulary test corrections. Happy to talk at any point today.

Sarah

{SIG}

From: Jane Parent <jane.parent@gmail.com>
Sent: 12 March 2025 22:08
To: Sarah Beaumont <s.beaumont@example-school.org.uk>
Subject: French homework

Who the hell do you think you are giving my child a sanction for a vocab test. You are a stuck-up bitch and everyone at the school gate knows it. Piss off back to France.
""")

M("clean", "antibullying_tutor_time", "kf", [G("y7-tutors", "Year 7 Tutors")],
  "Tutor time next week - identity-based bullying", "20 17:15",
  "anti-bullying guidance about slurs without spelling any out; HTML-only", kind="html", style="outlook",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Year 7 tutors,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Next week's tutor-time PSHE sessions follow up the anti-bullying survey, in which a worrying number of Year 7s said they had heard racist or homophobic language in the corridors.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The slides are in the Year 7 shared area. Key points for delivering them:</p>
<ul style="margin-top:0cm">
<li class="MsoListParagraph">Don't write or say slurs on the board, even to &ldquo;explain&rdquo; them. Refer to &ldquo;a racist word&rdquo;, &ldquo;a homophobic word&rdquo;, &ldquo;a disablist word&rdquo;. Pupils know which words we mean.</li>
<li class="MsoListParagraph">Make clear that &ldquo;it's just banter&rdquo; is not a defence, and that using slurs about someone's race, religion, sexuality, disability or gender leads to a serious sanction, online or in school.</li>
<li class="MsoListParagraph">Give them the reporting routes: any adult, the worry box outside the library, or the online form.</li>
<li class="MsoListParagraph">If a pupil discloses anything during the session, follow the usual safeguarding procedure and let me know.</li>
</ul>
<p class="MsoNormal">Thanks for all you do,</p>
<p class="MsoNormal">Kate</p>
<p class="MsoNormal"><span style="font-size:9pt;color:#555">Kate Foster | Head of Year 7 | Example School, Park Row, Leeds LS1 4AP | 01632 960000</span></p>
</div></body></html>
""")

M("clean", "offas_dyke_gold_route_cards", "np", [P("dofe-gold", "DofE Gold")],
  "Gold expedition - Offa's Dyke Path route cards", "21 10:20", "Offa's Dyke (earthwork)", text="""
Hi Gold team,

Route cards for the qualifying expedition (Knighton to Montgomery along the Offa's Dyke Path, 24-27 May) are due to me by Friday 4 April. The assessor needs them two weeks before, and I want time to check them properly.

Remember:
- The Dyke itself is a scheduled ancient monument - no camping on it and no climbing on the earthworks.
- Day 2 is the hardest: the ups and downs north of Knighton are steep and there's no water for about 12 km.
- Every route card needs grid references for each checkpoint and an escape route for each day.

Training walk on Saturday 12 April in the Dales to test kit. Details to follow.

Miss Pryce
""")

M("clean", "stopcock_ballcock_water_off", "jb", [G("allstaff", "All Staff")],
  "Water off in the science block Thursday 3.30-5pm", "17 12:15", "stopcock, ballcock", sigv=1, text="""
All,

The plumber is coming on Thursday to replace the stopcock under the sink in the science prep room, which has been leaking for a couple of weeks. Water to the whole science block will be off from 3.30pm until about 5pm.

While he's here he'll also fix the ballcock in the staff toilet cistern by S2, which is why it keeps running.

Science colleagues: please don't plan anything needing running water after school on Thursday. The eye-wash stations will be isolated too, so no chemicals out after 3.30.

Thanks
James

{SIG}
""")

M("clean", "flame_retardant_fire_officer", "wp", [S("jb")], "Fire officer visit - costumes and set", "06 13:15",
  "flame-retardant, ritardando (retard substrings)", cc=[S("co")], kind="alt", style="gmail", text="""
Hi James, hi Chioma,

Notes from this morning's visit from the fire safety officer ahead of the spring show:

- All fabric on the set and all costumes have to be treated with flame-retardant spray, or be inherently flame-retardant (we've got certificates for the new curtains). I'll order two more cans of the spray - James, can you keep them in the COSHH cupboard?
- Aisles to be kept at 1.1m minimum, so no extra row at the front this year.
- The haze machine is fine as long as the detectors in the hall are isolated for the performances and someone is on fire watch.

Chioma - on a lighter note, the band can keep the long ritardando into the final chorus. I promised him it wouldn't actually set anything alight.

Will
""")

M("clean", "eid_pakistan_staff_note", "ha", [G("allstaff", "All Staff")], "Eid al-Fitr - end of Ramadan",
  "24 08:10", "Pakistan, Pakistani (substring of a slur)", kind="alt", style="outlook", sigv=2, text="""
Dear colleagues,

Ramadan is expected to end at the end of this week, with Eid al-Fitr most likely on Monday 31 March (it depends on the moon sighting, so it may be Sunday 30th). Around a quarter of our pupils will be celebrating.

A few things that help:
- Pupils absent for Eid should be marked with code R (religious observance). Please avoid setting a test that day if you can.
- Some families travel to Pakistan or Bangladesh over the Easter holiday to see relatives. If you hear of anyone planning to leave early, please tell the attendance office rather than agreeing it yourself.
- The Year 8 Pakistani and Bangladeshi heritage group are running an Eid stall at lunch on Friday 28th with sweets and henna. All welcome!

Eid Mubarak in advance to everyone celebrating.

Hina

{SIG}
""")

M("clean", "niger_delta_homework", "rh", [P("9-geography", "Year 9 Geography")], "Y9 homework - the Niger Delta",
  "04 14:50", "River Niger / Niger / Nigeria", kind="alt", style="gmail", text="""
Hi Year 9,

This week's homework continues our resources unit. Read the case study on the Niger Delta (pages 112-115) and answer questions 1-5.

Remember the difference: the River Niger flows through several countries, including Mali, Niger and Nigeria, but the delta, where most of the oil is, is in southern Nigeria. Be careful not to mix up the country Niger with Nigeria - it cost several of you marks last time.

For question 5, give one advantage and one disadvantage of oil extraction for the people who live in the delta.

Due Monday.

Mrs Hughes
""")

M("clean", "aberfan_slag_heap_sources", "tf", [P("10h1-history", "10H1 History")], "Aberfan source pack for Friday",
  "19 16:30", "slag heap (colliery spoil tip)", text="""
Hi 10H1,

For Friday's lesson we're looking at the Aberfan disaster of 21 October 1966, as part of the "Britain since 1945" depth study.

Please read the source pack on Teams before the lesson. Focus on:
- Source B: the National Coal Board's own reports, which show the colliery spoil tip (what people at the time called a slag heap) had been built over a spring.
- Source D: the tribunal's conclusion that the disaster could and should have been prevented.
- Source F: the row over the disaster fund being used to pay for removing the remaining tips.

This is a sensitive topic - 116 of the 144 people who died were children at Pantglas Junior School. We'll treat it respectfully.

Mr Fairbairn
""")

M("clean", "bastard_cut_files_order", "aw", [G("dt-tech", "DT Technician")], "Tool order - files", "11 12:35",
  "'bastard cut' files (tool grade)", cc=[S("dw")], text="""
Hi Sue,

Could you put through an order for the Y9 metalwork unit before Easter? We're down to the last few usable files after the key fob project.

- 12 x 250mm flat bastard cut files
- 6 x 250mm flat second cut files
- 6 x 200mm half-round bastard files
- 6 x needle file sets
- 4 x file cards (for cleaning)
- 12 x handles

The bastard cut ones are for roughing out, so they're the priority if the budget won't stretch. Debbie, copying you in - it should come to about £180 from the DT consumables code.

Thanks,
Adam
""")

M("clean", "wankel_rotary_engine", "rq", [P("y12-engineering", "Year 12 Engineering")],
  "Rotary engine teardown next week", "20 11:10", "Wankel engine", text="""
Hi Year 12,

Next Wednesday we'll strip down the Wankel rotary engine donated by the motor vehicle department at the college. It's from a Mazda RX-8, so it's the two-rotor version.

Before the lesson, please read the handout on how a Wankel engine completes the four strokes (intake, compression, combustion, exhaust) with a triangular rotor instead of pistons. Come ready to explain why it has so few moving parts, and why it suffers from apex seal wear and poor fuel economy.

Overalls and safety glasses on. Nobody touches the rotor housing without gloves - the edges are sharp.

Mr Quayle
""")

M("clean", "farne_islands_shags_puffins", "mp", [SAM], "Farne Islands trip \u2013 what they'll see",
  "07 14:40", "shags (seabirds); QP body, RFC 2047 subject", kind="alt", style="gmail",
  cte="quoted-printable", sigv=3, text="""
Dear Sam,

Thank you for returning the consent form for the Year 9 Science Club trip to the Farne Islands. To answer your question about what the pupils will actually see:

The boat leaves Seahouses at 10am and lands on Inner Farne for about an hour. In June the islands are at their busiest \u2013 tens of thousands of pairs of puffins, plus Arctic terns (which dive-bomb anyone near their nests, so hats are essential), guillemots, razorbills, kittiwakes and shags. The shags nest right beside the boardwalk, so the pupils will get very close. We'll also look out for grey seals on the way.

Pupils will carry out a simple seabird survey, which links to their ecology work. We'll be back at school by about 7.30pm.

The cost is \u00a348, which includes the boat and the National Trust landing fee.

Best wishes,

{SIG}
""")

M("clean", "nonce_words_lexis", "ar", [P("y12-englang", "Year 12 English Language")],
  "Lexis and semantics - homework", "18 15:05", "'nonce words' (linguistics term)", text="""
Hi Year 12,

Homework for Thursday on word formation:

1. Define, and give two examples of each: compounding, blending, affixation, conversion, clipping, and acronyms/initialisms.
2. Find three nonce words - one-off coinages made for a single occasion - in a novel, a song or on social media. Lewis Carroll's "Jabberwocky" is full of them if you're stuck ("frabjous", "galumphing").
3. Choose one that went on to become a real word (e.g. "chortle", which started life as a Carroll nonce word) and explain how it spread.

We'll use these to start the language change investigation next week.

Ms Rahman
""")

M("clean", "fanny_burney_nea_choice", "fm", [P("18scollins", "Sophie Collins")], "Your NEA text choice",
  "21 13:50", "Fanny Burney, Fanny Price (literature)", kind="alt", style="gmail", text="""
Hi Sophie,

I've had a look at your proposal and I think the pairing works well. Fanny Burney's Evelina and Austen's Mansfield Park both follow a young woman entering society with very little power of her own, and Fanny Price makes a really interesting contrast with Evelina - one is almost silent, the other tells her own story in letters.

A couple of thoughts:
- Your question needs to be narrower. "Presentation of women" is too broad; try something on how each heroine's lack of status shapes her voice.
- For criticism, look at Claudia Johnson on Austen, and at a biography of Burney - she published as Frances Burney, "Fanny" was what her family called her.

Please submit your final title by 28 March.

Ms McAllister
""")

M("clean", "spastic_diplegia_pe_adjustments", "gh", [G("pe-dept", "PE Department")],
  "Y7 pupil - PE adjustments (cerebral palsy)", "21 09:05",
  "[unsure] clinical term 'spastic diplegia' in a SEN note; base64 body", cc=[S("kf")], cte="base64",
  sigv=2, text="""
Dear PE department,

From after Easter, R.S. will be joining 7F. R. has spastic diplegia, a form of cerebral palsy that mainly affects the legs - tight muscles, reduced balance and tiring quickly. He walks independently but uses a walker for longer distances.

His physiotherapist has sent through a plan. The main points for PE:
- He should take part in all lessons with adaptations, not sit out.
- Avoid sustained running; short bursts with rest are fine.
- Changing takes him a while, so please let him go to the changing room five minutes early with a buddy.
- Swimming is encouraged and the physio would like it prioritised.

There's a one-page pupil profile on SIMS and the full plan is on CPOMS. I'd be happy to meet the department briefly - Tuesday after school?

Gill

{SIG}
""")

M("clean", "library_overdue_moby_dick", "cd", [P("22fbaxter", "Freddie Baxter")], "Overdue library books",
  "25 12:10", "Moby-Dick, The Hitchhiker's Guide to the Galaxy", text="""
Hi Freddie,

Just a reminder that you have two library books that are now three weeks overdue:

- Moby-Dick by Herman Melville
- The Hitchhiker's Guide to the Galaxy by Douglas Adams

Could you bring them back to the library this week, or come and see me if you'd like to renew them? Someone has reserved the Hitchhiker's Guide.

If Moby-Dick is defeating you, don't worry - it defeats most people. I can suggest some shorter sea stories.

Mrs Dobson
Librarian
""")

# ---- ordinary mail

M("clean", "parents_evening_y10", "sh", [JANE], "Year 10 Parents' Evening - Thursday 27 March", "17 16:05",
  "ordinary: parents' evening letter", kind="alt", style="outlook", sigv=3, text="""
Dear Ms Parent,

Year 10 Parents' Evening takes place on Thursday 27 March from 4pm to 7pm in the sports hall. Appointments are five minutes each and are booked through School Cloud, which opens for bookings this Friday at 9am.

Science and maths appointments tend to go first, so it's worth booking those early. If you can't make the evening, most staff are happy to arrange a phone call instead - please contact the office on 01632 960000.

Kind regards,
Mr S Hollis

{SIG}
""")

_MOCKS = """date,session,start,subject,paper,duration_mins,room
2025-03-17,AM,09:00,English Language,Paper 1,105,Sports hall
2025-03-17,PM,13:15,Geography,Paper 1,90,Sports hall
2025-03-18,AM,09:00,Mathematics,Paper 1 (non-calculator),90,Sports hall
2025-03-18,PM,13:15,History,Paper 1,120,Sports hall
2025-03-19,AM,09:00,Biology,Paper 1,105,Sports hall
2025-03-19,PM,13:15,French / Spanish,Listening and Reading,105,Main hall
2025-03-20,AM,09:00,English Literature,Paper 1,105,Sports hall
2025-03-20,PM,13:15,Chemistry,Paper 1,105,Sports hall
2025-03-21,AM,09:00,Mathematics,Paper 2 (calculator),90,Sports hall
2025-03-21,PM,13:15,Physics,Paper 1,105,Sports hall
"""
M("clean", "mock_exam_timetable", "hm", [P("year11", "Year 11")], "Mock exams \u2013 final timetable", "07 11:30",
  "ordinary: exam timetable to pupils, CSV attached, RFC 2047 subject", subj_enc="Q",
  atts=[("Y11_mock_timetable_March2025.csv", "text/csv", _MOCKS, "base64")], text="""
Dear Year 11,

Attached is the final timetable for the March mock exams, which start on Monday 17 March. Please check it carefully against your own subjects and tell me by Friday if anything looks wrong (for example the wrong tier).

Reminders:
- Arrive ten minutes before the start. Exams in the sports hall start at 9.00 and 13.15.
- Clear pencil case, black pens, and a calculator for maths and science.
- No phones or smart watches in the hall at all - they go in your bag at the back.

Good luck with your revision.

Mrs Moss
Exams Officer
""")

M("clean", "cover_8b2_french", "sb", [S("la")], "Cover - 8B2 French P4 Friday", "19 16:55",
  "ordinary: cover work", text="""
Hi Lynne,

Cover for 8B2 French, Friday period 4, room L2 - I'm taking the Year 10s to the Spanish film screening.

Work:
1. Vocabulary starter on the board (slide 1 of "Y8 Module 4 L6" in the shared area) - 10 mins.
2. Studio 2 textbook, page 78, exercises 2, 3 and 5 (reading and translation). Books are in the grey cupboard.
3. Early finishers: vocabulary test revision on Languagenut.

Please collect in the exercise books and leave them on my desk. The seating plan is in the cover folder. 8B2 are lovely but chatty.

Merci!
Sarah
""")

M("clean", "reference_former_student", "gm", [("Helen Fenwick", "hr@greenfield-nursery.example.org")],
  "Reference - Chloe Atkinson", "24 14:30", "ordinary: reference to an outside employer", kind="alt",
  style="outlook", sigv=4, text="""
Dear Ms Fenwick,

Thank you for your request for a reference for Chloe Atkinson, who was a student in our sixth form from 2021 to 2023.

Chloe studied A levels in Psychology, Sociology and English Language. Her attendance was 96%. She was a reliable and kind member of the sixth form and volunteered every week in our Year 7 reading programme for two years, where staff commented on her patience with reluctant readers.

I am not aware of any reason why she should not work with children. For safeguarding matters, please also contact our Designated Safeguarding Lead, Mrs Nwosu, through the school office.

Please do not hesitate to contact me if you need anything further.

Yours sincerely,

{SIG}
""")

M("clean", "mfa_rollout_reminder", "lt", [G("allstaff", "All Staff")],
  "Multi-factor authentication - switching on Monday 24 March", "18 08:25",
  "ordinary: IT notice, base64 body", cte="base64", sigv=1, text="""
Dear all,

A reminder that multi-factor authentication (MFA) will be switched on for all staff Microsoft 365 accounts on Monday 24 March.

Before then, please:
1. Install the Microsoft Authenticator app on your phone.
2. Sign in from a school computer and follow the "More information required" prompts.
3. If you'd rather not use a personal phone, ask IT for a hardware key - we have 40.

After Monday you won't be able to get into email from home without MFA. There are drop-in help sessions in the IT office every lunchtime this week.

Thanks,
Lee

{SIG}
""")

M("clean", "y9_report_comments_draft", "bt", [S("rh")], "Y9 report comments - 9X2", "24 17:40",
  "ordinary: draft report comments", text="""
Rachel,

Here are my draft comments for 9X2 ahead of the deadline. Could you cast an eye over them before I put them into SIMS? I've tried to keep each one under 60 words as you asked.

A.B. - A hard-working term. Accurate with fractions and percentages; the next step is to show full working on multi-step problems.
C.F. - Confident in lessons and always willing to explain to others. Homework is sometimes rushed - quality over speed.
D.H. - Good progress since September, especially in algebra. Needs to check answers make sense before moving on.
E.L. - Capable, but distracted in lessons recently. I'd like to see the focus from the autumn term return.
F.P. - Excellent test result (82%) and ready for more challenge; I've given extension sheets.

Thanks,
Ben
""")

M("clean", "gcse_pe_video_consent", "jk", [ALI], "GCSE PE practical - video evidence", "25 15:20",
  "ordinary: consent request to a parent; HTML-only", kind="html", style="outlook",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Mr Guardian,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">As part of the GCSE PE practical assessment, the exam board moderator needs video evidence of candidates performing in their chosen sports. Your son has chosen football, badminton and athletics.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would like to film him in the Year 11 football fixture on <b>Wednesday 2 April</b>. The footage is recorded on a school device, stored on the school's secure system and deleted once moderation is complete in June. It is not shared anywhere else.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please reply to this email to confirm you are happy for him to be filmed, or contact me if you have any questions.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Mr J Kearney<br>Teacher of PE<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</div></body></html>
""")


# ======================================================================

def main():
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    cleans = [m for m in MESSAGES if m["label"] == "clean"]
    assert len(flags) == 30, len(flags)
    assert len(cleans) == 60, len(cleans)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)
    order = list(MESSAGES)
    random.Random(20250402).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        fn = "%03d_%s_%s.eml" % (i, m["label"], m["slug"])
        data = build(m)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        recips = addrs(m["to"]) + addrs(m["cc"])
        rows.append([fn, m["label"], S(m["frm"])[1], " ".join(recips), m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print("wrote %d messages (%d flag, %d clean) to %s" % (len(order), len(flags), len(cleans), OUT))


if __name__ == "__main__":
    main()
