#!/usr/bin/env python3
"""Generate the round-33 blind hold-out corpus for the obscene-language module.

Setting: a large comprehensive secondary in Glasgow (S1-S6).
Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
./obscene-language/ next to this script.  Python 3.11 standard library only.
Deterministic: fixed dates, Message-IDs, MIME boundaries and file order, so two
runs give byte-identical output.

BLIND corpus: never use it for tuning the filter.
"""
import base64
import csv
import hashlib
import html as htmlmod
import io
import os
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {
    "fraser": ("Morag Fraser", "m.fraser", "Head Teacher"),
    "macleod": ("Iain MacLeod", "i.macleod", "Depute Head Teacher (S4\u2013S6)"),
    "cockburn": ("Shona Cockburn", "s.cockburn", "Depute Head Teacher (S1\u2013S3)"),
    "bain": ("Stuart Bain", "s.bain", "Depute Head Teacher (Pupil Support) and Child Protection Coordinator"),
    "dsl": ("Child Protection", "dsl", ""),
    "docherty": ("Gary Docherty", "g.docherty", "Principal Teacher of Physical Education"),
    "rashid": ("Aisha Rashid", "a.rashid", "Teacher of Chemistry"),
    "mcallister": ("Craig McAllister", "c.mcallister", "Teacher of English"),
    "hughes": ("Rachel Hughes", "r.hughes", "Teacher of English"),
    "baxter": ("Moira Baxter", "m.baxter", "Principal Teacher of English"),
    "boyle": ("Fiona Boyle", "f.boyle", "Principal Teacher of Pupil Support (S3)"),
    "gallagher": ("Declan Gallagher", "d.gallagher", "Teacher of History"),
    "lindsay": ("Kirsty Lindsay", "k.lindsay", "Teacher of Mathematics"),
    "kerr": ("Euan Kerr", "e.kerr", "Principal Teacher of Social Subjects"),
    "nisbet": ("Morven Nisbet", "m.nisbet", "Teacher of Geography"),
    "weir": ("Ruth Weir", "r.weir", "Teacher of Biology"),
    "shaw": ("Kenny Shaw", "k.shaw", "Teacher of Physics"),
    "office": ("Linda Paterson", "office", "Office Manager"),
    "attendance": ("Agnes Quinn", "attendance", "Attendance Officer"),
    "reilly": ("Tam Reilly", "t.reilly", "Facilities Manager"),
    "odonnell": ("Niamh O'Donnell", "n.odonnell", "Teacher of Modern Languages"),
    "moreau": ("Am\u00e9lie Moreau", "a.moreau", "French Language Assistant"),
    "wankhede": ("Sanjay Wankhede", "s.wankhede", "Teacher of Computing Science"),
    "hancock": ("Jenna Hancock", "j.hancock", "Teacher of Home Economics"),
    "campbell": ("Eilidh Campbell", "e.campbell", "Teacher, Pupil Support Base"),
    "devlin": ("Brian Devlin", "b.devlin", "Outdoor Education and DofE Coordinator"),
    "murray": ("Alan Murray", "a.murray", "Business Manager"),
    "semple": ("Heather Semple", "h.semple", "Pupil Support Assistant and Breakfast Club Coordinator"),
    "brodie": ("Laura Brodie", "l.brodie", "Teacher of Drama"),
    "sinclair": ("Rory Sinclair", "r.sinclair", "Teacher of Music"),
    "orr": ("Janet Orr", "library", "School Librarian"),
    "gilmour": ("Paul Gilmour", "ithelp", "IT Technician"),
    "mackay": ("Catriona Mackay", "c.mackay", "DYW Coordinator"),
    "allstaff": ("All Staff", "allstaff", ""),
    "socsubs": ("Social Subjects Faculty", "socialsubjects", ""),
    "science": ("Science Faculty", "science", ""),
}
PARENTS = {
    "jane": ("Jane Parent", "jane.parent@gmail.com"),
    "sam": ("Sam Carer", "sam.carer@outlook.com"),
    "ali": ("Ali Guardian", "ali.guardian@btinternet.com"),
}


def person(x):
    """Return (display name, address) for a staff key, parent key, or tuple."""
    if isinstance(x, tuple):
        return x
    if x in STAFF:
        return STAFF[x][0], f"{STAFF[x][1]}@{DOM}"
    if x in PARENTS:
        return PARENTS[x]
    if "@" in x:
        return "", x
    raise KeyError(x)


def pupil(name, local):
    return (name, f"{local}@{PUP}")


def sig(key, lines=None, style=0):
    """A staff signature.  style varies the layout."""
    name, local, role = STAFF[key]
    mail = f"{local}@{DOM}"
    if style == 0:
        s = [name, role, "Example School, Park Row, LS1 4AP", "Tel: 01632 960000"]
    elif style == 1:
        s = [name, role, "Example School | Park Row | LS1 4AP", "01632 960000 | " + mail]
    elif style == 2:
        s = ["--", name, role, "Example School, Park Row, LS1 4AP", "T: 01632 960000"]
    elif style == 3:
        s = [name + " | " + role, "Example School, Park Row, LS1 4AP | 01632 960000"]
    else:
        s = [name, role]
    if lines:
        s += lines
    return "\n".join(s)


# --------------------------------------------------------------------------
# MIME building (raw text, so that every byte is under our control)
# --------------------------------------------------------------------------
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fmt_addr(name, addr):
    if not name:
        return addr
    if not is_ascii(name):
        return Header(name, "utf-8").encode() + f" <{addr}>"
    if re.search(r'[(),.:;<>@\[\]"\\]', name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fold_list(field, items):
    line = field + ": "
    lines = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > 76 and line.strip() != field + ":":
            lines.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def enc_subject(subject, force=None):
    if force == "B":
        b = base64.b64encode(subject.encode("utf-8")).decode("ascii")
        return f"=?UTF-8?B?{b}?="
    if force == "Q":
        out = []
        for ch in subject.encode("utf-8"):
            c = chr(ch)
            if c == " ":
                out.append("_")
            elif c.isalnum() and ch < 128:
                out.append(c)
            else:
                out.append("=%02X" % ch)
        return "=?utf-8?Q?" + "".join(out) + "?="
    if is_ascii(subject):
        return subject
    return Header(subject, "utf-8", header_name="Subject").encode(linesep="\n")


def encode_body(data, cte):
    if isinstance(data, str):
        raw = data.encode("utf-8")
    else:
        raw = data
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body with non-ASCII"
        text = raw.decode("ascii")
    elif cte == "8bit":
        text = raw.decode("utf-8")
    elif cte == "quoted-printable":
        text = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    elif cte == "base64":
        text = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    if not text.endswith("\n"):
        text += "\n"
    return text


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def text_part(text, cte=None, subtype="plain", charset=None, extra=None):
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    if charset is None:
        charset = "us-ascii" if (cte == "7bit" and subtype == "plain") else "utf-8"
    h = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    if extra:
        h += extra
    return Part(h, encode_body(text, cte))


def attach_part(filename, ctype, data, cte="base64", inline=False):
    params = ""
    if ctype.startswith("text/"):
        params = '; charset="utf-8"'
    h = [f'Content-Type: {ctype}{params}; name="{filename}"',
         f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"',
         f"Content-Transfer-Encoding: {cte}"]
    return Part(h, encode_body(data, cte))


def multipart(subtype, parts, boundary, preamble=False):
    h = [f'Content-Type: multipart/{subtype};', f'\tboundary="{boundary}"']
    h = [h[0] + "\n" + h[1]]
    body = ""
    if preamble:
        body += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += f"--{boundary}\n" + p.render()
        if not body.endswith("\n"):
            body += "\n"
    body += f"--{boundary}--\n"
    return Part(h, body)


# --------------------------------------------------------------------------
# HTML renderers for the alternative parts
# --------------------------------------------------------------------------
def esc(s):
    return htmlmod.escape(s, quote=False)


OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
    'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
    '.MsoChpDefault\n\t{mso-style-type:export-only;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)


def html_outlook(text, table=None):
    out = [OUTLOOK_HEAD]
    in_quote = False
    for line in text.rstrip("\n").split("\n"):
        m = re.match(r"^(From|Sent|To|Cc|Subject|Date):(.*)$", line)
        if m and m.group(1) == "From" and not in_quote:
            in_quote = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        if line == "@@TABLE@@" and table:
            out.append(table + "\n")
            continue
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif m and in_quote:
            out.append(f'<p class="MsoNormal"><b>{m.group(1)}:</b>{esc(m.group(2))}<o:p></o:p></p>\n')
        elif line.startswith("- "):
            out.append(f'<p class="MsoNormal" style="margin-left:18.0pt;text-indent:-18.0pt">'
                       f'\u2022&nbsp;&nbsp;{esc(line[2:])}<o:p></o:p></p>\n')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>\n')
    if in_quote:
        out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_gmail(text):
    lines = text.rstrip("\n").split("\n")
    main, attr, quoted = [], None, []
    for i, line in enumerate(lines):
        if attr is None and re.match(r"^On .* wrote:$", line):
            attr = line
            quoted = [re.sub(r"^> ?", "", q) for q in lines[i + 1:]]
            break
        main.append(line)
    out = ['<div dir="ltr">']
    for line in main:
        if line.strip() == "":
            out.append("<div><br></div>")
        elif line == "--":
            out.append('<span class="gmail_signature_prefix">-- </span><br>')
        else:
            out.append(f"<div>{esc(line)}</div>")
    out.append("</div>")
    if attr:
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>"
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out.append("<br>".join(esc(q) for q in quoted))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Small attachment builders
# --------------------------------------------------------------------------
def tiny_pdf(title, lines):
    """A small, valid, uncompressed one-page PDF."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 16 Tf 56 790 Td (" + pesc(title) + ") Tj ET\n"
    y = 760
    for ln in lines:
        stream += f"BT /F1 11 Tf 56 {y} Td (" + pesc(ln) + ") Tj ET\n"
        y -= 16
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({pesc(title)}) /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20240901090000Z) >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def csv_bytes(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------
def rfc_date(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    bst = (datetime(2024, 3, 31, 1) <= d < datetime(2024, 10, 27, 1)) or \
          (datetime(2025, 3, 30, 1) <= d < datetime(2025, 10, 26, 1))
    return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0))))


def h(slug, n=24):
    return hashlib.sha256(("r33obs:" + slug).encode()).hexdigest()[:n]


def message_id(slug, client):
    x = h(slug, 32)
    if client == "outlook":
        a = x[:12].upper()
        return f"<DB9PR02MB{a}{x[12:18].upper()}@DB9PR02MB{x[18:22].upper()}.eurprd02.prod.outlook.com>"
    if client == "gmail":
        b = base64.b64encode(bytes.fromhex(x)).decode().rstrip("=").replace("/", "_")
        return f"<CA+{b}@mail.gmail.com>"
    if client == "iphone":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@example-school.org.uk>"
    return f"<{x[:20]}.r33@example-school.org.uk>"


MESSAGES = []


def M(label, slug, note, frm, to, subject, date, body, fmt="plain", cc=(), text_cte=None, html_cte=None,
      html=None, attach=(), subj_enc=None, reply_to_id=None, table=None, qp_split=None, client=None,
      text_charset=None):
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc), subject=subject,
                         date=date, body=body, fmt=fmt, text_cte=text_cte, html_cte=html_cte, html=html,
                         attach=list(attach), subj_enc=subj_enc, reply_to_id=reply_to_id, table=table,
                         qp_split=qp_split, client=client, text_charset=text_charset))


def build(m, num):
    slug = m["slug"]
    fmt = m["fmt"]
    client = m["client"] or {"outlook": "outlook", "gmail": "gmail", "html": "outlook"}.get(fmt, "plain")
    fname, faddr = person(m["frm"])
    to = [person(x) for x in m["to"]]
    cc = [person(x) for x in m["cc"]]
    body = m["body"].strip("\n") + "\n"

    # ---- body tree
    if fmt == "plain":
        cte = m["text_cte"]
        if m["qp_split"]:
            word, cut = m["qp_split"]
            enc = encode_body(body, "quoted-printable")
            assert enc.count(word) >= 1, (slug, word)
            # put a soft line break inside the word; rewrap the lines around it
            new_lines = []
            for line in enc.split("\n"):
                if word in line and not any(word in nl for nl in new_lines):
                    i = line.index(word) + cut
                    new_lines.append(line[:i] + "=")
                    new_lines.append(line[i:])
                else:
                    new_lines.append(line)
            enc = "\n".join(new_lines)
            root = Part(['Content-Type: text/plain; charset="utf-8"',
                         "Content-Transfer-Encoding: quoted-printable"], enc)
        else:
            root = text_part(body, cte, charset=m["text_charset"])
    elif fmt in ("outlook", "gmail"):
        if m["html"] is not None:
            hbody = m["html"]
        elif fmt == "outlook":
            hbody = html_outlook(body, m["table"])
        else:
            hbody = html_gmail(body)
        tbody = body
        tcte = m["text_cte"] or ("7bit" if is_ascii(tbody) else "quoted-printable")
        hcte = m["html_cte"] or ("quoted-printable" if fmt == "outlook" else
                                 ("7bit" if is_ascii(hbody) and max(len(x) for x in hbody.split("\n")) < 990
                                  else "quoted-printable"))
        root = multipart("alternative",
                         [text_part(tbody, tcte, charset=m["text_charset"]),
                          text_part(hbody, hcte, "html")],
                         f"_000_{h(slug, 16)}_" if fmt == "outlook" else
                         (f"Apple-Mail-{h(slug, 8).upper()}-{h(slug + 'b', 4).upper()}" if client == "iphone"
                          else f"000000000000{h(slug, 16)}"))
    elif fmt == "html":
        hbody = m["html"]
        root = text_part(hbody, m["html_cte"] or "quoted-printable", "html")
    else:
        raise ValueError(fmt)

    if m["attach"]:
        parts = [root] + [attach_part(*a) for a in m["attach"]]
        bnd = f"_004_{h(slug + 'mix', 16)}_" if client == "outlook" else f"----=_Part_{num}_{h(slug + 'mix', 10)}"
        root = multipart("mixed", parts, bnd, preamble=(client != "outlook"))

    # ---- headers
    hdr = [f"From: {fmt_addr(fname, faddr)}"]
    hdr.append(fold_list("To", [fmt_addr(n, a) for n, a in to]))
    if cc:
        hdr.append(fold_list("Cc", [fmt_addr(n, a) for n, a in cc]))
    hdr.append("Subject: " + enc_subject(m["subject"], m["subj_enc"]))
    hdr.append("Date: " + rfc_date(m["date"]))
    hdr.append("Message-ID: " + message_id(slug, client))
    if m["reply_to_id"]:
        hdr.append("In-Reply-To: " + m["reply_to_id"])
        hdr.append("References: " + m["reply_to_id"])
    if client == "outlook":
        hdr.append("Content-Language: en-GB")
        hdr.append("X-MS-Has-Attach: " + ("yes" if m["attach"] else ""))
    elif client == "iphone":
        hdr.append("X-Mailer: iPhone Mail (21H221)")
    elif client == "gmail":
        pass
    else:
        hdr.append("User-Agent: Mozilla Thunderbird")
    hdr.append("MIME-Version: 1.0")
    hdr.extend(root.headers)
    raw = "\n".join(hdr) + "\n\n" + root.body
    rcpts = [a for _, a in to] + [a for _, a in cc]
    return raw.encode("utf-8"), faddr, rcpts


# ==========================================================================
# FLAG: the author's own words contain swearing or a slur
# ==========================================================================

# ---- plain -------------------------------------------------------------
M("flag", "parents_night_shitshow", "venting to colleague after S3 parents' night: 'shitshow' (plain)",
  "boyle", ["mcallister"], "Re: S3 parents' night", "2024-11-08 08:12", """
Craig,

Thanks for staying on last night, I know you were meant to be away by 7.

Honestly, what a shitshow. Half the appointments ran twenty minutes over because
the booking system double-booked the whole of 3C, and then the side door got
locked at half eight with folk still sitting in the hall. I've emailed Iain about
the booking thing but I'm not holding my breath.

If you get a minute can you send me your notes on Example Pupil Two? Her carer was
asking about the Nat 5 English presentation level and I said I'd get back to them
by Friday.

Fiona

""" + sig("boyle", style=0))

M("flag", "sqa_dates_bollocks", "physics teacher to colleagues about SQA deadline: 'total bollocks' (plain, Outlook)",
  "shaw", ["rashid", "weir"], "Nat 5 assignment dates (again)", "2024-09-24 16:05", """
Aisha, Ruth

Just had the email from the faculty head \u2013 the upload window for the Nat 5
assignment has been moved forward by a week, which means we've lost the whole week
after the October holidays for write-ups.

Total bollocks. We planned the entire block around those dates and half of 4B
haven't even finished their data collection because of the Arran trip.

I'll redo the calendar tonight. Can you both let me know by Wednesday which of your
classes still need a practical lesson, and I'll try to get the labs swapped round
so nobody's stuck. Worst case we use the Thursday supported study slot.

Cheers
Kenny
""", fmt="outlook")

M("flag", "cover_rota_bellend", "reply to colleague calling the depute head 'an absolute bellend', Outlook quoted thread",
  "gallagher", ["kerr"], "RE: Cover this week", "2024-11-12 12:37", """
Ha, aye, saw that. He's an absolute bellend. Stood in the staffroom telling me cover
was "a collective responsibility" and then headed out to his "strategic meeting",
which as far as I can tell is a flat white on Byres Road.

I'll take your S2s period 4 on Thursday, no bother. Just leave the work on the desk
and I'll get them started on the Wars of Independence booklet.

D

From: Euan Kerr <e.kerr@example-school.org.uk>
Sent: 12 November 2024 08:41
To: Declan Gallagher <d.gallagher@example-school.org.uk>
Subject: Cover this week

Did you see the new cover rota? Apparently I've got three on Thursday and Iain's got
none. Any chance you could take my S2 class period 4 if I take your S5s on Friday?

Euan
""", fmt="outlook", reply_to_id="<DB9PR02MB7A11C0FFEE42@DB9PR02MB7A11.eurprd02.prod.outlook.com>")

M("flag", "pe_kit_pissed_off_parent", "PE teacher to parent (Ali Guardian): 'getting pretty pissed off' (plain)",
  "docherty", ["ali"], "Re: PE kit", "2024-11-21 17:48", """
Mr Guardian,

I've now had four emails from you this week about the same thing, so I'll be as
clear as I can.

Example Pupil Three has not brought his kit to a single practical lesson since the
October break. Every time, he tells me it's in his locker, or at his gran's, or in
the wash. He then sits out and does theory work, which is what happens to every pupil
who forgets their kit.

To be honest I'm getting pretty pissed off being told I'm "picking on him" when all
I'm asking for is a pair of trainers and a t-shirt. If there's a reason he can't
bring kit, tell me and we'll sort something out \u2013 we've got spare stuff in the
department and nobody needs to know.

Gary Docherty
Principal Teacher of Physical Education
""", text_cte="8bit")

M("flag", "folio_excuse_shite_to_pupil", "English teacher to S5 pupil: 'the excuse ... is shite' (plain)",
  "mcallister", [pupil("Callum Donnelly", "20cdonnelly")], "Folio draft", "2025-01-30 15:52", """
Callum,

This is the third deadline you've missed for your folio draft. I'm not going to write
the usual polite email, because you've had three of them already.

The excuse about the printer is shite and you know it. You can submit on Teams from
your phone, you've done it before.

I need the discursive draft by 3.30 on Friday. If it isn't in, I'm phoning home and
you'll be at supported study on Tuesday until it's done.

You're capable of an A in this. Stop wasting it.

Mr McAllister
""")

M("flag", "old_firm_sectarian", "business manager to colleague: sectarian slur and 'bastards' (plain)",
  "murray", ["devlin"], "Saturday", "2024-09-30 13:20", """
Brian,

You still on for Saturday? I can pick you up at the bottom of your road about 11.

Fair warning, I'm still raging about last week. Bunch of Fenian bastards singing
outside the pub on Paisley Road West till two in the morning and the polis did
nothing. If we get beat again I'm handing my season ticket back.

Also \u2013 can you remind me who's got the DofE minibus keys? The fleet log says you,
but Tam reckons they're back in the office.

Alan
""", text_cte="quoted-printable")

M("flag", "support_base_disability_slur", "maths teacher to colleague: disability slur about support base pupils",
  "lindsay", ["hancock"], "2F", "2024-10-02 16:31", """
Jen, is it just me or is 2F impossible this year?

They've put three of the kids from the support base into my class with no PSA and I'm
expected to deliver exactly the same course. One of them sat and rocked the whole
period and another one spent twenty minutes under the desk. I'm not trained for this.
I'm a maths teacher, not a babysitter for the retards.

Anyway, rant over. Are you still doing the charity bake sale on Friday? I'll bring
tablet if you want, my mum's recipe, the proper tooth-rotting stuff.

K
""", fmt="gmail", client="iphone")

M("flag", "seating_plan_csv_wanker", "clean body; swearing only in the attached CSV seating plan ('total wanker')",
  "gallagher", ["boyle"], "3D seating plan and notes", "2024-10-15 16:10", """
Hi Fiona,

As requested, here's the current seating plan for 3D with my notes, ahead of the
pupil support meeting on Thursday. I've moved a few of them around since the summer
so this is the up-to-date one.

Shout if you need anything else.

Declan

""" + sig("gallagher", style=3),
  fmt="outlook",
  attach=[("3D_seating_plan.csv", "text/csv", csv_bytes([
      ["Seat", "Pupil", "Notes"],
      ["A1", "Example Pupil One", "Works well, quiet, reliable homework"],
      ["A2", "Ryan McPhee", "Chatty but responds to a warning"],
      ["A3", "Leah Boyd", "Needs reader for assessments (ASN)"],
      ["A4", "Omar Siddiqui", "Excellent - ask him to lead group work"],
      ["B1", "Jack Donaldson", "Total wanker. Moved him twice already, still winds everyone up"],
      ["B2", "Chloe Brennan", "Often late - attendance flagged"],
      ["B3", "Kai Lam", "New from Edinburgh in August, settling in"],
      ["B4", "Erin Walsh", "Keep away from Chloe"],
      ["C1", "Mark Gillespie", "Forgets jotter daily"],
      ["C2", "Sophie Rae", "Good, could be pushed for Nat 5"],
  ]), "base64")])

M("flag", "meeting_notes_txt_fucks_sake", "clean body; 'for fuck's sake' only in the attached .txt meeting notes",
  "kerr", ["socsubs"], "Faculty meeting notes 4 Dec", "2024-12-04 17:02", """
Hi all,

Notes from tonight's faculty meeting attached. Main points are the prelim
invigilation rota and the S3 course choice evening. Please check your names on the
rota and let me know by Monday if there are any clashes.

Thanks for staying, I know it ran on.

Euan
""", attach=[("faculty_notes_4Dec.txt", "text/plain", """Social Subjects faculty meeting - Wed 4 December, 3.40pm, G4
Present: EK, DG, MN, SC (RMPS), AB (Modern Studies). Apologies: none.

1. Prelims
- Higher prelims w/b 13 January. Invigilation rota on the shared drive.
- Papers to the office for copying by Friday 20 December AT THE LATEST.

2. S3 course choice evening - Thursday 20 February
- Each subject needs a stall and two pupils to talk to parents.
- MN to update the Geography leaflet; DG doing History.

3. Resources
- Textbook money: about 600 quid left. Modern Studies get priority this year.

4. AOB
- Photocopier in the base broken AGAIN. Third time this term. For fuck's sake.
  EK to chase Alan Murray (again).
- Christmas night out: Friday 13th, Merchant City. Names to AB.
""", "quoted-printable")])

M("flag", "breakfast_club_racial_slur", "breakfast club coordinator to office: racial slur ('the paki shop') (plain)",
  "semple", ["office"], "Milk", "2024-09-10 07:48", """
Morning Linda,

We've run out of milk again, the delivery didn't come. I'll nip round to the paki shop
at the corner and get four big ones to keep us going, can you put it through petty
cash when I bring the receipt in?

Also the toaster on the left is sparking again. I've unplugged it and put a note on it.

Heather
""", client="iphone")

# ---- disguised -----------------------------------------------------------
M("flag", "photocopier_masked_leet", "masked/leet swearing to colleague: 'f*cking', 'sh*t', '@rsehole', 'b0ll0cks'",
  "odonnell", ["brodie"], "photocopier!!!", "2024-09-19 08:27", """
Is the f*cking photocopier in the base broken AGAIN?? I've got 90 S3 vocab booklets
to do for period 2 and it's just flashing "call engineer" at me.

If you see Tam can you ask him to have a look. The one in the library is jammed as
well since that @rsehole from S5 put a jotter cover through it last week. Honestly
what a load of b0ll0cks, every single Thursday the same sh*t.

Going for a coffee before I throw it out the window.

N
""", fmt="outlook")

M("flag", "dofe_weather_fullwidth", "full-width letters: weather forecast is 'shite' (Gmail alt, base64 text)",
  "devlin", ["docherty"], "Campsies this weekend", "2025-04-24 19:15", f"""
Gary,

Just looked at the Met Office for Saturday. It's {fullwidth("shite")}. 40mph gusts on the
tops and rain from 10am right through to Sunday lunchtime.

I think we move the practice expedition to the low-level route along the Strathkelvin
path and camp at the farm instead of going over Dumgoyne. The kids will still get the
navigation and the stoves, and nobody ends up in the back of a mountain rescue Land
Rover.

Can you phone me tonight? I'd rather we agree it before the parents start texting.

Brian
""", fmt="gmail", text_cte="base64", html_cte="quoted-printable")

M("flag", "inspection_dotted_cunt", "letters separated by dots/spaces: 'c.u.n.t', 's h i t e' about council officer",
  "hancock", ["lindsay"], "Re: bake sale", "2024-10-03 13:05", """
Aye, bring the tablet! I'm doing tiffin and some of the cookies the S2s made.

Can't talk at lunch though, that c.u.n.t from the council is back to look at the HE
kitchens AGAIN. Three visits in a month about a fridge thermometer. Last time he
stood there for half an hour telling me our labelling was s h i t e and then left
his own coffee cup on the worktop.

Catch you at 3.30.

J
""", fmt="gmail")

M("flag", "accidental_reply_parent_repeated", "accidental reply to parent (Jane Parent) with stretched swearing: 'Fuuuuuck', 'Shiiiiite'",
  "macleod", ["jane"], "Re: Example Pupil One \u2013 Higher Maths level", "2025-03-04 07:58", """
Fuuuuuck. This woman again. Kirsty can you deal with this one, I don't have the energy
before the timetabling meeting. Shiiiiite.

Iain

On Mon, 3 Mar 2025 at 19:02, Jane Parent <jane.parent@gmail.com> wrote:
> Dear Mr MacLeod,
>
> I'm writing again about Example Pupil One's presentation level for Higher Maths.
> She has been told she may be moved to National 5 after the prelim, and we were
> not consulted. Could you please explain how this decision is being made, and
> whether she can sit the Higher anyway if she works hard between now and April?
>
> Kind regards,
> Jane Parent
""", fmt="gmail", cc=["lindsay"], client="iphone",
  reply_to_id="<CAJp7Xq2mNcR4kT8wYv3bL0fH1sD9eUo6gA5zPi@mail.gmail.com>")

M("flag", "fire_alarm_homoglyph", "Cyrillic/Greek homoglyphs hiding 'bastards' and 'bollocks' (Outlook alt)",
  "kerr", ["gallagher"], "Fire alarm", "2025-02-06 14:21", """
Declan,

Did you hear it was the wee b\u0430stards in 4C that set the fire alarm off at interval?
Two of them caught on the CCTV in the B stair holding a lighter under the detector.
Whole school out in the car park in the sleet for forty minutes and the fire brigade
came out. Absolute boll\u03bfcks.

Fiona's dealing with it but I wouldn't expect much.

E
""", fmt="outlook", text_cte="base64")

M("flag", "student_teacher_homophobic_b64", "homophobic slur about student teacher, text/plain body in base64",
  "docherty", ["devlin"], "new student", "2025-01-14 12:50", """
Brian,

Met the new student today. He's a right poof. Wait till you see him demonstrating the
forward roll in the gymnastics block, the S2 boys will eat him alive.

Anyway he's with you on Thursdays for the climbing wall, so good luck.

G
""", text_cte="base64", text_charset="utf-8")

M("flag", "parking_zero_width", "zero-width space inside 'twat' (Outlook alt, HTML uses &#8203;)",
  "brodie", ["odonnell"], "Car park", "2024-11-26 08:44", """
Some tw\u200bat has parked right across the drama store doors again, so I can't get the
lighting stands out for the S4 practical exam this morning.

Silver Corsa, reg starting SV19. Is it one of yours from the languages base?? If not
I'm getting Tam to put a notice on it.

Laura
""", fmt="outlook",
  html=OUTLOOK_HEAD.replace("\n<div class=\"WordSection1\">\n", "\n<div class=\"WordSection1\">\n")
  + '<p class="MsoNormal">Some tw&#8203;at has parked right across the drama store doors again, so I can\'t get '
    'the lighting stands out for the S4 practical exam this morning.<o:p></o:p></p>\n'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">Silver Corsa, reg starting SV19. Is it one of yours from the languages base?? If not '
    'I\'m getting Tam to put a notice on it.<o:p></o:p></p>\n'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    '<p class="MsoNormal">Laura<o:p></o:p></p>\n</div>\n</body>\n</html>\n')

M("flag", "pointless_meeting_html_split", "HTML-only: swear word split by tags ('<b>fu</b>cking') and an entity ('&#115;hite')",
  "mcallister", ["gallagher"], "that meeting", "2025-02-19 16:40", "",
  fmt="html", html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<div>Declan,</div>
<div><br></div>
<div>Was that not the most <b>fu</b>cking pointless meeting you've ever sat through? Ninety minutes on
the new &quot;learner journey&quot; lanyards and not one word about the Higher timetable clash.</div>
<div><br></div>
<div>And the &quot;consultation&quot; on the new report format is pure &#115;hite &ndash; they've already sent the
template to the printers. I checked.</div>
<div><br></div>
<div>Pint on Friday? I need it.</div>
<div><br></div>
<div>Craig</div>
</body>
</html>
""")

M("flag", "ski_rep_qp_softbreak", "quoted-printable soft line break inside 'wanker' (ski trip rep)",
  "shaw", ["docherty"], "Ski trip transfers", "2025-01-17 20:33", """
Gary,

Spoke to the travel company again about the airport transfers in Andorra. Their rep is a total wanker. He says the coach from the airport can't leave until the Birmingham school's flight lands, which means our kids could be sitting in arrivals for three hours on the Saturday night.

I've asked him to put it in writing and said we'll look at a separate coach if they can't sort it. Can you raise it with Alan on Monday? There might be money in the contingency.

Kenny
""", qp_split=("wanker", 3))

M("flag", "sqa_portal_subject_b64", "RFC 2047 base64-encoded subject 'Fucking SQA portal...'; body clean",
  "rashid", ["science"], "Fucking SQA portal down again", "2025-02-26 16:12", """
Has anyone managed to get on to upload the Higher estimates? Mine keeps timing out at
the login page. Deadline's Friday and I've still got 5C3 and 6C1 to do.

Aisha
""", subj_enc="B")


# ==========================================================================
# CLEAN, hard negatives: innocent words a naive filter might flag
# ==========================================================================
M("clean", "geog_orkney_twatt", "hard: Higher Geography case study on Twatt, Orkney (place name)",
  "kerr", [pupil("Ellie Crawford", "20ecrawford"), pupil("Josh Kane", "20jkane"), pupil("Aimee Toner", "20atoner"),
           pupil("Daniel Okafor", "20dokafor")],
  "Higher Geography \u2013 rural land use case study", "2024-10-31 15:48", """
Hi 5G1,

As promised, here's the plan for our rural case study over the next three weeks.
Instead of the usual Lake District example we're going to use Orkney, because it
shows the changes in farming and land use really clearly and it's a lot closer to
home.

We'll focus on the West Mainland, especially the parishes of Harray, Birsay and
Twatt. Twatt was the site of a wartime naval air station, and a lot of the old
airfield went back to farmland after it closed in 1949 \u2013 a brilliant example of
changing land use. The name comes from the Old Norse "thveit", meaning a small
parcel of land, so it's a very fitting place to study farming. (Yes, I know. Please
get it out of your system before Tuesday.)

For homework:
- Read pages 112\u2013118 in the textbook on upland farming and diversification.
- Use the OS map extract on Teams to find three pieces of evidence of beef cattle
  farming near Twatt and Dounby.
- Note down two ways tourism has changed land use on Orkney since 2000.

Past paper question for Friday: 2019 Q5(b).

Mr Kerr

""" + sig("kerr", style=1), fmt="outlook")

M("clean", "dofe_silver_cockermouth", "hard: DofE Silver expedition letter, campsite near Cockermouth (place name), PDF form",
  "devlin", ["jane", "sam", "ali"], "DofE Silver expedition \u2013 Lake District, 20\u201323 June", "2025-05-07 16:30", """
Dear Parents and Carers,

Our Silver qualifying expedition will take place from Friday 20 to Monday 23 June in
the northern Lake District. The groups will be based at a campsite just outside
Cockermouth on the first night, then walk a three-day route through the Lorton Vale
and Buttermere, finishing at Keswick.

Transport is by school minibus, leaving Park Row at 7.00am on the Friday. We expect
to be back at school about 6pm on the Monday, and I'll post updates on the DofE Team
on the way home so you know when to collect.

Each team is supervised remotely by two qualified staff, who will meet the group at
every checkpoint. Staff carry a satellite tracker and a first-aid kit. The emergency
contact for the whole weekend is the school office on 01632 960000, which will be
staffed for this trip.

Please return the attached consent and medical form by Friday 30 May. If your child
takes any medication, including inhalers, it must be listed on the form even if they
carry it themselves.

The cost is \u00a365, which covers campsite fees, fuel and food for the first night.
Pupils bring their own food for the rest of the expedition; we'll go over menus at
training on Thursday 12 June.

Thank you for your support \u2013 this group have worked incredibly hard.

Kind regards,

""" + sig("devlin", style=0), fmt="outlook",
  attach=[("DofE_Silver_consent_form.pdf", "application/pdf",
           tiny_pdf("DofE Silver Expedition - Consent and Medical Form",
                    ["Expedition: Northern Lake District, 20-23 June 2025",
                     "Night 1: campsite near Cockermouth, Cumbria",
                     "Pupil name: ______________________  Class: ______",
                     "Medical conditions / medication: ______________________",
                     "Emergency contact (parent/carer): ______________________",
                     "Signed: ______________________  Date: __________",
                     "Return to Mr Devlin by Friday 30 May."]), "base64")])

M("clean", "records_transfer_scunthorpe", "hard: records transfer to a school in Scunthorpe (place name)",
  "office", [("Admissions", "admissions@brumbyacademy.example.org")],
  "Pupil records transfer \u2013 Kyle Marr (S2)", "2025-01-22 11:05", """
Dear Admissions team,

Further to your phone call on Tuesday, I can confirm that Kyle Marr, currently in S2
at Example School, will be leaving us on Friday 24 January as the family are moving
to Scunthorpe. We understand he will start with you in Year 9 on Monday 3 February.

His pupil record, most recent tracking report and attendance summary will go to you
through the secure transfer system this afternoon. His Pupil Support teacher, Mrs
Boyle, would be happy to speak to his new head of year about how he has settled into
secondary; she can be reached through the school office on 01632 960000.

It may help to know that S2 in Scotland corresponds roughly to Year 9 in England, so
Kyle has been following the Broad General Education rather than starting any exam
courses. I've attached a short note of the subjects he has taken this year.

Please let me know once you've received everything.

Kind regards,

""" + sig("office", style=1), fmt="outlook",
  attach=[("Kyle_Marr_S2_subjects.pdf", "application/pdf",
           tiny_pdf("S2 subject summary", ["English, Mathematics, French, Science, Social Subjects,",
                                           "Technologies, Art, Music, PE, RMPS, Home Economics.",
                                           "Example School, Park Row, LS1 4AP - 01632 960000"]), "base64")])

M("clean", "absence_funeral_clitheroe", "hard: authorised absence reply to carer, funeral in Clitheroe (place name)",
  "attendance", ["sam"], "Re: Absence next week", "2025-03-07 09:14", """
Dear Sam,

Thank you for letting us know, and I'm very sorry to hear about your family's loss.

I've recorded Example Pupil Two's absence from Monday 10 to Wednesday 12 March as
authorised (family bereavement), so you don't need to do anything else. I've also let
her guidance teacher, Mrs Boyle, know, so her teachers can make sure she isn't
swamped with catch-up work when she's back.

Safe travels down to Clitheroe.

Kind regards,

Agnes Quinn
Attendance Officer
Example School, Park Row, LS1 4AP
01632 960000

On 6 Mar 2025, at 20:31, Sam Carer <sam.carer@outlook.com> wrote:
> Hi, Example Pupil Two will be off Monday to Wednesday next week as her great-gran
> has passed away and the funeral is in Clitheroe in Lancashire. Sorry for the short
> notice. Sam
""", reply_to_id="<AM0PR07MB5521B3E0C91D7F2@AM0PR07MB5521.eurprd07.prod.outlook.com>")

M("clean", "ucas_sussex_essex", "hard: UCAS advice to S6 pupil about Sussex and Essex offers",
  "macleod", [pupil("Priya Sharma", "19psharma")], "Re: Sussex offer", "2025-02-11 13:40", """
Hi Priya,

Congratulations \u2013 that's a great offer, and well deserved.

To answer your questions:

1. Yes, you can make Sussex your firm choice and keep Strathclyde as your insurance.
The Sussex offer is AAB at Higher, which you already have, plus a B in Advanced Higher
Psychology. Strathclyde's is unconditional, so it's a very safe insurance.

2. Essex is a good university too, but as you said yourself, you didn't like the
campus on the open day and the course is more clinical than you want. Go with your
gut on that one.

3. Accommodation: Sussex guarantee first-year housing if it's your firm choice and
you apply by the end of June. Don't leave it.

4. Funding: because you'd be studying in England, you'd apply to SAAS for the living
cost loan but tuition fees are up to \u00a39,535 a year and are paid through a
tuition fee loan. Have a look at the SAAS website with your mum and come and see me
if you want to go through the numbers.

You don't need to reply to UCAS until May, so there's no rush. Pop into my office on
Thursday if you want to talk it through.

Mr MacLeod

""" + sig("macleod", style=2), fmt="gmail")

M("clean", "s1_placenames_shitterton", "hard: geography dept planning a lesson on odd place names (Shitterton, Penistone, Wetwang)",
  "kerr", ["nisbet", "gallagher"], "S1 place names lesson \u2013 new starter", "2024-09-05 16:45", """
Hi both,

For the S1 "Maps and place names" lesson next week I've put a new starter on the
shared drive (S1 > Unit 2 > Lesson 4). It's the one the kids always love: odd
British place names and what they actually mean.

A word of warning, because one or two will get a reaction. The list includes
Shitterton in Dorset, Penistone in South Yorkshire and Wetwang in East Yorkshire,
plus a few of ours like Twatt in Orkney and Dull in Perthshire. I've kept them in
because the etymology is genuinely good history: Shitterton is Old English for the
farm on the stream that was used as an open sewer, Penistone probably comes from
"pen", an old Celtic word for a hill, and Twatt is Old Norse. That is exactly the
point of the lesson \u2013 names tell you how people lived.

If a class can't cope, skip slide 3 and go straight to the Gaelic names on slide 4
(Achnasheen, Inverness, Kilmarnock, Balloch), which will keep them busy.

Euan
""", fmt="outlook")

M("clean", "welcome_cockburn_wankhede", "hard: head's welcome to new staff, surnames Cockburn and Wankhede",
  "fraser", ["allstaff"], "Welcome to new colleagues", "2024-08-19 07:55", """
Dear all,

Welcome back \u2013 I hope you all managed a proper rest. We have some new faces joining
us this week and I'd be grateful if you could make them feel at home.

Mrs Shona Cockburn joins us as Depute Head Teacher with responsibility for S1 to S3,
the BGE curriculum and transition. Shona comes to us from a secondary in Fife, where
she was a depute for six years. (For anyone wondering, it's pronounced "Co-burn".)

Mr Sanjay Wankhede joins the Computing Science department. Sanjay worked in software
development for several years before training at Strathclyde, and as well as teaching
S1 to S5 he'll be helping Paul with the roll-out of the new S1 laptops.

Mme Am\u00e9lie Moreau is our French language assistant until the end of May and will be
working with Niamh's department, mainly with the S4\u2013S6 classes.

And welcome back to Rory Sinclair after his paternity leave \u2013 congratulations again
to Rory and Kate on the arrival of wee Finlay.

Please pop into the staffroom at interval on Wednesday to say hello. There will be
cake, courtesy of Jenna and the S3 Hospitality class.

Morag

""" + sig("fraser", style=0), fmt="outlook")

M("clean", "computing_pass_pentest", "hard: sender Wankhede; computing vocabulary ('pass' statement, penetration testing)",
  "wankhede", [pupil("Ross Hamill", "20rhamill"), pupil("Zara Iqbal", "20ziqbal"), pupil("Aiden Quigley", "20aquigley")],
  "Higher Computing \u2013 assignment prep and Thursday's speaker", "2025-01-27 15:35", """
Hi 5C1,

Two things for this week.

1. Assignment preparation
The coursework task is released on Monday. Before then, make sure you're comfortable
with:
- reading from and writing to a CSV file in Python
- using parallel arrays or an array of records to hold the data
- the standard algorithms: find min/max, count occurrences, linear search

Remember that "pass" in Python does nothing at all. Several of you used it as a
placeholder in the practice task and then forgot to replace it \u2013 the program ran,
did nothing, and you lost the marks for that function.

2. Guest speaker
On Thursday period 5 we have a speaker from a Glasgow cyber security company coming
in to talk about penetration testing: companies paying people to break into their own
systems so they can find the weaknesses before the criminals do. It links directly to
the security precautions part of the course, so please be there and have a question
ready.

Mr Wankhede
Teacher of Computing Science
""", text_cte="8bit")

M("clean", "home_ec_scottish_foods", "hard: Home Economics menu (cock-a-leekie soup, spotted dick, clootie dumpling)",
  "hancock", ["jane", "sam", "ali"], "S2 Home Economics \u2013 Scottish cookery week", "2025-01-16 14:20", """
Dear Parent/Carer,

Next week S2 are doing their Scottish cookery block in the run-up to Burns Night. In
each practical lesson pupils will make one dish to bring home:

Monday/Tuesday \u2013 cock-a-leekie soup (chicken, leeks and prunes; a vegetarian version
is available)
Wednesday \u2013 clootie dumpling (a quick steamed version, not the full four-hour one!)
Thursday \u2013 spotted dick with custard, as part of our "British puddings" comparison
Friday \u2013 cranachan (raspberries, toasted oats, cream and a wee bit of honey)

All ingredients are provided by the school, but please send your child in with a clean
container with a lid each day so they can carry their food home. Anyone who forgets
will be given a foil tray.

If your child has any allergies or dietary requirements we don't already know about,
please let me know before Monday. The cranachan contains dairy and oats; the clootie
dumpling and spotted dick both contain wheat and (vegetable) suet.

Thank you,

Miss J Hancock
Teacher of Home Economics
Example School, Park Row, LS1 4AP
01632 960000
""", fmt="gmail")

M("clean", "bird_survey_tits_shags", "hard: biology trip booking, bird names (great tits, shags, woodcock)",
  "weir", [("Morven Ritchie", "bookings@clydewildlifecentre.example.org")],
  "S2 visit \u2013 bird survey on Wednesday 14 May", "2025-04-02 10:22", """
Hi Morven,

Thanks for getting back to me so quickly. I'd like to confirm the booking for 56 S2
pupils plus 5 staff on Wednesday 14 May, arriving around 10am.

As we discussed, the pupils are in the middle of a biodiversity unit, so the guided
bird walk would be ideal. They've been learning to identify common garden birds \u2013
blue tits, great tits, coal tits, chaffinches and robins \u2013 so anything beyond that
will be a real bonus. A few of them are already very excited about the shags and
cormorants on the old pier, and one boy has asked me three times whether there will be
a woodcock.

Could you let me know:
- whether there's indoor space for lunch if it rains (this is Scotland, after all);
- the final cost per pupil, so I can get the letter out to parents;
- whether you have a risk assessment you can share for our paperwork.

Many thanks,

Dr Ruth Weir
Teacher of Biology
Example School, Park Row, LS1 4AP
Tel: 01632 960000 | Science base: 0141 496 0217
""", fmt="outlook")

M("clean", "pe_order_csv_shuttlecocks", "hard: PE equipment order, CSV lists shuttlecocks, cricket boxes, sports bras",
  "docherty", [("Orders", "orders@teamsportsdirect.example.com")], "Order \u2013 PE department, PO EX/25/0412",
  "2025-03-18 11:50", """
Hello,

Please find our order for the summer term attached (purchase order EX/25/0412).

Two things:
- The feather shuttlecocks: last time we were sent nylon ones as a substitute without
  being asked. If the feather ones are out of stock, please phone before substituting.
- Cricket boxes: we need the youth size for our S1/S2 summer cricket. We don't re-issue
  used ones from the store for hygiene reasons, hence the numbers.

Delivery to the janitor's office at Park Row, please, any weekday before 3pm. The
invoice should go to Alan Murray, Business Manager.

Thanks,

""" + sig("docherty", style=1), fmt="outlook",
  attach=[("PE_order_summer_2025.csv", "text/csv", csv_bytes([
      ["Item code", "Description", "Size", "Qty", "Unit price (GBP)"],
      ["SH-220", "Feather shuttlecocks (tube of 12)", "", "20", "14.50"],
      ["HB-10", "Hockey balls - smooth", "", "36", "2.20"],
      ["CB-Y", "Cricket box / abdominal guard", "Youth", "12", "4.95"],
      ["CB-A", "Cricket box / abdominal guard", "Adult", "4", "5.95"],
      ["CP-J", "Cricket batting pads", "Junior", "6", "24.00"],
      ["BB-7", "Basketball size 7", "", "10", "11.50"],
      ["SB-M", "Sports bra - crop style (spare kit)", "M", "6", "8.00"],
      ["SB-S", "Sports bra - crop style (spare kit)", "S", "6", "8.00"],
      ["BIB-4", "Training bibs, 4 colours (set of 40)", "", "1", "52.00"],
  ]), "base64")])

M("clean", "nat5_biology_reproduction", "hard: Nat 5 Biology reproduction revision (sperm, testes, penis)",
  "weir", [pupil("Hannah McGuire", "21hmcguire"), pupil("Liam Fitzpatrick", "21lfitzpatrick"),
           pupil("Sana Ahmed", "21sahmed")],
  "Nat 5 Biology \u2013 reproduction test on Thursday", "2024-11-25 15:58", """
Hi 4B2,

A quick reminder that the Unit 2 test on reproduction is on Thursday. Key things to
revise:

- Gametes are haploid (one set of chromosomes); body cells are diploid.
- In animals, sperm are produced in the testes and eggs in the ovaries.
- Fertilisation is the fusion of the nuclei of two gametes, giving a diploid zygote.
- In flowering plants, the male gamete is in the pollen grain (made in the anther) and
  the female gamete is in the ovule (inside the ovary).

Last year a lot of people lost an easy mark by writing that sperm are made in the
penis. They're not \u2013 they are made in the testes, and the sperm duct carries them.
Learn the labels on the diagram on page 64 of your notes and you'll be fine.

There are two past paper questions on the Team if you want extra practice.

Dr Weir
""", text_cte="quoted-printable")

M("clean", "apps_maths_cumulative", "hard: maths revision vocabulary (cumulative frequency, analysis) [weak hard negative]",
  "lindsay", [pupil("Megan Doyle", "21mdoyle"), pupil("Tyler Paterson", "21tpaterson")],
  "Apps prelim \u2013 statistics revision", "2024-12-09 16:20", """
Hi 4A1,

For the statistics questions in the prelim, please make sure you can:

- complete a cumulative frequency table and use it to find the median and quartiles;
- calculate the semi-interquartile range and say what it tells you about consistency;
- draw and interpret a box plot, and compare two box plots in a sentence;
- work out a mean from a frequency table (multiply, add up, divide by the total
  frequency \u2013 not by the number of rows!).

The most common mistake on the last test was in the analysis question: comparing two
data sets without referring to the context. "The median is higher" gets nothing. "On
average, Class A spent longer on homework because their median is higher" gets the
mark.

Drop-in is Wednesday lunchtime in M4 as usual.

Miss Lindsay
""")

M("clean", "ah_physics_cockcroft_uranus", "hard: Advanced Higher Physics reading (Cockcroft and Walton, Uranus)",
  "shaw", [pupil("Ciaran Healy", "19chealy"), pupil("Mia Robertson", "19mrobertson")],
  "AH Physics \u2013 reading for Monday", "2024-10-04 15:10", """
Hi both,

Two bits of reading for Monday.

1. Gravitation: read the section on the discovery of Neptune. The orbit of Uranus
didn't match the predictions from Newton's law, and Adams and Le Verrier worked out
that another planet must be pulling on it. It's a lovely example of a theory
predicting something before anyone had seen it, and a decent context for a
"discuss" question.

2. Particle physics: the handout on Cockcroft and Walton. In 1932 they fired protons
at lithium nuclei and split them into two alpha particles \u2013 the first nuclear
reaction produced by artificially accelerated particles. See if you can check their
energy figures using E = mc\u00b2 and the masses in the data booklet.

Mr Shaw
""", fmt="gmail")

M("clean", "higher_history_irish_race_source", "hard: Higher History source on anti-Irish sectarian report, quoted for analysis",
  "gallagher", [pupil("Ellie Crawford", "20ecrawford"), pupil("Conor Breen", "20cbreen"),
                pupil("Nadia Kowalski", "20nkowalski")],
  "Migration and Empire \u2013 source for Thursday", "2025-02-25 15:30", """
Hi 5H1,

For Thursday's lesson on the experience of Irish immigrants in Scotland, please read
the extract on Teams from the 1923 report to the General Assembly of the Church of
Scotland, "The Menace of the Irish Race to our Scottish Nationality".

Be warned, the language is offensive. It describes Irish Catholic immigrants as a
threat to the "Scottish race" and blames them for crime, poverty and drunkenness.
That is exactly why we are studying it: it tells us a great deal about the attitudes
that Irish Catholics faced in the 1920s, and it gives you excellent material for the
"evaluate the usefulness" question.

When you write about it, think about:
- the authorship (an official church committee, not a fringe group);
- the timing (just after the 1918 Education Act brought Catholic schools into the state
  system);
- what it leaves out (the Irish contribution to industry, unions and politics).

Please quote the source accurately and in quotation marks when you use it.

Mr Gallagher

""" + sig("gallagher", style=0), fmt="outlook")

M("clean", "lear_edmund_bastard", "hard: Advanced Higher English on King Lear, quoting 'bastard' and 'whoreson'",
  "mcallister", [pupil("Mia Robertson", "19mrobertson"), pupil("Katie Lynch", "19klynch"),
                 pupil("Hamza Butt", "19hbutt")],
  "Lear \u2013 Edmund's soliloquy (1.2)", "2024-09-12 16:05", """
Hi all,

Before Monday, please reread Edmund's soliloquy at the start of Act 1 Scene 2 and
annotate it for the following:

1. The repetition. "Why bastard? wherefore base? ... Why brand they us / With base?
with baseness? bastardy? base, base?" What is the effect of Edmund throwing the label
back at the audience over and over?

2. The appeal to Nature. He opens with "Thou, Nature, art my goddess", and sets
nature against "the plague of custom". How does this prepare us for the way he treats
his father?

3. The ending. "Now, gods, stand up for bastards!" Is the audience meant to laugh?
Think about Gloucester's casual joke about Edmund's conception in 1.1 ("the whoreson
must be acknowledged") and whether Shakespeare wants us to sympathise, even briefly.

We'll also look at Kent's insults to Oswald in 2.2 ("Thou whoreson zed! thou
unnecessary letter!") when we discuss language and status.

Mr McAllister
""", text_cte="quoted-printable")

M("clean", "rshp_letter_s3", "hard: RSHP (sex education) letter to parents: consent, condoms, STIs, pornography",
  "boyle", ["jane", "sam", "ali"],
  "S3 Relationships, Sexual Health and Parenthood (RSHP) lessons", "2025-01-08 12:15", """
Dear Parent/Carer,

From Monday 20 January, all S3 pupils will take part in a six-week block of
Relationships, Sexual Health and Parenthood (RSHP) lessons as part of their Personal
and Social Education. I'm writing so that you know what will be covered and can talk
about it at home if you wish.

The lessons cover:
- consent, and what it does and doesn't mean;
- healthy and unhealthy relationships, including controlling behaviour;
- contraception, including how condoms and the pill work;
- sexually transmitted infections, and where young people can get confidential advice;
- the law on sharing nude or semi-nude images, and what to do if it happens;
- pornography, and why it gives an unrealistic and often harmful picture of sex
  and relationships;
- LGBT+ relationships, in line with Scotland's inclusive education approach.

The lessons are taught by the Pupil Support team using the national RSHP resources,
which you can view online. I've attached an outline of each week.

As a parent or carer you can ask to withdraw your child from some of the sexual health
content. If you are thinking about this, please get in touch first so we can talk
about it \u2013 pupils who are withdrawn often hear a less accurate version from friends.

Kind regards,

""" + sig("boyle", style=0), fmt="outlook",
  attach=[("S3_RSHP_outline.pdf", "application/pdf",
           tiny_pdf("S3 RSHP - six week outline",
                    ["Week 1: Relationships and consent",
                     "Week 2: Puberty recap, body image and self-esteem",
                     "Week 3: Contraception (condoms, the pill, LARC)",
                     "Week 4: Sexually transmitted infections and sexual health services",
                     "Week 5: Online safety, sharing images, pornography",
                     "Week 6: LGBT+ relationships, respect and the law"]), "base64")])

M("clean", "asn_pupil_profiles", "hard: support base teacher to S1 staff: SEND/ASN terms (autism, Down's syndrome, cerebral palsy)",
  "campbell", ["mcallister", "lindsay", "weir", "odonnell", "docherty"],
  "S1 support base pupils \u2013 profiles for your classes", "2024-08-26 16:40", """
Dear colleagues,

Pupil profiles for the six S1 pupils who are based in the Pupil Support Base but come
out to mainstream classes are now on the ASN page of the staff Team. Please read the
ones for your classes before the end of the week. In brief:

A.M. (1C) \u2013 autism. Finds noise and changes of routine hard. Please warn her in
advance about cover teachers and fire drills, and let her use her exit card.

C.D. (1E) \u2013 Down's syndrome. Reading age about 8. Works well with a simplified task
and a PSA; loves practical work.

J.O'N. (1A) \u2013 cerebral palsy affecting his right side. Uses a laptop for extended
writing. Needs a seat at the end of a bench in labs.

K.R. (1C) \u2013 ADHD, medicated in the mornings. Movement breaks every 20 minutes help;
please don't keep him in at break.

L.S. and T.W. (1D) \u2013 both dyslexic. Coloured overlays, printed notes, and please
don't ask them to read aloud without warning.

If you have any questions, come and find me in the base (B corridor) or on extension
226.

Thanks,
Eilidh

""" + sig("campbell", style=0), fmt="outlook")

M("clean", "tourettes_vocal_tics", "hard: staff-only guidance on a pupil's Tourette's tics, quoting the words he may shout [unsure]",
  "campbell", ["hughes", "lindsay", "shaw", "gallagher", "brodie"], "R.D. (2B) \u2013 Tourette's and vocal tics",
  "2024-09-03 15:55", """
Dear colleagues,

R.D. in 2B has Tourette syndrome, diagnosed last year. His tics are mostly motor
(blinking, shoulder shrugging) but he also has vocal tics, which get worse when he's
tired or anxious \u2013 so the first few weeks of term are a hard time.

Some of his vocal tics are swear words (this is called coprolalia). The ones you are
most likely to hear are "shit" and "fuck", usually shouted once, sometimes followed by
a throat-clearing noise. He cannot control this and he is mortified by it.

What helps:
- Please do not sanction it, comment on it or ask him to stop. Carry on as normal.
- If other pupils react, move the lesson on quickly. His class were spoken to by his
  guidance teacher last week, with R.'s agreement.
- He has a time-out pass and may leave for a few minutes if the tics build up.
- Cover teachers should be told \u2013 please leave a note in your cover folder.

Mum is very supportive and happy for us to contact her. If you have any concerns, see
me or Fiona Boyle.

Eilidh Campbell
Pupil Support Base
""", text_cte="quoted-printable")

M("clean", "dsl_report_threat_quote", "hard: concern to DSL quoting a pupil's threat verbatim ('fucking batter you')",
  "lindsay", ["dsl"], "Concern \u2013 dinner hall, 12.40 today", "2025-03-12 13:55", """
Stuart,

Logging this as requested. I've also put it on the concerns system.

At about 12.40 today in the dinner hall I heard J.M. (3B) say to K.T. (3F), in front
of a group of about eight pupils:

"I'm gonnae fucking batter you after school, ya wee grass. You're deid."

K.T. looked frightened and left the hall. When I spoke to J.M. he said it was "just a
joke", but he also said that K.T. "told on his brother" and that his brother "would
be waiting at the gates". I don't know what this refers to.

I've spoken to K.T., who is now with Fiona Boyle in Pupil Support. She says this has
been going on online since the weekend and she's scared to walk home.

I'm free after period 5 if you want to speak to me.

Kirsty
""", cc=["boyle"])

M("clean", "dsl_disclosure_verbatim", "hard: disclosure to DSL quoting what stepdad calls pupil ('stupid wee bitch', 'slut')",
  "hughes", ["dsl"], "CONFIDENTIAL \u2013 disclosure from S2 pupil", "2024-10-22 11:08", """
Stuart,

An S2 pupil (M.F., 2D) stayed behind at the end of period 3 and told me some things
about home. I've written it down as close to her own words as I can, as per the
training, and logged it on the system at 11.05.

She said that her mum's boyfriend "calls me a stupid wee bitch and a slut when he's
had a drink" and that on Saturday night he "pushed me into the wall on the stair"
when she came in late. She showed me a bruise on her upper left arm, about the size
of a 50p. She said mum was "at her work" at the time.

She asked me not to tell anyone. I told her I couldn't keep it a secret but that I
would only tell the people who need to know to keep her safe.

She's now back in class (period 4, Maths, Miss Lindsay's room M2). She seemed calmer
after talking but said she doesn't want to go home tonight.

I'm teaching period 4 but can come out if you need me.

Rachel
""", fmt="outlook")

M("clean", "changing_room_homophobic_incident", "hard: PE incident report to pupil support/DSL quoting homophobic abuse ('poof')",
  "docherty", ["boyle", "bain"], "Incident \u2013 S3 boys' changing room, period 4", "2025-02-04 13:30", """
Fiona, Stuart,

Recording an incident from period 4 today (3E, boys' PE).

When I went into the changing room at the end of the lesson, two boys (D.H. and S.McK.)
were standing over A.R. while he was getting changed. I heard D.H. say "don't get
changed next to the poof" and S.McK. say "gay boy's staring again". A.R. was very
upset and wouldn't say anything to me at the time.

Two other pupils told me afterwards that this has been going on since Christmas and
that there's a group chat where they post about him.

I've separated them, sent D.H. and S.McK. to the base with a referral, and logged it on
SEEMiS as a prejudice-based (homophobic) incident. A.R. is with the guidance base at
the moment and has asked if he can get changed in the disabled toilet next week, which
I've said is fine for now.

I think we need to speak to A.R. about the group chat and check in with home today.

Gary
""", fmt="outlook")

M("clean", "reply_parent_abusive_quoted", "hard: calm reply to carer (Sam Carer); swearing only in the carer's quoted message",
  "macleod", ["sam"], "RE: Blazer ripped again", "2025-03-19 08:45", """
Dear Sam,

Thank you for your email. I can hear how upset and frustrated you are, and you're
right to be angry that this has happened more than once.

I've spoken to Mrs Boyle this morning. She will meet Example Pupil Two today to find
out exactly what happened and who was involved, and we will deal with the pupils
concerned. We'll replace the blazer from the school uniform stock at no cost to you
\u2013 she can collect it from the office at the end of the day.

I would like to meet you in person to go through what we are doing. Would Thursday at
4pm suit? If not, please suggest another time.

Kind regards,

Iain MacLeod
Depute Head Teacher (S4\u2013S6)
Example School, Park Row, LS1 4AP
01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 18 March 2025 22:47
To: Iain MacLeod <i.macleod@example-school.org.uk>
Subject: Blazer ripped again

This is the THIRD time she has come home with her blazer ripped and you lot are doing
fuck all about it. Same wee shite in her class every time and everyone knows who it
is. Your school is a fucking joke. I want a meeting and I want it this week.
""", fmt="outlook", reply_to_id="<AS8PR04MB9042C5A7D3E61B8@AS8PR04MB9042.eurprd04.prod.outlook.com>")

M("clean", "forward_parent_complaint", "hard: office forwards an abusive parent email to senior staff; swearing only in the forwarded text",
  "office", ["macleod", "boyle"], "FW: your PE teacher", "2024-12-02 08:20", """
Iain, Fiona,

This came into the office inbox at 23.50 last night. It's not from an address we have
on the system, but I think it's Ryan Lafferty's dad (3B) from the way it's signed. I
haven't replied and I've logged it on the complaints sheet.

I've not forwarded it to Gary yet \u2013 thought you'd want to see it first.

Linda

From: Gerry L <gerry.l1979@hotmail.co.uk>
Sent: 01 December 2024 23:50
To: office <office@example-school.org.uk>
Subject: your PE teacher

Tell that bastard of a PE teacher to stop picking on my boy. He made him do laps in
the rain in his t-shirt while the rest of them were inside. If he touches him again
I'm coming up there. Useless pricks the lot of yous.
G. Lafferty
""", fmt="outlook")

M("clean", "behaviour_policy_language", "hard: DHT to all staff on consistency over pupils' language, quoting words as examples",
  "bain", ["allstaff"], "Pupils' language \u2013 getting consistent (please read)", "2024-11-14 16:15", """
Colleagues,

Following Tuesday's SLT discussion and a number of emails from staff, this is where
we've landed on pupils' language. It will go into the revised Positive Relationships
policy in January, but please start working to it now so pupils get the same message
in every room.

1. Casual swearing not aimed at anyone (e.g. "ah shite, I've left my jotter") \u2013 a
quiet word and a reminder. Don't escalate unless it keeps happening.

2. Swearing at a member of staff ("fuck off", "you're a prick") \u2013 the pupil is
removed from the class and referred to their Pupil Support PT the same day.

3. Discriminatory language \u2013 homophobic, racist, sectarian or disability-related \u2013
is always logged on SEEMiS as a prejudice-based incident, even if the pupil says it
was a joke. This includes "that's so gay" used as an insult, "retard" or "spaz", and
sectarian terms such as "Fenian" and "Hun", which we hear more of around Old Firm
weekends.

4. Scots is not swearing. "Pish", "bampot", "numpty" or "gonnae no dae that" are not
sanctionable in themselves. Judge the tone and who it's aimed at, as you would with
any other words.

Thanks for your patience with this one. I know there have been strong views.

Stuart

""" + sig("bain", style=0), fmt="outlook")

M("clean", "german_false_friends", "hard: German vocabulary false friends (Fahrt, Gift, dick, Kunst) and French 'phoque'",
  "odonnell", [pupil("Ava Reid", "22areid"), pupil("Lewis Grant", "22lgrant"), pupil("Eva Novak", "22enovak")],
  "German \u2013 travel vocab and false friends", "2024-11-05 16:00", """
Hallo 3L2!

Here's the vocab from today, as promised. Learn the top ten for the quiz on Monday.

die Fahrt \u2013 journey, trip (Gute Fahrt! = Have a good journey!)
die Ausfahrt \u2013 exit (motorway), die Einfahrt \u2013 entrance (for cars)
der Bahnhof \u2013 station
die Fahrkarte \u2013 ticket
der Rock \u2013 skirt (not rock music!)
das Gift \u2013 poison (yes, really \u2013 don't give anyone a Gift)
dick \u2013 fat, thick (ein dickes Buch = a thick book)
die Kunst \u2013 art (Kunst is one of your school subjects)
bald \u2013 soon (nothing to do with hair)
also \u2013 so, therefore

I know some of these made you laugh today. That's fine \u2013 it's the best way to
remember them! But in the quiz I want the German, spelled correctly, with the right
article.

And for those of you also doing French: le phoque is a seal. Pronounce it carefully.

Frau O'Donnell
""", fmt="gmail", text_cte="8bit")

M("clean", "panto_dick_whittington", "hard: S1 panto trip to see 'Dick Whittington'",
  "brodie", ["jane", "sam", "ali"], "S1 theatre trip \u2013 Dick Whittington", "2024-11-18 13:30", """
Dear Parent/Carer,

As a Christmas treat for S1, the Drama department is taking the year group to see
this year's pantomime, Dick Whittington, at a city centre theatre on the afternoon of
Wednesday 11 December.

We will leave school by coach at 12.30, straight after an early lunch, and return by
about 4.15pm. Pupils should wear school uniform and bring a warm jacket. They may
bring a small amount of money (no more than \u00a35) for sweets at the interval.

The cost is \u00a318, which includes the ticket and transport. Please pay through ParentPay
by Friday 29 November. If the cost is a difficulty, please contact the school office
in confidence \u2013 we don't want anyone to miss out.

Afterwards, S1 will write reviews of the show in their Drama lessons, looking at how
the dame, the villain (King Rat, boo!) and the audience participation work. If you go
to a panto yourselves over the holidays, they'll be experts.

Kind regards,

Miss L Brodie
Teacher of Drama
Example School, Park Row, LS1 4AP
01632 960000
""", fmt="outlook")

M("clean", "janitor_stopcock_knob", "hard: facilities notice (stopcock, ballcock, door knob) with Scots vocabulary",
  "reilly", ["allstaff"], "Water off B corridor Thursday + a few other bits", "2025-01-21 14:05", """
Afternoon all,

Few things from me.

1. The plumber is in on Thursday to replace the stopcock in the HE department and the
ballcock in the boys' toilets on B corridor. Water will be off on B corridor from 8 till
about 10. HE, your practical classes period 1 and 2 will need to move \u2013 Jenna knows.

2. The door knob on B12 came off in a wean's hand this morning. New one is on order.
Till then please don't shut that door fully or you'll be climbing out the window.

3. Grit bins have been filled. If you see ice anywhere on the paths, especially the
steps down to the close at the back, tell me or the office and we'll get on it.

4. Please stop propping the fire door at the bottom of the C stair open with a chair.
I know it's warm in there but it's a fire door.

Cheers,
Tam

Tam Reilly
Facilities Manager
Example School, Park Row, LS1 4AP
""", client="iphone")

M("clean", "equalities_eid_pakistani_pride", "hard: equalities group note: Eid, Pakistani community centre, LGBT+ group at Pride",
  "rashid", ["allstaff"], "Equalities group \u2013 Eid, Pride and more", "2025-03-10 12:40", """
Hi everyone,

A few things from the Equalities group this term.

Eid al-Fitr
Eid is expected to fall on Sunday 30 or Monday 31 March this year. Lots of our pupils
from Glasgow's Pakistani, Bangladeshi, Arab and Somali communities will be marking it,
and some will be off on the Monday for family celebrations \u2013 please be understanding
about homework deadlines that week. The South Side Pakistani Community Centre has
offered to send a speaker to the S1 RMPS classes after the holidays; Scott is arranging
that.

Ramadan
Fasting pupils may be tired, especially in the afternoons and in PE. The library is
open at lunchtime as a quiet space for anyone who is fasting.

LGBT+ group
Our Rainbow Group (S1\u2013S6) now meets on Wednesdays at lunch in E3. They are hoping to
march with the schools' contingent at Glasgow Pride in June and are looking for two
more members of staff to volunteer. If you'd be happy to, let me know.

Black History Month
Thank you to everyone who took part in October. The feedback from pupils was brilliant.

Aisha
(on behalf of the Equalities group)
""", fmt="outlook")

M("clean", "breakfast_club_scots_numpty", "hard: breakfast club volunteers' update in Glaswegian Scots (numpty, bampot, greeting, messages)",
  "semple", ["hughes", "sinclair", "mackay"], "Breakfast club this week", "2024-09-16 15:50", """
Hiya all,

Just a wee update for the breakfast club rota.

First of all I'm a total numpty \u2013 I left the messages for the club in the boot of my
car all weekend, so if the yoghurts taste a bit funny this week, that's why. Don't
eat them. New ones coming Wednesday.

Thanks to everyone who came in last week. It was busier than ever, nearly 90 on
Thursday. A couple of the S1 weans were greeting at the door on Tuesday, first time
on their own, and one wee boy had been sitting on the stair in his close since half
seven because his mum starts work early. Rory, you were brilliant with him, he's been
in every day since.

Whoever the bampot was that put the toaster through the dishwasher \u2013 aye, I know it
was me. It's done. We've got a new one from the office.

Rota for next week is on the board in the dining hall. If you can't do your day, swap
with someone and let me know.

Heather x
""", text_cte="8bit")


# ==========================================================================
# CLEAN, everyday school mail
# ==========================================================================
M("clean", "school_photos", "everyday: office letter to parents about school photographs",
  "office", ["jane", "sam", "ali"], "School photographs \u2013 Tuesday 17 September", "2024-09-09 12:30", """
Dear Parent/Carer,

Our school photographer will be in on Tuesday 17 September to take individual and
sibling photographs for all year groups, S1 to S6.

S1 pupils will be photographed in their registration classes first thing, and the
rest of the school will be called down by class from period 2 onwards. If you would
like a family photograph taken with a brother or sister who is also at Example
School, please ask your child to hand the yellow slip (on the letter that went home
last week) in to the office by Monday.

Pupils should come in full school uniform, including blazer and tie. Proofs will be
sent home about three weeks later and orders are made online \u2013 there is no
obligation to buy.

If your child is absent on the day there will be a catch-up session on Thursday 3
October.

Kind regards

""" + sig("office", ["office@example-school.org.uk"], style=0), fmt="outlook")

M("clean", "attendance_check_sam", "everyday: attendance officer checks an unexplained absence with carer",
  "attendance", ["sam"], "Example Pupil Two \u2013 absence today", "2024-10-01 09:40", """
Dear Sam,

Example Pupil Two was marked absent at registration this morning and we haven't had a
phone call or a message through the app, so I'm just checking in.

If she's unwell, no bother at all \u2013 could you reply to this email or phone the
absence line on 01632 960000 (option 1) so I can update her record? If she's just
running late, she needs to sign in at the office when she arrives.

Thanks very much,

""" + sig("attendance", style=1))

M("clean", "maths_homework_s3", "everyday: maths homework reminder to S3 pupils",
  "lindsay", [pupil("Amy McGowan", "22amcgowan"), pupil("Tom O'Brien", "22tobrien"), pupil("Lucy Chen", "22lchen")],
  "Homework \u2013 due Thursday", "2024-10-08 15:45", """
Hi 3M2,

Just a reminder that the homework on simultaneous equations (exercise 7B, questions
1\u201312) is due in on Thursday. You can hand it in on paper or upload a photo to the
class Team, whichever is easier.

A few of you asked about question 9 in class today. The trick is to multiply the top
equation by 3 first so the y's cancel \u2013 don't try to do it all in your head.

If you're stuck, come along to maths drop-in on Wednesday at lunch in M4. There will
be biscuits (probably).

Miss Lindsay
""")

M("clean", "chem_prelim_reply_jane", "everyday: chemistry teacher reassures parent (Jane Parent) after prelim, Outlook quote",
  "rashid", ["jane"], "RE: Higher Chemistry prelim", "2025-01-21 16:35", """
Dear Ms Parent,

Thank you for getting in touch, and please try not to worry too much. I know a C in
the prelim felt like a blow, but it's a very normal result at this point in the year.

Example Pupil One's main problem was time rather than understanding. She left the last
two extended questions almost blank, and those were on topics she knows well (redox,
and calculations from balanced equations). The marks she did pick up were solid.

What I'd suggest:
- Higher Chemistry supported study runs every Tuesday, 3.30\u20134.30, in Lab S7. She'd
  be very welcome.
- I'll give her two timed past papers to do at home before the February break, and
  I'll go through them with her.
- The past papers and marking instructions are on the SQA website. I'd rather she did
  a few of those against the clock than reread her notes.

If it would help, I'm happy to have a quick phone call \u2013 just ring the school on
01632 960000 after 3.45 and ask for the Science department.

Kind regards,

Aisha Rashid
Teacher of Chemistry
Example School, Park Row, LS1 4AP
01632 960000

From: Jane Parent <jane.parent@gmail.com>
Sent: 20 January 2025 21:14
To: Aisha Rashid <a.rashid@example-school.org.uk>
Subject: Higher Chemistry prelim

Dear Miss Rashid,

Example Pupil One came home very upset about her prelim result. She got a C and she's
worried it means she'll fail in May. Is there anything she can be doing at home? She
says she understands it in class but panics in the exam.

Thanks,
Jane Parent
""", fmt="outlook", reply_to_id="<CAF3kLw9zQ1pXbV7mRt2eNc8HgY4jUo0sDa6@mail.gmail.com>")

M("clean", "ski_trip_final_payment", "everyday: ski trip update to parents with kit list PDF",
  "docherty", ["jane", "sam", "ali"], "Ski trip to Andorra \u2013 final payment and kit list", "2024-12-02 16:50", """
Dear Parents and Carers,

With just under ten weeks to go, here's a quick update on the S3/S4 ski trip to
Soldeu, Andorra (Saturday 8 \u2013 Saturday 15 February).

Final payment
The final instalment of \u00a3285 is due by Friday 10 January. You can pay through
ParentPay as before. If this is going to be difficult, please contact Mr Murray in the
school office in confidence \u2013 nobody will be left behind because they need a payment
plan.

Passports and GHIC
Please check now that your child's passport is valid until at least August 2025, and
that they have a GHIC card. We'll collect photocopies at the parents' meeting.

Parents' meeting
There will be a short meeting in the assembly hall on Wednesday 22 January at 6.30pm.
We'll go through the itinerary, the ski school groups and the travel arrangements
(it's a long day \u2013 we leave Park Row at 4am).

Kit
The full kit list is attached. The things people usually forget are a proper warm hat,
ski socks (not football socks!) and sunscreen. Ski jackets and salopettes can be
borrowed from the school store \u2013 just let me know sizes by the end of term.

Any questions at all, give me a shout.

""" + sig("docherty", style=0), fmt="outlook",
  attach=[("Andorra_ski_kit_list.pdf", "application/pdf",
           tiny_pdf("Ski trip 2025 - kit list",
                    ["Ski jacket and salopettes (can be borrowed from school)",
                     "Thermal base layers x2, fleece or warm mid layer",
                     "Ski socks x4 pairs, gloves x2 pairs, warm hat, neck warmer",
                     "Goggles and sunglasses, sunscreen SPF 30+, lip balm",
                     "Passport, GHIC card, any medication (labelled)",
                     "Small rucksack for the slopes, swimming costume for the pool"]), "base64")])

M("clean", "inservice_programme", "everyday: head teacher's in-service day programme to all staff",
  "fraser", ["allstaff"], "In-service day \u2013 Monday 18 November \u2013 programme", "2024-11-13 17:20", """
Dear colleagues,

Here is the programme for Monday's in-service day. Tea and coffee from 8.30 in the
staffroom; the Home Economics department have very kindly offered to make scones again.

8.45 \u2013 9.15  Welcome and update (Assembly Hall) \u2013 MF
9.15 \u2013 10.30  Child protection refresher \u2013 Stuart Bain. Mandatory for all staff,
including support staff and the facilities team.
10.30 \u2013 10.45  Break
10.45 \u2013 12.15  Faculty time: moderation of S4 National 5 coursework. PTs, please send me
a one-line summary of what you covered by Wednesday.
12.15 \u2013 1.00  Lunch
1.00 \u2013 2.30  Workshops (choose one):
- Supporting pupils with dyslexia in the classroom (Eilidh Campbell, Library)
- Using Teams for supported study (Paul Gilmour, C12)
- Restorative conversations (Fiona Boyle, B3)
2.30 \u2013 3.30  Faculty or personal time

Please sign up for a workshop on the sheet on the staffroom noticeboard by Thursday.

Many thanks,
Morag

""" + sig("fraser", style=0), fmt="outlook")

M("clean", "english_dept_notes", "everyday: PT English's department meeting notes (mentions Dickens naturally)",
  "baxter", ["mcallister", "hughes"], "Dept meeting notes \u2013 5 Sept", "2024-09-06 12:55", """
Hi both,

Notes from yesterday, as promised. Shout if I've missed anything.

1. Higher folio deadlines
Draft creative piece: Friday 27 September. Draft discursive: Friday 1 November. Final
versions of both by Friday 14 February \u2013 earlier than last year because of the upload
date. Craig to put the dates on the Higher Team.

2. Nat 5 Scottish text
Staying with the Carol Ann Duffy poems for 4A, 4B and 4C. 4D (Rachel's class) will do
The Cone-Gatherers as planned. I'll order another 15 copies \u2013 the last lot seem to
have walked.

3. S1 reading
S1 library visits start the week beginning 16 September. Janet has pulled out a box of
graphic novels and some of the easier Dickens adaptations for reluctant readers. A
Christmas Carol went down really well last year.

4. Moderation
Cross-marking of Nat 5 critical essays at the in-service day. Please bring two scripts
each: one you think is borderline C/D and one strong one.

5. AOB
The projector in E4 is still faulty. I've logged it with Paul again.

Next meeting: Thursday 3 October, 3.40, E2.

Moira

""" + sig("baxter", style=2), text_cte="8bit")

M("clean", "december_newsletter_html", "everyday: HTML-only December newsletter to parents",
  "office", ["jane", "sam", "ali"], "Example School \u2013 December newsletter", "2024-12-06 15:00", "",
  fmt="html", html_cte="base64", html="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>December newsletter</title>
</head>
<body style="margin:0;padding:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d3b6e;color:#ffffff"><h1 style="margin:0;font-size:24px">Example School</h1>
<p style="margin:4px 0 0 0">December newsletter</p></td></tr>
<tr><td>
<p>Dear Parents and Carers,</p>
<p>It has been a busy and happy term, and I'd like to thank you all for your support. Here are some of the highlights, and some dates for your diary.</p>

<h2 style="font-size:18px;color:#1d3b6e">Christmas concert</h2>
<p>Our Christmas concert is on <strong>Tuesday 17 December at 7pm</strong> in the Assembly Hall, with the senior choir, the S1 ceilidh band and the staff ensemble (by popular demand). Tickets are &pound;3 from the school office, and the S6 committee will be selling mulled apple juice and mince pies at the interval.</p>

<h2 style="font-size:18px;color:#1d3b6e">S6 food bank collection</h2>
<p>Our S6 pupils are collecting for the local food bank until Friday 13 December. Tins, pasta, rice, toiletries and selection boxes would all be very welcome. There is a collection point at the main entrance.</p>

<h2 style="font-size:18px;color:#1d3b6e">Well done!</h2>
<ul>
<li>Our S2 quiz team won the city schools' quiz final at the City Chambers.</li>
<li>Fourteen pupils completed their Bronze Duke of Edinburgh's Award this term.</li>
<li>The senior girls' football team reached the Scottish Cup quarter-final.</li>
</ul>

<h2 style="font-size:18px;color:#1d3b6e">Prelims</h2>
<p>S5 and S6 prelim examinations start on Monday 13 January. Timetables have been given to pupils and are on the school website. Supported study continues over the first week back.</p>

<h2 style="font-size:18px;color:#1d3b6e">Winter weather</h2>
<p>If the school has to close because of snow or ice, we will post on the school website and social media and send a text through the school app by 7.30am. Please do not phone the school, as this blocks the lines.</p>

<h2 style="font-size:18px;color:#1d3b6e">Holiday dates</h2>
<p>School closes for Christmas at <strong>1pm on Friday 20 December</strong> and reopens on <strong>Monday 6 January</strong>.</p>

<p>On behalf of all the staff, I wish you a very happy Christmas and a peaceful new year.</p>
<p>Morag Fraser<br>Head Teacher</p>
</td></tr>
<tr><td style="background:#eeeeee;font-size:12px;color:#555">Example School, Park Row, LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</td></tr></table>
</body>
</html>
""")

M("clean", "nat5_essay_topic_reply", "everyday: teacher replies to S4 pupil's question about essay topic, Gmail-style quote",
  "hughes", [pupil("Ellie Donnachie", "21edonnachie")], "Re: Nat 5 persuasive essay topic", "2024-09-30 08:15", """
Hi Ellie,

Yes, that's a good topic. Votes at 16 works well because there's plenty of evidence
on both sides, and Scotland already lets 16-year-olds vote in Holyrood and council
elections, so you've got a real example to use.

Two things to watch:
- Keep it persuasive, not discursive. You're arguing one side. Acknowledge the other
  side in one paragraph and then take it apart.
- Use at least three sources and note them down as you go. You'll need to list them
  at the end.

Bring your plan on Monday and we'll look at it together.

Mrs Hughes

On Sun, 29 Sept 2024 at 19:47, Ellie Donnachie <21edonnachie@pupils.example-school.org.uk> wrote:
> Hi Mrs Hughes, is it ok if I do my persuasive essay on votes at 16? My mum says
> its a boring topic but I think its interesting. Also do we need to have the
> sources yet
> Thanks
> Ellie
""", fmt="gmail", reply_to_id="<CAH8pQz1rT5mWnB3xKc7vLd2eJs9uYo4gFi0@mail.gmail.com>")

M("clean", "copier_invoice_query", "everyday: business manager queries a supplier invoice",
  "murray", [("Accounts", "accounts@clydeprintsolutions.example.com")], "Invoice INV-40917 \u2013 copier lease",
  "2024-11-06 10:18", """
Hello,

We've received invoice INV-40917 for the quarterly lease and click charges on our
three copiers, but the mono click count for the machine in the Social Subjects base
(serial ending 4471) looks far too high \u2013 61,000 copies in the quarter, against about
9,000 normally.

I suspect a meter reading error, as that machine was out of action for almost three
weeks in October waiting on a part. Could you check the readings your engineer took on
2 October and 28 October, and reissue the invoice if needed?

Our purchase order number is EX/24/0381. We'll hold payment on this one invoice until
we hear from you, but the others are being processed as usual.

Many thanks,

""" + sig("murray", style=0))

M("clean", "dofe_bronze_dates", "everyday: DofE Bronze expedition dates to S3 pupils",
  "devlin", [pupil("Ava Reid", "22areid"), pupil("Kyle Thomson", "22kthomson"), pupil("Isla Burns", "22iburns"),
             pupil("Ben Murphy", "22bmurphy")],
  "DofE Bronze \u2013 practice expedition dates", "2025-03-06 15:40", """
Hi all,

Dates are now confirmed for the Bronze practice expedition: Saturday 26 \u2013 Sunday 27
April, in the Campsie Fells. The qualifying expedition will be Saturday 17 \u2013 Sunday
18 May near Loch Ard.

Before then you need to:
- finish your route cards in your groups (due 28 March);
- come to at least two of the Thursday training sessions \u2013 we'll be doing map
  reading, the Trangia stoves and putting tents up in the games hall;
- get the medical and consent form back to me. I still need forms from about a third
  of you.

If you need to borrow a rucksack, boots or a sleeping bag, the school store has loads.
Tell me your size and I'll sort it.

Mr Devlin
""", fmt="gmail")

M("clean", "sqa_exams_study_leave", "everyday: depute's letter on SQA exams and study leave with timetable PDF",
  "macleod", ["jane", "sam", "ali"], "SQA examinations and study leave \u2013 S4 to S6", "2025-03-27 14:00", """
Dear Parent/Carer,

The SQA examination diet begins on Tuesday 22 April and runs until Friday 30 May.
Each candidate will receive a personal timetable in the next fortnight; the full
school timetable is attached.

Study leave
S4 pupils: study leave starts after their last class on Friday 25 April.
S5 and S6 pupils: study leave starts after their last class on Friday 18 April.
During study leave, pupils only need to come in for their exams and for any supported
study sessions their teachers have arranged. The library is open from 8.30 to 4.00
every day for quiet study.

On the day
Candidates should arrive at least 20 minutes before the start of each exam, with a
clear pencil case and a calculator where allowed. Mobile phones, smart watches and
earbuds must be handed in at the door \u2013 having one in the exam room, even switched
off, can lead to the paper being cancelled.

Illness
If your child is unwell on the day of an exam, please phone the school on 01632 960000
as early as possible, and we will tell you what evidence is needed.

We are very proud of how hard our senior pupils have been working, and we wish them
all the very best.

Yours sincerely,

""" + sig("macleod", style=0), fmt="outlook",
  attach=[("SQA_exam_timetable_2025.pdf", "application/pdf",
           tiny_pdf("SQA examination timetable 2025 - Example School",
                    ["Tue 22 April: English (N5, Higher)",
                     "Wed 23 April: Modern Studies, Physics",
                     "Fri 25 April: Mathematics Paper 1 and Paper 2 (N5)",
                     "Mon 28 April: Chemistry (Higher), Geography (N5)",
                     "Full timetable continues to Friday 30 May.",
                     "Arrive 20 minutes early. Phones handed in at the door."]), "base64")])

M("clean", "cover_p3_two_lines", "everyday: two-line cover request",
  "cockburn", ["shaw"], "Cover P3", "2024-10-10 08:32", """
Kenny \u2013 could you cover Mr Kerr's S1 class period 3 in G2? Work is on the desk. Thanks, Shona
""", client="outlook")

M("clean", "music_store_key", "everyday: two-line request to facilities manager",
  "brodie", ["reilly"], "Music store key", "2024-10-16 10:51", """
Hi Tam, any chance you could drop the key for the music store up to the drama studio at lunch? The wee ones need the staging blocks for rehearsal. Cheers, Laura

Sent from my iPhone
""", client="iphone")

M("clean", "s2_tracking_report", "everyday: office tells parents the S2 tracking report is ready",
  "office", ["jane", "sam", "ali"], "S2 tracking report now available", "2025-02-03 13:00", """
Dear Parent/Carer,

Your child's S2 tracking report is now available in the Parents Portal.

The report shows, for each subject, the level your child is working at, their effort
and behaviour in class, and one next step from their teacher. Please take some time to
read it with your child \u2013 the next steps are the most useful part.

S2 is an important year because pupils will soon choose the subjects they will study
in S3. Our S2 course choice evening is on Thursday 27 February from 6pm, when you can
speak to subject teachers and the Pupil Support team.

If you have any questions about the report, please contact your child's Pupil Support
teacher through the school office on 01632 960000.

If you have forgotten your Parents Portal login, use the "reset password" link on the
login page, or reply to this email and we'll help.

Kind regards,

""" + sig("office", style=1), fmt="outlook", text_cte="quoted-printable")

M("clean", "supported_study_timetable", "everyday: supported study timetable to S5/S6 pupils, HTML table",
  "macleod", [pupil("Josh Kane", "20jkane"), pupil("Aimee Toner", "20atoner"), pupil("Mia Robertson", "19mrobertson"),
              pupil("Ross Hamill", "20rhamill")],
  "Supported study \u2013 timetable from 27 January", "2025-01-23 12:10", """
Hi S5 and S6,

Supported study starts again on Monday 27 January and runs until the Easter holidays.
Everyone is welcome \u2013 you don't need to sign up, just turn up.

Monday: English (E2), Modern Studies (G5)
Tuesday: Chemistry (S7), Mathematics (M3)
Wednesday: Biology (S4), History (H1), Art portfolio time (A2)
Thursday: Physics (S2), Geography (G4), Computing Science (C12)
Friday lunchtime: Modern Languages (L3)

All after-school sessions run from 3.30 to 4.30. There will be juice and toast in the
dining hall from 3.20 for anyone staying.

If you're going for a Higher in May, this is the single most useful hour of your week.

Mr MacLeod
""", fmt="outlook", html=OUTLOOK_HEAD + """<p class="MsoNormal">Hi S5 and S6,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Supported study starts again on Monday 27 January and runs until the Easter holidays. Everyone is welcome &#8211; you don&#8217;t need to sign up, just turn up.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Monday</b></td><td>English (E2), Modern Studies (G5)</td></tr>
<tr><td><b>Tuesday</b></td><td>Chemistry (S7), Mathematics (M3)</td></tr>
<tr><td><b>Wednesday</b></td><td>Biology (S4), History (H1), Art portfolio time (A2)</td></tr>
<tr><td><b>Thursday</b></td><td>Physics (S2), Geography (G4), Computing Science (C12)</td></tr>
<tr><td><b>Friday lunchtime</b></td><td>Modern Languages (L3)</td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">All after-school sessions run from 3.30 to 4.30. There will be juice and toast in the dining hall from 3.20 for anyone staying.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If you&#8217;re going for a Higher in May, this is the single most useful hour of your week.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mr MacLeod<o:p></o:p></p>
</div>
</body>
</html>
""")

M("clean", "lost_property_mountain", "everyday: facilities manager on lost property",
  "reilly", ["allstaff"], "Lost property", "2024-12-11 12:25", """
Hi all,

The lost property in the PE corridor is now officially out of control. We've got 43
jackets, about 60 jumpers, a full bag of gym shoes, six water bottles with no lids,
and one wee pink bike helmet that nobody will admit to.

Could you please mention it to your registration classes this week? Everything will be
laid out on tables in the dining hall on Monday and Tuesday at lunch. Anything still
there at the end of term will go to the uniform swap rail or the charity shop on
Dumbarton Road.

If it's got a name in it, it'll go back to the pupil's reg class, so please remind them
to put names in their blazers.

Cheers,
Tam
""", client="iphone")

M("clean", "s4_parents_evening_booking", "everyday: S4 parents' evening booking to parents (Gmail-style alt)",
  "office", ["jane", "sam", "ali"], "S4 Parents' Evening \u2013 Thursday 7 November \u2013 booking now open",
  "2024-10-24 10:00", """
Dear Parent/Carer,

The S4 Parents' Evening will be held on Thursday 7 November from 4.30pm to 7.00pm in
the Assembly Hall and dining hall.

Appointments are five minutes long and are booked online through the school booking
system. You will find the link in the Parents Portal. Booking closes at midnight on
Monday 4 November.

This is a really important evening in the National 5 year. Teachers will be able to
talk about your child's progress towards their exams and what they can do at home to
help.

If you cannot attend in person, you can request a phone appointment instead by
replying to this email with your child's name and class.

Pupils are very welcome to come along with you.

Kind regards,

Linda Paterson
Office Manager
Example School, Park Row, LS1 4AP
01632 960000
""", fmt="gmail")

M("clean", "clothing_grant_reply_ali", "everyday: reply to parent (Ali Guardian) about clothing grant and free meals, Outlook quote",
  "murray", ["ali"], "RE: Help with school uniform", "2024-09-03 11:42", """
Dear Mr Guardian,

Thank you for getting in touch, and I'm sorry to hear about your job.

The school clothing grant and free school meals are both applied for through the
council rather than the school. There's a single online form on the council website
(search for "clothing grant and free school meals") and you can apply at any time of
year. The clothing grant for a secondary pupil is \u00a3150, paid straight into your bank
account.

If you'd like help with the form, please come into the school office any afternoon
this week and Linda or I will sit down and go through it with you. It takes about
fifteen minutes.

In the meantime, we have a uniform swap rail at the school with blazers, ties, shirts
and PE kit in all sizes. It's completely free. Example Pupil Three is welcome to pick
up whatever he needs \u2013 he can just come to the office at lunchtime and ask for me.

Kind regards,

Alan Murray
Business Manager
Example School, Park Row, LS1 4AP
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 02 September 2024 20:03
To: office <office@example-school.org.uk>
Subject: Help with school uniform

Hi, I've just lost my job and someone said there's help with school uniform. Who do I
ask? Example Pupil Three has grown out of everything over the summer. Thanks, Ali
""", fmt="outlook", reply_to_id="<5f2a91c7.4e0b.41d3.b8a2.c0ffee00a3b1@btinternet.com>")

M("clean", "library_overdue", "everyday: librarian's overdue-book reminder to a pupil",
  "orr", [pupil("Aidan Devine", "23adevine")], "Library books overdue", "2024-10-18 13:20", """
Hi Aidan,

You've still got two books out from the library, Holes and The Hunger Games, which
were due back on Friday 4 October.

There's no fine, so don't worry \u2013 just bring them back as soon as you can. Someone
else is waiting for The Hunger Games and keeps asking me about it!

If you've lost one, come and see me and we'll sort it out.

Mrs Orr
School Librarian
""")

M("clean", "work_experience_employer", "everyday: DYW coordinator confirms work experience with an employer",
  "mackay", [("Karen Lowrie", "karen.lowrie@riversidemotors.example.com")],
  "Work experience \u2013 Jamie Reid, 2\u20136 June", "2025-05-12 11:30", """
Dear Karen,

Thank you for agreeing to take one of our S4 pupils, Jamie Reid, for work experience
in your workshop from Monday 2 to Friday 6 June.

Jamie is very keen on a motor vehicle apprenticeship and has been doing the Automotive
Skills course at college one afternoon a week this year, so he has some basic
knowledge of the workshop already.

To confirm the arrangements:
- Hours: 8.30am to 4.00pm, or your normal hours if these are different.
- Jamie will bring his own steel-toe boots; overalls would be appreciated if you have
  a spare set.
- If Jamie is absent or there are any problems, please phone the school office on
  01632 960000 as early as possible.

I've attached the placement health and safety checklist. Could you complete it and
return it to me by Friday 23 May? It's the same form as last year.

I'll phone during the week to see how he's getting on.

Many thanks again,

""" + sig("mackay", style=0), fmt="outlook",
  attach=[("Placement_HS_checklist.pdf", "application/pdf",
           tiny_pdf("Work placement - health and safety checklist",
                    ["Employer: ______________________",
                     "1. Has the pupil been given a site induction?  Y / N",
                     "2. Is PPE provided where needed?  Y / N",
                     "3. Named supervisor: ______________________",
                     "4. Employer's liability insurance in place?  Y / N",
                     "Return to: DYW Coordinator, Example School, Park Row, LS1 4AP"]), "base64")])

M("clean", "ed_psych_consultation", "everyday: support base teacher arranges educational psychologist consultation",
  "campbell", [("Dr Fiona Lennox", "f.lennox@edpsych.citycouncil.example.org")],
  "Consultation request \u2013 S1 pupil (L.P.)", "2024-11-04 15:25", """
Dear Dr Lennox,

I'd like to request a consultation about an S1 pupil, L.P., who transferred to us in
August. She spends most of her day in our Pupil Support Base and is finding the move
from primary very difficult.

Briefly: she has a diagnosis of autism from the primary years, her attendance has
dropped to 71% since the October break, and her mum reports that she is very anxious
in the mornings and sometimes can't leave the house. In school she copes well in the
base but has not managed to stay in a mainstream class for more than ten minutes.

Mum is keen to be involved and has given consent for the referral. The staged
intervention paperwork is attached to our referral on the system.

Would any of the following suit for a meeting in school?
- Tuesday 19 November, 9.30am
- Thursday 21 November, 1.30pm
- Monday 25 November, any time after 11am

Many thanks,

Eilidh Campbell
Teacher, Pupil Support Base
Example School, Park Row, LS1 4AP
01632 960000
""")

M("clean", "christmas_concert_rehearsals", "everyday: music teacher to choir pupils about extra rehearsals",
  "sinclair", [pupil("Orla Gallacher", "23ogallacher"), pupil("Nathan Cowan", "22ncowan"),
               pupil("Grace Wilson", "21gwilson")],
  "Christmas concert \u2013 extra rehearsals", "2024-12-04 15:30", """
Hi Senior Choir,

Just three weeks to go! We're sounding great, but the new arrangement of "Fairytale of
New York" (school version, don't worry) still needs work, so I'm adding two extra
rehearsals:

- Tuesday 10 December, 3.30\u20134.30, Music room 1
- Friday 13 December, lunchtime, Assembly Hall (with the band)

The dress rehearsal is on the day, Tuesday 17 December, from 2pm. You'll be excused
from period 6 \u2013 I'll send the list to your teachers.

Aye, I know some of you have prelim revision too. If you absolutely can't make one of
the extra rehearsals, just let me know. Don't just not turn up.

Black tops and dark trousers or skirts for the concert, please.

Mr Sinclair
""", text_cte="8bit")

M("clean", "staff_christmas_jumper_day", "everyday: staff social and charity jumper day note",
  "boyle", ["allstaff"], "Christmas jumper day, Secret Santa and the staff night out",
  "2024-11-29 12:45", """
Hi everyone,

Three festive things from the social committee.

1. Christmas Jumper Day is Friday 13 December. Pupils and staff can wear a Christmas
jumper with uniform for a \u00a31 donation to the food bank. Bonus points for anything
that lights up.

2. Secret Santa: names are in the envelope on the staffroom noticeboard. Please take
one by Wednesday. Limit is \u00a35, and please nothing that needs to go back to the shop.

3. Staff night out: Friday 13 December, in a wee Italian place in the Merchant City.
Three courses for \u00a332. If you're coming, give your name and menu choice to Niamh
or me by Friday 6th. Partners very welcome.

Fiona
""", fmt="outlook")

M("clean", "glow_password_reset", "everyday: IT technician on S1 Glow passwords and MFA",
  "gilmour", ["allstaff"], "S1 Glow passwords and new sign-in prompt", "2024-08-28 09:05", """
Morning all,

Two quick IT things.

1. S1 Glow passwords
All S1 pupils have now been issued their Glow usernames and temporary passwords in
registration. If a pupil can't log in, please don't reset it yourself through the
admin page \u2013 send them to the IT office (C10) at interval or lunch with their
username written down, and I'll sort it in two minutes.

2. New sign-in prompt for staff
From Monday, when you sign in to Glow off site you'll be asked to approve the sign-in
on the authenticator app. If you haven't set this up yet, there's a one-page guide on
the staff Team under IT > Guides. I'll be in the staffroom at interval on Thursday and
Friday if you'd like a hand.

Cheers,
Paul
IT Technician | ithelp@example-school.org.uk | ext 210
""")

M("clean", "faculty_meeting_ics", "everyday: meeting invite with .ics attachment",
  "kerr", ["socsubs"], "Faculty meeting \u2013 S3 course choices", "2025-01-29 12:05", """
Hi all,

Invite for our next faculty meeting attached. Main item: planning for the S3 course
choice evening on 20 February, including who is doing the stalls.

Please bring your subject leaflets (draft is fine).

Euan
""", attach=[("invite.ics", "text/calendar", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:r33-faculty-20250205@example-school.org.uk
DTSTAMP:20250129T120500Z
DTSTART;TZID=Europe/London:20250205T154000
DTEND;TZID=Europe/London:20250205T164500
SUMMARY:Social Subjects faculty meeting - S3 course choices
LOCATION:G4
ORGANIZER;CN=Euan Kerr:mailto:e.kerr@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Social Subjects Faculty:mailto:socialsubjects@example-school.org.uk
DESCRIPTION:Planning for the S3 course choice evening (20 February). Bring subject leaflets.
END:VEVENT
END:VCALENDAR
""", "7bit")])

M("clean", "college_reference", "everyday: depute writes a college reference for an S6 pupil",
  "macleod", [("Admissions", "admissions@citycollege.example.org")], "Reference \u2013 Dylan Harkins (HNC Social Sciences)",
  "2025-02-20 16:10", """
Dear Admissions team,

I am pleased to provide a reference for Dylan Harkins, who has applied for the HNC
Social Sciences course starting in August 2025. I have known Dylan as his Pupil
Support teacher and then as his depute since S3.

Dylan gained National 5 passes in English, Mathematics, Modern Studies, History and
Biology, and achieved Higher Modern Studies (B) and Higher English (C) last year. This
year he is studying Higher History, Higher Psychology and Higher Sociology through
our consortium arrangement, and his teachers predict B grades in all three.

What stands out most about Dylan is his maturity. He has been a mentor to S1 pupils
through our buddy scheme for two years, and he volunteers every week at the breakfast
club, where staff describe him as calm, reliable and kind. He had a difficult S4 for
family reasons, and the way he has come back from that speaks very well of him.

He is thoughtful in class discussion, willing to ask for help, and well organised.
I have no hesitation in recommending him for your course.

Yours faithfully,

""" + sig("macleod", style=0), fmt="outlook")

M("clean", "fwd_severe_weather", "everyday: head forwards council severe weather guidance to staff",
  "fraser", ["allstaff"], "FW: Amber weather warning \u2013 Thursday 9 January", "2025-01-08 15:20", """
Dear all,

Please see below from Education Services. At the moment we are planning to open as
normal tomorrow. I'll make the decision by 6.30am and you will get a text and an email
either way. If you live out of town and the roads are bad, please don't take risks \u2013
phone Shona on the absence line as usual.

Morag

From: Education Services <education.services@citycouncil.example.org>
Sent: 08 January 2025 13:02
To: Head Teachers (Secondary) <ht.secondary@citycouncil.example.org>
Subject: Amber weather warning - Thursday 9 January

Dear Head Teachers,

The Met Office has issued an amber warning for snow and ice across the city from
midnight tonight until 3pm tomorrow.

Decisions on closure remain with head teachers. Please update the school website and
social media and notify the Education Services duty line by 7.30am if your school will
not open. Janitorial staff should grit priority routes, including disabled access,
before pupils arrive.

Education Services
""", fmt="outlook")

M("clean", "drama_auditions", "everyday: drama teacher invites S1-S3 pupils to musical auditions",
  "brodie", [pupil("Lily Cairns", "24lcairns"), pupil("Ethan McLean", "23emclean"), pupil("Ruby Hughes", "22rhughes"),
             pupil("Adam Kowalczyk", "24akowalczyk")],
  "Auditions \u2013 spring musical", "2024-10-29 15:35", """
Hi everyone,

Auditions for our spring musical, Bugsy Malone, are next week!

- Singing and acting auditions: Tuesday 5 and Thursday 7 November, 3.30\u20135pm, Drama
  Studio.
- Please prepare 16 bars of any song you like (musicals or pop, no backing track
  needed) and read through the audition scene on the Drama Team.
- Dance call: Friday 8 November at lunch in the games hall. Wear trainers.

You don't need any experience. Lots of our leads last year had never been on a stage
before.

We also need a backstage crew \u2013 lighting, sound, props and costumes \u2013 so if
performing isn't your thing but you'd like to be involved, come along on Friday at
lunch and we'll tell you all about it.

Rehearsals will be on Tuesdays and Thursdays after school from January, with the show
on 25\u201327 March.

Miss Brodie
""", fmt="gmail")

M("clean", "cp_training_reminder_dsl", "everyday: DSL mailbox reminds staff about child protection training",
  "dsl", ["allstaff"], "Reminder: child protection online module by 30 September", "2024-09-23 08:30", """
Dear colleagues,

A reminder that everyone who works in the school, including supply staff, PSAs, the
facilities team and kitchen staff, must complete the annual online child protection
module by Monday 30 September.

It takes about 40 minutes. The link is on the staff Team under Child Protection, and
you will get a certificate at the end \u2013 please email it to this mailbox.

So far 61 of 118 staff have completed it. Thank you to everyone who has already done it.

If you have any worries about a child, you should never wait: speak to Stuart Bain or,
if he isn't available, to Shona Cockburn or Morag Fraser the same day.

Child Protection Team
Example School, Park Row, LS1 4AP
01632 960000
""")


# ==========================================================================
# Output
# ==========================================================================
README = """# Round 33 hold-out corpus: obscene-language

**BLIND hold-out set. Never use these files for tuning rules, thresholds, word lists or
code.** They were written without looking at mailguard's code, rules, tests or docs,
so that they measure how the filter does on mail nobody tuned it on. If a case here
fails, fix the filter for the general problem, not for this file, and do not copy these
messages into the training/regression corpus.

## What it is

{total} hand-written, fictional e-mail messages sent by staff of a large comprehensive
secondary school in Glasgow (S1-S6: National 5s and Highers, a Pupil Support Base, a
breakfast club, Duke of Edinburgh, a ski trip), labelled for the policy rule that staff
must not use obscene language or swear words, nor make offensive comments on grounds of
gender, race, disability, age, religion or sexual orientation.

- `flag`: the staff author's own words (subject, body, or a text attachment) contain
  swearing or a slur.
- `clean`: everything else, including hard negatives that a naive word filter would get
  wrong.

All people, addresses and phone numbers are fictitious (Ofcom drama ranges; example.com /
example.org third-party domains; made-up webmail local parts). The school identity is
the one in `config.example.yaml` (example-school.org.uk, 01632 960000, LS1 4AP) and the
three parents in `directory/parents.csv`.

## How it was made and how to regenerate

Written by hand as Python data in `../make_round33_obscene.py` (standard library only);
the script builds each raw RFC 5322 message itself (fixed dates, Message-IDs and MIME
boundaries; file order from a hash of each case's slug), so runs are byte-identical:

    python3 tests/holdout/round33/make_round33_obscene.py

It rewrites every `.eml`, `labels.csv` and this README in
`tests/holdout/round33/obscene-language/`.

`labels.csv` columns: `file,expected,sender,recipients,note`. `sender` is the envelope
sender (the staff From address); `recipients` are the To and Cc addresses separated by
single spaces. Judgement calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
{table}
| **total** | | **{total}** |

Formats: {formats}.

## Kinds of case

Flag (the author's own words):
- staff-to-staff venting in plain words (shitshow, bollocks, bellend, retards, wanker in a
  CSV attachment, "for fuck's sake" in a .txt attachment);
- swearing to a parent ("pissed off") and to a pupil ("shite"); an accidental reply-all to
  a parent;
- slurs: sectarian ("Fenian bastards"), racial ("the paki shop"), disability ("retards"),
  homophobic ("poof");
- disguised: asterisk/symbol/leet masks (f*cking, sh*t, @rsehole, b0ll0cks), full-width
  letters, dotted and spaced letters (c.u.n.t, s h i t e), stretched letters (Fuuuuuck),
  Cyrillic/Greek homoglyphs, a zero-width space inside a word, a word split by HTML tags
  plus an HTML entity, a quoted-printable soft line break inside a word, a base64 body, an
  RFC 2047 base64 subject.

Clean, hard negatives:
- place names (Twatt, Cockermouth, Scunthorpe, Clitheroe, Shitterton, Penistone, Wetwang,
  Sussex, Essex) and surnames (Cockburn, Wankhede, Hancock, Dickens, Cockcroft);
- foods (cock-a-leekie, spotted dick), birds (great tits, shags, woodcock), PE kit
  (shuttlecocks, cricket boxes, sports bras), facilities (stopcock, ballcock, door knob);
- subject vocabulary: biology (sperm, testes, penis), maths (cumulative), physics (Uranus),
  computing (pass, penetration testing), German false friends (Fahrt, Gift, dick, Kunst),
  French (phoque), King Lear ("stand up for bastards", "whoreson"), a Higher History source
  with anti-Irish sectarian language, a panto (Dick Whittington);
- RSHP (sex education) letter, ASN/SEND profiles, a Tourette's briefing quoting tics;
- safeguarding reports to the DSL quoting exactly what a pupil or adult said; an incident
  report quoting homophobic abuse; staff guidance on pupils' language;
- polite replies and forwards where the abusive words are only in the parent's quoted text;
- Glaswegian Scots (wee, weans, greeting, messages, close, stair, numpty, bampot);
- an Eid / Pakistani community / Pride equalities note.

Clean, everyday: photos, attendance, homework, prelim replies to parents, ski trip and
DofE letters, in-service programme, department notes, newsletter, SQA exam letter, cover
requests, reports, supported study, lost property, clothing grant, library, work
experience, ed psych referral, concert, IT, calendar invite, college reference,
weather forward, auditions, child protection training.
"""


def kind(m):
    if m["label"] == "flag":
        return "flag"
    return "clean-hard" if m["note"].startswith("hard:") else "clean-everyday"


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    slugs = [m["slug"] for m in MESSAGES]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    order = sorted(MESSAGES, key=lambda m: h(m["slug"] + ":order", 16))
    rows = []
    fmts = {}
    for i, m in enumerate(order, 1):
        raw, sender, rcpts = build(m, i)
        fname = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        rows.append([fname, m["label"], sender, " ".join(rcpts), m["note"]])
        key = {"plain": "text/plain", "outlook": "plain+HTML (Outlook)", "gmail": "plain+HTML (Gmail)",
               "html": "HTML only"}[m["fmt"]]
        fmts[key] = fmts.get(key, 0) + 1
        if m["attach"]:
            fmts["with attachments"] = fmts.get("with attachments", 0) + 1
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    counts = {}
    for m in MESSAGES:
        counts[kind(m)] = counts.get(kind(m), 0) + 1
    table = "\n".join([
        f"| flag | own swearing or slur (plain and disguised) | {counts.get('flag', 0)} |",
        f"| clean | everyday school mail | {counts.get('clean-everyday', 0)} |",
        f"| clean | hard negatives | {counts.get('clean-hard', 0)} |",
    ])
    fm = ", ".join(f"{k} {v}" for k, v in sorted(fmts.items()))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(MESSAGES), table=table, formats=fm))
    print(f"wrote {len(MESSAGES)} messages to {OUT}: {counts}")


if __name__ == "__main__":
    main()
