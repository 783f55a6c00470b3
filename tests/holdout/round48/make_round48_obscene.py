#!/usr/bin/env python3
"""Generate the round-48 blind hold-out corpus for the obscene-language module.

Setting: an independent prep school (ages 3-13) in Surrey.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and nothing else into
./obscene-language/ next to this script.  Python 3.11 standard library only.
The output is deterministic: fixed dates, Message-IDs and MIME boundaries.

    python3 tests/holdout/round48/make_round48_obscene.py
"""

import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PDOM = "pupils.example-school.org.uk"

JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def pupil(local, name=None):
    return (name or "", f"{local}@{PDOM}")


def staff(local, name=""):
    return (name, f"{local}@{DOM}")


# --------------------------------------------------------------------------
# Staff and signatures
# --------------------------------------------------------------------------
ST = {
    "lomax": ("Harriet Lomax", f"h.lomax@{DOM}"),
    "fairclough": ("Rupert Fairclough", f"r.fairclough@{DOM}"),
    "tate": ("Imogen Tate", f"i.tate@{DOM}"),
    "orourke": ("Declan O'Rourke", f"d.orourke@{DOM}"),
    "raman": ("Priya Raman", f"p.raman@{DOM}"),
    "wisniewski": ("Tomasz Wiśniewski", f"t.wisniewski@{DOM}"),
    "bursar": ("Fiona McAllister", f"bursar@{DOM}"),
    "pryce": ("Gareth Pryce", f"g.pryce@{DOM}"),
    "adebayo": ("Chloe Adebayo", f"c.adebayo@{DOM}"),
    "office": ("Annabel Hurst", f"office@{DOM}"),
    "whitlock": ("Ben Whitlock", f"b.whitlock@{DOM}"),
    "dsl": ("Sarah Kingsley", f"dsl@{DOM}"),
    "kingsley": ("Sarah Kingsley", f"s.kingsley@{DOM}"),
    "ashdown": ("Hugo Ashdown", f"h.ashdown@{DOM}"),
    "brennan": ("Lottie Brennan", f"l.brennan@{DOM}"),
    "haddad": ("Nadia Haddad", f"n.haddad@{DOM}"),
    "quayle": ("Oliver Quayle", f"o.quayle@{DOM}"),
    "admissions": ("Penny Dowding", f"admissions@{DOM}"),
    "attendance": ("Karen Boyd", f"attendance@{DOM}"),
    "stokes": ("Jamie Stokes", f"j.stokes@{DOM}"),
    "matron": ("Bridget Nolan", f"matron@{DOM}"),
    "asante": ("Kwame Asante", f"k.asante@{DOM}"),
    "hendry": ("Tom Hendry", f"t.hendry@{DOM}"),
    "pettifer": ("Jo Pettifer", f"j.pettifer@{DOM}"),
    "grant": ("Felix Grant", f"f.grant@{DOM}"),
    "development": ("Amelia Crane", f"development@{DOM}"),
    "ellery": ("Max Ellery", f"m.ellery@{DOM}"),
    "reid": ("Callum Reid", f"c.reid@{DOM}"),
    "penrose": ("Alistair Penrose", f"a.penrose@{DOM}"),
    "fenwick": ("Rosie Fenwick", f"r.fenwick@{DOM}"),
    "whitfield": ("Hannah Whitfield", f"h.whitfield@{DOM}"),
    "chaplain": ("Matthew Sinclair", f"chaplain@{DOM}"),
    "lyle": ("Edward Lyle", f"e.lyle@{DOM}"),
    "catering": ("Graham Tilley", f"catering@{DOM}"),
    "music": ("Claire Dunmore", f"music@{DOM}"),
    "marchand": ("Élodie Marchand", f"e.marchand@{DOM}"),
}
ALLSTAFF = ("All Staff", f"staff@{DOM}")

SCHOOL_LINE = "Example School, Park Row, Leeds LS1 4AP"

SIG = {
    "lomax": "Mrs Harriet Lomax\nHead\nExample School\nPark Row, Leeds LS1 4AP\nTel: 01632 960000 | www.example-school.org.uk",
    "fairclough": "Rupert Fairclough\nDirector of Sport\nExample School | Park Row | Leeds LS1 4AP\n01632 960000 (school) | 07700 900311 (match days only)",
    "tate": "Miss Imogen Tate\nYear 3 Form Teacher\nExample School, Park Row, Leeds LS1 4AP | 01632 960000",
    "orourke": "Declan O'Rourke\nHead of Mathematics\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000",
    "raman": "Dr Priya Raman\nHead of Science\nExample School, Park Row, Leeds LS1 4AP\nT 01632 960000",
    "wisniewski": "Tomasz Wiśniewski\nDirector of Music\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000 ext. 240",
    "bursar": "Fiona McAllister FCCA\nBursar\nExample School, Park Row, Leeds LS1 4AP\nTelephone 01632 960000\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.",
    "pryce": "Gareth Pryce\nHousemaster, Fleming (Boarding)\nExample School, Park Row, Leeds LS1 4AP\nHouse phone via switchboard: 01632 960000",
    "adebayo": "Ms Chloe Adebayo\nHead of English\nExample School | Park Row, Leeds LS1 4AP | 01632 960000",
    "office": "Annabel Hurst\nSchool Secretary\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000\noffice@example-school.org.uk",
    "whitlock": "Ben Whitlock\nIT Manager\nExample School, Park Row, Leeds LS1 4AP\nIT helpdesk: ext. 205 / 01632 960000",
    "dsl": "Mrs Sarah Kingsley\nDeputy Head (Pastoral) and Designated Safeguarding Lead\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "ashdown": "Hugo Ashdown\nHead of Humanities\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "brennan": "Miss Lottie Brennan\nReception Teacher, Pre-Prep\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000",
    "haddad": "Nadia Haddad\nSENCo / Head of Learning Support\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "quayle": "Oliver Quayle\nHead of Classics and Scholarship Co-ordinator\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "admissions": "Penny Dowding\nRegistrar\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000 | admissions@example-school.org.uk",
    "attendance": "Karen Boyd\nAttendance Officer\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "stokes": "Jamie Stokes\nEstates Manager\nExample School\n07700 900652 (estates mobile)",
    "matron": "Bridget Nolan RGN\nSchool Matron\nExample School, Park Row, Leeds LS1 4AP\nSan: 01632 960000 (ask for Matron)",
    "asante": "Kwame Asante\nTeacher of PE and Games\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "hendry": "Tom Hendry\nHead of Cricket | Teacher of Games\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "pettifer": "Jo Pettifer\nHead of PSHE & RSE\nExample School | Park Row | Leeds LS1 4AP\n01632 960000",
    "grant": "Felix Grant\nHead of Drama\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "development": "Amelia Crane\nDevelopment & Parents' Association Liaison\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "reid": "Callum Reid\nGap Boarding Assistant, Fleming House\nExample School",
    "penrose": "Mr Alistair Penrose\nYear 5 Form Teacher\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "fenwick": "Mrs Rosie Fenwick\nYear 4 Form Teacher\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "whitfield": "Miss Hannah Whitfield\nTeacher of Mathematics\nExample School, Park Row, Leeds LS1 4AP",
    "chaplain": "The Revd Matthew Sinclair\nChaplain and Head of TRS\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "lyle": "Dr Edward Lyle\nDeputy Head (Academic)\nExample School\nPark Row, Leeds LS1 4AP\n01632 960000",
    "catering": "Graham Tilley\nCatering Manager\nExample School, Park Row, Leeds LS1 4AP\n01632 960000",
    "music": "Claire Dunmore\nMusic Administrator\nExample School, Park Row, Leeds LS1 4AP\n01632 960000 ext. 241",
}


# --------------------------------------------------------------------------
# MIME building (by hand, so that every byte is under our control)
# --------------------------------------------------------------------------
def fmt_addr(a):
    name, email = a
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def enc_header(value, name):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def b2047(value):
    """Force RFC 2047 base64 encoded words (even for ASCII text), folded."""
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode("utf-8")) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?="
                      for w in words)


def q2047(value):
    """Force an RFC 2047 Q encoded word."""
    out = []
    for b in value.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?utf-8?Q?" + "".join(out) + "?="


def encode_body(text, cte, qp_breaks=()):
    data = text.encode("utf-8")
    if cte == "7bit":
        data.decode("ascii")  # must be ASCII
        return text if text.endswith("\n") else text + "\n"
    if cte == "8bit":
        return text if text.endswith("\n") else text + "\n"
    if cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
        for word in qp_breaks:
            cut = len(word) // 2
            assert word in enc, word
            enc = enc.replace(word, word[:cut] + "=\n" + word[cut:], 1)
        return enc if enc.endswith("\n") else enc + "\n"
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, cte="7bit", qp_breaks=(), charset="utf-8"):
    if cte == "7bit":
        charset = "us-ascii" if ctype == "text/plain" and charset == "utf-8" else charset
    head = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    return head + "\n" + encode_body(text, cte, qp_breaks)


def attachment(filename, ctype, data, cte="base64", charset=None):
    ct = f"{ctype}; name=\"{filename}\""
    if charset:
        ct = f"{ctype}; charset=\"{charset}\"; name=\"{filename}\""
    head = (f"Content-Type: {ct}\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: {cte}\n")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
    return head + "\n" + body


def multipart(subtype, boundary, parts, preamble=True):
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    if preamble:
        s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def fake_pdf(title, lines):
    """A tiny but well-formed one-page PDF with some text (for realism only)."""
    text_ops = "BT /F1 12 Tf 72 760 Td 14 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in [title] + lines
    ) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text_ops)} >>\nstream\n{text_ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# --------------------------------------------------------------------------
# Plain text -> HTML in the style of the common clients
# --------------------------------------------------------------------------
def _blocks(text):
    """Split into ('p', lines) and ('q', lines) blocks (q = '>' quoted)."""
    blocks = []
    cur_kind, cur = None, []
    for line in text.split("\n"):
        if line.startswith(">"):
            kind = "q"
            line = line[1:].lstrip(" ") if not line.startswith(">>") else line[1:]
        elif line.strip() == "":
            kind = "blank"
        else:
            kind = "p"
        if kind != cur_kind:
            if cur_kind is not None:
                blocks.append((cur_kind, cur))
            cur_kind, cur = kind, []
        cur.append(line)
    if cur_kind is not None:
        blocks.append((cur_kind, cur))
    return blocks


def to_html(text, style="outlook"):
    esc = lambda s: html.escape(s, quote=False)
    if style == "outlook":
        body = []
        for kind, lines in _blocks(text):
            if kind == "blank":
                body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            elif kind == "q":
                inner = "".join(f"<p class=MsoNormal>{esc(l) or '&nbsp;'}<o:p></o:p></p>" for l in lines)
                body.append(f"<div style='border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt'>{inner}</div>")
            else:
                for l in lines:
                    body.append(f"<p class=MsoNormal>{esc(l)}<o:p></o:p></p>")
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n"
                "--></style>\n</head>\n<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
                "<div class=WordSection1>\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        body = []
        for kind, lines in _blocks(text):
            if kind == "blank":
                body.append("<div><br></div>")
            elif kind == "q":
                inner = "<br>\n".join(esc(l) for l in lines)
                body.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            else:
                for l in lines:
                    body.append(f"<div>{esc(l)}</div>")
        return '<div dir="ltr">\n' + "\n".join(body) + "\n</div>\n"
    # "plain" newsletter-ish HTML
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n" + body + "\n</body></html>\n")


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
MESSAGES = []

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": None,
    "iphone": ("X-Mailer", "iPhone Mail (21G93)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    "mailchimp": ("X-Mailer", "SchoolPost Bulletin 4.2"),
}


def add(label, slug, sender, to, subject, when, body, note, *, cc=(), fmt="plain",
        cte="7bit", html_cte=None, html_body=None, client="outlook", attachments=(),
        subject_raw=None, qp_breaks=(), extra=(), from_name=None):
    """Register one message.

    fmt: plain | alt | html
    body: the text/plain body (for fmt=html it is only used to build HTML if html_body is None)
    """
    MESSAGES.append(dict(label=label, slug=slug, sender=sender, to=list(to), cc=list(cc),
                         subject=subject, when=when, body=body, note=note, fmt=fmt, cte=cte,
                         html_cte=html_cte or cte, html_body=html_body, client=client,
                         attachments=list(attachments), subject_raw=subject_raw,
                         qp_breaks=qp_breaks, extra=list(extra), from_name=from_name))


def tz_for(d):
    # British Summer Time ended on Sunday 26 October 2025.
    if d < dt.datetime(2025, 10, 26, 2, 0):
        return dt.timezone(dt.timedelta(hours=1))
    return dt.timezone.utc


def render(n, m):
    key = f"r48ob-{n:03d}-{m['slug']}"
    h = hashlib.sha256(key.encode()).hexdigest()
    d = dt.datetime.strptime(m["when"], "%Y-%m-%d %H:%M:%S")
    d = d.replace(tzinfo=tz_for(d))
    date_s = format_datetime(d)
    if d.tzinfo == dt.timezone.utc:
        date_s = date_s.replace("-0000", "+0000")
    sender = m["sender"]
    from_h = fmt_addr((m["from_name"] or sender[0], sender[1]))
    client = m["client"]
    if client == "gmail":
        msgid = f"<CA{h[:6].upper()}+{h[6:30]}@mail.gmail.com>"
    elif client == "outlook":
        msgid = f"<LO2P265MB{h[:10].upper()}{h[10:18].upper()}@LO2P265MB{h[18:22].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    else:
        msgid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{DOM}>"
    heads = [
        ("From", from_h),
        ("To", ", ".join(fmt_addr(a) for a in m["to"])),
    ]
    if m["cc"]:
        heads.append(("Cc", ", ".join(fmt_addr(a) for a in m["cc"])))
    subj = m["subject_raw"] if m["subject_raw"] is not None else enc_header(m["subject"], "Subject")
    heads += [("Subject", subj), ("Date", date_s), ("Message-ID", msgid)]
    heads += m["extra"]
    mailer = MAILERS.get(client)
    if mailer:
        heads.append(mailer)
    heads.append(("MIME-Version", "1.0"))

    body = m["body"]
    b1 = f"----=_Part_{n:03d}_{h[:8]}.{h[8:16]}"
    b2 = f"----=_Alt_{n:03d}_{h[16:24]}.{h[24:32]}"
    if m["fmt"] == "plain":
        entity = leaf("text/plain", body, m["cte"], m["qp_breaks"])
    elif m["fmt"] == "html":
        hb = m["html_body"] if m["html_body"] is not None else to_html(body, "plain" if client != "outlook" else "outlook")
        entity = leaf("text/html", hb, m["html_cte"], m["qp_breaks"])
    elif m["fmt"] == "alt":
        hb = m["html_body"] if m["html_body"] is not None else to_html(body, "gmail" if client in ("gmail", "iphone", "apple") else ("outlook" if client == "outlook" else "plain"))
        entity = multipart("alternative", b2, [
            leaf("text/plain", body, m["cte"], m["qp_breaks"]),
            leaf("text/html", hb, m["html_cte"], m["qp_breaks"]),
        ], preamble=False)
    else:
        raise ValueError(m["fmt"])
    if m["attachments"]:
        parts = [entity] + [attachment(*a) for a in m["attachments"]]
        entity = multipart("mixed", b1, parts)
    raw = "".join(f"{k}: {v}\n" for k, v in heads) + entity
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8")


# ==========================================================================
# The messages themselves live in the section below.
# ==========================================================================

S = ST  # shorthand


def sig(k):
    return SIG[k]


# ---------------------------------------------------------------- FLAGS ---

add("flag", "y8_mocks_venting", S["orourke"], [S["ashdown"]],
    "Y8 maths mocks", "2025-11-06 16:48:12",
    """Hugo,

Just finished marking the Y8 maths mocks. Honestly, they're shit. Not all of
them - Montague and both Okafor twins are fine, and I'd put the twins in for
the scholarship paper on this showing - but set 2 have forgotten everything
we did on simultaneous equations since June. Half of them left the
probability tree blank. A TREE. We did trees for three weeks.

I'm properly pissed off about it, mainly with myself. Could we talk at break
tomorrow about whether I borrow one of your lessons in the week before
exeat? I know it's a big ask with your source paper coming up, so say no if
you need it.

Heads up as well - grades go out on the portal on Monday, so expect the
usual emails from the usual PAs.

D
""",
    "staff-to-staff venting about mock results: 'shit', 'pissed off'", client="outlook")

add("flag", "ref_bellend", S["fairclough"], [S["asante"], S["hendry"]],
    "Saturday - U13A v Hollybank", "2025-10-13 07:55:40",
    """Kwame, Tom,

Well done both for keeping your cool on Saturday - I didn't. For the record
their ref was a total bellend: three forward passes in the second half he
didn't even look at, and then he pings Archie for a perfectly legal tackle
and sends him to the sin bin in front of his grandparents.

I've slightly bollocksed things up by saying something to their master in
charge in the car park afterwards, so if Hollybank's Director of Sport rings
in, that's what it's about and please put him through to me.

Team for Wednesday stays the same, except Freddie comes back in at 10 if his
ankle's OK. Matron is looking at it at 8.30 and will let us know.

Thanks,
Rupert

""" + sig("fairclough"),
    "Director of Sport to games staff: 'bellend', 'bollocksed'", fmt="alt", client="outlook")

add("flag", "matron_pa_reply", S["pryce"], [S["matron"]],
    "Re: Rafi V - temp 38.9", "2025-10-14 15:41:03",
    """Bridget,

Yes, he rang me too. The PA - the one who signs off "Warmest, Julian" - is an
absolute wanker. He told me Mr V "doesn't take Tuesday calls" and asked
whether we could "reschedule" collecting him until Thursday. The boy has a
temperature of 38.9, he needs collecting, not rescheduling.

I've left a message on his mother's mobile and emailed the London office.
If nobody has turned up by 6 he stays in the san tonight and I'll do the
10pm check myself so you can get off.

G

On 14 Oct 2025, at 15:12, Bridget Nolan <matron@example-school.org.uk> wrote:

> Gareth,
>
> Rafi V (Y7, Fleming) has a temp of 38.9 and a headache, no rash. Given
> Calpol at 14.50. He needs to go home for 48 hours under our policy. I've
> tried his father's office twice; they keep telling me to speak to the PA.
>
> Bridget
""",
    "housemaster to matron calling a parent's PA 'an absolute wanker'", client="apple",
    extra=[("In-Reply-To", "<b1d0c3e2-matron-rafi@example-school.org.uk>")])

add("flag", "minibus_to_parent", S["asante"], [JANE],
    "Running late - U10 back from Oakfield", "2025-11-19 17:02:31",
    """Hi Jane,

Sorry, quick one as I'm on the hard shoulder - the fucking minibus has shat
itself on the A25 just outside Dorking. AA say about 40 minutes. Everyone is
absolutely fine and warm, they're eating the match tea we never got to eat
at Oakfield.

Could you let the other U10 parents on the class WhatsApp know we'll be back
at school around 6.15 rather than 5.30? Some of the drivers will already be
in the car park.

I'll email properly once we're moving again.

Kwame

Sent from my iPhone
""",
    "games teacher to a parent from the roadside: 'fucking minibus has shat itself'", fmt="alt", client="iphone")

add("flag", "coach_to_pupil", S["ellery"], [pupil("18fgreville")],
    "tmrw", "2025-11-21 19:12:08",
    """Fred,

Team sheet's up, you're at 12 tomorrow. Well done mate, deserved.

Bus leaves 12.45 from the front drive. Full kit, gumshield, and bring your
white top for the match tea.

One thing - don't be a twat like last week and chirp their 10 after every
tackle. Mr Fairclough saw it and he wasn't happy. Just play your game.

Max
Gap Sports Assistant
""",
    "gap-year sports assistant to a Year 8 pupil: 'don't be a twat'", client="thunderbird")

add("flag", "set_swap_disability_slur", S["penrose"], [S["tate"]],
    "Swap Thursday?", "2025-10-01 12:37:44",
    """Imogen - any chance you'd swap your Thursday P5 with me? I genuinely can't
face another double with the retards in set 4. Half of them should be at a
special school, not here, it's like teaching a room of mongs.

I'll take your Friday duty in return.

Al
""",
    "Year 5 teacher to colleague: disability slurs about pupils ('retards', 'mongs')")

add("flag", "agency_homophobic", S["reid"], [S["pryce"]],
    "Weekend cover", "2025-11-08 22:14:50",
    """Hi Gareth,

Weekend cover sorted. The agency sent a new guy for Saturday night, Leon. Bit
of a poof to be honest, he wouldn't help carry the bunk frames up to the top
dorm because he'd "just had his nails done". Not having him on Sunday as well
if we can help it, the boys will eat him alive.

The cinema trip to Guildford went fine, all 22 back by 9.10, headcount signed.

Callum
""",
    "boarding assistant to housemaster: homophobic slur about agency staff", fmt="alt", client="gmail")

add("flag", "gate_taxis_racial_masked", S["whitlock"], [S["stokes"]],
    "Gate camera", "2025-09-24 08:51:19",
    """Jamie,

The gate camera is fine, it's the p*ki cab drivers again, parking across
the barrier while they wait for the Year 8 boarders. Two of them this
morning, engines running, so the barrier couldn't close and the loop
thought it was permanently occupied.

Can you put a cone out or get someone on the gate at 8? I'll reset the
loop sensor from my side.

Ben
""",
    "IT manager to estates: racial slur, asterisk-masked ('p*ki')")

add("flag", "u11_availability_csv", S["hendry"], [S["asante"]],
    "U11 availability for Saturday", "2025-11-13 13:20:05",
    """Kwame,

Availability from the parents' replies is attached, with my notes next to
each name. Can you have a look at the B team and tell me if you want
anyone moved up? I've only got 11 confirmed for the Bs.

Coach leaves 12.30 from the sports hall.

Tom

""" + sig("hendry"),
    "CSV attachment of team notes with staff's own insults ('gobby little shit', 'lazy bastard', 'wanker')",
    attachments=[("U11_availability_Sat15Nov.csv", "text/csv", (
        "Name,Team,Available,Position,Notes\r\n"
        "Archie Bellamy-Ross,A,Y,Fly-half,\r\n"
        "Oscar Tennant,A,Y,Centre,gobby little shit but quick\r\n"
        "Hector Mwangi,A,Y,Wing,\r\n"
        "Louis Ferrand,A,N,Prop,skiing - exeat extended by parents AGAIN\r\n"
        "Ned Ashcombe,B,Y,Lock,lazy bastard - keep in Bs\r\n"
        "Rory Kinsella,B,Y,Scrum-half,\r\n"
        "Seb Oduya,B,Y,Back row,dad is a wanker on the touchline - warn ref\r\n"
        "Alfie Prentice,B,Y,Hooker,\r\n"
        "Jonty Waring,B,?,Centre,nanny to confirm\r\n").encode("utf-8"), "7bit", "utf-8")])

add("flag", "scholarship_notes_txt", S["quayle"], [S["lomax"]],
    "Scholarship meeting - draft notes", "2025-10-22 18:33:27",
    """Harriet,

Draft notes from Tuesday's scholarship meeting attached. They're rough -
I'll tidy them up before they go to the Y8 tutors.

Oliver

""" + sig("quayle"),
    "clean body; attached .txt notes contain the author's swearing ('bollocks', 'pissed', 'arse')",
    attachments=[("Scholarship_meeting_21Oct_DRAFT.txt", "text/plain", (
        "SCHOLARSHIP MEETING 21/10 - DRAFT, NOT FOR CIRCULATION\r\n"
        "Present: HL, OQ, EL, CA, DO'R, TW\r\n\r\n"
        "1. Academic 13+ candidates\r\n"
        "- Westbury: 3 candidates (Okafor x2, Montague). Their new general paper is bollocks\r\n"
        "  frankly - even their own Head of Classics admitted it over dinner.\r\n"
        "- Harrowden: 1 candidate. Registrar was half pissed at the heads' dinner and told\r\n"
        "  me they're 'light on girls for scholarships' this year. Take with a pinch of salt.\r\n\r\n"
        "2. Music\r\n"
        "- TW recommends 2 for music scholarships (cello, voice). Grade 7 by Feb for cellist.\r\n\r\n"
        "3. Parents\r\n"
        "- Mrs K's PA still chasing a 'guarantee'. There is no guarantee. CA to reply, not me -\r\n"
        "  I'll only say something stupid and then we're all in the shit.\r\n"
        "- Tutors to stop covering for pupils who haven't done the past papers. Enough arse-covering.\r\n\r\n"
        "Next meeting: 18/11, 4.15, Head's study.\r\n").encode("utf-8"), "base64", "utf-8")])

add("flag", "inset_html_split", S["adebayo"], [S["grant"]],
    "that INSET", "2025-11-03 16:05:11", "",
    "HTML-only; 'bollocks' split by a span, 'arsehole' with an HTML entity, 'shite' split by <b>",
    fmt="html", client="outlook",
    html_body=(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n--></style>\n"
        "</head>\n<body lang=EN-GB link=\"#0563C1\">\n<div class=WordSection1>\n"
        "<p class=MsoNormal>Felix,<o:p></o:p></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<p class=MsoNormal>Tell me I wasn&#8217;t the only one. What a load of bol<span style='color:#1F1F1F'>l</span>ocks "
        "that was. Three hours on &#8220;oracy journeys&#8221; and not one thing I can use with Year 7 on Monday.<o:p></o:p></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<p class=MsoNormal>And the consultant was an ars&#101;hole to Lottie when she asked about the little ones "
        "&#8211; &#8220;I don&#8217;t really do Pre-Prep&#8221;. Then why are you here?<o:p></o:p></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<p class=MsoNormal>Honestly, sh<b></b>ite value for money. Pub on Friday? I need it.<o:p></o:p></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        "<p class=MsoNormal>C<o:p></o:p></p>\n"
        "</div>\n</body>\n</html>\n"), html_cte="quoted-printable")

add("flag", "governor_qp_softbreak", S["ashdown"], [S["orourke"]],
    "Re: Y8 maths mocks", "2025-11-07 07:41:56",
    """Declan,

Of course, have my Thursday P3, I'll set them source work for prep instead.

Warning though: the governors' learning walk is Friday and Colonel Fothergill
is doing humanities AND maths. He is such a wanker about "rigour" -
last time he asked a Year 6 what the "learning intention" was in the middle
of a fire drill. Don't let him near set 2's books.

H

> Could we talk at break tomorrow about whether I borrow one of your
> lessons in the week before exeat?
""",
    "quoted-printable body with a soft line break inside 'wanker'", cte="quoted-printable",
    qp_breaks=("wanker",), client="outlook")

add("flag", "netball_b64_to_parent", S["tate"], [JANE],
    "Thank you for Saturday!", "2025-10-19 20:47:30",
    """Hi Jane,

Thank you SO much for the lift back on Saturday, you saved my life. And thank
Elena too - the girls loved her playlist.

Between us, that match was a piss-take. Their coach was a miserable bastard
to our girls the whole second half and then had the nerve to shake my hand
and say "good effort". The U9s were brilliant though, and Example Pupil One's
interception in the last quarter was the best thing I've seen all term.

See you at pick-up Monday,
Imogen x
""",
    "base64 text body from a teacher to a parent: 'piss-take', 'bastard'", cte="base64", client="gmail")

add("flag", "rota_rfc2047_subject", S["grant"], [S["fairclough"]],
    "Re: House cross-country marshals — absolute cock-up, for fuck's sake",
    "2025-11-25 10:12:45",
    """Rupert,

Who put me down for the bottom of the woods AND the finish funnel at the
same time? I can't be in two places. Can someone sort the rota before
Thursday please, and I'll take whichever one is left.

Felix
""",
    "swearing only in the RFC 2047 (base64) encoded subject",
    subject_raw=b2047("Re: House cross-country marshals — absolute cock-up, for fuck's sake"),
    client="outlook")

add("flag", "bursar_cyrillic_homoglyphs", S["bursar"], [S["lomax"]],
    "Marquee invoice", "2025-12-02 09:18:02",
    ("Harriet,\n\n"
     "Just so you're aware before the FOES meeting tonight: the chair is being a\n"
     "complete \u0430rsehole about the marquee invoice for the Christmas Fair. He\n"
     "now says the association \"never agreed\" to cover the heaters, despite his\n"
     "own email of 14 October saying exactly that. I've got it printed out.\n\n"
     "Fu\u0441king hell, it's \u00a31,180 - I'm not writing it off.\n\n"
     "Can we have five minutes at 4 before it starts?\n\n"
     "Fiona\n"),
    "bursar to Head: 'arsehole', 'fucking' with Cyrillic homoglyph letters", fmt="alt", cte="8bit",
    client="outlook")

add("flag", "common_room_fullwidth", S["reid"],
    [pupil("19hmontague"), pupil("19jokafor"), pupil("19tokafor"), pupil("19lvance"), pupil("19bsaltash")],
    "Common room - NOW", "2025-11-30 19:26:33",
    ("Lads,\n\n"
     "Whoever left the Fleming common room like that: it's a \uff53\uff48\uff49\uff54\uff48\uff4f\uff4c\uff45.\n"
     "Pizza boxes, a sock in the toaster and someone has had a \uff50\uff49\uff53\uff53 in the\n"
     "shower tray. Tidy by 8pm or nobody gets phones back tonight.\n\n"
     "Mr Reid\n"),
    "boarding assistant to pupils: 'shithole', 'piss' in full-width letters, quoted-printable",
    cte="quoted-printable", client="gmail")

add("flag", "admissions_zero_width", S["admissions"], [S["office"]],
    "Mrs A-L", "2025-10-08 11:02:57",
    ("Annabel,\n\n"
     "If Mrs Ashworth-Lyle rings again, I'm in a tour. Forty minutes this morning\n"
     "on why her daughter is on the waiting list for 7+ and \"the Russian family\"\n"
     "got a place. She's an utter c\u200bu\u200bn\u200bt.\n\n"
     "Put her through to Harriet's PA if she insists.\n\n"
     "P\n"),
    "registrar to secretary about a parent: 'cunt' with zero-width spaces between letters",
    fmt="alt", cte="8bit", client="outlook")

add("flag", "organ_leetspeak", S["wisniewski"], [S["grant"]],
    "Carol service - organ", "2025-12-04 21:40:18",
    """Felix,

The organ's b0ll0cks again. The swell pedal sticks and the middle C on the
great is ciphering, so the first verse of Once in Royal will be sh1t unless
the tuner gets here before Thursday. I've rung him twice.

Plan B is the Yamaha in the chapel with the choir a cappella for the
descant. Can the lighting cue for the procession be later by about ten
seconds?

T.
""",
    "Director of Music (encoded sender name) to colleague: leetspeak 'b0ll0cks', 'sh1t'", client="thunderbird")

add("flag", "ehcp_solicitor_spaced", S["haddad"], [S["pettifer"]],
    "EHCP tribunal letter", "2025-11-12 17:55:09",
    """Jo,

Got the letter from the family's solicitor this afternoon. He is a total
w a n k e r - he's copied in the local authority, the governors AND the
Head and accuses us of "systematic neglect" because the reader wasn't in
one maths test. One. She was off sick and we logged it.

It's F.U.C.K.I.N.G exhausting. I'll draft the response tonight and send it
to you and Sarah before it goes anywhere.

Nadia
""",
    "SENCo to colleague: 'wanker' spaced out, 'FUCKING' with dots", fmt="alt", client="outlook")

add("flag", "printer_masked_repeated", S["office"], [S["whitlock"]],
    "PRINTER. AGAIN.", "2025-10-16 14:07:21",
    """Ben,

The f*cking office printer has jammed AGAIN. Fuuuuuuck. I have 140 half-term
letters to get into pigeonholes by 3 and this sh!t heap has eaten the
last 20 sheets of headed paper.

Please come. I'll make you a coffee.

Annabel
""",
    "secretary to IT: symbol-masked 'f*cking', 'sh!t', repeated letters 'Fuuuuuuck'")

# ------------------------------------------------------- HARD NEGATIVES ---

add("clean", "y6_dorset_residential", S["ashdown"], [JANE, SAM, ALI], 
    "Year 6 Dorset residential - itinerary and kit list", "2025-09-18 16:20:00",
    """Dear Parents,

I'm delighted to confirm the final arrangements for the Year 6 geography
residential to Dorset from Monday 6 to Wednesday 8 October.

We leave from the front drive at 8.00am on Monday (please be here by 7.45;
drivers may use the staff car park for drop-off that morning only). We will
be based at the Purbeck field studies centre near Bere Regis and the
programme includes:

- Monday: Durdle Door and Lulworth Cove - coastal landforms and a fossil
  hunt on the beach (weather permitting)
- Tuesday: river study on the Bere Stream. The walk takes us past the
  hamlet of Shitterton - yes, really. The children will want a photograph
  by the village sign, and within reason we'll let them; it's a good way
  into a conversation about Old English place names.
- Wednesday: Kimmeridge Bay and the Etches Collection, returning to school
  for about 5.30pm.

The kit list is attached. Please name everything, and please do not send
phones: the centre has a landline and I will post updates on the portal
each evening. Any medication should be handed to Matron, in its original
packaging, by Friday 3 October.

With best wishes,

""" + sig("ashdown"),
    "trip letter mentioning the Dorset hamlet Shitterton", fmt="alt", client="outlook",
    attachments=[("Y6_Dorset_kit_list.pdf", "application/pdf", fake_pdf("Year 6 Dorset Residential - Kit List", [
        "Waterproof jacket and trousers", "Walking boots (worn in)", "2 x school tracksuit",
        "Packed lunch for Monday", "Named water bottle", "Clipboard and pencil case"]))])

add("clean", "y4_titsey_place", S["fenwick"], [JANE, SAM], 
    "Year 4 trip to Titsey Place - Thursday 25 September", "2025-09-15 13:05:44",
    """Dear Year 4 Parents,

As part of our Tudors topic, Year 4 will be visiting Titsey Place near
Oxted on Thursday 25 September. The estate team run a brilliant workshop on
Tudor estate life and the children will also walk part of the old Pilgrims'
Way along the North Downs.

We'll travel by coach, leaving at 9.00am and returning in time for normal
pick-up. Children should wear school uniform with their games fleece and
sensible shoes, and bring a named packed lunch (no nuts, please) and a
water bottle. Kitchen can provide a packed lunch if you email catering@ by
Monday.

The cost of GBP 24 will be added to next term's bill. Please give consent
on the portal by Friday.

Kind regards,

""" + sig("fenwick"),
    "trip to Titsey Place (Surrey village name)")

add("clean", "fixtures_sussex_middlesex", S["fairclough"], [JANE, SAM, ALI],
    "This week's fixtures (w/c 29 September)", "2025-09-26 15:30:10",
    """Dear Parents,

Here are next week's fixtures. Please check times carefully as several
teams are away.

WEDNESDAY 1 OCTOBER
U13A rugby v St Benedict's, Cocking (away) - depart 12.15, return c.6.30pm
U13B rugby v St Benedict's (home) - 2.30pm KO
U11A/B hockey v Lydgate House, Middlesex (away) - depart 12.30, return c.6pm
U9 football v Fernleigh (home) - 2.45pm KO

SATURDAY 4 OCTOBER
U13A/B rugby v Ashcombe Park (home) - 2.30pm KO, match tea in the Long Room
U12 hockey - Sussex Prep Schools festival at Lancing (away) - depart 8.15am
U11 netball v Fernleigh Prep, Essex (away) - depart 9.00am, return c.3pm

A reminder that St Benedict's is a fair drive down into West Sussex and
the coach will stop at Cocking village hall for a comfort break on the way
back. Parents collecting directly from away fixtures must let the member of
staff in charge know in writing beforehand.

Match teas are always appreciated; please sign up via the FOES rota.

""" + sig("fairclough"),
    "fixtures list: Cocking (West Sussex village), Sussex, Middlesex, Essex", fmt="alt", client="outlook")

add("clean", "cockermouth_floods_prep", S["ashdown"],
    [pupil("19hmontague"), pupil("19jokafor"), pupil("19tokafor"), pupil("19lvance"), pupil("19bsaltash"), pupil("19egreenhalgh")],
    "Y8 Geography prep - Cockermouth case study", "2025-10-02 14:48:37",
    """Set 1 Geography,

Prep for Monday: read the Cockermouth flood case study on Teams (2009, and
the repeat in 2015 with Storm Desmond) and answer questions 1-6 in full
sentences.

Remember the town gets its name from the River Cocker, which meets the
Derwent in the centre of town - that confluence is the whole point of the
case study. For question 5 you need at least two hard and two soft
engineering responses, and you should be able to say who paid for them.

This is a likely 8-mark question in CE, so treat it like one.

Mr Ashdown
""",
    "geography prep to pupils about Cockermouth and the River Cocker")

add("clean", "web_filter_scunthorpe", S["whitlock"], [ALLSTAFF],
    "Web filtering changes from Monday", "2025-09-05 10:02:14",
    """Dear all,

Over the summer we moved to the new web filtering service. Most of you
won't notice anything, but a few points:

1. The old filter blocked far too much on simple word-matching. Last year
it refused a Year 7 project on the Scunthorpe steelworks, the Penistone
Grammar School website (a Year 8's brother goes there), and - my
favourite - half of the Sussex Wildlife Trust site. The new one
categorises whole pages rather than hunting for strings, so this should
stop.

2. If a site you need for teaching is blocked, email the helpdesk with the
full address and the lesson it's for. I'll usually unblock within the day.

3. Pupil iPads in the boarding houses go offline at 9.15pm (Y7) and 9.45pm
(Y8) as before.

Please don't try to get round the filter with a VPN on a school device; it
trips a safeguarding alert to Sarah and to me.

Thanks,

""" + sig("whitlock"),
    "IT note about filter false positives on Scunthorpe, Penistone, Sussex")

add("clean", "exeat_penistone_driver", S["pryce"], [ALI],
    "RE: Half-term travel - Example Pupil Three", "2025-10-20 12:14:09",
    """Dear Mr Guardian,

Thank you - that's all noted. Example Pupil Three will be ready in Fleming
at 4.30pm on Friday with his bags, and I'll walk him out to Mr Sadler's car
myself. Could Mr Sadler bring photo ID, as he isn't yet on our list of
authorised drivers? If you reply confirming his name and the car's
registration, that's all we need.

It's a long drive up to Penistone on a Friday night - I've asked kitchen to
do him a packed supper so he isn't starving by the M1.

Best wishes,

""" + sig("pryce") + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 19 October 2025 21:47
To: Gareth Pryce <g.pryce@example-school.org.uk>
Subject: Half-term travel - Example Pupil Three

Dear Mr Pryce,

For half term, our driver Colin Sadler will collect Example Pupil Three on
Friday at about 4.30 and take him straight to his grandparents near
Penistone. We'll bring him back ourselves on Sunday 2nd, probably around 6.

Many thanks,
Ali Guardian
""",
    "reply to a parent about a driver going to Penistone (Outlook quoted block)", fmt="alt", client="outlook")

add("clean", "new_joiners_surnames", S["admissions"], [ALLSTAFF],
    "New joiners after half term", "2025-10-23 15:40:31",
    """Dear colleagues,

Four new pupils join us after half term. Form tutors have the full files;
this is just so everyone knows names and faces on Monday.

- Harry Cockburn (Year 5, Mr Penrose). Please note it is pronounced
  "Co-burn" - his mother asked specifically that we get this right at
  registration, as it has been an issue at his previous school.
- Ellie Hancock (Year 3, Miss Tate). Moving down from Harrogate; dad is a
  Royal Navy officer, so expect some irregular collections.
- Theo Dickens (Year 7, flexi-boarding Tuesday and Thursday nights in
  Fleming).
- Maisie Shufflebottom (Reception, Miss Brennan). Mornings only until the
  end of November.

Photographs will be on the staff noticeboard and on the MIS by Friday.

Thank you,

""" + sig("admissions"),
    "admissions list of surnames Cockburn, Hancock, Dickens, Shufflebottom", client="outlook")

add("clean", "winter_nets_wankhede", S["hendry"], [JANE, SAM, ALI],
    "Winter cricket nets - visiting coach", "2025-11-10 09:15:02",
    """Dear Parents,

Winter nets start on Tuesday 18 November, 5.00-6.30pm in the sports hall,
for Years 5-8 (boys and girls).

I'm really pleased that Vikram Deshpande will be joining us as a visiting
coach for four sessions. Vikram played first-class cricket in India for a
decade, including several seasons at the Wankhede Stadium in Mumbai, and
has coached in county pathways here for the last six years. He's
particularly good with young spin bowlers.

Cost is GBP 60 for the eight-week block, added to the bill. Hard-ball nets
require a helmet, pads, gloves and an abdominal guard; the shop has
everything in stock.

Please sign up on the portal by Friday.

""" + sig("hendry"),
    "cricket coach who played at the Wankhede Stadium", fmt="alt", client="outlook")

add("clean", "lear_bastard_scholarship", S["adebayo"],
    [pupil("19jokafor"), pupil("19tokafor"), pupil("19hmontague")], 
    "Scholarship English - Edmund", "2025-11-04 17:10:40",
    """Dear all,

For Thursday's scholarship session, please re-read King Lear Act 1 Scene 2,
Edmund's soliloquy, and come with notes on the opening lines:

    Thou, Nature, art my goddess; to thy law
    My services are bound. Wherefore should I
    Stand in the plague of custom...
    ...Why bastard? wherefore base?
    When my dimensions are as well compact...

and the final line: "Now, gods, stand up for bastards!"

Think about how Edmund turns the label back on the society that gave it to
him. Is he a villain because of what he is called, or in spite of it? What
does Shakespeare do with the words "base", "legitimate" and "nature"?

A strong scholarship answer will look at the language closely and place it
in context (primogeniture, illegitimacy in Jacobean England) without
turning into a history essay.

Ms Adebayo

Cc Mr Quayle for information.
""",
    "scholarship English to pupils quoting King Lear ('Why bastard?', 'stand up for bastards')",
    cc=[S["quayle"]])

add("clean", "nature_club_birds", S["raman"], [JANE, SAM, ALI],
    "Nature Club news - nest boxes, woodcock and a Galápagos talk", "2025-11-14 12:30:00", "",
    "HTML-only nature club newsletter: great tits, woodcock, shags, blue-footed booby", fmt="html",
    client="mailchimp", html_cte="quoted-printable",
    html_body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Nature Club</title></head>
<body style="margin:0;background:#f4f6f1;font-family:Georgia,serif;color:#233">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2f5d3a;color:#fff"><h1 style="margin:0;font-size:24px">Nature Club News</h1>
<p style="margin:4px 0 0">Autumn Term, Week 10</p></td></tr>
<tr><td>
<h2 style="font-size:18px">Nest box camera</h2>
<p>The camera in the box by the Pre-Prep garden has been busy even out of season: a pair of great tits
have been roosting in it most nights, and the blue tits are back on the feeders. Year 5 counted
fourteen blue tits at once on Tuesday!</p>
<h2 style="font-size:18px">A woodcock on the cross-country course</h2>
<p>Mr Stokes flushed a woodcock from the bracken at the bottom of the woods on Monday morning.
They are winter visitors and very hard to spot &ndash; if you see one, please log it on the club sightings sheet.</p>
<h2 style="font-size:18px">Half-term sightings</h2>
<p>Thank you for all the photos. Highlights: a pair of shags on the rocks at Kimmeridge (well spotted,
Year 6 &ndash; they have a curly crest in the breeding season, which is how you tell them from cormorants),
a kestrel over the A3 and a very confident robin in the Head&rsquo;s study.</p>
<h2 style="font-size:18px">Guest talk: the Gal&aacute;pagos</h2>
<p>Dr Helen Marsh from the university joins us on Thursday 27 November to talk about her fieldwork on
the Gal&aacute;pagos. Expect giant tortoises, marine iguanas and the blue-footed booby and its
famous courtship dance. Open to Years 4&ndash;8, 4.15pm in the Science Lecture Room.</p>
<p>Dr Raman<br>Head of Science<br>Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</td></tr></table></td></tr></table>
</body></html>
""")

add("clean", "y5_space_prep", S["penrose"],
    [pupil("21aclarke"), pupil("21mfitzroy"), pupil("21pnkemelu"), pupil("21rhalloran")],
    "Space topic - your research task", "2025-10-09 15:55:27",
    """Hello Year 5,

For your space research task, each of you has been given one of the outer
planets or one of their moons. Please make a fact file (one side of A4)
with: distance from the Sun, length of a day and a year, what it is made
of, and one amazing fact.

Amelia - Jupiter
Max - Saturn (and Titan if you have room)
Precious - Uranus
Rory - Neptune

Precious, remember Uranus is the one that spins on its side - see if you
can find out why scientists think that happened.

Due next Thursday. Have fun!

Mr Penrose
""",
    "Year 5 space homework to pupils mentioning Uranus and Titan")

add("clean", "y7_constructions_prep", S["whitfield"],
    [pupil("20cmartel"), pupil("20dostrowski"), pupil("20fbarnard"), pupil("20kwu")],
    "7W maths prep - constructions", "2025-10-15 12:50:00",
    """Hi 7W,

Prep for Friday is Exercise 14C, questions 1-8 (constructions).

Some reminders, as several of you asked in the lesson:

* You need a sharp pencil, a ruler and a pair of compasses. No protractors
  for any question that says "construct".
* To erect a perpendicular at a point P on a line, set your compasses to
  any radius, mark two arcs either side of P, then open the compasses a bit
  wider and draw arcs from each of those points so they cross. Join the
  crossing point to P.
* Leave ALL your construction arcs showing - you lose the marks in CE if you
  rub them out.

Question 8 is the locus question and is meant to be hard. Have a go and
write down what you tried if you get stuck.

Miss Whitfield
""",
    "maths prep to pupils: 'erect a perpendicular', 'pair of compasses'")

add("clean", "history_ce_revision", S["ashdown"],
    [pupil("19hmontague"), pupil("19lvance"), pupil("19bsaltash"), pupil("19egreenhalgh")],
    "History CE revision list - Tudors & Stuarts", "2025-11-26 16:02:48",
    """Set 2 History,

Here is the revision list for the mock on the 8th. You should be able to
write a paragraph on each of these without notes:

1. Why Mary I is remembered as "Bloody Mary" - and whether that's fair
2. The Elizabethan Religious Settlement
3. The Gunpowder Plot (Catesby, Fawkes and the "popish" label)
4. Causes of the Civil War: money, religion, Parliament
5. Pride's Purge and the Rump Parliament
6. The execution of Charles I - why was it so shocking?
7. Titus Oates and the Popish Plot
8. The Bloody Assizes after Monmouth's rebellion

Use the timelines in your exercise books, and remember PEEL paragraphs.

Mr Ashdown

""" + sig("ashdown"),
    "history revision list: Bloody Mary, Rump Parliament, Popish Plot, Bloody Assizes", fmt="alt", client="outlook")

add("clean", "trs_theology_revision", S["chaplain"],
    [pupil("19jokafor"), pupil("19tokafor"), pupil("19egreenhalgh"), pupil("19bsaltash")],
    "13+ TRS - revision for Monday", "2025-11-27 13:31:12",
    """Dear Year 8 Scholars,

For Monday's TRS session please revise the following:

- The problem of evil and suffering: Irenaeus and Augustine. Be ready to
  explain why a good God might permit hell, and what Christians have meant
  by damnation.
- Judaism: Shabbat, Pesach, and the Jewish understanding of covenant.
- Islam: the Five Pillars; how Muslims understand submission to Allah.
- The Holocaust and antisemitism: why we study this in TRS as well as
  in History. We will also look at how Islamophobia and antisemitism are
  defined today and why precise definitions matter.

We will finish with the essay question from last year's paper: "Religion
does more harm than good." Discuss.

God bless, and see you in chapel,

""" + sig("chaplain"),
    "theology revision to pupils: hell, damnation, Jewish, Muslims, antisemitism, Islamophobia")

add("clean", "latin_cunctator", S["quayle"],
    [pupil("19jokafor"), pupil("19hmontague")], 
    "Latin scholarship - Fabius and the unseen", "2025-10-06 18:03:29",
    """Dear both,

Two things for Wednesday:

1. Read the passage on Quintus Fabius Maximus in the green book (pp. 44-46).
The Romans called him "Cunctator" - the Delayer - because he refused to
meet Hannibal in open battle after Trasimene. Be ready to explain how the
nickname went from an insult to a compliment, and quote Ennius: "unus homo
nobis cunctando restituit rem".

2. Unseen: the Scholarship 2023 passage (Hannibal crossing the Alps). Watch
out for the ablative absolutes and for "dixit" and "dictum" turning up in
unexpected places. Greek candidates - the Xenophon passage instead, please.

Bonam fortunam!

OQ
""",
    "Latin scholarship email: 'Cunctator', 'cunctando', 'dixit'")

add("clean", "y6_rse_letter", S["pettifer"], [JANE, SAM, ALI],
    "Year 6 RSE: growing up and changing bodies", "2025-11-17 10:00:00",
    """Dear Year 6 Parents,

After half term, as part of our PSHE and Relationships and Sex Education
(RSE) programme, Year 6 will have four lessons on growing up and puberty.
The overview is attached, and the resources are available to view in the
school office should you wish to see them.

As in previous years:

- We use the correct names for body parts: penis, testicles, vulva,
  vagina, breasts. Children learn these words from Reception in our
  safeguarding curriculum, and we find that correct vocabulary helps them
  talk confidently and keeps them safer.
- We cover periods and period products, wet dreams and erections, body
  hair, body odour and emotional changes, and where to get help.
- Boys and girls learn about both sexes' changes, some together and some
  in separate groups, with an anonymous question box.

The sex education elements of the Year 6 programme are optional, and you
may ask for your child to be withdrawn from these sessions; please speak to
me first so we can talk it through.

Please do come along to the parents' information session at 8.15am on
Wednesday 26 November in the Library.

With best wishes,

""" + sig("pettifer"),
    "RSE puberty letter to parents with correct anatomical vocabulary",
    fmt="alt", client="outlook",
    attachments=[("Y6_RSE_Overview_Spring.pdf", "application/pdf", fake_pdf("Year 6 RSE Overview", [
        "Lesson 1: How our bodies change", "Lesson 2: Periods and hygiene",
        "Lesson 3: Feelings and friendships", "Lesson 4: Questions and where to get help"]))])

add("clean", "send_tourettes_briefing", S["haddad"],
    [S["penrose"], S["fenwick"], S["whitfield"], S["adebayo"], S["asante"]],
    "New Y5 pupil - Tourette syndrome (staff only)", "2025-10-28 08:05:51",
    """Dear colleagues,

A brief before Monday. Harry Cockburn, who joins Year 5 after half term,
has a diagnosis of Tourette syndrome and ADHD (no EHCP; he is on our SEN
register at K).

What you need to know:

- His motor tics are mostly blinking, shoulder shrugs and sniffing.
- Vocal tics include throat-clearing, repeating the last word he has heard
  and, at times of stress, occasional coprolalia - involuntary swearing. His
  parents say this is rare now, but please do not sanction tics, and don't
  draw attention to them. A calm "carry on" is fine.
- He has a time-out card and can go to Learning Support (Room 4) at any
  point. Please let him use it without questions.
- Seat him near the door, and give instructions one at a time.
- Tics often increase after holidays and before tests, so expect more in
  his first fortnight.

I'll cover this at Monday briefing too. Thank you for being kind about it.

Nadia

""" + sig("haddad"),
    "SENCo staff briefing on Tourette's, coprolalia, ADHD (SEND terms)", client="outlook")

add("clean", "dsl_report_boarding_quote", S["reid"], [S["dsl"]],
    "Incident in Fleming - Tuesday evening (CONFIDENTIAL)", "2025-11-18 22:31:40",
    """Sarah,

Reporting as requested. Also logged on CPOMS.

Time/place: approx. 21:40, Tuesday 18 November, top dorm, Fleming.
Pupils: B (Y8) and R (Y7).

I heard shouting and went up. B was standing over R's bed. In front of me
B said to R: "you're a fucking gay boy, no one wants you in this dorm" and
then "go back to your own country, you paki". R was crying and had his
duvet over his head.

I separated them, took B down to the duty room and stayed with R until Mr
Pryce arrived. R told Mr Pryce it has "been going on since half term" and
that B has said similar things in the showers. R has asked not to go home
early; he wants to speak to you tomorrow.

I've written exactly what was said because you told us to in training.
I'm on duty until 7am.

Callum Reid
Gap Boarding Assistant
""",
    "staff-only safeguarding report to the DSL quoting a pupil's homophobic and racist words verbatim",
    cc=[S["pryce"]])

add("clean", "dsl_disclosure_reception", S["brennan"], [S["dsl"]],
    "Disclosure - Reception - please call me", "2025-10-10 10:48:09",
    """Sarah,

During carpet time this morning (about 9.20), when we were talking about
feelings, one of my Reception children said, unprompted:

"Daddy called Mummy a stupid bitch and threw the remote at the TV and
Mummy cried in the car."

I said "thank you for telling me" and didn't ask anything else, as per
training. The child then went back to playing normally. The nanny
dropped off today; Mum usually does on Fridays.

I've recorded it on CPOMS with the exact words. I'm free from 12 if you
want to talk. Please don't email the name; I'll come and find you.

Lottie

""" + sig("brennan"),
    "staff-only disclosure to DSL quoting a young child verbatim ('stupid bitch')")

add("clean", "head_reply_angry_parent", S["lomax"], [ALI],
    "Re: U13 selection", "2025-10-07 08:12:36",
    """Dear Mr Guardian,

Thank you for your email, and I'm sorry you and Example Pupil Three are so
disappointed about Saturday's selection.

Selection for the A team is made by Mr Fairclough and the coaching staff
each week, on training and on recent matches. I have asked Mr Fairclough to
meet you, with me, on Thursday at 8.15am so that he can explain his
reasons and what Example Pupil Three can work on. I hope you'll be able to
come.

I do have to ask that future correspondence with staff is courteous. I
know this matters a great deal to your family, and I'm confident we can
sort it out face to face.

With best wishes,

""" + sig("lomax") + """

On Mon, 6 Oct 2025 at 22:58, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This is fucking ridiculous. My son has been dropped from the A team by
> some jumped-up PE teacher who wouldn't know talent if it bit him on the
> arse. We pay over 30k a year for this shit. I want a meeting with you
> tomorrow, not Fairclough.
""",
    "Head's polite reply; swearing only in the parent's quoted email below", fmt="alt", client="gmail",
    extra=[("In-Reply-To", "<CAK7Gx2=abusive-parent-u13@mail.gmail.com>")])

add("clean", "forward_abusive_driver_to_head", S["office"], [S["lomax"]],
    "Fwd: car park this morning", "2025-11-05 09:34:58",
    """Harriet,

Forwarding as per the policy - this came in overnight from the driver who
collects the Bramley children, after Jamie spoke to him about parking in
the fire lane yesterday. I haven't replied. Jamie says there were no words
exchanged beyond asking him to move.

Sarah is copied in.

Annabel

---------- Forwarded message ---------
From: Anton Reyes <a.reyes.drives@gmail.com>
Date: Tue, 4 Nov 2025 at 23:41
Subject: car park this morning
To: <office@example-school.org.uk>

Tell that prick with the hi-vis to mind his own fucking business. I've
been parking there for two years. If he talks to me like that again in
front of the kids I'll sort him out myself.
""",
    "staff forwarding an abusive third-party email to the Head and DSL, as the policy requires [unsure]",
    cc=[S["dsl"]], client="outlook")

add("clean", "behaviour_policy_language", S["kingsley"], [ALLSTAFF],
    "Language on the pitches and in the houses", "2025-11-20 16:45:00",
    """Dear colleagues,

Following Monday's pastoral meeting: we've had a noticeable rise this half
term in prejudice-related language, mostly among the Year 7 and 8 boys on
the pitches and in the boarding houses. Specifically "gay" used as an
insult, "retard" and "spaz", and two incidents of racist language in
Fleming.

A reminder of what the behaviour policy asks of us:

1. Always challenge it, every time, even if it's "banter". Name the word
   and why it's unacceptable.
2. Record it on CPOMS as a prejudice-related incident, with the exact
   words used - please don't write "said something rude"; I need to know.
3. Anything racist, homophobic or disablist goes to the Head of Year the
   same day, and to me if it is repeated or targeted at one child.
4. Swearing in general: a first instance in class is a teacher sanction;
   swearing at a member of staff is an automatic Head of Year detention.

Matches are where we most often let it go. Coaches, please do not.

I'll bring the updated flowchart to briefing on Monday.

Sarah

""" + sig("dsl"),
    "deputy head to staff discussing the behaviour policy and naming the slurs pupils use [unsure]",
    fmt="alt", client="outlook")

add("clean", "hardball_kit_box", S["fairclough"], [JANE, SAM, ALI],
    "Kit for winter nets and the Easter cricket tour", "2025-11-11 11:20:33",
    """Dear Parents,

With winter nets starting next week, and the Portugal tour booking
opening, a reminder of the protective kit every player needs for hard-ball
cricket. We will not let anyone bat or keep without it.

Batting: helmet with grille (to the current British Standard), pads,
batting gloves, thigh pad (Years 7-8), and an abdominal guard (a "box").
Boys need a box and a pair of compression shorts or a jockstrap to hold
it in place. Girls' abdominal guards are available in the shop and fit
the same compression shorts.

Wicket-keeping: keeping gloves and inners, pads and a helmet.

All players: non-marking trainers for indoor nets, a water bottle, and a
named school kitbag.

Second-hand kit is available at the FOES swap shop on Friday mornings.
Please name everything - we currently have seven unnamed boxes in the lost
property basket, which nobody wants to claim.

""" + sig("fairclough"),
    "cricket kit list: box, jockstrap, abdominal guard, balls", cte="quoted-printable")

add("clean", "menu_faggots_spotted_dick", S["catering"], [JANE, SAM, ALI],
    "Lunch menu - week beginning 24 November", "2025-11-21 14:00:00",
    """Dear Parents,

Next week's menu is below. As always, a vegetarian option, a jacket potato
bar and the salad bar are available every day, and all allergens are
labelled at the servery.

Monday: roast chicken, roast potatoes, carrots / veg: mushroom Wellington
Pudding: apple crumble and custard

Tuesday: beef lasagne, garlic bread, green salad / veg: spinach and ricotta
cannelloni
Pudding: fruit salad and yoghurt

Wednesday (match day, early lunch): chicken and chorizo pasta / veg: tomato
and basil pasta
Pudding: flapjack

Thursday - British classics: faggots, mash and mushy peas with onion gravy
/ veg: Glamorgan sausages
Pudding: spotted dick and custard

Friday: fish and chips, peas, tartare sauce / veg: halloumi and chips
Pudding: chocolate sponge

Boarders' Saturday brunch and Sunday roast continue as usual.

Graham Tilley
Catering Manager
""",
    "menu with faggots and spotted dick", fmt="alt", client="outlook")

add("clean", "nativity_ox_and_ass", S["brennan"], [JANE, SAM],
    "Reception Nativity - parts and costumes", "2025-11-24 15:48:11",
    """Dear Reception Parents,

The children have been so excited to hear their parts for our Nativity,
"The Ox and the Ass", which we'll perform on Tuesday 9 December at 2pm in
the Hall. It's a lovely little play told from the point of view of the two
animals in the stable, and the children have already learnt the first song.

Costumes: please send in, in a named bag, by Monday 1 December.

- Mary, Joseph and the Innkeeper: costumes provided by school
- The Ox and the Ass: brown or grey clothes; we'll make ears and tails in
  class
- Shepherds: a tea towel and a dressing gown
- Sheep: white or cream clothes and a hat if you have one
- Stars: anything yellow or gold
- Angels: white clothes; we'll provide tinsel halos

Your child's part is on the slip in their book bag today. Tickets (two per
family) will go out next week; the au pairs and nannies are very welcome
to use one.

Thank you!

""" + sig("brennan"),
    "Reception nativity letter: 'The Ox and the Ass'", cte="quoted-printable")

add("clean", "music_scholarship_fanny_mendelssohn", S["wisniewski"], [JANE],
    "Music scholarship audition programme", "2025-11-05 19:22:40",
    """Dear Jane,

Lovely to see you at the informal concert. As promised, here are my
thoughts on Example Pupil One's programme for the music scholarship
auditions in January.

Piano: I'd suggest the Fanny Mendelssohn (Hensel) "Song without words" in
E flat - it shows off her legato and is a little less familiar than the
Felix, which the panel will appreciate - followed by the Kabalevsky toccatina
for contrast.

Second study, voice: "Linden Lea" (Vaughan Williams), which she sings
beautifully.

She'll need to be at Grade 6 standard on the piano; she is comfortably
there. Aural and sight-reading are where she can make the biggest gains
before January, so I'll add ten minutes of sight-reading to her Thursday
lesson.

Warm regards,
Tomasz

""" + sig("wisniewski"),
    "Director of Music to a parent: Fanny Mendelssohn repertoire (encoded sender name)",
    fmt="alt", cte="8bit", client="apple")

add("clean", "panto_dick_whittington", S["grant"],
    [pupil("21aclarke"), pupil("21mfitzroy"), pupil("21pnkemelu"), pupil("21rhalloran"),
     pupil("21gsutherland")],
    "Year 6 panto - cast list!", "2025-09-30 16:30:20",
    """Hello Year 6!

Thank you for such brilliant auditions. Here is the cast list for this
year's panto, Dick Whittington:

Dick Whittington - Rory
Tommy the Cat - Precious
King Rat - Max
Alice Fitzwarren - Amelia
Alderman Fitzwarren - Gus
Sarah the Cook (our dame!) - Mr Ashdown has kindly agreed...

Everyone else is in the chorus of rats, sailors and Londoners, and
everyone gets a line.

Scripts will be handed out on Friday. Rehearsals are Tuesdays and Thursdays
at 4.15 in the Studio. Dick and Tommy, please learn the Act 1 song first.

Mr Grant
""",
    "panto cast list to pupils: Dick Whittington", fmt="html", client="thunderbird")

add("clean", "u13_team_sheet_hooker", S["asante"],
    [pupil("19hmontague"), pupil("19lvance"), pupil("19bsaltash"), pupil("18fgreville"),
     pupil("19egreenhalgh")],
    "U13A v Ashcombe Park - team", "2025-10-02 17:10:00",
    """U13A,

Team for Saturday v Ashcombe Park (home, 2.30 KO, meet 1.45 in the changing
room):

1 Vance (loosehead)
2 Saltash (hooker)
3 Greenhalgh (tighthead)
4 Morrell  5 Achebe
6 Lindqvist  7 Pike  8 Okafor J
9 Greville (scrum-half)  10 Montague
11 Fairweather  12 Okafor T  13 Carew  14 Dunne  15 Halloran
Bench: Wu, Barnard, Ostrowski

Ben - lineout calls are on Teams, learn them, you're throwing in.
Scrums: we'll work on the hooker's strike and the binding on Thursday.

Well played on Wednesday.

Mr Asante
""",
    "rugby team sheet to pupils: loosehead, hooker, tighthead")

add("clean", "y5_brooklands_cockpit", S["penrose"], [JANE, SAM, ALI],
    "Year 5 trip to Brooklands Museum", "2025-09-22 08:44:12",
    """Dear Year 5 Parents,

On Friday 3 October Year 5 will visit Brooklands Museum in Weybridge as
part of our Flight topic. The highlight for most children is the chance
to sit in the Concorde cockpit; they will also see the Wellington bomber
recovered from Loch Ness and take part in a workshop on how wings work.

We leave at 9.15 and return by 3.15. Please send your child in school
uniform with a coat and a named packed lunch.

The cost (GBP 21) will be added to the bill.

Many thanks,

""" + sig("penrose"),
    "Year 5 trip letter: Concorde cockpit, Wellington bomber", fmt="alt", client="outlook")

add("clean", "orkney_twatt_thanks", S["quayle"], [S["whitfield"]],
    "Thank you!", "2025-11-03 07:58:45",
    """Hannah,

Thank you so much for covering my Y7 Latin while I was away - and for
marking their vocab test, above and beyond.

Orkney was wonderful. We stayed on a farm near Twatt, just by the Loch of
Boardhouse, and saw hen harriers most afternoons and a great skua off
Birsay. I've brought you some fudge from Stromness; it's in your pigeonhole.

O
""",
    "thank-you note to colleague mentioning the Orkney village of Twatt")

# -------------------------------------------------------------- EVERYDAY ---

add("clean", "u11_saturday_match", S["asante"], [JANE, SAM, ALI],
    "U11 A & B v Hollybank House - Saturday 8 November", "2025-11-06 12:02:18",
    """Dear U11 Parents,

Both U11 football teams are away at Hollybank House on Saturday.

Departure: 12.30pm from the sports hall (boys to be changed into
tracksuits by 12.15)
Kick-off: 2.15pm
Return: approximately 5.30pm to the front drive

Please make sure your son has shin pads, a gumshield (yes, for football
too at Hollybank's request - their pitches are shared with the rugby
club), boots and a named water bottle. The boys will have match tea after
the game.

If you plan to collect directly from Hollybank, please email me by
Friday lunchtime. Nannies and drivers collecting from there will need to
be on your authorised list.

Team sheets are on the board outside the changing rooms.

Many thanks,

""" + sig("asante"),
    "everyday: away match arrangements to parents", fmt="alt", client="outlook")

add("clean", "nanny_collection_reply", S["office"], [("Magda Kowal", "magda.kowal.nanny@gmail.com")],
    "Re: Collection on Thursday", "2025-09-16 09:12:40",
    """Dear Magda,

Thank you for letting us know. That's noted: you'll collect Example Pupil
Two at 4.15pm on Thursday instead of the after-school club.

As you're not yet on the authorised collectors list, could Sam please
email us to confirm? I've copied Sam in. Please also bring photo ID on the
day and come to Reception rather than the Pre-Prep gate.

Kind regards,

""" + sig("office") + """

On Mon, 15 Sept 2025 at 20:31, Magda Kowal <magda.kowal.nanny@gmail.com> wrote:
> Hello,
> I am the new nanny for Example Pupil Two, I started this week. On Thursday
> I will collect at 4.15 because of a dentist appointment. Is this ok?
> Thank you
> Magda
""",
    "everyday: office reply to a nanny about collection, parent copied", cc=[SAM],
    fmt="alt", client="gmail")

add("clean", "blazer_found", S["tate"], [JANE],
    "Blazer found!", "2025-09-25 16:40:02",
    """Hi Jane,

Good news - the blazer turned up in the music school, under the harp of
all places. It's in her bag tonight.

Imogen
""",
    "everyday: two-line note to a parent about a lost blazer", client="iphone")

add("clean", "y6_reading_log", S["adebayo"],
    [pupil("21aclarke"), pupil("21mfitzroy"), pupil("21pnkemelu"), pupil("21rhalloran"), pupil("21gsutherland")],
    "Reading logs and book reviews", "2025-09-12 14:22:35",
    """Good afternoon 6A,

A few reminders as we settle into the term:

- Reading logs come in every Monday, signed by you (not by a grown-up -
  I want your comment on what you read, one or two sentences is plenty).
- Your first book review is due on Friday 26 September. Choose any novel
  you have finished this term. The template is on Teams under "Reading".
- The library is open at lunch on Tuesdays and Thursdays, and Mrs Ford has
  put out a new shelf of adventure stories. Go and have a look.

If you're stuck for ideas, try "The Boy at the Back of the Class", "Holes",
or "Wonder". Come and talk to me if you'd like a recommendation.

Ms Adebayo
""",
    "everyday: English teacher reminders to Year 6 pupils")

add("clean", "ce_mock_timetable", S["lyle"],
    [pupil("19hmontague"), pupil("19jokafor"), pupil("19tokafor"), pupil("19lvance"), pupil("19bsaltash"),
     pupil("19egreenhalgh")],
    "Year 8 mock examinations - timetable", "2025-11-24 08:30:00",
    """Dear Year 8,

The timetable for your Common Entrance and scholarship mock examinations
(Monday 8 - Friday 12 December) is attached. Please check it carefully and
copy it into your planner tonight.

All exams are in the Sports Hall unless stated. Arrive ten minutes early,
with clear pencil cases, a scientific calculator and a watch (no smart
watches). Phones are handed in to your housemaster or form tutor.

If you have access arrangements, Mrs Haddad will have told you where to
go. If you think there's a clash, tell me by Wednesday.

Good luck with your revision.

""" + sig("lyle"),
    "everyday: CE mock timetable to pupils, CSV attachment",
    cc=[S["orourke"], S["ashdown"]], client="outlook",
    attachments=[("Y8_mock_timetable_Dec2025.csv", "text/csv", (
        "Date,Time,Paper,Room,Duration\r\n"
        "Mon 08/12,09:00,Mathematics Paper 1 (non-calculator),Sports Hall,60 min\r\n"
        "Mon 08/12,11:15,English Paper 1,Sports Hall,75 min\r\n"
        "Tue 09/12,09:00,Science,Sports Hall,60 min\r\n"
        "Tue 09/12,11:15,French (incl. listening),Sports Hall / Lab 2,60 min\r\n"
        "Wed 10/12,09:00,Mathematics Paper 2 (calculator),Sports Hall,60 min\r\n"
        "Wed 10/12,11:15,Latin,Sports Hall,60 min\r\n"
        "Thu 11/12,09:00,History,Sports Hall,60 min\r\n"
        "Thu 11/12,11:15,Geography,Sports Hall,60 min\r\n"
        "Fri 12/12,09:00,TRS,Sports Hall,60 min\r\n"
        "Fri 12/12,10:30,English Paper 2,Sports Hall,75 min\r\n").encode("utf-8"), "base64", "utf-8")])

add("clean", "monday_briefing_notes", S["lyle"], [ALLSTAFF],
    "Monday briefing notes - 13 October", "2025-10-13 08:52:10",
    """Dear all,

Notes from this morning's briefing for those on duty or in the Pre-Prep.

1. Half term: Friday 24 October, pupils leave from 12.30. Boarders' travel
   lists are with Gareth and Bridget. Lessons P5-P6 are cancelled.
2. Reports: Y3-Y8 half-term grades due on the MIS by Wednesday 5pm.
   Please don't leave the effort grades blank.
3. Open Morning: Saturday 8 November. Penny will circulate the rota;
   every department needs someone in their room 9.30-12.
4. Fire drill this week - date unannounced. Registers in the usual place.
5. Matches: Wednesday fixtures mean P5 and P6 lessons for Y5-Y8 are
   cancelled as usual; tutors please remind pupils about kit.
6. Charity: Y7 bake sale on Thursday break for the hospice.

Have a good week,
Edward
""",
    "everyday: staff briefing notes", cte="quoted-printable", client="outlook")

add("clean", "foes_christmas_fair", S["development"], [SAM],
    "FOES Christmas Fair - Year 2 stall", "2025-11-04 11:11:43",
    """Dear Sam,

Thank you so much for offering to co-ordinate the Year 2 stall at the FOES
Christmas Fair again. It raised over GBP 900 last year!

Some practical bits:

- The Fair is on Saturday 29 November, 11am-3pm, in the Sports Hall and
  marquee on the front lawn.
- Stall set-up from 9am; tables, cloths and floats will be there.
- Card machines: FOES has four; please let me know by 20 November if you
  need one.
- Food stalls need an allergen sheet - the template is attached to the
  FOES page on the portal.

Isabella Fortescue (FOES Chair) is copied in and will be in touch about
the volunteer rota. Do shout if you need anything from the school side.

Best wishes,
Amelia

""" + sig("development"),
    "everyday: parents' association fair arrangements",
    cc=[("Isabella Fortescue", "bella.fortescue.foes@gmail.com")], fmt="alt", client="outlook")

add("clean", "cello_lessons_timetable", S["music"], [ALI],
    "Cello lessons - autumn timetable", "2025-09-10 10:35:57",
    """Dear Mr Guardian,

Example Pupil Three's cello lessons with Mrs Hartley start next week.
Lessons are on Wednesdays and rotate through the morning so that he
doesn't miss the same academic lesson each week:

17 Sept 08:45
24 Sept 09:30
1 Oct 10:35
8 Oct 11:20
15 Oct 08:45 ... and so on (full rota on the music noticeboard)

On match days his lesson will always be in the morning. Lessons are 30
minutes and are billed termly in arrears. Mrs Hartley would like him to
bring the Grade 4 book and a pencil to every lesson.

With kind regards,

""" + sig("music"),
    "everyday: instrumental lesson timetable to a parent", fmt="alt", client="outlook")

add("clean", "fees_invoice_family_office", S["bursar"], [("James Ellison", "j.ellison@example.com")],
    "Spring term fees invoice - Okafor", "2025-12-03 10:05:05",
    """Dear Mr Ellison,

Please find attached the Spring term 2026 fees invoice for Jude and Toby
Okafor (Year 8, full boarding), together with the extras schedule for the
Autumn term (music lessons, Dorset trip and Common Entrance entries).

Payment is due by 2 January 2026. As before, please quote the invoice
number as the reference on the bank transfer. Bank details are on the
invoice; we will never change them by email, so please do call me on the
school number if you ever receive an email suggesting otherwise.

Many thanks for your help this term.

Kind regards,

""" + sig("bursar"),
    "everyday: bursar sending a fees invoice PDF to a family office",
    client="outlook",
    attachments=[("INV-2026-S-0418_Okafor.pdf", "application/pdf", fake_pdf("Example School - Invoice INV-2026-S-0418", [
        "Spring Term 2026 - Tuition and boarding (x2)", "Autumn extras - see schedule",
        "Payment due: 2 January 2026"]))])

add("clean", "boarding_sickness_bug", S["matron"], [JANE, SAM, ALI],
    "Tummy bug in the boarding houses", "2025-11-28 13:18:44",
    """Dear Parents,

A short note to let you know that we have a handful of cases of a
sickness bug among the boarders this week. All the children affected are
recovering well in the San.

Please help us to stop it spreading:

- If your child has vomiting or diarrhoea, please keep them at home until
  48 hours after the last episode.
- Boarders who are unwell will be cared for in the San; we will call you
  if they need to come home.
- Please remind children about hand-washing before meals and after the
  toilet - we've added extra sanitiser by the dining hall.

As ever, do call me on the school number if you have any worries.

With best wishes,

""" + sig("matron"),
    "everyday: matron's note about a sickness bug", fmt="html", client="outlook")

add("clean", "exeat_weekend_boarders", S["pryce"], [JANE, SAM, ALI],
    "Exeat weekend – travel arrangements", "2025-09-19 17:45:00",
    """Dear Fleming Parents,

A reminder that the exeat weekend begins on Friday 26 September at 12.30pm
and boarders should be back in house by 7.00pm on Sunday 28 September.

- Please reply to this email by Tuesday with who is collecting (parent,
  driver, nanny or grandparent) and roughly when.
- Overseas boarders: the minibus to Heathrow Terminal 5 leaves at 1.15pm
  on Friday; Matron has the flight details.
- Boarders staying with a guardian: guardians should sign the exeat book
  on collection.

Laundry will be done on Friday morning, so please check that bags come
back with everything named.

Have a lovely weekend when it comes,

""" + sig("pryce"),
    "everyday: exeat arrangements, RFC 2047 subject (en dash)", fmt="alt", cte="quoted-printable",
    client="outlook")

add("clean", "scholarship_candidates_senior", S["quayle"], [("Dr Louise Thackeray", "registrar@example.org")],
    "13+ academic scholarship - candidates from Example School", "2025-11-13 16:25:31",
    """Dear Dr Thackeray,

Further to our conversation at the IAPS conference, I can confirm that we
will be entering three candidates for your 13+ academic scholarship
examinations in February: Jude Okafor, Toby Okafor and Hal Montague.

Their registration forms have been completed by their parents and should
reach you this week. I will send the Head's confidential references by
the end of term, along with any access arrangements (one candidate has 25%
extra time).

Could you confirm whether candidates are expected to stay overnight on
the first day, and whether the general paper will follow last year's
format?

With kind regards,

""" + sig("quayle"),
    "everyday: scholarship co-ordinator to a senior school registrar", client="outlook")

add("clean", "tutoring_decline_pa", S["orourke"], [("Charlotte Finch", "charlotte.finch.pa@outlook.com")],
    "RE: Private tuition for Hector over half term", "2025-10-15 18:09:22",
    """Dear Charlotte,

Thank you for your email and for thinking of me. I'm afraid the school's
policy is that staff don't tutor pupils currently at the school privately,
so I won't be able to work with Hector over half term.

The good news is that he doesn't need to be doing anything dramatic. If
Mrs Devereux would like some structure for him, the past papers on Teams
(Maths CE 2022 and 2023, non-calculator) would be ideal, with an hour a day
at most. I'm also running a free revision clinic on Thursday lunchtimes
when he's back.

If the family would still like a tutor, the Registrar keeps a list of
recommended tutors who have no connection with the school.

Kind regards,
Declan O'Rourke

""" + sig("orourke") + """

From: Charlotte Finch <charlotte.finch.pa@outlook.com>
Sent: 15 October 2025 11:02
To: Declan O'Rourke <d.orourke@example-school.org.uk>
Subject: Private tuition for Hector over half term

Dear Mr O'Rourke,

I am PA to Mrs Devereux. She would like to book you for daily maths
tuition for Hector (Y8) at the family home in Cobham over half term,
10am-12pm, at your usual rate. Please let me know your availability and
invoicing details.

Kind regards,
Charlotte Finch
""",
    "everyday: teacher declining private tutoring requested by a parent's PA", fmt="alt", client="outlook")

add("clean", "mfa_rollout", S["whitlock"], [ALLSTAFF],
    "Multi-factor sign-in - your turn this week", "2025-09-29 07:45:10",
    """Morning all,

Multi-factor authentication is being switched on for everyone's school
account this week, department by department. You'll get a prompt the next
time you sign in from outside school.

What to do:
1. Install the Microsoft Authenticator app on your phone.
2. When prompted, scan the QR code on screen.
3. That's it - you'll approve sign-ins from the app from now on.

If you'd rather not use your own phone, I have a few hardware keys - just
ask. I'm in the staffroom at break on Tuesday and Thursday to help anyone
who gets stuck.

Nobody from IT will ever ask you for the code by email or phone.

Ben

""" + sig("whitlock"),
    "everyday: IT instructions for MFA", client="thunderbird")

add("clean", "halfterm_reports_portal", S["lyle"], [JANE, SAM, ALI],
    "Half-term grades and parents' evenings", "2025-10-23 10:30:00",
    """Dear Parents,

Half-term grades for Years 3 to 8 are now available on the Parent Portal
under "Reports". These are a snapshot of attainment and effort in each
subject, with a short comment from your child's form tutor.

Parents' evenings after half term:

- Years 3-4: Tuesday 11 November, 4.30-7.30pm
- Years 5-6: Wednesday 12 November, 5.00-8.00pm (after matches)
- Years 7-8: Thursday 13 November, 4.30-8.00pm, including Common Entrance
  and scholarship advice

Appointments can be booked on the portal from Monday 3 November at
7pm. Appointments are five minutes, and we are happy for a nanny or
guardian to attend in your place with your written permission.

With best wishes for a restful half term,

""" + sig("lyle"),
    "everyday: reports and parents' evening bookings", fmt="alt", client="outlook")

add("clean", "y3_wisley_trip", S["tate"], [JANE, SAM, ALI],
    "Year 3 visit to RHS Wisley - Tuesday 14 October", "2025-10-01 16:12:26",
    """Dear Year 3 Parents,

Our Plants topic comes to a close with a trip to RHS Garden Wisley on
Tuesday 14 October. We will visit the glasshouse, take part in a "seeds
and seed dispersal" workshop and have a picnic lunch by the lake.

Please send your child in school uniform with wellies (in a named bag), a
waterproof coat and a packed lunch in a disposable bag. We will be back
in time for normal collection.

We'd love two parent helpers. If you can come, please reply to me by
Friday.

Thank you,
Imogen Tate
""",
    "everyday: Year 3 trip letter", fmt="alt", client="gmail")

add("clean", "stay_and_play", S["brennan"], [JANE, SAM],
    "Stay and Play - Friday", "2025-10-13 11:00:13",
    """Dear Nursery and Reception Families,

You are warmly invited to our Autumn Stay and Play on Friday 17 October
from 8.30 to 9.15am. Come and see the classroom, join in with the
children's Autumn crafts and have a cup of coffee with us.

Grandparents, nannies and au pairs are very welcome too.

With love from the Pre-Prep team
""",
    "everyday: short Pre-Prep invitation, HTML-only", fmt="html", client="apple")

add("clean", "cover_work_8s", S["raman"], [("Cover Desk", f"cover@{DOM}")],
    "Cover work - 8S Chemistry P3/P4 Thursday", "2025-11-26 06:52:31",
    """Morning,

I'm off today, sorry - sick child. Cover work for 8S (Lab 2, P3-P4) is
attached. They've done the theory; it's a revision lesson, so no
practical work please.

Year 6 P6 can do the wordsearch and quiz in the blue folder on my desk.

I'll check emails at lunchtime.

Priya
""",
    "everyday: cover work with a text attachment", client="iphone",
    attachments=[("8S_cover_Thursday.txt", "text/plain", (
        "8S Chemistry - cover, Thursday P3/P4\r\n\r\n"
        "1. Starter (10 min): 5 questions on the board - separating mixtures.\r\n"
        "2. Revision booklet pages 6-9: acids, alkalis and neutralisation.\r\n"
        "3. Past paper question 4 (CE 2023) - mark with the scheme on p. 10.\r\n"
        "4. Plenary: each pupil writes one exam tip on a sticky note.\r\n\r\n"
        "Seating plan is on the front bench. Goggles NOT needed - no practical.\r\n").encode("utf-8"),
        "7bit", "utf-8")])

add("clean", "pitches_closed", S["stokes"], [S["fairclough"], S["asante"], S["hendry"]],
    "Pitches closed today", "2025-10-29 07:14:50",
    """Morning all,

After last night's rain the main rugby pitches and the lower field are
closed today - the top pitch is standing water. The astro is fine and
we'll have the tennis courts clear by 10.

I'll have another look at 12 and let you know about tomorrow.

Jamie
""",
    "everyday: estates note that the pitches are closed", client="iphone")

add("clean", "absence_query", S["attendance"], [SAM],
    "Absence - Tuesday 4 November", "2025-11-05 09:40:00",
    """Dear Sam,

Our records show that Example Pupil Two was absent from school yesterday
(Tuesday 4 November) and we haven't received a reason. Could you let me
know the reason for the absence, so that I can update the register?

If Example Pupil Two was unwell, a quick reply to this email is all we
need.

Many thanks,

""" + sig("attendance"),
    "everyday: attendance query to a parent", client="outlook")

add("clean", "lamda_exam_date", S["grant"], [ALI, JANE],
    "LAMDA examinations - Thursday 4 December", "2025-11-18 15:05:25",
    """Dear Parents,

The LAMDA examiner will be with us on Thursday 4 December. Your child's
exam time is on the slip in their planner; please ask them to be in the
Studio 15 minutes beforehand, in school uniform (no jewellery).

Results and certificates usually arrive in February.

In the meantime, lots of practice at home please - pieces should be
learnt off by heart by now.

Best wishes,
Felix Grant
""",
    "everyday: LAMDA exam date to parents", fmt="alt", client="outlook")

add("clean", "portugal_tour_deposit", S["fairclough"], [JANE, SAM, ALI],
    "Easter sports tour to Portugal – £250 deposit due", "2025-11-27 12:45:39",
    """Dear Parents of Years 7 and 8,

Thank you for the wonderful response to the Easter sports tour to the
Algarve (Friday 27 March - Thursday 2 April 2026). We have 38 places
confirmed across hockey, netball and cricket.

The payment schedule is:

- GBP 250 deposit by Friday 12 December (non-refundable)
- GBP 600 by Friday 30 January
- Balance (GBP 545) by Friday 27 February

Payments are added to the school bill. The price includes flights from
Gatwick, full-board accommodation, coaching, fixtures, transfers and
insurance.

Passports must be valid until at least the end of October 2026 - please
check now rather than in March!

A parents' information evening will be held in January.

""" + sig("fairclough"),
    "everyday: sports tour payment schedule; RFC 2047 subject (£, en dash)", fmt="alt",
    cte="quoted-printable", client="outlook")

add("clean", "harvest_food_bank", S["chaplain"], [JANE, SAM, ALI],
    "Harvest Festival - donations for the food bank", "2025-09-26 09:30:10",
    """Dear Parents,

Our Harvest Festival service will be held in chapel on Friday 3 October
at 9.00am, and parents are very welcome to join us.

This year we're supporting the Guildford Community Food Bank. They have
asked particularly for:

- tinned meat and fish
- UHT milk and long-life juice
- tinned tomatoes and pasta sauce
- toiletries, especially deodorant and toothpaste

Please no fresh food or glass jars. Children can bring donations to
their form rooms from Monday.

Thank you for your generosity.

""" + sig("chaplain"),
    "everyday: harvest donations letter")

add("clean", "heads_friday_notes", S["lomax"], [JANE, SAM, ALI],
    "Friday Notes - 21 November", "2025-11-21 16:00:00",
    """Dear Parents,

What a week. Monday's Remembrance assembly, led by Year 8, was one of the
most moving I can remember: Jude and Toby Okafor read the names of the old
boys who died in both wars, and the silence in the Hall was absolute.

Sport: a superb Wednesday, with wins for the U13A rugby, the U11A hockey
and the U9 footballers. The U12 netball team reached the final of the
Surrey Prep Schools tournament and lost by a single goal. Thank you to
all the parents, nannies and drivers who braved the wind on the
touchline on Saturday.

Music: congratulations to the 14 pupils who passed ABRSM exams this week,
six with distinction, and to the Chamber Choir, who sang Evensong at
Guildford Cathedral on Sunday.

Scholarships: our Year 8 scholarship candidates are working extremely
hard. Please do make sure they get some fresh air and sleep this weekend.

FOES: the Christmas Fair is next Saturday. The committee still needs help
on the tombola and the Year 4 cake stall - please sign up via the portal.

Dates for your diary:
- Sat 29 Nov: FOES Christmas Fair, 11am-3pm
- Tue 9 Dec: Reception Nativity, 2pm
- Thu 11 Dec: Carol Service, Parish Church, 6pm
- Fri 12 Dec: Term ends at 12 noon (boarders from 11am)

With my best wishes for a restful weekend,

Harriet Lomax
Head
""",
    "everyday: Head's weekly newsletter (long)", fmt="alt", client="mailchimp",
    html_body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Friday Notes</title></head>
<body style="margin:0;padding:0;background:#eef1f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d2733">
<tr><td style="background:#14284b;padding:22px 28px;color:#fff"><span style="font-size:12px;letter-spacing:2px">EXAMPLE SCHOOL</span><br><span style="font-size:26px">Friday Notes</span><br><span style="font-size:13px">21 November 2025</span></td></tr>
<tr><td style="padding:24px 28px">
<p>Dear Parents,</p>
<p>What a week. Monday&rsquo;s Remembrance assembly, led by Year 8, was one of the most moving I can remember: Jude and Toby Okafor read the names of the old boys who died in both wars, and the silence in the Hall was absolute.</p>
<h3 style="color:#14284b;margin-bottom:4px">Sport</h3>
<p>A superb Wednesday, with wins for the U13A rugby, the U11A hockey and the U9 footballers. The U12 netball team reached the final of the Surrey Prep Schools tournament and lost by a single goal. Thank you to all the parents, nannies and drivers who braved the wind on the touchline on Saturday.</p>
<h3 style="color:#14284b;margin-bottom:4px">Music</h3>
<p>Congratulations to the 14 pupils who passed ABRSM exams this week, six with distinction, and to the Chamber Choir, who sang Evensong at Guildford Cathedral on Sunday.</p>
<h3 style="color:#14284b;margin-bottom:4px">Scholarships</h3>
<p>Our Year 8 scholarship candidates are working extremely hard. Please do make sure they get some fresh air and sleep this weekend.</p>
<h3 style="color:#14284b;margin-bottom:4px">FOES</h3>
<p>The Christmas Fair is next Saturday. The committee still needs help on the tombola and the Year 4 cake stall &ndash; please sign up via the portal.</p>
<h3 style="color:#14284b;margin-bottom:4px">Dates for your diary</h3>
<ul><li>Sat 29 Nov: FOES Christmas Fair, 11am&ndash;3pm</li><li>Tue 9 Dec: Reception Nativity, 2pm</li><li>Thu 11 Dec: Carol Service, Parish Church, 6pm</li><li>Fri 12 Dec: Term ends at 12 noon (boarders from 11am)</li></ul>
<p>With my best wishes for a restful weekend,</p>
<p><strong>Harriet Lomax</strong><br>Head</p>
</td></tr>
<tr><td style="background:#f3f4f6;padding:14px 28px;font-size:12px;color:#555">Example School &middot; Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table></td></tr></table>
</body></html>
""", html_cte="quoted-printable")

add("clean", "ratio_homework_reply", S["whitfield"], [pupil("20kwu", "Kai Wu")],
    "Re: ratio question 7", "2025-10-08 19:02:58",
    """Hi Kai,

Good question! You're nearly there. You found that 1 part = 45g, which is
right. But the question asks for the amount of flour, which is 5 parts,
not the total. So it's 5 x 45 = 225g.

Always re-read the last line of the question before you write the answer.

See you tomorrow,
Miss Whitfield

On Wed, 8 Oct 2025 at 18:37, Kai Wu <20kwu@pupils.example-school.org.uk> wrote:
> Dear Miss Whitfield
> For question 7 I got 360g but the answers in the back say 225g. I did
> 360 divided by 8 = 45. What did I do wrong?
> Kai
""",
    "everyday: teacher replies to a pupil's homework question", client="outlook")

add("clean", "drivers_pickup_oneway", S["office"],
    [JANE, SAM, ALI, ("Bookings", "bookings@example.com")],
    "New one-way system at afternoon collection", "2025-09-08 14:55:12",
    """Dear Parents, Nannies and Drivers,

From Monday 15 September we are introducing a one-way system at
afternoon collection to ease congestion on Park Row.

- Please enter by the main gate and exit by the lower gate past the
  sports hall.
- Drivers waiting for boarders or for late collection should use the
  marked bays in the overflow car park, not the drive.
- Engines off while waiting, please.
- Pre-Prep collection remains at the Pre-Prep gate at 3.30pm.

A map is attached. Mr Stokes and his team will be on hand for the first
week to help.

Thank you for your patience,

""" + sig("office"),
    "everyday: car-park arrangements to parents and a chauffeur firm", fmt="alt", client="outlook",
    attachments=[("Collection_one_way_map.pdf", "application/pdf", fake_pdf("Afternoon collection - one-way system", [
        "Enter: main gate (Park Row)", "Exit: lower gate by the sports hall", "Drivers: overflow car park bays 1-14"]))])

add("clean", "housekeeper_name_tapes", S["matron"], [("Rosa Lindqvist", "rosa.lindenlea@hotmail.co.uk")],
    "Name tapes - a few items", "2025-09-19 15:27:04",
    """Dear Rosa,

Thank you for the lovely neat packing for Example Pupil One's flexi-boarding
nights! A few items came without name tapes this week:

- two pairs of navy games socks
- the grey fleece (it might be a sibling's?)
- one white polo shirt

I've popped temporary labels on them, but could you sew or iron tapes on
when they come home on Friday? We have 200 grey fleeces in the house and
they all look identical.

Many thanks,
Bridget Nolan
Matron
""",
    "everyday: matron to a family's housekeeper about name tapes", cc=[JANE], client="outlook")

add("clean", "records_transfer_senior", S["admissions"], [("Admissions Office", "admissions@example.org")],
    "Transfer of pupil records - September 2026 entrants", "2025-12-01 12:10:00",
    """Dear colleagues,

As requested, I will be sending the pupil files for our September 2026
entrants to you through the secure transfer portal at the end of the
Summer term, in line with our usual arrangement. We won't send anything
by email.

Could you confirm the name of the person who should receive the portal
invitation this year, as I understand Mrs Colville has retired?

Kind regards,

""" + sig("admissions"),
    "everyday: registrar to a senior school about record transfer (short)", client="outlook")

add("clean", "flu_immunisation", S["office"], [JANE, SAM, ALI],
    "Flu immunisation - consent by Friday", "2025-09-30 11:45:22",
    """Dear Parents,

The school-age immunisation team will be in school on Wednesday 15 October
to give the nasal flu vaccine to children in Reception to Year 8.

Please complete the online consent form by Friday 3 October, whether or
not you would like your child to be vaccinated. The link was sent to you by
the immunisation team (immunisations@example.org). If you can't find it,
please let us know and we'll ask them to resend.

If your child is boarding, Matron will be with them on the day.

Many thanks,

""" + sig("office"),
    "everyday: flu vaccine consent reminder", fmt="alt", client="outlook")

add("clean", "inset_agenda_ics", S["lyle"], [ALLSTAFF],
    "INSET day - Monday 3 November", "2025-10-24 13:02:47",
    """Dear colleagues,

Agenda for the INSET day when we return from half term:

08.30 Coffee and pastries, Long Room
09.00 Safeguarding update (Sarah) - compulsory for all, including
      support staff and gap assistants
10.15 Oracy across the curriculum (external speaker)
12.30 Lunch
13.30 Departmental time: CE mocks and scholarship planning
15.00 Pre-Prep: EYFS moderation; Estates and catering team briefing
16.00 Finish

A calendar invitation is attached. Please bring a laptop.

Edward

""" + sig("lyle"),
    "everyday: INSET agenda with a calendar attachment", client="outlook",
    attachments=[("INSET_3Nov2025.ics", "text/calendar", (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example School//INSET//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:inset-20251103@example-school.org.uk\r\nDTSTAMP:20251024T120247Z\r\n"
        "DTSTART:20251103T083000Z\r\nDTEND:20251103T160000Z\r\nSUMMARY:INSET day\r\n"
        "LOCATION:Long Room\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8"), "7bit", "utf-8")])


# ==========================================================================
# Write everything
# ==========================================================================
def main():
    flags = sum(1 for m in MESSAGES if m["label"] == "flag")
    cleans = sum(1 for m in MESSAGES if m["label"] == "clean")
    assert (flags, cleans) == (20, 60), (flags, cleans)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)
    order = sorted(MESSAGES, key=lambda m: (m["when"], m["slug"]))
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, m in enumerate(order, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(render(n, m))
        rcpts = " ".join(a[1] for a in m["to"] + m["cc"])
        rows.append([fname, m["label"], m["sender"][1], rcpts, m["note"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print(f"wrote {len(rows)} messages ({flags} flag, {cleans} clean) to {OUT}")


if __name__ == "__main__":
    main()
