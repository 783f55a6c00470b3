#!/usr/bin/env python3
"""Generate the round-15 BLIND held-out corpus for the obscene-language module.

Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
tests/holdout/round15/obscene-language/ (next to this script).

Deterministic: fixed dates, Message-IDs and MIME boundaries, and a fixed-seed
shuffle, so running it twice gives byte-identical files.  Python 3.11 stdlib only.

This corpus is BLIND: never use it for tuning the filter.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
import email

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
DOM = "example-school.org.uk"
PUP = "pupils.example-school.org.uk"

BST = timezone(timedelta(hours=1))
GMT = timezone(timedelta(hours=0))


def when(y, mo, d, h, mi, s=0):
    """RFC 5322 date; UK time (BST 31 Mar - 26 Oct 2024 and from 30 Mar 2025)."""
    summer = (y == 2024 and (3 < mo < 10 or (mo == 10 and d < 27))) or (
        y == 2025 and (mo > 3 or (mo == 3 and d >= 30)))
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=BST if summer else GMT))


def T(s):
    """Strip the first newline of a triple-quoted block (bodies are written flush left)."""
    return s[1:] if s.startswith("\n") else s


# ----------------------------------------------------------------------------------------
# People (all invented)
# ----------------------------------------------------------------------------------------
STAFF = {
    "ashworth": ("Dr Helen Ashworth", "h.ashworth", "Headteacher"),
    "garside": ("Simon Garside", "s.garside", "Deputy Headteacher"),
    "dsl": ("Priya Chandran", "dsl", "Designated Safeguarding Lead"),
    "hughes": ("Rhys Hughes", "r.hughes", "Director of Music"),
    "music": ("Bethan Lloyd-Jones", "music", "Music Administrator"),
    "eastwood": ("Ben Eastwood", "b.eastwood", "Head of Wind and Brass"),
    "ng": ("Clara Ng", "c.ng", "Accompanist and Piano Teacher"),
    "office": ("Example School Office", "office", "Office Manager"),
    "attendance": ("Attendance Office", "attendance", "Attendance Officer"),
    "wisniewski": ("Tomasz Wiśniewski", "t.wisniewski", "Head of Modern Languages"),
    "marchand": ("Élodie Marchand", "e.marchand", "Teacher of French"),
    "lockhart": ("Fiona Lockhart", "f.lockhart", "Head of English"),
    "corrigan": ("Niall Corrigan", "n.corrigan", "Teacher of English"),
    "brenton": ("Oliver Brenton", "o.brenton", "Teacher of Geography, DofE Manager"),
    "rahman": ("Ayesha Rahman", "a.rahman", "Teacher of Geography"),
    "kettering": ("Sophie Kettering", "s.kettering", "Teacher of Biology, RSE Lead"),
    "mistry": ("Anjali Mistry", "a.mistry", "SENCo"),
    "furlong": ("Declan Furlong", "d.furlong", "Teacher of PE"),
    "brannigan": ("Kirsty Brannigan", "k.brannigan", "Head of PE"),
    "ellery": ("Ruth Ellery", "r.ellery", "Head of Sixth Form"),
    "oyelaran": ("Marcus Oyelaran", "m.oyelaran", "Teacher of Chemistry"),
    "prentice": ("Sally Prentice", "s.prentice", "Senior Science Technician"),
    "pryce": ("Catherine Pryce", "governance", "Clerk to the Governors"),
    "sowerby": ("Gareth Sowerby", "g.sowerby", "Network Manager"),
    "quigley": ("Hannah Quigley", "h.quigley", "Teacher of History"),
    "fairweather": ("Jonty Fairweather", "j.fairweather", "Teacher of Mathematics"),
    "mehta": ("Arjun Mehta", "a.mehta", "Teacher of Physics"),
    "asante": ("Kwame Asante", "k.asante", "Head of RE and Philosophy"),
    "whitcombe": ("Leanne Whitcombe", "l.whitcombe", "Head of Year 9"),
    "pickersgill": ("Joanne Pickersgill", "j.pickersgill", "Head of Year 7"),
    "finance": ("Deborah Tanner", "finance", "Finance Officer"),
    "exams": ("Nadia Hollis", "exams", "Exams Officer"),
    "cover": ("Paula Renshaw", "cover", "Cover Manager"),
    "library": ("Imogen Tate", "library", "Librarian"),
    "bevan": ("Carys Bevan", "c.bevan", "Teacher of Food and Nutrition"),
    "careers": ("Rachel Dempsey", "careers", "Careers Leader"),
    "oduya": ("Margaret Oduya", "m.oduya", "PA to the Headteacher"),
    "arkwright": ("Wendy Arkwright", "w.arkwright", "Pastoral Manager"),
    "whiteley": ("Jo Whiteley", "j.whiteley", "School Nurse"),
    "site": ("Site Team", "site", "Site Team"),
    "ainsworth": ("Judith Ainsworth", "j.ainsworth", "Chair of Governors"),
    "moffat": ("Gillian Moffat", "g.moffat", "Office Manager"),
}


def S(key):
    name, box, _ = STAFF[key]
    return f"{name} <{box}@{DOM}>"


def L(local, name=None):
    """A staff/list mailbox at the school domain."""
    return f"{name} <{local}@{DOM}>" if name else f"{local}@{DOM}"


def P(user, name=None):
    return f"{name} <{user}@{PUP}>" if name else f"{user}@{PUP}"


JANE = "Jane Parent <jane.parent@gmail.com>"
SAM = "Sam Carer <sam.carer@outlook.com>"
ALI = "Ali Guardian <ali.guardian@btinternet.com>"

SCHOOL_LINE = "Example School, Park Row, Leeds LS1 4AP"


def sig(key, style=0, ext=None, extra=None):
    name, box, role = STAFF[key]
    tel = "01632 960000" + (f" ext. {ext}" if ext else "")
    if style == 0:
        lines = [name, role, SCHOOL_LINE, f"Tel: {tel}"]
    elif style == 1:
        lines = [f"{name} | {role}", "Example School | Park Row | Leeds | LS1 4AP", f"T {tel} | www.example-school.org.uk"]
    elif style == 2:
        lines = ["--", name, role, "Example School", "Park Row, Leeds LS1 4AP", tel]
    else:
        lines = [name, role, f"Example School · {tel}"]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------
# Message building
# ----------------------------------------------------------------------------------------
MSGS = []


def add(**kw):
    MSGS.append(kw)


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= 78:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1)
        out.extend(textwrap.wrap(line[len(prefix):], width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False,
                                 break_on_hyphens=False) or [prefix])
    return "\n".join(out)


def _blocks(text):
    """Split plain text into (kind, lines) blocks: 'para', 'quote'."""
    blocks, cur, kind = [], [], None
    for line in text.split("\n"):
        k = "quote" if line.startswith(">") else "para"
        if line.strip() == "" and k == "para":
            if cur:
                blocks.append((kind, cur))
            cur, kind = [], None
            continue
        if kind and k != kind:
            blocks.append((kind, cur))
            cur = []
        kind = k
        cur.append(line)
    if cur:
        blocks.append((kind, cur))
    return blocks


def html_from_plain(text, client):
    esc = lambda s: html.escape(s, quote=False)
    if client == "outlook":
        parts = []
        for kind, lines in _blocks(text):
            if kind == "quote":
                lines = [re.sub(r"^> ?", "", x) for x in lines]
            for x in lines:
                inner = esc(x) if x.strip() else "&nbsp;"
                parts.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:"Calibri";}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n'
                '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + "\n".join(parts) + "\n</div>\n</body>\n</html>\n")
    # gmail / apple style
    parts = []
    for kind, lines in _blocks(text):
        if kind == "quote":
            inner = "<br>\n".join(esc(re.sub(r"^> ?", "", x)) for x in lines)
            parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                         f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote>')
        else:
            for x in lines:
                parts.append(f"<div>{esc(x)}</div>")
            parts.append("<div><br></div>")
    return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"


CLIENT_HEADERS = {
    "outlook": [("Thread-Topic", None), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", None),
                ("X-Mailer", "Microsoft Outlook 16.0")],
    "gmail": [],
    "apple": [("X-Mailer", "iPhone Mail (21H16)")],
    "mac": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "mis": [("X-Mailer", "SchoolComms Bulk Mailer 7.2"), ("Precedence", "bulk")],
    "ios_outlook": [("X-Mailer", "Outlook for iOS")],
}


def boundary(client, num, i, h):
    if client in ("outlook", "ios_outlook"):
        return f"_{i:03d}_DB7PR02MB{num:03d}{h[:10].upper()}EURP_"
    if client == "gmail":
        return f"0000000000{h[i:i + 16]}"
    if client in ("apple", "mac"):
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{i}"
    return f"------------{h[i:i + 24]}"


def recipients(m):
    addrs = [a for _, a in getaddresses(m["to"] + m.get("cc", []))]
    return addrs


def build(m, num, slug):
    h = hashlib.sha1(f"r15-obscene-{slug}".encode()).hexdigest()
    mid = m.get("mid") or f"<{h[:12].upper()}.{num:03d}R15@mail.{DOM}>"
    client = m.get("client", "outlook")
    if m["fmt"] == "raw":
        return build_raw(m, mid, client)
    msg = EmailMessage(policy=policy.default)
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = mid
    if m.get("reply_to_id"):
        msg["In-Reply-To"] = m["reply_to_id"]
        msg["References"] = m["reply_to_id"]
    has_att = bool(m.get("atts"))
    for k, v in CLIENT_HEADERS.get(client, []):
        if k == "Thread-Topic":
            if m.get("raw_subject"):
                continue
            v = re.sub(r"^(?:re|fw|fwd):\s*", "", m["subj"], flags=re.I)
        if k == "X-MS-Has-Attach":
            v = "yes" if has_att else ""
            if not v:
                continue
        msg[k] = v
    for k, v in m.get("hdrs", []):
        msg[k] = v
    fmt = m["fmt"]
    body = m.get("body")
    pcte = m.get("cte")
    if pcte in ("7bit", "8bit") and body is not None:
        body = wrap_plain(body)
    if fmt == "plain":
        msg.set_content(body, cte=pcte)
    elif fmt == "alt":
        msg.set_content(body, cte=pcte)
        hbody = m.get("html") or html_from_plain(m.get("body"), client)
        msg.add_alternative(hbody, subtype="html", cte=m.get("hcte", "quoted-printable"))
    elif fmt == "html":
        msg.set_content(m["html"], subtype="html", cte=m.get("hcte", "quoted-printable"))
    else:
        raise ValueError(fmt)
    for att in m.get("atts", []):
        fname, ctype, data, acte = att
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname, cte=acte)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(boundary(client, num, i, h))
            i += 1
    data = msg.as_bytes(policy=policy.default)
    if m.get("raw_subject"):
        data = replace_header(data, b"Subject", m["raw_subject"].encode("ascii"))
    return data


def replace_header(data, name, newval):
    head, sep, rest = data.partition(b"\n\n")
    lines = head.split(b"\n")
    out, skip = [], False
    for line in lines:
        if skip and line[:1] in (b" ", b"\t"):
            continue
        skip = False
        if line.lower().startswith(name.lower() + b":"):
            out.append(name + b": " + newval)
            skip = True
            continue
        out.append(line)
    return b"\n".join(out) + sep + rest


def enc_addr(a):
    """Encode a display name with RFC 2047 if it is not ASCII (for raw-built messages)."""
    name, addr = parseaddr(a)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"=?UTF-8?B?{base64.b64encode(name.encode()).decode()}?= <{addr}>"


def build_raw(m, mid, client):
    """Messages built by hand, for encodings the email package would normalise away."""
    hdr = [f"From: {enc_addr(m['frm'])}", "To: " + ", ".join(enc_addr(a) for a in m["to"])]
    if m.get("cc"):
        hdr.append("Cc: " + ", ".join(enc_addr(a) for a in m["cc"]))
    hdr += [f"Subject: {m.get('raw_subject') or m['subj']}", f"Date: {m['date']}", f"Message-ID: {mid}"]
    if m.get("reply_to_id"):
        hdr += [f"In-Reply-To: {m['reply_to_id']}", f"References: {m['reply_to_id']}"]
    for k, v in CLIENT_HEADERS.get(client, []):
        if v:
            hdr.append(f"{k}: {v}")
    hdr.append("MIME-Version: 1.0")
    hdr.append(m["raw_ctype"])
    hdr.append(f"Content-Transfer-Encoding: {m['raw_cte']}")
    return ("\n".join(hdr) + "\n\n" + m["raw_body"]).encode("utf-8")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def tiny_pdf(title, lines):
    """A small, valid, deterministic one-page PDF."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 14 Tf", "72 760 Td", f"({esc(title)}) Tj", "/F1 10 Tf"]
    for ln in lines:
        content += ["0 -16 Td", f"({esc(ln)}) Tj"]
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ========================================================================================
# FLAG: the staff author's own swearing or slurs (20)
# ========================================================================================

add(label="flag", slug="cover_rota_shitshow", client="apple", fmt="plain", cte="7bit",
    frm=S("fairweather"), to=[S("mehta")], subj="Re: cover Thurs",
    date=when(2024, 11, 6, 8, 31), reply_to_id="<5C1D0A77-31F2-4B0E-9E1A-2D7A41C0B9E2@example-school.org.uk>",
    note="maths teacher venting to colleague about cover rota: 'shitshow' (plain)",
    body=T("""
Arjun,

Just opened the cover sheet and I've got 8F for P4, which was my only free on Thursday, and I'm on lunch duty straight after. Third time in a fortnight. The cover rota this term is an absolute shitshow and I don't think anyone upstairs has noticed, or cares.

Any chance you'd swap? I'll take your Year 10 field duty next week in return.

Jonty

Sent from my iPhone

> On 6 Nov 2024, at 08:12, Arjun Mehta <a.mehta@example-school.org.uk> wrote:
>
> Have you seen cover for Thursday? Think you're on 8F again. A
"""))

add(label="flag", slug="vienna_tour_parent_arsehole", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("hughes"), to=[L("music", "Bethan Lloyd-Jones")], subj="Vienna tour - Y11 withdrawal",
    date=when(2024, 10, 15, 16, 52),
    note="Director of Music to music admin about a tour parent: 'absolute arsehole' (plain, text+html)",
    body=T("""
Bethan,

Can you log this please before I forget? Mr Renwick rang at 4.15 to withdraw Isla from the Vienna tour and wants the full £450 deposit back, despite the terms they signed in June saying deposits are non-refundable once flights are booked. He was an absolute arsehole on the phone – talked over me for twenty minutes and told me the music department "runs on goodwill and guilt".

I've said I'll check with Deborah whether we can recover anything from the insurer if we fill the place from the waiting list, but I haven't promised anything. Could you email the two girls at the top of the waiting list (I think it's the Y10 second violin and the Y12 oboe) to ask if they're still interested? Don't say why the place has come up.

Thanks – I owe you a coffee.

Rhys

""") + sig("hughes", 1, ext="231"))

add(label="flag", slug="minibus_flat_again", client="apple", fmt="plain", cte="7bit",
    frm=S("furlong"), to=[S("brenton")], subj="minibus AGAIN",
    date=when(2024, 9, 26, 14, 51),
    note="PE teacher to colleague: 'bloody minibus... fucking brilliant' (plain)",
    body=T("""
Olly - the bloody minibus has a flat again. Rear nearside, same one as last month. I've got the U15 netball squad due at Harrogate for 3.45 and it's now ten to three. Fucking brilliant.

Can I borrow the DofE van if it's on site? I'll get Ken to look at the tyre tomorrow. Keys are in the PE office if you need anything out of it.

D

Sent from my iPhone
"""))

add(label="flag", slug="chem_practical_pupil_pissing_about", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("oyelaran"), to=[P("24cwhitlam", "Callum Whitlam")], cc=[S("ellery")], subj="This morning's practical",
    date=when(2024, 11, 19, 13, 5),
    note="chemistry teacher to Y12 pupil: 'pissing about' in the lab (to pupil)",
    body=T("""
Callum,

I want to follow up on this morning's lesson. You were asked twice to wear your goggles during the titration, and then you and Josh were pissing about with the wash bottles while other people were trying to take readings. That isn't acceptable in a lab, full stop, and it isn't the first time this half term.

I've logged it on the system and Mrs Ellery is copied in. You'll need to catch up the practical at lunchtime on Thursday in S4 – bring your lab book and your results table. If I see the same again you won't be doing the next required practical with the group.

Mr Oyelaran

""") + sig("oyelaran", 3))

add(label="flag", slug="salzburg_missent_to_parent_bollocks", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("finance", "Deborah Tanner"), to=[JANE], subj="RE: Salzburg choir tour - second instalment",
    date=when(2024, 10, 22, 8, 47), reply_to_id="<CAJp8x1Qm2vT7dS0kH4n@mail.gmail.com>",
    note="finance officer's note meant for a colleague, sent to the parent: 'which is bollocks' (to parent)",
    body=T("""
Jo – can you pick this one up when you're in tomorrow? She's now saying she never got the instalment letter, which is bollocks, it went out on ParentPay and by email on 3 October and she opened it (I can see it on the read receipts). Just send her the standard reply and the payment link again.

Deb

From: Jane Parent <jane.parent@gmail.com>
Sent: 21 October 2024 19:04
To: Finance <finance@example-school.org.uk>
Subject: Salzburg choir tour - second instalment

Dear Finance team,

I have just had a reminder that the second instalment for the Salzburg choir tour is overdue, but I don't think I ever received a letter about it. Could you let me know how much is due and by when? My daughter has her heart set on going and I don't want her to lose her place.

Many thanks,
Jane Parent
"""))

add(label="flag", slug="dofe_bronze_debrief_slur", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("brenton"), to=[S("furlong")], subj="Bronze practice - debrief",
    date=when(2024, 10, 7, 7, 58),
    note="DofE manager to PE colleague calling a pupil group 'a bunch of retards' (disability slur)",
    body=T("""
Dec,

Quick debrief from Saturday. Groups 1-3 fine, properly good navigation from group 2, and the Y10 girls in group 3 had their stoves lit and tea on before we'd even parked. Group 4 though... walked nearly 3k in the wrong direction off the Cow and Calf because nobody thought to check the compass, then rang me from a farm gate asking if we could "just come and get them". Honestly, a bunch of retards with a map.

We'll need to rerun their nav session before the qualifier. Can you do Wednesday after school in the library? I'll bring the OS maps and the compasses.

Olly
"""))

add(label="flag", slug="staffroom_milk_racial_slur", client="gmail", fmt="alt", cte="7bit",
    frm=S("sowerby"), to=[S("prentice"), S("mehta"), S("oyelaran")], subj="milk",
    date=when(2025, 1, 14, 11, 2),
    note="network manager to colleagues: 'the Paki shop' (racial slur, casual)",
    body=T("""
Anyone going past the Paki shop on Hyde Park Road at lunch? Staffroom's out of milk again and the kettle crowd are getting twitchy. I'll pay you back, there's a fiver in the tea kitty.

G
"""))

add(label="flag", slug="sixth_form_games_homophobic", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("furlong"), to=[S("brannigan")], subj="Y12 games Thursday",
    date=when(2025, 1, 28, 16, 20),
    note="PE teacher to Head of PE: sixth-form boys 'a right bunch of poofs' (homophobic slur)",
    body=T("""
Kirsty,

Heads up for Thursday games – the lower sixth lads are a right bunch of poofs when it comes to rain. Half of them turned up with notes from home about "chest infections" today. I've told them touch rugby is on regardless unless there's lightning. The girls are fine, they mostly just want the netball courts and the heaters in the changing rooms back on, which is fair enough.

Can we talk about whether mixed badminton could run as the wet-weather option instead? It would save us an argument every single week.

Dec
"""))

add(label="flag", slug="clerk_trustee_minutes_twat", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("governance", "Catherine Pryce"), to=[S("ashworth")], subj="FGB minutes - Mr Whitworth",
    date=when(2024, 12, 3, 17, 40),
    note="clerk to governors to head about a trustee: 'being a total twat' (plain)",
    body=T("""
Helen,

Sorry to land this on you at the end of the day. Mr Whitworth has come back for the third time with "corrections" to the FGB minutes of 26 November, which are really just things he wishes he'd said at the meeting. I'm not prepared to rewrite the record and Judith agrees. He's being a total twat about it and has now copied in two of the other trustees, so I expect it will surface at the Resources committee.

I'll draft a polite reply for Judith to send as chair, saying that minutes are a record of decisions rather than a transcript, and that he is welcome to raise matters arising under item 2 next time. Would you like to see it before it goes?

Catherine

""") + sig("pryce", 0))

ROOMING = T("""
Student,Form,Host family,Dietary,Medical,Notes
Isobel Ackroyd,10R,Fam. Brandt,Vegetarian,None,Sharing with Maisie - both happy
Maisie Lund,10R,Fam. Brandt,None,Asthma (inhaler),Spare inhaler with HQ
Priya Sandhu,10W,Fam. Okafor-Krüger,No pork,None,
Eleanor Tait,10W,Fam. Vogel,Nut allergy,EpiPen x2,Host mum briefed 12/12
Grace Whitlock,10H,Fam. Vogel,None,None,"Dad = absolute bellend, all comms via office pls"
Rosa Ferreira,10H,Fam. Schulze,Coeliac,None,Host family checking GF bread
Hannah Doyle,10S,TBC,None,None,Waiting on partner school
Mia Chen,10S,TBC,Vegetarian,None,Waiting on partner school
""")

add(label="flag", slug="berlin_rooming_csv_bellend", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("wisniewski"), to=[S("quigley")], subj="Berlin exchange - draft rooming / host list",
    date=when(2024, 12, 16, 15, 12),
    atts=[("berlin_hosts_draft_v3.csv", "text/csv", ROOMING, "quoted-printable")],
    note="clean body; the attached CSV notes column says a parent is an 'absolute bellend' (own words in attachment)",
    body=T("""
Hi Hannah,

Here's the draft host list for Berlin. All host families confirmed apart from the two at the bottom – the partner school say they'll have them by the end of next week.

Could you check the dietary and medical columns against the forms in the trip folder? I've gone through them once but I was doing it between lessons. Eleanor Tait's EpiPen note is the important one.

Danke!
Tomasz

""") + sig("wisniewski", 1))

# ---- disguised --------------------------------------------------------------------------

add(label="flag", slug="booking_system_asterisk_mask", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("whitcombe"), to=[S("sowerby")], subj="Parents' evening booking - down AGAIN",
    date=when(2025, 2, 4, 15, 38),
    note="head of year to IT: 'f*cking' and 'sh!t' (asterisk/symbol masks)",
    body=T("""
Gareth,

The f*cking parents' evening booking system has fallen over again – third time today. I've had eleven emails from Year 9 parents since lunch saying they can't get appointments with maths, and I can't see the slots from my end either. It just shows a spinning wheel and then an error page.

Honestly this new system is sh!t. The old one was ugly but at least it worked.

Can you have a look, or ring the company? Parents' evening is Thursday and I need to send something out to families tonight.

Leanne

""") + sig("whitcombe", 3))

add(label="flag", slug="cpd_session_leetspeak", client="gmail", fmt="alt", cte="7bit",
    frm=S("quigley"), to=[S("lockhart")], subj="that CPD session",
    date=when(2024, 11, 12, 17, 14),
    note="history teacher to colleague: 'b0ll0cks' and '5h1t' (leetspeak digits)",
    body=T("""
F - did you sit through the full two hours of the "metacognitive retrieval ecosystems" thing after school? What an absolute load of b0ll0cks. Two hours of a man with a lanyard telling us to do low-stakes quizzes. We have been doing low-stakes quizzes since 2016.

Also the sandwiches were 5h1t.

Drink Friday?
H x
"""))

add(label="flag", slug="supply_agency_dotted_letters", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("garside"), to=[L("cover", "Paula Renshaw")], subj="RE: supply for Science - Monday",
    date=when(2025, 3, 7, 12, 26),
    note="deputy head to cover manager about an agency manager: 't.w.a.t' (dots between letters)",
    body=T("""
Paula,

Spoke to the agency. Their area manager (Gavin, the one with the car) was, and I choose my words carefully, a complete t.w.a.t about it – says they can't guarantee anyone for Monday and then tried to sell me a "premium" day rate. I've told him no.

Let's go with internal cover for 10S1 and 10S3 on Monday and I'll ring the other agency first thing. If Mr Mehta can take the Y12 physics practical that would be ideal; the technicians have already set it up.

Simon
"""))

CYR = "b\u0430st\u0430rds"  # Cyrillic a (U+0430) inside
add(label="flag", slug="paris_coach_cancelled_cyrillic", client="gmail", fmt="alt", cte="quoted-printable",
    frm=S("wisniewski"), to=[S("marchand")], subj="Coach cancelled!!",
    date=when(2025, 3, 11, 19, 3),
    note="MFL head to colleague: 'those bastards' spelled with Cyrillic a (U+0430) homoglyphs",
    body=T(f"""
Élodie,

Just had an email from Dalesway – they've cancelled our coach for the Paris trip on the 28th because of a "fleet shortage". Twelve days' notice. Those {CYR} knew about this last week, I'd put money on it.

I'm ringing round tomorrow morning. Can you let the girls know in your Y9 lessons that the trip is NOT cancelled, only the coach, before the rumour mill gets going? Don't email parents yet, I'll do that once we've got a replacement.

T.
"""))

FW = "\uff46\uff55\uff43\uff4b\uff49\uff4e\uff47"  # full-width 'fucking'
add(label="flag", slug="oven_dead_fullwidth", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("bevan"), to=[L("site", "Site Team")], cc=[S("garside")], subj="Oven 3 in F2 - dead again",
    date=when(2025, 2, 25, 11, 47),
    note="food teacher to site team: full-width letters spelling 'fucking hell'",
    body=T(f"""
Hi both,

Oven 3 in F2 has died again, halfway through Y10's practical. {FW} hell. Four girls had to move their pastry into the other ovens and two of them won't get a fair assessment now.

This is the fourth time since October. Could someone please come and look at it today, and can we talk about replacing it rather than patching it up again? I've got Y11 NEA practical exams in three weeks and I can't run them with five working ovens.

Carys
"""))

ZW = "\u200b"
add(label="flag", slug="pa_christmas_fair_zero_width", client="thunderbird", fmt="plain", cte="8bit",
    frm=S("pickersgill"), to=[S("whitcombe")], subj="Christmas fair clash",
    date=when(2024, 11, 20, 18, 9),
    note="head of year to colleague about the PA: 'pissed' and 'shite' each with a zero-width space inside",
    body=T(f"""
Leanne,

Have you seen this? The PA have booked the hall for the Christmas fair on the SAME night as the Y7 settling-in evening, again, without asking anyone. I'm so pi{ZW}ssed off. We sent the date out in September and it's been on the calendar since July.

And now they've got the cheek to email all staff asking for volunteers to run the tombola. Absolute sh{ZW}ite.

I'm going to ask Simon to sort it out with the chair before I say something I regret.

Jo
"""))

add(label="flag", slug="mock_ofsted_html_split", client="outlook", fmt="html", hcte="quoted-printable",
    frm=S("fairweather"), to=[S("oyelaran")], subj="that consultant",
    date=when(2025, 1, 22, 16, 33),
    note="maths teacher to colleague (HTML only): 'wanker' split across span tags and 'shite' with an HTML entity",
    html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Marcus,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">How did your mock Ofsted drop-in go? Mine was six minutes long. Six. He walked in during the one bit of the lesson where they were doing silent practice, wrote &#8220;limited evidence of challenge&#8221; and left. What a <span lang="EN-GB">wan</span><span lang="EN-GB" style="mso-bidi-font-weight:bold">ker</span>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The feedback form is a load of &#115;hite as well &#8211; half the boxes are about the &#8220;learning journey&#8221;. I&#8217;m going to ask Simon if we can see the actual notes.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">J<o:p></o:p></p>
</div>
</body>
</html>
"""))

QP_TEXT = T("""
Hannah,

Thanks for sending the draft. I've read it twice now and I'm afraid my view hasn't changed: whoever decided that Y10 RE can run on one lesson a fortnight and still be a full GCSE is talking complete bollocks. It's not a course, it's a rumour.

I'll say it more politely at the curriculum meeting, obviously. Would you back me up on keeping the two-period model for at least the current Y9?

Kwame
""")
_qpb = qp(QP_TEXT)
assert "bollocks" in _qpb
_qpb = _qpb.replace("bollocks", "bollo=\ncks", 1)
add(label="flag", slug="re_timetable_qp_softbreak", client="outlook", fmt="raw",
    frm=S("asante"), to=[S("quigley")], subj="RE: Y10 timetable next year",
    date=when(2025, 3, 18, 20, 14), reply_to_id="<A1B9C3D2E5.118R15@mail.example-school.org.uk>",
    raw_ctype='Content-Type: text/plain; charset="utf-8"', raw_cte="quoted-printable", raw_body=_qpb,
    note="RE head to colleague: 'bollocks' split by a quoted-printable soft line break")

B64_TEXT = T("""
Gill,

Can you have a word with Linda in repro when you get a chance? She's being a total bitch about the photocopier codes again. Three supply staff this week have been sent away from the copier because they "haven't got a code", and she refuses to set up a temporary one without a form signed by Simon. Meanwhile the kids are sat there with no worksheets.

I'm pissed off with having to print everything for them myself from the cover office.

Paula

Get Outlook for iOS
""")
add(label="flag", slug="photocopier_codes_base64", client="ios_outlook", fmt="plain", cte="base64",
    frm=L("cover", "Paula Renshaw"), to=[S("moffat")], subj="repro / copier codes",
    date=when(2024, 9, 19, 12, 58),
    note="cover manager to office manager, base64 body: calls a colleague 'a total bitch', 'pissed off'",
    body=B64_TEXT)

_subj21 = "Y11 mocks \u2013 what a fucking mess"
add(label="flag", slug="mocks_envelopes_rfc2047_subject", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("exams", "Nadia Hollis"), to=[S("garside")], subj=_subj21,
    raw_subject="=?UTF-8?B?" + base64.b64encode(_subj21.encode("utf-8")).decode("ascii") + "?=",
    date=when(2024, 12, 9, 16, 2),
    note="exams officer to deputy: swearing only in an RFC 2047 base64-encoded subject; body clean",
    body=T("""
Simon,

Forty-two English Language Paper 1 scripts went into the wrong envelopes this morning – 11R and 11W swapped – so the markers have two sets of half-labelled papers. Nobody's work is lost, but I need a couple of hours with the seating plans to match every script back to a candidate number before they go out for marking.

Can I have the small exams room tomorrow P1–3 and someone to cover my invigilation slot? I'll write up what went wrong for the exams review meeting.

Nadia

""") + sig("exams", 0, ext="207"))


# ========================================================================================
# CLEAN: everyday school mail (30)
# ========================================================================================

add(label="clean", slug="inset_day_reminder", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("office", "Example School Office"), to=[JANE, SAM, ALI],
    subj="Reminder: INSET day Friday 22 November - school closed to students",
    date=when(2024, 11, 18, 12, 30), note="everyday: office reminder to parents about an INSET day",
    body=T("""
Dear Parents and Carers,

A quick reminder that Friday 22 November is a staff training (INSET) day and school will be closed to students. The Sixth Form study centre will also be closed.

Instrumental lessons that would normally fall on a Friday will not take place that day. Our peripatetic teachers have been told and lessons will be rescheduled, so there is no need to contact them individually.

Year 13 students applying through UCAS should note that tutors will not be able to check personal statements on the day itself, so please make sure final drafts are with tutors by Wednesday 20 November.

School reopens as normal at 8.40am on Monday 25 November.

With thanks,

Gillian Moffat
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk
"""))

add(label="clean", slug="symphony_orchestra_sectional", client="mac", fmt="plain", cte="8bit",
    frm=S("hughes"), to=[P("19lbramley", "Lydia Bramley"), P("20aokoro", "Adaeze Okoro"), P("21fmcguinness", "Fionnuala McGuinness")],
    cc=[L("music", "Music Office")], subj="Symphony Orchestra - extra strings sectional Thursday",
    date=when(2024, 11, 12, 9, 14), note="everyday: Director of Music to orchestra pupils about a sectional",
    body=T("""
Hi all,

Following Monday's rehearsal I'd like an extra strings sectional this Thursday (14th) from 3.45 to 4.45 in M1. We'll focus on the second movement of the Dvořák – from letter C to the end of the movement, where the seconds and violas keep drifting apart. Please bring your own part, a pencil and a mute.

Wind and brass aren't needed on Thursday, but Mr Eastwood would like the horns to stay for ten minutes after Monday's full rehearsal to go through the chorale.

If you have a clash with a sixth-form lesson or a fixture, let me know today rather than on Thursday afternoon, please. The concert is four weeks on Friday and we are nearly there.

Mr Hughes
"""))

TIMETABLE = T("""
Week,Period,Student,Year,Length (mins),Grade / notes
1,P1,Amelia Varley,9,30,Grade 5 -> 6 from wk 3 (40 mins)
1,P2,Lucy Okonjo,7,30,New - borrowing dept 3/4
1,P3,Sofia Marr,11,30,Grade 7 exam 12 March
1,P5,Harriet Denby,12,40,Diploma repertoire
2,P2,Amelia Varley,9,30,
2,P3,Lucy Okonjo,7,30,
2,P4,Sofia Marr,11,30,
2,P6,Harriet Denby,12,40,
""")
add(label="clean", slug="peri_violin_timetable", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("music", "Bethan Lloyd-Jones"), to=["Kate Ferrand <k.ferrand@musichub.example.org>"],
    subj="Spring term timetable - Tuesdays", date=when(2025, 1, 3, 10, 41),
    atts=[("Tuesday_violin_spring_2025.csv", "text/csv", TIMETABLE, "7bit")],
    note="everyday: music admin sends a visiting violin teacher her rotating timetable (CSV attached)",
    body=T("""
Hi Kate,

Happy New Year! Please find attached your Tuesday timetable for the spring term. As before, lessons rotate weekly so that no student misses the same academic lesson more than once every six weeks – the period for each week is in the second column.

Two changes since last term:
- Amelia Varley (Y9) has moved on to Grade 6 repertoire and would like to go up to 40 minutes from week 3. I've checked with her mum and the invoice will be adjusted.
- Lucy Okonjo (Y7) is new and hasn't played since primary school. She's borrowing a 3/4 from the department for now.

Parking is still tight on Tuesdays because of the sixth form building work – the Clarendon Road end of the staff car park is your best bet, and sign in at reception as usual.

Any problems, just give me a ring on the music office line.

Thanks,
Bethan

""") + sig("music", 0, ext="236"))

add(label="clean", slug="berlin_exchange_final_instalment", client="outlook", fmt="plain", cte="quoted-printable",
    frm=L("finance", "Deborah Tanner"), to=[ALI], subj="Berlin exchange - final instalment due 17 January",
    date=when(2025, 1, 6, 9, 12), note="everyday: finance reminder to a parent about a trip payment",
    body=T("""
Dear Mr Guardian,

This is a reminder that the final instalment of £185 for the Year 10 Berlin exchange is due by Friday 17 January. The total cost of the exchange is £620, and our records show that you have paid £435 so far — thank you.

Payments can be made through ParentPay under "Trips – Berlin Exchange 2025". If you would prefer to spread the remaining amount or need to discuss the cost, please contact me in confidence; the school has a small hardship fund and no student will miss out for financial reasons.

Kind regards,

Deborah Tanner
Finance Officer
Example School
Park Row, Leeds LS1 4AP
Tel 01632 960000
"""))

add(label="clean", slug="dofe_bronze_kit_list", client="thunderbird", fmt="plain", cte="7bit",
    frm=S("brenton"), to=[P("22eatkinson", "Evie Atkinson"), P("22nrashid", "Noor Rashid"), P("22ccollinge", "Chloe Collinge")],
    cc=[S("furlong")], subj="Bronze practice expedition - kit list and timings",
    date=when(2024, 9, 30, 16, 5), note="everyday: DofE manager sends kit list to Y10 pupils",
    body=T("""
Hi Bronze group,

Here are the details for the practice expedition on Saturday 5 and Sunday 6 October. Please read all of it, and show it to whoever is dropping you off.

Meet: 8.00am at the sports hall entrance. We leave at 8.20 sharp.
Return: about 4.30pm on Sunday at the same place. I'll text the trip phone updates to the office if we're running late.

Kit (each person):
- rucksack (45-65 litres) with a liner or bin bag inside
- sleeping bag and sleeping mat
- waterproof jacket AND waterproof trousers - no exceptions, the forecast is mixed
- walking boots that are worn in, plus two pairs of walking socks
- warm layers (fleece, hat, gloves) - no jeans
- head torch, water bottle (at least 1.5 litres), personal first aid and any medication
- food for two lunches, one evening meal and one breakfast, plus snacks

Group kit (tents, stoves, fuel, maps, compasses) will be handed out on Friday at lunchtime in G3. Please decide in your groups who is carrying what before then.

If you have any medical changes since you filled in the form, tell me before Friday.

Mr Brenton
Teacher of Geography, DofE Manager
Example School, Park Row, Leeds LS1 4AP
"""))

add(label="clean", slug="absence_reply_pupil_two", client="gmail", fmt="alt", cte="7bit",
    frm=L("attendance", "Tracy Dunmore"), to=[SAM], subj="Re: Absence today",
    date=when(2024, 10, 1, 8, 42), reply_to_id="<DB9P191MB1622A0C1F@DB9P191MB1622.EURP191.PROD.OUTLOOK.COM>",
    note="everyday: attendance officer replies to a carer reporting illness",
    body=T("""
Dear Sam,

Thank you for letting us know, I've recorded the absence. I hope she feels better soon.

If she's still unwell tomorrow, please ring the absence line again before 8.30am. Her form tutor will pass on any work she's missed.

Kind regards,
Tracy Dunmore
Attendance Officer
Example School | 01632 960000 (option 1)

On Tue, 1 Oct 2024 at 07:51, Sam Carer <sam.carer@outlook.com> wrote:
> Good morning,
>
> Example Pupil Two won't be in today, she's been sick in the night and has a temperature. I'll keep her off until she's been clear for 48 hours.
>
> Thanks,
> Sam Carer
"""))

add(label="clean", slug="y8_maths_homework", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("fairweather"), to=[P("23pchowdhury", "Priya Chowdhury"), P("23gmarsden", "Georgia Marsden"), P("23zkhan", "Zara Khan")],
    subj="8X2 homework - due Monday", date=when(2025, 2, 7, 15, 22),
    note="everyday: maths homework reminder to Y8 pupils",
    body=T("""
Hi 8X2,

Quick reminder that this week's homework on simultaneous equations is due on Monday. It's on the online platform under "Week 22". A few of you asked about question 6 – you need to multiply the second equation by 3 first, then subtract. Show your working on paper and bring it to the lesson.

If you're stuck, come to maths clinic on Friday lunchtime in M4.

Mr Fairweather
"""))

add(label="clean", slug="staff_briefing_notes", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("garside"), to=[L("allstaff", "All Staff")], subj="Briefing notes - Tuesday 5 November",
    date=when(2024, 11, 5, 8, 20), note="everyday: deputy head's staff briefing notes",
    body=T("""
Good morning all,

Briefing notes for those who couldn't make it this morning:

1. Fire drill: unannounced, some time this week. Please make sure your class registers are up to date on the system by 9.05 each morning.
2. Year 11 mocks start on Monday 2 December. The exams timetable is on the staff drive and Nadia will send out invigilation rotas on Friday.
3. DofE: the Silver group are back from Yorkshire Dales and all in one piece – thanks to Oliver, Declan and Sophie for giving up their weekend.
4. Chamber Choir sing Evensong at Ripon Cathedral on Sunday 17th. Rhys is still looking for one more member of staff for the coach.
5. School photographs for Y7 and Y12 are on Thursday in the Sports Hall. Timings are on the calendar.
6. Please do not park on the yellow hatching by the music block. The peripatetic teachers need it for unloading instruments.

Thanks, and have a good week.

Simon

""") + sig("garside", 0))

add(label="clean", slug="pa_quiz_night_booking", client="gmail", fmt="alt", cte="quoted-printable",
    frm=S("oduya"), to=["Helen Barraclough <fotchair.hbarraclough@gmail.com>"], cc=[S("garside")],
    subj="Friends of Example School quiz night - hall and bar licence",
    date=when(2025, 1, 9, 13, 45), note="everyday: head's PA confirms hall booking with the parents' association chair",
    body=T("""
Dear Helen,

Thank you for your email. I'm pleased to confirm the Main Hall is booked for the Friends' quiz night on Friday 7 February, 6.30pm to 10.30pm, with setting up from 5pm. The site team will put out the round tables and leave the stage clear for the quizmaster.

A couple of things:
- A Temporary Event Notice for the bar needs to be submitted to the council at least ten working days in advance. Last year Mr Stott did this on behalf of the Friends – could you let me know who's doing it this year?
- The Chamber Choir would be delighted to sing a couple of numbers during the interval, if that would be welcome. Mr Hughes suggested about ten minutes.
- Please remind helpers that the hall must be cleared by 10.30pm as the alarm is set at 10.45.

Many thanks for all the Friends do for the school – the new music stands have made a real difference.

Best wishes,
Margaret

Margaret Oduya
PA to the Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="governors_fgb_papers", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("governance", "Catherine Pryce"),
    to=[S("ainsworth"), "Robert Whitworth <r.whitworth@trustee.example.net>", "Dr Amina Yusuf <amina.yusuf@example.org>", S("ashworth")],
    subj="Full Governing Body - Tuesday 26 November - papers",
    date=when(2024, 11, 19, 17, 2),
    atts=[("FGB_agenda_26Nov2024.pdf", "application/pdf",
           tiny_pdf("Full Governing Body - 26 November 2024", [
               "1. Welcome, apologies and declarations of interest",
               "2. Minutes of the meeting of 24 September and matters arising",
               "3. Headteacher's report (paper A)",
               "4. Sixth form admissions 2025 - oversubscription criteria (paper B)",
               "5. Music tour to Vienna - risk assessment and finance (paper C)",
               "6. Safeguarding annual report (paper D, confidential)",
               "7. Committee reports: Resources; Curriculum and Standards",
               "8. Any other business"]), None)],
    note="everyday: clerk sends governors and trustees the meeting papers (PDF)",
    body=T("""
Dear Governors and Trustees,

Please find attached the agenda for the Full Governing Body meeting on Tuesday 26 November at 6.00pm in the Library. Papers A–D are on the governor portal; paper D (safeguarding) is confidential and will be available to read in the meeting only.

Refreshments from 5.40pm. If you are unable to attend, please send your apologies to me by Friday so I can confirm we will be quorate.

A reminder that the Chamber Choir will perform briefly at the start of the meeting, ahead of the Vienna tour item.

Kind regards,

Catherine Pryce
Clerk to the Governors
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="ucas_reference_deadlines", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("ellery"), to=[L("sixthformtutors", "Sixth Form Tutors")], cc=[S("garside")],
    subj="UCAS references - internal deadlines", date=when(2024, 10, 21, 16, 40),
    note="everyday: head of sixth form reminds tutors of reference deadlines",
    body=T("""
Dear Sixth Form tutors,

Thank you all for getting the Oxbridge and medicine references out before the 15 October deadline – 23 applications went on time, which is a record for us.

For everyone else, our internal deadline is Friday 29 November. Please:
- check subject comments have come in from every teacher (the tracker on the sixth form drive shows what's missing);
- keep the general statement to the section on the school and the student's context, and avoid repeating predicted grades, which UCAS shows separately;
- flag any student with extenuating circumstances to me rather than writing about them yourself.

I'll be in the sixth form office every lunchtime that week if you'd like a second pair of eyes.

Thanks,
Ruth

Ruth Ellery
Head of Sixth Form
Example School | 01632 960000 ext. 240
"""))

add(label="clean", slug="y11_mock_timetable", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("exams", "Nadia Hollis"), to=[P("year11", "Year 11")], cc=[S("garside")],
    subj="Year 11 mock examinations - timetable and rules", date=when(2024, 11, 25, 14, 10),
    atts=[("Y11_mocks_Dec2024_timetable.pdf", "application/pdf",
           tiny_pdf("Year 11 mock examinations - December 2024", [
               "Mon 2 Dec  AM English Language P1   PM Biology P1",
               "Tue 3 Dec  AM Mathematics P1 (non-calc)   PM French Listening/Reading",
               "Wed 4 Dec  AM History P1   PM Chemistry P1",
               "Thu 5 Dec  AM Mathematics P2 (calc)   PM Geography P1",
               "Fri 6 Dec  AM English Literature P1   PM Physics P1",
               "Music listening: Mon 9 Dec P3, Music Room 1"]), None)],
    note="everyday: exams officer sends Y11 the mock timetable (PDF)",
    body=T("""
Dear Year 11,

Your mock examination timetable is attached. Mocks run from Monday 2 December to Friday 13 December, and lessons continue as normal when you do not have an exam.

Please remember:
- Be outside the exam room 10 minutes before the start.
- Clear pencil case only. Black pen, pencil, ruler, calculator where allowed.
- No phones or smart watches, even switched off. Hand them in at the door.
- If you are ill on the day, a parent or carer must ring the school by 8.30am.

If you have access arrangements (extra time, a reader or a laptop), Mrs Mistry will confirm your rooms separately.

Good luck – these are practice, and they are there to help you.

Mrs Hollis
Exams Officer
"""))

add(label="clean", slug="lost_blazer_reply", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("office", "Example School Office"), to=[ALI], subj="RE: Lost blazer",
    date=when(2024, 10, 3, 11, 15), reply_to_id="<004d01db1542$7e1c2b30$7a548190$@btinternet.com>",
    note="everyday: office replies to a parent about lost property (Outlook quote)",
    body=T("""
Dear Mr Guardian,

Good news – a blazer with your daughter's name label was handed in to reception this morning. It's in the lost property cupboard outside the office and she can collect it at break or lunchtime.

Kind regards,

Gillian Moffat
Office Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 02 October 2024 20:31
To: office@example-school.org.uk
Subject: Lost blazer

Hello,

My daughter (Example Pupil Three, 8H) came home without her blazer today – she thinks she left it in the music block after orchestra. It has a name label in the collar. Could someone keep an eye out for it?

Thanks,
Ali Guardian
"""))

add(label="clean", slug="technician_thiosulfate_prep", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("oyelaran"), to=[S("prentice")], subj="12C practical - Thursday P2",
    date=when(2024, 11, 25, 7, 55), note="everyday: chemistry teacher's practical prep request to technician",
    body=T("""
Morning Sally,

Could I have the following for 12C on Thursday P2 in S4 please? It's the rates of reaction required practical.

- sodium thiosulfate solution, 40 g/dm3, about 1.5 litres
- hydrochloric acid, 2 mol/dm3, 500 cm3
- 12 sets: 100 cm3 conical flask, two 10 cm3 and one 50 cm3 measuring cylinders, stopwatch, printed cross on paper
- kettles on in the prep room for the temperature variation (they'll use water baths)

12 pairs this time because the new boys from St Aidan's have joined. Goggles for everyone, obviously.

Thanks as always,
Marcus
"""))

Y9HTML = T("""
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Year 9 interim reports</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#f4f4f4;margin:0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#5b2c6f;color:#ffffff;font-size:20px"><strong>Example School</strong><br><span style="font-size:13px">Year 9 &middot; Interim reports</span></td></tr>
<tr><td>
<p>Dear Parents and Carers,</p>
<p>Year 9 interim reports are now available on the parent app under <strong>Reports &gt; Spring 2025</strong>. Each report shows a current working grade and an attitude to learning score for every subject, together with a short comment from your daughter&rsquo;s form tutor.</p>
<p>This is the report on which option choices for Year 10 will be discussed, so please take some time to look through it together. The Options Evening is on <strong>Thursday 13 February at 6.00pm</strong> in the Main Hall, followed by subject stalls in the Dining Hall.</p>
<p>If you have any questions about the report, please contact your daughter&rsquo;s form tutor in the first instance.</p>
<p>With best wishes,</p>
<p>Mrs L Whitcombe<br>Head of Year 9</p>
</td></tr>
<tr><td style="font-size:11px;color:#666">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk<br>You are receiving this because you are a registered contact for a student at Example School.</td></tr>
</table></td></tr></table>
</body></html>
""")
add(label="clean", slug="y9_interim_reports_html", client="mis", fmt="html", hcte="base64",
    frm=S("whitcombe"), to=[JANE, SAM, ALI], subj="Year 9 interim reports now available",
    date=when(2025, 1, 31, 16, 0), html=Y9HTML,
    note="everyday: HTML-only bulk mail (base64) about Y9 reports")

add(label="clean", slug="music_dept_meeting_notes", client="mac", fmt="plain", cte="8bit",
    frm=S("hughes"), to=[S("eastwood"), S("ng"), L("music", "Bethan Lloyd-Jones")],
    subj="Dept meeting notes - 9 January", date=when(2025, 1, 9, 17, 25),
    note="everyday: music department meeting notes (long)",
    body=T("""
Hi all,

Notes from this afternoon, for the record and for Clara who had to dash off to accompany the Grade 8s.

1. Spring Concert (Thurs 27 March, Main Hall)
- Symphony Orchestra: Dvořák 8 (mvts 1 and 4). Ben to run wind sectionals on alternate Mondays.
- Junior Strings: Holst St Paul's Suite, Jig only.
- Chamber Choir: Stanford Beati quorum via and the Rutter. Clara to accompany.
- Big Band to close the first half. Ben will confirm the set list by half term.
- Bethan to book the piano tuner for the 26th.

2. Vienna tour (Easter)
- 46 students, 5 staff. Final payments due 31 January.
- Two places to fill from the waiting list – Bethan has contacted families.
- Rhys to finish the risk assessment for governors by 14 February.

3. Instrumental lessons
- Rotating timetable is working well. Only two complaints from academic staff this term, both resolved.
- Lucy Okonjo (Y7, violin) needs an instrument to borrow longer-term. Bethan to check the hire stock.
- ABRSM exam entries for the summer session close on 21 February.

4. GCSE and A level
- Y11 composition drafts due 7 February. Clara and I will moderate together.
- Y13 performance recordings – book M1 through Bethan, not directly with me.

5. AOB
- The cello in the store cupboard with the split seam is going to the repairer next week.
- Can everyone please stop leaving coffee cups on the grand piano. You know who you are.

Next meeting: Thursday 6 February, 3.45pm, M1.

Rhys
"""))

CONCERT_HTML = T("""
<div dir="ltr">
<p>Dear Parents and Carers,</p>
<p>Tickets for our <b>Spring Concert</b> on <b>Thursday 27 March at 7.00pm</b> in the Main Hall are now on sale through ParentPay (&pound;8 adults, &pound;4 students and under-18s).</p>
<p>The programme includes the Symphony Orchestra playing Dvo&#345;&aacute;k&rsquo;s Eighth Symphony, the Chamber Choir, Junior Strings and the Big Band. The bar will be run by the Friends of Example School, with all profits going to the music tour fund.</p>
<p>Performers should arrive by 6.00pm in concert dress (black, with the school music tie or scarf for sixth formers). Please name instrument cases.</p>
<p>We look forward to seeing you there.</p>
<p>Bethan Lloyd-Jones<br>Music Administrator<br>Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</div>
""")
add(label="clean", slug="spring_concert_tickets", client="gmail", fmt="alt", cte="8bit", hcte="base64",
    frm=L("music", "Bethan Lloyd-Jones"), to=[JANE, SAM, ALI],
    subj="\U0001F3BB Spring Concert \u2013 tickets now on sale", date=when(2025, 2, 28, 12, 3),
    html=CONCERT_HTML, note="everyday: concert ticket mail to parents, RFC 2047 subject (emoji), base64 HTML",
    body=T("""
Dear Parents and Carers,

Tickets for our Spring Concert on Thursday 27 March at 7.00pm in the Main Hall are now on sale through ParentPay (£8 adults, £4 students and under-18s).

The programme includes the Symphony Orchestra playing Dvořák's Eighth Symphony, the Chamber Choir, Junior Strings and the Big Band. The bar will be run by the Friends of Example School, with all profits going to the music tour fund.

Performers should arrive by 6.00pm in concert dress (black, with the school music tie or scarf for sixth formers). Please name instrument cases.

We look forward to seeing you there.

Bethan Lloyd-Jones
Music Administrator
Example School, Park Row, Leeds LS1 4AP · 01632 960000
"""))

add(label="clean", slug="theatre_trip_refund", client="outlook", fmt="plain", cte="quoted-printable",
    frm=L("finance", "Deborah Tanner"), to=[SAM], subj="Refund - Year 8 theatre trip",
    date=when(2025, 2, 12, 10, 30), note="everyday: finance confirms a refund to a carer",
    body=T("""
Dear Sam,

I'm sorry to hear that your daughter was unwell and missed the Year 8 theatre trip to see "The Secret Garden" last Wednesday. As the theatre has agreed to refund unused tickets, I have processed a refund of £22.50 to the card you paid with on ParentPay. It should appear within 5–7 working days.

Kind regards,

Deborah Tanner
Finance Officer
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="y11_access_arrangements", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("mistry"), to=[S("lockhart"), S("fairweather"), S("quigley"), S("kettering")], cc=[L("exams", "Nadia Hollis")],
    subj="Y11 access arrangements - mocks", date=when(2024, 11, 27, 12, 48),
    note="everyday: SENCo lists exam access arrangements for staff",
    body=T("""
Dear colleagues,

Ahead of the mocks, here is a reminder of the Year 11 students you teach who have access arrangements. Please use these in classroom assessments too, as it is "normal way of working" that JCQ looks for.

- A.B. (11R) – 25% extra time, rest breaks
- K.D. (11W) – word processor (spell-check off)
- S.H. (11H) – reader (human or computer reader), separate room
- F.M. (11S) – 25% extra time
- L.P. (11W) – coloured overlay, modified paper (A3 enlarged) for maths and science

Full details are on the SEND register. If you notice a student struggling who isn't on this list, please let me know – it's not too late to assess for the summer.

Thanks,
Anjali

Anjali Mistry
SENCo
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""))

add(label="clean", slug="lyon_exchange_host_family", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("marchand"), to=[JANE], subj="Échange Lyon – votre fille / your daughter's host family",
    date=when(2025, 3, 3, 17, 20), note="everyday: French teacher sends host family details to a parent (accents, RFC 2047 names/subject)",
    body=T("""
Dear Mrs Parent,

I'm delighted to let you know that your daughter will be staying with the Moreau family during the Lyon exchange (Saturday 5 – Saturday 12 April). Their daughter Chloé is in the same year at Lycée Saint-Exupéry and plays the clarinet, so they will have plenty to talk about!

The family live about ten minutes' walk from the school, in the Croix-Rousse area. Madame Moreau has asked me to pass on that they have a cat, and that they are very happy to cater for a vegetarian diet.

Chloé will then visit us in June. Her parents have already been in touch and I'll forward their contact details once the exchange agreement has been signed.

If you have any questions, please don't hesitate to get in touch.

Bien cordialement,

Élodie Marchand
Teacher of French
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="epq_draft_feedback", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("quigley"), to=[P("18fholdsworth", "Freya Holdsworth")], subj="EPQ - feedback on your draft",
    date=when(2025, 1, 16, 19, 5), note="everyday: EPQ supervisor feedback to a Y13 pupil",
    body=T("""
Hi Freya,

I've read your draft on women munitions workers in Leeds during the First World War – it's really coming together. Some thoughts:

1. Your introduction now sets out the question clearly. I'd cut the paragraph on national statistics and move it to the context section.
2. The Barnbow material is your strongest section. You could use more of the oral histories you found at the library archive, and say more about how reliable they are as sources.
3. The conclusion currently summarises rather than argues. Go back to your question – to what extent did the war change women's working lives in Leeds? – and give a judgement.
4. Check your referencing is consistent (Harvard throughout).

Your next supervision is Thursday P6. Bring your production log up to date before then.

Well done – this is a good piece of work.

Ms Quigley
"""))

add(label="clean", slug="evensong_ripon", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("hughes"), to=[SAM, ALI], cc=[L("music", "Music Office")],
    subj="Chamber Choir - Evensong at Ripon Cathedral, Sunday 17 November",
    date=when(2024, 11, 8, 16, 40), note="everyday: choir Evensong letter to parents",
    body=T("""
Dear Parents and Carers,

I am delighted that the Chamber Choir has been invited to sing Choral Evensong at Ripon Cathedral on Sunday 17 November.

Coach departs school: 1.15pm
Rehearsal in the Cathedral: 2.30pm–4.00pm
Evensong: 4.30pm (families are very welcome to attend – no tickets needed)
Coach returns to school: approximately 6.45pm

Singers should wear their choir robes, which will be taken on the coach in the robe bags, with black trousers or skirt and black shoes. Please bring a packed tea and a drink; there is no time to buy food.

The music is Stanford in C, Philip Radcliffe's responses, and Ireland's "Greater love hath no man" as the anthem. Please practise the Ireland at home – the top line in the middle section still needs confidence.

Please complete the consent form on the parent app by Wednesday 13 November.

With thanks,

Rhys Hughes
Director of Music
"""))

add(label="clean", slug="guest_wifi_adjudicator", client="outlook", fmt="plain", cte="7bit",
    frm=S("sowerby"), to=[L("music", "Bethan Lloyd-Jones")], subj="RE: Wi-Fi for adjudicator Thursday",
    date=when(2025, 3, 12, 10, 2), note="everyday: network manager sets up guest Wi-Fi (short)",
    body=T("""
Hi Bethan,

Done - guest voucher for Thursday is on the attached slip in your pigeonhole (valid 8am-8pm). Network is "EXS-Guest". If the adjudicator needs to print, she'll have to send it to you and you print it.

Gareth
"""))

add(label="clean", slug="open_evening_thanks", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("ashworth"), to=[L("allstaff", "All Staff")], subj="Thank you - Open Evening",
    date=when(2024, 9, 27, 7, 45), note="everyday: headteacher thanks staff after open evening",
    body=T("""
Dear colleagues,

Thank you all for last night. We welcomed over 900 visitors through the doors, the Year 7 and Year 12 guides were superb, and I lost count of the families who stopped me to say how warm and welcoming the departments were.

Special thanks to the music department for the string quartet in the foyer and the Big Band in the Dining Hall, to the science technicians for the demonstrations (the elephant's toothpaste was a big hit again), to the site team, and to the office staff who handled the queue for the 7.30 talk so calmly.

Please take the extra hour this morning as promised – briefing is cancelled, and registers can be taken at 8.55.

With thanks and appreciation,

Helen

Dr Helen Ashworth
Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="sixth_form_open_evening_feeders", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("ellery"), to=["Mr Paul Ostrowski <p.ostrowski@stbedeshigh.example.org>", "Ms Tanya Rhodes <headteacher@moorsideacademy.example.org>"],
    subj="Sixth Form Open Evening - Thursday 14 November", date=when(2024, 10, 28, 11, 10),
    note="everyday: head of sixth form invites partner schools to the mixed sixth form open evening",
    body=T("""
Dear colleagues,

I hope you had a good half term. I'm writing to let you know that our Sixth Form Open Evening is on Thursday 14 November from 6.00pm to 8.30pm. Our sixth form is mixed, and we welcome applications from boys and girls in Year 11 at any school.

The evening includes a talk from me at 6.15pm and 7.30pm, subject stalls, and tours led by current Year 12 and 13 students. The music department will be running short taster sessions for students interested in the A level or in joining the sixth form ensembles.

I'd be very grateful if you could share these details with your Year 11 students and families. Applications close on 10 January.

With best wishes,

Ruth Ellery
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 240
"""))

add(label="clean", slug="careers_fair_exhibitor", client="outlook", fmt="plain", cte="quoted-printable",
    frm=L("careers", "Rachel Dempsey"), to=["Marcus Feeney <m.feeney@aireworks-engineering.example.com>"],
    subj="Careers fair - stand confirmation", date=when(2025, 2, 18, 14, 33),
    note="everyday: careers leader confirms an employer's stand",
    body=T("""
Dear Marcus,

Thank you for agreeing to exhibit at our Year 10–13 Careers Fair on Wednesday 12 March. I can confirm stand 14 in the Sports Hall, next to the university stands.

Set-up is from 12.30pm, and students visit from 1.30pm to 3.30pm in year-group slots. There's parking in the main car park – please give your registration at reception. Tables, chairs and a power socket will be provided; please bring your own extension lead.

Many of our students are interested in engineering apprenticeships, especially since we've started running the Engineering Club with the physics department, so I'm sure your stand will be busy.

Best wishes,

Rachel Dempsey
Careers Leader
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="library_overdue", client="outlook", fmt="plain", cte="7bit",
    frm=L("library", "Imogen Tate"), to=[P("22hsaddique", "Hafsa Saddique")], subj="Overdue library books",
    date=when(2024, 12, 2, 12, 10), note="everyday: librarian's overdue reminder to a pupil (short)",
    body=T("""
Hi Hafsa,

Just a reminder that "Northern Lights" and "The Book Thief" were due back on 22 November. Could you return them this week, or pop in and renew them if you're still reading?

Thanks,
Mrs Tate
Library
"""))

SETTLE_HTML = T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Dear Parents and Carers of Year 7,</p>
<p>Please join us for our <strong>Year 7 Settling-In Evening</strong> on <strong>Tuesday 8 October, 5.30pm&ndash;7.00pm</strong>.</p>
<p>This is an informal chance to meet your daughter&rsquo;s form tutor, hear how the first few weeks have gone, and ask any questions. There is no need to book an appointment.</p>
<ul>
<li>5.30pm &ndash; welcome in the Main Hall, with the Year 7 Choir</li>
<li>5.45pm &ndash; meet form tutors in form rooms</li>
<li>6.30pm &ndash; drop-in stalls: clubs and activities, instrumental lessons, the Friends of Example School, school meals</li>
</ul>
<p>If you would like to talk privately about anything, please contact me beforehand and I will make sure we have time.</p>
<p>Kind regards,<br>Mrs J Pickersgill<br>Head of Year 7<br>Example School &middot; Park Row &middot; Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
""")
add(label="clean", slug="y7_settling_in_evening_html", client="outlook", fmt="html", hcte="quoted-printable",
    frm=S("pickersgill"), to=[JANE, SAM, ALI], subj="Year 7 Settling-In Evening - Tuesday 8 October",
    date=when(2024, 9, 23, 15, 50), html=SETTLE_HTML, note="everyday: HTML-only invite to Y7 parents")

add(label="clean", slug="cover_work_set", client="outlook", fmt="plain", cte="7bit",
    frm=S("asante"), to=[L("cover", "Cover")], subj="Cover work - Friday",
    date=when(2025, 3, 13, 18, 22), note="everyday: teacher leaves cover work (short)",
    body=T("""
Hi Paula,

I'm at the hospital with my dad tomorrow so won't be in. Cover work is in the RE cover folder on the shared drive (Friday 14 March), and the worksheets are printed on my desk in R2. 12RS needs a room with computers if possible.

Thanks,
Kwame
"""))

add(label="clean", slug="cello_hire_reply", client="outlook", fmt="alt", cte="quoted-printable",
    frm=L("music", "Bethan Lloyd-Jones"), to=[JANE], subj="RE: Cello hire",
    date=when(2024, 9, 17, 14, 5), reply_to_id="<CAKsT9w+qL3cN0xV8m@mail.gmail.com>",
    note="everyday: music admin answers a parent about instrument hire (Outlook-style thread)",
    body=T("""
Dear Mrs Parent,

Thank you for your email. Yes, we do have a 3/4 cello available to hire from the department. The charge is £45 per term, which covers insurance while it's on school premises, and it can be added to your ParentPay account.

Mrs Ng has said she'd be happy to teach your daughter on Wednesdays, and we have a space at 11.20 (this rotates each week). I'll send a lesson agreement home with her tomorrow.

Kind regards,

Bethan Lloyd-Jones
Music Administrator
Example School, Park Row, Leeds LS1 4AP
01632 960000 (ext 236)

From: Jane Parent <jane.parent@gmail.com>
Sent: 16 September 2024 21:12
To: Music Office <music@example-school.org.uk>
Subject: Cello hire

Hello,

My daughter would love to start learning the cello this year. Is it possible to hire an instrument through school, and is there still space for lessons?

Thank you,
Jane Parent
"""))


# ========================================================================================
# CLEAN: hard negatives (30)
# ========================================================================================

add(label="clean", slug="penistone_river_fieldwork", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("brenton"), to=[JANE, SAM], subj="Year 12 Geography fieldwork - Penistone and the upper Don",
    date=when(2024, 9, 16, 13, 25), note="hard: place name Penistone in a fieldwork letter to parents",
    body=T("""
Dear Parents and Carers,

As part of the A level Non-Examined Assessment (NEA), our Year 12 geographers will spend Thursday 26 September collecting river data along the upper River Don between Penistone and Oxspring. Students will work in small groups measuring channel width, depth, velocity and sediment size at six sites, and will use their results to plan their own independent investigations later in the year.

We will leave school by coach at 8.30am and return by about 4.15pm. Students should wear old clothes and bring wellies or walking boots (the river is shallow but the banks are muddy), a waterproof, a packed lunch and plenty to drink. Waders and measuring equipment are provided. We will stop briefly in Penistone town centre at lunchtime, so a little money is useful but not essential.

The cost of the coach (£14) can be paid on ParentPay. Please complete the consent and medical form on the parent app by Friday 20 September.

Yours sincerely,

Mr O Brenton
Teacher of Geography
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="dofe_silver_cockermouth", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("brenton"), to=[JANE, ALI], cc=[S("furlong"), S("kettering")],
    subj="DofE Silver qualifying expedition - route and campsites", date=when(2025, 3, 20, 18, 12),
    note="hard: DofE route letter naming Cockermouth and Lake District places",
    body=T("""
Dear Parents and Carers,

The Silver qualifying expedition takes place from Friday 9 to Sunday 11 May in the north-western Lake District. The groups have now had their route cards approved by the assessor, so I can share the outline with you.

Day 1: drop-off at Cockermouth, walking south past Brandlingill and along the Lorton valley to the campsite near Loweswater.
Day 2: over to Buttermere and along the lakeshore, then up to the campsite at Stonethwaite in Borrowdale. This is the longest day, about 17 km.
Day 3: out via Rosthwaite and Grange to the finish at Keswick, where we'll collect them at about 3pm.

The staff team will be in the area throughout, checking in at set points but not walking with the groups. The expedition emergency phone is 07700 900612; this is for use only if you cannot reach school, and it will be with me all weekend.

Final kit check is Wednesday 7 May after school. Please help your daughter pack – and make sure she has spare batteries for her head torch.

Many thanks,

Oliver Brenton
DofE Manager
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""))

add(label="clean", slug="scunthorpe_steel_history_visit", client="thunderbird", fmt="plain", cte="7bit",
    frm=S("quigley"), to=[P("24jpeacock", "Josh Peacock"), P("19mfarrington", "Millie Farrington"), P("19tkaur", "Tanvi Kaur")],
    subj="Thursday - Scunthorpe visit (bring your notes on deindustrialisation)",
    date=when(2025, 3, 3, 16, 45), note="hard: place name Scunthorpe in a history trip email to pupils",
    body=T("""
Hi Y12 historians,

A reminder that Thursday's visit is to the museum and steelworks heritage centre in Scunthorpe, for our unit on Britain 1951-1997. We'll look at the steel industry in its heyday, the 1980 strike and the closures, and talk to a former steelworker who worked at Appleby-Frodingham for 31 years.

Please bring:
- your notes on deindustrialisation and the Thatcher governments
- at least two questions for our speaker (he's happy to be asked anything - last year he talked for an hour)
- a packed lunch

Coach leaves at 8.45 from the front of school. We should be back by 3.30.

Ms Quigley
"""))

add(label="clean", slug="king_lear_edmund_bastards", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("lockhart"), to=[P("19lbramley", "Lydia Bramley"), P("24cwhitlam", "Callum Whitlam"), P("19ewoodhead", "Esme Woodhead")],
    subj="Lear - prep for Monday", date=when(2024, 10, 10, 17, 30),
    note="hard: King Lear quoted to A level pupils ('Now, gods, stand up for bastards!')",
    body=T("""
Dear 12E1,

For Monday, please reread Act 1 Scene 2 and annotate Edmund's soliloquy closely. Think about how Shakespeare makes us, briefly, take his side:

"Why bastard? wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

...and of course the line everyone remembers: "Now, gods, stand up for bastards!"

Come ready to discuss: how far does Shakespeare present Edmund's illegitimacy as the cause of his villainy, and how far as his excuse? Look at Gloucester's jokes about Edmund's conception in Scene 1 – Edmund is standing right there while his father talks about "the whoreson" and the "good sport at his making".

Wider reading for anyone keen: the chapter on the Gloucester subplot in the green critical anthology in the library.

Mrs Lockhart
"""))

add(label="clean", slug="twelfth_night_letter_scene", client="gmail", fmt="alt", cte="7bit",
    frm=S("corrigan"), to=[S("lockhart")], subj="Y9 Twelfth Night - the letter scene",
    date=when(2025, 2, 5, 20, 16),
    note="hard: staff discussing how to teach Malvolio's 'her C's, her U's and her T's' pun",
    body=T("""
Fiona,

Quick question before I get to 2.5 with 9R next week. How does the department usually handle the letter scene? Specifically Malvolio's "By my life, this is my lady's hand: these be her very C's, her U's and her T's; and thus makes she her great P's."

I've always skated past it, but last year a girl found the footnote in the Arden edition and the whole class lost it for ten minutes. I'm inclined to say plainly that Shakespeare is making a rude joke at Malvolio's expense, that the audience would have got it, and move on to what the scene shows about his self-delusion. I don't want to spell it out, but I don't want to pretend it isn't there either.

Does that sound OK to you? Happy to do whatever the rest of the department does.

Niall
"""))

add(label="clean", slug="larkin_this_be_the_verse", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("corrigan"), to=[P("18fholdsworth", "Freya Holdsworth"), P("18ibaptiste", "Imani Baptiste"), P("18obaines", "Oscar Baines")],
    subj="Larkin - wider reading for Friday", date=when(2025, 1, 22, 15, 5),
    note="hard [unsure]: teacher quotes Larkin's 'They fuck you up, your mum and dad' to Y13 literature pupils",
    body=T("""
Dear 13E2,

Before Friday, please read "This Be The Verse" alongside "Mr Bleaney" and "Home is so Sad". I know some of you will already know the opening line – "They fuck you up, your mum and dad" – because it's the most quoted line Larkin ever wrote. Try to get past the shock value and look at what the poem actually does: the nursery-rhyme metre, the shift from blame to the idea of inherited misery, and that bleak final stanza.

Question for discussion: is the poem's final advice meant seriously, or is Larkin sending himself up?

Write a 300-word response and bring it with you.

Mr Corrigan
Teacher of English
"""))

add(label="clean", slug="y9_rse_letter", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("kettering"), to=[JANE, SAM, ALI], subj="Year 9 Relationships and Sex Education - spring term",
    date=when(2025, 1, 10, 12, 0), note="hard: RSE letter to parents naming anatomy, contraception, STIs, consent",
    body=T("""
Dear Parents and Carers,

This term Year 9 will follow the next unit of our Relationships and Sex Education (RSE) programme in their PSHE lessons. The unit covers:

- healthy and unhealthy relationships, including coercive control
- consent, and the law on sexual activity and sharing images
- the reproductive system, using correct anatomical terms (penis, testicles, vagina, vulva, uterus)
- contraception, including condoms and the contraceptive pill, and where young people can get confidential advice
- sexually transmitted infections (such as chlamydia and HIV) and how to reduce the risk

Lessons are taught by trained staff, with questions answered factually and at an age-appropriate level. Students can post anonymous questions in a question box.

You can see all the lesson resources at the Year 9 RSE information session on Wednesday 22 January at 6pm in the Library. Parents have the right to request that their child is withdrawn from some or all of sex education (but not the relationships or science elements) until three terms before they turn 16; please speak to me first if you are considering this.

Kind regards,

Miss S Kettering
RSE Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""))

add(label="clean", slug="dsl_disclosure_verbatim", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("whitcombe"), to=[L("dsl", "Designated Safeguarding Lead")], cc=[S("arkwright")],
    subj="CONFIDENTIAL - disclosure from Y9 student R.T. (9W)", date=when(2024, 11, 14, 13, 22),
    note="hard: safeguarding report to the DSL quoting a pupil's words verbatim ('fucking slag'), staff only",
    body=T("""
Priya,

Recording this now and I'll add it to the safeguarding system straight after. Please ring me if you want to talk it through before the end of lunch.

At 12.40 today R.T. (9W) came to my office in tears with a friend. She showed me messages on her phone from an older boy she met at a party in the summer (she thinks he is 16 and at another school, and knows his first name only). In her words:

"He keeps messaging me saying if I don't send him pics he'll tell everyone I'm a fucking slag and post the ones from the summer. I never sent him any, he's lying, but people will believe him."

She said the messages started about two weeks ago and have been every night since Monday. She has not told her mum because she's "scared she'll take my phone". I didn't look through the phone myself or take screenshots. I told her I'd need to pass this on to you to keep her safe, and she agreed.

She is currently in the pastoral room with Wendy and has calmed down. She has PE period 5 and I've said she can stay with Wendy instead.

Leanne

Leanne Whitcombe
Head of Year 9
"""))

add(label="clean", slug="detention_reply_parent_swore_quoted", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("garside"), to=[ALI], subj="RE: Detention",
    date=when(2025, 2, 11, 9, 30), reply_to_id="<002101db7c2d$1f3c4a10$5db4de30$@btinternet.com>",
    note="hard: polite deputy-head reply; the swearing is only in the parent's quoted email below",
    body=T("""
Dear Mr Guardian,

Thank you for your email. I understand you are frustrated, and I'm sorry that the detention letter arrived without any explanation.

Your daughter was given a 30-minute detention because this was the fourth time this half term that she did not have her PE kit, rather than the first. The PE department contacts home after the second occasion, and I can see a message was sent to you on 28 January. I appreciate that it may have gone to an old email address, and I've asked the office to check the details we hold.

I'd be happy to talk this through on the phone, or to meet with you and Mrs Brannigan, the Head of PE. If there is a reason she is finding it hard to bring her kit, we would much rather help with that than give detentions.

I would ask, though, that future correspondence with staff remains courteous.

Yours sincerely,

Simon Garside
Deputy Headteacher
Example School, Park Row, Leeds LS1 4AP
01632 960000

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 10 February 2025 21:47
To: s.garside@example-school.org.uk
Subject: Detention

This is a fucking joke. A detention for forgetting her PE kit ONCE. You lot are useless and I'll be taking this to the governors.
"""))

add(label="clean", slug="behaviour_policy_language_review", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("garside"), to=[S("whitcombe"), S("pickersgill"), S("ellery")], subj="Behaviour policy review - language section (for Thursday)",
    date=when(2025, 3, 4, 17, 50),
    note="hard [unsure]: deputy discusses with heads of year how the behaviour policy treats pupils' swearing (words mentioned)",
    body=T("""
Hi all,

Ahead of Thursday's meeting, here is where I've got to on the "language" section of the behaviour policy. The current wording ("swearing will not be tolerated") is being applied very differently across year teams, so I'd like us to agree something clearer.

Proposal:
- Swearing in conversation, not directed at anyone (e.g. a student saying "shit, I've left my homework on the bus" to a friend): a reminder, then C1 if repeated.
- Swearing directed at another student: C2 and a restorative conversation.
- Swearing at a member of staff (e.g. "fuck off" or "piss off" when asked to do something): C3, a day in the reflection room and a call home.
- Any racist, sexist, homophobic or disability-related language: logged as a prejudice-related incident whatever the wording, with follow-up from the head of year and the pupil's family informed.

I'd like your views especially on the second point, and on how we handle "banter" between friends in the sixth form, which Ruth has raised.

Simon
"""))

add(label="clean", slug="brahms_parts_fagott", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("hughes"), to=["Ingrid Lindqvist <hire@orchestralparts.example.org>"], subj="Hire ref 24/1187 - Brahms 2 - missing Fagott II",
    date=when(2025, 1, 15, 10, 20), note="hard: German orchestral part names (Fagott = bassoon) in a hire library email",
    body=T("""
Dear Ms Lindqvist,

Thank you for the set of parts for Brahms Symphony No. 2 (Breitkopf), which arrived on Tuesday. Unfortunately, when our librarian checked the set we found:

- Fagott II is missing (we have two copies of Fagott I)
- there are three Horn III in D parts and no Horn IV in D
- the Pauken part is a photocopy that is very hard to read in the last movement

Could you send a replacement Fagott II and Horn IV as soon as possible? Our bassoonists have a sectional on 27 January. We don't need the Kontrafagott part you listed as an optional extra, as the symphony doesn't use one.

Can you also confirm that the hire period runs until 4 April, to cover our concert on 27 March?

With thanks,

Rhys Hughes
Director of Music
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 231
"""))

add(label="clean", slug="eco_club_birdwatch", client="gmail", fmt="alt", cte="8bit",
    frm=S("kettering"), to=[P("24amcbride", "Aoife McBride"), P("24sbegum", "Sumaiya Begum"), P("23lhart", "Lily Hart")],
    subj="Eco Club \u2013 Big Garden Birdwatch this Thursday \U0001F426", date=when(2025, 1, 21, 12, 40),
    note="hard: bird names (blue tit, great tit, woodcock, shag) in an eco club email; emoji subject",
    body=T("""
Hi Eco Club,

This Thursday lunchtime we're doing our count for the RSPB Big Garden Birdwatch around the school grounds. Meet in B3 at 12.45 – I'll have clipboards, ID sheets and the two pairs of binoculars.

Last year we saw blue tits, great tits, a pair of long-tailed tits by the music block, robins, blackbirds, wood pigeons and a very bold magpie. Mr Brenton swears he saw a woodcock near the playing field hedge in December, so keep your eyes open.

Also – the trip to Bempton Cliffs and Flamborough is confirmed for Saturday 14 June. It's peak season for puffins, gannets, razorbills and shags, so bring a packed lunch and a waterproof. Letter to come.

Miss Kettering 🌱
"""))

add(label="clean", slug="food_regional_dishes_faggots", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("bevan"), to=[P("22eatkinson", "Evie Atkinson"), P("22nrashid", "Noor Rashid"), P("22mdoherty", "Molly Doherty")],
    subj="Y10 Food - British regional dishes task", date=when(2024, 10, 14, 16, 10),
    note="hard: food vocabulary (faggots and peas, spotted dick, cock-a-leekie) in a food tech task",
    body=T("""
Hi Year 10,

For the next two weeks your NEA practice task is on British regional dishes. Choose ONE dish from the list, research where it comes from and why, then plan how you would adapt it for a modern, healthier diet.

- Faggots with mushy peas (Black Country and the Midlands)
- Lancashire hotpot
- Pan haggerty (Northumberland)
- Cock-a-leekie soup (Scotland)
- Welsh cawl
- Spotted dick with custard
- Bakewell pudding (Derbyshire)
- Yorkshire curd tart

Your research sheet is due next Tuesday, and we'll do a practical trial of your adapted version the week after. Vegetarian versions are welcome – faggots made with lentils and mushrooms worked really well last year.

Mrs Bevan
"""))

add(label="clean", slug="berlin_exchange_german_info", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("wisniewski"), to=[JANE, SAM], cc=[S("quigley")], subj="Berlin-Austausch: letzte Infos / final information",
    date=when(2025, 3, 21, 16, 30),
    note="hard: German words (Fahrt, Ausfahrt, dicke Jacke) in an exchange letter; RFC 2047 sender name",
    body=T("""
Dear Parents and Carers,
Liebe Eltern,

We are nearly ready for the Berlin exchange! A few final points:

Departure: Sunday 30 March, meet at Leeds Bradford Airport at 5.15am. Gute Fahrt is what your daughters will hear a lot of next week – it means "have a good journey", and they'll be making plenty of them on the U-Bahn.

Clothing: Berlin in early April can be cold. Bitte eine dicke Jacke mitbringen – please bring a thick, warm coat! Comfortable shoes are essential; we walk a lot.

Money: around €60–80 pocket money is plenty. Host families will provide all meals except lunch on the two excursion days.

The programme includes a day at the Lindenhof-Gymnasium with their partners, the Reichstag, the Berlin Wall Memorial at Bernauer Straße, and a day trip to Potsdam. On the motorway to Potsdam the girls may spot the signs for "Ausfahrt" (exit) – every year someone finds this hilarious, and every year I explain it again.

In an emergency during the trip, please ring the school office on 01632 960000, who can contact us at any time.

Mit freundlichen Grüßen,

Tomasz Wiśniewski
Head of Modern Languages
Example School, Park Row, Leeds LS1 4AP
"""))

add(label="clean", slug="toulouse_gascony_condom", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("marchand"), to=[P("24kosei", "Kofi Osei"), P("19hdenby", "Harriet Denby"), P("19rmalik", "Rania Malik")], cc=[ALI],
    subj="Sixth Form French study visit – Toulouse & Gers itinerary", date=when(2025, 2, 20, 12, 15),
    note="hard: French town of Condom in a sixth form trip itinerary (parent in Cc)",
    body=T("""
Bonjour à tous,

Here is the itinerary for our study visit (Monday 14 – Friday 18 April), as promised in class.

Lundi: flight to Toulouse, check in at the youth hostel, evening walk along the Garonne.
Mardi: morning at the Lycée Pierre-de-Fermat with your correspondants; afternoon at the Capitole and the Jacobins.
Mercredi: day trip to the Gers – a morning in the market at Auch, then on to the small town of Condom, where we'll see the cathedral, the statue of the Musketeers (d'Artagnan was from Gascony) and a cloister that is now the town hall. You'll interview local people for your IRP in pairs – prepare your questions in advance!
Jeudi: Airbus factory tour (photo ID needed – bring your passport) and Cité de l'espace.
Vendredi: free morning for shopping, flight home.

Please bring your IRP notebook every day. À bientôt!

Mme Marchand
Example School · 01632 960000
"""))

add(label="clean", slug="orkney_residential_twatt", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("brenton"), to=[L("finance", "Deborah Tanner")], subj="Orkney residential - hostel deposit",
    date=when(2024, 12, 11, 15, 5),
    note="hard: staff email about an Orkney geography residential mentioning the place Twatt",
    body=T("""
Hi Deborah,

Could you raise a purchase order for the deposit on the Orkney hostel please? Details:

Birsay Outdoor Centre (invoice attached to the PO request form on the drive)
Dates: Monday 23 – Friday 27 June 2025
Deposit: £640 (25%), balance due 1 May

It's for the Y12 geography coastal and rural fieldwork residential – 22 students and 3 staff. We'll be based at Birsay and doing fieldwork at the Brough of Birsay, Skara Brae and the farms around Twatt (yes, it's a real place, and yes, I'll brief the Y12s before they find it on the map).

Travel quote from the coach firm to follow. The ferry from Scrabster is booked separately.

Thanks,
Olly
"""))

add(label="clean", slug="clitheroe_junior_choir_festival", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("hughes"), to=[SAM, ALI], cc=[S("ng")], subj="Junior Choir - Ribble Valley Youth Choir Festival, Clitheroe",
    date=when(2025, 3, 5, 13, 55), note="hard: place name Clitheroe in a choir festival letter to parents",
    body=T("""
Dear Parents and Carers,

The Junior Choir (Years 7 and 8) has been accepted to sing at the Ribble Valley Youth Choir Festival at St Mary Magdalene's Church, Clitheroe, on Saturday 5 April. It's a non-competitive festival, and each choir gets feedback from the adjudicator and sings a massed piece at the end.

Coach leaves school at 9.00am; we expect to be back by 5.30pm. The choir will have a picnic lunch by Clitheroe Castle if the weather is kind, so please send a packed lunch.

The choir will sing "Dona nobis pacem", a Bob Chilcott arrangement and a Yorkshire folk song. Mrs Ng will accompany.

Cost: £12 for the coach, on ParentPay. Please complete the consent form by 21 March.

Best wishes,

Rhys Hughes
Director of Music
Example School, Park Row, Leeds LS1 4AP | 01632 960000
"""))

add(label="clean", slug="dorset_campsite_shitterton", client="gmail", fmt="alt", cte="8bit",
    frm=S("rahman"), to=[S("brenton")], subj="Dorset fieldwork - campsite options",
    date=when(2025, 1, 30, 19, 40),
    note="hard: colleague discussing a Dorset campsite whose address is Shitterton",
    body=T("""
Hi Olly,

I've looked at three options for the Y10 Jurassic Coast trip:

1. Lulworth - closest to Durdle Door and the cove, but £28 a head per night and they want a 50% deposit now.
2. The farm site near Bere Regis - cheapest, big field for the tents, good toilet block. The postal address is Shitterton, which I know will cause hilarity in 10G, but it's a lovely site and the farmer has had school groups for years.
3. Swanage - nice, but the drive to the fieldwork sites every day would eat into the time.

I'm leaning towards option 2. Can we chat on Monday? If we go for it I'll get the risk assessment started.

Ayesha
"""))

add(label="clean", slug="new_peripatetic_staff_surnames", client="outlook", fmt="plain", cte="quoted-printable",
    frm=L("music", "Bethan Lloyd-Jones"), to=[S("hughes"), S("eastwood"), S("ng"), L("office", "Office")],
    subj="New peripatetic staff - spring term", date=when(2025, 1, 6, 11, 30),
    note="hard: surnames Cockburn, Hancock and Wankhede (new visiting music teachers)",
    body=T("""
Hi all,

Three new visiting teachers start with us this term. All three have enhanced DBS certificates, which the office has checked and added to the single central record.

- Fenella Cockburn – flute and piccolo, Mondays (replacing Mr Dale). She also runs the flute choir at the county music centre.
- Lewis Hancock – trumpet and cornet, Wednesday afternoons. Lewis will also help Ben with the Big Band.
- Dev Wankhede – tabla, Thursday lunchtimes, a new taster group for Y7 and Y8 as part of our world music project. Eight students have signed up already.

Please make them welcome if you see them around the music block. Office – could you set up their visitor badges and Wi-Fi codes for the first day?

Thanks,
Bethan
"""))

CRICKET_HTML = T("""
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Girls' cricket tour</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#1d1d1d">
<h2 style="color:#0b5e3c">Girls&rsquo; Cricket Tour to India &ndash; February 2026</h2>
<p>Dear Parents and Carers,</p>
<p>Following the success of our first cricket tour to Sri Lanka in 2023, we are delighted to announce a tour to <strong>Mumbai and Pune</strong> in February half term 2026, for students in the current Years 9&ndash;11.</p>
<p>Highlights include:</p>
<ul>
<li>four matches against school and academy sides, with coaching from local coaches</li>
<li>a guided tour of the <strong>Wankhede Stadium</strong>, home of the 2011 World Cup final</li>
<li>a visit to a partner school in Pune and a day volunteering with a girls&rsquo; cricket charity</li>
</ul>
<p>The estimated cost is &pound;2,350, payable in instalments. Please come to the information evening on <strong>Tuesday 29 April at 6pm</strong> in the Sports Hall to find out more.</p>
<p>Mrs K Brannigan<br>Head of PE<br>Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000</p>
</body></html>
""")
add(label="clean", slug="cricket_tour_wankhede_html", client="mis", fmt="html", hcte="base64",
    frm=S("brannigan"), to=[JANE, SAM, ALI], subj="Girls' cricket tour to India - information evening",
    date=when(2025, 3, 27, 16, 0), html=CRICKET_HTML,
    note="hard: Wankhede Stadium in an HTML-only (base64) cricket tour letter")

add(label="clean", slug="university_open_days_sussex", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("ellery"), to=[L("year12", "Year 12")], subj="University open days - summer term",
    date=when(2025, 3, 24, 8, 50), note="hard: Sussex, Essex, Middlesex in a sixth form open-days list",
    body=T("""
Dear Year 12,

Open day season is upon us. You may take up to two days of authorised absence for university open days this summer; please fill in the form in the sixth form office at least a week in advance.

Some dates that students have asked about:
- Sussex (Brighton): Saturday 21 June
- Essex (Colchester): Saturday 14 June
- Middlesex (Hendon): Saturday 28 June
- Hull: Saturday 5 July
- Leeds, Sheffield and York: dates in late June and early July – check their websites

Many universities run open days on Saturdays, which don't need a form at all. Remember also that most now have virtual tours if you can't travel.

After any visit, write up your impressions in your UCAS planning booklet while they're fresh.

Mrs Ellery
Head of Sixth Form
"""))

add(label="clean", slug="tourette_support_plan", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("mistry"), to=[L("teachers8h", "8H Teachers")], cc=[S("pickersgill"), S("garside")],
    subj="Pupil support plan - M.K. (8H) - Tourette syndrome", date=when(2024, 9, 12, 16, 15),
    note="hard: SENCo to staff about a pupil with Tourette's whose tics include swear words (staff only)",
    body=T("""
Dear colleagues,

M.K. in 8H has a diagnosis of Tourette syndrome, and her family have agreed that I can share the following with all staff who teach her.

Her tics change over time. At the moment they include eye blinking, a throat-clearing sound, a short whistle and some vocal tics that are words. A small number of these are swear words – currently "shit" and occasionally "bollocks" (this is called coprolalia, and only a minority of people with Tourette's have it). These are involuntary. Please do not sanction her for them, ask her to stop, or draw attention to them. The best response is no response.

Tics often increase with stress, excitement or tiredness, and may increase in tests. She has a time-out card and may leave the room to go to the SEN base whenever she needs to. She has 25% extra time and a separate room for assessments.

Other students in 8H know about her Tourette's – M.K. gave a short talk to her form with her mum's support in Year 7 – but please challenge any unkind comments from others firmly.

If you have any questions or concerns, please come and see me.

Anjali Mistry
SENCo
Example School | 01632 960000
"""))

add(label="clean", slug="snapchat_group_transcript_dsl", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("arkwright"), to=[L("dsl", "Designated Safeguarding Lead")], cc=[S("whitcombe")],
    subj="Snapchat group - transcript of messages (Y9) - CONFIDENTIAL", date=when(2025, 2, 26, 15, 30),
    note="hard: pastoral manager transcribes abusive pupil messages (slag, lesbo, retard) for the DSL, staff only",
    body=T("""
Priya,

As discussed, below is my transcript of the Snapchat messages that J.W. (9R) showed me this morning. I have not kept any images. J.W.'s mum has the screenshots and is happy to bring them in tomorrow.

Group name: "9R besties" (about 14 members, all Y9 as far as J.W. knows)

Mon 24 Feb, 21:14 – user "kk_xo": everyone ignore her shes a slag
21:15 – user "ellzz": lol she tried to sit with us at lunch
21:17 – user "kk_xo": she's such a lesbo always staring at people in the changing rooms
21:20 – user "m.a.y.a": stop being a retard she can hear u
21:22 – user "kk_xo": good. go kill yourself [J.W.'s name]

J.W. left the group after this message. She says this has been going on "since Christmas" but this is the worst. She is coping at the moment and wants to stay in lessons. I've arranged a daily check-in with her at morning break.

I think the usernames belong to K.K., E.L. and M.A., all 9R. I haven't spoken to them yet – I'll wait for your advice. Given the last message, please could you consider whether we need to contact home today?

Wendy

Wendy Arkwright
Pastoral Manager
Example School, Park Row, Leeds LS1 4AP
"""))

add(label="clean", slug="re_language_religious_terms", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("asante"), to=[P("21hsaddique", "Hiba Saddique"), P("21rfenwick", "Rebecca Fenwick"), P("21pchauhan", "Pooja Chauhan")],
    subj="Y10 RE - homework and a note about key terms", date=when(2024, 10, 24, 16, 0),
    note="hard: RE vocabulary (swastika in Hinduism, jihad, kirpan) explained to pupils",
    body=T("""
Dear 10RE3,

Your homework this week is to complete the key terms glossary for the unit on religion, peace and conflict. A few words need careful handling, and we talked about them in the lesson:

- Jihad – literally "struggle" or "striving". The greater jihad is the inner struggle to live as a good Muslim; the lesser jihad refers to the defence of Islam, under strict conditions. Don't use the word simply to mean terrorism.
- Kirpan – the ceremonial sword worn by initiated (Khalsa) Sikhs as one of the 5Ks, a symbol of the duty to protect the weak.
- Swastika – an ancient and sacred symbol of good fortune in Hinduism, Buddhism and Jainism, thousands of years older than its appropriation by the Nazis. Hiba's presentation on Diwali decorations was a great example.

Please write each definition in your own words and add a quotation from a religious text where you can.

Due Thursday.

Mr Asante
"""))

add(label="clean", slug="mockingbird_reading_aloud", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("lockhart"), to=[L("english", "English Department")], subj="Mockingbird - reading aloud (please read before Monday)",
    date=when(2024, 9, 5, 17, 10), note="hard: English head on handling racist language in a set text ('the n-word'), staff only",
    body=T("""
Dear all,

As we start To Kill a Mockingbird with Year 9 next week, a reminder of the approach we agreed in July:

1. We do not read the n-word aloud in class, and students don't either. When reading aloud, we say "the n-word" or skip it. Please say this explicitly at the start of the first lesson, and explain why.
2. Teach the context before the text: the Jim Crow laws, the Scottsboro case and the way the novel's language reflects the racism it portrays.
3. Make space for students' responses. Some students may find the language and the trial chapters upsetting, especially students of colour in the class. Let me or their Head of Year know if anyone is affected.
4. Any student using the word outside its context, or as an insult, must be reported as a racist incident in the usual way.

The department resource booklet with the context lessons is on the shared drive.

Thanks,
Fiona
"""))

PROGRAMME_TXT = T("""
EXAMPLE SCHOOL WINTER CONCERT
Thursday 12 December 2024, 7.00pm, Main Hall

PROGRAMME

Symphony Orchestra
  Elgar - Overture "Cockaigne (In London Town)", Op. 40
  Holst - "Jupiter" from The Planets

Chamber Choir
  Trad. arr. Vaughan Williams - Sussex Carol
  Purcell - "When I am laid in earth" (Dido's Lament) from Dido and Aeneas
  Soloist: Harriet Denby (Y12)

-- Interval --

Junior Strings
  Holst - Jig from St Paul's Suite

Big Band
  Ellington - "Take the A Train"
  Leroy Anderson - "Sleigh Ride"

Programme notes
Cockaigne is an old name for an imaginary land of plenty, and Elgar used it jokingly for London. The overture is a portrait of the city: brass bands, church bells, lovers in the park and a Salvation Army band marching past.
""")
add(label="clean", slug="winter_concert_programme_cockaigne", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("hughes"), to=["Print Studio <studio@printworks.example.com>"], cc=[L("music", "Bethan Lloyd-Jones")],
    subj="Winter concert programme - copy for printing", date=when(2024, 11, 28, 9, 35),
    atts=[("winter_concert_programme_2024.txt", "text/plain", PROGRAMME_TXT, "7bit")],
    note="hard: Elgar 'Cockaigne', 'Sussex Carol', Dido and Aeneas in a concert programme (text attachment)",
    body=T("""
Hello,

Please find attached the text for our Winter Concert programme. Same format as last year please: A5 folded, 4 sides, school crest on the front, 350 copies.

Could you make sure "Cockaigne" is spelled correctly on the front – last year's proof had it as "Cocaine", which our Head was not thrilled about.

We need them delivered by Tuesday 10 December. Invoice to finance@example-school.org.uk as usual.

Many thanks,

Rhys Hughes
Director of Music
Example School, Park Row, Leeds LS1 4AP
01632 960000 ext. 231
"""))

add(label="clean", slug="sixth_form_sexual_health_dropin", client="outlook", fmt="alt", cte="quoted-printable",
    frm=S("whiteley"), to=[L("sixthform", "Sixth Form")], subj="Wellbeing drop-in: sexual health, Tuesday lunchtimes",
    date=when(2024, 10, 8, 11, 0), note="hard: school nurse's sexual health drop-in notice (condoms, chlamydia testing)",
    body=T("""
Hi Sixth Form,

The school nurse drop-in is open every Tuesday from 12.30 to 1.30 in the medical room by the sixth form centre. You don't need an appointment, and what you tell me stays confidential unless I'm worried about your safety.

As well as general health and wellbeing, I can help with:
- the C-Card scheme – free condoms and advice for under-25s
- free chlamydia and gonorrhoea testing kits
- information on contraception, including emergency contraception, and where to get it locally
- period problems, and free period products (also available in every toilet)

You can also get confidential sexual health advice from the local NHS sexual health service (search "sexual health Leeds").

Jo Whiteley
School Nurse
Example School, Park Row, Leeds LS1 4AP
"""))

add(label="clean", slug="vet_work_experience", client="outlook", fmt="plain", cte="quoted-printable",
    frm=S("ellery"), to=[P("24ttaylor", "Tilly Taylor")], subj="Vet med work experience - kennels and farm",
    date=when(2025, 2, 3, 17, 25), note="hard: animal terms (bitch in whelp, cockerels, lambing) for a vet med applicant",
    body=T("""
Hi Tilly,

Good news – both placements have come through for your vet medicine work experience.

1. Moorcroft Boarding Kennels, half term week (17–21 February). They breed Labradors and have a bitch due to whelp that week, so you may well see puppies born. You'll mostly be cleaning, feeding and exercising dogs, but they're happy for you to shadow the vet on her visit.

2. Highfold Farm, Easter holidays – two weeks of lambing. You'll help with feeding, tagging and checking ewes overnight. They also keep hens and a few cockerels, and you'll see the visiting vet for routine work such as tail docking and castration of lambs.

Both placements count towards the 2–4 weeks of animal experience the vet schools ask for. Keep a reflective diary every day – it'll be gold dust when you write your personal statement.

Risk assessment forms are attached to the placement record; please ask your mum or dad to sign and return them.

Mrs Ellery
"""))

add(label="clean", slug="phone_incident_piss_off_log", client="outlook", fmt="plain", cte="7bit",
    frm=S("mehta"), to=[S("whitcombe")], subj="Incident 9W P5 - phone",
    date=when(2025, 3, 10, 15, 52), note="hard: teacher reports to head of year what a pupil said ('piss off'), staff only",
    body=T("""
Hi Leanne,

For your records - E.S. (9W) in P5 physics today. I saw her using her phone under the desk during the practical and asked her to hand it in, as per policy. She said "piss off, it's not even on" and walked out of the lab. She went to the toilets and came back about five minutes later, and did then hand it over.

I've logged it as a C3 on the system and the phone is in the office. She was quiet for the rest of the lesson and didn't seem herself - it might be worth a check-in. Her friend said something had happened at lunch.

Arjun
"""))

add(label="clean", slug="staff_panto_dick_whittington", client="gmail", fmt="alt", cte="7bit",
    frm=S("eastwood"), to=[L("allstaff", "All Staff")], subj="Staff panto: DICK WHITTINGTON - cast list and rehearsals!",
    date=when(2024, 11, 22, 16, 30), note="hard: staff panto 'Dick Whittington' casting email",
    body=T("""
Dear all,

The moment you've all been waiting for. The staff panto this year is DICK WHITTINGTON, raising money for the Vienna tour fund and the Friends. Performances are on the last Thursday of term, to the whole school at 2pm and to parents at 6.30pm.

Cast:
Dick Whittington - Mr Asante
Tommy the Cat - Mrs Brannigan
Alice Fitzwarren - Miss Kettering
Sarah the Cook (the Dame) - Mr Garside (he volunteered, honestly)
King Rat - Mr Sowerby
Alderman Fitzwarren - Mr Fairweather
Fairy Bowbells - Mrs Ng
Chorus of rats - anyone who wants to be in it but not say anything

Rehearsals: Tuesdays and Thursdays at 3.45 in the Drama Studio from 26 November. Scripts are in your pigeonholes. Dr Ashworth has read the script and approved every joke, so no ad-libbing please, Simon.

Big Band are doing the music, so if you can play anything, come and find me.

Oh yes it is,
Ben
"""))


# ========================================================================================
# Write everything
# ========================================================================================

README = """# Round 15 held-out corpus: obscene-language

**BLIND held-out test set. Never use it for tuning the filter, its rules or its word
lists.** It was written without looking at mailguard's code, rules, tests, docs or git
history, so that it measures how the filter does on mail nobody tuned it on.

## What it is

{total} outgoing e-mail messages (RFC 5322 `.eml`) from staff at a fictional school, for
the *obscene-language* part of the policy: staff must not use obscene language or swear
words, nor make offensive comments on grounds of gender, race, disability, age, religion
or sexual orientation. The setting for this round is a selective girls' grammar school
(11-18) with a mixed sixth form, a strong music department (orchestras, choirs, visiting
instrumental teachers), overseas trips and exchanges, Duke of Edinburgh, a parents'
association (the Friends), and governors and trustees.

`labels.csv` gives the expected result for each file:
`file,expected,sender,recipients,note` (`expected` is `flag` or `clean`; `recipients` is
the To and Cc addresses separated by single spaces; judgement calls are marked `[unsure]`).

| expected | count |
|---|---|
| flag | {flag} |
| clean (everyday mail) | {everyday} |
| clean (hard negatives) | {hard} |
| **total** | **{total}** |

## How it was made

Written by hand (content) and produced by `../make_round15_obscene.py` (Python 3.11,
standard library only). Dates, Message-IDs and MIME boundaries are fixed and the order is a
fixed-seed shuffle, so the output is byte-identical on every run. All people, addresses and
phone numbers are invented (Ofcom drama ranges; example.com/.org/.net for organisations).

Regenerate (from the repository root):

    python3 tests/holdout/round15/make_round15_obscene.py

The script also checks that every file parses with `email.policy.default` and that
`labels.csv` matches the files.

## Kinds of case

- **flag, plain**: staff venting to colleagues (shitshow, arsehole, fucking, twat),
  a chemistry teacher telling a pupil off ("pissing about"), a finance note meant for a
  colleague but sent to a parent ("bollocks"), and slurs on disability, race, sexual
  orientation and gender.
- **flag, own words in a text attachment**: a CSV host list whose notes column calls a
  parent a "bellend".
- **flag, disguised**: asterisk/symbol masks, leetspeak, dotted letters, Cyrillic
  homoglyphs, full-width letters, zero-width spaces, a word split across HTML tags plus an
  HTML entity, a quoted-printable soft line break inside the word, a base64 body, and
  swearing only in an RFC 2047 base64-encoded subject.
- **clean, everyday**: reminders, trip and payment letters, orchestra and choir mail,
  visiting-teacher timetables, governors' papers, UCAS, mocks, reports, replies to
  parents, homework, meeting notes (plain, text+HTML, HTML-only, QP, base64, 8bit,
  attachments, quoted threads, RFC 2047 subjects and names).
- **clean, hard negatives**: place names (Penistone, Cockermouth, Scunthorpe, Twatt,
  Clitheroe, Shitterton, Condom, Sussex), surnames (Cockburn, Hancock, Wankhede), food
  (faggots, spotted dick, cock-a-leekie), birds (tits, woodcock, shags), German (Fagott,
  Fahrt, Ausfahrt, dicke Jacke), set texts (King Lear, Twelfth Night, Larkin), music
  (Elgar's Cockaigne), RSE and sexual health letters, SEND (Tourette's with coprolalia),
  safeguarding and behaviour reports to staff quoting exactly what pupils said, a polite
  reply where the swearing is only in the parent's quoted email, staff discussing the
  behaviour policy's treatment of swearing and handling racist language in a set text,
  RE vocabulary, animal terms for a vet applicant, a staff panto (Dick Whittington).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f in ("labels.csv",):
            os.remove(os.path.join(OUT, f))
    items = list(MSGS)
    assert len(items) == 80, len(items)
    assert sum(m["label"] == "flag" for m in items) == 20
    slugs = [m["slug"] for m in items]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    random.Random(1515).shuffle(items)
    rows = []
    for n, m in enumerate(items, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m, n, m["slug"])
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        sender = parseaddr(m["frm"])[1]
        rows.append([fname, m["label"], sender, " ".join(recipients(m)), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    hard = sum(1 for m in items if m["label"] == "clean" and m["note"].startswith("hard"))
    everyday = sum(1 for m in items if m["label"] == "clean") - hard
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(total=len(items), flag=20, everyday=everyday, hard=hard))
    check(rows)
    print(f"wrote {len(rows)} messages ({20} flag, {everyday} everyday clean, {hard} hard clean) to {OUT}")


def check(rows):
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert files == sorted(r[0] for r in rows), "labels do not match files"
    for fname, label, sender, rcpts, note in rows:
        assert fname.split("_")[1] == label
        with open(os.path.join(OUT, fname), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[hname] is not None, (fname, hname)
        assert msg["From"].addresses[0].addr_spec == sender, fname
        got = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        assert got == rcpts.split(" "), (fname, got, rcpts)
        assert sender.endswith("@" + DOM)
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                part.get_content()
            else:
                part.get_payload(decode=True)
        assert not msg.defects, (fname, msg.defects)
        for part in msg.walk():
            assert not part.defects, (fname, part.defects)


if __name__ == "__main__":
    main()
