#!/usr/bin/env python3
"""Round 38 blind hold-out corpus, module: obscene-language.

Setting: a special school for boys aged 8-16 with social, emotional and mental
health (SEMH) needs. Writes 80 .eml files (20 flag, 60 clean), labels.csv and
README.md into ./obscene-language/ next to this script.

Deterministic: fixed dates, Message-IDs and MIME boundaries; the raw message
text is built by hand (no time- or random-dependent library defaults), so two
runs give byte-identical files. Python 3.11 standard library only.

BLIND: written without looking at mailguard's code, rules or tests. Never use
these files for tuning.
"""
import base64
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obscene-language")
SCHOOL = "example-school.org.uk"
PUPILS = "pupils.example-school.org.uk"

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {
    "hughes": ("Ruth Hughes", "r.hughes", "Headteacher"),
    "okafor": ("Dan Okafor", "d.okafor", "Deputy Headteacher | Designated Safeguarding Lead"),
    "dsl": ("Safeguarding Team", "dsl", "Designated Safeguarding Lead"),
    "office": ("Example School Office", "office", "Office Manager"),
    "attendance": ("Tina Ashworth", "attendance", "Attendance & Pupil Welfare Officer"),
    "transport": ("Helen Achterberg", "transport", "Transport Coordinator"),
    "pryce": ("Gareth Pryce", "g.pryce", "Class Teacher – Oak Class (KS3)"),
    "sandhu": ("Priya Sandhu", "p.sandhu", "English Lead"),
    "brennan": ("Tom Brennan", "t.brennan", "PE & Outdoor Learning"),
    "fairbrother": ("Leanne Fairbrother", "l.fairbrother", "HLTA – Willow Class"),
    "byrne": ("Declan Byrne", "d.byrne", "Teaching Assistant – Oak Class"),
    "reid": ("Callum Reid", "c.reid", "Behaviour Lead & Team Teach Tutor"),
    "kerr": ("Siobhán Kerr", "s.kerr", "Drama & Play Therapist (HCPC registered)"),
    "lambert": ("Jo Lambert", "j.lambert", "SENCo"),
    "ellison": ("Mark Ellison", "m.ellison", "Science"),
    "rahman": ("Nadia Rahman", "n.rahman", "Humanities | PSHE & RSE Lead"),
    "dunmore": ("Steve Dunmore", "s.dunmore", "Site Manager"),
    "haddad": ("Amir Haddad", "a.haddad", "Maths Lead"),
    "gallagher": ("Fiona Gallagher", "f.gallagher", "Speech & Language Therapist"),
    "tate": ("Kev Tate", "k.tate", "Forest School Leader"),
    "whitlock": ("Karen Whitlock", "k.whitlock", "Family Liaison Officer"),
    "marsh": ("Josie Marsh", "j.marsh", "Learning Mentor"),
    "villanueva": ("Lucía Villanueva", "l.villanueva", "MFL & Art"),
    "mistry": ("Ravi Mistry", "r.mistry", "IT Technician"),
    "greaves": ("Pauline Greaves", "p.greaves", "Cook Manager"),
    "obi": ("Shelley Obi", "s.obi", "Teaching Assistant – Ash Class"),
    "siddiqui": ("Imran Siddiqui", "i.siddiqui", "RE & Citizenship"),
    "staff": ("All Staff", "staff", ""),
}


def S(key):
    name, local, _ = STAFF[key]
    return (name, f"{local}@{SCHOOL}")


def PUP(name, local):
    return (name, f"{local}@{PUPILS}")


JANE = ("Jane Parent", "jane.parent@gmail.com")
SAM = ("Sam Carer", "sam.carer@outlook.com")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")
PARENTS = [JANE, SAM, ALI]

# outside people and organisations (all fictitious)
SW_KEMI = ("Kemi Adeyemi", "kemi.adeyemi@example.org")          # social worker
VSCHOOL = ("Harriet Cole", "virtual.school@example.org")        # virtual school head
IRO = ("Alison Cockburn", "a.cockburn@example.org")             # independent reviewing officer
EP = ("Dr Martin Dickens", "m.dickens@example.org")             # educational psychologist
CAMHS = ("Rahul Wankhede", "r.wankhede@example.net")            # CAMHS clinician
FC_HANCOCK = ("Debbie Hancock", "debs.hancock.fostering77@hotmail.co.uk")
FC_MARIE = ("Marie Thornton", "mariethornton.fc42@yahoo.co.uk")
TAXI = ("Aire Valley Cars Bookings", "bookings@example.com")
GOVERNOR = ("Peter Langley", "p.langley@example.net")

# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------


def sig(key, v=0):
    name, local, role = STAFF[key]
    addr = f"{local}@{SCHOOL}"
    if v == 0:
        return f"{name}\n{role}\nExample School\nPark Row, Leeds LS1 4AP\nTel: 01632 960000"
    if v == 1:
        return f"{name} | {role}\nExample School | Park Row, Leeds LS1 4AP | 01632 960000"
    if v == 2:
        return (f"--\n{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n"
                f"01632 960000 | {addr}\n\n"
                "This email and any attachments are confidential and intended solely for the "
                "addressee. If you have received it in error, please tell the sender and delete it.")
    if v == 3:
        return f"{name}\n{role}, Example School\n01632 960000"
    if v == 4:
        return f"{name}\n{role}"
    raise ValueError(v)


# --------------------------------------------------------------------------
# Encoding helpers (hand-built so the output is fully deterministic)
# --------------------------------------------------------------------------
SOFT = "\x00"   # marker: force a quoted-printable soft line break here


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew_b(s):
    """RFC 2047 B-encoded words, each at most 75 chars."""
    words, cur = [], ""
    for ch in s:
        if len(base64.b64encode((cur + ch).encode("utf-8"))) > 45:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return ["=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words]


def _q_char(ch):
    out = ""
    for b in ch.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out += "_"
        elif c.isalnum() and b < 128 or c in "!*+-/":
            out += c
        else:
            out += "=%02X" % b
    return out


def ew_q(s):
    words, cur = [], ""
    for ch in s:
        q = _q_char(ch)
        if len(cur) + len(q) > 60:
            words.append(cur)
            cur = ""
        cur += q
    if cur:
        words.append(cur)
    return ["=?UTF-8?Q?" + w + "?=" for w in words]


def enc_header_text(s, how=None):
    if how is None:
        if is_ascii(s):
            return s
        how = "Q"
    words = ew_b(s) if how == "B" else ew_q(s)
    return "\n ".join(words)


def fmt_addr(a):
    name, addr = a
    if not name:
        return addr
    if not is_ascii(name):
        return enc_header_text(name, "B" if "á" in name else "Q") + f" <{addr}>"
    if any(c in name for c in '(),.:;<>@[]"'):
        return '"' + name.replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fold_list(field, items):
    line = f"{field}: "
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) > 76 and line.strip() != f"{field}:":
            out.append(line.rstrip())
            line = " "
        line += piece + " "
    out.append(line.rstrip())
    return "\n".join(out)


def qp_encode(text):
    """Quoted-printable, 76 col, with SOFT markers forcing soft breaks."""
    out_lines = []
    for line in text.split("\n"):
        toks = []
        for b in line.encode("utf-8"):
            if b == 0:
                toks.append(None)
            elif b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        for j in range(len(toks) - 1, -1, -1):
            if toks[j] is None:
                continue
            if toks[j] in (" ", "\t"):
                toks[j] = "=%02X" % ord(toks[j])
            break
        cur = ""
        for t in toks:
            if t is None:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\n".join(out_lines)


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def encode_body(text, cte):
    """Return (cte header value, encoded body text with \\n line ends)."""
    if cte == "7bit":
        t = text.replace(SOFT, "")
        assert is_ascii(t), t[:80]
        return "7bit", t
    if cte == "8bit":
        return "8bit", text.replace(SOFT, "")
    if cte == "qp":
        return "quoted-printable", qp_encode(text)
    if cte == "b64":
        raw = text.replace(SOFT, "").replace("\n", "\r\n").encode("utf-8")
        return "base64", b64_lines(raw)
    raise ValueError(cte)


def text_part(text, subtype="plain", cte=None, charset=None, flowed=False):
    if cte is None:
        cte = "7bit" if is_ascii(text) and SOFT not in text else "qp"
    if charset is None:
        charset = "utf-8"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    cte_name, body = encode_body(text, cte)
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte_name}"], body


def attachment_part(filename, ctype, data, cte="b64"):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: attachment; filename="{filename}"']
    if cte == "b64":
        hdrs.append("Content-Transfer-Encoding: base64")
        return hdrs, b64_lines(data)
    if cte == "qp":
        hdrs.append("Content-Transfer-Encoding: quoted-printable")
        return hdrs, qp_encode(data.decode("utf-8"))
    if cte == "7bit":
        hdrs.append("Content-Transfer-Encoding: 7bit")
        return hdrs, data.decode("ascii")
    raise ValueError(cte)


def multipart(subtype, boundary, parts):
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
    chunks = []
    for ph, pb in parts:
        chunks.append(f"--{boundary}\n" + "\n".join(ph) + "\n\n" + pb + "\n")
    body = "".join(chunks) + f"--{boundary}--\n"
    return hdrs, body


# --------------------------------------------------------------------------
# Plain text -> HTML, in the style of Outlook or Gmail
# --------------------------------------------------------------------------


def to_html(text, style="outlook"):
    lines = text.split("\n")
    esc = [htmlmod.escape(l, quote=False) for l in lines]
    if style == "outlook":
        body = []
        inq = False
        for raw, l in zip(lines, esc):
            if raw.startswith(">"):
                if not inq:
                    body.append('<blockquote style="border-left:1px solid #ccc;margin-left:4pt;padding-left:6pt">')
                    inq = True
                l = htmlmod.escape(raw[1:].lstrip(" "), quote=False)
            elif inq:
                body.append("</blockquote>")
                inq = False
            if l.strip() == "":
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                body.append(f'<p class="MsoNormal">{l}<o:p></o:p></p>')
        if inq:
            body.append("</blockquote>")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + "\n".join(body) + "\n</div>\n</body>\n</html>")
    # gmail-ish
    out = ['<div dir="ltr">']
    inq = False
    for raw, l in zip(lines, esc):
        if raw.startswith(">"):
            if not inq:
                out.append('</div><br><div class="gmail_quote"><blockquote class="gmail_quote" '
                           'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            out.append(htmlmod.escape(raw[1:].lstrip(" "), quote=False) + "<br>")
            continue
        if l.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{l}</div>")
    if inq:
        out.append("</blockquote></div>")
    else:
        out.append("</div>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# Tiny deterministic PDF (for ordinary attachments)
# --------------------------------------------------------------------------


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 15 Tf", "56 790 Td", "18 TL", f"({esc(title)}) Tj", "/F1 10 Tf", "14 TL", "T*"]
    for l in lines:
        text.append(f"({esc(l)}) '")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Example School) "
        b"/CreationDate (D:20250101090000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------


def date_hdr(t):
    d = dt.datetime(*t)
    bst = dt.datetime(2025, 3, 30, 1) <= d < dt.datetime(2025, 10, 26, 1)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    d = d.replace(tzinfo=tz)
    return d.strftime("%a, %d %b %Y %H:%M:%S %z"), d


def msgid(slug, d, client):
    h = hashlib.sha256(("r38obscene:" + slug).encode()).hexdigest()
    if client == "outlook":
        return f"<{h[:4].upper()}P265MB{h[4:8].upper()}{h[8:24].upper()}@{h[24:28].upper()}P265MB{h[28:32].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{SCHOOL}>"
    return f"<{d.strftime('%Y%m%d%H%M%S')}.{h[:16]}@{SCHOOL}>"


def build(m, n):
    slug = m["slug"]
    h = hashlib.sha256(("bnd:" + slug).encode()).hexdigest()
    client = m.get("client", "outlook")
    date_s, d = date_hdr(m["date"])

    # --- body ---
    kind = m.get("kind", "plain")
    text = m.get("body")
    if kind == "plain":
        ph, pb = text_part(text, "plain", m.get("cte"), flowed=m.get("flowed", False))
    elif kind == "html":
        ph, pb = text_part(m["html"], "html", m.get("html_cte", "qp"))
    elif kind == "alt":
        html = m.get("html") or to_html(text, "gmail" if client == "gmail" else "outlook")
        p1 = text_part(text, "plain", m.get("cte", "qp" if client == "outlook" else None))
        p2 = text_part(html, "html", m.get("html_cte", "qp"))
        bnd = (f"_000_{h[:20].upper()}_" if client == "outlook" else f"000000000000{h[:16]}")
        ph, pb = multipart("alternative", bnd, [p1, p2])
    else:
        raise ValueError(kind)
    atts = m.get("atts", [])
    if atts:
        parts = [(ph, pb)]
        for a in atts:
            parts.append(attachment_part(*a))
        bnd = (f"_004_{h[20:40].upper()}_" if client == "outlook" else f"000000000000{h[16:32]}")
        ph, pb = multipart("mixed", bnd, parts)

    # --- headers ---
    hdrs = ["From: " + fmt_addr(m["frm"])]
    hdrs.append(fold_list("To", [fmt_addr(a) for a in m["to"]]))
    if m.get("cc"):
        hdrs.append(fold_list("Cc", [fmt_addr(a) for a in m["cc"]]))
    hdrs.append("Subject: " + enc_header_text(m["subject"], m.get("subj_enc")))
    hdrs.append("Date: " + date_s)
    hdrs.append("Message-ID: " + msgid(slug, d, client))
    if m.get("reply_to_id"):
        rid = m["reply_to_id"]
        hdrs.append(f"In-Reply-To: {rid}")
        hdrs.append(f"References: {rid}")
    if client == "outlook":
        hdrs.append("Thread-Topic: " + enc_header_text(m["subject"], m.get("subj_enc")))
        hdrs.append("Content-Language: en-GB")
        hdrs.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
    elif client == "apple":
        hdrs.append("X-Mailer: iPhone Mail (21E236)")
    elif client == "thunderbird":
        hdrs.append("User-Agent: Mozilla Thunderbird")
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(ph)
    raw = "\n".join(hdrs) + "\n\n" + pb
    if not raw.endswith("\n"):
        raw += "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    data = raw.encode("utf-8")
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, (slug, line[:60])
    return data


def recipients(m):
    return " ".join(a[1] for a in list(m["to"]) + list(m.get("cc", [])))


# ==========================================================================
# The messages
# ==========================================================================
MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


# --------------------------------------------------------------------------
# FLAG: the sender's own words contain swearing or a slur
# --------------------------------------------------------------------------

add(label="flag", slug="shit_day_after_holds", frm=S("fairbrother"), to=[S("byrne")],
    subject="shit day 😩", date=(2025, 1, 21, 16, 12), client="apple", kind="plain",
    note="plain 'shit' in body and in RFC 2047 (Q) subject; staff-to-staff venting after restraints",
    body="""Dec,

What a shit day. Three holds before 11 and then Kyle kicked off again in the taxi bay at home time. My back is killing me and I've still got the bound book to write up for all of them.

Thanks for stepping in with Connor at lunch. Honestly I don't know what I'd have done if you hadn't come round the corner when you did.

Brew tomorrow before briefing? I'll bring the good biscuits (not Biscuit's ones).

L x

Sent from my iPhone""")

add(label="flag", slug="bollocks_new_rpi_form", frm=S("pryce"), to=[S("reid")],
    subject="new RPI recording form", date=(2025, 1, 30, 19, 47), client="outlook", kind="alt",
    note="plain 'bollocks' in staff-to-staff moan about LA form (Outlook, QP)",
    body="""Callum,

Have you seen the new LA reporting form for restrictive physical interventions? I've just spent 40 minutes putting Monday's hold with Reece into it and it's absolute bollocks. It wants the "technique used" from a drop-down that doesn't even include a two-person single elbow, so I've had to pick "Other" and type it all out again in the free text box, which then cuts off at 500 characters.

Whoever designed this has never done a hold in their life.

Can we raise it at the Team Teach review on Weds? I'm happy to keep putting everything in our own bound book as well, but I'm not doing everything twice for long.

Cheers
Gareth

""" + sig("pryce", 1))

add(label="flag", slug="taxi_firm_awful_morning", frm=S("transport"), to=[TAXI], cc=[S("hughes")],
    subject="Route 6 – no driver AGAIN this morning", date=(2025, 2, 10, 9, 58), client="outlook",
    kind="plain", cte="qp",
    note="plain 'fucking' in complaint to external taxi firm, head cc'd",
    body="""Hi Marcus,

I've had a fucking awful morning thanks to Route 6, so apologies in advance for the tone.

For the third time in two weeks nobody turned up for Riley and Connor. Nobody rang us and nobody rang the families. Riley's carer had to bring him in herself and was late for her own shift, and Connor didn't get here at all because his mum doesn't drive. Our pupils cannot cope with this kind of uncertainty – Riley was in pieces by the time he got through the door and it took his key worker the whole of first session to settle him.

I need a named, consistent driver on this route from tomorrow and a call to me (not the office) by 7.45 if there is any problem at all. If that can't happen I'll be speaking to the LA commissioning team about the contract this afternoon.

Helen Achterberg
Transport Coordinator
Example School, Park Row, Leeds LS1 4AP
01632 960000 (option 3)""")

add(label="flag", slug="pissed_off_bowling_parent", frm=S("pryce"), to=[JANE],
    subject="Ethan – this afternoon", date=(2025, 3, 14, 15, 41), client="outlook", kind="alt",
    note="plain 'pissed off' written to a parent",
    body="""Hi Jane,

Just a quick one so you know before he gets home. Ethan was pretty pissed off about not going on the bowling trip this afternoon, and to be honest I don't blame him – he only missed his points target by two and most of that was Tuesday, which he'd already put right.

He went down to the garden with Kev and Biscuit instead and did a bit of digging, which took the edge off. He was calm when he got in the taxi.

I've told him that if he has a good week next week I'll take him and a couple of the others to the climbing wall on the Friday, so please do big that up at home if you can.

Have a good weekend,
Gareth

Gareth Pryce | Oak Class | Example School | 01632 960000""")

add(label="flag", slug="pupil_minibus_arse_bollocks", frm=S("brennan"), to=[PUP("Tyler McGrath", "22tmcgrath")],
    subject="Tomorrow - Ilkley", date=(2025, 3, 5, 20, 15), client="outlook", kind="plain",
    note="PE teacher to looked-after pupil: 'arse', 'bollocks'",
    body="""Tyler,

Minibus leaves at 8.30 sharp tomorrow for the Ilkley walk. Get your arse down to the front gate by 8.20 or we go without you, and I don't want any of that bollocks about your alarm not going off like last time. Debbie says she'll have you up at 7.

Bring: waterproof, proper shoes (NOT the white Air Forces), packed lunch, water bottle. I've got spare gloves and hats.

If you're not coming let me know tonight so I can offer the place to Alfie.

Mr B""")

add(label="flag", slug="escort_slur_route4", frm=S("byrne"), to=[S("fairbrother")],
    subject="Route 4 escort", date=(2025, 1, 23, 16, 30), client="outlook", kind="plain",
    note="disability slur ('retard') about a taxi escort, staff-to-staff",
    body="""Leanne,

Can you have a word with Helen tomorrow? The new escort on Route 4 is a complete retard. He let Tyler out of the car at the lights on Kirkstall Road because Tyler said he felt sick, then couldn't get him back in. The driver had to pull over and ring the office. Luckily Tyler just sat on a wall and waited, but it could have been really bad.

I've put a note on CPOMS but I think Helen needs to hear it from one of us, not just read it.

Dec""")

add(label="flag", slug="forest_school_homophobic_banter", frm=S("brennan"), to=[S("tate")],
    subject="Re: weather tomorrow?", date=(2025, 2, 4, 7, 52), client="gmail", kind="alt",
    reply_to_id="<20250203211402.5b1e0c2a77d4f913@example-school.org.uk>",
    note="homophobic slur ('poof') in staff banter; reply with quoted text",
    body="""Don't be such a poof Kev, it's a bit of drizzle. The lads will be fine if they've got the ponchos on and we get the fire going early. Worst case we do the shelter building under the big tarp.

I'll bring the Kelly kettle and the marshmallows.

T

On Mon, 3 Feb 2025 at 21:14, Kev Tate <k.tate@example-school.org.uk> wrote:
> Forecast looks grim for the morning, 80% rain till 1. Do we want to
> swap forest school with Thursday? Biscuit won't thank us either.
>
> Kev""")

add(label="flag", slug="site_report_ethnic_slur", frm=S("dunmore"), to=[S("hughes")], cc=[S("okafor")],
    subject="Back field / top gate", date=(2025, 2, 17, 7, 21), client="outlook", kind="plain",
    note="ethnic slur ('pikeys', Gypsy/Traveller) in site manager's report",
    body="""Morning Ruth,

The pikeys have been on the back field again over the weekend. Padlock on the top gate's been cut, there's a load of scrap and tyres dumped by the polytunnel and someone's had a go at the shed door. Nothing taken from the shed as far as I can see.

I've put cones across the top path and told the taxis to use the front. I'll ring the council about getting it cleared and get a new lock on today. Might be time we put that quote in for the CCTV on that side.

Don't let any of the lads out to the garden till I've been over it properly for glass.

Steve
Site Manager – Example School – 07700 900318""")

add(label="flag", slug="pep_cancelled_misogynist", frm=S("whitlock"), to=[S("okafor")],
    subject="PEP cancelled AGAIN", date=(2025, 2, 12, 13, 5), client="outlook", kind="alt",
    note="misogynistic insult ('stupid bitch') about a social worker",
    body="""Dan,

Just had an email – Leon's PEP for tomorrow is off. Third time. That stupid bitch hasn't even offered another date, just "will be in touch". Marie's taken the day off work for it and now I've got to ring her and explain.

Can you escalate to the team manager? I've kept all the emails. I'll ring Marie now.

K

Karen Whitlock
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000""")

ROUTES_CSV = """route,pupil,pickup_area,pickup_time,operator,driver,escort,notes
1,Ethan,LS12,07:55,Aire Valley Cars,Shaun,Trish,"Likes front seat, has ear defenders in bag"
2,Zac,LS27,07:40,Aire Valley Cars,Gary,Jen,"Gary is a total wanker to the escorts, ask AVC to swap him off this route asap"
2,Mo,LS11,08:00,Aire Valley Cars,Gary,Jen,Mo gets in second
3,Riley,LS6,08:05,City Link Travel,Pete,Ann,Carer Sam prefers a text to a call
4,Tyler,LS4,07:50,City Link Travel,Imran,Sue,Foster carers Debbie/Paul - either is fine to ring
5,Leon,LS9,07:45,City Link Travel,Dave,Mags (+ Wayne Mon/Fri),Second escort Mon and Fri only
5,Charlie,LS9,07:55,City Link Travel,Dave,Mags (+ Wayne Mon/Fri),Ring dad if no answer at door
6,Connor,LS13,08:10,Aire Valley Cars,TBC,Kath,Named driver still TBC - chasing
"""

add(label="flag", slug="route_list_csv_notes", frm=S("transport"), to=[S("hughes")], cc=[S("office")],
    subject="Taxi routes after half term", date=(2025, 2, 21, 14, 10), client="outlook", kind="plain",
    atts=[("routes_after_half_term.csv", "text/csv", ROUTES_CSV.replace("\n", "\r\n").encode("utf-8"), "b64")],
    note="'wanker' in the author's own notes column of a CSV attachment (base64); body clean",
    body="""Hi Ruth,

Attached is the route list for after half term with the changes we talked about – Zac moves onto Route 2 so he's not sharing with Reece, and Route 5 gets a second escort on Mondays and Fridays.

I've added my notes in the last column, mostly for Bev so she knows who to ring.

Helen

Helen Achterberg | Transport Coordinator | Example School | 01632 960000""")

add(label="flag", slug="masked_week_drinks", frm=S("marsh"), to=[S("fairbrother")],
    subject="friday!!", date=(2025, 3, 7, 16, 48), client="outlook", kind="plain",
    note="asterisk-masked 'f*cking', 'sh*t' in own words",
    body="""What a f*cking week. I've been sworn at, spat at and had a chair thrown at me, and that was just Wednesday. Sh*t like this is why I drink wine on a school night.

Spoons at 5? Dec and Gareth are in. I'll save you a seat.

J x""")

add(label="flag", slug="leet_smartboard_supplier", frm=S("mistry"), to=[S("haddad")],
    subject="RE: M2 board", date=(2025, 1, 28, 11, 26), client="outlook", kind="alt",
    note="leetspeak 'sh1te', '@rseh0les' about a supplier; Outlook quoted original",
    body="""Amir,

Had a look. The board's fine, it's the new firmware that's sh1te – it keeps dropping the touch calibration every time it wakes from sleep. The supplier are being total @rseh0les about it, they're saying it's "a known issue" and they'll fix it "in a future update", which in supplier speak means never.

For now: if it goes wonky, hold the two pen buttons down for 5 seconds and it'll recalibrate. I've stuck a note on the side of the board.

I've logged it with them again and copied in the business manager so there's a paper trail.

Ravi
IT Support – Example School – ext 214

From: Amir Haddad <a.haddad@example-school.org.uk>
Sent: 28 January 2025 10:02
To: Ravi Mistry <r.mistry@example-school.org.uk>
Subject: M2 board

Hi Ravi, the board in M2 has gone mad again, the pen writes about three inches to the left of where you touch it. Year 10 thought it was hilarious. Any chance you can look before period 4?

Amir""")

add(label="flag", slug="repeated_letters_river", frm=S("tate"), to=[S("brennan")],
    subject="Re: river walk", date=(2025, 2, 6, 15, 22), client="apple", kind="plain",
    note="repeated letters 'FUUUUUCK', 'Shiiiiite' in staff message",
    body="""FUUUUUCK me that was cold. I still can't feel my feet. Whose idea was it to let Brandon "test the depth" in his wellies?? Shiiiiite.

Kids loved it though. Biscuit's had a bath in the staff shower, don't tell Steve.

Sent from Outlook for iOS""")

add(label="flag", slug="dotted_words_commissioning", frm=S("reid"), to=[S("okafor")],
    subject="restraint data request", date=(2025, 3, 24, 17, 35), client="outlook", kind="plain",
    note="separated letters 't.w.a.t', 'b-a-s-t-a-r-d' about an LA officer",
    body="""Dan,

Had the guy from commissioning on the phone for 25 minutes wanting our restraint numbers by Friday "broken down by pupil, by member of staff and by reason". I explained we already send the termly return and that half of it is in the governors' report anyway. He did not care. He then told me we should be "looking at de-escalation", like we haven't all been Team Teach trained for years.

Honestly the man is a t.w.a.t. An absolute b-a-s-t-a-r-d to deal with.

I'll pull it together from the bound book and the CPOMS export but I'll need Bev for half a day. Can you OK that?

Callum""")

add(label="flag", slug="homoglyph_exam_board", frm=S("haddad"), to=[S("sandhu")],
    subject="Functional Skills results", date=(2025, 3, 19, 12, 40), client="thunderbird", kind="plain",
    cte="8bit",
    note="Cyrillic/Greek homoglyphs in 'wаnkers' (Cyrillic a) and 'bοllocks' (Greek omicron); 8bit body",
    body="""Priya,

Have your lot had their Entry 3 reading results yet? Ours were due Monday and still nothing. I rang the exam board and got passed round three people. Complete wаnkers. Apparently there's a "system issue". What a load of bοllocks.

It means I can't tell Zac and Charlie whether they need to resit before Easter, and they've both been asking me every single lesson.

If you hear anything from your side let me know.

A""")

add(label="flag", slug="fullwidth_subject_art_room", frm=S("villanueva"), to=[S("rahman")],
    subject="Ｓｈｉｔｅ – art room flooded again", subj_enc="B",
    date=(2025, 3, 3, 8, 16), client="outlook", kind="alt",
    note="full-width letters: 'Ｓｈｉｔｅ' in RFC 2047 (B) subject and 'ｓｈｉｔｓｈｏｗ' in body",
    body="""Nadia – don't bring Ash class over to the art block first thing. The roof's gone again over the sink end, water all over the floor and the Year 10 clay pieces are ruined. Total ｓｈｉｔｓｈｏｗ. Steve's on his way with buckets.

Can we swap? I'll have them in the hall for p1–2 and you take the art room slot on Thursday.

Lu

Lucía Villanueva – MFL & Art – Example School – 01632 960000""")

add(label="flag", slug="zero_width_lanyard_box", frm=S("pryce"), to=[S("byrne")], cc=[S("fairbrother")],
    subject="lanyard box", date=(2025, 3, 11, 8, 5), client="outlook", kind="alt",
    note="zero-width space inside 'fu\u200bck' (QP)",
    body="""Who the fu\u200bck has moved the visitor lanyard box from the front desk? We've got the social worker and two parents in at 9 and there's not a single one to hand out. Bev says it was there at 4 yesterday.

If you've borrowed it for the trip please just put it back. No questions asked.

G""")

add(label="flag", slug="html_split_words_to_carer", frm=S("whitlock"), to=[SAM],
    subject="Riley's week", date=(2025, 2, 28, 15, 20), client="outlook", kind="html",
    note="HTML-only to a carer: 'shitty' split by a span tag, 'bollocks' with an entity",
    html="""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Sam,</p>
<p>Just wanted to check in before the weekend. Riley's had a really sh<span style="font-family:Calibri">itty</span> week, bless him &ndash; the taxi mess on Monday threw him and he never really got back on track. He's been spending a lot of time with Biscuit and in the sensory room, which is absolutely fine.</p>
<p>The taxi firm have been a load of old b&#111;llocks about it all, to be honest, but Helen is on it and there should be a named driver from Monday.</p>
<p>He did a lovely bit of writing about his nan on Thursday though &ndash; Miss Sandhu was made up with it. It's on the wall outside Oak.</p>
<p>If the weekend's tough, ring the office on Monday and ask for me, or text the school mobile on 07700 900612. And please look after yourself too &ndash; I know it's been a lot.</p>
<p>Karen</p>
<p style="color:#555555">Karen Whitlock<br>Family Liaison Officer<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</div>
</body>
</html>""")

add(label="flag", slug="qp_softbreak_moderator", frm=S("ellison"), to=[S("pryce")],
    subject="moderation visit", date=(2025, 1, 16, 17, 2), client="outlook", kind="alt",
    note="quoted-printable soft line break inside 'bell=/end' (bellend) in both parts",
    body="""Gareth,

Moderation went as well as you'd expect. The moderator was a proper bell""" + SOFT + """end – spent 20 minutes telling me the practical write-ups "lacked independent evidence" when half my group can't hold a pen for more than five minutes without it ending up across the room. Then he asked why Reece's assessment had a photo instead of a written method. Because that's how Reece can show it, mate, it's in his EHCP.

Anyway, they passed, so that's the main thing. I just need a pint.

Mark""",
    html=None)

add(label="flag", slug="base64_attendance_dad", frm=S("attendance"), to=[S("whitlock")],
    subject="Charlie – off again", date=(2025, 3, 25, 10, 12), client="outlook", kind="plain", cte="b64",
    note="base64 text body: 'bastard' about a parent",
    body="""Karen,

Charlie's off again today, that's 4 days out of the last 8. Dad rang at 9.40 (after I'd already left two messages) saying he's "got a bug". He's not got a bug. That bastard of a dad is keeping him at home to mind the little ones while he's at the bookies, we all know it.

Can we do a home visit together this week? I'd rather go with you than on my own – last time he was pretty intimidating on the doorstep. I've got Thursday afternoon free.

I'll put the absences on CPOMS as well so Dan sees them.

Tina

Tina Ashworth
Attendance & Pupil Welfare Officer
Example School | 01632 960000""")


# --------------------------------------------------------------------------
# CLEAN: ordinary everyday school mail
# --------------------------------------------------------------------------

add(label="clean", slug="attendance_no_call_ethan", frm=S("attendance"), to=[JANE],
    subject="Ethan – absence today", date=(2025, 1, 13, 9, 45), client="outlook", kind="plain",
    note="attendance first-day call follow-up to parent",
    body="""Dear Ms Parent,

We haven't had a message about Ethan this morning and his taxi driver says nobody came to the door at 7.55. I've tried your mobile (07700 900123) twice and left a voicemail.

Could you give the office a ring on 01632 960000 or reply to this email to let us know he's OK and why he's off? If he's unwell that's absolutely fine – we just need to know.

If he's well enough to come in later, we can arrange a taxi pick-up for after lunch.

Kind regards

""" + sig("attendance", 0))

add(label="clean", slug="new_escort_social_story", frm=S("transport"), to=[SAM],
    subject="Riley's taxi from Monday 13 January", date=(2025, 1, 8, 14, 30), client="outlook", kind="alt",
    atts=[("Riley_new_escort_social_story.pdf", "application/pdf",
           make_pdf("My new taxi helper", [
               "On Monday a new helper will ride in the taxi with me.",
               "Her name is Ann. She has a blue lanyard with her photo on it.",
               "Pete will still drive the silver car.",
               "Ann will say hello and check my seatbelt.",
               "If I feel worried I can tell Ann, or squeeze my fidget.",
               "When we get to school Mr Byrne will meet me at the gate.",
           ]), "b64")],
    note="transport: new escort introduction with social story PDF",
    body="""Dear Sam,

I wanted to let you know that from Monday 13 January Riley will have a new escort on his taxi. Her name is Ann Whitaker. Ann has worked with us for four years on other routes, she is DBS checked and has completed our autism awareness and de-escalation training.

Nothing else changes: Pete is still the driver, it's the same silver Skoda, and the pick-up window is still 8.00–8.10. Ann will be wearing a photo ID badge.

We know changes like this can be hard for Riley, so Mr Byrne has made him a short social story with a photo of Ann, which he'll go through with him in class on Friday. I've attached a copy so you can read it together at home over the weekend too.

If you have any worries at all, please ring me on 01632 960000 (option 3).

Kind regards

""" + sig("transport", 0))

NEWSLETTER_TEXT = """EXAMPLE SCHOOL NEWS – JANUARY 2025

Welcome back!
A huge welcome back to all our families, and a special welcome to Jayden and Alfie, who joined us in Oak and Ash classes this term. Both have settled brilliantly.

Biscuit turns one!
Our school dog Biscuit celebrated her first birthday on 22 January. Willow class baked her a (dog-friendly) carrot cake and she has now passed her second-stage therapy dog assessment. Thank you to Kev and to all the pupils who help to walk and brush her.

Chinese New Year in Willow
Willow class have been learning about the Year of the Snake. Ask your child about the dragon dance – there is a video on the school Facebook page.

Ash class work experience
Four of our Ash class students have started a Wednesday morning placement at Greenside Garden Centre. The manager tells us they are "the hardest workers we've had".

Functional Skills
Entry Level and Level 1 Functional Skills exams start on 10 March. Mr Haddad and Miss Sandhu will send revision packs home.

Transport
Please let Helen Achterberg know about any changes to pick-up or drop-off as early as you can: 01632 960000, option 3.

Dates for your diary
Wed 12 Feb – Parents' evening, 3.30–6.30pm
17–21 Feb – Half term
Mon 24 Feb – INSET day (school closed to pupils)
Fri 4 April – Last day of term, finish 1.30pm

Kindness awards this month: Riley (Willow), Mo (Oak), Charlie (Ash).

Example School, Park Row, Leeds LS1 4AP | 01632 960000 | office@example-school.org.uk"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Example School News</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d4f73;color:#ffffff"><h1 style="margin:0;font-size:24px">Example School News</h1><p style="margin:4px 0 0">January 2025</p></td></tr>
<tr><td><h2 style="font-size:18px;color:#1d4f73">Welcome back!</h2>
<p>A huge welcome back to all our families, and a special welcome to Jayden and Alfie, who joined us in Oak and Ash classes this term. Both have settled brilliantly.</p>
<h2 style="font-size:18px;color:#1d4f73">Biscuit turns one!</h2>
<p>Our school dog Biscuit celebrated her first birthday on 22 January. Willow class baked her a (dog-friendly) carrot cake and she has now passed her second-stage therapy dog assessment. Thank you to Kev and to all the pupils who help to walk and brush her.</p>
<h2 style="font-size:18px;color:#1d4f73">Chinese New Year in Willow</h2>
<p>Willow class have been learning about the Year of the Snake. Ask your child about the dragon dance &ndash; there is a video on the school Facebook page.</p>
<h2 style="font-size:18px;color:#1d4f73">Ash class work experience</h2>
<p>Four of our Ash class students have started a Wednesday morning placement at Greenside Garden Centre. The manager tells us they are &ldquo;the hardest workers we&rsquo;ve had&rdquo;.</p>
<h2 style="font-size:18px;color:#1d4f73">Functional Skills</h2>
<p>Entry Level and Level 1 Functional Skills exams start on 10 March. Mr Haddad and Miss Sandhu will send revision packs home.</p>
<h2 style="font-size:18px;color:#1d4f73">Transport</h2>
<p>Please let Helen Achterberg know about any changes to pick-up or drop-off as early as you can: 01632 960000, option 3.</p>
<h2 style="font-size:18px;color:#1d4f73">Dates for your diary</h2>
<ul><li>Wed 12 Feb &ndash; Parents&rsquo; evening, 3.30&ndash;6.30pm</li><li>17&ndash;21 Feb &ndash; Half term</li><li>Mon 24 Feb &ndash; INSET day (school closed to pupils)</li><li>Fri 4 April &ndash; Last day of term, finish 1.30pm</li></ul>
<p><strong>Kindness awards this month:</strong> Riley (Willow), Mo (Oak), Charlie (Ash).</p></td></tr>
<tr><td style="background:#eef1f5;font-size:12px;color:#555">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
</table></td></tr></table>
</body></html>"""

add(label="clean", slug="january_newsletter", frm=S("office"), to=PARENTS,
    subject="Example School News – January 2025", date=(2025, 1, 31, 15, 0), client="outlook", kind="alt",
    note="HTML newsletter to parents",
    body=NEWSLETTER_TEXT, html=NEWSLETTER_HTML)

add(label="clean", slug="pupil_persuasive_letter", frm=S("sandhu"), to=[PUP("Kyle Barker", "21kbarker")],
    subject="Your letter to the council", date=(2025, 2, 27, 13, 10), client="outlook", kind="plain",
    note="teacher feedback to pupil on homework",
    body="""Hi Kyle,

Great start on your letter to the council about the skate park. I loved "Where else are we meant to go?" – that's a rhetorical question, and it really makes the reader think.

Three things for the final version:
1. Give each reason its own paragraph (you've got three good reasons, they're just all squashed together).
2. Add one fact. You could use the one we found about how many young people live in Bramley.
3. End by telling them exactly what you want them to do.

You can type it or I can scribe for you on Thursday – your choice. It's due Friday and I'm going to post the best ones to the council for real.

Miss S""")

add(label="clean", slug="pupil_ratio_question_reply", frm=S("haddad"), to=[PUP("Dylan Doyle", "23ddoyle")],
    subject="Re: ratio homework", date=(2025, 3, 4, 12, 20), client="gmail", kind="alt",
    reply_to_id="<CAB7x2Zq9rLm0Y-ratio4@mail.pupils.example-school.org.uk>",
    note="maths teacher answers pupil's homework question (quoted)",
    body="""Hi Dylan,

Good question, and well done for asking rather than leaving it blank.

Add the parts first: 2 + 5 = 7 parts altogether.
Then 35 ÷ 7 = 5, so one part is worth 5.
2 parts = 2 × 5 = 10 and 5 parts = 5 × 5 = 25.
Check: 10 + 25 = 35. ✓

Have a go at question 5 the same way and show me tomorrow in period 2.

Mr Haddad

On Mon, 3 Mar 2025 at 19:42, Dylan Doyle <23ddoyle@pupils.example-school.org.uk> wrote:
> sir i dont get question 4 how do you share 35 in the ratio 2:5
> i tried 35 divided by 2 and it went wrong""")

add(label="clean", slug="cover_thursday", frm=S("hughes"), to=[S("staff")],
    subject="Cover and staffing – Thursday 16th", date=(2025, 1, 15, 16, 40), client="outlook", kind="plain",
    note="head's staffing/cover note to all staff",
    body="""Hi all,

A few changes for tomorrow while Gareth and Jo are at the LA SEND conference:

- Oak: Declan leading, with Shelley from 9 till 12. Gareth has left plans on the desk.
- Jo's annual review with the Doyle family moves to next Thursday at 2pm – Karen has let them know.
- Morning briefing will be at 8.15 in the staffroom rather than the hall.
- Lunch duty: Amir to cover Gareth's slot on the yard.

Dan is on call for the whole day. If you need support in class please radio for him rather than sending a pupil to find someone.

Thanks everyone – and well done on a calm start to the week.

Ruth

""" + sig("hughes", 3))

add(label="clean", slug="pep_notes_virtual_school", frm=S("okafor"), to=[SW_KEMI, VSCHOOL], cc=[FC_MARIE],
    subject="Leon O – PEP notes, 20 March", date=(2025, 3, 20, 16, 5), client="outlook", kind="alt",
    atts=[("Leon_O_PEP_Spring_2025.pdf", "application/pdf",
           make_pdf("Personal Education Plan - Spring 2025 (Leon O)", [
               "Attendance this term: 96.4%",
               "Reading age: 10y 2m (up from 9y 1m in September)",
               "Target 1: read aloud to an adult three times a week",
               "Target 2: complete Entry 3 maths by July",
               "Target 3: attend boxing club every Tuesday",
               "PP+ request: boxing club fees, laptop for homework",
               "Next PEP: week beginning 9 June 2025",
           ]), "b64")],
    note="designated teacher sends PEP notes to social worker, virtual school and foster carer",
    body="""Dear Kemi, Harriet and Marie,

Thank you all for your time this afternoon. The completed PEP is attached; the main points are below.

Leon's attendance is 96.4% this term and his reading age has gone up by just over a year since September, which is fantastic. He told us himself that he is proud of his reading, and Marie says he has started reading to his younger foster brother at bedtime.

Targets for the summer term:
1. Read aloud to an adult three times a week (school and home).
2. Complete Entry 3 maths by July.
3. Keep going to boxing club every Tuesday.

PP+ request: we'd like to use PP+ for the boxing club fees (£90 for the term) and a laptop for homework. Harriet, I'll send the form over separately.

Next PEP: week beginning 9 June. I'll send a few dates.

Kind regards,
Dan

""" + sig("okafor", 2))

add(label="clean", slug="climbing_trip_letter", frm=S("brennan"), to=[ALI],
    subject="Climbing wall trip – Thursday 6 March", date=(2025, 2, 24, 11, 20), client="outlook", kind="alt",
    atts=[("Climbing_trip_consent.pdf", "application/pdf",
           make_pdf("Consent form - Climbing wall trip, Thursday 6 March 2025", [
               "Pupil name: ______________________",
               "I give permission for my child to take part in the climbing session.",
               "Medical information / allergies: ______________________",
               "Emergency contact number: ______________________",
               "Signed: ____________________  Date: __________",
               "Please return to school by Monday 3 March.",
           ]), "b64")],
    note="trip letter with consent form PDF",
    body="""Dear Mr Guardian,

Zac has earned a place on our reward trip to the indoor climbing centre in Leeds on Thursday 6 March. He has worked really hard for this and he should be very proud of himself.

We'll leave school at 10.00 in the school minibus and be back by 2.15, so he will go home in his usual taxi. The centre's instructors run the session and all staff attending are Team Teach trained. There is no charge.

He'll need comfortable clothes he can move in (joggers rather than jeans), trainers, and a packed lunch unless he has a school lunch – just let the office know.

Please could you sign and return the attached consent form by Monday 3 March. A photo of the signed form sent to this address is fine.

Thanks,
Tom

""" + sig("brennan", 0))

add(label="clean", slug="annual_review_invite", frm=S("lambert"), to=[ALI],
    subject="Zac's EHCP annual review – Tuesday 11 February", date=(2025, 1, 14, 10, 5), client="outlook",
    kind="plain", cte="qp",
    note="SENCo invites parent to EHCP annual review",
    body="""Dear Mr Guardian,

It's time for Zac's annual review of his Education, Health and Care Plan. I'd like to hold the meeting on Tuesday 11 February at 1.30pm here at school, in the small meeting room by reception. It usually takes about an hour and a quarter.

I've invited Zac's class teacher, our speech and language therapist Fiona Gallagher, and his caseworker from the local authority SEND team. Zac will join us for the first part to talk about his "one page profile" – he has been working on it with Josie and it's very good.

Before the meeting, it would be really helpful to have your views. You can fill in the parent views form I'll post home this week, or just reply to this email with anything you'd like us to think about: what's going well, what you're worried about, and what you'd like Zac to be able to do by this time next year.

If the date doesn't work, just let me know and we'll find another.

Best wishes,
Jo

""" + sig("lambert", 0))

add(label="clean", slug="spring_report_ethan", frm=S("pryce"), to=[JANE],
    subject="Ethan's spring term report", date=(2025, 4, 4, 14, 55), client="outlook", kind="alt",
    atts=[("Ethan_Spring_Report_2025.pdf", "application/pdf",
           make_pdf("Spring Term Report 2025 - Ethan (Oak Class)", [
               "English: Working at Entry 3. Excellent progress in reading comprehension.",
               "Maths: Secure on fractions and ratio; next step is percentages.",
               "Science: Enjoyed the forces unit and led a group practical.",
               "PE and Outdoor Learning: Completed the Ilkley walk. Great teamwork.",
               "Personal development: Uses his calm-down plan independently most days.",
               "Attendance: 94.8%",
           ]), "b64")],
    note="end of term report sent to parent",
    body="""Hi Jane,

Please find Ethan's spring term report attached. There's a lot to be pleased with this term – especially his reading and the way he's started using his calm-down plan on his own without an adult prompting him.

If you'd like to talk anything through, I'm around until 4 today and then back on Tuesday 22 April.

Have a lovely Easter, and thank you for all your support this term.

Gareth

""" + sig("pryce", 0))

add(label="clean", slug="heating_rowan_block", frm=S("dunmore"), to=[S("staff")],
    subject="Heating – Rowan block", date=(2025, 1, 20, 7, 5), client="outlook", kind="plain",
    note="site manager: heating fault, rooms moved",
    body="""Morning all,

The boiler in Rowan block has tripped overnight and the engineer can't get here until about 11. Rooms R1 and R2 are about 12 degrees at the minute.

Ruth has agreed:
- Rowan class start the day in the hall (heaters are on).
- The sensory room is fine – it's on the main block system.
- Therapy room in Rowan (the Nest) is closed this morning. Siobhán is moving her 9.30 to the library.

I'll update you as soon as it's fixed. Please keep the fire doors shut to keep the heat in, don't prop them.

Steve""")

add(label="clean", slug="therapy_timetable_spring", frm=S("kerr"), to=[S("pryce"), S("fairbrother"), S("byrne"), S("obi")],
    cc=[S("lambert")],
    subject="Therapy timetable – spring term", date=(2025, 1, 6, 8, 30), client="outlook", kind="alt",
    note="therapist's timetable to class teams (RFC 2047 sender name)",
    body="""Hi all,

Happy new year! Here is the therapy timetable for this term. Sessions are in the Nest unless I say otherwise.

Monday    9.30  Riley (Willow)    11.00  Leon (Oak)
Tuesday   9.30  Jayden (Oak)      13.30  Kyle (Willow)
Wednesday 10.00 Charlie (Ash)     13.30  group – Oak (4 boys)
Thursday  9.30  Tyler (Oak)       11.00  Connor (Willow)

A couple of gentle reminders:
- Please don't use therapy as a reward or a sanction. If a boy is dysregulated, bring him anyway (or let me know and I'll come to him) – sometimes those are the most useful sessions.
- If something's happened at home or in the taxi that morning, a quick heads-up helps me a lot.
- Biscuit will join the Tuesday and Thursday sessions.

Any clashes, just shout.

Siobhán

""" + sig("kerr", 1))

add(label="clean", slug="biscuit_walk_rota", frm=S("tate"), to=[S("staff")],
    subject="Biscuit rota + dog walk passes", date=(2025, 1, 7, 12, 15), client="outlook", kind="plain",
    note="school dog walking rota",
    body="""Hi everyone,

New term, new Biscuit rota. Each class gets her for one walk a day (15 mins round the field, on the lead, with an adult):

Mon – Willow
Tue – Oak
Wed – Ash
Thu – Rowan
Fri – whoever has the most green points from the week (I'll check with Dan on Thursday)

The walk passes are on hooks in the staffroom. Please put the pass back so I know where she is!

Couple of reminders: no feeding her anything except her own treats (they're in the blue tin), and please wash hands afterwards, especially before lunch. If a boy is scared of dogs, that's absolutely fine – he doesn't have to join in.

Thanks,
Kev

""" + sig("tate", 4))

add(label="clean", slug="team_teach_refresher", frm=S("reid"), to=[S("staff")],
    subject="Team Teach refresher – dates", date=(2025, 1, 9, 15, 45), client="outlook", kind="alt",
    note="positive handling training dates",
    body="""Hi all,

Our Team Teach refresher training is coming up. You need to attend ONE of these (6 hours, including the practical assessment):

- Saturday 8 February, 9am–3.30pm (paid as overtime / TOIL)
- INSET day Monday 24 February, 9am–3.30pm
- Two twilights: Tuesday 11 and Thursday 13 March, 3.30–6.30pm (you need both)

Please reply to me with your choice by Friday 17 January. If your certificate runs out before March, you MUST do the February dates – check the date on your card. New staff who haven't done the full course yet will be booked separately; Dan is sorting that.

Wear something comfy and flat shoes. I'll bring the coffee.

Callum

""" + sig("reid", 1))

add(label="clean", slug="positive_handling_records_reminder", frm=S("okafor"), to=[S("staff")],
    subject="Positive handling records – please complete by Monday", date=(2025, 1, 24, 12, 0),
    client="outlook", kind="plain",
    note="DSL reminder about restraint record procedure (no quoted words)",
    body="""Hi all,

I've just been through the bound book and CPOMS for this week and there are four positive handling records that still aren't complete. Please can you finish yours by Monday morning at the latest.

A reminder of what we need for every hold:
- written up within 24 hours, by each member of staff involved
- the time it started and ended, and the holds used
- what was tried first (de-escalation, choices, change of face, space)
- any injury to the pupil or staff, and whether first aid was given
- that parents or carers were told the same day (and who rang them)
- the debrief with the pupil, once he's calm, and what he said about it

If you're not sure whether something counts as a restrictive intervention, record it anyway and come and see me or Callum.

Thanks for everything this week – I know it's been a tough one.

Dan

""" + sig("okafor", 0))

add(label="clean", slug="foster_carer_good_week", frm=S("marsh"), to=[FC_HANCOCK],
    subject="Tyler – good week!", date=(2025, 1, 17, 15, 30), client="outlook", kind="plain",
    note="learning mentor to foster carer: positive update",
    body="""Hi Debbie,

Just wanted to let you and Paul know Tyler's had a really good week. He's earned all his points four days out of five, he didn't need to leave class at all on Wednesday, and he helped Kev set up the fire pit for forest school, which he was very proud of.

We did our mentoring session today and he set himself a goal of getting to school on time every day next week, so if you can give him a nudge in the mornings that would be great.

He mentioned he's seeing his nan on Sunday – I hope that goes well.

Have a good weekend,
Josie

""" + sig("marsh", 3))

add(label="clean", slug="contact_change_social_worker", frm=S("whitlock"), to=[SW_KEMI], cc=[S("okafor")],
    subject="RE: Leon – contact after school Thursdays", date=(2025, 1, 29, 10, 40), client="outlook", kind="alt",
    note="FLO reply to social worker about family contact, Outlook quoted",
    body="""Hi Kemi,

Thanks for letting us know. That's fine from our end – Leon will go straight from school to the family centre on Thursdays from 6 February, and we'll make sure he has a snack before he leaves.

I'll cancel his Thursday taxi with Helen and let his class team know. Could the contact worker pick him up from reception at 3.15 rather than the gate? He's much calmer if he's handed over inside.

Could you also let us know how he gets on after the first one? Friday mornings can be tricky for him after contact and it helps if we're ready.

Thanks,
Karen

Karen Whitlock
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000

From: Kemi Adeyemi <kemi.adeyemi@example.org>
Sent: 28 January 2025 17:12
To: Karen Whitlock <k.whitlock@example-school.org.uk>
Subject: Leon – contact after school Thursdays

Hi Karen,

Just to let you know that from Thursday 6 February Leon's contact with his mum and siblings will move to Thursday afternoons, 3.45–5.15 at the family centre. A contact worker will collect him from school. Marie is aware.

Many thanks,
Kemi Adeyemi
Social Worker, Children Looked After Team""")

add(label="clean", slug="pe_kit_reply_carer", frm=S("brennan"), to=[SAM],
    subject="Re: PE kit", date=(2025, 2, 11, 12, 50), client="gmail", kind="alt",
    reply_to_id="<CAH5kR0pe-kit-riley-4c2f@mail.outlook.com>",
    note="PE teacher replies to carer about kit, quoted question",
    body="""Hi Sam,

No problem at all. Riley doesn't need football boots – trainers are fine for everything we do this term. We've got spare shorts and t-shirts in the PE cupboard, so if it's easier he can just wear his joggers and change tops here.

If the new trainers are stiff, maybe send the old ones in a bag as a backup. He did really well on Monday and scored in the game at the end!

Tom

On Mon, 10 Feb 2025 at 20:31, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Mr Brennan, does Riley need football boots for PE this half term?
> He's only got the trainers we bought at Christmas. Also he's worried
> about getting changed in front of the others, is that OK?
> Thanks, Sam""")

add(label="clean", slug="timetable_swap_outlook", frm=S("rahman"), to=[S("haddad")], cc=[S("pryce")],
    subject="RE: Ash class Wednesday p3", date=(2025, 1, 27, 8, 25), client="outlook", kind="alt",
    note="timetable swap between colleagues, Outlook quoted",
    body="""Morning Amir,

Yes that's fine – I'll take Ash for humanities in p3 on Wednesdays and you have them p5 instead. I'll tell Shelley so she's not waiting in the wrong room.

Gareth, this means Oak's maths moves to Thursday p1, is that OK with you?

Nadia

From: Amir Haddad <a.haddad@example-school.org.uk>
Sent: 24 January 2025 15:51
To: Nadia Rahman <n.rahman@example-school.org.uk>
Subject: Ash class Wednesday p3

Hi Nadia, the work experience minibus doesn't get back until 11.40 on Wednesdays so I'm losing most of p3 with Ash. Could we swap, so I have them p5 and you have p3? Happy to return the favour.

Amir""")

add(label="clean", slug="fwd_cpd_trauma_informed", frm=S("lambert"), to=[S("staff")],
    subject="FW: Trauma-informed practice twilight – free places", date=(2025, 2, 13, 9, 10),
    client="outlook", kind="plain", cte="qp",
    note="forwarded CPD opportunity",
    body="""Hi all,

This looks really good and it's free. Let me know by the end of next week if you'd like to go and I'll book it. TAs very welcome.

Jo

-----Original Message-----
From: Training Team <training@example.net>
Sent: 12 February 2025 14:02
To: SENCo Network <senco-network@example.net>
Subject: Trauma-informed practice twilight – free places

Dear colleagues,

We have 10 free places left on our twilight session "Trauma-informed practice in the classroom", Tuesday 25 March, 4–6pm, at the Civic Centre.

The session covers:
• attachment and developmental trauma
• regulate, relate, reason
• language that de-escalates
• looking after yourself and your team

Places are allocated first come, first served. Please reply with names and roles.

Kind regards
The Training Team""")

add(label="clean", slug="breakfast_club_order", frm=S("greaves"), to=[S("office")],
    subject="breakfast club order", date=(2025, 1, 22, 13, 35), client="outlook", kind="plain",
    note="cook's order for breakfast club",
    body="""Hi Bev

Can you put this through for Friday's delivery please

6 x white sliced
4 x wholemeal sliced
2 x large tubs spread
3 x porridge oats 1kg
2 x cornflakes, 2 x rice pops
12 x semi skimmed 2 pints
1 x box bananas
1 x box satsumas
2 x squash (no added sugar)
1 x jar honey
crumpets if they have them

Numbers are up to 22 most days now since the taxis started coming earlier. Also we're nearly out of the gluten free bread for Connor so can you add 2 loaves of that.

Ta
Pauline""")

add(label="clean", slug="football_result_moorside", frm=S("brennan"), to=[S("staff")],
    subject="Football – we won!", date=(2025, 3, 13, 15, 50), client="outlook", kind="alt",
    note="sports result to staff",
    body="""Afternoon all,

Quick one to say the under-14s beat Moorside 4–2 this afternoon in the SEMH schools league! Goals from Mo (2), Zac and Jayden.

More importantly, there wasn't a single red card and the lads shook hands at the end without being asked. Moorside's coach came over to say how well they'd behaved. Please give them a big shout-out in class tomorrow.

Next game is away on the 26th – details to follow.

Tom""")

add(label="clean", slug="parents_evening_slot", frm=S("office"), to=[ALI],
    subject="Parents' evening – Wednesday 12 February", date=(2025, 2, 3, 11, 30), client="outlook", kind="plain",
    note="office confirms parents' evening appointment",
    body="""Dear Mr Guardian,

Thank you for booking. Your appointment to see Zac's class teacher is at 4.40pm on Wednesday 12 February. Jo Lambert (SENCo) will join you for the second half.

Parking is available in the top car park; please come in through the main reception. Zac is very welcome to come with you – there will be squash and biscuits in the hall.

If you can no longer make it, please ring us on 01632 960000 and we'll offer you a phone call instead.

Kind regards,
Bev Marsden
Office Manager
Example School, Park Row, Leeds LS1 4AP""")

LUNCH_ROTA_CSV = """day,yard_1,yard_2,dining_hall,sensory_room,on_call
Monday,Tom,Declan,Leanne,Shelley,Dan
Tuesday,Amir,Josie,Leanne,Shelley,Callum
Wednesday,Gareth,Kev,Nadia,Declan,Dan
Thursday,Tom,Mark,Priya,Shelley,Callum
Friday,Amir,Kev,Lucia,Declan,Ruth
"""

add(label="clean", slug="lunch_duty_rota_csv", frm=S("okafor"), to=[S("staff")],
    subject="Lunch duty rota – spring term", date=(2025, 1, 10, 14, 25), client="outlook", kind="plain",
    atts=[("lunch_rota_spring_2025.csv", "text/csv", LUNCH_ROTA_CSV.encode("utf-8"), "7bit")],
    note="duty rota with CSV attachment",
    body="""Hi all,

The lunch duty rota for this term is attached and also on the staffroom board. It starts on Monday.

A couple of changes from last term: we now have someone in the sensory room every lunchtime, because it's been so busy, and there are two adults on the yard every day. If you need to swap, sort it between you and just let me know.

Thanks,
Dan""")

add(label="clean", slug="bowling_reward_trip", frm=S("pryce"), to=[S("byrne"), S("haddad")],
    subject="Friday bowling – plan", date=(2025, 3, 10, 16, 10), client="outlook", kind="plain",
    note="reward trip logistics between staff",
    body="""Hi both,

Plan for Friday's reward trip:

- 6 boys have made their points so far: Mo, Jayden, Dylan, Connor, Alfie and Reece. Ethan is two short – if he has a good week he's in.
- Minibus leaves 12.45 after lunch. Bowling booked for 1.30, two lanes, bumpers available if anyone wants them.
- Back for 3.00 taxis. Declan, can you ring Helen to say the Route 2 boys might be five minutes late out?
- Money: £6.50 each for bowling plus a drink, paid from the rewards budget. I've got the card.
- Reece needs his own lane partner (Amir?) – he finds the waiting hard.

I'll do the risk assessment tonight and put it on the shared drive.

G""")

add(label="clean", slug="chromebook_new_password", frm=S("mistry"), to=[PUP("Mo Hussain", "22mhussain")], cc=[S("pryce")],
    subject="Your new password", date=(2025, 2, 5, 10, 15), client="outlook", kind="plain",
    note="IT tech to pupil about password reset",
    body="""Hi Mo,

I've reset your password like you asked. Your temporary password is on a slip that Mr Pryce has – he'll give it to you in class. When you log in it will ask you to choose a new one.

Tips: make it at least 10 characters, use three random words (like "PurpleToasterRain"), and don't tell anyone else, not even your mates.

If it doesn't work, come and find me in the IT office at break.

Ravi""")

add(label="clean", slug="thanks_parent_plants", frm=S("tate"), to=[ALI],
    subject="Thank you for the plants!", date=(2025, 5, 9, 14, 5), client="gmail", kind="alt",
    note="thank-you to parent for a donation",
    body="""Dear Mr Guardian,

Just a quick note to say a massive thank you for the tomato and courgette plants you sent in with Zac. They've gone into the polytunnel this morning – Zac planted most of them himself and made the labels.

We'll send some courgettes home in the summer (if the slugs don't get there first).

Thanks again,
Kev Tate
Forest School Leader
Example School, Park Row, Leeds LS1 4AP""")

add(label="clean", slug="salt_review_mo", frm=S("gallagher"), to=[S("lambert")],
    subject="SALT review – Mo H", date=(2025, 3, 11, 16, 30), client="outlook", kind="alt",
    atts=[("Mo_H_SALT_review_March_2025.pdf", "application/pdf",
           make_pdf("Speech and Language Therapy Review - Mo H", [
               "Receptive language: age-appropriate for single words; difficulty with complex instructions.",
               "Expressive language: word-finding difficulties under stress.",
               "Social communication: improving turn-taking in small groups.",
               "Recommendations: chunk instructions, visual timetable, processing time (10 seconds).",
               "Next review: July 2025.",
           ]), "b64")],
    note="speech and language therapist's review to SENCo",
    body="""Hi Jo,

Mo's review report is attached, ready for his annual review in April.

In short: his understanding of single words is now age-appropriate, but he still struggles with long or complex instructions, especially when he's anxious. His word-finding difficulties are much more noticeable when he's dysregulated, which is probably why he's been getting frustrated in group work.

Main recommendations for the class team:
- give one instruction at a time, with a visual where possible
- wait a good 10 seconds before repeating
- keep using his "help" card – he's been using it well in maths

I'm happy to run a short session for Oak staff after school one day if that would help.

Fiona

""" + sig("gallagher", 1))

add(label="clean", slug="exam_entries_deadline", frm=S("office"), to=[S("haddad"), S("sandhu")],
    subject="Summer exam entries – deadline Friday 7 March", date=(2025, 2, 25, 9, 40), client="outlook", kind="plain",
    note="exams admin to teachers",
    body="""Hi Amir and Priya,

The exam board deadline for summer Functional Skills and GCSE entries is Friday 7 March. Please can you send me your final entry lists by Wednesday 5th so I've got time to check them.

For each pupil I need: name, candidate number (on the spreadsheet), subject, level, and any access arrangements (reader, scribe, rest breaks, separate room, extra time). Jo has the access arrangements list if you need it.

Late entries cost us £45 each, so if you're unsure about anyone, enter them and we can withdraw later for free.

Thanks,
Bev

Bev Marsden | Office Manager & Exams Officer | Example School | 01632 960000""")

add(label="clean", slug="governor_visit_agenda", frm=S("hughes"), to=[GOVERNOR], cc=[S("okafor")],
    subject="Governor visit 18 March – agenda", date=(2025, 3, 6, 17, 20), client="outlook", kind="alt",
    note="head to chair of governors: visit agenda",
    body="""Dear Peter,

Thank you for agreeing to come in on Tuesday 18 March. Here's a suggested plan for the morning:

9.15  Coffee with me and Dan – safeguarding and attendance update
9.45  Learning walk: Willow, Oak and the sensory room (with Jo)
10.30 Break on the yard with the boys – they've asked if you'll play football again
11.00 Meeting with Callum: positive handling data for the term, trends and training
11.45 Meeting with Helen about transport (the Route 6 issues)
12.15 Lunch in the dining hall with the school council

Please bring your ID and sign in at reception as usual. Let me know if there's anything else you'd like to see.

Best wishes,
Ruth

""" + sig("hughes", 2))


# --------------------------------------------------------------------------
# CLEAN: hard negatives (look rude to a naive word list, but are fine)
# --------------------------------------------------------------------------

add(label="clean", slug="residential_cockermouth", frm=S("brennan"), to=PARENTS,
    subject="Ash class residential – Lake District, 16–18 June", date=(2025, 5, 12, 10, 30),
    client="outlook", kind="alt",
    atts=[("Residential_kit_list.pdf", "application/pdf",
           make_pdf("Residential kit list - Lake District, 16-18 June 2025", [
               "Waterproof coat and trousers", "Walking boots or strong trainers (not new!)",
               "2 warm jumpers or fleeces", "Hat, gloves, sun cream, water bottle",
               "Towel, wash bag, pyjamas", "Any medication, clearly labelled, handed to Mr Brennan",
               "Comfort item or fidget if wanted - no phones overnight",
           ]), "b64")],
    note="place names (Cockermouth, Bassenthwaite) in trip letter to parents",
    body="""Dear parents and carers,

I'm delighted to confirm the details of this year's Ash class residential. We will be staying at an outdoor centre just outside Cockermouth, on the edge of the Lake District, from Monday 16 to Wednesday 18 June.

The plan:
Monday – leave school 9.00, lunch stop at Tebay services, afternoon canoeing on Bassenthwaite Lake.
Tuesday – gorge scrambling in the morning, a walk up to a waterfall in the afternoon, campfire in the evening.
Wednesday – climbing and abseiling, leaving Cockermouth at 2.00 and back at school around 5.30.

Staffing is one adult to two boys, and all staff coming know your sons well. The boys will sleep in rooms of three or four that we will plan carefully with them beforehand. There will be a quiet room available all the time, and Biscuit is coming too!

The cost is fully covered by the school. A kit list is attached, and we'll have a spare kit store so please don't buy anything new without talking to me first.

We'll hold a short information evening on Thursday 5 June at 5pm, with photos of the centre and rooms. It's really worth coming if you can.

Best wishes,
Tom Brennan

""" + sig("brennan", 0))

add(label="clean", slug="fieldwork_penistone_hill", frm=S("rahman"), to=[S("pryce"), S("obi")],
    subject="Geography fieldwork – Penistone Hill, Thursday 1 May", date=(2025, 4, 24, 13, 15),
    client="outlook", kind="plain",
    note="place name (Penistone Hill, Haworth) in fieldwork planning",
    body="""Hi Gareth and Shelley,

For Oak's geography fieldwork next Thursday I'm thinking Penistone Hill Country Park above Haworth rather than Ilkley Moor – it's closer, the car park has toilets, and the old quarry is brilliant for talking about rocks and land use. We can walk down to the Brontë waterfall if the group is up for it, and if not we just do the quarry loop (about an hour).

The boys will be doing:
- a field sketch from the viewpoint
- a land-use tally on the walk in
- wind speed and temperature at three spots (I'll bring the anemometers)

Back for lunch at school, so no packed lunches needed. Risk assessment is on the drive – can you both have a read and add anything specific for your boys?

Nadia""")

add(label="clean", slug="away_match_scunthorpe", frm=S("brennan"), to=[JANE, ALI],
    subject="Away match in Scunthorpe – Wednesday 26 March", date=(2025, 3, 18, 14, 40), client="outlook", kind="plain",
    note="place name (Scunthorpe) in fixture letter to parents",
    body="""Dear Jane and Mr Guardian,

Ethan and Zac have both been picked for the under-14 football squad for our next SEMH league match, away at Ancholme Bridge School in Scunthorpe on Wednesday 26 March.

We'll leave school at 12.30 in the minibus and expect to be back around 5.15pm, which is later than their usual taxi. Could you let me know whether you are able to collect from school at 5.15, or whether you'd like us to arrange a late taxi home (Helen will sort this)?

Please send them in with their boots, shin pads and a drink. We'll stop for a snack on the way back.

Thanks,
Tom

""" + sig("brennan", 3))

add(label="clean", slug="lear_insults_lesson", frm=S("sandhu"), to=[S("obi")], cc=[S("lambert")],
    subject="Year 10 Shakespeare – insults lesson Thursday", date=(2025, 3, 17, 15, 55), client="outlook", kind="alt",
    note="set text quotes from King Lear ('whoreson', 'bastard') in English lesson planning",
    body="""Hi Shelley,

Thursday's Year 10 lesson is the Shakespearean insults one, as a way in to King Lear. Last year's group loved it and it's the lesson they still remember.

The plan:
1. Starter: I read out Kent's rant at Oswald in Act 2 Scene 2 – "Thou whoreson zed! thou unnecessary letter!" – and they guess what he's calling him.
2. We look at Lear's curse on Goneril: "Thou art a boil, a plague-sore, an embossed carbuncle, / In my corrupted blood."
3. Edmund's soliloquy in Act 1 Scene 2: "Why bastard? wherefore base?" and "Now, gods, stand up for bastards!" – what it meant then to be illegitimate, and why Edmund is so angry about it.
4. The three-column insult generator: they build their own and perform them to the class.

Rules for the generator (I'll go over these at the start): Shakespeare's words only, no modern swearing, nothing about anyone's family, and you insult Shakespeare's characters, not each other.

Could you sit with Charlie for part 4? He'll love it, but he can get carried away when the others laugh.

Thanks,
Priya

""" + sig("sandhu", 1))

add(label="clean", slug="incident_report_willow_verbatim", frm=S("fairbrother"), to=[S("dsl")],
    subject="Incident – Kyle B, Willow corridor 11.20", date=(2025, 1, 22, 12, 48), client="outlook", kind="plain",
    note="staff-only incident report to DSL quoting pupil's words verbatim",
    body="""Dan,

Recording this for CPOMS as well, but wanted you to have it straight away.

At about 11.20 Kyle left Willow after being asked to put the iPad away. In the corridor he shouted at me, "Fuck off you fat bitch, I'm going to smash your face in", and kicked the fire door twice. He then said "my dad says he's going to come up here and sort you lot out".

I kept my distance, used his name and offered him the sensory room or the garden. He chose the garden and Declan went with him. He was calm by about 11.40 and apologised on his own at 12.

No physical intervention was needed. No injuries.

The comment about his dad is the bit I'm more worried about – he's never mentioned his dad coming to school before and I know there's a non-molestation order. Can you check whether mum needs to know today?

Leanne

Leanne Fairbrother
HLTA – Willow Class""")

RPI_RECORD = """POSITIVE HANDLING / RESTRICTIVE PHYSICAL INTERVENTION RECORD
Example School - bound book ref: 2025/017

Pupil: Reece K (Oak)
Date: 28/01/2025      Time started: 13:52      Time ended: 13:58
Location: corridor outside M2
Staff involved: Callum Reid (lead), Gareth Pryce
Witness: Declan Byrne

Lead-up:
Reece came back from lunch already heightened after a disagreement on the yard
about football teams. In M2 he threw a chair towards Mo and then went for Mo
with a raised fist.

De-escalation tried (before hold):
- verbal: used his name, calm voice, offered his time-out card
- took the rest of the class out (Declan)
- space and time, change of face (Gareth to Callum)

What Reece said (verbatim):
"Get the fuck off me, you fucking nonce."
"I'll kill you, you bastard, I swear on my mum's life."
"Let go of me, it's hurting." (hold adjusted immediately)

Holds used:
Two-person single elbow, walked to the quiet room. Released at 13:58 once Reece
said he was ready to sit down.

Injuries: none to Reece (checked by first aider at 14:10). Gareth - scratch to
right forearm, cleaned.

Parent/carer informed: mum, by phone, 14:35 (Callum).

Debrief with Reece (15:05, with Gareth): Reece said Mo had been "chatting about
my mum" on the yard and he "just saw red". He said the hold was OK apart from
his wrist at the start. We agreed he will tell an adult at the door next time
instead of coming in heightened.
"""

add(label="clean", slug="rpi_record_attachment", frm=S("reid"), to=[S("hughes"), S("okafor")],
    subject="Positive handling record – Reece K, 28/01", date=(2025, 1, 28, 16, 20), client="outlook", kind="plain",
    atts=[("RPI_2025-017_ReeceK.txt", "text/plain; charset=\"utf-8\"", RPI_RECORD.replace("\n", "\r\n").encode("utf-8"), "qp")],
    note="restraint record (.txt attachment, QP) quoting pupil verbatim, staff-only",
    body="""Ruth, Dan,

The record for this afternoon's hold with Reece is attached (also in the bound book, ref 2025/017). Mum has been told and was supportive.

Nothing concerning about the hold itself. The trigger seems to have been something said on the yard at lunch – I'll pick it up with Mo tomorrow and we might need a restorative between them before Thursday's football.

Callum""")

add(label="clean", slug="racist_incident_report", frm=S("rahman"), to=[S("dsl")], cc=[S("hughes")],
    subject="Racist incident – Ash class, period 2", date=(2025, 2, 6, 11, 5), client="outlook", kind="plain",
    note="staff-only prejudice incident report quoting a racist slur said by a pupil",
    body="""Dan,

Logging a racist incident from this morning so it goes on the prejudice-related incident log and the LA return.

During period 2 (humanities, Ash), Brandon B called Mo a "paki" and then "terrorist" when Mo got a question right. Shelley and I both heard it clearly. Mo walked out and went to the sensory room; Shelley went with him.

I spoke to Brandon on his own afterwards. He said it was "just banter" and that "everyone says it". I explained why it isn't banter and that it will be recorded and his mum told.

Mo was upset but OK by break and wanted to go back to lesson. He said this isn't the first time, so I'd like to check in with him again tomorrow with Josie.

Actions: CPOMS done, Brandon's mum rung at 10.50 (she was apologetic), Mo's dad to be rung by you or Ruth. Restorative to be offered when Mo is ready, not before.

Nadia""")

add(label="clean", slug="reply_parent_quoted_abuse", frm=S("hughes"), to=[ALI],
    subject="Re: Zac's phone", date=(2025, 3, 3, 8, 40), client="gmail", kind="alt",
    reply_to_id="<CAGx7parentphone0302@mail.btinternet.com>",
    note="polite head reply; the swearing is only in the parent's quoted email",
    body="""Dear Mr Guardian,

Thank you for your email, and I'm sorry that Friday ended the way it did. I can hear how frustrated you are.

To explain: Zac's phone was not confiscated. As with all our pupils, phones are handed in to the office at the start of the day and given back at home time. On Friday Zac left in his taxi before collecting it, which was our mistake – we should have checked. The phone has been in the office safe all weekend and is waiting for him this morning.

I'd really welcome the chance to talk this through properly. Could you come in on Wednesday at 3.30, or would a phone call suit you better? Karen Whitlock will be there too.

Kind regards,
Ruth Hughes
Headteacher

On Sat, 1 Mar 2025 at 22:17, Ali Guardian <ali.guardian@btinternet.com> wrote:
> This school is a fucking joke. Zac came home without his phone AGAIN and
> I couldn't get hold of him all night. You useless bastards took it off him
> and nobody had the decency to ring me. If it's not back on Monday I'm
> coming up there.""")

add(label="clean", slug="reply_carer_outlook_quoted", frm=S("whitlock"), to=[SAM],
    subject="RE: taxi", date=(2025, 2, 11, 11, 15), client="outlook", kind="alt",
    note="polite FLO reply; the swearing is only in the carer's quoted Outlook-style message",
    body="""Hi Sam,

I'm really sorry about this morning – you're right, it shouldn't have happened, and it isn't fair on you or on Riley.

Helen has spoken to the taxi company and from tomorrow Riley will have a named driver (Pete) and the same escort (Ann) every day. If there's ever a problem, Helen will ring you by 7.45 at the latest. She has also asked the company for a written explanation, which I'll share with you.

Riley was a bit unsettled when he arrived but spent some time with Biscuit and joined his class for maths. He's fine now and ate all his lunch.

I'll ring you this afternoon to see how you're doing.

Best wishes,
Karen

Karen Whitlock
Family Liaison Officer
Example School, Park Row, Leeds LS1 4AP | 01632 960000

From: Sam Carer <sam.carer@outlook.com>
Sent: 11 February 2025 08:31
To: Karen Whitlock <k.whitlock@example-school.org.uk>
Subject: taxi

Karen the taxi didn't come AGAIN. That's 3 times. Those taxi people are absolute wankers and I'm sick of this shit. I had to take Riley in myself and I've been docked an hour at work. Sort it out please.

Sam""")

add(label="clean", slug="behaviour_policy_language_draft", frm=S("reid"), to=[S("staff")],
    subject="Behaviour policy review – swearing section (draft for Weds)", date=(2025, 2, 26, 17, 10),
    client="outlook", kind="alt",
    note="staff discussion of behaviour policy quoting example words [unsure]",
    body="""Hi all,

Ahead of Wednesday's meeting, here's my draft of the "language" section, based on what we said last time. Please read it before we meet – comments welcome.

1. Swearing in frustration, not aimed at anyone (e.g. "oh shit" when something drops)
Tactically ignore in the moment, or a quiet word later. No points lost. We model the language we want.

2. Swearing aimed at a person (e.g. "fuck off", "you're a dickhead")
Calm, short response, no audience. Loses the points for that session. Restorative conversation once he's regulated – not in the heat of the moment.

3. Discriminatory language (racist, homophobic, sexist or disablist, e.g. "gay" used as an insult, "retard", racist names)
Always challenged, always recorded on CPOMS as a prejudice-related incident, parents told, and an education piece with Josie or Imran. This is not negotiable and applies even if it's "banter".

4. Staff
We don't swear in front of the boys, in school or on trips, even in jest. It's in the code of conduct and the boys do notice.

Two things I'd like us to decide on Wednesday: whether section 1 applies in the taxi (escorts are asking), and whether we want a separate line on tics for pupils with Tourette's (Jo has views).

Callum""")

add(label="clean", slug="rse_letter_summer", frm=S("rahman"), to=PARENTS,
    subject="Relationships and Sex Education – summer term", date=(2025, 3, 10, 15, 30), client="outlook", kind="alt",
    atts=[("RSE_summer_overview.pdf", "application/pdf",
           make_pdf("RSE overview - summer term 2025", [
               "Willow (age 8-11): my body, private parts, puberty basics, who can help me",
               "Oak (age 11-14): puberty, erections and wet dreams, hygiene, healthy friendships",
               "Ash (age 14-16): consent, contraception, STIs, pornography and the law, sharing nudes",
               "All lessons taught in small groups by staff the boys know.",
               "Parents may view all materials on request.",
           ]), "b64")],
    note="RSE letter to parents with anatomical/sexual-health vocabulary",
    body="""Dear parents and carers,

Next term all classes will have their Relationships and Sex Education (RSE) lessons. I wanted to tell you what we will cover so that you can talk about it at home too. An overview is attached.

In Willow, the boys learn the correct names for body parts, including penis and testicles, what privacy means and who they can talk to if they are worried.

In Oak, we cover puberty: body changes, erections and wet dreams, masturbation being normal and private, and personal hygiene (lots of deodorant!).

In Ash, we talk about consent, contraception and condoms, sexually transmitted infections, and the law around pornography and sharing nude images – which, sadly, some of our older boys have already come across online.

Lessons are taught in small groups by staff your son knows and trusts, and questions are answered honestly and at the right level for him.

You have the right to ask for your son to be withdrawn from the sex education part (not the relationships or health education parts). If you are thinking about this, please talk to me first – I'm happy to show you all the materials.

Best wishes,
Nadia Rahman
PSHE & RSE Lead

""" + sig("rahman", 3))

add(label="clean", slug="science_cockroaches_reproduction", frm=S("ellison"), to=[S("pryce"), S("byrne")],
    subject="Science next week – cockroaches and reproduction", date=(2025, 2, 3, 16, 45), client="outlook", kind="plain",
    note="science vocabulary (cockroaches, sperm, testes) in planning",
    body="""Hi both,

Heads up for Oak science next week.

Tuesday: the Madagascan hissing cockroaches are back from their holiday at my house, so we're doing animal adaptations and life cycles. The boys can hold them if they want to (gloves on, over the tray). Dylan told me last term he's scared of them, so he can do the photos and measuring instead.

Thursday: human reproduction. We're covering the male and female reproductive systems – sperm, eggs, testes, ovaries, the penis and the vagina – and fertilisation. It's the biology version, and Nadia's RSE lessons cover the relationships side later. Expect some giggling at "testes"; I usually let it run for a minute, then we move on. If any boy is finding it too much, he can do the worksheet in the library with one of you.

Risk assessment for the cockroaches is in the red folder.

Mark""")

add(label="clean", slug="birdwatch_results", frm=S("tate"), to=[S("staff")],
    subject="Big Garden Birdwatch – our results", date=(2025, 1, 27, 15, 35), client="outlook", kind="alt",
    note="bird names (great tits, woodcock, cock pheasant) and 'cockapoo'",
    body="""Hi all,

Thanks to everyone who sent boys out for the Big Garden Birdwatch on Friday. Our hour by the polytunnel gave us:

Blue tits – 7
Great tits – 4
Long-tailed tits – a flock of about 9 (Connor counted them twice to be sure)
Robins – 2
Blackbirds – 3
Dunnock – 1
Chaffinches – 2
Goldfinches – 5 on the niger seed feeder
Magpies – 2
Woodpigeon – 4

Bonus sightings: a woodcock flushed out of the hedge by the back field (a first for us!) and a cock pheasant strutting along the fence, until Biscuit spotted him. Our cockapoo is not a gundog, whatever she thinks.

Leon has made a bar chart of the results for the corridor display. The RSPB results go in this week.

Kev""")

add(label="clean", slug="professionals_meeting_surnames", frm=S("lambert"), to=[EP, IRO, CAMHS],
    cc=[S("okafor"), FC_HANCOCK],
    subject="Professionals' meeting – Tyler M, Tuesday 4 February", date=(2025, 1, 16, 11, 25), client="outlook", kind="plain",
    note="surnames (Dickens, Cockburn, Wankhede, Hancock) in professionals' meeting invite",
    body="""Dear Dr Dickens, Ms Cockburn and Mr Wankhede,

Thank you all for agreeing to meet about Tyler. I can confirm the professionals' meeting will be on Tuesday 4 February, 10.00–11.30, here at school (meeting room 1, by reception). Mr and Mrs Hancock, Tyler's foster carers, will join us for the second half.

Proposed agenda:
1. Introductions and purpose of the meeting (Dan Okafor, Designated Teacher)
2. Summary of Tyler's term so far – attendance, incidents, progress (me)
3. Educational psychology assessment – initial findings (Dr Dickens)
4. CAMHS update and current support (Mr Wankhede)
5. Care plan and placement stability (Ms Cockburn)
6. Mr and Mrs Hancock's views
7. Agreed actions and next review date

If you have any written reports to share in advance, please send them to me by Friday 31 January and I will circulate.

Kind regards,
Jo Lambert

""" + sig("lambert", 2))

MENU_TEXT = """Hi all,

Menu for week commencing 31 March is below (and in the dining hall). Choice of jacket potato, sandwiches or salad bar every day as usual.

Monday: Chicken curry and rice / veggie curry – Rice pudding
Tuesday: Cock-a-leekie soup with crusty bread, then sausage and beans – Bakewell tart and custard
Wednesday: Roast pork, roast potatoes, veg – Apple crumble
Thursday: Faggots, mash, peas and onion gravy / cheese and onion pie – Spotted dick and custard
Friday: Fish and chips / veggie fingers – Ice cream

Thursday is our "Great British classics" day, so we'll have a tasting table as well – mushy peas, black pudding and parkin. Boys who try something new get a green point.

Allergy info is on the board as always; Connor's gluten-free options are labelled in the fridge.

Pauline"""

MENU_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi all,</p>
<p>Menu for week commencing 31 March is below (and in the dining hall). Choice of jacket potato, sandwiches or salad bar every day as usual.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dfe9d8"><th>Day</th><th>Main</th><th>Pudding</th></tr>
<tr><td>Monday</td><td>Chicken curry and rice / veggie curry</td><td>Rice pudding</td></tr>
<tr><td>Tuesday</td><td>Cock-a-leekie soup with crusty bread, then sausage and beans</td><td>Bakewell tart and custard</td></tr>
<tr><td>Wednesday</td><td>Roast pork, roast potatoes, veg</td><td>Apple crumble</td></tr>
<tr><td>Thursday</td><td>Faggots, mash, peas and onion gravy / cheese and onion pie</td><td>Spotted dick and custard</td></tr>
<tr><td>Friday</td><td>Fish and chips / veggie fingers</td><td>Ice cream</td></tr>
</table>
<p>Thursday is our &ldquo;Great British classics&rdquo; day, so we&rsquo;ll have a tasting table as well &ndash; mushy peas, black pudding and parkin. Boys who try something new get a green point.</p>
<p>Allergy info is on the board as always; Connor&rsquo;s gluten-free options are labelled in the fridge.</p>
<p>Pauline</p>
</body></html>"""

add(label="clean", slug="menu_british_classics", frm=S("greaves"), to=[S("staff")], cc=[S("office")],
    subject="Menu w/c 31 March", date=(2025, 3, 28, 11, 50), client="outlook", kind="alt",
    note="food names (faggots, spotted dick, cock-a-leekie) in menu",
    body=MENU_TEXT, html=MENU_HTML)

add(label="clean", slug="place_names_quiz", frm=S("rahman"), to=[S("pryce"), S("sandhu")],
    subject="Friday quiz – real or fake UK place names?", date=(2025, 2, 13, 16, 20), client="outlook", kind="plain",
    note="rude-sounding real place names (Shitterton, Twatt, Clitheroe, Scunthorpe) in a geography quiz [unsure]",
    body="""Hi both,

For the end-of-half-term quiz on Friday I've done a "real or fake?" UK place names round with the map skills. The boys have to decide if each place is real, then find the real ones in the atlas and give a four-figure grid reference.

Real ones: Shitterton (Dorset), Twatt (Orkney), Great Snoring (Norfolk), Scratchy Bottom (Dorset), Wetwang (East Yorkshire), Clitheroe (Lancashire), Scunthorpe, Westward Ho! (Devon)
Fake ones (mine): Puddingford, Little Grumbling, Soggy Marsh, Upper Snoozing

Yes, some of the real ones are a bit cheeky – I've checked with Dan and he's fine with it as long as we keep it to the geography. I've left out a couple I didn't think we'd get away with.

Happy for you to use it with your lot too. It's on the drive under Humanities > Quizzes.

Nadia""")

add(label="clean", slug="history_1066_william", frm=S("rahman"), to=[PUP("Charlie Beaumont", "23cbeaumont")],
    subject="1066 homework – William", date=(2025, 1, 21, 14, 25), client="outlook", kind="plain",
    note="historical epithet 'William the Bastard' explained to a pupil [unsure]",
    body="""Hi Charlie,

You asked in class why some books call William the Conqueror "William the Bastard". Great question! Before 1066 that was his actual nickname, because his parents weren't married – in those days that was a big deal, and his enemies used it to say he had no right to be Duke of Normandy. After he won at Hastings, people started calling him "the Conqueror" instead.

For your homework, write 5 sentences about why William thought he should be king. You could use:
- Edward's promise
- Harold's oath
- the Pope's support

Due Monday. You can type it in Google Classroom if that's easier.

Mrs Rahman""")

add(label="clean", slug="german_false_friends", frm=S("villanueva"), to=[S("obi"), S("marsh")],
    subject="MFL Wednesday – false friends", date=(2025, 3, 12, 12, 5), client="thunderbird", kind="plain", cte="8bit",
    note="foreign words that look rude in English (Fahrt, Schmuck, Kunst, Swedish 'slut'), 8bit body",
    body="""Hola Shelley y Josie,

Tomorrow's Ash lesson is "false friends" – words that look like English words but mean something else. The boys always enjoy it, so be ready for some laughing.

German:
- die Fahrt = the journey ("Gute Fahrt!" = have a good trip). Yes, they'll laugh at the motorway exit sign, "Ausfahrt".
- das Gift = poison
- der Schmuck = jewellery
- das Bad = the bathroom
- die Kunst = art (same in Dutch)

Spanish:
- embarazada = pregnant, NOT embarrassed
- constipado = having a cold
- éxito = success, not exit

And a bonus one: in Swedish "slut" just means "the end" – you see it on sale signs ("slutrea").

The aim is the dictionary skills, so the rule is: if you laugh, you have to look up the next word. ¡Gracias!

Lucía""")

add(label="clean", slug="new_starter_tourettes_profile", frm=S("lambert"), to=[S("staff")],
    subject="New starter Monday – Jake P (please read before Monday)", date=(2025, 4, 24, 16, 50),
    client="outlook", kind="alt",
    note="SEND profile to staff quoting involuntary tic words; medical term 'spastic diplegia' [unsure]",
    body="""Hi all,

Jake P (age 12) starts in Oak on Monday. His full profile is on CPOMS, but here are the key things everyone who will come across him needs to know.

Tourette syndrome
Jake has Tourette syndrome with motor and vocal tics. His vocal tics include coprolalia (involuntary swearing). At the moment these include "fuck", "wanker" and occasionally "cunt", especially when he is anxious or tired. These are NOT behaviour choices:
- do not sanction, comment on or ask him to stop
- do not react – just carry on as normal
- if other boys laugh or copy, deal with that as you would any other unkindness
Jake is very embarrassed by the swearing tics and has asked for a short explanation to his class, which he will help to plan with Josie.

Physical
Jake has mild spastic diplegia (a form of cerebral palsy that mainly affects his legs). He walks independently in school but uses a walker on longer trips, and he needs extra time on stairs. The physio programme is in his file, and Tom has it for PE.

Transport
Route 3 with Pete and Ann. Mum has asked that he sits behind the driver.

Thanks all – he is a lovely lad and really excited to be joining us.

Jo

""" + sig("lambert", 1))

add(label="clean", slug="cricket_kit_boxes", frm=S("brennan"), to=PARENTS,
    subject="Summer PE – cricket kit", date=(2025, 4, 28, 9, 45), client="outlook", kind="plain",
    note="sports kit vocabulary (box, balls, tossing the coin) in letter to parents",
    body="""Dear parents and carers,

This half term the boys will be playing cricket in PE. We use soft balls for most lessons, but the older boys will move on to a hard ball for the last three weeks, with helmets, pads and gloves, which school provides.

The one thing we'd ask you to buy, if you can, is a box (an abdominal guard). It is compulsory with a hard ball. We do have some spare boxes in school, but most boys prefer their own, for obvious reasons! They cost around £5 from most sports shops. If cost is a problem, please let me know quietly and we'll sort one out.

White kit isn't needed – normal PE kit and trainers are fine.

The boys are also learning the rules of the game, including how the captains toss for who bats first, so if you have a cricket fan at home, get them practising calling "heads or tails".

Thanks,
Tom Brennan
PE & Outdoor Learning""")

add(label="clean", slug="biscuit_in_season", frm=S("tate"), to=[S("staff")],
    subject="Biscuit – in season from next week", date=(2025, 3, 19, 8, 20), client="outlook", kind="plain",
    note="dog vocabulary ('bitch', 'in season') about the school dog",
    body="""Morning all,

A bit of dog admin. Biscuit is a bitch (for the new staff who keep asking if she's a boy!) and she's due to come into season next week. The vet has advised we keep her at home with me for about three weeks, so there'll be no Biscuit sessions from Monday 24 March until after Easter.

Please can class teams let the boys know gently this week, especially Riley, Tyler and Kyle, who have her in their timetables. Siobhán is aware. I'll send a photo every couple of days for the class boards so they can see she's OK.

We'll talk to the vet about getting her spayed in the summer holidays, so this should be the last time.

Kev""")

add(label="clean", slug="re_blasphemy_lesson", frm=S("siddiqui"), to=[S("obi")], cc=[S("rahman")],
    subject="RE Thursday – blasphemy and free speech", date=(2025, 1, 29, 17, 40), client="outlook", kind="alt",
    note="RE vocabulary (hell, damnation, taking God's name in vain, Islamophobia)",
    body="""Hi Shelley,

Thursday's RE with Ash is on blasphemy and free speech, so here's a heads-up in case anything comes up with the boys.

We'll start with the Third Commandment ("You shall not take the name of the Lord your God in vain") and why many Christians don't like hearing "Oh my God" or "Jesus Christ!" used as an exclamation. Then what Muslims believe about images of the Prophet Muhammad (peace be upon him), and why cartoons of him cause so much hurt.

After that it's the debate: should people be free to say anything about religion? We'll talk about where free speech ends and hate speech begins, including Islamophobia and antisemitism, and what UK law says.

Older ideas of hell and damnation might come up too – Connor asked last week whether people really believed you'd go to hell for swearing, which is a good question and we'll come back to it.

Mo and Brandon may have strong views, given what happened last week. I'll keep it structured, but please keep an eye out.

Imran

""" + sig("siddiqui", 1))

SNAP_TXT = """Transcription of Snapchat screenshots shown to me by Alfie D, 10/02/2025, 09:20
(Alfie showed me on his phone; I did not take copies. Sender account names as shown.)

Group chat "Y9 lads" - Sunday 9 Feb, approx 19:00-21:30

[account: dxn_07]     alfie ur such a gay boy lol
[account: dxn_07]     no1 wants u here fag
[account: k.m_rrr]    😂😂
[account: dxn_07]     go and kill urself honestly
[account: k.m_rrr]    ur mum is a slag
[account: jj_w11]     leave him bro
Alfie was then removed from the group.

Alfie says dxn_07 is a boy from his old school, not one of our pupils. He does not
know k.m_rrr. jj_w11 is his cousin.
"""

add(label="clean", slug="online_bullying_snapchat", frm=S("marsh"), to=[S("dsl")],
    subject="Online bullying – Alfie D (Snapchat)", date=(2025, 2, 10, 10, 5), client="outlook", kind="plain",
    atts=[("Alfie_D_snapchat_transcript.txt", "text/plain; charset=\"utf-8\"", SNAP_TXT.replace("\n", "\r\n").encode("utf-8"), "b64")],
    note="staff-only DSL report; homophobic abuse quoted in a transcript attachment",
    body="""Dan,

Alfie came to me first thing very upset about messages he was sent on Snapchat last night. I've typed up exactly what was on the screenshots (attached) – I didn't take copies or photos, as per the policy.

The message telling him to kill himself is the main worry. I asked him directly and he said he isn't having any thoughts of hurting himself, and that he told his mum last night. He's in lessons now and seems OK.

Could you ring mum today? I've told Alfie you might want a quick chat, and he's fine with that.

Josie

Josie Marsh
Learning Mentor""")

add(label="clean", slug="therapy_concern_dsl", frm=S("kerr"), to=[S("dsl")], cc=[S("okafor")],
    subject="Concern – Leon, therapy session today", date=(2025, 3, 27, 14, 10), client="outlook", kind="alt",
    note="therapist's safeguarding concern to DSL quoting child's words",
    body="""Dan,

Recording a concern from Leon's session this morning (11.00–11.45, the Nest). I've also put it on CPOMS.

During sand tray play Leon put a large figure over a small one and said: "That's Marie's boyfriend. He calls me a little bastard when she's at work and pushes me into my room." When I reflected back what he'd said, he added, "He says if I tell, I'll get moved again."

I didn't ask leading questions. I told him I was glad he'd told me and that I'd need to share it with you to help keep him safe. He seemed relieved, and then went back to the play.

He went back to class at 11.50. Gareth is aware he might be unsettled.

I'm free all afternoon if you need more from me before you ring the social worker or the LADO.

Siobhán

""" + sig("kerr", 4))

add(label="clean", slug="first_aid_groin_pe", frm=S("office"), to=[JANE],
    subject="Ethan – bump in PE today", date=(2025, 5, 14, 13, 55), client="outlook", kind="plain",
    note="first-aid note to parent with anatomical terms (groin, testicles)",
    body="""Dear Ms Parent,

Just to let you know that Ethan was hit in the groin by a cricket ball in PE this morning (a soft ball, and he was wearing his box, so it could have been a lot worse!).

He was seen by our first aider straight away. He had an ice pack for 15 minutes and was back in lessons after break. He said the pain had gone by lunchtime.

As a precaution, please keep an eye on him tonight. If he complains of pain in his testicles that is getting worse, sees any swelling, or feels sick, please contact your GP or NHS 111.

Kind regards,
Bev Marsden
Office Manager & First Aider
Example School, Park Row, Leeds LS1 4AP | 01632 960000""")

add(label="clean", slug="panto_dick_whittington", frm=S("office"), to=PARENTS,
    subject="Panto trip – Dick Whittington, Wednesday 22 January", date=(2025, 1, 9, 11, 0), client="outlook", kind="alt",
    note="title 'Dick Whittington' in trip letter",
    body="""Dear parents and carers,

As a treat for the new year, Willow and Oak classes are going to see Dick Whittington at the City Varieties theatre on Wednesday 22 January (matinee at 1pm).

We'll travel by minibus, leaving at 12.15 and back for the usual taxis. The theatre has a quiet space we can use if anyone needs a break, and staff have seen the show already so we can warn the boys about the loud bits (there's a cannon in the ship scene!).

The trip is free. If your son would rather not go, he can stay in school with Kev for a forest school afternoon – just let us know by Friday 17th.

Oh yes it is!

Example School Office
Park Row, Leeds LS1 4AP | 01632 960000""")

add(label="clean", slug="gcse_art_gallery_nudes", frm=S("villanueva"), to=[JANE, ALI],
    subject="GCSE Art – Leeds Art Gallery and Henry Moore Institute visit", date=(2025, 5, 6, 15, 10),
    client="outlook", kind="plain", cte="qp",
    note="art visit letter mentioning nude figures/sculpture",
    body="""Dear Jane and Mr Guardian,

Ethan and Zac are coming with the GCSE Art group to Leeds Art Gallery and the Henry Moore Institute on Tuesday 20 May. We'll walk there from school at 10.00 and be back for lunch.

The boys will be sketching sculpture for their "The Human Form" project. As you'd expect, some of the sculptures and paintings are nudes – classical figures, Henry Moore's reclining figures, and a couple of life drawings. We talk about this beforehand, and the boys are always more grown-up about it than you'd think. A bit of giggling is normal, and we just move on.

If you have any concerns at all, please give me a ring at school.

Best wishes,
Lucía Villanueva
MFL & Art
Example School | 01632 960000""")

add(label="clean", slug="prejudice_log_governors", frm=S("okafor"), to=[S("hughes")], cc=[S("reid")],
    subject="Prejudice-related incidents – spring term summary for governors", date=(2025, 4, 2, 12, 30),
    client="outlook", kind="alt",
    note="DSL summary to head quoting logged words (gay, retard, spaz) in data, staff-only",
    body="""Ruth,

Here's the summary of prejudice-related incidents for this term for the governors' report. (Names are left out – full details are on CPOMS.)

Total logged: 23 (autumn term: 31)

By type:
- Homophobic: 11 – nearly all "gay" used as an insult ("that's so gay", "you're gay"), plus 2 uses of "faggot"
- Disablist: 6 – "retard" (4) and "spaz" (2)
- Racist: 4 – including the incident in Ash on 6 Feb, which went to the LA
- Sexist / misogynistic: 2 – both comments about female staff copied from online influencers

Every incident was challenged, recorded and followed up with parents. Nine pupils did the education sessions with Josie or Imran, and only one of them has been logged again since.

The fall in homophobic language seems to be down to the anti-bullying week work and the staff being consistent. I'd like to mention Callum's policy rewrite in the report too.

Dan""")

LIB_CSV = """title,author,format,qty,for
Moby-Dick (graphic novel),Herman Melville / adapted,paperback,1,KS4
A Christmas Carol (graphic novel),Charles Dickens / adapted,paperback,2,KS3
Holes,Louis Sachar,paperback,3,KS3
Kes (A Kestrel for a Knave),Barry Hines,paperback,4,KS4
The Boy at the Back of the Class,Onjali Q. Rauf,paperback,2,KS2
The Curious Incident of the Dog in the Night-Time,Mark Haddon,paperback,2,KS4
Diary of a Wimpy Kid: Hot Mess,Jeff Kinney,hardback,2,KS2
Cockney Rhyming Slang (pocket dictionary),various,paperback,1,Library
Wonder,R. J. Palacio,paperback,2,KS3
"""

add(label="clean", slug="library_order", frm=S("sandhu"), to=[S("office")],
    subject="Library order – spring", date=(2025, 2, 4, 15, 40), client="outlook", kind="plain",
    atts=[("library_order_spring.csv", "text/csv", LIB_CSV.encode("utf-8"), "b64")],
    note="book titles and authors (Moby-Dick, Dickens, Cockney) in library order",
    body="""Hi Bev,

Here's the library order for this term (attached as a spreadsheet). Total should be just under £140 from the English budget.

Most of it is replacing books that have fallen apart. The Moby-Dick and Dickens graphic novels are for the boys who find the originals too much, and Charlie has been asking for a Cockney rhyming slang book since we did the language unit.

Could it come to me rather than the office when it arrives? I want to get the new stickers on before they go out.

Thanks,
Priya""")

add(label="clean", slug="leaving_do_sussex", frm=S("hughes"), to=[S("staff")],
    subject="Leaving do for Declan – Friday 4 April", date=(2025, 3, 24, 10, 15), client="outlook", kind="alt",
    note="place names (Sussex, Hastings) and a pub name in leaving-do notice",
    body="""Hi everyone,

As most of you know, Declan is leaving us at Easter to move down to East Sussex, where he's starting his teacher training at a special school near Hastings. We're all going to miss him, and so are the boys – Mo has already made him a card the size of a door.

We're having leaving drinks on the last day of term, Friday 4 April, from 3pm at the Cock & Pheasant on Kirkgate (back room booked). Partners are welcome. There's a card and collection in the office with Bev until Wednesday.

If you have any photos of Declan from trips over the last four years (especially the Whitby one), send them to Leanne for the slideshow.

Ruth

""" + sig("hughes", 3))


# ==========================================================================
# Output
# ==========================================================================

README = """# Round 38 hold-out corpus – obscene-language

**BLIND HOLD-OUT SET. Never use these files for tuning rules, thresholds or word lists.**
They were written without reading mailguard's code, rules, tests or docs, so they
measure how the filter does on mail nobody fitted it to. If you look at a failure
here to fix the filter, the set stops being a hold-out.

## What it is

80 complete RFC 5322 messages (`.eml`) as staff at *Example School* would send
them, for the policy section "staff must not use obscene language or swear
words, nor make offensive comments on grounds of gender, race, disability, age,
religion or sexual orientation, in any electronic communication".

Setting for this round: a special school for boys aged 8–16 with social,
emotional and mental health (SEMH) needs – positive-handling (restraint)
records, incident reports quoting what pupils said, therapists and a school
dog (Biscuit), taxis and escorts, looked-after children with social workers and
foster carers, and a small staff team.

`labels.csv` gives, for each file: `file,expected,sender,recipients,note`.
`expected` is `flag` (the message should be caught) or `clean`. Judgement calls
are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing / slurs in the author's own words | 10 |
| flag | disguised (masks, leetspeak, repeats, separators, homoglyphs, full-width, zero-width, HTML split/entity, QP soft break, base64; one in a CSV attachment, RFC 2047 subjects) | 10 |
| clean | ordinary everyday school mail | 30 |
| clean | hard negatives | 30 |
| **total** | | **80** (20 flag, 60 clean) |

## Kinds of case

Flag:
- staff-to-staff venting (shit, bollocks, fucking, bastard, twat, wanker, bellend, shite)
- swearing written to a parent, a carer, a pupil and an outside taxi firm
- slurs: disablist ("retard"), homophobic ("poof"), anti-Traveller ("pikeys"), misogynistic ("stupid bitch")
- disguises: `f*cking`/`sh*t`, `sh1te`/`@rseh0les`, `FUUUUUCK`, `t.w.a.t`/`b-a-s-t-a-r-d`,
  Cyrillic/Greek homoglyphs, full-width letters (body and RFC 2047 B subject), a zero-width space,
  a word split by an HTML `<span>` and an `&#111;` entity, a quoted-printable soft line break inside
  a word, a base64 body, a swear in an RFC 2047 Q subject, and a swear in the notes column of a CSV attachment

Clean, everyday: attendance, taxis and escorts, newsletter, homework to and from pupils, cover,
PEP notes, trip letters, EHCP review, reports, site issues, therapy and dog rotas, Team Teach
training, foster carer and social worker mail, rotas, exam entries, governors.

Clean, hard negatives:
- place names: Cockermouth, Penistone Hill, Scunthorpe, Shitterton, Twatt, Clitheroe, Sussex
- surnames: Dickens, Cockburn, Wankhede, Hancock
- food (faggots, spotted dick, cock-a-leekie), birds and dogs (great tits, woodcock, cock pheasant, cockapoo, "bitch" in season)
- King Lear quoted in English planning; "William the Bastard" in history; RE on blasphemy;
  false friends in German/Spanish/Swedish; book titles; panto "Dick Whittington"
- RSE letter, science reproduction lesson, first-aid note, art gallery nudes, cricket boxes
- SEND: Tourette's coprolalia tic words in a pupil profile, "spastic diplegia"
- staff-only incident / restraint / racist-incident / online-bullying / therapy-disclosure reports
  quoting exactly what pupils (or others) said, including in text attachments
- polite replies to a parent and a carer where the swearing is only in their quoted message
- staff discussing the behaviour policy on language and the prejudice-incident log

## How it was made / how to regenerate

Written by hand as Python data in `../make_round38_obscene.py` (standard library only). The
script builds each raw message itself (fixed dates, Message-IDs and MIME boundaries, CRLF line
ends), so the output is byte-identical on every run:

    python3 tests/holdout/round38/make_round38_obscene.py

All people, addresses and phone numbers are fictitious (Ofcom drama ranges; example.com/.org/.net
for outside organisations).
"""


def main():
    assert len(MESSAGES) == 80, len(MESSAGES)
    flags = [m for m in MESSAGES if m["label"] == "flag"]
    assert len(flags) == 20, len(flags)
    slugs = [m["slug"] for m in MESSAGES]
    assert len(set(slugs)) == len(slugs)

    order = list(MESSAGES)
    random.Random(38).shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))

    rows = []
    for n, m in enumerate(order, 1):
        fname = f"{n:03d}_{m['label']}_{m['slug']}.eml"
        data = build(m, n)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append([fname, m["label"], m["frm"][1], recipients(m), m["note"]])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "expected", "sender", "recipients", "note"])
    w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(README)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
