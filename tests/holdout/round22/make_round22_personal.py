#!/usr/bin/env python3
"""Round 22 blind hold-out corpus, module personal-address-to-parent.

Setting: a hospital and home-tuition service for pupils with medical needs.
Writes NNN_<flag|clean>_<slug>.eml, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard library
only; the output is byte-identical on every run (fixed dates, Message-IDs and
MIME boundaries, no randomness that is not seeded).

Written blind: never read the filter or its rules, never use for tuning.
"""
import base64
import csv
import hashlib
import html as htmlmod
import quopri
import random
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent / "personal-address-to-parent"
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"
SERVICE = "Example School Hospital & Home Education Service"
ADDR = "Example School, Park Row, Leeds LS1 4AP"
PHONE = "01632 960000"
DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you have received it in error please tell the sender and delete it. "
    "Example School, Park Row, Leeds LS1 4AP."
)

# --------------------------------------------------------------------------- people
ST = {}


def staff(key, name, local, role):
    ST[key] = {"name": name, "addr": f"{local}@{SCHOOL}", "role": role}


staff("okafor", "Rachel Okafor", "r.okafor", "Head of Service")
staff("mctaggart", "Fiona McTaggart", "f.mctaggart", "Deputy Head of Service & Designated Safeguarding Lead")
staff("dsl", "Fiona McTaggart", "dsl", "Designated Safeguarding Lead")
staff("pryce", "Gareth Pryce", "g.pryce", "Ward Teacher, Ward 7 (Oncology & Haematology)")
staff("kaurbell", "Amira Kaur-Bell", "a.kaurbell", "Teacher, Adolescent Unit (Ward 11)")
staff("delaney", "Marcus Delaney", "m.delaney", "Teacher, Adolescent Unit (Ward 11)")
staff("rowntree", "Gemma Rowntree", "g.rowntree", "Teacher, Hospital School Room (KS2/3)")
staff("lindqvist", "Hannah Lindqvist", "h.lindqvist", "Home Tutor - English")
staff("nowicki", "Tomasz Nowicki", "t.nowicki", "Home Tutor - Maths")
staff("morgan", "Rhys Morgan", "r.morgan", "Home Tutor – Science")
staff("asante", "Kwame Asante", "k.asante", "Home Tutor - Humanities")
staff("boyce", "Natalie Boyce", "n.boyce", "Home Tutor")
staff("ferreira", "Zoë Ferreira", "z.ferreira", "Home Tutor – Modern Languages")
staff("brennan", "Ian Brennan", "i.brennan", "Visiting Art Tutor")
staff("raman", "Priya Raman", "p.raman", "CAMHS Liaison Teacher")
staff("ashworth", "Deborah Ashworth", "d.ashworth", "Medical Needs & Nursing Liaison")
staff("fairbairn", "Colin Fairbairn", "c.fairbairn", "Exams Officer")
staff("exams", "Colin Fairbairn", "exams", "Exams Officer")
staff("keane", "Siobhán Keane", "s.keane", "Reintegration Coordinator")
staff("chen", "Laura Chen", "l.chen", "SENCO")
staff("ormerod", "Beth Ormerod", "b.ormerod", "Teaching Assistant")
staff("pickles", "Joanne Pickles", "j.pickles", "Remote Learning Coordinator")
staff("office", "Example School Office", "office", "Office Manager")
staff("whitcombe", "Eleanor Whitcombe", "e.whitcombe", "Office Manager")
staff("attendance", "Yusuf Haddad", "attendance", "Attendance & Admissions Officer")
staff("sutcliffe", "Nadia Sutcliffe", "n.sutcliffe", "Business Manager")
staff("it", "Owen Gallagher", "it", "IT Technician")
staff("lumb", "Janet Lumb", "hometuition", "Home Tuition Coordinator")
staff("whitfield", "Dean Whitfield", "d.whitfield", "Careers & Post-16 Adviser")


def S(key):
    return (ST[key]["name"], ST[key]["addr"])


def L(local, name):
    """A school mailbox (list or person) by local part."""
    return (name, f"{local}@{SCHOOL}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")


def PU(local, name):
    return (name, f"{local}@{PUPILS}")


NATALIA = PU("23nkowalski", "Natalia Kowalski")
KIAN = PU("22kdawson", "Kian Dawson")
OLLIE = PU("22obaptiste", "Ollie Baptiste")
LIAM = PU("22lfarrow", "Liam Farrow")
ROHAN = PU("24rmistry", "Rohan Mistry")
CALLUM = PU("25cfinch", "Callum Finch")
EVIE = PU("23ehalliday", "Evie Halliday")
ISLA = PU("24ireid", "Isla Reid")
ABENA = PU("24aosei", "Abena Osei")
TEGAN = PU("21tmcbride", "Tegan McBride")

ALLSTAFF = L("allstaff", "All Staff")
TEACHING = L("teaching", "Teaching Staff")


def sig(k, style=0, extra=()):
    s = ST[k]
    extra = list(extra)
    if style == 0:
        lines = [s["name"], s["role"], SERVICE, *extra, f"Tel: {PHONE}", ADDR]
    elif style == 1:
        lines = [f"{s['name']} | {s['role']}", SERVICE, *extra,
                 f"T: {PHONE} | E: {s['addr']}", "Park Row, Leeds LS1 4AP"]
    elif style == 2:
        lines = ["-- ", s["name"], f"{s['role']}, Example School", *extra, PHONE]
    elif style == 3:
        lines = [s["name"], s["role"], *extra]
    elif style == 4:
        lines = [s["name"], s["role"], SERVICE, *extra, f"Main office: {PHONE}", ADDR, "", DISCLAIMER]
    else:
        raise ValueError(style)
    return "\n".join(lines)


# --------------------------------------------------------------------------- helpers
def uk(y, mo, d, h, mi, s=0):
    """UK wall-clock time with the right GMT/BST offset."""
    def last_sunday(year, month):
        t = datetime(year, month, 31)
        while t.weekday() != 6:
            t -= timedelta(days=1)
        return t
    local = datetime(y, mo, d, h, mi, s)
    bst = last_sunday(y, 3).replace(hour=1) <= local < last_sunday(y, 10).replace(hour=1)
    return local.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0)))


def h(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def enc_words(s, mode="Q"):
    """RFC 2047 encoded words (UTF-8), never splitting a character, folded."""
    words, cur = [], ""

    def enc(chunk):
        b = chunk.encode("utf-8")
        if mode == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in s:
        if len(enc(cur + ch)) > 60:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(f"=?UTF-8?{mode}?{enc(w)}?=" for w in words)


def fold(name, value):
    """Fold an ASCII unstructured header at spaces."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() != f"{name}:":
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def addr_header(name, people):
    items = [formataddr(p, charset="utf-8") for p in people]
    one = f"{name}: " + ", ".join(items)
    if len(one) <= 78:
        return one
    return f"{name}: " + ",\n ".join(items)


def encode_body(text, cte):
    if cte == "auto":
        cte = "7bit" if text.isascii() else "quoted-printable"
    if cte == "7bit":
        if not text.isascii():
            raise ValueError("7bit body is not ASCII: " + text[:60])
        body = text
    elif cte == "8bit":
        body = text
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return cte, body


def leaf_text(text, subtype="plain", cte="auto", params=""):
    if not text.endswith("\n"):
        text += "\n"
    cte, body = encode_body(text, cte)
    ct = f'text/{subtype}; charset="utf-8"' + params
    return {"headers": [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], "body": body}


def leaf_attach(att):
    data = att["data"]
    cte = att.get("cte", "base64")
    ctype = att["ctype"]
    fn = att["filename"]
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        body = data.decode("ascii").replace("\r\n", "\n")
        if not body.endswith("\n"):
            body += "\n"
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    else:
        raise ValueError(cte)
    headers = [("Content-Type", f'{ctype}; name="{fn}"'),
               ("Content-Disposition", f'{att.get("disposition", "attachment")}; filename="{fn}"'),
               ("Content-Transfer-Encoding", cte)]
    return {"headers": headers, "body": body}


def multipart(subtype, boundary, parts):
    return {"headers": [("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')],
            "boundary": boundary, "parts": parts}


def serialise(part, top_headers=()):
    hdrs = list(top_headers) + part["headers"]
    out = "\n".join(v if k is None else (f"{k}: {v}" if v else f"{k}:") for k, v in hdrs) + "\n\n"
    if "parts" in part:
        b = part["boundary"]
        if top_headers:
            out += "This is a multi-part message in MIME format.\n\n"
        for p in part["parts"]:
            out += f"--{b}\n" + serialise(p)
            if not out.endswith("\n"):
                out += "\n"
        out += f"--{b}--\n"
    else:
        out += part["body"]
    return out


def to_html(text, style="outlook"):
    """Plain text -> HTML as a mail client would produce it."""
    lines = text.split("\n")

    def esc(x):
        return htmlmod.escape(x, quote=False)
    if style == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
        body = []
        for ln in lines:
            if ln.startswith(">"):
                body.append('<p class="MsoNormal" style="margin-left:36.0pt">'
                            + esc(ln.lstrip("> ")) + "</p>")
            elif ln.strip() == "":
                body.append('<p class="MsoNormal">&nbsp;</p>')
            else:
                body.append('<p class="MsoNormal">' + esc(ln) + "</p>")
        return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    # gmail style
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(esc(q) for q in quote) + "</blockquote>")
            quote.clear()
    for ln in lines:
        if ln.startswith(">"):
            quote.append(ln.lstrip("> "))
            continue
        flush()
        out.append(esc(ln) + "<br>" if ln.strip() else "<br>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


# --------------------------------------------------------------------------- attachments
def pdf(title, lines):
    def clean(s):
        for a, b in (("–", "-"), ("—", "-"), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("£", "GBP ")):
            s = s.replace(a, b)
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    rows = [title, ""] + list(lines)
    stream = "BT /F1 11 Tf 56 800 Td 15 TL\n" + "\n".join(f"({clean(r)}) '" for r in rows) + "\nET\n"
    sb = stream.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + clean(title).encode("latin-1", "replace") + b") /Producer (Example School MIS) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def png(w=32, hgt=24):
    raw = b"".join(b"\x00" + bytes(((x * 7 + y * 11) % 256) for x in range(w)) for y in range(hgt))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(lines):
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while len(b) > 74:
            cut = 74 if first else 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def vcard(lines):
    return ("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------- message assembly
MSGS = []
CLIENTS = {
    "outlook": "Microsoft Outlook 16.0",
    "gmail": None,
    "apple": "Apple Mail (2.3774.600.62)",
    "thunderbird": "Mozilla Thunderbird",
}


def add(kind, slug, note, frm, to, subject, when, body, *, cc=(), fmt="plain", cte="auto",
        html=None, html_cte="quoted-printable", html_subs=(), attachments=(), reply_to=None,
        client="outlook", headers=(), subj_mode=None, from_name=None):
    MSGS.append(dict(kind=kind, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, when=when, body=body, fmt=fmt, cte=cte, html=html,
                     html_cte=html_cte, html_subs=list(html_subs), attachments=list(attachments),
                     reply_to=reply_to, client=client, headers=list(headers),
                     subj_mode=subj_mode, from_name=from_name))


def build(m, n):
    seed = f"r22-personal-{m['slug']}"
    client = m["client"]
    sender = S(m["frm"])
    if m["from_name"]:
        sender = (m["from_name"], sender[1])
    # Message-ID and boundaries in the sending client's style
    if client == "outlook":
        srv = "LO4P265MB" + h(seed + "srv", 4).upper()
        mid = f"<{srv}{h(seed, 28).upper()}@{srv}.GBRP265.PROD.OUTLOOK.COM>"
        b_alt = f"_000_{srv}{h(seed + 'b', 16).upper()}_"
        b_mix = f"_004_{srv}{h(seed + 'b', 16).upper()}_"
    elif client == "gmail":
        tok = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")
        tok = tok.replace("/", "_").replace("+", "-")
        mid = f"<CA+{tok[:38]}@mail.gmail.com>"
        b_alt = "000000000000" + h(seed + "a", 12)
        b_mix = "000000000000" + h(seed + "m", 12)
    elif client == "apple":
        mid = f"<{h(seed, 8).upper()}-{h(seed + '1', 4).upper()}-{h(seed + '2', 4).upper()}-" \
              f"{h(seed + '3', 4).upper()}-{h(seed + '4', 12).upper()}@{SCHOOL}>"
        b_alt = f"Apple-Mail={h(seed + 'a', 8).upper()}-{h(seed + 'b', 4).upper()}-{h(seed + 'c', 12).upper()}"
        b_mix = f"Apple-Mail={h(seed + 'm', 8).upper()}-{h(seed + 'n', 4).upper()}-{h(seed + 'o', 12).upper()}"
    else:
        mid = f"<{h(seed, 8)}-{h(seed + 'x', 4)}-{h(seed + 'y', 4)}@{SCHOOL}>"
        b_alt = f"------------{h(seed + 'a', 24)}"
        b_mix = f"------------{h(seed + 'm', 24)}"

    # body tree
    text = m["body"]
    if m["fmt"] == "plain":
        tree = leaf_text(text, "plain", m["cte"])
    elif m["fmt"] in ("alt", "html"):
        html_src = m["html"] if m["html"] is not None else to_html(text, "outlook" if client == "outlook" else "gmail")
        for a, b in m["html_subs"]:
            if a not in html_src:
                raise ValueError(f"html sub {a!r} not found in {m['slug']}")
            html_src = html_src.replace(a, b)
        hpart = leaf_text(html_src, "html", m["html_cte"])
        if m["fmt"] == "html":
            tree = hpart
        else:
            tree = multipart("alternative", b_alt, [leaf_text(text, "plain", m["cte"]), hpart])
    else:
        raise ValueError(m["fmt"])
    if m["attachments"]:
        tree = multipart("mixed", b_mix, [tree] + [leaf_attach(a) for a in m["attachments"]])

    subj = m["subject"]
    mode = m["subj_mode"] or ("Q" if not subj.isascii() else None)
    subj_h = "Subject: " + enc_words(subj, mode) if mode else fold("Subject", subj)

    top = [(None, addr_header("From", [sender])), (None, addr_header("To", m["to"]))]
    if m["cc"]:
        top.append((None, addr_header("Cc", m["cc"])))
    if m["reply_to"]:
        top.append((None, addr_header("Reply-To", [m["reply_to"]])))
    top.append((None, subj_h))
    for k, v in m["headers"]:
        top.append((k, v))
    top += [("Date", format_datetime(m["when"])), ("Message-ID", mid)]
    if client == "outlook":
        top += [("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes" if m["attachments"] else "")]
    if CLIENTS[client]:
        top.append(("X-Mailer", CLIENTS[client]))
    top.append(("MIME-Version", "1.0"))
    raw = serialise(tree, top)
    assert "\r" not in raw
    return raw.replace("\n", "\r\n").encode("utf-8")


# =========================================================================== messages
# ------------------------------------------------------------------ FLAG (20)

add("F", "ward7_text_me_over_weekend",
    "ward teacher gives parent own mobile to text over the weekend",
    "pryce", [JANE], "Maisie - school stuff over the weekend", uk(2024, 11, 8, 15, 47),
    """Hi Jane,

Just a quick one before I go. I've left Maisie's reading book and the fractions booklet in the locker by her bed - the nurses know it's there. She did really well today considering how rough she was feeling after Wednesday, we managed about 40 minutes on the maths before she needed a lie down.

I know Dr Achterberg said the next block might get moved to Monday. If that happens and you want me to swap her sessions round, just text me on 07700 900318 over the weekend and I'll sort it. That's my own phone rather than the school one so maybe keep it to yourself, but honestly it's easier than waiting for Monday morning.

Have a restful weekend if you can.

Gareth

""" + sig("pryce", 2), client="outlook", cte="7bit")

add("F", "tutor_own_mobile_in_signature_nbsp",
    "home tutor's own mobile in signature while work phone is broken; HTML uses &nbsp;",
    "lindqvist", [SAM], "Thursday's session with Jayden", uk(2024, 10, 1, 8, 3),
    """Hi Sam,

Thanks for letting me know Jayden had a better weekend. I'm planning to come on Thursday at 10.30 as usual and we'll carry on with An Inspector Calls - if he's managed to read Act 2 that's great, if not we'll read it together, no pressure at all.

The work mobile I was given has packed in and IT are still sorting out a replacement, so for now if anything changes on the day please use my own mobile, it's in my signature below. Texts are best as I'm usually driving between visits.

Best wishes,
Hannah

Hannah Lindqvist
Home Tutor - English
Example School Hospital & Home Education Service
Mobile: 07700 900 552
Office: 01632 960000
Example School, Park Row, Leeds LS1 4AP
""", fmt="alt", html_subs=[("Mobile: 07700 900 552", "Mobile:&nbsp;07700&nbsp;900&nbsp;552")],
    client="outlook")

add("F", "telegram_handle_maths_pupil",
    "maths tutor invites pupil to message him on Telegram and join his group",
    "nowicki", [NATALIA], "Simultaneous equations + a quicker way to get help", uk(2025, 3, 3, 19, 22),
    """Hi Natalia,

Good work on the sheet today. You got 7 out of 9, and the two you missed were sign errors when you subtracted the equations, not the method. Have another go at Q4 and Q8 and remember: same signs - subtract, different signs - add.

For next week try the mixed practice set I've put on Teams (the one called "Sim eq 2"). Don't worry if you only manage half, your consultant said to keep screen time sensible while your headaches are settling.

Also - a few of my other students use Telegram to send me photos of their working when they're stuck in the evenings. It's much quicker than email and I can usually reply the same night. If you want to, download it and search for me, I'm @tomasz_n_maths. Send me a message and I'll add you to the group.

See you Thursday,
Mr Nowicki

""" + sig("nowicki", 3), cte="quoted-printable", client="thunderbird")

add("F", "home_address_postcode_drop_coursework",
    "tutor gives parent his home address and postcode to drop off coursework",
    "asante", [ALI], "Zara's History coursework folder", uk(2025, 3, 19, 16, 10),
    """Dear Mr Guardian,

Thank you for your email. I'm sorry the folder didn't get picked up on Tuesday – I was called away to another pupil at short notice and the office had already closed by the time I got back to base.

Zara's draft needs to go to the moderator via Moorfield by the 28th, so I'd really like to read it before then. I'm not visiting again until next Wednesday, which is cutting it fine. If it's easier, you're very welcome to drop it through my letterbox at home over the weekend – I'm at 14 Thornfield Close, Horsforth, LS18 9ZQ (the house with the green door at the end of the cul-de-sac). I'll read it on Sunday and bring it back with comments on Wednesday.

Alternatively the office at Park Row is open 8.30 to 4, Monday to Friday, and they'll put it in my tray.

Kind regards,

""" + sig("asante", 0), cte="8bit", client="outlook")

add("F", "reply_to_personal_gmail_camhs",
    "CAMHS liaison sets Reply-To to her own Gmail for parent replies",
    "raman", [ALI], "Zara - plan for this week", uk(2025, 1, 20, 8, 41),
    """Hi Ali,

I hope the weekend was a bit calmer. I spoke to Zara's care coordinator this morning and we've agreed two short sessions with me this week, Tuesday and Thursday at 2pm, after her therapy slot at the clinic. We'll keep it light - some journaling and a bit of reading, nothing that feels like a test.

My school account keeps logging me out when I'm working from home, so I've set this email up so that your replies come to my own Gmail, which I check much more reliably. Just hit reply as normal and it'll reach me.

Warm wishes,
Priya

""" + sig("raman", 1), fmt="alt", client="gmail",
    reply_to=("Priya Raman", "pri.raman.wfh@gmail.com"))

add("F", "cc_home_hotmail_and_text_dots",
    "tutor copies in his home hotmail and gives mobile in dotted format to carer",
    "nowicki", [SAM], "Re: Jayden maths - mock paper", uk(2025, 2, 6, 17, 55),
    """Hi Sam,

No problem at all, I understand - if he's wiped out after the infusion there's no point forcing a whole paper in one go. Let's split it: Section A on Monday (about 40 minutes) and Section B on Wednesday. I'll mark both together so he gets one set of feedback.

I've copied my home email in on this so I can see your reply tonight, I don't always get back on the school laptop in the evenings. Or text me, 07700.900.127, whichever is easier.

Tomasz

On 6 Feb 2025, at 16:31, Sam Carer <sam.carer@outlook.com> wrote:

> Hi Mr Nowicki, Jayden has his infusion on Friday and he is normally exhausted for a couple of days afterwards. Is there any way the mock could be done in two halves? Thanks, Sam
""", cc=[("Tomasz Nowicki", "tnowicki.home84@hotmail.co.uk")], client="apple",
    headers=[("In-Reply-To", "<AM9PR02MB7731C0FFEE2A41D9B8A51E6A@AM9PR02MB7731.eurprd02.prod.outlook.com>")])

ASHWORTH_VCF = vcard([
    "N:Ashworth;Deborah;;;",
    "FN:Deborah Ashworth",
    "ORG:Example School;Hospital & Home Education Service",
    "TITLE:Medical Needs & Nursing Liaison",
    "TEL;TYPE=CELL,VOICE:+447700900671",
    "TEL;TYPE=WORK,VOICE:01632 960000",
    "EMAIL;TYPE=HOME,INTERNET:debs.ashworth62@btinternet.com",
    "EMAIL;TYPE=WORK,INTERNET:d.ashworth@example-school.org.uk",
    "NOTE:Mobile best for discharge days and evenings.",
    "REV:20241112T111500Z",
])
add("F", "vcard_personal_mobile_discharge",
    "nursing liaison attaches vCard with her own mobile and home email to parent",
    "ashworth", [ALI], "Contact details - Zara's discharge", uk(2024, 11, 12, 11, 20),
    """Dear Ali,

It was good to meet you properly on the ward this morning. As promised I've attached my contact card so you've got me saved in your phone for when Zara goes home on Friday. The school office number is on there too, but in my experience things tend to happen out of hours with discharge (pharmacy delays, transport, the wheelchair not turning up) so it's my mobile you'll want really.

Next steps from our side:

- I'll speak to the school nurse at Moorfield Academy about Zara's care plan before Friday.
- Siobhan Keane, our reintegration coordinator, will be in touch about a phased return from the start of December.
- Home tuition (three one-hour sessions a week) starts on Tuesday 19th. Janet Lumb will confirm the tutors.

Best wishes,
Deborah

""" + sig("ashworth", 0, ["RGN, BSc (Hons) Children's Nursing"]),
    attachments=[{"filename": "Deborah Ashworth.vcf", "ctype": "text/x-vcard", "data": ASHWORTH_VCF}],
    client="outlook")

ART_ICS = ics_fold([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=Ian Brennan:mailto:i.brennan@example-school.org.uk",
    "ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com",
    "DTSTART:20250225T140000Z", "DTEND:20250225T150000Z", "DTSTAMP:20250213T100200Z",
    "UID:040000008200E00074C5B7101A82E008000000003A7F21B6A07EDB01000000000000000",
    "SUMMARY:" + ics_escape("Art at home with Maisie (1 of 3)"),
    "LOCATION:" + ics_escape("Home visit"),
    "DESCRIPTION:" + ics_escape(
        "Clay tiles - first of three home art sessions with Maisie.\n"
        "I'll bring everything, you just need a clear table.\n\n"
        "If I'm held up in traffic I'll ring from my mobile - 07700-900-284 - so save it and "
        "you'll know it's me. Feel free to text that number if Maisie isn't up to it on the day."),
    "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT60M", "END:VALARM",
    "END:VEVENT", "END:VCALENDAR",
])
add("F", "ics_invite_art_session_mobile",
    "art tutor's calendar invite to parent has his mobile in the description",
    "brennan", [JANE], "Invitation: Art at home with Maisie (1 of 3) - Tue 25 Feb 2pm",
    uk(2025, 2, 13, 10, 2),
    """Hi Jane,

I've sent this as a calendar invite so it pops up on your phone. It's the first of the three art sessions with Maisie - I'll bring everything we need (clay, tools and an old tablecloth!). All the details are in the invite.

Ian
""", attachments=[{"filename": "invite.ics", "ctype": "text/calendar; method=REQUEST; charset=UTF-8",
                    "data": ART_ICS}], client="outlook")

add("F", "whatsapp_group_ward_parents_base64",
    "ward teacher invites parents to WhatsApp him on his number to join a ward group (base64 body)",
    "delaney", [SAM, ALI], "Ward 11 school room - keeping in touch", uk(2024, 10, 14, 12, 15),
    """Dear parents and carers,

A few of you have asked for a quicker way to find out whether the school room is open, as it changes day to day depending on staffing and infection control. I've set up a WhatsApp group for Ward 11 families: I'll post each morning by 9 whether we're running sessions in the school room or at the bedside only, plus any work I'm sending home with young people when they're discharged.

If you'd like to be added, send me a WhatsApp on 07700900415 with your name and your young person's name and I'll pop you in. You can leave whenever you like.

Thanks as ever for your support,

Marcus Delaney
Teacher, Adolescent Unit (Ward 11)
Example School Hospital & Home Education Service
01632 960000
""", cte="base64", client="outlook")

add("F", "html_only_ta_number_split_br",
    "TA asks pupil to text her; number split across an HTML line break (HTML only)",
    "ormerod", [ROHAN], "Your Lego certificate :)", uk(2024, 12, 4, 13, 30),
    "", fmt="html", client="outlook", html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style>
</head>
<body lang="EN-GB">
<p>Hi Rohan,</p>
<p>&nbsp;</p>
<p>Mrs Rowntree said you got whisked off for your MRI before I could give you your certificate for finishing the Technic challenge &#8211; well done, that gearbox was fiddly! I&#8217;ve left it with the nurses on Ward 11.</p>
<p>&nbsp;</p>
<p>If you&#8217;re bored later send me a text and I&#8217;ll bring the next kit up &#8211; my number is 07700<br>
900 836. Don&#8217;t worry if you&#8217;re too tired, it&#8217;ll keep till tomorrow.</p>
<p>&nbsp;</p>
<p>Miss Ormerod</p>
<p>&nbsp;</p>
<p style="color:#1F3864;font-size:9pt">Beth Ormerod | Teaching Assistant<br>
Example School Hospital &amp; Home Education Service<br>
01632 960000 | Park Row, Leeds LS1 4AP</p>
</body>
</html>
""")

add("F", "senco_abroad_0044_signal",
    "SENCO gives parent her own phone in 0044 (0) format and Signal, colleague cc'd",
    "chen", [ALI], "Zara's EHCP annual review - Thursday", uk(2025, 5, 12, 7, 15),
    """Dear Mr Guardian,

Just to confirm that Zara's annual review is still going ahead on Thursday 15th at 1.30pm in the meeting room at Moorfield Academy, with Siobhan (copied in) and Mr Brook, the Year 10 Head of Year. Zara is welcome to come for the first part or to give her views in writing beforehand, whichever she prefers.

I'm at a conference in Lisbon until Wednesday night, so if anything comes up before then please call or message me directly on 0044 (0)7700 900 563 - that's my own phone, which I'll have with me - or on Signal using the same number if that's easier. I'd much rather you caught me than waited until Thursday.

I'll bring printed copies of the draft outcomes and the updated health care plan.

Kind regards,

Laura Chen
SENCO
Example School Hospital & Home Education Service
01632 960000
""", cc=[S("keane")], fmt="alt", client="outlook")

add("F", "home_landline_evenings_phased_return",
    "reintegration coordinator gives carer her home landline for evening calls",
    "keane", [SAM], "Jayden - phased return timetable (weeks 1-3)", uk(2025, 4, 23, 14, 48),
    """Dear Sam,

As promised, here is the plan we agreed with Kirkstall Vale for Jayden's return, so he's settled back in before his exams start on the 12th.

Week 1 (from Mon 28 April): Tuesday and Thursday, periods 1–2 only. He'll be based in the Learning Support room with Mrs Patel, and his friend Owen has offered to meet him at reception.
Week 2 (from Tue 6 May – Monday is the bank holiday): Tuesday, Wednesday and Thursday, periods 1–3, with lunch in the LSU if he wants it.
Week 3 (from Mon 12 May): exam week – he'll go in for his exams only, in the small exam room. Colin will send the timetable separately.

Home tuition carries on as normal on the days he isn't in school, and we'll review everything on Friday 16 May.

I know you work days, so if it's easier to talk this through in the evening, ring me at home on 0113 496 0721 any time after six. My partner might answer – just ask for Siobhán.

Best wishes,
Siobhán

Siobhán Keane
Reintegration Coordinator
Example School Hospital & Home Education Service
""", cte="8bit", client="thunderbird")

add("F", "facebook_friend_request_parent",
    "ward teacher sends parent a Facebook friend request to keep in touch",
    "kaurbell", [ALI], "Zara - last week in the Ward 11 school room", uk(2024, 12, 13, 16, 20),
    """Hi Ali,

I just wanted to say what a pleasure it has been teaching Zara these last six weeks. She has worked so hard considering everything she's been through, and her Macbeth essay was genuinely one of the best I've read this year. I've put copies of all her work in the blue wallet to go to Moorfield.

I'll really miss her! I've sent you a friend request on Facebook (Amira Kaur-Bell, the profile picture with the spaniel) so you can send me updates on how she's getting on back at school - I'd love to see how she does.

Have a lovely Christmas, all of you.

Amira

--
Amira Kaur-Bell
Teacher, Adolescent Unit (Ward 11)
Example School Hospital & Home Education Service | 01632 960000
""", fmt="alt", client="gmail")

add("F", "discord_server_invite_y11_pupils",
    "remote-learning coordinator invites Y11 pupils to her own Discord server",
    "pickles", [KIAN, LIAM, OLLIE], "Y11 revision - evening drop-in", uk(2025, 4, 29, 15, 5),
    """Hi all,

Lots of you have said the hardest bit of revising at home or on the ward is getting stuck at 8pm with nobody to ask. So I've set up a Discord server for our Year 11s who are learning remotely. There are channels for maths, science and English, and I'll pop on most evenings between 7 and 8 to answer questions or just keep you company while you work.

It's on my own account rather than a school one (Teams doesn't really do the chatty thing), so join with this link: discord.gg/hY7qLp2 - my username is jojo_pix. Please use a nickname rather than your full name.

Good luck with the last few weeks - you've all done brilliantly to get this far.

Ms Pickles

""" + sig("pickles", 3), client="outlook")

add("F", "icloud_in_signature_rfc2047_subject",
    "ward teacher signature gives pupil his personal iCloud address (RFC 2047 subject)",
    "delaney", [OLLIE], "Physics – electricity questions (Teams down again)", uk(2025, 3, 10, 9, 25),
    """Ollie,

Teams is playing up on the ward laptops again so I couldn't post these. Here are the three questions we didn't get to on Friday:

1. A 12 V battery is connected to a 4 Ω resistor. Calculate the current.
2. The current through a lamp is 0.5 A for 2 minutes. How much charge flows?
3. Explain why the resistance of a filament lamp increases as the current increases.

Have a go before Wednesday, no calculator needed for 1 and 2 if you're clever about it. If Teams is still down tonight and you're stuck, email me on my personal address below - I check it much more than this one.

Mr D

Marcus Delaney
Teacher, Adolescent Unit (Ward 11)
Personal: marcus.bassline77@icloud.com
School: 01632 960000
""", cte="8bit", subj_mode="B", client="apple")

add("F", "fwd_exam_arrangements_own_mobile",
    "exams officer forwards invigilation arrangements to carer and adds his own mobile",
    "fairbairn", [SAM], "FW: Jayden - home invigilation, Thu 15 May", uk(2025, 5, 9, 15, 30),
    """Hi Sam,

Forwarding the arrangements I sent to Jayden's invigilator so you know who to expect. On the morning, if there's any problem at all (Jayden unwell, invigilator not arrived, paper not sealed), ring my own mobile - 07700 900 902 - I'll have it on me from 7am. Please don't use the office number that morning, there's nobody on the phones until 8.30.

Best wishes,
Colin

Colin Fairbairn
Exams Officer
Example School Hospital & Home Education Service

________________________________
From: Fairbairn, Colin <c.fairbairn@example-school.org.uk>
Sent: 09 May 2025 11:02
To: Whitworth, Mary <m.whitworth@example-school.org.uk>
Subject: Jayden - home invigilation, Thu 15 May

Hi Mary,

Thanks for covering this one. Details:

Candidate: Jayden (Y11), home address on the lone-working sheet in the exams cupboard
Paper: English Literature Paper 1, 9.00am start
Access arrangements: 25% extra time (1h 45m becomes 2h 11m), supervised rest breaks, word processor with spellcheck off
Collect the sealed papers from Park Row at 8.15 and return scripts the same day.

Colin
""", fmt="alt", client="outlook", headers=[("Thread-Topic", "Jayden - home invigilation, Thu 15 May")])

add("F", "instagram_art_account_dm_pupil",
    "art tutor asks pupil to follow his Instagram and DM him sketchbook photos (HTML only)",
    "brennan", [CALLUM], "Your charcoal hands", uk(2025, 1, 15, 17, 40),
    "", fmt="html", client="gmail", html_cte="quoted-printable", html="""<div dir="ltr"><div>Callum,</div><div><br></div><div>Your charcoal study of hands from Tuesday was brilliant &#8211; the way you used the putty rubber to lift the highlights on the knuckles is exactly what I was talking about. Honestly, some of my A-level students don&#8217;t get there.</div><div><br></div><div>Over the next couple of weeks while you&#8217;re stuck on the ward, try drawing your own hand in five different positions, 10 minutes each, no rubbing out.</div><div><br></div><div>I post short demo videos on my art account on Instagram, <b>@ianbrennan.draws</b> &#8211; give it a follow, and DM me photos of your sketchbook pages whenever you like and I&#8217;ll send tips back.</div><div><br></div><div>Ian</div><div><br></div><div><span style="color:rgb(102,102,102)">Ian Brennan<br>Visiting Art Tutor<br>Example School Hospital &amp; Home Education Service<br>01632 960000</span></div></div>
""")

add("F", "yahoo_address_spelled_out",
    "science tutor spells out his personal Yahoo address for a carer to send videos to",
    "morgan", [SAM], "Chemistry - required practical videos", uk(2025, 3, 18, 20, 12),
    """Hi Sam,

Thanks for filming Jayden doing the rates of reaction practical at the kitchen table - it sounds like it went well (and the kitchen survived!).

The school email bounces anything over 10MB, so the video won't come through to this address. Could you send it to my other email instead? It's rhys dot morgan dot 88 at yahoo dot co dot uk - all one word, no spaces. I'll watch it and write up the method section with Jayden on Friday.

Cheers,
Rhys

Rhys Morgan
Home Tutor - Science
01632 960000
""", cte="7bit", client="outlook")

add("F", "plus44_own_phone_half_term",
    "KS2/3 teacher gives parent her own phone (+44 format) for half term",
    "rowntree", [JANE], "Maisie - half term", uk(2025, 2, 14, 15, 58),
    """Hi Jane,

Just a note before half term. Maisie has been a star this week - she finished her Egyptians booklet and read two chapters of The Girl of Ink and Stars to me on Wednesday, which is the most she's managed in one go since she came back in.

I know she's in for her maintenance treatment on the Tuesday. I'm not going away this half term, so if she's up to a bit of reading on the ward, or you just want a chat about what the plan looks like after the holiday, ring or text me on +44 (0)7700 900 488 - it's my own phone so don't worry about office hours.

Have a good rest, both of you.

Gemma

Gemma Rowntree
Teacher, Hospital School Room (KS2/3)
Mob: +44 (0)7700 900 488
Example School Hospital & Home Education Service
""", fmt="alt", cte="quoted-printable", client="gmail")

add("F", "tutor_home_address_no_postcode_pupil",
    "home tutor invites pupil to have her session at the tutor's house (street address, no postcode)",
    "boyce", [EVIE], "Friday's session", uk(2025, 6, 11, 18, 5),
    """Hi Evie,

Your mum mentioned the builders are in all week and there's nowhere quiet to work, so let's not cancel Friday. If your mum can drop you off, come to mine instead - I'm at 22 Beckwith Road, the blue door next to the post box, two streets up from the library. We can sit in the garden if it's nice.

Same time, 10 till 11.30. Bring your Macbeth quotes and the practice question we started.

See you then,
Miss Boyce
""", client="outlook")
# ------------------------------------------------------------------ HARD NEGATIVES (30)

add("H", "trip_mobile_is_school_phone",
    "trip letter gives the school-owned trip mobile, stated as such, plus office number",
    "ormerod", [ALI], "Science Discovery Centre visit - Wednesday 2 April", uk(2025, 3, 25, 11, 40),
    """Dear Mr Guardian,

Thank you for returning Zara's consent form. Here are the final arrangements for Wednesday's visit to the Calder Valley Science Discovery Centre for our home-tuition group.

- Minibus (Pennine Community Transport) picks up from your house at about 9.15 and drops back by 2.45. The driver will ring the bell, please don't wait outside.
- There is a lift and a quiet room at the centre, and Zara can use her wheelchair for the galleries if she is tired.
- Deborah Ashworth from our nursing team is coming with us and will look after any medication - please hand it to her in the original packaging with the dose written down.
- Lunch is provided. Let us know by Monday about any changes to Zara's diet.

On the day please contact us on the trip mobile, 07700 900 010. This is a school phone that stays with the group leader (me) and is switched off once we are back at base. For anything before or after the trip, ring the office on 01632 960000.

Kind regards,

""" + sig("ormerod", 0), client="outlook")

add("H", "attendance_reads_back_parent_details",
    "attendance officer reads back the carer's own number/address and a grandparent's number",
    "attendance", [SAM], "Updated contact details - Jayden", uk(2024, 10, 7, 10, 5),
    """Dear Sam,

Thanks for ringing on Friday. I've updated our records as below - could you check them and let me know if anything is wrong?

Main contact: Sam Carer (carer) - mobile 07700 900456
Address: Flat 3, Wrenfield Court, 41 Albion Grove, Leeds LS12 9ZT
Email: sam.carer@outlook.com
Second contact: Mrs Patricia Carer (grandmother) - home 0113 496 0187

I've also passed your new address to Kirkstall Vale so their records match ours, and to Janet Lumb so the home tutors have it for their visits.

Many thanks,

Yusuf Haddad
Attendance & Admissions Officer
Example School Hospital & Home Education Service
attendance@example-school.org.uk | 01632 960000
""", client="outlook", from_name="Yusuf Haddad")

add("H", "reply_quotes_parent_mobile",
    "tutor's reply quotes the father's own mobile and work number; tutor will ring from the office",
    "asante", [ALI], "Re: Zara - missed session", uk(2024, 11, 26, 8, 12),
    """Dear Mr Guardian,

No apology needed at all - pain has to come first, and I'd much rather Zara rested than pushed through a session she couldn't take in. I'll call you on your mobile tomorrow between 12 and 1 as you suggest. It'll be from the school office line so it will show as a 01632 number.

In the meantime she might like the Cold War podcast episode I mentioned; it's on the Teams page and she can listen lying down.

Kind regards,
Kwame Asante

On Mon, 25 Nov 2024 at 19:02, Ali Guardian <ali.guardian@btinternet.com> wrote:
> Hi Mr Asante,
> Sorry Zara wasn't up to it today, her pain has been bad since the physio increased her exercises. Could you give me a call to talk about what she should be doing while she's like this? I'm on 07700 900789 most of the day or at work on 0113 496 0342 (ask for Ali in dispatch).
> Thanks
> Ali
""", client="gmail", headers=[("In-Reply-To", "<CAF3x9QdW2mT7kLzR0vN1pYbA5sE8uJ4hG6cD2fK9@mail.gmail.com>")])

add("H", "camhs_out_of_hours_numbers",
    "CAMHS liaison gives parent crisis-line and CAMHS duty numbers; says she isn't available out of hours",
    "raman", [ALI], "Numbers for out of hours", uk(2025, 1, 16, 16, 30),
    """Dear Ali,

Thank you for staying to talk at pick-up today. I know the evenings have been the hardest part for Zara lately, and I'm not available outside school hours, so I wanted to make sure you have the right numbers to hand:

- CAMHS duty line (weekdays 9am to 5pm): 0113 496 0550 - ask for the duty clinician and mention Zara is open to the Cedar team.
- Mental health crisis line (24 hours, free from mobiles): 0808 157 0192
- If you are ever worried about her immediate safety, call 999 or go to A&E at St Aidan's.

Her care coordinator, Dr Helen Marsh, is back on Monday and I'll make sure she sees my notes from today. I'll also let Kwame and Zoë know to keep their sessions short and low-key this week.

With best wishes,
Priya

""" + sig("raman", 1), fmt="alt", client="outlook")

add("H", "patient_transport_booking_ref",
    "nursing liaison gives parent the hospital transport booking line and a booking reference",
    "ashworth", [JANE], "Transport for Maisie's clinic on Tuesday", uk(2025, 2, 27, 13, 5),
    """Hi Jane,

I've booked hospital transport for Maisie's clinic on Tuesday 4 March as you asked.

Pick-up: 8.15am from home (the crew will ring when they're 10 minutes away)
Clinic: Outpatients B, Level 2, appointment 9.40
Booking reference: PTS-448172

If you need to change or cancel it, ring the patient transport booking line on 0113 496 0233 (Monday to Friday, 8 till 6) and quote the reference. Gemma will see Maisie in the school room afterwards if she's up to it - there's a quiet corner and a beanbag with her name on it.

Deborah

""" + sig("ashworth", 3), client="outlook")

add("H", "mainstream_senco_contact_for_parent",
    "reintegration coordinator gives father the mainstream school SENCO's direct line and email",
    "keane", [ALI], "Zara - who to contact at Moorfield", uk(2025, 3, 6, 12, 50),
    """Dear Ali,

As promised, here are the details of the people at Moorfield who will be Zara's main contacts once she starts her phased return:

Mrs Joanne Hollins, SENCO - direct line 0114 496 0372, j.hollins@example.org
Mr Daniel Brook, Head of Year 10 - via reception on 0114 496 0300

Mrs Hollins is expecting your call this week about the lift pass and the rest-room arrangements. The first planning meeting will be at Moorfield Academy, Grange Lane, Leeds LS16 9ZP, on Tuesday 11 March at 3.30pm - I'll be there too, and Zara is very welcome to come.

Best wishes,
Siobhán

Siobhán Keane
Reintegration Coordinator
Example School Hospital & Home Education Service
Tel: 01632 960000
""", fmt="alt", client="outlook")

ENTRY_PDF = pdf("Statement of Entry - Summer 2025", [
    "Centre: Example School Hospital & Home Education Service   Centre number: 36251",
    "Candidate: Kian Dawson   Candidate number: 4127",
    "UCI: 36251Q24004127L",
    "",
    "Thu 15 May  09:00  English Literature Paper 1     1h45  (+25% = 2h11)",
    "Mon 19 May  13:30  Biology Paper 1                1h45  (+25% = 2h11)",
    "Wed 21 May  09:00  Mathematics Paper 1 (Non-calc) 1h30  (+25% = 1h53)",
    "Tue 3 Jun   09:00  Mathematics Paper 2 (Calc)     1h30  (+25% = 1h53)",
    "",
    "Access arrangements: 25% extra time, supervised rest breaks, separate room.",
    "Please check your name and date of birth and tell the Exams Officer of any errors.",
])
add("H", "candidate_number_exam_timetable",
    "exams officer sends pupil candidate/centre numbers, UCI and timings (PDF attached)",
    "exams", [KIAN], "Your exam timetable and candidate number", uk(2025, 4, 28, 10, 20),
    """Hi Kian,

Your statement of entry is attached - please check your name and date of birth carefully and let me know by Friday if anything is wrong.

Candidate number: 4127
Centre number: 36251

Your exams will be in the hospital school room (Level 4) unless you're on the ward that day, in which case we'll bring the paper to you. You have 25% extra time and supervised rest breaks, so for example English Literature Paper 1 is 1h 45m plus 26 minutes, finishing at 11.11 if we start at 9.00.

Bring: black pens, a pencil and ruler, your calculator (not for Maths Paper 1), and a clear pencil case or plastic bag. Water is fine.

Any worries at all, email me here or ask Mr Delaney to find me.

Mr Fairbairn

""" + sig("exams", 0),
    attachments=[{"filename": "Statement of Entry - K Dawson.pdf", "ctype": "application/pdf", "data": ENTRY_PDF}],
    client="outlook", from_name="Exams Office")

add("H", "charity_grant_bank_details",
    "business manager gives a charity the school fund's sort code and account number (staff to external)",
    "sutcliffe", [("St Aidan's Children's Charity", "grants@example.org")],
    "Grant SACC-GR-0917 - bank details for payment", uk(2024, 10, 9, 14, 35),
    """Dear Grants Team,

Thank you so much for confirming the award of £2,400 towards six iPads and cases for the ward school rooms. The teachers on Wards 7 and 11 are already planning what they will do with them.

As requested, our bank details for the transfer are:

Account name: Example School Hospital Education Fund
Sort code: 40-47-84
Account number: 61823345
Payment reference: SACC-GR-0917

Our invoice (INV-2024-0311) is attached to the grants portal. We will send a short report with photos of the iPads in use (no children's faces) by the end of the spring term.

With thanks and best wishes,

""" + sig("sutcliffe", 4), cte="8bit", client="outlook")

add("H", "reading_list_isbns_pupil_personal_gmail",
    "tutor replies to pupil's school account (pupil had used her own Gmail) with ISBN reading list",
    "lindqvist", [EVIE], "Re: books for over the holidays", uk(2024, 10, 10, 16, 25),
    """Hi Evie,

Lovely to get your message! It came from your personal Gmail (evieh.bookworm09@gmail.com) so I'm replying to your school account - can you use this one for school things from now on? That way everything stays in one place and your teachers at Moorfield can see it too.

Here's the list we talked about. They're all in the hospital library trolley, or these editions are cheap second-hand if you'd rather have your own:

1. Of Mice and Men - John Steinbeck (ISBN 978-0-14-118601-4)
2. The Curious Incident of the Dog in the Night-Time - Mark Haddon (ISBN 978-0-09-945025-3)
3. Noughts & Crosses - Malorie Blackman (ISBN 978-0-552-55570-8)
4. A Christmas Carol - your set text, any edition with line numbers is fine

Start with whichever grabs you. No notes needed - just read for the fun of it, and we'll chat about it when I come on Tuesday.

Miss Lindqvist

""" + sig("lindqvist", 3), cte="quoted-printable", client="outlook")

TAF_ICS = ics_fold([
    "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
    "METHOD:REQUEST", "BEGIN:VEVENT",
    "ORGANIZER;CN=Laura Chen:mailto:l.chen@example-school.org.uk",
    "ATTENDEE;CN=Jane Parent;RSVP=TRUE:mailto:jane.parent@gmail.com",
    "ATTENDEE;CN=Harpreet Patel;RSVP=TRUE:mailto:h.patel@example.org",
    "ATTENDEE;CN=Oncology CNS Team;RSVP=TRUE:mailto:cns.oncology@example.net",
    "DTSTART:20250430T143000Z", "DTEND:20250430T153000Z", "DTSTAMP:20250423T092500Z",
    "UID:040000008200E00074C5B7101A82E00800000000B2C9D4E1F2A3DB01000000000000000",
    "SUMMARY:" + ics_escape("Maisie - return to school planning meeting"),
    "LOCATION:Microsoft Teams Meeting",
    "DESCRIPTION:" + ics_escape(
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Meeting ID: 372 118 904 55\nPasscode: fH7kQ2\n"
        "Or call in (audio only)\n+44 20 7946 0381,,518204377# United Kingdom, London\n"
        "Phone conference ID: 518 204 377#"),
    "SEQUENCE:0", "STATUS:CONFIRMED",
    "END:VEVENT", "END:VCALENDAR",
])
add("H", "teams_invite_meeting_id_dialin",
    "SENCO's Teams invite to parent and professionals: meeting ID, passcode, conference dial-in",
    "chen", [JANE], "Maisie - return to school planning meeting (Teams), Wed 30 April 3.30pm",
    uk(2025, 4, 23, 10, 25),
    """Dear Jane,

As discussed, I've set up the planning meeting for Maisie's return to Kirkstall Vale on Teams so nobody has to travel. Mrs Patel (Kirkstall Vale SENCO) and the oncology nurse specialists are copied in. The joining details are in the invite - if the video doesn't work on your phone, you can dial in using the number and conference ID instead.

We'll cover: the timetable for the first four weeks, the infection-risk plan (chickenpox/measles letters to parents), rest space, and who Maisie can go to if she feels unwell.

Best wishes,
Laura

""" + sig("chen", 0),
    cc=[("Harpreet Patel", "h.patel@example.org"), ("Oncology CNS Team", "cns.oncology@example.net")],
    attachments=[{"filename": "meeting.ics", "ctype": "text/calendar; method=REQUEST; charset=UTF-8",
                  "data": TAF_ICS}], client="outlook")

add("H", "hr_change_of_address_staff_only",
    "HR email to a staff member reading back his own home address and mobile (staff only)",
    "sutcliffe", [S("nowicki")], "Change of address - payroll and lone-working records", uk(2024, 9, 17, 9, 50),
    """Hi Tomasz,

Thanks for the form. I've updated payroll and the lone-working system with your new details:

Home address: 7 Larkspur Way, Rothwell, Leeds LS26 9ZD
Personal mobile (emergencies only, not given out): 07700 900 127
Emergency contact: Agnieszka Nowicka, 07700 900 128

Your mileage claims will now be calculated from the new address, so the Rothwell to Morley run will go up slightly. Please let me know if any of the above is wrong.

Thanks,
Nadia

""" + sig("sutcliffe", 0), client="outlook")

add("H", "staff_christmas_drinks_at_mine",
    "staff-only invite to drinks at a teacher's house with his address and mobile",
    "pryce", [ALLSTAFF], "Ward 7 & school room Christmas drinks - Fri 20 Dec", uk(2024, 12, 9, 12, 30),
    """Hi all,

After the success (?) of last year, Ward 7 school room is hosting Christmas drinks again - at mine this time, since the parents' lounge is booked for the nurses' party.

Friday 20 December, from 7pm
31 Fernbank Drive, Headingley, LS6 9ZA
(parking's a nightmare - the 56 bus stops at the end of the road)

Bring a bottle and something to share if you can. Partners very welcome. Text me on 07700 900318 if you get lost or you're running late and want me to save you a mince pie.

Gareth
""", cte="8bit", client="outlook")

add("H", "dsl_esafety_advice_apps_named",
    "DSL e-safety advice to carer naming Snapchat/WhatsApp/TikTok; says staff never use social media with pupils",
    "dsl", [SAM], "Phones and social media on Ward 11", uk(2025, 2, 4, 15, 15),
    "", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sam,</p>
<p>I'm writing to all Ward 11 families this week, so please don't worry &#8211; this isn't about anything Jayden has done.</p>
<p>Young people who are in hospital for a long time are, understandably, on their phones a lot, and a few of them have been swapping Snapchat and Instagram usernames with other patients. In one case a young person was added to a group chat by an adult they didn't know. We'd be grateful if you could have a look at these settings with Jayden:</p>
<ul>
<li><b>Snapchat</b>: turn on Ghost Mode so Snap Map doesn't show his location (the ward is easy to identify).</li>
<li><b>WhatsApp</b>: Settings &gt; Privacy &gt; Groups &gt; &#8220;My contacts&#8221;, so strangers can't add him to groups.</li>
<li><b>TikTok</b>: Family Pairing lets you set screen-time and messaging limits together.</li>
</ul>
<p>Please remember that none of our staff will ever ask a young person or parent to contact them on social media, WhatsApp or a personal phone. If anyone claiming to be from the school does, please tell me straight away.</p>
<p>Kind regards,</p>
<p>Fiona McTaggart<br>Deputy Head of Service &amp; Designated Safeguarding Lead<br>Example School Hospital &amp; Home Education Service<br>dsl@example-school.org.uk | 01632 960000<br>Park Row, Leeds LS1 4AP</p>
</body></html>
""", fmt="html", client="outlook", from_name="Fiona McTaggart (DSL)")

add("H", "tutor_declines_to_give_mobile",
    "French tutor politely refuses to give her personal number; quoted parent message has parent's number",
    "ferreira", [JANE], "RE: French sessions", uk(2025, 1, 22, 12, 40),
    """Dear Jane,

Thank you for asking, and I completely understand why it would be easier - but I'm afraid we aren't allowed to give out our personal mobile numbers to families. If Maisie isn't up to a session, the best thing is to ring the office on 01632 960000 before 9am; they'll get a message to me before I set off. Or you can email me here, as I check it first thing.

On the plus side, I'll be on time tomorrow - no more roadworks on the ring road!

Bien à vous,
Zoë

Zoë Ferreira
Home Tutor – Modern Languages
Example School Hospital & Home Education Service

________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 21 January 2025 20:47
To: Ferreira, Zoë <z.ferreira@example-school.org.uk>
Subject: French sessions

Hi Zoë, Maisie really enjoyed today. Some mornings she's too tired after her tablets and I'd rather let you know before you set off. Could I have your mobile so I can text you? Mine is 07700 900123. Thanks, Jane
""", fmt="alt", client="outlook", headers=[("Thread-Topic", "French sessions")])

add("H", "work_experience_placement_supervisor",
    "careers adviser gives pupil her placement supervisor's work number and venue address",
    "whitfield", [TEGAN], "Your work experience at Hollybank Vets - all sorted!", uk(2025, 6, 16, 11, 0),
    """Hi Tegan,

Great news - Hollybank Veterinary Surgery have confirmed your placement for the week of 30 June, and they're happy with the adjustments we discussed (a seat when you need one, a break every hour, and no heavy lifting).

Where: Hollybank Veterinary Surgery, 7 Mill Lane, Otley LS21 9ZB
When: Monday 30 June to Friday 4 July, 9.30am to 2pm
Supervisor: Mrs Karen Doyle, Practice Manager - 0113 496 0455 (the practice number)

Please ring Mrs Doyle before Friday to introduce yourself - she's expecting you. If you're unwell on any of the days, ring the practice and then let me know here.

Wear comfortable trousers and closed shoes, and take your inhaler.

Mr Whitfield

""" + sig("whitfield", 1), client="outlook")

add("H", "office_gives_colleague_hospital_lines",
    "office gives father the nursing liaison's hospital bleep and school room direct line",
    "office", [ALI], "Re: Message for Deborah", uk(2024, 11, 20, 9, 5),
    """Dear Mr Guardian,

Deborah is on the wards all day today. You can reach her through the St Aidan's switchboard on 0113 496 0000 (ask for bleep 2231), or leave a message on the school room line, 0113 496 0614, which she checks at lunchtime.

Kind regards,
Eleanor Whitcombe
Office Manager
""", client="outlook")

add("H", "session_dates_and_times",
    "home tutor sends parent the term's session dates and times (lots of date/time numbers)",
    "boyce", [JANE], "Maisie - spring term sessions", uk(2025, 1, 3, 13, 15),
    """Hi Jane,

Happy New Year! Here are Maisie's home sessions for the first half of the spring term. They're all 10:00-11:30 unless it says otherwise:

Tue 07/01 - English (reading assessment)
Thu 09/01 - Maths
Tue 14/01 - English
Thu 16/01 - Maths, 11:00-12:30 (clinic in the morning)
Tue 21/01 - English
Thu 23/01 - Maths
Tue 28/01 - no session (INSET)
Thu 30/01 - Maths + science
Tue 04/02 - English
Thu 06/02 - Maths
Tue 11/02 and Thu 13/02 - review week, 10:00-11:00

That's 20 hours over the six weeks, which is what the local authority has agreed for now. If Maisie's counts are low and the team say no visitors, I'll switch to Teams for those weeks.

Natalie

""" + sig("boyce", 2), client="outlook")

add("H", "exam_venue_address_and_taxi_ref",
    "exams officer gives carer the satellite exam venue's address/postcode and a taxi booking ref",
    "fairbairn", [SAM], "Jayden's exam venue and transport", uk(2025, 5, 2, 10, 45),
    """Dear Sam,

Good news - the local authority has agreed transport for Jayden's exams that are too long to do at home.

Venue: Seacroft Learning Centre (our satellite site), 12 Kestrel Way, Leeds LS14 9ZX - Room 3, ground floor, with an accessible toilet next door.
Taxi: booked through LA transport, reference TX-2291-0447. Pick-up 8.10am for morning exams and 12.40pm for afternoon ones.

If you'd rather drive him yourself, parking on Kestrel Way is free for 2 hours and I'll reimburse mileage at 45p a mile.

Best wishes,
Colin

Colin Fairbairn | Exams Officer
Example School Hospital & Home Education Service
01632 960000 | Park Row, Leeds LS1 4AP
""", fmt="alt", client="outlook", from_name="Fairbairn, Colin")

add("H", "home_tuition_address_readback",
    "home tuition coordinator reads back the carer's own address for tutor visits",
    "lumb", [SAM], "Home tuition starting Monday - a few checks", uk(2024, 10, 3, 14, 0),
    """Dear Sam,

Jayden's home tuition will start on Monday 7 October. His tutors will be Tomasz Nowicki (maths, Mondays and Thursdays) and Rhys Morgan (science, Wednesdays), and Hannah Lindqvist will carry on with English on Tuesdays.

Before the first visit, could you confirm a couple of things for our lone-working records?

1. We have the address as Flat 3, Wrenfield Court, 41 Albion Grove, Leeds LS12 9ZT - is the buzzer number 3 as well?
2. Is there anywhere tutors can park, or should they use the pay-and-display on Albion Grove?
3. Will an adult be in the flat for every session? (We can't tutor a young person alone.)

Many thanks,
Janet

Janet Lumb
Home Tuition Coordinator
Example School Hospital & Home Education Service
hometuition@example-school.org.uk | 01632 960000
""", client="outlook", from_name="Janet Lumb")

add("H", "lone_working_risk_assessment_staff_only",
    "staff-only lone-working risk assessment with a family's address and the father's mobile",
    "lumb", [S("asante"), S("ferreira")], "Lone working - Zara G home visits", uk(2024, 11, 15, 15, 30),
    """Hi both,

You're Zara's tutors from Tuesday 19th. Risk assessment summary for the visits:

Address: 19 Hawthorn Lea, Adel, Leeds LS16 9ZL (ground-floor flat at the back, side gate)
Parent: Ali Guardian (father), mobile 07700 900789 - he'll usually be in; grandma sometimes covers.
Dog: yes, a friendly but large one. Dad has agreed it will be shut in the kitchen.
Medical: post-op spinal, no lifting or moving Zara; she may need to lie down during sessions.
Parking: on-street, fine.

Please log in and out on the lone-worker app every visit and use the code word if you need help. Ring me on 01632 960000 with any concerns.

Janet
""", client="outlook", from_name="Janet Lumb")

add("H", "leaving_email_personal_contacts_staff",
    "teacher's leaving email to all staff with her personal gmail and mobile (staff only)",
    "rowntree", [ALLSTAFF], "Thank you and goodbye!", uk(2025, 7, 18, 15, 40),
    """Dear all,

I can't quite believe today is my last day after nine years in the school room. Thank you for the cards, the cake, the plant (I promise to keep it alive) and most of all for being the kindest team I've ever worked in. Working alongside you, and alongside the children and families on the wards, has been the privilege of my career.

I'm not going far - just to the primary school round the corner from home - so please keep in touch. My personal email is gemma.rowntree.teach@gmail.com and my mobile is still 07700 900488 for those of you who have it.

Look after Ward 7 for me.

Love,
Gemma x
""", fmt="alt", client="gmail")

add("H", "ward_numbers_parent_staying_on_ward",
    "ward teacher gives carer staying on the ward the nurses' station, school-room extension and parents' house numbers",
    "kaurbell", [SAM], "Useful numbers while Jayden's on Ward 11", uk(2025, 1, 9, 11, 55),
    """Hi Sam,

Lovely to meet you this morning. As you're staying over at Sunflower House this week, here are the numbers the other parents say they find most useful:

Ward 11 nurses' station: 0113 496 0277 (24 hours)
School room: ext 4410 from any hospital phone, or 0113 496 0614 from outside
Sunflower House reception: 0113 496 0299 (8am to 8pm)

Jayden is on the school timetable for 10-11.30 each morning in the school room, and I'll come to his bedside in the afternoon if he's feeling up to a bit more. We're going to start with the poetry anthology, as he said that's the bit he's most worried about.

Amira

""" + sig("kaurbell", 0), cte="base64", client="outlook")

add("H", "fwd_consultant_secretary_number",
    "nursing liaison forwards the consultant's secretary's message (with her direct line) to the parent",
    "ashworth", [JANE], "FW: Maisie - clinic date in half term", uk(2025, 2, 10, 16, 2),
    """Hi Jane,

Forwarding this with Lorraine's permission - she's the best person to talk to about moving the clinic date away from Maisie's first week back. Her direct line is in the message below.

Deborah

-----Original Message-----
From: Lorraine Pike <l.pike@example.net>
Sent: 10 February 2025 15:31
To: Ashworth, Deborah <d.ashworth@example-school.org.uk>
Subject: RE: Maisie - clinic date in half term

Hi Deborah,

Happy to help. Dr Achterberg can do Wednesday 26th or Friday 28th instead of the Monday. If Maisie's mum would like to swap, she can ring me on 0113 496 0840 (Mon-Thu, 9-3) and I'll rebook it while she's on the phone.

Kind regards,
Lorraine Pike
Medical Secretary to Dr M. Achterberg, Paediatric Oncology
St Aidan's Children's Hospital
""", client="outlook", headers=[("Thread-Topic", "Maisie - clinic date in half term")])

add("H", "school_issued_tutor_mobile",
    "tutor gives carer her new school-issued work mobile, stated as such, asks them to delete the old number [unsure: only her word that it is school-issued]",
    "lindqvist", [SAM], "My new work phone", uk(2024, 10, 14, 8, 20),
    """Hi Sam,

Good news - my replacement work phone has arrived at last. Could you delete the number I gave you a couple of weeks ago and use this one instead for anything about Jayden's sessions:

07700 900 050 (school-issued tutor phone, on Monday to Friday, 8.30-4)

Outside those hours please email or ring the office on 01632 960000 and leave a message.

See you Thursday,
Hannah

""" + sig("lindqvist", 1), client="outlook")

add("H", "standard_form_homework_big_numbers",
    "science tutor's standard-form homework full of long numbers, sent to a pupil",
    "morgan", [ISLA], "Standard form practice (blood cells!)", uk(2024, 11, 28, 14, 50),
    """Hi Isla,

Since you were asking the haematology nurse so many questions yesterday, I thought we'd do standard form with blood. Write each of these in standard form:

1. A red blood cell is about 0.000 008 m across.
2. There are roughly 5 000 000 red blood cells in 1 mm³ of blood.
3. An adult has about 25 000 000 000 000 red blood cells.
4. A platelet is about 0.000 002 5 m across.
5. Light travels at 299 792 458 m/s - round it to 3 significant figures first.

Challenge: if your body makes 2 000 000 red cells every second, how many is that in a day? Give your answer in standard form.

Answers on Teams on Friday. Don't worry about 5 if your hands are sore from the cannula - just tell me the answers and I'll write them.

Mr Morgan
""", cte="quoted-printable", client="outlook")

add("H", "it_removes_forwarding_to_personal_yahoo",
    "IT tells a tutor his forwarding rule to his personal Yahoo has been removed (staff only)",
    "it", [S("morgan")], "Forwarding rule removed from your mailbox", uk(2025, 3, 20, 9, 10),
    """Hi Rhys,

Our weekly audit picked up an auto-forward rule on your mailbox sending all incoming mail to rhys.morgan.88@yahoo.co.uk. I've disabled it this morning.

I know it's frustrating when the big attachments bounce, but school mail includes pupils' medical information and it can't leave our system. If families need to send you videos of practicals, ask them to use the upload link on the Teams class page (up to 2GB), or I can give you a OneDrive request link. Happy to show you either - I'm in the Park Row office all week.

Fiona has been copied in as it's a data protection matter, but there's nothing more you need to do.

Owen

Owen Gallagher
IT Technician
Example School
""", cc=[S("mctaggart")], client="outlook", from_name="Owen Gallagher")

add("H", "clinic_referral_nhs_number",
    "nursing liaison's seating-assessment referral to hospital physio with NHS and hospital numbers (staff to clinician)",
    "ashworth", [("Children's Physiotherapy", "childrens.physio@example.net")],
    "Seating assessment before school return - Zara G", uk(2025, 2, 18, 10, 30),
    """Dear colleagues,

Could I request a seating assessment for Zara before she starts her phased return to Moorfield Academy on 17 March?

Name: Zara Guardian
DOB: 03/06/2010
NHS no.: 999 054 3312
Hospital no.: RJ4471903
Consultant: Mr S. Okeke, Spinal Surgery

She is 14 weeks post spinal fusion. Her school will need advice on a suitable chair for lessons, whether she needs a writing slope, and how long she can sit before a movement break. The school SENCO is Mrs Hollins (j.hollins@example.org, 0114 496 0372), and I'd be happy to join a visit.

Many thanks,
Deborah

""" + sig("ashworth", 4), client="outlook")

OFFICE_VCF = vcard([
    "N:;Example School Hospital & Home Education Service;;;",
    "FN:Example School Hospital & Home Education Service",
    "ORG:Example School",
    "TEL;TYPE=WORK,VOICE:01632 960000",
    "EMAIL;TYPE=WORK,INTERNET:office@example-school.org.uk",
    "ADR;TYPE=WORK:;;Park Row;Leeds;;LS1 4AP;United Kingdom",
    "NOTE:Office open 8.30am-4pm Monday to Friday in term time.",
    "REV:20240905T090000Z",
])
add("H", "office_contact_card_official_page",
    "office sends new parent the school's own contact card and mentions the service's official Facebook page [unsure: official page, not a personal account]",
    "office", [JANE], "Welcome to the Hospital & Home Education Service", uk(2024, 9, 25, 10, 30),
    """Dear Jane,

Welcome to the Hospital & Home Education Service. Gareth Pryce will be Maisie's teacher while she is on Ward 7, and he'll pop in to meet you both this week.

I've attached our contact card so you can save the office number in your phone. That's the number to ring if Maisie is too poorly for a session or if you need to get a message to any of the teachers - we're here 8.30 to 4, Monday to Friday.

We also post closures, ward-room changes and events on the service's official Facebook page (search "Example School Hospital Education"), and our text messages to parents come from "EXSCHOOL". We never ask families to message individual staff on social media.

Kind regards,
Eleanor Whitcombe
Office Manager
""", attachments=[{"filename": "Example School office.vcf", "ctype": "text/vcard", "data": OFFICE_VCF,
                    "cte": "7bit"}], client="outlook")

add("H", "head_gives_school_direct_dial",
    "head of service offers father her school direct-dial and extension (school numbers only)",
    "okafor", [ALI], "RE: Reduction in Zara's tuition hours", uk(2025, 1, 29, 17, 20),
    """Dear Mr Guardian,

Thank you for your email, and I'm sorry that the change to Zara's hours came as a surprise - you should have heard it from us first, not in a letter from the local authority.

The reduction from 15 to 10 hours is temporary while her pain team reviews her medication, and it was recommended by her consultant rather than decided by us. I do understand your worry about her GCSE courses, though, and I'd like to talk it through properly. Please call me on my direct line, 01632 960014, or through the office on 01632 960000 (extension 214), at a time that suits you. I'm in school every day this week until 5.

Yours sincerely,

Rachel Okafor
Head of Service
Example School Hospital & Home Education Service
Park Row, Leeds LS1 4AP
""", fmt="alt", client="outlook", headers=[("Thread-Topic", "Reduction in Zara's tuition hours")])

add("H", "grandparent_collection_number_noted",
    "TA confirms to carer that a named grandparent (number given by the carer) will collect the pupil",
    "ormerod", [SAM], "Re: Thursday collection", uk(2024, 11, 21, 12, 5),
    """Hi Sam,

That's fine - I've noted that Jayden's nan, Mrs Patricia Carer, will collect him from the Thursday study group at Park Row from now on, and that we can ring her on 07700 900 640 if she's running late. I'll let the office know too so it's on his record.

Beth

> On 21 Nov 2024, at 09:14, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Beth, I've started a new shift pattern so my mum will pick Jayden up on Thursdays. Her mobile is 07700 900 640. Thanks, Sam
""", client="apple")
# ------------------------------------------------------------------ EVERYDAY CLEAN (30)

NEWSLETTER_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,sans-serif;font-size:11pt;color:#222} h2{color:#1F5C99;font-size:14pt;margin:18px 0 4px}</style>
</head><body lang="EN-GB">
<table width="640" cellpadding="0" cellspacing="0" align="center"><tr><td>
<h1 style="color:#1F5C99;font-size:18pt">Spring Newsletter</h1>
<p><i>Hospital &amp; Home Education Service &#8211; March 2025</i></p>
<p>Dear parents and carers,</p>
<p>It has been a busy term on the wards and in homes across the county. Between us we have taught 112 young people this term, and 19 of them have made a full or phased return to their own schools &#8211; a record for us. Thank you for the part you have played in that.</p>
<h2>Easter holidays</h2>
<p>The service closes on Friday 4 April and reopens on Tuesday 22 April. Ward teaching carries on for young people who are in hospital over the holiday on Tuesdays and Thursdays only.</p>
<h2>Exam season</h2>
<p>Colin Fairbairn, our Exams Officer, will be in touch with every Year 11 and Year 13 family about access arrangements and where papers will be sat. If your child is likely to be an inpatient in May or June, please let us know as soon as you can.</p>
<h2>Parents&#8217; coffee mornings</h2>
<p>These continue every Wednesday at 10.30 in the Sunflower House lounge. Last month&#8217;s session with the dietitians was so popular that they have agreed to come back on 30 April.</p>
<h2>Art exhibition</h2>
<p>Work by our young artists will be on display in the main hospital atrium from 7 to 25 April. Ian Brennan and the pupils have been working on clay tiles all term &#8211; do go and have a look.</p>
<h2>A reminder</h2>
<p>If your child cannot manage a home tuition session, please ring the office on 01632 960000 before 9am so we can let the tutor know before they set off.</p>
<p>With best wishes for a restful break,</p>
<p>Rachel Okafor<br>Head of Service</p>
<hr>
<p style="font-size:9pt;color:#666">Example School Hospital &amp; Home Education Service &#183; Park Row, Leeds LS1 4AP &#183; 01632 960000 &#183; office@example-school.org.uk</p>
</td></tr></table></body></html>
"""
NEWSLETTER_TXT = """Spring Newsletter
Hospital & Home Education Service - March 2025

Dear parents and carers,

It has been a busy term on the wards and in homes across the county. Between us we have taught 112 young people this term, and 19 of them have made a full or phased return to their own schools - a record for us. Thank you for the part you have played in that.

EASTER HOLIDAYS
The service closes on Friday 4 April and reopens on Tuesday 22 April. Ward teaching carries on for young people who are in hospital over the holiday on Tuesdays and Thursdays only.

EXAM SEASON
Colin Fairbairn, our Exams Officer, will be in touch with every Year 11 and Year 13 family about access arrangements and where papers will be sat. If your child is likely to be an inpatient in May or June, please let us know as soon as you can.

PARENTS' COFFEE MORNINGS
These continue every Wednesday at 10.30 in the Sunflower House lounge. Last month's session with the dietitians was so popular that they have agreed to come back on 30 April.

ART EXHIBITION
Work by our young artists will be on display in the main hospital atrium from 7 to 25 April. Ian Brennan and the pupils have been working on clay tiles all term - do go and have a look.

A REMINDER
If your child cannot manage a home tuition session, please ring the office on 01632 960000 before 9am so we can let the tutor know before they set off.

With best wishes for a restful break,

Rachel Okafor
Head of Service

Example School Hospital & Home Education Service - Park Row, Leeds LS1 4AP - 01632 960000 - office@example-school.org.uk
"""
add("E", "spring_newsletter",
    "termly newsletter to the parents' mailing list (school number and postcode only)",
    "office", [L("parents", "Parents and Carers")], "Spring Newsletter - Hospital & Home Education Service",
    uk(2025, 3, 28, 14, 0), NEWSLETTER_TXT, fmt="alt", html=NEWSLETTER_HTML, client="outlook")

add("E", "ward7_admission_request_for_work",
    "ward teacher asks the pupil's mainstream school for schemes of work",
    "pryce", [("Harpreet Patel", "h.patel@example.org")], "Maisie P (Y7) - admitted to Ward 7, request for work",
    uk(2024, 9, 23, 11, 5),
    """Dear Mrs Patel,

I'm the ward teacher on Ward 7 at St Aidan's Children's Hospital. Maisie P in Year 7 was admitted on Thursday and her medical team expect her to be with us, on and off, for a long course of treatment. Her mum is happy for me to contact you, and we'll be sending the medical needs referral to the local authority this week.

To keep Maisie connected with what her class is doing, could you send me:

- the autumn term schemes of work for English, maths and science (and anything for history or geography if it's easy);
- her KS2 results and any reading age data you have;
- the name of a member of staff who can be her link person at Kirkstall Vale.

She's very keen not to fall behind her friends, and a card or message from her form would mean a lot. She'll be on the ward for at least the next three weeks.

Many thanks,

""" + sig("pryce", 0), cc=[S("keane")], client="outlook")

add("E", "tutor_tuesday_confirm_short",
    "two-line reply to carer confirming a session time",
    "nowicki", [SAM], "Re: Tuesday", uk(2024, 11, 15, 12, 40),
    """Hi Sam, Tuesday at 10 is fine - I'll bring the calculator Jayden left last week.

Tomasz

> Is Tuesday 10am ok instead of Monday? He has a scan Monday. Sam
""", client="apple")

add("E", "essay_feedback_pupil",
    "English tutor's feedback on a pupil's persuasive article",
    "lindqvist", [EVIE], "Feedback on your article", uk(2024, 11, 27, 18, 10),
    """Hi Evie,

I've read your article "Should phones be banned in schools?" and I really enjoyed it. Here's my feedback, same format as last time.

What went well
- Your opening is brilliant. Starting with the story of the girl who missed her mum's call from the hospital grabbed me straight away, and it's clearly coming from experience.
- You used a counter-argument and then knocked it down ("Some people say... however..."). That's exactly what the examiners look for.
- Lovely range of punctuation: the rhetorical question and the dash in paragraph three work really well.

Even better if
- Your third paragraph repeats the point about concentration. Could you swap it for a different argument - cost, or online safety?
- Watch your paragraphing in the middle: three ideas are squashed into one big block.
- Your conclusion just stops. Try ending by coming back to the girl from the opening - it makes the whole piece feel finished.

Mark: I'd put this at a secure grade 5 with real signs of a 6. If you fix the conclusion I think it's a 6.

Take your time redrafting - there's no rush, and only do it on a good day.

Miss Lindqvist
""", fmt="alt", client="gmail")

add("E", "inset_day_agenda_staff",
    "head's INSET day agenda to all staff",
    "okafor", [ALLSTAFF], "INSET Monday 6 January – agenda", uk(2025, 1, 2, 9, 0),
    """Dear all,

Happy New Year! I hope you've all managed a proper rest. Here's the plan for Monday's INSET at Park Row.

8.45  Coffee and pastries (thank you, Nadia)
9.00  Welcome back and the spring term priorities – Rachel
9.30  Safeguarding update: the new online-safety guidance and what it means for ward teaching – Fiona
10.45 Break
11.00 Medical conditions training with the Clinical Nurse Specialist team: epilepsy, diabetes, central lines and what to do if a young person becomes unwell during a home visit
12.30 Lunch
1.30  Time in teams: ward teachers in Room 2, home tutors in Room 4, reintegration and exams in the office
3.00  Lone-working refresher and the new app – Janet
3.30  Finish

Please bring your laptop and make sure you've done the online Prevent module before Monday if it's due this year.

Thanks, and see you then,
Rachel

""" + sig("okafor", 3), cte="8bit", client="outlook")

add("E", "reintegration_meeting_notes",
    "notes and actions from a reintegration meeting, to colleagues and the mainstream school",
    "keane", [S("chen"), S("asante"), ("Daniel Brook", "d.brook@example.org")],
    "Notes – ZG reintegration planning meeting 6 Feb", uk(2025, 2, 7, 16, 0),
    """Hi all,

Thanks for your time yesterday. Notes and actions below – shout if I've missed anything.

Present: SK, LC, KA (Example School); DB (Moorfield Academy); Mr Guardian; ZG for the first 20 minutes.

1. Medical update
Z is 13 weeks post-op and walking short distances. The consultant is happy for a phased return from 17 March. She tires quickly and can't carry a heavy bag.

2. What Z wants
To start with the lessons she enjoys (English, art) and to have a friend with her in the corridors at change-over. She does not want to be the only one in the lift.

3. Plan
- Weeks 1–2: three mornings a week, periods 1–3, base in the Inclusion room.
- Weeks 3–4: four mornings plus one full day if she's coping.
- Home tuition drops accordingly and stops at the end of week 4.

Actions
- DB: lift pass and a second set of textbooks to keep at school (by 10 March).
- LC: update the health care plan and share it with Moorfield's first aiders.
- KA: send the history and geography coursework progress to Moorfield's heads of department.
- SK: weekly check-in call with Mr Guardian for the first month.

Next review: Friday 28 March, 3.30pm, at Moorfield.

Siobhán
""", fmt="alt", client="outlook")

REPORT_PDF = pdf("Autumn Term Report 2024 - Zara G (Year 10)", [
    "English Language - working at grade 5. Thoughtful reader; needs to plan timed answers.",
    "English Literature - grade 5/6. Excellent Macbeth essay; learn key quotations.",
    "Mathematics - grade 4. Secure on algebra; revisit ratio and proportion.",
    "History - grade 6. Strong source analysis; coursework draft due March.",
    "Geography - grade 5. Completed the rivers unit at home.",
    "",
    "Attendance at offered sessions: 86% (sessions missed were for medical reasons).",
    "Tutor comment: Zara has shown real determination this term. - K. Asante",
])
add("E", "autumn_report_pdf_parent",
    "tutor sends father the termly progress report as a PDF",
    "asante", [ALI], "Zara's autumn term report", uk(2024, 12, 18, 15, 20),
    """Dear Mr Guardian,

Please find attached Zara's report for the autumn term. I've pulled together comments from all of her tutors and from Amira on the ward.

The headline is that she has kept up with her GCSE courses remarkably well given how much of the term she spent in hospital or recovering. The main thing to work on over the holiday, if she feels up to it, is learning the Macbeth quotations - little and often, even five minutes a day.

A copy is going to Moorfield Academy so her teachers there know where she's up to.

Have a peaceful Christmas.

Kind regards,

""" + sig("asante", 0),
    attachments=[{"filename": "Zara G - Autumn report 2024.pdf", "ctype": "application/pdf", "data": REPORT_PDF}],
    client="outlook")

add("E", "attendance_medical_evidence_request",
    "attendance officer explains the local authority needs consultant evidence",
    "attendance", [JANE], "Maisie - medical evidence for the local authority", uk(2024, 10, 8, 9, 40),
    """Dear Jane,

I hope Maisie is comfortable this week.

Because Maisie's treatment is expected to last more than 15 school days, the local authority needs a letter from her consultant to confirm that she can't attend Kirkstall Vale for medical reasons. This is what allows us to keep teaching her on the ward and, later, at home.

You don't need to do anything yourself - I've written to Dr Achterberg's secretary to request it. I'm only letting you know in case you get a copy of the letter and wonder what it's for. If you already have a clinic letter that says this, you're welcome to send me a photo of it and it may save a few days.

While we wait, Maisie will be recorded as "educated off-site" rather than absent, so it won't affect her attendance figures at Kirkstall Vale.

Kind regards,

Yusuf Haddad
Attendance & Admissions Officer
""", client="outlook", from_name="Yusuf Haddad")

add("E", "poetry_workshop_photo_consent",
    "ward teacher asks carer for photo consent for a visiting poet's workshop",
    "kaurbell", [SAM], "Poetry workshop on Ward 11 - photo consent", uk(2025, 1, 13, 14, 30),
    """Dear Sam,

On Thursday afternoon we have a visiting poet, Ruth Ellingham, running a workshop in the Ward 11 school room. Jayden has said he'd like to take part, which is great - it ties in nicely with the anthology work we've been doing.

The hospital's magazine would like to take a few photos for their spring issue. Nobody has to be in them, and we can take photos of hands and writing only if young people prefer. Could you reply to let me know whether you're happy for Jayden to:

a) appear in photos where his face can be seen;
b) appear in photos of hands/work only;
c) not be photographed at all?

His first name only would be used alongside any poem he chooses to share.

Thanks,
Amira

""" + sig("kaurbell", 1), fmt="alt", client="outlook")

add("E", "teams_login_new_pupil",
    "remote-learning coordinator sends a new pupil her Teams login steps",
    "pickles", [ABENA], "Getting onto Teams", uk(2024, 9, 9, 13, 15),
    """Hi Abena,

Welcome! Here's how to get onto Teams for your online lessons:

1. Go to the Teams app (or teams.microsoft.com in a browser).
2. Sign in with this email address: 24aosei@pupils.example-school.org.uk
3. Use the temporary password your tutor gave you on paper. It will ask you to make a new one - at least 12 characters, and don't share it with anyone.
4. You should see three teams: "Y9 English - Home", "Y9 Maths - Home" and "Hospital School Room".

If it doesn't work, reply to this email or ask your tutor on Wednesday and I'll sort it out remotely.

Ms Pickles
Remote Learning Coordinator
""", cte="quoted-printable", client="outlook")

add("E", "thank_you_card_reply",
    "head thanks a parent for a card at the end of the year",
    "okafor", [JANE], "RE: Thank you", uk(2025, 6, 16, 17, 5),
    """Dear Jane,

Thank you so much for your card and the beautiful flowers - they're on the office windowsill and everyone who comes in comments on them.

It has been a privilege to work with Maisie this year. Gareth, Gemma, Natalie and Ian have all said how much they'll miss her, and we are so pleased that her return to Kirkstall Vale has gone as well as it has. Please do let us know how she gets on in September.

With very best wishes to you all,

Rachel Okafor
Head of Service
""", fmt="alt", client="outlook")

add("E", "reduced_timetable_update_colleagues",
    "CAMHS liaison updates colleagues on an inpatient's reduced timetable",
    "raman", [S("delaney"), S("kaurbell")], "T.M. - updated education plan from MDT", uk(2025, 3, 4, 12, 30),
    """Hi both,

Quick update from this morning's MDT on the Cedar Unit about T.M. (Y10):

- Education stays at 45 minutes a day, in the school room only, no bedside sessions.
- Start with English or art - the team think practical, low-pressure work is best for now. No exam-style questions or timed tasks until the next review.
- If T becomes distressed, stop the session and hand over to the nurse in charge; please don't try to finish the task.
- Phone use is restricted on the unit at the moment, so don't set anything that needs it.

Next MDT is Tuesday 18th. I'll bring your notes from the week, so please jot down anything you notice on the shared log.

Thanks,
Priya
""", cc=[S("mctaggart")], client="outlook")

add("E", "norovirus_bays_closed",
    "nursing liaison tells teaching staff about norovirus closures on two wards",
    "ashworth", [TEACHING], "Norovirus - Ward 6 and Ward 11 bays C/D closed", uk(2025, 1, 15, 7, 52),
    """Morning all,

Infection control have closed Ward 6 and bays C and D on Ward 11 with norovirus. Until further notice:

- No face-to-face teaching on Ward 6 or in bays C/D. Please offer Teams sessions or leave work packs with the nurses.
- The Ward 11 school room stays open for young people from bays A and B only.
- Soap and water, not gel - gel doesn't work on noro.
- If you've had any symptoms in the last 48 hours, don't come on site.

I'll email again when the wards reopen.

Deborah
""", client="outlook")

VIEWS_PDF = pdf("EHCP Annual Review - Parent/Carer Views", [
    "Child/young person: Jayden      Date of review: Wednesday 2 April 2025",
    "",
    "1. What is going well for Jayden at the moment?",
    "2. What has been difficult this year?",
    "3. What would you like Jayden to achieve in the next 12 months?",
    "4. Is there anything in the current plan that you feel is no longer right?",
    "5. Any other comments.",
    "",
    "Please return to the SENCO by Wednesday 26 March.",
])
add("E", "ehcp_review_invite_views_form",
    "SENCO invites carer to an EHCP annual review, with a views form attached",
    "chen", [SAM], "Jayden's EHCP annual review - Wednesday 2 April", uk(2025, 3, 13, 11, 0),
    """Dear Sam,

Jayden's Education, Health and Care Plan is due for its annual review, and I'd like to invite you to the meeting on Wednesday 2 April at 10am at Park Row. Kirkstall Vale's SENCO, his gastroenterology nurse and his tutors have also been invited, and Jayden is very welcome to come for all or part of it.

Before the meeting, could you fill in the attached parent/carer views form? It doesn't need to be long - a few lines for each question is plenty. You can email it back or bring it on the day.

We'll be thinking especially about next year: whether Jayden is ready for a full return to a sixth-form college in September, and what support he'd need to make that work.

Kind regards,
Laura Chen
SENCO
""", attachments=[{"filename": "Parent views form.pdf", "ctype": "application/pdf", "data": VIEWS_PDF}],
    client="outlook")

add("E", "parking_permits_hospital_site",
    "office reminds staff to renew hospital car park permits",
    "office", [ALLSTAFF], "Hospital car park permits - renew by Friday", uk(2024, 9, 2, 8, 30),
    """Morning everyone,

A reminder that the St Aidan's staff car park permits run out on Friday 6 September. To renew:

- Fill in the hospital Estates form on the shared drive (Admin > Parking > Permit form 2024-25).
- It's still £12.50 a month by salary sacrifice - Nadia needs to sign it before it goes to Estates.
- Home tutors who only come on site for meetings can use the visitor bays and claim it back on expenses.

Old permits will be clamped from Monday, apparently with enthusiasm.

Thanks,
Eleanor
""", cte="8bit", client="outlook", from_name="Eleanor Whitcombe")

add("E", "dbs_update_service_check",
    "business manager asks three staff to confirm DBS update service consent",
    "sutcliffe", [S("brennan"), S("boyce"), S("ferreira")], "DBS Update Service check - action needed",
    uk(2024, 10, 22, 10, 0),
    """Hi Ian, Natalie and Zoë,

Our annual check of the single central record shows that your DBS certificates are on the Update Service but we don't have a signed consent form for this year. Without it I can't run the online status check.

Could you pop into the office and sign the form before half term, or sign and scan the copy on the shared drive (HR > DBS > Consent 2024-25)? Please bring your original certificate too so I can check the number.

Thanks - I know it's a pain.

Nadia
""", client="outlook")

add("E", "tutor_car_trouble_reschedule",
    "tutor reschedules a session after car trouble, via the office",
    "boyce", [JANE], "Today's session - so sorry", uk(2025, 3, 5, 7, 45),
    """Hi Jane,

I'm really sorry, my car has decided not to start this morning and the breakdown service can't get to me until 11. Could we move today's session to Friday at the same time? I've let the office know, so if Friday is no good just email me or ring them and we'll find another slot.

Apologies to Maisie - tell her the fractions are not cancelled, only postponed!

Natalie
""", client="outlook")

add("E", "french_online_lesson_tomorrow",
    "French tutor reminds pupil about tomorrow's Teams lesson (encoded subject)",
    "ferreira", [ROHAN], "Français – demain 11h sur Teams", uk(2025, 1, 27, 15, 0),
    """Bonjour Rohan,

Just a reminder that tomorrow's lesson will be on Teams at 11h00 as you're still on the ward. Have your vocab list on food and drink ready - we're going to order a very strange meal in a café.

À demain !
Mme Ferreira
""", client="outlook")

add("E", "monday_ward_handover",
    "ward teacher's Monday handover to colleagues",
    "kaurbell", [S("delaney"), S("pryce")], "Handover - Monday 2 Dec", uk(2024, 12, 2, 7, 40),
    """Morning both,

Weekend admissions and changes:

Ward 11
- Bed 4: new Y9 admission (post-op appendix), probably home Wednesday. Mainstream school is Hawksworth Park - I'll email for work.
- Bed 9: O.B. back in for a few days. Marcus, he wants to carry on with electricity.
- Bay D: R.M. very tired after his MRI, nurses suggest afternoon only.

Ward 7
- Gareth, I covered the school room on Friday afternoon - M.P. did half of her fractions booklet and is proud of it.

The laptop trolley is charging in the school room; number 6 still has a cracked screen so don't give that one out.

Amira
""", client="outlook")

add("E", "la_termly_data_return",
    "head sends the local authority the termly commissioning figures (base64 body)",
    "okafor", [("Medical Needs Panel", "medicalneeds@example.org")], "Autumn term data return – Hospital & Home Education",
    uk(2024, 12, 20, 11, 30),
    """Dear colleagues,

Please find our autumn term figures below, as agreed in the service level agreement.

Referrals received: 47 (31 hospital, 16 home tuition)
Young people taught in the term: 118
Average hours of home tuition offered per pupil per week: 11.5
Pupils returned to mainstream (full or phased): 14
Pupils awaiting a start: 3 (all started within 15 school days of referral)

Two points for the panel:

1. Referrals for anxiety-related non-attendance have risen again (now 38% of home tuition). We'd welcome a conversation about how these are triaged, as many would be better supported through CAMHS and the school's own pastoral team first.
2. We're still waiting for the outcome of the request for additional tutor hours for the east of the county.

Happy to discuss at the January panel.

Kind regards,

""" + sig("okafor", 4), cte="base64", client="outlook")

LINO_PNG = png()
add("E", "art_feedback_photo_attached",
    "art tutor's feedback to a pupil with a photo of her print attached",
    "brennan", [ISLA], "Your lino print", uk(2025, 3, 6, 16, 0),
    """Hi Isla,

I've attached a photo of your lino print from today - it came out beautifully once it dried. The fox's tail is the best bit; those fine cuts are really hard to do with the small gouge.

Next time we'll try a two-colour print, so have a think about what you'd like the second colour to be.

Ian
""", fmt="alt", client="gmail",
    attachments=[{"filename": "IMG_4127.png", "ctype": "image/png", "data": LINO_PNG}])

add("E", "fatigue_shorter_sessions_thread",
    "maths tutor agrees shorter sessions with carer (Outlook quoted thread)",
    "nowicki", [SAM], "RE: Jayden's sessions", uk(2025, 1, 27, 16, 45),
    """Hi Sam,

Thanks for being so honest about this - it really helps. I agree, let's go down to 45 minutes for the next few weeks and see how he gets on. We'll do 30 minutes of new work and 15 minutes of recap, and I'll leave a short sheet he can do on a good day, rather than setting homework for a particular date.

I'll let Rhys and Hannah know as well so we're all doing the same thing.

Best wishes,
Tomasz

From: Sam Carer <sam.carer@outlook.com>
Sent: 27 January 2025 13:02
To: Nowicki, Tomasz <t.nowicki@example-school.org.uk>
Subject: Jayden's sessions

Hi Tomasz,

Jayden has been really tired since his medication changed and he told me he struggled to concentrate for the full hour last week but didn't want to say. Would it be possible to make the sessions shorter for a while? He doesn't want to fall behind.

Thanks,
Sam
""", fmt="alt", client="outlook", headers=[("Thread-Topic", "Jayden's sessions")])

add("E", "safeguarding_training_reminder",
    "DSL reminds all staff about safeguarding refresher training deadlines",
    "mctaggart", [ALLSTAFF], "Safeguarding refresher - deadline 28 February", uk(2025, 2, 10, 8, 15),
    """Dear all,

A reminder that everyone needs to complete this year's safeguarding refresher by Friday 28 February. There are two parts:

1. The online module (about 90 minutes) - the link is in the Staff Hub under Safeguarding.
2. One of the face-to-face sessions on working with young people with medical needs: Tuesday 18 Feb at 3.45 at Park Row, or Thursday 20 Feb at 12.30 in the St Aidan's education centre.

The face-to-face session covers lone working on home visits, professional boundaries with families we get to know very well, and recording concerns on the new system.

As ever, if you have a concern about a young person, don't wait for training - speak to me, Rachel or Priya the same day.

Thanks,
Fiona

""" + sig("mctaggart", 0), fmt="alt", client="outlook")

add("E", "mock_exam_access_arrangements",
    "exams officer explains mock-exam access arrangements to father",
    "fairbairn", [ALI], "Zara's mock exams - access arrangements", uk(2025, 1, 14, 14, 20),
    """Dear Mr Guardian,

Zara's mocks will run from Monday 3 February, at home, with a member of our staff invigilating.

Laura Chen has assessed Zara and we'll be using these arrangements, which we'll also apply for in the summer:

- 25% extra time
- supervised rest breaks, during which she can lie down
- a reader for science and maths if she wants one
- papers printed on A4 rather than A3, so they're easier to hold

The mocks are practice, so if Zara has a bad pain day we'll simply move the paper. I'll send the full timetable next week.

Kind regards,
Colin Fairbairn
Exams Officer
""", client="outlook")

add("E", "phased_return_plan_other_school",
    "reintegration coordinator sends a mainstream school a six-week phased return plan",
    "keane", [("Mark Quarmby", "m.quarmby@example.net")], "Liam F - phased return plan, weeks 1–6",
    uk(2025, 2, 27, 13, 40),
    """Dear Mr Quarmby,

Thanks for meeting me on Tuesday. As agreed, here is the plan for Liam's return to Hawksworth Park after his transplant. His renal team are happy with it, and Liam and his mum have seen it.

Weeks 1–2: Mon, Wed, Fri, 9.00–11.00. Base in the Learning Hub. No PE. Bottled water at his desk at all times.
Weeks 3–4: Mon–Thu mornings, 9.00–12.15, lunch with a friend in the Hub.
Weeks 5–6: full days Mon, Tue, Thu; mornings Wed and Fri.

Things to keep in mind:
- Liam is immunosuppressed. Please let his mum know straight away about any cases of chickenpox or measles in his year group.
- He may need to leave lessons for the toilet without asking - a time-out card would help.
- Our home tuition will cover maths and science on the afternoons he isn't in school until the end of week 4.

I'll ring on Friday of week 2 to see how it's going.

Best wishes,
Siobhán Keane
Reintegration Coordinator
Example School Hospital & Home Education Service
""", fmt="alt", client="outlook")

add("E", "school_room_resources_order",
    "TA sends a colleague the school-room resources order with prices",
    "ormerod", [S("rowntree")], "Resources order for the school room", uk(2024, 9, 12, 12, 20),
    """Hi Gemma,

Here's what I'm planning to order from the catalogue for the school room - can you check before I send it to Nadia?

Glue sticks x 30 - £11.40
Whiteboard pens (thin, mixed colours) x 4 packs - £15.96
Wipeable activity mats - £22.00
Lego Classic tub - £34.99
A4 exercise books (squared) x 50 - £18.50
Antibacterial wipes x 6 - £9.00

Total: £111.85, which leaves about £40 in this term's budget.

Anything I've missed? The nurses asked whether we could get some colouring books for the younger ones in the day unit too.

Beth
""", cte="8bit", client="outlook")

add("E", "lost_charger_and_hoodie",
    "office tells carer the pupil left his charger and hoodie at base",
    "office", [SAM], "Jayden's charger", uk(2025, 1, 31, 15, 10),
    """Hi Sam,

Jayden left his phone charger and a grey hoodie in the study room at Park Row yesterday. They're in the office whenever he next comes in.

Eleanor
""", client="outlook", from_name="Eleanor Whitcombe")

AGENDA_PDF = pdf("Management Committee - Thursday 13 March 2025, 5pm, Park Row", [
    "1. Apologies and declarations of interest",
    "2. Minutes of the meeting of 5 December 2024",
    "3. Head of Service report (circulated)",
    "4. Safeguarding report - DSL",
    "5. Budget monitoring: month 10",
    "6. Local authority commissioning review - update",
    "7. Policies for approval: Medical Conditions; Lone Working; Exams",
    "8. Any other business",
])
add("E", "management_committee_agenda",
    "head circulates the management committee agenda to the committee mailbox",
    "okafor", [L("committee", "Management Committee")], "Management Committee - 13 March - papers",
    uk(2025, 3, 3, 17, 0),
    """Dear all,

Please find attached the agenda for the Management Committee on Thursday 13 March at 5pm at Park Row. The Head of Service report and the budget papers are in the committee folder on the portal.

The main item this time is the local authority's commissioning review. I'd be grateful if you could read section 3 of my report before the meeting, as we'll need to agree our response.

Refreshments from 4.45.

Best wishes,
Rachel
""", attachments=[{"filename": "Agenda MC 13-03-25.pdf", "ctype": "application/pdf", "data": AGENDA_PDF}],
    client="outlook")

add("E", "well_done_coursework_pupil",
    "ward teacher congratulates a pupil on finishing his coursework",
    "delaney", [LIAM], "Well done!", uk(2025, 5, 16, 14, 10),
    """Liam,

Just wanted to say properly - finishing that Computer Science project while you were doing dialysis three times a week is seriously impressive. I've sent it to Mr Quarmby at Hawksworth Park today and told him it's one of the best-documented projects I've seen.

Now rest. That's an instruction.

Mr Delaney
""", client="outlook")

add("E", "camhs_weekly_education_update",
    "CAMHS liaison's weekly education update to the inpatient unit's MDT",
    "raman", [("Cedar Unit MDT", "cedar.mdt@example.net")], "Education update for Thursday MDT", uk(2025, 4, 3, 13, 0),
    """Dear colleagues,

Education update for this week, for Thursday's MDT.

T.M. (Y10) - attended 4 of 5 sessions. Managed 45 minutes each day, mostly art and reading. Asked to try some maths next week; we'll start with something untimed.

A.K. (Y8) - attended 2 of 5. Found the school room too noisy on Tuesday; we moved to the quiet room and that worked better. Suggest we keep using it.

J.R. (Y12) - on leave from Friday. I've spoken to her sixth-form college about a gradual return and will send them the education summary once the team has agreed it.

Nothing new to report from a safeguarding point of view this week.

Best wishes,
Priya

""" + sig("raman", 4), client="outlook")

# =========================================================================== output
README = """# Round 22 hold-out: personal-address-to-parent

**Blind hold-out corpus. Never use it for tuning the filter or its rules.** It was
written without reading mailguard's code, rules, tests or docs, and without running
mailguard. If a rule is changed because of a message here, the corpus stops being a
fair test.

## What it is

{total} outgoing e-mails ({flags} `flag`, {cleans} `clean`) for the module
*personal-address-to-parent*: staff must not give pupils or parents their own
personal phone number, home address or personal e-mail, must not use personal
accounts or devices to talk to them, and must not invite them onto private
channels (WhatsApp, Facebook, Discord, Telegram, Instagram, Signal...).

Setting for this round: a hospital and home-tuition service for pupils with medical
needs (ward teachers at St Aidan's Children's Hospital, home tutors, CAMHS and
nursing liaison, parents staying on the ward, exam access arrangements, phased
returns to mainstream schools). All names, addresses and numbers are invented;
phone numbers are from the Ofcom drama ranges, outside organisations use
example.com/.org/.net.

## Counts

| expected | kind | count |
|---|---|---|
| flag | staff mail to a parent or pupil giving out the sender's own contact details / private channel | {flags} |
| clean | everyday school mail | {everyday} |
| clean | hard negatives (look like personal details but are not a breach) | {hard} |
| **total** | | **{total}** |

## Files

- `NNN_<flag|clean>_<slug>.eml`: full RFC 5322 messages (plain text, multipart/alternative,
  HTML only, attachments; 7bit, 8bit, quoted-printable and base64 bodies; RFC 2047 headers).
- `labels.csv`: `file,expected,sender,recipients,note`. `sender` is the envelope sender
  (the staff From address); `recipients` are the To and Cc addresses, space separated.
  Judgement calls are marked `[unsure]` in the note.

## How it was made and how to regenerate

Written by hand as Python data in `../make_round22_personal.py` (standard library only).
Dates, Message-IDs and MIME boundaries are fixed, so the output is byte-identical on
every run:

    python3 tests/holdout/round22/make_round22_personal.py

## Kinds of case

Flags:
- own mobile in the body or the signature (spaces, hyphens, dots, no spaces, +44 (0), 0044 (0),
  `&nbsp;` in HTML, split by an HTML line break)
- home landline; home address with and without postcode
- personal e-mail in the signature, in Cc, in Reply-To, and spelled out ("dot ... at ...")
- own details inside a vCard attachment and inside a calendar (.ics) invitation
- invitations to private channels: WhatsApp group, Facebook friend request, Discord server,
  Telegram, Instagram DMs, Signal
- bodies in base64 and quoted-printable, HTML-only mail, an RFC 2047 subject, a forward

Hard negatives (clean):
- the school's own numbers, postcode and mailboxes; a head's school direct dial and extension
- school-owned phones stated as such (trip mobile, school-issued tutor phone)
- the parent's own details read back, or quoted in a reply; a grandparent's number the carer gave
- third parties given for a reason: crisis lines, CAMHS duty line, hospital transport,
  ward/nurses' station, consultant's secretary, mainstream SENCO, work-experience supervisor,
  exam venue address
- numbers that are not phones: candidate/centre numbers and UCI, NHS and hospital numbers,
  booking and taxi references, ISBNs, sort code and account number, Teams meeting ID and
  conference dial-in, session dates and times, standard-form homework
- staff-only mail with personal details: HR address change, staff drinks at a teacher's house,
  a leaving e-mail, lone-working risk assessment, IT removing a forward to a personal mailbox
- e-safety advice naming apps without inviting anyone; a tutor refusing to give her number;
  the school's official contact card and official Facebook page; a pupil's own personal
  Gmail mentioned when asking her to use her school account
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(MSGS)
    random.Random(22).shuffle(order)
    counts = {"F": 0, "H": 0, "E": 0}
    rows = []
    seen = set()
    for n, m in enumerate(order, 1):
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        label = "flag" if m["kind"] == "F" else "clean"
        name = f"{n:03d}_{label}_{m['slug']}.eml"
        (OUT / name).write_bytes(build(m, n))
        counts[m["kind"]] += 1
        kind = {"F": "flag", "H": "hard negative", "E": "everyday"}[m["kind"]]
        rows.append([name, label, ST[m["frm"]]["addr"],
                     " ".join(a for _, a in m["to"] + m["cc"]), f"{kind}: {m['note']}"])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    (OUT / "README.md").write_text(README.format(
        total=len(order), flags=counts["F"], cleans=counts["H"] + counts["E"],
        everyday=counts["E"], hard=counts["H"]), encoding="utf-8")
    print(f"wrote {len(order)} messages to {OUT}: {counts}")


if __name__ == "__main__":
    main()
